"""ProQuest exports (ProQuest Central, Global Newsstream, Historical Newspapers, TDM Studio
downloads) saved as "Text only" (``.txt``; the same layout inside ``.rtf``, ``.docx`` and
``.pdf`` saves, and in the ``.html`` save, read through the text it lays out): records between
rules of underscores, each opening "Document 3 of 25" and the headline, then labelled fields
("Author:", "Publication info:", "Full text:", the article, then "Subject:", "Title:",
"Publication title:", "Publication date:", "ProQuest document ID:" ...). The export's report
header, table of contents, bibliography and contact block hold no record.

The article's text runs from "Full text:" to the record's closing run of labelled fields; the
fields (``data/corpus_proquest_fields.tsv``) fill the columns or are database boilerplate. A
paragraph of the article that opens like a field ("Location: the town hall, where ...") does not
end it, as paragraphs of text follow it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from presslens.corpus.decoding import Encoding
from presslens.corpus.html import block_text
from presslens.corpus.source import Source, cut_off
from presslens.corpus.wire import _MONTH, _MONTH_YEAR, first_date
from presslens.datafiles import data_rows

__all__ = ["looks_like", "looks_like_html", "parse_record", "read", "read_html"]

# Records are separated by a rule of underscores (60 in ProQuest's exports), or start at their
# "Document N of M" line where a converted document lost the rules.
_BOUNDARY = re.compile(r"^[ \t]*(?:_{30,}|Document \d+ of \d+)[ \t]*$", re.M | re.I)
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z /]{1,40}?):(?:[ \t]+|$)")
_PLACE = re.compile(r";|\s\[|\.\s+(?=\d)")
_RANGE = re.compile(rf"(\d{{1,2}})\s*[-/]\s*(?:{_MONTH}\s+)?\d{{1,2}}(?=,\s*(?:19|20)\d\d)")
_HEAD_CHARS = 1 << 20
_RECORD_FIELDS = {"full text", "proquest document id", "publication title"}
_NO_TEXT = "no full text (a ProQuest record of citation and abstract only)"


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    """Label (lower case) -> the article column it fills, or "-" for boilerplate."""
    return {label: column for label, column in data_rows("corpus_proquest_fields.tsv")}


def looks_like(text: str) -> bool:
    """Whether ``text`` is a ProQuest export: its report header, or a record's "ProQuest document
    ID:" field, a number, beside its "Full text:" or "Publication title:" field (near the start: a
    300 MB text is not scanned)."""
    head = text[:_HEAD_CHARS]
    if re.search(r"^[ \t]*Report Information from ProQuest[ \t]*$", head, re.M):
        return True
    # The field's value, a number, tells a record from an article that writes of the field.
    return bool(re.search(r"^[ \t]*ProQuest document ID:[ \t]*\d+[ \t]*$", head, re.M | re.I)
                and re.search(r"^[ \t]*(?:Full text|Publication title):", head, re.M | re.I))


def looks_like_html(raw: str) -> bool:
    """Whether an HTML page is a ProQuest export: its report header opening an element, or a field
    label "ProQuest document ID:" opening one (``<strong>ProQuest document ID: </strong>``) beside
    "Full text:" or "Publication title:" (a save cut before its first record's ID is one too)."""
    head = raw[:_HEAD_CHARS]
    if re.search(r">\s*Report Information from ProQuest\s*<", head):
        return True
    return bool(re.search(r">\s*ProQuest document ID:", head, re.I)
                and re.search(r">\s*(?:Full text|Publication title):", head, re.I))


def read_html(src: Source, raw: str, encoding: Encoding) -> Iterator[dict[str, Any]]:
    """The articles of a ProQuest HTML export, read as its text export."""
    yield from read(src, block_text(raw), encoding, "html (proquest)")


def _label(line: str) -> tuple[str, str] | None:
    """``(label, value)`` of a line opening with a ProQuest field, else None."""
    m = _LABEL.match(line)
    if m is None or m["label"].lower() not in _fields():
        return None
    return m["label"].lower(), line[m.end():].strip()


def _labels(part: str) -> set[str]:
    """The fields of a part of an export, up to its "Full text:" (the article after it, the bulk of
    a record, is not looked through: whether it holds the full text and a record's field is known)."""
    labels: set[str] = set()
    for line in part.splitlines():
        found = _label(line)
        if found is not None:
            labels.add(found[0])
            if found[0] == "full text":
                break
    return labels


def _records(text: str) -> Iterator[str]:
    """The records of an export: the parts between boundaries that hold a record's own field (the
    report header with its search's limits, "Source type: Newspapers", the table of contents, the
    bibliography and the contact block hold none). Where records open at "Document N of M", a part
    after a rule that holds a record's field but no full text is the rest of the record before it,
    cut by rules of underscores in its article: it is joined to it, the rules and any parts between
    them left out."""
    boundaries = list(_BOUNDARY.finditer(text))
    ruled = [False] + [m.group().strip().startswith("_") for m in boundaries]
    numbered = not all(ruled[1:])
    starts = [0] + [m.end() for m in boundaries]
    ends = [m.start() for m in boundaries] + [len(text)]
    record: list[str] = []            # the parts of the record being read
    between: list[str] = []           # parts after it without a field: its article's, if its fields follow
    for start, end, after_rule in zip(starts, ends, ruled):
        part = text[start:end]
        labels = _labels(part)
        if record and numbered and after_rule and "full text" not in labels:
            if labels & _RECORD_FIELDS:
                record += [*between, part]
                between = []
            else:
                between.append(part)
            continue
        if record:
            yield "\n\n".join(record)
        record = [part] if labels & _RECORD_FIELDS else []
        between = []
    if record:
        yield "\n\n".join(record)


def read(src: Source, text: str, encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    """The articles of one ProQuest export, numbered in the order of its records (Document 1, 2
    ...); a record without full text is named in the skip report by that number."""
    yield from src.parsed(_records(text), parse_record, encoding, kind)


_Block = tuple[int, int, list[str], "tuple[str, str] | None"]


def _blocks(record: str) -> list[_Block]:
    """The record's paragraphs: ``(start, end, lines, field)``, offsets into it and the ``(label,
    value)`` of its first line or None. A paragraph is a run of non-blank lines; a line opening
    with a field opens one too (a PDF's text has no blank lines between its fields)."""
    blocks: list[_Block] = []
    start, joined = 0, False          # joined: the line before was a non-blank one
    for raw in record.split("\n"):
        line, end = raw.strip(), start + len(raw)
        field = _label(line) if line else None
        if line and joined and field is None:
            blocks[-1][2].append(line)
            blocks[-1] = (blocks[-1][0], end, blocks[-1][2], blocks[-1][3])
        elif line:
            blocks.append((start + len(raw) - len(raw.lstrip()), end, [line], field))
        start, joined = end + 1, bool(line)
    return blocks


def parse_record(record: str) -> dict[str, Any]:
    """One article's columns (``title``, ``author``, ``outlet``, ``published``, ``section``,
    ``source_id``, ``url``, ``language``, ``credit``, ``text``, ``repairs``: whether it is cut off)
    from its record. Raises
    ``ValueError`` for a record without full text (a citation, or a historical paper's page
    scan with an abstract only)."""
    blocks = _blocks(record)
    labels = [block[3] for block in blocks]
    opening = next((i for i, found in enumerate(labels) if found and found[0] == "full text"), None)
    if opening is None:
        raise ValueError(_NO_TEXT)
    # The closing run: the labelled paragraphs up to the record's end (one last paragraph without
    # a label, a trailer such as "Reproduced with permission ...", may follow them).
    last = len(blocks) - (1 if labels[-1] is None and len(blocks) - 2 > opening and labels[-2] else 0)
    closing = last
    while closing - 1 > opening and labels[closing - 1] is not None:
        closing -= 1
    fields: dict[str, str] = {}
    for i in [*range(opening), *range(closing, last)]:
        if labels[i] is not None:
            label, value = labels[i]
            fields.setdefault(label, " ".join([value, *blocks[i][2][1:]]).strip())
    body_from = blocks[opening][0] + _LABEL.match(blocks[opening][2][0]).end()
    text = record[body_from:blocks[closing - 1][1]].strip()
    if not text:
        raise ValueError(_NO_TEXT)
    row: dict[str, Any] = {column: fields.get(label) or None for label, column in _fields().items()
                           if column not in ("-", "text")}
    headline = next((lines[0] for _, _, lines, found in blocks[:opening] if not found), None)
    row["title"] = row["title"] or headline
    # "The Umberton Gazette; Umberton [Umberton]. 27 Oct 2031: A.3.": the place of publication,
    # the date and the page follow the outlet's name.
    info = fields.get("publication info", "")
    outlet = _PLACE.split(row["outlet"] or info)[0].strip()
    row["outlet"] = outlet or None
    row["author"] = re.sub(r"^by\s+", "", row["author"], flags=re.I) if row["author"] else None
    # A weekly's issue ("Aug 6-12, 2009", "Oct 17-Oct 23, 2007") is dated by its first day.
    given = _RANGE.sub(r"\1", row["published"] or "")
    published = first_date(given) or first_date(_RANGE.sub(r"\1", info))
    # A monthly's "Jun 2008" is read as its first day by the loader; nothing else is guessed at.
    row["published"] = published.isoformat() if published else (given if _MONTH_YEAR.fullmatch(given) else None)
    row["text"] = text
    # A record closes with its index fields: one with none after its text, ending mid-sentence, is
    # where the export was cut.
    row["repairs"] = cut_off(text, "the record's fields") if closing == last == len(blocks) else None
    return row
