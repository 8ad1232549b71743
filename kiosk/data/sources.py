"""Where a feed comes from: an HSDS API, one JSON file, a tabular data package, a local path."""

from __future__ import annotations

import codecs
import csv
import email.utils
import hashlib
import io
import json
import logging
import threading
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

if TYPE_CHECKING:  # httpx is imported when a sync runs, not at kiosk start-up
    import httpx

log = logging.getLogger(__name__)

# stage ("connect", "pages", "details", "read"), done, total (0: unknown)
Progress = Callable[[str, int, int], None]

MAX_PAGES = 20_000
MAX_DETAIL_FETCHES = 200_000
_HTML_TYPES = ("text/html", "application/xhtml")


class SourceUnreachableError(Exception):
    """The source could not be read (network, timeout, HTTP error, missing file): exit 2."""


class FeedRejectedError(Exception):
    """The source answered, but with something that is not an acceptable feed: exit 1."""


class SyncCancelledError(Exception):
    """Staff cancelled the sync."""


@dataclass(frozen=True, slots=True)
class Transport:
    """Network limits. TLS is always verified: there is deliberately no switch for it."""

    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    max_bytes: int = 500_000_000
    retries: int = 2
    backoff_s: float = 1.0
    user_agent: str = "sozial-info-kiosk (HSDS 3.0 sync)"


@dataclass(frozen=True, slots=True)
class Validators:
    """What a previous download of the same source answered: sent back as a condition."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FetchedFeed:
    """A feed as fetched: raw, untrusted service objects and what identifies the download."""

    services: list[Any]
    content_sha256: str
    kind: str  # "api", "file", "tabular", "pages"
    label: str
    not_modified: bool = False
    timestamp: str | None = None  # Last-Modified of the source (ISO, UTC) if it gave one
    validators: Validators = field(default_factory=Validators)
    pages: int = 1
    raw_body: bytes | None = field(default=None, repr=False)  # single-document sources only


def _never_cancelled() -> threading.Event:
    return threading.Event()


class _Hasher:
    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def add(self, data: bytes) -> None:
        self._digest.update(len(data).to_bytes(8, "big"))
        self._digest.update(data)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def is_url(source: str) -> bool:
    """Whether a configured source is a web address (else it is a local path)."""
    return source.lower().startswith(("http://", "https://"))


def _check_cancel(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise SyncCancelledError("Abgebrochen.")


# -- JSON -----------------------------------------------------------------------------------
def parse_json(body: bytes, cancel: threading.Event | None = None) -> object:
    """Parse a JSON document; a top-level list is parsed element by element.

    Element-wise parsing lets other threads (the GUI) run between elements instead of
    waiting for one long C call over a large file.

    Raises:
        FeedRejectedError: the bytes are not UTF-8 JSON.
    """
    cancel = cancel or _never_cancelled()
    text = _decode_utf8(body)
    decoder = json.JSONDecoder()
    try:
        start = _skip_ws(text, 0)
        if not text.startswith("[", start):
            return decoder.decode(text)
        items: list[object] = []
        pos = start + 1
        size = len(text)
        ws = " \t\r\n"
        while True:
            while pos < size and text[pos] in ws:
                pos += 1
            if pos < size and text[pos] == "]" and not items:
                pos += 1
                break
            item, pos = decoder.raw_decode(text, pos)
            items.append(item)
            if len(items) % 500 == 0:
                _check_cancel(cancel)
            while pos < size and text[pos] in ws:
                pos += 1
            if pos < size and text[pos] == ",":
                pos += 1
                continue
            if pos < size and text[pos] == "]":
                pos += 1
                break
            raise json.JSONDecodeError("',' oder ']' erwartet", text, pos)
        if _skip_ws(text, pos) < len(text):
            raise json.JSONDecodeError("Daten nach dem Ende", text, pos)
        return items
    except json.JSONDecodeError as exc:
        raise FeedRejectedError(f"Die Daten sind kein gültiges JSON (Zeile {exc.lineno}, "
                           f"Spalte {exc.colno}: {exc.msg}).") from exc
    except RecursionError as exc:
        raise FeedRejectedError("Die Daten sind zu tief verschachtelt.") from exc


def _decode_utf8(body: bytes) -> str:
    """UTF-8 in 1 MB steps: one long C call over a big file would hold the GIL throughout."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    step = 1 << 20
    try:
        parts = [decoder.decode(body[i:i + step]) for i in range(0, len(body), step)]
        parts.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError as exc:
        raise FeedRejectedError(f"Die Daten sind kein UTF-8-Text ({exc.reason}).") from exc
    return "".join(parts)


