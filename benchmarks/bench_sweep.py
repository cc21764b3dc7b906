"""A sweep's overhead (issue 16): a 4-trial sweep against 4 `explorer train` processes with the same settings,
the gradient-norm recording's cost per training step, and how fast a sweep stops.

  sweep_ratio   wall seconds of a 4-trial sweep (create the study + run() with 1 worker: 2 points x 2 seeds)
                over the wall seconds of 4 `explorer train` processes run one after another with the same
                networks, seeds and settings (goal <= 1.05). Interleaved A B A B (sweep, 4 trains, sweep, ...),
                one ratio per pair: median (min-max); a range that holds 1.0 prints "level". CPU seconds
                (this process and its children) beside wall. Also the seconds outside training: the sweep's
                (wall - its trials' own seconds) and the trains' (wall - the seconds each reports in --json).
  gradnorm_cost the Trainer's gradient-norm recording per training step (measure_grad_norm_overhead: plain
                steps and recorded steps interleaved), at the Trainer's default interval (every 10 batches) and
                at every batch (worst case); goal <= 3 %. The figure is the recording's own time (timed
                directly) over a plain step; the difference of the plain and recorded step medians is printed
                beside it with its spread over --grad-repeats measurements: on a shared machine it swings by
                +-10 % from run to run (measured here), far more than the recording costs.
  stop_s        seconds from should_stop() turning True (mid-trial) to run() returning (contract: within 2 s
                plus the 0.1 s poll).

Torch threads: the same for both (--threads, default 1; OMP_NUM_THREADS is set for every process).
Ends with: RESULT sweep_ratio=... sweep_ratio_lo=... sweep_ratio_hi=... gradnorm_cost=... gradnorm_cost_every1=...
gradnorm_step_diff=... stop_s=... pairs=...

    python benchmarks/bench_sweep.py            # about 3-4 minutes on a quiet 2-core CPU
    python benchmarks/bench_sweep.py --quick    # about a minute: tiny trials, one stop
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NET = {"family": "densenet", "block_layers": [2, 2, 2], "growth_rate": 12, "bottleneck": False, "compression": 1.0}
NET_FLAGS = ["--blocks", "2,2,2", "--no-bottleneck", "--compression", "1.0"]
KS = (8, 12)
SEEDS = 2


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f}, n={len(values)})"


def cpu_seconds() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def settings(args) -> dict:
    return {"epochs": args.epochs, "max_batches": args.max_batches, "batch_size": args.batch_size}


def time_sweep(args, folder: Path, name: str) -> tuple[float, float, float]:
    """(wall, cpu, the trials' own seconds) of one 4-trial sweep in a fresh study."""
    from explorer.core.sweeps import Axis, SweepSpec
    from explorer.core.sweeps.study import Sweep

    spec = SweepSpec(NET, (Axis("growth_rate", KS),), "digits", settings(args), SEEDS)
    c0, t0 = cpu_seconds(), time.perf_counter()
    sweep = Sweep.create(spec, f"sqlite:///{folder / 'bench.db'}", name)
    status = sweep.run(workers=1)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    results = sweep.results()
    assert status == "completed" and sweep.progress() == (4, 4), (status, sweep.progress())
    return wall, cpu, sum(r.seconds for r in results)


def time_trains(args, folder: Path, name: str) -> tuple[float, float, float]:
    """(wall, cpu, the runs' own seconds) of 4 `explorer train` processes, one after another."""
    own = 0.0
    c0, t0 = cpu_seconds(), time.perf_counter()
    for seed in range(SEEDS):  # the sweep's order: seed-major
        for k in KS:
            out = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "train", *NET_FLAGS, "-k", str(k), "--dataset", "digits",
                 "--epochs", str(args.epochs), "--max-batches", str(args.max_batches), "--batch-size",
                 str(args.batch_size), "--seed", str(seed), "--out", str(folder / f"{name}-k{k}-s{seed}"), "--json",
                 "--quiet"], capture_output=True, text=True, check=True, env=os.environ.copy())
            own += json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
    return time.perf_counter() - t0, cpu_seconds() - c0, own


