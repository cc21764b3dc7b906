"""Journeys through the whole window, driven only by what a person does: clicks on buttons, tabs and list rows,
typing into fields, keys and shortcuts, menu entries; file dialogs answered with a path, as a person types one.
Each journey asserts what the person then sees: curve points, a label's text, a table row, a picture.

The timings printed (-s) are the journeys' own figures: Train press to first curve point, Stop to stopped.
"""

from __future__ import annotations

import sys
import time
import traceback

import pytest
import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from explorer.core.checkpoint import load_checkpoint
from explorer.core.config import DenseNetConfig, config_to_dict
from explorer.core.format import human_bytes
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from explorer.paths import RESOURCES
from explorer.ui.app import Translations

from .drive import LEFT, choose, click, hover, raise_dock, trigger_menu, type_into

TIMINGS: dict[str, float] = {}


def _points(curve) -> int:
    """How many points a curve shows (its x data is None before the first, a numpy array after)."""
    xs = curve.getData()[0]
    return 0 if xs is None else len(xs)


@pytest.fixture
def window(app_window):
    return app_window


def _parked_in_pause() -> bool:
    """A thread waits in threading's wait called from the Trainer (explorer/core/training): its pause, which it
    leaves only on Resume or Stop. A thread parked there cannot start another batch."""
    for frame in sys._current_frames().values():
        stack = traceback.extract_stack(frame)
        if not stack or stack[-1].name != "wait" or not stack[-1].filename.endswith("threading.py"):
            continue
        caller = next((f for f in reversed(stack) if not f.filename.endswith("threading.py")), None)
        if caller is not None and "explorer/core/training/" in caller.filename.replace("\\", "/"):
            return True
    return False


def training_of(window):
    return window.panels["extra_training_panel"]


def shows_a_picture(widget, colours: int = 8) -> bool:
    """What the person sees in ``widget`` has at least ``colours`` different colours (not blank)."""
    image = widget.grab().toImage()
    seen = set()
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    for x in range(0, image.width(), step_x):
        for y in range(0, image.height(), step_y):
            seen.add(image.pixel(x, y))
    return len(seen) >= colours


def click_row(qtbot, list_widget, row: int) -> None:
    rect = list_widget.visualItemRect(list_widget.item(row))
    qtbot.mouseClick(list_widget.viewport(), LEFT, pos=QPoint(rect.x() + rect.width() // 2, rect.center().y()))


def click_tab(qtbot, tabs: QTabWidget, widget) -> None:
    bar = tabs.tabBar()
    i = tabs.indexOf(widget)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(i).center())
    assert tabs.currentWidget() is widget


# -- training: Train with the defaults, pause, resume, stop, continue ----------------------------------------


def test_train_pause_resume_stop_continue(qtbot, window):
    panel = training_of(window)
    raise_dock(qtbot, window, window.docks["extra_training_panel"])
    assert panel.network_combo.currentData() == "demo" and panel.dataset_combo.currentData() == "digits"
    type_into(qtbot, panel.epochs_spin, "3")
    assert panel.epochs_spin.value() == 3
    t0 = time.monotonic()
    click(qtbot, panel.train_button)
    # The person sees the run start, then the first epoch's points on the accuracy and loss plots.
    assert not panel.train_button.isEnabled() and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: _points(panel.curve_batch_raw) > 0, timeout=60000)
    TIMINGS["train_to_first_batch_point_s"] = time.monotonic() - t0
    qtbot.waitUntil(lambda: _points(panel.curve_val_acc) >= 1, timeout=60000)
    TIMINGS["train_to_first_epoch_point_s"] = time.monotonic() - t0
    assert "epoch" in panel.progress_label.text() and "ETA" in panel.progress_label.text()
    assert "(running)" in panel.runs_list.item(0).text()

    click(qtbot, panel.pause_button)
    assert panel.pause_button.text() == "Resume"
    # The batch (or validation pass) that was running ends; then the training thread waits inside the
    # Trainer's pause, holding its next batch: nothing trains while paused, and it stays there as the window
    # handles what came before.
    qtbot.waitUntil(_parked_in_pause, timeout=60000)
    QApplication.processEvents()
    assert _parked_in_pause() and panel.pause_button.text() == "Resume"
    paused_at = len(panel.current.batch_x)
    click(qtbot, panel.pause_button)
    assert panel.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: len(panel.current.batch_x) > paused_at, timeout=30000)

    t1 = time.monotonic()
    click(qtbot, panel.stop_button)
    assert "Stopping" in panel.progress_label.text()
    assert not panel.stop_button.isEnabled() and not panel.pause_button.isEnabled()  # one Stop is enough
    qtbot.waitUntil(lambda: "(stopped)" in panel.runs_list.item(0).text(), timeout=30000)
    TIMINGS["stop_to_stopped_s"] = time.monotonic() - t1
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert "Training stopped" in panel.progress_label.text()
    stopped_epochs = len(panel.runs[0].history)
    assert stopped_epochs < 3

    click_row(qtbot, panel.runs_list, 0)
    click(qtbot, panel.continue_button)
    qtbot.waitUntil(lambda: "(completed)" in panel.runs_list.item(0).text(), timeout=120000)
    x, y = panel.curve_val_acc.getData()
    assert list(x) == [1, 2, 3] and all(0 <= v <= 1 for v in y)
    # The continued run follows the schedule an unbroken 3-epoch run has (the paper's step, ÷10 at 50% and 75%
    # of the epochs: 0.1, 0.1, 0.01 for three).
    _, lrs = panel.curve_lr.getData()
    assert list(lrs) == pytest.approx([0.1, 0.1, 0.01])
    assert "Training finished" in panel.progress_label.text()
    assert load_checkpoint(panel.runs[0].checkpoint)["epoch"] == 3