def _skip_ws(text: str, pos: int) -> int:
    size = len(text)
    while pos < size and text[pos] in " \t\r\n":
        pos += 1
    return pos


def services_of(document: object) -> list[Any]:
    """The raw service objects of a document: a list, an API Page, or a single service."""
    if isinstance(document, Mapping) and "contents" in document:
        contents = document["contents"]
    elif isinstance(document, Mapping) and "id" in document and "name" in document:
        contents = [document]
    else:
        contents = document
    if not isinstance(contents, list):
        raise FeedRejectedError("Die Daten enthalten keine Liste von Angeboten (HSDS 3.0).")
    return contents


# -- HTTP -----------------------------------------------------------------------------------
@dataclass
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes


def make_client(transport: Transport) -> httpx.Client:
    """An HTTP client: verified TLS, timeouts, proxies from the environment."""
    import httpx

    timeout = httpx.Timeout(transport.read_timeout_s, connect=transport.connect_timeout_s)
    return httpx.Client(timeout=timeout, follow_redirects=True, trust_env=True,
                        headers={"User-Agent": transport.user_agent,
                                 "Accept": "application/json, application/zip;q=0.9, */*;q=0.5"})


def _unreachable_text(url: str, exc: Exception) -> str:
    import httpx

    host = urlsplit(url).hostname or url
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
        return (f"Das Sicherheitszertifikat von {host} ist ungültig; "
                "aus Sicherheitsgründen wurde nichts geladen.")
    if isinstance(exc, httpx.TimeoutException):
        return f"{host} antwortet nicht rechtzeitig (Zeitüberschreitung)."
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"Die Übertragung von {host} brach ab (unvollständige Daten)."
    if isinstance(exc, httpx.ConnectError):
        return f"Keine Verbindung zu {host} (kein Netz oder Server aus)."
    return f"Fehler bei der Verbindung zu {host}: {exc.__class__.__name__}."


def http_get(client: httpx.Client, url: str, transport: Transport, cancel: threading.Event,
             *, headers: Mapping[str, str] | None = None, json_expected: bool = True
             ) -> _Response:
    """GET with retries, a size cap while streaming, and German errors.

    Raises:
        SourceUnreachableError: no answer, timeouts, HTTP errors, truncated bodies (after retries).
        FeedRejectedError: too large, or a web page where data was expected.
    """
    import httpx

    last: str = ""
    for attempt in range(transport.retries + 1):
        _check_cancel(cancel)
        if attempt:
            delay = transport.backoff_s * (2 ** (attempt - 1))
            if cancel.wait(delay):
                raise SyncCancelledError("Abgebrochen.")
        try:
            with client.stream("GET", url, headers=dict(headers or {})) as response:
                status = response.status_code
                if status == 304:
                    return _Response(304, response.headers, b"")
                if status >= 500 or status in (408, 429):
                    last = f"Der Server meldet einen Fehler (HTTP {status})."
                    continue
                if status >= 400:
                    raise SourceUnreachableError(f"Der Server meldet HTTP {status} für {url}.")
                ctype = response.headers.get("content-type", "").lower()
                if json_expected and ctype.startswith(_HTML_TYPES):
                    raise FeedRejectedError("Die Quelle lieferte eine Webseite statt Daten "
                                       f"({ctype.split(';')[0]}).")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > transport.max_bytes:
                    raise FeedRejectedError(_too_big(transport.max_bytes))
                chunks: list[bytes] = []
                received = 0
                for chunk in response.iter_bytes(1 << 16):
                    received += len(chunk)
                    if received > transport.max_bytes:
                        raise FeedRejectedError(_too_big(transport.max_bytes))
                    chunks.append(chunk)
                    _check_cancel(cancel)
                return _Response(status, response.headers, b"".join(chunks))
        except httpx.HTTPError as exc:
            last = _unreachable_text(url, exc)
            if "Sicherheitszertifikat" in last:
                break  # retrying cannot fix a certificate
            log.info("GET %s failed (attempt %d): %s", url, attempt + 1, exc)
    raise SourceUnreachableError(last or f"{url} ist nicht erreichbar.")


