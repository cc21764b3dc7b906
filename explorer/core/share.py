"""A network as one short line of text to pass on (the clipboard, a chat, a QR code on a projector).

The text is the config JSON, compact, behind a prefix that names it and its version:
``densenet-explorer:v1:{"family":"densenet",...}``. Reading it back goes through the same strict JSON reader as
config files (``config_from_json``: duplicate keys, absurd numbers and deep nesting refused), and a plain config
JSON (a file's content, pretty or not) is read too. Anything else is one ``ConfigError`` saying what it is not.
Imports neither torch nor Qt.
"""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO

from .config import ConfigError, config_from_json, config_to_dict
from .io import MAX_CONFIG_BYTES, FileFormatError
from .io.errors import PATH_REASON
from .messages import M

__all__ = ["SHARE_PREFIX", "SHARE_VERSION", "share_text", "config_from_share", "read_config_stream",
           "MAX_CONFIG_BYTES"]

SHARE_PREFIX = "densenet-explorer:"
SHARE_VERSION = 1
_VERSIONED = re.compile(r"v([0-9]{1,6}):")  # right after the prefix

_WHAT = M("share.valid", "a network's text ({example}) or a config JSON object")(
    example=f"{SHARE_PREFIX}v{SHARE_VERSION}:{{…}}")


def share_text(config: Any) -> str:
    """The network's one-line text: every field of its config, so the reader needs no defaults of its own."""
    body = json.dumps(config_to_dict(config), separators=(",", ":"), ensure_ascii=False)
    return f"{SHARE_PREFIX}v{SHARE_VERSION}:{body}"


def _refuse(text: str, why: Any) -> ConfigError:
    return ConfigError("network", text, why, _WHAT)


def config_from_share(text: Any) -> Any:
    """The config of a network's text (``share_text``) or of a config JSON; ConfigError for anything else.

    Spaces and line breaks around it are ignored (a pasted text often ends with one); more than a config file
    may hold (``MAX_CONFIG_BYTES``) is refused unread."""
    if not isinstance(text, str):
        raise _refuse(type(text).__name__, M("share.not_text", "is not text"))
    if len(text) > MAX_CONFIG_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_CONFIG_BYTES:
        raise _refuse(f"<{len(text):,} characters>", M("share.too_long", "is longer than a network's text can be "
                                                       "(at most {limit:,} bytes); refused unread")(
            limit=MAX_CONFIG_BYTES))
    text = text.strip()
    if not text:
        raise _refuse(text, M("share.empty", "is empty"))
    if text.startswith(SHARE_PREFIX):
        rest = text[len(SHARE_PREFIX):]
        match = _VERSIONED.match(rest)
        if match is None:
            raise _refuse(text, M("share.no_version", "starts like a network's text but has no version "
                                  "(v1:) after the prefix"))
        version = int(match.group(1))
        if version != SHARE_VERSION:
            raise _refuse(text, M("share.version", "is in version {version} of the format; this program reads "
                                  "version {known} (a newer DenseNet Explorer wrote it)")(
                version=version, known=SHARE_VERSION))
        return config_from_json(rest[match.end():])
    if text.startswith("{"):
        return config_from_json(text)
    raise _refuse(text, M("share.not_network", "is neither a network's text nor a config JSON object"))


def read_config_stream(stream: BinaryIO | None, name: str = "standard input") -> Any:
    """A config from a stream (standard input: ``--config -``), read bounded like a config file
    (a stream that never ends is refused after ``MAX_CONFIG_BYTES``); ConfigError or FileFormatError."""
    if stream is None:
        raise FileFormatError(PATH_REASON(path=name, reason=M("share.no_stream", "is closed")))
    try:
        data = stream.read(MAX_CONFIG_BYTES + 1)
    except (OSError, ValueError) as exc:  # ValueError: a closed file
        raise FileFormatError(PATH_REASON(path=name, reason=M("share.unreadable", "could not be read ({reason})")(
            reason=getattr(exc, "strerror", None) or str(exc)))) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise FileFormatError(PATH_REASON(path=name, reason=M("share.stream_too_long", "holds more than a config "
                                                              "can be (at most {limit:,} bytes); refused")(
            limit=MAX_CONFIG_BYTES)))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FileFormatError(PATH_REASON(path=name, reason=M("share.not_utf8", "is not text (UTF-8)"))) from None
    return config_from_share(text)
