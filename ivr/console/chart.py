"""A stacked bar chart of calls per hour, one colour per language, drawn as plain SVG shapes.

The geometry is worked out here and the template only writes the shapes out:
no chart library, no script, and nothing for the Content-Security-Policy to
block (presentation attributes, not inline styles). The page shows the same
figures in a table, for screen readers and for anyone who wants the numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Bar", "Chart", "Tick", "hourly_chart"]

# Told apart by people with the common colour-vision deficiencies (Okabe and Ito's palette).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
HOURS = range(24)
BAR_WIDTH, GAP, PLOT_HEIGHT = 22, 6, 180
LEFT, TOP, BOTTOM = 40, 10, 30


@dataclass(frozen=True)
class Bar:
    x: int
    y: float
    width: int
    height: float
    colour: str
    label: str  # shown as the shape's <title>


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    bars: list[Bar]
    hour_ticks: list[Tick]
    count_ticks: list[Tick]
    legend: list[tuple[str, str]]  # (colour, language name)
    rows: list[tuple[str, list[int], int]]  # the same figures as a table: hours with calls
    total: int


def _scale_top(highest: int) -> int:
    """A round top for the count axis, so its ticks are whole numbers."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if highest <= step * 4:
            return step * 4
    return highest


def hourly_chart(counts: Mapping[str, Counter[int]], languages: Sequence[tuple[str, str]]) -> Chart:
    """Bars for each hour of the day, stacked in the order of `languages` ((code, name))."""
    colours = {code: PALETTE[i % len(PALETTE)] for i, (code, _) in enumerate(languages)}
    table = [[counts.get(code, Counter())[hour] for code, _ in languages] for hour in HOURS]
    per_hour = [sum(row) for row in table]
    top = _scale_top(max(per_hour, default=0) or 1)
    unit = PLOT_HEIGHT / top
    bars: list[Bar] = []
    for hour in HOURS:
        x, base = LEFT + hour * (BAR_WIDTH + GAP), TOP + PLOT_HEIGHT
        for code, name in languages:
            count = counts.get(code, Counter())[hour]
            if count:
                base -= count * unit
                label = f"{hour:02d}:00–{hour:02d}:59, {name}: {count}"
                bars.append(Bar(x, base, BAR_WIDTH, count * unit, colours[code], label))
    width = LEFT + len(HOURS) * (BAR_WIDTH + GAP)
    return Chart(
        width=width,
        height=TOP + PLOT_HEIGHT + BOTTOM,
        plot_top=TOP,
        plot_bottom=TOP + PLOT_HEIGHT,
        bars=bars,
        hour_ticks=[
            Tick(LEFT + h * (BAR_WIDTH + GAP) + BAR_WIDTH / 2, f"{h:02d}") for h in HOURS[::2]
        ],
        count_ticks=[
            Tick(TOP + PLOT_HEIGHT - n * top / 4 * unit, str(n * top // 4)) for n in range(5)
        ],
        legend=[(colours[code], name) for code, name in languages],
        rows=[
            (f"{hour:02d}:00–{hour:02d}:59", table[hour], per_hour[hour])
            for hour in HOURS
            if per_hour[hour]
        ],
        total=sum(per_hour),
    )
