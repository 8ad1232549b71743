"""Tests for kiosk.offer_hours: HSDS schedules to status line and weekly lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.offer_hours import (
    _SCHEDULE_FIELDS,
    OfferTexts,
    ScheduleSpec,
    offer_open_status,
    weekly_lines_de,
)

VIENNA = ZoneInfo("Europe/Vienna")
ASK = "Zeiten bitte telefonisch erfragen"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=VIENNA)


def weekly(byday: str, opens: str, closes: str, **more: str) -> ScheduleSpec:
    return ScheduleSpec(freq="WEEKLY", byday=byday, opens_at=opens, closes_at=closes, **more)


def monthly(byday: str, opens: str, closes: str, **more: str) -> ScheduleSpec:
    return ScheduleSpec(freq="MONTHLY", byday=byday, opens_at=opens, closes_at=closes, **more)


# An offer open Mo and We 09-12 and 14-16 (two windows a day), Tu 14-18
OFFICE = [
    weekly("MO,WE", "09:00", "12:00"),
    weekly("MO,WE", "14:00", "16:00"),
    weekly("TU", "14:00:00", "18:00:00"),
]

# --------------------------------------------------------------------------------------
# Status line
# --------------------------------------------------------------------------------------

STATUS_CASES = [
    # (schedules, local now, state, text)
    (OFFICE, "2026-05-04 08:59", "opens_later", "Öffnet heute 09:00"),  # Monday
    (OFFICE, "2026-05-04 09:00", "open", "Jetzt geöffnet – bis 12:00"),
    (OFFICE, "2026-05-04 11:59", "open", "Jetzt geöffnet – bis 12:00"),
    (OFFICE, "2026-05-04 12:00", "opens_later", "Öffnet heute 14:00"),
    (OFFICE, "2026-05-04 16:00", "opens_later", "Öffnet morgen 14:00"),
    (OFFICE, "2026-05-06 17:00", "opens_later", "Öffnet Montag 09:00"),  # Wednesday evening
    (OFFICE, "2026-05-07 10:00", "opens_later", "Öffnet Montag 09:00"),  # Thursday
    (OFFICE, "2026-05-05 10:00", "opens_later", "Öffnet heute 14:00"),  # Tuesday
    (OFFICE, "2026-05-05 15:00", "open", "Jetzt geöffnet – bis 18:00"),
    # every 2nd Tuesday of the month, 14-16: 12 May 2026
    (
        [monthly("2TU", "14:00", "16:00")],
        "2026-05-07 10:00",
        "opens_later",
        "Öffnet Dienstag 14:00",
    ),
    ([monthly("2TU", "14:00", "16:00")], "2026-05-12 15:00", "open", "Jetzt geöffnet – bis 16:00"),
    (
        [monthly("2TU", "14:00", "16:00")],
        "2026-05-12 16:00",
        "opens_later",
        "Öffnet am Di, 09.06. 14:00",
    ),
    # last Friday of the month: 29 May 2026
    (
        [monthly("-1FR", "10:00", "11:00")],
        "2026-05-22 10:30",
        "opens_later",
        "Öffnet am Fr, 29.05. 10:00",
    ),
    ([monthly("-1FR", "10:00", "11:00")], "2026-05-29 10:30", "open", "Jetzt geöffnet – bis 11:00"),
    # by day of the month
    (
        [ScheduleSpec(freq="MONTHLY", bymonthday="1,15", opens_at="08:00", closes_at="09:00")],
        "2026-05-15 08:30",
        "open",
        "Jetzt geöffnet – bis 09:00",
    ),
    # past midnight, and until 24:00
    ([weekly("SA", "22:00", "02:00")], "2026-05-10 01:00", "open", "Jetzt geöffnet – bis 02:00"),
    (
        [weekly("SA", "22:00", "02:00")],
        "2026-05-09 23:00",
        "open",
        "Jetzt geöffnet – bis morgen 02:00",
    ),
    ([weekly("SA", "20:00", "24:00")], "2026-05-09 23:00", "open", "Jetzt geöffnet – bis 24:00"),
    # windows of two schedules that touch become one
    (
        [weekly("MO", "09:00", "12:00"), weekly("MO", "12:00", "15:00")],
        "2026-05-04 11:00",
        "open",
        "Jetzt geöffnet – bis 15:00",
    ),
    # a timezone suffix is read as local wall-clock time
    (
        [weekly("MO", "09:00Z", "12:00+02:00")],
        "2026-05-04 09:30",
        "open",
        "Jetzt geöffnet – bis 12:00",
    ),
    # valid_from / valid_to
    (
        [weekly("MO", "09:00", "12:00", valid_from="2026-06-01")],
        "2026-05-04 10:00",
        "opens_later",
        "Öffnet am Mo, 01.06. 09:00",
    ),
    (
        [weekly("MO", "09:00", "12:00", valid_to="2026-05-03")],
        "2026-05-04 10:00",
        "closed_unknown",
        ASK,
    ),
    (
        [weekly("MO", "09:00", "12:00", until="2026-05-03")],
        "2026-05-04 10:00",
        "closed_unknown",
        ASK,
    ),
    # every 2 weeks from dtstart Monday 27 April 2026: 11 May is on, 4 May is off
    (
        [weekly("MO", "09:00", "12:00", interval="2", dtstart="2026-04-27")],
        "2026-05-04 10:00",
        "opens_later",
        "Öffnet am Mo, 11.05. 09:00",
    ),
    # every 2 weeks without dtstart: cannot tell, claim nothing
    ([weekly("MO", "09:00", "12:00", interval="2")], "2026-05-04 10:00", "closed_unknown", ASK),
    # the data says nothing
    ([], "2026-05-04 10:00", "no_data", ASK),
    ([ScheduleSpec()], "2026-05-04 10:00", "no_data", ASK),
    ([ScheduleSpec(description="Nach Vereinbarung")], "2026-05-04 10:00", "closed_unknown", ASK),
]


@pytest.mark.parametrize(("schedules", "local", "state", "text"), STATUS_CASES)
def test_offer_status(schedules: list[ScheduleSpec], local: str, state: str, text: str) -> None:
    # Given an offer's schedules and a local moment
    # When we ask for its status
    result = offer_open_status(schedules, at(local), VIENNA)
    # Then the state and the line are as expected
    assert (result.state, result.text_de) == (state, text)
    assert (result.until is not None) is (state == "open")
    assert (result.next_open is not None) is (state == "opens_later")


def test_status_none_schedules() -> None:
    assert offer_open_status(None, at("2026-05-04 10:00")).state == "no_data"


def test_status_across_the_spring_change() -> None:
    # Given an offer open Mondays 09-12, and Sunday 29 March 2026 01:30 (before the change)
    result = offer_open_status(OFFICE, datetime(2026, 3, 29, 0, 30, tzinfo=UTC), "Europe/Vienna")
    # Then it opens tomorrow at 09:00 summer time (07:00 UTC)
    assert result.text_de == "Öffnet morgen 09:00"
    assert result.next_open is not None
    assert result.next_open.astimezone(UTC) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_until_is_aware_and_local() -> None:
    result = offer_open_status(OFFICE, datetime(2026, 5, 4, 8, 0, tzinfo=UTC), VIENNA)  # 10:00
    assert result.state == "open"
    assert result.until == at("2026-05-04 12:00")


def test_closed_days_from_the_caller_are_respected() -> None:
    # Given Monday 26 October 2026, Nationalfeiertag
    holidays = {date(2026, 10, 26)}
    # When the caller passes the holidays
    result = offer_open_status(
        OFFICE, at("2026-10-26 10:00"), VIENNA, is_closed_day=holidays.__contains__
    )
    # Then the offer is not open that day; it opens on Tuesday
    assert result.text_de == "Öffnet morgen 14:00"


def test_a_broken_closed_day_callback_is_ignored() -> None:
    def broken(_: date) -> bool:
        raise RuntimeError("boom")

    result = offer_open_status(OFFICE, at("2026-05-04 10:00"), VIENNA, is_closed_day=broken)
    assert result.state == "open"


def test_english_templates() -> None:
    # Given English templates
    english = OfferTexts(open_until="Open now – until {time}")
    # Then the status uses them
    result = offer_open_status(OFFICE, at("2026-05-04 10:00"), VIENNA, texts=english)
    assert result.text_de == "Open now – until 12:00"


# --------------------------------------------------------------------------------------
# Weekly lines
# --------------------------------------------------------------------------------------

LINE_CASES: list[tuple[list[Any], date | None, list[str]]] = [
    (OFFICE, None, ["Mo, Mi: 09:00–12:00, 14:00–16:00", "Di: 14:00–18:00"]),
    ([weekly("MO,TU,WE,TH,FR", "08:00", "12:00")], None, ["Mo–Fr: 08:00–12:00"]),
    ([weekly("MO,TU,TH,FR,SA", "08:00", "12:00")], None, ["Mo, Di, Do–Sa: 08:00–12:00"]),
    (
        [ScheduleSpec(freq="DAILY", opens_at="00:00", closes_at="24:00")],
        None,
        ["Täglich: 00:00–24:00"],
    ),
    ([monthly("2TU", "14:00", "16:00")], None, ["Jeden 2. Dienstag im Monat: 14:00–16:00"]),
    ([monthly("-1FR", "10:00", "11:00")], None, ["Jeden letzten Freitag im Monat: 10:00–11:00"]),
    (
        [monthly("1TH", "14:00", "16:00"), monthly("1TH", "09:00", "11:00")],
        None,
        ["Jeden 1. Donnerstag im Monat: 09:00–11:00, 14:00–16:00"],
    ),
    (
        [ScheduleSpec(freq="MONTHLY", bymonthday="15,1", opens_at="08:00", closes_at="09:00")],
        None,
        ["Monatlich am 1., 15.: 08:00–09:00"],
    ),
    (
        [weekly("MO", "09:00", "12:00", interval="2", dtstart="2026-04-27")],
        date(2026, 5, 1),
        ["Alle 2 Wochen Mo: 09:00–12:00"],
    ),
    # weekly first, then monthly, then descriptions
    (
        [
            ScheduleSpec(description="Termine nach Vereinbarung"),
            monthly("3WE", "10:00", "12:00"),
            weekly("FR", "09:00", "13:00"),
        ],
        None,
        ["Fr: 09:00–13:00", "Jeden 3. Mittwoch im Monat: 10:00–12:00", "Termine nach Vereinbarung"],
    ),
    # validity
    (
        [weekly("MO", "09:00", "12:00", valid_from="2026-06-01", valid_to="2026-09-30")],
        date(2026, 5, 1),
        ["Mo (01.06.2026–30.09.2026): 09:00–12:00"],
    ),
    (
        [weekly("MO", "09:00", "12:00", valid_from="2026-01-01", valid_to="2026-09-30")],
        date(2026, 5, 1),
        ["Mo (bis 30.09.2026): 09:00–12:00"],
    ),
    ([weekly("MO", "09:00", "12:00", valid_to="2026-04-30")], date(2026, 5, 1), [ASK]),
    # the data says nothing, or only garbage
    ([], None, [ASK]),
    ([ScheduleSpec()], None, [ASK]),
    ([ScheduleSpec(freq="WEEKLY", byday="XX", opens_at="9", closes_at="late")], None, [ASK]),
    (
        [
            ScheduleSpec(
                freq="YEARLY",
                byday="MO",
                opens_at="09:00",
                closes_at="10:00",
                description="Im Sommer",
            )
        ],
        None,
        ["Im Sommer"],
    ),
    # description is cleaned: bidi overrides and control characters go, whitespace collapses
    ([ScheduleSpec(description="  Nach\u202e  Vereinbarung\x00 ")], None, ["Nach Vereinbarung"]),
]


@pytest.mark.parametrize(("schedules", "today", "expected"), LINE_CASES)
def test_weekly_lines(schedules: list[Any], today: date | None, expected: list[str]) -> None:
    # Given an offer's schedules
    # When we render its times
    lines = weekly_lines_de(schedules, today)
    # Then the lines are as expected
    assert lines == expected


# --------------------------------------------------------------------------------------
# HSDS conversion and robustness
# --------------------------------------------------------------------------------------


def test_from_mapping_accepts_hsds_json_values() -> None:
    # Given the HSDS 3.0 example schedule (numbers as numbers, extra keys)
    row = {
        "id": "48102e86-bb50-41c4-8f1e-e269368c41d1",
        "freq": "WEEKLY",
        "interval": 1,
        "byday": "TH,FR",
        "timezone": 3,
        "opens_at": "10:00:00",
        "closes_at": "18:00:00",
        "description": "The service is available from 10 am to 6pm weekdays.",
    }
    spec = ScheduleSpec.from_mapping(row)
    # Then the fields are text and the lines read well
    assert spec.interval == "1"
    assert weekly_lines_de([spec]) == ["Do, Fr: 10:00–18:00"]


def test_dicts_and_foreign_objects_are_read_too() -> None:
    @dataclass
    class Row:  # a DTO from the data layer, with an int interval
        freq: str | None
        byday: str | None
        opens_at: str | None
        closes_at: str | None
        interval: int | None = 1

    rows: list[object] = [
        Row("WEEKLY", "MO", "09:00", "12:00"),
        {
            "freq": "weekly",
            "byday": "tu",
            "opens_at": "14:00",
            "closes_at": "16:00",
            "interval": 1.0,
        },
    ]
    assert weekly_lines_de(rows) == ["Mo: 09:00–12:00", "Di: 14:00–16:00"]


def test_freq_is_inferred_when_missing() -> None:
    schedules = [
        ScheduleSpec(byday="2TU", opens_at="14:00", closes_at="16:00"),
        ScheduleSpec(byday="FR", opens_at="09:00", closes_at="10:00"),
    ]
    assert weekly_lines_de(schedules) == [
        "Fr: 09:00–10:00",
        "Jeden 2. Dienstag im Monat: 14:00–16:00",
    ]


class Exploding:
    """An object whose attributes raise."""

    def __getattr__(self, name: str) -> str:
        raise RuntimeError(name)


GARBAGE: list[Any] = [
    [Exploding()],
    [42, "text", None],
    [{"freq": "WEEKLY", "byday": "MO", "opens_at": "25:00", "closes_at": "26:00"}],
    [{"freq": "WEEKLY", "byday": "MO", "opens_at": "10:00", "closes_at": "10:00"}],
    [{"freq": "MONTHLY", "byday": "9MO", "opens_at": "10:00", "closes_at": "11:00"}],
    [{"freq": "WEEKLY", "byday": "2MO", "opens_at": "10:00", "closes_at": "11:00"}],
    [{"freq": "MONTHLY", "bymonthday": "0,40", "opens_at": "10:00", "closes_at": "11:00"}],
    [
        {
            "freq": "WEEKLY",
            "byday": "MO",
            "interval": "-3",
            "opens_at": "10:00",
            "closes_at": "11:00",
        }
    ],
    [
        {
            "freq": "WEEKLY",
            "byday": "MO",
            "valid_from": "2026-13-45",
            "opens_at": "10:00",
            "closes_at": "x",
        }
    ],
    [
        {
            "freq": "WEEKLY",
            "byday": "MO",
            "valid_from": "2027-01-01",
            "valid_to": "2026-01-01",
            "opens_at": "10:00",
            "closes_at": "11:00",
        }
    ],
]


@pytest.mark.parametrize("schedules", GARBAGE)
def test_garbage_is_skipped_and_nothing_is_claimed(schedules: list[Any]) -> None:
    # Given schedules full of garbage
    # When we render them
    lines = weekly_lines_de(schedules)
    status = offer_open_status(schedules, at("2026-05-04 10:30"), VIENNA)
    # Then nothing is claimed
    assert lines == [ASK]
    assert status.state == "no_data"
    assert status.text_de == ASK


def test_a_bad_schedule_does_not_hide_a_good_one() -> None:
    schedules: list[Any] = [
        Exploding(),
        {"byday": "MO", "opens_at": "x"},
        weekly("MO", "09:00", "12:00"),
    ]
    assert weekly_lines_de(schedules) == ["Mo: 09:00–12:00"]
    assert offer_open_status(schedules, at("2026-05-04 10:00"), VIENNA).state == "open"


def test_bad_timezone_claims_nothing() -> None:
    assert offer_open_status(OFFICE, at("2026-05-04 10:00"), "Nowhere/Nothing").state == "no_data"


_field_text = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(
        [
            "WEEKLY",
            "MONTHLY",
            "DAILY",
            "MO,WE",
            "-1FR",
            "2TU",
            "09:00",
            "24:00",
            "2026-05-01",
            "2",
            "0",
        ]
    ),
    st.integers(-40, 40),
    st.floats(allow_nan=True),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                name: _field_text
                for name in _SCHEDULE_FIELDS
            }
        ),
        max_size=4,
    ),
    st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1), timezones=st.just(UTC)
    ),
)
def test_never_raises_on_random_fields(rows: list[dict[str, Any]], now: datetime) -> None:
    # Given random HSDS field values
    # When we compute status and lines
    status = offer_open_status(rows, now, VIENNA)
    lines = weekly_lines_de(rows, now.date())
    # Then we get an answer, and "open" really means now is inside the window
    assert status.state in {"open", "opens_later", "closed_unknown", "no_data"}
    assert status.text_de
    assert lines
    if status.until is not None:
        assert status.until.timestamp() > now.timestamp()
    if status.next_open is not None:
        assert status.next_open.timestamp() > now.timestamp()
