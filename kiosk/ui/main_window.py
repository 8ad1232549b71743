"""KioskWindow: the frame (header, screens, navigation bar), idle reset, lockdown, staff mode."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import open_now, qr
from kiosk.data import queries, upgrade
from kiosk.ui import metrics
from kiosk.ui.context import AppContext
from kiosk.ui.hours_model import HoursModel
from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.idle import IdleOverlay, IdleWatcher, corner_rect_contains
from kiosk.ui.lockdown import LockdownFilter
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.offer import OfferScreen
from kiosk.ui.screens.offers import ListRequest, OfferListScreen
from kiosk.ui.screens.sync import SyncFlow
from kiosk.ui.take_home import TakeHome
from kiosk.ui.tasks import Task
from kiosk.ui.widgets.common import plain_label, touch_button
from kiosk.ui.widgets.status_strip import StatusStrip

if TYPE_CHECKING:
    from kiosk.ui.screens.attract import AttractScreen
    from kiosk.ui.screens.search import SearchScreen
    from kiosk.ui.screens.staff import PinScreen, StaffScreen
    from kiosk.ui.widgets.closure_panel import ClosurePanel

log = logging.getLogger(__name__)

# Built in idle moments after the home screen is painted (pin and staff only when needed).
PREBUILT_SCREENS = ("offers", "search", "attract")
PREBUILD_DELAY_MS = 50
TRIM_AFTER_RESET_MS = 500  # the reset's dropped widgets and rows are freed by then


def trim_heap() -> bool:
    """Hand the heap's free pages back to the system (glibc's malloc_trim; elsewhere nothing).

    After a visit the freed list rows and widgets leave holes that malloc keeps; at 50,000
    offers this returns about 3 MB each time. Returns whether anything was returned.
    """
    import ctypes

    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):
        return False


@dataclass(frozen=True, slots=True)
class Route:
    """Where the visitor is: a screen kind and what it shows."""

    # "home", "offers", "offer", "merkliste", "pin", "staff", "attract" (never in history)
    kind: str
    request: ListRequest | None = None
    offer_id: str = ""


HOME = Route("home")
ATTRACT = Route("attract")


class _FirstPaint(QObject):
    """Calls back once, after the first frame in which a widget was painted."""

    def __init__(self, widget: QWidget, callback: Any) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint: stop watching, call back once the frame is done."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)
        return False


class KioskWindow(QWidget):
    """The kiosk's one window.

    Signals:
        route_changed(object): the Route now shown.
        visit_reset(): everything of the previous visitor was forgotten.
        sync_requested(): staff asked for a sync.
        atlas_upgraded(object): an outdated atlas's upgrade ended (its UpgradeResult).
    """

    route_changed = Signal(object)
    visit_reset = Signal()
    sync_requested = Signal()
    atlas_upgraded = Signal(object)

    def __init__(self, ctx: AppContext, *, public: bool = True) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = ctx
        self.public = public
        self.history: list[Route] = []
        self.route: Route = HOME
        self._tasks: list[Task] = []
        self._quit_allowed = False
        self._in_staff = False
        self.sync_available = False

        # Header: where you are, and the Sozial-Info's status strip (filled by the hours view).
        self.header = QWidget()
        self.header.setObjectName("Header")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.header.setFixedHeight(metrics.HEADER_HEIGHT)
        self.site_label = plain_label(ctx.settings.site.name, "site", wrap=False)
        self.title_label = plain_label(role="title", wrap=False)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.site_label)
        titles.addWidget(self.title_label)
        self.status_slot = QHBoxLayout()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(metrics.MARGIN, 8, metrics.MARGIN, 8)
        head.addLayout(titles, 1)
        head.addLayout(self.status_slot)
        # The Sozial-Info's hours: one model (one timer) for the strip and the attract screen.
        self.hours = HoursModel(ctx.settings.hours, ctx.clock, ctx.closures, self)
        self.status_strip = StatusStrip(self.hours)
        self.status_slot.setContentsMargins(metrics.GAP * 2, 0, 0, 0)
        self.status_slot.addWidget(self.status_strip)

        # Screens. Only the home screen is needed for the first paint: the others are built
        # on first use (the properties below), the visitor's ones in idle moments after it.
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.offer = OfferScreen(qr_settings=ctx.settings.qr)
        self.offer.hours = self.hours
        self.screens: dict[str, QWidget] = {"home": self.home, "offer": self.offer}
        self._offers: OfferListScreen | None = None
        self._search: SearchScreen | None = None
        self._attract: AttractScreen | None = None
        self._pin: PinScreen | None = None
        self._staff: StaffScreen | None = None
        self._closure_panel: ClosurePanel | None = None
        self._prebuild: list[str] = []
        self._first_home = True
        self._home_painted = _FirstPaint(self.home, self._on_home_painted)
        # Take it home: the Merkliste of this visit (memory only) and printing.
        self.take_home = TakeHome(self)
        self.screens["merkliste"] = self.take_home.screen
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        # Sync: its screen, the run in the background, the report (kiosk/ui/screens/sync.py).
        self.sync_flow = SyncFlow(self)
        self.sync_available = ctx.settings.sync.configured
        # An outdated atlas is upgraded in a child process (False: on the runner; tests).
        self.upgrade_isolated = True
        self._upgrading = False

        # Navigation bar: always the same place, low enough to reach from a wheelchair.
        self.navbar = QWidget()
        self.navbar.setObjectName("NavBar")
        self.navbar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.navbar.setFixedHeight(metrics.NAV_HEIGHT)
        self.back_button = touch_button("", role="nav", icon_name="nav-back-white")
        self.home_button = touch_button("", role="nav", icon_name="nav-home-white")
        self.language_button = touch_button("", role="nav", icon_name="nav-language-white")
        for button in (self.back_button, self.home_button, self.language_button):
            button.setMinimumWidth(metrics.NAV_BUTTON_WIDTH)
            button.setMinimumHeight(metrics.TOUCH_MIN)
        self.nav_extra = QHBoxLayout()  # later issues add buttons here (Merkliste)
        self.nav_extra.setSpacing(metrics.GAP * 2)
        nav = QHBoxLayout(self.navbar)
        nav.setContentsMargins(metrics.MARGIN, 16, metrics.MARGIN, 16)
        nav.setSpacing(metrics.GAP * 2)
        nav.addWidget(self.back_button)
        nav.addWidget(self.home_button)
        nav.addStretch(1)
        nav.addLayout(self.nav_extra)
        self.nav_extra.addWidget(self.take_home.nav_button)
        nav.addWidget(self.language_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.navbar)

        self.overlay = IdleOverlay(ctx.settings.idle.countdown_s, self)
        self.idle = IdleWatcher(ctx.settings.idle.warn_after_s, self)
        self.lockdown = LockdownFilter(self)
        self.lockdown.active = public
        self._staff_idle = QTimer(self)
        self._staff_idle.setSingleShot(True)
        self._staff_idle.setInterval(ctx.settings.staff.idle_timeout_s * 1000)
        self._staff_idle.timeout.connect(self._on_staff_idle_timeout)
        self._corner_hold = QTimer(self)
        self._corner_hold.setSingleShot(True)
        self._corner_hold.setInterval(metrics.LONG_PRESS_MS)
        self._corner_hold.timeout.connect(self._on_corner_held)
        # A home screen nobody touched for the idle time gives way to the attract screen.
        # Its own timer: the idle watcher's question and reset stay exactly as they were.
        self._attract_timer = QTimer(self)
        self._attract_timer.setSingleShot(True)
        self._attract_timer.setInterval(ctx.settings.idle.warn_after_s * 1000)
        self._attract_timer.timeout.connect(self._on_attract_timer_timeout)

        self._connect()
        self.retranslate()
        self._show_route(HOME)

    # -- screens built on first use -------------------------------------------------------
    def _add_screen(self, kind: str, screen: QWidget) -> None:
        self.screens[kind] = screen
        self.stack.addWidget(screen)

    def _show_offer(self, offer_id: str) -> None:
        self.navigate(Route("offer", offer_id=offer_id))

    @property
    def offers(self) -> OfferListScreen:
        """The offer list of a category or target group."""
        if self._offers is None:
            self._offers = OfferListScreen()
            self._offers.offer_chosen.connect(self._show_offer)
            self._offers.filter_changed.connect(self._on_offers_filter_changed)
            self._offers.open_ids_needed.connect(self._on_offers_open_ids_needed)
            self._add_screen("offers", self._offers)
        return self._offers

    @property
    def search(self) -> SearchScreen:
        """The search with its on-screen keyboard."""
        if self._search is None:
            from kiosk.ui.screens.search import SearchScreen, make_searcher

            ctx = self.ctx
            self._search = SearchScreen(ctx.runner, make_searcher(ctx.store, ctx.settings),
                                        hours_config=ctx.settings.hours,
                                        extra_closures=self.hours.extra_closures)
            self._search.offer_chosen.connect(self._show_offer)
            self._add_screen("search", self._search)
        return self._search

    @property
    def attract(self) -> AttractScreen:
        """The attract screen of a quiet kiosk."""
        if self._attract is None:
            from kiosk.ui.screens.attract import AttractScreen

            self._attract = AttractScreen(self.hours, self.ctx.settings.site.atlas_url)
            self._attract.touched.connect(self._on_attract_touched)
            self._add_screen("attract", self._attract)
        return self._attract

    @property
    def pin(self) -> PinScreen:
        """The staff PIN pad."""
        if self._pin is None:
            from kiosk.ui.screens.staff import PinScreen

            self._pin = PinScreen(self.ctx.guard)
            self._pin.accepted.connect(self._on_pin_accepted)
            self._add_screen("pin", self._pin)
        return self._pin

    @property
    def staff(self) -> StaffScreen:
        """The staff screen, with the closures panel."""
        if self._staff is None:
            from kiosk.ui.screens.staff import StaffScreen
            from kiosk.ui.widgets.closure_panel import ClosurePanel

            staff = StaffScreen()
            self._closure_panel = ClosurePanel(self.hours)
            staff.sections.addWidget(self._closure_panel)
            staff.leave_requested.connect(self.leave_staff_mode)
            staff.quit_requested.connect(self.quit_kiosk)
            staff.sync_requested.connect(self.sync_requested)
            staff.test_print_requested.connect(self.take_home.print_test_page)
            self._staff = staff
            self._add_screen("staff", staff)
        return self._staff

    @property
    def closure_panel(self) -> ClosurePanel:
        """Staff's "Heute geschlossen" panel on the staff screen."""
        if self._closure_panel is None:
            self.staff  # noqa: B018  (builds the panel with its screen)
        assert self._closure_panel is not None
        return self._closure_panel

    def _screen(self, kind: str) -> QWidget:
        """The screen of a route kind, built if need be."""
        if kind not in self.screens:
            getattr(self, kind)  # the property builds and adds it
        return self.screens[kind]

    def _prebuild_next(self) -> None:
        """Build one more of the visitor's screens, then wait for the next idle moment."""
        if self._prebuild:
            self._screen(self._prebuild.pop(0))
            QTimer.singleShot(0, self, self._prebuild_next)

    # -- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        self.back_button.clicked.connect(self.go_back)
        self.home_button.clicked.connect(self.go_home)
        self.language_button.clicked.connect(self._on_language_clicked)
        self.home.category_chosen.connect(
            lambda term_id, name: self.navigate(Route("offers", ListRequest(term_id, name, True))))
        self.home.group_chosen.connect(
            lambda term_id, name: self.navigate(Route("offers", ListRequest(term_id, name, False))))
        self.home.search_requested.connect(lambda: self.navigate(Route("search")))
        self.idle.idle.connect(self._on_idle)
        self.idle.activity.connect(self._on_activity)
        self.idle.activity.connect(self._on_idle_activity_restart_attract)
        self.overlay.expired.connect(self.reset_visit)

    def activate(self) -> None:
        """Start watching the application's events (idle, lockdown, staff corner)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lockdown)
            app.installEventFilter(self.idle)
            app.installEventFilter(self)
        self.idle.start()

    def deactivate(self) -> None:
        """Stop watching the application's events."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lockdown)
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self)
        self._attract_timer.stop()

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.back_button.setText(self.tr("Zurück"))
        self.home_button.setText(self.tr("Startseite"))
        self.back_button.setAccessibleName(self.tr("Zurück"))
        self.home_button.setAccessibleName(self.tr("Startseite"))
        upcoming = self.ctx.translations.next_language()
        self.language_button.setText(NATIVE_NAMES.get(upcoming, upcoming))
        self.language_button.setAccessibleName(self.tr("Sprache wechseln"))
        self.take_home.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_language_clicked(self) -> None:
        self.ctx.translations.switch(self.ctx.translations.next_language())
        self.retranslate()

    # -- navigation -----------------------------------------------------------------------
    def navigate(self, route: Route) -> None:
        """Go to a screen, remembering the current one for Back."""
        if route != self.route and self.route != ATTRACT:
            self.history.append(self.route)
        self._show_route(route)

    def go_back(self) -> None:
        """One step back (from staff mode: back to the public home screen)."""
        if self.route.kind in ("pin", "staff"):
            self.leave_staff_mode()
            return
        route = self.history.pop() if self.history else HOME
        self._show_route(route)

    def go_home(self) -> None:
        """To the home screen; the history is kept only for this visit (Back works)."""
        if self.route.kind in ("pin", "staff"):
            self.leave_staff_mode()
            return
        if self.route != HOME:
            self.history.clear()
            self._show_route(HOME)

    def _cancel_tasks(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()

    def _submit(self, fn: Any, on_done: Any) -> None:
        self._tasks.append(self.ctx.runner.submit(fn, on_done, self._on_task_error))

    def _show_route(self, route: Route) -> None:
        self._cancel_tasks()
        self.route = route
        sessions = self.ctx.store.sessions
        roles = self.ctx.settings.roles
        if route.kind == "home":
            self.load_home()
            if self._offers is not None:  # no way back to the list from here: free its rows
                self._offers.release()
        elif route.kind == "offers" and route.request is not None:
            req = route.request
            needs_rows, needs_chips = self.offers.show_request(req)
            other = roles.target_groups if req.main_is_category else roles.categories
            if needs_rows:
                # Page by page on the runner, as the visitor scrolls (the screen's model).
                self.offers.load_rows(self.ctx.runner, sessions)
            if needs_chips:
                self._submit(lambda: queries.term_counts_within(sessions, other,
                                                                within_term_id=req.main_id),
                             self.offers.set_chips)
        elif route.kind == "offer":
            self.offer.reset()
            qr_settings = self.ctx.settings.qr

            def load_offer() -> queries.OfferDetail | None:
                offer = queries.offer_detail(sessions, route.offer_id, roles)
                return qr.encode_codes_ahead(offer, qr_settings) if offer else None

            def on_loaded(offer: queries.OfferDetail | None) -> None:
                self._on_offer_loaded(offer)
                if offer is not None:  # a nicety: its failure only gets logged
                    self._tasks.append(self.ctx.runner.submit(
                        lambda: qr.encode_codes_ahead(offer, qr_settings, contact=True),
                        None, lambda exc: log.warning("contact code ahead failed: %s", exc)))

            self._submit(load_offer, on_loaded)
        elif route.kind == "attract":
            self.hours.refresh()
        elif route.kind == "merkliste":
            self.take_home.show_merkliste()
        elif route.kind == "pin":
            self.pin.reset()
        elif route.kind == "staff":
            self._submit(lambda: queries.feed_status(sessions),
                         lambda status: self.staff.set_state(status, self.ctx.notices,
                                                             self.sync_available))
        self.stack.setCurrentWidget(self._screen(route.kind))
        if route == HOME:
            self._attract_timer.start()
        else:
            self._attract_timer.stop()
        self.back_button.setEnabled(route.kind != "home")
        self.home_button.setEnabled(route.kind != "home")
        self._update_title()
        self.route_changed.emit(route)

    def _update_title(self) -> None:
        screen = self.screens[self.route.kind]
        self.title_label.setText(screen.title())  # type: ignore[attr-defined]

    def load_home(self) -> None:
        """Read the home screen's categories and target groups (fast: precomputed counts)."""
        sessions = self.ctx.store.sessions
        roles = self.ctx.settings.roles

        def read() -> tuple[list[queries.TermCount], list[queries.TermCount]]:
            return (queries.top_terms(sessions, roles.categories),
                    queries.top_terms(sessions, roles.target_groups))

        if self._first_home:
            # Before the window is first shown nothing waits on the GUI thread: read the tiles
            # now (milliseconds), so the first frame has them and is laid out and painted once.
            self._first_home = False
            try:
                terms = read()
            except Exception:  # the usual way below logs it and recovers
                log.warning("home terms at start failed; reading them in the background")
            else:
                self.home.set_terms(*terms)
                return
        self._submit(read, lambda terms: self.home.set_terms(*terms))

    def _on_home_painted(self) -> None:
        # The first frame is out: the visitor's other screens, one per idle moment.
        self._prebuild = [kind for kind in PREBUILT_SCREENS if kind not in self.screens]
        QTimer.singleShot(PREBUILD_DELAY_MS, self, self._prebuild_next)

    def verify_atlas(self) -> None:
        """SQLite's page check of the live atlas, off the GUI thread; a bad file is replaced.

        Then an atlas of an older shape is upgraded (`upgrade_atlas`).
        """
        self.ctx.runner.submit(self.ctx.store.verify, self._on_atlas_verified,
                               self._on_task_error)

    def _on_atlas_verified(self, check: Any) -> None:
        if check.ok:
            self.upgrade_atlas()
            return
        log.error("atlas check failed: %s", "; ".join(check.problems))
        self._cancel_tasks()
        report = self.ctx.store.open(thorough=True)
        self.ctx.notices.extend(report.notices)
        self.reset_visit()
        self.upgrade_atlas()  # the previous copy may be of an older shape

    def upgrade_atlas(self) -> None:
        """Bring an outdated live atlas to this version's shape, off the GUI (no network).

        Visitors keep using the old file meanwhile; the checked copy is then installed and
        reopened like a sync's swap. A failure leaves the old file and tells staff.
        """
        if self._upgrading:
            return
        self._upgrading = True
        store, isolated = self.ctx.store, self.upgrade_isolated
        self.ctx.runner.submit(
            lambda: upgrade.run_upgrade(store.live, store.post_build, isolated=isolated),
            self._on_atlas_upgrade_done, self._on_atlas_upgrade_error)

    def _on_atlas_upgrade_done(self, result: upgrade.UpgradeResult) -> None:
        self._upgrading = False
        if result.new_file is not None:
            try:
                if self.ctx.store.install_upgrade(result):
                    self.load_home()  # the same data; the home tiles' counts read anew
                else:  # a sync or a fallback replaced the file meanwhile: look at that one
                    self.upgrade_atlas()
                    return
            except OSError as exc:
                log.error("installing the upgraded atlas failed", exc_info=exc)
                result.new_file = None
                result.message = upgrade.failure_message(f"nicht einsetzbar: {exc}")
        if result.failed:
            log.error("atlas upgrade: %s", result.message)
            self.ctx.notices.append(result.message)
        self.atlas_upgraded.emit(result)

    def _on_atlas_upgrade_error(self, exc: BaseException) -> None:
        self._upgrading = False
        log.error("atlas upgrade failed unexpectedly", exc_info=exc)
        result = upgrade.UpgradeResult(self.ctx.store.live, upgrade.UPGRADE,
                                       message=upgrade.failure_message(exc.__class__.__name__))
        self.ctx.notices.append(result.message)
        self.atlas_upgraded.emit(result)

    def _on_offers_filter_changed(self, request: ListRequest) -> None:
        # A filter replaces the list in place: Back goes to where the list came from.
        self._show_route(Route("offers", request))

    def _on_offer_loaded(self, offer: queries.OfferDetail | None) -> None:
        if offer is None:
            # The offer vanished with a sync: say nothing alarming, just go back.
            self.go_back()
            return
        self.offer.show_offer(offer)

    def _on_task_error(self, exc: BaseException) -> None:
        log.error("loading data failed", exc_info=exc)
        self.recover()

    def recover(self) -> None:
        """After an unexpected error: back to a clean home screen, no dialog."""
        self._cancel_tasks()
        self.history.clear()
        self._show_route(HOME)

    # -- between visitors -----------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Whether anything of a visit is on screen (else the quiet needs no question)."""
        return (self.route not in (HOME, ATTRACT) or bool(self.history)
                or self.ctx.translations.current != self.ctx.translations.default
                or (self._search is not None and bool(self._search.field.text()))
                or len(self.take_home.merkliste) > 0)

    def _on_idle(self) -> None:
        if self._in_staff:
            return
        if self.is_dirty():
            self.overlay.begin()
        else:
            self.idle.start()

    def _on_activity(self) -> None:
        if self._in_staff:
            self._staff_idle.start()

    def _on_idle_activity_restart_attract(self) -> None:
        if self.route == HOME:
            self._attract_timer.start()

    def _on_attract_timer_timeout(self) -> None:
        if (self.isVisible() and self.route == HOME and not self.is_dirty()
                and not self.overlay.isVisible()):
            self._show_route(ATTRACT)

    def _on_attract_touched(self) -> None:
        self.history.clear()
        self._show_route(HOME)

    def _on_offers_open_ids_needed(self, ids: list[str]) -> None:
        sessions, cfg, now = self.ctx.store.sessions, self.ctx.settings.hours, self.hours.now()
        self._submit(lambda: open_now.open_offer_ids(sessions, ids, now, cfg),
                     lambda found: self.offers.set_open_ids(ids, found))

    def reset_visit(self) -> None:
        """Forget the visit: home screen, default language, no history, empty screens."""
        self._cancel_tasks()
        self.overlay.end()
        self.history.clear()
        if self._offers is not None:
            self.offers.reset()
        self.offer.reset()
        if self._search is not None:
            self.search.reset()
        self.take_home.reset()
        if self._pin is not None:
            self.pin.reset()
        self.ctx.translations.switch(self.ctx.translations.default)
        self.retranslate()
        self._show_route(HOME)
        self.idle.start()
        self.visit_reset.emit()
        QTimer.singleShot(TRIM_AFTER_RESET_MS, self, trim_heap)
        # Not logged: a time stamp per visit would tell when somebody was here.

    # -- staff mode -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The hidden staff gesture: hold the top-left corner for five seconds."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            pos = self.mapFromGlobal(event.globalPosition().toPoint())
            if corner_rect_contains(pos.x(), pos.y()):
                self._corner_hold.start()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._corner_hold.stop()
        return False

    def _on_corner_held(self) -> None:
        if not self._in_staff:
            self.open_pin_pad()

    def open_pin_pad(self) -> None:
        """Show the PIN pad (after the hidden gesture)."""
        self.overlay.end()
        self.history.clear()
        self._show_route(Route("pin"))

    def _on_pin_accepted(self) -> None:
        self._in_staff = True
        self._staff_idle.start()
        log.info("staff mode opened")
        self._show_route(Route("staff"))

    def leave_staff_mode(self) -> None:
        """Back to public mode, on a fresh home screen."""
        self._in_staff = False
        self._staff_idle.stop()
        self.reset_visit()

    def _on_staff_idle_timeout(self) -> None:
        log.info("staff mode timed out")
        self.leave_staff_mode()

    def quit_kiosk(self) -> None:
        """Close the kiosk (staff only)."""
        if not self._in_staff and self.public:
            return
        self._quit_allowed = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- lockdown -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """In public mode only staff can close the window."""
        if self.public and not self._quit_allowed:
            event.ignore()
            return
        self._cancel_tasks()
        self.deactivate()
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the idle overlay covering the whole window."""
        self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)
