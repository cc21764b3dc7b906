"""The one probe per (device, mode): measured once whoever asks (the estimate, the Compare view, the
Training panel), its ratios paired round by round, and the channels_last decision."""

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core import speed
from explorer.core.speed import Probe, Spread, channels_last_faster, paired_speedup


def test_paired_speedup_pairs_rounds():
    s = paired_speedup([2.0, 4.0, 3.0], [1.0, 2.0, 3.0])
    assert (s.median, s.lo, s.hi, s.n) == (2.0, 1.0, 2.0, 3)
    assert s.level  # one round level with 1.0
    assert not paired_speedup([2.0, 2.2], [1.0, 1.0]).level
    assert str(paired_speedup([2.0, 2.2], [1.0, 1.0])).endswith("faster)")
    assert str(paired_speedup([1.0, 1.0], [2.0, 2.0])).endswith("slower)")
    with pytest.raises(ValueError):
        paired_speedup([], [])


def test_channels_last_decision():
    assert channels_last_faster([1.2, 1.3, 1.1], [1.0, 1.0, 1.0])  # faster in every round
    assert not channels_last_faster([1.0, 1.0, 1.0], [1.2, 1.1, 1.3])  # slower
    assert not channels_last_faster([1.0, 1.0], [1.0, 1.0])  # a tie keeps the plain format
    assert channels_last_faster([0.9, 1.2, 1.3], [1.0, 1.0, 1.0])  # the median decides, not one noisy round


@given(st.lists(st.floats(0.01, 10.0), min_size=1, max_size=9), st.floats(1.01, 4.0))
def test_decision_follows_a_uniform_speedup(base, factor):
    faster = [t / factor for t in base]
    assert channels_last_faster(base, faster)
    assert not channels_last_faster(faster, base)
    s = paired_speedup(base, faster)
    assert s.lo == pytest.approx(factor) and s.hi == pytest.approx(factor) and not s.level


def test_probe_rates_from_the_chosen_variant():
    p = Probe("cpu", False, 1000, {"contiguous": (2.0, 2.0, 2.0), "channels_last": (1.0, 1.0, 1.0),
                                   "amp": (0.5, 0.5, 0.5)}, "avx512_bf16")
    assert p.channels_last and p.macs_per_s() == 1000.0
    assert p.macs_per_s(amp=True) == 2000.0
    assert p.amp_speedup == Spread(2.0, 2.0, 2.0, 3)
    slow = Probe("cpu", False, 1000, {"contiguous": (1.0,), "channels_last": (2.0,), "amp": ()}, None)
    assert not slow.channels_last and slow.macs_per_s() == 1000.0
    assert slow.amp_speedup is None and slow.macs_per_s(amp=True) == 1000.0  # not measured: float32's


@pytest.fixture
def fresh_probes(monkeypatch):
    monkeypatch.setattr(speed, "_measured", {})
    monkeypatch.setattr(speed, "_count", [0])


def test_the_probe_runs_once_across_callers(fresh_probes, monkeypatch):
    """The estimate, the Compare view and the form ask at once, from threads: one measurement."""
    calls = []
    real = speed._measure

    def counted(*a):
        calls.append(a)
        return real(*a)

    monkeypatch.setattr(speed, "_measure", counted)
    results = []
    threads = [threading.Thread(target=lambda: results.append(speed.probe_speed("cpu")))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and speed.probe_count() == 1
    assert len(set(results)) == 1 and results[0] > 0
    p = speed.cached_probe("cpu")
    assert speed.probe("cpu") is p and speed.cached_probe_speed("cpu") == results[0]
    assert len(calls) == 1
    assert set(p.seconds["contiguous"]) and len(p.seconds["contiguous"]) == speed.PROBE_ROUNDS
    assert len(p.seconds["amp"]) == (speed.PROBE_ROUNDS if p.fast_amp else 0)
    assert speed.cached_probe("cpu", memory_efficient=True) is None  # another mode: its own probe


def test_a_failed_probe_lets_the_next_caller_try(fresh_probes, monkeypatch):
    def boom(*a):
        raise RuntimeError("device lost")

    monkeypatch.setattr(speed, "_measure", boom)
    with pytest.raises(RuntimeError):
        speed.probe("cpu")
    assert speed.cached_probe("cpu") is None and not speed._pending
