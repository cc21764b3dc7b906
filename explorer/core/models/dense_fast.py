"""A dense block's training step that uses the block's own structure (Pleiss et al. 2017, *Memory-Efficient
Implementation of DenseNets*), as one autograd Function over the whole block:

- shared storage: the block's feature maps live in ONE buffer (N, k0 + L*k, H, W); layer l writes its k maps
  into its slice and reads the first k0 + k*(l-1) channels as a view. There is no torch.cat: the view goes
  straight into norm1, whose output is the fresh tensor conv1 needs. In backward one gradient buffer of the
  same shape collects every layer's input gradient in place (no per-piece autograd accumulation).
- shared statistics: a channel's batch mean and variance are computed once, when the channel is produced, and
  every later layer's norm1 normalises with them (only gamma and beta differ). Backward needs per layer only
  the two reductions sum(dy) and sum(dy * x_hat), which are gamma's and beta's gradients anyway; the
  statistics' own gradient terms are summed over layers as per-channel vectors and applied once per channel.
  Every norm1's running_mean/running_var/num_batches_tracked are updated as plain BatchNorm2d would.
- memory-efficient mode: nothing is concatenated, so only the layers' BN-ReLUs are recomputed in backward, each
  one elementwise pass: norm1's from the shared buffer and, in a bottleneck, norm2's from the kept conv1 output
  with its kept batch statistics. The ReLU outputs are not kept: per layer only its k maps and conv1's output.

Dropout (after conv1 in a bottleneck and after the new maps) draws its masks as F.dropout does, so that the same
generator state gives the plain layers' masks, and keeps them for backward. Hooks on the block's layers, eval mode
with gradients, or a batch with one value per channel use the plain layers (``DenseBlock.forward`` decides, see
``fast_path_applies``).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from ..families.densenet import auto_block_implementation, fused_dropout_matches

__all__ = ["IMPLEMENTATIONS", "fast_path_applies", "fast_block_forward", "resolve_implementation"]

# "auto" (the default): "fast" in memory-efficient mode, and in plain mode for blocks of 8 layers or more;
# shorter blocks in plain mode run the plain layers, faster there (families/densenet.py: auto_block_implementation,
# with the figures). bench_block.py, BC-100 batch 64 on 2 cores: in plain mode the fused block was level in one run
# and 1.19x faster, spread above 1, in two, keeping 0.66x of the reference's saved memory; in memory-efficient
# mode it is 1.3-1.4x faster than the checkpointed reference at 0.21x of the reference's saved memory, 0.32x of
# the fused plain step's.
# "reference": the plain layers (torch.cat per layer, autograd; checkpointed in memory-efficient mode).
# "shared_storage": one buffer and one gradient buffer, each layer's own batch statistics. "fast": shared
# storage and shared statistics.
IMPLEMENTATIONS = ("auto", "reference", "shared_storage", "fast")


def resolve_implementation(implementation: str, num_layers: int, memory_efficient: bool) -> str:
    """What ``implementation`` runs a block of ``num_layers`` layers as: "auto" is "fast" in memory-efficient
    mode and for blocks of 8 layers or more, "reference" for shorter blocks in plain mode."""
    if implementation == "auto":
        return auto_block_implementation(num_layers, memory_efficient)
    return implementation


@dataclass
class _Plan:
    layers: list[nn.Module]
    k0: int
    k: int
    bottleneck: bool
    shared_stats: bool
    memory_efficient: bool
    channels_last: bool
    drop: float = 0.0  # the layers' dropout probability (after conv1 in a bottleneck, and after the new maps)


def _has_hooks(m: nn.Module) -> bool:
    return bool(m._forward_hooks or m._forward_pre_hooks or m._backward_hooks or m._backward_pre_hooks
                or getattr(m, "_forward_hooks_with_kwargs", None))


def fast_path_applies(block: nn.Module, x: Tensor) -> bool:
    """Whether the fused block gives exactly what the plain layers would: training BatchNorms with momentum,
    one dropout rate for all the layers (with dropout, no one-channel maps: k and the block input's channels at
    least 2), no hooks on the layers (feature maps, Grad-CAM, multiply-add counters hook them), a batch with more
    than one value per channel, a device with autocast (not meta), and under autocast an input already in
    autocast's type."""
    if not block.training or x.dim() != 4 or x.shape[0] * x.shape[2] * x.shape[3] <= 1:
        return False
    if not x.is_floating_point() or x.dtype == torch.float64:
        return False
    dev = x.device.type
    if not torch.amp.is_autocast_available(dev):  # the meta device (shape probes): the plain layers' checks
        return False
    if torch.is_autocast_enabled(dev) and x.dtype != torch.get_autocast_dtype(dev):
        return False
    first = next(iter(block.values()))
    layers_drop = first.drop_rate
    k = (first.conv2 if first.bottleneck else first.conv1).out_channels
    if not fused_dropout_matches(layers_drop, k, x.shape[1]):
        return False
    for layer in block.values():
        if layer.drop_rate != layers_drop or not layer.training:
            return False
        for m in layer.modules():
            if _has_hooks(m):
                return False
            if isinstance(m, nn.BatchNorm2d) and (m.momentum is None or not m.track_running_stats
                                                  or not m.training or not m.affine):
                return False
    return True


