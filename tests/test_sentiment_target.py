"""Tests of presslens.sentiment.target: sentiment towards a mention, on small fictional sentences,
on fictional articles, and (when ../shared is present) on the NewsMTSC development split."""

from __future__ import annotations

import importlib.util
import json
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, shared_path
from presslens.sentiment.portrayal import entity_sentiment, entity_summary, mention_tone, speaker_tone
from presslens.sentiment.target import (
    evaluate_newsmtsc,
    evaluate_targets,
    polarity,
    score_target,
    target_features,
)

# Measured with evaluate_newsmtsc on ../shared/corpora/newsmtsc-train (weights tuned on train only):
# macro-F1 of score_target (the learned layer) on NewsMTSC dev and train; the figures the tests
# hold the code to. The rules alone: 0.639 dev, 0.641 train; on unseen stories see learned_report
# (scripts/train_target.py).
DEV_MACRO_F1 = 0.720
TRAIN_MACRO_F1 = 0.802


def tone(sentence: str, mention: str, occurrence: int = 0, method: str = "auto") -> float:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(mention, start + 1)
    return score_target(sentence, start, start + len(mention), method)


def rules_and_learned(sentence: str, mention: str, sign: int) -> None:
    """The rules give the expected sign; the learned layer, which weighs them against what it
    learnt from NewsMTSC (and is measured there), may stay neutral but never takes the other side."""
    assert polarity(tone(sentence, mention, method="rules")) == sign
    assert polarity(tone(sentence, mention)) in (0, sign)


def _articles() -> pd.DataFrame:
    rows = json.loads((FIXTURES / "sentiment" / "articles.json").read_text(encoding="utf-8"))
    return pd.DataFrame(rows).assign(published=lambda d: pd.to_datetime(d["published"]))


# ----------------------------------------------------------------------------- who does what

def test_patient_of_criticism_is_negative_and_the_critic_is_not():
    s = "Trump criticised Tokyo for not contributing enough."
    assert tone(s, "Tokyo") < -0.05
    assert polarity(tone(s, "Trump")) == 0


def test_patient_of_praise_is_positive():
    s = "Governor Alda Voss praised Premier Ivo Brant for the new bridge."
    assert tone(s, "Ivo Brant") > 0.3 and tone(s, "Ivo Brant", method="rules") > 0.5
    assert tone(s, "Ivo Brant") > tone(s, "Alda Voss")


def test_passive_voice_swaps_roles():
    s = "Premier Ivo Brant was criticised by Governor Alda Voss."
    assert tone(s, "Ivo Brant") < -0.05
    assert polarity(tone(s, "Alda Voss")) == 0
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["role"] < 0


def test_reason_after_the_object_is_not_a_patient():
    s = "Governor Alda Voss criticised Ivo Brant for the delays in Kestrel."
    f = target_features(s, s.index("Kestrel"), s.index("Kestrel") + 7)
    assert f["role"] == 0


def test_pointer_nouns_aim_at_the_mention():
    s = "The allegations against Orrin Tal surfaced on Friday."
    assert target_features(s, 24, 33)["pointer"] < 0
    assert tone(s, "Orrin Tal") < -0.05
    s = "Several senators were critical of Orrin Tal."
    assert target_features(s, s.index("Orrin"), len(s) - 1)["pointer"] < 0


def test_owner_nouns_aim_at_the_name_before_them():
    s = "Ivo Brant’s critics gathered outside the hall."
    assert target_features(s, 0, 9)["pointer"] < 0
    assert target_features("Ivo Brant gathered outside the hall.", 0, 9)["pointer"] == 0


def test_violence_is_bad_for_the_doer():
    s = "Orrin Tal murdered a shopkeeper in Kestrel."
    assert tone(s, "Orrin Tal") < -0.05


def test_irregular_past_tense_of_winning_and_losing():
    s = "Orrin Tal won the mayoral race in Kestrel."
    assert target_features(s, 0, 9)["role"] > 0
    assert tone(s, "Orrin Tal") > 0.05
    s = "Orrin Tal lost the mayoral race in Kestrel."
    assert target_features(s, 0, 9)["role"] < 0


@pytest.mark.parametrize("sentence,mention,sign", [
    ("Premier Ivo Brant came under fire for the new toll.", "Ivo Brant", -1),
    ("Premier Ivo Brant drew criticism from the unions.", "Ivo Brant", -1),
    ("Premier Ivo Brant has drawn fire from the unions.", "Ivo Brant", -1),
    ("Premier Ivo Brant under fire over the new toll", "Ivo Brant", -1),
    ("Governor Alda Voss called out Ivo Brant over the toll.", "Ivo Brant", -1),
    ("Governor Alda Voss stood up for Ivo Brant at the assembly.", "Ivo Brant", 1),
    ("Governor Alda Voss threw her support behind Ivo Brant.", "Ivo Brant", 1),
    ("Premier Ivo Brant won the endorsement of the Kestrel unions.", "Ivo Brant", 1),
    ("Premier Ivo Brant won praise for the new bridge.", "Ivo Brant", 1),
    ("Governor Alda Voss lost to Ivo Brant in the runoff.", "Ivo Brant", 1),
    ("Governor Alda Voss took issue with Ivo Brant over the toll.", "Ivo Brant", -1),
    ("Governor Alda Voss hit out at Ivo Brant over the toll.", "Ivo Brant", -1),
    ("Premier Ivo Brant stood his ground on the toll.", "Ivo Brant", 1),
    ("Governor Alda Voss lost to Ivo Brant in the runoff.", "Alda Voss", -1),
    # With words between: the race lost, an adverb ("lost the election to Y" had no frame: Y was 0).
    ("Governor Alda Voss lost the 2024 mayoral race to Ivo Brant.", "Ivo Brant", 1),
    ("Governor Alda Voss lost narrowly to Ivo Brant.", "Ivo Brant", 1),
])
def test_multi_word_frames(sentence, mention, sign):
    start = sentence.index(mention)
    assert target_features(sentence, start, start + len(mention))["role"] * sign > 0
    rules_and_learned(sentence, mention, sign)


