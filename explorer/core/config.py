"""Network configurations: frozen dataclasses, validation with messages a student understands, presets.

This module imports neither torch nor Qt: the window builds its ledger from these objects on every slider
tick, before torch has even been loaded.
"""

from __future__ import annotations

import json
import math
import re
import reprlib
from collections.abc import Iterable
from dataclasses import MISSING, asdict, dataclass, fields, replace
from typing import Any, ClassVar

from .messages import M, Message, as_message

__all__ = [
    "ConfigError",
    "DenseNetConfig",
    "PlainConfig",
    "ResNetConfig",
    "PreActResNetConfig",
    "WideResNetConfig",
    "FractalNetConfig",
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
    "short_repr",
    "short_text",
    "parse_int",
    "parse_float",
    "parse_int_list",
]


class ConfigError(ValueError):
    """An invalid value for a field, with the field, the value and what would be valid.

    ``str(err)`` is one sentence fit for a status line, a dialog or ``stderr`` (English). ``message`` and
    ``valid`` may be ``Message``s (core/messages.py): the UI then renders the same parts in its language
    (``parts``, ``valid_parts``, with the field and the value); a plain string is shown as it is.
    """

    def __init__(self, field: str, value: Any, message: str, valid: str | None = None) -> None:
        self.field = field
        self.value = value
        self.valid = valid
        self.message = message
        self.parts: Message = as_message(message)
        self.valid_parts: Message | None = as_message(valid) if valid else None
        text = f"{short_text(field)} = {short_repr(value)}: {message}"  # a value of any size: a short excerpt
        if valid:
            text += f" (valid: {valid})"
        super().__init__(text)


# ------------------------------------------------------------------------------- values shown in messages

SHOWN_CHARS = 240  # a string value longer than this (a path is rarely) is shown as its start, end and length


