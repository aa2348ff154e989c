"""Agents: who takes calls, the languages they speak, where calls ring, on shift or not."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from ivr import agents, audit
from ivr.console.context import language_name
from ivr.db import get_session
from ivr.forms import AgentForm, labels, problems
from ivr.line.dispatching import dispatch_now
from ivr.models import Agent, AgentStatus
from ivr.pages import login_required
from lost_items.phone_numbers import parse_phone_number
from lost_items.validation import ValidationError

bp = Blueprint("agents", __name__)
ADMINS = ("admin",)


@bp.get("/agents")
@login_required(*ADMINS)
def agents_page() -> str:
    """List the agents, with a form to add one."""
    return _page(_form(formdata=None))


@bp.post("/agents")
@login_required(*ADMINS)
def create() -> Response | tuple[str, int]:
    """Add an agent, on shift or not."""
    form, session = _form(), get_session()
    if not form.validate():
        return _page(form), 400
    data = _data(form)
    try:
        agent = agents.create_agent(session, data, languages=_offered())
    except ValidationError as error:
        session.rollback()
        _show(form, error)
        return _page(form), 400
    audit.record_change(session, g.user.name, "agent_created", **_described(agent))
    shift = _set_shift(agent, form.on_shift.data)
    if shift:
        audit.record_change(session, g.user.name, shift, name=agent.name)
    session.commit()
    _put_callers_through(agent)
    flash(_("Agent %(name)s added.", name=agent.name))
    return redirect(url_for("admin.agents.agents_page"))


@bp.get("/agents/<int:agent_id>")
@login_required(*ADMINS)
def agent_page(agent_id: int) -> str:
    """Show one agent's form, to change their languages, endpoint or shift."""
    agent = _agent(agent_id)
    form = _form(formdata=None, obj=agent)
    form.languages.data, form.on_shift.data = agent.language_list, _on_shift(agent)
    return _edit_page(agent, form)


@bp.post("/agents/<int:agent_id>")
@login_required(*ADMINS)
def change(agent_id: int) -> Response | tuple[str, int]:
    """Change an agent's languages, endpoint, and whether they are on shift."""
    agent, form, session = _agent(agent_id), _form(), get_session()
    form.name.data = agent.name  # the name is who they are: not changed here
    form.name.raw_data = [agent.name]
    if not form.validate():
        return _edit_page(agent, form), 400
    try:
        agents.change_agent(session, agent, _data(form), languages=_offered())
        shift = _set_shift(agent, form.on_shift.data)
    except ValidationError as error:
        session.rollback()
        _show(form, error)
        return _edit_page(agent, form), 400
    except agents.AgentBusy:
        session.rollback()
        form.on_shift.errors = [_("cannot change during a call: try again when it ends")]
        return _edit_page(agent, form), 409
    audit.record_change(session, g.user.name, "agent_changed", **_described(agent))
    if shift:
        audit.record_change(session, g.user.name, shift, name=agent.name)
    session.commit()
    _put_callers_through(agent)
    flash(_("Agent %(name)s changed.", name=agent.name))
    return redirect(url_for("admin.agents.agents_page"))


def _form(**options: object) -> AgentForm:
    languages = [(code, language_name(code)) for code in _offered()]
    return AgentForm(languages=languages, **options)


def _offered() -> list[str]:
    return list(current_app.config["IVR_LANGUAGES"])


def _data(form: AgentForm) -> dict[str, object]:
    """The form as agents.create_agent reads it; a phone number typed as people write it
    ("06 12 34 56 78") becomes E.164, as Twilio dials it."""
    endpoint = form.endpoint.data.strip()
    if not endpoint.startswith(("client:", "sip:")):
        country = current_app.config["OFFICE_COUNTRY_CODE"]
        endpoint = parse_phone_number(endpoint, country_code=country) or endpoint
    return {"name": form.name.data.strip(), "languages": form.languages.data, "endpoint": endpoint}


def _show(form: AgentForm, error: ValidationError) -> None:
    for name, message in error.errors.items():
        field = getattr(form, name, None)
        if field is not None:
            field.errors = [message]


def _on_shift(agent: Agent) -> bool:
    return agent.status != AgentStatus.OFFLINE.value


def _set_shift(agent: Agent, on_shift: bool) -> str | None:
    """Put an agent on shift (available) or off it (offline); the change's name, if any."""
    if on_shift == _on_shift(agent):
        return None
    status = AgentStatus.AVAILABLE.value if on_shift else AgentStatus.OFFLINE.value
    agents.set_status(get_session(), agent, status)
    return "agent_on_shift" if on_shift else "agent_off_shift"


def _put_callers_through(agent: Agent) -> None:
    """As the desk and the API do: an agent made available takes a waiting caller at once."""
    if agent.status == AgentStatus.AVAILABLE.value:
        dispatch_now()


def _described(agent: Agent) -> dict[str, str]:
    return {
        "name": agent.name,
        "languages": " ".join(agent.language_list),
        "endpoint": agent.endpoint,
    }


def _agent(agent_id: int) -> Agent:
    agent = get_session().get(Agent, agent_id) if agent_id < 2**31 else None
    if agent is None:
        abort(404, _("No agent has the number %(number)s.", number=agent_id))
    return agent


def _page(form: AgentForm) -> str:
    session = get_session()
    return render_template(
        "admin/agents.html",
        form=form,
        errors=problems(form),
        field_labels=labels(form),
        agents=agents.list_agents(session),
        changes=audit.recent_changes(session, audit.SECTIONS["agents"]),
    )


def _edit_page(agent: Agent, form: AgentForm) -> str:
    return render_template(
        "admin/agent.html",
        agent=agent,
        form=form,
        errors=problems(form),
        field_labels=labels(form),
    )
