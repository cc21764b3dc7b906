"""The fused dense block (shared storage, shared batch statistics, memory-efficient recomputation) against the
plain layers: same outputs, gradients of every parameter and of the input, and running statistics."""

from __future__ import annotations

import copy

import pytest
import torch
import torch.nn.functional as F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.models import build_model, dense_fast
from explorer.core.models.densenet import DenseNet
from explorer.core.validation import ConfigError

FAST = ("shared_storage", "fast")


def _pair(cfg, implementation, memory_efficient, seed=0):
    torch.manual_seed(seed)
    ref = DenseNet(cfg, implementation="reference")
    other = copy.deepcopy(ref)
    other.set_implementation(implementation)
    other.set_memory_efficient(memory_efficient)
    return ref, other


def _step(model, x, weights, amp=False):
    model.train()
    xx = x.clone().requires_grad_(True)
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=amp):
        out = model(xx)
    (out.float() * weights).sum().backward()
    return out.detach(), xx.grad


def _assert_same(ref, other, x, tol, amp=False):
    weights = torch.linspace(-1, 1, ref.config.num_classes)
    torch.manual_seed(1234)  # the same dropout masks in both (the fused block draws them as F.dropout does)
    out_a, gx_a = _step(ref, x, weights, amp)
    torch.manual_seed(1234)
    out_b, gx_b = _step(other, x, weights, amp)
    def close(got, want, msg=""):
        # Float tolerance relative to the tensor's own scale: tiny batches (2 images of 2x2) amplify rounding.
        scaled = dict(tol, atol=tol["atol"] + tol["rtol"] * float(want.abs().max()))
        torch.testing.assert_close(got, want, **scaled, msg=msg or None)

    close(out_b, out_a)
    close(gx_b, gx_a)
    for (name, pa), pb in zip(ref.named_parameters(), other.parameters(), strict=True):
        close(pb.grad, pa.grad, name)
    for (name, ba), bb in zip(ref.named_buffers(), other.buffers(), strict=True):
        torch.testing.assert_close(bb, ba, **tol, msg=name)  # running mean/var, num_batches_tracked
    ref.eval()
    other.eval()
    with torch.no_grad():
        torch.testing.assert_close(other(x), ref(x), **tol)


class _Count:
    """Counts the fused Function's calls (to know the fast path really ran)."""

    def __init__(self, monkeypatch):
        self.calls = 0
        original = dense_fast.fast_block_forward

        def spy(*args, **kwargs):
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr("explorer.core.models.densenet.fast_block_forward", spy)


