"""Coding sheets: a reproducible random sample of presslens's decisions for a person to check.

Two kinds of sheet, one row per unit:

- **precision** (:func:`draw_sample`): one machine decision per row: ``item_id``, ``task``
  (``precision``), ``what``, ``doc_id``, ``start``, ``end``, ``context`` (the surrounding text
  with the item between ``[[`` and ``]]``), the machine's answer (``kind``, ``speaker``, ``cue``
  and ``content`` for quotes; ``entity``, ``mention``, ``label`` and ``score`` for portrayal;
  ``text``, ``type`` and ``value`` for timexes), then the coder's columns: ``coder``, ``correct``
  (yes / no / unsure), ``correction`` and ``note``.
- **recall** (:func:`draw_recall_sample`): one random sentence per row, with every machine item in
  it marked in ``context`` and listed in ``machine`` (``found`` of them); the coder fills
  ``coder``, ``missed`` (items of this kind the list lacks), ``wrong`` (listed items that are not
  real) and ``note``.

How to code a precision row: ``correct`` is ``yes`` when the whole machine answer is right. When
it is not, write ``no`` and, if the item itself is real (a quote, a mention, a timex) but some of
its fields are wrong, put the right values in ``correction`` as ``field=value`` pairs separated by
``;`` (``speaker=Ada Quill; kind=indirect``); ``no`` with an empty correction means the item is
not real at all. ``unsure`` leaves the row out of the scores. Free remarks go in ``note``.

Sheets are written as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
accents) or ``.xlsx`` (openpyxl), and read back by :func:`read_sheet` whatever a spreadsheet did
to them: rows reordered or sorted, columns added or moved, blank lines, ``;`` or tab separators,
``Yes``/``y``/``1``/``TRUE``. What cannot be read is a :class:`SheetError` naming the file, row
and column; nothing is guessed.

Example::

    >>> sheet = draw_sample("data/raw", what="quotes", n=100, seed=0)      # doctest: +SKIP
    >>> write_sheet(sheet, "quotes-sheet.xlsx")                             # doctest: +SKIP
"""

from __future__ import annotations

import csv
import io
import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from presslens.io import atomic_write, resolve_path

__all__ = [
    "ANSWERS",
    "CODER_COLUMNS",
    "FIELDS",
    "LABELS",
    "RECALL_CODER_COLUMNS",
    "SheetError",
    "WHATS",
    "draw_recall_sample",
    "draw_sample",
    "label_counts",
    "machine_items",
    "parse_correction",
    "read_sheet",
    "write_sheet",
]

WHATS = ("quotes", "portrayal", "timexes")
# The machine's answer on a sheet: fields a coder can correct, then columns shown for reference.
FIELDS = {"quotes": ("kind", "speaker", "cue"), "portrayal": ("label",), "timexes": ("type", "value")}
SHOWN = {"quotes": ("content",), "portrayal": ("entity", "mention", "score"), "timexes": ("text",)}
# The field of each kind of item whose values are a closed set (confusion tables, checked input).
LABELS = {"quotes": ("kind", ("direct", "mixed", "indirect")),
          "portrayal": ("label", ("positive", "neutral", "negative")),
          "timexes": ("type", ("DATE", "TIME", "DURATION", "SET"))}
CODER_COLUMNS = ("coder", "correct", "correction", "note")
RECALL_CODER_COLUMNS = ("coder", "missed", "wrong", "note")
ID_COLUMNS = ("item_id", "task", "what", "doc_id", "start", "end", "context")

# What coders and spreadsheet programs write for yes / no / unsure (compared lower-cased).
ANSWERS = {
    **dict.fromkeys(("yes", "y", "1", "1.0", "true", "x", "ok", "correct", "right", "✓"), "yes"),
    **dict.fromkeys(("no", "n", "0", "0.0", "false", "wrong", "incorrect", "✗"), "no"),
    **dict.fromkeys(("unsure", "u", "?", "maybe", "don't know", "dont know", "unclear"), "unsure"),
}
MARK = ("[[", "]]")
CONTEXT_CHARS = 200


