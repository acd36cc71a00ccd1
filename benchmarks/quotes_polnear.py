"""``python -m benchmarks.quotes_polnear``: speed and accuracy of quote attribution on PolNeAR.

Times sentence splitting, entity mentions and :func:`presslens.quotes.extract_quotes` separately
on the 840 PolNeAR articles (``../shared/corpora/polnear-train``, or ``--root``), on one core,
then scores the quotes against the annotations (:func:`presslens.quotes.evaluate_polnear`'s
definitions). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pandas as pd

from presslens.entities import find_mentions
from presslens.quotes import evaluate, extract_quotes, read_brat
from presslens.text import split_sentences

_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear-train"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=_DEFAULT, help="PolNeAR folder (text/, attributions/)")
    args = parser.parse_args()
    chosen: dict[str, Path] = {}
    for ann in sorted((args.root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = [n for n in sorted(chosen) if (args.root / "text" / f"{n}.txt").is_file()]
    texts = [(args.root / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    articles = pd.DataFrame({"doc_id": names, "text": texts})
    timings = {}
    t = time.perf_counter()
    sentences = split_sentences(articles)
    timings["sentences_s"] = time.perf_counter() - t
    t = time.perf_counter()
    mentions = find_mentions(articles, sentences)
    timings["mentions_s"] = time.perf_counter() - t
    t = time.perf_counter()
    quotes = extract_quotes(articles, sentences, mentions=mentions)
    timings["quotes_s"] = time.perf_counter() - t
    gold = pd.concat([read_brat(chosen[n], text).assign(doc_id=n) for n, text in zip(names, texts)],
                     ignore_index=True)
    scores = evaluate(quotes, gold)
    print(json.dumps({
        "articles": len(names), "quotes": len(quotes),
        **{k: round(v, 2) for k, v in timings.items()},
        "articles_per_second": round(len(names) / timings["quotes_s"], 1),
        **{k: round(scores[k], 3) for k in ("direct_f1", "speaker_accuracy", "all_f1")},
    }, indent=2))


if __name__ == "__main__":
    main()
