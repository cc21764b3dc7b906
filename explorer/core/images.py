"""Images from disk, made safe to feed a network, and the pictures the window and the CLI draw from arrays.

Only Pillow and numpy (no torch): the window imports this module before torch has loaded. Every image
becomes 8-bit RGB (or grey for one-channel networks) whatever it was on disk: grey, palette, RGBA
(composited on white), 16-bit (scaled, not clipped), CMYK, or a rotated camera JPEG (EXIF orientation).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..paths import RESOURCES
from .io import FileFormatError, atomic_writer, note_input, open_input
from .messages import M

__all__ = ["ImageError", "MAX_PIXELS", "MAX_DECODED_BYTES", "IMAGE_SUFFIXES", "load_image", "check_image",
           "open_image", "decoded_bytes", "image_to_array", "sample_images", "colormap", "overlay_heatmap",
           "map_grid", "save_png", "STRIP_COLOURS"]

# A 40-megapixel photo is fine; 8000 x 8000 px of decoded RGB is 192 MB, refused before it is decoded.
MAX_PIXELS = 50_000_000
# What decoding one image (and turning it into 8-bit RGB) may take, at most; less where the machine has less
# memory available. Read from the header (Pillow's open is lazy), before a pixel is decoded.
MAX_DECODED_BYTES = 1 << 30
# Bytes per pixel of Pillow's decoded modes (the ones not listed: 1 byte per band).
_MODE_BYTES = {"1": 1, "I": 4, "F": 4, "I;16": 2, "I;16B": 2, "I;16L": 2, "I;16N": 2, "RGBa": 4, "La": 2}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".ppm", ".pgm", ".pbm")
SAMPLES_DIR = RESOURCES / "samples"


class ImageError(FileFormatError):
    """A file that cannot be used as an image; the message names the file and why."""


def decoded_bytes(width: int, height: int, mode: str) -> int:
    """Memory that decoding a ``mode`` image of ``width`` x ``height`` and making it 8-bit RGB takes: the
    decoded pixels, the RGB copy, and for 16-bit/float grey the float64 scaling."""
    bands = len(mode.split(";")[0]) if mode not in _MODE_BYTES else 1
    per_pixel = _MODE_BYTES.get(mode, bands) + 3
    if mode.startswith(("I", "F")):
        per_pixel += 8
    return int(width) * int(height) * per_pixel


def _available_memory() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _decode_limit(max_bytes: int) -> int:
    free = _available_memory()
    return min(max_bytes, free // 2) if free else max_bytes


def open_image(path: str | os.PathLike, max_pixels: int = MAX_PIXELS, max_bytes: int = MAX_DECODED_BYTES):
    """``path`` opened lazily as a ``PIL.Image`` (header read, no pixel decoded) after checking what the path
    is (a pipe, device, socket or folder is refused unopened) and that its decoded size fits. The caller
    closes it (``with open_image(p) as img``)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    name = path.name or str(path)
    fh = open_input(path, "image file", error=ImageError, missing=M("image.no_such_file", "no such file"))
    try:
        if os.fstat(fh.fileno()).st_size == 0:
            raise ImageError(M("image.empty", "{name}: the file is empty (0 bytes)")(name=name))
        try:
            with warnings.catch_warnings():
                # We check the size ourselves, below, with a message; Pillow's own check only warns.
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                img = Image.open(fh)
        except UnidentifiedImageError:
            raise ImageError(M("image.unreadable", "{name}: is not an image Pillow can read (PNG, JPEG, BMP, GIF, "
                               "TIFF, WebP, ...)")(name=name)) from None
        except Image.DecompressionBombError:
            raise ImageError(M("image.bomb", "{name}: is too large to open safely (more than {max:,} pixels)")(
                name=name, max=max_pixels)) from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise ImageError(M("image.cannot_read", "{path}: cannot be read ({reason})")(
                path=str(path), reason=str(getattr(exc, "strerror", None) or exc))) from None
    except BaseException:
        fh.close()
        raise
    try:
        w, h = img.size
        if w < 1 or h < 1:
            raise ImageError(M("image.no_pixels", "{name}: has no pixels ({w}x{h})")(name=name, w=w, h=h))
        if w * h > max_pixels:
            raise ImageError(M("image.too_many_pixels", "{name}: {w}x{h} = {pixels:,} pixels is too large to open "
                               "safely (at most {max:,}; shrink it first)")(name=name, w=w, h=h, pixels=w * h,
                                                                           max=max_pixels))
        need, limit = decoded_bytes(w, h, img.mode), _decode_limit(max_bytes)
        if need > limit:
            raise ImageError(M("image.too_big_decoded", "{name}: {w}x{h} {mode} would take {need:,.0f} MiB to "
                               "decode, more than the {limit:,.0f} MiB allowed; shrink it first")(
                name=name, w=w, h=h, mode=img.mode, need=need / 2**20, limit=limit / 2**20))
    except BaseException:
        img.close()
        fh.close()
        raise
    return _Closing(img, fh)


