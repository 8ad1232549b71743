"""Tests for kiosk.hours: staffed times, Thementage, holidays, closures, DST, config."""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opening_hours import OpeningHours

from kiosk.hours import (
    Closure,
    HoursConfig,
    HoursTexts,
    RecurringSlot,
    default_hours_config,
    describe_status_de,
    next_change,
    next_staffed_slot,
    next_thementage,
    parse_hours_config,
    run_hours_command,
    seconds_until_change,
    site_status,
    staffed_slots,
    week_hours,
)

VIENNA = ZoneInfo("Europe/Vienna")
CFG = default_hours_config()
DEFAULT_TOML = Path(__file__).resolve().parents[1] / "assets" / "default_config.toml"

TOPICS = {
    1: "Kind / Jugend / Familie",
    2: "Senior*innen",
    3: "Menschen mit Behinderung / Beeinträchtigung",
    4: "Geflüchtete und Migrant*innen",
    5: "Frauen und Mädchen",
}


def at(text: str) -> datetime:
    """'2026-10-29 14:30' as Vienna local time."""
    return datetime.fromisoformat(text).replace(tzinfo=VIENNA)


def hours_offset(dt: datetime) -> float:
    offset = dt.utcoffset()
    assert offset is not None
    return offset.total_seconds() / 3600


# --------------------------------------------------------------------------------------
# Thementage: every nth Thursday, including 5th ones
# --------------------------------------------------------------------------------------

NTH_THURSDAYS = [
    (date(2026, 2, 5), 1),
    (date(2026, 2, 12), 2),
    (date(2026, 2, 19), 3),
    (date(2026, 2, 26), 4),
    (date(2026, 1, 29), 5),
    (date(2026, 4, 30), 5),
    (date(2026, 7, 30), 5),
    (date(2026, 10, 1), 1),
    (date(2026, 10, 22), 4),
    (date(2026, 10, 29), 5),  # after the autumn DST change
    (date(2026, 11, 5), 1),
    (date(2027, 1, 7), 1),
    (date(2027, 3, 18), 3),
    (date(2027, 4, 29), 5),
    (date(2027, 9, 30), 5),
    (date(2027, 12, 30), 5),
]


@pytest.mark.parametrize(("day", "nth"), NTH_THURSDAYS)
def test_table_of_nth_thursdays_matches_the_calendar(day: date, nth: int) -> None:
    # Given the month's calendar
    thursdays = [
        week[calendar.THURSDAY]
        for week in calendar.monthcalendar(day.year, day.month)
        if week[calendar.THURSDAY]
    ]
    # Then the table's day is that month's nth Thursday
    assert day.weekday() == calendar.THURSDAY
    assert thursdays.index(day.day) + 1 == nth


@pytest.mark.parametrize(("day", "nth"), NTH_THURSDAYS)
def test_nth_thursday_is_staffed_by_its_thementag_partners(day: date, nth: int) -> None:
    # Given the Leibnitz defaults and 15:00 on an nth Thursday
    now = datetime(day.year, day.month, day.day, 15, 0, tzinfo=VIENNA)
    # When we ask for the status
    status = site_status(CFG, now)
    # Then the Thementag of that nth Thursday runs until 16:00
    assert status.staffed
    assert status.current is not None
    assert status.current.kind == "thementag"
    assert status.current.nth == nth
    assert status.current.topic == TOPICS[nth]
    assert status.current.partners == CFG.slots[nth - 1].partners
    assert status.current.start == datetime(day.year, day.month, day.day, 14, 0, tzinfo=VIENNA)
    assert status.staffed_until == datetime(day.year, day.month, day.day, 16, 0, tzinfo=VIENNA)
    assert status.closed_reason is None


def test_fifth_thursday_partner_is_verein_freiraum() -> None:
    # Given 29 October 2026, the 5th Thursday of October
    status = site_status(CFG, at("2026-10-29 14:00"))
    # Then Verein Freiraum is there, in winter time (UTC+1)
    assert status.current is not None
    assert status.current.partners == ("Verein Freiraum – Frauenberatung Leibnitz",)
    assert hours_offset(status.current.start) == 1


