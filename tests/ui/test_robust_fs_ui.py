"""A save dialog answered with a path that must not be written: the writer refuses, the window says why in its
status bar, and the file is as it was (the crawler once overwrote explorer/resources/samples/chelsea.png this way)."""

from __future__ import annotations

import hashlib
import os
import stat

import numpy as np
import pytest

from explorer.core.config import preset_config
from explorer.core.images import load_image, sample_images, save_png
from explorer.ui.panels.diagram_view import DiagramView
from explorer.ui.state import AppState

from ..run_lock import held_by_another_process
from .drive import click


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def diagram(qtbot):
    state = AppState(preset_config("densenet-bc-l100-k12"))
    view = DiagramView(state)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    said: list[str] = []
    state.sig_status.connect(lambda text, _ms: said.append(text))
    return view, said


@pytest.mark.parametrize("button", ["png", "svg"])
def test_a_save_dialog_answered_with_an_input_or_a_shipped_sample_is_refused(qtbot, diagram, dialogs, tmp_path,
                                                                            button):
    view, said = diagram
    photo = tmp_path / "my-photo.png"
    save_png(photo, np.full((8, 8, 3), 120, np.uint8))
    load_image(photo)  # what the Inference panel does when a person opens it: it is an input from now on
    kept = _digest(photo)
    sample = next(p for p in sample_images() if p.name == "chelsea.png")
    original = sample.read_bytes()
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    try:
        dialogs.answers = [str(photo), str(sample), str(fifo)]
        for _ in range(3):
            click(qtbot, view.buttons[button])
    finally:
        if sample.read_bytes() != original:  # never leave the shipped sample damaged, even when failing
            sample.write_bytes(original)
            pytest.fail("the shipped sample was overwritten")
    assert len(dialogs.asked) == 3
    assert f"is the input {photo}; it is kept and nothing was written" in said[0], said
    assert "is inside the program's own files" in said[1], said
    assert "is a named pipe, not a file; nothing was written" in said[2], said
    assert all(s.startswith("Could not write") for s in said)
    assert _digest(photo) == kept and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my-photo.png", "pipe.png"]
    dialogs.answers = [str(tmp_path / "fine.png")]  # and a plain new file is written
    click(qtbot, view.buttons[button])
    assert said[-1] == f"Saved {tmp_path / 'fine.png'}" and (tmp_path / "fine.png").stat().st_size > 0


def test_an_error_log_in_place_of_a_pipe_is_left_alone_without_blocking(tmp_path):
    import threading

    from explorer.ui.errors import append_to_log

    fifo = tmp_path / "errors.log"
    os.mkfifo(fifo)
    done: list[bool] = []
    worker = threading.Thread(target=lambda: done.append(append_to_log(fifo, "Traceback ...")), daemon=True)
    worker.start()
    worker.join(20)
    assert done == [False] and stat.S_ISFIFO(os.lstat(fifo).st_mode)  # no reader: nothing waited on, nothing made
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # with a reader on the pipe: still left alone
    try:
        assert append_to_log(fifo, "Traceback ...") is False and os.read(reader, 100) == b""
    finally:
        os.close(reader)
    plain = tmp_path / "plain.log"
    assert append_to_log(plain, "Traceback ...") and "Traceback ..." in plain.read_text()


def test_continuing_a_run_whose_folder_another_trainer_holds_is_refused_and_its_checkpoint_kept(qtbot, dialogs,
                                                                                                  tmp_path):
    from explorer.core.config import DenseNetConfig
    from explorer.core.training import Trainer, TrainSettings
    from explorer.ui.panels.training_panel import TrainingPanel

    tiny = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
    out = tmp_path / "run"
    Trainer(tiny, "digits", TrainSettings(epochs=1, batch_size=32, max_batches=1), out_dir=out).run()
    checkpoint = out / "checkpoint.pt"
    kept = _digest(checkpoint)
    panel = TrainingPanel(AppState(config=tiny))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    with held_by_another_process(out) as holder:  # a CLI trainer writing into that folder, as far as the lock says
        dialogs.answers = [str(checkpoint)]
        with qtbot.waitSignal(panel.state.sig_checkpoint_available, timeout=30000):
            click(qtbot, panel.load_button)
        with qtbot.waitSignal(panel.sig_run_finished, timeout=60000):
            click(qtbot, panel.continue_button)
        text = panel.error_label.text()
        assert f"another training run (pid {holder.pid} on " in text and "its checkpoint and metrics are kept" in text
        assert _digest(checkpoint) == kept
    with qtbot.waitSignal(panel.sig_run_finished, timeout=60000) as blocker:  # the holder gone, it continues
        click(qtbot, panel.continue_button)
    assert blocker.args[0].status == "completed" and _digest(checkpoint) != kept
    assert panel.shutdown(20000)