def _too_big(limit: int) -> str:
    size = f"{limit / 1e6:.0f} MB" if limit >= 1_000_000 else f"{limit / 1e3:.0f} kB"
    return f"Die Daten sind größer als die erlaubten {size}; nichts geladen."


def _http_date_iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).isoformat(timespec="seconds")
    except (TypeError, ValueError):
        return None


# -- sources --------------------------------------------------------------------------------
def fetch(source: str, transport: Transport, *, validators: Validators | None = None,
          progress: Progress | None = None, cancel: threading.Event | None = None,
          client: httpx.Client | None = None) -> FetchedFeed:
    """Fetch a feed from a URL (API, JSON file, zip) or a local path (file, zip, folder).

    Args:
        source: the URL or path staff configured.
        transport: timeouts, retries and the size cap.
        validators: ETag / Last-Modified of the last download of this source (single
            documents only): a 304 answer gives a feed with `not_modified` set.
        progress: called with (stage, done, total).
        cancel: set it to stop at the next page or chunk.
        client: an HTTP client to use (tests); else one is made and closed.
    """
    cancel = cancel or _never_cancelled()
    report: Progress = progress or (lambda _s, _d, _t: None)
    source = source.strip()
    if not source:
        raise SourceUnreachableError("Es ist keine Quelle eingestellt.")
    if not is_url(source):
        return _fetch_path(Path(source).expanduser(), transport, report, cancel)
    own = client is None
    http = client or make_client(transport)
    try:
        return _fetch_url(http, source, transport, validators or Validators(), report, cancel)
    finally:
        if own:
            http.close()


def _fetch_url(client: httpx.Client, url: str, transport: Transport, validators: Validators,
               report: Progress, cancel: threading.Event) -> FetchedFeed:
    report("connect", 0, 0)
    path = urlsplit(url).path.lower()
    if path.endswith(".zip"):
        response = _conditional_get(client, url, transport, cancel, validators, json=False)
        if response.status == 304:
            return _not_modified("tabular", url, validators)
        feed = tabular_from_zip(response.body, url, transport, cancel)
        return _with_http_meta(feed, response)
    if path.endswith(".json"):
        response = _conditional_get(client, url, transport, cancel, validators, json=True)
        if response.status == 304:
            return _not_modified("file", url, validators)
        report("read", 1, 1)
        document = parse_json(response.body, cancel)
        services = services_of(document)
        digest = hashlib.sha256(response.body).hexdigest()
        feed = FetchedFeed(services, digest, "file", url, raw_body=response.body)
        return _with_http_meta(feed, response)
    return _fetch_api(client, url.rstrip("/"), transport, report, cancel)


def _conditional_get(client: httpx.Client, url: str, transport: Transport,
                     cancel: threading.Event, validators: Validators, *, json: bool
                     ) -> _Response:
    headers: dict[str, str] = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return http_get(client, url, transport, cancel, headers=headers, json_expected=json)


