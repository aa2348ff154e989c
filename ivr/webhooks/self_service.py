"""The caller's self-service: language, main menu, describing and searching, loss reports,
references."""

from __future__ import annotations

from flask import Response, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from ivr import call_flow, metrics, speech
from ivr.call_flow import Turn
from ivr.clock import office_today
from ivr.db import get_session
from ivr.prompts import catalogues
from ivr.twiml import twiml
from ivr.webhooks import bp
from ivr.webhooks.context import (
    call_state,
    caller_number,
    current_turn,
    keyed,
    save,
    small_int,
    spoken,
    spoken_hours,
)
from lost_items import describing, items, matching, reports
from lost_items.models import FoundItem, LossReport
from lost_items.references import InvalidReference, RecordType, parse_reference
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
def main_menu() -> Response:
    """Describe, reference, or agent."""
    turn = current_turn()
    welcome = bool(small_int("welcome"))
    if welcome:
        state = call_state()
        state.language = turn.lang
        save(state)
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
    hints = load_vocabulary().hints(turn.lang, limit=HINTS)
    return twiml(
        call_flow.ask_description(
            turn, hints=hints, then=request.args.get("then", ""), again=bool(small_int("again"))
        )
    )


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
        return twiml(call_flow.description_not_understood(turn, heard_nothing=not heard, then=then))
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
def results() -> Response:
    """Read one candidate, or say that nothing (more) matches."""
    turn = current_turn()
    index = small_int("i")
    candidates = call_state().candidates
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
def results_choice() -> Response:
    total = len(call_state().candidates)
    return twiml(
        call_flow.results_choice(current_turn(), keyed(), index=small_int("i"), total=total)
    )


# --- loss report ------------------------------------------------------------------------------


@bp.post("/report/date")
def report_date() -> Response:
    """Ask when the item was lost."""
    turn = current_turn()
    if not call_state().description:
        return twiml(call_flow.redirect(turn.url("/ivr/describe", then="report")))
    return twiml(call_flow.ask_lost_on(turn))


@bp.post("/report/date/choice")
def report_date_choice() -> Response:
    turn = current_turn()
    keys = keyed()
    if keys == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    lost_on = call_flow.parse_lost_on(keys, today=office_today())
    if lost_on is None:
        problem = "invalid_date" if keys else "no_input"
        return twiml(call_flow.retry(turn, problem, again="/ivr/report/date"))
    state = call_state()
    state.lost_on = lost_on
    save(state)
    return twiml(call_flow.redirect(turn.url("/ivr/report/callback")))


@bp.post("/report/callback")
def report_callback() -> Response:
    """Ask for the number to call back."""
    return twiml(
        call_flow.ask_callback_number(
            current_turn(), caller_number_known=caller_number() is not None
        )
    )


@bp.post("/report/callback/choice")
def report_callback_choice() -> Response:
    """Record the report with the number given."""
    turn = current_turn()
    keys = keyed()
    if keys == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    country_code = current_app.config["OFFICE_COUNTRY_CODE"]
    if keys == "1" and caller_number():
        number = caller_number()
    else:
        number = reports.normalise_phone_number(keys, country_code=country_code)
    state = call_state()
    if number is None or not state.description:
        problem = "invalid_number" if keys else "no_input"
        return twiml(call_flow.retry(turn, problem, again="/ivr/report/callback"))
    report = reports.record_loss_report(
        get_session(),
        description=state.description,
        language=turn.lang,
        lost_on=state.lost_on,
        callback_number=number,
        keep_days=current_app.config["REPORT_RETENTION_DAYS"],
        today=office_today(),
        call_sid=state.call_sid or None,
    )
    state.report_id = report.id
    save(state)
    return twiml(call_flow.redirect(turn.url("/ivr/report/done")))


@bp.post("/report/done")
def report_done() -> Response:
    """Confirm the report and read its number."""
    turn = current_turn()
    state = call_state()
    report = get_session().get(LossReport, state.report_id) if state.report_id else None
    if report is None:
        return twiml(call_flow.redirect(turn.url("/ivr/report/date")))
    return twiml(
        call_flow.report_recorded(
            turn,
            reference=speech.digits(reports.report_reference(report)),
            retention_days=current_app.config["REPORT_RETENTION_DAYS"],
        )
    )


