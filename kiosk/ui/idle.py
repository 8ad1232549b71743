"""Between visitors: notice the quiet, ask "Sind Sie noch da?", then let the window reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui import metrics
from kiosk.ui.widgets.common import plain_label, touch_button

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
             QEvent.Type.Wheel, QEvent.Type.TabletPress}


class IdleWatcher(QObject):
    """Watches every touch of the application.

    Signals:
        idle(): nobody touched the screen for `warn_after_s` seconds.
        activity(): somebody touched the screen.
    """

    idle = Signal()
    activity = Signal()

    def __init__(self, warn_after_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(warn_after_s * 1000)
        self._timer.timeout.connect(self.idle)

    def start(self) -> None:
        """Start (or restart) counting the quiet."""
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch restarts the count; the event goes on as usual."""
        if event.type() in _ACTIVITY:
            self._timer.start()
            self.activity.emit()
        return False


class IdleOverlay(QWidget):
    """A full-window question with a countdown and one big button to stay.

    Signals:
        stayed(): the visitor is still there.
        expired(): the countdown ran out.
    """

    stayed = Signal()
    expired = Signal()

    def __init__(self, countdown_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._countdown_s = countdown_s
        self.remaining = countdown_s
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

        card = QWidget()
        card.setObjectName("OverlayCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setFixedWidth(1000)
        self.question = plain_label(role="overlay-title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = plain_label(role="body")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = plain_label(role="countdown", wrap=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stay_button = touch_button("", role="primary", icon_name="nav-check-white")
        self.stay_button.setMinimumHeight(120)
        self.stay_button.clicked.connect(self._on_stay)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(60, 48, 60, 48)
        inner.setSpacing(24)
        inner.addWidget(self.question)
        inner.addWidget(self.counter)
        inner.addWidget(self.hint)
        inner.addWidget(self.stay_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.question.setText(self.tr("Sind Sie noch da?"))
        self.hint.setText(self.tr("Sonst beginnt der Bildschirm gleich von vorne, damit die "
                                  "nächste Person nicht sieht, was Sie angesehen haben."))
        self.stay_button.setText(self.tr("Ja, ich bin noch da"))
        self.stay_button.setAccessibleName(self.tr("Ja, ich bin noch da"))
        self.counter.setText(str(self.remaining))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def begin(self) -> None:
        """Cover the window and start counting down."""
        self.remaining = self._countdown_s
        self.counter.setText(str(self.remaining))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self._tick.start()

    def end(self) -> None:
        """Hide without a verdict (reset, staff mode)."""
        self._tick.stop()
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere on the overlay means "still here"."""
        self._on_stay()
        event.accept()

    def _on_stay(self) -> None:
        self.end()
        self.stayed.emit()

    def _on_tick(self) -> None:
        self.remaining -= 1
        self.counter.setText(str(max(0, self.remaining)))
        if self.remaining <= 0:
            self.end()
            self.expired.emit()


def corner_rect_contains(x: int, y: int) -> bool:
    """Whether a point lies in the hidden staff corner (top left)."""
    return 0 <= x < metrics.CORNER_PX and 0 <= y < metrics.CORNER_PX
