"""Normalisation: the same thing reads the same way, whoever says it and however."""

from __future__ import annotations

import pytest

from lost_items.text import fold, normalize, sound_key, spoken_numbers, tokenize


def test_fold_lowers_and_drops_accents_and_punctuation():
    assert fold("Clé d'accès, Écharpe!") == "cle d acces echarpe"
    assert fold("Straße «Œuvre»") == "strasse oeuvre"
    assert fold("Ärmellose Weste") == "armellose weste"


def test_tokens_keep_letters_and_digits_apart():
    assert tokenize("Samsung Galaxy S23, Taxi G7") == [
        "samsung",
        "galaxy",
        "s",
        "23",
        "taxi",
        "g",
        "7",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Euh, j'ai perdu mon portefeuille dans le métro", "fr", ["portefeuille", "metro"]),
        ("Um, I think I lost my wallet in the metro", "en", ["wallet", "metro"]),
        ("Pues, he perdido mi cartera en el metro", "es", ["cartera", "metro"]),
        ("Ähm, ich habe meine Brieftasche in der U-Bahn verloren", "de", ["brieftasche", "ubahn"]),
    ],
)
def test_fillers_and_function_words_are_dropped(text, language, expected):
    assert normalize(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("bus thirty eight", "en", ["bus", "38"]),
        ("línea treinta y ocho", "es", ["linea", "38"]),
        ("un iPhone veintitrés", "es", ["iphone", "23"]),
        ("im Bus achtunddreißig", "de", ["bus", "38"]),
        ("cent cinquante euros", "fr", ["150", "euros"]),
        ("ligne quatre-vingt-dix", "fr", ["ligne", "90"]),
        ("line one, line two", "en", ["line", "1", "line", "2"]),
        ("zehntausend Milliamperestunden", "de", ["10000", "milliamperestunden"]),
        ("zweihundert Euro", "de", ["200", "euro"]),
        ("Forerunner zweihundertfünfundfünfzig", "de", ["forerunner", "255"]),
        ("Anker 10 000 mAh", "fr", ["anker", "10000", "mah"]),
        ("a 10,000 mAh battery", "en", ["10000", "mah", "battery"]),
    ],
)
def test_spoken_numbers_become_digits(text, language, expected):
    assert normalize(text, language) == expected


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Lederbrieftasche", ["leder", "brieftasche"]),
        ("Kaschmirschal", ["kaschmir", "schal"]),
        ("Geigenkasten", ["geige", "kasten"]),  # the linking "n" is dropped
        ("Silberkette", ["silber", "kette"]),
        ("Rollkoffer", ["rollkoffer"]),  # a word of its own
        ("Regenschirm", ["regenschirm"]),
        ("Zusatzversicherung", ["zusatzversicherung"]),  # nothing known inside: left whole
    ],
)
def test_german_compounds_are_split_on_vocabulary_words(word, parts):
    assert normalize(word, "de") == parts


def test_only_languages_that_glue_nouns_are_split():
    assert normalize("Lederbrieftasche", "fr") == ["lederbrieftasche"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("mon iPhone 13", "fr", ["iphone", "13"]),
        ("my i phone 13", "en", ["iphone", "13"]),
        ("l'iPhone", "fr", ["iphone"]),
        ("des lunettes Ray-Ban", "fr", ["lunettes", "rayban"]),
        ("my AirPods", "en", ["airpods"]),
        ("my air pods", "en", ["airpods"]),
        ("un Mac Book Air", "fr", ["macbook", "air"]),
    ],
)
def test_brand_and_model_names_survive(text, language, expected):
    assert normalize(text, language) == expected


@pytest.mark.parametrize(
    ("heard", "language", "meant"),
    [
        ("ai phone", "fr", "iphone"),
        ("ray band", "en", "rayban"),
        ("east pack", "en", "eastpak"),
    ],
)
def test_names_the_recogniser_split_and_misheard_are_glued_back(heard, language, meant):
    assert normalize(heard, language) == [meant]


def test_spellings_of_one_word_meet():
    forms = ["porte-monnaie", "porte monnaie", "portemonnaie", "Porte-Monnaie"]
    assert {tuple(normalize(form, "fr")) for form in forms} == {("portemonnaie",)}


