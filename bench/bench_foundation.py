"""Start-up to first painted home screen, memory, and import time of 50,000 offers."""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import BIG_OFFERS, OUT, big_data_dir, run_fresh, summary

# The probe runs in a fresh process started by the bench: interpreter start, imports, Qt,
# the atlas and the window are all inside the figure. It starts the kiosk the way `kiosk`
# does (kiosk.app.start_kiosk: full screen on a 1920x1080 screen, the background page check
# running) and stops the clock after the first frame whose home screen shows its topic tiles
# (a frame painted before the tiles arrive does not count). Then a visitor session runs at
# this atlas size: lists, offers with their QR codes, a search, the Merkliste, a language
# switch, the attract screen and the privacy reset, three times. Memory is sampled after
# every step; the figures are the largest sample and the value once the kiosk waits again.
PROBE = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
from kiosk.app import ensure_qapplication, start_kiosk
from PySide6.QtCore import QEvent, QObject, QTimer
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.widgets.common import TileButton

def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

def shown_tiles(home):
    return [t for t in home.findChildren(TileButton)
            if t.property("role") == "tile" and t.isVisibleTo(home)]

done = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "paint" not in done
                and isinstance(obj, HomeScreen) and shown_tiles(obj)):
            done["paint"] = time.time() - t0
            QTimer.singleShot(0, framed)  # after this frame is painted and flushed
        return False

def framed():
    done["framed"] = time.time() - t0
    app.exit(0)

app = ensure_qapplication([sys.argv[0]])  # start_kiosk would make the same one
flt = FirstPaint()
app.installEventFilter(flt)
window = start_kiosk(None, sys.argv[1], windowed=False)
app.exec()
app.removeEventFilter(flt)
cpu = os.times()  # all threads: on a busy machine the CPU time moves less than the clock
first = {"first_paint_s": done["framed"], "paint_event_s": done["paint"],
         "cpu_at_paint_s": cpu.user + cpu.system,
         "rss_at_paint_mb": rss_mb(), "tiles": len(shown_tiles(window.home))}

def turn():
    # One event-loop turn as exec() would run it: also the deleteLater() of dropped widgets.
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

def wait_for(ready, limit=60.0):
    deadline = time.perf_counter() + limit
    while not ready():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        turn()

samples = []
def step():
    turn()
    samples.append(rss_mb())

def visit(number):
    tiles = sorted(shown_tiles(window.home), key=lambda t: -int("".join(
        c for c in t.detail_label.text() if c.isdigit()) or 0))
    groups = [t for t in window.home.findChildren(TileButton) if t.property("role") == "group"]
    for tile in tiles[number:number + 4] + groups[number:number + 2]:
        tile.click()
        wait_for(lambda: window.route.kind == "offers" and not window.offers._loading)
        step()
        for row in (0, 3):
            window.offers.view.clicked.emit(window.offers.model.index(row, 0))
            wait_for(lambda: window.offer.offer is not None)
            window.take_home.merkliste.add(window.offer.offer.id)
            step()
            window.back_button.click()
            wait_for(lambda: window.route.kind == "offers" and not window.offers._loading)
        window.home_button.click()
        step()
    window.home.search_requested.emit()
    for word in ("Pflege", "Wohnung", "Schulden beratung"):
        window.search.field.setText(word)
        window.search.search_now()
        wait_for(lambda: window.search.result is not None
                 and window.search.result.query == word)
        step()
    if window.search.model.rowCount():
        window.search.view.clicked.emit(window.search.model.index(0, 0))
        wait_for(lambda: window.offer.offer is not None)
        step()
    window.take_home.nav_button.click()
    wait_for(lambda: window.route.kind == "merkliste")
    step()
    window.language_button.click()
    step()
    window.reset_visit()  # what the idle countdown ends with
    step()
    window._show_route(window.route.__class__("attract"))
    step()
    window.attract.touched.emit()
    step()

for number in range(3):
    visit(number)
end = time.perf_counter() + 1.5  # the kiosk waits for the next visitor
while time.perf_counter() < end:
    turn()
    time.sleep(0.01)
