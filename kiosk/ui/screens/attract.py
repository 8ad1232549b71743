"""Attract screen: shown when nobody touches the kiosk; who is there, or when to come back."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.hours import DayHours, SiteStatus, Slot
from kiosk.ui import hours_text, metrics
from kiosk.ui.hours_model import HoursModel
from kiosk.ui.widgets.common import clear_layout, plain_label, touch_button


def atlas_host(url: str) -> str:
    """sozialatlas.leibnitz.at: the part of the atlas address a visitor types."""
    try:
        host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


class AttractScreen(QWidget):
    """Large, calm information for someone who walks into an empty room.

    Signals:
        touched(): the screen was touched anywhere (the window goes to the home screen).
    """

    touched = Signal()

    def __init__(self, model: HoursModel, atlas_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.model = model
        self.atlas_url = atlas_url

        self.headline = plain_label(role="attract-title")
        self.subline = plain_label(role="attract-sub")
        self.week_heading = plain_label(role="attract-heading", wrap=False)
        self.week_grid = QGridLayout()
        self.week_grid.setHorizontalSpacing(28)
        self.week_grid.setVerticalSpacing(6)
        self.side_heading = plain_label(role="attract-heading", wrap=False)
        self.side_box = QVBoxLayout()
        self.side_box.setSpacing(6)
        self.hint = plain_label(role="attract-hint")
        self.touch_button = touch_button("", role="primary", icon_name="nav-home-white")
        self.touch_button.setMinimumHeight(110)
        self.touch_button.clicked.connect(self.touched)

        week_card = QWidget()
        week_card.setProperty("role", "card")
        week_col = QVBoxLayout(week_card)
        week_col.setContentsMargins(32, 20, 32, 24)
        week_col.setSpacing(10)
        week_col.addWidget(self.week_heading)
        week_col.addLayout(self.week_grid)
        week_col.addStretch(1)
        side_card = QWidget()
        side_card.setProperty("role", "card")
        side_col = QVBoxLayout(side_card)
        side_col.setContentsMargins(32, 20, 32, 24)
        side_col.setSpacing(10)
        side_col.addWidget(self.side_heading)
        side_col.addLayout(self.side_box)
        side_col.addStretch(1)
        cards = QHBoxLayout()
        cards.setSpacing(32)
        cards.addWidget(week_card, 1)
        cards.addWidget(side_card, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 20, metrics.MARGIN, 20)
        layout.setSpacing(14)
        layout.addWidget(self.headline)
        layout.addWidget(self.subline)
        layout.addLayout(cards, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.touch_button)
        model.status_changed.connect(self._on_model_status_changed)
        self.refresh()

    def title(self) -> str:
        """The header's title on this screen."""
        return self.tr("Willkommen in der Sozial-Info")

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere starts a visit."""
        event.accept()
        self.touched.emit()

    def _on_model_status_changed(self, _status: SiteStatus) -> None:
        self.refresh()

    # -- content --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild every text from the model's current status."""
        status = self.model.status
        self.touch_button.setText(self.tr("Bitte berühren Sie den Bildschirm"))
        self.touch_button.setAccessibleName(self.tr("Bitte berühren Sie den Bildschirm"))
        self.setAccessibleName(self.tr("Informationen zur Sozial-Info"))
        host = atlas_host(self.atlas_url)
        hint = self.tr("Broschüren unserer Partner liegen hier im Raum für Sie bereit.")
        if host:
            hint += " " + self.tr("Alle Angebote finden Sie auch im Internet: %1").replace(
                "%1", host)
        self.hint.setText(hint)
        self.week_heading.setText(self.tr("Öffnungszeiten der Sozial-Info"))
        if status.staffed and status.current is not None:
            self.headline.setText(self.tr("Wir sind da – fragen Sie uns gern!"))
            self.subline.setText(hours_text.strip_text(status)[1])
            self.side_heading.setText(self.tr("Heute für Sie da"))
            self._fill_today()
        else:
            self.headline.setText(self.tr("Die Sozial-Info ist gerade nicht besetzt."))
            self.subline.setText(self._back_line(status))
            self.side_heading.setText(self.tr("Nächster Thementag"))
            self._fill_thementag(self.model.next_thementag())
        self._fill_week(self.model.week(7), status)
        self.headline.setProperty("state", "staffed" if status.staffed else "unstaffed")
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)

    def _back_line(self, status: SiteStatus) -> str:
        parts: list[str] = []
        if status.closed_reason is not None:
            reason = hours_text.closure_reason(status.closed_reason)
            parts.append(self.tr("Heute geschlossen: %1").replace("%1", reason) if reason
                         else self.tr("Heute geschlossen."))
        if status.next_slot is not None:
            slot = status.next_slot
            parts.append(hours_text.fill(
                self.tr("Wieder für Sie da: %1 um %2 Uhr"),
                hours_text.day_name(slot.start.date(), status.now.date()),
                hours_text.hhmm(slot.start)))
        return " ".join(parts)

    def _fill_week(self, days: list[DayHours], status: SiteStatus) -> None:
        clear_layout(self.week_grid)
        row = 0
        for day in days:
            closed = day.closed_reason is not None
            slots = [s for s in day.slots if s.end.timestamp() > status.now.timestamp()]
            if not slots and not (closed and self.model.usually_open(day.weekday)):
                continue  # nothing (left) that day: the next rows say when
            when = hours_text.day_name(day.day, status.now.date())
            if 2 <= (day.day - status.now.date()).days < 7:
                when = hours_text.fill(self.tr("%1, %2.%3."), when, str(day.day.day),
                                       str(day.day.month))
            role = "attract-row-today" if day.day == status.now.date() else "attract-row"
            top = Qt.AlignmentFlag.AlignTop
            self.week_grid.addWidget(plain_label(hours_text.capitalized(when), role,
                                                 wrap=False), row, 0, top)
            if closed:
                reason = hours_text.closure_reason(day.closed_reason or "")
                text = (self.tr("geschlossen (%1)").replace("%1", reason) if reason
                        else self.tr("geschlossen"))
                self.week_grid.addWidget(plain_label(text, role), row, 1, 1, 2)
            else:
                times = ", ".join(hours_text.time_range(s) for s in slots)
                self.week_grid.addWidget(plain_label(times, role, wrap=False), row, 1, top)
                topics = [hours_text.fill(self.tr("Thementag: %1"), s.topic or "")
                          for s in slots if s.kind == "thementag" and s.topic]
                self.week_grid.addWidget(plain_label(", ".join(topics), role), row, 2, top)
            row += 1
        self.week_grid.setColumnStretch(2, 1)
        if row == 0:
            self.week_grid.addWidget(plain_label(
                self.tr("In den nächsten Tagen ist die Sozial-Info nicht besetzt."),
                "attract-row"), 0, 0, 1, 3)

    def _fill_thementag(self, slot: Slot | None) -> None:
        clear_layout(self.side_box)
        if slot is None:
            self.side_box.addWidget(plain_label(
                self.tr("Derzeit ist kein Thementag geplant."), "attract-row"))
            return
        self._add_slot(slot, topic_only=True)

    def _fill_today(self) -> None:
        clear_layout(self.side_box)
        today = self.model.week(1)
        for slot in today[0].slots if today else ():
            self._add_slot(slot)

    def _add_slot(self, slot: Slot, *, topic_only: bool = False) -> None:
        now = self.model.status.now
        line = hours_text.capitalized(hours_text.next_slot_line(slot, now))
        self.side_box.addWidget(plain_label(line, "attract-when"))
        who = slot.topic if topic_only and slot.topic else hours_text.who(slot)
        self.side_box.addWidget(plain_label(hours_text.capitalized(who), "attract-topic"))
        if slot.partners:
            self.side_box.addWidget(plain_label(self.tr("mit:"), "attract-row"))
            for partner in slot.partners:
                self.side_box.addWidget(plain_label("– " + partner, "attract-partner"))
