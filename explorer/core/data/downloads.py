"""Fetching a dataset's official files into the folder its reader looks in, when the user asks and is online.

Every file goes through the app's one writer (a temporary .part file renamed at the end) and is checked
against the checksum its spec records; archives are unpacked with tarfile's "data" filter, which refuses
absolute paths, '..' and links out of the folder.
"""

from __future__ import annotations

import hashlib
import os
import tarfile
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path

from ..messages import M
from .base import DataError, DownloadCancelled
from .registry import DATASETS, DownloadFile

__all__ = ["download_file", "download", "safe_extract"]

Progress = Callable[[int, int], None]


def download_file(url: str, dest: Path, md5: str | None = None, progress: Progress | None = None,
                  chunk: int = 1 << 16, should_cancel: Callable[[], bool] | None = None) -> Path:
    """Fetch ``url`` to ``dest`` through the app's one writer (a temporary .part file beside it, renamed at
    the end; a pipe or device in ``dest``'s place refused), reporting (done, total) bytes; checks the MD5
    when given. Works for http(s):// and file:// addresses. Cancelled (between chunks) or failed, the .part
    file is removed and ``dest`` is left as it was."""
    from ..io import atomic_writer

    digest = hashlib.md5()

    def failed(exc: BaseException) -> DataError:
        return DataError(url, f"could not be downloaded ({getattr(exc, 'reason', exc)}); are you online?")

    try:
        response = urllib.request.urlopen(url, timeout=30)
    except (OSError, ValueError) as exc:  # ValueError: not a URL urllib can open
        raise failed(exc) from None
    with response as resp, atomic_writer(dest, "wb") as out:
        total = int(resp.headers.get("Content-Length") or 0)
        done = 0
        while True:
            if should_cancel is not None and should_cancel():
                raise DownloadCancelled(url)
            try:
                block = resp.read(chunk)
            except (OSError, ValueError) as exc:
                raise failed(exc) from None
            if not block:
                break
            out.write(block)
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(done, total)
        if md5 is not None and digest.hexdigest() != md5:  # raised inside: the .part file is discarded
            raise DataError(url, M("data.md5", "downloaded file has MD5 {found}, expected {md5}")(
                found=digest.hexdigest(), md5=md5))
    return dest


def download(name: str, root: str | os.PathLike, progress: Progress | None = None,
             urls: Iterable[DownloadFile | tuple[str, str | None, str]] | None = None,
             should_cancel: Callable[[], bool] | None = None) -> Path:
    """Download a dataset's official files (its spec's ``downloads``) into ``root`` and unpack them where the
    reader looks. ``urls`` replaces the official list (tests pass file:// addresses, as DownloadFile or
    (url, md5, folder) tuples)."""
    spec = DATASETS.get(name)
    if urls is None and (spec is None or not spec.downloads):
        raise DataError(name, M("data.no_download", "cannot be downloaded"),
                        ", ".join(n for n, s in DATASETS.items() if s.downloads))
    files = [f if isinstance(f, DownloadFile) else DownloadFile(*f)
             for f in (urls if urls is not None else spec.downloads)]
    root = Path(root).expanduser()
    for f in files:
        target_dir = root / f.folder if f.folder else root
        path = download_file(f.url, target_dir / f.file_name, f.md5, progress, should_cancel=should_cancel)
        if f.file_name.endswith((".tar.gz", ".tgz", ".tar")):
            safe_extract(path, target_dir)
    return root


def safe_extract(archive: Path, dest: Path) -> None:
    """Unpack ``archive`` into ``dest``, refusing any member that would land outside it."""
    try:
        with tarfile.open(archive) as tar:
            tar.extractall(dest, filter="data")  # refuses absolute paths, '..' and links out of dest
    except (tarfile.TarError, OSError) as exc:
        raise DataError(str(archive), M("data.bad_archive", "is not a readable archive ({detail})")(detail=str(exc))) \
            from None
