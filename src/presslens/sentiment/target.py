"""Sentiment towards a target: how a sentence portrays the person, country or organisation it
mentions, as opposed to the tone of the sentence as a whole.

"Trump criticised Tokyo for not contributing enough" is negative towards Tokyo (the patient of
*criticised*), not towards Trump (its agent). :func:`score_target` reads, with
rules that can be inspected in ``presslens/data/sentiment_target_*``:

* **role**: the mention as subject (agent) or object (patient) of an evaluative verb
  (``sentiment_target_verbs.tsv``, irregular forms such as "won", "lost" listed) or multi-word
  frame ("came under fire", "stood up for", "threw her support behind", "lost to";
  ``sentiment_target_phrases.tsv``), passive voice included ("X was praised by Y");
* **pointer nouns**: "criticism of X", "allegations against X", "praise for X", "X's critics"
  (``sentiment_target_nouns.tsv``);
* **attribute**: what the sentence says the mention is: a predicate ("X is a liar", "he's a
  fraud"), an apposition and the predicate after it ("X, a former minister, has been a popular
  president"), a naming ("called X a fraud"), a possessive's predicate ("X's remarks were
  divisive") or an epithet inside the mention ("the disgraced mayor X");
* **echo**: role and attribute of a later "he", "she", "him" or "her" in the sentence, for a
  named mention ("Voss said she was betrayed");
* **local tone**: evaluative words near the mention, weighted by distance, damped across clause
  and quote boundaries, with negation ("not corrupt") handled (the news scorer's lexicon, VADER
  with news adjustments, plus the judgement words in ``sentiment_target_lexicon.tsv``);
* **quoted**: the tone of the quotation the mention sits in (said about it, by someone else);
* **speaker**: when the mention is the speaker of a quote or reported statement, the tone of what
  is said;
* **sentence tone** as a weak prior.

The features are combined linearly with weights from ``sentiment_target_weights.json`` and
squashed into [-1, 1]; values within ±0.05 mean neutral.

Tuning protocol: the weights, bias and dead zone are set by coordinate search (each in turn over
a grid around its current value, a few rounds) maximising macro-F1 on the NewsMTSC training split
only (``newsmtsc-train/train.jsonl``, 8,739 rows), with the features computed once; where the
train figure is flat (within 0.001) the smaller weight is kept, so no one feature decides alone.
The reach of roles (``_ROLE_WINDOW``) and the damping per comma (``_COMMA_DAMPING``) were chosen
the same way, from a small grid, on train. The dev split is only measured, never tuned on. Word
lists and frames are general English, written from error analysis on train (which gold-positive
mentions come out neutral or negative, and why), not fitted to single sentences; verb values
were checked against how often train agrees with them.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from presslens.entities import find_mentions
from presslens.sentiment.news import news_scorer
from presslens.sentiment.scorer import score_text
from presslens.text import split_sentences

__all__ = [
    "NEUTRAL_BAND",
    "entity_sentiment",
    "entity_summary",
    "evaluate_newsmtsc",
    "evaluate_targets",
    "mention_tone",
    "polarity",
    "score_target",
    "select_entities",
    "speaker_tone",
    "target_features",
]

NEUTRAL_BAND = 0.05
_DATA = "presslens.data"

# Words with inner apostrophes stay whole ("didn't", "Trump's"); every other non-space
# character is its own token, so offsets always map back into the sentence.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"
_HARD_BREAKS = frozenset({";", ":", "—", "–", "(", ")", "[", "]", "?", "!"})
_DISTANCE_DECAY = 4.0        # tokens at which a word's weight on the mention falls to 1/e
_CLAUSE_DAMPING = 0.3        # weight kept by a word in another clause
_COMMA_DAMPING = 0.5         # weight kept per comma crossed
_QUOTE_DAMPING = 0.4         # weight kept across a quote boundary
_NEGATION_WINDOW = 3
_ROLE_WINDOW = 12            # tokens between a verb and its object
# Prepositions that end a verb's object: what follows is a reason, place or time.
_POINTER_PREPOSITIONS = frozenset({"of", "on", "against", "for", "toward", "towards", "at", "to", "with"})
_PREPOSITIONS = frozenset({"for", "at", "in", "on", "to", "with", "from", "over", "about", "during",
                           "after", "before", "by", "into", "since", "amid", "than"})
_INVERSION_MARKS = frozenset({",", '"', *_CLOSE_QUOTES, "'", "’"})  # '..., said X' / '”said X'
_PASSIVE_FOLLOWERS = frozenset({"by", "of", "for", "over", "in", "on", "after", "at", "with", "as",
                                ",", ".", ":", ";"})
_OWNED_SPAN = 5               # tokens of the thing a possessive mention owns ("X's latest remarks")
_VADER_ALPHA = 15.0          # VADER's normalisation constant: x / sqrt(x^2 + alpha)


# --------------------------------------------------------------------------- resources

def _data_lines(name: str) -> list[list[str]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _inflections(stem: str) -> set[str]:
    """Regular inflections of an English verb stem, over-generated (extra forms do no harm)."""
    forms = {stem, stem + "s", stem + "es", stem + "ed", stem + "ing", stem + stem[-1] + "ed",
             stem + stem[-1] + "ing"}
    if stem.endswith("e"):
        forms |= {stem + "d", stem[:-1] + "ing"}
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        forms |= {stem[:-1] + "ied", stem[:-1] + "ies"}
    if stem.endswith("ize"):
        forms |= _inflections(stem[:-3] + "ise")
    return forms


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """Word valences (-4..4): the news scorer's lexicon (VADER with news adjustments) with the
    target scorer's additions on top."""
    lex = {word.lower(): value for word, value in news_scorer().lexicon.items()}
    lex.update({row[0].lower(): float(row[1]) for row in _data_lines("sentiment_target_lexicon.tsv")})
    return lex


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[float, float]]:
    """Inflected verb form -> (polarity towards the patient, polarity towards the agent)."""
    out: dict[str, tuple[float, float]] = {}
    for row in _data_lines("sentiment_target_verbs.tsv"):
        forms = row[0].split("|")
        values = (float(row[1]), float(row[2]))
        for form in _inflections(forms[0]) | set(forms[1:]):
            out[form] = values
    return out


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[frozenset[str], ...], float, float]]]:
    """Multi-word frames ("come under fire", "stand up for", "throw * support behind"), keyed
    by their first word form: (word sets after the first, patient, agent). The first word is
    inflected like a verb (irregular forms after ``|``); ``*`` matches any one word and ``a|b``
    either word."""
    out: dict[str, list[tuple[tuple[frozenset[str], ...], float, float]]] = {}
    for row in _data_lines("sentiment_target_phrases.tsv"):
        head, *rest = row[0].split()
        forms = head.split("|")
        tail = tuple(frozenset(w.split("|")) for w in rest)
        for form in _inflections(forms[0]) | set(forms[1:]):
            out.setdefault(form, []).append((tail, float(row[1]), float(row[2])))
    return out


