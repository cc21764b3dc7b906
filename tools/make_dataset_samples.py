"""Write a few samples of each shipped dataset to explorer/resources/samples/<dataset>/ as PNG files, so the inference
panel and `explorer predict` can be tried on what a network trained in the app has learnt.

    .venv/bin/python tools/make_dataset_samples.py

The digits are the shipped 8x8 UCI digits (pixels 0..16 scaled to 0..255, so that /255 in preprocessing
equals the /16 of training); the shapes come from the same generator the app trains on (seed 0)."""

from __future__ import annotations

import numpy as np

from explorer.core.data import load_digits, make_shapes
from explorer.core.images import save_png
from explorer.paths import RESOURCES


def main() -> None:
    out = RESOURCES / "samples"
    digits = load_digits()
    for label in range(10):
        i = int((digits.labels == label).nonzero()[0][0])
        img = digits.images[i, 0].numpy().astype(np.float64) * 255.0 / digits.pixel_max
        grey = np.clip(np.rint(img), 0, 255).astype(np.uint8)
        save_png(out / "digits" / f"digit-{label}.png", np.repeat(grey[:, :, None], 3, axis=2))
    shapes = make_shapes(count=64, seed=0)
    for label, name in enumerate(shapes.classes):
        i = int((shapes.labels == label).nonzero()[0][0])
        save_png(out / "shapes" / f"{name.replace(' ', '-')}.png", shapes.images[i].permute(1, 2, 0).numpy())


if __name__ == "__main__":
    main()
