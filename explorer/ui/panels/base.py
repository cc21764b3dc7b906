"""What every panel of the window is: a widget on the shared state, with its own jobs, its title, its texts
in the window's language, and a say in closing the window.

A subclass builds its widgets once in ``__init__`` (no texts there) and ends ``__init__`` with
``self.retranslate()``, which sets every text; the base calls it again on each language change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from ..state import AppState
from ..workers import JobRunner

__all__ = ["Panel", "RUN_CONTROLS"]

RUN_CONTROLS = ("train", "pause", "stop")  # the Run menu's actions, mirrored from a panel's buttons


class Panel(QWidget):
    """Base of the window's panels; the main window talks to its panels only through this interface."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.jobs = JobRunner(self)

    @classmethod
    def title(cls) -> str:
        """The dock's title, translated (``QCoreApplication.translate("<ClassName>", "...")``)."""
        raise NotImplementedError(f"{cls.__name__} has no title()")

    def retranslate(self) -> None:
        """Set every text of the panel in the current language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refit(self) -> None:
        """Fit the layout to the panel's width; nothing by default. Called on every resize and on show: the
        resize that comes with show() arrives before the panel counts as visible."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refit()

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        """The window is closing: start nothing new, stop the jobs; True when every thread has ended."""
        return self.jobs.shutdown(timeout_ms)

    def confirm_close(self) -> bool:
        """May the window close? A panel holding work the user may want to keep asks here."""
        return True

    def run_controls(self) -> dict[str, QAbstractButton]:
        """The buttons the Run menu mirrors, by key in ``RUN_CONTROLS``; none for most panels."""
        return {}

    def is_paused(self) -> bool:
        """True while the panel's run is paused (the Run menu then offers Resume)."""
        return False
