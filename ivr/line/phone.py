"""A telephone for the terminal and for tests: it calls the line as Twilio would.

It signs each request with the auth token as Twilio does, follows the TwiML
the line answers with (Say, Play, Pause, Gather, Redirect, Dial, Enqueue,
Hangup) and waits at each <Gather> for keys or speech. The tests drive calls
through it too, so they follow TwiML exactly as a person at the terminal does.
"""

from __future__ import annotations

import secrets
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin
from xml.etree import ElementTree

from twilio.request_validator import RequestValidator

__all__ = ["CallEnded", "Heard", "Phone", "http_transport"]


# (url, form parameters, headers) -> (HTTP status, body)
Transport = Callable[[str, dict[str, str], dict[str, str]], tuple[int, str]]


def http_transport(url: str, params: dict[str, str], headers: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(
        url, data=urlencode(params).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@dataclass(frozen=True)
class Heard:
    """One thing the caller experienced: a sentence, a pause, a transfer, the end."""

    verb: str  # say, play, pause, dial, enqueue, hangup, error
    text: str = ""
    language: str = ""
    voice: str = ""


class CallEnded(RuntimeError):
    """Keys or speech sent after the line hung up."""


@dataclass
class _Queue:
    name: str
    wait_url: str
    action: str
    waited: int = 0  # seconds, as Twilio reports QueueTime


@dataclass
class _Gather:
    action: str
    method: str
    inputs: set[str]
    num_digits: int | None
    finish_on_key: str
    language: str
    hints: str
    rest: list[ElementTree.Element]  # verbs after the Gather, run when the caller says nothing


@dataclass
class Phone:
    """One call to the line at `base_url` (for example http://127.0.0.1:5000)."""

    base_url: str
    auth_token: str
    transport: Transport = http_transport
    caller: str = "+33612345678"
    called: str = "+33140000000"
    call_sid: str = field(default_factory=lambda: "CA" + secrets.token_hex(16))
    heard: list[Heard] = field(default_factory=list)
    requests: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    gather: _Gather | None = None
    queue: _Queue | None = None
    ended: bool = False
    # What happens when the line dials someone: a DialCallStatus posted to the Dial's
    # action, or None to stay connected (the person is talking).
    dial_outcome: str | None = "no-answer"
    queue_position: int = 1
    dialling: tuple[str, str] | None = None  # (action URL, method) of a Dial still connected
    # Where Twilio reports the end of the call (the number's "Call status changes" setting).
    status_callback: str | None = "/ivr/status"

    # --- what the caller does -------------------------------------------------------------

    def dial(self, path: str = "/ivr/incoming") -> list[Heard]:
        """Place the call; returns what is heard up to the first question."""
        return self._listen(lambda: self._fetch(urljoin(self.base_url, path), {}))

    def press(self, keys: str) -> list[Heard]:
        gather = self._waiting("dtmf")
        if gather.finish_on_key and gather.finish_on_key in keys:
            keys = keys[: keys.index(gather.finish_on_key)]
        elif gather.num_digits:
            keys = keys[: gather.num_digits]
        return self._listen(lambda: self._fetch(gather.action, {"Digits": keys}, gather.method))

    def say(self, words: str, confidence: float = 0.87) -> list[Heard]:
        gather = self._waiting("speech")
        params = {"SpeechResult": words, "Confidence": f"{confidence:.2f}"}
        return self._listen(lambda: self._fetch(gather.action, params, gather.method))

    def stay_silent(self) -> list[Heard]:
        """Let the <Gather> time out: Twilio goes on with the verbs after it."""
        gather = self._waiting(None)
        return self._listen(lambda: self._run(gather.rest, gather.action))

    def keep_waiting(self, seconds: int = 30) -> list[Heard]:
        """Stay in the queue: Twilio fetches the wait URL again when its TwiML has run out."""
        queue = self._queued()
        queue.waited += seconds
        return self._listen(lambda: self._fetch(queue.wait_url, self._queue_parameters()))

    def dequeued_to(self, url: str) -> list[Heard]:
        """What Twilio does when the REST API moves this caller out of the queue to `url`."""
        self._queued()
        self.queue = None
        self.gather = None
        return self._listen(lambda: self._fetch(url, {}))

    def end_dial(self, outcome: str = "completed") -> list[Heard]:
        """The dialled person hangs up (or never answered): Twilio posts the Dial's action."""
        if self.dialling is None:
            raise CallEnded("the line is not dialling anyone")
        action, method = self.dialling
        self.dialling = None
        params = {"DialCallStatus": outcome, "DialCallSid": "CA" + secrets.token_hex(16)}
        return self._listen(lambda: self._fetch(action, params, method))

    def hang_up(self) -> None:
        """The caller hangs up; Twilio tells the queue's or the dial's action, then the
        number's status callback (the TwiML they answer is not played to anyone)."""
        if self.ended:
            return
        if self.queue is not None and self.queue.action:
            params = {"QueueResult": "hangup", "QueueTime": str(self.queue.waited)}
            self._fetch(self.queue.action, params, follow=False)
        elif self.dialling is not None:
            action, method = self.dialling
            self._fetch(action, {"DialCallStatus": "completed"}, method, follow=False)
        self.queue, self.dialling, self.gather, self.ended = None, None, None, True
        if self.status_callback:
            callback = urljoin(self.base_url, self.status_callback)
            self._fetch(callback, {"CallStatus": "completed"}, follow=False)

    # --- what the caller hears ------------------------------------------------------------

    @property
    def said(self) -> list[str]:
        return [h.text for h in self.heard if h.verb == "say"]

    def _listen(self, step: Callable[[], None]) -> list[Heard]:
        start = len(self.heard)
        step()
        return self.heard[start:]

    def _queued(self) -> _Queue:
        if self.ended or self.queue is None:
            raise CallEnded("the caller is not waiting in a queue")
        return self.queue

    def _queue_parameters(self) -> dict[str, str]:
        assert self.queue is not None
        return {
            "QueuePosition": str(self.queue_position),
            "QueueTime": str(self.queue.waited),
            "AvgQueueTime": str(self.queue.waited),
            "CurrentQueueSize": str(self.queue_position),
            "QueueSid": "QU" + "0" * 32,
        }

    def _waiting(self, needed: str | None) -> _Gather:
        if self.ended or self.gather is None:
            raise CallEnded("the line is not waiting for input")
        gather = self.gather
        if needed and needed not in gather.inputs:
            raise ValueError(
                f"this question takes {', '.join(sorted(gather.inputs))}, not {needed}"
            )
        self.gather = None
        return gather

    # --- being Twilio ---------------------------------------------------------------------

    def _parameters(self) -> dict[str, str]:
        return {
            "AccountSid": "AC" + "0" * 32,
            "ApiVersion": "2010-04-01",
            "CallSid": self.call_sid,
            "CallStatus": "in-progress",
            "Called": self.called,
            "Caller": self.caller,
            "Direction": "inbound",
            "From": self.caller,
            "To": self.called,
        }

    def _fetch(
        self, url: str, extra: dict[str, str], method: str = "POST", *, follow: bool = True
    ) -> None:
        params = {**self._parameters(), **extra}
        signature = RequestValidator(self.auth_token).compute_signature(url, params)
        headers = {
            "X-Twilio-Signature": signature,
            "Content-Type": "application/x-www-form-urlencoded",
            "User-Agent": "TwilioProxy/1.1",
        }
        status, body = self.transport(url, params, headers)
        self.requests.append((url, params, status))
        if not follow:
            return
        if status != 200:
            self.heard.append(Heard("error", f"HTTP {status}: an application error has occurred"))
            self.ended = True
            return
        try:
            document = ElementTree.fromstring(body)
        except ElementTree.ParseError:
            self.heard.append(Heard("error", "the answer is not TwiML"))
            self.ended = True
            return
        self._run(list(document), url)

    def _run(self, verbs: list[ElementTree.Element], url: str) -> None:
        for position, verb in enumerate(verbs):
            if verb.tag in ("Say", "Play", "Pause"):
                self._hear(verb)
            elif verb.tag == "Gather":
                for child in verb:
                    self._hear(child)
                self.gather = _Gather(
                    action=urljoin(url, verb.get("action", url)),
                    method=verb.get("method", "POST"),
                    inputs=set(verb.get("input", "dtmf").split()),
                    num_digits=int(verb.get("numDigits")) if verb.get("numDigits") else None,
                    finish_on_key=verb.get("finishOnKey", "#"),
                    language=verb.get("language", ""),
                    hints=verb.get("hints", ""),
                    rest=verbs[position + 1 :],
                )
                return
            elif verb.tag == "Redirect":
                self._fetch(urljoin(url, (verb.text or "").strip()), {}, verb.get("method", "POST"))
                return
            elif verb.tag == "Dial":
                self._dial(verb, url)
                return
            elif verb.tag == "Enqueue":
                self._enqueue(verb, url)
                return
            elif verb.tag == "Leave":
                self._leave()
                return
            elif verb.tag in ("Hangup", "Reject"):
                self._end()
                return
        if self.queue is None:
            self._end()
        # In a queue, the wait TwiML running out means waiting on, until keep_waiting().

    def _hear(self, verb: ElementTree.Element) -> None:
        if verb.tag == "Say":
            text = verb.text or ""
            self.heard.append(Heard("say", text, verb.get("language", ""), verb.get("voice", "")))
        elif verb.tag in ("Play", "Pause"):
            self.heard.append(Heard(verb.tag.lower(), verb.text or verb.get("length", "")))

    def _end(self) -> None:
        self.heard.append(Heard("hangup"))
        self.ended = True
        self.queue = None

    def _enqueue(self, verb: ElementTree.Element, url: str) -> None:
        name = (verb.text or "").strip()
        self.heard.append(Heard("enqueue", name))
        self.queue = _Queue(
            name=name,
            wait_url=urljoin(url, verb.get("waitUrl", "")),
            action=urljoin(url, verb.get("action", "")) if verb.get("action") else "",
        )
        self._fetch(self.queue.wait_url, self._queue_parameters())

    def _leave(self) -> None:
        queue = self._queued()
        self.queue = None
        self.heard.append(Heard("leave", queue.name))
        if queue.action:
            self._fetch(queue.action, {"QueueResult": "leave", "QueueTime": str(queue.waited)})
        else:
            self._end()

    def _dial(self, verb: ElementTree.Element, url: str) -> None:
        target = (verb.text or "").strip() or " ".join((child.text or "").strip() for child in verb)
        self.heard.append(Heard("dial", target))
        if self.dial_outcome is None and verb.get("action"):
            # Connected: the conversation goes on until end_dial().
            self.dialling = (urljoin(url, verb.get("action")), verb.get("method", "POST"))
            return
        if verb.get("action"):
            outcome = {
                "DialCallStatus": self.dial_outcome,
                "DialCallSid": "CA" + secrets.token_hex(16),
            }
            self._fetch(urljoin(url, verb.get("action")), outcome, verb.get("method", "POST"))
        else:
            self._end()
