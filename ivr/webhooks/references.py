"""A reference keyed on the phone: the item's status and how to collect it, or the report's."""

from __future__ import annotations

from flask import Response, request

from ivr import office
from ivr.db import autocommit, get_session
from ivr.line import call_flow, speech
from ivr.line.call_flow import Turn
from ivr.line.twiml import twiml
from ivr.webhooks import bp
from ivr.webhooks.context import current_turn, keyed, spoken_hours
from lost_items import items, reports
from lost_items.references import InvalidReference, RecordType, parse_reference


@bp.post("/reference")
def reference() -> Response:
    """Ask for a reference number."""
    return twiml(call_flow.ask_reference(current_turn()))


@bp.post("/reference/heard")
@autocommit
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
        sentences += [
            ("collect_address", {"address": office.address(get_session())}),
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
