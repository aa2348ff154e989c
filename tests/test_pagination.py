"""Numbered pages of long lists."""

from __future__ import annotations

import pytest

from ivr.pagination import Page, page_number


@pytest.mark.parametrize(
    ("given", "number"),
    [({}, 1), ({"page": "3"}, 3), ({"page": "0"}, 1), ({"page": "-2"}, 1), ({"page": "x"}, 1),
     ({"page": "9" * 20}, 1), ({"page": "²"}, 1)],
)  # fmt: skip
def test_a_page_number_that_makes_no_sense_is_the_first_page(given, number):
    assert page_number(given) == number


def test_a_page_knows_its_neighbours_and_what_it_shows():
    page = Page(number=2, size=25, total=60)
    assert (page.offset, page.count, page.previous, page.next) == (25, 3, 1, 3)
    assert (page.first_shown, page.last_shown) == (26, 50)
    last = Page(number=3, size=25, total=60)
    assert (last.next, last.first_shown, last.last_shown) == (None, 51, 60)


def test_an_empty_list_is_one_empty_page():
    page = Page(number=1, size=25, total=0)
    assert (page.count, page.previous, page.next, page.first_shown) == (1, None, None, 0)
