"""The comparison families: the table's parameter counts, ledger = module (params, shapes, multiply-adds) over
each family's config space, validation, stochastic depth and drop-path."""

from __future__ import annotations

import dataclasses

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from explorer.core.config import (
    CONFIG_TYPES,
    PRESETS,
    ConfigError,
    FractalNetConfig,
    PlainConfig,
    PreActResNetConfig,
    ResNetConfig,
    WideResNetConfig,
    config_from_json,
    config_to_json,
    preset_config,
)
from explorer.core.families.fractalnet import fractal_join_schedule
from explorer.core.format import millions
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from explorer.core.models.resnet import BasicUnit
from tests.core.ledger_check import check_ledger_equals_module
from tests.helpers import num_params

FAMILIES = ("plain", "resnet", "preact_resnet", "wide_resnet", "fractalnet")


# ------------------------------------------------------------------------------------- the table's counts

# Architecture counts (10 classes), and the DenseNet table's figure for the same row.
ARCHITECTURE = {
    "resnet-110": (1_727_962, "1.7M"),
    "resnet-110-sd": (1_727_962, "1.7M"),
    "preact-resnet-164": (1_703_258, "1.7M"),
    "wrn-16-4-dropout": (2_748_890, "2.7M"),
    "wrn-16-8": (10_961_370, "11.0M"),
    "wrn-28-10": (36_479_194, "36.5M"),
    # Disagreements, shown as such: the architecture's count and the table's figure separately.
    "preact-resnet-1001": (10_327_706, "10.2M"),
    "resnet-1202": (19_421_274, "10.2M"),
    "fractalnet-20": (33_724_618, "38.6M"),
}
DISAGREE = {"preact-resnet-1001": "10.3M", "resnet-1202": "19.4M", "fractalnet-20": "33.7M"}


@pytest.mark.parametrize("name", ARCHITECTURE)
def test_table_parameter_counts(name):
    count, table = ARCHITECTURE[name]
    preset = PRESETS[name]
    assert compute_ledger(preset.config).total_params == count
    assert preset.paper_params == table
    if name in DISAGREE:
        assert millions(count) == DISAGREE[name] != table
        # The preset says why, naming both figures.
        assert DISAGREE[name] in preset.note and table in preset.note
    else:
        assert millions(count) == table


def test_preact_1001_table_figure_is_the_count_without_batch_norm():
    model = build_model(PRESETS["preact-resnet-1001"].config, "meta")
    weights = sum(p.numel() for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))
                  for p in m.parameters())
    assert weights == 10_178_490 and millions(weights) == "10.2M"


def test_architectures_as_their_papers_describe():
    r110 = PRESETS["resnet-110"].config
    assert (r110.units_per_stage, r110.stage_widths, r110.shortcut) == (18, (16, 32, 64), "A")
    assert PRESETS["resnet-1202"].config.units_per_stage == 200
    p164 = PRESETS["preact-resnet-164"].config
    assert (p164.units_per_stage, p164.stage_outputs) == (18, (64, 128, 256))
    assert PRESETS["preact-resnet-1001"].config.units_per_stage == 111
    assert PRESETS["wrn-28-10"].config.stage_widths == (160, 320, 640)
    assert PRESETS["wrn-16-8"].config.units_per_stage == 2
    f = PRESETS["fractalnet-20"].config
    assert (f.columns, f.num_blocks, f.channels, f.longest_path, f.depth) == (3, 5, (64, 128, 256, 512, 512), 20, 21)
    # The table's depths.
    for name, depth in (("resnet-110", 110), ("resnet-1202", 1202), ("preact-resnet-164", 164),
                        ("preact-resnet-1001", 1001), ("wrn-16-8", 16), ("wrn-28-10", 28), ("fractalnet-20", 21)):
        assert compute_ledger(PRESETS[name].config).depth == depth, name


def test_plain_counterparts_have_the_resnets_parameters():
    for depth in (20, 56, 110):
        plain = compute_ledger(PRESETS[f"plain-{depth}"].config)
        res = compute_ledger(PRESETS[f"resnet-{depth}"].config)
        assert plain.total_params == res.total_params and plain.total_macs == res.total_macs
        n = (depth - 2) // 6
        assert [b.connections for b in plain.blocks] == [n] * 3  # a chain: L
        assert [b.connections for b in res.blocks] == [2 * n] * 3  # residual: 2L
        assert {b.pattern for b in plain.blocks} == {"chain"} and {b.pattern for b in res.blocks} == {"residual"}
    # Option B adds the two 1x1 projections with their BN.
    b = compute_ledger(preset_config("resnet-110", shortcut="B")).total_params
    assert b - 1_727_962 == 16 * 32 + 2 * 32 + 32 * 64 + 2 * 64


@pytest.mark.parametrize("name", [n for n, p in PRESETS.items() if p.config.family in FAMILIES
                                  and n not in ("resnet-1202", "preact-resnet-1001")])
