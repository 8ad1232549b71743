"""The sync screen (progress, report, confirmation) and the flow that runs a sync off the GUI."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import assets_dir
from kiosk.data import queries
from kiosk.data.sync import (
    AtlasSync,
    Outcome,
    PreparedSync,
    SyncReport,
    SyncStep,
    cleanup_if_idle,
)
from kiosk.data.sync_worker import SyncJob, SyncProcess, error_report
from kiosk.ui import metrics
from kiosk.ui.widgets.common import make_kinetic, plain_label, touch_button

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

log = logging.getLogger(__name__)

SCHEMA = assets_dir() / "hsds" / "service.json"


def _stage_text(step: SyncStep) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SyncScreen", text)

    texts = {
        "connect": tr("Verbindung zur Quelle wird aufgebaut …"),
        "pages": tr("Seite %1 von %2 wird geladen …"),
        "details": tr("Details zu Angebot %1 von %2 werden geladen …"),
        "read": tr("Die Datei wird gelesen …"),
        "validate": tr("Angebot %1 von %2 wird geprüft …"),
        "build": tr("Der neue Datenstand wird aufgebaut (%2 Angebote) …"),
        "check": tr("Der neue Datenstand wird geprüft …"),
        "install": tr("Der neue Datenstand wird übernommen …"),
    }
    text = texts.get(step.stage, tr("Bitte warten …"))
    return text.replace("%1", str(step.done)).replace("%2", str(step.total))


class SyncScreen(QWidget):
    """Shows a running sync and its report.

    Signals:
        cancel_requested(): "Abbrechen" was touched.
        confirm_requested(): "Trotzdem übernehmen" was touched.
        discard_requested(): "Nicht übernehmen" was touched.
        done_requested(): "Weiter" was touched after the report.
    """

    cancel_requested = Signal()
    confirm_requested = Signal()
    discard_requested = Signal()
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._report: SyncReport | None = None
        self._step: SyncStep | None = None
        self.heading = plain_label(role="title")
        self.stage_label = plain_label(role="body")
        self.progress = QProgressBar()
        self.progress.setProperty("role", "sync")
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(metrics.TOUCH_MIN // 2)
        self.report_label = plain_label(role="body")
        self.report_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_area = QScrollArea()
        self.report_area.setWidgetResizable(True)
        self.report_area.setFrameShape(QFrame.Shape.NoFrame)
        self.report_area.setWidget(self.report_label)
        make_kinetic(self.report_area)
        self.cancel_button = touch_button("", icon_name="nav-close")
        self.confirm_button = touch_button("", role="primary", icon_name="nav-check-white")
        self.discard_button = touch_button("", icon_name="nav-close")
        self.done_button = touch_button("", role="primary", icon_name="nav-check-white")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.done_button.clicked.connect(self.done_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(metrics.GAP * 2)
        for b in (self.cancel_button, self.confirm_button, self.discard_button,
                  self.done_button):
            b.setMinimumSize(420, 110)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 40, metrics.MARGIN, 24)
        layout.setSpacing(metrics.GAP * 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_area, 1)
        layout.addLayout(buttons)
        self.show_running()

    def title(self) -> str:
        """The header's title on this screen."""
        return self.tr("Sozialatlas aktualisieren")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.confirm_button.setText(self.tr("Trotzdem übernehmen"))
        self.discard_button.setText(self.tr("Nicht übernehmen"))
        self.done_button.setText(self.tr("Weiter"))
        for b in (self.cancel_button, self.confirm_button, self.discard_button,
                  self.done_button):
            b.setAccessibleName(b.text())
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        if self._report is None:
            self.heading.setText(self.tr("Der Sozialatlas wird aktualisiert"))
            self.stage_label.setText(_stage_text(self._step) if self._step else
                                     self.tr("Bitte warten …"))
        else:
            self._fill_report()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_running(self) -> None:
        """Start state: an empty bar, "Abbrechen" only."""
        self._report = None
        self._step = None
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage_label.show()
        self.report_label.setText("")
        self.cancel_button.setEnabled(True)
        self._buttons(cancel=True)
        self.retranslate()

    def show_step(self, step: SyncStep) -> None:
        """Show how far the sync is."""
        self._step = step
        if step.total > 0:
            self.progress.setRange(0, step.total)
            self.progress.setValue(min(step.done, step.total))
        else:
            self.progress.setRange(0, 0)
        self.stage_label.setText(_stage_text(step))

    def show_cancelling(self) -> None:
        """Abbrechen was touched: the sync stops at the next page."""
        self.cancel_button.setEnabled(False)
        self.stage_label.setText(self.tr("Wird abgebrochen …"))

    def show_report(self, report: SyncReport) -> None:
        """Show the outcome; a CONFIRM report offers "Trotzdem übernehmen"."""
        self._report = report
        self.progress.hide()
        self.stage_label.hide()
        waiting = report.outcome is Outcome.CONFIRM and not report.dry_run
        self._buttons(confirm=waiting, discard=waiting, done=not waiting)
        self._fill_report()

    def _fill_report(self) -> None:
        report = self._report
        if report is None:
            return
        headings = {
            Outcome.UPDATED: self.tr("Der Sozialatlas wurde aktualisiert"),
            Outcome.UNCHANGED: self.tr("Der Sozialatlas ist aktuell"),
            Outcome.REJECTED: self.tr("Die neuen Daten wurden abgelehnt"),
            Outcome.UNREACHABLE: self.tr("Die Quelle ist nicht erreichbar"),
            Outcome.CONFIRM: self.tr("Bitte bestätigen"),
            Outcome.CANCELLED: self.tr("Abgebrochen"),
        }
        self.heading.setText(headings[report.outcome])
        self.stage_label.setText("")
        # The report's lines are German data text from the sync (shown as plain text).
        self.report_label.setText("\n".join(report.lines(limit=8)))

    def _buttons(self, *, cancel: bool = False, confirm: bool = False, discard: bool = False,
                 done: bool = False) -> None:
        self.cancel_button.setVisible(cancel)
        self.confirm_button.setVisible(confirm)
        self.discard_button.setVisible(discard)
        self.done_button.setVisible(done)


