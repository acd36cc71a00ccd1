"""How presslens reads a number as a date, wherever one stands for a publication date.

A number of eight digits that forms a calendar day is that day written YYYYMMDD (``20251027``):
the form date fields of spreadsheets and database exports take, and the one the
``publication_date`` parameter accepts. As Unix seconds the same numbers would fall between
April 1970 and March 1973, before any corpus that stores dates as seconds. Any other number is
Unix time: seconds, or, when too large for seconds of the next three thousand years, milliseconds
(JavaScript's ``Date.now()``, Java's ``currentTimeMillis``), microseconds or nanoseconds.

    >>> number_as_day(20251027)
    datetime.date(2025, 10, 27)
    >>> number_as_day(1761523200) is None, number_as_day(20251332) is None
    (True, True)
    >>> number_as_timestamp(1761523200), number_as_timestamp(1761523200000)
    (Timestamp('2025-10-27 00:00:00'), Timestamp('2025-10-27 00:00:00'))
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

__all__ = ["number_as_day", "number_as_timestamp"]

# Unix seconds reach 1e11 only in the year 5138: a larger number counts a finer unit.
_UNITS = ((1e11, "s"), (1e14, "ms"), (1e17, "us"))


def number_as_day(value: Any) -> date | None:
    """The day a number of eight digits writes as YYYYMMDD, else ``None`` (then it is Unix seconds)."""
    try:
        whole = float(value)
    except (TypeError, ValueError):
        return None
    if not (whole.is_integer() and 10_000_101 <= whole <= 99_991_231):
        return None
    n = int(whole)
    try:
        return date(n // 10_000, n // 100 % 100, n % 100)
    except ValueError:
        return None


def number_as_timestamp(value: Any) -> pd.Timestamp:
    """A number as the moment it stands for: the day :func:`number_as_day` reads (at midnight), else
    Unix time in seconds, or in milliseconds, microseconds or nanoseconds when it is too large for
    seconds. Raises as ``pd.Timestamp`` does for a time out of its range."""
    day = number_as_day(value)
    if day is not None:
        return pd.Timestamp(day)
    size = abs(float(value))
    return pd.Timestamp(value, unit=next((unit for limit, unit in _UNITS if size < limit), "ns"))
