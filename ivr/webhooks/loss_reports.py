"""Loss reports on the phone line: leaving one after a search, hearing about one's own, and
the STOP and START texts that say whether we may text the caller."""

from __future__ import annotations

from flask import Response, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from ivr.clock import office_today
from ivr.db import autocommit, get_session
from ivr.line import call_flow, speech, text_search
from ivr.line.twiml import twiml
from ivr.webhooks import bp
from ivr.webhooks.context import (
    call_sid,
    caller_country,
    caller_number,
    current_turn,
    keyed,
    read_call_state,
    set_state,
)
from lost_items import reports
from lost_items.phone_numbers import parse_phone_number


@bp.post("/report/date")
@autocommit
def report_date() -> Response:
    """Ask when the item was lost, unless the caller's words said it ("perdí ... ayer")."""
    turn = current_turn()
    state = read_call_state()
    if not state.description:
        return twiml(call_flow.redirect(turn.url("/ivr/describe", then="report")))
    if state.lost_on is not None:
        return twiml(call_flow.redirect(turn.url("/ivr/report/callback")))
    return twiml(call_flow.ask_lost_on(turn))


@bp.post("/report/date/choice")
@autocommit
def report_date_choice() -> Response:
    turn = current_turn()
    keys = keyed()
    if keys == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    lost_on = call_flow.parse_lost_on(keys, today=office_today())
    if lost_on is None:
        problem = "invalid_date" if keys else "no_input"
        # The date only narrows the search: after the last try the report goes on without it.
        return twiml(
            call_flow.retry(
                turn,
                problem,
                again="/ivr/report/date",
                exhausted="/ivr/report/callback",
                giving_up="report_date_skipped",
            )
        )
    set_state(lost_on=lost_on)
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
@autocommit
def report_callback_choice() -> Response:
    """Record the report with the number given.

    No lock and one write: the report is one INSERT that a retried webhook's repeats
    harmlessly (a call keeps one report, found again by its CallSid)."""
    turn = current_turn()
    keys = keyed()
    if keys == call_flow.AGENT_DIGIT:
        return twiml(call_flow.redirect(turn.url("/ivr/agent")))
    country_code = current_app.config["OFFICE_COUNTRY_CODE"]
    if keys == "1" and caller_number():
        number = caller_number()
    else:
        number = parse_phone_number(keys, country_code=country_code)
    state = read_call_state()
    if number is None or not state.description:
        problem = "invalid_number" if keys else "no_input"
        return twiml(call_flow.retry(turn, problem, again="/ivr/report/callback"))
    session = get_session()
    reports.record_loss_report(
        session,
        description=state.description,
        language=turn.lang,
        lost_on=state.lost_on,
        lost_at=state.lost_at,
        callback_number=number,
        keep_days=current_app.config["REPORT_RETENTION_DAYS"],
        today=office_today(),
        call_sid=state.call_sid or None,
    )
    session.commit()  # a no-op on PostgreSQL, where the INSERT stands alone
    return twiml(call_flow.redirect(turn.url("/ivr/report/done")))


@bp.post("/report/done")
@autocommit
def report_done() -> Response:
    """Confirm the report and read its number."""
    turn = current_turn()
    report = reports.report_of_call(get_session(), call_sid())
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


# --- the caller's own loss reports ------------------------------------------------------------


@bp.post("/my-reports")
@autocommit
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
    """Texts to the line: STOP (in any of our languages) ends our messages, START resumes;
    any other text is read as what the sender lost, and answered (`ivr.line.text_search`)."""
    number = caller_number()
    body = request.form.get("Body", "")
    word = body.strip().upper()[:20]
    response = MessagingResponse()
    if word in STOP_WORDS | START_WORDS:
        if number:
            reports.set_opt_out(get_session(), number, opted_out=word in STOP_WORDS)
            get_session().commit()
        return Response(str(response), mimetype="text/xml")
    reply = text_search.answer(get_session(), body, number=number, country=caller_country())
    get_session().commit()
    if reply:
        response.message(reply)
    return Response(str(response), mimetype="text/xml")


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
