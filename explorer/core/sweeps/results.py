"""A sweep's trials as plain records, grouped per grid point (mean and std over seeds). Torch-free.

``accuracy`` is the validation accuracy of the LAST epoch (what the trained network ends at), in 0..1.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field

__all__ = ["TrialResult", "PointSummary", "summarize", "results_csv"]


@dataclass
class TrialResult:
    number: int
    point: dict
    seed: int
    state: str  # "complete", "running", "failed", "waiting"
    accuracy: float | None = None  # val accuracy of the last epoch, 0..1
    val_loss: float | None = None
    params: int = 0
    macs: int = 0
    seconds: float = 0.0
    error: str = ""


@dataclass
class PointSummary:
    point: dict
    params: int
    macs: int
    n: int  # complete trials of this point
    acc_mean: float  # nan when n == 0
    acc_std: float  # sample std (n - 1); 0 when n == 1, nan when n == 0
    seconds_mean: float
    trials: list = field(default_factory=list)


def _key(point: dict) -> str:
    return json.dumps(point, sort_keys=True)


def summarize(results: list[TrialResult]) -> list[PointSummary]:
    """One summary per point, in the order points first appear; only complete trials count."""
    groups: dict[str, list[TrialResult]] = {}
    for r in results:
        groups.setdefault(_key(r.point), []).append(r)
    out = []
    for trials in groups.values():
        done = [t for t in trials if t.state == "complete" and t.accuracy is not None]
        accs = [t.accuracy for t in done]
        n = len(accs)
        mean = sum(accs) / n if n else math.nan
        std = math.sqrt(sum((a - mean) ** 2 for a in accs) / (n - 1)) if n > 1 else (0.0 if n else math.nan)
        secs = sum(t.seconds for t in done) / n if n else math.nan
        ref = done[0] if done else trials[0]
        out.append(PointSummary(dict(trials[0].point), ref.params, ref.macs, n, mean, std, secs,
                                sorted(trials, key=lambda t: t.number)))
    return out


def results_csv(results: list[TrialResult]) -> str:
    """One row per trial: number, the point's fields, seed, state, accuracy, val_loss, params, macs, seconds."""
    names: list[str] = []
    for r in results:
        for k in r.point:
            if k not in names:
                names.append(k)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["trial", *names, "seed", "state", "accuracy", "val_loss", "params", "macs", "seconds", "error"])
    for r in sorted(results, key=lambda t: t.number):
        w.writerow([r.number, *(r.point.get(k, "") for k in names), r.seed, r.state,
                    "" if r.accuracy is None else f"{r.accuracy:.6f}",
                    "" if r.val_loss is None else f"{r.val_loss:.6f}", r.params, r.macs, f"{r.seconds:.3f}", r.error])
    return buf.getvalue()
