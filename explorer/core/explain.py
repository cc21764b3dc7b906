"""The facts "DenseNet in 5 minutes" teaches, with the current network's own numbers, as plain data.

Everything here comes from a config and its ledger (explorer/core/ledger.py): no Qt, no torch, no words. The
UI words the facts in the chosen language (explorer/ui/panels/help_page.py) and animates one dense block from
``block_steps`` (explorer/ui/panels/block_animation.py); the CLI or a test can read them directly.

- ``explain(config, ledger)``: dense connectivity, the channels k₀ + k·(ℓ−1) of layer ℓ with a worked example
  from the first block, the L(L+1)/2 connections of each block (L there is the layers of one block, not the
  network's depth: ``depth_count`` is the wrong figure a student gets from the depth), the bottleneck's
  bn_size·k channels, the first transition's ⌊θ·m⌋, and which row of the paper's tables the network is;
- ``paper_tables()``: the paper's Table 1 (ImageNet layouts) and Table 2 (CIFAR counts) recomputed from the
  presets' ledgers, beside the figures the paper prints;
- ``block_steps(ledger, block)`` and ``animation_geometry``: a dense block built layer by layer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .config import DEFAULT_PRESET, PRESETS, DenseNetConfig
from .ledger import Ledger, compute_ledger
from .reference import row_for_preset

__all__ = ["LayerExample", "BlockFacts", "TransitionFacts", "DenseFacts", "Explanation", "TableRow",
           "PaperTables", "BlockStep", "explain", "paper_tables", "block_steps", "animation_geometry",
           "AnimationGeometry", "matching_preset", "connections_of", "floor_compression"]

TABLE1 = ("densenet121", "densenet169", "densenet201", "densenet264")
TABLE2 = ("densenet-l40-k12", "densenet-l100-k12", "densenet-l100-k24", "densenet-bc-l100-k12",
          "densenet-bc-l250-k24", "densenet-bc-l190-k40")


def connections_of(layers: int) -> int:
    """L(L+1)/2: layer ℓ of a block of L layers receives ℓ inputs (x₀ … x_{ℓ−1}); 1 + 2 + … + L."""
    return layers * (layers + 1) // 2


@dataclass(frozen=True)
class LayerExample:
    """Layer ℓ of a block receives k₀ + k·(ℓ−1) channels."""

    block: int
    layer: int  # ℓ, 1-based
    k0: int
    growth_rate: int
    in_channels: int  # k0 + k*(layer-1), as the ledger has it


@dataclass(frozen=True)
class TransitionFacts:
    block: int  # the transition after this block
    in_channels: int  # m
    compression: float  # θ
    out_channels: int  # ⌊θ·m⌋
    in_size: int
    out_size: int  # halved by the 2x2 average pool


@dataclass(frozen=True)
class BlockFacts:
    index: int
    layers: int  # L of this block
    in_channels: int  # k0 of this block
    out_channels: int  # k0 + k*L
    connections: int  # L(L+1)/2
    size: int  # height = width of its feature maps
    last_in_channels: int  # what its last layer receives: k0 + k*(L-1)
    transition: TransitionFacts | None


@dataclass(frozen=True)
class DenseFacts:
    title: str
    variant: str  # "DenseNet", "DenseNet-B", "DenseNet-C", "DenseNet-BC"
    depth: int  # the network's depth L (layers with weights), NOT the L of L(L+1)/2
    growth_rate: int
    init_features: int  # k0 of the first block
    bottleneck: bool
    bn_size: int
    bottleneck_channels: int  # bn_size*k (the paper: 4k), whether or not the bottleneck is on
    compression: float
    stem: str
    input_size: int
    num_classes: int
    blocks: tuple[BlockFacts, ...]
    examples: tuple[LayerExample, ...]  # layers 1, 2, 3 and the last of block 1 (those it has)
    connections: int  # every block's L(L+1)/2, summed
    depth_count: int  # depth·(depth+1)/2: the count one gets wrongly from the network's depth
    params: int
    equal_blocks: bool
    cifar_rule: tuple[int, int, int] | None  # (depth, convs per layer * blocks, layers per block): (L−4)/3 …
    preset: str | None  # the paper's network this is exactly, if any
    paper_params: str | None  # the figure the paper prints for it
    paper_error_c10_plus: float | None  # its C10+ test error (%) in Table 2

    @property
    def first(self) -> BlockFacts:
        return self.blocks[0]

    @property
    def first_transition(self) -> TransitionFacts | None:
        return self.blocks[0].transition

    @property
    def largest_input(self) -> BlockFacts:
        """The block whose last layer receives the most channels (what the bottleneck saves most on)."""
        return max(self.blocks, key=lambda b: b.last_in_channels)


@dataclass(frozen=True)
class Explanation:
    """The current network's facts. For another family ``dense`` is the paper's DenseNet-BC (L=100, k=12),
    and ``own`` says so: the page shows that network's numbers and says which one they are."""

    family: str
    title: str
    depth: int
    pattern: str  # the first block's pattern: "dense", "chain", "residual", "fractal"
    own: bool  # dense describes the current network
    dense: DenseFacts
    stage_layers: tuple[int, ...]  # layers (units) of each block or stage of the current network
    stage_connections: tuple[int, ...]  # and their connections, as the ledger counts them


