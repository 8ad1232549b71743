"""The staff commands: selftest and set-pin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import config
from kiosk.cli import main
from kiosk.staff_auth import verify_pin


def run_kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], input=stdin, text=True,
                          capture_output=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_selftest_passes_on_a_fresh_data_folder(data_dir: Path) -> None:
    result = run_kiosk("selftest", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("OK:") and "Angebote" in line and "Demo" in line
    assert len(line.splitlines()) == 1


def test_selftest_survives_a_corrupt_database(data_dir: Path) -> None:
    (data_dir / "atlas.sqlite").write_bytes(b"garbage" * 1000)
    result = run_kiosk("selftest", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "beschädigt" in result.stderr  # staff are told on stderr (and in the log)
    assert "beschädigt" in (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_selftest_with_garbage_config_falls_back(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe[[[")
    result = run_kiosk("selftest", "--data-dir", str(data_dir), "--config", str(bad))
    assert result.returncode == 0, result.stderr
    assert "nicht lesbar" in result.stderr


def test_set_pin_stores_only_a_hash(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("135790\n135790\n"))
    assert main(["set-pin", "--data-dir", str(data_dir), "--stdin"]) == 0
    text = (data_dir / "config.toml").read_text(encoding="utf-8")
    assert "135790" not in text
    settings, _ = config.load_settings(data_dir / "config.toml")
    assert verify_pin("135790", settings.staff.pin_hash)


@pytest.mark.parametrize("entry", ["1234\n4321\n", "12\n12\n", "abcd\nabcd\n"])
def test_set_pin_refuses_mismatch_and_weak(data_dir: Path, entry: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(entry))
    assert main(["set-pin", "--data-dir", str(data_dir), "--stdin"]) == 1
    assert not (data_dir / "config.toml").exists()


def test_print_refuses_an_offer_whose_link_fails_the_policy(data_dir: Path, tmp_path: Path,
                                                           demo_sessions: object) -> None:
    from kiosk.data import queries

    # Given a config that allows no host of the demo offers' own links
    config_file = tmp_path / "c.toml"
    config_file.write_text('[qr]\noffer_url_template = ""\nallowed_hosts = ["leibnitz.at"]\n',
                           encoding="utf-8")
    row = next(r for r in queries.offers(demo_sessions)  # type: ignore[arg-type]
               if r.name.startswith("Beispiel-"))
    pdf = tmp_path / "out.pdf"
    # When staff print it, Then a clear message, a non-zero exit, and nothing written
    result = run_kiosk("print", row.id, "--pdf", str(pdf), "--data-dir", str(data_dir),
                       "--config", str(config_file))
    assert result.returncode == 1 and "abgelehnt" in result.stderr
    assert not pdf.exists()


def test_print_unknown_offer_fails_clearly(data_dir: Path, tmp_path: Path) -> None:
    result = run_kiosk("print", "no-such-id", "--pdf", str(tmp_path / "x.pdf"),
                       "--data-dir", str(data_dir))
    assert result.returncode == 1 and "Unbekanntes Angebot" in result.stderr
