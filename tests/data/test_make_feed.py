"""Tests of the synthetic HSDS feed generator (tools/make_feed.py)."""

from __future__ import annotations

import json
import random
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for

from tools.atlas_taxonomy import (
    CATEGORIES,
    CATEGORY_TERMS,
    TARGET_GROUP_TERMS,
    TARGET_GROUPS,
    attribute,
)
from tools.make_feed import TOWNS, _Builder, main, make_feed, page_file_name, write_feed

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATHS = [
    REPO / "assets" / "hsds" / "service.json",
    Path("/work/shared/hsds-3.0/schema/compiled/service.json"),
]
PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
             "empty", "contents"}
# Key under which an object is nested -> its HSDS object type.
TYPES = {
    "organization": "organization",
    "program": "program",
    "location": "location",
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "service_at_locations": "service_at_location",
    "languages": "language",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "contacts": "contact",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
    "addresses": "address",
    "accessibility": "accessibility",
    "funding": "funding",
}
NAMED_TYPES = {"service", "organization", "program", "location", "contact", "service_area"}


@cache
def feed(n: int, seed: int) -> list[dict[str, Any]]:
    """A feed shared by the tests (read-only)."""
    return make_feed(n, seed)


def objects(service: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in a service, with its HSDS type, the service itself first."""
    stack: list[tuple[str, Any]] = [("service", service)]
    while stack:
        kind, obj = stack.pop()
        if isinstance(obj, list):
            stack.extend((kind, item) for item in obj)
            continue
        yield kind, obj
        for key, value in obj.items():
            if isinstance(value, dict | list) and value:
                assert key in TYPES, f"unexpected nested key {key!r}"
                stack.append((TYPES[key], value))


def canonical(obj: Any) -> str:
    """Sorted compact JSON, to compare contents."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


def hsds_validator() -> Validator:
    """The service schema's validator, with the draft it declares (default 2020-12)."""
    path = next((p for p in SCHEMA_PATHS if p.is_file()), None)
    if path is None:
        pytest.skip("no HSDS service schema found")
    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = validator_for(schema, default=Draft202012Validator)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_feed_validates_against_hsds_schema() -> None:
    # Given the HSDS 3.0 service schema, with format checks (uuid, email, ...)
    validator = hsds_validator()
    # When a 200-offer feed is generated
    services = feed(200, 1)
    # Then it has 200 services and none breaks the schema
    assert len(services) == 200
    errors = [
        f"{s['name']}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
        for s in services
        for e in validator.iter_errors(s)
    ]
    assert errors == []


def test_ids_are_unique_per_object_and_shared_objects_are_identical() -> None:
    # Given a 500-offer feed
    services = feed(500, 1)
    # When every object is collected by type and id
    contents: dict[tuple[str, str], set[str]] = defaultdict(set)
    occurrences: Counter[str] = Counter()
    for service in services:
        for kind, obj in objects(service):
            contents[kind, obj["id"]].add(canonical(obj))
            occurrences[kind] += 1
    ids_by_type: dict[str, set[str]] = defaultdict(set)
    for kind, object_id in contents:
        ids_by_type[kind].add(object_id)
    # Then an id never stands for two different objects ...
    clashes = [key for key, variants in contents.items() if len(variants) > 1]
    assert clashes == []
    # ... nor for objects of two types
    all_ids = [i for ids in ids_by_type.values() for i in ids]
    assert len(all_ids) == len(set(all_ids))
    # ... and every id is a valid UUID
    assert all(str(uuid.UUID(i)) == i for i in all_ids)
    # And services are all distinct, with random v4 ids
    assert len(ids_by_type["service"]) == 500
    assert {uuid.UUID(s["id"]).version for s in services} == {4}
    # And organisations (about one per five services) are shared by several services
    assert 60 <= len(ids_by_type["organization"]) <= 100
    assert occurrences["organization"] == 500
    assert max(Counter(s["organization"]["id"] for s in services).values()) > 1
    assert all(s["organization_id"] == s["organization"]["id"] for s in services)


def test_per_service_children_are_not_reused() -> None:
    # Given a 500-offer feed
    services = feed(500, 1)
    # When the direct children of each service are listed
    keys = ("phones", "schedules", "languages", "cost_options", "service_at_locations",
            "attributes", "contacts", "required_documents", "service_areas")
    ids = [child["id"] for s in services for key in keys for child in s.get(key, [])]
    # Then no child id appears twice
    assert len(ids) > 500 * 5
    assert len(ids) == len(set(ids))


def test_uuid_helper_matches_uuid_module() -> None:
    # Given a builder without organisations and a generator with the same seed
    builder, rng = _Builder(0, 42), random.Random(42)
    # When both draw ids
    ours = [builder.uuid() for _ in range(1000)]
    theirs = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(1000)]
    # Then they are the same version-4 UUIDs
    assert ours == theirs