configs = st.builds(
    dict,
    growth_rate=st.integers(1, 5),
    blocks=st.lists(st.integers(1, 3), min_size=1, max_size=3),
    bottleneck=st.booleans(),
    bn_size=st.integers(1, 3),
    compression=st.sampled_from([1.0, 0.5, 0.7]),
    size=st.integers(1, 9),
    batch=st.integers(2, 3),
    channels_last=st.booleans(),
    memory_efficient=st.booleans(),
    implementation=st.sampled_from(FAST),
    drop_rate=st.sampled_from([0.0, 0.0, 0.2, 0.5]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(c=configs)
def test_fused_block_equals_plain_layers_for_every_config(c, monkeypatch):
    try:
        cfg = DenseNetConfig(growth_rate=c["growth_rate"], block_layers=tuple(c["blocks"]),
                             bottleneck=c["bottleneck"], bn_size=c["bn_size"], compression=c["compression"],
                             input_size=c["size"], num_classes=4, drop_rate=c["drop_rate"])
        cfg.validate()
    except ConfigError:
        return
    if c["size"] >> (len(c["blocks"]) - 1) < 2:
        # A last block of 1x1 maps: a batch norm over 2-3 values, whose input gradient is zero in exact
        # arithmetic (x_hat = +-1), so both paths give rounding noise only. Not a comparison of anything.
        return
    ref, other = _pair(cfg, c["implementation"], c["memory_efficient"])
    x = torch.randn(c["batch"], 3, c["size"], c["size"])
    if c["channels_last"]:
        x = x.to(memory_format=torch.channels_last)
    count = _Count(monkeypatch)
    _assert_same(ref, other, x, dict(rtol=2e-4, atol=2e-5))
    if not (c["drop_rate"] > 0 and c["growth_rate"] == 1):  # dropout beside one-channel maps: the plain layers
        assert count.calls > 0  # the fused path ran (where a block's batch has more than one value per channel)


@pytest.mark.parametrize("implementation", FAST)
@pytest.mark.parametrize("memory_efficient", [False, True])
def test_bf16_autocast_channels_last_close_to_plain(implementation, memory_efficient, monkeypatch):
    cfg = DenseNetConfig(growth_rate=4, block_layers=(3, 2), input_size=8, num_classes=5)
    ref, other = _pair(cfg, implementation, memory_efficient)
    ref, other = ref.to(memory_format=torch.channels_last), other.to(memory_format=torch.channels_last)
    x = torch.randn(4, 3, 8, 8).to(memory_format=torch.channels_last)
    count = _Count(monkeypatch)
    _assert_same(ref, other, x, dict(rtol=0.05, atol=0.05), amp=True)
    assert count.calls == 2


def test_a_second_step_still_matches_and_num_batches_tracked_counts_once_per_step():
    cfg = DenseNetConfig(growth_rate=3, block_layers=(2, 2), input_size=6, num_classes=3)
    ref, other = _pair(cfg, "fast", True)
    x = torch.randn(3, 3, 6, 6)
    for _ in range(2):
        _assert_same(ref, other, x, dict(rtol=2e-4, atol=2e-5))
    layer = other.features.denseblock1.denselayer2
    assert layer.norm1.num_batches_tracked.item() == 2 and layer.norm2.num_batches_tracked.item() == 2


@pytest.mark.parametrize("channels_last", [False, True])
def test_training_forward_without_gradients_equals_plain_layers(channels_last, monkeypatch):
    """Train mode under no_grad (recalibrating batch statistics): the fused forward reuses one allocation for
    every layer's norm1 output; the outputs and running statistics are the plain layers'."""
    cfg = DenseNetConfig(growth_rate=4, block_layers=(4, 3), input_size=8, num_classes=3)
    ref, other = _pair(cfg, "fast", False)
    fmt = torch.channels_last if channels_last else torch.contiguous_format
    ref, other = ref.to(memory_format=fmt).train(), other.to(memory_format=fmt).train()
    count = _Count(monkeypatch)
    for seed in range(2):
        x = torch.randn(3, 3, 8, 8, generator=torch.Generator().manual_seed(seed)).to(memory_format=fmt)
        with torch.no_grad():
            torch.testing.assert_close(other(x), ref(x), rtol=2e-4, atol=2e-5)
    assert count.calls == 4
    for (name, ba), bb in zip(ref.named_buffers(), other.buffers(), strict=True):
        torch.testing.assert_close(bb, ba, rtol=2e-4, atol=2e-5, msg=name)


@pytest.mark.parametrize("native", [False, True])
def test_the_fused_blocks_dropout_is_f_dropout_on_each_path(native):
    """The CPU path draws exactly F.dropout's CPU mask; the native path (F.dropout's own on CUDA, where it calls
    native_dropout) is run here on the CPU for its arithmetic: output and gradient through the kept mask."""
    t = torch.randn(3, 5, 4, 4).to(memory_format=torch.channels_last).requires_grad_(True)
    torch.manual_seed(3)
    out, mask = dense_fast._dropout(t.detach(), 0.3, native=native)
    torch.manual_seed(3)
    want = torch.native_dropout(t.detach(), 0.3, True)[0] if native else F.dropout(t, 0.3, training=True)
    torch.testing.assert_close(out, want.detach())
    grad = torch.randn_like(out)
    kept = (out != 0).to(grad.dtype)
    torch.testing.assert_close(dense_fast._dropout_backward(grad, mask, 0.3), grad * kept / 0.7)
    assert 0 < kept.mean() < 1


def test_dropout_runs_fused_with_the_plain_layers_masks_while_hooks_and_eval_use_the_plain_layers(monkeypatch):
    count = _Count(monkeypatch)
    for bottleneck in (False, True):
        cfg = DenseNetConfig(growth_rate=3, block_layers=(2,), input_size=6, num_classes=3, drop_rate=0.5,
                             bottleneck=bottleneck)
        ref, other = _pair(cfg, "fast", False)
        x = torch.randn(4, 3, 6, 6)
        torch.manual_seed(5)
        out_a, _ = _step(ref, x, torch.ones(3))
        torch.manual_seed(5)
        out_b, _ = _step(other, x, torch.ones(3))
        torch.manual_seed(6)
        out_c, _ = _step(other, x, torch.ones(3))
        torch.testing.assert_close(out_b, out_a, rtol=1e-4, atol=1e-5)  # the same random masks
        assert not torch.allclose(out_c, out_b)  # another seed, other masks: dropout really drops
    assert count.calls == 4
    count.calls = 0
    model = DenseNet(DenseNetConfig(growth_rate=3, block_layers=(2,), input_size=6), implementation="fast").train()
    seen = []
    handle = model.features.denseblock1.denselayer1.conv1.register_forward_hook(lambda *a: seen.append(1))
    model(torch.randn(2, 3, 6, 6))
    handle.remove()
    assert seen == [1] and count.calls == 0  # a hook on a layer sees that layer run
    model.eval()
    with torch.no_grad():
        model(torch.randn(2, 3, 6, 6))
    assert count.calls == 0
    model.train()
    model(torch.randn(2, 3, 6, 6))
    assert count.calls == 1


def test_batch_of_one_value_per_channel_raises_as_plain_batchnorm_does():
    model = DenseNet(DenseNetConfig(growth_rate=2, block_layers=(2,), input_size=1), implementation="fast").train()
    with pytest.raises(ValueError, match="more than 1 value per channel"):
        model(torch.randn(1, 3, 1, 1))


def test_state_dict_keys_unchanged_and_torchvision_weights_load_strict():
    import torchvision

    tv = torchvision.models.densenet121(weights=None)
    ours = DenseNet(preset_config("densenet121"), implementation="fast")
    assert list(ours.state_dict()) == list(tv.state_dict())
    ours.load_state_dict(tv.state_dict(), strict=True)
    small = DenseNetConfig(growth_rate=3, block_layers=(2, 2), input_size=8)
    old = DenseNet(small, implementation="reference").state_dict()
    DenseNet(small, implementation="fast").load_state_dict(old, strict=True)
    assert build_model(small).implementation in dense_fast.IMPLEMENTATIONS


def test_unknown_implementation_is_refused():
    with pytest.raises(ValueError, match="implementation must be one of"):
        DenseNet(DenseNetConfig(block_layers=(1,), input_size=4), implementation="turbo")


def _saved_bytes(model, x):
    """Bytes autograd keeps for backward (each storage once), the quantity the ledger models."""
    seen: dict[int, int] = {}

    def pack(t):
        if t.device.type != "meta" and t.numel():
            seen[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t

    model.train()
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        out = model(x)
    out.sum().backward()
    return sum(seen.values())


def test_memory_efficient_fused_block_keeps_under_045_of_plain_saved_bytes():
    """The issue's goal against the plain step as it runs by default (fused) and as the plain layers run it."""
    cfg = DenseNetConfig(growth_rate=12, block_layers=(8, 8, 8), input_size=16)
    ref, efficient = _pair(cfg, "fast", True)
    _, fast = _pair(cfg, "fast", False)
    x = torch.randn(4, 3, 16, 16)
    plain = _saved_bytes(ref, x)
    fused_plain = _saved_bytes(fast, x)
    fused = _saved_bytes(efficient, x)
    assert fused / fused_plain <= 0.45, fused / fused_plain
    assert fused / plain <= 0.30, fused / plain
    assert fused_plain < plain
