"""Offer list models: a short list held whole, and one read page by page on a worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kiosk.data import queries
from kiosk.data.queries import ListQuery, OfferPage, OfferRow, Sessions
from kiosk.ui.tasks import Runner, Task

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_ROWS = 150  # ~30 screenfuls of the list's 148 px rows; ~2-5 ms on the worker at 50,000
# The first page is shorter: it is what the tap waits for (~1.5 ms instead of ~5 ms at 50,000
# offers, SQL and rows), and six screenfuls leave time to read the next page.
FIRST_PAGE_ROWS = 24


class OfferListModel(QAbstractListModel):
    """Holds a short list's rows (search hits); offer lists page (`PagedOfferModel`)."""

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


class PagedOfferModel(OfferListModel):
    """The rows of one offer list, read in pages of PAGE_ROWS as the visitor scrolls.

    The first page (FIRST_PAGE_ROWS) comes with the list's count (a precomputed term count
    or one COUNT); the next page is read when the view asks (`canFetchMore`/`fetchMore`) or earlier
    (`prefetch`). Every read runs on the runner; the GUI thread only inserts rows. A list
    started anew (`start`) or emptied (`clear`) drops the answers still on their way.

    Signals:
        count_changed(int): the number of offers the whole list has (-1: not known yet).
        page_failed(object): reading a page failed (the exception); paging stops.
        page_loaded(int): a page was added (how many rows the model now holds).
    """

    count_changed = Signal(int)
    page_failed = Signal(object)
    page_loaded = Signal(int)

    def __init__(self, page_rows: int = PAGE_ROWS, first_rows: int = FIRST_PAGE_ROWS) -> None:
        super().__init__()
        self.page_rows = page_rows
        self.first_rows = first_rows
        self.total = -1
        self.failed = False
        self._runner: Runner | None = None
        self._sessions: Sessions | None = None
        self._query: ListQuery | None = None
        self._after: tuple[str, str] | None = None
        self._done = True
        self._task: Task | None = None
        self._waiting = False  # a read submitted and not answered (InlineRunner answers at once)

    # -- Qt's model interface (rows and data: OfferListModel) -----------------------------
    def canFetchMore(self, parent: ModelIndex) -> bool:
        """Whether rows remain to be read and no read is under way."""
        return not parent.isValid() and self._can_fetch()

    def fetchMore(self, parent: ModelIndex) -> None:
        """Read the next page on the worker; its rows arrive later."""
        if not parent.isValid():
            self.prefetch()

    # -- paging ---------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Whether a read is under way."""
        return self._task is not None

    @property
    def complete(self) -> bool:
        """Whether every row of the list has been read."""
        return self._done and self._query is not None and not self.failed

    def start(self, runner: Runner, sessions: Sessions, query: ListQuery) -> None:
        """Forget the rows, then read the count and first page of another list."""
        self.clear()
        self._runner, self._sessions, self._query = runner, sessions, query
        self._done = False
        limit = self.first_rows
        self._submit(lambda: queries.first_offers_page(sessions, query, limit),
                     self._on_first_page_read)

    def clear(self) -> None:
        """No rows, no list; answers still on their way are dropped."""
        if self._task is not None:
            self._task.cancel()
        self._task, self._waiting = None, False
        self._query = None
        self._after = None
        self._done = True
        self.failed = False
        if self._rows:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
        if self.total != -1:
            self.total = -1
            self.count_changed.emit(-1)

    def prefetch(self) -> None:
        """Read the next page now, unless one is on its way or the list is complete."""
        if not self._can_fetch():
            return
        assert self._runner is not None and self._sessions is not None
        sessions, query, after, limit = self._sessions, self._query, self._after, self.page_rows
        assert query is not None
        self._submit(lambda: queries.offers_page(sessions, query, after=after, limit=limit),
                     self._on_page_read)

    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        assert self._runner is not None
        self._waiting = True
        task = self._runner.submit(fn, on_done, self._on_page_failed)
        self._task = task if self._waiting else None

    def _can_fetch(self) -> bool:
        return not self._done and self._task is None and self._query is not None

    def _on_first_page_read(self, answer: tuple[int, OfferPage, ListQuery]) -> None:
        count, page, plan = answer
        self._task, self._waiting = None, False
        self._query = plan
        self.total = count
        self.count_changed.emit(count)
        self._append(page)

    def _on_page_read(self, page: OfferPage) -> None:
        self._task, self._waiting = None, False
        self._append(page)

    def _append(self, page: OfferPage) -> None:
        self._after = page.after
        self._done = page.after is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def fail(self, exc: BaseException) -> None:
        """Stop paging after a failed read (also one the screen made for this list)."""
        self._on_page_failed(exc)

    def _on_page_failed(self, exc: BaseException) -> None:
        log.error("reading a page of the offer list failed", exc_info=exc)
        self._task, self._waiting = None, False
        self._done = True
        self.failed = True
        self.page_failed.emit(exc)
