"""Who gets a voice: the quotes table of :func:`presslens.quotes.extract_quotes` per speaker, and
each quote shown in its context for checking.

Example::

    >>> q = extract_quotes(articles)                           # doctest: +SKIP
    >>> speakers(q, articles).head()                           # doctest: +SKIP
    >>> in_context(q, articles)[["speaker", "context"]]        # doctest: +SKIP
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from presslens.missing import NO_OUTLET
from presslens.quotes.sources import AUTHOR

__all__ = ["QUOTE_KINDS", "SPEAKER_COLUMNS", "UNRESOLVED_SPEAKER", "in_context", "of_kinds", "quoted_sources",
           "speaker_rows", "speakers"]

SPEAKER_COLUMNS = [
    "outlet", "speaker", "speaker_kind", "named", "quotes", "direct", "mixed", "indirect",
    "articles", "words_quoted", "share_of_words", "descriptions",
]
# The kinds of row the quotes table holds, in its ``kind`` column.
QUOTE_KINDS = ("direct", "mixed", "indirect")
# Rows whose speaker could not be resolved are kept under this name, so every word quoted is someone's.
UNRESOLVED_SPEAKER = "(unresolved)"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None, *, negated: bool = True) -> pd.DataFrame:
    """One row per speaker (per outlet when ``articles`` has an ``outlet`` column with values).

    In: rows of :func:`extract_quotes`, or what :func:`speaker_rows` keeps of them (the same
    totals); optionally the articles table (``doc_id``, ``outlet``). ``negated=False`` leaves out
    the rows whose cue is negated (their ``negated`` column: "did not mention Quill by name",
    "refused to say"), which report no words said; by default they count, as PolNeAR counts them.
    Out (columns :data:`SPEAKER_COLUMNS`, sorted by words quoted): ``outlet`` ("all" without
    outlets), ``speaker``, ``speaker_kind`` (most frequent), ``named`` (a named person or
    organisation, not an unnamed source), ``quotes``/``direct``/``mixed``/``indirect`` (rows),
    ``articles`` (distinct articles), ``words_quoted`` (words in the content of direct and
    mixed quotes: the speaker's own words), ``share_of_words`` (of all words quoted in the outlet),
    ``descriptions`` (distinct appositions seen, "; "-joined).

    A row of speakers joined as one subject (its ``speaker_members``: "Ada Quill and the Harbour Board said")
    counts once for each member, under the member's name and kind, its words too, so that neither
    vanishes from who gets quoted; the outlet's words quoted count each row's once, so where such rows
    are the shares add up to a little more than 1.
    """
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    q = quotes.copy() if "words_quoted" in quotes and "content" not in quotes else speaker_rows(quotes)
    if not negated and "negated" in q:
        q = q[q["negated"].ne(True)]
        if q.empty:
            return pd.DataFrame(columns=SPEAKER_COLUMNS)
    q["speaker"] = q["speaker"].where(q["speaker"].notna() & (q["speaker"] != ""), UNRESOLVED_SPEAKER)
    q["outlet"] = "all"
    if articles is not None and "outlet" in articles.columns:
        outlets = dict(zip(articles["doc_id"].astype(str), articles["outlet"]))
        mapped = q["doc_id"].astype(str).map(outlets)
        if mapped.notna().any():
            q["outlet"] = mapped.fillna(NO_OUTLET).astype(str)
    all_words = q.groupby("outlet")["words_quoted"].sum()
    q = _by_member(q)
    for kind in ("direct", "mixed", "indirect"):
        q[kind] = (q["kind"] == kind).astype(int)
    keys = ["outlet", "speaker"]
    out = q.groupby(keys, sort=False).agg(
        quotes=("kind", "size"), direct=("direct", "sum"), mixed=("mixed", "sum"),
        indirect=("indirect", "sum"), articles=("doc_id", "nunique"),
        words_quoted=("words_quoted", "sum"),
    ).reset_index()
    # The most frequent kind (ties: the first by name, as Series.mode), by counting and sorting
    # once rather than one mode() call per speaker.
    kinds = (q.groupby(keys + ["speaker_kind"], sort=False).size().rename("n").reset_index()
             .sort_values(["n", "speaker_kind"], ascending=[False, True])
             .drop_duplicates(keys))
    out = out.merge(kinds[keys + ["speaker_kind"]], on=keys, how="left")
    seen: dict[tuple, dict[str, None]] = {}
    for key, desc in zip(zip(q["outlet"].tolist(), q["speaker"].tolist()), q["speaker_description"].tolist()):
        if isinstance(desc, str) and desc:
            seen.setdefault(key, {})[desc] = None
    out["descriptions"] = ["; ".join(seen.get(key, ())) for key in zip(out["outlet"].tolist(), out["speaker"].tolist())]
    totals = out["outlet"].map(all_words)
    out["share_of_words"] = (out["words_quoted"] / totals.where(totals > 0)).fillna(0.0)
    out["named"] = out["speaker_kind"].isin(["named person", "organisation"])
    out = out.sort_values(["outlet", "words_quoted", "quotes"], ascending=[True, False, False])
    return out[SPEAKER_COLUMNS].reset_index(drop=True)


def _by_member(q: pd.DataFrame) -> pd.DataFrame:
    """``q`` with each row of a joint speaker (a list in ``speaker_members``) made one row per member, its
    ``speaker`` and ``speaker_kind`` the member's (``speaker_member_kinds``); other rows as they are."""
    if "speaker_members" not in q:
        return q
    joint = q["speaker_members"].map(lambda v: isinstance(v, (list, tuple, np.ndarray)) and len(v) > 0)
    if not joint.any():
        return q
    members = (q[joint].drop(columns=["speaker", "speaker_kind"])
               .rename(columns={"speaker_members": "speaker", "speaker_member_kinds": "speaker_kind"})
               .explode(["speaker", "speaker_kind"]))
    return pd.concat([q[~joint], members], ignore_index=True)


def quoted_sources(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`speakers` table that are sources an article quotes, in its order: the
    author's own "I" and "we" (``speaker_kind`` "author") are counted apart, as no source, and the
    rows of :data:`UNRESOLVED_SPEAKER` name nobody; so the most quoted source is the first row.

    >>> t = pd.DataFrame({"speaker": ["the author", "Ada Quill", UNRESOLVED_SPEAKER],
    ...                   "speaker_kind": ["author", "named person", "unresolved"]})
    >>> quoted_sources(t)["speaker"].tolist()
    ['Ada Quill']
    """
    return table[table["speaker_kind"].ne(AUTHOR) & table["speaker"].ne(UNRESOLVED_SPEAKER)]


def speaker_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    """What :func:`speakers` reads of ``quotes`` (a new table): its doc_id, speaker, speaker_kind,
    kind, speaker_description, negated and the members of joint speakers (``speaker_members``,
    ``speaker_member_kinds``), and ``words_quoted`` in place of the content. ``speakers`` takes
    it as it takes the quotes (the same totals), so a run that writes each chunk's quotes as they
    come (:func:`presslens.pipeline.write_analysis`) holds only these until the totals are made.
    """
    columns = ["doc_id", "speaker", "speaker_kind", "kind", "speaker_description", "negated", "speaker_members",
               "speaker_member_kinds"]
    q = quotes.reindex(columns=columns)
    verbatim = q["kind"].isin(["direct", "mixed"])
    # Words are counted in the verbatim rows only: the others count 0.
    q["words_quoted"] = [len(_WORD.findall(text if isinstance(text, str) else "" if pd.isna(text) else str(text)))
                         if keep else 0 for text, keep in zip(quotes["content"].tolist(), verbatim.tolist())]
    return q


def of_kinds(quotes: pd.DataFrame, kinds: str | list[str] | tuple[str, ...] | None) -> pd.DataFrame:
    """The rows of ``quotes`` of the given ``kinds`` (a list, or text separated by commas: "direct, mixed"),
    renumbered; all rows for ``None`` or an empty list. Raises ``ValueError`` naming the kinds there are
    for a kind the table never holds: "dirct" or "quotes" had kept no row and every count was a silent 0."""
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",")]
    wanted = [k.strip().lower() for k in kinds or () if k and k.strip()]
    unknown = [k for k in wanted if k not in QUOTE_KINDS]
    if unknown:
        raise ValueError(f"unknown quote kind{'s' * (len(unknown) > 1)} {', '.join(map(repr, unknown))}; "
                         f"the kinds are {', '.join(QUOTE_KINDS)}")
    if not wanted:
        return quotes
    return quotes[quotes["kind"].isin(wanted)].reset_index(drop=True)


def in_context(quotes: pd.DataFrame, articles: pd.DataFrame, width: int = 90) -> pd.DataFrame:
    """``quotes`` with a ``context`` column: up to ``width`` characters of article text on either
    side, the content between ⟦ ⟧ and the cue between ⟨ ⟩, white space collapsed, so a reader can
    check each attribution. ``articles`` needs ``doc_id`` and ``text``.
    """
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"]))
    contexts = []
    for r in quotes.itertuples(index=False):
        text = texts.get(str(r.doc_id))
        if not isinstance(text, str):
            contexts.append(None)
            continue
        marks = [(int(r.start), "⟦"), (int(r.end), "⟧")]
        if pd.notna(r.cue_start):
            marks += [(int(r.cue_start), "⟨"), (int(r.cue_end), "⟩")]
        lo = max(0, min(p for p, _ in marks) - width)
        hi = min(len(text), max(p for p, _ in marks) + width)
        pieces, pos = [], lo
        for p, mark in sorted(marks):
            pieces += [text[pos:p], mark]
            pos = p
        pieces.append(text[pos:hi])
        body = " ".join("".join(pieces).split())
        contexts.append(("…" if lo > 0 else "") + body + ("…" if hi < len(text) else ""))
    return quotes.assign(context=contexts)
