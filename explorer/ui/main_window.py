"""The main window: the config panel, cards, ledger, diagram, paper plot, torchinfo and instantiate docks, plus
one dock per entry of ``panels.EXTRA_PANELS``; menus, shortcuts, status bar, undo/redo of config changes and
QSettings for the layout, the last network and the language.

Importing this module does not import torch: the window is up with the ledger, cards and diagram first, and
torch loads in the background (``background.torch_loader``) for the panels that build real networks.
"""

from __future__ import annotations

import importlib
import time
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QScreen,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabBar,
    QWidget,
)
from shiboken6 import isValid

from ..core.config import ConfigError, config_from_json, config_to_json
from ..core.io import FileFormatError, load_config, save_config
from ..paths import RESOURCES
from .background import torch_loader
from .messages import error_text, tr_msg
from .panels import EXTRA_PANELS
from .panels.block_animation import BlockAnimation
from .panels.cards_view import CardsView
from .panels.config_panel import ConfigPanel
from .panels.diagram_view import DiagramView
from .panels.help_page import HelpPage
from .panels.instantiate_panel import InstantiatePanel
from .panels.ledger_view import LedgerView
from .panels.paper_plot import PaperPlot
from .panels.torchinfo_view import TorchinfoView
from .state import AppState
from .widgets import install_wheel_guard
from .workers import Job, start_job

__all__ = ["MainWindow", "CITATION", "APP_TITLE", "PRESENTER_SCALES", "fit_rect"]

APP_TITLE = "DenseNet Explorer"
DEFAULT_SIZE = QSize(1500, 920)  # the first window where the screen has room for it
FRAME_ALLOWANCE = QSize(16, 40)  # a title bar and borders, before the window system has told us its own
PRESENTER_SCALES = (100, 125, 150, 175, 200)  # percent; presenter mode scales the UI's fonts by one of these
TRAINING_KEY = "extra_training_panel"
MERGE_MS = 600  # config changes closer together than this (a slider drag) are one undo step
CITATION = """@inproceedings{huang2017densely,
  title     = {Densely Connected Convolutional Networks},
  author    = {Huang, Gao and Liu, Zhuang and van der Maaten, Laurens and Weinberger, Kilian Q.},
  booktitle = {Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)},
  pages     = {4700--4708},
  year      = {2017}
}"""


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved (and shrunk where it is larger) so that it lies inside ``available``."""
    w, h = min(rect.width(), available.width()), min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.left() + available.width() - w)
    y = min(max(rect.y(), available.top()), available.top() + available.height() - h)
    return QRect(x, y, w, h)


class ConfigChange(QUndoCommand):
    """One accepted config change. The first redo is the change already made; drags merge into one step."""

    ID = 1

    def __init__(self, window: MainWindow, old: Any, new: Any, origin: str | None = None) -> None:
        super().__init__(tr_msg(new.title) if hasattr(new, "title") else str(new))
        self.window, self.old, self.new, self.origin = window, old, new, origin
        self.stamp = time.monotonic()
        self._first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Only a burst from one control merges (a slider drag, arrows held down); typing one field after
        # another, however quickly, gives one undo step each.
        if (not isinstance(other, ConfigChange) or other.stamp - self.stamp > MERGE_MS / 1000
                or self.origin is None or other.origin != self.origin):
            return False
        self.new, self.stamp = other.new, other.stamp
        self.setText(other.text())
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.window.apply_from_history(self.new)

    def undo(self) -> None:
        self.window.apply_from_history(self.old)


class _Inert(QObject):
    """Swallows the events that would make a closed window's panels redo work."""

    EVENTS = (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.Show)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return event.type() in self.EVENTS


