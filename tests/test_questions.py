"""The one question that splits close candidates, from what differs and was not said."""

from datetime import date

from lost_items.describing import describe
from lost_items.items import FoundItemDraft, found_item_row
from lost_items.matching import Match
from lost_items.models import FoundItem
from lost_items.questions import answer_as_said, question_to_ask

DAY = date(2026, 11, 18)


def item(description: str, *, found_on: date = DAY, found_at: str = "Bus 91") -> FoundItem:
    row = found_item_row(FoundItemDraft(description, found_on, found_at, "fr"))
    return FoundItem(**row)


def close(*items: FoundItem) -> list[Match]:
    return [Match(item=it, score=80.0 - i) for i, it in enumerate(items)]


def ask(found: list[Match], words: str = "téléphone noir", **known) -> str | None:
    known = {"lost_on": None, "lost_at": None, **known}
    return question_to_ask(describe(words, "fr"), found, **known)


def test_found_on_different_days_asks_when():
    found = close(
        item("Téléphone noir", found_on=DAY), item("Téléphone noir", found_on=date(2026, 11, 16))
    )
    assert ask(found) == "when"


def test_a_day_said_already_is_not_asked_again():
    found = close(
        item("Téléphone noir", found_on=DAY), item("Téléphone noir", found_on=date(2026, 11, 16))
    )
    assert ask(found, lost_on=DAY) is None


def test_different_lines_ask_where():
    found = close(
        item("Téléphone noir", found_at="Bus 91"), item("Téléphone noir", found_at="Métro ligne 9")
    )
    assert ask(found) == "where"


def test_different_brands_ask_the_brand_unless_said():
    found = close(item("Téléphone Samsung noir"), item("Téléphone Xiaomi noir"))
    assert ask(found) == "brand"
    assert ask(found, "téléphone Samsung noir") is None


def test_what_was_inside_is_asked_of_wallets_not_phones():
    wallets = close(
        item("Portefeuille noir, carte Navigo"), item("Portefeuille noir, carte bancaire")
    )
    assert ask(wallets, "portefeuille noir") == "inside"
    phones = close(item("Téléphone noir, carte Navigo dans la coque"), item("Téléphone noir"))
    assert ask(phones) != "inside"


def test_case_colours_ask_the_case():
    found = close(item("Téléphone noir, coque verte"), item("Téléphone noir, coque rouge"))
    assert ask(found) == "case"
    assert ask(found, asked=["case"]) is None


def test_candidates_far_apart_need_no_question():
    found = [
        Match(item=item("Téléphone noir, coque verte"), score=90.0),
        Match(item=item("Téléphone noir, coque rouge"), score=70.0),
    ]
    assert ask(found) is None


def test_an_answer_about_the_case_is_said_of_the_case():
    said = answer_as_said("case", "une verte", "fr")
    assert "case:color:green" in describe(f"téléphone noir. {said}", "fr").words
    assert answer_as_said("brand", "Samsung", "fr") == "Samsung"
