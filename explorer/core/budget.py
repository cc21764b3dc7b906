"""Matched budgets: size a comparison family to a target network's parameter count or multiply-adds.

``match_budget(target, "resnet", by="params")`` searches the family's depth and width (and its other size
knobs: pre-activation bottleneck or not, Wide ResNet's k, FractalNet's columns C and channels) over valid
configs only, with the target's classes, input channels and input size, and returns a ``Match``: the chosen
config, its value, the target's, the residual mismatch in percent and a note saying how it was chosen (or why
the family cannot come closer). ``match_all`` does it for every comparison family.

Ledger arithmetic only (no torch), and instant: for one shape of a family (its discrete knobs fixed) a
ledger total is exactly ``A(s) + n * B(s)``, with ``n`` the units per stage and ``A``, ``B`` quadratics in the
width ``s`` (every conv's weights are a product of two widths, BN and the classifier are linear in them, and
the units after a stage's first are all alike). Six ledgers fix ``A`` and ``B`` (once per shape and data shape,
then cached); every (n, s) is then a few multiplications, all n at once in numpy, and the chosen config's figure
is read from its own ledger. Measured on a shared 2-core machine: all five families in 35-70 ms the first time
for a data shape, 5-11 ms after.

The choice: among the sizes within ``CLOSE_PCT`` of the target, the one whose depth is nearest the target's
(so a plain net, a ResNet and the DenseNet of about the same depth stand side by side); where none is that
close, the smallest mismatch the family can reach.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .families import family_spec
from .families.base import MAX_UNITS_PER_STAGE, MAX_WIDTH
from .ledger import compute_ledger
from .messages import M, Message

__all__ = ["Match", "match_budget", "match_all", "MATCH_FAMILIES", "BY", "CLOSE_PCT", "TOLERANCE_PCT",
           "budget_value", "FRACTAL_PATTERN"]

BY = ("params", "macs")
MATCH_FAMILIES = ("plain", "resnet", "preact_resnet", "wide_resnet", "fractalnet")
CLOSE_PCT = 2.0  # within this, the depth nearest the target's is chosen
TOLERANCE_PCT = 10.0  # what "the same budget" promises; beyond it the note says why
FRACTAL_PATTERN = (1, 2, 4, 8, 8)  # Larsson et al.'s 64/128/256/512/512, in multiples of the first block's
FRACTAL_BLOCKS = 5
MAX_WIDEN = 64

BY_WORDS = {"params": M("budget.by_params", "parameters"), "macs": M("budget.by_macs", "multiply-adds")}


@dataclass(frozen=True)
class Match:
    """One family sized to the target: ``mismatch_pct`` = 100 (value - target) / target."""

    family: str
    by: str  # "params" or "macs"
    config: Any  # None where the family cannot be built at the target's input size
    value: int  # the config's parameters or multiply-adds, from its ledger
    target: int
    mismatch_pct: float
    note: str | Message

    @property
    def within_tolerance(self) -> bool:
        return abs(self.mismatch_pct) <= TOLERANCE_PCT


def budget_value(config: Any, by: str) -> int:
    """A config's parameters or multiply-adds (its ledger's total)."""
    ledger = compute_ledger(config)
    return ledger.total_params if by == "params" else ledger.total_macs


# ------------------------------------------------------------------------------------------- the spaces


@dataclass(frozen=True)
class _Shape:
    """A family's configs with the discrete knobs fixed: ``build(n, s)`` for n units per stage (``units`` is
    None where the family has no such knob: one n) and scale s in ``scale``."""

    build: Callable[[int, int], Any]
    depth: Callable[[int], int]
    units: tuple[int, int] | None
    scale: tuple[int, int]


def fractal_blocks(input_size: int) -> int:
    """The most blocks searched: the paper's 5 where the input allows (each ends with a 2x2 max pool), else as many
    as fit; every B from 1 up to it is searched, with channels in the paper's steps 1/2/4/8/8."""
    return min(FRACTAL_BLOCKS, max(0, int(math.floor(math.log2(input_size))) if input_size >= 1 else 0))


def _shapes(family: str, target: Any) -> list[_Shape]:
    """The family's shapes at the target's classes, input channels and input size (the same objects each time,
    so that their fits are computed once: a slider tick then costs only the solve)."""
    return list(_shape_table(family, target.num_classes, target.in_channels, target.input_size))


@functools.lru_cache(maxsize=64)
def _shape_table(family: str, num_classes: int, in_channels: int, input_size: int) -> tuple[_Shape, ...]:
    return tuple(_make_shapes(family, num_classes, in_channels, input_size))


