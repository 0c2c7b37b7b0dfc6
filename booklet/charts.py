"""Small server-rendered SVG charts: geometry computed here, drawn by templates.

No JavaScript and no chart service: each chart is a few rectangles and labels. The charts are
illustrations (aria-hidden); the data table next to each one is what screen readers read.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    value_x: float
    value_y: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    baseline: tuple[float, float, float, float]


def horizontal_bars(rows, *, label_width=190, bar_width=360, row_height=26) -> Chart:
    """One bar per (label, value), labels on the left, longest bar = bar_width."""
    rows = list(rows)
    top = max([value for _, value in rows] + [1])
    bars = []
    for i, (label, value) in enumerate(rows):
        y = i * row_height + 4
        length = bar_width * value / top
        bars.append(
            Bar(
                label=label,
                value=value,
                x=label_width,
                y=y,
                width=round(length, 1),
                height=row_height - 8,
                label_x=label_width - 8,
                label_y=y + row_height / 2,
                value_x=label_width + length + 6,
                value_y=y + row_height / 2,
            )
        )
    height = len(rows) * row_height + 8
    return Chart(
        width=label_width + bar_width + 60,
        height=height,
        bars=bars,
        baseline=(label_width, 0, label_width, height),
    )


def columns(rows, *, column_width=40, plot_height=160, gap=10) -> Chart:
    """One column per (label, value), labels beneath: the twelve months of a year."""
    rows = list(rows)
    top = max([value for _, value in rows] + [1])
    bars = []
    for i, (label, value) in enumerate(rows):
        x = i * (column_width + gap) + gap
        height = plot_height * value / top
        y = plot_height - height + 20
        bars.append(
            Bar(
                label=label,
                value=value,
                x=x,
                y=round(y, 1),
                width=column_width,
                height=round(height, 1),
                label_x=x + column_width / 2,
                label_y=plot_height + 38,
                value_x=x + column_width / 2,
                value_y=round(y - 5, 1),
            )
        )
    width = len(rows) * (column_width + gap) + gap
    return Chart(
        width=width,
        height=plot_height + 48,
        bars=bars,
        baseline=(0, plot_height + 20, width, plot_height + 20),
    )
