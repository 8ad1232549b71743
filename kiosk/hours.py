"""Staffed times of the Sozial-Info: pure functions of (hours settings, now), no Qt."""

# How the pieces fit together (read this before changing anything):
#
# * The weekly pattern comes from the OpenStreetMap ``opening_hours`` string, evaluated by
#   opening-hours-py with ``country=holiday_country`` (so that ``PH off`` means the Austrian
#   public holidays). We evaluate it on *naive local wall-clock* days, one day at a time, and
#   attach the time zone ourselves: the library then only does calendar arithmetic, and all
#   daylight-saving handling is zoneinfo's (a 23- or 25-hour day changes nothing here).
# * opening-hours-py knows no state holidays and no "usually closed" days, and gives no
#   holiday names. So whole-day closures are decided here, in this order: runtime closures
#   passed by the UI, the configured closures, the public holidays of the ``holidays``
#   package (country + subdivision, category "public", with their German names), and the
#   ``extra_closed_days`` (MM-DD, every year). In holidays 0.108 the Styrian Josefitag
#   (19 March), 24 and 31 December are in the "bank" category, not "public", which is why
#   the Leibnitz defaults list them in ``extra_closed_days``.
# * Holidays and closures close the whole day, whatever the opening_hours string says for it.
# * Recurring slots (Thementage, partner slots) only *annotate* staffed time: the opening
#   hours decide when the room is staffed; a slot says by whom. A slot outside the opening
#   hours is therefore never shown (add its times to ``opening_hours`` too).
# * Aware datetimes that share one ZoneInfo compare and subtract by wall clock in Python,
#   which is wrong across a DST change. Everything here compares ``.timestamp()`` values;
#   use :func:`seconds_until_change` rather than subtracting datetimes yourself.

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
import opening_hours
from opening_hours import OpeningHours, State

OSM_WEEKDAYS: tuple[str, ...] = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_GERMAN_WEEKDAYS: tuple[str, ...] = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
SLOT_KINDS: tuple[str, ...] = ("thementag", "partner")
KIND_SOZIAL_INFO = "sozial-info"

_HORIZON_DAYS = 400  # how far ahead we look for the next slot / Thementag
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_MMDD = re.compile(r"^(\d\d)-(\d\d)$")


# --------------------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecurringSlot:
    """A recurring slot staffed by partners, e.g. the 3rd-Thursday Thementag.

    Attributes:
        kind: "thementag" or "partner".
        weekday: OSM weekday abbreviation, "Mo" .. "Su".
        nth: 1..5 for the nth such weekday of the month, None for every week.
        start: "HH:MM" local time.
        end: "HH:MM" local time, after ``start``.
        topic: The topic shown to visitors.
        partners: The partner organisations, in display order.

    Where two slots overlap, the one listed first in the config wins.
    """

    kind: str
    weekday: str
    nth: int | None
    start: str
    end: str
    topic: str
    partners: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Closure:
    """Days on which the Sozial-Info is closed, first to last inclusive.

    Attributes:
        first: First closed day.
        last: Last closed day (equal to ``first`` for a single day).
        reason: Shown to visitors, e.g. "Sommerpause"; may be empty.
    """

    first: date
    last: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class HoursConfig:
    """The ``[hours]`` settings (plus the site's time zone).

    Attributes:
        opening_hours: OSM ``opening_hours`` string of the staffed times.
        timezone: IANA time zone name (taken from ``[site].timezone``).
        holiday_country: ISO country for public holidays, "" for none.
        holiday_subdivision: Subdivision code for the ``holidays`` package, "" for none.
        extra_closed_days: "MM-DD" days closed every year.
        slots: Recurring partner slots (Thementage and others).
        closures: One-off closures.
    """

    opening_hours: str = "Mo,Fr 09:00-13:00; Tu 14:00-18:00; Th 14:00-16:00; PH off"
    timezone: str = "Europe/Vienna"
    holiday_country: str = "AT"
    holiday_subdivision: str = "6"
    extra_closed_days: tuple[str, ...] = ("03-19", "12-24", "12-31")
    slots: tuple[RecurringSlot, ...] = ()
    closures: tuple[Closure, ...] = ()


