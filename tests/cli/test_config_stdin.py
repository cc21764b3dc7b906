"""`--config -`: every command that takes --config reads standard input, a config JSON or a network's shared text,
bounded like a file; anything else is one line on stderr and exit status 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.config import config_to_json, preset_config
from explorer.core.io import MAX_CONFIG_BYTES, load_config
from explorer.core.share import share_text

ROOT = Path(__file__).resolve().parents[2]
RESNET = preset_config("resnet-20")


class _Stdin:
    """Standard input as a program sees it when text is piped in."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def run_with_stdin(monkeypatch, capsys, data: bytes, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("text", [share_text(RESNET), config_to_json(RESNET)], ids=["shared text", "config JSON"])
def test_summary_reads_the_network_from_stdin(monkeypatch, capsys, text):
    code, out, err = run_with_stdin(monkeypatch, capsys, text.encode(), "summary", "--config", "-", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["config"] == json.loads(config_to_json(RESNET))


def test_overrides_apply_on_stdin(monkeypatch, capsys):
    code, out, _ = run_with_stdin(monkeypatch, capsys, share_text(RESNET).encode(), "summary", "--config", "-",
                                  "--depth", "32", "--json")
    assert code == 0 and json.loads(out)["config"]["depth"] == 32


def test_export_writes_what_stdin_held(monkeypatch, capsys, tmp_path):
    out = tmp_path / "net.json"
    code, said, _ = run_with_stdin(monkeypatch, capsys, share_text(RESNET).encode(), "export", "--config", "-",
                                   "--config-json", str(out))
    assert code == 0 and said.startswith("wrote ") and load_config(out) == RESNET


def test_compare_reads_stdin_beside_a_preset(monkeypatch, capsys):
    code, out, _ = run_with_stdin(monkeypatch, capsys, share_text(RESNET).encode(), "compare", "resnet-110",
                                  "--config", "-", "--json")
    assert code == 0 and [e["title"] for e in json.loads(out)] == ["ResNet-110", "ResNet-20"]


@pytest.mark.parametrize("data, said", [
    (b"", "network = '': is empty"),
    (b"hello\n", "network = 'hello': is neither a network's text nor a config JSON object"),
    (b"densenet-explorer:v9:{}", "is in version 9 of the format; this program reads version 1"),
    (b'{"family": "densenet", "family": "resnet"}', "appears twice"),
    (b"\xff\xfe", "standard input: is not text (UTF-8)"),
    (b" " * (MAX_CONFIG_BYTES + 1), "standard input: holds more than a config can be"),
])
def test_bad_input_is_one_line_and_exit_2(monkeypatch, capsys, data, said):
    code, out, err = run_with_stdin(monkeypatch, capsys, data, "summary", "--config", "-")
    assert code == 2 and out == ""
    assert err.startswith("explorer summary: error: ") and said in err and err.count("\n") == 1


def test_a_real_pipe(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "explorer", "summary", "--config", "-"], input=share_text(RESNET),
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and "ResNet-20" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "explorer", "summary", "--config", "-"], input="{oops",
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "is not valid JSON" in proc.stderr


def test_help_names_stdin(capsys):
    with pytest.raises(SystemExit):
        main(["summary", "--help"])
    assert "- reads standard input" in " ".join(capsys.readouterr().out.split())
