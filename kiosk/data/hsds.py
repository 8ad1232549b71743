"""The one importer: HSDS 3.0 services (a list or an API Page) into a new atlas SQLite file."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import logging
import operator
import re
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, text
from sqlalchemy.schema import CreateIndex, CreateTable

from kiosk.data import models, open_intervals, search
from kiosk.data.db import open_for_build

log = logging.getLogger(__name__)

MAX_FIELD_CHARS = 4000  # a description longer than this is cut: nobody reads it on a kiosk
MAX_SHORT_CHARS = 300  # names, numbers, codes
MAX_COMBINING_RUN = 3  # "Zalgo" text is cut back to three combining marks a character

# Control characters (but tab and newline) and the bidirectional override/isolate marks.
_STRIP = {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_STRIP.update({0x7F: None})
_STRIP.update({c: None for c in range(0x80, 0xA0)})
_STRIP.update({c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)})
_MARKS = r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_COMBINING_RUN = re.compile(_MARKS + "{" + str(MAX_COMBINING_RUN + 1) + ",}")
_SUSPECT = re.compile("[" + re.escape("".join(chr(c) for c in sorted(_STRIP))) + "]|" + _MARKS)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SORT_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})

LONG_TEXT_FIELDS = frozenset(
    {"description", "application_process", "eligibility_description", "fees_description",
     "interpretation_services", "alert", "notes", "details", "transportation", "wait_time",
     "amount_description", "attending_type"}
)


def clean_text(value: object, limit: int = MAX_SHORT_CHARS) -> str | None:
    """Untrusted feed text made safe to show: NFC, no control or bidi-override characters.

    Returns None for a missing or empty value; numbers become text; anything else is dropped.
    """
    if isinstance(value, str):
        return _clean_plain(value, limit) if _is_plain(value) else _clean_str(value, limit)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _clean_str(str(value), limit)
    return None


def _is_plain(value: str) -> bool:
    """Printable ASCII: no control, bidi or combining character can be in it (one C scan)."""
    return value.isascii() and value.isprintable()


def _clean_plain(value: str, limit: int) -> str | None:
    """`_clean_str` of printable ASCII (ids, links, numbers): only trimming and the cap apply."""
    out = value.strip()
    if len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    return out or None


@functools.lru_cache(maxsize=65536)  # feeds repeat many short texts ("Deutsch", "EUR", ...)
def _clean_str(value: str, limit: int) -> str | None:
    out = value
    if _SUSPECT.search(out):  # one scan decides; most feed text has nothing to mend
        out = out.translate(_STRIP)
        if _COMBINING_RUN.search(out):
            out = unicodedata.normalize("NFC", out)
            out = _COMBINING_RUN.sub(lambda m: m.group(0)[:MAX_COMBINING_RUN], out)
    if not out.isascii() and not unicodedata.is_normalized("NFC", out):
        out = unicodedata.normalize("NFC", out)
    out = out.strip()
    if len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    return out or None


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return float(value)
    return None


def _integer(value: object) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number.is_integer() else None


def summary_of(description: str | None, limit: int = 160) -> str:
    """The first sentence of a description, for one line in a list."""
    if not description:
        return ""
    first = _SENTENCE_END.split(description.replace("\n", " "), maxsplit=1)[0].strip()
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def sort_key_of(name: str) -> str:
    """A German-friendly sort key: case and umlauts folded (Ärzte sorts beside Arzt)."""
    return name.casefold().translate(_SORT_FOLD)


@dataclass
class ImportReport:
    """What an import did: counts and the warnings for skipped or repaired records."""

    path: Path
    offers: int = 0
    active_offers: int = 0
    organizations: int = 0
    locations: int = 0
    terms: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


class FeedFormatError(ValueError):
    """The input is not HSDS 3.0 services: nothing was built."""


def services_from_document(document: object) -> list[Mapping[str, Any]]:
    """The services of a parsed HSDS document: a list of services or an API Page."""
    if isinstance(document, Mapping) and "contents" in document:
        contents = document["contents"]
    elif isinstance(document, Mapping) and "id" in document and "name" in document:
        contents = [document]  # a single full service, as /services/{id} returns it
    else:
        contents = document
    if not isinstance(contents, list):
        raise FeedFormatError("Die Datei enthält keine Liste von Angeboten (HSDS 3.0).")
    return [s for s in contents if isinstance(s, Mapping)]


def load_services(path: Path) -> list[Mapping[str, Any]]:
    """Read an HSDS JSON file (list or Page) from disk.

    The file is read and decoded in chunks (sources.parse_json_chunks): its bytes and a
    decoded copy never sit in memory beside the parsed services. Pass the list through
    `consume` to `build_database` to free each service once its rows are collected.
    """
    from kiosk.data.sources import CHUNK_BYTES, FeedRejectedError, parse_json_chunks

    try:
        with path.open("rb") as fh, no_cyclic_gc():
            document = parse_json_chunks(iter(lambda: fh.read(CHUNK_BYTES), b""))
    except (OSError, FeedRejectedError) as exc:
        raise FeedFormatError(f"Die Datei {path.name} ist kein gültiges JSON: {exc}") from exc
    return services_from_document(document)


def stream_services(path: Path) -> Iterator[Mapping[str, Any]]:
    """The services of an HSDS JSON file (list or Page), parsed as they are read.

    `build_database(stream_services(path), ...)` never holds the whole feed: each service
    is collected into rows and let go (a 50,000-offer file: ~1 GB of objects less).

    Raises:
        FeedFormatError: the file is unreadable or not JSON (while iterating).
    """
    from kiosk.data.sources import CHUNK_BYTES, FeedRejectedError, iter_json_chunks

    try:
        with path.open("rb") as fh:
            for is_list, value in iter_json_chunks(iter(lambda: fh.read(CHUNK_BYTES), b"")):
                batch = value if is_list else services_from_document(value)
                assert isinstance(batch, list)
                batch.reverse()
                while batch:
                    service = batch.pop()
                    if isinstance(service, Mapping):
                        yield service
    except (OSError, FeedRejectedError) as exc:
        raise FeedFormatError(f"Die Datei {path.name} ist kein gültiges JSON: {exc}") from exc


def consume(items: list[Any]) -> Iterator[Any]:
    """Yield a list's items in order, letting go of each: the list ends up empty.

    `build_database(consume(services), ...)` frees each parsed service once its rows are
    collected, so the rows grow while the feed shrinks (a 50,000-offer feed: hundreds of
    MB less at the peak) instead of both being held at full size.
    """
    for index in range(len(items)):
        item = items[index]
        items[index] = None
        yield item
    items.clear()


_TEXT, _FLOAT, _INT, _AS_IS = range(4)


def _convert(kind: int, value: object) -> object:
    """A feed value as a column of a non-text kind wants it."""
    if kind == _FLOAT:
        return _number(value)
    if kind == _INT:
        return _integer(value)
    return value


class _Collector:
    """Flattens nested HSDS services into rows per table; the first record with an id wins."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, dict[str, Any]]] = {
            t: {} for t in models.Base.metadata.tables
        }
        # Per table: how each column's value is converted (kind, length cap), worked out
        # once, and a row of NULLs that each new row starts from.
        self.columns: dict[str, dict[str, tuple[int, int]]] = {}
        self.empty: dict[str, dict[str, Any]] = {}
        for name, table in models.Base.metadata.tables.items():
            spec: dict[str, tuple[int, int]] = {}
            for c in table.columns:
                kind = c.type.python_type
                code = (_TEXT if kind is str else _FLOAT if kind is float
                        else _INT if kind is int else _AS_IS)
                spec[c.name] = (code, MAX_FIELD_CHARS if c.name in LONG_TEXT_FIELDS
                                else MAX_SHORT_CHARS)
            self.columns[name] = spec
            self.empty[name] = dict.fromkeys(spec)
        self.warnings: list[str] = []

    def add(self, table: str, obj: Mapping[str, Any], **links: str | None) -> str | None:
        """Add one HSDS object (and fill in the parent links it was found under)."""
        raw_id = obj.get("id")
        if not isinstance(raw_id, str) or not raw_id.strip():
            self.warnings.append(f"{table}: Eintrag ohne id übersprungen")
            return None
        obj_id = raw_id.strip()
        existing = self.rows[table].get(obj_id)
        if existing is not None:
            for key, value in links.items():
                if value and not existing.get(key):
                    existing[key] = value
            return obj_id
        spec = self.columns[table]
        row = self.empty[table].copy()
        for column, value in obj.items():
            how = spec.get(column)
            if how is None or value is None:
                continue
            kind, limit = how
            if kind == _TEXT:
                if value.__class__ is str and value.isascii() and value.isprintable():
                    out = value.strip()  # what clean_text leaves of printable ASCII
                    row[column] = (out if len(out) <= limit else _clean_plain(out, limit)) or None
                else:
                    row[column] = clean_text(value, limit)
            else:
                row[column] = _convert(kind, value)
        # A link the object was found under wins over the object's own field of that name.
        for column, value in links.items():
            how = spec.get(column)
            if value and how is not None:
                row[column] = (clean_text(value, how[1]) if how[0] == _TEXT
                               else _convert(how[0], value))
        row["id"] = obj_id
        self.rows[table][obj_id] = row
        return obj_id

    def _each(self, value: object) -> Iterable[Mapping[str, Any]]:
        if isinstance(value, list):
            return [v for v in value if v.__class__ is dict or isinstance(v, Mapping)]
        return []

    def phones(self, items: object, **links: str | None) -> None:
        for phone in self._each(items):
            phone_id = self.add("phone", phone, **links)
            if phone_id:
                for lang in self._each(phone.get("languages")):
                    self.add("language", lang, phone_id=phone_id)

    def contacts(self, items: object, **links: str | None) -> None:
        for contact in self._each(items):
            contact_id = self.add("contact", contact, **links)
            if contact_id:
                self.phones(contact.get("phones"), contact_id=contact_id)

    def schedules(self, items: object, **links: str | None) -> None:
        for schedule in self._each(items):
            self.add("schedule", schedule, **links)

    def location(self, loc: Mapping[str, Any]) -> str | None:
        known = loc.get("id")
        if isinstance(known, str) and known.strip() in self.rows["location"]:
            return known.strip()  # shared record, already taken in full
        loc_id = self.add("location", loc)
        if not loc_id:
            return None
        for address in self._each(loc.get("addresses")):
            if clean_text(address.get("address_1")) and clean_text(address.get("city")):
                self.add("address", address, location_id=loc_id)
            else:
                self.warnings.append(f"Adresse ohne Straße oder Ort übersprungen ({loc_id})")
        for acc in self._each(loc.get("accessibility")):
            self.add("accessibility", acc, location_id=loc_id)
        for lang in self._each(loc.get("languages")):
            self.add("language", lang, location_id=loc_id)
        self.phones(loc.get("phones"), location_id=loc_id)
        self.contacts(loc.get("contacts"), location_id=loc_id)
        self.schedules(loc.get("schedules"), location_id=loc_id)
        return loc_id

    def organization(self, org: Mapping[str, Any]) -> str | None:
        org_id = org.get("id")
        if isinstance(org_id, str) and org_id.strip() in self.rows["organization"]:
            return org_id.strip()  # shared record, already taken in full
        if not clean_text(org.get("name")):
            self.warnings.append("Organisation ohne Namen übersprungen")
            return None
        known = isinstance(org.get("id"), str) and org["id"].strip() in self.rows["organization"]
        org_id = self.add("organization", org)
        if org_id and not known:
            self.phones(org.get("phones"), organization_id=org_id)
            self.contacts(org.get("contacts"), organization_id=org_id)
            for loc in self._each(org.get("locations")):
                loc_id = self.location(loc)
                if loc_id and not self.rows["location"][loc_id].get("organization_id"):
                    self.rows["location"][loc_id]["organization_id"] = org_id
        return org_id

    def term(self, term: Mapping[str, Any]) -> str | None:
        term_id = term.get("id")
        if isinstance(term_id, str) and term_id.strip() in self.rows["taxonomy_term"]:
            return term_id.strip()  # shared record, already taken in full
        if not clean_text(term.get("name")):
            self.warnings.append("Begriff ohne Namen übersprungen")
            return None
        detail = term.get("taxonomy_detail")
        taxonomy_id = term.get("taxonomy_id")
        if isinstance(detail, Mapping) and clean_text(detail.get("name")):
            taxonomy_id = self.add("taxonomy", detail) or taxonomy_id
        return self.add("taxonomy_term", term, taxonomy_id=clean_text(taxonomy_id))

    def service(self, svc: Mapping[str, Any]) -> None:
        name = clean_text(svc.get("name"))
        if not name:
            self.warnings.append(f"Angebot ohne Namen übersprungen ({svc.get('id')!r})")
            return
        if isinstance(svc.get("id"), str) and svc["id"].strip() in self.rows["service"]:
            self.warnings.append(f"Angebot „{name}“ doppelt: nur das erste übernommen")
            return
        org_id = None
        org = svc.get("organization")
        if isinstance(org, Mapping):
            org_id = self.organization(org)
        service_id = self.add("service", svc, organization_id=org_id)
        if not service_id:
            return
        row = self.rows["service"][service_id]
        row["status"] = row.get("status") or "active"
        row["summary"] = summary_of(row.get("description"))
        row["sort_key"] = sort_key_of(row["name"])
        self.phones(svc.get("phones"), service_id=service_id)
        self.contacts(svc.get("contacts"), service_id=service_id)
        self.schedules(svc.get("schedules"), service_id=service_id)
        for lang in self._each(svc.get("languages")):
            self.add("language", lang, service_id=service_id)
        for cost in self._each(svc.get("cost_options")):
            self.add("cost_option", cost, service_id=service_id)
        for sal in self._each(svc.get("service_at_locations")):
            loc = sal.get("location")
            loc_id = self.location(loc) if isinstance(loc, Mapping) else None
            sal_id = self.add(
                "service_at_location", sal, service_id=service_id,
                location_id=loc_id or clean_text(sal.get("location_id")),
            )
            if sal_id:
                self.phones(sal.get("phones"), service_at_location_id=sal_id)
                self.contacts(sal.get("contacts"), service_at_location_id=sal_id)
                self.schedules(sal.get("schedules"), service_at_location_id=sal_id,
                               service_id=service_id)
        for attr in self._each(svc.get("attributes")):
            term = attr.get("taxonomy_term")
            term_id = self.term(term) if isinstance(term, Mapping) else None
            term_id = term_id or clean_text(attr.get("taxonomy_term_id"))
            if not term_id:
                self.warnings.append(f"Merkmal ohne Begriff bei „{name}“ übersprungen")
                continue
            # Nested under a service, the attribute links that service, whatever it says.
            self.add("attribute", attr, link_id=service_id, link_entity="service",
                     taxonomy_term_id=term_id)

    def repair_references(self) -> None:
        """Drop links to records the feed never defined, so foreign keys hold."""
        tables = self.rows
        for sal in tables["service_at_location"].values():
            if sal["location_id"] and sal["location_id"] not in tables["location"]:
                sal["location_id"] = None
        for svc in tables["service"].values():
            if svc["organization_id"] and svc["organization_id"] not in tables["organization"]:
                self.warnings.append(f"Organisation von „{svc['name']}“ fehlt im Datensatz")
                svc["organization_id"] = None
        dangling = [a for a, row in tables["attribute"].items()
                    if row["taxonomy_term_id"] not in tables["taxonomy_term"]]
        for attr_id in dangling:
            self.warnings.append(f"Merkmal {attr_id}: Begriff fehlt im Datensatz, übersprungen")
            del tables["attribute"][attr_id]


