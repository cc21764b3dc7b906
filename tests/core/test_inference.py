"""Predictions, feature maps and their concatenation strips, the feature-reuse heatmap (Figure 5)."""

import numpy as np
import pytest
import torch

from explorer.core.config import ConfigError, DenseNetConfig, config_to_dict
from explorer.core.images import sample_images
from explorer.core.inference import (
    dense_strips,
    feature_maps,
    layer_names,
    predict,
    predictor_from_checkpoint,
    predictor_from_model,
    preprocess,
    reuse_heatmaps,
)
from explorer.core.io import FileFormatError
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model

CAT = next(p for p in sample_images() if p.name == "chelsea.png")
CONFIG = DenseNetConfig(growth_rate=4, block_layers=(2, 3, 2), input_size=16, num_classes=3, init_features=6)


@pytest.fixture
def predictor():
    torch.manual_seed(0)
    return predictor_from_model(build_model(CONFIG), CONFIG, ["cat", "dog", "cup"], (0.4, 0.5, 0.6), (0.2, 0.25, 0.3))


def write_checkpoint(path, model, config, classes, mean, std):
    """A checkpoint in the documented format (what `explorer train` writes), via plain torch.save."""
    torch.save({"format": "densenet-explorer-checkpoint", "version": 1, "config": config_to_dict(config),
                "model": model.state_dict(), "classes": classes, "mean": mean, "std": std, "epoch": 2,
                "history": []}, path)


def test_preprocess_steps_and_normalisation(predictor):
    pre = preprocess(predictor, CAT)
    assert [s.title for s in pre.steps] == ["Original", "Resize", "Centre crop", "Normalise"]
    assert pre.steps[0].image.shape == (300, 451, 3)
    assert pre.steps[1].image.shape == (16, 24, 3)  # shorter side 16, aspect kept: int(16 * 451 / 300)
    assert pre.image.shape == (16, 16, 3) and tuple(pre.tensor.shape) == (1, 3, 16, 16)
    # Normalised exactly as (x/255 - mean) / std per channel.
    expect = (pre.image.astype(np.float32) / 255 - np.array([0.4, 0.5, 0.6])) / np.array([0.2, 0.25, 0.3])
    assert np.allclose(pre.tensor[0].permute(1, 2, 0).numpy(), expect, atol=1e-5)


def test_predict_top_k_is_softmax_of_logits(predictor):
    result = predict(predictor, CAT, top_k=2)
    probs = torch.softmax(torch.from_numpy(result.logits), 0).numpy()
    assert np.allclose(result.probabilities, probs) and result.probabilities.sum() == pytest.approx(1, abs=1e-6)
    assert [t.index for t in result.top] == list(np.argsort(-probs)[:2])
    assert result.top[0].label == ["cat", "dog", "cup"][result.top[0].index]
    assert result.top[0].probability == pytest.approx(probs.max())
    assert len(predict(predictor, CAT, top_k=10).top) == 3  # clipped to the classes there are
    with pytest.raises(ConfigError, match="top_k"):
        predict(predictor, CAT, top_k=0)


def test_grey_network_sees_luminance(tmp_path):
    config = CONFIG.replace(in_channels=1)
    pred = predictor_from_model(build_model(config), config, mean=(0.5,), std=(0.5,))
    pre = preprocess(pred, CAT)
    assert tuple(pre.tensor.shape) == (1, 1, 16, 16)
    assert (pre.image[:, :, 0] == pre.image[:, :, 2]).all()


def test_feature_map_shapes_equal_the_ledger(predictor):
    ledger = compute_ledger(CONFIG)
    names = layer_names(predictor.model)
    rows = {r.name: r for r in ledger.rows}
    checked = 0
    for name in names:
        if name not in rows:
            continue
        fm = feature_maps(predictor, CAT, name)
        r = rows[name]
        assert fm.output.shape == (r.out_channels, r.out_h, r.out_w), name
        checked += 1
    assert checked == 1 + 7 + 2 + 1  # conv0, 7 dense layers, 2 transitions, norm5


def test_concatenation_strips_add_up_to_the_layer_input(predictor):
    ledger = compute_ledger(CONFIG)
    for row in ledger.rows:
        if row.kind != "dense_layer":
            continue
        fm = feature_maps(predictor, CAT, row.name)
        widths = [s.width for s in fm.strips]
        assert widths == dense_strips(CONFIG, row.block, row.layer)
        assert sum(widths) == row.in_channels == fm.input.shape[0]
        # The ledger's formula "k0 + k×(l−1) = in" names the same numbers.
        k0 = widths[0]
        assert row.formula == f"{k0} + {CONFIG.growth_rate}×({row.layer}−1) = {row.in_channels}"
        assert [s.label for s in fm.strips] == ["block input"] + [f"layer {i}" for i in range(1, row.layer)]
        assert fm.owners == sum(([s.source] * s.width for s in fm.strips), [])
    # The strips are the actual tensors: layer 3's input slice "layer 1" is layer 1's output.
    l1 = feature_maps(predictor, CAT, "features.denseblock2.denselayer1")
    l3 = feature_maps(predictor, CAT, "features.denseblock2.denselayer3")
    s1 = l3.strips[1]
    assert np.allclose(l3.input[s1.start:s1.stop], l1.output)
    # Block 2's input is transition 1's output (k0 = floor(0.5 x (6 + 2x4)) = 7).
    t1 = feature_maps(predictor, CAT, "features.transition1")
    assert np.allclose(l3.input[:7], t1.output) and l3.strips[0].width == 7


