"""Shared bench fixtures: a 50,000-offer atlas built once and cached under bench/out."""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.data import db, hsds

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIG_OFFERS = 50_000


def run_fresh(module: str, function: str, *args: Any, timeout: float = 900) -> dict[str, Any]:
    """Call `module.function(*args)` in a fresh Python process and return the figures it made.

    A fresh process per run keeps imports, caches and the heap of earlier runs out of the
    figures. The arguments travel as JSON; the function returns a JSON-able dict.
    """
    code = ("import json, sys; from " + module + " import " + function + "; "
            "print(json.dumps(" + function + "(*json.loads(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", code, json.dumps(args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of samples."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def summary(name: str, samples_ms: list[float]) -> dict[str, float]:
    """Median, p95 and max of timings in milliseconds."""
    return {f"{name}_median_ms": round(statistics.median(samples_ms), 3),
            f"{name}_p95_ms": round(percentile(samples_ms, 95), 3),
            f"{name}_max_ms": round(max(samples_ms), 3)}


def big_data_dir(offers: int = BIG_OFFERS) -> tuple[Path, dict[str, float]]:
    """A data folder whose live atlas holds `offers` synthetic offers (built once, cached).

    Returns the folder and, when it had to be built, the import figures.
    """
    from tools.make_feed import make_feed

    # Named by the code that shapes the file, so a changed schema or index builds anew.
    # (every data module: the build's steps live in several, e.g. open_intervals.py)
    digest = hashlib.sha256(b"".join(
        path.read_bytes() for path in sorted((ROOT / "kiosk" / "data").glob("*.py"))
    )).hexdigest()[:10]
    folder = OUT / f"data-{offers}-{digest}"
    live = db.live_path(folder)
    if db.check_database(live).ok:
        return folder, {}
    folder.mkdir(parents=True, exist_ok=True)
    services = make_feed(offers)
    target = db.build_path(live)
    start = time.perf_counter()
    report = hsds.build_database(services, target, source=f"synthetisch {offers}")
    seconds = time.perf_counter() - start
    db.install_database(target, live)
    return folder, {"import_offers": report.offers, "import_s": round(seconds, 2)}
