"""A sync's slow part (fetch, validate, build, check) in a child process, off the GUI's GIL."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kiosk.data.hsds import PostBuildStep
from kiosk.data.store import AtlasStore
from kiosk.data.sync import (
    AtlasSync,
    Outcome,
    PreparedSync,
    SyncReport,
    SyncSettings,
    SyncStep,
    cleanup_if_idle,
)

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

CHUNK = 1000  # list items per message: unpickling one message stays a short GIL hold
STEP_INTERVAL_S = 0.04  # at most ~25 progress messages a second (and every stage change)
CHILD_NICENESS = 10  # the child yields the CPU to the GUI (and to visitors' taps)
CANCEL_GRACE_S = 10.0  # after "Abbrechen", the child gets this long before it is killed
_LISTS = ("added", "changed", "removed", "warnings")
# The sync lock's descriptor travels to the parent as SCM_RIGHTS over the Unix socket pair.
_PASS_LOCK = sys.platform != "win32"

StepFn = Callable[[SyncStep], None]
DoneFn = Callable[[PreparedSync], None]


@dataclass(frozen=True, slots=True)
class SyncJob:
    """What the child needs to run `AtlasSync.prepare` (plain, picklable data)."""

    data_dir: Path
    embedded_feed: Path
    settings: SyncSettings
    schema_path: Path
    source: str
    post_build: tuple[PostBuildStep, ...] = ()
    dry_run: bool = False
    confirmed: bool = False

    @classmethod
    def of(cls, sync: AtlasSync, *, dry_run: bool = False, confirmed: bool = False) -> SyncJob:
        """The job that prepares what `sync` would prepare."""
        store = sync.store
        return cls(store.data_dir, store.embedded_feed, sync.settings, sync.schema_path,
                   sync.source, tuple(store.post_build), dry_run, confirmed)


def crash_report(source: str, exit_code: int | None) -> SyncReport:
    """The German report for a child that ended without a result (killed, out of memory)."""
    if exit_code is None:
        why = "Grund unbekannt"
    elif exit_code < 0:  # killed by a signal: 9 is the kernel's out-of-memory killer's
        why = f"vom System gestoppt, Signal {-exit_code}, z. B. wegen zu wenig Arbeitsspeicher"
    else:
        why = f"Prozess-Code {exit_code}"
    return SyncReport(Outcome.CANCELLED, f"Die Synchronisierung wurde unerwartet beendet "
                      f"({why}). Nichts geändert; der Kiosk arbeitet mit dem bisherigen "
                      "Datenstand weiter.", source)


def error_report(source: str, kind: str) -> SyncReport:
    """The German report for an unexpected exception in the sync."""
    return SyncReport(Outcome.REJECTED, f"Unerwarteter Fehler bei der Synchronisierung "
                      f"({kind}). Nichts geändert.", source)


class SyncProcess:
    """Runs one `AtlasSync.prepare` in a spawned child process and hands back its result.

    `on_step` and `on_done` run on a reader thread of this process, never on the caller's
    thread: a GUI relays them through a queued signal. `on_done` is called exactly once, with
    the child's PreparedSync (its lock now held by this process) or, when the child failed or
    died, a PreparedSync whose report says so in German.
    """

    def __init__(self, job: SyncJob, *, on_step: StepFn, on_done: DoneFn) -> None:
        self.job = job
        self._on_step = on_step
        self._on_done = on_done
        import multiprocessing  # only a sync needs it (start-up stays lean)

        # spawn, not fork: a forked copy of the GUI process would inherit Qt's threads and
        # locks; a fresh interpreter imports only kiosk.data.
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe(duplex=True)
        self._child_conn: Connection | None = child_conn
        self._process = context.Process(target=_child_main, args=(job, child_conn),
                                        name="kiosk-sync", daemon=True)
        self._reader = threading.Thread(target=self._read, name="kiosk-sync-reader",
                                        daemon=True)
        self._kill_at: float | None = None
        self._cancelled = False
        self._lock: IO[str] | None = None  # the sync lock, once the child handed it over
        self.finished = threading.Event()

    @property
    def pid(self) -> int | None:
        """The child's process id (None before start)."""
        return self._process.pid

    def start(self) -> None:
        """Start the child and the reader thread (raises OSError if no process can start)."""
        self._process.start()
        if self._child_conn is not None:
            self._child_conn.close()  # the child holds its end; EOF here means it is gone
            self._child_conn = None
        self._reader.start()

    def cancel(self, grace_s: float = CANCEL_GRACE_S) -> None:
        """Ask the child to stop at its next page or chunk; kill it after `grace_s`."""
        self._cancelled = True
        if self._kill_at is None:
            self._kill_at = time.monotonic() + grace_s
        with contextlib.suppress(OSError, ValueError):
            self._conn.send(("cancel",))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until `on_done` has run (tools and tests only)."""
        return self.finished.wait(timeout)

    # -- the reader thread --------------------------------------------------------------------
    def _read(self) -> None:
        try:
            prepared = self._receive()
        except Exception as exc:  # never leave the GUI waiting
            log.error("reading the sync process failed", exc_info=exc)
            self._process.kill()
            prepared = PreparedSync(error_report(self.job.source, exc.__class__.__name__))
        finally:
            self._conn.close()
            self._process.join(5)
        if prepared.lock is None and self._lock is not None:
            self._lock.close()  # handed over, but the rest never came: release it
        if prepared.new_file is None and prepared.lock is None:
            # A dead child may have left a half-built file; nobody else holds the lock now.
            with contextlib.suppress(OSError):
                cleanup_if_idle(self.job.data_dir, AtlasStore(
                    self.job.data_dir, self.job.embedded_feed).live)
        try:
            self._on_done(prepared)
        except RuntimeError as exc:  # the receiver is gone (window closed): drop the build
            log.warning("sync result dropped: %s", exc)
            _drop(prepared)
        finally:
            self.finished.set()

    def _receive(self) -> PreparedSync:
        source = self.job.source
        report: SyncReport | None = None
        new_file: Path | None = None
        state: dict[str, Any] | None = None
        lists: dict[str, list[Any]] = {name: [] for name in _LISTS}
        while True:
            self._kill_if_overdue()
            try:
                if not self._conn.poll(0.1):
                    if self._process.is_alive() or self._conn.poll(0):
                        continue
                    raise EOFError
                message = self._conn.recv()
            except (EOFError, OSError):
                return PreparedSync(self._ended_without_result(source))
            kind = message[0]
            if kind == "step":
                self._deliver_step(message[1])
            elif kind == "log":
                logging.getLogger(message[2]).log(message[1], "%s", message[3])
            elif kind == "error":
                return PreparedSync(error_report(source, message[1]))
            elif kind == "report":
                report, new_file, state = message[1], message[2], message[3]
            elif kind == "items":
                lists[message[1]].extend(message[2])
            elif kind == "lock":
                from multiprocessing.reduction import recv_handle

                self._lock = os.fdopen(recv_handle(self._conn), "a", encoding="utf-8")
            elif kind == "done" and report is not None:
                report = dataclasses.replace(report, added=lists["added"],
                                             changed=lists["changed"],
                                             removed=lists["removed"],
                                             warnings=lists["warnings"])
                return PreparedSync(report, new_file, state, self._lock)

    def _ended_without_result(self, source: str) -> SyncReport:
        self._process.join(5)
        code = self._process.exitcode
        if self._cancelled:
            log.warning("sync process stopped after cancel (exit code %s)", code)
            return SyncReport(Outcome.CANCELLED, "Die Synchronisierung wurde abgebrochen. "
                              "Nichts geändert.", source)
        log.error("sync process ended without a result (exit code %s)", code)
        return crash_report(source, code)

    def _kill_if_overdue(self) -> None:
        if self._kill_at is not None and time.monotonic() >= self._kill_at:
            self._kill_at = None
            if self._process.is_alive():
                log.warning("sync process did not stop after cancel; killing it")
                self._process.kill()

    def _deliver_step(self, step: SyncStep) -> None:
        try:
            self._on_step(step)
        except RuntimeError as exc:  # the receiving Qt object is gone (window closed)
            log.debug("sync progress dropped: %s", exc)


def _drop(prepared: PreparedSync) -> None:
    """Forget a result nobody takes: delete its file, then release its lock."""
    if prepared.lock is None:
        return
    if prepared.new_file is not None:
        with contextlib.suppress(FileNotFoundError):
            prepared.new_file.unlink()
    prepared.lock.close()
    prepared.lock = None


# -- the child ------------------------------------------------------------------------------
class _PipeLogHandler(logging.Handler):
    """Sends the child's log records to the parent, which writes them to the kiosk log."""

    def __init__(self, send: Callable[[tuple[Any, ...]], None]) -> None:
        super().__init__(logging.INFO)
        self._send = send

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self._send(("log", record.levelno, record.name, record.getMessage()))


