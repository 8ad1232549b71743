"""Home screen: greeting, search strip, category tiles and the "Für wen?" row."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.data.queries import TermCount
from kiosk.ui import metrics
from kiosk.ui.widgets.common import TileButton, clear_layout, plain_label, term_label


class HomeScreen(QWidget):
    """The first screen a visitor sees.

    Signals:
        category_chosen(str, str): term id and name of a category tile.
        group_chosen(str, str): term id and name of a target group.
        search_requested(): the search strip was touched.
    """

    category_chosen = Signal(str, str)
    group_chosen = Signal(str, str)
    search_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._categories: list[TermCount] = []
        self._groups: list[TermCount] = []

        self.greeting = plain_label(role="heading", wrap=False)
        # The search strip: big, navy, with the magnifier, the word "Suchen" and an example.
        self.search_button = TileButton(
            "", icon_name="nav-search-white", fallback_icon="nav-search", role="search-strip",
            icon_px=metrics.TILE_ICON, accessible_name="", horizontal=True)
        self.search_button.setMinimumHeight(metrics.TOUCH_MIN)
        self.search_button.setMinimumWidth(metrics.SEARCH_STRIP_WIDTH)
        self.search_hint = plain_label(role="search-strip-hint", wrap=False)
        self.search_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        strip_layout = self.search_button.layout()
        if strip_layout is not None:
            strip_layout.setContentsMargins(28, 6, 32, 6)
            strip_layout.addWidget(self.search_hint)
        self.search_button.clicked.connect(self.search_requested)

        self.groups_title = plain_label(role="heading", wrap=False)
        self._tiles = QGridLayout()
        self._tiles.setSpacing(metrics.GAP)
        self._group_row = QHBoxLayout()
        self._group_row.setSpacing(metrics.GAP)

        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.search_button)

        layout = QVBoxLayout(self)
        # Tight outer spacing: the 88 px search strip must not squeeze the tiles' two-line names.
        layout.setContentsMargins(metrics.MARGIN, 6, metrics.MARGIN, 10)
        layout.setSpacing(metrics.GAP - 4)
        layout.addLayout(top)
        layout.addLayout(self._tiles, 1)
        layout.addWidget(self.groups_title)
        layout.addLayout(self._group_row)
        self.retranslate()

    def title(self) -> str:
        """What the header says on this screen."""
        return self.tr("Willkommen! Wobei können wir helfen?")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.greeting.setText(self.tr("Tippen Sie auf ein Thema:"))
        self.search_button.set_texts(self.tr("Suchen"))
        self.search_hint.setText(self.tr("Wort eingeben, z. B. Pflege"))
        self.search_button.setAccessibleName(self.tr("Suchen: Wort eingeben, z. B. Pflege"))
        self.groups_title.setText(self.tr("Für wen?"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_terms(self, categories: list[TermCount], groups: list[TermCount]) -> None:
        """Show the categories and target groups that have offers (rebuilt only on change)."""
        if categories == self._categories and groups == self._groups and self._tiles.count():
            return
        self._categories = categories
        self._groups = groups
        self._fill()

    def _offers_text(self, count: int) -> str:
        return self.tr("%n Angebot(e)", "", count)

    def _fill(self) -> None:
        clear_layout(self._tiles)
        clear_layout(self._group_row)
        count = len(self._categories)
        columns = max(3, min(6, math.ceil(count / 3))) if count else 1
        for column in range(columns):
            self._tiles.setColumnStretch(column, 1)
        for index, term in enumerate(self._categories):
            name = term_label(term.name)
            tile = TileButton(
                name, detail=self._offers_text(term.offers),
                icon_name=f"category-{term.code}", fallback_icon="category-default",
                role="tile", icon_px=metrics.TILE_ICON,
                accessible_name=f"{name}, {self._offers_text(term.offers)}",
            )
            tile.setMinimumHeight(metrics.TILE_HEIGHT)
            tile.clicked.connect(
                lambda _=False, t=term: self.category_chosen.emit(t.id, term_label(t.name)))
            self._tiles.addWidget(tile, index // columns, index % columns)
        for term in self._groups:
            name = term_label(term.name)
            button = TileButton(
                name, icon_name=f"group-{term.code}", fallback_icon="group-default",
                role="group", icon_px=metrics.GROUP_ICON,
                accessible_name=f"{self.tr('Für wen?')} {name}",
            )
            button.setMinimumHeight(metrics.GROUP_HEIGHT)
            button.clicked.connect(
                lambda _=False, t=term: self.group_chosen.emit(t.id, term_label(t.name)))
            self._group_row.addWidget(button, 1)
        self.groups_title.setVisible(bool(self._groups))
        if not self._categories:
            self._tiles.addWidget(
                plain_label(self.tr("Gerade sind keine Angebote geladen. Bitte fragen Sie "
                                    "das Team der Sozial-Info."), role="empty"), 0, 0,
                alignment=Qt.AlignmentFlag.AlignCenter)
