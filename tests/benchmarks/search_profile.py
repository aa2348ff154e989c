"""Where a search request's milliseconds go: `python -m tests.benchmarks.search_profile`.

The same requests as search_http's (its register, queries and loss days), sent in this
process through Flask's test client to the app on that database, with a stopwatch around
the parts of a search: the token's lookup, reading the words (`describe`: the caller's,
and each short-listed item's place), the SQL statements (time in the database driver, rows
included), building the short list's rows, reading each item's stored text (`_facts`),
scoring, the result's JSON. Each part's time is its own (what it calls that is timed too
is counted there), so the parts add up to the request; "other" is Flask, the request's
checks and the ORM around them. Wall-clock stopwatches rather than cProfile alone, which
slows Python (scoring) several times more than the database's wait; cProfile's top
functions are printed after, for the detail.

No HTTP and no gunicorn here: search_http measures those; this one says what to change.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import pstats
import secrets
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from ivr import api, create_app
from ivr.db import get_engine
from lost_items import describing, importing, matching
from lost_items.database import make_engine
from tests.benchmarks import search_http
from tests.benchmarks.loadtest import percentile

# (module, function name, part of the request it is)
SEARCH_PARTS = (
    (api, "user_for_token", "token lookup"),
    (matching, "describe", "describe (words)"),
    (matching, "_candidates", "short list rows (Python)"),
    (matching, "_facts", "item facts (stored text)"),
    (matching, "score", "scoring"),
    (api, "item_json", "result JSON"),
    (api, "jsonify", "result JSON"),
)
# ... and of an import's time (describing.describe as items.found_item_row looks it up)
IMPORT_PARTS = (
    (importing, "validate_found_item", "validating the row"),
    (describing, "describe", "describe (words)"),
    (importing, "found_item_row", "the row's columns"),
    (importing, "carried_kinds", "carried kinds"),
)
SQL = "SQL (driver)"
SCRATCH_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test_hbench"


class Stopwatch:
    """Exclusive wall-clock time per part: a timed part inside another is taken out of it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._inner: list[float] = []  # per open part: time spent in timed parts inside it

    @contextmanager
    def part(self, name: str) -> Iterator[None]:
        self._inner.append(0.0)
        started = time.perf_counter()
        try:
            yield
        finally:
            took = time.perf_counter() - started
            inner = self._inner.pop()
            self.spent[name] += took - inner
            if self._inner:
                self._inner[-1] += took

    def wrap(self, function: Callable[..., Any], name: str) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.part(name):
                return function(*args, **kwargs)

        return timed


@contextmanager
def stopwatches_in(
    engine: Engine, watch: Stopwatch, parts: tuple[tuple[Any, str, str], ...]
) -> Iterator[None]:
    """The functions of `parts` wrapped where they are looked up, and the SQL statements."""
    originals = [(module, name, getattr(module, name)) for module, name, _ in parts]
    for (module, name, part), (_, _, original) in zip(parts, originals, strict=True):
        setattr(module, name, watch.wrap(original, part))
    open_parts: list[Any] = []

    def before(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        words = statement.split(maxsplit=3)
        into = f" INSERT {words[2]}" if words[:2] == ["INSERT", "INTO"] else ""
        open_parts.append(watch.part(SQL + into))
        open_parts[-1].__enter__()

    def after(*_: Any) -> None:
        open_parts.pop().__exit__(None, None, None)

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)
        for module, name, original in originals:
            setattr(module, name, original)


def app_on(kind: str, size: int) -> tuple[Flask, str]:
    """The app on search_http's database for that size, and a clerk's token."""
    engine = search_http.open_database(kind, size)
    url = engine.url.render_as_string(hide_password=False)
    token = search_http.clerk_token(engine)
    engine.dispose()
    settings = {"DATABASE_URL": url, "SECRET_KEY": secrets.token_hex(32)}
    return create_app({**settings, "TWILIO_AUTH_TOKEN": secrets.token_hex(16)}), token


