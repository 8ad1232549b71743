"""The sync screen: progress, report, confirmation, start-up failure notices, responsiveness."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.app import create_window
from kiosk.data import db, queries
from kiosk.data.sync import Outcome, SyncReport, live_info, run_sync
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tasks import TaskRunner
from tests.data.sync_helpers import SCHEMA, fast_settings, open_store, write_json
from tests.ui.conftest import WindowFactory
from tests.ui.test_navigation import tap
from tools.make_feed import make_feed


def sync_config(tmp_path: Path, source: Path | str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(f'[sync]\nsource = "{source}"\nretries = 0\nbackoff_s = 0.01\n',
                    encoding="utf-8")
    return path


def feed(count: int) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(json.dumps(make_feed(count)))
    return data


def as_staff(window: KioskWindow) -> None:
    window._on_pin_accepted()  # the PIN pad has its own tests
    assert window.route.kind == "staff"


def test_staff_sync_updates_and_reloads(qtbot: QtBot, make_window: WindowFactory,
                                        tmp_path: Path):
    # Given a kiosk on the demo atlas whose config names a feed file, and staff mode
    source = write_json(tmp_path / "feed.json", feed(40))
    window = make_window(sync_config(tmp_path, source))
    assert window.sync_available
    as_staff(window)
    # When staff touch "Jetzt synchronisieren"
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=30_000) as finished:
        tap(qtbot, window.staff.sync_button)
    # Then the sync screen shows the report and the new data is live
    report: SyncReport = finished.args[0]
    assert report.outcome is Outcome.UPDATED
    assert window.route.kind == "sync"
    assert window.sync_flow.screen.heading.text() == "Der Sozialatlas wurde aktualisiert"
    assert "40 neu" in window.sync_flow.screen.report_label.text()
    assert window.sync_flow.screen.done_button.isVisible()
    assert not window.back_button.isEnabled()
    assert queries.feed_status(window.ctx.store.sessions).offers == 40
    # When staff touch "Weiter", Then back to the staff screen
    tap(qtbot, window.sync_flow.screen.done_button)
    assert window.route.kind == "staff"
    assert not window.ctx.notices


def test_start_up_failure_starts_on_last_copy_with_notice(qtbot: QtBot,
                                                         make_window: WindowFactory,
                                                         tmp_path: Path):
    # Given a source that cannot be reached (the USB stick is missing)
    window = make_window(sync_config(tmp_path, tmp_path / "stick" / "feed.json"))
    before = queries.feed_status(window.ctx.store.sessions)
    # When the kiosk syncs at start-up
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=30_000):
        window.sync_flow.start(at_start=True)
    # Then it starts on its home screen with the old data, and staff learn why and how old
    assert window.route.kind == "home"
    assert queries.feed_status(window.ctx.store.sessions) == before
    notices = "\n".join(window.ctx.notices)
    assert "nicht erreichbar" in notices and "USB-Stick" in notices
    assert "Der Kiosk zeigt den Beispieldaten vom" in notices


def test_big_shrink_waits_for_trotzdem_uebernehmen(qtbot: QtBot, make_window: WindowFactory,
                                                   tmp_path: Path, data_dir: Path):
    # Given 200 real offers live, and a new feed with only 100 of them
    services = feed(200)
    store = open_store(data_dir)
    first = run_sync(store, fast_settings(), SCHEMA,
                     source=str(write_json(tmp_path / "full.json", services)))
    store.close()
    assert first.outcome is Outcome.UPDATED
    window = make_window(sync_config(tmp_path, write_json(tmp_path / "half.json",
                                                           services[:100])))
    as_staff(window)
    # When staff sync
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=30_000):
        tap(qtbot, window.staff.sync_button)
    screen = window.sync_flow.screen
    # Then nothing changed yet and the screen asks for confirmation
    assert screen.heading.text() == "Bitte bestätigen"
    assert screen.confirm_button.isVisible() and screen.discard_button.isVisible()
    assert live_info(db.live_path(data_dir)).offers == 200
    assert any("Trotzdem übernehmen" in n for n in window.ctx.notices)
    # When staff touch "Trotzdem übernehmen", Then the smaller atlas is live
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=30_000) as done:
        tap(qtbot, screen.confirm_button)
    assert done.args[0].outcome is Outcome.UPDATED
    assert queries.feed_status(window.ctx.store.sessions).offers == 100
    assert not any("Trotzdem" in n for n in window.ctx.notices)


def test_discarding_a_waiting_feed_keeps_the_data(qtbot: QtBot, make_window: WindowFactory,
                                                  tmp_path: Path, data_dir: Path):
    services = feed(60)
    store = open_store(data_dir)
    run_sync(store, fast_settings(), SCHEMA,
             source=str(write_json(tmp_path / "full.json", services)))
    store.close()
    window = make_window(sync_config(tmp_path, write_json(tmp_path / "few.json",
                                                           services[:10])))
    as_staff(window)
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=30_000):
        tap(qtbot, window.staff.sync_button)
    tap(qtbot, window.sync_flow.screen.discard_button)
    assert window.route.kind == "staff"
    assert live_info(db.live_path(data_dir)).offers == 60
    assert not db.build_path(db.live_path(data_dir)).exists()


def test_background_sync_keeps_the_gui_responsive(qtbot: QtBot, tmp_path: Path,
                                                  data_dir: Path):
    # Given a real window with a thread-pool runner and a 1,500-offer feed
    source = write_json(tmp_path / "feed.json", feed(1500))
    runner = TaskRunner()
    window = create_window(sync_config(tmp_path, source), data_dir, runner=runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    steps: list[str] = []
    window.sync_flow._relay.progressed.connect(lambda step: steps.append(step.stage))
    # When the sync runs in the background
    timer.start()
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=120_000) as finished:
        window.sync_flow.start()
    timer.stop()
    # Then progress arrived on the GUI thread, the event loop kept ticking, and it finished
    assert finished.args[0].outcome is Outcome.UPDATED
    assert {"read", "validate", "build"} <= set(steps)
    assert len(ticks) > 10
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    print(f"largest event-loop gap during sync: {max(gaps) * 1000:.0f} ms")  # noqa: T201
    runner.wait(10_000)
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()


def test_cancel_changes_nothing(qtbot: QtBot, tmp_path: Path, data_dir: Path):
    # Given a sync running on a worker thread
    source = write_json(tmp_path / "feed.json", feed(1500))
    runner = TaskRunner()
    window = create_window(sync_config(tmp_path, source), data_dir, runner=runner)
    qtbot.addWidget(window)
    before = live_info(db.live_path(data_dir)).content_sha256
    # When "Abbrechen" is touched at once
    with qtbot.waitSignal(window.sync_flow.sync_finished, timeout=120_000) as finished:
        window.sync_flow.start()
        window.sync_flow.screen.cancel_button.click()
    # Then the sync stops and the data is what it was
    assert finished.args[0].outcome is Outcome.CANCELLED
    assert live_info(db.live_path(data_dir)).content_sha256 == before
    assert window.sync_flow.screen.heading.text() == "Abgebrochen"
    runner.wait(10_000)
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()