def test_a_long_run_asks_before_it_starts(qtbot, window, monkeypatch):
    """A run the estimate puts over 10 minutes asks first; Cancel starts nothing."""
    panel = training_of(window)
    raise_dock(qtbot, window, window.docks["extra_training_panel"])
    qtbot.waitUntil(lambda: "Estimated" in panel.estimate_label.text(), timeout=60000)
    type_into(qtbot, panel.epochs_spin, "100000")
    assert "Estimated" in panel.estimate_label.text()

    def answer_cancel():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "estimated" in box.text()
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, LEFT)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, answer_cancel)
    click(qtbot, panel.train_button)
    assert not panel.running and panel.runs_list.count() == 0
    assert "not started" in window.statusBar().currentMessage()


def test_estimate_never_builds_the_typed_network(qtbot, window, monkeypatch):
    """1111 layers per block: the estimate comes from the ledger and the probe's speed; nothing that size is
    built (before: the speed measurement built it and the process grew by 130 MB/s)."""
    import explorer.core.models as models

    built = []
    real = models.build_model  # what the speed probe builds its networks with (explorer.core.speed._measure)
    monkeypatch.setattr(models, "build_model", lambda config, *a, **k: built.append(config) or real(config, *a, **k))
    panel = training_of(window)
    raise_dock(qtbot, window, window.docks["extra_training_panel"])
    type_into(qtbot, window.config_panel.blocks, "1111, 1111, 1111")
    assert window.state.config.block_layers == (1111, 1111, 1111)
    qtbot.waitUntil(lambda: panel.network_combo.currentData() == "window", timeout=5000)
    qtbot.waitUntil(lambda: "Estimated" in panel.estimate_label.text(), timeout=60000)
    assert all(sum(c.block_layers) <= 12 for c in built)  # only the probe network was ever timed
    assert "multiply-adds" in panel.estimate_label.text()


# -- typing the network: cards, ledger and diagram follow; undo and redo ------------------------------------


