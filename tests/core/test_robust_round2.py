"""Reliability, round two, in the core: values of any size shortened in messages, JSON configs that
used to raise RecursionError/TypeError/ValueError, one strict number parser, 'meta' refused where numbers are
needed, checkpoints validated entry by entry (version, normalisation, tensors, position, RNG, history,
settings), a resume past the end, batch norm with one image per batch, Ctrl-C during a checkpoint write, and
predictions that would be 'nan%'."""

from __future__ import annotations

import os
import signal
import tracemalloc

import pytest
import torch

import explorer.core.checkpoint as checkpoint_module
from explorer.core.checkpoint import load_checkpoint, model_from_checkpoint, save_checkpoint
from explorer.core.config import (
    ConfigError,
    DenseNetConfig,
    config_from_dict,
    config_from_json,
    parse_float,
    parse_int,
    parse_int_list,
    preset_config,
    short_repr,
)
from explorer.core.data import load_digits
from explorer.core.devices import DeviceError, resolve_device
from explorer.core.inference import predict, predictor_from_checkpoint, predictor_from_model
from explorer.core.io import FileFormatError
from explorer.core.models import build_model
from explorer.core.training import Trainer, TrainSettings

DIGITS = load_digits().subset(120, seed=1)
NET = DenseNetConfig(growth_rate=2, block_layers=(1, 1), in_channels=1, input_size=8)
ONE_BY_ONE = DenseNetConfig(growth_rate=2, block_layers=(1, 1, 1, 1), in_channels=1, input_size=8)  # 8-4-2-1


def _quick(**kw) -> TrainSettings:
    return TrainSettings(**{"epochs": 1, "batch_size": 32, "max_batches": 1, **kw})


@pytest.fixture(scope="module")
def run_ckpt(tmp_path_factory):
    """A real checkpoint of a finished 1-epoch run."""
    out = tmp_path_factory.mktemp("run")
    Trainer(NET, DIGITS, _quick(), out_dir=out).run()
    return out / "checkpoint.pt"


def _edited(src, dst, **changes):
    data = torch.load(src, weights_only=True)
    data.update(changes)
    torch.save(data, dst)
    return dst


# ------------------------------------------------------------------------------------ values shortened


def test_a_200_mb_value_becomes_a_short_message_without_copying_it():
    value = "A" * 200_000_000
    tracemalloc.start()
    try:
        err = ConfigError("growth_rate", value, "must be a whole number")
        text = str(err)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(text) < 400 and "200,000,000 characters" in text and text.startswith("growth_rate = 'AAAA")
    assert peak < 1_000_000  # never a repr of the whole value (that alone would be 200 MB)


@pytest.mark.parametrize("value, words", [
    (9 ** 6000, "<a whole number of about 5,726 digits>"),  # repr() itself refuses past 4300 digits
    (-(10 ** 5000), "-<a whole number of about 5,001 digits>"),
    ([[[[[[[[1]]]]]]]], "[[[[...]]]]"),
    (list(range(10 ** 6)), "[0, 1, 2, 3, 4, 5, ...]"),
    ({"k" * 1000: 1}, "(1,000 characters)"),
    ("\x1b[2J\u202e", r"'\x1b[2J\u202e'"),
], ids=["6000-digit int", "negative 5001-digit int", "nested list", "million items", "long key", "escapes"])
def test_short_repr_is_bounded_for_any_value(value, words):
    text = short_repr(value)
    assert words in text and len(text) < 400


def test_deep_nesting_in_a_value_is_shown_without_recursion():
    deep: list = []
    node = deep
    for _ in range(100_000):
        node.append([])
        node = node[0]
    assert short_repr(deep) == "[[[[...]]]]"


def test_a_preset_name_of_100_kb_is_answered_at_once():
    with pytest.raises(ConfigError, match="is not a known preset") as info:
        preset_config("\x1b[2J" + "x" * 100_000)
    assert len(str(info.value)) < 600


