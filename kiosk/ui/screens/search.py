"""Search screen: a big field, the on-screen keyboard, and results that follow the typing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kiosk import hours
from kiosk.config import Settings, assets_dir
from kiosk.data.queries import OfferRow
from kiosk.data.search import (
    SearchResult,
    load_synonyms,
    query_words,
    search,
    synonym_files,
)
from kiosk.data.store import AtlasStore
from kiosk.ui import metrics
from kiosk.ui.paged_offers import OfferListModel
from kiosk.ui.tasks import Runner, Task
from kiosk.ui.widgets.card_delegate import CardDelegate
from kiosk.ui.widgets.common import (
    button_text,
    clear_layout,
    make_kinetic,
    plain_label,
    touch_button,
)
from kiosk.ui.widgets.keyboard import OnScreenKeyboard, make_touch_field

Searcher = Callable[[str], SearchResult]
RESULT_LIMIT = 30


def _elided_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """Wrap text at word boundaries into at most `max_lines` lines, the last one elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        lines.append(text[start:] if len(lines) == max_lines - 1 else
                     text[start:start + length].rstrip())
    layout.endLayout()
    if lines:
        lines[-1] = QFontMetrics(font).elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines


class SearchRowDelegate(CardDelegate):
    """Paints one hit: the name on up to two lines (bold), the organisation under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(metrics.SEARCH_ROW_HEIGHT, parent)

    def paint_text(self, painter: QPainter, inner: QRect, row: OfferRow) -> None:
        """The name (two lines at most), then the organisation."""
        y = inner.top()
        for line in _elided_lines(row.name, self.name_font, inner.width(), 2):
            y = self.line(painter, self.name_font, metrics.INK, line, inner, y)
        self.line(painter, self.org_font, metrics.INK_SOFT, row.organization, inner, y + 4)


class SearchScreen(QWidget):
    """Type a word on the on-screen keyboard; the best offers appear beside it.

    Searches run on the runner, never on the GUI thread. The first key searches at once; keys
    typed within SEARCH_DEBOUNCE_MS of a search are gathered into one search after it, and a
    result that no longer matches the field is dropped.

    Signals:
        offer_chosen(str): an offer id.
        results_shown(int): a result is on screen (number of offers).
    """

    offer_chosen = Signal(str)
    results_shown = Signal(int)

    def __init__(self, runner: Runner, searcher: Searcher, *,
                 hours_config: hours.HoursConfig | None = None,
                 extra_closures: Callable[[], tuple[hours.Closure, ...]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._runner = runner
        self._searcher = searcher
        self._hours = hours_config
        self._extra_closures = extra_closures  # what staff closed at runtime
        self._task: Task | None = None
        self._pending = False
        self.result: SearchResult | None = None

        self.field = make_touch_field()
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.field)
        self.hint_label = plain_label(role="soft")
        self.count_label = plain_label(role="count", wrap=False)

        self.model = OfferListModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchRowDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setDragEnabled(False)
        make_kinetic(self.view)
        self.view.clicked.connect(self._on_view_clicked)

        # Shown instead of the list when the field is empty or nothing was found.
        self.empty_panel = QWidget()
        self.empty_panel.setProperty("role", "screen")
        self.empty_label = plain_label(role="empty")
        self.empty_label.setContentsMargins(0, 0, 0, 0)
        self.suggestion_title = plain_label(role="heading", wrap=False)
        self._suggestion_box = QVBoxLayout()
        self._suggestion_box.setSpacing(metrics.GAP)
        self.ask_label = plain_label(role="alert")
        empty = QVBoxLayout(self.empty_panel)
        empty.setContentsMargins(0, 0, 0, 0)
        empty.setSpacing(metrics.GAP)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.suggestion_title)
        empty.addLayout(self._suggestion_box)
        empty.addStretch(1)
        empty.addWidget(self.ask_label)

        left = QVBoxLayout()
        left.setSpacing(metrics.GAP)
        left.addWidget(self.field)
        left.addWidget(self.hint_label)
        left.addStretch(1)
        left.addWidget(self.keyboard)
        right = QVBoxLayout()
        right.setSpacing(metrics.GAP)
        right.addWidget(self.count_label)
        right.addWidget(self.view, 1)
        right.addWidget(self.empty_panel, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 16, metrics.MARGIN - metrics.GAP, 16)
        layout.setSpacing(metrics.MARGIN)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(metrics.SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------
    def title(self) -> str:
        """What the header says on this screen."""
        return self.tr("Suchen")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.field.setPlaceholderText(self.tr("Suchwort eingeben …"))
        self.field.setAccessibleName(self.tr("Suchwort"))
        self.hint_label.setText(self.tr(
            "Tippen Sie ein Wort auf der Tastatur, z. B. Pflege, Wohnung oder Schulden. "
            "Die Treffer erscheinen rechts."))
        self.view.setAccessibleName(self.tr("Treffer"))
        self.suggestion_title.setText(self.tr("Meinten Sie vielleicht:"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask_text(self, now: dt.datetime | None = None) -> str:
        """'Fragen Sie uns' with the Sozial-Info's next staffed time, when the hours are known."""
        fallback = self.tr("Fragen Sie uns – das Team der Sozial-Info hilft Ihnen gern.")
        if self._hours is None:
            return fallback
        try:
            zone = ZoneInfo(self._hours.timezone)
            closed = self._extra_closures() if self._extra_closures else ()
            status = hours.site_status(self._hours, now or dt.datetime.now(zone), closed)
        except Exception:  # the hint must never break the search screen
            return fallback
        if status.staffed and status.staffed_until is not None:
            return self.tr("Fragen Sie uns – das Team der Sozial-Info ist jetzt für Sie da, "
                           "bis %1 Uhr.").replace("%1", status.staffed_until.strftime("%H:%M"))
        slot = status.next_slot
        if slot is None:
            return fallback
        weekdays = (self.tr("Montag"), self.tr("Dienstag"), self.tr("Mittwoch"),
                    self.tr("Donnerstag"), self.tr("Freitag"), self.tr("Samstag"),
                    self.tr("Sonntag"))
        when = (f"{weekdays[slot.start.weekday()]}, {slot.start.strftime('%d.%m.')}, "
                f"{slot.start.strftime('%H:%M')}–{slot.end.strftime('%H:%M')}")
        return self.tr("Fragen Sie uns – das Team der Sozial-Info ist wieder da: %1 Uhr."
                       ).replace("%1", when)

    # -- searching ------------------------------------------------------------------------
    def _on_field_text_changed(self, _text: str) -> None:
        if self._timer.isActive():
            self._pending = True  # typed quickly: gather the keys into one search
            return
        self._start_search()

    def search_now(self) -> None:
        """Search the field's text at once, without waiting for more keys."""
        self._timer.stop()
        self._pending = False
        self._start_search()

    def _on_timer_timeout(self) -> None:
        if self._pending:
            self._pending = False
            self._start_search()

    def _start_search(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        query = self.field.text()
        if not query_words(query):
            self.result = None
            self.model.set_rows([])
            self._show_state()
            return
        self._timer.start()  # keys typed within the next moment are gathered into one search
        self._task = self._runner.submit(lambda: self._searcher(query), self._on_search_done,
                                         self._on_search_failed)

    def _on_search_done(self, result: SearchResult) -> None:
        self._task = None
        if result.query != self.field.text():
            return  # the visitor typed on; a newer search follows
        self.result = result
        self.model.set_rows(list(result.rows))
        self.view.clearSelection()
        self.view.scrollToTop()
        self._show_state()
        self.results_shown.emit(len(result.rows))

    def _on_search_failed(self, exc: BaseException) -> None:
        self._task = None
        self.result = SearchResult(self.field.text())
        self.model.set_rows([])
        self._show_state()

    def _show_state(self) -> None:
        result = self.result
        has_rows = bool(result and result.rows)
        self.view.setVisible(has_rows)
        self.empty_panel.setVisible(not has_rows)
        clear_layout(self._suggestion_box)
        if result is None:
            self.count_label.setText(self.tr("Treffer"))
            self.empty_label.setText(self.tr("Hier erscheinen die Angebote zu Ihrem Wort."))
            self.suggestion_title.hide()
            self.ask_label.hide()
            return
        if has_rows:
            count = len(result.rows)
            self.count_label.setText(self.tr("Die besten %n Treffer", "", count) if result.more
                                     else self.tr("%n Treffer", "", count))
            return
        self.count_label.setText(self.tr("Keine Treffer"))
        self.empty_label.setText(self.tr("Dazu haben wir leider nichts gefunden."))
        self.suggestion_title.setVisible(bool(result.suggestions))
        for word in result.suggestions:
            button = touch_button(button_text(word), role="suggestion",
                                  accessible_name=self.tr("Suchen nach %1").replace("%1", word))
            button.setMinimumHeight(metrics.TOUCH_MIN)
            button.clicked.connect(lambda _=False, w=word: self._on_suggestion_clicked(w))
            self._suggestion_box.addWidget(button)
            button.show()  # at once: a layout would only show it on the next event loop turn
        self.ask_label.setText(self.ask_text())
        self.ask_label.show()

    def _on_suggestion_clicked(self, word: str) -> None:
        self._timer.stop()
        self._pending = False
        self.field.setText(word)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.offer_chosen.emit(self.model.row_at(index.row()).id)

    # -- between visitors -----------------------------------------------------------------
    def reset(self) -> None:
        """Forget the visitor's search: empty field without undo history, no results."""
        self._timer.stop()
        self._pending = False
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.field.blockSignals(True)
        self.field.setText("")  # not clear(): clear() can be undone
        self.field.blockSignals(False)
        self.result = None
        self.model.set_rows([])
        self._show_state()


def make_searcher(store: AtlasStore, settings: Settings) -> Searcher:
    """The search over the live atlas (read at each search: a sync may swap the file)."""
    synonyms = load_synonyms(synonym_files(
        assets_dir(), settings.raw, settings.source.parent if settings.source else None))

    def run(query: str) -> SearchResult:
        return search(store.sessions, query, synonyms, RESULT_LIMIT)

    return run
