"""Shared fixtures: isolated data folders, the demo atlas as a real SQLite file, a window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.config import assets_dir  # noqa: E402
from kiosk.data import db, hsds  # noqa: E402
from kiosk.data.queries import Sessions, TaxonomyRoles  # noqa: E402

DEMO_ATLAS = assets_dir() / "demo_atlas.json"
ROLES = TaxonomyRoles()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the real home folder or a real kiosk config."""
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embedded demo atlas built once into a real SQLite file (read-only use)."""
    target = tmp_path_factory.mktemp("demo") / "atlas.sqlite"
    hsds.build_database(hsds.load_services(DEMO_ATLAS), target, source="demo", is_demo=True)
    return target


@pytest.fixture
def demo_sessions(demo_db: Path) -> Iterator[Sessions]:
    """A read-only session factory over the demo atlas."""
    engine = db.open_readonly(demo_db)
    yield db.make_sessions(engine)
    engine.dispose()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty kiosk data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
