"""What a sweep trains: a grid of config/training-setting values, a dataset and a number of seeds.

Torch-free and optuna-free: the window builds and checks a sweep before torch has loaded. Every point of
the grid (one value of each axis) is trained once per seed (0 .. seeds-1; the seed replaces
``settings.seed``). A range typed as text ("0.05..0.2 x4 log") is expanded to its grid values here, so a
sweep is always a grid (optuna's GridSampler runs it; see study.py).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from ..config import CONFIG_TYPES, ConfigError, config_from_dict
from ..messages import M
from ..training.settings import TrainSettings

__all__ = ["Axis", "SweepSpec", "TrialKey", "parse_axis", "SWEEPABLE_FIELDS", "MAX_POINTS", "MAX_SEEDS"]

MAX_POINTS = 10_000
MAX_SEEDS = 100

# The fields one can sweep and their kind (int / float / bool / choice), for the window's field list.
SWEEPABLE_FIELDS: dict[str, str] = {
    "family": "choice",
    "growth_rate": "int", "bottleneck": "bool", "compression": "float", "bn_size": "int", "stem": "choice",
    "drop_rate": "float", "depth": "int", "width": "int", "widen_factor": "int", "shortcut": "choice",
    "columns": "int", "drop_path": "float",
    "lr": "float", "batch_size": "int", "epochs": "int", "augment": "bool", "weight_decay": "float",
    "momentum": "float", "schedule": "choice", "nesterov": "bool", "max_batches": "int",
}
_SETTINGS_FIELDS = {f.name for f in fields(TrainSettings)}
# drop_rate is both a config field and a setting; a sweep's drop_rate is the config's.
_CONFIG_FIELDS = {f.name for cls in CONFIG_TYPES.values() for f in fields(cls)} | {"family"}


class TrialKey(NamedTuple):
    point: int  # index into SweepSpec.points()
    seed: int


@dataclass(frozen=True)
class Axis:
    field: str
    values: tuple

    def __post_init__(self) -> None:
        if not isinstance(self.values, tuple):
            object.__setattr__(self, "values", tuple(self.values))
        if self.field not in SWEEPABLE_FIELDS:
            raise ConfigError(self.field, self.values, M("sweep.field", "is not a field one can sweep"),
                              ", ".join(SWEEPABLE_FIELDS))
        if not self.values:
            raise ConfigError(self.field, "", M("sweep.no_values", "needs at least one value"), "12, 24, 32")
        if len(set(map(repr, self.values))) != len(self.values):
            raise ConfigError(self.field, self.values, M("sweep.duplicate", "has a value twice"),
                              M("sweep.distinct", "distinct values"))


_WANT_LIST = M("sweep.want_list", "values separated by commas, or a range like 0.05..0.2 x4 log")
_RANGE = re.compile(r"^\s*([^.\s][^\s]*?)\s*\.\.\s*([^\s]+)\s*(?:x\s*(\d+))?\s*(log|lin)?\s*$", re.IGNORECASE)


def _scalar(field_name: str, kind: str, text: str) -> Any:
    t = text.strip()
    try:
        if kind == "int":
            if not re.fullmatch(r"[+-]?\d{1,12}", t):
                raise ValueError
            return int(t)
        if kind == "float":
            v = float(t)
            if not math.isfinite(v):
                raise ValueError
            return v
        if kind == "bool":
            low = t.lower()
            if low in ("true", "yes", "1", "on"):
                return True
            if low in ("false", "no", "0", "off"):
                return False
            raise ValueError
    except ValueError:
        raise ConfigError(field_name, text, M("sweep.bad_value", "is not a valid {kind}")(kind=kind),
                          _WANT_LIST) from None
    if not re.fullmatch(r"[A-Za-z0-9_\-]{1,40}", t):
        raise ConfigError(field_name, text, M("sweep.bad_choice", "is not a valid choice"),
                          _WANT_LIST)
    return t


def parse_axis(field_name: str, text: str) -> Axis:
    """An axis from text: "12, 24, 32" (a list) or "LO..HI xN [log|lin]" (N values from LO to HI, both
    included; log-spaced with "log"; ints rounded, repeats dropped). A ConfigError names the field."""
    if field_name not in SWEEPABLE_FIELDS:
        raise ConfigError(field_name, text, M("sweep.field", "is not a field one can sweep"),
                          ", ".join(SWEEPABLE_FIELDS))
    kind = SWEEPABLE_FIELDS[field_name]
    if not isinstance(text, str) or not text.strip():
        raise ConfigError(field_name, text, M("sweep.no_values", "needs at least one value"), "12, 24, 32")
    m = _RANGE.match(text)
    if m and kind in ("int", "float"):
        lo, hi = (_scalar(field_name, "float", g) for g in m.group(1, 2))
        n = int(m.group(3) or 2)
        log = (m.group(4) or "lin").lower() == "log"
        if not 2 <= n <= 1000 or hi < lo or (log and lo <= 0):
            raise ConfigError(field_name, text, M("sweep.bad_range", "is not a valid range"),
                              M("sweep.want_range", "LO..HI xN with LO <= HI, 2 <= N <= 1000, LO > 0 for log"))
        if log:
            vals = [math.exp(math.log(lo) + (math.log(hi) - math.log(lo)) * i / (n - 1)) for i in range(n)]
        else:
            vals = [lo + (hi - lo) * i / (n - 1) for i in range(n)]
        if kind == "int":
            out: list[Any] = []
            for v in vals:
                iv = int(round(v))
                if iv not in out:
                    out.append(iv)
            return Axis(field_name, tuple(out))
        return Axis(field_name, tuple(dict.fromkeys(float(f"{v:.6g}") for v in vals)))  # repeats dropped
    parts = [p for p in text.split(",")]
    if any(not p.strip() for p in parts):
        raise ConfigError(field_name, text, M("sweep.empty_item", "has an empty item"), "12, 24, 32")
    return Axis(field_name, tuple(_scalar(field_name, kind, p) for p in parts))


@dataclass(frozen=True)
class SweepSpec:
    base_config: dict
    axes: tuple
    dataset: str
    settings: dict = field(default_factory=dict)
    seeds: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "axes", tuple(a if isinstance(a, Axis) else Axis(*a) for a in self.axes))
        names = [a.field for a in self.axes]
        if len(set(names)) != len(names):
            raise ConfigError("axes", names, M("sweep.axis_twice", "has a field twice"),
                              M("sweep.one_axis", "one axis per field"))
        if isinstance(self.seeds, bool) or not isinstance(self.seeds, int) or not 1 <= self.seeds <= MAX_SEEDS:
            raise ConfigError("seeds", self.seeds, M("sweep.seeds", "must be a whole number"), f"1..{MAX_SEEDS}")
        if not isinstance(self.dataset, str) or not self.dataset:
            raise ConfigError("dataset", self.dataset, M("sweep.dataset", "must be a dataset name"), "digits")
        n = math.prod(len(a.values) for a in self.axes)
        if n > MAX_POINTS:
            raise ConfigError("axes", n, M("sweep.too_many", "make too many grid points"), f"1..{MAX_POINTS}")

    # -- the grid -----------------------------------------------------------------------------------

    def points(self) -> list[dict]:
        names = [a.field for a in self.axes]
        return [dict(zip(names, combo)) for combo in itertools.product(*(a.values for a in self.axes))]

    def trials(self) -> list[TrialKey]:
        """Seed-major order: every point once with seed 0, then with seed 1, ... (a stopped sweep has
        seen the whole grid early)."""
        n = len(self.points())
        return [TrialKey(p, s) for s in range(self.seeds) for p in range(n)]

    def config_for(self, point: dict) -> Any:
        data = dict(self.base_config)
        family = point.get("family", data.get("family", "densenet"))
        if family != data.get("family", "densenet"):
            cls = CONFIG_TYPES.get(family)
            if cls is None:
                raise ConfigError("family", family, M("sweep.family", "is not a family"), ", ".join(CONFIG_TYPES))
            known = {f.name for f in fields(cls)}
            shared = ("num_classes", "in_channels", "input_size")
            data = {"family": family, **{k: v for k, v in data.items() if k in shared and k in known}}
        for k, v in point.items():
            if k in _CONFIG_FIELDS and k != "family":
                data[k] = v
        return config_from_dict(data)

    def settings_for(self, point: dict, seed: int = 0) -> TrainSettings:
        data = dict(self.settings)
        for k, v in point.items():
            if k in _SETTINGS_FIELDS and k not in _CONFIG_FIELDS:
                data[k] = v
        data["seed"] = int(seed)
        return TrainSettings.from_dict(data)

    def figures(self) -> list[tuple[int, int]]:
        """(parameters, multiply-adds) of every point's network as trained (fitted to the dataset's images, as
        the workers build it: a study made by ``explorer sweep`` may hold an unfitted base), from the ledger. A
        point that no longer builds reads (0, 0); a dataset folder that is gone leaves the points unfitted."""
        from ..data import apply_dataset, dataset_shape
        from ..ledger import compute_ledger

        try:
            shape = dataset_shape(self.dataset)
        except Exception:  # noqa: BLE001 - a folder data set that is gone: the points unfitted
            shape = None
        out = []
        for point in self.points():
            try:
                cfg = self.config_for(point)
                ledger = compute_ledger(apply_dataset(cfg, shape) if shape is not None else cfg)
                out.append((ledger.total_params, ledger.total_macs))
            except (ConfigError, ValueError, KeyError):
                out.append((0, 0))
        return out

    def validate(self) -> None:
        """Every point's config and settings built once; an invalid combination is refused, listing it."""
        for point in self.points():
            try:
                self.config_for(point)
                self.settings_for(point, 0)
            except ConfigError as exc:
                combo = ", ".join(f"{k}={v}" for k, v in point.items())
                raise ConfigError(exc.field, exc.value, M("sweep.invalid_point", "is invalid at {point}: {error}")(
                    point=combo, error=str(exc)), exc.valid) from None

    # -- JSON ---------------------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {"base_config": self.base_config, "axes": [{"field": a.field, "values": list(a.values)}
                                                          for a in self.axes],
                "dataset": self.dataset, "settings": self.settings, "seeds": self.seeds}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: Any) -> SweepSpec:
        if not isinstance(data, dict):
            raise ConfigError("sweep", type(data).__name__, M("config.not_object", "must be a JSON object"), "{...}")
        try:
            axes = tuple(Axis(a["field"], tuple(a["values"])) for a in data["axes"])
            return cls(dict(data["base_config"]), axes, data["dataset"], dict(data.get("settings", {})),
                       data.get("seeds", 1))
        except (KeyError, TypeError) as exc:
            raise ConfigError("sweep", str(exc), M("sweep.bad_json", "is not a sweep description"), "{...}") from None

    @classmethod
    def from_json(cls, text: str) -> SweepSpec:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ConfigError("sweep", str(exc)[:80], M("sweep.bad_json", "is not a sweep description"),
                              "{...}") from None
        return cls.from_dict(data)
