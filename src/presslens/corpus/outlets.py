"""One outlet under one name: the researcher's mapping of the names an outlet is written under
(``outlets=`` of :func:`presslens.corpus.load_corpus`), and the names that look like one outlet's
("The Brackwater Herald", "Brackwater Herald", "brackwaterherald.com"), which load_corpus warns of
rather than guesses: unifying them is the researcher's decision."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping

from presslens.corpus.decoding import decode_text
from presslens.io import resolve_path

__all__ = ["look_alike_outlets", "outlet_variants", "read_outlets"]


def read_outlets(given: str | os.PathLike | Mapping[str, str]) -> dict[str, str]:
    """The mapping ``{name as written: outlet}`` of ``given``: a mapping, or a file of one: a JSON
    object, or a CSV / TSV of two columns (the name as written, the outlet; a first row naming the
    columns is a header). Names are matched exactly, surrounding spaces aside."""
    if isinstance(given, Mapping):
        pairs: Iterable[Any] = given.items()
    else:
        path = resolve_path(given)
        text = decode_text(path.read_bytes())[0]
        if path.suffix.lower() == ".json":
            pairs = json.loads(text).items()
        else:
            rows = [r for r in csv.reader(io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
                    if any(cell.strip() for cell in r)]
            if any(len(r) != 2 for r in rows):
                raise ValueError(f"outlets file {path}: each line is two columns, the name as written and the outlet")
            pairs = rows[1:] if rows and rows[0][1].strip().lower() == "outlet" else rows
    mapping = {str(k).strip(): str(v).strip() for k, v in pairs}
    if any(not k or not v for k, v in mapping.items()):
        raise ValueError("outlets: a name as written or an outlet is empty")
    return mapping


_DOMAIN = re.compile(r"^(?:https?://)?(?:www\d?\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)+/?$")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _key(name: str) -> str:
    """What names of one outlet share: lower case, without a leading "The", a domain's "www." and
    ending (".com", ".co.uk"), spaces and punctuation."""
    plain = name.strip().lower()
    domain = _DOMAIN.match(plain)
    if domain:
        plain = domain[1]
    plain = re.sub(r"^the\b", "", plain)
    return _NOT_WORD.sub("", plain.replace("&", "and"))


def outlet_variants(outlets: Iterable[Any]) -> list[list[tuple[str, int]]]:
    """The outlet names that differ only by a leading "The", case, spaces, punctuation or being the
    outlet's domain: each group as ``(name, articles)``, the most frequent name first."""
    counts = Counter(o for o in outlets if isinstance(o, str) and o.strip())
    groups: dict[str, list[tuple[str, int]]] = {}
    for name, n in counts.most_common():
        key = _key(name)
        if key:
            groups.setdefault(key, []).append((name, n))
    return [group for group in groups.values() if len(group) > 1]


def look_alike_outlets(articles: Any) -> tuple[str, Any]:
    """What notebook 01 shows of the outlet names of ``articles`` (a :func:`load_corpus` table) that
    look like one outlet's (:func:`outlet_variants`): one line, with the fix when there are any, and
    a table of them, one row a name: ``outlet`` (the group's most frequent name), ``written``,
    ``articles``."""
    import pandas as pd

    groups = outlet_variants(articles["outlet"]) if "outlet" in articles else []
    table = pd.DataFrame([(group[0][0], name, n) for group in groups for name, n in group],
                         columns=["outlet", "written", "articles"])
    if not groups:
        return "No outlet names look like one outlet's.", table
    return (f"{len(groups)} outlet(s) may be written under several names, counted apart below. If they are "
            "one outlet, write a file of two columns (the name as written, the outlet; e.g. "
            "\"Brackwater Herald,The Brackwater Herald\") and run again with `presslens run --outlets FILE` "
            "(in Python: load_corpus(..., outlets=FILE)); each name as written stays in outlet_as_written.",
            table)
