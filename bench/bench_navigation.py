"""Tap to painted next screen at 50,000 offers, and memory over 5,000 navigation cycles."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable

from bench.common import BIG_OFFERS, big_data_dir, summary


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def bench_navigation(taps: int = 60, cycles: int = 5000, warmup: int = 500) -> dict[str, float]:
    """Time each tap until the next screen is painted (data included), then a soak run.

    Queries run inline here, so a figure includes the database work a visitor waits for.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_window
    from kiosk.ui.tasks import InlineRunner
    from kiosk.ui.widgets.common import TileButton

    folder, _ = big_data_dir()
    window = create_window(None, folder, runner=InlineRunner())
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()

    def buttons(role: str) -> list[TileButton]:
        return [t for t in window.home.findChildren(TileButton)
                if t.property("role") == role and not t.isHidden()]

    tiles, groups = buttons("tile"), buttons("group")

    def timed(action: Callable[[], None]) -> float:
        start = time.perf_counter()
        action()
        window.repaint()  # paints synchronously: the frame a visitor sees
        return (time.perf_counter() - start) * 1000

    def open_first_offer() -> None:
        window.offers.view.clicked.emit(window.offers.model.index(0, 0))

    def settle() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()

    to_list: list[float] = []
    to_offer: list[float] = []
    back: list[float] = []
    home: list[float] = []
    for i in range(taps):
        tile = (tiles + groups)[i % (len(tiles) + len(groups))]
        to_list.append(timed(tile.click))
        to_offer.append(timed(open_first_offer))
        back.append(timed(window.back_button.click))
        home.append(timed(window.home_button.click))
        settle()
    figures: dict[str, float] = {"offers": BIG_OFFERS}
    figures.update(summary("tap_home_to_list", to_list))
    figures.update(summary("tap_list_to_offer", to_offer))
    figures.update(summary("tap_back_to_list", back))
    figures.update(summary("tap_to_home", home))
    figures.update(summary("tap_any", to_list + to_offer + back + home))

    # Soak: the same walk thousands of times; memory must stay flat after warm-up.
    small_tiles = sorted(buttons("tile"), key=lambda t: len(t.detail_label.text()))[:5]
    baseline = 0.0
    start = time.perf_counter()
    for i in range(cycles):
        small_tiles[i % len(small_tiles)].click()
        open_first_offer()
        window.back_button.click()
        window.home_button.click()
        if i % 50 == 0:
            window.reset_visit()
        settle()
        if i == warmup:
            baseline = _rss_mb()
    figures["soak_cycles"] = cycles
    figures["soak_s"] = round(time.perf_counter() - start, 1)
    figures["soak_rss_after_warmup_mb"] = round(baseline, 1)
    figures["soak_rss_end_mb"] = round(_rss_mb(), 1)
    figures["soak_growth_mb"] = round(_rss_mb() - baseline, 1)
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()
    return figures


if __name__ == "__main__":
    print(json.dumps(bench_navigation(), indent=1))
