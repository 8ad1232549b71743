"""Offer list: big rows, kinetic scrolling, the other dimension as filter chips."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.data import queries
from kiosk.data.queries import ListQuery, OfferRow, Sessions, TermCount
from kiosk.ui import metrics
from kiosk.ui.paged_offers import PagedOfferModel
from kiosk.ui.tasks import Runner, Task
from kiosk.ui.widgets.card_delegate import CardDelegate
from kiosk.ui.widgets.common import (
    button_text,
    make_kinetic,
    plain_label,
    term_label,
    touch_button,
)

PREFETCH_SCREENS = 2  # the next page is read while this many screenfuls are still below


@dataclass(frozen=True, slots=True)
class ListRequest:
    """What the list shows: one main term (category or group) and an optional filter."""

    main_id: str
    main_name: str
    main_is_category: bool
    filter_id: str | None = None

    def query(self) -> ListQuery:
        """The list's offers as a query (category and target group, whichever is which)."""
        if self.main_is_category:
            return ListQuery(self.main_id, self.filter_id)
        return ListQuery(self.filter_id, self.main_id)


class OfferRowDelegate(CardDelegate):
    """Paints one offer: name (bold), organisation, and a one-line summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(metrics.LIST_ROW_HEIGHT, parent)

    def paint_text(self, painter: QPainter, inner: QRect, row: OfferRow) -> None:
        """Name, organisation and summary, one line each."""
        y = self.line(painter, self.name_font, metrics.INK, row.name, inner, inner.top()) + 6
        y = self.line(painter, self.org_font, metrics.INK_SOFT, row.organization, inner, y) + 6
        self.line(painter, self.body_font, metrics.INK, row.summary, inner, y)


class OfferListScreen(QWidget):
    """The offers of a category or target group.

    Signals:
        offer_chosen(str): an offer id.
        filter_changed(object): a new ListRequest after a chip was touched.
        open_ids_needed(object): the list of offer ids whose "open now" state is wanted
            (answer with `set_open_ids`).

    The rows come page by page (`PagedOfferModel`): `load_rows` starts reading the list of
    the request that `show_request` set; the next page is read before the visitor has
    scrolled to the end (PREFETCH_SCREENS screenfuls ahead).
    """

    offer_chosen = Signal(str)
    filter_changed = Signal(object)
    open_ids_needed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.request: ListRequest | None = None
        self._chips: list[TermCount] = []
        self._runner: Runner | None = None
        self._sessions: Sessions | None = None
        # "Jetzt geöffnet": the list's ids are read, the open ones found (open_ids_needed),
        # then the list is paged again, narrowed to those.
        self.open_only = False
        self._ids_task: Task | None = None
        self._pending_ids: list[str] | None = None
        self._waiting_open = False
        self.open_button = touch_button("", role="chip", icon_name="nav-clock")
        self.open_button.setCheckable(True)
        self.open_button.setMinimumHeight(metrics.CHIP_HEIGHT)
        self.open_button.clicked.connect(self._on_open_button_clicked)

        self.count_label = plain_label(role="count", wrap=False)
        self.filter_label = plain_label(role="soft", wrap=False)
        self._chip_group = QButtonGroup(self)
        self._chip_group.setExclusive(True)
        chip_host = QWidget()
        chip_host.setProperty("role", "screen")
        self._chip_row = QHBoxLayout(chip_host)
        self._chip_row.setContentsMargins(0, 0, 0, 0)
        self._chip_row.setSpacing(metrics.GAP)
        self._chip_row.addStretch(1)
        # Chips are reused from list to list (new texts, same styled buttons): making and
        # polishing ten buttons per list cost milliseconds on the GUI thread.
        self._chip_pool: list[QPushButton] = []
        self.chip_area = QScrollArea()
        self.chip_area.setWidget(chip_host)
        self.chip_area.setWidgetResizable(True)
        self.chip_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chip_area.setFixedHeight(metrics.CHIP_HEIGHT + 8)
        self.chip_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        make_kinetic(self.chip_area)

        self.model = PagedOfferModel()
        self.model.count_changed.connect(self._on_model_count_changed)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.page_failed.connect(self._on_model_page_failed)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(OfferRowDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setDragEnabled(False)
        self.view.setAccessibleName("Angebote")
        make_kinetic(self.view)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self._prefetch_timer = QTimer(self)  # after a page: one event-loop turn, no recursion
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(0)
        self._prefetch_timer.timeout.connect(self._on_prefetch_timer_timeout)

        self.empty_label = plain_label(role="empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.error_label = plain_label(role="soft")
        self.error_label.hide()

        head = QHBoxLayout()
        head.addWidget(self.count_label)
        head.addSpacing(metrics.GAP * 2)
        head.addWidget(self.open_button)
        head.addStretch(1)
        head.addWidget(self.filter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 16, metrics.MARGIN - metrics.GAP, 12)
        layout.setSpacing(metrics.GAP)
        layout.addLayout(head)
        layout.addWidget(self.chip_area)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_label, 1)
        self.retranslate()

    def title(self) -> str:
        """The main term's name, as the header's title."""
        return self.request.main_name if self.request else self.tr("Angebote")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.view.setAccessibleName(self.tr("Liste der Angebote"))
        self.chip_area.setAccessibleName(self.tr("Filter"))
        self.open_button.setText(self.tr("Nur jetzt geöffnete"))
        self.open_button.setAccessibleName(self.tr("Nur Angebote zeigen, die jetzt geöffnet sind"))
        self._update_texts()
        self._fill_chips()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def _loading(self) -> bool:
        """Whether the list's count or first rows are still on their way."""
        if self.request is None or self.model.failed:
            return False
        return self._waiting_open or self.model.total < 0

    def show_request(self, request: ListRequest) -> tuple[bool, bool]:
        """Start showing a list; rows come with `load_rows`, chips through `set_chips`.

        Returns:
            Whether the rows and whether the chips must be loaded. Back to the list just
            shown needs neither: it keeps its rows and where the visitor had scrolled to.
        """
        if request == self.request and not self._loading and not self.model.failed:
            return False, False
        same_main = self.request is not None and self.request.main_id == request.main_id
        self.request = request
        self._forget_open_ids()
        self.model.clear()
        self.view.scrollToTop()
        self._update_texts()
        if same_main and self._chips:
            for chip in self._chip_pool:
                if not chip.isHidden():
                    chip.setChecked(chip.property("term_id") == (request.filter_id or ""))
            return True, False
        self._chips = []
        self._fill_chips()
        return True, True

    def load_rows(self, runner: Runner, sessions: Sessions) -> None:
        """Read the current request's list, page by page (only the open ones while that is on)."""
        self._runner, self._sessions = runner, sessions
        self._start_paging()

    def _start_paging(self) -> None:
        self._forget_open_ids()
        if self.request is None or self._runner is None or self._sessions is None:
            return
        self.view.clearSelection()
        self.view.scrollToTop()
        if not self.open_only:
            self.model.start(self._runner, self._sessions, self.request.query())
            self._update_texts()
            return
        # Open now: the list's ids (a worker), which of them are open (the window's hours).
        self.model.clear()
        self._waiting_open = True
        self._update_texts()
        sessions, query = self._sessions, self.request.query()
        self._ids_task = self._runner.submit(lambda: queries.offer_ids(sessions, query),
                                             self._on_ids_read, self._on_ids_failed)

    def _forget_open_ids(self) -> None:
        if self._ids_task is not None:
            self._ids_task.cancel()
            self._ids_task = None
        self._pending_ids = None
        self._waiting_open = False

    def _on_ids_read(self, ids: list[str]) -> None:
        self._ids_task = None
        if not self._waiting_open:
            return
        self._pending_ids = ids
        self.open_ids_needed.emit(ids)

    def _on_ids_failed(self, exc: BaseException) -> None:
        self._ids_task = None
        self._waiting_open = False
        self.model.fail(exc)  # the same way as a page that failed

    def set_open_ids(self, ids: list[str], open_ids: set[str]) -> None:
        """The answer to `open_ids_needed`; an answer for an older list is dropped."""
        if ids is not self._pending_ids or not self.open_only or self.request is None:
            return
        assert self._runner is not None and self._sessions is not None
        self._pending_ids = None
        self._waiting_open = False
        base = self.request.query()
        query = ListQuery(base.category_id, base.target_group_id,
                          only_ids=json.dumps(sorted(open_ids)))
        self.model.start(self._runner, self._sessions, query)
        self._update_texts()

    def _on_open_button_clicked(self, checked: bool) -> None:
        self.open_only = checked
        self._start_paging()

    # -- paging ---------------------------------------------------------------------------
    def _on_model_count_changed(self, _count: int) -> None:
        self._update_texts()

    def _on_model_page_loaded(self, _rows: int) -> None:
        self._prefetch_timer.start()

    def _on_model_page_failed(self, _exc: object) -> None:
        self._update_texts()

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.prefetch_if_near_end()

    def _on_prefetch_timer_timeout(self) -> None:
        self.prefetch_if_near_end()

    def prefetch_if_near_end(self) -> None:
        """Read the next page when fewer than PREFETCH_SCREENS screenfuls remain below."""
        bar = self.view.verticalScrollBar()
        ahead = max(self.view.viewport().height(), metrics.LIST_ROW_HEIGHT) * PREFETCH_SCREENS
        if bar.maximum() - bar.value() <= ahead:
            self.model.prefetch()

    def set_chips(self, chips: list[TermCount]) -> None:
        """Show the filter chips of the other dimension."""
        self._chips = chips
        self._fill_chips()

    def release(self) -> None:
        """Let go of the list's rows (the visitor left it); the "open now" choice stays."""
        self.request = None
        self._chips = []
        self._forget_open_ids()
        self._prefetch_timer.stop()
        self.model.clear()
        self._fill_chips()
        self._update_texts()

    def reset(self) -> None:
        """Forget everything of the previous visitor."""
        self.request = None
        self._chips = []
        self.open_only = False
        self.open_button.setChecked(False)
        self._forget_open_ids()
        self._prefetch_timer.stop()
        self.model.clear()
        self._runner = None
        self._sessions = None
        self._fill_chips()
        self._update_texts()

    def _update_texts(self) -> None:
        failed = self.model.failed
        total = self.model.total
        if failed and total < 0:
            self.count_label.setText(self.tr("Angebote"))
        elif self._loading:
            self.count_label.setText(self.tr("Angebote werden geladen …"))
        else:
            self.count_label.setText(self.tr("%n Angebot(e)", "", max(total, 0)))
        rows = self.model.rowCount()
        none = self.request is not None and not self._loading and rows == 0 and (
            failed or total == 0)
        if failed:
            problem = self.tr("Die Angebote konnten gerade nicht geladen werden. Tippen Sie "
                              "auf „Zurück“ und versuchen Sie es noch einmal.")
            self.empty_label.setText(problem)
            self.error_label.setText(problem)
        else:
            self.empty_label.setText(self.tr(
                "Hier gibt es gerade keine Angebote. Tippen Sie auf „Zurück“ oder wählen Sie "
                "einen anderen Filter."))
        self.error_label.setVisible(failed and rows > 0)
        self.empty_label.setVisible(none)
        self.view.setVisible(not none)
        if self.request is None:
            self.filter_label.setText("")
        elif self.request.main_is_category:
            self.filter_label.setText(self.tr("Für wen?"))
        else:
            self.filter_label.setText(self.tr("Welches Thema?"))

    def _fill_chips(self) -> None:
        entries: list[tuple[str | None, str]] = []
        if self.request is not None and self._chips:
            entries = [(None, self.tr("Alle Angebote"))]
            entries += [(c.id, f"{term_label(c.name)} ({c.offers})") for c in self._chips]
        while len(self._chip_pool) < len(entries):
            chip = touch_button("", role="chip")
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            chip.setCheckable(True)
            chip.setMinimumHeight(metrics.CHIP_HEIGHT)
            chip.clicked.connect(
                lambda _=False, c=chip: self._on_chip_clicked(c.property("term_id") or None))
            self._chip_group.addButton(chip)
            self._chip_row.insertWidget(len(self._chip_pool), chip)
            self._chip_pool.append(chip)
        for chip, (term_id, text) in zip(self._chip_pool, entries, strict=False):
            chip.setText(button_text(text))
            chip.setAccessibleName(self.tr("Filter: %1").replace("%1", text))
            # An explicit minimum width beats the size hint in a layout: use the text's width.
            chip.ensurePolished()
            chip.setMinimumWidth(max(chip.sizeHint().width(), metrics.TOUCH_MIN))
            chip.setProperty("term_id", term_id or "")
            chip.setChecked(self.request is not None and term_id == self.request.filter_id)
            chip.show()
        for chip in self._chip_pool[len(entries):]:
            chip.hide()
            chip.setText("")
            chip.setProperty("term_id", "")
        self.chip_area.setVisible(bool(entries))

    def _on_chip_clicked(self, term_id: str | None) -> None:
        if self.request is None or term_id == self.request.filter_id:
            return
        request = ListRequest(self.request.main_id, self.request.main_name,
                              self.request.main_is_category, term_id)
        self.filter_changed.emit(request)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.offer_chosen.emit(self.model.row_at(index.row()).id)