@bp.post("/report/done/choice")
def report_done_choice() -> Response:
    return twiml(call_flow.report_done_choice(current_turn(), keyed()))


# --- reference --------------------------------------------------------------------------------


@bp.post("/reference")
def reference() -> Response:
    """Ask for a reference number."""
    return twiml(call_flow.ask_reference(current_turn()))


@bp.post("/reference/heard")
def reference_heard() -> Response:
    """Tell the caller what we know of the reference they keyed."""
    turn = current_turn()
    keys = keyed() or request.args.get("ref", "")[:20]
    if keys == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    if not keys:
        return twiml(call_flow.retry(turn, "no_input", again="/ivr/reference"))
    try:
        record_type, _ = parse_reference(keys)
    except InvalidReference:
        problem = ("reference_invalid", {"reference": speech.digits(keys)})
        return twiml(call_flow.retry(turn, problem, again="/ivr/reference"))
    if record_type is RecordType.FOUND_ITEM:
        sentences = _item_status(turn, keys)
    else:
        sentences = _report_status(turn, keys)
    return twiml(call_flow.reference_answer(turn, keyed=keys, sentences=sentences))


def _item_status(turn: Turn, reference: str) -> list[call_flow.Prompt]:
    spoken = speech.digits(reference)
    item = items.get_found_item(get_session(), reference)
    if item is None:
        return [("reference_unknown", {"reference": spoken})]
    sentences: list[call_flow.Prompt] = [
        (
            f"status_{item.status}",
            {"reference": spoken, "item": speech.spoken_item(item, turn.catalogue)},
        )
    ]
    if item.status == "in_storage":
        config = current_app.config
        sentences += [
            ("collect_address", {"address": config["OFFICE_ADDRESS"]}),
            ("office_hours", {"hours": spoken_hours(turn)}),
            "collect_bring_id",
        ]
    return sentences


def _report_status(turn: Turn, reference: str) -> list[call_flow.Prompt]:
    spoken = speech.digits(reference)
    report = reports.get_loss_report(get_session(), reference)
    if report is None:
        return [("reference_unknown", {"reference": spoken})]
    return [(f"report_status_{report.status}", {"reference": spoken})]


@bp.post("/reference/choice")
def reference_choice() -> Response:
    return twiml(
        call_flow.reference_choice(current_turn(), keyed(), keyed=request.args.get("ref", "")[:20])
    )


# --- the caller's own loss reports ------------------------------------------------------------


@bp.post("/my-reports")
def my_reports() -> Response:
    """Whether the reports left from this number have a match."""
    turn = current_turn()
    number = caller_number()
    found = (
        reports.reports_for_number(get_session(), number, today=office_today()) if number else []
    )
    sentences: list[call_flow.Prompt] = ["my_report_none"] if not found else ["my_report_intro"]
    for report in found:
        spoken = speech.digits(reports.report_reference(report))
        sentences.append((f"report_status_{report.status}", {"reference": spoken}))
    return twiml(call_flow.my_reports(turn, sentences=sentences))


@bp.post("/my-reports/choice")
def my_reports_choice() -> Response:
    return twiml(call_flow.my_reports_choice(current_turn(), keyed()))


@bp.post("/text")
def incoming_text() -> Response:
    """Texts to the line: STOP (in any of our languages) ends our messages, START resumes."""
    number = caller_number()
    word = request.form.get("Body", "").strip().upper()[:20]
    if number and word in STOP_WORDS | START_WORDS:
        reports.set_opt_out(get_session(), number, opted_out=word in STOP_WORDS)
        get_session().commit()
    return Response(str(MessagingResponse()), mimetype="text/xml")


STOP_WORDS = {
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "ARRET",
    "ARRÊT",
    "STOPP",
    "BAJA",
}
START_WORDS = {"START", "UNSTOP", "YES", "OUI", "SI", "SÍ", "JA"}
