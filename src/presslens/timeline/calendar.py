"""Calendar arithmetic on TIMEX3 values: shifting a day, week, month…, and the interval a value covers.

Example::

    >>> value_interval("2025-W43")
    (Timestamp('2025-10-20 00:00:00'), Timestamp('2025-10-26 00:00:00'))
    >>> value_interval("2026", "START")
    (Timestamp('2026-01-01 00:00:00'), Timestamp('2026-05-02 00:00:00'))
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from presslens.timeline.lexicon import SEASONS

__all__ = [
    "SEASON_MONTHS",
    "add_months",
    "easter",
    "iso_week",
    "nth_weekday",
    "quarter_of",
    "value_interval",
]

# A season's code -> its first and last month ("SP": 3, 5; "WI": 12, 2).
SEASON_MONTHS = {code: (a, b) for code, a, b in SEASONS.values()}


def add_months(d: date, n: int) -> date:
    """The first day of the month ``n`` months after the month of ``d``."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def iso_week(d: date) -> str:
    """``d``'s ISO week as TIMEX3, e.g. ``2025-W43``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEARISH = re.compile(r"^(\d{2,4})$")


def _span(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first = monday + timedelta(days=5) if m[3] else monday  # -WE: the weekend only
        return first, monday + timedelta(days=6)
    if m := _MONTH.match(value):
        first = date(int(m[1]), int(m[2]), 1)
        return first, add_months(first, 1) - timedelta(days=1)
    if m := _PART.match(value):
        year, part = int(m[1]), m[2]
        if part[0] in "QH":
            months = 3 if part[0] == "Q" else 6
            first = date(year, (int(part[1]) - 1) * months + 1, 1)
            return first, add_months(first, months) - timedelta(days=1)
        a, b = SEASON_MONTHS[part]
        first = date(year, a, 1)
        last = date(year + (b < a), b, 1)
        return first, add_months(last, 1) - timedelta(days=1)
    if m := _YEARISH.match(value):
        digits = m[1]
        scale = 10 ** (4 - len(digits))
        y0 = int(digits) * scale
        return date(max(y0, 1), 1, 1), date(y0 + scale - 1, 12, 31)
    return None


# Cached: a corpus names the same few hundred values again and again, and a Timestamp is dear to make.
@lru_cache(maxsize=8192)
def value_interval(value: str | None, mod: str | None = None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The calendar interval (first day, last day) a TIMEX3 date ``value`` covers, narrowed to its
    first, middle or last third by ``mod`` START / MID / END; (NaT, NaT) for anything else
    (durations, sets, PAST_REF, underspecified ``XXXX`` values)."""
    try:
        span = _span(value) if isinstance(value, str) else None
    except ValueError:
        span = None
    if span is None:
        return pd.NaT, pd.NaT
    a, b = span
    third = (b - a) // 3
    if mod == "START" and third.days:
        b = a + third
    elif mod == "END" and third.days:
        a = b - third
    elif mod == "MID" and third.days:
        a, b = a + third, b - third
    return pd.Timestamp(a), pd.Timestamp(b)