def stop_latency(args, folder: Path, name: str) -> float:
    """Seconds from should_stop() turning True, half a second into a trial, to run() returning."""
    from explorer.core.sweeps import Axis, SweepSpec
    from explorer.core.sweeps.study import Sweep

    spec = SweepSpec(NET, (Axis("growth_rate", KS),), "digits", {"epochs": 50, "batch_size": 64}, 1)
    sweep = Sweep.create(spec, f"sqlite:///{folder / 'stop.db'}", name)
    flag = threading.Event()
    asked: list[float] = []

    def on_progress(_p: dict) -> None:
        if not asked:
            asked.append(0.0)
            threading.Timer(0.5, lambda: (asked.__setitem__(0, time.perf_counter()), flag.set())).start()

    status = sweep.run(workers=1, should_stop=flag.is_set, on_progress=on_progress)
    latency = time.perf_counter() - asked[0]
    assert status == "stopped" and sweep.progress()[0] == 0
    return latency


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="tiny trials, 2 pairs, one stop: about a minute")
    p.add_argument("--pairs", type=int, default=None, help="sweep/trains pairs (default 2)")
    p.add_argument("--threads", type=int, default=1, help="torch threads in every process (default 1: tiny networks "
                   "run fastest on one, and a shared machine does not oversubscribe)")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--max-batches", type=int, default=None)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--grad-repeats", type=int, default=3, help="gradient-norm measurements (each interleaved)")
    p.add_argument("--stops", type=int, default=None, help="stop-latency measurements (default 3, quick 1)")
    args = p.parse_args()
    args.pairs = args.pairs or 2
    args.epochs = args.epochs or (1 if args.quick else 2)
    args.max_batches = args.max_batches or (3 if args.quick else 20)
    args.stops = args.stops or (1 if args.quick else 3)
    os.environ["OMP_NUM_THREADS"] = str(args.threads)  # every process: this one, the workers, the trains

    import torch

    torch.set_num_threads(args.threads)
    load0 = os.getloadavg()
    print(f"{os.cpu_count()} CPUs, {args.threads} torch threads in every process, torch {torch.__version__}; load at "
          f"start {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}")
    print(f"trials: DenseNet blocks 2,2,2 k in {KS} x seeds 0..{SEEDS - 1} on digits, {args.epochs} epoch(s) of "
          f"{args.max_batches} batches of {args.batch_size}: {4 * args.epochs * args.max_batches} training steps "
          f"per sweep and per 4 trains")
    sweeps: list[tuple] = []
    trains: list[tuple] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(args.pairs):  # A B A B
            sweeps.append(time_sweep(args, folder, f"pair{i}"))
            print(f"pair {i + 1}: sweep {sweeps[-1][0]:.2f} s wall, {sweeps[-1][1]:.2f} s CPU, trials' own "
                  f"{sweeps[-1][2]:.2f} s", flush=True)
            trains.append(time_trains(args, folder, f"pair{i}"))
            print(f"pair {i + 1}: 4 trains {trains[-1][0]:.2f} s wall, {trains[-1][1]:.2f} s CPU, runs' own "
                  f"{trains[-1][2]:.2f} s", flush=True)
        ratios = [s[0] / t[0] for s, t in zip(sweeps, trains)]
        cpu_ratios = [s[1] / t[1] for s, t in zip(sweeps, trains)]
        print(f"sweep wall s: {spread([s[0] for s in sweeps])}; 4 trains wall s: {spread([t[0] for t in trains])}")
        print(f"outside training, s per trial: sweep {spread([(s[0] - s[2]) / 4 for s in sweeps])}, "
              f"train process {spread([(t[0] - t[2]) / 4 for t in trains])}")
        verdict = "level" if min(ratios) <= 1.0 <= max(ratios) else ("slower" if min(ratios) > 1 else "faster")
        print(f"sweep_ratio (sweep / 4 trains, wall): {spread(ratios)} {verdict}; CPU: {spread(cpu_ratios)}")

        from explorer.core.config import config_from_dict
        from explorer.core.training.insights import measure_grad_norm_overhead

        config = config_from_dict({**NET, "num_classes": 10, "in_channels": 1, "input_size": 8})
        rounds = 5 if args.quick else 10
        grads = {}
        for every, steps in ((10, 10), (1, 4)):
            runs = [measure_grad_norm_overhead(config, batch_size=args.batch_size, rounds=rounds, steps=steps,
                                               every=every) for _ in range(args.grad_repeats)]
            grads[every] = runs
            print(f"gradient norms every {every} batch(es), {args.grad_repeats} measurements of {rounds} interleaved "
                  f"rounds x {steps} steps each way: step {spread([g['step_s'] * 1e3 for g in runs])} ms plain, "
                  f"{spread([g['recorded_step_s'] * 1e3 for g in runs])} ms recorded; difference "
                  f"{spread([g['overhead'] * 100 for g in runs])} %; the recording's own time "
                  f"{spread([g['own_fraction'] * 100 for g in runs])} % of a step ({runs[0]['layers']:.0f} layers)")
        cost = statistics.median(g["own_fraction"] for g in grads[10])
        cost1 = statistics.median(g["own_fraction"] for g in grads[1])
        diff = [g["overhead"] for g in grads[10]]
        print(f"gradnorm_cost: the recording's own time per step at the Trainer's default (every 10): "
              f"{cost * 100:.2f} %"
              f" (the difference of plain and recorded step medians, {spread([d * 100 for d in diff])} %, "
              + ("crosses 0: level" if min(diff) <= 0 <= max(diff) else
                 "all above 0" if min(diff) > 0 else "all below 0: noise or the order within a round") + ")")

        stops = [stop_latency(args, folder, f"stop{i}") for i in range(args.stops)]
        print(f"stop latency (should_stop -> run() returns), s: {spread(stops)}")
    load1 = os.getloadavg()
    print(f"load at end {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f} (a shared machine: figures are noisy)")
    print(f"RESULT sweep_ratio={statistics.median(ratios):.3f} sweep_ratio_lo={min(ratios):.3f} "
          f"sweep_ratio_hi={max(ratios):.3f} gradnorm_cost={cost:.4f} "
          f"gradnorm_cost_every1={cost1:.4f} gradnorm_step_diff={statistics.median(diff):.4f} "
          f"stop_s={statistics.median(stops):.3f} pairs={len(ratios)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
