"""The one way out to Twilio's REST API: dequeue callers to agents, call callers back,
send text messages.

The base URL is a setting (TWILIO_API_BASE_URL) so tests and demos can point it at a
local stand-in of Twilio's API; nothing else in the code talks to Twilio directly.
"""

from __future__ import annotations

import base64
import json
import logging
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote, urlencode

from flask import Flask, current_app

log = logging.getLogger(__name__)

__all__ = ["TwilioError", "TwilioGateway", "gateway"]


class TwilioError(RuntimeError):
    """Twilio (or the way to it) refused or failed a request.

    `permanent`: Twilio refused this very request (HTTP 4xx but 429: an invalid or
    unsubscribed number, say); trying it again cannot help.
    """

    def __init__(self, message: str, *, status: int = 0) -> None:
        super().__init__(message)
        self.status = status  # Twilio's HTTP status, 0 if it gave none

    @property
    def permanent(self) -> bool:
        return 400 <= self.status < 500 and self.status != 429


class TwilioGateway:
    def __init__(
        self, base_url: str, account_sid: str, auth_token: str, timeout: float = 5
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.account_sid = account_sid
        self._auth = base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
        self.timeout = timeout
        self._queue_sids: dict[str, str] = {}

    def _request(self, method: str, path: str, params: dict[str, str] | None = None) -> Any:
        url = f"{self.base_url}/2010-04-01/Accounts/{quote(self.account_sid)}{path}"
        data = urlencode(params).encode() if params is not None and method == "POST" else None
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", f"Basic {self._auth}")
        request.add_header("Accept", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                return json.loads(answer.read() or b"{}")
        except urllib.error.HTTPError as error:
            raise TwilioError(f"{method} {path}: HTTP {error.code}", status=error.code) from error
        except (OSError, ValueError) as error:
            raise TwilioError(f"{method} {path}: {error}") from error

    def queue_sid(self, name: str) -> str:
        """The SID of the queue `<Enqueue>` created under this name."""
        if name not in self._queue_sids:
            path = "/Queues.json?PageSize=1000"
            while path:
                page = self._request("GET", path)
                for queue in page.get("queues", []):
                    self._queue_sids[queue["friendly_name"]] = queue["sid"]
                next_page = page.get("next_page_uri")
                path = next_page.split(quote(self.account_sid), 1)[1] if next_page else ""
        if name not in self._queue_sids:
            raise TwilioError(f"no queue named {name}")
        return self._queue_sids[name]

    def dequeue(self, queue_name: str, call_sid: str, url: str) -> None:
        """Take a waiting caller out of the queue to the TwiML at `url`."""
        sid = self.queue_sid(queue_name)
        self._request(
            "POST", f"/Queues/{sid}/Members/{quote(call_sid)}.json", {"Url": url, "Method": "POST"}
        )

    def call_status(self, call_sid: str) -> str:
        """Where a call stands: queued, ringing, in-progress, or over (completed, busy, ...)."""
        return str(self._request("GET", f"/Calls/{quote(call_sid)}.json").get("status", ""))

    def create_call(self, *, to: str, from_: str, url: str, status_callback: str) -> str:
        """Call `to` from the line's number; Twilio fetches `url` when they answer, and
        tells `status_callback` when the call ends. The new call's CallSid."""
        params = {
            "To": to,
            "From": from_,
            "Url": url,
            "Method": "POST",
            "StatusCallback": status_callback,
            "StatusCallbackMethod": "POST",
        }
        return str(self._request("POST", "/Calls.json", params).get("sid", ""))

    def send_sms(self, *, to: str, from_: str, body: str) -> str:
        message = self._request("POST", "/Messages.json", {"To": to, "From": from_, "Body": body})
        return str(message.get("sid", ""))


def gateway(app: Flask | None = None) -> TwilioGateway:
    return (app or current_app).extensions["twilio_gateway"]


def init_app(app: Flask) -> None:
    config = app.config
    app.extensions["twilio_gateway"] = TwilioGateway(
        config["TWILIO_API_BASE_URL"], config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"]
    )
