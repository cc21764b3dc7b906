"""What the core says, in the window's language: one place renders every core ``Message`` through Qt's translations.

The core (Qt-free) says things as ``Message``s (``explorer/core/messages.py``): an id, the English template and
its parameters. Each template is in ``explorer/resources/i18n/messages_ko.ts`` under its id as the translation context
(``tools/update_translations.py`` reads ``M("id", "template")`` in ``explorer/core`` with lupdate), so rendering
is ``QCoreApplication.translate(id, template).format(params)``, parameters that are Messages rendered the same
way. A ``ConfigError`` is rendered from its parts: the field's name as the reader knows it, the value, the
reason, the valid range. In English every text is exactly what the CLI prints (``str(err)``).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.messages import Message, render

__all__ = ["tr_msg", "field_label", "error_text", "out_of_memory_text", "translate_template"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def translate_template(message_id: str, template: str) -> str:
    """The template of core message ``message_id`` in the window's language (the English one if untranslated)."""
    return QCoreApplication.translate(message_id, template)


def tr_msg(text: Any) -> str:
    """A core Message in the window's language; a plain string (a name, a path, torch's words) as it is."""
    if isinstance(text, Message):
        return render(text, translate_template)
    return "" if text is None else str(text)


def _field_names() -> dict[str, str]:
    """Config and settings fields as a person reads them; in English the field's own name, as the CLI says it."""
    return {
        "depth": _tr("depth"), "growth_rate": _tr("growth_rate"), "compression": _tr("compression"),
        "bottleneck": _tr("bottleneck"), "bn_size": _tr("bn_size"), "block_layers": _tr("block_layers"),
        "init_features": _tr("init_features"), "stem": _tr("stem"), "input_size": _tr("input_size"),
        "num_classes": _tr("num_classes"), "drop_rate": _tr("drop_rate"), "in_channels": _tr("in_channels"),
        "num_blocks": _tr("num_blocks"), "width": _tr("width"), "shortcut": _tr("shortcut"),
        "survival_last": _tr("survival_last"), "widen_factor": _tr("widen_factor"), "columns": _tr("columns"),
        "channels": _tr("channels"), "drop_path": _tr("drop_path"), "global_paths": _tr("global_paths"),
        "config": _tr("config"), "family": _tr("family"), "preset": _tr("preset"), "network": _tr("network"),
        "networks": _tr("networks"), "layers": _tr("layers"), "pattern": _tr("pattern"), "device": _tr("device"),
        "top_k": _tr("top_k"), "class": _tr("class"), "classes": _tr("classes"), "layer": _tr("layer"),
        "weights": _tr("weights"), "pretrained": _tr("pretrained"), "dataset": _tr("dataset"),
        "epochs": _tr("epochs"), "batch_size": _tr("batch_size"), "eval_batch_size": _tr("eval_batch_size"),
        "lr": _tr("lr"), "lr_decay": _tr("lr_decay"), "momentum": _tr("momentum"), "nesterov": _tr("nesterov"),
        "weight_decay": _tr("weight_decay"), "schedule": _tr("schedule"), "seed": _tr("seed"),
        "val_fraction": _tr("val_fraction"), "max_batches": _tr("max_batches"), "augment": _tr("augment"),
        "memory_efficient": _tr("memory_efficient"), "value": _tr("value"), "mean": _tr("mean"),
        "std": _tr("std"),
    }


_INDEXED = re.compile(r"^(?P<base>[A-Za-z_][\w.]*?)(?P<index>\[\d+\])?$")


def field_label(name: str) -> str:
    """``growth_rate`` -> "growth_rate" (English) / "성장률 k" (Korean); ``block_layers[1]`` keeps its index;
    ``resnet.depth`` (a family's form) reads as ``depth``; an unknown name is shown as it is."""
    match = _INDEXED.match(name or "")
    if match is None:
        return name
    base = match.group("base").split(".")[-1]
    names = _field_names()
    if base not in names:
        return name
    return names[base] + (match.group("index") or "")


def error_text(exc: BaseException) -> str:
    """A refusal in the window's language: "성장률 k = 0: 범위를 벗어났습니다 (가능한 값: 1~10000)". Other exceptions
    (and a ConfigError built from plain strings) keep their own words."""
    from ..core.config import ConfigError, short_repr, short_text

    if not isinstance(exc, ConfigError):
        if exc.args and isinstance(exc.args[0], Message):  # e.g. a FileFormatError raised with a Message
            return tr_msg(exc.args[0])
        text = str(exc)  # a FileWriteError / OutputRefused: its str is a Message
        return tr_msg(text) if isinstance(text, Message) else text
    field = field_label(exc.field) if isinstance(exc.field, str) else short_text(exc.field)
    value = short_repr(exc.value)
    message = tr_msg(exc.parts)
    if exc.valid_parts is None:
        return _tr("{field} = {value}: {message}").format(field=field, value=value, message=message)
    return _tr("{field} = {value}: {message} (valid: {valid})").format(
        field=field, value=value, message=message, valid=tr_msg(exc.valid_parts))


def out_of_memory_text(error: str) -> str:
    """A job that ran out of memory: torch's first line and what to reduce."""
    return _tr("Out of memory: {error}. Reduce the batch size, the depth or the growth rate k.").format(error=error)
