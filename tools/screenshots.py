"""Render the main window and each of its panels to PNG, offscreen, for the README.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang en|ko|both]

Writes main_window.png (and main_window_ko.png), one panel_<name>.png per panel (the window's own and those
of panels.EXTRA_PANELS), after torch has loaded and the torchinfo and instantiate panels have run on the CPU,
so that every pane shows real content. Settings go to a temporary file: the user's are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from explorer.ui.app import Translations, create_app  # noqa: E402

WINDOW_SIZE = (1600, 1000)
PANEL_SIZE = {"config": (380, 760), "cards": (1200, 170), "ledger": (1100, 480), "diagram": (1400, 560),
              "paper": (900, 620), "torchinfo": (900, 620), "instantiate": (560, 420)}


def pump(app: QApplication, seconds: float, until=None) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.02)
    return until is None


def shoot(out: Path, langs: list[str]) -> list[Path]:
    app = create_app()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        app.setFont(QFont("Noto Sans CJK KR", 10) if "ko" in langs else app.font())
    translations = Translations(app)
    from explorer.ui.main_window import MainWindow

    tmp = tempfile.mkdtemp(prefix="explorer-shots-")
    window = MainWindow(settings=QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat), restore=False)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.start_background()
    pump(app, 120, lambda: window.loader.ready or window.loader.error is not None)
    window.instantiate.batch.setValue(8)
    window.instantiate.start()
    pump(app, 120, lambda: window.instantiate.last_result is not None and window.torchinfo.shown_config is not None)
    window.instantiate.wait()
    window.state.sig_layer_selected.emit("features.denseblock2.denselayer5")
    pump(app, 1.0)
    written: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        translations.set_language(lang)
        pump(app, 0.5)
        window.diagram.canvas.fit()
        pump(app, 0.3)
        path = out / ("main_window.png" if lang == "en" else f"main_window_{lang}.png")
        window.grab().save(str(path))
        written.append(path)
    translations.set_language(langs[0])
    pump(app, 0.5)
    layout = window.saveState()
    for key, panel in list(window.panels.items()):
        panel.setParent(None)
        panel.resize(*PANEL_SIZE.get(key, (900, 600)))
        panel.show()
        pump(app, 0.4)
        if key == "diagram":
            panel.canvas.fit()
            pump(app, 0.2)
        path = out / f"panel_{key.removeprefix('extra_')}.png"
        panel.grab().save(str(path))
        written.append(path)
        if key == "diagram":
            window.setCentralWidget(panel)
        elif isinstance(window.holders[key], QScrollArea):
            window.holders[key].setWidget(panel)
        else:
            window.docks[key].setWidget(panel)
    window.restoreState(layout)
    translations.set_language("en")
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=["en", "ko", "both"], default="both")
    args = parser.parse_args()
    langs = ["en", "ko"] if args.lang == "both" else [args.lang]
    for path in shoot(Path(args.out), langs):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