def matching_preset(config: Any) -> str | None:
    return next((name for name, p in PRESETS.items() if p.config == config), None)


def _dense_facts(config: DenseNetConfig, ledger: Ledger) -> DenseFacts:
    k = config.growth_rate
    blocks = []
    for b in ledger.blocks:
        rows = ledger.block_rows(b.index)
        trans = None
        if b.transition_in is not None:
            trow = next(r for r in ledger.rows if r.block == b.index and r.kind == "transition")
            trans = TransitionFacts(b.index, b.transition_in, config.compression, b.transition_out, b.out_h,
                                    trow.out_h)
        blocks.append(BlockFacts(b.index, b.num_layers, b.in_channels, b.out_channels, b.connections, b.out_h,
                                 rows[-1].in_channels, trans))
    first_rows = ledger.block_rows(1)
    n = len(first_rows)
    wanted = sorted({layer for layer in (1, 2, 3, n) if 1 <= layer <= n})
    examples = tuple(LayerExample(1, r.layer, blocks[0].in_channels, k, r.in_channels)
                     for r in first_rows if r.layer in wanted)
    equal = len(set(config.block_layers)) == 1
    per_conv = config.convs_per_layer * config.num_blocks
    rule = None
    if equal and config.stem == "cifar" and config.num_blocks == 3:
        rule = (config.depth, per_conv, config.block_layers[0])
    preset = matching_preset(config)
    row = row_for_preset(preset) if preset else None
    return DenseFacts(
        title=config.title, variant=config.variant_name, depth=config.depth, growth_rate=k,
        init_features=config.num_init_features, bottleneck=config.bottleneck, bn_size=config.bn_size,
        bottleneck_channels=config.bn_size * k, compression=config.compression, stem=config.stem,
        input_size=config.input_size, num_classes=config.num_classes, blocks=tuple(blocks), examples=examples,
        connections=sum(b.connections for b in blocks), depth_count=connections_of(config.depth),
        params=ledger.total_params, equal_blocks=equal, cifar_rule=rule, preset=preset,
        paper_params=PRESETS[preset].paper_params if preset else None,
        paper_error_c10_plus=row.errors.get("C10+") if row is not None else None)


@lru_cache(maxsize=1)
def _reference_facts() -> DenseFacts:
    config = PRESETS[DEFAULT_PRESET].config
    return _dense_facts(config, compute_ledger(config))


def explain(config: Any, ledger: Ledger | None = None) -> Explanation:
    """The facts of "DenseNet in 5 minutes" for ``config`` (its ledger computed if not given)."""
    ledger = ledger if ledger is not None else compute_ledger(config)
    own = isinstance(config, DenseNetConfig)
    dense = _dense_facts(config, ledger) if own else _reference_facts()
    pattern = ledger.blocks[0].pattern if ledger.blocks else "dense"
    return Explanation(config.family, getattr(config, "title", config.family), ledger.depth, pattern, own, dense,
                       tuple(b.num_layers for b in ledger.blocks), tuple(b.connections for b in ledger.blocks))


# ------------------------------------------------------------------------------------------- the tables


@dataclass(frozen=True)
class TableRow:
    preset: str
    label: str  # how the paper names it
    depth: int  # as the ledger counts it (DenseNet-264 counts 265: see its preset's note)
    growth_rate: int
    block_layers: tuple[int, ...]
    bottleneck: bool
    compression: float
    init_features: int
    params: int  # from the ledger
    paper_params: str | None  # as printed ("0.8M"); Table 1 prints none
    error_c10_plus: float | None  # Table 2's C10+ test error (%)
    sizes: tuple[int, ...]  # feature-map size of each block


@dataclass(frozen=True)
class PaperTables:
    imagenet: tuple[TableRow, ...]  # Table 1
    cifar: tuple[TableRow, ...]  # Table 2 (the DenseNet rows)
    imagenet_sizes: tuple[int, ...]  # 224 → conv 112 → pool 56, then 56, 28, 14, 7


def _table_row(name: str) -> TableRow:
    p = PRESETS[name]
    c: DenseNetConfig = p.config
    ledger = compute_ledger(c)
    row = row_for_preset(name)
    return TableRow(name, p.label, c.depth, c.growth_rate, c.block_layers, c.bottleneck, c.compression,
                    c.num_init_features, ledger.total_params, p.paper_params,
                    row.errors.get("C10+") if row is not None else None, tuple(b.out_h for b in ledger.blocks))


