"""How coverage treats each entity: three quantities per mention and per article, kept apart.

* ``portrayal`` — the tone the text expresses *about* the entity: what is done to it, said of it,
  the attributes given to it. Only this answers "how is X portrayed".
* ``action`` — the tone of what the entity does to others: "Trump criticised Tokyo" is a negative
  action by Trump (and a negative portrayal of Tokyo).
* ``voice`` — the tone of what the entity says: quotes attributed to it (from a quotes table,
  passed in; this module does not run quote extraction itself).

Every score reads by VADER's convention (within ±0.05 neutral, the sign is the polarity) and
stands beside a ``*_label`` column ("negative", "neutral", "positive").

Per article (:func:`entity_sentiment`), ``portrayal`` is the article's stance towards the entity,
aggregated as annotators judge it: over the article as a whole, its headline and lead weighing
more than a passing clause. :func:`stance_features` sums up all the entity's mentions (mean portrayal,
shares of positive and negative mentions, the lead-weighted mean, the tone of the sentences
naming it, how much of the article names it and how often it speaks, and the whole article's
tone as a prior, weighed by how much of the article names the entity) and the headline's
portrayal of it where the articles have a ``title`` that names it, so one strong clause among several
mentions cannot decide the article; a small multinomial logistic regression over ten of them (:data:`STANCE_FEATURES`,
``sentiment_stance_model.json``, trained on PerSenT dev by ``scripts/train_stance.py``, pure
numpy here) gives P(positive) − P(negative), rescaled to VADER's reading convention from
thresholds set so that the training articles' predicted class shares match the human ones,
the negative share times a fixed factor (``negative_share`` in the file, 1.25: a rare class's
F1 gains from calling it somewhat more often; no threshold itself is searched). ``method="rules"`` keeps the older
hand-weighted lead mean (``doc`` in ``sentiment_target_weights.json``) for comparison.
Mention-level scores come from :func:`presslens.sentiment.target.score_mentions`'s features.
"""

from __future__ import annotations

import json
import re
import warnings
from functools import lru_cache
from importlib import resources
from typing import Iterable

import numpy as np
import pandas as pd

from presslens.entities import find_mentions
from presslens.entities.lexicon import setting_before
from presslens.missing import missing_key
from presslens.quotes.lexicon import alternation, cue_classes
from presslens.quotes.sources import dateline_at
from presslens.sentiment.scorer import NEUTRAL_BAND, label_names, rescale, score_many, tone_label
from presslens.sentiment.target import FEATURES, QUANTITIES, _weights, mention_scores
from presslens.text import check_articles, check_table, split_sentences

__all__ = [
    "compare_outlets",
    "document_stance",
    "entity_sentiment",
    "entity_summary",
    "headline_tone",
    "mention_tone",
    "portrayed",
    "select_entities",
    "speaker_tone",
    "SENTENCE_SHOWN",
    "STANCE_FEATURES",
    "stance_evidence",
    "stance_features",
    "stance_raw",
]

_LABELS = ("negative", "neutral", "positive")
# The sentence tone the stance layer's features (sentence_tone, article_tone) were fitted on:
# named, not the scorer's default, so a change of default leaves the fitted layers' inputs alone.
_LAYER_METHOD = "news"
# Per mention, of its whole article (see mention_tone).
_ARTICLE = ("article_tone", "article_positive", "article_negative", "article_sentences")
# The rule features that are explicit judgements of a mention (see target_features).
_JUDGEMENT = ("role", "pointer", "attribute", "echo")
# "an Asia tour", "a Japan expert", "the Trump administration": a name used as a modifier of
# the noun after it, which is what the sentence portrays.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of on in at to for from by with as into over under about after before "
    "since than that which who whom whose is was are were be been has had have will would can could "
    "may might must should shall do does did said says told also not".split())