def test_type_the_network_then_undo_and_redo(qtbot, window):
    config_panel, cards, ledger_view, diagram = window.config_panel, window.cards, window.ledger_view, window.diagram
    type_into(qtbot, config_panel.depth, "40")
    type_into(qtbot, config_panel.growth, "24")
    type_into(qtbot, config_panel.compression, "0.75")
    type_into(qtbot, config_panel.blocks, "4, 8, 6")
    config = window.state.config
    assert (config.growth_rate, config.compression, config.block_layers) == (24, 0.75, (4, 8, 6))
    ledger = compute_ledger(config)
    qtbot.waitUntil(lambda: cards.cards["params"].value.toolTip() == f"{ledger.total_params:,}", timeout=3000)
    assert cards.cards["connections"].value.text() == f"{ledger.connections:,}"
    assert cards.cards["param_mem"].value.text() == human_bytes(ledger.param_bytes)
    qtbot.waitUntil(lambda: ledger_view.model.rowCount() == len(ledger.rows), timeout=3000)
    assert ledger_view.model.index(len(ledger.rows) - 1, 6).data() == f"{ledger.rows[-1].params:,}"
    diagram.flush()
    assert [b.layers for b in diagram.canvas.blocks.values()] == [4, 8, 6]
    assert "k=24" in window.windowTitle()
    assert window.network_label.text().endswith(f"{ledger.total_params:,} parameters")

    # Ctrl+Z: one typed field at a time back; Ctrl+Shift+Z and Edit → Redo forward; the fields show it.
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.config.block_layers != (4, 8, 6) and config_panel.blocks.text() == "6, 6, 6"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.config.compression == 0.5 and config_panel.compression.text() == "0.50"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.config.compression == 0.75 and config_panel.compression.text() == "0.75"
    trigger_menu(qtbot, window, "Edit", window.actions_by_key["redo"].text().replace("&", ""))
    assert window.state.config == config and config_panel.blocks.text() == "4, 8, 6"


def test_an_error_under_a_field_goes_when_undo_puts_a_valid_network_back(qtbot, window):
    panel = window.config_panel
    type_into(qtbot, panel.growth, "24")
    type_into(qtbot, panel.growth, "0")
    assert "growth_rate = 0: is out of range (valid: 1 to 10000)" in panel.error_text("growth_rate")
    assert window.state.config.growth_rate == 24  # the last valid network stays
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.config.growth_rate == 12 and panel.growth.text() == "12"
    assert panel.error_text("growth_rate") == ""


def test_the_wheel_scrolls_the_panel_not_the_field_under_the_pointer(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    spin = window.config_panel.growth
    window.setFocus()
    assert not spin.hasFocus()

    def wheel():
        centre = QPointF(spin.rect().center())
        event = QWheelEvent(centre, QPointF(spin.mapToGlobal(spin.rect().center())), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(spin, event)

    wheel()
    assert spin.value() == 12 and window.state.config.growth_rate == 12
    qtbot.mouseClick(spin, LEFT)
    spin.setFocus()
    wheel()
    assert spin.value() == 13  # a focused field takes the wheel


# -- inference: a sample image, top-k, feature maps, Grad-CAM, feature reuse -----------------------------------


SMALL = DenseNetConfig(growth_rate=4, block_layers=(2, 3), input_size=16, num_classes=3, init_features=6)


def test_inference_on_a_sample_image(qtbot, window, dialogs, tmp_path):
    torch.manual_seed(0)
    checkpoint = tmp_path / "cats.pt"
    torch.save({"format": "densenet-explorer-checkpoint", "version": 1, "config": config_to_dict(SMALL),
                "model": build_model(SMALL).state_dict(), "classes": ["cat", "cup", "rocket"],
                "mean": [0.5] * 3, "std": [0.25] * 3, "epoch": 1, "history": []}, checkpoint)
    panel = window.panels["extra_inference_panel"]
    raise_dock(qtbot, window, window.docks["extra_inference_panel"])
    choose(qtbot, panel.source, data="checkpoint")
    dialogs.answers.append(str(checkpoint))
    click(qtbot, panel.load_button)
    qtbot.waitUntil(lambda: panel.predictor is not None and not panel.busy, timeout=60000)
    # The loaded line names the memory format it predicts in, measured on this network here (the tooltip
    # gives the rounds), and the network is laid out so.
    choice = panel.predictor.format_choice
    assert choice.measured and choice.channels_last == (choice.speedup.median > 1.0)
    shown = "channels_last (" if choice.channels_last else "contiguous layout (channels_last "
    line = panel.network_line
    assert line.isVisible() and line.text().startswith("Network: cats.pt (epoch 1) · 3 classes · input 16×16 · ")
    assert line.text().endswith(")") and shown in line.text()
    assert f"median of {choice.speedup.n} rounds" in line.toolTip()
    conv = panel.predictor.model.features.conv0.weight
    assert conv.is_contiguous(memory_format=torch.channels_last if choice.channels_last else torch.contiguous_format)
    dialogs.answers.append(str(RESOURCES / "samples" / "chelsea.png"))
    click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: panel.image_path is not None and panel.image_path.name == "chelsea.png"
                    and not panel.busy and panel.prediction is not None, timeout=60000)
    assert "Opened chelsea.png" in panel.message.text()
    click_tab(qtbot, panel.tabs, panel.pred_tab)
    assert sorted(panel.chart.labels) == ["cat", "cup", "rocket"] and shows_a_picture(panel.chart)
    assert shows_a_picture(panel.steps[0].view)
    click_tab(qtbot, panel.tabs, panel.maps_tab)
    choose(qtbot, panel.layer, data="features.denseblock2.denselayer3")
    qtbot.waitUntil(lambda: not panel.busy and panel.features is not None
                    and panel.features.name.endswith("denseblock2.denselayer3"), timeout=60000)
    # Layer 3 of block 2 receives k0 + 2k maps: the block input and two earlier layers, framed by source.
    assert "concatenation" in panel.strip_text.text() and "+ 4×2 =" in panel.strip_text.text()
    assert shows_a_picture(panel.grid_view)
    click_tab(qtbot, panel.tabs, panel.cam_tab)
    qtbot.waitUntil(lambda: panel.cam is not None, timeout=60000)
    assert "Grad-CAM" in panel.cam_text.text() and shows_a_picture(panel.cam_view)
    click_tab(qtbot, panel.tabs, panel.reuse_tab)
    assert panel.block.count() == 2 and "Figure 5" in panel.reuse_text.text()
    assert shows_a_picture(panel.heatmap)


# -- the language, switched mid-run ---------------------------------------------------------------------------


def test_korean_and_back_during_a_run(qtbot, window):
    translations = Translations(QApplication.instance())
    window.sig_language_requested.connect(lambda code: (translations.set_language(code),
                                                        window.set_language_checked(code)))
    panel = training_of(window)
    raise_dock(qtbot, window, window.docks["extra_training_panel"])
    type_into(qtbot, panel.epochs_spin, "2")
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: len(panel.current.batch_x) > 0, timeout=60000)
    try:
        trigger_menu(qtbot, window, "Language", "한국어")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "&File", timeout=5000)
        assert "파일" in window.menuBar().actions()[0].text()
        assert panel.train_button.text() != "Train" and panel.stop_button.text() != "Stop"
        qtbot.waitUntil(lambda: _points(panel.curve_val_acc) >= 1, timeout=60000)  # still training
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        trigger_menu(qtbot, window, menus[4], "English")  # File, Edit, View, Run, Language
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)
        assert panel.train_button.text() == "Train" and panel.stop_button.text() == "Stop"
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: not panel.running, timeout=120000)
    assert "(completed)" in panel.runs_list.item(0).text()


