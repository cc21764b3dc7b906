"""Data sources for training: the shipped digits, generated shapes, torchvision's sets, an image folder.

``DATASETS`` (registry.py) says what each named set is; ``load_dataset`` turns a name into an in-memory
``ImageData``. The readers parse the real file formats from a folder the user picks; ``download`` fetches the
official files into that folder when the user asks and is online.

Import these names from ``explorer.core.data`` at the time of use: tests replace ``load_dataset`` and
``make_batch`` on this package to reach into a run.
"""

from __future__ import annotations

from .base import DataError, DatasetShape, DownloadCancelled, ImageData, default_data_dir
from .downloads import download, download_file, safe_extract
from .folder import load_image_folder
from .loading import FOLDER_PREFIX, apply_dataset, dataset_shape, load_dataset
from .readers import MNIST_FILES, load_cifar10, load_cifar100, load_idx_set, load_svhn, read_idx
from .registry import DATASET_NAMES, DATASETS, DatasetSpec, DownloadFile, class_labels, dataset_spec
from .splits import augment_batch, epoch_order, make_batch, mixed_seed, seeded_generator, split_indices
from .synthetic import DIGITS_FILE, SHAPE_CLASSES, load_digits, make_shapes

__all__ = ["DATASET_NAMES", "DATASETS", "DatasetSpec", "DownloadFile", "dataset_spec", "class_labels", "ImageData",
           "DatasetShape", "DataError", "dataset_shape", "load_dataset", "apply_dataset", "split_indices",
           "epoch_order", "make_batch", "augment_batch", "seeded_generator", "mixed_seed", "download", "make_shapes",
           "SHAPE_CLASSES", "default_data_dir", "load_digits", "load_image_folder", "download_file",
           "DownloadCancelled", "safe_extract", "FOLDER_PREFIX", "DIGITS_FILE", "MNIST_FILES", "load_cifar10",
           "load_cifar100", "load_idx_set", "load_svhn", "read_idx"]
