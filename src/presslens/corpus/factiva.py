"""Factiva exports (``.rtf``, ``.html``, and the same saved as ``.txt``, ``.docx`` or ``.pdf``):
many articles per file, in one of two layouts.

"Full Article/Report plus Indexing": each article a run of tagged fields — HD headline, BY byline,
WC word count, PD date, SN source, SE section, LP lead paragraph, TD text, CO/IN/NS/RE codes, AN
accession number ("Document ..."). The codes and the export's search summary are database
boilerplate; LP and TD are the text. In the RTF export (text by :mod:`presslens.corpus.documents`)
a tag starts its line, followed by a tab, two spaces, a table-cell bar or nothing (the value on the
next lines); in the HTML export each field is a table row, tag cell then value cell.

"Full Article/Report" (the article format, without tags): each article ends with its accession
number's line ("Document NORDCO0020311027ebar0001x"); its header is the headline, the byline
("By ..."), the word count ("412 words"), the date, a time, the source's name and code, a page,
the language and the copyright line, then the text. Saved as HTML, the same header is a run of
``<div>`` blocks and the text ``<p class="articleParagraph">`` paragraphs: read as its text.

Factiva's interface in German, French or Spanish writes the same codes, but its own words around
the values: "412 Wörter" / "mots" / "palabras", "Von" / "Par" / "Por" before the byline,
"Dokument" / "Documento" before the accession number (``data/corpus_factiva_interface.tsv``), and
dates with its months ("27 Oktober 2031", ``data/corpus_months.txt``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable, Iterator

from presslens.corpus.decoding import Encoding
from presslens.corpus.html import block_text, parse_html
from presslens.corpus.source import Source, cut_off
from presslens.corpus.wire import first_local_date, first_number
from presslens.datafiles import data_rows, data_words

__all__ = ["TAGS", "looks_like", "looks_like_html", "parse_article", "read", "read_html"]

# Factiva's field tags ("Custom Search Fields" in its help: CLM the column's name, ART a graphic's
# caption, CR the credit, RF notes, CX a correction).
TAGS = ("HD", "CX", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
        "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "NGC", "ART", "GR", "VOL", "CLM")
_TAG_LINE = re.compile(rf"^(?P<tag>{'|'.join(TAGS)})(?:(?:\t| {{2,}}|[ \t]*\|)[ \t|]*(?P<value>.*?))?[ \t|]*$")
_HTML_TAG = re.compile(r"<td[^>]*>\s*(?:<b>)?\s*(?:HD|AN)\s*(?:</b>)?\s*</td>", re.I)


def _words(what: str) -> str:
    """The interface's words for ``what`` ("words", "document") as a regular expression."""
    return "|".join(re.escape(word) for kind, word in data_rows("corpus_factiva_interface.tsv") if kind == what)


_BOILERPLATE = re.compile(rf"^(?:(?:{_words('document')}) [A-Za-z0-9]{{12,}}|©.*Factiva.*|\(c\).*Factiva.*)$",
                          re.I)
# The article format: an article's closing accession number, its word count, its copyright line.
_DOCUMENT = re.compile(rf"^[ \t]*(?:{_words('document')})[ \t]+(?P<an>[A-Za-z0-9]{{16,}})[ \t]*$", re.M)
_WORDS = re.compile(rf"(?P<n>\d[\d,.\u00a0]*)\s+(?:{_words('words')})", re.I)
_BY = re.compile(rf"^(?:{_words('byline')})\s+", re.I)
# The article format saved as HTML: an accession number's block, and a word count's.
_HTML_DOCUMENT = re.compile(rf">\s*(?:{_words('document')})\s+[A-Za-z0-9]{{16,}}\s*<", re.I)
_HTML_WORDS = re.compile(rf">\s*\d[\d,.\u00a0]*\s+(?:{_words('words')})\s*<", re.I)
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s*\d)", re.I)
# The header of each page of an export (the RTF and PDF exports print it at every page's top, in the
# interface's language: "Page 2 of 5 © 2031 Factiva, Inc. All rights reserved."), a page break
# that may fall inside an article's text.
_PAGE_HEADER = re.compile(r"^[ \t]*[^\W\d_]+\s+\d+\s+[^\W\d_]+\s+\d+\s+(?:©|\(c\))\s*\d{4}\s+Factiva\b.*\n?",
                          re.M | re.I)
