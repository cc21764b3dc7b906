"""The training panel: pick data and the paper's recipe, press Train, watch the network learn.

The panel orchestrates; its parts are the form (training_form), the plots (training_plots), the runs column
(training_runs_column) and the Qt-free runs model (training_runs). The Trainer runs through the panel's
JobRunner; its callbacks post plain reports to the job's progress channel, which the runner hands to the GUI
thread at most PLOT_HZ times a second, so drawing never slows training. No torch here: torch is imported by
the core functions the jobs call.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QSplitter, QVBoxLayout, QWidget

from ...core.config import ConfigError
from ...core.data import apply_dataset, dataset_shape
from ...core.speed import LONG_RUN_SECONDS
from ...core.training import TrainSettings
from ..messages import error_text, tr_msg
from ..state import AppState
from ..workers import PROGRESS_MS, Job, details_tooltip
from .base import Panel
from .deferred import DeferredUpdate
from .insights_tabs import InsightsTabs
from .training_dialogs import TrainingDialogs
from .training_estimate import SpeedEstimate
from .training_files import RunFiles
from .training_form import TrainingForm
from .training_jobs import train_job
from .training_network import DEMO_CONFIG, NetworkChoice
from .training_plots import TrainingPlots
from .training_runs import RunRecord, RunsModel, clock, resume_epochs
from .training_runs_column import RunsColumn

__all__ = ["TrainingPanel", "DEMO_CONFIG", "RunRecord", "PLOT_HZ"]

PLOT_HZ = 1000 // PROGRESS_MS  # the runner hands over a run's reports at most this often: the curves' refresh rate


class TrainingPanel(Panel):
    sig_run_finished = Signal(object)  # the RunRecord, after a run ends (any status)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TrainingPanel", "Training")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.model = RunsModel()
        self.trainer: Any = None
        self._run_job: Job | None = None  # the run training now
        self._last_batch: Any = None
        self._stopping = False
        self._network_error = False
        self._discard_on_shutdown = False
        self.dialogs = TrainingDialogs(self)
        self.files = RunFiles(self, self.state.status, self._show_error)
        self.estimate = SpeedEstimate(self)
        self.speed_timer = self.estimate.timer
        self._build()
        self.deferred_refresh = DeferredUpdate(self, self._refresh_network)
        self.network = NetworkChoice(self)
        self.network.start()
        self.retranslate()  # every text, and what will be trained
        self.deferred_refresh.request()  # measures the device's speed once the panel is first seen
        from ..background import torch_loader

        loader = torch_loader()
        if loader.ready:
            self._fill_devices(loader.devices)
        else:
            loader.sig_ready.connect(self._fill_devices)  # a bound slot: disconnected if the panel goes first

    def _build(self) -> None:
        self.recipe = TrainingForm(self)
        self.runs_column = RunsColumn(self)
        self.runs_column.show_runs(self.model.runs)
        self.plots = TrainingPlots(self)
        # The middle column: the curves, then what each epoch recorded (gradient flow, reuse, classes, errors).
        self.insights = InsightsTabs(self, self.plots)
        # The parts' widgets under the panel's names: tests, the Run menu and the crawler find them here.
        for part, names in ((self.recipe, TrainingForm.PUBLIC), (self.runs_column, RunsColumn.PUBLIC),
                            (self.plots, TrainingPlots.PUBLIC)):
            for name in names:
                setattr(self, name, getattr(part, name))
        form = self.recipe
        form.sig_network_changed.connect(self._refresh_network)
        form.sig_length_changed.connect(lambda: self.estimate.refresh())
        form.sig_device_changed.connect(lambda: self.estimate.schedule())
        form.sig_invalid.connect(self._show_field_error)
        # A slot of its own: clicked(bool) must not reach start_training's resume_run (it did: Train did nothing).
        form.train_button.clicked.connect(self._train_clicked)
        form.pause_button.clicked.connect(self.toggle_pause)
        form.stop_button.clicked.connect(self.stop_training)
        form.continue_button.clicked.connect(self._continue_clicked)
        column = self.runs_column
        column.sig_overlay.connect(self._on_overlay_toggled)
        column.sig_selection_changed.connect(self._update_buttons)
        column.sig_selection_changed.connect(lambda *_a: self.insights.show_run(self.selected_run() or self.current))
        column.export_csv_button.clicked.connect(lambda: self.export_csv())
        column.export_png_button.clicked.connect(lambda: self.export_png())
        column.save_button.clicked.connect(lambda: self.save_checkpoint_as())
        column.load_button.clicked.connect(lambda: self.load_checkpoint_file())
        # Three columns, each short enough for the strip a 1280×720 window gives a raised bottom panel (about
        # 300 px): the recipe with Train under it | the curves | what will be trained and the runs.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for part in (self.recipe, self.insights, self.runs_column):
            splitter.addWidget(part)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 640, 250])
        self.splitter = splitter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.addWidget(splitter)

    def retranslate(self) -> None:
        """Every text again, in the language now installed (the window switches live)."""
        if self.model.last_finish is not None and self.progress_label.text():
            self._show_finish()
        self.recipe.retranslate()
        self.runs_column.retranslate()
        self.plots.retranslate()
        self.insights.retranslate()
        self._refresh_network()

    # -- the panel's interface to the window ------------------------------------------------------------

    @property
    def runs(self) -> list[RunRecord]:
        return self.model.runs

    @property
    def current(self) -> RunRecord | None:
        return self.model.current

    @property
    def running(self) -> bool:
        return self._run_job is not None

    @property
    def secondary_plots_shown(self) -> bool:
        return self.plots.secondary_plots_shown

    def run_controls(self) -> dict[str, QAbstractButton]:
        return {"train": self.train_button, "pause": self.pause_button, "stop": self.stop_button}

    def is_paused(self) -> bool:
        return self.running and self.trainer is not None and self.trainer.paused

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
        """Stop a running run (its checkpoint is written), wait for it and record how it ended, then end the
        other jobs. True if every thread ended."""
        self.speed_timer.stop()
        self.stop_training()
        job = self._run_job
        ok = job is None or job.wait(timeout_ms)
        QCoreApplication.processEvents()  # deliver the run's result so that its checkpoint is recorded
        run = self.current
        if job is not None and ok and self._discard_on_shutdown and self._discardable(run):
            shutil.rmtree(run.out_dir, ignore_errors=True)
            run.checkpoint = None
        return super().shutdown(timeout_ms) and ok

    # -- what will be trained --------------------------------------------------------------------------

    def dataset_name(self) -> str:
        return self.recipe.dataset_name()

    def base_config(self) -> Any:
        return self.network.base_config()

    def training_config(self) -> Any:
        """The network as it will be trained: the chosen one, shaped by the dataset (ConfigError if not)."""
        return apply_dataset(self.base_config(), dataset_shape(self.dataset_name(), 32))

    def settings(self) -> TrainSettings:
        return self.recipe.settings()

    def _refresh_network(self) -> None:
        try:
            config = self.training_config()
        except ConfigError as exc:
            self._network_error = True
            self._show_error(error_text(exc))
            self.runs_column.clear_network()
            self._update_buttons()
            return
        self._network_error = False
        self._show_error("")
        name = self.dataset_name()
        self.runs_column.show_network(config, None if name.startswith("folder:") else dataset_shape(name, 32))
        self.estimate.refresh()
        self.estimate.schedule()
        self._update_buttons()

    def _fill_devices(self, devices: Any) -> None:
        self.recipe.fill_devices(devices)
        self.estimate.schedule()

    def refresh_later(self) -> None:
        """What will be trained, said again once the panel is on screen (once for a burst of changes)."""
        self.deferred_refresh.request()

    # The questions, as seams that tests replace.
    def ask_network_change(self) -> str:
        """'stop', 'keep' (the run goes on with its copy; the next run uses the new network) or 'undo'."""
        return self.dialogs.network_change()

    def ask_long_run(self, seconds: float) -> bool:
        """True to start a run estimated at ``seconds`` (over 10 minutes)."""
        return self.dialogs.long_run(clock(seconds), self.device_combo.currentText(), self.epochs_spin.value())

    def ask_close_during_run(self) -> str:
        """'keep' (stop, keep the checkpoint), 'discard' (stop, delete this run's folder) or 'cancel'."""
        run = self.current
        return self.dialogs.close_during_run(run.out_dir if run is not None else "", self._discardable(run))

    def _discardable(self, run: RunRecord | None) -> bool:
        from ...paths import user_data_dir

        return self.model.discardable(run, user_data_dir() / "runs")

    # -- running -----------------------------------------------------------------------------------------

    def _train_clicked(self) -> None:
        """The Train button: a run the estimate puts over LONG_RUN_SECONDS asks first."""
        seconds = self.estimate.run_seconds()
        if seconds is not None and seconds > LONG_RUN_SECONDS and not self.ask_long_run(seconds):
            self.state.status(self.tr("Training not started: estimated {t}").format(t=clock(seconds)), 5000)
            return
        self.start_training()

    def _continue_clicked(self) -> None:
        self.continue_selected()

    def _show_field_error(self, message: str) -> None:
        self._show_error(message)
        self.state.status(message, 8000)

    def _show_error(self, message: str, details: str = "") -> None:
        self.error_label.setText(message)
        self.error_label.setToolTip(details)

    def _what_to_train(self, resume_run: RunRecord | None) -> tuple[Any, str, TrainSettings]:
        """(config, dataset, settings) of a new run, or of ``resume_run`` continued (ConfigError if refused)."""
        settings = self.settings()
        if resume_run is None:
            return self.training_config(), self.dataset_name(), settings
        epochs = resume_epochs(resume_run, settings.epochs)
        settings = TrainSettings.from_dict({**resume_run.settings.to_dict(), "epochs": epochs})
        return resume_run.config, resume_run.dataset, settings

    def start_training(self, resume_run: RunRecord | None = None) -> bool:
        """Start a new run (or continue ``resume_run`` from its checkpoint). False if it could not start."""
        from ...core.training import Trainer
        from ...paths import user_data_dir

        if self.running:
            return False
        try:
            config, dataset, settings = self._what_to_train(resume_run)
        except ConfigError as exc:
            self.error_label.setText(error_text(exc))  # in the window's language
            return False
        self.error_label.setText("")
        if resume_run is None:
            run = self.model.new_run(config, dataset, settings, user_data_dir() / "runs")
            self.runs_column.add_run(run)
            self.model.start(run, settings)
            trainer = Trainer(config, dataset, settings, out_dir=Path(run.out_dir))
        else:
            run = resume_run
            self.model.start(run, settings)  # its folder: the checkpoint's, for a loaded run
            trainer = Trainer(config, dataset, settings, out_dir=run.out_dir, resume_from=run.checkpoint)
        self._stopping = False
        self.trainer = trainer
        self.runs_column.select(run)
        self._last_batch = None
        self.recipe.show_starting()
        self._run_job = self.jobs.start("train", train_job, trainer, dataset, self.recipe.data_dir(),
                                        self.download_check.isChecked(), settings.seed, config.input_size,
                                        on_done=self._on_done, on_failed=self._on_failed, on_progress=self._drain)
        self.state.sig_training_active.emit(True)
        self._update_buttons()
        self._show_run(run)
        return True

    def toggle_pause(self) -> None:
        if self.trainer is None or not self.running:
            return
        if self.trainer.paused:
            self.trainer.resume()
            self.state.status(self.tr("Training resumed"), 3000)
        else:
            self.trainer.pause()
            self.state.status(self.tr("Training paused (between batches)"), 3000)
        self.recipe.set_paused(self.trainer.paused)

    def stop_training(self) -> None:
        """Stop after the current batch; the run's result (stopped, with its checkpoint) still arrives."""
        if self.trainer is not None and self.running:
            self.trainer.request_stop()
            self._run_job.cancel()  # cooperative only: a download in progress ends too
            self.recipe.show_stopping()
            self._stopping = True  # Stop and Pause are done with until the run has ended
            self._update_buttons()

    def continue_selected(self) -> None:
        run = self.selected_run()
        if run is not None and run.checkpoint and not self.running:
            self.start_training(resume_run=run)

    def _on_done(self, result: Any) -> None:
        self._finish(result.status, result.message, result.checkpoint)

    def _on_failed(self, message: str, details: str) -> None:
        self._finish("failed", message, None)
        self.error_label.setToolTip(details_tooltip(details))

    def _finish(self, status: str, message: str, checkpoint: str | None) -> None:
        run = self.current
        self._run_job = None
        self.trainer = None  # the finished network and its data are freed; the run lives on as plain data
        self._stopping = False
        self.model.finish(status, message, checkpoint)
        if run is not None:
            self._update_run_item(run)
        self.recipe.set_paused(False)
        self.state.status(self._show_finish(), 10000)
        self.state.sig_training_active.emit(False)
        self._update_buttons()
        self._show_run(run)
        if run is not None:
            self.sig_run_finished.emit(run)

    def _show_run(self, run: RunRecord | None) -> None:
        """The run in the curves and in the insights tabs (beside the overlaid runs)."""
        self.plots.show_run(run, force=True)
        self.insights.show_run(run, self._overlaid_records())

    def _overlaid_records(self) -> list[RunRecord]:
        shown = set(self.model.overlaid())
        return [r for r in self.model.runs if r.index in shown]

    def _show_finish(self) -> str:
        """How the last run ended, in the window's language (shown again after a language switch)."""
        finish = self.model.last_finish
        if finish.is_error:
            self.error_label.setText(tr_msg(finish.message))
        return self.recipe.show_finish(finish)

    def _drain(self, reports: list[tuple[str, Any]]) -> None:
        """A run's reports since the last tick: the curves are drawn once for all of them."""
        run = self.current
        if run is None:
            return
        last_batch = None
        for kind, payload in reports:
            if kind == "batch":
                run.add_batch_report(payload)
                last_batch = payload
            elif kind == "epoch":
                run.history.append(payload.row())
                header = getattr(self.trainer, "insights", None)
                self.insights.add_epoch(run, header, getattr(payload, "insights", None))
                self._update_run_item(run)
            elif kind == "checkpoint":
                run.checkpoint = payload
                self.state.sig_checkpoint_available.emit(payload)
            elif kind == "download":
                self.recipe.show_download(*payload)
            elif kind == "status":
                self.recipe.show_loading()
        if last_batch is not None or any(kind == "epoch" for kind, _ in reports):
            self.plots.show_run(run)
            self._last_batch = last_batch or self._last_batch
            if self._last_batch is not None:
                self.recipe.show_batch(self._last_batch, self.is_paused())

    # -- runs: overlay, export, save/load ------------------------------------------------------------------

    def _update_run_item(self, run: RunRecord) -> None:
        self.runs_column.update_run(run)
        if self.model.is_overlaid(run):
            self.plots.set_overlay(run, self.model.set_overlay(run, True))

    def selected_run(self) -> RunRecord | None:
        return self.model.run_at(self.runs_column.selected_row())

    def _on_overlay_toggled(self, row: int, shown: bool) -> None:
        run = self.model.run_at(row)
        if run is not None:
            self.plots.set_overlay(run, self.model.set_overlay(run, shown))
            self.insights.show_run(self.insights.run, self._overlaid_records())

    def overlaid_runs(self) -> list[int]:
        return self.model.overlaid()

    def export_csv(self, path: str | None = None) -> bool:
        run = self.selected_run() or self.current
        return run is not None and self.files.export_csv(run, path)

    def export_png(self, path: str | None = None) -> bool:
        return self.files.export_png(self.plots, path)

    def save_checkpoint_as(self, path: str | None = None) -> bool:
        return self.files.save_checkpoint(self.selected_run() or self.current, path)

    def load_checkpoint_file(self, path: str | None = None) -> Job | None:
        """Read a checkpoint (in a worker) and list it as a run that can be continued."""
        return self.files.load_checkpoint(self.jobs, path, self._loaded)

    def _loaded(self, info: dict[str, Any]) -> None:
        run = self.model.add_loaded(info["config"], info["dataset"], info["settings"], info["path"], info["history"])
        self.runs_column.add_run(run)
        self._load_insights(run, info)
        if not self.running:
            self.model.current = run
            self._show_run(run)
        self.state.sig_checkpoint_available.emit(info["path"])
        self.state.status(self.tr("Loaded {p}: {n} epochs").format(p=info["path"], n=info["epoch"]), 5000)
        self._update_buttons()

    def _load_insights(self, run: RunRecord, info: dict[str, Any]) -> None:
        """The insights.json beside a loaded checkpoint (read by the load job), into the insights tabs."""
        if info.get("insights_error") is not None:
            self.state.status(error_text(info["insights_error"]), 8000)
            return
        recorded = info.get("insights")
        for epoch in recorded.epochs if recorded is not None else []:
            self.insights.add_epoch(run, recorded, epoch)

    def _update_buttons(self) -> None:
        running = self.running
        # Only a network that does not fit the data blocks Train; after a failed run (out of memory, a bad
        # data folder) the user changes a setting and presses Train again.
        self.train_button.setEnabled(not running and not self._network_error)
        stopping = running and self._stopping
        self.pause_button.setEnabled(running and not stopping)
        self.stop_button.setEnabled(running and not stopping)
        run = self.selected_run()
        self.continue_button.setEnabled(not running and run is not None and run.resumable)
        has_run = run is not None or self.current is not None
        self.export_csv_button.setEnabled(has_run)
        self.save_button.setEnabled(has_run)
        for w in (self.network_combo, self.dataset_combo):
            w.setEnabled(not running)
