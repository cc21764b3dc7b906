"""Training speed and memory against the best plain PyTorch loop, measured so that the figures hold on a
shared machine (issue 14, "Benchmarks that hold").

Speed, interleaved in one process (round by round, the order reversed every other round, so that a busy
neighbour slows every variant alike), DenseNet-BC-100 k=12, 32x32, batch 64 (``--quick``: BC-40, batch 32):
  plain_contiguous, plain_channels_last  the plain fp32 loop: a torchvision-style module (torch.cat, BN-ReLU-
                                         Conv; defined below, loaded with explorer's state_dict and checked
                                         equal to it), pre-normalised batches, SGD Nesterov; "plain" is the
                                         faster of the two formats (by median)
  ours                                   explorer's Trainer path with its defaults: build_model as the Trainer
                                         builds it, TrainSettings' defaults (channels_last; AMP with --amp),
                                         the Trainer's batching and normalisation, train_step
  ours_amp                               the same under bf16 autocast (where the device has fast bf16, or --amp)
  ours_memory_efficient                  ours in memory-efficient mode
Per variant: images/s median (min-max) over every timed step, the step count, CPU seconds per step beside
wall seconds. Ratios pair round i of one variant with round i of the other: median (min-max); a range that
holds 1.0 prints "level". flop_fraction: 2 x 3 x forward multiply-adds x ours' images/s against the float32
matmul peak, the best of short bursts interleaved with the rounds (the quiet peak of this run).

Memory, plain mode against memory-efficient mode, both explorer's model with its defaults:
  saved   what autograd keeps for backward (saved-tensor hooks, unique storages), beside the ledger's model
          (explorer.core.ledger.train_step_bytes); in this process
  rss     whole-process peak RSS above the baseline (VmHWM), fresh processes alternating plain, efficient,
          plain, efficient, default allocator (CUDA: max_memory_allocated)
  live    in the same processes (CPU, glibc): the allocator's live bytes at the step's peak (mallinfo2 after each
          convolution), what RSS would be if freed memory always went back to the system

Allocator (CPU, glibc): the program tunes glibc's allocator at its start when asked (DENSENET_EXPLORER_ALLOCATOR=
tuned; explorer/core/allocator.py: freed memory kept for the next step instead of unmapped). The comparisons above
run in this process with the default allocator, the plain loop and ours alike, where the variants' churn leaves
glibc's heap warm for each other. A training process runs one of them: each variant then runs alone in fresh
processes alternating default and tuned; ratios pair round i of a default process with round i of the tuned one:
the allocator's speed-up of each, and ours tuned against the plain loop as a script runs it (default allocator),
with the page faults per step. The rss/live processes run again with the tuned allocator.

Ends with: RESULT plain_img_s=... ours_img_s=... speedup=... speedup_lo=... speedup_hi=... flop_fraction=...
mem_ratio_saved=... mem_ratio_rss=... mem_efficient_speed=... (and mem_ratio_live=... on glibc, amp_speedup=...
where AMP was timed; on glibc allocator_speedup=... (ours) allocator_speedup_plain=... speedup_tuned=...
speedup_tuned_lo=... speedup_tuned_hi=... mem_efficient_speed_tuned=... mem_ratio_rss_tuned=...)

    python benchmarks/bench_train.py                 # about 8 minutes on a quiet 2-core CPU
    python benchmarks/bench_train.py --quick         # under a minute
    python benchmarks/bench_train.py --device cuda --amp --channels-last
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.core.allocator import available as allocator_available  # noqa: E402
from explorer.core.config import DenseNetConfig, preset_config  # noqa: E402
from explorer.core.format import human  # noqa: E402
from explorer.core.ledger import compute_ledger  # noqa: E402
from explorer.core.speed import Spread, paired_speedup  # noqa: E402

# -- the plain module: torchvision's DenseNet structure with the CIFAR stem ------------------------------

def plain_densenet(config):
    """A torchvision-style DenseNet (concatenate, BN-ReLU-Conv) with explorer's state_dict keys."""
    import torch
    import torch.nn.functional as F
    from torch import nn

    class Layer(nn.Module):
        def __init__(self, cin: int) -> None:
            super().__init__()
            k, inter = config.growth_rate, config.bn_size * config.growth_rate
            self.norm1, self.relu1 = nn.BatchNorm2d(cin), nn.ReLU(inplace=True)
            if config.bottleneck:
                self.conv1 = nn.Conv2d(cin, inter, 1, bias=False)
                self.norm2, self.relu2 = nn.BatchNorm2d(inter), nn.ReLU(inplace=True)
                self.conv2 = nn.Conv2d(inter, k, 3, padding=1, bias=False)
            else:
                self.conv1 = nn.Conv2d(cin, k, 3, padding=1, bias=False)

        def forward(self, features):
            out = self.conv1(self.relu1(self.norm1(torch.cat(features, 1))))
            if config.bottleneck:
                out = self.conv2(self.relu2(self.norm2(out)))
            return out

    class Block(nn.ModuleDict):
        def forward(self, x):
            features = [x]
            for layer in self.values():
                features.append(layer(features))
            return torch.cat(features, 1)

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            c = config.num_init_features
            self.features = nn.Sequential(OrderedDict(conv0=nn.Conv2d(config.in_channels, c, 3, padding=1,
                                                                      bias=False)))
            for b, n in enumerate(config.block_layers, start=1):
                block = Block()
                for i in range(n):
                    block.add_module(f"denselayer{i + 1}", Layer(c + i * config.growth_rate))
                self.features.add_module(f"denseblock{b}", block)
                c += n * config.growth_rate
                if b < config.num_blocks:
                    out = int(math.floor(config.compression * c))
                    self.features.add_module(f"transition{b}", nn.Sequential(OrderedDict(
                        norm=nn.BatchNorm2d(c), relu=nn.ReLU(inplace=True), conv=nn.Conv2d(c, out, 1, bias=False),
                        pool=nn.AvgPool2d(2, 2))))
                    c = out
            self.features.add_module("norm5", nn.BatchNorm2d(c))
            self.classifier = nn.Linear(c, config.num_classes)

        def forward(self, x):
            out = F.adaptive_avg_pool2d(F.relu(self.features(x)), (1, 1))
            return self.classifier(torch.flatten(out, 1))

    return Net()


