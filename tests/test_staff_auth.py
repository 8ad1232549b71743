"""Staff PIN: slow hashes, growing waits, a lock that survives a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.staff_auth import PinGuard, hash_pin, verify_pin


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_pin("4711"), hash_pin("4711")
    assert first.startswith("scrypt$") and first != second
    assert verify_pin("4711", first) and not verify_pin("4712", first)


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$1$2", "md5$a$b$c$d$e", "scrypt$x$8$1$$"])
def test_garbage_hash_never_verifies(stored: str) -> None:
    assert not verify_pin("4711", stored)


@pytest.mark.parametrize("pin", ["", "12", "abcd", "12 34"])
def test_weak_or_odd_pins_are_refused(pin: str) -> None:
    with pytest.raises(ValueError, match="Ziffern"):
        hash_pin(pin)


def guard(tmp_path: Path, clock: FakeClock) -> PinGuard:
    return PinGuard(hash_pin("4711"), tmp_path / "state.json", max_tries=3, lock_minutes=5,
                    clock=clock)


def test_wrong_tries_wait_longer_each_time_then_lock(tmp_path: Path) -> None:
    clock = FakeClock()
    g = guard(tmp_path, clock)
    # Given two wrong tries, the waits grow: 1 s, then 2 s
    assert g.attempt("0000").wait_s == 1
    assert not g.attempt("4711").accepted  # too soon: even the right PIN waits
    clock.now += 1
    assert g.attempt("0000").wait_s == 2
    clock.now += 2
    # When a third wrong try comes, Then the pad locks for the configured minutes
    verdict = g.attempt("0000")
    assert verdict.locked and verdict.wait_s == 300
    # And a restart (a new guard on the same state file) does not lift the lock
    clock.now += 60
    again = guard(tmp_path, clock)
    assert not again.attempt("4711").accepted and again.wait_remaining() == pytest.approx(240)
    # After the lock, the right PIN opens and the count starts over
    clock.now += 241
    assert again.attempt("4711").accepted
    assert again.attempt("0000").wait_s == 1


def test_corrupt_state_file_is_treated_as_fresh(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{broken", encoding="utf-8")
    assert guard(tmp_path, FakeClock()).attempt("4711").accepted


def test_no_pin_configured_never_opens(tmp_path: Path) -> None:
    g = PinGuard("", tmp_path / "s.json")
    assert not g.configured and not g.attempt("").accepted
