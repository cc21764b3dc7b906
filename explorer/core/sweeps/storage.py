"""Where sweeps are kept: the storage URL (SQLite by default, any SQLAlchemy URL), the claim lock, and who
owns a running trial (host, pid, process start time), so a dead owner's trial is known at once on its host.

Torch-free; optuna and SQLAlchemy are imported when a storage is opened.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..format import first_line
from ..messages import M
from ..validation import ConfigError

__all__ = ["SweepError", "default_storage", "list_studies", "open_storage", "shown_url", "claim_lock", "check_name",
           "canonical", "owner_attr", "alive", "this_host", "SPEC_ATTR", "VERSION_ATTR"]

SPEC_ATTR = "explorer_sweep_spec"  # the study's user attr holding the spec's JSON
VERSION_ATTR = "explorer_sweep_version"
_VALID_STORAGE = "sqlite:///PATH.db, postgresql://user:pw@host/db, mysql+pymysql://user:pw@host/db"


class SweepError(ConfigError):
    """A sweep that cannot be created, opened or run: names the field (storage, study, workers)."""


# ---------------------------------------------------------------------------------------------- storage

def default_storage() -> str:
    """The user's sweep database: SQLite in the user data folder (honours XDG_DATA_HOME, as paths.py does)."""
    from ...paths import user_data_dir

    return f"sqlite:///{user_data_dir() / 'sweeps.db'}"


def shown_url(url: str) -> str:
    """The URL as it may be shown: its password hidden."""
    if isinstance(url, str) and url.lower().startswith("sqlite"):
        return url  # a file: no password (and no sqlalchemy import to show it)
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL at all: shown as typed
        return url


def _sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL (None for another database, which its driver checks when opened); a
    URL that is none is refused. Parsed here, as sqlalchemy reads sqlite:///relative.db and sqlite:////absolute.db,
    without importing it (half a second): the window lists its sweeps at start."""
    if not isinstance(url, str) or not url.strip():
        raise SweepError("storage", url, M("sweep.storage_empty", "must be a database URL"), _VALID_STORAGE)
    scheme, sep, rest = url.partition("://")
    if not sep or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", scheme):
        raise SweepError("storage", url, M("sweep.storage_url", "is not a database URL"), _VALID_STORAGE)
    if scheme.split("+", 1)[0].lower() != "sqlite":
        return None
    if rest and not rest.startswith("/"):  # sqlite://host/...: SQLite has no server
        raise SweepError("storage", url, M("sweep.storage_url", "is not a database URL"), _VALID_STORAGE)
    database = rest[1:].split("?", 1)[0]
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        raise SweepError("storage", url, M("sweep.storage_memory", "is an in-memory database, which worker "
                                           "processes cannot share"), "sqlite:///PATH.db")
    return Path(database).expanduser().absolute()


def open_storage(url: str, create: bool) -> Any:
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)  # no line per trial from optuna
    path = _sqlite_path(url)
    if path is not None:
        if not create and not path.is_file():
            raise SweepError("storage", shown_url(url), M("sweep.no_database", "has no database file"),
                             M("sweep.want_existing", "an existing sweep database"))
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SweepError("storage", shown_url(url), M("sweep.storage_open", "could not be opened ({detail})")(
                    detail=first_line(exc)), _VALID_STORAGE) from None
        kwargs: dict[str, Any] = {"connect_args": {"timeout": 60}}  # several processes write: wait for the lock
    else:
        kwargs = {"pool_pre_ping": True}
    try:
        storage = optuna.storages.RDBStorage(url, engine_kwargs=kwargs)
    except ImportError as exc:  # psycopg2 / PyMySQL not installed
        raise SweepError("storage", shown_url(url), M("sweep.storage_driver", "needs a database driver that is "
                         "not installed ({detail})")(detail=first_line(exc)),
                         M("sweep.install_driver", "install {postgres} or {mysql}")(
                             postgres="psycopg2-binary (PostgreSQL)", mysql="PyMySQL (MySQL)")) from None
    except Exception as exc:  # noqa: BLE001 - sqlalchemy's errors (cannot connect, not a database, ...)
        raise SweepError("storage", shown_url(url), M("sweep.storage_open", "could not be opened ({detail})")(
            detail=first_line(exc, 200)), _VALID_STORAGE) from None
    if path is not None:
        _fast_sqlite(storage.engine)
    return storage


def _fast_sqlite(engine: Any) -> None:
    """WAL journal (readers, such as the window reading results, never wait for a writing worker) and
    synchronous=NORMAL (a commit does not wait for the disk; a power cut may lose the last commits, never the
    database): every trial is a few commits, and enqueueing a grid is one per trial."""
    from sqlalchemy import event

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    event.listen(engine, "connect", on_connect)
    engine.dispose()  # the connections optuna opened already are made again, with the pragmas


@contextlib.contextmanager
def claim_lock(url: str) -> Iterator[None]:
    """Exclusive between processes for SQLite (a lock file beside the database); the server's row locks do it
    for PostgreSQL and MySQL (nothing to hold here)."""
    path = _sqlite_path(url)
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own write lock only
        fcntl = None  # type: ignore[assignment]
    if path is None or fcntl is None:
        yield
        return
    with open(f"{path}.lock", "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def list_studies(storage: str) -> list[str]:
    """The sweep studies in ``storage`` (optuna studies that are not sweeps are left out), oldest first."""
    path = _sqlite_path(storage)
    if path is not None:
        if not path.is_file():
            return []
        names = _sqlite_study_names(path)
        if names is not None:
            return names
    st = open_storage(storage, create=False)
    return [s.study_name for s in st.get_all_studies() if SPEC_ATTR in s.user_attrs]


def _sqlite_study_names(path: Path) -> list[str] | None:
    """The sweep studies of an SQLite file read with the standard library, read-only (no optuna or sqlalchemy
    import: about 1.5 s); None where optuna's tables are not as expected, and optuna itself is asked."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        rows = con.execute("SELECT s.study_name FROM studies s JOIN study_user_attributes a ON a.study_id = "
                           "s.study_id WHERE a.key = ? ORDER BY s.study_id", (SPEC_ATTR,)).fetchall()
        return [str(r[0]) for r in rows]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def check_name(name: Any) -> str:
    if not isinstance(name, str) or not 1 <= len(name) <= 200 or not name.isprintable() or name != name.strip():
        raise SweepError("study", name, M("sweep.study_name", "is not a usable study name"),
                         M("sweep.want_name", "1 to 200 printable characters, no leading or trailing spaces"))
    return name


def canonical(spec_json: str) -> str:
    return json.dumps(json.loads(spec_json), sort_keys=True)


# ------------------------------------------------------------------------------------------ host & pid

def this_host() -> str:
    import socket

    boot = ""
    with contextlib.suppress(OSError):
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    return f"{socket.gethostname()}/{boot}"


def _process_start(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux; "" elsewhere): a pid reused by another
    process has another start time."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return text.rsplit(")", 1)[1].split()[19]


def alive(pid: int, start: str) -> bool:
    """Whether the process ``pid`` (started at ``start``) still runs. Not asked on Windows, where signal 0 is
    CTRL_C_EVENT: there a trial's heartbeat alone tells."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return False
    with contextlib.suppress(OSError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if fields[0] in ("Z", "X"):  # a zombie: dead, not yet reaped
            return False
        return not start or fields[19] == start
    return True


def owner_attr() -> dict:
    pid = os.getpid()
    return {"host": this_host(), "pid": pid, "start": _process_start(pid)}
