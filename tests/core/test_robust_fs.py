"""Paths that are not plain files, through every writer and every reader; run folders two trainers share;
temporary files a killed run left.

Every special file is made here, in a temporary folder: named pipes (os.mkfifo), symbolic links (to files,
to nothing, in a loop), UNIX sockets. A "device" to write to is a stat that says so (mocked): no test opens
a real device node for writing. /dev/zero is only ever *read*-checked (and refused unopened)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import explorer.core.io as fsio
from explorer.core.checkpoint import load_checkpoint, save_checkpoint
from explorer.core.config import DenseNetConfig
from explorer.core.data import DataError, load_dataset, load_digits
from explorer.core.images import ImageError, check_image, load_image, save_png
from explorer.core.io import (
    MAX_CONFIG_BYTES,
    FileFormatError,
    FileWriteError,
    OutputRefused,
    RunFolderBusy,
    RunFolderLock,
    atomic_write_bytes,
    atomic_write_text,
    check_input_file,
    load_config,
    read_bounded,
    remove_stale_parts,
    save_config,
)
from explorer.core.ledger import compute_ledger
from explorer.core.ledger_csv import write_ledger_csv
from explorer.core.pretrained import PretrainedError, read_state_dict, resolve_weights
from explorer.core.training import Trainer, TrainSettings, metrics_csv
from explorer.paths import RESOURCES

from ..run_lock import held_by_another_process

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
DIGITS = load_digits().subset(120, seed=3)
ROOT = Path(__file__).resolve().parents[2]
RGB = np.zeros((6, 5, 3), np.uint8)

WRITERS = {
    "config json": lambda p: save_config(p, TINY),
    "ledger csv": lambda p: write_ledger_csv(p, compute_ledger(TINY)),
    "metrics csv": lambda p: atomic_write_text(p, metrics_csv([])),
    "checkpoint": lambda p: save_checkpoint(p, config=TINY, model_state={}, classes=["a"], mean=[0.5], std=[0.5]),
    "png (Grad-CAM, diagram)": lambda p: save_png(p, RGB),
    "bytes (plots png, checkpoint copy, onnx)": lambda p: atomic_write_bytes(p, b"\x89PNG data"),
}


@contextlib.contextmanager
def _listening_socket(path: Path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    try:
        yield s
    finally:
        s.close()


def _fake_device(monkeypatch, path: Path) -> None:
    """``path`` (a plain file in tmp) reports itself as a character device to every stat, as /dev/null would:
    the writer must refuse it without opening, renaming over or unlinking it."""

    def faking(real):
        def fake(p, *args, **kwargs):
            result = real(p, *args, **kwargs)
            if isinstance(p, (str, os.PathLike)) and os.path.abspath(os.fspath(p)) == str(path):
                fields = list(result)
                fields[0] = stat.S_IFCHR | 0o666
                return os.stat_result(fields)
            return result
        return fake

    monkeypatch.setattr(os, "stat", faking(os.stat))
    monkeypatch.setattr(os, "lstat", faking(os.lstat))


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in os.listdir(folder) if p.endswith(".part")]


# ------------------------------------------------------------------------------ writers x kinds of path


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_symbolic_link_is_written_through_to_its_target(tmp_path, writer):
    target = tmp_path / "real" / "target.out"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "link.out"
    link.symlink_to(target)
    WRITERS[writer](link)
    assert link.is_symlink() and os.readlink(link) == str(target)  # the link stays a link
    assert target.read_bytes() != b"old" and target.stat().st_size > 0  # its target received the data
    assert _no_temp_files(tmp_path) and _no_temp_files(target.parent)
    # a link to a file that does not exist yet: the file is created where the link points
    dangling = tmp_path / "dangling.out"
    dangling.symlink_to(tmp_path / "real" / "new.out")
    WRITERS[writer](dangling)
    assert dangling.is_symlink() and (tmp_path / "real" / "new.out").stat().st_size > 0


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_named_pipe_is_refused_and_left_alone(tmp_path, writer):
    fifo = tmp_path / "pipe.out"
    os.mkfifo(fifo)
    with pytest.raises(OutputRefused) as info:
        WRITERS[writer](fifo)
    assert str(info.value) == f"{fifo}: is a named pipe, not a file; nothing was written and it is left as it was"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and sorted(os.listdir(tmp_path)) == ["pipe.out"]
    # and through a link to it
    (tmp_path / "to-pipe").symlink_to(fifo)
    with pytest.raises(OutputRefused, match=r"is a named pipe \(through the link to .*pipe.out\)"):
        WRITERS[writer](tmp_path / "to-pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_socket_a_device_and_a_link_loop_are_refused(tmp_path, monkeypatch, writer):
    with _listening_socket(tmp_path / "sock"):
        with pytest.raises(OutputRefused, match="sock: is a socket, not a file; nothing was written"):
            WRITERS[writer](tmp_path / "sock")
        assert stat.S_ISSOCK(os.lstat(tmp_path / "sock").st_mode)
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    with pytest.raises(OutputRefused, match="loop-a: is a symbolic link loop, not a file; nothing was written"):
        WRITERS[writer](tmp_path / "loop-a")
    assert os.readlink(tmp_path / "loop-a") == str(tmp_path / "loop-b")
    device = tmp_path / "null"
    device.write_bytes(b"stand-in")
    _fake_device(monkeypatch, device)
    with pytest.raises(OutputRefused, match="null: is a device, not a file; nothing was written"):
        WRITERS[writer](device)
    monkeypatch.undo()
    assert device.read_bytes() == b"stand-in"
    assert _no_temp_files(tmp_path)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_permissions_follow_the_umask_and_a_replaced_file_keeps_its_mode(tmp_path, writer):
    old = os.umask(0o022)
    try:
        WRITERS[writer](tmp_path / "new-022")
        os.umask(0o077)
        WRITERS[writer](tmp_path / "new-077")
        existing = tmp_path / "existing"
        existing.write_bytes(b"x")
        os.chmod(existing, 0o640)
        WRITERS[writer](existing)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new-022").st_mode) == 0o644
    assert stat.S_IMODE(os.stat(tmp_path / "new-077").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "existing").st_mode) == 0o640
    assert (tmp_path / "existing").read_bytes() != b"x"


KINDS = ("plain", "new", "link", "dangling link", "link loop", "pipe", "link to pipe", "folder", "socket")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(KINDS), writer=st.sampled_from(sorted(WRITERS)), umask=st.sampled_from([0o002, 0o027]))
def test_every_writer_on_every_kind_of_path_writes_a_file_or_refuses_in_one_line(kind, writer, umask):
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        d = Path(tmp)
        path, target = d / "out", d / "target"
        if kind == "plain":
            path.write_bytes(b"old")
        elif kind == "link":
            target.write_bytes(b"old")
            path.symlink_to(target)
        elif kind == "dangling link":
            path.symlink_to(target)
        elif kind == "link loop":
            path.symlink_to(path)
        elif kind in ("pipe", "link to pipe"):
            os.mkfifo(target if kind == "link to pipe" else path)
            if kind == "link to pipe":
                path.symlink_to(target)
        elif kind == "folder":
            path.mkdir()
        elif kind == "socket":
            stack.enter_context(_listening_socket(path))
        before = {p: os.lstat(d / p).st_mode for p in os.listdir(d)}
        old = os.umask(umask)
        try:
            WRITERS[writer](path)
        except FileWriteError as exc:
            assert kind in ("link loop", "pipe", "link to pipe", "folder", "socket"), (kind, exc)
            assert "\n" not in str(exc) and str(exc).startswith(f"{path}: ")
            assert {p: os.lstat(d / p).st_mode for p in os.listdir(d)} == before  # nothing replaced or added
            return
        finally:
            os.umask(old)
        assert kind in ("plain", "new", "link", "dangling link"), kind
        written = target if "link" in kind else path
        assert stat.S_ISREG(os.stat(written).st_mode) and written.read_bytes() != b"old"
        if "link" in kind:
            assert path.is_symlink()
        if kind in ("new", "dangling link"):
            assert stat.S_IMODE(os.stat(written).st_mode) == 0o666 & ~umask
        assert _no_temp_files(d)


def test_the_programs_own_files_and_a_commands_inputs_are_never_written_over(tmp_path):
    probe = RESOURCES / "samples" / ".robust-fs-probe.png"  # never an existing sample: nothing to lose
    try:
        with pytest.raises(OutputRefused, match="is inside the program's own files"):
            save_png(probe, RGB)
        assert not probe.exists()
    finally:
        probe.unlink(missing_ok=True)
    package_probe = ROOT / "explorer" / ".robust-fs-probe.json"
    try:
        with pytest.raises(OutputRefused, match="is inside the program's own files"):
            save_config(package_probe, TINY)
        assert not package_probe.exists()
    finally:
        package_probe.unlink(missing_ok=True)
    photo = tmp_path / "photo.png"
    save_png(photo, RGB + 7)
    before = photo.read_bytes()
    with pytest.raises(OutputRefused, match=f"is the input {photo}; it is kept and nothing was written"):
        save_png(photo, RGB, inputs=[photo])
    hard = tmp_path / "same-inode.png"
    os.link(photo, hard)  # another name of the same file is the same input
    with pytest.raises(OutputRefused, match="is the input"):
        save_png(hard, RGB, inputs=[photo])
    # an image this process read for a person is an input to every writer afterwards
    other = tmp_path / "opened.png"
    save_png(other, RGB + 9)
    load_image(other)
    with pytest.raises(OutputRefused, match="is the input"):
        atomic_write_bytes(other, b"not the photo")
    assert photo.read_bytes() == before and other.read_bytes() != b"not the photo"


# ------------------------------------------------------------------------------ readers x kinds of path


def _finishes(fn, seconds: float = 30.0):
    """Run ``fn`` in a thread; fail (instead of hanging the suite) if it blocks, as a reader opening a pipe
    would. Returns the exception it raised."""
    box: dict = {}

    def target():
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["exc"] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "the reader blocked (it opened a pipe or read an endless file)"
    return box.get("exc")


READERS = {
    "config": (load_config, "config file"),
    "image": (load_image, "image file"),
    "image header": (check_image, "image file"),
    "checkpoint": (load_checkpoint, "checkpoint file"),
    "weights": (read_state_dict, "weights file"),
    "weights given": (lambda p: resolve_weights("densenet121", p), "weights file"),
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_reader_says_what_the_path_really_is(tmp_path, reader):
    load, what = READERS[reader]
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "gone").symlink_to(tmp_path / "nothing-here")
    (tmp_path / "to-zero").symlink_to("/dev/zero")
    cases = {
        tmp_path / "pipe": "is a named pipe, not a",
        Path("/dev/zero"): "is a device, not a",  # only looked at, never opened
        tmp_path / "to-zero": "is a device, not a",
        tmp_path / "folder": "is a folder, not a",
        tmp_path / "loop": "is a symbolic link loop, not a file",
        tmp_path / "gone": f"is a symbolic link to a missing file ({tmp_path / 'nothing-here'})",
    }
    with _listening_socket(tmp_path / "sock"):
        cases[tmp_path / "sock"] = "is a socket, not a"
        for path, words in cases.items():
            exc = _finishes(lambda p=path: load(p))
            assert isinstance(exc, FileFormatError), (path, exc)
            msg = str(exc)
            assert words in msg and str(path) in msg and "\n" not in msg, msg
            assert "empty (0 bytes)" not in msg and "no such" not in msg
            if words.endswith("not a"):
                assert msg.endswith(f"not a {what}") or msg.endswith(f"not an {what}"), msg
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)


def test_a_config_larger_than_a_few_megabytes_is_refused_unread(tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:  # sparse: 5 MB that take no disk
        fh.truncate(MAX_CONFIG_BYTES + 1)
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(p) or real_open(p, *a, **k))
    with pytest.raises(FileFormatError, match=r"big.json: is 4.0 MiB, more than a config file can be "
                                              r"\(at most 4.0 MiB\); refused unread"):
        load_config(big)
    assert str(big) not in map(str, opened)
    with pytest.raises(FileFormatError, match="more than a data file can be"):
        read_bounded(big, "data file", 1024)
    assert check_input_file(big).st_size == MAX_CONFIG_BYTES + 1


def test_an_image_whose_decoded_size_would_not_fit_is_refused_before_decoding(tmp_path):
    from PIL import Image

    path = tmp_path / "wide.png"
    Image.new("RGB", (400, 300)).save(path)
    with pytest.raises(ImageError, match=r"wide.png: 400x300 RGB would take 1 MiB to decode, more than the 0 MiB"):
        check_image(path, max_bytes=100_000)
    assert check_image(path) == (400, 300)
    # headers that claim 8000 x 8000 and 20000 x 20000 pixels (a few bytes on disk): refused from the header
    header = path.read_bytes()
    ihdr = header.index(b"IHDR")
    for side, words in ((8000, "8000x8000 = 64,000,000 pixels is too large to open safely"),
                        (20000, "is too large to open safely (more than 50,000,000 pixels)")):
        bomb = bytearray(header)
        bomb[ihdr + 4:ihdr + 12] = side.to_bytes(4, "big") * 2
        bomb[ihdr + 17:ihdr + 21] = zlib.crc32(bytes(bomb[ihdr:ihdr + 17])).to_bytes(4, "big")  # a valid header
        (tmp_path / "bomb.png").write_bytes(bytes(bomb))
        for check in (check_image, load_image):
            with pytest.raises(ImageError, match=re.escape(words)):
                check(tmp_path / "bomb.png")


# ------------------------------------------------------------------------------ dataset folders


def _image_folder(root: Path) -> Path:
    from PIL import Image

    for cls in ("cats", "dogs"):
        (root / cls).mkdir(parents=True)
        Image.new("RGB", (9, 9), (200, 0, 0)).save(root / cls / "a.png")
    return root


@pytest.mark.parametrize("kind", ["pipe", "socket", "device link", "link loop"])
def test_a_special_file_inside_a_dataset_folder_is_refused_by_name_never_opened(tmp_path, kind):
    root = _image_folder(tmp_path / "set")
    odd = root / "dogs" / "b.png"
    with contextlib.ExitStack() as stack:
        if kind == "pipe":
            os.mkfifo(odd)
        elif kind == "socket":
            stack.enter_context(_listening_socket(odd))
        elif kind == "device link":
            odd.symlink_to("/dev/zero")
        else:
            odd.symlink_to(odd)
        exc = _finishes(lambda: load_dataset(f"folder:{root}", image_size=8))
    assert isinstance(exc, DataError), exc
    words = {"pipe": "is a named pipe", "socket": "is a socket", "device link": "is a device",
             "link loop": "is a symbolic link loop"}[kind]
    assert f"{odd} {words}" in str(exc) and "remove or replace that file" in str(exc), str(exc)


def test_a_pipe_in_place_of_a_dataset_file_is_named(tmp_path):
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                 "t10k-labels-idx1-ubyte"):
        (raw / name).write_bytes(b"")
    (raw / "train-images-idx3-ubyte").unlink()
    os.mkfifo(raw / "train-images-idx3-ubyte")
    exc = _finishes(lambda: load_dataset("mnist", tmp_path))
    assert isinstance(exc, DataError) and "is a named pipe, not a data file" in str(exc), exc
    d = tmp_path / "cifar-10-batches-py"
    d.mkdir()
    os.mkfifo(d / "data_batch_1")
    exc = _finishes(lambda: load_dataset("cifar10", tmp_path))
    assert isinstance(exc, DataError) and "is a named pipe, not a data file" in str(exc), exc


def test_a_class_folder_that_cannot_be_read_refuses_the_dataset(tmp_path, monkeypatch):
    root = _image_folder(tmp_path / "set")
    (root / "birds").mkdir()
    assert len(load_dataset(f"folder:{root}", image_size=8)) == 2  # readable: birds is simply empty
    real_scandir = os.scandir

    def scandir(path="."):  # as root, chmod 000 does not stop reading: the refusal the kernel would give
        if os.path.abspath(os.fspath(path)) == str(root / "dogs"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(DataError) as info:
        load_dataset(f"folder:{root}", image_size=8)
    assert f"class folder {root / 'dogs'} cannot be read (Permission denied)" in str(info.value)


@pytest.mark.parametrize("name", ["folder:", "folder:  "])
def test_a_folder_dataset_without_a_path_is_refused(tmp_path, monkeypatch, name):
    _image_folder(tmp_path)
    monkeypatch.chdir(tmp_path)  # a working directory that would train, were it used
    with pytest.raises(DataError, match="has no folder after 'folder:'"):
        load_dataset(name)


# ------------------------------------------------------------------------------ run folders


def _quick() -> TrainSettings:
    return TrainSettings(epochs=1, batch_size=32, max_batches=2, val_fraction=0.1)


def test_a_second_trainer_into_a_busy_run_folder_is_refused_and_the_first_run_is_kept(tmp_path):
    out = tmp_path / "run"
    started, go_on = threading.Event(), threading.Event()

    class Hold:
        def on_batch_end(self, report):
            started.set()
            go_on.wait(60)

    results: dict = {}
    first = threading.Thread(target=lambda: results.update(first=Trainer(TINY, DIGITS, _quick(), Hold(),
                                                                          out_dir=out).run()))
    first.start()
    try:
        assert started.wait(120)
        with pytest.raises(RunFolderBusy) as info:
            Trainer(TINY, DIGITS, _quick(), out_dir=out).run()
        msg = str(info.value)
        assert msg.startswith(f"{out}: another training run (pid {os.getpid()}") and "\n" not in msg
        assert "its checkpoint and metrics are kept and nothing was written" in msg
    finally:
        go_on.set()
        first.join(120)
    assert results["first"].status == "completed" and load_checkpoint(out / "checkpoint.pt")["epoch"] == 1
    again = Trainer(TINY, DIGITS, _quick(), out_dir=out).run()  # the lock is gone with the first run
    assert again.status == "completed"


def test_a_lock_held_by_another_process_names_its_pid_and_a_dead_ones_lock_is_taken_over(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    with held_by_another_process(out) as holder:
        with pytest.raises(RunFolderBusy, match=f"another training run \\(pid {holder.pid} on "):
            Trainer(TINY, DIGITS, _quick(), out_dir=out).run()
        assert not (out / "checkpoint.pt").exists()
    # the killed holder's lock file (with its pid) stays; the next run takes it over
    assert (out / ".explorer-run.lock").read_text().startswith(str(holder.pid))
    assert Trainer(TINY, DIGITS, _quick(), out_dir=out).run().status == "completed"
    with RunFolderLock(out):  # and a lock released is free again
        pass


def test_a_run_folder_inside_the_programs_source_tree_is_refused_before_anything(tmp_path):
    for out in (ROOT / "runs-robust-fs-probe", ROOT / "explorer" / "runs-probe", RESOURCES / "runs-probe"):
        try:
            with pytest.raises(OutputRefused, match="is inside the program's own source tree"):
                Trainer(TINY, DIGITS, _quick(), out_dir=out).run()
            assert not out.exists()
        finally:
            if out.exists():
                import shutil

                shutil.rmtree(out)


def test_an_unwritable_run_folder_is_reported_before_training(tmp_path, monkeypatch):
    out = tmp_path / "ro"
    out.mkdir()
    batches = []

    class Count:
        def on_batch_end(self, report):
            batches.append(report)

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if os.fspath(p) == str(out.resolve())
                        else real_access(p, mode, **k))  # as root, a read-only mode bit would not stop us
    with pytest.raises(FileWriteError, match=f"{out}: cannot be written \\(Permission denied"):
        Trainer(TINY, "digits", _quick(), Count(), out_dir=out).run()
    assert batches == [] and os.listdir(out) == []
    with pytest.raises(FileWriteError, match="/proc: cannot be written"):  # a real one: nothing can be made there
        Trainer(TINY, "digits", _quick(), Count(), out_dir="/proc").run()
    assert batches == []


def test_temporary_files_a_killed_run_left_are_removed_by_the_next_run_in_that_folder(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(dead.stdout)
    live_pid = os.getppid()
    stale = out / f".checkpoint.pt.{dead_pid}.0badf00d.part"
    stale.write_bytes(b"half a checkpoint")
    kept = {
        out / f".checkpoint.pt.{live_pid}.0badf00d.part": b"a live writer's",  # its writer still runs
        out / ".notes.txt.part": b"not ours",  # not this program's pattern
        out / f".photo.png.{dead_pid}.0badf00d.part": b"another file's",  # the trainer cleans its own names
        out / "checkpoint.pt.part": b"a download's",
    }
    for p, data in kept.items():
        p.write_bytes(data)
    legacy_fresh = out / ".metrics.csv.ab12cd_e.part"
    legacy_fresh.write_bytes(b"young")
    legacy_old = out / ".metrics.csv.zz12cd_e.part"
    legacy_old.write_bytes(b"old")
    os.utime(legacy_old, (1, 1))
    assert Trainer(TINY, DIGITS, _quick(), out_dir=out).run().status == "completed"
    assert not stale.exists() and not legacy_old.exists()
    assert all(p.read_bytes() == data for p, data in kept.items()) and legacy_fresh.exists()
    assert remove_stale_parts(out) == [out / f".photo.png.{dead_pid}.0badf00d.part"]  # any name, when asked
    # and a plain writer clears its own target's stale ones
    (out / f".x.csv.{dead_pid}.00000000.part").write_bytes(b"")
    atomic_write_text(out / "x.csv", "a\n")
    assert not (out / f".x.csv.{dead_pid}.00000000.part").exists()


def test_a_lock_file_that_is_a_pipe_or_a_link_is_refused(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    os.mkfifo(out / ".explorer-run.lock")
    exc = _finishes(lambda: RunFolderLock(out).acquire())
    assert isinstance(exc, OutputRefused) and "is a named pipe" in str(exc)
    (out / ".explorer-run.lock").unlink()
    (out / ".explorer-run.lock").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutputRefused, match="is a symbolic link"):
        RunFolderLock(out).acquire()
    assert not (tmp_path / "elsewhere").exists()


def test_fsio_names_its_kinds():
    assert fsio.path_kind(stat.S_IFIFO) == "a named pipe" and fsio.path_kind(stat.S_IFCHR) == "a device"
    assert fsio.path_kind(stat.S_IFBLK) == "a device" and fsio.path_kind(stat.S_IFSOCK) == "a socket"
    assert fsio.path_kind(stat.S_IFDIR) == "a folder" and fsio.path_kind(stat.S_IFREG) is None
    with pytest.raises(PretrainedError, match="is a device, not a weights file"):
        resolve_weights("densenet121", "/dev/zero")
