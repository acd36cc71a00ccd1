"""Speed and scale of presslens, against the tools a researcher would otherwise run.

``python -m benchmarks`` (``make bench``) times every stage of the analysis on a real corpus
(``../shared/corpora/polnear-train`` when present) or on a deterministic corpus resampled from
real sentences (``--articles N``), and compares, in the same process on the same text, with
NLTK's VADER alone (sentences) and ``dateparser.search.search_dates`` (articles). See
``python -m benchmarks --help``.
"""
