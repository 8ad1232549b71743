"""Translations: update the .ts files from the code, fill in translations, check completeness.

python -m tools.i18n update              # lupdate: new strings appear as unfinished
python -m tools.i18n fill en FILE.json   # {"German source": "English" or [singular, plural]}
python -m tools.i18n check               # exit 1 and list what is missing
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("de", "en")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def ts_path(language: str) -> Path:
    """The .ts file of one language."""
    return I18N / f"kiosk_{language}.ts"


def sources() -> list[Path]:
    """Every Python file that may contain translatable strings."""
    return sorted(p for p in (ROOT / "kiosk").rglob("*.py") if "data" not in p.parts)


def update() -> None:
    """Run lupdate for every language (existing translations are kept)."""
    I18N.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [str(LUPDATE), "-silent", "-no-obsolete", "-source-language", "de",
             "-target-language", language, *files, "-ts", str(ts_path(language))],
            check=True, cwd=ROOT,
        )


def _messages(tree: ET.ElementTree[ET.Element]) -> list[tuple[str, ET.Element]]:
    out = []
    root = tree.getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message))
    return out


def fill(language: str, mapping: dict[str, str | list[str]]) -> int:
    """Put translations from a mapping into unfinished messages; returns how many."""
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for _context, message in _messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or source not in mapping:
            continue
        if translation.get("type") not in ("unfinished", None) and (
                translation.text or list(translation)):
            continue
        value = mapping[source]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def missing(language: str) -> list[str]:
    """Messages without a finished translation (German needs only its plural forms)."""
    tree = ET.parse(ts_path(language))
    out = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        if language == "de" and not numerus:
            continue  # German is the source language
        done = translation is not None and translation.get("type") != "unfinished" and (
            [f.text for f in translation.iter("numerusform") if f.text] if numerus
            else translation.text)
        if not done:
            out.append(f"{context}: {message.findtext('source')}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line of the translation tool."""
    parser = argparse.ArgumentParser(prog="python -m tools.i18n")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    fill_cmd = sub.add_parser("fill")
    fill_cmd.add_argument("language", choices=LANGUAGES)
    fill_cmd.add_argument("file")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
        return 0
    if args.command == "fill":
        mapping = json.loads(Path(args.file).read_text(encoding="utf-8"))
        print(f"{fill(args.language, mapping)} filled")
        return 0
    problems = [f"{lang}: {m}" for lang in LANGUAGES for m in missing(lang)]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