def _not_modified(kind: str, url: str, validators: Validators) -> FetchedFeed:
    return FetchedFeed([], "", kind, url, not_modified=True, validators=validators)


def _with_http_meta(feed: FetchedFeed, response: _Response) -> FetchedFeed:
    feed.validators = Validators(response.headers.get("etag"),
                                 response.headers.get("last-modified"))
    feed.timestamp = _http_date_iso(response.headers.get("last-modified"))
    return feed


def _fetch_api(client: httpx.Client, base: str, transport: Transport, report: Progress,
               cancel: threading.Event) -> FetchedFeed:
    """An HSDS 3.0 API: check the version at `/`, then page through `/services`."""
    hasher = _Hasher()
    root = http_get(client, base + "/", transport, cancel)
    info = parse_json(root.body, cancel)
    if isinstance(info, list) or (isinstance(info, Mapping) and "contents" in info):
        # Not an API root but a feed document at an address without ".json".
        feed = FetchedFeed(services_of(info), hashlib.sha256(root.body).hexdigest(), "file", base,
                           raw_body=root.body)
        return _with_http_meta(feed, root)
    version = info.get("version") if isinstance(info, Mapping) else None
    if not isinstance(version, str) or not version.strip().startswith("3."):
        raise FeedRejectedError(f"Die Schnittstelle meldet HSDS-Version {version!r}; "
                           "unterstützt wird nur HSDS 3.0.")
    hasher.add(root.body)
    services: list[Any] = []
    page_number, total_pages, received = 1, 1, 0
    while page_number <= total_pages:
        _check_cancel(cancel)
        response = http_get(client, f"{base}/services?page={page_number}&full=true",
                            transport, cancel)
        hasher.add(response.body)
        page = parse_json(response.body, cancel)
        if not isinstance(page, Mapping) or not isinstance(page.get("contents"), list):
            raise FeedRejectedError(f"Seite {page_number} der Schnittstelle ist keine HSDS-Seite.")
        declared = page.get("total_pages")
        if page_number == 1:
            if isinstance(declared, bool) or not isinstance(declared, int) or declared < 0:
                raise FeedRejectedError("Die Schnittstelle nennt keine gültige Seitenzahl.")
            if declared > MAX_PAGES:
                raise FeedRejectedError(f"Die Schnittstelle meldet {declared} Seiten; "
                                   f"höchstens {MAX_PAGES} sind erlaubt.")
            total_pages = max(1, declared)
        services.extend(page["contents"])
        report("pages", page_number, total_pages)
        page_number += 1
        received += len(response.body)
        if received > transport.max_bytes:
            raise FeedRejectedError(_too_big(transport.max_bytes))
    summaries = [i for i, s in enumerate(services) if _is_summary(s)]
    if len(summaries) > MAX_DETAIL_FETCHES:
        raise FeedRejectedError("Zu viele Angebote ohne Details.")
    for n, index in enumerate(summaries, 1):
        _check_cancel(cancel)
        service_id = services[index]["id"]
        response = http_get(client, f"{base}/services/{quote(service_id, safe='')}",
                            transport, cancel)
        hasher.add(response.body)
        services[index] = parse_json(response.body, cancel)
        report("details", n, len(summaries))
    return FetchedFeed(services, hasher.hexdigest(), "api", base, pages=total_pages)


def _is_summary(service: object) -> bool:
    """A page item with only one-to-one fields: its details come from /services/{id}."""
    if not isinstance(service, Mapping) or not isinstance(service.get("id"), str):
        return False
    nested = ("organization", "service_at_locations", "attributes", "phones", "schedules",
              "contacts", "languages", "cost_options")
    return not any(key in service for key in nested)


