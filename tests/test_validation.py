"""Coding sheets (draw, write, read back, score), agreement, and the bootstrap intervals of
presslens.stats (with a coverage simulation)."""

from __future__ import annotations

import csv
import json

import krippendorff
import numpy as np
import pandas as pd
import pytest

from conftest import SAMPLE, shared_path
from presslens import validation
from presslens.corpus import NO_OUTLET
from presslens.quotes import extract_quotes
from presslens.run import main as presslens_main
from presslens.stats import (group_intervals, interval_results, proportion_interval, score_interval,
                             share_intervals)
from presslens.validation import SheetError, read_sheet, score_sheets, write_sheet


@pytest.fixture(scope="module")
def quotes_sheet(sample_articles):
    return validation.draw_sample(sample_articles, what="quotes", n=100, seed=0)


def _coded(sheet: pd.DataFrame, coder: str = "ann") -> pd.DataFrame:
    """A sheet coded with every kind of answer: yes, no with corrections, no, unsure, blank."""
    out = sheet.copy()
    answers = ["yes", "Y", "1", "no", "no", "unsure", "TRUE", ""]
    out["correct"] = (answers * len(out))[: len(out)]
    out["coder"] = coder
    out.loc[out.index[3], "correction"] = "speaker=Ada Quill; kind=indirect"
    return out


# -- drawing ------------------------------------------------------------------------------------

def test_sample_is_reproducible_and_marks_the_item(sample_articles):
    a = validation.draw_sample(sample_articles, what="timexes", n=5, seed=3)
    b = validation.draw_sample(sample_articles, what="timexes", n=5, seed=3)
    c = validation.draw_sample(sample_articles, what="timexes", n=5, seed=4)
    pd.testing.assert_frame_equal(a, b)
    assert a[["start", "end"]].values.tolist() != c[["start", "end"]].values.tolist()
    text = sample_articles.text.iloc[0]
    for row in a.itertuples():
        assert f"[[{text[row.start:row.end]}]]" in row.context
        assert row.text == text[row.start:row.end]
    assert list(a.columns[:7]) == ["item_id", "task", "what", "doc_id", "start", "end", "context"]
    assert list(a.columns[-4:]) == ["coder", "correct", "correction", "note"]
    assert a.item_id.tolist() == [f"T{i:04d}" for i in range(1, 6)]


def test_portrayal_sheet_has_labels(sample_articles):
    sheet = validation.draw_sample(sample_articles, what="portrayal", n=10, seed=0)
    assert len(sheet) == 10
    assert set(sheet.label) <= {"positive", "neutral", "negative"}
    assert sheet.score.between(-1, 1).all()


def test_stratified_sample_gives_equal_shares():
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)],
                         "outlet": ["Big"] * 5 + ["Small"],
                         "text": ["Mira Lund said on Tuesday that the bridge would open in May."] * 6})
    sheet = validation.draw_sample(arts, what="timexes", n=4, seed=0, stratify="outlet")
    assert sheet.outlet.value_counts().to_dict() == {"Big": 2, "Small": 2}
    with pytest.raises(ValueError, match="cannot stratify by 'desk'"):
        validation.draw_sample(arts, what="timexes", n=4, stratify="desk")


def test_recall_sheet_lists_the_machine_items(sample_articles):
    sheet = validation.draw_recall_sample(sample_articles, what="quotes", n=100, seed=0)
    quotes = extract_quotes(sample_articles)
    assert len(sheet) == sheet[["doc_id", "start"]].drop_duplicates().shape[0]
    # every quote overlaps at least one sentence, so all sentences together list all quotes
    assert sheet.found.sum() >= len(quotes)
    row = sheet[sheet.found > 0].iloc[0]
    assert "[[" in row.context and row.machine.startswith("1. [")


# -- writing and reading back -------------------------------------------------------------------

