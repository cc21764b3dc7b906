"""Core messages: the English the CLI prints is unchanged, the parts are there for the UI, and every message the
core can say has a Korean translation with the same fields (explorer/resources/i18n/messages_ko.ts)."""

from __future__ import annotations

import ast
import pickle
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from explorer.core.config import ConfigError, DenseNetConfig, PreActResNetConfig, ResNetConfig, preset_config
from explorer.core.messages import M, Message, as_message, join, render

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "explorer" / "core"
TS = ROOT / "explorer" / "resources" / "i18n" / "messages_ko.ts"


def core_messages() -> dict[str, set[str]]:
    """Every M("id", "template") written in explorer/core: id -> its templates."""
    found: dict[str, set[str]] = {}
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "M"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                found.setdefault(node.args[0].value, set()).add(node.args[1].value)
    return found


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def korean() -> dict[tuple[str, str], tuple[str, bool]]:
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            out[(name, message.findtext("source"))] = (tr.text or "", tr.get("type") != "unfinished")
    return out


def test_a_message_is_its_english_sentence():
    m = M("range.int", "{lo} to {hi}")(lo=1, hi=64)
    assert m == "1 to 64" and str(m) == "1 to 64" and f"[{m}]" == "[1 to 64]" and len(m) == 7
    assert (m.id, m.template, dict(m.params)) == ("range.int", "{lo} to {hi}", {"lo": 1, "hi": 64})
    assert Message("range.int", "{lo} to {hi}", {"lo": 1, "hi": 64}) == m
    assert pickle.loads(pickle.dumps(m)).params == {"lo": 1, "hi": 64}
    nested = M("x", "is {v} ({r})")(v=3, r=m)
    assert nested == "is 3 (1 to 64)"
    upper = render(nested, lambda _id, t: {"x": "값 {v} ({r})", "range.int": "{lo}~{hi}"}[_id])
    assert upper == "값 3 (1~64)"
    assert render(nested, lambda _id, t: "{broken") == "is 3 (1 to 64)"  # a broken translation: the English
    assert join([m, "x"], " or ") == "1 to 64 or x"
    assert as_message("plain {text}").params == {"text": "plain {text}"} and render("plain") == "plain"


def test_config_errors_keep_their_english_and_carry_parts():
    with pytest.raises(ConfigError) as info:
        DenseNetConfig(growth_rate=0)
    err = info.value
    assert str(err) == "growth_rate = 0: is out of range (valid: 1 to 10000)"
    assert err.parts.id == "config.out_of_range" and err.valid_parts.id == "range.int"
    assert err.valid_parts.params == {"lo": 1, "hi": 10000} and err.message == "is out of range"
    with pytest.raises(ConfigError) as info:
        DenseNetConfig().with_depth(101)
    assert str(info.value) == ("depth = 101: does not fit 3 equal blocks with bottleneck: (L - 4) / 6 must be a "
                               "whole number (valid: nearest 100 or 106)")
    assert info.value.parts.id == "config.depth_blocks_bottleneck" and info.value.valid_parts.id == "range.nearest2"
    with pytest.raises(ConfigError) as info:
        ResNetConfig(depth=21)
    assert info.value.parts.params["what"].id == "depth.resnet"
    # A plain string (the CLI's own refusals) is kept as it is.
    plain = ConfigError("x", 1, "is odd", "even")
    assert str(plain) == "x = 1: is odd (valid: even)" and plain.parts.id == "text"
    assert ConfigError("x", 1, "is odd").valid_parts is None


def test_titles_labels_and_notes_are_messages_with_the_old_english():
    assert ResNetConfig(depth=110, survival_last=0.5).title == "ResNet-110 with stochastic depth (p_L=0.5)"
    assert PreActResNetConfig(depth=164).title.id == "title.preact_bottleneck"
    assert preset_config("densenet264").title == "DenseNet-BC (L=265, k=32)"
    from explorer.core.config import PRESETS

    assert PRESETS["plain-20"].label == "Plain net, L=20" and PRESETS["plain-20"].label.id == "preset.plain"
    assert PRESETS["densenet264"].note.id == "note.densenet264" and "265 layers" in PRESETS["densenet264"].note


def test_one_template_per_id():
    clashes = {k: v for k, v in core_messages().items() if len(v) > 1}
    assert not clashes, clashes


def test_every_core_message_has_a_korean_translation_with_the_same_fields():
    messages = core_messages()
    assert len(messages) > 80, len(messages)
    ko = korean()
    missing, unfinished, mismatched = [], [], []
    for mid, templates in messages.items():
        for template in templates:
            if (mid, template) not in ko:
                missing.append((mid, template))
                continue
            text, finished = ko[(mid, template)]
            if not finished or not text.strip():
                unfinished.append((mid, template))
            elif fields(text) != fields(template):
                mismatched.append((mid, template, text))
    assert not missing, f"not in {TS.name} (run tools/update_translations.py): {missing}"
    assert not unfinished, f"no Korean yet: {unfinished}"
    assert not mismatched, f"fields differ: {mismatched}"


def test_korean_templates_have_no_english_words():
    allowed = {"CIFAR", "ImageNet", "DenseNet", "ResNet", "FractalNet", "WRN", "BN", "ReLU", "CPU", "CUDA", "MPS",
               "SVHN", "CNN", "He", "et", "al", "Larsson", "Huang", "macOS", "torch", "torchvision", "NaN", "JSON",
               "B", "C",
               "PNG", "JPEG", "BMP", "GIF", "TIFF", "WebP", "MiB", "GiB", "UTF", "idx", "MATLAB", "MD5",
               "scipy", "MAC",  # file formats, units, a package's name, GLOSSARY.md's 곱셈-누산(MAC)
               "LO", "HI", "xN", "log",  # a sweep range as it is typed: 0.05..0.2 x4 log
               "insights", "json"}  # a file's name: insights.json
    bad = {}
    for (mid, _source), (text, finished) in korean().items():
        words = [w for w in re.findall(r"[A-Za-z]+", re.sub(r"\{[^}]*\}|\b[A-Za-z]+\d+\w*|\w*_\w*", " ", text))
                 if len(w) > 1 and w not in allowed]
        if finished and words:
            bad[mid] = (text, words)
    assert not bad, bad
