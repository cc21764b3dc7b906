"""The tuned allocator (core/allocator.py), each check in a fresh interpreter: its settings are process-wide."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.core.allocator import available

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.skipif(not available(), reason="the tuning applies to glibc's allocator only")

# A 64 MB tensor held and freed (what glibc's own counters say about where it lived), then training steps of a
# small DenseNet: the page faults of steps 3 to 5, which touch the same sizes as steps 1 and 2.
PROBE = """
import ctypes, json, resource, sys
import torch
import torch.nn.functional as F
from explorer.core import allocator
from explorer.core.config import DenseNetConfig
from explorer.core.models import build_model
class Info(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Info
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
tuned = allocator.tune_allocator() if sys.argv[1] == "tune" else False
torch.set_num_threads(1)
mapped_before = libc.mallinfo2().hblkhd
t = torch.ones(16 * 1024 * 1024)
mapped = libc.mallinfo2().hblkhd - mapped_before
del t
before_trim = rss()
released = allocator.release_free_memory()
after_trim = rss()
torch.manual_seed(0)
model = build_model(DenseNetConfig(growth_rate=12, block_layers=(4, 4), input_size=32), memory_efficient=False)
model.train()
x, y = torch.randn(64, 3, 32, 32), torch.randint(0, 10, (64,))
faults = []
for _ in range(5):
    start = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    model.zero_grad(set_to_none=True)
    F.cross_entropy(model(x), y).backward()
    faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - start)
print(json.dumps({"tuned": tuned, "mapped_while_held": mapped, "rss_before_trim": before_trim,
                  "rss_after_trim": after_trim, "released": released, "faults": faults}))
"""


def _probe(mode: str, env: dict[str, str] | None = None) -> dict:
    import json

    out = subprocess.run([sys.executable, "-c", PROBE, mode], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**os.environ, **(env or {})}, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_tuned_process_reuses_freed_memory_and_gives_it_back_when_asked():
    tuned, plain = _probe("tune"), _probe("no")
    assert tuned["tuned"] is True and plain["tuned"] is False
    assert tuned["mapped_while_held"] == 0  # from the heap, not a fresh mapping
    assert plain["mapped_while_held"] >= 64 * 2**20  # glibc's default: a mapping of its own, unmapped on free
    assert tuned["rss_before_trim"] >= tuned["rss_after_trim"] + 48 * 2**20  # kept until released
    assert tuned["released"] is True
    # Steps 3-5 of a training loop: the default allocator maps and zero-fills its large tensors afresh every
    # step (thousands of page faults); the tuned one reuses the pages the earlier steps freed.
    assert sum(plain["faults"][2:]) > 3000, plain["faults"]
    assert sum(tuned["faults"][2:]) < 0.1 * sum(plain["faults"][2:]), (tuned["faults"], plain["faults"])


def test_only_the_environment_variable_asks_for_the_tuned_allocator():
    from explorer.core.allocator import ENV_VAR, requested

    assert requested({ENV_VAR: "tuned"}) and requested({ENV_VAR: " Tuned "})
    assert not requested({}) and not requested({ENV_VAR: "default"}) and not requested({ENV_VAR: "1"})


START = """
import sys
sys.argv = ["explorer", "presets"]
from explorer.cli import main
from explorer.core import allocator
rc = main()
print("TUNED", allocator.tuned(), rc)
"""


def _start(script: str, env: dict[str, str]) -> str:
    base = {k: v for k, v in os.environ.items() if k != "DENSENET_EXPLORER_ALLOCATOR"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=True, env={**base, **env})
    return out.stdout.strip().splitlines()[-1]


def test_the_program_start_tunes_the_allocator_only_when_asked_and_never_from_inside_another_program():
    assert _start(START, {}) == "TUNED False 0"
    assert _start(START, {"DENSENET_EXPLORER_ALLOCATOR": "tuned"}) == "TUNED True 0"
    inside = START.replace("rc = main()", "rc = main(['presets'])")
    assert _start(inside, {"DENSENET_EXPLORER_ALLOCATOR": "tuned"}) == "TUNED False 0"
