"""The standalone PyTorch file: for every preset and for drawn small configs of every family, run in ONE fresh
process where our package cannot be imported, its network has our model's state_dict keys, shapes and
parameter count, loads our checkpoint's (or state_dict's) weights with strict=True and gives equal outputs;
its ``__main__`` prints the count; it imports only torch and the standard library."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.checkpoint import save_checkpoint
from explorer.core.code_export import config_json_of, export_python, python_source
from explorer.core.config import (
    ConfigError,
    DenseNetConfig,
    FractalNetConfig,
    PlainConfig,
    PreActResNetConfig,
    ResNetConfig,
    WideResNetConfig,
    config_to_dict,
)
from explorer.core.families import all_presets
from explorer.core.io import OutputRefused
from explorer.core.models import build_model

# Runs in the fresh process: each file in its own namespace (runpy), our package blocked from importing.
CHILD = textwrap.dedent('''
    import contextlib, io, json, runpy, sys
    sys.modules["explorer"] = None  # the exported file must not need our package
    import torch

    results = []
    for job in json.load(open(sys.argv[1])):
        ns = runpy.run_path(job["file"])
        out = {"config": ns["CONFIG"]}
        if job["meta"]:
            with torch.device("meta"):
                model = ns["build_model"]()
        else:
            model = ns["build_model"]()
            ns["load_weights"](model, job["weights"])
            model.eval()
            with torch.no_grad():
                torch.save(model(torch.load(job["input"])), job["output"])
            sys.argv = [job["file"], job["weights"]]
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                runpy.run_path(job["file"], run_name="__main__")
            out["main"] = printed.getvalue()
        out["keys"] = {k: list(v.shape) for k, v in model.state_dict().items()}
        out["params"] = sum(p.numel() for p in model.parameters())
        results.append(out)
    print(json.dumps(results))
''')

ALLOWED_IMPORTS = {"torch", "__future__"} | set(sys.stdlib_module_names)


def imported_roots(text: str) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots.add((node.module or "").split(".")[0])
    return roots


def start_child(tmp_path: Path, jobs: list[dict]) -> subprocess.Popen:
    """The fresh process, started at once so that it runs while this one builds the networks to compare."""
    (tmp_path / "jobs.json").write_text(json.dumps(jobs))
    (tmp_path / "child.py").write_text(CHILD)
    return subprocess.Popen([sys.executable, "-I", str(tmp_path / "child.py"), str(tmp_path / "jobs.json")],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def child_results(child: subprocess.Popen) -> list[dict]:
    out, err = child.communicate(timeout=600)
    assert child.returncode == 0, err[-3000:]
    return json.loads(out.splitlines()[-1])


def write_file(tmp_path: Path, name: str, config) -> Path:
    path = tmp_path / f"{name}.py"
    export_python(config, path)
    text = path.read_text()
    assert imported_roots(text) <= ALLOWED_IMPORTS, imported_roots(text) - ALLOWED_IMPORTS
    assert config_json_of(text) == config_to_dict(config)
    return path


def our_keys(model: torch.nn.Module) -> dict[str, list[int]]:
    return {k: list(v.shape) for k, v in model.state_dict().items()}


def our_params(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def test_every_preset_has_our_keys_shapes_and_count(tmp_path):
    presets = all_presets()
    jobs = [{"file": str(write_file(tmp_path, p.name.replace("-", "_"), p.config)), "meta": True} for p in presets]
    child = start_child(tmp_path, jobs)
    ours_all = [build_model(p.config, device="meta") for p in presets]
    results = child_results(child)
    assert len(results) == len(presets) == 29
    for preset, ours, got in zip(presets, ours_all, results):
        assert got["config"] == config_to_dict(preset.config), preset.name
        assert got["keys"] == our_keys(ours), preset.name  # names and order of every parameter and buffer
        assert got["params"] == our_params(ours), preset.name


# ------------------------------------------------------------------------------ drawn small configs

SMALL = {
    "densenet": st.builds(DenseNetConfig, growth_rate=st.integers(1, 6),
                          block_layers=st.lists(st.integers(1, 3), min_size=1, max_size=3).map(tuple),
                          bottleneck=st.booleans(), bn_size=st.integers(1, 4),
                          compression=st.sampled_from([0.5, 0.7, 1.0]), stem=st.sampled_from(["cifar", "imagenet"]),
                          drop_rate=st.sampled_from([0.0, 0.2]), num_classes=st.integers(1, 5),
                          in_channels=st.integers(1, 3), input_size=st.integers(8, 20)),
    "plain": st.builds(PlainConfig, depth=st.sampled_from([8, 14]), width=st.integers(1, 4),
                       num_classes=st.integers(1, 5), in_channels=st.integers(1, 3), input_size=st.integers(4, 12)),
    "resnet": st.builds(ResNetConfig, depth=st.sampled_from([8, 14]), width=st.integers(1, 4),
                        shortcut=st.sampled_from(["A", "B"]), survival_last=st.sampled_from([0.5, 1.0]),
                        num_classes=st.integers(1, 5), in_channels=st.integers(1, 3), input_size=st.integers(4, 12)),
    "preact_resnet": st.one_of(
        st.builds(PreActResNetConfig, depth=st.just(11), bottleneck=st.just(True), width=st.integers(1, 4),
                  num_classes=st.integers(1, 5), in_channels=st.integers(1, 3), input_size=st.integers(4, 12)),
        st.builds(PreActResNetConfig, depth=st.sampled_from([8, 14]), bottleneck=st.just(False),
                  width=st.integers(1, 4), num_classes=st.integers(1, 5), input_size=st.integers(4, 12))),
    "wide_resnet": st.builds(WideResNetConfig, depth=st.sampled_from([10, 16]), widen_factor=st.integers(1, 2),
                             drop_rate=st.sampled_from([0.0, 0.3]), num_classes=st.integers(1, 5),
                             in_channels=st.integers(1, 3), input_size=st.integers(4, 12)),
    "fractalnet": st.builds(FractalNetConfig, columns=st.integers(1, 3),
                            channels=st.lists(st.integers(1, 4), min_size=1, max_size=3).map(tuple),
                            drop_path=st.sampled_from([0.0, 0.15]), global_paths=st.sampled_from([0.0, 0.5]),
                            drop_rate=st.sampled_from([0.0, 0.3]), num_classes=st.integers(1, 5),
                            in_channels=st.integers(1, 3), input_size=st.integers(8, 16)),
}
PER_FAMILY = 3  # 18 configs, every family


def drawn(strategy, count: int) -> list:
    """``count`` valid configs drawn by hypothesis from ``strategy`` (a draw the config refuses is skipped)."""
    found: list = []

    @settings(max_examples=50, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def draw(data) -> None:
        try:
            config = data.draw(strategy)
        except ConfigError:
            return
        if len(found) < count:
            found.append(config)

    draw()
    assert len(found) == count
    return found


def scrambled_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Our weights with batch-norm statistics and affine terms moved off their initial values, so that a
    wrong mapping of any tensor shows in the outputs."""
    state = {}
    for k, v in model.state_dict().items():
        if v.is_floating_point():
            v = torch.rand_like(v) + 0.5 if k.endswith("running_var") else v + 0.1 * torch.randn_like(v)
        state[k] = v
    model.load_state_dict(state, strict=True)
    return model.state_dict()


