"""The training panel: pick data and the paper's recipe, press Train, watch the network learn.

The Trainer (explorer.core.training) runs in one QThread per run. Its callbacks only append plain reports
to a queue; a 10 Hz QTimer on the GUI thread drains it and calls ``setData`` on curves created once, so
drawing never slows training. Runs are kept (config + curves + checkpoint) to overlay, export and continue.
No torch here: torch is imported by the core functions the worker calls.
"""

from __future__ import annotations

import collections
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.config import DEFAULT_PRESET, ConfigError, DenseNetConfig, config_from_dict, preset_config
from ...core.data import DATASET_NAMES, apply_dataset, dataset_shape
from ...core.format import human
from ...core.io import FileFormatError, atomic_write_bytes, atomic_write_text, describe_os_error, read_bounded
from ...core.ledger import compute_ledger
from ...core.speed import LONG_RUN_SECONDS, cached_probe_speed, estimate_epoch_seconds
from ...core.training import SCHEDULES, TrainSettings, metrics_csv
from .. import plot_theme
from ..messages import error_text, tr_msg
from ..state import AppState
from ..theme import mark_error
from ..widgets import NumberSpinBox, ScientificSpinBox
from ..workers import Job, details_tooltip, start_job
from .deferred import DeferredUpdate, on_screen

__all__ = ["TrainingPanel", "DEMO_CONFIG", "RunRecord"]

# The demo: DenseNet-BC with 4-4-4 layers and k=12 on the shipped 8x8 digits learns to >90% validation
# accuracy in its first 2-3 epochs (about 1-2 s each on a 2-core laptop CPU).
DEMO_CONFIG = DenseNetConfig(growth_rate=12, block_layers=(4, 4, 4), bottleneck=True, compression=0.5)
PLOT_HZ = 10
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]


@dataclass
class RunRecord:
    """One training run as the panel keeps it: plain numbers only."""

    index: int
    config: Any
    dataset: str
    settings: TrainSettings
    out_dir: str | None = None
    checkpoint: str | None = None
    status: str = "running"  # running, completed, stopped, diverged, failed, loaded
    message: str = ""
    history: list[dict[str, float]] = field(default_factory=list)
    batch_x: list[float] = field(default_factory=list)  # epoch position (epoch - 1 + batch / batches)
    batch_loss: list[float] = field(default_factory=list)
    batch_smooth: list[float] = field(default_factory=list)
    _ema: float = 0.0
    _ema_n: int = 0

    def add_batch(self, x: float, loss: float) -> None:
        self._ema_n += 1
        self._ema = 0.9 * self._ema + 0.1 * loss
        self.batch_x.append(x)
        self.batch_loss.append(loss)
        self.batch_smooth.append(self._ema / (1 - 0.9 ** self._ema_n))  # bias-corrected moving average

    def label(self, status_text: str | None = None) -> str:
        acc = (QCoreApplication.translate("TrainingPanel", ", val {acc:.3f}").format(acc=self.history[-1]["val_acc"])
               if self.history else "")
        epochs = QCoreApplication.translate("TrainingPanel", "{n} ep").format(n=len(self.history))
        status = status_text or self.status
        return f"{self.index}. {tr_msg(self.config.title)} · {self.dataset} · {epochs}{acc} ({status})"


class _Bridge:
    """Trainer callbacks -> a thread-safe queue (deque appends are atomic); nothing else, so it is cheap."""

    def __init__(self, queue: collections.deque) -> None:
        self.queue = queue

    def on_batch_end(self, report: Any) -> None:
        self.queue.append(("batch", report))

    def on_epoch_end(self, report: Any) -> None:
        self.queue.append(("epoch", report))

    def on_checkpoint(self, path: str) -> None:
        self.queue.append(("checkpoint", path))


def _train_job(job: Job, trainer: Any, dataset: str, data_dir: str | None, download: bool, seed: int,
               image_size: int, queue: collections.deque) -> Any:
    from ...core.data import DownloadCancelled, load_dataset
    from ...core.training import TrainResult

    if trainer.data is None:
        queue.append(("status", "loading"))
        try:
            trainer.data = load_dataset(dataset, data_dir or None, download,
                                        lambda done, total: queue.append(("download", (done, total))),
                                        image_size=image_size, seed=seed, should_cancel=job.cancelled)
        except DownloadCancelled:  # stopped (or the window closed) mid-download: nothing half-written is kept
            return TrainResult("stopped", QCoreApplication.translate("TrainingPanel", "stopped while downloading the "
                                                                     "dataset"), [], 0, trainer.config,
                               trainer.settings)
    if job.cancelled():
        trainer.request_stop()
    return trainer.run()


def _speed_job(job: Job, device: str) -> float:
    from ...core.speed import probe_speed

    return probe_speed(device)


def _load_job(job: Job, path: str) -> dict[str, Any]:
    from ...core.checkpoint import load_checkpoint

    data = load_checkpoint(path)
    return {"path": path, "config": data["config"], "history": [dict(r) for r in data["history"]],
            "dataset": data.get("dataset") or "?", "settings": dict(data.get("settings") or {}),
            "epoch": data["epoch"]}


