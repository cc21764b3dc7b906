"""Any input a user or a file can give a config: refused with a ConfigError that names a field, or
accepted and then fully computable. Never another exception (issue 7)."""

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.config import ConfigError, DenseNetConfig, config_from_dict, config_from_json, config_to_json
from explorer.core.io import FileFormatError, load_config, save_config
from explorer.core.ledger import compute_ledger

FIELDS = ["growth_rate", "block_layers", "bottleneck", "bn_size", "compression", "init_features", "stem",
          "drop_rate", "num_classes", "in_channels", "input_size"]

anything = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.integers() | st.text(max_size=8)
    | st.floats(allow_nan=True, allow_infinity=True),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
plausible = {
    "growth_rate": st.integers(-2, 40) | anything,
    "block_layers": st.lists(st.integers(-1, 12), max_size=9) | anything,
    "bottleneck": st.booleans() | anything,
    "bn_size": st.integers(0, 20) | anything,
    "compression": st.floats(-0.5, 1.5) | anything,
    "init_features": st.none() | st.integers(-1, 64) | anything,
    "stem": st.sampled_from(["cifar", "imagenet", "CIFAR", ""]) | anything,
    "drop_rate": st.floats(-0.5, 1.5) | anything,
    "num_classes": st.integers(-1, 2000) | anything,
    "in_channels": st.integers(-1, 70) | anything,
    "input_size": st.integers(-1, 300) | anything,
}


def accept_or_refuse(make):
    try:
        cfg = make()
    except ConfigError as exc:
        assert exc.field and str(exc).startswith(exc.field)
        return None
    ledger = compute_ledger(cfg)
    assert ledger.total_params > 0 and ledger.total_macs > 0
    assert all(r.out_h >= 1 and r.out_w >= 1 and r.out_channels >= 1 for r in ledger.rows)
    return cfg


@settings(max_examples=300)
@given(st.fixed_dictionaries({}, optional=plausible))
def test_any_dict_is_accepted_or_refused_in_words(data):
    cfg = accept_or_refuse(lambda: config_from_dict(data))
    if cfg is not None:
        assert config_from_json(config_to_json(cfg)) == cfg


@settings(max_examples=200)
@given(st.text(max_size=60) | st.from_regex(r'\{"growth_rate": ?[-0-9.eE]{0,6}, ?"block_layers": ?\[[0-9, ]{0,8}\]\}'))
def test_any_json_text_is_accepted_or_refused_in_words(text):
    accept_or_refuse(lambda: config_from_json(text))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("field", ["compression", "drop_rate", "growth_rate", "input_size"])
def test_nan_and_inf_are_refused(field, value):
    with pytest.raises(ConfigError) as err:
        DenseNetConfig(**{field: value})
    assert err.value.field == field


def test_huge_values_are_refused_or_stay_computable():
    with pytest.raises(ConfigError, match="growth_rate"):
        DenseNetConfig(growth_rate=10**9)
    with pytest.raises(ConfigError, match=r"block_layers\[0\]"):
        DenseNetConfig(block_layers=(10**6,))
    # Depth 10,000 and k = 10,000 are describable (the ledger is instant); whether they fit a device is
    # judged from the ledger's memory estimate before anything is allocated.
    cfg = DenseNetConfig.from_depth(10_000, 3, True, growth_rate=10_000)
    assert compute_ledger(cfg).param_bytes > 10**15


def test_truncated_and_broken_files(tmp_path):
    path = tmp_path / "net.json"
    save_config(path, DenseNetConfig(growth_rate=6))
    text = path.read_text()
    for cut in range(0, len(text) - 2, 7):
        path.write_text(text[:cut])
        with pytest.raises(ConfigError, match="JSON"):
            load_config(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(FileFormatError, match="not a text"):
        load_config(path)
    with pytest.raises(FileFormatError, match="cannot be read"):
        load_config(tmp_path / "missing.json")
    path.write_text(json.dumps({"growth_rate": 6}))  # missing keys take the defaults
    assert load_config(path).growth_rate == 6
    path.write_text(json.dumps({"growth_rate": 6, "colour": "red"}))
    with pytest.raises(ConfigError, match="colour"):
        load_config(path)


def test_save_is_atomic(tmp_path, monkeypatch):
    import os

    path = tmp_path / "net.json"
    save_config(path, DenseNetConfig(growth_rate=6))
    before = path.read_text()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_config(path, DenseNetConfig(growth_rate=7))
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]  # no temp file left behind