def _frames(words: list[str]) -> tuple[tuple[int, int, float, float], ...]:
    """Evaluative verbs and multi-word frames in a sentence: (first token, last token,
    polarity towards the patient, towards the agent). A frame hides the verbs inside it."""
    verbs, phrases = _verbs(), _phrases()
    found: list[tuple[int, int, float, float]] = []
    i, n = 0, len(words)
    while i < n:
        hit = None
        for tail, patient, agent in phrases.get(words[i], ()):
            k = len(tail)
            if i + k < n and all("*" in ws or w in ws for ws, w in zip(tail, words[i + 1: i + 1 + k])):
                if hit is None or k > hit[1] - hit[0]:
                    hit = (i, i + k, patient, agent)
        if hit is None and words[i] in verbs:
            hit = (i, i, *verbs[words[i]])
        if hit:
            found.append(hit)
            i = hit[1]
        i += 1
    return tuple(found)


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[str, float], frozenset[str]]:
    """Pointer noun -> polarity towards its target, and the nouns that also aim at their owner."""
    rows = _data_lines("sentiment_target_nouns.tsv")
    return ({r[0].lower(): float(r[1]) for r in rows},
            frozenset(r[0].lower() for r in rows if len(r) > 2 and r[2].strip() == "owner"))


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in _data_lines("sentiment_target_cues.tsv"):
        classes.setdefault(row[0], set()).add(row[1].lower())
    return {k: frozenset(v) for k, v in classes.items()}


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return json.loads(resources.files(_DATA).joinpath("sentiment_target_weights.json").read_text("utf-8"))


