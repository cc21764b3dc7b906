"""Grad-CAM on a network trained in the test: the class is decided by a bright square at a random place,
and Grad-CAM for that class must light up the square more than the background."""

import numpy as np
import pytest
import torch

from explorer.core.config import ConfigError, DenseNetConfig
from explorer.core.images import overlay_heatmap
from explorer.core.inference import grad_cam, predictor_from_model
from explorer.core.models import build_model

SIZE, SIDE = 16, 5


def make_images(n, rng):
    """Noise; class 1 also holds a bright SIDE x SIDE square at a random place. Returns x, y, boxes."""
    x = rng.normal(0.3, 0.1, (n, 3, SIZE, SIZE))
    y = rng.integers(0, 2, n)
    y[:2] = (0, 1)
    boxes = rng.integers(0, SIZE - SIDE + 1, (n, 2))
    for i in np.flatnonzero(y == 1):
        r, c = boxes[i]
        x[i, :, r:r + SIDE, c:c + SIDE] = 1.0
    return np.clip(x, 0, 1).astype(np.float32), y, boxes


@pytest.fixture(scope="module")
def trained():
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    x, y, _ = make_images(512, rng)
    x, y = torch.from_numpy(x), torch.from_numpy(y)
    config = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=SIZE, num_classes=2, init_features=8)
    model = build_model(config)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(30):
        idx = torch.randint(0, len(y), (32,))
        loss = torch.nn.functional.cross_entropy(model((x[idx] - 0.5) / 0.25), y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return predictor_from_model(model, config, ["noise", "square"], (0.5,), (0.25,), source="test")


def test_grad_cam_highlights_the_object(trained):
    rng = np.random.default_rng(1)
    x, y, boxes = make_images(24, rng)
    inside, outside, right = [], [], 0
    for i in np.flatnonzero(y == 1):
        image = (x[i].transpose(1, 2, 0) * 255).round().astype(np.uint8)
        cam = grad_cam(trained, image, class_index=1)
        assert cam.heat.shape == (SIZE, SIZE) and cam.heat.min() >= 0 and cam.heat.max() == pytest.approx(1)
        assert cam.raw.shape == (SIZE // 2, SIZE // 2) and cam.label == "square"
        r, c = boxes[i]
        mask = np.zeros((SIZE, SIZE), bool)
        mask[r:r + SIDE, c:c + SIDE] = True
        inside.append(cam.heat[mask].mean())
        outside.append(cam.heat[~mask].mean())
        right += int(grad_cam(trained, image).class_index == 1)  # the predicted class, by default
    inside, outside = np.array(inside), np.array(outside)
    assert (inside > outside).all(), (inside, outside)
    assert inside.mean() > 2 * outside.mean()
    assert right >= 0.9 * len(inside)


def test_grad_cam_overlay_and_bad_class(trained):
    image = np.full((SIZE, SIZE, 3), 80, np.uint8)
    cam = grad_cam(trained, image, class_index=0)
    assert cam.class_index == 0 and 0 <= cam.probability <= 1
    blended = overlay_heatmap(cam.image, cam.heat, 0.5)
    assert blended.shape == (SIZE, SIZE, 3) and blended.dtype == np.uint8
    with pytest.raises(ConfigError, match="class"):
        grad_cam(trained, image, class_index=2)
    with pytest.raises(ConfigError, match="layer"):
        grad_cam(trained, image, layer="nowhere")
