"""Sweeps: a grid of configs and training settings, each point trained over seeds, kept in an Optuna study.

spec.py and results.py are torch- and optuna-free (imported here); study.py (optuna, worker processes) is
imported on demand: ``from explorer.core.sweeps.study import Sweep``.
"""

from .results import PointSummary, TrialResult, results_csv, summarize
from .spec import SWEEPABLE_FIELDS, Axis, SweepSpec, TrialKey, parse_axis

__all__ = ["Axis", "SweepSpec", "TrialKey", "parse_axis", "SWEEPABLE_FIELDS", "TrialResult", "PointSummary",
           "summarize", "results_csv"]
