"""Window fixtures for the UI tests (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import create_window
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tasks import InlineRunner

WindowFactory = Callable[..., KioskWindow]


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator[WindowFactory]:
    """Builds real kiosk windows on the demo atlas, shown offscreen at 1920x1080."""
    made: list[KioskWindow] = []

    def factory(config: Path | None = None, *, activate: bool = False) -> KioskWindow:
        window = create_window(config, data_dir, runner=InlineRunner())
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        if activate:
            window.activate()
        made.append(window)
        return window

    yield factory
    for window in made:
        window.deactivate()
        window.ctx.translations.switch(window.ctx.translations.default)
        window._quit_allowed = True
        window.close()
        window.ctx.store.close()


@pytest.fixture
def window(make_window: WindowFactory) -> KioskWindow:
    """One kiosk window on the demo atlas."""
    return make_window()
