"""The training panel's right column: what will be trained, how long it should take, and the list of runs.

Its texts come from plain data (a RunLine, a dataset shape, a ledger's multiply-adds), so a language switch
says them again without asking the panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...core.format import human
from ..messages import tr_msg
from .training_runs import RunRecord, clock, split_images

__all__ = ["RunsColumn"]


class RunsColumn(QWidget):
    sig_overlay = Signal(int, bool)  # (row, shown): a run's tick box
    sig_selection_changed = Signal()

    # The widgets the panel shows under its own names (tests, the Run menu and the crawler reach them there).
    PUBLIC = ("network_label", "estimate_label", "runs_label", "runs_list", "export_csv_button",
              "export_png_button", "save_button", "load_button")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: list[RunRecord] = []  # the panel's runs, in list order (shared, not copied)
        self.network_label = QLabel(self)
        self.network_label.setWordWrap(True)
        self.estimate_label = QLabel(self)
        self.estimate_label.setWordWrap(True)
        self.runs_label = QLabel(self)
        self.runs_list = QListWidget(self)
        self.runs_list.itemChanged.connect(lambda item: self.sig_overlay.emit(
            self.runs_list.row(item), item.checkState() == Qt.CheckState.Checked))
        self.runs_list.currentRowChanged.connect(lambda _r: self.sig_selection_changed.emit())
        self.runs_list.setMinimumHeight(self.runs_list.fontMetrics().lineSpacing() * 3)
        self.export_csv_button = QPushButton(self)
        self.export_png_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.load_button = QPushButton(self)
        run_buttons = QGridLayout()
        for i, b in enumerate((self.export_csv_button, self.export_png_button, self.save_button, self.load_button)):
            run_buttons.addWidget(b, i // 2, i % 2)
        rv = QVBoxLayout(self)
        rv.setContentsMargins(2, 2, 2, 2)
        rv.setSpacing(3)
        for w in (self.network_label, self.estimate_label, self.runs_label):
            rv.addWidget(w)
        rv.addWidget(self.runs_list, 1)
        rv.addLayout(run_buttons)

    def retranslate(self) -> None:
        self.runs_list.setToolTip(self.tr("Tick runs to overlay their curves (dashed); select one to export, save "
                                          "or continue it"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_png_button.setText(self.tr("Export PNG…"))
        self.save_button.setText(self.tr("Save checkpoint…"))
        self.load_button.setText(self.tr("Load checkpoint…"))
        self.runs_label.setText(self.tr("Runs"))
        for run in self._runs:
            self.update_run(run)

    # -- the runs -------------------------------------------------------------------------------------------

    def show_runs(self, runs: list[RunRecord]) -> None:
        """The list the column shows (the runs model's own list: runs appended to it are added with add_run)."""
        self._runs = runs

    def add_run(self, run: RunRecord) -> None:
        """A new line, with a tick box to overlay it, selected."""
        item = QListWidgetItem(self.line_text(run))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.runs_list.addItem(item)
        self.runs_list.setCurrentRow(run.index - 1)

    def update_run(self, run: RunRecord) -> None:
        item = self.runs_list.item(run.index - 1)
        if item is not None:
            self.runs_list.blockSignals(True)
            item.setText(self.line_text(run))
            item.setToolTip(f"{tr_msg(run.config.title)}\n{run.dataset}\n{tr_msg(run.message)}\n{run.checkpoint or ''}")
            self.runs_list.blockSignals(False)

    def selected_row(self) -> int:
        return self.runs_list.currentRow()

    def select(self, run: RunRecord) -> None:
        self.runs_list.setCurrentRow(run.index - 1)

    def line_text(self, run: RunRecord) -> str:
        line = run.line()
        acc = self.tr(", val {acc:.3f}").format(acc=line.val_acc) if line.val_acc is not None else ""
        epochs = self.tr("{n} ep").format(n=line.epochs)
        return f"{line.index}. {tr_msg(line.title)} · {line.dataset} · {epochs}{acc} ({self.status_text(line.status)})"

    def status_text(self, status: str) -> str:
        return {"running": self.tr("running"), "completed": self.tr("completed"), "stopped": self.tr("stopped"),
                "diverged": self.tr("diverged"), "failed": self.tr("failed"), "loaded": self.tr("loaded")}.get(
                    status, status)

    # -- what will be trained ------------------------------------------------------------------------------

    def show_network(self, config: Any, shape: Any | None) -> None:
        """The network as it will be trained, for the dataset's ``shape`` (None: an image folder, not read yet)."""
        if shape is not None:
            grey = self.tr("grey") if shape.in_channels == 1 else self.tr("colour")
            self.network_label.setText(self.tr(
                "{data}: {size}×{size} {grey} images, {classes} classes. {title} is built for {c}×{size}×{size} "
                "inputs and {classes} outputs.").format(data=shape.name, size=shape.input_size, grey=grey,
                                                        classes=shape.num_classes, title=config.title,
                                                        c=shape.in_channels))
        else:
            self.network_label.setText(self.tr("{title} for {c}×{size}×{size} inputs, {classes} classes").format(
                title=config.title, c=config.in_channels, size=config.input_size, classes=config.num_classes))

    def show_estimate(self, macs: int, images: int | None, rate: float | None, seconds: float | None, epochs: int,
                      device: str) -> None:
        """The time per epoch and for the run, with how it was worked out (or what is still missing)."""
        if rate is None:
            self.estimate_label.setText(self.tr("{macs} multiply-adds per image; measuring this device's speed…")
                                        .format(macs=human(macs)))
        elif images is None or seconds is None:
            self.estimate_label.setText(self.tr("{macs} multiply-adds per image; measured {rate} multiply-adds/s "
                                                "in training").format(macs=human(macs), rate=human(rate)))
        else:
            self.estimate_label.setText(self.tr(
                "Estimated {t} per epoch, {total} for {e} epochs: 3 × {macs} multiply-adds × {n} training images ÷ "
                "{rate} multiply-adds/s measured on {dev}.").format(
                    t=clock(seconds), total=clock(seconds * epochs), e=epochs, macs=human(macs),
                    n=f"{split_images(images)[0]:,}", rate=human(rate), dev=device))

    def show_speed_failed(self, message: str, details: str) -> None:
        self.estimate_label.setText(self.tr("Could not measure the speed: {m}").format(m=message))
        self.estimate_label.setToolTip(details)

    def clear_network(self) -> None:
        self.network_label.setText("")
        self.estimate_label.setText("")