def test_a_verb_after_the_to_of_a_frame_ends_it():
    # "lost ** to" needs a name or a determiner after "to": "lost the chance to defeat X" is no loss to X.
    s = "Governor Alda Voss lost the chance to defeat Ivo Brant."
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["role"] < 0


def test_back_as_a_noun_is_no_support():
    s = "Ivo Brant walked to the back of the hall."
    assert target_features(s, s.index("the hall"), s.index("the hall") + 8)["role"] == 0
    s = "The unions backed Ivo Brant."
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["role"] > 0


def test_a_frame_hides_the_verb_inside_it():
    # "called out" is criticism of the one called out; the critic is not the patient of "called".
    s = "Alda Voss called out Ivo Brant."
    assert target_features(s, 0, 9)["role"] == 0


@pytest.mark.parametrize("sentence,mention,sign", [
    ("Senator Vell Arno is a liar and a fraud.", "Vell Arno", -1),
    ("Senator Vell Arno remained popular with voters.", "Vell Arno", 1),
    ("Vell Arno, a respected and honest leader, opened the fair.", "Vell Arno", 1),
    ("Vell Arno, a disgraced former banker, opened the fair.", "Vell Arno", -1),
    ("The mayor called Vell Arno a fraud.", "Vell Arno", -1),
    ("Vell Arno, a former banker, has been a popular and respected mayor.", "Vell Arno", 1),
    ("He's a liar and a fraud, the mayor said of the banker.", "He", -1),
])
def test_predicates_and_appositions_describe_the_mention(sentence, mention, sign):
    start = sentence.index(mention)
    assert target_features(sentence, start, start + len(mention))["attribute"] * sign > 0
    assert polarity(tone(sentence, mention)) == sign


def test_a_possessive_passes_its_things_predicate_on():
    s = "Vell Arno's latest remarks were divisive and reckless."
    assert target_features(s, 0, 9)["attribute"] < 0
    assert target_features("Vell Arno's latest remarks were long.", 0, 9)["attribute"] == 0


def test_a_speakers_role_stops_at_the_speech_verb():
    s = "Governor Alda Voss said Ivo Brant was praised by the unions."
    assert target_features(s, s.index("Alda"), s.index("Alda") + 9)["role"] == 0
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["role"] > 0


def test_a_later_pronoun_echoes_the_role_to_the_named_mention():
    s = "Governor Alda Voss said on Monday that she was praised by the unions."
    f = target_features(s, s.index("Alda"), s.index("Alda") + 9)
    assert f["echo"] > 0 and f["role"] == 0
    s = "Governor Alda Voss said on Monday that he was praised by the unions."
    assert target_features(s, s.index("he"), s.index("he") + 2)["echo"] == 0  # a pronoun mention


def test_an_epithet_inside_the_mention_describes_it():
    s = "Yesterday the disgraced former mayor Vell Arno left Kestrel."
    start = s.index("the disgraced")
    assert target_features(s, start, s.index(" left"))["attribute"] < 0


def test_apposition_stops_at_the_next_comma():
    s = "Vell Arno, a teacher, said the scandal was terrible."
    assert target_features(s, 0, 9)["attribute"] == 0


def test_headline_participle_reads_as_passive():
    s = "Mayor Orrin Tal indicted for fraud in Kestrel"
    assert target_features(s, 6, 15)["role"] < 0
    assert polarity(tone(s, "Orrin Tal")) == -1
    s = "Orrin Tal won in Kestrel."  # winning is done by the subject, never to it
    assert target_features(s, 0, 9)["role"] > 0


def test_a_mention_with_parentheses_keeps_its_role():
    s = "The council called for Ivo Brant (Kestrel) to step down."
    assert target_features(s, s.index("Ivo"), s.index(")") + 1)["role"] < 0


@pytest.mark.parametrize("sentence,mention,sign", [
    ("Alda Voss, a close ally of Ivo Brant, opened the fair.", "Ivo Brant", 1),
    ("Ivo Brant's defenders gathered outside the hall.", "Ivo Brant", 1),
    ("The unions voiced frustration with Ivo Brant.", "Ivo Brant", -1),
    ("The motion met firm opposition to Ivo Brant.", "Ivo Brant", -1),
])
def test_alliance_and_quarrel_nouns_point_at_the_one_concerned(sentence, mention, sign):
    start = sentence.index(mention)
    assert target_features(sentence, start, start + len(mention))["pointer"] * sign > 0


@pytest.mark.parametrize("sentence,mention,sign", [
    ("The runoff was a clear victory for Alda Voss.", "Alda Voss", 1),
    ("Alda Voss's victory surprised the pollsters.", "Alda Voss", 1),
    ("The defeat of Ivo Brant surprised the pollsters.", "Ivo Brant", -1),
    ("Ivo Brant's failure on the bridge cost the party.", "Ivo Brant", -1),
])
def test_victory_and_defeat_nouns_point_at_their_owner(sentence, mention, sign):
    start = sentence.index(mention)
    assert target_features(sentence, start, start + len(mention))["pointer"] * sign > 0


