"""Benchmark: sync of a 50,000-offer feed by phase, the GUI's largest stall, a kill loop."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kiosk.config import assets_dir
from kiosk.data.store import AtlasStore
from kiosk.data.sync import SyncSettings, run_sync
from kiosk.data.validate import load_schema, validate_services

SCHEMA = assets_dir() / "hsds" / "service.json"
EMBEDDED = assets_dir() / "demo_atlas.json"
BIG = 50_000
GUI_OFFERS = tuple(int(n) for n in os.environ.get("KIOSK_BENCH_GUI_OFFERS",
                                                    "10000,50000").split(","))
GUI_RUNS = int(os.environ.get("KIOSK_BENCH_GUI_RUNS", "3"))
# Also measure the old path (prepare on a worker thread of the GUI process) at this size.
GUI_THREAD_OFFERS = int(os.environ.get("KIOSK_BENCH_GUI_THREAD_OFFERS", "10000"))
ROOT = Path(__file__).resolve().parents[1]
KILL_RUNS = int(os.environ.get("KIOSK_BENCH_KILL_RUNS", "500"))
SYNC_RUNS = int(os.environ.get("KIOSK_BENCH_SYNC_RUNS", "3"))


def sync_file_run(feed: str, folder: str) -> dict[str, float]:
    """One sync of a feed file into a fresh data folder (embedded atlas live), in seconds.

    Runs in a fresh process (see `_sync_file`): the phases as the sync reports them (fetch,
    validate, build and its parts, check), the whole prepare+commit, the process's CPU
    time over the sync, and its peak resident memory (VmHWM).
    """
    store = AtlasStore(Path(folder) / "data", EMBEDDED)
    store.open()
    cpu = time.process_time()
    started = time.perf_counter()
    report = run_sync(store, SyncSettings(), SCHEMA, source=feed)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu
    store.close()
    assert report.outcome.value == "updated", report.message
    figures = dict(report.timings)
    figures.update(total_s=total, cpu_s=cpu, peak_rss_mb=_rss_mb("VmHWM"),
                   offers=report.offers_after)
    return figures


def _sync_file(folder: Path, feed: Path, runs: int = SYNC_RUNS) -> dict[str, Any]:
    """Median of `runs` fresh processes, each syncing the 50,000-offer feed file."""
    import statistics

    from bench.common import run_fresh

    results: list[dict[str, float]] = []
    for _ in range(runs):
        data = folder / "sync-run"
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir()
        results.append(run_fresh("bench.bench_sync", "sync_file_run", str(feed), str(data)))
        shutil.rmtree(data, ignore_errors=True)
    figures: dict[str, Any] = {
        f"sync50k_{key}": round(statistics.median(r[key] for r in results), 2)
        for key in results[0] if key != "offers"}
    figures["sync50k_total_s_runs"] = ", ".join(f"{r['total_s']:.2f}" for r in results)
    figures["sync50k_offers"] = results[0]["offers"]
    figures["sync50k_runs"] = runs
    return figures


def _jsonschema_rate(feed: Path) -> dict[str, float]:
    """The reference jsonschema validator against the compiled checker, per 1,000 offers."""
    import json

    services = json.loads(feed.read_bytes())[:2000]
    schema = load_schema(SCHEMA)
    started = time.perf_counter()
    for service in services:
        next(iter(schema.reference.iter_errors(service)), None)
    reference = (time.perf_counter() - started) / len(services) * 1000
    started = time.perf_counter()
    validate_services(services, schema)
    compiled = (time.perf_counter() - started) / len(services) * 1000
    return {"jsonschema_per_1000_s": round(reference, 2),
            "compiled_check_per_1000_s": round(compiled, 2)}


def gui_gap_run(feed: str, data_dir: str, isolated: bool = True) -> dict[str, float]:
    """One sync in a fresh window of this process; the gaps between 5 ms timer ticks.

    Ticks run from the start of the sync until 1 s after `sync_finished` (swap and the
    home screen's reload included). `isolated` picks the production path (a child process)
    or the old one (a worker thread of this process).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.app import create_window
    from kiosk.ui.tasks import TaskRunner

    folder = Path(data_dir)
    config = folder / "gui.toml"
    config.write_text(f'[sync]\nsource = "{feed}"\n', encoding="utf-8")
    runner = TaskRunner()
    window = create_window(config, folder / "data", runner=runner)
    window.show()
    flow = window.sync_flow
    flow.isolated = isolated
    ticks: list[float] = []
    marks: dict[str, float] = {}
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    flow._relay.prepared.connect(lambda _p: marks.setdefault("result", time.perf_counter()))
    steps: list[tuple[float, str]] = []
    flow._relay.prepared.connect(lambda _p: steps.append((time.perf_counter(), "result")))

    def finished(report: Any) -> None:
        marks["finished"] = time.perf_counter()
        steps.append((marks["finished"], "finished"))
        marks["offers"] = report.offers_after
        QTimer.singleShot(1000, loop.quit)

    flow.sync_finished.connect(finished)
    flow._relay.progressed.connect(lambda step: steps.append((time.perf_counter(), step.stage)))
    settle = QEventLoop()  # the window's first paint is not part of the sync
    QTimer.singleShot(500, settle.quit)
    settle.exec()
    # The machine's own noise: the same ticks for 3 s with no sync running.
    timer.start()
    QTimer.singleShot(3000, settle.quit)
    settle.exec()
    timer.stop()
    idle = max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0)
    ticks.clear()
    rss_before = _rss_mb("VmRSS")
    timer.start()
    started = time.perf_counter()
    flow.start()
    loop.exec()
    timer.stop()
    runner.wait(10_000)
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    if os.environ.get("KIOSK_BENCH_GUI_TRACE"):  # where the largest gaps fell
        pairs = sorted(zip(ticks, ticks[1:], strict=False), key=lambda p: p[0] - p[1])[:5]
        for a, b in pairs:
            stage = next((name for t, name in reversed(steps) if t <= b), "start")
            print(f"gap {(b - a) * 1000:.1f} ms at {a - started:.2f} s ({stage})",
                  file=sys.stderr)
    # The swap and reload: from the result's arrival (thread path: commit) to the end.
    after = marks.get("result", marks["finished"]) - 0.005
    swap_gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False) if b >= after]
    figures = {"offers": marks["offers"], "sync_s": round(marks["finished"] - started, 2),
               "largest_gap_ms": round(gaps[-1] * 1000, 1),
               "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)] * 1000, 1),
               "swap_largest_gap_ms": round(max(swap_gaps, default=0.0) * 1000, 1),
               "ticks": len(ticks), "idle_largest_gap_ms": round(idle * 1000, 1),
               "gui_rss_growth_mb": round(_rss_mb("VmHWM") - rss_before, 1),
               "child_peak_rss_mb": round(_children_peak_mb(), 1)}
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()
    return figures


