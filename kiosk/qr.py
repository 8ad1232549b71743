"""QR payloads: the URL policy, the offer link, vCard 3.0 contacts and QR module matrices."""

from __future__ import annotations

import ipaddress
import re
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urlsplit

import qrcode
import qrcode.constants
import qrcode.exceptions

from kiosk import qr_encode
from kiosk.config import QrSettings
from kiosk.data.queries import OfferDetail

DEFAULT_ALLOWED_HOSTS: tuple[str, ...] = (
    "sozialatlas.leibnitz.at", "leibnitz.at", "www.leibnitz.at", "example.org", "www.example.org",
)
DEFAULT_MAX_URL_LENGTH = 256
QUIET_ZONE = 4  # modules of white around a code (ISO/IEC 18004 asks for 4)

# Why a URL got no QR code; the UI turns each reason into a plain sentence.
REASON_MISSING = "missing"
REASON_LENGTH = "length"
REASON_CHARACTERS = "characters"
REASON_SCHEME = "scheme"
REASON_USERINFO = "userinfo"
REASON_PORT = "port"
REASON_IP = "ip"
REASON_LOOKALIKE = "lookalike"
REASON_HOST = "host"
REASON_MALFORMED = "malformed"

# Control characters (C0, DEL, C1), whitespace of any kind, bidi controls, zero-width marks.
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\\]")
_HOST_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


@dataclass(frozen=True, slots=True)
class QrPolicy:
    """Which links may become a QR code.

    Attributes:
        allowed_hosts: Exact host names, or "*.example.org" for any subdomain of example.org
            (not example.org itself). Hosts with punycode labels (xn--) pass only when listed.
        max_length: Longest URL accepted, in characters.
    """

    allowed_hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS
    max_length: int = DEFAULT_MAX_URL_LENGTH


@dataclass(frozen=True, slots=True)
class UrlVerdict:
    """The outcome of the URL policy.

    Attributes:
        ok: Whether the URL may become a QR code.
        url: The URL to encode (scheme and host in lower case), "" when refused.
        host: The host to write beneath the code, "" when refused.
        reason: Empty when ok, else one of the REASON_* codes.
    """

    ok: bool
    url: str = ""
    host: str = ""
    reason: str = ""


def _refuse(reason: str) -> UrlVerdict:
    return UrlVerdict(False, reason=reason)


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """Whether a (lower-case) host is on the list, exactly or under a listed "*.parent"."""
    for entry in allowed:
        entry = entry.strip().lower()
        if entry.startswith("*."):
            parent = entry[2:]
            if parent and host.endswith("." + parent):
                return True
        elif host == entry:
            return True
    return False


def check_url(url: str, policy: QrPolicy) -> UrlVerdict:
    """Apply the URL policy: https only, an allowed host, no user@, no odd characters.

    Args:
        url: A link from the feed or from the URL template.
        policy: The staff-controlled allow-list and length cap.

    Returns:
        The verdict; on success the canonical URL (lower-case scheme and host, non-ASCII in
        path and query percent-encoded as UTF-8) and its host.
    """
    if not url:
        return _refuse(REASON_MISSING)
    if len(url) > policy.max_length:
        return _refuse(REASON_LENGTH)
    if _FORBIDDEN.search(url):
        return _refuse(REASON_CHARACTERS)
    if url[:8].lower() != "https://":
        return _refuse(REASON_SCHEME)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return _refuse(REASON_MALFORMED)
    netloc = parts.netloc
    if "@" in netloc:
        return _refuse(REASON_USERINFO)
    if port is not None or netloc.endswith(":"):
        return _refuse(REASON_PORT)
    host = netloc.lower()
    if not host:
        return _refuse(REASON_MALFORMED)
    if host.startswith("["):
        return _refuse(REASON_IP)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return _refuse(REASON_IP)
    if not host.isascii():
        return _refuse(REASON_LOOKALIKE)
    labels = host.split(".")
    if not all(_HOST_LABEL.match(label) for label in labels):
        return _refuse(REASON_HOST)  # includes a trailing dot (an empty last label)
    if labels[-1].isdigit():
        return _refuse(REASON_IP)  # 127.1 and friends: numeric forms browsers read as IPs
    exact = tuple(h.strip().lower() for h in policy.allowed_hosts)
    if any(label.startswith("xn--") for label in labels) and host not in exact:
        return _refuse(REASON_LOOKALIKE)
    if not host_allowed(host, policy.allowed_hosts):
        return _refuse(REASON_HOST)
    rest = url[len("https://") + len(netloc):]
    rest = quote(rest, safe="/?#&=;:@!$'()*+,%~-._[]")
    canonical = "https://" + host + rest
    if len(canonical) > policy.max_length:
        return _refuse(REASON_LENGTH)
    return UrlVerdict(True, canonical, host)


def offer_link(offer_id: str, service_url: str, template: str, policy: QrPolicy) -> UrlVerdict:
    """The link QR's URL: the atlas page from the template, else the service's own URL.

    Args:
        offer_id: The HSDS service id.
        service_url: The service's (or its organisation's) website from the feed.
        template: e.g. "https://sozialatlas.leibnitz.at/angebot/{id}"; "" -> the service URL.
        policy: The URL policy.
    """
    if template.strip():
        url = template.strip().replace("{id}", quote(offer_id, safe=""))
    else:
        url = service_url.strip()
    return check_url(url, policy)


