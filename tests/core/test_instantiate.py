"""Instantiate: build on a device and measure; refuse before allocating when the estimate exceeds free memory."""

import statistics

import pytest

from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.instantiate import (
    InstantiateCancelled,
    MemoryRefusal,
    inference_memory_estimate,
    instantiate,
    keep_timing,
    rate_number,
    throughput_text,
)
from explorer.core.ledger import compute_ledger

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=8, num_classes=3)


def test_measures_a_tiny_network_on_cpu():
    stages = []
    r = instantiate(TINY, "cpu", 2, max_runs=3, progress=lambda s, f: stages.append((s, f)))
    ledger = compute_ledger(TINY)
    assert r.param_count == ledger.total_params
    assert r.param_bytes == 4 * ledger.total_params
    assert r.buffer_bytes > 0 and r.device == "cpu" and r.batch_size == 2
    assert r.runs == 3 == len(r.times_ms) and r.latency_max_ms >= r.latency_ms >= r.latency_min_ms > 0
    assert r.throughput == pytest.approx(2 / (r.latency_ms / 1e3))
    assert r.estimate_bytes == inference_memory_estimate(ledger, 2)
    assert [s for s, _ in stages][:2] == ["checking memory", "building"]
    assert stages[-1] == ("timing", pytest.approx(1.0))
    assert all(a <= b for (_, a), (_, b) in zip(stages, stages[1:]))  # the bar only moves forward


def test_latency_is_the_median_of_several_timed_runs():
    """A tiny network: at least 5 timed passes, more until about the target time; median and spread are
    those of the passes themselves."""
    r = instantiate(TINY, "cpu", 1, target_s=0.3)
    assert 5 <= r.runs == len(r.times_ms) <= 100
    assert sum(r.times_ms) >= 300 or r.runs == 100  # timed until the target, unless capped
    assert r.latency_ms == pytest.approx(statistics.median(r.times_ms), rel=1e-12)
    assert r.latency_min_ms == min(r.times_ms) and r.latency_max_ms == max(r.times_ms)
    assert r.latency_min_ms <= r.latency_ms <= r.latency_max_ms
    assert r.throughput == pytest.approx(1e3 / r.latency_ms)


def test_how_many_runs_are_timed():
    assert keep_timing([]) and keep_timing([0.001] * 4)  # fewer than 5: go on
    assert keep_timing([0.001] * 5)  # 5 ms of a 1-s target: go on
    assert not keep_timing([0.25] * 5)  # 1.25 s and 5 runs: enough
    assert keep_timing([0.5, 0.6]) and not keep_timing([0.5, 0.6], min_runs=2)
    assert not keep_timing([0.001] * 100)  # the cap on runs
    # A huge network (4 s a pass): it stops before the timing passes the 10-s limit, with fewer runs.
    assert keep_timing([4.0]) and not keep_timing([4.0, 4.0])
    assert not keep_timing([30.0])


def test_throughput_wording():
    assert throughput_text(1) == "1 image/s"
    assert throughput_text(2) == "2 images/s"
    assert throughput_text(0.5) == "0.5 images/s"
    assert throughput_text(12345) == "12,345 images/s"
    assert throughput_text(12.5) == "12.5 images/s" and throughput_text(0.3) == "0.3 images/s"
    assert throughput_text(81.234) == "81.2 images/s" and throughput_text(1234567.8) == "1,234,568 images/s"
    assert throughput_text(1.0004) == "1 image/s"  # as shown: "1", so singular
    assert rate_number(99.96) == "100" and rate_number(0.4123) == "0.412"


def test_refuses_with_estimate_and_largest_batch_that_fits():
    config = preset_config("densenet121")
    ledger = compute_ledger(config)
    one, ten = inference_memory_estimate(ledger, 1), inference_memory_estimate(ledger, 10)
    assert ten > one > ledger.param_bytes
    with pytest.raises(MemoryRefusal) as info:
        instantiate(config, "cpu", 64, free_bytes=ten)
    err = info.value
    assert err.field == "batch_size" and err.estimate == inference_memory_estimate(ledger, 64)
    assert err.max_batch == 10
    assert "only" in str(err) and "at most 10 images" in str(err)
    with pytest.raises(MemoryRefusal) as info:
        instantiate(config, "cpu", 1, free_bytes=1000)
    assert info.value.max_batch == 0 and "a smaller network" in str(info.value)


def test_cancel_is_cooperative():
    with pytest.raises(InstantiateCancelled):
        instantiate(TINY, "cpu", 1, should_cancel=lambda: True)
    calls = []

    def later():  # cancel once timing has begun
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(InstantiateCancelled):
        instantiate(TINY, "cpu", 1, max_runs=50, should_cancel=later)


def test_bad_batch_and_device():
    from explorer.core.config import ConfigError

    with pytest.raises(ConfigError, match="batch_size"):
        instantiate(TINY, "cpu", 0)
    with pytest.raises(ConfigError, match="device"):
        instantiate(TINY, "tpu", 1)
