"""The Merkliste: up to 10 offers of this visit (never stored), to look at again or print."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.data.queries import OfferRow
from kiosk.ui import metrics
from kiosk.ui.widgets.common import (
    TileButton,
    clear_layout,
    plain_label,
    touch_button,
)

MAX_REMEMBERED = 10
ROW_HEIGHT = 112  # five rows a column fit between header and navigation bar


class Merkliste(QObject):
    """The offer ids a visitor keeps during one visit, in the order they were added.

    Visit state only: held in memory, emptied by the idle reset, never written to disk.

    Signals:
        changed(): an offer was added or removed, or the list was emptied.
    """

    changed = Signal()

    def __init__(self, limit: int = MAX_REMEMBERED, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._ids: list[str] = []

    def ids(self) -> list[str]:
        """The offer ids, oldest first."""
        return list(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, offer_id: object) -> bool:
        return offer_id in self._ids

    def is_full(self) -> bool:
        """Whether no further offer fits."""
        return len(self._ids) >= self.limit

    def add(self, offer_id: str) -> bool:
        """Add an offer; False when the list is full (an offer already there counts as added)."""
        if offer_id in self._ids:
            return True
        if self.is_full():
            return False
        self._ids.append(offer_id)
        self.changed.emit()
        return True

    def remove(self, offer_id: str) -> None:
        """Take an offer off the list."""
        if offer_id in self._ids:
            self._ids.remove(offer_id)
            self.changed.emit()

    def clear(self) -> None:
        """Forget everything (between visitors)."""
        if self._ids:
            self._ids.clear()
            self.changed.emit()


class MerklisteScreen(QWidget):
    """The remembered offers: open one, take one off, print all.

    Signals:
        offer_chosen(str): an offer's row was touched.
        remove_requested(str): "Entfernen" was touched on a row.
        print_all_requested(): "Alle drucken" was touched.
    """

    offer_chosen = Signal(str)
    remove_requested = Signal(str)
    print_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.rows: list[OfferRow] = []
        self.count_label = plain_label(role="count", wrap=False)
        self.print_button = touch_button("", role="primary", icon_name="nav-print-white")
        self.print_button.setMinimumWidth(420)
        self.print_button.clicked.connect(self.print_all_requested)
        self.message = plain_label(role="soft")
        self.message.setVisible(False)
        top = QHBoxLayout()
        top.setSpacing(metrics.GAP * 2)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.print_button)

        # Ten rows in two columns fit the screen: no scrolling, every button always in reach.
        self.list_widget = QWidget()
        self.list_widget.setProperty("role", "screen")
        self.list_layout = QGridLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(metrics.GAP)
        self.list_layout.setHorizontalSpacing(metrics.GAP * 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 24, metrics.MARGIN, 16)
        layout.setSpacing(metrics.GAP)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.list_widget, 1)
        self.retranslate()

    def title(self) -> str:
        """The header's title on this screen."""
        return self.tr("Merkliste")

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.print_button.setText(self.tr("Alle drucken"))
        self.print_button.setAccessibleName(self.tr("Alle Angebote der Merkliste drucken"))
        self.set_rows(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        """Empty the screen (between visitors)."""
        self.set_message("")
        self.set_rows([])

    def set_message(self, text: str) -> None:
        """A short note (printing); "" hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_rows(self, rows: list[OfferRow]) -> None:
        """Show the remembered offers (rebuilt from scratch)."""
        self.rows = list(rows)
        clear_layout(self.list_layout)
        self.print_button.setEnabled(bool(rows))
        if rows:
            self.count_label.setText(self.tr("%n Angebot(e) gemerkt (höchstens %1)", "",
                                             len(rows)).replace("%1", str(MAX_REMEMBERED)))
        else:
            self.count_label.setText("")
            empty = plain_label(self.tr("Ihre Merkliste ist leer. Tippen Sie bei einem Angebot "
                                        "auf „Merken“, dann erscheint es hier."), "empty")
            self.list_layout.addWidget(empty, 0, 0, 1, 2)
        per_column = (len(rows) + 1) // 2
        for index, row in enumerate(rows):
            line = QWidget()
            box = QHBoxLayout(line)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(metrics.GAP)
            text = f"{row.name}\n{row.organization}" if row.organization else row.name
            open_button = TileButton(text, icon_name="nav-info", fallback_icon="",
                                     role="group", icon_px=metrics.GROUP_ICON,
                                     accessible_name=row.name, horizontal=True)
            open_button.setFixedHeight(ROW_HEIGHT)
            open_button.clicked.connect(lambda _=False, i=row.id: self.offer_chosen.emit(i))
            remove = touch_button(self.tr("Entfernen"), icon_name="nav-close",
                                  accessible_name=self.tr("%1 von der Merkliste nehmen")
                                  .replace("%1", row.name))
            remove.setFixedHeight(ROW_HEIGHT)
            remove.setMinimumWidth(240)
            remove.clicked.connect(lambda _=False, i=row.id: self.remove_requested.emit(i))
            box.addWidget(open_button, 1)
            box.addWidget(remove)
            per_column = max(per_column, 1)
            self.list_layout.addWidget(line, index % per_column, index // per_column)
        self.list_layout.setRowStretch(max(per_column, 1), 1)