def test_coded_sheet_round_trips_through_spreadsheet_variants(quotes_sheet, tmp_path):
    coded = _coded(quotes_sheet)
    expected = score_sheets([write_sheet(coded, tmp_path / "plain.csv")])["table"]

    xlsx = write_sheet(coded, tmp_path / "coded.xlsx")
    assert xlsx.read_bytes()[:2] == b"PK"
    csv_path = write_sheet(coded, tmp_path / "coded.csv")
    assert csv_path.read_bytes()[:3] == b"\xef\xbb\xbf"  # UTF-8 byte-order mark

    # What a spreadsheet program may do: sort rows, add and move columns, blank lines, ';'.
    mangled = coded.sample(frac=1, random_state=1)
    mangled.insert(0, "my remarks", "checked twice")
    mangled = mangled[[*reversed(mangled.columns)]]
    mangled["correct"] = mangled["correct"].replace({"yes": "Yes", "1": "true"})
    lines = mangled.to_csv(index=False, sep=";").splitlines()
    (tmp_path / "mangled.csv").write_text("\n".join(lines[:3] + ["", ";;;"] + lines[3:]) + "\n",
                                          encoding="utf-8")
    # The same rows through openpyxl with numbers and booleans as a spreadsheet would type them.
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    ws = wb["items"]
    col = [c.value for c in ws[1]].index("correct") + 1
    for r in range(2, ws.max_row + 1):
        value = ws.cell(r, col).value
        ws.cell(r, col).value = {"1": 1, "TRUE": True, "Y": "y"}.get(value, value)
    ws.insert_rows(4)
    wb.save(tmp_path / "typed.xlsx")

    for variant in ("coded.xlsx", "coded.csv", "mangled.csv", "typed.xlsx"):
        got = score_sheets([tmp_path / variant])["table"]
        pd.testing.assert_frame_equal(got, expected, obj=variant)
    # Saved by a spreadsheet program on Windows: its code page, not UTF-8.
    (tmp_path / "windows.csv").write_bytes(mangled.assign(note="déjà vu").to_csv(index=False, sep=";")
                                           .encode("cp1252", errors="replace"))
    pd.testing.assert_frame_equal(score_sheets([tmp_path / "windows.csv"])["table"], expected, obj="cp1252")
    assert set(read_sheet(tmp_path / "windows.csv").note) == {"déjà vu"}
    back = read_sheet(tmp_path / "mangled.csv").set_index("item_id").sort_index()
    assert back.content.tolist() == coded.set_index("item_id").sort_index().content.tolist()


@pytest.mark.parametrize("cell, value, message", [
    ("correct", "perhaps", "'perhaps' is not yes, no or unsure"),
    ("correction", "speeker=Ada Quill", "'speeker' is not a field of quotes"),
    ("correction", "Ada Quill", "is not field=value"),
    ("correction", "kind=hearsay", "'hearsay' is not a kind"),
    ("item_id", "", "empty"),
])
def test_malformed_sheet_names_row_and_column(quotes_sheet, tmp_path, cell, value, message):
    coded = _coded(quotes_sheet)
    coded["correct"] = "no"
    coded.loc[coded.index[2], cell] = value
    path = write_sheet(coded, tmp_path / "bad.csv")
    with pytest.raises(SheetError) as err:
        score_sheets([path])
    assert f"row 4, column '{cell}'" in str(err.value) and message in str(err.value)


def test_sheets_that_are_not_coding_sheets(tmp_path, quotes_sheet):
    (tmp_path / "other.csv").write_text("name,age\nAda,3\n", encoding="utf-8")
    with pytest.raises(SheetError, match="no column 'item_id'"):
        read_sheet(tmp_path / "other.csv")
    with pytest.raises(SheetError, match="nothing coded yet"):
        score_sheets([write_sheet(quotes_sheet, tmp_path / "empty.csv")])
    twice = pd.concat([_coded(quotes_sheet), _coded(quotes_sheet)])
    with pytest.raises(SheetError, match="coded twice by 'ann'"):
        score_sheets([write_sheet(twice, tmp_path / "twice.csv")])


# -- scores -------------------------------------------------------------------------------------

def _gold_coded(sample_articles):
    """The quotes of the sample with three errors put in, and a sheet of them coded from the gold."""
    gold = json.loads(shared_path("gold", "trump-tokyo-2025-10-27.quotes.json").read_text("utf-8"))
    by_content = {g["content"]: g for g in gold["quotes"]}
    quotes = extract_quotes(sample_articles)
    # Errors for the coder to find: a wrong speaker, a wrong kind, and a span that is no quote.
    quotes.loc[0, "speaker"] = "Kevin Maher"
    quotes.loc[1, "kind"] = "indirect"
    text = sample_articles.text.iloc[0]
    fake = quotes.iloc[[0]].assign(start=0, end=27, content=text[:27], cue="departed")
    quotes = pd.concat([quotes, fake], ignore_index=True)
    sheet = validation.draw_sample(sample_articles, what="quotes", n=100, seed=0, tables={"quotes": quotes})

    def code(row):
        g = by_content.get(row.content)
        if g is None:
            return "no", ""
        wrong = {f: g[f] for f in ("kind", "speaker", "cue")
                 if (g[f] or "") != ("" if pd.isna(getattr(row, f)) else getattr(row, f))}
        return ("no", "; ".join(f"{k}={v}" for k, v in wrong.items())) if wrong else ("yes", "")

    sheet[["correct", "correction"]] = [code(r) for r in sheet.itertuples()]
    return quotes, sheet, by_content


