"""Answers to a text message describing something lost ("lost my black Samsung on line 9
yesterday"): up to three items worth offering and how to collect them, or an offer to
declare the loss on the web; in the sender's language.

The language is read from the text's words (`lost_items.text_language`), the sender's
country's language winning a tie; the date and place from the text too
(`read_when_and_where`), as the phone line reads them from speech. The sentences are the
phone's (prompts/*.toml): a text has no browser to choose a gettext locale from, and the
phone's catalogues already hold the texts the office sends, with a test that each language
has every one. A number is answered at most TEXT_ANSWERS_PER_HOUR times an hour (counted in
the database), never once it has texted STOP.
"""

from __future__ import annotations

import re

from flask import current_app
from sqlalchemy.orm import Session

from ivr import office
from ivr.clock import office_today
from ivr.line.prompts import Catalogue, catalogues
from ivr.line.speech import spoken_date, spoken_hours, spoken_item
from ivr.owners import throttle
from lost_items import matching, reports
from lost_items.items import reference_of
from lost_items.models import utcnow
from lost_items.text_language import detect_language
from lost_items.when_and_where import read_when_and_where

__all__ = ["answer", "text_language"]

CANDIDATES = 3
KIND = "text"
LONGEST = 500  # characters of a text read; a longer one is read that far
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # NUL: PostgreSQL refuses it


def text_language(body: str, country: str) -> Catalogue:
    """The catalogue of the language the text is written in."""
    languages = catalogues()
    preferred = [code for code, language in languages.items() if country in language.countries]
    return languages[detect_language(body, languages=list(languages), preferred=preferred)]


def answer(session: Session, body: str, *, number: str | None, country: str) -> str | None:
    """The reply to send, or None: nothing to answer, STOP texted, or answered enough."""
    body = _CONTROL.sub(" ", body).strip()[:LONGEST]
    if not number or not body or reports.has_opted_out(session, number):
        return None
    now, limit = utcnow(), current_app.config["TEXT_ANSWERS_PER_HOUR"]
    if throttle.too_many(session, KIND, number, now=now, limit=limit):
        return None
    throttle.count(session, KIND, number, now=now)
    language = text_language(body, country)
    today = office_today()
    said = read_when_and_where(body, language=language.code, today=today)
    found = matching.search(
        session,
        said.rest,
        language=language.code,
        lost_on=said.lost_on,
        lost_at=said.lost_at,
        today=today,
    )
    offered = matching.worth_offering(found)[:CANDIDATES]
    if not offered:
        base = str(current_app.config.get("PUBLIC_BASE_URL") or "").rstrip("/")
        return language.text("sms_nothing_found", link=f"{base}/declare?lang={language.code}")
    lines = [language.text("sms_found_intro")]
    for number_in_list, match in enumerate(offered, start=1):
        item = match.item
        lines.append(
            language.text(
                "sms_candidate",
                number=number_in_list,
                item=spoken_item(item, language),
                date=spoken_date(item.found_on, language, today=today),
                place=item.found_at,
                reference=reference_of(item),
            )
        )
    closures = [(c.day, c.closed_from) for c in office.closures_ahead(session, today)]
    lines.append(
        language.text(
            "sms_collect",
            address=office.address(session),
            hours=spoken_hours(office.hours(session), language, closures),
        )
    )
    return "\n".join(lines)
