"""The Sweep panel: a grid of config fields and training settings trained over seeds, kept in an Optuna study
(SQLite in the user's data folder by default), plotted live as accuracy against parameters and multiply-adds
with mean ± std over seeds, and tabled per grid point.

The grid is typed as rows (a field, its values "6, 12, 24" or a range "0.05..0.2 x4 log"); the spec is read
again on every edit, a row that does not read says the core's message beside it and Start waits. The base
network is the Config panel's (fitted to the dataset). Start runs ``Sweep.run`` in a JobRunner job; Stop is
its ``should_stop`` (the engine stops its workers within 2 s and keeps finished trials); Resume reopens a
study of the storage and trains what is missing. Nothing about the sweep runs on the GUI thread except
the drawing of what the job posts.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.config import ConfigError
from ...core.format import human
from ...core.io import atomic_write_bytes, atomic_write_text, describe_os_error
from ...core.messages import M
from ...core.sweeps import SWEEPABLE_FIELDS, SweepSpec, TrialResult, results_csv
from ...core.sweeps.spec import MAX_SEEDS
from ..messages import error_text, field_label, tr_msg
from ..state import AppState
from ..workers import Job, details_tooltip
from .base import Panel
from .compare_training import DATASETS
from .sweep_jobs import list_studies_job, read_study_job, run_sweep_job
from .sweep_model import (
    SweepClock,
    SweepTableModel,
    fitted_base,
    make_spec,
    point_rows,
    read_axes,
    series_of,
)
from .sweep_plots import SweepPlots

__all__ = ["SweepPanel", "AxisRow"]

DEFAULT_ROWS = (("growth_rate", "6, 12, 24"),)


class AxisRow:
    """One row of the grid editor: the field, its values, and the row's message."""

    def __init__(self, parent: QWidget, field: str, text: str) -> None:
        self.field_combo = QComboBox(parent)
        for name in SWEEPABLE_FIELDS:
            self.field_combo.addItem(name, name)
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(field)))
        self.values_edit = QLineEdit(text, parent)
        self.message = QLabel(parent)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

    def read(self) -> tuple[str, str]:
        return self.field_combo.currentData(), self.values_edit.text()

    def widgets(self) -> tuple[QWidget, ...]:
        return self.field_combo, self.values_edit, self.message


