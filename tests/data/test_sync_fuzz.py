"""Fuzzed feeds (Hypothesis): no crash, and a rejected feed never touches the live data."""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.data import db
from kiosk.data.sync import Outcome, live_info, run_sync
from kiosk.data.validate import _without_nulls, load_schema
from tests.data.sync_helpers import SCHEMA, fast_settings, open_store
from tools.make_feed import make_feed

BASE: list[dict[str, Any]] = json.loads(json.dumps(make_feed(4, seed=3)))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_paths(value, (*prefix, i)))
    return out


@st.composite
def mutated_feeds(draw: st.DrawFn) -> Any:
    feed: Any = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(feed)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "delete", "huge", "duplicate", "wrap"]))
        if not path:
            feed = draw(json_values) if action == "replace" else feed
            continue
        parent = feed
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif action == "huge":
            parent[key] = "Ä\u202e" * draw(st.sampled_from([10, 5_000, 60_000]))
        elif action == "duplicate" and isinstance(feed, list) and feed:
            feed.append(copy.deepcopy(feed[draw(st.integers(0, len(feed) - 1))]))
        elif action == "wrap":
            parent[key] = [parent[key]]
    return feed


@pytest.fixture(scope="module")
def live_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose live atlas was built from the unmutated base feed."""
    folder = tmp_path_factory.mktemp("template")
    source = folder / "base.json"
    source.write_text(json.dumps(BASE), encoding="utf-8")
    store = open_store(folder / "data")
    report = run_sync(store, fast_settings(), SCHEMA, source=str(source))
    store.close()
    assert report.outcome is Outcome.UPDATED
    return folder / "data"


def _check_one(template: Path, payload: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(template, data)
        before = live_info(db.live_path(data)).content_sha256
        source = Path(tmp) / "feed.json"
        source.write_bytes(payload)
        store = open_store(data)
        try:
            report = run_sync(store, fast_settings(), SCHEMA, source=str(source))
        finally:
            store.close()
        after = live_info(db.live_path(data))
        if report.outcome is Outcome.UPDATED:
            assert db.check_database(db.live_path(data), thorough=True).ok
            assert after.offers == report.offers_after
        else:
            assert report.outcome in (Outcome.REJECTED, Outcome.UNCHANGED, Outcome.CONFIRM)
            assert after.content_sha256 == before, report.message
        assert not db.build_path(db.live_path(data)).exists()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(feed=mutated_feeds())
def test_mutated_json_never_crashes_or_damages(live_template: Path, feed: Any):
    # Given a live atlas, When a structurally mutated feed arrives, Then no exception, and
    # a feed that is not taken leaves the live data byte for byte
    _check_one(live_template, json.dumps(feed, ensure_ascii=False).encode())


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cut=st.integers(0, 4000), junk=st.binary(max_size=20))
def test_mangled_bytes_never_crash(live_template: Path, cut: int, junk: bytes):
    text = json.dumps(BASE).encode()
    _check_one(live_template, text[:cut] + junk + text[cut + len(junk):])


@settings(max_examples=150, deadline=None)
@given(feed=mutated_feeds())
def test_compiled_schema_agrees_with_jsonschema(feed: Any):
    # The fast compiled checker must reject what the reference validator rejects.
    schema = load_schema(SCHEMA)
    for service in feed if isinstance(feed, list) else [feed]:
        compiled = schema.problem(service)
        reference = next(iter(schema.reference.iter_errors(_without_nulls(service))), None)
        if reference is not None:
            assert compiled is not None, reference.message
