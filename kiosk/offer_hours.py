"""An offer's own opening times from its HSDS 3.0 schedules: status line and weekly lines."""

# Decisions, so that nobody has to rediscover them:
#
# * Garbage never raises. A schedule whose fields cannot be understood is skipped (its
#   description may still be shown); when nothing usable is left, we claim nothing and say
#   "Zeiten bitte telefonisch erfragen".
# * opens_at / closes_at are read as local wall-clock times of the kiosk's time zone. HSDS
#   asks for a UTC offset on them, but one fixed offset cannot describe "09:00 all year" in a
#   place with daylight saving, and real feeds write what the door sign says; a suffix
#   ("Z", "+01:00") is therefore accepted and ignored. The schedule-level ``timezone`` number
#   is ignored for the same reason.
# * Supported rules: freq WEEKLY (byday "MO,WE"), MONTHLY (byday "2TU", "-1FR", "TU";
#   bymonthday "1,15", "-1"), DAILY; interval > 1 needs dtstart to be evaluated (without it
#   the schedule is listed but never used to say "open now"); valid_from/valid_to and
#   dtstart/until bound the dates. Without freq, a byday with ordinals means MONTHLY, a plain
#   byday WEEKLY, a bymonthday alone MONTHLY. closes_at at or before opens_at runs past
#   midnight; "24:00" is midnight at the end of the day.
# * Public holidays are not in HSDS schedules; a caller may pass ``is_closed_day`` (e.g. the
#   public holidays from kiosk.hours.holiday_name) so that we do not say "open" on Christmas.

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from kiosk.hours import GERMAN_WEEKDAYS

