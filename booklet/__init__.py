"""The yearly booklet (年度報告): built from the data, published by the 事務局, printed as PDF.

Depends on events, areas, coops and core; nothing below it imports it. In this app "report"
means the booklet; an event's 実施報告 is always called an activity report.
"""
