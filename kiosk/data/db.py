"""The atlas SQLite file: engines, checks, and atomic replacement of the live copy."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from kiosk.data.models import SCHEMA_VERSION

log = logging.getLogger(__name__)

LIVE_NAME = "atlas.sqlite"
PREVIOUS_SUFFIX = ".prev"
BUILD_SUFFIX = ".new"

# Tables without which a file is broken (quarantined, replaced by the previous copy or the
# demo atlas). Every atlas ever built has them: NEVER add a table here, or every older live
# file would be judged broken. A table a later build adds goes into DERIVED_TABLES (a file
# without it is only outdated: kiosk/data/upgrade.py rebuilds it) and bumps SCHEMA_VERSION.
REQUIRED_TABLES = ("feed_info", "service", "organization", "taxonomy_term", "attribute")
# Tables the importer derives from the base tables (models.SCHEMA_VERSION 1 has them all).
DERIVED_TABLES = ("term_ancestor", "term_stat", "search_index", "search_vocab",
                  "search_vocab_tri", "open_window", "open_by_rule")


class DatabaseError(Exception):
    """The atlas file is missing, unreadable or fails its checks."""


def live_path(data_dir: Path) -> Path:
    """Where the live atlas database of a data folder lives."""
    return data_dir / LIVE_NAME


def previous_path(live: Path) -> Path:
    """Where the previous good copy of a live file is kept."""
    return live.with_name(live.name + PREVIOUS_SUFFIX)


def build_path(live: Path) -> Path:
    """Where a new database is built beside the live one."""
    return live.with_name(live.name + BUILD_SUFFIX)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    # 2 MB page cache per connection: 8 MB bought no measurable speed at 50,000 offers
    # (the OS file cache holds the file) and cost 12 MB of the kiosk's memory.
    conn.execute("PRAGMA cache_size = -2000")
    conn.execute("PRAGMA mmap_size = 0")
    return conn


def open_readonly(path: Path) -> Engine:
    """An engine that reads the live atlas and can never write to it.

    The live file is only ever replaced as a whole (os.replace), so readers need no WAL;
    a reader that still holds the old inode keeps reading consistent old data until it is
    disposed.
    """
    if not path.is_file():
        raise DatabaseError(f"no database at {path}")
    return create_engine(
        "sqlite://",
        creator=lambda: _connect_readonly(path),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )


def open_for_build(path: Path) -> Engine:
    """An engine that writes a fresh database file fast (it is not live until checked)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode = OFF")
        cur.execute("PRAGMA synchronous = OFF")
        cur.execute("PRAGMA foreign_keys = OFF")
        cur.execute("PRAGMA cache_size = -64000")
        cur.close()

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose sessions return detached, expired-never objects."""
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def _raw(path: Path) -> Iterator[sqlite3.Connection]:
    conn = _connect_readonly(path)
    try:
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a database check found; `problems` is empty for a good file."""

    path: Path
    problems: tuple[str, ...]
    offers: int = 0
    version: int = 0  # the file's PRAGMA user_version (models.SCHEMA_VERSION when built)
    missing: tuple[str, ...] = ()  # DERIVED_TABLES the file lacks

    @property
    def ok(self) -> bool:
        """Whether the file passed every check (an outdated or newer file can be ok)."""
        return not self.problems

    @property
    def newer(self) -> bool:
        """Built by a newer kiosk version (e.g. after a roll-back): served, not upgraded."""
        return self.version > SCHEMA_VERSION

    @property
    def outdated(self) -> bool:
        """Readable, but of an older shape than this version builds: to be upgraded."""
        return self.ok and not self.newer and (self.version < SCHEMA_VERSION
                                               or bool(self.missing))


def check_database(path: Path, *, thorough: bool = False, scan: bool = True) -> CheckResult:
    """Check an atlas file: SQLite's own check, required tables, foreign keys, a feed row.

    A file is broken (`problems`) only when it cannot serve at all. Its schema version and
    the derived tables it lacks are reported beside: an outdated file is still `ok`.

    Args:
        path: the file to check.
        thorough: run `integrity_check` (after a build) instead of the faster `quick_check`.
        scan: run SQLite's page check at all; False reads only the schema and the feed row
            (milliseconds, for the first paint; the kiosk runs the scan in the background).
    """
    if not path.is_file():
        return CheckResult(path, ("Datei fehlt",))
    problems: list[str] = []
    offers = 0
    version = 0
    missing: tuple[str, ...] = ()
    try:
        with _raw(path) as conn:
            pragma = "integrity_check" if thorough else "quick_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall() if scan else [("ok",)]
            if rows != [("ok",)]:
                problems.append(f"{pragma}: " + "; ".join(str(r[0]) for r in rows[:3]))
                return CheckResult(path, tuple(problems))
            tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            names = {r[0] for r in tables}
            absent = [t for t in REQUIRED_TABLES if t not in names]
            if absent:
                problems.append("Tabellen fehlen: " + ", ".join(absent))
                return CheckResult(path, tuple(problems))
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            missing = tuple(t for t in DERIVED_TABLES if t not in names)
            if thorough:
                bad = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
                if bad:
                    problems.append(f"foreign_key_check: {len(bad)}+ Verweise ins Leere")
            feed_rows = conn.execute("SELECT offers FROM feed_info").fetchall()
            if len(feed_rows) != 1:
                problems.append("Beschreibung des Datenstands fehlt")
            else:
                offers = int(feed_rows[0][0])
                counted = conn.execute("SELECT count(*) FROM service").fetchone()[0]
                if counted != offers:
                    problems.append(f"{counted} Angebote gespeichert, {offers} erwartet")
    except sqlite3.DatabaseError as exc:
        problems.append(f"keine lesbare SQLite-Datei ({exc})")
    return CheckResult(path, tuple(problems), offers, version, missing)


def fsync_file(path: Path) -> None:
    """Force a file's content to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsynced
        fsync_file(path)


def install_database(new_file: Path, live: Path) -> None:
    """Make a checked new file the live atlas, keeping the old live file as the previous copy.

    Every step is atomic on POSIX: killed at any moment, `live` is the old file or the new
    one, never a mix. The caller must have disposed engines reading `live`.
    """
    fsync_file(new_file)
    if live.exists():
        prev = previous_path(live)
        # A hard link keeps the old copy without ever leaving `live` missing.
        tmp_prev = prev.with_name(prev.name + ".tmp")
        with contextlib.suppress(FileNotFoundError):
            tmp_prev.unlink()
        os.link(live, tmp_prev)
        os.replace(tmp_prev, prev)
    os.replace(new_file, live)
    _fsync_dir(live.parent)
    log.info("installed new atlas database %s", live)


def restore_previous(live: Path) -> bool:
    """Put the previous copy back as the live file, if there is a good one."""
    prev = previous_path(live)
    if not check_database(prev).ok:
        return False
    tmp = live.with_name(live.name + ".restore")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.link(prev, tmp)
    os.replace(tmp, live)
    _fsync_dir(live.parent)
    return True
