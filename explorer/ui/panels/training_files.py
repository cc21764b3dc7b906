"""The training panel's files: a run's curves as CSV, the plots as PNG, a copy of a run's checkpoint, and a
checkpoint read back as a run. Writes are atomic: a file that cannot be written leaves the previous one
at that path untouched, and the failure is said in the panel in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.config import ConfigError, config_from_dict
from ...core.io import FileFormatError, atomic_write_bytes, atomic_write_text, describe_os_error, read_bounded
from ...core.training import TrainSettings, metrics_csv
from ..messages import tr_msg
from ..workers import Job, JobRunner, details_tooltip
from .training_jobs import load_job
from .training_runs import RunRecord

__all__ = ["RunFiles"]


class RunFiles(QObject):
    def __init__(self, panel: QWidget, say: Callable[[str, int], None], show_error: Callable[..., None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self._say = say  # a line in the status bar, for ms
        self._show_error = show_error  # the panel's error line (message, details for its tooltip)

    def ask_path(self, caption: str, suggestion: str, filters: str, save: bool = True) -> str:
        if save:
            return QFileDialog.getSaveFileName(self.panel, caption, suggestion, filters)[0]
        return QFileDialog.getOpenFileName(self.panel, caption, suggestion, filters)[0]

    def export_csv(self, run: RunRecord, path: str | None = None) -> bool:
        path = path or self.ask_path(self.tr("Export curves as CSV"), f"run{run.index}-metrics.csv", "CSV (*.csv)")
        if not path:
            return False
        try:
            atomic_write_text(path, metrics_csv(run.history))
        except OSError as exc:
            return self.write_failed(exc)
        self._say(self.tr("Curves written to {p}").format(p=path), 5000)
        return True

    def export_png(self, plots: QWidget, path: str | None = None) -> bool:
        path = path or self.ask_path(self.tr("Export plots as PNG"), "training.png", "PNG (*.png)")
        if not path:
            return False
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        plots.grab().save(buf, "PNG")
        buf.close()
        try:
            atomic_write_bytes(path, bytes(data.data()))
        except OSError as exc:
            return self.write_failed(exc)
        self._say(self.tr("Plots written to {p}").format(p=path), 5000)
        return True

    def save_checkpoint(self, run: RunRecord | None, path: str | None = None) -> bool:
        if run is None or not run.checkpoint:
            self._say(self.tr("This run has no checkpoint yet"), 5000)
            return False
        path = path or self.ask_path(self.tr("Save checkpoint"), f"run{run.index}.pt", self.tr("Checkpoint (*.pt)"))
        if not path:
            return False
        try:
            atomic_write_bytes(path, read_bounded(run.checkpoint, "checkpoint file"))
        except FileFormatError as exc:  # the run's checkpoint is now a pipe, a device, a folder, gone
            return self.write_failed(OSError(0, str(exc)))
        except OSError as exc:
            return self.write_failed(exc)
        self._say(self.tr("Checkpoint saved to {p}").format(p=path), 5000)
        return True

    def write_failed(self, exc: OSError) -> bool:
        """A file the user chose could not be written (or the checkpoint to copy is gone): said in the panel."""
        message = tr_msg(describe_os_error(exc))  # in the window's language
        self._show_error(message)
        self._say(message, 10000)
        return False

    def load_checkpoint(self, jobs: JobRunner, path: str | None, loaded: Callable[[dict[str, Any]], None]
                        ) -> Job | None:
        """Read a checkpoint (``path``, or one the user picks) in a worker; ``loaded(info)`` gets its config and
        settings read, its history, dataset, path and epoch. A file that is no checkpoint is said in the panel."""
        path = path or self.ask_path(self.tr("Load checkpoint"), "", self.tr("Checkpoint (*.pt);;All files (*)"),
                                     save=False)
        if not path:
            return None

        def done(info: dict[str, Any]) -> None:
            try:
                info = {**info, "config": config_from_dict(info["config"]),
                        "settings": TrainSettings.from_dict(info["settings"])}
            except (ConfigError, TypeError) as exc:
                self._show_error(str(FileFormatError(f"{info['path']}: {exc}")))
                return
            loaded(info)

        def failed(message: str, details: str) -> None:
            self._show_error(message, details_tooltip(details))
            self._say(message, 10000)

        # One job per file: reading the same file again replaces the read under way, other files load too.
        return jobs.start(("load", path), load_job, path, on_done=done, on_failed=failed)
