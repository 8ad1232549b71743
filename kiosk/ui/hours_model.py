"""HoursModel: the Sozial-Info's current status for the UI, refreshed by one single-shot timer."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk import hours
from kiosk.closures import RuntimeClosures
from kiosk.hours import Closure, DayHours, HoursConfig, SiteStatus, Slot
from kiosk.offer_hours import OFFER_TEXTS_DE, OfferHours, OfferTexts, offer_open_status

log = logging.getLogger(__name__)

# A timer fires a little late on purpose: at the boundary itself the status must already
# have changed. Qt's precise timers do not fire early, this only absorbs rounding.
_LATE_MS = 200


class HoursModel(QObject):
    """Holds the site status; recomputes it at the next slot edge or midnight, never polls.

    Signals:
        status_changed(object): the new SiteStatus (after a boundary, a closure, a refresh).
    """

    status_changed = Signal(object)

    def __init__(self, cfg: HoursConfig, clock: Callable[[], datetime],
                 closures: RuntimeClosures, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cfg = cfg
        self.clock = clock
        self.closures = closures
        self.tz = ZoneInfo(cfg.timezone)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)
        self.status: SiteStatus = hours.site_status(cfg, self.now(), self.extra_closures())
        self._schedule()

    # -- reading --------------------------------------------------------------------------
    def now(self) -> datetime:
        """The clock's time in the site's time zone."""
        value = self.clock()
        return value.replace(tzinfo=self.tz) if value.tzinfo is None else value.astimezone(self.tz)

    def today(self) -> date:
        """The site's local date."""
        return self.now().date()

    def extra_closures(self) -> tuple[Closure, ...]:
        """The runtime closures set by staff that still matter."""
        try:
            return self.closures.active(self.today())
        except OSError as exc:  # a full disk must not take the status away
            log.warning("runtime closures unavailable: %s", exc)
            return ()

    def week(self, days: int = 7) -> list[DayHours]:
        """``days`` days from today on, with their slots or closure reasons."""
        now = self.now()
        extra = self.extra_closures()
        found: list[DayHours] = []
        for week in range(days // 7 + 2):
            found.extend(hours.week_hours(self.cfg, now + timedelta(days=7 * week), extra))
        today = now.date()
        return [d for d in found if today <= d.day < today + timedelta(days=days)]

    def usually_open(self, weekday: int) -> bool:
        """Whether this weekday normally has staffed hours (looking three weeks ahead)."""
        return any(d.slots for d in self.week(21) if d.weekday == weekday)

    def next_thementag(self) -> Slot | None:
        """The next Thementag that has not begun yet (a running one is in the status)."""
        now = self.now()
        for slot in hours.next_thementage(self.cfg, now, 2, self.extra_closures()):
            if slot.start.timestamp() > now.timestamp():
                return slot
        return None

    def is_closed_day(self, day: date) -> bool:
        """Public holidays: no offer is said to be open on them."""
        return hours.holiday_name(self.cfg, day) is not None

    def offer_status(self, schedules: Iterable[object] | None,
                     texts: OfferTexts = OFFER_TEXTS_DE) -> OfferHours:
        """An offer's own open/closed line, at the clock's time."""
        return offer_open_status(schedules, self.now(), self.tz,
                                 is_closed_day=self.is_closed_day, texts=texts)

    # -- changing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the status now and set the one timer to the next change."""
        self.status = hours.site_status(self.cfg, self.now(), self.extra_closures())
        self._schedule()
        self.status_changed.emit(self.status)

    def close(self, first: date, last: date, reason: str) -> None:
        """Staff: store a closure and show it everywhere at once."""
        self.closures.add(first, last, reason, self.today())
        log.info("runtime closure %s..%s (%s)", first, last, reason or "-")
        self.refresh()

    def reopen(self) -> None:
        """Staff: lift the runtime closures."""
        self.closures.reopen(self.today())
        log.info("runtime closures lifted")
        self.refresh()

    def _schedule(self) -> None:
        seconds = hours.seconds_until_change(self.cfg, self.now(), self.extra_closures())
        self.timer.start(max(1, math.ceil(seconds * 1000)) + _LATE_MS)
