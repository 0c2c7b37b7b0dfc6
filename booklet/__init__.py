"""The yearly booklet (年度報告): the secretariat's booklet generated from the data.

`services` builds the booklet's content with aggregate queries; `views` shows it, `pdf` prints
it, `exports` writes CSV and XLSX, `charts` draws the dashboard's SVG charts; `models` keeps
the published snapshots. Depends on events, areas, coops and core; nothing below imports it.

Here "report" means the booklet; an event's 実施報告 is called an activity report.
"""
