"""The main window: the config panel, cards, ledger, diagram, paper plot, torchinfo and instantiate docks, plus
one dock per entry of ``panels.EXTRA_PANELS``; menus, shortcuts, status bar, undo/redo of config changes and
QSettings for the layout, the last network and the language.

The window talks to its panels only through ``panels.base.Panel``. Its parts live beside it: the docks and
maximising (window_docks), the screen and presenter mode (presenter), the actions and menus (window_menus),
undo steps (history).

Importing this module does not import torch: the window is up with the ledger, cards and diagram first, and
torch loads in the background (``background.torch_loader``) for the panels that build real networks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from ..core.config import ConfigError, config_from_json, config_to_json
from ..core.io import FileFormatError, load_config, save_config
from ..paths import RESOURCES
from .background import torch_loader
from .history import ConfigChange
from .messages import error_text, tr_msg
from .presenter import PRESENTER_SCALES, PresenterMixin, fit_rect
from .share import NetworkShare
from .state import AppState
from .widgets import install_wheel_guard
from .window_docks import DocksMixin
from .window_menus import WindowMenus
from .workers import Job, JobRunner

__all__ = ["MainWindow", "CITATION", "APP_TITLE", "PRESENTER_SCALES", "fit_rect"]

APP_TITLE = "DenseNet Explorer"
CITATION = """@inproceedings{huang2017densely,
  title     = {Densely Connected Convolutional Networks},
  author    = {Huang, Gao and Liu, Zhuang and van der Maaten, Laurens and Weinberger, Kilian Q.},
  booktitle = {Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)},
  pages     = {4700--4708},
  year      = {2017}
}"""


class _Inert(QObject):
    """Swallows the events that would make a closed window's panels redo work."""

    EVENTS = (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.Show)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return event.type() in self.EVENTS


