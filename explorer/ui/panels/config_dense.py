"""The DenseNet form of the config panel: depth L, growth rate k, compression θ, bottleneck, layers per block,
k₀, stem, input, classes, dropout, input channels, each with a teaching tooltip (the paper's values)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from ...core.config import ConfigError, DenseNetConfig
from ..widgets import parse_int_list
from .config_fields import FieldRows

__all__ = ["DenseForm"]


class DenseForm(FieldRows):
    """The DenseNet form (a part of ConfigPanel): built once, shown from a config, its texts set by
    ``_retranslate_dense``."""

    def _build_dense_form(self) -> None:
        form = QFormLayout(self.dense_form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Depth L: the spin box takes any number (an invalid one is explained); the slider only valid depths.
        self.depth = self._spin(1, 200_000, lambda c, v: c.with_depth(v), "depth")
        self.depth_slider = self._slider(1, 100, self._depth_slider_moved)
        self._row(form, "depth", self.depth, self.depth_slider)
        self.growth = self._spin(1, 10_000, lambda c, v: c.replace(growth_rate=v), "growth_rate")
        self.growth_slider = self._slider(1, 64, self.growth.setValue)
        self._row(form, "growth_rate", self.growth, self.growth_slider)
        self.compression = self._decimal("compression", 0.01, 1.0, 0.05, "compression")
        self.compression_slider = self._slider(1, 100, lambda v: self.compression.setValue(v / 100))
        self._row(form, "compression", self.compression, self.compression_slider)
        self.bottleneck = QCheckBox(self)
        self.bottleneck.toggled.connect(lambda on: self._try("bottleneck", lambda c: c.replace(bottleneck=on)))
        self._row(form, "bottleneck", self.bottleneck)
        self.bn_size = self._spin(1, 16, lambda c, v: c.replace(bn_size=v), "bn_size")
        self._row(form, "bn_size", self.bn_size)
        self.blocks = QLineEdit(self)
        # Applied on Enter or leaving the field, not per keystroke: "16, x, 16" on its way to "16, 32, 16" must
        # not build a one-block network, nor move the change indicators.
        self.blocks.editingFinished.connect(self._blocks_edited)
        self._row(form, "block_layers", self.blocks)
        self.init_auto = QCheckBox(self)
        self.init_features = self._spin(1, 100_000, lambda c, v: c.replace(init_features=v), "init_features")
        self.init_auto.toggled.connect(self._init_auto_toggled)
        self._row(form, "init_features", self.init_features, self.init_auto)
        self.stem = QComboBox(self)
        self.stem.addItem("", "cifar")
        self.stem.addItem("", "imagenet")
        self.stem.activated.connect(lambda _i: self._try("stem", lambda c: c.replace(stem=self.stem.currentData())))
        self._row(form, "stem", self.stem)
        self.input_size = self._spin(1, 4096, lambda c, v: c.replace(input_size=v), "input_size")
        self._row(form, "input_size", self.input_size)
        self.num_classes = self._spin(1, 100_000, lambda c, v: c.replace(num_classes=v), "num_classes")
        self._row(form, "num_classes", self.num_classes)
        self.dropout = self._decimal("drop_rate", 0.0, 0.95, 0.05, "drop_rate")
        self._row(form, "drop_rate", self.dropout)
        self.in_channels = self._spin(1, 64, lambda c, v: c.replace(in_channels=v), "in_channels")
        self._row(form, "in_channels", self.in_channels)

    def _blocks_edited(self) -> None:
        text = self.blocks.text()
        self._try("block_layers", lambda c: c.replace(block_layers=parse_int_list(text)))

    def _depth_slider_moved(self, per_block: int) -> None:
        c = self.state.config
        if not isinstance(c, DenseNetConfig):
            return
        depth = c.convs_per_layer * per_block * c.num_blocks + c.num_blocks + 1
        self.depth.setValue(depth)

    def _init_auto_toggled(self, auto: bool) -> None:
        self.init_features.setEnabled(not auto)
        value = None if auto else self.init_features.value()
        self._try("init_features", lambda c: c.replace(init_features=value))


    def _show_dense(self, c: DenseNetConfig) -> None:
        def put(widget, value) -> None:
            if widget.value() != value:
                with QSignalBlocker(widget):
                    widget.setValue(value)

        put(self.depth, c.depth)
        per_block = c.block_layers[0] if len(set(c.block_layers)) == 1 else round(sum(c.block_layers) / c.num_blocks)
        put(self.depth_slider, max(1, min(per_block, self.depth_slider.maximum())))
        put(self.growth, c.growth_rate)
        put(self.growth_slider, min(c.growth_rate, self.growth_slider.maximum()))
        put(self.compression, c.compression)
        put(self.compression_slider, round(c.compression * 100))
        with QSignalBlocker(self.bottleneck):
            self.bottleneck.setChecked(c.bottleneck)
        put(self.bn_size, c.bn_size)
        self.bn_size.setEnabled(c.bottleneck)
        text = ", ".join(map(str, c.block_layers))
        try:
            shown = parse_int_list(self.blocks.text())
        except ConfigError:
            shown = None
        if shown != c.block_layers:
            with QSignalBlocker(self.blocks):
                self.blocks.setText(text)
        with QSignalBlocker(self.init_auto):
            self.init_auto.setChecked(c.init_features is None)
        put(self.init_features, c.num_init_features)
        self.init_features.setEnabled(c.init_features is not None)
        with QSignalBlocker(self.stem):
            self.stem.setCurrentIndex(self.stem.findData(c.stem))
        put(self.input_size, c.input_size)
        put(self.num_classes, c.num_classes)
        put(self.dropout, c.drop_rate)
        put(self.in_channels, c.in_channels)

    def _retranslate_dense(self) -> None:
        """Every text of the form: labels, tooltips (the paper's values), the stem's choices."""
        self.stem.setItemText(0, self.tr("CIFAR: 3×3 conv"))
        self.stem.setItemText(1, self.tr("ImageNet: 7×7/2 conv, 3×3/2 max pool"))
        self.init_auto.setText(self.tr("auto"))
        self.init_auto.setToolTip(self.tr("The paper's choice: 2k for DenseNet-BC, 16 otherwise"))
        rows = {
            "depth": (self.tr("Depth L:"), self.tr(
                "<b>Depth L</b>: the number of layers with weights: the convs of the dense layers and transitions, "
                "the first conv and the classifier.<br>With three equal blocks each has (L−4)/3 layers, or "
                "(L−4)/6 with bottleneck.<br>Paper: L = 40, 100 (DenseNet); 100, 250, 190 (DenseNet-BC). "
                "The slider moves through valid depths only.")),
            "growth_rate": (self.tr("Growth rate k:"), self.tr(
                "<b>Growth rate k</b>: feature maps each dense layer adds. Layer ℓ of a block receives "
                "k₀ + k·(ℓ−1) maps.<br>Paper: k = 12, 24, 40; ImageNet k = 32 (48 for DenseNet-161).")),
            "compression": (self.tr("Compression θ:"), self.tr(
                "<b>Compression θ</b>: a transition keeps ⌊θ·m⌋ of the m maps it receives.<br>θ = 1: no "
                "compression (DenseNet); θ &lt; 1: DenseNet-C; the paper uses θ = 0.5.")),
            "bottleneck": (self.tr("Bottleneck (B):"), self.tr(
                "<b>Bottleneck</b>: a 1×1 conv to 4k maps before each 3×3 conv (BN-ReLU-Conv(1×1)-BN-ReLU-"
                "Conv(3×3)), cutting the cost of the growing input. DenseNet-B.")),
            "bn_size": (self.tr("Bottleneck width:"), self.tr(
                "Maps of the 1×1 bottleneck conv, in multiples of k (the paper: 4, so 4k maps).")),
            "block_layers": (self.tr("Layers per block:"), self.tr(
                "Dense layers in each block, separated by commas (1 to 8 blocks).<br>Paper: 16, 16, 16 for "
                "DenseNet-BC L=100; 6, 12, 24, 16 for DenseNet-121.")),
            "init_features": (self.tr("Initial features k₀:"), self.tr(
                "<b>k₀</b> of the first block: maps the first convolution produces.<br>The paper: 2k for "
                "DenseNet-BC, 16 for DenseNet; 64 for DenseNet-121.")),
            "stem": (self.tr("Stem:"), self.tr(
                "How the image enters: CIFAR nets start with one 3×3 conv; ImageNet nets with a 7×7 conv of "
                "stride 2 and a 3×3 max pool of stride 2.")),
            "input_size": (self.tr("Input size:"), self.tr("Height = width of the input image in pixels (CIFAR 32, "
                                                 "ImageNet 224). Each transition halves it.")),
            "num_classes": (self.tr("Classes:"), self.tr("Outputs of the classifier (CIFAR-10: 10, CIFAR-100: 100, "
                                               "ImageNet: 1000).")),
            "drop_rate": (self.tr("Dropout:"), self.tr("Dropout rate after each conv but the first; the paper uses 0.2 "
                                             "on C10, C100 and SVHN without data augmentation.")),
            "in_channels": (self.tr("Input channels:"), self.tr("3 for colour images, 1 for grey.")),
        }
        for key, (label, tip) in rows.items():
            f = self.fields[key]
            f.label.setText(label)
            f.label.setToolTip(tip)
            f.editor.setToolTip(tip)
        self.depth_slider.setToolTip(rows["depth"][1])
        self.growth_slider.setToolTip(rows["growth_rate"][1])
        self.compression_slider.setToolTip(rows["compression"][1])

