"""Staff PIN: scrypt hashes, growing waits after wrong tries, a lock that survives restarts."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# scrypt cost: about 50 ms on a small kiosk PC; slow enough to make guessing a 6-digit PIN
# from a stolen config take days, fast enough for a tap.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PIN_DIGITS = 4


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The stored form of a PIN: `scrypt$N$r$p$salt$hash` (base64)."""
    if not (pin.isdigit() and len(pin) >= MIN_PIN_DIGITS):
        raise ValueError(f"Die PIN muss aus mindestens {MIN_PIN_DIGITS} Ziffern bestehen.")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether a PIN matches a stored hash (constant-time compare; False for garbage)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True, slots=True)
class PinVerdict:
    """The answer to one PIN try."""

    accepted: bool
    wait_s: float  # seconds before the next try is possible (0: now)
    locked: bool
    message: str  # plain German, for the PIN pad


class PinGuard:
    """Checks PIN tries; wrong tries are counted in a small state file in the data folder."""

    def __init__(self, stored_hash: str, state_file: Path, *, max_tries: int = 5,
                 lock_minutes: int = 5, clock: Callable[[], float] = time.time) -> None:
        self.stored_hash = stored_hash
        self.state_file = state_file
        self.max_tries = max_tries
        self.lock_s = lock_minutes * 60
        self.clock = clock

    @property
    def configured(self) -> bool:
        """Whether a PIN was set at all (no PIN: staff mode stays closed)."""
        return bool(self.stored_hash)

    def _load(self) -> tuple[int, float]:
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
            return int(state.get("failures", 0)), float(state.get("blocked_until", 0.0))
        except (OSError, ValueError, TypeError, AttributeError):
            return 0, 0.0

    def _save(self, failures: int, blocked_until: float) -> None:
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        try:
            tmp.write_text(json.dumps({"failures": failures, "blocked_until": blocked_until}),
                           encoding="utf-8")
            os.replace(tmp, self.state_file)
        except OSError:
            log.exception("cannot store the PIN try counter")

    def wait_remaining(self) -> float:
        """Seconds until a PIN may be tried again."""
        _, blocked_until = self._load()
        return max(0.0, blocked_until - self.clock())

    def attempt(self, pin: str) -> PinVerdict:
        """Try a PIN. Each wrong try doubles the wait (1, 2, 4 … s); too many lock for minutes."""
        if not self.configured:
            return PinVerdict(False, 0, False, "Es ist keine PIN eingerichtet (kiosk set-pin).")
        failures, blocked_until = self._load()
        now = self.clock()
        if now < blocked_until:
            wait = blocked_until - now
            return PinVerdict(False, wait, failures >= self.max_tries,
                              f"Bitte warten Sie noch {int(wait) + 1} Sekunden.")
        if failures >= self.max_tries:
            failures = 0  # the lock has run out: the count starts again
        if verify_pin(pin, self.stored_hash):
            self._save(0, 0.0)
            return PinVerdict(True, 0, False, "")
        failures += 1
        if failures >= self.max_tries:
            wait = float(self.lock_s)
            self._save(failures, now + wait)
            log.warning("staff PIN locked after %d wrong tries", failures)
            return PinVerdict(False, wait, True,
                              f"Zu viele falsche Versuche. Gesperrt für {self.lock_s // 60} "
                              "Minuten.")
        wait = float(2 ** (failures - 1))
        self._save(failures, now + wait)
        return PinVerdict(False, wait, False, "Falsche PIN. Bitte noch einmal versuchen.")
