"""Every offer's opening windows as an indexed table, written at import, for "open now"."""

# Why: deciding "open now" for 50,000 offers by reading and evaluating every schedule took
# about 2 s. The importer calls `build` once per atlas: each active offer's schedules (its
# own, else its locations', as `queries.schedules_for_services` picks them) become rows
# (day key, opens, closes) via `kiosk.offer_hours.open_windows`, so that one indexed query
# per moment finds the open offers. Offers with rules a day key cannot express are listed
# in `open_by_rule` and evaluated as before. Public holidays are not in the table: the
# caller asks for the days that are not closed (today and, for windows past midnight,
# yesterday), so a changed holiday setting needs no new table.

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session, sessionmaker

TABLE = "open_window"
BY_RULE_TABLE = "open_by_rule"

_SCHEDULE_COLUMNS = ("freq", "interval", "byday", "bymonthday", "opens_at", "closes_at",
                     "valid_from", "valid_to", "dtstart", "until", "description")
_COLS = ", ".join(f"sc.{c}" for c in ("id", *_SCHEDULE_COLUMNS))
_SCHEDULES = f"""
    SELECT sc.service_id AS sid, 0 AS rank, {_COLS} FROM schedule sc
        WHERE sc.service_id IS NOT NULL
    UNION ALL
    SELECT sal.service_id, 0, {_COLS} FROM schedule sc
        JOIN service_at_location sal ON sal.id = sc.service_at_location_id
    UNION ALL
    SELECT sal.service_id, 1, {_COLS} FROM schedule sc
        JOIN service_at_location sal ON sal.location_id = sc.location_id
"""


def build(conn: Connection) -> None:
    """Write the window table of a freshly imported atlas (a post-build step)."""
    from kiosk.offer_hours import open_windows  # import time only: keeps start-up light

    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    conn.execute(text(f"DROP TABLE IF EXISTS {BY_RULE_TABLE}"))
    conn.execute(text(
        f"CREATE TABLE {TABLE} (day_key TEXT NOT NULL, spill INTEGER NOT NULL, "
        "opens INTEGER NOT NULL, closes INTEGER NOT NULL, first_day TEXT, last_day TEXT, "
        "service_id TEXT NOT NULL)"))
    conn.execute(text(f"CREATE TABLE {BY_RULE_TABLE} (service_id TEXT PRIMARY KEY) "
                      "WITHOUT ROWID"))
    active = {r[0] for r in conn.execute(text("SELECT id FROM service WHERE status = 'active'"))}
    found: dict[str, dict[int, dict[str, dict[str, Any]]]] = {}
    for row in conn.execute(text(_SCHEDULES)).mappings():
        if row["sid"] in active:
            found.setdefault(row["sid"], {}).setdefault(row["rank"], {})[row["id"]] = dict(row)
    windows: list[tuple[str, int, int, int, str | None, str | None, str]] = []
    by_rule: list[tuple[str]] = []
    for sid, ranks in found.items():
        schedules = ranks.get(0) or ranks.get(1) or {}
        result = open_windows([schedules[k] for k in sorted(schedules)])
        if result is None:
            by_rule.append((sid,))
            continue
        windows.extend(
            (w.day_key, int(w.spill), w.opens, w.closes, _iso(w.first), _iso(w.last), sid)
            for w in result)
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?, ?)", windows)
    raw.executemany(f"INSERT INTO {BY_RULE_TABLE} VALUES (?)", by_rule)
    # Covering: a lookup reads only the index, starting at (spill, day key, opens <= now).
    conn.execute(text(f"CREATE INDEX ix_{TABLE}_lookup ON {TABLE} "
                      "(spill, day_key, opens, closes, first_day, last_day, service_id)"))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def available(sessions: sessionmaker[Session]) -> bool:
    """Whether the atlas has the table (files imported before it existed do not)."""
    with sessions() as s:
        return s.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                         {"n": TABLE}).first() is not None


def open_service_ids(sessions: sessionmaker[Session],
                     days: Iterable[tuple[bool, tuple[str, ...], date]], second: int) -> set[str]:
    """Offers with a window around a moment, from the table.

    Args:
        sessions: The atlas.
        days: For today (spill False) and yesterday (spill True, for windows past midnight),
            when that day is not closed: its day keys (`kiosk.offer_hours.day_keys`) and date.
        second: The moment as seconds after local midnight.

    Returns:
        Service ids (all active offers, not only some list's).
    """
    found: set[str] = set()
    with sessions() as s:
        for spill, keys, day in days:
            names = [f":k{i}" for i in range(len(keys))]
            stmt = text(
                f"SELECT DISTINCT service_id FROM {TABLE} "
                f"WHERE spill = :spill AND day_key IN ({', '.join(names)}) "
                "AND opens <= :t AND closes > :t "
                "AND (first_day IS NULL OR first_day <= :day) "
                "AND (last_day IS NULL OR last_day >= :day)")
            params: dict[str, object] = {f"k{i}": k for i, k in enumerate(keys)}
            params.update(spill=int(spill), t=second, day=day.isoformat())
            found.update(r[0] for r in s.execute(stmt, params))
    return found


def by_rule_ids(sessions: sessionmaker[Session]) -> set[str]:
    """Offers whose schedules must be evaluated rule by rule."""
    with sessions() as s:
        return {r[0] for r in s.execute(text(f"SELECT service_id FROM {BY_RULE_TABLE}"))}
