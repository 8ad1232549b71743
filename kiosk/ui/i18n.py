"""Languages: Qt translators from assets/i18n, switched at once for the whole window."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# The language's own name, as a visitor looking for it would read it.
NATIVE_NAMES = {"de": "Deutsch", "en": "English", "ar": "العربية", "uk": "Українська",
                "fa": "فارسی", "tr": "Türkçe", "bs": "Bosanski", "ru": "Русский"}


# Names that come from outside the .ts files for a language and a year (holidays).
NamesFn = Callable[[str, int], Mapping[str, str]]


class NameTranslator(QTranslator):
    """Translates a fixed set of names in one context, e.g. holiday names as closure reasons.

    The hours speak German; a holiday's name reaches the screen through
    ``translate("closure", name)`` like the staff's closure reasons, and this translator
    answers for the names the .ts files cannot know in advance.
    """

    def __init__(self, context: str, names: Mapping[str, str]) -> None:
        super().__init__()
        self._context = context
        self._names = dict(names)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # noqa: N802 - Qt override
        """The translated name, or "" so that Qt asks the next translator."""
        if context != self._context:
            return ""
        return self._names.get(source_text, "")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty: Qt would otherwise not announce the language change."""
        return False


class Translations:
    """Installs the translator of one language at a time."""

    def __init__(self, i18n_dir: Path, languages: tuple[str, ...], default: str,
                 names_for: NamesFn | None = None) -> None:
        """Set up; nothing is installed before ``switch``.

        Args:
            i18n_dir: Folder of the kiosk_<language>.qm files.
            languages: The languages the language button cycles through.
            default: The language a visit starts in.
            names_for: Gives holiday names (German -> the language) for a language and a
                year; shown through the "closure" context.
        """
        self.i18n_dir = i18n_dir
        self.languages = languages
        self.default = default
        self.current = ""
        self._translator: QTranslator | None = None
        self._names_for = names_for
        self._names: NameTranslator | None = None
        self._names_cache: dict[tuple[str, int], Mapping[str, str]] = {}

    def switch(self, language: str) -> None:
        """Make `language` current; every widget gets a LanguageChange event."""
        if language == self.current:
            return
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if self._names is not None:
            QCoreApplication.removeTranslator(self._names)
            self._names = None
        names = self._holiday_names(language)
        if names:  # installed first, so the .qm file is asked first
            self._names = NameTranslator("closure", names)
            QCoreApplication.installTranslator(self._names)
        translator = QTranslator()
        qm = self.i18n_dir / f"kiosk_{language}.qm"
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        elif language != "de":
            log.warning("no translation file %s", qm)
        QLocale.setDefault(QLocale(language))
        self.current = language

    def prepare_names(self) -> None:
        """Look up every language's holiday names now (on a worker), so a tap doesn't wait."""
        for language in self.languages:
            self._holiday_names(language)

    def _holiday_names(self, language: str) -> Mapping[str, str]:
        if self._names_for is None or language == "de":
            return {}
        year = dt.date.today().year
        key = (language, year)
        if key not in self._names_cache:
            try:
                self._names_cache[key] = self._names_for(language, year)
            except Exception:  # a holiday name in German is better than no language switch
                log.exception("holiday names for %s", language)
                self._names_cache[key] = {}
        return self._names_cache[key]

    def next_language(self) -> str:
        """The language the language button offers next."""
        if self.current not in self.languages:
            return self.default
        index = self.languages.index(self.current)
        return self.languages[(index + 1) % len(self.languages)]
