"""An image folder in torchvision's ImageFolder layout (root/class_name/*.png ...): every image file of
every class, or a refusal naming the file; never a silently smaller set."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..format import first_line
from ..images import IMAGE_SUFFIXES, ImageError, open_image
from ..io import FileFormatError, check_input_file
from ..messages import M
from .base import DataError, ImageData
from .files import io_reason

__all__ = ["load_image_folder", "folder_classes"]

_REPLACE_FILE = M("data.replace_file", "remove or replace that file; every image file must open")


def folder_classes(root: Path) -> list[str]:
    """The class subfolders of ``root``, sorted (hidden ones left out); at least two."""
    if not root.is_dir():
        raise DataError(f"folder:{root}", M("data.not_a_folder", "is not a folder"),
                        M("data.want_class_folders", "a folder with one subfolder of images per class"))
    try:
        with os.scandir(root) as entries:
            classes = sorted(d.name for d in entries if d.is_dir() and not d.name.startswith("."))
    except OSError as exc:
        raise DataError(f"folder:{root}", M("io.cannot_read", "cannot be read ({reason})")(
            reason=exc.strerror or str(exc)), M("data.want_readable", "a folder this user may read")) from None
    if len(classes) < 2:
        raise DataError(f"folder:{root}", M("data.class_count", "has {n} class subfolders")(n=len(classes)),
                        M("data.want_two_classes", "at least 2 subfolders, one per class, each holding images"))
    return classes


def _read_image(root: Path, p: Path, image_size: int) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    try:  # what the path is, first: a pipe, device or socket named like an image is refused unopened
        check_input_file(p, "image file")
    except FileFormatError as exc:
        raise DataError(f"folder:{root}", M("data.bad_file", "{path} {reason}")(path=str(p),
                                                                              reason=io_reason(exc, p)),
                        _REPLACE_FILE) from None
    try:
        with open_image(p) as im:
            im = im.convert("RGB").resize((image_size, image_size), Image.BILINEAR)
            return np.asarray(im, dtype=np.uint8).transpose(2, 0, 1).copy()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError, ImageError) as exc:
        # Refused rather than skipped: a silently smaller dataset would train on other data than chosen.
        raise DataError(f"folder:{root}", M("data.bad_image", "{path} is not a readable image ({reason})")(
            path=str(p), reason=first_line(exc, 120)), _REPLACE_FILE) from None


def load_image_folder(root: Path, image_size: int = 32) -> ImageData:
    """An ImageFolder tree (root/class_name/*.png ...), every image as RGB resized to image_size."""
    import torch

    classes = folder_classes(root)
    xs, ys = [], []
    for label, cls in enumerate(classes):
        for p in _class_files(root, cls):
            xs.append(_read_image(root, p, image_size))
            ys.append(label)
    if not xs:
        raise DataError(f"folder:{root}", M("data.no_images", "holds no readable images"),
                        "images (" + ", ".join(IMAGE_SUFFIXES) + ") in one subfolder per class")
    return ImageData(f"folder:{root}", torch.from_numpy(np.stack(xs)), torch.tensor(ys, dtype=torch.int64),
                     classes)


def _class_files(root: Path, cls: str) -> list[Path]:
    """The image files of one class folder (and its subfolders, links to folders not followed), sorted. A
    folder that cannot be read is refused: training on the other classes would be training on other data."""

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(root / cls)
        raise DataError(f"folder:{root}", M("data.class_unreadable", "class folder {folder} cannot be read "
                                            "({reason})")(folder=str(where), reason=exc.strerror or str(exc)),
                        M("data.want_readable_or_remove", "a folder this user may read, or remove it")) from None

    files = []
    for folder, _dirs, names in os.walk(root / cls, onerror=unreadable):
        files.extend(Path(folder) / n for n in names if Path(n).suffix.lower() in IMAGE_SUFFIXES)
    return sorted(files)
