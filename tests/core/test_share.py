"""A network's one-line text: it reads back to the same config for every preset, a plain config JSON reads too,
and anything else is one ConfigError (or FileFormatError for a stream) naming what it is not."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace

import pytest

from explorer.core.config import PRESETS, ConfigError, config_to_json, preset_config
from explorer.core.io import MAX_CONFIG_BYTES, FileFormatError
from explorer.core.share import SHARE_PREFIX, config_from_share, read_config_stream, share_text

DEFAULT = preset_config("densenet-bc-l100-k12")


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_reads_back_from_its_text(name):
    config = PRESETS[name].config
    text = share_text(config)
    assert text.startswith(SHARE_PREFIX + "v1:{") and "\n" not in text and ": " not in text
    assert json.loads(text[len(SHARE_PREFIX + "v1:"):])["family"] == config.family
    assert config_from_share(text) == config


def test_the_text_is_the_compact_config_json():
    assert share_text(DEFAULT) == SHARE_PREFIX + "v1:" + json.dumps(json.loads(config_to_json(DEFAULT)),
                                                                      separators=(",", ":"))


def test_a_changed_network_keeps_its_changes():
    config = replace(DEFAULT, growth_rate=24, block_layers=(6, 12, 24, 16), compression=0.75)
    assert config_from_share(share_text(config)) == config


def test_a_plain_config_json_and_surrounding_space_are_read():
    assert config_from_share(config_to_json(DEFAULT)) == DEFAULT  # pretty, as the app and export write it
    assert config_from_share("\n  " + share_text(DEFAULT) + "\r\n") == DEFAULT


@pytest.mark.parametrize("text, message_id", [
    ("", "share.empty"),
    (" \n\t", "share.empty"),
    ("hello", "share.not_network"),
    ("[16, 16, 16]", "share.not_network"),
    ("https://example.org/net", "share.not_network"),
    (SHARE_PREFIX + '{"family":"densenet"}', "share.no_version"),
    (SHARE_PREFIX + 'v2:{"family":"densenet"}', "share.version"),
    (SHARE_PREFIX + "v1:{", "config.bad_json"),
    (SHARE_PREFIX + 'v1:{"family":"densenet","family":"resnet"}', "config.duplicate_key"),  # the strict reader
    (SHARE_PREFIX + 'v1:{"family":"densenet","growth":12}', "config.unknown_field"),
    (SHARE_PREFIX + "v1:" + "[" * 100_000, "config.too_deep"),
    ('{"family":"densenet","growth_rate":' + "9" * 1000 + "}", "config.json_digits"),
])
def test_anything_else_is_refused_naming_why(text, message_id):
    with pytest.raises(ConfigError) as caught:
        config_from_share(text)
    assert caught.value.parts.id == message_id
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 1000  # one line of bounded size


def test_a_value_out_of_range_is_the_field_check():
    text = share_text(DEFAULT).replace('"growth_rate":12', '"growth_rate":0')
    with pytest.raises(ConfigError) as caught:
        config_from_share(text)
    assert caught.value.field == "growth_rate"


def test_more_than_a_config_file_may_hold_is_refused_unread():
    with pytest.raises(ConfigError) as caught:
        config_from_share(" " * (MAX_CONFIG_BYTES + 1))
    assert caught.value.parts.id == "share.too_long"
    with pytest.raises(ConfigError) as caught:  # fewer characters than the limit, more bytes
        config_from_share("한" * (MAX_CONFIG_BYTES // 2))
    assert caught.value.parts.id == "share.too_long"
    with pytest.raises(ConfigError):
        config_from_share(b"densenet-explorer:v1:{}")  # bytes are not text


def test_a_stream_is_read_bounded():
    assert read_config_stream(io.BytesIO(share_text(DEFAULT).encode())) == DEFAULT
    assert read_config_stream(io.BytesIO(config_to_json(DEFAULT).encode())) == DEFAULT
    with pytest.raises(FileFormatError, match="^standard input: holds more than a config can be"):
        read_config_stream(io.BytesIO(b" " * (MAX_CONFIG_BYTES + 1)))
    with pytest.raises(FileFormatError, match="^standard input: is not text"):
        read_config_stream(io.BytesIO(b"\xff\xfe{}"))
    with pytest.raises(FileFormatError, match="^standard input: is closed"):
        read_config_stream(None)
    closed = io.BytesIO(b"{}")
    closed.close()
    with pytest.raises(FileFormatError, match="^standard input: could not be read"):
        read_config_stream(closed)
    with pytest.raises(ConfigError):
        read_config_stream(io.BytesIO(b""), "pipe")


def test_it_imports_neither_torch_nor_qt():
    code = ("import sys, explorer.core.share; "
            "print(sorted(m for m in ('torch', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
