"""Loading a dataset by name: a registry entry, or ``folder:PATH`` for an image folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..messages import M
from .base import DataError, DatasetShape, ImageData, default_data_dir
from .downloads import download
from .folder import folder_classes, load_image_folder
from .registry import DATASETS, dataset_spec

__all__ = ["load_dataset", "dataset_shape", "apply_dataset", "FOLDER_PREFIX"]

FOLDER_PREFIX = "folder:"


def _folder_root(name: str) -> Path | None:
    """The folder of a ``folder:PATH`` name (refused without a path: never the working directory by
    accident), None for a registry name; a name that is neither is refused."""
    if isinstance(name, str) and name.startswith(FOLDER_PREFIX):
        if not name[len(FOLDER_PREFIX):].strip():
            raise DataError(name, M("data.no_folder", "has no folder after '{prefix}'")(prefix=FOLDER_PREFIX),
                            M("data.want_folder_path", "{syntax}, a folder with one subfolder per class")(
                syntax="folder:PATH"))
        return Path(name[len(FOLDER_PREFIX):]).expanduser()
    dataset_spec(name)
    return None


def dataset_shape(name: str, image_size: int = 32) -> DatasetShape:
    """The input channels, size and classes a dataset gives a network, without loading its images
    (a folder is scanned for its class subfolders only)."""
    root = _folder_root(name)
    if root is None:
        return DATASETS[name].shape
    return DatasetShape(name, 3, image_size, len(folder_classes(root)))


def apply_dataset(config: Any, shape: DatasetShape, keep: set[str] | frozenset[str] = frozenset()) -> Any:
    """``config`` with the dataset's in_channels, input_size and num_classes, except the fields in
    ``keep`` (the ones the user set explicitly). Raises ConfigError if the result is not a valid network
    (e.g. 8x8 digits through an ImageNet stem)."""
    changes = {f: getattr(shape, f) for f in ("in_channels", "input_size", "num_classes") if f not in keep}
    changes = {k: v for k, v in changes.items() if getattr(config, k) != v}
    return config.replace(**changes) if changes else config


def load_dataset(name: str, data_dir: str | os.PathLike | None = None, download_missing: bool = False,
                 progress: Callable[[int, int], None] | None = None, image_size: int = 32,
                 shapes_count: int = 2400, seed: int = 0,
                 should_cancel: Callable[[], bool] | None = None) -> ImageData:
    """Load a dataset by name into memory. ``data_dir``: where torchvision-format files are (default: the
    user's data folder); with ``download_missing`` they are fetched there first when absent (a download
    raises DownloadCancelled between chunks once ``should_cancel()`` is true). ``shapes_count`` and ``seed``
    are for a generated set."""
    root = _folder_root(name)
    if root is not None:
        return load_image_folder(root, image_size)
    spec = DATASETS[name]
    if spec.generate is not None:
        return spec.generate(shapes_count, seed)
    if spec.shipped_file is not None:
        return spec.reader(spec.shipped_file)
    root = Path(data_dir).expanduser() if data_dir else default_data_dir(name)
    try:
        return spec.reader(root)
    except DataError:
        if not download_missing:
            raise
    download(name, root, progress=progress, should_cancel=should_cancel)
    return spec.reader(root)
