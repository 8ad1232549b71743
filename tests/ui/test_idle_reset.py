"""Between visitors: the question, the countdown, and a reset that leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import WindowFactory
from tests.ui.test_navigation import tap, tap_first_row, tiles


def short_timers(window: KioskWindow) -> None:
    window.idle._timer.setInterval(50)
    window.overlay._countdown_s = 2
    window.overlay._tick.setInterval(20)


def visit(qtbot: QtBot, window: KioskWindow) -> str:
    """A visitor switches to English, opens a category, filters it and reads an offer."""
    tap(qtbot, window.language_button)
    tap(qtbot, tiles(window, "group")[0])
    tap_first_row(qtbot, window)
    assert window.offer.offer is not None
    return window.offer.offer.name


def visible_texts(window: KioskWindow) -> set[str]:
    return {label.text() for label in window.findChildren(QLabel)
            if label.isVisibleTo(window) and label.text()}


def test_quiet_asks_then_resets_everything(qtbot: QtBot, make_window: WindowFactory) -> None:
    # Given a visit in progress
    window = make_window(activate=True)
    short_timers(window)
    seen = visit(qtbot, window)
    assert window.ctx.translations.current == "en"
    # When nobody touches the screen, Then the kiosk asks "Are you still there?"
    qtbot.waitUntil(window.overlay.isVisible, timeout=2000)
    # And when the countdown runs out, Then everything of the visit is gone
    with qtbot.waitSignal(window.visit_reset, timeout=3000):
        pass
    assert window.route.kind == "home" and window.history == []
    assert window.ctx.translations.current == "de"
    assert window.home_button.text() == "Startseite"
    assert window.offer.offer is None and window.offers.model.rowCount() == 0
    assert window.offers.request is None
    assert seen not in visible_texts(window)
    # And Back leads nowhere: no earlier screen can be reached
    assert not window.back_button.isEnabled()
    window.go_back()
    assert window.route.kind == "home" and window.offer.offer is None


def test_still_here_keeps_the_visit(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(activate=True)
    short_timers(window)
    window.overlay._countdown_s = 30
    name = visit(qtbot, window)
    qtbot.waitUntil(window.overlay.isVisible, timeout=2000)
    qtbot.mouseClick(window.overlay.stay_button, Qt.MouseButton.LeftButton)
    assert not window.overlay.isVisible()
    assert window.route.kind == "offer" and window.offer.offer is not None
    assert window.offer.offer.name == name


def test_quiet_home_screen_needs_no_question(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(activate=True)
    short_timers(window)
    qtbot.wait(200)
    assert not window.overlay.isVisible() and window.route.kind == "home"


def test_late_result_from_a_previous_visit_is_dropped(window: KioskWindow) -> None:
    # Given a query that is still running when the visit is reset
    results: list[object] = []
    from kiosk.ui.tasks import Task

    task = Task(lambda: None, results.append, None)
    window._tasks.append(task)
    # When the visit is reset, Then its result is never delivered
    window.reset_visit()
    task.deliver(True, "old data")
    assert results == []


def test_nothing_of_a_visit_reaches_the_log(qtbot: QtBot, make_window: WindowFactory,
                                            data_dir: Path) -> None:
    # Given a visit: a topic, an offer, a search
    window = make_window()
    seen = visit(qtbot, window)
    window.search.field.setText("Schulden")
    window.reset_visit()
    # Then the log on disk names neither the offer nor the search, and no visit is logged
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    log_text = (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert seen not in log_text and "Schulden" not in log_text
    assert "visit reset" not in log_text
