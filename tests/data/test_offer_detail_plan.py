"""The offer detail's statements are answered from indexes (EXPLAIN QUERY PLAN), never scans."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event

from kiosk.data import db, queries
from tests.conftest import ROLES


def test_offer_detail_never_scans_a_table(demo_db: Path) -> None:
    # Given the demo atlas (analysed at import, so the planner sees real statistics)
    engine = db.open_readonly(demo_db)
    statements: list[tuple[str, Any]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(conn: Any, cursor: Any, sql: str, params: Any, context: Any,
                executemany: bool) -> None:
        statements.append((sql, params))

    try:
        sessions = db.make_sessions(engine)
        ids = [r.id for r in queries.offers(sessions)]
        statements.clear()
        # When every offer's detail is read
        for offer_id in ids:
            assert queries.offer_detail(sessions, offer_id, ROLES) is not None
    finally:
        engine.dispose()
    # Then no statement scans a table of offers' data (small taxonomy tables aside)
    raw = sqlite3.connect(demo_db)
    scans = set()
    for sql, params in {(s, tuple(p)) for s, p in statements}:
        for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
            detail = row[3]
            if detail.startswith("SCAN ") and not detail.startswith(
                    ("SCAN taxonomy", "SCAN CONSTANT ROW", "SCAN (subquery", "SCAN found")):
                scans.add((detail, sql))
    raw.close()
    assert scans == set()
    assert len(statements) <= 12 * len(ids)  # a fixed handful per offer: no N+1


def test_an_atlas_without_the_newer_indexes_still_shows_offers(demo_db: Path,
                                                               tmp_path: Path) -> None:
    # Given a copy of the atlas without the indexes the hints name (an older file)
    old = tmp_path / "old.sqlite"
    old.write_bytes(demo_db.read_bytes())
    with sqlite3.connect(old) as raw:
        for name in ("ix_phone_service_at_location_id", "ix_phone_contact_id",
                     "ix_contact_service_at_location_id", "ix_schedule_service_at_location_id"):
            raw.execute(f"DROP INDEX IF EXISTS {name}")
    engines = [db.open_readonly(demo_db), db.open_readonly(old)]
    try:
        new_sessions, old_sessions = (db.make_sessions(e) for e in engines)
        # When every offer is read from both, Then the details are the same
        for row in queries.offers(new_sessions):
            assert (queries.offer_detail(old_sessions, row.id, ROLES)
                    == queries.offer_detail(new_sessions, row.id, ROLES))
    finally:
        for engine in engines:
            engine.dispose()
