"""User accounts and their API tokens (stored only as SHA-256 hashes)."""

from __future__ import annotations

import functools
import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ivr.config import PAGE_LANGUAGES
from ivr.models import NAME_LENGTH, User

ROLES = ("clerk", "agent", "admin")


def _hash(token: str) -> str:
    # Tokens are 256 random bits, so a fast hash is enough: there is nothing to brute-force.
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(
    session: Session, name: str, role: str, *, language: str | None = None
) -> tuple[User, str]:
    """Create a user; returns it with its token, which is shown once and never stored.

    `language`: the pages' language they chose (None: their browser's, else the office's).
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not _possible_name(name):
        raise ValueError(f"a name is 1 to {NAME_LENGTH} printable characters")
    if language is not None and language not in PAGE_LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(PAGE_LANGUAGES)}")
    if _find(session, name) is not None:
        raise ValueError(f"a user named {name!r} already exists")
    token = secrets.token_urlsafe(32)
    user = User(name=name, role=role, token_hash=_hash(token), language=language)
    session.add(user)
    session.flush()
    return user, token


def new_token(session: Session, name: str) -> str:
    """Replace a user's API token (lost, or seen by someone else): the old one stops working."""
    user = _named(session, name)
    token = secrets.token_urlsafe(32)
    user.token_hash = _hash(token)
    return token


def remove_user(session: Session, name: str) -> None:
    """Someone who left: their token and password stop working, their pages log them out."""
    session.delete(_named(session, name))


def set_language(session: Session, name: str, language: str | None) -> User:
    """The pages' language a user chose (None: their browser's, else the office's)."""
    if language is not None and language not in PAGE_LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(PAGE_LANGUAGES)}")
    user = _named(session, name)
    user.language = language
    return user


def find_user(session: Session, name: str) -> User | None:
    """The user of that name, or None."""
    return _find(session, name)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def _possible_name(name: str) -> bool:
    return 0 < len(name) <= NAME_LENGTH and name.isprintable()


def _find(session: Session, name: str) -> User | None:
    """The user of that name; a name no user can have (PostgreSQL refuses a NUL in a query,
    as part of any text) is nobody's, without asking the database."""
    if not _possible_name(name):
        return None
    return session.scalar(select(User).where(User.name == name))


def _named(session: Session, name: str) -> User:
    user = _find(session, name)
    if user is None:
        raise ValueError(f"no user is named {name!r}")
    return user


def user_for_token(session: Session, token: str) -> User | None:
    if not token:
        return None
    return session.scalar(select(User).where(User.token_hash == _hash(token)))


def set_password(session: Session, name: str, password: str) -> User:
    if len(password) < 10:
        raise ValueError("a password needs at least 10 characters")
    user = _named(session, name)
    user.password_hash = generate_password_hash(password)
    return user


def user_for_password(session: Session, name: str, password: str) -> User | None:
    """The user these credentials log in, or None (same answer for a wrong name or password)."""
    user = _find(session, name)
    if user is None or not user.password_hash:
        check_password_hash(_dummy_hash(), password)  # take as long as for a real user
        return None
    return user if check_password_hash(user.password_hash, password) else None


@functools.cache
def _dummy_hash() -> str:
    return generate_password_hash("not a real password")