def _rss_mb(field: str) -> float:
    """This process's resident memory (VmRSS) or its peak so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _children_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _gui_gap(folder: Path, feed: Path, *, runs: int = GUI_RUNS, isolated: bool = True,
             label: str) -> dict[str, Any]:
    """Median of `runs` fresh processes, each syncing `feed` into an empty data folder."""
    import statistics

    from bench.common import run_fresh

    results: list[dict[str, float]] = []
    for _ in range(runs):
        data = folder / "gui-run"
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir()
        results.append(run_fresh("bench.bench_sync", "gui_gap_run", str(feed), str(data),
                                 isolated))
        shutil.rmtree(data, ignore_errors=True)
    figures: dict[str, Any] = {f"{label}_offers": results[0]["offers"], f"{label}_runs": runs}
    for key in ("sync_s", "largest_gap_ms", "p99_gap_ms", "swap_largest_gap_ms",
                "idle_largest_gap_ms",
                "gui_rss_growth_mb", "child_peak_rss_mb"):
        values = [r[key] for r in results]
        figures[f"{label}_{key}_median"] = round(statistics.median(values), 1)
        figures[f"{label}_{key}_all"] = values
    return figures


def _big_feed(folder: Path, offers: int) -> Path:
    """The cached 50,000-offer feed of bench/out (written once); other sizes in `folder`."""
    from tools.make_feed import write_feed

    if offers == BIG:
        cached = ROOT / "bench" / "out" / f"feed-{BIG}.json"
        if cached.is_file() and cached.stat().st_size > 1_000_000:
            return cached
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_feed(cached, offers)
        return cached
    feed = folder / f"gui-{offers}.json"
    write_feed(feed, offers)
    return feed


def _kill_loop(folder: Path, runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.data.test_sync_kill import kill_loop

    started = time.perf_counter()
    counts = kill_loop(folder, runs, seed=2026)
    return {"kill_runs": runs, "kill_left_old": counts["old"], "kill_left_new": counts["new"],
            "kill_mixed_or_lost": 0, "kill_loop_s": round(time.perf_counter() - started, 1)}


def bench_gui_gap(folder: Path | None = None) -> dict[str, Any]:
    """The GUI's largest stall and p99 gap while syncing 10k and 50k offers (median of 3)."""
    own = folder is None
    work = Path(tempfile.mkdtemp(prefix="bench-gui-")) if folder is None else folder
    figures: dict[str, Any] = {}
    try:
        for offers in GUI_OFFERS:
            gui_feed = _big_feed(work, offers)
            figures.update(_gui_gap(work, gui_feed, label=f"gui{offers // 1000}k"))
            if offers == GUI_THREAD_OFFERS:
                figures.update(_gui_gap(work, gui_feed, isolated=False,
                                        label=f"gui_thread{offers // 1000}k"))
        return figures
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)


