"""`explorer compare` and the family options of the shared network arguments."""

from __future__ import annotations

import json

import pytest

from explorer.cli import main
from explorer.core.compare import entry_for, pattern_connections, pattern_edges, reference_row
from explorer.core.config import preset_config
from explorer.core.io import save_config


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_json_side_by_side(capsys):
    code, out, err = run(capsys, "compare", "plain-110", "resnet-110", "densenet-bc-l100-k12", "resnet-1202",
                         "--json", "--batch-size", "8")
    assert code == 0 and err == ""
    data = {d["name"]: d for d in json.loads(out)}
    assert data["plain-110"]["params"] == data["resnet-110"]["params"] == 1_727_962
    assert data["densenet-bc-l100-k12"]["params"] == 769_162
    assert data["plain-110"]["connections"] == 54 and data["resnet-110"]["connections"] == 108
    assert data["densenet-bc-l100-k12"]["connections"] == 3 * 16 * 17 // 2
    assert data["densenet-bc-l100-k12"]["depth"] == 100 and data["resnet-1202"]["depth"] == 1202
    assert data["resnet-110"]["paper_errors"]["C10+"] == 6.61
    assert data["densenet-bc-l100-k12"]["paper_errors"]["C100+"] == 22.27
    r1202 = data["resnet-1202"]
    assert (r1202["params_rounded"], r1202["paper_params"], r1202["disagrees_with_table"]) == ("19.4M", "10.2M", True)
    assert r1202["train_activation_bytes"] == 8 * r1202["train_activation_bytes_per_image"] > 0
    assert data["resnet-110"]["param_bytes"] == 4 * 1_727_962
    assert data["resnet-110"]["macs"] == data["plain-110"]["macs"] > 0
    assert data["plain-110"]["patterns"] == ["chain"] and data["resnet-110"]["patterns"] == ["residual"]


def test_compare_table_shows_both_figures_and_the_note(capsys, tmp_path):
    path = tmp_path / "mine.json"
    save_config(path, preset_config("wrn-16-8", widen_factor=2))
    code, out, _ = run(capsys, "compare", "fractalnet-20", "wrn-28-10", "--config", str(path))
    assert code == 0
    assert "33,724,618" in out and "38.6M (differs: see note)" in out and "note (fractalnet-20)" in out
    assert "36,479,194" in out and "mine.json" in out and "WRN-16-2" in out
    assert "error C10+" in out and "4.17%" in out


@pytest.mark.parametrize("argv, words", [
    (["compare", "resnet-111"], ["preset", "resnet-110"]),
    (["compare"], ["at least one"]),
    (["compare", "resnet-110", "--batch-size", "0"], ["--batch-size"]),
    (["summary", "--preset", "resnet-110", "--depth", "57"], ["depth = 57", "nearest 56 or 62"]),
    (["summary", "--preset", "wrn-16-8", "--growth-rate", "3"], ["--growth-rate", "--widen-factor"]),
    (["summary", "--preset", "densenet-l40-k12", "--width", "3"], ["--width", "DenseNet"]),
    (["summary", "--family", "resnet", "--preset", "resnet-20"], ["family"]),
])
def test_errors_are_one_line_and_exit_2(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    for w in words:
        assert w in err


def test_family_options_build_the_network(capsys):
    code, out, _ = run(capsys, "summary", "--family", "wide_resnet", "--depth", "16", "--widen-factor", "4",
                       "--json")
    assert code == 0 and json.loads(out)["total_params"] == 2_748_890
    code, out, _ = run(capsys, "summary", "--preset", "resnet-110", "--depth", "20", "--shortcut", "B", "--json")
    cfg = json.loads(out)["config"]
    assert (cfg["family"], cfg["depth"], cfg["shortcut"]) == ("resnet", 20, "B")
    code, out, _ = run(capsys, "summary", "--family", "fractalnet", "--columns", "2", "--channels", "8,8",
                       "--input-size", "4", "--json")
    data = json.loads(out)
    assert data["depth"] == 2 * 2 + 1 and data["config"]["channels"] == [8, 8]
    # DenseNet options keep working.
    code, out, _ = run(capsys, "summary", "--growth-rate", "12", "--depth", "40", "--no-bottleneck",
                       "--compression", "1", "--json")
    assert json.loads(out)["total_params"] == 1_019_722


def test_patterns_count_their_connections():
    for layers in (1, 4, 7):
        assert pattern_connections("chain", layers) == layers
        assert pattern_connections("residual", layers) == 2 * layers
        assert pattern_connections("dense", layers) == layers * (layers + 1) // 2
    assert pattern_edges("dense", 2) == [(0, 1, "through"), (0, 2, "concat"), (1, 2, "through")]


def test_reference_rows_and_the_current_network():
    assert reference_row("resnet-110-sd").errors["C10+"] == 5.23
    assert reference_row("fractalnet-20-droppath").errors["C100"] == 28.20
    assert reference_row("plain-110") is None
    e = entry_for(preset_config("resnet-20", width=8), name="current")
    assert e.name == "current" and e.paper_params is None and not e.disagrees_with_table and e.paper_errors == {}
    same = entry_for(preset_config("resnet-1202"), name="current")
    assert same.name == "current" and same.paper_params == "10.2M" and same.disagrees_with_table


def test_compare_match_sizes_every_family_to_the_one_network(capsys):
    code, out, err = run(capsys, "compare", "densenet-bc-l100-k12", "--match", "params", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert [d["name"] for d in data] == ["densenet-bc-l100-k12", "plain (matched)", "resnet (matched)",
                                         "preact_resnet (matched)", "wide_resnet (matched)", "fractalnet (matched)"]
    assert "budget" not in data[0]
    for d in data[1:]:
        b = d["budget"]
        assert b["by"] == "params" and b["target"] == 769_162 == data[0]["params"] and b["value"] == d["params"]
        assert abs(d["params"] - 769_162) <= 0.1 * 769_162 and b["within_tolerance"]
        assert b["mismatch_pct"] == pytest.approx(100 * (d["params"] - 769_162) / 769_162, abs=1e-4)
    assert data[1]["config"]["depth"] == 104 and data[1]["params"] == 772_661  # 6n+2 nearest 100 within 2%
    code, out, _ = run(capsys, "compare", "densenet-l40-k12", "--match", "macs")
    assert code == 0
    assert "matched by multiply-adds (target 264,812,928):" in out
    assert "  plain: Plain-26 (no shortcuts), 260,629,880 multiply-adds, mismatch -1.6%." in out


def test_compare_match_takes_one_network_and_a_known_budget(capsys):
    code, out, err = run(capsys, "compare", "densenet-l40-k12", "resnet-20", "--match", "params")
    assert code == 2 and out == "" and "--match params takes one network" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as info:  # argparse's own refusal: one line, exit 2
        main(["compare", "densenet-l40-k12", "--match", "flops"])
    out, err = capsys.readouterr()
    assert info.value.code == 2 and out == "" and err.count("\n") == 1
    assert "--match" in err and "'params', 'macs'" in err
