"""Network configurations in general: JSON round-trip, numbers typed as text, presets.

Each family's config dataclass lives in its module in explorer/core/families/ (re-exported here); the
checks and ``ConfigError`` in explorer/core/validation.py. This module imports neither torch nor Qt: the
window builds its ledger from these objects on every slider tick, before torch has even been loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, asdict, fields, replace
from typing import Any

from .families import FAMILIES, FamilyConfig, Preset, all_presets, family_spec
from .families.base import MAX_BLOCKS, stride2_size
from .families.densenet import STEMS, DenseNetConfig, stem_output_size
from .families.fractalnet import FractalNetConfig
from .families.plain import PlainConfig
from .families.preact import PreActResNetConfig
from .families.resnet import ResNetConfig
from .families.wideresnet import WideResNetConfig
from .messages import M
from .validation import (
    ConfigError,
    check_bool,
    check_choice,
    check_float,
    check_int,
    nearest_valid,
    short_repr,
    short_text,
)

__all__ = [
    "ConfigError", "DenseNetConfig", "PlainConfig", "ResNetConfig", "PreActResNetConfig", "WideResNetConfig",
    "FractalNetConfig", "FamilyConfig", "Preset", "PRESETS", "CONFIG_TYPES", "DEFAULT_PRESET", "config_from_dict",
    "config_to_dict", "config_from_json", "config_to_json", "preset_config", "nearest_valid", "short_repr",
    "short_text", "check_int", "check_float", "check_bool", "check_choice", "parse_int", "parse_float",
    "parse_int_list", "STEMS", "stem_output_size", "stride2_size",
]

# The config class of each family, in registry order (explorer/core/families/ is the one registry).
CONFIG_TYPES: dict[str, type] = {name: spec.config for name, spec in FAMILIES.items()}


# --------------------------------------------------------------------------------------- JSON round-trip


def config_to_dict(config: Any) -> dict[str, Any]:
    data = {"family": config.family}
    for key, value in asdict(config).items():
        data[key] = list(value) if isinstance(value, tuple) else value
    return data


def config_from_dict(data: Any) -> Any:
    """A config from a dict (e.g. parsed JSON); refuses unknown, missing-family and ill-typed fields."""
    if not isinstance(data, dict):
        raise ConfigError("config", type(data).__name__, M("config.not_object", "must be a JSON object"), "{...}")
    data = dict(data)
    family = data.pop("family", "densenet")
    cls = family_spec(family).config  # a ConfigError naming the known families
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(unknown[0], data[unknown[0]], M("config.unknown_field", "is not a field of a {family} "
                                                          "config")(family=family), ", ".join(known))
    for name, f in known.items():
        if name not in data and f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(name, None, M("config.missing", "is missing"), M("range.required", "required"))
    for name, value in data.items():
        if isinstance(value, list):
            data[name] = tuple(value)
    try:
        return cls(**data)
    except TypeError as exc:  # e.g. a list where a number belongs, compared inside validation
        raise ConfigError("config", data, M("config.wrong_type", "has a value of the wrong type ({error})")(
            error=exc)) from None


def config_to_json(config: Any) -> str:
    return json.dumps(config_to_dict(config), indent=2) + "\n"


MAX_JSON_DIGITS = 400  # a whole number in a config file longer than this is refused unread


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different: ``json`` keeps the last of two equal keys, silently."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ConfigError(key, value, M("config.duplicate_key", "appears twice in the file (the first value "
                                            "would be dropped silently)"), M("range.each_once", "each field once"))
        data[key] = value
    return data


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:  # int() refuses past 4300 digits, with a ValueError
        raise ConfigError("config", f"<a whole number of {len(text.lstrip('-')):,} digits>",
                          M("config.json_digits", "holds a number with too many digits"),
                          M("range.at_most_digits", "at most {n} digits")(n=MAX_JSON_DIGITS))
    return int(text)


def config_from_json(text: str) -> Any:
    """A config from JSON text: invalid JSON, two equal keys, absurdly long numbers and nesting too deep for
    the parser are each one ConfigError, never a RecursionError or ValueError from ``json``."""
    try:
        data = json.loads(text, object_pairs_hook=_json_object, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise ConfigError("config", "…", M("config.bad_json", "is not valid JSON (line {line}, column {column}: "
                                           "{error})")(line=exc.lineno, column=exc.colno, error=exc.msg)) from None
    except RecursionError:
        raise ConfigError("config", "…", M("config.too_deep", "is nested too deeply (lists or objects inside one "
                                           "another hundreds of levels deep)"),
                          M("range.flat_json", "a flat JSON object of fields")) from None
    return config_from_dict(data)


# ------------------------------------------------------------------------------ numbers typed as text
#
# One strict reading of numbers typed on the command line (or anywhere text becomes a number): ASCII digits
# only (Python's int() also takes '１２' and '١٢'), no spaces around or inside, no '_' separators, no empty
# list items ('1,,2'), and at most MAX_TEXT_DIGITS digits (a 5000-digit number is refused without converting).

MAX_TEXT_DIGITS = 30
_INT_TEXT = re.compile(r"[+-]?[0-9]+")
_FLOAT_TEXT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_FLOAT_WORDS = re.compile(r"[+-]?(nan|inf|infinity)", re.IGNORECASE)  # read, then refused by each field's range


_EMPTY = M("config.empty", "is empty")
_INT_LIST = M("range.int_list", "whole numbers separated by commas, e.g. 16,16,16")


def parse_int(text: str, name: str = "value") -> int:
    """A whole number written with the digits 0-9 (an optional sign), or ConfigError naming ``name``."""
    if not isinstance(text, str) or not _INT_TEXT.fullmatch(text):
        why = (_EMPTY if text == "" else
               M("config.int_text", "must be a whole number written with the digits 0-9, no spaces"))
        raise ConfigError(name, text, why, M("range.eg", "e.g. {example}")(example="12"))
    if len(text.lstrip("+-")) > MAX_TEXT_DIGITS:
        raise ConfigError(name, text, M("config.too_many_digits", "has too many digits"),
                          M("range.at_most_digits", "at most {n} digits")(n=MAX_TEXT_DIGITS))
    return int(text)


def parse_float(text: str, name: str = "value") -> float:
    """A decimal number (digits 0-9, optional sign, point and exponent; 'nan' and 'inf' are read so that
    the field's range check can say why they do not fit), or ConfigError naming ``name``."""
    if isinstance(text, str) and _FLOAT_WORDS.fullmatch(text):
        return float(text)
    if not isinstance(text, str) or not _FLOAT_TEXT.fullmatch(text) or len(text) > 2 * MAX_TEXT_DIGITS:
        why = _EMPTY if text == "" else M("config.float_text", "must be a number written with the digits 0-9")
        raise ConfigError(name, text, why, M("range.eg_float", "e.g. 0.1 or 1e-4"))
    return float(text)


def parse_int_list(text: str, name: str = "value") -> tuple[int, ...]:
    """Whole numbers separated by commas ('6,12,24,16'), each read by ``parse_int``; no empty items."""
    if not isinstance(text, str) or text == "":
        raise ConfigError(name, text, _EMPTY, _INT_LIST)
    parts = text.split(",", MAX_BLOCKS)  # the last part holds the rest: never a million-item list
    values = []
    for i, part in enumerate(parts[:MAX_BLOCKS]):
        if part == "":
            raise ConfigError(name, text, M("config.empty_item", "has an empty item (item {n})")(n=i + 1), _INT_LIST)
        try:
            values.append(parse_int(part, f"{name}[{i}]"))
        except ConfigError as exc:
            raise ConfigError(name, text, M("config.bad_item", "item {n} ({item}) {reason}")(
                n=i + 1, item=short_repr(part), reason=exc.parts), _INT_LIST) from None
    if len(parts) > MAX_BLOCKS:
        raise ConfigError(name, text, M("config.too_many_items", "has {n} items")(n=f"{text.count(',') + 1:,}"),
                          M("range.numbers", "1 to {n} numbers")(n=MAX_BLOCKS))
    return tuple(values)


# ---------------------------------------------------------------------------------------------- presets

PRESETS: dict[str, Preset] = {p.name: p for p in all_presets()}

DEFAULT_PRESET = "densenet-bc-l100-k12"


def preset_config(name: str, **overrides: Any) -> Any:
    """The preset's config with any fields overridden (validated)."""
    if name not in PRESETS:
        typed = str(name)[:64]  # the distance takes len(a) x len(b) steps: a huge name must not hang here
        close = sorted(PRESETS, key=lambda p: _edit_distance(p, typed))[:2]
        raise ConfigError("preset", name, "is not a known preset", "did you mean " + " or ".join(close))
    config = PRESETS[name].config
    return replace(config, **overrides) if overrides else config


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