def test_drawn_configs_load_our_weights_and_give_our_outputs(tmp_path):
    torch.manual_seed(0)
    configs = [c for strategy in SMALL.values() for c in drawn(strategy, PER_FAMILY)]
    jobs, expected = [], []
    for i, config in enumerate(configs):
        model = build_model(config)
        state = scrambled_state(model)
        weights = tmp_path / f"net{i}.pt"
        if i == 0:  # one real checkpoint, as training saves it
            channels = config.in_channels
            classes = [str(c) for c in range(config.num_classes)]
            save_checkpoint(weights, config=config, model_state=state, classes=classes,
                            mean=[0.5] * channels, std=[0.25] * channels)
        else:
            torch.save(state, weights)
        x = torch.randn(2, config.in_channels, config.input_size, config.input_size)
        torch.save(x, tmp_path / f"in{i}.pt")
        model.eval()
        with torch.no_grad():
            expected.append((config, model, model(x)))
        jobs.append({"file": str(write_file(tmp_path, f"net{i}", config)), "meta": False, "weights": str(weights),
                     "input": str(tmp_path / f"in{i}.pt"), "output": str(tmp_path / f"out{i}.pt")})
    results = child_results(start_child(tmp_path, jobs))
    assert len(results) == len(configs) == 6 * PER_FAMILY
    for i, ((config, model, y), got) in enumerate(zip(expected, results)):
        assert got["keys"] == our_keys(model), config
        assert got["params"] == our_params(model), config
        assert torch.equal(torch.load(tmp_path / f"out{i}.pt"), y), config
        assert f"{our_params(model):,} parameters" in got["main"], got["main"]
        assert f"-> output (1, {config.num_classes})" in got["main"], got["main"]


def test_the_file_reads_well():
    text = python_source(DenseNetConfig(block_layers=(2, 2), growth_rate=4))
    assert "class DenseLayer(nn.Module):" in text and "class DenseNet(nn.Module):" in text
    assert 'CONFIG = {\n    "family": "densenet",' in text
    assert "explorer" not in imported_roots(text)
    assert "# type: ignore" not in text
    compile(text, "net.py", "exec")


def test_refused_outputs_write_nothing(tmp_path):
    config = PlainConfig(depth=8, width=2)
    source = tmp_path / "in.json"
    source.write_text("{}")
    with pytest.raises(OutputRefused):
        export_python(config, source, inputs=[source])
    assert source.read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]
