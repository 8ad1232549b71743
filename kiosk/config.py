"""Settings: a frozen object from the default TOML, a site's TOML file and env overrides."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.data.queries import TaxonomyRoles
from kiosk.data.sync import SyncSettings, parse_sync_settings
from kiosk.hours import HoursConfig, default_hours_config, parse_hours_config

ENV_CONFIG = "KIOSK_CONFIG"
ENV_DATA_DIR = "KIOSK_DATA_DIR"
APP_NAME = "sozial-info-kiosk"


def assets_dir() -> Path:
    """The assets folder, in the source tree or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def default_config_path() -> Path:
    """The shipped default config (Leibnitz)."""
    return assets_dir() / "default_config.toml"


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder: --data-dir, else $KIOSK_DATA_DIR, else the user's data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_config_path(cli_value: str | None, data_dir: Path) -> Path | None:
    """The site config: --config, else $KIOSK_CONFIG, else config.toml in the data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG]).expanduser()
    candidate = data_dir / "config.toml"
    return candidate if candidate.is_file() else None


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """Who and where the kiosk is."""

    name: str
    room: str
    address: str
    atlas_url: str
    timezone: str


@dataclass(frozen=True, slots=True)
class IdleSettings:
    """Seconds without a touch before the question, and the countdown before the reset."""

    warn_after_s: int = 90
    countdown_s: int = 30


@dataclass(frozen=True, slots=True)
class StaffSettings:
    """Staff mode: PIN hash and its limits."""

    pin_hash: str = ""
    idle_timeout_s: int = 180
    max_tries_before_lock: int = 5
    lock_minutes: int = 5


@dataclass(frozen=True, slots=True)
class UiSettings:
    """Languages: the first one is what a visitor sees after every reset."""

    language: str = "de"
    languages: tuple[str, ...] = ("de", "en")


@dataclass(frozen=True, slots=True)
class QrSettings:
    """QR codes: hosts staff allow, the atlas page template, the longest URL accepted."""

    allowed_hosts: tuple[str, ...] = ("sozialatlas.leibnitz.at", "leibnitz.at",
                                      "www.leibnitz.at", "example.org", "www.example.org")
    offer_url_template: str = "https://sozialatlas.leibnitz.at/angebot/{id}"
    max_url_length: int = 256


@dataclass(frozen=True, slots=True)
class PrintSettings:
    """The slip printer: its name ("" = none) and the paper ("a4" or "receipt80")."""

    printer: str = ""
    paper: str = "a4"
    timeout_s: int = 20


PAPERS = ("a4", "receipt80")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable, read once at start."""

    site: SiteInfo
    roles: TaxonomyRoles
    ui: UiSettings
    idle: IdleSettings
    staff: StaffSettings
    raw: Mapping[str, Any] = field(repr=False)
    source: Path | None = None
    hours: HoursConfig = field(default_factory=default_hours_config)
    qr: QrSettings = field(default_factory=QrSettings)
    printing: PrintSettings = field(default_factory=PrintSettings)
    sync: SyncSettings = field(default_factory=SyncSettings)


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _get(section: Mapping[str, Any], key: str, kind: type, default: Any, problems: list[str],
         where: str, minimum: int | None = None) -> Any:
    value = section.get(key, default)
    if kind is int and isinstance(value, bool):
        value = None
    if not isinstance(value, kind) or (
            minimum is not None and isinstance(value, int) and value < minimum):
        problems.append(f"Einstellung [{where}] {key} ist ungültig ({value!r}); "
                        f"Standardwert {default!r} wird verwendet.")
        return default
    return value