# -- exports: every export button and menu entry writes its file -----------------------------------------------


def test_every_export_writes_its_file(qtbot, window, dialogs, tmp_path):
    # A DenseNet-BC of three blocks of two layers (k = 12, 44,410 parameters): each export the same as for the
    # default network, the ONNX one in a few seconds instead of fifteen.
    type_into(qtbot, window.config_panel.blocks, "2, 2, 2")
    assert window.state.config.block_layers == (2, 2, 2) and window.state.config.growth_rate == 12
    out = tmp_path / "exports"
    out.mkdir()
    dialogs.answers.append(str(out / "ledger.csv"))
    click(qtbot, next(b for b in window.ledger_view.findChildren(type(window.panels["extra_training_panel"]
                                                                         .train_button))
                      if b.text() == "Export CSV…"))
    assert (out / "ledger.csv").read_text().splitlines()[0].lower().startswith(("block", "name", "layer", "#"))
    dialogs.answers.append(str(out / "diagram.png"))
    trigger_menu(qtbot, window, "File", "Export", "Diagram as PNG…")
    assert (out / "diagram.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dialogs.answers.append(str(out / "diagram.svg"))
    trigger_menu(qtbot, window, "File", "Export", "Diagram as SVG…")
    assert b"<svg" in (out / "diagram.svg").read_bytes()[:2000]
    dialogs.answers.append(str(out / "network.json"))
    trigger_menu(qtbot, window, "File", "Export", "Config as JSON…")
    assert '"growth_rate": 12' in (out / "network.json").read_text()
    dialogs.answers.append(str(out / "net.onnx"))
    trigger_menu(qtbot, window, "File", "Export", "Network as ONNX…")
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=120000)
    assert (out / "net.onnx").stat().st_size > 100_000

    panel = training_of(window)
    raise_dock(qtbot, window, window.docks["extra_training_panel"])
    type_into(qtbot, panel.epochs_spin, "1")
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: not panel.running, timeout=120000)
    dialogs.answers.append(str(out / "metrics.csv"))
    click(qtbot, panel.export_csv_button)
    assert (out / "metrics.csv").read_text().splitlines()[0].startswith("epoch")
    dialogs.answers.append(str(out / "plots.png"))
    click(qtbot, panel.export_png_button)
    assert (out / "plots.png").read_bytes()[:4] == b"\x89PNG"
    dialogs.answers.append(str(out / "run.pt"))
    click(qtbot, panel.save_button)
    assert load_checkpoint(out / "run.pt")["epoch"] == 1