class SheetError(ValueError):
    """A coding sheet that cannot be read as it is; the message names file, row and column."""


# --------------------------------------------------------------------------- machine items

def _articles(corpus: Any) -> pd.DataFrame:
    if isinstance(corpus, pd.DataFrame):
        return corpus
    from presslens.corpus import load_corpus

    path = resolve_path(corpus)
    if not path.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    return load_corpus(path)


def machine_items(articles: pd.DataFrame, what: str,
                  tables: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """presslens's decisions of one kind as sheet rows (without coder columns).

    In: the articles table, ``what`` (``quotes``, ``portrayal`` or ``timexes``) and optionally
    already computed ``tables`` (``sentences``, ``quotes``, ``mentions``, ``timexes`` as in
    :func:`presslens.pipeline.analyse`), which are used instead of recomputing them.
    Out: ``what``, ``doc_id``, ``start``, ``end`` and the :data:`FIELDS` and shown columns of
    ``what``, sorted by article and offset.
    """
    if what not in WHATS:
        raise ValueError(f"unknown item kind {what!r}; use one of {', '.join(WHATS)}")
    tables = dict(tables or {})
    from presslens.text import split_sentences

    sentences = tables.get("sentences")
    if sentences is None:
        sentences = tables["sentences"] = split_sentences(articles)
    if what == "quotes":
        from presslens.quotes import extract_quotes

        found = tables.get("quotes")
        found = extract_quotes(articles, sentences) if found is None else found
    elif what == "timexes":
        from presslens.timeline import extract_timexes

        found = tables.get("timexes")
        found = extract_timexes(articles, sentences) if found is None else found
    else:
        from presslens.sentiment import mention_tone
        from presslens.sentiment.target import polarity

        found = mention_tone(articles, tables.get("mentions"), sentences)
        # The per-mention score of the analysis: ``portrayal`` (with its label), or an older ``tone``.
        score = "portrayal" if "portrayal" in found else "tone"
        labels = (found[f"{score}_label"] if f"{score}_label" in found else
                  [("negative", "neutral", "positive")[polarity(s) + 1] for s in found[score]])
        found = found.rename(columns={"text": "mention"}).assign(score=found[score].astype(float),
                                                                 label=labels)
    columns = ["doc_id", "start", "end", *FIELDS[what], *SHOWN[what]]
    out = found.reindex(columns=columns).assign(what=what)[["what", *columns]]
    out["start"], out["end"] = out["start"].astype(int), out["end"].astype(int)
    return out.sort_values(["doc_id", "start", "end"], kind="stable", ignore_index=True)


def _mark(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with each span of ``spans`` (clipped) between [[ and ]], on one line (line
    breaks would make tall spreadsheet rows)."""
    pieces, pos = [], lo
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, hi)
        if s >= e:
            continue
        pieces += [text[pos:s], MARK[0], text[s:e], MARK[1]]
        pos = e
    pieces.append(text[pos:hi])
    return " ".join("".join(pieces).split())


def _snippet(text: str, start: int, end: int) -> str:
    """``text[start:end]`` marked, widened to about CONTEXT_CHARS either side (cut at a space)."""
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    if lo > 0:
        lo = text.find(" ", lo, start) + 1 or lo
    if hi < len(text):
        cut = text.rfind(" ", end, hi)
        hi = cut if cut > 0 else hi
    return ("… " if lo > 0 else "") + _mark(text, lo, hi, [(start, end)]) + (" …" if hi < len(text) else "")


def _pick(units: pd.DataFrame, n: int, seed: int, stratify: str | None) -> pd.DataFrame:
    """``n`` random rows of ``units`` (all when fewer), seeded. With ``stratify``, the strata get
    equal shares (those with fewer rows give all they have; the rest is spread over the others),
    and the rows carry ``stratum`` (the value, as text) and ``stratum_items`` (the stratum's rows
    in ``units``)."""
    if n < 0:
        raise ValueError(f"n must be at least 0, not {n}")
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(units))
    if stratify is not None and units[stratify].fillna("").astype(str).nunique() < 2:
        warnings.warn(f"every item has the same {stratify!r}; the sample is not stratified", stacklevel=3)
    if stratify is None or len(units) <= n:
        chosen = order[:n]
    else:
        strata = units[stratify].fillna("").astype(str).to_numpy()[order]
        names = sorted(set(strata))
        queues = {s: list(order[strata == s]) for s in names}
        chosen = []
        while len(chosen) < n:
            open_strata = [s for s in names if queues[s]]
            for s in open_strata[: n - len(chosen)]:
                chosen.append(queues[s].pop(0))
    picked = units.iloc[sorted(chosen)]
    if stratify is None:
        return picked
    # Each stratum's size in the corpus goes on the sheet: equal shares from strata of unequal size
    # are scored weighted by these (presslens.validation.scoring), not as one simple random sample.
    stratum = units[stratify].fillna("").astype(str)
    return picked.assign(stratum=stratum.loc[picked.index],
                         stratum_items=stratum.map(stratum.value_counts()).loc[picked.index].astype(int))


def _with_stratum(units: pd.DataFrame, articles: pd.DataFrame, stratify: str | None) -> pd.DataFrame:
    if stratify is None or stratify in units:
        return units
    if stratify not in articles:
        raise ValueError(f"cannot stratify by {stratify!r}: neither the items nor the articles have "
                         f"that column (articles have: {', '.join(map(str, articles.columns))})")
    return units.merge(articles[["doc_id", stratify]].drop_duplicates("doc_id"), on="doc_id", how="left")


def draw_sample(corpus: Any, what: str = "quotes", n: int = 100, seed: int = 0,
                stratify: str | None = None, *,
                tables: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """A precision sheet: ``n`` random machine decisions of kind ``what`` to be checked by hand.

    In: ``corpus``, a path (file or folder, as :func:`presslens.load_corpus` reads) or the articles
    table; ``what`` (``quotes``, ``portrayal``, ``timexes``); ``n`` items (all when there are
    fewer); ``seed`` (the same corpus, ``n`` and seed give the same sheet); ``stratify``, a column
    of the items or the articles (e.g. ``outlet``) whose values get equal shares of the sample;
    ``tables`` as in :func:`machine_items`.

    Out: one row per item, in article order: ``item_id`` (``what`` initial and number),
    ``task`` (``precision``), ``what``, ``doc_id``, ``start``, ``end``, ``context``, the machine's
    answer, the stratum column when given with ``stratum`` and ``stratum_items`` (its value and how
    many items of the corpus it holds, which the scores weigh by), ``title`` (the article's, when
    the articles have titles), and the empty coder columns
    ``coder``, ``correct``, ``correction``, ``note``.
    """
    articles = _articles(corpus)
    items = _with_stratum(machine_items(articles, what, tables), articles, stratify)
    sheet = _pick(items, n, seed, stratify).reset_index(drop=True)
    _say_fewer(sheet, items, n, f"{what} sheet", "items", stratify)
    texts = articles.set_index("doc_id")["text"]
    context = [_snippet(texts[d], s, e) for d, s, e in zip(sheet.doc_id, sheet.start, sheet.end)]
    sheet.insert(0, "item_id", [f"{what[0].upper()}{i + 1:04d}" for i in range(len(sheet))])
    sheet.insert(1, "task", "precision")
    sheet.insert(6, "context", context)
    _add_title(sheet, articles)
    for col in CODER_COLUMNS:
        sheet[col] = ""
    return sheet


def _add_title(sheet: pd.DataFrame, articles: pd.DataFrame) -> None:
    # The article's title beside doc_id, so that a coder can find the article in the corpus's own files.
    if "title" in articles and "title" not in sheet:
        sheet["title"] = sheet.doc_id.map(articles.drop_duplicates("doc_id").set_index("doc_id")["title"]).fillna("")


def _say_fewer(sheet: pd.DataFrame, pool: pd.DataFrame, n: int, what: str, unit: str, stratify: str | None) -> None:
    # A sheet shorter than asked says why, and keeps how many the corpus held (``attrs["available"]``).
    sheet.attrs["available"] = len(pool)
    if len(sheet) < n:
        why = (f"the corpus holds only {len(pool)} {unit}" if len(pool) < n
               else f"equal shares per {stratify} leave no more")
        warnings.warn(f"{len(sheet)} drawn for the {what}, not n = {n}: {why}", UserWarning, stacklevel=3)


def label_counts(sheets: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """What precision sheets hold: ``what``, ``field`` (its label field, see :data:`LABELS`),
    ``label`` (the machine's value; ``(none)`` when empty) and ``items``, one row per label."""
    parts = []
    for what, sheet in sheets.items():
        field = LABELS[what][0]
        labels = sheet[field].fillna("").astype(str).replace("", "(none)")
        counts = labels.value_counts().rename_axis("label").rename("items").reset_index()
        parts.append(counts.assign(what=what, field=field))
    columns = ["what", "field", "label", "items"]
    return pd.concat(parts, ignore_index=True)[columns] if parts else pd.DataFrame(columns=columns)


def _describe(row: pd.Series, what: str) -> str:
    if what == "quotes":
        cue = f" ({row.cue})" if isinstance(row.cue, str) else ""
        return f"[{row.kind}] {row.speaker if isinstance(row.speaker, str) else '?'}{cue}: {row.content}"
    if what == "portrayal":
        return f"{row.mention} → {row.entity}: {row.label} ({row.score:+.2f})"
    return f"{row.text}: {row.type} {row.value}"


def draw_recall_sample(corpus: Any, what: str = "quotes", n: int = 50, seed: int = 0,
                       stratify: str | None = None, *,
                       tables: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """A recall sheet: ``n`` random sentences, each with every machine item of kind ``what`` that
    overlaps it, for a coder to count what the machine missed.

    Out: ``item_id`` (``R`` and number), ``task`` (``recall``), ``what``, ``doc_id``, ``start``,
    ``end`` (the sentence), ``context`` (the sentence with its items marked), ``found`` (number of
    machine items), ``machine`` (one line per item), ``before`` (the sentence before, unmarked: the
    coder counts only what ``context`` holds), the stratum column when given (with
    ``stratum`` and ``stratum_items``, the sentences of the corpus in it), ``title``, and the empty
    coder columns ``coder``, ``missed``, ``wrong``, ``note``. Arguments as :func:`draw_sample`.
    """
    from presslens.text import split_sentences

    articles = _articles(corpus)
    tables = dict(tables or {})
    if tables.get("sentences") is None:
        tables["sentences"] = split_sentences(articles)
    sentences = tables["sentences"][["doc_id", "start", "end"]]
    items = machine_items(articles, what, tables)
    units = _with_stratum(sentences.sort_values(["doc_id", "start"], ignore_index=True), articles, stratify)
    sheet = _pick(units, n, seed, stratify).reset_index(drop=True)
    _say_fewer(sheet, units, n, f"{what} recall sheet", "sentences", stratify)
    texts = articles.set_index("doc_id")["text"]
    by_doc = dict(tuple(items.groupby("doc_id", sort=False)))
    # The coder reads the sentence alone; the one before is shown beside it, unmarked, so that a
    # speaker named there ("... Mara Quell said. \"Patients deserve better,\" she said.") can be checked.
    ordered = units[["doc_id", "start", "end"]]
    previous = ordered.groupby("doc_id")[["start", "end"]].shift(1).set_axis(["prev_start", "prev_end"], axis=1)
    previous = pd.concat([ordered[["doc_id", "start"]], previous], axis=1).set_index(["doc_id", "start"])
    context, found, listed, before = [], [], [], []
    for d, s, e in zip(sheet.doc_id, sheet.start, sheet.end):
        its = by_doc.get(d, items.iloc[0:0])
        its = its[(its.start < e) & (its.end > s)]
        context.append(_mark(texts[d], s, e, list(zip(its.start, its.end))))
        found.append(len(its))
        listed.append("\n".join(f"{i + 1}. {_describe(r, what)}" for i, r in enumerate(its.itertuples())))
        ps, pe = previous.loc[(d, s)]
        before.append("" if pd.isna(ps) else " ".join(texts[d][int(ps):int(pe)].split()))
    sheet.insert(0, "item_id", [f"R{i + 1:04d}" for i in range(len(sheet))])
    sheet.insert(1, "task", "recall")
    sheet.insert(2, "what", what)
    sheet.insert(6, "context", context)
    sheet.insert(7, "found", found)
    sheet.insert(8, "machine", listed)
    sheet.insert(9, "before", before)
    _add_title(sheet, articles)
    for col in RECALL_CODER_COLUMNS:
        sheet[col] = ""
    return sheet


# --------------------------------------------------------------------------- writing

HOW_TO = """How to code this sheet (presslens validation)

Precision rows (task = precision): one machine decision per row; the item is between [[ and ]] in
'context', the machine's answer in the columns after it.
  correct    yes    the whole answer is right
             no     something is wrong: if the item is real but some fields are wrong, write the
                    right values in 'correction' as field=value pairs separated by ';'
                    (e.g. speaker=Ada Quill; kind=indirect); leave 'correction' empty when the
                    item is not real at all (not a quote / mention / time expression)
             unsure left out of the scores
  coder      your name or initials (each coder codes their own copy of the sheet)
  note       anything else
Recall rows (task = recall): one random sentence per row, the machine's items marked in 'context'
and listed in 'machine'; 'before' is the sentence before it, to check a speaker named there. Count
only what 'context' holds (a quote running on into the next sentence counts in each).
  missed     how many items of this kind the sentence holds that the list lacks (0 if none)
  wrong      how many listed items are not real (0 if none)
Rows may be sorted or reordered and columns added; keep item_id and the machine's columns as they
are. Score with: presslens validate score SHEET [SHEET ...]
"""


def write_sheet(sheet: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a sheet as ``.csv`` (UTF-8 with byte-order mark) or ``.xlsx`` (openpyxl: header
    frozen, ``correct`` offered as a yes/no/unsure list, a second worksheet with the coding
    instructions), atomically. Returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
            sheet.to_csv(fh, index=False)
    elif suffix == ".xlsx":
        with atomic_write(path, "wb") as fh:
            _workbook(sheet).save(fh)
    else:
        raise ValueError(f"write a sheet as .csv or .xlsx, not {path.name!r}")
    return path


def _workbook(sheet: pd.DataFrame) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "items"
    ws.append([str(c) for c in sheet.columns])
    for values in sheet.itertuples(index=False):
        ws.append([None if (v is None or (isinstance(v, float) and v != v) or v is pd.NA) else
                   (v.item() if isinstance(v, np.generic) else v) for v in values])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text such as "=== Update" is not a formula
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "B2"
    widths = {"context": 80, "machine": 60, "content": 50, "correction": 30, "note": 30}
    for i, name in enumerate(sheet.columns, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = widths.get(name, 14)
        if name in ("context", "machine", "content"):
            for cell in ws[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    if "correct" in sheet.columns and len(sheet):
        letter = get_column_letter(list(sheet.columns).index("correct") + 1)
        choices = DataValidation(type="list", formula1='"yes,no,unsure"', allow_blank=True)
        choices.add(f"{letter}2:{letter}{len(sheet) + 1}")
        ws.add_data_validation(choices)
    notes = wb.create_sheet("how to code")
    for line in HOW_TO.splitlines():
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    return wb


# --------------------------------------------------------------------------- reading

def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _raw_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) of every row of the first worksheet or of the CSV file."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
            raise SheetError(f"{path}: not a readable .xlsx file ({exc})") from exc
        try:
            ws = wb.worksheets[0]
            return [(i, [_cell(v) for v in row]) for i, row in enumerate(ws.iter_rows(values_only=True), 1)]
        finally:
            wb.close()
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # A spreadsheet program on Windows saves "CSV" in its own code page.
        text = raw.decode("cp1252", errors="replace")
    head = "\n".join(text.splitlines()[:20])
    try:
        dialect = csv.Sniffer().sniff(head, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows = []
    for cells in reader:
        rows.append((reader.line_num, [c.strip() for c in cells]))
    return rows


def parse_correction(text: str, what: str) -> dict[str, str]:
    """The ``field=value`` pairs of a ``correction`` cell (``;`` or line breaks between pairs).

    Raises ``ValueError`` for a piece without ``=``, a field ``what`` does not have, or a label
    outside its set (see :data:`LABELS`). Label values are returned in their canonical case.
    """
    out: dict[str, str] = {}
    label, allowed = LABELS[what]
    for piece in filter(None, (p.strip() for p in text.replace("\n", ";").split(";"))):
        field, sep, value = piece.partition("=")
        field, value = field.strip().lower(), value.strip()
        if not sep:
            raise ValueError(f"{piece!r} is not field=value (fields: {', '.join(FIELDS[what])})")
        if field not in FIELDS[what]:
            raise ValueError(f"{field!r} is not a field of {what} (fields: {', '.join(FIELDS[what])})")
        if field == label:
            canon = {a.lower(): a for a in allowed}
            if value.lower() not in canon:
                raise ValueError(f"{value!r} is not a {label} (one of {', '.join(allowed)})")
            value = canon[value.lower()]
        out[field] = value
    return out


def _count(value: str) -> int | None:
    if value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if number < 0 or not number.is_integer():
        raise ValueError(f"{value!r} is not a count (0, 1, 2, …)")
    return int(number)


def read_sheet(path: str | os.PathLike) -> pd.DataFrame:
    """A coded sheet, checked and normalised, whatever a spreadsheet program did to it.

    In: a ``.csv`` (any of ``,`` ``;`` tab; UTF-8 with or without byte-order mark) or ``.xlsx``
    written by :func:`write_sheet` and filled in by a coder. Out: its rows (blank ones dropped)
    with every column as text plus: ``row`` (the spreadsheet row number), ``sheet`` (the file),
    ``correct`` as ``yes``/``no``/``unsure``/``""`` (not coded), ``fix`` (dict of the
    corrections), ``missed``/``wrong`` as numbers (recall rows), ``start``/``end`` as numbers and
    ``coder`` (the name written in the sheet's other rows when a cell is empty; the file's name when the
    column is empty throughout).

    Raises :class:`SheetError` naming file, row and column at the first cell that cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise SheetError(f"{path}: no such sheet")
    rows = [(n, cells) for n, cells in _raw_rows(path) if any(cells)]
    if not rows:
        raise SheetError(f"{path}: the sheet is empty")
    header_row, header = rows[0]
    header = [h.strip().lower() for h in header]
    named = [h for h in header if h]
    dupes = sorted({h for h in named if named.count(h) > 1})
    if dupes:
        raise SheetError(f"{path}: row {header_row}: column {dupes[0]!r} appears twice")
    for needed in ("item_id", "task", "what", "doc_id", "start", "end"):
        if needed not in header:
            raise SheetError(f"{path}: row {header_row}: no column {needed!r}; is this a presslens "
                             f"coding sheet? (columns: {', '.join(named)})")
    records = []
    for number, cells in rows[1:]:
        cells = cells + [""] * (len(header) - len(cells))
        extra = [c for c in cells[len(header):] if c]
        if extra:
            raise SheetError(f"{path}: row {number}: {len(cells)} cells but {len(header)} column names "
                             f"(a separator inside an unquoted cell?)")
        record = {h: c for h, c in zip(header, cells) if h}
        record["row"], record["sheet"] = number, str(path)
        records.append(_check_row(record, path, number))
    _fill_coder(records, path)
    table = pd.DataFrame.from_records(records)
    for col in ("correct", "correction", "coder"):
        if col not in table:
            table[col] = ""
    if "fix" not in table:
        table["fix"] = [{} for _ in range(len(table))]
    return table


def _fill_coder(records: list[dict[str, Any]], path: Path) -> None:
    """Give rows whose ``coder`` cell is empty the sheet's one coder: the name written in the others,
    or the file's name when none is; a sheet naming several coders cannot say whose an empty row is
    (counting it as one more coder would bias the majority and alpha)."""
    names = sorted({r["coder"] for r in records if r["coder"]})
    blank = [r for r in records if not r["coder"]]
    if blank and len(names) > 1:
        raise SheetError(f"{path}: row {blank[0]['row']}, column 'coder': empty in a sheet coded by "
                         f"{', '.join(map(repr, names))}; write whose row it is")
    for r in blank:
        r["coder"] = names[0] if names else path.stem


def _check_row(record: dict[str, Any], path: Path, number: int) -> dict[str, Any]:
    def fail(column: str, message: str) -> SheetError:
        return SheetError(f"{path}: row {number}, column {column!r}: {message}")

    if not record["item_id"]:
        raise fail("item_id", "empty (every row needs the id it was drawn with)")
    task = record["task"].lower()
    if task not in ("precision", "recall"):
        raise fail("task", f"{record['task']!r} is neither precision nor recall")
    what = record["what"].lower()
    if what not in WHATS:
        raise fail("what", f"{record['what']!r} is not one of {', '.join(WHATS)}")
    record["task"], record["what"] = task, what
    for col in ("start", "end", "stratum_items"):
        if col not in record:
            continue
        try:
            record[col] = _count(record[col])
        except ValueError as exc:
            raise fail(col, str(exc)) from None
    record["coder"] = record.get("coder", "")
    if task == "precision":
        if "correct" not in record:
            raise fail("correct", "missing: a precision sheet needs the coder's 'correct' column")
        answer = record["correct"]
        record["correct"] = ANSWERS.get(answer.lower(), None) if answer else ""
        if record["correct"] is None:
            raise fail("correct", f"{answer!r} is not yes, no or unsure")
        correction = record.get("correction", "")
        if correction and record["correct"] != "no":
            raise fail("correction", "a correction is given but 'correct' is "
                                     f"{record['correct'] or 'empty'}; 'correct' should be no")
        try:
            record["fix"] = parse_correction(correction, what)
        except ValueError as exc:
            raise fail("correction", str(exc)) from None
    else:
        for col in ("missed", "wrong"):
            if col not in record:
                raise fail(col, f"missing: a recall sheet needs the coder's {col!r} column")
            try:
                record[col] = _count(record[col])
            except ValueError as exc:
                raise fail(col, str(exc)) from None
        if record["wrong"] is not None and record["missed"] is None:
            raise fail("missed", "empty while 'wrong' is filled in (write 0 when nothing was missed)")
        try:
            found = _count(record.get("found", ""))
        except ValueError as exc:
            raise fail("found", str(exc)) from None
        if record["missed"] is not None and record["wrong"] is None:
            record["wrong"] = 0
        if found is not None and record["wrong"] is not None and record["wrong"] > found:
            raise fail("wrong", f"{record['wrong']} wrong of {found} listed items")
        record["found"] = found
    return record