def _make_shapes(family: str, num_classes: int, in_channels: int, input_size: int) -> list[_Shape]:
    cfg = family_spec(family).config
    common = {"num_classes": num_classes, "in_channels": in_channels, "input_size": input_size}
    units = (1, MAX_UNITS_PER_STAGE)
    if family == "plain":
        return [_Shape(lambda n, s: cfg(depth=6 * n + 2, width=s, **common), lambda n: 6 * n + 2, units,
                       (1, MAX_WIDTH))]
    if family == "resnet":
        return [_Shape(lambda n, s: cfg(depth=6 * n + 2, width=s, shortcut="A", **common), lambda n: 6 * n + 2,
                       units, (1, MAX_WIDTH))]
    if family == "preact_resnet":
        return [_Shape(lambda n, s: cfg(depth=9 * n + 2, width=s, bottleneck=True, **common), lambda n: 9 * n + 2,
                       units, (1, MAX_WIDTH)),
                _Shape(lambda n, s: cfg(depth=6 * n + 2, width=s, bottleneck=False, **common), lambda n: 6 * n + 2,
                       units, (1, MAX_WIDTH))]
    if family == "wide_resnet":
        # k = 1 is a shape of its own: stage 1 then needs no projection (16 maps in, 16 out), k >= 2 does.
        return [_Shape(lambda n, s: cfg(depth=6 * n + 4, widen_factor=s, **common), lambda n: 6 * n + 4, units,
                       scale) for scale in ((1, 1), (2, MAX_WIDEN))]
    if family == "fractalnet":
        top_blocks = fractal_blocks(input_size)
        shapes = []
        for blocks in range(1, top_blocks + 1):
            pattern = FRACTAL_PATTERN[:blocks]
            top = MAX_WIDTH // max(pattern)
            shapes += [_Shape(lambda n, s, c=c, p=pattern: cfg(columns=c, channels=tuple(s * q for q in p), **common),
                              lambda n, c=c, b=blocks: b * 2 ** (c - 1) + 1, None, (1, top))
                       for c in range(1, cfg.MAX_COLUMNS + 1)]
        return shapes
    raise ValueError(f"no budget search for family {family!r}")


def _quadratic(s0: int, q0: int, q1: int, q2: int) -> tuple[float, float, float]:
    """(a, b, c) of a s^2 + b s + c through (s0, q0), (s0 + 1, q1), (s0 + 2, q2)."""
    d1, d2 = q1 - q0, q2 - 2 * q1 + q0
    a = d2 / 2
    b = d1 - a  # in t = s - s0: a t^2 + b t + q0
    return a, b - 2 * a * s0, a * s0 * s0 - b * s0 + q0


@functools.lru_cache(maxsize=1024)
def _fit(shape: _Shape, by: str) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """A(s) and B(s) of the shape's totals A(s) + n B(s), from six ledgers (three where there are no units), at
    the shape's three smallest scales."""
    s0 = shape.scale[0]
    ones = [budget_value(shape.build(1, s), by) for s in (s0, s0 + 1, s0 + 2)]
    if shape.units is None:
        return _quadratic(s0, *ones), (0.0, 0.0, 0.0)
    twos = [budget_value(shape.build(2, s), by) for s in (s0, s0 + 1, s0 + 2)]
    per_unit = [t - o for o, t in zip(ones, twos)]
    fixed = [2 * o - t for o, t in zip(ones, twos)]
    return _quadratic(s0, *fixed), _quadratic(s0, *per_unit)


