"""The diagram as a file: PNG or SVG at the drawing's own text sizes (not the view's zoom), written through the
app's one writer (atomic; a link is written through; a pipe, a device, an input image or the program's own files
refused with an OSError that says so)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from ....core.io import atomic_write_bytes, output_target
from ...drawing_files import png_bytes, svg_bytes

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


def export_png(canvas: DiagramCanvas, path: str) -> bool:
    """False when Qt could not encode the image."""
    data = png_bytes(render_image(canvas))
    if data is None:
        return False
    atomic_write_bytes(path, data)
    return True


def export_svg(canvas: DiagramCanvas, path: str) -> None:
    """Refused before drawing where the path may not be written."""
    output_target(path)
    canvas.scale_text(1.0)
    rect = canvas.scene().sceneRect()
    page = QRectF(0, 0, rect.width(), rect.height())

    def paint(painter: QPainter) -> None:
        painter.fillRect(page, canvas.c_base)
        try:
            canvas.scene().render(painter, page, rect)
        finally:
            canvas.scale_text()

    title = QCoreApplication.translate("DiagramCanvas", "DenseNet Explorer diagram")
    atomic_write_bytes(path, svg_bytes(QSize(int(rect.width()), int(rect.height())), page, title, paint))