# --------------------------------------------------------------------------------------
# Holidays and usually-closed days
# --------------------------------------------------------------------------------------

CLOSED_DAYS = [
    # (local time on a day that would be staffed, expected reason)
    ("2026-05-14 15:00", "Christi Himmelfahrt"),  # Thursday: 2nd Thementag falls out
    ("2026-06-04 15:00", "Fronleichnam"),  # Thursday: 1st Thementag falls out
    ("2026-01-01 15:00", "Neujahr"),  # Thursday
    ("2026-12-08 15:00", "Mariä Empfängnis"),  # Tuesday
    ("2026-12-25 10:00", "Christtag"),  # Friday
    ("2026-10-26 10:00", "Nationalfeiertag"),  # Monday
    ("2026-04-06 10:00", "Ostermontag"),  # Monday
    ("2026-03-19 15:00", "Hl. Josef"),  # Styrian Josefitag, 3rd Thursday
    ("2027-03-19 10:00", "Hl. Josef"),  # Josefitag on a Friday
    ("2026-12-24 15:00", "Heiliger Abend"),  # Thursday, 4th Thementag
    ("2027-12-24 10:00", "Heiliger Abend"),  # Friday
    ("2026-12-31 15:00", "Silvester"),  # Thursday, 5th Thementag
    ("2027-12-31 10:00", "Silvester"),  # Friday
]


@pytest.mark.parametrize(("local", "reason"), CLOSED_DAYS)
def test_holidays_and_closed_days_close_the_whole_day(local: str, reason: str) -> None:
    # Given a weekday and time that the opening hours would staff
    now = at(local)
    assert OpeningHours(CFG.opening_hours).is_open(now.replace(tzinfo=None))
    # When we ask for the status
    status = site_status(CFG, now)
    # Then it is closed for the whole day, with the holiday's name
    assert not status.staffed
    assert status.current is None
    assert status.closed_reason == reason
    day = next(d for d in week_hours(CFG, now) if d.day == now.date())
    assert day.slots == ()
    assert day.closed_reason == reason
    assert status.next_slot is not None
    assert status.next_slot.start.date() > now.date()


def test_good_friday_is_not_a_public_holiday_in_austria() -> None:
    # Given Karfreitag 2026 (3 April), a Friday, not a public holiday since 2019
    status = site_status(CFG, at("2026-04-03 10:00"))
    # Then the Sozial-Info is staffed as on any Friday
    assert status.staffed
    assert status.closed_reason is None


def test_a_holiday_thursday_is_skipped_by_next_thementage() -> None:
    # Given 1 December 2026: 24 and 31 December are Thursdays and closed
    # When we list the next five Thementage
    found = next_thementage(CFG, at("2026-12-01 08:00"))
    # Then they skip the closed Thursdays
    assert [s.start.date() for s in found] == [
        date(2026, 12, 3),
        date(2026, 12, 10),
        date(2026, 12, 17),
        date(2027, 1, 7),
        date(2027, 1, 14),
    ]
    assert [s.nth for s in found] == [1, 2, 3, 1, 2]


def test_next_thementage_includes_the_running_one() -> None:
    # Given the 5th Thursday of October 2026 at 14:30
    found = next_thementage(CFG, at("2026-10-29 14:30"), count=5)
    # Then the running one comes first, then the four of November
    assert [(s.start.date(), s.nth, s.topic) for s in found] == [
        (date(2026, 10, 29), 5, TOPICS[5]),
        (date(2026, 11, 5), 1, TOPICS[1]),
        (date(2026, 11, 12), 2, TOPICS[2]),
        (date(2026, 11, 19), 3, TOPICS[3]),
        (date(2026, 11, 26), 4, TOPICS[4]),
    ]