def _modifier(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` stands between a determiner and a noun it modifies."""
    if not _DETERMINER_BEFORE.search(text[max(0, start - 8):start]):
        return False
    m = _NOUN_AFTER.match(text, end)
    return bool(m) and m.group(1) not in _FUNCTION_WORDS and not m.group(1).endswith(("ed", "s"))


# "she told the Courier", "told CNN on Tuesday": the forms of "tell" (quotes_cue_verbs.txt, class told) before a name.
_TOLD_BEFORE = re.compile(rf"\b(?:{alternation([f for f, c in cue_classes().items() if 'told' in c])})\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _told(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the one a form of "tell" speaks to ("told the Courier"): for an
    organisation, the outlet or body the words went to (the quotes' ``addressee``), no portrayal of it."""
    return _TOLD_BEFORE.search(text, max(0, start - 16), start) is not None


def _dateline_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)``, in capitals, is the place of a wire dateline opening its line
    (:func:`presslens.quotes.sources.dateline_at`: "OSTRIN, March 3, 2031 —", "OSTRIN (Harbour Wire) -",
    "OSTRIN —"): where the story was filed, no portrayal of the place. Not a transcript's speaker ("VELK: …"),
    nor a name with a dash right after it ("VELK--Ada, 98, of Ostrin": a death notice)."""
    if not text[start:end].isupper():
        return False
    lead = dateline_at(text, start, end)
    if lead is None or lead.start() != start or lead.end() == end:
        return False
    # a space or the agency's bracket before the dash (not a death notice's "SIEGEL--Jerome", a heading's "PSA—")
    return lead.group().rstrip().rstrip("-–—―")[-1:] in (" ", "\t", "\u00a0", ")")


def _scene(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is where something happens or where someone goes
    ("deployed across Tokyo", "arrested outside the U.S. Embassy", "departed for Tokyo"): the
    scene of an event, which says nothing about the place. A possessive after it ("in Japan's
    interest") is more than a scene."""
    return setting_before(text, start) and text[end:end + 1] not in ("'", "’")


def portrayed(tones: pd.DataFrame, articles: pd.DataFrame) -> np.ndarray:
    """Which mentions count as an entity being portrayed: not a name used as a modifier ("an
    Asia tour") nor the place of a dateline ("OSTRIN, March 3, 2031 —"), not an organisation told
    ("she told the Courier", "told CNN": where the words went), and not a capitalised
    phrase without evidence of being a name (kind MISC, e.g. "Peace Treaty") unless the corpus
    repeats it as a name."""
    if tones.empty:
        return np.zeros(0, dtype=bool)
    texts = dict(zip(articles["doc_id"], articles["text"]))
    s_col, e_col = ("name_start", "name_end") if "name_start" in tones else ("start", "end")
    spans = [(texts.get(d) if isinstance(texts.get(d), str) else "", int(a), int(b))
             for d, a, b in zip(tones["doc_id"], tones[s_col], tones[e_col])]
    kind = tones["kind"].fillna("").astype(str).str.upper() if "kind" in tones else pd.Series("", index=tones.index)
    aside = np.array([_modifier(*span) or _dateline_place(*span) or (k == "ORG" and _told(span[0], span[1]))
                      for span, k in zip(spans, kind.tolist())], dtype=bool)
    repeated = tones.groupby("entity")["entity"].transform("size").to_numpy() >= 2
    return ~aside & ((kind != "MISC").to_numpy() | repeated)


# Where the evidence of a group's extremes stands: each text's article and offsets into its text (a mention's
# name, a quote's span), named ``most_positive_doc_id``, ``most_positive_start``, ... as the extremes are.
_SPAN = ("doc_id", "start", "end")


def _group_extremes(df: pd.DataFrame, keys: list[str], text_col: str, score_col: str) -> pd.DataFrame:
    """Per group: the text with the highest score if it is positive and the one with the lowest
    if it is negative (ties: first seen); none where no text of the group is (an entity only ever
    mentioned neutrally has no "most negative" sentence). Each with its ``doc_id``, ``start`` and
    ``end`` (``most_positive_doc_id``, ...) where ``df`` has them, so it can be found in its article."""
    carried = [c for c in _SPAN if c in df]
    order = df.assign(**{f"_span_{c}": df[c] for c in carried}).sort_values(score_col, kind="stable")
    low = order[order[score_col] < -NEUTRAL_BAND].groupby(keys, sort=False).head(1).set_index(keys)
    high = order[order[score_col] > NEUTRAL_BAND].iloc[::-1].groupby(keys, sort=False).head(1).set_index(keys)
    out = {}
    for name, rows in (("most_positive", high), ("most_negative", low)):
        out[name], out[f"{name}_tone"] = rows[text_col], rows[score_col]
        for c in carried:
            out[f"{name}_{c}"] = rows[f"_span_{c}"] if c == "doc_id" else rows[f"_span_{c}"].astype("Int64")
    return pd.DataFrame(out)


def _extreme_columns(span: Iterable[str] = _SPAN) -> list[str]:
    """The columns :func:`_group_extremes` gives with the ``span`` it carries, in order."""
    return [f"{name}{c}" for name in ("most_positive", "most_negative")
            for c in ("", "_tone", *(f"_{c}" for c in span))]


def mention_tone(articles: pd.DataFrame, mentions: pd.DataFrame | None = None,
                 sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every entity mention with its portrayal, action and voice in its sentence.

    In: ``articles`` (``doc_id``, ``text``), optionally ``mentions`` from
    :func:`presslens.entities.find_mentions` and ``sentences`` from
    :func:`presslens.text.split_sentences` (computed when ``None``).
    Out: the mentions columns plus ``sentence`` (its text; of a sentence longer than
    :data:`SENTENCE_SHOWN` characters, that many of it around the mention, cut at spaces, "…" where
    cut: a row per name keeps no more than that, however long the sentence), ``lead`` (True in the article's
    first paragraph or first two sentences, where a headline stands), ``sentence_tone`` (the
    sentence's compound score by ``method="news"``, what the stance layer was fitted on, whatever
    the default), ``portrayal``, ``action``, ``voice``, each with its ``*_label``
    (see :func:`presslens.sentiment.score_target`; scored on the bare name, or the whole
    surface when no name offsets are given), and ``judgement`` (in [-1, 1]: only what evaluative
    verbs, pointer nouns and predicates say of the mention — "criticised Tokyo", "a fraud" —
    without the tone of words that merely stand near it), ``scene`` (True for a place or
    organisation named as where something happens or where someone goes: "police across
    Tokyo", "departed for Tokyo"; its portrayal and action are 0 and it is no evidence of the
    article's stance), ``speaks`` (True for the speaker of a quote or statement) and, of the mention's
    whole article, ``article_tone`` (mean ``"news"`` compound of all its sentences),
    ``article_positive`` / ``article_negative`` (shares of its sentences beyond ±0.05) and
    ``article_sentences`` (how many), and ``headline``: the tone of the article's headline (a
    ``title`` column of ``articles``) towards the entity where the headline names it, NaN where
    it does not or there is none (see :func:`headline_tone`).
    """
    if sentences is None:
        sentences = split_sentences(articles)
    if mentions is None:
        mentions = find_mentions(articles, sentences)
    check_table(mentions, "mention_tone", "mentions", ["doc_id", "start", "end", "entity"],
                "mention_tone and entity_sentiment take the mentions second, (articles, mentions, sentences), "
                "with mentions = find_mentions(articles, sentences), or none to have them found")
    extra = ["sentence", "lead", "sentence_tone", *(c for q in QUANTITIES for c in (q, f"{q}_label")), "judgement",
             "scene", "speaks", *_ARTICLE, "headline"]
    if mentions.empty:
        return mentions.assign(**{c: pd.Series(dtype=object) for c in extra})
    cols = ["doc_id", "sent_id", "start"] + (["para_id"] if "para_id" in sentences else [])
    # Each mention's sentence by its row in ``sentences``, its text one object per sentence, not a
    # copy per mention (a text column of a table is copied per row: 70,000 names of one 5,000-character
    # "sentence" took 350 MB as a column, 350 GB before sentences were bounded).
    sent = sentences[cols].rename(columns={"start": "sent_start"})
    sent.insert(3, "sentence", np.arange(len(sentences)))
    out = mentions.merge(sent, on=["doc_id", "sent_id"], how="left")
    sentence_texts = [*sentences["text"].fillna("").astype(str).tolist(), ""]
    rows = out["sentence"].fillna(len(sentences)).astype(int).tolist()
    offset = out["sent_start"].fillna(0).astype(int)
    s_col, e_col = ("name_start", "name_end") if "name_start" in out else ("start", "end")
    starts = (out[s_col].astype(int) - offset).to_numpy()
    ends = (out[e_col].astype(int) - offset).to_numpy()
    first_para = out["para_id"].fillna(0).to_numpy() == 0 if "para_id" in out else False
    out["lead"] = (out["sent_id"].to_numpy() < 2) | first_para
    # Every sentence of the article is scored, not only those naming someone: the article's
    # overall tone is a prior of the stance towards each person in it (see stance_features).
    doc_sent = sentences[["doc_id", "text"]].assign(text=sentences["text"].fillna("").astype(str))
    unique = pd.unique(pd.Series(sentence_texts))
    tone_of = dict(zip(unique, score_many(unique, _LAYER_METHOD)))
    by_row = np.array([tone_of[t] for t in sentence_texts], dtype=float)
    out["sentence_tone"] = by_row[rows] if rows else np.zeros(0)
    tone = doc_sent["text"].map(tone_of).astype(float)
    by_doc = pd.DataFrame({"article_tone": tone, "article_positive": tone > NEUTRAL_BAND,
                           "article_negative": tone < -NEUTRAL_BAND}).groupby(doc_sent["doc_id"])
    article = by_doc.mean().assign(article_sentences=by_doc.size())
    out = out.join(article, on="doc_id")
    texts = [sentence_texts[r] for r in rows]
    feats, values = mention_scores(texts, starts, ends)
    out["sentence"] = pd.Series([_shown(t, a, b) for t, a, b in zip(texts, starts.tolist(), ends.tolist())],
                                index=out.index, dtype=str)
    del texts
    scores = pd.DataFrame(values, columns=list(QUANTITIES))
    for q in QUANTITIES:
        scores[f"{q}_label"] = label_names(scores[q])
    scores["judgement"] = np.clip(feats[:, [FEATURES.index(f) for f in _JUDGEMENT]].sum(axis=1), -1, 1)
    scores["speaks"] = feats[:, FEATURES.index("voice")] != 0
    texts_of = {d: t if isinstance(t, str) else "" for d, t in zip(articles["doc_id"], articles["text"])}
    person = (out["kind"].fillna("").astype(str).str.upper() == "PERSON").to_numpy() if "kind" in out else \
        np.zeros(len(out), dtype=bool)
    scores["scene"] = [not p and _scene(texts_of.get(d, ""), int(a), int(b))
                       for d, a, b, p in zip(out["doc_id"], out["start"], out[e_col], person)]
    # A scene is not portrayed, whatever happens there ("arrested outside the U.S. Embassy"), nor does it do what
    # is done there ("a court in Nordland sentenced him": the verb after the name is the court's).
    scores.loc[scores["scene"], ["portrayal", "action", "judgement"]] = 0.0
    scores.loc[scores["scene"], ["portrayal_label", "action_label"]] = "neutral"
    out = pd.concat([out.drop(columns=["sent_start", "para_id"], errors="ignore").reset_index(drop=True),
                     scores[extra[3:-len(_ARTICLE) - 1]]], axis=1)
    out[list(_ARTICLE)] = out[list(_ARTICLE)].fillna(0.0)
    out["article_sentences"] = out["article_sentences"].astype(int)
    heads = headline_tone(articles, mentions)[["entity", "doc_id", "headline"]]
    return out.merge(heads.astype({"headline": float}), on=["entity", "doc_id"], how="left")


# A mention's ``sentence`` in :func:`mention_tone` keeps at most this many characters of it (the longest
# sentence of PolNeAR train and PerSenT dev has 979; the cap of a sentence, text.LONGEST_SENTENCE, is 5,000).
SENTENCE_SHOWN = 1000


def _shown(sentence: str, start: int, end: int) -> str:
    """``sentence``, or of one longer than :data:`SENTENCE_SHOWN`, that many characters around
    ``[start, end)`` (offsets into it), cut at spaces where it can be, "…" at a cut end."""
    if len(sentence) <= SENTENCE_SHOWN:
        return sentence
    start, end = min(max(start, 0), len(sentence)), min(max(end, start, 0), len(sentence))
    lo = min(max(0, start - (SENTENCE_SHOWN - (end - start)) // 2), len(sentence) - SENTENCE_SHOWN)
    hi = lo + SENTENCE_SHOWN
    if lo > 0:
        space = sentence.find(" ", lo, max(lo, start))
        lo = space + 1 if space >= 0 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", min(end, hi), hi)
        hi = space if space > lo else hi
    return ("…" if lo > 0 else "") + sentence[lo:hi] + ("…" if hi < len(sentence) else "")


_WORD = re.compile(r"\w+")


def _name_forms(entity: str, surfaces: Iterable[str]) -> list[str]:
    """The forms a headline may name an entity by: its linked name, that name's last word and
    every surface the article names it by (the linking's aliases), longest first."""
    words = entity.split()
    forms = {entity, *(s for s in surfaces if isinstance(s, str)), *(words[-1:] if len(words) > 1 else [])}
    return sorted((f.strip() for f in forms if sum(c.isalpha() for c in f) >= 2), key=len, reverse=True)


def _whole_word(text: str, form: str) -> int:
    """Where ``form`` first stands in ``text`` as whole words (no letter or digit joined to
    either end), −1 where it does not."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return at
        at = text.find(form, at + 1)
    return -1


def headline_tone(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The headline's tone towards each entity it names.

    In: ``articles`` (``doc_id``, optionally ``title``: the headline, which
    :func:`presslens.load_corpus` keeps out of ``text``) and ``mentions`` of the text
    (``doc_id``, ``entity``, ``text``, optionally ``name_start``/``name_end``, the bare name's
    offsets). Out: one row per (``entity``, ``doc_id``) whose article's title names it, by
    any of :func:`_name_forms` matched as whole words without regard to case (headlines are often
    in capitals): ``headline`` (the portrayal of its first such name in the title, as
    :func:`presslens.sentiment.score_target` reads a mention in a sentence) and
    ``headline_text``. Entities the title does not name have no row."""
    columns = ["entity", "doc_id", "headline", "headline_text"]
    if mentions.empty or "title" not in articles:
        return pd.DataFrame(columns=columns)
    titles = {d: t.strip() for d, t in zip(articles["doc_id"], articles["title"]) if isinstance(t, str) and t.strip()}
    words = {d: set(_WORD.findall(t.lower())) for d, t in titles.items()}
    # The gate: a mention whose entity and surface share no word with the headline is skipped unread.
    m = mentions[[bool(words.get(d, ()) and words[d].intersection(_WORD.findall(f"{e} {s}".lower())))
                  for d, e, s in zip(mentions["doc_id"].tolist(), mentions["entity"].tolist(),
                                     mentions["text"].tolist())]]
    if m.empty:
        return pd.DataFrame(columns=columns)
    texts = dict(zip(articles["doc_id"], articles["text"]))
    if "name_start" in m:
        bare = [texts[d][int(a):int(b)] if isinstance(texts.get(d), str) else s
                for d, a, b, s in zip(m["doc_id"], m["name_start"], m["name_end"], m["text"])]
        m = m.assign(_surface=bare)
    else:
        m = m.assign(_surface=m["text"])
    rows = []
    for (entity, doc), surfaces in m.groupby(["entity", "doc_id"], sort=False)["_surface"]:
        title = titles[doc]
        for form in _name_forms(str(entity), set(surfaces)):
            at = _whole_word(title.lower(), form.lower())
            if at >= 0:
                rows.append((entity, doc, title, at, at + len(form)))
                break
    if not rows:
        return pd.DataFrame(columns=columns)
    found = pd.DataFrame(rows, columns=["entity", "doc_id", "headline_text", "_start", "_end"])
    scores = mention_scores(found["headline_text"].tolist(), found["_start"].to_numpy(), found["_end"].to_numpy())[1]
    found["headline"] = np.round(scores[:, QUANTITIES.index("portrayal")], 4)
    return found[columns]


# The inputs of the learned stance layer, per (entity, article): see stance_features.
# One mean per source of evidence (the mentions, the lead, the sentences naming the entity, the
# article as a prior) and the negative shares beside the means of the mentions and the article,
# since the rare negative class is the one a mean hides; the other summaries of stance_features
# are kept out (each repeats a mean beside it, and fewer weights vary less between trainings).
# The headline's portrayal of the entity (0 where it names it not) weighs as annotators weigh it,
# and so does the lead's negative share: a lead that opens on the entity's misdeed sets the stance
# however the rest of the story reads it (the mean of the lead hides the rare negative class).
STANCE_FEATURES = ("mean", "share_negative", "lead_mean", "sentence_mean",
                   "prior_tone", "prior_negative", "speaks", "coverage", "headline", "lead_negative")
_LEAD_WEIGHT = 2.0   # a lead mention counts twice in ``lead_mean`` (the learned weights do the rest)


def _column(tones: pd.DataFrame, name: str) -> np.ndarray:
    """A numeric column of a mention table, zeros where an older table lacks it."""
    return tones[name].fillna(0).to_numpy(float) if name in tones else np.zeros(len(tones))


def stance_features(tones: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """What the article says about each entity, summed up over all its mentions, per group of
    ``keys`` (one vectorised pass). In: a :func:`mention_tone` table. Out: indexed by ``keys``,
    :data:`STANCE_FEATURES`: ``mean`` (mean mention portrayal), ``share_positive`` /
    ``share_negative`` (mentions labelled so), ``lead_mean`` (mean with lead mentions weighted
    twice), ``lead_negative`` (share of the lead's mentions labelled negative, 0 where the lead
    does not name the entity), ``sentence_mean`` / ``sentence_positive`` / ``sentence_negative`` (mean tone and
    shares of positive and negative ones among the distinct sentences naming the entity),
    ``judgement`` (mean explicit judgement of its mentions, see :func:`mention_tone`),
    ``article_tone`` / ``article_positive`` / ``article_negative`` (the tone of the whole
    article, a prior: annotators judge the person within the article's story), ``speaks``
    (share of its mentions that are the speaker of a quote or statement: a person given a
    voice leans neutral to positive in PerSenT dev), ``coverage`` (share of the article's sentences
    naming it), ``prior_tone`` / ``prior_negative`` (``article_tone`` / ``article_negative`` times
    ``coverage``: the article's story is a prior of the stance towards an entity in proportion to
    how much of it names the entity, so a positive story does not outweigh the one clause that
    criticises a place named in passing), ``headline`` (the headline's portrayal of the entity, 0 where the
    headline does not name it: see :func:`headline_tone`), and ``evident`` (False where every mention is neutral:
    with no evaluative language about the
    entity, the article takes no stance towards it, whatever the tone around). Mentions marked
    ``scene`` are left out of every feature. The learned layer reads :data:`STANCE_FEATURES`
    of them."""
    g = tones.groupby(list(keys), sort=False)
    code, index = g.ngroup().to_numpy(), g.size().index
    n = len(index)
    # Scenes are no evidence: the groups keep their rows, computed without them.
    kept = ~tones["scene"].to_numpy(bool) if "scene" in tones else np.ones(len(tones), dtype=bool)
    tones, code = tones[kept], code[kept]
    p = tones["portrayal"].to_numpy(float)
    st = tones["sentence_tone"].fillna(0.0).to_numpy(float)
    lead = tones["lead"].to_numpy(bool)
    w = np.where(lead, _LEAD_WEIGHT, 1.0)
    count = np.bincount(code, minlength=n)

    def mean(values, rows=slice(None), size=count):
        return np.bincount(code[rows], weights=np.asarray(values, float), minlength=n) / np.maximum(size, 1)

    # Each distinct sentence naming the entity once, however many times it names it.
    sent_id = tones["sent_id"].to_numpy() if "sent_id" in tones else np.arange(len(tones))
    doc = pd.factorize(tones["doc_id"])[0] if "doc_id" in tones else np.zeros(len(tones), int)
    _, first = np.unique(np.c_[code, doc, sent_id].reshape(-1, 3), axis=0, return_index=True)
    sentences = np.bincount(code[first], minlength=n)
    out = pd.DataFrame({
        "mean": mean(p), "share_positive": mean(p > NEUTRAL_BAND), "share_negative": mean(p < -NEUTRAL_BAND),
        "lead_mean": mean(w * p, size=np.bincount(code, weights=w, minlength=n)),
        "lead_negative": mean(lead & (p < -NEUTRAL_BAND), size=np.bincount(code, weights=lead, minlength=n)),
        "sentence_mean": mean(st[first], first, sentences),
        "sentence_positive": mean(st[first] > NEUTRAL_BAND, first, sentences),
        "sentence_negative": mean(st[first] < -NEUTRAL_BAND, first, sentences),
        "judgement": mean(tones["judgement"].to_numpy(float)),
        **{c: mean(_column(tones, c)) for c in ("article_tone", "article_positive", "article_negative", "speaks")},
        "coverage": sentences / np.maximum(mean(_column(tones, "article_sentences")), 1.0),
        "headline": mean(_column(tones, "headline")),
    }, index=index)
    out["prior_tone"] = out["article_tone"] * out["coverage"]
    out["prior_negative"] = out["article_negative"] * out["coverage"]
    out["evident"] = np.bincount(code, weights=np.abs(p) > NEUTRAL_BAND, minlength=n) > 0
    return out


@lru_cache(maxsize=1)
def _stance_model() -> dict | None:
    """The learned stance layer (``sentiment_stance_model.json``, written by
    scripts/train_stance.py); None when the file is absent."""
    path = resources.files("presslens.data").joinpath("sentiment_stance_model.json")
    if not path.is_file():
        return None
    m = json.loads(path.read_text("utf-8"))
    return {"features": tuple(m["features"]), "mean": np.array(m["mean"]), "sd": np.array(m["sd"]),
            "weights": np.array(m["weights"]), "intercept": np.array(m["intercept"]),
            "band": float(m["band"]), "centre": float(m.get("centre", 0.0)), "scale": float(m["scale"]),
            "l2": float(m["l2"]), "balance": float(m["balance"]),
            "negative_share": float(m.get("negative_share", 1.0))}


def stance_evidence(features: pd.DataFrame, model: dict | None = None) -> np.ndarray:
    """P(positive) − P(negative) of the learned stance layer for each row of
    :func:`stance_features` (pure numpy), less the model's ``centre`` (the midpoint of its
    negative and positive thresholds, so that its neutral band is ± ``band`` around 0); 0
    where no mention is evaluative."""
    m = model or _stance_model()
    x = (features[list(m["features"])].to_numpy(float) - m["mean"]) / m["sd"]
    z = m["intercept"] + x @ m["weights"]
    z -= z.max(axis=1, keepdims=True)
    prob = np.exp(z)
    prob /= prob.sum(axis=1, keepdims=True)
    return np.where(features["evident"].to_numpy(bool), prob[:, 2] - prob[:, 0] - m.get("centre", 0.0), 0.0)


def stance_raw(tones: pd.DataFrame, keys: list[str], params: dict | None = None) -> pd.Series:
    """The rules' evidence of an article's stance towards an entity, per group of ``keys``: the
    lead-weighted mean of its mentions' portrayal and of their sentences' tone, each bounded to
    ± ``cap``, plus a bias. ``params``: the ``doc`` entry of the weights file by default."""
    d = params or _weights()["doc"]
    weight = np.where(tones["lead"].to_numpy(bool), d["lead"], 1.0)
    cap = d["cap"]
    evidence = (d["portrayal"] * np.clip(tones["portrayal"].to_numpy(float), -cap, cap)
                + d["sentence"] * np.clip(tones["sentence_tone"].to_numpy(float), -cap, cap))
    frame = tones[keys].assign(_w=weight, _e=evidence * weight, _any=evidence != 0)
    g = frame.groupby(keys, sort=False)
    # The bias corrects the lean of evaluative words in news; with no such word it has nothing
    # to correct, and the article is exactly neutral towards the entity.
    return g["_any"].any() * d["bias"] + g["_e"].sum() / g["_w"].sum()


def document_stance(tones: pd.DataFrame, keys: Iterable[str] = ("entity", "doc_id"),
                    params: dict | None = None, method: str = "auto",
                    model: dict | None = None) -> pd.Series:
    """The stance towards each entity per group of ``keys`` (by default the article), from the
    :func:`mention_tone` table, read by VADER's convention. ``method``: "learned" (the logistic
    layer over :func:`stance_features`; ``model`` as from ``_stance_model()``), "rules" (the
    lead-weighted mean :func:`stance_raw` with ``params``) or "auto" (learned when packaged).
    Either way the raw evidence is rescaled from its own fitted neutral band."""
    keys = list(keys)
    m = model or (_stance_model() if method != "rules" else None)
    if method == "learned" and m is None:
        raise ValueError("the learned stance layer needs sentiment_stance_model.json")
    if m is not None:
        feats = stance_features(tones, keys)
        raw, band, scale = stance_evidence(feats, m), m["band"], m["scale"]
        index = feats.index
    else:
        d = params or _weights()["doc"]
        series = stance_raw(tones, keys, d)
        raw, band, scale, index = series.to_numpy(), d["band"], d["scale"], series.index
    return pd.Series(np.round(rescale(raw, band, scale), 4), index=index)


def _voice_of(quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Mean tone of the quotes attributed to each (``entity``, ``doc_id``): ``voice``, ``quotes``."""
    if quotes is None or quotes.empty or not {"speaker", "content", "doc_id"} <= set(quotes):
        return pd.DataFrame(columns=["entity", "doc_id", "voice", "quotes"])
    q = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""]
    q = q.assign(entity=q["speaker"].astype(str),
                 _tone=score_many(q["content"].fillna("").astype(str).tolist()))
    g = q.groupby(["entity", "doc_id"], sort=False)
    return pd.DataFrame({"voice": g["_tone"].mean().round(4), "quotes": g.size()}).reset_index()


def entity_sentiment(articles: pd.DataFrame, mentions: pd.DataFrame | None = None,
                     sentences: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
                     tones: pd.DataFrame | None = None) -> pd.DataFrame:
    """How each article treats each entity it mentions.

    In: as :func:`mention_tone`, plus optionally ``quotes`` (a table from
    :func:`presslens.quotes.extract_quotes`: ``doc_id``, ``speaker``, ``content``) for the
    entities' voice, and ``tones`` (a :func:`mention_tone` table already computed).
    Only mentions that :func:`portrayed` keeps count (no "an Asia tour", no "Peace Treaty");
    scenes ("police across Tokyo") count as neutral mentions and are no evidence of the stance.
    Out: one row per (``entity``, ``doc_id``): ``kind``, ``mentions``, ``portrayal`` (the
    article's stance towards the entity, see :func:`document_stance`), ``action`` (mean over its
    mentions), ``voice`` (mean tone of its attributed quotes when ``quotes`` is given, else of
    what its mentions are reported saying), each with ``*_label``; ``headline`` (the portrayal of
    the entity in the article's headline, a ``title`` column of ``articles``, where the headline
    names it, by its name, surname or a form the article names it by, in any case; NaN where it
    does not: evidence the ``portrayal`` weighs, see :func:`headline_tone`); ``quotes`` (attributed quotes),
    ``positive``/``neutral``/``negative`` (mentions by portrayal label),
    ``most_positive``/``most_negative`` (sentences) with their portrayal and where the name stands in the
    article (``most_positive_doc_id``, ``most_positive_start``, ``most_positive_end``: offsets into its
    text, as the mentions table's); ``outlet``/``published`` when the articles have them. Sorted by mentions.

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Senator Ada Quill praised Ivo Brant."]})
    >>> entity_sentiment(arts)[["entity", "mentions"]].values.tolist()   # doctest: +SKIP
    [['Ada Quill', 1], ['Ivo Brant', 1]]
    """
    check_articles(articles, "entity_sentiment")
    if tones is None:
        tones = mention_tone(articles, mentions, sentences)
    tones = tones[portrayed(tones, articles)] if len(tones) else tones
    columns = ["entity", "doc_id", "kind", "mentions", *(c for q in QUANTITIES for c in (q, f"{q}_label")),
               "headline", "quotes", "positive", "neutral", "negative", *_extreme_columns()]
    if tones.empty:
        return pd.DataFrame(columns=columns)
    keys = ["entity", "doc_id"]
    tones = tones.assign(**{f"_{name}": tones["portrayal_label"] == name for name in _LABELS})
    if "kind" not in tones:
        tones["kind"] = ""
    grouped = tones.groupby(keys, sort=False)
    table = pd.DataFrame({
        "kind": grouped["kind"].first(),  # link_aliases settles one kind per entity
        "mentions": grouped.size(),
        "portrayal": document_stance(tones, keys),
        "action": grouped["action"].mean().round(4),
        "voice": grouped["voice"].mean().round(4),
        "headline": grouped["headline"].mean() if "headline" in tones else np.nan,
        **{name: grouped[f"_{name}"].sum() for name in ("positive", "neutral", "negative")},
    }).join(_group_extremes(tones, keys, "sentence", "portrayal")).reset_index()
    spoken = _voice_of(quotes)
    table = table.merge(spoken.rename(columns={"voice": "_quoted_voice"}), on=keys, how="left")
    if quotes is not None:
        table["voice"] = table["_quoted_voice"].fillna(0.0)
    table["quotes"] = table["quotes"].fillna(0).astype(int)
    for q in QUANTITIES:
        table[f"{q}_label"] = label_names(table[q])
    table = table[columns]
    meta = [c for c in ("outlet", "published") if c in articles]
    if meta:
        table = table.merge(articles[["doc_id", *meta]].drop_duplicates("doc_id"), on="doc_id", how="left")
    return table.sort_values(["mentions", "entity"], ascending=[False, True], kind="stable",
                             ignore_index=True)


def compare_outlets(by_outlet: pd.DataFrame, entities: Iterable[str] | None = None) -> pd.DataFrame:
    """The rows of ``entity_summary(table, by="outlet")`` for ``entities`` (all when None), to
    compare outlets on the same person or country; empty (with the table's columns) when they come
    from fewer than two outlets, as a corpus of one outlet or none in its metadata has nothing to
    compare (its rows are the corpus-wide table again)."""
    rows = by_outlet if entities is None else by_outlet[by_outlet["entity"].isin(list(entities))]
    return rows if "outlet" in rows and rows["outlet"].nunique() >= 2 else rows.iloc[0:0]


def entity_summary(table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Corpus-level portrayal per entity (per entity and ``by``, e.g. ``"outlet"``, when given).

    In: the table from :func:`entity_sentiment`. Out: ``entity`` (and ``by``), ``kind``,
    ``articles``, ``mentions``; ``portrayal`` (mean article stance), ``share_positive``,
    ``share_neutral``, ``share_negative`` (articles by their stance label), ``portrayal_label``;
    ``action`` and ``voice`` (mention-weighted means) with labels; ``most_positive`` /
    ``most_negative`` sentences with their portrayal, article and offsets of the name in it
    (``most_positive_doc_id``/``_start``/``_end``, as :func:`entity_sentiment`'s); sorted by mentions.
    """
    keys = ["entity"] + ([by] if by else [])
    columns = [*keys, "kind", "articles", "mentions", "portrayal", "portrayal_label",
               "share_positive", "share_neutral", "share_negative", "action", "action_label",
               "voice", "voice_label", *_extreme_columns()]
    if table.empty or (by and by not in table):
        return pd.DataFrame(columns=columns)
    t = table.assign(_action=table["action"] * table["mentions"], _voice=table["voice"] * table["mentions"],
                     **{f"_{n}": table["portrayal_label"] == n for n in _LABELS})
    if by:
        t[by] = t[by].fillna(missing_key(by))
    g = t.groupby(keys, sort=False)
    mentions = g["mentions"].sum()
    pos, neg = ({f"{name}{c}": n for c, n in (("", "s"), ("_tone", "v"), *((f"_{c}", c) for c in _SPAN))}
                for name in ("most_positive", "most_negative"))
    high = _group_extremes(t.drop(columns=list(_SPAN), errors="ignore").rename(columns=pos), keys, "s", "v")
    low = _group_extremes(t.drop(columns=list(_SPAN), errors="ignore").rename(columns=neg), keys, "s", "v")
    high, low = high.filter(like="most_positive"), low.filter(like="most_negative")
    out = pd.DataFrame({
        "kind": g["kind"].first(),
        "articles": g["doc_id"].nunique(),
        "mentions": mentions,
        "portrayal": g["portrayal"].mean().round(4),
        **{f"share_{n}": g[f"_{n}"].mean().round(4) for n in ("positive", "neutral", "negative")},
        "action": (g["_action"].sum() / mentions).round(4),
        "voice": (g["_voice"].sum() / mentions).round(4),
    }).join(high).join(low).reset_index()
    for q in QUANTITIES:
        out[f"{q}_label"] = label_names(out[q])
    return out[columns].sort_values(["mentions", "entity"], ascending=[False, True], kind="stable",
                                    ignore_index=True)


def select_entities(table: pd.DataFrame, names: Iterable[str] | str | None,
                    column: str = "entity") -> pd.DataFrame:
    """The rows of ``table`` whose ``column`` matches one of ``names`` (all rows when ``None``).

    A name matches an entity equal to it or holding its words in order, case aside: "Trump"
    matches "Donald Trump", "Lee Jae Myung" matches itself, "Korea" matches "South Korea".
    A string of names separated by commas (as given on a command line) counts as a list. A name
    that matches no row is named in a warning, so a misspelt or absent name is not silently left out.

    >>> t = pd.DataFrame({"entity": ["Donald Trump", "South Korea", "Tokyo"]})
    >>> select_entities(t, ["trump", "Korea"])["entity"].tolist()
    ['Donald Trump', 'South Korea']
    """
    if names is None or column not in table:
        return table
    wanted = [str(n).lower().split() for n in (names.split(",") if isinstance(names, str) else names)]
    wanted = [w for w in wanted if w]

    def holds(words: list[str], w: list[str]) -> bool:
        return any(words[i:i + len(w)] == w for i in range(len(words) - len(w) + 1))

    entities = {e: str(e).lower().split() for e in table[column].dropna().unique()}
    missing = [" ".join(w) for w in wanted if not any(holds(words, w) for words in entities.values())]
    if missing:
        warnings.warn(f"no {column} matches {', '.join(map(repr, missing))} (whole words, case aside; "
                      f"{len(entities)} {column} values in the table): left out", UserWarning, stacklevel=2)
    return table[table[column].map(lambda e: any(holds(entities.get(e, []), w) for w in wanted))]


def speaker_tone(quotes: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """The tone of what each speaker is quoted as saying.

    In: a quotes table from :func:`presslens.quotes.extract_quotes` (``speaker``, ``content``,
    ``doc_id``; rows without a speaker are left out), optionally grouped further ``by`` a column
    (e.g. ``"outlet"`` after joining the articles). Out: ``speaker`` (and ``by``), ``quotes``,
    ``articles``, ``tone`` (mean :func:`presslens.sentiment.score_text` of the content) and
    ``tone_label``, ``share_positive``/``share_neutral``/``share_negative`` (the speaker's quotes by
    their label), ``positive``/``negative`` counts, ``most_positive``/``most_negative`` quotes with
    their tones, articles and spans (``most_positive_doc_id``/``_start``/``_end``, the quote's
    ``start``/``end``; empty when the quotes table has no offsets); sorted by quotes.

    >>> q = pd.DataFrame({"doc_id": ["a"], "speaker": ["Ada Quill"], "content": ["A great win."]})
    >>> bool(speaker_tone(q)["tone"].iat[0] > 0)
    True
    """
    keys = ["speaker"] + ([by] if by else [])
    columns = [*keys, "quotes", "articles", "tone", "tone_label", "share_positive", "share_neutral",
               "share_negative", "positive", "negative", *_extreme_columns()]
    if quotes is None or quotes.empty or "speaker" not in quotes or (by and by not in quotes):
        return pd.DataFrame(columns=columns)
    q = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""].copy()
    if q.empty:
        return pd.DataFrame(columns=columns)
    q["content"] = q["content"].fillna("").astype(str)
    q["tone"] = score_many(q["content"].tolist())
    label = tone_label(q["tone"])
    q["_pos"], q["_neu"], q["_neg"] = label == 1, label == 0, label == -1
    if "doc_id" not in q:
        q["doc_id"] = ""
    g = q.groupby(keys, sort=False)
    out = pd.DataFrame({
        "quotes": g.size(),
        "articles": g["doc_id"].nunique(),
        "tone": g["tone"].mean().round(4),
        "share_positive": g["_pos"].mean(),
        "share_neutral": g["_neu"].mean(),
        "share_negative": g["_neg"].mean(),
        "positive": g["_pos"].sum(),
        "negative": g["_neg"].sum(),
    }).join(_group_extremes(q, keys, "content", "tone")).reset_index()
    out["tone_label"] = label_names(out["tone"])
    return out.reindex(columns=columns).sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable",
                           ignore_index=True)
