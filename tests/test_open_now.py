"""Tests for kiosk.open_now over the window table: the same answers as rule-by-rule evaluation."""

from __future__ import annotations

import copy
import random
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk import open_now
from kiosk.data import db, hsds, open_intervals, queries
from kiosk.data.queries import Sessions
from kiosk.hours import default_hours_config
from kiosk.offer_hours import day_keys, open_windows
from tools.make_feed import make_feed

VIENNA = ZoneInfo("Europe/Vienna")

# Rules beyond the synthetic feed's: past midnight, 24:00, days of the month, the last day,
# daily, every other week (by rule), monthly on weekday and day (by rule), garbage.
ODD_SCHEDULES: list[dict[str, Any]] = [
    {"freq": "WEEKLY", "byday": "FR,SA", "opens_at": "22:00", "closes_at": "02:00"},
    {"freq": "WEEKLY", "byday": "SU", "opens_at": "18:00", "closes_at": "24:00"},
    {"freq": "WEEKLY", "byday": "WE", "opens_at": "20:00", "closes_at": "00:00"},
    {"freq": "MONTHLY", "bymonthday": "1,15", "opens_at": "09:00", "closes_at": "11:00"},
    {"freq": "MONTHLY", "bymonthday": "-1", "opens_at": "07:00", "closes_at": "23:00"},
    {"freq": "MONTHLY", "byday": "-1FR,2MO", "opens_at": "10:00", "closes_at": "16:00"},
    {"freq": "MONTHLY", "byday": "TH", "opens_at": "10:00", "closes_at": "12:00"},
    {"freq": "DAILY", "opens_at": "06:00", "closes_at": "07:30"},
    {"freq": "WEEKLY", "interval": 2, "dtstart": "2026-11-02", "byday": "MO,TU",
     "opens_at": "08:00", "closes_at": "20:00"},
    {"freq": "WEEKLY", "interval": 3, "byday": "MO", "opens_at": "08:00", "closes_at": "20:00"},
    {"freq": "MONTHLY", "byday": "1TU", "bymonthday": "1,2,3,4,5,6,7", "opens_at": "09:00",
     "closes_at": "17:00"},
    {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00",
     "valid_from": "2026-12-01", "valid_to": "2027-01-06"},
    {"byday": "TU", "opens_at": "9:00Z", "closes_at": "13:00+01:00", "until": "2026-12-31"},
    {"freq": "WEEKLY", "byday": "XX", "opens_at": "09:00", "closes_at": "12:00"},
    {"freq": "WEEKLY", "byday": "MO", "opens_at": "25:00", "closes_at": "12:00"},
]


@pytest.fixture(scope="module")
def mixed_sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sessions]:
    """200 synthetic offers, a quarter of them given odd schedules."""
    rng = random.Random(3)
    services = [copy.deepcopy(s) for s in make_feed(200, seed=11)]
    for i, service in enumerate(services):
        if i % 4 == 0:
            picks = rng.sample(ODD_SCHEDULES, rng.choice((1, 1, 2)))
            service["schedules"] = [{"id": f"odd-{i}-{j}", **p} for j, p in enumerate(picks)]
    target = tmp_path_factory.mktemp("open") / "atlas.sqlite"
    hsds.build_database(services, target, source="test")
    engine = db.open_readonly(target)
    yield db.make_sessions(engine)
    engine.dispose()


