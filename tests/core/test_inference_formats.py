"""Inference in the measured memory format: channels_last and contiguous give the same predictions, feature
maps and Grad-CAM; the choice follows the measurement, which is made once per network shape and device."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.config import DenseNetConfig
from explorer.core.images import sample_images
from explorer.core.inference import (
    choose_memory_format,
    feature_maps,
    formats,
    grad_cam,
    measure_formats,
    predict,
    predictor_from_model,
    preprocess,
)
from explorer.core.models import build_model
from explorer.core.speed import Spread

CAT = next(p for p in sample_images() if p.name == "chelsea.png")
CONFIG = DenseNetConfig(growth_rate=4, block_layers=(2, 3), input_size=16, num_classes=3, init_features=6)


def twins(config, seed=0):
    """Two predictors with the same weights: one contiguous, one channels_last (chosen, not measured)."""
    torch.manual_seed(seed)
    model = build_model(config)
    other = build_model(config)
    other.load_state_dict(model.state_dict())
    a = predictor_from_model(model, config, mean=(0.45,), std=(0.25,))
    b = predictor_from_model(other, config, mean=(0.45,), std=(0.25,))
    choose_memory_format(a, False)
    choose_memory_format(b, True)
    return a, b


def conv_weights(model):
    return [m.weight for m in model.modules() if isinstance(m, torch.nn.Conv2d)]


def test_forced_formats_lay_out_weights_and_inputs():
    a, b = twins(CONFIG)
    assert a.format_choice.name == "contiguous" and not a.format_choice.measured
    assert b.format_choice.name == "channels_last" and b.format_choice.speedup is None
    assert all(w.is_contiguous() for w in conv_weights(a.model))
    assert all(w.is_contiguous(memory_format=torch.channels_last) for w in conv_weights(b.model)
               if w.shape[-1] > 1 or w.shape[-2] > 1)
    xa, xb = preprocess(a, CAT).tensor, preprocess(b, CAT).tensor
    assert xa.is_contiguous() and not xb.is_contiguous() and xb.is_contiguous(memory_format=torch.channels_last)
    assert torch.equal(xa, xb)  # the same numbers, laid out differently


configs = st.builds(
    DenseNetConfig,
    growth_rate=st.integers(1, 8),
    block_layers=st.lists(st.integers(1, 3), min_size=1, max_size=3).map(tuple),
    bottleneck=st.booleans(),
    compression=st.sampled_from([1.0, 0.5]),
    input_size=st.sampled_from([8, 16, 24]),
    num_classes=st.integers(2, 5),
    init_features=st.integers(2, 10),
)


@settings(max_examples=12, deadline=None)
@given(config=configs, seed=st.integers(0, 3))
def test_channels_last_predicts_what_contiguous_does(config, seed):
    a, b = twins(config, seed)
    pa, pb = predict(a, CAT, top_k=config.num_classes), predict(b, CAT, top_k=config.num_classes)
    np.testing.assert_allclose(pb.logits, pa.logits, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(pb.probabilities, pa.probabilities, atol=1e-6)
    assert [t.index for t in pa.top if t.probability > 1e-4 + pa.top[-1].probability] == \
        [t.index for t in pb.top if t.probability > 1e-4 + pa.top[-1].probability]


def test_feature_maps_and_gradcam_equal_and_row_major():
    a, b = twins(CONFIG, seed=1)
    for name in ("features.conv0", "features.denseblock2.denselayer3", "features.transition1"):
        fa, fb = feature_maps(a, CAT, name), feature_maps(b, CAT, name)
        assert fb.output.flags["C_CONTIGUOUS"]  # the window draws these buffers as they are
        np.testing.assert_allclose(fb.output, fa.output, rtol=1e-4, atol=1e-5)
        if fa.input is not None:
            assert fb.input.flags["C_CONTIGUOUS"]
            np.testing.assert_allclose(fb.input, fa.input, rtol=1e-4, atol=1e-5)
            assert [(s.start, s.stop) for s in fb.strips] == [(s.start, s.stop) for s in fa.strips]
    ca, cb = grad_cam(a, CAT, 1), grad_cam(b, CAT, 1)
    assert cb.heat.flags["C_CONTIGUOUS"] and cb.raw.flags["C_CONTIGUOUS"]
    np.testing.assert_allclose(cb.raw, ca.raw, rtol=1e-3, atol=1e-5)
    np.testing.assert_allclose(cb.heat, ca.heat, atol=1e-3)


def test_measurement_leaves_the_model_and_is_paired():
    torch.manual_seed(0)
    model = build_model(CONFIG).eval()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    spread = measure_formats(model, (1, 3, 16, 16), torch.device("cpu"), rounds=4)
    assert isinstance(spread, Spread) and spread.n == 4 and 0 < spread.lo <= spread.median <= spread.hi
    assert all(w.is_contiguous() for w in conv_weights(model))
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())


def test_choice_follows_the_measurement_once_per_shape(monkeypatch):
    calls = []

    def measured(model, shape, device, rounds=formats.FORMAT_ROUNDS):
        calls.append(shape)
        return verdicts[shape[-1]]

    verdicts = {16: Spread(1.3, 1.1, 1.5, 5), 24: Spread(0.8, 0.7, 0.9, 5), 8: Spread(1.0, 0.9, 1.1, 5)}
    monkeypatch.setattr(formats, "measure_formats", measured)
    monkeypatch.setattr(formats, "_measured", {})
    torch.manual_seed(0)
    made = {}
    for size in (16, 24, 8, 16, 24):
        config = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=size, num_classes=3)
        p = predictor_from_model(build_model(config), config)
        made.setdefault(size, []).append(choose_memory_format(p))
        fmt = torch.channels_last if p.format_choice.channels_last else torch.contiguous_format
        assert p.memory_format == fmt and preprocess(p, CAT).tensor.is_contiguous(memory_format=fmt)
    assert calls == [(1, 3, 16, 16), (1, 3, 24, 24), (1, 3, 8, 8)]  # the repeated shapes were not re-measured
    assert [c.channels_last for c in made[16]] == [True, True]  # 1.3x faster
    assert [c.channels_last for c in made[24]] == [False, False]  # slower: the plain layout
    assert made[8][0].channels_last is False  # a tie keeps the plain layout
    assert made[16][0].speedup.median == 1.3


def test_real_measurement_counts_once():
    torch.manual_seed(0)
    config = DenseNetConfig(growth_rate=3, block_layers=(2, 1), input_size=12, num_classes=4, init_features=5)
    before = formats.format_count()
    first = choose_memory_format(predictor_from_model(build_model(config), config))
    second = choose_memory_format(predictor_from_model(build_model(config), config))
    assert formats.format_count() == before + 1
    assert first.measured and first.speedup == second.speedup and first.speedup.n == formats.FORMAT_ROUNDS
    assert first.channels_last == (first.speedup.median > 1.0) == second.channels_last


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device here")
def test_cuda_formats_agree():
    torch.manual_seed(0)
    model = build_model(CONFIG).cuda()
    p = predictor_from_model(model, CONFIG)
    choice = choose_memory_format(p)
    assert choice.measured and p.device.type == "cuda"
    cpu = predictor_from_model(build_model(CONFIG), CONFIG)
    cpu.model.load_state_dict({k: v.cpu() for k, v in model.state_dict().items()})
    np.testing.assert_allclose(predict(p, CAT).probabilities, predict(cpu, CAT).probabilities, atol=1e-4)
