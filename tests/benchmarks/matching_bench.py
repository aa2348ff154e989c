"""`make bench`: how often the search is right, and how fast it is at 10k, 100k and 1M items.

Prints, in one run: top-1 and top-3 for the engine and the naive token_set_ratio
baseline on the labelled set; what owners heard first on each part of the crowded set
(the tuning half, the held-out sets tuned on since, and the last one, held out), called
through the webhooks, and how long until the first reference; then search latency p50/p95/p99 at
10,000, 100,000 and 1,000,000 stored items on SQLite and on PostgreSQL (127.0.0.1:5432,
database `test`), with the time the CSV import took to load them.

Each size has its own database (instance/bench-SIZE.sqlite, schema bench_SIZE), kept
between runs, so a second run skips the imports. A few untimed searches first read the
indexes into memory, as a server that has been answering calls has them.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.orm import Session

from ivr.db import MIGRATIONS_DIR
from lost_items import matching
from lost_items.database import make_engine
from lost_items.importing import import_found_items
from lost_items.models import FoundItem
from tests.benchmarks import crowded
from tests.benchmarks.quality import baseline_accuracy, engine_accuracy, load_eval_set

ROOT = Path(__file__).resolve().parents[2]
SIZES = (10_000, 100_000, 1_000_000)
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
QUERIES = 300
WARM_UP = 30

PLACES = [
    "Métro ligne 1 - Châtelet",
    "Métro ligne 4 - Gare du Nord",
    "Métro ligne 9 - Nation",
    "Métro ligne 13 - Montparnasse",
    "RER A - La Défense",
    "RER B - Denfert-Rochereau",
    "Bus 38",
    "Bus 91",
    "Bus 27",
    "Taxi G7",
    "Gare de Lyon",
    "Gare de l'Est",
    "Aéroport CDG T2",
    "Aéroport Orly",
    "Commissariat 11e",
    "Tramway T3",
    "Musée du Louvre",
]
COLOURS = ["noir", "noire", "bleu", "rouge", "marron", "gris", "vert", "blanc", "rose", "beige"]


def synthetic_rows(count: int, *, seed: int, today: date) -> io.StringIO:
    """Clerk entries shaped like the labelled set's, with other colours, places and dates."""
    rng = random.Random(seed)
    templates = [item["description"] for item in load_eval_set()["items"]]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["description", "found_on", "found_at", "language"])
    for _ in range(count):
        words = rng.choice(templates).split()
        words = [rng.choice(COLOURS) if w.lower().strip(",") in COLOURS else w for w in words]
        found_on = today - timedelta(days=int(rng.triangular(0, 540, 30)))
        writer.writerow([" ".join(words), found_on.isoformat(), rng.choice(PLACES), "fr"])
    out.seek(0)
    return out


def bench_engine(kind: str, size: int) -> Engine:
    """One database per size, so each is measured holding exactly that many items."""
    if kind == "sqlite":
        path = ROOT / "instance" / f"bench-{size}.sqlite"
        path.parent.mkdir(exist_ok=True)
        return make_engine(f"sqlite:///{path}")
    schema = f"bench_{size}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    admin.dispose()
    engine = make_engine(POSTGRES)  # the app's own settings (plan cache, timeouts)

    @event.listens_for(engine, "connect")
    def _bench_schema(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"SET search_path TO {schema}")
        dbapi_connection.commit()  # else the first rollback would undo it

    return engine


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


def grow_to(engine: Engine, size: int, today: date) -> float | None:
    """Import synthetic items until `size` are stored; the seconds it took, or None."""
    with Session(engine) as session:
        have = session.scalar(select(func.count()).select_from(FoundItem)) or 0
    if have >= size:
        return None
    started = time.perf_counter()
    with Session(engine) as session:
        result = import_found_items(
            session, synthetic_rows(size - have, seed=size, today=today), today=today
        )
    if result.errors:
        raise SystemExit(f"import rejected rows: {result.errors[:3]}")
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE found_items"))
    return time.perf_counter() - started


def latencies(engine: Engine, today: date) -> list[float]:
    rng = random.Random(7)
    queries = load_eval_set()["queries"]
    timings = []
    with Session(engine) as session:
        for query in queries[:WARM_UP]:  # read the indexes into memory, as a running server has
            matching.search(session, query["text"], language=query["language"], today=today)
        for _ in range(QUERIES):
            query = rng.choice(queries)
            lost_on = today - timedelta(days=rng.randint(0, 60))
            started = time.perf_counter()
            matching.search(
                session,
                query["text"],
                language=query["language"],
                lost_on=lost_on,
                today=today,
                limit=5,
            )
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentiles(values: list[float]) -> str:
    cuts = statistics.quantiles(values, n=100)
    return f"p50 {cuts[49]:6.1f} ms   p95 {cuts[94]:6.1f} ms   p99 {cuts[98]:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    print("Accuracy on the labelled set (tests/data/matching_eval.json)")
    engine_result, baseline = engine_accuracy(), baseline_accuracy()
    print(
        f"  engine                 top-1 {engine_result.top1:.3f}   top-3 {engine_result.top3:.3f}"
        f"   ({engine_result.queries} queries)"
    )
    print(f"  token_set_ratio        top-1 {baseline.top1:.3f}   top-3 {baseline.top3:.3f}")
    print(f"  unmatched queries that still got a result: {engine_result.false_alarms:.0%}")

    for split in crowded.SPLITS:
        print(f"\nThe crowded set, {split} half, called through the webhooks (tests/data/crowded)")
        for line in crowded.report(split):
            print("  " + line)

    today = date.today()
    for kind in args.databases.split(","):
        print(f"\nSearch latency on {kind} ({QUERIES} queries, 5 results each)")
        for size in sizes:
            engine = bench_engine(kind, size)
            migrate(engine)
            took = grow_to(engine, size, today)
            loaded = f"   (import: {took:.0f} s)" if took is not None else ""
            print(f"  {size:>9,} items   {percentiles(latencies(engine, today))}{loaded}")
            engine.dispose()


if __name__ == "__main__":
    main()
