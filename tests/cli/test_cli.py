"""The command line: summary and presets, `python main.py` == `explorer`, one-line errors with exit 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.config import DenseNetConfig, config_to_json

ROOT = Path(__file__).resolve().parents[2]


def run_cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_of_the_default_prints_0_8m(capsys):
    code, out, _ = run_cli(capsys, "summary", "--preset", "densenet-bc-l100-k12")
    assert code == 0
    assert "769,162 parameters (0.8M)" in out
    assert "108 + 12×(3−1) = 132" in out  # the growth formula of block 2, layer 3


def test_summary_json_has_the_documented_keys(capsys):
    code, out, _ = run_cli(capsys, "summary", "--depth", "40", "--no-bottleneck", "--compression", "1",
                           "--growth-rate", "12", "--json")
    data = json.loads(out)
    assert code == 0
    assert {"config", "total_params", "macs", "connections", "layers", "blocks"} <= set(data)
    assert data["total_params"] == 1_019_722
    assert data["connections"] == 3 * 12 * 13 // 2
    layer = data["layers"][1]
    assert {"name", "kind", "block", "in_channels", "out_channels", "output_size", "params", "macs"} <= set(layer)
    assert layer["in_channels"] == 16 and layer["output_size"] == [32, 32]


def test_overrides_apply_on_a_preset(capsys):
    _, out, _ = run_cli(capsys, "summary", "--preset", "densenet121", "--num-classes", "10", "--blocks",
                        "6,12,24,16", "--input-size", "64", "--json")
    data = json.loads(out)
    assert data["config"]["num_classes"] == 10 and data["layers"][-1]["output_size"] == [1, 1]


def test_config_file(tmp_path, capsys):
    path = tmp_path / "net.json"
    path.write_text(config_to_json(DenseNetConfig(growth_rate=6, block_layers=(2, 2))))
    code, out, _ = run_cli(capsys, "summary", "--config", str(path), "--json")
    assert code == 0 and json.loads(out)["config"]["growth_rate"] == 6


@pytest.mark.parametrize("args, words", [
    (["summary", "--depth", "101"], "nearest 100 or 106"),
    (["summary", "--growth-rate", "0"], "growth_rate = 0"),
    (["summary", "--compression", "2"], "(0, 1]"),
    (["summary", "--blocks", "6,x"], "block_layers"),
    (["summary", "--preset", "densenet-121"], "did you mean"),
    (["summary", "--depth", "40", "--blocks", "5,5,5"], "disagrees"),
    (["summary", "--input-size", "2"], "at least"),
    (["summary", "--config", "/nonexistent/x.json"], "cannot be read"),
    (["summary", "--depth", "abc"], "invalid int"),
    (["nonsense"], "invalid choice"),
])
def test_bad_arguments_one_line_exit_2(args, words):
    proc = subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert words in lines[0]
    assert "Traceback" not in proc.stderr


def test_presets_lists_every_preset_with_counts(capsys):
    code, out, _ = run_cli(capsys, "presets", "--json")
    items = {i["name"]: i for i in json.loads(out)}
    assert code == 0
    assert items["densenet121"]["params"] == 7_978_856
    assert items["densenet-bc-l190-k40"]["paper_params"] == "25.6M"
    code, out, _ = run_cli(capsys, "presets")
    assert "densenet-bc-l250-k24" in out and "15.3M" in out


def test_summary_torchinfo_cross_check(capsys):
    code, out, _ = run_cli(capsys, "summary", "--blocks", "2,2", "--growth-rate", "4", "--torchinfo")
    assert code == 0
    assert "Total params" in out


def test_main_py_and_module_are_the_same_program():
    a = subprocess.run([sys.executable, "main.py", "presets", "--json"], capture_output=True, text=True, cwd=ROOT)
    b = subprocess.run([sys.executable, "-m", "explorer", "presets", "--json"], capture_output=True, text=True,
                       cwd=ROOT)
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout


def test_a_reader_that_leaves_early_is_not_an_error():
    proc = subprocess.run(f"'{sys.executable}' -m explorer summary --blocks 3000,3000 | head -1", shell=True,
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.startswith("layer") and "Traceback" not in proc.stderr