class _Closing:
    """A lazily opened image and its file: ``with`` closes both."""

    def __init__(self, img, fh) -> None:
        self.img, self.fh = img, fh

    def __enter__(self):
        return self.img

    def __exit__(self, *exc: object) -> None:
        self.img.close()
        self.fh.close()


def check_image(path: str | os.PathLike, max_pixels: int = MAX_PIXELS,
                max_bytes: int = MAX_DECODED_BYTES) -> tuple[int, int]:
    """(width, height) of the image at ``path`` from its header only: every check ``load_image`` makes before
    decoding, without decoding (so that a bad file among many is refused before any work)."""
    with open_image(path, max_pixels, max_bytes) as img:
        return img.size


def load_image(path: str | os.PathLike, max_pixels: int = MAX_PIXELS, max_bytes: int = MAX_DECODED_BYTES):
    """The image at ``path`` as an 8-bit RGB ``PIL.Image`` (first frame of an animation). The path is
    remembered as an input: no writer of this process replaces it."""
    from PIL import Image, ImageOps

    path = Path(path)
    name = path.name or str(path)
    with open_image(path, max_pixels, max_bytes) as img:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                img.seek(0)
                img.load()
                out = _to_rgb(ImageOps.exif_transpose(img) or img)
        except (OSError, SyntaxError, ValueError, EOFError) as exc:  # truncated or corrupt data
            raise ImageError(M("image.damaged", "{name}: the image data is damaged or cut short ({detail})")(
                name=name, detail=str(exc))) from None
    note_input(path)
    return out


def _to_rgb(img):
    from PIL import Image

    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        a = np.asarray(img, dtype=np.float64)
        if mode == "F":
            lo, hi = float(np.nanmin(a)), float(np.nanmax(a))
            a = (a - lo) / (hi - lo) * 255.0 if hi > lo else np.zeros_like(a)
        else:
            # 16-bit (or 32-bit integer) grey: scale the format's full range down to 8 bits.
            top = 65535.0 if mode.startswith("I;16") or a.max(initial=0) <= 65535 else float(a.max())
            a = np.clip(a, 0, top) * (255.0 / top)
        grey = np.clip(np.rint(np.nan_to_num(a)), 0, 255).astype(np.uint8)
        return Image.fromarray(grey).convert("RGB")
    if mode == "P":
        img = img.convert("RGBA") if "transparency" in img.info else img.convert("RGB")
        mode = img.mode
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if mode == "1":
        return img.convert("L").convert("RGB")
    return img.convert("RGB")


def image_to_array(img, channels: int = 3) -> np.ndarray:
    """H x W x C uint8 for a 3-channel network, H x W x 1 (luminance) for a 1-channel network."""
    if channels == 1:
        return np.asarray(img.convert("L"), dtype=np.uint8)[:, :, None].copy()
    arr = np.asarray(img.convert("RGB"), dtype=np.uint8)
    if channels == 3:
        return arr.copy()
    # Any other count: the grey image repeated (a network for, say, 4-channel data sees the luminance).
    grey = np.asarray(img.convert("L"), dtype=np.uint8)
    return np.repeat(grey[:, :, None], channels, axis=2)


def sample_images(folder: str | os.PathLike | None = None) -> list[Path]:
    """The shipped sample images (photographs first, then dataset samples in sub-folders), sorted."""
    folder = Path(folder) if folder is not None else SAMPLES_DIR
    if not folder.is_dir():
        return []
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
    return sorted(files, key=lambda p: (len(p.relative_to(folder).parts), str(p.relative_to(folder))))


# ------------------------------------------------------------------------------------------ drawing

# A perceptual colour map (viridis, 9 anchors, linearly interpolated): readable in grey, colour-blind safe.
_VIRIDIS = np.array([
    [68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141],
    [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37]], dtype=np.float64)
