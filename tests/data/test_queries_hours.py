"""Schedules for the offers' own hours: location fallback and many offers in one statement."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.data import queries
from kiosk.data.queries import Sessions
from kiosk.hours import default_hours_config
from kiosk.open_now import open_offer_ids
from tests.conftest import ROLES


def all_offer_ids(sessions: Sessions) -> list[str]:
    ids = [r.id for c in queries.top_terms(sessions, ROLES.categories)
           for r in queries.offers(sessions, category_id=c.id)]
    return list(dict.fromkeys(ids))


def find(sessions: Sessions, name_part: str) -> str:
    return next(r.id for c in queries.top_terms(sessions, ROLES.categories)
                for r in queries.offers(sessions, category_id=c.id) if name_part in r.name)


def test_an_offer_without_own_times_gets_its_locations_times(demo_sessions: Sessions) -> None:
    # Given the Eltern-Baby-Beratung, whose schedules sit on its location only
    offer = queries.offer_detail(demo_sessions, find(demo_sessions, "Eltern-Baby-Beratung"),
                                 ROLES)
    # Then its detail carries the location's schedules (2nd and 4th Tuesday)
    assert offer is not None
    assert sorted(s.byday or "" for s in offer.schedules) == ["2TU", "4TU"]


def test_schedules_for_many_offers_match_the_detail(demo_sessions: Sessions) -> None:
    # Given every offer of the demo atlas
    ids = all_offer_ids(demo_sessions)
    # When their schedules are read in one statement
    found = queries.schedules_for_services(demo_sessions, ids)
    # Then each offer has exactly the schedules its detail screen shows
    for offer_id in ids:
        detail = queries.offer_detail(demo_sessions, offer_id, ROLES)
        assert detail is not None
        assert found.get(offer_id, ()) == detail.schedules
    assert queries.schedules_for_services(demo_sessions, []) == {}
    # And 50,000 ids (more than SQLite's bound-variable limit) are no problem
    many = ids + [f"missing-{i}" for i in range(50_000)]
    assert queries.schedules_for_services(demo_sessions, many) == found


def test_open_now_filter(demo_sessions: Sessions) -> None:
    ids = all_offer_ids(demo_sessions)
    baby = find(demo_sessions, "Eltern-Baby-Beratung")
    cfg = default_hours_config()
    vienna = ZoneInfo("Europe/Vienna")
    # On the 2nd Tuesday at 15:00 the Eltern-Baby-Beratung is open
    tuesday = open_offer_ids(demo_sessions, ids, datetime(2026, 11, 10, 15, tzinfo=vienna), cfg)
    assert baby in tuesday and 0 < len(tuesday) < len(ids)
    # On Christmas Day (a public holiday) nothing is said to be open
    assert open_offer_ids(demo_sessions, ids, datetime(2026, 12, 25, 10, tzinfo=vienna),
                          cfg) == set()