def _update_running(norms: list[nn.BatchNorm2d], means: list[Tensor], unbiased: list[Tensor]) -> None:
    """What BatchNorm2d does in training: (1-m)*running + m*batch, unbiased variance, one more batch tracked."""
    m = norms[0].momentum
    rm = [n.running_mean for n in norms]
    rv = [n.running_var for n in norms]
    torch._foreach_mul_(rm, 1 - m)
    torch._foreach_add_(rm, means, alpha=m)
    torch._foreach_mul_(rv, 1 - m)
    torch._foreach_add_(rv, unbiased, alpha=m)
    torch._foreach_add_([n.num_batches_tracked for n in norms], 1)


# The devices on which F.dropout runs ATen's fused native_dropout (its is_fused_kernel_acceptable); elsewhere
# (the CPU) it multiplies by a Bernoulli tensor of the input's shape. Each path below draws its mask as F.dropout
# would on that device, so that one generator state gives the plain layers' masks.
_NATIVE_DROPOUT_DEVICES = ("cuda", "xpu", "lazy", "privateuseone")


def _dropout(t: Tensor, p: float, native: bool | None = None) -> tuple[Tensor, Tensor | None]:
    """F.dropout in training, drawn as F.dropout draws it on ``t``'s device (``native`` forces a path): the output
    and the mask backward needs (a bool mask from native_dropout, or the CPU path's Bernoulli(1 - p) tensor of
    ``t``'s shape and strides divided by 1 - p). p = 0: ``t`` itself, no mask, no random numbers."""
    if p <= 0:
        return t, None
    if p >= 1:
        return torch.zeros_like(t), torch.zeros_like(t)
    if native if native is not None else t.device.type in _NATIVE_DROPOUT_DEVICES:
        out, mask = torch.native_dropout(t, p, True)
        return out, mask
    noise = torch.empty_like(t).bernoulli_(1 - p).div_(1 - p)
    return t * noise, noise


def _dropout_backward(grad: Tensor, mask: Tensor, p: float) -> Tensor:
    """The gradient through ``_dropout``'s output, from its mask."""
    if mask.dtype == torch.bool:
        return torch.ops.aten.native_dropout_backward(grad, mask, 1.0 / (1.0 - p))
    return grad * mask


def _stats(t: Tensor) -> tuple[Tensor, Tensor]:
    """Per-channel batch variance (biased) and mean, accumulated in float32."""
    v, m = torch.var_mean(t.float(), dim=(0, 2, 3), correction=0)
    return v, m


def _normalize(x: Tensor, mean: Tensor, var: Tensor, norm: nn.BatchNorm2d, fmt: torch.memory_format,
               out: Tensor | None = None) -> Tensor:
    """gamma * (x - mean) / sqrt(var + eps) + beta as one multiply-add from the (strided) buffer slice into a
    dense tensor in ``fmt`` (the eval-mode batch_norm kernel takes a slow path on a slice)."""
    scale = norm.weight * torch.rsqrt(var + norm.eps)
    return _affine(x, scale, norm.bias - mean * scale, fmt, out)


