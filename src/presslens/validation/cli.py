"""``presslens validate sample|score``: coding sheets from the command line.

::

    presslens validate sample CORPUS --what quotes --n 100 --seed 0 [--stratify outlet] \\
        [--recall 50] --out sheet.xlsx
    presslens validate score SHEET [SHEET ...] [--adjudicator CODER]

``sample`` writes the precision sheet to ``--out`` and, unless ``--recall 0``, a recall sheet
beside it (``NAME.recall.xlsx``). ``score`` reads the coded sheets (one per coder, or one with a
``coder`` column) and writes ``NAME.scores.csv``, ``NAME.confusion.csv`` and ``NAME.scores.json``
beside the first one, and prints the table. Exit codes: 0 ok, 2 bad arguments or an unreadable
sheet (one line naming file, row and column).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_parser", "main"]

EXIT_USAGE = 2


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``validate`` with its ``sample`` and ``score`` commands to the subparsers of the
    ``presslens`` command line; the parsed arguments carry ``handler`` (this module's :func:`main`)."""
    validate = commands.add_parser("validate", help="coding sheets: draw a sample to check by hand, "
                                                    "score the coded sheets",
                                   description="Check presslens on your own corpus: draw a random "
                                               "sample of its decisions as a coding sheet, then score "
                                               "the sheets people coded.")
    steps = validate.add_subparsers(dest="step", required=True)
    sample = steps.add_parser("sample", help="write a coding sheet of random machine decisions",
                              description="Write a precision sheet (one machine decision per row) and "
                                          "a recall sheet (random sentences with the machine's items).")
    sample.add_argument("corpus", help="folder or file of articles")
    sample.add_argument("--what", choices=("quotes", "portrayal", "timexes"), default="quotes",
                        help="which decisions to sample (default: quotes)")
    sample.add_argument("--n", type=int, default=100, help="items on the precision sheet (default 100)")
    sample.add_argument("--recall", type=int, default=50, metavar="N",
                        help="sentences on the recall sheet NAME.recall.EXT (default 50; 0: none)")
    sample.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    sample.add_argument("--stratify", metavar="COLUMN", help="equal shares per value of an article "
                                                             "or item column, e.g. outlet")
    sample.add_argument("--publication-date", metavar="YYYY-MM-DD",
                        help="anchor for relative dates when the articles carry none")
    sample.add_argument("--out", required=True, metavar="SHEET", help="sheet.csv or sheet.xlsx")
    score = steps.add_parser("score", help="score coded sheets: precision, recall, agreement",
                             description="Precision and recall with 95% Wilson intervals, "
                                         "confusion tables, and Krippendorff's alpha between "
                                         "coders; written beside the first sheet.")
    score.add_argument("sheets", nargs="+", metavar="SHEET", help="coded .csv or .xlsx sheets")
    score.add_argument("--adjudicator", metavar="CODER", help="the coder whose sheet settles the items the "
                                                              "other coders tie on (not counted in alpha)")
    validate.set_defaults(handler=main)
    return validate


def _sample(args: argparse.Namespace) -> int:
    from presslens.corpus import load_corpus
    from presslens.io import resolve_path
    from presslens.validation.sheets import draw_recall_sample, draw_sample, write_sheet

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"--out must end in .csv or .xlsx, not {out.name!r}")
    if args.n < 0 or args.recall < 0:
        raise ValueError("--n and --recall must be 0 or more")
    path = resolve_path(args.corpus)
    if not path.exists():
        raise ValueError(f"corpus not found: {args.corpus}")
    articles = load_corpus(path, publication_date=args.publication_date)
    if articles.empty:
        raise ValueError(f"no articles could be read from {args.corpus}")
    from presslens.text import split_sentences

    tables = {"sentences": split_sentences(articles)}
    sheet = draw_sample(articles, args.what, args.n, args.seed, args.stratify, tables=tables)
    written = [write_sheet(sheet, out)]
    counts = [f"{len(sheet)} {args.what}"]
    if args.recall:
        recall = draw_recall_sample(articles, args.what, args.recall, args.seed, args.stratify, tables=tables)
        written.append(write_sheet(recall, out.with_name(f"{out.stem}.recall{out.suffix}")))
        counts.append(f"{len(recall)} sentences")
    print(f"presslens: wrote {' and '.join(map(str, written))} ({', '.join(counts)}, seed {args.seed})",
          file=sys.stderr)
    return 0


def _score(args: argparse.Namespace) -> int:
    from presslens.validation.scoring import score_sheets, write_scores

    scores = score_sheets(args.sheets, adjudicator=args.adjudicator)
    written = write_scores(scores, args.sheets[0])
    with_columns = ["what", "measure", "field", "n", "undecided", "value", "low", "high"]
    print(scores["table"][with_columns].to_string(index=False))
    # The table's figures are only as readable as their method (weighted strata, the interval, who settled ties).
    for method, part in scores["table"].groupby("method", sort=False):
        print(f"{', '.join(dict.fromkeys(part.measure))}: {method}")
    if scores["uncoded"]:
        print(f"presslens: {scores['uncoded']} row(s) not coded yet were left out", file=sys.stderr)
    print(f"presslens: wrote {', '.join(str(p) for p in written.values())}", file=sys.stderr)
    return 0


def main(args: argparse.Namespace | list[str] | None = None) -> int:
    """Run ``presslens validate``; ``args`` as parsed by the ``presslens`` parser, or a list of
    strings after ``validate``. Returns the exit code."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="presslens")
        add_parser(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args(["validate", *(sys.argv[1:] if args is None else args)])
    from presslens.validation.sheets import SheetError

    try:
        return _sample(args) if args.step == "sample" else _score(args)
    except (SheetError, ValueError, FileNotFoundError) as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return EXIT_USAGE
