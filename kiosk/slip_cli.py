"""The `kiosk qr` and `kiosk print` commands (staff and tests): QR PNGs and slips."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from kiosk.config import Settings, assets_dir, load_settings, resolve_config_path, resolve_data_dir
from kiosk.data import queries
from kiosk.data.store import AtlasStore

EXIT_OK = 0
EXIT_FAIL = 1

def _say(text: str, file: TextIO | None = None) -> None:
    """One line for staff (stdout, or stderr for problems)."""
    (file or sys.stdout).write(text + "\n")


REASONS_DE = {
    "missing": "das Angebot hat keine Internetadresse",
    "length": "die Adresse ist zu lang",
    "characters": "die Adresse enthält Leerzeichen oder Steuerzeichen",
    "scheme": "nur https-Adressen sind erlaubt",
    "userinfo": "die Adresse enthält einen Teil „name@“",
    "port": "die Adresse nennt einen Port",
    "ip": "die Adresse ist eine IP-Adresse statt eines Namens",
    "lookalike": "der Hostname ist Punycode (xn--) oder enthält Nicht-ASCII-Zeichen",
    "host": "der Host steht nicht auf der Liste [qr] allowed_hosts",
    "malformed": "die Adresse ist nicht lesbar",
}


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    """Register `qr` and `print` on the main parser."""
    qr = sub.add_parser("qr", parents=[common], help="QR-Code eines Angebots als PNG speichern")
    qr.add_argument("offer_id", metavar="OFFER_ID", help="die id des Angebots (HSDS service)")
    qr.add_argument("--out", required=True, metavar="FILE.png", help="Zieldatei (PNG)")
    qr.add_argument("--vcard", action="store_true",
                    help="den Kontakt (vCard) statt des Links kodieren")
    pr = sub.add_parser("print", parents=[common],
                        help="Zettel für Angebote drucken (oder mit --pdf als Datei speichern)")
    pr.add_argument("offer_ids", nargs="*", metavar="OFFER_ID", help="ids der Angebote")
    pr.add_argument("--pdf", metavar="FILE.pdf", help="in diese PDF-Datei statt zum Drucker")
    pr.add_argument("--test", action="store_true", help="die Testseite drucken")


def _open(args: argparse.Namespace) -> tuple[Settings, AtlasStore]:
    data_dir = resolve_data_dir(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    settings, problems = load_settings(resolve_config_path(args.config, data_dir))
    for problem in problems:
        _say(problem, file=sys.stderr)
    store = AtlasStore(data_dir, assets_dir() / "demo_atlas.json")
    store.open()
    return settings, store


def run_qr(args: argparse.Namespace) -> int:
    """Write the link (or contact) QR code of one offer as a PNG."""
    from kiosk.qr import matrix_png, offer_link, policy_for, qr_matrix, vcard_for_offer

    settings, store = _open(args)
    try:
        offer = queries.offer_detail(store.sessions, args.offer_id, settings.roles)
    finally:
        store.close()
    if offer is None:
        _say(f"Unbekanntes Angebot: {args.offer_id!r} (keine aktive Leistung mit dieser id).",
              file=sys.stderr)
        return EXIT_FAIL
    policy = policy_for(settings.qr)
    if args.vcard:
        payload = vcard_for_offer(offer, policy)
    else:
        verdict = offer_link(offer.id, offer.url, settings.qr.offer_url_template, policy)
        if not verdict.ok:
            why = REASONS_DE.get(verdict.reason, verdict.reason)
            _say(f"Kein QR-Code: Adresse abgelehnt ({why}): "
                 f"{offer.url or settings.qr.offer_url_template!r}", file=sys.stderr)
            return EXIT_FAIL
        payload = verdict.url
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(matrix_png(qr_matrix(payload, "M"), scale=10))
    _say(f"{out}: {'vCard' if args.vcard else payload}")
    return EXIT_OK


def run_print(args: argparse.Namespace) -> int:
    """Print a slip for offers (or the test page), or write it to a PDF file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.test and not args.offer_ids:
        _say("Bitte mindestens eine OFFER_ID angeben oder --test.", file=sys.stderr)
        return EXIT_FAIL
    from PySide6.QtWidgets import QApplication

    from kiosk import slip as slips
    from kiosk.qr import offer_link, policy_for
    from kiosk.ui.printing import PrintError, print_slip_now

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 (fonts, printers)
    settings, store = _open(args)
    try:
        if args.test:
            slip = slips.test_slip(settings)
        else:
            offers = []
            for offer_id in args.offer_ids:
                offer = queries.offer_detail(store.sessions, offer_id, settings.roles)
                if offer is None:
                    _say(f"Unbekanntes Angebot: {offer_id!r} (keine aktive Leistung mit "
                          "dieser id).", file=sys.stderr)
                    return EXIT_FAIL
                verdict = offer_link(offer.id, offer.url, settings.qr.offer_url_template,
                                     policy_for(settings.qr))
                if not verdict.ok:
                    # The contract: a refused URL is an error for the command (the kiosk's
                    # own print button still prints, with a sentence instead of the code).
                    _say(f"Link von {offer_id!r} abgelehnt: "
                         f"{REASONS_DE.get(verdict.reason, verdict.reason)}. Nichts gedruckt.",
                         file=sys.stderr)
                    return EXIT_FAIL
                offers.append(offer)
            slip = slips.build_slip(offers, settings)
    finally:
        store.close()
    if args.pdf:
        target = Path(args.pdf)
        target.parent.mkdir(parents=True, exist_ok=True)
        slips.write_pdf(slip, target, settings.printing.paper)
        _say(f"{target}: {len(slip.offers)} Angebot(e), Papier {settings.printing.paper}")
        return EXIT_OK
    try:
        print_slip_now(slip, settings.printing)
    except PrintError as exc:
        messages = {
            "no-printer": "Kein Drucker eingerichtet ([print] printer ist leer).",
            "not-found": f"Drucker {settings.printing.printer!r} nicht gefunden.",
            "not-ready": f"Drucker {settings.printing.printer!r} ist nicht bereit "
                         "(kein Papier, offline oder angehalten); Auftrag abgebrochen.",
            "timeout": "Der Drucker hat den Auftrag nicht rechtzeitig gedruckt; abgebrochen.",
        }
        _say(messages.get(exc.code, f"Drucken fehlgeschlagen: {exc}"), file=sys.stderr)
        return EXIT_FAIL
    _say(f"Gedruckt auf {settings.printing.printer}.")
    return EXIT_OK
