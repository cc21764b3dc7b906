"""Hostile text and values into every CLI option of every command and every config field.

Each command runs in-process through ``main(argv)``; the only outcomes accepted are exit 0, or exit 2 with
exactly one short line on stderr in which every character is printable (control characters, ESC sequences,
bidi overrides and newlines from the input shown escaped, a huge value shortened). Anything else (a
traceback, a hang, a raw ESC reaching the terminal, a 100 kB error line) fails. Trainings are kept tiny (one
epoch of one batch of a 2-layer network) so that the whole file stays well under a minute.
"""

from __future__ import annotations

import argparse
import itertools
import json

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.cli import build_parser, main
from explorer.cli.text import LINE_CHARS, escape, line, shown
from explorer.core.checkpoint import save_checkpoint
from explorer.core.config import CONFIG_TYPES, DenseNetConfig
from explorer.core.images import sample_images
from explorer.core.models import build_model

MAX_ERR = LINE_CHARS + 200  # the prefix "explorer COMMAND: error: " and "(see --help)"
TINY = DenseNetConfig(growth_rate=2, block_layers=(1, 1), in_channels=3, input_size=16, num_classes=3)

# Text a hostile user (or a hostile file) gives: spaces, full-width and Arabic-Indic digits, separators, empty
# items, non-finite words, numbers of thousands of digits, terminal escapes (clear screen, set title), a bidi
# override, newlines, NUL, a lone surrogate (an undecodable file name), very long text, option-like text.
HOSTILE = [
    "", " ", " 12", "12 ", "１２", "١٢", "1_000", "0x10", "1e3", "+1", "1,,2", ",", "1,2,", " 1, 2",
    "nan", "-inf", "Infinity", "1e400", "-1e400", "0", "-1", "1", "2", "0.5",
    str(2**63), "9" * 5000, "-" + "9" * 5000,
    "\x1b[2J\x1b[H", "\x1b]0;pwned\x07", "\u202etxt.exe", "a\nexplorer train: error: forged", "\r\x1b[K",
    "x\x00y", "\udcff\udcfe", "\x9b31m", "\u2028", "🙂 한글", "x" * 100_000, "-", "--", "folder:", "folder:\x1b[2J",
    "cpu", "meta", "cpu:7", "cuda:99999999999999999999", "digits", "densenet",
]
# The subset tried with every option in the plain sweep (the hypothesis test draws from all of HOSTILE).
SWEEP = ["", " 12", "１２", "1,,2", "nan", "9" * 5000, "\x1b[2J\x1b]0;t\x07", "\u202e", "a\nb", "x" * 100_000,
         "-1", "x\x00y", "\udcff", "meta"]


def _safe(text: str) -> str:
    """No value may name a place outside the test's folder: no '/' (never /dev/..., never /etc)."""
    return text.replace("/", "_")


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """The test's own folder (the working directory while commands run) with a tiny checkpoint."""
    d = tmp_path_factory.mktemp("hostile")
    save_checkpoint(d / "tiny.pt", config=TINY, model_state=build_model(TINY).state_dict(),
                    classes=["\x1b[2Jcat", "dog\u202e", "x" * 900], mean=[0.5], std=[0.25], epoch=1)
    return d


@pytest.fixture
def in_place(place, monkeypatch):
    monkeypatch.chdir(place)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny networks: threads only contend on a shared machine
    yield place
    torch.set_num_threads(threads)


_counter = itertools.count()


def _bases(place) -> dict[str, list[str]]:
    """A valid, quick command line per command; the option under test is added (or replaces its own)."""
    image = str(sample_images()[0])
    net = ["--blocks", "1,1", "--growth-rate", "2"]
    return {
        "summary": ["summary", *net],
        "export": ["export", "--csv", "ledger.csv", *net],
        "compare": ["compare", "resnet-20"],
        "predict": ["predict", "--checkpoint", str(place / "tiny.pt"), image],
        "train": ["train", *net, "--epochs", "1", "--max-batches", "1", "--quiet", "--out", "run"],
        "presets": ["presets"],
        # a one-trial sweep in a database of the test's own folder (a valid value trains it in a worker process)
        "sweep": ["sweep", *net, "--dataset", "digits", "--epochs", "1", "--max-batches", "1", "--axis",
                  "growth_rate=2", "--quiet", "--storage", f"sqlite:///{place / 'sweeps.db'}", "--study", "s"],
    }


