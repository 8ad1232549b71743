"""Attract screen, staff closures and the offers' own hours, on a real window with a set clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.data import queries
from kiosk.ui.main_window import ATTRACT, HOME, KioskWindow, Route
from kiosk.ui.screens.offers import ListRequest
from tests.ui.test_status_strip import VIENNA, at


def texts(widget: KioskWindow) -> str:
    """Every visible label text of the current screen and header, one per line."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisibleTo(widget) and label.text())


def show_attract(qtbot: QtBot, window: KioskWindow) -> None:
    """Leave the home screen untouched until the attract screen comes."""
    window._attract_timer.setInterval(30)
    window.reset_visit()
    qtbot.waitUntil(lambda: window.route == ATTRACT, timeout=2000)


def test_unstaffed_attract_screen(qtbot: QtBot, window: KioskWindow) -> None:
    # Given a Wednesday morning (nobody there) and an untouched home screen
    at(window, "2026-11-04T09:00")
    show_attract(qtbot, window)
    shown = texts(window)
    # Then the screen says so in large type, when to come, and what the next Thementag is
    assert "Die Sozial-Info ist gerade nicht besetzt." in shown
    assert "Wieder für Sie da: morgen um 14:00 Uhr" in shown
    assert "Öffnungszeiten der Sozial-Info" in shown
    assert "Nächster Thementag" in shown and "Kind / Jugend / Familie" in shown
    assert "– Frühe Hilfen Steiermark (ÖGK)" in shown
    assert "sozialatlas.leibnitz.at" in shown and "Broschüren" in shown
    assert window.attract.touch_button.text() == "Bitte berühren Sie den Bildschirm"
    # And everything fits 1920x1080 without scrolling: the touch prompt is fully on screen
    button = window.attract.touch_button
    bottom = button.mapTo(window, button.rect().bottomLeft()).y()
    assert button.isVisible() and bottom <= window.navbar.y()
    for label in window.attract.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text():
            assert label.height() >= label.heightForWidth(label.width()) - 1 or \
                not label.wordWrap(), label.text()


def test_staffed_attract_screen(qtbot: QtBot, window: KioskWindow) -> None:
    # Given the 2nd Thursday, 14:30: the Thementag Senior*innen is on
    at(window, "2026-11-12T14:30")
    show_attract(qtbot, window)
    shown = texts(window)
    # Then "we are here" and who is there today
    assert "Wir sind da – fragen Sie uns gern!" in shown
    assert "Heute für Sie da" in shown
    assert "Thementag Senior*innen" in shown and "– Pflegedrehscheibe Bezirk Leibnitz" in shown
    assert window.attract.headline.property("state") == "staffed"


def test_a_touch_anywhere_starts_a_visit(qtbot: QtBot, window: KioskWindow) -> None:
    at(window, "2026-11-04T09:00")
    show_attract(qtbot, window)
    # When somebody touches the screen anywhere on the attract screen
    qtbot.mouseClick(window.attract.headline, Qt.MouseButton.LeftButton)
    # Then the home screen shows, and Back does not lead to the attract screen
    assert window.route == HOME and window.history == []


def test_attract_is_not_a_visit(qtbot: QtBot, window: KioskWindow) -> None:
    # Given the attract screen, Then the quiet asks no "Sind Sie noch da?"
    at(window, "2026-11-04T09:00")
    show_attract(qtbot, window)
    assert not window.is_dirty()
    window._on_idle()
    assert not window.overlay.isVisible() and window.route == ATTRACT


def test_the_attract_screen_follows_the_clock(qtbot: QtBot, window: KioskWindow) -> None:
    clock = at(window, "2026-11-12T15:59")
    show_attract(qtbot, window)
    assert window.attract.headline.text() == "Wir sind da – fragen Sie uns gern!"
    clock.now = datetime(2026, 11, 12, 16, 0, 1, tzinfo=VIENNA)
    window.hours.timer.timeout.emit()
    assert window.attract.headline.text() == "Die Sozial-Info ist gerade nicht besetzt."


def test_staff_close_today_with_a_reason(qtbot: QtBot, window: KioskWindow) -> None:
    # Given staff mode on a Thementag afternoon
    at(window, "2026-11-12T14:30")
    window._on_pin_accepted()
    panel = window.closure_panel
    assert panel.isVisible()
    # When staff choose "Fortbildung" and close
    qtbot.mouseClick(panel.reason_buttons["Fortbildung"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    # Then the closure is stored in the data folder and shown to visitors
    assert (window.ctx.data_dir / "closures.json").is_file()
    assert window.status_strip.text().startswith("Heute geschlossen: Fortbildung")
    assert "Geschlossen: 12.11.2026 (Fortbildung)" in panel.state_label.text()
    window.leave_staff_mode()
    show_attract(qtbot, window)
    assert "Heute geschlossen: Fortbildung" in window.attract.subline.text()
    # And "Schließung aufheben" brings the Thementag back
    window._on_pin_accepted()
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert window.status_strip.property("state") == "staffed"


def test_heute_geschlossen_without_reason(qtbot: QtBot, window: KioskWindow) -> None:
    at(window, "2026-11-13T10:00")
    window._on_pin_accepted()
    qtbot.mouseClick(window.closure_panel.today_button, Qt.MouseButton.LeftButton)
    assert window.status_strip.text() == "Heute geschlossen – wieder da: Montag 09:00"


def offer_id(window: KioskWindow, name_part: str) -> str:
    sessions = window.ctx.store.sessions
    for cat in queries.top_terms(sessions, window.ctx.settings.roles.categories):
        for row in queries.offers(sessions, category_id=cat.id):
            if name_part in row.name:
                return row.id
    raise AssertionError(name_part)


def test_offer_screen_says_open_now_or_when(window: KioskWindow) -> None:
    # Given the Eltern-Baby-Beratung (its times are on its location): 2nd and 4th Tuesday
    oid = offer_id(window, "Eltern-Baby-Beratung")
    # When it is the 2nd Tuesday of November at 15:00
    at(window, "2026-11-10T15:00")
    window.navigate(Route("offer", offer_id=oid))
    assert "Jetzt geöffnet – bis 16:00" in texts(window)
    assert "Jeden 2. Dienstag im Monat: 14:00–16:00" in texts(window)
    # And on the Monday before, it says when it opens
    at(window, "2026-11-09T10:00")
    window.offer.show_offer(window.offer.offer)  # type: ignore[arg-type]
    assert "Öffnet morgen 14:00" in texts(window)


def test_offer_list_shows_only_the_open_ones(qtbot: QtBot, window: KioskWindow) -> None:
    # Given a list of offers at a moment when only some are open
    at(window, "2026-11-10T15:00")
    sessions = window.ctx.store.sessions
    cat = queries.top_terms(sessions, window.ctx.settings.roles.categories)
    family = next(c for c in cat if c.code == "familie")
    window.navigate(Route("offers", ListRequest(family.id, family.name, True)))
    everything = window.offers.model.rowCount()
    # When the visitor touches "Nur jetzt geöffnete"
    qtbot.mouseClick(window.offers.open_button, Qt.MouseButton.LeftButton)
    # Then only open offers are listed, the Eltern-Baby-Beratung among them
    shown = [window.offers.model.row_at(i) for i in range(window.offers.model.rowCount())]
    assert 0 < len(shown) < everything
    assert any("Eltern-Baby" in r.name for r in shown)
    # And touching it again shows all of them
    qtbot.mouseClick(window.offers.open_button, Qt.MouseButton.LeftButton)
    assert window.offers.model.rowCount() == everything
