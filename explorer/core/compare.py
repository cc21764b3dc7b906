"""Networks side by side: the figures `explorer compare` prints and the window's Compare view shows.

Pure arithmetic from configs (the ledger) plus the paper's table (reference.py); no torch, no Qt.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .config import PRESETS, ConfigError, preset_config
from .data.registry import DATASETS
from .families import FAMILIES
from .format import millions
from .ledger import compute_ledger
from .messages import M
from .reference import CIFAR_TABLE, ReferenceRow, row_for_preset

__all__ = ["Entry", "entry_for", "entries_for", "reference_row", "FAMILY_LABELS", "PATTERN_LABELS",
           "pattern_edges", "pattern_connections", "JointProgress", "JointBatch", "NetworkRefused",
           "JointClock", "DATASET_IMAGES", "joint_networks", "joint_estimate_seconds", "check_joint_memory",
           "train_together"]

FAMILY_LABELS = {name: spec.label for name, spec in FAMILIES.items()}  # str or Message, from the specs
PATTERN_LABELS = {
    "chain": M("pattern.chain", "chain: x_l = H_l(x_l−1)"),
    "residual": M("pattern.residual", "residual sum: x_l = H_l(x_l−1) + x_l−1"),
    "dense": M("pattern.dense", "dense concatenation: x_l = H_l([x_0, …, x_l−1])"),
    "fractal": M("pattern.fractal", "fractal: columns joined by their mean"),
}

# Table rows that reference.py does not tie to a preset (it names one preset per row at most).
_EXTRA_ROWS = {
    "resnet-110-sd": ("ResNet with Stochastic Depth", 110),
    "wrn-16-4-dropout": ("Wide ResNet with Dropout", 16),
    "fractalnet-20-droppath": ("FractalNet with Dropout/Drop-path", 21),
}


def reference_row(preset: str | None) -> ReferenceRow | None:
    """The paper's table row for a preset, if the table has one."""
    if preset is None:
        return None
    row = row_for_preset(preset)
    if row is None and preset in _EXTRA_ROWS:
        method, depth = _EXTRA_ROWS[preset]
        row = next((r for r in CIFAR_TABLE if r.method == method and r.depth == depth), None)
    return row


@dataclass(frozen=True)
class Entry:
    """One network's figures for the comparison."""

    name: str  # the preset's name, "current", or a file name
    title: str
    family: str
    config: Any
    depth: int
    params: int
    macs: int
    param_bytes: int
    train_bytes_per_image: int  # activations autograd keeps in a training step, one image
    connections: int
    patterns: tuple[str, ...]
    paper_params: str | None = None  # the table's figure, as printed
    paper_label: str | None = None
    paper_errors: dict[str, float | None] = field(default_factory=dict)
    note: str = ""

    @property
    def family_label(self) -> str:
        return FAMILY_LABELS.get(self.family, self.family)

    @property
    def params_rounded(self) -> str:
        return millions(self.params)

    @property
    def disagrees_with_table(self) -> bool:
        return self.paper_params is not None and self.params_rounded != self.paper_params

    def train_bytes(self, batch_size: int) -> int:
        return self.train_bytes_per_image * batch_size

    def to_dict(self, batch_size: int = 64) -> dict[str, Any]:
        from .config import config_to_dict

        return {
            "name": self.name, "title": self.title, "family": self.family, "depth": self.depth,
            "params": self.params, "params_rounded": self.params_rounded, "macs": self.macs,
            "param_bytes": self.param_bytes, "train_activation_bytes_per_image": self.train_bytes_per_image,
            "batch_size": batch_size, "train_activation_bytes": self.train_bytes(batch_size),
            "connections": self.connections, "patterns": list(self.patterns),
            "paper_params": self.paper_params, "paper_label": self.paper_label,
            "paper_errors": self.paper_errors, "disagrees_with_table": self.disagrees_with_table,
            "note": self.note, "config": config_to_dict(self.config),
        }


def entry_for(network: str | Any, name: str | None = None) -> Entry:
    """An entry for a preset name or a config (then ``name`` labels it, e.g. "current")."""
    preset = None
    if isinstance(network, str):
        config = preset_config(network)  # ConfigError names the nearest presets
        preset = PRESETS[network]
        name = network
    else:
        config = network
        if not hasattr(config, "family"):
            raise ConfigError("network", network, "is neither a preset name nor a network config")
        name = name or "current"
        # A config equal to a preset's is that preset (its table row and figures apply).
        preset = next((p for p in PRESETS.values() if p.config == config), None)
    ledger = compute_ledger(config)
    row = reference_row(preset.name) if preset else None
    patterns = tuple(dict.fromkeys(b.pattern for b in ledger.blocks))
    return Entry(
        name=name, title=config.title, family=config.family, config=config, depth=ledger.depth,
        params=ledger.total_params, macs=ledger.total_macs, param_bytes=ledger.param_bytes,
        train_bytes_per_image=ledger.train_activation_bytes(1), connections=ledger.connections,
        patterns=patterns, paper_params=preset.paper_params if preset else None,
        paper_label=row.label if row else None, paper_errors=dict(row.errors) if row else {},
        note=preset.note if preset else "")


