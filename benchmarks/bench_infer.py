"""Inference speed by memory format (issue 14: "channels_last by default for training and inference where it is
faster, measured per device"): eval-mode forward passes, interleaved round by round in one process (the order
reversed every other round), for densenet121 at 224x224 (the ImageNet networks the Inference panel loads) and
DenseNet-BC-100 k=12 at 32x32 (a CIFAR network trained in the app), at batch 1 (one image, as the panel and
``explorer predict`` run) and batch 16.

Variants:
  contiguous     NCHW weights and inputs
  nhwc_input     NCHW weights, an NHWC-strided input: what the panel ran before this change (preprocessing
                 permutes an HWC image, and oneDNN then runs the convolutions channels_last)
  channels_last  NHWC weights and inputs (model.to(memory_format=torch.channels_last))
Ratios pair round i of contiguous with round i of the other: median (min-max); a range that holds 1.0 prints
"level". Also checked: the three give the same outputs (max abs difference), and the app's own choice
(``explorer.core.inference.choose_memory_format``, its short batch-1 measurement) for each network.

    python benchmarks/bench_infer.py            # about 2 minutes on 2 cores
    python benchmarks/bench_infer.py --quick    # densenet121 at batch 1 only, fewer rounds
    python benchmarks/bench_infer.py --device cuda

Ends with: RESULT infer_cl_speedup_densenet121_b1=... (lo/hi) infer_cl_speedup_bc100_b1=... ... choice_densenet121=...
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.core.config import preset_config  # noqa: E402
from explorer.core.speed import paired_speedup  # noqa: E402

VARIANTS = ("contiguous", "nhwc_input", "channels_last")
NETS = {"densenet121": "densenet121", "bc100": "densenet-bc-l100-k12"}


def _timed(fn, sync, seconds: float) -> tuple[float, float, int]:
    """Mean wall and CPU seconds per call of ``fn`` over as many calls as fill ``seconds`` (at least one)."""
    n, t0, c0 = 0, time.perf_counter(), time.process_time()
    while True:
        fn()
        sync()
        n += 1
        wall = time.perf_counter() - t0
        if wall >= seconds:
            return wall / n, (time.process_time() - c0) / n, n


def bench(name: str, batch: int, rounds: int, round_s: float, device) -> dict:
    import torch

    from explorer.core.inference import choose_memory_format, predictor_from_model
    from explorer.core.models import build_model

    config = preset_config(NETS[name])
    torch.manual_seed(0)
    base = build_model(config).to(device).eval()
    cl = build_model(config).to(device).eval()
    cl.load_state_dict(base.state_dict())
    cl = cl.to(memory_format=torch.channels_last)
    size = config.input_size
    x = torch.randn(batch, config.in_channels, size, size, generator=torch.Generator().manual_seed(1)).to(device)
    x_nhwc = x.contiguous(memory_format=torch.channels_last)
    runs = {"contiguous": (base, x), "nhwc_input": (base, x_nhwc), "channels_last": (cl, x_nhwc)}

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    with torch.no_grad():
        outs = {v: m(i).float().cpu() for v, (m, i) in runs.items()}
        diff = max(float((outs[v] - outs["contiguous"]).abs().max()) for v in VARIANTS)
        for m, i in runs.values():  # warm-up
            _timed(lambda m=m, i=i: m(i), sync, round_s / 2)
        wall: dict[str, list[float]] = {v: [] for v in VARIANTS}
        cpu: dict[str, list[float]] = {v: [] for v in VARIANTS}
        calls = dict.fromkeys(VARIANTS, 0)
        for r in range(rounds):
            for v in (VARIANTS if r % 2 == 0 else tuple(reversed(VARIANTS))):
                m, i = runs[v]
                w, c, n = _timed(lambda m=m, i=i: m(i), sync, round_s)
                wall[v].append(w)
                cpu[v].append(c)
                calls[v] += n
    choice = None
    if batch == 1:
        pred = predictor_from_model(build_model(config).to(device), config)
        choice = choose_memory_format(pred)
    return {"wall": wall, "cpu": cpu, "calls": calls, "diff": diff, "choice": choice}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="densenet121 at batch 1 only, 4 rounds")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--rounds", type=int, default=None, help="interleaved rounds (default 8, quick 4)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's own)")
    args = ap.parse_args()
    import torch

    from explorer.core.devices import resolve_device

    device = resolve_device(args.device, compute=True)
    if args.threads:
        torch.set_num_threads(args.threads)
    rounds = args.rounds or (4 if args.quick else 8)
    cases = [("densenet121", 1)] if args.quick else [("densenet121", 1), ("densenet121", 16), ("bc100", 1),
                                                      ("bc100", 16)]
    load0 = os.getloadavg()
    print(f"device {device} ({torch.get_num_threads()} torch threads, {os.cpu_count()} CPUs), torch "
          f"{torch.__version__}; load at start {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}")
    print(f"{rounds} interleaved rounds per case, each variant timed for >= 0.25 s per round (mean per call)")
    result: dict[str, str] = {}
    for name, batch in cases:
        r = bench(name, batch, rounds, 0.25, device)
        print(f"\n{name} ({NETS[name]}), batch {batch}: outputs agree to {r['diff']:.1e} (max abs)")
        for v in VARIANTS:
            w = r["wall"][v]
            c = statistics.median(r["cpu"][v])
            print(f"  {v:<14} {batch / statistics.median(w):8.1f} img/s  median ({batch / max(w):.1f}-"
                  f"{batch / min(w):.1f}), {1000 * statistics.median(w):7.1f} ms/call wall, {1000 * c:7.1f} ms "
                  f"CPU, {r['calls'][v]} calls")
        for v in VARIANTS[1:]:
            s = paired_speedup(r["wall"]["contiguous"], r["wall"][v])
            print(f"  {v} / contiguous: {s}")
            if v == "channels_last":
                key = f"infer_cl_speedup_{name}_b{batch}"
                result[key], result[key + "_lo"], result[key + "_hi"] = (f"{s.median:.3f}", f"{s.lo:.3f}",
                                                                         f"{s.hi:.3f}")
            else:
                result[f"infer_nhwc_input_speedup_{name}_b{batch}"] = f"{s.median:.3f}"
        if r["choice"] is not None:
            c = r["choice"]
            print(f"  the app's choice (choose_memory_format, {c.speedup.n} short rounds): {c.name}, "
                  f"channels_last {c.speedup}")
            result[f"choice_{name}"] = c.name
    load1 = os.getloadavg()
    print(f"\nload at end {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}")
    print("RESULT " + " ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
