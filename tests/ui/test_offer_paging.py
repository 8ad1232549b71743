"""The offer list reads its rows page by page as the visitor scrolls (a 3,000-offer atlas)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk import open_now
from kiosk.app import create_window
from kiosk.data import db, hsds, queries
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.paged_offers import FIRST_PAGE_ROWS, PAGE_ROWS, PagedOfferModel
from kiosk.ui.tasks import InlineRunner, Task
from tests.conftest import ROLES
from tests.ui.test_navigation import tap, tiles
from tests.ui.test_offer_list_chips import shown_chips
from tools.make_feed import make_feed

OFFERS = 3000


@pytest.fixture(scope="module")
def paging_atlas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic atlas of OFFERS offers, built once for this module."""
    folder = tmp_path_factory.mktemp("paging")
    target = folder / "atlas.sqlite"
    hsds.build_database(make_feed(OFFERS, seed=5), target, source="synthetisch")
    return target


@pytest.fixture
def big_window(qtbot: QtBot, data_dir: Path, paging_atlas: Path) -> Iterator[KioskWindow]:
    """A kiosk window on its own copy of the synthetic atlas (work runs inline)."""
    shutil.copyfile(paging_atlas, db.live_path(data_dir))
    window = create_window(None, data_dir, runner=InlineRunner())
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()


def list_ids(window: KioskWindow) -> list[str]:
    model = window.offers.model
    return [model.row_at(i).id for i in range(model.rowCount())]


def scroll_to_end(window: KioskWindow) -> int:
    """Drag the scroll bar to the end until the list has no more pages; returns the jumps."""
    view, model = window.offers.view, window.offers.model
    bar = view.verticalScrollBar()
    jumps = 0
    while not model.complete:
        assert jumps <= OFFERS // PAGE_ROWS + 2, "paging does not end"
        view.doItemsLayout()  # the rows that came are laid out: the scroll range is theirs
        bar.setValue(bar.maximum())
        jumps += 1
    return jumps


def biggest_tile(window: KioskWindow) -> Any:
    return max(tiles(window, "tile"), key=lambda t: int(t.detail_label.text().split()[0]))


def test_scrolling_to_the_end_reads_every_row_once_in_order(qtbot: QtBot,
                                                             big_window: KioskWindow) -> None:
    # Given the longest category list
    tile = biggest_tile(big_window)
    tap(qtbot, tile)
    request = big_window.offers.request
    assert request is not None
    expected = [r.id for r in queries.offers(big_window.ctx.store.sessions,
                                             category_id=request.main_id)]
    assert len(expected) > 3 * PAGE_ROWS
    # Then only its first page is read, and the count is the whole list's
    model = big_window.offers.model
    assert model.rowCount() == FIRST_PAGE_ROWS
    assert model.total == len(expected)
    count_text = big_window.offers.count_label.text()
    assert "".join(c for c in count_text if c.isdigit()) == str(len(expected))
    # When the visitor scrolls to the end again and again
    jumps = scroll_to_end(big_window)
    # Then every row arrived, in the list's order, none twice, none missing
    assert list_ids(big_window) == expected
    assert jumps >= 2 and not model.failed


def test_the_next_page_comes_before_the_visitor_reaches_the_end(qtbot: QtBot,
                                                               big_window: KioskWindow) -> None:
    # Given a long list with its first page
    tap(qtbot, biggest_tile(big_window))
    view = big_window.offers.view
    view.doItemsLayout()
    bar = view.verticalScrollBar()
    # When the visitor is still more than a screenful above the end
    bar.setValue(bar.maximum() - view.viewport().height() - 10)
    # Then the next page is already there
    assert big_window.offers.model.rowCount() == FIRST_PAGE_ROWS + PAGE_ROWS


def test_a_filter_restarts_the_paging(qtbot: QtBot, big_window: KioskWindow) -> None:
    # Given a long list scrolled through two pages
    tap(qtbot, biggest_tile(big_window))
    view, model = big_window.offers.view, big_window.offers.model
    view.doItemsLayout()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert model.rowCount() > FIRST_PAGE_ROWS
    # When a target-group chip is tapped
    chip = shown_chips(big_window)[1]
    tap(qtbot, chip)
    # Then the list starts again with the filtered offers' first rows and their count
    request = big_window.offers.request
    assert request is not None and request.filter_id == chip.property("term_id")
    expected = [r.id for r in queries.offers(big_window.ctx.store.sessions,
                                             category_id=request.main_id,
                                             target_group_id=request.filter_id)]
    assert model.total == len(expected)
    assert list_ids(big_window) == expected[:FIRST_PAGE_ROWS]
    assert view.verticalScrollBar().value() == 0
    # And scrolled to its end it is the whole filtered list
    scroll_to_end(big_window)
    assert list_ids(big_window) == expected


