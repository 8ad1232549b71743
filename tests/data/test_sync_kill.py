"""Killed at any moment, a sync leaves the old atlas or the new one: never a mix, never nothing."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.data import db
from kiosk.data.store import AtlasStore
from kiosk.data.sync import live_info
from tests.data.sync_helpers import EMBEDDED
from tools.make_feed import make_feed

ROOT = Path(__file__).resolve().parents[2]
RUNS = 50


def _sync_command(source: Path, data: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "sync", "--source", str(source),
            "--data-dir", str(data), "--yes"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("KIOSK_CONFIG", None)
    return env


def write_two_feeds(folder: Path, count: int = 300) -> dict[str, Path]:
    """Feed A and feed B (same offers, every name and description changed): sha256 -> path."""
    services: list[dict[str, Any]] = json.loads(json.dumps(make_feed(count)))
    feeds: dict[str, Path] = {}
    for label in ("a", "b"):
        if label == "b":
            for service in services:
                service["name"] += " (neu)"
                service["description"] += " Aktualisiert."
        path = folder / f"feed-{label}.json"
        path.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
        feeds[hashlib.sha256(path.read_bytes()).hexdigest()] = path
    return feeds


def kill_loop(folder: Path, runs: int, seed: int = 6) -> dict[str, int]:
    """Sync back and forth between two feeds, SIGKILLing each run at a random moment.

    Returns counts: how many runs left the old data, the new data, and how long a full run
    takes. Raises AssertionError on the first mix or loss.
    """
    rng = random.Random(seed)
    feeds = write_two_feeds(folder)
    data = folder / "data"
    first, second = feeds.values()
    subprocess.run(_sync_command(first, data), env=_env(), cwd=ROOT, check=True,
                   capture_output=True)
    started = time.perf_counter()  # the second run is timed: the first also built the demo
    subprocess.run(_sync_command(second, data), env=_env(), cwd=ROOT, check=True,
                   capture_output=True)
    full_run = time.perf_counter() - started
    current = live_info(db.live_path(data)).content_sha256
    assert current in feeds
    counts = {"old": 0, "new": 0, "full_run_ms": int(full_run * 1000)}
    for _ in range(runs):
        target_sha = next(sha for sha in feeds if sha != current)
        process = subprocess.Popen(_sync_command(feeds[target_sha], data), env=_env(),
                                   cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.05) * full_run)  # the first 30 %: imports
        process.send_signal(signal.SIGKILL)
        process.wait()
        store = AtlasStore(data, EMBEDDED)
        try:
            report = store.open()
            info = live_info(db.live_path(data))
        finally:
            store.close()
        assert report.origin == "live", report.notices
        assert info.content_sha256 in feeds, "a mix or the demo atlas after a kill"
        assert info.offers == 300
        assert db.check_database(db.live_path(data), thorough=True).ok
        counts["new" if info.content_sha256 == target_sha else "old"] += 1
        current = info.content_sha256
    return counts


def test_sigkill_at_random_moments_never_mixes(tmp_path: Path) -> None:
    # Given a live atlas from feed A, When syncs to B (then back) are killed 50 times at
    # random moments, Then each restart opens exactly A or exactly B, never a mix or nothing
    counts = kill_loop(tmp_path, RUNS)
    assert counts["old"] + counts["new"] == RUNS
    # The kills landed both before and after the swap.
    assert counts["old"] > 0 and counts["new"] > 0, counts
