"""Bad input and faults in the window: each reaches the user as a message in the panel (with the details of
a crash in its tooltip), and the panel keeps working: the following valid action succeeds. Stopping during
a download ends the thread at once and leaves no file."""

from __future__ import annotations

import io
import os
import time
import urllib.request

import numpy as np
import pytest
import torch

import explorer.core.inference as inference
from explorer.core.checkpoint import FORMAT, load_checkpoint
from explorer.core.config import DEFAULT_PRESET, DenseNetConfig, config_to_dict, preset_config
from explorer.core.models import build_model
from explorer.ui.panels.inference_panel import InferencePanel
from explorer.ui.panels.instantiate_panel import InstantiatePanel
from explorer.ui.panels.torchinfo_view import TorchinfoView
from explorer.ui.panels.training_panel import TrainingPanel
from explorer.ui.state import AppState

from .waits import settle, wait_for_torch

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
SMALL = DenseNetConfig(growth_rate=4, block_layers=(2, 3), input_size=16, num_classes=3, init_features=6)
HUGE = preset_config(DEFAULT_PRESET, growth_rate=10_000)


class _WritesMarker:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"echo pwned > {self.marker}",))


def _checkpoint(path):
    torch.manual_seed(0)
    torch.save({"format": FORMAT, "version": 1, "config": config_to_dict(SMALL),
                "model": build_model(SMALL).state_dict(), "classes": ["a", "b", "c"], "mean": [0.5] * 3,
                "std": [0.25] * 3, "epoch": 1, "history": []}, path)
    return path


# ------------------------------------------------------------------------------ instantiate, torchinfo


def test_instantiate_refuses_a_huge_network_then_builds_a_small_one(qtbot):
    state = AppState(HUGE)
    panel = InstantiatePanel(state)
    qtbot.addWidget(panel)
    wait_for_torch(qtbot)
    panel.batch.setValue(1)
    panel.start()
    qtbot.waitUntil(lambda: "Refused" in panel.message.text(), timeout=30000)
    panel.wait()
    assert "needs about" in panel.message.text() and "TiB" in panel.message.text()
    assert "MemoryRefusal" in panel.message.toolTip()  # the details: the end of the traceback
    assert panel.last_result is None and panel.run_button.isEnabled()
    state.set_config(TINY)
    panel.start()
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=30000)
    panel.wait()
    assert panel.last_result.param_count == sum(p.numel() for p in build_model(TINY).parameters())
    assert panel.message.toolTip() == ""


def test_torchinfo_of_a_huge_network_is_refused_in_words(qtbot):
    state = AppState(HUGE)
    view = TorchinfoView(state)
    qtbot.addWidget(view)
    wait_for_torch(qtbot)
    view.refresh()
    qtbot.waitUntil(lambda: "failed" in view.status.text(), timeout=30000)
    view.wait()
    assert "needs about" in view.status.text() and "MemoryRefusal" in view.status.toolTip()
    state.set_config(TINY)
    view.refresh()
    qtbot.waitUntil(lambda: view.shown_config == TINY, timeout=60000)
    view.wait()
    assert "Total params" in view.text.toPlainText() and view.status.toolTip() == ""


# ------------------------------------------------------------------------------------------- inference


@pytest.fixture
def inference_panel(qtbot):
    state = AppState()
    widget = InferencePanel(state)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_bad_checkpoints_are_refused_in_the_panel_and_a_good_one_loads(inference_panel, qtbot, tmp_path):
    panel = inference_panel
    marker = tmp_path / "marker"
    torch.save({"format": FORMAT, "model": {"x": _WritesMarker(str(marker))}}, tmp_path / "evil.pt")
    (tmp_path / "random.pt").write_bytes(os.urandom(1000))
    (tmp_path / "empty.pt").write_bytes(b"")
    panel.set_source("checkpoint")
    for name, words in (("evil.pt", "refused: the file holds Python objects or code"),
                        ("random.pt", "is truncated or not a torch checkpoint"),
                        ("empty.pt", "is truncated or not a torch checkpoint"),
                        ("absent.pt", "no such checkpoint file")):
        panel.load_network(checkpoint=str(tmp_path / name))
        settle(qtbot, panel)
        assert words in panel.message_text and name in panel.message_text, panel.message_text
        assert panel.predictor is None
    assert not marker.exists()
    panel.load_network(checkpoint=str(_checkpoint(tmp_path / "good.pt")))
    settle(qtbot, panel)
    assert panel.predictor is not None and panel.predictor.classes == ["a", "b", "c"]


