"""The Sweep panel's jobs, run on its JobRunner's worker threads (never the GUI thread): run a sweep (new or
resumed) through explorer.core.sweeps.study, and list the studies a storage holds.

``Sweep.run`` blocks and calls back in the calling thread, here the job's thread; each callback is posted
as the job's progress (plain data: a TrialResult, a progress dict), which the runner hands to the panel on
the GUI thread at most every 100 ms. The job's cancel is the sweep's ``should_stop``.
"""

from __future__ import annotations

from typing import Any

from ...core.sweeps import SweepSpec
from ..workers import Job

__all__ = ["run_sweep_job", "list_studies_job", "read_study_job"]


def _storage(storage: str | None) -> str:
    from ...core.sweeps.study import default_storage

    return storage or default_storage()


def run_sweep_job(job: Job, spec: SweepSpec | None, storage: str | None, study: str | None, workers: int,
                  device: str = "cpu") -> dict[str, Any]:
    """A new sweep of ``spec`` (``spec`` None: the existing study ``study`` reopened), trained to the end or
    until the job is cancelled. Posts ("opened", info), then ("trial", TrialResult) and ("progress", dict)."""
    from ...core.sweeps.study import Sweep

    storage = _storage(storage)
    sweep = Sweep.create(spec, storage, study) if spec is not None else Sweep.open(storage, study)
    complete, total = sweep.progress()
    job.progress(("opened", {"study": sweep.study_name, "storage": sweep.storage, "spec": sweep.spec,
                             "results": sweep.results(), "figures": sweep.figures(), "complete": complete,
                             "total": total}))
    if job.cancelled():
        how = "stopped"
    else:
        how = sweep.run(workers=workers, should_stop=job.cancelled,
                        on_trial=lambda r: job.progress(("trial", r)),
                        on_progress=lambda d: job.progress(("progress", dict(d))), device=device)
    complete, total = sweep.progress()
    return {"how": how, "study": sweep.study_name, "storage": sweep.storage, "spec": sweep.spec,
            "results": sweep.results(), "figures": sweep.figures(), "complete": complete, "total": total}


def list_studies_job(job: Job, storage: str | None) -> tuple[str, list[str]]:
    from ...core.sweeps.study import list_studies

    storage = _storage(storage)
    return storage, list(list_studies(storage))


def read_study_job(job: Job, storage: str | None, study: str) -> dict[str, Any]:
    """An existing study's spec and trials, read without training anything (to show an earlier sweep)."""
    from ...core.sweeps.study import Sweep

    sweep = Sweep.open(_storage(storage), study)
    complete, total = sweep.progress()
    return {"study": sweep.study_name, "storage": sweep.storage, "spec": sweep.spec, "results": sweep.results(),
            "figures": sweep.figures(), "complete": complete, "total": total}
