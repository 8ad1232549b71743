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
