"""Score the quote table on every fictional house-style article, the wholly right ones and the open ones.

``tests/fixtures/quotes/styles/`` holds fictional articles in the house styles of many outlets. Their expected rows
(file, the start of a quotation's content, its kind, its speaker) were written before presslens ran on them:
``expected.tsv`` holds the files presslens gets wholly right (``test_house_style_quotes_speakers_and_kinds``
demands each stays so), ``expected_open.tsv`` the files it does not yet get wholly right, whose floors of rows right
and ceilings of rows invented are in ``open_floors.tsv`` (``test_open_house_styles_hold_their_floors``).

Each article is read as the house-style test reads it (``extract_quotes`` with ``scare_quotes=True``; indirect rows
are not scored, as the expected rows list only verbatim ones). A row of the table matches the expected row whose
content it starts with; it is ``right`` when its kind and speaker are the expected ones and ``wrong`` when either
differs; a row matching no expected row, or more than one, or one another row matched already, is ``invented``; an
expected row no row matched is ``missed``. The share right is of the expected rows, with its 95% Wilson interval.

Printed: the counts per file and in total for each table and for both, the open rows (every row not right), the
files whose floor can rise, and the articles with no expected rows at all.

Usage::

    PYTHONPATH=src:. .venv/bin/python scripts/house_styles.py [--quiet]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from presslens.quotes import extract_quotes
from presslens.stats import proportion_interval

STYLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "quotes" / "styles"
TABLES = ("expected.tsv", "expected_open.tsv")
FLOORS = "open_floors.tsv"
COUNTS = ("right", "wrong", "missed", "invented")


def read_table(name: str) -> pd.DataFrame:
    """The rows of one table of ``STYLES`` (``expected.tsv``, ``expected_open.tsv``: file, content, kind, speaker;
    ``open_floors.tsv``: file, rows, right, invented), every field a string as written (no "NA" read as missing)."""
    return pd.read_csv(STYLES / name, sep="\t", comment="#", dtype=str, keep_default_na=False)


def quote_table(text: str) -> pd.DataFrame:
    """The quote table of one article as the house-style test reads it (scare rows on)."""
    return extract_quotes(pd.DataFrame({"doc_id": ["t"], "text": [text]}), scare_quotes=True)


def score_quotes(name: str, quotes: pd.DataFrame, expected: pd.DataFrame) -> tuple[dict[str, int], list[str]]:
    """Counts ``right``, ``wrong``, ``missed``, ``invented`` of the ``quotes`` of the article ``name`` against its
    ``expected`` rows, and a line for each row not right (the open rows), so a file is wholly right when the list is
    empty. Indirect rows are not scored: the expected rows list only what is quoted word for word."""
    counts = dict.fromkeys(COUNTS, 0)
    open_rows: list[str] = []
    matched: set[str] = set()
    for r in quotes[quotes["kind"] != "indirect"].itertuples():
        hits = expected[[r.content.startswith(c) for c in expected["content"]]]
        if len(hits) != 1 or hits.iloc[0]["content"] in matched:
            counts["invented"] += 1
            open_rows.append(f"{name} INVENTED {r.content[:60]!r} {r.kind} {r.speaker!r}")
            continue
        want = hits.iloc[0]
        matched.add(want["content"])
        if (r.kind, r.speaker) == (want["kind"], want["speaker"]):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
            open_rows.append(f"{name} WRONG {want['content'][:60]!r} got {r.kind} {r.speaker!r}, "
                             f"want {want['kind']} {want['speaker']!r}")
    for content in expected["content"]:
        if content not in matched:
            counts["missed"] += 1
            open_rows.append(f"{name} MISSED {content[:60]!r}")
    return counts, open_rows


def score(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """One row per file of ``table`` (columns file, rows, right, wrong, missed, invented) and the open rows of
    all its files, in file order."""
    out, open_rows = [], []
    for name, expected in table.groupby("file", sort=True):
        quotes = quote_table((STYLES / name).read_text(encoding="utf-8"))
        counts, lines = score_quotes(name, quotes, expected)
        out.append({"file": name, "rows": len(expected), **counts})
        open_rows += lines
    return pd.DataFrame(out, columns=["file", "rows", *COUNTS]), open_rows


def describe(per_file: pd.DataFrame) -> str:
    """``right/rows = share [low–high]`` and the other counts summed over ``per_file``, with the 95% Wilson
    interval of the share right."""
    total = per_file[["rows", *COUNTS]].sum()
    right, rows = int(total["right"]), int(total["rows"])
    low, high = proportion_interval(right, rows)
    wholly = int(((per_file["right"] == per_file["rows"]) & (per_file["invented"] == 0)).sum())
    return (f"{len(per_file)} files, {right}/{rows} rows right = {right / rows:.3f}"
            f" [Wilson 95% {low:.2f}–{high:.2f}], wrong {total['wrong']}, missed {total['missed']},"
            f" invented {total['invented']}, wholly right {wholly}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="totals, the open files and the floors only")
    args = parser.parse_args()
    scored = {}
    for name in TABLES:
        per_file, open_rows = score(read_table(name))
        scored[name] = per_file
        if not args.quiet:
            print(per_file.to_string(index=False))
        print(f"{name}: {describe(per_file)}")
        print(f"{name}: {len(open_rows)} open rows", *(f"  {line}" for line in open_rows), sep="\n")
    both = pd.concat(scored.values(), ignore_index=True)
    print(f"both tables: {describe(both)}")
    open_files = scored["expected_open.tsv"].assign(open_rows=lambda d: d["rows"] - d["right"] + d["invented"])
    print("open files, fewest open rows (not right, or invented) first:")
    print(open_files.sort_values(["open_rows", "file"]).to_string(index=False))
    now = open_files.set_index("file")
    floors = read_table(FLOORS).set_index("file").astype(int).reindex(now.index)
    rise = now[(now["right"] > floors["right"]) | (now["invented"] < floors["invented"])]
    print("floors that can rise (open_floors.tsv):", rise[["right", "invented"]].to_dict("index") or "none")
    txt = {p.name for p in STYLES.glob("*.txt")}
    print("articles with no expected rows:", ", ".join(sorted(txt - set(both["file"]))) or "none")


if __name__ == "__main__":
    main()
