"""Twilio's voice webhooks: read the request, use the domain, answer with TwiML.

Every request must carry a valid Twilio signature (403 otherwise). Whatever
goes wrong after that, the caller hears an apology in their language, never
Twilio's "application error".
"""

from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.exceptions import HTTPException, abort

from ivr.line.signature import is_from_twilio

bp = Blueprint("ivr", __name__, url_prefix="/ivr")
log = logging.getLogger(__name__)


@bp.before_request
def require_twilio_signature() -> None:
    config = current_app.config
    if not is_from_twilio(request, config["TWILIO_AUTH_TOKEN"], config["PUBLIC_BASE_URL"]):
        abort(403)


@bp.errorhandler(Exception)
def apologise(error: Exception) -> Response | HTTPException:
    """Any failure becomes a spoken apology with the opening hours, then a transfer."""
    if isinstance(error, HTTPException) and error.code in (403, 404, 405, 413):
        return error
    log.exception("webhook %s failed", request.path)
    from ivr.db import forget_session
    from ivr.webhooks.fallback import answer_failure

    forget_session()
    if request.endpoint == "ivr.incoming_text":  # a text message: nobody on the line to hear us
        return Response(str(MessagingResponse()), mimetype="text/xml")
    return answer_failure(error)  # sorry, the opening hours, and a transfer to FALLBACK_NUMBER


from ivr.webhooks import (  # noqa: E402, F401  (they add routes)
    agents,
    callbacks,
    fallback,
    loss_reports,
    references,
    self_service,
)
