"""What every network family shares: the spec the registry holds, the config base class, presets.

A family is one module in this package: its config dataclass (subclassing ``FamilyConfig``), its ledger
(pure integer arithmetic), its presets and a ``SPEC``. Torch-free and Qt-free.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar

from ..messages import M, Message
from ..validation import ConfigError, check_int, float_of_int, is_int, nearest, nearest_valid

__all__ = ["FamilySpec", "FamilyConfig", "Preset", "COMMON_HELP", "COMMON_CLI_HELP", "MAX_BLOCKS", "MAX_INPUT_SIZE",
           "MAX_CLASSES", "MAX_IN_CHANNELS", "MAX_WIDTH", "MAX_UNITS_PER_STAGE", "blocks_range", "check_depth_rule",
           "stride2_size"]

MAX_BLOCKS = 8
MAX_INPUT_SIZE = 4096
MAX_CLASSES = 100_000
MAX_IN_CHANNELS = 64
MAX_WIDTH = 4_096
MAX_UNITS_PER_STAGE = 2_000

COMMON_HELP = {
    "num_classes": M("help.common.num_classes",
        "Classes the classifier tells apart (10 for CIFAR-10, 100 for CIFAR-100)."),
    "in_channels": M("help.common.in_channels",
        "Input channels: 3 for colour images, 1 for grey."),
    "input_size": M("help.common.input_size",
        "Height = width of the input image in pixels (32 for CIFAR)."),
}

# Command-line help of the fields every family has (``FamilyConfig.CLI_HELP`` adds each family's own).
COMMON_CLI_HELP = {
    "num_classes": None,
    "input_size": "input height = width in pixels",
    "in_channels": "input channels (3 for colour, 1 for grey)",
}


@dataclass(frozen=True)
class FamilySpec:
    """Everything the app needs to know about a family, in one place: the registry (families/__init__.py)
    lists these, and the CLI, the compare labels, the model builder and the diagram read them."""

    name: str  # the config's ``family`` and the JSON "family" value, e.g. "resnet"
    label: str | Message  # how the family is named to a person ("Wide ResNet")
    config: type  # the FamilyConfig subclass
    ledger: Callable[[Any], Any]  # config -> Ledger, integer arithmetic only
    model: str  # the nn.Module class as "module:Class", imported only when a network is built
    pattern: str  # how a block connects its layers: "dense", "chain", "residual" or "fractal"
    formula: str  # the link rule the diagram states, e.g. "x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})"
    presets: tuple[Preset, ...] = ()  # in the order the preset lists show them
    memory_efficient: bool = False  # has a memory-efficient mode (the model takes memory_efficient=...)

    def model_class(self) -> type:
        """The nn.Module class (this imports torch)."""
        import importlib

        module, _, name = self.model.partition(":")
        return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Preset:
    name: str
    config: Any
    group: str | Message  # "CIFAR" or "ImageNet" (other families add their own groups)
    label: str | Message  # how the paper names it
    paper_params: str | None = None  # the paper's rounded figure, e.g. "0.8M" (10 classes); None where it has none
    note: str | Message = ""


@functools.cache
def _coerced_fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(float fields, tuple fields) of a config class, read from the annotations once."""
    floats = tuple(f.name for f in fields(cls) if f.type in ("float", float))
    tuples = tuple(f.name for f in fields(cls) if str(f.type).startswith("tuple"))
    return floats, tuples


class FamilyConfig:
    """Base of every family's frozen config dataclass.

    ``__post_init__`` reads values as JSON and widgets give them (a list for a tuple field, an int such as
    ``1`` for a float field) and stores them as their field says, then runs the family's ``validate``.
    """

    family: ClassVar[str] = ""
    FIELD_HELP: ClassVar[dict[str, str | Message]] = {}  # each field explained, for the window's tooltips
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}  # fields that take one of a few words
    CLI_HELP: ClassVar[dict[str, str | None]] = {}  # fields the command line sets, with their --help text

    def __post_init__(self) -> None:
        floats, tuples = _coerced_fields(type(self))
        for name in tuples:
            if isinstance(getattr(self, name), list):
                object.__setattr__(self, name, tuple(getattr(self, name)))
        for name in floats:
            if is_int(getattr(self, name)):
                object.__setattr__(self, name, float_of_int(getattr(self, name)))
        self.validate()

    def validate(self) -> None:
        """The family's checks, in the order its refusals should come (each family defines it)."""
        raise NotImplementedError(f"{type(self).__name__} defines no validate()")

    def check_common(self) -> None:
        """The fields every classifier has; each family calls this where its checks reach them."""
        check_int("num_classes", self.num_classes, 1, MAX_CLASSES)  # type: ignore[attr-defined]
        check_int("in_channels", self.in_channels, 1, MAX_IN_CHANNELS)  # type: ignore[attr-defined]
        check_int("input_size", self.input_size, 1, MAX_INPUT_SIZE)  # type: ignore[attr-defined]

    def replace(self, **changes: Any) -> Any:
        return replace(self, **changes)  # type: ignore[type-var]

    @classmethod
    def cli_help(cls) -> dict[str, str | None]:
        """The fields the command line sets, with their --help text (None: none): the family's own in the
        order ``CLI_HELP`` lists them, then the fields every family has."""
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return {**cls.CLI_HELP, **{k: v for k, v in COMMON_CLI_HELP.items() if k in names and k not in cls.CLI_HELP}}


# ------------------------------------------------------------------------------------ shared rules


def blocks_range() -> Message:
    return M("range.blocks", "1 to {max} blocks")(max=MAX_BLOCKS)


def check_depth_rule(depth: Any, per_unit: int, extra: int, what: Message) -> int:
    """Depth must be per_unit * n + extra with n >= 1 units per stage; returns n or raises with the nearest."""
    max_depth = per_unit * MAX_UNITS_PER_STAGE + extra
    check_int("depth", depth, per_unit + extra, max_depth)

    def ok(d: int) -> bool:
        return d - extra > 0 and (d - extra) % per_unit == 0

    if not ok(depth):
        near = nearest_valid(depth, ok, per_unit + extra, max_depth)
        raise ConfigError("depth", depth, M("config.depth_rule", "is not {per}n+{extra} ({what})")(
            per=per_unit, extra=extra, what=what), nearest(near))
    return (depth - extra) // per_unit


def stride2_size(size: int) -> int:
    """Output size of a 3x3 (or 1x1) convolution with stride 2 and 'same' padding: ceil(size / 2)."""
    return (size - 1) // 2 + 1

