"""The training panel driven through short runs: live curves, signals, pause/stop/continue, runs, files."""

from __future__ import annotations

import sys
import threading

import pytest

from explorer.core.checkpoint import load_checkpoint
from explorer.core.config import DenseNetConfig
from explorer.core.training import TrainSettings
from explorer.ui.panels.training_jobs import ProgressBridge
from explorer.ui.panels.training_panel import DEMO_CONFIG, TrainingPanel
from explorer.ui.state import AppState

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)


@pytest.fixture
def panel(qtbot, monkeypatch):
    state = AppState(config=TINY)
    p = TrainingPanel(state)
    qtbot.addWidget(p)
    p.show()  # as a student sees it: a hidden panel defers its reaction to network changes
    qtbot.waitExposed(p)
    real = p.settings
    # Short runs: at most 3 batches per epoch (the setting the CLI's --max-batches sets).
    monkeypatch.setattr(p, "settings", lambda: real().replace(max_batches=3))
    yield p
    assert p.shutdown(20000)


def _run(qtbot, p, **kw):
    with qtbot.waitSignal(p.sig_run_finished, timeout=60000) as blocker:
        assert p.start_training(**kw)
    return blocker.args[0]


def test_defaults_are_the_papers_and_the_dataset_shapes_the_network(qtbot, panel):
    d = TrainSettings()
    assert (panel.epochs_spin.value(), panel.batch_spin.value(), panel.lr_spin.value()) == (d.epochs, 64, 0.1)
    assert panel.schedule_combo.currentData() == "step" and not panel.augment_check.isChecked()
    assert panel.network_combo.currentData() == "window"  # the window holds a custom network
    assert "1×8×8" in panel.network_label.text()
    panel.dataset_combo.setCurrentIndex(panel.dataset_combo.findData("shapes"))
    assert "3×32×32" in panel.network_label.text() and "8 classes" in panel.network_label.text()
    assert panel.training_config().num_classes == 8
    panel.state.set_config(TINY.replace(stem="imagenet", block_layers=(2, 2, 2, 2), input_size=64))
    panel.dataset_combo.setCurrentIndex(panel.dataset_combo.findData("digits"))
    assert "input_size" in panel.error_label.text() and not panel.train_button.isEnabled()
    panel.state.set_config(TINY)  # followed at the next turn of the event loop
    qtbot.waitUntil(lambda: panel.error_label.text() == "" and panel.train_button.isEnabled(), timeout=2000)


def test_demo_network_is_the_default_on_a_fresh_window(qtbot):
    p = TrainingPanel(AppState())
    qtbot.addWidget(p)
    assert p.network_combo.currentData() == "demo" and p.base_config() == DEMO_CONFIG
    assert p.training_config().block_layers == (4, 4, 4) and p.training_config().input_size == 8


def test_a_short_run_draws_curves_and_tells_the_other_panels(qtbot, panel):
    panel.epochs_spin.setValue(2)
    active, checkpoints = [], []
    panel.state.sig_training_active.connect(active.append)
    panel.state.sig_checkpoint_available.connect(checkpoints.append)
    run = _run(qtbot, panel)
    assert run.status == "completed" and len(run.history) == 2
    assert active == [True, False]
    assert len(checkpoints) == 2 and checkpoints[-1] == run.checkpoint
    assert load_checkpoint(run.checkpoint)["epoch"] == 2
    x, y = panel.curve_val_acc.getData()
    assert list(x) == [1, 2] and list(y) == [h["val_acc"] for h in run.history]
    bx, by = panel.curve_batch_raw.getData()
    assert len(bx) == 6 and bx[-1] == pytest.approx(2.0) and list(by) == run.batch_loss
    assert len(panel.curve_batch_smooth.getData()[1]) == 6
    assert panel.progress.value() == 1000 and panel.state.latest_checkpoint == run.checkpoint
    assert "(completed)" in panel.runs_list.item(0).text()


