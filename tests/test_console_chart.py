"""The hourly chart's geometry: stacked bars in the languages' order, a round scale."""

from __future__ import annotations

from collections import Counter

from ivr.console.chart import PLOT_HEIGHT, TOP, hourly_chart

LANGUAGES = [("fr", "Français"), ("de", "Deutsch")]


def test_bars_stack_per_hour_in_the_languages_order():
    chart = hourly_chart({"fr": Counter({9: 3}), "de": Counter({9: 1, 15: 4})}, LANGUAGES)
    nine = [bar for bar in chart.bars if "09:00" in bar.label]
    assert [bar.label for bar in nine] == ["09:00–09:59, Français: 3", "09:00–09:59, Deutsch: 1"]
    french, german = nine
    assert french.y + french.height == TOP + PLOT_HEIGHT  # French at the bottom
    assert german.y + german.height == french.y  # German on top of it
    assert french.x == german.x and french.colour != german.colour
    assert chart.total == 8


def test_the_scale_is_round_and_the_tallest_bar_fits():
    chart = hourly_chart({"fr": Counter({10: 7})}, LANGUAGES)
    assert [tick.label for tick in chart.count_ticks] == ["0", "2", "4", "6", "8"]
    (bar,) = chart.bars
    assert bar.y >= TOP and bar.height == PLOT_HEIGHT * 7 / 8


def test_the_table_lists_only_hours_with_calls():
    chart = hourly_chart({"de": Counter({8: 2, 17: 1})}, LANGUAGES)
    assert chart.rows == [("08:00–08:59", [0, 2], 2), ("17:00–17:59", [0, 1], 1)]


def test_no_calls_draws_no_bars():
    chart = hourly_chart({}, LANGUAGES)
    assert chart.bars == [] and chart.rows == [] and chart.total == 0
    assert [tick.label for tick in chart.count_ticks] == ["0", "1", "2", "3", "4"]
