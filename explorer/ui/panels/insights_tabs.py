"""The training panel's middle column as tabs: the curves, then what the Trainer records per epoch (its
``EpochInsights``): each layer's gradient norm as a layer x epoch heatmap (the selected run beside the overlaid
ones), the feature-reuse heatmap (Figure 5) at each epoch with a slider and Play, the validation set's confusion
matrix with per-class and top-5 accuracy and the measured peak memory beside the ledger's estimate, and the
misclassified validation images, each showing its Grad-CAM on click (computed in a JobRunner job from the run's
checkpoint). Plain data in, no torch here."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.images import colormap
from .. import plot_theme
from ..messages import tr_msg
from .inference_grids import ReuseHeatmap
from .inference_widgets import array_to_qimage

__all__ = ["InsightsTabs", "RunInsightsView", "thumbnail_rgb"]

MAX_SIDE_BY_SIDE = 3  # gradient-flow heatmaps side by side: the selected run and up to two overlaid


@dataclass
class RunInsightsView:
    """What the GUI keeps of one run's insights: the header (layers, classes, family) and the epochs received."""

    layers: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    family: str = ""
    epochs: list[Any] = field(default_factory=list)  # EpochInsights, in order

    def grad_matrix(self) -> np.ndarray:
        """layers x epochs gradient norms (NaN where a layer got no sample)."""
        if not self.epochs or not self.layers:
            return np.zeros((len(self.layers), 0))
        cols = [[(v if v is not None else math.nan) for v in e.grad_norms] for e in self.epochs]
        return np.asarray(cols, dtype=np.float64).T


def thumbnail_rgb(m: Any) -> np.ndarray:
    """A Misclassified's pixels as H x W x 3 uint8."""
    arr = np.frombuffer(m.pixels, np.uint8).reshape(m.channels, m.height, m.width).transpose(1, 2, 0)
    if arr.shape[2] == 1:
        arr = np.repeat(arr, 3, axis=2)
    return np.ascontiguousarray(arr[:, :, :3])


def _short_layer(name: str) -> str:
    return (name.replace("features.", "").replace("denseblock", "b").replace("denselayer", "l")
            .replace("transition", "T"))


