"""Matched budgets: each comparison family sized to a DenseNet's parameters or multiply-adds, from the ledgers."""

from __future__ import annotations

import math
from dataclasses import asdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.budget import (
    BY,
    CLOSE_PCT,
    MATCH_FAMILIES,
    TOLERANCE_PCT,
    _fit,
    _shapes,
    budget_value,
    match_all,
    match_budget,
)
from explorer.core.config import ConfigError, DenseNetConfig, preset_config
from explorer.core.families import family_spec
from explorer.core.families.fractalnet import FractalNetConfig
from explorer.core.families.plain import PlainConfig
from explorer.core.families.preact import PreActResNetConfig
from explorer.core.families.resnet import ResNetConfig
from explorer.core.families.wideresnet import WideResNetConfig
from explorer.core.ledger import compute_ledger

COMMON = ("num_classes", "in_channels", "input_size")


def revalidated(config):
    """The config built again from its fields (its family's validation runs again)."""
    fields = asdict(config)
    return type(config)(**fields)


def brute_force(family, target_config):
    """Every config of a small space of the family, with the target's classes, channels and input size."""
    common = {k: getattr(target_config, k) for k in COMMON}
    if family in ("plain", "resnet"):
        cls = PlainConfig if family == "plain" else ResNetConfig
        yield from (cls(depth=6 * n + 2, width=w, **common) for n in range(1, 7) for w in range(1, 21))
    elif family == "preact_resnet":
        for n in range(1, 5):
            for w in range(1, 13):
                yield PreActResNetConfig(depth=9 * n + 2, width=w, bottleneck=True, **common)
                yield PreActResNetConfig(depth=6 * n + 2, width=w, bottleneck=False, **common)
    elif family == "wide_resnet":
        yield from (WideResNetConfig(depth=6 * n + 4, widen_factor=k, **common) for n in range(1, 5) for k in (1, 2, 3))
    elif family == "fractalnet":
        for c in range(1, 6):
            for blocks in range(1, 6):
                if target_config.input_size >= 2 ** blocks:
                    for base in range(1, 7):
                        yield FractalNetConfig(columns=c, channels=tuple(base * p for p in (1, 2, 4, 8, 8)[:blocks]),
                                               **common)


def check_match(m, target_config, by):
    """What every match promises: a valid config of its family with the target's data shape, its figure from
    its own ledger, and within 10% or a note that says why (the best the family can do)."""
    assert m.family in MATCH_FAMILIES and m.by == by
    target = budget_value(target_config, by)
    assert m.target == target
    assert m.config is not None
    cfg = revalidated(m.config)
    assert cfg == m.config and cfg.family == m.family
    assert all(getattr(cfg, k) == getattr(target_config, k) for k in COMMON)
    assert budget_value(cfg, by) == m.value
    assert m.mismatch_pct == pytest.approx(100.0 * (m.value - target) / target)
    if abs(m.mismatch_pct) <= TOLERANCE_PCT:
        return
    # Beyond 10%: the note explains, and no config of a small brute-forced space comes closer.
    assert m.note.id in ("budget.note_too_small", "budget.note_steps"), m.note
    assert f"{target:,}" in m.note
    best = min(abs(budget_value(c, by) - target) for c in brute_force(m.family, target_config))
    assert abs(m.value - target) <= best
    if m.note.id == "budget.note_too_small":
        assert m.value > target and family_spec(m.family).label in m.note


PAPER_TARGETS = ("densenet-l40-k12", "densenet-bc-l100-k12", "densenet-l100-k12", "densenet121")


@pytest.mark.parametrize("preset", PAPER_TARGETS)
@pytest.mark.parametrize("by", BY)
def test_paper_densenets_every_family_within_ten_percent(preset, by):
    target = preset_config(preset)
    matches = match_all(target, by)
    assert [m.family for m in matches] == list(MATCH_FAMILIES)
    for m in matches:
        check_match(m, target, by)
        assert abs(m.mismatch_pct) <= TOLERANCE_PCT, (m.family, m.mismatch_pct, m.note)


def test_the_chosen_depth_is_the_nearest_among_close_sizes():
    """DenseNet (L=40, k=12), 1.02M parameters: the plain net and the ResNet come out 44 deep (6n+2 next to 40)
    at width 20, +0.78%; plain and ResNet have exactly the same parameters (option A shortcuts have none)."""
    target = preset_config("densenet-l40-k12")
    plain, resnet = match_budget(target, "plain"), match_budget(target, "resnet")
    assert (plain.config.depth, plain.config.width) == (resnet.config.depth, resnet.config.width) == (44, 20)
    assert plain.value == resnet.value == 1_027_710 and plain.target == 1_019_722
    assert plain.note.id == "budget.note_close" and "L=44" in plain.note and "L=40" in plain.note
    # The other depths near 40 are further from the target's parameters than 2% at every width, or deeper.
    for depth in (38, 44):
        for width in range(15, 30):
            v = budget_value(PlainConfig(depth=depth, width=width), "params")
            if abs(v - plain.target) / plain.target * 100 <= CLOSE_PCT:
                assert depth == 44 and abs(v - plain.target) >= abs(plain.value - plain.target)


