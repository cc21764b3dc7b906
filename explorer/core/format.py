"""Numbers for reading: shared by the CLI table and the window."""

from __future__ import annotations

__all__ = ["human", "millions", "human_bytes", "signed_human", "first_line"]


def human(n: float, digits: int = 1) -> str:
    """1234 -> "1.2K", 769162 -> "769.2K", 7e6 -> "7.0M", 2.83e9 -> "2.8G"."""
    for div, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= div:
            return f"{n / div:.{digits}f}{suffix}"
    return f"{n:g}" if isinstance(n, float) else str(n)


def millions(n: int) -> str:
    """The paper's rounding of parameter counts: 769,162 -> "0.8M"."""
    return f"{n / 1e6:.1f}M"


def human_bytes(n: float) -> str:
    for div, suffix in ((2**40, "TiB"), (2**30, "GiB"), (2**20, "MiB"), (2**10, "KiB")):
        if abs(n) >= div:
            return f"{n / div:.1f} {suffix}"
    return f"{int(n)} B"


def signed_human(n: float, digits: int = 1) -> str:
    """A change for reading: +1.2M, -300, ±0."""
    if n == 0:
        return "±0"
    return ("+" if n > 0 else "−") + human(abs(n), digits)


def first_line(exc: BaseException, limit: int | None = None) -> str:
    """An exception's first line of text (its type's name when it has none), for a one-line report."""
    text = (str(exc).strip().splitlines() or [""])[0] or type(exc).__name__
    return text if limit is None else text[:limit]
