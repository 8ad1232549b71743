"""Which offers of a list are open right now, by their own HSDS schedules (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk import hours
from kiosk.data import open_intervals, queries
from kiosk.data.queries import ScheduleRow, Sessions
from kiosk.offer_hours import day_keys, offer_open_status


def open_offer_ids(sessions: Sessions, ids: list[str], now: datetime,
                   cfg: hours.HoursConfig) -> set[str]:
    """The ids among ``ids`` whose schedules say "open" at ``now`` (public holidays closed).

    The same answer as `offer_open_status` per offer, from the atlas's window table
    (`kiosk.data.open_intervals`): one indexed query for today's windows and one for
    yesterday's that run past midnight, leaving out a day that is a public holiday. The few
    offers with rules the table cannot express, and atlases built before the table existed,
    are evaluated schedule by schedule.

    Args:
        sessions: The atlas.
        ids: Offer ids, e.g. the rows of a list.
        now: Aware datetime.
        cfg: The site's hours settings (time zone, holidays).

    Returns:
        The open ones; offers without schedules are never "open".
    """
    if not ids:
        return set()
    if not open_intervals.available(sessions):
        return _evaluated(sessions, ids, now, cfg)
    zone = ZoneInfo(cfg.timezone)
    local = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    today = local.date()
    yesterday = today - timedelta(days=1)
    days = [(spill, day_keys(day), day) for spill, day in ((False, today), (True, yesterday))
            if hours.holiday_name(cfg, day) is None]
    second = local.hour * 3600 + local.minute * 60 + local.second
    wanted = set(ids)
    found = open_intervals.open_service_ids(sessions, days, second) & wanted
    by_rule = list(wanted & open_intervals.by_rule_ids(sessions))
    if by_rule:
        found |= _evaluated(sessions, by_rule, now, cfg)
    return found


def _evaluated(sessions: Sessions, ids: list[str], now: datetime,
               cfg: hours.HoursConfig) -> set[str]:
    """Read the schedules and evaluate them (offers with equal schedules once)."""
    by_offer = queries.schedules_for_services(sessions, ids)
    verdicts: dict[tuple[ScheduleRow, ...], bool] = {}

    def is_closed_day(day: date) -> bool:
        return hours.holiday_name(cfg, day) is not None

    found: set[str] = set()
    for offer_id, schedules in by_offer.items():
        verdict = verdicts.get(schedules)
        if verdict is None:
            status = offer_open_status(schedules, now, cfg.timezone, is_closed_day=is_closed_day)
            verdict = verdicts[schedules] = status.state == "open"
        if verdict:
            found.add(offer_id)
    return found
