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


def main() -> None:
    """Print the figures."""
    for name, value in bench_hours().items():
        print(f"{name:28s} {value:8.4f}")


if __name__ == "__main__":
    main()