def test_portrayal_words_of_political_reporting():
    assert tone("Senator Vell Arno is a joke.", "Vell Arno") < -0.05
    rules_and_learned("The embroiled Mayor Orrin Tal left early.", "Orrin Tal", -1)
    rules_and_learned("The tireless Mayor Orrin Tal left early.", "Orrin Tal", 1)


# ----------------------------------------------------------------------------- negation, contrast

def test_negation_flips_an_attribute():
    assert tone("Mayor Orrin Tal is corrupt.", "Orrin Tal") < -0.05
    assert tone("Mayor Orrin Tal is not corrupt.", "Orrin Tal") > 0.05


def test_negated_praise_is_not_praise():
    s = "Mayor Orrin Tal was not praised by the council."
    assert tone(s, "Orrin Tal") < -0.05


def test_withheld_criticism_is_not_praise():
    s = "Governor Alda Voss did not criticise Ivo Brant."
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["role"] == 0
    s = "Governor Alda Voss plainly detests Ivo Brant."
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["role"] < 0


def test_contrast_keeps_each_clause_with_its_own_target():
    s = "Mayor Orrin Tal is honest, but Senator Vell Arno is a liar."
    assert tone(s, "Vell Arno") < -0.05
    assert tone(s, "Orrin Tal") > tone(s, "Vell Arno")


# ----------------------------------------------------------------------------- quotes

def test_the_one_spoken_about_takes_the_quote_not_the_speaker():
    s = "\u201cVell Arno is a disgrace and a liar,\u201d Orrin Tal said."
    assert tone(s, "Vell Arno") < -0.05
    assert tone(s, "Orrin Tal") > tone(s, "Vell Arno")
    assert target_features(s, s.index("Orrin"), s.index("Orrin") + 9)["voice"] < 0


def test_a_quotation_speaks_about_the_mention_inside_it_not_about_its_speaker():
    s = "\u201cThe new bridge Ivo Brant opened is a wonderful, brilliant gift,\u201d Alda Voss said."
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["quoted"] > 0
    assert target_features(s, s.index("Alda"), s.index("Alda") + 9)["quoted"] == 0
    assert tone(s, "Ivo Brant") > 0.05


def test_subject_of_reported_speech_is_not_its_speaker():
    s = "Governor Alda Voss said Ivo Brant would be remembered as a disgraced crook."
    f = target_features(s, s.index("Ivo"), s.index("Ivo") + 9)
    assert f["voice"] == 0 and f["local"] < 0
    assert tone(s, "Ivo Brant") < -0.05
    s = "\u201cIt was a disgraceful fraud,\u201d said Ivo Brant."
    assert target_features(s, s.index("Ivo"), s.index("Ivo") + 9)["voice"] < 0


def test_speaker_of_warm_words_is_not_negative():
    s = "\u201cWe will build the best schools in Nordland,\u201d said Orrin Tal."
    assert tone(s, "Orrin Tal") >= -0.05


# ----------------------------------------------------------------------------- robustness

@pytest.mark.parametrize("sentence,start,end", [
    ("", 0, 0), ("", 3, 9), ("abc", 5, 2), ("abc", -4, 99), ("\u201c" * 500, 10, 20),
    ("no punctuation at all just words", 3, 14), ("\u201d closing first, then \u201c opening", 2, 9),
    ("\U0001F600 \u0000 \ufeff", 0, 3), ("  ", 0, 2),
])
def test_odd_input_never_raises(sentence, start, end):
    assert -1.0 <= score_target(sentence, start, end) <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.integers(-5, 130), st.integers(-5, 130))
def test_score_target_is_total_and_bounded(sentence, start, end):
    score = score_target(sentence, start, end)
    assert -1.0 <= score <= 1.0
    assert set(target_features(sentence, start, end)) == {"role", "pointer", "attribute", "echo",
                                                          "local", "quoted", "sentence", "action",
                                                          "voice"}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["Vell", "praised", "not", "corrupt", "\u201c", "\u201d", ",", "but",
                                 "was", "by", "Orrin", "said", "criticism", "of", ".", "\"", "n't"]),
                max_size=40))
def test_word_salad_is_bounded(tokens):
    s = " ".join(tokens)
    for start in range(0, len(s), 5):
        assert -1.0 <= score_target(s, start, start + 4) <= 1.0


def test_a_very_long_mention_scores_without_numeric_warnings():
    import warnings

    s = "Vell " * 3000 + "was praised."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert -1.0 <= score_target(s, 0, 5 * 3000 - 1) <= 1.0


def test_polarity_band():
    assert [polarity(x) for x in (-0.5, -0.05, 0.0, 0.05, 0.06, float("nan"))] == [-1, 0, 0, 0, 1, 0]


# ----------------------------------------------------------------------------- evaluation