def test_scores_of_a_sheet_coded_from_gold_equal_direct_precision(sample_articles, tmp_path):
    quotes, sheet, by_content = _gold_coded(sample_articles)
    assert len(sheet) == len(quotes)
    table = score_sheets([write_sheet(sheet, tmp_path / "gold-coded.xlsx")])["table"].set_index("field")

    matched = [(q, by_content[q.content]) for q in quotes.itertuples() if q.content in by_content]
    assert table.loc["item", "value"] == pytest.approx(round(len(matched) / len(quotes), 4))
    assert table.loc["item", "n"] == len(quotes) == 9
    assert table.loc["speaker", "value"] == pytest.approx(
        round(sum(q.speaker == g["speaker"] for q, g in matched) / len(matched), 4))
    assert table.loc["kind", "value"] == pytest.approx(
        round(sum(q.kind == g["kind"] for q, g in matched) / len(matched), 4))
    low, high = proportion_interval(len(matched), len(quotes))
    assert (table.loc["item", "low"], table.loc["item", "high"]) == (round(low, 4), round(high, 4))
    conf = score_sheets([tmp_path / "gold-coded.xlsx"])["confusion"]
    assert conf[(conf.machine == "indirect") & (conf.coded == "direct")].n.tolist() == [1]


def test_agreement_between_coders_is_krippendorffs_alpha(quotes_sheet, tmp_path):
    ann = _coded(quotes_sheet, "ann").assign(correction="")
    bo = ann.assign(coder="bo")
    bo.loc[bo.index[0], "correct"] = "no"
    ann.loc[ann.index[3], "correct"] = "no"  # ann: 'no' with no correction
    paths = [write_sheet(ann, tmp_path / "ann.csv"), write_sheet(bo, tmp_path / "bo.xlsx")]
    scores = score_sheets(paths)
    alpha = scores["table"].query("measure == 'alpha coders' and field == 'correct'").value.item()
    code = {"yes": 1, "y": 1, "1": 1, "true": 1, "no": 0}
    data = [[code.get(str(v).lower(), np.nan) for v in s.correct] for s in (ann, bo)]
    assert alpha == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"),
                                  abs=1e-4)
    same = score_sheets([write_sheet(ann, tmp_path / "a1.csv"),
                         write_sheet(ann.assign(coder="cy"), tmp_path / "a2.csv")])["table"]
    assert same.query("measure == 'alpha coders' and field == 'correct'").value.item() == 1.0
    written = validation.write_scores(scores, paths[0])
    assert json.loads(written["json"].read_text("utf-8"))["table"][0]["measure"] == "precision"


def test_recall_from_a_coded_recall_sheet(sample_articles, tmp_path):
    sheet = validation.draw_recall_sample(sample_articles, what="quotes", n=6, seed=1)
    sheet["missed"] = ["1", "0", "", "2", "0", "0"]
    sheet.loc[sheet.index[1], "wrong"] = "0"
    table = score_sheets([write_sheet(sheet, tmp_path / "recall.csv")])["table"]
    coded = sheet[sheet.missed != ""]
    right = int(coded.found.sum())
    assert table.value.item() == pytest.approx(round(right / (right + 3), 4))
    sheet.loc[sheet.index[0], "wrong"] = str(sheet.found.iloc[0] + 1)
    with pytest.raises(SheetError, match="row 2, column 'wrong'"):
        score_sheets([write_sheet(sheet, tmp_path / "recall.csv")])