peak = [int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
print(json.dumps({**first, "rss_session_max_mb": max(samples), "rss_after_session_mb": rss_mb(),
                  "peak_rss_mb": peak}))
window.ctx.store.close()
os._exit(0)
"""
SCREEN = OUT / "screen-1920x1080.json"


def _probe(data_dir: Path) -> dict[str, float]:
    OUT.mkdir(parents=True, exist_ok=True)
    SCREEN.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920,
                                               "height": 1080, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
           "KIOSK_DATA_DIR": "", "KIOSK_CONFIG": ""}
    env["BENCH_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], env=env,
                         capture_output=True, text=True, timeout=300, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def bench_foundation(runs: int = 5) -> dict[str, float]:
    """Start-up (demo and 50k), memory while running, import of 50,000 offers.

    Start-up and memory: the median of `runs` fresh processes each (2 cores, other work
    on the machine moves single runs).
    """
    figures: dict[str, float] = {}
    big, _ = big_data_dir()
    with tempfile.TemporaryDirectory() as tmp:
        _probe(Path(tmp))  # first run builds the demo atlas; not a start-up figure
        demo = [_probe(Path(tmp)) for _ in range(runs)]
    _probe(big)  # warm the page cache like a kiosk that started once before
    large = [_probe(big) for _ in range(runs)]
    figures.update(summary("startup_demo", [r["first_paint_s"] * 1000 for r in demo]))
    figures.update(summary(f"startup_{BIG_OFFERS}", [r["first_paint_s"] * 1000 for r in large]))
    figures[f"startup_cpu_{BIG_OFFERS}_median_ms"] = round(
        statistics.median(r["cpu_at_paint_s"] for r in large) * 1000)
    for key in ("rss_at_paint_mb", "rss_session_max_mb", "rss_after_session_mb", "peak_rss_mb"):
        figures[f"{key}_{BIG_OFFERS}_median"] = round(statistics.median(r[key] for r in large), 1)
        figures[f"{key}_{BIG_OFFERS}_max"] = round(max(r[key] for r in large), 1)
    figures["tiles_on_home_50k"] = min(r["tiles"] for r in large)
    figures.update(_import_only())
    return figures


def import_run(feed: str, target: str) -> dict[str, float]:
    """One import (JSON parse + build) of a feed file into a new database, in this process.

    The build's phases as the importer reports them, the process's CPU time, and its peak
    resident memory (VmHWM).
    """
    from kiosk.data import hsds

    cpu = time.process_time()
    start = time.perf_counter()
    # Parsed as the rows are collected (as the sync does): the feed is never held whole.
    # parse_s is only the start (reading the first batch); the parse is in build_collect_s.
    services = hsds.stream_services(Path(feed))
    first = next(services)
    parsed = time.perf_counter()
    report = hsds.build_database(itertools.chain((first,), services), Path(target),
                                 source="bench")
    end = time.perf_counter()
    cpu = time.process_time() - cpu
    peak = [int(line.split()[1]) / 1024
            for line in Path("/proc/self/status").read_text().splitlines()
            if line.startswith("VmHWM")][0]
    return {"parse_s": parsed - start, "build_s": end - parsed,
            **{f"build_{phase}_s": took for phase, took in report.timings.items()},
            "total_s": end - start, "cpu_s": cpu, "peak_rss_mb": peak}


def _import_only(runs: int = 3) -> dict[str, float]:
    """Import of a 50,000-offer feed file: median of `runs` fresh processes."""
    from tools.make_feed import write_feed

    feed = OUT / f"feed-{BIG_OFFERS}.json"
    if not feed.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        write_feed(feed, BIG_OFFERS)
    results: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(run_fresh("bench.bench_foundation", "import_run", str(feed),
                                     f"{tmp}/a.sqlite"))
    return {f"import_{key}": round(statistics.median(r[key] for r in results), 2)
            for key in results[0]}


if __name__ == "__main__":
    print(json.dumps(bench_foundation(), indent=1))