# ------------------------------------------------------------------------------------ JSON configs


@pytest.mark.parametrize("text, words", [
    ('{"growth_rate": ' + "[" * 100_000 + "]" * 100_000 + "}", "is nested too deeply"),
    ("[" * 100_000 + "]" * 100_000, "is nested too deeply"),
    ('{"family": ["densenet"]}', "family = ['densenet']: is not a known network family"),
    ('{"family": {"a": 1}}', "family = {'a': 1}: is not a known network family"),
    ('{"growth_rate": ' + "9" * 5000 + "}", "holds a number with too many digits"),
    ('{"growth_rate": -' + "9" * 5000 + "}", "holds a number with too many digits"),
    ('{"compression": 1' + "0" * 399 + "}", "compression = <a whole number of about 400 digits>: is out of range"),
    ('{"compression": 1e400}', "compression = inf: must be a finite number"),
    ('{"compression": NaN}', "compression = nan: must be a finite number"),
    ('{"growth_rate": 12, "growth_rate": 40}', "growth_rate = 40: appears twice in the file"),
    ('{"stem": {"stem": 1, "stem": 2}}', "stem = 2: appears twice"),
    ('{"growth_rate": "' + "A" * 1_000_000 + '"}', "(1,000,000 characters): must be a whole number"),
    ('{"\\u001b[2Jx": 1}', "\\x1b[2Jx = 1: is not a field of a densenet config"),
    ('{"family": "resnet", "survival_last": -1' + "0" * 399 + "}", "survival_last = -<a whole number"),
])
def test_hostile_json_is_one_config_error(text, words):
    with pytest.raises(ConfigError) as info:
        config_from_json(text)
    assert words in str(info.value), str(info.value)
    assert len(str(info.value)) < 700 and "\n" not in str(info.value)


def test_a_valid_config_still_reads():
    assert config_from_json('{"growth_rate": 6, "block_layers": [2, 2]}') == DenseNetConfig(growth_rate=6,
                                                                                            block_layers=(2, 2))
    with pytest.raises(ConfigError, match="is not a known network family"):
        config_from_dict({"family": None})


# ------------------------------------------------------------------------------------ strict numbers


@pytest.mark.parametrize("text", [" 12", "12 ", "１２", "١٢", "1_000", "0x10", "1e3", "", "+", "1.0", "9" * 31])
def test_parse_int_refuses_what_python_int_would_take(text):
    with pytest.raises(ConfigError) as info:
        parse_int(text, "depth")
    assert str(info.value).startswith("depth = ")


