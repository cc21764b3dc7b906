"""What the Trainer records beside the loss: each layer's gradient norm per epoch (sampled every N batches),
the feature-reuse heatmaps per epoch (DenseNet), the validation set's per-class accuracy, confusion matrix,
top-5 accuracy and misclassified images, and the measured peak memory beside the ledger's estimate.

The report types (``EpochInsights``, ``RunInsights``, ``Misclassified``) are plain data (lists, numbers,
bytes), so they cross threads and processes; torch is imported inside the functions that need it. A run's
insights are saved as ``OUT/insights.json`` (atomically, at each epoch end) and read back by
``load_insights``.
"""

from __future__ import annotations

import base64
import json
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch
    from torch import Tensor, nn

__all__ = ["Misclassified", "EpochInsights", "RunInsights", "GradNormRecorder", "ValidationDetail",
           "detailed_evaluate", "peak_memory_bytes", "estimated_memory_bytes", "reuse_per_epoch",
           "save_insights", "load_insights", "insights_json", "INSIGHTS_FILE", "MAX_MISCLASSIFIED",
           "THUMBNAIL_SIZE", "CONFUSION_ALL_EPOCHS_MAX", "measure_grad_norm_overhead", "grad_layer_names",
           "ledger_rows_of", "validation_image"]

INSIGHTS_FILE = "insights.json"
MAX_MISCLASSIFIED = 48
CONFUSION_ALL_EPOCHS_MAX = 20  # classes up to which every epoch's confusion matrix is kept (else the last's)
THUMBNAIL_SIZE = 32  # the longest side of a misclassified image's thumbnail, in pixels
_FORMAT = 1


@dataclass
class Misclassified:
    """One validation image the network got wrong: its index in the validation split, the true and predicted
    class indices, and a uint8 thumbnail (``channels`` x ``height`` x ``width``, row-major, 0..255)."""

    index: int
    true: int
    predicted: int
    channels: int
    height: int
    width: int
    pixels: bytes

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "true": self.true, "predicted": self.predicted, "channels": self.channels,
                "height": self.height, "width": self.width, "pixels": base64.b64encode(self.pixels).decode("ascii")}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Misclassified:
        return cls(int(d["index"]), int(d["true"]), int(d["predicted"]), int(d["channels"]), int(d["height"]),
                   int(d["width"]), base64.b64decode(d["pixels"]))


@dataclass
class EpochInsights:
    """One epoch's insights. ``grad_norms[i]``: the RMS over the sampled batches of layer i's gradient norm
    (the L2 norm of all its parameters' gradients together; layers as in ``RunInsights.layers``).
    ``confusion[t][p]``: validation images of true class t predicted as p. ``top5`` is None where the dataset
    has 5 classes or fewer, and every validation field is None/empty where there is no validation split.
    ``reuse``: per dense block, the Figure 5 matrix (rows targets, columns sources, None = no connection),
    None for other families. In ``RunInsights.epochs`` only the last epoch keeps its misclassified images (and,
    beyond 20 classes, its confusion matrix): see ``RunInsights.keep``."""

    epoch: int  # 1-based
    grad_norms: list[float]
    grad_samples: int  # batches sampled for grad_norms
    val_count: int = 0
    per_class_acc: list[float | None] = field(default_factory=list)  # None: no validation image of that class
    confusion: list[list[int]] = field(default_factory=list)
    top1: float | None = None
    top5: float | None = None
    misclassified: list[Misclassified] = field(default_factory=list)
    misclassified_total: int = 0  # all wrong validation images (``misclassified`` keeps the first few)
    reuse: list[list[list[float | None]]] | None = None
    peak_memory_bytes: int | None = None  # measured: CUDA max allocated, else the process's VmHWM
    peak_memory_kind: str = ""  # "cuda" or "process"
    estimated_memory_bytes: int | None = None  # the ledger's train_step_bytes(batch, memory_efficient)
    # When training started (after the network and data were in memory): CUDA's allocated bytes, or the process's
    # resident set. On CPU the process's peak holds Python, torch and the data too: peak - baseline is what
    # training added, to set beside the estimate.
    baseline_memory_bytes: int | None = None
    record_seconds: float = 0.0  # time spent recording the gradient norms in this epoch

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "misclassified"}
        d["misclassified"] = [m.to_dict() for m in self.misclassified]
        d["grad_norms"] = [_finite(v) for v in self.grad_norms]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EpochInsights:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d and k != "misclassified"}
        known["grad_norms"] = [float("nan") if v is None else float(v) for v in known.get("grad_norms", [])]
        return cls(**known, misclassified=[Misclassified.from_dict(m) for m in d.get("misclassified", [])])


