"""Renders every screen at 1920x1080 to PNG files (README pictures, visual checks)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.data import queries
from kiosk.ui import hours_scenes, take_home
from kiosk.ui.main_window import KioskWindow, Route
from kiosk.ui.screens.offers import ListRequest
from kiosk.ui.tasks import InlineRunner

SOZIAL_INFO_NAME = "Sozial-Info"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _first_offer_id(window: KioskWindow, prefer: str) -> str:
    rows = [r for cat in queries.top_terms(window.ctx.store.sessions,
                                           window.ctx.settings.roles.categories)
            for r in queries.offers(window.ctx.store.sessions, category_id=cat.id)]
    for row in rows:
        if prefer in row.name:
            return row.id
    return rows[0].id


def scenes(window: KioskWindow) -> list[tuple[str, Callable[[], None]]]:
    """Named steps that each bring one screen (or state) into view."""
    sessions = window.ctx.store.sessions
    roles = window.ctx.settings.roles
    categories = queries.top_terms(sessions, roles.categories)
    groups = queries.top_terms(sessions, roles.target_groups)
    category = next((c for c in categories if c.code == "beratung"), categories[0])
    group = next((g for g in groups if g.code == "senioren"), groups[0])
    offer_id = _first_offer_id(window, SOZIAL_INFO_NAME)

    def category_list() -> None:
        window.navigate(Route("offers", ListRequest(category.id, category.name, True)))

    def group_list_filtered() -> None:
        window.navigate(Route("offers", ListRequest(group.id, group.name, False)))
        chips = queries.term_counts_within(sessions, roles.categories, within_term_id=group.id)
        if chips:
            window.navigate(Route("offers", ListRequest(group.id, group.name, False,
                                                        chips[0].id)))

    def search_for(text: str) -> Callable[[], None]:
        def step() -> None:
            window.reset_visit()
            window.home.search_button.click()
            for char in text:
                key = window.search.keyboard.space_key if char == " " else \
                    window.search.keyboard.keys[char.lower()]
                key.click()
            window.search.search_now()  # no waiting for the debounce
        return step

    def english_home() -> None:
        window.reset_visit()
        window.language_button.click()

    return [
        ("01-home", window.reset_visit),
        ("02-category-list", category_list),
        ("03-offer", lambda: window.navigate(Route("offer", offer_id=offer_id))),
        ("04-target-group-filtered", group_list_filtered),
        ("05-idle-question", window.overlay.begin),
        ("06-pin-pad", window.open_pin_pad),
        ("07-staff", lambda: window._on_pin_accepted()),
        ("08-home-english", english_home),
        ("20-offer-contact-qr", lambda: take_home.contact_scene(window, offer_id)),
        ("21-merkliste", lambda: take_home.merkliste_scene(window)),
        ("09-search-results", search_for("pflege")),
        ("10-search-nothing-found", search_for("pflegxyz")),
        ("11-search-typo", search_for("shuldnerberatung")),
        *hours_scenes.scenes(window),
    ]


def render_all(out: Path, *, config: str | None = None, data_dir: str | None = None) -> list[Path]:
    """Write one PNG per scene into `out`; returns the files."""
    from kiosk.app import create_window

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(config, data_dir or tmp, runner=InlineRunner())
        window.resize(1920, 1080)
        window.show()
        written: list[Path] = []
        for name, step in scenes(window):
            step()
            _settle()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        window.overlay.end()
        window._quit_allowed = True
        window.close()
        window.ctx.store.close()
    return written