class _Scratch:
    """One flat allocation that every layer of a block reuses for a dense temporary of its own channel count (a
    layer's copy of its input slice, a recomputed BN-ReLU). With glibc's allocator a tensor above its mmap
    threshold (32 MiB at most) is fresh memory on every allocation, and writing it first costs page faults about
    as long as the pass itself (a BC-100 layer's 39 MB copy at batch 64, 2 threads: 17 ms into a fresh tensor,
    8 ms into a used one)."""

    def __init__(self, like: Tensor, channels: int, fmt: torch.memory_format) -> None:
        n, _, h, w = like.shape
        self.n, self.h, self.w, self.fmt = n, h, w, fmt
        self.flat = torch.empty(n * channels * h * w, dtype=like.dtype, device=like.device)

    def take(self, c: int) -> Tensor:
        """A dense (N, c, H, W) tensor in the block's memory format over the start of the allocation."""
        n, h, w = self.n, self.h, self.w
        head = self.flat[:n * c * h * w]
        if self.fmt == torch.channels_last:
            return head.view(n, h, w, c).permute(0, 3, 1, 2)
        return head.view(n, c, h, w)


def _affine(x: Tensor, scale: Tensor, shift: Tensor, fmt: torch.memory_format, out: Tensor | None = None) -> Tensor:
    """x * scale + shift per channel, into ``out`` or a fresh dense tensor in ``fmt``."""
    c = x.shape[1]
    if out is None:
        out = torch.empty(x.shape, dtype=x.dtype, device=x.device, memory_format=fmt)
    # In x's type: a float32 scale on a bfloat16 slice promotes the whole pass to float32 (1.7x slower).
    return torch.addcmul(shift.to(x.dtype).view(1, c, 1, 1), x, scale.to(x.dtype).view(1, c, 1, 1), out=out)


def _relu_backward_(grad: Tensor, out: Tensor) -> Tensor:
    """ReLU's backward in place into ``grad`` (a gradient this block owns), not into a fresh tensor. On one
    BC-100 layer's input (64×204×32×32, 2 threads) in a loop that frees each result: 5.5 ms in place against 24 ms
    out of place (fresh pages each time); in the whole training step, where the allocator reuses memory, the
    difference is within the noise (1.06x, level)."""
    return torch.ops.aten.threshold_backward.grad_input(grad, out, 0, grad_input=grad)


def _conv_backward(grad: Tensor, inp: Tensor, weight: Tensor, padding: int) -> tuple[Tensor, Tensor]:
    gi, gw, _ = torch.ops.aten.convolution_backward(grad, inp, weight, None, [1, 1], [padding, padding], [1, 1],
                                                    False, [0, 0], 1, [True, True, False])
    return gi, gw


def _run_forward(plan: _Plan, x: Tensor, save: bool):
    n, k0, h, w = x.shape
    k, layers = plan.k, plan.layers
    total = k0 + len(layers) * k
    fmt = torch.channels_last if plan.channels_last else torch.contiguous_format
    dt = x.dtype
    buf = torch.empty((n, total, h, w), dtype=dt, device=x.device, memory_format=fmt)
    buf[:, :k0].copy_(x)
    count = n * h * w
    mean = var = None
    if plan.shared_stats:
        mean = torch.empty(total, dtype=torch.float32, device=x.device)
        var = torch.empty_like(mean)
        var[:k0], mean[:k0] = _stats(x)
    saved: list[Tensor] = []
    norm1_means, norm1_vars = [], []
    # norm1's output is kept for backward in plain mode; otherwise (memory-efficient, or no backward) it dies
    # after conv1 and every layer writes it into the same allocation.
    scratch = _Scratch(x, total - k, fmt) if plan.shared_stats and (plan.memory_efficient or not save) else None
    for i, layer in enumerate(layers):
        c = k0 + i * k
        xin = buf[:, :c]
        nrm = layer.norm1
        if plan.shared_stats:
            m_l, v_l = mean[:c], var[:c]
            a = _normalize(xin, m_l, v_l, nrm, fmt, scratch.take(c) if scratch is not None else None)
        else:
            a, m_l, invstd = torch.native_batch_norm(xin, nrm.weight, nrm.bias, nrm.running_mean,
                                                     nrm.running_var, True, nrm.momentum, nrm.eps)
            nrm.num_batches_tracked.add_(1)
            v_l = invstd  # the plain layer's saved inverse deviation (its variance is recovered where needed)
        norm1_means.append(m_l)
        norm1_vars.append(v_l)
        a.relu_()
        w1 = layer.conv1.weight.to(dt)
        pad1 = 0 if plan.bottleneck else 1
        out = F.conv2d(a, w1, None, 1, pad1)
        if save:
            saved += [torch.empty(0) if plan.memory_efficient else a]
        if plan.bottleneck:
            n2 = layer.norm2
            b, mask1 = _dropout(out, plan.drop)
            r, m2, i2 = torch.native_batch_norm(b, n2.weight, n2.bias, n2.running_mean, n2.running_var, True,
                                                n2.momentum, n2.eps)
            n2.num_batches_tracked.add_(1)
            r.relu_()
            out = F.conv2d(r, layer.conv2.weight.to(dt), None, 1, 1)
            if save:
                saved += [b, torch.empty(0) if plan.memory_efficient else r, m2, i2]
                if plan.drop > 0:
                    saved.append(mask1)
        out, mask2 = _dropout(out, plan.drop)
        if save and plan.drop > 0:
            saved.append(mask2)
        buf[:, c:c + k].copy_(out)
        if plan.shared_stats:
            var[c:c + k], mean[c:c + k] = _stats(out)
    if plan.shared_stats:
        scale = count / max(count - 1, 1)
        _update_running([layer.norm1 for layer in layers], norm1_means,
                        [v * scale for v in norm1_vars])
    return buf, saved, norm1_means, norm1_vars


