"""HTML pages (``.html``, ``.htm``): the main text and metadata by trafilatura, which never fetches
anything.

Metadata lines the page shows in its text are moved out of the body: a dateline ("Published 12 May
2025, 7:30am", "Posted: Tuesday 4 March 2025 at 14:10 GMT") fills ``published`` when the page's
metadata gives no date (or gives the same day, without the time), an "Updated …" line fills
``updated``, and a byline ("By Tamsin Vale and Orrin Tal") fills ``author`` when the metadata names
nobody. Only lines at the edges of the text (the first six, the last three) that hold nothing else
are taken, so a sentence such as "By Friday the board expects …" stays text.

The outlet comes from the page's metadata, in this order, and ``outlet_source`` says which:
``og:site_name``; ``json-ld`` (the ``publisher`` of a JSON-LD object); ``publisher`` (meta tags
such as ``publisher``, ``dc.publisher``, ``article:publisher`` when not a web address);
``site name`` (what else trafilatura recognises as the site's name: ``application-name``,
``twitter:site``, a domain in the title); then ``url host`` (the host of the page's canonical
address, without ``www.``).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterator
from urllib.parse import urlsplit

from presslens.corpus.wire import _MONTH, _norm
from presslens.datafiles import data_rows

__all__ = ["HTML_SUFFIXES", "MHTML_SUFFIXES", "block_text", "meta_lines", "mhtml_page", "page_outlet", "parse_html"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# A page saved as one file with its images (Chrome's and Edge's "Save as single file", Word's "Web
# archive"): a MIME message whose first HTML part is the page.
MHTML_SUFFIXES = {".mhtml", ".mht"}

# Edges of the extracted text where datelines and bylines stand.
_HEAD_LINES, _TAIL_LINES = 6, 3
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# What a date-and-time line may hold besides its leading word.
_DATE_PIECE = re.compile(
    rf"{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|[ap]\.?m\.?|noon|midnight|on|at|"
    r"GMT|UTC|BST|CES?T|EES?T|[ECMP][SD]?T|AES?T|IST|JST|Z|[+-]\d\d:?\d\d|[\s,.:/|()\-–—]",
    re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]+"
_PARTICLE = r"(?:de|del|der|da|di|du|van|von|le|la|bin|al|ibn|ter)"
_PERSON = rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+)?{_NAME}){{1,3}}"
_BYLINE = re.compile(
    rf"^by\s+(?P<names>{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON})*)"
    r"(?:\s*(?:,|\||-|–|—|\bin\b)\s*[\w .&'’/-]{0,60})?$", re.IGNORECASE)
_NOT_A_NAME = re.compile(rf"^(?:{_WEEKDAY}|{_MONTH}|the|this|next|last|early|late)\b", re.IGNORECASE)
_PUBLISHER_TAGS = ("article:publisher", "publisher", "dc.publisher", "dc:publisher", "dcterms.publisher",
                   "sailthru.publisher", "citation_publisher")


@lru_cache(maxsize=1)
def _line_words() -> list[tuple[re.Pattern, str]]:
    # Longest first, so "last updated" is tried before "updated".
    entries = sorted(((w, f) for w, f in data_rows("corpus_meta_lines.tsv")), key=lambda e: -len(e[0]))
    return [(re.compile(rf"^{re.escape(words)}(?:\s+(?:on|at))?\s*:?\s+(?P<rest>.+)$", re.IGNORECASE), field)
            for words, field in entries]


def _date_only(text: str) -> datetime | None:
    """The date (and time) of a text that holds nothing but a date and time, else ``None``."""
    if not re.search(r"\d", text) or _DATE_PIECE.sub("", text).strip():
        return None
    from dateutil import parser

    try:
        when = parser.parse(text, fuzzy=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None
    return None if when.year == 1 else when.replace(tzinfo=None)


def _byline(line: str) -> str | None:
    m = _BYLINE.match(line.strip())
    if not m or not line.strip()[:2].lower() == "by":
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")) if n.strip()]
    if not names or any(_NOT_A_NAME.match(n) for n in names):
        return None
    return ", ".join(names)


def meta_lines(text: str) -> tuple[str, dict[str, Any]]:
    """``text`` without the metadata lines at its edges (datelines, "Updated …" lines, bylines),
    and what they said: ``published`` and ``updated`` (datetimes), ``author`` (names joined by
    ", "). Lines are kept when they hold anything but that.

    >>> meta_lines("Published 12 May 2025, 7:30am\\nBy Tamsin Vale\\nThe ferry sails.")[1]["author"]
    'Tamsin Vale'
    """
    lines = text.split("\n")
    found: dict[str, Any] = {}
    drop: set[int] = set()
    edges = [*range(min(_HEAD_LINES, len(lines))), *range(max(_HEAD_LINES, len(lines) - _TAIL_LINES), len(lines))]
    for i in edges:
        line = lines[i].strip()
        if not line or len(line) > 120:
            continue
        for pattern, field in _line_words():
            m = pattern.match(line)
            when = _date_only(m.group("rest")) if m else None
            if when is not None:
                found.setdefault(field, when)
                drop.add(i)
                break
        else:
            names = _byline(line)
            if names:
                found.setdefault("author", names)
                drop.add(i)
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop).strip()
    return kept, found


def _json_ld_publishers(tree: Any) -> Iterator[str]:
    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            publisher = node.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                yield publisher["name"]
            elif isinstance(publisher, str):
                yield publisher
            elif isinstance(publisher, list):
                yield from (p["name"] for p in publisher if isinstance(p, dict) and isinstance(p.get("name"), str))
            yield from walk(node.get("@graph"))

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        yield from walk(data)


def _meta(tree: Any, names: tuple[str, ...]) -> Iterator[str]:
    for element in tree.xpath("//meta[@content]"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        if key in names:
            yield element.get("content")


def _plain_name(value: Any) -> str | None:
    # A web address (article:publisher is often a social-media page) is not an outlet's name.
    text = " ".join(str(value or "").split()).lstrip("@")
    return text if text and not re.match(r"^(?:https?:)?//", text, re.IGNORECASE) else None


def page_outlet(tree: Any, sitename: str | None, url: str | None) -> tuple[str | None, str | None]:
    """``(outlet, outlet_source)`` of a page (see the module's docstring for the order)."""
    candidates = (
        ("og:site_name", _meta(tree, ("og:site_name",))),
        ("json-ld", _json_ld_publishers(tree)),
        ("publisher", _meta(tree, _PUBLISHER_TAGS)),
        ("site name", iter([sitename])),
    )
    for source, values in candidates:
        name = next((n for n in map(_plain_name, values) if n), None)
        if name and not (source == "site name" and url and name == _host(url)):
            return name, source
    host = _host(url)
    return (host, "url host") if host else (None, None)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


# Elements that stand on lines of their own in the text an HTML export gives; a table's cells are
# words apart ("Author:" and "Kell, Ida" in two cells of a row are one field).
_BLOCK_TAGS = {"p", "div", "text", "br", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "section", "article", "body", "ul", "ol", "dl", "dt", "dd", "pre"}
_SEPARATORS = {**dict.fromkeys(_BLOCK_TAGS, "\n\n"), "td": " ", "th": " "}
_RULE = "\n\n" + "_" * 60 + "\n\n"
_SPACES = re.compile(r"\s+")


def parse_html(raw: str) -> Any:
    """The lxml tree of an HTML page; ``ValueError`` for a page lxml finds empty (one of comments
    only), which lxml reports with an error of its own the loader would not catch."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(raw)
    except etree.ParserError as exc:
        raise ValueError(f"no HTML content ({exc})") from None


def block_text(raw: str) -> str:
    """The text of a database's HTML export laid out as its text export is: each block element a
    paragraph, a rule of underscores where a horizontal rule or a box ruled at its bottom (a
    ProQuest record's) ends."""
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(parse_html(raw), events=("start", "end")):
        if not isinstance(node.tag, str):          # comments and processing instructions
            if event == "end" and node.tail:
                parts.append(_SPACES.sub(" ", node.tail))
            continue
        tag = node.tag.lower()
        # The page's own line breaks are spaces: paragraphs are the block elements' alone.
        if event == "start":
            if tag in ("script", "style"):
                continue
            parts.append(_SEPARATORS.get(tag, ""))
            parts.append(_SPACES.sub(" ", node.text or ""))
        else:
            ruled = tag == "hr" or re.search(r"border-bottom\s*:\s*[^;]*solid", node.get("style", ""), re.I)
            parts.append(_RULE if ruled else _SEPARATORS.get(tag, ""))
            parts.append(_SPACES.sub(" ", node.tail or ""))
    paragraphs = (p.strip() for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def mhtml_page(data: bytes) -> tuple[bytes, str | None, str | None, str | None]:
    """The HTML of a page saved as MHTML (its first ``text/html`` part, transfer encoding undone),
    the page's address, the time it was saved (the message's ``Date``) and the part's Content-Type
    (its charset). Raises ``ValueError`` for a file holding no HTML part."""
    from email import message_from_bytes, policy

    message = message_from_bytes(data, policy=policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() in ("text/html", "application/xhtml+xml")), None)
    html = part.get_payload(decode=True) if part is not None else None
    if not html:
        raise ValueError("no web page inside (an MHTML file holds its page as a text/html part)")
    url = message.get("Snapshot-Content-Location") or part.get("Content-Location") or message.get("Content-Location")
    return html, url, message.get("Date"), part.get("Content-Type")


def with_address(row: dict[str, Any], url: str | None, saved: str | None) -> dict[str, Any]:
    """A web page's ``row`` completed from where it was fetched or saved from: ``url`` when the page
    names none, the address's host as the outlet when the page names none, and ``crawl_date`` (the
    loader's date of last resort) the time it was fetched or saved."""
    row["url"] = row.get("url") or url
    if not row.get("outlet") and url:
        row["outlet"], row["outlet_source"] = _host(url), "url host"
    row["crawl_date"] = saved
    return row


def _from_html(raw: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        raise ValueError("no main text found in the HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    title, text = get("title"), (get("text") or "").strip()
    first, _, rest = text.partition("\n")
    if title and _norm(first) == _norm(title):
        text = rest.strip()
    text, lines = meta_lines(text)
    published, dateline = get("date"), lines.get("published")
    if dateline is not None and (not published or str(published)[:10] == dateline.date().isoformat()):
        published = dateline  # the page's own line, with its time of day
    tree = trafilatura.load_html(raw)
    outlet, outlet_source = page_outlet(tree, get("sitename"), get("url")) if tree is not None else (None, None)
    return {"title": title, "text": text, "published": published, "updated": lines.get("updated"),
            "author": get("author") or lines.get("author"), "outlet": outlet, "outlet_source": outlet_source,
            "url": get("url"), "caption": None, "credit": None}