def profile(kind: str, size: int, *, requests: int, warm_up: int) -> None:
    """Print the mean milliseconds per part of a search request, then cProfile's top."""
    app, token = app_on(kind, size)
    describing._concepts_and_words.cache_clear()  # as a new worker: no database's run before
    matching._facts.cache_clear()
    client: FlaskClient = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    urls = search_http.search_urls("", today=date.today(), seed=search_http.SEED)
    for _ in range(warm_up):
        assert client.get(next(urls), headers=headers).status_code == 200
    watch, totals = Stopwatch(), []
    with app.app_context():
        engine = get_engine()
    with stopwatches_in(engine, watch, SEARCH_PARTS):
        for _ in range(requests):
            started = time.perf_counter()
            with watch.part("other (Flask, checks, ORM)"):
                answer = client.get(next(urls), headers=headers)
            totals.append((time.perf_counter() - started) * 1000)
            assert answer.status_code == 200, answer.get_data(as_text=True)
    print_parts(kind, size, watch, totals)
    profiler = cProfile.Profile()  # apart: its own cost would swell the stopwatches'
    for _ in range(requests):
        profiler.runcall(client.get, next(urls), headers=headers)
    print_top(profiler)


def print_parts(kind: str, size: int, watch: Stopwatch, totals: list[float]) -> None:
    count = len(totals)
    print(
        f"\n{kind}, {size:,} items: a search request in the app (no HTTP), {count} requests; "
        f"mean {statistics.fmean(totals):.1f} ms, p95 {percentile(totals, 95):.1f} ms"
    )
    print_shares(watch, count, statistics.fmean(totals), "ms per request")


def print_shares(watch: Stopwatch, count: int, mean_ms: float, unit: str) -> None:
    for name, seconds in sorted(watch.spent.items(), key=lambda part: -part[1]):
        share = seconds * 1000 / count
        print(f"  {name:<30}{share:>8.2f} {unit}  {share / mean_ms:>5.0%}")


def scratch_engine(kind: str, directory: Path) -> Engine:
    """A database for trying the import: PostgreSQL's test_hbench (emptied), or a new file."""
    if kind == "sqlite":
        engine = make_engine(f"sqlite:///{directory / 'import.sqlite'}")
    else:
        engine = make_engine(SCRATCH_POSTGRES)
    search_http.migrate(engine)
    if kind != "sqlite":
        with engine.begin() as connection:
            connection.execute(text("TRUNCATE found_items RESTART IDENTITY CASCADE"))
    return engine


def profile_import(kind: str, rows: int) -> None:
    """Print the milliseconds per imported row, by part, of `rows` of search_http's register.

    An untimed import of other rows first, as a long import has the vocabulary loaded and
    its word caches filled; the caches of whole descriptions are then emptied, as a register
    of distinct descriptions never hits them.
    """
    with tempfile.TemporaryDirectory() as directory:
        engine = scratch_engine(kind, Path(directory))
        warm, path = Path(directory) / "warm.csv", Path(directory) / "register.csv"
        search_http.write_register_csv(warm, 2000, end=date.today(), per_day=450, seed=1)
        search_http.write_register_csv(path, rows, end=date.today(), per_day=450)
        import_csv(engine, warm)
        describing._concepts_and_words.cache_clear()
        watch = Stopwatch()
        started = time.perf_counter()
        with stopwatches_in(engine, watch, IMPORT_PARTS), watch.part("other (CSV, ORM)"):
            import_csv(engine, path)
        took = time.perf_counter() - started
        engine.dispose()
    print(f"\n{kind}: importing {rows:,} rows, {rows / took:,.0f} rows/s")
    print_shares(watch, rows, took * 1000 / rows, "ms per row")


def import_csv(engine: Engine, path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as file, Session(engine) as session:
        result = importing.import_found_items(session, file, today=date.today())
    assert not result.errors, result.errors[:3]


def print_top(profiler: cProfile.Profile, lines: int = 18) -> None:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(lines)
    print("\ncProfile, by own time (cProfile slows Python calls more than waits):")
    print("\n".join(out.getvalue().splitlines()[4 : 8 + lines]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warm-up", type=int, default=30)
    parser.add_argument(
        "--import-rows", type=int, default=0, help="profile an import of this many rows instead"
    )
    args = parser.parse_args()
    for kind in args.databases.split(","):
        if args.import_rows:
            profile_import(kind, args.import_rows)
        else:
            profile(kind, args.size, requests=args.requests, warm_up=args.warm_up)


if __name__ == "__main__":
    main()
