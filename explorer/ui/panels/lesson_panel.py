"""The lesson panel: plays a guided lesson (explorer/core/lessons) step by step beside the real network.

A step sets the window's network, marks the control or diagram element it talks about, asks for a
prediction (read by the core's strict number parser) and reveals the value the app computes with its formula
filled in, or runs a short training and shows its result. The step reached is kept in QSettings
("lessons/<id>/step") so a lesson continues where the student left it; the last step lists every prediction
beside its true value.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.config import ConfigError, parse_float
from ...core.io import FileFormatError
from ...core.lessons import Lesson, LessonPlayer, load_lesson, quantity_label, shipped_lessons
from ...core.lessons.runs import RunOutcome, run_step
from ..messages import error_text, tr_msg
from ..state import AppState
from ..theme import mark_error, mute
from ..widgets import ElidedCombo
from .base import Panel
from .lesson_widgets import HighlightFrame, LessonTable, find_target, layer_of_target

__all__ = ["LessonPanel"]

_RUN = "lesson-run"


def _run(job: Any, spec: Any, config: Any) -> RunOutcome:
    return run_step(spec, config, should_stop=job.cancelled)


class LessonPanel(Panel):
    """Title, progress, the step's text, the prediction box with Reveal, a run's button and result, Back/Next
    and, at the last step, the summary of predictions."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LessonPanel", "Lesson")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.lessons = shipped_lessons()
        self.player: LessonPlayer | None = None
        self.highlight = HighlightFrame()
        self._dock: QDockWidget | None = None  # the dock whose visibility the mark follows
        self.last_error = ""  # the refusal of the last lesson file opened, as shown
        self._build()
        self.retranslate()
        if self.lessons:  # where the student left off; the window's network is changed only once they play
            current = self._settings().value("lessons/current", "")
            self.open(next((x for x in self.lessons if x.id == current), self.lessons[0]), apply=False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose = ElidedCombo(self)
        # As narrow as a 1280×720 side column needs (the longest title would widen the whole panel past it, once
        # a vertical scroll bar takes its share); a cut title ends in "…", the list shows every title in full.
        self.choose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choose.setMinimumContentsLength(14)
        self.choose.activated.connect(lambda i: self.open(self.lessons[i]))
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_dialog)
        top.addWidget(self.choose, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.progress = mute(QLabel(self))
        self.network = QLabel(self)
        self.network.setWordWrap(True)  # a long network name in a 1280×720 side column
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        for w in (self.heading, self.progress, self.network, self.text):
            layout.addWidget(w)
        self._build_predict(layout)
        self._build_run(layout)
        self.summary = LessonTable(self)
        self.summary.hide()
        layout.addWidget(self.summary)
        layout.addStretch(1)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)

    def _build_predict(self, layout: QVBoxLayout) -> None:
        self.predict_box = QWidget(self)
        grid = QGridLayout(self.predict_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.predict_label = QLabel(self.predict_box)
        self.predict_label.setWordWrap(True)  # "Predict: … memory-efficient mode, batch 64 (MiB)" in Korean
        self.guess = QLineEdit(self.predict_box)
        self.guess.returnPressed.connect(self.reveal)
        self.reveal_button = QPushButton(self.predict_box)
        self.reveal_button.clicked.connect(self.reveal)
        self.guess_error = QLabel(self.predict_box)
        mark_error(self.guess_error)
        self.guess_error.setWordWrap(True)
        self.answer = QLabel(self.predict_box)
        self.answer.setWordWrap(True)
        grid.addWidget(self.predict_label, 0, 0, 1, 3)
        grid.addWidget(self.guess, 1, 0)
        grid.addWidget(self.reveal_button, 1, 1)
        grid.addWidget(self.guess_error, 1, 2)
        grid.addWidget(self.answer, 2, 0, 1, 3)
        layout.addWidget(self.predict_box)

    def _build_run(self, layout: QVBoxLayout) -> None:
        self.run_box = QWidget(self)
        box = QVBoxLayout(self.run_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.run_box)
        self.run_button.clicked.connect(self.start_run)
        self.run_status = QLabel(self.run_box)
        self.run_status.setWordWrap(True)
        row.addWidget(self.run_button)
        row.addWidget(self.run_status, 1)
        box.addLayout(row)
        self.result = LessonTable(self.run_box)
        self.result.hide()
        box.addWidget(self.result)
        layout.addWidget(self.run_box)

    # -- texts ---------------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return "ko" if QLocale().language() == QLocale.Language.Korean else "en"

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open lesson…"))
        self.reveal_button.setText(self.tr("Reveal"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.guess.setPlaceholderText(self.tr("your prediction"))
        self.choose.clear()
        for lesson in self.lessons:
            self.choose.addItem(lesson.title.get(self.language))
        if self.player is not None and self.player.lesson in self.lessons:
            self.choose.setCurrentIndex(self.lessons.index(self.player.lesson))
        self._show_step(move=False)

    def _show_step(self, move: bool = True) -> None:
        p = self.player
        if p is None:
            return
        lang, step = self.language, p.step
        self.heading.setText(p.lesson.title.get(lang))
        self.progress.setText(self.tr("Step {n} of {count}").format(n=p.index + 1, count=p.count))
        self.network.setText(self.tr("Network: {title}").format(title=tr_msg(p.config.title)))
        self.text.setText(step.text.get(lang))
        self.predict_box.setVisible(step.predict is not None)
        if step.predict is not None:
            self.predict_label.setText(self.tr("Predict: {what}").format(what=tr_msg(quantity_label(step.predict))))
            self._show_answer()
        self.run_box.setVisible(step.run is not None)
        self.run_button.setText(self.tr("Run"))
        self._show_outcome()
        self.back_button.setEnabled(p.index > 0)
        self.next_button.setEnabled(not p.at_end)
        self._show_summary()
        if move:
            self._apply_step()

    def _show_summary(self) -> None:
        """At the last step: every prediction beside its true value."""
        p = self.player
        if p is not None and p.at_end:
            self.summary.show_summary(p.summary())
            self.summary.setVisible(True)
        else:
            self.summary.hide()

    def _show_answer(self) -> None:
        p = self.player
        truth = p.revealed.get(p.index) if p is not None else None
        if truth is None:
            self.answer.setText("")
            return
        guess = p.guesses.get(p.index)
        text = self.tr("True value: {value}  ({formula})").format(value=truth.shown, formula=tr_msg(truth.formula))
        if guess is not None:
            text += "\n" + self.tr("Your prediction: {guess}").format(guess=f"{guess:g}")
        self.answer.setText(text)

    def _show_outcome(self) -> None:
        p, outcome = self.player, None
        if p is not None:
            outcome = p.results.get(p.index)
        if outcome is None:
            self.result.hide()
            if not self.jobs.running(_RUN):
                self.run_status.setText("")
            return
        self.result.show_outcome(outcome)
        self.run_status.setText(self.tr("Done in {seconds:.1f} s").format(seconds=outcome.seconds))

    # -- playing -------------------------------------------------------------------------------------

    def open(self, lesson: Lesson, apply: bool = True) -> None:
        """Play ``lesson`` from the step reached last time (0 for a new one); ``apply``: set its network and
        mark its target now."""
        if self.player is None or self.player.lesson != lesson:  # the same lesson again keeps its guesses
            self.jobs.cancel(_RUN)
            saved = self._settings().value(f"lessons/{lesson.id}/step", 0)
            try:
                index = int(saved)
            except (TypeError, ValueError):
                index = 0
            self.player = LessonPlayer(lesson, index)
        if lesson not in self.lessons:
            self.lessons.append(lesson)
            self.choose.addItem(lesson.title.get(self.language))
        self.choose.setCurrentIndex(self.lessons.index(lesson))
        if apply:
            self._settings().setValue("lessons/current", lesson.id)
        self._show_step(move=apply)

    def _settings(self) -> QSettings:
        """The window's settings (one file per test in the tests), else the application's."""
        settings = getattr(self.window(), "settings", None)
        return settings if isinstance(settings, QSettings) else QSettings()

    def open_file(self, path: str | os.PathLike) -> bool:
        """Load a teacher's lesson file; a broken one is refused in one line naming the step and field."""
        try:
            lesson = load_lesson(path)
        except (ConfigError, FileFormatError, OSError) as exc:
            self.state.status(error_text(exc), 15000)
            self.run_status.setText(error_text(exc))
            self.last_error = error_text(exc)
            return False
        self.last_error = ""
        self.open(lesson)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open lesson"), "", self.tr("Lessons (*.json)"))
        if path and self.open_file(path):
            self.bring_to_front()

    def bring_to_front(self) -> None:
        """Show this panel's dock and raise its tab (File → Open lesson… and a lesson opened from a file)."""
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()

    def go(self, index: int) -> None:
        """Show step ``index`` (0-based) and keep it as the place to continue from."""
        if self.player is None:
            return
        self.jobs.cancel(_RUN)
        self.player.go(index)
        self._settings().setValue(f"lessons/{self.player.lesson.id}/step", self.player.index)
        self.guess.clear()
        self.guess_error.clear()
        self._show_step()

    def next(self) -> None:
        if self.player is not None:
            self.go(self.player.index + 1)

    def back(self) -> None:
        if self.player is not None:
            self.go(self.player.index - 1)

    def _apply_step(self) -> None:
        """Set the step's network in the window and mark its target."""
        p = self.player
        if p.config != self.state.config:
            self.state.set_config(p.config, origin="lesson")
        target = p.step.highlight
        window = self.window()
        widget = find_target(window, target) if target else None
        self.highlight.mark(widget if widget is not self else None)
        if p.step.predict is None or p.index in p.revealed:
            self._select_layer()

    def _select_layer(self) -> None:
        """Select the step's diagram layer: its description and ledger row show the layer's numbers, so a
        prediction step selects it only once the answer is revealed."""
        layer = layer_of_target(self.player.step.highlight or "")
        if layer is not None:
            self.state.sig_layer_selected.emit(layer)

    def reveal(self) -> None:
        p = self.player
        if p is None or p.step.predict is None:
            return
        text = self.guess.text().strip()
        guess = None
        if text:
            try:
                guess = parse_float(text.replace(",", ""), "prediction")
            except ConfigError as exc:
                self.guess_error.setText(error_text(exc))
                return
        self.guess_error.clear()
        p.reveal(guess)
        self._select_layer()
        self._show_answer()
        self._show_summary()

    def start_run(self) -> None:
        p = self.player
        if p is None or p.step.run is None:
            return
        index = p.index
        self.run_button.setEnabled(False)
        self.run_status.setText(self.tr("Running…"))
        self.jobs.start(_RUN, _run, p.step.run, p.config, on_done=lambda o: self._run_done(index, o),
                        on_failed=self._run_failed)

    def _run_done(self, index: int, outcome: RunOutcome) -> None:
        self.run_button.setEnabled(True)
        if self.player is not None:
            self.player.results[index] = outcome
            if self.player.index == index:
                self._show_outcome()

    def _run_failed(self, message: str, details: str) -> None:
        self.run_button.setEnabled(True)
        self.run_status.setText(self.tr("The run failed: {error}").format(error=message))
        self.run_status.setToolTip(details)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._follow_dock()
        if self.highlight.target is not None:
            self.highlight.show()

    def _follow_dock(self) -> None:
        """The mark shows while the lesson's dock does: a tab raised over it (Paper, say) hides the mark too
        (the dock's tab switch does not always reach this widget as a hide event)."""
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and dock is not self._dock:
            self._dock = dock
            dock.visibilityChanged.connect(self._dock_visible)

    def _dock_visible(self, visible: bool) -> None:
        if not visible:
            self.highlight.hide()
        elif self.highlight.target is not None:
            self.highlight.show()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.highlight.hide()  # the mark belongs to the lesson on screen

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        self.highlight.mark(None)
        return super().shutdown(timeout_ms)

