"""The lesson panel driven as a student does: pick a lesson, read, type a prediction, click Reveal, click Run,
click Next to the summary; every shipped lesson in English and in Korean (the trainings run once, in English,
at the smallest settings a lesson allows: one batch of eight images per network)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.core.lessons import LESSONS_DIR, LessonPlayer, runs
from explorer.ui.panels.lesson_panel import LessonPanel
from explorer.ui.panels.lesson_widgets import find_target

from .drive import choose, click, drag_dock_edge, raise_dock, trigger_menu, type_into
from .test_config_panel import type_by_input_method


@pytest.fixture(autouse=True)
def _tiny_runs(monkeypatch):
    """Every run at one batch of eight images per network."""
    original = runs.run_settings
    monkeypatch.setattr(runs, "run_settings", lambda spec: original(replace(spec, max_batches=1, batch_size=8)))


def lesson_panel(qtbot, window) -> LessonPanel:
    panel = window.panels["lesson"]
    assert isinstance(panel, LessonPanel)
    raise_dock(qtbot, window, window.docks["lesson"])
    # The fixture's window lays its docks out as a first start at 1280×720 does: the side column is its
    # narrow projector width, where the Korean prompts once ran off the edge.
    assert window.width() == 1280 and window.docks["lesson"].width() <= 400
    return panel


def play(qtbot, window, panel: LessonPanel, index: int, run: bool, language: str) -> list[str]:
    """Choose lesson ``index`` in the combo, go through every step with clicks; the answers revealed."""
    lesson = panel.lessons[index]
    choose(qtbot, panel.choose, lesson.title.get(language))
    while panel.back_button.isEnabled():
        click(qtbot, panel.back_button)
    shown = []
    for n, step in enumerate(lesson.steps, start=1):
        assert panel.progress.text() == (f"Step {n} of {len(lesson.steps)}" if language == "en"
                                         else f"{len(lesson.steps)}단계 중 {n}단계")
        assert panel.text.text() == step.text.get(language)
        assert panel.heading.text() == lesson.title.get(language)
        assert window.state.config == lesson.configs[n - 1]  # the step's network is the window's
        if step.highlight:
            assert panel.highlight.isVisible(), step.highlight
            assert window.isAncestorOf(panel.highlight)
        if step.predict:
            type_into(qtbot, panel.guess, "1", enter=False)
            click(qtbot, panel.reveal_button)
            assert panel.answer.text()
            shown.append(panel.answer.text())
        QCoreApplication.processEvents()
        # At 1280×720 every line wraps inside the dock: nothing runs off its right edge behind a scroll bar.
        scroller = window.holders["lesson"]
        assert not scroller.horizontalScrollBar().isVisible(), (n, panel.predict_label.text())
        if step.run and run:
            click(qtbot, panel.run_button)
            qtbot.waitUntil(lambda: panel.result.isVisible(), timeout=120000)
            assert panel.result.rowCount() >= 1
        if n < len(lesson.steps):
            click(qtbot, panel.next_button)
    assert not panel.next_button.isEnabled() and panel.summary.isVisible()
    assert panel.summary.rowCount() == sum(1 for s in lesson.steps if s.predict)
    return shown


def test_every_lesson_plays_to_its_summary_with_its_runs(qtbot, app_window):
    window = app_window
    panel = lesson_panel(qtbot, window)
    assert panel.choose.count() == 6
    for index in range(6):
        shown = play(qtbot, window, panel, index, run=True, language="en")
        if panel.lessons[index].id == "bottleneck-compression":
            values = [panel.summary.item(r, 4).text() for r in range(panel.summary.rowCount())]
            assert values == ["1.0M", "7.0M", "27.2M", "48", "200", "0.8M", "15.3M", "25.6M"]
            assert "True value: 1.0M" in shown[0]
        if panel.lessons[index].id == "dense-vs-residual":
            assert "k₀ + k·(ℓ−1) = 24 + 12×(3−1) = 48" in shown[0]
            assert panel.summary.item(0, 3).text() == "1" and panel.summary.item(0, 5).text() == "✗"


def test_every_lesson_in_korean_and_a_switch_mid_lesson(qtbot, korean, dialogs, tmp_path):
    window = korean
    panel = lesson_panel(qtbot, window)
    assert panel.open_button.text() == "단원 열기…" and panel.next_button.text() == "다음"
    bad = tmp_path / "broken.json"
    broken = {"format": 1, "id": "x", "title": {"en": "x", "ko": "엑스"},
              "steps": [{"text": {"en": "a", "ko": "가"}, "run": {"kind": "dance"}}]}
    bad.write_text(json.dumps(broken), encoding="utf-8")
    dialogs.answers = [str(bad)]
    click(qtbot, panel.open_button)
    assert "1단계, run.kind: 실행의 종류가 아닙니다" in panel.last_error and "broken.json" in panel.last_error
    for index in range(6):
        shown = play(qtbot, window, panel, index, run=False, language="ko")
        assert all("실제 값" in s for s in shown)
    # Mid-lesson: back two steps, switch to English and back; the step and its answer stay.
    click(qtbot, panel.back_button)
    click(qtbot, panel.back_button)
    step = panel.player.index
    trigger_menu(qtbot, window, "언어(L)", "English")
    QCoreApplication.processEvents()
    assert panel.player.index == step and panel.text.text() == panel.player.step.text.en
    assert panel.next_button.text() == "Next"
    trigger_menu(qtbot, window, "Language", "한국어")
    QCoreApplication.processEvents()
    assert panel.text.text() == panel.player.step.text.ko


def test_a_prediction_is_read_strictly_and_the_step_is_kept(qtbot, app_window):
    window = app_window
    panel = lesson_panel(qtbot, window)
    choose(qtbot, panel.choose, "Dense vs residual connectivity")
    click(qtbot, panel.next_button)
    # Layer 3 of block 1 is framed but not selected yet: its description and ledger row would give the answer.
    info = window.diagram.info
    assert "denselayer3" not in info.text() and "= 48" not in info.text()
    type_by_input_method(qtbot, panel.guess, "４８")  # and Enter
    assert "digits 0-9" in panel.guess_error.text() and panel.answer.text() == ""
    type_into(qtbot, panel.guess, "48")  # Enter reveals too
    assert panel.guess_error.text() == "" and panel.answer.text().startswith("True value: 48")
    assert "features.denseblock1.denselayer3" in info.text() and "= 48" in info.text()  # selected once revealed
    assert panel.highlight.isVisible()
    raise_dock(qtbot, window, window.docks["paper"])  # the Paper tab over the lesson: the mark goes with it
    assert not panel.highlight.isVisible()
    raise_dock(qtbot, window, window.docks["lesson"])
    assert panel.highlight.isVisible()
    click(qtbot, panel.next_button)
    again = LessonPanel(window.state, window)  # the next start of the app: the lesson continues at step 3
    qtbot.addWidget(again)
    assert again.player.index == 2 and again.progress.text() == "Step 3 of 6"


def test_a_teachers_lesson_opens_and_a_broken_one_is_refused(qtbot, app_window, dialogs, tmp_path):
    window = app_window
    panel = lesson_panel(qtbot, window)
    broken = json.loads((LESSONS_DIR / "01-dense-vs-residual.json").read_text(encoding="utf-8"))
    broken["steps"][2]["predict"]["layer"] = 99
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    mine = {"format": 1, "id": "my-lesson", "title": {"en": "My lesson", "ko": "내 단원"},
            "steps": [{"text": {"en": "Count the inputs.", "ko": "입력을 세어 보세요."},
                       "network": {"preset": "densenet121"},
                       "predict": {"quantity": "layer_inputs", "block": 2, "layer": 1}}]}
    good = tmp_path / "mine.json"
    good.write_text(json.dumps(mine), encoding="utf-8")
    dialogs.answers = [str(bad)]
    click(qtbot, panel.open_button)
    assert "step 3, predict.layer" in panel.last_error and "1 to 16" in panel.last_error
    assert panel.player.lesson.id == "dense-vs-residual"  # the lesson being played stays
    dialogs.answers = [str(good)]
    raise_dock(qtbot, window, window.docks["paper"])  # the menu brings the lesson back to the front
    trigger_menu(qtbot, window, "File", "Open lesson…")
    assert window.docks["lesson"].isVisible() and panel.isVisible()
    assert panel.heading.text() == "My lesson" and window.state.config.title == "DenseNet-BC (L=121, k=32)"
    click(qtbot, panel.reveal_button)  # revealed without a guess
    assert panel.answer.text().startswith("True value: 128")  # block 2 starts with ⌊0.5 × 256⌋ maps
    assert panel.summary.item(0, 3).text() == "—"


def test_the_player_and_the_panel_agree(qtbot, app_window):
    panel = lesson_panel(qtbot, app_window)
    lesson = panel.lessons[2]
    player = LessonPlayer(lesson)
    choose(qtbot, panel.choose, lesson.title.en)
    assert panel.network.text() == f"Network: {player.config.title}"


def test_every_target_a_shipped_lesson_names_is_a_widget_of_the_window(qtbot, app_window):
    window = app_window
    expected = {"config": lambda rest: window.panels["config"].fields[rest].editor,
                "cards": lambda rest: window.panels["cards"].cards[rest]}
    lessons = lesson_panel(qtbot, window).lessons
    targets = {s.highlight for lesson in lessons for s in lesson.steps if s.highlight}
    assert {"diagram.block1.layer3", "config.growth_rate", "cards.params", "ledger", "training"} <= targets
    for target in targets:
        head, _, rest = target.partition(".")
        widget = find_target(window, target)
        assert widget is not None and window.isAncestorOf(widget), target
        if head in expected and rest:
            assert widget is expected[head](rest), target


def test_a_cut_lesson_title_ends_in_an_ellipsis_and_shows_whole_on_hover(qtbot, app_window):
    """The side column dragged narrow by its separator, with the mouse: the chosen title ends in "…" (Qt's own
    combo cut it mid-word with no mark, seen at 1280×720 under Xvfb), its tooltip is the whole title, the list
    offers every title whole; dragged wide again, the title shows whole."""
    window = app_window
    panel = lesson_panel(qtbot, window)
    title = next(lesson.title.get("en") for lesson in panel.lessons if lesson.id == "memory")
    choose(qtbot, panel.choose, title)
    assert panel.choose.currentText() == title
    drag_dock_edge(qtbot, window, window.docks["lesson"], 300)
    qtbot.waitUntil(lambda: panel.choose.shown_text() != title)
    shown = panel.choose.shown_text()
    assert shown.endswith("…") and title.startswith(shown[:-1]) and len(shown) > 8
    assert panel.choose.toolTip() == title
    assert [panel.choose.itemText(i) for i in range(panel.choose.count())] == \
        [lesson.title.get("en") for lesson in panel.lessons]
    drag_dock_edge(qtbot, window, window.docks["lesson"], 700)
    qtbot.waitUntil(lambda: panel.choose.shown_text() == title)
    assert panel.choose.toolTip() == ""