def _section(raw: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = raw.get(name, {})
    return value if isinstance(value, Mapping) else {}


def _build(raw: Mapping[str, Any], defaults: Mapping[str, Any], problems: list[str],
           source: Path | None) -> Settings:
    def sec(name: str) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
        return _section(raw, name), _section(defaults, name)

    site, d_site = sec("site")
    site_info = SiteInfo(**{
        k: _get(site, k, str, d_site[k], problems, "site")
        for k in ("name", "room", "address", "atlas_url", "timezone")
    })
    tax, d_tax = sec("taxonomy")
    roles = TaxonomyRoles(
        categories=_get(tax, "categories", str, d_tax["categories"], problems, "taxonomy"),
        target_groups=_get(tax, "target_groups", str, d_tax["target_groups"], problems,
                           "taxonomy"),
    )
    ui, d_ui = sec("ui")
    langs = ui.get("languages", d_ui["languages"])
    if not (isinstance(langs, list) and langs and all(isinstance(x, str) for x in langs)):
        problems.append("Einstellung [ui] languages ist ungültig; Deutsch und Englisch.")
        langs = d_ui["languages"]
    ui_settings = UiSettings(_get(ui, "language", str, d_ui["language"], problems, "ui"),
                             tuple(langs))
    idle, d_idle = sec("idle")
    idle_settings = IdleSettings(
        _get(idle, "warn_after_s", int, d_idle["warn_after_s"], problems, "idle", 10),
        _get(idle, "countdown_s", int, d_idle["countdown_s"], problems, "idle", 5),
    )
    staff, d_staff = sec("staff")
    staff_settings = StaffSettings(
        _get(staff, "pin_hash", str, d_staff["pin_hash"], problems, "staff"),
        _get(staff, "idle_timeout_s", int, d_staff["idle_timeout_s"], problems, "staff", 30),
        _get(staff, "max_tries_before_lock", int, d_staff["max_tries_before_lock"], problems,
             "staff", 1),
        _get(staff, "lock_minutes", int, d_staff["lock_minutes"], problems, "staff", 1),
    )
    qr_settings, print_settings = _take_home(raw, problems)
    try:
        hours = parse_hours_config(raw.get("hours", {}), timezone=site_info.timezone)
    except ValueError as exc:
        problems.append(f"{exc} Die Standard-Öffnungszeiten werden verwendet.")
        hours = default_hours_config()
    return Settings(site_info, roles, ui_settings, idle_settings, staff_settings, raw, source,
                    hours=hours, qr=qr_settings, printing=print_settings,
                    sync=parse_sync_settings(_section(raw, "sync"), problems))


def _take_home(raw: Mapping[str, Any], problems: list[str]) -> tuple[QrSettings, PrintSettings]:
    """The [qr] and [print] sections; a bad value falls back to the built-in default."""
    qr, d_qr = _section(raw, "qr"), QrSettings()
    hosts = qr.get("allowed_hosts", list(d_qr.allowed_hosts))
    if not (isinstance(hosts, list) and all(isinstance(h, str) and h.strip() for h in hosts)):
        problems.append("Einstellung [qr] allowed_hosts ist ungültig (eine Liste von "
                        "Hostnamen erwartet); die Standardliste wird verwendet.")
        hosts = list(d_qr.allowed_hosts)
    qr_settings = QrSettings(
        tuple(h.strip().lower() for h in hosts),
        _get(qr, "offer_url_template", str, d_qr.offer_url_template, problems, "qr"),
        _get(qr, "max_url_length", int, d_qr.max_url_length, problems, "qr", 40),
    )
    pr, d_pr = _section(raw, "print"), PrintSettings()
    paper = _get(pr, "paper", str, d_pr.paper, problems, "print")
    if paper not in PAPERS:
        problems.append(f"Einstellung [print] paper ist ungültig ({paper!r}); erlaubt sind "
                        f"\"a4\" und \"receipt80\". \"a4\" wird verwendet.")
        paper = d_pr.paper
    print_settings = PrintSettings(
        _get(pr, "printer", str, d_pr.printer, problems, "print").strip(), paper,
        _get(pr, "timeout_s", int, d_pr.timeout_s, problems, "print", 3),
    )
    return qr_settings, print_settings


def load_settings(path: Path | None) -> tuple[Settings, list[str]]:
    """Read the settings; a broken file or value falls back to the defaults.

    Returns:
        The settings and a list of plain-German problems for the log and the staff screen.
    """
    defaults = _read_toml(default_config_path())
    problems: list[str] = []
    raw: dict[str, Any] = defaults
    if path is not None:
        try:
            raw = _merge(defaults, _read_toml(path))
        except FileNotFoundError:
            problems.append(f"Konfigurationsdatei {path} fehlt; Standardwerte werden verwendet.")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"Konfigurationsdatei {path} ist nicht lesbar ({exc}); "
                            "Standardwerte werden verwendet.")
    return _build(raw, defaults, problems, path), problems


_PIN_LINE = re.compile(r'^\s*pin_hash\s*=.*$', re.MULTILINE)
_STAFF_HEADER = re.compile(r'^\s*\[staff\]\s*$', re.MULTILINE)


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Store a PIN hash in a config file, keeping the rest of the file as it is."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    line = f'pin_hash = "{pin_hash}"'
    staff = _STAFF_HEADER.search(text)
    if staff:
        rest = text[staff.end():]
        next_section = re.search(r'^\s*\[', rest, re.MULTILINE)
        body = rest[: next_section.start()] if next_section else rest
        has_pin = _PIN_LINE.search(body)
        body = _PIN_LINE.sub(line, body, count=1) if has_pin else "\n" + line + body
        text = text[: staff.end()] + body + (rest[next_section.start():] if next_section else "")
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + "[staff]\n" + line + "\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