def test_a_target_below_a_family_s_smallest_network_is_explained():
    """A 3,730-parameter DenseNet: the smallest Wide ResNet (WRN-10-1: 16/16/32/64 channels) has 77,850."""
    target = DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8)
    m = match_budget(target, "wide_resnet", "params")
    assert (m.config.depth, m.config.widen_factor) == (10, 1) and m.value == 77_850 and m.target == 3_730
    assert m.note.id == "budget.note_too_small" and "WRN-10-1" in m.note and "77,850" in m.note
    check_match(m, target, "params")
    for family in ("plain", "resnet", "preact_resnet", "fractalnet"):
        check_match(match_budget(target, family, "params"), target, "params")


def test_the_fit_of_each_shape_equals_its_ledgers():
    """The search's A(s) + n B(s) is exact: checked against the ledger away from the six fitting points."""
    target = preset_config("densenet-bc-l100-k12")
    for family in MATCH_FAMILIES:
        for shape in _shapes(family, target):
            for by in BY:
                (a0, b0, c0), (a1, b1, c1) = _fit(shape, by)
                for n, s in ((1, 7), (5, 3), (13, 40)):
                    n = n if shape.units else 1
                    s = min(s, shape.scale[1])
                    fitted = (a0 + n * a1) * s * s + (b0 + n * b1) * s + (c0 + n * c1)
                    assert round(fitted) == budget_value(shape.build(n, s), by), (family, by, n, s)


dense_configs = st.builds(
    lambda k, layers, bottleneck, theta, size, classes, channels: DenseNetConfig(
        growth_rate=k, block_layers=tuple(layers), bottleneck=bottleneck, compression=theta, input_size=size,
        num_classes=classes, in_channels=channels),
    st.integers(1, 32), st.lists(st.integers(1, 16), min_size=1, max_size=4), st.booleans(),
    st.sampled_from([0.5, 1.0]), st.sampled_from([8, 16, 32]), st.sampled_from([2, 10, 100]),
    st.sampled_from([1, 3]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dense_configs, st.sampled_from(BY))
def test_drawn_densenets_every_family_valid_and_close_or_explained(target, by):
    for m in match_all(target, by):
        check_match(m, target, by)


def test_other_targets_and_bad_input():
    resnet = preset_config("resnet-110")
    assert [m.family for m in match_all(resnet)] == ["plain", "preact_resnet", "wide_resnet", "fractalnet"]
    assert match_budget(resnet, "plain").value == compute_ledger(resnet).total_params  # the same network, unshortcut
    with pytest.raises(ConfigError) as err:
        match_budget(resnet, "plain", by="flops")
    assert err.value.field == "by" and "params" in str(err.value)
    # A 1x1 input: no FractalNet (each block ends with a 2x2 max pool); the others still match.
    tiny = DenseNetConfig(growth_rate=4, block_layers=(3,), input_size=1)
    fractal = match_budget(tiny, "fractalnet")
    assert fractal.config is None and math.isinf(fractal.mismatch_pct) and "1x1" in fractal.note
    check_match(match_budget(tiny, "plain"), tiny, "params")


def test_coarse_steps_near_a_tiny_target_are_explained():
    """A 498-parameter DenseNet-BC (k=1): the plain net's sizes jump from 395 (Plain-8, width 1) to 801, so
    -20.7% is the best it has; brute force over small depths and widths finds nothing closer."""
    target = DenseNetConfig(growth_rate=1, block_layers=(2, 2, 2))
    m = match_budget(target, "plain", "params")
    assert (m.target, m.value) == (498, 395) and round(m.mismatch_pct, 1) == -20.7
    assert m.note.id == "budget.note_steps" and "395" in m.note and "801" in m.note and "6n+2" in m.note
    check_match(m, target, "params")
    wide = match_budget(DenseNetConfig(growth_rate=7, block_layers=(4, 4, 4)), "wide_resnet", "macs")
    assert wide.note.id == "budget.note_steps" and "16k/32k/64k" in wide.note
    check_match(wide, DenseNetConfig(growth_rate=7, block_layers=(4, 4, 4)), "macs")
