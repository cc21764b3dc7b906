"""Field checks shared by every config: the error they raise, and how a value is shown inside it.

Torch-free and Qt-free: the window validates on every slider tick. Each check raises a ``ConfigError``
naming the field, the value and the valid range, as Messages the UI renders in its language.
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Callable, Iterable
from typing import Any

from .messages import M, Message, as_message

__all__ = ["ConfigError", "short_repr", "short_text", "is_int", "is_number", "float_of_int", "int_range",
           "at_least", "nearest", "check_int", "check_float", "check_bool", "check_choice", "nearest_valid",
           "SHOWN_CHARS"]


class ConfigError(ValueError):
    """An invalid value for a field, with the field, the value and what would be valid.

    ``str(err)`` is one sentence fit for a status line, a dialog or ``stderr`` (English). ``message`` and
    ``valid`` may be ``Message``s (core/messages.py): the UI then renders the same parts in its language
    (``parts``, ``valid_parts``, with the field and the value); a plain string is shown as it is.
    """

    def __init__(self, field: str, value: Any, message: str, valid: str | None = None) -> None:
        self.field = field
        self.value = value
        self.valid = valid
        self.message = message
        self.parts: Message = as_message(message)
        self.valid_parts: Message | None = as_message(valid) if valid else None
        text = f"{short_text(field)} = {short_repr(value)}: {message}"  # a value of any size: a short excerpt
        if valid:
            text += f" (valid: {valid})"
        super().__init__(text)


# ------------------------------------------------------------------------------- values shown in messages

SHOWN_CHARS = 240  # a string value longer than this (a path is rarely) is shown as its start, end and length


class _ShortRepr(reprlib.Repr):
    """``repr`` with bounded size and depth: strings, lists and dicts of any size or nesting become a short
    excerpt (a 200 MB string is shown as its first and last characters and its length), and an integer of
    thousands of digits (which ``repr`` refuses past 4300) as its digit count. Never builds the full repr."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel, self.maxtuple, self.maxlist, self.maxdict, self.maxset = 3, 6, 6, 4, 6
        self.maxother = 80

    def repr_str(self, x: str, level: int) -> str:
        if len(x) <= SHOWN_CHARS:
            return repr(x)
        head, tail = x[:SHOWN_CHARS * 2 // 3], x[-(SHOWN_CHARS // 3):]
        return f"{head!r}…{tail!r} ({len(x):,} characters)"

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() <= 128:
            return repr(x)
        digits = int(x.bit_length() * math.log10(2)) + 1  # within one of the true count, without str(x)
        return f"{'-' if x < 0 else ''}<a whole number of about {digits:,} digits>"

    def repr_instance(self, x: Any, level: int) -> str:
        if isinstance(x, bool) or x is None:
            return repr(x)
        if isinstance(x, float):
            return repr(x)
        if isinstance(x, (str, int)):  # subclasses
            return self.repr_str(str(x), level) if isinstance(x, str) else self.repr_int(int(x), level)
        return f"<{type(x).__name__}>"  # an object whose repr could be of any size: its type only


_SHORT = _ShortRepr()


def short_repr(value: Any) -> str:
    """The value as a message shows it: its repr, cut to a few dozen characters (with the length kept)."""
    try:
        return _SHORT.repr(value)
    except (ValueError, RecursionError, TypeError):
        return f"<{type(value).__name__}>"


def short_text(text: Any) -> str:
    """A name (a field, a key from a file) for a message: non-printable characters escaped as repr does, and
    cut to its start, end and length when long."""
    text = text if isinstance(text, str) else short_repr(text)
    if len(text) > SHOWN_CHARS:
        return short_repr(text)
    return text if text.isprintable() else repr(text)[1:-1]


# ----------------------------------------------------------------------------------------- value kinds


def is_int(value: Any) -> bool:
    """A whole number that is not a bool (``True`` is an ``int`` to Python, never to a config)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def float_of_int(value: int) -> float | int:
    """A whole number as a float where a float holds it; a larger one (10**400) stays an int, which the
    range check then refuses by name instead of an OverflowError."""
    return float(value) if abs(value) < 2**1023 else value


# ------------------------------------------------------------------------------------ valid-range texts


def int_range(lo: int, hi: int) -> Message:
    return M("range.int", "{lo} to {hi}")(lo=lo, hi=hi)


def at_least(n: Any) -> Message:
    return M("range.at_least", "at least {n}")(n=n)


def nearest(values: list[int]) -> Message:
    """"nearest 100 or 106" (or one value)."""
    if len(values) >= 2:
        return M("range.nearest2", "nearest {a} or {b}")(a=values[0], b=values[1])
    return M("range.nearest1", "nearest {a}")(a=values[0] if values else "?")


# ----------------------------------------------------------------------------------------------- checks


def check_int(name: str, value: Any, lo: int, hi: int) -> None:
    if not is_int(value):
        raise ConfigError(name, value, M("config.not_int", "must be a whole number"), int_range(lo, hi))
    if not lo <= value <= hi:
        raise ConfigError(name, value, M("config.out_of_range", "is out of range"), int_range(lo, hi))


def check_float(name: str, value: Any, lo: float, hi: float, *, lo_open: bool = False,
                hi_open: bool = False) -> None:
    lo_s = f"{'(' if lo_open else '['}{lo:g}, {hi:g}{')' if hi_open else ']'}"
    if not is_number(value):
        raise ConfigError(name, value, M("config.not_number", "must be a number"), lo_s)
    if isinstance(value, int) and abs(value) >= 2**1023:  # math.isfinite(10**400) raises OverflowError
        raise ConfigError(name, value, M("config.out_of_range", "is out of range"), lo_s)
    if not math.isfinite(value):
        raise ConfigError(name, value, M("config.not_finite", "must be a finite number"), lo_s)
    below = value <= lo if lo_open else value < lo
    above = value >= hi if hi_open else value > hi
    if below or above:
        raise ConfigError(name, value, M("config.out_of_range", "is out of range"), lo_s)


def check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigError(name, value, M("config.not_bool", "must be true or false"),
                          M("range.bool", "true, false"))


def check_choice(name: str, value: Any, choices: Iterable[str]) -> None:
    choices = tuple(choices)
    if value not in choices:
        raise ConfigError(name, value, M("config.not_choice", "is not one of the choices"), ", ".join(choices))


def nearest_valid(value: int, is_valid: Callable[[int], bool], lo: int, hi: int, count: int = 2) -> list[int]:
    """The ``count`` valid integers nearest to ``value`` in [lo, hi] (ties: the smaller first)."""
    found: list[int] = []
    for dist in range(0, hi - lo + 1):
        for cand in (value - dist, value + dist) if dist else (value,):
            if lo <= cand <= hi and is_valid(cand) and cand not in found:
                found.append(cand)
        if len(found) >= count:
            break
    return sorted(found[:count])
