"""Why the learned stance layer errs on PerSenT dev: 40 wrong articles, each read and given one cause.

``scripts/stance_errors.tsv`` holds 40 PerSenT dev articles (dev split only; its test sets unread) whose
out-of-fold stance was wrong at fa71d42: the class the layer gives most often over the ten fold assignments of
``document_cv_repeated`` (salts ``repeat0:`` … ``repeat9:``, 5-fold CV by document, the packaged settings),
drawn from the wrong ones by a CRC32 of ``judge:`` + doc_id. Each was read (the text as
:func:`presslens.load_corpus` gives it, the person's mentions with their portrayal and sentence tone) and given
the one cause that most explains the error:

- ``neg_not_judgement``: negative words near the person that judge no one: what befell or was done to it (an
  injury, an arrest, a case against it), the topic it speaks of, a factual report of a conviction;
- ``others_voice``: criticism or praise voiced by others about the person (opponents, critics, a spokesman);
- ``weak_evidence``: near-neutral mentions (mean within ±0.1) read as positive, the positive class's prior;
- ``pos_context``: positive words of the sentence that are not about the person (an award beside a credit);
- ``mixed_sports``: a mixed judgement of a player's or an author's work the mentions read one way;
- ``no_evidence``: no mention evaluative, so the layer's gate gives neutral (profiles, quoted experts);
- ``neg_undercalled``: clearly negative mentions (mean below −0.3) read neutral;
- ``neg_diluted``: the criticism spread thin over many neutral mentions, or in an idiom the scorer misses;
- ``gold_doubtful``: a label a reader would not give (a convicted rapist rated positive);
- ``own_voice``: the person's own praise of others read as its portrayal.

This script prints the confusion table of those out-of-fold classes now, the causes counted, and which judged
articles the layer still gets wrong.

Usage: ``.venv/bin/python scripts/stance_errors.py [--corpora DIR]``
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

from presslens.sentiment import evaluation
from presslens.sentiment.portrayal import _stance_model

SAMPLE = Path(__file__).with_name("stance_errors.tsv")
N_ARTICLES = 40


def out_of_fold(root: Path) -> pd.DataFrame:
    """Per PerSenT dev article: ``gold`` and ``pred``, the class the layer gives most often out of fold over the
    ten fold assignments of ``document_cv_repeated``."""
    table = evaluation.stance_table(evaluation.persent_features(root / "persent-dev"))
    model = _stance_model() or {}
    l2, balance = model.get("l2", evaluation.STANCE_L2), model.get("balance", evaluation.STANCE_BALANCE)
    preds = np.column_stack([evaluation.stance_cv(table, l2, balance, f"repeat{s}:",
                                                  negative_share=model.get("negative_share", 1.0))
                             for s in range(evaluation.CV_REPEATS)])
    majority = np.array([np.bincount(row + 1, minlength=3).argmax() - 1 for row in preds])
    return pd.DataFrame({"gold": table["gold"].to_numpy(int), "pred": majority}, index=table.index.astype(str))


def draw(oof: pd.DataFrame) -> list[str]:
    """The judged articles: the first ``N_ARTICLES`` wrong ones by a CRC32 of ``judge:`` + doc_id."""
    wrong = oof.index[oof["gold"] != oof["pred"]]
    return sorted(wrong, key=lambda d: zlib.crc32(f"judge:{d}".encode()))[:N_ARTICLES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None)
    args = parser.parse_args(argv)
    oof = out_of_fold(args.corpora or evaluation._shared(""))
    print(pd.crosstab(oof["gold"], oof["pred"], rownames=["gold"], colnames=["pred"]))
    sample = pd.read_csv(SAMPLE, sep="\t", comment="#", dtype={"doc_id": str})
    print("causes:", sample["cause"].value_counts().to_dict())
    now = oof.reindex(sample["doc_id"])
    fixed = sample[(now["pred"] == now["gold"]).to_numpy()]
    print(f"judged articles right now: {len(fixed)} of {len(sample)}; drawn again now: "
          f"{len(set(draw(oof)) & set(sample['doc_id']))} of {len(sample)}")
    for r in fixed.itertuples():
        print(f"  {r.doc_id} {r.cause}: {r.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