@pytest.mark.parametrize("text, value", [("12", 12), ("-3", -3), ("+4", 4), ("0", 0), ("9" * 30, int("9" * 30))])
def test_parse_int_reads_ascii_digits(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize("text", [" 0.1", "０.1", "1e", "--1", "1,5", "", "inf inf", "+-inf", "0.1 "])
def test_parse_float_is_strict(text):
    with pytest.raises(ConfigError):
        parse_float(text, "lr")


def test_parse_float_reads_decimals_and_names_nan_for_the_range_check():
    assert parse_float("1e-4") == 1e-4 and parse_float(".5") == 0.5 and parse_float("-2.") == -2.0
    assert parse_float("nan") != parse_float("nan") and parse_float("-inf") == float("-inf")


@pytest.mark.parametrize("text, words", [
    ("1,,2", "has an empty item (item 2)"),
    ("1,2,", "has an empty item (item 3)"),
    (" 1,2", "item 1 (' 1')"),
    ("1, 2", "item 2 (' 2')"),
    ("１,2", "item 1 ('１')"),
    ("", "is empty"),
    ("1," * 1_000_000 + "1", "has 1,000,001 items"),
])
def test_parse_int_list_is_strict(text, words):
    with pytest.raises(ConfigError) as info:
        parse_int_list(text, "block_layers")
    assert words in str(info.value) and len(str(info.value)) < 700


def test_parse_int_list_reads_a_plain_list():
    assert parse_int_list("6,12,24,16") == (6, 12, 24, 16)


# ------------------------------------------------------------------------------------ devices


def test_meta_is_refused_where_numbers_are_needed_and_kept_for_shapes():
    assert resolve_device("meta").type == "meta"  # building a network's shape
    with pytest.raises(DeviceError, match="holds no numbers") as info:
        resolve_device("meta", compute=True)
    assert "meta" not in str(info.value).split("valid:")[1]
    with pytest.raises(DeviceError, match="holds no numbers"):
        Trainer(NET, DIGITS, _quick(device="meta")).run()
    for name in ("cpu:3", "cuda:99999999999999999999999", "\x1b[2J", ""):
        with pytest.raises(DeviceError):
            resolve_device(name, compute=True)


# ------------------------------------------------------------------------------------ checkpoints


@pytest.mark.parametrize("changes, words", [
    ({"version": True}, "version True is not a version this app writes"),
    ({"version": -5}, "version -5 is not a version"),
    ({"version": 0}, "version 0 is not a version"),
    ({"version": "1"}, "version '1' is not a version"),
    ({"mean": [10 ** 400]}, "mean entry is list, expected a list of numbers"),
    ({"std": [float("inf")]}, "std entry is list, expected a list of positive numbers"),
    ({"mean": []}, "mean entry is list"),
    ({"epoch": 10 ** 400}, "epoch entry is int"),
    ({"classes": ["x" * 5000] + [str(i) for i in range(9)]}, "each at most 1000 characters"),
    ({"position": {"epoch_index": 1, "batch": -5, "sums": [0, 0, 0, 0]}}, "is at batch -5"),
    ({"position": {"epoch_index": 1, "batch": True, "sums": [0, 0, 0, 0]}}, "is at batch True"),
    ({"position": {"epoch_index": "x", "batch": 1}}, "is at epoch index 'x', expected 1"),
    ({"position": {"epoch_index": 7, "batch": 1, "sums": [0, 0, 0, 0]}}, "is at epoch index 7, expected 1"),
    ({"position": {"epoch_index": 1, "batch": 1, "sums": [1]}}, "has sums [1], expected four finite numbers"),
    ({"position": {"epoch_index": 1, "batch": 1, "sums": [float("nan"), 0, 0, 0]}}, "has sums [nan, 0, 0, 0]"),
    ({"rng": {"torch": torch.zeros(3, dtype=torch.uint8)}}, "random-number state is not a generator state"),
    ({"rng": [1, 2]}, "random-number state is not a generator state (list"),
    ({"rng": {"torch": torch.zeros(5056)}}, "random-number state is not a generator state"),
    ({"history": [{"epoch": "x"}]}, "history entry is list, expected a list of per-epoch rows"),
    ({"optimizer": [1]}, "optimizer entry is list"),
])
def test_malformed_checkpoint_entries_are_refused_by_name(run_ckpt, tmp_path, changes, words):
    path = _edited(run_ckpt, tmp_path / "edited.pt", **changes)
    for use in (load_checkpoint, predictor_from_checkpoint,
                lambda p: Trainer.from_checkpoint(p, dataset=DIGITS, epochs=2).run()):
        with pytest.raises(FileFormatError) as info:
            use(path)
        assert words in str(info.value) and "edited.pt" in str(info.value), str(info.value)
        assert len(str(info.value)) < 700


def _model_changed(src, how):
    data = torch.load(src, weights_only=True)
    key = next(k for k, v in data["model"].items() if v.dim() == 4)
    data["model"][key] = how(data["model"][key])
    return data, key


@pytest.mark.parametrize("how, words", [
    (lambda t: torch.full_like(t, float("nan")), "holds values that are not finite (NaN or infinity)"),
    (lambda t: torch.full_like(t, float("inf")), "holds values that are not finite"),
    (lambda t: t.to_sparse(), "is a sparse_coo tensor (weights are dense)"),
    (lambda t: torch.empty(t.shape, device="meta"), "holds no data (a meta tensor)"),
])
def test_weights_that_cannot_be_used_are_refused(run_ckpt, tmp_path, how, words):
    data, key = _model_changed(run_ckpt, how)
    path = tmp_path / "w.pt"
    torch.save(data, path)
    for use in (load_checkpoint, model_from_checkpoint, predictor_from_checkpoint,
                lambda p: Trainer.from_checkpoint(p, dataset=DIGITS, epochs=2).run()):
        with pytest.raises(FileFormatError) as info:
            use(path)
        assert words in str(info.value) and f"model.{key}" in str(info.value)


def test_nan_in_the_optimiser_state_is_refused_before_resuming(run_ckpt, tmp_path):
    data = torch.load(run_ckpt, weights_only=True)
    state = data["optimizer"]["state"]
    first = next(iter(state.values()))
    first["momentum_buffer"] = torch.full_like(first["momentum_buffer"], float("nan"))
    torch.save(data, tmp_path / "o.pt")
    with pytest.raises(FileFormatError, match=r"optimizer\.state\..*momentum_buffer holds values that are not"):
        Trainer.from_checkpoint(tmp_path / "o.pt", dataset=DIGITS, epochs=2).run()


def test_outputs_that_are_not_finite_are_never_shown_as_nan_percent():
    model = build_model(NET)
    with torch.no_grad():
        for p in model.parameters():
            p.fill_(1e30)  # finite weights whose outputs overflow
    pred = predictor_from_model(model, NET, mean=[0.5], std=[0.25])
    image = DIGITS.images[0, 0].numpy()
    with pytest.raises(ConfigError, match="gives outputs that are not finite"):
        predict(pred, image)


# ------------------------------------------------------------------------------------ resume


def test_resume_past_the_last_epoch_says_nothing_to_do_and_writes_nothing(run_ckpt, tmp_path):
    before = run_ckpt.read_bytes()
    trainer = Trainer.from_checkpoint(run_ckpt, dataset=DIGITS, out_dir=tmp_path / "again")
    result = trainer.run()
    assert result.status == "completed" and result.message == "already trained 1 of 1 epochs; nothing to do"
    assert result.checkpoint == str(run_ckpt) and result.epochs_completed == 1 and trainer.model is not None
    assert run_ckpt.read_bytes() == before and not (tmp_path / "again" / "checkpoint.pt").exists()
    two = _edited(run_ckpt, tmp_path / "two.pt", epoch=2)
    result = Trainer.from_checkpoint(two, dataset=DIGITS, epochs=1).run()
    assert result.message == "already trained 2 epochs, more than the 1 asked for; nothing to do"


def test_a_position_beyond_this_runs_batches_is_refused(run_ckpt, tmp_path):
    path = _edited(run_ckpt, tmp_path / "p.pt",
                   position={"epoch_index": 1, "batch": 50, "sums": [1.0, 1.0, 2.0, 0.1]})
    with pytest.raises(FileFormatError, match="stopped at batch 51 of epoch 2, but this run has 1 batches"):
        Trainer.from_checkpoint(path, dataset=DIGITS, epochs=2, max_batches=1).run()


def test_a_history_row_lacking_columns_is_refused_on_resume(run_ckpt, tmp_path):
    path = _edited(run_ckpt, tmp_path / "h.pt", history=[{"epoch": 1, "val_acc": 0.5}])
    with pytest.raises(FileFormatError, match="history row 1 lacks train_loss, train_acc, val_loss, lr"):
        Trainer.from_checkpoint(path, dataset=DIGITS, epochs=2).run()


@pytest.mark.parametrize("settings, words", [
    ({"epochs": 10 ** 400}, "epochs = <a whole number of about 401 digits>: is out of range"),
    ({"lr": 10 ** 400}, "lr = <a whole number of about 401 digits>: is out of range"),
    ({"milestones": 5}, "milestones = 5: must be a list of fractions"),
    ({"seed": [1]}, "seed = [1]: must be a whole number"),
])
def test_malformed_settings_in_a_checkpoint_are_named(run_ckpt, tmp_path, settings, words):
    path = _edited(run_ckpt, tmp_path / "s.pt", settings=settings)
    with pytest.raises(FileFormatError) as info:
        Trainer.from_checkpoint(path, dataset=DIGITS)
    assert words in str(info.value)


# ------------------------------------------------------------------------------------ batch norm, one image


def test_batch_size_1_on_a_network_with_1x1_maps_is_refused_before_training():
    with pytest.raises(ConfigError, match="batch_size = 1: is too small for this network: its last feature maps "
                                          "are 1x1"):
        Trainer(ONE_BY_ONE, DIGITS, _quick(batch_size=1, max_batches=2)).run()


def test_batch_size_1_still_trains_a_network_whose_maps_are_larger():
    result = Trainer(NET, DIGITS, _quick(batch_size=1, max_batches=3)).run()
    assert result.status == "completed"


def test_a_last_batch_of_one_image_is_left_out_where_it_would_fail():
    data = DIGITS.subset(97, seed=0)  # 97 = 3 x 32 + 1: the last batch holds one image
    settings = TrainSettings(epochs=1, batch_size=32, val_fraction=0.0)

    def batches_seen(config):
        seen = []
        callbacks = type("C", (), {"on_batch_end": lambda self, r: seen.append((r.batch, r.batches))})()
        result = Trainer(config, data, settings, callbacks=callbacks).run()
        assert result.status == "completed"
        return seen

    assert batches_seen(ONE_BY_ONE) == [(1, 3), (2, 3), (3, 3)]  # 1x1 maps: the lone image is left out
    assert batches_seen(NET) == [(1, 4), (2, 4), (3, 4), (4, 4)]  # 2x2 maps: it trains as before


# ------------------------------------------------------------------------------------ Ctrl-C mid-write


class _InterruptingFile:
    """A file object that sends this process SIGINT while torch is writing to it (as a Ctrl-C would)."""

    def __init__(self, fh) -> None:
        self.fh, self.writes = fh, 0

    def write(self, data):
        self.writes += 1
        if self.writes == 3:
            os.kill(os.getpid(), signal.SIGINT)
        return self.fh.write(data)

    def flush(self):
        return self.fh.flush()


def test_ctrl_c_during_a_checkpoint_write_is_an_interrupt_after_a_whole_file(tmp_path, monkeypatch):
    real_save = torch.save
    monkeypatch.setattr(checkpoint_module.torch, "save", lambda data, fh: real_save(data, _InterruptingFile(fh)))
    model = build_model(NET)
    path = tmp_path / "checkpoint.pt"
    with pytest.raises(KeyboardInterrupt):
        save_checkpoint(path, config=NET, model_state=model.state_dict(), classes=[str(i) for i in range(10)],
                        mean=[0.5], std=[0.25], epoch=1)
    monkeypatch.setattr(checkpoint_module.torch, "save", real_save)
    data = load_checkpoint(path)  # complete: the interrupt waited for the file
    assert torch.equal(data["model"]["features.conv0.weight"], model.state_dict()["features.conv0.weight"])
    assert not list(tmp_path.glob(".*.part"))
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is put back


def test_without_the_hold_torch_would_have_turned_ctrl_c_into_a_runtime_error(tmp_path):
    """What the hold prevents: SIGINT inside torch's writer comes out as RuntimeError, not KeyboardInterrupt."""
    import io

    with pytest.raises(RuntimeError):
        torch.save({"w": torch.zeros(1000)}, _InterruptingFile(io.BytesIO()))
