"""Offer list: big rows, kinetic scrolling, the other dimension as filter chips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
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

from kiosk.data.queries import OfferRow, TermCount
from kiosk.ui import metrics
from kiosk.ui.widgets.card_delegate import CardDelegate
from kiosk.ui.widgets.common import (
    button_text,
    make_kinetic,
    plain_label,
    term_label,
    touch_button,
)

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ListRequest:
    """What the list shows: one main term (category or group) and an optional filter."""

    main_id: str
    main_name: str
    main_is_category: bool
    filter_id: str | None = None


class OfferListModel(QAbstractListModel):
    """Holds the rows of the current list; the view paints only what is visible."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[OfferRow] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of offers (flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The row itself for the delegate; the name for accessibility."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.name}, {row.organization}"
        return None

    def set_rows(self, rows: list[OfferRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, index: int) -> OfferRow:
        """The offer in one row."""
        return self._rows[index]


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
    """

    offer_chosen = Signal(str)
    filter_changed = Signal(object)
    open_ids_needed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.request: ListRequest | None = None
        self._chips: list[TermCount] = []
        self._total = 0
        self._loading = False
        # "Jetzt geöffnet": all loaded rows are kept; the open ones come from a background task.
        self.open_only = False
        self._all_rows: list[OfferRow] = []
        self._complete = False  # whether the rows shown are the whole list
        self._pending_ids: list[str] | None = None
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

        self.model = OfferListModel()
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

        self.empty_label = plain_label(role="empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

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

    def show_request(self, request: ListRequest) -> tuple[bool, bool]:
        """Start showing a list; rows (and chips) arrive through set_rows / set_chips.

        Returns:
            Whether the rows and whether the chips must be loaded. Back to the list just
            shown needs neither: it keeps its rows and where the visitor had scrolled to.
        """
        if request == self.request and not self._loading:
            return False, False
        self._complete = False
        same_main = self.request is not None and self.request.main_id == request.main_id
        self.request = request
        self._loading = True
        self.model.set_rows([])
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

    def set_rows(self, rows: list[OfferRow], *, complete: bool = True) -> None:
        """Show the offers of the current request (only the open ones while that is on).

        A first screenful may come before the full list (complete=False); it is dropped
        when the full list is already there, or when the "open now" filter needs all rows.
        """
        if not complete and (self._complete or self.open_only):
            return
        self._complete = complete
        self._all_rows = rows
        if self.open_only:
            self._ask_open_ids()
            return
        self._show_rows(rows)
        if not complete:
            self._loading = True  # the count waits for the full list
            self._update_texts()

    def set_open_ids(self, ids: list[str], open_ids: set[str]) -> None:
        """The answer to `open_ids_needed`; an answer for an older list is dropped."""
        if ids is not self._pending_ids or not self.open_only:
            return
        self._pending_ids = None
        self._show_rows([r for r in self._all_rows if r.id in open_ids])

    def _ask_open_ids(self) -> None:
        self._loading = True
        self.model.set_rows([])
        self._update_texts()
        self._pending_ids = [r.id for r in self._all_rows]
        self.open_ids_needed.emit(self._pending_ids)

    def _on_open_button_clicked(self, checked: bool) -> None:
        self.open_only = checked
        if checked:
            self._ask_open_ids()
        else:
            self._pending_ids = None
            self._show_rows(self._all_rows)

    def _show_rows(self, rows: list[OfferRow]) -> None:
        self._loading = False
        self._total = len(rows)
        self.model.set_rows(rows)
        self.view.clearSelection()
        self.view.scrollToTop()
        self._update_texts()

    def set_chips(self, chips: list[TermCount]) -> None:
        """Show the filter chips of the other dimension."""
        self._chips = chips
        self._fill_chips()

    def reset(self) -> None:
        """Forget everything of the previous visitor."""
        self.request = None
        self._chips = []
        self._total = 0
        self.open_only = False
        self.open_button.setChecked(False)
        self._all_rows = []
        self._complete = False
        self._pending_ids = None
        self.model.set_rows([])
        self._fill_chips()
        self._update_texts()

    def _update_texts(self) -> None:
        if self._loading:
            self.count_label.setText(self.tr("Angebote werden geladen …"))
        else:
            self.count_label.setText(self.tr("%n Angebot(e)", "", self._total))
        none = not self._loading and self._total == 0 and self.request is not None
        self.empty_label.setText(self.tr(
            "Hier gibt es gerade keine Angebote. Tippen Sie auf „Zurück“ oder wählen Sie "
            "einen anderen Filter."))
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