def test_open_now_pages_only_the_open_offers(qtbot: QtBot, big_window: KioskWindow) -> None:
    # Given a long list
    tap(qtbot, biggest_tile(big_window))
    request = big_window.offers.request
    assert request is not None
    sessions = big_window.ctx.store.sessions
    every = [r.id for r in queries.offers(sessions, category_id=request.main_id)]
    # When "Nur jetzt geöffnete" is tapped
    tap(qtbot, big_window.offers.open_button)
    # Then the list holds the open ones, in the list's order, with their count
    found = open_now.open_offer_ids(sessions, every, big_window.hours.now(),
                                    big_window.ctx.settings.hours)
    expected = [i for i in every if i in found]
    assert big_window.offers.model.total == len(expected)
    scroll_to_end(big_window)
    assert list_ids(big_window) == expected
    # And tapped again, the whole list starts again
    tap(qtbot, big_window.offers.open_button)
    assert big_window.offers.model.total == len(every)
    assert list_ids(big_window) == every[:FIRST_PAGE_ROWS]


def test_a_reset_empties_the_list(qtbot: QtBot, big_window: KioskWindow) -> None:
    # Given a list scrolled through several pages
    tap(qtbot, biggest_tile(big_window))
    scroll_to_end(big_window)
    assert big_window.offers.model.rowCount() > FIRST_PAGE_ROWS + PAGE_ROWS
    # When the visit is reset
    big_window.reset_visit()
    # Then no row, no count and no list of the previous visitor is left
    model = big_window.offers.model
    assert model.rowCount() == 0 and model.total == -1 and not model.canFetchMore(
        model.index(-1, 0))
    assert big_window.offers.request is None
    assert big_window.route.kind == "home"


def test_a_page_that_fails_shows_a_plain_message(qtbot: QtBot, big_window: KioskWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a long list whose further pages cannot be read
    tap(qtbot, biggest_tile(big_window))

    def broken(*_args: object, **_kwargs: object) -> queries.OfferPage:
        raise OSError("disk I/O error")

    monkeypatch.setattr(queries, "offers_page", broken)
    # When the visitor scrolls on
    view = big_window.offers.view
    view.doItemsLayout()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    # Then the rows read so far stay, and a plain sentence says what happened
    offers = big_window.offers
    assert offers.model.rowCount() == FIRST_PAGE_ROWS and offers.model.failed
    offers.error_label.show()  # a layout shows it only on the next event-loop turn
    assert not offers.error_label.isHidden()
    assert "nicht geladen" in offers.error_label.text()
    assert offers.error_label.textFormat() == Qt.TextFormat.PlainText
    # And no further read is tried by itself
    assert not offers.model.canFetchMore(offers.model.index(-1, 0))


def test_a_first_page_that_fails_shows_the_message_instead_of_rows(
        qtbot: QtBot, big_window: KioskWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given an atlas that cannot be read
    def broken(*_args: object, **_kwargs: object) -> Any:
        raise OSError("disk I/O error")

    monkeypatch.setattr(queries, "first_offers_page", broken)
    # When a list is opened
    tap(qtbot, biggest_tile(big_window))
    # Then the visitor reads the plain message where the rows would be, the kiosk stays there
    offers = big_window.offers
    assert big_window.route.kind == "offers"
    assert not offers.empty_label.isHidden() and offers.view.isHidden()
    assert "nicht geladen" in offers.empty_label.text()
    assert "werden geladen" not in offers.count_label.text()


class HeldRunner:
    """Keeps submitted work until the test lets it run (answers that arrive late)."""

    def __init__(self) -> None:
        self.held: list[tuple[Task, Callable[[], Any]]] = []

    def submit(self, fn: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> Task:
        task = Task(fn, on_done, on_error)
        self.held.append((task, fn))
        return task

    def run_all(self) -> None:
        held, self.held = self.held, []
        for task, fn in held:
            task.deliver(True, fn())


def test_late_pages_of_an_older_list_are_dropped(demo_sessions: queries.Sessions) -> None:
    # Given a model that started a list whose first page is still on its way
    runner = HeldRunner()
    model = PagedOfferModel(page_rows=3, first_rows=3)
    terms = queries.top_terms(demo_sessions, ROLES.categories)
    first, second = terms[0], terms[1]
    model.start(runner, demo_sessions, queries.ListQuery(first.id))
    assert model.loading
    # When another list starts and only then both answers arrive
    model.start(runner, demo_sessions, queries.ListQuery(second.id))
    runner.run_all()
    # Then the model shows the second list's rows and count only
    expected = [r.id for r in queries.offers(demo_sessions, category_id=second.id)]
    assert model.total == len(expected)
    assert [model.row_at(i).id for i in range(model.rowCount())] == expected[:3]
    # And a page asked for, then the model cleared: its answer adds nothing
    model.prefetch()
    model.clear()
    runner.run_all()
    assert model.rowCount() == 0 and model.total == -1


def test_the_home_screen_lets_go_of_the_list(qtbot: QtBot, big_window: KioskWindow) -> None:
    # Given a list scrolled to its end
    tap(qtbot, biggest_tile(big_window))
    scroll_to_end(big_window)
    # When the visitor goes home (from there no Back leads to the list)
    tap(qtbot, big_window.home_button)
    # Then the list's rows are gone, and the same tile reads the list anew
    assert big_window.offers.model.rowCount() == 0
    tap(qtbot, biggest_tile(big_window))
    assert big_window.offers.model.rowCount() == FIRST_PAGE_ROWS