def test_command_line_sample_then_score(tmp_path, capsys):
    out = tmp_path / "sheet.csv"
    assert presslens_main(["validate", "sample", str(SAMPLE), "--what", "quotes", "--n", "5",
                           "--recall", "3", "--out", str(out)]) == 0
    assert (tmp_path / "sheet.recall.csv").is_file()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    for r in rows:
        r["correct"] = "yes"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert presslens_main(["validate", "score", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "precision" in printed and "precision: Wilson score interval, 95%" in printed  # each figure's method
    assert (tmp_path / "sheet.scores.csv").is_file() and (tmp_path / "sheet.scores.json").is_file()
    assert presslens_main(["validate", "sample", str(tmp_path / "nowhere"), "--out", str(out)]) == 2
    assert "corpus not found" in capsys.readouterr().err


def test_command_line_help_prints_percent_signs_once(capsys):
    # argparse formats only the arguments' help with %, never a description: "95%%" showed as typed.
    with pytest.raises(SystemExit):
        presslens_main(["validate", "score", "--help"])
    shown = capsys.readouterr().out
    assert "95% Wilson" in shown and "%%" not in shown


# -- intervals ----------------------------------------------------------------------------------

def test_group_intervals_cover_the_true_mean():
    # 300 simulated studies of 30 articles, each with 1-4 items sharing an article effect; the
    # true mean is 0. Measured coverage of the 95% interval: 0.943 (Bell and McCaffrey's standard error over
    # articles with Student's t on their degrees of freedom; 0.947 with 10 articles per study; the jackknife's with
    # t on articles - 1 gave 0.94 and 0.94, a percentile bootstrap 0.91 and 0.90).
    rng = np.random.default_rng(1)
    rows = [(g, f"{g}-{a}", v) for g in range(300) for a in range(30)
            for v in rng.normal() + rng.normal(size=rng.integers(1, 5))]
    df = pd.DataFrame(rows, columns=["study", "doc_id", "value"])
    table = group_intervals(df, "value", by="study")
    coverage = ((table.low <= 0) & (table.high >= 0)).mean()
    assert 0.88 <= coverage <= 0.98, coverage
    assert table.articles.eq(30).all() and not table.small.any()


def test_score_intervals_cover_the_true_figure_and_widen_with_clusters():
    # 200 simulated evaluations of 200 predictions, each right with probability 0.7: the 95%
    # interval of the accuracy holds 0.7 about 95% of the time (measured 0.94 at 1,000 resamples).
    rng = np.random.default_rng(2)
    hits = 0
    for _ in range(200):
        right = rng.random(200) < 0.7
        low, high = score_interval(np.mean, right, n_resamples=1000, seed=1)
        hits += low <= 0.7 <= high
    assert 0.9 <= hits / 200 <= 0.99, hits
    # The same 40 outcomes, each repeated in 5 rows: as rows the sample looks 5 times larger;
    # drawn by cluster the interval is about sqrt(5) times wider, as wide as 40 rows alone.
    outcomes = rng.random(40) < 0.6
    rows, clusters = np.repeat(outcomes, 5), np.repeat(np.arange(40), 5)
    naive, clustered, alone = (np.subtract(*score_interval(np.mean, *args, clusters=c)[::-1])
                               for args, c in (((rows,), None), ((rows,), clusters), ((outcomes,), None)))
    assert clustered > 1.8 * naive and clustered == pytest.approx(alone, rel=0.25)
    # Several columns and a 2-D one resample together; the result is seeded.
    pred, gold = np.array([1, 0, 1, 1, 0, 0]), np.array([1, 0, 0, 1, 0, 1])
    low, high = score_interval(lambda p, g: np.mean(p == g), pred, gold, seed=3)
    assert low <= 4 / 6 <= high and (low, high) == score_interval(lambda p, g: np.mean(p == g), pred, gold, seed=3)
    counts = np.column_stack([pred, gold])
    assert score_interval(lambda c: c[:, 0].sum() / c[:, 1].sum(), counts)[0] < 1.0
    # A figure missing on some resamples (one class drawn) is left out, not made nan.
    low, high = score_interval(lambda p: np.nan if p.all() else p.mean(), np.array([0, 1, 1, 1]))
    assert 0.0 <= low <= high <= 1.0
    assert all(np.isnan(score_interval(np.mean, np.array([1.0]))))
    with pytest.raises(ValueError, match="length"):
        score_interval(lambda a, b: 0.0, np.zeros(3), np.zeros(4))


def test_small_groups_are_flagged_and_not_ranked():
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)],
                       "outlet": ["A"] * 6 + ["B"] * 5 + ["C"],
                       "tone": [0.1] * 6 + [0.3] * 5 + [0.9]})
    t = group_intervals(df, "tone", by="outlet")
    assert t.outlet.tolist() == ["B", "A", "C"]  # C has the highest mean but one article
    assert t["rank"].tolist()[:2] == [1, 2] and pd.isna(t["rank"].iloc[2])
    assert t.small.tolist() == [False, False, True]
    assert np.isnan(t.low.iloc[2]) and np.isnan(t.high.iloc[2])  # no interval from one article
    assert group_intervals(df, "tone", by="outlet").equals(t)  # computed, not drawn: the same every time
    numbers = interval_results(t, "outlet")
    assert list(interval_results(t.assign(outlet=None), "outlet")) == [NO_OUTLET]
    assert list(interval_results(t.assign(outlet=None).rename(columns={"outlet": "desk"}), "desk")) == ["(none)"]
    assert numbers["C"] == {"mean": 0.9, "low": None, "high": None, "articles": 1, "n": 1, "small": True,
                            "no_interval": "a single article"}
    assert json.loads(json.dumps(numbers, allow_nan=False))["A"]["mean"] == 0.1


