"""One training step, the single place where a batch becomes an optimiser step: the Trainer, the speed probe
(``explorer.core.speed.probe``), ``measure_training_speed`` and benchmarks/bench_train.py all run this function,
so what is timed is what trains."""

from __future__ import annotations

import time
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

__all__ = ["train_step", "evaluate", "amp_dtype", "grad_scaler", "synchronize", "measure_training_speed"]


def amp_dtype(device: torch.device) -> torch.dtype:
    """Mixed precision's type: bfloat16 on CPU (fast where the CPU has AMX or AVX512-BF16, see
    devices.fast_amp) and on CUDA devices that have it (compute capability 8+, no loss scaling needed);
    float16 on older CUDA devices (with a grad scaler)."""
    from ..devices import amp_dtype_for, cuda_bf16

    return amp_dtype_for(device.type, device.type == "cuda" and cuda_bf16(device))


def grad_scaler(device: torch.device, amp: bool) -> torch.amp.GradScaler | None:
    """The loss scaler float16 needs on CUDA so that small gradients do not flush to zero; None elsewhere
    (bfloat16 has float32's exponent range)."""
    if amp and device.type == "cuda" and amp_dtype(device) == torch.float16:
        return torch.amp.GradScaler("cuda")
    return None


def train_step(model: nn.Module, optimizer: torch.optim.Optimizer, x: Tensor, y: Tensor, *, amp: bool = False,
               scaler: torch.amp.GradScaler | None = None) -> tuple[Tensor, Tensor]:
    """Gradients cleared, forward (under autocast when ``amp``), cross-entropy, backward (through ``scaler`` when
    given) and one optimiser step on the batch (x, y). Returns the loss and the logits, detached: reading them
    (``.item()``) is the caller's choice, and with it the point where a CUDA step is waited for."""
    optimizer.zero_grad(set_to_none=True)  # the last step's gradients freed before this forward pass
    with torch.autocast(x.device.type, dtype=amp_dtype(x.device), enabled=amp):
        out = model(x)
        loss = F.cross_entropy(out, y)
    if scaler is not None:
        scaler.scale(loss).backward()
        scaler.step(optimizer)
        scaler.update()
    else:
        loss.backward()
        optimizer.step()
    return loss.detach(), out.detach()


def evaluate(model: nn.Module, images: Tensor, labels: Tensor, mean: Tensor, std: Tensor, pixel_max: float,
             device: torch.device, *, memory_format: torch.memory_format = torch.contiguous_format,
             amp: bool = False, batch_size: int = 256) -> tuple[float, float]:
    """Mean loss and accuracy of ``model`` on the images (kept on CPU, sent in batches), in eval mode
    (batch norm's running statistics, no dropout); the model's mode is given back after."""
    from ..data import make_batch

    was_training = model.training
    model.eval()
    loss_sum = correct = 0.0
    n = len(labels)
    for i in range(0, n, batch_size):
        x, y = make_batch(images, labels, torch.arange(i, min(i + batch_size, n)), mean, std, pixel_max)
        x = x.to(device, memory_format=memory_format)
        y = y.to(device)
        with torch.no_grad(), torch.autocast(device.type, dtype=amp_dtype(device), enabled=amp):
            out = model(x)
        loss_sum += float(F.cross_entropy(out.float(), y, reduction="sum").item())
        correct += float((out.argmax(1) == y).sum().item())
    model.train(was_training)
    return loss_sum / n, correct / n


def synchronize(device: torch.device) -> None:
    """Wait for the device's queued work (CUDA runs asynchronously), so that a clock read after it is true."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def measure_training_speed(config: Any, device: str = "cpu", batch_size: int = 8, steps: int = 2,
                           memory_efficient: bool = False) -> float:
    """Multiply-adds per second this device reaches in training steps of ``config`` (forward + backward =
    3x the forward multiply-adds), measured on random data after one warm-up step."""
    from ..devices import resolve_device
    from ..ledger import compute_ledger
    from ..models import build_model

    dev = resolve_device(device, compute=True)
    model = build_model(config, dev, memory_efficient=memory_efficient)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(batch_size, config.in_channels, config.input_size, config.input_size, generator=g).to(dev)
    y = torch.randint(0, config.num_classes, (batch_size,), generator=g).to(dev)
    t0 = 0.0
    for i in range(steps + 1):
        if i == 1:
            synchronize(dev)
            t0 = time.perf_counter()
        train_step(model, opt, x, y)
    synchronize(dev)
    seconds = max(time.perf_counter() - t0, 1e-9)
    return 3 * compute_ledger(config).total_macs * batch_size * steps / seconds
