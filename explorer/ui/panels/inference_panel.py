"""Inference: what a network predicts for an image, what its layers see, where it looks (Grad-CAM), and
which earlier layers each layer reuses (the paper's Figure 5).

All computation runs in ``explorer.core.inference`` on worker threads, one job at a time (the network is
not shared between threads); the widgets only draw the numpy arrays that come back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.images import IMAGE_SUFFIXES, ImageError, image_to_array, load_image
from ...core.images import sample_images as shipped_samples
from ...core.pretrained import PRETRAINED_NAMES
from ...paths import RESOURCES
from ..messages import error_text, tr_msg
from ..state import AppState
from ..theme import mark_error, plain
from ..workers import Job, details_tooltip, start_job
from .inference_widgets import ColourBar, ImageView, MapGrid, ReuseHeatmap, StripBar, Thumbnail, TopKChart, compose_cam

__all__ = ["InferencePanel"]

SOURCE_TRAINED, SOURCE_CHECKPOINT, SOURCE_PRETRAINED, SOURCE_UNTRAINED = "trained", "checkpoint", "pretrained", \
    "untrained"


# ---------------------------------------------------------------------------------- worker functions


def _job_load(job: Job, kind: str, arg: Any, weights: str | None, download: bool) -> dict[str, Any]:
    """Load a network (checkpoint, ImageNet weights or an untrained config) and its reuse heatmaps."""
    from ...core import inference as inf

    if kind in (SOURCE_TRAINED, SOURCE_CHECKPOINT):
        predictor = inf.predictor_from_checkpoint(arg)
    elif kind == SOURCE_PRETRAINED:
        predictor = inf.predictor_from_pretrained(arg, weights, download=download)
    else:
        from ...core.models import build_model

        predictor = inf.predictor_from_model(build_model(arg), arg, source=arg.title, kind="untrained")
    heat = inf.reuse_heatmaps(predictor.model, predictor.config) if predictor.config.family == "densenet" else []
    return {"predictor": predictor, "heatmaps": heat, "layers": inf.layer_names(predictor.model)}


def _job_predict(job: Job, predictor: Any, image: np.ndarray, top_k: int) -> Any:
    from ...core.inference import predict

    return predict(predictor, image, top_k)


def _job_features(job: Job, predictor: Any, image: np.ndarray, layer: str) -> Any:
    from ...core.inference import feature_maps

    return feature_maps(predictor, image, layer)


def _job_gradcam(job: Job, predictor: Any, image: np.ndarray, class_index: int | None) -> Any:
    from ...core.inference import grad_cam

    return grad_cam(predictor, image, class_index)


# ------------------------------------------------------------------------------------------- the panel


class InferencePanel(QWidget):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("InferencePanel", "Inference")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.predictor: Any = None  # an opaque core object; only handed to worker functions
        self.image: np.ndarray | None = None  # H x W x 3 uint8 of the open image
        self.image_path: Path | None = None
        self.heatmaps: list[Any] = []
        self.prediction: Any = None
        self.features: Any = None
        self.cam: Any = None
        self.checkpoint_path: str | None = None
        self.weights_path: str | None = None
        self.message_text = ""
        self._wanted_layer: str | None = None
        self._pending: dict[str, Callable[[], tuple | None]] = {}
        self._job: Job | None = None
        self._jobs: list[Job] = []
        self._running = False
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
        self._update_sources()
        if state.latest_checkpoint:
            self._on_checkpoint_available(state.latest_checkpoint)

    # -- layout ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.source_label = QLabel(self)
        self.source = QComboBox(self)
        self.source_label.setBuddy(self.source)
        self.weights_button = QPushButton(self)
        self.download = QCheckBox(self)
        self.load_button = QPushButton(self)
        self.image_label = QLabel(self)
        self.sample = QComboBox(self)
        self.image_label.setBuddy(self.sample)
        self.open_button = QPushButton(self)
        self.topk_label = QLabel(self)
        self.top_k = QSpinBox(self)
        self.top_k.setRange(1, 20)
        self.top_k.setValue(5)
        self.topk_label.setBuddy(self.top_k)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row1 = QHBoxLayout()
        row1.addWidget(self.source_label)
        row1.addWidget(self.source, 1)
        row1.addWidget(self.weights_button)
        row1.addWidget(self.download)
        row1.addWidget(self.load_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.image_label)
        row2.addWidget(self.sample, 1)
        row2.addWidget(self.open_button)
        row2.addWidget(self.topk_label)
        row2.addWidget(self.top_k)

        self.tabs = QTabWidget(self)
        # Prediction: the preprocessing steps, then the top-k chart.
        self.pred_tab = QWidget()
        self.steps = [Thumbnail(self.pred_tab) for _ in range(4)]
        steps_grid = QGridLayout()
        for i, t in enumerate(self.steps):
            steps_grid.addWidget(t, i // 2, i % 2)
        self.chart = TopKChart(self.pred_tab)
        lay = QHBoxLayout(self.pred_tab)  # the steps beside the chart: fits a wide, short dock
        lay.addLayout(steps_grid, 1)
        lay.addWidget(self.chart, 1)
        # Feature maps.
        self.maps_tab = QWidget()
        self.layer_label = QLabel(self.maps_tab)
        self.layer = QComboBox(self.maps_tab)
        self.layer_label.setBuddy(self.layer)
        self.show_input = QCheckBox(self.maps_tab)
        self.show_input.setChecked(True)
        self.strip_text = QLabel(self.maps_tab)
        self.strip_text.setWordWrap(True)
        self.strips = StripBar(self.maps_tab)
        self.strips.setVisible(False)
        # The maps as tiles of at least 64 px (96 channels no longer shrink to 16 px): scroll for the rest; a
        # click enlarges one beside them with its layer, channel and source.
        self.grid_view = MapGrid(self.maps_tab, tile=64)
        self.grid_scroll = QScrollArea(self.maps_tab)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setWidget(self.grid_view)
        self.grid_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zoom_view = ImageView(self.maps_tab, 160)
        self.zoom_text = QLabel(self.maps_tab)
        self.zoom_text.setWordWrap(True)
        self.zoom_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.zoom_text.setMinimumWidth(160)
        zoom = QVBoxLayout()
        zoom.addWidget(self.zoom_view, 1)
        zoom.addWidget(self.zoom_text)
        self.grid_view.sig_selected.connect(self._show_zoom)
        lay = QVBoxLayout(self.maps_tab)
        top = QHBoxLayout()
        top.addWidget(self.layer_label)
        top.addWidget(self.layer, 1)
        top.addWidget(self.show_input)
        lay.addLayout(top)
        lay.addWidget(self.strip_text)
        lay.addWidget(self.strips)
        maps_row = QHBoxLayout()
        maps_row.addWidget(self.grid_scroll, 3)
        maps_row.addLayout(zoom, 2)
        lay.addLayout(maps_row, 1)
        # Grad-CAM.
        self.cam_tab = QWidget()
        self.cam_class_label = QLabel(self.cam_tab)
        self.cam_class = QComboBox(self.cam_tab)
        self.cam_class_label.setBuddy(self.cam_class)
        self.opacity_label = QLabel(self.cam_tab)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self.cam_tab)
        self.opacity.setRange(0, 80)  # at most 80 %: a fifth of the picture always shows through (an 8x8 digit)
        self.opacity.setValue(50)
        self.opacity_label.setBuddy(self.opacity)
        self.cam_text = QLabel(self.cam_tab)
        self.cam_text.setWordWrap(True)
        # The crop the network saw beside the overlay (small pictures upscaled nearest-neighbour), and the scale.
        self.cam_original = ImageView(self.cam_tab, 140)
        self.cam_original_title = QLabel(self.cam_tab)
        self.cam_view = ImageView(self.cam_tab, 140)
        self.cam_view_title = QLabel(self.cam_tab)
        for title in (self.cam_original_title, self.cam_view_title):
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.cam_bar = ColourBar("jet", 0.0, 1.0, self.cam_tab)
        grid = QGridLayout()
        grid.addWidget(self.cam_class_label, 0, 0)
        grid.addWidget(self.cam_class, 0, 1)
        grid.addWidget(self.opacity_label, 1, 0)
        grid.addWidget(self.opacity, 1, 1)
        pictures = QGridLayout()
        pictures.addWidget(self.cam_original_title, 0, 0)
        pictures.addWidget(self.cam_view_title, 0, 1)
        pictures.addWidget(self.cam_original, 1, 0)
        pictures.addWidget(self.cam_view, 1, 1)
        pictures.addWidget(self.cam_bar, 1, 2)
        pictures.setRowStretch(1, 1)
        pictures.setColumnStretch(0, 1)
        pictures.setColumnStretch(1, 1)
        lay = QVBoxLayout(self.cam_tab)
        lay.addLayout(grid)
        lay.addWidget(self.cam_text)
        lay.addLayout(pictures, 1)
        # Feature reuse.
        self.reuse_tab = QWidget()
        self.block_label = QLabel(self.reuse_tab)
        self.block = QComboBox(self.reuse_tab)
        self.block_label.setBuddy(self.block)
        self.reuse_text = QLabel(self.reuse_tab)
        self.reuse_text.setWordWrap(True)
        self.heatmap = ReuseHeatmap(self.reuse_tab)
        self.reuse_bar = ColourBar("viridis", 0.0, 1.0, self.reuse_tab)
        lay = QVBoxLayout(self.reuse_tab)
        top = QHBoxLayout()
        top.addWidget(self.block_label)
        top.addWidget(self.block, 1)
        lay.addLayout(top)
        lay.addWidget(self.reuse_text)
        heat_row = QHBoxLayout()
        heat_row.addWidget(self.heatmap, 1)
        heat_row.addWidget(self.reuse_bar)
        lay.addLayout(heat_row, 1)
        for tab in (self.pred_tab, self.maps_tab, self.cam_tab, self.reuse_tab):
            self.tabs.addTab(tab, "")

        scroll_body = QWidget()
        body = QVBoxLayout(scroll_body)
        body.setContentsMargins(4, 4, 4, 4)
        body.addLayout(row1)
        body.addLayout(row2)
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

        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.weights_button.clicked.connect(self.pick_weights)
        self.load_button.clicked.connect(self._load_clicked)  # not load_network: clicked(bool) would be its path
        self.open_button.clicked.connect(self.open_image_dialog)
        self.sample.activated.connect(self._sample_chosen)
        self.top_k.valueChanged.connect(lambda _v: self._request("predict"))
        self.layer.currentIndexChanged.connect(lambda _i: self._request("features"))
        self.show_input.toggled.connect(lambda _b: self._show_features())
        self.cam_class.currentIndexChanged.connect(lambda _i: self._request("gradcam"))
        self.opacity.valueChanged.connect(lambda _v: self._show_cam())
        self.block.currentIndexChanged.connect(lambda _i: self._show_heatmap())

    # -- sources ---------------------------------------------------------------------------------------
    def _update_sources(self) -> None:
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("Network trained in the app"), SOURCE_TRAINED)
        self.source.addItem(self.tr("Checkpoint file…"), SOURCE_CHECKPOINT)
        for name in PRETRAINED_NAMES:
            self.source.addItem(self.tr("ImageNet-pretrained {name} (torchvision)").format(name=name),
                                f"{SOURCE_PRETRAINED}:{name}")
        self.source.addItem(self.tr("Current network, untrained (random weights)"), SOURCE_UNTRAINED)
        item = self.source.model().item(0)
        item.setEnabled(self.state.latest_checkpoint is not None)
        if not self.state.latest_checkpoint:
            item.setToolTip(self.tr("Train a network in the Training panel first"))
        index = self.source.findData(current) if current is not None else -1
        if index < 0:
            index = 0 if self.state.latest_checkpoint else 2
        self.source.setCurrentIndex(index)
        self.source.blockSignals(False)
        self._source_changed()

    def _source_changed(self) -> None:
        kind, _name = self.current_source()
        self.weights_button.setEnabled(kind == SOURCE_PRETRAINED)
        self.download.setEnabled(kind == SOURCE_PRETRAINED)

    def current_source(self) -> tuple[str | None, str | None]:
        """(kind, pretrained name or None) of the chosen source."""
        data = self.source.currentData()
        if not data:
            return None, None
        kind, _sep, name = data.partition(":")
        return kind, name or None

    def set_source(self, kind: str, name: str | None = None) -> None:
        index = self.source.findData(f"{kind}:{name}" if name else kind)
        if index >= 0:
            self.source.setCurrentIndex(index)

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
        self._submit("load", lambda: (_job_load, (kind, arg, weights, download), self._loaded))

    def _loaded(self, result: dict[str, Any]) -> None:
        self.predictor = result["predictor"]
        self.heatmaps = result["heatmaps"]
        p = self.predictor
        self._set_message(self.tr("Loaded {source}: {n} classes, input {size}×{size}").format(
            source=p.source, n=len(p.classes), size=p.crop_size))
        # Layers: the ledger's names where they exist, in forward order.
        previous = self._wanted_layer or self.layer.currentData()
        self.layer.blockSignals(True)
        self.layer.clear()
        for name in result["layers"]:
            self.layer.addItem(name.removeprefix("features."), name)
        index = self.layer.findData(previous) if previous else -1
        if index < 0:
            index = self.layer.findData("features.denseblock1.denselayer2")
        self.layer.setCurrentIndex(max(index, 0))
        self.layer.blockSignals(False)
        self._wanted_layer = None
        self.cam_class.blockSignals(True)
        self.cam_class.clear()
        self.cam_class.addItem(self.tr("Predicted class"), None)
        for i, label in enumerate(p.classes):
            self.cam_class.addItem(f"{i}: {tr_msg(label)}", i)
        self.cam_class.blockSignals(False)
        self._fill_blocks()
        if self.image is None and self.samples:
            self.open_image(self._default_sample())
        else:
            self._request("predict", "features", "gradcam")

    # -- images ----------------------------------------------------------------------------------------
    def _default_sample(self) -> Path:
        p = self.predictor
        if p is not None and p.kind == "checkpoint" and p.crop_size <= 64:
            # A small network trained on the shipped data: a sample of that data if there is one.
            for sub in ("shapes", "digits"):
                files = [s for s in self.samples if s.parent.name == sub]
                if files and (p.in_channels == 1) == (sub == "digits"):
                    return files[0]
        cats = [s for s in self.samples if s.name == "chelsea.png"]
        return cats[0] if cats else self.samples[0]

    def _fill_samples(self) -> None:
        self.sample.blockSignals(True)
        self.sample.clear()
        self.sample.addItem(self.tr("Choose a sample image…"), None)
        root = RESOURCES / "samples"
        for path in self.samples:
            try:
                label = str(path.relative_to(root))
            except ValueError:
                label = path.name
            self.sample.addItem(label, str(path))
        if self.image_path is not None:
            if self.sample.findData(str(self.image_path)) < 0:
                self.sample.addItem(self.image_path.name, str(self.image_path))
            self.sample.setCurrentIndex(self.sample.findData(str(self.image_path)))
        self.sample.blockSignals(False)

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
            self.steps[0].set_step(self.tr("Original"), f"{img.width}×{img.height}", self.image)
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
        item = self.source.model().item(0)
        item.setEnabled(True)
        item.setToolTip(path)
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
                self._submit("predict", lambda: (_job_predict, (self.predictor, self.image, self.top_k.value()),
                                                 self._predicted))
            elif w == "features" and self.layer.currentData():
                self._submit("features", lambda: (_job_features, (self.predictor, self.image,
                                                                  self.layer.currentData()), self._got_features))
            elif w == "gradcam":
                self._submit("gradcam", lambda: (_job_gradcam, (self.predictor, self.image,
                                                                self.cam_class.currentData()), self._got_cam))

    def _submit(self, key: str, make: Callable[[], tuple | None]) -> None:
        """Queue a job (the latest request of each kind wins); one runs at a time."""
        self._pending[key] = make
        self._pump()

    def _pump(self) -> None:
        if self._running or not self._pending:
            return
        key = "load" if "load" in self._pending else next(iter(self._pending))
        spec = self._pending.pop(key)()
        if spec is None:
            self._pump()
            return
        fn, args, on_done = spec
        self._running = True
        self._jobs = [j for j in self._jobs if j.is_running()]
        # Done and failed are connected inside start_job before the thread starts, so neither is missed; bound
        # methods of this widget (not lambdas, which PySide would call on the worker thread) run on the GUI thread.
        self._on_done = on_done
        self._job = start_job(fn, *args, parent=self, on_done=self._finished, on_failed=self._failed)
        self._jobs.append(self._job)

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
        return all(j.wait(ms) for j in list(self._jobs))

    def shutdown(self) -> None:
        """Cancel what is queued and wait for the running job (the app is closing)."""
        self._pending.clear()
        for j in self._jobs:
            j.cancel()
        self.wait(10000)

    # -- results -----------------------------------------------------------------------------------------
    def _predicted(self, prediction: Any) -> None:
        self.prediction = prediction
        titles = {"Original": self.tr("Original"), "Resize": self.tr("Resize"),
                  "Centre crop": self.tr("Centre crop"), "Normalise": self.tr("Normalise")}
        for thumb, step in zip(self.steps, prediction.steps):
            thumb.set_step(titles.get(step.title, step.title), tr_msg(step.detail), step.image)
        self.chart.set_bars([tr_msg(t.label) for t in prediction.top], [t.probability for t in prediction.top])
        best = prediction.top[0]
        self.chart.setTitle(self.tr("Top {k}: {label} ({p:.1f}%)").format(
            k=len(prediction.top), label=tr_msg(best.label), p=100 * best.probability))

    def _got_features(self, features: Any) -> None:
        self.features = features
        self._show_features()

    def _show_features(self) -> None:
        f = self.features
        if f is None:
            return
        dense = f.input is not None and self.show_input.isChecked()
        self.show_input.setEnabled(f.input is not None)
        name = f.name.removeprefix("features.")
        if dense:
            maps, owners = f.input, f.owners
            segments = [(self._strip_label(s.label), s.source, s.width) for s in f.strips]
            widths = [s.width for s in f.strips]
            k0, layer = widths[0], len(widths)
            k = widths[1] if len(widths) > 1 else 0
            formula = f"k₀ + k×(ℓ−1) = {k0} + {k}×{layer - 1} = {sum(widths)}" if k else f"k₀ = {k0}"
            self.strip_text.setText(self.tr(
                "Input of {name}: the concatenation of the block input and every earlier layer's maps, "
                "{formula} channels (framed by source).").format(name=name, formula=formula))
            self.strips.set_segments(segments)
        else:
            maps, owners = f.output, None
            c, h, w = f.output.shape
            self.strip_text.setText(self.tr("Output of {name}: {c} maps of {h}×{w}").format(name=name, c=c, h=h, w=w))
            self.strips.set_segments([])
        self.grid_view.set_maps(maps, owners=owners, max_maps=1024)
        self._shown_maps = (name, dense, maps)
        self._show_zoom(self.grid_view.selected)

    def _show_zoom(self, index: int | None) -> None:
        """The clicked map, enlarged, with its layer, channel and (for a dense layer's input) its source."""
        shown = getattr(self, "_shown_maps", None)
        if shown is None or index is None or index >= self.grid_view.count():
            self.zoom_view.set_array(None)
            self.zoom_text.setText(self.tr("Click a map to enlarge it."))
            return
        name, dense, maps = shown
        m = maps[index]
        lo, hi = float(m.min()), float(m.max())
        grey = ((m - lo) / ((hi - lo) or 1.0) * 255).round().astype(np.uint8)
        self.zoom_view.set_array(grey)
        h, w = m.shape
        n = maps.shape[0]
        if dense and self.features is not None:
            strip = next((s for s in self.features.strips if s.start <= index < s.stop), None)
            source = self._strip_label(strip.label) if strip else "?"
            text = self.tr("{layer}, input channel {c} of {n}: from {source} (its map {j} of {m}); {h}×{w}, "
                           "values {lo:.3g} to {hi:.3g}").format(
                layer=name, c=index + 1, n=n, source=source, j=index - strip.start + 1 if strip else 0,
                m=strip.width if strip else 0, h=h, w=w, lo=lo, hi=hi)
        else:
            text = self.tr("{layer}, output channel {c} of {n}; {h}×{w}, values {lo:.3g} to {hi:.3g}").format(
                layer=name, c=index + 1, n=n, h=h, w=w, lo=lo, hi=hi)
        self.zoom_text.setText(text)

    def _strip_label(self, label: str) -> str:
        if label == "block input":
            return self.tr("block input")
        return self.tr("layer {n}").format(n=label.split()[-1])

    def _got_cam(self, cam: Any) -> None:
        self.cam = cam
        self._show_cam()

    def _show_cam(self) -> None:
        if self.cam is None:
            return
        opacity = self.opacity.value() / 100
        self.cam_original.set_array(self.cam.image)
        self.cam_view.set_array(compose_cam(self.cam.image, self.cam.heat, opacity))
        self.cam_text.setText(self.tr("Grad-CAM for “{label}” (p = {p:.1%}), from the last feature maps; "
                                      "opacity {o}%").format(label=tr_msg(self.cam.label), p=self.cam.probability,
                                                            o=self.opacity.value()))

    def _fill_blocks(self) -> None:
        current = self.block.currentIndex()
        self.block.blockSignals(True)
        self.block.clear()
        for m in self.heatmaps:
            self.block.addItem(self.tr("Dense block {b} ({n} layers)").format(b=m.block, n=m.num_layers), m.block)
        self.block.setCurrentIndex(min(max(current, 0), self.block.count() - 1))
        self.block.blockSignals(False)
        self._show_heatmap()

    def _reuse_caption(self) -> str:
        return self.tr("Mean absolute weight each target layer gives to the feature maps of each source layer, "
                       "normalised per target (the paper's Figure 5). Computed from the weights alone. Colour: "
                       "dark purple 0 to yellow 1 (the target's strongest source); grey: no connection.")

    def _show_heatmap(self) -> None:
        i = self.block.currentIndex()
        if not (0 <= i < len(self.heatmaps)):
            return
        m = self.heatmaps[i]
        targets = [self._strip_label(t) if t.startswith("layer") else
                   (self.tr("classifier") if t == "classifier" else self.tr("transition {b}").format(b=m.block))
                   for t in m.target_labels]
        sources = [self._strip_label(s) for s in m.source_labels]
        short_t = [t.split()[-1] if t.startswith("layer") else
                   (self.tr("cls") if t == "classifier" else self.tr("T{b}").format(b=m.block))
                   for t in m.target_labels]
        short_s = [self.tr("in") if s == "block input" else s.split()[-1] for s in m.source_labels]
        self.heatmap.set_matrix(m.values, targets, sources, self.tr("Source layer (s)"),
                                self.tr("Target layer (ℓ)"), short_targets=short_t, short_sources=short_s)
        self.reuse_text.setText(self._reuse_caption())

    # -- text ------------------------------------------------------------------------------------------
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
        self.tabs.setTabText(0, self.tr("Prediction"))
        self.tabs.setTabText(1, self.tr("Feature maps"))
        self.tabs.setTabText(2, self.tr("Grad-CAM"))
        self.tabs.setTabText(3, self.tr("Feature reuse"))
        self.layer_label.setText(self.tr("La&yer:"))
        self.show_input.setText(self.tr("Show a dense layer's input, by source"))
        self.cam_class_label.setText(self.tr("&Class:"))
        self.opacity_label.setText(self.tr("&Opacity:"))
        self.block_label.setText(self.tr("&Block:"))
        self.cam_original_title.setText(self.tr("What the network saw"))
        self.cam_view_title.setText(self.tr("Grad-CAM over it"))
        self.cam_bar.set_title(self.tr("Grad-CAM, relative to its maximum"))
        self.cam_bar.set_ticks([(0.0, self.tr("0 (none)")), (0.5, "0.5"), (1.0, self.tr("1 (most)"))])
        self.reuse_bar.set_title(self.tr("Mean |weight| ÷ the target's largest"))
        self.chart.setLabel("bottom", self.tr("Probability"))
        if not self.message_text or self.message_text == getattr(self, "_placeholder_text", None):
            self._placeholder_text = self.tr("Load a network (trained in the app, a checkpoint, or ImageNet weights) "
                                             "and open an image, or drop one here.")
            self._set_message(self._placeholder_text)
        if self.source.count():
            self._update_sources()
        self._fill_samples()
        self._show_features()
        self._show_cam()
        self._show_heatmap()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
