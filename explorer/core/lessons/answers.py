"""The numbers a lesson asks a student to predict, computed from the network's config and ledger.

A lesson file names only the quantity and where (block b, layer l); the value and the formula with its
numbers filled in come from here, so a lesson can never state a wrong answer. Torch-free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ledger import BYTES_PER_ELEM, Ledger
from ..messages import M, Message
from ..validation import ConfigError, int_range

__all__ = ["Answer", "QUANTITIES", "QUANTITY_NAMES", "answer", "needs"]

MIB = 2**20


@dataclass(frozen=True)
class Answer:
    """What a predict step reveals: the true value, as shown, and the formula that gives it."""

    value: float  # in the unit the student types (parameters in millions, memory in MiB)
    shown: str  # the value as the answer line shows it, e.g. "0.8M", "48", "136"
    formula: Message  # the formula with the network's numbers filled in
    exact: bool  # True: a whole number the student can hit exactly; False: a rounded figure


def _block(ledger: Ledger, block: int) -> Any:
    if not 1 <= block <= len(ledger.blocks):
        raise ConfigError("block", block, M("lesson.no_block", "is not a block of this network"),
                          int_range(1, len(ledger.blocks)))
    return ledger.blocks[block - 1]


def _dense(ledger: Ledger) -> Any:
    if ledger.config.family != "densenet":
        raise ConfigError("family", ledger.config.family, M("lesson.needs_dense", "has no dense blocks"), "densenet")
    return ledger.config


def _layer_inputs(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    cfg = _dense(ledger)
    summary = _block(ledger, block)
    if not 1 <= layer <= summary.num_layers:
        raise ConfigError("layer", layer, M("lesson.no_layer", "is not a layer of this block"),
                          int_range(1, summary.num_layers))
    row = ledger.block_rows(block)[layer - 1]
    k0, k = summary.in_channels, cfg.growth_rate
    return Answer(row.in_channels, str(row.in_channels), M(
        "answer.layer_inputs", "k₀ + k·(ℓ−1) = {k0} + {k}×({l}−1) = {value}")(
        k0=k0, k=k, l=layer, value=row.in_channels), True)


def _connections(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    summary = _block(ledger, block)
    n = summary.num_layers
    if summary.pattern == "dense":
        formula = M("answer.dense_connections", "L(L+1)/2 = {L}×{L1}/2 = {value}")(
            L=n, L1=n + 1, value=summary.connections)
    elif summary.connections == 2 * n:  # each residual unit: its chain link and its shortcut
        formula = M("answer.residual_connections", "one link and one shortcut per unit: 2L = 2×{L} = {value}")(
            L=n, value=summary.connections)
    elif summary.connections == n:
        formula = M("answer.chain_connections", "one link per layer: L = {value}")(value=summary.connections)
    else:
        formula = M("answer.counted_connections", "{value} links, counted in the ledger")(value=summary.connections)
    return Answer(summary.connections, str(summary.connections), formula, True)


def _block_output(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    cfg = _dense(ledger)
    summary = _block(ledger, block)
    return Answer(summary.out_channels, str(summary.out_channels), M(
        "answer.block_output", "k₀ + k·L = {k0} + {k}×{L} = {value}")(
        k0=summary.in_channels, k=cfg.growth_rate, L=summary.num_layers, value=summary.out_channels), True)


def _transition_out(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    cfg = _dense(ledger)
    summary = _block(ledger, block)
    if summary.transition_out is None:
        raise ConfigError("block", block, M("lesson.no_transition", "has no transition after it (the last block)"),
                          int_range(1, len(ledger.blocks) - 1))
    return Answer(summary.transition_out, str(summary.transition_out), M(
        "answer.transition_out", "⌊θ·m⌋ = ⌊{theta}×{m}⌋ = {value}")(
        theta=cfg.compression, m=summary.transition_in, value=summary.transition_out), True)


def _bottleneck_width(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    cfg = _dense(ledger)
    if not cfg.bottleneck:
        raise ConfigError("bottleneck", False, M("lesson.no_bottleneck", "is off: there is no 1x1 bottleneck"),
                          "true")
    width = cfg.bn_size * cfg.growth_rate
    return Answer(width, str(width), M("answer.bottleneck", "{b}k = {b}×{k} = {value}")(
        b=cfg.bn_size, k=cfg.growth_rate, value=width), True)


def _output_size(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    summary = _block(ledger, block)
    return Answer(summary.out_h, f"{summary.out_h}×{summary.out_w}", M(
        "answer.output_size", "input {size}×{size}, halved by each of the {n} transitions before block {b}: "
        "{value}×{value}")(size=ledger.config.input_size, n=block - 1, b=block, value=summary.out_h), True)


def _params(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    millions = round(ledger.total_params / 1e6, 1)
    return Answer(millions, f"{millions:.1f}M", M(
        "answer.params", "the sum over the ledger's rows: {value} parameters ≈ {millions}M")(
        value=f"{ledger.total_params:,}", millions=f"{millions:.1f}"), False)


def _macs(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
    millions = round(ledger.total_macs / 1e6, 1)
    return Answer(millions, f"{millions:.1f}M", M(
        "answer.macs", "the sum over the ledger's rows: {value} multiply-adds per image ≈ {millions}M")(
        value=f"{ledger.total_macs:,}", millions=f"{millions:.1f}"), False)


def _activations(efficient: bool) -> Callable[[Ledger, int, int, int], Answer]:
    def compute(ledger: Ledger, block: int, layer: int, batch: int) -> Answer:
        saved = sum(r.saved_efficient if efficient else r.saved for r in ledger.rows) * BYTES_PER_ELEM * batch
        mib = round(saved / MIB, 1)
        return Answer(mib, f"{mib:.1f} MiB", M(
            "answer.activations", "4 bytes × the elements kept for the backward pass × {batch} images = "
            "{value} bytes ≈ {mib} MiB")(batch=batch, value=f"{saved:,}", mib=f"{mib:.1f}"), False)
    return compute


# name -> (computation, what the lesson must say: "block", "layer", "batch")
QUANTITIES: dict[str, tuple[Callable[[Ledger, int, int, int], Answer], tuple[str, ...]]] = {
    "layer_inputs": (_layer_inputs, ("block", "layer")),
    "block_connections": (_connections, ("block",)),
    "block_output": (_block_output, ("block",)),
    "transition_out": (_transition_out, ("block",)),
    "bottleneck_width": (_bottleneck_width, ()),
    "output_size": (_output_size, ("block",)),
    "params": (_params, ()),
    "macs": (_macs, ()),
    "saved_activations": (_activations(False), ("batch",)),
    "saved_activations_efficient": (_activations(True), ("batch",)),
}
QUANTITY_NAMES = tuple(QUANTITIES)


def needs(quantity: str) -> tuple[str, ...]:
    return QUANTITIES[quantity][1]


def answer(ledger: Ledger, quantity: str, block: int = 1, layer: int = 1, batch: int = 1) -> Answer:
    """The true value of ``quantity`` for ``ledger``'s network (ConfigError where the network has no such place)."""
    return QUANTITIES[quantity][0](ledger, block, layer, batch)
