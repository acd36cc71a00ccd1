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
aggregated as annotators judge it: the article as a whole, its headline and lead weighing more
than a passing clause, each mention's evidence bounded so one strong word cannot decide the
article, with a neutral band of its own (fitted on PerSenT dev, see
``scripts/train_target.py``). Mention-level scores come from
:func:`presslens.sentiment.target.score_mentions`.
"""

from __future__ import annotations

import re
from typing import Iterable

import numpy as np
import pandas as pd

from presslens.entities import find_mentions
from presslens.sentiment.scorer import NEUTRAL_BAND, label_names, rescale, score_many, tone_label
from presslens.sentiment.target import QUANTITIES, _weights, score_mentions
from presslens.text import split_sentences

__all__ = [
    "document_stance",
    "entity_sentiment",
    "entity_summary",
    "mention_tone",
    "portrayed",
    "select_entities",
    "speaker_tone",
    "stance_raw",
]

_LABELS = ("negative", "neutral", "positive")
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


def portrayed(tones: pd.DataFrame, articles: pd.DataFrame) -> np.ndarray:
    """Which mentions count as an entity being portrayed: not a name used as a modifier ("an
    Asia tour"), and not a capitalised phrase without evidence of being a name (kind MISC, e.g.
    "Peace Treaty") unless the corpus repeats it as a name."""
    if tones.empty:
        return np.zeros(0, dtype=bool)
    texts = dict(zip(articles["doc_id"], articles["text"]))
    s_col, e_col = ("name_start", "name_end") if "name_start" in tones else ("start", "end")
    modifier = np.array([_modifier(texts.get(d) if isinstance(texts.get(d), str) else "", int(a), int(b))
                         for d, a, b in zip(tones["doc_id"], tones[s_col], tones[e_col])], dtype=bool)
    kind = tones["kind"].fillna("").astype(str).str.upper() if "kind" in tones else pd.Series("", index=tones.index)
    repeated = tones.groupby("entity")["entity"].transform("size").to_numpy() >= 2
    return ~modifier & ((kind != "MISC").to_numpy() | repeated)


def _group_extremes(df: pd.DataFrame, keys: list[str], text_col: str, score_col: str) -> pd.DataFrame:
    """Per group: the text with the highest score if it is positive and the one with the lowest
    if it is negative (ties: first seen); none where no text of the group is (an entity only ever
    mentioned neutrally has no "most negative" sentence)."""
    order = df.sort_values(score_col, kind="stable")
    low = order[order[score_col] < -NEUTRAL_BAND].groupby(keys, sort=False).head(1).set_index(keys)
    high = order[order[score_col] > NEUTRAL_BAND].iloc[::-1].groupby(keys, sort=False).head(1).set_index(keys)
    return pd.DataFrame({
        "most_positive": high[text_col], "most_positive_tone": high[score_col],
        "most_negative": low[text_col], "most_negative_tone": low[score_col],
    })


def mention_tone(articles: pd.DataFrame, mentions: pd.DataFrame | None = None,
                 sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every entity mention with its portrayal, action and voice in its sentence.

    In: ``articles`` (``doc_id``, ``text``), optionally ``mentions`` from
    :func:`presslens.entities.find_mentions` and ``sentences`` from
    :func:`presslens.text.split_sentences` (computed when ``None``).
    Out: the mentions columns plus ``sentence`` (its text), ``lead`` (True in the article's
    first paragraph or first two sentences, where a headline stands), ``sentence_tone`` (the
    sentence's compound score), ``portrayal``, ``action``, ``voice``, each with its ``*_label``
    (see :func:`presslens.sentiment.score_target`; scored on the bare name, or the whole
    surface when no name offsets are given).
    """
    if sentences is None:
        sentences = split_sentences(articles)
    if mentions is None:
        mentions = find_mentions(articles, sentences)
    extra = ["sentence", "lead", "sentence_tone", *(c for q in QUANTITIES for c in (q, f"{q}_label"))]
    if mentions.empty:
        return mentions.assign(**{c: pd.Series(dtype=object) for c in extra})
    cols = ["doc_id", "sent_id", "start", "text"] + (["para_id"] if "para_id" in sentences else [])
    sent = sentences[cols].rename(columns={"start": "sent_start", "text": "sentence"})
    out = mentions.merge(sent, on=["doc_id", "sent_id"], how="left")
    out["sentence"] = out["sentence"].fillna("").astype(str)
    offset = out["sent_start"].fillna(0).astype(int)
    s_col, e_col = ("name_start", "name_end") if "name_start" in out else ("start", "end")
    starts = (out[s_col].astype(int) - offset).to_numpy()
    ends = (out[e_col].astype(int) - offset).to_numpy()
    first_para = out["para_id"].fillna(0).to_numpy() == 0 if "para_id" in out else False
    out["lead"] = (out["sent_id"].to_numpy() < 2) | first_para
    unique = pd.unique(out["sentence"])
    tone_of = dict(zip(unique, score_many(unique)))
    out["sentence_tone"] = out["sentence"].map(tone_of).astype(float)
    scores = score_mentions(out["sentence"], starts, ends)
    out = pd.concat([out.drop(columns=["sent_start", "para_id"], errors="ignore").reset_index(drop=True),
                     scores], axis=1)
    return out


