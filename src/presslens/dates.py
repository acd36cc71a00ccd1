"""How presslens reads a number as a date, wherever one stands for a publication date.

A number of eight digits that forms a calendar day is that day written YYYYMMDD (``20251027``):
the form date fields of spreadsheets and database exports take, and the one the
``publication_date`` parameter accepts. As Unix seconds the same numbers would fall between
April 1970 and March 1973, before any corpus that stores dates as seconds. Any other number is
Unix seconds.

    >>> number_as_day(20251027)
    datetime.date(2025, 10, 27)
    >>> number_as_day(1761523200) is None, number_as_day(20251332) is None
    (True, True)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

__all__ = ["number_as_day", "number_as_timestamp"]


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
    Unix seconds. Raises as ``pd.Timestamp`` does for seconds out of its range."""
    day = number_as_day(value)
    return pd.Timestamp(day) if day is not None else pd.Timestamp(value, unit="s")
