"""Render the window and every panel to PNG, offscreen, at projector and desk sizes, in English and Korean.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang en|ko|both] [--sizes 1280x720,1600x1000]
                                          [--no-train]

For each size and language: ``main_<W>x<H>_<lang>.png`` (the whole window, the docks laid out for that size as
on a first start) and ``<panel>_<W>x<H>_<lang>.png`` for every panel, maximised to the whole window in turn
(View → Maximise panel), so each shows the layout a person gets at that size. Before shooting, torch is
loaded, the instantiate panel measures on the CPU, torchinfo summarises, a layer is selected in the diagram
and (unless ``--no-train``) the Training panel trains the demo network for a few epochs on the shipped
digits, so that the curves and the runs list have real content. Settings go to a temporary file: the user's
are untouched. Written with QWidget.grab (offscreen); the files are what the app draws, not a mock-up.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The run's checkpoints and logs in a temporary folder, not the user's (platformdirs follows XDG_*).
_HOME = tempfile.mkdtemp(prefix="explorer-shots-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_HOME, "state")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.ui.app import Translations, create_app  # noqa: E402

SIZES = ((1280, 720), (1600, 1000))
NAMES = {"config": "network", "cards": "summary", "ledger": "ledger", "diagram": "diagram", "paper": "paper",
         "torchinfo": "torchinfo", "instantiate": "instantiate", "help": "help", "animation": "animation",
         "extra_inference_panel": "inference", "extra_compare_view": "compare",
         "extra_training_panel": "training"}


def pump(app: QApplication, seconds: float, until=None) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.02)
    return until is None


def _prepare(app: QApplication, window, train: bool) -> None:
    window.start_background()
    pump(app, 180, lambda: window.loader.ready or window.loader.error is not None)
    window.instantiate.batch.setValue(8)
    window.instantiate.start()
    pump(app, 180, lambda: window.instantiate.last_result is not None and window.torchinfo.shown_config is not None)
    window.instantiate.wait()
    training = window.panels.get("extra_training_panel")
    if train and training is not None:
        training.epochs_spin.setValue(3)
        window.docks["extra_training_panel"].raise_()
        pump(app, 1.0)
        if training.start_training():
            pump(app, 900, lambda: not training.running)
    lesson = window.panels.get("lesson")
    if lesson is not None:  # a lesson mid-way, on the default network: a prediction revealed with its formula
        lesson.open(lesson.lessons[0])
        lesson.go(1)
        lesson.guess.setText("36")
        lesson.reveal()
    window.docks["ledger"].raise_()
    window.state.sig_layer_selected.emit("features.denseblock2.denselayer5")
    pump(app, 1.0)


def shoot(out: Path, langs: list[str], sizes=SIZES, train: bool = True) -> list[Path]:
    app = create_app()
    translations = Translations(app)
    from explorer.ui.main_window import MainWindow

    tmp = tempfile.mkdtemp(prefix="explorer-shots-")
    window = MainWindow(settings=QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat), restore=False)
    window.resize(*sizes[0])
    window.show()
    _prepare(app, window, train)
    written: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    def first_view(width: int, height: int, lang: str) -> None:
        translations.set_language(lang)
        window.restore_panels()
        window.resize(width, height)
        pump(app, 0.8)  # (the window keeps its layout across the language change: let it settle first)
        window.reset_layout()  # View → Reset the layout: the docks as a first start at this size lays them out
        window.docks["ledger"].raise_()
        window.docks["paper"].raise_()
        pump(app, 0.6)
        window.diagram.canvas.fit()
        pump(app, 0.3)

    # The whole window first, in every size and language (before any panel was maximised in between).
    for width, height in sizes:
        for lang in langs:
            first_view(width, height, lang)
            path = out / f"main_{width}x{height}_{lang}.png"
            window.grab().save(str(path))
            written.append(path)
    for width, height in sizes:
        for lang in langs:
            first_view(width, height, lang)
            for key in window.panels:
                window.maximise_panel(key)
                pump(app, 0.6)
                if key == "diagram":
                    window.diagram.canvas.fit()
                    pump(app, 0.3)
                path = out / f"{NAMES.get(key, key.removeprefix('extra_'))}_{width}x{height}_{lang}.png"
                window.grab().save(str(path))
                written.append(path)
            window.restore_panels()
    translations.set_language("en")
    window.panels["extra_training_panel"].ask_close_during_run = lambda: "keep"
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=["en", "ko", "both"], default="both")
    parser.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES))
    parser.add_argument("--no-train", action="store_true", help="skip the short training run")
    args = parser.parse_args()
    langs = ["en", "ko"] if args.lang == "both" else [args.lang]
    sizes = tuple(tuple(int(v) for v in s.split("x")) for s in args.sizes.split(","))
    for path in shoot(Path(args.out), langs, sizes, train=not args.no_train):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