def test_thementag_on_ascension_day_is_not_listed() -> None:
    # Given early May 2026 (14 May is Christi Himmelfahrt, the 2nd Thursday)
    found = next_thementage(CFG, at("2026-05-01 08:00"), count=3)
    # Then the 2nd Thursday is missing
    assert [s.start.date() for s in found] == [
        date(2026, 5, 7),
        date(2026, 5, 21),
        date(2026, 5, 28),
    ]


# --------------------------------------------------------------------------------------
# Slot edges
# --------------------------------------------------------------------------------------

EDGES = [
    ("2026-03-30 08:59", False),  # Monday
    ("2026-03-30 09:00", True),
    ("2026-03-30 12:59", True),
    ("2026-03-30 12:59:59", True),
    ("2026-03-30 13:00", False),  # the end is exclusive
    ("2026-03-31 13:59", False),  # Tuesday
    ("2026-03-31 14:00", True),
    ("2026-03-31 17:59", True),
    ("2026-03-31 18:00", False),
    ("2026-04-02 13:59", False),  # Thursday
    ("2026-04-02 14:00", True),
    ("2026-04-02 15:59", True),
    ("2026-04-02 16:00", False),
    ("2026-04-01 10:00", False),  # Wednesday
    ("2026-04-04 10:00", False),  # Saturday
]


@pytest.mark.parametrize(("local", "staffed"), EDGES)
def test_slot_edges(local: str, staffed: bool) -> None:
    # Given a moment at or near a slot edge
    # When we ask for the status
    status = site_status(CFG, at(local))
    # Then it is staffed exactly inside [start, end)
    assert status.staffed is staffed
    assert (status.current is not None) is staffed


def test_at_1259_the_status_says_until_1300_and_changes_at_1300() -> None:
    # Given Monday 12:59
    now = at("2026-03-30 12:59")
    # When we ask for the status and the next change
    status = site_status(CFG, now)
    # Then staffed until 13:00, and the change is at 13:00 (60 seconds)
    assert status.staffed_until == at("2026-03-30 13:00")
    assert next_change(CFG, now) == at("2026-03-30 13:00")
    assert seconds_until_change(CFG, now) == 60
    assert status.next_slot is not None
    assert status.next_slot.start == at("2026-03-31 14:00")


# --------------------------------------------------------------------------------------
# Daylight-saving changes (2026-03-29 and 2026-10-25 in Europe/Vienna)
# --------------------------------------------------------------------------------------

SPRING_NIGHT = [
    datetime(2026, 3, 28, 22, 0, tzinfo=VIENNA),  # Saturday evening, UTC+1
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 01:30 local, just before the change
    datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # 03:30 local, just after the change
    datetime(2026, 3, 29, 20, 0, tzinfo=VIENNA),  # Sunday evening, UTC+2
]


@pytest.mark.parametrize("now", SPRING_NIGHT)
def test_next_slot_across_the_spring_change(now: datetime) -> None:
    # Given a moment in the night of the spring change (any time zone)
    # When we ask for the next staffed slot
    slot = next_staffed_slot(CFG, now)
    # Then it is Monday 09:00 local, in summer time (UTC+2), i.e. 07:00 UTC
    assert slot is not None
    assert slot.start.replace(tzinfo=None) == datetime(2026, 3, 30, 9, 0)
    assert hours_offset(slot.start) == 2
    assert slot.start.astimezone(UTC) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_seconds_until_change_counts_real_time_in_the_short_night() -> None:
    # Given Saturday 22:00 (UTC+1); the next change is local midnight (UTC+1)
    assert seconds_until_change(CFG, at("2026-03-28 22:00")) == 2 * 3600
    # Given Sunday 01:30 (UTC+1); the next change is Monday 00:00 (UTC+2)
    now = at("2026-03-29 01:30")
    # Then 21.5 real hours, not the 22.5 hours the wall clock suggests
    assert next_change(CFG, now) == at("2026-03-30 00:00")
    assert seconds_until_change(CFG, now) == 21.5 * 3600