# -- vCard 3.0 ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VCardAddress:
    """A postal address (the ADR components a phone shows)."""

    street: str = ""
    city: str = ""
    postal_code: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class VCardData:
    """What goes into the contact a visitor saves."""

    name: str
    organization: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    address: VCardAddress | None = None
    website: str = ""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def escape_vcard_text(value: str) -> str:
    r"""Escape a text value (RFC 2426 5.8.4 / RFC 6350 3.4): \\ \, \; and \n for newlines."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def _phone_value(number: str) -> str:
    raw = number.strip()
    compact = "".join(ch for ch in raw if ch.isdigit() or ch == "+")
    return compact if len(compact) >= 3 else ""


def build_vcard(data: VCardData, policy: QrPolicy) -> str:
    """A vCard 3.0 (CRLF line ends, UTF-8 text, unfolded lines).

    The website goes in only when it passes the URL policy; a contact without it still works.
    """
    name = escape_vcard_text(data.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{name};;;;", f"FN:{name}"]
    if data.organization.strip():
        lines.append(f"ORG:{escape_vcard_text(data.organization)}")
    for number in data.phones:
        value = _phone_value(number)
        if value:
            lines.append(f"TEL;TYPE=WORK,VOICE:{value}")
    email = data.email.strip()
    if email and "@" in email and not _FORBIDDEN.search(email):
        lines.append(f"EMAIL;TYPE=INTERNET:{escape_vcard_text(email)}")
    if data.address is not None:
        a = data.address
        parts = ["", "", a.street, a.city, "", a.postal_code, a.country]
        if any(p.strip() for p in parts):
            lines.append("ADR;TYPE=WORK:" + ";".join(escape_vcard_text(p) for p in parts))
    if data.website:
        verdict = check_url(data.website.strip(), policy)
        if verdict.ok:
            lines.append(f"URL:{verdict.url}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# -- QR matrices ----------------------------------------------------------------------------

_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H,
}


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """The dark/light modules of a QR code, without the quiet zone.

    Attributes:
        payload: What the code says.
        rows: One tuple of booleans (True = dark) per row; square.
    """

    payload: str
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side (without the quiet zone)."""
        return len(self.rows)

    def runs(self) -> list[tuple[int, int, int]]:
        """Dark runs as (row, first column, length): fewer, seamless rectangles to draw."""
        out: list[tuple[int, int, int]] = []
        for y, row in enumerate(self.rows):
            x = 0
            n = len(row)
            while x < n:
                if row[x]:
                    start = x
                    while x < n and row[x]:
                        x += 1
                    out.append((y, start, x - start))
                else:
                    x += 1
        return out


@lru_cache(maxsize=64)
def qr_matrix(payload: str, level: str = "M") -> QrMatrix:
    """Encode a payload (UTF-8 bytes, smallest version that fits) at an error-correction level.

    Raises:
        ValueError: The payload does not fit into any QR version.
    """
    try:  # the library's own code, module for module, in about a tenth of its time
        rows = qr_encode.encode(payload.encode("utf-8"), _LEVELS[level])
    except qrcode.exceptions.DataOverflowError as exc:
        raise ValueError("payload too long for a QR code") from exc
    return QrMatrix(payload, rows)


def matrix_png(matrix: QrMatrix, scale: int = 10, border: int = QUIET_ZONE) -> bytes:
    """A black-on-white 1-bit PNG of a matrix (no Qt needed: the CLI writes files with it)."""
    side = (matrix.size + 2 * border) * scale
    light_row = bytes([0]) + b"\xff" * ((side + 7) // 8)
    raw = bytearray()
    for _ in range(border * scale):
        raw += light_row
    for row in matrix.rows:
        bits = [False] * border + list(row) + [False] * border
        line = bytearray((side + 7) // 8)
        for i in range(side):
            if not bits[i // scale]:
                line[i // 8] |= 0x80 >> (i % 8)
        encoded = bytes([0]) + bytes(line)
        for _ in range(scale):
            raw += encoded
    for _ in range(border * scale):
        raw += light_row

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


_POSTAL_CITY = re.compile(r"^(\d{4,5})\s+(.+)$")


def vcard_for_offer(offer: OfferDetail, policy: QrPolicy) -> str:
    """The contact of one offer: name, organisation, phones, e-mail, first address, website."""
    address = None
    if offer.addresses:
        lines = list(offer.addresses[0].lines)
        postal, city = "", ""
        if lines:
            match = _POSTAL_CITY.match(lines[-1])
            if match:
                postal, city = match.group(1), match.group(2)
                lines.pop()
        address = VCardAddress(street="\n".join(lines), city=city, postal_code=postal)
    return build_vcard(VCardData(
        name=offer.name, organization=offer.organization,
        phones=tuple(p.number for p in offer.phones), email=offer.email, address=address,
        website=offer.url), policy)


def policy_for(settings: QrSettings) -> QrPolicy:
    """The URL policy from the [qr] settings."""
    return QrPolicy(settings.allowed_hosts, settings.max_url_length)


def encode_codes_ahead(offer: OfferDetail, settings: QrSettings, *,
                       contact: bool = False) -> OfferDetail:
    """Encode an offer's link code (or its contact code) into the cache, on a worker thread.

    The link code goes with the query, before the offer is shown; the contact code (a few
    ms, a bigger version) follows after, so that the "Kontakt aufs Handy speichern" button
    finds it ready without delaying the screen.
    """
    policy = policy_for(settings)
    try:  # the same calls as the take-home card makes, so that they hit the cache
        if contact:
            qr_matrix(vcard_for_offer(offer, policy), "M")
        else:
            link = offer_link(offer.id, offer.url, settings.offer_url_template, policy)
            if link.ok:
                qr_matrix(link.url)
    except ValueError:
        pass  # too long for a code: the card says so in words
    return offer
