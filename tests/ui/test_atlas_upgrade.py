"""A kiosk started on an outdated atlas serves it, upgrades it after start, and tells staff."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.data import db, hsds, models, queries, upgrade
from kiosk.ui.main_window import KioskWindow, Route
from tests.data.test_upgrade import _break_an_index, build_live, make_old
from tests.ui.conftest import WindowFactory
from tools.make_feed import make_feed

SOURCE = "Testfeed Leibnitz"


@pytest.fixture(scope="module")
def feed() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(json.dumps(make_feed(150, seed=3)))
    return data


def served_source(window: KioskWindow) -> str:
    return queries.feed_status(window.ctx.store.sessions).source


def search_rows(qtbot: QtBot, window: KioskWindow, text: str) -> int:
    """Run a search on the visitor's search screen; how many offers it lists."""
    window.navigate(Route("search"))
    screen = window.search
    screen.field.setText(text)
    screen.search_now()
    qtbot.waitUntil(lambda: screen.result is not None and screen.result.query == text)
    return screen.model.rowCount()


def staff_notices(window: KioskWindow) -> str:
    window._show_route(Route("staff"))
    return window.staff.notice_label.text()


def test_outdated_atlas_is_served_then_upgraded_after_the_check(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
        feed: list[dict[str, Any]]) -> None:
    # Given a data folder whose live atlas was built by an older kiosk version
    live = build_live(data_dir, feed)
    make_old(live)
    old_bytes = live.read_bytes()
    # When a kiosk window starts on it
    window = make_window()
    window.upgrade_isolated = False
    # Then the visitors see the real data at once (not the demo), and nothing alarms staff
    assert served_source(window) == SOURCE
    assert window.home._categories
    assert window.ctx.notices == []
    # When the background check runs after the first paint (it chains the upgrade)
    with qtbot.waitSignal(window.atlas_upgraded, timeout=30_000) as upgraded:
        window.verify_atlas()
    # Then the live file has this version's shape, the previous copy is the old file,
    # the same data is served and the search finds offers
    result = upgraded.args[0]
    assert not result.failed
    check = db.check_database(live, thorough=True)
    assert check.ok and check.version == models.SCHEMA_VERSION and not check.outdated
    assert db.previous_path(live).read_bytes() == old_bytes
    assert served_source(window) == SOURCE
    assert window.home._categories
    assert search_rows(qtbot, window, "Beratung") > 0
    assert window.ctx.notices == []


def test_upgrade_runs_in_a_child_process_for_the_window(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
        feed: list[dict[str, Any]]) -> None:
    # Given a window on an outdated atlas, upgrading in a child process (the default)
    live = build_live(data_dir, feed)
    make_old(live)
    window = make_window()
    assert window.upgrade_isolated
    # When the upgrade is started
    with qtbot.waitSignal(window.atlas_upgraded, timeout=60_000):
        window.upgrade_atlas()
    # Then the upgraded file is live and searchable
    assert db.check_database(live, scan=False).version == models.SCHEMA_VERSION
    assert search_rows(qtbot, window, "Beratung") > 0


def test_a_failed_upgrade_keeps_the_old_file_and_tells_staff(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
        feed: list[dict[str, Any]]) -> None:
    # Given a window on an outdated atlas, and an upgrade whose copy fails the full check
    live = build_live(data_dir, feed)
    make_old(live)
    old_bytes = live.read_bytes()
    window = make_window()
    window.upgrade_isolated = False
    window.ctx.store.post_build = (_break_an_index,)
    # When the upgrade runs
    with qtbot.waitSignal(window.atlas_upgraded, timeout=30_000):
        window.upgrade_atlas()
    # Then the old file keeps serving the visitors, and staff read why in German
    assert live.read_bytes() == old_bytes
    assert not db.previous_path(live).exists()
    assert served_source(window) == SOURCE and window.home._categories
    notices = staff_notices(window)
    assert "konnte nicht auf das neue Format umgestellt werden" in notices
    assert "bisherigen Datenstand" in notices


def test_a_too_old_atlas_is_served_with_a_notice_never_the_demo(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
        feed: list[dict[str, Any]]) -> None:
    # Given a live atlas whose base tables are too old to upgrade
    live = build_live(data_dir, feed)
    make_old(live)
    con = sqlite3.connect(live)
    con.execute("ALTER TABLE service DROP COLUMN wait_time")
    con.commit()
    con.close()
    # When a window starts on it and the background check runs
    window = make_window()
    window.upgrade_isolated = False
    with qtbot.waitSignal(window.atlas_upgraded, timeout=30_000) as upgraded:
        window.verify_atlas()
    # Then the real data is served (no demo, no quarantine) and staff are asked for a sync
    assert upgraded.args[0].verdict == upgrade.TOO_OLD
    assert served_source(window) == SOURCE and window.home._categories
    assert not list(data_dir.glob("*.broken-*"))
    assert "zu alt" in staff_notices(window) and "synchronisieren" in staff_notices(window)
    assert db.check_database(live).version == 0


def test_a_newer_atlas_is_served_with_a_notice(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
        feed: list[dict[str, Any]]) -> None:
    # Given a live atlas built by a newer kiosk version (the software was rolled back)
    live = build_live(data_dir, feed)
    con = sqlite3.connect(live)
    con.execute(f"PRAGMA user_version = {models.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = live.read_bytes()
    # When a window starts on it and the background check runs
    window = make_window()
    window.upgrade_isolated = False
    with qtbot.waitSignal(window.atlas_upgraded, timeout=30_000):
        window.verify_atlas()
    # Then it is served as it is, searchable, and staff are told
    assert served_source(window) == SOURCE
    assert search_rows(qtbot, window, "Beratung") > 0
    assert "neueren Kiosk-Version" in staff_notices(window)
    assert live.read_bytes() == before


def test_a_current_atlas_needs_no_upgrade(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
        feed: list[dict[str, Any]]) -> None:
    # Given a current atlas and a leftover of an upgrade that was killed
    live = build_live(data_dir, feed)
    upgrade.upgrade_path(live).write_bytes(b"half")
    before = live.read_bytes()
    window = make_window()
    # When the background check runs
    with qtbot.waitSignal(window.atlas_upgraded, timeout=30_000) as upgraded:
        window.verify_atlas()
    # Then nothing is rebuilt (no child process either), the leftover is gone, no notice
    assert upgraded.args[0].verdict == upgrade.CURRENT
    assert live.read_bytes() == before and not db.previous_path(live).exists()
    assert not upgrade.upgrade_path(live).exists()
    assert window.ctx.notices == []


def test_the_embedded_atlas_is_current(window: KioskWindow) -> None:
    # Given a first start (the demo atlas is built), Then it carries this version
    check = db.check_database(window.ctx.store.live, scan=False)
    assert check.version == models.SCHEMA_VERSION and not check.outdated
    assert hsds.TERM_STAT_SQL.startswith("INSERT INTO term_stat")
