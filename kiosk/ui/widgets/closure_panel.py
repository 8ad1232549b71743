"""Staff: close the Sozial-Info today or for a few days, with a reason, without a keyboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.hours import SiteStatus
from kiosk.ui import hours_text, metrics
from kiosk.ui.hours_model import HoursModel
from kiosk.ui.widgets.common import plain_label, touch_button

# Stored in German (the source language) and translated when shown to visitors.
REASONS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("closure", "Krankheit")),
    str(QT_TRANSLATE_NOOP("closure", "Fortbildung")),
    str(QT_TRANSLATE_NOOP("closure", "Veranstaltung")),
)
OTHER_REASON = ""  # "Sonstiges": closed, no reason shown
DURATIONS: tuple[int, ...] = (1, 2, 7)


class ClosurePanel(QWidget):
    """Big buttons for runtime closures; the HoursModel stores them and tells every screen."""

    def __init__(self, model: HoursModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.model = model
        self.heading = plain_label(role="heading", wrap=False)
        self.state_label = plain_label(role="body")
        self.today_button = touch_button("", role="primary", icon_name="nav-close-white")
        self.today_button.clicked.connect(self._on_today_clicked)
        self.reopen_button = touch_button("", icon_name="nav-check")
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.reason_label = plain_label(role="body", wrap=False)
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        for reason in (*REASONS, OTHER_REASON):
            button = touch_button("", role="chip")
            button.setCheckable(True)
            self.reason_group.addButton(button)
            self.reason_buttons[reason] = button
        self.reason_buttons[REASONS[0]].setChecked(True)
        self.days_group = QButtonGroup(self)
        self.days_buttons: dict[int, QPushButton] = {}
        for days in DURATIONS:
            button = touch_button("", role="chip")
            button.setCheckable(True)
            self.days_group.addButton(button)
            self.days_buttons[days] = button
        self.days_buttons[1].setChecked(True)
        self.close_button = touch_button("", role="primary", icon_name="nav-close-white")
        self.close_button.clicked.connect(self._on_close_clicked)

        def row(*widgets: QWidget) -> QHBoxLayout:
            box = QHBoxLayout()
            box.setSpacing(metrics.GAP)
            for widget in widgets:
                box.addWidget(widget)
            box.addStretch(1)
            return box

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 20)
        layout.setSpacing(metrics.GAP)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        layout.addLayout(row(self.today_button, self.reopen_button))
        layout.addWidget(self.reason_label)
        layout.addLayout(row(*self.reason_buttons.values()))
        layout.addLayout(row(*self.days_buttons.values()))
        layout.addLayout(row(self.close_button))
        layout.addStretch(1)
        model.status_changed.connect(self._on_model_status_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.heading.setText(self.tr("Öffnungszeiten und Schließungen"))
        self.today_button.setText(self.tr("Heute geschlossen"))
        self.reopen_button.setText(self.tr("Schließung aufheben"))
        self.reason_label.setText(self.tr("Schließung mit Grund:"))
        for reason, button in self.reason_buttons.items():
            button.setText(QCoreApplication.translate("closure", reason) if reason
                           else self.tr("Sonstiges"))
        self.days_buttons[1].setText(self.tr("nur heute"))
        self.days_buttons[2].setText(self.tr("heute und morgen"))
        self.days_buttons[7].setText(self.tr("eine Woche"))
        self.close_button.setText(self.tr("Schließung speichern"))
        for button in (self.today_button, self.reopen_button, self.close_button,
                       *self.reason_buttons.values(), *self.days_buttons.values()):
            button.setAccessibleName(button.text())
            # An explicit minimum width beats the size hint in a layout: use the text's width.
            button.setMinimumWidth(metrics.TOUCH_MIN)
            button.ensurePolished()
            button.setMinimumWidth(max(button.sizeHint().width(), metrics.TOUCH_MIN))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_state(self) -> None:
        closures = self.model.extra_closures()
        lines = [hours_text.strip_text(self.model.status)[1]]
        for closure in closures:
            reason = hours_text.closure_reason(closure.reason) or self.tr("ohne Grund")
            if closure.first == closure.last:
                span = closure.first.strftime("%d.%m.%Y")
            else:
                span = f"{closure.first:%d.%m.%Y} – {closure.last:%d.%m.%Y}"
            lines.append(self.tr("Geschlossen: %1 (%2)").replace("%1", span)
                         .replace("%2", reason))
        self.state_label.setText("\n".join(lines))
        self.reopen_button.setEnabled(bool(closures))

    def _on_model_status_changed(self, _status: SiteStatus) -> None:
        self._show_state()

    def _on_today_clicked(self) -> None:
        today = self.model.today()
        self.model.close(today, today, OTHER_REASON)

    def _on_close_clicked(self) -> None:
        reason = next((r for r, b in self.reason_buttons.items() if b.isChecked()), OTHER_REASON)
        days = next((d for d, b in self.days_buttons.items() if b.isChecked()), 1)
        today = self.model.today()
        self.model.close(today, today + timedelta(days=days - 1), reason)

    def _on_reopen_clicked(self) -> None:
        self.model.reopen()
