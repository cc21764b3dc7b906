"""The diagram as a file: PNG or SVG at the drawing's own text sizes (not the view's zoom), written through the
app's one writer (atomic; a link is written through; a pipe, a device, an input image or the program's own files
refused with an OSError that says so)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ....core.io import atomic_write_bytes, output_target

if TYPE_CHECKING:
    from .canvas import DiagramCanvas

__all__ = ["render_image", "export_png", "export_svg"]


def render_image(canvas: DiagramCanvas, scale: float = 2.0) -> QImage:
    canvas.scale_text(1.0)  # the file at the drawing's own sizes, not the view's zoom
    rect = canvas.scene().sceneRect()
    image = QImage(QSize(int(rect.width() * scale), int(rect.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(canvas.c_base)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        canvas.scene().render(painter, QRectF(image.rect()), rect)
    finally:
        canvas.scale_text()
    painter.end()
    return image


def _in_memory(write) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        write(buf)
    finally:
        buf.close()
    return bytes(data.data())


def export_png(canvas: DiagramCanvas, path: str) -> bool:
    """False when Qt could not encode the image."""
    image = render_image(canvas)
    ok = []
    data = _in_memory(lambda buf: ok.append(image.save(buf, "PNG")))
    if not ok[0]:
        return False
    atomic_write_bytes(path, data)
    return True


def export_svg(canvas: DiagramCanvas, path: str) -> None:
    """SVG through QtSvg's QSvgGenerator (PySide6-Essentials ships QtSvg), refused before drawing where the
    path may not be written."""
    output_target(path)
    canvas.scale_text(1.0)
    rect = canvas.scene().sceneRect()

    def draw(buf: QBuffer) -> None:
        gen = QSvgGenerator()
        gen.setOutputDevice(buf)
        gen.setSize(QSize(int(rect.width()), int(rect.height())))
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle(QCoreApplication.translate("DiagramCanvas", "DenseNet Explorer diagram"))
        painter = QPainter(gen)
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), canvas.c_base)
        try:
            canvas.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        finally:
            canvas.scale_text()
        painter.end()

    atomic_write_bytes(path, _in_memory(draw))
