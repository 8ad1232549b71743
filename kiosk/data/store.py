"""The live atlas: opens the best good copy (live, previous, embedded) and swaps in new ones."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import db, hsds, upgrade
from kiosk.data.hsds import FeedFormatError, PostBuildStep

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OpenReport:
    """Which copy the kiosk opened, and what staff should know about it (German)."""

    path: Path
    origin: str  # "live", "previous" or "embedded"
    notices: tuple[str, ...]
    # The file's shape (kiosk/data/upgrade.py): "current", "upgrade" (outdated: the window
    # upgrades it after the first paint), "too_old" or "newer" (served, staff told).
    schema: str = upgrade.CURRENT


class AtlasError(Exception):
    """Not even the embedded atlas could be opened."""


class AtlasStore:
    """Owns the engine over the live atlas file of one data folder."""

    def __init__(self, data_dir: Path, embedded_feed: Path,
                 post_build: tuple[PostBuildStep, ...] = ()) -> None:
        self.data_dir = data_dir
        self.live = db.live_path(data_dir)
        self.embedded_feed = embedded_feed
        self.post_build = post_build
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory over the open atlas."""
        if self._sessions is None:
            raise AtlasError("atlas not open")
        return self._sessions

    def _attach(self) -> None:
        self.close()
        self._engine = db.open_readonly(self.live)
        self._sessions = db.make_sessions(self._engine)

    def close(self) -> None:
        """Release every connection to the live file."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = None

    def open(self, *, thorough: bool = False, scan: bool = True) -> OpenReport:
        """Open the live file; if it is broken, the previous copy; else rebuild the embedded one.

        With scan=False only the schema and the feed row are read before opening (fast start);
        the caller then runs `verify()` in the background and `open()` again if it fails.
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        notices: list[str] = []
        check = db.check_database(self.live, thorough=thorough, scan=scan)
        if check.ok:  # outdated or newer, but readable: served, never replaced
            self._attach()
            return self._report("live", (), check)
        if self.live.exists():
            notices.append(f"Die Datenbank war beschädigt ({'; '.join(check.problems)}).")
            self._quarantine(self.live)
        if db.restore_previous(self.live):
            notices.append("Die vorherige Kopie des Sozialatlas wird verwendet.")
            self._attach()
            return self._report("previous", notices, db.check_database(self.live, scan=False))
        try:
            self.install_embedded()
        except (OSError, FeedFormatError, db.DatabaseError) as exc:
            raise AtlasError(f"Eingebetteter Sozialatlas nicht ladbar: {exc}") from exc
        if self.live.exists() and notices:
            notices.append("Der eingebaute Beispiel-Sozialatlas wurde neu aufgebaut.")
        self._attach()
        return OpenReport(self.live, "embedded", tuple(notices))

    def _report(self, origin: str, notices: list[str] | tuple[str, ...],
                check: db.CheckResult) -> OpenReport:
        verdict, notice = upgrade.assess(check)
        if notice:
            log.warning("atlas format %d: %s", check.version, verdict)
            notices = [*notices, notice]
        return OpenReport(self.live, origin, tuple(notices), verdict)

    def _quarantine(self, path: Path) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            path.rename(path.with_name(f"{path.name}.broken-{stamp}"))

    def install_embedded(self) -> hsds.ImportReport:
        """Build the embedded demo atlas and make it the live file."""
        target = db.build_path(self.live)
        services = hsds.load_services(self.embedded_feed)
        report = hsds.build_database(
            services, target, source="Eingebauter Beispiel-Sozialatlas", is_demo=True,
            post_build=self.post_build, content_sha256=hsds.file_sha256(self.embedded_feed),
        )
        check = db.check_database(target, thorough=True)
        if not check.ok:
            raise db.DatabaseError("; ".join(check.problems))
        self.close()
        db.install_database(target, self.live)
        return report

    def replace_with(self, new_file: Path) -> None:
        """Make a built and checked file the live atlas and reopen it."""
        self.close()
        try:
            db.install_database(new_file, self.live)
        finally:
            self._attach()

    def install_upgrade(self, result: upgrade.UpgradeResult) -> bool:
        """Make an upgraded copy the live atlas and reopen it, unless the live file changed.

        A sync (or a fallback) that replaced the live file while the copy was built wins:
        the copy, made of the older file, is dropped. Returns whether it was installed.
        """
        new_file = result.new_file
        if new_file is None:
            return False
        try:
            current = upgrade.stamp_of(self.live)
        except OSError:
            current = None
        if current != result.stamp:
            log.info("atlas upgrade dropped: the live file was replaced meanwhile")
            with contextlib.suppress(OSError):
                new_file.unlink()
            return False
        self.replace_with(new_file)
        log.info("atlas upgraded: %s", result.message)
        return True

    def verify(self) -> db.CheckResult:
        """SQLite's quick_check of the live file (slow on big files: run it off the GUI)."""
        return db.check_database(self.live)
