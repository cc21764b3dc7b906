"""The fused dense block against the plain layers: one training step (forward + backward) per mode, interleaved
A B C D A B C D in one process so that the machine's load falls on every mode alike.

Modes: reference (plain layers, torch.cat), shared_storage (one feature buffer and gradient buffer), fast (shared
storage + shared batch statistics), reference_me (the plain layers checkpointed: memory-efficient mode before
the fused block, and still with dropout), fast_me (fast with memory-efficient recomputation of the BN-ReLUs: the
default memory-efficient mode, also set against fast, the default plain step).
Ratios are per round (reference time / mode time of the same round); min/median/max of those are printed, and a
ratio whose spread crosses 1.0 is called "level". Memory: bytes autograd saves for backward (each storage once,
the ledger's quantity) in this process, and whole-process peak RSS of one fresh process per mode (default
allocator), each against the reference.

    python benchmarks/bench_block.py [--quick] [--threads N] [--net bc100|l40] [--batch B] [--amp] [--nchw]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MODES = ("reference", "shared_storage", "fast", "reference_me", "fast_me")
NETS = {"bc100": "densenet-bc-l100-k12", "l40": "densenet-l40-k12"}


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def _build(args, mode):
    import torch

    from explorer.core.config import preset_config
    from explorer.core.models.densenet import DenseNet

    cfg = preset_config(NETS[args.net])
    torch.manual_seed(0)
    impl = {"fast_me": "fast", "reference_me": "reference"}.get(mode, mode)
    model = DenseNet(cfg, memory_efficient=mode.endswith("_me"), implementation=impl).train()
    fmt = torch.contiguous_format if args.nchw else torch.channels_last
    model = model.to(memory_format=fmt)
    g = torch.Generator().manual_seed(1)
    x = torch.randn(args.batch, 3, cfg.input_size, cfg.input_size, generator=g).to(memory_format=fmt)
    y = torch.randint(0, cfg.num_classes, (args.batch,), generator=g)
    return model, x, y


def _step(model, x, y, amp):
    import torch
    import torch.nn.functional as F

    for p in model.parameters():
        p.grad = None
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=amp):
        loss = F.cross_entropy(model(x), y)
    loss.backward()


def _saved_bytes(model, x, y, amp):
    import torch

    seen: dict[int, int] = {}

    def pack(t):
        if t.numel():
            seen[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        _step(model, x, y, amp)
    return sum(seen.values())


def _rss_child(args) -> None:
    import torch

    torch.set_num_threads(args.threads)
    model, x, y = _build(args, args.rss_child)
    # Importing torch peaks above a small step's working set: reset the peak (VmHWM) once the model is built.
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    before = _status_kib("VmRSS")
    for _ in range(2):
        _step(model, x, y, args.amp)
    peak = _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_kib": before, "peak_kib": peak}))


def _status_kib(key: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _spread(values):
    return min(values), statistics.median(values), max(values)


def _verdict(ratios):
    lo, _, hi = _spread(ratios)
    return "level" if lo < 1.0 < hi else ("faster" if lo >= 1.0 else "slower")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="DenseNet L=40 k=12, batch 8, 3 rounds (under a minute)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's own)")
    ap.add_argument("--net", choices=sorted(NETS), default="bc100")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--amp", action="store_true", help="bf16 autocast")
    ap.add_argument("--nchw", action="store_true", help="contiguous NCHW instead of channels_last")
    ap.add_argument("--no-rss", action="store_true", help="skip the fresh-process peak RSS measurement")
    ap.add_argument("--rss-child", choices=MODES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.quick:
        args.net, args.batch, args.rounds = "l40", 8, 3
    import torch

    if args.threads is None:
        args.threads = torch.get_num_threads()
    if args.rss_child:
        _rss_child(args)
        return
    torch.set_num_threads(args.threads)
    print(f"bench_block: {NETS[args.net]}, batch {args.batch}, {'bf16 autocast' if args.amp else 'fp32'}, "
          f"{'NCHW' if args.nchw else 'channels_last'}, threads {torch.get_num_threads()}, torch {torch.__version__}")
    print(f"load at start: {_load()} (the machine is shared: figures are noisy, read the spread)")
    built = {m: _build(args, m) for m in MODES}
    saved = {m: _saved_bytes(*built[m], args.amp) for m in MODES}  # also the warm-up step
    wall = {m: [] for m in MODES}
    cpu = {m: [] for m in MODES}
    for r in range(args.rounds):
        order = MODES if r % 2 == 0 else MODES[::-1]  # A B C D D C B A: no mode always runs first
        for m in order:
            w0, c0 = time.perf_counter(), time.process_time()
            _step(*built[m], args.amp)
            cpu[m].append(time.process_time() - c0)
            wall[m].append(time.perf_counter() - w0)
    print(f"steps per mode: {args.rounds} timed (+1 warm-up)")
    print(f"{'mode':<15} {'wall s min/med/max':>22} {'CPU s med':>10} {'speed vs ref (per round) min/med/max':>40}"
          f" {'saved MiB':>10} {'saved ratio':>11}")
    ratios = {}
    for m in MODES:
        ratios[m] = [a / b for a, b in zip(wall["reference"], wall[m])]
        lo, med, hi = _spread(ratios[m])
        w = _spread(wall[m])
        print(f"{m:<15} {w[0]:7.3f}/{w[1]:6.3f}/{w[2]:6.3f} {statistics.median(cpu[m]):10.3f} "
              f"{lo:12.3f}/{med:6.3f}/{hi:6.3f} {_verdict(ratios[m]) if m != 'reference' else '':>8}"
              f" {saved[m] / 2**20:10.1f} {saved[m] / saved['reference']:11.3f}")
    for m in MODES[1:]:
        cr = [a / b for a, b in zip(cpu["reference"], cpu[m])]
        print(f"  {m:<15} by CPU seconds per round: {min(cr):.3f}/{statistics.median(cr):.3f}/{max(cr):.3f}"
              f" ({_verdict(cr)})")
    stats_ratio = [a / b for a, b in zip(wall["shared_storage"], wall["fast"])]
    lo, med, hi = _spread(stats_ratio)
    print(f"shared statistics on top of shared storage: {lo:.3f}/{med:.3f}/{hi:.3f} ({_verdict(stats_ratio)})")
    me_ratio = [a / b for a, b in zip(wall["reference_me"], wall["fast_me"])]
    print(f"memory-efficient, fused against checkpointed layers: {min(me_ratio):.3f}/{statistics.median(me_ratio):.3f}"
          f"/{max(me_ratio):.3f} ({_verdict(me_ratio)})")
    # The memory-efficient goal (<= 0.45x the memory at >= 0.95x the speed) is against the plain step as
    # it runs by default, which is the fused block ("fast").
    vs_plain = [a / b for a, b in zip(wall["fast"], wall["fast_me"])]
    vp = _spread(vs_plain)
    print(f"memory-efficient against the default plain step (fast): speed {vp[0]:.3f}/{vp[1]:.3f}/{vp[2]:.3f}"
          f" ({_verdict(vs_plain)}), saved memory {saved['fast_me'] / saved['fast']:.3f}")
    rss = {}
    if not args.no_rss:
        cmd = [sys.executable, __file__, "--threads", str(args.threads), "--net", args.net, "--batch",
               str(args.batch)] + (["--amp"] if args.amp else []) + (["--nchw"] if args.nchw else [])
        for m in MODES:
            out = subprocess.run(cmd + ["--rss-child", m], check=True, capture_output=True, text=True).stdout
            rss[m] = json.loads(out.strip().splitlines()[-1])
        print("whole-process peak RSS (VmHWM, reset after the model is built), one fresh process per mode, "
              "default allocator, KiB:")
        for m in MODES:
            grown = rss[m]["peak_kib"] - rss[m]["before_kib"]
            ref = rss["reference"]["peak_kib"] - rss["reference"]["before_kib"]
            print(f"  {m:<15} peak {rss[m]['peak_kib']:>9}  ({rss[m]['peak_kib'] / rss['reference']['peak_kib']:.3f}"
                  f" of reference)  grown in the steps {grown:>9} ({grown / max(ref, 1):.3f} of reference)")
        grown_kib = {m: rss[m]["peak_kib"] - rss[m]["before_kib"] for m in ("fast", "fast_me")}
        print(f"  memory-efficient against the default plain step (fast): peak "
              f"{rss['fast_me']['peak_kib'] / rss['fast']['peak_kib']:.3f}, grown in the steps "
              f"{grown_kib['fast_me'] / max(grown_kib['fast'], 1):.3f}")
    print(f"load at end: {_load()}")
    me_rss = (rss["fast_me"]["peak_kib"] / rss["reference"]["peak_kib"]) if rss else float("nan")
    me_grown = ((rss["fast_me"]["peak_kib"] - rss["fast_me"]["before_kib"])
                / max(rss["reference"]["peak_kib"] - rss["reference"]["before_kib"], 1)) if rss else float("nan")
    me_vs_plain_rss = (rss["fast_me"]["peak_kib"] / rss["fast"]["peak_kib"]) if rss else float("nan")
    print("RESULT " + " ".join([
        f"block_speedup={statistics.median(ratios['fast']):.3f}",
        f"block_speedup_min={min(ratios['fast']):.3f}", f"block_speedup_max={max(ratios['fast']):.3f}",
        f"shared_storage_speedup={statistics.median(ratios['shared_storage']):.3f}",
        f"shared_stats_speedup={med:.3f}",
        f"mem_efficient_mem_ratio={saved['fast_me'] / saved['reference']:.3f}",
        f"mem_efficient_rss_ratio={me_rss:.3f}", f"mem_efficient_rss_grown_ratio={me_grown:.3f}",
        f"mem_efficient_speed={statistics.median(ratios['fast_me']):.3f}",
        f"mem_efficient_speed_min={min(ratios['fast_me']):.3f}",
        f"mem_efficient_speed_max={max(ratios['fast_me']):.3f}",
        f"checkpointed_speed={statistics.median(ratios['reference_me']):.3f}",
        f"checkpointed_mem_ratio={saved['reference_me'] / saved['reference']:.3f}",
        f"fused_vs_checkpointed={statistics.median(me_ratio):.3f}",
        f"me_vs_plain_speed={vp[1]:.3f}", f"me_vs_plain_speed_min={vp[0]:.3f}",
        f"me_vs_plain_speed_max={vp[2]:.3f}", f"me_vs_plain_mem_ratio={saved['fast_me'] / saved['fast']:.3f}",
        f"me_vs_plain_rss_ratio={me_vs_plain_rss:.3f}",
        f"verdict={_verdict(ratios['fast'])}", f"steps={args.rounds}", f"threads={args.threads}"]))


if __name__ == "__main__":
    main()
