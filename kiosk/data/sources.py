"""Where a feed comes from: an HSDS API, one JSON file, a tabular data package, a local path."""

from __future__ import annotations

import codecs
import contextlib
import csv
import email.utils
import hashlib
import io
import json
import logging
import tempfile
import threading
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO
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
    signature_checked: bool = False  # the `verify` hook of `fetch` saw the raw bytes
    # fetch(lazy=True) of a single JSON document: the open file, parsed by iter_services
    document: BinaryIO | None = field(default=None, repr=False)

    def iter_services(self, cancel: threading.Event | None = None) -> Iterator[Any]:
        """The services of a lazy feed's document, parsed as they are read.

        Each is handed on and forgotten: the whole feed never sits in memory. The bytes
        read must hash to `content_sha256` (else the file changed since it was fetched).

        Raises:
            FeedRejectedError: not JSON, no list of services, or the file changed.
        """
        source = self.document
        if source is None:
            yield from self.services
            return
        source.seek(0)
        digest = hashlib.sha256()

        def chunks() -> Iterator[bytes]:
            while chunk := source.read(CHUNK_BYTES):
                digest.update(chunk)
                yield chunk

        for is_list, value in iter_json_chunks(chunks(), cancel):
            batch = value if is_list else services_of(value)
            assert isinstance(batch, list)
            batch.reverse()
            while batch:
                yield batch.pop()
        for _rest in chunks():
            pass
        if digest.hexdigest() != self.content_sha256:
            raise FeedRejectedError("Die Datei hat sich während des Lesens geändert.")

    def close(self) -> None:
        """Close a lazy feed's document (a downloaded one is deleted then)."""
        if self.document is not None:
            self.document.close()
            self.document = None


# Checks the raw bytes of a single-document feed before they are parsed (a detached
# signature): None if they are good, else a German problem.
Verify = Callable[[bytes], str | None]


class SignatureRejectedError(FeedRejectedError):
    """The `verify` hook refused the raw bytes (its German problem is the message)."""


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
# Read and decode step, and the text parsed in one C call (its objects' keys are shared).
# Small enough that a streamed batch is validated and collected while still in the CPU's
# cache: 4 MB batches cost the 50,000-offer sync ~1 s more CPU time than 256 kB ones.
CHUNK_BYTES = 1 << 18
BATCH_CHARS = 1 << 18


def parse_json(body: bytes, cancel: threading.Event | None = None) -> object:
    """Parse a JSON document held in memory (see `parse_json_chunks`).

    Raises:
        FeedRejectedError: the bytes are not UTF-8 JSON.
    """
    view = memoryview(body)
    return parse_json_chunks((view[i:i + CHUNK_BYTES] for i in range(0, len(body), CHUNK_BYTES)),
                             cancel)


def parse_json_chunks(chunks: Iterable[bytes | memoryview],
                      cancel: threading.Event | None = None) -> object:
    """Parse a JSON document arriving in chunks; a top-level list is parsed in pieces.

    A top-level list (a feed file of services) never exists as one decoded text: its
    chunks are decoded as they come and the text is parsed in batches of whole elements,
    then dropped. A 250 MB feed used to sit in memory three times at once (the bytes, a
    ~500 MB str, the objects); now only the objects and a few MB of text do. Batches (not
    single elements) keep the keys of the objects shared, as `json.loads` does for one
    document. Anything else (an API page, one service) is decoded whole, as before.

    Raises:
        FeedRejectedError: the bytes are not UTF-8 JSON, or the document is too deep.
    """
    items: list[object] = []
    for is_list, value in iter_json_chunks(chunks, cancel):
        if not is_list:
            return value
        assert isinstance(value, list)
        items.extend(value)
    return items


def iter_json_chunks(chunks: Iterable[bytes | memoryview],
                     cancel: threading.Event | None = None) -> Iterator[tuple[bool, object]]:
    """A JSON document from chunks, as it is parsed (see `parse_json_chunks`).

    Yields (True, a batch of elements) for each batch of a top-level list, else
    (False, the whole document) once.

    Raises:
        FeedRejectedError: the bytes are not UTF-8 JSON, or the document is too deep.
    """
    reader = _TextReader(iter(chunks))
    try:
        yield from _iter_text(reader, cancel or _never_cancelled())
    except json.JSONDecodeError as exc:
        line = reader.lines_before + exc.lineno
        column = exc.colno + (reader.column_before if exc.lineno == 1 else 0)
        raise FeedRejectedError(f"Die Daten sind kein gültiges JSON (Zeile {line}, "
                                f"Spalte {column}: {exc.msg}).") from exc
    except RecursionError as exc:
        raise FeedRejectedError("Die Daten sind zu tief verschachtelt.") from exc


