"""Load a folder of news articles into one table, one row per article.

Formats: plain text (``.txt``), Markdown (``.md``), HTML (``.html``/``.htm``, main text by
trafilatura, which never fetches anything; a page saved as one file, ``.mhtml``/``.mht``), record
files (``.json``, ``.jsonl``, ``.csv``, ``.tsv``) holding one article per record, news-database
exports (Nexis Uni / LexisNexis ``.docx``/``.rtf``/``.pdf``/``.txt``, Factiva ``.rtf``/``.html``
and their text saved as ``.txt``/``.docx``/``.pdf``, ProQuest ``.txt`` and its
``.rtf``/``.docx``/``.pdf``/``.html`` saves; many articles per file), web archives (``.warc``,
``.warc.gz``), article tables (``.parquet``, ``.arrow``/``.feather``) and Excel workbooks
(``.xlsx``, a record per row). A zip or tar archive of such files (a database's bulk download,
``.zip``, ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``) is read in place, each file
inside by its reader, named ``archive.zip/folder/file``; a compressed file of one
(``story.txt.gz``, ``.bz2``, ``.xz``) through the name inside, ``story.txt.gz/story.txt``.
A sidecar file named ``metadata.csv`` / ``.tsv`` / ``.json`` / ``.jsonl`` (without a text
column) beside plain-text articles adds metadata keyed by file name (beside an archive, or inside
it, keyed by the names of its files).

Columns (:data:`ARTICLE_COLUMNS`): ``doc_id``, ``title``, ``text`` (the body only), ``published``
(tz-naive Timestamp or NaT), ``published_source`` (``"metadata"``, ``"inferred"``, ``"crawl"`` or
None), ``updated`` (a web page's "Updated …" line), ``outlet``, ``outlet_source`` (where the outlet
came from: ``"metadata"``, or for web pages ``"og:site_name"``, ``"json-ld"``, ``"publisher"``,
``"site name"``, ``"url host"``), ``url``, ``author``, ``path``, ``caption``, ``credit``, ``section``,
``word_count``, ``source_id`` (a database's accession number), ``record`` (the article's place in
a file holding many), ``format`` (file type and layout, ``"docx (nexis)"``), ``encoding`` and
``repairs`` (how the bytes were decoded and what was mended), ``duplicate_of`` (the doc_id of the
earlier article this one nearly repeats), plus any extra scalar metadata. With ``outlets=`` (the
researcher's names for outlets written under other names), ``outlet_as_written`` keeps each name as
the source wrote it (:mod:`presslens.corpus.outlets`).

Bad input never aborts a corpus: with ``errors="skip"`` (the default) each unreadable file or
record is left out and listed, with the reason: :func:`skipped` gives that report as a table (it is
kept in ``df.attrs["skipped"]`` as records, so ``df.to_parquet`` keeps it); ``errors="raise"``
raises :class:`CorpusError` naming the file instead.

One module per reader family (``wire`` plain text, ``records``, ``html``, ``documents`` with
``nexis``, ``factiva`` and ``proquest`` for database exports, ``warc``, ``tables``) and shared pieces
(``decoding``, ``skips``, ``walk``, ``metadata``, ``source``, ``duplicates``, ``outlets``); ``load``
dispatches files to them, and the files of an archive (``archive``).

Example::

    >>> articles = load_corpus("data/raw")                    # doctest: +SKIP
    >>> articles[["doc_id", "title", "published"]]            # doctest: +SKIP
"""

from __future__ import annotations

from presslens.corpus.decoding import decode
from presslens.corpus.duplicates import duplicate_summary
from presslens.corpus.load import ARTICLE_COLUMNS, NO_OUTLET, fill_dates, load_corpus
from presslens.corpus.outlets import look_alike_outlets
from presslens.corpus.records import table_columns
from presslens.corpus.skips import SKIP_COLUMNS, CorpusError, skipped
from presslens.corpus.walk import corpus_files
from presslens.corpus.wire import infer_publication_date, parse_wire_text

__all__ = [
    "ARTICLE_COLUMNS",
    "NO_OUTLET",
    "SKIP_COLUMNS",
    "CorpusError",
    "corpus_files",
    "decode",
    "duplicate_summary",
    "fill_dates",
    "infer_publication_date",
    "load_corpus",
    "look_alike_outlets",
    "parse_wire_text",
    "skipped",
    "table_columns",
]
