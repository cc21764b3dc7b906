"""Edit → Copy network, Paste network and Show network as QR code: the window's network as one line of text
(``explorer.core.share``), through the clipboard or a QR code. A pasted network becomes the window's network the
way an opened config file does (``AppState.set_config``: one undo step); anything else leaves it unchanged and
says why, in the window's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid

from ..core.config import ConfigError
from ..core.share import config_from_share, share_text
from .messages import error_text, tr_msg

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["NetworkShare"]


class NetworkShare(QObject):
    """The three Edit commands of ``window``; ``dialog`` and ``refusal`` are the last QR dialog and warning shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.refusal: QMessageBox | None = None

    def _title(self) -> str:
        return tr_msg(self.window.state.config.title)

    def copy(self) -> str:
        """The network's text on the clipboard; the status bar names the network."""
        text = share_text(self.window.state.config)
        QGuiApplication.clipboard().setText(text)
        self.window.state.status(self.tr("Copied {title} to the clipboard as text: Edit → Paste network (or "
                                         "explorer … --config -) reads it back").format(title=self._title()), 8000)
        return text

    def paste(self) -> bool:
        """The clipboard's network becomes the window's; False (and why, in the status bar and a warning) if the
        clipboard holds something else."""
        state = self.window.state
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._refuse(self.tr("The clipboard holds no text: copy a network first (Edit → Copy network)"))
            return False
        try:
            config = config_from_share(text)
        except ConfigError as exc:
            self._refuse(error_text(exc))
            return False
        if config == state.config:
            state.status(self.tr("The clipboard holds this network already: {title}").format(title=self._title()),
                         5000)
            return True
        state.set_config(config)
        state.status(self.tr("Pasted {title}").format(title=self._title()), 5000)
        return True

    def _refuse(self, why: str) -> None:
        self.window.state.status(self.tr("Could not paste a network: {error}").format(error=why), 10000)
        if self.refusal is not None and isValid(self.refusal):
            self.refusal.close()
        self.refusal = QMessageBox(QMessageBox.Icon.Warning, self.tr("Paste network"),
                                   self.tr("The clipboard holds no network; the window's network is unchanged."),
                                   QMessageBox.StandardButton.Close, self.window)
        self.refusal.setInformativeText(why)
        self.refusal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refusal.open()  # not modal to the application: a test or a person closes it

    def show_qr(self) -> QDialog | None:
        """The QR code dialog of the window's network (None, and why in the status bar, where none can be made)."""
        config = self.window.state.config
        try:
            from .qr_dialog import QrDialog
        except ImportError as exc:
            self.window.state.status(self.tr("The QR code needs the segno package ({error})").format(error=exc),
                                     10000)
            return None
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
        try:
            self.dialog = QrDialog(self.window.state, share_text(config), config.title, self.window)
        except ValueError:  # segno's DataOverflowError: more than a QR code holds
            self.window.state.status(self.tr("{title} is too long a text for a QR code; use Edit → Copy network")
                                     .format(title=self._title()), 10000)
            return None
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
