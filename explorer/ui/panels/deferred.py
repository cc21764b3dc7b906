"""Panel updates that cost nothing while nobody can see them.

A config change reaches every panel at once (AppState.sig_config_changed), many times a second while a slider
is dragged. A panel hands its reaction to a ``DeferredUpdate``: a burst of requests becomes one call at the
next turn of the event loop (a 0-ms single-shot timer), and a panel that is not on screen (its dock closed,
or a dock tab behind another, which Qt keeps "visible" but moves off-screen) does nothing until it is shown,
its tab is raised or it gets room again: then it catches up once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

__all__ = ["DeferredUpdate", "on_screen"]


def on_screen(widget: QWidget) -> bool:
    """Shown and not clipped away entirely (a dock tab behind another lies outside its window)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class DeferredUpdate(QObject):
    """Calls ``update()`` once after any number of ``request()``s, when ``widget`` is on screen."""

    _CATCH_UP = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.ParentChange)

    def __init__(self, widget: QWidget, update: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._update = update
        self.pending = False
        self.runs = 0  # how many times update() ran (tests, benchmark)
        self._dock: QDockWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)
        widget.installEventFilter(self)

    def request(self) -> None:
        self.pending = True
        self._watch_dock()
        if on_screen(self._widget):
            self._timer.start()

    def flush(self) -> None:
        """Bring the widget up to date now, seen or not (an explicit request: export, selection, a test)."""
        self._timer.stop()
        if self.pending:
            self.pending = False
            self.runs += 1
            self._update()

    def scheduled(self) -> bool:
        """An update will run at the next turn of the event loop; pending and not scheduled, it waits for the
        widget to come on screen (nothing else runs it)."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """The widget was brought up to date some other way."""
        self.pending = False
        self._timer.stop()

    def _fire(self) -> None:
        if self.pending and on_screen(self._widget):
            self.flush()

    def _catch_up(self, *_args: object) -> None:
        if self.pending:
            self._timer.start()  # _fire checks again whether it is on screen once the layout has settled

    def _watch_dock(self) -> None:
        """Raising a dock's tab moves it on screen without a show event: its visibilityChanged says so."""
        parent = self._widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not self._dock:
            if self._dock is not None:
                self._dock.visibilityChanged.disconnect(self._catch_up)
            self._dock = parent
            if parent is not None:
                parent.visibilityChanged.connect(self._catch_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._widget and event.type() in self._CATCH_UP:
            if event.type() == QEvent.Type.ParentChange:
                self._watch_dock()
            self._catch_up()
        return False
