"""The built network as an ONNX file (opens in Netron). Needs the optional extra: onnx and onnxscript."""

from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path
from typing import Any

from .io import atomic_write_bytes, output_target, remove_stale_temp_dirs

__all__ = ["OnnxUnavailable", "onnx_missing", "export_onnx", "ONNX_HINT"]

ONNX_HINT = "pip install 'densenet-explorer[onnx]' (installs onnx and onnxscript)"
ONNX_TMP_PREFIX = "explorer-onnx-"  # + pid + "-": a killed export's scratch folder is known by its dead pid


class OnnxUnavailable(RuntimeError):
    """The optional packages for ONNX export are not installed."""


def onnx_missing() -> list[str]:
    """Names of the optional packages ONNX export needs that are not installed (empty when it can run)."""
    return [name for name in ("onnx", "onnxscript") if importlib.util.find_spec(name) is None]


def export_onnx(config: Any, path: str | os.PathLike, batch_size: int = 1, model: Any = None) -> int:
    """Build ``config`` on the CPU (or take ``model``, built from it, e.g. trained) and write it in eval mode
    to ``path`` as ONNX; returns the file's size. The file is written atomically; the batch is dynamic.
    """
    if model is None:  # a network too large for this machine is refused first, whatever is installed
        from .memory import check_memory

        check_memory(config, "cpu", batch_size=batch_size)
    missing = onnx_missing()
    if missing:
        raise OnnxUnavailable(f"ONNX export needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'}"
                              f" not installed: {ONNX_HINT}")
    output_target(path)  # a pipe, a device, an input or the program's own files: refused before the export
    import torch

    from .models import build_model

    model = (build_model(config, "cpu") if model is None else model).eval()
    x = torch.randn(batch_size, config.in_channels, config.input_size, config.input_size)
    remove_stale_temp_dirs(ONNX_TMP_PREFIX)  # what an export killed mid-way left in the temporary folder
    with tempfile.TemporaryDirectory(prefix=f"{ONNX_TMP_PREFIX}{os.getpid()}-") as tmp:
        tmp_path = Path(tmp) / "model.onnx"
        batch = torch.export.Dim("batch", min=1, max=65536)
        program = torch.onnx.export(model, (x,), dynamo=True, input_names=["image"], output_names=["logits"],
                                    dynamic_shapes=({0: batch},), external_data=False, verbose=False)
        program.save(str(tmp_path))
        data = tmp_path.read_bytes()
    atomic_write_bytes(path, data)
    return len(data)
