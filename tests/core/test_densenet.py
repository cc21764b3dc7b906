"""The builder: torchvision compatibility, memory-efficient mode, devices, and the core/UI seam."""

import copy
import subprocess
import sys

import pytest
import torch

from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.devices import DeviceError, list_devices, resolve_device
from explorer.core.models import build_model
from explorer.core.models.densenet import DenseLayer


def test_torchvision_state_dict_loads_strict_and_outputs_are_equal():
    import torchvision

    torch.manual_seed(0)
    tv = torchvision.models.densenet121(weights=None).eval()
    ours = build_model(preset_config("densenet121")).eval()
    assert [(k, v.shape) for k, v in ours.state_dict().items()] == \
           [(k, v.shape) for k, v in tv.state_dict().items()]
    ours.load_state_dict(tv.state_dict(), strict=True)
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.equal(ours(x), tv(x))


def test_keys_follow_torchvision_names():
    keys = build_model(preset_config("densenet121"), "meta").state_dict().keys()
    assert "features.denseblock1.denselayer1.conv1.weight" in keys
    assert "features.transition3.conv.weight" in keys
    assert "classifier.weight" in keys


def _step(model, x, y):
    model.train()
    loss = torch.nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return loss.item()


@pytest.mark.parametrize("bottleneck", [True, False])
@pytest.mark.parametrize("drop_rate", [0.0, 0.2])
@pytest.mark.parametrize("implementation", ["reference", "auto"])
def test_memory_efficient_step_equals_plain_step(bottleneck, drop_rate, implementation):
    """Same loss, gradients and BN running statistics (updated once per step, unlike torchvision): the
    checkpointed layers ("reference") to float rounding, and the default ("auto": the fused block without dropout,
    whose shared statistics sum in another order) to float tolerance."""
    cfg = DenseNetConfig(growth_rate=4, block_layers=(3, 3), bottleneck=bottleneck, input_size=8,
                         drop_rate=drop_rate)
    torch.manual_seed(0)
    plain = build_model(cfg)
    plain.set_implementation("reference")  # the plain layers, the ground truth
    efficient = copy.deepcopy(plain)
    efficient.set_memory_efficient(True)
    efficient.set_implementation(implementation)
    assert efficient.memory_efficient and not plain.memory_efficient
    fused = implementation == "auto" and drop_rate == 0
    grad_tol = dict(rtol=2e-4, atol=2e-5) if fused else dict(rtol=1e-5, atol=1e-6)
    x, y = torch.randn(4, 3, 8, 8, requires_grad=False), torch.tensor([0, 1, 2, 3])
    torch.manual_seed(1)
    loss_a = _step(plain, x, y)
    torch.manual_seed(1)
    loss_b = _step(efficient, x, y)
    assert loss_a == pytest.approx(loss_b, rel=1e-5 if fused else 1e-6)
    for (name, pa), pb in zip(plain.named_parameters(), efficient.parameters()):
        scale = float(pa.grad.abs().max())
        torch.testing.assert_close(pb.grad, pa.grad, rtol=grad_tol["rtol"], atol=grad_tol["atol"] * max(scale, 1),
                                   msg=name)
    for (name, ba), bb in zip(plain.named_buffers(), efficient.buffers()):
        torch.testing.assert_close(ba, bb, rtol=1e-5 if fused else 1e-6, atol=1e-6 if fused else 1e-7, msg=name)
    tracked = efficient.features.denseblock1.denselayer1.norm1.num_batches_tracked
    assert tracked.item() == 1


