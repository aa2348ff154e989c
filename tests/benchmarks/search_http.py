"""Search latency through HTTP on a register of distinct descriptions (issue 17).

`make bench`'s older latency figures (matching_bench) search a register that repeats the
labelled set's descriptions with colours swapped: under a thousand distinct texts, which the
engine's caches hold whole. A real office's register is a million different sentences. This
benchmark stores 1,000,000 (--size) distinct clerk entries made by the crowded set's own
generator (tests/data/crowded/register.py: about 450 a day, going back from today), loads them
with the import clerks use (lost_items.importing.import_found_items, CSV in, batches of 2,000
rows, as `flask items import` does) and prints the import rate.

Then gunicorn serves each database as in production, and this process, one request at a time
(what a caller waits for, not what the machine can take: that is `make loadtest`), sends
`GET /api/found-items/search` with a clerk's token: callers' descriptions in four languages
(the labelled set's queries), a loss day within the last 60 days, 5 results. Each search is
paired with a `GET /healthz` (a database ping and nothing else): that floor is the cost of
HTTP, gunicorn and Flask on this machine at that moment. The machine is shared and noisy
(+-50 % between runs), so the search is reported in milliseconds and as a ratio to the floor,
which moves with the machine's load where the search's own work does not. The app's own time
per request (its mean, from /metrics) is printed too: the rest is HTTP and waiting for a core.

The databases are kept between runs (PostgreSQL: database bench_distinct_SIZE at
127.0.0.1:5432; SQLite: instance/bench-distinct-SIZE.sqlite), stamped with the migration head
and a digest of the generator: a second run does not import again (nor on a later day: the
register then ends a few days back, which shifts the loss days' crowd a little). The first
run's imports took 31 and 24 minutes here (534 rows/s on PostgreSQL, 699 on SQLite, both at
once on two shared cores; 1,700 and 3,500 rows/s alone, into an empty table).

Where a search request's milliseconds go (the SQL short list, scoring, reading the words,
JSON): `python -m tests.benchmarks.search_profile`, on the same databases.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import statistics
import time
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.orm import Session

from ivr import accounts
from lost_items.database import make_engine
from lost_items.importing import import_found_items
from lost_items.models import FoundItem
from tests.benchmarks.crowded import REGISTER, register_generator
from tests.benchmarks.loadtest import METRICS_TOKEN, percentile, start_gunicorn
from tests.benchmarks.matching_bench import migrate
from tests.benchmarks.quality import load_eval_set

ROOT = Path(__file__).resolve().parents[2]
INSTANCE = ROOT / "instance"
POSTGRES_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
TARGET_P95_MS = {"postgresql": 30.0, "sqlite": 100.0}
SEED = 17  # the generator's own default
CLERK = "bench-clerk"
SEARCH_PATH = "/api/found-items/search"
LOSS_DAYS = 60  # a loss day drawn within the last 60 days
NO_TWILIO = "http://127.0.0.1:9"  # a search sends nothing to Twilio
# The app's own time, from /metrics (seconds summed over the workers): the rest is HTTP,
# gunicorn and waiting for a core.
APP_SERIES = {
    "search, in the app": 'lost_line_request_seconds_{}{{endpoint="api.search_found_items"}}',
    "  of it matching.search": 'lost_line_search_seconds_{}{{channel="api"}}',
    "floor, in the app": 'lost_line_request_seconds_{}{{endpoint="health.healthz"}}',
}


# --- the databases ----------------------------------------------------------------------------


def postgres_engine(size: int, *, fresh: bool) -> Engine:
    """Database bench_distinct_SIZE of its own (never `test`, which the suite uses); `fresh`
    drops it first. The app's engine settings, as gunicorn will have them."""
    name = f"bench_distinct_{size}"
    admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if fresh:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        exists = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        )
        if not exists:
            connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return make_engine(f"{POSTGRES_SERVER}/{name}")


def sqlite_engine(size: int, *, fresh: bool) -> Engine:
    path = sqlite_path(size)
    path.parent.mkdir(exist_ok=True)
    if fresh:
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return make_engine(f"sqlite:///{path}")


def sqlite_path(size: int) -> Path:
    return INSTANCE / f"bench-distinct-{size}.sqlite"


def open_database(kind: str, size: int, *, fresh: bool = False) -> Engine:
    engine = (postgres_engine if kind == "postgresql" else sqlite_engine)(size, fresh=fresh)
    migrate(engine)
    return engine


def wanted_stamp(engine: Engine, size: int, per_day: int) -> str:
    """What made the register: the schema (migration head) and the generator (its source)."""
    with engine.connect() as connection:
        head = connection.scalar(text("SELECT version_num FROM alembic_version"))
    generator = hashlib.sha256(REGISTER.read_bytes()).hexdigest()[:12]
    return (
        f"search_http head={head} generator={generator} seed={SEED} per_day={per_day} size={size}"
    )


