"""The caller's self-service: language, main menu, describing a lost item, the candidates.

Loss reports are in `loss_reports.py`, references in `references.py`."""

from __future__ import annotations

from functools import cache

from flask import Response, current_app, request
from sqlalchemy import select

from ivr import metrics
from ivr.clock import office_today
from ivr.db import autocommit, get_session
from ivr.line import call_flow, speech
from ivr.line.call_flow import Turn
from ivr.line.prompts import catalogues
from ivr.line.twiml import twiml
from ivr.models import CallState
from ivr.notifications import send_item_texts_after
from ivr.webhooks import bp
from ivr.webhooks.context import (
    call_sid,
    call_state,
    caller_country,
    caller_number,
    current_turn,
    keyed,
    read_call_state,
    save,
    set_state,
    small_int,
    spoken,
)
from lost_items import describing, item_texts, items, matching, questions
from lost_items.models import FoundItem
from lost_items.phone_numbers import can_take_texts, parse_phone_number
from lost_items.vocabulary import load_vocabulary
from lost_items.when_and_where import read_when_and_where

CANDIDATES_HEARD = 5
MAX_QUESTIONS = 2  # asked of one call, to tell close candidates apart
HINTS = 80


# --- language and main menu -------------------------------------------------------------------


@bp.route("/incoming", methods=["GET", "POST"])
def incoming() -> Response:
    """Offer each language in its own voice, the caller's country's first."""
    languages = list(catalogues().values())
    return twiml(
        call_flow.language_menu(languages, tries=small_int("tries"), country=caller_country())
    )


@bp.post("/language")
def language() -> Response:
    """Take the language the caller keyed or said."""
    languages = list(catalogues().values())
    chosen = call_flow.pick_language(
        languages, digits=keyed(), speech=request.form.get("SpeechResult", "")
    )
    if chosen is None:
        return twiml(
            call_flow.language_not_chosen(
                languages, tries=small_int("tries"), max_tries=current_app.config["IVR_MAX_TRIES"]
            )
        )
    return twiml(call_flow.redirect(Turn(chosen).url("/ivr/menu", welcome=1)))


@bp.post("/menu")
@autocommit
def main_menu() -> Response:
    """Describe, reference, or agent."""
    turn = current_turn()
    welcome = bool(small_int("welcome"))
    if welcome:  # the call's first step to keep anything, or one back in another language
        set_state(language=turn.lang)
    return twiml(
        call_flow.main_menu(
            turn,
            welcome=welcome,
            retention_days=current_app.config["CALL_DATA_RETENTION_DAYS"],
            hints=_speech_hints(turn.lang),
        )
    )


@bp.post("/menu/choice")
def main_menu_choice() -> Response:
    """A key, or the description said straight away."""
    turn = current_turn()
    if spoken() and not keyed():
        return _search_description(turn, spoken(), then="")
    return twiml(call_flow.main_menu_choice(turn, keyed()))


@bp.post("/goodbye")
def goodbye() -> Response:
    return twiml(call_flow.goodbye(current_turn()))


# --- describing and searching -----------------------------------------------------------------


@bp.post("/describe")
def describe() -> Response:
    """Ask the caller to say what they lost."""
    turn = current_turn()
    hints = _speech_hints(turn.lang)
    return twiml(
        call_flow.ask_description(
            turn, hints=hints, then=request.args.get("then", ""), again=bool(small_int("again"))
        )
    )


@cache
def _speech_hints(language: str) -> tuple[str, ...]:
    """The vocabulary's words for the recogniser: the same for every call, so made once."""
    return tuple(load_vocabulary().hints(language, limit=HINTS))


@bp.post("/describe/heard")
def description_heard() -> Response:
    """Search for what the caller said, or go on to the loss report."""
    turn = current_turn()
    then = "report" if request.args.get("then") == "report" else ""
    if keyed() == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    return _search_description(turn, spoken(), then=then)


def _search_description(turn: Turn, heard: str, *, then: str) -> Response:
    """Keep what the caller said (with the day and place in it), then search, or ask the
    question that splits close candidates, or go on to the loss report."""
    described = describing.describe(heard, turn.lang) if heard else None
    understood = described is not None and (described.kind or described.category)
    # After one retry, search with whatever was said: the item may be missing from the vocabulary.
    if not heard or (not understood and turn.tries == 0):
        nothing = not heard and not keyed()  # keys pressed: something came, just not words
        return twiml(call_flow.description_not_understood(turn, heard_nothing=nothing, then=then))
    state = call_state()
    state.description = heard
    said = read_when_and_where(heard, language=turn.lang, today=office_today())
    state.lost_on = said.lost_on or state.lost_on
    state.lost_at = said.lost_at or state.lost_at
    if then == "report":
        save(state)
        return twiml(call_flow.redirect(turn.url("/ivr/report/date")))
    return _search_or_ask(turn, state, about=said.rest)