class _ShortRepr(reprlib.Repr):
    """``repr`` with bounded size and depth: strings, lists and dicts of any size or nesting become a short
    excerpt (a 200 MB string is shown as its first and last characters and its length), and an integer of
    thousands of digits (which ``repr`` refuses past 4300) as its digit count. Never builds the full repr."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel, self.maxtuple, self.maxlist, self.maxdict, self.maxset = 3, 6, 6, 4, 6
        self.maxother = 80

    def repr_str(self, x: str, level: int) -> str:
        if len(x) <= SHOWN_CHARS:
            return repr(x)
        head, tail = x[:SHOWN_CHARS * 2 // 3], x[-(SHOWN_CHARS // 3):]
        return f"{head!r}…{tail!r} ({len(x):,} characters)"

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() <= 128:
            return repr(x)
        digits = int(x.bit_length() * math.log10(2)) + 1  # within one of the true count, without str(x)
        return f"{'-' if x < 0 else ''}<a whole number of about {digits:,} digits>"

    def repr_instance(self, x: Any, level: int) -> str:
        if isinstance(x, bool) or x is None:
            return repr(x)
        if isinstance(x, float):
            return repr(x)
        if isinstance(x, (str, int)):  # subclasses
            return self.repr_str(str(x), level) if isinstance(x, str) else self.repr_int(int(x), level)
        return f"<{type(x).__name__}>"  # an object whose repr could be of any size: its type only


_SHORT = _ShortRepr()


def short_repr(value: Any) -> str:
    """The value as a message shows it: its repr, cut to a few dozen characters (with the length kept)."""
    try:
        return _SHORT.repr(value)
    except (ValueError, RecursionError, TypeError):
        return f"<{type(value).__name__}>"


def short_text(text: Any) -> str:
    """A name (a field, a key from a file) for a message: non-printable characters escaped as repr does, and
    cut to its start, end and length when long."""
    text = text if isinstance(text, str) else short_repr(text)
    if len(text) > SHOWN_CHARS:
        return short_repr(text)
    return text if text.isprintable() else repr(text)[1:-1]


# ---------------------------------------------------------------------------------------------- helpers


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool))


def _float_of_int(value: int) -> float | int:
    """A whole number as a float where a float holds it; a larger one (10**400) stays an int, which the
    range check then refuses by name instead of an OverflowError."""
    return float(value) if abs(value) < 2**1023 else value


def _int_range(lo: int, hi: int) -> Message:
    return M("range.int", "{lo} to {hi}")(lo=lo, hi=hi)


def check_int(name: str, value: Any, lo: int, hi: int) -> None:
    if not _is_int(value):
        raise ConfigError(name, value, M("config.not_int", "must be a whole number"), _int_range(lo, hi))
    if not lo <= value <= hi:
        raise ConfigError(name, value, M("config.out_of_range", "is out of range"), _int_range(lo, hi))


def check_float(name: str, value: Any, lo: float, hi: float, *, lo_open: bool = False,
                hi_open: bool = False) -> None:
    lo_s = f"{'(' if lo_open else '['}{lo:g}, {hi:g}{')' if hi_open else ']'}"
    if not _is_number(value):
        raise ConfigError(name, value, M("config.not_number", "must be a number"), lo_s)
    if isinstance(value, int) and abs(value) >= 2**1023:  # math.isfinite(10**400) raises OverflowError
        raise ConfigError(name, value, M("config.out_of_range", "is out of range"), lo_s)
    if not math.isfinite(value):
        raise ConfigError(name, value, M("config.not_finite", "must be a finite number"), lo_s)
    below = value <= lo if lo_open else value < lo
    above = value >= hi if hi_open else value > hi
    if below or above:
        raise ConfigError(name, value, M("config.out_of_range", "is out of range"), lo_s)


def check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigError(name, value, M("config.not_bool", "must be true or false"),
                          M("range.bool", "true, false"))


def check_choice(name: str, value: Any, choices: Iterable[str]) -> None:
    choices = tuple(choices)
    if value not in choices:
        raise ConfigError(name, value, M("config.not_choice", "is not one of the choices"), ", ".join(choices))


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
STEM_NAMES = {"cifar": M("stem.cifar", "cifar"), "imagenet": M("stem.imagenet", "imagenet")}


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
            object.__setattr__(self, "compression", _float_of_int(self.compression))
        if _is_int(self.drop_rate):
            object.__setattr__(self, "drop_rate", _float_of_int(self.drop_rate))
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
            raise ConfigError("block_layers", self.block_layers,
                              M("config.not_layer_list", "must be a list of layer counts"), _blocks_range())
        if len(self.block_layers) > MAX_BLOCKS:
            raise ConfigError("block_layers", list(self.block_layers),
                              M("config.too_many_blocks", "has too many blocks"), _blocks_range())
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
                              M("config.input_too_small_dense", "is too small for the {stem} stem and "
                                "{transitions} transitions (each halves the size)")(
                                  stem=STEM_NAMES.get(self.stem, self.stem), transitions=self.num_blocks - 1),
                              _at_least(min_size))
        # Every transition must keep at least one feature map.
        channels = self.num_init_features
        for i, n in enumerate(self.block_layers[:-1]):
            channels += n * self.growth_rate
            kept = int(math.floor(self.compression * channels))
            if kept < 1:
                raise ConfigError("compression", self.compression,
                                  M("config.compression_empty", "leaves no feature maps after transition "
                                    "{index} (floor({theta} x {channels}) = 0)")(
                                      index=i + 1, theta=f"{self.compression:g}", channels=channels),
                                  _at_least(f"{1 / channels:.3g}"))
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
            if bottleneck:
                why = M("config.depth_blocks_bottleneck", "does not fit {blocks} equal blocks with bottleneck: "
                        "{rule} must be a whole number")
            else:
                why = M("config.depth_blocks", "does not fit {blocks} equal blocks: {rule} must be a whole number")
            raise ConfigError("depth", depth, why(blocks=num_blocks, rule=rule), _nearest(near))
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


# ------------------------------------------------------------------------- the families the paper compares
#
# Each is built as its own paper describes, for CIFAR-sized inputs. Depth counts as those papers count it:
# the weighted layers on the longest path (first conv, the convs of every residual unit, the classifier).

MAX_UNITS_PER_STAGE = 2_000
MAX_WIDTH = 4_096
RESNET_SHORTCUTS = ("A", "B")

_COMMON_HELP = {
    "num_classes": M("help.common.num_classes",
        "Classes the classifier tells apart (10 for CIFAR-10, 100 for CIFAR-100)."),
    "in_channels": M("help.common.in_channels",
        "Input channels: 3 for colour images, 1 for grey."),
    "input_size": M("help.common.input_size",
        "Height = width of the input image in pixels (32 for CIFAR)."),
}


def _at_least(n: Any) -> Message:
    return M("range.at_least", "at least {n}")(n=n)


def _blocks_range() -> Message:
    return M("range.blocks", "1 to {max} blocks")(max=MAX_BLOCKS)


def _nearest(values: list[int]) -> Message:
    """"nearest 100 or 106" (or one value)."""
    if len(values) >= 2:
        return M("range.nearest2", "nearest {a} or {b}")(a=values[0], b=values[1])
    return M("range.nearest1", "nearest {a}")(a=values[0] if values else "?")


def _check_depth_rule(depth: Any, per_unit: int, extra: int, what: str) -> int:
    """Depth must be per_unit * n + extra with n >= 1 units per stage; returns n or raises with the nearest."""
    max_depth = per_unit * MAX_UNITS_PER_STAGE + extra
    check_int("depth", depth, per_unit + extra, max_depth)

    def ok(d: int) -> bool:
        return d - extra > 0 and (d - extra) % per_unit == 0

    if not ok(depth):
        near = nearest_valid(depth, ok, per_unit + extra, max_depth)
        raise ConfigError("depth", depth, M("config.depth_rule", "is not {per}n+{extra} ({what})")(
            per=per_unit, extra=extra, what=what), _nearest(near))
    return (depth - extra) // per_unit


class _CommonChecks:
    """Shared by the comparison families: the fields every classifier has, and ``replace``."""

    def _check_common(self) -> None:
        check_int("num_classes", self.num_classes, 1, MAX_CLASSES)  # type: ignore[attr-defined]
        check_int("in_channels", self.in_channels, 1, 64)  # type: ignore[attr-defined]
        check_int("input_size", self.input_size, 1, MAX_INPUT_SIZE)  # type: ignore[attr-defined]

    def replace(self, **changes: Any) -> Any:
        return replace(self, **changes)  # type: ignore[type-var]


class _HeStages(_CommonChecks):
    """He et al.'s CIFAR layout: 3 stages of ``width``, 2x and 4x channels, n two-conv units each (6n+2)."""

    @property
    def units_per_stage(self) -> int:
        return (self.depth - 2) // 6  # type: ignore[attr-defined]

    @property
    def stage_widths(self) -> tuple[int, int, int]:
        w = self.width  # type: ignore[attr-defined]
        return (w, 2 * w, 4 * w)


