"""What the Compare view knows apart from its widgets (Qt-free, tested without Qt): which networks are chosen,
where each sits on the paper's plot, the joint run's curves as plain numbers, and how a run ended."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...core.compare import Entry, entry_for
from ...core.config import PRESETS, ConfigError

__all__ = ["CURRENT", "NONE", "DEFAULT_PICKS", "COLOURS", "MATCHED", "check_selection", "entry_of", "placement",
           "JointCurves", "outcome", "minutes_text", "clock_text", "matched_name", "matched_family", "budget_matches",
           "size_text"]

CURRENT = "current"  # the network the config panel edits
NONE = ""  # the third picker left empty
DEFAULT_PICKS = (CURRENT, "resnet-110", "plain-110")
# One per chosen network, in the table, plot and curves (six: the current network and five matched families).
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
MATCHED = "budget:"  # a matched network's name: "budget:resnet" (the family sized to the current network)


def check_selection(names: Sequence[str]) -> None:
    """Two or three networks, each a preset name or CURRENT; a ConfigError otherwise."""
    if not 2 <= len(names) <= 3:
        raise ConfigError("networks", list(names), "pick two or three networks", "2 or 3")
    for name in names:
        if name != CURRENT and name not in PRESETS:
            raise ConfigError("network", name, "is not a preset", "a name from `explorer presets` or current")


def entry_of(name: str, config: Any) -> Entry:
    """The table's figures for a preset, or for ``config`` when ``name`` is CURRENT."""
    return entry_for(config, CURRENT) if name == CURRENT else entry_for(name)


def matched_name(family: str) -> str:
    return MATCHED + family


def matched_family(name: str) -> str | None:
    """The family of a matched network's name, None for a preset or the current network."""
    return name[len(MATCHED):] if name.startswith(MATCHED) else None


def budget_matches(config: Any, by: str) -> dict[str, Any]:
    """Each comparison family sized to ``config`` (core.budget.match_all), by its matched name. A family that cannot
    be built at the config's input size has a Match without a config (its note says why): the view shows no
    column for it."""
    from ...core.budget import match_all

    return {matched_name(m.family): m for m in match_all(config, by)}


_SIZE_FIELDS = ("depth", "width", "widen_factor", "growth_rate", "block_layers", "bottleneck", "columns", "channels")


def size_text(config: Any) -> str:
    """The knobs a budget search sets, as ``depth=44, width=20`` (FractalNet: ``columns=3, channels=8,16,…``)."""
    parts = []
    for name in _SIZE_FIELDS:
        if name in getattr(config, "__dataclass_fields__", {}):
            value = getattr(config, name)
            if isinstance(value, tuple):
                value = ",".join(map(str, value))
            parts.append(f"{name}={value}")
    return ", ".join(parts)


def placement(entry: Entry, column: str) -> tuple[float, float | None]:
    """(millions of parameters, the paper's error in ``column`` or None) where the network is drawn: at the
    table's parameter figure when the table has the network, else at the architecture's own count."""
    params_m = entry.params / 1e6
    error = entry.paper_errors.get(column)
    if error is None:
        return params_m, None
    return (float(entry.paper_params[:-1]) if entry.paper_params else params_m), error


@dataclass
class JointCurves:
    """Validation accuracy per epoch of each network of a joint run, and the latest accuracy of each."""

    xs: list[list[float]] = field(default_factory=list)
    ys: list[list[float]] = field(default_factory=list)
    last_acc: dict[int, float] = field(default_factory=dict)
    dirty: bool = False  # points arrived since the curves were last drawn

    def reset(self, networks: int) -> None:
        self.xs = [[] for _ in range(networks)]
        self.ys = [[] for _ in range(networks)]
        self.last_acc = {}
        self.dirty = False

    def add_epoch(self, index: int, epoch: float, val_acc: float) -> None:
        self.xs[index].append(epoch)
        self.ys[index].append(val_acc)
        self.last_acc[index] = val_acc
        self.dirty = True


def outcome(results: Sequence[Mapping[str, Any]]) -> str:
    """How a joint run ended for the person: "stopped" (by them), "diverged" (some network) or "done"."""
    if any(r["status"] in ("stopped", "not started") for r in results):
        return "stopped"
    if any(r["status"] == "diverged" for r in results):
        return "diverged"
    return "done"


def minutes_text(seconds: float) -> str:
    return f"{seconds / 60:,.0f}" if seconds >= 600 else f"{seconds / 60:.1f}"


def clock_text(seconds: float | None) -> str:
    """m:ss or h:mm:ss; "?" while there is no estimate."""
    if seconds is None or math.isnan(seconds) or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
