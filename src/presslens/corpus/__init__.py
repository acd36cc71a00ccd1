"""Load a folder of news articles into one table, one row per article.

Formats: plain text (``.txt``), Markdown (``.md``), HTML (``.html``/``.htm``, main text by
trafilatura, which never fetches anything), and record files (``.json``, ``.jsonl``, ``.csv``,
``.tsv``) holding one article per record. A sidecar file named ``metadata.csv`` / ``.tsv`` /
``.json`` / ``.jsonl`` beside plain-text articles adds metadata keyed by file name.

Columns: ``doc_id``, ``title``, ``text`` (the body only), ``published`` (tz-naive Timestamp or
NaT), ``published_source`` (``"metadata"``, ``"inferred"`` or None), ``outlet``, ``url``,
``author``, ``path``, ``caption``, ``credit``, plus any extra scalar metadata.

Bad input never aborts a corpus: with ``errors="skip"`` (the default) each unreadable file or
record is left out and listed, with the reason, in ``df.attrs["skipped"]`` (see :func:`skipped`);
``errors="raise"`` raises :class:`CorpusError` naming the file instead.

One module per reader family (``wire`` plain text, ``records``, ``html``) and shared pieces
(``decoding``, ``skips``, ``walk``, ``metadata``); ``load`` dispatches files to them.

Example::

    >>> articles = load_corpus("data/raw")                    # doctest: +SKIP
    >>> articles[["doc_id", "title", "published"]]            # doctest: +SKIP
"""

from __future__ import annotations

from presslens.corpus.decoding import decode
from presslens.corpus.load import ARTICLE_COLUMNS, load_corpus
from presslens.corpus.skips import CorpusError, skipped
from presslens.corpus.walk import corpus_files
from presslens.corpus.wire import infer_publication_date, parse_wire_text

__all__ = [
    "ARTICLE_COLUMNS",
    "CorpusError",
    "corpus_files",
    "decode",
    "infer_publication_date",
    "load_corpus",
    "parse_wire_text",
    "skipped",
]
