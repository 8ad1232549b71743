"""Which offers of a list are open right now, by their own HSDS schedules (no Qt)."""

from __future__ import annotations

from datetime import date, datetime

from kiosk import hours
from kiosk.data import queries
from kiosk.data.queries import ScheduleRow, Sessions
from kiosk.offer_hours import offer_open_status


def open_offer_ids(sessions: Sessions, ids: list[str], now: datetime,
                   cfg: hours.HoursConfig) -> set[str]:
    """The ids among ``ids`` whose schedules say "open" at ``now`` (public holidays closed).

    One SQL statement reads the schedules; offers with equal schedules (common in big feeds:
    "Mo–Fr 08:00–12:00") are evaluated once.

    Args:
        sessions: The atlas.
        ids: Offer ids, e.g. the rows of a list.
        now: Aware datetime.
        cfg: The site's hours settings (time zone, holidays).

    Returns:
        The open ones; offers without schedules are never "open".
    """
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
