"""How often one address (or one texting number) may use the owners' doors: declarations
and status look-ups per address, answers per texting number, each counted per hour.

Counted in the database, like the logins' failures (`ivr/throttle.py`), so every gunicorn
worker sees the same count and a restart forgets nothing; its own table, since the
logins' purge of old rows keeps a shorter window than these. Only a hash of the address or
number is stored.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import DateTime, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from lost_items.models import Base, utcnow

__all__ = ["OwnerRequest", "count", "forget_old", "too_many"]

WINDOW = timedelta(hours=1)


class OwnerRequest(Base):
    """One declaration, look-up or answered text, kept for the counting window only."""

    __tablename__ = "owner_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # "declare", "status" or "text"
    key: Mapped[str] = mapped_column(String(64), index=True)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def __repr__(self) -> str:
        return f"OwnerRequest(kind={self.kind!r}, key={self.key[:8]!r}..., at={self.made_at!r})"


def _key(kind: str, who: str) -> str:
    return hashlib.sha256(f"{kind}\0{who}".encode()).hexdigest()


def too_many(session: Session, kind: str, who: str, *, now: datetime, limit: int) -> bool:
    """Whether `who` has already made `limit` requests of this kind within the hour."""
    made = session.scalar(
        select(func.count())
        .select_from(OwnerRequest)
        .where(OwnerRequest.key == _key(kind, who), OwnerRequest.made_at > now - WINDOW)
    )
    return (made or 0) >= limit


def count(session: Session, kind: str, who: str, *, now: datetime) -> None:
    """Count one request, and forget this kind's requests older than the hour."""
    session.execute(
        delete(OwnerRequest).where(OwnerRequest.kind == kind, OwnerRequest.made_at <= now - WINDOW)
    )
    session.add(OwnerRequest(kind=kind, key=_key(kind, who), made_at=now))


def forget_old(session: Session, *, now: datetime) -> int:
    """Delete every request older than the window (`flask purge`): a number that texted
    once and never again leaves no trace past the hour."""
    return session.execute(
        delete(OwnerRequest).where(OwnerRequest.made_at <= now - WINDOW)
    ).rowcount
