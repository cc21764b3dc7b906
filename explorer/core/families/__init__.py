"""The network families, one module each, and the one registry of them.

A family module holds its config dataclass, its ledger, its presets and a ``SPEC`` (a ``FamilySpec``).
Adding a family: write its module here and its nn.Module in explorer/core/models/, name the module in
``_MODULES`` below, and add its tests. The config types, the ledger dispatch, the model builder, the CLI's
flags, the compare labels and the preset lists all read ``FAMILIES``.
"""

from __future__ import annotations

import importlib
from dataclasses import fields
from typing import Any

from ..messages import M
from ..validation import ConfigError
from .base import FamilyConfig, FamilySpec, Preset

__all__ = ["FAMILIES", "FamilySpec", "FamilyConfig", "Preset", "family_spec", "family_names", "spec_of",
           "all_presets", "config_fields"]

# The order every list shows the families in (the family picker, `--family`, the preset list).
_MODULES = ("densenet", "plain", "resnet", "preact", "wideresnet", "fractalnet")

FAMILIES: dict[str, FamilySpec] = {}
for _module in _MODULES:
    _spec: FamilySpec = importlib.import_module(f"{__name__}.{_module}").SPEC
    FAMILIES[_spec.name] = _spec


def family_names() -> list[str]:
    return list(FAMILIES)


def family_spec(name: Any) -> FamilySpec:
    """The spec of family ``name``, or a ConfigError listing the known families."""
    if not isinstance(name, str) or name not in FAMILIES:  # a list or an object is not a name
        raise ConfigError("family", name, M("config.unknown_family", "is not a known network family"),
                          ", ".join(FAMILIES))
    return FAMILIES[name]


def spec_of(config: Any) -> FamilySpec:
    """The spec of a config's family."""
    return family_spec(getattr(config, "family", None))


def all_presets() -> list[Preset]:
    """Every family's presets, the families in registry order."""
    return [p for spec in FAMILIES.values() for p in spec.presets]


def config_fields(name: str) -> list[tuple[str, Any, Any]]:
    """(field, type annotation, default) of a family's config, in the order a form shows them."""
    return [(f.name, f.type, f.default) for f in fields(family_spec(name).config)]
