"""`explorer compare NAME NAME ...`: networks side by side (parameters, multiply-adds, memory, connections,
depth and the paper's figures), as a table or JSON. ``--match params|macs`` compares one network with every
comparison family sized to its parameters or multiply-adds (core.budget: ledger arithmetic, instant)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..core.compare import PATTERN_LABELS, Entry, entry_for
from ..core.format import human, human_bytes
from ..core.reference import COLUMNS
from .common import load_config_arg, whole_number
from .text import say, shown


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help="networks side by side: parameters, multiply-adds, memory, connections",
                       description="Compare presets (see `explorer presets`) and config files side by side, "
                       "with the paper's parameter figures and test errors where its table has the network.")
    p.add_argument("names", nargs="*", metavar="NAME", help="preset names, e.g. resnet-110 densenet-bc-l100-k12")
    p.add_argument("--config", action="append", default=[], metavar="FILE",
                   help="also compare the network in this config file (may be repeated; - reads standard input)")
    p.add_argument("--batch-size", type=whole_number, default=64,
                   help="batch size for the training memory (default 64)")
    p.add_argument("--match", choices=("params", "macs"), default=None,
                   help="compare the one network given with plain, ResNet, pre-activation ResNet, Wide ResNet and "
                   "FractalNet sized to its parameters or multiply-adds (depth and width searched over valid configs)")
    p.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    p.set_defaults(func=run)


def budget_lines(matches: list) -> list[str]:
    """Each matched family: its chosen network, its figure against the target's, the mismatch and the note."""
    from ..core.budget import TOLERANCE_PCT

    what = "parameters" if matches and matches[0].by == "params" else "multiply-adds"
    out = ["", f"matched by {what} (target {matches[0].target:,}):" if matches else ""]
    for m in matches:
        if m.config is None:
            out.append(f"  {m.family}: none. {m.note}")
            continue
        flag = "" if m.within_tolerance else f" (beyond {TOLERANCE_PCT:g}%)"
        out.append(f"  {m.family}: {m.config.title}, {m.value:,} {what}, mismatch {m.mismatch_pct:+.1f}%{flag}. "
                   f"{m.note}")
    return out


def format_table(entries: list[Entry], batch_size: int) -> str:
    def errors(e: Entry, col: str) -> str:
        value = e.paper_errors.get(col)
        return "" if value is None else f"{value:.2f}%"

    rows: list[tuple[str, list[str]]] = [
        ("network", [e.title for e in entries]),
        ("family", [e.family_label for e in entries]),
        ("depth L", [str(e.depth) for e in entries]),
        ("parameters", [f"{e.params:,}" for e in entries]),
        ("  rounded", [e.params_rounded for e in entries]),
        ("  the paper's table", [(e.paper_params or "—") + (" (differs: see note)" if e.disagrees_with_table else "")
                                 for e in entries]),
        ("multiply-adds / image", [human(e.macs) for e in entries]),
        ("parameter memory", [human_bytes(e.param_bytes) for e in entries]),
        (f"training activations (batch {batch_size})", [human_bytes(e.train_bytes(batch_size)) for e in entries]),
        ("connections in blocks", [f"{e.connections:,}" for e in entries]),
        ("pattern", [", ".join(p.split(":")[0] for p in e.patterns) for e in entries]),
        ("table row", [e.paper_label or "—" for e in entries]),
    ]
    rows += [(f"  error {col}", [errors(e, col) or "—" for e in entries]) for col in COLUMNS
             if any(e.paper_errors.get(col) is not None for e in entries)]
    head = max(len(r[0]) for r in rows)
    names = [shown(e.name) for e in entries]  # a config file's name is the user's: escaped, shortened
    widths = [max(len(n), *(len(r[1][i]) for r in rows)) for i, n in enumerate(names)]
    out = [" " * head + "  " + "  ".join(n.rjust(w) for n, w in zip(names, widths))]
    out.append("-" * head + "  " + "  ".join("-" * w for w in widths))
    for label, cells in rows:
        out.append(label.ljust(head) + "  " + "  ".join(c.rjust(w) for c, w in zip(cells, widths)))
    notes = [(e.name, e.note) for e in entries if e.note and e.disagrees_with_table]
    if notes:
        out.append("")
        out += [f"note ({shown(name)}): {note}" for name, note in notes]
    out.append("")
    out.append("patterns: " + "; ".join(PATTERN_LABELS[p] for p in dict.fromkeys(
        p for e in entries for p in e.patterns)))
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from . import CliError

    if args.batch_size < 1:
        raise CliError(f"--batch-size = {args.batch_size}: must be at least 1")
    entries = [entry_for(name) for name in args.names]
    entries += [entry_for(load_config_arg(path), name=Path(path).name) for path in args.config]
    if len(entries) < 1:
        raise CliError("give at least one preset name (see `explorer presets`) or --config FILE")
    matches: list = []
    if args.match is not None:
        from ..core.budget import match_all

        if len(entries) != 1:
            raise CliError(f"--match {args.match} takes one network (the target), not {len(entries)}")
        matches = match_all(entries[0].config, args.match)
        entries += [entry_for(m.config, name=f"{m.family} (matched)") for m in matches if m.config is not None]
    if args.json:
        data = [e.to_dict(args.batch_size) for e in entries]
        budget = {f"{m.family} (matched)": m for m in matches}
        for d in data:
            m = budget.get(d["name"])
            if m is not None:
                d["budget"] = {"by": m.by, "target": m.target, "value": m.value,
                               "mismatch_pct": round(m.mismatch_pct, 4), "within_tolerance": m.within_tolerance,
                               "note": str(m.note)}
        print(json.dumps(data, indent=2))
    else:
        say(*format_table(entries, args.batch_size).split("\n"), *(budget_lines(matches) if matches else []))
    return 0