def test_headline_shares_say_how_many_items_they_rest_on():
    # a share of 1 quote in 4 and one of 25 in 100 are both 0.25: the headline numbers tell them apart
    quotes = pd.DataFrame({"doc_id": [f"wren-{i // 2}" for i in range(8)], "outlet": ["Fenby Post"] * 8,
                           "speaker_kind": ["unnamed source"] * 2 + ["named person"] * 6})
    numbers = interval_results(share_intervals(quotes, "speaker_kind", by="outlet"), ["outlet", "speaker_kind"],
                               "share")
    assert numbers["Fenby Post · unnamed source"]["share"] == 0.25
    assert (numbers["Fenby Post · unnamed source"]["n"], numbers["Fenby Post · unnamed source"]["total"]) == (2, 8)


def test_weighted_means_weigh_items():
    df = pd.DataFrame({"doc_id": list("abcdef"), "tone": [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                       "words": [5, 1, 1, 1, 1, 1]})
    t = group_intervals(df, "tone", weight="words")
    assert t["mean"].item() == pytest.approx(0.5)
    assert 0.0 <= t.low.item() < 0.5 < t.high.item() <= 1.0


def test_shares_per_group_sum_to_one():
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"doc_id": rng.integers(0, 20, 200).astype(str),
                       "kind": rng.choice(["named person", "unnamed", "organisation"], 200)})
    t = share_intervals(df, "kind")
    assert t.share.sum() == pytest.approx(1.0, abs=1e-3)
    assert (t.low <= t.share).all() and (t.share <= t.high).all()
    assert t.n.sum() == 200 and t.total.eq(200).all()


def test_validation_notebook_scores_coded_sheets(sample_articles, tmp_path):
    # The notebook on its own draws sheets and reports no scores (tests/test_notebooks.py); given
    # a sheet coded from the gold, it reports what score_sheets measures.
    import papermill

    from conftest import ROOT

    _, sheet, _ = _gold_coded(sample_articles)
    coded = write_sheet(sheet.assign(coder="gold"), tmp_path / "quotes-gold.csv")
    papermill.execute_notebook(str(ROOT / "notebooks" / "05_validation.ipynb"), str(tmp_path / "05.ipynb"),
                               parameters={"corpus": str(SAMPLE), "output_dir": str(tmp_path), "what": "quotes",
                                           "coded_sheets": str(coded), "recall_sentences": 0},
                               progress_bar=False, cwd=str(tmp_path))
    results = json.loads((tmp_path / "reports" / "results" / "05_validation.json").read_text())
    expected = score_sheets([coded])["table"].set_index(["measure", "field"])
    assert results["coded"] is True
    assert results["quotes_precision_item"] == expected.loc[("precision", "item"), "value"]
    assert results["quotes_precision_speaker_n"] == expected.loc[("precision", "speaker"), "n"]
    assert results["quotes_precision_item_undecided"] == 0  # one coder: nothing left undecided
    assert (tmp_path / "reports" / "figures" / "validation_scores.png").stat().st_size > 1000
    assert (tmp_path / "quotes-gold.scores.json").is_file()


def test_validation_notebook_dates_undated_articles_and_samples_a_runs_own_tables(tmp_path):
    # 05 took neither publication_date nor tables: with `presslens run -p publication_date ...` its
    # time expressions of undated articles had no value (the timeline's had one), and it analysed
    # the whole corpus a second time instead of sampling the run's tables.
    import papermill

    from conftest import ROOT
    from presslens.corpus import load_corpus
    from presslens.pipeline import write_analysis

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text("Umberton ferry sinks\n\nThe Umberton ferry sank on Monday, the fictional "
                                      "port's mayor Ilse Varro said on Tuesday.\n")
    common = {"what": "timexes", "recall_sentences": 0, "sheet_format": "csv"}
    for name, given in (("dated", {"corpus": str(corpus), "publication_date": "2031-03-05"}),
                        ("tables", {"corpus": str(tmp_path / "no-such-folder"), "tables": str(tmp_path / "run")})):
        if name == "tables":
            write_analysis(load_corpus(corpus, publication_date="2031-03-05"), tmp_path / "run", progress=False)
        out = tmp_path / name
        papermill.execute_notebook(str(ROOT / "notebooks" / "05_validation.ipynb"), str(tmp_path / f"{name}.ipynb"),
                                   parameters={**common, **given, "output_dir": str(out)}, progress_bar=False,
                                   cwd=str(tmp_path))
        sheet = pd.read_csv(out / "reports" / "validation" / "timexes.csv", encoding="utf-8-sig")
        assert dict(zip(sheet["text"], sheet["value"])) == {"Monday": "2031-03-03", "Tuesday": "2031-03-04"}