_DAY_CODES: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY_PART = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$")
_UNSAFE_CHARS = re.compile("[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MAX_TEXT = 300
_HORIZON_DAYS = 70  # far enough for "every 2nd month"-style rules to show up
_SCHEDULE_FIELDS: tuple[str, ...] = (
    "freq",
    "interval",
    "byday",
    "bymonthday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "dtstart",
    "until",
    "description",
)


@dataclass(frozen=True, slots=True)
class ScheduleSpec:
    """The HSDS 3.0 schedule fields this module reads, as text (None when absent).

    Attributes:
        freq: "WEEKLY", "MONTHLY" (RFC 5545 FREQ).
        interval: Every n weeks/months.
        byday: "MO,WE" or, monthly, "2TU", "-1FR".
        bymonthday: "1,15", "-1".
        opens_at: "HH:MM" local time.
        closes_at: "HH:MM" local time.
        valid_from: First valid date, YYYY-MM-DD.
        valid_to: Last valid date, YYYY-MM-DD.
        dtstart: Date of the first occurrence (anchor for interval).
        until: Date of the last occurrence.
        description: Free text.
    """

    freq: str | None = None
    interval: str | None = None
    byday: str | None = None
    bymonthday: str | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    dtstart: str | None = None
    until: str | None = None
    description: str | None = None

    @classmethod
    def from_mapping(cls, row: Mapping[str, object]) -> ScheduleSpec:
        """Build from an HSDS JSON object or CSV row; any value type is turned into text.

        Args:
            row: The schedule object.

        Returns:
            The spec; unknown keys are ignored.
        """
        values = {name: _text_or_none(row.get(name)) for name in _SCHEDULE_FIELDS}
        return cls(**values)


@dataclass(frozen=True, slots=True)
class OfferTexts:
    """Visible text templates; replace the German defaults to translate."""

    weekdays: tuple[str, ...] = GERMAN_WEEKDAYS
    weekdays_short: tuple[str, ...] = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
    open_until: str = "Jetzt geöffnet – bis {time}"
    open_until_day: str = "Jetzt geöffnet – bis {day} {time}"
    opens_today: str = "Öffnet heute {time}"
    opens_tomorrow: str = "Öffnet morgen {time}"
    opens_weekday: str = "Öffnet {weekday} {time}"
    opens_date: str = "Öffnet am {date} {time}"
    tomorrow: str = "morgen"
    date_short: str = "{weekday}, {d}.{m}."
    date_long: str = "{d}.{m}.{y}"
    ask_by_phone: str = "Zeiten bitte telefonisch erfragen"
    line: str = "{days}: {times}"
    day_list_sep: str = ", "
    day_range: str = "{first}–{last}"
    time_range: str = "{start}–{end}"
    time_list_sep: str = ", "
    every_day: str = "Täglich"
    every_n_weeks: str = "Alle {n} Wochen {days}"
    every_n_days: str = "Alle {n} Tage"
    monthly_nth: str = "Jeden {nth}. {weekday} im Monat"
    monthly_last: str = "Jeden letzten {weekday} im Monat"
    monthly_nth_last: str = "Jeden {nth}.-letzten {weekday} im Monat"
    monthly_every_weekday: str = "Jeden {weekday} im Monat"
    monthly_days: str = "Monatlich am {days}"
    monthly_last_day: str = "letzten Tag"
    every_n_months: str = "alle {n} Monate"
    valid_from_to: str = "{line} ({first}–{last})"
    valid_from: str = "{line} (ab {first})"
    valid_to: str = "{line} (bis {last})"
    and_: str = " und "


OFFER_TEXTS_DE = OfferTexts()


@dataclass(frozen=True, slots=True)
class OfferHours:
    """An offer's state at one moment, with the line to show.

    Attributes:
        state: "open", "opens_later", "closed_unknown" (schedules exist but say nothing
            usable about the coming weeks) or "no_data".
        text_de: E.g. "Jetzt geöffnet – bis 12:00" or "Öffnet Dienstag 14:00".
        until: While open, when it closes (aware, local).
        next_open: When closed, when it next opens (aware, local).
    """

    state: str
    text_de: str
    until: datetime | None = None
    next_open: datetime | None = None


# --------------------------------------------------------------------------------------
# Parsing (tolerant: None means "not usable")
# --------------------------------------------------------------------------------------


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _field(schedule: object, name: str) -> str | None:
    try:
        if isinstance(schedule, Mapping):
            value = schedule.get(name)
        else:
            value = getattr(schedule, name, None)
    except Exception:  # a broken object must not take the screen down
        return None
    return _text_or_none(value)


def _clean(text: str) -> str:
    """Feed text made safe to show: NFC, no control/bidi characters, capped."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE_CHARS.sub(" ", text)
    text = " ".join(text.split())
    if len(text) > _MAX_TEXT:
        text = text[: _MAX_TEXT - 1].rstrip() + "…"
    return text


def _parse_time(text: str | None, *, allow_24: bool = False) -> time | None:
    if text is None:
        return None
    match = _TIME.match(text.strip().upper())
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if allow_24 and hour == 24 and minute == 0:
        return time.max  # sentinel: midnight at the end of the day
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _parse_int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(float(text))
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True, slots=True)
class _Rule:
    freq: str  # "DAILY" | "WEEKLY" | "MONTHLY"
    interval: int
    days: tuple[tuple[int | None, int], ...]  # (ordinal or None, weekday 0..6)
    monthdays: tuple[int, ...]
    opens: time
    closes: time  # time.max = 24:00
    first: date | None  # max(valid_from, dtstart)
    last: date | None  # min(valid_to, until)
    anchor: date | None  # dtstart

    @property
    def evaluable(self) -> bool:
        return self.interval == 1 or self.anchor is not None

    def occurs_on(self, d: date) -> bool:
        if (self.first and d < self.first) or (self.last and d > self.last):
            return False
        if self.freq == "DAILY":
            return self._interval_ok((d - self.anchor).days if self.anchor else 0)
        if self.freq == "WEEKLY":
            if not any(wd == d.weekday() for _, wd in self.days):
                return False
            if self.anchor is None:
                return self.interval == 1
            weeks = (d - timedelta(days=d.weekday()) - _monday(self.anchor)).days // 7
            return self._interval_ok(weeks)
        # MONTHLY
        if self.anchor is not None:
            months = (d.year - self.anchor.year) * 12 + d.month - self.anchor.month
            if not self._interval_ok(months):
                return False
        elif self.interval != 1:
            return False
        length = calendar.monthrange(d.year, d.month)[1]
        if self.days and not any(
            wd == d.weekday() and _ordinal_matches(ordinal, d.day, length)
            for ordinal, wd in self.days
        ):
            return False
        return not self.monthdays or any(
            d.day == (md if md > 0 else length + md + 1) for md in self.monthdays
        )

    def _interval_ok(self, steps: int) -> bool:
        return steps >= 0 and steps % self.interval == 0


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _ordinal_matches(ordinal: int | None, day: int, length: int) -> bool:
    if ordinal is None:
        return True
    if ordinal > 0:
        return (day - 1) // 7 + 1 == ordinal
    return (length - day) // 7 + 1 == -ordinal


def _parse_byday(text: str | None) -> tuple[tuple[int | None, int], ...] | None:
    """Parse e.g. "MO,2TU,-1FR" into ((None, 0), (2, 1), (-1, 4)); None for garbage."""
    if text is None:
        return ()
    parts: list[tuple[int | None, int]] = []
    for raw in text.upper().replace(";", ",").split(","):
        part = raw.strip()
        if not part:
            continue
        match = _BYDAY_PART.match(part)
        if not match:
            return None
        ordinal = int(match[1]) if match[1] else None
        if ordinal is not None and not (1 <= abs(ordinal) <= 5):
            return None
        parts.append((ordinal, _DAY_CODES.index(match[2])))
    return tuple(dict.fromkeys(parts))


def _parse_monthdays(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return ()
    days: list[int] = []
    for raw in text.split(","):
        if not raw.strip():
            continue
        value = _parse_int(raw.strip())
        if value is None or value == 0 or not -31 <= value <= 31:
            return None
        days.append(value)
    return tuple(dict.fromkeys(days))


def _parse_rule(schedule: object) -> _Rule | None:
    """The schedule as a rule, or None when it cannot be understood."""
    days = _parse_byday(_field(schedule, "byday"))
    monthdays = _parse_monthdays(_field(schedule, "bymonthday"))
    opens = _parse_time(_field(schedule, "opens_at"))
    closes = _parse_time(_field(schedule, "closes_at"), allow_24=True)
    if days is None or monthdays is None or opens is None or closes is None or opens == closes:
        return None
    freq = (_field(schedule, "freq") or "").upper()
    if not freq:
        if any(ordinal is not None for ordinal, _ in days) or (monthdays and not days):
            freq = "MONTHLY"
        elif days:
            freq = "WEEKLY"
        else:
            return None
    interval_text = _field(schedule, "interval")
    interval = _parse_int(interval_text) if interval_text is not None else 1
    if interval is None or not 1 <= interval <= 366:
        return None
    anchor = _parse_date(_field(schedule, "dtstart"))
    if freq == "WEEKLY":
        if monthdays or any(ordinal is not None for ordinal, _ in days):
            return None
        if not days:
            if anchor is None:
                return None
            days = ((None, anchor.weekday()),)
    elif freq == "MONTHLY":
        if not days and not monthdays:
            if anchor is None:
                return None
            monthdays = (anchor.day,)
    elif freq == "DAILY":
        if days or monthdays:
            return None
    else:
        return None
    starts = [d for d in (_parse_date(_field(schedule, "valid_from")), anchor) if d]
    ends = [
        d
        for d in (_parse_date(_field(schedule, "valid_to")), _parse_date(_field(schedule, "until")))
        if d
    ]
    first, last = (max(starts) if starts else None), (min(ends) if ends else None)
    if first and last and last < first:
        return None
    return _Rule(freq, interval, days, monthdays, opens, closes, first, last, anchor)


def _description(schedule: object) -> str | None:
    text = _field(schedule, "description")
    return _clean(text) if text else None


def _rules(schedules: Iterable[object] | None) -> tuple[list[_Rule], list[str]]:
    """Usable rules, and the descriptions of schedules that have no usable rule."""
    rules: list[_Rule] = []
    descriptions: list[str] = []
    try:
        items = list(schedules or ())
    except Exception:  # not iterable after all
        return rules, descriptions
    for schedule in items:
        try:
            rule = _parse_rule(schedule)
        except Exception:  # belt and braces: bad data skips the schedule, never the screen
            rule = None
        if rule is not None:
            rules.append(rule)
        else:
            text = _description(schedule)
            if text and text not in descriptions:
                descriptions.append(text)
    return rules, descriptions


# --------------------------------------------------------------------------------------
# Status
# --------------------------------------------------------------------------------------


def _window_on(rule: _Rule, d: date, tz: tzinfo) -> tuple[datetime, datetime]:
    start = datetime.combine(d, rule.opens, tzinfo=tz)
    if rule.closes is time.max:
        end = datetime.combine(d + timedelta(days=1), time(), tzinfo=tz)
    elif rule.closes <= rule.opens:  # past midnight
        end = datetime.combine(d + timedelta(days=1), rule.closes, tzinfo=tz)
    else:
        end = datetime.combine(d, rule.closes, tzinfo=tz)
    return start, end


def _hhmm(dt: datetime) -> str:
    return dt.strftime("%H:%M")


def offer_open_status(
    schedules: Iterable[object] | None,
    now: datetime,
    tz: tzinfo | str = "Europe/Vienna",
    *,
    is_closed_day: Callable[[date], bool] | None = None,
    texts: OfferTexts = OFFER_TEXTS_DE,
) -> OfferHours:
    """Is the offer open at ``now`` by its own schedules, and the line to show.

    Args:
        schedules: HSDS schedules (ScheduleSpec, DTOs with the same attributes, or dicts).
        now: Aware datetime, any time zone (naive: taken as local time in ``tz``).
        tz: The kiosk's time zone, the one the schedules' times are in.
        is_closed_day: Optional: days on which no schedule applies (public holidays).
        texts: Templates (German by default).

    Returns:
        "open" ("Jetzt geöffnet – bis 12:00"), "opens_later" ("Öffnet Dienstag 14:00"),
        "closed_unknown" or "no_data" (both "Zeiten bitte telefonisch erfragen").
    """
    try:
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        local = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    except Exception:
        return OfferHours("no_data", texts.ask_by_phone)
    rules, descriptions = _rules(schedules)
    usable = [r for r in rules if r.evaluable]
    if not rules and not descriptions:
        return OfferHours("no_data", texts.ask_by_phone)
    today = local.date()
    t = local.timestamp()
    windows: list[tuple[datetime, datetime]] = []
    for offset in range(-1, _HORIZON_DAYS):
        d = today + timedelta(days=offset)
        if is_closed_day is not None and _safe_call(is_closed_day, d):
            continue
        windows.extend(_window_on(r, d, zone) for r in usable if r.occurs_on(d))
    windows.sort(key=lambda w: w[0].timestamp())
    merged: list[tuple[datetime, datetime]] = []
    for start, end in windows:
        if merged and start.timestamp() <= merged[-1][1].timestamp():
            if end.timestamp() > merged[-1][1].timestamp():
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        if end.timestamp() <= t:
            continue
        if start.timestamp() <= t:
            return OfferHours("open", _open_until_text(end, today, texts), until=end)
        return OfferHours("opens_later", _opens_text(start, today, texts), next_open=start)
    return OfferHours("closed_unknown", texts.ask_by_phone)


def _open_until_text(end: datetime, today: date, texts: OfferTexts) -> str:
    if end.date() == today:
        return texts.open_until.format(time=_hhmm(end))
    if end.date() == today + timedelta(days=1) and end.time() == time():
        return texts.open_until.format(time="24:00")
    return texts.open_until_day.format(day=_day_word(end, today, texts), time=_hhmm(end))


def _safe_call(func: Callable[[date], bool], d: date) -> bool:
    try:
        return bool(func(d))
    except Exception:
        return False


def _day_word(dt: datetime, today: date, texts: OfferTexts) -> str:
    days = (dt.date() - today).days
    if days == 1:
        return texts.tomorrow
    if 1 < days < 7:
        return texts.weekdays[dt.weekday()]
    return _short_date(dt.date(), texts)


def _short_date(d: date, texts: OfferTexts) -> str:
    return texts.date_short.format(
        weekday=texts.weekdays_short[d.weekday()], d=f"{d.day:02d}", m=f"{d.month:02d}"
    )


def _opens_text(start: datetime, today: date, texts: OfferTexts) -> str:
    days = (start.date() - today).days
    when = _hhmm(start)
    if days == 0:
        return texts.opens_today.format(time=when)
    if days == 1:
        return texts.opens_tomorrow.format(time=when)
    if days < 7:
        return texts.opens_weekday.format(weekday=texts.weekdays[start.weekday()], time=when)
    return texts.opens_date.format(date=_short_date(start.date(), texts), time=when)


# --------------------------------------------------------------------------------------
# Weekly lines
# --------------------------------------------------------------------------------------


def _time_range(rule: _Rule, texts: OfferTexts) -> str:
    end = "24:00" if rule.closes is time.max else rule.closes.strftime("%H:%M")
    return texts.time_range.format(start=rule.opens.strftime("%H:%M"), end=end)


def _day_list(weekdays: Iterable[int], texts: OfferTexts) -> str:
    """[0, 1, 2, 4] -> "Mo–Mi, Fr"; runs of three or more become ranges."""
    ordered = sorted(set(weekdays))
    if ordered == list(range(7)):
        return texts.every_day
    groups: list[list[int]] = []
    for wd in ordered:
        if groups and wd == groups[-1][-1] + 1:
            groups[-1].append(wd)
        else:
            groups.append([wd])
    names = texts.weekdays_short
    parts: list[str] = []
    for group in groups:
        if len(group) >= 3:
            parts.append(texts.day_range.format(first=names[group[0]], last=names[group[-1]]))
        else:
            parts.extend(names[wd] for wd in group)
    return texts.day_list_sep.join(parts)


def _long_date(d: date, texts: OfferTexts) -> str:
    return texts.date_long.format(d=f"{d.day:02d}", m=f"{d.month:02d}", y=d.year)


def _with_validity(
    line: str, first: date | None, last: date | None, today: date | None, texts: OfferTexts
) -> str:
    if first is not None and today is not None and first <= today:
        first = None  # already valid: "ab 01.01.2005" would only be noise
    if first and last:
        return texts.valid_from_to.format(
            line=line, first=_long_date(first, texts), last=_long_date(last, texts)
        )
    if first:
        return texts.valid_from.format(line=line, first=_long_date(first, texts))
    if last:
        return texts.valid_to.format(line=line, last=_long_date(last, texts))
    return line


def _monthly_prefix(rule: _Rule, texts: OfferTexts) -> str:
    parts: list[str] = []
    for ordinal, wd in rule.days:
        weekday = texts.weekdays[wd]
        if ordinal is None:
            parts.append(texts.monthly_every_weekday.format(weekday=weekday))
        elif ordinal == -1:
            parts.append(texts.monthly_last.format(weekday=weekday))
        elif ordinal < 0:
            parts.append(texts.monthly_nth_last.format(nth=-ordinal, weekday=weekday))
        else:
            parts.append(texts.monthly_nth.format(nth=ordinal, weekday=weekday))
    if rule.monthdays:
        days = [
            f"{md}." if md > 0 else texts.monthly_last_day
            for md in sorted(rule.monthdays, key=lambda m: m if m > 0 else 100 - m)
        ]
        parts.append(texts.monthly_days.format(days=texts.day_list_sep.join(days)))
    prefix = texts.and_.join(parts)
    if rule.interval > 1:
        prefix = f"{prefix}, {texts.every_n_months.format(n=rule.interval)}"
    return prefix


def weekly_lines_de(
    schedules: Iterable[object] | None,
    today: date | None = None,
    texts: OfferTexts = OFFER_TEXTS_DE,
) -> list[str]:
    """The offer's times as plain lines, e.g. "Mo, Mi: 09:00–12:00".

    Weekly schedules are grouped by equal times ("Mo–Fr: 09:00–12:00, 14:00–16:00");
    monthly ones read "Jeden 2. Dienstag im Monat: 14:00–16:00"; a schedule without usable
    times shows its description; nothing at all gives "Zeiten bitte telefonisch erfragen".

    Args:
        schedules: HSDS schedules (ScheduleSpec, DTOs with the same attributes, or dicts).
        today: If given, schedules that ended before it are left out.
        texts: Templates (German by default).

    Returns:
        At least one line.
    """
    rules, descriptions = _rules(schedules)
    if today is not None:
        rules = [r for r in rules if r.last is None or r.last >= today]
    weekly = [r for r in rules if r.freq in ("WEEKLY", "DAILY") and r.interval == 1]
    others = [r for r in rules if r not in weekly]
    entries = _weekly_entries(weekly, today, texts) + _other_entries(others, today, texts)
    entries.sort(key=lambda e: e[0])
    result = [
        texts.line.format(days=prefix, times=texts.time_list_sep.join(ranges))
        for _, prefix, ranges in entries
    ]
    result.extend(descriptions)
    return result or [texts.ask_by_phone]


_Entry = tuple[tuple[int, ...], str, list[str]]  # (sort key, prefix, time ranges)


def _weekly_entries(rules: list[_Rule], today: date | None, texts: OfferTexts) -> list[_Entry]:
    """Every-week rules: weekdays with exactly the same time ranges share one line."""
    per_validity: dict[tuple[date | None, date | None], dict[int, list[_Rule]]] = {}
    for rule in rules:
        by_day = per_validity.setdefault((rule.first, rule.last), {})
        rule_days = range(7) if rule.freq == "DAILY" else [wd for _, wd in rule.days]
        for wd in rule_days:
            by_day.setdefault(wd, []).append(rule)
    entries: list[_Entry] = []
    for (first, last), by_day in per_validity.items():
        by_ranges: dict[tuple[str, ...], list[int]] = {}
        for wd, day_rules in by_day.items():
            ordered = sorted(day_rules, key=lambda r: (r.opens, r.closes))
            ranges = tuple(dict.fromkeys(_time_range(r, texts) for r in ordered))
            by_ranges.setdefault(ranges, []).append(wd)
        for ranges, weekdays in by_ranges.items():
            prefix = _with_validity(_day_list(weekdays, texts), first, last, today, texts)
            entries.append(((0, min(weekdays)), prefix, list(ranges)))
    return entries


def _other_entries(rules: list[_Rule], today: date | None, texts: OfferTexts) -> list[_Entry]:
    """Monthly and every-n-weeks rules: one line per rule, equal prefixes merged."""
    by_prefix: dict[str, _Entry] = {}
    for rule in sorted(rules, key=lambda r: (r.opens, r.closes)):
        order: tuple[int, ...]
        if rule.freq == "WEEKLY":
            days = _day_list((wd for _, wd in rule.days), texts)
            prefix = texts.every_n_weeks.format(n=rule.interval, days=days)
            order = (1, min(wd for _, wd in rule.days))
        elif rule.freq == "DAILY":
            prefix = texts.every_n_days.format(n=rule.interval)
            order = (1, 0)
        else:
            prefix = _monthly_prefix(rule, texts)
            # 1st..5th, then "last" ones, then days of the month
            ordinals = sorted((o if o > 0 else 10 - o) if o else 0 for o, _ in rule.days)
            order = (2, *ordinals, *(m if m > 0 else 100 - m for m in rule.monthdays))
        prefix = _with_validity(prefix, rule.first, rule.last, today, texts)
        entry = by_prefix.setdefault(prefix, (order, prefix, []))
        time_range = _time_range(rule, texts)
        if time_range not in entry[2]:
            entry[2].append(time_range)
    return list(by_prefix.values())


# --------------------------------------------------------------------------------------
# Open windows for a precomputed table ("Nur jetzt geöffnete" over a whole atlas)
# --------------------------------------------------------------------------------------

_DAY_SECONDS = 86_400


@dataclass(frozen=True, slots=True)
class OpenWindow:
    """One opening window of a schedule, keyed by the days it occurs on.

    Attributes:
        day_key: Which days: "W<weekday>" (every such weekday), "N<weekday>:<n>" (the n-th,
            or with n < 0 the n-th-last, such weekday of its month), "M<day>" (a day of the
            month, negative from the end: "M-1" is the last day). Weekday 0 is Monday.
        opens: Seconds after midnight.
        closes: Seconds after midnight, up to 86400 (24:00).
        spill: True for the part after midnight of a window that began the day before; its
            day_key, first and last then describe that day before.
        first: First day it occurs on, or None.
        last: Last day it occurs on, or None.
    """

    day_key: str
    opens: int
    closes: int
    spill: bool
    first: date | None
    last: date | None


def day_keys(d: date) -> tuple[str, ...]:
    """The day_keys of `OpenWindow` that occur on a date."""
    wd = d.weekday()
    length = calendar.monthrange(d.year, d.month)[1]
    return (f"W{wd}", f"N{wd}:{(d.day - 1) // 7 + 1}", f"N{wd}:{-((length - d.day) // 7 + 1)}",
            f"M{d.day}", f"M{d.day - length - 1}")


def open_windows(schedules: Iterable[object] | None) -> list[OpenWindow] | None:
    """The windows of an offer's schedules in the shape of `OpenWindow`, for a lookup table.

    Exactly the rules `offer_open_status` uses to say "open": schedules it cannot read or
    cannot evaluate (every n-th week without a start date) give no windows. A rule that a
    day key cannot express (every n-th week or month, a monthly rule on both weekdays and
    days of the month) makes the result None: such an offer needs `offer_open_status`.
    """
    rules, _ = _rules(schedules)
    windows: list[OpenWindow] = []
    for rule in rules:
        if not rule.evaluable:
            continue
        if rule.interval != 1 or (rule.freq == "MONTHLY" and rule.days and rule.monthdays):
            return None
        if rule.freq == "DAILY":
            keys = [f"W{wd}" for wd in range(7)]
        elif rule.freq == "WEEKLY":
            keys = [f"W{wd}" for _, wd in rule.days]
        elif rule.days:
            keys = [f"W{wd}" if ordinal is None else f"N{wd}:{ordinal}"
                    for ordinal, wd in rule.days]
        else:
            keys = [f"M{md}" for md in rule.monthdays]
        opens = rule.opens.hour * 3600 + rule.opens.minute * 60
        if rule.closes is time.max:
            closes, spill = _DAY_SECONDS, 0
        elif rule.closes <= rule.opens:  # past midnight: the rest belongs to the day before
            closes, spill = _DAY_SECONDS, rule.closes.hour * 3600 + rule.closes.minute * 60
        else:
            closes, spill = rule.closes.hour * 3600 + rule.closes.minute * 60, 0
        for key in dict.fromkeys(keys):
            windows.append(OpenWindow(key, opens, closes, False, rule.first, rule.last))
            if spill:
                windows.append(OpenWindow(key, 0, spill, True, rule.first, rule.last))
    return windows
