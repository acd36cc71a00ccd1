"""Nexis Uni / LexisNexis exports: many articles in one document, each a header block (headline,
outlet, date line, ``Length:``, ``Byline:``, ``Section:``), the body (after ``Body`` in Nexis Uni
exports), then trailing blocks (``Classification``, ``Load-Date:``, ``Language:`` ...) that are
database boilerplate, not text.

Two layouts: Nexis Uni (``.docx``/``.rtf``/``.pdf``; articles end with "End of Document"; the
headline comes first, then the outlet and the date) and the older LexisNexis text export
(``.txt``; each article starts "1 of 250 DOCUMENTS"; the outlet and date come first, then the
headline, and header fields are in capitals, ``BYLINE:``). The text comes from the container
readers in :mod:`presslens.corpus.documents` (or a decoded ``.txt``).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterator

from presslens.corpus.decoding import Encoding
from presslens.corpus.source import Source, cut_off
from presslens.corpus.wire import _MONTH_YEAR, first_date, first_local_date, first_number, time_of_day
from presslens.datafiles import data_rows

__all__ = ["cover_only", "looks_like", "looks_like_html", "parse_article", "read"]

_DOC_END = re.compile(r"^[ \t]*End of Document[ \t]*$", re.M | re.I)
_BODY = re.compile(r"^[ \t]*Body[ \t]*$", re.M | re.I)
_OLD_START = re.compile(r"^[ \t]*\d+ of \d+ DOCUMENTS?[ \t]*$", re.M | re.I)
_LABEL = re.compile(r"^(?P<key>[A-Za-z][A-Za-z\-]{1,30}):[ \t]*(?P<value>.*)$")
_HEAD = {"section", "length", "byline", "dateline", "headline", "highlight", "edition", "author"}
_TAIL = {"load-date", "language", "publication-type", "journal-code", "subject", "organization",
         "geographic", "person", "industry", "company", "ticker", "graphic", "notes", "country",
         "correction-date", "document-type", "url", "type", "city", "state", "classification"}
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s)", re.I)
_HEAD_CHARS = 1 << 20
# Headings alone on their line: "Body" opens the text; "Graphic" (the photo's caption, Nexis Uni),
# "Classification" and "Bibliography" follow it.
_BLOCK_WORDS = {"body", "classification", "bibliography", "graphic"}
# "Notes" (a correction or an editor's note, Nexis Uni) heads a block after the text too; a column's
# subhead "Notes" heads the rest of its text, longer than a note.
_NOTE_LINES = 3
# A paper's edition, a line of the header ("Final Edition", "Edition 1; National Edition").
_EDITION = re.compile(r"^(?:\S+\s+){0,4}edition\b(?:\s*\S+){0,3}$", re.I)
_CONTENTS = re.compile(r"^(?:\d{1,4}\.(?P<alone>$)?\s*.*|Documents?\s*\(\d+\))$")


def looks_like(text: str) -> bool:
    """Whether ``text`` is a Nexis export: "End of Document" separators, "N of M DOCUMENTS"
    headers, or the ``Length:`` and ``Load-Date:`` fields of one article."""
    # The first article's fields and separator lie near the start (a 300 MB text is not scanned).
    head = text[:_HEAD_CHARS]
    if _DOC_END.search(head) or _OLD_START.search(head[:5000]):
        return True
    return bool(re.search(r"^Length:\s*\d", head, re.M | re.I) and re.search(r"^Load-Date:", head, re.M | re.I))


def looks_like_html(raw: str) -> bool:
    """Whether an HTML page is a LexisNexis export (LexisNexis Academic's HTML download): an element
    holding "1 of 161 DOCUMENTS" or "End of Document" alone, near the start."""
    return bool(re.search(r">\s*(?:\d+ of \d+ DOCUMENTS?|End of Document)\s*<", raw[:_HEAD_CHARS], re.I))


def _articles(text: str) -> Iterator[str]:
    heads = list(_OLD_START.finditer(text))
    if heads:
        bounds = [(m.end(), n.start()) for m, n in zip(heads, heads[1:])] + [(heads[-1].end(), len(text))]
    else:
        # Articles end at "End of Document"; the last may lack it.
        ends = [m.start() for m in _DOC_END.finditer(text)] + [len(text)]
        starts = [0] + [m.end() for m in _DOC_END.finditer(text)]
        bounds = []
        for a, b in zip(starts, ends):
            if bounds and _BODY.search(text[bounds[-1][0]:bounds[-1][1]]) and not _BODY.search(text[a:b]) \
                    and not any(map(_head_field, text[a:b].split("\n"))):
                # No heading "Body" and no header field after an article that has them: the rest of
                # it, whose text holds a line "End of Document" of its own.
                bounds[-1] = (bounds[-1][0], b)
            else:
                bounds.append((a, b))
    return (text[a:b] for a, b in bounds if text[a:b].strip())


def read(src: Source, text: str, encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    """The articles of one Nexis export; an article without a body is named in the skip report
    by its number in the file."""
    yield from src.parsed(_articles(text), parse_article, encoding, kind)


@lru_cache(maxsize=1)
def _cover_labels() -> dict[str, str]:
    """Label of a cover page's line -> "opens", "within" or "table" (``data/corpus_nexis_cover.tsv``)."""
    return {label: kind for label, kind in data_rows("corpus_nexis_cover.tsv")}


def _cover_label(line: str) -> str | None:
    """The kind of cover page field ``line`` is (see :func:`_cover_labels`), or None. A label that
    opens a cover page is one with its colon ("Job Number: 123"); the others may stand alone or
    before the cells of their table's row ("Content Type Narrowed by")."""
    low = line.lower()
    for label, kind in _cover_labels().items():
        if not low.startswith(label):
            continue
        after = low[len(label):]
        if after.lstrip().startswith(":") or (kind != "opens" and after[:1] in ("", " ")):
            return kind
    return None


def _cover_end(lines: list[tuple[int, str]]) -> int:
    """How many of a part's first lines are the cover page of a Nexis Uni download (none when it
    does not open with one): up to its last field or listed title before the first article's
    header (a date line, a header field or "Body")."""
    end = 0
    for i, (_, line) in enumerate(lines):
        kind = _cover_label(line)
        contents = _CONTENTS.match(line) if end else None
        if kind == "opens" or (end and (kind or contents)):
            # A title listed as "1." on a line of its own, and the narrowing table's row, are on
            # the next line.
            alone = kind == "table" or (contents is not None and contents["alone"] is not None)
            end = max(end, i + 1 + alone)
        elif not end and i >= 3:
            return 0
        elif i >= end and ((len(line) < 80 and first_date(line)) or line.lower() == "body" or _head_field(line)):
            break
    return end


COVER_ONLY = ("a Nexis Uni cover page and document list alone (the _doclist file a download saved as separate "
              "files puts beside them), no article: the articles are the download's other files")


def cover_only(text: str) -> bool:
    """Whether ``text`` is a Nexis Uni cover page and nothing more (the document list a download of
    separate files holds, ``..._doclist.docx``): it opens with a cover page (:func:`_cover_end`),
    and no article's "Body" heading, header field or "End of Document" follows; such a file would
    otherwise be read as one article titled "User Name: ..."."""
    first = [line.strip() for line in text[:4096].splitlines() if line.strip()][:3]
    if not any(_cover_label(line) == "opens" for line in first):
        return False                  # most texts: not split into lines further
    lines = [(0, line.strip()) for line in text[:_HEAD_CHARS].splitlines() if line.strip()]
    end = _cover_end(lines)
    return bool(end) and not any(line.lower() in ("body", "end of document") or _head_field(line)
                                 for _, line in lines[end:])


def _head_field(line: str) -> bool:
    label = _LABEL.match(line.strip())
    return bool(label) and label["key"].lower() in _HEAD


def parse_article(chunk: str) -> dict[str, Any]:
    """One article's columns (``title``, ``outlet``, ``published``, ``author``, ``section``,
    ``word_count``, ``text`` (without a Notes block), ``caption`` (the Graphic block's), ``repairs``
    (whether it is cut off)) from its part of an export; a download's cover page before the first
    article is left out. Raises ``ValueError`` without a body."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", chunk) if m.group().strip()]
    lines = lines[_cover_end(lines):]
    fields: dict[str, str] = {}
    head: list[str] = []
    start = last = None
    body = next((i for i, (_, line) in enumerate(lines) if line.lower() == "body"), None)
    for i, (_, line) in enumerate(lines):
        label = _LABEL.match(line)
        key = label["key"].lower() if label else line.lower()
        if key == "body":
            start = i + 1
            break
        if label and key in _HEAD:
            fields.setdefault(key, label["value"].strip())
            start, last = i + 1, key
        elif (label and key in _TAIL) or key in _BLOCK_WORDS:
            break
        elif last is not None and body is not None and i < body:
            # Before the Body heading, a line without a field goes on with the field before it (a
            # Highlight of two paragraphs; a copyright line there is no part of it): taken for the
            # text, it had the article cut to it.
            if not _COPYRIGHT.match(line):
                fields[last] = f"{fields[last]} {line}".strip()
            start = i + 1
        elif start is not None:
            break                     # the header block ends at its first line without a field
        elif not _COPYRIGHT.match(line):
            head.append(line)
    # The date line: a full date, in English or in the paper's language as Nexis keeps it ("Montag
    # 27. Oktober 2031"), or a monthly's month and year ("October 2031").
    dated = next((i for i, line in enumerate(head)
                  if len(line) < 80 and (first_local_date(line) or _MONTH_YEAR.fullmatch(line))), None)
    if start is None:
        # Neither a Body line nor header fields: the body follows the date line and a headline.
        start = (dated or 0) + 2 if dated is not None else 1
    end = start
    while end < len(lines):
        label = _LABEL.match(lines[end][1])
        key = label["key"].lower() if label else lines[end][1].lower()
        if (label and key in _TAIL) or key in _BLOCK_WORDS:
            break
        if key == "notes" and len(_block(lines[end:], "notes")) <= _NOTE_LINES:
            break
        end += 1
    while end > start and _COPYRIGHT.match(lines[end - 1][1]):
        end -= 1
    if end <= start:
        raise ValueError("no article text (a Nexis header without a body)")
    caption = " ".join(_block(lines[end:], "graphic")) or _field(chunk, "graphic") or None
    title = outlet = None
    before, after = (head[:dated], head[dated + 1:]) if dated is not None else (head[:1], head[1:2])
    if dated is None:
        title, outlet = (before[0] if before else None), (after[0] if after else None)
    elif len(before) >= 2:
        title, outlet = " ".join(before[:-1]), before[-1]
    elif before:
        # The older layout: the outlet, the date, the paper's edition, then the headline.
        titled = [line for line in after if not _EDITION.match(line)] or after
        outlet, title = before[0], (titled[0] if titled else None)
    found = first_local_date(head[dated]) if dated is not None else first_date(_field(chunk, "load-date"))
    # A web or wire item's date line holds its time ("October 27, 2031 Monday 5:30 PM EST"): kept,
    # as written.
    clock = time_of_day(head[dated]) if found and dated is not None else None
    # A monthly's "October 2031" stays as it is: the loader reads it as the month's first day.
    published = (datetime.combine(found, clock) if clock else found).isoformat() if found \
        else head[dated] if dated is not None else None
    body_from = lines[start][0]
    body_to = lines[end - 1][0] + len(lines[end - 1][1])
    text = chunk[body_from:body_to].strip()
    # Every article of an export closes with its Load-Date (and "End of Document"): one without
    # any trailing field, ending mid-sentence, is where the export was cut.
    repairs = cut_off(text, "its Load-Date and End of Document") if end == len(lines) else None
    return {
        "title": fields.get("headline") or title,
        "outlet": outlet,
        "published": published,
        "author": _byline(fields.get("byline") or fields.get("author")),
        "section": fields.get("section") or None,
        "word_count": first_number(fields.get("length")),
        "text": text,
        "caption": caption,
        "repairs": repairs,
    }


def _block(lines: list[tuple[int, str]], heading: str) -> list[str]:
    """The lines under the first ``heading`` alone on its line among ``lines`` (the trailing blocks
    of a Nexis Uni article: "Graphic", the photo's caption; "Notes"), up to the next heading or
    trailing field; none where no such heading is there."""
    at = next((i for i, (_, line) in enumerate(lines) if line.lower() == heading), None)
    block: list[str] = []
    for _, line in lines[at + 1:] if at is not None else ():
        label = _LABEL.match(line)
        if (label and label["key"].lower() in _TAIL) or line.lower() in _BLOCK_WORDS | {"notes"}:
            break
        block.append(line)
    return block


def _field(chunk: str, key: str) -> str:
    m = re.search(rf"^{re.escape(key)}:[ \t]*(.*)$", chunk, re.M | re.I)
    return m.group(1) if m else ""


def _byline(value: str | None) -> str | None:
    return re.sub(r"^by\s+", "", value.strip(), flags=re.I) if value else None