# -- variants -------------------------------------------------------------------------------------------

@dataclass
class Variant:
    name: str
    step: object  # () -> None: one training step on the next batch
    wall: list[list[float]] = field(default_factory=list)  # per round: seconds of each step
    cpu: list[list[float]] = field(default_factory=list)

    def round_median(self) -> list[float]:
        return [statistics.median(r) for r in self.wall]

    def all_steps(self) -> list[float]:
        return [t for r in self.wall for t in r]


def _sync(device) -> None:
    from explorer.core.training.step import synchronize

    synchronize(device)


def make_plain(config, state, images, labels, batch: int, device, channels_last: bool):
    """The plain fp32 loop over pre-normalised batches."""
    import torch
    import torch.nn.functional as F

    fmt = torch.channels_last if channels_last else torch.contiguous_format
    model = plain_densenet(config).to(device)
    model.load_state_dict(state)
    model.to(memory_format=fmt).train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
    xs = [images[i:i + batch].to(device, memory_format=fmt) for i in range(0, len(images) - batch + 1, batch)]
    ys = [labels[i:i + batch].to(device) for i in range(0, len(labels) - batch + 1, batch)]
    it = [0]

    def step() -> None:
        i = it[0] % len(xs)
        it[0] += 1
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(xs[i]), ys[i])
        loss.backward()
        opt.step()

    return step, model


