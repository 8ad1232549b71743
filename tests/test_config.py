"""Settings: defaults, a site's file, and garbage that falls back instead of crashing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import config


def test_defaults_are_leibnitz() -> None:
    settings, problems = config.load_settings(None)
    assert problems == []
    assert settings.site.address == "Grazergasse 2, 8430 Leibnitz"
    assert settings.idle.warn_after_s == 90 and settings.idle.countdown_s == 30
    assert settings.ui.language == "de"


def test_site_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text("[idle]\nwarn_after_s = 45\n", encoding="utf-8")
    settings, problems = config.load_settings(path)
    assert problems == []
    assert settings.idle.warn_after_s == 45 and settings.idle.countdown_s == 30


@pytest.mark.parametrize("text", ["[idle\nwarn_after_s = ", "\x00\x01garbage", "a = = b"])
def test_unreadable_file_gives_defaults_and_a_german_message(tmp_path: Path, text: str) -> None:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    settings, problems = config.load_settings(path)
    assert settings.idle.warn_after_s == 90
    assert len(problems) == 1 and "nicht lesbar" in problems[0]


def test_missing_file_is_reported(tmp_path: Path) -> None:
    settings, problems = config.load_settings(tmp_path / "nope.toml")
    assert "fehlt" in problems[0] and settings.site.name


@pytest.mark.parametrize(("toml", "key"), [
    ('[idle]\nwarn_after_s = "bald"\n', "warn_after_s"),
    ("[idle]\nwarn_after_s = 1\n", "warn_after_s"),
    ("[idle]\ncountdown_s = true\n", "countdown_s"),
    ("[staff]\npin_hash = 5\n", "pin_hash"),
    ('[ui]\nlanguages = "de"\n', "languages"),
    ('idle = "x"\n', None),
])
def test_bad_values_fall_back_one_by_one(tmp_path: Path, toml: str, key: str | None) -> None:
    path = tmp_path / "site.toml"
    path.write_text(toml, encoding="utf-8")
    settings, problems = config.load_settings(path)
    defaults, _ = config.load_settings(None)
    assert settings.idle == defaults.idle and settings.staff == defaults.staff
    if key:
        assert any(key in p for p in problems)


def test_data_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "env"))
    assert config.resolve_data_dir(None) == tmp_path / "env"
    assert config.resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    monkeypatch.delenv("KIOSK_DATA_DIR")
    assert "sozial-info-kiosk" in str(config.resolve_data_dir(None))


def test_write_pin_hash_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text("# Leibnitz\n[staff]\nidle_timeout_s = 200\npin_hash = \"old\"\n\n[idle]\n"
                    "warn_after_s = 60\n", encoding="utf-8")
    config.write_pin_hash(path, "scrypt$new")
    text = path.read_text(encoding="utf-8")
    assert text.count("pin_hash") == 1 and 'pin_hash = "scrypt$new"' in text
    assert "# Leibnitz" in text and "warn_after_s = 60" in text
    settings, problems = config.load_settings(path)
    assert settings.staff.pin_hash == "scrypt$new" and settings.staff.idle_timeout_s == 200
    assert problems == []


def test_write_pin_hash_into_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    config.write_pin_hash(path, "scrypt$x")
    settings, _ = config.load_settings(path)
    assert settings.staff.pin_hash == "scrypt$x"
