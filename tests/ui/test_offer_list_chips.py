"""Filter chips are reused from list to list and always show the current list's filters."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from tests.ui.test_navigation import tap, tiles


def shown_chips(window: KioskWindow) -> list[QPushButton]:
    return [c for c in window.offers.chip_area.widget().findChildren(QPushButton)
            if not c.isHidden()]


def test_chips_are_reused_and_match_each_list(qtbot: QtBot, window: KioskWindow) -> None:
    # Given every category's list opened twice
    most = 0
    for _ in range(2):
        for index in range(len(tiles(window, "tile"))):
            tap(qtbot, tiles(window, "tile")[index])
            chips = shown_chips(window)
            # Then "Alle Angebote" comes first and is the checked one, every text once
            assert chips and chips[0].property("term_id") == "" and chips[0].isChecked()
            assert sum(c.isChecked() for c in chips) == 1
            texts = [c.text() for c in chips]
            assert len(set(texts)) == len(texts)
            most = max(most, len(chips))
            window.go_home()
    # and no more chip buttons exist than the longest row needed
    assert len(window.offers.chip_area.widget().findChildren(QPushButton)) == most


def test_a_filter_then_all_offers_checks_the_right_chip(qtbot: QtBot,
                                                        window: KioskWindow) -> None:
    # Given a list filtered by its second chip
    tap(qtbot, tiles(window, "tile")[0])
    chips = shown_chips(window)
    tap(qtbot, chips[1])
    assert shown_chips(window)[1].isChecked()
    # When "Alle Angebote" is tapped, Then it is the one checked again
    tap(qtbot, shown_chips(window)[0])
    chips = shown_chips(window)
    assert chips[0].isChecked() and not any(c.isChecked() for c in chips[1:])
