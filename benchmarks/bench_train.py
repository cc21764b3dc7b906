"""Training throughput and memory, side by side in one run.

1. images/s of explorer's Trainer against a minimal loop over the same model and data (DenseNet-BC-100, k=12,
   32x32, batch 64; the minimal loop both contiguous and channels_last). Both run the one training step the
   Trainer uses (explorer.core.training.train_step), so the ratio is the Trainer's own cost around it (batching,
   normalisation, callbacks, reports). Goal: the Trainer >= 0.95x the best plain loop.
2. The fraction of this machine's measured matmul FLOP/s that training reaches (2 FLOPs per multiply-add,
   3x the forward multiply-adds per trained image).
3. Peak memory of a training step with and without memory-efficient mode (DenseNet-BC-100, k=12, batch 64
   by default; DenseNet-BC-250, k=24 needs about 21 GB in plain mode by the ledger: `--memory-preset
   densenet-bc-l250-k24` where memory allows), each in a fresh process, beside the ledger's estimate
   (explorer.core.ledger.train_step_bytes). A network whose estimate does not fit half the free memory is
   skipped, not run into the OOM killer.
   Goal: memory-efficient <= 0.6x the memory at >= 0.9x the speed; the estimate within 25% of the peak.

Ends with one line: RESULT trainer_img_s=... plain_img_s=... flop_fraction=... peak_mb=...
peak_mb_memory_efficient=...

    python benchmarks/bench_train.py            # the default run (about 10 minutes on a 2-core CPU)
    python benchmarks/bench_train.py --quick    # a short version (smaller networks and batches)
    python benchmarks/bench_train.py --device cuda --amp --channels-last
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.core.config import DenseNetConfig, preset_config  # noqa: E402
from explorer.core.format import human  # noqa: E402
from explorer.core.ledger import compute_ledger  # noqa: E402


def _sync(device):
    from explorer.core.training.step import synchronize

    synchronize(device)


def matmul_flops(device, seconds: float = 3.0, n: int = 2048) -> float:
    """This machine's float32 matmul FLOP/s (the best of several timed runs)."""
    import torch

    a = torch.randn(n, n, device=device)
    b = torch.randn(n, n, device=device)
    torch.mm(a, b)
    _sync(device)
    best = 0.0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t0 = time.perf_counter()
        torch.mm(a, b)
        _sync(device)
        best = max(best, 2 * n**3 / (time.perf_counter() - t0))
    return best


def plain_loop(config, data, batch_size: int, batches: int, device, channels_last: bool, amp: bool) -> list[float]:
    """The minimal loop: pre-normalised batches, SGD (Nesterov) and the Trainer's train_step. Seconds of each
    batch after a warm-up batch."""
    import torch

    from explorer.core.models import build_model
    from explorer.core.training.step import grad_scaler, train_step

    torch.manual_seed(0)
    fmt = torch.channels_last if channels_last else torch.contiguous_format
    model = build_model(config, device).to(memory_format=fmt)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
    mean = torch.tensor(data.mean).view(1, -1, 1, 1)
    std = torch.tensor(data.std).view(1, -1, 1, 1)
    xs = ((data.images.float() / data.pixel_max - mean) / std)
    scaler = grad_scaler(device, amp)
    times: list[float] = []
    _sync(device)
    t0 = time.perf_counter()
    for i in range(batches + 1):
        x = xs[i * batch_size:(i + 1) * batch_size].to(device, memory_format=fmt)
        y = data.labels[i * batch_size:(i + 1) * batch_size].to(device)
        train_step(model, opt, x, y, amp=amp, scaler=scaler)
        _sync(device)
        now = time.perf_counter()
        times.append(now - t0)
        t0 = now
    return times[1:]  # the first batch warms up


def trainer_loop(config, data, batch_size: int, batches: int, device, channels_last: bool,
                 amp: bool) -> list[float]:
    """explorer's Trainer for one epoch of ``batches + 1`` batches; seconds between the ends of consecutive
    batches, measured from outside (so callbacks and loop overhead count)."""
    from explorer.core.training import Trainer, TrainSettings

    stamps: list[float] = []

    class Clock:
        def on_batch_end(self, _r):
            stamps.append(time.perf_counter())

    settings = TrainSettings(epochs=1, batch_size=batch_size, max_batches=batches + 1, val_fraction=0.0,
                             drop_rate=0.0, device=str(device), channels_last=channels_last, amp=amp)
    Trainer(config, data, settings, Clock()).run()
    return [b - a for a, b in zip(stamps, stamps[1:])]


