"""Quote attribution: who said what, how, and who gets a voice.

- :func:`extract_quotes` (``quotes.extract``): direct, mixed and indirect quotes with speakers;
- :func:`speakers`, :func:`quoted_sources`, :func:`in_context`, :func:`of_kinds` (``quotes.speakers``): who is
  quoted how much, per outlet, which of them are sources (the author apart), each quote in its context, and
  the rows of some kinds;
- :func:`evaluate`, :func:`read_brat`, :func:`evaluate_polnear` (``quotes.evaluate``): scores
  against brat-style Source/Cue/Content gold.

Example::

    >>> from presslens import corpus, quotes                    # doctest: +SKIP
    >>> q = quotes.extract_quotes(corpus.load_corpus("data/raw"))  # doctest: +SKIP
    >>> quotes.speakers(q)                                      # doctest: +SKIP
"""

from presslens.quotes.evaluate import GOLD_COLUMNS, evaluate, evaluate_polnear, read_brat
from presslens.quotes.extract import QUOTE_COLUMNS, extract_quotes
from presslens.quotes.speakers import (QUOTE_KINDS, SPEAKER_COLUMNS, UNRESOLVED_SPEAKER, in_context, of_kinds,
                                      quoted_sources, speakers)

__all__ = ["GOLD_COLUMNS", "QUOTE_COLUMNS", "QUOTE_KINDS", "SPEAKER_COLUMNS", "UNRESOLVED_SPEAKER", "evaluate",
           "evaluate_polnear", "extract_quotes", "in_context", "of_kinds", "quoted_sources", "read_brat", "speakers"]
