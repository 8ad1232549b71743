"""Real X input under Xvfb: the frameless window covers the screen, and taps (xdotool) work.

QTest's synthetic events never pass through QScroller's gesture recognizer; real X events
do, as a finger on the touchscreen does. Run by `make test` as:
xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb pytest tests/e2e
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.app import create_window, show_kiosk
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tasks import InlineRunner

pytestmark = pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY")
    or shutil.which("xdotool") is None,
    reason="needs a real X display (Xvfb), QT_QPA_PLATFORM=xcb and xdotool",
)


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskWindow]:
    window = create_window(None, tmp_path / "data", runner=InlineRunner())
    qtbot.addWidget(window)
    window.activate()
    show_kiosk(window, windowed=False)  # frameless, as in the room: no window manager here
    qtbot.waitExposed(window)
    yield window
    window.deactivate()
    window._quit_allowed = True
    window.close()
    window.ctx.store.close()


def touch(qtbot: QtBot, window: KioskWindow, point: QPoint) -> None:
    """A real tap: X moves the pointer and clicks, as a touchscreen's driver does."""
    spot = window.mapToGlobal(point)
    subprocess.run(["xdotool", "mousemove", str(spot.x()), str(spot.y()), "click", "1"],
                   check=True, timeout=10)
    qtbot.wait(150)


def test_window_covers_the_screen_without_a_window_manager(kiosk: KioskWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    assert kiosk.frameGeometry() == screen.geometry()


def test_real_taps_walk_to_an_offer_and_back(qtbot: QtBot, kiosk: KioskWindow,
                                             tmp_path: Path) -> None:
    # Given the home screen, When a category tile is touched
    tile = kiosk.home._tiles.itemAt(0).widget()
    touch(qtbot, kiosk, tile.mapTo(kiosk, tile.rect().center()))
    qtbot.waitUntil(lambda: kiosk.route.kind == "offers", timeout=3000)
    # When the first row of the kinetic list is touched
    view = kiosk.offers.view
    row = view.visualRect(kiosk.offers.model.index(0, 0)).center()
    touch(qtbot, kiosk, view.viewport().mapTo(kiosk, row))
    # Then the offer opens
    qtbot.waitUntil(lambda: kiosk.route.kind == "offer", timeout=3000)
    kiosk.grab().save(str(tmp_path / "offer-under-x.png"))
    # And Back (bottom left) is where it always is
    back = kiosk.back_button
    touch(qtbot, kiosk, back.mapTo(kiosk, back.rect().center()))
    qtbot.waitUntil(lambda: kiosk.route.kind == "offers", timeout=3000)
