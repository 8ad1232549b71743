"""The embedded demo atlas: valid HSDS 3.0, complete, visibly fictitious, generated."""

from __future__ import annotations

import copy
import json
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from jsonschema import Draft202012Validator, validators

from tools import make_demo_atlas
from tools.atlas_taxonomy import (
    CATEGORIES,
    CATEGORY_TERMS,
    TARGET_GROUP_TERMS,
    TARGET_GROUPS,
    term,
)

ROOT = Path(__file__).resolve().parents[2]
ATLAS = ROOT / "assets" / "demo_atlas.json"
SCHEMA = ROOT / "assets" / "hsds" / "service.json"

# Facts from the press texts (shared/seeds) and the three real nationwide hotlines.
SOZIAL_INFO_PHONE = "0664-88260653"
SOZIAL_INFO_EMAIL = "robert.konrad@leibnitz.at"
SOZIAL_INFO_URL = "https://sozialatlas.leibnitz.at"
SOZIAL_INFO_ADDRESS = ("Grazergasse 2", "8430", "Leibnitz")

# Real organisation -> the only phone numbers its offers may carry.
REAL_ORGANISATIONS: dict[str, set[str]] = {
    "Stadtgemeinde Leibnitz": {SOZIAL_INFO_PHONE},
    "Kinder- und Jugendhilfe (BH Leibnitz)": {SOZIAL_INFO_PHONE},
    "Frühe Hilfen Steiermark (ÖGK)": {SOZIAL_INFO_PHONE},
    "ARGE Flexible Hilfen": {SOZIAL_INFO_PHONE},
    "Pflegedrehscheibe Bezirk Leibnitz": {SOZIAL_INFO_PHONE},
    "Kompetenz – Berufliches und Soziales Kompetenzzentrum Südsteiermark GmbH": {
        SOZIAL_INFO_PHONE
    },
    "ÖZIV Leibnitz": {SOZIAL_INFO_PHONE},
    "ZEBRA – Interkulturelles Beratungs- und Therapiezentrum": {SOZIAL_INFO_PHONE},
    "Verein Freiraum – Frauenberatung Leibnitz": {SOZIAL_INFO_PHONE},
    "Telefonseelsorge": {"142"},
    "Frauenhelpline gegen Gewalt": {"0800 222 555"},
    "Rat auf Draht": {"147"},
}

# The Thementage (nth Thursday) and their partners, as the seeds list them.
THEMENTAGE: dict[int, set[str]] = {
    1: {"Kinder- und Jugendhilfe (BH Leibnitz)", "Frühe Hilfen Steiermark (ÖGK)",
        "ARGE Flexible Hilfen"},
    2: {"Pflegedrehscheibe Bezirk Leibnitz"},
    3: {"Kompetenz – Berufliches und Soziales Kompetenzzentrum Südsteiermark GmbH",
        "ÖZIV Leibnitz"},
    4: {"ZEBRA – Interkulturelles Beratungs- und Therapiezentrum"},
    5: {"Verein Freiraum – Frauenberatung Leibnitz"},
}

FICTITIOUS_PHONE = re.compile(r"^\+43 3452 00 0\d\d$")
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_IN_TEXT = re.compile(r"https?://[^\s)\"]+")
PHONE_IN_TEXT = re.compile(r"\+?\d[\d /-]{5,}\d")
DATE_KEYS = {"assured_date", "last_modified", "valid_from", "valid_to", "dtstart", "until"}
URL_KEYS = {"url", "website", "uri", "schedule_link", "term_uri", "logo"}


# ---- helpers --------------------------------------------------------------------------------


def walk(node: Any, key: str = "service") -> Iterator[tuple[str, Any]]:
    """Yield (key it sits under, value) for every value below `node`, lists flattened."""
    if isinstance(node, dict):
        yield key, node
        for k, v in node.items():
            yield from walk(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item, key)
    else:
        yield key, node


def without_attributes(service: dict[str, Any]) -> dict[str, Any]:
    """The service minus its taxonomy attributes (their URIs are the atlas's taxonomy)."""
    return {k: v for k, v in service.items() if k != "attributes"}


def strings(node: Any) -> Iterator[tuple[str, str]]:
    """Every (key, string value) below `node`."""
    for key, value in walk(node):
        if isinstance(value, str):
            yield key, value


