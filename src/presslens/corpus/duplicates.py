"""Near-duplicate articles: the same story from two databases, or a wire story run by several
outlets with small edits. Each text becomes the set of its word 5-grams (shingles), summarised by
a MinHash over the first 100,000 characters (datasketch, 128 permutations, fixed seed); locality-sensitive hashing finds candidate
pairs, and a pair counts when the estimated Jaccard similarity of the shingle sets reaches the
threshold (0.8 by default; the estimate is the share of equal minimum values, as datasketch's
``MinHash.jaccard``). An article is marked ``duplicate_of`` the earliest article (in
corpus order) it matches; originals are never marked, so chains do not form.

Exact duplicates are found first by a hash of the text (:func:`exact_duplicates`), as the loader
always did.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

__all__ = ["SHINGLE_WORDS", "band_keys", "duplicate_summary", "exact_duplicates", "near_duplicates",
           "resolve_near_duplicates", "shared_bands", "sketch"]

SHINGLE_WORDS = 5
SHINGLE_CHARS = 100_000
NUM_PERM = 128
_WORD = re.compile(r"\w+")
_CHUNK = 1 << 20
_BATCH = 10_000


def _digest(text: str | bytes) -> str:
    # Hashed in 1 MB slices: a 300 MB article is never encoded whole. UTF-8 bytes (as the loader
    # holds texts) hash as their str does.
    h = hashlib.sha1()
    if isinstance(text, bytes):
        h.update(text)
        return h.hexdigest()
    for i in range(0, len(text), _CHUNK):
        h.update(text[i:i + _CHUNK].encode("utf-8", "replace"))
    return h.hexdigest()


def exact_duplicates(texts: Iterable[str | bytes], doc_ids: Sequence[str]) -> list[str | None]:
    """For each text, the doc_id of the first earlier one with exactly the same text, or None."""
    first: dict[str, str] = {}
    out: list[str | None] = []
    for doc_id, text in zip(doc_ids, texts):
        digest = _digest(text)
        out.append(first.get(digest))
        first.setdefault(digest, doc_id)
    return out


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash

    # Drawing the seeded permutations took most of the time of a sketch of a short record; they
    # are the same for every article, so they are drawn once.
    template = MinHash(num_perm=NUM_PERM, seed=1)
    return {"permutations": template.permutations, "scheme": template.scheme}


def _minhash(text: str | bytes):
    from datasketch import MinHash

    # The opening of an article identifies it; a 300 MB text is not shingled whole (of UTF-8
    # bytes, the opening's at most 4 bytes a character; a character cut in two at the end is
    # beyond the opening's characters).
    if isinstance(text, bytes):
        text = text[:4 * SHINGLE_CHARS].decode("utf-8", "ignore")
    words = _WORD.findall(text[:SHINGLE_CHARS].lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    sketch = MinHash(num_perm=NUM_PERM, seed=1, **_permutations())
    sketch.update_batch([s.encode("utf-8", "replace") for s in shingles])
    return sketch


def _ranges(threshold: float) -> list[tuple[int, int]]:
    from datasketch import MinHashLSH

    # Candidates from a looser band setting (datasketch's optimal bands for threshold - 0.2), so
    # pairs just above the threshold are not missed.
    return MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=NUM_PERM).hashranges


def sketch(text: str) -> np.ndarray:
    """The MinHash of a text's word 5-grams: ``NUM_PERM`` minimum hash values."""
    return _minhash(text).hashvalues


def band_keys(texts: Iterable[str | bytes], threshold: float = 0.8) -> np.ndarray:
    """One row per text, one 64-bit key per LSH band (pandas' row hash of the band's minimum
    values): texts sharing a key in some band are candidate near duplicates."""
    ranges = _ranges(threshold)
    texts = list(texts)
    parts = [np.vstack([sketch(t) for t in texts[i:i + _BATCH]]) for i in range(0, len(texts), _BATCH)]
    return np.vstack([np.column_stack([pd.util.hash_pandas_object(pd.DataFrame(part[:, a:b]), index=False).to_numpy()
                                       for a, b in ranges]) for part in parts]) if parts \
        else np.empty((0, len(ranges)), np.uint64)


def shared_bands(keys: np.ndarray) -> np.ndarray:
    """Which rows of :func:`band_keys` share a key with another row in some band: the only ones
    that can be near duplicates, or have one."""
    if not len(keys):
        return np.zeros(0, bool)
    return np.column_stack([pd.Series(keys[:, band]).duplicated(keep=False).to_numpy()
                            for band in range(keys.shape[1])]).any(axis=1)