@lru_cache(maxsize=1)
def paper_tables() -> PaperTables:
    imagenet = tuple(_table_row(n) for n in TABLE1)
    ledger = compute_ledger(PRESETS[TABLE1[0]].config)
    conv, pool = ledger.row("features.conv0").out_h, ledger.row("features.pool0").out_h
    sizes = (ledger.config.input_size, conv, pool) + tuple(b.out_h for b in ledger.blocks[1:])
    return PaperTables(imagenet, tuple(_table_row(n) for n in TABLE2), sizes)


# --------------------------------------------------------------------------------------- the animation


@dataclass(frozen=True)
class BlockStep:
    """The block after ``layer`` of its layers has run (layer 0: only the block input x₀ is there)."""

    block: int
    layer: int  # 0 … L
    layers: int  # L of the block
    k0: int
    growth_rate: int
    in_channels: int  # what this layer received: k0 + k*(layer-1) (k0 for layer 0: the input itself)
    channels: int  # the concatenation after it: k0 + k*layer
    segments: tuple[tuple[int, int], ...]  # (source 0 … layer, its channels) in the concatenation
    new_connections: tuple[tuple[int, int], ...]  # (source, layer): the links into this layer
    connections: int  # links drawn so far: layer(layer+1)/2
    size: int  # height = width of the block's maps


def block_steps(ledger: Ledger, block: int = 1) -> list[BlockStep]:
    """Step 0 (x₀ alone) to step L (every layer added) of a dense block, from the ledger's rows."""
    summary = next((b for b in ledger.blocks if b.index == block), None)
    if summary is None or summary.pattern != "dense":
        return []
    rows = ledger.block_rows(block)
    k0 = summary.in_channels
    k = rows[0].out_channels if rows else 0
    steps = [BlockStep(block, 0, len(rows), k0, k, k0, k0, ((0, k0),), (), 0, summary.out_h)]
    for r in rows:
        layer = r.layer
        segments = ((0, k0),) + tuple((i, k) for i in range(1, layer + 1))
        steps.append(BlockStep(block, layer, len(rows), k0, k, r.in_channels, r.in_channels + r.out_channels,
                               segments, tuple((s, layer) for s in range(layer)), connections_of(layer),
                               summary.out_h))
    return steps


@dataclass(frozen=True)
class AnimationGeometry:
    """Where the animation draws, in pixels of a width × height canvas."""

    nodes: tuple[tuple[float, float, float, float], ...]  # x, y, w, h of x₀ and each layer's box
    arc_height: tuple[float, ...]  # how high the arc from source i to layer j rises: index i*(L+1)+j
    bar: tuple[float, float, float, float]  # the concatenation bar (at its full length, k0 + k*L channels)
    segments: tuple[tuple[float, float], ...]  # x and width of each source's part of the bar at the last step

    def arc(self, source: int, layer: int) -> float:
        return self.arc_height[source * len(self.nodes) + layer]


def animation_geometry(step: BlockStep, width: float, height: float, margin: float = 16.0,
                       text_h: float = 16.0) -> AnimationGeometry:
    """Top to bottom: a line of legend, the arcs (rising with their span), the boxes in a row, each box's input
    channels under it, the concatenation bar (each source's channels to scale: k₀ for x₀, k a layer) and a line
    under it. ``text_h`` is the height of a line of text."""
    n = step.layers
    usable = max(width - 2 * margin, 1.0)
    pitch = usable / (n + 1)
    box_w = max(min(pitch * 0.7, 56.0), 2.0)
    box_h = max(min(height * 0.16, 44.0), 16.0)
    bar_h = max(min(height * 0.08, 18.0), 6.0)
    below = box_h + (text_h + 6) + bar_h + (text_h + 4)  # boxes, their counts, the bar, its line
    arcs_top = text_h + 10  # under the legend
    y = max(height - below - 4, arcs_top + 8.0)
    nodes = tuple((margin + pitch * (i + 0.5) - box_w / 2, y, box_w, box_h) for i in range(n + 1))
    rise = max(y - arcs_top, 4.0)
    arcs = []
    for s in range(n + 1):
        for t in range(n + 1):
            span = abs(t - s) / max(n, 1)
            arcs.append(rise * (0.2 + 0.8 * math.sqrt(span)) if t > s else 0.0)
    bar_y = y + box_h + text_h + 6
    total = step.k0 + step.growth_rate * n
    scale = usable / max(total, 1)
    x = margin
    parts = []
    for i in range(n + 1):
        w = (step.k0 if i == 0 else step.growth_rate) * scale
        parts.append((x, w))
        x += w
    return AnimationGeometry(nodes, tuple(arcs), (margin, bar_y, usable, bar_h), tuple(parts))


def floor_compression(theta: float, m: int) -> int:
    """⌊θ·m⌋, as the ledger and the built network compute it."""
    return int(math.floor(theta * m))
