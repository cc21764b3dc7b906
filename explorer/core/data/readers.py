"""Readers of torchvision's dataset files in their real formats: CIFAR python pickles, IDX (MNIST and its
kin, plain or gzip), SVHN's MATLAB files. Each takes the folder the user chose and returns an ``ImageData``.

No torchvision dataset class is used: those refuse any file whose checksum differs, so tiny test files in
the real formats could not be read through the same code.
"""

from __future__ import annotations

import contextlib
import gzip
import pickle
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..messages import M
from .base import DataError, ImageData
from .files import A_FOLDER, MAX_DATA_FILE_BYTES, check_data_files, check_labels, open_data_file

if TYPE_CHECKING:
    from torch import Tensor

__all__ = ["load_cifar10", "load_cifar100", "load_idx_set", "load_svhn", "read_idx", "MNIST_FILES"]


# -- CIFAR (python pickles) ------------------------------------------------------------------------------


class _ArrayUnpickler(pickle.Unpickler):
    """Unpickles dicts, lists, numbers, strings and numpy arrays only: no code can run from the file."""

    _ALLOWED = {("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
                ("numpy", "ndarray"), ("numpy", "dtype"), ("numpy.core.multiarray", "scalar"),
                ("numpy._core.multiarray", "scalar"), ("_codecs", "encode")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


def _read_cifar_pickle(path: Path) -> dict:
    fh = open_data_file(path)
    try:
        with fh:
            data = _ArrayUnpickler(fh, encoding="latin1").load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as exc:
        raise DataError(str(path), M("data.not_cifar", "is not a CIFAR python batch ({detail})")(detail=str(exc))) \
            from None
    if not isinstance(data, dict):
        raise DataError(str(path), M("data.not_cifar_dict", "is not a CIFAR python batch (not a dict)"))
    return data


def _cifar_arrays(files: list[Path], label_key: str, classes: int = 10) -> tuple[Tensor, Tensor]:
    import torch

    xs, ys = [], []
    for f in files:
        d = _read_cifar_pickle(f)
        if "data" not in d or label_key not in d:
            raise DataError(str(f), M("data.cifar_keys", "has no '{data}' and '{key}' entries (keys: {keys})")(
                data="data", key=label_key, keys=", ".join(map(str, d))))
        try:
            x = np.asarray(d["data"], dtype=np.uint8)
        except (ValueError, TypeError, OverflowError):
            raise DataError(str(f), M("data.not_bytes", "holds image data that is not bytes (0..255)")) from None
        if x.ndim != 2 or x.shape[1] != 3072:
            raise DataError(str(f), M("data.cifar_shape", "holds images of shape {shape}; expected N x 3072 (3x32x32)")(
                shape=x.shape))
        xs.append(x.reshape(-1, 3, 32, 32))
        ys.append(check_labels(f, d[label_key], x.shape[0], classes))
    return torch.from_numpy(np.concatenate(xs)), torch.from_numpy(np.concatenate(ys))


def _find_dir(root: Path, sub: str, expected: list[str], name: str) -> Path:
    for cand in (root / sub, root):
        check_data_files([cand / f for f in expected])
        if all((cand / f).is_file() for f in expected):
            return cand
    raise DataError(name, M("data.no_cifar_files", "no {name} files in {root}: expected {sub}/ with {files} (the "
                            "python version); choose the folder that holds them or download")(
        name=name, root=str(root), sub=sub, files=", ".join(expected)), A_FOLDER)


def load_cifar10(root: Path) -> ImageData:
    files = [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch", "batches.meta"]
    d = _find_dir(root, "cifar-10-batches-py", files, "cifar10")
    x, y = _cifar_arrays([d / f"data_batch_{i}" for i in range(1, 6)], "labels")
    tx, ty = _cifar_arrays([d / "test_batch"], "labels")
    classes = [str(c) for c in _read_cifar_pickle(d / "batches.meta").get("label_names", range(10))]
    return ImageData("cifar10", x, y, classes, test_images=tx, test_labels=ty)


def load_cifar100(root: Path) -> ImageData:
    d = _find_dir(root, "cifar-100-python", ["train", "test", "meta"], "cifar100")
    x, y = _cifar_arrays([d / "train"], "fine_labels", 100)
    tx, ty = _cifar_arrays([d / "test"], "fine_labels", 100)
    classes = [str(c) for c in _read_cifar_pickle(d / "meta").get("fine_label_names", range(100))]
    return ImageData("cifar100", x, y, classes, test_images=tx, test_labels=ty)


# -- IDX: MNIST, Fashion-MNIST, KMNIST (plain or gzip) ------------------------------------------------------


def read_idx(path: Path) -> np.ndarray:
    """An IDX file of unsigned bytes (``.gz`` unpacked on the fly) as an array of its dimensions."""
    fh = open_data_file(path)
    try:
        with fh, (gzip.open(fh, "rb") if path.suffix == ".gz" else contextlib.nullcontext(fh)) as data:
            raw = data.read(MAX_DATA_FILE_BYTES + 1)
        if len(raw) > MAX_DATA_FILE_BYTES:
            raise DataError(str(path), M("data.idx_too_big", "unpacks to more than {gib} GiB; not an idx file of "
                                         "this project's sets")(gib=MAX_DATA_FILE_BYTES >> 30))
    except (OSError, EOFError) as exc:
        raise DataError(str(path), M("io.cannot_read", "cannot be read ({reason})")(reason=str(exc))) from None
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise DataError(str(path), M("data.not_idx", "is not an idx file of unsigned bytes (magic 0x0000080N)"))
    ndim = raw[3]
    if len(raw) < 4 + 4 * ndim:
        raise DataError(str(path), M("data.idx_header", "is truncated: its header holds fewer than {n} dimensions")(
            n=ndim))
    dims = struct.unpack(f">{ndim}I", raw[4:4 + 4 * ndim])
    body = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim)
    if body.size != int(np.prod(dims)):
        raise DataError(str(path), M("data.idx_body", "is truncated: {n} values for dimensions {dims}")(
            n=body.size, dims=dims))
    return body.reshape(dims)


MNIST_FILES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
               "t10k-labels-idx1-ubyte")


def _idx_files(cand: Path) -> list[Path | None]:
    found = []
    for f in MNIST_FILES:
        check_data_files([cand / f, cand / (f + ".gz")])
        found.append(next((p for p in (cand / f, cand / (f + ".gz")) if p.is_file()), None))
    return found


def load_idx_set(root: Path, name: str, sub: str, classes: Sequence[str]) -> ImageData:
    """The four IDX files of an MNIST-like set from ``root/SUB/raw`` (torchvision's layout), ``root/raw`` or
    ``root`` itself, each plain or ``.gz``."""
    import torch

    classes = list(classes)
    for cand in (root / sub / "raw", root / "raw", root):
        found = _idx_files(cand)
        if not all(found):
            continue
        x, y, tx, ty = (read_idx(p) for p in found)
        if x.ndim != 3 or tx.ndim != 3:
            raise DataError(str(found[0] if x.ndim != 3 else found[2]), M("data.idx_not_images", "is not an "
                            "idx file of images (expected 3 dimensions: count, height, width)"))
        if x.shape[0] != y.shape[0] or tx.shape[0] != ty.shape[0]:
            raise DataError(name, M("data.idx_counts", "{folder}: image and label counts differ")(folder=str(cand)))
        for p, labels in ((found[1], y), (found[3], ty)):
            check_labels(p, labels, labels.shape[0], len(classes))
        return ImageData(name, torch.from_numpy(x.copy()).unsqueeze(1), torch.from_numpy(y.astype(np.int64)),
                         classes, test_images=torch.from_numpy(tx.copy()).unsqueeze(1),
                         test_labels=torch.from_numpy(ty.astype(np.int64)))
    raise DataError(name, M("data.no_idx_files", "no {name} files in {root}: expected {sub}/ with {files} "
                            "(optionally {gz}); choose the folder that holds them or download")(
        name=name, root=str(root), sub=f"{sub}/raw", files=", ".join(MNIST_FILES), gz=".gz"), A_FOLDER)


# -- SVHN (.mat, needs scipy) ------------------------------------------------------------------------------


def load_svhn(root: Path) -> ImageData:
    import torch

    files = [root / "train_32x32.mat", root / "test_32x32.mat"]
    check_data_files(files)
    if not all(f.is_file() for f in files):
        raise DataError("svhn", M("data.no_svhn_files", "no SVHN files in {root}: expected {train} and {test} (the "
                                  "cropped digits); choose the folder that holds them or download")(
            root=str(root), train=files[0].name, test=files[1].name), A_FOLDER)
    try:
        import scipy.io
    except ImportError:
        raise DataError("svhn", M("data.no_scipy", "reading SVHN's {ext} files needs scipy, which is not "
                                  "installed")(ext=".mat"), "pip install scipy") from None
    out = []
    for f in files:
        try:
            m = scipy.io.loadmat(str(f))
        except Exception as exc:  # noqa: BLE001 - scipy raises many kinds for a bad file
            raise DataError(str(f), M("data.not_svhn", "is not a MATLAB file of SVHN digits ({detail})")(
                detail=str(exc))) from None
        if "X" not in m or "y" not in m:
            raise DataError(str(f), M("data.svhn_arrays", "has no X and y arrays"))
        x = np.transpose(np.asarray(m["X"], dtype=np.uint8), (3, 2, 0, 1))  # (32, 32, 3, N) -> (N, 3, 32, 32)
        y = np.asarray(m["y"], dtype=np.int64).reshape(-1) % 10  # SVHN labels the digit 0 as 10
        out.append((torch.from_numpy(x.copy()), torch.from_numpy(y)))
    (x, y), (tx, ty) = out
    return ImageData("svhn", x, y, [str(i) for i in range(10)], test_images=tx, test_labels=ty)
