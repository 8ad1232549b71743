"""The fast import path keeps its guarantees: same rows, indexes, and a check that still rejects."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from kiosk.data import db, hsds
from kiosk.data.store import AtlasStore
from kiosk.data.sync import Outcome, live_info, run_sync
from tests.data.sync_helpers import EMBEDDED, SCHEMA, fast_settings, write_json
from tools.make_feed import make_feed


@pytest.fixture(scope="module")
def feed200() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(json.dumps(make_feed(200, seed=7)))
    return data


def _break_an_index(conn: Connection) -> None:
    """A post-build step that leaves an index whose entries do not match its table.

    The schema now says the status index covers `name`, but its entries hold the status:
    `quick_check` cannot see that, SQLite's full `integrity_check` can.
    """
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_service_status ON service (name)' "
                "WHERE name = 'ix_service_status'")
    raw.execute("PRAGMA writable_schema = OFF")


def test_build_reports_phases_and_creates_every_index(tmp_path: Path,
                                                      feed200: list[dict[str, Any]]) -> None:
    # Given 200 synthetic offers
    target = tmp_path / "atlas.sqlite"
    # When they are imported
    report = hsds.build_database(feed200, target, source="test")
    # Then the report times each phase, the file passes the full check, and every index the
    # models declare exists (they are built after the rows now)
    assert set(report.timings) == {"collect", "insert", "index", "search", "finish"}
    assert all(seconds >= 0 for seconds in report.timings.values())
    assert db.check_database(target, thorough=True).ok
    con = sqlite3.connect(target)
    made = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    from kiosk.data import models

    declared = {str(i.name) for t in models.Base.metadata.sorted_tables for i in t.indexes}
    assert declared <= made
    assert con.execute("SELECT count(*) FROM service").fetchone()[0] == report.offers == 200
    assert con.execute("SELECT count(*) FROM term_ancestor").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM search_index").fetchone()[0] > 0
    con.close()


def test_sync_rejects_a_build_that_fails_the_full_check(tmp_path: Path,
                                                        feed200: list[dict[str, Any]]) -> None:
    # Given a kiosk on its embedded atlas, and a build step that corrupts an index
    data = tmp_path / "data"
    store = AtlasStore(data, EMBEDDED)
    store.open()
    store.post_build = (_break_an_index,)
    before = live_info(db.live_path(data))
    source = write_json(tmp_path / "feed.json", feed200)
    try:
        # When a feed is synced
        report = run_sync(store, fast_settings(), SCHEMA, source=str(source))
    finally:
        store.close()
    # Then the check (run beside the comparison with the live atlas) rejects the new file,
    # the live atlas is untouched and no half-built file is left
    assert report.outcome is Outcome.REJECTED
    assert "Prüfung nicht bestanden" in report.message
    assert live_info(db.live_path(data)) == before
    assert not db.build_path(db.live_path(data)).exists()