AUTUMN_NIGHT = [
    datetime(2026, 10, 24, 20, 0, tzinfo=VIENNA),  # Saturday evening, UTC+2
    datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 local, first time (UTC+2)
    datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # 02:30 local, second time (UTC+1)
    datetime(2026, 10, 25, 12, 0, tzinfo=VIENNA),
]


@pytest.mark.parametrize("now", AUTUMN_NIGHT)
def test_next_slot_across_the_autumn_change_skips_nationalfeiertag(now: datetime) -> None:
    # Given a moment in the night of the autumn change; Monday 26 October is Nationalfeiertag
    status = site_status(CFG, now)
    # Then nobody is there, and the next slot is Tuesday 14:00 in winter time (UTC+1)
    assert not status.staffed
    assert status.next_slot is not None
    assert status.next_slot.start.replace(tzinfo=None) == datetime(2026, 10, 27, 14, 0)
    assert hours_offset(status.next_slot.start) == 1
    assert status.now.astimezone(UTC) == now.astimezone(UTC)


def test_the_repeated_hour_keeps_its_offset() -> None:
    # Given 02:30 local twice in the autumn night
    first = site_status(CFG, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)).now
    second = site_status(CFG, datetime(2026, 10, 25, 1, 30, tzinfo=UTC)).now
    # Then both read 02:30, once UTC+2 and once UTC+1
    assert (
        first.replace(tzinfo=None) == second.replace(tzinfo=None) == datetime(2026, 10, 25, 2, 30)
    )
    assert (hours_offset(first), hours_offset(second)) == (2, 1)


def test_seconds_until_change_in_the_long_night() -> None:
    # Given Sunday 25 October 01:00 (UTC+2): the day has 25 hours
    now = at("2026-10-25 01:00")
    # Then midnight is 24 real hours away (23 on the wall clock)
    assert seconds_until_change(CFG, now) == 24 * 3600


def test_now_in_utc_gives_local_results() -> None:
    # Given the same moment in UTC and in Vienna
    utc = site_status(CFG, datetime(2026, 10, 29, 13, 30, tzinfo=UTC))
    local = site_status(CFG, at("2026-10-29 14:30"))
    # Then the status is the same, in Vienna time
    assert utc == local
    assert utc.now.tzinfo == VIENNA


def test_naive_now_is_taken_as_site_local_time() -> None:
    # Given a naive datetime
    status = site_status(CFG, datetime(2026, 3, 30, 10, 0))
    # Then it is read as Vienna time
    assert status.staffed
    assert status.now == at("2026-03-30 10:00")


# --------------------------------------------------------------------------------------
# Closures
# --------------------------------------------------------------------------------------

SUMMER = replace(CFG, closures=(Closure(date(2026, 8, 3), date(2026, 8, 14), "Sommerpause"),))

CLOSURE_RANGE = [
    ("2026-07-31 10:00", True, None),  # the Friday before
    ("2026-08-03 10:00", False, "Sommerpause"),  # first day
    ("2026-08-06 15:00", False, "Sommerpause"),  # a Thementag inside the range
    ("2026-08-14 10:00", False, "Sommerpause"),  # last day
    ("2026-08-17 10:00", True, None),  # the Monday after
]


@pytest.mark.parametrize(("local", "staffed", "reason"), CLOSURE_RANGE)
def test_closure_range(local: str, staffed: bool, reason: str | None) -> None:
    # Given a summer closure from 3 to 14 August 2026
    # When we ask for the status
    status = site_status(SUMMER, at(local))
    # Then the days inside the range are closed, with the reason
    assert status.staffed is staffed
    assert status.closed_reason == reason


def test_closure_range_moves_the_next_slot_and_thementage() -> None:
    # Given the first day of the summer closure
    now = at("2026-08-03 08:00")
    # Then the next slot is the Monday after, and Thementage resume on the 3rd Thursday
    slot = next_staffed_slot(SUMMER, now)
    assert slot is not None
    assert slot.start == at("2026-08-17 09:00")
    first = next_thementage(SUMMER, now, count=1)
    assert [(s.start.date(), s.nth) for s in first] == [(date(2026, 8, 20), 3)]


