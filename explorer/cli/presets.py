"""`explorer presets`: the paper's networks, with their parameter counts."""

from __future__ import annotations

import argparse
import json

from ..core.config import PRESETS, config_to_dict
from ..core.format import human, millions
from ..core.ledger import compute_ledger


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("presets", help="list the preset networks and their parameter counts")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    items = []
    for name, preset in PRESETS.items():
        ledger = compute_ledger(preset.config)
        items.append({"name": name, "group": preset.group, "label": preset.label,
                      "depth": ledger.depth, "params": ledger.total_params, "macs": ledger.total_macs,
                      "paper_params": preset.paper_params, "note": preset.note,
                      "config": config_to_dict(preset.config)})
    if args.json:
        print(json.dumps(items, indent=2))
        return 0
    width = max(len(i["name"]) for i in items)
    lw = max(len(i["label"]) for i in items)
    print(f"{'preset'.ljust(width)}  {'group'.ljust(8)}  {'network'.ljust(lw)}  {'depth':>5}  "
          f"{'params':>12}  {'':>6}  {'paper':>6}  {'MACs':>7}")
    for i in items:
        print(f"{i['name'].ljust(width)}  {i['group'].ljust(8)}  {i['label'].ljust(lw)}  {i['depth']:>5}  "
              f"{i['params']:>12,}  {millions(i['params']):>6}  {i['paper_params'] or '':>6}  "
              f"{human(i['macs']):>7}")
    return 0
