"""Brings an outdated live atlas up to this version's shape from its own tables (no network)."""

# Why: a kiosk updated to new software keeps its old live atlas until the next sync, and an
# offline kiosk may never sync. The derived parts of an atlas (term closure and counts, the
# search index, the open-now windows, indexes, statistics) are made from its base HSDS
# tables, so they can be rebuilt in a copy: copy the live file, rebuild them there, stamp
# `PRAGMA user_version`, check, and install the copy atomically (the old file is kept as
# the previous copy). The visitors keep reading the old file meanwhile.

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Connection, text
from sqlalchemy.schema import CreateIndex, CreateTable

from kiosk.data import db, hsds, models, open_intervals, search
from kiosk.data.hsds import PostBuildStep
from kiosk.data.models import SCHEMA_VERSION

if TYPE_CHECKING:
    import multiprocessing.connection

log = logging.getLogger(__name__)

UPGRADE_SUFFIX = ".upgrade"
# The oldest user_version whose base tables this code can rebuild the derived parts from.
# Version 0 (every file built before versions were written) has the same base tables as
# version 1. Raise this when a new version changes base tables in a way the upgrade cannot
# fill in; older files are then served as they are and staff are asked for a sync.
MIN_UPGRADABLE_VERSION = 0
# Base tables: what the importer writes from the feed (everything else is derived).
DERIVED_MODEL_TABLES = frozenset({"term_ancestor", "term_stat"})
CHILD_NICENESS = 10  # the upgrade yields the CPU to the GUI, like the sync's child

# Verdicts of `assess`
CURRENT, UPGRADE, TOO_OLD, NEWER = "current", "upgrade", "too_old", "newer"

Stamp = tuple[int, int, int]  # inode, size, mtime (ns) of the live file a copy was made of


def upgrade_path(live: Path) -> Path:
    """Where the upgraded copy of a live file is built."""
    return live.with_name(live.name + UPGRADE_SUFFIX)


