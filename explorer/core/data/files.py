"""How a reader opens a dataset file: only a regular file, bounded in size, refused by name otherwise."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from ..io import FileFormatError, check_input_file, open_input
from ..messages import M, Message
from .base import DataError

# The largest file a reader here takes (SVHN's train_32x32.mat is 182 MB; CIFAR's batches 31 MB each).
MAX_DATA_FILE_BYTES = 4 * 2**30

A_FOLDER = M("data.a_folder", "a folder")


def open_data_file(path: Path):
    """A dataset file opened for reading once it is known to be a regular file (a pipe or device found in a
    dataset folder is refused by name, never opened)."""
    try:
        return open_input(path, "data file", MAX_DATA_FILE_BYTES)
    except FileFormatError as exc:
        raise DataError(str(path), io_reason(exc, path)) from None


def io_reason(exc: FileFormatError, path: Path) -> str:
    """The reason of an io refusal without the path it starts with (the DataError names the path)."""
    said = exc.args[0] if exc.args else None
    if isinstance(said, Message) and said.id == "io.path_reason":
        return said.params["reason"]
    return str(exc).removeprefix(f"{path}: ")


def check_data_files(paths: list[Path]) -> None:
    """Refuse, by name, a dataset file that is there but is not a plain file (a pipe, a device, a folder)."""
    for p in paths:
        if os.path.lexists(p):
            try:
                check_input_file(p, "data file", MAX_DATA_FILE_BYTES)
            except FileFormatError as exc:
                raise DataError(str(p), io_reason(exc, p)) from None


def check_labels(path: Path, labels: Any, count: int, classes: int) -> np.ndarray:
    """Labels as int64, as many as the images, each a class index: a bad file is refused here, by name,
    not later inside a training step."""
    try:
        y = np.asarray(labels, dtype=np.int64).reshape(-1)
    except (ValueError, TypeError, OverflowError):
        raise DataError(str(path), M("data.labels_not_int", "holds labels that are not whole numbers")) from None
    if y.shape[0] != count:
        raise DataError(str(path), M("data.label_count", "holds {count} images but {labels} labels; expected one label "
                                      "per image")(count=count, labels=y.shape[0]))
    if y.size and (y.min() < 0 or y.max() >= classes):
        raise DataError(str(path), M("data.label_range", "holds label {label}; expected 0 to {last}")(
            label=int(y.min() if y.min() < 0 else y.max()), last=classes - 1))
    return y
