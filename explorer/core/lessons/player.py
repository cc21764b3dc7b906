"""Playing a lesson: where the student is, what they predicted, what was revealed. Qt-free: the lesson panel
is a view of this (and keeps ``index`` between runs), tests drive it without a window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..ledger import Ledger, compute_ledger
from ..messages import M, Message
from .answers import Answer, answer
from .schema import Lesson, PredictSpec, Step

__all__ = ["LessonPlayer", "SummaryRow", "quantity_label", "is_close"]

CLOSE = 0.05  # a guess within 5% of a rounded figure counts as right; a whole number must be exact

_LABELS = {
    "layer_inputs": M("quantity.layer_inputs", "input channels of layer {layer} in block {block}"),
    "block_connections": M("quantity.block_connections", "connections inside block {block}"),
    "block_output": M("quantity.block_output", "channels leaving block {block}"),
    "transition_out": M("quantity.transition_out", "channels after transition {block}"),
    "bottleneck_width": M("quantity.bottleneck_width", "channels of the 1x1 bottleneck"),
    "output_size": M("quantity.output_size", "feature-map size in block {block}"),
    "params": M("quantity.params", "parameters (millions)"),
    "macs": M("quantity.macs", "multiply-adds per image (millions)"),
    "saved_activations": M("quantity.saved_activations", "memory kept for backward, batch {batch} (MiB)"),
    "saved_activations_efficient": M("quantity.saved_activations_efficient",
                                     "memory kept for backward, memory-efficient, batch {batch} (MiB)"),
}


def quantity_label(predict: PredictSpec) -> Message:
    return _LABELS[predict.quantity](block=predict.block, layer=predict.layer, batch=predict.batch)


def is_close(guess: float, truth: Answer) -> bool:
    if truth.exact:
        return guess == truth.value
    return abs(guess - truth.value) <= CLOSE * abs(truth.value)


@dataclass(frozen=True)
class SummaryRow:
    step: int  # 1-based
    label: Message  # what was asked
    network: str  # the network's title (a Message for the families whose titles are translated)
    guess: float | None  # None: revealed without a guess
    answer: Answer

    @property
    def close(self) -> bool:
        return self.guess is not None and is_close(self.guess, self.answer)


class LessonPlayer:
    """The student's place in a lesson (``index``: 0-based step), their guesses and the answers revealed."""

    def __init__(self, lesson: Lesson, index: int = 0) -> None:
        self.lesson = lesson
        self.index = min(max(index, 0), self.count - 1)
        self.guesses: dict[int, float] = {}
        self.revealed: dict[int, Answer] = {}
        self.results: dict[int, Any] = {}  # a run step's outcome, by step index

    @property
    def count(self) -> int:
        return len(self.lesson.steps)

    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def config(self) -> Any:
        """The network in force at this step."""
        return self.lesson.configs[self.index]

    @property
    def ledger(self) -> Ledger:
        return compute_ledger(self.config)

    @property
    def at_end(self) -> bool:
        return self.index == self.count - 1

    def go(self, index: int) -> None:
        self.index = min(max(index, 0), self.count - 1)

    def next(self) -> bool:
        if self.at_end:
            return False
        self.index += 1
        return True

    def back(self) -> bool:
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def truth(self) -> Answer | None:
        """The value this step asks for, computed from the network in force (None: the step asks nothing)."""
        p = self.step.predict
        return None if p is None else answer(self.ledger, p.quantity, p.block, p.layer, p.batch)

    def reveal(self, guess: float | None = None) -> Answer:
        """Record the guess (if any) and reveal the true value; revealing again keeps the first guess."""
        truth = self.truth()
        if truth is None:
            raise ValueError("this step asks for no prediction")
        if guess is not None and self.index not in self.revealed:
            self.guesses[self.index] = guess
        self.revealed[self.index] = truth
        return truth

    def summary(self) -> list[SummaryRow]:
        """Every prediction step revealed so far, in lesson order: what was asked, the guess, the truth."""
        rows = []
        for i, truth in sorted(self.revealed.items()):
            p = self.lesson.steps[i].predict
            assert p is not None
            rows.append(SummaryRow(i + 1, quantity_label(p), self.lesson.configs[i].title, self.guesses.get(i),
                                   truth))
        return rows