def test_runtime_closure_does_not_touch_the_config() -> None:
    # Given staff closed today at runtime ("Heute geschlossen")
    now = at("2026-03-30 10:00")
    today = Closure(now.date(), now.date(), "Krankheit")
    # When we ask with and without it
    closed = site_status(CFG, now, extra_closures=(today,))
    normal = site_status(CFG, now)
    # Then only the call that passes it is closed
    assert not closed.staffed
    assert closed.closed_reason == "Krankheit"
    assert normal.staffed
    assert CFG.closures == ()


def test_closure_without_reason_reads_heute_geschlossen() -> None:
    # Given a closure with no reason
    now = at("2026-03-30 10:00")
    status = site_status(CFG, now, [Closure(now.date(), now.date())])
    # Then the day is closed and the text says so without a reason
    assert status.closed_reason == ""
    assert "Heute geschlossen." in describe_status_de(status)


# --------------------------------------------------------------------------------------
# Week, next change, partner slots
# --------------------------------------------------------------------------------------


def test_week_hours_of_ascension_week() -> None:
    # Given Wednesday 13 May 2026 (Thursday is Christi Himmelfahrt)
    week = week_hours(CFG, at("2026-05-13 12:00"))
    # Then Monday..Sunday with their hours, Thursday closed
    assert [d.day for d in week] == [date(2026, 5, 11) + timedelta(days=i) for i in range(7)]
    assert [
        [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in d.slots] for d in week
    ] == [
        [("09:00", "13:00")],
        [("14:00", "18:00")],
        [],
        [],
        [("09:00", "13:00")],
        [],
        [],
    ]
    assert [d.closed_reason for d in week] == [
        None,
        None,
        None,
        "Christi Himmelfahrt",
        None,
        None,
        None,
    ]
    assert [d.weekday for d in week] == list(range(7))


NEXT_CHANGES = [
    ("2026-04-02 10:00", "2026-04-02 14:00"),  # Thursday morning: the Thementag starts
    ("2026-04-02 14:30", "2026-04-02 16:00"),  # during it: it ends
    ("2026-04-02 16:00", "2026-04-03 00:00"),  # after it: midnight (a new "today")
    ("2026-03-30 09:00", "2026-03-30 13:00"),
]


@pytest.mark.parametrize(("local", "expected"), NEXT_CHANGES)
def test_next_change(local: str, expected: str) -> None:
    # Given a moment
    # When we ask when the status next changes
    # Then it is the next slot edge or the next midnight
    assert next_change(CFG, at(local)) == at(expected)


def test_partner_slot_splits_the_own_hours() -> None:
    # Given a weekly partner slot on Monday 09:00-11:00 inside the Sozial-Info's hours
    partner = RecurringSlot("partner", "Mo", None, "09:00", "11:00", "Schuldenberatung", ("X",))
    cfg = replace(CFG, slots=(*CFG.slots, partner))
    # When we ask at 10:00 and at 11:00
    at_ten = site_status(cfg, at("2026-03-30 10:00"))
    at_eleven = site_status(cfg, at("2026-03-30 11:00"))
    # Then the partner is there until 11:00, the Sozial-Info until 13:00
    assert at_ten.current is not None
    assert (at_ten.current.kind, at_ten.current.topic) == ("partner", "Schuldenberatung")
    assert at_ten.current.end == at("2026-03-30 11:00")
    assert at_ten.staffed_until == at("2026-03-30 13:00")
    assert at_ten.next_slot is not None
    assert at_ten.next_slot.kind == "sozial-info"
    assert at_ten.next_slot.start == at("2026-03-30 11:00")
    assert at_eleven.current is not None
    assert at_eleven.current.kind == "sozial-info"
    assert next_change(cfg, at("2026-03-30 10:00")) == at("2026-03-30 11:00")
    assert describe_status_de(at_ten).splitlines()[:3] == [
        "Die Sozial-Info ist jetzt besetzt – bis 13:00 Uhr.",
        "Partner-Sprechstunde: Schuldenberatung (bis 11:00 Uhr)",
        "Netzwerkpartner*innen: X",
    ]


