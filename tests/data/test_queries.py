"""Queries over the demo atlas return plain data for the screens."""

from __future__ import annotations

import json
from collections import Counter

from kiosk.data import queries
from kiosk.data.queries import Sessions
from tests.conftest import DEMO_ATLAS, ROLES
from tools.atlas_taxonomy import CATEGORY_TERMS, TARGET_GROUP_TERMS


def _expected_counts(taxonomy_name: str) -> Counter[str]:
    """Active offers per top-level code, counted straight from the JSON file."""
    parents = {code: parent for code, _, parent in CATEGORY_TERMS + TARGET_GROUP_TERMS}
    counts: Counter[str] = Counter()
    for service in json.loads(DEMO_ATLAS.read_text(encoding="utf-8")):
        if service["status"] != "active":
            continue
        codes = {a["taxonomy_term"]["code"] for a in service["attributes"]
                 if a["taxonomy_term"]["taxonomy"] == taxonomy_name}
        tops = {parents[c] or c for c in codes}
        counts.update(tops)
    return counts


def test_categories_with_counts_match_the_feed(demo_sessions: Sessions) -> None:
    # Given the demo atlas, When the home screen's categories are read
    terms = queries.top_terms(demo_sessions, ROLES.categories)
    # Then every top-level category has its number of active offers; child terms are not tiles
    assert {t.code: t.offers for t in terms} == dict(_expected_counts(ROLES.categories))
    assert "psychische-gesundheit" not in {t.code for t in terms}
    assert [t.name for t in terms] == sorted((t.name for t in terms), key=str.casefold)


def test_target_groups_with_counts_match_the_feed(demo_sessions: Sessions) -> None:
    terms = queries.top_terms(demo_sessions, ROLES.target_groups)
    assert {t.code: t.offers for t in terms} == dict(_expected_counts(ROLES.target_groups))
    assert len(terms) == len(TARGET_GROUP_TERMS)


def test_taxonomy_can_be_named_by_id(demo_sessions: Sessions) -> None:
    from tools.atlas_taxonomy import CATEGORIES

    by_name = queries.top_terms(demo_sessions, ROLES.categories)
    by_id = queries.top_terms(demo_sessions, CATEGORIES.id)
    assert by_name == by_id


def test_offers_by_category_and_group(demo_sessions: Sessions) -> None:
    # Given a category and a target group
    health = next(t for t in queries.top_terms(demo_sessions, ROLES.categories)
                  if t.code == "gesundheit")
    seniors = next(t for t in queries.top_terms(demo_sessions, ROLES.target_groups)
                   if t.code == "senioren")
    # When offers are listed by the category, and by both
    in_health = queries.offers(demo_sessions, category_id=health.id)
    both = queries.offers(demo_sessions, category_id=health.id, target_group_id=seniors.id)
    # Then the counts agree with the tile, and the combination is a subset
    assert len(in_health) == health.offers
    assert {r.id for r in both} <= {r.id for r in in_health}
    chips = {c.id: c.offers for c in queries.term_counts_within(
        demo_sessions, ROLES.target_groups, within_term_id=health.id)}
    assert chips.get(seniors.id, 0) == len(both)
    assert all(r.name and r.summary for r in in_health)


def test_inactive_offers_never_show(demo_sessions: Sessions) -> None:
    inactive = [s["id"] for s in json.loads(DEMO_ATLAS.read_text(encoding="utf-8"))
                if s["status"] != "active"]
    assert inactive
    for offer_id in inactive:
        assert queries.offer_detail(demo_sessions, offer_id, ROLES) is None
    assert queries.offers_by_ids(demo_sessions, inactive) == []


def test_offer_detail_of_the_sozial_info(demo_sessions: Sessions) -> None:
    # Given the Sozial-Info's own entry
    row = next(r for r in queries.offers(demo_sessions) if r.name.startswith("Sozial-Info"))
    # When its details are read
    offer = queries.offer_detail(demo_sessions, row.id, ROLES)
    # Then they carry the facts from the seeds
    assert offer is not None
    assert any("Grazergasse 2" in line for a in offer.addresses for line in a.lines)
    assert any("0664" in p.number.replace(" ", "") for p in offer.phones)
    assert offer.email == "robert.konrad@leibnitz.at"
    assert offer.schedules and offer.categories


def test_feed_status_marks_demo(demo_sessions: Sessions) -> None:
    status = queries.feed_status(demo_sessions)
    assert status.is_demo and status.active_offers >= 60 and status.offers > status.active_offers


def test_first_screenful_equals_the_start_of_the_whole_list(demo_sessions: Sessions) -> None:
    # Given every category and target group, When the first rows are read on their own
    for ref in (ROLES.categories, ROLES.target_groups):
        for term in queries.top_terms(demo_sessions, ref):
            whole = queries.offers(demo_sessions, category_id=term.id)
            first = queries.offers(demo_sessions, category_id=term.id, limit=5)
            # Then they are exactly the first rows of the whole list
            assert first == whole[:5], term.name
