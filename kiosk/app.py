"""Composition root: settings, logging, translator, style, atlas, services, window."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.ui import import_scan  # noqa: F401  (first: it makes the imports below cheaper)

# isort: split
from kiosk import holiday_import, hours, watchdog
from kiosk.closures import CLOSURES_FILE, RuntimeClosures
from kiosk.config import (
    Settings,
    assets_dir,
    load_settings,
    resolve_config_path,
    resolve_data_dir,
)
from kiosk.data.store import AtlasStore
from kiosk.staff_auth import PinGuard
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import Translations
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tasks import Runner, TaskRunner

log = logging.getLogger("kiosk")

EMBEDDED_ATLAS = "demo_atlas.json"
VERIFY_AFTER_MS = 1000  # the background page check starts this long after the window shows
_FAULT_FILES: list[IO[str]] = []  # keeps faulthandler's file open for the process's life


def setup_logging(data_dir: Path) -> Path:
    """A rotating log in the data folder, warnings also on stderr; faulthandler on."""
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        logs / "kiosk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._kiosk = True  # type: ignore[attr-defined]
    err_handler = logging.StreamHandler(sys.stderr)
    err_handler.setLevel(logging.WARNING)
    err_handler.setFormatter(logging.Formatter("kiosk: %(message)s"))
    err_handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(err_handler)
    root.setLevel(logging.INFO)
    if not _FAULT_FILES:
        fault_file = (logs / "faults.log").open("a", encoding="utf-8")
        _FAULT_FILES.append(fault_file)
        faulthandler.enable(file=fault_file)
    return logs / "kiosk.log"


def ensure_qapplication(argv: Sequence[str] = ()) -> QApplication:
    """The one QApplication (created here if tests or tools have none yet)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setApplicationName("Sozial-Info Kiosk")
    return QApplication(list(argv) or [sys.argv[0]])


def apply_style(app: QApplication) -> None:
    """The one style sheet and a readable default font."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(26)
    app.setFont(font)
    qss = assets_dir() / "style.qss"
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError:
        log.warning("style sheet %s missing; the kiosk looks plain but works", qss)


def build_context(settings: Settings, data_dir: Path, runner: Runner,
                  problems: list[str]) -> AppContext:
    """Open the atlas (falling back as needed) and build the services around it."""
    store = AtlasStore(data_dir, assets_dir() / EMBEDDED_ATLAS)
    # Only the schema is read before the first paint; the page scan runs in the background.
    report = store.open(scan=False)
    notices = list(problems) + list(report.notices)
    for notice in notices:
        log.warning(notice)
    guard = PinGuard(settings.staff.pin_hash, data_dir / "staff_pin_state.json",
                     max_tries=settings.staff.max_tries_before_lock,
                     lock_minutes=settings.staff.lock_minutes)
    hours_cfg = settings.hours
    translations = Translations(
        assets_dir() / "i18n", settings.ui.languages, settings.ui.language,
        names_for=lambda language, year: hours.holiday_names_in(
            hours_cfg, (year, year + 1), language))
    translations.switch(settings.ui.language)
    return AppContext(settings, data_dir, store, runner, guard, translations, notices,
                      closures=RuntimeClosures(data_dir / CLOSURES_FILE))


def create_window(config_path: str | Path | None = None, data_dir: str | Path | None = None,
                  *, public: bool = True, runner: Runner | None = None) -> KioskWindow:
    """Build the ready window without starting the event loop (tests and tools use it)."""
    app = ensure_qapplication()
    folder = resolve_data_dir(str(data_dir) if data_dir else None)
    folder.mkdir(parents=True, exist_ok=True)
    setup_logging(folder)
    holiday_import.load_countries_one_by_one()  # before the settings' holiday check
    settings, problems = load_settings(resolve_config_path(
        str(config_path) if config_path else None, folder))
    apply_style(app)
    ctx = build_context(settings, folder, runner or TaskRunner(parent=app), problems)
    window = KioskWindow(ctx, public=public)
    window.resize(1920, 1080)
    return window


def show_kiosk(window: KioskWindow, *, windowed: bool) -> None:
    """Show the window: frameless over the whole primary screen, or as a normal window."""
    if windowed:
        window.setWindowTitle("Sozial-Info Kiosk")
        window.show()
        return
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint
                          | Qt.WindowType.WindowStaysOnTopHint)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        # Bare X without a window manager ignores showFullScreen(): set the geometry too.
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def install_exception_handler(window: KioskWindow) -> None:
    """An exception in a slot is logged and the kiosk goes home; no dialog, no traceback."""

    def on_exception(kind: type[BaseException], value: BaseException,
                     tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        window.recover()

    sys.excepthook = on_exception


def start_watchdog(window: KioskWindow) -> None:
    """Tell systemd the kiosk is up, then beat from the GUI thread (a hang stops the beat)."""
    watchdog.notify("READY=1")
    interval = watchdog.heartbeat_ms()
    if interval:
        timer = QTimer(window)
        timer.setInterval(interval)
        timer.timeout.connect(lambda: watchdog.notify("WATCHDOG=1"))
        timer.start()


def main(config: str | None, data_dir: str | None, windowed: bool) -> int:
    """Run the kiosk until staff quit it."""
    app = ensure_qapplication(sys.argv)
    window = start_kiosk(config, data_dir, windowed=windowed)
    code = int(app.exec())
    del window  # held until the event loop ends
    return code


def start_kiosk(config: str | None, data_dir: str | None, *, windowed: bool) -> KioskWindow:
    """Everything before the event loop: build, show and start the window (the start bench)."""
    window = create_window(config, data_dir, public=not windowed)
    window.activate()
    install_exception_handler(window)
    show_kiosk(window, windowed=windowed)
    # SQLite's page check reads the whole file: after the first paint, which needs both cores.
    # A good file of an older shape is then upgraded in a child process (window.upgrade_atlas).
    QTimer.singleShot(VERIFY_AFTER_MS, window, window.verify_atlas)
    start_watchdog(window)
    # The holiday names of the other languages (about 80 ms), off the GUI thread and the start.
    translations, runner = window.ctx.translations, window.ctx.runner
    QTimer.singleShot(3000, window, lambda: runner.submit(translations.prepare_names))
    sync = window.ctx.settings.sync
    if sync.configured and sync.sync_at_start:
        # Fetch the current atlas; on failure the kiosk runs on its last good copy and the
        # staff screen says why and how old the data is.
        window.sync_flow.start(at_start=True)
    return window
