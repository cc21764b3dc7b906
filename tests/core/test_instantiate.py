"""Instantiate: build on a device and measure; refuse before allocating when the estimate exceeds free memory."""

import pytest

from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.instantiate import InstantiateCancelled, MemoryRefusal, inference_memory_estimate, instantiate
from explorer.core.ledger import compute_ledger

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=8, num_classes=3)


def test_measures_a_tiny_network_on_cpu():
    stages = []
    r = instantiate(TINY, "cpu", 2, max_runs=3, progress=lambda s, f: stages.append((s, f)))
    ledger = compute_ledger(TINY)
    assert r.param_count == ledger.total_params
    assert r.param_bytes == 4 * ledger.total_params
    assert r.buffer_bytes > 0 and r.device == "cpu" and r.batch_size == 2
    assert 1 <= r.runs <= 3 and r.latency_ms >= r.latency_min_ms > 0
    assert r.throughput == pytest.approx(2 / (r.latency_ms / 1e3))
    assert r.estimate_bytes == inference_memory_estimate(ledger, 2)
    assert [s for s, _ in stages][:2] == ["checking memory", "building"]
    assert stages[-1][1] == pytest.approx(0.3 + 0.7 * r.runs / 3)


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