def test_same_seed_same_feed_other_seed_other_feed() -> None:
    # Given two feeds from the same seed and one from another seed
    first, second, other = make_feed(300, seed=7), make_feed(300, seed=7), make_feed(300, seed=8)
    # Then the same seed gives the same feed, byte for byte as JSON
    assert canonical(first) == canonical(second)
    # And another seed gives other ids and other content
    assert not {s["id"] for s in first} & {s["id"] for s in other}
    assert [s["name"] for s in first] != [s["name"] for s in other]


def test_written_list_equals_make_feed(tmp_path: Path) -> None:
    # Given a feed written as one JSON list, twice
    path, again = tmp_path / "feed.json", tmp_path / "again.json"
    assert write_feed(path, 150, seed=5) == [path]
    write_feed(again, 150, seed=5)
    # When it is read back
    loaded = json.loads(path.read_text(encoding="utf-8"))
    # Then it is exactly the feed make_feed returns, and the files are identical
    assert loaded == make_feed(150, seed=5)
    assert path.read_bytes() == again.read_bytes()
    # And umlauts are written as UTF-8, not escaped
    assert "ü" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("n", "page_size", "pages"), [(1234, 500, 3), (1000, 500, 2), (7, 10, 1)])
def test_paged_output_adds_up(tmp_path: Path, n: int, page_size: int, pages: int) -> None:
    # Given a feed written as HSDS Page files
    files = write_feed(tmp_path / "pages", n, seed=3, paged=True, page_size=page_size)
    # When the pages are read back in order
    assert [f.name for f in files] == [page_file_name(i) for i in range(1, pages + 1)]
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == [f.name for f in files]
    loaded = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    # Then every page carries the Page fields, numbered from 1
    for number, page in enumerate(loaded, start=1):
        assert set(page) == PAGE_KEYS
        assert page["total_items"] == n
        assert page["total_pages"] == pages
        assert page["page_number"] == number
        assert page["size"] == len(page["contents"])
        assert page["first_page"] is (number == 1)
        assert page["last_page"] is (number == pages)
        assert page["empty"] is False
    # And all pages but the last are full
    assert all(page["size"] == page_size for page in loaded[:-1])
    # And together they are the whole feed, in order
    contents = [s for page in loaded for s in page["contents"]]
    assert sum(page["size"] for page in loaded) == n
    assert contents == make_feed(n, seed=3)


def test_empty_feed_gives_one_empty_page(tmp_path: Path) -> None:
    # Given an empty feed written as pages
    files = write_feed(tmp_path / "pages", 0, seed=1, paged=True)
    # Then there is one page, marked empty
    page = json.loads(files[0].read_text(encoding="utf-8"))
    assert len(files) == 1
    assert page == {"total_items": 0, "total_pages": 1, "page_number": 1, "size": 0,
                    "first_page": True, "last_page": True, "empty": True, "contents": []}


def test_every_category_and_target_group_code_appears() -> None:
    # Given a 2,000-offer feed
    services = feed(2000, 1)
    # When the attribute codes are collected per taxonomy
    used: dict[str, Counter[str]] = defaultdict(Counter)
    for service in services:
        per_service = Counter(a["link_type"] for a in service["attributes"])
        # Then each service has 1-3 categories and 1-3 target groups
        assert 1 <= per_service[CATEGORIES.key] <= 3
        assert 1 <= per_service[TARGET_GROUPS.key] <= 3
        assert set(per_service) == {CATEGORIES.key, TARGET_GROUPS.key}
        for a in service["attributes"]:
            used[a["link_type"]][a["taxonomy_term"]["code"]] += 1
    # And every code of both taxonomies is used, child terms included
    assert set(used[CATEGORIES.key]) == {code for code, _n, _p in CATEGORY_TERMS}
    assert set(used[TARGET_GROUPS.key]) == {code for code, _n, _p in TARGET_GROUP_TERMS}
    assert used[CATEGORIES.key]["psychische-gesundheit"] > 20
    assert used[CATEGORIES.key]["deutschkurse"] > 20


def test_attributes_are_those_of_the_atlas_taxonomy() -> None:
    # Given the first 50 services
    for service in feed(200, 1)[:50]:
        for a in service["attributes"]:
            taxonomy = CATEGORIES if a["link_type"] == CATEGORIES.key else TARGET_GROUPS
            # Then each attribute is exactly what atlas_taxonomy.attribute() builds
            assert a == attribute(service["id"], taxonomy, a["taxonomy_term"]["code"])


