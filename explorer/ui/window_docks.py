"""The window's panels in their docks: which panel sits where, the layout for the window's size, stale tab
bars, and maximising one panel (and going back).

A mixin of MainWindow (a QMainWindow): it holds no texts of its own. Panels come from this package and from
``panels.EXTRA_PANELS``; each is a ``Panel``.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QScrollArea, QTabBar, QWidget

from .panels import EXTRA_PANELS
from .panels.base import Panel
from .panels.block_animation import BlockAnimation
from .panels.cards_view import CardsView
from .panels.config_panel import ConfigPanel
from .panels.diagram_view import DiagramView
from .panels.help_page import HelpPage
from .panels.instantiate_panel import InstantiatePanel
from .panels.ledger_view import LedgerView
from .panels.lesson_panel import LessonPanel
from .panels.paper_plot import PaperPlot
from .panels.torchinfo_view import TorchinfoView
from .presenter import DEFAULT_SIZE
from .state import AppState

__all__ = ["DocksMixin", "EXTRA_PANEL_SHARE"]

EXTRA_PANEL_SHARE = 0.72  # of the window's height, for a training/inference/compare tab when it is raised
LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
TOP, BOTTOM = Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea


class DocksMixin:
    """Builds ``panels``, ``docks`` and ``holders``; needs ``actions_by_key`` and ``maximise_group``."""

    actions_by_key: dict[str, QAction]
    maximise_group: dict[str, QAction]

    def _build_docks(self, state: AppState) -> None:
        self.config_panel = ConfigPanel(state, self)
        self.cards = CardsView(state, self)
        self.ledger_view = LedgerView(state, self)
        self.diagram = DiagramView(state, self)
        self.paper = PaperPlot(state, self)
        self.torchinfo = TorchinfoView(state, self)
        self.instantiate = InstantiatePanel(state, self)
        self.help_page = HelpPage(state, self)
        self.block_animation = BlockAnimation(state, self)
        self.lesson = LessonPanel(state, self)
        self.setCentralWidget(self.diagram)
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, Panel] = {"diagram": self.diagram}
        self.holders: dict[str, QWidget] = {}  # what each dock holds: the panel, or a scroll area around it
        self._add_dock("config", self.config_panel, LEFT)
        self._add_dock("cards", self.cards, TOP)
        self._add_dock("ledger", self.ledger_view, BOTTOM)
        self._add_dock("torchinfo", self.torchinfo, BOTTOM)
        self._add_dock("paper", self.paper, RIGHT)
        self._add_dock("instantiate", self.instantiate, RIGHT, scroll=True)
        self.tabifyDockWidget(self.docks["ledger"], self.docks["torchinfo"])
        self.tabifyDockWidget(self.docks["paper"], self.docks["instantiate"])
        # Teaching: "DenseNet in 5 minutes" beside the paper plot (config on the left, diagram in the middle,
        # where its links point), the block animation beside the ledger.
        self._add_dock("help", self.help_page, RIGHT)
        self.tabifyDockWidget(self.docks["paper"], self.docks["help"])
        # A lesson on the right: the controls and diagram it points at stay in view beside it.
        self._add_dock("lesson", self.lesson, RIGHT, scroll=True)
        self.tabifyDockWidget(self.docks["paper"], self.docks["lesson"])
        self._add_dock("animation", self.block_animation, BOTTOM, scroll=True)
        self.tabifyDockWidget(self.docks["ledger"], self.docks["animation"])
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
        self._shown_before: list[str] = []  # docks shown, in front, and their sizes, before maximising
        self._front_before: list[str] = []
        self._sizes_before: dict[str, QSize] = {}
        self._dock_to_grow: QDockWidget | None = None
        for dock in self.docks.values():
            dock.installEventFilter(self)  # a double-click on the title maximises instead of floating
        self.diagram.canvas.sig_maximise_requested.connect(lambda: self.toggle_maximise("diagram"))

    def _add_dock(self, key: str, panel: Panel, area: Qt.DockWidgetArea, scroll: bool = False) -> QDockWidget:
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
        """A panel named in EXTRA_PANELS, tabbed with the ledger: a failure to import or construct it is
        reported (``extra_errors``, shown in the status bar), and the window opens without it."""
        try:
            module = importlib.import_module(f"{__package__}.panels.{module_name}")
            panel = getattr(module, class_name)(self.state, self)
            if not isinstance(panel, Panel):
                panel.deleteLater()
                raise TypeError(f"{class_name} is not a Panel (explorer.ui.panels.base)")
        except Exception as exc:  # noqa: BLE001 - one broken panel must not keep the window from opening
            self.extra_errors.append(f"{module_name}.{class_name}: {exc}")
            return
        key = f"extra_{module_name}"
        dock = self._add_dock(key, panel, BOTTOM, scroll=True)
        self.tabifyDockWidget(self.docks["ledger"], dock)
        dock.visibilityChanged.connect(self._give_room)

    def _give_room(self, visible: bool) -> None:
        """Training, inference and compare need more than the ledger's strip: raising one of their tabs grows
        the bottom area to most of the window (never shrinks it; the user's own sizing wins after that)."""
        dock = self.sender()
        if not visible or not isinstance(dock, QDockWidget) or dock.isFloating() or not self.isVisible():
            return
        if dock.height() < int(self.height() * EXTRA_PANEL_SHARE):
            self._dock_to_grow = dock
            QTimer.singleShot(0, self, self._grow_dock)  # once the tab switch has settled

    def _grow_dock(self) -> None:
        dock, self._dock_to_grow = self._dock_to_grow, None
        height = int(self.height() * EXTRA_PANEL_SHARE)
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
        QTimer.singleShot(0, self, self.hide_stale_tab_bars)
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

    def reset_layout(self) -> None:
        self.maximised, self._before_maximise = None, None
        self.diagram.show()
        self._restore_state(self._default_state)
        for dock in self.docks.values():
            dock.show()
        self._lay_out_docks(self.size())
        self._sync_maximise_actions()

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
        QTimer.singleShot(0, self, self.hide_stale_tab_bars)  # (Qt leaves a hidden group's tab bar drawn)

    def restore_panels(self) -> None:
        if self.maximised is None:
            return
        self.maximised = None
        self.diagram.show()
        for k in self._shown_before:
            self.docks[k].show()
        for k in self._front_before:
            self.docks[k].raise_()
        sizes = self._sizes_before
        if sizes:
            docks = [self.docks[k] for k in sizes]
            self.resizeDocks(docks, [s.width() for s in sizes.values()], Qt.Orientation.Horizontal)
            self.resizeDocks(docks, [s.height() for s in sizes.values()], Qt.Orientation.Vertical)
        self._before_maximise = None
        self._sync_maximise_actions()
        for bar in self.findChildren(QTabBar):  # the groups' tab bars back (hidden while maximised)...
            if bar.parentWidget() is self and bar.count() > 1:
                bar.show()
        QTimer.singleShot(0, self, self.hide_stale_tab_bars)  # ...and the left-over ones hidden again, once laid out

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
        return super().eventFilter(watched, event)
