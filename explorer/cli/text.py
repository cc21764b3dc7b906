"""Text that reaches a terminal: every message the CLI prints passes through here.

Text from files or the user (unknown config keys, class names from a checkpoint, dataset folder and file
names, paths, typed values) may hold control characters, ESC sequences (which clear the screen, set the
window title, move the cursor or forge a line), bidi overrides, newlines or undecodable bytes, and it may be
of any length. So:

- ``shown(value)``: one such value, ready to embed in a message: every character that is not printable
  escaped as ``--json`` (and ``repr``) show it (``\\x1b``, ``\\n``, ``\\u202e``), and a long value cut to
  its start and end with its length, without ever copying or escaping the whole of it.
- ``line(text)``: a whole message as one line: the same escaping (a newline inside is ``\\n``, so a message
  is always exactly one line) and the same bound, the middle cut so that both the name at its start and the
  reason at its end stay.
- ``say``/``error``: print through ``line`` (stdout; stderr with the command's prefix).
"""

from __future__ import annotations

import sys
from typing import IO, Any

__all__ = ["escape", "shown", "line", "say", "error", "LINE_CHARS", "VALUE_CHARS"]

VALUE_CHARS = 300  # a value longer than this (a path rarely is) is shown as its start, its end and its length
LINE_CHARS = 1500  # a message longer than this keeps its start and its end

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(ch: str) -> str:
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape(text: str) -> str:
    """Every non-printable character (control characters, ESC, DEL, C1 controls, bidi and other format
    characters, line and paragraph separators, lone surrogates from undecodable file names, unassigned code
    points) written as an escape; printable text, accents, Hangul and emoji are kept as they are."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape_char(ch) for ch in text)


def _escaped_part(text: str, limit: int, from_end: bool = False) -> str:
    """The escaped start (or end) of ``text``, at most ``limit`` characters, never half an escape."""
    chars = reversed(text) if from_end else iter(text)
    out: list[str] = []
    total = 0
    for ch in chars:
        piece = ch if ch.isprintable() else _escape_char(ch)
        if total + len(piece) > limit:
            break
        out.append(piece)
        total += len(piece)
    return "".join(reversed(out) if from_end else out)


def _cut(text: str, limit: int) -> str:
    """``text`` escaped, at most about ``limit`` characters: the start and the end of a longer text with
    the number of characters left out. Only the kept parts are ever escaped (memory stays bounded)."""
    if len(text) <= limit:
        out = escape(text)
        if len(out) <= limit:
            return out
    head_n, tail_n = limit * 2 // 3, limit // 3
    head = _escaped_part(text[:head_n], head_n)
    tail = _escaped_part(text[-tail_n:], tail_n, from_end=True) if tail_n else ""
    return f"{head}…[{len(text):,} characters, cut]…{tail}"


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value[:4 * VALUE_CHARS].decode("utf-8", "backslashreplace")
    from ..core.config import short_repr

    return short_repr(value)  # bounded: never the whole repr of a huge value


def shown(value: Any, limit: int = VALUE_CHARS) -> str:
    """A value from a file or the user, safe and short enough to put in a message."""
    return _cut(_as_text(value), limit)


def line(text: Any, limit: int = LINE_CHARS) -> str:
    """A whole message as exactly one safe line of at most about ``limit`` characters."""
    return _cut(text if isinstance(text, str) else str(text), limit)


def say(*lines: Any, file: IO[str] | None = None, flush: bool = False) -> None:
    """Print each argument as one line (stdout unless ``file``), each through ``line``."""
    out = sys.stdout if file is None else file
    for text in lines:
        out.write(line(text) + "\n")
    if flush:
        out.flush()


def error(command: str | None, message: Any) -> None:
    """``explorer COMMAND: error: MESSAGE`` on stderr, one line."""
    prefix = f"explorer {command}: error: " if command else "explorer: error: "
    sys.stderr.write(prefix + line(message) + "\n")
    sys.stderr.flush()