def stride2_size(size: int) -> int:
    """Output size of a 3x3 (or 1x1) convolution with stride 2 and 'same' padding: ceil(size / 2)."""
    return (size - 1) // 2 + 1


@dataclass(frozen=True)
class PlainConfig(_HeStages):
    """He et al. (2016)'s plain CIFAR network: a chain x_l = H_l(x_(l-1)) of 3x3 conv-BN-ReLU layers, the
    ResNet without its shortcuts (so it has exactly the ResNet's parameters)."""

    family: ClassVar[str] = "plain"
    FIELD_HELP: ClassVar[dict[str, str]] = {
        "depth": M("help.plain.depth",

            "L = 6n + 2: n two-conv units in each of 3 stages, plus the first conv and the classifier "
                 "(He et al. 2016 train 20, 32, 44, 56 and 110)."),
        "width": M("help.plain.width",
            "Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper)."),
        **_COMMON_HELP,
    }
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}

    depth: int = 20  # 6n+2
    width: int = 16  # channels of stage 1 (then 2x, 4x)
    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        _check_depth_rule(self.depth, 6, 2, M("depth.plain", "3 stages of n units of 2 convs, plus the first "
                                              "conv and the classifier"))
        check_int("width", self.width, 1, MAX_WIDTH)
        self._check_common()

    @property
    def title(self) -> str:
        return M("title.plain", "Plain-{depth} (no shortcuts)")(depth=self.depth)

    def with_depth(self, depth: int) -> PlainConfig:
        return replace(self, depth=depth)


@dataclass(frozen=True)
class ResNetConfig(_HeStages):
    """He et al. (2016)'s CIFAR ResNet: x_l = ReLU(H_l(x_(l-1)) + x_(l-1)), basic two-conv units, 3 stages
    of 16/32/64 channels; optionally trained with stochastic depth (Huang et al. 2016)."""

    family: ClassVar[str] = "resnet"
    FIELD_HELP: ClassVar[dict[str, str]] = {
        "depth": M("help.resnet.depth",

            "L = 6n + 2: n residual units of two 3x3 convs in each of 3 stages, plus the first conv "
                 "and the classifier (ResNet-110: n = 18; ResNet-1202: n = 200)."),
        "width": M("help.resnet.width",
            "Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper)."),
        "shortcut": M("help.resnet.shortcut",
            "Where a stage doubles the channels and halves the size: A = identity, subsampled and "
                    "padded with zeros (no parameters; He et al.'s choice on CIFAR); B = a 1x1 conv "
                    "projection with BN there."),
        "survival_last": M("help.resnet.survival_last",
            "Stochastic depth (training only): p_L, the chance that the last residual unit "
                         "runs in a training step; unit l of L runs with 1 - (l/L)(1 - p_L). At test time "
                         "every unit runs, scaled by its p_l. 1 = off (a plain ResNet); Huang et al. use 0.5."),
        **_COMMON_HELP,
    }
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {"shortcut": RESNET_SHORTCUTS}

    depth: int = 110  # 6n+2
    width: int = 16  # channels of stage 1 (then 2x, 4x)
    shortcut: str = "A"  # "A": zero-padded identity; "B": 1x1 projection where the shape changes
    survival_last: float = 1.0  # p_L of stochastic depth; 1 = off
    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32

    def __post_init__(self) -> None:
        if _is_int(self.survival_last):
            object.__setattr__(self, "survival_last", _float_of_int(self.survival_last))
        self.validate()

    def validate(self) -> None:
        _check_depth_rule(self.depth, 6, 2, M("depth.resnet", "3 stages of n residual units of 2 convs, plus "
                                              "the first conv and the classifier"))
        check_int("width", self.width, 1, MAX_WIDTH)
        check_choice("shortcut", self.shortcut, RESNET_SHORTCUTS)
        check_float("survival_last", self.survival_last, 0.0, 1.0, lo_open=True)
        self._check_common()

    @property
    def stochastic_depth(self) -> bool:
        return self.survival_last < 1.0

    def survival_probabilities(self) -> list[float]:
        """p_l = 1 - (l/L)(1 - p_L) for the L residual units, in order (Huang et al. 2016, linear decay)."""
        total = 3 * self.units_per_stage
        return [1.0 - (ell / total) * (1.0 - self.survival_last) for ell in range(1, total + 1)]

    @property
    def title(self) -> str:
        if self.stochastic_depth:
            return M("title.resnet_sd", "ResNet-{depth} with stochastic depth (p_L={p})")(
                depth=self.depth, p=f"{self.survival_last:g}")
        return f"ResNet-{self.depth}"

    def with_depth(self, depth: int) -> ResNetConfig:
        return replace(self, depth=depth)


