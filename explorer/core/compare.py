"""Networks side by side: the figures `explorer compare` prints and the window's Compare view shows.

Pure arithmetic from configs (the ledger) plus the paper's table (reference.py); no torch, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .config import PRESETS, ConfigError, preset_config
from .format import millions
from .ledger import compute_ledger
from .reference import CIFAR_TABLE, ReferenceRow, row_for_preset

__all__ = ["Entry", "entry_for", "entries_for", "reference_row", "FAMILY_LABELS", "PATTERN_LABELS",
           "pattern_edges", "pattern_connections"]

FAMILY_LABELS = {
    "densenet": "DenseNet",
    "plain": "Plain CNN",
    "resnet": "ResNet",
    "preact_resnet": "Pre-activation ResNet",
    "wide_resnet": "Wide ResNet",
    "fractalnet": "FractalNet",
}
PATTERN_LABELS = {
    "chain": "chain: x_l = H_l(x_l−1)",
    "residual": "residual sum: x_l = H_l(x_l−1) + x_l−1",
    "dense": "dense concatenation: x_l = H_l([x_0, …, x_l−1])",
    "fractal": "fractal: columns joined by their mean",
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


@dataclass
class JointProgress:
    """One epoch of one network in a joint run (plain data for the window)."""

    index: int  # which network, 0-based
    name: str
    epoch: int
    epochs: int
    row: dict[str, float]  # the Trainer's epoch row: train_loss, train_acc, val_loss, val_acc, lr, ...


def train_together(networks: list[tuple[str, Any]], dataset: str, settings: Any,
                   on_epoch: Any = None, should_stop: Any = None) -> list[dict[str, Any]]:
    """Train each (name, config) one after another on the same data with the same settings and seed.

    Each network is first fitted to the dataset (input channels, size, classes). Returns, per network,
    {"name", "title", "status", "message", "history"}. ``on_epoch(JointProgress)`` after every epoch;
    ``should_stop()`` is polled between batches and ends the whole run.
    """
    from .data import apply_dataset, dataset_shape, load_dataset
    from .training import Trainer

    shape = dataset_shape(dataset)
    fitted = [(name, apply_dataset(cfg, shape)) for name, cfg in networks]  # ConfigError before any work
    data = load_dataset(dataset, seed=settings.seed)
    results = []
    for index, (name, cfg) in enumerate(fitted):
        if should_stop is not None and should_stop():
            break

        class _Callbacks:
            def __init__(self, trainer_ref: list) -> None:
                self.ref = trainer_ref

            def on_batch_end(self, report: Any) -> None:
                if should_stop is not None and should_stop():
                    self.ref[0].request_stop()

            def on_epoch_end(self, report: Any, _index=index, _name=name) -> None:
                if on_epoch is not None:
                    on_epoch(JointProgress(_index, _name, report.epoch, report.epochs, report.row()))

        ref: list = []
        trainer = Trainer(cfg, data, settings, callbacks=_Callbacks(ref))
        ref.append(trainer)
        result = trainer.run()
        results.append({"name": name, "title": cfg.title, "status": result.status, "message": result.message,
                        "history": result.history})
    return results
