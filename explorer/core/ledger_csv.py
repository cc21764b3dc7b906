"""The ledger as CSV: one row per ledger row, raw integers (a spreadsheet formats them), written atomically."""

from __future__ import annotations

import csv
import io
import os

from .io import atomic_write_text
from .ledger import Ledger

__all__ = ["LEDGER_CSV_COLUMNS", "ledger_csv_text", "write_ledger_csv"]

LEDGER_CSV_COLUMNS = ("name", "kind", "block", "layer", "in_channels", "formula", "out_channels", "out_h",
                      "out_w", "params", "macs", "saved_elements", "saved_elements_memory_efficient",
                      "detail")


def ledger_csv_text(ledger: Ledger, rows: list[int] | None = None) -> str:
    """CSV text of the ledger (``rows``: only these row indices, in this order)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(LEDGER_CSV_COLUMNS)
    picked = ledger.rows if rows is None else [ledger.rows[i] for i in rows]
    for r in picked:
        writer.writerow([r.name, r.kind, "" if r.block is None else r.block, "" if r.layer is None else r.layer,
                         r.in_channels, r.formula, r.out_channels, r.out_h, r.out_w, r.params, r.macs, r.saved,
                         r.saved_efficient, r.detail])
    return buf.getvalue()


def write_ledger_csv(path: str | os.PathLike, ledger: Ledger) -> None:
    atomic_write_text(path, ledger_csv_text(ledger))
