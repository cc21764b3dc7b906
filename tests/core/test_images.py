"""Loading any image file safely: every odd format becomes 8-bit RGB, every bad file a one-line message."""

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from explorer.core.images import (
    ImageError,
    colormap,
    image_to_array,
    load_image,
    map_grid,
    overlay_heatmap,
    sample_images,
    save_png,
)
from explorer.core.io import FileFormatError


def test_samples_ship_and_load():
    files = sample_images()
    names = {p.name for p in files}
    assert {"chelsea.png", "coffee.png", "astronaut.png", "rocket.jpg"} <= names
    img = load_image(next(p for p in files if p.name == "chelsea.png"))
    assert img.mode == "RGB" and img.size == (451, 300)


def test_grey_becomes_rgb(tmp_path):
    path = tmp_path / "grey.png"
    Image.fromarray(np.full((5, 7), 100, np.uint8), "L").save(path)
    img = load_image(path)
    assert img.mode == "RGB" and img.size == (7, 5)
    assert np.asarray(img)[0, 0].tolist() == [100, 100, 100]


def test_rgba_composited_on_white(tmp_path):
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 0] = 200  # red, half transparent on the left, fully transparent on the right
    rgba[:, :2, 3] = 128
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba, "RGBA").save(path)
    arr = np.asarray(load_image(path))
    assert arr[0, 3].tolist() == [255, 255, 255]
    # 200*128/255 + 255*(127/255) = 227.4 ; 0 + 255*127/255 = 127
    assert arr[0, 0].tolist() == pytest.approx([227, 127, 127], abs=1)


def test_16_bit_grey_scaled_not_clipped(tmp_path):
    a = np.array([[0, 32768, 65535]], dtype=np.uint16)
    path = tmp_path / "deep.png"
    Image.fromarray(a).save(path)
    assert Image.open(path).mode.startswith("I")
    arr = np.asarray(load_image(path))[:, :, 0]
    assert arr.tolist() == [[0, 128, 255]]


def test_palette_and_bilevel(tmp_path):
    p = Image.new("P", (3, 3))
    p.putpalette([0, 0, 0, 10, 20, 30] + [0] * 762)
    p.putpixel((1, 1), 1)
    p.save(tmp_path / "pal.png")
    assert np.asarray(load_image(tmp_path / "pal.png"))[1, 1].tolist() == [10, 20, 30]
    Image.new("1", (2, 2), 1).save(tmp_path / "bw.bmp")
    assert np.asarray(load_image(tmp_path / "bw.bmp"))[0, 0].tolist() == [255, 255, 255]


def test_exif_orientation_applied(tmp_path):
    img = Image.new("RGB", (6, 3), (10, 200, 10))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees when shown
    img.save(tmp_path / "turned.jpg", exif=exif)
    assert load_image(tmp_path / "turned.jpg").size == (3, 6)


def test_bad_files_give_one_line_messages(tmp_path):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    text = tmp_path / "notes.png"
    text.write_text("these are not pixels\n")
    png = tmp_path / "cut.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8)).save(png)
    cut = tmp_path / "cut_short.png"
    cut.write_bytes(png.read_bytes()[:300])
    cases = {empty: "empty", text: "not an image", cut: "damaged", tmp_path / "absent.jpg": "no such file",
             tmp_path: "folder"}
    for path, words in cases.items():
        with pytest.raises(ImageError) as info:
            load_image(path)
        msg = str(info.value)
        assert words in msg and "\n" not in msg
        assert isinstance(info.value, FileFormatError)  # the CLI turns it into one line, exit 2


def _png_header_only(width: int, height: int) -> bytes:
    """A real PNG signature and IHDR claiming a huge image, then a tiny IDAT: a decompression bomb's shape."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + \
        chunk(b"IEND", b"")


def test_huge_image_refused_before_decoding(tmp_path):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(30000, 30000))  # 900 megapixels: Pillow itself would refuse it
    with pytest.raises(ImageError, match="too large"):
        load_image(bomb)
    big = tmp_path / "big.png"
    big.write_bytes(_png_header_only(12000, 5000))  # 60 MP: above our limit, below Pillow's
    with pytest.raises(ImageError, match="60,000,000 pixels is too large"):
        load_image(big)
    small = tmp_path / "small.png"
    Image.new("RGB", (20, 10)).save(small)
    with pytest.raises(ImageError, match="at most 100"):
        load_image(small, max_pixels=100)


def test_image_to_array_channels():
    img = Image.fromarray(np.array([[[255, 0, 0]]], np.uint8))
    assert image_to_array(img).shape == (1, 1, 3)
    grey = image_to_array(img, 1)
    assert grey.shape == (1, 1, 1) and grey[0, 0, 0] == 76  # ITU-R 601 luma of pure red


def test_colormap_and_overlay():
    rgb = colormap(np.array([0.0, 1.0, np.nan]))
    assert rgb[0].tolist() == [68, 1, 84] and rgb[1].tolist() == [253, 231, 37]
    assert rgb[2].tolist() == [235, 235, 235]
    image = np.full((2, 2, 3), 100, np.uint8)
    heat = np.array([[0.0, 1.0], [0.5, 0.5]])
    assert (overlay_heatmap(image, heat, 0.0) == image).all()
    full = overlay_heatmap(image, heat, 1.0)
    assert full[0, 1].tolist() == [128, 0, 0] and full[0, 0].tolist() == [0, 0, 128]
    with pytest.raises(ValueError):
        overlay_heatmap(image, np.zeros((3, 3)), 0.5)


def test_map_grid_layout_and_frames(tmp_path):
    maps = np.stack([np.full((4, 4), float(i)) for i in range(5)])
    maps[1, 0, 0] = 9.0  # one tile with contrast: its top-left pixel white, the rest black
    grid = map_grid(maps, columns=3, owners=[0, 0, 1, 1, 2], pad=2)
    # 2 rows x 3 columns of 6x6 framed tiles with 2 px padding.
    assert grid.shape == (2 * 6 + 3 * 2, 3 * 6 + 4 * 2, 3)
    assert grid[3, 11].tolist() == [255, 255, 255] and grid[4, 11].tolist() == [0, 0, 0]
    assert grid[2, 2].tolist() == [120, 120, 120]  # frame of the block input's colour
    assert grid[10, 10].tolist() == [255, 127, 14]  # tile 4 (row 1, col 1) belongs to layer 2
    assert grid[2, 18].tolist() == [31, 119, 180]  # tile 2 (row 0, col 2) to layer 1
    save_png(tmp_path / "g.png", grid)
    assert np.asarray(Image.open(tmp_path / "g.png")).tolist() == grid.tolist()