def memory_child(args) -> None:
    """In a fresh process: train ``steps`` steps; print the peak memory above the baseline as JSON."""
    import torch

    from explorer.core.models import build_model
    from explorer.core.training.reports import process_memory_bytes
    from explorer.core.training.step import train_step

    device = torch.device(args.device)
    config = preset_config(args.preset)
    if args.threads:
        torch.set_num_threads(args.threads)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(args.batch, 3, 32, 32, generator=g).to(device)
    y = torch.randint(0, 10, (args.batch,), generator=g).to(device)

    base = torch.cuda.memory_allocated(device) if device.type == "cuda" else process_memory_bytes()
    model = build_model(config, device, memory_efficient=args.memory_efficient)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    times = []
    for _ in range(args.steps):
        _sync(device)
        t0 = time.perf_counter()
        train_step(model, opt, x, y)
        _sync(device)
        times.append(time.perf_counter() - t0)
    if device.type == "cuda":
        peak = torch.cuda.max_memory_allocated(device) - base
    else:
        # VmHWM belongs to this address space; ru_maxrss would carry the parent's peak across fork and exec.
        with open("/proc/self/status") as fh:
            hwm = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmHWM:"))
        peak = hwm - base
    print(json.dumps({"peak_bytes": peak, "step_s": min(times), "base_bytes": base}))


def measure_memory(preset: str, batch: int, memory_efficient: bool, device: str, steps: int,
                   live_rss: bool = False) -> dict:
    """One fresh process. ``live_rss``: glibc's mmap threshold fixed at 64 KiB, so that every freed tensor goes
    back to the OS and the peak RSS follows live memory, not what the allocator keeps cached (which grows
    from step to step with fragmentation); it slows the steps, so speed is taken without it."""
    cmd = [sys.executable, __file__, "--_memory-child", "--preset", preset, "--batch", str(batch), "--device", device,
           "--steps", str(steps)] + (["--memory-efficient"] if memory_efficient else [])
    env = dict(os.environ, **({"MALLOC_MMAP_THRESHOLD_": "65536"} if live_rss else {}))
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="a short version: smaller networks and batches")
    p.add_argument("--device", default="cpu")
    p.add_argument("--amp", action="store_true")
    p.add_argument("--batches", type=int, default=None, help="timed batches per loop")
    p.add_argument("--repeats", type=int, default=None, help="interleaved repeats of the speed comparison")
    p.add_argument("--_memory-child", dest="memory_child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--memory-preset", default=None, help="network for the memory comparison "
                   "(default densenet-bc-l100-k12; densenet-bc-l250-k24 needs about 21 GB)")
    p.add_argument("--memory-batch", type=int, default=None, help="batch of the memory comparison (default 64)")
    p.add_argument("--preset", default="densenet-bc-l100-k12")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=2)
    p.add_argument("--memory-efficient", action="store_true")
    p.add_argument("--threads", type=int, default=0)
    return p.parse_args()


def compare_speed(speed_cfg, batch: int, batches: int, repeats: int, device, amp: bool) -> tuple[float, float, object]:
    """1. The Trainer against the minimal loop, interleaved so that a busy neighbour hurts both alike.
    Returns (best Trainer images/s, best minimal-loop images/s, the network timed)."""
    from explorer.core.data import make_shapes

    data = make_shapes(batch * (batches + 2), seed=0)
    speed_cfg = speed_cfg.replace(num_classes=data.shape.num_classes)  # the same network for both loops
    times: dict[str, list[float]] = {"plain": [], "plain_cl": [], "trainer": [], "trainer_cl": []}
    for _ in range(repeats):
        times["plain"] += plain_loop(speed_cfg, data, batch, batches, device, False, amp)
        times["plain_cl"] += plain_loop(speed_cfg, data, batch, batches, device, True, amp)
        times["trainer"] += trainer_loop(speed_cfg, data, batch, batches, device, False, amp)
        times["trainer_cl"] += trainer_loop(speed_cfg, data, batch, batches, device, True, amp)
    # The median batch: robust to the bursts of other jobs on a shared machine; the best batch beside it.
    speed = {k: batch / statistics.median(v) for k, v in times.items()}
    best = {k: batch / min(v) for k, v in times.items()}
    plain_best = max(speed["plain"], speed["plain_cl"])
    trainer_best = max(speed["trainer"], speed["trainer_cl"])
    print(f"\n{speed_cfg.title}, 32x32, batch {batch}, {repeats} x {batches} timed batches (median batch; best "
          f"batch){', AMP' if amp else ''}:")
    for key, label in (("plain", "plain loop, contiguous"), ("plain_cl", "plain loop, channels_last"),
                       ("trainer", "Trainer, contiguous"), ("trainer_cl", "Trainer, channels_last")):
        print(f"  {label:27s} {speed[key]:8.2f} img/s   (best batch {best[key]:.2f})")
    print(f"  ratio Trainer / best plain loop: {trainer_best / plain_best:.3f}  (goal >= 0.95); same format: "
          f"contiguous {speed['trainer'] / speed['plain']:.3f}, channels_last "
          f"{speed['trainer_cl'] / speed['plain_cl']:.3f}")
    return trainer_best, plain_best, speed_cfg


