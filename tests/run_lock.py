"""A run folder held by another process, as a CLI trainer writing into it holds it (explorer.core.io's lock)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def held_by_another_process(folder: str | Path) -> Iterator[subprocess.Popen]:
    """A second process takes ``folder``'s run lock and keeps it until the block ends; then it is killed (its lock
    file, with its pid, stays behind as a killed trainer's would). The process is yielded: its pid is named in
    the refusals."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from explorer.core.io import RunFolderLock; "
         f"RunFolderLock({str(folder)!r}).acquire(); print('held', flush=True); time.sleep(120)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