def moments() -> list[datetime]:
    """Every 263 minutes through four weeks around Christmas, plus odd moments."""
    start = datetime(2026, 12, 10, 0, 5, tzinfo=VIENNA)
    out = [start + i * timedelta(minutes=263) for i in range(4 * 7 * 24 * 60 // 263)]
    out += [datetime(2026, 10, 25, h, 30, tzinfo=VIENNA) for h in range(0, 24, 3)]
    out += [datetime(2026, 10, 31, 23, 59, 59, tzinfo=VIENNA),
            datetime(2026, 11, 1, 0, 0, tzinfo=VIENNA),
            datetime(2026, 11, 30, 23, 0, tzinfo=VIENNA)]
    return out


def test_table_answers_equal_rule_by_rule_evaluation(mixed_sessions: Sessions) -> None:
    # Given an atlas with ordinary and odd schedules, and its window table
    ids = [r.id for r in queries.offers(mixed_sessions)]
    cfg = default_hours_config()
    assert open_intervals.available(mixed_sessions)
    assert open_intervals.by_rule_ids(mixed_sessions)  # some need rule-by-rule evaluation
    differences = []
    seen_open = 0
    for now in moments():
        # When both ways decide which offers are open
        fast = open_now.open_offer_ids(mixed_sessions, ids, now, cfg)
        slow = open_now._evaluated(mixed_sessions, ids, now, cfg)
        seen_open += bool(fast)
        if fast != slow:
            differences.append((now, sorted(fast ^ slow)[:3]))
    # Then they agree at every moment (holidays, past midnight and month ends included)
    assert differences == []
    assert seen_open > 30


def test_only_the_asked_ids_are_answered(mixed_sessions: Sessions) -> None:
    ids = [r.id for r in queries.offers(mixed_sessions)]
    cfg = default_hours_config()
    now = datetime(2026, 12, 15, 10, 0, tzinfo=VIENNA)  # an ordinary Tuesday morning
    everything = open_now.open_offer_ids(mixed_sessions, ids, now, cfg)
    some = ids[::3]
    assert open_now.open_offer_ids(mixed_sessions, some, now, cfg) == everything & set(some)
    assert open_now.open_offer_ids(mixed_sessions, [], now, cfg) == set()


def test_on_a_public_holiday_nothing_opens_but_the_night_before_runs_on(tmp_path: Path) -> None:
    # Given an offer open Thursday 22:00 to 02:00, and Christmas Day 2026 is a Friday
    service = copy.deepcopy(make_feed(1, seed=2)[0])
    service["status"] = "active"
    service["schedules"] = [{"id": "night", "freq": "WEEKLY", "byday": "TH,FR",
                             "opens_at": "22:00", "closes_at": "02:00"}]
    target = tmp_path / "atlas.sqlite"
    hsds.build_database([service], target, source="test")
    engine = db.open_readonly(target)
    try:
        sessions = db.make_sessions(engine)
        cfg = default_hours_config()
        ids = [service["id"]]

        def is_open(*args: int) -> bool:
            return bool(open_now.open_offer_ids(sessions, ids, datetime(*args, tzinfo=VIENNA),
                                                cfg))

        # Then it is open after midnight into Christmas Day (the Thursday window runs on),
        assert is_open(2026, 12, 25, 1, 30)
        # closed on Christmas night (a holiday's own window does not open)
        assert not is_open(2026, 12, 25, 23, 0)
        # and Boxing Day's small hours belong to Christmas, so closed too
        assert not is_open(2026, 12, 26, 1, 0)
        assert is_open(2027, 1, 7, 23, 0)
    finally:
        engine.dispose()


def test_an_atlas_without_the_table_is_evaluated_rule_by_rule(tmp_path: Path) -> None:
    # Given an atlas file from before the table existed
    service = copy.deepcopy(make_feed(1, seed=2)[0])
    service["status"] = "active"
    service["schedules"] = [{"id": "day", "freq": "DAILY", "opens_at": "08:00",
                             "closes_at": "18:00"}]
    target = tmp_path / "atlas.sqlite"
    hsds.build_database([service], target, source="test")
    with sqlite3.connect(target) as raw:
        raw.execute(f"DROP TABLE {open_intervals.TABLE}")
    engine = db.open_readonly(target)
    try:
        sessions = db.make_sessions(engine)
        # Then "open now" still answers
        assert not open_intervals.available(sessions)
        found = open_now.open_offer_ids(sessions, [service["id"]],
                                        datetime(2026, 12, 15, 9, tzinfo=VIENNA),
                                        default_hours_config())
        assert found == {service["id"]}
    finally:
        engine.dispose()


@pytest.mark.parametrize(("schedule", "keys"), [
    ({"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00"},
     [("W0", 32400, 43200, False), ("W2", 32400, 43200, False)]),
    ({"freq": "WEEKLY", "byday": "FR", "opens_at": "22:00", "closes_at": "02:00"},
     [("W4", 79200, 86400, False), ("W4", 0, 7200, True)]),
    ({"freq": "MONTHLY", "byday": "-1FR", "opens_at": "10:00", "closes_at": "24:00"},
     [("N4:-1", 36000, 86400, False)]),
    ({"freq": "MONTHLY", "bymonthday": "-1", "opens_at": "10:00", "closes_at": "11:00"},
     [("M-1", 36000, 39600, False)]),
    ({"freq": "WEEKLY", "interval": 2, "byday": "MO", "opens_at": "10:00", "closes_at": "11:00"},
     []),  # every other week without a start: never evaluated, so never open
])
def test_open_windows(schedule: dict[str, Any], keys: list[tuple[str, int, int, bool]]) -> None:
    windows = open_windows([schedule])
    assert windows is not None
    assert [(w.day_key, w.opens, w.closes, w.spill) for w in windows] == keys


def test_day_keys_of_the_last_friday() -> None:
    # 2026-11-27 is the 4th and the last Friday of November, which has 30 days
    assert day_keys(datetime(2026, 11, 27).date()) == ("W4", "N4:4", "N4:-1", "M27", "M-4")
