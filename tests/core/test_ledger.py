"""The ledger against the paper, torchvision, torchinfo and the built module (params, shapes, MACs)."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.config import PRESETS, ConfigError, DenseNetConfig, preset_config
from explorer.core.format import millions
from explorer.core.ledger import compute_ledger
from explorer.core.memory import saved_activation_bytes
from explorer.core.models import build_model
from tests.core.ledger_check import check_ledger_equals_module
from tests.helpers import num_params

PAPER_CIFAR = {  # Table 2, 10 classes
    "densenet-l40-k12": "1.0M", "densenet-l100-k12": "7.0M", "densenet-l100-k24": "27.2M",
    "densenet-bc-l100-k12": "0.8M", "densenet-bc-l250-k24": "15.3M", "densenet-bc-l190-k40": "25.6M",
}
TORCHVISION = {"densenet121": 7_978_856, "densenet169": 14_149_480, "densenet201": 20_013_928,
               "densenet161": 28_681_000}


@pytest.mark.parametrize("name, figure", PAPER_CIFAR.items())
def test_cifar_presets_match_the_paper(name, figure):
    assert millions(compute_ledger(PRESETS[name].config).total_params) == figure
    assert PRESETS[name].paper_params == figure


@pytest.mark.parametrize("name, count", TORCHVISION.items())
def test_imagenet_presets_match_torchvision_exactly(name, count):
    import torchvision

    assert compute_ledger(PRESETS[name].config).total_params == count
    assert num_params(getattr(torchvision.models, name)(weights=None)) == count


def test_channel_formula_and_connections():
    ledger = compute_ledger(preset_config("densenet-bc-l100-k12"))
    layers = ledger.block_rows(2)
    k0, k = 108, 12  # 216 maps leave block 1, theta = 0.5 keeps 108
    assert [r.in_channels for r in layers] == [k0 + k * (ell - 1) for ell in range(1, 17)]
    assert layers[2].formula == "108 + 12×(3−1) = 132"
    assert [(b.transition_in, b.transition_out) for b in ledger.blocks] == [(216, 108), (300, 150), (None, None)]
    assert ledger.connections == 3 * 16 * 17 // 2
    assert ledger.blocks[0].connections == 136
    assert ledger.depth == 100


def test_paper_imagenet_output_sizes():
    ledger = compute_ledger(PRESETS["densenet121"].config)
    sizes = {r.name: r.out_h for r in ledger.rows}
    assert sizes["features.conv0"] == 112 and sizes["features.pool0"] == 56
    assert [b.out_h for b in ledger.blocks] == [56, 28, 14, 7]
    assert ledger.rows[-1].out_channels == 1000


configs = st.builds(
    DenseNetConfig,
    growth_rate=st.integers(1, 8),
    block_layers=st.lists(st.integers(1, 4), min_size=1, max_size=4).map(tuple),
    bottleneck=st.booleans(),
    bn_size=st.integers(1, 4),
    compression=st.sampled_from([0.1, 0.25, 0.5, 0.7, 1.0]) | st.floats(0.05, 1.0),
    init_features=st.none() | st.integers(1, 12),
    stem=st.sampled_from(["cifar", "imagenet"]),
    drop_rate=st.sampled_from([0.0, 0.2]),
    num_classes=st.integers(1, 12),
    in_channels=st.integers(1, 3),
    input_size=st.integers(1, 40),
)


@settings(max_examples=150)
@given(st.data())
def test_ledger_equals_module_for_every_config(data):
    """Every generated config either builds a network whose ledger equals it, or is refused in words."""
    try:
        cfg = data.draw(configs)
    except ConfigError as exc:
        assert exc.field and str(exc)
        return
    check_ledger_equals_module(cfg)


@pytest.mark.parametrize("name", ["densenet-l40-k12", "densenet-bc-l100-k12"])
def test_ledger_equals_module_for_presets(name):
    check_ledger_equals_module(PRESETS[name].config)


def test_ledger_equals_module_densenet121_small_input():
    check_ledger_equals_module(preset_config("densenet121", input_size=64, num_classes=7))


def test_every_preset_params_on_meta():
    for name, preset in PRESETS.items():
        if preset.config.family != "densenet":
            continue
        model = build_model(preset.config, "meta")
        assert num_params(model) == compute_ledger(preset.config).total_params, name
        assert next(model.parameters()).device.type == "meta"


def test_torchinfo_agrees_with_the_ledger():
    import torchinfo

    cfg = preset_config("densenet-bc-l100-k12")
    stats = torchinfo.summary(build_model(cfg), input_size=(1, 3, 32, 32), verbose=0)
    assert stats.total_params == compute_ledger(cfg).total_params


@pytest.mark.parametrize("cfg", [
    preset_config("densenet-bc-l100-k12"),
    preset_config("densenet-l40-k12"),
    preset_config("densenet-bc-l100-k12", drop_rate=0.2),
    preset_config("densenet121", input_size=64),
    DenseNetConfig(growth_rate=12, block_layers=(4, 4, 4), bottleneck=True, compression=0.5, in_channels=1,
                   input_size=8),
    DenseNetConfig(growth_rate=1, block_layers=(8, 8), drop_rate=0.2, input_size=8),
], ids=["bc", "plain", "dropout", "imagenet", "short-blocks", "dropout-k1"])
@pytest.mark.parametrize("memory_efficient", [False, True])
def test_saved_activation_estimate_matches_autograd(cfg, memory_efficient):
    """The ledger's training-memory model against the tensors autograd really saves (within 5%)."""
    torch.manual_seed(0)
    model = build_model(cfg, memory_efficient=memory_efficient).train()
    batch = 2
    x = torch.randn(batch, cfg.in_channels, cfg.input_size, cfg.input_size)
    measured = saved_activation_bytes(model, x) / batch
    ledger = compute_ledger(cfg)
    estimate = 4 * sum(r.saved_efficient if memory_efficient else r.saved for r in ledger.rows)
    assert estimate == pytest.approx(measured, rel=0.05)


def test_memory_efficient_estimate_is_smaller():
    ledger = compute_ledger(preset_config("densenet-bc-l250-k24"))
    assert ledger.train_activation_bytes(64, True) < 0.6 * ledger.train_activation_bytes(64)