@dataclass(frozen=True)
class PreActResNetConfig(_HeStages):
    """He et al. (2016b) "Identity mappings": BN-ReLU before each conv, a clean identity path; on CIFAR the
    deep ones use bottleneck units (1x1, 3x3, 1x1 with 4x expansion)."""

    family: ClassVar[str] = "preact_resnet"
    FIELD_HELP: ClassVar[dict[str, str]] = {
        "depth": M("help.preact_resnet.depth",

            "With bottleneck: L = 9n + 2 (n units of 3 convs per stage; 164: n = 18, 1001: n = 111); "
                 "without: L = 6n + 2."),
        "bottleneck": M("help.preact_resnet.bottleneck",
            "Units of BN-ReLU-1x1, BN-ReLU-3x3, BN-ReLU-1x1 that end with 4x the unit's width "
                      "(64/128/256 channels leave the stages); off: two BN-ReLU-3x3 convs."),
        "width": M("help.preact_resnet.width",
            "Bottleneck width of stage 1 (16 in the paper); stages 2 and 3 have 2x and 4x."),
        **_COMMON_HELP,
    }
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}
    EXPANSION: ClassVar[int] = 4

    depth: int = 164  # 9n+2 with bottleneck, 6n+2 without
    bottleneck: bool = True
    width: int = 16
    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        check_bool("bottleneck", self.bottleneck)
        if self.bottleneck:
            _check_depth_rule(self.depth, 9, 2, M("depth.preact_bottleneck", "3 stages of n bottleneck units of "
                                                  "3 convs, plus the first conv and the classifier"))
        else:
            _check_depth_rule(self.depth, 6, 2, M("depth.plain", "3 stages of n units of 2 convs, plus the first "
                                                  "conv and the classifier"))
        check_int("width", self.width, 1, MAX_WIDTH)
        self._check_common()

    @property
    def convs_per_unit(self) -> int:
        return 3 if self.bottleneck else 2

    @property
    def units_per_stage(self) -> int:
        return (self.depth - 2) // (3 * self.convs_per_unit)

    @property
    def stage_outputs(self) -> tuple[int, int, int]:
        e = self.EXPANSION if self.bottleneck else 1
        return tuple(e * w for w in self.stage_widths)  # type: ignore[return-value]

    @property
    def title(self) -> str:
        if self.bottleneck:
            return M("title.preact_bottleneck", "Pre-activation ResNet-{depth} (bottleneck)")(depth=self.depth)
        return M("title.preact", "Pre-activation ResNet-{depth}")(depth=self.depth)

    def with_depth(self, depth: int) -> PreActResNetConfig:
        return replace(self, depth=depth)


