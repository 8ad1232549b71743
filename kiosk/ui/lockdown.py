"""Public mode: no way out of the kiosk through keys, context menus or drops."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

log = logging.getLogger(__name__)

# Keys that would close, switch or leave the window, or open a dialog.
_BLOCKED_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_F4, Qt.Key.Key_Menu,
                 Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}
_BLOCKED_CTRL = {Qt.Key.Key_W, Qt.Key.Key_Q, Qt.Key.Key_O, Qt.Key.Key_P, Qt.Key.Key_S,
                 Qt.Key.Key_N, Qt.Key.Key_T, Qt.Key.Key_F4, Qt.Key.Key_C, Qt.Key.Key_V,
                 Qt.Key.Key_X, Qt.Key.Key_A, Qt.Key.Key_Z}
_BLOCKED_TYPES = {QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove,
                  QEvent.Type.Drop, QEvent.Type.WhatsThis, QEvent.Type.ToolTip}


def is_blocked_key(event: QKeyEvent) -> bool:
    """Whether a key press must be swallowed in public mode."""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    if key in _BLOCKED_KEYS:
        return True
    if mods & Qt.KeyboardModifier.AltModifier:
        return True
    return bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
                ) and key in _BLOCKED_CTRL


class LockdownFilter(QObject):
    """An application-wide event filter that swallows every escape route while active."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow context menus, drops, tooltips, right/middle clicks and escape keys."""
        if not self.active:
            return False
        kind = event.type()
        if kind in _BLOCKED_TYPES:
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick) and isinstance(event, QMouseEvent):
            # A long press on a touchscreen can arrive as a right click.
            return event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
                event, QKeyEvent):
            return is_blocked_key(event)
        return False
