"""Render every kiosk SVG icon into one contact-sheet PNG, to check them by eye."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMessageLogContext, QRectF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons"
ICON_PX = 96
CELL_W = 230
CELL_H = 140
COLUMNS = 7
LIGHT_BG = QColor("#FFFFFF")
DARK_BG = QColor("#1B4F72")
LABEL_COLOUR = QColor("#222222")

_qt_messages: list[str] = []


def _collect_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Keep every message Qt logs, so that rendering warnings are reported.

    Args:
        mode: The Qt message type.
        context: Where the message came from (unused).
        message: The message text.
    """
    _qt_messages.append(f"{mode.name}: {message}")


def render_icon(path: Path, size: int = ICON_PX) -> QImage:
    """Render one SVG file into a transparent square image.

    Args:
        path: The SVG file.
        size: Width and height of the image in pixels.

    Returns:
        The rendered image (ARGB32, premultiplied).

    Raises:
        ValueError: If Qt cannot parse the file as SVG.
    """
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG for Qt: {path}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def contact_sheet(paths: Sequence[Path]) -> QImage:
    """Lay the rendered icons out in a grid, each with its file name underneath.

    White variants (``*-white.svg``) are drawn on a dark cell, like the nav buttons.

    Args:
        paths: The SVG files, in display order.

    Returns:
        The contact sheet.
    """
    rows = max(1, (len(paths) + COLUMNS - 1) // COLUMNS)
    sheet = QImage(COLUMNS * CELL_W, rows * CELL_H, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("#E8E8E8"))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for index, path in enumerate(paths):
        x = (index % COLUMNS) * CELL_W
        y = (index // COLUMNS) * CELL_H
        background = DARK_BG if path.stem.endswith("-white") else LIGHT_BG
        painter.fillRect(x + 2, y + 2, CELL_W - 4, CELL_H - 4, background)
        icon = render_icon(path)
        painter.drawImage((x + (CELL_W - ICON_PX) // 2), y + 8, icon)
        painter.setPen(QColor("#FFFFFF") if background == DARK_BG else LABEL_COLOUR)
        painter.drawText(
            QRectF(x + 2, y + ICON_PX + 12, CELL_W - 4, CELL_H - ICON_PX - 14),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            path.name,
        )
    painter.end()
    return sheet


def main(argv: Sequence[str] | None = None) -> int:
    """Render the contact sheet and report invalid files or Qt warnings.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        0 if every icon is valid and Qt logged nothing, otherwise 1.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/icons.png"), help="PNG to write")
    parser.add_argument("--icons", type=Path, default=ICON_DIR, help="folder with the SVG files")
    args = parser.parse_args(argv)

    qInstallMessageHandler(_collect_qt_message)
    app = QGuiApplication.instance() or QGuiApplication([])
    paths = sorted(args.icons.glob("*.svg"))
    if not paths:
        print(f"no SVG files in {args.icons}", file=sys.stderr)
        return 1

    invalid = [path.name for path in paths if not QSvgRenderer(str(path)).isValid()]
    valid = [path for path in paths if path.name not in invalid]
    sheet = contact_sheet(valid)
    if not sheet.save(str(args.out)):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    del app

    print(f"{len(valid)} icons rendered to {args.out}")
    for name in invalid:
        print(f"INVALID: {name}", file=sys.stderr)
    for message in _qt_messages:
        print(f"Qt {message}", file=sys.stderr)
    return 1 if invalid or _qt_messages else 0


if __name__ == "__main__":
    sys.exit(main())
