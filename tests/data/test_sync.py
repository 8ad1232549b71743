"""Sync: real HTTP server, files, zip packages, validation, confirmation, exit codes."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kiosk import cli
from kiosk.data import db
from kiosk.data.sources import parse_json
from kiosk.data.sync import Outcome, SyncReport, live_info, run_sync
from tests.data.sync_helpers import (
    SCHEMA,
    Reply,
    fast_settings,
    feed_server,
    open_store,
    serve_api,
    write_json,
)
from tools.make_feed import make_feed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def feed300() -> list[dict[str, Any]]:
    # A JSON round trip gives independent dicts (make_feed shares sub-objects).
    data: list[dict[str, Any]] = json.loads(json.dumps(make_feed(300)))
    return data


def sync(data_dir: Path, source: str, **kw: Any) -> SyncReport:
    store = open_store(data_dir)
    settings = kw.pop("settings", fast_settings())
    try:
        return run_sync(store, settings, SCHEMA, source=source, **kw)
    finally:
        store.close()


def live_sha(data_dir: Path) -> str:
    return live_info(db.live_path(data_dir)).content_sha256


# -- files ----------------------------------------------------------------------------------
def test_json_file_updates_then_is_unchanged(tmp_path: Path, feed300: list[dict[str, Any]]):
    # Given a JSON list of 300 services on disk (a USB stick)
    source = write_json(tmp_path / "feed.json", feed300)
    data = tmp_path / "data"
    # When it is synced twice
    first = sync(data, str(source))
    second = sync(data, str(source))
    # Then the first run installs 300 offers (the 83 demo offers go), the second changes nothing
    assert first.outcome is Outcome.UPDATED and first.exit_code == 0
    assert first.offers_after == 300 and len(first.added) == 300
    assert len(first.removed) == 83  # the demo atlas, replaced without asking
    assert second.outcome is Outcome.UNCHANGED and second.exit_code == 0
    assert live_info(db.live_path(data)).offers == 300
    assert db.previous_path(db.live_path(data)).is_file()


def test_page_document_and_official_example(tmp_path: Path):
    # Given the official HSDS 3.0 example service, wrapped in an API Page
    example = json.loads((FIXTURES / "service_full.json").read_text(encoding="utf-8"))
    source = write_json(tmp_path / "page.json", {"total_items": 1, "total_pages": 1,
                                                 "page_number": 1, "contents": [example]})
    # When it is synced
    report = sync(tmp_path / "data", str(source))
    # Then it is valid and its one offer is live
    assert report.outcome is Outcome.UPDATED, report.message
    assert [c.name for c in report.added] == [example["name"]]
    assert not report.warnings


def test_missing_file_is_unreachable(tmp_path: Path):
    report = sync(tmp_path / "data", str(tmp_path / "nowhere.json"))
    assert report.outcome is Outcome.UNREACHABLE and report.exit_code == 2
    assert "USB-Stick" in report.message


def test_broken_json_is_rejected_and_nothing_changes(tmp_path: Path):
    # Given a live atlas and a truncated JSON file
    data = tmp_path / "data"
    open_store(data).close()
    before = live_sha(data)
    source = tmp_path / "broken.json"
    source.write_text('[{"id": "a", "name": "x"', encoding="utf-8")
    # When it is synced
    report = sync(data, str(source))
    # Then the feed is rejected and the live data is the same
    assert report.outcome is Outcome.REJECTED and report.exit_code == 1
    assert "kein gültiges JSON" in report.message
    assert live_sha(data) == before


def test_element_wise_parser_matches_json_module():
    text = b' [ {"a": [1, 2, {"b": "]"}]} , 3, "x,y" , null ] \n'
    assert parse_json(text) == json.loads(text)
    assert parse_json(b"[]") == []
    assert parse_json(b'{"contents": []}') == {"contents": []}


# -- HTTP -----------------------------------------------------------------------------------
def test_paged_api_with_full_pages(tmp_path: Path, feed300: list[dict[str, Any]]):
    # Given an HSDS API serving 300 services in 3 pages
    with feed_server() as server:
        serve_api(server, feed300, per_page=100)
        steps: list[tuple[str, int, int]] = []
        # When the kiosk syncs from its base URL
        report = sync(tmp_path / "data", server.base + "/api".replace("/api", ""),
                      progress=lambda s: steps.append((s.stage, s.done, s.total)))
    # Then every page was read in order and all offers are live
    assert report.outcome is Outcome.UPDATED, report.message
    assert report.offers_after == 300
    paths = [p for p, _ in server.requests]
    assert paths == ["/", "/services?page=1&full=true", "/services?page=2&full=true",
                     "/services?page=3&full=true"]
    assert ("pages", 3, 3) in steps and any(s[0] == "build" for s in steps)


def test_paged_api_with_summaries_fetches_details(tmp_path: Path,
                                                  feed300: list[dict[str, Any]]):
    # Given an API whose pages list only one-to-one fields
    services = feed300[:40]
    with feed_server() as server:
        serve_api(server, services, per_page=25, summaries=True)
        report = sync(tmp_path / "data", server.base)
    # Then each service was fetched in full from /services/{id}
    assert report.outcome is Outcome.UPDATED, report.message
    detail_paths = [p for p, _ in server.requests if p.startswith("/services/")]
    assert len(detail_paths) == 40
    assert report.offers_after == 40


def test_wrong_hsds_version_is_rejected(tmp_path: Path, feed300: list[dict[str, Any]]):
    with feed_server() as server:
        serve_api(server, feed300[:5], version="2.0")
        report = sync(tmp_path / "data", server.base)
    assert report.outcome is Outcome.REJECTED and "HSDS-Version" in report.message


def test_etag_gives_304_and_nothing_is_rebuilt(tmp_path: Path, feed300: list[dict[str, Any]]):
    body = json.dumps(feed300[:50]).encode()

    def answer(handler: Any) -> Reply:
        if handler.headers.get("If-None-Match") == '"v1"':
            return Reply(status=304, headers={"ETag": '"v1"'})
        return Reply(body, headers={"ETag": '"v1"',
                                    "Last-Modified": "Wed, 01 Jan 2025 10:00:00 GMT"})

    data = tmp_path / "data"
    with feed_server() as server:
        server.routes["/feed.json"] = answer
        first = sync(data, server.base + "/feed.json")
        inode = db.live_path(data).stat().st_ino
        second = sync(data, server.base + "/feed.json")
        sent = server.requests[-1][1]
    assert first.outcome is Outcome.UPDATED
    # Then the second request was conditional, the answer 304, and the file untouched
    assert sent.get("If-None-Match") == '"v1"'
    assert sent.get("If-Modified-Since") == "Wed, 01 Jan 2025 10:00:00 GMT"
    assert second.outcome is Outcome.UNCHANGED
    assert db.live_path(data).stat().st_ino == inode


def test_stale_state_is_not_trusted_after_a_fallback(tmp_path: Path,
                                                     feed300: list[dict[str, Any]]):
    # Given a state file that remembers an ETag for content the live file does not hold
    data = tmp_path / "data"
    data.mkdir()
    with feed_server() as server:
        server.routes["/feed.json"] = Reply(json.dumps(feed300[:20]).encode(),
                                            headers={"ETag": '"v1"'})
        write_json(data / "sync_state.json", {"source": server.base + "/feed.json",
                                              "etag": '"v1"', "content_sha256": "other"})
        report = sync(data, server.base + "/feed.json")
        sent = server.requests[-1][1]
    # Then the request is unconditional and the feed is installed
    assert "If-None-Match" not in sent
    assert report.outcome is Outcome.UPDATED


@pytest.mark.parametrize(("reply", "outcome", "words"), [
    (Reply(b"oops", status=500), Outcome.UNREACHABLE, "HTTP 500"),
    (Reply(b"[]", delay_s=1.5), Outcome.UNREACHABLE, "Zeitüberschreitung"),
    (Reply(b"[" + b'{"id": "x"},' * 300 + b"{}]", truncate_to=300), Outcome.UNREACHABLE,
     "unvollständig"),
    (Reply(b"<html>Anmeldung im WLAN</html>", content_type="text/html"), Outcome.REJECTED,
     "Webseite"),
    (Reply(b"[" + b"1," * 10_000 + b"1]"), Outcome.REJECTED, "größer"),
    (Reply(b'{"error": "gone"}', status=404), Outcome.UNREACHABLE, "HTTP 404"),
])
def test_http_failures_change_nothing(tmp_path: Path, reply: Reply, outcome: Outcome,
                                      words: str):
    # Given a live atlas and a server that fails in one way
    data = tmp_path / "data"
    open_store(data).close()
    before = live_sha(data)
    settings = fast_settings(read_timeout_s=0.5, max_bytes=5_000)
    with feed_server() as server:
        server.routes["/feed.json"] = reply
        report = sync(data, server.base + "/feed.json", settings=settings)
        tries = len(server.requests)
    # Then the outcome says why, and the live data is untouched
    assert report.outcome is outcome, report.message
    assert words in report.message
    assert live_sha(data) == before
    assert not db.build_path(db.live_path(data)).exists()
    if reply.status == 500:
        assert tries == 2  # one retry with backoff


def test_unreachable_port(tmp_path: Path):
    with feed_server() as server:
        url = server.base + "/feed.json"
    report = sync(tmp_path / "data", url)
    assert report.outcome is Outcome.UNREACHABLE and "Keine Verbindung" in report.message


# -- tabular data package -------------------------------------------------------------------
PACKAGE = {
    "name": "hsds-test", "resources": [
        {"name": "organization", "path": "organizations.csv",
         "schema": {"fields": [{"name": "id", "type": "string"}]}},
        {"name": "service", "path": "services.csv",
         "schema": {"fields": [{"name": "minimum_age", "type": "number"}]}},
        {"name": "location", "path": "locations.csv",
         "schema": {"fields": [{"name": "latitude", "type": "number"},
                               {"name": "longitude", "type": "number"}]}},
        {"name": "address", "path": "addresses.csv", "schema": {"fields": []}},
        {"name": "service_at_location", "path": "service_at_location.csv",
         "schema": {"fields": []}},
        {"name": "phone", "path": "phones.csv", "schema": {"fields": []}},
        {"name": "taxonomy", "path": "taxonomies.csv", "schema": {"fields": []}},
        {"name": "taxonomy_term", "path": "taxonomy_terms.csv", "schema": {"fields": []}},
        {"name": "attribute", "path": "attributes.csv", "schema": {"fields": []}},
    ]}
CSVS = {
    "organizations.csv": "id,name,description\norg-1,Beispiel-Verein,Ein Verein.\n",
    "services.csv": ("id,organization_id,name,description,status,minimum_age\n"
                     "svc-1,org-1,Beispiel-Lernhilfe,Hilfe beim Lernen.,active,6\n"
                     "svc-2,org-1,Beispiel-Sozialberatung,Beratung zu Anträgen.,active,\n"),
    "locations.csv": ("id,organization_id,name,location_type,latitude,longitude\n"
                      "loc-1,org-1,Beispiel-Haus,physical,46.78,15.53\n"),
    "addresses.csv": ("id,location_id,address_1,city,postal_code,country,state_province,"
                      "address_type\naddr-1,loc-1,Beispielgasse 1,Leibnitz,8430,AT,"
                      "Steiermark,physical\n"),
    "service_at_location.csv": "id,service_id,location_id\nsal-1,svc-1,loc-1\n",
    "phones.csv": "id,service_id,number\nph-1,svc-2,0664 000000\n",
    "taxonomies.csv": "id,name,description\ntax-1,Sozialatlas-Kategorien,Kategorien\n",
    "taxonomy_terms.csv": ("id,code,name,description,taxonomy_id\n"
                           "term-1,bildung,Bildung,Lernen,tax-1\n"),
    "attributes.csv": ("id,link_id,link_type,link_entity,taxonomy_term_id\n"
                       "attr-1,svc-1,category,service,term-1\n"),
}


def _package_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    write_json(folder / "datapackage.json", PACKAGE)
    for name, text in CSVS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_tabular_package_folder(tmp_path: Path):
    # Given a data package folder with CSV files
    folder = _package_folder(tmp_path / "paket")
    # When it is synced
    report = sync(tmp_path / "data", str(folder))
    # Then its services are nested and imported
    assert report.outcome is Outcome.UPDATED, report.message
    assert sorted(c.name for c in report.added) == ["Beispiel-Lernhilfe",
                                                    "Beispiel-Sozialberatung"]


def test_tabular_package_zip_by_url_and_path(tmp_path: Path):
    # Given the same package zipped in a sub-folder
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hsds/datapackage.json", json.dumps(PACKAGE))
        for name, text in CSVS.items():
            archive.writestr(f"hsds/{name}", text)
    zipped = tmp_path / "paket.zip"
    zipped.write_bytes(buffer.getvalue())
    # When it is synced from a path and from a URL
    from_path = sync(tmp_path / "a", str(zipped))
    with feed_server() as server:
        server.routes["/paket.zip"] = Reply(buffer.getvalue(), content_type="application/zip")
        from_url = sync(tmp_path / "b", server.base + "/paket.zip")
    # Then both give the two offers
    assert from_path.outcome is Outcome.UPDATED and from_path.offers_after == 2
    assert from_url.outcome is Outcome.UPDATED and from_url.offers_after == 2


def test_broken_zip_is_rejected(tmp_path: Path):
    source = tmp_path / "kaputt.zip"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    assert sync(tmp_path / "data", str(source)).outcome is Outcome.REJECTED


# -- validation -----------------------------------------------------------------------------
def test_bad_record_is_skipped_with_its_name(tmp_path: Path, feed300: list[dict[str, Any]]):
    # Given one service with an unknown status and one with a javascript: link
    services = json.loads(json.dumps(feed300[:20]))
    services[3]["status"] = "vielleicht"
    services[7]["url"] = "javascript:alert(1)"
    report = sync(tmp_path / "data", str(write_json(tmp_path / "f.json", services)))
    # Then both are skipped, named in the warnings, and the rest is live
    assert report.outcome is Outcome.UPDATED
    assert report.offers_after == 18
    text = "\n".join(report.warnings)
    assert services[3]["name"] in text and "unbekannter Wert" in text
    assert services[7]["name"] in text and "ungültiger Link" in text


@pytest.mark.parametrize("breakage", ["duplicate", "dangling_location", "dangling_term",
                                      "mostly_broken", "empty"])
def test_feed_errors_reject_everything(tmp_path: Path, feed300: list[dict[str, Any]],
                                       breakage: str):
    data = tmp_path / "data"
    sync(data, str(write_json(tmp_path / "good.json", feed300[:30])))
    before = live_sha(data)
    services = json.loads(json.dumps(feed300[:30]))
    if breakage == "duplicate":
        services[5]["id"] = services[4]["id"]
    elif breakage == "dangling_location":
        services[2]["service_at_locations"] = [{"id": "sal-x", "location_id": "nirgendwo"}]
    elif breakage == "dangling_term":
        services[2]["attributes"] = [{"id": "attr-x", "taxonomy_term_id": "kein-begriff"}]
    elif breakage == "mostly_broken":
        for service in services[:20]:
            service["name"] = 42
    else:
        services = []
    report = sync(data, str(write_json(tmp_path / "bad.json", services)))
    assert report.outcome is Outcome.REJECTED and report.exit_code == 1, report.message
    assert live_sha(data) == before


def test_older_feed_is_refused(tmp_path: Path, feed300: list[dict[str, Any]]):
    data = tmp_path / "data"
    newer = json.loads(json.dumps(feed300[:10]))
    for service in newer:
        service["last_modified"] = "2026-05-01T10:00:00Z"
    older = json.loads(json.dumps(newer))
    for service in older:
        service["last_modified"] = "2025-01-01T10:00:00Z"
        service["description"] += " Alt."
    assert sync(data, str(write_json(tmp_path / "n.json", newer))).outcome is Outcome.UPDATED
    report = sync(data, str(write_json(tmp_path / "o.json", older)))
    assert report.outcome is Outcome.REJECTED and "älter" in report.message


def test_signature_key_without_support_rejects(tmp_path: Path, feed300: list[dict[str, Any]]):
    pytest.importorskip("kiosk")  # the check itself needs no extra package
    source = write_json(tmp_path / "f.json", feed300[:5])
    (tmp_path / "f.json.sig").write_bytes(b"A" * 88)
    settings = fast_settings(public_key="A" * 44)
    report = sync(tmp_path / "data", str(source), settings=settings)
    # Without `cryptography` the signature cannot be checked; with it, this one is wrong.
    assert report.outcome is Outcome.REJECTED
    assert "Signatur" in report.message or "cryptography" in report.message


# -- confirmation, dry run, leftovers, command ----------------------------------------------
def test_big_shrink_waits_for_confirmation(tmp_path: Path, feed300: list[dict[str, Any]]):
    # Given 300 real offers live
    data = tmp_path / "data"
    full = write_json(tmp_path / "full.json", feed300)
    small = write_json(tmp_path / "small.json", feed300[:150])
    assert cli.main(["sync", "--source", str(full), "--data-dir", str(data)]) == 0
    before = live_sha(data)
    # When a feed with half of them arrives
    waiting = cli.main(["sync", "--source", str(small), "--data-dir", str(data)])
    # Then the command exits 3 and nothing changed, until --yes
    assert waiting == 3
    assert live_sha(data) == before
    assert not db.build_path(db.live_path(data)).exists()
    assert cli.main(["sync", "--source", str(small), "--data-dir", str(data), "--yes"]) == 0
    assert live_info(db.live_path(data)).offers == 150


def test_dry_run_changes_nothing(tmp_path: Path, feed300: list[dict[str, Any]],
                                 capsys: pytest.CaptureFixture[str]):
    data = tmp_path / "data"
    open_store(data).close()
    before = live_sha(data)
    source = write_json(tmp_path / "f.json", feed300[:12])
    code = cli.main(["sync", "--source", str(source), "--data-dir", str(data), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "Probelauf" in out and "12 neu" in out
    assert live_sha(data) == before


def test_cli_exit_codes_and_german_messages(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]):
    data = str(tmp_path / "data")
    assert cli.main(["sync", "--data-dir", data]) == 2  # no source configured
    assert "Keine Quelle" in capsys.readouterr().err
    assert cli.main(["sync", "--source", str(tmp_path / "fehlt.json"), "--data-dir",
                     data]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert cli.main(["sync", "--source", str(bad), "--data-dir", data]) == 1
    assert "abgelehnt" in capsys.readouterr().err


def test_source_from_config(tmp_path: Path, feed300: list[dict[str, Any]]):
    source = write_json(tmp_path / "f.json", feed300[:10])
    config = tmp_path / "site.toml"
    config.write_text(f'[sync]\nsource = "{source}"\nretries = 0\n', encoding="utf-8")
    code = cli.main(["sync", "--config", str(config), "--data-dir", str(tmp_path / "d")])
    assert code == 0
    assert live_info(db.live_path(tmp_path / "d")).offers == 10


def test_bad_sync_settings_fall_back_with_a_problem(tmp_path: Path):
    from kiosk.config import load_settings

    config = tmp_path / "site.toml"
    config.write_text('[sync]\nretries = -1\nshrink_confirm_ratio = 3\nsync_at_start = "ja"\n',
                      encoding="utf-8")
    settings, problems = load_settings(config)
    assert settings.sync.retries == 2 and settings.sync.shrink_confirm_ratio == 0.30
    assert settings.sync.sync_at_start is True
    assert sum("[sync]" in p for p in problems) == 3


def test_leftover_build_file_is_ignored_and_cleaned(tmp_path: Path,
                                                    feed300: list[dict[str, Any]]):
    # Given a half-written atlas.sqlite.new from a sync that was killed
    data = tmp_path / "data"
    open_store(data).close()
    leftover = db.build_path(db.live_path(data))
    leftover.write_bytes(b"SQLite format 3\x00 half written")
    before = live_sha(data)
    # When the kiosk opens its data, the leftover is ignored
    store = open_store(data)
    store.close()
    assert live_sha(data) == before
    # And the next sync removes it before it builds
    report = sync(data, str(write_json(tmp_path / "f.json", feed300[:5])))
    assert report.outcome is Outcome.UPDATED
    assert not leftover.exists()
    assert not os.path.exists(str(leftover) + "-journal")
