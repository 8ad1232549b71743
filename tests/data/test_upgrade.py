"""Atlas schema versions: an outdated live file is served, upgraded offline, never quarantined."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from kiosk.data import db, hsds, models, queries, upgrade
from kiosk.data.search import search
from kiosk.data.store import AtlasStore
from tests.conftest import DEMO_ATLAS
from tools.make_feed import make_feed

# What a file built before versions were written lacks (it has the base and term tables).
OLD_MISSING_TABLES = ("search_index", "search_vocab", "search_vocab_tri", "open_window",
                      "open_by_rule")
OLD_MISSING_INDEXES = ("ix_service_active_sort", "ix_phone_service_at_location_id",
                       "ix_contact_service_at_location_id")


@pytest.fixture(scope="module")
def feed() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(json.dumps(make_feed(150, seed=3)))
    return data


def build_live(data_dir: Path, feed: list[dict[str, Any]]) -> Path:
    """A real (non-demo) atlas as the live file of a data folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    live = db.live_path(data_dir)
    hsds.build_database(feed, live, source="Testfeed Leibnitz")
    return live


def make_old(live: Path, *, version: int = 0, drop_term_stat: bool = False) -> None:
    """Strip an atlas to the shape of an older build: no derived tables, an older version."""
    con = sqlite3.connect(live)
    for table in OLD_MISSING_TABLES + (("term_stat",) if drop_term_stat else ()):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    for index in OLD_MISSING_INDEXES:
        con.execute(f"DROP INDEX IF EXISTS {index}")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


def names_in(path: Path, kind: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = ?",
                                          (kind,))}
    finally:
        con.close()


def store_in(data_dir: Path) -> AtlasStore:
    return AtlasStore(data_dir, DEMO_ATLAS)