class BatchGate:
    """On the trainer's thread: counts the batches it reports, notes any that ends while the run is paused,
    and can hold the thread at the end of a chosen batch until the test lets it go (so a pause lands exactly
    between two batches)."""

    def __init__(self, panel, monkeypatch) -> None:
        self.panel, self.reported, self.ended_paused = panel, 0, []
        self.hold_at: int | None = None
        self.held, self.release = threading.Event(), threading.Event()
        self.thread: int | None = None
        original = ProgressBridge.on_batch_end

        def on_batch_end(bridge, report) -> None:
            self.thread = threading.get_ident()
            self.reported += 1
            if self.panel.trainer.paused:
                self.ended_paused.append(self.reported)
            original(bridge, report)
            if self.reported == self.hold_at:
                self.held.set()
                assert self.release.wait(30)

        self._hook = on_batch_end.__code__
        monkeypatch.setattr(ProgressBridge, "on_batch_end", on_batch_end)

    def hold(self, batch: int) -> None:
        self.hold_at = batch
        self.held.clear()
        self.release.clear()

    def blocked_between_batches(self) -> bool:
        """The trainer's thread waits in threading (the pause) and not inside this gate."""
        frame = sys._current_frames().get(self.thread)
        codes = []
        while frame is not None:
            codes.append(frame.f_code)
            frame = frame.f_back
        return (self._hook not in codes and bool(codes) and codes[0].co_name == "wait"
                and codes[0].co_filename == threading.__file__)


def test_pause_stop_and_continue(qtbot, panel, monkeypatch):
    """While paused no batch is trained or reported (the trainer's thread is seen waiting); after Resume
    batches come again; Stop while paused ends the run with a checkpoint, and Continue completes it."""
    gate = BatchGate(panel, monkeypatch)
    panel.epochs_spin.setValue(3)
    gate.hold(2)
    assert panel.start_training()
    qtbot.waitUntil(gate.held.is_set, timeout=30000)  # the trainer has just ended batch 2
    panel.toggle_pause()
    assert panel.trainer.paused and panel.pause_button.text() == "Resume"
    gate.release.set()
    qtbot.waitUntil(gate.blocked_between_batches, timeout=30000)
    qtbot.waitUntil(lambda: len(panel.current.batch_x) == 2, timeout=30000)  # all it reported has arrived
    assert gate.reported == 2 and gate.ended_paused == [] and gate.blocked_between_batches()
    gate.hold(3)
    panel.toggle_pause()
    assert not panel.trainer.paused and panel.pause_button.text() == "Pause"
    qtbot.waitUntil(gate.held.is_set, timeout=30000)  # batches again after Resume
    qtbot.waitUntil(lambda: len(panel.current.batch_x) == 3, timeout=30000)
    panel.toggle_pause()
    gate.release.set()
    qtbot.waitUntil(gate.blocked_between_batches, timeout=30000)
    assert gate.ended_paused == []
    with qtbot.waitSignal(panel.sig_run_finished, timeout=30000):
        panel.stop_training()
    run = panel.runs[0]
    assert run.status == "stopped" and run.checkpoint and panel.continue_button.isEnabled()
    stopped_at = len(run.history)
    assert stopped_at < 3
    panel.runs_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.sig_run_finished, timeout=60000):
        panel.continue_selected()
    assert run.status == "completed" and [h["epoch"] for h in run.history] == [1, 2, 3]
    assert len(panel.runs) == 1


def test_changing_the_network_during_a_run_asks(qtbot, panel, monkeypatch):
    panel.epochs_spin.setValue(50)
    answers = iter(["undo", "stop"])
    asked = []
    monkeypatch.setattr(panel, "ask_network_change", lambda: asked.append(1) or next(answers))
    assert panel.start_training()
    qtbot.waitUntil(lambda: len(panel.current.batch_x) >= 1, timeout=30000)
    panel.state.set_config(TINY.replace(growth_rate=6))
    assert asked == [1] and panel.state.config == TINY and panel.running
    with qtbot.waitSignal(panel.sig_run_finished, timeout=30000):
        panel.state.set_config(TINY.replace(growth_rate=8))
    assert asked == [1, 1] and panel.runs[0].status == "stopped"
    assert panel.state.config.growth_rate == 8


