"""presslens: research notebooks for news coverage — sentiment, quote attribution and timelines.

The public functions are importable from the top level; each lives in the module of its stage
(``corpus`` → ``text`` → ``entities`` → ``sentiment`` / ``quotes`` / ``timeline`` → ``plots`` →
``run``). They are loaded on first use, so ``import presslens`` stays cheap.

Example::

    >>> import presslens
    >>> articles = presslens.load_corpus("data/raw")          # doctest: +SKIP
    >>> quotes = presslens.extract_quotes(articles)           # doctest: +SKIP
"""

from __future__ import annotations

from presslens._lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    "load_corpus": "corpus",
    "skipped": "corpus",
    "split_sentences": "text",
    "tokenize": "text",
    "span_tokenize": "text",
    "words": "text",
    "find_mentions": "entities",
    "link_aliases": "entities",
    "score_text": "sentiment",
    "score_sentences": "sentiment",
    "score_target": "sentiment",
    "article_tone": "sentiment",
    "paragraph_tone": "sentiment",
    "tone_by": "sentiment",
    "entity_summary": "sentiment",
    "entity_sentiment": "sentiment",
    "speaker_tone": "sentiment",
    "extract_quotes": "quotes",
    "speakers": "quotes",
    "in_context": "quotes",
    "extract_timexes": "timeline",
    "extract_events": "timeline",
    "build_timeline": "timeline",
    "filter_timeline": "timeline",
    "analyse": "pipeline",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