def test_partner_slot_outside_the_opening_hours_is_not_staffed() -> None:
    # Given a partner slot on Wednesday, when the opening hours have nothing
    partner = RecurringSlot("partner", "We", None, "09:00", "11:00", "Beratung")
    cfg = replace(CFG, slots=(partner,))
    # Then Wednesday 10:00 is not staffed (the opening hours decide)
    assert not site_status(cfg, at("2026-04-01 10:00")).staffed


def test_staffed_slots_over_a_window() -> None:
    # Given the week of 30 March 2026
    slots = staffed_slots(CFG, at("2026-03-30 00:00"), at("2026-04-06 00:00"))
    # Then Monday, Tuesday, Thursday (1st Thementag), Friday
    assert [(s.start.date(), s.kind, s.nth) for s in slots] == [
        (date(2026, 3, 30), "sozial-info", None),
        (date(2026, 3, 31), "sozial-info", None),
        (date(2026, 4, 2), "thementag", 1),
        (date(2026, 4, 3), "sozial-info", None),
    ]


def test_nothing_staffed_ever() -> None:
    # Given opening hours that are always off
    cfg = replace(CFG, opening_hours="off")
    status = site_status(cfg, at("2026-03-30 10:00"))
    # Then no slot, no Thementag, and the change is at midnight
    assert status.next_slot is None
    assert next_thementage(cfg, at("2026-03-30 10:00")) == []
    assert next_change(cfg, at("2026-03-30 10:00")) == at("2026-03-31 00:00")
    assert "kein Termin" in run_hours_command(cfg, at("2026-03-30 10:00"))


# --------------------------------------------------------------------------------------
# Text for the CLI
# --------------------------------------------------------------------------------------


def test_hours_command_during_a_thementag() -> None:
    # Given the 5th Thursday of October 2026, 14:30
    text = run_hours_command(CFG, at("2026-10-29 14:30"))
    # Then staffed, who, until when, what comes next, the next Thementag
    assert text.splitlines() == [
        "Die Sozial-Info ist jetzt besetzt – bis 16:00 Uhr.",
        "Thementag (5. Donnerstag im Monat): Frauen und Mädchen",
        "Netzwerkpartner*innen: Verein Freiraum – Frauenberatung Leibnitz",
        "Nächste Besetzung: Freitag, 30.10.2026, 09:00–13:00 Uhr",
        "Nächster Thementag: Donnerstag, 05.11.2026, 14:00–16:00 Uhr – Kind / Jugend / Familie",
    ]


def test_hours_command_on_a_holiday() -> None:
    # Given Christi Himmelfahrt 2026
    text = run_hours_command(CFG, datetime(2026, 5, 14, 13, 0, tzinfo=UTC))
    # Then closed with the reason, next slot Friday, next Thementag 21 May
    assert text.splitlines() == [
        "Die Sozial-Info ist derzeit nicht besetzt.",
        "Heute geschlossen: Christi Himmelfahrt.",
        "Nächste Besetzung: Freitag, 15.05.2026, 09:00–13:00 Uhr",
        "Nächster Thementag: Donnerstag, 21.05.2026, 14:00–16:00 Uhr – "
        "Menschen mit Behinderung / Beeinträchtigung",
    ]


def test_hours_command_lists_partners_of_the_next_slot() -> None:
    # Given Thursday morning of a Thementag
    text = run_hours_command(CFG, at("2026-04-02 10:00"))
    # Then the next slot names the topic and partners
    assert "Nächste Besetzung: Donnerstag, 02.04.2026, 14:00–16:00 Uhr" in text
    assert "  Thementag (1. Donnerstag im Monat): Kind / Jugend / Familie" in text
    assert "Frühe Hilfen Steiermark (ÖGK)" in text