def test_a_sheet_shorter_than_asked_says_the_corpus_holds_fewer():
    articles = pd.DataFrame({"doc_id": ["ferry"], "title": ["Ferry delayed"], "outlet": ["The Vellmark Courier"],
                             "text": ['"We regret the delay," said Ada Quill, the board chair. The ferry waits.']})
    with pytest.warns(UserWarning, match=r"1 drawn for the quotes sheet, not n = 5: the corpus holds only 1 items"):
        sheet = validation.draw_sample(articles, what="quotes", n=5)
    assert len(sheet) == 1 and sheet.attrs["available"] == 1
    with pytest.warns(UserWarning, match=r"for the quotes recall sheet, not n = 9: the corpus holds only 2 sentences"):
        validation.draw_recall_sample(articles, what="quotes", n=9)


VELBY = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "outlet": ["Velby Post"] * 3,
                      "text": ['"The ferry stays in port," Captain Aldo Renz said on Monday.',
                               '"The children are back," headteacher Gerda Nyholm said on Tuesday.',
                               '"The market opens in May," stallholder Wim Dekker said on Friday.']})


def test_an_empty_coder_cell_is_the_sheets_own_coder_not_another(tmp_path):
    # Bo left a 'coder' cell empty in her copy: it is still Bo's row, not a third coder's.
    sheet = validation.draw_sample(VELBY, what="quotes", n=10, seed=0).assign(correct="yes")
    assert len(sheet) == 3
    paths = [write_sheet(sheet.assign(coder="ann"), tmp_path / "quotes-ann.xlsx"),
             write_sheet(sheet.assign(coder=["bo", "", "bo"]), tmp_path / "quotes-bo.xlsx")]
    assert read_sheet(paths[1]).coder.tolist() == ["bo", "bo", "bo"]
    assert set(score_sheets(paths)["table"].coders) == {2}
    write_sheet(sheet.assign(coder=["bo", "", "cy"]), paths[1])
    with pytest.raises(SheetError, match="row 3, column 'coder': empty in a sheet coded by 'bo', 'cy'"):
        read_sheet(paths[1])


def test_a_stratified_sample_is_scored_with_each_stratum_weighted_by_its_size(tmp_path):
    # Three articles of the Big Ledger, one of the Small Post; equal shares put 2 of Big's 6 time
    # expressions and both of Small's on the sheet: Big's half right counts for 6 of the 8 items.
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(4)], "outlet": ["Big Ledger"] * 3 + ["Small Post"],
                         "text": ["Mira Lund said on Tuesday that the bridge would open in May."] * 4})
    sheet = validation.draw_sample(arts, what="timexes", n=4, seed=0, stratify="outlet")
    assert sheet.set_index("stratum").stratum_items.to_dict() == {"Big Ledger": 6, "Small Post": 2}
    sheet["correct"] = np.where(sheet.outlet == "Small Post", "yes", ["yes", "no", "", ""])
    item = score_sheets([write_sheet(sheet, tmp_path / "timexes.xlsx")])["table"].iloc[0]
    assert item.value == pytest.approx(6 / 8 * 0.5 + 2 / 8 * 1.0)  # not 3/4, the unweighted share
    assert item.n == 4 and "weighted" in item.method
    # Wilson on the effective n: the variance of the weighted share is (6/8)^2 * 0.25 / 2
    n_eff = 0.625 * 0.375 / ((6 / 8) ** 2 * 0.25 / 2)
    z = 1.959964
    centre, half = 0.625 + z * z / (2 * n_eff), z * np.sqrt(0.625 * 0.375 / n_eff + z * z / (4 * n_eff ** 2))
    assert (item.low, item.high) == pytest.approx(((centre - half) / (1 + z * z / n_eff),
                                                  (centre + half) / (1 + z * z / n_eff)), abs=1e-4)
    recall = validation.draw_recall_sample(arts, what="timexes", n=2, seed=0, stratify="outlet")
    recall["missed"] = np.where(recall.outlet == "Small Post", "0", "2")
    row = score_sheets([write_sheet(recall, tmp_path / "recall.csv")])["table"].iloc[0]
    # Big's sentence stands for 3: (3 * 2 + 2) found of (3 * 4 + 2) real, not 4 of 6
    assert row.value == pytest.approx(round(8 / 14, 4)) and row.n == 6 and "weighted" in row.method


