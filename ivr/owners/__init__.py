"""The owners' pages: declare a loss on the web (/declare), follow it (/declare/status).

Public: no login. In the owner's language, chosen by `?lang=` (kept for the visit), else
the browser's Accept-Language, else the office's. Forms check their own CSRF token, and each
address may declare or look up a few times an hour (`ivr.owners.throttle`).
"""

from __future__ import annotations

from flask import Blueprint, request, session

from ivr import i18n, pages

bp = Blueprint("owners", __name__, url_prefix="/declare")
LANGUAGE_PARAMETER = "lang"  # as in the links the texts and the phone line give owners


@bp.before_request
def choose_language() -> None:
    """`?lang=xx` sets the pages' language for the rest of the visit."""
    asked = request.args.get(LANGUAGE_PARAMETER, "")
    if asked in i18n.LANGUAGES:
        session[i18n._SESSION_KEY] = asked


pages.html_pages(bp)

from ivr.owners import declare, status  # noqa: E402, F401  (they add routes)
