"""Staff mode: hidden corner gesture, PIN pad with growing waits, staff screen, timeout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.staff_auth import hash_pin
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import WindowFactory
from tests.ui.test_navigation import tap


def pin_config(tmp_path: Path, pin: str = "2468") -> Path:
    path = tmp_path / "site.toml"
    config.write_pin_hash(path, hash_pin(pin))
    return path


def enter(qtbot: QtBot, window: KioskWindow, digits: str) -> None:
    for digit in digits:
        tap(qtbot, window.pin.keys[digit])  # type: ignore[arg-type]
    tap(qtbot, window.pin.keys["ok"])  # type: ignore[arg-type]


def hold_corner(qtbot: QtBot, window: KioskWindow) -> None:
    window._corner_hold.setInterval(100)
    qtbot.mousePress(window.site_label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: window.route.kind == "pin", timeout=2000)
    qtbot.mouseRelease(window.site_label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_staff_pin_flow(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    # Given a kiosk with a staff PIN
    window = make_window(pin_config(tmp_path), activate=True)
    # When the top-left corner is held, Then the PIN pad opens
    hold_corner(qtbot, window)
    # When a wrong PIN is entered, Then a plain message and the keys wait
    enter(qtbot, window, "1111")
    assert "Falsche PIN" in window.pin.message.text()
    assert not window.pin.keys["1"].isEnabled()
    qtbot.waitUntil(lambda: window.pin.keys["1"].isEnabled(), timeout=3000)
    # When the right PIN is entered, Then the staff screen shows the data status
    enter(qtbot, window, "2468")
    assert window.route.kind == "staff"
    status = window.staff.status_label.text()
    assert "Beispieldaten" in status and "Angebote:" in status
    # When staff leave, Then public mode on a fresh home screen
    tap(qtbot, window.staff.leave_button)
    assert window.route.kind == "home" and window.history == []


def test_short_press_does_nothing(qtbot: QtBot, window: KioskWindow) -> None:
    window._corner_hold.setInterval(300)
    qtbot.mouseClick(window.site_label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.wait(400)
    assert window.route.kind == "home"


def test_staff_mode_times_out(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(pin_config(tmp_path), activate=True)
    window._staff_idle.setInterval(100)
    window.open_pin_pad()
    enter(qtbot, window, "2468")
    assert window.route.kind == "staff"
    qtbot.waitUntil(lambda: window.route.kind == "home", timeout=2000)


def test_no_pin_configured_keeps_staff_mode_closed(qtbot: QtBot, window: KioskWindow) -> None:
    window.open_pin_pad()
    assert "keine PIN" in window.pin.message.text()
    enter(qtbot, window, "0000")
    assert window.route.kind == "pin"


def test_quit_only_from_staff_mode(qtbot: QtBot, make_window: WindowFactory,
                                   tmp_path: Path) -> None:
    window = make_window(pin_config(tmp_path))
    window.quit_kiosk()
    assert window.isVisible()
    window.open_pin_pad()
    enter(qtbot, window, "2468")
    window.quit_kiosk()
    assert not window.isVisible()