def bench_sync() -> dict[str, Any]:
    """Sync figures: 50k offers by phase, validation speed, GUI stall, SIGKILL loop."""
    from tools.make_feed import write_feed

    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        feed = folder / "feed-50k.json"
        started = time.perf_counter()
        write_feed(feed, BIG)
        figures: dict[str, Any] = {"feed50k_mb": round(feed.stat().st_size / 1e6, 1),
                                   "feed50k_write_s": round(time.perf_counter() - started, 1)}
        figures.update(_sync_file(folder, feed))
        figures.update(_jsonschema_rate(feed))
        feed.unlink()
        shutil.rmtree(folder / "data", ignore_errors=True)
        figures.update(bench_gui_gap(folder))
        if KILL_RUNS:
            kill = folder / "kill"
            kill.mkdir()
            figures.update(_kill_loop(kill, KILL_RUNS))
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


UPGRADE_RUNS = int(os.environ.get("KIOSK_BENCH_UPGRADE_RUNS", "3"))


def _outdated_copy(folder: Path, live: Path) -> Path:
    """A copy of an atlas stripped to the shape of a build before schema versions."""
    import sqlite3

    from kiosk.data import db

    folder.mkdir(parents=True, exist_ok=True)
    target = db.live_path(folder)
    shutil.copyfile(live, target)
    con = sqlite3.connect(target)
    for table in ("search_index", "search_vocab", "search_vocab_tri", "open_window",
                  "open_by_rule"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    for index in ("ix_service_active_sort", "ix_phone_service_at_location_id",
                  "ix_contact_service_at_location_id"):
        con.execute(f"DROP INDEX IF EXISTS {index}")
    con.execute("PRAGMA user_version = 0")
    con.commit()
    con.close()
    return target


def upgrade_gui_gap_run(data_dir: str) -> dict[str, float]:
    """One upgrade by a fresh window of this process; the gaps between 5 ms timer ticks.

    Ticks run from `upgrade_atlas` until 1 s after `atlas_upgraded` (swap and the home
    screen's reload included).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.app import create_window
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner()
    window = create_window(None, Path(data_dir), runner=runner)
    window.show()
    ticks: list[float] = []
    marks: dict[str, float] = {}
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()

    def upgraded(result: Any) -> None:
        marks["done"] = time.perf_counter()
        marks["installed"] = float(result.new_file is not None and not result.failed)
        QTimer.singleShot(1000, loop.quit)

    window.atlas_upgraded.connect(upgraded)
    settle = QEventLoop()  # the window's first paint is not part of the upgrade
    QTimer.singleShot(500, settle.quit)
    settle.exec()
    timer.start()
    started = time.perf_counter()
    window.upgrade_atlas()
    loop.exec()
    timer.stop()
    runner.wait(10_000)
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    figures = {"upgrade_s": round(marks["done"] - started, 2),
               "largest_gap_ms": round(gaps[-1] * 1000, 1),
               "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)] * 1000, 1),
               "installed": marks["installed"]}
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()
    return figures


def bench_upgrade() -> dict[str, Any]:
    """Upgrade of an outdated 50,000-offer live atlas (median of runs), in and out of process."""
    import sqlite3
    import statistics

    from bench.common import big_data_dir
    from kiosk.data import db, upgrade

    for attempt in range(3):
        try:
            source, built = big_data_dir()
            break
        except (OSError, sqlite3.Error):  # another bench was building the same cache folder
            if attempt == 2:
                raise
            time.sleep(60)  # it has installed its file by then: the cache is used as it is
    live = db.live_path(source)  # the cache is only read: every run works on its own copy
    work = Path(tempfile.mkdtemp(prefix="bench-upgrade-"))
    runs: list[dict[str, float]] = []
    try:
        for run in range(UPGRADE_RUNS):
            for isolated in (False, True):
                folder = work / f"run{run}-{'child' if isolated else 'inline'}"
                copy = _outdated_copy(folder, live)
                store = AtlasStore(folder, EMBEDDED)
                store.open(scan=False)
                started = time.perf_counter()
                result = upgrade.run_upgrade(copy, isolated=isolated)
                prepared = time.perf_counter() - started
                if result.new_file is None:
                    raise RuntimeError(result.message)
                started = time.perf_counter()
                store.install_upgrade(result)
                install = time.perf_counter() - started
                store.close()
                key = "child" if isolated else "inline"
                sample = {f"upgrade50k_{key}_s": prepared, f"upgrade50k_{key}_install_s": install}
                if not isolated:
                    sample.update((f"upgrade50k_inline_{phase}", took)
                                  for phase, took in result.timings.items())
                runs.append(sample)
                shutil.rmtree(folder, ignore_errors=True)
        figures: dict[str, Any] = {"upgrade_runs": UPGRADE_RUNS, "atlas_mb": round(
            live.stat().st_size / 1e6, 1)}
        for name in dict.fromkeys(k for sample in runs for k in sample):
            figures[name] = round(statistics.median(s[name] for s in runs if name in s), 3)
        figures.update(_upgrade_gui_gap(work, live))
        figures.update(built)
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _upgrade_gui_gap(work: Path, live: Path) -> dict[str, Any]:
    """Median of fresh processes, each upgrading an outdated copy from a shown window."""
    import statistics

    from bench.common import run_fresh

    results: list[dict[str, float]] = []
    for run in range(UPGRADE_RUNS):
        folder = work / f"gui{run}"
        _outdated_copy(folder, live)
        results.append(run_fresh("bench.bench_sync", "upgrade_gui_gap_run", str(folder)))
        shutil.rmtree(folder, ignore_errors=True)
    figures: dict[str, Any] = {}
    for key in ("upgrade_s", "largest_gap_ms", "p99_gap_ms"):
        values = [r[key] for r in results]
        figures[f"upgrade50k_gui_{key}_median"] = round(statistics.median(values), 2)
        figures[f"upgrade50k_gui_{key}_all"] = values
    figures["upgrade50k_gui_installed"] = sum(r["installed"] for r in results)
    return figures


if __name__ == "__main__":
    # `python -m bench.bench_sync gui`: only the GUI-gap figures; `upgrade`: only the upgrade.
    chosen = {"gui": bench_gui_gap, "upgrade": bench_upgrade}.get(" ".join(sys.argv[1:]),
                                                                 bench_sync)
    for key, value in chosen().items():
        print(f"{key}: {value}")
