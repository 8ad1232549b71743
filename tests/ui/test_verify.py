"""A live atlas that fails SQLite's page check after start is replaced by the previous copy."""

from __future__ import annotations

from pathlib import Path

from kiosk.data import db
from tests.ui.conftest import WindowFactory


def test_failed_background_check_falls_back(make_window: WindowFactory, data_dir: Path) -> None:
    # Given a running kiosk whose live file has a good previous copy
    window = make_window()
    live = db.live_path(data_dir)
    copy = data_dir / "copy.sqlite"
    copy.write_bytes(live.read_bytes())
    window.ctx.store.close()
    db.install_database(copy, live)
    window.ctx.store.open()
    # When the live file's pages are damaged (the schema still reads) and the check runs
    data = bytearray(live.read_bytes())
    for offset in range(len(data) // 2, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xff" * 64
    live.write_bytes(bytes(data))
    window.verify_atlas()
    # Then staff are told, the previous copy is live, and the visitor sees a working home
    assert any("beschädigt" in n for n in window.ctx.notices)
    assert db.check_database(live).ok
    assert window.route.kind == "home" and window.home._categories
