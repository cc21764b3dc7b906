"""Korean for the file layer: switched to 한국어 through the Language menu, a save or an open answered with a named
pipe is refused in Korean (the core's io/images Messages rendered through the window's translations), not in
the English the CLI prints."""

from __future__ import annotations

import os
import re

import pytest

from .drive import click, raise_dock

HANGUL = re.compile(r"[\uac00-\ud7a3]")



def english_words(text: str, *paths: object) -> list[str]:
    """The English words of ``text`` once the paths (a person's own names) are taken out."""
    for p in paths:
        text = text.replace(str(p), " ")
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.mark.parametrize("button", ["png", "svg"])
def test_the_diagram_saved_onto_a_named_pipe_is_refused_in_korean(qtbot, korean, dialogs, tmp_path, button):
    window = korean
    fifo = tmp_path / "fifo.out"
    os.mkfifo(fifo)
    dialogs.answers = [str(fifo)]
    click(qtbot, window.diagram.buttons[button])
    assert len(dialogs.asked) == 1
    said = window.statusBar().currentMessage()
    assert HANGUL.search(said), said
    assert "파이프" in said, said  # the kind of the path, translated as a parameter of the reason
    assert english_words(said, fifo) == [], said  # no "named pipe", "nothing was written", "Could not write"
    assert fifo.exists() and not fifo.is_file()  # the pipe is left as it was


def test_an_image_that_is_a_named_pipe_is_refused_in_korean(qtbot, korean, dialogs, tmp_path):
    window = korean
    panel = window.panels["extra_inference_panel"]
    raise_dock(qtbot, window, window.docks["extra_inference_panel"])
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    dialogs.answers = [str(fifo)]
    click(qtbot, panel.open_button)
    assert len(dialogs.asked) == 1
    shown = panel.message.text()
    assert HANGUL.search(shown) and "파이프" in shown and "이미지 파일" in shown, shown
    assert english_words(shown, fifo) == [], shown  # no "is a named pipe, not an image file"
    assert window.statusBar().currentMessage() and english_words(window.statusBar().currentMessage(), fifo) == []
