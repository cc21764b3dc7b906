"""Fill translations into explorer/resources/i18n/*_<lang>.ts from a JSON file, then compile the .qm files.

    .venv/bin/python tools/fill_translations.py pending.json [--lang ko] [--no-compile]

pending.json maps a context (the class whose ``self.tr`` is called, or a module's ``_tr`` context) to
``{source text: translation}``; a source text under the context ``"*"`` is filled in every context that
holds it. Run ``tools/update_translations.py`` first so that the new strings are in the .ts files. Only
entries that are unfinished (or whose translation is empty) are filled unless ``--overwrite`` is given.
Prints the strings it filled and those of pending.json that no .ts holds (a typo, or lupdate not run).

    .venv/bin/python tools/fill_translations.py --save finished.json

writes every finished translation in that format, each under its context and, where a source text has one
translation wherever it appears, under ``"*"`` too. Code that moves strings to another class changes their
context (lupdate then drops the old entries): save first, move and run update_translations.py, then fill from
the saved file, and the moved strings keep their translations.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "explorer" / "resources" / "i18n"
BIN = Path(sys.executable).parent
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(ts: Path, pending: dict[str, dict[str, str]], overwrite: bool, used: set[tuple[str, str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = {**pending.get("*", {}), **pending.get(name, {})}
        for message in context.iter("message"):
            source = message.findtext("source")
            if source not in table:
                continue
            used.add((name if source in pending.get(name, {}) else "*", source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            unfinished = translation.get("type") == "unfinished" or not (translation.text or "").strip()
            if unfinished or overwrite:
                translation.text = table[source]
                translation.attrib.pop("type", None)
                count += 1
    if count:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        tmp = ts.with_suffix(".fill-tmp")
        tmp.write_text(HEADER + body + "\n", encoding="utf-8")
        tmp.replace(ts)
    return count


def finished(lang: str) -> dict[str, dict[str, str]]:
    """Every finished translation of ``lang``: {context: {source: translation}}, plus "*" for the unambiguous."""
    table: dict[str, dict[str, str]] = {}
    seen: dict[str, set[str]] = {}
    for ts in sorted(I18N.glob(f"*_{lang}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.find("translation")
                if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                        "vanished"):
                    continue
                if (translation.text or "").strip():
                    table.setdefault(name, {})[source] = translation.text
                    seen.setdefault(source, set()).add(translation.text)
    table["*"] = {source: next(iter(texts)) for source, texts in seen.items() if len(texts) == 1}
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pending", type=Path, nargs="?")
    parser.add_argument("--save", type=Path, help="write every finished translation to this JSON file and stop")
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--overwrite", action="store_true", help="replace finished translations too")
    parser.add_argument("--no-compile", action="store_true")
    args = parser.parse_args()
    if args.save is not None:
        args.save.write_text(json.dumps(finished(args.lang), ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if args.pending is None:
        parser.error("give the JSON file to fill from, or --save FILE")
    pending = json.loads(args.pending.read_text(encoding="utf-8"))
    used: set[tuple[str, str]] = set()
    for ts in sorted(I18N.glob(f"*_{args.lang}.ts")):
        n = fill(ts, pending, args.overwrite, used)
        if n:
            print(f"{ts.relative_to(ROOT)}: {n} filled")
    missing = [(c, s) for c, table in pending.items() for s in table if (c, s) not in used]
    for context, source in missing:
        print(f"not in any .ts: [{context}] {source!r}", file=sys.stderr)
    if not args.no_compile:
        lrelease = BIN / "pyside6-lrelease"
        for ts in sorted(I18N.glob(f"*_{args.lang}.ts")):
            subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True, stdout=subprocess.DEVNULL)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
