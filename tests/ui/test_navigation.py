"""A visitor's walk: home -> category -> offer -> back -> home -> target group -> offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.common import TileButton


def tiles(window: KioskWindow, role: str) -> list[TileButton]:
    return [t for t in window.home.findChildren(TileButton)
            if t.property("role") == role and t.isVisible()]


def tap(qtbot: QtBot, widget: QPushButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_first_row(qtbot: QtBot, window: KioskWindow) -> str:
    """Tap the first list row.

    QTest's synthetic mouse events never reach QScroller's gesture recognizer on the
    offscreen platform, so the row is activated through the view's own `clicked` signal;
    tests/e2e taps rows with real X events under Xvfb.
    """
    offer_id = str(window.offers.model.row_at(0).id)
    window.offers.view.clicked.emit(window.offers.model.index(0, 0))
    return offer_id


def test_visitor_walk(qtbot: QtBot, window: KioskWindow) -> None:
    # Given the home screen with category tiles and target groups
    assert window.route.kind == "home"
    categories, groups = tiles(window, "tile"), tiles(window, "group")
    assert len(categories) >= 15 and len(groups) == 8
    assert not window.back_button.isEnabled()
    # When a category tile is tapped
    tap(qtbot, categories[0])
    # Then its offers are listed with their number, and chips offer the target groups
    assert window.route.kind == "offers"
    assert window.title_label.text() == categories[0].text_label.text()
    count = window.offers.model.rowCount()
    assert count > 0 and str(count) in window.offers.count_label.text()
    assert window.offers.chip_area.isVisible()
    # When the first offer is tapped, Then its detail screen shows its name
    offer_id = tap_first_row(qtbot, window)
    assert window.route.kind == "offer" and window.offer.offer is not None
    assert window.offer.offer.id == offer_id
    # When Back is tapped, Then the list is there again
    tap(qtbot, window.back_button)
    assert window.route.kind == "offers" and window.offers.model.rowCount() == count
    # When Home is tapped, Then the home screen, and Back is disabled again
    tap(qtbot, window.home_button)
    assert window.route.kind == "home" and not window.back_button.isEnabled()
    # When a target group is tapped and then an offer
    tap(qtbot, groups[0])
    assert window.route.kind == "offers" and not window.offers.request.main_is_category
    tap_first_row(qtbot, window)
    assert window.route.kind == "offer"


def test_filter_chip_narrows_the_list(qtbot: QtBot, window: KioskWindow) -> None:
    # Given the list of a category
    tap(qtbot, tiles(window, "tile")[0])
    total = window.offers.model.rowCount()
    chips = [c for c in window.offers.chip_area.widget().findChildren(QPushButton)
             if c.isVisible()]
    texts = [c.text() for c in chips]
    assert len(set(texts)) == len(texts), "two chips must never read the same"
    # When a target-group chip is tapped
    chip = chips[1]
    tap(qtbot, chip)
    # Then the list shows as many offers as the chip said, and "Alle Angebote" brings all back
    shown = window.offers.model.rowCount()
    assert f"({shown})" in chip.text() and shown <= total and chip.isChecked()
    all_chip = next(c for c in window.offers.chip_area.widget().findChildren(QPushButton)
                    if not c.isHidden() and c.text() == "Alle Angebote")
    tap(qtbot, all_chip)
    assert window.offers.model.rowCount() == total
    # And Back goes to where the list came from, not through every filter
    tap(qtbot, window.back_button)
    assert window.route.kind == "home"


def test_empty_list_says_so_plainly(window: KioskWindow) -> None:
    from kiosk.ui.main_window import Route
    from kiosk.ui.screens.offers import ListRequest

    window.navigate(Route("offers", ListRequest("no-such-term", "Nichts", True)))
    assert window.offers.empty_label.isVisible()
    assert "keine Angebote" in window.offers.empty_label.text()
    assert "0" in window.offers.count_label.text()


def test_offer_detail_shows_grouped_phone_and_host(qtbot: QtBot, window: KioskWindow) -> None:
    from kiosk.data import queries
    from kiosk.ui.main_window import Route
    from kiosk.ui.widgets.common import group_phone

    rows = queries.offers(window.ctx.store.sessions)
    sozial_info = next(r for r in rows if r.name.startswith("Sozial-Info"))
    window.navigate(Route("offer", offer_id=sozial_info.id))
    texts = [label.text() for label in window.offer.findChildren(type(window.title_label))]
    assert group_phone("0664-88260653") in texts
    assert "sozialatlas.leibnitz.at" in texts
    assert any(t.startswith("Zuletzt geprüft") for t in texts)


def test_group_phone() -> None:
    from kiosk.ui.widgets.common import group_phone

    assert group_phone("0664-88260653") == "0664 88 26 06 53"
    assert group_phone("+43 3452 00 017") == "+43 3452 00 017"
    assert group_phone('"+44 1234 234567"').startswith("+44")
    assert group_phone("142") == "142"


def test_kinetic_scrolling_on_lists(window: KioskWindow) -> None:
    from PySide6.QtWidgets import QScroller

    assert QScroller.hasScroller(window.offers.view.viewport())
    assert QScroller.hasScroller(window.offer.body_area.viewport())
    assert window.offers.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def test_back_to_a_list_keeps_where_the_visitor_was(qtbot: QtBot, window: KioskWindow) -> None:
    # Given a long list scrolled down a little
    biggest = max(tiles(window, "tile"), key=lambda t: int(t.detail_label.text().split()[0]))
    tap(qtbot, biggest)
    bar = window.offers.view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    position, rows = bar.value(), window.offers.model.rowCount()
    # When an offer is opened and Back is tapped
    window.offers.view.clicked.emit(window.offers.model.index(3, 0))
    assert window.route.kind == "offer"
    tap(qtbot, window.back_button)
    # Then the same rows are there at the same place
    assert window.offers.model.rowCount() == rows and bar.value() == position
