"""Tap to painted next screen at 50,000 offers, and memory over 5,000 navigation cycles."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any, cast

from bench.common import BIG_OFFERS, big_data_dir, summary


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def bench_navigation(taps: int = 60, cycles: int = 5000, warmup: int = 500) -> dict[str, float]:
    """Time each tap until the next screen is painted with its content, then a soak run.

    The window uses the real thread pool, as in the room: a tap paints the next screen at
    once and its data arrives from a worker. Two figures per list tap: until the first rows
    are painted, and until the count and first page are there (the list pages on from
    there as the visitor scrolls). Then a fling to the end of the longest list, page by page.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_window
    from kiosk.ui.widgets.common import TileButton

    folder, _ = big_data_dir()
    window = create_window(None, folder)
    window.resize(1920, 1080)
    window.show()
    app = QApplication.instance()
    assert app is not None

    def wait_for(ready: Callable[[], bool]) -> None:
        deadline = time.perf_counter() + 30
        while not ready() and time.perf_counter() < deadline:
            app.processEvents()

    def buttons(role: str) -> list[TileButton]:
        return [t for t in window.home.findChildren(TileButton)
                if t.property("role") == role and not t.isHidden()]

    wait_for(lambda: bool(buttons("tile")))
    tiles, groups = buttons("tile"), buttons("group")

    def timed(action: Callable[[], None], ready: Callable[[], bool]) -> float:
        start = time.perf_counter()
        action()
        wait_for(ready)
        window.repaint()  # paints synchronously: the frame a visitor sees
        return (time.perf_counter() - start) * 1000

    def open_first_offer() -> None:
        window.offers.view.clicked.emit(window.offers.model.index(0, 0))

    def list_has_rows() -> bool:
        return window.route.kind == "offers" and window.offers.model.rowCount() > 0

    def list_complete() -> bool:
        return list_has_rows() and not window.offers._loading

    def workers_idle() -> bool:
        # Nothing left on the worker threads (the list's chips count up to ~0.1 s at 50,000
        # offers): the offer tap is timed on a settled list, as a visitor's would be.
        return bool(cast(Any, window.ctx.runner)._pool.activeThreadCount() == 0)

    def offer_shown() -> bool:
        return window.offer.offer is not None

    def settle() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    to_list: list[float] = []
    to_full: list[float] = []
    to_offer: list[float] = []
    back: list[float] = []
    home: list[float] = []
    for i in range(taps):
        tile = (tiles + groups)[i % (len(tiles) + len(groups))]
        start = time.perf_counter()
        to_list.append(timed(tile.click, list_has_rows))
        wait_for(list_complete)
        to_full.append((time.perf_counter() - start) * 1000)
        wait_for(workers_idle)
        to_offer.append(timed(open_first_offer, offer_shown))
        back.append(timed(window.back_button.click, list_has_rows))
        home.append(timed(window.home_button.click, lambda: window.route.kind == "home"))
        settle()
    figures: dict[str, float] = {"offers": BIG_OFFERS}
    figures.update(summary("tap_home_to_list_first_rows", to_list))
    figures.update(summary("tap_home_to_list_count_shown", to_full))
    figures.update(summary("tap_list_to_offer", to_offer))
    figures.update(summary("tap_back_to_list", back))
    figures.update(summary("tap_to_home", home))
    figures.update(summary("tap_any_painted", to_list + to_offer + back + home))

    # The offer tap's own work, without waiting for threads: the query (on the worker in
    # the room), laying out the screen and painting it (on the GUI thread).
    from kiosk.data import queries

    sessions, roles = window.ctx.store.sessions, window.ctx.settings.roles
    tiles[0].click()
    wait_for(list_complete)
    open_first_offer()
    wait_for(offer_shown)  # the offer screen is the one painted
    query_ms: list[float] = []
    show_ms: list[float] = []
    paint_ms: list[float] = []
    for row in queries.offers(sessions, limit=taps):
        start = time.perf_counter()
        detail = queries.offer_detail(sessions, row.id, roles)
        query_ms.append((time.perf_counter() - start) * 1000)
        assert detail is not None
        start = time.perf_counter()
        window.offer.show_offer(detail)
        show_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        window.repaint()
        paint_ms.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    figures.update(summary("offer_detail_query", query_ms))
    figures.update(summary("offer_show_gui", show_ms))
    figures.update(summary("offer_paint_gui", paint_ms))
    window.home_button.click()
    settle()

    # A fling to the end of the longest list: the scroll bar jumps to its end again and
    # again; each jump waits for the next page (read on the worker) and paints it.
    longest = max(tiles, key=lambda t: int("".join(c for c in t.detail_label.text()
                                                    if c.isdigit()) or 0))
    longest.click()
    wait_for(list_complete)
    bar = window.offers.view.verticalScrollBar()
    model = window.offers.model
    jump_ms: list[float] = []
    start_all = time.perf_counter()
    while not model.complete:
        rows = model.rowCount()
        start = time.perf_counter()
        window.offers.view.doItemsLayout()  # the rows that came are laid out (the range)
        bar.setValue(bar.maximum())
        wait_for(lambda r=rows: model.rowCount() > r or model.complete)  # type: ignore[misc]
        window.repaint()
        jump_ms.append((time.perf_counter() - start) * 1000)
    figures["fling_rows"] = model.rowCount()
    figures["fling_to_end_s"] = round(time.perf_counter() - start_all, 2)
    figures.update(summary("fling_page_painted", jump_ms))
    window.home_button.click()
    settle()

    # Soak: the same walk thousands of times; memory must stay flat after warm-up.
    small_tiles = sorted(buttons("tile"), key=lambda t: len(t.detail_label.text()))[:5]
    baseline = 0.0
    start = time.perf_counter()
    for i in range(cycles):
        small_tiles[i % len(small_tiles)].click()
        wait_for(list_complete)
        open_first_offer()
        wait_for(offer_shown)
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
