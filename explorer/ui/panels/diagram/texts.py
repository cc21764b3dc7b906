"""What the diagram says about a network, in the window's language: the hint under the drawing, a block's
title and summary, and the sentence about each layer, unit or join. Each family's links are worded by its
FamilySpec (explorer.core.families: the pattern "dense", "chain", "residual" or "fractal" and the family's link
rule, e.g. ResNet's ReLU after the sum) and the facts connectivity gives about a node (its shortcut, a stride),
never by a family's name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ....core.connectivity import BlockGraph, NodeFacts, subscript
from ....core.connectivity import describe as node_facts
from ....core.families import FAMILIES, FamilySpec
from ....core.ledger import Ledger

__all__ = ["DiagramTexts", "spec_drawn"]


def spec_drawn(ledger: Ledger | None) -> FamilySpec | None:
    """The spec of the family drawn (None for no network, or a config of no registered family)."""
    return FAMILIES.get(getattr(ledger.config, "family", None)) if ledger is not None else None


class DiagramTexts(QObject):
    """The diagram's sentences (a QObject for ``tr``: its context is this class)."""

    def hint(self, ledger: Ledger | None) -> str:
        """What the drawing shows, for the family drawn: its pattern of links and its rule."""
        spec = spec_drawn(ledger)
        pattern = spec.pattern if spec is not None else "dense"
        tools = self.tr("drag to pan, wheel to zoom; click … to expand a block.")
        if pattern == "chain":
            text = self.tr("Plain network, a chain: each layer has one input, the previous layer's output, "
                           "x_ℓ = H_ℓ(x_{ℓ−1}). Hover or click a layer to see it;")
        elif pattern == "residual":
            text = self.tr("Residual network: each unit adds its input back through a shortcut (the arc over it), "
                           "{formula}. Hover or click a unit to see it;").format(formula=spec.formula)
        elif pattern == "fractal":
            text = self.tr("FractalNet: each block has C columns of conv units, f_{C+1}(z) = join(f_C(f_C(z)), "
                           "conv(z)); J joins (averages) the columns that end together. Hover or click a unit "
                           "or a join to see it;")
        else:
            text = self.tr("DenseNet: each layer receives the feature maps of all earlier layers of its block, "
                           "concatenated. Hover or click a layer to see them;")
        return f"{text} {tools}"

    def block_title(self, pattern: str, index: int) -> str:
        titles = {"dense": self.tr("Dense block {b}"), "chain": self.tr("Stage {b}"),
                  "residual": self.tr("Stage {b}"), "fractal": self.tr("Fractal block {b}")}
        return titles.get(pattern, self.tr("Block {b}")).format(b=index)

    def block_text(self, ledger: Ledger, graph: BlockGraph | None, index: int) -> str:
        """The two lines under a block: its units, channels, output size and connections."""
        b = next((b for b in ledger.blocks if b.index == index), None)
        if b is None:
            return ""
        parts = dict(n=b.num_layers, k0=b.in_channels, m=b.out_channels, h=b.out_h, w=b.out_w, c=f"{b.connections:,}")
        if b.pattern == "chain":
            return self.tr("{n} units, a chain · {k0} → {m} channels\n{h}×{w} · {c} connections").format(**parts)
        if b.pattern == "residual":
            return self.tr("{n} residual units · {k0} → {m} channels\n{h}×{w} · {c} connections").format(**parts)
        if b.pattern == "fractal":
            joins = sum(1 for node in graph.nodes if node.kind == "join") if graph is not None else 0
            return self.tr("{n} conv units, {j} joins · {k0} → {m} channels\n{h}×{w} · {c} connections").format(
                j=joins, **parts)
        return self.tr("{n} layers · {k0} → {m} channels\n{h}×{w} · {c} connections").format(**parts)

    def describe(self, ledger: Ledger | None, graph: BlockGraph | None, layer: int) -> str:
        """The sentence about box ``layer`` of a block: what it receives and computes ("" for none)."""
        facts = node_facts(ledger, graph, layer) if ledger is not None and graph is not None else None
        if facts is None:
            return ""
        if facts.pattern == "chain":
            return self._chain(facts)
        if facts.pattern == "residual":
            spec = spec_drawn(ledger)
            return self._residual(facts, spec.formula if spec is not None else "")
        if facts.pattern == "fractal":
            return self._join(facts, graph) if facts.kind == "join" else self._fractal(facts)
        return self._dense(facts)

    def _dense(self, f: NodeFacts) -> str:
        n = f.index
        sources = "x₀" if n == 1 else ("x₀, x₁" if n == 2 else f"x₀ … x{subscript(n - 1)}")
        return self.tr("{name}: block {b}, layer ℓ={l} receives [{src}], the maps of all earlier layers, "
                       "concatenated: k₀ + k·(ℓ−1) = {formula} channels; it adds k = {k}.").format(
            name=f.name, b=f.block, l=n, src=sources, formula=f.formula, k=f.growth)

    def _stride(self, f: NodeFacts) -> str:
        return self.tr(", stride 2") if f.stride == 2 else ""

    def _chain(self, f: NodeFacts) -> str:
        return self.tr("{name}: stage {b}, layer ℓ={l} has one input, the previous layer's output x_{{ℓ−1}} = "
                       "{src} ({cin} channels): x_ℓ = H_ℓ(x_{{ℓ−1}}), no shortcut; {cout} channels out, "
                       "{h}×{w}{stride}.").format(
            name=f.name, b=f.block, l=f.index, src=f.sources[0], cin=f.in_channels, cout=f.out_channels,
            h=f.out_h, w=f.out_w, stride=self._stride(f))

    def _residual(self, f: NodeFacts, formula: str) -> str:
        if f.shortcut == "zero_pad":
            shortcut = self.tr("the identity, subsampled and zero-padded, {a} → {b} channels (option A, no "
                               "weights)").format(a=f.in_channels, b=f.out_channels)
        elif f.shortcut == "projection":
            shortcut = self.tr("a 1×1 projection, {a} → {b} channels").format(a=f.in_channels, b=f.out_channels)
        else:
            shortcut = self.tr("the identity, {c} channels").format(c=f.in_channels)
        return self.tr("{name}: stage {b}, unit ℓ={l} receives x_{{ℓ−1}} = {src} ({cin} channels): {formula}; "
                       "H_ℓ maps {cin} → {cout} channels, {h}×{w}{stride}; shortcut: {shortcut}.").format(
            name=f.name, b=f.block, l=f.index, src=f.sources[0], cin=f.in_channels, cout=f.out_channels,
            h=f.out_h, w=f.out_w, stride=self._stride(f), formula=formula, shortcut=shortcut)

    def _fractal(self, f: NodeFacts) -> str:
        if f.source == "input":
            source = self.tr("the block input x₀")
        elif f.source == "join":
            source = self.tr("the join of columns {cols}").format(cols=", ".join(map(str, f.source_columns)))
        else:
            source = self.tr("unit {u} of its column").format(u=f.unit - 1)
        return self.tr("{name}: block {b}, column {c} of {C}, unit {u} of {n}: conv3×3-BN-ReLU, {cin} → {cout} "
                       "channels, reads {source}. f_1(z) = conv(z), f_{{C+1}}(z) = join(f_C(f_C(z)), conv(z)).").format(
            name=f.name, b=f.block, c=f.column, C=f.columns, u=f.unit, n=f.units, cin=f.in_channels,
            cout=f.out_channels, source=source)

    def _join(self, f: NodeFacts, graph: BlockGraph) -> str:
        by_name = {node.name: node for node in graph.nodes if node.name}
        fed = sorted(by_name[name].column for name in f.feeds if name in by_name)
        feeds = self.tr("the next unit of columns {cols}").format(cols=", ".join(map(str, fed))) if fed else \
            self.tr("the block's output (then the max pool)")
        return self.tr("Block {b}, join at depth {d} of {D}: the elementwise mean of columns {cols} ({c} "
                       "channels, {h}×{w}); it feeds {feeds}. f_{{C+1}}(z) = join(f_C(f_C(z)), conv(z)).").format(
            b=f.block, d=f.position, D=f.positions, cols=", ".join(map(str, f.joined)), c=f.out_channels,
            h=f.out_h, w=f.out_w, feeds=feeds)
