"""Screenshot scenes for the hours features, at fixed moments (see kiosk.ui.screenshots)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.data import queries

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

# Thursday 12 November 2026: the 2nd Thursday, Thementag Senior*innen 14:00-16:00.
STAFFED = "2026-11-12T14:30"
# Wednesday 4 November 2026, morning: nobody there; tomorrow is the 1st Thursday.
UNSTAFFED = "2026-11-04T09:00"
# Tuesday 10 November 2026, 15:00: the 2nd Tuesday (Eltern-Baby-Beratung is open).
OFFER_OPEN = "2026-11-10T15:00"


def set_clock(window: KioskWindow, iso: str) -> None:
    """Freeze the window's hours at a local Vienna time and recompute."""
    moment = datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(window.hours.cfg.timezone))
    window.hours.clock = lambda: moment
    window.hours.refresh()


def scenes(window: KioskWindow) -> list[tuple[str, Callable[[], None]]]:
    """Attract screen staffed and unstaffed, home with the strip, an offer open now, staff."""
    from kiosk.ui.main_window import ATTRACT, Route

    def attract(iso: str) -> Callable[[], None]:
        def step() -> None:
            window.reset_visit()
            set_clock(window, iso)
            window._show_route(ATTRACT)
        return step

    def home(iso: str) -> Callable[[], None]:
        def step() -> None:
            window.reset_visit()
            set_clock(window, iso)
        return step

    def offer_open() -> None:
        window.reset_visit()
        set_clock(window, OFFER_OPEN)
        sessions = window.ctx.store.sessions
        for cat in queries.top_terms(sessions, window.ctx.settings.roles.categories):
            for row in queries.offers(sessions, category_id=cat.id):
                if "Eltern-Baby" in row.name:
                    window.navigate(Route("offer", offer_id=row.id))
                    return

    def staff() -> None:
        window.reset_visit()
        set_clock(window, STAFFED)
        window._on_pin_accepted()

    return [
        ("30-attract-unstaffed", attract(UNSTAFFED)),
        ("31-attract-staffed", attract(STAFFED)),
        ("32-home-staffed-strip", home(STAFFED)),
        ("33-home-unstaffed-strip", home(UNSTAFFED)),
        ("34-offer-open-now", offer_open),
        ("35-staff-closures", staff),
    ]