@dataclass(frozen=True)
class WideResNetConfig(_CommonChecks):
    """Zagoruyko & Komodakis (2016): fewer, wider pre-activation basic units; WRN-d-k has depth d = 6n + 4
    and stage widths 16k/32k/64k, with 1x1 projection shortcuts where the width changes."""

    family: ClassVar[str] = "wide_resnet"
    FIELD_HELP: ClassVar[dict[str, str]] = {
        "depth": M("help.wide_resnet.depth",

            "d = 6n + 4: n units of two 3x3 convs per stage; the first conv, the 1x1 projections and "
                 "the classifier make up the 4 (WRN-16: n = 2, WRN-28: n = 4)."),
        "widen_factor": M("help.wide_resnet.widen_factor",
            "k: stage widths are 16k, 32k, 64k (k = 1 is a thin pre-activation ResNet)."),
        "drop_rate": M("help.wide_resnet.drop_rate",
            "Dropout between the two convs of each unit (the paper uses 0.3 on CIFAR, 0.4 on SVHN)."),
        **_COMMON_HELP,
    }
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}

    depth: int = 28  # 6n+4
    widen_factor: int = 10  # k
    drop_rate: float = 0.0
    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32

    def __post_init__(self) -> None:
        if _is_int(self.drop_rate):
            object.__setattr__(self, "drop_rate", _float_of_int(self.drop_rate))
        self.validate()

    def validate(self) -> None:
        _check_depth_rule(self.depth, 6, 4, M("depth.wide", "3 stages of n units of 2 convs, plus the first "
                                              "conv, the projection shortcuts and the classifier"))
        check_int("widen_factor", self.widen_factor, 1, 64)
        check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        self._check_common()

    @property
    def units_per_stage(self) -> int:
        return (self.depth - 4) // 6

    @property
    def stem_width(self) -> int:
        return 16

    @property
    def stage_widths(self) -> tuple[int, int, int]:
        k = self.widen_factor
        return (16 * k, 32 * k, 64 * k)

    @property
    def title(self) -> str:
        if self.drop_rate:
            return M("title.wrn_dropout", "WRN-{depth}-{k} (dropout {p})")(depth=self.depth, k=self.widen_factor,
                                                                          p=f"{self.drop_rate:g}")
        return f"WRN-{self.depth}-{self.widen_factor}"

    def with_depth(self, depth: int) -> WideResNetConfig:
        return replace(self, depth=depth)


@dataclass(frozen=True)
class FractalNetConfig(_CommonChecks):
    """Larsson et al. (2017): B fractal blocks of C columns, f_1(z) = conv(z), f_(C+1)(z) = join(f_C(f_C(z)),
    conv(z)); joins take the elementwise mean; 2x2 max pooling after each block. No residuals."""

    family: ClassVar[str] = "fractalnet"
    FIELD_HELP: ClassVar[dict[str, str]] = {
        "columns": M("help.fractalnet.columns",

            "C: columns per block. Column c holds 2^(c-1) conv-BN-ReLU units, so the deepest path "
                   "through a block has 2^(C-1) convs (C = 3: 4)."),
        "channels": M("help.fractalnet.channels",
            "Channels of each block; the number of entries is B, the number of blocks (the paper: "
                    "64, 128, 256, 512, 512). Each block ends with a 2x2 max pool."),
        "drop_path": M("help.fractalnet.drop_path",
            "Local drop-path (training only): each input of a join is dropped with this chance, "
                     "at least one kept (the paper: 0.15)."),
        "global_paths": M("help.fractalnet.global_paths",
            "Global drop-path (training only): the share of training steps that keep one "
                        "column, the same in every block, for the whole network (the paper: 0.5)."),
        "drop_rate": M("help.fractalnet.drop_rate",
            "Dropout after each conv, rising linearly from 0 in block 1 to this in block B (the "
                     "paper: 0, 0.1, 0.2, 0.3, 0.4)."),
        **_COMMON_HELP,
    }
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}
    MAX_COLUMNS: ClassVar[int] = 6

    columns: int = 3  # C
    channels: tuple[int, ...] = (64, 128, 256, 512, 512)  # one per block: B = len(channels)
    drop_path: float = 0.0  # local drop-path probability per join input
    global_paths: float = 0.0  # share of batches trained on a single (global) column
    drop_rate: float = 0.0  # dropout of the last block; block b gets drop_rate * (b-1)/(B-1)
    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32

    def __post_init__(self) -> None:
        if isinstance(self.channels, list):
            object.__setattr__(self, "channels", tuple(self.channels))
        for name in ("drop_path", "global_paths", "drop_rate"):
            if _is_int(getattr(self, name)):
                object.__setattr__(self, name, _float_of_int(getattr(self, name)))
        self.validate()

    def validate(self) -> None:
        check_int("columns", self.columns, 1, self.MAX_COLUMNS)
        if not isinstance(self.channels, tuple) or not self.channels:
            raise ConfigError("channels", self.channels, M("config.not_channel_list", "must be a list of channel "
                                                           "counts, one per block"), _blocks_range())
        if len(self.channels) > MAX_BLOCKS:
            raise ConfigError("channels", list(self.channels), M("config.too_many_blocks", "has too many blocks"),
                              _blocks_range())
        for i, c in enumerate(self.channels):
            check_int(f"channels[{i}]", c, 1, MAX_WIDTH)
        check_float("drop_path", self.drop_path, 0.0, 1.0, hi_open=True)
        check_float("global_paths", self.global_paths, 0.0, 1.0)
        check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        self._check_common()
        need = 2 ** self.num_blocks
        if self.input_size < need:
            raise ConfigError("input_size", self.input_size,
                              M("config.input_too_small_fractal", "is too small for {blocks} blocks (each ends "
                                "with a 2x2 max pool)")(blocks=self.num_blocks), _at_least(need))

    @property
    def num_blocks(self) -> int:
        return len(self.channels)

    @property
    def convs_per_block(self) -> int:
        """Every conv unit of a block: 2^C - 1 (column c has 2^(c-1))."""
        return 2 ** self.columns - 1

    @property
    def longest_path(self) -> int:
        """Convs on the deepest column: B * 2^(C-1) (Larsson et al.'s "20 layers" for B=5, C=3)."""
        return self.num_blocks * 2 ** (self.columns - 1)

    @property
    def depth(self) -> int:
        """The longest path plus the classifier, as the DenseNet paper's table counts it (21 for B=5, C=3)."""
        return self.longest_path + 1

    def block_drop_rate(self, block: int) -> float:
        """Dropout of block ``block`` (1-based): linear from 0 to drop_rate."""
        if self.num_blocks == 1:
            return self.drop_rate
        return self.drop_rate * (block - 1) / (self.num_blocks - 1)

    @property
    def title(self) -> str:
        return f"FractalNet-{self.longest_path} (C={self.columns}, B={self.num_blocks})"