class _DenseBlockFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, plan: _Plan, x: Tensor, *params: Tensor) -> Tensor:  # type: ignore[override]
        with torch.autocast(x.device.type, enabled=False):
            buf, saved, means, variances = _run_forward(plan, x, save=True)
        ctx.plan = plan
        ctx.n_stats = len(means)
        ctx.save_for_backward(buf, *saved, *means, *variances)
        return buf

    @staticmethod
    def backward(ctx, grad_out: Tensor):  # type: ignore[override]
        with torch.autocast(grad_out.device.type, enabled=False):
            return (None, *_run_backward(ctx, grad_out))


def _run_backward(ctx, grad_out: Tensor):
    plan: _Plan = ctx.plan
    layers, k, k0 = plan.layers, plan.k, plan.k0
    tensors = ctx.saved_tensors
    buf = tensors[0]
    per = (5 if plan.bottleneck else 1) + (plan.drop > 0) * (2 if plan.bottleneck else 1)
    saved = tensors[1:1 + per * len(layers)]
    means = tensors[1 + per * len(layers):1 + per * len(layers) + ctx.n_stats]
    variances = tensors[1 + per * len(layers) + ctx.n_stats:]
    fmt = torch.channels_last if plan.channels_last else torch.contiguous_format
    dt = buf.dtype
    n, total, h, w = buf.shape
    count = n * h * w
    grad = torch.empty_like(buf, memory_format=fmt)
    grad.copy_(grad_out)
    if plan.shared_stats:
        mean, var = means[-1], variances[-1]  # the last layer's norm1 sees every channel but the last k
        invstd = torch.rsqrt(var + layers[0].norm1.eps)
        acc_b = torch.zeros_like(invstd)  # sum over layers of gamma_l * sum(dy_l)
        acc_w = torch.zeros_like(invstd)  # sum over layers of gamma_l * sum(dy_l * x_hat)
    grads: list[Tensor | None] = []
    inter = layers[0].conv1.out_channels
    # Each layer's dense copy of its input slice. In memory-efficient mode the recomputed norm1-ReLU is written
    # here first and the copy overwrites it once conv1's and ReLU's backward are done with it: one allocation of
    # the block's widest input, not two (BC-100 at batch 64: 53 MB less at the step's peak).
    copies = _Scratch(buf, total - k, fmt)
    recomputed2 = _Scratch(buf, inter, fmt) if plan.memory_efficient and plan.bottleneck else None  # norm2-ReLU

    def finish(lo: int, hi: int) -> None:
        """Apply the statistics' gradient terms of channels [lo, hi), summed over the layers that read them."""
        if not plan.shared_stats or lo >= hi:
            return
        inv = invstd[lo:hi]
        alpha = inv * inv * acc_w[lo:hi] / count
        beta = inv * acc_b[lo:hi] / count - mean[lo:hi] * alpha
        shape = (1, hi - lo, 1, 1)
        grad[:, lo:hi].sub_(torch.addcmul(beta.view(shape), buf[:, lo:hi], alpha.view(shape)))

    for i in range(len(layers) - 1, -1, -1):
        layer = layers[i]
        c = k0 + i * k
        if i < len(layers) - 1:
            finish(c, c + k)
        g = grad[:, c:c + k]
        xin = buf[:, :c]
        nrm = layer.norm1
        a = saved[per * i]
        if plan.memory_efficient:
            v_i = variances[i] if plan.shared_stats else variances[i].pow(-2).sub_(nrm.eps)
            a = _normalize(xin, means[i], v_i, nrm, fmt, copies.take(c)).relu_()
        layer_grads: list[Tensor | None]
        if plan.drop > 0:  # the dropout after the new maps
            g = _dropout_backward(g, saved[per * i + per - 1], plan.drop)
        if plan.bottleneck:
            b, r, m2, i2 = saved[per * i + 1:per * i + 5]
            n2 = layer.norm2
            if plan.memory_efficient:  # norm2's output from conv1's output and its batch statistics
                scale2 = n2.weight * i2
                r = _affine(b, scale2, n2.bias - m2 * scale2, fmt, recomputed2.take(b.shape[1])).relu_()
            gr, gw2 = _conv_backward(g.contiguous(memory_format=fmt), r, layer.conv2.weight.to(dt), 1)
            gr = _relu_backward_(gr, r)
            gb, gn2w, gn2b = torch.ops.aten.native_batch_norm_backward(
                gr, b, n2.weight, n2.running_mean, n2.running_var, m2, i2, True, n2.eps, [True, True, True])
            if plan.drop > 0:  # the dropout after conv1
                gb = _dropout_backward(gb, saved[per * i + 5], plan.drop)
            ga, gw1 = _conv_backward(gb, a, layer.conv1.weight.to(dt), 0)
        else:
            ga, gw1 = _conv_backward(g.contiguous(memory_format=fmt), a, layer.conv1.weight.to(dt), 1)
        ga = _relu_backward_(ga, a)
        # Batch norm's backward kernels are fast on a dense tensor only (a channel slice of the buffer takes a
        # generic path 3-10x slower): one copy of the slice, as the plain layer's cat would have made (in
        # memory-efficient mode over the recomputed norm1-ReLU, which nothing reads any more).
        x_dense = copies.take(c).copy_(xin)
        if plan.shared_stats:
            inv = invstd[:c]
            _, gn1w, gn1b = torch.ops.aten.native_batch_norm_backward(
                ga, x_dense, nrm.weight, None, None, mean[:c], inv, True, nrm.eps, [False, True, True])
            grad[:, :c].addcmul_(ga, (nrm.weight * inv).to(dt).view(1, c, 1, 1))
            acc_b[:c].add_(nrm.weight * gn1b)
            acc_w[:c].add_(nrm.weight * gn1w)
        else:
            gx, gn1w, gn1b = torch.ops.aten.native_batch_norm_backward(
                ga, x_dense, nrm.weight, None, None, means[i], variances[i], True, nrm.eps, [True, True, True])
            grad[:, :c].add_(gx)
        layer_grads = [gn1w, gn1b, gw1.to(layer.conv1.weight.dtype)]
        if plan.bottleneck:
            layer_grads += [gn2w, gn2b, gw2.to(layer.conv2.weight.dtype)]
        grads[:0] = layer_grads
    finish(0, k0)
    return [grad[:, :k0], *grads]