def test_evaluate_targets_on_fixture():
    rows = [json.loads(line) for line in
            (FIXTURES / "sentiment" / "targets.jsonl").read_text(encoding="utf-8").splitlines()]
    result = evaluate_targets(rows)
    assert result["n"] == len(rows)
    assert result["accuracy"] == 1.0 and result["macro_f1"] == 1.0
    # right on every resample (a resample without one of the classes scores it 0, as macro-F1 does)
    assert result["macro_f1_ci"][1] == 1.0 and result["macro_f1_ci"][0] >= 2 / 3 - 1e-4
    flipped = [dict(r, polarity=-r["polarity"]) for r in rows]
    assert evaluate_targets(pd.DataFrame(flipped))["macro_f1"] < 0.5
    # Rows of one story (NewsMTSC ids allsides_<article>_<story>_...) are resampled together: with
    # every row in one story there is a single unit and no interval.
    one_story = [dict(r, id=f"allsides_{i}_77_0_X_0_1") for i, r in enumerate(flipped)]
    assert "macro_f1_ci" not in evaluate_targets(one_story)
    low, high = evaluate_targets(flipped)["macro_f1_ci"]
    assert low - 1e-4 <= evaluate_targets(flipped)["macro_f1"] <= high + 1e-4  # (rounded to 4 places)


def test_evaluate_targets_empty():
    assert evaluate_targets([]) == {"macro_f1": 0.0, "f1_negative": 0.0, "f1_neutral": 0.0,
                                    "f1_positive": 0.0, "accuracy": 0.0, "n": 0}


def test_newsmtsc_dev_figure():
    result = evaluate_newsmtsc(shared_path("corpora", "newsmtsc-train", "dev.jsonl"))
    assert result["n"] == 343
    assert result["macro_f1"] == pytest.approx(DEV_MACRO_F1, abs=0.005)
    assert result["macro_f1"] > 0.55  # sentence-level VADER reaches about 0.51
    rules = evaluate_newsmtsc(shared_path("corpora", "newsmtsc-train", "dev.jsonl"), method="rules")
    assert rules["macro_f1"] == pytest.approx(0.639, abs=0.005)
    assert result["macro_f1"] > rules["macro_f1"]  # the learned layer is kept only while it wins


@pytest.mark.eval
def test_newsmtsc_train_figure():
    result = evaluate_newsmtsc(shared_path("corpora", "newsmtsc-train", "train.jsonl"))
    assert result["macro_f1"] == pytest.approx(TRAIN_MACRO_F1, abs=0.005)


# ----------------------------------------------------------------------------- tables

def test_mention_tone_offsets_and_sentences():
    arts = _articles()
    tones = mention_tone(arts)
    assert {"entity", "sentence", "portrayal", "portrayal_label", "action", "voice"} <= set(tones.columns)
    texts = dict(zip(arts["doc_id"], arts["text"]))
    for r in tones.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.text
        assert r.text in r.sentence
        assert -1.0 <= r.portrayal <= 1.0


def test_entity_sentiment_portrays_each_entity():
    table = entity_sentiment(_articles())
    row = table.set_index(["entity", "doc_id"])
    brant = row.loc[("Ivo Brant", "nordland-1")]
    assert brant["mentions"] == 2
    assert brant["portrayal"] < -0.05 and brant["negative"] == 2
    assert brant["portrayal_label"] == "negative"
    assert "accused" in brant["most_negative"]
    voss = row.loc[("Alda Voss", "nordland-2")]
    assert voss["portrayal"] > 0.05 and "praised" in voss["most_positive"]
    assert row.loc[("Alda Voss", "nordland-1"), "outlet"] == "Kestrel Courier"
    assert list(table["mentions"]) == sorted(table["mentions"], reverse=True)


def test_entity_summary_corpus_and_outlet():
    table = entity_sentiment(_articles())
    summary = entity_summary(table).set_index("entity")
    assert summary.loc["Ivo Brant", "mentions"] == 4
    assert summary.loc["Ivo Brant", "articles"] == 2
    by_outlet = entity_summary(table, by="outlet")
    assert set(by_outlet["outlet"]) == {"Kestrel Courier", "Nordland Post"}
    brant = by_outlet.set_index(["entity", "outlet"])["portrayal"]
    assert brant[("Ivo Brant", "Kestrel Courier")] < brant[("Ivo Brant", "Nordland Post")]
    assert entity_summary(table.iloc[0:0]).empty


def test_entity_sentiment_without_mentions():
    arts = pd.DataFrame({"doc_id": ["x"], "text": ["nothing capitalised here at all."]})
    assert entity_sentiment(arts).empty


def test_speaker_tone_groups_quotes():
    quotes = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b"],
        "speaker": ["Mara Quell", "Mara Quell", "Orrin Tal", None],
        "content": ["A brave and honest leader.", "We are grateful.", "A disgrace and a fraud.", "Fine."],
    })
    table = speaker_tone(quotes).set_index("speaker")
    assert set(table.index) == {"Mara Quell", "Orrin Tal"}
    assert table.loc["Mara Quell", "quotes"] == 2
    assert table.loc["Mara Quell", "tone"] > 0.05 > -0.05 > table.loc["Orrin Tal", "tone"]
    assert table.loc["Orrin Tal", "most_negative"] == "A disgrace and a fraud."
    assert speaker_tone(quotes.iloc[0:0]).empty
    # The mean tone stands with its label and the shares of the quotes by label (issue 18's rule).
    columns = list(table.columns)
    assert columns[columns.index("tone"):columns.index("tone") + 5] == [
        "tone", "tone_label", "share_positive", "share_neutral", "share_negative"]
    assert table.loc["Mara Quell", ["share_positive", "share_neutral", "share_negative"]].tolist() == [1.0, 0.0, 0.0]
    assert table.loc["Orrin Tal", "share_negative"] == 1.0
    # Evidence of a tone the speaker never takes is no evidence: no "most positive" for Orrin Tal.
    assert pd.isna(table.loc["Orrin Tal", "most_positive"]) and pd.isna(table.loc["Mara Quell", "most_negative"])


