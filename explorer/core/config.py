"""Network configurations: frozen dataclasses, validation with messages a student understands, presets.

This module imports neither torch nor Qt: the window builds its ledger from these objects on every slider
tick, before torch has even been loaded.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import MISSING, asdict, dataclass, fields, replace
from typing import Any, ClassVar

__all__ = [
    "ConfigError",
    "DenseNetConfig",
    "NetworkConfig",
    "Preset",
    "PRESETS",
    "CONFIG_TYPES",
    "DEFAULT_PRESET",
    "register_config_type",
    "config_from_dict",
    "config_to_dict",
    "config_from_json",
    "config_to_json",
    "preset_config",
    "nearest_valid",
]


class ConfigError(ValueError):
    """An invalid value for a field, with the field, the value and what would be valid.

    ``str(err)`` is one sentence fit for a status line, a dialog or ``stderr``.
    """

    def __init__(self, field: str, value: Any, message: str, valid: str | None = None) -> None:
        self.field = field
        self.value = value
        self.valid = valid
        self.message = message
        text = f"{field} = {value!r}: {message}"
        if valid:
            text += f" (valid: {valid})"
        super().__init__(text)


# ---------------------------------------------------------------------------------------------- helpers


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool))


def check_int(name: str, value: Any, lo: int, hi: int) -> None:
    if not _is_int(value):
        raise ConfigError(name, value, "must be a whole number", f"{lo} to {hi}")
    if not lo <= value <= hi:
        raise ConfigError(name, value, "is out of range", f"{lo} to {hi}")


def check_float(name: str, value: Any, lo: float, hi: float, *, lo_open: bool = False,
                hi_open: bool = False) -> None:
    lo_s = f"{'(' if lo_open else '['}{lo:g}, {hi:g}{')' if hi_open else ']'}"
    if not _is_number(value):
        raise ConfigError(name, value, "must be a number", lo_s)
    if not math.isfinite(value):
        raise ConfigError(name, value, "must be a finite number", lo_s)
    below = value <= lo if lo_open else value < lo
    above = value >= hi if hi_open else value > hi
    if below or above:
        raise ConfigError(name, value, "is out of range", lo_s)


def check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigError(name, value, "must be true or false", "true, false")


def check_choice(name: str, value: Any, choices: Iterable[str]) -> None:
    choices = tuple(choices)
    if value not in choices:
        raise ConfigError(name, value, "is not one of the choices", ", ".join(choices))


def nearest_valid(value: int, is_valid, lo: int, hi: int, count: int = 2) -> list[int]:
    """The ``count`` valid integers nearest to ``value`` in [lo, hi] (ties: the smaller first)."""
    found: list[int] = []
    for dist in range(0, hi - lo + 1):
        for cand in (value - dist, value + dist) if dist else (value,):
            if lo <= cand <= hi and is_valid(cand) and cand not in found:
                found.append(cand)
        if len(found) >= count:
            break
    return sorted(found[:count])


# ----------------------------------------------------------------------------------------- DenseNet

MAX_BLOCKS = 8
MAX_LAYERS_PER_BLOCK = 10_000
MAX_GROWTH_RATE = 10_000
MAX_CHANNELS = 100_000
MAX_INPUT_SIZE = 4096
MAX_CLASSES = 100_000
STEMS = ("cifar", "imagenet")


def stem_output_size(stem: str, size: int) -> int:
    """Spatial size after the stem: 3x3/1 conv for CIFAR; 7x7/2 conv then 3x3/2 max pool for ImageNet."""
    if stem == "imagenet":
        size = (size + 2 * 3 - 7) // 2 + 1
        size = (size + 2 * 1 - 3) // 2 + 1
    return size


@dataclass(frozen=True)
class DenseNetConfig:
    """A DenseNet (Huang et al., 2017). Depth L is derived from the block layout (see ``depth``)."""

    family: ClassVar[str] = "densenet"

    growth_rate: int = 12  # k: feature maps each dense layer adds
    block_layers: tuple[int, ...] = (16, 16, 16)  # dense layers in each block
    bottleneck: bool = True  # B: a 1x1 conv to bn_size*k maps before each 3x3 conv
    bn_size: int = 4  # bottleneck width, in multiples of k
    compression: float = 0.5  # theta: a transition keeps floor(theta*m) of its m input maps
    init_features: int | None = None  # k0 of block 1: None = the paper's (2k for BC, 16 otherwise)
    stem: str = "cifar"  # "cifar": 3x3 conv; "imagenet": 7x7/2 conv, BN, ReLU, 3x3/2 max pool
    drop_rate: float = 0.0  # dropout after each convolution but the first
    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32  # height = width of the input image

    def __post_init__(self) -> None:
        # Accept lists (from JSON or widgets) but store an immutable tuple.
        if isinstance(self.block_layers, list):
            object.__setattr__(self, "block_layers", tuple(self.block_layers))
        if _is_int(self.compression):
            object.__setattr__(self, "compression", float(self.compression))
        if _is_int(self.drop_rate):
            object.__setattr__(self, "drop_rate", float(self.drop_rate))
        self.validate()

    # -- derived -----------------------------------------------------------------------------------

    @property
    def num_init_features(self) -> int:
        if self.init_features is not None:
            return self.init_features
        return 2 * self.growth_rate if (self.bottleneck and self.compression < 1) else 16

    @property
    def num_blocks(self) -> int:
        return len(self.block_layers)

    @property
    def convs_per_layer(self) -> int:
        return 2 if self.bottleneck else 1

    @property
    def depth(self) -> int:
        """L as the paper counts it: conv layers in dense layers and transitions, the first conv, the
        classifier (densenet121: 2*(6+12+24+16) + 3 + 1 + 1 = 121)."""
        return self.convs_per_layer * sum(self.block_layers) + (self.num_blocks - 1) + 2

    @property
    def variant_name(self) -> str:
        """"DenseNet", "DenseNet-B", "DenseNet-C" or "DenseNet-BC", as the paper names them."""
        suffix = ("B" if self.bottleneck else "") + ("C" if self.compression < 1 else "")
        return "DenseNet" + (f"-{suffix}" if suffix else "")

    @property
    def title(self) -> str:
        return f"{self.variant_name} (L={self.depth}, k={self.growth_rate})"

    # -- validation --------------------------------------------------------------------------------

    def validate(self) -> None:
        check_int("growth_rate", self.growth_rate, 1, MAX_GROWTH_RATE)
        if not isinstance(self.block_layers, tuple) or not self.block_layers:
            raise ConfigError("block_layers", self.block_layers, "must be a list of layer counts",
                              f"1 to {MAX_BLOCKS} blocks")
        if len(self.block_layers) > MAX_BLOCKS:
            raise ConfigError("block_layers", list(self.block_layers), "has too many blocks",
                              f"1 to {MAX_BLOCKS} blocks")
        for i, n in enumerate(self.block_layers):
            check_int(f"block_layers[{i}]", n, 1, MAX_LAYERS_PER_BLOCK)
        check_bool("bottleneck", self.bottleneck)
        check_int("bn_size", self.bn_size, 1, 16)
        check_float("compression", self.compression, 0.0, 1.0, lo_open=True)
        if self.init_features is not None:
            check_int("init_features", self.init_features, 1, MAX_CHANNELS)
        check_choice("stem", self.stem, STEMS)
        check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        check_int("num_classes", self.num_classes, 1, MAX_CLASSES)
        check_int("in_channels", self.in_channels, 1, 64)
        check_int("input_size", self.input_size, 1, MAX_INPUT_SIZE)
        min_size = self.min_input_size()
        if self.input_size < min_size:
            raise ConfigError("input_size", self.input_size,
                              f"is too small for the {self.stem} stem and {self.num_blocks - 1} "
                              "transitions (each halves the size)", f"at least {min_size}")
        # Every transition must keep at least one feature map.
        channels = self.num_init_features
        for i, n in enumerate(self.block_layers[:-1]):
            channels += n * self.growth_rate
            kept = int(math.floor(self.compression * channels))
            if kept < 1:
                raise ConfigError("compression", self.compression,
                                  f"leaves no feature maps after transition {i + 1} "
                                  f"(floor({self.compression:g} x {channels}) = 0)",
                                  f"at least {1 / channels:.3g}")
            channels = kept

    def min_input_size(self) -> int:
        size = 1
        while size < MAX_INPUT_SIZE and not self._fits(size):
            size += 1
        return size

    def _fits(self, size: int) -> bool:
        s = stem_output_size(self.stem, size)
        if s < 1:
            return False
        for _ in range(self.num_blocks - 1):
            s //= 2
            if s < 1:
                return False
        return True

    # -- construction ------------------------------------------------------------------------------

    @staticmethod
    def layers_for_depth(depth: int, num_blocks: int, bottleneck: bool) -> tuple[int, ...]:
        """The CIFAR rule: (L-4)/3 layers per block for 3 blocks, (L-4)/6 with bottleneck; generally
        (L - num_blocks - 1) / (num_blocks * convs per layer), the same in every block."""
        check_int("num_blocks", num_blocks, 1, MAX_BLOCKS)
        per = 2 if bottleneck else 1
        max_depth = per * num_blocks * MAX_LAYERS_PER_BLOCK + num_blocks + 1
        check_int("depth", depth, 1, max_depth)

        def ok(d: int) -> bool:
            rest = d - num_blocks - 1
            return rest > 0 and rest % (per * num_blocks) == 0

        if not ok(depth):
            near = nearest_valid(depth, ok, 1, max_depth)
            rule = f"(L - {num_blocks + 1}) / {per * num_blocks}"
            raise ConfigError("depth", depth,
                              f"does not fit {num_blocks} equal blocks"
                              f"{' with bottleneck' if bottleneck else ''}: {rule} must be a whole "
                              "number", "nearest " + " or ".join(map(str, near)))
        n = (depth - num_blocks - 1) // (per * num_blocks)
        return (n,) * num_blocks

    @classmethod
    def from_depth(cls, depth: int, num_blocks: int = 3, bottleneck: bool = True,
                   **kwargs: Any) -> DenseNetConfig:
        layers = cls.layers_for_depth(depth, num_blocks, bottleneck)
        return cls(block_layers=layers, bottleneck=bottleneck, **kwargs)

    def replace(self, **changes: Any) -> DenseNetConfig:
        return replace(self, **changes)

    def with_depth(self, depth: int) -> DenseNetConfig:
        return replace(self, block_layers=self.layers_for_depth(depth, self.num_blocks, self.bottleneck))


NetworkConfig = DenseNetConfig  # widened to a Union as families are added (see CONFIG_TYPES)

CONFIG_TYPES: dict[str, type] = {"densenet": DenseNetConfig}


def register_config_type(cls: type) -> type:
    CONFIG_TYPES[cls.family] = cls
    return cls


# --------------------------------------------------------------------------------------- JSON round-trip


def config_to_dict(config: Any) -> dict[str, Any]:
    data = {"family": config.family}
    for key, value in asdict(config).items():
        data[key] = list(value) if isinstance(value, tuple) else value
    return data


def config_from_dict(data: Any) -> Any:
    """A config from a dict (e.g. parsed JSON); refuses unknown, missing-family and ill-typed fields."""
    if not isinstance(data, dict):
        raise ConfigError("config", type(data).__name__, "must be a JSON object", "{...}")
    data = dict(data)
    family = data.pop("family", "densenet")
    if family not in CONFIG_TYPES:
        raise ConfigError("family", family, "is not a known network family", ", ".join(CONFIG_TYPES))
    cls = CONFIG_TYPES[family]
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(unknown[0], data[unknown[0]], f"is not a field of a {family} config",
                          ", ".join(known))
    for name, f in known.items():
        if name not in data and f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(name, None, "is missing", "required")
    for name, value in data.items():
        if isinstance(value, list):
            data[name] = tuple(value)
    try:
        return cls(**data)
    except TypeError as exc:  # e.g. a list where a number belongs, compared inside validation
        raise ConfigError("config", data, f"has a value of the wrong type ({exc})") from None


def config_to_json(config: Any) -> str:
    return json.dumps(config_to_dict(config), indent=2) + "\n"


def config_from_json(text: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError("config", "…", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                          f"{exc.msg})") from None
    return config_from_dict(data)


# ---------------------------------------------------------------------------------------------- presets


@dataclass(frozen=True)
class Preset:
    name: str
    config: Any
    group: str  # "CIFAR" or "ImageNet" (other families add their own groups)
    label: str  # how the paper names it
    paper_params: str | None = None  # the paper's rounded figure, e.g. "0.8M" (10 classes)
    note: str = ""


def _bc_imagenet(k: int, blocks: tuple[int, ...], init: int) -> DenseNetConfig:
    return DenseNetConfig(growth_rate=k, block_layers=blocks, bottleneck=True, compression=0.5,
                          init_features=init, stem="imagenet", num_classes=1000, input_size=224)


def _cifar(depth: int, k: int, bc: bool) -> DenseNetConfig:
    return DenseNetConfig.from_depth(depth, 3, bc, growth_rate=k, compression=0.5 if bc else 1.0)


PRESETS: dict[str, Preset] = {p.name: p for p in [
    Preset("densenet121", _bc_imagenet(32, (6, 12, 24, 16), 64), "ImageNet", "DenseNet-121"),
    Preset("densenet169", _bc_imagenet(32, (6, 12, 32, 32), 64), "ImageNet", "DenseNet-169"),
    Preset("densenet201", _bc_imagenet(32, (6, 12, 48, 32), 64), "ImageNet", "DenseNet-201"),
    Preset("densenet264", _bc_imagenet(32, (6, 12, 64, 48), 64), "ImageNet", "DenseNet-264",
           note="Counted as the paper counts DenseNet-121 (2 convs per layer, transitions, first conv, "
           "classifier), this network has 265 layers; the paper's name says 264."),
    Preset("densenet161", _bc_imagenet(48, (6, 12, 36, 24), 96), "ImageNet", "DenseNet-161 (k=48)"),
    Preset("densenet-l40-k12", _cifar(40, 12, False), "CIFAR", "DenseNet (k=12), L=40", "1.0M"),
    Preset("densenet-l100-k12", _cifar(100, 12, False), "CIFAR", "DenseNet (k=12), L=100", "7.0M"),
    Preset("densenet-l100-k24", _cifar(100, 24, False), "CIFAR", "DenseNet (k=24), L=100", "27.2M"),
    Preset("densenet-bc-l100-k12", _cifar(100, 12, True), "CIFAR", "DenseNet-BC (k=12), L=100", "0.8M"),
    Preset("densenet-bc-l250-k24", _cifar(250, 24, True), "CIFAR", "DenseNet-BC (k=24), L=250", "15.3M"),
    Preset("densenet-bc-l190-k40", _cifar(190, 40, True), "CIFAR", "DenseNet-BC (k=40), L=190", "25.6M"),
]}

DEFAULT_PRESET = "densenet-bc-l100-k12"


def preset_config(name: str, **overrides: Any) -> Any:
    """The preset's config with any fields overridden (validated)."""
    if name not in PRESETS:
        close = sorted(PRESETS, key=lambda p: _edit_distance(p, name))[:2]
        raise ConfigError("preset", name, "is not a known preset", "did you mean " + " or ".join(close))
    config = PRESETS[name].config
    return replace(config, **overrides) if overrides else config


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

