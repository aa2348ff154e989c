"""A stand-in for Twilio's REST API on 127.0.0.1, recording what it receives.

Twilio cannot be reached from the tests, so this stands at the network boundary: the
app's gateway sends it real HTTP requests with Basic auth, and tests read what came.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Received:
    method: str
    path: str
    form: dict[str, str]
    account_sid: str
    auth_token: str


@dataclass
class TwilioStandIn:
    queues: dict[str, str] = field(default_factory=dict)  # friendly name -> QueueSid
    received: list[Received] = field(default_factory=list)
    fail_members: bool = False  # answer member updates with 404, as for a caller who hung up
    members_down: bool = False  # answer member updates with 503, as Twilio on a bad day
    fail_messages: bool = False  # answer texts with 500, as Twilio does on a bad day
    refuse_messages: bool = False  # answer texts with 400, as for an invalid number
    message_delay: float = 0.0  # seconds Twilio takes to accept a text
    calls: dict[str, str] = field(default_factory=dict)  # CallSid -> status; others unknown
    calls_down: bool = False  # answer call look-ups with 503
    max_page_size: int = 1000  # Twilio's own cap on PageSize; lower it to make lists page
    refuse_new_calls: bool = False  # answer call creations with 400, as for an invalid number
    new_calls_down: bool = False  # answer call creations with 503
    url: str = ""

    def start(self) -> TwilioStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _record(self, method: str) -> Received:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                form = {key: values[-1] for key, values in parse_qs(body).items()}
                auth = self.headers.get("Authorization", "").removeprefix("Basic ")
                sid, _, token = base64.b64decode(auth or "Og==").decode().partition(":")
                received = Received(method, self.path, form, sid, token)
                standin.received.append(received)
                return received

            def _answer(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._record("GET")
                path = urlsplit(self.path).path
                call = re.search(r"/Calls/(CA\w+)\.json$", path)
                if call and standin.calls_down:
                    self._answer(503, {"code": 20503, "message": "service unavailable"})
                elif call and call.group(1) in standin.calls:
                    self._answer(
                        200, {"sid": call.group(1), "status": standin.calls[call.group(1)]}
                    )
                elif path.endswith("/Queues.json"):
                    queues = [
                        {"sid": sid, "friendly_name": name} for name, sid in standin.queues.items()
                    ]
                    self._answer(200, standin.page_of(queues, "queues", self.path))
                else:
                    self._answer(404, {"code": 20404, "message": "not found"})

            def do_POST(self) -> None:
                received = self._record("POST")
                path = urlsplit(self.path).path
                member = re.search(r"/Queues/(QU\w+)/Members/(CA\w+)\.json$", path)
                if member and standin.members_down:
                    self._answer(503, {"code": 20503, "message": "service unavailable"})
                elif member and not standin.fail_members:
                    self._answer(200, {"call_sid": member.group(2), "queue_sid": member.group(1)})
                elif path.endswith("/Calls.json") and standin.new_calls_down:
                    self._answer(503, {"code": 20503, "message": "service unavailable"})
                elif path.endswith("/Calls.json") and standin.refuse_new_calls:
                    self._answer(400, {"code": 21211, "message": "invalid 'To' phone number"})
                elif path.endswith("/Calls.json"):
                    sid = "CA" + secrets.token_hex(16)
                    standin.calls[sid] = "queued"
                    self._answer(
                        201, {"sid": sid, "to": received.form.get("To"), "status": "queued"}
                    )
                elif path.endswith("/Messages.json") and standin.fail_messages:
                    self._answer(500, {"code": 20500, "message": "internal server error"})
                elif path.endswith("/Messages.json") and standin.refuse_messages:
                    self._answer(400, {"code": 21211, "message": "invalid 'To' phone number"})
                elif path.endswith("/Messages.json"):
                    time.sleep(standin.message_delay)
                    sid = "SM" + secrets.token_hex(16)
                    self._answer(
                        201, {"sid": sid, "to": received.form.get("To"), "status": "queued"}
                    )
                else:
                    self._answer(404, {"code": 20404, "message": "not found"})

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def page_of(self, records: list[dict], key: str, url: str) -> dict:
        """One page of a list, as Twilio pages it: PageSize (capped), Page, and the URI of
        the next page while there is one."""
        path, _, query = url.partition("?")
        asked = {name: values[-1] for name, values in parse_qs(query).items()}
        size = max(1, min(int(asked.get("PageSize", 50)), self.max_page_size))
        number = int(asked.get("Page", 0))
        page = records[number * size : (number + 1) * size]
        more = (number + 1) * size < len(records)
        token = f"PT{number + 1:032x}"
        following = f"{path}?PageSize={size}&Page={number + 1}&PageToken={token}"
        return {
            key: page,
            "page": number,
            "page_size": size,
            "next_page_uri": following if more else None,
        }

    def queue_lists(self) -> list[Received]:
        return [r for r in self.received if r.method == "GET" and "/Queues.json" in r.path]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def member_updates(self) -> list[Received]:
        return [r for r in self.received if r.method == "POST" and "/Members/" in r.path]

    def call_lookups(self) -> list[Received]:
        return [r for r in self.received if r.method == "GET" and "/Calls/" in r.path]

    def new_calls(self) -> list[Received]:
        """The calls the line asked Twilio to place (callbacks)."""
        return [r for r in self.received if r.method == "POST" and r.path.endswith("/Calls.json")]

    def messages(self) -> list[Received]:
        return [
            r for r in self.received if r.method == "POST" and r.path.endswith("/Messages.json")
        ]
