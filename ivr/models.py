"""Tables the web layer owns: what a call in progress has said, user accounts, and what
admins set on their pages (the office's address, hours and closures) with who changed it."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime, time

from sqlalchemy import JSON, Date, DateTime, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from lost_items.models import Base, utcnow


def id_list(ids: list[int]) -> str:
    """How CallState keeps a list of ids in one column (candidates, agents tried)."""
    return json.dumps(ids)


class CallState(Base):
    """What one call has told us so far, keyed by Twilio's CallSid.

    Twilio keeps no state between webhooks; the description is kept here
    rather than in URLs so it does not end up in Twilio's request logs. The
    purge deletes rows past CALL_DATA_RETENTION_DAYS.
    """

    __tablename__ = "call_states"

    call_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))
    caller_number: Mapped[str | None] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(Text)
    candidate_ids: Mapped[str] = mapped_column(Text, default="[]")
    lost_on: Mapped[date | None] = mapped_column(Date)
    lost_at: Mapped[str | None] = mapped_column(String(200))
    # The questions asked to tell close candidates apart ("when brand"), at most two a call.
    questions: Mapped[str] = mapped_column(String(60), default="")
    # Routing: the agent on the line now, agents who already missed this call, and what
    # the caller chose while waiting in a queue ("report", or "agent:<language>").
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    tried_agent_ids: Mapped[str] = mapped_column(Text, default="[]")
    queue_exit: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    @property
    def candidates(self) -> list[int]:
        return json.loads(self.candidate_ids or "[]")

    @candidates.setter
    def candidates(self, ids: list[int]) -> None:
        self.candidate_ids = id_list(ids)

    @property
    def tried_agents(self) -> list[int]:
        return json.loads(self.tried_agent_ids or "[]")

    @tried_agents.setter
    def tried_agents(self, ids: list[int]) -> None:
        self.tried_agent_ids = id_list(ids)

    def __repr__(self) -> str:
        return f"CallState(call_sid={self.call_sid!r}, language={self.language!r})"


# A user's and an agent's name (an agent named as a user is that user's own agent).
NAME_LENGTH = 80


class User(Base):
    """A clerk, agent or admin.

    The API token is stored only as a SHA-256 hash; the password for the web
    pages (optional: API-only users have none) as a salted scrypt hash.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # The pages' language this user chose (fr, en, es, de); None: the browser's, else the office's.
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # What Flask-Login asks of a logged-in user (ivr/pages.py loads it and checks its session).
    is_authenticated = True
    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        return str(self.id)

    def __repr__(self) -> str:
        return f"User(name={self.name!r}, role={self.role!r})"


class AgentStatus(enum.StrEnum):
    OFFLINE = "offline"
    AVAILABLE = "available"
    BUSY = "busy"
    WRAP_UP = "wrap-up"


class Agent(Base):
    """A person who takes routed calls, in the languages they speak.

    `last_call_ended_at` orders who gets the next call (longest idle first);
    `missed_in_a_row` sets an agent offline after too many unanswered calls.
    The agent whose name equals a user's name is that user's own agent.
    """

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    languages: Mapped[str] = mapped_column(String(100))  # space-separated codes: "es fr"
    endpoint: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default=AgentStatus.OFFLINE.value)
    current_call_sid: Mapped[str | None] = mapped_column(String(64))
    busy_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    wrap_up_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_call_ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    missed_in_a_row: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    @property
    def language_list(self) -> list[str]:
        return self.languages.split()

    def __repr__(self) -> str:
        return f"Agent(id={self.id!r}, name={self.name!r}, status={self.status!r})"


class QueuedCall(Base):
    """A caller waiting in a language's queue for an agent, oldest served first.

    `state`: waiting, connecting (an agent claimed, Twilio asked to move the caller),
    connected, left; or, for a caller who asked to be called back without losing their
    place, callback-number (keying the number), callback (waiting, in arrival order with
    the calls), calling-back (an agent claimed, the line is calling the caller), called-back.
    """

    __tablename__ = "queued_calls"

    call_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), index=True)
    speaks: Mapped[str] = mapped_column(String(8))  # the language the caller hears
    state: Mapped[str] = mapped_column(String(20), default="waiting", index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    enqueued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set when an agent is claimed for the caller, before Twilio is asked to move them.
    connecting_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # How the wait ended: Twilio's QueueResult (bridged, leave, ...) or "hangup".
    result: Mapped[str | None] = mapped_column(String(20))
    # When an agent last let this call ring out: they are offered it again only later.
    missed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A callback: the number to call (E.164, kept only until it is called), and the
    # CallSid of the line's call to it.
    callback_number: Mapped[str | None] = mapped_column(String(32))
    callback_call_sid: Mapped[str | None] = mapped_column(String(64), index=True)

    def __repr__(self) -> str:
        return f"QueuedCall(call_sid={self.call_sid!r}, language={self.language!r})"


class LoginFailure(Base):
    """One failed login, kept only for the lock-out window (see ivr/throttle.py).

    Rows rather than a counter: concurrent failures each insert, so none is
    lost to a race, and the same table works for every gunicorn worker.
    `key` is a hash of the name and the client's address, not either in clear.
    """

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), index=True)
    failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"LoginFailure(key={self.key[:8]!r}..., failed_at={self.failed_at!r})"


class OfficeSetting(Base):
    """A setting an admin changed on the office page ("address", "hours").

    The environment's OFFICE_ADDRESS and OFFICE_HOURS stay the defaults: a row here
    overrides one, and removing it goes back to the default.
    """

    __tablename__ = "office_settings"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"OfficeSetting(name={self.name!r}, value={self.value!r})"


class OfficeClosure(Base):
    """A day the office is closed (a public holiday), or closed from a time on (an afternoon)."""

    __tablename__ = "office_closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    closed_from: Mapped[time | None] = mapped_column(Time)  # None: the whole day
    reason: Mapped[str] = mapped_column(String(200), default="")

    def __repr__(self) -> str:
        return f"OfficeClosure(day={self.day!r}, closed_from={self.closed_from!r})"


class AdminChange(Base):
    """One change made on the administration pages: who, when, what (shown on those pages).

    `action` names what was done ("user_created"), `details` its particulars, so that
    the page words it in the reader's language.
    """

    __tablename__ = "admin_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(NAME_LENGTH))
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    happened_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )

    def __repr__(self) -> str:
        return f"AdminChange(actor={self.actor!r}, action={self.action!r})"
