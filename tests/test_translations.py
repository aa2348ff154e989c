"""Every word of the staff pages exists in French, English, Spanish and German.

The strings are extracted from the sources as `make translations` does (Babel, with
babel.cfg): a catalogue missing one, holding one the sources no longer have, or
compiled from an older .po fails here, as tests/test_prompts.py does for the phone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from ivr.config import PAGE_LANGUAGES, PROJECT_ROOT

TRANSLATIONS = PROJECT_ROOT / "ivr" / "translations"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The strings the sources hold now, extracted as the Makefile's `translations` does."""
    pot = tmp_path_factory.mktemp("extracted") / "messages.pot"
    CommandLineInterface().run(
        [
            "pybabel",
            "--quiet",
            "extract",
            "-F",
            str(PROJECT_ROOT / "babel.cfg"),
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "--no-location",
            "-o",
            str(pot),
            str(PROJECT_ROOT),
        ]
    )
    with pot.open("rb") as file:
        return read_po(file)


def ids(catalog: Catalog) -> set[object]:
    return {message.id for message in catalog if message.id}


def po(language: str) -> Catalog:
    with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as file:
        return read_po(file, locale=language)


def test_the_sources_have_many_words_to_translate(extracted):
    assert len(ids(extracted)) > 300
    assert "Log in" in ids(extracted)


def test_the_template_holds_what_the_sources_say(extracted):
    with (TRANSLATIONS / "messages.pot").open("rb") as file:
        template = read_po(file)
    assert ids(template) == ids(extracted), "run `make translations`"


@pytest.mark.parametrize("language", PAGE_LANGUAGES)
def test_each_catalogue_translates_every_string_and_only_those(extracted, language):
    catalog = po(language)
    missing = sorted(map(str, ids(extracted) - ids(catalog)))
    stale = sorted(map(str, ids(catalog) - ids(extracted)))
    assert not missing, f"{language}: not in the catalogue (run `make translations`): {missing}"
    assert not stale, f"{language}: no longer in the sources (run `make translations`): {stale}"
    untranslated = [
        str(message.id)
        for message in catalog
        if message.id
        and (message.fuzzy or not all(message.string if message.pluralizable else [message.string]))
    ]
    assert not untranslated, f"{language}: untranslated or fuzzy: {untranslated}"


@pytest.mark.parametrize("language", PAGE_LANGUAGES)
def test_translations_keep_their_placeholders(language):
    problems = [
        (str(message.id), [str(error) for error in errors])
        for message, errors in po(language).check()
    ]
    assert not problems, problems


def _key(text: object) -> object:
    """A message as a dictionary key (a plural's forms come as a list from a .mo)."""
    return tuple(text) if isinstance(text, list | tuple) else text


@pytest.mark.parametrize("language", PAGE_LANGUAGES)
def test_the_compiled_catalogue_is_the_current_one(language):
    folder = TRANSLATIONS / language / "LC_MESSAGES"
    compiled: Path = folder / "messages.mo"
    assert compiled.exists(), "run `make install` (it compiles the catalogues)"
    with compiled.open("rb") as file:
        mo = {_key(message.id): _key(message.string) for message in read_mo(file) if message.id}
    source = {_key(message.id): _key(message.string) for message in po(language) if message.id}
    assert mo == source, "the .mo is older than its .po: run `make install`"