def test_the_default_runs_the_fused_block_where_it_pays(monkeypatch):
    """build_model, as the Trainer, the window and the CLI build it: a training step runs a dense block as one
    fused Function (no layer forward, nothing concatenated or checkpointed) in memory-efficient mode, and in
    plain mode when the block has 8 layers or more, with dropout or without; a shorter block in plain mode and the
    "reference" implementation run the layers."""
    from explorer.core.models import densenet as densenet_module

    fused, layer_calls = [], []
    real_fused, real_layer = densenet_module.fast_block_forward, DenseLayer.forward
    monkeypatch.setattr(densenet_module, "fast_block_forward",
                        lambda block, x, shared_stats=True: fused.append(len(block)) or real_fused(block, x,
                                                                                                 shared_stats))
    monkeypatch.setattr(DenseLayer, "forward", lambda self, f: layer_calls.append(1) or real_layer(self, f))
    cfg = DenseNetConfig(growth_rate=4, block_layers=(3, 8), input_size=8)
    x, y = torch.randn(2, 3, 8, 8), torch.tensor([0, 1])
    model = build_model(cfg, memory_efficient=True)
    assert model.implementation == "auto" and model.block_implementations == ("fast", "fast")
    _step(model, x, y)
    assert fused == [3, 8] and layer_calls == []
    fused.clear()
    plain = build_model(cfg)
    assert plain.block_implementations == ("reference", "fast")
    _step(plain, x, y)
    assert fused == [8] and len(layer_calls) == 3
    fused.clear(), layer_calls.clear()
    plain.set_memory_efficient(True)  # the mode switched on a built model: the short block runs fused again
    assert plain.block_implementations == ("fast", "fast")
    plain.set_memory_efficient(False)
    plain.set_implementation("fast")
    _step(plain, x, y)
    assert fused == [3, 8] and layer_calls == []
    fused.clear()
    plain.set_implementation("reference")
    _step(plain, x, y)
    assert fused == [] and len(layer_calls) == 11
    layer_calls.clear()
    _step(build_model(DenseNetConfig(growth_rate=4, block_layers=(3, 3), input_size=8, drop_rate=0.2),
                      memory_efficient=True), x, y)
    assert fused == [3, 3] and layer_calls == []  # dropout too (the paper's recipe without augmentation)


def test_memory_efficient_really_checkpoints():
    cfg = DenseNetConfig(growth_rate=4, block_layers=(3,), input_size=8)
    model = build_model(cfg, memory_efficient=True).train()
    model.set_implementation("reference")  # the checkpointed layers (the default runs the fused block)
    counts = []
    layer = model.features.denseblock1.denselayer2
    original = DenseLayer._concat_norm_conv

    def spy(self, inputs, recomputing):
        if self is layer:
            counts.append(recomputing)
        return original(self, inputs, recomputing)

    DenseLayer._concat_norm_conv = spy
    try:
        _step(model, torch.randn(2, 3, 8, 8), torch.tensor([0, 1]))
    finally:
        DenseLayer._concat_norm_conv = original
    assert counts == [False, True]  # computed in forward, recomputed in backward


def test_meta_device_allocates_nothing():
    model = build_model(preset_config("densenet264"), "meta")
    assert all(p.device.type == "meta" for p in model.parameters())


def test_devices():
    names = [d.name for d in list_devices()]
    assert names[0] == "cpu"
    assert resolve_device("cpu").type == "cpu"
    if not torch.cuda.is_available():
        cuda = next(d for d in list_devices() if d.name.startswith("cuda"))
        assert not cuda.available and cuda.reason
        with pytest.raises(DeviceError, match="device"):
            build_model(DenseNetConfig(), "cuda")
    with pytest.raises(DeviceError, match="not a device name"):
        resolve_device("gpu7")


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device here")
def test_builds_and_runs_on_cuda():
    cfg = preset_config("densenet-bc-l100-k12")
    model = build_model(cfg, "cuda").eval()
    assert next(model.parameters()).is_cuda
    with torch.no_grad():
        assert model(torch.randn(2, 3, 32, 32, device="cuda")).shape == (2, 10)


def test_core_never_imports_qt_and_config_never_imports_torch():
    code = ("import sys, explorer.core.config, explorer.core.ledger, explorer.core.reference, "
            "explorer.core.format\n"
            "assert 'torch' not in sys.modules, 'config/ledger imported torch'\n"
            "import pkgutil, importlib, explorer.core as c\n"
            "for m in pkgutil.walk_packages(c.__path__, 'explorer.core.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)
