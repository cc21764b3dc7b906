"""Network configs as JSON files, written and read through the one writer and the bounded reader."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..config import ConfigError, config_from_json, config_to_json
from ..messages import M
from .errors import FileFormatError
from .inputs import read_bounded
from .outputs import atomic_write_text

__all__ = ["save_config", "load_config", "MAX_CONFIG_BYTES"]

MAX_CONFIG_BYTES = 4 * 2**20  # a config is a few hundred bytes; anything above 4 MiB is not one


def save_config(path: str | os.PathLike, config: Any) -> None:
    atomic_write_text(path, config_to_json(config))


def load_config(path: str | os.PathLike) -> Any:
    """A config from a JSON file; ConfigError for bad content, FileFormatError for an unreadable file (a pipe,
    a device, a folder, more than MAX_CONFIG_BYTES: refused without reading)."""
    path = Path(path)
    data = read_bounded(path, "config file", MAX_CONFIG_BYTES,
                        missing=M("io.config_missing", "cannot be read (No such file or directory)"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FileFormatError(M("io.not_utf8", "{path}: is not a text (UTF-8 JSON) file")(path=str(path))) from None
    try:
        return config_from_json(text)
    except ConfigError as exc:
        if type(exc) is not ConfigError:
            raise
        raise ConfigError(exc.field, exc.value, M("io.in_file", "{message} (in {path})")(message=exc.parts,
                                                                                           path=str(path)),
                          exc.valid_parts or exc.valid) from None  # names the file
