"""Does bfloat16 mixed precision change what training reaches on the shipped data? float32 against AMP, same
seeds, interleaved (seed 0 fp32, seed 0 AMP, seed 1 fp32, ...), explorer's Trainer on the digits (1,797 8x8
images, 10% held out for validation: 180 images, one image = 0.56 points).

Prints each seed's final validation accuracy in both modes, the paired differences (AMP - fp32) with their
mean and sample standard deviation, and the spread between seeds of fp32 alone (the noise a difference must
exceed to count). "unchanged within noise": |mean difference| <= 2 standard errors of the paired differences
and <= the fp32 seed-to-seed standard deviation.

    python benchmarks/bench_amp_accuracy.py            # 5 seeds x 15 epochs (about 3 minutes on 2 cores)
    python benchmarks/bench_amp_accuracy.py --quick    # 2 seeds x 3 epochs

Ends with: RESULT fp32_acc=... amp_acc=... diff_mean=... diff_sd=... fp32_seed_sd=... unchanged=0|1
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def run(config, data, seed: int, amp: bool, epochs: int, device: str) -> tuple[float, float]:
    from explorer.core.training import Trainer, TrainSettings

    settings = TrainSettings(epochs=epochs, batch_size=64, seed=seed, amp=amp, device=device)
    t0 = time.perf_counter()
    result = Trainer(config, data, settings, insights=False).run()
    return result.val_acc, time.perf_counter() - t0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true")
    p.add_argument("--seeds", type=int, default=None)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--device", default="cpu")
    args = p.parse_args()
    import torch

    from explorer.core.config import DenseNetConfig
    from explorer.core.data import load_digits
    from explorer.core.devices import fast_amp

    seeds = args.seeds or (2 if args.quick else 5)
    epochs = args.epochs or (3 if args.quick else 15)
    data = load_digits()
    config = DenseNetConfig(growth_rate=12, block_layers=(6, 6, 6), bottleneck=True, compression=0.5,
                            input_size=8, in_channels=1, num_classes=10)
    print(f"digits, {config.title}, {epochs} epochs, batch 64, paper's schedule and dropout rule; device "
          f"{args.device} ({torch.get_num_threads()} threads), fast low precision: {fast_amp(args.device)}; "
          f"load {os.getloadavg()[0]:.2f}")
    fp32, amp, diffs = [], [], []
    for seed in range(seeds):
        a, ta = run(config, data, seed, False, epochs, args.device)
        b, tb = run(config, data, seed, True, epochs, args.device)
        fp32.append(a)
        amp.append(b)
        diffs.append(b - a)
        print(f"  seed {seed}: fp32 {100 * a:6.2f}%  ({ta:5.1f} s)   AMP {100 * b:6.2f}%  ({tb:5.1f} s)   "
              f"difference {100 * (b - a):+6.2f} points")
    mean_d = statistics.fmean(diffs)
    sd_d = statistics.stdev(diffs) if len(diffs) > 1 else float("nan")
    sd_seed = statistics.stdev(fp32) if len(fp32) > 1 else float("nan")
    se = sd_d / math.sqrt(len(diffs)) if len(diffs) > 1 else float("nan")
    unchanged = len(diffs) > 1 and abs(mean_d) <= max(2 * se, 1 / 180) and abs(mean_d) <= max(sd_seed, 1 / 180)
    print(f"mean fp32 {100 * statistics.fmean(fp32):.2f}%, AMP {100 * statistics.fmean(amp):.2f}%; paired "
          f"difference {100 * mean_d:+.2f} points (sd {100 * sd_d:.2f}, standard error {100 * se:.2f}); fp32 "
          f"seed-to-seed sd {100 * sd_seed:.2f} points: {'unchanged within noise' if unchanged else 'CHANGED'}"
          f"; load at end {os.getloadavg()[0]:.2f}")
    print(f"RESULT fp32_acc={statistics.fmean(fp32):.4f} amp_acc={statistics.fmean(amp):.4f} diff_mean={mean_d:.4f} "
          f"diff_sd={sd_d:.4f} fp32_seed_sd={sd_seed:.4f} unchanged={int(unchanged)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
