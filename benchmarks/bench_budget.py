"""How fast is "Compare at the same budget": core.budget.match_all (all five comparison families sized to a
network's parameters or multiply-adds, ledger only) cold (the fits' caches cleared, as at the first click for a
data shape) against warm (the cache filled, as every later click and slider tick), interleaved A B A B.

Goal (issue 16): well under a second for all families. Prints min/median/max of each, CPU seconds beside wall,
the thread count, the load at start and end, and ends with one `RESULT ...` line.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explorer.core import budget  # noqa: E402
from explorer.core.config import preset_config  # noqa: E402

TARGETS = ("densenet-l40-k12", "densenet-bc-l100-k12", "densenet121")
ROUNDS = 7


def clear() -> None:
    budget._fit.cache_clear()
    budget._shape_table.cache_clear()


def timed(fn) -> tuple[float, float]:
    """(wall ms, CPU ms) of one call."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - w) * 1e3, (time.process_time() - c) * 1e3


def spread(values: list[float]) -> str:
    return f"min {min(values):7.1f}  median {statistics.median(values):7.1f}  max {max(values):7.1f}"


def main() -> None:
    load_start = os.getloadavg()
    print(f"load at start {load_start[0]:.2f}, threads {threading.active_count()}, cpus {os.cpu_count()}, "
          f"{ROUNDS} rounds x {len(TARGETS)} targets x 2 budgets, A = cold, B = warm, interleaved")
    cold_w, cold_c, warm_w, warm_c = [], [], [], []
    steps = 0
    for _ in range(ROUNDS):
        for name in TARGETS:
            target = preset_config(name)
            for by in budget.BY:
                clear()
                w, c = timed(lambda t=target, b=by: budget.match_all(t, b))  # A: cold
                cold_w.append(w)
                cold_c.append(c)
                w, c = timed(lambda t=target, b=by: budget.match_all(t, b))  # B: warm
                warm_w.append(w)
                warm_c.append(c)
                steps += 1
    print(f"cold wall ms  {spread(cold_w)}   cpu ms {spread(cold_c)}")
    print(f"warm wall ms  {spread(warm_w)}   cpu ms {spread(warm_c)}")
    ratios = [a / b for a, b in zip(cold_w, warm_w)]
    lo, hi = min(ratios), max(ratios)
    verdict = "level" if lo <= 1.0 <= hi else ("cold slower" if lo > 1.0 else "warm slower")
    print(f"cold/warm ratio {statistics.median(ratios):.1f}x (spread {lo:.1f}..{hi:.1f}: {verdict}), steps {steps}")
    load_end = os.getloadavg()
    print(f"load at end {load_end[0]:.2f}; the machine is shared, so these figures are noisy")
    print(f"RESULT budget_cold_ms_median={statistics.median(cold_w):.1f} budget_cold_ms_max={max(cold_w):.1f} "
          f"budget_warm_ms_median={statistics.median(warm_w):.1f} budget_warm_ms_max={max(warm_w):.1f} "
          f"steps={steps} load_start={load_start[0]:.2f} load_end={load_end[0]:.2f}")


if __name__ == "__main__":
    main()