def _search_or_ask(turn: Turn, state: CallState, *, about: str) -> Response:
    """Search with all the call has said; ask one more question when candidates stay close.
    `about` is the description without the words of the day and place, which are searched
    as `lost_on` and `lost_at`."""
    found = metrics.timed_search("phone", matching.search)(
        get_session(),
        about,
        language=turn.lang,
        lost_on=state.lost_on,
        lost_at=state.lost_at,
        today=office_today(),
        limit=CANDIDATES_HEARD,
    )
    state.candidates = [match.item.id for match in found]
    asked = state.questions.split()
    question = None
    if len(asked) < MAX_QUESTIONS:
        wanted = describing.describe(about, turn.lang)
        question = questions.question_to_ask(
            wanted, found, lost_on=state.lost_on, lost_at=state.lost_at, asked=asked
        )
    if question:
        state.questions = " ".join([*asked, question])
    else:
        state.candidates = [match.item.id for match in matching.worth_offering(found)]
    save(state)
    if question:
        return twiml(call_flow.redirect(turn.url("/ivr/question", q=question)))
    return twiml(call_flow.redirect(turn.url("/ivr/results")))


@bp.post("/question")
def question() -> Response:
    """Ask the question that splits the close candidates."""
    turn = current_turn()
    asked = _question_asked()
    if asked is None:
        return twiml(call_flow.redirect(turn.url("/ivr/results")))
    first = read_call_state().questions.split()[:1] == [asked]
    return twiml(call_flow.ask_question(turn, asked, first=first, hints=_speech_hints(turn.lang)))


@bp.post("/question/answer")
def question_answer() -> Response:
    """Add the answer to what the call has said and search again; silence, or an answer
    that tells nothing, goes on to the candidates as they are."""
    turn = current_turn()
    asked = _question_asked()
    if keyed() == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    state = call_state()
    if asked is None or not state.description:
        return twiml(call_flow.redirect(turn.url("/ivr/results")))
    today = office_today()
    answer = spoken()
    said = read_when_and_where(answer, language=turn.lang, today=today) if answer else None
    if asked == "when":
        day = call_flow.parse_lost_on(keyed(), today=today) or (said and said.lost_on)
        state.lost_on = day or state.lost_on
    elif asked == "where" and answer:
        state.lost_at = (said and said.lost_at) or answer[:200]
    elif answer:
        added = questions.answer_as_said(asked, answer, turn.lang)
        state.description = f"{state.description}. {added}"[:2000]
    about = read_when_and_where(state.description, language=turn.lang, today=today).rest
    return _search_or_ask(turn, state, about=about)


def _question_asked() -> str | None:
    asked = request.args.get("q", "")
    return asked if asked in questions.QUESTIONS else None


@bp.post("/results")
@autocommit
def results() -> Response:
    """Read one candidate, or say that nothing (more) matches."""
    turn = current_turn()
    index = small_int("i")
    candidates = read_call_state().candidates
    heard = (
        get_session().scalars(select(FoundItem).where(FoundItem.id.in_(candidates))).all()
        if index < len(candidates)
        else []
    )  # all the candidates in one query: what tells this one apart is read against them
    item = next((found for found in heard if found.id == candidates[index]), None)
    if item is None:
        return twiml(call_flow.no_candidates(turn, index=index))
    others = [found for found in heard if found.id != item.id]
    return twiml(
        call_flow.candidate(
            turn,
            index=index,
            item_text=speech.spoken_candidate(item, turn.catalogue, among=others),
            found_date=speech.spoken_date(item.found_on, turn.catalogue, today=office_today()),
            place=item.found_at,
            reference=speech.digits(items.reference_of(item)),
            options_only=bool(small_int("options")),
        )
    )


@bp.post("/results/choice")
@autocommit
def results_choice() -> Response:
    total = len(read_call_state().candidates)
    return twiml(
        call_flow.results_choice(current_turn(), keyed(), index=small_int("i"), total=total)
    )


# --- a candidate by text message -------------------------------------------------------------


@bp.post("/results/text")
def text_candidate() -> Response:
    """Text this candidate to the calling number if it is a mobile; otherwise ask for one."""
    turn, index = current_turn(), small_int("i")
    number = caller_number()
    if small_int("ask") or not can_take_texts(number):
        return twiml(call_flow.ask_text_number(turn, index=index))
    return _queue_text(turn, index, number or "")


@bp.post("/results/text/number")
def text_candidate_number() -> Response:
    """The mobile number a caller keyed for the text (then #)."""
    turn, index = current_turn(), small_int("i")
    keys = keyed()
    if keys == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    number = parse_phone_number(keys, country_code=current_app.config["OFFICE_COUNTRY_CODE"])
    if can_take_texts(number):
        return _queue_text(turn, index, number or "")
    problem = "text_not_mobile" if number else ("invalid_number" if keys else "no_input")
    return twiml(
        call_flow.retry(
            turn,
            problem,
            again="/ivr/results/text",
            params={"i": index, "ask": 1},
            exhausted="/ivr/results",
            exhausted_params={"i": index, "options": 1},
        )
    )


def _queue_text(turn: Turn, index: int, number: str) -> Response:
    """Queue the text (once per candidate per call), answer at once, send it afterwards."""
    candidates = read_call_state().candidates
    if index >= len(candidates):
        return twiml(call_flow.redirect(turn.url("/ivr/results", i=index)))
    session = get_session()
    queued = item_texts.queue_item_text(
        session,
        call_sid=call_sid(),
        item_id=candidates[index],
        to_number=number,
        language=turn.lang,
    )
    session.commit()
    response = twiml(call_flow.text_queued(turn, index=index, already=not queued))
    return send_item_texts_after(response) if queued else response
