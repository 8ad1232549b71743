"""Closures set by staff at runtime ("Heute geschlossen"), kept in a small JSON file."""

# The file lives in the data folder, so a closure survives a restart of the kiosk. It holds
# only date ranges and a reason, nothing about visitors. Past closures are dropped whenever
# the file is read. A broken file is logged and treated as empty: a typo must not stop the
# kiosk, and staff can simply set the closure again.

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kiosk.hours import Closure

log = logging.getLogger(__name__)

CLOSURES_FILE = "closures.json"
_VERSION = 1


@dataclass
class RuntimeClosures:
    """The staff's runtime closures, read from and written to one JSON file.

    Attributes:
        path: The JSON file (None: kept in memory only, for tools and tests).
        read_only: Never write the file (``kiosk hours --at`` looks at other days).
    """

    path: Path | None
    read_only: bool = False
    _items: list[Closure] = field(default_factory=list, repr=False)
    _loaded: bool = field(default=False, repr=False)

    def active(self, today: date) -> tuple[Closure, ...]:
        """The closures that end today or later (past ones are removed from the file).

        Args:
            today: The site's local date.

        Returns:
            The closures, sorted by first day.
        """
        self._load()
        current = [c for c in self._items if c.last >= today]
        if len(current) != len(self._items) and not self.read_only:
            self._items = current
            self._save()
        return tuple(sorted(current, key=lambda c: (c.first, c.last)))

    def add(self, first: date, last: date, reason: str, today: date) -> tuple[Closure, ...]:
        """Store a new closure from ``first`` to ``last`` (inclusive).

        Args:
            first: First closed day.
            last: Last closed day (not before ``first``).
            reason: Shown to visitors; "" for none.
            today: The site's local date (to drop past closures).

        Returns:
            The active closures afterwards.

        Raises:
            ValueError: When ``last`` is before ``first``.
        """
        if last < first:
            raise ValueError("Der letzte Tag liegt vor dem ersten.")
        self._load()
        self._items.append(Closure(first, last, reason.strip()))
        self._save()
        return self.active(today)

    def reopen(self, today: date) -> tuple[Closure, ...]:
        """Lift every runtime closure that covers today or a later day.

        Args:
            today: The site's local date.

        Returns:
            The active closures afterwards (none).
        """
        self._load()
        self._items = []
        self._save()
        return self.active(today)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self._items = []
        if self.path is None or not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            items = data["closures"] if isinstance(data, dict) else []
            for item in items:
                first = date.fromisoformat(item["first"])
                last = date.fromisoformat(item["last"])
                reason = str(item.get("reason", ""))
                if last >= first:
                    self._items.append(Closure(first, last, reason))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("closures file %s unreadable (%s); no runtime closures", self.path, exc)
            self._items = []

    def _save(self) -> None:
        if self.path is None or self.read_only:
            return
        payload = {
            "version": _VERSION,
            "closures": [
                {"first": c.first.isoformat(), "last": c.last.isoformat(), "reason": c.reason}
                for c in self._items
            ],
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
