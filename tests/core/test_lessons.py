"""Lessons without Qt: the shipped files pass the schema check, the answers a predict step reveals are the
paper's numbers computed from the ledger, a broken lesson is refused naming its step and field, the player
keeps guesses and lists them at the end, and the run steps return plain data."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from explorer.core.config import PRESETS, preset_config
from explorer.core.ledger import compute_ledger
from explorer.core.lessons import (
    LESSONS_DIR,
    LessonError,
    LessonPlayer,
    answer,
    lesson_from_dict,
    load_lesson,
    shipped_lessons,
)
from explorer.core.lessons.runs import run_step
from tests.core.test_glossary import forbidden

ROOT = Path(__file__).resolve().parents[2]


def _lesson(lesson_id: str):
    return next(lesson for lesson in shipped_lessons() if lesson.id == lesson_id)


def _answers(lesson) -> list[str]:
    player = LessonPlayer(lesson)
    shown = []
    for i in range(player.count):
        player.go(i)
        if player.step.predict:
            shown.append(player.reveal().shown)
    return shown


def test_six_lessons_ship_in_both_languages():
    lessons = shipped_lessons()
    assert [lesson.id for lesson in lessons] == ["dense-vs-residual", "growth-rate", "bottleneck-compression",
                                                 "parameter-efficiency", "feature-reuse", "memory"]
    rules = forbidden()
    for lesson in lessons:
        texts = [lesson.title] + [s.text for s in lesson.steps]
        assert all(t.en.strip() and t.ko.strip() and t.en != t.ko for t in texts)
        bad = [v for t in texts for v in rules if v in t.ko]
        assert not bad, (lesson.id, bad)  # the Korean follows GLOSSARY.md


def test_lesson_3_reveals_the_parameter_counts_of_table_2():
    shown = _answers(_lesson("bottleneck-compression"))
    params = [s for s in shown if s.endswith("M")]
    assert params == ["1.0M", "7.0M", "27.2M", "0.8M", "15.3M", "25.6M"]
    table2 = ["densenet-l40-k12", "densenet-l100-k12", "densenet-l100-k24", "densenet-bc-l100-k12",
              "densenet-bc-l250-k24", "densenet-bc-l190-k40"]
    assert params == [PRESETS[name].paper_params for name in table2]
    assert "48" in shown and "200" in shown  # bottleneck 4k with k = 12; transition ⌊0.5 × 400⌋


def test_lesson_1_counts_inputs_and_connections():
    lesson = _lesson("dense-vs-residual")
    assert _answers(lesson) == ["48", "204", "136", "36"]  # 24 + 12·2, 24 + 12·15, 16·17/2, ResNet-110: 2·18
    player = LessonPlayer(lesson, 1)
    truth = player.reveal(40)
    assert str(truth.formula) == "k₀ + k·(ℓ−1) = 24 + 12×(3−1) = 48"


@pytest.mark.parametrize("preset", ["densenet-bc-l100-k12", "densenet-l40-k12", "densenet121", "densenet-c-l100-k24"])
def test_layer_inputs_are_the_ledgers_rows(preset):
    ledger = compute_ledger(preset_config(preset))
    cfg = ledger.config
    for b, summary in enumerate(ledger.blocks, start=1):
        for row in ledger.block_rows(b):
            assert answer(ledger, "layer_inputs", b, row.layer).value == row.in_channels
        assert answer(ledger, "block_connections", b).value == summary.num_layers * (summary.num_layers + 1) // 2
        if summary.transition_out is not None:
            assert answer(ledger, "transition_out", b).value == math.floor(cfg.compression * summary.out_channels)
    assert answer(ledger, "params").value == round(ledger.total_params / 1e6, 1)


def test_memory_answers_follow_the_ledger():
    ledger = compute_ledger(preset_config("densenet-bc-l100-k12"))
    plain = answer(ledger, "saved_activations", batch=64).value
    efficient = answer(ledger, "saved_activations_efficient", batch=64).value
    assert efficient < 0.5 * plain
    assert 0 < plain * 2**20 < ledger.train_activation_bytes(64)  # the card adds the backward's transient


BASE = {"format": 1, "id": "mine", "title": {"en": "Mine", "ko": "내 단원"},
        "steps": [{"text": {"en": "Hello", "ko": "안녕"}}]}


def _with_step(step: dict) -> dict:
    return {**BASE, "steps": [BASE["steps"][0], {"text": {"en": "b", "ko": "나"}, **step}]}


@pytest.mark.parametrize("broken, step, field", [
    (_with_step({"predict": {"quantity": "weights"}}), 2, "predict.quantity"),
    (_with_step({"predict": {"quantity": "layer_inputs", "block": 1}}), 2, "predict.layer"),
    (_with_step({"predict": {"quantity": "layer_inputs", "block": 1, "layer": 30}}), 2, "predict.layer"),
    (_with_step({"predict": {"quantity": "transition_out", "block": 3}}), 2, "predict.block"),
    (_with_step({"network": {"preset": "densenet-999"}}), 2, "network"),
    (_with_step({"network": {"fields": {"growth_rate": 0}}}), 2, "network"),
    (_with_step({"highlight": "the big red button"}), 2, "highlight"),
    (_with_step({"run": {"kind": "train", "epochs": 50}}), 2, "run.epochs"),
    (_with_step({"run": {"kind": "train", "dataset": "cifar10"}}), 2, "run.dataset"),
    (_with_step({"colour": "red"}), 2, "colour"),
    ({**BASE, "steps": [{"text": {"en": "only English"}}]}, 1, "text"),
    ({**BASE, "steps": []}, None, "steps"),
    ({**BASE, "id": "Not An Id!"}, None, "id"),
])
def test_a_broken_lesson_names_the_step_and_field(broken, step, field):
    with pytest.raises(LessonError) as info:
        lesson_from_dict(broken)
    err = info.value
    assert (err.step, err.where) == (step, field)
    assert err.parts.id == "lesson.broken"
    assert (f"step {step}, {field}" if step else field) in str(err)


def test_lesson_files_are_read_through_the_checked_input(tmp_path):
    good = tmp_path / "mine.json"
    good.write_text(json.dumps(_with_step({"predict": {"quantity": "params"}})), encoding="utf-8")
    assert load_lesson(good).steps[1].predict.quantity == "params"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "id": "x", ', encoding="utf-8")
    with pytest.raises(LessonError, match=r"not valid JSON .*\(in .*bad\.json\)"):
        load_lesson(bad)
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as fh:
        fh.truncate(2 * 2**20)
    with pytest.raises(Exception, match="refused unread"):
        load_lesson(huge)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(Exception, match="named pipe"):
        load_lesson(fifo)  # refused without opening: a pipe would block


def test_player_goes_back_and_forth_and_lists_predictions():
    lesson = _lesson("dense-vs-residual")
    player = LessonPlayer(lesson, index=99)
    assert player.at_end and player.index == player.count - 1
    player.go(0)
    assert not player.back() and player.next()
    assert player.reveal(48).shown == "48"
    player.next()
    player.reveal()  # revealed without a guess
    rows = player.summary()
    assert [(r.step, r.guess, r.answer.shown, r.close) for r in rows] == [(2, 48, "48", True), (3, None, "204", False)]
    assert player.config.title == "DenseNet-BC (L=100, k=12)"
    player.go(4)
    assert player.config.family == "resnet"


def test_core_lessons_import_no_torch_nor_qt():
    code = ("import sys; import explorer.core.lessons as l; l.shipped_lessons(); "
            "print(any(m.split('.')[0] in ('torch', 'PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_a_train_step_returns_plain_rows():
    lesson = _lesson("growth-rate")
    player = LessonPlayer(lesson)
    index = next(i for i, s in enumerate(lesson.steps) if s.run)
    player.go(index)
    spec = replace(player.step.run, max_batches=1, batch_size=8)
    outcome = run_step(spec, player.config)
    assert [r.title for r in outcome.rows] == ["DenseNet-BC (L=28, k=12)", "DenseNet-BC (L=28, k=24)"]
    assert outcome.rows[1].params > 3 * outcome.rows[0].params
    assert all(r.status == "completed" and 0 <= r.accuracy <= 1 for r in outcome.rows)


def test_the_memory_step_measures_what_the_ledger_estimates():
    lesson = _lesson("memory")
    player = LessonPlayer(lesson)
    player.go(next(i for i, s in enumerate(lesson.steps) if s.run))
    outcome = run_step(player.step.run, preset_config("densenet-bc-l100-k12", block_layers=(4, 4, 4)))
    plain, efficient = outcome.memory
    assert not plain.memory_efficient and efficient.memory_efficient
    for row in outcome.memory:
        assert row.measured == pytest.approx(row.estimate, rel=0.05)
    assert efficient.measured < plain.measured


def test_shipped_lessons_dir_is_package_data():
    assert LESSONS_DIR.is_dir() and len(list(LESSONS_DIR.glob("*.json"))) == 6
    assert LESSONS_DIR.parent.name == "resources" and LESSONS_DIR.parents[1].name == "explorer"
