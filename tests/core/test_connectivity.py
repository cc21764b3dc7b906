"""Each family's connection pattern: the links the diagram draws, as the ledger counts them, on real modules."""

import pytest

from explorer.core.config import PRESETS, preset_config
from explorer.core.connectivity import block_graphs, describe, find_node
from explorer.core.ledger import compute_ledger

ONE_PER_FAMILY = ["densenet-bc-l100-k12", "plain-20", "resnet-20", "preact-resnet-164", "wrn-16-8", "fractalnet-20"]


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_links_are_the_ledgers_connections(preset):
    ledger = compute_ledger(preset_config(preset))
    graphs = block_graphs(ledger)
    assert sum(g.connections for g in graphs.values()) == ledger.connections
    assert sum(1 for g in graphs.values() for _ in g.links()) == ledger.connections
    for b in ledger.blocks:
        assert graphs[b.index].pattern == b.pattern
        assert graphs[b.index].connections == b.connections


def test_patterns():
    dense = block_graphs(compute_ledger(preset_config("densenet-bc-l100-k12")))[2]
    assert [link.source for link in dense.inputs(5)] == [0, 1, 2, 3, 4]
    chain = block_graphs(compute_ledger(preset_config("plain-20")))[1]
    assert [(link.source, link.kind) for link in chain.inputs(3)] == [(2, "chain")]
    residual = block_graphs(compute_ledger(preset_config("resnet-20")))[1]
    assert [(link.source, link.kind) for link in residual.inputs(3)] == [(2, "branch"), (2, "shortcut")]
    fractal = block_graphs(compute_ledger(preset_config("fractalnet-20")))[1]
    # C = 3: col3.unit1, col2.unit1, col3.unit2, join(2,3), col3.unit3, col1.unit1, col2.unit2, col3.unit4, join.
    assert [n.kind for n in fractal.nodes] == ["input"] + ["layer"] * 3 + ["join"] + ["layer"] * 4 + ["join"]
    assert fractal.nodes[4].joined == (2, 3) and fractal.nodes[9].joined == (1, 2, 3)
    assert [link.source for link in fractal.inputs(9)] == [6, 7, 8]
    assert [link.source for link in fractal.inputs(7)] == [4]  # col2.unit2 reads the first join


def test_residual_shortcuts_and_strides():
    ledger = compute_ledger(preset_config("resnet-20"))
    graphs = block_graphs(ledger)
    first, second = describe(ledger, graphs[2], 1), describe(ledger, graphs[2], 2)
    assert (first.shortcut, first.stride, first.in_channels, first.out_channels) == ("zero_pad", 2, 16, 32)
    assert (second.shortcut, second.stride) == ("identity", 1)
    assert describe(ledger, graphs[1], 1).shortcut == "identity" and first.post_activation
    b_ledger = compute_ledger(preset_config("resnet-20", shortcut="B"))
    assert describe(b_ledger, block_graphs(b_ledger)[2], 1).shortcut == "projection"
    pre = compute_ledger(preset_config("preact-resnet-164"))
    facts = describe(pre, block_graphs(pre)[1], 1)  # 16 -> 64 channels (4x expansion): a projection
    assert (facts.shortcut, facts.stride, facts.out_channels, facts.post_activation) == ("projection", 1, 64, False)


@pytest.mark.parametrize("preset", ONE_PER_FAMILY)
def test_every_node_names_a_real_module(preset):
    from explorer.core.models import build_model

    config = preset_config(preset)
    ledger = compute_ledger(config)
    modules = dict(build_model(config, "meta").named_modules())
    graphs = block_graphs(ledger)
    for g in graphs.values():
        for node in g.nodes:
            if node.kind == "layer":
                assert node.name in modules, node.name
                assert find_node(graphs, node.name) == (g.block, node.index)
            else:
                assert node.name == ""  # the block input and FractalNet's joins are no modules
