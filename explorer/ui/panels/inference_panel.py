"""Inference: what a network predicts for an image, what its layers see, where it looks (Grad-CAM), and
which earlier layers each layer reuses (the paper's Figure 5).

All computation runs in ``explorer.core.inference`` on worker threads, one job at a time (the network is
not shared between threads); the tabs only draw the numpy arrays that come back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.images import IMAGE_SUFFIXES, ImageError, image_to_array, load_image
from ...core.images import sample_images as shipped_samples
from ..messages import error_text
from ..state import AppState
from ..theme import mark_error, plain
from ..workers import Job, details_tooltip
from .base import Panel
from .inference_jobs import (
    SOURCE_CHECKPOINT,
    SOURCE_PRETRAINED,
    SOURCE_TRAINED,
    default_sample,
    job_features,
    job_gradcam,
    job_load,
    job_predict,
)
from .inference_maps_tab import FeatureMapsTab
from .inference_sources import SampleCombo, SourceCombo
from .inference_tabs import GradCamTab, PredictionTab, ReuseTab

__all__ = ["InferencePanel"]


class InferencePanel(Panel):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("InferencePanel", "Inference")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.predictor: Any = None  # an opaque core object; only handed to worker functions
        self.image: np.ndarray | None = None  # H x W x 3 uint8 of the open image
        self.image_path: Path | None = None
        self.checkpoint_path: str | None = None
        self.weights_path: str | None = None
        self.message_text = ""
        self._placeholder_text: str | None = None
        self._wanted_layer: str | None = None
        # One job at a time, the latest request of each kind queued (the network is not shared between threads).
        self._pending: dict[str, Callable[[], tuple]] = {}
        self._running = False
        self._job: Job | None = None  # the newest, for wait()
        self._on_done: Callable[[Any], None] = lambda _result: None
        self.samples = shipped_samples()
        self._build()
        self.setAcceptDrops(True)
        state.sig_checkpoint_available.connect(self._on_checkpoint_available)
        state.sig_layer_selected.connect(self.select_layer)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.retranslate()
        if state.latest_checkpoint:
            self._on_checkpoint_available(state.latest_checkpoint)

    # -- layout ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.source_label = QLabel(self)
        self.source = SourceCombo(self)
        self.source_label.setBuddy(self.source)
        self.weights_button = QPushButton(self)
        self.download = QCheckBox(self)
        self.load_button = QPushButton(self)
        self.image_label = QLabel(self)
        self.sample = SampleCombo(self)
        self.image_label.setBuddy(self.sample)
        self.open_button = QPushButton(self)
        self.topk_label = QLabel(self)
        self.top_k = QSpinBox(self)
        self.top_k.setRange(1, 20)
        self.top_k.setValue(5)
        self.topk_label.setBuddy(self.top_k)
        self.network_line = QLabel(self)  # the loaded network and the layout it predicts in, while it is loaded
        self.network_line.setWordWrap(True)
        self.network_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.network_line.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.pred_tab, self.maps_tab, self.cam_tab, self.reuse_tab = PredictionTab(), FeatureMapsTab(), GradCamTab(), \
            ReuseTab()
        for tab in (self.pred_tab, self.maps_tab, self.cam_tab, self.reuse_tab):
            self.tabs.addTab(tab, "")
        # The controls and views a person (and a test) reaches through the panel.
        self.steps, self.chart = self.pred_tab.steps, self.pred_tab.chart
        m, c, r = self.maps_tab, self.cam_tab, self.reuse_tab
        self.layer, self.show_input, self.strips, self.strip_text = m.layer, m.show_input, m.strips, m.strip_text
        self.grid_view, self.grid_scroll, self.zoom_view, self.zoom_text = m.grid_view, m.grid_scroll, m.zoom_view, \
            m.zoom_text
        self.cam_class, self.opacity, self.cam_text, self.cam_bar = c.cam_class, c.opacity, c.cam_text, c.cam_bar
        self.cam_view, self.cam_original = c.cam_view, c.cam_original
        self.block, self.heatmap, self.reuse_text, self.reuse_bar = r.block, r.heatmap, r.reuse_text, r.reuse_bar
        self._lay_out()
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.weights_button.clicked.connect(self.pick_weights)
        self.load_button.clicked.connect(self._load_clicked)  # not load_network: clicked(bool) would be its path
        self.open_button.clicked.connect(self.open_image_dialog)
        self.sample.activated.connect(self._sample_chosen)
        self.top_k.valueChanged.connect(lambda _v: self._request("predict"))
        self.layer.currentIndexChanged.connect(lambda _i: self._request("features"))
        self.cam_class.currentIndexChanged.connect(lambda _i: self._request("gradcam"))

    def _lay_out(self) -> None:
        row1 = QHBoxLayout()
        for widget, stretch in ((self.source_label, 0), (self.source, 1), (self.weights_button, 0),
                                (self.download, 0), (self.load_button, 0)):
            row1.addWidget(widget, stretch)
        row2 = QHBoxLayout()
        for widget, stretch in ((self.image_label, 0), (self.sample, 1), (self.open_button, 0),
                                (self.topk_label, 0), (self.top_k, 0)):
            row2.addWidget(widget, stretch)
        scroll_body = QWidget()
        body = QVBoxLayout(scroll_body)
        body.setContentsMargins(4, 4, 4, 4)
        body.addLayout(row1)
        body.addLayout(row2)
        body.addWidget(self.network_line)
        body.addWidget(self.message)
        body.addWidget(self.tabs, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(scroll_body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumSize(240, 180)
        scroll_body.setMinimumSize(560, 420)

    # -- what the tabs show ----------------------------------------------------------------------------
    @property
    def prediction(self) -> Any:
        return self.pred_tab.prediction

    @property
    def features(self) -> Any:
        return self.maps_tab.features

    @property
    def cam(self) -> Any:
        return self.cam_tab.cam

    @property
    def heatmaps(self) -> list[Any]:
        return self.reuse_tab.heatmaps

    # -- sources ---------------------------------------------------------------------------------------
    def _source_changed(self) -> None:
        kind, _name = self.current_source()
        self.weights_button.setEnabled(kind == SOURCE_PRETRAINED)
        self.download.setEnabled(kind == SOURCE_PRETRAINED)

    def current_source(self) -> tuple[str | None, str | None]:
        """(kind, pretrained name or None) of the chosen source."""
        return self.source.current()

    def set_source(self, kind: str, name: str | None = None) -> None:
        self.source.select(kind, name)

    def pick_weights(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("ImageNet weights file"), "",
                                              self.tr("PyTorch weights (*.pth *.pt);;All files (*)"))
        if path:
            self.weights_path = path
            self._set_message(self.tr("Weights file: {path}").format(path=path))

    def _load_clicked(self) -> None:
        self.load_network()

    def load_network(self, checkpoint: str | None = None) -> None:
        """Load the chosen source in a worker; ``checkpoint`` skips the file dialog."""
        kind, name = self.current_source()
        if kind == SOURCE_TRAINED:
            if not self.state.latest_checkpoint:
                self._set_message(self.tr("No network has been trained in the app yet."), error=True)
                return
            arg: Any = self.state.latest_checkpoint
        elif kind == SOURCE_CHECKPOINT:
            arg = checkpoint
            if not arg:
                arg, _ = QFileDialog.getOpenFileName(self, self.tr("Open a checkpoint"), "",
                                                     self.tr("Checkpoints (*.pt *.pth);;All files (*)"))
            if not arg:
                return
        elif kind == SOURCE_PRETRAINED:
            arg = name
        else:
            arg = self.state.config
        weights = self.weights_path if kind == SOURCE_PRETRAINED else None
        download = self.download.isChecked()
        self._set_message(self.tr("Loading the network…"))
        self._submit("load", lambda: (job_load, (kind, arg, weights, download), self._loaded))

    def _loaded(self, result: dict[str, Any]) -> None:
        self.predictor = p = result["predictor"]
        self._set_message(self.tr("Loaded {source}: {n} classes, input {size}×{size}").format(
            source=p.source, n=len(p.classes), size=p.crop_size))
        self._show_network()
        self.maps_tab.set_layers(result["layers"], self._wanted_layer or self.layer.currentData())
        self._wanted_layer = None
        self.cam_tab.set_classes(p.classes)
        self.reuse_tab.set_heatmaps(result["heatmaps"])
        if self.image is None and self.samples:
            self.open_image(default_sample(self.samples, p))
        else:
            self._request("predict", "features", "gradcam")

    # -- images ----------------------------------------------------------------------------------------
    def _fill_samples(self) -> None:
        self.sample.fill(self.samples, self.image_path)

    def _sample_chosen(self, index: int) -> None:
        path = self.sample.itemData(index)
        if path:
            self.open_image(path)

    def open_image_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an image"), "",
                                              self.tr("Images ({patterns});;All files (*)").format(patterns=patterns))
        if path:
            self.open_image(path)

    def open_image(self, path: str | Path) -> bool:
        """Open an image file (checked and decoded here: Pillow, no torch). A file that is not an image is
        refused with a message and the previous image stays."""
        try:
            img = load_image(path)
        except ImageError as exc:
            self._set_message(self.tr("Refused: {error}").format(error=error_text(exc)), error=True)
            self.state.status(error_text(exc), 8000)
            return False
        self.image = image_to_array(img)
        self.image_path = Path(path)
        self._fill_samples()
        if self.predictor is None:
            self.pred_tab.show_original(img.width, img.height, self.image)
            self._set_message(self.tr("Opened {name}. Load a network to see its prediction.").format(
                name=self.image_path.name))
        else:
            self._set_message(self.tr("Opened {name}.").format(name=self.image_path.name))
        self._request("predict", "features", "gradcam")
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.open_image(files[0])
            event.acceptProposedAction()

    # -- other panels --------------------------------------------------------------------------------
    def select_layer(self, name: str) -> None:
        """A layer picked in the ledger or the diagram: show its feature maps."""
        index = self.layer.findData(name)
        if index < 0:
            self._wanted_layer = name
            if self.predictor is not None:
                self._set_message(self.tr("{name} has no feature maps to show in this network.").format(name=name))
            return
        self.layer.setCurrentIndex(index)
        self.tabs.setCurrentWidget(self.maps_tab)

    def _on_checkpoint_available(self, path: str) -> None:
        """After each training epoch: offer the trained network and, unless another network is being looked
        at, reload it, so that the prediction, the maps and the reuse heatmap follow the training live."""
        self.checkpoint_path = path
        self.source.offer_trained(path)
        kind = self.current_source()[0]
        following = self.predictor is not None and self.predictor.kind == "checkpoint" and kind == SOURCE_TRAINED
        if self.predictor is None or self.predictor.kind == "untrained" or following:
            self.set_source(SOURCE_TRAINED)
            self.load_network()

    # -- jobs ------------------------------------------------------------------------------------------
    def _request(self, *what: str) -> None:
        if self.predictor is None or self.image is None:
            return
        for w in what:
            if w == "predict":
                self._submit("predict", lambda: (job_predict, (self.predictor, self.image, self.top_k.value()),
                                                 self._predicted))
            elif w == "features" and self.layer.currentData():
                self._submit("features", lambda: (job_features, (self.predictor, self.image,
                                                                 self.layer.currentData()), self._got_features))
            elif w == "gradcam":
                self._submit("gradcam", lambda: (job_gradcam, (self.predictor, self.image,
                                                               self.cam_class.currentData()), self._got_cam))

    def _submit(self, key: str, make: Callable[[], tuple]) -> None:
        """Queue a job (the latest request of each kind wins); one runs at a time, a load first."""
        self._pending[key] = make
        self._pump()

    def _pump(self) -> None:
        if self._running or not self._pending:
            return
        key = "load" if "load" in self._pending else next(iter(self._pending))
        fn, args, on_done = self._pending.pop(key)()
        self._running = True
        self._on_done = on_done
        self._job = self.jobs.start(key, fn, *args, on_done=self._finished, on_failed=self._failed)

    def _finished(self, result: Any) -> None:
        try:
            self._on_done(result)
        finally:
            self._running = False
            self._pump()

    def _failed(self, message: str, details: str) -> None:
        self._set_message(message, error=True)
        self.message.setToolTip(details_tooltip(details))
        self.state.status(message, 10000)
        self._running = False
        self._pump()

    @property
    def busy(self) -> bool:
        return self._running or bool(self._pending)

    def wait(self, ms: int = 60000) -> bool:
        """Join the newest job's thread (its result has been shown once ``busy`` is False)."""
        return self._job is None or self._job.wait(ms)

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Drop what is queued and stop the running job (the app is closing)."""
        self._pending.clear()
        return super().shutdown(timeout_ms)

    # -- results -----------------------------------------------------------------------------------------
    def _predicted(self, prediction: Any) -> None:
        self.pred_tab.set_prediction(prediction)

    def _got_features(self, features: Any) -> None:
        self.maps_tab.set_features(features)

    def _got_cam(self, cam: Any) -> None:
        self.cam_tab.set_cam(cam)

    # -- text ------------------------------------------------------------------------------------------
    def _show_network(self) -> None:
        p = self.predictor
        if p is None:
            return
        choice = p.format_choice
        self.network_line.setText(self.tr("Network: {source} · {n} classes · input {size}×{size} · {layout}").format(
            source=p.source, n=len(p.classes), size=p.crop_size,
            layout=self._format_text(choice) if choice is not None else self.tr("contiguous layout")))
        self.network_line.setToolTip(self._format_tip(choice) if choice is not None else "")
        self.network_line.show()

    def _format_text(self, choice: Any) -> str:
        """The layout the network predicts in and what it was measured worth: "channels_last (1.31× faster
        here)", "contiguous (channels_last level here)", "channels_last (0.85× here: slower)"."""
        if not choice.measured:
            return self.tr("channels_last") if choice.channels_last else self.tr("contiguous layout")
        s = choice.speedup
        if s.level:
            worth = self.tr("level here")
        elif s.lo > 1.0:
            worth = self.tr("{x}× faster here").format(x=f"{s.median:.2f}")
        else:
            worth = self.tr("{x}× slower here").format(x=f"{1 / s.median:.2f}")
        if choice.channels_last:
            return self.tr("channels_last ({worth})").format(worth=worth)
        return self.tr("contiguous layout (channels_last {worth})").format(worth=worth)

    def _format_tip(self, choice: Any) -> str:
        if not choice.measured:
            return self.tr("Memory format chosen, not measured.")
        s = choice.speedup
        return self.tr("Memory format measured on this network and device: batch-1 forward passes, contiguous "
                       "and channels_last interleaved; channels_last against contiguous, median of {n} rounds "
                       "{x}×, range {lo}–{hi}×. The faster one (by the median) is used.").format(
            n=s.n, x=f"{s.median:.2f}", lo=f"{s.lo:.2f}", hi=f"{s.hi:.2f}")

    def _set_message(self, text: str, error: bool = False) -> None:
        self.message_text = text
        self.message.setText(text)
        self.message.setToolTip("")
        if error:
            mark_error(self.message)
        else:
            plain(self.message)

    def retranslate(self) -> None:
        self.source_label.setText(self.tr("&Network:"))
        self.weights_button.setText(self.tr("Weights file…"))
        self.weights_button.setToolTip(self.tr("Use a torchvision weights file (.pth) instead of torch hub's cache"))
        self.download.setText(self.tr("Download if missing"))
        self.download.setToolTip(self.tr("Fetch torchvision's ImageNet weights into torch hub's cache (online)"))
        self.load_button.setText(self.tr("&Load"))
        self.image_label.setText(self.tr("&Image:"))
        self.open_button.setText(self.tr("Open image…"))
        self.open_button.setToolTip(self.tr("Or drop an image file on this panel"))
        self.topk_label.setText(self.tr("Top-&k:"))
        for i, text in enumerate((self.tr("Prediction"), self.tr("Feature maps"), self.tr("Grad-CAM"),
                                  self.tr("Feature reuse"))):
            self.tabs.setTabText(i, text)
        for tab in (self.pred_tab, self.maps_tab, self.cam_tab, self.reuse_tab):
            tab.retranslate()
        if not self.message_text or self.message_text == self._placeholder_text:
            self._placeholder_text = self.tr("Load a network (trained in the app, a checkpoint, or ImageNet weights) "
                                             "and open an image, or drop one here.")
            self._set_message(self._placeholder_text)
        self._show_network()  # in the new language
        self.source.fill(self.state.latest_checkpoint)
        self._source_changed()
        self._fill_samples()