def make_ours(config, state, data, batch: int, device, settings):
    """explorer's path as the Trainer takes it: build_model, the settings' format and precision, the
    Trainer's per-batch normalisation (make_batch) and train_step."""
    import torch

    from explorer.core.data import make_batch
    from explorer.core.models import build_model
    from explorer.core.training.settings import effective_config
    from explorer.core.training.step import grad_scaler, train_step

    model = build_model(effective_config(config, settings), device, memory_efficient=settings.memory_efficient)
    model.load_state_dict(state)
    fmt = torch.channels_last if settings.channels_last else torch.contiguous_format
    model.to(memory_format=fmt).train()
    opt = torch.optim.SGD(model.parameters(), lr=settings.lr, momentum=settings.momentum, nesterov=settings.nesterov,
                          weight_decay=settings.weight_decay)
    scaler = grad_scaler(device, settings.amp)
    mean = torch.tensor(data.mean).view(1, -1, 1, 1)
    std = torch.tensor(data.std).view(1, -1, 1, 1)
    n = len(data.labels) // batch
    it = [0]

    def step() -> None:
        i = it[0] % n
        it[0] += 1
        x, y = make_batch(data.images, data.labels, torch.arange(i * batch, (i + 1) * batch), mean, std,
                          data.pixel_max)
        train_step(model, opt, x.to(device, memory_format=fmt), y.to(device), amp=settings.amp, scaler=scaler)

    return step, model


def matmul_burst(device, seconds: float, n: int = 1024) -> float:
    """The best float32 matmul FLOP/s of a short burst."""
    import torch

    a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
    torch.mm(a, b)
    _sync(device)
    best, end = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        t0 = time.perf_counter()
        for _ in range(4):
            torch.mm(a, b)
        _sync(device)
        best = max(best, 4 * 2 * n**3 / (time.perf_counter() - t0))
    return best


def verdict(s: Spread) -> str:
    return f"{s.median:.3f}x ({s.lo:.3f}-{s.hi:.3f}, {s.n} paired rounds)" + \
        (": level" if s.level else (": faster" if s.lo > 1 else ": slower"))


# -- memory ---------------------------------------------------------------------------------------------

def saved_bytes(model, x, y, amp: bool) -> int:
    """Bytes autograd keeps for the backward pass of one training step: every tensor the forward saves,
    counted once per storage (views of one buffer share it)."""
    import torch
    import torch.nn.functional as F

    from explorer.core.training.step import amp_dtype

    seen: dict[int, int] = {}

    def pack(t):
        try:
            s = t.untyped_storage()
            seen[s.data_ptr()] = max(seen.get(s.data_ptr(), 0), s.nbytes())
        except (RuntimeError, NotImplementedError):
            pass
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t), \
            torch.autocast(x.device.type, dtype=amp_dtype(x.device), enabled=amp):
        loss = F.cross_entropy(model(x), y)
    loss.backward()
    return sum(seen.values())


def _live_sampler():
    """``(sample, peak)`` over glibc's live allocation bytes (mallinfo2: in use in the heap plus mmapped), where
    the C library has it; ``None`` elsewhere."""
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        mallinfo2 = libc.mallinfo2
    except (OSError, AttributeError):
        return None

    class _Info(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                     "keepcost")]

    mallinfo2.restype = _Info
    peak = [0]

    def sample() -> int:
        info = mallinfo2()
        live = info.uordblks + info.hblkhd
        peak[0] = max(peak[0], live)
        return live

    return sample, peak


def _sample_at_convolutions(sample) -> None:
    """Sample after every convolution of the step: the forward's (torch.nn.functional.conv2d, which the layers
    and the fused blocks call) and the fused blocks' backward ones, where the step's peak lies."""
    import torch.nn.functional as F

    from explorer.core.models import dense_fast

    conv, conv_backward = F.conv2d, dense_fast._conv_backward

    def conv2d(*a, **k):
        out = conv(*a, **k)
        sample()
        return out

    def backward(*a, **k):
        out = conv_backward(*a, **k)
        sample()
        return out

    F.conv2d, dense_fast._conv_backward = conv2d, backward


