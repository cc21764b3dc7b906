"""Undo and redo of config changes: one QUndoCommand per accepted change, a slider drag merged into one step."""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from .messages import tr_msg

__all__ = ["ConfigChange", "MERGE_MS"]

MERGE_MS = 600  # config changes closer together than this (a slider drag) are one undo step


class HistoryTarget(Protocol):
    def apply_from_history(self, config: Any) -> None: ...


class ConfigChange(QUndoCommand):
    """One accepted config change. The first redo is the change already made; drags merge into one step."""

    ID = 1

    def __init__(self, window: HistoryTarget, old: Any, new: Any, origin: str | None = None) -> None:
        super().__init__(tr_msg(new.title) if hasattr(new, "title") else str(new))
        self.window, self.old, self.new, self.origin = window, old, new, origin
        self.stamp = time.monotonic()
        self._first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
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