def _fetch_path(path: Path, transport: Transport, report: Progress,
                cancel: threading.Event) -> FetchedFeed:
    report("connect", 0, 0)
    try:
        if path.is_dir():
            if (path / "datapackage.json").is_file():
                return tabular_from_folder(path, transport, cancel)
            return _pages_from_folder(path, transport, report, cancel)
        if not path.is_file():
            raise SourceUnreachableError(f"Die Datei {path} wurde nicht gefunden "
                                    "(ist der USB-Stick eingesteckt?).")
        body = _read_capped(path, transport.max_bytes)
    except OSError as exc:
        raise SourceUnreachableError(f"{path} ist nicht lesbar ({exc.strerror or exc}).") from exc
    if path.suffix.lower() == ".zip" or body[:4] == b"PK\x03\x04":
        return tabular_from_zip(body, str(path), transport, cancel)
    report("read", 1, 1)
    services = services_of(parse_json(body, cancel))
    return FetchedFeed(services, hashlib.sha256(body).hexdigest(), "file", str(path),
                       raw_body=body)


def _read_capped(path: Path, limit: int) -> bytes:
    if path.stat().st_size > limit:
        raise FeedRejectedError(_too_big(limit))
    return path.read_bytes()


def _pages_from_folder(folder: Path, transport: Transport, report: Progress,
                       cancel: threading.Event) -> FetchedFeed:
    files = sorted(p for p in folder.glob("*.json") if p.is_file())
    if not files:
        raise SourceUnreachableError(f"Im Ordner {folder} liegen keine HSDS-Daten.")
    hasher = _Hasher()
    services: list[Any] = []
    total = 0
    for n, file in enumerate(files, 1):
        body = file.read_bytes()
        total += len(body)
        if total > transport.max_bytes:
            raise FeedRejectedError(_too_big(transport.max_bytes))
        hasher.add(body)
        services.extend(services_of(parse_json(body, cancel)))
        report("pages", n, len(files))
    return FetchedFeed(services, hasher.hexdigest(), "pages", str(folder), pages=len(files))


# -- tabular data package -------------------------------------------------------------------
_TABLES = ("organization", "service", "location", "address", "phone", "schedule", "language",
           "cost_option", "contact", "service_at_location", "attribute", "taxonomy_term",
           "taxonomy", "accessibility", "required_document", "service_area", "funding")


class _PackageReader:
    """Reads members of a data package from a folder or a zip, with one size budget."""

    def __init__(self, read: Callable[[str], bytes | None], limit: int) -> None:
        self._read = read
        self._left = limit

    def get(self, name: str) -> bytes | None:
        data = self._read(name)
        if data is not None:
            self._left -= len(data)
            if self._left < 0:
                raise FeedRejectedError("Das Datenpaket ist zu groß; nichts geladen.")
        return data


def tabular_from_folder(folder: Path, transport: Transport,
                        cancel: threading.Event) -> FetchedFeed:
    """An HSDS tabular data package in a folder (datapackage.json + CSV files)."""
    def read(name: str) -> bytes | None:
        target = folder / PurePosixPath(name).name
        return target.read_bytes() if target.is_file() else None

    return _tabular(_PackageReader(read, transport.max_bytes), str(folder), cancel)


