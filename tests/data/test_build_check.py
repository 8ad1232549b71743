"""The fast import path keeps its guarantees: same rows, indexes, and a check that still rejects."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from kiosk.data import db, hsds
from kiosk.data.store import AtlasStore
from kiosk.data.sync import Outcome, diff_offers, live_info, run_sync
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


def _ids(changes: list[Any]) -> set[str]:
    return {c.id for c in changes}


@pytest.mark.parametrize("kept_share", ["most", "few"])
def test_diff_finds_every_kind_of_change(tmp_path: Path, feed200: list[dict[str, Any]],
                                         kept_share: str) -> None:
    # Given an atlas, and a feed that edits a description, a phone, an organisation and a
    # schedule, drops one offer and adds one (with "few", most other offers are replaced)
    old_feed = copy.deepcopy(feed200[:60])
    new_feed = copy.deepcopy(old_feed)
    new_feed[0]["description"] = "Ganz neu beschrieben."
    new_feed[1]["phones"][0]["number"] = "+43 1 234"
    new_feed[2]["organization"]["name"] = "Umbenannter Verein"
    new_feed[3]["schedules"] = []
    dropped = new_feed.pop(4)
    extra = copy.deepcopy(feed200[100])
    new_feed.append(extra)
    if kept_share == "few":
        new_feed.extend(copy.deepcopy(feed200[120:200]))
        new_feed = new_feed[:6] + new_feed[50:]  # offers 6..49 go
    old_file, new_file = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    hsds.build_database(old_feed, old_file, source="alt")
    hsds.build_database(new_feed, new_file, source="neu")
    # When the two files are compared
    added, changed, removed = diff_offers(new_file, old_file)
    # Then additions, removals and every kind of change are found, and nothing else
    new_ids = {s["id"] for s in new_feed}
    old_ids = {s["id"] for s in old_feed}
    org_id = new_feed[2]["organization"]["id"]
    same_org = {s["id"] for s in new_feed if (s.get("organization") or {}).get("id") == org_id}
    assert _ids(added) == new_ids - old_ids
    assert _ids(removed) == old_ids - new_ids
    assert dropped["id"] in _ids(removed)
    expected = ({new_feed[i]["id"] for i in (0, 1, 3)} | same_org) & old_ids
    assert _ids(changed) == expected
