"""The card every offer row is painted as (lists and search hits): frame, press, chevron."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.data.queries import OfferRow
from kiosk.ui import metrics

ModelIndex = QModelIndex | QPersistentModelIndex


def font(pixels: int, *, bold: bool = False) -> QFont:
    """The kiosk's typeface at a pixel size."""
    result = QFont("DejaVu Sans")
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


class CardDelegate(QStyledItemDelegate):
    """Paints a row as a white card that darkens when pressed, with a chevron on the right.

    Subclasses draw the text inside with `paint_text`.
    """

    def __init__(self, row_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_height = row_height
        self.name_font = font(metrics.NAME_PX, bold=True)
        self.org_font = font(metrics.SMALL_PX)
        self.body_font = font(metrics.BODY_PX)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Every row has the same height (lets the view skip measuring 50,000 rows)."""
        return QSize(option.rect.width(), self.row_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Draw the card, then its text, then the chevron."""
        row = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(row, OfferRow):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(0, 6, -metrics.GAP, -6)
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor(metrics.NAVY if pressed else metrics.CARD_BORDER), 2))
        painter.setBrush(QColor(metrics.PRESSED if pressed else metrics.CARD))
        painter.drawRoundedRect(card, 16, 16)
        self.paint_text(painter, card.adjusted(26, 12, -66, -10), row)
        # A chevron says "there is more behind this row".
        painter.setPen(QPen(QColor(metrics.NAVY), 5, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        cx, cy = card.right() - 36, card.center().y()
        painter.drawPolyline([QPoint(cx - 8, cy - 16), QPoint(cx + 8, cy),
                              QPoint(cx - 8, cy + 16)])
        painter.restore()

    def paint_text(self, painter: QPainter, inner: QRect, row: OfferRow) -> None:
        """Draw the row's text inside the card."""
        raise NotImplementedError

    @staticmethod
    def line(painter: QPainter, text_font: QFont, colour: str, text: str, inner: QRect,
             y: int) -> int:
        """One line of text, elided to the card's width; returns the next line's top."""
        fm = QFontMetrics(text_font)
        painter.setFont(text_font)
        painter.setPen(QColor(colour))
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()),
                         Qt.TextFlag.TextSingleLine,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
        return y + fm.height()