class _TextReader:
    """A window of decoded text over chunks of UTF-8 bytes (BOM allowed)."""

    def __init__(self, chunks: Iterator[bytes | memoryview]) -> None:
        self._chunks = chunks
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.eof = False
        self.lines_before = 0  # newlines in the text already dropped
        self.column_before = 0  # characters after the last of them
        self.single_until = 0  # a batch failed up to here: element by element before it
        self.separator = ""  # the text between the first two elements, from `}` to `{`
        self.failed_batches = 0

    def more(self, at_least: int = 1) -> bool:
        """Decode at least `at_least` more characters (fewer at the end); False at the end."""
        if self.eof:
            return False
        parts = [self.text]
        added = 0
        try:
            while added < at_least:
                chunk = next(self._chunks, None)
                if chunk is None:
                    parts.append(self._decoder.decode(b"", final=True))
                    self.eof = True
                    break
                part = self._decoder.decode(chunk)
                added += len(part)
                parts.append(part)
        except UnicodeDecodeError as exc:
            raise FeedRejectedError(f"Die Daten sind kein UTF-8-Text ({exc.reason}).") from exc
        self.text = "".join(parts)
        return True

    def drop(self, pos: int) -> int:
        """Forget the text before `pos`; returns where `pos` is now (0)."""
        gone = self.text[:pos]
        newlines = gone.count("\n")
        if newlines:
            self.lines_before += newlines
            self.column_before = pos - gone.rfind("\n") - 1
        else:
            self.column_before += pos
        self.text = self.text[pos:]
        self.single_until = max(0, self.single_until - pos)
        return 0

    def skip_ws(self, pos: int) -> int:
        """The first non-blank position from `pos`, reading on as needed (len(text) at end)."""
        while True:
            text = self.text
            size = len(text)
            while pos < size and text[pos] in " \t\r\n":
                pos += 1
            if pos < size or not self.more(CHUNK_BYTES):
                return pos


def _iter_text(reader: _TextReader, cancel: threading.Event) -> Iterator[tuple[bool, object]]:
    decoder = json.JSONDecoder()
    pos = reader.skip_ws(0)
    if not reader.text.startswith("[", pos):
        while reader.more(1 << 30):
            pass
        yield False, decoder.decode(reader.text)
        return
    pos = reader.skip_ws(pos + 1)
    if reader.text.startswith("]", pos):
        pos += 1
    else:
        while True:
            if pos > BATCH_CHARS // 2:
                pos = reader.drop(pos)
            items: list[object] = []
            pos = _parse_elements(reader, decoder, pos, items)
            yield True, items
            _check_cancel(cancel)
            pos = reader.skip_ws(pos)
            text = reader.text
            if text.startswith(",", pos):
                end = pos
                pos = reader.skip_ws(pos + 1)
                if not reader.separator:
                    reader.separator = _separator(reader.text, end, pos)
                continue
            if text.startswith("]", pos):
                pos += 1
                break
            raise json.JSONDecodeError("',' oder ']' erwartet", text, pos)
    if reader.skip_ws(pos) < len(reader.text):
        raise json.JSONDecodeError("Daten nach dem Ende", reader.text, pos)


def _separator(text: str, comma: int, start: int) -> str:
    """The text from the `}` ending one element (with its line's indent) to the next `{`."""
    end = comma
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    if end == 0 or text[end - 1] != "}" or not text.startswith("{", start):
        return ""
    brace = line = end - 1
    while line > 0 and text[line - 1] in " \t":
        line -= 1
    begin = line - 1 if line > 0 and text[line - 1] == "\n" else brace
    return text[begin:start + 1]


