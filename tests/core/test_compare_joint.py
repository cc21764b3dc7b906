"""Training networks together (explorer.core.compare): the ETA clock, the estimate, the memory check before
anything is built, and a stop that acts inside a batch."""

from __future__ import annotations

import pytest

from explorer.core import speed
from explorer.core.compare import (
    JointBatch,
    JointClock,
    NetworkRefused,
    joint_estimate_seconds,
    joint_networks,
    train_together,
)
from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.training import TrainSettings

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8)


def batch(index, epoch, b, seconds, batches=4, epochs=2):
    return JointBatch(index, f"n{index}", epoch, epochs, b, batches, 1.0, seconds)


def test_clock_counts_batches_and_scales_later_networks_by_their_multiply_adds():
    clock = JointClock([100, 300], epochs=2, eval_batches=0.5)
    assert clock.eta() is None and clock.total is None
    clock.add(batch(0, 1, 1, seconds=2.0))
    assert (clock.done, clock.total, clock.seconds_per_batch) == (1, 16, 2.0)
    # 7 batches and 2 validation passes left of this network at 2 s, then all of one three times as heavy
    assert clock.eta() == pytest.approx((7 + 2 * 0.5) * 2.0 + (8 + 2 * 0.5) * 6.0)
    clock.add(batch(0, 2, 1, seconds=10.0))  # 5 batches in 10 s of training
    assert clock.seconds_per_batch == pytest.approx(2.0)
    assert clock.eta() == pytest.approx((3 + 0.5) * 2.0 + (8 + 1.0) * 6.0)
    clock.add(batch(1, 1, 1, seconds=5.0))  # the second network: its own speed
    assert (clock.done, clock.seconds_per_batch) == (9, 5.0)
    assert clock.eta() == pytest.approx((7 + 1.0) * 5.0)


def test_estimate_is_the_ledger_at_the_measured_speed():
    settings = TrainSettings(epochs=3, max_batches=2)
    fitted = joint_networks([("a", TINY), ("b", preset_config("resnet-20"))], "digits")
    assert fitted[0][1].in_channels == 1 and fitted[1][1].input_size == 8
    want = sum(speed.estimate_run_seconds(cfg, 1797 - 180, 180, 3, 1e9, 2, 64) for _n, cfg in fitted)
    assert joint_estimate_seconds(fitted, "digits", settings, 1e9) == pytest.approx(want)


def test_every_network_is_memory_checked_before_any_is_built(monkeypatch):
    from explorer.core import data, devices

    monkeypatch.setattr(devices, "device_free_bytes", lambda device: 200 * 2**20)
    monkeypatch.setattr(data, "load_dataset", lambda *a, **k: pytest.fail("data loaded before the check"))
    with pytest.raises(NetworkRefused, match="densenet-bc-l190-k40.*needs about") as info:
        train_together([("tiny", TINY), ("densenet-bc-l190-k40", preset_config("densenet-bc-l190-k40"))],
                       "digits", TrainSettings(epochs=1, max_batches=1))
    assert info.value.field == "network" and info.value.value == "densenet-bc-l190-k40"


@pytest.mark.parametrize("after_calls", [3, 40])  # inside the first forward pass; later, inside a backward pass
def test_stop_acts_inside_a_batch_and_keeps_what_was_reached(after_calls):
    from torch.nn.modules import module as nn_module

    hooks_before = (len(nn_module._global_forward_pre_hooks), len(nn_module._global_forward_hooks))
    polls = {"n": 0, "epochs": 0}

    def should_stop():
        polls["n"] += 1
        return polls["epochs"] >= 1 and polls["n"] >= after_calls

    def on_epoch(p):
        polls["epochs"] += 1
        polls["n"] = 0

    results = train_together([("tiny", TINY), ("resnet-20", preset_config("resnet-20"))], "digits",
                             TrainSettings(epochs=5, max_batches=2), on_epoch=on_epoch, should_stop=should_stop)
    tiny, resnet = results
    assert tiny["status"] == "stopped" and len(tiny["history"]) == 1
    assert tiny["message"] == "stopped inside the batch after epoch 1, batch 2"
    assert resnet["status"] == "not started" and resnet["history"] == []
    # the hooks are gone: other threads' and later runs' modules are untouched
    assert (len(nn_module._global_forward_pre_hooks), len(nn_module._global_forward_hooks)) == hooks_before


def test_cancel_points_stop_a_backward_pass_and_only_on_their_thread():
    import threading

    import torch

    from explorer.core.training import StopRequested, cancel_points

    stop = threading.Event()
    net = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))
    with cancel_points(stop.is_set):
        loss = net(torch.randn(3, 4)).sum()
        stop.set()
        other: list = []
        thread = threading.Thread(target=lambda: other.append(net(torch.randn(1, 4)).shape))
        thread.start()
        thread.join()
        assert other == [torch.Size([1, 2])]  # another thread's forward pass is not stopped
        with pytest.raises(StopRequested):
            loss.backward()
        with pytest.raises(StopRequested):
            net(torch.randn(3, 4))
    assert net(torch.randn(3, 4)).shape == (3, 2)  # outside: no hooks left