def stored_stamp(engine: Engine) -> str | None:
    """PostgreSQL: the table's comment, as loadtest.py stamps its items; SQLite has no
    comments: a file beside the database."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            return connection.scalar(text("SELECT obj_description('found_items'::regclass)"))
    stamp = Path(str(engine.url.database) + ".stamp")
    return stamp.read_text() if stamp.exists() else None


def write_stamp(engine: Engine, stamp: str) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text(f"COMMENT ON TABLE found_items IS '{stamp}'"))
    else:
        Path(str(engine.url.database) + ".stamp").write_text(stamp)


def stored_items(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(FoundItem)) or 0


# --- the import -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    rows: int
    seconds: float
    generated_seconds: float  # writing the CSV, not counted in the rate

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


def write_register_csv(path: Path, size: int, *, end: date, per_day: int, seed: int = SEED) -> None:
    """The register as a clerk's CSV file, what `flask items import` reads."""
    items = register_generator()(size, end=end, per_day=per_day, seed=seed)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(
            file, fieldnames=["description", "found_on", "found_at", "language"]
        )
        writer.writeheader()
        writer.writerows(items)


def reported(lines: Iterable[str], size: int, label: str, every: int = 100_000) -> Iterator[str]:
    """The file's lines, saying every `every` rows how far the import has gone and how fast
    (overall, and over the last `every`: a rate that falls as the table grows shows here)."""
    started = last = time.perf_counter()
    for number, line in enumerate(lines):
        if number and number % every == 0:
            now = time.perf_counter()
            print(
                f"  {label}: {number:,} of {size:,} rows read, {number / (now - started):,.0f}"
                f" rows/s (the last {every:,}: {every / (now - last):,.0f} rows/s)",
                flush=True,
            )
            last = now
        yield line


def import_register(engine: Engine, size: int, *, end: date, per_day: int) -> Imported:
    """Load the register with the clerks' import. No retention check (kept_days=None, as
    matching_bench does): at 450 a day a million items go back six years, and the
    command line's 548 days would turn three quarters of them away."""
    INSTANCE.mkdir(exist_ok=True)
    path = INSTANCE / f"bench-distinct-{engine.dialect.name}-{size}.csv"
    started = time.perf_counter()
    write_register_csv(path, size, end=end, per_day=per_day)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as file, Session(engine) as session:
        lines = reported(file, size, engine.dialect.name)
        result = import_found_items(session, lines, today=end)  # type: ignore[arg-type]
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    seconds = time.perf_counter() - started
    path.unlink()
    if result.errors:
        raise SystemExit(f"the import rejected rows: {result.errors[:3]}")
    return Imported(rows=result.loaded, seconds=seconds, generated_seconds=generated)


def ensure_register(kind: str, size: int, *, end: date, per_day: int) -> Imported | None:
    """The register in that database, imported only when missing or made otherwise."""
    engine = open_database(kind, size)
    try:
        stamp = wanted_stamp(engine, size, per_day)
        if stored_stamp(engine) == stamp and stored_items(engine) == size:
            return None
    finally:
        engine.dispose()
    engine = open_database(kind, size, fresh=True)
    try:
        imported = import_register(engine, size, end=end, per_day=per_day)
        write_stamp(engine, stamp)
        return imported
    finally:
        engine.dispose()


def clerk_token(engine: Engine) -> str:
    """A clerk and a fresh API token for this run (only its hash is stored)."""
    with Session(engine) as session:
        try:
            token = accounts.new_token(session, CLERK)
        except ValueError:  # no such user yet
            _, token = accounts.create_user(session, CLERK, "clerk")
        session.commit()
    return token


# --- the requests -----------------------------------------------------------------------------


@dataclass
class Timings:
    search: list[float]
    floor: list[float]
    results: list[int]  # how many items each search answered


def get(url: str, token: str | None = None) -> tuple[float, bytes]:
    """Milliseconds to send the request and read the whole answer, and the answer."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as answer:
        body = answer.read()
    return (time.perf_counter() - started) * 1000, body


def search_urls(base_url: str, *, today: date, seed: int) -> Iterator[str]:
    """Callers' descriptions in the four languages, each with a loss day in the last 60 days."""
    queries = load_eval_set()["queries"]
    rng = random.Random(seed)
    while True:
        query = rng.choice(queries)
        lost_on = today - timedelta(days=rng.randrange(LOSS_DAYS))
        params = {
            "q": query["text"],
            "lang": query["language"],
            "lost_on": lost_on.isoformat(),
            "limit": "5",
        }
        yield f"{base_url}{SEARCH_PATH}?{urlencode(params)}"


