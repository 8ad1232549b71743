"""Benchmark: QR generation + on-screen render, and one slip to PDF (prints figures)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.common import summary

_ITERATIONS = 20  # small on purpose: PySide6 6.12 on Python 3.11 leaks None refs per Qt call


def bench_qr(iterations: int = _ITERATIONS) -> dict[str, float]:
    """Time the link and contact QR codes (cold: no cache) and the slip PDF, on a demo offer.

    Returns:
        Milliseconds (median/p95/max): link QR make+render, vCard QR make+render, the
        render alone, one-offer slip to PDF on A4 and on the 80 mm roll.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kiosk import qr, slip
    from kiosk.config import assets_dir, load_settings
    from kiosk.data import db, hsds, queries
    from kiosk.ui.widgets.qr_view import MIN_CODE_PX, QrCode

    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts, widgets)
    settings, _ = load_settings(None)
    policy = qr.policy_for(settings.qr)
    with tempfile.TemporaryDirectory() as tmp:
        atlas = Path(tmp) / "atlas.sqlite"
        hsds.build_database(hsds.load_services(assets_dir() / "demo_atlas.json"), atlas,
                            source="demo", is_demo=True)
        engine = db.open_readonly(atlas)
        sessions = db.make_sessions(engine)
        row = next(r for r in queries.offers(sessions) if "Schuldner" in r.name)
        offer = queries.offer_detail(sessions, row.id, settings.roles)
        engine.dispose()
        assert offer is not None
        view = QrCode()
        view.resize(MIN_CODE_PX, MIN_CODE_PX)
        image = QImage(MIN_CODE_PX, MIN_CODE_PX, QImage.Format.Format_RGB32)

        def make_and_render(payload_fn: object) -> tuple[list[float], list[float]]:
            total, render = [], []
            for _ in range(iterations):
                qr.qr_matrix.cache_clear()
                start = time.perf_counter()
                payload = payload_fn()  # type: ignore[operator]
                view.set_matrix(qr.qr_matrix(payload, "M"))
                mid = time.perf_counter()
                view.render(image)
                end = time.perf_counter()
                total.append((end - start) * 1000)
                render.append((end - mid) * 1000)
            return total, render

        link_total, link_render = make_and_render(
            lambda: qr.offer_link(offer.id, offer.url, settings.qr.offer_url_template,
                                  policy).url)
        card_total, card_render = make_and_render(lambda: qr.vcard_for_offer(offer, policy))
        results: dict[str, float] = {}
        results.update(summary("qr_link_make_render", link_total))
        results.update(summary("qr_vcard_make_render", card_total))
        results.update(summary("qr_render_only", link_render + card_render))
        for paper in ("a4", "receipt80"):
            samples = []
            for i in range(iterations):
                qr.qr_matrix.cache_clear()
                start = time.perf_counter()
                slip.write_pdf(slip.build_slip([offer], settings), Path(tmp) / f"{i}.pdf", paper)
                samples.append((time.perf_counter() - start) * 1000)
            results.update(summary(f"slip_pdf_{paper}", samples))
    return results


if __name__ == "__main__":
    for key, value in bench_qr().items():
        print(f"{key}: {value}")
