"""Tests of the article stance towards an entity (presslens.sentiment.portrayal): the summary of
all of an entity's mentions, the learned stance layer, and which mentions count as portrayal.
Fictional articles from tests/fixtures/portrayal; the sample article for the issue's cases."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from conftest import FIXTURES
from presslens.entities.lexicon import setting_before
from presslens.sentiment import evaluation
from presslens.sentiment.portrayal import (
    SENTENCE_SHOWN,
    STANCE_FEATURES,
    _stance_model,
    document_stance,
    entity_sentiment,
    headline_tone,
    mention_tone,
    portrayed,
    stance_evidence,
    stance_features,
)
from presslens.sentiment.target import score_target
from presslens.text import split_sentences


def _articles() -> pd.DataFrame:
    return pd.DataFrame(json.loads((FIXTURES / "portrayal" / "stance.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return entity_sentiment(_articles()).set_index(["entity", "doc_id"])


def test_stance_features_sum_up_every_mention_of_each_entity():
    tones = pd.DataFrame({
        "entity": ["A", "A", "A", "B"], "doc_id": ["d"] * 4, "sent_id": [0, 0, 3, 1],
        "lead": [True, True, False, False], "portrayal": [0.5, 0.0, -0.6, 0.0],
        "sentence_tone": [0.4, 0.4, -0.2, 0.3], "judgement": [0.2, 0.0, -0.4, 0.0]})
    f = stance_features(tones, ["entity", "doc_id"]).loc[("A", "d")]
    assert f["mean"] == pytest.approx(-0.1 / 3)
    assert (f["share_positive"], f["share_negative"]) == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert f["lead_mean"] == pytest.approx((2 * 0.5 + 2 * 0.0 - 0.6) / 5)
    assert f["lead_negative"] == 0.0   # the negative mention is outside the lead
    # A lead opening on the entity's misdeed shows as the lead's negative share, whatever follows.
    opened = pd.DataFrame({"entity": ["C"] * 3, "doc_id": ["e"] * 3, "sent_id": [0, 1, 4],
                           "lead": [True, True, False], "portrayal": [-0.5, 0.0, 0.6],
                           "sentence_tone": [-0.4, 0.0, 0.5], "judgement": [0.0] * 3})
    assert stance_features(opened, ["entity", "doc_id"]).loc[("C", "e"), "lead_negative"] == pytest.approx(0.5)
    # The sentence holding two mentions counts once.
    assert f["sentence_mean"] == pytest.approx(0.1) and f["sentence_negative"] == pytest.approx(0.5)
    assert f["judgement"] == pytest.approx(-0.2 / 3) and bool(f["evident"])
    # B's sentence is positive, but nothing is said about B: no stance.
    assert not stance_features(tones, ["entity", "doc_id"]).loc[("B", "d"), "evident"]
    # The article's tone and how much of it names the entity, when mention_tone gives them.
    whole = tones.assign(article_tone=-0.3, article_positive=0.2, article_negative=0.5,
                         article_sentences=8, speaks=[True, False, False, False])
    f = stance_features(whole, ["entity", "doc_id"]).loc[("A", "d")]
    assert f["article_tone"] == pytest.approx(-0.3) and f["article_negative"] == pytest.approx(0.5)
    assert f["coverage"] == pytest.approx(2 / 8) and f["speaks"] == pytest.approx(1 / 3)
    # The article's story is a prior in proportion to how much of it names the entity.
    assert (f["prior_tone"], f["prior_negative"]) == (pytest.approx(-0.3 * 2 / 8), pytest.approx(0.5 * 2 / 8))


def test_entity_sentiment_given_sentences_for_mentions_says_which_argument_and_the_call():
    # split_sentences' table given second, where extract_quotes takes it: a bare KeyError 'entity' before.
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["Mayor Ada Quill of Tarnfield praised the ferry crews."]})
    with pytest.raises(ValueError, match=r"mention_tone: mentions has no column entity \(it has: doc_id, para_id, "
                                         r"sent_id, start, end, text\); .*\(articles, mentions, sentences\)"):
        entity_sentiment(arts, split_sentences(arts))


def test_mention_tone_carries_the_whole_articles_tone():
    arts = pd.DataFrame({"doc_id": ["t"], "text": [
        "Ivo Brant opened the bridge. The storm was a terrible disaster. Floods ruined the harvest."]})
    row = mention_tone(arts).iloc[0]
    assert row["article_sentences"] == 3 and row["article_negative"] == pytest.approx(2 / 3)
    assert row["article_tone"] < -0.05 and not row["speaks"]


def test_a_mention_of_a_sentence_without_end_keeps_a_bounded_stretch_of_it_around_its_name():
    # a transcript flattened to one line: each of its names kept the whole "sentence" (up to 5,000
    # characters) in its row, the table of a 5 MB line 356 MB; now at most SENTENCE_SHOWN around the name
    filler = " ".join(["the harbour board met and the council voted on the plan"] * 40)
    arts = pd.DataFrame({"doc_id": ["t"], "text": [f"{filler} then Ivo Brant praised the plan {filler} and Dana "
                                                   "Pell wept."]})
    tones = mention_tone(arts)
    assert len(arts["text"].iloc[0]) > 2 * SENTENCE_SHOWN and tones["sent_id"].nunique() == 1
    for name in ("Ivo Brant", "Dana Pell"):
        shown = tones.loc[tones["entity"] == name, "sentence"].iloc[0]
        assert name in shown and len(shown) <= SENTENCE_SHOWN + 2 and shown.startswith("…")
        assert shown.strip("…") in arts["text"].iloc[0] and not shown.strip("…").startswith(" ")
    assert tones.loc[tones["entity"] == "Ivo Brant", "sentence"].iloc[0].endswith("…")
    # what the mention is scored on is the whole sentence, as before
    assert tones.loc[tones["entity"] == "Ivo Brant", "portrayal"].iloc[0] > 0.05
    short = mention_tone(pd.DataFrame({"doc_id": ["u"], "text": ["Ivo Brant praised the plan."]}))
    assert short["sentence"].tolist() == ["Ivo Brant praised the plan."]


def test_mention_tone_reads_the_news_scores_the_stance_layer_was_fitted_on(monkeypatch):
    from presslens.sentiment import scorer

    arts = pd.DataFrame({"doc_id": ["t"], "text": [
        "Ivo Brant said there was no evidence of wrongdoing. Brant thanked the volunteers."]})
    news = mention_tone(arts)
    # another default sentence scorer (here NLTK's VADER, which reads "no evidence of
    # wrongdoing" as negative) must not change the fitted layer's inputs
    monkeypatch.setattr(scorer.score_many, "__defaults__", ("vader",))
    assert scorer.score_many(["There was no evidence of wrongdoing."])[0] < -0.05
    other = mention_tone(arts)
    pd.testing.assert_series_equal(other["sentence_tone"], news["sentence_tone"])
    pd.testing.assert_series_equal(other["article_tone"], news["article_tone"])
    assert news["sentence_tone"].iloc[0] > 0.05


def test_the_packaged_layer_reads_the_features_it_was_trained_on():
    model = _stance_model()
    assert model is not None and model["features"] == STANCE_FEATURES
    assert model["weights"].shape == (len(STANCE_FEATURES), 3) and 0 < model["band"] < 1
    assert abs(model["centre"]) < model["band"]   # equal odds of positive and negative read neutral
    # The packaged settings are among the grids the nested figure chooses from (a grid changed
    # without re-running scripts/train_stance.py would report one layer and ship another).
    assert model["l2"] in evaluation.STANCE_L2_GRID and model["balance"] in evaluation.STANCE_BALANCE_GRID
    assert model["negative_share"] in evaluation.STANCE_SHARE_GRID


def test_an_entity_criticised_throughout_is_portrayed_negatively(table):
    brant = table.loc[("Ivo Brant", "kestrel-1")]
    assert brant["portrayal_label"] == "negative" and brant["mentions"] >= 3


def test_an_entity_praised_throughout_is_portrayed_positively(table):
    assert table.loc[("Alda Voss", "kestrel-2"), "portrayal_label"] == "positive"


def test_people_nothing_evaluative_is_said_about_are_exactly_neutral(table):
    assert table.loc[("Mara Quell", "kestrel-3"), "portrayal"] == 0.0
    assert table.loc[("Orrin Tal", "kestrel-3"), "portrayal"] == 0.0


def test_a_place_named_as_the_scene_is_no_evidence_of_the_stance():
    text = "Police were deployed across Kestrel. Critics accused Kestrel of waste."
    assert setting_before(text, text.index("Kestrel"))
    assert not setting_before(text, text.rindex("Kestrel"))
    arrest = "He was arrested outside the Nordland Embassy."
    assert setting_before(arrest, arrest.index("Nordland"))
    trip = "Mayor Alda Voss departed for Lundholm; critics blamed Lundholm."
    assert setting_before(trip, trip.index("Lundholm")) and not setting_before(trip, trip.rindex("Lundholm"))
    arts = pd.DataFrame({"doc_id": ["s"], "text": [text]})
    tones = mention_tone(arts)
    assert tones["scene"].tolist() == [True, False]
    assert tones["portrayal"].iat[0] == 0.0 and tones["portrayal_label"].iat[0] == "neutral"
    # The scene still counts as a mention of the entity, but is no evidence of the stance.
    row = entity_sentiment(arts).set_index("entity").loc["Kestrel"]
    assert row["mentions"] == 2 and row["neutral"] == 1
    assert row["portrayal"] == document_stance(tones[~tones["scene"]])[("Kestrel", "s")]
    # A person is never a scene ("in Brant's view" is the person's).
    arts = pd.DataFrame({"doc_id": ["p"], "text": ["The vote went badly in Governor Ivo Brant's view."]})
    assert not mention_tone(arts)["scene"].any()


def test_an_organisation_told_is_where_the_words_went_not_an_entity_portrayed():
    # "she told the Courier": the quotes' addressee (the outlet or body spoken to); the sentence's
    # tone (a scandal, an attack) said nothing about the paper, yet it was listed as portrayed
    arts = pd.DataFrame({"doc_id": ["c"], "text": [
        "Mayor Ilse Varro called the inquiry a shameful political attack. \"I have nothing to hide,\" she told "
        "the Caldry Courier. Varro later told Harbour Radio that the scandal was a smear. The Caldry Courier "
        "published the contract."]})
    tones = mention_tone(arts)
    kept = tones[portrayed(tones, arts)]
    assert set(tones["entity"]) >= {"Caldry Courier", "Harbour Radio"}
    assert "Harbour Radio" not in set(kept["entity"])
    # the paper as the subject of its own clause is still portrayed, and so is the mayor
    assert (kept["entity"] == "Caldry Courier").sum() == 1
    assert "Ilse Varro" in set(kept["entity"])


def test_learned_and_rules_agree_on_clear_cases_and_rules_stay_available():
    arts = _articles()
    tones = mention_tone(arts)
    tones = tones[portrayed(tones, arts)]
    for method in ("learned", "rules"):
        stance = document_stance(tones, method=method)
        assert stance[("Ivo Brant", "kestrel-1")] < -0.05 < 0.05 < stance[("Alda Voss", "kestrel-2")]


def test_stance_is_computed_per_group_the_same_as_alone():
    arts = _articles()
    tones = mention_tone(arts)
    together = document_stance(tones)
    for doc, part in tones.groupby("doc_id"):
        alone = document_stance(part)
        assert np.allclose(alone.to_numpy(), together.loc[alone.index].to_numpy())


def _toy_stance_table(per_class: int, seed: int) -> tuple[pd.DataFrame, np.ndarray]:
    """A separable toy stance table: noise everywhere, the class in ``mean``."""
    rng = np.random.default_rng(seed)
    gold = np.repeat([-1, 0, 1], per_class)
    rows = {c: rng.normal(0, 0.05, len(gold)) for c in STANCE_FEATURES}
    rows["mean"] = rows["mean"] + 0.5 * gold
    return pd.DataFrame(rows, index=[f"toy-{i}" for i in range(len(gold))]).assign(evident=True, gold=gold), gold


def test_fit_stance_model_learns_a_separable_toy_problem():
    table, gold = _toy_stance_table(40, 0)
    model = evaluation.fit_stance_model(table, l2=1.0, balance=1.0)
    e = stance_evidence(table, model)
    pred = np.where(e > model["band"], 1, np.where(e < -model["band"], -1, 0))
    assert evaluation.macro_f1(pred, gold) > 0.9
    # The thresholds are set where the predicted shares equal the training shares (a third each).
    assert [np.mean(pred == c) for c in (-1, 0, 1)] == pytest.approx([1 / 3] * 3, abs=0.02)
    # A negative share factor moves only the negative threshold: more negatives, same positives.
    wider = evaluation.fit_stance_model(table, l2=1.0, balance=1.0, negative_share=1.5)
    e = stance_evidence(table, wider)
    pred = np.where(e > wider["band"], 1, np.where(e < -wider["band"], -1, 0))
    assert [np.mean(pred == c) for c in (-1, 0, 1)] == pytest.approx([1 / 2, 1 / 6, 1 / 3], abs=0.02)


def test_nested_cv_chooses_the_settings_inside_the_training_folds(monkeypatch):
    # The packaged grids hold one setting each; a grid of two puts the choice to the test.
    monkeypatch.setattr(evaluation, "STANCE_L2_GRID", (10.0, 100.0))
    table, gold = _toy_stance_table(30, 1)
    key, grid, models = evaluation.select_stance_settings(table, ["toy:"])
    assert len(grid) == 2 and key in grid and set(models) == set(grid)
    assert grid[key]["macro_f1"] > 0.85
    assert evaluation.macro_f1(evaluation.stance_cv_nested(table, "toy:"), gold) > 0.85


_BODY = ("Mayor Ada Quillan of Norbury opened the new bridge on Monday. Critics said Quillan had wasted money "
         "on the project. Quillan praised the builders and thanked the town.")


def test_the_headline_gives_its_tone_towards_the_entities_it_names():
    arts = pd.DataFrame({"doc_id": ["up", "down", "none"], "text": [_BODY] * 3,
                         "title": ["QUILLAN HAILED AS A HERO", "Disgraced Quillan blamed for bridge fiasco", None]})
    heads = headline_tone(arts, mention_tone(arts.drop(columns="title"))).set_index("doc_id")
    # named by the surname alone and in capitals; the headline that names no one gives nothing
    assert heads.loc["up", "entity"] == "Ada Quillan" and heads.loc["up", "headline"] > 0.05
    assert heads.loc["down", "headline"] < -0.05 and "none" not in heads.index
    table = entity_sentiment(arts).set_index(["entity", "doc_id"])
    assert table.loc[("Ada Quillan", "up"), "headline"] > 0.05 > table.loc[("Ada Quillan", "down"), "headline"]
    assert np.isnan(table.loc[("Ada Quillan", "none"), "headline"])
    assert np.isnan(table.loc[("Norbury", "up"), "headline"])   # not in the headline
    # The headline weighs in the article's stance towards the person it names.
    stance = table.xs("Ada Quillan")["portrayal"]
    assert stance["up"] > stance["none"] > stance["down"]
    assert "headline" in entity_sentiment(arts.drop(columns="title"))


def test_persent_evaluation_is_empty_without_the_corpus(tmp_path):
    assert evaluation.evaluate_persent(tmp_path) == {}


def test_persent_is_read_as_load_corpus_reads_it(tmp_path):
    # PerSenT's CSV holds UTF-8 read once as Latin-1 or Windows-1252 and saved again ("â\x80\x9c"
    # for "“"); a run through load_corpus sees it repaired, and so must the evaluation, the target name with it.
    said = ["“We stay ” Ana Peña said.\nThe mayor’s office of Velmora agreed.", "Ana Peña’s office in Velmora agreed."]
    broken = [said[0].encode("utf-8").decode("latin-1"), said[1].encode("utf-8").decode("cp1252")]
    table = pd.DataFrame({"DOCUMENT_INDEX": ["7", "8"], "TITLE": ["Velmora", "Velmora"],
                          "TARGET_ENTITY": ["Ana Peña".encode("utf-8").decode("latin-1"), "Ana Peña"],
                          "DOCUMENT": broken, "MASKED_DOCUMENT": broken,
                          "TRUE_SENTIMENT": ["Positive", "Neutral"], "Paragraph0": ["Positive", "Neutral"],
                          "Paragraph1": ["Neutral", ""]})
    table.to_csv(tmp_path / "dev.csv", index=False)
    articles, paragraphs = evaluation.read_persent(tmp_path)
    assert articles["text"].tolist() == said
    assert articles["gold"].tolist() == [1, 0] and articles["target"].tolist() == ["Ana Peña"] * 2
    assert articles["title"].tolist() == ["Velmora", "Velmora"]   # the headline, as a user's title column
    assert list(paragraphs.itertuples(index=False, name=None)) == [("7", 0, 1), ("8", 0, 0), ("7", 1, 0)]
    assert evaluation.read_persent(tmp_path, mojibake="keep")[0]["text"].tolist() == broken


def test_sample_criticism_portrays_tokyo_not_trump(sample_articles):
    table = entity_sentiment(sample_articles).set_index("entity")
    assert table.loc["Tokyo", "portrayal_label"] == "negative"
    assert table.loc["Donald Trump", "portrayal_label"] != "negative"
    # Entities nothing evaluative is said about take no stance, whatever their sentence's tone.
    quiet = table[(table["positive"] == 0) & (table["negative"] == 0)]
    assert len(quiet) and (quiet["portrayal"] == 0.0).all()


def test_nested_stance_cv_chooses_settings_without_the_fold_it_scores(monkeypatch):
    # Each fold's settings are chosen on the other four folds alone: the articles scored never
    # reach select_stance_settings (a figure that passes on a separable toy table says nothing
    # about that).
    table, _ = _toy_stance_table(30, 1)
    seen = []

    def choose(train, salts):
        seen.append(set(train.index))
        key = (evaluation.STANCE_L2, evaluation.STANCE_BALANCE, 1.0)
        return key, {}, {key: evaluation.fit_stance_model(train, *key)}

    monkeypatch.setattr(evaluation, "select_stance_settings", choose)
    evaluation.stance_cv_nested(table, "toy:")
    folds = evaluation._folds(table.index, 5, "toy:")
    assert len(seen) == 5
    for fold, train in enumerate(seen):
        scored = set(table.index[folds == fold])
        assert scored and not scored & train and scored | train == set(table.index)


def _tone_of(text: str) -> dict[str, pd.Series]:
    """The mention_tone row of each mention of one article, by its text (a later mention of a text wins)."""
    tones = mention_tone(pd.DataFrame({"doc_id": ["t"], "text": [text]}))
    return {row["text"]: row for _, row in tones.iterrows()}


def test_the_one_told_is_no_speaker():
    # "Its chairman, Victor Lund, told CNN that …": the comma before "told" read as an inversion ("…,” said X"), and
    # the outlet got the chairman's voice. "told" is followed by whom it is told to, never by its speaker.
    got = _tone_of("Its chairman, Ivo Brant, told Nordland Radio that the claims were reckless and untrue.")
    assert got["Ivo Brant"]["speaks"] and got["Ivo Brant"]["voice"] < -0.05
    assert not got["Nordland Radio"]["speaks"] and got["Nordland Radio"]["voice"] == 0.0
    got = _tone_of("“It was a disgraceful fraud,” said Ivo Brant.")
    assert got["Ivo Brant"]["speaks"] and got["Ivo Brant"]["voice"] < -0.05


def test_a_day_between_the_subject_and_its_verb_keeps_the_act_the_subjects():
    # "Sen. Ada Quill on Tuesday blasted the authority": "on Tuesday" cut the critic from the verb, so the blast was
    # no action of hers and its tone was read as what is said about her.
    got = _tone_of("Sen. Alda Voss on Tuesday blasted the Kestrel Port Authority. Ivo Brant yesterday praised "
                   "Orrin Tal.")
    assert got["Sen. Alda Voss"]["action"] < -0.05 and got["Kestrel Port Authority"]["portrayal"] < -0.05
    assert got["Ivo Brant"]["action"] > 0.05 and got["Orrin Tal"]["portrayal"] > 0.05
    got = _tone_of("“It was a disgraceful fraud,” Ivo Brant on Friday said.")
    assert got["Ivo Brant"]["speaks"] and got["Ivo Brant"]["voice"] < -0.05


def test_a_scene_does_not_do_what_is_done_there():
    # "A court in Nordland sentenced Ivo Brant": the verb after the place was read as the place's act.
    got = _tone_of("A court in Nordland sentenced Ivo Brant to prison. Fans in Lindholm celebrated the win.")
    assert got["Nordland"]["scene"] and got["Nordland"]["action"] == 0.0
    assert got["Lindholm"]["scene"] and got["Lindholm"]["action"] == 0.0
    assert got["Ivo Brant"]["portrayal"] < -0.05


def test_what_a_speaker_says_is_never_its_action():
    # "Rep. Tim Ryan Tuesday said that his party needs "new young leaders" … losses": the quoted words were neutral,
    # so the speaker's voice was 0, and the unquoted rest of what he said was read as his action.
    got = _tone_of("Rep. Ivo Brant on Tuesday said that his party needed “new leaders” after its crushing losses.")
    assert got["Rep. Ivo Brant"]["action"] == 0.0


def test_a_critic_described_as_one_is_not_portrayed_by_the_criticism():
    # "Quill, a fierce critic of the mayor, said": the apposition's "critic" (negative in VADER) was read as said of
    # Quill, whose judgement and portrayal came out negative. The noun points at what follows its preposition.
    got = _tone_of("Alda Voss, a fierce critic of Ivo Brant, opened the fair. Orrin Tal, a sceptic of the deal, "
                   "left early.")
    assert got["Alda Voss"]["judgement"] == 0.0 and abs(got["Alda Voss"]["portrayal"]) <= 0.05
    assert got["Orrin Tal"]["judgement"] == 0.0
    assert got["Ivo Brant"]["judgement"] < 0
    # An apposition that judges the mention still does.
    assert _tone_of("Alda Voss, a corrupt liar, opened the fair.")["Alda Voss"]["judgement"] < 0


def test_the_agent_of_a_passive_verb_acts_and_is_not_portrayed_by_it():
    # "Kestrel Holdings was accused by Ada Quill of fraud": the accuser took the accusation's tone as her portrayal
    # (-0.77), as "fired by Minnesota Public Radio over allegations" did the broadcaster's; what follows the verb is
    # what the agent does, as it is in the active voice.
    got = _tone_of("Kestrel Holdings was accused by Sen. Alda Voss of fraud and corruption.")
    assert abs(got["Sen. Alda Voss"]["portrayal"]) <= 0.05 and got["Sen. Alda Voss"]["action"] < -0.05
    assert got["Kestrel Holdings"]["portrayal"] < -0.05


def test_according_to_the_outlet_the_outlet_speaks():
    # "Ivo Brant lied to investigators, according to the Avalon Gazette": only "according to X" was read as a
    # source, so the paper was no speaker.
    got = _tone_of("Ivo Brant lied to investigators, according to the Kestrel Gazette.")
    assert got["Kestrel Gazette"]["speaks"] and got["Kestrel Gazette"]["voice"] < -0.05
    assert got["Ivo Brant"]["portrayal"] < -0.05


def test_the_object_of_a_preposition_is_not_the_subject_of_the_verb_after_it():
    # "Supporters of Ada Quill attacked the bank": the verb after the name was read as hers, so she was portrayed
    # as an attacker (-0.36) and given the attack as her action; so was "a spokesman for X denied the report".
    got = _tone_of("Supporters of Mayor Alda Voss attacked the Kestrel Bank. A spokesman for Ivo Brant denied the "
                   "report.")
    assert abs(got["Mayor Alda Voss"]["portrayal"]) <= 0.05 and got["Mayor Alda Voss"]["action"] == 0.0
    assert got["Kestrel Bank"]["portrayal"] < -0.05
    assert abs(got["Ivo Brant"]["portrayal"]) <= 0.05
    # The subject of an infinitive after it still is: "called for X to resign".
    assert _tone_of("Critics called for Orrin Tal to resign.")["Orrin Tal"]["portrayal"] < -0.05


def test_a_verb_form_after_a_determiner_is_a_noun_without_the_subjects_agency():
    # "Mrs. Clinton was already tightening her grip on the race before the attacks" (-0.72), "Mr. Netanyahu suggested
    # that they walk to the attack site": "attack" after "the" was read as a verb whose agent was the subject.
    got = _tone_of("Mayor Alda Voss condemned the attack on the Kestrel school. Ivo Brant investigated the murder "
                   "of a teacher.")
    assert abs(got["Mayor Alda Voss"]["portrayal"]) <= 0.05 and abs(got["Ivo Brant"]["portrayal"]) <= 0.05
    # A verb is still one: "Ivo Brant attacked the school".
    assert _tone_of("Ivo Brant attacked the Kestrel school.")["Ivo Brant"]["action"] < -0.05


def test_failing_to_do_something_denies_it_to_the_subject():
    # "the GOP nominee failed to win almost half of them" (+0.11), "Ada Quill failed to win the seat": the win was
    # counted for the subject and "failed" only weighed against it.
    got = _tone_of("Mayor Alda Voss failed to win the Kestrel seat. Ivo Brant was unable to win over voters.")
    assert got["Mayor Alda Voss"]["portrayal"] < -0.05 and got["Ivo Brant"]["portrayal"] < -0.05
    # The one not defended is not slighted by it.
    assert abs(_tone_of("Ivo Brant failed to defend Orrin Tal.")["Orrin Tal"]["judgement"]) <= 0.05


def test_a_verb_form_after_anothers_possessive_is_a_noun_of_the_other():
    # "criticized Mr. Rubio for failing to defend Latinos more robustly from Mr. Trump's attacks": "attacks" after
    # "Trump's" was read as a verb whose agent was Latinos (-0.8).
    got = _tone_of("Mayor Alda Voss met Kestrel farmers after Ivo Brant's attacks on the harbour.")
    assert abs(got["Kestrel"]["judgement"]) <= 0.05 and abs(got["Mayor Alda Voss"]["judgement"]) <= 0.05
    # The mention's own possessive keeps it the agent: "Ivo Brant's attacks".
    assert got["Ivo Brant"]["judgement"] < -0.05


def test_being_cleared_or_acquitted_portrays_the_subject():
    # "Ivo Brant, who was cleared of fraud last year, will run again" read only "fraud" (-0.53).
    got = _tone_of("Ivo Brant, who was cleared of fraud last year, will run again. Orrin Tal was acquitted on "
                   "Friday.")
    assert got["Ivo Brant"]["portrayal"] > 0.05 and got["Orrin Tal"]["judgement"] > 0.05


def test_what_an_inverted_speaker_says_is_not_its_portrayal():
    # '"It was a disgraceful, corrupt fraud," said Ivo Brant': the quotation before the verb was read as what is
    # said about its speaker (-0.24, and +0.88 for one praising a plan), as it is not in '..., Ivo Brant said'.
    got = _tone_of("“It was a disgraceful, corrupt fraud,” said Ivo Brant, the opposition leader. “This is a "
                   "wonderful, brilliant day,” said Mayor Alda Voss.")
    assert abs(got["Ivo Brant"]["portrayal"]) <= 0.05 and got["Ivo Brant"]["voice"] < -0.05
    assert abs(got["Mayor Alda Voss"]["portrayal"]) <= 0.05 and got["Mayor Alda Voss"]["voice"] > 0.05
    # One named after "said" with a verb of its own is what is said about, no speaker.
    assert not _tone_of("Orrin Tal, a pollster, said Ivo Brant had failed.")["Ivo Brant"]["speaks"]


def test_a_quotation_before_or_after_a_colon_is_its_speakers_voice():
    # As for '"...," said X' (the test above): in '"...," X said' and 'X said: "..."' the quotation was read as what
    # is said about its speaker (the rules gave +0.39 and +0.30 for a mayor hailing a wonderful day).
    for text in ("“This is a wonderful, brilliant day,” Mayor Alda Voss said.",
                 "Mayor Alda Voss said: “This is a wonderful, brilliant day.”"):
        got = _tone_of(text)["Mayor Alda Voss"]
        assert abs(got["portrayal"]) <= 0.05 and got["voice"] > 0.05
        start = text.index("Alda Voss")
        assert abs(score_target(text, start, start + 9, method="rules")) <= 0.05


def test_the_charge_a_defence_rejects_is_no_portrayal_of_the_one_defended():
    # "X defended Y against accusations of fraud": the accusations were read as said of Y (learned -0.61).
    s = "Mayor Alda Voss defended Ivo Brant against accusations of fraud and corruption."
    assert _tone_of(s)["Ivo Brant"]["portrayal"] > 0.05
    assert score_target(s, s.index("Ivo"), s.index("Ivo") + 9, method="rules") > 0.05


def test_verbs_of_attack_defeat_and_pandering_portray_their_patient_or_agent():
    # "Sanders hammered Clinton for …", "McInnes regularly incites Proud Boys …", "Rubio has pandered to the base":
    # these verbs were in no list, so the sentences said nothing of the one attacked or of the one who panders.
    got = _tone_of("Senator Ivo Brant hammered Mayor Alda Voss over the harbour budget. Orrin Tal trounced Ada Quill "
                   "in the Kestrel primary.")
    assert got["Mayor Alda Voss"]["portrayal"] < -0.05 and got["Ada Quill"]["portrayal"] < -0.05
    assert got["Orrin Tal"]["portrayal"] > 0.05
    got = _tone_of("Ivo Brant pandered to the Nordland lobby. Orrin Tal incited the crowd at Kestrel harbour.")
    assert got["Ivo Brant"]["portrayal"] < -0.05 and got["Orrin Tal"]["portrayal"] < -0.05
    # Hammering out a deal is no attack.
    got = _tone_of("Ivo Brant and Alda Voss hammered out a deal on the Kestrel harbour.")
    assert abs(got["Ivo Brant"]["portrayal"]) <= 0.05 and abs(got["Alda Voss"]["portrayal"]) <= 0.05


def test_judgements_of_conduct_and_competence_that_vader_lacks_portray():
    # "Democrats have fought hard to stop Betsy DeVos, Donald Trump's blazingly unqualified pick", "John Kasich is
    # really toxic with Republican voters", "Trump is very emphatically not a seasoned diplomat": no lexicon held
    # these words, so the mentions were neutral.
    got = _tone_of("Councillor Ivo Brant is unqualified and incoherent. Orrin Tal is toxic with Lindholm voters.")
    assert got["Councillor Ivo Brant"]["portrayal"] < -0.05 and got["Orrin Tal"]["portrayal"] < -0.05
    assert _tone_of("Alda Voss is a seasoned and savvy negotiator.")["Alda Voss"]["judgement"] > 0.05


def test_contests_told_without_an_evaluative_word_portray_the_contestants():
    # "Clinton led Sanders by just over 1,900 votes", "Sanders still trails Clinton by more than 200 pledged
    # delegates", "Cruz dropped out of the race", "Canova has raised $2.3 million": no list held these frames, so the
    # leader, the one trailing and the one who quit were all neutral.
    got = _tone_of("Mayor Alda Voss raised $3 million in the first quarter. Ivo Brant dropped out of the Kestrel race "
                   "on Tuesday. Orrin Tal still trails Ada Quill by 200 delegates.")
    assert got["Mayor Alda Voss"]["portrayal"] > 0.05 and got["Ivo Brant"]["portrayal"] < -0.05
    assert got["Orrin Tal"]["portrayal"] < -0.05 and got["Ada Quill"]["portrayal"] > 0.05
    got = _tone_of("Orrin Tal led the field in Lindholm and finished first in Kestrel.")
    assert got["Orrin Tal"]["judgement"] > 0.05
    # The nouns these verbs share are no contest: "on the campaign trail", "a surge of visitors to Kestrel".
    got = _tone_of("Ivo Brant was on the campaign trail. A surge of visitors reached Kestrel.")
    assert abs(got["Ivo Brant"]["judgement"]) <= 0.05 and abs(got["Kestrel"]["judgement"]) <= 0.05


def test_a_verb_with_a_subject_of_its_own_is_no_act_of_a_mention_before_it():
    # "Cruz strongly suggested they should drop out", "CNN didn't report that Carson was dropping out", "Trump never
    # mentioned Clinton, who trailed Sanders": the verb was read as the act of the name before it, which came out
    # negative.
    got = _tone_of("Mayor Alda Voss suggested they should drop out. Nordland Radio did not report that Ivo Brant "
                   "was dropping out. Orrin Tal never mentioned Ada Quill, who trailed Lena Dahl.")
    for name in ("Mayor Alda Voss", "Nordland Radio", "Orrin Tal"):
        assert abs(got[name]["judgement"]) <= 0.05, name
    # The subject's own verbs still count: after a relative clause of its own, joined to another name, after a name
    # it governs, or after "she", most often the mention itself.
    got = _tone_of("Ada Quill, who trailed Lena Dahl, spoke. Ivo Brant and Orrin Tal trailed Alda Voss. Lena Dahl of "
                   "Kestrel won the primary. Mayor Alda Voss argued that she had won.")
    assert got["Ada Quill"]["judgement"] < -0.05 and got["Ivo Brant"]["judgement"] < -0.05
    assert got["Lena Dahl"]["judgement"] > 0.05 and got["Mayor Alda Voss"]["judgement"] > 0.05


def test_a_double_space_where_a_text_lost_its_commas_sets_an_aside_off_as_a_comma_does():
    # PerSenT's texts lost their commas, a double space standing where each was: "Todd Shaw  the former chief ...
    # who sent": the relative clause after the aside is about the mention, as "X, the former chief ..., who" is.
    got = _tone_of("Orrin Tal  the former mayor of Kestrel  who trailed Lena Dahl  spoke. Ivo Brant  42  who "
                   "trailed Ada Quill  spoke.")
    assert got["Orrin Tal"]["judgement"] < -0.05 and got["Ivo Brant"]["judgement"] < -0.05


def test_the_victim_of_a_killing_is_not_portrayed_by_it():
    # "the officer who shot Brown", "Walter is the 63rd member of Virginia State Police to be killed": the verbs of
    # bodily violence gave their victim the verb's patient value (-0.8), so a person shot dead read as portrayed
    # negatively. The killer still does wrong.
    got = _tone_of("Orrin Tal shot and killed Ivo Brant outside the Kestrel library. Lena Dahl was murdered in 1998.")
    for name in ("Ivo Brant", "Lena Dahl"):
        assert abs(got[name]["judgement"]) <= 0.05 and abs(got[name]["portrayal"]) <= 0.05, name
    assert got["Orrin Tal"]["portrayal"] < -0.05


def test_a_name_after_a_word_that_opens_a_clause_is_the_subject_of_the_verb_after_it():
    # "Cochran was elected in 2007 after Troutman was arrested by the FBI", "Obama won Latino voters ... since Bill
    # Clinton won 72 percent": a name after "after", "before", "since" or "until" was read as their object, as after
    # "of", so the verb after it was the act done to or by the mention before them.
    got = _tone_of("Mayor Alda Voss spoke in Kestrel after Ivo Brant was arrested for fraud. Lena Dahl left Nordland "
                   "before Orrin Tal attacked the harbour.")
    for name in ("Mayor Alda Voss", "Nordland"):
        assert abs(got[name]["judgement"]) <= 0.05, name
    assert got["Ivo Brant"]["judgement"] < -0.05 and got["Orrin Tal"]["judgement"] < -0.05


def test_a_participle_joined_to_a_passive_shares_it():
    # "Mark Gassett ... was shot and killed", "Osmayev's wife was shot and killed": only the first participle was read
    # as passive, so the one shot was the agent of "killed", the killer (-1.0).
    got = _tone_of("Ivo Brant was shot and killed outside the Kestrel library.")
    assert abs(got["Ivo Brant"]["judgement"]) <= 0.05 and abs(got["Ivo Brant"]["portrayal"]) <= 0.05
    # The patient of both is still portrayed by both, and a participle with an object of its own stays active.
    assert _tone_of("Orrin Tal was arrested and charged with fraud.")["Orrin Tal"]["judgement"] < -0.05
    assert _tone_of("Lena Dahl was elected and served two terms.")["Lena Dahl"]["judgement"] > 0.05


def test_a_datelines_place_is_where_the_story_was_filed_and_is_not_portrayed():
    # "OSTRIN, March 3, 2031 — …", "PELLIN (Harbour Wire) - …", "OSTRIN — …": the place the story was filed from,
    # not portrayed by the lead it opens (it was an entity with a portrayal beside "Pellin Island"); the place named in
    # the story is; a transcript's speaker label ("VELK: …") or a death notice's name ("VELK--Ada") is no dateline.
    texts = ["OSTRIN, March 3, 2031 — The corrupt council of Pellin Island voted to close the ferry.",
             "Ferry row\n\nPELLIN (Harbour Wire) - A disgraceful vote in Ostrin closed the ferry.",
             "OSTRIN — The corrupt council of Pellin Island voted to close the ferry.",
             "VELK: The corrupt council of Pellin Island voted to close the ferry.",
             "VELK--Ada, 98, of Ostrin, a disgraced councillor, died on Friday."]
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    mentions = pd.DataFrame({"doc_id": ["d0", "d0", "d1", "d1", "d2", "d3", "d4"],
                             "start": [0, texts[0].index("Pellin"), 11, texts[1].index("Ostrin"), 0, 0, 0],
                             "kind": ["PLACE", "PLACE", "PLACE", "PLACE", "PLACE", "PERSON", "PERSON"],
                             "entity": ["OSTRIN", "Pellin Island", "PELLIN", "Ostrin", "OSTRIN", "VELK", "Ada Velk"]})
    mentions["end"] = mentions["start"] + [6, 13, 6, 6, 6, 4, 4]
    assert portrayed(mentions, arts).tolist() == [False, True, False, True, False, True, True]


def test_a_time_is_no_one_and_is_not_portrayed():
    # "Rahami was charged late Monday ... with five counts of attempted murder", "Jeffery Hunt ... was arrested this
    # week": a weekday or "last week" as a target took the tone around it (-0.76 and -0.62 learned), though no one is
    # portrayed by it.
    for text, time in (("Ivo Brant was charged late Monday with fraud and bribery.", "Monday"),
                       ("Orrin Tal, a crook and a liar, was arrested last week in Kestrel.", "last week"),
                       ("Today, the disgraced Nordland party is almost extinct.", "Today")):
        start = text.index(time)
        for method in ("rules", "learned"):
            assert score_target(text, start, start + len(time), method=method) == 0.0, (time, method)
    # A unit of time alone or written with a capital is a name's: "Lena Day", "Rush Hour".
    text = "The corrupt Lena Day was charged with fraud."
    assert score_target(text, text.index("Day"), text.index("Day") + 3, method="rules") < -0.05


def test_target_entities_match_the_name_part_by_part():
    # A PerSenT target is the annotators' spelling: the article may name the person by another
    # part of the name, hyphenated, or the name may hold a stray word or a possessive; the bare
    # surname the linking left apart is the person too, another person sharing it is not.
    names = pd.Series(["Jacob Varnel", "Orla Dunmere-Varnel", "Varnel", "Varnel", "Varnel", "Tessaly",
                       "Brindlemoor", "Quillon", "Quillon", "Pell Quillon", "Ostwick", "Ostwick"])
    target = evaluation._target_entities
    assert target(names, "Orla Dunmere-Varnel") == ["Orla Dunmere-Varnel", "Varnel"]
    assert target(names, "Tessaly Okonkwo") == ["Tessaly"]
    assert target(names, "Pell al-Quillon") == ["Pell Quillon", "Quillon"]
    assert target(names, "Brindlemoor's") == ["Brindlemoor"]
    assert target(names, "Jacob Varnel Ostwick") == ["Jacob Varnel", "Varnel"]
    assert target(names, "Ada Varnel Friday") == ["Varnel"]
    assert target(names, "Ada Marrowby") == []


def test_outlets_are_compared_only_when_there_are_two():
    from presslens.sentiment import compare_outlets

    table = pd.DataFrame({"entity": ["Ada Quill", "Ada Quill", "Ivo Brant"],
                          "outlet": ["The Vellmark Courier", "Quillport Daily", "The Vellmark Courier"],
                          "portrayal": [0.2, -0.1, 0.0]})
    assert len(compare_outlets(table, ["Ada Quill"])) == 2
    one = compare_outlets(table[table["outlet"] == "The Vellmark Courier"])
    assert one.empty and list(one.columns) == list(table.columns)
    assert compare_outlets(table, ["Ivo Brant"]).empty  # shown in one outlet only: nothing to compare