class GradFlowPlot(pg.GraphicsLayoutWidget):
    """One heatmap per run: x = epoch, y = layer (input at the top), colour = log10 of the gradient norm; one
    colour bar for all of them, so a plain net's vanishing gradient reads against the dense net's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots: list[pg.PlotItem] = []
        self.images: list[pg.ImageItem] = []
        self.matrices: list[np.ndarray] = []
        self.layers: list[list[str]] = []
        self.bar: pg.ColorBarItem | None = None
        self.hover_text = ""
        plot_theme.install(self)  # the window's palette, light or dark, as every plot

    def show_runs(self, runs: list[tuple[str, RunInsightsView]], epoch_title: str, layer_title: str) -> None:
        self.clear()
        self.plots, self.images, self.matrices, self.layers = [], [], [], []
        self.bar = None
        logs = []
        for _title, view in runs:
            m = view.grad_matrix()
            self.matrices.append(m)
            self.layers.append(view.layers)
            with np.errstate(divide="ignore", invalid="ignore"):
                logs.append(np.where(m > 0, np.log10(np.where(m > 0, m, 1.0)), np.nan))
        finite = np.concatenate([lg[np.isfinite(lg)] for lg in logs]) if logs else np.zeros(0)
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (-3.0, 0.0)
        if hi - lo < 1e-6:
            lo, hi = lo - 0.5, hi + 0.5
        for i, ((title, view), lg) in enumerate(zip(runs, logs)):
            plot = self.addPlot(row=0, col=i, title=title)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.invertY(True)
            image = pg.ImageItem()
            plot.addItem(image)
            n_l, n_e = lg.shape
            if n_e:
                image.setImage(np.nan_to_num(lg.T, nan=lo), levels=(lo, hi))
                image.setRect(QRectF(0.5, 0, n_e, n_l))
            image.setColorMap(pg.colormap.get("viridis"))
            image.setAcceptHoverEvents(True)
            image.hoverEvent = (lambda ev, k=i: self._hover(ev, k))  # type: ignore[method-assign]
            plot.setLabel("bottom", epoch_title)
            if i == 0:
                plot.setLabel("left", layer_title)
            plot.getAxis("bottom").setTicks([[(e + 1, str(e + 1)) for e in range(n_e)]])
            step = max(1, math.ceil(n_l / 8))
            plot.getAxis("left").setTicks([[(r + 0.5, _short_layer(view.layers[r])) for r in range(0, n_l, step)]])
            plot.setRange(xRange=(0.5, max(n_e, 1) + 0.5), yRange=(0, max(n_l, 1)), padding=0.02)
            self.plots.append(plot)
            self.images.append(image)
        if self.images:
            self.bar = pg.ColorBarItem(values=(lo, hi), colorMap=pg.colormap.get("viridis"), interactive=False,
                                       width=12)
            self.bar.setImageItem(self.images, insert_in=None)
            self.addItem(self.bar, row=0, col=len(self.images))
        plot_theme.apply(self)  # the new plots' axes and titles in the theme's colours

    def cell_text(self, run: int, layer: int, epoch: int) -> str:
        """'layer name, epoch e: norm' for a cell (epoch 1-based)."""
        m = self.matrices[run]
        if not (0 <= layer < m.shape[0] and 1 <= epoch <= m.shape[1]):
            return ""
        v = m[layer, epoch - 1]
        return f"{self.layers[run][layer]} · {epoch}: {'—' if not np.isfinite(v) else f'{v:.3g}'}"

    def _hover(self, event, run: int) -> None:
        if event.isExit():
            self.hover_text = ""
            self.setToolTip("")
            return
        pos = event.pos()
        self.hover_text = self.cell_text(run, int(pos.y()), int(pos.x()) + 1)
        self.setToolTip(self.hover_text)


class InsightsTabs(QTabWidget):
    """Curves | Gradient flow | Feature reuse | Classes | Misclassified."""

    def __init__(self, panel: Any, curves: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel
        self.views: dict[int, RunInsightsView] = {}  # id(run) -> its insights
        self.run: Any = None  # the run shown
        self.overlaid: list[Any] = []
        self.setDocumentMode(True)
        self.curves = curves
        self.addTab(curves, "")
        self._build_grad()
        self._build_reuse()
        self._build_classes()
        self._build_gallery()
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(600)
        self.play_timer.timeout.connect(self._play_step)
        self.currentChanged.connect(lambda _i: self.refresh())
        self.retranslate()

    # -- building ------------------------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        return page, lay

    def _build_grad(self) -> None:
        page, lay = self._page()
        self.grad_note = QLabel(page)
        self.grad_note.setWordWrap(True)
        self.grad_plot = GradFlowPlot(page)
        lay.addWidget(self.grad_note)
        lay.addWidget(self.grad_plot, 1)
        self.grad_page = page
        self.addTab(page, "")

    def _build_reuse(self) -> None:
        page, lay = self._page()
        row = QHBoxLayout()
        self.play_button = QPushButton(page)
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._play_toggled)
        self.reuse_slider = QSlider(Qt.Orientation.Horizontal, page)
        self.reuse_slider.setMinimum(1)
        self.reuse_slider.setMaximum(1)
        self.reuse_slider.valueChanged.connect(lambda _v: self._draw_reuse())
        self.reuse_epoch_label = QLabel(page)
        self.reuse_block = QSpinBox(page)
        self.reuse_block.setRange(1, 1)
        self.reuse_block.valueChanged.connect(lambda _v: self._draw_reuse())
        self.reuse_block_label = QLabel(page)
        self.reuse_block_label.setBuddy(self.reuse_block)
        for w in (self.play_button, self.reuse_slider, self.reuse_epoch_label, self.reuse_block_label,
                  self.reuse_block):
            row.addWidget(w, 1 if w is self.reuse_slider else 0)
            if w is self.reuse_epoch_label:
                row.addSpacing(12)
        self.reuse_note = QLabel(page)
        self.reuse_note.setWordWrap(True)
        self.reuse_map = ReuseHeatmap(page)
        lay.addLayout(row)
        lay.addWidget(self.reuse_note)
        lay.addWidget(self.reuse_map, 1)
        self.reuse_page = page
        self.addTab(page, "")

    def _build_classes(self) -> None:
        page, lay = self._page()
        row = QHBoxLayout()
        self.classes_epoch_label = QLabel(page)
        self.classes_epoch = QSpinBox(page)
        self.classes_epoch.setRange(1, 1)
        self.classes_epoch.valueChanged.connect(lambda _v: self._draw_classes())
        self.classes_epoch_label.setBuddy(self.classes_epoch)
        self.classes_summary = QLabel(page)
        self.classes_summary.setWordWrap(True)
        row.addWidget(self.classes_epoch_label)
        row.addWidget(self.classes_epoch)
        row.addWidget(self.classes_summary, 1)
        self.memory_label = QLabel(page)
        self.memory_label.setWordWrap(True)
        self.confusion = QTableWidget(page)
        self.confusion.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addLayout(row)
        lay.addWidget(self.memory_label)
        lay.addWidget(self.confusion, 1)
        self.classes_page = page
        self.addTab(page, "")

    def _build_gallery(self) -> None:
        page, lay = self._page()
        self.gallery_note = QLabel(page)
        self.gallery_note.setWordWrap(True)
        row = QHBoxLayout()
        self.gallery = QListWidget(page)
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(48, 48))
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setMovement(QListWidget.Movement.Static)
        self.gallery.itemClicked.connect(self._thumbnail_clicked)
        self.cam_view = QLabel(page)
        self.cam_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cam_view.setMinimumWidth(140)
        self.cam_view.setWordWrap(True)
        row.addWidget(self.gallery, 1)
        row.addWidget(self.cam_view)
        lay.addWidget(self.gallery_note)
        lay.addLayout(row, 1)
        self.gallery_page = page
        self.addTab(page, "")
        self.cam_result: Any = None  # the last GradCam shown
        self._cam_pending: Any = None

    # -- data in ------------------------------------------------------------------------------------------

    def add_epoch(self, run: Any, header: Any, insights: Any) -> None:
        """An epoch's EpochInsights of ``run``; ``header`` (a RunInsights or None) gives layers and classes."""
        if insights is None:
            return
        view = self.views.setdefault(id(run), RunInsightsView())
        if header is not None and not view.layers:
            view.layers, view.classes = list(header.layers), list(header.classes)
            view.family = header.family
        view.epochs = [e for e in view.epochs if e.epoch < insights.epoch] + [insights]
        if run is self.run:
            self.refresh()

    def view_of(self, run: Any) -> RunInsightsView | None:
        return self.views.get(id(run)) if run is not None else None

    def show_run(self, run: Any, overlaid: list[Any] | None = None) -> None:
        self.run = run
        if overlaid is not None:
            self.overlaid = [r for r in overlaid if r is not run]
        self.refresh()

    # -- drawing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        page = self.currentWidget()
        if page is self.grad_page:
            self._draw_grad()
        elif page is self.reuse_page:
            self._sync_reuse()
        elif page is self.classes_page:
            self._sync_classes()
        elif page is self.gallery_page:
            self._draw_gallery()

    def _run_title(self, run: Any) -> str:
        config = getattr(run, "config", None)
        title = tr_msg(getattr(config, "title", "")) if config is not None else ""
        return f"#{getattr(run, 'index', '')} {title}".strip()

    def _draw_grad(self) -> None:
        runs = [r for r in [self.run, *self.overlaid] if self.view_of(r) and self.view_of(r).epochs]
        runs = runs[:MAX_SIDE_BY_SIDE]
        if not runs:
            self.grad_note.setText(self.tr("Each layer's gradient norm per epoch appears here after the first "
                                           "epoch of a run."))
            self.grad_plot.show_runs([], self.tr("Epoch"), self.tr("Layer"))
            return
        self.grad_note.setText(self.tr("Gradient norm of each layer (rows, input at the top) per epoch, log10 "
                                       "colour: dark = vanishing. Overlaid runs stand beside the selected one."))
        self.grad_plot.show_runs([(self._run_title(r), self.view_of(r)) for r in runs], self.tr("Epoch"),
                                 self.tr("Layer"))

    def _sync_reuse(self) -> None:
        view = self.view_of(self.run)
        n = len(view.epochs) if view else 0
        at_end = self.reuse_slider.value() >= self.reuse_slider.maximum()
        self.reuse_slider.blockSignals(True)
        self.reuse_slider.setMaximum(max(n, 1))
        if at_end and not self.play_timer.isActive():
            self.reuse_slider.setValue(max(n, 1))
        self.reuse_slider.blockSignals(False)
        self._draw_reuse()

    def reuse_epoch(self) -> int:
        return self.reuse_slider.value()

    def _draw_reuse(self) -> None:
        view = self.view_of(self.run)
        epoch = self.reuse_slider.value()
        self.reuse_epoch_label.setText(self.tr("Epoch {e}").format(e=epoch))
        ok = view is not None and view.epochs and 1 <= epoch <= len(view.epochs) and view.epochs[epoch - 1].reuse
        for w in (self.reuse_map, self.play_button, self.reuse_slider, self.reuse_block):
            w.setEnabled(bool(ok))
        self.reuse_map.setVisible(bool(ok))
        if not ok:
            if view is not None and view.epochs and view.family and view.family != "densenet":
                self.reuse_note.setText(self.tr("Feature reuse is a DenseNet's: only a dense layer sees every earlier "
                                                "layer's maps. This run's network has no such connections."))
            else:
                self.reuse_note.setText(self.tr("The feature-reuse heatmap (Figure 5) of a DenseNet run appears here "
                                                "after each epoch; Play shows how it grows."))
            return
        blocks = view.epochs[epoch - 1].reuse
        self.reuse_block.setMaximum(len(blocks))
        b = self.reuse_block.value()
        values = np.asarray([[math.nan if v is None else v for v in row] for row in blocks[b - 1]], dtype=np.float64)
        n = values.shape[0] - 1
        last = self.tr("classifier") if b == len(blocks) else self.tr("transition {b}").format(b=b)
        short_last = self.tr("cls") if b == len(blocks) else self.tr("T{b}").format(b=b)
        targets = [self.tr("layer {i}").format(i=i) for i in range(1, n + 1)] + [last]
        sources = [self.tr("block input")] + [self.tr("layer {i}").format(i=i) for i in range(1, n + 1)]
        self.reuse_map.set_matrix(values, targets, sources, self.tr("Source layer (s)"), self.tr("Target layer (ℓ)"),
                                  short_targets=[str(i) for i in range(1, n + 1)] + [short_last],
                                  short_sources=[self.tr("in")] + [str(i) for i in range(1, n + 1)])
        self.reuse_note.setText(self.tr("Mean |weight| each target layer gives to each source, normalised per target "
                                        "(Figure 5), after epoch {e} of {n}.").format(e=epoch, n=len(view.epochs)))

    def _play_toggled(self, on: bool) -> None:
        if on:
            if self.reuse_slider.value() >= self.reuse_slider.maximum():
                self.reuse_slider.setValue(1)
            self.play_timer.start()
        else:
            self.play_timer.stop()
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))

    def _play_step(self) -> None:
        if self.reuse_slider.value() >= self.reuse_slider.maximum():
            self.play_button.setChecked(False)  # stops at the end
            return
        self.reuse_slider.setValue(self.reuse_slider.value() + 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.currentWidget() is self.reuse_page and self.play_button.isEnabled():
            key = event.key()
            if key == Qt.Key.Key_Space:
                self.play_button.toggle()
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                self.reuse_slider.setValue(self.reuse_slider.value() + (1 if key == Qt.Key.Key_Right else -1))
                return
        super().keyPressEvent(event)

    def _sync_classes(self) -> None:
        view = self.view_of(self.run)
        n = len(view.epochs) if view else 0
        at_end = self.classes_epoch.value() >= self.classes_epoch.maximum()
        self.classes_epoch.blockSignals(True)
        self.classes_epoch.setMaximum(max(n, 1))
        if at_end:
            self.classes_epoch.setValue(max(n, 1))
        self.classes_epoch.blockSignals(False)
        self._draw_classes()

    def _draw_classes(self) -> None:
        view = self.view_of(self.run)
        epoch = self.classes_epoch.value()
        if view is None or not (1 <= epoch <= len(view.epochs)):
            self.classes_summary.setText(self.tr("The validation set's confusion matrix appears here after the first "
                                                 "epoch."))
            self.memory_label.setText("")
            self.confusion.setRowCount(0)
            self.confusion.setColumnCount(0)
            return
        e = view.epochs[epoch - 1]
        names = view.classes or [str(i) for i in range(len(e.confusion))]
        k = len(e.confusion)
        self.confusion.setRowCount(k)
        self.confusion.setColumnCount(k + 1)
        self.confusion.setHorizontalHeaderLabels([self.tr("→ {c}").format(c=c) for c in names[:k]]
                                                 + [self.tr("Accuracy")])
        self.confusion.setVerticalHeaderLabels([str(c) for c in names[:k]])
        peak = max((max(r) for r in e.confusion if r), default=0) or 1
        for t, row in enumerate(e.confusion):
            for p, count in enumerate(row):
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count:
                    shade = int(255 - 120 * count / peak)
                    item.setBackground(QColor(shade, shade, 255) if t == p else QColor(255, shade, shade))
                    item.setForeground(QColor(0, 0, 0))
                self.confusion.setItem(t, p, item)
            acc = e.per_class_acc[t] if t < len(e.per_class_acc) else None
            self.confusion.setItem(t, k, QTableWidgetItem("—" if acc is None else f"{100 * acc:.1f}%"))
        self.confusion.resizeColumnsToContents()
        parts = [self.tr("Rows: true class, columns: predicted; {n} validation images.").format(n=e.val_count)]
        if e.top1 is not None:
            parts.append(self.tr("Top-1 {a:.1f}%").format(a=100 * e.top1))
        if e.top5 is not None:
            parts.append(self.tr("top-5 {a:.1f}%").format(a=100 * e.top5))
        self.classes_summary.setText("  ".join(parts))
        self.memory_label.setText(self.memory_text(e))

    def memory_text(self, e: Any) -> str:
        """The measured peak memory beside the ledger's estimate, in the window's language."""
        def mb(b: int | None) -> str:
            return "—" if b is None else self.tr("{v:.1f} MB").format(v=b / 2**20)

        if e.peak_memory_bytes is None:
            return self.tr("Peak memory: not measured; the ledger estimates {est}.").format(
                est=mb(e.estimated_memory_bytes))
        if e.peak_memory_kind == "cuda":
            return self.tr("Peak GPU memory {peak}; the ledger estimates {est}.").format(
                peak=mb(e.peak_memory_bytes), est=mb(e.estimated_memory_bytes))
        added = None if e.baseline_memory_bytes is None else max(0, e.peak_memory_bytes - e.baseline_memory_bytes)
        return self.tr("Peak process memory {peak} ({added} more than before training); the ledger estimates {est} "
                       "for a training step.").format(peak=mb(e.peak_memory_bytes), added=mb(added),
                                                      est=mb(e.estimated_memory_bytes))

    def _draw_gallery(self) -> None:
        view = self.view_of(self.run)
        self.gallery.clear()
        if view is None or not view.epochs:
            self.gallery_note.setText(self.tr("The misclassified validation images of the last epoch appear here; "
                                              "click one to see its Grad-CAM."))
            return
        e = view.epochs[-1]
        names = view.classes or [str(i) for i in range(len(e.confusion))]
        self.gallery_note.setText(self.tr("{n} of {total} validation images misclassified after epoch {e} "
                                          "(true → predicted); click one for its Grad-CAM.")
                                  .format(n=e.misclassified_total, total=e.val_count, e=e.epoch)
                                  + (" " + self.tr("The first {k} are shown.").format(k=len(e.misclassified))
                                     if len(e.misclassified) < e.misclassified_total else ""))
        for i, m in enumerate(e.misclassified):
            pix = QPixmap.fromImage(array_to_qimage(thumbnail_rgb(m))).scaled(
                48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
            true, pred = names[m.true] if m.true < len(names) else m.true, \
                names[m.predicted] if m.predicted < len(names) else m.predicted
            item = QListWidgetItem(QIcon(pix), f"{true}→{pred}")
            item.setToolTip(self.tr("Validation image {i}: true {t}, predicted {p}").format(i=m.index, t=true, p=pred))
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.gallery.addItem(item)

    def _thumbnail_clicked(self, item: QListWidgetItem) -> None:
        view = self.view_of(self.run)
        checkpoint = getattr(self.run, "checkpoint", None)
        if view is None or not view.epochs:
            return
        if not checkpoint:
            self.cam_view.setText(self.tr("Grad-CAM needs the run's checkpoint (written after an epoch)."))
            return
        m = view.epochs[-1].misclassified[item.data(Qt.ItemDataRole.UserRole)]
        self.cam_view.setText(self.tr("Computing Grad-CAM…"))
        self._cam_pending = m
        self.panel.jobs.start("insights-gradcam", job_gradcam_checkpoint, checkpoint, thumbnail_rgb(m), m.predicted,
                              on_done=self._cam_done, on_failed=self._cam_failed)

    def _cam_done(self, cam: Any) -> None:
        self.cam_result = cam
        heat = colormap(np.clip(cam.heat, 0, 1), "viridis")
        img = np.asarray(cam.image, dtype=np.float64)
        if img.shape[:2] != heat.shape[:2]:
            img = np.zeros_like(heat, dtype=np.float64)
        blend = (0.5 * img + 0.5 * heat).astype(np.uint8)
        pix = QPixmap.fromImage(array_to_qimage(blend)).scaled(
            128, 128, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        self.cam_view.setPixmap(pix)
        self.cam_view.setToolTip(self.tr("Grad-CAM for the predicted class {c} ({p:.0%})").format(
            c=cam.label, p=cam.probability))

    def _cam_failed(self, message: str, _details: str) -> None:
        self.cam_result = None
        self.cam_view.setText(self.tr("Grad-CAM failed: {m}").format(m=message))

    # -- language -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for page, text in ((self.curves, self.tr("Curves")), (self.grad_page, self.tr("Gradient flow")),
                           (self.reuse_page, self.tr("Feature reuse")), (self.classes_page, self.tr("Classes")),
                           (self.gallery_page, self.tr("Misclassified"))):
            self.setTabText(self.indexOf(page), text)
        self.play_button.setText(self.tr("Pause") if self.play_button.isChecked() else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the heatmap over the epochs (Space; ← → step)"))
        self.reuse_block_label.setText(self.tr("&Block:"))
        self.classes_epoch_label.setText(self.tr("&Epoch:"))
        self.refresh()


def job_gradcam_checkpoint(job: Any, checkpoint: str, image: np.ndarray, class_index: int | None) -> Any:
    """Grad-CAM of one validation image with the network of ``checkpoint`` (in a worker: torch is imported here)."""
    from ...core.inference import grad_cam
    from ...core.inference.predictor import predictor_from_checkpoint

    predictor = predictor_from_checkpoint(checkpoint)
    return grad_cam(predictor, image, class_index)