for _cls in (PlainConfig, ResNetConfig, PreActResNetConfig, WideResNetConfig, FractalNetConfig):
    register_config_type(_cls)


# --------------------------------------------------------------------------------------- JSON round-trip


def config_to_dict(config: Any) -> dict[str, Any]:
    data = {"family": config.family}
    for key, value in asdict(config).items():
        data[key] = list(value) if isinstance(value, tuple) else value
    return data


def config_from_dict(data: Any) -> Any:
    """A config from a dict (e.g. parsed JSON); refuses unknown, missing-family and ill-typed fields."""
    if not isinstance(data, dict):
        raise ConfigError("config", type(data).__name__, M("config.not_object", "must be a JSON object"), "{...}")
    data = dict(data)
    family = data.pop("family", "densenet")
    if not isinstance(family, str) or family not in CONFIG_TYPES:  # a list or an object is not a name
        raise ConfigError("family", family, M("config.unknown_family", "is not a known network family"),
                          ", ".join(CONFIG_TYPES))
    cls = CONFIG_TYPES[family]
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(unknown[0], data[unknown[0]], M("config.unknown_field", "is not a field of a {family} "
                                                          "config")(family=family), ", ".join(known))
    for name, f in known.items():
        if name not in data and f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(name, None, M("config.missing", "is missing"), M("range.required", "required"))
    for name, value in data.items():
        if isinstance(value, list):
            data[name] = tuple(value)
    try:
        return cls(**data)
    except TypeError as exc:  # e.g. a list where a number belongs, compared inside validation
        raise ConfigError("config", data, M("config.wrong_type", "has a value of the wrong type ({error})")(
            error=exc)) from None


def config_to_json(config: Any) -> str:
    return json.dumps(config_to_dict(config), indent=2) + "\n"


MAX_JSON_DIGITS = 400  # a whole number in a config file longer than this is refused unread


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different: ``json`` keeps the last of two equal keys, silently."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ConfigError(key, value, M("config.duplicate_key", "appears twice in the file (the first value "
                                            "would be dropped silently)"), M("range.each_once", "each field once"))
        data[key] = value
    return data


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:  # int() refuses past 4300 digits, with a ValueError
        raise ConfigError("config", f"<a whole number of {len(text.lstrip('-')):,} digits>",
                          M("config.json_digits", "holds a number with too many digits"),
                          M("range.at_most_digits", "at most {n} digits")(n=MAX_JSON_DIGITS))
    return int(text)


