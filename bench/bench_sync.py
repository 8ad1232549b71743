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
GUI_OFFERS = int(os.environ.get("KIOSK_BENCH_GUI_OFFERS", "10000"))
KILL_RUNS = int(os.environ.get("KIOSK_BENCH_KILL_RUNS", "500"))


def _sync_file(folder: Path, feed: Path) -> dict[str, float]:
    store = AtlasStore(folder / "data", EMBEDDED)
    store.open()
    started = time.perf_counter()
    report = run_sync(store, SyncSettings(), SCHEMA, source=str(feed))
    total = time.perf_counter() - started
    store.close()
    assert report.outcome.value == "updated", report.message
    figures = {f"sync50k_{k}": round(v, 2) for k, v in report.timings.items()}
    figures["sync50k_total_s"] = round(total, 2)
    figures["sync50k_offers"] = report.offers_after
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


def _gui_gap(folder: Path, offers: int) -> dict[str, float]:
    """Largest gap between 5 ms timer ticks while a sync runs on the worker thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.app import create_window
    from kiosk.ui.tasks import TaskRunner
    from tools.make_feed import write_feed

    feed = folder / f"gui-{offers}.json"
    write_feed(feed, offers)
    data = folder / "gui-data"
    config = folder / "gui.toml"
    config.write_text(f'[sync]\nsource = "{feed}"\n', encoding="utf-8")
    runner = TaskRunner()
    window = create_window(config, data, runner=runner)
    window.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    window.sync_flow.sync_finished.connect(lambda _r: loop.quit())
    timer.start()
    started = time.perf_counter()
    window.sync_flow.start()
    loop.exec()
    took = time.perf_counter() - started
    timer.stop()
    runner.wait(10_000)
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()
    return {"gui_sync_offers": offers, "gui_sync_s": round(took, 2),
            "gui_largest_gap_ms": round(gaps[-1] * 1000, 1),
            "gui_p99_gap_ms": round(gaps[int(len(gaps) * 0.99)] * 1000, 1),
            "gui_ticks": len(ticks)}


def _kill_loop(folder: Path, runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.data.test_sync_kill import kill_loop

    started = time.perf_counter()
    counts = kill_loop(folder, runs, seed=2026)
    return {"kill_runs": runs, "kill_left_old": counts["old"], "kill_left_new": counts["new"],
            "kill_mixed_or_lost": 0, "kill_loop_s": round(time.perf_counter() - started, 1)}


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
        figures.update(_gui_gap(folder, GUI_OFFERS))
        if KILL_RUNS:
            kill = folder / "kill"
            kill.mkdir()
            figures.update(_kill_loop(kill, KILL_RUNS))
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    for key, value in bench_sync().items():
        print(f"{key}: {value}")
