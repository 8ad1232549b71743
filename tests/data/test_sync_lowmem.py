"""Low-memory sync: chunked parsing, hashing and verifying the raw bytes give the same result."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data import db, hsds, sources
from kiosk.data.sources import FeedRejectedError, SignatureRejectedError, Transport, fetch
from kiosk.data.sync import Outcome, diff_offers, feed_timestamp, run_sync
from kiosk.data.validate import load_schema, validate_services
from tests.data.sync_helpers import SCHEMA, Reply, fast_settings, feed_server, open_store
from tools.make_feed import make_feed, write_feed


@pytest.fixture(scope="module")
def services() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(json.dumps(make_feed(150)))
    data[3]["status"] = "verschwunden"  # one record the schema skips: a warning
    data[5]["description"] = "Text mit }, { und },\\n{ darin"  # separator-like text
    return data


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted; feed_info without its load time."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")
                    if not (name == "feed_info" and r[1] == "loaded_at")]
            select = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(conn.execute(f"SELECT {select} FROM {name}"), key=repr)
        return out
    finally:
        conn.close()


def _reference(feed: Path, tmp: Path, live: Path) -> tuple[Path, list[str], Any]:
    """The sync's steps the old way: the whole file in memory, json.loads, validate, build."""
    body = feed.read_bytes()
    raw = json.loads(body)
    checked = validate_services(raw, load_schema(SCHEMA))
    stamp = feed_timestamp(sources.FetchedFeed(raw, "", "file", str(feed)), checked.services)
    target = tmp / "reference.sqlite"
    store = open_store(tmp / "reference-data")
    try:
        built = hsds.build_database(checked.services, target, source=str(feed),
                                    generated_at=stamp, post_build=store.post_build,
                                    content_sha256=hashlib.sha256(body).hexdigest())
    finally:
        store.close()
    return target, checked.warnings + built.warnings, diff_offers(target, live)


@pytest.mark.parametrize("layout", ["lines", "compact", "indented", "bom"])
def test_sync_result_is_what_the_whole_file_in_memory_gave(
        tmp_path: Path, services: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch,
        layout: str) -> None:
    # Given a feed file in one of several layouts, and small chunks and batches so that
    # the 150 offers span many of them
    feed = tmp_path / "feed.json"
    if layout == "lines":
        feed.write_text("[\n" + ",\n".join(json.dumps(s, ensure_ascii=False) for s in services)
                        + "\n]\n", encoding="utf-8")
    elif layout == "indented":
        feed.write_text(json.dumps(services, ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        text = json.dumps(services, ensure_ascii=layout == "bom")
        feed.write_bytes(("\ufeff" if layout == "bom" else "").encode() + text.encode())
    monkeypatch.setattr(sources, "CHUNK_BYTES", 4096)
    monkeypatch.setattr(sources, "BATCH_CHARS", 20_000)
    data = tmp_path / "data"
    store = open_store(data)
    demo = tmp_path / "demo.sqlite"
    demo.write_bytes(db.live_path(data).read_bytes())
    # When it is synced, and the same steps run the old way
    try:
        report = run_sync(store, fast_settings(), SCHEMA, source=str(feed))
    finally:
        store.close()
    reference, warnings, (added, changed, removed) = _reference(feed, tmp_path, demo)
    # Then the atlas has the same rows in every table and the report says the same
    assert report.outcome is Outcome.UPDATED, report.message
    assert _tables(db.live_path(data)) == _tables(reference)
    assert report.content_sha256 == hashlib.sha256(feed.read_bytes()).hexdigest()
    assert report.warnings == warnings and any("übersprungen" in w for w in warnings)
    assert (report.added, report.changed, report.removed) == (added, changed, removed)
    assert report.offers_after == len(services) - 1
    # and nothing of the download is left in the data folder
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("feed-")) == []


def test_downloaded_file_is_spooled_beside_the_atlas_and_hashed(
        tmp_path: Path, services: list[dict[str, Any]]) -> None:
    # Given a feed file served over HTTP
    body = json.dumps(services, ensure_ascii=False).encode()
    seen: list[bytes] = []
    spool = tmp_path / "spool"
    spool.mkdir()
    with feed_server() as server:
        server.routes["/feed.json"] = Reply(body)
        # When it is fetched with a verify hook
        feed = fetch(server.base + "/feed.json", Transport(retries=0), spool_dir=spool,
                     verify=lambda raw: seen.append(raw) or None)
    # Then the hook saw exactly the served bytes, the hash is theirs, the services parse
    # the same, and the spool file is gone
    assert seen == [body]
    assert feed.signature_checked
    assert feed.content_sha256 == hashlib.sha256(body).hexdigest()
    assert feed.services == json.loads(body)
    assert list(spool.iterdir()) == []


def test_verify_problem_stops_before_parsing(tmp_path: Path) -> None:
    # Given a file that is not even JSON, and a verify hook that refuses its bytes
    feed = tmp_path / "feed.json"
    feed.write_bytes(b"[not json")
    # When it is fetched, Then the hook's problem is the error (the bytes were not parsed)
    with pytest.raises(SignatureRejectedError, match="Signatur falsch"):
        fetch(str(feed), Transport(), verify=lambda _raw: "Signatur falsch.")


def test_file_changed_after_verifying_is_refused(tmp_path: Path,
                                                 services: list[dict[str, Any]]) -> None:
    # Given a feed file that changes right after its bytes were verified
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(services[:5]), encoding="utf-8")

    def verify(raw: bytes) -> None:
        assert raw == feed.read_bytes()
        feed.write_text(json.dumps(services[5:10]), encoding="utf-8")

    # When it is fetched, Then it is refused: what was parsed is not what was verified
    with pytest.raises(FeedRejectedError, match="geändert"):
        fetch(str(feed), Transport(), verify=verify)


