"""The GUI syncs through a real child process: progress, swap, new data; a killed child."""

from __future__ import annotations

import json
import os
import re
import signal
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.data import db, queries
from kiosk.data.sync import Outcome, SyncReport, SyncStep, live_info
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.common import TileButton
from tests.data.sync_helpers import FeedServer, Reply, feed_server, serve_api
from tests.ui.conftest import WindowFactory
from tests.ui.test_navigation import tap
from tests.ui.test_sync_screen import as_staff, sync_config
from tools.make_feed import make_feed


def home_tiles(window: KioskWindow) -> list[str]:
    """The category tiles' accessible names ("Wohnen, 12 Angebote")."""
    return sorted(t.accessibleName() for t in window.home.findChildren(TileButton)
                  if t.property("role") == "tile")


def api(server: FeedServer, count: int, per_page: int, delay_s: float = 0.0) -> None:
    serve_api(server, json.loads(json.dumps(make_feed(count))), per_page=per_page)
    for path, route in server.routes.items():
        if path.startswith("/services?page=") and isinstance(route, Reply):
            route.delay_s = delay_s


def test_gui_syncs_through_a_child_process(qtbot: QtBot, make_window: WindowFactory,
                                           tmp_path: Path):
    # Given a kiosk on the demo atlas whose source is a real HSDS API on 127.0.0.1
    with feed_server() as server:
        api(server, 300, per_page=30, delay_s=0.02)
        window = make_window(sync_config(tmp_path, server.base))
        flow = window.sync_flow
        assert flow.isolated
        tiles_before = home_tiles(window)
        steps: list[SyncStep] = []
        shown: list[str] = []
        flow._relay.progressed.connect(steps.append)
        flow._relay.progressed.connect(lambda _s: shown.append(flow.screen.stage_label.text()))
        as_staff(window)
        # When staff touch "Jetzt synchronisieren"
        with qtbot.waitSignal(flow.sync_finished, timeout=60_000) as finished:
            tap(qtbot, window.staff.sync_button)
            worker = flow.worker
            assert worker is not None and worker.pid != os.getpid()
            assert flow.running
    # Then the prepare step ran in the child, its progress reached the screen
    assert worker.finished.is_set() and not flow.running
    assert {"connect", "pages", "validate", "build", "check"} <= {s.stage for s in steps}
    assert any(text.startswith("Seite ") and " von 10 " in text for text in shown)
    # and the GUI process swapped in the new atlas and shows it
    report: SyncReport = finished.args[0]
    assert report.outcome is Outcome.UPDATED
    assert flow.screen.heading.text() == "Der Sozialatlas wurde aktualisiert"
    assert "300 neu" in flow.screen.report_label.text()
    assert queries.feed_status(window.ctx.store.sessions).offers == 300
    tap(qtbot, flow.screen.done_button)
    assert window.route.kind == "staff"
    expected = queries.top_terms(window.ctx.store.sessions, window.ctx.settings.roles.categories)
    qtbot.waitUntil(lambda: len(home_tiles(window)) == len(expected))  # old ones deleted
    tiles_after = home_tiles(window)
    assert tiles_after != tiles_before
    assert sorted(int(re.findall(r"\d+", t)[-1]) for t in tiles_after) == sorted(
        term.offers for term in expected)
    assert not db.build_path(window.ctx.store.live).exists()


def test_killed_child_keeps_the_old_data_with_a_german_message(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path):
    # Given a kiosk syncing from a slow API (each page takes 0.2 s)
    with feed_server() as server:
        api(server, 300, per_page=10, delay_s=0.2)
        window = make_window(sync_config(tmp_path, server.base))
        flow = window.sync_flow
        live = window.ctx.store.live
        before = live_info(live)
        offers_before = queries.feed_status(window.ctx.store.sessions).offers
        as_staff(window)
        with qtbot.waitSignal(flow._relay.progressed, timeout=60_000,
                              check_params_cb=lambda s: s.stage == "pages"):
            tap(qtbot, window.staff.sync_button)
        worker = flow.worker
        assert worker is not None and worker.pid is not None
        # When the child is killed half-way through the pages
        with qtbot.waitSignal(flow.sync_finished, timeout=60_000) as finished:
            os.kill(worker.pid, signal.SIGKILL)
    # Then staff read a German message on the sync screen and among the notices
    report: SyncReport = finished.args[0]
    assert report.outcome is Outcome.CANCELLED
    assert flow.screen.heading.text() == "Abgebrochen"
    text = flow.screen.report_label.text()
    assert "unerwartet beendet" in text and "bisherigen Datenstand" in text
    notices = "\n".join(window.ctx.notices)
    assert "unerwartet beendet" in notices and "Der Kiosk zeigt den Beispieldaten vom" in notices
    # and the old data keeps serving, with no half-built file left behind
    assert live_info(live) == before
    assert queries.feed_status(window.ctx.store.sessions).offers == offers_before
    assert not db.build_path(live).exists()
    tap(qtbot, flow.screen.done_button)
    assert window.route.kind == "staff"
    assert not flow.running


def test_a_child_that_cannot_start_changes_nothing(qtbot: QtBot, make_window: WindowFactory,
                                                   tmp_path: Path, monkeypatch):
    # Given a kiosk where no new process can be started (out of file handles, say)
    source = tmp_path / "feed.json"
    source.write_text(json.dumps(make_feed(20), ensure_ascii=False), encoding="utf-8")
    window = make_window(sync_config(tmp_path, source))
    before = live_info(window.ctx.store.live)

    def refuse(self: object) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr("kiosk.data.sync_worker.SyncProcess.start", refuse)
    # When staff sync
    as_staff(window)
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=10_000) as finished:
        tap(qtbot, window.staff.sync_button)
    # Then the screen says so in German, nothing runs and the data is unchanged
    assert finished.args[0].outcome is Outcome.REJECTED
    assert "Unerwarteter Fehler bei der Synchronisierung (OSError)" in (
        window.sync_flow.screen.report_label.text())
    assert not window.sync_flow.running
    assert live_info(window.ctx.store.live) == before
