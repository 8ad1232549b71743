"""Translations: German and English complete, and every string of the code is in them."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n


def messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_nothing_is_left_untranslated(language: str) -> None:
    assert i18n.missing(language) == []


def test_every_string_in_the_code_is_in_the_ts_files(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a copy of the .ts files, When lupdate reads the code into it
    committed = {lang: messages(i18n.ts_path(lang)) for lang in i18n.LANGUAGES}
    copy = tmp_path / "i18n"
    shutil.copytree(i18n.I18N, copy)
    monkeypatch.setattr(i18n, "I18N", copy)
    i18n.update()
    # Then it finds no string the committed files lack
    for lang in i18n.LANGUAGES:
        assert messages(i18n.ts_path(lang)) <= committed[lang], lang
