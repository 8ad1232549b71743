"""The Sozialatlas taxonomies (categories, target groups) shared by the demo and synthetic feeds."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

BASE = "https://sozialatlas.leibnitz.at/taxonomy"


def stable_id(*parts: str) -> str:
    """A deterministic UUID (v5) from a path below the atlas's namespace URL."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join([BASE, *parts])))


@dataclass(frozen=True)
class Taxonomy:
    """One HSDS taxonomy: its id, name and description."""

    key: str
    name: str
    description: str

    @property
    def id(self) -> str:
        """The taxonomy's HSDS id."""
        return stable_id(self.key)

    def detail(self) -> dict[str, Any]:
        """The HSDS `taxonomy_detail` object."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "uri": f"{BASE}/{self.key}",
            "version": "1",
        }


CATEGORIES = Taxonomy("kategorien", "Sozialatlas-Kategorien", "Themen des Sozialatlas Leibnitz")
TARGET_GROUPS = Taxonomy("zielgruppen", "Sozialatlas-Zielgruppen", "Für wen ist das Angebot?")

# (code, German name, parent code or None)
CATEGORY_TERMS: list[tuple[str, str, str | None]] = [
    ("beratung", "Beratung & Soziales", None),
    ("gesundheit", "Gesundheit", None),
    ("psychische-gesundheit", "Psychische Gesundheit", "gesundheit"),
    ("pflege", "Pflege & Senior*innen", None),
    ("familie", "Kinder, Jugend & Familie", None),
    ("bildung", "Bildung", None),
    ("deutschkurse", "Deutschkurse", "bildung"),
    ("arbeit", "Arbeit", None),
    ("wohnen", "Wohnen", None),
    ("geld", "Geld & Grundsicherung", None),
    ("behinderung", "Behinderung & Inklusion", None),
    ("migration", "Flucht & Migration", None),
    ("frauen", "Frauen & Mädchen", None),
    ("kultur", "Kultur", None),
    ("freizeit", "Freizeit", None),
    ("ehrenamt", "Ehrenamt & Teilhabe", None),
    ("notfall", "Notfall & Krisenhilfe", None),
]

TARGET_GROUP_TERMS: list[tuple[str, str, str | None]] = [
    ("familien", "Familien", None),
    ("kinder-jugendliche", "Kinder & Jugendliche", None),
    ("senioren", "Senior*innen", None),
    ("menschen-mit-behinderung", "Menschen mit Behinderung", None),
    ("gefluechtete-migranten", "Geflüchtete & Migrant*innen", None),
    ("frauen-maedchen", "Frauen & Mädchen", None),
    ("zugezogene", "Zugezogene", None),
    ("alle", "Alle", None),
]


def term(taxonomy: Taxonomy, code: str) -> dict[str, Any]:
    """The full HSDS `taxonomy_term` object for a code of one of the two taxonomies."""
    terms = CATEGORY_TERMS if taxonomy is CATEGORIES else TARGET_GROUP_TERMS
    for term_code, name, parent in terms:
        if term_code == code:
            out: dict[str, Any] = {
                "id": stable_id(taxonomy.key, code),
                "code": code,
                "name": name,
                "description": name,
                "taxonomy": taxonomy.name,
                "taxonomy_id": taxonomy.id,
                "taxonomy_detail": taxonomy.detail(),
                "language": "de",
            }
            if parent:
                out["parent_id"] = stable_id(taxonomy.key, parent)
            return out
    raise KeyError(f"unknown {taxonomy.key} code: {code}")


def attribute(service_id: str, taxonomy: Taxonomy, code: str) -> dict[str, Any]:
    """An HSDS `attribute` linking a service to a term (categories, target groups)."""
    t = term(taxonomy, code)
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{BASE}/attribute/{service_id}/{t['id']}")),
        "link_id": service_id,
        "link_type": taxonomy.key,
        "link_entity": "service",
        "taxonomy_term_id": t["id"],
        "taxonomy_term": t,
    }