def test_every_family_preset_builds_on_meta_with_the_ledgers_count(name):
    cfg = PRESETS[name].config
    model = build_model(cfg, "meta")
    assert num_params(model) == compute_ledger(cfg).total_params
    assert next(model.parameters()).device.type == "meta"


# --------------------------------------------------------------------- ledger = module, over each family


common = dict(num_classes=st.integers(1, 12), in_channels=st.integers(1, 3))
plain_configs = st.builds(PlainConfig, depth=st.sampled_from([8, 14, 20]), width=st.integers(1, 6),
                          input_size=st.integers(1, 12), **common)
resnet_configs = st.builds(ResNetConfig, depth=st.sampled_from([8, 14, 20]), width=st.integers(1, 6),
                           shortcut=st.sampled_from(["A", "B"]), survival_last=st.sampled_from([1.0, 0.5, 0.8]),
                           input_size=st.integers(1, 12), **common)
preact_configs = st.one_of(
    st.builds(PreActResNetConfig, depth=st.sampled_from([11, 20]), bottleneck=st.just(True),
              width=st.integers(1, 4), input_size=st.integers(1, 12), **common),
    st.builds(PreActResNetConfig, depth=st.sampled_from([8, 14]), bottleneck=st.just(False),
              width=st.integers(1, 5), input_size=st.integers(1, 12), **common))
wide_configs = st.builds(WideResNetConfig, depth=st.sampled_from([10, 16]), widen_factor=st.just(1),
                         drop_rate=st.sampled_from([0.0, 0.3]), input_size=st.integers(1, 10), **common)
fractal_configs = st.builds(
    FractalNetConfig, columns=st.integers(1, 4), channels=st.lists(st.integers(1, 5), min_size=1, max_size=3),
    drop_path=st.sampled_from([0.0, 0.15]), global_paths=st.sampled_from([0.0, 0.5]),
    drop_rate=st.sampled_from([0.0, 0.2]), input_size=st.integers(8, 14), **common)


@pytest.mark.parametrize("configs", [plain_configs, resnet_configs, preact_configs, wide_configs, fractal_configs],
                         ids=["plain", "resnet", "preact", "wide", "fractal"])
@settings(max_examples=12)
@given(data=st.data())
def test_ledger_equals_module(configs, data):
    check_ledger_equals_module(data.draw(configs))


def test_ledger_equals_module_for_paper_shapes():
    """Full-width stages at the real 32x32 input, depth cut short: the paper's spatial sizes."""
    for cfg in (preset_config("resnet-110", depth=8), preset_config("preact-resnet-164", depth=11),
                preset_config("wrn-16-8", depth=10, widen_factor=1), preset_config("plain-20", depth=8)):
        check_ledger_equals_module(cfg)
        assert [b.out_h for b in compute_ledger(cfg).blocks] == [32, 16, 8]
    f = preset_config("fractalnet-20", channels=(4, 4, 4, 4, 4))
    check_ledger_equals_module(f)
    assert [r.out_h for r in compute_ledger(f).rows if r.kind == "pool"] == [16, 8, 4, 2, 1]


# ------------------------------------------------------------------------------------------- validation


@pytest.mark.parametrize("cls, changes, field, valid", [
    (ResNetConfig, {"depth": 111}, "depth", "nearest 110 or 116"),
    (PlainConfig, {"depth": 21}, "depth", "nearest 20 or 26"),
    (PreActResNetConfig, {"depth": 165}, "depth", "nearest 164 or 173"),
    (PreActResNetConfig, {"depth": 165, "bottleneck": False}, "depth", "nearest 164 or 170"),
    (WideResNetConfig, {"depth": 27}, "depth", "nearest 22 or 28"),
    (ResNetConfig, {"shortcut": "C"}, "shortcut", "A, B"),
    (ResNetConfig, {"survival_last": 0.0}, "survival_last", "(0, 1]"),
    (ResNetConfig, {"width": 0}, "width", "1 to 4096"),
    (WideResNetConfig, {"widen_factor": 0}, "widen_factor", "1 to 64"),
    (FractalNetConfig, {"columns": 7}, "columns", "1 to 6"),
    (FractalNetConfig, {"input_size": 16}, "input_size", "at least 32"),
    (FractalNetConfig, {"channels": (64, 0)}, "channels[1]", "1 to 4096"),
    (FractalNetConfig, {"drop_path": 1.0}, "drop_path", "[0, 1)"),
])
def test_bad_values_name_the_field_and_what_is_valid(cls, changes, field, valid):
    with pytest.raises(ConfigError) as info:
        cls(**changes)
    assert info.value.field == field
    assert valid in str(info.value)


def test_memory_efficient_is_refused_outside_densenet():
    with pytest.raises(ConfigError, match="memory_efficient"):
        build_model(preset_config("resnet-20"), "meta", memory_efficient=True)


