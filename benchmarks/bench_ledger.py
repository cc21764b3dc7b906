"""How fast is "what is this network?": the ledger (runs on every slider tick) against a plain integer
loop that counts the same parameters, building the module on meta and on CPU, and torchinfo.

Goal (issue 2): the ledger of densenet264 in at most 1 ms. Prints medians side by side and ends with
`RESULT ledger_densenet264_ms=... build_meta_densenet264_ms=... torchinfo_densenet264_ms=...`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explorer.core.config import PRESETS  # noqa: E402
from explorer.core.ledger import compute_ledger  # noqa: E402


def median_ms(fn, repeat: int, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times)


def plain_param_count(cfg) -> int:
    """The anchor: the parameter count alone, as a bare integer loop (no rows, no sizes)."""
    k, c = cfg.growth_rate, cfg.num_init_features
    total = cfg.in_channels * c * (49 if cfg.stem == "imagenet" else 9) + (2 * c if cfg.stem == "imagenet" else 0)
    for b, n in enumerate(cfg.block_layers):
        for i in range(n):
            cin = c + i * k
            total += 2 * cin + cin * 4 * k + 8 * k + 4 * k * k * 9 if cfg.bottleneck else 2 * cin + cin * k * 9
        c += n * k
        if b < len(cfg.block_layers) - 1:
            out = int(cfg.compression * c)
            total += 2 * c + c * out
            c = out
    return total + 2 * c + c * cfg.num_classes + cfg.num_classes


def main() -> None:
    print(f"{'preset':22} {'ledger ms':>10} {'plain loop ms':>14} {'ratio':>6}")
    results = {}
    for name, preset in PRESETS.items():
        cfg = preset.config
        if cfg.family != "densenet":
            continue
        assert plain_param_count(cfg) == compute_ledger(cfg).total_params
        ledger_ms = median_ms(lambda c=cfg: compute_ledger(c), 200)
        plain_ms = median_ms(lambda c=cfg: plain_param_count(c), 200)
        results[name] = ledger_ms
        print(f"{name:22} {ledger_ms:10.3f} {plain_ms:14.3f} {ledger_ms / plain_ms:6.1f}x")

    import torch
    import torchinfo

    from explorer.core.models import build_model

    torch.set_num_threads(max(1, torch.get_num_threads()))
    cfg = PRESETS["densenet264"].config
    meta_ms = median_ms(lambda: build_model(cfg, "meta"), 10, warmup=1)
    cpu_ms = median_ms(lambda: build_model(cfg, "cpu"), 3, warmup=1)
    model = build_model(cfg, "cpu")
    info_ms = median_ms(lambda: torchinfo.summary(model, input_size=(1, 3, 224, 224), verbose=0), 3, warmup=1)
    ledger_ms = results["densenet264"]
    print()
    print(f"densenet264: ledger {ledger_ms:.3f} ms | build on meta {meta_ms:.1f} ms ({meta_ms / ledger_ms:.0f}x) | "
          f"build on cpu {cpu_ms:.1f} ms ({cpu_ms / ledger_ms:.0f}x) | torchinfo.summary {info_ms:.1f} ms "
          f"({info_ms / ledger_ms:.0f}x)")
    print(f"goal: ledger <= 1 ms: {'met' if ledger_ms <= 1.0 else 'NOT met'}")
    print(f"RESULT ledger_densenet264_ms={ledger_ms:.3f} build_meta_densenet264_ms={meta_ms:.1f} "
          f"torchinfo_densenet264_ms={info_ms:.1f} build_cpu_densenet264_ms={cpu_ms:.1f}")


if __name__ == "__main__":
    main()