# Active offers per term, its descendants' included (from the closure): the home tiles' counts.
TERM_STAT_SQL = (
    "INSERT INTO term_stat (term_id, active_offers) "
    "SELECT ta.ancestor_id, count(DISTINCT a.link_id) FROM attribute a "
    "JOIN term_ancestor ta ON ta.term_id = a.taxonomy_term_id "
    "JOIN service s ON s.id = a.link_id AND s.status = 'active' "
    "GROUP BY ta.ancestor_id"
)


def term_closure(terms: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each term with itself and every ancestor (cycles in bad feeds are cut)."""
    rows: list[dict[str, Any]] = []
    for term_id in terms:
        seen = {term_id}
        rows.append({"term_id": term_id, "ancestor_id": term_id, "depth": 0})
        parent = terms[term_id].get("parent_id")
        depth = 1
        while parent and parent in terms and parent not in seen:
            seen.add(parent)
            rows.append({"term_id": term_id, "ancestor_id": parent, "depth": depth})
            parent = terms[parent].get("parent_id")
            depth += 1
    return rows


# Extra steps run on the finished tables before the file is closed (the search index
# registers itself here); each gets the open connection.
PostBuildStep = Callable[[Connection], None]


def build_database(
    services: Iterable[Mapping[str, Any]],
    target: Path,
    *,
    source: str,
    is_demo: bool = False,
    generated_at: str | None = None,
    post_build: Iterable[PostBuildStep] = (),
    content_sha256: str | None = None,
) -> ImportReport:
    """Write a new atlas database file from HSDS services. `target` must not exist yet.

    The report's `timings` say how long each phase took (collect, insert, index, search,
    finish), in seconds.
    """
    with no_cyclic_gc():
        return _build(services, target, source=source, is_demo=is_demo,
                      generated_at=generated_at, post_build=post_build,
                      content_sha256=content_sha256)


def _build(services: Iterable[Mapping[str, Any]], target: Path, *, source: str, is_demo: bool,
           generated_at: str | None, post_build: Iterable[PostBuildStep],
           content_sha256: str | None) -> ImportReport:
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[phase] = round(now - clock, 3)
        clock = now

    if target.exists():
        target.unlink()
    collector = _Collector()
    for svc in services:
        collector.service(svc)
    collector.repair_references()
    tables = collector.rows
    report = ImportReport(path=target, warnings=collector.warnings, timings=timings)
    report.offers = len(tables["service"])
    report.active_offers = sum(1 for s in tables["service"].values() if s["status"] == "active")
    report.organizations = len(tables["organization"])
    report.locations = len(tables["location"])
    report.terms = len(tables["taxonomy_term"])
    lap("collect")

    engine = open_for_build(target)
    try:
        with engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            dialect = conn.dialect
            # Tables first, their secondary indexes after the rows are in: SQLite builds an
            # index from sorted rows faster than it keeps one up to date row by row.
            for table in models.Base.metadata.sorted_tables:
                raw.execute(str(CreateTable(table).compile(dialect=dialect)))
            closure = term_closure(tables["taxonomy_term"])
            for table in models.Base.metadata.sorted_tables:
                rows: Collection[Mapping[str, Any]] = tables[table.name].values()
                if table.name == "term_ancestor":
                    rows = closure
                if rows:
                    # Straight to sqlite3: SQLAlchemy's per-row parameter processing would
                    # double the time of a 50,000-offer import.
                    names = [c.name for c in table.columns]
                    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
                           f"VALUES ({', '.join('?' * len(names))})")
                    values = operator.itemgetter(*names)
                    raw.executemany(sql, [values(r) for r in rows] if len(names) > 1
                                    else [(values(r),) for r in rows])
                tables[table.name] = {}  # the rows are in the file: free them as we go
            lap("insert")
            for table in models.Base.metadata.sorted_tables:
                for index in sorted(table.indexes, key=lambda i: str(i.name)):
                    raw.execute(str(CreateIndex(index).compile(dialect=dialect)))
            lap("index")
            conn.execute(text(TERM_STAT_SQL))
            conn.execute(insert(models.FeedInfo), [{
                "id": 1, "source": source, "hsds_version": "3.0",
                "generated_at": generated_at,
                "loaded_at": started.isoformat(timespec="seconds"),
                "offers": report.offers, "active_offers": report.active_offers,
                "organizations": report.organizations, "locations": report.locations,
                "terms": report.terms, "is_demo": is_demo,
                "content_sha256": content_sha256, "warnings": len(report.warnings),
            }])
            search.build_index(conn)  # always: sync and the embedded atlas stay searchable
            lap("search")
            open_intervals.build(conn)  # always: "Nur jetzt geöffnete" reads it
            for step in post_build:
                step(conn)
            conn.execute(text("ANALYZE"))
            # Last: only a finished file says which shape it has (kiosk/data/upgrade.py).
            raw.execute(f"PRAGMA user_version = {int(models.SCHEMA_VERSION)}")
    finally:
        engine.dispose()
    lap("finish")
    report.seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    log.info("built %s: %d offers, %d warnings in %.2f s", target, report.offers,
             len(report.warnings), report.seconds)
    return report


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a feed's millions of objects are alive.

    Each full collection walks every live container: with a big feed in memory that took
    more time than parsing it (and stalled other threads, the GUI's too). Feeds and rows
    hold no reference cycles, so reference counting frees them all the same.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, to tell an unchanged feed from a new one."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
