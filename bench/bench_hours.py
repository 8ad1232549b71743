"""Benchmark: how long site_status and friends take (prints figures, never fails)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from kiosk.hours import default_hours_config, next_change, site_status
from kiosk.offer_hours import ScheduleSpec, offer_open_status

_ITERATIONS = 5000


def _timings_ms(call: Callable[[datetime], object], moments: list[datetime]) -> list[float]:
    samples: list[float] = []
    for now in moments:
        start = time.perf_counter()
        call(now)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _summary(name: str, samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        f"{name}_median_ms": statistics.median(ordered),
        f"{name}_p95_ms": ordered[int(len(ordered) * 0.95) - 1],
        f"{name}_max_ms": ordered[-1],
    }


def bench_hours(iterations: int = _ITERATIONS) -> dict[str, float]:
    """Time site_status, next_change and offer_open_status at moments spread over 2026/2027.

    The first call (cold: holiday sets, day plans) is measured on its own; the others
    walk through two years in steps of about 3.5 hours, so most days are seen once or twice.

    Args:
        iterations: How many moments to time per function.

    Returns:
        Milliseconds: cold first call, then median, p95 and max per function.
    """
    cfg = default_hours_config()
    step = timedelta(days=730) / iterations
    moments = [datetime(2026, 1, 1, tzinfo=UTC) + i * step for i in range(iterations)]

    start = time.perf_counter()
    site_status(cfg, moments[0])
    results = {"site_status_cold_ms": (time.perf_counter() - start) * 1000}
    results.update(_summary("site_status", _timings_ms(lambda t: site_status(cfg, t), moments)))
    results.update(_summary("next_change", _timings_ms(lambda t: next_change(cfg, t), moments)))

    schedules = [
        ScheduleSpec(freq="WEEKLY", byday="MO,WE", opens_at="09:00", closes_at="12:00"),
        ScheduleSpec(freq="WEEKLY", byday="TU", opens_at="14:00", closes_at="18:00"),
        ScheduleSpec(freq="MONTHLY", byday="2TH", opens_at="14:00", closes_at="16:00"),
    ]
    offer_moments = moments[: max(1, iterations // 5)]
    results.update(
        _summary(
            "offer_open_status",
            _timings_ms(lambda t: offer_open_status(schedules, t, "Europe/Vienna"), offer_moments),
        )
    )
    return results


def bench_status_strip(iterations: int = 300) -> dict[str, float]:
    """Time one strip update as the timer does it: recompute the status, repaint the strip.

    An offscreen 1920x1080 kiosk window on the demo atlas; the clock walks through a week in
    steps of about half an hour, so staffed/unstaffed and the strip's colour change often.
    ``repaint()`` paints synchronously, so the figure includes the paint.

    Args:
        iterations: How many updates to time.

    Returns:
        Milliseconds per update (median, p95, max); well under a 16 ms frame means no
        visible stall.
    """
    import os
    import tempfile
    from zoneinfo import ZoneInfo

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import create_window
    from kiosk.ui.tasks import InlineRunner

    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(None, tmp, runner=InlineRunner())
        window.resize(1920, 1080)
        window.show()
        start = datetime(2026, 11, 9, 8, 0, tzinfo=ZoneInfo("Europe/Vienna"))
        step = timedelta(days=7) / iterations
        samples: list[float] = []
        for i in range(iterations):
            moment = start + i * step
            window.hours.clock = lambda m=moment: m  # type: ignore[misc]
            began = time.perf_counter()
            window.hours.refresh()
            window.status_strip.repaint()
            samples.append((time.perf_counter() - began) * 1000)
        window._quit_allowed = True
        window.close()
        window.ctx.store.close()
    return _summary("status_strip_update", samples)


def bench_open_now(offers: int = 50_000) -> dict[str, float]:
    """Time the "Jetzt geöffnet" filter over every offer of a big synthetic atlas.

    Args:
        offers: Size of the atlas (built once by bench.common and cached).

    Returns:
        Milliseconds for reading all schedules in one statement plus deciding "open".
    """
    from bench.common import big_data_dir
    from kiosk.data import db, queries
    from kiosk.open_now import open_offer_ids

    folder, _ = big_data_dir(offers)
    engine = db.open_readonly(db.live_path(folder))
    sessions = db.make_sessions(engine)
    try:
        ids = [r.id for r in queries.offers(sessions)]
        cfg = default_hours_config()
        now = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
        began = time.perf_counter()
        rows = queries.schedules_for_services(sessions, ids)
        read_ms = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        found = open_offer_ids(sessions, ids, now, cfg)
        total_ms = (time.perf_counter() - began) * 1000
    finally:
        engine.dispose()
    return {"open_now_offers": float(len(ids)), "open_now_with_schedules": float(len(rows)),
            "open_now_open": float(len(found)), "open_now_read_schedules_ms": read_ms,
            "open_now_total_ms": total_ms}


def main() -> None:
    """Print the figures."""
    for name, value in {**bench_hours(), **bench_status_strip(), **bench_open_now()}.items():
        print(f"{name:28s} {value:8.4f}")


if __name__ == "__main__":
    main()