def test_a_crash_in_a_prediction_is_shown_with_its_details(inference_panel, qtbot, tmp_path, monkeypatch):
    panel = inference_panel
    panel.set_source("checkpoint")
    panel.load_network(checkpoint=str(_checkpoint(tmp_path / "good.pt")))
    settle(qtbot, panel)
    real = inference.predict

    def crash(*args, **kwargs):
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(inference, "predict", crash)
    assert panel.open_image(panel.samples[0])
    settle(qtbot, panel)
    assert panel.message_text == "ZeroDivisionError: simulated bug"
    assert "Traceback" in panel.message.toolTip() and "crash" in panel.message.toolTip()
    monkeypatch.setattr(inference, "predict", real)
    assert panel.open_image(panel.samples[1])  # the panel is not dead: the next image is predicted
    settle(qtbot, panel)
    assert panel.prediction is not None and len(panel.prediction.top) == 3


# ------------------------------------------------------------------------------------------- training


@pytest.fixture
def training(qtbot, monkeypatch):
    state = AppState(config=TINY)
    p = TrainingPanel(state)
    qtbot.addWidget(p)
    real = p.settings
    monkeypatch.setattr(p, "settings", lambda: real().replace(max_batches=2))
    yield p
    assert p.shutdown(20000)


def _run(qtbot, p):
    with qtbot.waitSignal(p.sig_run_finished, timeout=60000) as blocker:
        assert p.start_training()
    return blocker.args[0]


@pytest.mark.parametrize("make_error", [lambda: torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 8 GiB"),
                                        lambda: MemoryError()], ids=["OutOfMemoryError", "MemoryError"])
def test_out_of_memory_in_training_is_reported_and_a_second_run_works(qtbot, training, monkeypatch, make_error):
    import torch.nn.functional as F

    real = F.cross_entropy
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 4:
            raise make_error()
        return real(*args, **kwargs)

    monkeypatch.setattr(F, "cross_entropy", failing)
    training.epochs_spin.setValue(3)
    run = _run(qtbot, training)
    assert run.status == "failed" and "ran out of memory on cpu while training (epoch 2, batch 1)" in run.message
    assert "a smaller batch size" in training.error_label.text()
    assert "OutOfMemory" in training.error_label.toolTip()
    assert load_checkpoint(os.path.join(run.out_dir, "checkpoint.pt"))["epoch"] == 1  # the last good one
    assert training.train_button.isEnabled()  # usable: change nothing or lower the batch, press Train again
    monkeypatch.setattr(F, "cross_entropy", real)
    again = _run(qtbot, training)
    assert again.status == "completed" and len(again.history) == 3 and training.error_label.text() == ""


def test_a_crash_in_the_training_worker_is_shown_with_its_details(qtbot, training, monkeypatch):
    import explorer.core.data as data

    def broken(*args, **kwargs):
        raise KeyError("simulated bug")

    monkeypatch.setattr(data, "make_batch", broken)
    run = _run(qtbot, training)
    assert run.status == "failed" and training.error_label.text() == "KeyError: 'simulated bug'"
    assert "Traceback" in training.error_label.toolTip() and "broken" in training.error_label.toolTip()
    assert training.train_button.isEnabled() and not training.running


def test_a_huge_network_is_refused_before_allocating(qtbot, training):
    training.state.set_config(preset_config(DEFAULT_PRESET, growth_rate=10_000, in_channels=1, input_size=8))
    training.network_combo.setCurrentIndex(training.network_combo.findData("window"))
    run = _run(qtbot, training)
    assert run.status == "failed" and "needs about" in run.message and "TiB" in run.message
    assert "growth rate k" in training.error_label.text()


def test_exports_to_unwritable_places_are_said_and_nothing_is_lost(qtbot, training, tmp_path):
    run = _run(qtbot, training)
    (tmp_path / "a_folder").mkdir()
    (tmp_path / "a_file").write_text("keep me")
    training.runs_list.setCurrentRow(0)
    assert not training.export_csv(str(tmp_path / "a_folder"))
    assert "a_folder: cannot be written (a folder has that name)" in training.error_label.text()
    assert not training.export_png(str(tmp_path / "a_file" / "plots.png"))
    assert "a_file is a file, not a folder" in training.error_label.text()
    assert not training.save_checkpoint_as(str(tmp_path / "a_folder"))
    assert (tmp_path / "a_file").read_text() == "keep me" and sorted(os.listdir(tmp_path)) == ["a_file", "a_folder"]
    assert training.export_csv(str(tmp_path / "ok.csv"))  # and the next valid export works
    assert (tmp_path / "ok.csv").read_text().startswith("epoch,train_loss")
    assert training.save_checkpoint_as(str(tmp_path / "ok.pt"))
    assert load_checkpoint(tmp_path / "ok.pt")["epoch"] == load_checkpoint(run.checkpoint)["epoch"]


