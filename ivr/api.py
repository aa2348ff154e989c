"""The JSON API: clerks log, look up and search found items; admins manage agents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any, TypeVar

from flask import Blueprint, Response, current_app, g, jsonify, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException

from ivr import agents, metrics, pages
from ivr.accounts import user_for_token
from ivr.clock import office_today
from ivr.db import get_session
from ivr.line.dispatching import dispatch_now
from ivr.models import Agent
from ivr.notifications import match_new_item
from lost_items import items, lifecycle, matching
from lost_items.models import FoundItem
from lost_items.references import InvalidReference, parse_reference
from lost_items.validation import ValidationError, Validator
from lost_items.vocabulary import load_vocabulary

bp = Blueprint("api", __name__, url_prefix="/api")
View = TypeVar("View", bound=Callable[..., Any])


class JSONProvider(DefaultJSONProvider):
    """Flask's JSON, but a body nested too deeply to read ("[[[[...", 100,000 deep) is bad
    JSON like any other (a ValueError: `get_json(silent=True)` gives None), not a crash."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        try:
            return super().loads(s, **kwargs)
        except RecursionError as error:
            raise ValueError("JSON nested too deeply") from error


def requires_role(*roles: str) -> Callable[[View], View]:
    """401 without a valid bearer token, 403 when the user's role may not."""

    def decorate(view: View) -> View:
        @wraps(view)
        def checked(*args: Any, **kwargs: Any) -> Any:
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            user = user_for_token(get_session(), token.strip()) if scheme == "Bearer" else None
            if user is None:
                return _error(401, "a valid API token is required", WWW_Authenticate="Bearer")
            if user.role not in roles:
                return _error(403, f"the {user.role} role may not do this")
            g.user = user
            return view(*args, **kwargs)

        return checked  # type: ignore[return-value]

    return decorate


def _error(status: int, message: str, fields: dict[str, str] | None = None, **headers: str):
    body: dict[str, Any] = {"error": message}
    if fields:
        body["fields"] = fields
    response = jsonify(body)
    response.status_code = status
    for name, value in headers.items():
        response.headers[name.replace("_", "-")] = value
    return response


@bp.errorhandler(ValidationError)
def invalid(error: ValidationError) -> Response:
    return _error(400, "invalid input", error.errors)


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException) -> Response:
    response = _error(error.code or 500, error.description or error.name)
    for name, value in error.get_headers():  # e.g. Allow, on 405: which methods would do
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def is_api_request() -> bool:
    """Whether the request is the API's, whose every answer, errors too, is JSON."""
    return request.path.startswith(f"{bp.url_prefix}/")


def unrouted(error: HTTPException) -> Response | HTTPException | tuple[str, int, Any]:
    """Unknown /api/ URLs and methods answer JSON too, as every other API error does; a
    person who mistyped a page's address gets the pages' error page, in their language."""
    if is_api_request():
        return http_error(error)
    if request.path.startswith("/ivr/"):
        return error  # Twilio's: it reads the status, not a page
    return pages.error_page(error)


def item_json(item: FoundItem) -> dict[str, Any]:
    vocabulary = load_vocabulary()

    def short(concept_id: str | None) -> str | None:
        return concept_id.split(":", 1)[1] if concept_id else None

    return {
        "reference": items.reference_of(item),
        "description": item.description,
        "language": item.language,
        "found_on": item.found_on.isoformat(),
        "found_at": item.found_at,
        "category": short(item.category),
        "kind": short(item.kind),
        "colors": [short(color) for color in item.color_list],
        "brand": vocabulary.label(item.brand, "en")
        if item.brand and vocabulary.has(item.brand)
        else item.brand,
        "status": item.status,
        "storage_location": item.storage_location,
        "value_band": item.value_band,
    }


@bp.post("/found-items")
@requires_role("clerk", "admin")
def log_found_item() -> tuple[Response, int]:
    """Log an item handed in; answers it with its reference."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError({"body": "must be a JSON object"})
    kept_days = current_app.config["RETENTION_HIGH_VALUE_DAYS"]
    draft = items.validate_found_item(data, today=office_today(), kept_days=kept_days)
    session = get_session()
    # As the clerks' form does: the item's history starts with who logged it.
    item = lifecycle.log_item(session, draft, actor=g.user.name)
    session.commit()
    match_new_item(session, item)
    return jsonify(item_json(item)), 201


@bp.get("/found-items/search")
@requires_role("clerk", "agent", "admin")
def search_found_items() -> Response:
    """Search found items with the phone line's engine, best first."""
    check = Validator(request.args)
    query = check.text("q", max_length=1000)
    language = check.choice("lang", load_vocabulary().languages())
    lost_on: date | None = check.day("lost_on", latest=office_today(), required=False)
    limit_text = request.args.get("limit", "10")
    if not (limit_text.isascii() and limit_text.isdigit()) or not 1 <= int(limit_text) <= 50:
        check.errors["limit"] = "must be a whole number from 1 to 50"
    check.raise_if_invalid()
    found = metrics.timed_search("api", matching.search)(
        get_session(),
        query,
        language=language,
        lost_on=lost_on,
        today=office_today(),
        limit=int(limit_text),
    )
    return jsonify({"results": [{**item_json(m.item), "score": round(m.score, 1)} for m in found]})


@bp.get("/found-items/<reference>")
@requires_role("clerk", "agent", "admin")
def get_found_item(reference: str) -> Response:
    try:
        parse_reference(reference)
    except InvalidReference:
        return _error(404, f"{reference[:20]} is not a valid reference: check the digits")
    item = items.get_found_item(get_session(), reference)
    if item is None:
        return _error(404, f"no found item has the reference {reference}")
    return jsonify(item_json(item))


@bp.post("/agents")
@requires_role("admin")
def create_agent() -> tuple[Response, int]:
    """Add an agent who can take routed calls."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError({"body": "must be a JSON object"})
    session = get_session()
    agent = agents.create_agent(session, data, languages=current_app.config["IVR_LANGUAGES"])
    session.commit()
    return jsonify(agents.agent_json(agent)), 201


@bp.get("/agents")
@requires_role("agent", "admin")
def list_agents() -> Response:
    return jsonify({"agents": [agents.agent_json(a) for a in agents.list_agents(get_session())]})


@bp.put("/agents/<int:agent_id>/status")
@requires_role("agent", "admin")
def set_agent_status(agent_id: int) -> Response:
    """An agent goes available or offline; admins may set anyone, agents only themselves."""
    session = get_session()
    agent = session.get(Agent, agent_id) if agent_id < 2**31 else None  # an INTEGER column
    if agent is None:
        return _error(404, f"no agent has the id {agent_id}")
    if g.user.role != "admin" and g.user.name != agent.name:
        return _error(403, "agents may only change their own status")
    data = request.get_json(silent=True)
    try:
        agents.set_status(session, agent, data.get("status") if isinstance(data, dict) else None)
    except agents.AgentBusy as busy:
        return _error(409, str(busy))
    session.commit()
    if agent.status == "available":
        dispatch_now()
    return jsonify(agents.agent_json(agent))