def test_items_the_coders_split_on_are_counted_as_undecided(tmp_path):
    # Ann and Bo split on one quote: the majority leaves it out of n, and the table says so.
    sheet = validation.draw_sample(VELBY, what="quotes", n=10, seed=0)
    paths = [write_sheet(sheet.assign(coder="ann", correct="yes"), tmp_path / "ann.csv"),
             write_sheet(sheet.assign(coder="bo", correct=["yes", "no", "yes"]), tmp_path / "bo.csv")]
    table = score_sheets(paths)["table"].set_index(["measure", "field"])
    assert table.loc[("precision", "item"), ["n", "undecided"]].tolist() == [2, 1]
    assert pd.isna(table.loc[("alpha coders", "correct"), "undecided"])


def test_alpha_between_coders_has_a_bootstrap_interval_over_items(tmp_path):
    # Ten fictional timexes coded by Ann and Bo, who split on three: alpha with a 95% interval.
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "outlet": ["Velby Post"] * 5,
                         "text": ["Mira Lund said on Tuesday that the bridge would open in May."] * 5})
    sheet = validation.draw_sample(arts, what="timexes", n=10, seed=0)
    ann = ["yes", "yes", "no", "yes", "no", "yes", "yes", "no", "yes", "yes"]
    bo = ["yes", "no", "no", "yes", "yes", "yes", "no", "no", "yes", "yes"]
    paths = [write_sheet(sheet.assign(coder="ann", correct=ann), tmp_path / "ann.csv"),
             write_sheet(sheet.assign(coder="bo", correct=bo), tmp_path / "bo.csv")]
    row = score_sheets(paths)["table"].query("measure == 'alpha coders' and field == 'correct'").iloc[0]
    data = np.array([[a == "yes" for a in ann], [b == "yes" for b in bo]], dtype=float).T
    low, high = score_interval(lambda d: krippendorff.alpha(reliability_data=d.T, level_of_measurement="nominal"),
                               data)
    assert row.low < row.value < row.high
    assert (row.low, row.high) == pytest.approx((low, high), abs=1e-4)
    assert "bootstrap" in row.method


def test_coders_counts_on_a_recall_sheet_get_alpha_at_interval_level(tmp_path):
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "outlet": ["Velby Post"] * 6,
                         "text": ["Mira Lund said on Tuesday that the bridge would open in May."] * 6})
    sheet = validation.draw_recall_sample(arts, what="timexes", n=6, seed=0)
    ann, bo = [0, 1, 2, 0, 0, 1], [0, 1, 1, 0, 1, 1]
    paths = [write_sheet(sheet.assign(coder="ann", missed=ann), tmp_path / "ann.recall.csv"),
             write_sheet(sheet.assign(coder="bo", missed=bo), tmp_path / "bo.recall.csv")]
    row = score_sheets(paths)["table"].query("measure == 'alpha coders' and field == 'recall missed'").iloc[0]
    assert row.value == pytest.approx(krippendorff.alpha(reliability_data=[ann, bo], level_of_measurement="interval"),
                                      abs=1e-4)
    assert row.n == 6 and "interval" in row.method and row.low <= row.value <= row.high


def test_the_adjudicator_is_not_one_of_the_coders_in_the_recall_counts_alpha(tmp_path):
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "outlet": ["Velby Post"] * 6,
                         "text": ["Mira Lund said on Tuesday that the bridge would open in May."] * 6})
    sheet = validation.draw_recall_sample(arts, what="timexes", n=6, seed=0)
    ann, bo, cy = [0, 1, 2, 0, 0, 1], [0, 1, 1, 0, 1, 1], [3, 0, 0, 2, 0, 0]
    paths = [write_sheet(sheet.assign(coder=name, missed=counts), tmp_path / f"{name}.recall.csv")
             for name, counts in (("ann", ann), ("bo", bo), ("cy", cy))]
    row = score_sheets(paths, adjudicator="cy")["table"].query(
        "measure == 'alpha coders' and field == 'recall missed'").iloc[0]
    assert row.coders == 2
    assert row.value == pytest.approx(krippendorff.alpha(reliability_data=[ann, bo], level_of_measurement="interval"),
                                      abs=1e-4)


