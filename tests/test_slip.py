"""Tests for kiosk.slip: real PDFs, read back with pdftotext and (rasterised) zbar."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk import slip as slips
from kiosk.config import load_settings
from kiosk.data import queries
from kiosk.data.queries import Sessions
from kiosk.qr import offer_link, policy_for, vcard_for_offer
from kiosk.ui.widgets.common import group_phone

NOW = dt.datetime(2026, 11, 20, 10, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def app() -> QApplication:
    return QApplication.instance() or QApplication([])  # type: ignore[return-value]


def find_offer(sessions: Sessions, part: str) -> queries.OfferDetail:
    row = next(r for r in queries.offers(sessions) if part in r.name)
    detail = queries.offer_detail(sessions, row.id, load_settings(None)[0].roles)
    assert detail is not None
    return detail


def rasterise(pdf: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(out / "page")],
                   check=True, timeout=60)
    return sorted(out.glob("page*.png"))


def decode_all(png: Path) -> list[bytes]:
    """The QR codes of a page as exact bytes (-Sbinary writes them back to back)."""
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(png)],
                         capture_output=True, timeout=60)
    return [out.stdout] if out.returncode == 0 else []


def pdf_text(pdf: Path) -> str:
    """The text of a PDF with line breaks undone (a narrow receipt wraps long names)."""
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    return " ".join(raw.replace("-\n", "-").split()).replace("- ", "-")


@pytest.mark.parametrize("paper", ["a4", "receipt80"])
def test_slip_pdf_has_text_and_scannable_codes(app: QApplication, demo_sessions: Sessions,
                                               tmp_path: Path, paper: str) -> None:
    # Given a demo offer with an umlaut in its name and a phone number
    settings = load_settings(None)[0]
    offer = find_offer(demo_sessions, "Südsteiermark")
    assert offer.phones
    # When its slip is written as a PDF on this paper
    pdf = tmp_path / f"slip-{paper}.pdf"
    slips.write_pdf(slips.build_slip([offer], settings, NOW), pdf, paper)
    # Then pdftotext finds the name (umlaut intact) and the phone number as shown on screen
    text = pdf_text(pdf)
    assert offer.name in text
    assert group_phone(offer.phones[0].number) in text
    assert "Gedruckt am 20.11.2026" in text
    # And, rasterised at 200 dpi, each QR code decodes to exactly the expected bytes
    policy = policy_for(settings.qr)
    link = offer_link(offer.id, offer.url, settings.qr.offer_url_template, policy).url
    card = vcard_for_offer(offer, policy)
    pages = rasterise(pdf, tmp_path)
    assert len(pages) == 1
    found = decode_all(pages[0])[0]
    # zbar -Sbinary writes the symbols one after the other, without separators
    assert found in (link.encode() + card.encode(), card.encode() + link.encode())


def test_receipt_is_80mm_wide_and_a4_is_a4(app: QApplication, demo_sessions: Sessions,
                                           tmp_path: Path) -> None:
    settings = load_settings(None)[0]
    offer = find_offer(demo_sessions, "Südsteiermark")
    slip = slips.build_slip([offer], settings, NOW)
    sizes = {}
    for paper in ("a4", "receipt80"):
        pdf = tmp_path / f"{paper}.pdf"
        slips.write_pdf(slip, pdf, paper)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                              check=True).stdout
        line = next(x for x in info.splitlines() if x.startswith("Page size"))
        w, h = (float(v) for v in line.split(":")[1].split("pts")[0].split(" x "))
        sizes[paper] = (w / 72 * 25.4, h / 72 * 25.4)
    assert sizes["a4"] == pytest.approx((210, 297), abs=1)
    assert sizes["receipt80"][0] == pytest.approx(80, abs=0.5)
    assert 60 <= sizes["receipt80"][1] < 297


def test_merkliste_slip_flows_over_pages_and_keeps_every_offer(
        app: QApplication, demo_sessions: Sessions, tmp_path: Path) -> None:
    # Given ten offers (a full Merkliste)
    settings = load_settings(None)[0]
    rows = queries.offers(demo_sessions)[:10]
    offers = [queries.offer_detail(demo_sessions, r.id, settings.roles) for r in rows]
    # When printed together on A4
    pdf = tmp_path / "ten.pdf"
    slips.write_pdf(slips.build_slip([o for o in offers if o], settings, NOW), pdf, "a4")
    # Then every offer's name is in the text, over several pages
    text = pdf_text(pdf)
    for row in rows:
        assert row.name in text
    assert subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout.count("Pages:") == 1
    assert len(rasterise(pdf, tmp_path)) >= 3


def test_refused_link_prints_a_sentence_instead_of_a_code(app: QApplication,
                                                          demo_sessions: Sessions,
                                                          tmp_path: Path) -> None:
    # Given a config whose template is empty and whose list does not allow the offer's host
    config = tmp_path / "c.toml"
    config.write_text('[qr]\noffer_url_template = ""\nallowed_hosts = ["leibnitz.at"]\n',
                      encoding="utf-8")
    settings = load_settings(config)[0]
    offer = find_offer(demo_sessions, "Südsteiermark")
    slip = slips.build_slip([offer], settings, NOW)
    # Then the slip has no link code, only the sentence (and still the contact code)
    assert slip.offers[0].link is None and slip.offers[0].link_note
    pdf = tmp_path / "refused.pdf"
    slips.write_pdf(slip, pdf, "a4")
    assert "nicht sicher genug" in pdf_text(pdf)


def test_test_page_has_umlauts_and_footer(app: QApplication, tmp_path: Path) -> None:
    settings = load_settings(None)[0]
    pdf = tmp_path / "test.pdf"
    slips.write_pdf(slips.test_slip(settings, NOW), pdf, "receipt80")
    text = pdf_text(pdf)
    assert "Äpfel, Öfen, Übungen" in text and "äöüß" in text
    assert settings.site.address in text
