"""Every finished Korean translation follows explorer/resources/i18n/GLOSSARY.md: none uses a variant it
lists under *Not*."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "explorer" / "resources" / "i18n"


def forbidden() -> dict[str, str]:
    """variant -> the glossary's term, from the table's rows (English | Korean | Not | Note)."""
    out = {}
    for line in (I18N / "GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("English term", "---") or set(cells[0]) <= {"-"}:
            continue
        for variant in filter(None, (v.strip() for v in cells[2].split(","))):
            out[variant] = cells[1]
    return out


def test_glossary_lists_the_course_terms():
    rules = forbidden()
    assert rules["에폭"] == "에포크" and rules["레저"] == "층별 채널 표" and rules["덴스 층"] == "밀집 층"
    assert rules["곱셈-덧셈"] == "곱셈-누산(MAC)"


def test_every_translation_follows_the_glossary():
    rules = forbidden()
    files = sorted(I18N.glob("*_ko.ts"))
    assert len(files) >= 6
    bad = []
    for ts in files:
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not tr.text:
                    continue
                for variant, term in rules.items():
                    if variant in tr.text:
                        bad.append(f"{ts.name} [{context.findtext('name')}] {message.findtext('source')!r}: "
                                   f"{tr.text!r} has {variant!r}, the glossary says {term!r}")
    assert not bad, "\n".join(bad)
