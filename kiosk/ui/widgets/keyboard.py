"""On-screen keyboard of our own: big keys, press feedback, layouts defined as data.

Why not Qt Virtual Keyboard (PySide6-Addons)? It would add about 100 MB of Addons wheels for
one screen, it is an input method that floats over whatever has focus (in a frameless,
always-on-top kiosk window it needs extra care to appear, stay inside the window and never
offer its own settings, handwriting or language pop-ups), its look follows its own QML styles
rather than assets/style.qss, and its key sizes are not ours to guarantee (>= 88 px). What we
need is small: letters, space, delete and clear for one search field. So the keyboard is a plain
widget of touch buttons that types into the field it is attached to. A layout is data
(`KeyboardLayout`: rows of characters, a direction), so Arabic (right to left), Cyrillic or
Turkish can be added later as one more entry in LAYOUTS without touching the widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import metrics
from kiosk.ui.widgets.common import touch_button


@dataclass(frozen=True, slots=True)
class KeyboardLayout:
    """One keyboard layout as data.

    Attributes:
        code: Language or script code ("de", later "ar", "uk", ...).
        rows: The character rows, top to bottom; each character is one key.
        right_to_left: Whether the script runs right to left (keys and typing order).
        capitalize: Whether a word's first letter is typed as a capital (German nouns).
    """

    code: str
    rows: tuple[str, ...]
    right_to_left: bool = False
    capitalize: bool = True


GERMAN = KeyboardLayout("de", ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß"))
LAYOUTS: dict[str, KeyboardLayout] = {GERMAN.code: GERMAN}


class OnScreenKeyboard(QWidget):
    """Letter keys plus space, delete and clear; types into one attached QLineEdit.

    The field's text is changed only through `insert`, `backspace` and `setText("")`: the
    field's undo history can then be emptied with `setText("")` between visitors.

    Signals:
        key_tapped(str): a character key was tapped (after the field was changed).
    """

    key_tapped = Signal(str)

    def __init__(self, layout: KeyboardLayout = GERMAN, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.layout_data = layout
        self._field: QLineEdit | None = None
        self.keys: dict[str, QPushButton] = {}
        self.space_key = touch_button("", role="key", icon_name="")
        self.backspace_key = touch_button("", role="key", icon_name="nav-backspace")
        self.clear_key = touch_button("", role="key-soft")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(metrics.KEY_GAP)
        for index, chars in enumerate(layout.rows):
            row = QHBoxLayout()
            row.setSpacing(metrics.KEY_GAP)
            row.setDirection(QHBoxLayout.Direction.RightToLeft if layout.right_to_left
                             else QHBoxLayout.Direction.LeftToRight)
            for char in chars:
                key = touch_button(self._cap(char), role="key", accessible_name=char)
                key.setFixedSize(metrics.KEY_WIDTH, metrics.KEY_HEIGHT)
                key.clicked.connect(lambda _=False, c=char: self._on_key_clicked(c))
                self.keys[char] = key
                row.addWidget(key)
            if index == len(layout.rows) - 1:
                self.backspace_key.setFixedHeight(metrics.KEY_HEIGHT)
                self.backspace_key.setMinimumWidth(2 * metrics.KEY_WIDTH + metrics.KEY_GAP)
                self.backspace_key.setSizePolicy(QSizePolicy.Policy.Expanding,
                                                 QSizePolicy.Policy.Fixed)
                row.addWidget(self.backspace_key)
            else:
                row.addStretch(1)
            rows.addLayout(row)
        bottom = QHBoxLayout()
        bottom.setSpacing(metrics.KEY_GAP)
        self.clear_key.setFixedHeight(metrics.KEY_HEIGHT)
        self.clear_key.setFixedWidth(3 * metrics.KEY_WIDTH + 2 * metrics.KEY_GAP)
        self.space_key.setFixedHeight(metrics.KEY_HEIGHT)
        self.space_key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.clear_key)
        bottom.addWidget(self.space_key, 1)
        rows.addLayout(bottom)
        self.space_key.clicked.connect(lambda: self._on_key_clicked(" "))
        self.backspace_key.clicked.connect(self._on_backspace_clicked)
        self.clear_key.clicked.connect(self._on_clear_clicked)
        self.retranslate()

    def _cap(self, char: str) -> str:
        # Keys show capitals like a physical keyboard; ß has no everyday capital.
        return char if char == "ß" else char.upper()

    def attach(self, field: QLineEdit) -> None:
        """Type into this field from now on."""
        self._field = field

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        self.space_key.setText(self.tr("Leerzeichen"))
        self.space_key.setAccessibleName(self.tr("Leerzeichen"))
        self.backspace_key.setText(self.tr("Löschen"))
        self.backspace_key.setAccessibleName(self.tr("Letztes Zeichen löschen"))
        self.clear_key.setText(self.tr("Alles löschen"))
        self.clear_key.setAccessibleName(self.tr("Alles löschen"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_key_clicked(self, char: str) -> None:
        field = self._field
        if field is None:
            return
        text = field.text()[: field.cursorPosition()]
        starts_word = not text or text[-1] == " "
        if char == " " and starts_word:
            return  # no double or leading spaces
        typed = char.upper() if (self.layout_data.capitalize and starts_word
                                 and char != "ß") else char
        if len(field.text()) < field.maxLength():
            field.insert(typed)
        self.key_tapped.emit(typed)

    def _on_backspace_clicked(self) -> None:
        if self._field is not None:
            self._field.backspace()

    def _on_clear_clicked(self) -> None:
        if self._field is not None:
            self._field.setText("")


def make_touch_field(parent: QWidget | None = None) -> QLineEdit:
    """A big text field for the on-screen keyboard: no context menu, no drag, no focus steal."""
    field = QLineEdit(parent)
    field.setProperty("role", "search")
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    field.setAcceptDrops(False)
    field.setMaxLength(60)
    field.setClearButtonEnabled(False)
    field.setMinimumHeight(metrics.TOUCH_MIN)
    return field
