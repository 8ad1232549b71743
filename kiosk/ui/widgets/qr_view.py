"""QrView: a QR matrix drawn crisp at any size (whole pixels per module), its host beneath."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk.qr import QUIET_ZONE, QrMatrix
from kiosk.ui.widgets.common import plain_label

MIN_CODE_PX = 340  # about 9 cm on a 24" 1080p screen: scans from 40 cm with an ordinary phone


class QrCode(QWidget):
    """Paints one matrix as whole-pixel squares (no smoothing, no scaled bitmap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: QrMatrix | None = None
        # The dark runs as rectangles for one matrix, size and place (a repaint reuses them).
        self._rects: tuple[tuple[int, int, int], list[QRect]] | None = None
        self.setMinimumSize(MIN_CODE_PX, MIN_CODE_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        """Square, at least the scannable minimum."""
        return QSize(MIN_CODE_PX, MIN_CODE_PX)

    def set_matrix(self, matrix: QrMatrix | None) -> None:
        """Show a code (None: nothing)."""
        self.matrix = matrix
        self._rects = None
        self.update()

    def code_rect(self) -> QRect:
        """Where the code with its quiet zone is painted (whole pixels per module, centred)."""
        if self.matrix is None:
            return QRect()
        n = self.matrix.size + 2 * QUIET_ZONE
        module = max(1, min(self.width(), self.height()) // n)
        side = module * n
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """White square, then the dark runs in one call."""
        if self.matrix is None:
            return
        rect = self.code_rect()
        module = rect.width() // (self.matrix.size + 2 * QUIET_ZONE)
        x0 = rect.x() + QUIET_ZONE * module
        y0 = rect.y() + QUIET_ZONE * module
        if self._rects is None or self._rects[0] != (module, x0, y0):
            self._rects = ((module, x0, y0), [
                QRect(x0 + col * module, y0 + row * module, length * module, module)
                for row, col, length in self.matrix.runs()])
        rects = self._rects[1]
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(rect, QColor("white"))
        painter.setBrush(QColor("black"))
        painter.drawRects(rects)  # one call (see kiosk.slip.draw_matrix on PySide6 6.12)
        painter.end()


class QrView(QWidget):
    """A code, large enough to scan from about 40 cm, with the host written beneath it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QrCode()
        self.caption = plain_label(role="qr-host", wrap=True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)

    def set_code(self, matrix: QrMatrix | None, caption: str) -> None:
        """Show a matrix and the plain text beneath it (the host, never the whole URL)."""
        self.code.set_matrix(matrix)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.setAccessibleName(caption)
