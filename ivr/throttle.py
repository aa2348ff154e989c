"""Login rate limiting: after too many failures, a name and address pair must wait.

Kept in the database rather than in the process: production runs several
gunicorn workers (each would count alone, multiplying the allowance) and a
restart would wipe an in-process counter. Keying on the name *and* the
address means an attacker guessing one clerk's password is slowed down, while
a colleague at another desk (or the same clerk from another address) is not
locked out by it.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ivr.models import LoginFailure

__all__ = ["clear_failures", "is_locked_out", "login_key", "record_failure"]


def login_key(name: str, address: str) -> str:
    """What failures are counted under; hashed so no address is stored in clear."""
    return hashlib.sha256(f"{name.strip().lower()}\0{address}".encode()).hexdigest()


def is_locked_out(
    session: Session, key: str, *, now: datetime, max_failures: int, window: timedelta
) -> bool:
    recent = session.scalar(
        select(func.count())
        .select_from(LoginFailure)
        .where(LoginFailure.key == key, LoginFailure.failed_at > now - window)
    )
    return (recent or 0) >= max_failures


def record_failure(session: Session, key: str, *, now: datetime, window: timedelta) -> None:
    """Count one failure, and forget everyone's failures older than the window."""
    session.execute(delete(LoginFailure).where(LoginFailure.failed_at <= now - window))
    session.add(LoginFailure(key=key, failed_at=now))


def clear_failures(session: Session, key: str) -> None:
    """A successful login starts the count again."""
    session.execute(delete(LoginFailure).where(LoginFailure.key == key))