def entries_for(networks: list[str | Any]) -> list[Entry]:
    return [entry_for(n) for n in networks]


# ------------------------------------------------------------------ the three patterns, for a small block


def pattern_edges(pattern: str, layers: int) -> list[tuple[int, int, str]]:
    """The links of a block of ``layers`` layers with feature maps x_0 .. x_L: (source, target, kind).

    kind "through": x_s goes through H_t into x_t; "sum": x_s is added to H_t's output (residual);
    "concat": x_s is concatenated into H_t's input (dense). Counts: chain L, residual 2L, dense L(L+1)/2.
    """
    if layers < 1:
        raise ConfigError("layers", layers, "must be at least 1", "1 or more")
    if pattern == "chain":
        return [(t - 1, t, "through") for t in range(1, layers + 1)]
    if pattern == "residual":
        edges = []
        for t in range(1, layers + 1):
            edges += [(t - 1, t, "through"), (t - 1, t, "sum")]
        return edges
    if pattern == "dense":
        return [(s, t, "through" if s == t - 1 else "concat") for t in range(1, layers + 1) for s in range(t)]
    raise ConfigError("pattern", pattern, "is not a connection pattern", "chain, residual, dense")


def pattern_connections(pattern: str, layers: int) -> int:
    return len(pattern_edges(pattern, layers))


# ------------------------------------------------------------------------------- training them together

# Images in the Compare view's offline datasets (load_dataset's defaults), for the estimate before a run.
DATASET_IMAGES = {s.name: s.train_count for s in DATASETS.values() if s.offline}  # what a joint run can load


@dataclass
class JointProgress:
    """One epoch of one network in a joint run (plain data for the window)."""

    index: int  # which network, 0-based
    name: str
    epoch: int
    epochs: int
    row: dict[str, float]  # the Trainer's epoch row: train_loss, train_acc, val_loss, val_acc, lr, ...
    grad_layers: list[str] = field(default_factory=list)  # the conv/linear layers whose gradient norms were recorded
    grad_norms: list[float] = field(default_factory=list)  # this epoch's norm of each (insights.EpochInsights)


@dataclass
class JointBatch:
    """One training batch of one network in a joint run."""

    index: int
    name: str
    epoch: int  # 1-based
    epochs: int
    batch: int  # 1-based within the epoch
    batches: int  # per epoch
    loss: float
    seconds: float  # the Trainer's training time of this network so far (pauses and validation excluded)


class NetworkRefused(ConfigError):
    """One of the chosen networks cannot be trained here (the memory check refused it); nothing was built."""

    def __init__(self, name: str, refusal: ConfigError) -> None:
        super().__init__("network", name, refusal.message, refusal.valid)
        self.refusal = refusal


def joint_networks(networks: list[tuple[str, Any]], dataset: str) -> list[tuple[str, Any]]:
    """Each (name, config) fitted to the dataset (input channels, size, classes); ConfigError if one cannot be."""
    from .data import apply_dataset, dataset_shape

    shape = dataset_shape(dataset)
    return [(name, apply_dataset(cfg, shape)) for name, cfg in networks]


def joint_estimate_seconds(fitted: list[tuple[str, Any]], dataset: str, settings: Any, macs_per_s: float) -> float:
    """The whole joint run's seconds from the ledger at a measured speed (speed.estimate_run_seconds)."""
    from .speed import estimate_run_seconds

    images = DATASET_IMAGES.get(dataset, 0)
    val = int(round(images * settings.val_fraction))
    return sum(estimate_run_seconds(cfg, images - val, val, settings.epochs, macs_per_s, settings.max_batches,
                                    settings.batch_size) for _name, cfg in fitted)


def check_joint_memory(fitted: list[tuple[str, Any]], settings: Any) -> None:
    """The memory check for every network before any is built: NetworkRefused names the first that cannot
    train at this batch size (so a huge third choice is refused before the first two have trained)."""
    from .memory import check_memory
    from .training import effective_config

    for name, cfg in fitted:
        try:
            check_memory(effective_config(cfg, settings), settings.device, batch_size=settings.batch_size,
                         training=True, memory_efficient=settings.memory_efficient)
        except ConfigError as exc:
            raise NetworkRefused(name, exc) from None


