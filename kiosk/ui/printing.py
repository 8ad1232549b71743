"""Slips straight to the configured printer: checked first, off the GUI thread, no dialog."""

from __future__ import annotations

import logging
import shutil
import subprocess
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.config import PrintSettings
from kiosk.slip import Slip, paint_slip, setup_page
from kiosk.ui.tasks import Runner, Task

log = logging.getLogger(__name__)

# Why a slip did not print; PrintService turns each into a sentence for the visitor.
NO_PRINTER = "no-printer"
NOT_FOUND = "not-found"
NOT_READY = "not-ready"
TIMEOUT = "timeout"
FAILED = "failed"
BUSY = "busy"


class PrintError(Exception):
    """A slip was not printed; `code` is one of the module's reason constants."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def check_printer(settings: PrintSettings) -> QPrinterInfo:
    """The configured printer, if it exists and is not in an error state.

    Raises:
        PrintError: NO_PRINTER, NOT_FOUND or NOT_READY.
    """
    if not settings.printer:
        raise PrintError(NO_PRINTER)
    info = QPrinterInfo.printerInfo(settings.printer)
    if info.isNull():
        raise PrintError(NOT_FOUND, settings.printer)
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintError(NOT_READY, settings.printer)
    return info


Run = Callable[[list[str]], str]


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=5, check=False)
    return done.stdout


_PROBLEMS = ("media-empty", "media-needed", "media-jam", "offline", "door-open",
             "paused", "disabled", "not accepting", "stopped")


def watch_queue(printer: str, timeout_s: float, *, run: Run = _run,
                sleep: Callable[[float], None] = time.sleep,
                clock: Callable[[], float] = time.monotonic, poll_s: float = 0.5) -> None:
    """Wait until the printer's CUPS queue is empty; cancel its jobs on a problem or timeout.

    Without CUPS tools (`lpstat`, `cancel`) there is nothing to watch and this returns at once.

    Raises:
        PrintError: NOT_READY (out of paper, offline, paused) or TIMEOUT; jobs were cancelled.
    """
    if shutil.which("lpstat") is None:
        return
    deadline = clock() + timeout_s
    while True:
        jobs = run(["lpstat", "-o", printer]).strip()
        if not jobs:
            return
        status = run(["lpstat", "-l", "-p", printer]).lower()
        if any(word in status for word in _PROBLEMS):
            cancel_jobs(printer, run=run)
            raise PrintError(NOT_READY, status.strip()[:200])
        if clock() >= deadline:
            cancel_jobs(printer, run=run)
            raise PrintError(TIMEOUT)
        sleep(poll_s)


def cancel_jobs(printer: str, *, run: Run = _run) -> None:
    """Cancel every queued job of the kiosk's own printer (no other program prints there)."""
    if shutil.which("cancel") is None or not printer:
        return
    try:
        run(["cancel", "-a", printer])
    except (OSError, subprocess.SubprocessError):
        log.warning("could not cancel the print jobs of %s", printer)


def print_slip_now(slip: Slip, settings: PrintSettings) -> None:
    """Check, print and watch one slip (blocking: call it off the GUI thread or in a tool).

    Raises:
        PrintError: the slip did not (or not surely) print.
    """
    info = check_printer(settings)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName("Sozial-Info")
    printer.setFullPage(False)
    try:
        setup_page(printer, slip, settings.paper)
        paint_slip(printer, slip, settings.paper)
    except OSError as exc:
        raise PrintError(FAILED, str(exc)) from exc
    watch_queue(settings.printer, settings.timeout_s)


class PrintService(QObject):
    """Prints slips one at a time and says how it went in the visitor's language.

    Signals:
        started(): a slip is on its way.
        finished(bool, str): printed (True) or not, and a sentence for the visitor.
    """

    started = Signal()
    finished = Signal(bool, str)

    def __init__(self, settings: PrintSettings, runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._runner = runner
        self._task: Task | None = None
        self._token: object | None = None

    @property
    def busy(self) -> bool:
        """Whether a slip is being printed now."""
        return self._token is not None

    def print_slip(self, make_slip: Callable[[], Slip]) -> None:
        """Make a slip and print it, off the GUI thread; the answer comes with `finished`.

        A missing or broken printer answers at once, before any work is done.
        """
        if self._token is not None:
            self.finished.emit(False, self.message(BUSY))
            return
        try:
            check_printer(self.settings)  # fast: a missing printer answers within a moment
        except PrintError as exc:
            log.warning("not printed: %s", exc)
            self.finished.emit(False, self.message(exc.code))
            return
        self.started.emit()
        settings = self.settings
        token = object()
        self._token = token
        task = self._runner.submit(lambda: print_slip_now(make_slip(), settings),
                                   lambda _value: self._on_job_done(token, None),
                                   lambda exc: self._on_job_done(token, exc))
        if self._token is token:  # still running (an inline runner has answered already)
            self._task = task

    def cancel(self) -> None:
        """Forget the running job and cancel what is still queued (the visit ended)."""
        if self._token is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._task = None
        self._token = None
        printer = self.settings.printer
        self._runner.submit(lambda: cancel_jobs(printer))

    def _on_job_done(self, token: object, exc: BaseException | None) -> None:
        if token is not self._token:
            return  # a cancelled job
        self._task = None
        self._token = None
        if exc is None:
            self.finished.emit(True, self.message(""))
            return
        code = exc.code if isinstance(exc, PrintError) else FAILED
        log.warning("printing failed: %s", exc)
        self.finished.emit(False, self.message(code))

    def message(self, code: str) -> str:
        """The sentence for a result code ("" = printed)."""
        texts = {
            "": self.tr("Ihr Zettel wird gedruckt. Bitte nehmen Sie ihn aus dem Drucker."),
            NO_PRINTER: self.tr("Hier ist kein Drucker eingerichtet. Scannen Sie den QR-Code "
                                "mit dem Handy oder fragen Sie das Team der Sozial-Info."),
            NOT_FOUND: self.tr("Der Drucker ist gerade nicht erreichbar. Scannen Sie den "
                               "QR-Code mit dem Handy oder fragen Sie das Team."),
            NOT_READY: self.tr("Der Drucker ist gerade nicht bereit (vielleicht fehlt Papier). "
                               "Der Druck wurde abgebrochen."),
            TIMEOUT: self.tr("Der Drucker braucht zu lange. Der Druck wurde abgebrochen."),
            BUSY: self.tr("Es wird gerade gedruckt. Bitte einen Moment."),
        }
        return texts.get(code, self.tr("Das Drucken hat nicht geklappt. Bitte fragen Sie "
                                       "das Team der Sozial-Info."))
