"""What the line says, loaded from one data file per language in `prompts/`.

Adding a language is a new `prompts/<code>.toml` and its code in
IVR_LANGUAGES: no code changes.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app

from ivr.config import UnsafeConfiguration

__all__ = ["Catalogue", "catalogue", "catalogues", "load_catalogue", "placeholders"]


@dataclass(frozen=True)
class Catalogue:
    """One language's sentences and how to speak and hear them."""

    code: str
    name: str
    speech_locale: str  # for <Say language> and <Gather language>, e.g. "fr-FR"
    babel_locale: str  # for dates and lists, e.g. "fr_FR"
    voice: str
    spoken_names: tuple[str, ...]  # what a caller may say to pick this language
    sentences: dict[str, str]
    countries: tuple[str, ...] = ()  # callers from these (ISO codes) hear it offered first

    def text(self, key: str, /, **values: object) -> str:
        return self.sentences[key].format(**values)


def placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


def load_catalogue(directory: Path, code: str) -> Catalogue:
    with open(directory / f"{code}.toml", "rb") as file:
        data = tomllib.load(file)
    language = data["language"]
    return Catalogue(
        code=code,
        name=language["name"],
        speech_locale=language["speech_locale"],
        babel_locale=language["babel_locale"],
        voice=language["voice"],
        spoken_names=tuple(language["spoken_names"]),
        sentences=dict(data["prompts"]),
        countries=tuple(language.get("countries", ())),
    )


def catalogues(app: Flask | None = None) -> dict[str, Catalogue]:
    """The line's languages in menu order (digit 1 is the first)."""
    return (app or current_app).extensions["prompt_catalogues"]


def catalogue(code: str) -> Catalogue:
    """The language's catalogue; the first language's for one the line no longer offers
    (a report left in a language since removed from IVR_LANGUAGES, a URL tampered with)."""
    languages = catalogues()
    return languages.get(code) or next(iter(languages.values()))


def init_app(app: Flask) -> None:
    directory = Path(app.config["PROMPTS_DIR"])
    if not app.config["IVR_LANGUAGES"]:
        raise UnsafeConfiguration("IVR_LANGUAGES names no language: callers would hear nothing")
    missing = [c for c in app.config["IVR_LANGUAGES"] if not (directory / f"{c}.toml").is_file()]
    if missing:
        raise UnsafeConfiguration(
            f"IVR_LANGUAGES names {', '.join(missing)}, but {directory} has no prompts for it:"
            " add a file CODE.toml there (see README) or drop the language"
        )
    loaded = {code: load_catalogue(directory, code) for code in app.config["IVR_LANGUAGES"]}
    for code, entry in loaded.items():
        voice = app.config.get(f"VOICE_{code.upper()}")
        if voice:
            loaded[code] = Catalogue(**{**entry.__dict__, "voice": voice})
    app.extensions["prompt_catalogues"] = loaded