class JointClock:
    """Where a joint run stands and its ETA, from the batches so far (no Qt, no torch).

    Seconds per batch: the current network's training time so far over its batches (the Trainer's clock).
    Each epoch's validation pass counts as ``eval_batches`` batches (its images × 1 forward pass against a
    batch's images × 3), and a network still to come takes the current one's time scaled by its
    multiply-adds (the ledger's ratio): all run on the same data with the same batch size.
    """

    def __init__(self, macs: list[int], epochs: int, eval_batches: float = 0.0) -> None:
        self.macs = [max(int(m), 1) for m in macs]
        self.epochs = epochs
        self.eval_batches = eval_batches
        self.batches: int | None = None  # per epoch, known from the first batch
        self.index = 0
        self.epoch = 1
        self.done_in_network = 0
        self.seconds_per_batch: float | None = None

    def add(self, b: JointBatch) -> None:
        self.batches, self.index, self.epoch = b.batches, b.index, b.epoch
        self.done_in_network = (b.epoch - 1) * b.batches + b.batch
        self.seconds_per_batch = max(b.seconds / self.done_in_network, 1e-6)

    @property
    def per_network(self) -> int | None:
        return None if self.batches is None else self.epochs * self.batches

    @property
    def total(self) -> int | None:
        n = self.per_network
        return None if n is None else n * len(self.macs)

    @property
    def done(self) -> int:
        return self.index * (self.per_network or 0) + self.done_in_network

    def eta(self) -> float | None:
        """Seconds left in the whole run, or None before the first batch."""
        n, spb = self.per_network, self.seconds_per_batch
        if n is None or spb is None:
            return None
        left = (n - self.done_in_network + (self.epochs - self.epoch + 1) * self.eval_batches) * spb
        for j in range(self.index + 1, len(self.macs)):
            left += (n + self.epochs * self.eval_batches) * spb * self.macs[j] / self.macs[self.index]
        return max(left, 0.0)


class _JointReports:
    """The Trainer's reports for one network of a joint run, as JointBatch and JointProgress (only a weak
    reference to the Trainer, for its insights' layer names: no cycle that would keep a trained network's memory
    until the next garbage collection)."""

    def __init__(self, index: int, name: str, on_epoch: Any, on_batch: Any) -> None:
        self.index, self.name = index, name
        self.on_epoch, self.on_batch = on_epoch, on_batch
        self.trainer: Callable[[], Any] = lambda: None  # a weakref.ref to the Trainer, once it is made

    def on_batch_end(self, report: Any) -> None:
        if self.on_batch is not None:
            self.on_batch(JointBatch(self.index, self.name, report.epoch, report.epochs, report.batch,
                                     report.batches, report.loss, report.elapsed))

    def on_epoch_end(self, report: Any) -> None:
        if self.on_epoch is not None:
            insights = getattr(self.trainer(), "insights", None)
            layers = list(insights.layers) if insights is not None else []
            norms = list(report.insights.grad_norms) if report.insights is not None else []
            self.on_epoch(JointProgress(self.index, self.name, report.epoch, report.epochs, report.row(), layers,
                                        norms))


def train_together(networks: list[tuple[str, Any]], dataset: str, settings: Any,
                   on_epoch: Any = None, should_stop: Any = None, on_batch: Any = None) -> list[dict[str, Any]]:
    """Train each (name, config) one after another on the same data with the same settings and seed.

    Each network is first fitted to the dataset (input channels, size, classes), then every one goes through
    the memory check before any is built (NetworkRefused). Returns, per network, {"name", "title", "status",
    "message", "history", "grad_layers", "grad_norms"} (each conv/linear layer's gradient norm per epoch,
    ``grad_norms[epoch][layer]``, from the Trainer's insights); status is "completed", "stopped", "diverged" or
    "not started". ``on_batch(JointBatch)`` after every batch and ``on_epoch(JointProgress)`` (with that epoch's
    gradient norms) after every epoch, from this thread; ``should_stop()`` is checked in every layer (forward and
    backward) and between batches, and ends the whole run.
    """
    from .data import load_dataset
    from .training import Trainer

    stop_requested: Callable[[], bool] = should_stop if should_stop is not None else (lambda: False)
    fitted = joint_networks(networks, dataset)  # ConfigError before any work
    check_joint_memory(fitted, settings)
    data = None if stop_requested() else load_dataset(dataset, seed=settings.seed)
    results: list[dict[str, Any]] = []
    for index, (name, cfg) in enumerate(fitted):
        if data is None or stop_requested():
            results.append({"name": name, "title": cfg.title, "status": "not started",
                            "message": "not started: the run was stopped", "history": [], "grad_layers": [],
                            "grad_norms": []})
            continue
        reports = _JointReports(index, name, on_epoch, on_batch)
        trainer = Trainer(cfg, data, settings, reports, should_stop=stop_requested, stop_inside_batch=True)
        reports.trainer = weakref.ref(trainer)
        result = trainer.run()
        insights = trainer.insights
        # Only plain data is kept: this network's memory is given back before the next is built.
        results.append({"name": name, "title": cfg.title, "status": result.status, "message": result.message,
                        "history": result.history,
                        "grad_layers": list(insights.layers) if insights is not None else [],
                        "grad_norms": [list(e.grad_norms) for e in insights.epochs] if insights is not None else []})
        del trainer
    return results