def stamp_of(path: Path) -> Stamp:
    """What tells one live file from the one that replaces it (os.replace: a new inode)."""
    st = path.stat()
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def missing_base_columns(path: Path) -> list[str]:
    """Base tables and columns of the models that the file lacks ("table" or "table.column")."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        out: list[str] = []
        for table in models.Base.metadata.sorted_tables:
            if table.name in DERIVED_MODEL_TABLES:
                continue
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")}
            if not have:
                out.append(table.name)
                continue
            out.extend(f"{table.name}.{c.name}" for c in table.columns if c.name not in have)
        return out
    finally:
        conn.close()


def assess(check: db.CheckResult) -> tuple[str, str]:
    """What to do with a readable atlas file: its verdict and, for staff, a German notice.

    Returns:
        (CURRENT, ""), (UPGRADE, ""), (TOO_OLD, notice) or (NEWER, notice).
    """
    if check.newer:
        return NEWER, (f"Der Sozialatlas wurde von einer neueren Kiosk-Version angelegt "
                       f"(Format {check.version}, diese Version kennt {SCHEMA_VERSION}). "
                       "Er wird weiter angezeigt; manche Funktionen können fehlen. Bitte "
                       "einmal synchronisieren („Jetzt synchronisieren“).")
    if not check.outdated:
        return CURRENT, ""
    why = ""
    if check.version < MIN_UPGRADABLE_VERSION:
        why = f"Format {check.version}, umwandelbar ab {MIN_UPGRADABLE_VERSION}"
    else:
        try:
            lacking = missing_base_columns(check.path)
        except sqlite3.Error as exc:
            lacking = [str(exc)]
        if lacking:
            why = "es fehlt " + ", ".join(lacking[:4]) + (" …" if len(lacking) > 4 else "")
    if why:
        return TOO_OLD, ("Der Sozialatlas ist zu alt, um ihn im Kiosk auf das neue Format "
                         f"umzustellen ({why}). Er wird weiter angezeigt, aber die Suche "
                         "findet darin womöglich zu wenig. Bitte einmal synchronisieren "
                         "(„Jetzt synchronisieren“).")
    return UPGRADE, ""


@dataclass
class UpgradeResult:
    """What an upgrade prepared: a checked copy to install, or why there is none (German)."""

    live: Path
    verdict: str
    new_file: Path | None = None
    stamp: Stamp | None = None
    from_version: int = 0
    message: str = ""
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """Whether an upgrade was needed and could not be prepared."""
        return self.verdict == UPGRADE and self.new_file is None


def failure_message(reason: str) -> str:
    """The staff notice for an upgrade that did not work (German)."""
    return ("Der Sozialatlas konnte nicht auf das neue Format umgestellt werden "
            f"({reason}). Der Kiosk zeigt weiter den bisherigen Datenstand, aber die Suche findet "
            "darin womöglich zu wenig. Eine Synchronisierung behebt das.")


def prepare_upgrade(live: Path, post_build: Sequence[PostBuildStep] = ()) -> UpgradeResult:
    """Copy an outdated live atlas and rebuild the copy's derived parts; never touches `live`.

    Returns:
        A result whose `new_file` is the checked copy (install it with
        `AtlasStore.install_upgrade`); None when no upgrade is needed or it failed
        (`message` says why, in German).
    """
    started = time.perf_counter()
    check = db.check_database(live, scan=False)
    if not check.ok:
        return UpgradeResult(live, CURRENT)  # the page check and fallback deal with it
    verdict, notice = assess(check)
    result = UpgradeResult(live, verdict, from_version=check.version, message=notice)
    if verdict != UPGRADE:
        return result
    target = upgrade_path(live)
    try:
        result.stamp = _copy(live, target)
        result.timings["copy_s"] = round(time.perf_counter() - started, 3)
        rebuild_derived(target, post_build, result.timings)
        clock = time.perf_counter()
        after = db.check_database(target, thorough=True)
        result.timings["check_s"] = round(time.perf_counter() - clock, 3)
        if not after.ok:
            raise db.DatabaseError("Prüfung: " + "; ".join(after.problems))
        if after.outdated:
            raise db.DatabaseError("es fehlt " + ", ".join(after.missing))
        db.fsync_file(target)
    except (OSError, sqlite3.Error, db.DatabaseError, ValueError) as exc:
        log.error("atlas upgrade failed: %s", exc)
        with contextlib.suppress(OSError):
            target.unlink()
        result.message = failure_message(str(exc) or exc.__class__.__name__)
        return result
    result.new_file = target
    result.seconds = round(time.perf_counter() - started, 3)
    result.message = (f"Der Sozialatlas wurde auf das Format {SCHEMA_VERSION} umgestellt "
                      f"(vorher {check.version}, {result.seconds:.1f} s).")
    return result


def _copy(live: Path, target: Path) -> Stamp:
    """Copy the live file as one inode (a swap meanwhile cannot mix two files)."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    with live.open("rb") as src, target.open("wb") as dst:
        st = os.fstat(src.fileno())
        shutil.copyfileobj(src, dst, 1 << 20)
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def rebuild_derived(path: Path, post_build: Iterable[PostBuildStep] = (),
                    timings: dict[str, float] | None = None) -> None:
    """(Re)build every derived part of an atlas file in place from its base tables."""
    timings = timings if timings is not None else {}
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[phase] = round(now - clock, 3)
        clock = now

    engine = db.open_for_build(path)
    try:
        with engine.begin() as conn:
            _rebuild_tables(conn)
            lap("terms_s")
            search.build_index(conn)
            lap("search_s")
            open_intervals.build(conn)
            for step in post_build:
                step(conn)
            lap("open_now_s")
            conn.execute(text("ANALYZE"))
            conn.exec_driver_sql(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
            lap("analyze_s")
    finally:
        engine.dispose()


def _rebuild_tables(conn: Connection) -> None:
    """Missing model tables and indexes created; term closure and counts written anew."""
    raw = conn.connection.driver_connection
    assert raw is not None
    dialect = conn.dialect
    have = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in models.Base.metadata.sorted_tables:
        if table.name not in have:
            raw.execute(str(CreateTable(table).compile(dialect=dialect)))
    raw.execute("DELETE FROM term_ancestor")
    raw.execute("DELETE FROM term_stat")
    terms = {r[0]: {"parent_id": r[1]}
             for r in raw.execute("SELECT id, parent_id FROM taxonomy_term")}
    raw.executemany("INSERT INTO term_ancestor (term_id, ancestor_id, depth) VALUES (?, ?, ?)",
                    [(r["term_id"], r["ancestor_id"], r["depth"])
                     for r in hsds.term_closure(terms)])
    for table in models.Base.metadata.sorted_tables:
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            raw.execute(str(CreateIndex(index, if_not_exists=True).compile(dialect=dialect)))
    raw.execute(hsds.TERM_STAT_SQL)


def run_upgrade(live: Path, post_build: Sequence[PostBuildStep] = (), *,
                isolated: bool = True) -> UpgradeResult:
    """`prepare_upgrade`, by default in a spawned child process (blocks until it is done).

    The rebuild is Python work that would hold the GIL for long stretches: in a thread of
    the kiosk it would stall the GUI. A child that dies or cannot start becomes a failed
    result, never an exception.
    """
    check = db.check_database(live, scan=False)  # milliseconds: the schema only
    if not check.ok or assess(check)[0] != UPGRADE:
        remove_leftover(live)
        return UpgradeResult(live, assess(check)[0] if check.ok else CURRENT,
                             from_version=check.version)
    if not isolated:
        return prepare_upgrade(live, post_build)
    import multiprocessing  # only an upgrade needs it (start-up stays lean)

    # spawn, not fork: a forked copy of the GUI process would inherit Qt's threads and
    # locks. A daemon child: a kiosk that quits does not wait for it.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_upgrade, args=(live, tuple(post_build), sender),
                              name="kiosk-upgrade", daemon=True)
    try:
        process.start()
        sender.close()  # the child holds its end: EOF here means it is gone
        result: UpgradeResult = receiver.recv()
    except Exception as exc:  # no process, unpicklable step, or the child died (EOFError)
        process.join(5)
        log.error("atlas upgrade process failed (exit code %s)", process.exitcode,
                  exc_info=exc)
        remove_leftover(live)
        why = exc.__class__.__name__
        if isinstance(exc, EOFError):
            why = f"der Hilfsprozess endete unerwartet, Code {process.exitcode}"
        return UpgradeResult(live, UPGRADE, from_version=check.version,
                             message=failure_message(why))
    finally:
        receiver.close()
    process.join(5)
    return result


def _child_upgrade(live: Path, post_build: tuple[PostBuildStep, ...],
                   sender: multiprocessing.connection.Connection) -> None:
    """The child: prepare the upgrade and send the result (also a failed one) back."""
    if CHILD_NICENESS and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)
    try:
        result = prepare_upgrade(live, post_build)
    except Exception as exc:  # never leave the parent without an answer
        remove_leftover(live)
        result = UpgradeResult(live, UPGRADE, message=failure_message(exc.__class__.__name__))
    with contextlib.suppress(OSError):
        sender.send(result)
    sender.close()


def remove_leftover(live: Path) -> None:
    """Delete the half-built copy a killed upgrade may have left."""
    with contextlib.suppress(FileNotFoundError):
        upgrade_path(live).unlink()
        log.warning("removed leftover %s of an interrupted upgrade", upgrade_path(live).name)

