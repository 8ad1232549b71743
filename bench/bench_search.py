"""Benchmark: search at 50,000 offers (index build, query times, key tap to painted results)."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kiosk.config import assets_dir
from kiosk.data import db, hsds, search

OUT = Path(__file__).resolve().parent / "out"
OFFERS = 50_000

# What visitors type: whole words, the prefixes on the way there, typos, synonyms,
# several words, compounds, nothing-found, and hostile text.
WORDS = ["Schulden", "Pflege", "Wohnung", "Deutschkurs", "Beratung", "Mädchentreff",
         "Notschlafstelle", "Lernhilfe", "Arbeit"]
QUERIES = [
    *WORDS,
    *[w[:n] for w in ("Schuldnerberatung", "Pflegeberatung", "Wohnungssicherung")
      for n in range(2, 10)],
    "Shuldnerberatung", "Pflegeberatng", "Wohnugssicherung", "fruehe", "strasse",
    "Asyl", "Arzt", "Geld", "Senioren", "Job",
    "Pflege Leibnitz", "Beratung Wagna", "Deutschkurs Frauen", "Essen auf Rädern",
    "beratung", "hilfe", "kurs",
    "xyzzy", "Pflegxyz", '"; NOT (', "a AND", "NEAR(", "😀😀",
]
TYPED = ["pflege", "schulden", "wohnung", "deutschkurs", "beratung"]


def _source_key() -> str:
    """Changes when the importer or the search index changes (then the cached file is stale)."""
    digest = hashlib.sha256()
    for module in (hsds, search):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:12]


def built_atlas(offers: int = OFFERS) -> tuple[Path, float | None]:
    """The atlas of `offers` synthetic offers, built once and cached under bench/out.

    Returns:
        The file and the seconds build_database took (None when the cached file was used).
    """
    from tools.make_feed import make_feed

    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"search-{offers}-{_source_key()}.sqlite"
    if target.is_file():
        return target, None
    for stale in OUT.glob(f"search-{offers}-*.sqlite"):
        stale.unlink()
    feed = make_feed(offers)
    partial = target.with_suffix(".partial")
    report = hsds.build_database(feed, partial, source="bench")
    partial.rename(target)
    return target, report.seconds


def _index_build_seconds(atlas: Path) -> float:
    """Rebuild only the search index on a copy of the atlas and time it."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(atlas, copy)
        engine = db.open_for_build(copy)
        try:
            start = time.perf_counter()
            with engine.begin() as conn:
                search.build_index(conn)
            return time.perf_counter() - start
        finally:
            engine.dispose()


def _percentiles(name: str, samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        f"{name}_median_ms": round(statistics.median(ordered), 2),
        f"{name}_p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 2),
        f"{name}_max_ms": round(ordered[-1], 2),
        f"{name}_samples": len(ordered),
    }


def _query_times(atlas: Path, rounds: int = 5) -> list[float]:
    synonyms = search.load_synonyms([assets_dir() / "synonyms.toml"])
    engine = db.open_readonly(atlas)
    sessions = db.make_sessions(engine)
    try:
        for query in QUERIES:  # warm the page cache once, as a running kiosk would be
            search.search(sessions, query, synonyms, 30)
        samples: list[float] = []
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                search.search(sessions, query, synonyms, 30)
                samples.append((time.perf_counter() - start) * 1000)
        return samples
    finally:
        engine.dispose()


def _tap_to_paint_times(atlas: Path) -> list[float]:
    """Tap keys in a real window (offscreen, real thread pool) and time until the list painted.

    Each tap comes after the gathering window (SEARCH_DEBOUNCE_MS) has passed, as when a
    visitor looks for the next key, so it searches at once.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.app import create_window
    from kiosk.ui import metrics

    samples: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        os.link(atlas, db.live_path(data_dir)) if _same_device(atlas, data_dir) else \
            shutil.copyfile(atlas, db.live_path(data_dir))
        window = create_window(None, data_dir)
        window.resize(1920, 1080)
        window.show()
        try:
            window.home.search_button.click()
            screen = window.search
            shown: list[int] = []
            screen.results_shown.connect(shown.append)

            def wait(ms: int) -> None:
                loop = QEventLoop()
                QTimer.singleShot(ms, loop.quit)
                loop.exec()

            def wait_for_results(before: int, timeout_ms: int) -> bool:
                if len(shown) > before:
                    return True
                loop = QEventLoop()
                screen.results_shown.connect(loop.quit)
                QTimer.singleShot(timeout_ms, loop.quit)
                loop.exec()
                screen.results_shown.disconnect(loop.quit)
                return len(shown) > before

            for word in TYPED:
                screen.keyboard.clear_key.click()
                for char in word:
                    wait(metrics.SEARCH_DEBOUNCE_MS + 30)
                    before = len(shown)
                    start = time.perf_counter()
                    screen.keyboard.keys[char].click()
                    if not search.query_words(screen.field.text()):
                        continue  # one letter: nothing to search yet
                    if not wait_for_results(before, 5000):
                        continue
                    screen.view.viewport().repaint()
                    samples.append((time.perf_counter() - start) * 1000)
        finally:
            window._quit_allowed = True
            window.close()
            window.ctx.store.close()
    return samples


def _same_device(a: Path, folder: Path) -> bool:
    return a.stat().st_dev == folder.stat().st_dev


def bench_search(offers: int = OFFERS) -> dict[str, float]:
    """Figures for the search at `offers` synthetic offers.

    Returns:
        Seconds to build the atlas (when not cached) and its search index alone, the index's
        size, query milliseconds (median, p95, max over realistic queries) and key tap to
        painted results in a real window (median, p95, max).
    """
    atlas, build_s = built_atlas(offers)
    figures: dict[str, float] = {"search_offers": offers}
    if build_s is not None:
        figures["search_atlas_build_s"] = round(build_s, 2)
    figures["search_index_build_s"] = round(_index_build_seconds(atlas), 2)
    figures["search_db_mb"] = round(atlas.stat().st_size / 1e6, 1)
    figures.update(_percentiles("search_query", _query_times(atlas)))
    figures.update(_percentiles("search_tap_to_paint", _tap_to_paint_times(atlas)))
    return figures


if __name__ == "__main__":
    for key, value in bench_search().items():
        sys.stdout.write(f"{key}: {value}\n")
