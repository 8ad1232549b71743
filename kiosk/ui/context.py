"""The one context object built at start-up and handed to the window (instead of globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.closures import RuntimeClosures
from kiosk.config import Settings
from kiosk.data.store import AtlasStore
from kiosk.staff_auth import PinGuard
from kiosk.ui.i18n import Translations
from kiosk.ui.tasks import Runner


def system_clock() -> datetime:
    """Now, aware, in the machine's local time zone (kiosk.hours converts to the site's)."""
    return datetime.now().astimezone()


@dataclass
class AppContext:
    """Everything the window needs: settings, the atlas, the runner, staff guard, languages."""

    settings: Settings
    data_dir: Path
    store: AtlasStore
    runner: Runner
    guard: PinGuard
    translations: Translations
    notices: list[str] = field(default_factory=list)
    # The time as the kiosk sees it (aware); tests put a fixed clock here.
    clock: Callable[[], datetime] = field(default=lambda: system_clock())
    # Closures set by staff ("Heute geschlossen"); build_context gives it its file.
    closures: RuntimeClosures = field(default_factory=lambda: RuntimeClosures(None))
