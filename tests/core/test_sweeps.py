"""Sweeps: the grid and its text axes, the JSON round trip, and the per-point summary."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.config import ConfigError
from explorer.core.sweeps import Axis, SweepSpec, TrialResult, parse_axis, results_csv, summarize

BASE = {"family": "densenet", "growth_rate": 12, "block_layers": [2, 2], "num_classes": 10, "in_channels": 1,
        "input_size": 8}

ints = st.lists(st.integers(1, 64), min_size=1, max_size=6, unique=True)


@given(ints)
def test_parse_axis_list_round_trip(values):
    axis = parse_axis("growth_rate", ", ".join(map(str, values)))
    assert axis == Axis("growth_rate", tuple(values))


@given(st.floats(1e-4, 1.0), st.floats(2.0, 10.0), st.integers(2, 8), st.booleans())
def test_parse_axis_range(lo, factor, n, log):
    hi = lo * factor
    axis = parse_axis("lr", f"{lo!r}..{hi!r} x{n} {'log' if log else 'lin'}")
    assert len(axis.values) == n
    assert math.isclose(axis.values[0], lo, rel_tol=1e-5) and math.isclose(axis.values[-1], hi, rel_tol=1e-5)
    assert list(axis.values) == sorted(axis.values)


@pytest.mark.parametrize("field,text", [("growth_rate", "6, x"), ("growth_rate", ""), ("nope", "1"),
                                        ("lr", "0.2..0.1 x3"), ("lr", "0..1 x3 log"), ("growth_rate", "6,,7"),
                                        ("growth_rate", "6, 6"), ("bottleneck", "maybe")])
def test_parse_axis_refuses_with_field(field, text):
    with pytest.raises(ConfigError) as info:
        parse_axis(field, text)
    assert info.value.field == field


@settings(max_examples=40)
@given(ints, st.lists(st.sampled_from([0.01, 0.05, 0.1, 0.2]), min_size=1, max_size=3, unique=True),
       st.integers(1, 5), st.booleans())
def test_spec_json_round_trip(ks, lrs, seeds, bottleneck):
    spec = SweepSpec(BASE, (Axis("growth_rate", tuple(ks)), Axis("lr", tuple(lrs)),
                            Axis("bottleneck", (bottleneck,))), "digits", {"epochs": 1}, seeds)
    back = SweepSpec.from_json(spec.to_json())
    assert back == spec
    assert len(back.points()) == len(ks) * len(lrs)
    assert len(back.trials()) == len(ks) * len(lrs) * seeds
    assert sorted(set(back.trials())) == sorted(back.trials())


def test_points_build_configs_and_settings():
    spec = SweepSpec(BASE, (parse_axis("growth_rate", "6,12"), parse_axis("lr", "0.05,0.1")), "digits",
                     {"epochs": 1, "max_batches": 2}, 2)
    spec.validate()
    p = spec.points()[1]
    assert spec.config_for(p).growth_rate == 6
    s = spec.settings_for(p, 1)
    assert (s.lr, s.seed, s.epochs, s.max_batches) == (0.1, 1, 1, 2)
    fam = SweepSpec(BASE, (parse_axis("family", "densenet, plain"), parse_axis("depth", "5")), "digits", {})
    with pytest.raises(ConfigError) as info:  # depth 5 is not a field of a densenet config
        fam.validate()
    assert "family=densenet" in str(info.value)


def test_invalid_combination_refused_naming_point():
    spec = SweepSpec(BASE, (parse_axis("growth_rate", "6, 0"),), "digits", {})
    with pytest.raises(ConfigError) as info:
        spec.validate()
    assert info.value.field == "growth_rate" and "growth_rate=0" in str(info.value)


def test_summarize_against_hand_computation():
    a, b = {"growth_rate": 6}, {"growth_rate": 12}
    results = [TrialResult(0, a, 0, "complete", 0.5, 1.0, 100, 1000, 2.0),
               TrialResult(1, b, 0, "complete", 0.9, 0.5, 300, 3000, 4.0),
               TrialResult(2, a, 1, "complete", 0.7, 0.9, 100, 1000, 4.0),
               TrialResult(3, b, 1, "running"),
               TrialResult(4, a, 2, "complete", 0.6, 0.9, 100, 1000, 3.0)]
    sa, sb = summarize(results)
    assert sa.point == a and sa.n == 3 and [t.number for t in sa.trials] == [0, 2, 4]
    assert math.isclose(sa.acc_mean, 0.6)
    assert math.isclose(sa.acc_std, math.sqrt(((0.5 - 0.6) ** 2 + (0.7 - 0.6) ** 2 + 0.0) / 2))  # = 0.1
    assert math.isclose(sa.seconds_mean, 3.0) and (sa.params, sa.macs) == (100, 1000)
    assert sb.n == 1 and sb.acc_mean == 0.9 and sb.acc_std == 0.0 and len(sb.trials) == 2
    rows = results_csv(results).splitlines()
    assert rows[0].startswith("trial,growth_rate,seed,state,accuracy") and len(rows) == 6
    assert rows[4].split(",")[:4] == ["3", "12", "1", "running"]