def _clock(seconds: float) -> str:
    if seconds != seconds or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class TrainingPanel(QWidget):
    sig_run_finished = Signal(object)  # the RunRecord, after a run ends (any status)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TrainingPanel", "Training")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runs: list[RunRecord] = []
        self._own_run_dirs: set[int] = set()  # runs whose folder this panel created (the only ones it may delete)
        self.current: RunRecord | None = None
        self.trainer: Any = None
        self.job: Job | None = None
        self.speed_job: Job | None = None
        self.load_jobs: list[Job] = []
        self._retired: list[Job] = []  # jobs that reported but whose thread may still be finishing
        self.speed: dict[str, float] = {}  # device -> training multiply-adds/s, measured once on the probe network
        self.queue: collections.deque = collections.deque()
        self._last_batch: Any = None
        self._user_changed_network = state.config != preset_config(DEFAULT_PRESET)
        self._reverting = False
        self._stopping = False
        self._epochs_drawn: tuple[int, int] | None = None  # (run, epochs) the per-epoch curves show
        self._previous_config = state.config
        self._overlay_items: dict[int, list[Any]] = {}
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(1000 // PLOT_HZ)
        self.timer.timeout.connect(self._drain)
        self.speed_timer = QTimer(self)
        self.speed_timer.setSingleShot(True)
        self.speed_timer.setInterval(700)
        self.speed_timer.timeout.connect(self.measure_speed)
        state.sig_config_changed.connect(self._on_config_changed)
        self._deferred_refresh = DeferredUpdate(self, self._refresh_network)
        if self._user_changed_network:  # the window opened on the student's own network: train that
            self.network_combo.setCurrentIndex(self.network_combo.findData("window"))
        self._refresh_network()
        self._deferred_refresh.request()  # measures the device's speed once the panel is first seen
        self._update_buttons()
        from ..background import torch_loader

        loader = torch_loader()
        if loader.ready:
            self._fill_devices(loader.devices)
        else:
            loader.sig_ready.connect(self._fill_devices)  # a bound slot: disconnected if the panel goes first

    # -- layout --------------------------------------------------------------------------------------

    def _build(self) -> None:
        d = TrainSettings()
        form_box = QGroupBox(self.tr("Data and recipe (the paper's defaults)"), self)
        self.form_box = form_box
        form = QFormLayout(form_box)
        self.form = form
        self.network_combo = QComboBox(self)
        self.network_combo.addItem(self.tr("Small demo network"), "demo")
        self.network_combo.addItem(self.tr("The network in the window"), "window")
        self.network_combo.setToolTip(self.tr("The demo is DenseNet-BC with 4-4-4 layers and k=12: on the digits it "
                                              "shows curves rising within a minute on a laptop CPU."))
        self.network_combo.currentIndexChanged.connect(lambda _i: self._refresh_network())
        form.addRow(self.tr("Network"), self.network_combo)
        self.dataset_combo = QComboBox(self)
        for name in DATASET_NAMES:
            self.dataset_combo.addItem(name, name)
        self.dataset_combo.addItem(self.tr("image folder…"), "folder")
        self.dataset_combo.setToolTip(self.tr("digits (8x8 grey, shipped) and shapes (32x32 colour, generated) "
                                              "work offline; the others load from the data folder."))
        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_changed)
        form.addRow(self.tr("Dataset"), self.dataset_combo)
        # What a class changes least often sits in a group that opens on demand, so that on a 1280×720
        # projector the Train button and the curves are on screen together (the essentials above, the rest here).
        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.setText(self.tr("More settings"))
        self.advanced_box = QWidget(self)
        advanced = QFormLayout(self.advanced_box)
        advanced.setContentsMargins(0, 0, 0, 0)
        self.advanced_form = advanced
        self.advanced_box.setVisible(False)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        dir_row = QHBoxLayout()
        self.data_dir_edit = QLineEdit(self)
        self.data_dir_edit.setPlaceholderText(self.tr("default data folder"))
        self.data_dir_edit.editingFinished.connect(self._refresh_network)
        browse = QPushButton(self.tr("Browse…"), self)
        self.browse_button = browse
        browse.clicked.connect(self._browse_data_dir)
        dir_row.addWidget(self.data_dir_edit, 1)
        dir_row.addWidget(browse)
        self.dir_row = dir_row
        advanced.addRow(self.tr("Data folder"), dir_row)
        self.download_check = QCheckBox(self.tr("Download if missing (needs internet)"), self)
        advanced.addRow("", self.download_check)
        self.epochs_spin = NumberSpinBox("epochs", 1, 100_000, self, pass_out_of_range=False)
        self.epochs_spin.setValue(d.epochs)
        self.epochs_spin.valueChanged.connect(lambda _v: self._refresh_estimate())
        form.addRow(self.tr("Epochs"), self.epochs_spin)
        self.batch_spin = NumberSpinBox("batch_size", 1, 65_536, self, pass_out_of_range=False)
        self.batch_spin.setValue(d.batch_size)
        self.batch_spin.valueChanged.connect(lambda _v: self._refresh_estimate())
        form.addRow(self.tr("Batch size"), self.batch_spin)
        self.lr_spin = ScientificSpinBox("lr", 1e-8, 10.0, self)
        self.lr_spin.setValue(d.lr)
        form.addRow(self.tr("Learning rate"), self.lr_spin)
        self.schedule_combo = QComboBox(self)
        names = {"step": self.tr("step: ÷10 at 50% and 75%"), "cosine": self.tr("cosine"),
                 "constant": self.tr("constant")}
        for s in SCHEDULES:
            self.schedule_combo.addItem(names[s], s)
        advanced.addRow(self.tr("Schedule"), self.schedule_combo)
        self.augment_check = QCheckBox(self.tr("Augment (pad 4, random crop, flip: the \"+\" columns)"), self)
        self.augment_check.setToolTip(self.tr("Without augmentation the paper adds dropout 0.2 after each "
                                              "convolution but the first."))
        advanced.addRow("", self.augment_check)
        self.device_combo = QComboBox(self)
        self.device_combo.addItem("cpu", "cpu")
        self.device_combo.currentIndexChanged.connect(lambda _i: self._schedule_speed())
        advanced.addRow(self.tr("Device"), self.device_combo)
        self.memory_check = QCheckBox(self.tr("Memory-efficient (recompute in backward)"), self)
        self.amp_check = QCheckBox(self.tr("Mixed precision"), self)
        self.channels_last_check = QCheckBox(self.tr("channels_last"), self)
        advanced.addRow("", self.memory_check)
        advanced.addRow("", self.amp_check)
        advanced.addRow("", self.channels_last_check)
        self.seed_spin = NumberSpinBox("seed", 0, 2**31 - 1, self, pass_out_of_range=False)
        for spin in (self.epochs_spin, self.batch_spin, self.lr_spin, self.seed_spin):
            spin.sig_invalid.connect(self._show_field_error)
        advanced.addRow(self.tr("Seed"), self.seed_spin)
        self.network_label = QLabel(self)
        self.network_label.setWordWrap(True)
        self.estimate_label = QLabel(self)
        self.estimate_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        mark_error(self.error_label)  # readable in light and dark palettes (#c0392b was 2.3:1 on dark)

        # Controls.
        self.train_button = QPushButton(self.tr("Train"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.continue_button = QPushButton(self.tr("Continue run"), self)
        self.continue_button.setToolTip(self.tr("Continue the selected run from its checkpoint (up to the epochs "
                                                "above)"))
        # A slot of its own: clicked(bool) must not reach start_training's resume_run (it did: Train did nothing).
        self.train_button.clicked.connect(self._train_clicked)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_training)
        self.continue_button.clicked.connect(self._continue_clicked)
        buttons = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.stop_button, self.continue_button):
            buttons.addWidget(b)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress_label = QLabel(self)
        # A long line (a checkpoint's path has no spaces) must not widen the column and squeeze the curves.
        self.progress_label.setWordWrap(True)
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress_label.setMinimumWidth(1)

        # Runs.
        self.runs_list = QListWidget(self)
        self.runs_list.setToolTip(self.tr("Tick runs to overlay their curves (dashed); select one to export, save "
                                          "or continue it"))
        self.runs_list.itemChanged.connect(self._on_run_item_changed)
        self.runs_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        run_buttons = QGridLayout()
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_png_button = QPushButton(self.tr("Export PNG…"), self)
        self.save_button = QPushButton(self.tr("Save checkpoint…"), self)
        self.load_button = QPushButton(self.tr("Load checkpoint…"), self)
        self.export_csv_button.clicked.connect(lambda: self.export_csv())
        self.export_png_button.clicked.connect(lambda: self.export_png())
        self.save_button.clicked.connect(lambda: self.save_checkpoint_as())
        self.load_button.clicked.connect(lambda: self.load_checkpoint_file())
        for i, b in enumerate((self.export_csv_button, self.export_png_button, self.save_button, self.load_button)):
            run_buttons.addWidget(b, i // 2, i % 2)

        left = QWidget(self)
        # Three columns, each short enough for the strip a 1280×720 window gives a raised bottom panel (about
        # 300 px): the recipe with Train under it | the curves | what will be trained and the runs.
        lv = QVBoxLayout(left)
        lv.setContentsMargins(2, 2, 2, 2)
        lv.setSpacing(3)
        form.setVerticalSpacing(3)
        form.setContentsMargins(6, 2, 6, 2)
        form.addRow(self.advanced_toggle)
        form.addRow(self.advanced_box)
        lv.addWidget(form_box)
        lv.addLayout(buttons)  # right under the essentials: on screen with the curves at 1280×720
        lv.addWidget(self.progress)
        lv.addWidget(self.progress_label)
        lv.addWidget(self.error_label)
        lv.addStretch(1)
        right = QWidget(self)
        self.runs_column = right
        rv = QVBoxLayout(right)
        rv.setContentsMargins(2, 2, 2, 2)
        rv.setSpacing(3)
        rv.addWidget(self.network_label)
        rv.addWidget(self.estimate_label)
        self.runs_label = QLabel(self.tr("Runs"), self)
        rv.addWidget(self.runs_label)
        self.runs_list.setMinimumHeight(self.runs_list.fontMetrics().lineSpacing() * 3)
        rv.addWidget(self.runs_list, 1)
        rv.addLayout(run_buttons)

        # Plots: every live curve is created here, once.
        self.plots = pg.GraphicsLayoutWidget(self)
        # Two rows (the loss and accuracy curves first): each plot keeps a readable height in the ~300 px a
        # 1280×720 window gives the raised panel.
        self.loss_plot = self.plots.addPlot(0, 0, title=self.tr("Training loss per batch"))
        self.acc_plot = self.plots.addPlot(0, 1, title=self.tr("Accuracy per epoch"))
        self.eloss_plot = self.plots.addPlot(0, 2, title=self.tr("Loss per epoch"))
        self.lr_plot = self.plots.addPlot(2, 0, title=self.tr("Learning rate"))
        self.speed_plot = self.plots.addPlot(2, 1, title=self.tr("Images per second"))
        for p in (self.loss_plot, self.acc_plot, self.eloss_plot, self.lr_plot, self.speed_plot):
            self._set_title(p, p.titleLabel.text)
            p.showGrid(x=True, y=True, alpha=0.3)
            p.setLabel("bottom", self.tr("epoch"))
        # Each legend on its own line under its plot (row 1), never on the curves: in the ~210 px a plot gets at
        # 1280×720 a legend inside the view covered a curve in whichever corner it went.
        # The accuracy and loss-per-epoch plots draw train and validation in the same two colours: one legend
        # spans both (three legends side by side made the row wider than the ~630 px the curves get at 1280×720,
        # and the third plot was cut off at its right).
        self.loss_plot.legend = pg.LegendItem(colCount=2)
        self.plots.addItem(self.loss_plot.legend, row=1, col=0)
        epoch_legend = pg.LegendItem(colCount=2)
        self.plots.addItem(epoch_legend, row=1, col=1, colspan=2)
        self.acc_plot.legend = epoch_legend  # curves created with a name join it (PlotItem.addItem)
        self.eloss_plot.legend = None  # its curves are named for the hover, but listed once, by acc_plot's
        grid = self.plots.ci.layout
        for row, stretch in ((0, 3), (1, 0), (2, 2)):
            grid.setRowStretchFactor(row, stretch)
        self.secondary_plots_shown = True  # the rate and speed plots: only where the panel has room for them
        self.plots.installEventFilter(self)
        self.acc_plot.setYRange(0, 1, padding=0.02)  # accuracy is a fraction: always 0..1, not zoomed to 0.7-0.95
        self.acc_plot.enableAutoRange(y=False)
        raw_pen = pg.mkPen((31, 119, 180, 90), width=1)
        self.curve_batch_raw = self.loss_plot.plot([], [], pen=raw_pen, name=self.tr("per batch"))
        self.curve_batch_smooth = self.loss_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2),
                                                      name=self.tr("smoothed"))
        for curve in (self.curve_batch_raw, self.curve_batch_smooth):  # a tick costs the same at any length
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        sym = {"symbol": "o", "symbolSize": 6}
        self.curve_train_acc = self.acc_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2), symbolBrush="#1f77b4",
                                                  name=self.tr("train"), **sym)
        self.curve_val_acc = self.acc_plot.plot([], [], pen=pg.mkPen("#d62728", width=2), symbolBrush="#d62728",
                                                name=self.tr("validation"), **sym)
        self.curve_train_loss = self.eloss_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2),
                                                     symbolBrush="#1f77b4", name=self.tr("train"), **sym)
        self.curve_val_loss = self.eloss_plot.plot([], [], pen=pg.mkPen("#d62728", width=2), symbolBrush="#d62728",
                                                   name=self.tr("validation"), **sym)
        self.eloss_plot.legend = epoch_legend  # shared: the theme colours it, the tests find it
        self.curve_lr = self.lr_plot.plot([], [], pen=pg.mkPen("#2ca02c", width=2), stepMode=None, **sym)
        self.curve_speed = self.speed_plot.plot([], [], pen=pg.mkPen("#ff7f0e", width=2), **sym)
        plot_theme.install(self.plots, self._theme_curves)  # the palette's colours, light or dark; no SI prefix

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.plots)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 640, 250])
        self.splitter = splitter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.addWidget(splitter)

    def _set_title(self, plot: pg.PlotItem, title: str) -> None:
        """A plot's title in the panel's own font size (pyqtgraph's larger default made the three plots' titles
        wider than the ~630 px the curves get at 1280×720: the third plot was cut off at its right). Presenter
        mode scales the panel's font, so the titles follow it."""
        plot.setTitle(title, size=f"{max(self.font().pointSizeF(), 7.0):.1f}pt")

    def _theme_curves(self, theme: plot_theme.PlotTheme) -> None:
        """The live curves in the theme's colours (train, validation, rate, speed), readable on its background."""
        train, val, lr, speed = theme.colour(0), theme.colour(1), theme.colour(2), theme.colour(4)
        raw = QColor(train)
        raw.setAlpha(90)
        self.curve_batch_raw.setPen(pg.mkPen(raw, width=1))
        self.curve_batch_smooth.setPen(pg.mkPen(train, width=2))
        for curve, colour in ((self.curve_train_acc, train), (self.curve_val_acc, val),
                              (self.curve_train_loss, train), (self.curve_val_loss, val)):
            curve.setPen(pg.mkPen(colour, width=2))
            curve.setSymbolBrush(colour)
        for curve, colour in ((self.curve_lr, lr), (self.curve_speed, speed)):
            curve.setPen(pg.mkPen(colour, width=2))
            curve.setSymbolBrush(colour)

    SECONDARY_PLOTS_FROM = 460  # px of plot area; below it the loss and accuracy curves get all of it

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.plots and event.type() == QEvent.Type.Resize:
            self._fit_plots(event.size().height())
        return super().eventFilter(watched, event)

    def _fit_plots(self, height: int) -> None:
        """In the strip a 1280×720 window gives the raised panel (about 300 px) the learning-rate and speed plots
        step aside so that the loss and accuracy curves stay readable; they come back with the room (maximised,
        a taller dock). Their curves are kept and updated either way."""
        shown = height >= self.SECONDARY_PLOTS_FROM
        if shown == self.secondary_plots_shown:
            return
        self.secondary_plots_shown = shown
        if shown:
            self.plots.addItem(self.lr_plot, row=2, col=0)
            self.plots.addItem(self.speed_plot, row=2, col=1)
            plot_theme.apply(self.plots)
        else:
            self.plots.removeItem(self.lr_plot)
            self.plots.removeItem(self.speed_plot)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _show_finish(self) -> str:
        """How the last run ended, in the window's language (shown again after a language switch)."""
        status, message, checkpoint = self._last_finish
        message = tr_msg(message)  # the Trainer's words (a core Message) in the window's language
        if status == "failed" or status == "diverged":
            self.error_label.setText(message)
        text = {"completed": self.tr("Training finished: {m}"), "stopped": self.tr("Training stopped: {m}"),
                "diverged": self.tr("Training diverged: {m}"), "failed": self.tr("Training failed: {m}")}[status]
        if checkpoint and status != "failed":
            text += " " + self.tr("(checkpoint: {p})").format(p=checkpoint)
        self.progress_label.setText(text.format(m=message))
        return text.format(m=message)

    def retranslate(self) -> None:
        """Every fixed text again, in the language now installed (the window switches live)."""
        if getattr(self, "_last_finish", None) is not None and self.progress_label.text():
            self._show_finish()
        self.form_box.setTitle(self.tr("Data and recipe (the paper's defaults)"))
        self.network_combo.setItemText(0, self.tr("Small demo network"))
        self.network_combo.setItemText(1, self.tr("The network in the window"))
        self.network_combo.setToolTip(self.tr("The demo is DenseNet-BC with 4-4-4 layers and k=12: on the digits it "
                                              "shows curves rising within a minute on a laptop CPU."))
        self.dataset_combo.setItemText(self.dataset_combo.count() - 1, self.tr("image folder…"))
        self.dataset_combo.setToolTip(self.tr("digits (8x8 grey, shipped) and shapes (32x32 colour, generated) "
                                              "work offline; the others load from the data folder."))
        labels = ((self.network_combo, self.tr("Network")), (self.dataset_combo, self.tr("Dataset")),
                  (self.dir_row, self.tr("Data folder")), (self.epochs_spin, self.tr("Epochs")),
                  (self.batch_spin, self.tr("Batch size")), (self.lr_spin, self.tr("Learning rate")),
                  (self.schedule_combo, self.tr("Schedule")), (self.device_combo, self.tr("Device")),
                  (self.seed_spin, self.tr("Seed")))
        self.advanced_toggle.setText(self.tr("More settings"))
        self.advanced_toggle.setToolTip(self.tr("Data folder, download, schedule, augmentation, device, "
                                                "memory-efficient mode, mixed precision, channels_last, seed"))
        for field_, text in labels:
            label = self.form.labelForField(field_) or self.advanced_form.labelForField(field_)
            if isinstance(label, QLabel):
                label.setText(text)
        self.data_dir_edit.setPlaceholderText(self.tr("default data folder"))
        self.browse_button.setText(self.tr("Browse…"))
        self.download_check.setText(self.tr("Download if missing (needs internet)"))
        for i, text in enumerate((self.tr("step: ÷10 at 50% and 75%"), self.tr("cosine"), self.tr("constant"))):
            self.schedule_combo.setItemText(i, text)
        self.augment_check.setText(self.tr("Augment (pad 4, random crop, flip: the \"+\" columns)"))
        self.augment_check.setToolTip(self.tr("Without augmentation the paper adds dropout 0.2 after each "
                                              "convolution but the first."))
        self.memory_check.setText(self.tr("Memory-efficient (recompute in backward)"))
        self.amp_check.setText(self.tr("Mixed precision"))
        self.channels_last_check.setText(self.tr("channels_last"))
        self.train_button.setText(self.tr("Train"))
        paused = self.trainer is not None and self.running and self.trainer.paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.stop_button.setText(self.tr("Stop"))
        self.continue_button.setText(self.tr("Continue run"))
        self.continue_button.setToolTip(self.tr("Continue the selected run from its checkpoint (up to the epochs "
                                                "above)"))
        self.runs_list.setToolTip(self.tr("Tick runs to overlay their curves (dashed); select one to export, save "
                                          "or continue it"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_png_button.setText(self.tr("Export PNG…"))
        self.save_button.setText(self.tr("Save checkpoint…"))
        self.load_button.setText(self.tr("Load checkpoint…"))
        self.runs_label.setText(self.tr("Runs"))
        for run in self.runs:
            self._update_run_item(run)
        for plot, title in ((self.loss_plot, self.tr("Training loss per batch")),
                            (self.acc_plot, self.tr("Accuracy per epoch")),
                            (self.eloss_plot, self.tr("Loss per epoch")), (self.lr_plot, self.tr("Learning rate")),
                            (self.speed_plot, self.tr("Images per second"))):
            self._set_title(plot, title)
            plot.setLabel("bottom", self.tr("epoch"))
        for plot, named in ((self.loss_plot, ((self.curve_batch_raw, self.tr("per batch")),
                                              (self.curve_batch_smooth, self.tr("smoothed")))),
                            (self.acc_plot, ((self.curve_train_acc, self.tr("train")),
                                             (self.curve_val_acc, self.tr("validation")))),
                            (self.eloss_plot, ((self.curve_train_loss, self.tr("train")),
                                               (self.curve_val_loss, self.tr("validation"))))):
            legend = plot.legend
            if plot is self.eloss_plot and legend is self.acc_plot.legend:
                continue  # the shared legend lists train and validation once
            if legend is not None:
                legend.clear()
                for curve, name in named:
                    legend.addItem(curve, name)
                for overlay_plot, item in (pair for items in self._overlay_items.values() for pair in items):
                    if overlay_plot is plot and item.name():
                        legend.addItem(item, item.name())
        self._refresh_network()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what will be trained --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def dataset_name(self) -> str:
        key = self.dataset_combo.currentData()
        if key == "folder":
            return f"folder:{self.data_dir_edit.text().strip()}"
        return key

    def base_config(self) -> Any:
        return DEMO_CONFIG if self.network_combo.currentData() == "demo" else self.state.config

    def training_config(self) -> Any:
        """The network as it will be trained: the chosen one, shaped by the dataset (ConfigError if not)."""
        return apply_dataset(self.base_config(), dataset_shape(self.dataset_name(), 32))

    def settings(self) -> TrainSettings:
        return TrainSettings(epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(),
                             lr=self.lr_spin.value(), schedule=self.schedule_combo.currentData(),
                             augment=self.augment_check.isChecked(), device=self.device_combo.currentData(),
                             memory_efficient=self.memory_check.isChecked(), amp=self.amp_check.isChecked(),
                             channels_last=self.channels_last_check.isChecked(), seed=self.seed_spin.value())

    def _train_images(self, name: str) -> int | None:
        counts = {"digits": 1797, "shapes": 2400, "cifar10": 50000, "cifar100": 50000, "svhn": 73257,
                  "mnist": 60000, "fashion-mnist": 60000}
        return counts.get(name)

    def _refresh_network(self) -> None:
        try:
            config = self.training_config()
        except ConfigError as exc:
            self._network_error = True
            self.error_label.setText(error_text(exc))
            self.error_label.setToolTip("")
            self.network_label.setText("")
            self.estimate_label.setText("")
            self._update_buttons()
            return
        self._network_error = False
        self.error_label.setText("")
        self.error_label.setToolTip("")
        shape = dataset_shape(self.dataset_name(), 32) if not self.dataset_name().startswith("folder:") else None
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
        self._refresh_estimate()
        self._schedule_speed()
        self._update_buttons()

    def _refresh_estimate(self) -> None:
        try:
            config = self.training_config()
        except ConfigError:
            return
        n = self._train_images(self.dataset_name())
        rate = self._rate()
        macs = compute_ledger(config).total_macs
        if rate is None:
            self.estimate_label.setText(self.tr("{macs} multiply-adds per image; measuring this device's speed…")
                                        .format(macs=human(macs)))
            return
        if n is None:
            self.estimate_label.setText(self.tr("{macs} multiply-adds per image; measured {rate} multiply-adds/s "
                                                "in training").format(macs=human(macs), rate=human(rate)))
            return
        val = int(round(n * 0.1))
        seconds = estimate_epoch_seconds(macs, n - val, val, rate)
        self.estimate_label.setText(self.tr(
            "Estimated {t} per epoch, {total} for {e} epochs: 3 × {macs} multiply-adds × {n} training images ÷ "
            "{rate} multiply-adds/s measured on {dev}.").format(
                t=_clock(seconds), total=_clock(seconds * self.epochs_spin.value()), e=self.epochs_spin.value(),
                macs=human(macs), n=f"{n - val:,}", rate=human(rate), dev=self.device_combo.currentData()))

    def _rate(self) -> float | None:
        """The chosen device's training speed, measured once per process on the probe network (None: not yet)."""
        device = self.device_combo.currentData()
        return self.speed.get(device) or cached_probe_speed(device)

    def _schedule_speed(self) -> None:
        if not self.running and on_screen(self):  # off screen: measured when the panel is shown again
            self.speed_timer.start()

    def measure_speed(self) -> None:
        """Measure the device's training speed once, on a small probe network (in a worker); every estimate
        then comes from the ledger's multiply-adds. The network the person typed is never built for this."""
        from ..background import torch_loader

        if not torch_loader().ready:
            torch_loader().start()  # _on_torch_ready measures when it is in
            return
        if self.running or self.speed_job is not None:
            return
        device = self.device_combo.currentData()
        known = self.speed.get(device) or cached_probe_speed(device)
        if known is not None:
            self.speed[device] = known
            self._refresh_estimate()
            return

        def done(rate: float) -> None:
            self.speed[device] = rate
            self._retire("speed_job")
            self._refresh_estimate()

        def failed(message: str, details: str) -> None:
            self._retire("speed_job")
            self.estimate_label.setText(self.tr("Could not measure the speed: {m}").format(m=message))
            self.estimate_label.setToolTip(details_tooltip(details))

        self.speed_job = start_job(_speed_job, device, parent=self, on_done=done, on_failed=failed)

    def _retire(self, attr: str) -> None:
        job = getattr(self, attr)
        setattr(self, attr, None)
        self._retired = [j for j in self._retired if j.is_running()]
        if job is not None:
            self._retired.append(job)

    def _fill_devices(self, devices: Any) -> None:
        current = self.device_combo.currentData()
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for dev in devices or []:
            if dev.available:
                self.device_combo.addItem(tr_msg(dev.label), dev.name)
        if self.device_combo.count() == 0:
            self.device_combo.addItem("cpu", "cpu")
        i = self.device_combo.findData(current)
        self.device_combo.setCurrentIndex(max(i, 0))
        self.device_combo.blockSignals(False)
        self._schedule_speed()

    def _on_dataset_changed(self, _index: int) -> None:
        if self.dataset_combo.currentData() not in ("digits", "shapes"):
            self.advanced_toggle.setChecked(True)  # its data folder (and download) are in the group
        if self.dataset_combo.currentData() == "folder" and not self.data_dir_edit.text().strip():
            self._browse_data_dir()
        self._refresh_network()

    def _browse_data_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_dir_edit.text())
        if path:
            self.data_dir_edit.setText(path)
            self._refresh_network()

    # -- network changes during a run ------------------------------------------------------------------

    def _on_config_changed(self, config: Any, _ledger: Any) -> None:
        if self._reverting:
            return
        if config != preset_config(DEFAULT_PRESET) and not self._user_changed_network:
            self._user_changed_network = True
            if not self.running:  # from now on the student's own network is what Train trains
                self.network_combo.setCurrentIndex(self.network_combo.findData("window"))
        if self.running and self.network_combo.currentData() == "window":
            answer = self.ask_network_change()
            if answer == "stop":
                self.stop_training()
            elif answer == "undo":
                self._reverting = True
                try:
                    self.state.set_config(self._previous_config)
                finally:
                    self._reverting = False
                return
        self._previous_config = self.state.config
        if not self.running:
            self._deferred_refresh.request()  # once per burst of changes, and only while on screen

    def ask_network_change(self) -> str:
        """'stop', 'keep' (the run goes on with its copy; the next run uses the new network) or 'undo'."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Training is running"),
                          self.tr("The network changed while a run is training the previous one. Stop the run "
                                  "(its checkpoint is kept), keep training the previous network, or undo the "
                                  "change?"), parent=self)
        stop = box.addButton(self.tr("Stop the run"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep training"), QMessageBox.ButtonRole.AcceptRole)
        undo = box.addButton(self.tr("Undo the change"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "stop" if clicked is stop else "undo" if clicked is undo else "keep"

    # -- running -----------------------------------------------------------------------------------------

    def _train_clicked(self) -> None:
        """The Train button: a run the estimate puts over LONG_RUN_SECONDS asks first."""
        seconds = self.estimated_run_seconds()
        if seconds is not None and seconds > LONG_RUN_SECONDS and not self.ask_long_run(seconds):
            self.state.status(self.tr("Training not started: estimated {t}").format(t=_clock(seconds)), 5000)
            return
        self.start_training()

    def _continue_clicked(self) -> None:
        self.continue_selected()

    def _show_field_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setToolTip("")
        self.state.status(message, 8000)

    def estimated_run_seconds(self) -> float | None:
        """The whole run's time from the ledger and the device's measured speed (None before it is measured or
        for an image folder, whose size is unknown until it is read)."""
        try:
            config = self.training_config()
        except ConfigError:
            return None
        n = self._train_images(self.dataset_name())
        rate = self._rate()
        if n is None or rate is None:
            return None
        val = int(round(n * 0.1))
        return estimate_epoch_seconds(compute_ledger(config).total_macs, n - val, val, rate) * self.epochs_spin.value()

    def ask_long_run(self, seconds: float) -> bool:
        """True to start a run estimated at ``seconds`` (over 10 minutes)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A long run"),
                          self.tr("This run is estimated at {t} on {dev} ({e} epochs). Start it? Pause and Stop work "
                                  "at any time, between batches.").format(
                              t=_clock(seconds), dev=self.device_combo.currentText(), e=self.epochs_spin.value()),
                          parent=self)
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(start)
        box.exec()
        return box.clickedButton() is start

    def start_training(self, resume_run: RunRecord | None = None) -> bool:
        """Start a new run (or continue ``resume_run`` from its checkpoint). False if it could not start."""
        from ...core.training import Trainer
        from ...paths import user_data_dir

        if self.running:
            return False
        try:
            settings = self.settings()
            if resume_run is None:
                config = self.training_config()
                dataset = self.dataset_name()
            else:
                config, dataset = resume_run.config, resume_run.dataset
                # A stopped run goes on to its planned epochs (or more, if asked); a finished one to more.
                # A run (stopped or loaded) that had not reached its planned length goes on to it at least, so
                # its schedule is the planned run's; a finished one goes on to more.
                planned, done = resume_run.settings.epochs, len(resume_run.history)
                floor = planned if done < planned else done + 1
                settings = TrainSettings.from_dict({**resume_run.settings.to_dict(),
                                                    "epochs": max(settings.epochs, floor)})
        except ConfigError as exc:
            self.error_label.setText(error_text(exc))  # in the window's language
            return False
        self.error_label.setText("")
        if resume_run is None:
            out_dir = user_data_dir() / "runs" / time.strftime(f"run-%Y%m%d-%H%M%S-{len(self.runs) + 1}")
            run = RunRecord(len(self.runs) + 1, config, dataset, settings, str(out_dir))
            self._own_run_dirs.add(run.index)
            self.runs.append(run)
            item = QListWidgetItem(run.label(self._status_text(run.status)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.runs_list.addItem(item)
            trainer = Trainer(config, dataset, settings, out_dir=out_dir)
        else:
            run = resume_run
            run.settings = settings
            run.out_dir = run.out_dir or str(Path(run.checkpoint).parent)
            trainer = Trainer(config, dataset, settings, out_dir=run.out_dir, resume_from=run.checkpoint)
            run.history = list(run.history)
        run.status = "running"
        self._stopping = False
        trainer.callbacks = _Bridge(self.queue)
        self.current, self.trainer = run, trainer
        self.runs_list.setCurrentRow(run.index - 1)
        self.queue.clear()
        self._last_batch = None
        self.progress.setValue(0)
        self._last_finish = None
        self.progress_label.setText(self.tr("Starting…"))
        self.job = start_job(_train_job, trainer, dataset, self.data_dir_edit.text().strip(),
                             self.download_check.isChecked(), settings.seed, config.input_size, self.queue,
                             parent=self, on_done=self._on_done, on_failed=self._on_failed)
        self.timer.start()
        self.state.sig_training_active.emit(True)
        self._update_buttons()
        self._redraw(force=True)
        return True

    def toggle_pause(self) -> None:
        if self.trainer is None or not self.running:
            return
        if self.trainer.paused:
            self.trainer.resume()
            self.pause_button.setText(self.tr("Pause"))
            self.state.status(self.tr("Training resumed"), 3000)
        else:
            self.trainer.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.state.status(self.tr("Training paused (between batches)"), 3000)

    def stop_training(self) -> None:
        if self.trainer is not None and self.running:
            self.trainer.request_stop()
            if self.job is not None:
                self.job.cancel()
            self.progress_label.setText(self.tr("Stopping after this batch…"))
            self._stopping = True  # Stop and Pause are done with until the run has ended
            self._update_buttons()

    def continue_selected(self) -> None:
        run = self.selected_run()
        if run is not None and run.checkpoint and not self.running:
            self.start_training(resume_run=run)

    def ask_close_during_run(self) -> str:
        """'keep' (stop, keep the checkpoint), 'discard' (stop, delete this run's folder) or 'cancel'.
        A seam: tests replace it."""
        run = self.current
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Training is running"),
                          self.tr("Closing stops the run after the current batch and writes its checkpoint to "
                                  "{folder}. Keep that checkpoint to continue later?").format(
                              folder=run.out_dir if run is not None else ""), parent=self)
        keep = box.addButton(self.tr("Stop and keep the checkpoint"), QMessageBox.ButtonRole.AcceptRole)
        discard = None
        if self._discardable(run):
            discard = box.addButton(self.tr("Stop and delete this run"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep training"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "discard" if discard is not None and clicked is discard else "cancel"

    def _discardable(self, run: RunRecord | None) -> bool:
        """Only a run folder this panel made under the user's runs folder is ever deleted (never a folder the
        user chose or loaded a checkpoint from)."""
        from ...paths import user_data_dir

        return (run is not None and run.out_dir is not None and run.index in self._own_run_dirs
                and Path(run.out_dir).parent == user_data_dir() / "runs")

    def confirm_close(self) -> bool:
        """The window is about to close: ask during a run. False keeps the window open (and the run going)."""
        if not self.running:
            return True
        answer = self.ask_close_during_run()
        if answer == "cancel":
            return False
        self._discard_on_shutdown = answer == "discard"
        return True

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Stop a running run (its checkpoint is written) and wait for the threads. True if all ended."""
        self.speed_timer.stop()
        if self.speed_job is not None:
            self.speed_job.cancel()
        self.stop_training()
        ok = True
        for job in (self.job, self.speed_job, *self.load_jobs, *self._retired):
            if job is not None:
                ok = job.wait(timeout_ms) and ok
        QCoreApplication.processEvents()  # deliver sig_done so the run's checkpoint is recorded
        self._drain()
        run = self.current
        if ok and getattr(self, "_discard_on_shutdown", False) and self._discardable(run):
            import shutil

            shutil.rmtree(run.out_dir, ignore_errors=True)
            run.checkpoint = None
        return ok

    def _on_done(self, result: Any) -> None:
        self._finish(result.status, result.message, result.checkpoint)

    def _on_failed(self, message: str, details: str) -> None:
        self._finish("failed", message, None)
        self.error_label.setToolTip(details_tooltip(details))

    def _finish(self, status: str, message: str, checkpoint: str | None) -> None:
        self._drain()
        run = self.current
        self._retire("job")
        self._stopping = False
        self.timer.stop()
        if run is not None:
            run.status, run.message = status, message
            if checkpoint:
                run.checkpoint = checkpoint
            self._update_run_item(run)
        self.pause_button.setText(self.tr("Pause"))
        self._last_finish = (status, message, run.checkpoint if run is not None else None)
        self.state.status(self._show_finish(), 10000)
        self.state.sig_training_active.emit(False)
        self._update_buttons()
        self._redraw(force=True)
        if run is not None:
            self.sig_run_finished.emit(run)

    # -- the 10 Hz drain -------------------------------------------------------------------------------

    def _drain(self) -> None:
        run = self.current
        changed = False
        while self.queue:
            kind, payload = self.queue.popleft()
            if run is None:
                continue
            if kind == "batch":
                r = payload
                run.add_batch(r.epoch - 1 + r.batch / r.batches, r.loss)
                self._last_batch = r
                changed = True
            elif kind == "epoch":
                run.history.append(payload.row())
                self._update_run_item(run)
                changed = True
            elif kind == "checkpoint":
                run.checkpoint = payload
                self.state.sig_checkpoint_available.emit(payload)
            elif kind == "download":
                done, total = payload
                self.progress_label.setText(self.tr("Downloading: {d} of {t}").format(
                    d=human(done), t=human(total) if total else "?"))
            elif kind == "status":
                self.progress_label.setText(self.tr("Loading the dataset…"))
        if changed:
            self._redraw()
            r = self._last_batch
            if r is not None:
                done = (r.epoch - 1) * r.batches + r.batch
                self.progress.setValue(int(1000 * done / max(r.epochs * r.batches, 1)))
                paused = self.tr(" (paused)") if self.trainer is not None and self.trainer.paused else ""
                self.progress_label.setText(self.tr(
                    "epoch {e}/{E} · batch {b}/{B} · {speed} img/s · ETA {eta}{paused}").format(
                        e=r.epoch, E=r.epochs, b=r.batch, B=r.batches, speed=f"{r.images_per_s:,.0f}",
                        eta=_clock(r.eta), paused=paused))

    def _redraw(self, force: bool = False) -> None:
        """The per-batch curves at every tick; the six per-epoch curves only when an epoch was added (setData
        re-ranges and repaints a plot: doing it for all five plots at 10 Hz took the GUI thread's frame p95 to
        58-69 ms during training, benchmarks/bench_ui.py)."""
        run = self.current
        if run is None:
            return
        self.curve_batch_raw.setData(run.batch_x, run.batch_loss)
        self.curve_batch_smooth.setData(run.batch_x, run.batch_smooth)
        drawn = (id(run), len(run.history))
        if not force and drawn == self._epochs_drawn:
            return
        self._epochs_drawn = drawn
        ep = [h["epoch"] for h in run.history]
        self.curve_train_acc.setData(ep, [h["train_acc"] for h in run.history])
        self.curve_val_acc.setData(ep, [h["val_acc"] for h in run.history])
        self.curve_train_loss.setData(ep, [h["train_loss"] for h in run.history])
        self.curve_val_loss.setData(ep, [h["val_loss"] for h in run.history])
        self.curve_lr.setData(ep, [h["lr"] for h in run.history])
        self.curve_speed.setData(ep, [h["images_per_s"] for h in run.history])

    # -- runs: overlay, export, save/load ------------------------------------------------------------------

    def _update_run_item(self, run: RunRecord) -> None:
        item = self.runs_list.item(run.index - 1)
        if item is not None:
            self.runs_list.blockSignals(True)
            item.setText(run.label(self._status_text(run.status)))
            item.setToolTip(f"{tr_msg(run.config.title)}\n{run.dataset}\n{tr_msg(run.message)}\n{run.checkpoint or ''}")
            self.runs_list.blockSignals(False)
            if run.index in self._overlay_items:
                self._set_overlay(run, True)

    def _status_text(self, status: str) -> str:
        return {"running": self.tr("running"), "completed": self.tr("completed"), "stopped": self.tr("stopped"),
                "diverged": self.tr("diverged"), "failed": self.tr("failed"), "loaded": self.tr("loaded")}.get(
                    status, status)

    def selected_run(self) -> RunRecord | None:
        row = self.runs_list.currentRow()
        return self.runs[row] if 0 <= row < len(self.runs) else None

    def _on_run_item_changed(self, item: QListWidgetItem) -> None:
        run = self.runs[self.runs_list.row(item)]
        self._set_overlay(run, item.checkState() == Qt.CheckState.Checked)

    def _set_overlay(self, run: RunRecord, shown: bool) -> None:
        """Dashed per-epoch curves of another run, to compare (e.g. k=12 against k=24)."""
        for plot, plot_item in self._overlay_items.pop(run.index, []):
            plot.removeItem(plot_item)
        if not shown or not run.history:
            return
        colour = COLOURS[run.index % len(COLOURS)]
        pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)
        ep = [h["epoch"] for h in run.history]
        name = f"{run.index}. {run.config.title}"
        series = [(self.acc_plot, ep, [h["val_acc"] for h in run.history], name),
                  (self.eloss_plot, ep, [h["val_loss"] for h in run.history], name),
                  (self.lr_plot, ep, [h["lr"] for h in run.history], None),
                  (self.speed_plot, ep, [h["images_per_s"] for h in run.history], None)]
        if run.batch_x:
            series.append((self.loss_plot, run.batch_x, run.batch_smooth, name))
        self._overlay_items[run.index] = [(plot, plot.plot(x, y, pen=pen, name=label))
                                          for plot, x, y, label in series]

    def overlaid_runs(self) -> list[int]:
        return sorted(self._overlay_items)

    def _ask_path(self, caption: str, suggestion: str, filters: str, save: bool = True) -> str:
        if save:
            return QFileDialog.getSaveFileName(self, caption, suggestion, filters)[0]
        return QFileDialog.getOpenFileName(self, caption, suggestion, filters)[0]

    def export_csv(self, path: str | None = None) -> bool:
        run = self.selected_run() or self.current
        if run is None:
            return False
        path = path or self._ask_path(self.tr("Export curves as CSV"), f"run{run.index}-metrics.csv", "CSV (*.csv)")
        if not path:
            return False
        try:
            atomic_write_text(path, metrics_csv(run.history))
        except OSError as exc:
            return self._write_failed(exc)
        self.state.status(self.tr("Curves written to {p}").format(p=path), 5000)
        return True

    def export_png(self, path: str | None = None) -> bool:
        path = path or self._ask_path(self.tr("Export plots as PNG"), "training.png", "PNG (*.png)")
        if not path:
            return False
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        self.plots.grab().save(buf, "PNG")
        buf.close()
        try:
            atomic_write_bytes(path, bytes(data.data()))
        except OSError as exc:
            return self._write_failed(exc)
        self.state.status(self.tr("Plots written to {p}").format(p=path), 5000)
        return True

    def save_checkpoint_as(self, path: str | None = None) -> bool:
        run = self.selected_run() or self.current
        if run is None or not run.checkpoint:
            self.state.status(self.tr("This run has no checkpoint yet"), 5000)
            return False
        path = path or self._ask_path(self.tr("Save checkpoint"), f"run{run.index}.pt", self.tr("Checkpoint (*.pt)"))
        if not path:
            return False
        try:
            atomic_write_bytes(path, read_bounded(run.checkpoint, "checkpoint file"))
        except FileFormatError as exc:  # the run's checkpoint is now a pipe, a device, a folder, gone
            return self._write_failed(OSError(0, str(exc)))
        except OSError as exc:
            return self._write_failed(exc)
        self.state.status(self.tr("Checkpoint saved to {p}").format(p=path), 5000)
        return True

    def _write_failed(self, exc: OSError) -> bool:
        """A file the user chose could not be written (or the checkpoint to copy is gone): said in the panel;
        the previous file at that path, if any, is untouched (atomic writes)."""
        message = tr_msg(describe_os_error(exc))  # in the window's language
        self.error_label.setText(message)
        self.error_label.setToolTip("")
        self.state.status(message, 10000)
        return False

    def load_checkpoint_file(self, path: str | None = None) -> Job | None:
        """Read a checkpoint (in a worker) and list it as a run that can be continued."""
        path = path or self._ask_path(self.tr("Load checkpoint"), "", self.tr("Checkpoint (*.pt);;All files (*)"),
                                      save=False)
        if not path:
            return None

        def failed(message: str, details: str) -> None:
            self.error_label.setText(message)
            self.error_label.setToolTip(details_tooltip(details))
            self.state.status(message, 10000)

        self.load_jobs = [j for j in self.load_jobs if j.is_running()]  # keep each alive until its thread ends
        job = start_job(_load_job, path, parent=self, on_done=self._loaded, on_failed=failed)
        self.load_jobs.append(job)
        return job

    def _loaded(self, info: dict[str, Any]) -> None:
        try:
            config = config_from_dict(info["config"])
            settings = TrainSettings.from_dict(info["settings"])
        except (ConfigError, TypeError) as exc:
            self.error_label.setText(str(FileFormatError(f"{info['path']}: {exc}")))
            return
        run = RunRecord(len(self.runs) + 1, config, info["dataset"], settings, str(Path(info["path"]).parent),
                        info["path"], "loaded", "", info["history"])
        self.runs.append(run)
        item = QListWidgetItem(run.label(self._status_text(run.status)))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.runs_list.addItem(item)
        self.runs_list.setCurrentRow(run.index - 1)
        if not self.running:
            self.current = run
            self._redraw(force=True)
        self.state.sig_checkpoint_available.emit(info["path"])
        self.state.status(self.tr("Loaded {p}: {n} epochs").format(p=info["path"], n=info["epoch"]), 5000)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.running
        # Only a network that does not fit the data blocks Train; after a failed run (out of memory, a bad
        # data folder) the user changes a setting and presses Train again.
        ok = not getattr(self, "_network_error", False) or running
        self.train_button.setEnabled(not running and ok)
        stopping = running and self._stopping
        self.pause_button.setEnabled(running and not stopping)
        self.stop_button.setEnabled(running and not stopping)
        run = self.selected_run()
        # A failed run with a checkpoint (refused because another trainer held its folder, out of memory at
        # epoch 3) continues from the checkpoint that was kept.
        self.continue_button.setEnabled(not running and run is not None and bool(run.checkpoint)
                                        and run.status in ("stopped", "completed", "loaded", "failed"))
        has_run = run is not None or self.current is not None
        self.export_csv_button.setEnabled(has_run)
        self.save_button.setEnabled(has_run)
        for w in (self.network_combo, self.dataset_combo):
            w.setEnabled(not running)