def tabular_from_zip(body: bytes, label: str, transport: Transport,
                     cancel: threading.Event) -> FetchedFeed:
    """An HSDS tabular data package as a zip (members may sit in one sub-folder)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        members = {PurePosixPath(i.filename).name: i for i in archive.infolist()
                   if not i.is_dir()}
    except (zipfile.BadZipFile, ValueError) as exc:
        raise FeedRejectedError(f"Die ZIP-Datei ist beschädigt ({exc}).") from exc
    if sum(i.file_size for i in members.values()) > transport.max_bytes:
        raise FeedRejectedError(_too_big(transport.max_bytes))

    def read(name: str) -> bytes | None:
        info = members.get(PurePosixPath(name).name)
        if info is None:
            return None
        try:
            return archive.read(info)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise FeedRejectedError(f"Die ZIP-Datei ist beschädigt ({exc}).") from exc

    feed = _tabular(_PackageReader(read, transport.max_bytes), label, cancel)
    feed.content_sha256 = hashlib.sha256(body).hexdigest()
    feed.raw_body = body
    return feed


def _tabular(reader: _PackageReader, label: str, cancel: threading.Event) -> FetchedFeed:
    raw_package = reader.get("datapackage.json")
    if raw_package is None:
        raise FeedRejectedError("Im Datenpaket fehlt datapackage.json.")
    package = parse_json(raw_package)
    resources = package.get("resources") if isinstance(package, Mapping) else None
    if not isinstance(resources, list):
        raise FeedRejectedError("datapackage.json beschreibt keine Tabellen.")
    hasher = _Hasher()
    hasher.add(raw_package)
    tables: dict[str, list[dict[str, Any]]] = {}
    for resource in resources:
        if not isinstance(resource, Mapping):
            continue
        name, path = resource.get("name"), resource.get("path")
        if name not in _TABLES or not isinstance(path, str):
            continue
        _check_cancel(cancel)
        data = reader.get(path)
        if data is None:
            continue  # a package may leave out tables it does not use
        hasher.add(data)
        kinds = _field_kinds(resource)
        tables[name] = _read_csv(data, path, kinds)
    if "service" not in tables:
        raise FeedRejectedError("Im Datenpaket fehlt die Tabelle services.csv.")
    services = nest_tables(tables)
    return FetchedFeed(services, hasher.hexdigest(), "tabular", label)


def _field_kinds(resource: Mapping[str, Any]) -> dict[str, str]:
    schema = resource.get("schema")
    fields = schema.get("fields") if isinstance(schema, Mapping) else None
    kinds: dict[str, str] = {}
    for f in fields if isinstance(fields, list) else []:
        if isinstance(f, Mapping) and isinstance(f.get("name"), str):
            kinds[f["name"]] = str(f.get("type", "string"))
    return kinds


def _read_csv(data: bytes, name: str, kinds: Mapping[str, str]) -> list[dict[str, Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedRejectedError(f"{name} ist kein UTF-8-Text.") from exc
    csv.field_size_limit(1_000_000)
    rows: list[dict[str, Any]] = []
    try:
        for raw in csv.DictReader(io.StringIO(text, newline="")):
            row: dict[str, Any] = {}
            for key, value in raw.items():
                if not isinstance(key, str) or not isinstance(value, str) or value == "":
                    continue
                row[key] = _typed(value, kinds.get(key, "string"))
            rows.append(row)
    except csv.Error as exc:
        raise FeedRejectedError(f"{name} ist keine gültige CSV-Datei ({exc}).") from exc
    return rows


def _typed(value: str, kind: str) -> Any:
    if kind in ("number", "integer"):
        try:
            number = float(value)
        except ValueError:
            return value  # the validator reports it
        return int(number) if kind == "integer" and number.is_integer() else number
    if kind == "boolean":
        return value.strip().lower() in ("true", "1", "yes")
    return value


def nest_tables(tables: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Turn the flat tables of a data package into full services, as the API returns them."""
    def by(table: str, key: str) -> dict[str, list[dict[str, Any]]]:
        index: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in tables.get(table, ()):
            if isinstance(row.get(key), str):
                index[row[key]].append(row)
        return index

    def ids(table: str) -> dict[str, dict[str, Any]]:
        return {row["id"]: row for row in tables.get(table, ()) if isinstance(row.get("id"), str)}

    def strip_links(rows: Iterable[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if k not in keys} for row in rows]

    phone_langs = by("language", "phone_id")

    def phones(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**row, "languages": phone_langs.get(row["id"], [])} for row in rows
                if isinstance(row.get("id"), str)]

    contact_phones = by("phone", "contact_id")

    def contacts(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**row, "phones": phones(contact_phones.get(row["id"], []))} for row in rows
                if isinstance(row.get("id"), str)]

    taxonomies = ids("taxonomy")
    terms = ids("taxonomy_term")
    addresses, accessibility = by("address", "location_id"), by("accessibility", "location_id")
    loc_langs, loc_phones = by("language", "location_id"), by("phone", "location_id")
    loc_contacts, loc_schedules = by("contact", "location_id"), by("schedule", "location_id")
    nested_locations: dict[str, dict[str, Any]] = {}
    for loc_id, loc in ids("location").items():
        nested_locations[loc_id] = {
            **loc, "addresses": addresses.get(loc_id, []),
            "accessibility": accessibility.get(loc_id, []),
            "languages": loc_langs.get(loc_id, []), "phones": phones(loc_phones.get(loc_id, [])),
            "contacts": contacts(loc_contacts.get(loc_id, [])),
            "schedules": loc_schedules.get(loc_id, []),
        }
    org_locations = by("location", "organization_id")
    org_phones, org_contacts = by("phone", "organization_id"), by("contact", "organization_id")
    organizations: dict[str, dict[str, Any]] = {}
    for org_id, org in ids("organization").items():
        organizations[org_id] = {
            **org, "phones": phones(org_phones.get(org_id, [])),
            "contacts": contacts(org_contacts.get(org_id, [])),
            "locations": [nested_locations[x["id"]] for x in org_locations.get(org_id, [])
                          if x.get("id") in nested_locations],
        }
    svc_phones, svc_schedules = by("phone", "service_id"), by("schedule", "service_id")
    svc_langs, svc_costs = by("language", "service_id"), by("cost_option", "service_id")
    svc_contacts, svc_sals = by("contact", "service_id"), by("service_at_location", "service_id")
    svc_docs, svc_areas = by("required_document", "service_id"), by("service_area", "service_id")
    sal_phones = by("phone", "service_at_location_id")
    sal_contacts = by("contact", "service_at_location_id")
    sal_schedules = by("schedule", "service_at_location_id")
    attributes = by("attribute", "link_id")

    def attribute(row: dict[str, Any]) -> dict[str, Any]:
        term = terms.get(row.get("taxonomy_term_id") or "")
        if term is None:
            return dict(row)
        nested_term = dict(term)
        taxonomy = taxonomies.get(term.get("taxonomy_id") or "")
        if taxonomy is not None:
            nested_term["taxonomy_detail"] = taxonomy
        return {**row, "taxonomy_term": nested_term}

    services: list[dict[str, Any]] = []
    for svc in tables.get("service", ()):
        sid = svc.get("id")
        if not isinstance(sid, str):
            services.append(dict(svc))  # the validator reports the missing id
            continue
        nested = {k: v for k, v in svc.items() if k not in ("organization_id", "program_id")}
        owner = organizations.get(svc.get("organization_id") or "")
        if owner is not None:
            nested["organization"] = owner
        nested.update(
            phones=phones(svc_phones.get(sid, [])), schedules=svc_schedules.get(sid, []),
            languages=svc_langs.get(sid, []), cost_options=svc_costs.get(sid, []),
            contacts=contacts(svc_contacts.get(sid, [])),
            required_documents=svc_docs.get(sid, []), service_areas=svc_areas.get(sid, []),
            service_at_locations=[
                {**sal, "location": nested_locations[sal["location_id"]]}
                if sal.get("location_id") in nested_locations else dict(sal)
                for sal in strip_links(svc_sals.get(sid, []), "service_id")
            ],
            attributes=[attribute(a) for a in attributes.get(sid, [])
                        if a.get("link_entity") in (None, "service")],
        )
        for sal in nested["service_at_locations"]:
            if isinstance(sal.get("id"), str):
                sal["phones"] = phones(sal_phones.get(sal["id"], []))
                sal["contacts"] = contacts(sal_contacts.get(sal["id"], []))
                sal["schedules"] = sal_schedules.get(sal["id"], [])
        services.append(nested)
    return services