def _options() -> list[tuple[str, str, argparse.Action]]:
    """Every option that takes a value, of every command (found from the parser: a new option is covered)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found = []
    for command, p in sorted(sub.choices.items()):
        for action in p._actions:
            if isinstance(action, argparse._HelpAction) or action.nargs == 0:
                continue
            name = next((s for s in action.option_strings if s.startswith("--")), action.dest)
            found.append((command, name, action))
    return found


OPTIONS = _options()
TRAIN_OPTIONS = {o for c, o, _ in OPTIONS if c == "train"}


def _argv(place, command: str, option: str, action: argparse.Action, value: str) -> list[str]:
    base = list(_bases(place)[command])
    if not action.option_strings:  # a positional (images, names): the value takes the place of the base's
        if command == "predict":
            return base[:-1] + [value]
        return [command, value]
    for flag in action.option_strings:  # the option replaces the base's own value for it
        if flag in base:
            i = base.index(flag)
            del base[i:i + 2]
    if command == "train" and option != "--out":
        base[base.index("--out") + 1] = f"run{next(_counter)}"  # a fresh folder: runs never meet
    if command == "sweep" and option != "--study" and "--study" in base:
        base[base.index("--study") + 1] = f"s{next(_counter)}"  # a fresh study: sweeps never meet
    if command == "export" and option == "--config-json":
        del base[1:3]  # one output at a time (--onnx keeps --csv: exporting ONNX takes ~20 s)
    return base + [option, value]


def _run_and_check(argv: list[str], capfd) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own exit (usage errors): still one line, exit 2
        code = exc.code
    out, err = capfd.readouterr()
    where = f"{[a[:40] for a in argv]}: code {code}, stderr {err[:300]!r}"
    # a sweep whose trial failed (a learning rate of 1e300 ...) says so and exits 1, its other output as for 0
    assert code in ((0, 1, 2) if argv[:1] == ["sweep"] else (0, 2)), where
    if code == 2:
        assert err.endswith("\n") and err.count("\n") == 1, where
        assert err[:-1].isprintable(), where  # no ESC, bidi override, NUL, surrogate ... reaches the terminal
        assert len(err) <= MAX_ERR and "Traceback" not in err, where
    else:
        assert err == "", where
        assert all(text.isprintable() for text in out.splitlines()), where
        assert len(out) < 200_000, where
    return code, out, err


# ------------------------------------------------------------------------------------ the mechanism


def test_escape_keeps_text_and_escapes_what_is_not_printable():
    assert escape("DenseNet-BC (k=12) 한글 é θ 🙂") == "DenseNet-BC (k=12) 한글 é θ 🙂"
    assert escape("\x1b[2J\x07\n\r\t\x00\x7f\x9b\u202e\u2066\u200b\u2028\udcff") == (
        "\\x1b[2J\\x07\\n\\r\\t\\x00\\x7f\\x9b\\u202e\\u2066\\u200b\\u2028\\udcff")


def test_line_is_one_bounded_line_keeping_start_and_end():
    text = "start " + "\x1b" * 10_000_000 + " the reason"
    out = line(text)
    assert out.isprintable() and len(out) <= LINE_CHARS + 60
    assert out.startswith("start \\x1b") and out.endswith("\\x1b the reason") and "10,000,017 characters" in out
    assert shown("x" * 10**6).count("x") <= 300 and shown(10**5000) == "<a whole number of about 5,001 digits>"


# ------------------------------------------------------------------------------------ named cases


def _ckpt_with_classes(path, classes):
    save_checkpoint(path, config=TINY, model_state=build_model(TINY).state_dict(), classes=classes, mean=[0.5],
                    std=[0.25], epoch=1)
    return str(path)


@pytest.mark.parametrize("argv, words", [
    (["summary", "--depth", "１２"], "invalid int value: '１２'"),
    (["summary", "--depth", " 40"], "invalid int value: ' 40'"),
    (["summary", "--blocks", "1,,2"], "block_layers = '1,,2': has an empty item (item 2)"),
    (["summary", "--growth-rate", "9" * 5000], "'…'"),
    (["summary", "--preset", "\x1b[2J" + "x" * 100_000], "preset = '\\x1b[2Jxxx"),
    (["summary", "--compression", "1e400"], "compression = inf: must be a finite number"),
    (["train", "--device", "meta", "--epochs", "1"], "device = 'meta': holds no numbers"),
    (["predict", "--checkpoint", "tiny.pt", "--device", "meta", "{img}"], "device = 'meta': holds no numbers"),
    (["train", "--dataset", "\x1b]0;title\x07digits"], "dataset = '\\x1b]0;title\\x07digits'"),
    (["summary", "--config", "\x1b[2J.json"], "\\x1b[2J.json"),
    (["train", "--batch-size", "1", "--blocks", "1,1,1,1", "--growth-rate", "2", "--epochs", "1", "--quiet",
      "--out", "bs1"], "batch_size = 1: is too small for this network"),
])
def test_named_hostile_cases(in_place, capfd, argv, words):
    argv = [a.replace("{img}", str(sample_images()[0])) for a in argv]
    code, _out, err = _run_and_check(argv, capfd)
    assert code == 2 and words in err, err


@pytest.mark.parametrize("text, words", [
    ('{"\\u001b[2J\\u001b]0;t\\u0007": 1}', "\\x1b[2J\\x1b]0;t\\x07 = 1: is not a field"),
    ('{"\\u202egrowth": 1}', "\\u202egrowth = 1"),
    ('{"growth_rate": "' + "A" * 3_000_000 + '"}', "(3,000,000 characters): must be a whole number"),
    ('{"growth_rate": ' + "[" * 50_000 + "]" * 50_000 + "}", "is nested too deeply"),
    ('{"family": ["densenet"]}', "family = ['densenet']: is not a known network family"),
    ('{"family": {"x": 1}}', "is not a known network family"),
    ('{"growth_rate": ' + "9" * 5000 + "}", "holds a number with too many digits"),
    ('{"growth_rate": 12, "growth_rate": 40}', "growth_rate = 40: appears twice in the file"),
])
def test_hostile_config_files(in_place, capfd, text, words):
    (in_place / "c.json").write_text(text)
    code, _out, err = _run_and_check(["summary", "--config", "c.json"], capfd)
    assert code == 2 and words in err, err


def test_class_names_from_a_checkpoint_reach_the_terminal_escaped(in_place, capfd):
    image = str(sample_images()[0])
    code, out, _err = _run_and_check(["predict", "--checkpoint", "tiny.pt", image, "--top-k", "3"], capfd)
    assert code == 0 and "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[2Jcat" in out and "dog\\u202e" in out and "x" * 900 not in out  # 900 characters: shortened
    main(["predict", "--checkpoint", "tiny.pt", image, "--json"])
    record = json.loads(capfd.readouterr().out)
    assert {t["label"] for t in record["top"]} == {"\x1b[2Jcat", "dog\u202e", "x" * 900}  # JSON keeps them exact


def test_a_file_name_with_escapes_is_shown_escaped_in_what_is_printed(in_place, capfd):
    name = "led\x1b[2Jger\u202e.csv"
    code, out, _err = _run_and_check(["export", "--csv", name, "--blocks", "1,1", "--growth-rate", "2"], capfd)
    assert code == 0 and "wrote led\\x1b[2Jger\\u202e.csv:" in out
    assert (in_place / name).is_file()  # the file itself has the name asked for


def test_resume_past_the_end_exits_0_and_says_nothing_to_do(in_place, capfd):
    argv = ["train", "--blocks", "1,1", "--growth-rate", "2", "--epochs", "1", "--max-batches", "1", "--quiet",
            "--out", "done"]
    assert _run_and_check(argv, capfd)[0] == 0
    code, out, _err = _run_and_check(["train", "--resume", "done/checkpoint.pt", "--quiet"], capfd)
    assert code == 0 and out.startswith("completed: already trained 1 of 1 epochs; nothing to do;")
    assert "checkpoint done" in out


# ------------------------------------------------------------------------------------ every option


@pytest.mark.parametrize("command, option, action", OPTIONS, ids=[f"{c} {o}" for c, o, _ in OPTIONS])
def test_every_option_with_hostile_values(in_place, capfd, command, option, action):
    values = list(SWEEP)
    if action.choices:
        values += [str(c) for c in action.choices][:3]
    if command == "train":  # a valid value trains (tiny, but each a second on a loaded machine): fewer values
        values = values[::2] if option in ("--out", "--data-dir") else values
    if command == "sweep" and option in TRAIN_OPTIONS:  # the network and training options train's test covers
        values = values[::4]  # (the same parser helpers); a valid value starts a worker process (~3 s)
    elif command == "sweep" and option in ("--csv", "--study"):  # most values are valid here: each one trains
        values = values[::2]
    for value in values:
        _run_and_check(_argv(in_place, command, option, action, _safe(value)), capfd)


_values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=12),
    st.integers(-3, 3).map(str),
    st.integers(10**10, 10**40).map(str),  # beyond every option's range: nothing long ever starts
    st.integers(-(10**40), -(10**10)).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.lists(st.integers(-2, 20), max_size=10).map(lambda v: ",".join(map(str, v))),
)


@settings(max_examples=120, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=st.sampled_from(OPTIONS), value=_values, extra=st.sampled_from(OPTIONS), extra_value=_values)
def test_generated_hostile_values_in_any_two_options(in_place, capfd, case, value, extra, extra_value):
    command, option, action = case
    argv = _argv(in_place, command, option, action, _safe(value))
    e_command, e_option, e_action = extra
    if e_command == command and e_action.option_strings and e_option != option:
        argv += [e_option, _safe(extra_value)]  # and a second hostile option of the same command
    _run_and_check(argv, capfd)


# ------------------------------------------------------------------------------------ every config field

_JSON_VALUES = [
    "0", "-1", "1", "9" * 5000, "-" + "9" * 400, "1" + "0" * 399, "1e400", "-1e400", "NaN", "Infinity", "-Infinity",
    "0.5", "true", "false", "null", '""', '" 12"', '"１２"', '"12"', '"\\u001b[2J"', '"\\u202e"',
    '"' + "x" * 100_000 + '"',
    "[]", "[1, 2]", "[[[1]]]", "[" * 3000 + "]" * 3000, '{"a": 1}', "{}", '[1, "x"]', "[" + "1," * 1000 + "1]",
]


# The subset tried in every field (the generated test below draws from all of them).
_FIELD_SWEEP = ["0", "-1", "9" * 5000, "1" + "0" * 399, "1e400", "NaN", "true", "null", '" 12"', '"１２"',
                '"\\u001b[2J"', '"' + "x" * 100_000 + '"', "[[[1]]]", "[" * 3000 + "]" * 3000, '{"a": 1}']


def _field_cases():
    for family, cls in CONFIG_TYPES.items():
        for f in cls.__dataclass_fields__.values():
            yield family, f.name


FIELDS = list(_field_cases()) + [("densenet", "\x1b[2Jnot_a_field"), ("resnet", "family")]


def _config_text(family: str, pairs: list[tuple[str, str]]) -> str:
    body = ", ".join(f"{json.dumps(name)}: {value}" for name, value in pairs)
    return "{" + (f'"family": "{family}", ' if not any(n == "family" for n, _ in pairs) else "") + body + "}"


@pytest.mark.parametrize("family, name", FIELDS, ids=[f"{f}.{n}" for f, n in FIELDS])
def test_every_config_field_with_hostile_json_values(in_place, capfd, family, name):
    for value in _FIELD_SWEEP:
        (in_place / "field.json").write_text(_config_text(family, [(name, value)]))
        _run_and_check(["summary", "--config", "field.json"], capfd)


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(family=st.sampled_from(sorted(CONFIG_TYPES)),
       pairs=st.lists(st.tuples(st.sampled_from([n for _, n in FIELDS] + ["", "growth_rate"]),
                                st.one_of(st.sampled_from(_JSON_VALUES),
                                          st.integers(-(10**30), 10**30).map(str),
                                          st.text(max_size=20).map(json.dumps))), min_size=1, max_size=4),
       command=st.sampled_from(["summary", "export", "compare"]))
def test_generated_config_files(in_place, capfd, family, pairs, command):
    (in_place / "gen.json").write_text(_config_text(family, pairs))  # may repeat a key: refused by name
    argv = {"summary": ["summary", "--config", "gen.json"],
            "export": ["export", "--config", "gen.json", "--csv", "gen.csv"],
            "compare": ["compare", "--config", "gen.json"]}[command]
    _run_and_check(argv, capfd)


# ------------------------------------------------------------------------------------ names from a folder


def test_dataset_folder_and_file_names_reach_the_terminal_escaped(in_place, capfd):
    from PIL import Image

    root = in_place / "pictures"
    for name, shade in (("\x1b]0;owned\x07cats", 30), ("dogs\u202e", 220)):
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(3):
            Image.new("RGB", (8, 8), (shade + i, shade, shade)).save(root / name / f"{i}.png")
    net = ["--blocks", "1,1", "--growth-rate", "2", "--epochs", "1", "--quiet", "--val-fraction", "0"]
    code, out, _err = _run_and_check(["train", "--dataset", "folder:pictures", *net, "--out", "pics"], capfd)
    assert code == 0
    code, out, _err = _run_and_check(["predict", "--checkpoint", "pics/checkpoint.pt", "--top-k", "2",
                                      str(root / "dogs\u202e" / "0.png")], capfd)
    assert code == 0 and "\\x1b]0;owned\\x07cats" in out and "dogs\\u202e" in out  # class names and the path
    (root / "dogs\u202e" / "bad\x1b[2J.png").write_bytes(b"not an image at all")
    code, _out, err = _run_and_check(["train", "--dataset", "folder:pictures", *net, "--out", "pics2"], capfd)
    assert code == 2 and "bad\\x1b[2J.png" in err, err


# ------------------------------------------------------------------------------------ Ctrl-C mid-write


def test_ctrl_c_while_the_checkpoint_is_written_is_interrupted_130_with_a_whole_file(in_place, capfd, monkeypatch):
    import os
    import signal

    import explorer.core.checkpoint as checkpoint_module

    real_save = torch.save

    class Interrupting:
        def __init__(self, fh):
            self.fh, self.writes = fh, 0

        def write(self, data):
            self.writes += 1
            if self.writes == 3:
                os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while torch is inside its writer
            return self.fh.write(data)

        def flush(self):
            return self.fh.flush()

    monkeypatch.setattr(checkpoint_module.torch, "save", lambda data, fh: real_save(data, Interrupting(fh)))
    argv = ["train", "--blocks", "1,1", "--growth-rate", "2", "--epochs", "2", "--max-batches", "1", "--quiet",
            "--out", "ctrlc"]
    assert main(argv) == 130
    assert capfd.readouterr().err == "explorer train: interrupted\n"
    monkeypatch.setattr(checkpoint_module.torch, "save", real_save)
    from explorer.core.checkpoint import load_checkpoint

    assert load_checkpoint(in_place / "ctrlc" / "checkpoint.pt")["epoch"] == 1  # the epoch's file, whole
