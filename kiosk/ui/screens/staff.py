"""Staff mode: the PIN pad and the staff screen (data status, sync, quit)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.data.queries import FeedStatus
from kiosk.staff_auth import PinGuard
from kiosk.ui import metrics
from kiosk.ui.widgets.common import make_kinetic, plain_label, touch_button


class PinScreen(QWidget):
    """A PIN pad. Digits are shown as dots; wrong tries wait longer each time.

    Signals:
        accepted(): the right PIN was entered.
        cancelled(): the pad was left without a PIN.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.guard = guard
        self._pin = ""
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._on_wait_timeout)

        self.prompt = plain_label(role="title", wrap=False)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = plain_label(role="countdown", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = plain_label(role="body")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(metrics.GAP)
        self.keys: dict[str, QWidget] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
        for i, key in enumerate(labels):
            button = touch_button(key, role="key")
            button.setFixedSize(150, 110)
            button.clicked.connect(lambda _=False, k=key: self._on_key(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 30, metrics.MARGIN, 30)
        layout.setSpacing(metrics.GAP)
        layout.addWidget(self.prompt)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.setAlignment(grid, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        """The header's title on this screen."""
        return self.tr("Für das Team")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.prompt.setText(self.tr("Bitte PIN eingeben"))
        self.keys["del"].setText(self.tr("Löschen"))  # type: ignore[attr-defined]
        self.keys["ok"].setText(self.tr("OK"))  # type: ignore[attr-defined]
        for key, button in self.keys.items():
            name = {"del": self.tr("Letzte Ziffer löschen"), "ok": self.tr("PIN bestätigen")}
            button.setAccessibleName(name.get(key, key))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        """Empty the pad."""
        self._pin = ""
        self.dots.setText("")
        self.message.setText("")
        wait = self.guard.wait_remaining()
        self._set_enabled(wait <= 0)
        if wait > 0:
            self.message.setText(self.tr("Bitte warten Sie noch %1 Sekunden.").replace(
                "%1", str(int(wait) + 1)))
            self._wait.start(int(wait * 1000) + 50)
        if not self.guard.configured:
            self.message.setText(self.tr("Es ist keine PIN eingerichtet. "
                                         "Bitte mit „kiosk set-pin“ festlegen."))

    def _set_enabled(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled)

    def _on_wait_timeout(self) -> None:
        self._set_enabled(True)
        self.message.setText("")

    def _on_key(self, key: str) -> None:
        if key == "del":
            self._pin = self._pin[:-1]
        elif key == "ok":
            self._submit()
            return
        elif len(self._pin) < 12:
            self._pin += key
        self.dots.setText("●" * len(self._pin))

    def _submit(self) -> None:
        verdict = self.guard.attempt(self._pin)
        self._pin = ""
        self.dots.setText("")
        if verdict.accepted:
            self.accepted.emit()
            return
        if not self.guard.configured:
            self.reset()
            return
        if verdict.locked:
            self.message.setText(self.tr("Zu viele falsche Versuche. Gesperrt für %1 Minuten.")
                                 .replace("%1", str(max(1, round(verdict.wait_s / 60)))))
        else:
            self.message.setText(self.tr("Falsche PIN. Bitte noch einmal versuchen."))
        if verdict.wait_s > 0:
            self._set_enabled(False)
            self._wait.start(int(verdict.wait_s * 1000) + 50)


class StaffScreen(QWidget):
    """What staff need: the data's state and age, notices, sync, and quitting the kiosk.

    Signals:
        sync_requested(): "Jetzt synchronisieren" was touched.
        quit_requested(): "Kiosk beenden" was touched.
        leave_requested(): back to public mode.
        test_print_requested(): "Testseite drucken" was touched.
    """

    sync_requested = Signal()
    quit_requested = Signal()
    leave_requested = Signal()
    test_print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._status: FeedStatus | None = None
        self._notices: list[str] = []
        self.heading = plain_label(role="heading", wrap=False)
        self.status_label = plain_label(role="body")
        self.notice_heading = plain_label(role="heading", wrap=False)
        self.notice_label = plain_label(role="body")
        self.sync_button = touch_button("", role="primary", icon_name="nav-clock-white")
        self.sync_button.clicked.connect(self.sync_requested)
        self.quit_button = touch_button("", icon_name="nav-close")
        self.quit_button.clicked.connect(self.quit_requested)
        self.leave_button = touch_button("", icon_name="nav-check")
        self.leave_button.clicked.connect(self.leave_requested)
        self.test_print_button = touch_button("", icon_name="nav-print")
        self.test_print_button.clicked.connect(self.test_print_requested)
        self.print_label = plain_label(role="body")
        buttons = QHBoxLayout()
        buttons.setSpacing(metrics.GAP * 2)
        for b in (self.sync_button, self.test_print_button, self.leave_button, self.quit_button):
            b.setMinimumSize(420, 110)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 24, metrics.MARGIN, 24)
        layout.setSpacing(metrics.GAP)
        info = QVBoxLayout()
        info.setSpacing(metrics.GAP)
        info.addWidget(self.heading)
        info.addWidget(self.status_label)
        info.addWidget(self.notice_heading)
        notice_page = QWidget()
        notice_page.setProperty("role", "screen")
        notice_box = QVBoxLayout(notice_page)
        notice_box.setContentsMargins(0, 0, 0, 0)
        notice_box.addWidget(self.notice_label)
        notice_box.addStretch(1)
        self.notice_area = QScrollArea()
        self.notice_area.setWidgetResizable(True)
        self.notice_area.setFrameShape(QScrollArea.Shape.NoFrame)
        make_kinetic(self.notice_area)
        self.notice_area.setWidget(notice_page)
        info.addWidget(self.notice_area, 1)
        # Panels of other features (e.g. closures, added by the window) beside the data status.
        self.sections = QVBoxLayout()
        self.sections.setSpacing(metrics.GAP)
        columns = QHBoxLayout()
        columns.setSpacing(metrics.GAP * 2)
        columns.addLayout(info, 1)
        columns.addLayout(self.sections, 1)
        layout.addLayout(columns, 1)
        layout.addWidget(self.print_label)
        layout.addLayout(buttons)
        self.retranslate()

    def title(self) -> str:
        """The header's title on this screen."""
        return self.tr("Für das Team")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.heading.setText(self.tr("Datenstand"))
        self.notice_heading.setText(self.tr("Meldungen"))
        self.sync_button.setText(self.tr("Jetzt synchronisieren"))
        self.quit_button.setText(self.tr("Kiosk beenden"))
        self.leave_button.setText(self.tr("Zurück zum Kiosk"))
        self.test_print_button.setText(self.tr("Testseite drucken"))
        for b in (self.sync_button, self.quit_button, self.leave_button, self.test_print_button):
            b.setAccessibleName(b.text())
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_print_message(self, text: str) -> None:
        """How the test page went."""
        self.print_label.setText(text)

    def set_state(self, status: FeedStatus, notices: list[str], sync_available: bool) -> None:
        """Show the data status and the notices of this run."""
        self._status = status
        self._notices = notices
        self.sync_button.setEnabled(sync_available)
        self._fill()

    def _fill(self) -> None:
        status = self._status
        if status is None:
            self.status_label.setText("")
        else:
            kind = self.tr("Beispieldaten (Demo)") if status.is_demo else self.tr("Echte Daten")
            lines = [
                self.tr("Quelle: %1").replace("%1", status.source),
                self.tr("Art: %1").replace("%1", kind),
                self.tr("Stand des Datensatzes: %1").replace(
                    "%1", _local_time(status.generated_at) or self.tr("unbekannt")),
                self.tr("Geladen am: %1 (%2)").replace("%1", _local_time(status.loaded_at))
                .replace("%2", self._age(status.loaded_at)),
                self.tr("Angebote: %1 aktiv von %2, Organisationen: %3").replace(
                    "%1", str(status.active_offers)).replace("%2", str(status.offers))
                .replace("%3", str(status.organizations)),
                self.tr("Warnungen beim Laden: %1").replace("%1", str(status.warnings)),
            ]
            self.status_label.setText("\n".join(lines))
        # Newest first, one bullet each and a blank line between (long ones wrap); the
        # notices scroll in their own area, so they never run under the buttons.
        self.notice_label.setText("\n\n".join(f"• {n}" for n in reversed(self._notices))
                                  if self._notices else self.tr("Keine Meldungen."))

    def _age(self, iso: str) -> str:
        try:
            then = dt.datetime.fromisoformat(iso)
        except ValueError:
            return ""
        if then.tzinfo is None:
            then = then.replace(tzinfo=dt.UTC)
        hours = (dt.datetime.now(dt.UTC) - then).total_seconds() / 3600
        if hours < 1:
            return self.tr("vor weniger als einer Stunde")
        if hours < 48:
            return self.tr("vor %n Stunde(n)", "", int(hours))
        return self.tr("vor %n Tag(en)", "", int(hours // 24))


def _local_time(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        value = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")
