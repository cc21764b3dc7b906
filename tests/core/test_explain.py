"""The facts of "DenseNet in 5 minutes" against the ledger and the paper's numbers (no Qt)."""

import subprocess
import sys

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.explain import (
    animation_geometry,
    block_steps,
    connections_of,
    explain,
    floor_compression,
    paper_tables,
)
from explorer.core.format import millions
from explorer.core.ledger import compute_ledger
from explorer.core.validation import ConfigError


def test_densenet_bc_100_the_numbers_a_student_checks():
    facts = explain(preset_config("densenet-bc-l100-k12"))
    assert facts.own and facts.pattern == "dense"
    d = facts.dense
    assert (d.depth, d.growth_rate, d.init_features) == (100, 12, 24)  # k0 = 2k for DenseNet-BC
    # L of L(L+1)/2 is the layers of one block: 16, not the depth 100.
    assert [b.layers for b in d.blocks] == [16, 16, 16]
    assert [b.connections for b in d.blocks] == [136, 136, 136]
    assert d.connections == 408 == compute_ledger(preset_config("densenet-bc-l100-k12")).connections
    assert d.depth_count == 5050  # 100·101/2: the wrong count
    # k0 + k·(ℓ−1) from the first block: 24, 36, 48, …, 24 + 12·15 = 204.
    assert [(e.layer, e.in_channels) for e in d.examples] == [(1, 24), (2, 36), (3, 48), (16, 204)]
    assert d.first.out_channels == 24 + 12 * 16 == 216
    assert d.bottleneck and d.bottleneck_channels == 48  # 4k
    t = d.first_transition
    assert (t.in_channels, t.compression, t.out_channels) == (216, 0.5, 108)
    assert (t.in_size, t.out_size) == (32, 16)
    assert d.blocks[1].in_channels == 108  # the next block starts from what the transition kept
    assert d.blocks[-1].transition is None
    assert d.cifar_rule == (100, 6, 16)  # (L−4)/6
    assert d.preset == "densenet-bc-l100-k12" and d.paper_params == "0.8M" and d.paper_error_c10_plus == 4.51
    assert millions(d.params) == "0.8M"


def test_imagenet_densenet121_and_a_custom_network():
    d = explain(preset_config("densenet121")).dense
    assert [b.layers for b in d.blocks] == [6, 12, 24, 16]
    assert [b.connections for b in d.blocks] == [21, 78, 300, 136]
    assert [(e.layer, e.in_channels) for e in d.examples] == [(1, 64), (2, 96), (3, 128), (6, 224)]
    assert d.first_transition.in_channels == 256 and d.first_transition.out_channels == 128
    assert d.cifar_rule is None and d.paper_params is None
    custom = DenseNetConfig(growth_rate=7, block_layers=(2, 5), bottleneck=False, compression=0.3,
                            init_features=10)
    c = explain(custom).dense
    assert c.preset is None and c.variant == "DenseNet-C"
    assert [(e.layer, e.in_channels) for e in c.examples] == [(1, 10), (2, 17)]
    assert c.first_transition.out_channels == floor_compression(0.3, 24) == 7  # ⌊0.3·24⌋ = ⌊7.2⌋
    assert c.connections == 3 + 15 and not c.equal_blocks


def test_another_family_is_explained_with_the_papers_densenet_and_its_own_counts():
    facts = explain(preset_config("resnet-110"))
    assert not facts.own and facts.pattern == "residual"
    assert facts.stage_layers == (18, 18, 18) and facts.stage_connections == (36, 36, 36)
    assert facts.dense.preset == "densenet-bc-l100-k12"


