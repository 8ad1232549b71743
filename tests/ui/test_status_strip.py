"""The status strip: staffed or not, in the visitor's language, updated by one timer."""

from __future__ import annotations

import math
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk import hours
from kiosk.ui.main_window import KioskWindow

VIENNA = ZoneInfo("Europe/Vienna")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, iso: str) -> None:
        self.now = datetime.fromisoformat(iso).replace(tzinfo=VIENNA)

    def set(self, iso: str) -> None:
        self.now = datetime.fromisoformat(iso).replace(tzinfo=VIENNA)

    def __call__(self) -> datetime:
        return self.now


def at(window: KioskWindow, iso: str) -> FakeClock:
    """Give the window's hours a fixed clock and recompute."""
    clock = FakeClock(iso)
    window.hours.clock = clock
    window.hours.refresh()
    return clock


@pytest.mark.parametrize(("iso", "state", "text"), [
    ("2026-11-12T14:30", "staffed",
     "Jetzt für Sie da: Thementag Senior*innen mit Pflegedrehscheibe Bezirk Leibnitz, bis 16:00"),
    ("2026-11-13T10:00", "staffed", "Jetzt für Sie da: das Team der Sozial-Info, bis 13:00"),
    ("2026-11-09T18:00", "unstaffed", "Gerade nicht besetzt – wieder da: morgen 14:00"),
    ("2026-11-07T11:00", "unstaffed", "Gerade nicht besetzt – wieder da: Montag 09:00"),
    ("2026-11-12T16:00", "unstaffed", "Gerade nicht besetzt – wieder da: morgen 09:00"),
    ("2026-11-13T07:00", "unstaffed", "Gerade nicht besetzt – wieder da: heute 09:00"),
    ("2026-12-08T10:00", "closed",
     "Heute geschlossen: Mariä Empfängnis – wieder da: Donnerstag 14:00"),
])
def test_strip_says_who_is_there(window: KioskWindow, iso: str, state: str, text: str) -> None:
    # Given the kiosk's clock at a known moment, When the strip shows the status
    at(window, iso)
    # Then it says who is there until when, or when somebody is back, in its colour
    assert window.status_strip.text() == text
    assert window.status_strip.property("state") == state
    assert window.status_strip.isVisible()


def test_one_single_shot_timer_set_to_the_next_change(window: KioskWindow) -> None:
    # Given Thursday 14:30 (Thementag until 16:00)
    at(window, "2026-11-12T14:30")
    timer = window.hours.timer
    # Then one single-shot timer waits exactly until 16:00 (plus a small margin)
    expected = hours.seconds_until_change(window.ctx.settings.hours, window.hours.now())
    assert timer.isSingleShot() and timer.isActive()
    assert math.ceil(expected * 1000) <= timer.interval() <= math.ceil(expected * 1000) + 500
    assert 89 * 60 * 1000 < timer.interval() < 91 * 60 * 1000


def test_the_strip_changes_by_itself_at_the_slot_edge(window: KioskWindow) -> None:
    clock = at(window, "2026-11-12T15:59")
    assert window.status_strip.property("state") == "staffed"
    # When the clock passes 16:00 and the timer fires
    clock.set("2026-11-12T16:00:01")
    window.hours.timer.timeout.emit()
    # Then the strip says nobody is there any more, and the next timer waits for midnight
    assert window.status_strip.text() == "Gerade nicht besetzt – wieder da: morgen 09:00"
    assert 7 * 3600 * 1000 < window.hours.timer.interval() < 8 * 3600 * 1000


def test_midnight_turns_tomorrow_into_today(window: KioskWindow) -> None:
    clock = at(window, "2026-11-12T23:59")
    assert window.status_strip.text().endswith("morgen 09:00")
    clock.set("2026-11-13T00:00:01")
    window.hours.timer.timeout.emit()
    assert window.status_strip.text().endswith("heute 09:00")


def test_the_strip_follows_the_language(qtbot: QtBot, window: KioskWindow) -> None:
    at(window, "2026-11-07T11:00")
    # When the visitor switches to English
    qtbot.mouseClick(window.language_button, qtbot_left())
    # Then the strip is in English as soon as Qt delivers the language change
    qtbot.waitUntil(lambda: window.status_strip.text()
                    == "Not staffed right now – back: Monday 09:00", timeout=2000)


def qtbot_left() -> Qt.MouseButton:


    return Qt.MouseButton.LeftButton


def test_a_staff_closure_shows_on_the_strip(window: KioskWindow) -> None:
    # Given a Thementag afternoon
    at(window, "2026-11-12T14:30")
    # When staff close the Sozial-Info today because of a training
    today = window.hours.today()
    window.hours.close(today, today, "Fortbildung")
    # Then visitors read why, and when somebody is back
    assert window.status_strip.text() == "Heute geschlossen: Fortbildung – wieder da: morgen 09:00"
    # And when staff lift it, the Thementag is back
    window.hours.reopen()
    assert window.status_strip.property("state") == "staffed"
