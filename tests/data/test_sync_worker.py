"""The sync's child process: progress, result and lock hand-over, cancel, a killed child."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import threading
from pathlib import Path

from kiosk.data import db
from kiosk.data.store import AtlasStore
from kiosk.data.sync import (
    LOCK_NAME,
    AtlasSync,
    Outcome,
    PreparedSync,
    SyncStep,
    live_info,
)
from kiosk.data.sync_worker import SyncJob, SyncProcess
from tests.data.sync_helpers import (
    SCHEMA,
    FeedServer,
    Reply,
    fast_settings,
    feed_server,
    open_store,
    serve_api,
)
from tools.make_feed import make_feed

WAIT_S = 60


def lock_is_free(data_dir: Path) -> bool:
    """Whether another process could take the data folder's sync lock right now."""
    with (data_dir / LOCK_NAME).open("a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return True


class Collected:
    """What the reader thread hands over."""

    def __init__(self) -> None:
        self.steps: list[SyncStep] = []
        self.prepared: list[PreparedSync] = []
        self.threads: set[str] = set()

    def step(self, step: SyncStep) -> None:
        self.steps.append(step)
        self.threads.add(threading.current_thread().name)

    def done(self, prepared: PreparedSync) -> None:
        self.prepared.append(prepared)


def slow_api(server: FeedServer, count: int, per_page: int, delay_s: float) -> None:
    """An HSDS API whose pages each take `delay_s` to answer."""
    serve_api(server, json.loads(json.dumps(make_feed(count))), per_page=per_page)
    for path, route in list(server.routes.items()):
        if path.startswith("/services?page=") and isinstance(route, Reply):
            route.delay_s = delay_s


def test_child_prepares_and_hands_over_the_lock(data_dir: Path):
    # Given a kiosk data folder on the demo atlas and a real HSDS API on 127.0.0.1
    store = open_store(data_dir)
    with feed_server() as server:
        serve_api(server, json.loads(json.dumps(make_feed(120))), per_page=40)
        sync = AtlasSync(store, fast_settings(), SCHEMA, source=server.base)
        got = Collected()
        # When the prepare step runs in a child process
        worker = SyncProcess(SyncJob.of(sync), on_step=got.step, on_done=got.done)
        worker.start()
        assert worker.wait(WAIT_S)
    # Then it ran in another process, progress came in, and a built file waits
    assert worker.pid is not None and worker.pid != os.getpid()
    assert {"connect", "pages", "validate", "build"} <= {s.stage for s in got.steps}
    assert got.threads == {"kiosk-sync-reader"}
    [prepared] = got.prepared
    assert prepared.report.outcome is Outcome.UPDATED
    assert len(prepared.report.added) == 120
    assert prepared.new_file is not None and prepared.new_file.is_file()
    # and this process now holds the sync lock (the child is gone)
    assert prepared.lock is not None
    assert not lock_is_free(data_dir)
    # When it is committed here, Then the new atlas is live and the lock free
    report = sync.commit(prepared)
    assert report.changed_data
    assert live_info(store.live).offers == 120
    assert lock_is_free(data_dir)
    store.close()


def start_on_slow_api(store: AtlasStore, server: FeedServer) -> tuple[SyncProcess, Collected]:
    """A child syncing from a slow API (each page 0.2 s), once its first page has come."""
    slow_api(server, 200, per_page=10, delay_s=0.2)
    got = Collected()
    first_page = threading.Event()

    def on_step(step: SyncStep) -> None:
        got.step(step)
        if step.stage == "pages":
            first_page.set()

    worker = SyncProcess(SyncJob.of(AtlasSync(store, fast_settings(), SCHEMA, source=server.base)),
                         on_step=on_step, on_done=got.done)
    worker.start()
    assert first_page.wait(WAIT_S)
    return worker, got


def test_cancel_stops_the_child_and_changes_nothing(data_dir: Path):
    # Given a slow API (each page takes 0.2 s) and a running child
    store = open_store(data_dir)
    before = live_info(store.live)
    with feed_server() as server:
        worker, got = start_on_slow_api(store, server)
        # When staff cancel
        worker.cancel()
        assert worker.wait(WAIT_S)
    # Then the child stopped on its own, the report says so, and the data is unchanged
    [prepared] = got.prepared
    assert prepared.report.outcome is Outcome.CANCELLED
    assert "abgebrochen" in prepared.report.message
    assert prepared.new_file is None and prepared.lock is None
    assert live_info(store.live) == before
    assert lock_is_free(data_dir)
    store.close()


def test_killed_child_becomes_a_german_report(data_dir: Path):
    # Given a child fetching a slow API
    store = open_store(data_dir)
    before = live_info(store.live)
    with feed_server() as server:
        worker, got = start_on_slow_api(store, server)
        # When the child is killed (the OOM killer, a stray kill -9)
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
        assert worker.wait(WAIT_S)
    # Then the result is a German report with the exit code, nothing changed, no leftovers
    [prepared] = got.prepared
    assert prepared.report.outcome is Outcome.CANCELLED
    assert "unerwartet beendet" in prepared.report.message
    assert f"Signal {int(signal.SIGKILL)}" in prepared.report.message
    assert "bisherigen Datenstand" in prepared.report.message
    assert prepared.new_file is None and prepared.lock is None
    assert live_info(store.live) == before
    assert not db.build_path(store.live).exists()
    assert lock_is_free(data_dir)
    store.close()


def test_result_lists_arrive_whole_in_chunks(data_dir: Path, tmp_path: Path):
    # Given a file feed of 2,500 offers (more than two chunks of names)
    store = open_store(data_dir)
    source = tmp_path / "feed.json"
    source.write_text(json.dumps(make_feed(2500), ensure_ascii=False), encoding="utf-8")
    got = Collected()
    sync = AtlasSync(store, fast_settings(), SCHEMA, source=str(source))
    # When the child prepares it as a dry run
    worker = SyncProcess(SyncJob.of(sync, dry_run=True), on_step=got.step, on_done=got.done)
    worker.start()
    assert worker.wait(WAIT_S)
    # Then the report is the one the same dry run gives in this process, every name in order
    [prepared] = got.prepared
    report = prepared.report
    here = sync.prepare(dry_run=True).report
    assert report.dry_run and report.outcome is Outcome.UPDATED
    assert len(report.added) == 2500
    assert (report.added, report.removed, report.message) == (here.added, here.removed,
                                                              here.message)
    assert prepared.new_file is None and prepared.lock is None
    assert not db.build_path(store.live).exists()
    store.close()