def codes(service: dict[str, Any], link_type: str) -> list[str]:
    """The taxonomy codes of one kind ("kategorien", "zielgruppen") a service is tagged with."""
    return [a["taxonomy_term"]["code"] for a in service["attributes"]
            if a["link_type"] == link_type]


def all_schedules(service: dict[str, Any]) -> list[dict[str, Any]]:
    """The service's schedules, its own and those at its locations."""
    out = list(service["schedules"])
    for sal in service["service_at_locations"]:
        out.extend(sal.get("schedules", []))
    return out


def is_real(service: dict[str, Any]) -> bool:
    """Whether the service belongs to a real organisation."""
    return service["organization"]["name"] in REAL_ORGANISATIONS


def sentences(text: str) -> list[str]:
    """Split German text into sentences (good enough for our own texts)."""
    for abbreviation in ("Mag. ", "Mag.a ", "z. B. ", "ca. "):
        text = text.replace(abbreviation, abbreviation.replace(".", "").replace(" ", "_"))
    return [s for s in re.split(r"(?<=[a-zäöüß)“][.!?])\s+(?=[A-ZÄÖÜ„])", text) if s]


@pytest.fixture(scope="module")
def atlas() -> list[dict[str, Any]]:
    data = json.loads(ATLAS.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def active(atlas: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [s for s in atlas if s["status"] == "active"]


# ---- (1) HSDS 3.0 JSON Schema ---------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # The compiled HSDS schema declares no $schema: fall back to Draft 2020-12.
    cls = validators.validator_for(schema, default=Draft202012Validator)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_vendored_schema_is_the_hsds_3_0_compiled_service() -> None:
    """Given the vendored schema, Then it is a byte-identical copy of the HSDS 3.0 one."""
    reference = Path("/work/shared/hsds-3.0/schema/compiled/service.json")
    if not reference.exists():
        pytest.skip("reference copy of HSDS 3.0 not available on this machine")
    assert SCHEMA.read_bytes() == reference.read_bytes()


def test_every_service_validates_against_hsds_3_0(
    atlas: list[dict[str, Any]], validator: Draft202012Validator
) -> None:
    """Given the demo atlas, When each service is validated, Then there are no errors."""
    problems = [
        f"{service.get('name')}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for service in atlas
        for error in validator.iter_errors(service)
    ]
    assert problems == []


def test_schema_validation_really_rejects_broken_services(
    atlas: list[dict[str, Any]], validator: Draft202012Validator
) -> None:
    """Given broken copies of a valid service, Then the validator rejects each of them."""
    broken_status = copy.deepcopy(atlas[0])
    broken_status["status"] = "offen"
    no_name = copy.deepcopy(atlas[0])
    del no_name["name"]
    bad_address = copy.deepcopy(atlas[0])
    del bad_address["service_at_locations"][0]["location"]["addresses"][0]["postal_code"]
    bad_uuid = copy.deepcopy(atlas[0])
    bad_uuid["id"] = "not-a-uuid"
    for broken in (broken_status, no_name, bad_address, bad_uuid):
        assert not validator.is_valid(broken)


def test_dates_and_links_are_well_formed(atlas: list[dict[str, Any]]) -> None:
    """Given every service, Then dates parse, lie in 2026 and every link is an https URL."""
    for service in atlas:
        assured = date.fromisoformat(service["assured_date"])
        modified = datetime.fromisoformat(service["last_modified"])
        assert assured.year == 2026 and modified.tzinfo is not None
        assert modified.date() >= assured
        for schedule in all_schedules(service):
            for key in ("valid_from", "valid_to"):
                if key in schedule:
                    date.fromisoformat(schedule[key])
            if "freq" in schedule:
                for key in ("opens_at", "closes_at"):
                    assert re.fullmatch(r"\d\d:\d\d", schedule[key])
                assert schedule["opens_at"] < schedule["closes_at"]
        for key, value in strings(service):
            if key in URL_KEYS:
                parsed = urlparse(value)
                assert parsed.scheme == "https" and parsed.netloc, value


# ---- (2) enough active offers ---------------------------------------------------------------


def test_at_least_60_active_offers_and_two_inactive(
    atlas: list[dict[str, Any]], active: list[dict[str, Any]]
) -> None:
    """Given the atlas, Then >= 64 offers, >= 60 active, exactly 2 inactive ones kept."""
    assert len(atlas) >= 64
    assert len(active) >= 60
    inactive = [s for s in atlas if s["status"] != "active"]
    assert [s["status"] for s in inactive] == ["inactive", "inactive"]
    assert all(s["name"].startswith("Beispiel-") for s in inactive)
    assert len({s["id"] for s in atlas}) == len(atlas)
    assert len({s["name"] for s in atlas}) == len(atlas)


def test_offers_are_described_for_visitors(active: list[dict[str, Any]]) -> None:
    """Given an active offer, Then it has 2-5 sentences of description and how-to texts."""
    for service in active:
        count = len(sentences(service["description"]))
        assert 2 <= count <= 5, (service["name"], count)
        for key in ("eligibility_description", "application_process", "fees_description"):
            assert service[key].strip(), (service["name"], key)
        assert service["cost_options"], service["name"]
        assert service["languages"], service["name"]


def test_realistic_variety_of_schedules_languages_and_costs(atlas: list[dict[str, Any]]) -> None:
    """Given the atlas, Then it shows the variety the kiosk must cope with."""
    schedules = [sch for s in atlas for sch in all_schedules(s)]
    assert any(sch.get("freq") == "WEEKLY" for sch in schedules)
    assert any(sch.get("freq") == "MONTHLY" and re.fullmatch(r"\dTH", sch["byday"])
               for sch in schedules)
    assert any("freq" not in sch and sch["description"] for sch in schedules)
    assert any("valid_from" in sch and "valid_to" in sch for sch in schedules)
    assert any(not all_schedules(s) for s in atlas)
    assert any(len(s["schedules"]) >= 2 for s in atlas)
    assert any(sal.get("schedules") for s in atlas for sal in s["service_at_locations"])
    language_codes = {lang["code"] for s in atlas for lang in s["languages"]}
    assert {"de", "en", "ar", "fa", "tr", "uk", "ru", "sl", "asq"} <= language_codes
    descriptions = {c["amount_description"] for s in atlas for c in s["cost_options"]}
    assert "kostenlos" in descriptions
    assert "nach Einkommen gestaffelt" in descriptions
    assert {c["currency"] for s in atlas for c in s["cost_options"]} == {"EUR"}
    cities = {a["city"] for s in atlas for sal in s["service_at_locations"]
              for a in sal["location"]["addresses"]}
    assert len(cities) >= 6


# ---- (3) taxonomy coverage ------------------------------------------------------------------


def test_every_category_and_target_group_is_used(active: list[dict[str, Any]]) -> None:
    """Given the active offers, Then every code is used: categories >= 3x, groups >= 4x."""
    categories = Counter(c for s in active for c in codes(s, CATEGORIES.key))
    groups = Counter(g for s in active for g in codes(s, TARGET_GROUPS.key))
    for code, _name, _parent in CATEGORY_TERMS:
        assert categories[code] >= 3, (code, categories[code])
    for code, _name, _parent in TARGET_GROUP_TERMS:
        assert groups[code] >= 4, (code, groups[code])
    assert set(categories) == {c for c, _n, _p in CATEGORY_TERMS}
    assert set(groups) == {c for c, _n, _p in TARGET_GROUP_TERMS}


def test_each_offer_has_one_to_three_categories_and_groups(atlas: list[dict[str, Any]]) -> None:
    """Given any offer, Then it has 1-3 categories and 1-3 target groups, exact taxonomy terms."""
    for service in atlas:
        cats = codes(service, CATEGORIES.key)
        groups = codes(service, TARGET_GROUPS.key)
        assert 1 <= len(cats) <= 3 and len(set(cats)) == len(cats), service["name"]
        assert 1 <= len(groups) <= 3 and len(set(groups)) == len(groups), service["name"]
        assert len(service["attributes"]) == len(cats) + len(groups)
        for attribute in service["attributes"]:
            taxonomy = CATEGORIES if attribute["link_type"] == CATEGORIES.key else TARGET_GROUPS
            assert attribute["taxonomy_term"] == term(taxonomy, attribute["taxonomy_term"]["code"])
            assert attribute["link_id"] == service["id"]


# ---- (4) fictitious offers look fictitious, real ones carry only seed facts -----------------


def test_fictitious_offers_are_visibly_fictitious(atlas: list[dict[str, Any]]) -> None:
    """Given an offer of no real organisation, Then names, links, phones, streets are fake."""
    fictitious = [s for s in atlas if not is_real(s)]
    assert len(fictitious) >= 50
    for service in fictitious:
        name = service["name"]
        assert name.startswith("Beispiel-"), name
        assert service["organization"]["name"].startswith("Beispiel-"), name
        body = without_attributes(service)
        for key, value in strings(body):
            if key in URL_KEYS:
                assert urlparse(value).netloc in {"example.org", "www.example.org"}, value
            if key in {"email", "assurer_email"}:
                assert value.endswith("@example.org"), value
            for email in EMAIL_IN_TEXT.findall(value):
                assert email.endswith("@example.org"), (name, email)
            for url in URL_IN_TEXT.findall(value):
                assert urlparse(url).netloc in {"example.org", "www.example.org"}, (name, url)
        for _key, node in walk(body):
            if isinstance(node, dict) and "number" in node:
                assert FICTITIOUS_PHONE.match(node["number"]), (name, node["number"])
        for sal in service["service_at_locations"]:
            location = sal["location"]
            assert location["name"].startswith("Beispiel-"), name
            for address in location["addresses"]:
                assert "Beispiel" in address["address_1"], (name, address["address_1"])
                assert address["country"] == "AT" and address["state_province"] == "Steiermark"


def test_real_organisations_carry_only_facts_from_the_seeds(atlas: list[dict[str, Any]]) -> None:
    """Given an offer of a real organisation, Then only seed phones/e-mails/URLs/addresses."""
    seen = {s["organization"]["name"] for s in atlas if is_real(s)}
    assert seen == set(REAL_ORGANISATIONS)
    for service in (s for s in atlas if is_real(s)):
        org = service["organization"]
        allowed_phones = REAL_ORGANISATIONS[org["name"]]
        assert "website" not in org and "email" not in org, org["name"]
        body = without_attributes(service)
        for key, value in strings(body):
            if key in URL_KEYS:
                assert value == SOZIAL_INFO_URL, (service["name"], value)
            if key == "email":
                assert value == SOZIAL_INFO_EMAIL, (service["name"], value)
            for email in EMAIL_IN_TEXT.findall(value):
                assert email == SOZIAL_INFO_EMAIL, (service["name"], email)
            for url in URL_IN_TEXT.findall(value):
                assert url == SOZIAL_INFO_URL, (service["name"], url)
            if key in DATE_KEYS or key == "id" or key.endswith("_id"):
                continue
            for number in PHONE_IN_TEXT.findall(value):
                assert number in allowed_phones, (service["name"], number)
        numbers = {node["number"] for _k, node in walk(body)
                   if isinstance(node, dict) and "number" in node}
        assert numbers == allowed_phones, service["name"]
        for sal in service["service_at_locations"]:
            for address in sal["location"]["addresses"]:
                found = (address["address_1"], address["postal_code"], address["city"])
                assert found == SOZIAL_INFO_ADDRESS, service["name"]
        if allowed_phones == {SOZIAL_INFO_PHONE}:
            assert [sal["location"]["name"] for sal in service["service_at_locations"]] == [
                "Sozial-Info im WOHNZIMMER"
            ]


def test_sozial_info_opening_hours_and_contact(atlas: list[dict[str, Any]]) -> None:
    """Given the Sozial-Info, Then hours, contact and web address are those of the seeds."""
    [info] = [s for s in atlas if s["name"] == "Sozial-Info der Stadtgemeinde Leibnitz"]
    hours = {(s["freq"], s["byday"], s["opens_at"], s["closes_at"]) for s in info["schedules"]}
    assert hours == {
        ("WEEKLY", "MO,FR", "09:00", "13:00"),
        ("WEEKLY", "TU", "14:00", "18:00"),
        ("WEEKLY", "TH", "14:00", "16:00"),
    }
    assert info["url"] == SOZIAL_INFO_URL and info["email"] == SOZIAL_INFO_EMAIL
    assert [p["number"] for p in info["phones"]] == [SOZIAL_INFO_PHONE]
    assert [c["name"] for c in info["contacts"]] == ["Mag. Robert Konrad"]
    assert "Stabstelle Stadtentwicklung und Projektmanagement" in info["organization"][
        "description"
    ]
    assert info["status"] == "active"


def test_thementage_are_the_nth_thursdays_of_the_seeds(atlas: list[dict[str, Any]]) -> None:
    """Given the partner offers at the Sozial-Info, Then each sits on its nth Thursday."""
    found: dict[int, set[str]] = defaultdict(set)
    for service in atlas:
        at_sozial_info = [sal for sal in service["service_at_locations"]
                          if sal["location"]["name"] == "Sozial-Info im WOHNZIMMER"]
        if not at_sozial_info or service["organization"]["name"] == "Stadtgemeinde Leibnitz":
            continue
        [slot] = service["schedules"]
        assert slot["freq"] == "MONTHLY"
        assert (slot["opens_at"], slot["closes_at"]) == ("14:00", "16:00")
        match = re.fullmatch(r"([1-5])TH", slot["byday"])
        assert match, slot["byday"]
        nth = int(match.group(1))
        assert slot["description"] == (
            f"Jeden {nth}. Donnerstag im Monat, 14:00–16:00 Uhr (Thementag in der Sozial-Info)"
        )
        found[nth].add(service["organization"]["name"])
    assert dict(found) == THEMENTAGE


def test_emergency_hotlines_are_the_real_numbers(active: list[dict[str, Any]]) -> None:
    """Given the crisis offers, Then the three real hotlines carry exactly their numbers."""
    emergency = [s for s in active if "notfall" in codes(s, CATEGORIES.key)]
    numbers = {s["name"]: [p["number"] for p in s["phones"]] for s in emergency}
    assert numbers["Telefonseelsorge"] == ["142"]
    assert numbers["Frauenhelpline gegen Gewalt"] == ["0800 222 555"]
    assert numbers["Rat auf Draht"] == ["147"]
    assert len(emergency) >= 5


# ---- (5) the JSON is what the generator writes ----------------------------------------------


def test_json_file_is_what_the_generator_writes() -> None:
    """Given the committed JSON, When the generator renders, Then the text is identical."""
    rendered = make_demo_atlas.render()
    assert rendered == make_demo_atlas.render()  # deterministic
    assert ATLAS.read_text(encoding="utf-8") == rendered, (
        "assets/demo_atlas.json is out of date: run python -m tools.make_demo_atlas"
    )


def test_generator_check_mode(tmp_path: Path) -> None:
    """Given a stale file, When --check runs, Then it fails; after writing, it passes."""
    out = tmp_path / "atlas.json"
    out.write_text("[]\n", encoding="utf-8")
    assert make_demo_atlas.main(["--check", "--output", str(out)]) == 1
    assert make_demo_atlas.main(["--output", str(out)]) == 0
    assert make_demo_atlas.main(["--check", "--output", str(out)]) == 0


# ---- (6) shared ids carry identical content -------------------------------------------------


def test_shared_ids_carry_identical_content(atlas: list[dict[str, Any]]) -> None:
    """Given every object with an id, Then one id means one kind and one identical content."""
    by_id: dict[str, list[Any]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    for service in atlas:
        for key, node in walk(service):
            if isinstance(node, dict) and "id" in node:
                uuid.UUID(node["id"])
                by_id[node["id"]].append(node)
                kinds[node["id"]].add("attributes" if key == "attributes" else key)
    for object_id, nodes in by_id.items():
        assert all(n == nodes[0] for n in nodes), object_id
        assert len(kinds[object_id]) == 1, (object_id, kinds[object_id])


def test_shared_objects_are_really_shared(atlas: list[dict[str, Any]]) -> None:
    """Given the atlas, Then locations and organizations are reused by id, not copied."""
    location_uses = Counter(
        sal["location"]["id"] for s in atlas for sal in s["service_at_locations"]
    )
    by_name = {sal["location"]["name"]: sal["location"]["id"]
               for s in atlas for sal in s["service_at_locations"]}
    assert location_uses[by_name["Sozial-Info im WOHNZIMMER"]] == 9
    assert len(by_name) == len(set(by_name.values()))
    org_uses = Counter(s["organization"]["id"] for s in atlas)
    assert max(org_uses.values()) >= 4
    org_names = {s["organization"]["id"]: s["organization"]["name"] for s in atlas}
    assert len(set(org_names.values())) == len(org_names)
    for service in atlas:
        assert service["organization_id"] == service["organization"]["id"]
        for sal in service["service_at_locations"]:
            assert sal["location_id"] == sal["location"]["id"]
            assert sal["service_id"] == service["id"]
