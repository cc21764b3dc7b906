"""torchinfo's summary of the built network (built on the CPU in a worker thread, after torch has loaded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...core.ledger import Ledger
from ..background import torch_loader
from ..state import AppState
from ..workers import Job, details_tooltip
from .base import Panel
from .deferred import DeferredUpdate

__all__ = ["TorchinfoView"]


def _summarise(job: Job, config: Any) -> tuple[Any, str]:
    from ...core.torchinfo_summary import torchinfo_table

    return config, torchinfo_table(config)


class TorchinfoView(Panel):
    """Refreshes by itself (after a pause in the changes) when "Follow changes" is on."""

    DELAY_MS = 700

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TorchinfoView", "torchinfo")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if not QFontInfo(font).fixedPitch():  # torchinfo draws a tree with box characters: needs monospace
            font = QFont("DejaVu Sans Mono")
            font.setStyleHint(QFont.StyleHint.TypeWriter)
            font.setFixedPitch(True)
        self.text.setFont(font)
        self.refresh_button = QPushButton(self)
        self.follow = QCheckBox(self)
        self.follow.setChecked(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.follow)
        top.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.text, 1)
        self.job: Job | None = None
        self.shown_config: Any = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        state.sig_config_changed.connect(self._on_config)
        # Building and summarising a network costs real time: only for a view someone can see, after the
        # changes have settled (DELAY_MS), catching up when its tab is raised.
        self.deferred = DeferredUpdate(self, self.timer.start)
        self.loader = torch_loader()
        self.loader.sig_ready.connect(self._torch_ready)
        self._state_key = "waiting"
        self._error = ""  # the last failure, shown in the status line
        self.retranslate()
        if self.loader.ready:
            self.deferred.request()

    def _torch_ready(self, _devices: Any) -> None:
        self.deferred.request()

    def _on_config(self, _config: Any, _ledger: Ledger) -> None:
        if self.follow.isChecked():
            self.deferred.request()

    def refresh(self) -> None:
        """Summarise the current network; a request while one runs is served when it ends."""
        if not self.loader.ready:
            self._set_state("waiting")
            return
        if self.jobs.running("summary"):
            self.timer.start()
            return
        config = self.state.config
        if config == self.shown_config:
            return
        self._set_state("running")
        self.job = self.jobs.start("summary", _summarise, config, on_done=self._done, on_failed=self._failed)

    def _done(self, result: tuple[Any, str]) -> None:
        config, text = result
        self.shown_config = config
        self.text.setPlainText(text)
        self._set_state("done")
        if config != self.state.config and self.follow.isChecked():
            self.timer.start()

    def _failed(self, message: str, details: str) -> None:
        self._error = message
        self._set_state("failed")
        self.status.setToolTip(details_tooltip(details))

    def _set_state(self, key: str) -> None:
        self._state_key = key
        texts = {"waiting": self.tr("Loading torch in the background…"),
                 "running": self.tr("Building the network and running torchinfo…"),
                 "done": self.tr("Summary of {title}").format(
                     title=getattr(self.shown_config, "title", "")),
                 "failed": self.tr("torchinfo failed: {error}").format(error=self._error)}
        self.status.setText(texts[key])
        if key != "failed":
            self.status.setToolTip("")

    def wait(self, ms: int = 60000) -> bool:
        return self.job is None or self.job.wait(ms)

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        """The window is closing: no new summary; a running one (not interruptible) is waited for."""
        self.timer.stop()
        return super().shutdown(timeout_ms)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Build the current network and summarise it with torchinfo"))
        self.follow.setText(self.tr("Follow changes"))
        self.follow.setToolTip(self.tr("Summarise again shortly after each change of the network"))
        self._set_state(self._state_key)