# --------------------------------------------------------------------------- sentence analysis

@dataclass(frozen=True)
class _Sentence:
    spans: list[tuple[int, int]]
    starts: list[int]
    ends: list[int]
    words: list[str]              # lower-cased, curly apostrophe straightened, possessive 's dropped
    owner: frozenset[int]         # tokens that carried a possessive 's
    valence: np.ndarray           # per token, negation applied, -4..4
    clause: np.ndarray            # clause number per token
    commas: np.ndarray            # running count of commas up to each token
    quote: np.ndarray             # quote number per token (0 = outside any quote)
    verbs: tuple[tuple[int, int, float, float], ...]  # evaluative frames, see _frames


def _quote_ids(sentence: str, spans: list[tuple[int, int]]) -> np.ndarray:
    """Number each quoted stretch (1, 2, ...); 0 outside quotes. A closing mark with no opener
    means the quote began before the sentence; an opener with no closer runs to its end."""
    ids = np.zeros(len(spans), dtype=int)
    current, inside, straight_open = 0, False, False
    marks = [(i, sentence[s:e]) for i, (s, e) in enumerate(spans)
             if sentence[s:e] in _OPEN_QUOTES + _CLOSE_QUOTES + '"']
    if marks and (marks[0][1] in _CLOSE_QUOTES):
        current, inside = 1, True
        ids[: marks[0][0]] = 1
    for n, (i, mark) in enumerate(marks):
        opening = mark in _OPEN_QUOTES or (mark == '"' and not straight_open)
        if mark == '"':
            straight_open = not straight_open
        if opening and not inside:
            current += 1
            inside = True
            nxt = marks[n + 1][0] if n + 1 < len(marks) else len(spans)
            ids[i + 1: nxt] = current
        elif not opening:
            inside = False
        elif inside:
            nxt = marks[n + 1][0] if n + 1 < len(marks) else len(spans)
            ids[i + 1: nxt] = current
    return ids


@lru_cache(maxsize=8192)
def _analyse(sentence: str) -> _Sentence:
    lex, cues = _lexicon(), _cues()
    negators, contrast = cues["negator"], cues["contrast"]
    spans = [m.span() for m in _TOKEN.finditer(sentence)]
    words, owner = [], set()
    for i, (s, e) in enumerate(spans):
        w = sentence[s:e].lower().replace("’", "'")
        if w.endswith("'s"):
            owner.add(i)
            w = w[:-2]
        words.append(w)
    n = len(words)
    valence = np.zeros(n)
    clause = np.zeros(n, dtype=int)
    commas = np.zeros(n, dtype=int)
    c = k = 0
    last_negation = -10
    for i, w in enumerate(words):
        if w in _HARD_BREAKS or w in contrast:
            c += 1
            last_negation = -10
        elif w == ",":
            k += 1
        clause[i], commas[i] = c, k
        if w in negators or w.endswith("n't"):
            last_negation = i
            continue
        v = lex.get(w, 0.0)
        if v and i - last_negation <= _NEGATION_WINDOW:
            v *= -0.74  # VADER's negation scalar
        valence[i] = v
    return _Sentence(spans, [s for s, _ in spans], [e for _, e in spans], words, frozenset(owner),
                     valence, clause, commas, _quote_ids(sentence, spans), _frames(words))


def _normalise(x: float) -> float:
    return x / math.sqrt(x * x + _VADER_ALPHA)


def _mention_tokens(a: _Sentence, start: int, end: int) -> tuple[int, int] | None:
    """First and last token overlapping ``[start, end)``."""
    first = bisect_right(a.ends, start)
    last = bisect_left(a.starts, end) - 1
    return (first, last) if first <= last else None


