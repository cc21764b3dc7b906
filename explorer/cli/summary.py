"""`explorer summary`: the channel ledger of a network as a table (or JSON), optionally with torchinfo's."""

from __future__ import annotations

import argparse
import json

from ..core.format import human, human_bytes, millions
from ..core.ledger import Ledger, compute_ledger
from ..core.torchinfo_summary import torchinfo_table
from .common import add_network_args, config_from_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="the per-layer channel ledger, parameters and multiply-adds",
                       description="Print the channel ledger of a network: per layer its input channels "
                       "(k0 + k(l-1) in a dense block), output size, parameters and multiply-adds.")
    add_network_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--torchinfo", action="store_true", help="also print torchinfo's summary of the built model")
    p.set_defaults(func=run)


def format_table(ledger: Ledger) -> str:
    headers = ("layer", "kind", "in (k0 + k(l-1))", "out", "size", "params", "MACs")
    rows = []
    for r in ledger.rows:
        name = r.name.removeprefix("features.")
        cin = r.formula or str(r.in_channels)
        rows.append((name, r.kind, cin, str(r.out_channels), f"{r.out_h}x{r.out_w}",
                     f"{r.params:,}", human(r.macs)))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    right = {3, 5, 6}

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append("")
    cfg = ledger.config
    out.append(f"{cfg.title}: {ledger.total_params:,} parameters ({millions(ledger.total_params)}), "
               f"{human(ledger.total_macs)} multiply-adds per {cfg.input_size}x{cfg.input_size} image")
    for b in ledger.blocks:
        trans = (f"; transition {b.transition_in} -> {b.transition_out}" if b.transition_in is not None
                 else "")
        out.append(f"  block {b.index}: {b.num_layers} layers, {b.in_channels} -> {b.out_channels} channels "
                   f"at {b.out_h}x{b.out_w}, {b.params:,} params, {b.connections:,} connections{trans}")
    rule = {"dense": "L(L+1)/2 per dense block", "chain": "L per chain", "residual": "2L per residual stage",
            "fractal": "a unit's input plus each join input"}
    rules = ", ".join(dict.fromkeys(rule.get(b.pattern, b.pattern) for b in ledger.blocks))
    out.append(f"connections: {ledger.connections:,} ({rules})   parameter memory: "
               f"{human_bytes(ledger.param_bytes)}   training activations per image: "
               f"{human_bytes(ledger.train_activation_bytes(1))}"
               + (f" ({human_bytes(ledger.train_activation_bytes(1, True))} memory-efficient)"
                  if cfg.family == "densenet" else ""))
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    ledger = compute_ledger(config)
    if args.json:
        data = ledger.to_dict()
        if args.torchinfo:
            data["torchinfo"] = torchinfo_table(config)
        print(json.dumps(data))
        return 0
    print(format_table(ledger))
    if args.torchinfo:
        print()
        print(torchinfo_table(config))
    return 0
