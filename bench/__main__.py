"""`make bench`: runs every benchmark and prints its figures (nothing here fails on time).

python -m bench                 # all
python -m bench hours qr        # only some (names as below)
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

# (name, module, function): cheap ones first, so a partial run still says something.
BENCHES = [
    ("hours", "bench.bench_hours", "bench_hours"),
    ("status_strip", "bench.bench_hours", "bench_status_strip"),
    ("qr", "bench.bench_qr", "bench_qr"),
    ("foundation", "bench.bench_foundation", "bench_foundation"),
    ("navigation", "bench.bench_navigation", "bench_navigation"),
    ("search", "bench.bench_search", "bench_search"),
    ("open_now", "bench.bench_hours", "bench_open_now"),
    ("sync", "bench.bench_sync", "bench_sync"),
    ("upgrade", "bench.bench_sync", "bench_upgrade"),
]


def main(argv: list[str]) -> int:
    """Run the chosen benchmarks (all by default) and print one JSON block each."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = set(argv) or {name for name, _, _ in BENCHES}
    unknown = wanted - {name for name, _, _ in BENCHES}
    if unknown:
        print(f"unknown benchmark(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    for name, module, function in BENCHES:
        if name not in wanted:
            continue
        bench: Callable[[], dict[str, Any]] = getattr(importlib.import_module(module), function)
        start = time.perf_counter()
        figures = bench()
        print(f"== {name} ({time.perf_counter() - start:.0f} s)")
        print(json.dumps(figures, indent=1, ensure_ascii=False, default=str), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
