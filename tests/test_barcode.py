"""Code 128 labels: the symbols, the checksum and the drawing a scanner reads back."""

from __future__ import annotations

import re

import pytest

from ivr.barcode import code128_modules, code128_svg, code128_values


def test_a_reference_is_packed_two_digits_a_symbol_with_the_last_in_code_set_b():
    # Start C, 10 00 00 01, switch to B, "4", checksum.
    values = code128_values("100000014")
    assert values == [105, 10, 0, 0, 1, 100, 20, 18]
    weighted = values[0] + sum(i * v for i, v in enumerate(values[1:-1], start=1))
    assert weighted % 103 == values[-1]


def test_an_even_number_of_digits_stays_in_code_set_c():
    assert code128_values("1234") == [105, 12, 34, (105 + 12 + 2 * 34) % 103]


def test_text_uses_code_set_b():
    # The usual worked example, "PJJ123C", has check value 54 in code set A (start 103);
    # code set B starts at 104, so one more.
    values = code128_values("PJJ123C")
    assert values[:2] == [104, ord("P") - 32]
    assert values[-1] == 55


def test_the_modules_start_and_end_as_the_standard_says():
    modules = code128_modules("100000014")
    assert modules.startswith("11010011100")  # Start C
    assert modules.endswith("1100011101011")  # Stop, with its final bar
    symbols = len(code128_values("100000014"))
    assert len(modules) == 11 * symbols + 13
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
        code128_values(text)
