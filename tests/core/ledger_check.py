"""The one check that a ledger is the network it describes, for any family: its parameter count equals the
built module's, its multiply-adds equal what forward hooks count, and every row's output shape is the one a
forward pass produces."""

from __future__ import annotations

import torch

from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from tests.helpers import hooked_forward, num_params


def check_ledger_equals_module(cfg) -> None:
    ledger = compute_ledger(cfg)
    torch.manual_seed(0)
    model = build_model(cfg, "cpu").eval()
    assert num_params(model) == ledger.total_params
    x = torch.randn(2, cfg.in_channels, cfg.input_size, cfg.input_size)
    macs, shapes = hooked_forward(model, x, [r.name for r in ledger.rows])
    assert macs == ledger.total_macs
    for r in ledger.rows:
        expected = (r.out_channels,) if r.kind == "classifier" else (r.out_channels, r.out_h, r.out_w)
        assert shapes[r.name] == expected, r.name
    assert ledger.connections == sum(b.connections for b in ledger.blocks)
    assert sum(b.params for b in ledger.blocks) <= ledger.total_params