def test_runs_overlay_export_save_and_load(qtbot, panel, tmp_path):
    panel.epochs_spin.setValue(1)
    first = _run(qtbot, panel)
    panel.state.set_config(TINY.replace(growth_rate=6))
    second = _run(qtbot, panel)
    assert [r.config.growth_rate for r in panel.runs] == [4, 6] and panel.runs_list.count() == 2
    panel.runs_list.item(0).setCheckState(panel.runs_list.item(0).checkState().__class__.Checked)
    assert panel.overlaid_runs() == [1]
    panel.runs_list.setCurrentRow(0)
    assert panel.export_csv(str(tmp_path / "m.csv"))
    lines = (tmp_path / "m.csv").read_text().splitlines()
    assert lines[0].startswith("epoch,train_loss") and lines[1].startswith("1,")
    assert float(lines[1].split(",")[4]) == pytest.approx(first.history[0]["val_acc"], rel=1e-5)
    assert panel.export_png(str(tmp_path / "p.png"))
    assert (tmp_path / "p.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    panel.runs_list.setCurrentRow(1)
    assert panel.save_checkpoint_as(str(tmp_path / "saved.pt"))
    assert (tmp_path / "saved.pt").read_bytes() == open(second.checkpoint, "rb").read()
    with qtbot.waitSignal(panel.state.sig_checkpoint_available, timeout=30000) as blocker:
        panel.load_checkpoint_file(str(tmp_path / "saved.pt"))
    assert blocker.args == [str(tmp_path / "saved.pt")]
    loaded = panel.runs[2]
    assert loaded.status == "loaded" and loaded.config.growth_rate == 6 and len(loaded.history) == 1
    (tmp_path / "bad.pt").write_bytes(b"garbage")
    job = panel.load_checkpoint_file(str(tmp_path / "bad.pt"))
    qtbot.waitUntil(lambda: "bad.pt" in panel.error_label.text(), timeout=30000)
    job.wait(5000)
    assert len(panel.runs) == 3


def test_shutdown_during_a_run_stops_it_with_a_checkpoint(qtbot, panel):
    panel.epochs_spin.setValue(100)
    assert panel.start_training()
    qtbot.waitUntil(lambda: len(panel.current.history) >= 1, timeout=30000)
    assert panel.shutdown(20000)
    run = panel.runs[0]
    assert not panel.running and run.status == "stopped"
    assert load_checkpoint(run.checkpoint)["epoch"] >= 1


def test_switching_to_korean_retranslates_live(qtbot, panel):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[2] / "explorer" / "resources" / "i18n" / "training_ko.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.train_button.text() == "학습", timeout=5000)
        assert panel.form.labelForField(panel.epochs_spin).text() == "에포크"  # explorer/resources/i18n/GLOSSARY.md
        assert panel.acc_plot.titleLabel.text == "에포크별 정확도"
        assert "흑백" in panel.network_label.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.train_button.text() == "Train", timeout=5000)


def test_a_hidden_panel_does_no_work_on_network_changes_and_catches_up_when_shown(qtbot):
    p = TrainingPanel(AppState(config=TINY))
    qtbot.addWidget(p)
    p.state.set_config(TINY.replace(growth_rate=6))
    # Nothing is scheduled that could refresh it: the update waits for the panel to come on screen.
    assert p.deferred_refresh.pending and not p.deferred_refresh.scheduled()
    assert not p.jobs.running("speed") and not p.speed_timer.isActive()  # no training steps timed for nobody
    assert "k=6" not in p.network_label.text()
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: "k=6" in p.network_label.text(), timeout=2000)
    assert p.shutdown(20000)


def test_the_last_run_s_result_follows_a_language_switch(qtbot, panel):
    """A run finished in English, then the window switched to Korean: the result line is shown again in Korean
    (it stayed English until the next run)."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, Qt, QTranslator

    panel.epochs_spin.setValue(1)
    with qtbot.waitSignal(panel.sig_run_finished, timeout=60000):
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert panel.progress_label.text().startswith("Training finished: trained 1 epoch")
    i18n = Path(__file__).resolve().parents[2] / "explorer" / "resources" / "i18n"
    translators = []
    for name in ("training_ko.qm", "messages_ko.qm"):
        translator = QTranslator()
        assert translator.load(str(i18n / name))
        translators.append(translator)
    try:
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        qtbot.waitUntil(lambda: panel.progress_label.text().startswith("학습 완료:"), timeout=5000)
        assert "Training" not in panel.progress_label.text() and "trained" not in panel.progress_label.text()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.progress_label.text().startswith("Training finished:"), timeout=5000)