def _reduced_passive(a: _Sentence, v: int, v1: int, m1: int) -> bool:
    """A participle right after the mention with no object of its own reads as passive, as in
    headlines and reduced relatives: "X indicted for fraud", "X, accused of lying, ..."."""
    gap = a.words[m1 + 1: v]
    if v <= m1 or gap not in ([], [","]):
        return False
    return v1 + 1 >= len(a.words) or a.words[v1 + 1] in _PASSIVE_FOLLOWERS


def _role(a: _Sentence, m0: int, m1: int) -> float:
    """Polarity the mention receives as agent or patient of evaluative verbs and frames in its
    clause."""
    cues = _cues()
    be, negators, speech = cues["be"], cues["negator"], cues["speech"]
    total = 0.0
    for v, v1, patient, agent in a.verbs:
        w = a.words[v]
        # The mention's own last token decides for what follows it: "Ryan (R-Wis.) to step down".
        if a.clause[v] != a.clause[m1 if v > m1 else m0] or (m0 <= v1 and v <= m1):
            continue
        before = [x for x in a.words[max(0, v - 4): v]
                  if not (x.endswith(("ly", "n't")) or x in negators)]
        # Only verbs done *to* someone ("indicted") read as reduced passives: "X won in Ohio"
        # stays active.
        passive = w.endswith(("ed", "en", "t")) and (
            bool(before) and before[-1] in be
            or abs(patient) > abs(agent) and _reduced_passive(a, v, v1, m1))
        negated = any(x in negators or x.endswith("n't") for x in a.words[max(0, v - _NEGATION_WINDOW): v])
        if m1 < v:
            if v - m1 > 2 * _ROLE_WINDOW or not speech.isdisjoint(a.words[m1 + 1: v]):
                continue  # too far, or in what the mention says: "X said Y was praised"
            value = patient if passive else agent
        else:
            between = set(a.words[v1 + 1: m0])
            if m0 - v1 > _ROLE_WINDOW:
                continue
            if passive and "by" in between:
                value = agent
            elif between & _PREPOSITIONS:
                continue  # "criticised Y for X": X is the reason or setting, not the one criticised
            else:
                value = patient
        # "was not praised" is a slight; "did not criticise X" is no praise.
        total += (-0.5 * value if value > 0 else 0.0) if negated else value
    return max(-1.0, min(1.0, total))


def _pointer(a: _Sentence, m0: int, m1: int) -> float:
    """Polarity of an evaluative noun pointing at the mention ("criticism of X", "X's critics")."""
    nouns, owned = _nouns()
    if m0 >= 2 and a.words[m0 - 1] in _POINTER_PREPOSITIONS:
        for j in range(max(0, m0 - 4), m0 - 1):
            if a.words[j] in nouns:
                return nouns[a.words[j]]
    if m1 + 1 < len(a.words) and a.words[m1 + 1] in owned:
        return nouns[a.words[m1 + 1]]
    return 0.0


def _stretch_end(a: _Sentence, begin: int, clause: int) -> int:
    """End of a predicate or apposition starting at ``begin``: the next comma or clause break,
    at most 12 tokens on."""
    end = begin
    while end < min(len(a.words), begin + 12) and a.clause[end] == clause and a.words[end] != ",":
        end += 1
    return end


