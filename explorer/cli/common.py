"""What every network-taking command shares: the network options and how they make a config."""

from __future__ import annotations

import argparse
from dataclasses import fields, replace
from typing import Any

from ..core.config import (
    CONFIG_TYPES,
    DEFAULT_PRESET,
    ConfigError,
    DenseNetConfig,
    parse_float,
    parse_int,
    parse_int_list,
    preset_config,
    short_repr,
)
from ..core.io import load_config
from .text import line

__all__ = ["OneLineParser", "add_network_args", "config_from_args", "parse_blocks", "whole_number", "number",
           "text_value", "require_text_values"]


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (escaped and shortened: it quotes what was typed)
    and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {line(message)} (see --help)\n")


def _option_type(parse, kind: str, field: str | None = None):
    """An argparse ``type`` reading text with the core's one strict number parser."""

    def convert(text: str):
        try:
            return parse(text, field) if field else parse(text)
        except ConfigError as exc:
            if field:  # a list: the field and which item is wrong
                raise argparse.ArgumentTypeError(str(exc)) from None
            raise argparse.ArgumentTypeError(f"invalid {kind} value: {short_repr(text)} ({exc.message}; "
                                             f"{exc.valid})") from None

    convert.__name__ = kind
    return convert


def text_value(text: str) -> str:
    """Every option that takes text (a file, a folder, a name): an empty value is refused, never read as
    "not given" (``--config ''`` used the default preset, ``--out ''`` the default folder)."""
    if text == "":
        raise argparse.ArgumentTypeError("is empty: give a value (a file or folder name, a dataset, a device)")
    return text


text_value.__name__ = "text"


def require_text_values(parser: argparse.ArgumentParser) -> None:
    """Give ``text_value`` to every option and positional of ``parser`` that takes text without a type."""
    for action in parser._actions:
        if action.type is None and action.nargs != 0 and action.choices is None and \
                not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            action.type = text_value


whole_number = _option_type(parse_int, "int")  # '12', '-3'; not ' 12', '１２', '1_000', '1e3'
number = _option_type(parse_float, "float")  # '0.1', '1e-4', 'nan' (refused later by the field's range)
parse_blocks = _option_type(parse_int_list, "list", "block_layers")  # '6,12,24,16'; not '1,,2', ' 1, 2'
parse_channels = _option_type(parse_int_list, "list", "channels")


