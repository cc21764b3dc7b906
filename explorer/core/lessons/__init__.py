"""Guided lessons: a lesson file's format and check (``schema``), the numbers a student predicts, computed
from the network (``answers``), the player's state (``player``) and what a run step does (``runs``, torch
imported when a run starts). The shipped lessons are ``explorer/resources/lessons/*.json``."""

from __future__ import annotations

from ...paths import RESOURCES
from .answers import QUANTITIES, QUANTITY_NAMES, Answer, answer
from .player import LessonPlayer, SummaryRow, is_close, quantity_label
from .schema import (
    LANGUAGES,
    MAX_LESSON_BYTES,
    Lesson,
    LessonError,
    NetworkSpec,
    PredictSpec,
    RunSpec,
    Step,
    Text,
    lesson_from_dict,
    lesson_from_json,
    load_lesson,
)

__all__ = ["QUANTITIES", "QUANTITY_NAMES", "Answer", "answer", "LessonPlayer", "SummaryRow", "is_close",
           "quantity_label", "LANGUAGES", "MAX_LESSON_BYTES", "Lesson", "LessonError", "NetworkSpec", "PredictSpec",
           "RunSpec", "Step", "Text", "lesson_from_dict", "lesson_from_json", "load_lesson", "LESSONS_DIR",
           "shipped_lessons"]

LESSONS_DIR = RESOURCES / "lessons"


def shipped_lessons() -> list[Lesson]:
    """The lessons that come with the app, in their files' order (01-..., 02-...)."""
    return [load_lesson(p) for p in sorted(LESSONS_DIR.glob("*.json"))]