class SweepPanel(Panel):
    sig_sweep_finished = Signal(str)  # "completed", "stopped" or "failed"
    sig_trial_finished = Signal(object)  # a TrialResult

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SweepPanel", "Sweep")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.storage: str | None = None  # None: the default SQLite file (resolved in the job)
        self.spec: SweepSpec | None = None  # what the editor reads now (None while it does not read)
        self.run_spec: SweepSpec | None = None  # what the shown sweep trains
        self.study_name = ""
        self.last_study = ""
        self.results: dict[int, TrialResult] = {}
        self.figures: list[tuple[int, int]] = []
        self.clock: SweepClock | None = None
        self.job: Job | None = None
        self.outcome = ""  # how the last sweep ended
        self._stopping = False
        self._error: Any = None  # the editor's problem: a ConfigError, or None
        self.rows: list[AxisRow] = []
        self._build()
        for field, text in DEFAULT_ROWS:
            self.add_row(field, text)
        from ..background import torch_loader

        loader = torch_loader()
        if loader.ready:
            self._fill_devices(loader.devices)
        else:
            loader.sig_ready.connect(self._fill_devices)  # a bound slot: disconnected if the panel goes first
        state.sig_config_changed.connect(lambda *_a: self.revalidate())
        self.retranslate()

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_row("lr", ""))
        self.remove_button.clicked.connect(self.remove_row)
        self.dataset_combo = QComboBox(self)
        for name in DATASETS:
            self.dataset_combo.addItem(name, name)
        self.epochs_spin = QSpinBox(self)
        self.epochs_spin.setRange(1, 1000)
        self.epochs_spin.setValue(3)
        self.batches_spin = QSpinBox(self)
        self.batches_spin.setRange(0, 100_000)
        self.seeds_spin = QSpinBox(self)
        self.seeds_spin.setRange(1, MAX_SEEDS)
        self.seeds_spin.setValue(2)
        self.workers_spin = QSpinBox(self)
        self.workers_spin.setRange(1, max(1, os.cpu_count() or 1))
        self.workers_spin.setValue(1)
        self.device_combo = QComboBox(self)
        self.device_combo.addItem("cpu", "cpu")
        for w in (self.dataset_combo,):
            w.currentIndexChanged.connect(self.revalidate)
        for w in (self.epochs_spin, self.batches_spin, self.seeds_spin):
            w.valueChanged.connect(self.revalidate)
        self.base_label = QLabel(self)
        self.base_label.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.spec_message = QLabel(self)
        self.spec_message.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.stop_button.setEnabled(False)
        self.resume_button = QPushButton(self)
        self.resume_button.setEnabled(False)
        self.study_combo = QComboBox(self)
        self.study_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.study_combo.setMinimumContentsLength(14)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.resume_button.clicked.connect(self.resume)
        self.study_combo.activated.connect(lambda _i: self.show_study())
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.export_csv_button = QPushButton(self)
        self.export_plots_button = QPushButton(self)
        self.export_csv_button.clicked.connect(lambda: self.export_csv())
        self.export_plots_button.clicked.connect(lambda: self.export_plots())
        self.export_csv_button.setEnabled(False)
        self.export_plots_button.setEnabled(False)

        self.plots = SweepPlots(self)
        self.model = SweepTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the grid's order first
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.views = QTabWidget(self)
        self.views.addTab(self.plots, "")
        self.views.addTab(self.table, "")

        grid_col = QWidget(self)
        col = QVBoxLayout(grid_col)
        col.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.axes_title = QLabel(grid_col)
        col.addWidget(self.axes_title)
        col.addWidget(self.grid_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addWidget(self.spec_message)
        # The run's controls under the grid, where a 1280x720 screen still shows them without scrolling
        # (below the six settings they fell under the dock's edge).
        col.addWidget(self.count_label)
        run_row = QHBoxLayout()
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.stop_button)
        col.addLayout(run_row)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.study_combo, 1)
        resume_row.addWidget(self.resume_button)
        col.addLayout(resume_row)
        col.addWidget(self.status_label)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_csv_button)
        export_row.addWidget(self.export_plots_button)
        col.addLayout(export_row)
        col.addStretch(1)
        run_col = QWidget(self)
        col = QVBoxLayout(run_col)
        col.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        form = QFormLayout()
        self.form_labels = [QLabel(run_col) for _ in range(6)]
        for label, w in zip(self.form_labels, (self.dataset_combo, self.epochs_spin, self.batches_spin,
                                               self.seeds_spin, self.workers_spin, self.device_combo)):
            form.addRow(label, w)
        col.addLayout(form)
        col.addWidget(self.base_label)
        col.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.scrolls = []
        for widget, width in ((grid_col, 250), (run_col, 250)):
            scroll = QScrollArea(self)
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setMinimumWidth(width)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.scrolls.append(scroll)
            split.addWidget(scroll)
        split.addWidget(self.views)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 0)
        split.setStretchFactor(2, 1)
        split.setSizes([280, 280, 700])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(split)

    def _fill_devices(self, devices: Any) -> None:
        """The devices torch found (available ones; cpu if none), keeping the one chosen; named again in the
        window's language on each retranslate."""
        self._devices = devices
        current = self.device_combo.currentData()
        self.device_combo.clear()
        for dev in devices or []:
            if dev.available:
                self.device_combo.addItem(tr_msg(dev.label), dev.name)
        if self.device_combo.count() == 0:
            self.device_combo.addItem("cpu", "cpu")
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(current)))

    # -- the grid editor ------------------------------------------------------------------------------

    def add_row(self, field: str = "lr", text: str = "") -> AxisRow:
        row = AxisRow(self.grid_box, field, text)
        row.field_combo.currentIndexChanged.connect(self.revalidate)
        row.values_edit.textChanged.connect(self.revalidate)
        i = len(self.rows)
        self.grid.addWidget(row.field_combo, 2 * i, 0)
        self.grid.addWidget(row.values_edit, 2 * i, 1)
        self.grid.addWidget(row.message, 2 * i + 1, 0, 1, 2)
        self.rows.append(row)
        self._retranslate_row(row)
        self.remove_button.setEnabled(len(self.rows) > 1)
        self.revalidate()
        return row

    def remove_row(self) -> None:
        """Remove the last row (one row always stays)."""
        if len(self.rows) <= 1:
            return
        row = self.rows.pop()
        for w in row.widgets():
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.remove_button.setEnabled(len(self.rows) > 1)
        self.revalidate()

    def set_rows(self, axes: list[tuple[str, str]]) -> None:
        while len(self.rows) > 1:
            self.remove_row()
        for i, (field, text) in enumerate(axes or [("growth_rate", "")]):
            row = self.rows[0] if i == 0 else self.add_row(field, text)
            for w in (row.field_combo, row.values_edit):
                w.blockSignals(True)
            row.field_combo.setCurrentIndex(max(0, row.field_combo.findData(field)))
            row.values_edit.setText(text)
            for w in (row.field_combo, row.values_edit):
                w.blockSignals(False)
        self.revalidate()

    def revalidate(self) -> None:
        """Read the editor into a spec: a row that does not read says so beside it; a spec the core refuses
        (a field twice, too many points, an invalid point, a network that does not fit the data) says so below;
        Start is enabled only for a valid spec and while nothing runs."""
        axes, errors = read_axes([r.read() for r in self.rows])
        for i, row in enumerate(self.rows):
            exc = errors.get(i)
            row.message.setText(error_text(exc) if exc is not None else "")
            row.message.setVisible(exc is not None)
        self.spec, self._error = None, None
        spec_text = ""
        if not errors:
            try:
                if not axes:
                    raise ConfigError("axes", "", M("sweep.no_values", "needs at least one value"),
                                      "growth_rate: 6, 12, 24")
                base = fitted_base(self.state.config, self.dataset_combo.currentData())
                self.spec = make_spec(base, axes, self.dataset_combo.currentData(), self.epochs_spin.value(),
                                      self.batches_spin.value(), self.seeds_spin.value())
            except ConfigError as exc:
                self._error = exc
                spec_text = error_text(exc)
        else:
            self._error = next(iter(errors.values()))
        self.spec_message.setText(spec_text)
        self.spec_message.setVisible(bool(spec_text))
        self._update_count(axes, errors)
        self._update_buttons()

    def _update_count(self, axes: list[Any], errors: dict) -> None:
        seeds = self.seeds_spin.value()
        if errors or not axes:
            self.count_label.setText(self.tr("Trials: fix the rows marked above"))
            return
        points = math.prod(len(a.values) for a in axes)
        self.count_label.setText(self.tr("{points} points × {seeds} seeds = {trials} trials").format(
            points=points, seeds=seeds, trials=points * seeds))
        params = self.state.ledger.total_params
        self.base_label.setText(self.tr("Base network: the Config panel's ({params} parameters), fitted to "
                                        "{dataset}").format(params=human(params),
                                                             dataset=self.dataset_combo.currentData()))

    def _update_buttons(self) -> None:
        running = self.running()
        self.start_button.setEnabled(self.spec is not None and not running)
        self.stop_button.setEnabled(running and not self._stopping)
        self.resume_button.setEnabled(not running and self.study_combo.count() > 0)
        self.study_combo.setEnabled(not running)
        have = bool(self.results) and self.run_spec is not None
        self.export_csv_button.setEnabled(have)
        self.export_plots_button.setEnabled(have)

    # -- running -------------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        self.revalidate()
        if self.spec is None or self.running():
            return
        self._launch(self.spec, None)

    def resume(self) -> None:
        """Reopen the study chosen in the list (the last one by default) and train what it still misses."""
        name = self.study_combo.currentData()
        if self.running() or not name:
            return
        self._launch(None, name)

    def _launch(self, spec: SweepSpec | None, study: str | None) -> None:
        self.outcome = ""
        self._stopping = False
        self.status_label.setToolTip("")
        self.status_label.setText(self.tr("Opening the study…") if spec is None else self.tr("Starting the sweep…"))
        device = self.device_combo.currentData() or "cpu"
        self.job = self.jobs.start("sweep", run_sweep_job, spec, self.storage, study, self.workers_spin.value(), device,
                                   on_done=self._on_done, on_failed=self._on_failed, on_progress=self._drain)
        self.state.sig_training_active.emit(True)
        self._update_buttons()

    def stop(self) -> None:
        """Ask the sweep to stop: its workers end within about 2 s; finished trials stay in the study."""
        if not self.running() or self._stopping:
            return
        self._stopping = True
        self.job.cancel()  # the job's cancel is the sweep's should_stop; its result still arrives
        self.status_label.setText(self.tr("Stopping…"))
        self._update_buttons()

    def _drain(self, values: list[tuple[str, Any]]) -> None:
        changed = False
        for kind, item in values:
            if kind == "opened":
                self._opened(item)
                changed = True
            elif kind == "trial":
                self.results[item.number] = item
                if self.clock is not None:
                    self.clock.trial_done(item.number, item.state == "complete")
                self.sig_trial_finished.emit(item)
                changed = True
            elif kind == "progress" and self.clock is not None:
                self.clock.progress(item)
                self._last_progress = item
        if changed:
            self._refresh_views()
        if not self._stopping:
            self._show_progress()

    def _opened(self, info: dict) -> None:
        self.study_name = self.last_study = info["study"]
        self.storage = info["storage"]
        self.run_spec = info["spec"]
        self.figures = info["figures"]  # computed on the job's thread
        self.results = {r.number: r for r in info["results"]}
        self.clock = SweepClock(info["complete"], info["total"])
        self._last_progress = None
        if self.study_combo.findData(self.study_name) < 0:
            self.study_combo.addItem(self.study_name, self.study_name)
        self.study_combo.setCurrentIndex(self.study_combo.findData(self.study_name))

    def _refresh_views(self) -> None:
        spec = self.run_spec
        if spec is None:
            return
        rows = point_rows(spec, list(self.results.values()), self.figures)
        self.model.set_rows([a.field for a in spec.axes], rows, spec.seeds)
        self.plots.set_series(series_of(spec, rows))
        self._update_buttons()

    def _show_progress(self) -> None:
        clock = self.clock
        if clock is None:
            return
        eta = clock.eta()
        eta_text = self.tr("estimating…") if eta is None else _clock(eta)
        p = getattr(self, "_last_progress", None)
        now = "" if not p else self.tr(" · trial {n}: epoch {e}/{E}, batch {b}/{B}").format(
            n=p.get("trial", "?"), e=p.get("epoch", "?"), E=p.get("epochs", "?"), b=p.get("batch", "?"),
            B=p.get("batches", "?"))
        self.status_label.setText(self.tr("Study {study}: {done} of {total} trials done{now} · ETA {eta}").format(
            study=self.study_name, done=clock.complete, total=clock.total, now=now, eta=eta_text))

    def _finish(self) -> None:
        self.job = None
        self._stopping = False
        self.state.sig_training_active.emit(False)
        self._update_buttons()
        self.refresh_studies()

    def _on_done(self, result: dict) -> None:
        self.study_name = self.last_study = result["study"]
        self.figures = result["figures"]
        self.run_spec = result["spec"]
        self.results = {r.number: r for r in result["results"]}
        self.outcome = result["how"]
        self._finish()
        self._refresh_views()
        if self.outcome == "stopped":
            text = self.tr("Study {study}: stopped; {done} of {total} trials kept (Resume continues it)")
        else:
            text = self.tr("Study {study}: completed; {done} of {total} trials")
        self.status_label.setText(text.format(study=result["study"], done=result["complete"], total=result["total"]))
        self.sig_sweep_finished.emit(self.outcome)

    def _on_failed(self, message: str, details: str) -> None:
        self.outcome = "failed"
        self._finish()
        self.status_label.setText(self.tr("The sweep failed: {message}").format(message=message))
        self.status_label.setToolTip(details_tooltip(details))
        self.state.status(message)
        self.sig_sweep_finished.emit("failed")

    # -- the studies of the storage -------------------------------------------------------------------

    def refresh_studies(self) -> None:
        """List the storage's studies (a job: it opens the database), for Resume."""
        self.jobs.start("studies", list_studies_job, self.storage, on_done=self._on_studies,
                        on_failed=lambda message, details: self.state.status(message, 8000))

    def _on_studies(self, found: tuple[str, list[str]]) -> None:
        storage, names = found
        self.storage = self.storage or storage
        current = self.study_combo.currentData() or self.last_study
        self.study_combo.blockSignals(True)
        self.study_combo.clear()
        for name in names:
            self.study_combo.addItem(name, name)
        pick = self.last_study if self.last_study in names else (current if current in names else None)
        index = self.study_combo.findData(pick) if pick else self.study_combo.count() - 1
        self.study_combo.setCurrentIndex(max(0, index))
        self.study_combo.blockSignals(False)
        self._update_buttons()

    def show_study(self, name: str | None = None) -> None:
        """Show a study of the storage (the one chosen in the list): its plots, table and progress, read in a
        job; nothing is trained until Resume."""
        name = name or self.study_combo.currentData()
        if not name or self.running():
            return
        self.jobs.start("read", read_study_job, self.storage, name, on_done=self._on_study_read,
                        on_failed=lambda message, details: self._say(message))

    def _on_study_read(self, info: dict) -> None:
        if self.running():
            return  # a sweep started meanwhile: it shows its own study
        self._opened(info)
        self._refresh_views()
        self.outcome = "shown"
        self.status_label.setText(self.tr("Study {study}: {done} of {total} trials done").format(
            study=info["study"], done=info["complete"], total=info["total"]))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.running():  # studies another window or `explorer sweep` made meanwhile
            self.refresh_studies()

    # -- export --------------------------------------------------------------------------------------

    def all_results(self) -> list[TrialResult]:
        return sorted(self.results.values(), key=lambda r: r.number)

    def export_csv(self, path: str | None = None) -> bool:
        """Every trial as a CSV row (results_csv), written atomically."""
        if not self.results:
            return False
        if not path:
            path = QFileDialog.getSaveFileName(self, self.tr("Export the sweep's trials as CSV"),
                                               f"{self.study_name or 'sweep'}.csv", self.tr("CSV table (*.csv)"))[0]
            if not path:
                return False
        try:
            atomic_write_text(path, results_csv(self.all_results()))
        except OSError as exc:
            return self._write_failed(exc)
        self._say(self.tr("Trials written to {path}").format(path=path))
        return True

    def export_plots(self, path: str | None = None) -> bool:
        """Both plots as PNG or SVG (the file's suffix, or the filter chosen, decides), written atomically."""
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        if not path:
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the sweep's plots"),
                                                       f"{self.study_name or 'sweep'}.png", ";;".join(filters.values()))
            if not path:
                return False
            if not Path(path).suffix:
                path += "." + next((k for k, f in filters.items() if f == chosen), "png")
        kind = Path(path).suffix.lower().lstrip(".")
        if kind not in filters:
            self._say(self.tr("{path}: choose a .png or .svg file").format(path=path))
            return False
        self.views.setCurrentWidget(self.plots)  # drawn as the person sees them
        try:
            data = self.plots.png() if kind == "png" else self.plots.svg(self.tr("DenseNet Explorer: a sweep"))
            atomic_write_bytes(path, data)
        except OSError as exc:
            return self._write_failed(exc)
        self._say(self.tr("Plots written to {path}").format(path=path))
        return True

    def _write_failed(self, exc: OSError) -> bool:
        message = self.tr("Not written: {reason}").format(reason=tr_msg(describe_os_error(exc)))
        self._say(message)
        return False

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.state.status(text, 8000)

    # -- the window ----------------------------------------------------------------------------------

    def ask_close_during_sweep(self) -> bool:
        """Stop the sweep and close? (A seam: tests may answer it.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A sweep is running"), self.tr(
            "A sweep is running. Stop it and close the window? Finished trials stay in the study; Resume "
            "continues it later."), parent=self)
        close = box.addButton(self.tr("Stop and close"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is close

    def confirm_close(self) -> bool:
        return not self.running() or self.ask_close_during_sweep()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Stop the sweep (its workers end within about 2 s) and wait for the job, then the other jobs."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait(timeout_ms)
        return super().shutdown(timeout_ms)

    # -- language ------------------------------------------------------------------------------------

    def _retranslate_row(self, row: AxisRow) -> None:
        for i in range(row.field_combo.count()):
            row.field_combo.setItemText(i, field_label(row.field_combo.itemData(i)))
        row.field_combo.setToolTip(self.tr("The config field or training setting this axis varies"))
        row.values_edit.setPlaceholderText(self.tr("6, 12, 24  or  0.05..0.2 x4 log"))
        row.values_edit.setToolTip(self.tr("Values separated by commas, or a range LO..HI xN (add log for "
                                           "log-spaced values)"))

    def retranslate(self) -> None:
        self.axes_title.setText(self.tr("Grid: one row per field"))
        self.add_button.setText(self.tr("Add row"))
        self.remove_button.setText(self.tr("Remove row"))
        self.remove_button.setToolTip(self.tr("Remove the last row"))
        for label, text in zip(self.form_labels, (self.tr("Dataset"), self.tr("Epochs"), self.tr("Batches/epoch"),
                                                  self.tr("Seeds"), self.tr("Workers"), self.tr("Device"))):
            label.setText(text)
        self.dataset_combo.setToolTip(self.tr("Offline data shipped with the app; the network is fitted to it"))
        self.batches_spin.setSpecialValueText(self.tr("all"))
        self.seeds_spin.setToolTip(self.tr("Each grid point is trained once per seed (0, 1, …)"))
        self.workers_spin.setToolTip(self.tr("Trials trained at once, each in its own process"))
        self.device_combo.setToolTip(self.tr("Where every trial trains"))
        if getattr(self, "_devices", None):
            self._fill_devices(self._devices)
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train every point and seed; trials are kept in a database"))
        self.stop_button.setText(self.tr("Stop"))
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Continue the chosen study: train the trials it still misses"))
        self.study_combo.setToolTip(self.tr("The studies in the sweep database"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_plots_button.setText(self.tr("Export plots…"))
        self.export_plots_button.setToolTip(self.tr("Both plots as PNG or SVG"))
        self.views.setTabText(0, self.tr("Plots"))
        self.views.setTabText(1, self.tr("Table"))
        for row in self.rows:
            self._retranslate_row(row)
        self.plots.set_labels(self.tr("Parameters (log)"), self.tr("Multiply-adds (log)"),
                              self.tr("Validation accuracy"), self.tr("mean ± std over seeds"))
        self.model.retranslate()
        self.revalidate()
        if self.clock is not None and self.running() and not self._stopping:
            self._show_progress()
        elif not self.running() and not self.outcome:
            self.status_label.setText(self.tr("Type the grid, then Start."))


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {(s % 3600) // 60:02d} min"

