"""A joint run carries each network's gradient norms per layer and epoch (the Trainer's insights), for the
Compare view's side-by-side gradient flow."""

from __future__ import annotations

import math

from explorer.core.compare import train_together
from explorer.core.config import DenseNetConfig, preset_config
from explorer.core.training import TrainSettings

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8)


def test_joint_run_reports_grad_norms_per_layer_and_epoch():
    import torch

    from explorer.core.models.registry import build_model

    seen = []
    nets = [("tiny", TINY), ("plain-20", preset_config("plain-20"))]
    results = train_together(nets, "digits", TrainSettings(epochs=2, max_batches=2), on_epoch=seen.append)
    for (name, cfg), r in zip(nets, results):
        assert r["status"] == "completed"
        fitted = cfg.replace(in_channels=1, input_size=8)
        model = build_model(fitted)
        layers = [n for n, m in model.named_modules() if isinstance(m, (torch.nn.Conv2d, torch.nn.Linear))]
        assert r["grad_layers"] == layers, name
        assert len(r["grad_norms"]) == 2 and all(len(e) == len(layers) for e in r["grad_norms"])
        assert all(math.isfinite(v) and v > 0 for e in r["grad_norms"] for v in e)
    # Each epoch's progress report carries the same numbers as the result, while the run goes.
    assert [(p.name, p.epoch) for p in seen] == [("tiny", 1), ("tiny", 2), ("plain-20", 1), ("plain-20", 2)]
    for p in seen:
        r = results[0 if p.name == "tiny" else 1]
        assert p.grad_layers == r["grad_layers"] and p.grad_norms == r["grad_norms"][p.epoch - 1]