def test_feature_maps_bad_layer(predictor):
    with pytest.raises(ConfigError, match="not a layer of this network"):
        feature_maps(predictor, CAT, "features.denseblock9.denselayer1")
    with pytest.raises(ConfigError, match="does not output feature maps"):
        feature_maps(predictor, CAT, "classifier")


def test_reuse_heatmap_shape_and_known_weights():
    config = DenseNetConfig(growth_rate=2, block_layers=(3, 2), input_size=8, num_classes=4, init_features=4)
    model = build_model(config)
    state = {k: v.clone() for k, v in model.state_dict().items()}
    # Dense layer 3 of block 1 (input 4 + 2 + 2 = 8 channels): |w| = 1 on the block input, 3 on layer 1,
    # 0.5 on layer 2 -> raw means (1, 3, 0.5), normalised by the row's max: (1/3, 1, 1/6).
    w = state["features.denseblock1.denselayer3.conv1.weight"]
    w[:, :4], w[:, 4:6], w[:, 6:8] = -1.0, 3.0, 0.5
    # Transition 1 (input 4 + 3x2 = 10 channels): 2 on the block input, 4 on layer 3, 0 elsewhere.
    t = state["features.transition1.conv.weight"]
    t.zero_()
    t[:, :4], t[:, 8:10] = 2.0, -4.0
    mats = reuse_heatmaps(state, config)
    assert [m.block for m in mats] == [1, 2]
    b1, b2 = mats
    assert b1.values.shape == (4, 4) and b2.values.shape == (3, 3)
    assert b1.target_labels == ["layer 1", "layer 2", "layer 3", "transition 1"]
    assert b2.target_labels[-1] == "classifier" and b1.source_labels == ["block input", "layer 1", "layer 2",
                                                                          "layer 3"]
    assert np.allclose(b1.raw[2, :3], [1.0, 3.0, 0.5])
    assert np.allclose(b1.values[2, :3], [1 / 3, 1.0, 1 / 6]) and np.isnan(b1.values[2, 3])
    assert np.allclose(b1.values[3], [0.5, 0.0, 0.0, 1.0])
    # Only earlier layers are sources: the upper triangle is empty; every row's max is 1.
    assert np.isnan(b1.values[0, 1:]).all() and np.isnan(b1.values[1, 2:]).all()
    assert np.allclose(np.nanmax(b1.values, axis=1), 1.0) and np.allclose(np.nanmax(b2.values, axis=1), 1.0)
    # The classifier row of the last block: linear weights split the same way (k0 = floor(0.5 x 10) = 5).
    cls = state["classifier.weight"].abs()
    assert b2.raw[2, 0] == pytest.approx(float(cls[:, :5].mean()), rel=1e-6)
    assert b2.raw[2, 2] == pytest.approx(float(cls[:, 7:9].mean()), rel=1e-6)
    # From a module the same as from its state_dict.
    model.load_state_dict(state)
    assert np.allclose(reuse_heatmaps(model, config)[0].raw, b1.raw, equal_nan=True)


def test_reuse_heatmap_refuses_foreign_weights():
    config = DenseNetConfig(growth_rate=2, block_layers=(2,), input_size=8, init_features=4)
    with pytest.raises(ConfigError, match="missing"):
        reuse_heatmaps({"conv1.weight": torch.zeros(1)}, config)


def test_predict_from_checkpoint_file(predictor, tmp_path):
    path = tmp_path / "checkpoint.pt"
    write_checkpoint(path, predictor.model, CONFIG, ["cat", "dog", "cup"], [0.4, 0.5, 0.6], [0.2, 0.25, 0.3])
    loaded = predictor_from_checkpoint(path)
    assert loaded.classes == ["cat", "dog", "cup"] and loaded.config == CONFIG
    assert loaded.mean == (0.4, 0.5, 0.6) and "epoch 2" in loaded.source
    assert np.allclose(predict(loaded, CAT).logits, predict(predictor, CAT).logits, atol=1e-6)
    (tmp_path / "bad.pt").write_bytes(b"nope")
    with pytest.raises(FileFormatError):
        predictor_from_checkpoint(tmp_path / "bad.pt")


def test_dataset_samples_feed_the_network_as_training_does():
    """The shipped digit samples, opened as images, give the very inputs the training batches hold."""
    from explorer.core.data import load_digits, make_batch
    from explorer.paths import RESOURCES

    digits = load_digits()
    config = DenseNetConfig(growth_rate=4, block_layers=(2,), in_channels=1, input_size=8, num_classes=10)
    pred = predictor_from_model(build_model(config), config, digits.classes, digits.mean, digits.std)
    for label in (0, 3, 9):
        i = int((digits.labels == label).nonzero()[0][0])
        x = preprocess(pred, RESOURCES / "samples" / "digits" / f"digit-{label}.png").tensor
        expected, _ = make_batch(digits.images, digits.labels, torch.tensor([i]), torch.tensor(digits.mean),
                                 torch.tensor(digits.std), digits.pixel_max)
        assert x.shape == expected.shape == (1, 1, 8, 8)
        assert torch.allclose(x, expected, atol=0.51 / 255 / min(digits.std))  # 8-bit rounding only
