"""Holiday names in the visitor's language: from the holidays package through a Qt translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from kiosk.hours import HoursConfig, holiday_names_in
from kiosk.ui import hours_text
from kiosk.ui.main_window import KioskWindow
from tests.ui.test_status_strip import at


def test_austrian_holidays_in_english() -> None:
    # Given Styria's holidays, When asked for English names
    names = holiday_names_in(HoursConfig(), (2026, 2027), "en")
    # Then the public and the extra closed days are named in English
    assert names["Christtag"] == "Christmas Day"
    assert names["Mariä Empfängnis"] == "Immaculate Conception"
    assert names["Heiliger Abend"] == "Christmas Eve"
    # And German, an unknown language or no country give nothing to translate
    assert holiday_names_in(HoursConfig(), (2026,), "de") == {}
    assert holiday_names_in(HoursConfig(), (2026,), "ar") == {}
    assert holiday_names_in(HoursConfig(holiday_country=""), (2026,), "en") == {}


def test_joined_names_are_never_paired_wrongly() -> None:
    # Given Bavaria with school holidays (a day can carry several names, sorted per language)
    names = holiday_names_in(HoursConfig(holiday_country="DE", holiday_subdivision="BY"),
                             (2026,), "en")
    # Then every name maps to its own translation
    assert names["Neujahr"] == "New Year's Day"
    assert names["Tag der Deutschen Einheit"] == "German Unity Day"


def test_closed_strip_names_the_holiday_in_english(qtbot: QtBot, window: KioskWindow) -> None:
    # Given Mariä Empfängnis, a holiday, the strip says so in German
    at(window, "2026-12-08T10:00")
    assert "Heute geschlossen: Mariä Empfängnis" in window.status_strip.text()
    # When the visitor switches to English
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    # Then the holiday's name is English too, and the .ts strings still are
    qtbot.waitUntil(lambda: "Immaculate Conception" in window.status_strip.text(), timeout=2000)
    assert window.status_strip.text().startswith("Closed today")
    assert hours_text.closure_reason("Christtag") == "Christmas Day"
    assert QCoreApplication.translate("closure", "Fortbildung") != "Fortbildung"
    # When the next visit starts in German again, Then the name is German again
    window.reset_visit()
    qtbot.waitUntil(lambda: "Mariä Empfängnis" in window.status_strip.text(), timeout=2000)
    assert hours_text.closure_reason("Christtag") == "Christtag"
