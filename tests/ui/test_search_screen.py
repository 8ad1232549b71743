"""Search by touch: on-screen keyboard, results while typing, offer on tap, reset between visits."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.hours import default_hours_config
from kiosk.ui import metrics
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.search import SearchScreen


def tap(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_on_keyboard(qtbot: QtBot, screen: SearchScreen, text: str) -> None:
    for char in text:
        key = screen.keyboard.space_key if char == " " else screen.keyboard.keys[char]
        tap(qtbot, key)


def open_search(qtbot: QtBot, window: KioskWindow) -> SearchScreen:
    assert window.home.search_button.isVisible()
    tap(qtbot, window.home.search_button)
    assert window.route.kind == "search"
    return window.search


def test_type_find_and_open_an_offer(qtbot: QtBot, window: KioskWindow) -> None:
    # Given the search screen, opened from the home screen's search strip
    screen = open_search(qtbot, window)
    # When "schulden" is typed on the on-screen keyboard
    type_on_keyboard(qtbot, screen, "schulden")
    # Then the field reads "Schulden" (a word starts with a capital) and hits appear
    assert screen.field.text() == "Schulden"
    # (the first letters search at once, the rest is gathered into one search after them)
    qtbot.waitUntil(lambda: screen.result is not None and screen.result.query == "Schulden")
    assert screen.model.rowCount() > 0 and screen.view.isVisible()
    first = screen.model.row_at(0)
    assert "Schuldnerberatung" in first.name
    assert "Treffer" in screen.count_label.text()
    # When the first hit is tapped (QTest's synthetic clicks never reach QScroller's gesture
    # recogniser offscreen, so the view's own clicked signal stands in for the finger)
    screen.view.clicked.emit(screen.model.index(0, 0))
    # Then the offer screen shows that offer
    assert window.route.kind == "offer"
    qtbot.waitUntil(lambda: window.offer.offer is not None)
    assert window.offer.offer is not None and window.offer.offer.id == first.id
    # When Back is tapped, Then the search is still there
    tap(qtbot, window.back_button)
    assert window.route.kind == "search" and screen.field.text() == "Schulden"
    assert screen.model.rowCount() > 0


def test_reset_visit_empties_field_and_undo_history(qtbot: QtBot, window: KioskWindow) -> None:
    # Given a visitor who searched for something
    screen = open_search(qtbot, window)
    type_on_keyboard(qtbot, screen, "pflege")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    assert screen.field.isUndoAvailable()
    assert window.is_dirty()
    # When the visit is reset (the idle countdown ran out)
    window.reset_visit()
    # Then the field is empty, nothing can be undone, and no hits are left
    assert window.route.kind == "home"
    assert screen.field.text() == ""
    assert not screen.field.isUndoAvailable()
    assert not screen.field.isRedoAvailable()
    assert screen.model.rowCount() == 0 and screen.result is None
    assert not window.is_dirty()


def test_typed_text_alone_makes_the_visit_dirty(qtbot: QtBot, window: KioskWindow) -> None:
    # Given a search typed and the visitor went home
    screen = open_search(qtbot, window)
    type_on_keyboard(qtbot, screen, "asyl")
    tap(qtbot, window.home_button)
    # Then the kiosk still counts the visit as open (the next visitor must not see it)
    assert window.is_dirty()


def test_keyboard_keys_delete_and_clear(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_search(qtbot, window)
    keyboard = screen.keyboard
    # Keys are big enough to touch, with an accessible name, and show capitals
    for key in [*keyboard.keys.values(), keyboard.space_key, keyboard.backspace_key,
                keyboard.clear_key]:
        assert key.height() >= metrics.TOUCH_MIN and key.width() >= metrics.TOUCH_MIN
        assert key.accessibleName()
    assert keyboard.keys["ä"].text() == "Ä" and keyboard.keys["ß"].text() == "ß"
    # Umlauts and ß type as such; a second word starts with a capital again
    type_on_keyboard(qtbot, screen, "straß hü")
    assert screen.field.text() == "Straß Hü"
    tap(qtbot, keyboard.backspace_key)
    assert screen.field.text() == "Straß H"
    tap(qtbot, keyboard.clear_key)
    assert screen.field.text() == ""
    # No leading or double spaces
    tap(qtbot, keyboard.space_key)
    assert screen.field.text() == ""
    # The field offers no context menu and no drag and drop
    assert screen.field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert not screen.field.dragEnabled() and not screen.field.acceptDrops()


def test_nothing_found_offers_suggestions_and_help(qtbot: QtBot, window: KioskWindow) -> None:
    # Given a word nothing matches
    screen = open_search(qtbot, window)
    type_on_keyboard(qtbot, screen, "pflegxyz")
    qtbot.waitUntil(lambda: screen.result is not None and screen.result.query == "Pflegxyz")
    # Then no list but suggestion buttons and "Fragen Sie uns"
    assert not screen.view.isVisible() and screen.empty_panel.isVisible()
    buttons = [b for b in screen.empty_panel.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(b.height() >= metrics.TOUCH_MIN for b in buttons)
    assert screen.ask_label.isVisible() and "Fragen Sie uns" in screen.ask_label.text()
    # When a suggestion is tapped, Then it is searched and finds offers
    word = buttons[0].text()
    tap(qtbot, buttons[0])
    assert screen.field.text() == word
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)


def test_hostile_text_in_the_field_is_harmless(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_search(qtbot, window)
    for text in ['"', "NOT", "NEAR(", "'; DROP TABLE service;--", "😀" * 30, "x" * 500]:
        screen.field.setText(text)
        screen.search_now()
        assert screen.result is None or screen.result.query == screen.field.text()
    type_on_keyboard(qtbot, screen, "")
    screen.field.setText("Wohnung")
    screen.search_now()
    assert screen.model.rowCount() > 0


def test_ask_text_names_the_next_staffed_time(qtbot: QtBot, window: KioskWindow) -> None:
    screen = window.search
    cfg = default_hours_config()
    zone = ZoneInfo(cfg.timezone)
    screen._hours = cfg
    # Saturday: closed; the next staffed time is Monday 09:00
    saturday = dt.datetime(2026, 11, 21, 10, 0, tzinfo=zone)
    assert "Montag, 23.11., 09:00–13:00" in screen.ask_text(saturday)
    # Monday 10:00: staffed until 13:00
    assert "bis 13:00" in screen.ask_text(dt.datetime(2026, 11, 23, 10, 0, tzinfo=zone))
    # Without hours: the plain sentence
    screen._hours = None
    assert screen.ask_text(saturday) == (
        "Fragen Sie uns – das Team der Sozial-Info hilft Ihnen gern.")


def test_ask_text_respects_a_closure_set_by_staff(qtbot: QtBot, window: KioskWindow) -> None:
    # Given staff closed Monday 23 November at runtime
    zone = ZoneInfo(window.ctx.settings.hours.timezone)
    monday = dt.date(2026, 11, 23)
    window.ctx.closures.add(monday, monday, "Fortbildung", monday)
    # When a visitor finds nothing on Monday morning
    text = window.search.ask_text(dt.datetime(2026, 11, 23, 10, 0, tzinfo=zone))
    # Then the kiosk does not promise somebody is there, and names Tuesday instead
    assert "jetzt für Sie da" not in text and "Dienstag, 24.11." in text
