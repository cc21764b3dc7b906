"""Configs: the paper's rules, validation messages that name field and valid range, JSON round-trip."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.config import (
    DEFAULT_PRESET,
    PRESETS,
    ConfigError,
    DenseNetConfig,
    config_from_dict,
    config_from_json,
    config_to_dict,
    config_to_json,
    nearest_valid,
    preset_config,
)

PRESET_NAMES = ["densenet121", "densenet169", "densenet201", "densenet264", "densenet161",
                "densenet-l40-k12", "densenet-l100-k12", "densenet-l100-k24", "densenet-bc-l100-k12",
                "densenet-bc-l250-k24", "densenet-bc-l190-k40"]


def test_presets_by_their_exact_names():
    assert set(PRESET_NAMES) <= set(PRESETS)
    assert DEFAULT_PRESET == "densenet-bc-l100-k12"


@pytest.mark.parametrize("name, depth, layers, k, init", [
    ("densenet-l40-k12", 40, (12, 12, 12), 12, 16),
    ("densenet-l100-k12", 100, (32, 32, 32), 12, 16),
    ("densenet-bc-l100-k12", 100, (16, 16, 16), 12, 24),
    ("densenet-bc-l250-k24", 250, (41, 41, 41), 24, 48),
    ("densenet-bc-l190-k40", 190, (31, 31, 31), 40, 80),
    ("densenet121", 121, (6, 12, 24, 16), 32, 64),
    ("densenet161", 161, (6, 12, 36, 24), 48, 96),
])
def test_presets_follow_the_paper(name, depth, layers, k, init):
    cfg = PRESETS[name].config
    assert (cfg.depth, cfg.block_layers, cfg.growth_rate, cfg.num_init_features) == (depth, layers, k, init)


def test_cifar_depth_rule():
    assert DenseNetConfig.layers_for_depth(40, 3, bottleneck=False) == (12, 12, 12)  # (L-4)/3
    assert DenseNetConfig.layers_for_depth(100, 3, bottleneck=True) == (16, 16, 16)  # (L-4)/6


def test_depth_that_does_not_fit_names_the_two_nearest():
    with pytest.raises(ConfigError) as err:
        DenseNetConfig.layers_for_depth(101, 3, bottleneck=True)
    assert err.value.field == "depth"
    assert "100" in str(err.value) and "106" in str(err.value)
    with pytest.raises(ConfigError, match="39 or 40|40 or 43"):
        DenseNetConfig.layers_for_depth(41, 3, bottleneck=False)


def test_init_features_default_is_the_papers():
    assert DenseNetConfig(growth_rate=12, bottleneck=True, compression=0.5).num_init_features == 24
    assert DenseNetConfig(growth_rate=12, bottleneck=False, compression=1.0).num_init_features == 16
    assert DenseNetConfig(growth_rate=12, init_features=7).num_init_features == 7


@pytest.mark.parametrize("field, value, valid", [
    ("growth_rate", 0, "1 to"),
    ("growth_rate", 2.5, "1 to"),
    ("compression", 0.0, "(0, 1]"),
    ("compression", 1.5, "(0, 1]"),
    ("compression", float("nan"), "(0, 1]"),
    ("drop_rate", 1.0, "[0, 1)"),
    ("drop_rate", -0.1, "[0, 1)"),
    ("stem", "resnet", "cifar, imagenet"),
    ("num_classes", 0, "1 to"),
    ("bottleneck", "yes", "true, false"),
    ("block_layers", (), "1 to 8 blocks"),
    ("block_layers", (1,) * 9, "1 to 8 blocks"),
    ("block_layers", (4, 0, 4), "1 to"),
    ("input_size", 0, "1 to"),
])
def test_invalid_values_name_field_and_range(field, value, valid):
    with pytest.raises(ConfigError) as err:
        DenseNetConfig(**{field: value})
    assert err.value.field.startswith(field)
    assert valid in str(err.value)


def test_input_too_small_for_the_downsamplings():
    with pytest.raises(ConfigError, match=r"input_size.*at least 4"):
        DenseNetConfig(input_size=3)  # two transitions need 4 pixels
    with pytest.raises(ConfigError, match=r"input_size.*at least"):
        preset_config("densenet121", input_size=16)
    assert preset_config("densenet121", input_size=29).input_size == 29


def test_compression_that_empties_a_transition():
    with pytest.raises(ConfigError, match="compression.*no feature maps"):
        DenseNetConfig(growth_rate=1, block_layers=(1, 1), init_features=1, compression=0.3)


def test_preset_overrides_and_unknown_preset():
    cfg = preset_config("densenet-bc-l100-k12", growth_rate=24)
    assert cfg.growth_rate == 24 and cfg.num_init_features == 48
    with pytest.raises(ConfigError, match="densenet121"):
        preset_config("densenet-121")


def test_nearest_valid():
    assert nearest_valid(10, lambda v: v % 4 == 0, 0, 100) == [8, 12]


@given(st.sampled_from(sorted(PRESETS)))
def test_json_round_trip_of_every_preset(name):
    cfg = PRESETS[name].config
    assert config_from_json(config_to_json(cfg)) == cfg


def test_json_refuses_unknown_ill_typed_and_non_objects():
    data = config_to_dict(DenseNetConfig())
    with pytest.raises(ConfigError, match="growth"):
        config_from_dict({**data, "growth": 12})
    with pytest.raises(ConfigError, match="growth_rate"):
        config_from_dict({**data, "growth_rate": "12"})
    with pytest.raises(ConfigError, match="JSON object"):
        config_from_json("[1, 2]")
    with pytest.raises(ConfigError, match="not valid JSON"):
        config_from_json('{"growth_rate": 12')
    with pytest.raises(ConfigError, match="family"):
        config_from_dict({**data, "family": "transformer"})
    assert json.loads(config_to_json(DenseNetConfig()))["family"] == "densenet"


def test_configs_are_frozen():
    cfg = DenseNetConfig()
    with pytest.raises(AttributeError):
        cfg.growth_rate = 3  # type: ignore[misc]