def resolve_near_duplicates(keys: np.ndarray, sketches: Mapping[int, np.ndarray], doc_ids: Sequence[str],
                            threshold: float = 0.8, skip: Container[int] = ()) -> list[str | None]:
    """The marks of :func:`near_duplicates` from the band keys of every text and the sketches of
    those in :func:`shared_bands` (by row), in corpus order; rows in ``skip`` take no part."""
    out: list[str | None] = [None] * len(keys)
    # Earlier articles that stayed originals, by band key; a duplicate is never a candidate, so
    # chains do not form.
    kept: dict[tuple[int, int], list[int]] = {}
    for number in np.flatnonzero(shared_bands(keys)):
        if number in skip:
            continue
        bands = [(band, int(keys[number, band])) for band in range(keys.shape[1])]
        candidates = sorted({c for key in bands for c in kept.get(key, ())})
        match = next((c for c in candidates
                      if np.count_nonzero(sketches[c] == sketches[number]) / NUM_PERM >= threshold), None)
        if match is None:
            for key in bands:
                kept.setdefault(key, []).append(number)
        else:
            out[number] = doc_ids[match]
    return out


def near_duplicates(texts: Iterable[str | bytes], doc_ids: Sequence[str], threshold: float = 0.8) -> list[str | None]:
    """For each text, the doc_id of the earliest earlier text whose word 5-grams overlap it with
    an estimated Jaccard similarity of at least ``threshold``, or None."""
    # The bands are matched column-wise over the whole corpus instead of one datasketch LSH
    # insert and query per article: a million short records took minutes in those calls, and
    # only articles that share a band with another need a second look.
    texts = list(texts)
    if len(texts) < 2:  # nothing to compare (and datasketch, with the SciPy it imports, stays unloaded)
        return [None] * len(texts)
    keys = band_keys(texts, threshold)
    return resolve_near_duplicates(keys, {int(i): sketch(texts[i]) for i in np.flatnonzero(shared_bands(keys))},
                                   doc_ids, threshold)


def duplicate_summary(articles: pd.DataFrame, skipped: pd.DataFrame) -> pd.DataFrame:
    """Per source file type (``docx``, ``warc``, ``csv`` ...): ``files``, articles ``read``,
    ``skipped`` entries, articles marked as near duplicates (``duplicates``) and, of those,
    ``wire_copies`` (a duplicate in another outlet than its original), and the ``layouts`` found
    (``nexis``, ``factiva``, plain)."""
    kinds = articles["format"].fillna("unknown").astype(str) if "format" in articles else pd.Series(
        "unknown", index=articles.index)
    file_type = kinds.str.split(" ").str[0]
    outlet = dict(zip(articles["doc_id"], articles.get("outlet", pd.Series(index=articles.index))))
    dup = articles["duplicate_of"] if "duplicate_of" in articles else pd.Series(None, index=articles.index)
    wire = [d is not None and not pd.isna(d) and outlet.get(d) != o
            for d, o in zip(dup, articles.get("outlet", pd.Series(None, index=articles.index)))]
    files = articles["path"].astype(str).str.replace(r":[^:/\\]*$", "", regex=True).where(
        articles["record"].notna(), articles["path"].astype(str)) if "record" in articles else articles["path"]
    table = pd.DataFrame({"format": file_type, "file": files, "duplicate": dup.notna(), "wire": wire,
                          "layout": kinds.str.extract(r"\((\w+)\)")[0].fillna("plain")})
    out = table.groupby("format").agg(files=("file", "nunique"), read=("file", "size"),
                                      duplicates=("duplicate", "sum"), wire_copies=("wire", "sum"),
                                      layouts=("layout", lambda s: ", ".join(sorted(set(s)))))
    skips = skipped["format"].fillna("unknown").value_counts() if "format" in skipped else pd.Series(dtype=int)
    out = out.reindex(out.index.union(skips.index))
    out["skipped"] = skips.reindex(out.index).fillna(0).astype(int)
    out[["files", "read", "duplicates", "wire_copies"]] = out[["files", "read", "duplicates", "wire_copies"]].fillna(0).astype(int)
    out["layouts"] = out["layouts"].fillna("")
    out.index.name = "format"           # a union with an unnamed index drops the name
    return out.reset_index()[["format", "files", "read", "skipped", "duplicates", "wire_copies", "layouts"]]
