"""Names of the usual atlas terms, so that translators can give them in other languages.

Feed text is German and shown as the feed has it; only these well-known category and
target-group names are looked up in the translator (context "taxonomy"), see term_label().
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KNOWN_TERMS = (
    QT_TRANSLATE_NOOP("taxonomy", "Beratung & Soziales"),
    QT_TRANSLATE_NOOP("taxonomy", "Gesundheit"),
    QT_TRANSLATE_NOOP("taxonomy", "Psychische Gesundheit"),
    QT_TRANSLATE_NOOP("taxonomy", "Pflege & Senior*innen"),
    QT_TRANSLATE_NOOP("taxonomy", "Kinder, Jugend & Familie"),
    QT_TRANSLATE_NOOP("taxonomy", "Bildung"),
    QT_TRANSLATE_NOOP("taxonomy", "Deutschkurse"),
    QT_TRANSLATE_NOOP("taxonomy", "Arbeit"),
    QT_TRANSLATE_NOOP("taxonomy", "Wohnen"),
    QT_TRANSLATE_NOOP("taxonomy", "Geld & Grundsicherung"),
    QT_TRANSLATE_NOOP("taxonomy", "Behinderung & Inklusion"),
    QT_TRANSLATE_NOOP("taxonomy", "Flucht & Migration"),
    QT_TRANSLATE_NOOP("taxonomy", "Frauen & Mädchen"),
    QT_TRANSLATE_NOOP("taxonomy", "Kultur"),
    QT_TRANSLATE_NOOP("taxonomy", "Freizeit"),
    QT_TRANSLATE_NOOP("taxonomy", "Ehrenamt & Teilhabe"),
    QT_TRANSLATE_NOOP("taxonomy", "Notfall & Krisenhilfe"),
    QT_TRANSLATE_NOOP("taxonomy", "Familien"),
    QT_TRANSLATE_NOOP("taxonomy", "Kinder & Jugendliche"),
    QT_TRANSLATE_NOOP("taxonomy", "Senior*innen"),
    QT_TRANSLATE_NOOP("taxonomy", "Menschen mit Behinderung"),
    QT_TRANSLATE_NOOP("taxonomy", "Geflüchtete & Migrant*innen"),
    QT_TRANSLATE_NOOP("taxonomy", "Zugezogene"),
    QT_TRANSLATE_NOOP("taxonomy", "Alle"),
)
