"""HTML pages (``.html``, ``.htm``): the main text and metadata by trafilatura, which never fetches
anything."""

from __future__ import annotations

from typing import Any

from presslens.corpus.wire import _norm

__all__ = ["HTML_SUFFIXES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


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
    return {"title": title, "text": text, "published": get("date"),
            "author": get("author"), "outlet": get("sitename"), "url": get("url"),
            "caption": None, "credit": None}
