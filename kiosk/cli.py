"""The `kiosk` command: runs the kiosk, and the staff/automation subcommands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_FAIL = 1


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", help="Konfigurationsdatei (TOML); sonst $KIOSK_CONFIG")
    common.add_argument("--data-dir", help="Datenordner; sonst $KIOSK_DATA_DIR")
    parser = argparse.ArgumentParser(
        prog="kiosk", parents=[common],
        description="Sozial-Info Kiosk: der Digitale Sozialatlas am Touchscreen.")
    parser.add_argument("--windowed", action="store_true",
                        help="in einem normalen Fenster statt im Vollbild (Entwicklung)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("selftest", parents=[common],
                   help="Fenster unsichtbar aufbauen, Datenbank prüfen, eine Zeile ausgeben")
    pin = sub.add_parser("set-pin", parents=[common], help="die Team-PIN festlegen")
    pin.add_argument("--stdin", action="store_true",
                     help="PIN aus der Standardeingabe lesen (für Skripte)")
    shot = sub.add_parser("screenshot", parents=[common],
                          help="jeden Bildschirm mit 1920x1080 als PNG speichern")
    shot.add_argument("--out", required=True, help="Zielordner")
    from kiosk.slip_cli import add_commands

    add_commands(sub, common)  # qr, print
    find = sub.add_parser(
        "search", parents=[common],
        help="die zehn besten Treffer der Suche ausgeben (id, Name, Organisation)")
    find.add_argument("text", help="der Suchtext, wie am Bildschirm getippt")
    find.add_argument("--limit", type=int, default=10, help="wie viele Treffer (Standard 10)")
    hours = sub.add_parser("hours", parents=[common],
                           help="ob die Sozial-Info besetzt ist, wer da ist, was kommt")
    hours.add_argument("--at", metavar="ISO-DATETIME",
                       help="Zeitpunkt, z. B. 2026-11-12T14:30 (ohne Zone: Ortszeit); sonst jetzt")
    sync = sub.add_parser(
        "sync", parents=[common],
        help="den Sozialatlas von der Quelle laden (Exit 0 aktualisiert oder unverändert, "
             "1 abgelehnt, 2 nicht erreichbar, 3 wartet auf Bestätigung)")
    sync.add_argument("--source", metavar="URL|PFAD",
                      help="diese Quelle statt [sync] source aus der Konfiguration")
    sync.add_argument("--dry-run", action="store_true",
                      help="nur laden und prüfen, nichts ändern")
    sync.add_argument("--yes", action="store_true",
                      help="auch übernehmen, wenn viele Angebote wegfallen")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    if args.command is None:
        from kiosk import app

        return app.main(args.config, args.data_dir, args.windowed)
    handlers = {"selftest": _selftest, "set-pin": _set_pin, "screenshot": _screenshot,
                "hours": _hours, "sync": _sync, "search": _search}
    if args.command in ("qr", "print"):
        from kiosk import slip_cli

        return slip_cli.run_qr(args) if args.command == "qr" else slip_cli.run_print(args)
    return handlers[args.command](args)


def _offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _selftest(args: argparse.Namespace) -> int:
    """Build the window offscreen and check the data; one line, exit 0 when all is well."""
    _offscreen()
    from kiosk.app import create_window
    from kiosk.data import queries
    from kiosk.ui.tasks import InlineRunner

    try:
        window = create_window(args.config, args.data_dir, runner=InlineRunner())
        check = window.ctx.store.verify()
        if not check.ok:
            print("Selbsttest fehlgeschlagen / self-test failed: Datenbank: "
                  + "; ".join(check.problems), file=sys.stderr)
            return EXIT_FAIL
        status = queries.feed_status(window.ctx.store.sessions)
        categories = queries.top_terms(window.ctx.store.sessions,
                                       window.ctx.settings.roles.categories)
        window.show()
        image = window.grab()
    except Exception as exc:  # a self-test reports, it does not crash
        print(f"Selbsttest fehlgeschlagen / self-test failed: {exc}", file=sys.stderr)
        return EXIT_FAIL
    if image.isNull() or not categories or status.active_offers == 0:
        print("Selbsttest fehlgeschlagen / self-test failed: Startseite leer (keine Angebote "
              "oder Kategorien)", file=sys.stderr)
        return EXIT_FAIL
    kind = "Demo" if status.is_demo else "echte Daten"
    print(f"OK: {status.active_offers} Angebote, {len(categories)} Kategorien, "
          f"Quelle: {status.source}, geladen: {status.loaded_at}, {kind}")
    window.ctx.store.close()
    return EXIT_OK


def _set_pin(args: argparse.Namespace) -> int:
    """Ask for a new staff PIN and store only its scrypt hash in the config file."""
    from kiosk.config import resolve_config_path, resolve_data_dir, write_pin_hash
    from kiosk.staff_auth import hash_pin

    data_dir = resolve_data_dir(args.data_dir)
    target = resolve_config_path(args.config, data_dir) or data_dir / "config.toml"
    if args.stdin or not sys.stdin.isatty():
        lines = sys.stdin.read().split()
        first = lines[0] if lines else ""
        second = lines[1] if len(lines) > 1 else first
    else:
        first = getpass.getpass("Neue PIN (nur Ziffern, mindestens 4): ")
        second = getpass.getpass("PIN wiederholen: ")
    if first != second:
        print("Die beiden PINs stimmen nicht überein. Nichts geändert.", file=sys.stderr)
        return EXIT_FAIL
    try:
        pin_hash = hash_pin(first)
    except ValueError as exc:
        print(f"{exc} Nichts geändert.", file=sys.stderr)
        return EXIT_FAIL
    target.parent.mkdir(parents=True, exist_ok=True)
    write_pin_hash(target, pin_hash)
    print(f"PIN gespeichert (nur als Hash) in {target}.")
    return EXIT_OK


def _screenshot(args: argparse.Namespace) -> int:
    """Render every screen at 1920x1080 from the demo atlas into PNG files."""
    _offscreen()
    from kiosk.ui.screenshots import render_all

    out = Path(args.out)
    written = render_all(out, config=args.config, data_dir=args.data_dir)
    for path in written:
        print(path)
    return EXIT_OK


def _hours(args: argparse.Namespace) -> int:
    """Print, in German, whether the Sozial-Info is staffed, by whom, and what comes next."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from kiosk.closures import CLOSURES_FILE, RuntimeClosures
    from kiosk.config import load_settings, resolve_config_path, resolve_data_dir
    from kiosk.hours import run_hours_command

    data_dir = resolve_data_dir(args.data_dir)
    settings, problems = load_settings(resolve_config_path(args.config, data_dir))
    for problem in problems:
        print(problem, file=sys.stderr)
    cfg = settings.hours
    zone = ZoneInfo(cfg.timezone)
    at: datetime | None = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at.strip())
        except ValueError:
            print(f"Ungültige Zeitangabe für --at: {args.at!r}. "
                  "Beispiel: 2026-11-12T14:30 oder 2026-11-12T14:30+01:00", file=sys.stderr)
            return 2  # usage error, like argparse's own
        at = at.replace(tzinfo=zone) if at.tzinfo is None else at
    today = (at or datetime.now(zone)).astimezone(zone).date()
    # Runtime closures are only read here; a closures file of a past day stays untouched.
    closures = RuntimeClosures(data_dir / CLOSURES_FILE, read_only=True).active(today)
    print(run_hours_command(cfg, at, closures))
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    """Fetch, check and install the atlas without Qt; prints the report in German."""
    import logging

    from kiosk.config import assets_dir, load_settings, resolve_config_path, resolve_data_dir
    from kiosk.data.store import AtlasError, AtlasStore
    from kiosk.data.sync import run_sync

    logging.basicConfig(level=logging.WARNING, format="kiosk sync: %(message)s")
    data_dir = resolve_data_dir(args.data_dir)
    settings, problems = load_settings(resolve_config_path(args.config, data_dir))
    for problem in problems:
        print(problem, file=sys.stderr)
    source = args.source if args.source is not None else settings.sync.source
    if not source.strip():
        print("Keine Quelle: bitte --source angeben oder [sync] source einstellen.",
              file=sys.stderr)
        return 2
    store = AtlasStore(data_dir, assets_dir() / "demo_atlas.json")
    try:
        store.open()
    except AtlasError as exc:
        print(f"Der bisherige Sozialatlas ist nicht lesbar: {exc}", file=sys.stderr)
    try:
        report = run_sync(store, settings.sync, assets_dir() / "hsds" / "service.json",
                          source=source, dry_run=args.dry_run, yes=args.yes)
    finally:
        store.close()
    stream = sys.stdout if report.exit_code == 0 else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    return report.exit_code


def _search(args: argparse.Namespace) -> int:
    """Print the best offers for a search text, one per line: id, name, organisation (TSV)."""
    from kiosk.config import assets_dir, load_settings, resolve_config_path, resolve_data_dir
    from kiosk.data import search
    from kiosk.data.store import AtlasError, AtlasStore

    data_dir = resolve_data_dir(args.data_dir)
    config_path = resolve_config_path(args.config, data_dir)
    settings, problems = load_settings(config_path)
    for problem in problems:
        print(problem, file=sys.stderr)
    synonyms = search.load_synonyms(search.synonym_files(
        assets_dir(), settings.raw, config_path.parent if config_path else None))
    store = AtlasStore(data_dir, assets_dir() / "demo_atlas.json")
    try:
        store.open()
        result = search.search(store.sessions, args.text, synonyms, max(1, args.limit))
    except AtlasError as exc:
        print(f"Der Sozialatlas ist nicht lesbar: {exc}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        store.close()
    for row in result.rows:
        print(f"{row.id}\t{row.name}\t{row.organization}")
    if not result.rows:
        hint = ", ".join(result.suggestions)
        print("Nichts gefunden." + (f" Vorschläge: {hint}" if hint else ""), file=sys.stderr)
    return EXIT_OK