class MainWindow(QMainWindow):
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
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)
        self.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
        # Panels.
        self.config_panel = ConfigPanel(state, self)
        self.cards = CardsView(state, self)
        self.ledger_view = LedgerView(state, self)
        self.diagram = DiagramView(state, self)
        self.paper = PaperPlot(state, self)
        self.torchinfo = TorchinfoView(state, self)
        self.instantiate = InstantiatePanel(state, self)
        self.help_page = HelpPage(state, self)
        self.block_animation = BlockAnimation(state, self)
        self.setCentralWidget(self.diagram)
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {"diagram": self.diagram}
        self.holders: dict[str, QWidget] = {}  # what each dock holds: the panel, or a scroll area around it
        self._add_dock("config", self.config_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("cards", self.cards, Qt.DockWidgetArea.TopDockWidgetArea)
        self._add_dock("ledger", self.ledger_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._add_dock("torchinfo", self.torchinfo, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._add_dock("paper", self.paper, Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("instantiate", self.instantiate, Qt.DockWidgetArea.RightDockWidgetArea, scroll=True)
        self.tabifyDockWidget(self.docks["ledger"], self.docks["torchinfo"])
        self.tabifyDockWidget(self.docks["paper"], self.docks["instantiate"])
        # Teaching: "DenseNet in 5 minutes" beside the paper plot (config on the left, diagram in the middle, where
        # its links point), the block animation beside the ledger.
        self._add_dock("help", self.help_page, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["paper"], self.docks["help"])
        self._add_dock("animation", self.block_animation, Qt.DockWidgetArea.BottomDockWidgetArea, scroll=True)
        self.tabifyDockWidget(self.docks["ledger"], self.docks["animation"])
        self.help_page.sig_point.connect(self.point_at)
        self.help_page.sig_show_animation.connect(self.show_block_animation)
        self.extra_errors: list[str] = []
        for module_name, class_name in EXTRA_PANELS:
            self._add_extra(module_name, class_name)
        self.docks["ledger"].raise_()
        self.docks["paper"].raise_()
        self._lay_out_docks(DEFAULT_SIZE)
        self._default_state = self.saveState()
        self._layout_pending = False  # lay the docks out for the window's size once it is shown (first start)
        # Maximising a panel (double-click its title, Ctrl+Shift+M, View → Maximise): the layout to go back to.
        self.maximised: str | None = None
        self._before_maximise: QByteArray | None = None
        for dock in self.docks.values():
            dock.installEventFilter(self)  # a double-click on the title maximises instead of floating
        self.diagram.canvas.sig_maximise_requested.connect(lambda: self.toggle_maximise("diagram"))
        # Presenter mode: full screen, fonts scaled.
        self.presenter = False
        self._normal_geometry: QByteArray | None = None
        self._base_font: QFont | None = None
        self.ui_scale = 100
        self._run_buttons: dict[str, QAbstractButton] = {}
        # Status bar.
        self.network_label = QLabel(self)
        self.torch_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.network_label)
        self.statusBar().addPermanentWidget(self.torch_label)
        state.sig_status.connect(self._show_status)
        state.sig_config_changed.connect(self._on_config)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.loader = torch_loader()
        self.loader.sig_ready.connect(self._show_torch_state)
        self.loader.sig_failed.connect(self._show_torch_state)
        self.onnx_job: Job | None = None
        self._inert: _Inert | None = None
        self.language = "en"
        install_wheel_guard()  # the wheel edits only a focused field; scrolling a panel never changes a value
        self._build_actions()
        self._build_menus()
        self.retranslate()
        if restore:
            self.restore_layout()

    # -- docks ---------------------------------------------------------------------------------------
    def _add_dock(self, key: str, panel: QWidget, area: Qt.DockWidgetArea, scroll: bool = False) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{key}")
        holder: QWidget = panel
        if scroll:
            # A tall panel tabbed with the ledger would otherwise impose its minimum height on the whole bottom
            # area and squeeze the diagram: it scrolls inside its dock instead.
            area_widget = QScrollArea(dock)
            area_widget.setWidgetResizable(True)
            area_widget.setFrameShape(QFrame.Shape.NoFrame)
            area_widget.setWidget(panel)
            holder = area_widget
        dock.setWidget(holder)
        self.holders[key] = holder
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.docks[key] = dock
        self.panels[key] = panel
        return dock

    def _add_extra(self, module_name: str, class_name: str) -> None:
        """Another engineer's panel: a failure to import or construct it is reported, not fatal."""
        try:
            module = importlib.import_module(f"{__package__}.panels.{module_name}")
            panel = getattr(module, class_name)(self.state, self)
        except Exception as exc:  # noqa: BLE001 - one broken panel must not keep the window from opening
            self.extra_errors.append(f"{module_name}.{class_name}: {exc}")
            return
        key = f"extra_{module_name}"
        dock = self._add_dock(key, panel, Qt.DockWidgetArea.BottomDockWidgetArea, scroll=True)
        self.tabifyDockWidget(self.docks["ledger"], dock)
        dock.visibilityChanged.connect(self._give_room)

    EXTRA_PANEL_SHARE = 0.72  # of the window's height, for a training/inference/compare tab when it is raised

    def _give_room(self, visible: bool) -> None:
        """Training, inference and compare need more than the ledger's strip: raising one of their tabs grows
        the bottom area to most of the window (never shrinks it; the user's own sizing wins after that)."""
        dock = self.sender()
        if not visible or not isinstance(dock, QDockWidget) or dock.isFloating() or not self.isVisible():
            return
        if dock.height() < int(self.height() * self.EXTRA_PANEL_SHARE):
            self._dock_to_grow = dock
            QTimer.singleShot(0, self._grow_dock)  # once the tab switch has settled

    def _grow_dock(self) -> None:
        dock, self._dock_to_grow = getattr(self, "_dock_to_grow", None), None
        height = int(self.height() * self.EXTRA_PANEL_SHARE)
        if dock is not None and dock.isVisible() and not dock.isFloating() and dock.height() < height:
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def _lay_out_docks(self, size: QSize) -> None:
        """Dock sizes for a window of ``size``: on a projector's 1280×720 the side columns and the bottom strip
        are narrower so that the diagram keeps room and every panel's buttons stay on screen."""
        w, h = size.width(), size.height()
        self.resizeDocks([self.docks["config"]], [max(300, min(340, int(w * 0.25)))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["paper"]], [max(340, min(470, int(w * 0.3)))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["ledger"]], [max(150, min(260, int(h * 0.22)))], Qt.Orientation.Vertical)
        # The cards as tall as their row(s) need: the rest goes to the diagram.
        self.cards.fit_columns(max(self.cards.width(), w - 12))
        cards = self.docks["cards"]
        title = cards.height() - cards.widget().height() if cards.widget().height() > 0 else 0
        self.resizeDocks([cards], [self.cards.maximumHeight() + max(title, 0)], Qt.Orientation.Vertical)

    def _restore_state(self, layout: QByteArray) -> bool:
        """restoreState, then (once laid out) hide the tab bars it left behind: Qt 6.11 keeps the tab bars of the
        layout it replaced visible at their old places, drawn over the docks (seen on a second start)."""
        ok = self.restoreState(layout)
        QTimer.singleShot(0, self.hide_stale_tab_bars)
        return ok

    def hide_stale_tab_bars(self) -> int:
        """Hides every dock-area tab bar that no dock sits on (a live one lies right under its current dock)."""
        hidden = 0
        docks = [d for d in self.docks.values() if d.isVisible() and not d.isFloating()]
        for bar in self.findChildren(QTabBar):
            if bar.parentWidget() is not self or not bar.isVisible():
                continue
            titles = {bar.tabText(i) for i in range(bar.count())}
            g = bar.geometry()
            live = any(d.windowTitle() in titles and abs(d.geometry().bottom() + 1 - g.top()) <= 8
                       and min(d.geometry().right(), g.right()) - max(d.geometry().left(), g.left()) > g.width() // 2
                       for d in docks)
            if not live:
                bar.hide()
                hidden += 1
        return hidden

    def _lay_out_now(self) -> None:
        self._layout_pending = False
        self._lay_out_docks(self.size())

    # -- maximising a panel -----------------------------------------------------------------------------
    def current_panel(self) -> str:
        """The panel holding the keyboard focus (the diagram when none does)."""
        widget = QApplication.focusWidget()
        while widget is not None:
            for key, dock in self.docks.items():
                if widget is dock:
                    return key
            if widget is self.diagram:
                return "diagram"
            widget = widget.parentWidget()
        return "diagram"

    def toggle_maximise(self, key: str | None = None) -> None:
        if self.maximised is not None:
            self.restore_panels()
        else:
            self.maximise_panel(key or self.current_panel())

    def maximise_panel(self, key: str) -> None:
        """``key``'s panel fills the window (the others hidden, the layout kept to go back to)."""
        if key not in self.panels:
            raise KeyError(key)
        if self.maximised is not None:
            self.restore_panels()
        self._before_maximise = self.saveState()  # what the next start restores if the window closes maximised
        # Going back shows the same docks again, brings the same tabs to the front and gives back their sizes;
        # restoreState() would do it too, but leaves stale tab bars drawn over the docks (seen offscreen).
        self._shown_before = [k for k, d in self.docks.items() if d.isVisible()]
        self._front_before = [k for k in self._shown_before if not self.docks[k].visibleRegion().isEmpty()]
        self._sizes_before = {k: self.docks[k].size() for k in self._front_before if not self.docks[k].isFloating()}
        self.maximised = key
        for other, dock in self.docks.items():
            if other != key:
                dock.hide()
        if key == "diagram":
            self.diagram.show()
        else:
            dock = self.docks[key]
            if dock.isFloating():
                dock.setFloating(False)
            dock.show()
            dock.raise_()
            self.diagram.hide()  # the docks take the central widget's room
        self._sync_maximise_actions()
        QTimer.singleShot(0, self.hide_stale_tab_bars)  # (Qt leaves a hidden group's tab bar drawn)

    def restore_panels(self) -> None:
        if self.maximised is None:
            return
        self.maximised = None
        self.diagram.show()
        for k in getattr(self, "_shown_before", []):
            self.docks[k].show()
        for k in getattr(self, "_front_before", []):
            self.docks[k].raise_()
        sizes = getattr(self, "_sizes_before", {})
        if sizes:
            docks = [self.docks[k] for k in sizes]
            self.resizeDocks(docks, [s.width() for s in sizes.values()], Qt.Orientation.Horizontal)
            self.resizeDocks(docks, [s.height() for s in sizes.values()], Qt.Orientation.Vertical)
        self._before_maximise = None
        self._sync_maximise_actions()
        for bar in self.findChildren(QTabBar):  # the groups' tab bars back (hidden while maximised)...
            if bar.parentWidget() is self and bar.count() > 1:
                bar.show()
        QTimer.singleShot(0, self.hide_stale_tab_bars)  # ...and the left-over ones hidden again, once laid out

    def _sync_maximise_actions(self) -> None:
        self.actions_by_key["maximise"].setChecked(self.maximised is not None)
        for key, action in self.maximise_group.items():
            action.setChecked(key == self.maximised)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A double-click on a docked panel's title bar maximises it (Qt would float it).
        if (event.type() == QEvent.Type.MouseButtonDblClick and isinstance(watched, QDockWidget)
                and not watched.isFloating() and event.button() == Qt.MouseButton.LeftButton):
            inner = watched.widget()
            if inner is not None and event.position().y() < inner.geometry().top():
                key = watched.objectName().removeprefix("dock_")
                if key in self.docks:
                    if self.maximised == key:
                        self.restore_panels()
                    else:
                        self.maximise_panel(key)
                    return True
        if event.type() == QEvent.Type.EnabledChange and watched in self._run_buttons.values():
            self._sync_run_actions()
        return super().eventFilter(watched, event)

    # -- presenter mode -----------------------------------------------------------------------------------
    def set_presenter(self, on: bool) -> None:
        """Full screen with the UI's text scaled by the chosen factor (View → Presenter scale), or back."""
        if on == self.presenter:
            self.actions_by_key["presenter"].setChecked(on)
            return
        self.presenter = on
        self.actions_by_key["presenter"].setChecked(on)
        if on:
            self._normal_geometry = self.saveGeometry()
            self._apply_scale(self.ui_scale)
            self.showFullScreen()
        else:
            self._apply_scale(100)
            self.showNormal()
            if self._normal_geometry is not None:
                self.restoreGeometry(self._normal_geometry)
        QTimer.singleShot(0, self._lay_out_now)

    def set_ui_scale(self, percent: int) -> None:
        """The presenter scale (100–200 %), kept between runs; applied at once while presenting."""
        percent = int(percent)
        if percent not in PRESENTER_SCALES:
            raise ValueError(f"presenter scale = {percent}: valid {', '.join(map(str, PRESENTER_SCALES))}")
        self.ui_scale = percent
        action = self.actions_by_key.get(f"scale_{percent}")
        if action is not None:
            action.setChecked(True)
        self.settings.setValue("presenter/scale", percent)
        if self.presenter:
            self._apply_scale(percent)

    def _apply_scale(self, percent: int) -> None:
        """Scales the application font (every widget that inherits it: labels, fields, buttons, tabs, menus,
        the diagram's and the plots' text) and every font a widget set for itself (the cards' values, headings)
        by the same ratio: the layouts follow the fonts' size hints, so nothing needs a restart."""
        app = QApplication.instance()
        if self._base_font is None:
            self._base_font = QFont(app.font())
        base = self._base_font
        current = app.font()
        if base.pointSizeF() > 0:
            new_size = base.pointSizeF() * percent / 100
            ratio = new_size / current.pointSizeF()
        else:
            new_size = base.pixelSize() * percent / 100
            ratio = new_size / current.pixelSize()
        if abs(ratio - 1) < 1e-6:
            return
        own = [(w, QFont(w.font())) for w in app.allWidgets() if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
        font = QFont(current)
        if base.pointSizeF() > 0:
            font.setPointSizeF(new_size)
        else:
            font.setPixelSize(round(new_size))
        app.setFont(font)
        for widget, before in own:
            now = widget.font()
            if now != before:  # it set its font again itself, from the new application font
                continue
            scaled = QFont(before)
            if before.pointSizeF() > 0:
                scaled.setPointSizeF(before.pointSizeF() * ratio)
            elif before.pixelSize() > 0:
                scaled.setPixelSize(max(1, round(before.pixelSize() * ratio)))
            widget.setFont(scaled)

    # -- run menu: the Training panel's own buttons ---------------------------------------------------------
    def _watch_run_buttons(self) -> None:
        panel = self.panels.get(TRAINING_KEY)
        self._run_buttons = {}
        if panel is None:
            return
        for key, attr in (("train", "train_button"), ("pause", "pause_button"), ("stop", "stop_button")):
            button = getattr(panel, attr, None)
            if isinstance(button, QAbstractButton):
                self._run_buttons[key] = button
                button.installEventFilter(self)
        self._sync_run_actions()

    def _sync_run_actions(self) -> None:
        """The Run menu mirrors the Training panel's buttons: enabled when they are, Pause reads Resume."""
        buttons = getattr(self, "_run_buttons", {})
        for key in ("train", "pause", "stop"):
            action = self.actions_by_key[key]
            button = buttons.get(key)
            action.setEnabled(button is not None and button.isEnabled())
        panel = self.panels.get(TRAINING_KEY)
        trainer = getattr(panel, "trainer", None)
        paused = bool(getattr(panel, "running", False) and trainer is not None and getattr(trainer, "paused", False))
        self.actions_by_key["pause"].setText(self.tr("&Resume") if paused else self.tr("&Pause"))

    def _run_action(self, key: str) -> None:
        """What clicking the Training panel's button does; the panel is brought to the front to show the run."""
        button = getattr(self, "_run_buttons", {}).get(key)
        if button is None:
            return
        if not button.isEnabled():
            self.state.status(self.tr("{action} is not available now").format(
                action=self.actions_by_key[key].text().replace("&", "")), 4000)
            return
        dock = self.docks.get(TRAINING_KEY)
        if dock is not None and self.maximised not in (None, TRAINING_KEY):
            self.restore_panels()
        if dock is not None:
            dock.show()
            dock.raise_()
        button.click()
        self._sync_run_actions()

    # -- actions and menus -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        a: dict[str, QAction] = {}
        std = QKeySequence.StandardKey
        for key, shortcut, slot in (
                ("open", std.Open, self.open_config_dialog), ("save", std.Save, self.save_config_dialog),
                ("export_json", None, self.save_config_dialog),
                ("export_csv", QKeySequence("Ctrl+Shift+C"), self.ledger_view.export_csv_dialog),
                ("export_png", QKeySequence("Ctrl+Shift+P"), self.diagram.export_png_dialog),
                ("export_svg", QKeySequence("Ctrl+Shift+G"), self.diagram.export_svg_dialog),
                ("export_onnx", QKeySequence("Ctrl+Shift+O"), self.export_onnx_dialog),
                ("quit", std.Quit, self.close),
                ("zoom_in", std.ZoomIn, lambda: self.diagram.canvas.zoom(1.25)),
                ("zoom_out", std.ZoomOut, lambda: self.diagram.canvas.zoom(0.8)),
                ("zoom_fit", QKeySequence("Ctrl+0"), self.diagram.canvas.fit),
                ("reset_layout", None, self.reset_layout),
                ("maximise", QKeySequence("Ctrl+Shift+M"), lambda: self.toggle_maximise()),
                ("presenter", QKeySequence("F11"), lambda: self.set_presenter(not self.presenter)),
                ("train", QKeySequence("F5"), lambda: self._run_action("train")),
                ("pause", QKeySequence("F6"), lambda: self._run_action("pause")),
                ("stop", QKeySequence("Shift+F5"), lambda: self._run_action("stop")),
                ("about", None, self.show_about), ("cite", None, self.show_citation),
                ("about_qt", None, self.show_about_qt),
                ("help_page", std.HelpContents, self.show_help_page),
                ("block_animation", None, self.show_block_animation)):
            action = QAction(self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            a[key] = action
        a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        a["presenter"].setCheckable(True)
        a["maximise"].setCheckable(True)
        self.scale_group = QActionGroup(self)
        self.scale_group.setExclusive(True)
        for percent in PRESENTER_SCALES:
            action = QAction(f"{percent} %", self, checkable=True)
            action.setData(percent)
            action.triggered.connect(lambda _c=False, p=percent: self.set_ui_scale(p))
            self.scale_group.addAction(action)
            a[f"scale_{percent}"] = action
        self.maximise_group: dict[str, QAction] = {}
        for key in self.panels:
            action = QAction(self, checkable=True)
            action.triggered.connect(
                lambda checked, k=key: self.maximise_panel(k) if checked else self.restore_panels())
            self.maximise_group[key] = action
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(std.Undo)
        redo = self.undo_stack.createRedoAction(self)
        # The platform's Redo keys, and both common ones wherever the platform names only one of them.
        keys = list(QKeySequence.keyBindings(std.Redo))
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in keys:
                keys.append(QKeySequence(extra))
        redo.setShortcuts(keys)
        a["undo"], a["redo"] = undo, redo
        # Qt names them "Undo %1" / "Redo %1" in its own (English) words: named here in the window's language,
        # after Qt's own update (this connection comes later, so its text wins).
        self.undo_stack.undoTextChanged.connect(self._name_undo)
        self.undo_stack.redoTextChanged.connect(self._name_redo)
        self.lang_group = QActionGroup(self)
        self.lang_group.setExclusive(True)
        for code, name in (("en", "English"), ("ko", "한국어")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, code=code: self.request_language(code))
            self.lang_group.addAction(action)
            a[f"lang_{code}"] = action
        self.actions_by_key = a

    def _build_menus(self) -> None:
        a = self.actions_by_key
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([a["open"], a["save"]])
        self.menu_export = self.menu_file.addMenu("")
        self.menu_export.addActions([a["export_json"], a["export_csv"], a["export_png"], a["export_svg"],
                                     a["export_onnx"]])
        self.menu_file.addSeparator()
        self.menu_file.addAction(a["quit"])
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([a["undo"], a["redo"]])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_fit"]])
        self.menu_view.addSeparator()
        self.dock_actions: dict[str, QAction] = {}
        for key, dock in self.docks.items():
            action = dock.toggleViewAction()
            self.dock_actions[key] = action
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(a["maximise"])
        self.menu_maximise = self.menu_view.addMenu("")
        self.menu_maximise.addActions(list(self.maximise_group.values()))
        self.menu_view.addAction(a["presenter"])
        self.menu_scale = self.menu_view.addMenu("")
        self.menu_scale.addActions([a[f"scale_{p}"] for p in PRESENTER_SCALES])
        self.menu_view.addSeparator()
        self.menu_view.addAction(a["reset_layout"])
        self.menu_run = bar.addMenu("")
        self.menu_run.addActions([a["train"], a["pause"], a["stop"]])
        self.menu_run.aboutToShow.connect(self._sync_run_actions)
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions([a["lang_en"], a["lang_ko"]])
        self._watch_run_buttons()
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([a["help_page"], a["block_animation"]])
        self.menu_help.addSeparator()
        self.menu_help.addActions([a["cite"], a["about"], a["about_qt"]])
        shortcuts = {"config": "Ctrl+1", "cards": "Ctrl+2", "ledger": "Ctrl+3", "torchinfo": "Ctrl+4",
                     "paper": "Ctrl+5", "instantiate": "Ctrl+6"}
        for key, seq in shortcuts.items():
            self.dock_actions[key].setShortcut(QKeySequence(seq))

    def _name_undo(self, change: str = "") -> None:
        action = getattr(self, "actions_by_key", {}).get("undo")
        if action is not None and isValid(action):
            action.setText(self.tr("&Undo {change}").format(change=change) if change else self.tr("&Undo"))

    def _name_redo(self, change: str = "") -> None:
        action = getattr(self, "actions_by_key", {}).get("redo")
        if action is not None and isValid(action):
            action.setText(self.tr("&Redo {change}").format(change=change) if change else self.tr("&Redo"))

    def retranslate(self) -> None:
        self._name_undo(self.undo_stack.undoText())
        self._name_redo(self.undo_stack.redoText())
        a = self.actions_by_key
        texts = {"open": self.tr("&Open config…"), "save": self.tr("&Save config…"),
                 "export_json": self.tr("Config as &JSON…"),
                 "export_csv": self.tr("Ledger as &CSV…"), "export_png": self.tr("Diagram as &PNG…"),
                 "export_svg": self.tr("Diagram as &SVG…"), "export_onnx": self.tr("Network as &ONNX…"),
                 "quit": self.tr("&Quit"), "zoom_in": self.tr("Zoom &in"), "zoom_out": self.tr("Zoom &out"),
                 "zoom_fit": self.tr("&Fit the diagram"), "reset_layout": self.tr("&Reset the layout"),
                 "about": self.tr("&About DenseNet Explorer"), "cite": self.tr("&Cite the paper…"),
                 "about_qt": self.tr("About &Qt"), "maximise": self.tr("&Maximise the current panel"),
                 "presenter": self.tr("&Presenter mode (full screen, larger text)"),
                 "train": self.tr("&Train"), "stop": self.tr("&Stop"),
                 "help_page": self.tr("DenseNet in &5 minutes"), "block_animation": self.tr("Dense &block animation")}
        for key, text in texts.items():
            a[key].setText(text)
        a["export_onnx"].setToolTip(self.tr("Build the network and save it as ONNX (opens in Netron); needs the "
                                       "optional onnx extra"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_export.setTitle(self.tr("&Export"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_maximise.setTitle(self.tr("Maximise &panel"))
        self.menu_scale.setTitle(self.tr("Presenter &scale"))
        self.menu_run.setTitle(self.tr("&Run"))
        a["maximise"].setToolTip(self.tr("The panel with the keyboard focus fills the window; again to go back "
                                         "(or double-click a panel's title)"))
        for key, action in self.maximise_group.items():
            action.setText(type(self.panels[key]).title())
        self._sync_run_actions()
        for key, dock in self.docks.items():
            dock.setWindowTitle(type(self.panels[key]).title())
        self._update_title()
        self._show_network()
        self._show_torch_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # New texts change size hints and Qt would share the space out again: keep the user's layout.
            layout = self.saveState()
            self.retranslate()
            QTimer.singleShot(0, lambda: self._restore_state(layout))
        super().changeEvent(event)

    # -- language --------------------------------------------------------------------------------------
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
        self.onnx_job = start_job(run, self.state.config, path, parent=self,
                                  on_done=lambda size: self.state.status(
                                      self.tr("Saved {path} ({size:.1f} MiB)").format(path=path, size=size / 2**20),
                                      8000),
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

    def _screen_for(self, rect: QRect | None = None) -> QScreen:
        screen = QGuiApplication.screenAt(rect.center()) if rect is not None else None
        return screen or self.screen() or QGuiApplication.primaryScreen()

    def fit_to_screen(self, screen: QScreen | None = None) -> None:
        """The window (its frame included) inside the screen's available area; where the default size does not
        fit (a projector's 1280×720 or 1366×768), it fills that area, maximised."""
        screen = screen or self._screen_for(self.geometry())
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        margins = QSize(frame.width() - self.width(), frame.height() - self.height())
        if not self.isVisible():  # the window system has not framed it yet: allow for a title bar and borders
            margins = FRAME_ALLOWANCE if QGuiApplication.platformName() not in ("offscreen", "minimal") \
                else QSize(0, 0)
        room = QSize(available.width() - margins.width(), available.height() - margins.height())
        if self.width() <= room.width() and self.height() <= room.height():
            outer = QRect(frame.topLeft(), self.size() + margins)
            if not available.contains(outer):
                self.move(fit_rect(outer, available).topLeft())
            return
        size = self.size().boundedTo(room)
        self.resize(size)
        self.move(fit_rect(QRect(available.topLeft(), size + margins), available).topLeft())
        if self.size().width() >= room.width() - 1 or self.size().height() >= room.height() - 1:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            if not self.isMaximized() and not self.isFullScreen():
                self.fit_to_screen()  # saved on a larger screen than this one: fitted to this one
        else:
            screen = self._screen_for()
            available = screen.availableGeometry()
            self.resize(DEFAULT_SIZE)
            self.move(available.center() - QRect(0, 0, DEFAULT_SIZE.width(), DEFAULT_SIZE.height()).center())
            self.fit_to_screen(screen)
        layout = self.settings.value("window/state")
        if isinstance(layout, QByteArray) and not layout.isEmpty() and self._restore_state(layout):
            self._layout_pending = False
        else:
            self._layout_pending = True  # once shown, at the size the window system gave it
            self._lay_out_docks(self.size())
        scale = self.settings.value("presenter/scale", 100)
        try:
            scale = int(scale)
        except (TypeError, ValueError):
            scale = 100
        self.set_ui_scale(scale if scale in PRESENTER_SCALES else 100)

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

    def reset_layout(self) -> None:
        self.maximised, self._before_maximise = None, None
        self.diagram.show()
        self._restore_state(self._default_state)
        for dock in self.docks.values():
            dock.show()
        self._lay_out_docks(self.size())
        self._sync_maximise_actions()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._inert is not None:  # shown again after a close: the panels work again
            for panel in self.panels.values():
                panel.removeEventFilter(self._inert)
            self._inert.deleteLater()
            self._inert = None
        super().showEvent(event)
        if self._layout_pending:
            QTimer.singleShot(0, self._lay_out_now)
        QTimer.singleShot(0, self.hide_stale_tab_bars)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A panel with work the user may want to keep (a training run) asks first; "cancel" keeps the window.
        for panel in self.panels.values():
            confirm = getattr(panel, "confirm_close", None)
            if callable(confirm) and not confirm():
                event.ignore()
                return
        self.save_settings()
        if self.presenter:  # the application's font back to its own size (other windows share it)
            self._apply_scale(100)
        # Every panel's worker threads (instantiate, torchinfo, training runs, speed measurements, predictions,
        # joint training) are cancelled and joined before the window, and with it their QThreads, is destroyed.
        for key, panel in self.panels.items():
            shutdown = getattr(panel, "shutdown", None)
            if callable(shutdown):
                try:
                    shutdown()
                except Exception as exc:  # noqa: BLE001 - one panel's failure must not keep the window open
                    self.extra_errors.append(f"{key}.shutdown: {exc}")
        # A QThread destroyed while it runs aborts the whole process: no panel timer starts a new job once the
        # window is closing, and each thread left is told to quit (a job that is still computing, such as a
        # torchinfo summary, finishes first) and waited for.
        for timer in self.findChildren(QTimer):
            timer.stop()
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

