"""The one context object built at start-up and handed to the window (instead of globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.config import Settings
from kiosk.data.store import AtlasStore
from kiosk.staff_auth import PinGuard
from kiosk.ui.i18n import Translations
from kiosk.ui.tasks import Runner


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
