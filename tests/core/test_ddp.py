"""DistributedDataParallel as under torchrun: 2 CPU processes (gloo), one short epoch, identical weights."""

from __future__ import annotations

import os
import socket

import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from explorer.core.config import DenseNetConfig
from explorer.core.data import load_digits
from explorer.core.training import Trainer, TrainSettings

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _worker(rank: int, world: int, port: int, out_dir: str) -> None:
    # The variables torchrun sets for each process.
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank), WORLD_SIZE=str(world),
                      LOCAL_RANK=str(rank))
    torch.set_num_threads(1)
    seen = []

    class Seen:
        def on_batch_end(self, r):
            seen.append(r.batch)

    data = load_digits().subset(256, seed=0)
    settings = TrainSettings(epochs=1, batch_size=32, max_batches=3, seed=11)
    trainer = Trainer(TINY, data, settings, Seen(), out_dir=os.path.join(out_dir, "run"))
    result = trainer.run()
    assert not dist.is_initialized()  # the trainer closed the group it opened
    torch.save({"state": trainer.model.state_dict(), "batches": seen, "status": result.status,
                "history": result.history}, os.path.join(out_dir, f"rank{rank}.pt"))


@pytest.mark.timeout(120)
def test_two_cpu_processes_end_with_identical_weights(tmp_path):
    if not dist.is_available() or not dist.is_gloo_available():
        pytest.skip("this torch build has no gloo backend")
    mp.spawn(_worker, args=(2, _free_port(), str(tmp_path)), nprocs=2, join=True)
    r0 = torch.load(tmp_path / "rank0.pt", weights_only=True)
    r1 = torch.load(tmp_path / "rank1.pt", weights_only=True)
    assert r0["status"] == r1["status"] == "completed"
    assert r0["batches"] == [1, 2, 3] and r1["batches"] == []  # only rank 0 reports
    assert r0["state"].keys() == r1["state"].keys()
    for k in r0["state"]:
        assert torch.equal(r0["state"][k], r1["state"][k]), k
    # Training moved the weights away from the shared initialisation (same seed on both ranks).
    torch.manual_seed(11)
    from explorer.core.models import build_model

    initial = build_model(TINY.replace(drop_rate=0.2)).state_dict()
    assert not torch.equal(initial["classifier.weight"], r0["state"]["classifier.weight"])
    assert (tmp_path / "run" / "checkpoint.pt").is_file() and (tmp_path / "run" / "metrics.csv").is_file()
    # Both ranks agree on the epoch's metrics (summed over ranks).
    assert r0["history"][0]["train_loss"] == pytest.approx(r1["history"][0]["train_loss"])
