"""The agents' console: an agent's desk (status, screen pop, queues, search) and the
supervisor's overview (agents on shift, callers waiting, calls per hour).

One blueprint under /console made of a blueprint per page, like the clerks' pages;
the figures come from `board`, the caller's details from `screen_pop`.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ivr import pages
from ivr.console import desk, softphone, supervisor
from ivr.console.context import AGENTS, SUPERVISORS, language_name

__all__ = ["bp"]

bp = Blueprint("console", __name__, url_prefix="/console")
for part in (desk, softphone, supervisor):
    bp.register_blueprint(part.bp)
pages.html_pages(bp)

pages.menu_link(
    bp,
    "console.desk.desk",
    _l("Agent's desk"),
    *AGENTS,
    description=_l("Your status, the caller on the line, the queues, and a search."),
)
pages.menu_link(
    bp,
    "console.supervisor.overview",
    _l("Supervision"),
    *SUPERVISORS,
    description=_l("Agents on shift and callers waiting per language; today's calls by hour."),
)

bp.app_template_filter("language_name")(language_name)


@bp.app_template_filter("wait")
def _wait(waited: timedelta | None) -> str:
    """A wait as people say it: "4 min 05 s", "35 s", or a dash for an empty queue."""
    if waited is None:
        return "—"
    seconds = int(waited.total_seconds())
    if seconds >= 60:
        return _(
            "%(minutes)s min %(seconds)s s", minutes=seconds // 60, seconds=f"{seconds % 60:02d}"
        )
    return _("%(seconds)s s", seconds=seconds)
