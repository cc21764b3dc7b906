"""A lesson file: JSON, both languages in one file, a list of steps; read and checked before it is played.

    {"format": 1, "id": "growth-rate", "title": {"en": "...", "ko": "..."}, "steps": [
      {"text": {"en": "...", "ko": "..."},                      every step explains, in a few sentences
       "network": {"preset": "densenet-bc-l100-k12", "fields": {"growth_rate": 24}},   optional
       "highlight": "config.growth_rate",                        optional: a control or diagram element
       "predict": {"quantity": "layer_inputs", "block": 1, "layer": 3},              optional
       "run": {"kind": "train", "networks": [{"preset": "..."}], "epochs": 1, "max_batches": 8}}]}   optional

A predict step holds only which quantity and where; its value is computed (``answers``). A broken lesson is
refused with a ``LessonError`` naming the step (counted from 1) and the field, never with a traceback.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import config_from_dict, config_to_dict, preset_config
from ..io import read_bounded
from ..messages import M
from ..validation import ConfigError, int_range, short_repr
from .answers import QUANTITIES, needs

__all__ = ["LANGUAGES", "Text", "NetworkSpec", "PredictSpec", "RunSpec", "Step", "Lesson", "LessonError",
           "lesson_from_dict", "lesson_from_json", "load_lesson", "MAX_LESSON_BYTES", "RUN_KINDS",
           "RUN_DATASETS", "TARGET_PATTERN"]

LANGUAGES = ("en", "ko")
MAX_LESSON_BYTES = 1 * 2**20  # a lesson is a few kilobytes of text
MAX_STEPS = 200
RUN_KINDS = ("train", "reuse", "memory")  # train and compare; train then read Figure 5; measure saved memory
RUN_DATASETS = ("digits", "shapes")  # offline sets only: a lesson must run anywhere, in seconds
MAX_RUN_EPOCHS = 3
MAX_RUN_BATCHES = 200
MAX_RUN_NETWORKS = 4
# The controls and diagram elements the window can point at
TARGET_PATTERN = re.compile(r"config\.[a-z_]+|cards\.[a-z_]+|diagram(\.block[1-9]\d*(\.layer[1-9]\d*)?)?"
                            r"|ledger|cards|config|training|compare|inference")


class LessonError(ConfigError):
    """A lesson file that cannot be played: which step, which field, what is wrong and what would do."""

    def __init__(self, step: int | None, where: str, value: Any, reason: Any, valid: Any = None) -> None:
        self.step, self.where = step, where
        place = (M("lesson.at_step", "step {step}, {field}")(step=step, field=where) if step is not None
                 else M("lesson.at_field", "{field}")(field=where))
        message = M("lesson.broken", "{place}: {reason}")(place=place, reason=reason)
        super().__init__("lesson", value, message, valid)


@dataclass(frozen=True)
class Text:
    """One text in every language of the lesson."""

    en: str
    ko: str

    def get(self, language: str) -> str:
        return self.ko if language.startswith("ko") else self.en


@dataclass(frozen=True)
class NetworkSpec:
    """A network a step sets or trains: a preset, some fields changed (or a whole config's fields)."""

    preset: str | None
    fields: dict[str, Any]

    def config(self, base: Any = None) -> Any:
        if self.preset is not None:
            return preset_config(self.preset, **self.fields) if self.fields else preset_config(self.preset)
        start = config_to_dict(base) if base is not None and not self.fields.get("family") else {}
        return config_from_dict({**start, **self.fields})


@dataclass(frozen=True)
class PredictSpec:
    quantity: str
    block: int = 1
    layer: int = 1
    batch: int = 1


@dataclass(frozen=True)
class RunSpec:
    kind: str  # one of RUN_KINDS
    networks: tuple[NetworkSpec, ...]  # empty: the step's network (the one set so far)
    dataset: str = "digits"
    epochs: int = 1
    max_batches: int = 8
    batch_size: int = 32


@dataclass(frozen=True)
class Step:
    text: Text
    network: NetworkSpec | None = None
    highlight: str | None = None
    predict: PredictSpec | None = None
    run: RunSpec | None = None


@dataclass(frozen=True)
class Lesson:
    id: str
    title: Text
    steps: tuple[Step, ...]
    source: str = ""  # the file it came from
    configs: tuple[Any, ...] = field(default=(), compare=False)  # the network in force at each step


# ------------------------------------------------------------------------------------------ reading


_KEYS = {"lesson": {"format", "id", "title", "steps"},
         "step": {"text", "network", "highlight", "predict", "run"},
         "network": {"preset", "fields"}, "predict": {"quantity", "block", "layer", "batch"},
         "run": {"kind", "networks", "dataset", "epochs", "max_batches", "batch_size"}}


def _object(value: Any, step: int | None, where: str, kind: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LessonError(step, where, short_repr(value), M("lesson.not_object", "must be a JSON object"), "{...}")
    unknown = sorted(set(value) - _KEYS[kind])
    if unknown:
        raise LessonError(step, f"{where}.{unknown[0]}" if where else unknown[0], short_repr(value[unknown[0]]),
                          M("lesson.unknown_key", "is not a field here"), ", ".join(sorted(_KEYS[kind])))
    return value


def _text(value: Any, step: int | None, where: str) -> Text:
    if not isinstance(value, dict) or set(value) != set(LANGUAGES) or not all(
            isinstance(value[k], str) and value[k].strip() for k in LANGUAGES):
        raise LessonError(step, where, short_repr(value), M("lesson.text", "must give a text in each language"),
                          '{"en": "...", "ko": "..."}')
    return Text(value["en"], value["ko"])


def _int(data: dict, key: str, step: int | None, where: str, lo: int, hi: int, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise LessonError(step, f"{where}.{key}", short_repr(value), M("lesson.int", "must be a whole number in "
                          "range"), int_range(lo, hi))
    return value


def _network(value: Any, step: int, where: str) -> NetworkSpec:
    data = _object(value, step, where, "network")
    preset, fields_ = data.get("preset"), data.get("fields", {})
    if preset is not None and not isinstance(preset, str):
        raise LessonError(step, f"{where}.preset", short_repr(preset), M("lesson.preset", "must be a preset name"))
    if not isinstance(fields_, dict) or (preset is None and not fields_):
        raise LessonError(step, f"{where}.fields", short_repr(fields_),
                          M("lesson.fields", "must be an object of config fields (or give a preset)"))
    return NetworkSpec(preset, {k: tuple(v) if isinstance(v, list) else v for k, v in fields_.items()})


def _predict(value: Any, step: int) -> PredictSpec:
    data = _object(value, step, "predict", "predict")
    quantity = data.get("quantity")
    if quantity not in QUANTITIES:
        raise LessonError(step, "predict.quantity", short_repr(quantity),
                          M("lesson.quantity", "is not a quantity the app computes"), ", ".join(QUANTITIES))
    for key in ("block", "layer", "batch"):
        if key in needs(quantity) and key not in data:
            raise LessonError(step, f"predict.{key}", None, M("lesson.missing", "is missing"),
                              M("lesson.needed_for", "needed for {quantity}")(quantity=quantity))
    return PredictSpec(quantity, _int(data, "block", step, "predict", 1, 64, 1),
                       _int(data, "layer", step, "predict", 1, 10_000, 1),
                       _int(data, "batch", step, "predict", 1, 4096, 1))


def _run(value: Any, step: int) -> RunSpec:
    data = _object(value, step, "run", "run")
    kind, dataset = data.get("kind"), data.get("dataset", "digits")
    if kind not in RUN_KINDS:
        raise LessonError(step, "run.kind", short_repr(kind), M("lesson.run_kind", "is not a kind of run"),
                          ", ".join(RUN_KINDS))
    if dataset not in RUN_DATASETS:
        raise LessonError(step, "run.dataset", short_repr(dataset),
                          M("lesson.run_dataset", "is not a set a lesson can train on offline"),
                          ", ".join(RUN_DATASETS))
    networks = data.get("networks", [])
    if not isinstance(networks, list) or len(networks) > MAX_RUN_NETWORKS:
        raise LessonError(step, "run.networks", short_repr(networks), M("lesson.networks", "must be a short list"),
                          M("lesson.at_most", "at most {n} networks")(n=MAX_RUN_NETWORKS))
    specs = tuple(_network(n, step, f"run.networks[{i}]") for i, n in enumerate(networks))
    return RunSpec(kind, specs, dataset, _int(data, "epochs", step, "run", 1, MAX_RUN_EPOCHS, 1),
                   _int(data, "max_batches", step, "run", 1, MAX_RUN_BATCHES, 8),
                   _int(data, "batch_size", step, "run", 1, 256, 32))


def _step(value: Any, number: int) -> Step:
    data = _object(value, number, "", "step")
    if "text" not in data:
        raise LessonError(number, "text", None, M("lesson.missing", "is missing"), '{"en": "...", "ko": "..."}')
    highlight = data.get("highlight")
    if highlight is not None and not (isinstance(highlight, str) and TARGET_PATTERN.fullmatch(highlight)):
        raise LessonError(number, "highlight", short_repr(highlight),
                          M("lesson.target", "is not a control or diagram element the window knows"),
                          "config.<field>, cards.<card>, diagram.block<b>.layer<l>, ledger, training, compare")
    return Step(_text(data["text"], number, "text"),
                _network(data["network"], number, "network") if "network" in data else None, highlight,
                _predict(data["predict"], number) if "predict" in data else None,
                _run(data["run"], number) if "run" in data else None)


def _check_networks(steps: list[Step]) -> tuple[Any, ...]:
    """The network in force at each step (the first step's default: DenseNet-BC L=100 k=12), each valid,
    and each predicted quantity defined for it: the answers are computed now, so a lesson that asks for
    layer 30 of a 16-layer block is refused when opened, not when played."""
    from ..ledger import compute_ledger
    from .answers import answer

    config, configs = preset_config("densenet-bc-l100-k12"), []
    for number, step in enumerate(steps, start=1):
        specs = [("network", step.network)] if step.network else []
        if step.run:
            specs += [(f"run.networks[{i}]", n) for i, n in enumerate(step.run.networks)]
        for where, spec in specs:
            try:
                made = spec.config(config)
            except ConfigError as exc:
                raise LessonError(number, where, short_repr(exc.value), exc.parts, exc.valid_parts) from None
            if where == "network":
                config = made
        configs.append(config)
        if step.predict:
            p = step.predict
            try:
                answer(compute_ledger(config), p.quantity, p.block, p.layer, p.batch)
            except ConfigError as exc:
                raise LessonError(number, f"predict.{exc.field}", short_repr(exc.value), exc.parts,
                                  exc.valid_parts) from None
    return tuple(configs)


def lesson_from_dict(data: Any, source: str = "") -> Lesson:
    data = _object(data, None, "", "lesson")
    if data.get("format", 1) != 1:
        raise LessonError(None, "format", short_repr(data.get("format")),
                          M("lesson.format", "is not a lesson format this app reads"), "1")
    lesson_id = data.get("id")
    if not isinstance(lesson_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", lesson_id):
        raise LessonError(None, "id", short_repr(lesson_id), M("lesson.id", "must be a short name"),
                          M("lesson.id_range", "lower-case letters, digits and '-'"))
    if "title" not in data:
        raise LessonError(None, "title", None, M("lesson.missing", "is missing"), '{"en": "...", "ko": "..."}')
    title = _text(data["title"], None, "title")
    raw = data.get("steps")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_STEPS:
        raise LessonError(None, "steps", short_repr(raw), M("lesson.steps", "must be a list of steps"),
                          int_range(1, MAX_STEPS))
    steps = [_step(s, i) for i, s in enumerate(raw, start=1)]
    return Lesson(lesson_id, title, tuple(steps), source, _check_networks(steps))


def lesson_from_json(text: str, source: str = "") -> Lesson:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LessonError(None, "json", "…", M("lesson.bad_json", "is not valid JSON (line {line}, column "
                          "{column}: {error})")(line=exc.lineno, column=exc.colno, error=exc.msg)) from None
    except RecursionError:
        raise LessonError(None, "json", "…", M("lesson.too_deep", "is nested too deeply")) from None
    return lesson_from_dict(data, source)


def load_lesson(path: str | os.PathLike) -> Lesson:
    """A lesson from its file, read through the bounded reader (a pipe, a device or a huge file is refused
    unread); a ``LessonError`` names the file, the step and the field."""
    path = Path(path)
    raw = read_bounded(path, "file", MAX_LESSON_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LessonError(None, "file", str(path), M("lesson.not_utf8", "is not a UTF-8 text file")) from None
    try:
        return lesson_from_json(text, str(path))
    except LessonError as exc:
        exc.parts = M("io.in_file", "{message} (in {path})")(message=exc.parts, path=str(path))
        exc.args = (f"{exc.args[0]} (in {path})",)
        raise

