"""DistributedDataParallel as torchrun sets it up: WORLD_SIZE > 1 means this many processes, one per rank.

Every method is a no-op (or the identity) in a single process, so the Trainer calls them unconditionally.
"""

from __future__ import annotations

import os

import torch
import torch.distributed as dist
from torch import nn

__all__ = ["Distributed"]


class Distributed:
    """The torchrun environment of this process, and the collective operations the Trainer needs."""

    def __init__(self) -> None:
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        self.local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        self.created = False

    @property
    def enabled(self) -> bool:
        return self.world > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def device(self, device: torch.device) -> torch.device:
        """Each rank's own GPU under torchrun; other devices as they are."""
        if self.enabled and device.type == "cuda":
            return torch.device("cuda", self.local_rank)
        return device

    def init(self, device: torch.device) -> None:
        if not self.enabled or dist.is_initialized():
            return
        backend = "nccl" if device.type == "cuda" else "gloo"
        dist.init_process_group(backend=backend, rank=self.rank, world_size=self.world)
        self.created = True

    def close(self) -> None:
        if self.created and dist.is_initialized():
            dist.destroy_process_group()
            self.created = False

    def wrap(self, model: nn.Module, device: torch.device) -> nn.Module:
        """The module that trains: DDP around ``model`` under torchrun, ``model`` itself otherwise."""
        if not self.enabled:
            return model
        return nn.parallel.DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None)

    def epoch_order(self, n: int, seed: int, epoch: int) -> torch.Tensor:
        """This rank's share of the epoch's shuffled indices (DistributedSampler's, seeded the same on all)."""
        from torch.utils.data import DistributedSampler

        sampler = DistributedSampler(range(n), num_replicas=self.world, rank=self.rank, shuffle=True, seed=seed)
        sampler.set_epoch(epoch)
        return torch.tensor(list(iter(sampler)), dtype=torch.int64)

    def all_sum(self, values: list[float], device: torch.device) -> list[float]:
        if not self.enabled:
            return values
        t = torch.tensor(values, dtype=torch.float64, device=device)
        dist.all_reduce(t)
        return t.tolist()

    def average_buffers(self, model: nn.Module) -> None:
        """Average BatchNorm running statistics over the ranks: DDP keeps the weights equal but each
        process's last forward pass updates its own buffers, so ranks would otherwise end apart."""
        if not self.enabled:
            return
        for buf in model.buffers():
            if buf.is_floating_point():
                dist.all_reduce(buf)
                buf.div_(self.world)

    def any_flag(self, flag: bool, device: torch.device) -> bool:
        """True on every rank when it is true on any (a stop or a divergence ends all ranks together)."""
        if not self.enabled:
            return flag
        t = torch.tensor([1.0 if flag else 0.0], device=device)
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        return bool(t.item() > 0)
