"""Checking presslens on your own corpus: coding sheets, scores and agreement.

Draw a reproducible random sample of presslens's decisions (:func:`draw_sample`, and
:func:`draw_recall_sample` for what it missed), write it as a spreadsheet for people to code
(:func:`write_sheet`), read the coded copies back (:func:`read_sheet`) and score them
(:func:`score_sheets`: precision and recall with 95% intervals, confusion tables, Krippendorff's
alpha). ``presslens validate sample|score`` does the same from the command line
(:mod:`presslens.validation.cli`).

Example::

    >>> from presslens import validation
    >>> sheet = validation.draw_sample("data/raw", what="quotes", n=100, seed=0)   # doctest: +SKIP
    >>> validation.write_sheet(sheet, "quotes.xlsx")                               # doctest: +SKIP
    >>> validation.score_sheets(["quotes-ann.xlsx", "quotes-bo.xlsx"])["table"]    # doctest: +SKIP
"""

from presslens._lazy import lazy_exports

# Loaded on first use, so that ``presslens --help`` (whose parser lists ``validate``) stays quick.
_EXPORTS = {
    **dict.fromkeys(("agreement", "confusion", "precision", "recall", "score_sheets", "write_scores"),
                    "scoring"),
    **dict.fromkeys(("FIELDS", "LABELS", "WHATS", "SheetError", "draw_recall_sample", "draw_sample",
                     "label_counts", "machine_items", "parse_correction", "read_sheet", "write_sheet"),
                    "sheets"),
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
