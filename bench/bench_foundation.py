"""Start-up to first painted home screen, memory, and import time of 50,000 offers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import BIG_OFFERS, OUT, big_data_dir, summary

# The probe runs in a fresh process so that imports and Qt start-up are part of the figure.
PROBE = r"""
import os, sys, time, json
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from kiosk.app import create_window
window = create_window(None, sys.argv[1])
done = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "t" not in done:
            done["t"] = time.time() - t0
            QTimer.singleShot(0, finish)
        return False
def finish():
    from PySide6.QtWidgets import QApplication
    for _ in range(20):
        QApplication.processEvents()
    rss = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    peak = [int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
    tiles = len([w for w in window.home.findChildren(QObject) if w.property("role") == "tile"])
    print(json.dumps({"first_paint_s": done["t"], "rss_mb": rss / 2**20,
                      "peak_rss_mb": peak / 2**20, "tiles": tiles}))
    window.ctx.store.close()
    os._exit(0)
flt = FirstPaint()
window.home.installEventFilter(flt)
window.resize(1920, 1080)
window.show()
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def _probe(data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": repr(time.time())}
    env["BENCH_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def bench_foundation(runs: int = 7) -> dict[str, float]:
    """Start-up (demo and 50k), memory while running, import of 50,000 offers."""
    figures: dict[str, float] = {}
    big, _ = big_data_dir()
    with tempfile.TemporaryDirectory() as tmp:
        _probe(Path(tmp))  # first run builds the demo atlas; not a start-up figure
        demo = [_probe(Path(tmp)) for _ in range(runs)]
    _probe(big)  # warm the page cache like a kiosk that started once before
    large = [_probe(big) for _ in range(runs)]
    figures.update(summary("startup_demo", [r["first_paint_s"] * 1000 for r in demo]))
    figures.update(summary(f"startup_{BIG_OFFERS}", [r["first_paint_s"] * 1000 for r in large]))
    figures[f"rss_mb_{BIG_OFFERS}"] = round(max(r["rss_mb"] for r in large), 1)
    figures[f"peak_rss_mb_{BIG_OFFERS}"] = round(max(r["peak_rss_mb"] for r in large), 1)
    figures["tiles_on_home_50k"] = large[0]["tiles"]
    figures.update(_import_only())
    return figures


def _import_only() -> dict[str, float]:
    """Import (JSON parse + build) of a 50,000-offer feed file into a fresh database."""
    from kiosk.data import hsds
    from tools.make_feed import write_feed

    feed = OUT / f"feed-{BIG_OFFERS}.json"
    if not feed.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        write_feed(feed, BIG_OFFERS)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        services = hsds.load_services(feed)
        parsed = time.perf_counter()
        hsds.build_database(services, Path(tmp) / "a.sqlite", source="bench")
        end = time.perf_counter()
    return {"import_parse_s": round(parsed - start, 2), "import_build_s": round(end - parsed, 2),
            "import_total_s": round(end - start, 2)}


if __name__ == "__main__":
    print(json.dumps(bench_foundation(), indent=1))