def test_ordinary_words_are_not_glued():
    assert normalize("gare du Nord", "fr") == ["gare", "nord"]
    assert normalize("un sac noir", "fr") == ["sac", "noir"]
    assert normalize("I'd just bought it", "en") == ["bought"]  # no "ID"


@pytest.mark.parametrize(
    ("heard", "meant"),
    [("shaomi", "xiaomi"), ("chaomi", "xiaomi"), ("eyepad", "ipad"), ("aipad", "ipad")],
)
def test_spellings_of_one_sound_share_a_key(heard, meant):
    assert sound_key(heard)[0] == sound_key(meant)[0]
    assert abs(len(sound_key(heard)) - len(sound_key(meant))) <= 1


def test_different_sounds_keep_different_keys():
    assert sound_key("sac") != sound_key("pack")
    assert sound_key("canon") != sound_key("nikon")


@pytest.mark.parametrize(
    ("said", "language", "number"),
    [
        ("quatre-vingt-onze", "fr", "91"),
        ("soixante et onze", "fr", "71"),
        ("dix-sept", "fr", "17"),
        ("quatre-vingts", "fr", "80"),
        ("deux cents", "fr", "200"),
        ("cent vingt-cinq", "fr", "125"),
        ("dos mil veinticinco", "es", "2025"),
        ("ninety one", "en", "91"),
        ("noventa y uno", "es", "91"),
        ("einundneunzig", "de", "91"),
        ("neunundneunzig", "de", "99"),
    ],
)
def test_numbers_one_to_ninety_nine_are_read_in_every_language(said, language, number):
    assert [token for token, _ in spoken_numbers(tokenize(said), language)] == [number]


def test_spoken_numbers_say_where_each_number_began():
    tokens = tokenize("ligne quatre-vingt-onze puis le bus")
    assert spoken_numbers(tokens, "fr") == [
        ("ligne", 0),
        ("91", 1),
        ("puis", 4),
        ("le", 5),
        ("bus", 6),
    ]


def test_words_a_context_allows_are_numbers_only_there():
    assert spoken_numbers(["vingt", "et", "un"], "fr") == [("20", 0), ("un", 2)]
    assert spoken_numbers(["vingt", "et", "un"], "fr", more={"un": 1}) == [("21", 0)]


# How each language says 1 to 99, to check every one of them reads back.
_FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = dict(
    zip(
        range(2, 10),
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        strict=True,
    )
)
_ES_UNITS = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_ES_TENS = dict(
    zip(
        range(3, 10),
        ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
        strict=True,
    )
)
_DE_UNITS = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
_DE_TENS = dict(
    zip(
        range(2, 10),
        ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
        strict=True,
    )
)


def _french(n: int) -> str:
    tens, unit = divmod(n, 10)
    if n < 20:
        return _FR_UNITS[n]
    if tens in _FR_TENS:
        return _FR_TENS[tens] + (
            "" if not unit else " et un" if unit == 1 else f"-{_FR_UNITS[unit]}"
        )
    if tens == 7:
        return "soixante et onze" if unit == 1 else f"soixante-{_FR_UNITS[10 + unit]}"
    if tens == 8:
        return f"quatre-vingt-{_FR_UNITS[unit]}" if unit else "quatre-vingts"
    return f"quatre-vingt-{_FR_UNITS[10 + unit]}"


def _english(n: int) -> str:
    tens, unit = divmod(n, 10)
    return _EN_UNITS[n] if n < 20 else _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")


def _spanish(n: int) -> str:
    tens, unit = divmod(n, 10)
    return _ES_UNITS[n] if n < 30 else _ES_TENS[tens] + (f" y {_ES_UNITS[unit]}" if unit else "")


def _german(n: int) -> str:
    tens, unit = divmod(n, 10)
    if n < 20:
        return _DE_UNITS[n]
    return (("ein" if unit == 1 else _DE_UNITS[unit]) + "und" if unit else "") + _DE_TENS[tens]


@pytest.mark.parametrize(
    ("language", "spell", "more"),
    [
        ("fr", _french, {"un": 1}),
        ("en", _english, None),
        ("es", _spanish, None),
        ("de", _german, None),
    ],
)
def test_every_number_from_one_to_ninety_nine_reads_as_its_digits(language, spell, more):
    read = {
        n: [t for t, _ in spoken_numbers(tokenize(spell(n)), language, more=more)]
        for n in range(1, 100)
    }
    assert {spell(n): digits for n, digits in read.items() if digits != [str(n)]} == {}