def test_a_fresh_build_carries_the_schema_version_and_every_derived_table(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given a freshly imported atlas
    live = build_live(tmp_path / "data", feed)
    # When it is checked
    check = db.check_database(live, thorough=True)
    # Then it has this code's version, all derived tables, and nothing to upgrade
    assert check.ok and check.version == models.SCHEMA_VERSION
    assert check.missing == () and not check.outdated and not check.newer
    assert set(db.DERIVED_TABLES) <= names_in(live, "table")
    assert upgrade.assess(check) == (upgrade.CURRENT, "")


def test_an_outdated_file_is_readable_not_broken(tmp_path: Path,
                                                 feed: list[dict[str, Any]]) -> None:
    # Given a live atlas of the older shape
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    # When the store opens it
    store = store_in(data)
    report = store.open()
    try:
        # Then it is served as it is: the feed's own data, no demo, no quarantine, no notice
        check = db.check_database(live)
        assert check.ok and check.outdated and check.version == 0
        assert set(check.missing) == set(OLD_MISSING_TABLES)
        assert report.origin == "live" and report.schema == upgrade.UPGRADE
        assert report.notices == ()
        status = queries.feed_status(store.sessions)
        assert status.source == "Testfeed Leibnitz" and not status.is_demo
        assert status.offers == 150
        assert not list(data.glob("*.broken-*"))
        # ... and its search, without an index, finds nothing yet (what the upgrade fixes)
        with pytest.raises(Exception, match="search_"):
            search(store.sessions, "Beratung")
    finally:
        store.close()


def test_upgrade_rebuilds_the_derived_parts_and_keeps_the_previous_copy(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given a live atlas of the older shape (without even its term counts) opened by a store
    data = tmp_path / "data"
    live = build_live(data, feed)
    con = sqlite3.connect(live)
    stats_before = sorted(con.execute("SELECT term_id, active_offers FROM term_stat"))
    windows_before = con.execute("SELECT count(*) FROM open_window").fetchone()[0]
    con.close()
    make_old(live, drop_term_stat=True)
    old_bytes = live.read_bytes()
    store = store_in(data)
    store.open()
    try:
        # When the upgrade is prepared (in this process) and installed
        result = upgrade.run_upgrade(live, isolated=False)
        assert result.verdict == upgrade.UPGRADE and result.new_file is not None
        assert live.read_bytes() == old_bytes  # preparing never touches the live file
        assert store.install_upgrade(result)
        # Then the live file has this version's shape and passes the full check
        check = db.check_database(live, thorough=True)
        assert check.ok and not check.outdated and check.version == models.SCHEMA_VERSION
        assert set(OLD_MISSING_INDEXES) <= names_in(live, "index")
        con = sqlite3.connect(live)
        assert sorted(con.execute("SELECT term_id, active_offers FROM term_stat")) == \
            stats_before
        assert con.execute("SELECT count(*) FROM open_window").fetchone()[0] == windows_before
        assert con.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
        con.close()
        # ... the search finds offers, the same data is served, the old file is the previous
        found = search(store.sessions, "Beratung")
        assert found.rows
        assert queries.feed_status(store.sessions).source == "Testfeed Leibnitz"
        assert db.previous_path(live).read_bytes() == old_bytes
        assert not upgrade.upgrade_path(live).exists()
    finally:
        store.close()


def test_upgrade_in_a_child_process(tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given an outdated live atlas
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    # When the upgrade runs in a spawned child process
    result = upgrade.run_upgrade(live)
    # Then the child hands back a checked copy with this version
    assert result.new_file is not None and not result.failed, result.message
    assert db.check_database(result.new_file, scan=False).version == models.SCHEMA_VERSION
    assert result.timings["search_s"] >= 0


def _break_an_index(conn: Connection) -> None:
    """A build step whose index no longer matches its table (only integrity_check sees it)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_service_status ON service (name)' "
                "WHERE name = 'ix_service_status'")
    raw.execute("PRAGMA writable_schema = OFF")


def test_a_failed_upgrade_leaves_the_old_file_and_says_so(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given an outdated live atlas and an upgrade whose copy fails the full check
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    old_bytes = live.read_bytes()
    # When the upgrade runs
    result = upgrade.run_upgrade(live, (_break_an_index,), isolated=False)
    # Then nothing is installed, no half-built copy is left, and the German reason is given
    assert result.failed and result.new_file is None
    assert "nicht auf das neue Format umgestellt" in result.message
    assert "bisherigen Datenstand" in result.message
    assert live.read_bytes() == old_bytes
    assert not upgrade.upgrade_path(live).exists()


def test_a_copy_of_a_replaced_live_file_is_not_installed(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given an upgrade prepared from an outdated live atlas
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    store = store_in(data)
    store.open()
    result = upgrade.run_upgrade(live, isolated=False)
    assert result.new_file is not None
    # When a sync installs a new atlas before the upgrade is installed
    synced = db.build_path(live)
    hsds.build_database(feed[:100], synced, source="Neuer Feed")
    store.replace_with(synced)
    try:
        # Then the upgrade (made of the older file) is dropped and the sync's file stays
        assert not store.install_upgrade(result)
        assert queries.feed_status(store.sessions).source == "Neuer Feed"
        assert not result.new_file.exists()
    finally:
        store.close()


def test_a_file_too_old_to_upgrade_is_served_with_a_notice(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given a live atlas whose base tables lack a column this version reads
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    con = sqlite3.connect(live)
    con.execute("ALTER TABLE service DROP COLUMN wait_time")
    con.commit()
    con.close()
    # When the store opens it, and an upgrade is asked for
    store = store_in(data)
    report = store.open()
    try:
        result = upgrade.run_upgrade(live, isolated=False)
        # Then it is served (not the demo), staff are asked for a sync, nothing is rebuilt
        assert report.origin == "live" and report.schema == upgrade.TOO_OLD
        assert any("zu alt" in n and "synchronisieren" in n and "service.wait_time" in n
                   for n in report.notices)
        assert queries.feed_status(store.sessions).source == "Testfeed Leibnitz"
        assert result.verdict == upgrade.TOO_OLD and result.new_file is None
        assert not result.failed
        assert db.check_database(live).version == 0
    finally:
        store.close()


def test_versions_below_the_upgradable_one_are_too_old(
        tmp_path: Path, feed: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a version-0 atlas, and a code base that can only upgrade from version 1
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    monkeypatch.setattr(upgrade, "MIN_UPGRADABLE_VERSION", 1)
    # When the store opens it
    store = store_in(data)
    report = store.open()
    try:
        # Then it is served with a notice naming the versions
        assert report.schema == upgrade.TOO_OLD
        assert any("Format 0, umwandelbar ab 1" in n for n in report.notices)
        assert queries.feed_status(store.sessions).offers == 150
    finally:
        store.close()


def test_a_file_of_a_newer_version_is_served_with_a_notice(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given a live atlas built by a newer kiosk (e.g. the software was rolled back)
    data = tmp_path / "data"
    live = build_live(data, feed)
    con = sqlite3.connect(live)
    con.execute(f"PRAGMA user_version = {models.SCHEMA_VERSION + 5}")
    con.execute("CREATE TABLE future_thing (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = live.read_bytes()
    # When the store opens it and the upgrade looks at it
    store = store_in(data)
    report = store.open()
    try:
        result = upgrade.run_upgrade(live, isolated=False)
        # Then it is served as it is, staff are told, and nothing is rewritten
        assert report.origin == "live" and report.schema == upgrade.NEWER
        assert any("neueren Kiosk-Version" in n for n in report.notices)
        assert queries.feed_status(store.sessions).source == "Testfeed Leibnitz"
        assert search(store.sessions, "Beratung").rows
        assert result.verdict == upgrade.NEWER and result.new_file is None
        assert live.read_bytes() == before
    finally:
        store.close()


def test_an_outdated_previous_copy_is_restored_not_the_demo(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given a broken live file whose previous copy is of the older shape
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    copy = data / "copy.sqlite"
    copy.write_bytes(live.read_bytes())
    db.install_database(copy, live)
    live.write_bytes(b"not a database" * 200)
    # When the store opens
    store = store_in(data)
    report = store.open()
    try:
        # Then the outdated previous copy is served (to be upgraded), not the demo atlas
        assert report.origin == "previous" and report.schema == upgrade.UPGRADE
        assert queries.feed_status(store.sessions).source == "Testfeed Leibnitz"
    finally:
        store.close()


def test_a_current_version_missing_a_derived_table_is_upgraded(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given an atlas of this version whose open-now tables are gone
    data = tmp_path / "data"
    live = build_live(data, feed)
    con = sqlite3.connect(live)
    con.execute("DROP TABLE open_window")
    con.commit()
    con.close()
    # When it is checked and upgraded
    check = db.check_database(live)
    result = upgrade.run_upgrade(live, isolated=False)
    # Then it counts as outdated (not broken), and the upgrade puts the table back
    assert check.ok and check.outdated and check.missing == ("open_window",)
    assert result.new_file is not None
    assert "open_window" in names_in(result.new_file, "table")


def _die(_conn: Connection) -> None:
    """A build step that ends its process at once (as the out-of-memory killer would)."""
    os._exit(3)


def test_a_child_that_dies_leaves_the_old_file_and_says_so(
        tmp_path: Path, feed: list[dict[str, Any]]) -> None:
    # Given an outdated live atlas
    data = tmp_path / "data"
    live = build_live(data, feed)
    make_old(live)
    old_bytes = live.read_bytes()
    # When the upgrade's child process dies half-way
    result = upgrade.run_upgrade(live, (_die,))
    # Then the old file is untouched, no half-built copy is left, and the reason is German
    assert result.failed and "Hilfsprozess endete unerwartet, Code 3" in result.message
    assert live.read_bytes() == old_bytes
    assert not upgrade.upgrade_path(live).exists()
