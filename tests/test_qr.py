"""Tests for kiosk.qr: the URL policy table, vCard escaping, matrices decoded by zbar."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kiosk import qr
from kiosk.qr import QrPolicy, VCardAddress, VCardData, build_vcard, check_url

POLICY = QrPolicy()


def zbar_decode(png: Path) -> bytes:
    """The exact bytes of the one QR code in a picture (zbar's binary mode, no recoding)."""
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(png)],
                         capture_output=True, check=True, timeout=30)
    return out.stdout  # -Sbinary: no newline is added after the symbol


@pytest.mark.parametrize(("url", "reason"), [
    ("", qr.REASON_MISSING),
    ("http://www.example.org/a", qr.REASON_SCHEME),
    ("javascript:alert(1)", qr.REASON_SCHEME),
    ("JavaScript://www.example.org/%0Aalert(1)", qr.REASON_SCHEME),
    ("data:text/html,<script>alert(1)</script>", qr.REASON_SCHEME),
    ("file:///etc/passwd", qr.REASON_SCHEME),
    ("ftp://www.example.org/x", qr.REASON_SCHEME),
    ("www.example.org/x", qr.REASON_SCHEME),
    ("https:/www.example.org/x", qr.REASON_SCHEME),
    ("https://user@www.example.org/x", qr.REASON_USERINFO),
    ("https://user:pw@www.example.org/x", qr.REASON_USERINFO),
    ("https://www.example.org@evil.test/x", qr.REASON_USERINFO),
    ("https://xn--sozialatls-c9a.leibnitz.at/x", qr.REASON_LOOKALIKE),
    ("https://xn--sozialatlas-leibnitz-xyz.at/", qr.REASON_LOOKALIKE),
    ("https://sozialatläs.leibnitz.at/x", qr.REASON_LOOKALIKE),
    ("https://www.example.org/a\nb", qr.REASON_CHARACTERS),
    ("https://www.example.org/a\tb", qr.REASON_CHARACTERS),
    ("https://www.example.org/a b", qr.REASON_CHARACTERS),
    ("https://www.example.org/a\x00", qr.REASON_CHARACTERS),
    ("https://www.example.org/a\x1b[31m", qr.REASON_CHARACTERS),
    ("https://www.example.org/\u202egpj.exe", qr.REASON_CHARACTERS),
    ("https://www.example.org\\@evil.test/", qr.REASON_CHARACTERS),
    (" https://www.example.org/", qr.REASON_CHARACTERS),
    ("https://www.example.org/" + "a" * 300, qr.REASON_LENGTH),
    ("https://evil.test/", qr.REASON_HOST),
    ("https://example.org.evil.test/", qr.REASON_HOST),
    ("https://evilexample.org/", qr.REASON_HOST),
    ("https://sub.www.example.org/", qr.REASON_HOST),
    ("https://www.example.org./x", qr.REASON_HOST),
    ("https://www.example.org:8443/x", qr.REASON_PORT),
    ("https://www.example.org:443/x", qr.REASON_PORT),
    ("https://www.example.org:/x", qr.REASON_PORT),
    ("https://192.168.1.10/x", qr.REASON_IP),
    ("https://[::1]/x", qr.REASON_IP),
    ("https://127.1/x", qr.REASON_IP),
    ("https:///x", qr.REASON_MALFORMED),
])
def test_url_policy_refuses(url: str, reason: str) -> None:
    # Given the default allow-list, When a bad link is checked, Then it is refused and why
    verdict = check_url(url, POLICY)
    assert not verdict.ok
    assert verdict.reason == reason
    assert verdict.url == "" and verdict.host == ""


@pytest.mark.parametrize(("url", "expected", "host"), [
    ("https://www.example.org/sozialverein/schuldnerberatung",
     "https://www.example.org/sozialverein/schuldnerberatung", "www.example.org"),
    ("https://sozialatlas.leibnitz.at/angebot/abc-123?x=1#top",
     "https://sozialatlas.leibnitz.at/angebot/abc-123?x=1#top", "sozialatlas.leibnitz.at"),
    ("HTTPS://WWW.Example.ORG/Pfad", "https://www.example.org/Pfad", "www.example.org"),
    ("https://leibnitz.at", "https://leibnitz.at", "leibnitz.at"),
    ("https://www.example.org/beratung/für-frauen",
     "https://www.example.org/beratung/f%C3%BCr-frauen", "www.example.org"),
])
def test_url_policy_accepts(url: str, expected: str, host: str) -> None:
    # Given an https link on an allowed host, When checked, Then it passes in canonical form
    verdict = check_url(url, POLICY)
    assert verdict.ok and verdict.reason == ""
    assert verdict.url == expected
    assert verdict.host == host


def test_wildcard_and_listed_punycode() -> None:
    # Given a list with a parent-domain wildcard and one explicitly listed punycode host
    policy = QrPolicy(("*.example.org", "xn--mnchen-3ya.example"))
    # Then subdomains pass but the bare parent does not, and the listed xn-- host passes
    assert check_url("https://a.b.example.org/", policy).ok
    assert check_url("https://example.org/", policy).reason == qr.REASON_HOST
    assert check_url("https://xn--mnchen-3ya.example/", policy).ok
    # And a punycode subdomain under the wildcard is still refused (not listed exactly)
    assert check_url("https://xn--exmple-cua.example.org/", policy).reason == qr.REASON_LOOKALIKE


