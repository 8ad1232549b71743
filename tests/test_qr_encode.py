"""Tests for kiosk.qr_encode: the library's own matrices, and many offers' codes read by zbar."""

from __future__ import annotations

import random
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import qrcode
import qrcode.constants
import qrcode.exceptions

from kiosk import qr, qr_encode
from kiosk.data import db, hsds, queries
from kiosk.data.queries import OfferDetail
from tests.conftest import ROLES
from tools.make_feed import make_feed

LEVELS = (qrcode.constants.ERROR_CORRECT_L, qrcode.constants.ERROR_CORRECT_M,
          qrcode.constants.ERROR_CORRECT_Q, qrcode.constants.ERROR_CORRECT_H)


def zbar_qr(png: Path) -> bytes:
    """The bytes of the QR code in a picture (QR only: stripes can read as a 2-of-5 code)."""
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", "-Sbinary",
                          str(png)], capture_output=True, check=True, timeout=30)
    return out.stdout


def library_matrix(data: bytes, level: int) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def payloads(count: int, seed: int) -> list[bytes]:
    """Text, digits, upper-case URLs and umlauts, from 1 byte to past version 7."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ€ABCXYZ0123456789 :;,./-+%\r\n"
    out: list[bytes] = []
    for i in range(count):
        length = rng.choice((1, 4, 17, 40, 90, 180, 400, 900))
        if i % 5 == 0:
            text = "".join(rng.choice("0123456789") for _ in range(length))
        elif i % 5 == 1:
            text = "HTTPS://SOZIALATLAS.LEIBNITZ.AT/" + "".join(
                rng.choice("ABCDEF0123456789$%*+-./:") for _ in range(length))
        else:
            text = "".join(rng.choice(letters) for _ in range(length))
        out.append(text.encode("utf-8"))
    return out


@pytest.mark.parametrize("level", LEVELS)
def test_matrices_equal_the_librarys(level: int) -> None:
    # Given 60 payloads of every kind and size
    for data in payloads(60, seed=level):
        # When both encode it, Then every module is the same (same version, same mask)
        assert qr_encode.encode(data, level) == library_matrix(data, level), data


def test_each_fixed_mask_equals_the_librarys() -> None:
    # Given one payload and each of the eight masks chosen by hand
    data = b"https://sozialatlas.leibnitz.at/angebot/svc-000123"
    for pattern in range(8):
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0,
                             mask_pattern=pattern)
        code.add_data(data)
        code.make(fit=True)
        expected = tuple(tuple(bool(m) for m in row) for row in code.get_matrix())
        # Then the matrix with that mask is the library's
        assert qr_encode.encode(data, qrcode.constants.ERROR_CORRECT_M,
                                pattern=pattern) == expected


def test_penalty_equals_the_librarys_lost_point() -> None:
    # Given random module grids of several sizes
    rng = random.Random(7)
    for size in (21, 25, 45, 57, 101):
        rows = [[rng.random() < 0.5 for _ in range(size)] for _ in range(size)]
        as_int = int("".join("1" if m else "0" for row in rows for m in row), 2)
        # Then the fast score is the library's
        assert qr_encode.penalty(as_int, size) == qrcode.util.lost_point(rows)


def test_too_long_a_payload_is_refused_like_the_library() -> None:
    # Given more bytes than version 40 holds at level M
    data = b"x" * 3000
    with pytest.raises((qrcode.exceptions.DataOverflowError, ValueError)):  # its setter's
        library_matrix(data, qrcode.constants.ERROR_CORRECT_M)
    # Then the encoder refuses it, and qr_matrix says so as a ValueError
    with pytest.raises(qrcode.exceptions.DataOverflowError):
        qr_encode.encode(data, qrcode.constants.ERROR_CORRECT_M)
    with pytest.raises(ValueError, match="too long"):
        qr.qr_matrix("x" * 3000, "M")


@pytest.fixture(scope="module")
def many_offers(tmp_path_factory: pytest.TempPathFactory) -> list[OfferDetail]:
    """120 synthetic offers (names, organisations, phones, addresses, e-mails, websites)."""
    folder = tmp_path_factory.mktemp("feed")
    target = folder / "atlas.sqlite"
    hsds.build_database(make_feed(120, seed=5), target, source="test")
    engine = db.open_readonly(target)
    try:
        sessions = db.make_sessions(engine)
        rows = queries.offers(sessions)
        details = [queries.offer_detail(sessions, r.id, ROLES) for r in rows]
    finally:
        engine.dispose()
    return [d for d in details if d is not None]


def test_vcards_and_links_of_many_offers_decode_with_zbar(
        many_offers: list[OfferDetail], tmp_path: Path) -> None:
    # Given the contact and link codes of over a hundred different offers
    policy = qr.QrPolicy(allowed_hosts=("*.example.org", "example.org", "*.at"))
    payloads: list[str] = []
    for offer in many_offers:
        payloads.append(qr.vcard_for_offer(offer, policy))
        link = qr.offer_link(offer.id, offer.url, "https://sozialatlas.leibnitz.at/angebot/{id}",
                             policy)
        assert link.ok
        payloads.append(link.url)
    assert len(payloads) >= 200 and len(set(payloads)) == len(payloads)
    assert len({len(p) for p in payloads}) > 30  # many sizes, so many versions and masks
    files = []
    for i, payload in enumerate(payloads):
        png = tmp_path / f"{i}.png"
        png.write_bytes(qr.matrix_png(qr.qr_matrix(payload, "M"), scale=4))
        files.append(png)
    # When zbar reads every picture, Then each gives back exactly the UTF-8 bytes
    with ThreadPoolExecutor(max_workers=4) as pool:
        decoded = list(pool.map(zbar_qr, files))
    for payload, got in zip(payloads, decoded, strict=True):
        assert got == payload.encode("utf-8")
