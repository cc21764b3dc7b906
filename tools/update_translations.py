"""Regenerate explorer/resources/i18n/*_<lang>.ts from the UI sources and compile them to .qm.

    .venv/bin/python tools/update_translations.py            # lupdate (keeps existing translations) + lrelease
    .venv/bin/python tools/update_translations.py --no-compile

One .ts per area of the app (explorer.ui.app.Translations loads every ``*_<lang>.qm``). ``pyside6-lupdate`` merges
the strings found in the sources into the existing .ts, so finished translations are kept; new or changed
strings come out as type="unfinished" for a translator. Entries that lupdate finds in no source any more
(obsolete / vanished) are dropped. Locations are written relative to the .ts file (``../../explorer/...``).

widgets.py and errors.py do not call ``self.tr``: each has a module-level ``_tr(text)`` that calls
``QCoreApplication.translate("<Context>", text)``. lupdate is told that ``_tr`` is a tr function; it gives
those strings an empty context, which this script renames to the context the module's ``_tr`` uses.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "explorer" / "resources" / "i18n"
UI = ROOT / "explorer" / "ui"
BIN = Path(sys.executable).parent
LANGUAGES = {"ko": "ko_KR"}

# area -> the sources whose self.tr / QCoreApplication.translate strings it holds
AREAS: dict[str, list[str]] = {
    "explorer": [
        "main_window.py", "models.py", "window_menus.py", "share.py", "qr_dialog.py",
        "panels/cards_view.py", "panels/config_panel.py", "panels/config_dense.py",
        "panels/config_generic.py", "panels/diagram_view.py",
        "panels/diagram/canvas.py", "panels/diagram/texts.py", "panels/diagram/export.py",
        "panels/instantiate_panel.py", "panels/ledger_view.py", "panels/paper_plot.py",
        "panels/paper_texts.py",
        "panels/torchinfo_view.py",
    ],
    "compare": ["panels/compare_view.py", "panels/compare_table.py", "panels/compare_plots.py",
                "panels/compare_training.py", "panels/compare_budget.py", "panels/compare_gradients.py"],
    "inference": ["panels/inference_panel.py", "panels/inference_widgets.py", "panels/inference_tabs.py",
                  "panels/inference_maps_tab.py", "panels/inference_sources.py", "panels/inference_grids.py"],
    "training": ["panels/training_panel.py", "panels/training_form.py", "panels/training_plots.py",
                 "panels/training_runs_column.py", "panels/training_files.py", "panels/training_dialogs.py",
                 "panels/training_jobs.py", "panels/insights_tabs.py"],
    "teaching": ["panels/help_page.py", "panels/block_animation.py"],
    "lessons": ["panels/lesson_panel.py", "panels/lesson_widgets.py"],
    "sweeps": ["panels/sweep_panel.py", "panels/sweep_model.py", "panels/sweep_plots.py"],
}
# area -> the one module that translates through its own module-level _tr(text)
WRAPPED: dict[str, str] = {
    "widgets": "widgets.py",   # context NumberField
    "errors": "errors.py",     # context ErrorHook
    "ui_messages": "messages.py",  # context Messages (field names, the refusal sentence)
}
# What the core says (explorer/core/messages.py): every M("id", "English template") in explorer/core, read by
# lupdate as QT_TRANSLATE_NOOP(context, source), so the id is the context; explorer/ui/messages.py renders them.
CORE = ROOT / "explorer" / "core"
CORE_AREA = "messages"
_WRAPPER = re.compile(r'def _tr\(text: str\) -> str:\s*\n\s*return QCoreApplication\.translate\("(\w+)", text\)')
_TRANSLATES = re.compile(r"\b(tr|translate|_tr)\(")


def tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


def lupdate(sources: list[Path], ts: Path, lang: str, extra: list[str] = ()) -> None:
    cmd = [tool("pyside6-lupdate"), *extra, "-locations", "absolute", "-no-obsolete",
           "-target-language", LANGUAGES[lang], *map(str, sources), "-ts", str(ts)]
    print(f"== {ts.relative_to(ROOT)}", flush=True)
    subprocess.run(cmd, check=True)


def wrapper_context(source: Path) -> str:
    match = _WRAPPER.search(source.read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit(f"{source.relative_to(ROOT)}: no `def _tr(text)` calling "
                         f"QCoreApplication.translate(\"Ctx\", text)")
    return match.group(1)


def update_wrapped(name: str, module: str, lang: str) -> None:
    """lupdate with _tr as a tr alias: strings get the empty context, renamed here both ways so that the
    existing translations (stored under the real context) are matched and kept."""
    source = UI / module
    context = wrapper_context(source)
    ts = I18N / f"{name}_{lang}.ts"
    tmp = I18N / f"{name}_{lang}.lupdate-tmp.ts"
    try:
        if ts.exists():
            tmp.write_text(ts.read_text(encoding="utf-8").replace(f"<name>{context}</name>", "<name></name>"),
                           encoding="utf-8")
        lupdate([source], tmp, lang, ["-tr-function-alias", "tr+=_tr"])
        text = tmp.read_text(encoding="utf-8")
        text = text.replace("<name></name>", f"<name>{context}</name>").replace("<name/>", f"<name>{context}</name>")
        ts.write_text(text, encoding="utf-8")
    finally:
        tmp.unlink(missing_ok=True)


def check_coverage() -> None:
    """Every UI module that translates something belongs to an area."""
    covered = {UI / p for paths in AREAS.values() for p in paths} | {UI / p for p in WRAPPED.values()}
    missed = [p for p in sorted(UI.rglob("*.py"))
              if p not in covered and _TRANSLATES.search(p.read_text(encoding="utf-8"))]
    for p in missed:
        print(f"warning: {p.relative_to(ROOT)} calls tr()/translate() but is in no area of {Path(__file__).name}",
              file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    args = parser.parse_args()
    check_coverage()
    for lang in LANGUAGES:
        for area, paths in AREAS.items():
            lupdate([UI / p for p in paths], I18N / f"{area}_{lang}.ts", lang)
        for area, module in WRAPPED.items():
            update_wrapped(area, module, lang)
        lupdate(sorted(CORE.rglob("*.py")), I18N / f"{CORE_AREA}_{lang}.ts", lang,
                ["-tr-function-alias", "QT_TRANSLATE_NOOP+=M"])
    if not args.no_compile:
        for ts in sorted(I18N.glob("*.ts")):
            subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