_THEMENTAGE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Kind / Jugend / Familie",
        (
            "Kinder- und Jugendhilfe (BH Leibnitz)",
            "Frühe Hilfen Steiermark (ÖGK)",
            "ARGE Flexible Hilfen (Jugend am Werk, Input, alpha nova, Caritas, "
            "AIS Jugendservice, IKJF, SOS Kinderdorf)",
        ),
    ),
    ("Senior*innen", ("Pflegedrehscheibe Bezirk Leibnitz",)),
    (
        "Menschen mit Behinderung / Beeinträchtigung",
        (
            "Lena Petritsch (Peer-to-Peer-Ansprechperson)",
            "Kompetenz – Berufliches und Soziales Kompetenzzentrum Südsteiermark GmbH",
            "ÖZIV Leibnitz",
        ),
    ),
    (
        "Geflüchtete und Migrant*innen",
        ("ZEBRA – Interkulturelles Beratungs- und Therapiezentrum",),
    ),
    ("Frauen und Mädchen", ("Verein Freiraum – Frauenberatung Leibnitz",)),
)


def default_hours_config() -> HoursConfig:
    """The Leibnitz defaults (the same as the ``[hours]`` section of the default config).

    Returns:
        Opening hours Mo, Fr 09–13, Tu 14–18, Th 14–16, closed on Austrian public holidays,
        19 March, 24 and 31 December, and the five Thementage on Thursdays 14:00–16:00.
    """
    slots = tuple(
        RecurringSlot("thementag", "Th", nth, "14:00", "16:00", topic, partners)
        for nth, (topic, partners) in enumerate(_THEMENTAGE, start=1)
    )
    return HoursConfig(slots=slots)


def _bad(key: str, problem: str) -> ValueError:
    return ValueError(f"Ungültige Einstellung hours.{key}: {problem}")


def _as_str(value: object, key: str, *, allow_empty: bool = False, allow_int: bool = False) -> str:
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # e.g. holiday_subdivision = 6
    if not isinstance(value, str):
        raise _bad(key, f"Text erwartet, gefunden: {value!r}.")
    value = value.strip()
    if not value and not allow_empty:
        raise _bad(key, "darf nicht leer sein.")
    return value


def _as_hhmm(value: object, key: str) -> str:
    text = _as_str(value, key)
    if not _HHMM.match(text):
        raise _bad(key, f"Uhrzeit im Format HH:MM erwartet (z. B. 14:00), gefunden: {text!r}.")
    return text


def _as_date(value: object, key: str) -> date:
    if isinstance(value, datetime):
        raise _bad(key, f"ein Datum ohne Uhrzeit erwartet, gefunden: {value!r}.")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _bad(key, f"Datum im Format JJJJ-MM-TT erwartet, gefunden: {value!r}.")


def _as_weekday(value: object, key: str) -> str:
    text = _as_str(value, key)
    for names in (OSM_WEEKDAYS, _GERMAN_WEEKDAYS):
        for i, name in enumerate(names):
            if text.casefold() == name.casefold():
                return OSM_WEEKDAYS[i]
    raise _bad(key, f"Wochentag erwartet (Mo, Di/Tu, Mi/We, Do/Th, Fr, Sa, So/Su): {text!r}.")