@pytest.mark.parametrize("family", FAMILIES)
def test_family_classes_teach_their_fields(family):
    cls = CONFIG_TYPES[family]
    names = [f.name for f in dataclasses.fields(cls)]
    assert set(names) == set(cls.FIELD_HELP)
    for f in dataclasses.fields(cls):
        if f.type == "str":
            assert f.name in cls.CHOICES
    cfg = cls()
    assert cfg.replace() == cfg and isinstance(cfg.title, str) and cfg.depth > 0
    assert config_from_json(config_to_json(cfg)) == cfg
    assert compute_ledger(cfg).depth == cfg.depth


# --------------------------------------------------------------------------------------- stochastic depth


def test_survival_probabilities_decay_linearly_to_p_L():
    p = preset_config("resnet-110-sd").survival_probabilities()
    assert len(p) == 54
    assert p[0] == pytest.approx(1 - 0.5 / 54) and p[-1] == pytest.approx(0.5)
    assert all(a > b for a, b in zip(p, p[1:]))
    assert preset_config("resnet-110").survival_probabilities() == [1.0] * 54


def test_stochastic_depth_skips_units_in_training_and_scales_them_at_test_time():
    torch.manual_seed(0)
    unit = BasicUnit(3, 3, 1, residual=True, survival=0.3)
    x = torch.relu(torch.randn(4, 3, 5, 5))
    unit.eval()
    with torch.no_grad():
        expected = torch.relu(0.3 * unit.branch(x) + x)
        assert torch.allclose(unit(x), expected)
    unit.train()
    skipped = 0
    with torch.no_grad():
        for _ in range(200):
            skipped += bool(torch.equal(unit(x), x))
    assert 0.55 * 200 < skipped < 0.85 * 200  # chance 0.7 of skipping
    # Seeds reproduce the draws.
    def run(seed):
        torch.manual_seed(seed)
        model = build_model(preset_config("resnet-110-sd", depth=20, width=2)).train()
        torch.manual_seed(seed + 1)
        return model(torch.randn(2, 3, 8, 8))
    assert torch.equal(run(3), run(3))


# -------------------------------------------------------------------------------------------- FractalNet


def test_join_schedule_is_the_fractal_expansion():
    assert fractal_join_schedule(1) == [[0]]
    assert fractal_join_schedule(3) == [[2], [1, 2], [2], [0, 1, 2]]
    cfg = preset_config("fractalnet-20")
    assert compute_ledger(cfg).blocks[0].connections == 7 + 2 + 3  # units, then join inputs


def reference_fractal(block, columns: int, x: torch.Tensor) -> torch.Tensor:
    """f_1(z) = conv(z); f_(C+1)(z) = mean(f_C(f_C(z)), conv(z)), using the block's own units."""
    counters = [0] * columns

    def f(c: int, z: torch.Tensor) -> list[torch.Tensor]:
        # Returns the outputs of columns C-c .. C-1 to be joined by the caller's join.
        j = columns - c  # the shallowest column of this sub-fractal
        shallow = block.column(j)[counters[j]](z)
        counters[j] += 1
        if c == 1:
            return [shallow]
        inner = f(c - 1, z)
        mid = torch.stack(inner).mean(0)
        deep = f(c - 1, mid)
        return [shallow, *deep]

    return torch.stack(f(columns, x)).mean(0)


def test_fractal_block_equals_the_recursive_definition():
    torch.manual_seed(0)
    cfg = FractalNetConfig(columns=4, channels=(3,), input_size=8)
    block = build_model(cfg).features.block1.eval()
    x = torch.randn(2, 3, 8, 8)
    with torch.no_grad():
        assert torch.allclose(block(x), reference_fractal(block, 4, x), atol=1e-6)


def test_global_drop_path_runs_one_column_and_local_drop_path_keeps_a_path():
    torch.manual_seed(0)
    cfg = FractalNetConfig(columns=3, channels=(4, 4), input_size=8, drop_path=0.15, global_paths=1.0)
    model = build_model(cfg)
    calls = []
    for name, mod in model.named_modules():
        if isinstance(mod, nn.Conv2d):
            mod.register_forward_hook(lambda m, i, o, name=name: calls.append(name))
    x = torch.randn(2, 3, 8, 8)
    model.train()
    model(x)
    cols = {c.split(".")[2] for c in calls}
    assert len(cols) == 1  # one column in every block
    width = 2 ** (int(next(iter(cols))[3:]) - 1)
    assert len(calls) == 2 * width
    # The deepest column alone, as Larsson et al. evaluate it: a plain chain of 4 units per block.
    model.eval()
    calls.clear()
    with torch.no_grad():
        model(x, column=2)
    assert len(calls) == 8 and all(".col3." in c for c in calls)
    # Local drop-path with every input dropped still keeps one path per join.
    local = build_model(FractalNetConfig(columns=3, channels=(4,), input_size=2, drop_path=0.999)).train()
    calls.clear()
    for name, mod in local.named_modules():
        if isinstance(mod, nn.Conv2d):
            mod.register_forward_hook(lambda m, i, o, name=name: calls.append(name))
    out = local(torch.randn(2, 3, 2, 2))
    assert out.shape == (2, 10) and 1 <= len(calls) < 7
    with pytest.raises(ValueError, match="column"):
        model(x, column=3)
