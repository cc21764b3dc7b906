"""How each family connects the layers of a block: the nodes a diagram draws and the links between them.

Torch-free, from the ledger alone (it runs whenever the diagram is redrawn). A block's node 0 is its input x₀;
nodes 1..n are what the ledger's rows name (the real module paths of the built network), in order, plus, for
FractalNet, the joins (an elementwise mean: no module of its own). Each node lists the links into it, counted as
the ledger counts connections, so a drawing of every link has exactly ``Ledger.connections`` of them:

- dense (DenseNet): layer ℓ receives x₀ … x_{ℓ−1}, concatenated: ℓ links (L(L+1)/2 a block);
- chain (plain net): layer ℓ receives x_{ℓ−1} alone: one link;
- residual (ResNet, pre-activation ResNet, Wide ResNet): x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}: two links, one through
  H_ℓ and the shortcut round it (the identity, zero-padded identity or a 1x1 projection where the shape changes);
- fractal (FractalNet): one link into each conv unit, one from each column into the join where they meet.

``describe`` gives the facts a text about a node needs, as plain data; the UI words them (in any language).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .families.fractalnet import fractal_join_schedule
from .ledger import Ledger, LedgerRow

__all__ = ["Link", "Node", "BlockGraph", "NodeFacts", "block_graphs", "find_node", "describe", "subscript"]


def subscript(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


@dataclass(frozen=True, slots=True)
class Link:
    source: int  # node index in the block (0 = the block input x₀)
    target: int
    kind: str  # "concat" (dense), "chain", "branch" (through H_ℓ), "shortcut" (round it), "conv", "join"


@dataclass(frozen=True, slots=True)
class Node:
    block: int
    index: int  # 0 = the block input x₀; then in drawing order
    kind: str  # "input", "layer", "join"
    name: str  # the module path in the built network ("" for the block input and FractalNet's joins)
    label: str  # what its box shows
    row: LedgerRow | None = None
    column: int = 0  # FractalNet: 1-based column of a conv unit
    unit: int = 0  # FractalNet: 1-based unit within its column
    position: int = 0  # FractalNet: depth position (1 .. 2^(C-1)) where the unit ends, or of the join
    joined: tuple[int, ...] = ()  # FractalNet join: the 1-based columns it averages


@dataclass
class BlockGraph:
    block: int
    pattern: str  # the ledger's BlockSummary.pattern: "dense", "chain", "residual", "fractal"
    nodes: list[Node]
    in_size: int = 0  # spatial size of the block input (the first unit may stride)
    _inputs: dict[int, list[Link]] = field(default_factory=dict)  # fractal: computed once

    @property
    def size(self) -> int:
        """Nodes after the input (what a drawing lays out as boxes)."""
        return len(self.nodes) - 1

    def inputs(self, index: int) -> list[Link]:
        """The links into node ``index``."""
        if index <= 0 or index >= len(self.nodes):
            return []
        if self.pattern == "dense":
            return [Link(s, index, "concat") for s in range(index)]
        if self.pattern == "chain":
            return [Link(index - 1, index, "chain")]
        if self.pattern == "residual":
            return [Link(index - 1, index, "branch"), Link(index - 1, index, "shortcut")]
        return self._inputs.get(index, [])

    def links(self, visible: Iterable[int] | None = None) -> Iterator[Link]:
        """Every link, or those between nodes of ``visible`` (a collapsed block draws only those)."""
        shown = set(range(len(self.nodes))) if visible is None else set(visible)
        for j in sorted(shown):
            for link in self.inputs(j):
                if link.source in shown:
                    yield link

    @property
    def connections(self) -> int:
        n = self.size
        if self.pattern == "dense":
            return n * (n + 1) // 2
        if self.pattern == "chain":
            return n
        if self.pattern == "residual":
            return 2 * n
        return sum(len(v) for v in self._inputs.values())


def _fractal_graph(ledger: Ledger, block: int, rows: list[LedgerRow]) -> BlockGraph:
    """Nodes in the order of the forward pass: at each depth position the units that end there, then their
    join. A unit's input is x₀ (its column's first unit), the join after its column's previous unit, or that
    unit itself (the deepest column between joins)."""
    columns = ledger.config.columns
    nodes = [Node(block, 0, "input", "", "x₀")]
    inputs: dict[int, list[Link]] = {}
    feeds = [0] * columns  # the node each column's next unit reads
    it = iter(rows)
    for d, ending in enumerate(fractal_join_schedule(columns), start=1):
        ends = []
        for j in ending:
            row = next(it)
            i = len(nodes)
            nodes.append(Node(block, i, "layer", row.name, f"{j + 1}·{row.layer}", row, column=j + 1,
                              unit=row.layer or 0, position=d))
            inputs[i] = [Link(feeds[j], i, "conv")]
            ends.append(i)
        out = ends[0]
        if len(ends) > 1:
            out = len(nodes)
            nodes.append(Node(block, out, "join", "", "J", None, position=d,
                              joined=tuple(j + 1 for j in ending)))
            inputs[out] = [Link(s, out, "join") for s in ends]
        for j in ending:
            feeds[j] = out
    return BlockGraph(block, "fractal", nodes, _inputs=inputs)


def block_graphs(ledger: Ledger) -> dict[int, BlockGraph]:
    """Each block's graph, by block index."""
    graphs: dict[int, BlockGraph] = {}
    size = ledger.rows[0].out_h if ledger.rows else 0
    for b in ledger.blocks:
        rows = [r for r in ledger.rows if r.block == b.index and r.layer is not None]
        before = next((i for i, r in enumerate(ledger.rows) if r.block == b.index), 0)
        if before:
            size = ledger.rows[before - 1].out_h
        if b.pattern == "fractal":
            graph = _fractal_graph(ledger, b.index, rows)
        else:
            nodes = [Node(b.index, 0, "input", "", "x₀")]
            nodes += [Node(b.index, r.layer, "layer", r.name, str(r.layer), r) for r in rows]
            graph = BlockGraph(b.index, b.pattern, nodes)
        graph.in_size = size
        graphs[b.index] = graph
    return graphs


