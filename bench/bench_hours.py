"""Benchmark: how long site_status and friends take (prints figures, never fails)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from kiosk.hours import default_hours_config, holiday_name, next_change, site_status
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
    """Time the "Nur jetzt geöffnete" filter over every offer of a big synthetic atlas.

    Args:
        offers: Size of the atlas (built once by bench.common and cached).

    Returns:
        Milliseconds for one `open_offer_ids` call over all offers (median and max over
        eight moments, holiday tables warm: weekday mornings and evenings, a Sunday, a
        public holiday, a night), and, for comparison, the old way: reading every schedule
        in one statement and evaluating it (one moment).
    """
    from zoneinfo import ZoneInfo

    from bench.common import big_data_dir
    from kiosk.data import db, open_intervals, queries
    from kiosk.open_now import _evaluated, open_offer_ids

    folder, _ = big_data_dir(offers)
    engine = db.open_readonly(db.live_path(folder))
    sessions = db.make_sessions(engine)
    vienna = ZoneInfo("Europe/Vienna")
    moments = [datetime(2026, 11, 10, 10, 0, tzinfo=vienna),
               datetime(2026, 11, 10, 18, 30, tzinfo=vienna),
               datetime(2026, 11, 12, 8, 15, tzinfo=vienna),
               datetime(2026, 11, 13, 15, 45, tzinfo=vienna),
               datetime(2026, 11, 15, 11, 0, tzinfo=vienna),
               datetime(2026, 12, 25, 10, 0, tzinfo=vienna),
               datetime(2026, 11, 11, 2, 0, tzinfo=vienna),
               datetime(2026, 11, 30, 9, 0, tzinfo=vienna)]
    try:
        ids = [r.id for r in queries.offers(sessions)]
        cfg = default_hours_config()
        # The holiday tables are built on first use (~0.1 s); a running kiosk has them from
        # its status strip, so they are warmed here and timed on their own.
        began = time.perf_counter()
        holiday_name(cfg, moments[0].date())
        holidays_ms = (time.perf_counter() - began) * 1000
        samples: list[float] = []
        counts: list[int] = []
        for now in moments:
            began = time.perf_counter()
            counts.append(len(open_offer_ids(sessions, ids, now, cfg)))
            samples.append((time.perf_counter() - began) * 1000)
        by_rule = len(open_intervals.by_rule_ids(sessions))
        began = time.perf_counter()
        old = _evaluated(sessions, ids, moments[0], cfg)
        old_ms = (time.perf_counter() - began) * 1000
        same = old == open_offer_ids(sessions, ids, moments[0], cfg)
    finally:
        engine.dispose()
    return {"open_now_offers": float(len(ids)), "open_now_by_rule_offers": float(by_rule),
            "open_now_open_tue_10": float(counts[0]), "open_now_open_xmas": float(counts[5]),
            "open_now_holidays_cold_ms": holidays_ms,
            "open_now_total_median_ms": statistics.median(samples),
            "open_now_total_max_ms": max(samples),
            "open_now_evaluated_old_way_ms": old_ms,
            "open_now_same_as_old_way": float(same)}


def main() -> None:
    """Print the figures."""
    for name, value in {**bench_hours(), **bench_status_strip(), **bench_open_now()}.items():
        print(f"{name:28s} {value:8.4f}")


if __name__ == "__main__":
    main()
