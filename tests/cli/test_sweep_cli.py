"""`explorer sweep`: a grid over seeds into a study, its table, CSV and JSON, resume, one-line errors, Ctrl-C,
and two processes sharing one SQLite study."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.sweeps import Axis, SweepSpec
from explorer.core.sweeps.study import Sweep

ROOT = Path(__file__).resolve().parents[2]
NET = ["--blocks", "1,1,1", "--no-bottleneck", "--compression", "1.0", "-k", "4"]
BASE = {"family": "densenet", "growth_rate": 4, "block_layers": [1, 1, 1], "bottleneck": False, "compression": 1.0}
FAST = ["--dataset", "digits", "--epochs", "1", "--max-batches", "3", "--batch-size", "32"]


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_sweep_prints_a_line_per_trial_the_table_csv_and_json_then_resumes(tmp_path, capsys):
    url, out = _url(tmp_path), tmp_path / "trials.csv"
    code = main(["sweep", *NET, *FAST, "--axis", "growth_rate=4,6", "--axis", "lr=0.05..0.2 x2 log", "--seeds", "1",
                 "--storage", url, "--study", "grid", "--csv", str(out), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = json.loads(captured.out)
    assert (result["status"], result["study"], result["complete"], result["total"]) == ("completed", "grid", 4, 4)
    assert [p["point"] for p in result["points"]] == [{"growth_rate": 4, "lr": 0.05}, {"growth_rate": 4, "lr": 0.2},
                                                      {"growth_rate": 6, "lr": 0.05}, {"growth_rate": 6, "lr": 0.2}]
    assert all(p["n"] == 1 and 0.0 <= p["acc_mean"] <= 1.0 for p in result["points"])
    assert result["points"][0]["params"] < result["points"][2]["params"]  # k = 6 is the larger network
    lines = [ln for ln in captured.err.splitlines() if ln.startswith("trial ")]
    assert len(lines) == 4 and "4/4 complete" in lines[-1]
    assert "[growth_rate=4 lr=0.05 seed=0]" in captured.err
    rows = list(csv.DictReader(out.open()))
    assert [(r["growth_rate"], r["lr"], r["state"]) for r in rows] == [
        ("4", "0.05", "complete"), ("4", "0.2", "complete"), ("6", "0.05", "complete"), ("6", "0.2", "complete")]
    assert sorted(float(r["accuracy"]) for r in rows) == pytest.approx(sorted(t["accuracy"] for t in result["trials"]),
                                                                       abs=1e-6)

    # Resume: nothing left to train, the table again, same figures.
    code = main(["sweep", "--storage", url, "--study", "grid"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    table = captured.out.splitlines()
    assert table[0].split() == ["point", "params", "MACs", "accuracy", "n", "time"]
    assert len(table) == 6 and table[2].startswith("growth_rate=4 lr=0.05")
    assert f"{result['points'][0]['acc_mean']:.4f} ± 0.0000" in table[2]
    assert "trial " not in captured.err and "4 complete" in captured.err

    assert main(["sweep", "--storage", url, "--list"]) == 0
    assert capsys.readouterr().out.split() == ["grid"]


@pytest.mark.parametrize("argv,names", [
    (["--axis", "nope=1"], "nope"),
    (["--axis", "growth_rate"], "--axis"),
    (["--axis", "growth_rate=4,x"], "growth_rate"),
    (["--axis", "lr=0.2..0.1 x3"], "lr"),
    (["--axis", "growth_rate=4", "--workers", "0"], "--workers"),
    (["--axis", "growth_rate=4", "--seeds", "0"], "seeds"),
    (["--axis", "growth_rate=4", "--storage", "sqlite:///:memory:"], "storage"),
    (["--axis", "growth_rate=4", "--storage", "nonsense"], "storage"),
    (["--study", "absent"], "study"),
    (["--study", "x", "--epochs", "2"], "--axis"),
    ([], "--axis"),
])
def test_bad_input_is_one_line_naming_the_flag(tmp_path, capsys, argv, names):
    url = ["--storage", _url(tmp_path)] if "--storage" not in argv else []
    if "absent" in argv:  # a database that exists, without that study
        Sweep.create(SweepSpec(BASE, (Axis("growth_rate", (4,)),), "digits", {"epochs": 1}), _url(tmp_path), "other")
    code = main(["sweep", *NET, *argv, *url])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("explorer sweep: error: ") and names in err[0], err
    if "--workers" in argv:  # refused before a study was made for it
        assert main(["sweep", "--storage", _url(tmp_path), "--list"]) == 0
        assert capsys.readouterr().out == ""


def test_another_sweep_under_a_used_name_is_refused(tmp_path, capsys):
    first = Sweep.create(SweepSpec(BASE, (Axis("growth_rate", (4,)),), "digits", {"epochs": 1}), _url(tmp_path), "s")
    code = main(["sweep", *NET, *FAST, "--axis", "growth_rate=4,6", "--storage", _url(tmp_path), "--study", "s"])
    err = capsys.readouterr().err
    assert code == 2 and "study = 's'" in err and "different sweep" in err
    again = Sweep.open(_url(tmp_path), "s")  # the first sweep untouched
    assert again.spec == first.spec and [r.state for r in again.results()] == ["waiting"]


def _cli(tmp_path: Path, *argv: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "sweep", *argv], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_ctrl_c_stops_keeping_finished_trials_and_two_processes_share_the_rest(tmp_path):
    url = _url(tmp_path)
    argv = [*NET, "--dataset", "digits", "--epochs", "1", "--max-batches", "8", "--batch-size", "16",
            "--axis", "growth_rate=4,6,8", "--seeds", "2", "--storage", url, "--study", "shared"]
    first = _cli(tmp_path, *argv, start_new_session=True)
    seen = []
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:  # the first finished trial's line
        line = first.stderr.readline()
        seen.append(line)
        if line.startswith("trial ") or not line:
            break
    assert seen[-1].startswith("trial "), seen
    os.killpg(first.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole group, workers included
    out, err = first.communicate(timeout=60)
    assert first.returncode == 130, err
    assert "interrupted" in err and "Resume with: explorer sweep --storage" in err and "--study shared" in err
    assert out.splitlines()[0].split()[0] == "point"
    sweep = Sweep.open(url, "shared")
    done, total = sweep.progress()
    assert 1 <= done < total == 6
    assert not [r for r in sweep.results() if r.state == "running"]  # the interrupted trial is not left running
    kept = {r.number: r.accuracy for r in sweep.results() if r.state == "complete"}

    # Two processes join the same study (as two machines would): the rest, each trial exactly once.
    pair = [_cli(tmp_path, "--storage", url, "--study", "shared", "--quiet") for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in pair]
    assert [p.returncode for p in pair] == [0, 0], outs
    trials = sweep._storage.get_all_trials(sweep._study_id, deepcopy=False)
    complete = [t for t in trials if t.state.name == "COMPLETE"]
    assert Counter(t.user_attrs["key"] for t in complete) == Counter(dict.fromkeys(range(6), 1))
    assert {t.number: t.value for t in complete if t.number in kept} == kept  # kept, not trained again
    assert sweep.progress() == (6, 6)
