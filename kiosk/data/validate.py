"""Feed validation: HSDS 3.0 JSON Schema (compiled for speed) plus semantic checks."""

from __future__ import annotations

import json
import random
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


MAX_STRING_CHARS = 100_000  # longer than any real text: a broken or hostile record
MAX_LIST_ITEMS = 2_000  # phones, schedules, attributes ... of one record
MAX_URL_CHARS = 2_000
MAX_SERVICES = 500_000
MAX_SKIPPED_SHARE = 0.5  # more bad records than this: the feed itself is broken
SAMPLE_SIZE = 200  # records also checked by the reference jsonschema validator

# Keywords the compiler understands; annotation-only keywords are ignored by both.
_VALIDATING = {"type", "properties", "required", "items", "enum", "format"}
_ANNOTATIONS = {"name", "description", "title", "constraints", "example", "examples", "core",
                "path", "datapackage_metadata", "tabular_required", "datapackage_type",
                "$schema", "$id", "$comment", "default"}

Check = Callable[[Any], str | None]
Progress = Callable[[int, int], None]


@dataclass
class ValidationResult:
    """What validation found: accepted services, per-record warnings, feed-level errors."""

    services: list[Mapping[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0
    method: str = ""

    @property
    def ok(self) -> bool:
        """Whether the feed may be imported (warnings only skip records)."""
        return not self.errors


class _IncompleteSchemaError(Exception):
    """The schema uses a keyword the compiler does not know."""


_URL_BLANK_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")  # \s: exactly what str.isspace() finds


def _bad_url(value: str) -> bool:
    if len(value) > MAX_URL_CHARS:
        return True
    # Printable ASCII can hold no control character and no blank but the space: one C scan
    # each instead of a Python loop over every character of every link.
    if " " in value if value.isascii() and value.isprintable() else (
            _URL_BLANK_OR_CONTROL.search(value)):
        return True
    try:
        parts = urlsplit(value)
    except ValueError:
        return True
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return not parts.hostname
    return scheme in ("", "javascript", "data", "file", "vbscript")


def _compile(node: Mapping[str, Any]) -> Check:
    """A fast checker for one schema node; returns a German problem or None."""
    unknown = set(node) - _VALIDATING - _ANNOTATIONS
    if unknown:
        raise _IncompleteSchemaError(", ".join(sorted(unknown)))
    kind = node.get("type")
    enum = tuple(node["enum"]) if "enum" in node else None
    if kind == "object":
        props = {k: _compile(v) for k, v in node.get("properties", {}).items()}
        required = tuple(node.get("required", ()))

        def check_object(value: Any) -> str | None:
            if not isinstance(value, dict):
                return "ist kein Objekt"
            for key in required:
                if value.get(key) is None:
                    return f"{key} fehlt"
            for key, item in value.items():
                if item is None:
                    continue  # an empty optional field, as many APIs send it
                checker = props.get(key)
                if checker is not None:
                    problem = checker(item)
                    if problem:
                        return f"{key}: {problem}" if problem[0] != "." else f"{key}{problem}"
            return None

        return check_object
    if kind == "array":
        item_check = _compile(node["items"]) if "items" in node else None

        def check_array(value: Any) -> str | None:
            if not isinstance(value, list):
                return "ist keine Liste"
            if len(value) > MAX_LIST_ITEMS:
                return f"hat unsinnig viele Einträge ({len(value)})"
            if item_check is not None:
                for i, item in enumerate(value):
                    problem = item_check(item)
                    if problem:
                        return f"[{i}].{problem}" if problem[0] != "[" else f"[{i}]{problem}"
            return None

        return check_array
    if kind == "string":
        is_uri = node.get("format") == "uri"

        def check_string(value: Any) -> str | None:
            if not isinstance(value, str):
                return "ist kein Text"
            if len(value) > MAX_STRING_CHARS:
                return f"ist unsinnig lang ({len(value)} Zeichen)"
            if enum is not None and value not in enum:
                return f"unbekannter Wert „{value[:40]}“"
            if is_uri and _bad_url(value):
                return f"ungültiger Link „{value[:60]}“"
            return None

        return check_string
    if kind in ("number", "integer"):
        def check_number(value: Any) -> str | None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return "ist keine Zahl"
            if kind == "integer" and not float(value).is_integer():
                return "ist keine ganze Zahl"
            return None

        return check_number
    if kind == "boolean":
        return lambda value: None if isinstance(value, bool) else "ist kein Wahrheitswert"
    if kind is None and enum is None:
        return lambda value: None
    raise _IncompleteSchemaError(f"type {kind!r}")


@dataclass(frozen=True)
class ServiceSchema:
    """The HSDS 3.0 service schema: a compiled checker and the reference validator."""

    check: Check | None
    reference: Draft202012Validator

    def problem(self, service: Any) -> str | None:
        """The first problem of one service, or None."""
        if self.check is not None:
            return self.check(service)
        error = next(iter(self.reference.iter_errors(_without_nulls(service))), None)
        if error is None:
            return None
        where = ".".join(str(p) for p in error.absolute_path)
        return f"{where}: {error.message[:120]}" if where else error.message[:120]


@lru_cache(maxsize=4)
def load_schema(path: Path) -> ServiceSchema:
    """Read the vendored compiled HSDS service schema and compile it."""
    from jsonschema import Draft202012Validator, validators  # only when a sync runs

    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = validators.validator_for(schema, default=Draft202012Validator)
    reference = cls(schema)
    try:
        check: Check | None = _compile(schema)
    except _IncompleteSchemaError:
        check = None  # fall back to the (slower) reference validator for every record
    return ServiceSchema(check, reference)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _label(service: Any, number: int) -> str:
    if isinstance(service, Mapping):
        name = service.get("name")
        if isinstance(name, str) and name.strip():
            return f"„{name.strip()[:80]}“"
        if isinstance(service.get("id"), str):
            return f"mit der Kennung {service['id'][:60]}"
    return f"Nr. {number}"


def _walk_references(service: Mapping[str, Any], locations: set[str], terms: set[str],
                     location_refs: list[str], term_refs: list[str]) -> None:
    org = service.get("organization")
    if isinstance(org, Mapping):
        for loc in org.get("locations") or ():
            if isinstance(loc, Mapping) and isinstance(loc.get("id"), str):
                locations.add(loc["id"])
    for sal in service.get("service_at_locations") or ():
        if not isinstance(sal, Mapping):
            continue
        loc = sal.get("location")
        if isinstance(loc, Mapping) and isinstance(loc.get("id"), str):
            locations.add(loc["id"])
        elif isinstance(sal.get("location_id"), str):
            location_refs.append(sal["location_id"])
    for attr in service.get("attributes") or ():
        if not isinstance(attr, Mapping):
            continue
        term = attr.get("taxonomy_term")
        if isinstance(term, Mapping) and isinstance(term.get("id"), str):
            terms.add(term["id"])
        elif isinstance(attr.get("taxonomy_term_id"), str):
            term_refs.append(attr["taxonomy_term_id"])


class FeedCheck:
    """Checks a feed record by record (as it is parsed), then as a whole.

    `validate_services` runs it over a list; the sync runs it over a stream of parsed
    records and hands each accepted one on at once, so the feed is never held whole.
    """

    def __init__(self, schema: ServiceSchema) -> None:
        self.schema = schema
        self.result = ValidationResult(method="kompiliertes Schema" if schema.check
                                       else "jsonschema")
        self._seen: dict[str, str] = {}
        self._locations: set[str] = set()
        self._terms: set[str] = set()
        self._location_refs: list[str] = []
        self._term_refs: list[str] = []

    def accept(self, service: Any, number: int) -> bool:
        """Check record `number` (from 1): whether it is taken (else a warning or error)."""
        result = self.result
        problem = self.schema.problem(service)
        if problem:
            result.warnings.append(f"Angebot {_label(service, number)} übersprungen: {problem}")
            result.skipped += 1
            return False
        service_id = service["id"]
        if service_id in self._seen:
            result.errors.append(f"Die Kennung {service_id} kommt doppelt vor "
                                 f"({self._seen[service_id]} und {_label(service, number)}).")
            return False
        self._seen[service_id] = _label(service, number)
        _walk_references(service, self._locations, self._terms, self._location_refs,
                         self._term_refs)
        return True

    def refuse(self, service: Any, number: int, message: str) -> None:
        """Skip an accepted record after all (the reference validator found `message`)."""
        self.result.warnings.append(f"Angebot {_label(service, number)} übersprungen: "
                                    f"{message[:120]}")
        self.result.skipped += 1

    def finish(self, total: int, accepted: int) -> ValidationResult:
        """The feed-level checks once all `total` records are seen, `accepted` of them kept."""
        result = self.result
        missing_locations = sorted({r for r in self._location_refs if r not in self._locations})
        missing_terms = sorted({r for r in self._term_refs if r not in self._terms})
        if missing_locations:
            result.errors.append("Verweise auf Standorte, die im Datensatz fehlen: "
                                 + ", ".join(missing_locations[:5]))
        if missing_terms:
            result.errors.append("Verweise auf Begriffe, die im Datensatz fehlen: "
                                 + ", ".join(missing_terms[:5]))
        if total == 0 or not accepted:
            result.errors.append("Der Datensatz enthält kein gültiges Angebot.")
        elif result.skipped > total * MAX_SKIPPED_SHARE:
            result.errors.append(f"{result.skipped} von {total} Angeboten sind fehlerhaft; "
                                 "der Datensatz wird als Ganzes abgelehnt.")
        return result


def too_many(total: int) -> str:
    """The error for a feed with more than MAX_SERVICES records."""
    return f"Der Datensatz hat {total} Angebote; höchstens {MAX_SERVICES} sind erlaubt."


def reference_problem(schema: ServiceSchema, service: Any) -> str | None:
    """What the reference jsonschema validator finds in one record (None: nothing)."""
    error = next(iter(schema.reference.iter_errors(_without_nulls(service))), None)
    return None if error is None else error.message


def validate_services(services: Sequence[Any], schema: ServiceSchema, *,
                      progress: Progress | None = None,
                      cancel: threading.Event | None = None,
                      sample_seed: int = 0) -> ValidationResult:
    """Check raw services: schema per record, then the feed as a whole.

    A record that fails the schema (wrong types, unknown status, bad link, absurd length)
    is skipped with a warning naming it. Duplicate offer ids, references to records the
    feed never defines, an empty feed, or mostly broken records reject the whole feed.
    """
    check = FeedCheck(schema)
    result = check.result
    total = len(services)
    if total > MAX_SERVICES:
        result.errors.append(too_many(total))
        return result
    for number, service in enumerate(services, 1):
        if number % 1000 == 0:
            if cancel is not None and cancel.is_set():
                result.errors.append("Abgebrochen.")
                return result
            if progress is not None:
                progress(number, total)
        if check.accept(service, number):
            result.services.append(service)
    if schema.check is not None and result.services:
        _cross_check(result, schema, sample_seed)
    check.finish(total, len(result.services))
    if progress is not None:
        progress(total, total)
    return result


def _cross_check(result: ValidationResult, schema: ServiceSchema, seed: int) -> None:
    """Check a sample with the reference validator too (guards the compiled checker)."""
    rng = random.Random(seed)
    count = min(SAMPLE_SIZE, len(result.services))
    picked = set(rng.sample(range(len(result.services)), count))
    kept: list[Mapping[str, Any]] = []
    for index, service in enumerate(result.services):
        if index in picked:
            error = next(iter(schema.reference.iter_errors(_without_nulls(service))), None)
            if error is not None:
                result.warnings.append(f"Angebot {_label(service, index + 1)} übersprungen: "
                                       f"{error.message[:120]}")
                result.skipped += 1
                continue
        kept.append(service)
    result.services = kept