def stance_raw(tones: pd.DataFrame, keys: list[str], params: dict | None = None) -> pd.Series:
    """Evidence of an article's stance towards an entity, per group of ``keys``: the lead-weighted
    mean of its mentions' portrayal and of their sentences' tone, each bounded to ±
    ``cap`` (one strong clause cannot decide the article), plus a bias. ``params``: the
    ``doc`` entry of the weights file by default."""
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
                    params: dict | None = None) -> pd.Series:
    """The stance towards each entity per group of ``keys`` (by default the article), from the
    :func:`mention_tone` table: :func:`stance_raw` rescaled from the document neutral band to
    VADER's reading convention."""
    d = params or _weights()["doc"]
    raw = stance_raw(tones, list(keys), d)
    return pd.Series(np.round(rescale(raw.to_numpy(), d["band"], d["scale"]), 4), index=raw.index)


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
    Only mentions that :func:`portrayed` keeps count (no "an Asia tour", no "Peace Treaty").
    Out: one row per (``entity``, ``doc_id``): ``kind``, ``mentions``, ``portrayal`` (the
    article's stance towards the entity, see :func:`document_stance`), ``action`` (mean over its
    mentions), ``voice`` (mean tone of its attributed quotes when ``quotes`` is given, else of
    what its mentions are reported saying), each with ``*_label``; ``quotes`` (attributed quotes),
    ``positive``/``neutral``/``negative`` (mentions by portrayal label),
    ``most_positive``/``most_negative`` (sentences) with their portrayal; ``outlet``/``published``
    when the articles have them. Sorted by mentions.

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Senator Ada Quill praised Ivo Brant."]})
    >>> entity_sentiment(arts)[["entity", "mentions"]].values.tolist()   # doctest: +SKIP
    [['Ada Quill', 1], ['Ivo Brant', 1]]
    """
    if tones is None:
        tones = mention_tone(articles, mentions, sentences)
    tones = tones[portrayed(tones, articles)] if len(tones) else tones
    columns = ["entity", "doc_id", "kind", "mentions", *(c for q in QUANTITIES for c in (q, f"{q}_label")),
               "quotes", "positive", "neutral", "negative",
               "most_positive", "most_positive_tone", "most_negative", "most_negative_tone"]
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


def entity_summary(table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Corpus-level portrayal per entity (per entity and ``by``, e.g. ``"outlet"``, when given).

    In: the table from :func:`entity_sentiment`. Out: ``entity`` (and ``by``), ``kind``,
    ``articles``, ``mentions``; ``portrayal`` (mean article stance), ``share_positive``,
    ``share_neutral``, ``share_negative`` (articles by their stance label), ``portrayal_label``;
    ``action`` and ``voice`` (mention-weighted means) with labels; ``most_positive`` /
    ``most_negative`` sentences with their portrayal; sorted by mentions.
    """
    keys = ["entity"] + ([by] if by else [])
    columns = [*keys, "kind", "articles", "mentions", "portrayal", "portrayal_label",
               "share_positive", "share_neutral", "share_negative", "action", "action_label",
               "voice", "voice_label", "most_positive", "most_positive_tone", "most_negative",
               "most_negative_tone"]
    if table.empty or (by and by not in table):
        return pd.DataFrame(columns=columns)
    t = table.assign(_action=table["action"] * table["mentions"], _voice=table["voice"] * table["mentions"],
                     **{f"_{n}": table["portrayal_label"] == n for n in _LABELS})
    if by:
        t[by] = t[by].fillna("unknown")
    g = t.groupby(keys, sort=False)
    mentions = g["mentions"].sum()
    pos = t.rename(columns={"most_positive": "s", "most_positive_tone": "v"})
    neg = t.rename(columns={"most_negative": "s", "most_negative_tone": "v"})
    high = _group_extremes(pos, keys, "s", "v")[["most_positive", "most_positive_tone"]]
    low = _group_extremes(neg, keys, "s", "v")[["most_negative", "most_negative_tone"]]
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
    A string of names separated by commas (as given on a command line) counts as a list.

    >>> t = pd.DataFrame({"entity": ["Donald Trump", "South Korea", "Tokyo"]})
    >>> select_entities(t, ["trump", "Korea"])["entity"].tolist()
    ['Donald Trump', 'South Korea']
    """
    if names is None or column not in table:
        return table
    wanted = [str(n).lower().split() for n in (names.split(",") if isinstance(names, str) else names)]
    wanted = [w for w in wanted if w]

    def hit(entity: object) -> bool:
        words = str(entity).lower().split()
        return any(words[i:i + len(w)] == w for w in wanted for i in range(len(words) - len(w) + 1))

    return table[table[column].map(hit)]


def speaker_tone(quotes: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """The tone of what each speaker is quoted as saying.

    In: a quotes table from :func:`presslens.quotes.extract_quotes` (``speaker``, ``content``,
    ``doc_id``; rows without a speaker are left out), optionally grouped further ``by`` a column
    (e.g. ``"outlet"`` after joining the articles). Out: ``speaker`` (and ``by``), ``quotes``,
    ``articles``, ``tone`` (mean :func:`presslens.sentiment.score_text` of the content) and
    ``tone_label``,
    ``positive``/``negative`` counts, ``most_positive``/``most_negative`` quotes with their
    tones; sorted by quotes.

    >>> q = pd.DataFrame({"doc_id": ["a"], "speaker": ["Ada Quill"], "content": ["A great win."]})
    >>> bool(speaker_tone(q)["tone"].iat[0] > 0)
    True
    """
    keys = ["speaker"] + ([by] if by else [])
    columns = [*keys, "quotes", "articles", "tone", "tone_label", "positive", "negative",
               "most_positive", "most_positive_tone", "most_negative", "most_negative_tone"]
    if quotes is None or quotes.empty or "speaker" not in quotes or (by and by not in quotes):
        return pd.DataFrame(columns=columns)
    q = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""].copy()
    if q.empty:
        return pd.DataFrame(columns=columns)
    q["content"] = q["content"].fillna("").astype(str)
    q["tone"] = score_many(q["content"].tolist())
    q["_pos"], q["_neg"] = tone_label(q["tone"]) == 1, tone_label(q["tone"]) == -1
    if "doc_id" not in q:
        q["doc_id"] = ""
    g = q.groupby(keys, sort=False)
    out = pd.DataFrame({
        "quotes": g.size(),
        "articles": g["doc_id"].nunique(),
        "tone": g["tone"].mean().round(4),
        "positive": g["_pos"].sum(),
        "negative": g["_neg"].sum(),
    }).join(_group_extremes(q, keys, "content", "tone")).reset_index()
    out["tone_label"] = label_names(out["tone"])
    return out[columns].sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable",
                           ignore_index=True)
