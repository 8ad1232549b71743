"""Take it home: QR codes on the offer screen (decoded by zbar), Merkliste, printing, CLI."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.data import queries
from kiosk.qr import offer_link, policy_for, vcard_for_offer
from kiosk.ui.main_window import KioskWindow, Route
from kiosk.ui.screens.merkliste import MAX_REMEMBERED
from kiosk.ui.widgets.qr_view import MIN_CODE_PX
from tests.ui.conftest import WindowFactory


def tap(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def zbar(png: Path) -> bytes:
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(png)],
                         capture_output=True, timeout=60)
    return out.stdout


def open_offer(window: KioskWindow, part: str = "Südsteiermark") -> queries.OfferDetail:
    row = next(r for r in queries.offers(window.ctx.store.sessions) if part in r.name)
    window.navigate(Route("offer", offer_id=row.id))
    assert window.offer.offer is not None and window.offer.take_home is not None
    return window.offer.offer


def grab(qtbot: QtBot, window: KioskWindow, path: Path) -> Path:
    qtbot.wait(1)  # let the new panel lay out and paint
    window.grab().save(str(path))
    return path


def test_offer_screen_link_and_contact_codes_scan(qtbot: QtBot, window: KioskWindow,
                                                  tmp_path: Path) -> None:
    # Given the offer screen of a demo offer at 1920x1080
    offer = open_offer(window)
    panel = window.offer.take_home
    assert panel is not None
    policy = policy_for(window.ctx.settings.qr)
    link = offer_link(offer.id, offer.url, window.ctx.settings.qr.offer_url_template, policy)
    # Then the screen shows the link code, at least ~300 px, with the host beneath
    assert panel.view.code.code_rect().width() >= 300
    assert panel.view.code.minimumWidth() >= MIN_CODE_PX
    assert panel.view.caption.text() == link.host
    assert zbar(grab(qtbot, window, tmp_path / "link.png")) == link.url.encode()
    # When "Kontakt aufs Handy speichern" is touched
    tap(qtbot, panel.contact_button)
    # Then the screen shows the vCard, byte for byte
    assert zbar(grab(qtbot, window, tmp_path / "card.png")) == \
        vcard_for_offer(offer, policy).encode("utf-8")
    # And touching it again brings the link back
    tap(qtbot, panel.contact_button)
    assert zbar(grab(qtbot, window, tmp_path / "back.png")) == link.url.encode()


def test_refused_link_shows_no_code_and_a_sentence(qtbot: QtBot, make_window: WindowFactory,
                                                   tmp_path: Path) -> None:
    # Given a config that allows only a host the demo offers do not use, and no template
    config = tmp_path / "c.toml"
    config.write_text('[qr]\noffer_url_template = ""\nallowed_hosts = ["leibnitz.at"]\n',
                      encoding="utf-8")
    window = make_window(config)
    open_offer(window)
    panel = window.offer.take_home
    assert panel is not None
    # Then no code is drawn on the link side, a plain sentence says why
    assert panel.view.isHidden() and panel.view.code.matrix is None
    assert panel.refusal.isVisible() and "nicht sicher genug" in panel.refusal.text()
    assert zbar(grab(qtbot, window, tmp_path / "none.png")) == b""
    # And the contact code still works (its URL line is left out)
    tap(qtbot, panel.contact_button)
    assert b"URL:" not in zbar(grab(qtbot, window, tmp_path / "card.png"))


def test_merkliste_holds_ten_and_the_reset_empties_it(qtbot: QtBot, window: KioskWindow) -> None:
    rows = queries.offers(window.ctx.store.sessions)[:MAX_REMEMBERED + 1]
    # Given ten offers remembered through their "Merken" buttons
    for row in rows[:MAX_REMEMBERED]:
        window.navigate(Route("offer", offer_id=row.id))
        assert window.offer.take_home is not None
        tap(qtbot, window.offer.take_home.remember_button)
        assert window.offer.take_home.remembered
        assert window.offer.take_home.remember_button.text() == "Gemerkt"
    assert len(window.take_home.merkliste) == MAX_REMEMBERED
    assert window.take_home.nav_button.text() == f"Merkliste ({MAX_REMEMBERED})"
    # When an eleventh is remembered, Then the list stays at ten and the visitor is told why
    window.navigate(Route("offer", offer_id=rows[-1].id))
    panel = window.offer.take_home
    assert panel is not None
    tap(qtbot, panel.remember_button)
    assert len(window.take_home.merkliste) == MAX_REMEMBERED and not panel.remembered
    assert "voll" in panel.message.text()
    # When the Merkliste screen is opened, Then it lists them; one can be removed
    tap(qtbot, window.take_home.nav_button)
    assert window.route.kind == "merkliste"
    assert [r.id for r in window.take_home.screen.rows] == [r.id for r in rows[:10]]
    def removes() -> list[QPushButton]:
        return [b for b in window.take_home.screen.findChildren(QPushButton)
                if b.text() == "Entfernen" and b.isVisible()]

    qtbot.waitUntil(lambda: len(removes()) == MAX_REMEMBERED)  # new rows show on the next loop
    tap(qtbot, removes()[0])
    assert len(window.take_home.merkliste) == MAX_REMEMBERED - 1
    assert rows[0].id not in window.take_home.merkliste
    qtbot.waitUntil(lambda: len(window.take_home.screen.rows) == MAX_REMEMBERED - 1)
    # When the visit is reset (idle), Then the Merkliste is empty and nothing was written
    window.reset_visit()
    assert len(window.take_home.merkliste) == 0
    assert window.take_home.nav_button.text() == "Merkliste (0)"
    assert window.take_home.screen.rows == []
    written = [p.name for p in window.ctx.data_dir.rglob("*") if p.is_file()]
    assert not any("merk" in name.lower() for name in written)


def test_merkliste_keeps_the_idle_question_coming(window: KioskWindow) -> None:
    # Given a visitor who remembered an offer and went back home
    row = queries.offers(window.ctx.store.sessions)[0]
    window.take_home.merkliste.add(row.id)
    window.go_home()
    # Then the kiosk still counts as in use (the idle reset must empty the list)
    assert window.is_dirty()


def test_printing_without_printer_answers_fast_and_never_opens_a_dialog(
        qtbot: QtBot, window: KioskWindow) -> None:
    # Given no printer configured (the default) and an offer on screen
    assert window.ctx.settings.printing.printer == ""
    open_offer(window)
    panel = window.offer.take_home
    assert panel is not None
    # When "Drucken" is touched
    start = time.monotonic()
    tap(qtbot, panel.print_button)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=3000)
    elapsed = time.monotonic() - start
    # Then a friendly sentence appears within 3 seconds, no dialog, nothing left running
    assert elapsed < 3.0
    assert "kein Drucker" in panel.message.text()
    assert not any(isinstance(w, QDialog) for w in QApplication.topLevelWidgets()
                   if w.isVisible())
    assert not window.take_home.printing.busy


def test_printer_that_does_not_exist_is_reported(qtbot: QtBot, make_window: WindowFactory,
                                                 tmp_path: Path) -> None:
    # Given a printer name the system does not know
    config = tmp_path / "p.toml"
    config.write_text('[print]\nprinter = "Bon-Drucker-Flur"\npaper = "receipt80"\n',
                      encoding="utf-8")
    window = make_window(config)
    # When the Merkliste is printed
    row = queries.offers(window.ctx.store.sessions)[0]
    window.take_home.merkliste.add(row.id)
    window.navigate(Route("merkliste"))
    start = time.monotonic()
    tap(qtbot, window.take_home.screen.print_button)
    # Then the visitor is told quickly, and no job is left behind
    qtbot.waitUntil(lambda: window.take_home.screen.message.isVisible(), timeout=3000)
    assert time.monotonic() - start < 3.0
    assert "nicht erreichbar" in window.take_home.screen.message.text()
    assert not window.take_home.printing.busy


def test_staff_test_page_button(qtbot: QtBot, window: KioskWindow) -> None:
    window._on_pin_accepted()
    assert window.staff.test_print_button.isVisible()
    assert window.staff.test_print_button.height() >= 88
    tap(qtbot, window.staff.test_print_button)
    assert "kein Drucker" in window.staff.print_label.text()


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(data_dir),
                               "PATH": "/usr/bin:/bin"})


@pytest.fixture
def offer_id(window: KioskWindow) -> str:
    return open_offer(window).id


def test_cli_qr_and_print(offer_id: str, window: KioskWindow, data_dir: Path,
                          tmp_path: Path) -> None:
    offer = window.offer.offer
    assert offer is not None
    policy = policy_for(window.ctx.settings.qr)
    # kiosk qr: the link, then the vCard, each decodes byte for byte
    out = run_cli("qr", offer_id, "--out", str(tmp_path / "l.png"), data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert zbar(tmp_path / "l.png") == offer_link(
        offer.id, offer.url, window.ctx.settings.qr.offer_url_template, policy).url.encode()
    out = run_cli("qr", offer_id, "--vcard", "--out", str(tmp_path / "v.png"), data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert zbar(tmp_path / "v.png") == vcard_for_offer(offer, policy).encode()
    # unknown offer and refused URL: non-zero with a clear message
    out = run_cli("qr", "no-such-offer", "--out", str(tmp_path / "x.png"), data_dir=data_dir)
    assert out.returncode == 1 and "Unbekanntes Angebot" in out.stderr
    config = tmp_path / "c.toml"
    config.write_text('[qr]\noffer_url_template = "http://sozialatlas.leibnitz.at/{id}"\n',
                      encoding="utf-8")
    out = run_cli("qr", offer_id, "--out", str(tmp_path / "y.png"), "--config", str(config),
                  data_dir=data_dir)
    assert out.returncode == 1 and "https" in out.stderr and not (tmp_path / "y.png").exists()
    # kiosk print --pdf writes the slip; without a printer, printing fails clearly
    out = run_cli("print", offer_id, "--pdf", str(tmp_path / "s.pdf"), data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    out = run_cli("print", offer_id, "no-such-offer", "--pdf", str(tmp_path / "t.pdf"),
                  data_dir=data_dir)
    assert out.returncode == 1 and "Unbekanntes Angebot" in out.stderr
    out = run_cli("print", "--test", data_dir=data_dir)
    assert out.returncode == 1 and "Kein Drucker" in out.stderr