def _candidates(shape: _Shape, by: str, target: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(n, s, value) for each n: the two scales around the target (the only ones that can be nearest, the total
    rising with s), for every n up to the first whose smallest scale already overshoots (numpy, all n at once)."""
    (a0, b0, c0), (a1, b1, c1) = _fit(shape, by)
    lo, hi = shape.scale
    n_lo, n_hi = shape.units or (1, 1)
    n = np.arange(n_lo, n_hi + 1, dtype=np.float64)
    a, b, c = a0 + n * a1, b0 + n * b1, c0 + n * c1
    at_lo = a * lo * lo + b * lo + c
    over = np.nonzero(at_lo > target)[0]
    if over.size:  # every larger n is larger still
        keep = over[0] + 1
        n, a, b, c = n[:keep], a[:keep], b[:keep], c[:keep]
    with np.errstate(invalid="ignore", divide="ignore"):
        disc = b * b - 4 * a * (c - target)
        quad = (-b + np.sqrt(np.maximum(disc, 0.0))) / (2 * a)
        lin = (target - c) / b
    root = np.where(a > 0, np.where(disc >= 0, quad, lo), lin)
    root = np.nan_to_num(root, nan=lo, posinf=hi, neginf=lo)
    floor = np.clip(np.floor(np.clip(root, lo - 1, hi + 1)), lo, hi)
    scales = np.concatenate([floor, np.clip(floor + 1, lo, hi)])
    a, b, c = np.tile(a, 2), np.tile(b, 2), np.tile(c, 2)
    return np.tile(n, 2).astype(np.int64), scales.astype(np.int64), np.rint(a * scales * scales + b * scales + c)


def _pct(value: int, target: int) -> float:
    return 100.0 * (value - target) / target if target else (0.0 if value == 0 else math.inf)


def match_budget(target_config: Any, family: str, by: str = "params") -> Match:
    """``family`` sized to ``target_config``'s parameters (``by="params"``) or multiply-adds (``"macs"``)."""
    if by not in BY:
        from .validation import ConfigError

        raise ConfigError("by", by, M("budget.bad_by", "is not a budget to match"), ", ".join(BY))
    target = budget_value(target_config, by)
    target_depth = compute_ledger(target_config).depth
    shapes = _shapes(family, target_config)
    found = [(i, *_candidates(shape, by, target)) for i, shape in enumerate(shapes)]
    which = np.concatenate([np.full(len(n), i) for i, n, _s, _v in found]) if found else np.zeros(0, np.int64)
    ns = np.concatenate([n for _i, n, _s, _v in found]) if found else np.zeros(0, np.int64)
    ss = np.concatenate([s for _i, _n, s, _v in found]) if found else np.zeros(0, np.int64)
    vs = np.concatenate([v for _i, _n, _s, v in found]) if found else np.zeros(0)
    depths = (np.concatenate([np.broadcast_to(np.asarray(shapes[i].depth(n), dtype=np.int64), n.shape)
                              for i, n, _s, _v in found]) if found else ns)
    best = smallest = below = above = None
    if vs.size:
        gap = np.abs(100.0 * (vs - target) / max(target, 1))
        off = np.abs(depths - target_depth)
        close = np.nonzero(gap <= CLOSE_PCT)[0]
        pool = close if close.size else np.arange(vs.size)
        order = np.lexsort((gap[pool], off[pool])) if close.size else np.lexsort((off[pool], gap[pool]))
        best = int(pool[order[0]])
        smallest = int(np.argmin(vs))
        under, over = np.nonzero(vs <= target)[0], np.nonzero(vs >= target)[0]
        below = int(under[np.argmax(vs[under])]) if under.size else None
        above = int(over[np.argmin(vs[over])]) if over.size else None
    what = BY_WORDS[by]
    label = family_spec(family).label
    if best is None:
        return Match(family, by, None, 0, target, math.inf, M(
            "budget.note_no_config", "{family} cannot be built for {size}x{size} pixels (its blocks each end with "
            "a 2x2 max pool)")(family=label, size=target_config.input_size))
    shape, n = shapes[int(which[best])], int(ns[best])
    config = shape.build(n, int(ss[best]))
    value = budget_value(config, by)  # from the ledger itself
    mismatch = _pct(value, target)
    depth = shape.depth(n)
    if abs(mismatch) <= CLOSE_PCT:
        note = M("budget.note_close", "Depth L={depth}: of the sizes within {close}% of the target's {what}, the "
                 "nearest to its L={target_depth}.")(depth=depth, close=f"{CLOSE_PCT:g}", what=what,
                                                      target_depth=target_depth)
    elif abs(mismatch) <= TOLERANCE_PCT:
        note = M("budget.note_within", "The closest size this family has to the target's {what} (no depth and "
                 "width within {close}%).")(what=what, close=f"{CLOSE_PCT:g}")
    elif vs[smallest] > target:
        small = shapes[int(which[smallest])].build(int(ns[smallest]), int(ss[smallest]))
        small_value = budget_value(small, by)
        note = M("budget.note_too_small", "The smallest {family}, {title}, already has {value} {what}, "
                 "{pct}% more than the target's {target}: the target is smaller than this family can be built.")(
            family=label, title=small.title, value=f"{small_value:,}", what=what,
            pct=f"{_pct(small_value, target):.0f}", target=f"{target:,}")
    else:
        note = M("budget.note_steps", "Near the target's {target} {what} this family's sizes step from {below} to "
                 "{above} (its depth and width are whole numbers, {steps}), so {pct}% is as close as it gets.")(
            target=f"{target:,}", what=what, below=f"{int(vs[below]):,}" if below is not None else "—",
            above=f"{int(vs[above]):,}" if above is not None else "—", steps=_STEP_WORDS.get(family, ""),
            pct=f"{mismatch:+.1f}")
    return Match(family, by, config, value, target, mismatch, note)


_STEP_WORDS = {
    "plain": M("budget.steps_he", "L = 6n+2"),
    "resnet": M("budget.steps_he", "L = 6n+2"),
    "preact_resnet": M("budget.steps_preact", "L = 9n+2 or 6n+2"),
    "wide_resnet": M("budget.steps_wide", "L = 6n+4, widths 16k/32k/64k"),
    "fractalnet": M("budget.steps_fractal", "C columns give 2^C - 1 convs a block, channels in steps of 1/2/4/8/8"),
}


def match_all(target_config: Any, by: str = "params") -> list[Match]:
    """Every comparison family but the target's own, sized to the target, in MATCH_FAMILIES order."""
    return [match_budget(target_config, f, by) for f in MATCH_FAMILIES if f != target_config.family]
