"""The inference panel on a sample image: top-k, feature maps with strips, Grad-CAM, reuse heatmap; a
non-image refused; the trained network followed live."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDropEvent

from explorer.core.config import DenseNetConfig, config_to_dict
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from explorer.ui.panels.inference_panel import InferencePanel
from explorer.ui.state import AppState

from .waits import settle

CONFIG = DenseNetConfig(growth_rate=4, block_layers=(2, 3), input_size=16, num_classes=3, init_features=6)
CLASSES = ["cat", "cup", "rocket"]


def write_checkpoint(path, seed=0, epoch=1):
    torch.manual_seed(seed)
    model = build_model(CONFIG)
    torch.save({"format": "densenet-explorer-checkpoint", "version": 1, "config": config_to_dict(CONFIG),
                "model": model.state_dict(), "classes": CLASSES, "mean": [0.5] * 3, "std": [0.25] * 3,
                "epoch": epoch, "history": []}, path)
    return path


@pytest.fixture
def panel(qtbot):
    state = AppState()
    widget = InferencePanel(state)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    yield widget
    widget.shutdown()


def test_trained_network_predicts_a_sample(panel, qtbot, tmp_path):
    assert not panel.source.model().item(0).isEnabled()  # nothing trained yet
    path = write_checkpoint(tmp_path / "checkpoint.pt")
    panel.state.sig_checkpoint_available.emit(str(path))  # as the training panel does after an epoch
    settle(qtbot, panel)
    assert panel.source.model().item(0).isEnabled() and panel.current_source() == ("trained", None)
    # A small network trained on the app's data first sees a sample of that data (RGB: the shapes).
    assert panel.predictor is not None and panel.image_path.parent.name == "shapes"
    top = panel.prediction.top
    assert len(top) == 3 and {t.label for t in top} == set(CLASSES)
    assert sum(t.probability for t in top) == pytest.approx(1, abs=1e-5)
    assert panel.chart.labels == [t.label for t in top]
    assert panel.chart.values == pytest.approx([t.probability for t in top])
    assert [s.caption.text().split("<br>")[0] for s in panel.steps] == [
        "<b>Original</b>", "<b>Resize</b>", "<b>Centre crop</b>", "<b>Normalise</b>"]
    assert panel.steps[2].view.image().width() == 16
    threads, shown = [], panel._predicted
    panel._predicted = lambda result: (threads.append(QThread.currentThread()), shown(result))
    panel.top_k.setValue(2)
    settle(qtbot, panel)
    assert len(panel.prediction.top) == 2 and len(panel.chart.labels) == 2
    assert threads == [QCoreApplication.instance().thread()]  # results are drawn on the GUI thread


def test_non_image_refused_previous_kept(panel, qtbot, tmp_path):
    path = write_checkpoint(tmp_path / "c.pt")
    panel.set_source("checkpoint")
    panel.load_network(checkpoint=str(path))
    settle(qtbot, panel)
    before, before_path = panel.image.copy(), panel.image_path
    text = tmp_path / "notes.jpg"
    text.write_text("hello")
    assert panel.open_image(text) is False
    assert "not an image" in panel.message_text and "notes.jpg" in panel.message_text
    assert np.array_equal(panel.image, before) and panel.image_path == before_path
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert panel.open_image(empty) is False and "empty" in panel.message_text
    # A real image dropped on the panel is opened.
    coffee = next(p for p in panel.samples if p.name == "coffee.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(coffee))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    settle(qtbot, panel)
    assert panel.image_path == coffee and panel.image.shape == (400, 600, 3)


def test_layer_selected_elsewhere_shows_strips(panel, qtbot, tmp_path):
    panel.set_source("checkpoint")
    panel.load_network(checkpoint=str(write_checkpoint(tmp_path / "c.pt")))
    settle(qtbot, panel)
    name = "features.denseblock2.denselayer3"
    panel.state.sig_layer_selected.emit(name)  # the ledger or the diagram picked it
    settle(qtbot, panel)
    assert panel.tabs.currentWidget() is panel.maps_tab and panel.features.name == name
    row = compute_ledger(CONFIG).row(name)
    widths = [n for _label, _s, n in panel.strips.segments]
    assert widths == [7, 4, 4] and sum(widths) == row.in_channels  # k0 = floor(0.5 x (6 + 2x4)) = 7
    assert panel.strips.isVisible() and "7 + 4×2 = 15" in panel.strip_text.text()
    assert panel.grid_view.image() is not None
    panel.show_input.setChecked(False)
    assert not panel.strips.isVisible() and "4 maps of 8×8" in panel.strip_text.text()
    panel.state.sig_layer_selected.emit("classifier")  # no maps: a message, nothing breaks
    assert "classifier" in panel.message_text


def test_gradcam_opacity_and_chosen_class(panel, qtbot, tmp_path):
    panel.set_source("checkpoint")
    panel.load_network(checkpoint=str(write_checkpoint(tmp_path / "c.pt")))
    settle(qtbot, panel)
    assert panel.cam is not None and panel.cam.heat.shape == (16, 16)
    panel.opacity.setValue(0)
    plain = panel.cam_view.image().copy()
    panel.opacity.setValue(100)
    assert panel.cam_view.image() != plain
    panel.cam_class.setCurrentIndex(panel.cam_class.findData(2))
    settle(qtbot, panel)
    assert panel.cam.class_index == 2 and "rocket" in panel.cam_text.text()


def test_reuse_heatmap_follows_training(panel, qtbot, tmp_path):
    path = tmp_path / "checkpoint.pt"
    panel.state.sig_checkpoint_available.emit(str(write_checkpoint(path, seed=0, epoch=1)))
    settle(qtbot, panel)
    assert [m.values.shape for m in panel.heatmaps] == [(3, 3), (4, 4)]
    panel.block.setCurrentIndex(1)
    first = panel.heatmaps[1].raw.copy()
    assert panel.heatmap.values.shape == (4, 4) and panel.heatmap.targets[-1] == "classifier"
    assert "layer 3 ← block input" in panel.heatmap.cell_text(2, 0)
    panel.state.sig_checkpoint_available.emit(str(write_checkpoint(path, seed=1, epoch=2)))  # next epoch
    settle(qtbot, panel)
    assert not np.allclose(panel.heatmaps[1].raw, first, equal_nan=True)
    assert "epoch 2" in panel.message_text


def test_pretrained_without_weights_says_what_to_do(panel, qtbot):
    panel.set_source("pretrained", "densenet169")
    assert panel.weights_button.isEnabled()
    panel.load_network()
    settle(qtbot, panel)
    assert panel.predictor is None and "densenet169-b2777c0a.pth" in panel.message_text


def test_korean_translation(panel, qtbot, tmp_path):
    from PySide6.QtCore import QTranslator

    from explorer.paths import RESOURCES

    translator = QTranslator()
    assert translator.load(str(RESOURCES / "i18n" / "inference_ko.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "예측", timeout=5000)
        assert InferencePanel.title() == "추론" and panel.tabs.tabText(3) == "특징 재사용"
        assert panel.source.itemText(0) == "앱에서 학습한 네트워크"
        panel.state.sig_checkpoint_available.emit(str(write_checkpoint(tmp_path / "checkpoint.pt")))
        settle(qtbot, panel)  # a network trained in the app: it loads, in the measured memory format
        line = panel.network_line.text()
        assert line.startswith("네트워크: checkpoint.pt (epoch 1) · 클래스 3개 · 입력 16×16 · ")
        assert "메모리 배치" in line
        assert "중앙값" in panel.network_line.toolTip()
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Prediction", timeout=5000)
    assert panel.network_line.text().startswith("Network: checkpoint.pt (epoch 1) · 3 classes")