def add_network_args(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("network (start from a preset or a config file, then override)")
    g.add_argument("--preset", help=f"a preset name (see `explorer presets`; default {DEFAULT_PRESET})")
    g.add_argument("--config", metavar="FILE", help="a config JSON file saved by the app or `export`")
    g.add_argument("--depth", type=whole_number, help="depth L; split evenly over the blocks ((L-4)/3 or (L-4)/6)")
    g.add_argument("--growth-rate", "-k", type=whole_number, help="growth rate k")
    g.add_argument("--compression", type=number, help="compression theta in (0, 1]")
    g.add_argument("--bottleneck", action=argparse.BooleanOptionalAction, default=None,
                   help="1x1 bottleneck before each 3x3 conv (DenseNet-B)")
    g.add_argument("--blocks", type=parse_blocks, metavar="N,N,...", help="layers per block, e.g. 6,12,24,16")
    g.add_argument("--init-features", type=whole_number, help="channels after the stem (k0 of block 1)")
    g.add_argument("--stem", choices=["cifar", "imagenet"])
    g.add_argument("--num-classes", type=whole_number)
    g.add_argument("--input-size", type=whole_number, help="input height = width in pixels")
    g.add_argument("--in-channels", type=whole_number, help="input channels (3 for colour, 1 for grey)")
    g.add_argument("--dropout", type=number, help="dropout rate after each conv but the first")
    f = parser.add_argument_group("other families (the networks the paper compares with)")
    f.add_argument("--family", choices=sorted(CONFIG_TYPES),
                   help="start from this family's default network instead of a preset")
    f.add_argument("--width", type=whole_number, help="channels of stage 1 (plain, resnet, preact_resnet)")
    f.add_argument("--widen-factor", type=whole_number, help="k of a Wide ResNet: stage widths 16k/32k/64k")
    f.add_argument("--shortcut", choices=["A", "B"], help="ResNet shortcut where the shape changes: A zero-pad, "
                   "B 1x1 projection")
    f.add_argument("--survival-last", type=number, help="stochastic depth p_L in (0, 1] (1 = off)")
    f.add_argument("--columns", type=whole_number, help="FractalNet columns C")
    f.add_argument("--channels", type=parse_channels, metavar="N,N,...", help="FractalNet channels per block")
    f.add_argument("--drop-path", type=number, help="FractalNet local drop-path rate")
    f.add_argument("--global-paths", type=number, help="FractalNet share of global drop-path steps")


# Command-line options of the comparison families -> config fields (where the family has that field).
_FAMILY_OPTIONS = (("depth", "depth"), ("width", "width"), ("widen_factor", "widen_factor"),
                   ("shortcut", "shortcut"), ("survival_last", "survival_last"), ("columns", "columns"),
                   ("channels", "channels"), ("drop_path", "drop_path"), ("global_paths", "global_paths"),
                   ("dropout", "drop_rate"), ("bottleneck", "bottleneck"), ("num_classes", "num_classes"),
                   ("input_size", "input_size"), ("in_channels", "in_channels"), ("growth_rate", "growth_rate"),
                   ("compression", "compression"), ("blocks", "block_layers"), ("init_features", "init_features"),
                   ("stem", "stem"))


def _family_config_from_args(base: Any, args: argparse.Namespace) -> Any:
    names = {f.name for f in fields(base)}
    changes: dict[str, Any] = {}
    for option, name in _FAMILY_OPTIONS:
        value = getattr(args, option, None)
        if value is None:
            continue
        if name not in names:
            usable = sorted("--" + o.replace("_", "-") for o, n in _FAMILY_OPTIONS if n in names)
            raise ConfigError("--" + option.replace("_", "-"), value, f"does not apply to {base.title}",
                              ", ".join(usable))
        changes[name] = value
    return replace(base, **changes) if changes else base


def config_from_args(args: argparse.Namespace) -> Any:
    """The preset (or config file), with every option given on the command line applied."""
    if args.config and args.preset:
        raise ConfigError("config", args.config, "and --preset were both given", "one of them")
    family = getattr(args, "family", None)
    if family and (args.config or args.preset):
        raise ConfigError("family", family, "was given with --preset or --config", "one of them")
    if family:
        base = CONFIG_TYPES[family]()
    else:
        base = load_config(args.config) if args.config else preset_config(args.preset or DEFAULT_PRESET)
    if not isinstance(base, DenseNetConfig):
        return _family_config_from_args(base, args)
    for option in ("width", "widen_factor", "shortcut", "survival_last", "columns", "channels", "drop_path",
                   "global_paths"):
        value = getattr(args, option, None)
        if value is not None:
            raise ConfigError("--" + option.replace("_", "-"), value, "does not apply to a DenseNet",
                              "--growth-rate, --depth, --blocks, --compression, --bottleneck, ...")
    changes: dict[str, Any] = {}
    for option, name in (("growth_rate", "growth_rate"), ("compression", "compression"),
                         ("bottleneck", "bottleneck"), ("blocks", "block_layers"),
                         ("init_features", "init_features"), ("stem", "stem"),
                         ("num_classes", "num_classes"), ("input_size", "input_size"),
                         ("in_channels", "in_channels"), ("dropout", "drop_rate")):
        value = getattr(args, option, None)
        if value is not None:
            changes[name] = value
    if args.depth is not None:
        bottleneck = changes.get("bottleneck", base.bottleneck)
        num_blocks = len(changes.get("block_layers", base.block_layers))
        layers = DenseNetConfig.layers_for_depth(args.depth, num_blocks, bottleneck)
        if "block_layers" in changes and changes["block_layers"] != layers:
            given = ",".join(map(str, changes["block_layers"]))
            raise ConfigError("depth", args.depth, f"disagrees with --blocks {given}",
                              f"give one of them, or depth {replace(base, **changes).depth}")
        changes["block_layers"] = layers
    return replace(base, **changes) if changes else base