def test_most_negative_and_most_positive_are_only_ever_negative_and_positive(sample_articles):
    for table in (entity_sentiment(sample_articles), entity_summary(entity_sentiment(sample_articles))):
        assert len(table) and table["most_negative"].notna().any() and table["most_positive"].notna().any()
        assert (table["most_negative_tone"].dropna() < -0.05).all()
        assert (table["most_positive_tone"].dropna() > 0.05).all()
        assert (table["most_negative"].isna() == table["most_negative_tone"].isna()).all()


def test_sample_portrays_the_leaders_and_countries(sample_articles):
    summary = entity_summary(entity_sentiment(sample_articles))
    names = ["Trump", "Takaichi", "Xi", "Naruhito", "Lee Jae Myung", "Japan", "China", "South Korea"]
    from presslens.sentiment import select_entities

    for name in names:
        rows = select_entities(summary, [name])
        assert len(rows) >= 1, name
        assert rows["portrayal"].between(-1, 1).all()
    top = summary.set_index("entity")
    assert top.loc["Donald Trump", "mentions"] >= 10
    assert top.loc["Sanae Takaichi", "portrayal"] > 0.05  # "has already earned Trump's praise"
    # The article stance weighs Tokyo's two other, neutral mentions too; the sentence itself
    # portrays Tokyo negatively, not Trump (below).
    assert top.loc["Tokyo", "portrayal_label"] != "positive"
    assert top.loc["Tokyo", "portrayal"] < top.loc["Donald Trump", "portrayal"]
    for junk in ("Peace Treaty", "Rare Earth Deals", "Asia", "World War Two"):
        assert junk not in top.index
    tones = mention_tone(sample_articles).set_index("entity")
    criticism = tones[tones["sentence"].str.contains("previously criticised Tokyo")]
    assert criticism.loc["Tokyo", "portrayal_label"] == "negative"
    assert criticism.loc["Donald Trump", "portrayal_label"] == "neutral"
    assert criticism.loc["Donald Trump", "action_label"] == "negative"


def test_select_entities_matches_whole_words():
    t = pd.DataFrame({"entity": ["Donald Trump", "Trumpington", "South Korea", "Xi Jinping"]})
    from presslens.sentiment import select_entities

    assert select_entities(t, ["Trump", "xi"])["entity"].tolist() == ["Donald Trump", "Xi Jinping"]
    assert select_entities(t, None).equals(t)
    assert select_entities(t, "Korea")["entity"].tolist() == ["South Korea"]
    assert select_entities(t, "Trump, Korea")["entity"].tolist() == ["Donald Trump", "South Korea"]
    assert select_entities(t, []).empty


