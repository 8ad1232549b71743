"""Sync: fetch a feed, validate it, build a new atlas beside the live one, check it, swap it."""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import enum
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from sqlalchemy import Connection, text

from kiosk.data import db, hsds
from kiosk.data.sources import (
    FeedRejectedError,
    FetchedFeed,
    SignatureRejectedError,
    SourceUnreachableError,
    SyncCancelledError,
    Transport,
    Validators,
    fetch,
    http_get,
    is_url,
    make_client,
)
from kiosk.data.store import AtlasStore
from kiosk.data.validate import (
    MAX_SERVICES,
    SAMPLE_SIZE,
    FeedCheck,
    ServiceSchema,
    load_schema,
    reference_problem,
    too_many,
    validate_services,
)

log = logging.getLogger(__name__)

STATE_NAME = "sync_state.json"
LOCK_NAME = "sync.lock"
LEFTOVER_SUFFIXES = (db.BUILD_SUFFIX, db.PREVIOUS_SUFFIX + ".tmp", ".restore")


class Outcome(enum.StrEnum):
    """How a sync ended."""

    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    UNREACHABLE = "unreachable"
    CONFIRM = "confirm"  # a big shrink waits for staff
    CANCELLED = "cancelled"


EXIT_CODES = {Outcome.UPDATED: 0, Outcome.UNCHANGED: 0, Outcome.REJECTED: 1,
              Outcome.UNREACHABLE: 2, Outcome.CONFIRM: 3, Outcome.CANCELLED: 2}


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """The [sync] section: where the atlas comes from and how carefully it is fetched."""

    source: str = ""
    sync_at_start: bool = True
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    max_bytes: int = 400_000_000
    retries: int = 2
    backoff_s: float = 2.0
    shrink_confirm_ratio: float = 0.30
    public_key: str = ""

    @property
    def configured(self) -> bool:
        """Whether a source is set (else the kiosk runs on its embedded or last copy)."""
        return bool(self.source.strip())

    def transport(self) -> Transport:
        """The network limits of these settings."""
        return Transport(self.connect_timeout_s, self.read_timeout_s, self.max_bytes,
                         self.retries, self.backoff_s)


def parse_sync_settings(section: Mapping[str, Any], problems: list[str]) -> SyncSettings:
    """Read [sync]; a bad value falls back to its default with a German problem."""
    defaults = SyncSettings()
    values: dict[str, Any] = {}
    kinds: dict[str, tuple[type, ...]] = {
        "source": (str,), "sync_at_start": (bool,), "connect_timeout_s": (int, float),
        "read_timeout_s": (int, float), "max_bytes": (int,), "retries": (int,),
        "backoff_s": (int, float), "shrink_confirm_ratio": (int, float), "public_key": (str,),
    }
    for key, kind in kinds.items():
        default = getattr(defaults, key)
        value = section.get(key, default)
        ok = isinstance(value, kind) and (bool not in kind) == (not isinstance(value, bool))
        if ok and isinstance(value, int | float) and not isinstance(value, bool):
            ok = value >= 0 and (key != "shrink_confirm_ratio" or value <= 1)
        if not ok:
            problems.append(f"Einstellung [sync] {key} ist ungültig ({value!r}); "
                            f"Standardwert {default!r} wird verwendet.")
            value = default
        values[key] = float(value) if isinstance(default, float) else value
    return SyncSettings(**values)


@dataclass(frozen=True, slots=True)
class SyncStep:
    """Progress of a running sync: a stage and how far it is (total 0: unknown)."""

    stage: str  # connect, pages, details, read, validate, build, check, install
    done: int = 0
    total: int = 0


ProgressFn = Callable[[SyncStep], None]


@dataclass(frozen=True, slots=True)
class OfferChange:
    """One offer that a sync adds, changes or removes."""

    id: str
    name: str


