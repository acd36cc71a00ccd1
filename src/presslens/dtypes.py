"""Smaller dtypes for the analysis tables, with the same values.

The tables of a corpus are held whole while the corpus-wide steps run (the timeline and the
speaker totals need all of them), so their size sets how a run's peak memory grows with the
corpus. Offsets, sentence and paragraph numbers, ids and counts are held as 32-bit integers
(``int32``, or ``Int32`` where a column has missing values) instead of 64-bit ones whenever every
value of the column fits, as it does for any article under 2 GiB of characters: half the memory
of those columns, the same values. A column with a value outside the 32-bit range stays 64-bit,
and a chunk that keeps 64 bits makes the joined column 64-bit, as a run on the whole corpus would.

Example::

    >>> import pandas as pd
    >>> compact(pd.DataFrame({"start": [0, 12], "end": [5, 30]})).dtypes.tolist()
    [dtype('int32'), dtype('int32')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["compact", "compact_tables", "shared_values"]

_NARROW = {"int64": "int32", "Int64": "Int32"}
_LOW, _HIGH = int(np.iinfo(np.int32).min), int(np.iinfo(np.int32).max)


def compact(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with each ``int64`` / ``Int64`` column whose values all fit in 32 bits as
    ``int32`` / ``Int32``; other columns as they are (not copied)."""
    narrow = {}
    for col, dtype in table.dtypes.items():
        target = _NARROW.get(str(dtype))
        if target is None:
            continue
        values = table[col]
        if dtype == np.int64:  # no missing value: its bounds read off the array
            array = values.to_numpy()
            low, high = (array.min(), array.max()) if len(array) else (0, 0)
        else:
            low, high = (values.min(), values.max()) if values.notna().any() else (0, 0)
        if _LOW <= low and high <= _HIGH:
            narrow[col] = target
    if not narrow:
        return table
    # Set on a shallow copy: DataFrame.astype with a dict rebuilds the whole table, and cost about
    # twice the narrowing itself (PolNeAR train: 0.16 -> 0.13 CPU s between the stages).
    out = table.copy(deep=False)
    for col, target in narrow.items():
        out[col] = table[col].astype(target)
    return out


def compact_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """:func:`compact` of each table of ``tables``, in a new dict."""
    return {name: compact(table) for name, table in tables.items()}


def shared_values(values: Iterable) -> list:
    """``values`` as a list in which equal values are one object (unhashable values, such as
    lists, as they are). A column read out of a table (``tolist``, Arrow) makes a new object for
    every row, so the rows of one article or date each held their own copy of its doc_id, name,
    value or outlet while the corpus-wide steps ran.

    Example::

        >>> a, b = shared_values(["".join(["d", "1"]), "".join(["d", "1"])])
        >>> a is b
        True
    """
    values = values if isinstance(values, list) else list(values)
    first: dict[Any, Any] = {}
    try:
        return [first.setdefault(v, v) for v in values]
    except TypeError:
        return values