def _attribute(a: _Sentence, m0: int, m1: int) -> float:
    """Tone of what the sentence says the mention is: a predicate ("X is a liar", "X remained
    popular", "he's a fraud"), an apposition ("X, a respected leader, ...") and the predicate
    after it ("X, a former minister, has been a popular president"), or a naming ("called X a
    fraud"); a possessive passes its thing's predicate on ("X's remarks were divisive"); an
    epithet inside the mention counts too ("the disgraced banker Vell Arno"). Each
    stretch runs to the next comma or clause break (at most 12 tokens); 0 when there is none."""
    cues, n, clause = _cues(), len(a.words), a.clause[m1]
    copula = cues["copula"]
    nxt = m1 + 1
    stretches: list[int] = []
    if m1 in a.owner and a.words[m1] in cues["pronoun_subject"]:
        stretches.append(nxt)  # "he's", "she's": the 's is "is" or "has", not a possessive
    elif m1 in a.owner:
        nxt = next((j for j in range(nxt, min(n, nxt + _OWNED_SPAN)) if a.words[j] in copula
                    or not a.words[j][:1].isalnum() and a.words[j] != "-"), nxt)
    if nxt < n and a.words[nxt] in copula:
        stretches.append(nxt + 1)
    elif nxt + 1 < n and a.words[nxt] == "," and a.words[nxt + 1] in cues["apposition"]:
        stretches.append(nxt + 1)
        after = _stretch_end(a, nxt + 1, clause)
        if after + 1 < n and a.words[after] == "," and a.words[after + 1] in copula:
            stretches.append(after + 2)
    elif m0 >= 1 and a.words[m0 - 1] in cues["naming"]:
        stretches.append(nxt)
    total = sum(float(a.valence[b:_stretch_end(a, b, clause)].sum()) for b in stretches if b < n)
    # Epithets inside the mention itself: "the disgraced former mayor Vell Arno".
    return _normalise(total + float(a.valence[m0:m1 + 1].sum()))


def _echo(a: _Sentence, m0: int, m1: int) -> float:
    """What the sentence does to the mention through a later pronoun ("Voss said she was
    betrayed"): role and attribute of the first "he", "she", "him" or "her" after a named
    mention; 0 when the mention is itself a pronoun or none follows."""
    pronouns = _cues()["pronoun"]
    if a.words[m0] in pronouns or a.words[m0] in _cues()["pronoun_other"]:
        return 0.0
    j = next((j for j in range(m1 + 1, len(a.words)) if a.words[j] in pronouns), -1)
    return 0.0 if j < 0 else _role(a, j, j) + _attribute(a, j, j)


def _quoted(a: _Sentence, m0: int, m1: int) -> float:
    """Tone of the quotation the mention sits in, the mention left out: what someone says
    about it ("“Arno is a disgrace and a liar,” Tal said"); 0 outside quotes."""
    q = a.quote[m0]
    if not q:
        return 0.0
    idx = np.arange(len(a.words))
    inside = (a.quote == q) & ((idx < m0) | (idx > m1))
    return _normalise(float(a.valence[inside].sum()))


def _speaker(a: _Sentence, m0: int, m1: int) -> float:
    """Tone of what the mention says, when it is the speaker: "..., X said", "X told ...",
    "according to X", "X said that ...", "...," said X"; 0 otherwise. "Y said X would ..." makes
    X the subject of what Y says, not its speaker: a speech verb before the mention counts only
    when a comma or quotation mark precedes it."""
    speech, filler = _cues()["speech"], _cues()["speech_filler"]
    n = len(a.words)
    is_speaker = False
    for j in range(m1 + 1, min(n, m1 + 4)):
        if a.words[j] in speech:
            is_speaker = True
            break
        if a.words[j] not in filler:
            break
    if (not is_speaker and m0 >= 1 and a.words[m0 - 1] in speech
            and (m0 < 2 or a.words[m0 - 2] in _INVERSION_MARKS)):
        is_speaker = True
    if not is_speaker and m0 >= 2 and a.words[m0 - 2:m0] == ["according", "to"]:
        is_speaker = True
    if not is_speaker or a.quote[m0]:
        return 0.0
    quoted = a.quote > 0
    content = a.valence[quoted] if quoted.any() else np.r_[a.valence[:m0], a.valence[m1 + 1:]]
    return _normalise(float(content.sum()))