class _ChildPipe:
    """The child's end: whole messages from several threads, and the lock's descriptor."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._lock = threading.Lock()

    def send(self, message: tuple[Any, ...]) -> None:
        with self._lock:
            self.conn.send(message)

    def send_lock(self, lock: IO[str]) -> None:
        from multiprocessing.reduction import send_handle

        with self._lock:  # the descriptor must follow its announcement directly
            self.conn.send(("lock",))
            send_handle(self.conn, lock.fileno(), os.getppid())


def _child_main(job: SyncJob, conn: Connection) -> None:
    """The child: prepare, then send the result in small messages (and the lock)."""
    if CHILD_NICENESS and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)  # on a busy machine the GUI gets the CPU first
    cancel = threading.Event()
    pipe = _ChildPipe(conn)

    def watch_parent() -> None:
        # "cancel" from the parent, or EOF when the parent died: stop either way.
        try:
            while True:
                if conn.recv()[0] == "cancel":
                    cancel.set()
        except (EOFError, OSError):
            cancel.set()

    threading.Thread(target=watch_parent, name="kiosk-sync-cancel", daemon=True).start()
    root = logging.getLogger()
    root.handlers[:] = [_PipeLogHandler(pipe.send)]
    root.setLevel(logging.INFO)
    last_stage = ""
    last_sent = 0.0

    def progress(step: SyncStep) -> None:
        nonlocal last_stage, last_sent
        now = time.monotonic()
        final = step.total > 0 and step.done >= step.total
        if step.stage != last_stage or final or now - last_sent >= STEP_INTERVAL_S:
            last_stage, last_sent = step.stage, now
            try:
                pipe.send(("step", step))
            except OSError:  # the parent is gone: stop at the next check
                cancel.set()

    store = AtlasStore(job.data_dir, job.embedded_feed, job.post_build)
    sync = AtlasSync(store, job.settings, job.schema_path, source=job.source)
    try:
        prepared = sync.prepare(progress=progress, cancel=cancel, dry_run=job.dry_run,
                                confirmed=job.confirmed)
    except Exception as exc:
        log.error("sync failed unexpectedly", exc_info=exc)
        with contextlib.suppress(OSError):
            pipe.send(("error", exc.__class__.__name__))
        return
    try:
        _send_prepared(pipe, prepared)
    except OSError:  # the parent is gone: drop the built file; the lock goes with us
        sync.discard(prepared)


def _send_prepared(pipe: _ChildPipe, prepared: PreparedSync) -> None:
    report = prepared.report
    bare = dataclasses.replace(report, added=[], changed=[], removed=[], warnings=[])
    pipe.send(("report", bare, prepared.new_file, prepared.state))
    for name in _LISTS:
        items = getattr(report, name)
        for start in range(0, len(items), CHUNK):
            pipe.send(("items", name, items[start:start + CHUNK]))
    if prepared.lock is not None and _PASS_LOCK:
        pipe.send_lock(prepared.lock)
    pipe.send(("done",))
