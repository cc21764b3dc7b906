"""The Compare view: two or three networks side by side (a table), the three connection patterns drawn for a
small block of the same depth, where each network sits on the paper's parameters-vs-error plot, and a
joint training run that overlays their curves.

Figures come from explorer.core.compare (ledger arithmetic, no torch); the joint run calls
core.compare.train_together on a worker thread of the panel's JobRunner, whose batches and epochs reach
the window through the runner's one progress channel (delivered on the GUI thread at most every 100 ms).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.compare import Entry, entry_for
from ...core.config import PRESETS, ConfigError
from ..messages import error_text, tr_msg
from ..state import AppState
from ..workers import Job, details_tooltip
from .base import Panel
from .compare_budget import BudgetBar
from .compare_gradients import GradientsBox
from .compare_model import (
    CURRENT,
    DEFAULT_PICKS,
    NONE,
    budget_matches,
    check_selection,
    clock_text,
    entry_of,
    matched_family,
    minutes_text,
    outcome,
)
from .compare_plots import PaperPlacement, PatternBox, PatternView
from .compare_table import CompareTableModel
from .compare_training import JointTrainingBox
from .deferred import DeferredUpdate

__all__ = ["CompareView", "CompareTableModel", "PatternView", "CURRENT"]


class CompareView(Panel):
    sig_networks_changed = Signal(list)  # the chosen entries' names
    sig_training_finished = Signal(list)  # the joint run's results (plain dicts)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CompareView", "Compare")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.job: Job | None = None  # the joint run, until it has reported its end
        self.preflight: Job | None = None  # its memory check and speed probe, until they have reported
        self.clock: Any = None
        self.estimate_s = 0.0
        self._pending: Any = None
        self._stopping = False
        self.results: list[dict[str, Any]] = []
        self.matches: dict[str, Any] = {}  # matched name -> core.budget.Match, while comparing at the same budget
        self._sized: tuple[Any, dict[str, Any]] | None = None  # ((config, by), matches) of the last sizing
        self.budget = BudgetBar(self)
        self.budget_button, self.budget_params, self.budget_macs = (
            self.budget.button, self.budget.by_params, self.budget.by_macs)
        self.budget.sig_changed.connect(lambda _by: self.refresh())
        self.pickers: list[QComboBox] = []
        for default in DEFAULT_PICKS:
            combo = QComboBox(self)
            if len(self.pickers) == 2:
                combo.addItem("", NONE)
            combo.addItem("", CURRENT)
            for name in PRESETS:
                combo.addItem("", name)
            combo.setCurrentIndex(combo.findData(default))
            combo.currentIndexChanged.connect(self.refresh)
            self.pickers.append(combo)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = CompareTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pattern_box, self.paper, self.training = PatternBox(self), PaperPlacement(self), JointTrainingBox(self)
        self.gradients = GradientsBox(self)
        self.bottom_tabs = QTabWidget(self)
        self.bottom_tabs.addTab(self.paper, "")
        self.bottom_tabs.addTab(self.gradients, "")
        # The controls and views a person (and a test) reaches through the view.
        self.patterns, self.layers_spin = self.pattern_box.patterns, self.pattern_box.layers_spin
        self.column_combo, self.plot = self.paper.column_combo, self.paper.plot
        t = self.training
        self.dataset_combo, self.epochs_spin, self.batches_spin, self.seed_spin = (
            t.dataset_combo, t.epochs_spin, t.batches_spin, t.seed_spin)
        self.train_button, self.stop_button, self.train_status, self.curves = (
            t.train_button, t.stop_button, t.train_status, t.curves)
        self.train_button.clicked.connect(self.start_training)
        self.stop_button.clicked.connect(self.stop_training)
        self._lay_out()
        # The current network's column follows the state: once per burst of changes, and only when seen.
        self.follow = DeferredUpdate(self, self._follow_current)
        state.sig_config_changed.connect(self._on_config_changed)
        self.retranslate()

    def _lay_out(self) -> None:
        pick_row = QHBoxLayout()
        for combo in self.pickers:
            pick_row.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.addLayout(pick_row)
        layout.addWidget(self.budget)
        layout.addWidget(self.message)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(self.pattern_box)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.bottom_tabs)
        bottom.addWidget(self.training)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([600, 400])
        self.bottom_split = bottom
        # Up to six heatmaps side by side need the room: the gradient tab, once opened, takes two thirds.
        self.bottom_tabs.currentChanged.connect(self._widen_gradients)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        layout.addWidget(split)

    def _widen_gradients(self, index: int) -> None:
        total = sum(self.bottom_split.sizes())
        if self.bottom_tabs.widget(index) is self.gradients and total > 0:
            self.bottom_split.setSizes([total * 2 // 3, total - total * 2 // 3])

    @property
    def placed(self) -> dict[str, tuple[float, float | None]]:
        """Where each chosen network is drawn on the paper's plot: name -> (millions, error or None)."""
        return self.paper.placed

    @property
    def _curves(self) -> list[pg.PlotDataItem]:
        return self.training.curve_items

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the window's language (the pickers, the boxes, the table, the drawings)."""
        for combo in self.pickers:
            for i in range(combo.count()):
                data = combo.itemData(i)
                if data == NONE:
                    combo.setItemText(i, self.tr("(none)"))
                elif data == CURRENT:
                    combo.setItemText(i, self.tr("Current network"))
                elif data in PRESETS:
                    combo.setItemText(i, f"{data} — {tr_msg(PRESETS[data].label)}")
            combo.setToolTip(self.tr("A network to compare: a preset or the current network"))
        for box in (self.pattern_box, self.paper, self.training, self.budget, self.gradients):
            box.retranslate()
        self.bottom_tabs.setTabText(0, self.tr("On the paper's plot"))
        self.bottom_tabs.setTabText(1, self.tr("Gradient flow"))
        self.bottom_tabs.setTabToolTip(1, self.tr("Each network's gradient norm per layer and epoch in the last run "
                                                  "trained together, side by side"))
        self.model.retranslate()
        self.refresh()

    # -- choosing ------------------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        """The networks compared: the pickers', or at the same budget the current network and the matched ones."""
        if self.budget.by is not None:
            return [CURRENT, *(name for name, m in self.matches.items() if m.config is not None)]
        return [c.currentData() for c in self.pickers if c.currentData() != NONE]

    def set_networks(self, names: list[str]) -> None:
        """Pick networks by preset name or CURRENT (two or three; the third may be left out)."""
        check_selection(names)
        for combo, name in zip(self.pickers, [*names, NONE][:3]):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(name))
            combo.blockSignals(False)
        self.refresh()

    def _entry(self, name: str) -> Entry:
        if matched_family(name) is not None:
            return entry_for(self.matches[name].config, name)
        return entry_of(name, self.state.config)

    def refresh(self) -> None:
        self.follow.cancel()
        by = self.budget.by
        for combo in self.pickers:
            combo.setEnabled(by is None)
        # At the same budget: every family sized to the current network (ledger only) in a job: a few ms once a data
        # shape's fits are cached, up to ~0.1 s the first time on a busy computer.
        if by is None:
            self.matches = {}
        elif self._sized is None or self._sized[0] != (self.state.config, by):
            self.message.setText(self.tr("Sizing each family to the current network…"))
            key = (self.state.config, by)
            self.jobs.start("budget", _budget_job, *key, on_done=lambda found, key=key: self._on_sized(key, found),
                            on_failed=self._on_sizing_failed)
            return
        else:
            self.matches = self._sized[1]
        try:
            entries = [self._entry(n) for n in self.chosen()]
        except ConfigError as exc:
            self.message.setText(error_text(exc))
            return
        notes = [self.tr("{name}: {note}").format(name=e.name, note=tr_msg(e.note))
                 for e in entries if e.disagrees_with_table]
        if by is not None:
            notes = [self.budget.summary(self.matches, by)]
        self.message.setText(" ".join(notes))
        self.model.set_entries(entries, self.matches, by or "params")
        self.pattern_box.set_used({p for e in entries for p in e.patterns})
        self.paper.set_entries(entries)
        self.sig_networks_changed.emit([e.name for e in entries])

    def _on_sized(self, key: Any, matches: dict[str, Any]) -> None:
        self._sized = (key, matches)
        self.refresh()

    def _on_sizing_failed(self, message: str, details: str) -> None:
        self.message.setText(message)
        self.message.setToolTip(details_tooltip(details))

    def _on_config_changed(self, config: Any, ledger: Any) -> None:
        if CURRENT in self.chosen():
            self.follow.request()

    def _follow_current(self) -> None:
        if CURRENT in self.chosen():
            self.refresh()

    # -- training together ---------------------------------------------------------------------------
    #
    # Train: fit the networks to the data (ledger only), then a small worker job checks every network's memory
    # and measures this computer's speed once on a probe network (speed.probe_speed, cached); the whole run's
    # time is estimated from the ledger and a long run asks first. The run's worker posts plain data through
    # its job's progress; the runner hands everything posted since the last delivery to ``_drain`` at most
    # every 100 ms, so the GUI thread does the same small amount of work however fast batches come.

    def running(self) -> bool:
        return self.job is not None

    def busy(self) -> bool:
        """A run or its preflight (memory check and speed probe) is going."""
        return self.running() or self.preflight is not None

    def _settings(self) -> Any:
        return self.training.settings()

    def start_training(self) -> None:
        if self.busy():
            return
        from ...core.compare import joint_networks

        dataset = self.dataset_combo.currentData()
        if self.follow.pending:  # the current network changed while the view was hidden
            self.refresh()
        # At the same budget only the current network: the families are sized again for the data, in the preflight.
        networks = ([(CURRENT, self.state.config)] if self.budget.by is not None
                    else [(e.name, e.config) for e in self.model.entries()])
        try:
            settings = self._settings()
            fitted = joint_networks(networks, dataset)
        except ConfigError as exc:
            self.train_status.setText(self.tr("Not started: {message}").format(message=str(exc)))
            return
        self._pending = (fitted, dataset, settings)
        self.train_button.setEnabled(False)
        self.train_status.setToolTip("")
        self.train_status.setText(self.tr("Checking memory and this computer's speed…"))
        self.preflight = self.jobs.start("preflight", _preflight_job, fitted, settings, self.budget.by,
                                         on_done=self._on_preflight, on_failed=self._on_preflight_failed)
        self.stop_button.setEnabled(True)  # the check can take a while on a busy computer: Stop gives up the start

    def _on_preflight_failed(self, message: str, details: str) -> None:
        self.preflight = None
        self.train_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.train_status.setText(self.tr("Not started: {message}").format(message=message))
        self.train_status.setToolTip(details_tooltip(details))
        self.state.status(message)

    def _on_preflight(self, found: tuple[float, list[tuple[str, Any]], dict[str, Any]]) -> None:
        from ...core.compare import joint_estimate_seconds
        from ...core.speed import LONG_RUN_SECONDS

        self.preflight = None
        rate, fitted, matches = found
        _fitted, dataset, settings = self._pending
        if self.budget.by is not None:
            self.message.setText(self.budget.refit_text(dataset, dict(fitted)[CURRENT], matches))
        self.estimate_s = joint_estimate_seconds(fitted, dataset, settings, rate)
        if self.estimate_s > LONG_RUN_SECONDS and not self.ask_long_run(self.estimate_s):
            self.train_button.setEnabled(True)
            self.stop_button.setEnabled(False)
            self.train_status.setText(self.tr("Not started: the run was estimated at about {m} minutes.").format(
                m=minutes_text(self.estimate_s)))
            return
        self._launch(fitted, dataset, settings)

    def ask_long_run(self, seconds: float) -> bool:
        """Start a run estimated to take ``seconds``? (A seam: the crawler and tests may answer it.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A long run"), self.tr(
            "Training these networks together is estimated to take about {m} minutes on this computer (their "
            "multiply-adds from the ledger at a speed measured once on a small probe network). Start it?").format(
                m=minutes_text(seconds)), parent=self)
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is start

    def _launch(self, fitted: list[tuple[str, Any]], dataset: str, settings: Any) -> None:
        from ...core.compare import DATASET_IMAGES, JointClock
        from ...core.ledger import compute_ledger

        self.training.start_curves([name for name, _cfg in fitted])
        self.gradients.start([name for name, _cfg in fitted])
        images = DATASET_IMAGES.get(dataset, 0)
        val = int(round(images * settings.val_fraction))
        self.clock = JointClock([compute_ledger(cfg).total_macs for _n, cfg in fitted], settings.epochs,
                                eval_batches=val / (3 * settings.batch_size))
        self.results = []
        self._stopping = False
        self.stop_button.setEnabled(True)
        self.train_status.setText(self.tr("Training {n} networks one after another (about {t} estimated)…").format(
            n=len(fitted), t=clock_text(self.estimate_s)))
        self.state.sig_training_active.emit(True)
        self.job = self.jobs.start("joint", _joint_job, fitted, dataset, settings, on_done=self._on_done,
                                   on_failed=self._on_failed, on_progress=self._drain)

    def stop_training(self) -> None:
        """Stop now: the worker checks in every layer, so the run ends within a layer's time. During the memory
        check and speed probe, the run is not started (what they find is dropped)."""
        if self.preflight is not None:
            self.jobs.cancel("preflight")
            self.preflight = None
            self.train_button.setEnabled(True)
            self.stop_button.setEnabled(False)
            self.train_status.setText(self.tr("Not started: stopped while memory and speed were checked."))
            return
        if not self.running() or self._stopping:
            return
        self._stopping = True
        self.job.cancel()  # cooperative: what the run reached is still reported
        self.stop_button.setEnabled(False)
        self.train_status.setText(self.tr("Stopping…"))

    def _drain(self, values: list[tuple[str, Any]]) -> None:
        """Everything the worker posted since the last delivery, then one redraw and one status line."""
        batch = None
        for kind, item in values:
            if kind == "batch":
                self.clock.add(item)
                batch = item
            else:
                self.training.data.add_epoch(item.index, item.epoch, item.row["val_acc"])
                self.gradients.add_epoch(item.index, item.epoch, item.grad_layers, item.grad_norms)
        self.training.flush()
        if batch is not None and not self._stopping:
            self.train_status.setText(self.training.progress_text(batch, self.clock))

    def _finish(self) -> None:
        """The run has reported: it is over for the person, even while its thread is still winding down (a Train
        click right after a failure is not "busy"); the runner frees the thread once it has ended."""
        self.job = None
        self.training.flush(force=True)
        self.train_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self._stopping = False
        self.state.sig_training_active.emit(False)

    def _on_done(self, results: list[dict[str, Any]]) -> None:
        self.results = results
        self.gradients.set_results(results)
        self._finish()
        self.train_status.setText(self.training.finished_text(outcome(results), results))
        self.sig_training_finished.emit(results)

    def _on_failed(self, message: str, details: str) -> None:
        self._finish()
        self.train_status.setText(self.tr("Training failed: {message}").format(message=message))
        self.train_status.setToolTip(details_tooltip(details))  # the crash's details, never a silent panel
        self.state.status(message)
        self.sig_training_finished.emit([])

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Closed on its own (not with the window): stop a joint run and wait for its thread."""
        self.shutdown(10_000)
        super().closeEvent(event)


