"""The kiosk's SVG icon set: every required file exists, parses, is 48x48 and draws something."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

ICON_DIR = Path(__file__).resolve().parents[2] / "assets" / "icons"

CATEGORIES = [
    "beratung",
    "gesundheit",
    "psychische-gesundheit",
    "pflege",
    "familie",
    "bildung",
    "deutschkurse",
    "arbeit",
    "wohnen",
    "geld",
    "behinderung",
    "migration",
    "frauen",
    "kultur",
    "freizeit",
    "ehrenamt",
    "notfall",
    "default",
]
GROUPS = [
    "familien",
    "kinder-jugendliche",
    "senioren",
    "menschen-mit-behinderung",
    "gefluechtete-migranten",
    "frauen-maedchen",
    "zugezogene",
    "alle",
    "default",
]
NAV = [
    "back",
    "home",
    "language",
    "search",
    "print",
    "bookmark",
    "bookmarks",
    "qr",
    "phone",
    "close",
    "staff",
    "up",
    "down",
    "check",
    "info",
    "clock",
    "keyboard",
    "backspace",
]

REQUIRED = (
    [f"category-{code}.svg" for code in CATEGORIES]
    + [f"group-{code}.svg" for code in GROUPS]
    + [f"nav-{name}.svg" for name in NAV]
    + [f"nav-{name}-white.svg" for name in NAV]
)


def _render(path: Path, size: int = 96) -> QImage:
    """Render an SVG file into a transparent square image.

    Args:
        path: The SVG file.
        size: Width and height in pixels.

    Returns:
        The rendered image.
    """
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def _opaque_pixels(image: QImage) -> int:
    """Count the pixels that are not fully transparent.

    Args:
        image: The image to inspect.

    Returns:
        The number of pixels with a non-zero alpha.
    """
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


def test_license_lists_every_icon() -> None:
    text = (ICON_DIR / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC0" in text
    for name in REQUIRED:
        assert name in text, name


@pytest.mark.parametrize("name", REQUIRED)
def test_icon_is_valid_48px_svg(qapp: QApplication, name: str) -> None:
    path = ICON_DIR / name
    assert path.is_file(), f"missing icon {name}"
    source = path.read_text(encoding="utf-8")
    assert re.search(r'viewBox="0 0 48 48"', source), "viewBox must be 0 0 48 48"
    for forbidden in ("<text", "<image", "Gradient", "<filter", "xlink:href", "currentColor"):
        assert forbidden not in source, f"{name} uses {forbidden}"
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 48, 48)


@pytest.mark.parametrize("name", REQUIRED)
def test_icon_renders_something(qapp: QApplication, name: str) -> None:
    image = _render(ICON_DIR / name)
    opaque = _opaque_pixels(image)
    assert opaque > 100, f"{name} draws almost nothing ({opaque} px)"
    assert opaque < image.width() * image.height() * 0.6, f"{name} is mostly filled"


@pytest.mark.parametrize("name", NAV)
def test_white_variant_matches_shape(qapp: QApplication, name: str) -> None:
    blue = (ICON_DIR / f"nav-{name}.svg").read_text(encoding="utf-8")
    white = (ICON_DIR / f"nav-{name}-white.svg").read_text(encoding="utf-8")
    assert "#FFFFFF" in white
    assert "#1B4F72" not in white
    assert white == blue.replace("#1B4F72", "#FFFFFF")