def _parse_elements(reader: _TextReader, decoder: json.JSONDecoder, pos: int,
                    items: list[object]) -> int:
    r"""Parse the list elements from `pos` on (at least one); returns the position after them.

    First a batch: the text up to the last place where the separator the first two
    elements had (`},\n{`, say) recurs, parsed as one list. It parses only if that cut
    lies between two elements of the top-level list: inside a string or a nested value
    the brackets could not balance. Else (twice: the separator is not telling, as `}, {`
    in a one-line file) and for the last elements: one element, reading on until it is
    complete.
    """
    separator = reader.separator
    if separator and reader.failed_batches < 2 and pos >= reader.single_until:
        if len(reader.text) - pos < BATCH_CHARS and not reader.eof:
            reader.more(BATCH_CHARS)
        text = reader.text
        cut = text.rfind(separator, pos)
        end = cut + separator.index("}") + 1
        if cut > pos:
            try:
                batch = decoder.decode("[" + text[pos:end] + "]")
            except json.JSONDecodeError:
                reader.failed_batches += 1
                reader.single_until = end  # element by element up to there
            else:
                items.extend(batch)
                return end
    while True:
        try:
            item, end = decoder.raw_decode(reader.text, pos)
        except json.JSONDecodeError:
            if not reader.more(max(CHUNK_BYTES, len(reader.text) - pos)):
                raise
            continue
        text = reader.text
        after = end
        while after < len(text) and text[after] in " \t\r\n":
            after += 1
        if (after < len(text) and text[after] in ",]") or not reader.more(CHUNK_BYTES):
            items.append(item)
            return end
        # Not yet followed by `,` or `]` (a number may go on: `-25` of `-25.5`): again.


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
             *, headers: Mapping[str, str] | None = None, json_expected: bool = True,
             sink: BinaryIO | None = None) -> _Response:
    """GET with retries, a size cap while streaming, and German errors.

    With a `sink` the body is written there (from its start, on each attempt) instead of
    being kept in memory; the response's `body` is then empty.

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
                if sink is not None:
                    sink.seek(0)
                    sink.truncate()
                for chunk in response.iter_bytes(1 << 16):
                    received += len(chunk)
                    if received > transport.max_bytes:
                        raise FeedRejectedError(_too_big(transport.max_bytes))
                    if sink is not None:
                        sink.write(chunk)
                    else:
                        chunks.append(chunk)
                    _check_cancel(cancel)
                if sink is not None:
                    sink.flush()
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
          client: httpx.Client | None = None, verify: Verify | None = None,
          spool_dir: Path | None = None, lazy: bool = False) -> FetchedFeed:
    """Fetch a feed from a URL (API, JSON file, zip) or a local path (file, zip, folder).

    Args:
        source: the URL or path staff configured.
        transport: timeouts, retries and the size cap.
        validators: ETag / Last-Modified of the last download of this source (single
            documents only): a 304 answer gives a feed with `not_modified` set.
        progress: called with (stage, done, total).
        cancel: set it to stop at the next page or chunk.
        client: an HTTP client to use (tests); else one is made and closed.
        verify: checks the raw bytes of a single document (file, zip) before they are
            parsed; its problem raises SignatureRejectedError. The feed then says
            `signature_checked`.
        spool_dir: where a downloaded JSON file is kept while it is parsed (beside the
            atlas: a RAM-backed /tmp would hold it in memory); else the system's.
        lazy: a single JSON document is only hashed (and verified), not parsed: the feed
            keeps it open for `iter_services`; the caller must `close()` the feed.

    Raises:
        SourceUnreachableError, FeedRejectedError (SignatureRejectedError), SyncCancelledError.
    """
    cancel = cancel or _never_cancelled()
    report: Progress = progress or (lambda _s, _d, _t: None)
    source = source.strip()
    if not source:
        raise SourceUnreachableError("Es ist keine Quelle eingestellt.")
    if not is_url(source):
        return _fetch_path(Path(source).expanduser(), transport, report, cancel, verify, lazy)
    own = client is None
    http = client or make_client(transport)
    try:
        return _fetch_url(http, source, transport, validators or Validators(), report, cancel,
                          verify, spool_dir, lazy)
    finally:
        if own:
            http.close()


def _fetch_url(client: httpx.Client, url: str, transport: Transport, validators: Validators,
               report: Progress, cancel: threading.Event, verify: Verify | None = None,
               spool_dir: Path | None = None, lazy: bool = False) -> FetchedFeed:
    report("connect", 0, 0)
    path = urlsplit(url).path.lower()
    if path.endswith(".zip"):
        response = _conditional_get(client, url, transport, cancel, validators, json=False)
        if response.status == 304:
            return _not_modified("tabular", url, validators)
        checked = _verify(verify, response.body)
        feed = tabular_from_zip(response.body, url, transport, cancel)
        feed.signature_checked = checked
        return _with_http_meta(feed, response)
    if path.endswith(".json"):
        # The body goes to a file while it arrives and is parsed from there: never the
        # whole body and its objects in memory at once.
        with contextlib.ExitStack() as stack:
            spool = stack.enter_context(tempfile.TemporaryFile(prefix="feed-", dir=spool_dir))
            response = _conditional_get(client, url, transport, cancel, validators, json=True,
                                        sink=spool)
            if response.status == 304:
                return _not_modified("file", url, validators)
            report("read", 1, 1)
            feed = _parse_document(spool, url, transport, cancel, verify, lazy)
            if lazy:
                stack.pop_all()  # the feed owns the spool now
        return _with_http_meta(feed, response)
    return _fetch_api(client, url.rstrip("/"), transport, report, cancel, verify)


def _conditional_get(client: httpx.Client, url: str, transport: Transport,
                     cancel: threading.Event, validators: Validators, *, json: bool,
                     sink: BinaryIO | None = None) -> _Response:
    headers: dict[str, str] = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return http_get(client, url, transport, cancel, headers=headers, json_expected=json,
                    sink=sink)


def _not_modified(kind: str, url: str, validators: Validators) -> FetchedFeed:
    return FetchedFeed([], "", kind, url, not_modified=True, validators=validators)


def _with_http_meta(feed: FetchedFeed, response: _Response) -> FetchedFeed:
    feed.validators = Validators(response.headers.get("etag"),
                                 response.headers.get("last-modified"))
    feed.timestamp = _http_date_iso(response.headers.get("last-modified"))
    return feed


def _fetch_api(client: httpx.Client, base: str, transport: Transport, report: Progress,
               cancel: threading.Event, verify: Verify | None = None) -> FetchedFeed:
    """An HSDS 3.0 API: check the version at `/`, then page through `/services`."""
    hasher = _Hasher()
    root = http_get(client, base + "/", transport, cancel)
    info = parse_json(root.body, cancel)
    if isinstance(info, list) or (isinstance(info, Mapping) and "contents" in info):
        # Not an API root but a feed document at an address without ".json".
        feed = FetchedFeed(services_of(info), hashlib.sha256(root.body).hexdigest(), "file", base,
                           signature_checked=_verify(verify, root.body))
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
                cancel: threading.Event, verify: Verify | None = None,
                lazy: bool = False) -> FetchedFeed:
    report("connect", 0, 0)
    try:
        if path.is_dir():
            if (path / "datapackage.json").is_file():
                return tabular_from_folder(path, transport, cancel)
            return _pages_from_folder(path, transport, report, cancel)
        if not path.is_file():
            raise SourceUnreachableError(f"Die Datei {path} wurde nicht gefunden "
                                    "(ist der USB-Stick eingesteckt?).")
        if path.stat().st_size > transport.max_bytes:
            raise FeedRejectedError(_too_big(transport.max_bytes))
        with contextlib.ExitStack() as stack:
            fh = stack.enter_context(path.open("rb"))
            if path.suffix.lower() == ".zip" or fh.read(4) == b"PK\x03\x04":
                body = _read_capped(path, transport.max_bytes)
            else:
                report("read", 1, 1)
                feed = _parse_document(fh, str(path), transport, cancel, verify, lazy)
                if lazy:
                    stack.pop_all()  # the feed owns the open file now
                return feed
    except OSError as exc:
        raise SourceUnreachableError(f"{path} ist nicht lesbar ({exc.strerror or exc}).") from exc
    checked = _verify(verify, body)
    feed = tabular_from_zip(body, str(path), transport, cancel)
    feed.signature_checked = checked
    return feed


def _verify(verify: Verify | None, body: bytes) -> bool:
    """Run the `verify` hook on raw bytes: whether it ran (SignatureRejectedError if bad)."""
    if verify is None:
        return False
    problem = verify(body)
    if problem:
        raise SignatureRejectedError(problem)
    return True


def _parse_document(source: BinaryIO, label: str, transport: Transport,
                    cancel: threading.Event, verify: Verify | None,
                    lazy: bool = False) -> FetchedFeed:
    """A JSON feed document from an open file, read in chunks while hashing.

    The content hash is over exactly the bytes parsed. With a `verify` hook the bytes are
    first read whole for it and dropped before parsing; the parsed bytes must then hash
    the same (else the file changed in between and the feed is refused). `lazy`: only
    hashed here; the feed keeps the file for `FetchedFeed.iter_services`.
    """
    checked = False
    verified_sha256 = ""
    if verify is not None:
        source.seek(0)
        body = source.read(transport.max_bytes + 1)
        if len(body) > transport.max_bytes:
            raise FeedRejectedError(_too_big(transport.max_bytes))
        verified_sha256 = hashlib.sha256(body).hexdigest()
        checked = _verify(verify, body)
        del body
    source.seek(0)
    digest = hashlib.sha256()
    received = 0

    def chunks() -> Iterator[bytes]:
        nonlocal received
        while chunk := source.read(CHUNK_BYTES):
            received += len(chunk)
            if received > transport.max_bytes:
                raise FeedRejectedError(_too_big(transport.max_bytes))
            digest.update(chunk)
            yield chunk

    if lazy:
        if not checked:
            for _chunk in chunks():
                _check_cancel(cancel)
            verified_sha256 = digest.hexdigest()
        return FetchedFeed([], verified_sha256, "file", label, signature_checked=checked,
                           document=source)
    services = services_of(parse_json_chunks(chunks(), cancel))
    for _rest in chunks():  # a valid document was read to its end; hash all the same
        pass
    content_sha256 = digest.hexdigest()
    if checked and content_sha256 != verified_sha256:
        raise FeedRejectedError("Die Datei hat sich während des Lesens geändert.")
    return FetchedFeed(services, content_sha256, "file", label, signature_checked=checked)


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
