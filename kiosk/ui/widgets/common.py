"""Building blocks: plain-text labels, touch buttons, kinetic scrolling, icons."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import assets_dir
from kiosk.ui import metrics


def plain_label(text: str = "", role: str = "body", *, wrap: bool = True,
                parent: QWidget | None = None) -> QLabel:
    """A label that never interprets text as HTML and offers no selection or links."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setProperty("role", role)
    label.setText(text)
    return label


@cache
def _icon_path(name: str) -> Path | None:
    path = assets_dir() / "icons" / f"{name}.svg"
    return path if path.is_file() else None


def icon(name: str, fallback: str = "") -> QIcon:
    """An SVG icon from assets/icons, or the fallback, or an empty icon."""
    path = _icon_path(name) or (_icon_path(fallback) if fallback else None)
    return QIcon(str(path)) if path else QIcon()


def _touch_ready(button: QAbstractButton, accessible_name: str) -> None:
    button.setMinimumHeight(metrics.TOUCH_MIN)
    button.setMinimumWidth(metrics.TOUCH_MIN)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(accessible_name)
    button.setAutoRepeat(False)


def touch_button(text: str, *, role: str = "", icon_name: str = "",
                 accessible_name: str = "", parent: QWidget | None = None) -> QPushButton:
    """A big push button that shows its press at once."""
    button = QPushButton(text, parent)
    if role:
        button.setProperty("role", role)
    if icon_name:
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(40, 40))
    _touch_ready(button, accessible_name or text)
    return button


def make_kinetic(area: QAbstractScrollArea) -> None:
    """Finger scrolling with momentum; a tap still reaches what is under the finger."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.2)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.05)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(props)


def term_label(name: str) -> str:
    """A category or target-group name in the visitor's language, when we know it.

    Feed terms are German; assets/i18n carries translations for the usual ones (context
    "taxonomy"). A name without a translation stays as the feed has it.
    """
    return QCoreApplication.translate("taxonomy", name)


def group_phone(number: str) -> str:
    """A phone number in readable groups: "+43 664 88 26 06 53"."""
    raw = number.strip().strip('"').strip()
    compact = "".join(ch for ch in raw if ch.isdigit() or ch == "+")
    if len(compact) < 6 or any(ch.isalpha() for ch in raw):
        return raw
    if " " in raw:  # the feed grouped it already (its extension or area code may matter)
        return " ".join(raw.replace("-", " ").replace("/", " ").split())
    if compact.startswith("+43"):
        rest = compact[3:]
        head, rest = (rest[:3], rest[3:]) if rest[:1] == "6" else (rest[:4], rest[4:])
        return " ".join(["+43", head, *_pairs(rest)])
    if compact.startswith("0") and len(compact) > 6:
        head, rest = (compact[:4], compact[4:]) if compact[1] == "6" else (
            compact[:5], compact[5:])
        return " ".join([head, *_pairs(rest)])
    return raw


def _pairs(digits: str) -> list[str]:
    if len(digits) <= 3:
        return [digits] if digits else []
    groups = [digits[i:i + 2] for i in range(0, len(digits), 2)]
    if len(groups[-1]) == 1:
        groups[-2] += groups.pop()
    return groups


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout; hidden at once, freed by the event loop."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def button_text(text: str) -> str:
    """Feed text for a button label: a lone "&" would turn into a keyboard mnemonic."""
    return text.replace("&", "&&")


class TileButton(QPushButton):
    """A big button with an icon and a label that wraps onto a second line when long."""

    def __init__(self, text: str, *, icon_name: str, fallback_icon: str, role: str,
                 icon_px: int, accessible_name: str, detail: str = "",
                 horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        _touch_ready(self, accessible_name)
        self.icon_label = plain_label(wrap=False)
        self.icon_label.setPixmap(icon(icon_name, fallback_icon).pixmap(icon_px, icon_px))
        self.icon_label.setFixedSize(icon_px, icon_px)
        self.text_label = plain_label(text, f"{role}-text")
        self.detail_label = plain_label(detail, f"{role}-detail", wrap=False)
        self.detail_label.setVisible(bool(detail))
        box: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(4 if not horizontal else 14)
        align = Qt.AlignmentFlag.AlignCenter
        if not horizontal:
            self.text_label.setAlignment(align)
            self.detail_label.setAlignment(align)
            box.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignHCenter)
            box.addWidget(self.text_label, 1)
            box.addWidget(self.detail_label)
        else:
            box.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
            box.addWidget(self.text_label, 1)
        for child in (self.icon_label, self.text_label, self.detail_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_texts(self, text: str, detail: str = "") -> None:
        """Change the label (and the smaller line under it)."""
        self.text_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