# "Jet"-like map for Grad-CAM overlays (cold blue -> hot red), as Grad-CAM figures are usually drawn.
_JET = np.array([[0, 0, 128], [0, 0, 255], [0, 128, 255], [0, 255, 255], [128, 255, 128],
                 [255, 255, 0], [255, 128, 0], [255, 0, 0], [128, 0, 0]], dtype=np.float64)
_MAPS = {"viridis": _VIRIDIS, "jet": _JET}

# Distinct colours for the concatenation strips (block input, layer 1, layer 2, ...), cycled.
STRIP_COLOURS: tuple[tuple[int, int, int], ...] = (
    (120, 120, 120), (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (188, 189, 34), (23, 190, 207))


def colormap(values: np.ndarray, name: str = "viridis", nan_rgb: Sequence[int] = (235, 235, 235),
             lo: float = 0.0, hi: float = 1.0) -> np.ndarray:
    """Values in [lo, hi] -> uint8 RGB (shape + (3,)); NaN (an impossible cell) -> ``nan_rgb``."""
    anchors = _MAPS[name]
    v = np.asarray(values, dtype=np.float64)
    nan = np.isnan(v)
    t = np.clip((np.nan_to_num(v, nan=lo) - lo) / ((hi - lo) or 1.0), 0.0, 1.0) * (len(anchors) - 1)
    i = np.minimum(np.floor(t).astype(int), len(anchors) - 2)
    f = (t - i)[..., None]
    rgb = anchors[i] * (1 - f) + anchors[i + 1] * f
    rgb[nan] = nan_rgb
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def overlay_heatmap(image: np.ndarray, heat: np.ndarray, opacity: float = 0.5) -> np.ndarray:
    """``image`` (H x W x 3 or x 1, uint8) blended with ``heat`` (H x W in [0, 1], jet) at ``opacity``."""
    if image.ndim == 3 and image.shape[2] == 1:
        image = np.repeat(image, 3, axis=2)
    if heat.shape != image.shape[:2]:
        raise ValueError(f"heatmap {heat.shape} and image {image.shape[:2]} differ in size")
    a = float(np.clip(opacity, 0.0, 1.0))
    out = image.astype(np.float64) * (1 - a) + colormap(heat, "jet").astype(np.float64) * a
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def map_grid(maps: np.ndarray, columns: int | None = None, owners: Sequence[int] | None = None,
             pad: int = 2, max_maps: int = 1024) -> np.ndarray:
    """Feature maps (C x H x W, any float) as one RGB picture: a tile per channel, each scaled to its own
    range (grey), framed in the colour of the strip it came from (``owners[c]``: 0 = block input, l =
    layer l) when given. At most ``max_maps`` tiles, in channel order."""
    maps = np.asarray(maps, dtype=np.float64)
    if maps.ndim != 3:
        raise ValueError(f"feature maps must be channels x height x width, got shape {maps.shape}")
    c, h, w = maps.shape
    n = min(c, max_maps)
    cols = columns or max(1, int(np.ceil(np.sqrt(n))))
    rows = int(np.ceil(n / cols))
    frame = 1 if owners is not None else 0
    th, tw = h + 2 * frame, w + 2 * frame
    out = np.full((rows * th + (rows + 1) * pad, cols * tw + (cols + 1) * pad, 3), 255, dtype=np.uint8)
    lo = maps[:n].reshape(n, -1).min(axis=1)
    hi = maps[:n].reshape(n, -1).max(axis=1)
    span = np.where(hi > lo, hi - lo, 1.0)
    tiles = ((maps[:n] - lo[:, None, None]) / span[:, None, None] * 255.0).round().astype(np.uint8)
    for idx in range(n):
        r, col = divmod(idx, cols)
        y, x = pad + r * (th + pad), pad + col * (tw + pad)
        if frame:
            out[y:y + th, x:x + tw] = STRIP_COLOURS[owners[idx] % len(STRIP_COLOURS)]
        out[y + frame:y + frame + h, x + frame:x + frame + w] = tiles[idx][:, :, None]
    return out


def save_png(path: str | os.PathLike, rgb: np.ndarray, inputs: Sequence[str | os.PathLike] = ()) -> None:
    """Write an H x W x 3 uint8 array as a PNG, atomically; never over one of ``inputs`` (or an image read)."""
    from PIL import Image

    img = Image.fromarray(np.ascontiguousarray(rgb, dtype=np.uint8))
    with atomic_writer(path, "wb", inputs=inputs) as fh:
        img.save(fh, format="PNG")
