"""Translated sentences about staffed times, built from kiosk.hours' data (not its German text)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kiosk.hours import KIND_SOZIAL_INFO, SiteStatus, Slot
from kiosk.offer_hours import OfferTexts

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate
_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """Put values into %1, %2, … in one pass (a value that contains "%2" stays as it is)."""
    def repl(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return values[index] if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(repl, template)


def weekday_name(index: int) -> str:
    """Monday 0 .. Sunday 6, in the current language."""
    names = (translate("hours", "Montag"), translate("hours", "Dienstag"),
             translate("hours", "Mittwoch"), translate("hours", "Donnerstag"),
             translate("hours", "Freitag"), translate("hours", "Samstag"),
             translate("hours", "Sonntag"))
    return names[index]


def hhmm(value: datetime) -> str:
    """14:00."""
    return value.strftime("%H:%M")


def time_range(slot: Slot) -> str:
    """14:00–16:00."""
    return fill(translate("hours", "%1–%2"), hhmm(slot.start), hhmm(slot.end))


def day_name(day: date, today: date) -> str:
    """"heute", "morgen", "Dienstag", or "Montag, 7.12." further ahead."""
    days = (day - today).days
    if days == 0:
        return translate("hours", "heute")
    if days == 1:
        return translate("hours", "morgen")
    if 1 < days < 7:
        return weekday_name(day.weekday())
    return fill(translate("hours", "%1, %2.%3."), weekday_name(day.weekday()), str(day.day),
                str(day.month))


def capitalized(text: str) -> str:
    """First letter upper case ("heute" at the start of a line)."""
    return text[:1].upper() + text[1:]


def when(value: datetime, now: datetime) -> str:
    """"Dienstag 14:00", "heute 14:00", "Montag, 7.12., 09:00"."""
    return fill(translate("hours", "%1 %2"), day_name(value.date(), now.date()), hhmm(value))


def closure_reason(reason: str) -> str:
    """A closure's reason; the staff presets are translated, anything else stays."""
    return translate("closure", reason) if reason else ""


def partners_short(partners: tuple[str, ...]) -> str:
    """The first partner, and how many more (the strip has room for one name)."""
    if len(partners) <= 1:
        return partners[0] if partners else ""
    return fill(translate("hours", "%1 und %n weitere", None, len(partners) - 1), partners[0])


def who(slot: Slot) -> str:
    """Who staffs a slot: "Thementag Senior*innen", "das Team der Sozial-Info", a topic."""
    if slot.kind == KIND_SOZIAL_INFO or not slot.topic:
        return translate("hours", "das Team der Sozial-Info")
    if slot.kind == "thementag":
        return fill(translate("hours", "Thementag %1"), slot.topic)
    return slot.topic


def strip_text(status: SiteStatus) -> tuple[str, str]:
    """The status strip's state ("staffed", "unstaffed", "closed") and its sentence."""
    slot = status.current
    if status.staffed and slot is not None:
        until = hhmm(slot.end)
        if slot.partners and slot.kind != KIND_SOZIAL_INFO:
            text = fill(translate("hours", "Jetzt für Sie da: %1 mit %2, bis %3"), who(slot),
                        partners_short(slot.partners), until)
        else:
            text = fill(translate("hours", "Jetzt für Sie da: %1, bis %2"), who(slot), until)
        return "staffed", text
    back = when(status.next_slot.start, status.now) if status.next_slot else ""
    if status.closed_reason is not None:
        reason = closure_reason(status.closed_reason)
        if reason and back:
            return "closed", fill(translate("hours", "Heute geschlossen: %1 – wieder da: %2"),
                                  reason, back)
        if reason:
            return "closed", fill(translate("hours", "Heute geschlossen: %1"), reason)
        if back:
            return "closed", fill(translate("hours", "Heute geschlossen – wieder da: %1"), back)
        return "closed", translate("hours", "Heute geschlossen")
    if back:
        return "unstaffed", fill(translate("hours", "Gerade nicht besetzt – wieder da: %1"), back)
    return "unstaffed", translate("hours", "Gerade nicht besetzt")


def next_slot_line(slot: Slot, now: datetime) -> str:
    """"Dienstag, 14:00–18:00" (the day in words when it is within a week)."""
    return fill(translate("hours", "%1, %2"), day_name(slot.start.date(), now.date()),
                time_range(slot))


def offer_texts() -> OfferTexts:
    """kiosk.offer_hours' templates in the current language ({…} fields stay as they are)."""
    return OfferTexts(
        weekdays=tuple(weekday_name(i) for i in range(7)),
        weekdays_short=(translate("hours", "Mo"), translate("hours", "Di"),
                        translate("hours", "Mi"), translate("hours", "Do"),
                        translate("hours", "Fr"), translate("hours", "Sa"),
                        translate("hours", "So")),
        open_until=translate("hours", "Jetzt geöffnet – bis {time}"),
        open_until_day=translate("hours", "Jetzt geöffnet – bis {day} {time}"),
        opens_today=translate("hours", "Öffnet heute {time}"),
        opens_tomorrow=translate("hours", "Öffnet morgen {time}"),
        opens_weekday=translate("hours", "Öffnet {weekday} {time}"),
        opens_date=translate("hours", "Öffnet am {date} {time}"),
        tomorrow=translate("hours", "morgen"),
        date_short=translate("hours", "{weekday}, {d}.{m}."),
        date_long=translate("hours", "{d}.{m}.{y}"),
        ask_by_phone=translate("hours", "Zeiten bitte telefonisch erfragen"),
        every_day=translate("hours", "Täglich"),
        every_n_weeks=translate("hours", "Alle {n} Wochen {days}"),
        every_n_days=translate("hours", "Alle {n} Tage"),
        monthly_nth=translate("hours", "Jeden {nth}. {weekday} im Monat"),
        monthly_last=translate("hours", "Jeden letzten {weekday} im Monat"),
        monthly_nth_last=translate("hours", "Jeden {nth}.-letzten {weekday} im Monat"),
        monthly_every_weekday=translate("hours", "Jeden {weekday} im Monat"),
        monthly_days=translate("hours", "Monatlich am {days}"),
        monthly_last_day=translate("hours", "letzten Tag"),
        every_n_months=translate("hours", "alle {n} Monate"),
        valid_from_to=translate("hours", "{line} ({first}–{last})"),
        valid_from=translate("hours", "{line} (ab {first})"),
        valid_to=translate("hours", "{line} (bis {last})"),
        and_=translate("hours", " und "),
    )