@pytest.fixture(scope="module", autouse=True)
def _print_timings():
    yield
    if TIMINGS:
        print("\nJOURNEY TIMINGS " + " ".join(f"{k}={v:.2f}" for k, v in TIMINGS.items()))


def test_rates_are_typed_in_scientific_notation(qtbot, window):
    panel = training_of(window)
    raise_dock(qtbot, window, window.docks["extra_training_panel"])
    type_into(qtbot, panel.lr_spin, "1e-4")
    assert panel.settings().lr == pytest.approx(1e-4) and panel.lr_spin.text() == "1e-4"  # was 1.0
    type_into(qtbot, panel.lr_spin, "0.05")
    assert panel.settings().lr == pytest.approx(0.05) and panel.lr_spin.text() == "0.05"
    type_into(qtbot, panel.lr_spin, "50")
    assert "lr = 50: is out of range (valid: 1e-8 to 10)" in panel.error_label.text()
    assert panel.settings().lr == pytest.approx(0.05)  # the last valid rate stays


def test_compare_two_networks_train_them_together_and_stop(qtbot, window):
    """Pick a small DenseNet and ResNet-20 in the Compare tab, train them together, stop: the person sees
    both in the table, a curve point for the first, "Stopping…", and the accuracy really reached."""
    type_into(qtbot, window.config_panel.blocks, "2, 2, 2")
    type_into(qtbot, window.config_panel.growth, "4")
    view = window.panels["extra_compare_view"]
    raise_dock(qtbot, window, window.docks["extra_compare_view"])
    choose(qtbot, view.pickers[0], data="current")
    choose(qtbot, view.pickers[1], data="resnet-20")
    choose(qtbot, view.pickers[2], data="")
    assert [e.name for e in view.model.entries()] == ["current", "resnet-20"]
    type_into(qtbot, view.epochs_spin, "50")
    type_into(qtbot, view.batches_spin, "2")
    view.ask_long_run = lambda seconds: True  # answered Start (the real box is clicked in test_compare_view)
    click(qtbot, view.train_button)
    qtbot.waitUntil(lambda: len(view._curves) >= 1 and (view._curves[0].getData()[0] is not None
                                                         and len(view._curves[0].getData()[0]) >= 1),
                    timeout=120000)
    with qtbot.waitSignal(view.sig_training_finished, timeout=30000):
        t0 = time.monotonic()
        click(qtbot, view.stop_button)
        assert view.train_status.text() == "Stopping…"
    TIMINGS["compare_stop_to_stopped_s"] = time.monotonic() - t0
    text = view.train_status.text()
    assert text.startswith("Stopped. Last validation accuracy:") and "%" in text and "resnet-20" in text
    assert view.train_button.isEnabled()


def test_hovering_the_memory_cards_says_which_blocks_share_one_buffer_in_english_and_korean(qtbot, korean):
    """The Training step card's tooltip, read by resting the mouse on its title, follows what runs: a dense block of 8
    layers or more keeps its maps once in one shared buffer (shorter ones run the plain layers); the
    memory-efficient card's no longer describes checkpointed layers for dropout, which now runs fused too."""
    window = korean
    cards = window.cards
    ko = hover(qtbot, cards.cards["train_mem"].title)
    assert "8층 이상인 밀집 블록" in ko and "공유 버퍼" in ko
    assert "드롭아웃" not in hover(qtbot, cards.cards["train_mem_eff"].title)
    trigger_menu(qtbot, window, "언어(L)", "English")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=3000)
    en = hover(qtbot, cards.cards["train_mem"].title)
    assert "a dense block of 8 layers or more keeps its feature maps once, in one shared buffer" in en
    assert "dropout" not in hover(qtbot, cards.cards["train_mem_eff"].title)
