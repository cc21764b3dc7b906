"""Which devices torch offers here, and why the others are not available."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .config import ConfigError
from .messages import M

__all__ = ["DeviceInfo", "DeviceError", "list_devices", "resolve_device", "device_free_bytes", "cpu_flags",
           "cpu_fast_bf16", "cuda_bf16", "amp_dtype_for", "fast_amp"]


class DeviceError(ConfigError):
    def __init__(self, value: str, message: str, valid: str | None = None) -> None:
        super().__init__("device", value, message, valid)


@dataclass(frozen=True)
class DeviceInfo:
    name: str  # "cpu", "cuda:0", "mps"
    label: str  # what the user reads, e.g. "CUDA 0: NVIDIA H200 (139.8 GiB)"
    available: bool
    reason: str = ""  # why it is not available
    total_bytes: int | None = None


def list_devices() -> list[DeviceInfo]:
    """CPU, every CUDA device (or why there is none), MPS (or why not)."""
    import os

    devices = [DeviceInfo("cpu", M("device.cpu", "CPU ({cores} cores, {threads} threads)")(
        cores=os.cpu_count(), threads=torch.get_num_threads()), True)]
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(i)
            devices.append(DeviceInfo(f"cuda:{i}", f"CUDA {i}: {props.name} "
                                      f"({props.total_memory / 2**30:.1f} GiB)", True,
                                      total_bytes=props.total_memory))
    else:
        reason = (M("device.no_cuda_build", "this torch build has no CUDA support") if torch.version.cuda is None
                  else M("device.no_cuda", "no CUDA device or driver was found"))
        devices.append(DeviceInfo("cuda", "CUDA", False, reason))
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        devices.append(DeviceInfo("mps", "Apple MPS", True))
    else:
        devices.append(DeviceInfo("mps", "Apple MPS", False, M("device.no_mps", "only on Apple silicon with macOS "
                                                                "12.3+")))
    return devices


COMPUTE_DEVICES = "cpu, cuda, cuda:N, mps"


def resolve_device(device: str | torch.device, *, compute: bool = False) -> torch.device:
    """A torch.device that exists here, or a DeviceError that says what does.

    ``compute``: the device must hold data (training, classifying): "meta", which builds a network's shape
    without any numbers, is refused there instead of failing deep inside torch."""
    valid = COMPUTE_DEVICES if compute else COMPUTE_DEVICES + ", meta"
    try:
        dev = torch.device(device)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        raise DeviceError(device if isinstance(device, str) else str(device), "is not a device name",
                          valid) from None
    if dev.type == "meta" and compute:
        raise DeviceError(str(device), "holds no numbers (it builds a network's shape only): it cannot train "
                          "or classify", COMPUTE_DEVICES)
    if dev.type in ("cpu", "meta"):
        if dev.index not in (None, 0):
            raise DeviceError(str(device), "does not exist (there is one CPU device)", valid)
        return dev
    if dev.type == "cuda":
        if not torch.cuda.is_available():
            raise DeviceError(str(device), "is not available: " + next(
                d.reason for d in list_devices() if d.name == "cuda"), "cpu")
        count = torch.cuda.device_count()
        if dev.index is not None and dev.index >= count:
            raise DeviceError(str(device), "does not exist", f"cuda:0 to cuda:{count - 1}")
        return dev
    if dev.type == "mps":
        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise DeviceError(str(device), "is not available (only on Apple silicon)", "cpu")
        return dev
    raise DeviceError(str(device), "is not supported", valid)


def device_free_bytes(device: str | torch.device) -> int | None:
    """Free memory on the device (CPU: available RAM), or None where it cannot be told."""
    dev = resolve_device(device)
    if dev.type == "cuda":
        free, _total = torch.cuda.mem_get_info(dev)
        return int(free)
    if dev.type == "cpu":
        try:
            with open("/proc/meminfo", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        try:
            import os

            return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError, AttributeError):
            return None
    return None


# CPU features that give bfloat16 its own fast kernels in oneDNN (the matrix units first): without one of
# them, bf16 autocast on a CPU converts to float32 and back and is usually slower than plain float32.
FAST_BF16_FLAGS = ("amx_bf16", "avx512_bf16")


def cpu_flags(cpuinfo: str | None = None) -> frozenset[str] | None:
    """The CPU's feature flags, from ``cpuinfo`` (the text of /proc/cpuinfo; read from the file when None).
    None where there is no such text (macOS, Windows) or it names no flags."""
    if cpuinfo is None:
        try:
            with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
                cpuinfo = fh.read()
        except OSError:
            return None
    for line in cpuinfo.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("flags", "Features"):  # x86 says flags, ARM says Features
            return frozenset(value.split())
    return None


def _torch_cpu_checks() -> dict[str, bool]:
    """torch's own CPU feature checks where this build has them (private names: each guarded)."""
    checks = {}
    for flag, name in (("amx_bf16", "_is_amx_tile_supported"), ("avx512_bf16", "_is_avx512_bf16_supported")):
        fn = getattr(getattr(torch, "cpu", None), name, None)
        if callable(fn):
            try:
                checks[flag] = bool(fn())
            except (RuntimeError, AttributeError):
                pass
    return checks


def cpu_fast_bf16(cpuinfo: str | None = None, torch_checks: dict[str, bool] | None = None) -> str | None:
    """The CPU feature that makes bfloat16 fast here ("amx_bf16" or "avx512_bf16"), or None.

    Both sources are asked, either may say yes: the flags of /proc/cpuinfo (``cpuinfo``: its text, for
    tests) and torch's own checks (``torch_checks``: flag -> supported, for tests; None asks torch)."""
    flags = cpu_flags(cpuinfo) or frozenset()
    checks = _torch_cpu_checks() if torch_checks is None else torch_checks
    for flag in FAST_BF16_FLAGS:
        if flag in flags or checks.get(flag, False):
            return flag
    return None


def cuda_bf16(device: torch.device | str | None = None) -> bool:
    """Whether a CUDA device computes bfloat16 natively (compute capability 8.0 and later: A100, H100, ...)."""
    if not torch.cuda.is_available():
        return False
    index = torch.device(device).index if device is not None else None
    major, _minor = torch.cuda.get_device_capability(index or 0)
    return major >= 8


def amp_dtype_for(device_type: str, cuda_has_bf16: bool) -> torch.dtype:
    """Mixed precision's type: on CUDA bfloat16 where the device has it (no loss scaling needed), float16
    elsewhere on CUDA (with a grad scaler); bfloat16 on CPU and other devices."""
    if device_type == "cuda":
        return torch.bfloat16 if cuda_has_bf16 else torch.float16
    return torch.bfloat16


def fast_amp(device: torch.device | str, cpuinfo: str | None = None,
             torch_checks: dict[str, bool] | None = None) -> str | None:
    """Why mixed precision should be fast on ``device`` ("amx_bf16", "avx512_bf16", "cuda bf16", "cuda
    fp16"), or None where it has no fast low-precision arithmetic (a CPU without AMX or AVX512-BF16)."""
    dev = torch.device(device)
    if dev.type == "cpu":
        return cpu_fast_bf16(cpuinfo, torch_checks)
    if dev.type == "cuda" and torch.cuda.is_available():
        return "cuda bf16" if cuda_bf16(dev) else "cuda fp16"
    return None