class _SlowResponse(io.RawIOBase):
    """A local source that trickles bytes (a slow network, without the network)."""

    headers = {"Content-Length": str(1 << 30)}

    def read(self, n=-1):
        time.sleep(0.01)
        return b"\0" * 4096

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_stop_during_a_download_ends_the_thread_at_once_and_leaves_no_file(qtbot, training, tmp_path,
                                                                             monkeypatch):
    monkeypatch.setattr(urllib.request, "urlopen", lambda url, timeout=30: _SlowResponse())
    data_dir = tmp_path / "cifar"
    training.dataset_combo.setCurrentIndex(training.dataset_combo.findData("cifar10"))
    training.data_dir_edit.setText(str(data_dir))
    training.download_check.setChecked(True)
    assert training.start_training()
    qtbot.waitUntil(lambda: "Downloading" in training.progress_label.text(), timeout=30000)
    assert list(data_dir.glob("*.part"))  # the download is under way
    assert training.shutdown(2000)  # joined within about 2 s, not after the whole file
    run = training.runs[0]
    assert run.status == "stopped" and not training.running
    assert list(data_dir.iterdir()) == []  # no half-written file


def test_pause_then_close_writes_the_checkpoint_and_joins(qtbot, training):
    training.epochs_spin.setValue(50)
    assert training.start_training()
    qtbot.waitUntil(lambda: len(training.current.history) >= 1, timeout=30000)
    training.toggle_pause()
    assert training.trainer.paused
    assert training.shutdown(2000)
    run = training.runs[0]
    ckpt = load_checkpoint(run.checkpoint)
    assert run.status == "stopped" and ckpt["epoch"] >= 1
    assert np.isfinite(ckpt["history"][-1]["val_loss"])


# ------------------------------------------------------------------------------- closing the window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from explorer.ui.main_window import MainWindow

    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    panel = w.panels["extra_training_panel"]
    real = panel.settings
    monkeypatch.setattr(panel, "settings", lambda: real().replace(max_batches=2, epochs=200))
    w.state.set_config(TINY)
    w.torchinfo.follow.setChecked(False)  # the torchinfo summary of the default network is not what is tested
    w.torchinfo.wait()
    return w, panel


def _running_threads(w):
    from PySide6.QtCore import QThread

    return [t for t in w.findChildren(QThread) if t.isRunning()]


def test_closing_mid_run_asks_then_stops_joins_and_keeps_the_checkpoint(qtbot, window, monkeypatch):
    w, panel = window
    answers = ["cancel", "keep"]
    monkeypatch.setattr(panel, "ask_close_during_run", lambda: answers.pop(0))
    assert panel.start_training()
    qtbot.waitUntil(lambda: len(panel.current.history) >= 1, timeout=30000)
    w.instantiate.start()  # a build in another panel at the same time
    assert not w.close() and panel.running  # "Keep training": the window stays, the run goes on
    assert w.close()  # "Stop and keep the checkpoint"
    assert answers == [] and not panel.running and _running_threads(w) == []
    run = panel.runs[0]
    ckpt = load_checkpoint(run.checkpoint)
    assert run.status == "stopped" and ckpt["epoch"] >= 1 and ckpt["history"] == run.history[: ckpt["epoch"]]


def test_closing_mid_run_may_discard_the_runs_own_folder(qtbot, window, monkeypatch):
    w, panel = window
    monkeypatch.setattr(panel, "ask_close_during_run", lambda: "discard")
    assert panel.start_training()
    qtbot.waitUntil(lambda: len(panel.current.batch_x) >= 1, timeout=30000)
    out_dir = panel.current.out_dir
    assert w.close()
    assert _running_threads(w) == [] and not os.path.exists(out_dir) and panel.runs[0].checkpoint is None


def test_a_crash_in_compare_training_is_shown_with_its_details(qtbot, monkeypatch):
    import torch  # noqa: F401  - imported here, not inside the run's 60-s window (alone, it is the first import)

    import explorer.core.data as data
    from explorer.ui.panels.compare_view import CURRENT, CompareView

    view = CompareView(AppState(DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8)))
    qtbot.addWidget(view)
    view.set_networks(["plain-20", CURRENT])
    view.epochs_spin.setValue(1)
    view.batches_spin.setValue(1)
    real = data.make_batch

    def broken(*args, **kwargs):
        raise KeyError("simulated bug")

    monkeypatch.setattr(data, "make_batch", broken)
    with qtbot.waitSignal(view.sig_training_finished, timeout=60_000) as blocker:
        view.train_button.click()
    assert blocker.args[0] == [] and "KeyError: 'simulated bug'" in view.train_status.text()
    assert "Traceback" in view.train_status.toolTip() and view.train_button.isEnabled()
    monkeypatch.setattr(data, "make_batch", real)
    with qtbot.waitSignal(view.sig_training_finished, timeout=60_000) as blocker:
        view.train_button.click()  # the view is not dead: the same run now trains
    assert [r["status"] for r in blocker.args[0]] == ["completed"] * 2 and view.train_status.toolTip() == ""
    view.shutdown()