def test_select_entities_names_a_name_that_matches_nothing():
    # entities="Velk, Nowhere" in 02_sentiment showed Velk alone and said nothing of Nowhere.
    t = pd.DataFrame({"entity": ["Mara Velk", "Ostrin Harbour Board"]})
    from presslens.sentiment import select_entities

    with pytest.warns(UserWarning, match="no entity matches 'nowhere'"):
        assert select_entities(t, "Velk, Nowhere")["entity"].tolist() == ["Mara Velk"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert select_entities(t, ["harbour board", "velk"])["entity"].tolist() == t["entity"].tolist()


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab Cd Ef. “”\",;:!?\n—'’xyzQ")), max_size=300))
def test_entity_sentiment_never_raises(text):
    table = entity_sentiment(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert table["portrayal"].between(-1, 1).all()
    assert (table["mentions"] >= 1).all()


def test_critic_acts_and_the_criticised_is_portrayed():
    s = "Councillor Tom Becker called the plan a reckless waste of money."
    f = target_features(s, s.index("Tom"), s.index("Tom") + 10)
    assert polarity(tone(s, "Tom Becker")) == 0
    assert f["action"] < 0
    s = "Mayor Ines Dorn was praised by Governor Alda Voss."
    assert target_features(s, s.index("Alda"), s.index("Alda") + 9)["action"] > 0


def test_voice_comes_from_attributed_quotes():
    arts = pd.DataFrame({"doc_id": ["v"], "text": ["Senator Mara Quell visited Kestrel. Quell spoke at length."]})
    quotes = pd.DataFrame({"doc_id": ["v"], "speaker": ["Mara Quell"], "content": ["A wonderful, happy day."]})
    row = entity_sentiment(arts, quotes=quotes).set_index("entity").loc["Mara Quell"]
    assert row["voice"] > 0.05 and row["voice_label"] == "positive" and row["quotes"] == 1
    assert row["portrayal_label"] == "neutral"


def test_every_score_has_its_label_by_the_vader_rule():
    table = entity_sentiment(_articles())
    for q in ("portrayal", "action", "voice"):
        expected = ["negative" if v < -0.05 else "positive" if v > 0.05 else "neutral" for v in table[q]]
        assert table[f"{q}_label"].tolist() == expected


@pytest.mark.parametrize("method", ["rules", "learned"])
def test_a_mention_without_evaluative_language_is_neutral(method):
    s = "Ivo Brant arrived in Kestrel on Monday with two aides."
    assert score_target(s, 0, 9, method=method) == 0.0
    assert polarity(score_target("Critics accused Ivo Brant of fraud.", 16, 25, method=method)) == -1


@pytest.mark.parametrize("method", ["rules", "learned"])
def test_a_span_that_is_none_scores_zero_and_a_wrong_method_is_named(method):
    s = "Critics accused Ivo Brant of fraud."
    right = score_target(s, 16, 25, method=method)
    # offsets as a spreadsheet or a JSON file may hold them: text, floats
    assert score_target(s, "16", "25", method=method) == score_target(s, 16.0, 25.0, method=method) == right
    # no span: a start before the text (not counted from its end), an end before the start, a missing offset
    # ... and an end past the sentence (a span of another text, not clipped to part of this one)
    for start, end in ((-9, 3), (25, 16), (float("nan"), 25), (None, 25), (16, 10_000), (0, len(s) + 1)):
        assert score_target(s, start, end, method=method) == 0.0, (start, end)
    with pytest.raises(ValueError, match=r"unknown target method 'learnt'; choose one of \('auto', 'learned'"):
        score_target(s, 16, 25, method="learnt")


def test_learned_layer_reads_the_same_features_as_the_rules():
    from presslens.sentiment.target import lexical_cues

    cues = lexical_cues("The brave Ivo Brant won again.", 10, 19)
    assert "L_brave" in cues and "R_again" in cues and "S_again" in cues
    assert not any(c.endswith(("_ivo", "_brant")) for c in cues)  # the name itself is no cue
    s = "Governor Alda Voss praised Premier Ivo Brant for the new bridge."
    assert score_target(s, s.index("Ivo"), s.index("Ivo") + 9, method="learned") > 0.05


def test_cues_place_words_relative_to_the_mention():
    from presslens.sentiment.target import lexical_cues

    s = "The council praised Ivo Brant."
    cues = lexical_cues(s, s.index("Ivo"), s.index("Ivo") + 9)
    assert "l1_<frame+>" in cues and "S_praised" not in cues  # the frame speaks through its class
    s = "Trump criticised Tokyo for not contributing enough."
    cues = lexical_cues(s, 0, 5)
    assert not any("criticised" in c or "contributing" in c for c in cues)  # his act is no cue of his
    assert "S_not_contributing" in lexical_cues(s, 17, 22)  # negated words keep their own cue
    s = "The toll is a disgrace, Councillor Tom Becker said."
    cues = lexical_cues(s, s.index("Tom"), s.index("Tom") + 10)
    assert cues["X_speaks"] == 1.0 and any(c.startswith("V_L") and c.endswith("s_n") for c in cues)
    # A title inside the inversion keeps the speaker, whose quotation before the verb is what it says (its act).
    s = "“The toll is a disgrace,” said Councillor Tom Becker."
    cues = lexical_cues(s, s.index("Tom"), s.index("Tom") + 10)
    assert cues["X_speaks"] == 1.0 and not any(c.startswith("V_") or "disgrace" in c for c in cues)
    s = "Alda Voss said Councillor Tom Becker would resign."
    assert "X_speaks" not in lexical_cues(s, s.index("Tom"), s.index("Tom") + 10)  # spoken of


def test_evidence_bins_read_portrayal_only():
    from presslens.sentiment.target import lexical_cues

    def bins(s, start, end):
        return {c for c in lexical_cues(s, start, end) if c.startswith("B_")}

    # The critic's bins are those of a mention with no evaluative language at all: what a
    # mention does is no evidence of its portrayal; the one criticised falls in a negative bin
    # of the role feature.
    criticised = "Trump criticised Tokyo for not contributing enough."
    assert bins(criticised, 0, 5) == bins("Trump visited Tokyo on Monday.", 0, 5)
    assert len(bins(criticised, 0, 5)) == 8 and "B_0_3" in bins(criticised, 0, 5)
    assert {"B_0_0", "B_0_1"} & bins(criticised, 17, 22)


def test_learned_scores_keep_the_vader_reading():
    from presslens.sentiment.target import class_scores

    logits = np.log([[0.2, 0.5, 0.3], [0.5, 0.2, 0.3], [0.1, 0.1, 0.8], [0.34, 0.33, 0.33]])
    scores = class_scores(logits)
    assert [polarity(v) for v in scores] == [0, -1, 1, -1]
    assert abs(scores[0]) <= 0.05 and scores[0] > 0  # neutral, leaning positive
    assert scores[2] > -scores[1] > 0.05  # a surer class scores further out


def test_an_article_without_evaluative_language_is_exactly_neutral_towards_its_people():
    arts = pd.DataFrame({"doc_id": ["x"], "text": [
        "Senator Ada Quill visited Kestrel on Monday. Quill met Mayor Ivo Brant there."]})
    table = entity_sentiment(arts).set_index("entity")
    assert table.loc[["Ada Quill", "Ivo Brant"], "portrayal"].tolist() == [0.0, 0.0]


def _script(name: str, monkeypatch=None):
    """The module of ``scripts/<name>.py``, loaded from its file (scripts/ is no package); with ``monkeypatch``,
    scripts/ is on the path for this test, for a script that imports its neighbours (target_variants imports
    train_target)."""
    if monkeypatch is not None:
        monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_folds_naive_bayes_into_the_shipped_arithmetic():
    """scripts/train_target.py fits naive Bayes scores beside the cues and folds them into the
    cue weights, and scores its folds with the shipped arithmetic (learned_logits): the layer
    learns its rows, and the model file it writes reads back to the same log-odds."""
    from presslens.sentiment import target

    train = _script("train_target")
    rows = [("Critics accused Blorf of fraud and lies.", "Blorf", -1),
            ("Voters praised Blorf for the brave new bridge.", "Blorf", 1),
            ("Blorf met Tam Ostry on Tuesday in Varn.", "Tam Ostry", 0),
            ("The disgraced Tam Ostry was indicted again.", "Tam Ostry", -1),
            ("Ivo Brant won a popular vote by a wide margin.", "Ivo Brant", 1),
            ("Ivo Brant will travel to Varn next week.", "Ivo Brant", 0)] * 3
    sentences = [s for s, _, _ in rows]
    starts = [s.index(m) for s, m, _ in rows]
    feats, cues = target.mention_features(sentences, starts, [a + len(m) for a, (_, m, _) in zip(starts, rows)],
                                          target.CUE_WINDOW)
    gold = np.array([g for *_, g in rows])
    train.MIN_CUE_COUNT = 1
    layer = train.fit_layer(feats, cues, gold, np.arange(len(rows)) % 6, 1.0)
    fitted = target.learned_logits(feats, cues, layer)  # the arithmetic training scores with
    assert (fitted.argmax(axis=1) - 1 == gold).all()  # it learns the fictional rows it was fitted on
    assert np.abs(layer["cue_weights"]).max() > 0
    # What the package reads back from the file gives the fit's log-odds (to its rounding).
    record = json.loads(json.dumps(train.model_record(layer, (0.0, 0.0))))
    assert np.allclose(target.learned_logits(feats, cues, target.read_model(record)), fitted, atol=0.05)
    # The interval of the unseen-stories figure: the stories (here six, one class each) drawn whole.
    stories = np.arange(len(rows)) % 6
    low, high = train.story_interval(np.column_stack([gold, gold]), gold, stories)
    assert high == 1.0 and low < 1.0  # a draw without a class scores it 0, as macro-F1 does
    assert train.story_interval(np.zeros((len(rows), 2), dtype=int), gold, stories)[1] < 0.5


def test_variant_fit_by_polarity_and_subjectivity_reduces_to_the_plain_fit(monkeypatch):
    """scripts/target_variants.py's ``polar_fit`` writes the weights as a polarity and a subjectivity
    direction with their L2 apart; at ratio 1 it is the plain multinomial fit of train_target (the L2 on the
    weights, which are centred over the classes at the optimum), and a larger ratio shrinks the polarity."""
    from scipy import sparse

    variants = _script("target_variants", monkeypatch)
    rng = np.random.default_rng(0)
    dense, cues = rng.normal(size=(60, 3)), sparse.csr_matrix((rng.random((60, 5)) > 0.7).astype(float))
    gold = np.clip(np.round(dense[:, 0] + rng.normal(scale=0.5, size=60)), -1, 1).astype(int)
    b0, w0, c0 = variants.tt._fit_lr(dense, cues, gold, 2.0)
    b1, w1, c1 = variants.polar_fit(1.0)(dense, cues, gold, 2.0)
    centred = lambda w: w - w.mean(axis=1, keepdims=True)  # noqa: E731
    assert np.allclose(centred(w0), w1, atol=1e-3) and np.allclose(centred(c0), c1, atol=1e-3)
    _, w4, _ = variants.polar_fit(4.0)(dense, cues, gold, 2.0)
    assert abs(w4[0, 2] - w4[0, 0]) < abs(w1[0, 2] - w1[0, 0])


def test_variant_lexicon_adds_listed_words_too_rare_to_be_cues(monkeypatch):
    """scripts/target_variants.py's ``clean_lexicon`` (twelfth round) adds the listed words the target
    lexicon lacks at ±scale, only those in fewer than MIN_CUE_COUNT of the given sentences when asked, and
    none that two lists sign differently; ``words_spec`` reads a variant's name."""
    variants = _script("target_variants", monkeypatch)
    lists = {"one": {"glorpish": -1.0, "zanful": 1.0, "bad": 1.0, "wexy": 1.0},
             "two": {"wexy": -1.0, "plimsy": 0.5}}
    monkeypatch.setattr(variants, "_source_signs", lambda source: lists[source])
    lex = variants.clean_lexicon("one+two", 0.5)
    assert lex["glorpish"] == -0.5 and lex["zanful"] == 0.5 and lex["plimsy"] == 0.25
    assert "wexy" not in lex and lex["bad"] < -1  # signed both ways; the lexicon's own valence kept
    sentences = [f"Councillor Brent of Harrowgate was zanful, report {i}." for i in range(6)]
    rare = variants.clean_lexicon("one+two", 0.5, sentences + ["A glorpish deal."])
    assert "zanful" not in rare and rare["glorpish"] == -0.5  # in six sentences: left to the cues
    assert variants.words_spec("words-afinn+patterns-rare-cv0.5_0.25_1") == ("afinn+patterns", True, [0.5, 0.25, 1.0])
    assert variants.words_spec("words-afinn-0.5") == ("afinn", False, [0.5])


def test_variant_cues_key_contrast_reported_speech_and_a_negated_clause_apart(monkeypatch):
    """scripts/target_variants.py's thirteenth round: ``contrast_rekey`` keys the evaluative words a contrast word
    stands between apart (``b``), ``reported_cues`` marks a mention in what someone else says, not its speaker,
    ``negated_clause_cues`` a negator in the mention's clause; ``error_groups`` finds the standard of a comparison."""
    from presslens.sentiment import target

    variants = _script("target_variants", monkeypatch)
    s = "Mayor Quill is honest, but Senator Vantreck is a liar."
    at = s.index("Quill"), s.index("Quill") + 5
    cues = target.lexical_cues(s, *at)
    rekeyed = variants.contrast_rekey(cues, s, *at)
    assert "V_Ro_n" in cues and "V_Ro_n" not in rekeyed and rekeyed["V_Rob_n"] == cues["V_Ro_n"]
    assert any(k.startswith("Y_before_") for k in variants.contrast_rekey(cues, s, *at, side=True))
    t = "Councillor Brent said Vantreck was a fraud."
    assert [k[:11] for k in variants.reported_cues(t, t.index("Vantreck"), t.index("Vantreck") + 8)] == ["Z_reported_"]
    assert variants.reported_cues(t, 11, 16) == {}  # the speaker
    u = "Vantreck did not lie to Ossington."
    assert "N_negated" in variants.negated_clause_cues(u, 0, 8)
    rows = pd.DataFrame({"sentence": ["Quill polled better than Governor Vantreck."], "from": [34], "to": [42]})
    found = variants.error_groups(rows, [{"X_": 1.0}], np.zeros(1, int), np.zeros(1, int))
    assert "the standard of a comparison" in found and "comparison word in the sentence" in found


def test_variant_cues_read_the_words_inside_the_mention_and_mark_a_plain_context(monkeypatch):
    """scripts/target_variants.py's thirtieth-session variants: ``span_cues`` reads the words the cues hide as the
    mention's own (an evaluative word, a lower-case description; not its name, a pronoun or "the"), and
    ``plain_rekey`` marks a mention no evaluative word stands beside (``X_plain``)."""
    from presslens.sentiment import target

    variants = _script("target_variants", monkeypatch)
    s = "The disgraced banker Orrin Tal flew to Nordvik."
    mention = "The disgraced banker Orrin Tal"
    got = variants.span_cues(s, 0, len(mention))
    assert got["V_M_n"] > 0 and {"M_disgraced", "M_banker"} <= set(got)
    assert not {"M_the", "M_orrin", "M_tal"} & set(got) and "V_M_n" not in target.lexical_cues(s, 0, len(mention))
    assert variants.span_cues(s, s.index("Orrin"), s.index("Orrin") + 9) == {}
    t = "Orrin Tal flew to Nordvik on Tuesday."
    plain = target.lexical_cues(t, 0, 9)
    assert variants.plain_rekey(plain, t, 0, 9)["X_plain"] == 1.0
    u = "Orrin Tal is a brave and honest man."
    assert "X_plain" not in variants.plain_rekey(target.lexical_cues(u, 0, 9), u, 0, 9)
    rows = pd.DataFrame({"sentence": [s], "from": [0], "to": [len(mention)]})
    found = variants.error_groups(rows, [target.lexical_cues(s, 0, len(mention))], np.zeros(1, int), np.zeros(1, int))
    assert "an evaluative word inside the mention" in found


def test_cues_say_whether_the_mention_is_a_place_an_organisation_or_a_common_noun(monkeypatch):
    from presslens.sentiment import target

    kinds = {"Nordvik": "PLACE", "Harbour Guild": "ORG"}
    monkeypatch.setattr(target, "known_kind", lambda name: kinds.get(name, ""))
    target._mention_kind.cache_clear()
    try:
        s = "Ivo Brant blamed the Harbour Guild and the council for the chaos in Nordvik."

        def cues(mention):
            return target.lexical_cues(s, s.index(mention), s.index(mention) + len(mention))

        assert "X_place" in cues("Nordvik") and "X_org" not in cues("Nordvik")
        assert "X_org" in cues("the Harbour Guild")
        assert "X_common" in cues("the council") and "X_common" not in cues("Ivo Brant")
        assert "X_common" not in target.lexical_cues("We blamed it.", 0, 2)  # a pronoun is no common noun
        assert not {"X_place", "X_org", "X_common"} & set(cues("Ivo Brant"))
        t = "The council met us in Nordvik."
        assert "X_common" in target.lexical_cues(t, 0, 11)  # a capital opening the sentence is no name's
        assert "X_place" not in target.lexical_cues(t, t.index("us"), t.index("us") + 2)  # "us" is no "US"
    finally:
        target._mention_kind.cache_clear()


def test_most_positive_and_most_negative_carry_their_article_and_offsets():
    # The evidence of a figure must be found in its article: each extreme sentence names its doc_id and the
    # offsets of the entity's name in it, in entity_sentiment, entity_summary (by outlet too) and speaker_tone.
    arts = _articles()
    texts = dict(zip(arts["doc_id"], arts["text"]))
    table = entity_sentiment(arts)
    for summary in (table, entity_summary(table), entity_summary(table, by="outlet")):
        for side in ("most_positive", "most_negative"):
            shown = summary[summary[side].notna()]
            assert len(shown) and shown[f"{side}_doc_id"].notna().all()
            for r in shown.itertuples():
                doc, a, b = getattr(r, f"{side}_doc_id"), getattr(r, f"{side}_start"), getattr(r, f"{side}_end")
                assert texts[doc][a:b] in getattr(r, side)
            assert summary.loc[summary[side].isna(), f"{side}_start"].isna().all()
    brant = entity_summary(table).set_index("entity").loc["Ivo Brant"]
    assert texts[brant["most_negative_doc_id"]][brant["most_negative_start"]:brant["most_negative_end"]] in (
        "Ivo Brant", "Brant")
    quotes = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Mara Quell", "Orrin Tal"],
                           "content": ["A brave leader.", "A disgrace."], "start": [10, 4], "end": [25, 15]})
    spoken = speaker_tone(quotes).set_index("speaker")
    assert spoken.loc["Orrin Tal", ["most_negative_doc_id", "most_negative_start", "most_negative_end"]].tolist() == [
        "b", 4, 15]
