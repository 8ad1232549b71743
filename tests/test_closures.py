"""Runtime closures ("Heute geschlossen") in their JSON file, and `kiosk hours --at`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.closures import CLOSURES_FILE, RuntimeClosures
from kiosk.hours import Closure


def test_a_closure_survives_a_restart(tmp_path: Path) -> None:
    # Given staff closed today and tomorrow for a training
    path = tmp_path / CLOSURES_FILE
    RuntimeClosures(path).add(date(2026, 11, 12), date(2026, 11, 13), "Fortbildung",
                              date(2026, 11, 12))
    # When the kiosk starts again (a new object reads the file)
    active = RuntimeClosures(path).active(date(2026, 11, 12))
    # Then the closure is still there, with its reason
    assert active == (Closure(date(2026, 11, 12), date(2026, 11, 13), "Fortbildung"),)


def test_past_closures_are_removed_from_the_file(tmp_path: Path) -> None:
    # Given a closure of last week and one of next week
    path = tmp_path / CLOSURES_FILE
    store = RuntimeClosures(path)
    store.add(date(2026, 11, 2), date(2026, 11, 3), "Krankheit", date(2026, 11, 2))
    store.add(date(2026, 11, 16), date(2026, 11, 16), "", date(2026, 11, 2))
    # When they are read on 12 November
    active = RuntimeClosures(path).active(date(2026, 11, 12))
    # Then only next week's closure is left, in the file too
    assert [c.first for c in active] == [date(2026, 11, 16)]
    stored = json.loads(path.read_text(encoding="utf-8"))["closures"]
    assert stored == [{"first": "2026-11-16", "last": "2026-11-16", "reason": ""}]


def test_reopen_lifts_every_closure(tmp_path: Path) -> None:
    path = tmp_path / CLOSURES_FILE
    store = RuntimeClosures(path)
    store.add(date(2026, 11, 12), date(2026, 11, 12), "", date(2026, 11, 12))
    assert store.reopen(date(2026, 11, 12)) == ()
    assert RuntimeClosures(path).active(date(2026, 11, 12)) == ()


@pytest.mark.parametrize("content", ["{not json", '{"closures": [{"first": "gestern"}]}', "[]"])
def test_a_broken_file_means_no_closures(tmp_path: Path, content: str) -> None:
    # Given a damaged closures file, When it is read, Then the kiosk goes on without closures
    path = tmp_path / CLOSURES_FILE
    path.write_text(content, encoding="utf-8")
    assert RuntimeClosures(path).active(date(2026, 11, 12)) == ()


def test_read_only_never_writes(tmp_path: Path) -> None:
    # Given a past closure in the file
    path = tmp_path / CLOSURES_FILE
    RuntimeClosures(path).add(date(2026, 11, 2), date(2026, 11, 2), "", date(2026, 11, 2))
    before = path.read_text(encoding="utf-8")
    # When a read-only store looks at a later day, Then the file stays as it was
    assert RuntimeClosures(path, read_only=True).active(date(2026, 11, 12)) == ()
    assert path.read_text(encoding="utf-8") == before


def run_hours(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str,
                                                                                       str]:
    code = cli.main(["hours", "--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("at", "expected"), [
    # 2nd Thursday of November 2026: Thementag Senior*innen, naive time = Vienna time
    ("2026-11-12T14:30", ["jetzt besetzt – bis 16:00", "Senior*innen",
                          "Pflegedrehscheibe Bezirk Leibnitz",
                          "Nächste Besetzung: Freitag, 13.11.2026, 09:00–13:00",
                          "Nächster Thementag: Donnerstag, 19.11.2026"]),
    # the same moment given in UTC
    ("2026-11-12T13:30+00:00", ["jetzt besetzt – bis 16:00", "Senior*innen"]),
    # a Wednesday: nobody there, back on Thursday at 14:00
    ("2026-11-11T10:00", ["derzeit nicht besetzt",
                          "Nächste Besetzung: Donnerstag, 12.11.2026, 14:00–16:00"]),
    # 8 December is a public holiday (Mariä Empfängnis)
    ("2026-12-08T15:00", ["nicht besetzt", "Heute geschlossen: Mariä Empfängnis"]),
])
def test_hours_command(capsys: pytest.CaptureFixture[str], data_dir: Path, at: str,
                       expected: list[str]) -> None:
    code, out, _err = run_hours(capsys, data_dir, "--at", at)
    assert code == 0
    for text in expected:
        assert text in out


def test_hours_command_includes_runtime_closures(capsys: pytest.CaptureFixture[str],
                                                 data_dir: Path) -> None:
    # Given staff closed Thursday 12 November for a training
    RuntimeClosures(data_dir / CLOSURES_FILE).add(date(2026, 11, 12), date(2026, 11, 12),
                                                  "Fortbildung", date(2026, 11, 12))
    # When the command is asked about that afternoon
    code, out, _err = run_hours(capsys, data_dir, "--at", "2026-11-12T14:30")
    # Then nobody is there, the reason is given, and Friday is next
    assert code == 0
    assert "nicht besetzt" in out and "Heute geschlossen: Fortbildung" in out
    assert "Nächste Besetzung: Freitag, 13.11.2026" in out


def test_hours_command_rejects_a_bad_time(capsys: pytest.CaptureFixture[str],
                                          data_dir: Path) -> None:
    code, out, err = run_hours(capsys, data_dir, "--at", "Donnerstag nachmittag")
    assert code == 2 and out == ""
    assert "Ungültige Zeitangabe für --at" in err
