"""The yearly report (年度のまとめ): the secretariat's booklet generated from the data.

`services` builds the report's content with aggregate queries; `views` shows it, `pdf` prints
it, `exports` writes CSV and XLSX, `charts` draws the dashboard's SVG charts.
"""