def test_hours_command_without_at_uses_now() -> None:
    # Given no --at
    text = run_hours_command(CFG)
    # Then it still answers
    assert text.startswith("Die Sozial-Info ist ")


def test_texts_can_be_replaced() -> None:
    # Given English templates
    english = HoursTexts(not_staffed="The Sozial-Info is closed now.")
    # Then describe_status_de uses them
    status = site_status(CFG, at("2026-04-01 10:00"))
    assert describe_status_de(status, english).splitlines()[0] == "The Sozial-Info is closed now."


# --------------------------------------------------------------------------------------
# Config
# --------------------------------------------------------------------------------------


def test_default_config_file_matches_the_defaults() -> None:
    # Given the shipped default config
    data = tomllib.loads(DEFAULT_TOML.read_text(encoding="utf-8"))
    # When its [hours] table is parsed with [site].timezone
    cfg = parse_hours_config(data["hours"], timezone=data["site"]["timezone"])
    # Then it equals default_hours_config()
    assert cfg == default_hours_config()
    assert "03-19" in cfg.extra_closed_days
    assert [s.nth for s in cfg.slots] == [1, 2, 3, 4, 5]


def test_empty_hours_table_takes_the_defaults() -> None:
    assert parse_hours_config({}) == default_hours_config()


def test_commented_closure_examples_parse() -> None:
    # Given the examples from the comments of the default config, uncommented
    text = """
closures = [
  { date = 2026-12-07, reason = "Betriebsausflug" },
  { first = 2026-08-03, last = 2026-08-14, reason = "Sommerpause" },
]
"""
    cfg = parse_hours_config(tomllib.loads(text))
    # Then they become closures
    assert cfg.closures == (
        Closure(date(2026, 12, 7), date(2026, 12, 7), "Betriebsausflug"),
        Closure(date(2026, 8, 3), date(2026, 8, 14), "Sommerpause"),
    )


def test_german_weekday_and_string_dates_are_accepted() -> None:
    # Given a slot with "Do" and a closure as ISO text
    cfg = parse_hours_config(
        {
            "slots": [
                {"kind": "partner", "weekday": "Do", "start": "14:00", "end": "15:00", "topic": "T"}
            ],
            "closures": [{"date": "2026-12-07"}],
            "holiday_subdivision": 6,
        }
    )
    # Then they are normalised
    assert cfg.slots == (RecurringSlot("partner", "Th", None, "14:00", "15:00", "T", ()),)
    assert cfg.closures == (Closure(date(2026, 12, 7), date(2026, 12, 7), ""),)
    assert cfg.holiday_subdivision == "6"


def test_slots_empty_list_means_only_own_staff() -> None:
    # Given no slots
    cfg = parse_hours_config({"slots": []})
    status = site_status(cfg, at("2026-04-02 14:30"))
    # Then Thursday is still staffed, by the Sozial-Info itself
    assert status.current is not None
    assert status.current.kind == "sozial-info"
    assert status.current.topic is None


def _slot(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": "thementag",
        "weekday": "Th",
        "nth": 1,
        "start": "14:00",
        "end": "16:00",
        "topic": "Thema",
        "partners": ["A"],
    }
    base.update(changes)
    return {"slots": [base]}


