"""The status strip in the header: is somebody there, who, until when, or when again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.hours import SiteStatus
from kiosk.ui import hours_text
from kiosk.ui.hours_model import HoursModel
from kiosk.ui.widgets.common import icon, plain_label

_MAX_LINES = 2
STRIP_MAX_WIDTH = 900
_CHROME_PX = 100  # margins, icon and spacing around the sentence


class StatusStrip(QWidget):
    """One calm sentence, green while staffed and sand-coloured when not.

    It listens to the HoursModel (which owns the one timer) and to language changes; it
    never polls. The sentence is built from the status' fields with translated templates.
    """

    def __init__(self, model: HoursModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.model = model
        self.state = ""
        self._wanted_width = 0
        self.icon_label = plain_label(role="strip-icon", wrap=False)
        self.icon_label.setFixedSize(40, 40)
        self.text_label = plain_label(role="strip")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        box = QHBoxLayout(self)
        box.setContentsMargins(20, 6, 24, 6)
        box.setSpacing(14)
        box.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(self.text_label, 1)
        self.setMaximumWidth(STRIP_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        model.status_changed.connect(self._on_model_status_changed)
        self.update_status(model.status)

    def text(self) -> str:
        """The sentence shown now."""
        return self.text_label.text()

    def update_status(self, status: SiteStatus) -> None:
        """Show a status (also called after a language change and on resize)."""
        state, full = hours_text.strip_text(status)
        candidates = [full]
        if status.current is not None and status.current.partners:
            # No room for the partner's name: the attract screen shows it in full.
            short = replace(status, current=replace(status.current, partners=()))
            candidates.append(hours_text.strip_text(short)[1])
        self._wanted_width = self._one_line_width(full)
        self.updateGeometry()
        text = next((c for c in candidates if self._fits(c)), candidates[-1])
        if state != self.state:
            self.state = state
            self.setProperty("state", state)
            for widget in (self, self.text_label):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            name = "nav-check-white" if state == "staffed" else "nav-clock"
            self.icon_label.setPixmap(icon(name).pixmap(40, 40))
        self.text_label.setText(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:
        """As wide as the whole sentence on one line, up to the strip's maximum width."""
        hint = super().sizeHint()
        return QSize(min(self.maximumWidth(), max(hint.width(), self._wanted_width)),
                     hint.height())

    def _one_line_width(self, text: str) -> int:
        self.text_label.ensurePolished()
        return QFontMetrics(self.text_label.font()).horizontalAdvance(text) + _CHROME_PX

    def _fits(self, text: str) -> bool:
        width = min(self.maximumWidth(), max(self.width(), 400)) - _CHROME_PX
        self.text_label.ensurePolished()
        metrics = QFontMetrics(self.text_label.font())
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                    int(Qt.TextFlag.TextWordWrap), text)
        return rect.height() <= metrics.lineSpacing() * _MAX_LINES + 2

    def _on_model_status_changed(self, status: SiteStatus) -> None:
        self.update_status(status)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.update_status(self.model.status)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may leave room for the partner's name, or not."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.update_status(self.model.status)
