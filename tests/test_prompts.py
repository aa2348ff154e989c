"""Every language says everything, with the same placeholders."""

import re
from pathlib import Path

import pytest

from ivr.config import PROJECT_ROOT
from ivr.line.prompts import load_catalogue, placeholders

PROMPTS = PROJECT_ROOT / "prompts"
LANGUAGES = sorted(path.stem for path in PROMPTS.glob("*.toml"))


def test_the_four_languages_have_prompt_files():
    assert {"fr", "en", "es", "de"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_every_prompt_with_the_same_placeholders(code):
    reference = load_catalogue(PROMPTS, "en")
    catalogue = load_catalogue(PROMPTS, code)
    assert set(catalogue.sentences) == set(reference.sentences)
    for key, sentence in reference.sentences.items():
        assert placeholders(catalogue.sentences[key]) == placeholders(sentence), key
        assert catalogue.sentences[key].strip(), key


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_names_its_voice_and_locales(code):
    catalogue = load_catalogue(PROMPTS, code)
    assert re.fullmatch(r"[a-z]{2}-[A-Z]{2}", catalogue.speech_locale)
    assert catalogue.babel_locale.replace("_", "-") == catalogue.speech_locale
    assert catalogue.voice and catalogue.spoken_names


def _keys_used_in_code() -> set[str]:
    """Prompt keys named where the line speaks (say(..., "key"), ("key", {...}), "key")."""
    ivr = PROJECT_ROOT / "ivr"
    line = ivr / "line"
    speaking = [*line.glob("*_flow.py"), line / "speech.py", line / "text_search.py"]
    speaking += [*(ivr / "webhooks").glob("*.py")]
    source = "\n".join(path.read_text() for path in speaking)
    keys = set(re.findall(r'"([a-z][a-z_]+)"', source))
    return keys


def test_every_prompt_named_in_the_code_exists():
    sentences = load_catalogue(PROMPTS, "en").sentences
    used = {key for key in _keys_used_in_code() if key in sentences or _looks_like_prompt(key)}
    missing = used - set(sentences)
    assert not missing, f"prompts named in ivr/ but missing from prompts/en.toml: {missing}"


def _looks_like_prompt(key: str) -> bool:
    prefixes = ("menu_", "results_", "candidate_", "report_", "callback_", "reference_", "status_")
    return key.startswith(prefixes) and not key.startswith("report_status_")


def test_no_sentence_is_spoken_from_python_code():
    """Prompts are data: no <Say> text is written in ivr/ (only keys into prompts/)."""
    for path in (PROJECT_ROOT / "ivr").rglob("*.py"):
        assert not re.search(r"\.say\(\s*f?[\"']", path.read_text()), path.name


def test_prompt_files_are_only_data():
    assert not list(Path(PROMPTS).glob("*.py"))


def test_every_item_and_report_status_can_be_spoken():
    from lost_items.models import ItemStatus, ReportStatus

    sentences = load_catalogue(PROMPTS, "en").sentences
    for status in ItemStatus:
        assert f"status_{status.value}" in sentences
    for status in ReportStatus:
        assert f"report_status_{status.value}" in sentences