def test_offer_link_uses_template_else_service_url() -> None:
    # Given a template, Then the id goes in percent-encoded
    verdict = qr.offer_link("a/b c", "https://www.example.org/x",
                            "https://sozialatlas.leibnitz.at/angebot/{id}", POLICY)
    assert verdict.url == "https://sozialatlas.leibnitz.at/angebot/a%2Fb%20c"
    # Given an empty template, Then the service's own URL, through the same policy
    assert qr.offer_link("x", "https://www.example.org/y", "", POLICY).url == \
        "https://www.example.org/y"
    assert qr.offer_link("x", "http://www.example.org/y", "", POLICY).reason == qr.REASON_SCHEME
    assert qr.offer_link("x", "", "", POLICY).reason == qr.REASON_MISSING


@pytest.mark.parametrize(("text", "escaped"), [
    ("Beratung, Hilfe; mehr", "Beratung\\, Hilfe\\; mehr"),
    ("C:\\Pfad", "C:\\\\Pfad"),
    ("Zeile 1\nZeile 2", "Zeile 1\\nZeile 2"),
    ("Zeile 1\r\nZeile 2\rZeile 3", "Zeile 1\\nZeile 2\\nZeile 3"),
    ("Größe Übung äöüß", "Größe Übung äöüß"),
    ("a\\,b", "a\\\\\\,b"),
    ("bell\x07 and \u202eRLO", "bell and RLO"),
])
def test_vcard_text_escaping(text: str, escaped: str) -> None:
    assert qr.escape_vcard_text(text) == escaped


def test_vcard_fields_and_line_ends() -> None:
    # Given a contact with awkward characters everywhere
    data = VCardData(
        name="Beratung für Frauen; Mädchen, Kinder",
        organization="Verein \\Freiraum\\",
        phones=("+43 3452 123 45", "0664 / 88 26 06 53", "ask us"),
        email="info@example.org",
        address=VCardAddress("Hauptplatz 1\nStiege 2", "Leibnitz", "8430"),
        website="https://www.example.org/freiraum",
    )
    # When the vCard is built
    card = build_vcard(data, POLICY)
    # Then it is vCard 3.0 with CRLF line ends and each field escaped
    assert card == (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        "N:Beratung für Frauen\\; Mädchen\\, Kinder;;;;\r\n"
        "FN:Beratung für Frauen\\; Mädchen\\, Kinder\r\n"
        "ORG:Verein \\\\Freiraum\\\\\r\n"
        "TEL;TYPE=WORK,VOICE:+43345212345\r\n"
        "TEL;TYPE=WORK,VOICE:066488260653\r\n"
        "EMAIL;TYPE=INTERNET:info@example.org\r\n"
        "ADR;TYPE=WORK:;;Hauptplatz 1\\nStiege 2;Leibnitz;;8430;\r\n"
        "URL:https://www.example.org/freiraum\r\n"
        "END:VCARD\r\n"
    )


def test_vcard_leaves_out_a_refused_website() -> None:
    card = build_vcard(VCardData("X", website="javascript:alert(1)"), POLICY)
    assert "URL" not in card and "javascript" not in card


@pytest.mark.parametrize("payload", [
    "https://www.example.org/sozialverein/schuldnerberatung",
    build_vcard(VCardData("Schuldnerberatung für Ältere; Leibnitz", "Beispiel-Sozialverein",
                          ("+43 3452 82 7 11",), "schulden@example.org",
                          VCardAddress("Grazergasse 2", "Leibnitz", "8430"),
                          "https://www.example.org/sozialverein"), POLICY),
])
def test_matrix_png_decodes_byte_for_byte(payload: str, tmp_path: Path) -> None:
    # Given a payload, When its matrix is written as a PNG
    matrix = qr.qr_matrix(payload, "M")
    png = tmp_path / "code.png"
    png.write_bytes(qr.matrix_png(matrix, scale=6))
    # Then zbar reads back exactly the UTF-8 bytes
    assert zbar_decode(png) == payload.encode("utf-8")
    assert matrix.size >= 21 and all(len(row) == matrix.size for row in matrix.rows)


def test_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr.qr_matrix("https://leibnitz.at", "M")
    dark = {(y, x + i) for y, x, n in matrix.runs() for i in range(n)}
    assert dark == {(y, x) for y, row in enumerate(matrix.rows) for x, v in enumerate(row) if v}


def test_codes_encoded_ahead_are_what_the_card_uses(demo_sessions) -> None:  # type: ignore[no-untyped-def]
    from kiosk import qr
    from kiosk.config import load_settings
    from kiosk.data import queries
    from tests.conftest import ROLES

    # Given an offer read on a worker and its codes encoded ahead
    settings = load_settings(None)[0]
    row = next(r for r in queries.offers(demo_sessions) if r.name.startswith("Beispiel-"))
    offer = queries.offer_detail(demo_sessions, row.id, ROLES)
    assert offer is not None
    qr.qr_matrix.cache_clear()
    qr.encode_codes_ahead(offer, settings.qr)
    qr.encode_codes_ahead(offer, settings.qr, contact=True)
    before = qr.qr_matrix.cache_info()
    # When the card asks for the same codes, Then both come from the cache
    policy = qr.policy_for(settings.qr)
    link = qr.offer_link(offer.id, offer.url, settings.qr.offer_url_template, policy)
    qr.qr_matrix(link.url)
    qr.qr_matrix(qr.vcard_for_offer(offer, policy), "M")
    after = qr.qr_matrix.cache_info()
    assert after.hits - before.hits == 2 and after.misses == before.misses
