"""How presslens reads a number as a date, wherever one stands for a publication date.

A number of eight digits that forms a calendar day is that day written YYYYMMDD (``20251027``):
the form date fields of spreadsheets and database exports take, and the one the
``publication_date`` parameter accepts; one of fourteen digits that forms a moment is it written
YYYYMMDDHHMMSS (``20251027143000``: GDELT's DATE and DATEADDED fields), which as milliseconds
would fall after the year 2286. As Unix seconds the same numbers would fall between
April 1970 and March 1973, before any corpus that stores dates as seconds. A number from 20,000
to 80,000 is a spreadsheet's serial day (days since 30 December 1899, its fraction the time of
day: what Excel and LibreOffice write for a date cell formatted as a number), 1954 to 2119; as
Unix seconds it would fall on 1 January 1970. Any other number is Unix time: seconds, or, when too
large for seconds of the next three thousand years, milliseconds (JavaScript's ``Date.now()``,
Java's ``currentTimeMillis``), microseconds or nanoseconds.

    >>> number_as_day(20251027)
    datetime.date(2025, 10, 27)
    >>> number_as_day(1761523200) is None, number_as_day(20251332) is None
    (True, True)
    >>> number_as_timestamp(1761523200), number_as_timestamp(1761523200000), number_as_timestamp(45957.5)
    (Timestamp('2025-10-27 00:00:00'), Timestamp('2025-10-27 00:00:00'), Timestamp('2025-10-27 12:00:00'))
    >>> number_as_timestamp(20251027143000)
    Timestamp('2025-10-27 14:30:00')
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Iterable

import pandas as pd

__all__ = ["NUMERIC_DAY", "day_order_unsure", "number_as_day", "number_as_timestamp", "puts_day_first",
           "read_datetimes"]

# Unix seconds reach 1e11 only in the year 5138: a larger number counts a finer unit.
_UNITS = ((1e11, "s"), (1e14, "ms"), (1e17, "us"))
# A spreadsheet's serial days (1954-10-03 to 2119-01-10), counted from its day 0.
_SERIAL_DAYS, _SERIAL_ZERO = (20_000, 80_000), pd.Timestamp("1899-12-30")

# A day in numbers with the year last: 25/12/2024, 12/25/2024, 25-12-24, 25.12.2024.
NUMERIC_DAY = re.compile(r"\s*(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})\b")


def puts_day_first(values: Iterable[Any]) -> bool:
    """Whether the dates in numbers among ``values`` (one file's or one column's) put the day first:
    one of them opens with a number above 12 (25/12/2024) and none has one in second place
    (12/25/2024). pandas reads each such date month first wherever the day is 12 or less, so
    02/03/2025 among dates like 25/12/2024 would be 3 February, not 2 March.

    >>> puts_day_first(["25/12/2024 09:00", "02/03/2025 14:05"]), puts_day_first(["12/25/2024", "02/03/2025"])
    (True, False)
    """
    day = month = False
    for value in values:
        found = NUMERIC_DAY.match(value) if isinstance(value, str) else None
        if found:
            month |= int(found[3]) > 12
            day |= int(found[1]) > 12
    return day and not month


def day_order_unsure(values: Iterable[Any]) -> str | None:
    """The first date in numbers among ``values`` (one file's or one column's) whose day and month could be
    either way round ("03/04/2031": 3 April or 4 March), when none of them settles the order (no number
    above 12 in either place); else ``None``. Such dates are read month first, as pandas reads them.

    >>> day_order_unsure(["03/04/2031", "05/05/2031"]), day_order_unsure(["03/04/2031", "25/04/2031"])
    ('03/04/2031', None)
    """
    unsure = None
    for value in values:
        found = NUMERIC_DAY.match(value) if isinstance(value, str) else None
        if found:
            if int(found[1]) > 12 or int(found[3]) > 12:
                return None
            if unsure is None and int(found[1]) != int(found[3]) and found[2] != ".":
                unsure = found.group().strip()
    return unsure


def read_datetimes(values: pd.Series) -> pd.Series:
    """A ``published`` column (a table's own: dates, strings, numbers) as datetimes, NaT where a value
    is no date, as ``pd.to_datetime(values, errors="coerce")`` reads it, except a column whose days in
    numbers put the day first (:func:`puts_day_first`): there each value is read on its own, those
    days day first. pandas takes the first value's form for the whole column, so "12/03/2031 14:05"
    beside "19/03/2031 09:30" would be 3 December and the second no date at all.

    >>> read_datetimes(pd.Series(["12/03/2031 14:05", "19/03/2031", "2031-04-02"])).dt.strftime("%d %b").tolist()
    ['12 Mar', '19 Mar', '02 Apr']
    """
    if not puts_day_first(values.tolist()):
        return pd.to_datetime(values, errors="coerce")
    return pd.to_datetime(values.map(lambda v: pd.to_datetime(
        v, errors="coerce", dayfirst=isinstance(v, str) and NUMERIC_DAY.match(v) is not None)), errors="coerce")


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


def _compact_moment(value: Any) -> pd.Timestamp | None:
    """The moment a number of fourteen digits writes as YYYYMMDDHHMMSS, else ``None``."""
    whole = float(value)
    if not (whole.is_integer() and 10_000_101_000_000 <= whole <= 99_991_231_235_959):
        return None
    try:
        return pd.Timestamp(datetime.strptime(str(int(whole)), "%Y%m%d%H%M%S"))
    except ValueError:
        return None


def number_as_timestamp(value: Any) -> pd.Timestamp:
    """A number as the moment it stands for: the day :func:`number_as_day` reads (at midnight), a
    moment written YYYYMMDDHHMMSS, a spreadsheet's serial day, else Unix time in seconds, or in
    milliseconds, microseconds or nanoseconds when it is too large for seconds. Raises as
    ``pd.Timestamp`` does for a time out of its range."""
    day = number_as_day(value)
    if day is not None:
        return pd.Timestamp(day)
    moment = _compact_moment(value)
    if moment is not None:
        return moment
    if _SERIAL_DAYS[0] <= float(value) < _SERIAL_DAYS[1]:
        return _SERIAL_ZERO + pd.to_timedelta(float(value), unit="D")
    size = abs(float(value))
    return pd.Timestamp(value, unit=next((unit for limit, unit in _UNITS if size < limit), "ns"))