_TIME = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:[AP]M|GMT|ET))?", re.I)
# A time of day as Factiva writes it (the ET field, the article format's line after the date): "10:45",
# "10:45 AM", "14:05 GMT"; its zone, where written, is left out, as the loader keeps a time where written.
_CLOCK = re.compile(r"\s*(\d{1,2})[:.](\d\d)(?:\s*([AP])\.?M\.?)?(?:\s*(?:GMT|ET|[A-Z]{2,4}))?\s*", re.I)
_HEAD_CHARS = 1 << 20
_HEADER_LINES = 12


def looks_like(text: str) -> bool:
    """Whether ``text`` is a Factiva export (near its start: a 300 MB text is not scanned): at
    least three of HD, PD, SN, TD, AN as line tags, or an article's word count line followed by
    its accession number's line."""
    head = text[:_HEAD_CHARS]
    found = {m["tag"] for m in map(_TAG_LINE.match, head.splitlines()) if m}
    return len(found & {"HD", "PD", "SN", "TD", "LP", "AN"}) >= 3 or _article_format(head)


def _article_format(text: str) -> bool:
    document = _DOCUMENT.search(text)
    return bool(document and re.search(rf"^[ \t]*{_WORDS.pattern}[ \t]*$", text[:document.start()], re.M | re.I))


def looks_like_html(raw: str) -> bool:
    """Whether an HTML page is a Factiva export: tag cells (``<td><b>HD</b></td>``), or the
    article format's blocks (a word count's and an accession number's) laid out as its text is."""
    if _HTML_TAG.search(raw):
        return True
    return bool(_HTML_DOCUMENT.search(raw) and _HTML_WORDS.search(raw) and _article_format(block_text(raw)))


def _text_fields(text: str) -> Iterator[tuple[str, str]]:
    tag, value = None, []
    for line in text.splitlines():
        m = _TAG_LINE.match(line.strip())
        if m:
            if tag:
                yield tag, "\n".join(value).strip()
            tag, value = m["tag"], [m["value"] or ""]
        elif tag == "AN":
            # The accession number, one word, closes a record: what follows up to the next tag (the
            # export's search summary after the last record) is no article's.
            continue
        elif tag:
            value.append(line.strip().strip("|").strip())
    if tag:
        yield tag, "\n".join(value).strip()


def _html_fields(raw: str) -> Iterator[tuple[str, str]]:
    page = parse_html(raw)
    for row in page.iter("tr"):
        cells = row.findall("td")
        if len(cells) < 2:
            continue
        tag = cells[0].text_content().strip()
        if tag in TAGS:
            paragraphs = [p.text_content().strip() for p in cells[1].iter("p")]
            yield tag, "\n\n".join(p for p in paragraphs if p) or cells[1].text_content().strip()


def _grouped(fields: Iterable[tuple[str, str]]) -> Iterator[dict[str, str]]:
    """Fields grouped into articles: a new HD starts the next one."""
    article: dict[str, str] = {}
    for tag, value in fields:
        if tag == "HD" and "HD" in article:
            yield article
            article = {}
        article[tag] = f"{article[tag]}\n\n{value}" if tag in article else value
    if article:
        yield article


def _row(article: dict[str, str]) -> dict[str, Any]:
    paragraphs = [p for part in (article.get("LP", ""), article.get("TD", ""))
                  for p in re.split(r"\n\s*\n|\n", part) if p.strip() and not _BOILERPLATE.match(p.strip())]
    if not paragraphs:
        raise ValueError("no article text (a Factiva record without LP or TD)")
    published = first_local_date(article.get("PD", ""))
    accession = re.sub(rf"^(?:{_words('document')})\s+", "", article.get("AN", ""), flags=re.I).strip()
    return {
        "title": article.get("HD") or None,
        "author": _BY.sub("", article.get("BY", "")).strip() or None,
        "word_count": first_number(article.get("WC")),
        "published": _published(published, article.get("ET"), article.get("PD")),
        "outlet": article.get("SN") or None,
        "section": article.get("SE") or None,
        "source_id": accession or None,
        "language": article.get("LA") or None,
        "caption": article.get("ART") or None,
        "credit": article.get("CR") or None,
        "text": "\n\n".join(p.strip() for p in paragraphs),
        # A record closes with its accession number: one without, ending mid-sentence, was cut.
        "repairs": None if accession else cut_off(paragraphs[-1].strip(), "its AN field"),
    }