def target_features(sentence: str, start: int, end: int) -> dict[str, float]:
    """The evidence :func:`score_target` weighs, for inspection: ``role`` (agent/patient of
    evaluative verbs and frames), ``pointer`` (evaluative nouns aimed at the mention),
    ``attribute`` (predicate, apposition or naming), ``echo`` (role and attribute of a later
    pronoun), ``quoted`` (tone of the quotation the mention is in), ``local``
    (distance-weighted tone around the mention), ``speaker`` (tone of what the mention is quoted
    as saying), ``sentence`` (tone of the whole sentence). All 0 when the span covers no word.

    >>> f = target_features("Trump criticised Tokyo for not contributing enough.", 17, 22)
    >>> f["role"] < 0
    True
    """
    zero = dict.fromkeys(("role", "pointer", "attribute", "echo", "local", "quoted", "speaker",
                          "sentence"), 0.0)
    if not isinstance(sentence, str) or not sentence:
        return zero
    start, end = max(0, int(start)), min(len(sentence), int(end))
    a = _analyse(sentence)
    span = _mention_tokens(a, start, end) if end > start else None
    if span is None:
        return zero
    m0, m1 = span
    n = len(a.words)
    idx = np.arange(n)
    # 0 inside the mention, so a mention of thousands of tokens cannot overflow exp().
    dist = np.where(idx < m0, m0 - idx, np.maximum(idx - m1, 0)).astype(float)
    weight = np.exp(-dist / _DISTANCE_DECAY)
    weight *= np.where(a.clause == a.clause[m0], 1.0, _CLAUSE_DAMPING)
    weight *= _COMMA_DAMPING ** np.abs(a.commas - a.commas[m0])
    weight *= np.where(a.quote == a.quote[m0], 1.0, _QUOTE_DAMPING)
    outside = (idx < m0) | (idx > m1)
    # An evaluative verb in the mention's clause speaks through the role feature: counted again
    # as tone it would make the critic as negative as the criticised.
    near = outside.copy()
    for v, v1, _, _ in a.verbs:
        if a.clause[v] == a.clause[m0]:
            near[v: v1 + 1] = False
    return {
        "role": _role(a, m0, m1),
        "pointer": _pointer(a, m0, m1),
        "attribute": _attribute(a, m0, m1),
        "echo": _echo(a, m0, m1),
        "local": _normalise(float((a.valence * weight)[near].sum())),
        "quoted": _quoted(a, m0, m1),
        "speaker": _speaker(a, m0, m1),
        "sentence": _normalise(float(a.valence[near].sum())),
    }


def score_target(sentence: str, start: int, end: int) -> float:
    """Sentiment in [-1, 1] expressed towards the mention ``sentence[start:end]``; within
    ±0.05 means neutral. Never raises: odd input gives 0.0.

    >>> s = "Trump criticised Tokyo for not contributing enough."
    >>> score_target(s, 17, 22) < -0.05      # Tokyo is criticised
    True
    >>> score_target(s, 0, 5) > score_target(s, 17, 22)
    True
    """
    f = target_features(sentence, start, end)
    if not any(f.values()):
        return 0.0
    w = _weights()
    z = w["bias"] + sum(w[k] * v for k, v in f.items())
    z = math.copysign(max(0.0, abs(z) - w["dead_zone"]), z)
    return round(math.tanh(z + math.copysign(NEUTRAL_BAND, z) if z else 0.0), 4)


def polarity(score: float, band: float = NEUTRAL_BAND) -> int:
    """-1, 0 or 1 for a score, with ``|score| <= band`` counted as neutral."""
    return 0 if not score == score or abs(score) <= band else (1 if score > 0 else -1)


# --------------------------------------------------------------------------- evaluation

