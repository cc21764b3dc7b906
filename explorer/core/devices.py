"""Which devices torch offers here, and why the others are not available."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .config import ConfigError
from .messages import M

__all__ = ["DeviceInfo", "DeviceError", "list_devices", "resolve_device", "device_free_bytes"]


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