def test_a_recall_row_shows_the_sentence_before_and_says_what_the_coder_reads(tmp_path):
    arts = pd.DataFrame({"doc_id": ["d1"], "outlet": ["Velby Post"],
                         "text": ['Director Mara Quell opened the wing on Monday.  '
                                  '"Patients deserve better," she said.']})
    sheet = validation.draw_recall_sample(arts, what="quotes", n=2, seed=0).set_index("start")
    assert sheet.before.tolist() == ["", "Director Mara Quell opened the wing on Monday."]
    assert "[[" in sheet.context.iloc[1] and "[[" not in sheet.before.iloc[1]
    coded = write_sheet(sheet.reset_index().assign(coder="ann", missed=0), tmp_path / "recall.csv")
    assert "read alone" in score_sheets([coded])["table"].method.iloc[0]


def test_an_adjudicator_settles_the_items_two_coders_split_on(tmp_path):
    sheet = validation.draw_sample(VELBY, what="quotes", n=10, seed=0)
    paths = [write_sheet(sheet.assign(coder="ann", correct="yes"), tmp_path / "ann.csv"),
             write_sheet(sheet.assign(coder="bo", correct=["yes", "no", "yes"]), tmp_path / "bo.csv"),
             write_sheet(sheet.assign(coder="cy", correct=["", "no", ""]), tmp_path / "cy.csv")]
    table = score_sheets(paths, adjudicator="cy")["table"].set_index(["measure", "field"])
    item = table.loc[("precision", "item")]
    assert [item.n, item.undecided, item.value, item.coders] == [3, 0, round(2 / 3, 4), 2]
    assert item.method.endswith("ties settled by cy")
    alone = score_sheets(paths[:2])["table"].set_index(["measure", "field"])
    assert table.loc[("alpha coders", "correct"), "value"] == alone.loc[("alpha coders", "correct"), "value"]
    with pytest.raises(SheetError, match="adjudicator 'dee'"):
        score_sheets(paths, adjudicator="dee")


def test_a_fields_weighted_precision_weighs_strata_by_their_real_items(tmp_path):
    # Big Ledger: 6 timexes, 2 drawn, 1 real (its value right); Small Post: 2, both drawn and real,
    # one value wrong. Big holds about 3 real items, Small 2: value precision 3/5 * 1 + 2/5 * 1/2.
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(4)], "outlet": ["Big Ledger"] * 3 + ["Small Post"],
                         "text": ["Mira Lund said on Tuesday that the bridge would open in May."] * 4})
    sheet = validation.draw_sample(arts, what="timexes", n=4, seed=0, stratify="outlet")
    assert sheet.outlet.tolist() == ["Big Ledger", "Big Ledger", "Small Post", "Small Post"]
    sheet["correct"], sheet["correction"] = ["yes", "no", "yes", "no"], ["", "", "", "value=2031-06"]
    table = score_sheets([write_sheet(sheet, tmp_path / "timexes.csv")])["table"].set_index("field")
    assert table.loc["value", "value"] == pytest.approx(0.8)  # by all items it would be 0.875


def test_sheets_give_each_items_article_title():
    arts = VELBY.assign(title=["Velby ferry stays in port", "Velby school reopens", "Velby market"])
    sheet = validation.draw_sample(arts, what="quotes", n=10, seed=0)
    assert sheet.set_index("doc_id").title.to_dict() == dict(zip(arts.doc_id, arts.title))
    recall = validation.draw_recall_sample(arts, what="quotes", n=1, seed=0)
    assert recall.title.item() in set(arts.title)
    assert list(recall.columns[-4:]) == ["coder", "missed", "wrong", "note"]


def test_command_warnings_are_one_line_without_the_package_code(tmp_path, capsys):
    # A corpus of two sentences asked for the default 50 recall sentences: the command says so in one
    # line of its own, not as Python's warning naming a file of the package and the line of code.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "ferry.txt").write_text(
        "Ferry resumes\n\nThe fictional Orrin ferry resumed on Monday, Mayor Ada Quill said. It runs hourly.\n",
        encoding="utf-8")
    out = tmp_path / "sheet.csv"
    assert presslens_main(["validate", "sample", str(tmp_path / "corpus"), "--n", "1", "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "presslens: warning: " in said and "not n = 50" in said
    assert "UserWarning" not in said and ".py:" not in said and "draw_recall_sample(" not in said
