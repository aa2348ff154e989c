"""The administration pages: users, agents, and the office's address, hours and closures.

Admins only (403 for the other roles). Every change is recorded with who made it and
when (`ivr.audit`) and listed at the foot of its page, so that an office manager does
what needed a shell on the server before.
"""

from __future__ import annotations

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from ivr import pages
from ivr.admin import agents, office, users

__all__ = ["ADMINS", "bp"]

ADMINS = ("admin",)
bp = Blueprint("admin", __name__, url_prefix="/admin")
for part in (users, agents, office):
    bp.register_blueprint(part.bp)
pages.html_pages(bp)

pages.menu_link(
    bp,
    "admin.users.users_page",
    _l("Users"),
    *ADMINS,
    description=_l("Accounts, roles and languages; passwords and API tokens."),
)
pages.menu_link(
    bp,
    "admin.agents.agents_page",
    _l("Agents"),
    *ADMINS,
    description=_l("Who takes calls, in which languages, where their calls ring."),
)
pages.menu_link(
    bp,
    "admin.office.office_page",
    _l("Office"),
    *ADMINS,
    description=_l("Address, opening hours and closures, as callers hear them."),
)
