"""`make loadtest`: hundreds of simultaneous callers against gunicorn on PostgreSQL.

Runs gunicorn (sync workers, 2 per core plus 1) on a schema of its own in database `test` at
127.0.0.1:5432 (role and schema `loadtest`, so the test suite's tables are never
touched) holding 1,000,000 found items, then drives 200 simultaneous calls from
4 other processes, signed as Twilio signs them (ivr.line.phone.Phone over HTTP):
language, description, search, then an agent (through the queue when all are
busy, moved out of it through a local stand-in of Twilio's REST API) or a loss
report. A tenth of the report calls has its last webhook sent twice, as Twilio
does when it retries; every call ends with Twilio's status callback.

Prints per-step p50/p95/p99 latency and throughput as the callers measured it,
the p99 of the app's own time per step (from its log: the rest is gunicorn's queue,
HTTP and waiting for a core), the errors, and the loss reports written against those
the callers were told were recorded.

It also samples, each second, what the machine's cores did (/proc/stat), the share stolen
by the host among it: this machine is a virtual one, and in a second when the host runs
something else on its cores every request in flight stalls, the app's and the database's
alike. Some of the host's pauses show in no counter: a thread that naps 5 ms at a time
notes each nap that ends 20 ms or more late (the machine stood still, or every core was
taken). A request that ran, even in part, in a second with 10% or more stolen or during
such a pause is "disturbed"; the report counts how many of the slow menu steps were, and
gives each step's p99 without them ("calm p99"), to tell a slower line from a busier host.
The targets are judged on every request all the same.

Callers pace themselves as people on the phone do: before answering, each hears what the
line said (150 words a minute; half of it at least, since a caller who knows the key
presses it before the prompt ends), then takes 1 to 3 seconds (--think); a description
takes as long to say as its words. Sending the next step 2 to 6 seconds after each answer
(--no-listen --think 2,6) makes 200 callers send 3.4 times the requests of 200 people
(115 a second against 34, measured): a stress test of what the machine can take, not of
how a line with 200 calls on it answers.

The first calls begin one by one over 60 seconds (--ramp, about one call's length), as
calls reach a phone line; 200 callers dialling within the same few seconds would reach
the search together, in waves that never happen on a real line. Latencies count the
180 seconds after that (--duration), when all the callers are on the line; errors and
loss reports count over the whole run. Then each call in progress ends.

gunicorn runs at a lower CPU priority than the callers (--server-nice, 5): the callers
stand in for Twilio's own machines, and on one 2-core machine a caller kept waiting
for a core would add its own wait to the line's latency.

The items are kept between runs (made again when the schema's migration head
changes); the calls, reports and agents are reset.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit
from xml.etree import ElementTree

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator

from ivr.db import MIGRATIONS_DIR
from ivr.line.phone import CallEnded, Heard, Phone, http_transport
from lost_items.items import FoundItemDraft, found_item_row
from lost_items.models import FoundItem, LossReport
from tests.benchmarks.crowded import register_generator
from tests.twilio_standin import TwilioStandIn

ROOT = Path(__file__).resolve().parents[2]
ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
LOADTEST_URL = "postgresql+psycopg://loadtest@127.0.0.1:5432/test"
EVAL_SET = ROOT / "tests" / "data" / "matching_eval.json"
# One token for this run, shared with the driver processes (they import this module anew).
AUTH_TOKEN = os.environ.setdefault("LOADTEST_AUTH_TOKEN", "loadtest-" + secrets.token_hex(16))
ACCOUNT_SID = "AC" + "1" * 32  # the stand-in takes any account
METRICS_TOKEN = "loadtest-metrics-" + secrets.token_hex(8)
LANGUAGES = ("fr", "en", "es", "de")  # menu digits 1 to 4
# The steps that search with the caller's words: the main menu hears the description (it
# asks what was lost straight away), the description asked again, the answer to a question.
SEARCH_STEPS = frozenset({"/ivr/menu/choice", "/ivr/describe/heard", "/ivr/question/answer"})
WORDS_PER_SECOND = 2.5  # a voice on the phone, about 150 words a minute
HOLD_SECONDS = (2.0, 6.0)  # in the queue, between looks at whether an agent took the call
FALLBACK_NUMBER = "+33140000099"
TARGETS_MS = {"search": 200.0, "menu": 30.0}


# --- the database -----------------------------------------------------------------------------


def prepare_schema() -> Engine:
    """Role `loadtest` whose tables are in schema `loadtest`: the app needs no change for it."""
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = 'loadtest'"))
        if not exists:
            connection.execute(text("CREATE ROLE loadtest LOGIN"))
        connection.execute(text("CREATE SCHEMA IF NOT EXISTS loadtest AUTHORIZATION loadtest"))
        # public after loadtest: extensions (pg_trgm) live there; the tables are made in loadtest.
        connection.execute(text("ALTER ROLE loadtest SET search_path = loadtest, public"))
        # Alembic must find this schema's version table first, not the test suite's in public.
        connection.execute(
            text(
                "CREATE TABLE IF NOT EXISTS loadtest.alembic_version (version_num VARCHAR(32)"
                " NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
        )
        connection.execute(text("ALTER TABLE loadtest.alembic_version OWNER TO loadtest"))
    admin.dispose()
    engine = create_engine(LOADTEST_URL)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")
    return engine


def item_rows(count: int, *, seed: int, today: date) -> Iterator[dict[str, object]]:
    """Distinct clerk entries, about 450 a day back from today (the crowded set's generator),
    each read as the import reads it: a register no cache holds whole."""
    entries = register_generator()(count, end=today, seed=seed)
    for entry in entries:
        found_on = date.fromisoformat(entry["found_on"])
        draft = FoundItemDraft(entry["description"], found_on, entry["found_at"], entry["language"])
        yield found_item_row(draft)


def load_items(engine: Engine, wanted: int) -> tuple[int, float | None]:
    """Grow found_items to `wanted` rows with PostgreSQL's COPY; (rows, seconds or None).

    Rows made by an older schema (another migration head) are thrown away and made
    again: found_item_row may fill columns the old rows lack.
    """
    with engine.begin() as connection:
        head = connection.scalar(text("SELECT version_num FROM alembic_version"))
        stamp = connection.scalar(text("SELECT obj_description('found_items'::regclass)"))
        if stamp != f"loadtest {head}":
            connection.execute(text("TRUNCATE found_items RESTART IDENTITY CASCADE"))
    with Session(engine) as session:
        have = session.scalar(select(func.count()).select_from(FoundItem)) or 0
    if have >= wanted:
        return have, None
    started = time.perf_counter()
    table = FoundItem.__table__
    now = datetime.now(UTC)
    columns = [column for column in table.columns if column.name != "id"]
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cursor:
            names = ", ".join(column.name for column in columns)
            with cursor.copy(f"COPY found_items ({names}) FROM STDIN") as copy:
                for row in item_rows(wanted - have, seed=17 + have, today=date.today()):
                    copy.write_row([_value(row, column, now) for column in columns])
        raw.commit()
    finally:
        raw.close()
    with engine.begin() as connection:
        # What each item holds, as items.carried_kinds reads it from the stored text.
        connection.execute(
            text(
                "INSERT INTO item_contents (item_id, kind, found_on)"
                " SELECT DISTINCT f.id, t.kind, f.found_on"
                " FROM found_items f, regexp_split_to_table(f.search_text, ' ') AS t(kind)"
                " WHERE t.kind LIKE 'kind:%' AND t.kind IS DISTINCT FROM f.kind"
                " ON CONFLICT DO NOTHING"
            )
        )
        connection.execute(text("ANALYZE found_items"))
        connection.execute(text("ANALYZE item_contents"))
        connection.execute(text(f"COMMENT ON TABLE found_items IS 'loadtest {head}'"))
    return wanted, time.perf_counter() - started


def _value(row: dict[str, object], column, now: datetime) -> object:
    if column.name in row:
        return row[column.name]
    default = column.default
    if default is None:
        return None
    if default.is_callable:
        return now if column.name.endswith("_at") else default.arg(None)
    return default.arg


def reset_calls(engine: Engine, agents: int) -> None:
    """Forget earlier runs' calls, reports and agents; add `agents` per language, available."""
    with engine.begin() as connection:
        tables = "call_states, queued_calls, loss_reports, agents"
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        for language in LANGUAGES:
            for number in range(agents):
                connection.execute(
                    text(
                        "INSERT INTO agents (name, languages, endpoint, status, missed_in_a_row,"
                        " created_at) VALUES (:name, :language, :endpoint, 'available', 0, now())"
                    ),
                    {
                        "name": f"{language}-agent-{number}",
                        "language": language,
                        "endpoint": f"client:{language}-agent-{number}",
                    },
                )


# --- the server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(
    workers: int,
    threads: int,
    twilio_api: str,
    log: Path,
    niceness: int,
    *,
    database_url: str = LOADTEST_URL,
) -> tuple[subprocess.Popen, str]:
    """Sync workers by default: on two cores, threads only add contention (measured)."""
    port = free_port()
    env = {
        **os.environ,
        "APP_ENV": "production",
        "DATABASE_URL": database_url,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "SECRET_KEY": secrets.token_hex(32),
        "TWILIO_API_BASE_URL": twilio_api,
        "METRICS_TOKEN": METRICS_TOKEN,
        "AGENT_WRAP_UP_SECONDS": "2",
        "FALLBACK_NUMBER": FALLBACK_NUMBER,
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # gunicorn.conf.py makes one for this server
    server = subprocess.Popen(
        [
            *(["nice", "-n", str(niceness)] if niceness else []),
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            str(workers),
            "--worker-class",
            "gthread" if threads > 1 else "sync",
            "--threads",
            str(threads),
            "--bind",
            f"127.0.0.1:{port}",
            "--backlog",
            "2048",
            "--timeout",
            "30",
            "wsgi:app",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2)
            return server, url
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("gunicorn did not start: see " + str(log))


# --- the callers ------------------------------------------------------------------------------


@dataclass
class Results:
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Per step: (wall-clock second the request was sent, milliseconds it took).
    latencies: dict[str, list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    errors: list[str] = field(default_factory=list)
    calls: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    reports_expected: set[str] = field(default_factory=set)
    retried: int = 0
    # Wall-clock seconds: only requests sent in between are timed (see the module's doc).
    measured_from: float = 0.0
    measured_until: float = float("inf")

    def __getstate__(self) -> dict[str, object]:  # sent back from a driver process
        state = dict(self.__dict__)
        state.pop("lock")
        state["latencies"], state["outcomes"] = dict(self.latencies), dict(self.outcomes)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state, lock=threading.Lock())

    def merge(self, other: Results) -> None:
        for step, values in other.latencies.items():
            self.latencies[step].extend(values)
        for outcome, count in other.outcomes.items():
            self.outcomes[outcome] += count
        self.errors += other.errors
        self.calls += other.calls
        self.reports_expected |= other.reports_expected
        self.retried += other.retried

    def timed_transport(self):
        def send(url: str, params: dict[str, str], headers: dict[str, str]) -> tuple[int, str]:
            sent_at = time.time()
            measured = self.measured_from <= sent_at < self.measured_until
            started = time.perf_counter()
            try:
                status, body = http_transport(url, params, headers)
            except OSError as error:
                status, body = 599, str(error)
            took = (time.perf_counter() - started) * 1000
            step = urlsplit(url).path
            problem = None
            if status != 200:
                problem = f"{step}: HTTP {status}"
            elif FALLBACK_NUMBER in body:
                problem = f"{step}: the caller heard the apology and was put through to the office"
            else:
                try:
                    ElementTree.fromstring(body)
                except ElementTree.ParseError:
                    problem = f"{step}: not TwiML"
            with self.lock:
                if measured:
                    self.latencies[step].append((sent_at, took))
                if problem:
                    self.errors.append(problem)
            return status, body

        return send


def spoken_seconds(heard: Iterable[Heard]) -> float:
    """How long Twilio takes to say (or play) these to the caller."""
    seconds = 0.0
    for part in heard:
        if part.verb == "say":
            seconds += len(part.text.split()) / WORDS_PER_SECOND
        elif part.verb == "pause":
            seconds += float(part.text or 1)
    return seconds


class Caller:
    """One person phoning again and again until the test's time is up."""

    def __init__(
        self,
        base_url: str,
        results: Results,
        dequeued: Mapping[str, str],
        seed: int,
        *,
        think: tuple[float, float],
        listen: bool,
    ) -> None:
        self.base_url = base_url
        self.results = results
        self.dequeued = dequeued  # CallSid -> the URL the line asked Twilio to move it to
        self.rng = random.Random(seed)
        self.queries = json.loads(EVAL_SET.read_text())["queries"]
        self.think_range = think
        self.listen = listen

    def think(self, heard: Iterable[Heard]) -> None:
        """Before answering: hear the prompt (its first half at least: a caller who knows
        their key presses it before the end), then take a moment to answer."""
        listening = self.rng.uniform(0.5, 1.0) * spoken_seconds(heard) if self.listen else 0.0
        time.sleep(listening + self.rng.uniform(*self.think_range))

    def call(self) -> None:
        transport = self.results.timed_transport()
        phone = Phone(self.base_url, AUTH_TOKEN, transport=transport, dial_outcome="completed")
        query = self.rng.choice(self.queries)
        try:
            self.think(phone.dial())
            # The main menu asks straight away what was lost.
            self.think(phone.press(str(LANGUAGES.index(query["language"]) + 1)))
            if self.listen:  # Twilio sends the words once the caller has said them all
                time.sleep(len(query["text"].split()) / WORDS_PER_SECOND)
            heard = phone.say(query["text"])
            if phone.gather is not None and "/ivr/describe/heard" in phone.gather.action:
                self.think(heard)  # asked what the item is: says it again, as a caller would
                heard = phone.say(query["text"])  # (the line then searches with what it has)
            while phone.gather is not None and "/ivr/question/answer" in phone.gather.action:
                self.think(heard)  # a question that splits lookalikes: this caller does not know
                heard = phone.stay_silent()
            self.think(heard)
            if self.rng.random() < 0.35:
                outcome = self.reach_agent(phone)
            else:
                phone.press("2")  # leave a loss report
                outcome = self.leave_report(phone)
        except CallEnded:
            outcome = "ended early"
        finally:
            self.status_callback(phone, transport)
        with self.results.lock:
            self.results.calls += 1
            self.results.outcomes[outcome] += 1

    def leave_report(self, phone: Phone) -> str:
        self.think(phone.heard[-1:])  # the question about the date, or the callback number
        if phone.gather is not None and "/ivr/report/date/choice" in phone.gather.action:
            self.think(phone.press("2"))  # lost yesterday (not asked when the words said it)
        phone.press("1")  # call back on this number
        if phone.gather is None or "/ivr/report/done/choice" not in phone.gather.action:
            return "report not confirmed"
        with self.results.lock:
            self.results.reports_expected.add(phone.call_sid)
        if self.rng.random() < 0.1:  # Twilio retries the step that wrote the report
            url, params, _ = next(
                r for r in reversed(phone.requests) if "/report/callback/choice" in r[0]
            )
            signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
            phone.transport(url, params, {"X-Twilio-Signature": signature})
            with self.results.lock:
                self.results.retried += 1
        return "loss report"

    def reach_agent(self, phone: Phone) -> str:
        phone.press("0")
        for _ in range(3):
            if phone.ended:
                return "agent"
            if phone.queue is None:
                return "other"
            time.sleep(self.rng.uniform(*HOLD_SECONDS))  # the hold music plays on
            url = self.dequeued.get(phone.call_sid)
            if url:
                phone.dequeued_to(url)
                return "agent after waiting"
            phone.keep_waiting(30)
        if phone.queue is not None:
            return "queue, then hung up"  # tired of waiting
        return "other"

    def status_callback(self, phone: Phone, transport) -> None:
        url = self.base_url + "/ivr/status"
        params = {"CallSid": phone.call_sid, "CallStatus": "completed", "From": phone.caller}
        signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
        transport(url, params, {"X-Twilio-Signature": signature})


def drive(
    base_url: str,
    dequeued: Mapping[str, str],
    *,
    callers: int,
    first_seed: int,
    begin_at: float,
    measured: tuple[float, float],
    think: tuple[float, float],
    listen: bool,
) -> Results:
    """One driver process's share of the callers, each in a thread, until the time is up.

    Wall-clock times, the same in every driver process: the callers begin one by one from
    `begin_at` until `measured` begins, and phone again until it ends."""
    sys.setswitchinterval(0.001)  # a thread whose answer came should not wait long for the GIL
    gc.freeze()  # a full collection here would stop every caller's clock at once
    results = Results(measured_from=measured[0], measured_until=measured[1])

    def run(seed: int) -> None:
        caller = Caller(base_url, results, dequeued, seed, think=think, listen=listen)
        time.sleep(max(0.0, caller.rng.uniform(begin_at, measured[0]) - time.time()))
        while time.time() < results.measured_until:
            try:
                caller.call()
            except Exception as error:  # counted, and the caller phones again
                with results.lock:
                    results.errors.append(f"{type(error).__name__}: {error}")

    seeds = range(first_seed, first_seed + callers)
    threads = [threading.Thread(target=run, args=(seed,), daemon=True) for seed in seeds]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=measured[1] + 120 - time.time())
    return results


def drive_from_processes(
    base_url: str, twilio: TwilioStandIn, *, callers: int, processes: int, **options: Any
) -> Results:
    """Callers spread over several processes, so that one interpreter's lock does not slow
    the callers down and make the line look slower than it is."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        dequeued = manager.dict()
        stop = threading.Event()
        relay = threading.Thread(target=_relay_dequeues, args=(twilio, dequeued, stop))
        relay.start()
        shares = [callers // processes + (n < callers % processes) for n in range(processes)]
        seeds = [sum(shares[:n]) for n in range(processes)]
        try:
            with context.Pool(processes) as pool:
                pending = [
                    pool.apply_async(
                        drive,
                        (base_url, dequeued),
                        {"callers": share, "first_seed": seed, **options},
                    )
                    for share, seed in zip(shares, seeds, strict=True)
                ]
                parts = [result.get() for result in pending]
        finally:
            stop.set()
            relay.join()
    results = Results()
    for part in parts:
        results.merge(part)
    return results


def _relay_dequeues(twilio: TwilioStandIn, dequeued: Any, stop: threading.Event) -> None:
    """What the line asked Twilio's REST API, told to the callers it concerns."""
    seen = 0
    while not stop.wait(0.1):
        received = list(twilio.received)
        for update in received[seen:]:
            if update.method == "POST" and "/Members/" in update.path:
                dequeued[update.path.rsplit("/", 1)[1].removesuffix(".json")] = update.form["Url"]
        seen = len(received)


@dataclass(frozen=True)
class CoreSample:
    """One second (about) of the machine's cores, as shares of their time."""

    start: float  # wall-clock seconds
    end: float
    busy: float
    iowait: float
    stolen: float

    STOLEN_SHARE: ClassVar[float] = 0.10

    @property
    def disturbed(self) -> bool:
        return self.stolen >= self.STOLEN_SHARE


@dataclass(frozen=True)
class Pause:
    """A time the sampler woke up late: the machine stood still, or every core was taken."""

    start: float  # wall-clock seconds
    seconds: float


class CoreSampler(threading.Thread):
    """What the machine's cores did each second (Linux's /proc/stat): busy, waiting for the
    disk, or stolen by the host this virtual machine runs on; and when the machine stood
    still: this thread, which has nothing else to do, naps NAP seconds at a time and notes
    each nap that ends PAUSE_SECONDS or more late. Both stall whatever was running then, app
    and database alike."""

    NAP: ClassVar[float] = 0.005
    PAUSE_SECONDS: ClassVar[float] = 0.020

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[CoreSample] = []
        self.pauses: list[Pause] = []
        self._done = threading.Event()

    @staticmethod
    def _read() -> list[int]:
        with open("/proc/stat") as stat:  # cpu user nice system idle iowait irq softirq steal
            return [int(part) for part in stat.readline().split()[1:9]]

    def _nap_for_a_second(self) -> bool:
        """Sleep about a second in naps, noting the late ones; False once stopped."""
        until = time.monotonic() + 1.0
        while (before := time.monotonic()) < until:
            if self._done.wait(self.NAP):
                return False
            late = time.monotonic() - before - self.NAP
            if late >= self.PAUSE_SECONDS:
                self.pauses.append(Pause(start=time.time() - late, seconds=late))
        return True

    def run(self) -> None:
        try:
            last = self._read()
        except OSError:  # not Linux: no sample, and no second counts as disturbed
            return
        last_at = time.time()
        while self._nap_for_a_second():
            now, now_at = self._read(), time.time()
            spent = [b - a for a, b in zip(last, now, strict=True)]
            total = sum(spent) or 1
            user, nice, system, _idle, iowait, irq, softirq, steal = (n / total for n in spent)
            self.samples.append(
                CoreSample(
                    start=last_at,
                    end=now_at,
                    busy=user + nice + system + irq + softirq,
                    iowait=iowait,
                    stolen=steal,
                )
            )
            last, last_at = now, now_at

    def stop(self) -> None:
        self._done.set()
        self.join()

    def within(self, window: tuple[float, float]) -> list[CoreSample]:
        return [sample for sample in self.samples if window[0] < sample.end <= window[1]]

    def pauses_within(self, window: tuple[float, float]) -> list[Pause]:
        return [pause for pause in self.pauses if window[0] <= pause.start < window[1]]

    def ran_disturbed(self, sent: float, took_ms: float) -> bool:
        """Whether a request sent at `sent` ran, even in part, in a second with much stolen
        or during a pause."""
        ended = sent + took_ms / 1000
        return any(
            sample.disturbed
            for sample in self.samples
            if sample.start < ended and sample.end >= sent
        ) or any(
            pause.start < ended and pause.start + pause.seconds >= sent for pause in self.pauses
        )


# --- the report -------------------------------------------------------------------------------


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def server_times(log: Path, measured: tuple[float, float]) -> dict[str, list[float]]:
    """How long the app itself took per step, from its own log lines (`ms`, see ivr/logs.py):
    the rest of what a caller waits is the server's queue, HTTP and the shared cores.
    Only requests begun in `measured` (wall-clock seconds) count, as for the callers."""
    times: dict[str, list[float]] = defaultdict(list)
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            if "ms" in entry and "path" in entry:
                ended = datetime.fromisoformat(entry["ts"].replace("Z", "+00:00")).timestamp()
                if measured[0] <= ended - entry["ms"] / 1000 < measured[1]:
                    times[entry["path"]].append(entry["ms"])
    return times


def print_report(
    results: Results,
    engine: Engine,
    elapsed: float,
    items: int,
    log: Path,
    measured: tuple[float, float],
    cores: CoreSampler,
) -> bool:
    """`measured`: the wall-clock seconds whose requests were timed."""
    print(
        f"\n{results.calls} calls in {elapsed:.0f} s with {items:,} found items; "
        f"latencies of the {measured[1] - measured[0]:.0f} s with every caller on the line:"
    )
    server = server_times(log, measured)
    seconds = measured[1] - measured[0]
    heads = ("requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "app p99", "calm p99")
    print(f"{'step':<30}" + "".join(f"{head:>9}" for head in heads))
    p99s: dict[str, list[float]] = {"search": [], "menu": []}
    calm_p99s: dict[str, list[float]] = {"search": [], "menu": []}
    for step in sorted(results.latencies):
        timed = results.latencies[step]
        values = [took for _, took in timed]
        calm = [took for sent, took in timed if not cores.ran_disturbed(sent, took)]
        p99, calm_p99 = percentile(values, 99), percentile(calm, 99)
        kind = "search" if step in SEARCH_STEPS else "menu"
        p99s[kind].append(p99)
        calm_p99s[kind].append(calm_p99)
        print(
            f"{step:<30}{len(values):>9}{len(values) / seconds:>9.1f}{percentile(values, 50):>9.1f}"
            f"{percentile(values, 95):>9.1f}{p99:>9.1f}{max(values):>9.1f}"
            f"{percentile(server.get(step, []), 99):>9.1f}{calm_p99:>9.1f}"
        )
    worst = {kind: max(values, default=float("inf")) for kind, values in p99s.items()}
    calm_worst = {kind: max(values, default=float("inf")) for kind, values in calm_p99s.items()}
    total = sum(len(v) for v in results.latencies.values())
    print(f"{'all steps':<30}{total:>9}{total / seconds:>9.1f}")
    print_cores(cores, results, measured)
    print("\noutcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(results.outcomes.items())))
    with Session(engine) as session:
        written = session.scalar(
            select(func.count()).select_from(LossReport).where(LossReport.call_sid.is_not(None))
        )
        distinct = session.scalar(select(func.count(func.distinct(LossReport.call_sid))))
        missing = [
            sid
            for sid in results.reports_expected
            if session.scalar(select(func.count()).where(LossReport.call_sid == sid)) != 1
        ]
    print(
        f"loss reports: {written} written, {len(results.reports_expected)} expected, "
        f"{len(missing)} missing, {written - distinct} duplicated "
        f"({results.retried} report steps sent twice)"
    )
    print(f"errors: {len(results.errors)}")
    for error, count in sorted(_count(results.errors).items(), key=lambda e: -e[1])[:10]:
        print(f"  {count:>5} x {error}")
    verdicts = {
        "zero errors": not results.errors,
        "zero lost reports": not missing and written == len(results.reports_expected),
        f"search p99 < {TARGETS_MS['search']:.0f} ms": worst["search"] < TARGETS_MS["search"],
        f"menu steps p99 < {TARGETS_MS['menu']:.0f} ms": worst["menu"] < TARGETS_MS["menu"],
    }
    print()
    for target, met in verdicts.items():
        print(f"  {'met    ' if met else 'MISSED '} {target}")
    print(
        f"  (undisturbed requests only: search p99 {calm_worst['search']:.1f} ms, worst menu "
        f"step's p99 {calm_worst['menu']:.1f} ms; a figure to compare runs, not a target)"
    )
    return all(verdicts.values())


def print_cores(cores: CoreSampler, results: Results, measured: tuple[float, float]) -> None:
    """How much of the machine the host took, and how many of the slow requests fell then."""
    samples = cores.within(measured)
    if not samples:
        return
    disturbed = sum(sample.disturbed for sample in samples)
    pauses = cores.pauses_within(measured)
    longest = max((pause.seconds for pause in pauses), default=0.0)
    print(
        f"\ncores over the {len(samples)} s timed: busy "
        f"{statistics.fmean(s.busy for s in samples):.0%}, waiting for the disk "
        f"{statistics.fmean(s.iowait for s in samples):.1%}, stolen by the host "
        f"{statistics.fmean(s.stolen for s in samples):.1%} (at most "
        f"{max(s.stolen for s in samples):.0%} in a second, {CoreSample.STOLEN_SHARE:.0%} or "
        f"more in {disturbed} s); pauses of the whole machine of "
        f"{CoreSampler.PAUSE_SECONDS * 1000:.0f} ms or more: {len(pauses)} "
        f"({sum(pause.seconds for pause in pauses):.2f} s in all, the longest "
        f"{longest * 1000:.0f} ms)"
    )
    menu = [
        (sent, took)
        for step, timed in results.latencies.items()
        if step not in SEARCH_STEPS
        for sent, took in timed
    ]
    if menu:
        slow = [(sent, took) for sent, took in menu if took >= TARGETS_MS["menu"]]
        in_disturbed = sum(cores.ran_disturbed(*request) for request in menu) / len(menu)
        print(
            f"menu steps over {TARGETS_MS['menu']:.0f} ms: {len(slow)} of {len(menu)}, "
            f"{sum(cores.ran_disturbed(*request) for request in slow)} of them disturbed (as "
            f"were {in_disturbed:.1%} of all menu steps); calm p99 leaves those out"
        )


def _count(errors: list[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for error in errors:
        counts[error[:120]] += 1
    return counts


def print_metrics(base_url: str) -> None:
    """What /metrics said afterwards: the server's own view, added up over every worker."""
    request = urllib.request.Request(
        base_url + "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        body = answer.read().decode()
    wanted = (
        'lost_line_search_seconds_count{channel="phone"}',
        'lost_line_search_seconds_sum{channel="phone"}',
        "lost_line_self_service_resolution_ratio",
        "lost_line_fallbacks_total",
    )
    print("\n/metrics after the run:")
    for line in body.splitlines():
        if line.startswith(wanted):
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--callers", type=int, default=200)
    parser.add_argument(
        "--ramp", type=float, default=60, help="seconds over which the first calls begin"
    )
    parser.add_argument(
        "--duration", type=float, default=180, help="seconds of calls timed, after the ramp"
    )
    parser.add_argument(
        "--server-nice",
        type=int,
        default=5,
        help="gunicorn's niceness above the callers' (0: the same CPU priority)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=2 * (os.cpu_count() or 1) + 1,
        help="gunicorn workers (default: gunicorn's own advice, 2 per core plus 1)",
    )
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (>1: gthread)")
    parser.add_argument("--processes", type=int, default=4, help="processes the callers use")
    parser.add_argument("--agents", type=int, default=2, help="agents per language")
    parser.add_argument(
        "--think", default="1,3", help="seconds to answer, after listening: min,max"
    )
    parser.add_argument(
        "--listen",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="callers hear each prompt before answering (--no-listen: a stress test)",
    )
    args = parser.parse_args()
    think = tuple(float(part) for part in args.think.split(","))

    engine = prepare_schema()
    items, took = load_items(engine, args.items)
    print(f"{items:,} found items" + (f" (loaded in {took:.0f} s)" if took else " (kept)"))
    reset_calls(engine, args.agents)
    twilio = TwilioStandIn(queues={f"lost-property-{c}": f"QU{c}" + "0" * 30 for c in LANGUAGES})
    twilio.start()
    log = ROOT / "instance" / "loadtest-gunicorn.log"
    log.parent.mkdir(exist_ok=True)
    server, base_url = start_gunicorn(args.workers, args.threads, twilio.url, log, args.server_nice)
    print(
        f"gunicorn: {args.workers} workers x {args.threads} threads at {base_url}, "
        f"niceness +{args.server_nice}; {args.callers} callers in {args.processes} processes, "
        f"beginning over {args.ramp:.0f} s, then timed for {args.duration:.0f} s; "
        + ("hearing each prompt, then " if args.listen else "")
        + f"answering in {think[0]:g}-{think[1]:g} s"
    )
    cores = CoreSampler()
    cores.start()
    try:
        started = time.monotonic()
        begin_at = time.time() + 5  # the driver processes start in the meantime
        measured = (begin_at + args.ramp, begin_at + args.ramp + args.duration)
        results = drive_from_processes(
            base_url,
            twilio,
            callers=args.callers,
            processes=args.processes,
            begin_at=begin_at,
            measured=measured,
            think=think,
            listen=args.listen,
        )
        elapsed = time.monotonic() - started
        print_metrics(base_url)
        passed = print_report(results, engine, elapsed, items, log, measured, cores)
    finally:
        cores.stop()
        server.terminate()
        server.wait(timeout=30)
        twilio.stop()
        engine.dispose()
    print(f"\nserver log: {log}")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