def config_from_json(text: str) -> Any:
    """A config from JSON text: invalid JSON, two equal keys, absurdly long numbers and nesting too deep for
    the parser are each one ConfigError, never a RecursionError or ValueError from ``json``."""
    try:
        data = json.loads(text, object_pairs_hook=_json_object, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise ConfigError("config", "…", M("config.bad_json", "is not valid JSON (line {line}, column {column}: "
                                           "{error})")(line=exc.lineno, column=exc.colno, error=exc.msg)) from None
    except RecursionError:
        raise ConfigError("config", "…", M("config.too_deep", "is nested too deeply (lists or objects inside one "
                                           "another hundreds of levels deep)"),
                          M("range.flat_json", "a flat JSON object of fields")) from None
    return config_from_dict(data)


# ------------------------------------------------------------------------------ numbers typed as text
#
# One strict reading of numbers typed on the command line (or anywhere text becomes a number): ASCII digits
# only (Python's int() also takes '１２' and '١٢'), no spaces around or inside, no '_' separators, no empty
# list items ('1,,2'), and at most MAX_TEXT_DIGITS digits (a 5000-digit number is refused without converting).

MAX_TEXT_DIGITS = 30
_INT_TEXT = re.compile(r"[+-]?[0-9]+")
_FLOAT_TEXT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_FLOAT_WORDS = re.compile(r"[+-]?(nan|inf|infinity)", re.IGNORECASE)  # read, then refused by each field's range


_EMPTY = M("config.empty", "is empty")
_INT_LIST = M("range.int_list", "whole numbers separated by commas, e.g. 16,16,16")


def parse_int(text: str, name: str = "value") -> int:
    """A whole number written with the digits 0-9 (an optional sign), or ConfigError naming ``name``."""
    if not isinstance(text, str) or not _INT_TEXT.fullmatch(text):
        why = (_EMPTY if text == "" else
               M("config.int_text", "must be a whole number written with the digits 0-9, no spaces"))
        raise ConfigError(name, text, why, M("range.eg", "e.g. {example}")(example="12"))
    if len(text.lstrip("+-")) > MAX_TEXT_DIGITS:
        raise ConfigError(name, text, M("config.too_many_digits", "has too many digits"),
                          M("range.at_most_digits", "at most {n} digits")(n=MAX_TEXT_DIGITS))
    return int(text)


def parse_float(text: str, name: str = "value") -> float:
    """A decimal number (digits 0-9, optional sign, point and exponent; 'nan' and 'inf' are read so that
    the field's range check can say why they do not fit), or ConfigError naming ``name``."""
    if isinstance(text, str) and _FLOAT_WORDS.fullmatch(text):
        return float(text)
    if not isinstance(text, str) or not _FLOAT_TEXT.fullmatch(text) or len(text) > 2 * MAX_TEXT_DIGITS:
        why = _EMPTY if text == "" else M("config.float_text", "must be a number written with the digits 0-9")
        raise ConfigError(name, text, why, M("range.eg_float", "e.g. 0.1 or 1e-4"))
    return float(text)


def parse_int_list(text: str, name: str = "value") -> tuple[int, ...]:
    """Whole numbers separated by commas ('6,12,24,16'), each read by ``parse_int``; no empty items."""
    if not isinstance(text, str) or text == "":
        raise ConfigError(name, text, _EMPTY, _INT_LIST)
    parts = text.split(",", MAX_BLOCKS)  # the last part holds the rest: never a million-item list
    values = []
    for i, part in enumerate(parts[:MAX_BLOCKS]):
        if part == "":
            raise ConfigError(name, text, M("config.empty_item", "has an empty item (item {n})")(n=i + 1), _INT_LIST)
        try:
            values.append(parse_int(part, f"{name}[{i}]"))
        except ConfigError as exc:
            raise ConfigError(name, text, M("config.bad_item", "item {n} ({item}) {reason}")(
                n=i + 1, item=short_repr(part), reason=exc.parts), _INT_LIST) from None
    if len(parts) > MAX_BLOCKS:
        raise ConfigError(name, text, M("config.too_many_items", "has {n} items")(n=f"{text.count(',') + 1:,}"),
                          M("range.numbers", "1 to {n} numbers")(n=MAX_BLOCKS))
    return tuple(values)


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
           note=M("note.densenet264", "Counted as the paper counts DenseNet-121 (2 convs per layer, transitions, "
                  "first conv, classifier), this network has 265 layers; the paper's name says 264.")),
    Preset("densenet161", _bc_imagenet(48, (6, 12, 36, 24), 96), "ImageNet", "DenseNet-161 (k=48)"),
    Preset("densenet-l40-k12", _cifar(40, 12, False), "CIFAR", "DenseNet (k=12), L=40", "1.0M"),
    Preset("densenet-l100-k12", _cifar(100, 12, False), "CIFAR", "DenseNet (k=12), L=100", "7.0M"),
    Preset("densenet-l100-k24", _cifar(100, 24, False), "CIFAR", "DenseNet (k=24), L=100", "27.2M"),
    Preset("densenet-bc-l100-k12", _cifar(100, 12, True), "CIFAR", "DenseNet-BC (k=12), L=100", "0.8M"),
    Preset("densenet-bc-l250-k24", _cifar(250, 24, True), "CIFAR", "DenseNet-BC (k=24), L=250", "15.3M"),
    Preset("densenet-bc-l190-k40", _cifar(190, 40, True), "CIFAR", "DenseNet-BC (k=40), L=190", "25.6M"),
]}

# The networks the paper compares with (its Table 2), each as its own paper builds it. Where the table's
# figure and the architecture's count disagree, the preset says so in ``note`` (the app shows both).
_RESNET_1202_NOTE = M("note.resnet1202",
    "He et al.'s 1202-layer CIFAR ResNet (n = 200 units per stage, 16/32/64 channels) has 19.4M parameters, "
    "as He et al. report; the DenseNet table prints 10.2M, the figure of the 1001-layer pre-activation "
    "ResNet below it, most likely copied by mistake. The architecture's count is shown beside the table's.")
