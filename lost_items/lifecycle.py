"""An item's life after it is logged: claimed, returned to its owner, or disposed of.

Every change of status is also an `ItemEvent` row (what, who, when, details),
so an item's history can be shown and audited. Status changes are a guarded
UPDATE (`... WHERE status IN (allowed)`), so two clerks acting on the same
item at once cannot both succeed: the second is told what happened instead.
Like the rest of the domain, nothing here commits.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from lost_items.items import FoundItemDraft, log_found_item
from lost_items.models import FoundItem, ItemAction, ItemEvent, ItemStatus, ValueBand, utcnow
from lost_items.validation import ValidationError, Validator

__all__ = [
    "ACTION_LABELS",
    "DETAIL_LABELS",
    "STATUS_LABELS",
    "Retention",
    "TransitionRefused",
    "allowed_actions",
    "claim",
    "count_due_for_disposal",
    "dispose",
    "dispose_due",
    "due_for_disposal",
    "history",
    "log_item",
    "return_item",
    "withdraw_claim",
]

STATUS_LABELS = {
    ItemStatus.IN_STORAGE: "in storage",
    ItemStatus.CLAIMED: "claimed",
    ItemStatus.RETURNED: "returned",
    ItemStatus.DISPOSED: "disposed",
}
ACTION_LABELS = {
    ItemAction.LOGGED: "Logged",
    ItemAction.CLAIMED: "Claimed",
    ItemAction.CLAIM_WITHDRAWN: "Claim withdrawn",
    ItemAction.RETURNED: "Returned",
    ItemAction.DISPOSED: "Disposed",
}
DETAIL_LABELS = {
    "claimant": "Claimant",
    "collected_by": "Collected by",
    "id_document": "ID document checked",
    "reason": "Why",
    "note": "Note",
    "personal_data": "Personal details",  # erased by `flask purge` (lost_items.retention)
}

# action: (the statuses it may start from, the status it leads to)
_TRANSITIONS: dict[ItemAction, tuple[frozenset[ItemStatus], ItemStatus]] = {
    ItemAction.CLAIMED: (frozenset({ItemStatus.IN_STORAGE}), ItemStatus.CLAIMED),
    ItemAction.CLAIM_WITHDRAWN: (frozenset({ItemStatus.CLAIMED}), ItemStatus.IN_STORAGE),
    # An owner may walk in with their ID before anyone recorded a claim.
    ItemAction.RETURNED: (
        frozenset({ItemStatus.IN_STORAGE, ItemStatus.CLAIMED}),
        ItemStatus.RETURNED,
    ),
    # A claimed item waits for its owner; only unclaimed items are disposed of.
    ItemAction.DISPOSED: (frozenset({ItemStatus.IN_STORAGE}), ItemStatus.DISPOSED),
}


class TransitionRefused(ValueError):
    """The item's status does not allow this action (someone may have just acted on it)."""


@dataclass(frozen=True)
class Retention:
    """How many days items are kept, per value band, counted from the day they were found."""

    low_value_days: int
    high_value_days: int

    def days(self, band: str) -> int:
        # An unknown band is kept as long as the most valuable: disposing is not undone.
        return self.low_value_days if band == ValueBand.LOW else self.high_value_days

    def keep_until(self, item: FoundItem) -> date:
        return item.found_on + timedelta(days=self.days(item.value_band))

    def is_due(self, item: FoundItem, *, today: date) -> bool:
        return item.status == ItemStatus.IN_STORAGE and self.keep_until(item) <= today

    def due_clause(self, today: date) -> ColumnElement[bool]:
        """SQL for "in storage and past its band's retention" (keep_until <= today)."""
        low_cutoff = today - timedelta(days=self.low_value_days)
        high_cutoff = today - timedelta(days=self.high_value_days)
        return and_(
            FoundItem.status == ItemStatus.IN_STORAGE.value,
            or_(
                and_(FoundItem.value_band == ValueBand.LOW.value, FoundItem.found_on <= low_cutoff),
                and_(
                    FoundItem.value_band != ValueBand.LOW.value, FoundItem.found_on <= high_cutoff
                ),
            ),
        )


def log_item(session: Session, draft: FoundItemDraft, *, actor: str | None) -> FoundItem:
    """Log an item handed in at the counter, and start its history with who logged it."""
    if draft.value_band not in set(ValueBand):  # a draft made in code, not by validation
        raise ValidationError({"value_band": "must be low or high"})
    item = log_found_item(session, draft)
    session.add(ItemEvent(item_id=item.id, action=ItemAction.LOGGED.value, actor=actor))
    session.flush()
    return item