def test_big_file_over_the_cap_is_refused_while_reading(tmp_path: Path) -> None:
    # Given a file over the size cap
    feed = tmp_path / "feed.json"
    feed.write_text("[" + ",".join(["1"] * 1000) + "]", encoding="utf-8")
    # When it is fetched with a smaller cap, Then it is refused
    with pytest.raises(FeedRejectedError, match="größer"):
        fetch(str(feed), Transport(max_bytes=100))


def test_load_services_reads_a_big_list_in_chunks(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a feed as tools.make_feed writes it, and small chunks
    feed = tmp_path / "feed.json"
    write_feed(feed, 120)
    monkeypatch.setattr(sources, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(sources, "BATCH_CHARS", 8000)
    # When the importer loads it, Then it has the same services as json.loads
    assert hsds.load_services(feed) == json.loads(feed.read_bytes())
    # and consume() hands them over in order, leaving the list empty
    items = [1, 2, 3]
    assert list(hsds.consume(items)) == [1, 2, 3] and items == []


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(alphabet=st.sampled_from('ab}{,[]"\\ \n\tä€😀'), max_size=8),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(alphabet="k},{", max_size=3), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(doc=st.lists(_values, max_size=10) | _values, indent=st.sampled_from([None, 0, 1, 2]),
       chunk=st.integers(1, 40), batch=st.integers(2, 60), cut=st.integers(0, 200),
       junk=st.sampled_from(["", ",", "]", "x", '"', "}"]))
def test_chunked_parse_equals_json_loads(doc: Any, indent: int | None, chunk: int, batch: int,
                                         cut: int, junk: str) -> None:
    # Given any JSON document, maybe with a character replaced (often no longer JSON)
    text = json.dumps(doc, indent=indent, ensure_ascii=False)
    if junk and text:
        at = cut % len(text)
        text = text[:at] + junk + text[at + 1:]
    try:
        expected: Any = json.loads(text)
    except json.JSONDecodeError:
        expected = FeedRejectedError
    # When it is parsed in chunks and batches of any size
    body = text.encode()
    old = sources.CHUNK_BYTES, sources.BATCH_CHARS
    sources.CHUNK_BYTES, sources.BATCH_CHARS = chunk, batch
    try:
        got: Any = sources.parse_json(body, threading.Event())
    except FeedRejectedError:
        got = FeedRejectedError
    finally:
        sources.CHUNK_BYTES, sources.BATCH_CHARS = old
    # Then it gives what json.loads gives (or both refuse it)
    assert got == expected


def test_http_sync_streams_from_a_spool_that_is_deleted_after(
        tmp_path: Path, services: list[dict[str, Any]]) -> None:
    # Given the same feed once as a file and once over HTTP
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    store = open_store(tmp_path / "by-file")
    try:
        by_file = run_sync(store, fast_settings(), SCHEMA, source=str(feed))
    finally:
        store.close()
    with feed_server() as server:
        server.routes["/feed.json"] = Reply(feed.read_bytes())
        data = tmp_path / "by-http"
        store = open_store(data)
        try:
            # When it is synced over HTTP
            by_http = run_sync(store, fast_settings(), SCHEMA, source=server.base + "/feed.json")
        finally:
            store.close()
    # Then both atlases hold the same rows (but the source's name), the reports agree, and
    # the downloaded file spooled beside the atlas is gone
    assert by_http.outcome is Outcome.UPDATED, by_http.message
    file_tables = _tables(db.live_path(tmp_path / "by-file"))
    http_tables = _tables(db.live_path(data))
    assert {k: v for k, v in http_tables.items() if k != "feed_info"} == {
        k: v for k, v in file_tables.items() if k != "feed_info"}
    assert (by_http.warnings, by_http.added, by_http.content_sha256) == (
        by_file.warnings, by_file.added, by_file.content_sha256)
    assert sorted(p.name for p in data.iterdir()) == sorted(
        p.name for p in (tmp_path / "by-file").iterdir())


def test_streamed_feed_with_a_duplicate_id_is_rejected_and_nothing_built(
        tmp_path: Path, services: list[dict[str, Any]]) -> None:
    # Given a feed file whose last offer repeats the id of the first
    feed = tmp_path / "feed.json"
    broken = [*services[:20], {**services[20], "id": services[0]["id"]}]
    feed.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    data = tmp_path / "data"
    store = open_store(data)
    before = db.live_path(data).read_bytes()
    # When it is synced
    try:
        report = run_sync(store, fast_settings(), SCHEMA, source=str(feed))
    finally:
        store.close()
    # Then it is rejected as the in-memory way rejects it, and the live atlas is untouched
    assert report.outcome is Outcome.REJECTED
    assert "kommt doppelt vor" in report.message
    assert db.live_path(data).read_bytes() == before
    assert not db.build_path(db.live_path(data)).exists()