@dataclass
class SyncReport:
    """What a sync did or would do, for the log, the command and the staff screen."""

    outcome: Outcome
    message: str
    source: str = ""
    added: list[OfferChange] = field(default_factory=list)
    changed: list[OfferChange] = field(default_factory=list)
    removed: list[OfferChange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    offers_before: int = 0
    offers_after: int = 0
    dry_run: bool = False
    content_sha256: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """The command's exit status: 0 ok, 1 rejected, 2 unreachable, 3 needs confirmation."""
        return EXIT_CODES[self.outcome]

    @property
    def changed_data(self) -> bool:
        """Whether the live atlas was replaced."""
        return self.outcome is Outcome.UPDATED and not self.dry_run

    def lines(self, limit: int = 15) -> list[str]:
        """The report in plain German, one line each (lists cut after `limit` names)."""
        out = [self.message]
        if self.outcome in (Outcome.UPDATED, Outcome.CONFIRM):
            out.append(f"Angebote vorher: {self.offers_before}, nachher: {self.offers_after}.")
            for title, items in (("Neu", self.added), ("Geändert", self.changed),
                                 ("Entfernt", self.removed)):
                if items:
                    names = ", ".join(c.name for c in items[:limit])
                    more = f" und {len(items) - limit} weitere" if len(items) > limit else ""
                    out.append(f"{title} ({len(items)}): {names}{more}")
        if self.warnings:
            out.append(f"Warnungen ({len(self.warnings)}):")
            out.extend(f"  {w}" for w in self.warnings[:limit])
            if len(self.warnings) > limit:
                out.append(f"  … und {len(self.warnings) - limit} weitere")
        return out


@dataclass
class PreparedSync:
    """A built and checked new atlas waiting to be installed (or a finished report)."""

    report: SyncReport
    new_file: Path | None = None
    state: dict[str, Any] | None = None
    lock: IO[str] | None = None


# -- leftovers, lock, state -----------------------------------------------------------------
def cleanup_leftovers(live: Path) -> list[Path]:
    """Remove half-built files a killed sync may have left beside the live atlas."""
    removed: list[Path] = []
    for suffix in LEFTOVER_SUFFIXES:
        path = live.with_name(live.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    for path in removed:
        log.warning("removed leftover %s of an interrupted sync", path.name)
    return removed


def _try_lock(data_dir: Path) -> IO[str] | None:
    """An exclusive lock on the data folder's sync; None when another sync holds it."""
    handle = (data_dir / LOCK_NAME).open("a", encoding="utf-8")
    try:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # no fcntl (Windows): a single kiosk process is assumed
        return handle
    except OSError:
        handle.close()
        return None
    return handle


def _unlock(handle: IO[str] | None) -> None:
    if handle is not None:
        handle.close()  # closing releases the flock


def cleanup_if_idle(data_dir: Path, live: Path) -> None:
    """At start: remove leftovers of a killed sync unless a sync is running right now."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = _try_lock(data_dir)
    if handle is None:
        return
    try:
        cleanup_leftovers(live)
    finally:
        _unlock(handle)


def _read_state(data_dir: Path) -> dict[str, Any]:
    try:
        value = json.loads((data_dir / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _write_state(data_dir: Path, state: Mapping[str, Any]) -> None:
    target = data_dir / STATE_NAME
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(dict(state), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, target)


@dataclass(frozen=True, slots=True)
class LiveInfo:
    """What the live atlas says about the feed it was built from."""

    offers: int = 0
    content_sha256: str = ""
    generated_at: str | None = None
    is_demo: bool = True


def live_info(live: Path) -> LiveInfo:
    """Read the live atlas's feed_info row (an empty LiveInfo if there is none)."""
    if not live.is_file():
        return LiveInfo()
    try:
        conn = sqlite3.connect(f"file:{quote(str(live))}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT offers, content_sha256, generated_at, is_demo "
                               "FROM feed_info WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return LiveInfo()
    if row is None:
        return LiveInfo()
    return LiveInfo(int(row[0] or 0), row[1] or "", row[2], bool(row[3]))


# -- helpers --------------------------------------------------------------------------------
def _parse_time(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def feed_timestamp(feed: FetchedFeed, services: Sequence[Mapping[str, Any]]) -> str | None:
    """When the feed was last changed: the newest `last_modified`, else Last-Modified."""
    newest: dt.datetime | None = None
    for service in services:
        stamp = _parse_time(service.get("last_modified"))
        if stamp is not None and (newest is None or stamp > newest):
            newest = stamp
    if newest is None:
        newest = _parse_time(feed.timestamp)
    return newest.astimezone(dt.UTC).isoformat(timespec="seconds") if newest else None


_CHILD_TABLES = (("service_at_location", "service_id"), ("phone", "service_id"),
                 ("schedule", "service_id"), ("language", "service_id"),
                 ("cost_option", "service_id"), ("contact", "service_id"),
                 ("attribute", "link_id"))


def diff_offers(new: Path, old: Path) -> tuple[list[OfferChange], list[OfferChange],
                                                 list[OfferChange]]:
    """Offers added, changed and removed between two atlas files (by id, in SQL)."""
    conn = sqlite3.connect(f"file:{quote(str(new))}?mode=ro", uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS old", (f"file:{quote(str(old))}?mode=ro",))

        def columns(table: str) -> list[str]:
            mine = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
            theirs = {r[1] for r in conn.execute(f"PRAGMA old.table_info({table})")}
            return [c for c in mine if c in theirs]

        def changes(table: str, key: str, kept: str = "") -> set[str]:
            """Keys of the rows that one file has and the other has not, or not alike.

            Rows are paired by id (unique in each file) through the old file's primary-key
            index: a row differs when a column IS NOT the same (NULLs alike). This finds what
            `new EXCEPT old UNION old EXCEPT new` finds without sorting both tables whole
            (a 50,000-offer atlas against the one before it: ~4x faster). `kept`, a query
            of the keys that matter, leaves out rows that only one file has under other keys.
            """
            cols = columns(table)
            if "id" not in cols:
                return set()
            differs = " OR ".join(f'n."{c}" IS NOT o."{c}"' for c in cols if c != "id")
            pairs = f"FROM main.{table} n JOIN old.{table} o ON o.id = n.id"
            only = f" AND {key} IN ({kept})" if kept else ""
            query = (f"SELECT n.{key} {pairs} WHERE {differs or '0'} "
                     f"UNION SELECT o.{key} {pairs} WHERE {differs or '0'} "
                     f"UNION SELECT {key} FROM main.{table} "
                     f"WHERE id NOT IN (SELECT id FROM old.{table}){only} "
                     f"UNION SELECT {key} FROM old.{table} "
                     f"WHERE id NOT IN (SELECT id FROM main.{table}){only}")
            return {r[0] for r in conn.execute(query) if r[0] is not None}

        added = [OfferChange(*r) for r in conn.execute(
            "SELECT id, name FROM main.service WHERE id NOT IN (SELECT id FROM old.service) "
            "ORDER BY sort_key")]
        removed = [OfferChange(*r) for r in conn.execute(
            "SELECT id, name FROM old.service WHERE id NOT IN (SELECT id FROM main.service) "
            "ORDER BY name")]
        # Only offers in both files can be "changed" (the others are added or removed): when
        # few are, rows under other offers' keys need not even be listed.
        kept_count, new_count = conn.execute(
            "SELECT (SELECT count(*) FROM main.service n JOIN old.service o ON o.id = n.id), "
            "(SELECT count(*) FROM main.service)").fetchone()
        kept = ("SELECT n.id FROM main.service n JOIN old.service o ON o.id = n.id"
                if kept_count * 2 < new_count else "")
        touched = changes("service", "id", kept)
        for table, key in _CHILD_TABLES:
            touched |= changes(table, key, kept)
        # An organisation only one file has changes no kept offer by itself (the offer's
        # own organization_id differs then).
        orgs = changes("organization", "id", "SELECT n.id FROM main.organization n JOIN "
                       "old.organization o ON o.id = n.id" if kept else "")
        if orgs:
            touched |= {r[0] for r in conn.execute(
                "SELECT id FROM main.service WHERE organization_id IN (SELECT value FROM "
                "json_each(?))", (json.dumps(sorted(orgs)),))}
        both = {r[0]: r[1] for r in conn.execute(
            "SELECT n.id, n.name FROM main.service n JOIN old.service o ON o.id = n.id")}
        changed = sorted((OfferChange(i, both[i]) for i in touched if i in both),
                         key=lambda c: hsds.sort_key_of(c.name))
        return added, changed, removed
    finally:
        conn.close()


def older_offers(new: Path, old: Path) -> tuple[int, int]:
    """How many offers in both files carry an earlier `last_modified` in the new one.

    A feed is older than the one in use when most offers it shares with it went back in
    time; offers that were removed or never dated say nothing about that.
    """
    try:
        conn = sqlite3.connect(f"file:{quote(str(new))}?mode=ro", uri=True)
        try:
            conn.execute("ATTACH DATABASE ? AS old", (f"file:{quote(str(old))}?mode=ro",))
            rows = conn.execute(
                "SELECT n.last_modified, o.last_modified FROM main.service n "
                "JOIN old.service o ON o.id = n.id "
                "WHERE n.last_modified IS NOT NULL AND o.last_modified IS NOT NULL").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, 0
    went_back = shared = 0
    for new_value, old_value in rows:
        new_time, old_time = _parse_time(new_value), _parse_time(old_value)
        if new_time is None or old_time is None:
            continue
        shared += 1
        went_back += new_time < old_time
    return went_back, shared


def _verify_signature(body: bytes, signature: bytes, public_key: str) -> str | None:
    """None if the detached Ed25519 signature is good, else a German problem."""
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError:
        return ("Ein Signaturschlüssel ist eingestellt, aber das Paket „cryptography“ fehlt; "
                "die Signatur kann nicht geprüft werden.")
    try:
        key = Ed25519PublicKey.from_public_bytes(_decode_key(public_key))
    except (ValueError, binascii.Error):
        return "Der eingestellte Signaturschlüssel ist ungültig."
    raw = signature.strip()
    with contextlib.suppress(ValueError, binascii.Error):
        if len(raw) != 64:
            raw = base64.b64decode(raw, validate=True)
    try:
        key.verify(raw, body)
    except (InvalidSignature, ValueError):
        return "Die Signatur der Daten stimmt nicht: die Daten wurden nicht übernommen."
    return None


def _decode_key(text: str) -> bytes:
    text = text.strip()
    if len(text) == 64:
        return bytes.fromhex(text)
    return base64.b64decode(text, validate=True)


# -- the sync -------------------------------------------------------------------------------
class _StreamRejectedError(Exception):
    """A streamed feed failed its feed-level checks (the FeedCheck says why)."""


class AtlasSync:
    """Runs one sync for a store. `prepare` does all slow work; `commit` only swaps files.

    `prepare` may run on a worker thread; `commit` replaces the live file through the
    store (which first disposes its engine) and should run where the store is used.
    """

    def __init__(self, store: AtlasStore, settings: SyncSettings, schema_path: Path, *,
                 source: str | None = None) -> None:
        self.store = store
        self.settings = settings
        self.schema_path = schema_path
        self.source = (source if source is not None else settings.source).strip()

    def prepare(self, *, progress: ProgressFn | None = None,
                cancel: threading.Event | None = None, dry_run: bool = False,
                confirmed: bool = False) -> PreparedSync:
        """Fetch, validate, build and check a new atlas beside the live one.

        Returns:
            A PreparedSync whose report says what happened; `new_file` is set when there is
            something to install (outcome UPDATED, or CONFIRM waiting for staff).
        """
        cancel = cancel or threading.Event()
        step: ProgressFn = progress or (lambda _s: None)
        data_dir = self.store.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        lock = _try_lock(data_dir)
        if lock is None:
            return PreparedSync(SyncReport(
                Outcome.UNREACHABLE, "Eine andere Synchronisierung läuft gerade. "
                "Nichts geändert.", self.source))
        try:
            with hsds.no_cyclic_gc():  # the feed's millions of objects hold no cycles
                prepared = self._prepare(step, cancel, dry_run, confirmed)
        except SyncCancelledError:
            prepared = PreparedSync(SyncReport(Outcome.CANCELLED, "Die Synchronisierung wurde "
                                               "abgebrochen. Nichts geändert.", self.source))
        except BaseException:
            self._drop_build()
            _unlock(lock)
            raise
        if prepared.new_file is None or dry_run:
            self._drop_build()
            _unlock(lock)
        else:
            prepared.lock = lock
        return prepared

    def _drop_build(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            db.build_path(self.store.live).unlink()

    def _prepare(self, step: ProgressFn, cancel: threading.Event, dry_run: bool,
                 confirmed: bool) -> PreparedSync:
        timings: dict[str, float] = {}
        source = self.source
        live = self.store.live
        cleanup_leftovers(live)
        if not source:
            return PreparedSync(SyncReport(Outcome.UNREACHABLE, "Es ist keine Quelle für die "
                                           "Synchronisierung eingestellt.", source))
        before = live_info(live)
        state = _read_state(self.store.data_dir)
        validators = Validators()
        if (state.get("source") == source and before.content_sha256
                and state.get("content_sha256") == before.content_sha256):
            validators = Validators(state.get("etag"), state.get("last_modified"))

        def report(outcome: Outcome, message: str, **extra: Any) -> PreparedSync:
            extra.setdefault("offers_before", before.offers)
            return PreparedSync(SyncReport(outcome, message, source, dry_run=dry_run,
                                           timings=timings, **extra))

        # 1. fetch
        started = time.perf_counter()
        # The signature is checked over the raw bytes before they are parsed (and dropped):
        # never the bytes and the parsed feed in memory together.
        signed = bool(self.settings.public_key.strip())
        try:
            feed = fetch(source, self.settings.transport(), validators=validators,
                         progress=lambda s, d, t: step(SyncStep(s, d, t)), cancel=cancel,
                         verify=self._signature_check(cancel) if signed else None,
                         spool_dir=self.store.data_dir, lazy=True)
            if signed and not feed.not_modified and not feed.signature_checked:
                return report(Outcome.REJECTED, "Eine Signatur lässt sich nur für eine "
                              "einzelne Datei prüfen. Nichts geändert.")
        except SignatureRejectedError as exc:
            return report(Outcome.REJECTED, f"{exc} Nichts geändert.")
        except SourceUnreachableError as exc:
            return report(Outcome.UNREACHABLE, f"Die Quelle ist nicht erreichbar: {exc} "
                          "Der Kiosk arbeitet mit dem bisherigen Datenstand weiter.")
        except FeedRejectedError as exc:
            return report(Outcome.REJECTED, f"Die Daten wurden abgelehnt: {exc} "
                          "Nichts geändert.")
        except SyncCancelledError:
            return report(Outcome.CANCELLED, "Die Synchronisierung wurde abgebrochen. "
                          "Nichts geändert.")
        timings["fetch_s"] = time.perf_counter() - started
        if feed.not_modified or (feed.content_sha256
                                 and feed.content_sha256 == before.content_sha256):
            feed.close()
            self._remember(feed, before.content_sha256)
            return report(Outcome.UNCHANGED, "Die Daten sind unverändert; der Kiosk hat "
                          "bereits den aktuellen Stand.", offers_after=before.offers,
                          content_sha256=before.content_sha256)

        try:
            return self._import(feed, before, step, cancel, dry_run, confirmed, report,
                                timings)
        finally:
            feed.close()  # a downloaded file is deleted
            _release(feed.services)

    def _import(self, feed: FetchedFeed, before: LiveInfo, step: ProgressFn,
                cancel: threading.Event, dry_run: bool, confirmed: bool,
                report: Callable[..., PreparedSync], timings: dict[str, float]
                ) -> PreparedSync:
        source, live = self.source, self.store.live
        # 2. validate
        started = time.perf_counter()
        step(SyncStep("validate", 0, len(feed.services)))
        try:
            schema = load_schema(self.schema_path)
        except (OSError, ValueError) as exc:
            return report(Outcome.REJECTED, f"Das HSDS-Schema fehlt ({exc}). Nichts geändert.")
        target = db.build_path(live)
        if feed.document is not None:
            # 2+3. One file: each record is parsed, validated and collected in turn.
            streamed = self._stream_build(feed, schema, target, step, cancel, report, timings)
            if isinstance(streamed, PreparedSync):
                return streamed
            validation_warnings, built = streamed
        else:
            checked = validate_services(feed.services, schema, cancel=cancel,
                                        progress=lambda d, t: step(SyncStep("validate", d, t)))
            timings["validate_s"] = time.perf_counter() - started
            if cancel.is_set():
                return report(Outcome.CANCELLED, "Die Synchronisierung wurde abgebrochen. "
                              "Nichts geändert.")
            validation_warnings = checked.warnings
            if not checked.ok:
                problems = " ".join(checked.errors[:3])
                return report(Outcome.REJECTED, f"Die Daten wurden abgelehnt: {problems} "
                              "Nichts geändert.", warnings=checked.warnings)
            generated_at = feed_timestamp(feed, checked.services)
            _release(feed.services)  # the accepted ones live on in checked.services

            # 3. build beside the live file, check, fsync
            _check_cancelled(cancel)
            started = time.perf_counter()
            step(SyncStep("build", 0, len(checked.services)))
            try:
                # Each service is let go once its rows are collected: the rows grow while
                # the parsed feed shrinks, instead of both at full size together.
                built = hsds.build_database(
                    hsds.consume(checked.services), target, source=feed.label,
                    generated_at=generated_at, post_build=self.store.post_build,
                    content_sha256=feed.content_sha256)
                checked.services = []
            except (sqlite3.Error, OSError, ValueError) as exc:
                return report(Outcome.REJECTED, f"Der neue Datenstand ließ sich nicht "
                              f"aufbauen ({exc}). Nichts geändert.", warnings=checked.warnings)
            timings["build_s"] = time.perf_counter() - started
        timings.update((f"build_{phase}_s", took) for phase, took in built.timings.items())
        started = time.perf_counter()
        step(SyncStep("check", 0, 0))
        # SQLite's full page check and the comparison with the live atlas both run in C
        # without the GIL: on two cores they overlap. The comparison only reads; its result
        # counts only if the check passes.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="atlas-check") as pool:
            checking = pool.submit(db.check_database, target, thorough=True)
            db.fsync_file(target)
            try:
                added, changed, removed = diff_offers(target, live)
            except sqlite3.Error as exc:
                log.warning("could not compare with the live atlas: %s", exc)
                added, changed, removed = [], [], []
            went_back, shared = older_offers(target, live)
            check = checking.result()
        timings["check_s"] = time.perf_counter() - started
        if not check.ok:
            return report(Outcome.REJECTED, "Der neue Datenstand hat die Prüfung nicht "
                          f"bestanden ({'; '.join(check.problems)}). Nichts geändert.",
                          warnings=validation_warnings + built.warnings)
        warnings = validation_warnings + built.warnings
        if not before.is_demo and shared and went_back * 2 > shared:
            return report(Outcome.REJECTED, f"Die Daten der Quelle sind älter als die im Kiosk: "
                          f"{went_back} von {shared} Angeboten tragen ein früheres "
                          "Änderungsdatum. Nichts geändert.", warnings=warnings)
        extra: dict[str, Any] = dict(added=added, changed=changed, removed=removed,
                                     warnings=warnings, offers_after=check.offers,
                                     content_sha256=feed.content_sha256)
        state_after = {"source": source, "etag": feed.validators.etag,
                       "last_modified": feed.validators.last_modified,
                       "content_sha256": feed.content_sha256}
        shrink = len(removed) / before.offers if before.offers and not before.is_demo else 0.0
        if shrink > self.settings.shrink_confirm_ratio and not confirmed:
            message = (f"Die neuen Daten würden {len(removed)} von {before.offers} Angeboten "
                       f"entfernen ({shrink:.0%}). Das muss das Team bestätigen "
                       "(„Trotzdem übernehmen“ oder kiosk sync --yes). Nichts geändert.")
            prepared = report(Outcome.CONFIRM, message, **extra)
        else:
            message = (f"Neuer Datenstand mit {check.offers} Angeboten: {len(added)} neu, "
                       f"{len(changed)} geändert, {len(removed)} entfernt.")
            prepared = report(Outcome.UPDATED, message, **extra)
        if dry_run:
            prepared.report.message = "Probelauf, nichts geändert. " + prepared.report.message
            return prepared
        prepared.new_file = target
        prepared.state = state_after
        return prepared

    def _stream_build(self, feed: FetchedFeed, schema: ServiceSchema, target: Path,
                      step: ProgressFn, cancel: threading.Event,
                      report: Callable[..., PreparedSync], timings: dict[str, float]
                      ) -> PreparedSync | tuple[list[str], hsds.ImportReport]:
        """Validate and build from a lazy feed, one parsed record at a time.

        Each record is checked as it is parsed and, if taken, collected into rows and let
        go: the parsed feed never exists whole (a 50,000-offer file: ~1 GB of objects).
        The feed-level checks run at its end; if they fail, the build stops before it
        writes anything. The reference validator checks a sample here too: the first
        SAMPLE_SIZE taken records and every 1000th after them (the count is not known in
        advance, so not the random sample of `validate_services`).
        """
        check = FeedCheck(schema)
        newest: dt.datetime | None = None
        validating = 0.0

        def taken() -> Iterator[Any]:
            nonlocal newest, validating
            number = kept = 0
            for number, service in enumerate(feed.iter_services(cancel), 1):
                if number % 1000 == 0:
                    _check_cancelled(cancel)
                    step(SyncStep("validate", number, 0))
                if number > MAX_SERVICES:
                    check.result.errors.append(too_many(number))
                    raise _StreamRejectedError
                clock = time.perf_counter()
                ok = check.accept(service, number)
                if ok and schema.check is not None and (kept < SAMPLE_SIZE or kept % 1000 == 0):
                    problem = reference_problem(schema, service)
                    if problem:
                        check.refuse(service, number, problem)
                        ok = False
                validating += time.perf_counter() - clock
                if ok:
                    kept += 1
                    stamp = _parse_time(service.get("last_modified"))
                    if stamp is not None and (newest is None or stamp > newest):
                        newest = stamp
                    yield service
            if not check.finish(number, kept).ok:
                raise _StreamRejectedError
            step(SyncStep("build", 0, kept))  # all read and checked: the rows are written

        def stamp_feed(conn: Connection) -> None:
            when = newest or _parse_time(feed.timestamp)
            conn.execute(text("UPDATE feed_info SET generated_at = :at WHERE id = 1"),
                         {"at": when.astimezone(dt.UTC).isoformat(timespec="seconds")
                          if when else None})

        started = time.perf_counter()
        step(SyncStep("validate", 0, 0))
        try:
            built = hsds.build_database(
                taken(), target, source=feed.label,
                post_build=(stamp_feed, *self.store.post_build),
                content_sha256=feed.content_sha256)
        except _StreamRejectedError:
            problems = " ".join(check.result.errors[:3])
            return report(Outcome.REJECTED, f"Die Daten wurden abgelehnt: {problems} "
                          "Nichts geändert.", warnings=check.result.warnings)
        except FeedRejectedError as exc:
            return report(Outcome.REJECTED, f"Die Daten wurden abgelehnt: {exc} "
                          "Nichts geändert.")
        except (sqlite3.Error, OSError, ValueError) as exc:
            return report(Outcome.REJECTED, f"Der neue Datenstand ließ sich nicht aufbauen "
                          f"({exc}). Nichts geändert.", warnings=check.result.warnings)
        timings["validate_s"] = validating
        timings["build_s"] = time.perf_counter() - started - validating
        return check.result.warnings, built

    def _signature_check(self, cancel: threading.Event) -> Callable[[bytes], str | None]:
        """The check `fetch` runs on the raw bytes: the detached signature `<source>.sig`."""
        def check(body: bytes) -> str | None:
            sig_source = self.source + ".sig"
            try:
                if is_url(sig_source):
                    transport = self.settings.transport()
                    with make_client(transport) as client:
                        signature = http_get(client, sig_source, transport, cancel,
                                             json_expected=False).body
                else:
                    signature = Path(sig_source).expanduser().read_bytes()[:4096]
            except (OSError, SourceUnreachableError) as exc:
                return f"Die Signaturdatei fehlt ({exc})."
            return _verify_signature(body, signature, self.settings.public_key)

        return check

    def _remember(self, feed: FetchedFeed, content_sha256: str) -> None:
        if feed.not_modified or not (feed.validators.etag or feed.validators.last_modified):
            return
        with contextlib.suppress(OSError):
            _write_state(self.store.data_dir, {
                "source": self.source, "etag": feed.validators.etag,
                "last_modified": feed.validators.last_modified,
                "content_sha256": content_sha256})

    def commit(self, prepared: PreparedSync, *, confirmed: bool = False) -> SyncReport:
        """Install a prepared atlas (a CONFIRM one only when `confirmed`) and release."""
        report = prepared.report
        try:
            if prepared.new_file is None:
                return report
            if report.outcome is Outcome.CONFIRM and not confirmed:
                return report
            started = time.perf_counter()
            try:
                self.store.replace_with(prepared.new_file)
            except OSError as exc:
                log.error("installing the new atlas failed", exc_info=exc)
                report.outcome = Outcome.REJECTED
                report.message = (f"Der neue Datenstand ließ sich nicht einsetzen ({exc}). "
                                  "Der bisherige bleibt.")
                return report
            if prepared.state is not None:
                with contextlib.suppress(OSError):
                    _write_state(self.store.data_dir, prepared.state)
            report.timings["install_s"] = time.perf_counter() - started
            if report.outcome is Outcome.CONFIRM:
                report.outcome = Outcome.UPDATED
                report.message = (f"Vom Team bestätigt: neuer Datenstand mit "
                                  f"{report.offers_after} Angeboten, "
                                  f"{len(report.removed)} entfernt.")
            log.info("sync: %s", report.message)
            return report
        finally:
            self.discard(prepared)

    def discard(self, prepared: PreparedSync) -> None:
        """Forget a prepared atlas: delete its file and release the lock."""
        if prepared.lock is not None:
            if prepared.new_file is not None:
                with contextlib.suppress(FileNotFoundError):
                    prepared.new_file.unlink()
            prepared.new_file = None
            _unlock(prepared.lock)
            prepared.lock = None


def _release(items: list[Any]) -> None:
    """Free a big list in steps, so other threads (the GUI) get the GIL in between."""
    while items:
        del items[-500:]


def _check_cancelled(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise SyncCancelledError("Abgebrochen.")


def run_sync(store: AtlasStore, settings: SyncSettings, schema_path: Path, *,
             source: str | None = None, dry_run: bool = False, yes: bool = False,
             progress: ProgressFn | None = None,
             cancel: threading.Event | None = None) -> SyncReport:
    """Prepare and commit in one go (the command, and tests)."""
    sync = AtlasSync(store, settings, schema_path, source=source)
    prepared = sync.prepare(progress=progress, cancel=cancel, dry_run=dry_run, confirmed=yes)
    if prepared.new_file is None:
        return prepared.report
    return sync.commit(prepared, confirmed=yes)