class _Relay(QObject):
    """Carries progress and the result from the sync process's reader thread to the GUI.

    Signals:
        progressed(object): a SyncStep.
        prepared(object): the PreparedSync (also when the child failed or died).
    """

    progressed = Signal(object)
    prepared = Signal(object)


def data_age_text(status: queries.FeedStatus, now: dt.datetime | None = None) -> str:
    """How old the data in use is, in German, for the staff notices."""
    try:
        loaded = dt.datetime.fromisoformat(status.loaded_at)
    except ValueError:
        return "Das Alter des Datenstands ist unbekannt."
    if loaded.tzinfo is None:
        loaded = loaded.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    hours = max(0, int((now - loaded).total_seconds() // 3600))
    age = (f"vor {hours} Stunden" if hours < 48 else f"vor {hours // 24} Tagen")
    if hours < 1:
        age = "vor weniger als einer Stunde"
    kind = "Beispieldaten" if status.is_demo else "Datenstand"
    return (f"Der Kiosk zeigt den {kind} vom "
            f"{loaded.astimezone().strftime('%d.%m.%Y %H:%M')} ({age}).")


class SyncFlow(QObject):
    """Runs syncs for a window: progress on the sync screen, swap, reload, notices.

    The slow part (fetch, parse, validate, build, check) runs in a child process
    (kiosk/data/sync_worker.py): in a thread of this process it would hold the GIL for
    hundreds of milliseconds at a time and stall the GUI. Only the swap runs here.
    Set `isolated = False` to prepare on the task runner instead (unit tests).

    Signals:
        sync_finished(object): the final SyncReport (also after a confirmation).
    """

    sync_finished = Signal(object)

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.screen = SyncScreen()
        window.stack.addWidget(self.screen)
        window.screens["sync"] = self.screen
        self.settings = self.ctx.settings.sync
        self.isolated = True
        self.worker: SyncProcess | None = None
        self._cancel: threading.Event | None = None
        self._pending: PreparedSync | None = None
        self._sync: AtlasSync | None = None
        self._at_start = False
        self._notices: list[str] = []
        self.last_report: SyncReport | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.screen.show_step)
        self._relay.prepared.connect(self._on_prepared)
        self.screen.cancel_requested.connect(self._on_screen_cancel_requested)
        self.screen.confirm_requested.connect(self._on_screen_confirm_requested)
        self.screen.discard_requested.connect(self._on_screen_discard_requested)
        self.screen.done_requested.connect(self._on_screen_done_requested)
        window.route_changed.connect(self._on_window_route_changed)
        window.sync_requested.connect(self._on_window_sync_requested)
        self._from_staff = False
        cleanup_if_idle(self.ctx.data_dir, self.ctx.store.live)

    @property
    def running(self) -> bool:
        """Whether a sync is fetching or building right now."""
        return self._cancel is not None or self.worker is not None

    def start(self, *, at_start: bool = False, source: str | None = None) -> bool:
        """Show the sync screen and run a sync in the background (False if one runs)."""
        from kiosk.ui.main_window import Route

        if self.running:
            return False
        self._at_start = at_start
        self._from_staff = self.window.route.kind == "staff"
        self.window.navigate(Route("sync"))
        if self._pending is not None:  # a shrink still waits for staff
            self.screen.show_report(self._pending.report)
            return True
        self.screen.show_running()
        self._sync = AtlasSync(self.ctx.store, self.settings, SCHEMA, source=source)
        sync, relay = self._sync, self._relay
        if self.isolated:
            # A full pass of Python's cycle collector over the GUI's ~150,000 long-lived
            # objects holds the GIL for 40-110 ms, and the sync's messages would trigger
            # one. What is alive now is the kiosk's lasting state: keep it out of later
            # passes (reference counting still frees it).
            gc.freeze()
            self.worker = SyncProcess(SyncJob.of(sync), on_step=relay.progressed.emit,
                                      on_done=relay.prepared.emit)
            try:
                self.worker.start()
            except Exception as exc:  # no process (or an unpicklable job): say so, no change
                self.worker = None
                self._on_failed(exc)
            return True
        self._cancel = cancel = threading.Event()
        self.ctx.runner.submit(
            lambda: sync.prepare(progress=relay.progressed.emit, cancel=cancel),
            self._on_prepared, self._on_failed)
        return True

    def cancel(self) -> None:
        """Stop the running sync at its next page or chunk."""
        if self.worker is not None:
            self.worker.cancel()
            self.screen.show_cancelling()
        elif self._cancel is not None:
            self._cancel.set()
            self.screen.show_cancelling()

    def _on_screen_cancel_requested(self) -> None:
        self.cancel()

    def _on_prepared(self, prepared: PreparedSync) -> None:
        self._cancel = None
        self.worker = None
        sync = self._sync
        if prepared.new_file is not None and prepared.report.outcome is Outcome.CONFIRM:
            self._pending = prepared
            self._finish(prepared.report, pending=True)
            return
        report = sync.commit(prepared) if sync is not None else prepared.report
        self._finish(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._cancel = None
        log.error("sync failed unexpectedly", exc_info=exc)
        self._finish(error_report(self._sync.source if self._sync else "",
                                  exc.__class__.__name__))

    def _on_screen_confirm_requested(self) -> None:
        prepared, sync = self._pending, self._sync
        self._pending = None
        if prepared is None or sync is None:
            return
        self._at_start = False
        self._finish(sync.commit(prepared, confirmed=True))

    def _on_screen_discard_requested(self) -> None:
        prepared, sync = self._pending, self._sync
        self._pending = None
        if prepared is not None and sync is not None:
            sync.discard(prepared)
        self._clear_notices()
        self._leave()

    def _finish(self, report: SyncReport, *, pending: bool = False) -> None:
        self.last_report = report
        log.info("sync %s: %s", report.outcome.value, report.message)
        for warning in report.warnings[:200]:
            log.warning("sync: %s", warning)
        self._clear_notices()
        if report.changed_data:
            self.window.load_home()
        elif report.outcome not in (Outcome.UNCHANGED,):
            self._notices.append(f"Synchronisierung: {report.message}")
            if pending:
                self._notices.append("Zum Übernehmen: „Jetzt synchronisieren“ und dann "
                                     "„Trotzdem übernehmen“.")
            try:
                status = queries.feed_status(self.ctx.store.sessions)
                self._notices.append(data_age_text(status))
            except Exception as exc:  # the notice is a courtesy; never fail over it
                log.warning("could not read the data status: %s", exc)
        if report.warnings and report.outcome is Outcome.UPDATED:
            self._notices.append(f"Synchronisierung: {len(report.warnings)} Einträge "
                                 "übersprungen (siehe Protokoll).")
        self.ctx.notices.extend(self._notices)
        self.screen.show_report(report)
        self.sync_finished.emit(report)
        if self._at_start:
            self._leave()  # the kiosk starts unattended: never wait for a touch

    def _clear_notices(self) -> None:
        for notice in self._notices:
            if notice in self.ctx.notices:
                self.ctx.notices.remove(notice)
        self._notices = []

    def _on_screen_done_requested(self) -> None:
        self._leave()

    def _leave(self) -> None:
        from kiosk.ui.main_window import Route

        if self._at_start or not self._from_staff:
            self._at_start = False
            self.window.reset_visit()
        else:
            self.window.history.clear()
            self.window.navigate(Route("staff"))

    def _on_window_sync_requested(self) -> None:
        self.start()

    def _on_window_route_changed(self, route: object) -> None:
        if getattr(route, "kind", "") == "sync":
            # No way off the sync screen but its own buttons.
            self.window.back_button.setEnabled(False)
            self.window.home_button.setEnabled(False)