BAD_CONFIGS = [
    ({"opening_hours": "Mo 9-13"}, "hours.opening_hours"),
    ({"opening_hours": ""}, "hours.opening_hours"),
    ({"opening_hours": 42}, "hours.opening_hours"),
    ({"opning_hours": "Mo 09:00-13:00"}, "hours.opning_hours"),
    ({"holiday_country": "XX"}, "hours.holiday_country"),
    ({"holiday_subdivision": "99"}, "hours.holiday_subdivision"),
    ({"holiday_country": "", "holiday_subdivision": "6"}, "hours.holiday_subdivision"),
    ({"extra_closed_days": ["13-01"]}, "hours.extra_closed_days[0]"),
    ({"extra_closed_days": ["12-24", "24.12."]}, "hours.extra_closed_days[1]"),
    ({"extra_closed_days": "12-24"}, "hours.extra_closed_days"),
    ({"slots": {"weekday": "Th"}}, "hours.slots"),
    ({"slots": ["Th"]}, "hours.slots[0]"),
    (_slot(nth=6), "hours.slots[0].nth"),
    (_slot(nth=0), "hours.slots[0].nth"),
    (_slot(nth="1"), "hours.slots[0].nth"),
    (_slot(weekday="Xy"), "hours.slots[0].weekday"),
    (_slot(kind="kurs"), "hours.slots[0].kind"),
    (_slot(start="9:00"), "hours.slots[0].start"),
    (_slot(end="13:00"), "hours.slots[0].end"),
    (_slot(end="24:00"), "hours.slots[0].end"),
    (_slot(topic=""), "hours.slots[0].topic"),
    (_slot(partners=[1]), "hours.slots[0].partners[0]"),
    (_slot(colour="red"), "hours.slots[0].colour"),
    (
        {"closures": [{"first": date(2026, 8, 14), "last": date(2026, 8, 3)}]},
        "hours.closures[0].last",
    ),
    ({"closures": [{"date": datetime(2026, 8, 3, 10, 0)}]}, "hours.closures[0].date"),
    ({"closures": [{"date": "3.8.2026"}]}, "hours.closures[0].date"),
    ({"closures": [{"reason": "x"}]}, "hours.closures[0].first"),
]


@pytest.mark.parametrize(("mapping", "key"), BAD_CONFIGS)
def test_bad_config_raises_a_german_message_naming_the_key(
    mapping: dict[str, Any], key: str
) -> None:
    # Given a bad [hours] table
    # When it is parsed
    with pytest.raises(ValueError) as info:
        parse_hours_config(mapping)
    # Then the message is German and names the key
    message = str(info.value)
    assert message.startswith("Ungültige Einstellung ")
    assert f"{key}:" in message


def test_bad_timezone_names_site_timezone() -> None:
    with pytest.raises(ValueError, match=r"^Ungültige Einstellung site\.timezone: "):
        parse_hours_config({}, timezone="Mars/Olympus_Mons")


def test_other_timezone_is_used() -> None:
    # Given the same hours in another time zone
    cfg = parse_hours_config({}, timezone="Europe/London")
    # When it is 09:30 in London (10:30 in Vienna) on a Monday
    status = site_status(cfg, datetime(2026, 3, 30, 8, 30, tzinfo=UTC))
    # Then it is staffed, in London time
    assert status.staffed
    assert status.now.tzinfo == ZoneInfo("Europe/London")


def test_config_is_hashable_and_frozen() -> None:
    cfg: HoursConfig = default_hours_config()
    assert hash(cfg) == hash(default_hours_config())
    with pytest.raises(AttributeError):
        cfg.timezone = "UTC"  # type: ignore[misc]


# --------------------------------------------------------------------------------------
# Properties over random moments of 2026/2027
# --------------------------------------------------------------------------------------

_OH = OpeningHours(CFG.opening_hours, country="AT")
_EXTRA_DAYS = {(3, 19), (12, 24), (12, 31)}


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    )
)
def test_status_agrees_with_opening_hours_py_and_is_consistent(now: datetime) -> None:
    # Given any moment of 2026/2027
    status = site_status(CFG, now)
    local = now.astimezone(VIENNA)
    # Then staffed iff opening-hours-py (evaluated in its own way) says open and the day is
    # not a Styrian/extra closed day
    expected = _OH.is_open(local.replace(tzinfo=None)) and (
        (local.month, local.day) not in _EXTRA_DAYS
    )
    assert status.staffed is expected
    t = now.timestamp()
    if status.current is not None:
        assert status.current.start.timestamp() <= t < status.current.end.timestamp()
    if status.next_slot is not None:
        assert status.next_slot.start.timestamp() > t
    assert next_change(CFG, now).timestamp() > t
    assert 0 < seconds_until_change(CFG, now) <= 25 * 3600