_FRACTAL_NOTE = M("note.fractalnet",
    "Built as Larsson et al. describe it for CIFAR (B = 5 blocks, C = 3 columns, 64/128/256/512/512 channels, "
    "3x3 conv-BN-ReLU units, mean joins, 2x2 max pools, one linear classifier), the 20-layer FractalNet has "
    "33.7M parameters; Larsson et al. print 38.6M, and the DenseNet table copies it. Their paper does not "
    "say what the other 4.9M are. The table counts 21 layers: the 20 convs of the deepest path and the "
    "classifier.")
_PREACT_1001_NOTE = M("note.preact1001",
    "Built as He et al. (2016b) describe it (n = 111 bottleneck units per stage, widths 16/32/64, 4x expansion, "
    "1x1 projections where the shape changes) it has 10.33M parameters, 10.3M at the table's rounding. The "
    "table's 10.2M is the count without the batch-norm scales and shifts (10.18M of conv and linear weights); "
    "both are shown.")
_PLAIN_NOTE = M("note.plain", "He et al.'s plain counterpart: the ResNet of the same depth without shortcuts, "
               "so exactly its parameters (option A shortcuts have none). Not in the DenseNet table.")
GROUP_PLAIN = M("group.plain", "Plain")
GROUP_PREACT = M("group.preact", "Pre-act ResNet")
GROUP_WIDE = M("group.wide", "Wide ResNet")


def _label_plain(depth: int) -> Message:
    return M("preset.plain", "Plain net, L={depth}")(depth=depth)


def _label_sd(depth: int) -> Message:
    return M("preset.resnet_sd", "ResNet with Stochastic Depth, L={depth}")(depth=depth)


def _label_preact(depth: int) -> Message:
    return M("preset.preact", "ResNet (pre-activation), L={depth}")(depth=depth)


def _label_wide(depth: int, k: int) -> Message:
    return M("preset.wide", "Wide ResNet, L={depth} (k={k})")(depth=depth, k=k)


_FAMILY_PRESETS = [
    Preset("plain-20", PlainConfig(depth=20), GROUP_PLAIN, _label_plain(20), note=_PLAIN_NOTE),
    Preset("plain-56", PlainConfig(depth=56), GROUP_PLAIN, _label_plain(56), note=_PLAIN_NOTE),
    Preset("plain-110", PlainConfig(depth=110), GROUP_PLAIN, _label_plain(110), note=_PLAIN_NOTE),
    Preset("resnet-20", ResNetConfig(depth=20), "ResNet", "ResNet, L=20"),
    Preset("resnet-56", ResNetConfig(depth=56), "ResNet", "ResNet, L=56"),
    Preset("resnet-110", ResNetConfig(depth=110), "ResNet", "ResNet, L=110", "1.7M"),
    Preset("resnet-110-sd", ResNetConfig(depth=110, survival_last=0.5), "ResNet",
           _label_sd(110), "1.7M"),
    Preset("resnet-1202", ResNetConfig(depth=1202, survival_last=0.5), "ResNet",
           _label_sd(1202), "10.2M", note=_RESNET_1202_NOTE),
    Preset("preact-resnet-164", PreActResNetConfig(depth=164), GROUP_PREACT,
           _label_preact(164), "1.7M"),
    Preset("preact-resnet-1001", PreActResNetConfig(depth=1001), GROUP_PREACT,
           _label_preact(1001), "10.2M", note=_PREACT_1001_NOTE),
    Preset("wrn-16-4-dropout", WideResNetConfig(depth=16, widen_factor=4, drop_rate=0.4), GROUP_WIDE,
           M("preset.wrn_dropout", "Wide ResNet with Dropout, L={depth} (k={k})")(depth=16, k=4), "2.7M"),
    Preset("wrn-16-8", WideResNetConfig(depth=16, widen_factor=8), GROUP_WIDE, _label_wide(16, 8),
           "11.0M"),
    Preset("wrn-28-10", WideResNetConfig(depth=28, widen_factor=10), GROUP_WIDE, _label_wide(28, 10),
           "36.5M"),
    Preset("fractalnet-20", FractalNetConfig(), "FractalNet", "FractalNet, L=21", "38.6M", note=_FRACTAL_NOTE),
    Preset("fractalnet-20-droppath", FractalNetConfig(drop_path=0.15, global_paths=0.5, drop_rate=0.4),
           "FractalNet",
           M("preset.fractal_drop", "FractalNet with Dropout/Drop-path, L={depth}")(depth=21), "38.6M",
           note=_FRACTAL_NOTE),
]
PRESETS.update({p.name: p for p in _FAMILY_PRESETS})

DEFAULT_PRESET = "densenet-bc-l100-k12"


def preset_config(name: str, **overrides: Any) -> Any:
    """The preset's config with any fields overridden (validated)."""
    if name not in PRESETS:
        typed = str(name)[:64]  # the distance takes len(a) x len(b) steps: a huge name must not hang here
        close = sorted(PRESETS, key=lambda p: _edit_distance(p, typed))[:2]
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