def _as_table_list(value: object, key: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        raise _bad(key, "eine Liste von Tabellen erwartet ([[hours.…]]).")
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise _bad(f"{key}[{i}]", "eine Tabelle erwartet.")
    return value


def _check_keys(table: Mapping[str, Any], allowed: set[str], key: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        prefix = f"{key}." if key else ""
        raise _bad(f"{prefix}{unknown[0]}", "unbekannter Schlüssel (Tippfehler?).")


def _parse_slot(table: Mapping[str, Any], key: str) -> RecurringSlot:
    _check_keys(table, {"kind", "weekday", "nth", "start", "end", "topic", "partners"}, key)
    kind = _as_str(table.get("kind", "thementag"), f"{key}.kind")
    if kind not in SLOT_KINDS:
        raise _bad(f"{key}.kind", f"'thementag' oder 'partner' erwartet, gefunden: {kind!r}.")
    if "weekday" not in table:
        raise _bad(f"{key}.weekday", "fehlt.")
    weekday = _as_weekday(table["weekday"], f"{key}.weekday")
    nth = table.get("nth")
    if nth is not None and (isinstance(nth, bool) or not isinstance(nth, int) or not 1 <= nth <= 5):
        raise _bad(f"{key}.nth", f"ganze Zahl von 1 bis 5 erwartet, gefunden: {nth!r}.")
    for part in ("start", "end", "topic"):
        if part not in table:
            raise _bad(f"{key}.{part}", "fehlt.")
    start = _as_hhmm(table["start"], f"{key}.start")
    end = _as_hhmm(table["end"], f"{key}.end")
    if end <= start:
        raise _bad(f"{key}.end", f"muss nach dem Beginn ({start}) liegen, gefunden: {end}.")
    topic = _as_str(table["topic"], f"{key}.topic")
    raw_partners = table.get("partners", [])
    if isinstance(raw_partners, str):
        raw_partners = [raw_partners]
    if not isinstance(raw_partners, list):
        raise _bad(f"{key}.partners", "eine Liste von Texten erwartet.")
    partners = tuple(_as_str(p, f"{key}.partners[{i}]") for i, p in enumerate(raw_partners))
    return RecurringSlot(kind, weekday, nth, start, end, topic, partners)


def _parse_closure(table: Mapping[str, Any], key: str) -> Closure:
    _check_keys(table, {"date", "first", "last", "reason"}, key)
    if "date" in table:
        if "first" in table or "last" in table:
            raise _bad(key, "entweder 'date' oder 'first'/'last' angeben, nicht beides.")
        first = last = _as_date(table["date"], f"{key}.date")
    else:
        if "first" not in table:
            raise _bad(f"{key}.first", "fehlt (oder 'date' für einen einzelnen Tag).")
        first = _as_date(table["first"], f"{key}.first")
        last = _as_date(table.get("last", first), f"{key}.last")
        if last < first:
            raise _bad(f"{key}.last", f"liegt vor dem ersten Tag ({first.isoformat()}).")
    reason = _as_str(table.get("reason", ""), f"{key}.reason", allow_empty=True)
    return Closure(first, last, reason)


def _parse_mmdd(value: object, key: str) -> str:
    text = _as_str(value, key)
    match = _MMDD.match(text)
    if match:
        try:
            date(2024, int(match[1]), int(match[2]))  # a leap year, so 02-29 is fine
        except ValueError:
            pass
        else:
            return text
    raise _bad(key, f"Tag im Format MM-TT erwartet (z. B. 12-24), gefunden: {text!r}.")


def parse_hours_config(
    mapping: Mapping[str, Any], *, timezone: str = "Europe/Vienna"
) -> HoursConfig:
    """Validate the TOML ``[hours]`` table; missing keys take the Leibnitz defaults.

    The time zone is not part of ``[hours]``: it is a fact of the site and lives in
    ``[site].timezone``; the config loader passes it here.

    Args:
        mapping: The ``[hours]`` table as read by ``tomllib``.
        timezone: The site's IANA time zone (``[site].timezone``).

    Returns:
        The validated settings.

    Raises:
        ValueError: With a plain German message naming the bad key.
    """
    if not isinstance(mapping, Mapping):
        raise ValueError("Ungültige Einstellung hours: eine Tabelle [hours] erwartet.")
    defaults = default_hours_config()
    _check_keys(
        mapping,
        {
            "opening_hours",
            "holiday_country",
            "holiday_subdivision",
            "extra_closed_days",
            "slots",
            "closures",
        },
        "",
    )
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(
            f"Ungültige Einstellung site.timezone: unbekannte Zeitzone {timezone!r}."
        ) from None

    hours_text = _as_str(mapping.get("opening_hours", defaults.opening_hours), "opening_hours")
    country = _as_str(
        mapping.get("holiday_country", defaults.holiday_country),
        "holiday_country",
        allow_empty=True,
    ).upper()
    subdivision = _as_str(
        mapping.get("holiday_subdivision", defaults.holiday_subdivision),
        "holiday_subdivision",
        allow_empty=True,
        allow_int=True,
    )
    if subdivision and not country:
        raise _bad("holiday_subdivision", "braucht ein holiday_country.")
    if country:
        try:
            holidays.country_holidays(country, years=2026)
        except NotImplementedError:
            raise _bad("holiday_country", f"unbekanntes Land {country!r}.") from None
        try:
            holidays.country_holidays(country, subdiv=subdivision or None, years=2026)
        except NotImplementedError:
            raise _bad(
                "holiday_subdivision", f"unbekanntes Bundesland {subdivision!r} für {country}."
            ) from None
    try:
        _compile_opening_hours(hours_text, country)
    except Exception:  # opening_hours.ParserError (its message is English parser jargon)
        raise _bad(
            "opening_hours",
            f"keine gültige OpenStreetMap-Angabe: {hours_text!r}. "
            "Beispiel: 'Mo,Fr 09:00-13:00; Tu 14:00-18:00; PH off'.",
        ) from None

    raw_days = mapping.get("extra_closed_days", list(defaults.extra_closed_days))
    if not isinstance(raw_days, list):
        raise _bad("extra_closed_days", 'eine Liste wie ["12-24", "12-31"] erwartet.')
    extra_days = tuple(_parse_mmdd(v, f"extra_closed_days[{i}]") for i, v in enumerate(raw_days))

    if "slots" in mapping:
        slots = tuple(
            _parse_slot(t, f"slots[{i}]")
            for i, t in enumerate(_as_table_list(mapping["slots"], "slots"))
        )
    else:
        slots = defaults.slots
    closures = tuple(
        _parse_closure(t, f"closures[{i}]")
        for i, t in enumerate(_as_table_list(mapping.get("closures", []), "closures"))
    )
    return HoursConfig(
        opening_hours=hours_text,
        timezone=timezone,
        holiday_country=country,
        holiday_subdivision=subdivision,
        extra_closed_days=extra_days,
        slots=slots,
        closures=closures,
    )


# --------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Slot:
    """One staffed time span, in the site's time zone.

    Attributes:
        start: Aware start (site time zone).
        end: Aware end, exclusive (13:00 means closed at 13:00).
        kind: "sozial-info" (own staff), "thementag" or "partner".
        topic: The Thementag's or partner slot's topic, None for the Sozial-Info's own hours.
        partners: Partner organisations staffing the slot.
        nth: Which weekday of the month this is (1..5) for nth-weekday slots, else None.
    """

    start: datetime
    end: datetime
    kind: str = KIND_SOZIAL_INFO
    topic: str | None = None
    partners: tuple[str, ...] = ()
    nth: int | None = None


@dataclass(frozen=True, slots=True)
class SiteStatus:
    """Whether the Sozial-Info is staffed at ``now``, and what comes next.

    Attributes:
        now: The moment asked about, in the site's time zone.
        staffed: True while someone is there.
        current: The slot running now, or None.
        staffed_until: End of the uninterrupted staffed time (may span several slots).
        next_slot: The next slot starting after the current one (or after now).
        closed_reason: None on ordinary days; if today is a holiday or closed, its name or
            the closure's reason ("" when none was given).
    """

    now: datetime
    staffed: bool
    current: Slot | None
    staffed_until: datetime | None
    next_slot: Slot | None
    closed_reason: str | None


@dataclass(frozen=True, slots=True)
class DayHours:
    """The staffed slots of one calendar day.

    Attributes:
        day: The date.
        slots: Its slots, in order (empty when closed).
        closed_reason: None, or why the day is closed ("" when no reason is known).
    """

    day: date
    slots: tuple[Slot, ...]
    closed_reason: str | None

    @property
    def weekday(self) -> int:
        """Monday 0 .. Sunday 6."""
        return self.day.weekday()


# --------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _compile_opening_hours(text: str, country: str) -> OpeningHours:
    # Naive wall-clock evaluation on purpose (see the note at the top of the module).
    try:
        return OpeningHours(text, country=country or None, auto_country=False, auto_timezone=False)
    except opening_hours.UnknownCountryError:  # type: ignore[attr-defined]
        # A country the holidays package knows but opening-hours-py does not: PH is then
        # ignored by the library, and the holidays package still closes those days.
        return OpeningHours(text, auto_country=False, auto_timezone=False)


@lru_cache(maxsize=64)
def _public_holidays(country: str, subdivision: str, year: int) -> Mapping[date, str]:
    if not country:
        return {}
    return dict(
        holidays.country_holidays(country, subdiv=subdivision or None, years=year, language="de")
    )


@lru_cache(maxsize=64)
def _holiday_names_all_categories(country: str, subdivision: str, year: int) -> Mapping[date, str]:
    """Names for the extra closed days (e.g. 'Hl. Josef', 'Heiliger Abend')."""
    if not country:
        return {}
    cls = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    categories = tuple(getattr(cls, "supported_categories", ("public",)))
    return dict(
        holidays.country_holidays(
            country,
            subdiv=subdivision or None,
            years=year,
            categories=categories,
            language="de",
        )
    )


def holiday_names_in(cfg: HoursConfig, years: Sequence[int], language: str) -> dict[str, str]:
    """The holidays' German names mapped to their names in ``language`` (e.g. "en").

    The hours speak German (the source language); the kiosk shows a holiday's name in the
    visitor's language where the ``holidays`` package knows it (Austria: de, en_US, uk, th).

    Args:
        cfg: The hours settings (country and subdivision).
        years: The calendar years whose holidays are wanted.
        language: A language code ("en") or a locale ("en_US").

    Returns:
        German name -> translated name; empty when the language is German or unknown.
    """
    if not cfg.holiday_country or language.startswith("de"):
        return {}
    try:
        probe = holidays.country_holidays(cfg.holiday_country,
                                          subdiv=cfg.holiday_subdivision or None)
    except (NotImplementedError, KeyError):
        return {}
    supported = tuple(getattr(probe, "supported_languages", ()))
    code = next((c for c in supported if c == language), None) or next(
        (c for c in supported if c.split("_")[0] == language.split("_")[0]), None)
    if code is None:
        return {}
    categories = tuple(getattr(probe, "supported_categories", ("public",)))
    names: dict[str, str] = {}
    for year in years:
        for category in categories:
            german, other = (holidays.country_holidays(
                cfg.holiday_country, subdiv=cfg.holiday_subdivision or None, years=year,
                categories=(category,), language=lang) for lang in ("de", code))
            for day, name in german.items():
                # one name per day only: joined names ("a; b") are sorted per language
                if "; " not in name and day in other and "; " not in other[day]:
                    names[name] = other[day]
    return names


def holiday_name(cfg: HoursConfig, day: date) -> str | None:
    """The public holiday on ``day`` (German name), per the configured country/subdivision.

    Args:
        cfg: The hours settings.
        day: A calendar date.

    Returns:
        The holiday's name, or None on ordinary days.
    """
    return _public_holidays(cfg.holiday_country, cfg.holiday_subdivision, day.year).get(day)


@dataclass(frozen=True, slots=True)
class _SlotRule:
    weekday: int
    nth: int | None
    start: time
    end: time
    slot: RecurringSlot


@dataclass(frozen=True, slots=True)
class _DayPlan:
    closed_reason: str | None
    slots: tuple[Slot, ...]


class _Plan:
    """A compiled HoursConfig with a cache of day plans (identity-hashed, hence cheap)."""

    def __init__(self, cfg: HoursConfig) -> None:
        self.cfg = cfg
        self.tz = ZoneInfo(cfg.timezone)
        self.oh = _compile_opening_hours(cfg.opening_hours, cfg.holiday_country)
        self.rules = tuple(
            _SlotRule(
                OSM_WEEKDAYS.index(s.weekday),
                s.nth,
                time.fromisoformat(s.start),
                time.fromisoformat(s.end),
                s,
            )
            for s in cfg.slots
        )
        self.extra_days = frozenset(
            (int(mmdd[:2]), int(mmdd[3:])) for mmdd in cfg.extra_closed_days
        )
        self._days: dict[tuple[date, tuple[Closure, ...]], _DayPlan] = {}

    def day(self, d: date, extra: tuple[Closure, ...]) -> _DayPlan:
        key = (d, extra)
        plan = self._days.get(key)
        if plan is None:
            if len(self._days) > 4096:
                self._days.clear()
            plan = self._days[key] = self._compute_day(d, extra)
        return plan

    def closed_reason(self, d: date, extra: tuple[Closure, ...]) -> str | None:
        for closure in (*extra, *self.cfg.closures):
            if closure.first <= d <= closure.last:
                return closure.reason
        name = holiday_name(self.cfg, d)
        if name:
            return name
        if (d.month, d.day) in self.extra_days:
            names = _holiday_names_all_categories(
                self.cfg.holiday_country, self.cfg.holiday_subdivision, d.year
            )
            return names.get(d, "")
        return None

    def _compute_day(self, d: date, extra: tuple[Closure, ...]) -> _DayPlan:
        reason = self.closed_reason(d, extra)
        if reason is not None:
            return _DayPlan(reason, ())
        day_start = datetime.combine(d, time())
        day_end = day_start + timedelta(days=1)
        nth = (d.day - 1) // 7 + 1
        rules = [r for r in self.rules if r.weekday == d.weekday() and r.nth in (None, nth)]
        slots: list[Slot] = []
        for start, end, state, _comment in self.oh.intervals(day_start, day_end):
            if state != State.OPEN:
                continue
            slots.extend(self._split(d, start, end, rules, nth))
        return _DayPlan(None, tuple(slots))

    def _split(
        self, d: date, start: datetime, end: datetime, rules: list[_SlotRule], nth: int
    ) -> Iterator[Slot]:
        """Cut one open interval (naive wall clock) at the recurring slots' edges."""
        windows = [(datetime.combine(d, r.start), datetime.combine(d, r.end), r) for r in rules]
        cuts = {start, end}
        for w_start, w_end, _ in windows:
            cuts.update(t for t in (w_start, w_end) if start < t < end)
        edges = sorted(cuts)
        pieces: list[tuple[datetime, datetime, _SlotRule | None]] = []
        for a, b in zip(edges, edges[1:], strict=False):
            owner = next((r for ws, we, r in windows if ws <= a and b <= we), None)
            if pieces and pieces[-1][2] is owner:
                pieces[-1] = (pieces[-1][0], b, owner)
            else:
                pieces.append((a, b, owner))
        for a, b, owner in pieces:
            aware_a, aware_b = a.replace(tzinfo=self.tz), b.replace(tzinfo=self.tz)
            if owner is None:
                yield Slot(aware_a, aware_b)
            else:
                s = owner.slot
                yield Slot(aware_a, aware_b, s.kind, s.topic, s.partners, nth if s.nth else None)


@lru_cache(maxsize=8)
def _plan(cfg: HoursConfig) -> _Plan:
    return _Plan(cfg)


def _local(cfg_tz: ZoneInfo, now: datetime) -> datetime:
    if now.tzinfo is None:  # naive: taken as the site's local time
        return now.replace(tzinfo=cfg_tz)
    return now.astimezone(cfg_tz)


def _same_annotation(a: Slot, b: Slot) -> bool:
    return (a.kind, a.topic, a.partners, a.nth) == (b.kind, b.topic, b.partners, b.nth)


def _iter_slots(
    plan: _Plan, first_day: date, extra: tuple[Closure, ...], days: int = _HORIZON_DAYS
) -> Iterator[Slot]:
    """All slots from ``first_day`` on, merging equal slots that touch across midnight."""
    pending: Slot | None = None
    for offset in range(days):
        for slot in plan.day(first_day + timedelta(days=offset), extra).slots:
            if (
                pending is not None
                and pending.end.timestamp() == slot.start.timestamp()
                and _same_annotation(pending, slot)
            ):
                pending = replace(pending, end=slot.end)
                continue
            if pending is not None:
                yield pending
            pending = slot
    if pending is not None:
        yield pending


def site_status(
    cfg: HoursConfig, now: datetime, extra_closures: Sequence[Closure] = ()
) -> SiteStatus:
    """Is the Sozial-Info staffed at ``now``; the current and the next slot.

    Args:
        cfg: The hours settings.
        now: An aware datetime in any time zone (a naive one is taken as site-local time).
        extra_closures: Closures set at runtime by staff ("Heute geschlossen").

    Returns:
        The status; all datetimes in it are in the site's time zone.
    """
    plan = _plan(cfg)
    extra = tuple(extra_closures)
    local = _local(plan.tz, now)
    t = local.timestamp()
    today = local.date()
    current: Slot | None = None
    staffed_until: datetime | None = None
    next_slot: Slot | None = None
    for slot in _iter_slots(plan, today - timedelta(days=1), extra):
        if slot.end.timestamp() <= t:
            continue
        if slot.start.timestamp() <= t:
            current, staffed_until = slot, slot.end
            continue
        if next_slot is None:
            next_slot = slot
        if staffed_until is not None and slot.start.timestamp() == staffed_until.timestamp():
            staffed_until = slot.end
            continue
        break
    return SiteStatus(
        now=local,
        staffed=current is not None,
        current=current,
        staffed_until=staffed_until,
        next_slot=next_slot,
        closed_reason=plan.day(today, extra).closed_reason,
    )


def next_staffed_slot(
    cfg: HoursConfig, now: datetime, extra_closures: Sequence[Closure] = ()
) -> Slot | None:
    """The next slot that starts after ``now`` (the current one excluded).

    Args:
        cfg: The hours settings.
        now: Aware datetime, any time zone.
        extra_closures: Runtime closures.

    Returns:
        The slot, or None when nothing is staffed within about a year.
    """
    return site_status(cfg, now, extra_closures).next_slot


def staffed_slots(
    cfg: HoursConfig, start: datetime, end: datetime, extra_closures: Sequence[Closure] = ()
) -> list[Slot]:
    """All slots that overlap ``[start, end)``.

    Args:
        cfg: The hours settings.
        start: Aware start of the window.
        end: Aware end of the window.
        extra_closures: Runtime closures.

    Returns:
        The overlapping slots, in order, unclipped.
    """
    plan = _plan(cfg)
    extra = tuple(extra_closures)
    local_start, local_end = _local(plan.tz, start), _local(plan.tz, end)
    days = (local_end.date() - local_start.date()).days + 2
    t0, t1 = local_start.timestamp(), local_end.timestamp()
    found: list[Slot] = []
    for slot in _iter_slots(plan, local_start.date() - timedelta(days=1), extra, days + 1):
        if slot.start.timestamp() >= t1:
            break
        if slot.end.timestamp() > t0:
            found.append(slot)
    return found


def next_change(
    cfg: HoursConfig, now: datetime, extra_closures: Sequence[Closure] = ()
) -> datetime:
    """When :func:`site_status` will next return something different.

    That is the end of the current slot, the start of the next one, or the next local
    midnight (when "today" and its closure reason change), whichever comes first. The UI
    can schedule one timer for it instead of polling.

    Args:
        cfg: The hours settings.
        now: Aware datetime, any time zone.
        extra_closures: Runtime closures.

    Returns:
        An aware datetime in the site's time zone, strictly after ``now``.
    """
    status = site_status(cfg, now, extra_closures)
    tz = status.now.tzinfo
    midnight = datetime.combine(status.now.date() + timedelta(days=1), time(), tzinfo=tz)
    candidates = [midnight]
    if status.current is not None:
        candidates.append(status.current.end)
    if status.next_slot is not None:
        candidates.append(status.next_slot.start)
    return min(candidates, key=lambda d: d.timestamp())


def seconds_until_change(
    cfg: HoursConfig, now: datetime, extra_closures: Sequence[Closure] = ()
) -> float:
    """Seconds from ``now`` to :func:`next_change`, correct across DST changes.

    Args:
        cfg: The hours settings.
        now: Aware datetime, any time zone.
        extra_closures: Runtime closures.

    Returns:
        A positive number of seconds (real elapsed time, not wall-clock difference).
    """
    local = _local(_plan(cfg).tz, now)
    return next_change(cfg, local, extra_closures).timestamp() - local.timestamp()


def week_hours(
    cfg: HoursConfig, now: datetime, extra_closures: Sequence[Closure] = ()
) -> list[DayHours]:
    """The staffed hours of the calendar week (Monday to Sunday) that contains ``now``.

    Args:
        cfg: The hours settings.
        now: Aware datetime, any time zone.
        extra_closures: Runtime closures.

    Returns:
        Seven days, Monday first, each with its slots or its closure reason.
    """
    plan = _plan(cfg)
    extra = tuple(extra_closures)
    today = _local(plan.tz, now).date()
    monday = today - timedelta(days=today.weekday())
    result: list[DayHours] = []
    for offset in range(7):
        d = monday + timedelta(days=offset)
        day_plan = plan.day(d, extra)
        result.append(DayHours(d, day_plan.slots, day_plan.closed_reason))
    return result


def next_thementage(
    cfg: HoursConfig, now: datetime, count: int = 5, extra_closures: Sequence[Closure] = ()
) -> list[Slot]:
    """The next ``count`` Thementage that take place (a running one included).

    Thementage on holidays or closed days do not take place and are skipped.

    Args:
        cfg: The hours settings.
        now: Aware datetime, any time zone.
        count: How many to return at most.
        extra_closures: Runtime closures.

    Returns:
        Up to ``count`` Thementag slots, in order.
    """
    plan = _plan(cfg)
    local = _local(plan.tz, now)
    t = local.timestamp()
    found: list[Slot] = []
    if count <= 0:
        return found
    for slot in _iter_slots(plan, local.date(), tuple(extra_closures)):
        if slot.kind == "thementag" and slot.end.timestamp() > t:
            found.append(slot)
            if len(found) >= count:
                break
    return found


# --------------------------------------------------------------------------------------
# German text (all visible strings of this module are here)
# --------------------------------------------------------------------------------------


GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")


@dataclass(frozen=True, slots=True)
class HoursTexts:
    """Templates for the visible text; replace the German defaults to translate."""

    weekdays: tuple[str, ...] = GERMAN_WEEKDAYS
    staffed: str = "Die Sozial-Info ist jetzt besetzt – bis {until} Uhr."
    not_staffed: str = "Die Sozial-Info ist derzeit nicht besetzt."
    closed_today: str = "Heute geschlossen: {reason}."
    closed_today_no_reason: str = "Heute geschlossen."
    thementag: str = "Thementag ({nth}. {weekday} im Monat): {topic}"
    partner_slot: str = "Partner-Sprechstunde: {topic}"
    slot_until: str = "{line} (bis {until} Uhr)"
    partners: str = "Netzwerkpartner*innen: {partners}"
    next_slot: str = "Nächste Besetzung: {when}"
    next_slot_none: str = "Nächste Besetzung: derzeit kein Termin bekannt."
    next_thementag: str = "Nächster Thementag: {when} – {topic}"
    next_thementag_none: str = "Nächster Thementag: derzeit kein Termin bekannt."
    when: str = "{weekday}, {date}, {start}–{end} Uhr"
    date: str = "{d}.{m}.{y}"


HOURS_TEXTS_DE = HoursTexts()


def _hhmm(dt: datetime) -> str:
    return dt.strftime("%H:%M")


def format_slot_when(slot: Slot, texts: HoursTexts = HOURS_TEXTS_DE) -> str:
    """E.g. "Donnerstag, 29.10.2026, 14:00–16:00 Uhr".

    Args:
        slot: The slot.
        texts: The templates.

    Returns:
        The slot's day and times as text.
    """
    d = slot.start.date()
    return texts.when.format(
        weekday=texts.weekdays[d.weekday()],
        date=texts.date.format(d=f"{d.day:02d}", m=f"{d.month:02d}", y=d.year),
        start=_hhmm(slot.start),
        end=_hhmm(slot.end),
    )


def _slot_topic_lines(slot: Slot, texts: HoursTexts) -> list[str]:
    lines: list[str] = []
    if slot.kind == "thementag" and slot.topic:
        nth = slot.nth if slot.nth is not None else "?"
        weekday = texts.weekdays[slot.start.weekday()]
        lines.append(texts.thementag.format(nth=nth, weekday=weekday, topic=slot.topic))
    elif slot.topic:
        lines.append(texts.partner_slot.format(topic=slot.topic))
    if slot.partners:
        lines.append(texts.partners.format(partners=", ".join(slot.partners)))
    return lines


def describe_status_de(status: SiteStatus, texts: HoursTexts = HOURS_TEXTS_DE) -> str:
    """The status as German lines: staffed or not, who and until when, what comes next.

    Args:
        status: From :func:`site_status`.
        texts: Templates (German by default).

    Returns:
        Lines separated by newlines.
    """
    lines: list[str] = []
    if status.current is not None and status.staffed_until is not None:
        lines.append(texts.staffed.format(until=_hhmm(status.staffed_until)))
        topic_lines = _slot_topic_lines(status.current, texts)
        if topic_lines and status.current.end != status.staffed_until:
            # e.g. a partner until 11:00, the Sozial-Info's own staff until 13:00
            until = _hhmm(status.current.end)
            topic_lines[0] = texts.slot_until.format(line=topic_lines[0], until=until)
        lines.extend(topic_lines)
    else:
        lines.append(texts.not_staffed)
        if status.closed_reason:
            lines.append(texts.closed_today.format(reason=status.closed_reason))
        elif status.closed_reason is not None:
            lines.append(texts.closed_today_no_reason)
    if status.next_slot is not None:
        lines.append(texts.next_slot.format(when=format_slot_when(status.next_slot, texts)))
        lines.extend("  " + line for line in _slot_topic_lines(status.next_slot, texts))
    else:
        lines.append(texts.next_slot_none)
    return "\n".join(lines)


def run_hours_command(
    cfg: HoursConfig,
    at: datetime | None = None,
    extra_closures: Sequence[Closure] = (),
    texts: HoursTexts = HOURS_TEXTS_DE,
) -> str:
    """The text of ``kiosk hours [--at ISO-DATETIME]``.

    Args:
        cfg: The hours settings.
        at: The moment to describe; None for now. A naive value is site-local time.
        extra_closures: Runtime closures.
        texts: Templates (German by default).

    Returns:
        Staffed or not, the current slot, the next staffed slot, the next Thementag.
    """
    now = at if at is not None else datetime.now(ZoneInfo(cfg.timezone))
    status = site_status(cfg, now, extra_closures)
    lines = [describe_status_de(status, texts)]
    upcoming = [
        s
        for s in next_thementage(cfg, now, 2, extra_closures)
        if s.start.timestamp() > status.now.timestamp()
    ]
    if upcoming:
        s = upcoming[0]
        lines.append(texts.next_thementag.format(when=format_slot_when(s, texts), topic=s.topic))
    else:
        lines.append(texts.next_thementag_none)
    return "\n".join(lines)
