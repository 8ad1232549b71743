"""Public mode: every screen's widgets are safe, big enough, named, and there is no way out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import metrics
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screenshots import scenes


def each_scene(window: KioskWindow) -> Iterator[str]:
    for name, step in scenes(window):
        step()
        QApplication.processEvents()
        yield name


def shown(window: KioskWindow, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in window.findChildren(kind) if w.isVisibleTo(window)
            and not w.isHidden() and w.window() is window]


def test_every_screen_meets_the_touch_and_safety_rules(window: KioskWindow) -> None:
    for scene in each_scene(window):
        labels = shown(window, QLabel)
        buttons = [b for b in shown(window, QAbstractButton)]
        assert buttons, scene
        for label in labels:
            assert isinstance(label, QLabel)
            # Feed text can never become rich text, a link or a selectable menu
            assert label.textFormat() == Qt.TextFormat.PlainText, (scene, label.text())
            assert not label.openExternalLinks(), scene
            assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
            if label.text() and label.pixmap().isNull():
                assert label.font().pixelSize() >= 24 or label.fontInfo().pixelSize() >= 24, (
                    scene, label.text(), label.fontInfo().pixelSize())
        for button in buttons:
            assert isinstance(button, QAbstractButton)
            assert button.width() >= 80 and button.height() >= 80, (scene, button.text(),
                                                                    button.size())
            assert button.accessibleName(), (scene, button.text())
            assert button.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu
            assert not button.acceptDrops()
        for edit in shown(window, QLineEdit):
            assert isinstance(edit, QLineEdit)
            assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu, scene
            assert not edit.dragEnabled()


def test_buttons_keep_their_distance(window: KioskWindow) -> None:
    for scene in each_scene(window):
        rects = [(b, b.rect().translated(b.mapTo(window, QPoint(0, 0))))
                 for b in shown(window, QAbstractButton)]
        for i, (a, ra) in enumerate(rects):
            for b, rb in rects[i + 1:]:
                if a.isAncestorOf(b) or b.isAncestorOf(a):
                    continue
                grown = ra.adjusted(-metrics.GAP + 4, -metrics.GAP + 4,
                                    metrics.GAP - 4, metrics.GAP - 4)
                assert not grown.intersects(rb), (scene, a.accessibleName(),
                                                  b.accessibleName())


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
])
def test_escape_keys_are_swallowed(window: KioskWindow, key: Qt.Key,
                                   mods: Qt.KeyboardModifier) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
    assert window.lockdown.eventFilter(window, event)


def test_ordinary_keys_pass(window: KioskWindow) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert not window.lockdown.eventFilter(window, event)


def test_context_menus_and_right_clicks_are_swallowed(window: KioskWindow) -> None:
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    assert window.lockdown.eventFilter(window, menu)
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    right = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5),
                        Qt.MouseButton.RightButton, Qt.MouseButton.RightButton,
                        Qt.KeyboardModifier.NoModifier)
    assert window.lockdown.eventFilter(window, right)


def test_close_is_refused_in_public_mode(qtbot: QtBot, window: KioskWindow) -> None:
    window.close()
    assert window.isVisible()


def test_exception_in_a_slot_returns_home(qtbot: QtBot, window: KioskWindow) -> None:
    from kiosk.ui.main_window import Route

    window.navigate(Route("offer", offer_id="does-not-exist"))
    window.recover()
    assert window.route.kind == "home" and window.history == []


def test_exception_in_a_slot_is_logged_and_goes_home(
        qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    import sys

    from kiosk.app import install_exception_handler
    from kiosk.ui.main_window import Route

    # Given the kiosk's exception handler and a visitor deep in the screens
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_handler(window)
    window.navigate(Route("offer", offer_id="x"))
    # When a slot raises (PySide hands it to sys.excepthook)
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    # Then it is logged, the kiosk is home, and no dialog opened
    assert "unexpected error" in caplog.text
    assert window.route.kind == "home"
    assert QApplication.activeModalWidget() is None