def _f1_table(gold: list[int], pred: list[int]) -> dict[str, float]:
    out: dict[str, float] = {}
    for label, name in ((-1, "negative"), (0, "neutral"), (1, "positive")):
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[f"f1_{name}"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def evaluate_targets(rows: Iterable[Mapping] | pd.DataFrame) -> dict[str, float]:
    """Score target-sentiment rows against gold labels.

    ``rows``: records (or a DataFrame) with ``sentence``, the mention offsets as ``from``/``to``
    (NewsMTSC) or ``start``/``end``, and gold ``polarity`` in {-1, 0, 1}.
    Returns ``macro_f1`` over the three classes, ``f1_negative``, ``f1_neutral``, ``f1_positive``,
    ``accuracy`` and ``n``.

    >>> evaluate_targets([{"sentence": "Critics accused Blorf of fraud.", "start": 16,
    ...                    "end": 21, "polarity": -1}])["accuracy"]
    1.0
    """
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    gold, pred = [], []
    for r in records:
        start = r.get("start", r.get("from", 0))
        end = r.get("end", r.get("to", 0))
        gold.append(int(r["polarity"]))
        pred.append(polarity(score_target(r.get("sentence", ""), start, end)))
    f1 = _f1_table(gold, pred)
    n = len(gold)
    return {"macro_f1": sum(f1.values()) / 3, **f1,
            "accuracy": sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0, "n": n}


def evaluate_newsmtsc(path: str | Path) -> dict[str, float]:
    """:func:`evaluate_targets` on a NewsMTSC JSONL file (``mention``, ``from``, ``to``,
    ``sentence``, ``polarity`` per line), e.g. ``../shared/corpora/newsmtsc-train/dev.jsonl``."""
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return evaluate_targets(rows)


# --------------------------------------------------------------------------- tables

def _group_extremes(df: pd.DataFrame, keys: list[str], text_col: str, score_col: str) -> pd.DataFrame:
    """Per group: the text with the highest and with the lowest score (ties: first seen)."""
    order = df.sort_values(score_col, kind="stable")
    low = order.groupby(keys, sort=False).head(1).set_index(keys)
    high = order.iloc[::-1].groupby(keys, sort=False).head(1).set_index(keys)
    return pd.DataFrame({
        "most_positive": high[text_col], "most_positive_tone": high[score_col],
        "most_negative": low[text_col], "most_negative_tone": low[score_col],
    })


def mention_tone(articles: pd.DataFrame, mentions: pd.DataFrame | None = None,
                 sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every entity mention with the tone of its sentence towards it.

    In: ``articles`` (``doc_id``, ``text``), optionally ``mentions`` from
    :func:`presslens.entities.find_mentions` and ``sentences`` from
    :func:`presslens.text.split_sentences` (computed when ``None``).
    Out: the mentions columns plus ``sentence`` (its text) and ``tone`` (:func:`score_target`
    on the bare name, or the whole surface when no name offsets are given).
    """
    if sentences is None:
        sentences = split_sentences(articles)
    if mentions is None:
        mentions = find_mentions(articles, sentences)
    if mentions.empty:
        return mentions.assign(sentence=pd.Series(dtype=object), tone=pd.Series(dtype=float))
    sent = sentences[["doc_id", "sent_id", "start", "text"]].rename(
        columns={"start": "sent_start", "text": "sentence"})
    out = mentions.merge(sent, on=["doc_id", "sent_id"], how="left")
    out["sentence"] = out["sentence"].fillna("").astype(str)
    offset = out["sent_start"].fillna(0).astype(int)
    s_col, e_col = ("name_start", "name_end") if "name_start" in out else ("start", "end")
    starts = (out[s_col].astype(int) - offset).to_numpy()
    ends = (out[e_col].astype(int) - offset).to_numpy()
    out["tone"] = [score_target(t, s, e) for t, s, e in zip(out["sentence"], starts, ends)]
    return out.drop(columns="sent_start")


def entity_sentiment(articles: pd.DataFrame, mentions: pd.DataFrame | None = None,
                     sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """How each article portrays each entity it mentions.

    In: as :func:`mention_tone`. Out: one row per (``entity``, ``doc_id``): ``kind``,
    ``mentions``, ``tone`` (mean tone towards the entity over its mentions), ``positive`` and
    ``negative`` (mentions beyond ±0.05), ``most_positive``/``most_negative`` (sentence texts)
    with their tones, and ``outlet``/``published`` when the articles have them; sorted by
    mentions.

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Senator Ada Quill praised Ivo Brant."]})
    >>> entity_sentiment(arts)[["entity", "mentions"]].values.tolist()   # doctest: +SKIP
    [['Ada Quill', 1], ['Ivo Brant', 1]]
    """
    tones = mention_tone(articles, mentions, sentences)
    columns = ["entity", "doc_id", "kind", "mentions", "tone", "positive", "negative",
               "most_positive", "most_positive_tone", "most_negative", "most_negative_tone"]
    if tones.empty:
        return pd.DataFrame(columns=columns)
    keys = ["entity", "doc_id"]
    tones = tones.assign(_pos=tones["tone"] > NEUTRAL_BAND, _neg=tones["tone"] < -NEUTRAL_BAND)
    if "kind" not in tones:
        tones["kind"] = ""
    grouped = tones.groupby(keys, sort=False)
    table = pd.DataFrame({
        "kind": grouped["kind"].first(),  # link_aliases settles one kind per entity
        "mentions": grouped.size(),
        "tone": grouped["tone"].mean().round(4),
        "positive": grouped["_pos"].sum(),
        "negative": grouped["_neg"].sum(),
    }).join(_group_extremes(tones, keys, "sentence", "tone")).reset_index()[columns]
    meta = [c for c in ("outlet", "published") if c in articles]
    if meta:
        table = table.merge(articles[["doc_id", *meta]].drop_duplicates("doc_id"), on="doc_id", how="left")
    return table.sort_values(["mentions", "entity"], ascending=[False, True], kind="stable",
                             ignore_index=True)


def entity_summary(table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Corpus-level portrayal per entity (per entity and ``by``, e.g. ``"outlet"``, when given).

    In: the table from :func:`entity_sentiment`. Out: ``entity`` (and ``by``), ``kind``,
    ``articles``, ``mentions``, ``tone`` (mention-weighted mean), ``positive``, ``negative``,
    ``most_positive``/``most_negative`` sentences with their tones; sorted by mentions.
    """
    keys = ["entity"] + ([by] if by else [])
    columns = [*keys, "kind", "articles", "mentions", "tone", "positive", "negative",
               "most_positive", "most_positive_tone", "most_negative", "most_negative_tone"]
    if table.empty or (by and by not in table):
        return pd.DataFrame(columns=columns)
    t = table.assign(_weighted=table["tone"] * table["mentions"])
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
        "tone": (g["_weighted"].sum() / mentions).round(4),
        "positive": g["positive"].sum(),
        "negative": g["negative"].sum(),
    }).join(high).join(low).reset_index()[columns]
    return out.sort_values(["mentions", "entity"], ascending=[False, True], kind="stable",
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
    ``articles``, ``tone`` (mean :func:`presslens.sentiment.score_text` of the content),
    ``positive``/``negative`` counts, ``most_positive``/``most_negative`` quotes with their
    tones; sorted by quotes.

    >>> q = pd.DataFrame({"doc_id": ["a"], "speaker": ["Ada Quill"], "content": ["A great win."]})
    >>> bool(speaker_tone(q)["tone"].iat[0] > 0)
    True
    """
    keys = ["speaker"] + ([by] if by else [])
    columns = [*keys, "quotes", "articles", "tone", "positive", "negative",
               "most_positive", "most_positive_tone", "most_negative", "most_negative_tone"]
    if quotes is None or quotes.empty or "speaker" not in quotes or (by and by not in quotes):
        return pd.DataFrame(columns=columns)
    q = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""].copy()
    if q.empty:
        return pd.DataFrame(columns=columns)
    q["content"] = q["content"].fillna("").astype(str)
    q["tone"] = [score_text(c) for c in q["content"]]
    q["_pos"], q["_neg"] = q["tone"] > NEUTRAL_BAND, q["tone"] < -NEUTRAL_BAND
    if "doc_id" not in q:
        q["doc_id"] = ""
    g = q.groupby(keys, sort=False)
    out = pd.DataFrame({
        "quotes": g.size(),
        "articles": g["doc_id"].nunique(),
        "tone": g["tone"].mean().round(4),
        "positive": g["_pos"].sum(),
        "negative": g["_neg"].sum(),
    }).join(_group_extremes(q, keys, "content", "tone")).reset_index()[columns]
    return out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable",
                           ignore_index=True)
