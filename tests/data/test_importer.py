"""The one importer: HSDS 3.0 JSON into a new SQLite file."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kiosk.data import db, hsds, queries

SHARED_EXAMPLE = Path(__file__).resolve().parents[3] / "shared/hsds-3.0/examples/service_full.json"
FIXTURE_EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "service_full.json"


def example_service() -> dict[str, Any]:
    path = FIXTURE_EXAMPLE if FIXTURE_EXAMPLE.exists() else SHARED_EXAMPLE
    return json.loads(path.read_text(encoding="utf-8"))


def build(tmp_path: Path, services: list[dict[str, Any]]) -> tuple[hsds.ImportReport, Path]:
    target = tmp_path / "atlas.sqlite"
    return hsds.build_database(services, target, source="test"), target


def test_official_example_is_accepted(tmp_path: Path) -> None:
    # Given the official HSDS 3.0 example (ids reused across nesting levels)
    service = example_service()
    # When it is imported
    report, target = build(tmp_path, [service])
    # Then the file passes every check and holds one offer with its details, deduplicated
    assert db.check_database(target, thorough=True).ok
    assert (report.offers, report.organizations, report.locations) == (1, 1, 1)
    con = sqlite3.connect(target)
    assert con.execute("select count(*) from phone").fetchone()[0] == 1
    phone_links = con.execute("select service_id, contact_id, location_id, organization_id "
                              "from phone").fetchone()
    assert all(phone_links), "a phone seen under several parents keeps every link"
    assert con.execute("select name from service").fetchone()[0] == "Community Counselling"


def test_page_and_list_give_the_same_database(tmp_path: Path) -> None:
    # Given one service as a list and as an API Page
    service = example_service()
    page = {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1,
            "first_page": True, "last_page": True, "empty": False, "contents": [service]}
    # When both documents are read
    from_list = hsds.services_from_document([service])
    from_page = hsds.services_from_document(page)
    # Then they yield the same services
    assert from_list == from_page


@pytest.mark.parametrize("document", [{"hello": 1}, "text", 42, None])
def test_not_hsds_is_rejected(document: object) -> None:
    # Given a document that is no list of services, When read, Then a clear error
    with pytest.raises(hsds.FeedFormatError):
        hsds.services_from_document(document)


def test_broken_json_file_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "feed.json"
    bad.write_text('[{"id": "x", "name": ', encoding="utf-8")
    with pytest.raises(hsds.FeedFormatError, match="kein gültiges JSON"):
        hsds.load_services(bad)


@pytest.mark.parametrize(("raw", "clean"), [
    ("Beratung", "Beratung"),
    ("  Beratung \n", "Beratung"),
    ("Bera\u0000tung\u0007", "Beratung"),
    ("Hilfe\u202e gnutareB", "Hilfe gnutareB"),  # right-to-left override removed
    ("Be\u2066ra\u2069tung", "Beratung"),  # isolates removed
    ("Mu\u0308nchen", "München"),  # NFC
    ("Z" + "\u0301" * 40 + "algo", "\u0179" + "\u0301" * 3 + "algo"),  # NFC, then runs capped
    (12, "12"),
    ({"a": 1}, None),
    ("", None),
    (None, None),
])
def test_clean_text(raw: object, clean: str | None) -> None:
    assert hsds.clean_text(raw) == clean


def test_long_text_is_capped() -> None:
    text = hsds.clean_text("x" * 10_000, hsds.MAX_FIELD_CHARS)
    assert text is not None and len(text) == hsds.MAX_FIELD_CHARS and text.endswith("…")


def test_bad_records_are_skipped_with_warnings(tmp_path: Path) -> None:
    # Given a feed with a nameless service, a duplicate id and a dangling organization id
    good = example_service()
    nameless = {"id": "n1", "status": "active"}
    duplicate = copy.deepcopy(good)
    orphan = {"id": "o1", "name": "Waise", "status": "active", "organization_id": "missing"}
    # When it is imported
    report, target = build(tmp_path, [good, nameless, duplicate, orphan])
    # Then the good records are kept, the bad ones named in warnings, foreign keys hold
    assert report.offers == 2
    assert any("ohne Namen" in w for w in report.warnings)
    assert any("doppelt" in w for w in report.warnings)
    assert db.check_database(target, thorough=True).ok


def test_nested_terms_roll_up_and_inactive_offers_do_not_count(tmp_path: Path) -> None:
    # Given a parent term, a child term, and two services (one inactive) tagged with the child
    tax = {"id": "t", "name": "Kategorien", "description": "d"}
    parent = {"id": "p", "name": "Gesundheit", "description": "d", "taxonomy_detail": tax}
    child = {"id": "c", "name": "Psyche", "description": "d", "parent_id": "p",
             "taxonomy_detail": tax}

    def service(sid: str, status: str) -> dict[str, Any]:
        return {"id": sid, "name": f"Angebot {sid}", "status": status,
                "attributes": [{"id": f"a{sid}", "taxonomy_term": child},
                               {"id": f"b{sid}", "taxonomy_term": parent}]}

    _, target = build(tmp_path, [service("1", "active"), service("2", "inactive")])
    engine = db.open_readonly(target)
    sessions = db.make_sessions(engine)
    # When the top-level terms are counted
    terms = queries.top_terms(sessions, "Kategorien")
    # Then only the parent is top-level, counting the active offer once
    assert [(t.name, t.offers) for t in terms] == [("Gesundheit", 1)]
    assert [r.id for r in queries.offers(sessions, category_id="p")] == ["1"]
    engine.dispose()


def test_term_cycle_in_a_bad_feed_does_not_hang(tmp_path: Path) -> None:
    a = {"id": "a", "name": "A", "description": "d", "parent_id": "b", "taxonomy": "K"}
    b = {"id": "b", "name": "B", "description": "d", "parent_id": "a", "taxonomy": "K"}
    svc = {"id": "s", "name": "S", "status": "active",
           "attributes": [{"id": "x", "taxonomy_term": a}, {"id": "y", "taxonomy_term": b}]}
    report, target = build(tmp_path, [svc])
    assert report.offers == 1 and db.check_database(target, thorough=True).ok


def test_summary_and_sort_key() -> None:
    assert hsds.summary_of("Erster Satz. Zweiter Satz.") == "Erster Satz."
    assert hsds.sort_key_of("Ärztin") < hsds.sort_key_of("Beratung")
