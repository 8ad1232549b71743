"""Languages: Qt translators from assets/i18n, switched at once for the whole window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# The language's own name, as a visitor looking for it would read it.
NATIVE_NAMES = {"de": "Deutsch", "en": "English", "ar": "العربية", "uk": "Українська",
                "fa": "فارسی", "tr": "Türkçe", "bs": "Bosanski", "ru": "Русский"}


class Translations:
    """Installs the translator of one language at a time."""

    def __init__(self, i18n_dir: Path, languages: tuple[str, ...], default: str) -> None:
        self.i18n_dir = i18n_dir
        self.languages = languages
        self.default = default
        self.current = ""
        self._translator: QTranslator | None = None

    def switch(self, language: str) -> None:
        """Make `language` current; every widget gets a LanguageChange event."""
        if language == self.current:
            return
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator()
        qm = self.i18n_dir / f"kiosk_{language}.qm"
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        elif language != "de":
            log.warning("no translation file %s", qm)
        QLocale.setDefault(QLocale(language))
        self.current = language

    def next_language(self) -> str:
        """The language the language button offers next."""
        if self.current not in self.languages:
            return self.default
        index = self.languages.index(self.current)
        return self.languages[(index + 1) % len(self.languages)]