def find_node(graphs: dict[int, BlockGraph], name: str) -> tuple[int, int] | None:
    """(block, node index) of the node whose module is ``name``."""
    for g in graphs.values():
        for node in g.nodes:
            if node.name and node.name == name:
                return g.block, node.index
    return None


@dataclass(frozen=True)
class NodeFacts:
    """What is true of one node, for a sentence about it."""

    pattern: str  # "dense", "chain", "residual", "fractal"
    kind: str  # "layer" or "join"
    block: int
    index: int
    name: str  # module path ("" for a join)
    in_channels: int
    out_channels: int
    out_h: int
    out_w: int
    sources: tuple[str, ...] = ()  # the inputs' symbols, e.g. ("x₀", "x₁")
    formula: str = ""  # dense: "108 + 12×(5−1) = 156"
    growth: int = 0  # dense: k
    post_activation: bool = False  # residual: ReLU after the sum (He et al. 2016) rather than before H_ℓ
    shortcut: str = ""  # residual: "identity", "zero_pad" (option A) or "projection" (1x1 conv)
    stride: int = 1
    columns: int = 0  # fractal: C
    column: int = 0
    unit: int = 0
    units: int = 0  # in this column: 2^(column−1)
    position: int = 0
    positions: int = 0  # 2^(C−1)
    source: str = ""  # fractal conv unit: "input", "unit" (its column's previous unit) or "join"
    source_columns: tuple[int, ...] = ()  # fractal: the columns of the join it reads
    source_position: int = 0
    joined: tuple[int, ...] = ()  # fractal join: the columns averaged
    feeds: tuple[str, ...] = ()  # fractal join: the modules it feeds (empty: the block's output)


def _sources(graph: BlockGraph, index: int) -> tuple[str, ...]:
    return tuple(f"x{subscript(s)}" for s in sorted({link.source for link in graph.inputs(index)}))


def describe(ledger: Ledger, graph: BlockGraph, index: int) -> NodeFacts | None:
    if index <= 0 or index >= len(graph.nodes):
        return None
    node = graph.nodes[index]
    cfg = ledger.config
    if node.kind == "join":
        ends = [graph.nodes[link.source] for link in graph.inputs(index)]
        c = ends[0].row.out_channels if ends and ends[0].row else 0
        h = ends[0].row.out_h if ends and ends[0].row else 0
        feeds = tuple(n.name for n in graph.nodes[index + 1:]
                      if any(link.source == index for link in graph.inputs(n.index)))
        return NodeFacts("fractal", "join", graph.block, index, "", c, c, h, h, joined=node.joined,
                         columns=cfg.columns, position=node.position, positions=2 ** (cfg.columns - 1),
                         feeds=feeds)
    r = node.row
    assert r is not None
    base = dict(pattern=graph.pattern, kind="layer", block=graph.block, index=index, name=r.name,
                in_channels=r.in_channels, out_channels=r.out_channels, out_h=r.out_h, out_w=r.out_w,
                sources=_sources(graph, index))
    if graph.pattern == "dense":
        return NodeFacts(**base, formula=r.formula or str(r.in_channels), growth=r.out_channels)
    if graph.pattern == "fractal":
        src = graph.nodes[graph.inputs(index)[0].source]
        source = {"input": "input", "join": "join"}.get(src.kind, "unit")
        return NodeFacts(**base, columns=cfg.columns, column=node.column, unit=node.unit,
                         units=2 ** (node.column - 1), position=node.position, positions=2 ** (cfg.columns - 1),
                         source=source, source_columns=src.joined, source_position=src.position)
    in_size = graph.in_size if index == 1 else graph.nodes[index - 1].row.out_h  # type: ignore[union-attr]
    stride = 2 if r.out_h < in_size else 1
    if graph.pattern == "chain":
        return NodeFacts(**base, stride=stride)
    changes = stride != 1 or r.in_channels != r.out_channels
    post = cfg.family == "resnet"
    shortcut = "identity"
    if changes:
        shortcut = "zero_pad" if post and getattr(cfg, "shortcut", "A") == "A" else "projection"
    return NodeFacts(**base, post_activation=post, shortcut=shortcut, stride=stride)
