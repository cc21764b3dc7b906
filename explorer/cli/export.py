"""`explorer export`: a network as ONNX (for Netron), as standalone PyTorch code, as config JSON, or its
ledger as CSV."""

from __future__ import annotations

import argparse

from ..core.code_export import export_python
from ..core.io import output_target, save_config
from ..core.ledger import compute_ledger
from ..core.ledger_csv import write_ledger_csv
from . import CliError
from .common import add_network_args, config_from_args
from .text import say, shown


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a network as ONNX or PyTorch code, its config as JSON, or its ledger "
                       "as CSV", description="Write the network chosen by the options as an ONNX file (needs the "
                       "optional 'onnx' extra), as one standalone PyTorch file (it imports only torch; run it to "
                       "print the parameter count and one forward pass), its config as JSON (the app opens it), "
                       "or its channel ledger as CSV.")
    add_network_args(p)
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--onnx", metavar="OUT", help="ONNX file of the built network (eval mode, dynamic batch)")
    out.add_argument("--python", metavar="OUT.py", help="standalone PyTorch code of the network (imports only "
                     "torch; holds the config; loads this app's checkpoints)")
    out.add_argument("--config-json", metavar="OUT", help="the config as JSON")
    out.add_argument("--csv", metavar="OUT", help="the per-layer ledger as CSV")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    out = args.config_json or args.csv or args.python or args.onnx
    if args.config:  # the config file read is an input: never written over (not even by its own export)
        output_target(out, [args.config])
    if args.config_json is not None:
        save_config(args.config_json, config)
        say(f"wrote {shown(args.config_json)}: {config.title}")
    elif args.csv is not None:
        ledger = compute_ledger(config)
        write_ledger_csv(args.csv, ledger)
        say(f"wrote {shown(args.csv)}: {len(ledger.rows)} rows")
    elif args.python is not None:
        export_python(config, args.python)
        say(f"wrote {shown(args.python)}: {config.title} as PyTorch code (run it: python {shown(args.python)})")
    else:
        from ..core.onnx_export import OnnxUnavailable, export_onnx

        try:
            size = export_onnx(config, args.onnx)
        except OnnxUnavailable as exc:
            raise CliError(str(exc)) from None
        say(f"wrote {shown(args.onnx)}: {config.title}, {size / 2**20:.1f} MiB")
    return 0