def test_paper_tables_recomputed_from_the_presets():
    tables = paper_tables()
    assert [r.block_layers for r in tables.imagenet] == [(6, 12, 24, 16), (6, 12, 32, 32), (6, 12, 48, 32),
                                                         (6, 12, 64, 48)]
    assert [r.depth for r in tables.imagenet] == [121, 169, 201, 265]  # the paper names the last 264
    assert all(r.growth_rate == 32 and r.init_features == 64 for r in tables.imagenet)
    assert tables.imagenet[0].params == 7_978_856  # torchvision's densenet121
    assert tables.imagenet_sizes == (224, 112, 56, 28, 14, 7)
    assert tables.imagenet[0].sizes == (56, 28, 14, 7)
    cifar = {r.preset: r for r in tables.cifar}
    assert [millions(r.params) for r in tables.cifar] == [r.paper_params for r in tables.cifar] == [
        "1.0M", "7.0M", "27.2M", "0.8M", "15.3M", "25.6M"]
    assert cifar["densenet-l40-k12"].block_layers == (12, 12, 12)  # (40−4)/3
    assert cifar["densenet-bc-l250-k24"].block_layers == (41, 41, 41)  # (250−4)/6
    assert cifar["densenet-l100-k24"].error_c10_plus == 3.74


@settings(max_examples=60, deadline=None)
@given(k=st.integers(1, 48), blocks=st.lists(st.integers(1, 30), min_size=1, max_size=4),
       bottleneck=st.booleans(), theta=st.sampled_from([0.25, 0.5, 0.7, 1.0]))
@example(k=1, blocks=[1, 1], bottleneck=True, theta=0.25)  # the refused config a run once drew
def test_facts_equal_the_ledger_for_any_densenet(k, blocks, bottleneck, theta):
    try:
        config = DenseNetConfig(growth_rate=k, block_layers=tuple(blocks), bottleneck=bottleneck, compression=theta)
    except ConfigError as err:  # e.g. k=1, θ=0.25: floor(0.25 × 3) = 0 maps after a transition, refused
        assert err.field == "compression"
        assume(False)
    ledger = compute_ledger(config)
    d = explain(config, ledger).dense
    assert d.connections == ledger.connections == sum(connections_of(n) for n in blocks)
    for b, fact in zip(ledger.blocks, d.blocks):
        assert (fact.layers, fact.in_channels, fact.out_channels) == (b.num_layers, b.in_channels, b.out_channels)
        assert fact.out_channels == fact.in_channels + k * fact.layers
        if fact.transition is not None:
            assert fact.transition.out_channels == floor_compression(theta, fact.out_channels) == b.transition_out
    for e in d.examples:
        assert e.in_channels == e.k0 + e.growth_rate * (e.layer - 1)
        assert e.in_channels == ledger.row(f"features.denseblock1.denselayer{e.layer}").in_channels


def test_block_steps_grow_by_k_and_light_the_new_connections():
    ledger = compute_ledger(preset_config("densenet-bc-l100-k12"))
    steps = block_steps(ledger, 1)
    assert len(steps) == 17 and steps[0].layer == 0 and steps[0].channels == 24
    s2 = steps[2]
    assert s2.in_channels == 24 + 12 and s2.channels == 48
    assert s2.new_connections == ((0, 2), (1, 2)) and s2.connections == 3
    assert [s.channels for s in steps] == [24 + 12 * i for i in range(17)]
    assert steps[-1].connections == 136 and sum(c for _s, c in steps[-1].segments) == 216
    assert block_steps(compute_ledger(preset_config("resnet-20")), 1) == []


def test_animation_geometry_fits_the_canvas_and_scales_the_bar_to_channels():
    step = block_steps(compute_ledger(preset_config("densenet121")), 1)[3]
    g = animation_geometry(step, 600, 240)
    assert len(g.nodes) == 7
    xs = [x for x, _y, _w, _h in g.nodes]
    assert xs == sorted(xs) and xs[0] >= 0 and g.nodes[-1][0] + g.nodes[-1][2] <= 600
    assert all(y + h <= 240 for _x, y, _w, h in g.nodes) and g.bar[1] + g.bar[3] + 16 <= 240  # the line under it too
    assert g.arc(0, 6) > g.arc(5, 6) > 0 and g.arc(3, 2) == 0  # longer spans rise higher; no backward arcs
    widths = [w for _x, w in g.segments]
    assert widths[0] == pytest.approx(widths[1] * 64 / 32)  # x0 holds k0 = 64 maps, each layer k = 32
    assert sum(widths) == pytest.approx(g.bar[2])
    assert animation_geometry(step, 1, 1).nodes  # a tiny canvas still draws


def test_explain_imports_no_qt():
    code = "import sys, explorer.core.explain; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
