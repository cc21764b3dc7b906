"""The network as a QR code, large enough to be read off a projector: black modules on white with the quiet zone
the standard asks for, drawn from segno's matrix (error correction M), the network's title and its text below.
Copy image puts the drawing on the clipboard; Save PNG writes it through the app's one atomic writer."""

from __future__ import annotations

from typing import Any

import segno
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.io import atomic_write_bytes
from .drawing_files import png_bytes
from .messages import error_text, tr_msg
from .state import AppState

__all__ = ["QrDialog", "make_qr", "qr_image", "QUIET_MODULES", "TARGET_PX"]

QUIET_MODULES = 4  # the quiet zone the QR standard asks for, in modules, on every side
TARGET_PX = 640  # about the side of the drawing: a module of 9 px or more for a network's text (version ~11)
MIN_MODULE_PX = 4
AROUND_PX = 200  # the dialog's title, text and buttons: the code is made smaller where the screen is not tall enough


def make_qr(text: str) -> segno.QRCode:
    """The QR code of ``text`` at error correction M exactly (no boosting: the level the dialog names)."""
    return segno.make_qr(text, error="m", boost_error=False)


def module_px(qr: segno.QRCode, side_px: int = TARGET_PX) -> int:
    """Pixels per module: the whole drawing about ``side_px`` wide, each module a whole number of pixels."""
    width = len(qr.matrix[0]) + 2 * QUIET_MODULES
    return max(MIN_MODULE_PX, side_px // width)


def _side_px(widget: QWidget | None) -> int:
    """``TARGET_PX``, or less where the screen (a 1280×720 projector) would cut the dialog off."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return TARGET_PX
    return min(TARGET_PX, screen.availableGeometry().height() - AROUND_PX)


def qr_image(qr: segno.QRCode, scale: int) -> QImage:
    """The code drawn black on white, ``scale`` pixels a module, with the quiet zone around it."""
    matrix = qr.matrix
    side = (len(matrix) + 2 * QUIET_MODULES) * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for row, bits in enumerate(matrix):
            for col, bit in enumerate(bits):
                if bit:
                    painter.fillRect((QUIET_MODULES + col) * scale, (QUIET_MODULES + row) * scale, scale, scale,
                                     black)
    finally:
        painter.end()
    return image


class QrDialog(QDialog):
    """The QR code of ``text`` (a network's share text) with ``title`` (a core Message or a plain name)."""

    def __init__(self, state: AppState, text: str, title: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QrDialog")
        self.state, self.text, self.network_title = state, text, title
        self.qr = make_qr(text)  # segno.DataOverflowError for a text no QR code holds
        self.scale = module_px(self.qr, _side_px(parent))
        self.image = qr_image(self.qr, self.scale)
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("qr_code")
        self.code_label.setPixmap(QPixmap.fromImage(self.image))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_view = QPlainTextEdit(text, self)
        self.text_view.setReadOnly(True)
        self.text_view.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)  # one long line without spaces
        self.text_view.setMaximumHeight(self.text_view.fontMetrics().lineSpacing() * 5)
        self.note_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.save_button = QPushButton(self)
        for button in (self.copy_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_image)
        self.save_button.clicked.connect(self.save_png_dialog)
        self.buttons.rejected.connect(self.reject)  # Close; Esc rejects too
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.code_label, self.text_view, self.note_label, self.buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Network as a QR code"))
        self.title_label.setText(tr_msg(self.network_title))
        self.copy_button.setText(self.tr("&Copy image"))
        self.save_button.setText(self.tr("&Save PNG…"))
        self.code_label.setToolTip(self.tr("Scan it with a phone: the text below, which Edit → Paste network "
                                           "(or explorer … --config -) reads back"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, text: str, ms: int) -> None:
        self.note_label.setText(text)
        self.state.status(text, ms)

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image)
        self._say(self.tr("Copied the QR code of {title} as an image").format(title=tr_msg(self.network_title)), 5000)

    def save_png(self, path: str) -> bool:
        """The drawing as a PNG file, written atomically (a refused or failed write leaves nothing behind)."""
        data = png_bytes(self.image)
        try:
            if data is None:
                raise OSError(self.tr("Qt could not encode the image as PNG"))
            atomic_write_bytes(path, data)
        except OSError as exc:
            self._say(self.tr("Could not write {path}: {error}").format(path=path, error=error_text(exc)), 10000)
            return False
        self._say(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def save_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the QR code as PNG"), "network-qr.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            self.save_png(path)