def measure(
    base_url: str, token: str, *, requests: int, warm_up: int, today: date
) -> tuple[Timings, dict[str, float]]:
    """Untimed warm-up, then each search paired with a floor request, one at a time; and the
    app's own mean time per request over the timed ones."""
    urls = search_urls(base_url, today=today, seed=SEED)
    for _ in range(warm_up):
        get(next(urls), token)
        get(base_url + "/healthz")
    timings = Timings(search=[], floor=[], results=[])
    before = app_totals(base_url)
    for _ in range(requests):
        took, _ = get(base_url + "/healthz")
        timings.floor.append(took)
        took, body = get(next(urls), token)
        timings.search.append(took)
        timings.results.append(len(json.loads(body)["results"]))
    return timings, app_means(before, app_totals(base_url))


def app_totals(base_url: str) -> dict[str, tuple[float, float]]:
    """Per APP_SERIES: (seconds, requests) so far, added up over every worker."""
    _, body = get(base_url + "/metrics", METRICS_TOKEN)
    values = dict(
        line.rsplit(" ", 1) for line in body.decode().splitlines() if not line.startswith("#")
    )
    return {
        name: (
            float(values.get(series.format("sum"), 0)),
            float(values.get(series.format("count"), 0)),
        )
        for name, series in APP_SERIES.items()
    }


def app_means(
    before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]]
) -> dict[str, float]:
    """Mean milliseconds per request between two readings of app_totals."""
    means = {}
    for name, (seconds, count) in after.items():
        done = count - before[name][1]
        means[name] = (seconds - before[name][0]) / done * 1000 if done else float("nan")
    return means


# --- the report -------------------------------------------------------------------------------


def cuts(values: list[float]) -> tuple[float, float, float]:
    return percentile(values, 50), percentile(values, 95), percentile(values, 99)


def print_timings(kind: str, timings: Timings, app_ms: dict[str, float]) -> bool:
    """p50/p95/p99 of the search, of the floor and their ratio; whether p95 meets the target."""
    search, floor = cuts(timings.search), cuts(timings.floor)
    print(f"  {'':<28}{'p50':>9}{'p95':>9}{'p99':>9}{'mean':>9}")
    print(
        f"  {'search (ms)':<28}"
        + "".join(f"{v:>9.1f}" for v in search)
        + f"{statistics.fmean(timings.search):>9.1f}"
    )
    print(
        f"  {'floor, /healthz (ms)':<28}"
        + "".join(f"{v:>9.1f}" for v in floor)
        + f"{statistics.fmean(timings.floor):>9.1f}"
    )
    ratios = [s / f for s, f in zip(search, floor, strict=True)]
    print(f"  {'search / floor':<28}" + "".join(f"{r:>9.1f}" for r in ratios))
    for name, mean in app_ms.items():
        print(f"  {name + ' (ms)':<28}{'':>27}{mean:>9.1f}")
    answered = sum(1 for n in timings.results if n)
    print(
        f"  {answered} of {len(timings.results)} searches found something "
        f"({statistics.fmean(timings.results):.1f} items on average)"
    )
    target = TARGET_P95_MS[kind]
    met = search[1] <= target
    print(f"  target: search p95 <= {target:.0f} ms  {'met' if met else 'MISSED'}")
    return met


def serve_and_measure(kind: str, size: int, args: argparse.Namespace) -> bool:
    """gunicorn on that database, the requests, the figures."""
    engine = open_database(kind, size)
    url = engine.url.render_as_string(hide_password=False)
    token = clerk_token(engine)
    engine.dispose()
    log = INSTANCE / f"search-http-{kind}.log"
    server, base_url = start_gunicorn(args.workers, 1, NO_TWILIO, log, 0, database_url=url)
    try:
        timings, app_ms = measure(
            base_url, token, requests=args.requests, warm_up=args.warm_up, today=date.today()
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        f"\n{kind}, {size:,} distinct items; gunicorn {args.workers} sync workers; "
        f"{args.requests} searches after {args.warm_up} untimed; "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    return print_timings(kind, timings, app_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--requests", type=int, default=300, help="timed searches (and floors)")
    parser.add_argument("--warm-up", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--per-day", type=int, default=450, help="items found a day")
    parser.add_argument("--import-only", action="store_true", help="load, do not measure")
    args = parser.parse_args()
    kinds = args.databases.split(",")
    for kind in kinds:
        imported = ensure_register(kind, args.size, end=date.today(), per_day=args.per_day)
        if imported is None:
            print(f"{kind}: {args.size:,} items kept from an earlier run (no import)")
        else:
            print(
                f"{kind}: imported {imported.rows:,} rows in {imported.seconds:.0f} s, "
                f"{imported.rate:,.0f} rows/s (CSV written in {imported.generated_seconds:.0f} s)"
            )
    if args.import_only:
        return
    print(f"\nSearch through HTTP, {date.today()}")
    for kind in kinds:
        serve_and_measure(kind, args.size, args)


if __name__ == "__main__":
    main()