def memory_child(args) -> None:
    """In a fresh process: ``--steps`` training steps of explorer's model with its defaults; prints JSON."""
    import torch

    from explorer.core.models import build_model
    from explorer.core.training import TrainSettings
    from explorer.core.training.reports import process_memory_bytes
    from explorer.core.training.step import grad_scaler, train_step

    if args.allocator == "tuned":
        from explorer.core.allocator import tune_allocator

        tune_allocator()
    device = torch.device(args.device)
    settings = TrainSettings(channels_last=args.channels_last if args.channels_last is not None else
                             TrainSettings().channels_last, amp=bool(args.amp), drop_rate=0.0)
    config = _speed_config(args.quick)
    g = torch.Generator().manual_seed(0)
    fmt = torch.channels_last if settings.channels_last else torch.contiguous_format
    x = torch.randn(args.batch, 3, 32, 32, generator=g).to(device, memory_format=fmt)
    y = torch.randint(0, 10, (args.batch,), generator=g).to(device)
    base = torch.cuda.memory_allocated(device) if device.type == "cuda" else process_memory_bytes()
    sampler = _live_sampler() if device.type == "cpu" else None
    if sampler is not None:
        _sample_at_convolutions(sampler[0])
        live_base = sampler[0]()
    model = build_model(config, device, memory_efficient=args.memory_efficient).to(memory_format=fmt).train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
    scaler = grad_scaler(device, settings.amp)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    for _ in range(args.steps):
        train_step(model, opt, x, y, amp=settings.amp, scaler=scaler)
    _sync(device)
    if device.type == "cuda":
        peak = torch.cuda.max_memory_allocated(device) - base
    else:  # VmHWM: this address space's own peak (ru_maxrss would carry the parent's across fork and exec)
        with open("/proc/self/status") as fh:
            peak = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmHWM:")) - base
    live = sampler[1][0] - live_base if sampler is not None else None
    print(json.dumps({"peak_bytes": peak, "base_bytes": base, "live_bytes": live}))


def _child_options(args) -> list[str]:
    return ["--device", args.device, "--batch", str(args.batch_size)] + (["--quick"] if args.quick else []) + \
        (["--amp"] if args.amp else []) + \
        ([] if args.channels_last is None else ["--channels-last" if args.channels_last else "--no-channels-last"])


def rss_pairs(args, pairs: int, allocator: str = "default") -> tuple[dict[bool, list[int]], dict[bool, list[int]]]:
    """Peak RSS above the baseline and (glibc) the allocator's live peak, per mode, in fresh processes."""
    peaks: dict[bool, list[int]] = {False: [], True: []}
    lives: dict[bool, list[int]] = {False: [], True: []}
    for _ in range(pairs):
        for eff in (False, True):
            cmd = [sys.executable, __file__, "--_memory-child", "--steps", "2", "--allocator", allocator] + \
                (["--memory-efficient"] if eff else []) + _child_options(args)
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            peaks[eff].append(got["peak_bytes"])
            if got.get("live_bytes") is not None:
                lives[eff].append(got["live_bytes"])
    return peaks, lives


# -- the allocator -------------------------------------------------------------------------------------

ALLOCATOR_VARIANTS = ("plain", "ours", "ours_memory_efficient")


def allocator_child(args) -> None:
    """In a fresh process, the allocator tuned as the program tunes it or left alone (``--allocator``), one
    variant alone (``--variant``: plain (channels_last), ours or ours_memory_efficient), as a training process
    runs it: ``--rounds`` rounds of ``--steps`` steps after two warm-up steps; prints JSON with each round's
    median seconds per step and the process's page faults per step."""
    import resource

    import torch

    tuned = False
    if args.allocator == "tuned":
        from explorer.core.allocator import tune_allocator

        tuned = tune_allocator()
    from explorer.core.data import make_shapes
    from explorer.core.models import build_model
    from explorer.core.training import TrainSettings

    device = torch.device(args.device)
    config = _speed_config(args.quick)
    defaults = TrainSettings(drop_rate=0.0, device=str(device), amp=bool(args.amp))
    if args.channels_last is not None:
        defaults = defaults.replace(channels_last=args.channels_last)
    data = make_shapes(args.batch_size * 4, seed=0)
    torch.manual_seed(0)
    state = build_model(config, device).state_dict()
    if args.variant == "plain":
        mean = torch.tensor(data.mean).view(1, -1, 1, 1)
        std = torch.tensor(data.std).view(1, -1, 1, 1)
        images = (data.images.float() / data.pixel_max - mean) / std
        step = make_plain(config, state, images, data.labels, args.batch_size, device, True)[0]
    else:
        settings = defaults.replace(memory_efficient=args.variant == "ours_memory_efficient")
        step = make_ours(config, state, data, args.batch_size, device, settings)[0]
    for _ in range(2):
        step()
    rounds: list[float] = []
    faults0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(args.rounds):
        times = []
        for _ in range(args.steps):
            _sync(device)
            t0 = time.perf_counter()
            step()
            _sync(device)
            times.append(time.perf_counter() - t0)
        rounds.append(statistics.median(times))
    faults = (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults0) / (args.rounds * args.steps)
    print(json.dumps({"tuned": tuned, "rounds": rounds, "faults_per_step": faults}))