def _params(layers: list[nn.Module], bottleneck: bool) -> list[Tensor]:
    out: list[Tensor] = []
    for layer in layers:
        out += [layer.norm1.weight, layer.norm1.bias, layer.conv1.weight]
        if bottleneck:
            out += [layer.norm2.weight, layer.norm2.bias, layer.conv2.weight]
    return out


def fast_block_forward(block: nn.Module, x: Tensor, shared_stats: bool = True) -> Tensor:
    """The block's output (N, k0 + L*k, H, W) through the fused Function (call only where
    ``fast_path_applies``)."""
    layers = list(block.values())
    first = layers[0]
    plan = _Plan(layers=layers, k0=x.shape[1], k=(first.conv2 if first.bottleneck else first.conv1).out_channels,
                 bottleneck=first.bottleneck, shared_stats=shared_stats,
                 memory_efficient=all(layer.memory_efficient for layer in layers), drop=float(first.drop_rate),
                 channels_last=x.is_contiguous(memory_format=torch.channels_last) and not x.is_contiguous())
    params = _params(layers, plan.bottleneck)
    if not torch.is_grad_enabled() or not (x.requires_grad or any(p.requires_grad for p in params)):
        with torch.autocast(x.device.type, enabled=False):
            return _run_forward(plan, x, save=False)[0]
    return _DenseBlockFunction.apply(plan, x, *params)
