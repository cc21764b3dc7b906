"""`explorer [COMMAND] ...`: with no command, the window; otherwise one headless command.

Each command is a module of this package with ``register(subparsers)``; they are found automatically.
Commands import torch inside their ``run`` so that ``explorer presets`` stays instant.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

from ..core.allocator import requested as allocator_requested
from ..core.allocator import tune_allocator
from ..core.config import ConfigError
from ..core.io import FileFormatError, describe_os_error
from .common import OneLineParser, require_text_values
from .text import error as print_error
from .text import say, shown

__all__ = ["main", "build_parser", "CliError"]


class CliError(Exception):
    """A problem to report in one line on stderr, exit status 2."""


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="explorer", description="DenseNet Explorer: see, tweak, train and explain DenseNets. "
        "Without a command it opens the window.")
    parser.add_argument("--lang", choices=["en", "ko"], help="language of the window (GUI only)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name in ("common", "text"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    for command in sub.choices.values():
        require_text_values(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is None and allocator_requested():  # the program's own start (`explorer`, main.py), asked for
        tune_allocator()  # before Qt and torch allocate: a training step's freed memory is reused (core/allocator)
    argv = sys.argv[1:] if argv is None else list(argv)
    nul = next((a for a in argv if "\x00" in a), None)
    if nul is not None:  # a real command line cannot hold one; main(argv) can, and the OS refuses it in a path
        print_error(None, f"argument '{shown(nul)}' holds a NUL character (\\x00), which no file name or value "
                    "can hold")
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ..ui.platform_check import check_xcb

        problem = check_xcb()  # before Qt loads: one line instead of Qt's abort when xcb's libraries are missing
        if problem:
            say(problem, file=sys.stderr)  # it names the program itself
            return 2
        from ..ui.app import main as gui_main

        return gui_main(lang=args.lang)
    try:
        return int(args.func(args) or 0)
    except (ConfigError, FileFormatError, CliError) as exc:
        print_error(args.command, exc)  # every message: one line, escaped, of bounded length
        return 2
    except BrokenPipeError:  # e.g. `explorer summary | head`: the reader left, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file or folder the command could not read or write
        print_error(args.command, describe_os_error(exc))
        return 2
    except MemoryError:
        print_error(args.command, "out of memory; try a smaller batch size or network (depth, growth rate k)")
        return 2
    except KeyboardInterrupt:
        print(f"explorer {args.command}: interrupted", file=sys.stderr)
        return 130