def allocator_pairs(args, pairs: int, rounds: int, steps: int) -> tuple[dict, dict]:
    """Per variant, fresh processes alternating default, tuned, tuned, default, ...: each allocator's round
    medians, the processes' rounds concatenated in order (round i of a default process pairs with round i of
    the tuned process beside it), and the page faults per step of each process."""
    got: dict[str, dict[str, list[float]]] = {"default": {}, "tuned": {}}
    faults: dict[str, dict[str, list[float]]] = {"default": {}, "tuned": {}}
    for i in range(pairs):
        for name in ALLOCATOR_VARIANTS:
            for allocator in ("default", "tuned") if i % 2 == 0 else ("tuned", "default"):
                cmd = [sys.executable, __file__, "--_allocator-child", "--allocator", allocator, "--variant", name,
                       "--rounds", str(rounds), "--steps", str(steps)] + _child_options(args)
                out = subprocess.run(cmd, capture_output=True, text=True, check=True)
                child = json.loads(out.stdout.strip().splitlines()[-1])
                if allocator == "tuned" and not child["tuned"]:
                    raise RuntimeError("the allocator child could not tune the allocator")
                got[allocator].setdefault(name, []).extend(child["rounds"])
                faults[allocator].setdefault(name, []).append(child["faults_per_step"])
    return got, faults


# -- the run --------------------------------------------------------------------------------------------

def _speed_config(quick: bool) -> DenseNetConfig:
    config = DenseNetConfig.from_depth(40, 3, True, growth_rate=12) if quick else \
        preset_config("densenet-bc-l100-k12")
    return config.replace(drop_rate=0.0, num_classes=10)


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="BC-40 at batch 32, fewer rounds: under a minute")
    p.add_argument("--device", default="cpu")
    p.add_argument("--amp", action="store_true", help="ours trains under mixed precision (default: the "
                   "settings' default, off; ours_amp is timed beside it where the device has fast bf16)")
    p.add_argument("--channels-last", action=argparse.BooleanOptionalAction, default=None,
                   help="ours' format (default: TrainSettings' default)")
    p.add_argument("--rounds", type=int, default=None, help="interleaved rounds (default 6, quick 4)")
    p.add_argument("--steps", type=int, default=None, help="timed steps per variant per round (default 2)")
    p.add_argument("--batch-size", "--batch", dest="batch_size", type=int, default=None)
    p.add_argument("--rss-pairs", type=int, default=None, help="fresh-process memory pairs (default 2, quick 1)")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--memory-efficient", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--_memory-child", dest="memory_child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--_allocator-child", dest="allocator_child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--allocator", choices=("default", "tuned"), default="default", help=argparse.SUPPRESS)
    p.add_argument("--variant", choices=ALLOCATOR_VARIANTS, default="ours", help=argparse.SUPPRESS)
    p.add_argument("--allocator-pairs", type=int, default=None,
                   help="fresh-process pairs, default and tuned allocator (default 2, quick 1; 0: skip)")
    args = p.parse_args()
    args.batch_size = args.batch_size or (32 if args.quick else 64)
    args.batch = args.batch_size
    return args


