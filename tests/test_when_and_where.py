"""Spoken dates and places: what callers say in passing or in answer, read as lost_on/lost_at."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lost_items.describing import describe
from lost_items.when_and_where import WhenAndWhere, read_when_and_where

TODAY = date(2026, 11, 18)  # a Wednesday
YESTERDAY = date(2026, 11, 17)  # Tuesday
MONDAY = date(2026, 11, 16)


def day(d: int, month: int = 11, year: int = 2026) -> date:
    return date(year, month, d)


FRENCH = [
    ("hier", YESTERDAY, None),
    ("aujourd'hui", TODAY, None),
    ("avant-hier", MONDAY, None),
    ("ce matin dans le métro", TODAY, "Métro"),
    ("hier soir dans le bus", YESTERDAY, "Bus"),
    ("mardi", YESTERDAY, None),
    ("lundi dernier", MONDAY, None),
    ("vendredi dernier", day(13), None),
    ("mercredi", TODAY, None),  # today's weekday: today
    ("mercredi dernier", day(11), None),  # with "dernier": a week ago
    ("le 17", day(17), None),
    ("le 3", day(3), None),
    ("le trois", day(3), None),
    ("le 1er", day(1), None),
    ("le trente et un", day(31, 10), None),  # November has 30 days
    ("le 3 novembre", day(3), None),
    ("le dix-sept octobre", day(17, 10), None),
    ("le 25 décembre", day(25, 12, 2025), None),  # not after today: last year's
    ("je l'ai perdu le samedi 14 novembre", day(14), None),
    ("le 31 novembre", None, None),  # no such day
    ("dans le bus numéro 91", None, "Bus 91"),
    ("il y a deux jours", MONDAY, None),
    ("il y a une semaine", day(11), None),
    ("ligne 9", None, "Métro ligne 9"),
    ("dans la 9", None, "Métro ligne 9"),
    ("la 9", None, "Métro ligne 9"),
    ("RER bé", None, "RER B"),
    ("T3a", None, "Tram T3a"),
    ("CDG", None, "Aéroport CDG"),
    ("ligne neuf", None, "Métro ligne 9"),
    ("le 91", None, "Bus 91"),  # no day of the month: a bus
    ("dans le quatre-vingt-onze", None, "Bus 91"),
    ("bus soixante-dix-sept", None, "Bus 77"),
    ("RER B", None, "RER B"),
    ("dans le RER bé", None, "RER B"),
    ("tram T3a", None, "Tram T3a"),
    ("à Châtelet", None, "Châtelet"),
    ("au parc de la Villette", None, "Parc de la Villette"),
    ("station République", None, "République"),
    ("à la gare de Lyon", None, "Gare de Lyon"),
    ("à l'aéroport", None, "Aéroport"),
    ("à l'aéroport Charles de Gaulle", None, "Aéroport CDG"),
    ("dans un taxi", None, "Taxi"),
    (
        "j'ai perdu mon portefeuille noir hier sur la ligne 4 à Châtelet",
        YESTERDAY,
        "Métro ligne 4 - Châtelet",
    ),
    ("un iPhone 11 noir avec 3 cartes dans la coque", None, None),
    ("un Samsung A54 et le chargeur", None, None),
    ("le 3 cartes bancaires", None, None),
    ("mon sac à dos gris, le 12, dans le bus 38 à Gare du Nord", day(12), "Bus 38 - Gare du Nord"),
    # "Quatre-Septembre" is a station on line 3, "le 4 septembre" a day
    ("sur la ligne trois à quatre septembre", None, "Métro ligne 3 - Quatre-Septembre"),
    ("le 4 septembre dans le métro", day(4, 9), "Métro"),
    ("hier à la Fondation Louis Vuitton", YESTERDAY, "Fondation Louis Vuitton"),
]

ENGLISH = [
    ("yesterday", YESTERDAY, None),
    ("today", TODAY, None),
    ("the day before yesterday", MONDAY, None),
    ("this morning", TODAY, None),
    ("last night on the tube", YESTERDAY, "Métro"),
    ("on Tuesday", YESTERDAY, None),
    ("last Friday", day(13), None),
    ("wednesday", TODAY, None),
    ("last wednesday", day(11), None),
    ("on the 3rd", day(3), None),
    ("the third", day(3), None),
    ("on the twenty first", day(21, 10), None),  # the latest 21st up to today
    ("november 3rd", day(3), None),
    ("the 3rd of november", day(3), None),
    ("two days ago", MONDAY, None),
    ("line nine", None, "Métro ligne 9"),
    ("on the metro line four", None, "Métro ligne 4"),
    ("bus ninety one", None, "Bus 91"),
    ("on the 91 bus", None, "Bus 91"),
    ("RER B", None, "RER B"),
    ("tram T3", None, "Tram T3"),
    ("at Châtelet", None, "Châtelet"),
    ("in the Villette park", None, "Parc de la Villette"),
    ("at the airport", None, "Aéroport"),
    ("at CDG airport", None, "Aéroport CDG"),
    ("in a taxi", None, "Taxi"),
    ("Gare du Nord", None, "Gare du Nord"),
    (
        "i lost my black iphone 11 yesterday on line nine at republique",
        YESTERDAY,
        "Métro ligne 9 - République",
    ),
    ("the second earbud is missing", None, None),
    ("my samsung a fifty four with two cards", None, None),
    ("the 3 cards in my wallet", None, None),
]

SPANISH = [
    ("ayer", YESTERDAY, None),
    ("hoy", TODAY, None),
    ("anteayer", MONDAY, None),
    ("antier", MONDAY, None),
    ("esta mañana", TODAY, None),
    ("anoche", YESTERDAY, None),
    ("el lunes", MONDAY, None),
    ("el viernes pasado", day(13), None),
    ("el miércoles", TODAY, None),
    ("el día 3", day(3), None),
    ("el tres", day(3), None),
    ("el 3 de noviembre", day(3), None),
    ("3 de noviembre", day(3), None),
    ("el primero de noviembre", day(1), None),
    ("el 14 de julio de 2025", day(14, 7, 2025), None),
    ("hace dos días", MONDAY, None),
    ("línea 9 del metro", None, "Métro ligne 9"),
    ("en la línea nueve", None, "Métro ligne 9"),
    ("en el autobús noventa y uno", None, "Bus 91"),
    ("en el 91", None, "Bus 91"),
    ("en el RER B", None, "RER B"),
    ("en Châtelet", None, "Châtelet"),
    ("en el parque de la villette", None, "Parc de la Villette"),
    ("en el aeropuerto", None, "Aéroport"),
    ("en un taxi", None, "Taxi"),
    ("en la estación Gare de Lyon", None, "Gare de Lyon"),
    ("perdí mi cartera negra el lunes en la línea nueve del metro", MONDAY, "Métro ligne 9"),
    ("un iphone once con tres tarjetas", None, None),
    ("un samsung a cincuenta y cuatro negro", None, None),
]

GERMAN = [
    ("gestern", YESTERDAY, None),
    ("heute", TODAY, None),
    ("vorgestern", MONDAY, None),
    ("heute Morgen", TODAY, None),
    ("gestern Abend im Bus", YESTERDAY, "Bus"),
    ("am Donnerstag", day(12), None),
    ("letzten Freitag", day(13), None),
    ("am Mittwoch", TODAY, None),
    ("am 3.", day(3), None),
    ("am dritten", day(3), None),
    ("3. November", day(3), None),
    ("am dritten November", day(3), None),
    ("am einundzwanzigsten Oktober", day(21, 10), None),
    ("am vierzehnten elften", day(14), None),
    ("im 91er Bus", None, "Bus 91"),
    ("im Bus Nummer 91", None, "Bus 91"),
    ("vor zwei Tagen", MONDAY, None),
    ("U-Bahn Linie 9", None, "Métro ligne 9"),
    ("Linie neun", None, "Métro ligne 9"),
    ("im Bus 91", None, "Bus 91"),
    ("im Bus einundneunzig", None, "Bus 91"),
    ("in der S-Bahn RER B", None, "RER B"),
    ("in der Straßenbahn T3a", None, "Tram T3a"),
    ("in Châtelet", None, "Châtelet"),
    ("im Parc de la Villette", None, "Parc de la Villette"),
    ("am Flughafen", None, "Aéroport"),
    ("im Taxi", None, "Taxi"),
    ("ich habe mein schwarzes Handy am Donnerstag in der U-Bahn verloren", day(12), "Métro"),
    ("ein iPhone 11 mit 3 Karten", None, None),
    ("ein Samsung A54 in einer Hülle", None, None),
    ("am Montag dem neunten", day(9), None),
    ("am Dienstagabend in der U-Bahn", YESTERDAY, "Métro"),
    ("Mittwochmorgen", TODAY, None),
]


def _cases(table):
    return [pytest.param(text, on, at, id=text) for text, on, at in table]


@pytest.mark.parametrize(
    ("language", "table"), [("fr", FRENCH), ("en", ENGLISH), ("es", SPANISH), ("de", GERMAN)]
)
def test_each_language_has_enough_cases(language, table):
    assert len(table) >= 15, language


@pytest.mark.parametrize(("text", "lost_on", "lost_at"), _cases(FRENCH))
def test_french(text, lost_on, lost_at):
    read = read_when_and_where(text, language="fr", today=TODAY)
    assert (read.lost_on, read.lost_at) == (lost_on, lost_at)


@pytest.mark.parametrize(("text", "lost_on", "lost_at"), _cases(ENGLISH))
def test_english(text, lost_on, lost_at):
    read = read_when_and_where(text, language="en", today=TODAY)
    assert (read.lost_on, read.lost_at) == (lost_on, lost_at)


@pytest.mark.parametrize(("text", "lost_on", "lost_at"), _cases(SPANISH))
def test_spanish(text, lost_on, lost_at):
    read = read_when_and_where(text, language="es", today=TODAY)
    assert (read.lost_on, read.lost_at) == (lost_on, lost_at)


@pytest.mark.parametrize(("text", "lost_on", "lost_at"), _cases(GERMAN))
def test_german(text, lost_on, lost_at):
    read = read_when_and_where(text, language="de", today=TODAY)
    assert (read.lost_on, read.lost_at) == (lost_on, lost_at)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", "fr"),
        ("euh", "fr"),
        ("un portefeuille en cuir noir", "fr"),
        ("a black leather wallet", "en"),
        ("una cartera de piel negra", "es"),
        ("eine schwarze Lederbrieftasche", "de"),
    ],
)
def test_nothing_said_reads_as_nothing(text, language):
    assert read_when_and_where(text, language=language, today=TODAY) == WhenAndWhere(
        None, None, None, None, text
    )


@pytest.mark.parametrize(
    ("text", "language", "said_when", "said_where"),
    [
        (
            "perdí mi cartera negra el lunes en la línea nueve del metro",
            "es",
            "el lunes",
            "línea nueve del metro",
        ),
        ("lost it yesterday on line nine", "en", "yesterday", "line nine"),
        ("am Donnerstag im Bus einundneunzig", "de", "am Donnerstag", "Bus einundneunzig"),
        ("le 3 novembre sur la ligne 4 à Châtelet", "fr", "le 3 novembre", "ligne 4 à Châtelet"),
    ],
)
def test_the_words_that_said_it_are_kept_as_said(text, language, said_when, said_where):
    read = read_when_and_where(text, language=language, today=TODAY)
    assert (read.said_when, read.said_where) == (said_when, said_where)


@pytest.mark.parametrize(
    ("text", "language", "rest"),
    [
        (
            "a black Anker, the ten thousand, lost on Wednesday the twenty-first of October",
            "en",
            "a black Anker, the ten thousand, lost on Wednesday",
        ),
        (
            "le 14 j'ai perdu mon iPhone 13 sur la ligne 4",
            "fr",
            "j'ai perdu mon iPhone 13 sur la",
        ),
        ("mein iPhone, am Montag im Bus 21", "de", "mein iPhone, im"),
        ("mon sac rose, hier à Magenta", "fr", "mon sac rose, à"),
        # a second line said is not the place searched: it stays among the words
        ("mi mochila, en la línea ocho o en la nueve", "es", "mi mochila, en la o en la nueve"),
    ],
)
def test_the_rest_is_what_was_said_of_the_item_without_the_day(text, language, rest):
    """The day and place are searched as the loss date and place: their words are no words
    of the item ("the twenty-first" is no 20,000 mAh battery, "le 14" no iPhone 14, the
    station Magenta no pink)."""
    assert read_when_and_where(text, language=language, today=TODAY).rest == rest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my mother left her phone on the 21 bus on Monday, I think the 14 Plus", "en"),
        ("el lunes en el autobús, un iPhone, el 14 Pro Max", "es"),
        ("lundi dans le bus, c'est le 13 mini", "fr"),
    ],
)
def test_a_number_before_a_model_word_is_no_day(text, language):
    assert read_when_and_where(text, language=language, today=TODAY).lost_on == date(2026, 11, 16)


@pytest.mark.parametrize("weekday", range(7))
def test_a_weekday_is_the_latest_such_day_up_to_today_and_last_one_before_today(weekday):
    names = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    said = read_when_and_where(names[weekday], language="fr", today=TODAY).lost_on
    last = read_when_and_where(f"{names[weekday]} dernier", language="fr", today=TODAY).lost_on
    assert said is not None and last is not None
    assert said.weekday() == last.weekday() == weekday
    assert TODAY - timedelta(days=6) <= said <= TODAY
    assert TODAY - timedelta(days=7) <= last < TODAY


@pytest.mark.parametrize(
    "text",
    ["le 19 novembre 2026", "le 3 janvier 2027", "il y a six cents jours", "le 3 mai 2024"],
)
def test_no_date_after_today_nor_older_than_anything_kept(text):
    assert read_when_and_where(text, language="fr", today=TODAY).lost_on is None


def test_a_day_said_with_its_year_is_that_day():
    read = read_when_and_where("le 3 novembre 2025", language="fr", today=TODAY)
    assert read.lost_on == date(2025, 11, 3)


def test_a_day_of_the_month_later_than_today_is_last_months():
    assert read_when_and_where("le 25", language="fr", today=TODAY).lost_on == day(25, 10)
    # Today's number alone is last month's: people say "today" for today.
    assert read_when_and_where("le 18", language="fr", today=TODAY).lost_on == day(18, 10)
    assert read_when_and_where("le 18 novembre", language="fr", today=TODAY).lost_on == TODAY


@pytest.mark.parametrize(
    ("said", "language", "lost_on"),
    [
        ("jeudi de la semaine dernière", "fr", "2026-11-12"),
        ("on tuesday last week", "en", "2026-11-10"),
        ("el lunes de la semana pasada", "es", "2026-11-09"),
        ("letzte Woche Dienstag", "de", "2026-11-10"),
    ],
)
def test_a_weekday_of_last_week_is_in_the_week_before_this_one(said, language, lost_on):
    read = read_when_and_where(said, language=language, today=TODAY)
    assert read.lost_on == date.fromisoformat(lost_on)


def test_a_month_said_before_the_day_wins_over_an_ordinal_after_it():
    read = read_when_and_where("on October 14th. Third generation", language="en", today=TODAY)
    assert read.lost_on == date(2026, 10, 14)


def test_a_day_with_its_month_beats_a_weekday_said_with_it():
    read = read_when_and_where("mardi 3 novembre", language="fr", today=TODAY)
    assert read.lost_on == day(3)


@pytest.mark.parametrize(
    ("said", "language", "lost_on"),
    [
        ("mardi 13", "fr", "2026-10-13"),  # not Friday 13 November: the Tuesday the 13th
        ("samedi 31", "fr", "2026-10-31"),
        ("el martes 13", "es", "2026-10-13"),
        ("on Wednesday the 11th", "en", "2026-11-11"),
        ("am Dienstag, den 13.", "de", "2026-10-13"),
    ],
)
def test_a_weekday_with_a_day_number_is_the_latest_such_date_on_that_weekday(
    said, language, lost_on
):
    read = read_when_and_where(said, language=language, today=TODAY)
    assert read.lost_on == date.fromisoformat(lost_on)


@pytest.mark.parametrize(
    ("said", "language", "lost_on"),
    [
        ("dans un taxi, samedi 31. Un Samsung noir", "fr", "2026-10-31"),
        ("at Gare de l'Est on the tenth, black leather", "en", "2026-11-10"),
        ("on Wednesday the 11th. One handle is broken", "en", "2026-11-11"),
    ],
)
def test_a_day_number_before_a_pause_is_a_day_even_if_a_thing_follows(said, language, lost_on):
    # Without the pause, "le 3 cartes" counts cards; with it, the next words start afresh.
    read = read_when_and_where(said, language=language, today=TODAY)
    assert read.lost_on == date.fromisoformat(lost_on)


@pytest.mark.parametrize(
    ("said", "lost_at"),
    [
        ("bus cent quatre-vingt-trois", "Bus 183"),
        ("le bus cent soixante-douze", "Bus 172"),
        ("bus quatre-vingt-onze", "Bus 91"),
    ],
)
def test_french_bus_numbers_over_a_hundred(said, lost_at):
    assert read_when_and_where(said, language="fr", today=TODAY).lost_at == lost_at


def test_an_unknown_language_is_read_as_english():
    read = read_when_and_where("yesterday on line nine", language="it", today=TODAY)
    assert (read.lost_on, read.lost_at) == (YESTERDAY, "Métro ligne 9")


_SAID = st.lists(
    st.sampled_from(
        [
            "le",
            "la",
            "el",
            "am",
            "the",
            "on",
            "of",
            "de",
            "dans",
            "im",
            "bus",
            "ligne",
            "line",
            "línea",
            "Linie",
            "RER",
            "bé",
            "de",
            "T",
            "3",
            "a",
            "b",
            "9",
            "91",
            "31",
            "trente",
            "et",
            "un",
            "quatre-vingt",
            "onze",
            "third",
            "dritten",
            "1er",
            "novembre",
            "November",
            "mardi",
            "dernier",
            "last",
            "Friday",
            "hier",
            "il",
            "y",
            "a",
            "jours",
            "ago",
            "days",
            "hace",
            "días",
            "vor",
            "Tagen",
            "à",
            "Châtelet",
            "opéra",
            "2025",
            "2027",
            "0",
            "99",
        ]
    ),
    max_size=12,
).map(" ".join)


@given(said=_SAID | st.text(max_size=60), language=st.sampled_from(["fr", "en", "es", "de"]))
def test_any_words_read_without_error_and_never_a_day_out_of_range(said, language):
    read = read_when_and_where(said, language=language, today=TODAY)
    if read.lost_on is not None:
        assert TODAY - timedelta(days=548) <= read.lost_on <= TODAY
        assert read.said_when
    assert (read.lost_at is None) == (read.said_where is None)


@pytest.mark.parametrize(
    "text",
    [
        "my reMarkable, on Monday, the one with the eraser",
        "the black one, on Monday, the two of them",
    ],
)
def test_in_english_a_day_alone_is_an_ordinal_not_the_one(text):
    """ "The one with the eraser" is no 1st of the month: in English a day said alone is
    an ordinal ("the 3rd", "the twenty-first")."""
    read = read_when_and_where(text, language="en", today=TODAY)
    assert read.lost_on == date(2026, 11, 16)


@pytest.mark.parametrize(
    ("text", "language", "lost_at"),
    [
        ("j'ai perdu mon sac noir à Porte Dorée hier", "fr", "Porte Dorée"),
        ("black umbrella, I left it at Argentine on line one", "en", "Métro ligne 1 - Argentine"),
        ("mi bolso negro, en la estación Bonne Nouvelle", "es", "Bonne Nouvelle"),
        ("meine schwarze Tasche, an der Station Château Rouge", "de", "Château Rouge"),
    ],
)
def test_a_station_named_like_a_colour_or_country_is_the_place_not_the_item(
    text, language, lost_at
):
    """Porte Dorée is not gold, Argentine not Argentina, Château Rouge not red."""
    read = read_when_and_where(text, language=language, today=TODAY)
    assert read.lost_at == lost_at
    described = describe(read.rest, language)
    assert described.colors == ["color:black"]
    assert not [w for w in described.words if w.startswith(("country:", "issued:"))]
