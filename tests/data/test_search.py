"""Search: folding, compounds, typos, synonyms, ranking and hostile input over real atlases."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import assets_dir
from kiosk.data import db, hsds, search
from kiosk.data.queries import Sessions

SYNONYMS = search.load_synonyms([assets_dir() / "synonyms.toml"])


def names(sessions: Sessions, query: str, limit: int = 10) -> list[str]:
    return [row.name for row in search.search(sessions, query, SYNONYMS, limit).rows]


# query -> offers (name substrings) that must all be among the first `top` results.
GERMAN_QUERIES: list[tuple[str, list[str], int]] = [
    # umlauts spelled out or typed, any case
    ("fruehe", ["Frühe Hilfen"], 3),
    ("Frühe Hilfen", ["Frühe Hilfen"], 1),
    ("FRÜHE", ["Frühe Hilfen"], 3),
    ("maedchentreff", ["Mädchentreff"], 1),
    ("Wärmestube", ["Wärmestube"], 1),
    ("waermestube", ["Wärmestube"], 1),
    ("strass", ["Kinderturnen Straß"], 1),
    ("Straß", ["Kinderturnen Straß"], 1),
    ("cafe", ["Trauercafé", "Sprachcafé"], 10),
    # words inside German compounds
    ("beratung", ["Schuldnerberatung", "Suchtberatung", "Pflegeberatung"], 30),
    ("schuldner", ["Schuldnerberatung"], 1),
    ("krankenpflege", ["Hauskrankenpflege"], 1),
    ("hilfe", ["Nachbarschaftshilfe", "Antragshilfe"], 20),
    # prefixes while typing
    ("schuldnerb", ["Schuldnerberatung"], 1),
    ("deutschk", ["Deutschkurs A1", "Deutschkurs A2/B1"], 3),
    # one typo in a longer word
    ("Shuldnerberatung", ["Schuldnerberatung"], 1),
    ("Schuldnerbaratung", ["Schuldnerberatung"], 1),
    ("Telefonseelsogre", ["Telefonseelsorge"], 1),
    ("Notschlafstele", ["Notschlafstelle"], 1),
    ("madchen", ["Mädchentreff"], 10),
    # synonyms from assets/synonyms.toml
    ("Asyl", ["Migrationsberatung", "ZEBRA"], 10),
    ("Flüchtling", ["Migrationsberatung"], 10),
    ("Senioren", ["Tageszentrum für Senior*innen", "Kulturnachmittag für Senior*innen"], 10),
    ("Schulden", ["Schuldnerberatung"], 1),
    ("Geld", ["Sozialmarkt", "Schuldnerberatung"], 10),
    ("Obdachlos", ["Notschlafstelle", "Wärmestube"], 10),
    ("Arzt", ["Gesundheitstreff"], 10),
    ("Job", ["Jobcoaching", "Bewerbungswerkstatt"], 10),
    ("Gewalt", ["Frauenhelpline gegen Gewalt", "Gewaltschutzberatung"], 5),
    # several words: all must match, in any field
    ("Deutschkurs Frauen", ["Deutschkurs für Frauen mit Kinderbetreuung"], 1),
    ("Pflege Gamlitz", ["Demenz-Treff Gamlitz"], 1),
    # gender forms are one word
    ("Senior*innen", ["Tageszentrum für Senior*innen"], 5),
    ("Seniorinnen", ["Tageszentrum für Senior*innen"], 5),
    ("SchülerInnen", ["Lernhilfe für Schüler*innen"], 3),
]


@pytest.mark.parametrize(("query", "expected", "top"), GERMAN_QUERIES)
def test_german_queries_find_the_right_offers(demo_sessions: Sessions, query: str,
                                              expected: list[str], top: int) -> None:
    # Given the demo atlas and the shipped synonyms
    # When a visitor searches
    found = names(demo_sessions, query, limit=max(top, 10))[:top]
    # Then every expected offer is among the first results
    for wanted in expected:
        assert any(wanted in name for name in found), (query, wanted, found)


def test_ranking_name_before_topics_before_description(demo_sessions: Sessions) -> None:
    # Given "pflege": in names (Pflegeberatung, Hauskrankenpflege), only in the category
    # "Pflege & Senior*innen" (Demenz-Treff, Essen auf Rädern), only in descriptions
    # (Sozialberatung)
    found = names(demo_sessions, "pflege", limit=30)
    # Then name matches come first, then category matches, then description matches
    def at(fragment: str) -> int:
        return next(i for i, name in enumerate(found) if fragment in name)
    names_first = max(at("Pflegeberatung"), at("Hauskrankenpflege"), at("Angehörigen-Café Pflege"))
    category_only = min(at("Demenz-Treff"), at("Essen auf Rädern"), at("Besuchsdienst"))
    description_only = at("Sozialberatung")
    assert names_first < category_only < description_only


def test_exact_words_rank_before_synonyms(demo_sessions: Sessions) -> None:
    # Given "Schulden": the Schuldnerberatung says "Schulden"; "Geld" is only a synonym
    found = names(demo_sessions, "Schulden", limit=10)
    # Then the Schuldnerberatung comes before every offer found only through "Geld"
    assert "Schuldnerberatung" in found[0]
    assert any("Sozialmarkt" in name for name in found[1:])


def test_only_active_offers_are_found(demo_sessions: Sessions) -> None:
    # Given the inactive "Beispiel-Lerncafé Gralla" and "Beispiel-Tauschbörse Lebring"
    # When searching their names, Then they are not found
    assert not any("Lerncafé Gralla" in n for n in names(demo_sessions, "Lerncafé Gralla"))
    assert not any("Tauschbörse" in n for n in names(demo_sessions, "Tauschbörse", 30))


HOSTILE = ['"', "*", "(", ")", "NOT", "a AND", "AND", "OR", "NEAR(", "NEAR(a b, 3)", "^x", ":",
           "name:pflege", "{name}: x", "'; DROP TABLE service;--", "a" * 500, "Pflege " * 100,
           "😀🙈💥", "\u202e\u202dtest", "\x00\x01", "Z̷̨̛a̸͝l̵g̶o̴", "-", "--", "pflege*", '"pflege',
           "pflege OR beratung", "(((((", "ab cd ef gh ij kl mn op", "", "   ", "ä", "ß",
           "Привет", "مرحبا", "日本語", "%", "_", "\\", "NULL", "0", "1e308"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_raises(demo_sessions: Sessions, query: str) -> None:
    # When anything at all is typed
    result = search.search(demo_sessions, query, SYNONYMS)
    # Then there is a result (maybe empty), and the atlas is unharmed
    assert len(result.rows) <= search.DEFAULT_LIMIT
    assert names(demo_sessions, "Schuldnerberatung")


def test_operators_are_plain_words(demo_sessions: Sessions) -> None:
    # Given the FTS5 operator NOT typed as a word: it is the start of "Notfall", "Notschlafstelle"
    found = names(demo_sessions, "NOT", limit=10)
    assert any("Notschlafstelle" in n for n in found)


def test_nothing_found_gives_suggestions(demo_sessions: Sessions) -> None:
    # When a word that is nowhere in the atlas but looks like some indexed words is searched
    result = search.search(demo_sessions, "Pflegxyz", SYNONYMS)
    # Then there are no offers but a few suggestions to tap
    assert result.rows == ()
    assert result.suggestions and len(result.suggestions) <= 4
    assert any("Pflege" in s for s in result.suggestions)
    # And each suggestion finds something
    for suggestion in result.suggestions:
        assert names(demo_sessions, suggestion)


def test_short_or_empty_input_finds_nothing(demo_sessions: Sessions) -> None:
    assert search.search(demo_sessions, "a", SYNONYMS).rows == ()
    assert search.search(demo_sessions, "", SYNONYMS).words == ()
    assert search.search(demo_sessions, "be", SYNONYMS).rows  # two letters already search


def test_more_flag_and_limit(demo_sessions: Sessions) -> None:
    result = search.search(demo_sessions, "beispiel", SYNONYMS, limit=5)
    assert len(result.rows) == 5 and result.more
    result = search.search(demo_sessions, "Repair", SYNONYMS, limit=5)
    assert not result.more


@pytest.mark.parametrize(("written", "folded"), [
    ("Frühe", "fruehe"), ("STRASSE", "strasse"), ("Straße", "strasse"), ("Café", "cafe"),
    ("Senior*innen", "seniorinnen"), ("Migrant:innen", "migrantinnen"),
    ("SchülerInnen", "schuelerinnen"), ("Ärztin", "aerztin"), ("ẞ", "ss"), ("Crème", "creme"),
    ("Привет", "привет"),
])
def test_fold(written: str, folded: str) -> None:
    assert search.fold(written) == folded


def test_typo_candidates_are_one_edit_away() -> None:
    candidates = search.typo_candidates("shuldner")
    assert "schuldner" in candidates  # insertion
    assert "shuldnre" in candidates  # swap
    assert "shuldne" in candidates  # deletion
    assert "shuldner" not in candidates


def service(sid: str, name: str, description: str = "", status: str = "active",
            terms: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "id": sid, "name": name, "description": description, "status": status,
        "organization": {"id": f"org-{sid}", "name": f"Verein {sid}"},
        "attributes": [{"id": f"a-{sid}-{i}", "taxonomy_term": {
            "id": f"t-{term}", "name": term, "taxonomy": "Sozialatlas-Kategorien"}}
            for i, term in enumerate(terms)],
    }


@pytest.fixture
def small_atlas(tmp_path: Path) -> Path:
    """A tiny hand-made feed with the words the demo atlas lacks."""
    feed = [
        service("s1", "Straßenzeitung", "Verkauf auf der Straße."),
        service("s2", "Café Miteinander", "Treffpunkt."),
        service("s3", "Altes Angebot", "Straße", status="inactive"),
        service("s4", "Lernhilfe", "Für Kinder.", terms=("Bildung",)),
        service("s5", "Bildungsberatung", "Beratung zu Bildung."),
        service("s6", "Treffpunkt", "Wir reden über Bildung und mehr."),
    ]
    target = tmp_path / "small.sqlite"
    hsds.build_database(copy.deepcopy(feed), target, source="test")
    return target


def test_small_atlas_folding_and_ranking(small_atlas: Path) -> None:
    engine = db.open_readonly(small_atlas)
    sessions = db.make_sessions(engine)
    try:
        # "strasse" finds "Straßenzeitung" (ß = ss), never the inactive offer
        assert names(sessions, "strasse") == ["Straßenzeitung"]
        assert names(sessions, "STRASSE") == ["Straßenzeitung"]
        assert names(sessions, "cafe")[0] == "Café Miteinander"  # then synonyms: Treffpunkt
        # "Bildung": name, then category, then description
        assert names(sessions, "bildung") == ["Bildungsberatung", "Lernhilfe", "Treffpunkt"]
    finally:
        engine.dispose()


def test_importer_always_builds_the_index(small_atlas: Path) -> None:
    # Given a database built by the importer, without any post_build step
    with sqlite3.connect(small_atlas) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        indexed = conn.execute(f"SELECT count(*) FROM {search.INDEX_TABLE}").fetchone()[0]
        words = {r[0]: r[1] for r in conn.execute(
            f"SELECT word, display FROM {search.VOCAB_TABLE}")}
    # Then the index and the vocabulary exist, with the active offers only
    assert {search.INDEX_TABLE, search.VOCAB_TABLE, search.VOCAB_TRIGRAMS} <= tables
    assert indexed == 5
    assert words["strassenzeitung"] == "Straßenzeitung"


def test_synonym_files(tmp_path: Path) -> None:
    # Given a site config naming an extra synonym file next to it
    extra = tmp_path / "meine.toml"
    extra.write_text('groups = [["Zwiebel", "Lauch"], ["nur eins"], "kaputt"]\n', "utf-8")
    files = search.synonym_files(assets_dir(), {"search": {"synonyms_file": "meine.toml"}},
                                 tmp_path)
    assert files == [assets_dir() / "synonyms.toml", extra]
    # When loaded, Then both tables count; bad entries are skipped
    synonyms = search.load_synonyms(files)
    assert ("lauch",) in synonyms.expand("zwiebel")
    assert ("seniorinnen",) in synonyms.expand("pflege")
    # And a missing or broken file is skipped, not fatal
    broken = tmp_path / "broken.toml"
    broken.write_text("groups = [", "utf-8")
    assert search.load_synonyms([broken, tmp_path / "missing.toml"]).groups == ()


def test_shipped_synonyms_parse() -> None:
    document = json.loads(json.dumps(SYNONYMS.groups))
    assert len(document) >= 30
    assert all(len(group) >= 2 for group in SYNONYMS.groups)