def _budget_job(job: Job, config: Any, by: str) -> dict[str, Any]:
    """Runs in a worker: every comparison family sized to ``config`` (core.budget, ledger arithmetic)."""
    return budget_matches(config, by)


def _preflight_job(job: Job, fitted: list[tuple[str, Any]], settings: Any,
                   by: str | None = None) -> tuple[float, list[tuple[str, Any]], dict[str, Any]]:
    """Runs in a worker: at the same budget (``by``), each family sized again to the current network as fitted to
    the dataset (its input size, channels and classes: a budget matched at 32x32 does not hold at 8x8, and a
    five-block FractalNet does not fit there at all); then every network's memory check (nothing is built) and
    this device's speed, measured once per process on speed.PROBE_CONFIG (never on the chosen networks).
    Returns (speed, the networks to train, the matches)."""
    from ...core.compare import check_joint_memory
    from ...core.speed import probe_speed

    matches: dict[str, Any] = {}
    if by is not None:
        target = dict(fitted)[CURRENT]
        matches = budget_matches(target, by)
        fitted = [(CURRENT, target), *((name, m.config) for name, m in matches.items() if m.config is not None)]
    check_joint_memory(fitted, settings)
    return probe_speed(settings.device, settings.memory_efficient), fitted, matches


def _joint_job(job: Job, fitted: list[tuple[str, Any]], dataset: str, settings: Any) -> list[dict[str, Any]]:
    """Runs in the worker thread: train each network with the same settings; every batch and epoch is posted
    as progress (plain data), which the runner coalesces for the GUI."""
    from ...core.compare import train_together

    return train_together(fitted, dataset, settings, on_epoch=lambda p: job.progress(("epoch", p)),
                          on_batch=lambda b: job.progress(("batch", b)), should_stop=job.cancelled)
