"""Background work: TaskRunner (thread pool, results on the GUI thread) and InlineRunner."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Task:
    """A handle to submitted work; `cancel()` drops its result when it arrives."""

    def __init__(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None):
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.cancelled = False

    def cancel(self) -> None:
        """Forget this task's result: its callbacks will not run."""
        self.cancelled = True

    def deliver(self, ok: bool, value: Any) -> None:
        """Run the matching callback (on the GUI thread) unless cancelled."""
        if self.cancelled:
            return
        if ok:
            if self.on_done is not None:
                self.on_done(value)
        elif self.on_error is not None:
            self.on_error(value)
        else:
            log.error("background task failed", exc_info=value)


class Runner(Protocol):
    """What screens need to run work off the GUI thread."""

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Task:
        """Run `fn` and hand its result (or exception) to a callback on the GUI thread."""
        ...


class _Relay(QObject):
    """Carries a finished task back to the GUI thread.

    Signals:
        finished(object, bool, object): task, ok, result or exception.
    """

    finished = Signal(object, bool, object)


class _Job(QRunnable):
    def __init__(self, task: Task, relay: _Relay) -> None:
        super().__init__()
        self.task = task
        self.relay = relay

    def run(self) -> None:
        if self.task.cancelled:
            return
        try:
            value = self.task.fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            self.relay.finished.emit(self.task, False, exc)
        else:
            self.relay.finished.emit(self.task, True, value)


class TaskRunner(QObject):
    """Runs callables on a small thread pool; callbacks run on the GUI thread."""

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Task:
        """Queue `fn`; see `Runner.submit`."""
        task = Task(fn, on_done, on_error)
        self._pool.start(_Job(task, self._relay))
        return task

    @Slot(object, bool, object)
    def _on_relay_finished(self, task: Task, ok: bool, value: Any) -> None:
        task.deliver(ok, value)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queued work is done (shutdown and tests only)."""
        return bool(self._pool.waitForDone(msecs))


class InlineRunner:
    """Runs work at once on the calling thread: deterministic tests and command-line tools."""

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Task:
        """Run `fn` now; see `Runner.submit`."""
        task = Task(fn, on_done, on_error)
        try:
            value = fn()
        except Exception as exc:
            task.deliver(False, exc)
        else:
            task.deliver(True, value)
        return task
