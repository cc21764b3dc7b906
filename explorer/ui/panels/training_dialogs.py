"""The questions the training panel asks before it stops, starts or closes a run. The panel calls them through
its own ``ask_*`` methods, which tests replace."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["TrainingDialogs"]


class TrainingDialogs(QObject):
    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel

    def network_change(self) -> str:
        """'stop', 'keep' (the run goes on with its copy; the next run uses the new network) or 'undo'."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Training is running"),
                          self.tr("The network changed while a run is training the previous one. Stop the run "
                                  "(its checkpoint is kept), keep training the previous network, or undo the "
                                  "change?"), parent=self.panel)
        stop = box.addButton(self.tr("Stop the run"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep training"), QMessageBox.ButtonRole.AcceptRole)
        undo = box.addButton(self.tr("Undo the change"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "stop" if clicked is stop else "undo" if clicked is undo else "keep"

    def long_run(self, duration: str, device: str, epochs: int) -> bool:
        """True to start a run estimated at ``duration`` (over LONG_RUN_SECONDS)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A long run"),
                          self.tr("This run is estimated at {t} on {dev} ({e} epochs). Start it? Pause and Stop work "
                                  "at any time, between batches.").format(t=duration, dev=device, e=epochs),
                          parent=self.panel)
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(start)
        box.exec()
        return box.clickedButton() is start

    def close_during_run(self, folder: str, discardable: bool) -> str:
        """'keep' (stop, keep the checkpoint), 'discard' (stop, delete the run's folder; offered only where the
        panel may delete it) or 'cancel'."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Training is running"),
                          self.tr("Closing stops the run after the current batch and writes its checkpoint to "
                                  "{folder}. Keep that checkpoint to continue later?").format(folder=folder),
                          parent=self.panel)
        keep = box.addButton(self.tr("Stop and keep the checkpoint"), QMessageBox.ButtonRole.AcceptRole)
        discard = None
        if discardable:
            discard = box.addButton(self.tr("Stop and delete this run"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep training"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "discard" if discard is not None and clicked is discard else "cancel"
