"""A drawing as the bytes of a file, made in memory (the app's one writer, explorer.core.io, then writes them
atomically): PNG from an image, SVG through QtSvg's QSvgGenerator (PySide6-Essentials ships QtSvg)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator

__all__ = ["in_memory", "png_bytes", "svg_bytes"]


def in_memory(write: Callable[[QBuffer], object]) -> bytes:
    """What ``write`` writes into a buffer."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        write(buf)
    finally:
        buf.close()
    return bytes(data.data())


def png_bytes(image: QImage | QPixmap) -> bytes | None:
    """The image as PNG, or None where Qt could not encode it."""
    ok: list[bool] = []
    data = in_memory(lambda buf: ok.append(image.save(buf, "PNG")))
    return data if ok and ok[0] else None


def svg_bytes(size: QSize, view_box: QRectF, title: str, paint: Callable[[QPainter], None]) -> bytes:
    """An SVG of ``size`` whose painter ``paint`` draws on."""

    def draw(buf: QBuffer) -> None:
        gen = QSvgGenerator()
        gen.setOutputDevice(buf)
        gen.setSize(size)
        gen.setViewBox(view_box)
        gen.setTitle(title)
        painter = QPainter(gen)
        try:
            paint(painter)
        finally:
            painter.end()

    return in_memory(draw)
