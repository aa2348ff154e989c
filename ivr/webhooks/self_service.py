"""The caller's self-service: language, main menu, describing a lost item, the candidates.

Loss reports are in `loss_reports.py`, references in `references.py`."""

from __future__ import annotations

from functools import cache

from flask import Response, current_app, request

from ivr import call_flow, metrics, speech
from ivr.call_flow import Turn
from ivr.clock import office_today
from ivr.db import autocommit, get_session
from ivr.prompts import catalogues
from ivr.twiml import twiml
from ivr.webhooks import bp
from ivr.webhooks.context import (
    call_state,
    current_turn,
    keyed,
    read_call_state,
    save,
    set_state,
    small_int,
    spoken,
)
from lost_items import describing, items, matching
from lost_items.models import FoundItem
from lost_items.vocabulary import load_vocabulary

CANDIDATES_HEARD = 5
HINTS = 80


# --- language and main menu -------------------------------------------------------------------


@bp.route("/incoming", methods=["GET", "POST"])
def incoming() -> Response:
    """Offer each language in its own voice."""
    return twiml(call_flow.language_menu(list(catalogues().values()), tries=small_int("tries")))


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
        )
    )


@bp.post("/menu/choice")
def main_menu_choice() -> Response:
    return twiml(call_flow.main_menu_choice(current_turn(), keyed()))


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
    heard = spoken()
    described = describing.describe(heard, turn.lang) if heard else None
    understood = described is not None and (described.kind or described.category)
    # After one retry, search with whatever was said: the item may be missing from the vocabulary.
    if not heard or (not understood and turn.tries == 0):
        nothing = not heard and not keyed()  # keys pressed: something came, just not words
        return twiml(call_flow.description_not_understood(turn, heard_nothing=nothing, then=then))
    state = call_state()
    state.description = heard
    if then == "report":
        save(state)
        return twiml(call_flow.redirect(turn.url("/ivr/report/date")))
    found = metrics.timed_search("phone", matching.search)(
        get_session(),
        heard,
        language=turn.lang,
        lost_on=state.lost_on,
        today=office_today(),
        limit=CANDIDATES_HEARD,
    )
    state.candidates = [match.item.id for match in found]
    save(state)
    return twiml(call_flow.redirect(turn.url("/ivr/results")))


@bp.post("/results")
@autocommit
def results() -> Response:
    """Read one candidate, or say that nothing (more) matches."""
    turn = current_turn()
    index = small_int("i")
    candidates = read_call_state().candidates
    item = get_session().get(FoundItem, candidates[index]) if index < len(candidates) else None
    if item is None:
        return twiml(call_flow.no_candidates(turn, index=index))
    return twiml(
        call_flow.candidate(
            turn,
            index=index,
            item_text=speech.spoken_item(item, turn.catalogue),
            found_date=speech.spoken_date(item.found_on, turn.catalogue, today=office_today()),
            place=item.found_at,
            reference=speech.digits(items.reference_of(item)),
        )
    )


@bp.post("/results/choice")
@autocommit
def results_choice() -> Response:
    total = len(read_call_state().candidates)
    return twiml(
        call_flow.results_choice(current_turn(), keyed(), index=small_int("i"), total=total)
    )