def claim(session: Session, item: FoundItem, form: Mapping[str, Any], *, actor: str) -> ItemEvent:
    """Someone has come forward as the owner; the item waits for them to collect it."""
    check = Validator(form)
    claimant = check.text("claimant", max_length=120)
    note = check.text("note", max_length=500, required=False)
    check.raise_if_invalid()
    return _change(session, item, ItemAction.CLAIMED, actor, claimant=claimant, note=note)


def withdraw_claim(
    session: Session, item: FoundItem, form: Mapping[str, Any], *, actor: str
) -> ItemEvent:
    """The claimant was not the owner (or never came): the item is back in storage."""
    check = Validator(form)
    reason = check.text("reason", max_length=500)
    check.raise_if_invalid()
    return _change(session, item, ItemAction.CLAIM_WITHDRAWN, actor, reason=reason)


def return_item(
    session: Session, item: FoundItem, form: Mapping[str, Any], *, actor: str
) -> ItemEvent:
    """The owner collected the item: record who, and which ID document was checked."""
    check = Validator(form)
    collected_by = check.text("collected_by", max_length=120)
    id_document = check.text("id_document", max_length=80)
    check.raise_if_invalid()
    return _change(
        session,
        item,
        ItemAction.RETURNED,
        actor,
        collected_by=collected_by,
        id_document=id_document,
    )


def dispose(
    session: Session,
    item: FoundItem,
    form: Mapping[str, Any],
    *,
    actor: str,
    retention: Retention,
    today: date,
) -> ItemEvent:
    """Dispose of one item whose retention is over; earlier than that is refused."""
    check = Validator(form)
    note = check.text("note", max_length=500, required=False)
    check.raise_if_invalid()
    if item.status == ItemStatus.IN_STORAGE and not retention.is_due(item, today=today):
        until = retention.keep_until(item).isoformat()
        raise TransitionRefused(f"This item must be kept until {until}.")
    return _change(session, item, ItemAction.DISPOSED, actor, note=note)


def dispose_due(
    session: Session,
    item_ids: Collection[int],
    *,
    actor: str,
    retention: Retention,
    today: date,
) -> int:
    """Dispose of those of these items that are due; returns how many were disposed of.

    Items that are no longer due (claimed meanwhile, say) are left alone.
    """
    due = session.scalars(
        select(FoundItem).where(FoundItem.id.in_(item_ids), retention.due_clause(today))
    ).all()
    disposed = 0
    for item in due:
        try:
            _change(session, item, ItemAction.DISPOSED, actor)
        except TransitionRefused:
            continue
        disposed += 1
    return disposed


def due_for_disposal(
    session: Session, *, retention: Retention, today: date, offset: int = 0, limit: int = 50
) -> list[FoundItem]:
    """Items past their retention, the longest overdue first."""
    query = (
        select(FoundItem)
        .where(retention.due_clause(today))
        .order_by(FoundItem.found_on, FoundItem.id)
        .offset(offset)
        .limit(limit)
    )
    return list(session.scalars(query))


def count_due_for_disposal(session: Session, *, retention: Retention, today: date) -> int:
    query = select(func.count()).select_from(FoundItem).where(retention.due_clause(today))
    return session.scalar(query) or 0


def history(session: Session, item: FoundItem) -> list[ItemEvent]:
    """What happened to the item, oldest first.

    Items logged through the API or a CSV import have no "logged" row (nobody
    to name, and bulk loads stay fast): one is made up from the item's own
    creation time so every history starts at the beginning.
    """
    events = list(
        session.scalars(
            select(ItemEvent)
            .where(ItemEvent.item_id == item.id)
            .order_by(ItemEvent.happened_at, ItemEvent.id)
        )
    )
    if not events or events[0].action != ItemAction.LOGGED:
        logged = ItemEvent(action=ItemAction.LOGGED.value, happened_at=item.created_at, details={})
        events.insert(0, logged)
    return events


def allowed_actions(item: FoundItem) -> list[ItemAction]:
    """What may be done to the item now, in the order a clerk would consider it."""
    return [action for action, (sources, _) in _TRANSITIONS.items() if item.status in sources]


def _change(
    session: Session, item: FoundItem, action: ItemAction, actor: str, **details: str | None
) -> ItemEvent:
    sources, target = _TRANSITIONS[action]
    changed = session.execute(
        update(FoundItem)
        .where(FoundItem.id == item.id, FoundItem.status.in_([s.value for s in sources]))
        .values(status=target.value)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(item)
        status = STATUS_LABELS.get(ItemStatus(item.status), item.status)
        raise TransitionRefused(
            f"This item is {status}: it cannot be marked {ACTION_LABELS[action].lower()}."
        )
    set_committed_value(item, "status", target.value)  # the UPDATE above already wrote it
    event = ItemEvent(
        item_id=item.id,
        action=action.value,
        actor=actor,
        happened_at=utcnow(),
        details={name: value for name, value in details.items() if value},
    )
    session.add(event)
    session.flush()
    return event