def flop_fraction(speed_cfg, trainer_best: float, peak_flops: float) -> float:
    """2. The fraction of the matmul FLOP limit that training reaches."""
    macs = compute_ledger(speed_cfg).total_macs
    train_flops = 2 * 3 * macs * trainer_best
    fraction = train_flops / peak_flops
    print(f"\nmatmul peak {human(peak_flops)}FLOP/s; training {human(train_flops)}FLOP/s "
          f"(2 x 3 x {human(macs)} multiply-adds x {trainer_best:.2f} img/s): fraction {fraction:.3f} "
          f"(goal >= 0.30); images/s at the matmul limit: {peak_flops / (6 * macs):.1f}")
    return fraction


def compare_memory(mem_preset: str, mem_batch: int, device, device_name: str) -> tuple[float, float] | None:
    """3. Peak memory with and without memory-efficient mode, each in a fresh process; None when skipped."""
    from explorer.core.devices import device_free_bytes

    ledger = compute_ledger(preset_config(mem_preset))
    free = device_free_bytes(device)
    need = ledger.train_step_bytes(mem_batch, False)
    if free is not None and 1.5 * need > 0.5 * free:
        print(f"\n{mem_preset} at batch {mem_batch}: the ledger estimates {need / 2**30:.1f} GiB for a plain step "
              f"and {free / 2**30:.1f} GiB are free: skipped (choose a smaller --memory-preset/--memory-batch)")
        return None
    cpu = device.type == "cpu"
    runs = {}
    for eff in (False, True):
        runs[eff] = {"speed": measure_memory(mem_preset, mem_batch, eff, device_name, 2)}
        runs[eff]["live"] = measure_memory(mem_preset, mem_batch, eff, device_name, 2, live_rss=True) if cpu \
            else runs[eff]["speed"]
    mb = 2**20
    print(f"\n{preset_config(mem_preset).title}, batch {mem_batch}, peak memory of two training steps above the "
          f"process's baseline ({'peak RSS' if cpu else 'CUDA allocated'}), each mode in a fresh process:")
    for eff, label in ((False, "plain"), (True, "memory-efficient")):
        est = ledger.train_step_bytes(mem_batch, eff)
        live = runs[eff]["live"]["peak_bytes"]
        cached = runs[eff]["speed"]["peak_bytes"]
        print(f"  {label:17s} peak {live / mb:7.0f} MB   ledger estimate {est / mb:7.0f} MB "
              f"(estimate / measured {est / live:.2f})   step {runs[eff]['speed']['step_s']:.2f} s"
              + (f"   [default allocator, cache included: {cached / mb:.0f} MB]" if cpu else ""))
    print(f"    ledger parts: parameters+gradients+momentum {3 * ledger.param_bytes / mb:.0f} MB, activations "
          f"{ledger.train_activation_bytes(mem_batch) / mb:.0f} MB plain, "
          f"{ledger.train_activation_bytes(mem_batch, True) / mb:.0f} MB memory-efficient")
    plain_peak, eff_peak = runs[False]["live"]["peak_bytes"], runs[True]["live"]["peak_bytes"]
    speed_ratio = runs[False]["speed"]["step_s"] / runs[True]["speed"]["step_s"]
    print(f"  memory-efficient / plain: memory {eff_peak / plain_peak:.2f}x (goal <= 0.6), speed {speed_ratio:.2f}x "
          f"(goal >= 0.9)")
    return plain_peak / mb, eff_peak / mb


def main() -> int:
    args = parse_args()
    if args.memory_child:
        memory_child(args)
        return 0

    import torch

    from explorer.core.devices import resolve_device

    device = resolve_device(args.device)
    quick = args.quick
    speed_cfg = preset_config("densenet-bc-l100-k12") if not quick else DenseNetConfig.from_depth(
        40, 3, True, growth_rate=12)
    batch = 64 if not quick else 32
    print(f"device {device} ({torch.get_num_threads()} threads), torch {torch.__version__}")
    peak_before = matmul_flops(device)
    trainer_best, plain_best, speed_cfg = compare_speed(speed_cfg, batch, args.batches or 3, args.repeats or 3, device,
                                             args.amp)
    fraction = flop_fraction(speed_cfg, trainer_best, max(peak_before, matmul_flops(device)))  # the better
    memory = compare_memory(args.memory_preset or "densenet-bc-l100-k12", args.memory_batch or (64 if not quick
                                                                                                  else 16),
                            device, args.device)
    peak, peak_eff = ("nan", "nan") if memory is None else (f"{memory[0]:.0f}", f"{memory[1]:.0f}")
    print(f"\nRESULT trainer_img_s={trainer_best:.2f} plain_img_s={plain_best:.2f} flop_fraction={fraction:.3f} "
          f"peak_mb={peak} peak_mb_memory_efficient={peak_eff}")
    return 1 if memory is None else 0


if __name__ == "__main__":
    sys.exit(main())
