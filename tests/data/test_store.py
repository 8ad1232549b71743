"""The live atlas survives anything: missing, corrupt or garbage files fall back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.data import db, hsds, queries
from kiosk.data.store import AtlasError, AtlasStore
from tests.conftest import DEMO_ATLAS


def store_in(folder: Path) -> AtlasStore:
    return AtlasStore(folder, DEMO_ATLAS)


def test_first_start_builds_the_embedded_atlas(data_dir: Path) -> None:
    # Given an empty data folder, When the store opens
    store = store_in(data_dir)
    report = store.open()
    # Then the demo atlas is live and marked as demo, with nothing to alarm staff
    assert report.origin == "embedded" and report.notices == ()
    assert queries.feed_status(store.sessions).is_demo
    store.close()


def test_second_start_uses_the_live_file(data_dir: Path) -> None:
    store_in(data_dir).open()
    report = store_in(data_dir).open()
    assert report.origin == "live"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "zeroed-header"])
def test_corrupt_live_file_falls_back_to_previous(data_dir: Path, damage: str) -> None:
    # Given a live file and a previous good copy
    store = store_in(data_dir)
    store.open()
    store.close()
    live = db.live_path(data_dir)
    db.install_database(_copy_of(live, data_dir), live)  # makes the old live the previous copy
    # When the live file is damaged
    data = live.read_bytes()
    if damage == "garbage":
        live.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        live.write_bytes(data[: len(data) // 3])
    elif damage == "empty":
        live.write_bytes(b"")
    else:
        live.write_bytes(b"\0" * 100 + data[100:])
    report = store.open()
    # Then the previous copy is live again, staff are told, and the broken file is kept aside
    assert report.origin == "previous"
    assert any("beschädigt" in n for n in report.notices)
    assert queries.feed_status(store.sessions).offers > 0
    assert list(data_dir.glob("atlas.sqlite.broken-*"))
    store.close()


def test_corrupt_live_without_previous_rebuilds_embedded(data_dir: Path) -> None:
    live = db.live_path(data_dir)
    live.write_bytes(b"SQLite format 3\0" + os.urandom(4096))
    store = store_in(data_dir)
    report = store.open()
    assert report.origin == "embedded"
    assert any("neu aufgebaut" in n for n in report.notices)
    store.close()


def test_leftover_build_file_is_ignored(data_dir: Path) -> None:
    # Given a half-written build file from a killed sync
    store_in(data_dir).open()
    db.build_path(db.live_path(data_dir)).write_bytes(b"half")
    # When the kiosk starts, Then it opens the live file untouched
    assert store_in(data_dir).open().origin == "live"


def test_broken_embedded_atlas_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(AtlasError, match="Eingebetteter Sozialatlas"):
        AtlasStore(data_dir, bad).open()


def test_install_keeps_previous_copy(data_dir: Path, tmp_path: Path) -> None:
    live = db.live_path(data_dir)
    first = tmp_path / "first.sqlite"
    second = tmp_path / "second.sqlite"
    services = hsds.load_services(DEMO_ATLAS)
    hsds.build_database(services, first, source="eins")
    hsds.build_database(services[:10], second, source="zwei")
    db.install_database(first, live)
    db.install_database(second, live)
    assert db.check_database(live).offers == 10
    assert db.check_database(db.previous_path(live)).offers == len(services)


def _copy_of(live: Path, folder: Path) -> Path:
    copy = folder / "copy.sqlite"
    copy.write_bytes(live.read_bytes())
    return copy
