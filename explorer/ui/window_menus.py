"""The window's actions and menus, worded in the window's language, and the Run menu, which mirrors the run
buttons of the panel that has them (``Panel.run_controls``): enabled when they are, Pause reading Resume while
the run is paused, and clicking them when chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu
from shiboken6 import isValid

from .panels.base import RUN_CONTROLS
from .presenter import PRESENTER_SCALES

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["WindowMenus", "LANGUAGES"]

LANGUAGES = (("en", "English"), ("ko", "한국어"))  # each in its own language
DOCK_SHORTCUTS = {"config": "Ctrl+1", "cards": "Ctrl+2", "ledger": "Ctrl+3", "torchinfo": "Ctrl+4",
                  "paper": "Ctrl+5", "instantiate": "Ctrl+6"}


class WindowMenus(QObject):
    """Builds ``actions`` (by key) and the menu bar of ``window``; ``retranslate()`` sets their texts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.run_key: str | None = None  # the panel whose buttons the Run menu mirrors
        self.run_buttons: dict[str, QAbstractButton] = {}
        self._build_actions()
        self._build_undo_actions()
        self._build_groups()
        self._build_menus()
        self._watch_run_buttons()

    # -- actions ---------------------------------------------------------------------------------------
    def _slots(self) -> tuple[tuple[str, QKeySequence | QKeySequence.StandardKey | None, Callable], ...]:
        w, std = self.window, QKeySequence.StandardKey
        return (
            ("open", std.Open, w.open_config_dialog), ("save", std.Save, w.save_config_dialog),
            ("export_json", None, w.save_config_dialog),
            ("export_csv", QKeySequence("Ctrl+Shift+L"), w.ledger_view.export_csv_dialog),
            ("export_png", QKeySequence("Ctrl+Shift+P"), w.diagram.export_png_dialog),
            ("export_svg", QKeySequence("Ctrl+Shift+G"), w.diagram.export_svg_dialog),
            ("export_onnx", QKeySequence("Ctrl+Shift+O"), w.export_onnx_dialog),
            ("export_python", None, w.export_python_dialog),
            ("open_lesson", None, w.lesson.open_dialog),
            ("quit", std.Quit, w.close),
            ("copy_network", QKeySequence("Ctrl+Shift+C"), w.share.copy),
            ("paste_network", QKeySequence("Ctrl+Shift+V"), w.share.paste),
            ("qr_network", None, w.share.show_qr),
            ("zoom_in", std.ZoomIn, lambda: w.diagram.canvas.zoom(1.25)),
            ("zoom_out", std.ZoomOut, lambda: w.diagram.canvas.zoom(0.8)),
            ("zoom_fit", QKeySequence("Ctrl+0"), w.diagram.canvas.fit),
            ("reset_layout", None, w.reset_layout),
            ("maximise", QKeySequence("Ctrl+Shift+M"), lambda: w.toggle_maximise()),
            ("presenter", QKeySequence("F11"), lambda: w.set_presenter(not w.presenter)),
            ("train", QKeySequence("F5"), lambda: self.run_action("train")),
            ("pause", QKeySequence("F6"), lambda: self.run_action("pause")),
            ("stop", QKeySequence("Shift+F5"), lambda: self.run_action("stop")),
            ("about", None, w.show_about), ("cite", None, w.show_citation),
            ("about_qt", None, w.show_about_qt),
            ("help_page", std.HelpContents, w.show_help_page),
            ("block_animation", None, w.show_block_animation))

    def _build_actions(self) -> None:
        for key, shortcut, slot in self._slots():
            action = QAction(self.window)
            action.setObjectName(f"action_{key}")
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.actions[key] = action
        self.actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.actions["presenter"].setCheckable(True)
        self.actions["maximise"].setCheckable(True)

    def _build_undo_actions(self) -> None:
        stack, std = self.window.undo_stack, QKeySequence.StandardKey
        undo = stack.createUndoAction(self.window)
        undo.setShortcut(std.Undo)
        redo = stack.createRedoAction(self.window)
        # The platform's Redo keys, and both common ones wherever the platform names only one of them.
        keys = list(QKeySequence.keyBindings(std.Redo))
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in keys:
                keys.append(QKeySequence(extra))
        redo.setShortcuts(keys)
        self.actions["undo"], self.actions["redo"] = undo, redo
        # Qt names them "Undo %1" / "Redo %1" in its own (English) words: named here in the window's language,
        # after Qt's own update (this connection comes later, so its text wins).
        stack.undoTextChanged.connect(self.name_undo)
        stack.redoTextChanged.connect(self.name_redo)

    def _build_groups(self) -> None:
        """The checkable choices: presenter scale, maximised panel, language."""
        w = self.window
        self.scale_group = QActionGroup(w)
        self.scale_group.setExclusive(True)
        for percent in PRESENTER_SCALES:
            action = QAction(f"{percent} %", w, checkable=True)
            action.setData(percent)
            action.triggered.connect(lambda _c=False, p=percent: w.set_ui_scale(p))
            self.scale_group.addAction(action)
            self.actions[f"scale_{percent}"] = action
        self.maximise_group: dict[str, QAction] = {}
        for key in w.panels:
            action = QAction(w, checkable=True)
            action.triggered.connect(lambda checked, k=key: w.maximise_panel(k) if checked else w.restore_panels())
            self.maximise_group[key] = action
        self.lang_group = QActionGroup(w)
        self.lang_group.setExclusive(True)
        for code, name in LANGUAGES:
            action = QAction(name, w, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, code=code: w.request_language(code))
            self.lang_group.addAction(action)
            self.actions[f"lang_{code}"] = action

    # -- menus -----------------------------------------------------------------------------------------
    def _menu(self, parent: QMenu | None, *keys: str | None) -> QMenu:
        """A menu of the bar (or a submenu of ``parent``) with the actions named by ``keys`` (None: a line)."""
        menu = parent.addMenu("") if parent is not None else self.window.menuBar().addMenu("")
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])
        return menu

    def _build_menus(self) -> None:
        a = self.actions
        self.menu_file = self._menu(None, "open", "save", "open_lesson")
        self.menu_export = self._menu(self.menu_file, "export_json", "export_csv", "export_png", "export_svg",
                                      "export_onnx", "export_python")
        self.menu_file.addSeparator()
        self.menu_file.addAction(a["quit"])
        self.menu_edit = self._menu(None, "undo", "redo", None, "copy_network", "paste_network", "qr_network")
        self.menu_view = self._menu(None, "zoom_in", "zoom_out", "zoom_fit", None)
        self.dock_actions: dict[str, QAction] = {}
        for key, dock in self.window.docks.items():
            self.dock_actions[key] = dock.toggleViewAction()
            self.menu_view.addAction(self.dock_actions[key])
        self.menu_view.addSeparator()
        self.menu_view.addAction(a["maximise"])
        self.menu_maximise = self.menu_view.addMenu("")
        self.menu_maximise.addActions(list(self.maximise_group.values()))
        self.menu_view.addAction(a["presenter"])
        self.menu_scale = self.menu_view.addMenu("")
        self.menu_scale.addActions([a[f"scale_{p}"] for p in PRESENTER_SCALES])
        self.menu_view.addSeparator()
        self.menu_view.addAction(a["reset_layout"])
        self.menu_run = self._menu(None, *RUN_CONTROLS)
        self.menu_run.aboutToShow.connect(self.sync_run_actions)
        self.menu_language = self._menu(None, *(f"lang_{code}" for code, _name in LANGUAGES))
        self.menu_help = self._menu(None, "help_page", "block_animation", None, "cite", "about", "about_qt")
        for key, seq in DOCK_SHORTCUTS.items():
            self.dock_actions[key].setShortcut(QKeySequence(seq))

    # -- the Run menu ----------------------------------------------------------------------------------
    def _watch_run_buttons(self) -> None:
        for key, panel in self.window.panels.items():
            controls = panel.run_controls()
            if controls:
                self.run_key, self.run_buttons = key, controls
                break
        for button in self.run_buttons.values():
            button.installEventFilter(self)
        self.sync_run_actions()

    def sync_run_actions(self) -> None:
        """The Run menu mirrors the panel's buttons: enabled when they are, Pause reads Resume."""
        for key in RUN_CONTROLS:
            button = self.run_buttons.get(key)
            self.actions[key].setEnabled(button is not None and button.isEnabled())
        panel = self.window.panels.get(self.run_key) if self.run_key is not None else None
        paused = panel is not None and panel.is_paused()
        self.actions["pause"].setText(self.tr("&Resume") if paused else self.tr("&Pause"))

    def run_action(self, key: str) -> None:
        """What clicking the panel's button does; the panel is brought to the front to show the run."""
        button = self.run_buttons.get(key)
        if button is None:
            return
        if not button.isEnabled():
            self.window.state.status(self.tr("{action} is not available now").format(
                action=self.actions[key].text().replace("&", "")), 4000)
            return
        dock = self.window.docks.get(self.run_key)
        if dock is not None and self.window.maximised not in (None, self.run_key):
            self.window.restore_panels()
        if dock is not None:
            dock.show()
            dock.raise_()
        button.click()
        self.sync_run_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.EnabledChange and watched in self.run_buttons.values():
            self.sync_run_actions()
        return False

    # -- texts -----------------------------------------------------------------------------------------
    def name_undo(self, change: str = "") -> None:
        action = self.actions.get("undo")
        if action is not None and isValid(action):
            action.setText(self.tr("&Undo {change}").format(change=change) if change else self.tr("&Undo"))

    def name_redo(self, change: str = "") -> None:
        action = self.actions.get("redo")
        if action is not None and isValid(action):
            action.setText(self.tr("&Redo {change}").format(change=change) if change else self.tr("&Redo"))

    def _action_texts(self) -> dict[str, str]:
        return {"open": self.tr("&Open config…"), "save": self.tr("&Save config…"),
                "open_lesson": self.tr("Open &lesson…"),
                "export_json": self.tr("Config as &JSON…"),
                "export_csv": self.tr("Ledger as &CSV…"), "export_png": self.tr("Diagram as &PNG…"),
                "export_svg": self.tr("Diagram as &SVG…"), "export_onnx": self.tr("Network as &ONNX…"),
                "export_python": self.tr("Network as P&yTorch code…"),
                "quit": self.tr("&Quit"), "copy_network": self.tr("&Copy network"),
                "paste_network": self.tr("&Paste network"), "qr_network": self.tr("Show network as &QR code…"),
                "zoom_in": self.tr("Zoom &in"), "zoom_out": self.tr("Zoom &out"),
                "zoom_fit": self.tr("&Fit the diagram"), "reset_layout": self.tr("&Reset the layout"),
                "about": self.tr("&About DenseNet Explorer"), "cite": self.tr("&Cite the paper…"),
                "about_qt": self.tr("About &Qt"), "maximise": self.tr("&Maximise the current panel"),
                "presenter": self.tr("&Presenter mode (full screen, larger text)"),
                "train": self.tr("&Train"), "stop": self.tr("&Stop"),
                "help_page": self.tr("DenseNet in &5 minutes"), "block_animation": self.tr("Dense &block animation")}

    def retranslate(self) -> None:
        stack = self.window.undo_stack
        self.name_undo(stack.undoText())
        self.name_redo(stack.redoText())
        for key, text in self._action_texts().items():
            self.actions[key].setText(text)
        self.actions["export_onnx"].setToolTip(self.tr("Build the network and save it as ONNX (opens in Netron); "
                                                       "needs the optional onnx extra"))
        self.actions["export_python"].setToolTip(self.tr(
            "One Python file that defines this network with torch alone, its config inside; run, it prints the "
            "parameter count and one forward pass"))
        self.actions["copy_network"].setToolTip(self.tr("The network as one line of text (its config JSON), "
                                                        "for a chat, a file or explorer … --config -"))
        self.actions["maximise"].setToolTip(self.tr("The panel with the keyboard focus fills the window; again to "
                                                    "go back (or double-click a panel's title)"))
        for menu, title in ((self.menu_file, self.tr("&File")), (self.menu_export, self.tr("&Export")),
                            (self.menu_edit, self.tr("&Edit")), (self.menu_view, self.tr("&View")),
                            (self.menu_language, self.tr("&Language")), (self.menu_help, self.tr("&Help")),
                            (self.menu_maximise, self.tr("Maximise &panel")),
                            (self.menu_scale, self.tr("Presenter &scale")), (self.menu_run, self.tr("&Run"))):
            menu.setTitle(title)
        for key, action in self.maximise_group.items():
            action.setText(type(self.window.panels[key]).title())
        self.sync_run_actions()
