"""Code 128 labels: python-barcode's symbols, and the drawing a scanner reads back
(tests/browser/test_label.py scans one printed by Chromium)."""

from __future__ import annotations

import re

import pytest

from ivr.barcode import code128_modules, code128_svg


def test_the_modules_start_and_end_as_the_standard_says():
    modules = code128_modules("100000014")
    assert modules.startswith("11010011100")  # Start C
    assert modules.endswith("1100011101011")  # Stop, with its final bar
    assert len(modules) == 11 * 8 + 13  # Start, 4 pairs of digits, Code B, "4", checksum; Stop
    # Start C, 10, 00, 00, 01, Code B, "4", checksum 18, Stop (python-barcode's table agrees)
    assert modules == (
        "11010011100" "11001000100" "11011001100" "11011001100" "11001101100"
        "10111101110" "11001001110" "11001110010" "1100011101011"
    )  # fmt: skip


def test_the_svg_draws_every_bar_and_names_itself_for_screen_readers():
    svg = str(code128_svg("100000014", module_width=2, height=50))
    assert 'role="img"' in svg and 'aria-label="Barcode 100000014"' in svg
    modules = code128_modules("100000014")
    bars = re.findall(r"M(\d+) 0h(\d+)v50", svg)
    assert len(bars) == len(re.findall("1+", modules))
    widths = "".join(str(int(w) // 2) for _, w in bars)
    assert widths == "".join(str(len(run)) for run in re.findall("1+", modules))
    assert int(bars[0][0]) == 20  # ten modules of quiet zone, two pixels each


@pytest.mark.parametrize("text", ["", "café", "tab\there"])
def test_what_code_128_cannot_carry_is_refused(text):
    with pytest.raises(ValueError):
        code128_modules(text)
