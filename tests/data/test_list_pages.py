"""Offer lists read in keyset pages: the same rows as the whole list, either plan."""

from __future__ import annotations

import json

import pytest

from kiosk.data import queries
from kiosk.data.queries import ListQuery, Sessions
from tests.conftest import ROLES


def paged(sessions: Sessions, query: ListQuery, limit: int) -> list[str]:
    ids: list[str] = []
    page = queries.offers_page(sessions, query, after=None, limit=limit)
    while True:
        ids += [r.id for r in page.rows]
        if page.after is None:
            return ids
        page = queries.offers_page(sessions, query, after=page.after, limit=limit)


@pytest.mark.parametrize("walk_index", [True, False])
@pytest.mark.parametrize("limit", [1, 2, 7])
def test_pages_add_up_to_the_whole_list(demo_sessions: Sessions, walk_index: bool,
                                        limit: int) -> None:
    # Given every category, alone and with every target group
    categories = queries.top_terms(demo_sessions, ROLES.categories)
    groups = queries.top_terms(demo_sessions, ROLES.target_groups)
    for cat in categories:
        for group in [None, *groups]:
            group_id = group.id if group else None
            whole = [r.id for r in queries.offers(demo_sessions, category_id=cat.id,
                                                  target_group_id=group_id)]
            query = ListQuery(cat.id, group_id, walk_index=walk_index)
            # Then the pages, one after the other, are the whole list, and the count is right
            assert paged(demo_sessions, query, limit) == whole
            assert queries.offers_count(demo_sessions, query) == len(whole)


def test_only_ids_narrow_the_list_and_the_first_page_brings_the_count(
        demo_sessions: Sessions) -> None:
    # Given a category's list and every other offer of it
    cat = max(queries.top_terms(demo_sessions, ROLES.categories), key=lambda t: t.offers)
    whole = [r.id for r in queries.offers(demo_sessions, category_id=cat.id)]
    chosen = whole[::2]
    query = ListQuery(cat.id, only_ids=json.dumps(chosen))
    # When its first page is read, Then count and rows are those of the chosen offers
    count, page, plan = queries.first_offers_page(demo_sessions, query, 2)
    assert count == len(chosen) and [r.id for r in page.rows] == chosen[:2]
    assert paged(demo_sessions, plan, 2) == chosen
    # And a list as long as the term's precomputed count walks the sort index
    assert queries.first_offers_page(demo_sessions, ListQuery(cat.id), 2)[2].walk_index == (
        cat.offers >= queries.WALK_INDEX_FROM)
