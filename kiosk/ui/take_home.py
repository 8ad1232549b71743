"""TakeHome: wires the Merkliste, the print service and the screens that offer "take it home"."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.data import queries
from kiosk.slip import Slip, build_slip, test_slip
from kiosk.ui import metrics
from kiosk.ui.printing import PrintService
from kiosk.ui.screens.merkliste import Merkliste, MerklisteScreen
from kiosk.ui.tasks import Task
from kiosk.ui.widgets.common import touch_button

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

log = logging.getLogger(__name__)


class TakeHome(QObject):
    """The Merkliste of this visit, its nav-bar button, and printing for offer/Merkliste/staff."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.merkliste = Merkliste(parent=self)
        self.screen = MerklisteScreen()
        self.printing = PrintService(self.ctx.settings.printing, self.ctx.runner, self)
        self.nav_button = touch_button("", role="nav", icon_name="nav-bookmarks-white")
        self.nav_button.setMinimumWidth(metrics.NAV_BUTTON_WIDTH)
        self._tasks: list[Task] = []
        self._print_target = ""  # "offer", "merkliste" or "staff": where the answer shows

        self.nav_button.clicked.connect(self._on_nav_button_clicked)
        self.merkliste.changed.connect(self._on_merkliste_changed)
        offer = window.offer
        offer.is_remembered = lambda offer_id: offer_id in self.merkliste
        offer.print_requested.connect(self._on_offer_print_requested)
        offer.remember_toggled.connect(self._on_offer_remember_toggled)
        self.screen.offer_chosen.connect(self._on_screen_offer_chosen)
        self.screen.remove_requested.connect(self.merkliste.remove)
        self.screen.print_all_requested.connect(self._on_screen_print_all_requested)
        self.printing.started.connect(self._on_printing_started)
        self.printing.finished.connect(self._on_printing_finished)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the nav-bar button's text in the current language."""
        self.nav_button.setText(self.tr("Merkliste (%1)").replace("%1", str(len(self.merkliste))))
        self.nav_button.setAccessibleName(self.tr("Merkliste öffnen, %n Angebot(e)", "",
                                                  len(self.merkliste)))

    def reset(self) -> None:
        """Between visitors: empty the Merkliste, cancel printing and loading."""
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
        self.printing.cancel()
        self._print_target = ""
        self.merkliste.clear()
        self.screen.reset()

    def show_merkliste(self) -> None:
        """Load the rows of the Merkliste screen (called when its route is shown)."""
        sessions = self.ctx.store.sessions
        ids = self.merkliste.ids()
        self._submit(lambda: queries.offers_by_ids(sessions, ids), self.screen.set_rows)

    def print_test_page(self) -> None:
        """The staff test page, on the configured printer."""
        settings = self.ctx.settings
        self._print("staff", lambda: test_slip(settings))

    # -- slots ----------------------------------------------------------------------------
    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._tasks = [t for t in self._tasks if not t.cancelled]
        self._tasks.append(self.ctx.runner.submit(fn, on_done, self._on_task_error))

    def _on_task_error(self, exc: BaseException) -> None:
        log.error("take-home task failed", exc_info=exc)
        self._show_message(self._print_target or "merkliste", self.printing.message("failed"))

    def _on_nav_button_clicked(self) -> None:
        from kiosk.ui.main_window import Route

        if self.window.route.kind != "merkliste":
            self.window.navigate(Route("merkliste"))

    def _on_merkliste_changed(self) -> None:
        self.retranslate()
        panel = self.window.offer.take_home
        if panel is not None:
            panel.set_remembered(panel.offer.id in self.merkliste)
        if self.window.route.kind == "merkliste":
            self.show_merkliste()

    def _on_offer_remember_toggled(self, offer_id: str, remember: bool) -> None:
        panel = self.window.offer.take_home
        if not remember:
            self.merkliste.remove(offer_id)
        elif not self.merkliste.add(offer_id) and panel is not None:
            panel.set_message(self.tr("Die Merkliste ist voll (höchstens %1 Angebote). "
                                      "Bitte nehmen Sie zuerst eines heraus.")
                              .replace("%1", str(self.merkliste.limit)))

    def _on_screen_offer_chosen(self, offer_id: str) -> None:
        from kiosk.ui.main_window import Route

        self.window.navigate(Route("offer", offer_id=offer_id))

    def _on_offer_print_requested(self, offer_id: str) -> None:
        offer = self.window.offer.offer
        if offer is None or offer.id != offer_id:
            return
        settings = self.ctx.settings
        self._print("offer", lambda: build_slip([offer], settings))

    def _on_screen_print_all_requested(self) -> None:
        sessions = self.ctx.store.sessions
        settings = self.ctx.settings
        ids = self.merkliste.ids()

        def make() -> Slip:
            details = [queries.offer_detail(sessions, i, settings.roles) for i in ids]
            return build_slip([d for d in details if d is not None], settings)

        self._print("merkliste", make)

    def _print(self, target: str, make_slip: Callable[[], Slip]) -> None:
        self._print_target = target
        self.printing.print_slip(make_slip)

    def _on_printing_started(self) -> None:
        self._show_message(self._print_target, self.tr("Wird gedruckt …"))

    def _on_printing_finished(self, ok: bool, message: str) -> None:
        self._show_message(self._print_target, message)

    def _show_message(self, target: str, text: str) -> None:
        if target == "offer" and self.window.offer.take_home is not None:
            self.window.offer.take_home.set_message(text)
        elif target == "merkliste":
            self.screen.set_message(text)
        elif target == "staff":
            set_print_message = getattr(self.window.staff, "set_print_message", None)
            if set_print_message is not None:
                set_print_message(text)


def contact_scene(window: KioskWindow, offer_id: str) -> None:
    """Screenshot scene: an offer with its contact (vCard) code shown, remembered."""
    from kiosk.ui.main_window import Route

    window.navigate(Route("offer", offer_id=offer_id))
    panel = window.offer.take_home
    if panel is not None:
        panel.contact_button.setChecked(True)
        window.take_home.merkliste.add(offer_id)


def merkliste_scene(window: KioskWindow) -> None:
    """Screenshot scene: a full Merkliste (ten offers)."""
    from kiosk.ui.main_window import Route

    for row in queries.offers(window.ctx.store.sessions)[:10]:
        window.take_home.merkliste.add(row.id)
    window.navigate(Route("merkliste"))
