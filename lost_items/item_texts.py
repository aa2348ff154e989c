"""Texts a caller asks for about one found item ("text me this"), as an outbox.

The phone line queues one when the caller presses 3 on a candidate, and answers at once;
the text goes out once the answer has left, and `flask notify` sends any Twilio could not
take then, as it does the texts of matched loss reports. A call gets one text per item.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from lost_items.database import insert_if_absent
from lost_items.models import ItemText, MatchStatus

__all__ = [
    "claim_item_text",
    "finish_item_text",
    "item_texts_to_send",
    "purge_item_texts",
    "queue_item_text",
    "release_item_text",
]


def queue_item_text(
    session: Session, *, call_sid: str, item_id: int, to_number: str, language: str
) -> bool:
    """Queue the text; False when this call already asked for this item (nothing queued)."""
    made = session.execute(
        insert_if_absent(session, ItemText).values(
            call_sid=call_sid,
            item_id=item_id,
            to_number=to_number,
            language=language,
            status=MatchStatus.QUEUED.value,
        )
    )
    return made.rowcount == 1  # type: ignore[attr-defined]


def item_texts_to_send(session: Session, *, limit: int = 100) -> list[ItemText]:
    return list(
        session.scalars(
            select(ItemText)
            .where(ItemText.status == MatchStatus.QUEUED.value)
            .order_by(ItemText.id)
            .limit(limit)
        )
    )


def claim_item_text(session: Session, text: ItemText, *, now: datetime, lease: timedelta) -> bool:
    """Take the sending of a queued text for this worker; False when another has it (a
    conditional update, as for matches). The caller commits."""
    claimed = session.execute(
        update(ItemText)
        .where(ItemText.id == text.id, ItemText.status == MatchStatus.QUEUED.value)
        .where(or_(ItemText.sending_since.is_(None), ItemText.sending_since < now - lease))
        .values(sending_since=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    text.sending_since = now
    return True


def finish_item_text(text: ItemText, *, message_sid: str | None) -> None:
    """The text went out (its Twilio SID), or never will (None: opted out, refused)."""
    text.sending_since = None
    text.status = (MatchStatus.NOTIFIED if message_sid else MatchStatus.NOT_SENT).value
    text.message_sid = message_sid


def release_item_text(text: ItemText) -> None:
    """The send failed for now: the text stays queued for the next try."""
    text.sending_since = None


def purge_item_texts(session: Session, *, before: datetime) -> int:
    """Texts asked for before `before`: the number they went to is the caller's."""
    gone = session.execute(delete(ItemText).where(ItemText.created_at < before))
    return gone.rowcount  # type: ignore[attr-defined]
