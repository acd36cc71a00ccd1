"""Factiva exports (``.rtf`` and ``.html``): many articles per file, each a run of tagged fields —
HD headline, BY byline, WC word count, PD date, SN source, SE section, LP lead paragraph, TD text,
CO/IN/NS/RE codes, AN accession number ("Document ..."). The codes and the export's search
summary are database boilerplate; LP and TD are the text.

In the RTF export (text by :mod:`presslens.corpus.documents`) a tag starts its line, followed by a
tab, two spaces, a table-cell bar or nothing (the value on the next lines); in the HTML export
each field is a table row, tag cell then value cell.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from presslens.corpus.decoding import Encoding
from presslens.corpus.source import Source
from presslens.corpus.wire import first_date, first_number

__all__ = ["TAGS", "looks_like", "looks_like_html", "read", "read_html"]

TAGS = ("HD", "CX", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
        "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "NGC", "ART", "GR", "VOL")
_TAG_LINE = re.compile(rf"^(?P<tag>{'|'.join(TAGS)})(?:(?:\t| {{2,}}|[ \t]*\|)[ \t|]*(?P<value>.*?))?[ \t|]*$")
_HTML_TAG = re.compile(r"<td[^>]*>\s*(?:<b>)?\s*(?:HD|AN)\s*(?:</b>)?\s*</td>", re.I)
_BOILERPLATE = re.compile(r"^(?:Document [A-Za-z0-9]{12,}|©.*Factiva.*|\(c\).*Factiva.*)$", re.I)


def looks_like(text: str) -> bool:
    """Whether ``text`` holds Factiva fields: at least three of HD, PD, SN, TD, AN as line tags."""
    found = {m["tag"] for m in map(_TAG_LINE.match, text.splitlines()) if m}
    return len(found & {"HD", "PD", "SN", "TD", "LP", "AN"}) >= 3


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
    import lxml.html

    page = lxml.html.document_fromstring(raw)
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
    """The articles of a Factiva export given as text (the RTF export)."""
    yield from _read(src, _text_fields(text), encoding, kind)


def read_html(src: Source, raw: str, encoding: Encoding) -> Iterator[dict[str, Any]]:
    """The articles of a Factiva HTML export."""
    yield from _read(src, _html_fields(raw), encoding, "html (factiva)")