def test_content_is_fictitious_german_and_local() -> None:
    # Given a 2,000-offer feed
    services = feed(2000, 1)
    postal_codes = {(town, code) for town, code, _lat, _lon in TOWNS}
    names, emails, urls, phones, texts = [], [], [], [], []
    locations: dict[str, dict[str, Any]] = {}
    for service in services:
        for kind, obj in objects(service):
            if kind in NAMED_TYPES:
                names.append(obj["name"])
            emails += [obj[k] for k in ("email", "assurer_email") if k in obj]
            urls += [obj[k] for k in ("url", "website") if k in obj]
            if kind == "phone":
                phones.append(obj["number"])
            if kind == "location":
                locations[obj["id"]] = obj
        texts.append(service["description"])
    # Then every name, e-mail, web address and phone number is obviously fictitious
    assert all(name.startswith("Beispiel-") for name in names)
    assert all(e.endswith("@example.org") and e.count("@") == 1 for e in emails)
    assert all(u.startswith("https://www.example.org/") for u in urls)
    assert all(re.fullmatch(r"\+43 3452 00 \d{3}", p) for p in phones)
    # And offer names follow "Beispiel-<offer> <place> Nr. <k>"
    assert [s["name"].rsplit(" Nr. ", 1)[1] for s in services] == [
        str(k) for k in range(1, 2001)]
    # And addresses lie in the Bezirk Leibnitz, in fictitious streets
    for location in locations.values():
        (address,) = location["addresses"]
        assert "Beispiel" in address["address_1"]
        assert re.fullmatch(r"84\d\d", address["postal_code"])
        assert (address["city"], address["postal_code"]) in postal_codes
        assert address["country"] == "AT"
        assert 46.6 < location["latitude"] < 47.0 and 15.3 < location["longitude"] < 15.7
    # And descriptions are German, 2-4 sentences, with umlauts and ß
    sentence_counts = Counter(len(re.findall(r"[.!?](?=\s|$)", t)) for t in texts)
    assert set(sentence_counts) == {2, 3, 4}
    joined = " ".join(texts)
    assert all(ch in joined for ch in "äöüß")
    # And about 2 % of the offers are inactive, the rest active
    status = Counter(s["status"] for s in services)
    assert set(status) == {"active", "inactive"}
    assert 10 <= status["inactive"] <= 80


def test_schedules_cover_the_kinds_the_kiosk_must_read() -> None:
    # Given the schedules of a 2,000-offer feed (service and service-at-location level)
    schedules = [
        schedule
        for s in feed(2000, 1)
        for owner in [s, *s["service_at_locations"]]
        for schedule in owner.get("schedules", [])
    ]
    weekly = [s for s in schedules if s.get("freq") == "WEEKLY"]
    monthly = [s for s in schedules if s.get("freq") == "MONTHLY"]
    limited = [s for s in schedules if "valid_from" in s]
    text_only = [s for s in schedules if "freq" not in s]
    # Then there are weekly, monthly (nth weekday), time-limited and text-only schedules
    assert len(weekly) > 1000 and len(monthly) > 100 and len(limited) > 100
    assert len(text_only) > 100
    day = r"(MO|TU|WE|TH|FR|SA|SU)"
    assert all(re.fullmatch(rf"{day}(,{day})*", s["byday"]) for s in weekly)
    assert all(re.fullmatch(r"(-1|[1-4])(MO|TU|WE|TH|FR)", s["byday"]) for s in monthly)
    # And times are HH:MM with opening before closing
    for s in weekly + monthly:
        assert re.fullmatch(r"\d\d:\d\d", s["opens_at"]) and re.fullmatch(r"\d\d:\d\d",
                                                                          s["closes_at"])
        assert s["opens_at"] < s["closes_at"]
    # And validity ranges are ISO dates in order, some of them already over
    assert all(s["valid_from"] < s["valid_to"] for s in limited)
    assert any(s["valid_to"] < "2025-09-01" for s in limited)
    assert all(s.get("description") for s in text_only)


def test_cli_writes_list_and_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Given the command line with both a list file and a page directory
    out, pages = tmp_path / "feed.json", tmp_path / "pages"
    # When it runs
    status = main(["--count", "20", "--seed", "2", "--out", str(out), "--paged", str(pages),
                   "--page-size", "7"])
    # Then both outputs hold the same 20 services
    assert status == 0
    listed = json.loads(out.read_text(encoding="utf-8"))
    paged = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(pages.iterdir())]
    assert len(listed) == 20 and [p["size"] for p in paged] == [7, 7, 6]
    assert [s for p in paged for s in p["contents"]] == listed
    assert "20 services" in capsys.readouterr().out


def test_cli_needs_an_output() -> None:
    # Given the command line without --out or --paged
    # When it runs, Then it stops with a usage error
    with pytest.raises(SystemExit) as exc:
        main(["--count", "5"])
    assert exc.value.code == 2