class MainWindow(DocksMixin, PresenterMixin, QMainWindow):
    sig_language_requested = Signal(str)  # "en" or "ko"; the application switches translators

    def __init__(self, state: AppState | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None, restore: bool = True) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        if state is None:
            state = AppState(self._saved_config() if restore else None)
        self.state = state
        self._previous_config = state.config
        self._from_history = False
        self.undo_stack = QUndoStack(self)
        self.jobs = JobRunner(self)  # the window's own: ONNX exports
        self.onnx_job: Job | None = None
        self._inert: _Inert | None = None
        self.language = "en"
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)
        self.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
        self._build_docks(state)
        self.help_page.sig_point.connect(self.point_at)
        self.help_page.sig_show_animation.connect(self.show_block_animation)
        self._init_presenter()
        self._build_status_bar()
        install_wheel_guard()  # the wheel edits only a focused field; scrolling a panel never changes a value
        self.share = NetworkShare(self)  # Edit → Copy / Paste network, the QR code
        self.menus = WindowMenus(self)
        self.actions_by_key = self.menus.actions
        self.maximise_group, self.scale_group = self.menus.maximise_group, self.menus.scale_group
        self.dock_actions = self.menus.dock_actions
        self.menu_file, self.menu_help = self.menus.menu_file, self.menus.menu_help
        self.retranslate()
        if restore:
            self.restore_layout()

    def _build_status_bar(self) -> None:
        self.network_label = QLabel(self)
        self.torch_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.network_label)
        self.statusBar().addPermanentWidget(self.torch_label)
        self.state.sig_status.connect(self._show_status)
        self.state.sig_config_changed.connect(self._on_config)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.loader = torch_loader()
        self.loader.sig_ready.connect(self._show_torch_state)
        self.loader.sig_failed.connect(self._show_torch_state)

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.menus.retranslate()
        for key, dock in self.docks.items():
            dock.setWindowTitle(type(self.panels[key]).title())
        self._update_title()
        self._show_network()
        self._show_torch_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            # New texts change size hints and Qt would share the space out again: keep the user's layout.
            layout = self.saveState()
            self.retranslate()
            QTimer.singleShot(0, self, lambda: self._restore_state(layout))  # dropped with the window
        super().changeEvent(event)

    def request_language(self, code: str) -> None:
        self.sig_language_requested.emit(code)

    def set_language_checked(self, code: str) -> None:
        self.language = code
        action = self.actions_by_key.get(f"lang_{code}")
        if action is not None:
            action.setChecked(True)
        self.settings.setValue("ui/language", code)

    # -- state -----------------------------------------------------------------------------------------
    def _on_config(self, config: Any, _ledger: Any) -> None:
        old, self._previous_config = self._previous_config, config
        if not self._from_history:
            self.undo_stack.push(ConfigChange(self, old, config, self.state.last_origin))
        self._show_network()

    def apply_from_history(self, config: Any) -> None:
        self._from_history = True
        try:
            self.state.set_config(config)
        finally:
            self._from_history = False

    def _show_network(self) -> None:
        ledger = self.state.ledger
        self.network_label.setText(self.tr("{title} · {params} parameters").format(
            title=tr_msg(self.state.config.title), params=f"{ledger.total_params:,}"))
        self._update_title()

    def _show_status(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def _show_torch_state(self, *_args: Any) -> None:
        if self.loader.ready:
            self.torch_label.setText(self.tr("torch ready"))
        elif self.loader.error:
            self.torch_label.setText(self.tr("torch unavailable"))
            self.torch_label.setToolTip(self.loader.error)
        else:
            self.torch_label.setText(self.tr("loading torch…"))

    def _update_title(self, *_args: Any) -> None:
        # Qt's X11 and Windows title bars append the application's display name unless the title already ends
        # with it; ending with it here gives one "— DenseNet Explorer" on every platform (macOS appends none).
        self.setWindowTitle(f"{tr_msg(self.state.config.title)} — {APP_TITLE}")

    def start_background(self) -> None:
        """After the window is shown: load torch for the instantiate, torchinfo (and other) panels."""
        self.loader.start()
        self._show_torch_state()
        if self.extra_errors:
            self.state.status(self.tr("Some panels could not be loaded: {errors}").format(
                errors="; ".join(self.extra_errors)), 15000)
    # -- files -----------------------------------------------------------------------------------------
    def open_config(self, path: str) -> bool:
        try:
            config = load_config(path)
        except (ConfigError, FileFormatError) as exc:
            self.state.status(self.tr("Could not open {path}: {error}").format(path=path, error=error_text(exc)), 10000)
            QMessageBox.warning(self, self.tr("Open config"), error_text(exc))
            return False
        self.state.set_config(config)
        self.state.status(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def save_config(self, path: str) -> bool:
        try:
            save_config(path, self.state.config)
        except OSError as exc:
            self.state.status(self.tr("Could not write {path}: {error}").format(path=path, error=error_text(exc)),
                              10000)
            return False
        self.undo_stack.setClean()
        self.state.status(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def open_config_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a network config"), "",
                                              self.tr("Config files (*.json);;All files (*)"))
        if path:
            self.open_config(path)

    def save_config_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the network config"), "network.json",
                                              self.tr("Config files (*.json)"))
        if path:
            self.save_config(path)

    def export_onnx(self, path: str) -> Job:
        from ..core.onnx_export import ONNX_HINT, onnx_missing  # no torch import here

        missing = onnx_missing()
        if missing:
            text = self.tr("ONNX export needs {packages}: {hint}").format(packages=", ".join(missing), hint=ONNX_HINT)
            self.state.status(text, 15000)
            raise RuntimeError(text)

        def run(job: Job, config: Any, out: str) -> int:
            from ..core.onnx_export import export_onnx

            return export_onnx(config, out)

        self.state.status(self.tr("Exporting {path} as ONNX…").format(path=path), 0)
        self.onnx_job = self.jobs.start(
            ("onnx", path), run, self.state.config, path,  # each file its own kind: two exports both finish
            on_done=lambda size: self.state.status(
                self.tr("Saved {path} ({size:.1f} MiB)").format(path=path, size=size / 2**20), 8000),
            on_failed=lambda msg, _d: self.state.status(
                self.tr("ONNX export failed: {error}").format(error=msg), 15000))
        return self.onnx_job

    def export_onnx_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the network as ONNX"), "densenet.onnx",
                                              self.tr("ONNX models (*.onnx)"))
        if path:
            try:
                self.export_onnx(path)
            except RuntimeError as exc:
                QMessageBox.information(self, self.tr("Export as ONNX"), str(exc))

    def export_python(self, path: str) -> Job:
        """Write the network as PyTorch code on the window's runner: the file is made from the model modules,
        whose import is torch's, which must not stall the window (as the ONNX export)."""

        def run(job: Job, config: Any, out: str) -> None:
            from ..core.code_export import export_python

            export_python(config, out)

        return self.jobs.start(
            ("python", path), run, self.state.config, path,
            on_done=lambda _result: self.state.status(
                self.tr("Saved {path} (PyTorch code; run it with python)").format(path=path), 8000),
            on_failed=lambda msg, _d: self.state.status(
                self.tr("Could not write {path}: {error}").format(path=path, error=msg), 10000))

    def export_python_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the network as PyTorch code"), "network.py",
                                              self.tr("Python files (*.py)"))
        if path:
            self.export_python(path)

    # -- help ------------------------------------------------------------------------------------------
    def _show_dock(self, key: str) -> None:
        dock = self.docks[key]
        dock.show()
        dock.raise_()
        self.panels[key].setFocus()

    def show_help_page(self) -> None:
        self._show_dock("help")

    def show_block_animation(self) -> None:
        self._show_dock("animation")

    def point_at(self, field: str, kind: str, block: int, layer: int) -> None:
        """A formula of the help page was clicked: its field in the config panel and its part of the diagram."""
        self.docks["config"].show()
        self.docks["config"].raise_()
        self.config_panel.focus_field(field)
        self.diagram.point_at(kind, block, layer)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About DenseNet Explorer"), self.tr(
            "<b>DenseNet Explorer</b><p>See, tweak, train and explain densely connected convolutional networks. "
            "Every number in the window comes from the channel ledger, computed from the config alone; the "
            "real network is built only when you ask (Instantiate, torchinfo).</p>"))

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))

    def show_citation(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Cite the paper"))
        box.setText(self.tr("Gao Huang, Zhuang Liu, Laurens van der Maaten, Kilian Q. Weinberger. Densely "
                            "Connected Convolutional Networks. CVPR 2017."))
        box.setDetailedText(CITATION)
        copy = box.addButton(self.tr("Copy BibTeX"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(CITATION))
        box.open()

    # -- settings --------------------------------------------------------------------------------------
    def _saved_config(self) -> Any:
        text = self.settings.value("config/last", "", type=str)
        if not text:
            return None
        try:
            return config_from_json(text)
        except ConfigError:
            return None  # a config from an older or broken version: start on the default

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            if not self.isMaximized() and not self.isFullScreen():
                self.fit_to_screen()  # saved on a larger screen than this one: fitted to this one
        else:
            self._place_first_time()
        layout = self.settings.value("window/state")
        if isinstance(layout, QByteArray) and not layout.isEmpty() and self._restore_state(layout):
            self._layout_pending = False
        else:
            self._layout_pending = True  # once shown, at the size the window system gave it
            self._lay_out_docks(self.size())
        self._restore_scale()

    def save_settings(self) -> None:
        geometry = self._normal_geometry if self.presenter and self._normal_geometry is not None \
            else self.saveGeometry()
        layout = self._before_maximise if self.maximised is not None and self._before_maximise is not None \
            else self.saveState()
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", layout)
        self.settings.setValue("config/last", config_to_json(self.state.config))
        self.settings.setValue("ui/language", self.language)
        self.settings.sync()

    # -- showing and closing ---------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._inert is not None:  # shown again after a close: the panels work again
            for panel in self.panels.values():
                panel.removeEventFilter(self._inert)
            self._inert.deleteLater()
            self._inert = None
        super().showEvent(event)
        # The window is each timer's context: a timer still pending when the window is deleted never runs.
        if self._layout_pending:
            QTimer.singleShot(0, self, self._lay_out_now)
        QTimer.singleShot(0, self, self.hide_stale_tab_bars)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # A panel with work the user may want to keep (a training run) asks first; "cancel" keeps the window.
        if not all(panel.confirm_close() for panel in self.panels.values()):
            event.ignore()
            return
        self.save_settings()
        if self.presenter:  # the application's font back to its own size (other windows share it)
            self._apply_scale(100)
        self._shut_down_panels()
        # A closed window stays alive until deleted (later, from the event loop): its panels must not restart work
        # when the language or the palette changes meanwhile (a retranslated panel may schedule a job).
        if self._inert is None:
            self._inert = _Inert(self)
            for panel in self.panels.values():
                panel.installEventFilter(self._inert)
        for thread in self.findChildren(QThread):
            if thread.isRunning():
                thread.quit()
                thread.wait(60_000)
        super().closeEvent(event)

    def _shut_down_panels(self) -> None:
        """Every panel's jobs (instantiate, torchinfo, training runs, speed measurements, predictions, joint
        training) and the window's own are cancelled and joined before the window, and with it their QThreads,
        is destroyed: a QThread destroyed while it runs aborts the whole process. No timer starts a new job
        once the window is closing; a job that cannot be interrupted (a torchinfo summary) finishes first."""
        for key, panel in self.panels.items():
            try:
                panel.shutdown()
            except Exception as exc:  # noqa: BLE001 - one panel's failure must not keep the window open
                self.extra_errors.append(f"{key}.shutdown: {exc}")
        self.jobs.shutdown()
        for timer in self.findChildren(QTimer):
            timer.stop()