def main() -> int:
    args = parse_args()
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    if args.memory_child:
        memory_child(args)
        return 0
    if args.allocator_child:
        allocator_child(args)
        return 0

    from explorer.core.data import make_shapes
    from explorer.core.devices import DeviceError, fast_amp, resolve_device
    from explorer.core.models import build_model
    from explorer.core.training import TrainSettings

    try:
        device = resolve_device(args.device, compute=True)
    except DeviceError as exc:  # e.g. --device cuda on a machine without a GPU
        print(f"bench_train: {exc}", file=sys.stderr)
        return 2
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True
    quick = args.quick
    rounds = args.rounds or (4 if quick else 6)
    steps = args.steps or 2
    batch = args.batch_size
    load0 = os.getloadavg()
    config = _speed_config(quick)
    amp_fast = fast_amp(device)
    print(f"device {device} ({torch.get_num_threads()} torch threads, {os.cpu_count()} CPUs), torch "
          f"{torch.__version__}, fast low precision: {amp_fast}; load at start {load0[0]:.2f} {load0[1]:.2f} "
          f"{load0[2]:.2f}")
    print(f"{config.title}, 32x32, batch {batch}, {rounds} interleaved rounds x {steps} timed steps per variant "
          "(after 2 untimed warm-up steps each)")

    defaults = TrainSettings(drop_rate=0.0, device=str(device))
    if args.channels_last is not None:
        defaults = defaults.replace(channels_last=args.channels_last)
    if args.amp:
        defaults = defaults.replace(amp=True)
    data = make_shapes(batch * 4, seed=0)
    torch.manual_seed(0)
    reference = build_model(config, device)
    state = {k: v.clone() for k, v in reference.state_dict().items()}
    mean = torch.tensor(data.mean).view(1, -1, 1, 1)
    std = torch.tensor(data.std).view(1, -1, 1, 1)
    images = (data.images.float() / data.pixel_max - mean) / std

    # The plain module is the same network: explorer's weights load into it and give the same outputs.
    plain_check = plain_densenet(config).to(device)
    plain_check.load_state_dict(state)
    with torch.no_grad():
        xb = images[:8].to(device)
        diff = (plain_check.eval()(xb) - reference.eval()(xb)).abs().max().item()
    print(f"plain module loads explorer's state_dict (strict); eval outputs differ by at most {diff:.2e}")
    del plain_check, reference

    variants: list[Variant] = []
    for name, cl in (("plain_contiguous", False), ("plain_channels_last", True)):
        variants.append(Variant(name, make_plain(config, state, images, data.labels, batch, device, cl)[0]))
    ours_settings = {"ours": defaults, "ours_memory_efficient": defaults.replace(memory_efficient=True)}
    if not defaults.amp and (amp_fast or device.type == "cuda"):
        ours_settings["ours_amp"] = defaults.replace(amp=True)
    for name, s in ours_settings.items():
        variants.append(Variant(name, make_ours(config, state, data, batch, device, s)[0]))
    for v in variants:
        for _ in range(2):
            v.step()
    _sync(device)
    peaks: list[float] = []
    burst_s = 0.25 if quick else 0.5
    for r in range(rounds):
        peaks.append(matmul_burst(device, burst_s))
        for v in variants if r % 2 == 0 else variants[::-1]:
            wall, cpu = [], []
            for _ in range(steps):
                _sync(device)
                t0, c0 = time.perf_counter(), time.process_time()
                v.step()
                _sync(device)
                wall.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            v.wall.append(wall)
            v.cpu.append(cpu)
    peaks.append(matmul_burst(device, burst_s))
    by = {v.name: v for v in variants}

    print("\nimages/s: median (min-max) over every timed step; CPU s per step beside wall s (median)")
    for v in variants:
        ts = v.all_steps()
        cpu = statistics.median([c for r in v.cpu for c in r])
        print(f"  {v.name:22s} {batch / statistics.median(ts):8.1f} img/s ({batch / max(ts):.1f}-{batch / min(ts):.1f})"
              f"  {len(ts)} steps   wall {statistics.median(ts):.3f} s  CPU {cpu:.3f} s  (CPU/wall "
              f"{cpu / statistics.median(ts):.2f})")
    plain_name = min(("plain_contiguous", "plain_channels_last"), key=lambda n: statistics.median(by[n].all_steps()))
    plain, ours = by[plain_name], by["ours"]
    plain_img_s = batch / statistics.median(plain.all_steps())
    ours_img_s = batch / statistics.median(ours.all_steps())
    speed = paired_speedup(plain.round_median(), ours.round_median())
    fmt_ratio = paired_speedup(by["plain_contiguous"].round_median(), by["plain_channels_last"].round_median())
    eff = paired_speedup(ours.round_median(), by["ours_memory_efficient"].round_median())
    print(f"\nplain = {plain_name} (the faster plain format); plain channels_last / contiguous: {verdict(fmt_ratio)}")
    print(f"ours ({'channels_last' if defaults.channels_last else 'contiguous'}, "
          f"{'AMP' if defaults.amp else 'fp32'}) / plain: {verdict(speed)}   (goal >= 1.5)")
    amp_ratio = None
    if "ours_amp" in by:
        amp_ratio = paired_speedup(plain.round_median(), by["ours_amp"].round_median())
        print(f"ours_amp / plain: {verdict(amp_ratio)};  ours_amp / ours: "
              f"{verdict(paired_speedup(ours.round_median(), by['ours_amp'].round_median()))}")
    print(f"ours_memory_efficient / ours (speed): {verdict(eff)}   (goal >= 0.95)")

    macs = compute_ledger(config).total_macs
    peak = max(peaks)
    fraction = 6 * macs * ours_img_s / peak
    print(f"\nfloat32 matmul peak {human(peak)}FLOP/s: the best of {len(peaks)} bursts interleaved with the rounds "
          f"(bursts ranged {human(min(peaks))}-{human(peak)}FLOP/s); ours trains at {human(6 * macs * ours_img_s)}"
          f"FLOP/s (2 x 3 x {human(macs)} multiply-adds x {ours_img_s:.1f} img/s): flop_fraction {fraction:.3f}")

    # Memory: what autograd keeps, in this process, then peak RSS in fresh processes.
    from explorer.core.training.settings import effective_config

    ledger = compute_ledger(config)
    saved = {}
    fmt = torch.channels_last if defaults.channels_last else torch.contiguous_format
    xm = images[:batch].to(device, memory_format=fmt)
    ym = data.labels[:batch].to(device)
    for mode in (False, True):
        model = build_model(effective_config(config, defaults), device, memory_efficient=mode)
        model.to(memory_format=fmt).train()
        saved[mode] = saved_bytes(model, xm, ym, defaults.amp)
        del model
    mb = 2**20
    print(f"\nmemory, plain mode vs memory-efficient mode ({config.title}, batch {batch}):")
    print(f"  saved for backward (autograd's saved tensors, unique storages): plain {saved[False] / mb:.0f} MB, "
          f"memory-efficient {saved[True] / mb:.0f} MB: {saved[True] / saved[False]:.2f}x;  the ledger's model: "
          f"{ledger.train_activation_bytes(batch) / mb:.0f} MB and "
          f"{ledger.train_activation_bytes(batch, True) / mb:.0f} MB")
    pairs = args.rss_pairs or (1 if quick else 2)
    rss, live = rss_pairs(args, pairs)
    kind = "CUDA max allocated" if device.type == "cuda" else "peak RSS above the baseline, default allocator"
    ratios = [e / p for p, e in zip(rss[False], rss[True])]
    print(f"  whole process ({kind}), {pairs} alternating pair(s) of fresh processes: plain "
          f"{', '.join(f'{b / mb:.0f}' for b in rss[False])} MB, memory-efficient "
          f"{', '.join(f'{b / mb:.0f}' for b in rss[True])} MB: {statistics.median(ratios):.2f}x "
          f"({min(ratios):.2f}-{max(ratios):.2f})   (goal <= 0.45)")
    live_ratios = [e / p for p, e in zip(live[False], live[True])]
    if live_ratios:
        print(f"  live allocations at the step's peak, same processes (glibc mallinfo2 after each convolution; "
              f"what RSS would be if the allocator returned every freed block): plain "
              f"{', '.join(f'{b / mb:.0f}' for b in live[False])} MB, memory-efficient "
              f"{', '.join(f'{b / mb:.0f}' for b in live[True])} MB: {statistics.median(live_ratios):.2f}x "
              f"({min(live_ratios):.2f}-{max(live_ratios):.2f})")
    tuned_result = ""
    alloc_pairs = args.allocator_pairs if args.allocator_pairs is not None else (1 if quick else 2)
    if device.type == "cpu" and allocator_available() and alloc_pairs > 0:
        arounds = 3
        got, faults = allocator_pairs(args, alloc_pairs, arounds, steps)
        d, t = got["default"], got["tuned"]
        ours_gain = paired_speedup(d["ours"], t["ours"])
        plain_gain = paired_speedup(d["plain"], t["plain"])
        shipped = paired_speedup(d["plain"], t["ours"])
        eff_tuned = paired_speedup(t["ours"], t["ours_memory_efficient"])
        print(f"\nallocator: each variant alone in a fresh process, as a training process runs it, {alloc_pairs} "
              f"alternating pair(s) per variant (default, and tuned as DENSENET_EXPLORER_ALLOCATOR=tuned tunes it), "
              f"{arounds} rounds x {steps} "
              "steps each; plain = plain_channels_last; page faults per step (median of the processes):")
        for name in ALLOCATOR_VARIANTS:
            print(f"  {name:22s} default {batch / statistics.median(d[name]):6.1f} img/s "
                  f"({statistics.median(faults['default'][name]) / 1000:.0f}k faults), tuned "
                  f"{batch / statistics.median(t[name]):6.1f} img/s "
                  f"({statistics.median(faults['tuned'][name]) / 1000:.0f}k faults): tuned / default "
                  f"{verdict(paired_speedup(d[name], t[name]))}")
        print(f"  ours, tuned allocator / the plain loop as a script runs it (default allocator): "
              f"{verdict(shipped)}   (goal >= 1.5; in one process, same allocator: {speed.median:.3f}x above)")
        print(f"  ours_memory_efficient / ours, both tuned (speed): {verdict(eff_tuned)}   (goal >= 0.95)")
        rss_t, live_t = rss_pairs(args, pairs, "tuned")
        ratios_t = [e / p for p, e in zip(rss_t[False], rss_t[True])]
        print(f"  whole process, tuned allocator (peak RSS above the baseline), {pairs} alternating pair(s): plain "
              f"{', '.join(f'{b / mb:.0f}' for b in rss_t[False])} MB, memory-efficient "
              f"{', '.join(f'{b / mb:.0f}' for b in rss_t[True])} MB: {statistics.median(ratios_t):.2f}x "
              f"({min(ratios_t):.2f}-{max(ratios_t):.2f})   (goal <= 0.45)")
        tuned_result = (f" allocator_speedup={ours_gain.median:.3f} allocator_speedup_plain={plain_gain.median:.3f}"
                        f" speedup_tuned={shipped.median:.3f} speedup_tuned_lo={shipped.lo:.3f}"
                        f" speedup_tuned_hi={shipped.hi:.3f} mem_efficient_speed_tuned={eff_tuned.median:.3f}"
                        f" mem_ratio_rss_tuned={statistics.median(ratios_t):.3f}")
    load1 = os.getloadavg()
    print(f"\nload at end {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f} (the machine is shared: figures are noisy, "
          "read the spreads)")
    result = (f"RESULT plain_img_s={plain_img_s:.2f} ours_img_s={ours_img_s:.2f} speedup={speed.median:.3f} "
              f"speedup_lo={speed.lo:.3f} speedup_hi={speed.hi:.3f}{' level=1' if speed.level else ''} "
              f"flop_fraction={fraction:.3f} mem_ratio_saved={saved[True] / saved[False]:.3f} "
              f"mem_ratio_rss={statistics.median(ratios):.3f} mem_efficient_speed={eff.median:.3f}")
    if live_ratios:
        result += f" mem_ratio_live={statistics.median(live_ratios):.3f}"
    if amp_ratio is not None:
        result += f" amp_speedup={amp_ratio.median:.3f} amp_speedup_lo={amp_ratio.lo:.3f} " \
                  f"amp_speedup_hi={amp_ratio.hi:.3f}"
    print(result + tuned_result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