def _published(day: date | None, time: str | None, written: str | None) -> str | None:
    """The publication moment of a record: ``day`` at the time of day ``time`` writes (Factiva's ET
    field, or the line after the date: "10:45 AM"), left at the day where none is given or it is no
    time; ``written`` (the date field as given) where ``day`` is none."""
    if day is None:
        return written or None
    clock = _CLOCK.fullmatch(time or "")
    if clock is None:
        return day.isoformat()
    hour, minute = int(clock[1]), int(clock[2])
    if clock[3]:
        hour = hour % 12 + 12 * (clock[3].upper() == "P") if 1 <= hour <= 12 else 99
    if hour > 23 or minute > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _read(src: Source, fields: Iterable[tuple[str, str]], encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    # Groups without a headline or text are the export's search summary, not articles.
    articles = (a for a in _grouped(fields) if "HD" in a or {"LP", "TD"} & set(a))
    yield from src.parsed(articles, _row, encoding, kind)


def read(src: Source, text: str, encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    """The articles of a Factiva export given as text (the RTF export, or its text saved otherwise),
    of either layout; the pages' headers are left out, also where a page breaks an article."""
    text = _PAGE_HEADER.sub("", text)
    if _article_format(text[:_HEAD_CHARS]) and not any(map(_TAG_LINE.match, text[:_HEAD_CHARS].splitlines())):
        yield from src.parsed(_documents(text), parse_article, encoding, kind)
    else:
        yield from _read(src, _text_fields(text), encoding, kind)


def _documents(text: str) -> Iterator[tuple[str, str]]:
    """``(part, accession number)`` of each article of the article format: the text up to its
    "Document ..." line. What follows the last (the export's search summary) is no article, unless it
    holds an article's header (a word count's line): an export cut off inside its last article,
    whose accession number is None."""
    start = 0
    for document in _DOCUMENT.finditer(text):
        yield text[start:document.start()], document["an"]
        start = document.end()
    # An article after the last, with its header but no Document line: the export was cut inside it.
    rest = text[start:]
    if re.search(rf"^[ \t]*{_WORDS.pattern}[ \t]*$", rest, re.M | re.I):
        yield rest, None


def parse_article(item: tuple[str, str | None]) -> dict[str, Any]:
    """One article's columns from its part of an export of the article format (see the module's
    docstring) and its accession number (None for an article the export was cut inside, said in
    ``repairs`` where its text ends mid-sentence). Raises ``ValueError`` for a part without the
    header."""
    part, accession = item
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", part) if m.group().strip()]
    words = next((i for i, (_, line) in enumerate(lines) if _WORDS.fullmatch(line)), None)
    if not words:
        raise ValueError("no Factiva article header (headline and word count) before its Document line")
    by = re.match(rf"{_BY.pattern}(.+)$", lines[words - 1][1], re.I)
    title = lines[words - 2][1] if by and words >= 2 else lines[words - 1][1]
    published = first_local_date(lines[words + 1][1]) if words + 1 < len(lines) else None
    header = lines[words + 2:words + 2 + _HEADER_LINES]
    languages = data_words("corpus_factiva_languages.txt")
    language = next((line for _, line in header if line.lower() in languages), None)
    # The header ends at the copyright line, or where a source gives none at the language line.
    last = next((i for i, (_, line) in enumerate(header) if _COPYRIGHT.match(line)), None)
    if last is None and language is not None:
        last = next(i for i, (_, line) in enumerate(header) if line == language)
    if last is None:
        raise ValueError("no Factiva article header (no copyright or language line after the word count)")
    fields = [line for _, line in header[:last] if not _TIME.fullmatch(line)]
    time = next((line for _, line in header[:last] if _TIME.fullmatch(line)), None)
    body = lines[words + 2 + last + 1:]
    if not body:
        raise ValueError("no article text (a Factiva header without a body)")
    text = part[body[0][0]:body[-1][0] + len(body[-1][1])].strip()
    return {
        "title": title,
        "author": by[1].strip() if by else None,
        "word_count": first_number(lines[words][1]),
        "published": _published(published, time, None),
        "outlet": fields[0] if fields else None,
        "source_id": accession,
        "language": language,
        "text": text,
        "repairs": None if accession else cut_off(text, "its Document line"),
    }


def read_html(src: Source, raw: str, encoding: Encoding) -> Iterator[dict[str, Any]]:
    """The articles of a Factiva HTML export: tagged, or the article format (read as its text)."""
    if _HTML_TAG.search(raw):
        yield from _read(src, _html_fields(raw), encoding, "html (factiva)")
    else:
        yield from src.parsed(_documents(block_text(raw)), parse_article, encoding, "html (factiva)")
