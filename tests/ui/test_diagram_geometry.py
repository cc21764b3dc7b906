"""The diagram's geometry without Qt: for every family the links laid out are the ledger's connections, no two
boxes of a row overlap, collapsed blocks keep their first and last layers, and more rows fit a tall view."""

import subprocess
import sys

import pytest

from explorer.core.config import preset_config
from explorer.core.connectivity import block_graphs
from explorer.core.ledger import compute_ledger
from explorer.ui.panels.diagram.geometry import (
    COLLAPSE_AT,
    HEAD,
    TAIL,
    BlockPlan,
    Geometry,
    block_shapes,
)

PRESETS = ["densenet-bc-l100-k12", "densenet121", "plain-20", "plain-110", "resnet-20", "resnet-110",
           "preact-resnet-164", "wrn-16-4-dropout", "wrn-28-10", "fractalnet-20"]


def plan(preset, rows=1, expanded=True):
    ledger = compute_ledger(preset_config(preset))
    graphs = block_graphs(ledger)
    geo = Geometry(expanded={b.index for b in ledger.blocks} if expanded else set())
    return ledger, graphs, geo, geo.plan(ledger, graphs, rows)


def blocks_of(rows):
    return [p for row in rows for p in row.pieces if isinstance(p, BlockPlan)]


def test_the_geometry_imports_no_qt():
    code = ("import sys, explorer.ui.panels.diagram.geometry as g; "
            "assert g.Geometry and 'PySide6' not in sys.modules and 'pyqtgraph' not in sys.modules, "
            "sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("rows", [1, 2, 3])
def test_links_are_the_ledgers_connections_and_boxes_never_overlap(preset, rows):
    ledger, graphs, _geo, laid = plan(preset, rows)
    assert sum(len(b.links) for b in blocks_of(laid)) == ledger.connections
    assert [b.index for b in blocks_of(laid)] == [b.index for b in ledger.blocks]
    for row in laid:
        rects = sorted(row.rects(), key=lambda r: r.x)
        for a, b in zip(rects, rects[1:]):
            assert not a.overlaps(b), (a, b)
            assert a.x + a.w <= b.x
    for block in blocks_of(laid):  # every link joins two boxes drawn in its block, left to right
        for link in block.links:
            assert link.x0 < link.x1 and link.link.source in block.centres and link.link.target in block.centres


@pytest.mark.parametrize("preset, pattern, per_layer", [
    ("plain-20", "chain", lambda j: [j - 1]),  # one link, from the previous layer
    ("resnet-20", "residual", lambda j: [j - 1, j - 1]),  # through H_ℓ and the shortcut round it
    ("preact-resnet-164", "residual", lambda j: [j - 1, j - 1]),
    ("wrn-16-4-dropout", "residual", lambda j: [j - 1, j - 1]),
    ("densenet-bc-l100-k12", "dense", lambda j: list(range(j))),  # every earlier layer and x₀
])
def test_each_pattern_lays_out_its_own_links(preset, pattern, per_layer):
    _ledger, _graphs, _geo, laid = plan(preset)
    for block in blocks_of(laid):
        assert block.pattern == pattern
        into = {}
        for link in block.links:
            into.setdefault(link.link.target, []).append(link.link.source)
        assert all(sorted(into[j]) == per_layer(j) for j in range(1, block.size + 1))
        straight = {link.straight for link in block.links}
        assert straight == ({True} if pattern == "chain" else {True, False} if pattern == "residual" else {False})
    assert (blocks_of(laid)[0].rise == 0) == (pattern == "chain")  # a chain's links are straight


def test_fractal_joins_average_the_columns_that_end_together():
    ledger, graphs, _geo, laid = plan("fractalnet-20")
    block = blocks_of(laid)[0]
    joins = [n.index for n in graphs[block.index].nodes if n.kind == "join"]
    assert joins and all(any(link.link.target == j for link in block.links) for j in joins)
    assert sorted(link.link.source for link in block.links if link.link.target == joins[-1]) == [6, 7, 8]


def test_long_blocks_collapse_to_their_first_and_last_layers():
    ledger, graphs, geo, laid = plan("densenet264", expanded=False)  # blocks of 6, 12, 64, 48 layers
    by_index = {b.index: b for b in blocks_of(laid)}
    for b in ledger.blocks:
        block = by_index[b.index]
        if b.num_layers <= COLLAPSE_AT:
            assert block.hidden == 0 and block.toggle_x is None
            continue
        n = b.num_layers
        assert block.visible == list(range(HEAD + 1)) + list(range(n - TAIL + 1, n + 1))
        assert block.hidden == n - HEAD - TAIL
        left, right = block.centres[HEAD], block.centres[n - TAIL + 1]
        assert left < block.toggle_x < right  # the ellipsis stands between the two halves
        shown = len(block.visible) - 1
        assert len(block.links) == shown * (shown + 1) // 2  # the links among the boxes drawn
    geo.expanded = {3}
    assert geo.visible_layers(64, 3) == (list(range(65)), 0)


def test_rows_balance_the_blocks_and_a_tall_view_takes_more_rows():
    ledger, graphs, geo, _laid = plan("densenet-bc-l100-k12")
    shapes = block_shapes(ledger, graphs)
    assert geo.row_groups(shapes, 1) == [[1, 2, 3]]
    assert geo.row_groups(shapes, 3) == [[1], [2], [3]]
    w1, h1 = geo.layout_size(shapes, 1)
    w3, h3 = geo.layout_size(shapes, 3)
    assert w3 < w1 and h3 > h1
    assert geo.best_rows(shapes, 4000, 300) == 1
    assert geo.best_rows(shapes, 600, 900) > 1
