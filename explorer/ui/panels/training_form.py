"""The training panel's left column: data and the paper's recipe, the run buttons, progress and errors.

Widgets are built once and carry no text until ``retranslate`` sets every one of them (also on a language
switch). The form says what was chosen (``settings()``, ``dataset_name()``); what that means is the panel's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.data import DATASETS
from ...core.format import human
from ...core.training import SCHEDULES, TrainSettings
from ..messages import tr_msg
from ..theme import mark_error
from ..widgets import NumberSpinBox, ScientificSpinBox
from .training_runs import Finish, clock

__all__ = ["TrainingForm"]



class TrainingForm(QWidget):
    sig_network_changed = Signal()  # the network, dataset or data folder changed: what will be trained
    sig_length_changed = Signal()  # epochs or batch size: the estimate
    sig_device_changed = Signal()
    sig_invalid = Signal(str)  # a field refused what was typed (the message, in the window's language)

    # The widgets the panel shows under its own names (tests, the Run menu and the crawler reach them there).
    PUBLIC = ("form_box", "form", "advanced_form", "network_combo", "dataset_combo", "advanced_toggle",
              "advanced_box", "data_dir_edit", "browse_button", "download_check", "epochs_spin", "batch_spin",
              "lr_spin", "schedule_combo", "augment_check", "device_combo", "memory_check", "amp_check",
              "channels_last_check", "seed_spin", "train_button", "pause_button", "stop_button", "continue_button",
              "progress", "progress_label", "error_label")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, QLabel] = {}
        self._paused = False
        self._build_recipe()
        self._build_advanced()
        self._build_controls()
        self._lay_out()

    def _row(self, layout: QFormLayout, key: str, field: Any) -> None:
        label = QLabel(self)
        self._labels[key] = label
        layout.addRow(label, field)

    def _build_recipe(self) -> None:
        d = TrainSettings()
        self.form_box = QGroupBox(self)
        self.form = QFormLayout(self.form_box)
        self.network_combo = QComboBox(self)
        self.network_combo.addItem("", "demo")
        self.network_combo.addItem("", "window")
        self.network_combo.currentIndexChanged.connect(lambda _i: self.sig_network_changed.emit())
        self._row(self.form, "network", self.network_combo)
        self.dataset_combo = QComboBox(self)
        for spec in DATASETS.values():  # the registry's sets, then the student's own image folder
            self.dataset_combo.addItem(spec.name, spec.name)
        self.dataset_combo.addItem("", "folder")
        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_changed)
        self._row(self.form, "dataset", self.dataset_combo)
        self.epochs_spin = NumberSpinBox("epochs", 1, 100_000, self, pass_out_of_range=False)
        self.epochs_spin.setValue(d.epochs)
        self.batch_spin = NumberSpinBox("batch_size", 1, 65_536, self, pass_out_of_range=False)
        self.batch_spin.setValue(d.batch_size)
        for spin in (self.epochs_spin, self.batch_spin):
            spin.valueChanged.connect(lambda _v: self.sig_length_changed.emit())
        self._row(self.form, "epochs", self.epochs_spin)
        self._row(self.form, "batch", self.batch_spin)
        self.lr_spin = ScientificSpinBox("lr", 1e-8, 10.0, self)
        self.lr_spin.setValue(d.lr)
        self._row(self.form, "lr", self.lr_spin)

    def _build_advanced(self) -> None:
        """What a class changes least often sits in a group that opens on demand, so that on a 1280×720
        projector the Train button and the curves are on screen together (the essentials above, the rest here)."""
        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_box = QWidget(self)
        advanced = QFormLayout(self.advanced_box)
        advanced.setContentsMargins(0, 0, 0, 0)
        self.advanced_form = advanced
        self.advanced_box.setVisible(False)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self.data_dir_edit = QLineEdit(self)
        self.data_dir_edit.editingFinished.connect(self.sig_network_changed.emit)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse_data_dir)
        self.dir_row = QHBoxLayout()
        self.dir_row.addWidget(self.data_dir_edit, 1)
        self.dir_row.addWidget(self.browse_button)
        self._row(advanced, "data_dir", self.dir_row)
        self.download_check = QCheckBox(self)
        advanced.addRow("", self.download_check)
        self.schedule_combo = QComboBox(self)
        for s in SCHEDULES:
            self.schedule_combo.addItem("", s)
        self._row(advanced, "schedule", self.schedule_combo)
        self.augment_check = QCheckBox(self)
        advanced.addRow("", self.augment_check)
        self.device_combo = QComboBox(self)
        self.device_combo.addItem("cpu", "cpu")
        self.device_combo.currentIndexChanged.connect(self._device_index_changed)
        self._row(advanced, "device", self.device_combo)
        self.memory_check = QCheckBox(self)
        self.amp_check = QCheckBox(self)
        self.channels_last_check = QCheckBox(self)
        d = TrainSettings()
        self.amp_check.setChecked(d.amp)
        self.channels_last_check.setChecked(d.channels_last)
        # The device's measured probe (speed.Probe) per device name: the checkboxes say what they are worth
        # here, and channels_last follows the probe's verdict until the person ticks it themselves.
        self._probes: dict[str, Any] = {}
        self._channels_last_chosen = False
        self.channels_last_check.clicked.connect(self._channels_last_clicked)
        self.amp_check.toggled.connect(lambda _on: self.sig_length_changed.emit())  # the estimate's speed
        for check in (self.memory_check, self.amp_check, self.channels_last_check):
            advanced.addRow("", check)
        self.seed_spin = NumberSpinBox("seed", 0, 2**31 - 1, self, pass_out_of_range=False)
        self._row(advanced, "seed", self.seed_spin)
        for spin in (self.epochs_spin, self.batch_spin, self.lr_spin, self.seed_spin):
            spin.sig_invalid.connect(self.sig_invalid.emit)

    def _build_controls(self) -> None:
        self.train_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.continue_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress_label = QLabel(self)
        # A long line (a checkpoint's path has no spaces) must not widen the column and squeeze the curves.
        self.progress_label.setWordWrap(True)
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress_label.setMinimumWidth(1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        mark_error(self.error_label)  # readable in light and dark palettes (#c0392b was 2.3:1 on dark)

    def _lay_out(self) -> None:
        # Each column short enough for the strip a 1280×720 window gives a raised bottom panel (about 300 px).
        lv = QVBoxLayout(self)
        lv.setContentsMargins(2, 2, 2, 2)
        lv.setSpacing(3)
        self.form.setVerticalSpacing(3)
        self.form.setContentsMargins(6, 2, 6, 2)
        self.form.addRow(self.advanced_toggle)
        self.form.addRow(self.advanced_box)
        buttons = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.stop_button, self.continue_button):
            buttons.addWidget(b)
        lv.addWidget(self.form_box)
        lv.addLayout(buttons)  # right under the essentials: on screen with the curves at 1280×720
        lv.addWidget(self.progress)
        lv.addWidget(self.progress_label)
        lv.addWidget(self.error_label)
        lv.addStretch(1)

    def retranslate(self) -> None:
        """Every fixed text, in the language now installed."""
        self.form_box.setTitle(self.tr("Data and recipe (the paper's defaults)"))
        self.network_combo.setItemText(0, self.tr("Small demo network"))
        self.network_combo.setItemText(1, self.tr("The network in the window"))
        self.network_combo.setToolTip(self.tr("The demo is DenseNet-BC with 4-4-4 layers and k=12: on the digits it "
                                              "shows curves rising within a minute on a laptop CPU."))
        folder = self.dataset_combo.count() - 1
        for i in range(folder):  # each set's own line: its images, classes and where it comes from
            spec = DATASETS[self.dataset_combo.itemData(i)]
            self.dataset_combo.setItemData(i, tr_msg(spec.description), Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo.setItemText(folder, self.tr("image folder…"))
        self.dataset_combo.setToolTip(self.tr("digits (8x8 grey, shipped) and shapes (32x32 colour, generated) "
                                              "work offline; the others load from the data folder."))
        for key, text in (("network", self.tr("Network")), ("dataset", self.tr("Dataset")),
                          ("data_dir", self.tr("Data folder")), ("epochs", self.tr("Epochs")),
                          ("batch", self.tr("Batch size")), ("lr", self.tr("Learning rate")),
                          ("schedule", self.tr("Schedule")), ("device", self.tr("Device")), ("seed", self.tr("Seed"))):
            self._labels[key].setText(text)
        self.advanced_toggle.setText(self.tr("More settings"))
        self.advanced_toggle.setToolTip(self.tr("Data folder, download, schedule, augmentation, device, "
                                                "memory-efficient mode, mixed precision, channels_last, seed"))
        self.data_dir_edit.setPlaceholderText(self.tr("default data folder"))
        self.browse_button.setText(self.tr("Browse…"))
        self.download_check.setText(self.tr("Download if missing (needs internet)"))
        names = {"step": self.tr("step: ÷10 at 50% and 75%"), "cosine": self.tr("cosine"),
                 "constant": self.tr("constant")}
        for i in range(self.schedule_combo.count()):
            self.schedule_combo.setItemText(i, names[self.schedule_combo.itemData(i)])
        self.augment_check.setText(self.tr("Augment (pad 4, random crop, flip: the \"+\" columns)"))
        self.augment_check.setToolTip(self.tr("Without augmentation the paper adds dropout 0.2 after each "
                                              "convolution but the first."))
        self.memory_check.setText(self.tr("Memory-efficient (recompute in backward)"))
        self._show_measured()
        self.train_button.setText(self.tr("Train"))
        self.set_paused(self._paused)
        self.stop_button.setText(self.tr("Stop"))
        self.continue_button.setText(self.tr("Continue run"))
        self.continue_button.setToolTip(self.tr("Continue the selected run from its checkpoint (up to the epochs "
                                                "above)"))

    # -- what the device's probe measured ----------------------------------------------------------------

    def _channels_last_clicked(self, _checked: bool) -> None:
        self._channels_last_chosen = True  # a person's choice: the probe no longer sets it

    def show_probe(self, probe: Any) -> None:
        """The device's measured probe arrived: say each option's measured speed-up beside it, and (unless
        the person chose) tick channels_last where the probe found it faster."""
        if probe is None:
            return
        self._probes[probe.device] = probe
        if probe.device == self.device_combo.currentData() and not self._channels_last_chosen:
            self.channels_last_check.setChecked(probe.channels_last)
        self._show_measured()

    def measured_probe(self) -> Any:
        return self._probes.get(self.device_combo.currentData())

    def _speedup_text(self, spread: Any) -> str:
        """ "1.5× faster here", "level with float32 here", "0.8× (slower) here": the median of the probe's
        interleaved rounds; level when their range holds 1."""
        if spread.level:
            return self.tr("level here")
        if spread.lo > 1.0:
            return self.tr("{x}× faster here").format(x=f"{spread.median:.2f}")
        return self.tr("{x}× slower here").format(x=f"{1 / spread.median:.2f}")

    def _show_measured(self) -> None:
        """The three options' texts: their names, and where the device is measured, what each is worth."""
        probe = self.measured_probe()
        amp = self.tr("Mixed precision")
        cl = self.tr("channels_last")
        amp_tip = self.tr("bfloat16 autocast (float16 with loss scaling on older CUDA devices). Off by default: "
                          "its speed-up is measured on this device when the estimate is.")
        cl_tip = self.tr("NHWC memory format, the fast layout of oneDNN and cuDNN convolutions; set from this "
                         "device's measured probe until you tick it yourself.")
        if probe is not None:
            kind = "fp16" if probe.fast_amp == "cuda fp16" else "bf16"
            spread = probe.amp_speedup
            if spread is None:
                amp += " " + self.tr("(no fast {kind} here: not measured)").format(kind=kind)
            else:
                amp += f" ({kind}: {self._speedup_text(spread)})"
            cl += f" ({self._speedup_text(probe.channels_last_speedup)})"
            measured = self.tr("Measured on a small probe network: median of {n} interleaved rounds, "
                               "range {lo}–{hi}×.")
            if spread is not None:
                amp_tip += "\n" + measured.format(n=spread.n, lo=f"{spread.lo:.2f}", hi=f"{spread.hi:.2f}")
            c = probe.channels_last_speedup
            cl_tip += "\n" + measured.format(n=c.n, lo=f"{c.lo:.2f}", hi=f"{c.hi:.2f}")
        self.amp_check.setText(amp)
        self.amp_check.setToolTip(amp_tip)
        self.channels_last_check.setText(cl)
        self.channels_last_check.setToolTip(cl_tip)

    def device_changed(self) -> None:
        """Another device chosen: its probe's texts (or none yet) and its channels_last verdict."""
        probe = self.measured_probe()
        if probe is not None and not self._channels_last_chosen:
            self.channels_last_check.setChecked(probe.channels_last)
        self._show_measured()

    def set_paused(self, paused: bool) -> None:
        """Pause reads Resume while the run is paused."""
        self._paused = paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    # -- how the run goes ---------------------------------------------------------------------------------

    def show_starting(self) -> None:
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))

    def show_stopping(self) -> None:
        self.progress_label.setText(self.tr("Stopping after this batch…"))

    def show_loading(self) -> None:
        self.progress_label.setText(self.tr("Loading the dataset…"))

    def show_download(self, done: int, total: int | None) -> None:
        self.progress_label.setText(self.tr("Downloading: {d} of {t}").format(
            d=human(done), t=human(total) if total else "?"))

    def show_batch(self, r: Any, paused: bool) -> None:
        """Where the run is, from its last BatchReport: the bar and ``epoch e/E · batch b/B · speed · ETA``."""
        done = (r.epoch - 1) * r.batches + r.batch
        self.progress.setValue(int(1000 * done / max(r.epochs * r.batches, 1)))
        self.progress_label.setText(self.tr("epoch {e}/{E} · batch {b}/{B} · {speed} img/s · ETA {eta}{paused}").format(
            e=r.epoch, E=r.epochs, b=r.batch, B=r.batches, speed=f"{r.images_per_s:,.0f}", eta=clock(r.eta),
            paused=self.tr(" (paused)") if paused else ""))

    def show_finish(self, finish: Finish) -> str:
        """How the run ended, with its checkpoint; the line, for the status bar too."""
        message = tr_msg(finish.message)  # the Trainer's words (a core Message) in the window's language
        text = {"completed": self.tr("Training finished: {m}"), "stopped": self.tr("Training stopped: {m}"),
                "diverged": self.tr("Training diverged: {m}"), "failed": self.tr("Training failed: {m}")}[finish.status]
        if finish.shows_checkpoint:
            text += " " + self.tr("(checkpoint: {p})").format(p=finish.checkpoint)
        self.progress_label.setText(text.format(m=message))
        return text.format(m=message)

    # -- what was chosen ----------------------------------------------------------------------------------

    def network_choice(self) -> str:
        """'demo' (the small demo network) or 'window' (the network in the window)."""
        return self.network_combo.currentData()

    def choose_network(self, choice: str) -> None:
        self.network_combo.setCurrentIndex(self.network_combo.findData(choice))

    def dataset_name(self) -> str:
        key = self.dataset_combo.currentData()
        if key == "folder":
            return f"folder:{self.data_dir_edit.text().strip()}"
        return key

    def data_dir(self) -> str:
        return self.data_dir_edit.text().strip()

    def settings(self) -> TrainSettings:
        return TrainSettings(epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(),
                             lr=self.lr_spin.value(), schedule=self.schedule_combo.currentData(),
                             augment=self.augment_check.isChecked(), device=self.device_combo.currentData(),
                             memory_efficient=self.memory_check.isChecked(), amp=self.amp_check.isChecked(),
                             channels_last=self.channels_last_check.isChecked(), seed=self.seed_spin.value())

    def fill_devices(self, devices: Any) -> None:
        """The devices torch found (available ones only; cpu if none), keeping the one chosen."""
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

    def _device_index_changed(self, _index: int) -> None:
        self.device_changed()
        self.sig_device_changed.emit()

    def _show_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _on_dataset_changed(self, _index: int) -> None:
        spec = DATASETS.get(self.dataset_combo.currentData())
        if spec is None or not spec.offline:
            self.advanced_toggle.setChecked(True)  # its data folder (and download) are in the group
        if self.dataset_combo.currentData() == "folder" and not self.data_dir():
            self.browse_data_dir()
        self.sig_network_changed.emit()

    def browse_data_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_dir_edit.text())
        if path:
            self.data_dir_edit.setText(path)
            self.sig_network_changed.emit()
