"""Tables of the domain, in SQLAlchemy 2's typed ORM."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class ItemStatus(enum.StrEnum):
    IN_STORAGE = "in_storage"
    CLAIMED = "claimed"
    RETURNED = "returned"
    DISPOSED = "disposed"


class ValueBand(enum.StrEnum):
    """How valuable an item is, which sets how long it is kept (see RETENTION_*_DAYS)."""

    LOW = "low"
    HIGH = "high"


class ReportStatus(enum.StrEnum):
    OPEN = "open"
    MATCHED = "matched"
    CLOSED = "closed"


class FoundItem(Base):
    """An object handed in and logged by a clerk.

    `category`, `kind`, `colors`, `material` and `brand` hold language-free
    concept ids from the vocabulary; `search_text` is the normalised concept
    text scoring reads; `contents` lists the other kinds it holds (a wallet's
    ID card), which the search narrows candidates with as it does with `kind`.
    """

    __tablename__ = "found_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    found_on: Mapped[date] = mapped_column(Date)
    found_at: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(60))
    colors: Mapped[str] = mapped_column(String(200), default="")
    material: Mapped[str | None] = mapped_column(String(60))
    brand: Mapped[str | None] = mapped_column(String(80))
    search_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ItemStatus.IN_STORAGE.value)
    storage_location: Mapped[str | None] = mapped_column(String(100))
    value_band: Mapped[str] = mapped_column(String(10), default=ValueBand.LOW.value)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    contents: Mapped[list[ItemContent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_found_items_kind_found_on", "kind", "found_on"),
        Index("ix_found_items_category_found_on", "category", "found_on"),
        Index("ix_found_items_found_on", "found_on"),
        Index("ix_found_items_status_found_on", "status", "found_on"),
        Index("ix_found_items_brand_found_on", "brand", "found_on"),
    )

    @property
    def color_list(self) -> list[str]:
        return self.colors.split() if self.colors else []

    def __repr__(self) -> str:
        return f"FoundItem(id={self.id!r}, kind={self.kind!r}, found_on={self.found_on!r})"


class ItemContent(Base):
    """A kind of thing a found item holds or carries: the ID card in a wallet.

    A row per kind, with the item's `found_on` copied, so that "my ID card" finds the wallet
    with one range scan on (kind, found_on), as the item's own kind is found.
    """

    __tablename__ = "item_contents"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("found_items.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(60), primary_key=True)
    found_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_item_contents_kind_found_on", "kind", "found_on"),)


class LossReport(Base):
    """A caller's declaration of something lost, kept until it expires.

    `callback_number` and `email` are personal data: they are erased by the purge once
    the report is closed or past retention. `call_sid` makes a report written from
    the phone line idempotent when Twilio retries a webhook.
    """

    __tablename__ = "loss_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    lost_on: Mapped[date | None] = mapped_column(Date)
    lost_at: Mapped[str | None] = mapped_column(String(200))
    callback_number: Mapped[str | None] = mapped_column(String(32))
    # Where it was declared: "phone" (the line or a clerk) or "web" (/declare).
    source: Mapped[str] = mapped_column(String(8), default="phone", server_default="phone")
    email: Mapped[str | None] = mapped_column(String(254))  # personal data, as the number
    category: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(60))
    colors: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=ReportStatus.OPEN.value)
    call_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_on: Mapped[date] = mapped_column(Date, index=True)

    __table_args__ = (Index("ix_loss_reports_category_status", "category", "status"),)

    def __repr__(self) -> str:
        return f"LossReport(id={self.id!r}, language={self.language!r}, status={self.status!r})"


class ItemAction(enum.StrEnum):
    LOGGED = "logged"
    CLAIMED = "claimed"
    CLAIM_WITHDRAWN = "claim_withdrawn"
    RETURNED = "returned"
    DISPOSED = "disposed"


class ItemEvent(Base):
    """One thing that happened to a found item: its history is these rows, oldest first.

    `actor` is the user's name as text, not a key to the web layer's users
    table: the domain does not know about accounts, and the history must stay
    readable after an account is removed. `details` holds what the action
    needs remembered (who collected the item, the ID document checked, ...).
    """

    __tablename__ = "item_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("found_items.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str | None] = mapped_column(String(80))
    happened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    details: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    def __repr__(self) -> str:
        return f"ItemEvent(item_id={self.item_id!r}, action={self.action!r}, actor={self.actor!r})"


class MatchStatus(enum.StrEnum):
    PENDING = "pending"  # a weaker match: waits for a clerk to confirm before any message
    QUEUED = "queued"  # strong, or confirmed by a clerk: a text message is to be sent
    NOTIFIED = "notified"  # the caller was sent a text message
    NOT_SENT = "not_sent"  # no message may be sent (the number texted STOP)
    REJECTED = "rejected"  # a clerk said it is not the caller's item


class ReportMatch(Base):
    """A found item that may be what a loss report describes."""

    __tablename__ = "report_matches"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("loss_reports.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("found_items.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float] = mapped_column()
    status: Mapped[str] = mapped_column(String(20))
    message_sid: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(80))
    # Set while one worker sends the text, so that no other sends it too (see claim_message).
    sending_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # When the owner was told by e-mail too (web reports may give an address): once a match.
    emailed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("report_id", "item_id"),)

    def __repr__(self) -> str:
        return f"ReportMatch(report={self.report_id!r}, item={self.item_id!r}, {self.status!r})"


class TextOptOut(Base):
    """A phone number that texted STOP: it gets no more messages until it texts START."""

    __tablename__ = "text_opt_outs"

    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ItemText(Base):
    """A text message a caller asked for, about one found item ("text me this").

    An outbox, as matches are: queued when asked, sent after the answer has gone out, and
    by `flask notify` when Twilio could not take it then. One per item per call: pressing 3
    twice, or Twilio retrying the webhook, sends it once. `to_number` is personal data,
    purged with what the call said.
    """

    __tablename__ = "item_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_sid: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[int] = mapped_column(ForeignKey("found_items.id", ondelete="CASCADE"))
    to_number: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(20), default=MatchStatus.QUEUED.value)
    message_sid: Mapped[str | None] = mapped_column(String(64))
    sending_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        UniqueConstraint("call_sid", "item_id"),
        Index("ix_item_texts_status", "status"),
    )

    def __repr__(self) -> str:
        return f"ItemText(item={self.item_id!r}, {self.status!r})"
