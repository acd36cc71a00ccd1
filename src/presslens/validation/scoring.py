"""Scores of coded sheets: precision, recall, confusion tables and agreement between coders.

- **precision** per kind of item (``what``) and field, with n and a 95% Wilson score interval
  (``scipy.stats.binomtest(...).proportion_ci(method="wilson")``): ``item`` (the item is real:
  ``correct`` yes, or no with field corrections only), ``all`` (the whole answer right: yes), and
  each field of the machine's answer (among real items: the field was not corrected). With several
  coders on the same item the item is scored by their majority; ties and ``unsure`` leave it out,
  counted in ``undecided``.
  A sheet drawn with ``stratify`` (equal shares of strata of unequal size) is not a simple random
  sample of the corpus: each stratum's share is weighted by its size (``stratum_items``), and the
  Wilson interval is taken on the effective n of the stratified variance.
- **recall** from recall sheets: real machine items (``found`` - ``wrong``) over those plus the
  ``missed`` ones, summed over sentences (the median of the coders per sentence), with a Wilson
  interval on the summed counts; stratified sheets weigh each sentence by its stratum's size (a
  ratio estimate, its variance linearised between sentences).
- **confusion** of each label field (quote ``kind``, portrayal ``label``, timex ``type``): the
  machine's value against the coders' majority value, over real items.
- **agreement** with two or more coders on the same items: Krippendorff's alpha (nominal, the
  ``krippendorff`` package) between the coders, on ``correct`` (yes/no) and on each field's
  value, and between the coders' majority and presslens on each field's value (only on the items
  the majority, or the adjudicator, settled and holds real: the hard items are not in it), each
  with a 95% percentile bootstrap interval over the items (their rows of codes drawn again; 2,000
  resamples); on recall sheets between the coders' counts (interval level).

Example::

    >>> scores = score_sheets(["sheet-ann.csv", "sheet-bo.xlsx"])       # doctest: +SKIP
    >>> scores["table"]                                                  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from presslens.io import atomic_write
from presslens.stats import effective_proportion_interval, proportion_interval
from presslens.validation.sheets import FIELDS, LABELS, SheetError, read_sheet

__all__ = ["METHOD", "agreement", "confusion", "precision", "recall", "score_sheets", "write_scores"]

METHOD = {"precision": "Wilson score interval, 95%",
          "recall": "random sentences, each read alone by the coder; Wilson score interval, 95%, summed counts",
          "alpha": "Krippendorff's alpha, nominal; 95% percentile bootstrap interval over items "
                   "(2,000 resamples, seed 0)",
          "alpha counts": "Krippendorff's alpha, interval (counts per sentence); 95% percentile bootstrap "
                          "interval over sentences (2,000 resamples, seed 0)",
          "weighted": "strata weighted by their size in the corpus; Wilson score interval, 95%, "
                      "on the effective n of the stratified variance",
          "recall weighted": "random sentences, each read alone by the coder, weighted by their stratum's size "
                             "in the corpus (ratio estimate); "
                             "Wilson score interval, 95%, on the effective n of the linearised variance "
                             "between sentences"}
# ``undecided``: items coded but left out because the coders' majority settles nothing (a tie between
# coders, or every coder unsure): a reader sees how many disputed items the figure does not rest on.
TABLE_COLUMNS = ["what", "measure", "field", "n", "undecided", "value", "low", "high", "coders", "method"]


def _load(sheets: Iterable[str | os.PathLike | pd.DataFrame]) -> pd.DataFrame:
    parts = [s if isinstance(s, pd.DataFrame) else read_sheet(s) for s in sheets]
    if not parts:
        raise SheetError("no sheets to score")
    rows = pd.concat(parts, ignore_index=True)
    seen = rows[rows.duplicated(["task", "item_id", "coder"], keep=False)]
    if not seen.empty:
        a, b = seen.iloc[0], seen[(seen.item_id == seen.iloc[0].item_id)].iloc[1]
        raise SheetError(f"{a.sheet}: row {a.row}, column 'item_id': {a.item_id} coded twice by "
                         f"{a.coder!r} (again in {b.sheet}, row {b.row}); give each coder's copy "
                         f"its own name in 'coder'")
    return rows


def _majority(values: Sequence[Any]) -> Any:
    """The most frequent of the given values (None ignored); None on a tie or when none."""
    counts = Counter(v for v in values if v is not None).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _weighted(hits: pd.Series, strata: pd.DataFrame) -> tuple[float, float, float]:
    """Share of ``hits`` (bool, per item) over strata of a stratified sample, each stratum weighted
    by its size (``stratum_items``) rather than by its share of the sample; a Wilson interval on the
    effective n, share (1 - share) over the share's variance (sum of W_h^2 p_h (1 - p_h) / n_h, no
    finite-population correction), capped at the items coded as Korn & Graubard (1998) cap it (their
    interval is Clopper-Pearson on that n, as :func:`presslens.stats.share_intervals` gives; this one
    is Wilson's, as the unweighted rows are)."""
    table = pd.DataFrame({"hit": hits.astype(float), "stratum": strata["stratum"],
                          "size": strata["stratum_items"]})
    per = table.groupby("stratum").agg(p=("hit", "mean"), n=("hit", "size"), size=("size", "first"))
    weight = per["size"] / per["size"].sum()
    share = float((weight * per.p).sum())
    variance = float((weight ** 2 * per.p * (1 - per.p) / per.n).sum())
    return (share, *effective_proportion_interval(share, variance, len(table)))


def _weighted_ratio(found: pd.Series, real: pd.Series, strata: pd.DataFrame) -> tuple[float, float, float]:
    """Recall over the sentences of a stratified sample: sum w found / sum w real, each sentence
    weighted by its stratum's sentences over those coded (w = N_h / n_h); Wilson interval on the
    effective n of the ratio's linearised variance between sentences within strata (so the items
    of one sentence are not counted as independent), at most the real items."""
    table = pd.DataFrame({"found": found.astype(float), "real": real.astype(float),
                          "stratum": strata["stratum"], "size": strata["stratum_items"].astype(float)})
    table["w"] = table["size"] / table.groupby("stratum")["found"].transform("size")
    total = float((table.w * table.real).sum())
    if total <= 0:
        return float("nan"), float("nan"), float("nan")
    ratio = float((table.w * table.found).sum()) / total
    table["z"] = table.w * (table.found - ratio * table.real)
    spread = table.groupby("stratum")["z"].agg(lambda z: len(z) / (len(z) - 1) * ((z - z.mean()) ** 2).sum()
                                                if len(z) > 1 else 0.0)
    variance = float(spread.sum()) / total ** 2
    return (ratio, *effective_proportion_interval(ratio, variance, float(table.real.sum())))


def _real_strata(strata: pd.DataFrame | None, real: pd.Series) -> pd.DataFrame | None:
    """``strata`` with each stratum's size scaled to its estimated real items (size times the share
    of its coded items held real): a field's precision is a share of real items, not of all."""
    if strata is None:
        return None
    decided = real.dropna().astype(float)
    share = decided.groupby(strata.reindex(decided.index)["stratum"]).mean()
    return strata.assign(stratum_items=strata.stratum_items * strata.stratum.map(share).fillna(0.0))


def _strata(rows: pd.DataFrame) -> pd.DataFrame | None:
    """Stratum and its size per (what, item_id) when the sheets were drawn stratified (two strata
    or more), else None."""
    if "stratum_items" not in rows or "stratum" not in rows or rows["stratum_items"].isna().all():
        return None
    strata = rows.groupby(["what", "item_id"], sort=True)[["stratum", "stratum_items"]].first()
    return strata if strata["stratum"].nunique() > 1 else None


def _judgements(rows: pd.DataFrame) -> pd.DataFrame:
    """Per coded precision row: ``real`` (bool, None when unsure), ``all`` (bool or None) and,
    per field, ``ok:FIELD`` (bool; None unless real) and ``value:FIELD`` (the coder's value)."""
    coded = rows[(rows.task == "precision") & (rows.correct != "")].copy()
    out = coded[["what", "item_id", "coder"]].assign(
        adjudicates=coded["adjudicates"] if "adjudicates" in coded else False)
    sure = coded.correct != "unsure"
    out["all"] = np.where(sure, coded.correct == "yes", None)
    real = (coded.correct == "yes") | (coded.fix.map(bool) & (coded.correct == "no"))
    out["real"] = np.where(sure, real, None)
    for what, fields in FIELDS.items():
        mine = coded.what == what
        for f in fields:
            machine = coded.get(f, pd.Series("", index=coded.index)).fillna("").astype(str)
            fixed = coded.fix.map(lambda d, f=f: d.get(f))
            ok = np.where(sure & real, fixed.isna() | (fixed == machine), None)
            value = np.where(sure & real, fixed.fillna(machine), None)
            out.loc[mine, f"ok:{f}"] = ok[mine.to_numpy()]
            out.loc[mine, f"value:{f}"] = value[mine.to_numpy()]
            out.loc[mine, f"machine:{f}"] = machine[mine]
    return out


def _by_item(judged: pd.DataFrame, column: str) -> pd.Series:
    """The coders' majority value per (what, item_id); where it settles nothing (a tie), the
    adjudicator's value (rows marked ``adjudicates``, see :func:`score_sheets`), else None."""
    keys = ["what", "item_id"]
    if "adjudicates" not in judged or not judged.adjudicates.any():
        return judged.groupby(keys, sort=True)[column].agg(lambda v: _majority(list(v)))
    coders = judged[~judged.adjudicates].groupby(keys, sort=True)[column].agg(lambda v: _majority(list(v)))
    final = judged[judged.adjudicates].groupby(keys, sort=True)[column].first()
    index = coders.index.union(final.index)
    coders = coders.reindex(index).astype(object)
    return coders.where(coders.notna(), final.reindex(index).astype(object)).where(lambda v: v.notna(), None)


def _share(what: str, measure: str, field: str, hits: pd.Series, coders: int,
           strata: pd.DataFrame | None = None) -> dict[str, Any]:
    decided = hits.dropna()
    k, n = int(decided.astype(bool).sum()), len(decided)
    if strata is not None and n:
        value, low, high = _weighted(decided.astype(bool), strata.reindex(decided.index))
        method = METHOD["weighted"]
    else:
        value, method = k / n if n else float("nan"), METHOD["precision"]
        low, high = proportion_interval(k, n)
    return {"what": what, "measure": measure, "field": field, "n": n, "undecided": int(hits.isna().sum()),
            "value": value, "low": low, "high": high, "coders": coders, "method": method}


def precision(rows: pd.DataFrame) -> pd.DataFrame:
    """Precision per ``what`` and field from read sheets (:func:`read_sheet` rows, concatenated);
    columns as :data:`TABLE_COLUMNS` with ``measure`` = ``precision``."""
    judged = _judgements(rows)
    strata = _strata(rows[rows.task == "precision"])
    out = []
    for what, part in judged.groupby("what", sort=True):
        coders = part[~part.adjudicates].coder.nunique()
        out.append(_share(what, "precision", "item", _by_item(part, "real"), coders, strata))
        out.append(_share(what, "precision", "all", _by_item(part, "all"), coders, strata))
        real = _by_item(part, "real")
        for f in FIELDS[what]:
            # Fields count only on items the coders' majority holds real.
            out.append(_share(what, "precision", f, _by_item(part, f"ok:{f}")[real == True], coders,  # noqa: E712
                              _real_strata(strata, real)))
    return pd.DataFrame(out, columns=TABLE_COLUMNS)


def _coded_recall(rows: pd.DataFrame) -> pd.DataFrame:
    """The recall rows of ``rows`` whose ``missed`` the coder filled in."""
    return rows[(rows.task == "recall") & rows.get("missed", pd.Series(dtype=float)).notna()]


def recall(rows: pd.DataFrame) -> pd.DataFrame:
    """Recall per ``what`` from the recall rows of read sheets; columns as :data:`TABLE_COLUMNS`
    with ``measure`` = ``recall`` and ``n`` the real items (found and missed)."""
    coded = _coded_recall(rows)
    out = []
    for what, part in coded.groupby("what", sort=True):
        per = part.groupby("item_id").agg(found=("found", "first"), missed=("missed", "median"),
                                          wrong=("wrong", "median"))
        right = int(round((per.found.fillna(0) - per.wrong).sum()))
        missed = int(round(per.missed.sum()))
        n = right + missed
        strata = _strata(part)
        if strata is not None and n:
            real = per.found.fillna(0) - per.wrong
            value, low, high = _weighted_ratio(real, real + per.missed, strata.loc[what].reindex(per.index))
            method = METHOD["recall weighted"]
        else:
            value, method = right / n if n else float("nan"), METHOD["recall"]
            low, high = proportion_interval(right, n)
        out.append({"what": what, "measure": "recall", "field": "item", "n": n, "undecided": 0, "value": value,
                    "low": low, "high": high, "coders": part.coder.nunique(), "method": method})
    return pd.DataFrame(out, columns=TABLE_COLUMNS)


def confusion(rows: pd.DataFrame) -> pd.DataFrame:
    """Machine label against the coders' majority label, over real items: ``what``, ``field``,
    ``machine``, ``coded``, ``n`` (one row per pair that occurs)."""
    judged = _judgements(rows)
    out = []
    for what, part in judged.groupby("what", sort=True):
        field = LABELS[what][0]
        real = _by_item(part, "real")
        coded = _by_item(part, f"value:{field}")[real == True].dropna()  # noqa: E712
        machine = part.groupby(["what", "item_id"])[f"machine:{field}"].first().reindex(coded.index)
        pairs = pd.DataFrame({"machine": machine.to_numpy(), "coded": coded.to_numpy()})
        counts = pairs.value_counts().rename("n").reset_index()
        out.append(counts.assign(what=what, field=field))
    columns = ["what", "field", "machine", "coded", "n"]
    return pd.concat(out, ignore_index=True)[columns] if out else pd.DataFrame(columns=columns)


def _alpha_of(data: np.ndarray, level: str = "nominal") -> float:
    """Krippendorff's alpha of a units x raters array of value codes (nan: not coded)."""
    import krippendorff

    paired = data[(~np.isnan(data)).sum(axis=1) >= 2]
    if len(np.unique(paired[~np.isnan(paired)])) < 2:
        return float("nan")  # no unit coded twice, or one value only: alpha is undefined
    return float(krippendorff.alpha(reliability_data=data.T, level_of_measurement=level))


def _alpha(matrix: pd.DataFrame, level: str = "nominal") -> tuple[float, float, float]:
    """Krippendorff's alpha of a units x raters table of values (None: not coded; numbers unless
    ``level`` is nominal), with a 95% percentile bootstrap interval over the units
    (:func:`presslens.stats.score_interval`)."""
    from presslens.stats import score_interval

    if level == "nominal":
        codes = {v: i for i, v in enumerate(sorted({str(v) for v in matrix.stack().dropna()}))}
        matrix = matrix.apply(lambda col: col.map(lambda v: np.nan if v is None or v != v else codes[str(v)]))
    data = matrix.to_numpy(dtype=float)
    value = _alpha_of(data, level)
    if value != value:
        return value, float("nan"), float("nan")
    return (value, *score_interval(lambda d: _alpha_of(d, level), data))


def agreement(rows: pd.DataFrame) -> pd.DataFrame:
    """Krippendorff's alpha between coders (``measure`` = ``alpha coders``) on ``correct`` and on
    each field's value, and between the coders' majority and presslens (``alpha presslens``) on
    each field; on recall sheets between the coders' counts (``recall missed``, ``recall wrong``,
    interval level); only where two or more coders coded the same items. Columns as
    :data:`TABLE_COLUMNS` (``n``: items coded by two or more; ``low``/``high``: a percentile
    bootstrap interval over the items, none where alpha is undefined)."""
    judged = _judgements(rows)
    out = []
    for what, part in judged.groupby("what", sort=True):
        settled = part  # the majority against presslens: ties settled by the adjudicator
        part = part[~part.adjudicates]  # alpha between coders: the adjudicator is not one of them
        coders = part.coder.nunique()
        if coders < 2:
            continue
        twice = part.groupby("item_id").coder.transform("nunique") >= 2
        part = part[twice]
        n = part.item_id.nunique()
        columns = [("correct", "all"), *((f, f"value:{f}") for f in FIELDS[what])]
        for field, column in columns:
            value, low, high = _alpha(part.pivot(index="item_id", columns="coder", values=column))
            out.append({"what": what, "measure": "alpha coders", "field": field, "n": n, "value": value,
                        "low": low, "high": high, "coders": coders, "method": METHOD["alpha"]})
        for f in FIELDS[what]:
            majority = _by_item(settled[settled.item_id.isin(part.item_id)], f"value:{f}")
            machine = part.groupby(["what", "item_id"])[f"machine:{f}"].first()
            matrix = pd.DataFrame({"coders": majority, "presslens": machine.reindex(majority.index)})
            matrix.loc[matrix.coders.isna(), "presslens"] = None  # only items the coders settled
            value, low, high = _alpha(matrix)
            out.append({"what": what, "measure": "alpha presslens", "field": f,
                        "n": int(matrix.coders.notna().sum()), "value": value, "low": low, "high": high,
                        "coders": coders, "method": METHOD["alpha"]})
    # Recall sheets: the coders' counts per sentence (numbers, so interval level, not nominal).
    counted = _coded_recall(rows)
    if "adjudicates" in counted:
        counted = counted[~counted.adjudicates]  # the adjudicator settles, is not one of the coders
    for what, part in counted.groupby("what", sort=True):
        coders = part.coder.nunique()
        part = part[part.groupby("item_id").coder.transform("nunique") >= 2]
        if coders < 2 or part.empty:
            continue
        for field in ("missed", "wrong"):
            value, low, high = _alpha(part.pivot(index="item_id", columns="coder", values=field), "interval")
            out.append({"what": what, "measure": "alpha coders", "field": f"recall {field}",
                        "n": part.item_id.nunique(), "value": value, "low": low, "high": high,
                        "coders": coders, "method": METHOD["alpha counts"]})
    return pd.DataFrame(out, columns=TABLE_COLUMNS)


def score_sheets(sheets: Iterable[str | os.PathLike | pd.DataFrame], adjudicator: str | None = None) -> dict[str, Any]:
    """Everything :mod:`presslens.validation` measures on coded sheets.

    In: sheet paths (``.csv``/``.xlsx``) or tables from :func:`read_sheet`; several coders'
    copies of the same sheet are matched by ``item_id`` and ``coder``. ``adjudicator``: the
    ``coder`` whose precision rows settle the items the other coders tie on (after they coded
    independently); not one of the coders in alpha nor in the majority, and named in ``method``.
    Out: ``{"table": precision, recall and agreement rows (:data:`TABLE_COLUMNS`), "confusion":
    :func:`confusion`, "items": coded items per what, "uncoded": rows left empty}``.
    """
    rows = _load(sheets)
    rows["adjudicates"] = rows.coder == adjudicator
    if adjudicator is not None and not rows.adjudicates.any():
        raise SheetError(f"no sheet was coded by the adjudicator {adjudicator!r} (coders: "
                         f"{', '.join(sorted(set(rows.coder)))})")
    parts = [t for t in (precision(rows), recall(rows[~rows.adjudicates]), agreement(rows)) if not t.empty]
    if not parts:
        names = ", ".join(sorted(set(rows.sheet.astype(str))))
        raise SheetError(f"{names}: nothing coded yet: fill in 'correct' (precision rows) or "
                         f"'missed' (recall rows), then score again")
    table = pd.concat(parts, ignore_index=True).reindex(columns=TABLE_COLUMNS)
    table[["value", "low", "high"]] = table[["value", "low", "high"]].astype(float).round(4)
    table["undecided"] = table["undecided"].astype("Int64")
    if adjudicator is not None:
        table.loc[table.measure == "precision", "method"] += f"; coders' ties settled by {adjudicator}"
    precision_rows = rows[rows.task == "precision"]
    uncoded = int((precision_rows.correct == "").sum())
    if "missed" in rows:
        uncoded += int((rows.task.eq("recall") & rows.missed.isna()).sum())
    return {"table": table, "confusion": confusion(rows),
            "items": {w: int(g.item_id.nunique()) for w, g in rows.groupby("what")},
            "uncoded": uncoded, "sheets": sorted(set(rows.sheet.astype(str)))}


def write_scores(scores: dict[str, Any], path: str | os.PathLike) -> dict[str, Path]:
    """Write ``scores`` beside a sheet: ``NAME.scores.csv`` (the table), ``NAME.confusion.csv`` and
    ``NAME.scores.json`` (all of it), where ``path`` is the sheet (or any file named ``NAME.*``).
    Returns the paths by kind."""
    base = Path(path)
    stem = base.with_suffix("") if base.suffix else base
    written = {"table": Path(f"{stem}.scores.csv"), "confusion": Path(f"{stem}.confusion.csv"),
               "json": Path(f"{stem}.scores.json")}
    for key in ("table", "confusion"):
        with atomic_write(written[key], "w", encoding="utf-8-sig", newline="") as fh:
            scores[key].to_csv(fh, index=False)
    payload = {k: (v.astype(object).where(v.notna(), None).to_dict(orient="records")
                   if isinstance(v, pd.DataFrame) else v) for k, v in scores.items()}
    with atomic_write(written["json"], "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2, ensure_ascii=False, default=str)
    return written