@dataclass
class RunInsights:
    """A run's insights: the layer names (the model's module names, e.g. ``features.denseblock1.denselayer3.conv2``),
    the class names, the sampling interval and one ``EpochInsights`` per finished epoch."""

    layers: list[str]
    classes: list[str]
    grad_norm_every: int
    family: str = ""
    epochs: list[EpochInsights] = field(default_factory=list)

    def keep(self, epoch: EpochInsights) -> None:
        """Add (or replace) an epoch's insights. So that a long run's file stays small, the epochs before it keep
        no misclassified images, and no confusion matrix beyond ``CONFUSION_ALL_EPOCHS_MAX`` classes (their
        per-class and top-k accuracy stay); the objects a callback was given are copied, never changed."""
        from dataclasses import replace

        kept = []
        for e in self.epochs:
            if e.epoch >= epoch.epoch:
                continue
            if e.misclassified or (e.confusion and len(e.confusion) > CONFUSION_ALL_EPOCHS_MAX):
                e = replace(e, misclassified=[],
                            confusion=e.confusion if len(e.confusion) <= CONFUSION_ALL_EPOCHS_MAX else [])
            kept.append(e)
        self.epochs = kept + [epoch]

    def grad_norm_matrix(self) -> list[list[float]]:
        """Layers x epochs (the heatmap's orientation): ``[layer][epoch]``."""
        return [[e.grad_norms[i] for e in self.epochs] for i in range(len(self.layers))]

    def to_dict(self) -> dict[str, Any]:
        return {"format": _FORMAT, "layers": self.layers, "classes": self.classes,
                "grad_norm_every": self.grad_norm_every, "family": self.family,
                "epochs": [e.to_dict() for e in self.epochs]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunInsights:
        return cls(list(d["layers"]), list(d["classes"]), int(d["grad_norm_every"]), str(d.get("family", "")),
                   [EpochInsights.from_dict(e) for e in d.get("epochs", [])])


def _finite(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


def insights_json(insights: RunInsights) -> str:
    return json.dumps(insights.to_dict(), separators=(",", ":"), allow_nan=False)


def save_insights(out_dir: str | os.PathLike, insights: RunInsights) -> Path:
    """``OUT/insights.json``, written atomically."""
    from ..io import atomic_write_text

    path = Path(out_dir) / INSIGHTS_FILE
    atomic_write_text(path, insights_json(insights))
    return path


def load_insights(path: str | os.PathLike) -> RunInsights | None:
    """A run's insights from its folder (or the insights.json itself); None where the run has none (an older
    run). A damaged file raises FileFormatError naming it."""
    from ..io import FileFormatError
    from ..messages import M

    p = Path(path)
    if p.is_dir():
        p = p / INSIGHTS_FILE
    if not p.exists():
        return None
    try:
        return RunInsights.from_dict(json.loads(p.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise FileFormatError(M("train.bad_insights", "{path}: is not a run's insights file ({reason})")(
            path=str(p), reason=str(exc))) from exc


# -- gradient norms ---------------------------------------------------------------------------------------

def _weighted_modules(model: nn.Module) -> list[tuple[str, list[nn.Parameter]]]:
    from torch import nn

    out = []
    for name, module in model.named_modules():
        if isinstance(module, (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Linear)):
            params = [p for p in module.parameters(recurse=False) if p.requires_grad]
            if params:
                out.append((name.removeprefix("module."), params))
    return out


def grad_layer_names(model: nn.Module) -> list[str]:
    """The layers whose gradient norms are recorded: every convolution and linear layer, by module name."""
    return [name for name, _ in _weighted_modules(model)]


def ledger_rows_of(layers: list[str], row_names: list[str]) -> list[str | None]:
    """For each recorded layer (a module name), the ledger row that holds it: the longest row name that is the
    layer or a prefix of it (``features.denseblock1.denselayer3.conv2`` -> ``features.denseblock1.denselayer3``);
    None where no row does. So the window can group a layer x epoch heatmap by the ledger's and diagram's rows."""
    out: list[str | None] = []
    for layer in layers:
        best = None
        for row in row_names:
            if (layer == row or layer.startswith(row + ".")) and (best is None or len(row) > len(best)):
                best = row
        out.append(best)
    return out


class GradNormRecorder:
    """Each conv/linear layer's gradient norm (weight and bias together), read from the parameters' ``.grad``
    after ``train_step`` (they stay until the next ``zero_grad``): one ``torch._foreach_norm`` per sample,
    kept on the device; ``epoch_values`` gives the RMS of the samples and starts the next epoch."""

    def __init__(self, model: nn.Module, every: int = 10) -> None:
        if every < 1:
            from ..config import ConfigError
            from ..messages import M

            raise ConfigError("grad_norm_every", every, M("train.grad_norm_every", "must be a whole number of batches"),
                              M("range.at_least", "at least {n}")(n=1))
        self.every = every
        modules = _weighted_modules(model)
        self.layers = [name for name, _ in modules]
        self._params = [p for _, ps in modules for p in ps]
        self._owner = [i for i, (_, ps) in enumerate(modules) for _ in ps]
        self._sum: Tensor | None = None
        self.samples = 0
        self.seconds = 0.0

    def wants(self, batch: int, batches: int) -> bool:
        """Whether batch ``batch`` (0-based) of ``batches`` is sampled: every N-th, and the last of the epoch."""
        return (batch + 1) % self.every == 0 or batch == batches - 1

    def sample(self) -> None:
        import torch

        t0 = time.perf_counter()
        grads = [p.grad for p in self._params]
        present = [i for i, g in enumerate(grads) if g is not None]
        if not present:
            return
        norms = torch._foreach_norm([grads[i].detach() for i in present])
        sq = torch.stack(norms).float().square()
        per_layer = torch.zeros(len(self.layers), device=sq.device, dtype=sq.dtype)
        owner = torch.tensor([self._owner[i] for i in present], device=sq.device)
        per_layer.index_add_(0, owner, sq)  # a layer's squared norm: the sum over its parameters
        self._sum = per_layer if self._sum is None else self._sum + per_layer
        self.samples += 1
        self.seconds += time.perf_counter() - t0

    def epoch_values(self) -> tuple[list[float], int, float]:
        """(RMS norm per layer over the samples, samples, seconds spent); NaN where nothing was sampled."""
        if self._sum is None or self.samples == 0:
            values = [float("nan")] * len(self.layers)
        else:
            # _sum holds sum over samples of |g|^2: RMS = sqrt(mean of |g|^2)
            values = [math.sqrt(v / self.samples) for v in self._sum.cpu().tolist()]
        out = (values, self.samples, self.seconds)
        self._sum, self.samples, self.seconds = None, 0, 0.0
        return out


# -- the validation pass ----------------------------------------------------------------------------------

@dataclass
class ValidationDetail:
    loss: float
    accuracy: float
    count: int
    per_class_acc: list[float | None]
    confusion: list[list[int]]
    top5: float | None
    misclassified: list[Misclassified]
    misclassified_total: int


def _thumbnail(image: Tensor, pixel_max: float, size: int) -> tuple[int, int, int, bytes]:
    import torch
    import torch.nn.functional as F

    x = image.to(torch.float32) * (255.0 / pixel_max)
    c, h, w = x.shape
    longest = max(h, w)
    if longest > size:
        nh, nw = max(1, round(h * size / longest)), max(1, round(w * size / longest))
        x = F.interpolate(x[None], size=(nh, nw), mode="area")[0]
        h, w = nh, nw
    px = x.round().clamp(0, 255).to(torch.uint8).contiguous()
    return c, h, w, px.numpy().tobytes()


def detailed_evaluate(model: nn.Module, images: Tensor, labels: Tensor, mean: Tensor, std: Tensor, pixel_max: float,
                      device: torch.device, num_classes: int, *,
                      memory_format: torch.memory_format | None = None, amp: bool = False, batch_size: int = 256,
                      max_misclassified: int = MAX_MISCLASSIFIED,
                      thumbnail_size: int = THUMBNAIL_SIZE) -> ValidationDetail:
    """One pass over the validation images, as ``step.evaluate`` does it (eval mode, batches, the same
    autocast and memory format; the mode given back after), that also counts the confusion matrix, per-class
    and top-5 accuracy and keeps the first ``max_misclassified`` wrong images as thumbnails."""
    import torch
    import torch.nn.functional as F

    from ..data import make_batch
    from .step import amp_dtype

    memory_format = torch.contiguous_format if memory_format is None else memory_format
    was_training = model.training
    model.eval()
    n = len(labels)
    loss_sum = 0.0
    top5_hits = 0
    confusion = torch.zeros(num_classes * num_classes, dtype=torch.int64, device=device)
    wrong: list[Misclassified] = []
    wrong_total = 0
    k5 = min(5, num_classes)
    for i in range(0, n, batch_size):
        idx = torch.arange(i, min(i + batch_size, n))
        x, y = make_batch(images, labels, idx, mean, std, pixel_max)
        x = x.to(device, memory_format=memory_format)
        y = y.to(device)
        with torch.no_grad(), torch.autocast(device.type, dtype=amp_dtype(device), enabled=amp):
            out = model(x)
        out = out.float()
        loss_sum += float(F.cross_entropy(out, y, reduction="sum").item())
        pred = out.argmax(1)
        confusion += torch.bincount(y * num_classes + pred, minlength=num_classes * num_classes)
        if num_classes > 5:
            top5_hits += int((out.topk(k5, dim=1).indices == y[:, None]).any(1).sum().item())
        bad = (pred != y).nonzero().flatten().cpu()
        wrong_total += len(bad)
        if len(wrong) < max_misclassified and len(bad):
            pred_cpu, y_cpu = pred.cpu(), y.cpu()
            for j in bad[:max_misclassified - len(wrong)].tolist():
                c, h, w, px = _thumbnail(images[i + j], pixel_max, thumbnail_size)
                wrong.append(Misclassified(i + j, int(y_cpu[j]), int(pred_cpu[j]), c, h, w, px))
    model.train(was_training)
    matrix = confusion.view(num_classes, num_classes).cpu().tolist()
    correct = sum(matrix[c][c] for c in range(num_classes))
    per_class = [(matrix[c][c] / sum(matrix[c])) if sum(matrix[c]) else None for c in range(num_classes)]
    return ValidationDetail(loss_sum / n, correct / n, n, per_class, matrix,
                            top5_hits / n if num_classes > 5 else None, wrong, wrong_total)


def validation_image(data: Any, settings: Any, index: int) -> tuple[Tensor, int]:
    """The original image (uint8, C x H x W) and label of validation image ``index`` of a run trained on
    ``data`` with ``settings`` (the same seeded split as the Trainer's, or the test split when val_fraction is
    0): what a Misclassified entry points at, e.g. to compute its Grad-CAM in full size."""
    from .setup import split_data

    tensors = split_data(data, settings)
    return tensors["val_x"][index], int(tensors["val_y"][index])


# -- memory and reuse -------------------------------------------------------------------------------------

def peak_memory_bytes(device: torch.device | None = None) -> tuple[int | None, str]:
    """Measured peak: CUDA's max allocated on a CUDA device, else the process's peak resident set (VmHWM)."""
    if device is not None and device.type == "cuda":
        import torch

        return int(torch.cuda.max_memory_allocated(device)), "cuda"
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024, "process"
    except (OSError, ValueError, IndexError):
        pass
    return None, ""


def estimated_memory_bytes(config: Any, batch_size: int, memory_efficient: bool) -> int | None:
    """The ledger's estimate of one training step's bytes (None for a config the ledger cannot size)."""
    from ..ledger import compute_ledger

    try:
        return int(compute_ledger(config).train_step_bytes(batch_size, memory_efficient))
    except Exception:  # noqa: BLE001 - an estimate is optional; the measured peak stays
        return None


def reuse_per_epoch(model: nn.Module, config: Any) -> list[list[list[float | None]]] | None:
    """The Figure 5 matrices of a DenseNet's current weights as nested lists (None = no connection); None for
    other families. Values rounded to 5 decimals (they are 0..1, normalised per row): a 300-epoch run's file
    stays small."""
    if getattr(config, "family", None) != "densenet":
        return None
    from ..inference.reuse import reuse_heatmaps

    return [[[None if math.isnan(v) else round(float(v), 5) for v in row] for row in m.values.tolist()]
            for m in reuse_heatmaps(model, config)]


# -- the cost of recording, for benchmarks/bench_sweep.py --------------------------------------------------

def measure_grad_norm_overhead(config: Any, device: str = "cpu", batch_size: int = 16, rounds: int = 5,
                               steps: int = 4, every: int = 1) -> dict[str, float]:
    """The gradient-norm recording's cost per training step, timed interleaved (A B A B ...: ``rounds`` rounds
    of ``steps`` plain train_steps, then ``steps`` train_steps each followed by ``sample`` when the batch is
    sampled at interval ``every``), on random data after a warm-up. Returns seconds per plain step, per
    recorded step, the recording's own seconds per step and ``overhead`` = (recorded - plain) / plain; medians
    over the rounds. ``every=1`` is the worst case (every batch sampled); the Trainer's default is 10."""
    import statistics

    import torch

    from ..devices import resolve_device
    from ..models import build_model
    from .step import synchronize, train_step

    dev = resolve_device(device, compute=True)
    model = build_model(config, dev)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(batch_size, config.in_channels, config.input_size, config.input_size, generator=g).to(dev)
    y = torch.randint(0, config.num_classes, (batch_size,), generator=g).to(dev)
    rec = GradNormRecorder(model, every)
    for _ in range(2):
        train_step(model, opt, x, y)
        rec.sample()
    plain, recorded, own = [], [], []
    for _ in range(rounds):
        synchronize(dev)
        t0 = time.perf_counter()
        for _ in range(steps):
            train_step(model, opt, x, y)
        synchronize(dev)
        plain.append((time.perf_counter() - t0) / steps)
        rec.epoch_values()
        t0 = time.perf_counter()
        for b in range(steps):
            train_step(model, opt, x, y)
            if rec.wants(b, 10 ** 9):
                rec.sample()
        rec.epoch_values()
        synchronize(dev)
        recorded.append((time.perf_counter() - t0) / steps)
        t1 = time.perf_counter()
        for b in range(steps):
            if rec.wants(b, 10 ** 9):
                rec.sample()
        rec.epoch_values()  # the norms read back (.cpu()), which waits for the device
        own.append((time.perf_counter() - t1) / steps)
    p, r = statistics.median(plain), statistics.median(recorded)
    return {"step_s": p, "recorded_step_s": r, "record_s": statistics.median(own), "overhead": (r - p) / p,
            "own_fraction": statistics.median(own) / p, "every": float(every), "layers": float(len(rec.layers))}
