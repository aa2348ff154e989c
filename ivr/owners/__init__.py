"""The owners' pages: declare a loss on the web (/declare), follow it (/declare/status).

Public: no login. In the owner's language, chosen by `?lang=` (kept for the visit), else
the browser's Accept-Language, else the office's. Forms check their own CSRF token, and each
address may declare or look up a few times an hour (`ivr.owners.throttle`).
"""

from __future__ import annotations

from flask import Blueprint, render_template, request, session
from werkzeug.exceptions import HTTPException

from ivr import i18n, pages, wording

bp = Blueprint("owners", __name__, url_prefix="/declare")
LANGUAGE_PARAMETER = "lang"  # as in the links the texts and the phone line give owners


@bp.before_request
def choose_language() -> None:
    """`?lang=xx` sets the pages' language for the rest of the visit."""
    asked = request.args.get(LANGUAGE_PARAMETER, "")
    if asked in i18n.LANGUAGES:
        session[i18n._SESSION_KEY] = asked


pages.html_pages(bp)  # the security headers; the error pages are the owners' own (below)


@bp.errorhandler(HTTPException)
def owners_error_page(error: HTTPException) -> tuple[str, int, list[tuple[str, str]]]:
    """A refusal (429, a bot's 400) in the owners' layout, without the staff's links."""
    code = error.code or 500
    headers = [(name, value) for name, value in error.get_headers() if name != "Content-Type"]
    title = wording.ERROR_TITLES.get(code, error.name)
    default = error.description == type(error).description  # Werkzeug's, in English
    message = wording.ERROR_DEFAULTS.get(code, title) if default else error.description
    return render_template("owners/error.html", title=title, message=message), code, headers


from ivr.owners import declare, status  # noqa: E402, F401  (they add routes)
