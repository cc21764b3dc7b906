"""What every network-taking command shares: the network options and how they make a config."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, fields, replace
from typing import Any

from ..core.config import (
    DEFAULT_PRESET,
    ConfigError,
    parse_float,
    parse_int,
    parse_int_list,
    preset_config,
    short_repr,
)
from ..core.families import FAMILIES, family_spec
from ..core.io import load_config
from ..core.share import read_config_stream
from .text import line

__all__ = ["OneLineParser", "add_network_args", "config_from_args", "network_flags", "NetworkFlag", "parse_blocks",
           "whole_number", "number", "text_value", "require_text_values", "load_config_arg", "STDIN"]


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


# ------------------------------------------------------------------------ the network flags, generated
#
# One flag per config field that a family's ``cli_help()`` names (explorer/core/families/), its type read
# from the field's annotation; a field several families share (depth, width, drop_rate, ...) is one flag.

_FLAG_NAMES = {"block_layers": ("--blocks",), "drop_rate": ("--dropout",), "growth_rate": ("--growth-rate", "-k")}
_DEPTH_HELP = "depth L; split evenly over the blocks ((L-4)/3 or (L-4)/6)"


@dataclass(frozen=True)
class NetworkFlag:
    """A command-line option that sets the config field ``field`` (where the family has it)."""

    field: str
    names: tuple[str, ...]  # "--growth-rate", "-k"
    kwargs: dict[str, Any]  # type / action / choices / metavar / help for argparse

    @property
    def dest(self) -> str:
        return self.names[0].removeprefix("--").replace("-", "_")


def _flag_kwargs(cls: type, name: str, help_text: str | None) -> dict[str, Any]:
    kind = str(next(f.type for f in fields(cls) if f.name == name))
    kwargs: dict[str, Any] = {"help": help_text} if help_text else {}
    if name in cls.CHOICES:
        kwargs["choices"] = list(cls.CHOICES[name])
    elif kind == "bool":
        kwargs.update(action=argparse.BooleanOptionalAction, default=None)
    elif kind.startswith("tuple"):
        kwargs.update(type=_option_type(parse_int_list, "list", name), metavar="N,N,...")
    elif kind == "float":
        kwargs["type"] = number
    else:  # int, int | None
        kwargs["type"] = whole_number
    return kwargs


def network_flags() -> list[NetworkFlag]:
    """Every family's flags in registry order (DenseNet's first), each field once."""
    flags: dict[str, NetworkFlag] = {}
    for spec in FAMILIES.values():
        for name, help_text in spec.config.cli_help().items():
            if name not in flags:
                names = _FLAG_NAMES.get(name, ("--" + name.replace("_", "-"),))
                flags[name] = NetworkFlag(name, names, _flag_kwargs(spec.config, name, help_text))
    return list(flags.values())


def add_network_args(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("network (start from a preset or a config file, then override)")
    g.add_argument("--preset", help=f"a preset name (see `explorer presets`; default {DEFAULT_PRESET})")
    g.add_argument("--config", metavar="FILE", help="a config JSON file saved by the app or `export`; - reads "
                   "standard input (a config JSON, or the text the window's Edit menu copies: Copy network)")
    g.add_argument("--depth", type=whole_number, help=_DEPTH_HELP)
    first = {x.name for x in fields(next(iter(FAMILIES.values())).config)}  # DenseNet's fields
    flags = [flag for flag in network_flags() if flag.field != "depth"]
    for flag in flags:
        if flag.field in first:
            g.add_argument(*flag.names, **flag.kwargs)
    f = parser.add_argument_group("other families (the networks the paper compares with)")
    f.add_argument("--family", choices=sorted(FAMILIES),
                   help="start from this family's default network instead of a preset")
    for flag in flags:
        if flag.field not in first:
            f.add_argument(*flag.names, **flag.kwargs)


def _usable(base: Any) -> str:
    """The flags that apply to ``base``'s family, for the error that names one that does not."""
    names = {f.name for f in fields(base)}
    usable = {flag.names[0] for flag in network_flags() if flag.field in names}
    if "depth" in names or hasattr(base, "layers_for_depth"):
        usable.add("--depth")
    return ", ".join(sorted(usable))


def _base_config(args: argparse.Namespace) -> Any:
    if args.config and args.preset:
        raise ConfigError("config", args.config, "and --preset were both given", "one of them")
    family = getattr(args, "family", None)
    if family and (args.config or args.preset):
        raise ConfigError("family", family, "was given with --preset or --config", "one of them")
    if family:
        return family_spec(family).config()
    return load_config_arg(args.config) if args.config else preset_config(args.preset or DEFAULT_PRESET)


STDIN = "-"  # --config -: standard input


def load_config_arg(path: str) -> Any:
    """The network of ``--config PATH``: a config file, or for ``-`` standard input (a config JSON or a shared
    network's text), read bounded like a file."""
    if path == STDIN:
        return read_config_stream(getattr(sys.stdin, "buffer", None))
    return load_config(path)


def _depth_to_layers(base: Any, depth: int, changes: dict[str, Any]) -> tuple[int, ...]:
    """A DenseNet's depth as equal blocks (it has no depth field: L follows from the blocks)."""
    bottleneck = changes.get("bottleneck", base.bottleneck)
    num_blocks = len(changes.get("block_layers", base.block_layers))
    layers = base.layers_for_depth(depth, num_blocks, bottleneck)
    if "block_layers" in changes and changes["block_layers"] != layers:
        given = ",".join(map(str, changes["block_layers"]))
        raise ConfigError("depth", depth, f"disagrees with --blocks {given}",
                          f"give one of them, or depth {replace(base, **changes).depth}")
    return layers


def config_from_args(args: argparse.Namespace) -> Any:
    """The preset (or config file), with every option given on the command line applied."""
    base = _base_config(args)
    names = {f.name for f in fields(base)}
    dense_depth = "depth" not in names and hasattr(base, "layers_for_depth")  # L read as equal blocks
    given = [("depth", "--depth", args.depth)]
    given += [(flag.field, flag.names[0], getattr(args, flag.dest, None)) for flag in network_flags()
              if flag.field != "depth"]
    changes: dict[str, Any] = {}
    for name, option, value in given:
        if value is None or (name == "depth" and dense_depth):
            continue
        if name not in names:
            raise ConfigError(option, value, f"does not apply to {base.title}", _usable(base))
        changes[name] = value
    if dense_depth and args.depth is not None:
        changes["block_layers"] = _depth_to_layers(base, args.depth, changes)
    return replace(base, **changes) if changes else base
