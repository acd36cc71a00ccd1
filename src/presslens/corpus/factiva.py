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
the language and the copyright line, then the text.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from presslens.corpus.decoding import Encoding
from presslens.corpus.html import parse_html
from presslens.corpus.source import Source
from presslens.corpus.wire import _word_list, first_date, first_number

__all__ = ["TAGS", "looks_like", "looks_like_html", "parse_article", "read", "read_html"]

TAGS = ("HD", "CX", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
        "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "NGC", "ART", "GR", "VOL")
_TAG_LINE = re.compile(rf"^(?P<tag>{'|'.join(TAGS)})(?:(?:\t| {{2,}}|[ \t]*\|)[ \t|]*(?P<value>.*?))?[ \t|]*$")
_HTML_TAG = re.compile(r"<td[^>]*>\s*(?:<b>)?\s*(?:HD|AN)\s*(?:</b>)?\s*</td>", re.I)
_BOILERPLATE = re.compile(r"^(?:Document [A-Za-z0-9]{12,}|©.*Factiva.*|\(c\).*Factiva.*)$", re.I)
# The article format: an article's closing accession number, its word count, its copyright line.
_DOCUMENT = re.compile(r"^[ \t]*Document[ \t]+(?P<an>[A-Za-z0-9]{16,})[ \t]*$", re.M)
_WORDS = re.compile(r"(?P<n>\d[\d,.\u00a0]*)\s+words", re.I)
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s*\d)", re.I)
_TIME = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:[AP]M|GMT|ET))?", re.I)
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
    """Whether an HTML page is a Factiva export (tag cells ``<td><b>HD</b></td>``)."""
    return bool(_HTML_TAG.search(raw))


def _text_fields(text: str) -> Iterator[tuple[str, str]]:
    tag, value = None, []
    for line in text.splitlines():
        m = _TAG_LINE.match(line.strip())
        if m:
            if tag:
                yield tag, "\n".join(value).strip()
            tag, value = m["tag"], [m["value"] or ""]
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
    published = first_date(article.get("PD", ""))
    accession = re.sub(r"^Document\s+", "", article.get("AN", "")).strip()
    return {
        "title": article.get("HD") or None,
        "author": re.sub(r"^By\s+", "", article.get("BY", ""), flags=re.I).strip() or None,
        "word_count": first_number(article.get("WC")),
        "published": published.isoformat() if published else article.get("PD") or None,
        "outlet": article.get("SN") or None,
        "section": article.get("SE") or None,
        "source_id": accession or None,
        "language": article.get("LA") or None,
        "text": "\n\n".join(p.strip() for p in paragraphs),
    }


def _read(src: Source, fields: Iterable[tuple[str, str]], encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    # Groups without a headline or text are the export's search summary, not articles.
    articles = (a for a in _grouped(fields) if "HD" in a or {"LP", "TD"} & set(a))
    yield from src.parsed(articles, _row, encoding, kind)


def read(src: Source, text: str, encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    """The articles of a Factiva export given as text (the RTF export, or its text saved otherwise),
    of either layout."""
    if _article_format(text[:_HEAD_CHARS]) and not any(map(_TAG_LINE.match, text[:_HEAD_CHARS].splitlines())):
        yield from src.parsed(_documents(text), parse_article, encoding, kind)
    else:
        yield from _read(src, _text_fields(text), encoding, kind)


def _documents(text: str) -> Iterator[tuple[str, str]]:
    """``(part, accession number)`` of each article of the article format: the text up to its
    "Document ..." line. What follows the last (the export's search summary) is no article."""
    start = 0
    for document in _DOCUMENT.finditer(text):
        yield text[start:document.start()], document["an"]
        start = document.end()


def parse_article(item: tuple[str, str]) -> dict[str, Any]:
    """One article's columns from its part of an export of the article format (see the module's
    docstring) and its accession number. Raises ``ValueError`` for a part without the header."""
    part, accession = item
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", part) if m.group().strip()]
    words = next((i for i, (_, line) in enumerate(lines) if _WORDS.fullmatch(line)), None)
    if not words:
        raise ValueError("no Factiva article header (headline and word count) before its Document line")
    by = re.match(r"^By\s+(.+)$", lines[words - 1][1], re.I)
    title = lines[words - 2][1] if by and words >= 2 else lines[words - 1][1]
    published = first_date(lines[words + 1][1]) if words + 1 < len(lines) else None
    header = lines[words + 2:words + 2 + _HEADER_LINES]
    languages = _word_list("corpus_factiva_languages.txt")
    language = next((line for _, line in header if line.lower() in languages), None)
    # The header ends at the copyright line, or where a source gives none at the language line.
    last = next((i for i, (_, line) in enumerate(header) if _COPYRIGHT.match(line)), None)
    if last is None and language is not None:
        last = next(i for i, (_, line) in enumerate(header) if line == language)
    if last is None:
        raise ValueError("no Factiva article header (no copyright or language line after the word count)")
    fields = [line for _, line in header[:last] if not _TIME.fullmatch(line)]
    body = lines[words + 2 + last + 1:]
    if not body:
        raise ValueError("no article text (a Factiva header without a body)")
    return {
        "title": title,
        "author": by[1].strip() if by else None,
        "word_count": first_number(lines[words][1]),
        "published": published.isoformat() if published else None,
        "outlet": fields[0] if fields else None,
        "source_id": accession,
        "language": language,
        "text": part[body[0][0]:body[-1][0] + len(body[-1][1])].strip(),
    }


def read_html(src: Source, raw: str, encoding: Encoding) -> Iterator[dict[str, Any]]:
    """The articles of a Factiva HTML export."""
    yield from _read(src, _html_fields(raw), encoding, "html (factiva)")
