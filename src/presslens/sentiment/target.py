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

The rules (``method="rules"``) combine the features linearly with weights from
``sentiment_target_weights.json`` and squash them into [-1, 1]; values within ±0.05 mean
neutral. The default learned layer (``sentiment_target_model.json``, written by
``scripts/train_target.py``) is a multinomial logistic regression over the same features and
:func:`lexical_cues` (words placed relative to the mention, negation, the evaluative words by
where they stand, whether the mention speaks; the training script folds naive Bayes scores of
the same cues into their weights); the class it finds most likely decides the
side of ±0.05 (:func:`class_scores`). It never reads what the mention itself does or says.
It also reads the mentions the rules find no evidence for, which stay at 0 unless their cues
make a polar class the most likely.

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

import copy
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from presslens.datafiles import data_rows
from presslens.entities.lexicon import known_kind
from presslens.sentiment.news import news_scorer
from presslens.sentiment.scorer import NEUTRAL_BAND, label_names, rescale

__all__ = [
    "FEATURES",
    "NEUTRAL_BAND",
    "PORTRAYAL",
    "QUANTITIES",
    "evaluate_newsmtsc",
    "evaluate_targets",
    "class_f1",
    "class_scores",
    "learned_logits",
    "learned_report",
    "lexical_cues",
    "mention_features",
    "mention_scores",
    "model_inputs",
    "polarity",
    "read_model",
    "score_mentions",
    "score_target",
    "sentence_valence",
    "target_features",
]

_DATA = "presslens.data"
# Portrayal evidence first (the columns the portrayal weights apply to), then what the mention
# does (action) and says (voice).
PORTRAYAL = ("role", "pointer", "attribute", "echo", "local", "quoted", "sentence")
FEATURES = (*PORTRAYAL, "action", "voice")
QUANTITIES = ("portrayal", "action", "voice")

# Words with inner apostrophes stay whole ("didn't", "Trump's"); every other non-space
# character is its own token, so offsets always map back into the sentence.
_GAP_TOKEN = re.compile(r"(\s*)(\w+(?:['’]\w+)*|[^\w\s])")
CUE_WINDOW = 3               # words each side of a mention the learned layer reads
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
                           "after", "before", "by", "into", "since", "amid", "than", "outside",
                           "inside", "near", "across", "behind", "beyond", "within", "around",
                           "among", "between", "under", "through"})
# Words between a subject and its verb that keep the verb its own: "X has previously said".
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might",
                          "should", "must", "did", "does", "do", "also", "then", "again", "just",
                          "not", "never", "once", "later", "previously"})
_INVERSION_MARKS = frozenset({",", '"', *_CLOSE_QUOTES, "'", "’"})  # '..., said X' / '”said X'
_PASSIVE_FOLLOWERS = frozenset({"by", "of", "for", "over", "in", "on", "after", "at", "with", "as",
                                ",", ".", ":", ";"})
_TITLE_REACH = 3             # title tokens between an inverted speech verb and the name
_GAP_WORDS = 4                # words a "**" gap of a frame spans at most ("lost the 2024 mayoral race to")
_OWNED_SPAN = 5               # tokens of the thing a possessive mention owns ("X's latest remarks")
_DETERMINED = re.compile(r"^(?:the|a|an)\s+|['’]s?$", re.I)  # what _mention_kind leaves out of a name
_VADER_ALPHA = 15.0          # VADER's normalisation constant: x / sqrt(x^2 + alpha)
# Bins of the learned layer's dense inputs (the rules' raw evidence squashed by tanh(x / 2)
# first), read as cues so the layer can weigh a feature's strength other than linearly; set
# a priori (sign, weak, strong), not fitted.
_EVIDENCE_EDGES = np.array([-0.5, -0.15, -1e-9, 1e-9, 0.15, 0.5])
# Stems let the learned layer read a word it saw in one form in another ("criticises" after
# "criticised"; kept by cross-validation by story, see the second round in scripts/train_target.py).
@lru_cache(maxsize=1)
def _porter():
    # imported on first use: importing nltk loads all of it and scipy.stats (~1.4 CPU s)
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


# --------------------------------------------------------------------------- resources

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
    lex.update({row[0].lower(): float(row[1]) for row in data_rows("sentiment_target_lexicon.tsv")})
    return lex


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[float, float]]:
    """Inflected verb form -> (polarity towards the patient, polarity towards the agent)."""
    out: dict[str, tuple[float, float]] = {}
    for row in data_rows("sentiment_target_verbs.tsv"):
        forms = row[0].split("|")
        values = (float(row[1]), float(row[2]))
        for form in _inflections(forms[0]) | set(forms[1:]):
            out[form] = values
    return out


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[frozenset[str], ...], float, float]]]:
    """Multi-word frames ("come under fire", "stand up for", "throw * support behind"), keyed
    by their first word form: (word sets after the first, patient, agent). The first word is
    inflected like a verb (irregular forms after ``|``); ``*`` matches any one word, ``**`` one to
    ``_GAP_WORDS`` words (no punctuation: "lost the mayoral race to") and ``a|b`` either word."""
    out: dict[str, list[tuple[tuple[frozenset[str], ...], float, float]]] = {}
    for row in data_rows("sentiment_target_phrases.tsv"):
        head, *rest = row[0].split()
        forms = head.split("|")
        tail = tuple(frozenset(w.split("|")) for w in rest)
        for form in _inflections(forms[0]) | set(forms[1:]):
            out.setdefault(form, []).append((tail, float(row[1]), float(row[2])))
    return out


def _frames(words: list[str], capitalised: frozenset[int]) -> tuple[tuple[int, int, float, float], ...]:
    """Evaluative verbs and multi-word frames in a sentence (``capitalised``: the tokens written with a capital):
    (first token, last token, polarity towards the patient, towards the agent). A frame hides the verbs inside
    it."""
    verbs, phrases = _verbs(), _phrases()
    found: list[tuple[int, int, float, float]] = []
    i, n = 0, len(words)
    while i < n:
        hit = None
        for tail, patient, agent in phrases.get(words[i], ()):
            last = _phrase_end(tail, words, i, capitalised)
            if last > i and (hit is None or last > hit[1]):
                hit = (i, last, patient, agent)
        if hit is None and words[i] in verbs:
            hit = (i, i, *verbs[words[i]])
        if hit:
            found.append(hit)
            i = hit[1]
        i += 1
    return tuple(found)


def _phrase_end(tail: tuple[frozenset[str], ...], words: list[str], i: int, capitalised: frozenset[int]) -> int:
    """The last token of a multi-word frame whose first word is at ``i`` (see :func:`_phrases`), -1 when the
    words after it do not fit ``tail``; a ``**`` gap takes the fewest words that let the next word fit. After a
    frame with a gap comes a name or a determiner ("lost the race to Alda Voss", "... to a newcomer"): a word in
    lower case after its "to" is a verb ("lost the chance to defeat X")."""
    j, n = i, len(words)
    gapped = False
    for k, ws in enumerate(tail):
        if "**" in ws:
            gapped = True
            after = tail[k + 1] if k + 1 < len(tail) else frozenset()
            gap = j + 1
            while gap < min(n, j + 1 + _GAP_WORDS) and words[gap][:1].isalnum() and words[gap] not in after:
                gap += 1
            if gap == j + 1 or gap >= n or words[gap] not in after:
                return -1
            j = gap - 1
            continue
        j += 1
        if j >= n or not ("*" in ws or words[j] in ws):
            return -1
    if gapped and not (j + 1 in capitalised or j + 1 < n and words[j + 1] in
                                               _cues()["determiner"]):
        return -1
    return j


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[str, float], frozenset[str]]:
    """Pointer noun -> polarity towards its target, and the nouns that also aim at their owner."""
    rows = data_rows("sentiment_target_nouns.tsv")
    return ({r[0].lower(): float(r[1]) for r in rows},
            frozenset(r[0].lower() for r in rows if len(r) > 2 and r[2].strip() == "owner"))


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in data_rows("sentiment_target_cues.tsv"):
        classes.setdefault(row[0], set()).add(row[1].lower())
    # A weekday stands between a subject and its verb as the other fillers do ("Quill Tuesday said").
    classes["weekday"] = {row[0].split()[0].lower() for row in data_rows("timeline_weekdays.txt")}
    classes["speech_filler"].update(classes["weekday"])
    # Words of time (see _names_a_time): the weekdays, and the units of time and parts of the day of the timeline.
    classes["time"].update(classes["weekday"])
    classes["time_unit"] = {row[0].split()[0].lower() for name in ("timeline_units.txt", "timeline_parts_of_day.txt")
                            for row in data_rows(name)}
    return {k: frozenset(v) for k, v in classes.items()}


def _names_a_time(a: _Sentence, m0: int, m1: int) -> bool:
    """Whether the mention is a time: its words all words of time, one at least a day ("Tuesday", "today") or a unit
    of time or part of the day after a modifier ("last week", "this year", "that night"; classes ``time``,
    ``time_unit`` and ``time_modifier``). A time is no one: nothing the sentence says portrays it. But for a
    weekday, such a word written with a capital where it does not open the sentence is a name's ("Rush Hour",
    "Last Week Tonight")."""
    cues = _cues()
    words = [j for j in range(m0, m1 + 1) if a.words[j][:1].isalnum()]
    kinds = [{k for k in ("time", "time_unit", "time_modifier") if a.words[j] in cues[k]} for j in words]
    found = set().union(*kinds)
    if not words or not all(kinds) or not ("time" in found or found == {"time_unit", "time_modifier"}):
        return False
    opening = next(j for j, w in enumerate(a.words) if w[:1].isalnum())
    return all(j not in a.capitalised or j == opening or a.words[j] in cues["weekday"] for j in words)


def _fills(a: _Sentence, j: int) -> bool:
    """Whether the word at ``j`` may stand between a subject and its speech or act (``speech_filler``: "X has
    also said", "X yesterday said"; "on" before a weekday: "X on Tuesday blasted")."""
    cues, w = _cues(), a.words[j]
    if w in cues["day_preposition"]:
        return j + 1 < len(a.words) and a.words[j + 1] in cues["weekday"]
    return w in cues["speech_filler"]


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
    negated: frozenset[int]       # tokens within a negator's reach ("not [a fair] deal")
    capitalised: frozenset[int]   # tokens written with a capital first letter
    spaced: frozenset[int]        # tokens after two spaces or more, where texts that lost their commas had one
    # (token, valence, clause, commas, quote, inside a frame) of each evaluative token
    evaluative: tuple[tuple[int, float, int, int, int, bool], ...]


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
    # Offsets from the gaps before each token (cheaper than a match object per token).
    spans, words, owner = [], [], set()
    end = 0
    for i, (gap, token) in enumerate(_GAP_TOKEN.findall(sentence)):
        start = end + len(gap)
        end = start + len(token)
        spans.append((start, end))
        w = token.lower().replace("’", "'")
        if w.endswith("'s"):
            owner.add(i)
            w = w[:-2]
        words.append(w)
    # Plain lists while walking the tokens (setting numpy items one by one is slow), arrays after.
    valence, clause, commas = [0.0] * len(words), [0] * len(words), [0] * len(words)
    c = k = 0
    last_negation = -10
    negated = set()
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
        if i - last_negation <= _NEGATION_WINDOW:
            negated.add(i)
        v = lex.get(w, 0.0)
        if v and i in negated:
            v *= -0.74  # VADER's negation scalar
        valence[i] = v
    capitalised = frozenset(i for i, (s, _) in enumerate(spans) if sentence[s].isupper())
    spaced = (frozenset(i for i in range(1, len(spans)) if "  " in sentence[spans[i - 1][1]: spans[i][0]])
              if "  " in sentence else frozenset())  # (most sentences have no double space: one look for them)
    quote, verbs = _quote_ids(sentence, spans), _frames(words, capitalised)
    in_frame = {j for v, v1, _, _ in verbs for j in range(v, v1 + 1)}
    quotes = quote.tolist()
    evaluative = tuple((i, float(v), clause[i], commas[i], quotes[i], i in in_frame)
                       for i, v in enumerate(valence) if v)
    valence, clause, commas = np.array(valence, dtype=float), np.array(clause, dtype=int), np.array(commas, dtype=int)
    return _Sentence(spans, [s for s, _ in spans], [e for _, e in spans], words, frozenset(owner),
                     valence, clause, commas, quote, verbs, frozenset(negated), capitalised, spaced, evaluative)


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


def _shares_passive(a: _Sentence, before: list[str], v1: int) -> bool:
    """Whether a participle ending at ``v1`` shares the passive of the one joined to it before (``before``: the
    words before it, adverbs and negators left out): "X was shot and killed", "X was arrested and charged with
    fraud" (the one shot is not the killer). Only with no object after it, a preposition or a mark next: "X was
    elected and served two terms" stays active."""
    nxt = a.words[v1 + 1] if v1 + 1 < len(a.words) else "."
    return (len(before) >= 3 and before[-1] in _cues()["coordinator"] and before[-2].endswith(("ed", "en", "t"))
            and before[-3] in _cues()["be"] and (nxt in _PASSIVE_FOLLOWERS or nxt in _PREPOSITIONS))


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


def _object_of_preposition(a: _Sentence, m0: int, m1: int) -> bool:
    """Whether the mention is the object of a preposition, its titles aside ("supporters of Mayor X"): then it is
    not the subject of the verb after it ("Supporters of X attacked the bank" neither portrays X nor is X's act,
    though it is no portrayal of X either: :func:`_act` still finds it).
    Not so for the subject of an infinitive or a participle after it ("called for X to resign", "with X winning
    the race") nor for a possessive, whose thing's verbs speak of it ("the uproar over X's attacks")."""
    nxt = a.words[m1 + 1] if m1 + 1 < len(a.words) else ""
    if m1 in a.owner or nxt == "to" or nxt.endswith("ing"):
        return False
    return any(j >= 0 and a.words[j] in _cues()["object_preposition"] for j in {m0 - 1, _before_titles(a, m0)})


def _pause(a: _Sentence, j: int) -> int:
    """Where what follows a pause at token ``j`` begins: past a comma, or at ``j`` itself after a double space,
    which stands where a comma was in texts that lost their commas ("Todd Brant  the former chief  who ..."); -1
    if there is no pause at ``j``."""
    return j + 1 if a.words[j] == "," else j if j in a.spaced else -1


def _own_subject(a: _Sentence, m1: int, v: int) -> bool:
    """Whether the verb at ``v`` has a subject of its own after the mention that ends at ``m1``, so the mention
    is not its agent: a subject pronoun or a name right before it, auxiliaries, negators and adverbs aside ("X said
    Carson was dropping out", "X suggested they should drop out"; a name after a preposition, a determiner between
    or not, is its object, "X of Nordland won", but not after one that also opens a clause, "X won after Y was
    arrested"; and one joined to the mention shares its verb, "X and Y won"), or a word opening another clause
    between them ("X never mentioned Y, who trailed Z"; "X knows that rivals dropped out"), unless it opens a
    clause about the mention itself ("X, who trailed Z") or about what it is said to be ("X, the one who won"; a
    double space in place of each comma in texts that lost them, ``_pause``), or the verb's subject is "he" or
    "she", most often the mention itself."""
    cues = _cues()
    k = v - 1
    while k > m1 and (a.words[k] in _AUXILIARIES or a.words[k] in cues["be"] or a.words[k] in cues["negator"]
                      or a.words[k].endswith(("ly", "n't"))):
        k -= 1
    if k > m1 and a.words[k] in cues["pronoun"]:
        return False  # "he", "she": most often the mention itself ("X argued that he believed ... when he shot her")
    if k > m1 and a.words[k] in cues["subject"]:
        return True
    if k > m1 and k in a.capitalised:
        b = k
        while b - 1 > m1 and b - 1 in a.capitalised:
            b -= 1
        joined = all(j in a.capitalised or a.words[j] in cues["coordinator"] for j in range(m1 + 1, b))
        if b - 2 > m1 and a.words[b - 1] in cues["determiner"]:
            b -= 1  # "X, one of the inmates from the Clinton facility, was killed"
        if not joined and a.words[b - 1] not in cues["object_preposition"]:
            return True
    after = _pause(a, m1 + 1)
    about = after if after >= 0 else m1 + 1  # "X, who ..." / "X who ..."
    pauses = (_pause(a, j) for j in range(about, min(v, about + 6))) if after >= 0 else ()
    aside = next((p for p in pauses if p > about), -1)
    if aside >= 0:
        about = aside  # past an age, a party's letters or a title: "X, 22, who ...", "X, R-Ariz., who ..."
    elif a.words[m1 + 1] in cues["copula"] or after >= 0 and a.words[after] in cues["apposition"]:
        # and past what the mention is said to be: "X, the psychiatrist who killed 13", "X is the one who won"
        about = max(about, _stretch_end(a, m1 + 2, a.clause[m1]))
    return any(a.words[j] in cues["clause_opener"] for j in range(about + 1, v))


def _role(a: _Sentence, m0: int, m1: int) -> tuple[float, float]:
    """What evaluative verbs and frames in the mention's clause say: (``role``, ``action``).
    ``role`` is what the verb says about the mention (the patient of "criticised", the agent of
    "won" or "lost"); ``action`` is the tone of what the mention, as agent, does to someone
    else (the patient value of "criticised", "praised"), which is no part of its portrayal."""
    cues = _cues()
    be, negators, speech = cues["be"], cues["negator"], cues["speech"]
    total = action = 0.0
    governed = _object_of_preposition(a, m0, m1)
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
            or _shares_passive(a, before, v1)
            or abs(patient) > abs(agent) and _reduced_passive(a, v, v1, m1))
        failed = v >= 2 and a.words[v - 1] == "to" and a.words[v - 2] in cues["failure"]
        negated = failed or any(x in negators or x.endswith("n't") for x in a.words[max(0, v - _NEGATION_WINDOW): v])
        done = 0.0
        if m1 < v:
            if (v - m1 > 2 * _ROLE_WINDOW or not speech.isdisjoint(a.words[m1 + 1: v]) or governed
                    or a.words[v - 1] in cues["determiner"] or _own_subject(a, m1, v)
                    or v - 1 in a.owner and v - 1 != m1 and a.words[v - 1] not in cues["pronoun_subject"]):
                # too far, in what the mention says ("X said Y was praised"), not its subject, or a noun ("X
                # condemned the attack"), another's ("X defended Y from Z's attacks"; "he's won" is no possessive),
                # or the verb of another subject ("X said Carson dropped out")
                continue
            value = patient if passive else agent
            # Only the verb's own subject acts: "X hosts troops, and Y criticised Z" leaves X out.
            own = v - m1 <= 5 and all(_fills(a, j) or a.words[j] in _AUXILIARIES or a.words[j].endswith("ly")
                                      for j in range(m1 + 1, v))
            done = patient if own and not passive else 0.0
        else:
            between = set(a.words[v1 + 1: m0])
            if m0 - v1 > _ROLE_WINDOW or failed:
                continue  # too far, or not done to it: "X failed to defend Y" is neither praise nor slight of Y
            if passive and "by" in between:
                value, done = agent, patient
            elif between & _PREPOSITIONS:
                continue  # "criticised Y for X": X is the reason or setting, not the one criticised
            else:
                value = patient
        # "was not praised" is a slight; "did not criticise X" is no praise.
        total += (-0.5 * value if value > 0 else 0.0) if negated else value
        action += (-0.5 * done if done > 0 else 0.0) if negated else done
    return max(-1.0, min(1.0, total)), max(-1.0, min(1.0, action))


def _act(a: _Sentence, m0: int, m1: int, inverted: int) -> tuple[int, int]:
    """Tokens ``[begin, end)`` of what the mention does or says as a subject: from a speech,
    naming or evaluative verb right after it ("X criticised ...", "X has previously called ...",
    "X said ...") to the end of its clause, or, for the agent of a passive evaluative verb right
    before it, from that verb to the next comma or clause break ("Y was accused by X of fraud"), or, for an
    inverted speaker, what it says before the verb ('"It was a fraud," said X'). A speaker's quotation is its act
    wherever it stands: the one closing right before it ('"It was a fraud," X said') and the one after a colon
    ('X said: "It was a fraud"') join the act from its verb. ``inverted``: the mention's :func:`_inverted_speech`.
    ``(0, 0)`` when there is none. Their tone is the mention's action or voice, not its portrayal."""
    cues = _cues()
    acts = cues["speech"] | cues["naming"]
    # Verbs done to someone ("criticised", "praised"); "won", "lost" say what befalls the subject.
    frames = {v for v, _, patient, agent in a.verbs if patient and abs(patient) >= abs(agent)}
    n = len(a.words)
    for j in range(m1 + 1, min(n, m1 + 5)):
        w = a.words[j]
        if w in acts or j in frames:
            if w.endswith("ed") and j + 1 < n and a.words[j + 1] == "by":
                return 0, 0  # "X criticised by Y": passive, X is the patient
            end = j
            while end < n and a.clause[end] == a.clause[j]:
                end += 1
            if w not in cues["speech"]:
                return j, end
            if end < n and a.words[end] == ":":
                end = _said(a, _said_word(a, end, 1))[1]
            by = _before_titles(a, m0)
            said = _said_word(a, by + 1, -1) if by >= 0 and a.words[by] in _INVERSION_MARKS else -1
            return (_said(a, said)[0] if said >= 0 and a.quote[said] else j), end
        if not (_fills(a, j) or w in _AUXILIARIES or w.endswith("ly")):
            break
    if inverted >= 1:
        # What an inverted speaker says stands before the verb ('"It was a fraud," said X'): the quotation it
        # closes, or without one the clause up to the verb.
        return _said(a, _said_word(a, inverted, -1))[0], inverted + 1
    by = _before_titles(a, m0)  # "accused by Sen. X"
    if by >= 1 and a.words[by] == "by" and by - 1 in frames and a.words[by - 1].endswith(("ed", "en", "t")):
        # (to the next comma: "The plan, backed by X, failed" is not what X did)
        return next(v for v, v1, _, _ in a.verbs if v1 == by - 1), _stretch_end(a, m1 + 1, a.clause[m1])
    return 0, 0


def _rebutted(a: _Sentence, m0: int, m1: int) -> tuple[int, int]:
    """Tokens ``[begin, end)`` of the charge a defence of the mention rejects: after the patient of a frame good
    for it ("defended X", "shielded X"), a ``rebuttal`` preposition and its stretch to the next comma or clause
    break ("against accusations of fraud", "from criticism"); ``(0, 0)`` when there is none. Its tone is no
    portrayal of the mention."""
    if m1 + 1 >= len(a.words) or a.words[m1 + 1] not in _cues()["rebuttal"]:
        return 0, 0
    by = _before_titles(a, m0)
    if not any(v1 in (m0 - 1, by) and patient > 0 for _, v1, patient, _ in a.verbs):
        return 0, 0
    return m1 + 1, _stretch_end(a, m1 + 1, a.clause[m1])


def _attribute(a: _Sentence, m0: int, m1: int) -> float:
    """Tone of what the sentence says the mention is: a predicate ("X is a liar", "X remained
    popular", "he's a fraud"), an apposition ("X, a respected leader, ...") and the predicate
    after it ("X, a former minister, has been a popular president"), or a naming ("called X a
    fraud"); a possessive passes its thing's predicate on ("X's remarks were divisive"); an
    epithet inside the mention counts too ("the disgraced banker Vell Arno"). Each
    stretch runs to the next comma or clause break (at most 12 tokens), and stops at an
    evaluative verb ("X has criticised ...": what X does speaks through ``role``/``action``);
    0 when there is none."""
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
    verb_starts = [v for v, _, _, _ in a.verbs]
    stances = cues["stance_person"]
    total = 0.0
    for b in stretches:
        if b < n:
            end = _stretch_end(a, b, clause)
            end = min([end, *(v for v in verb_starts if b <= v < end)])
            # A noun of a person by their stance, before its preposition, aims at what follows, not at the
            # mention: "X, a fierce critic of the mayor" says what X thinks of the mayor.
            total += sum(float(a.valence[i]) for i in range(b, end)
                         if not (a.words[i] in stances and i + 1 < n and a.words[i + 1] in _POINTER_PREPOSITIONS))
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
    return 0.0 if j < 0 else _role(a, j, j)[0] + _attribute(a, j, j)


def _quoted(a: _Sentence, m0: int, m1: int) -> float:
    """Tone of the quotation the mention sits in, the mention left out: what someone says
    about it ("“Arno is a disgrace and a liar,” Tal said"); 0 outside quotes."""
    q = a.quote[m0]
    if not q:
        return 0.0
    inside = a.valence[a.quote == q].sum() - a.valence[m0:m1 + 1][a.quote[m0:m1 + 1] == q].sum()
    return _normalise(float(inside))


def _before_titles(a: _Sentence, m0: int) -> int:
    """The token before the titles that precede a mention ("by Governor X", "said former
    Councillor X"): at most ``_TITLE_REACH`` capitalised tokens back; -1 at the start."""
    j = m0 - 1
    while j >= 0 and m0 - j <= _TITLE_REACH and (j in a.capitalised or a.words[j] in (".", "former")):
        j -= 1
    return j


def _said_word(a: _Sentence, k: int, step: int) -> int:
    """The first word or quoted token from token ``k`` on (``step`` 1) or before it (``step`` -1), marks
    skipped: where what a speaker says begins or ends around its verb; ``k`` or ``k - 1`` when there is none."""
    n = len(a.words)
    i = k if step > 0 else k - 1
    while 0 <= i < n and not (a.quote[i] or a.words[i][:1].isalnum()):
        i += step
    return i if 0 <= i < n else (k if step > 0 else k - 1)


def _said(a: _Sentence, j: int) -> tuple[int, int]:
    """Tokens ``[begin, end)`` of the quotation that holds token ``j``, or without one of its clause."""
    q, c, n = int(a.quote[j]), int(a.clause[j]), len(a.words)

    def same(i: int) -> bool:
        return a.quote[i] == q if q else a.clause[i] == c

    begin, end = j, j + 1
    while begin > 0 and same(begin - 1):
        begin -= 1
    while end < n and same(end):
        end += 1
    return begin, end


def _inverted_speech(a: _Sentence, m0: int, m1: int) -> int:
    """The speech verb right before the mention in an inverted attribution ('"...," said X'), -1 when there is
    none. A title between the verb and the name keeps the inversion: '..., said Councillor X'; the one told is no
    speaker ("Lund, its chairman, told CNN"), nor the subject of what is said, with a verb of its own after it
    ("Lund, a pollster, said X had failed", "... said X envisioned ...", "... said X and Y will ...")."""
    cues = _cues()
    speech, addressed = cues["speech"], cues["addressed"]
    nxt = a.words[m1 + 1] if m1 + 1 < len(a.words) else ""
    if nxt in _AUXILIARIES or nxt in cues["be"] or nxt == "and" or nxt.endswith("ed"):
        return -1
    return max((k for k in {m0 - 1, _before_titles(a, m0)} if k >= 0 and a.words[k] in speech
                and a.words[k] not in addressed and (k < 1 or a.words[k - 1] in _INVERSION_MARKS)), default=-1)


def _is_speaker(a: _Sentence, m0: int, m1: int, inverted: int) -> bool:
    """Whether the mention (outside any quotation) is the speaker of a quote or reported
    statement: "..., X said", "X told ...", "according to X", "...," said X" (``inverted``: the mention's
    :func:`_inverted_speech`)."""
    if a.quote[m0]:
        return False
    speech = _cues()["speech"]
    for j in range(m1 + 1, min(len(a.words), m1 + 4)):
        if a.words[j] in speech:
            return True
        if not _fills(a, j):
            break
    if inverted >= 0:
        return True
    # "according to X", "according to the X" (an outlet, a report)
    k = m0 - 1 if m0 >= 1 and a.words[m0 - 1] == "the" else m0
    return k >= 2 and a.words[k - 2:k] == ["according", "to"]


def _speaker(a: _Sentence, m0: int, m1: int, is_speaker: bool) -> float:
    """Tone of what the mention says, when it is the speaker (``is_speaker``, from
    :func:`_is_speaker`: "..., X said", "X told ...", "according to X", "X said that ...",
    "...," said X"); 0 otherwise. "Y said X would ..." makes X the subject of what Y says, not its
    speaker: a speech verb before the mention counts only when a comma or quotation mark precedes it."""
    if not is_speaker:
        return 0.0
    quoted = a.quote > 0
    content = a.valence[quoted] if quoted.any() else np.r_[a.valence[:m0], a.valence[m1 + 1:]]
    return _normalise(float(content.sum()))


def sentence_valence(sentence: str) -> float:
    """The normalised valence sum of a whole sentence (negation applied), in (-1, 1)."""
    return _normalise(float(_analyse(sentence).valence.sum())) if isinstance(sentence, str) and sentence else 0.0


@dataclass(frozen=True)
class _CueTable:
    """What every mention's cues of one sentence share, computed once per sentence."""
    cue: dict[int, tuple[str, str]]       # token -> its S_ and T_ cues (words only), negation marked
    count: dict[str, int]                 # S_ or T_ cue -> how many tokens carry it
    frames: dict[int, list[int]]          # clause -> tokens of its evaluative frames
    frame_of: dict[int, tuple[int, float, float]]  # token -> (frame's last token, patient, agent)


_WORD_CUES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {}
_WORD_CUES_MAX = 100_000     # words kept before the cache starts afresh (bounds its memory)


def _word_cues(word: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The ``S_`` and ``T_`` (Porter stem: "criticised", "criticises" -> "criticis") cues of a
    lower-cased word, plain and negated; cached, as every sentence asks for each of its words."""
    found = _WORD_CUES.get(word)
    if found is None:
        if len(_WORD_CUES) >= _WORD_CUES_MAX:
            _WORD_CUES.clear()
        stem = _porter().stem(word, to_lowercase=False)
        found = _WORD_CUES[word] = ((f"S_{word}", f"T_{stem}"), (f"S_not_{word}", f"T_not_{stem}"))
    return found


def _cue_table(a: _Sentence) -> _CueTable:
    negated, known = a.negated, _WORD_CUES.get
    cue = {i: (known(w) or _word_cues(w))[i in negated] for i, w in enumerate(a.words) if w[:1].isalnum()}
    count = Counter(chain.from_iterable(cue.values()))
    frames: dict[int, list[int]] = {}
    frame_of: dict[int, tuple[int, float, float]] = {}
    for v, v1, patient, agent in a.verbs:
        frames.setdefault(int(a.clause[v]), []).extend(range(v, v1 + 1))
        frame_of.update(dict.fromkeys(range(v, v1 + 1), (v1, patient, agent)))
    return _CueTable(cue, count, frames, frame_of)


def _cues_of(a: _Sentence, t: _CueTable, m0: int, m1: int, act0: int, act1: int,
             window: int, speaks: bool, rebutted: range) -> dict[str, float]:
    """The lexical and positional cues of one mention (see :func:`lexical_cues`; ``speaks``: it
    is the speaker, :func:`_is_speaker`). Hidden: the mention itself, what it does or says as a
    subject, the charge a defence of it rejects (``rebutted``, :func:`_rebutted`) and the evaluative frames of its
    clause (they speak through ``role``)."""
    clause, quote = int(a.clause[m0]), int(a.quote[m0])
    hidden = {*range(m0, m1 + 1), *range(act0, act1), *rebutted, *t.frames.get(clause, ())}
    # The sentence's words less those only hidden tokens carry (counted once per sentence).
    dropped: dict[str, int] = {}
    for i in hidden:
        for c in t.cue.get(i, ()):
            dropped[c] = dropped.get(c, 0) + 1
    left: list[str] = []
    i = m0 - 1
    while i >= 0 and len(left) < window:
        if i in t.cue and i not in hidden:
            left.insert(0, a.words[i])
        i -= 1
    right: list[str] = []
    i, n = m1 + 1, len(a.words)
    while i < n and len(right) < window:
        if i in t.cue and i not in hidden:
            right.append(a.words[i])
        i += 1
    out = dict.fromkeys([f"L_{w}" for w in left] + [f"R_{w}" for w in right], 1.0)
    out.update(dict.fromkeys([c for c, k in t.count.items() if dropped.get(c, 0) < k], 1.0))
    if left:
        out[f"L1_{left[-1]}"] = 1.0
    if right:
        out[f"R1_{right[0]}"] = 1.0

    def token(i: int) -> str:
        # A hidden neighbour by its class only (its words are the act or the frame): a frame by
        # what it says of the mention ("lost to X": <frame+>), else speech or another act.
        if i not in hidden:
            return a.words[i]
        if i in t.frame_of:
            v1, patient, agent = t.frame_of[i]
            value = patient if v1 < m0 else agent
            return "<frame+>" if value > 0 else "<frame->" if value < 0 else "<frame>"
        return "<speech>" if a.words[i] in _cues()["speech"] else "<act>"

    if m0 > 0:
        out[f"l1_{token(m0 - 1)}"] = 1.0
    if m1 + 1 < len(a.words):
        out[f"r1_{token(m1 + 1)}"] = 1.0
    # Evaluative words by where they stand: side, same clause or not, across a quote or not.
    # The speaker's surroundings are mostly what it says: those words get keys of their own.
    tail = "s" if speaks else ""
    for i, v, clause_i, _, quote_i, _ in a.evaluative:
        if i not in hidden and i in t.cue:
            key = (f"V_{'L' if i < m0 else 'R'}{'c' if clause_i == clause else 'o'}"
                   f"{'q' if quote_i != quote else ''}{tail}_{'p' if v > 0 else 'n'}")
            out[key] = out.get(key, 0.0) + abs(v) / 4
    pronouns = _cues()["pronoun"] | _cues()["pronoun_other"]
    flags = {"speaks": speaks, "in_quote": bool(quote), "acts": act1 > act0,
             "pronoun": a.words[m0] in pronouns, "first": m0 == 0, "owner": m1 in a.owner,
             # the agent of a passive, a title between or not: "criticised by Governor X"
             "after_by": m0 > 0 and "by" in (a.words[m0 - 1], a.words[max(0, _before_titles(a, m0))]),
             "common": _common_noun(a, m0, m1)}
    out.update({f"X_{k}": 1.0 for k, on in flags.items() if on})
    return out


def _common_noun(a: _Sentence, m0: int, m1: int) -> bool:
    """Whether the mention is a common noun phrase, no name nor pronoun ("the court", "the company", "police"):
    none of its words has a capital, but for a determiner opening the sentence ("The report")."""
    cues = _cues()
    if any(a.words[m0] in cues[k] for k in ("pronoun", "pronoun_other", "pronoun_personal")):
        return False
    return not any(j in a.capitalised and not (j == 0 and a.words[j] in cues["determiner"])
                   for j in range(m0, m1 + 1) if a.words[j][:1].isalnum())


@lru_cache(maxsize=65536)
def _mention_kind(text: str) -> str:
    """"place" or "org" when a mention's text, a determiner and a possessive aside, is a place or organisation the
    entity lexicon lists ("Michigan", "the U.S.", "Congress"; not "us"); "" otherwise. Such a mention is most often
    the setting or a party of what a sentence tells, rarely the one it portrays (NewsMTSC train: 138 of 192 places
    rated neutral)."""
    text = _DETERMINED.sub("", text.strip())
    if not text[:1].isupper():
        return ""
    return {"PLACE": "place", "ORG": "org"}.get(known_kind(text), "")


def _tones(a: _Sentence, m0: int, m1: int, act0: int, act1: int, rebutted: range) -> tuple[float, float, float]:
    """``local`` (distance-weighted, damped across clauses, commas and quotes) and ``whole``
    tone around the mention, both normalised, and the summed valence of its act. An evaluative
    verb in the mention's clause speaks through the role feature: counted again as tone it would
    make the critic as negative as the criticised. What the mention does or says as a subject is
    its action or voice, not its portrayal, nor is the charge a defence of it rejects (``rebutted``)."""
    clause0, commas0, quote0 = int(a.clause[m0]), int(a.commas[m0]), int(a.quote[m0])
    local = whole = act_tone = 0.0
    for e, v, clause, commas, quote, in_frame in a.evaluative:
        if act0 <= e < act1:
            if not in_frame:
                act_tone += v
            continue
        if m0 <= e <= m1 or (in_frame and clause == clause0) or e in rebutted:
            continue
        # The distance is 0 inside the mention, so a mention of thousands of tokens cannot
        # overflow exp().
        weight = math.exp(-(m0 - e if e < m0 else e - m1) / _DISTANCE_DECAY)
        weight *= (1.0 if clause == clause0 else _CLAUSE_DAMPING) * (1.0 if quote == quote0 else _QUOTE_DAMPING)
        weight *= _COMMA_DAMPING ** abs(commas - commas0)
        local += v * weight
        whole += v
    return _normalise(local), _normalise(whole), act_tone


def _sentence_features(sentence: str, spans: list[tuple[int, int]],
                       window: int | None = None) -> tuple[np.ndarray, list[dict[str, float]]]:
    """The ``FEATURES`` of every mention ``[start, end)`` of one sentence, as a (mentions ×
    features) array, one row of zeros for a span that covers no word or names a time
    (:func:`_names_a_time`); with a ``window``, also each mention's lexical cues (else an empty
    list; none for such a span). What the mentions share
    (tokens, negation, frames, the evaluative words, the cue table) is read once per sentence."""
    out = np.zeros((len(spans), len(FEATURES)))
    cues: list[dict[str, float]] = [{} for _ in spans] if window is not None else []
    if not isinstance(sentence, str) or not sentence or not spans:
        return out, cues
    a = _analyse(sentence)
    table = None
    for i, (start, end) in enumerate(spans):
        start, end = max(0, int(start)), min(len(sentence), int(end))
        span = _mention_tokens(a, start, end) if end > start else None
        if span is None or _names_a_time(a, *span):
            continue
        m0, m1 = span
        inverted = _inverted_speech(a, m0, m1)  # both _act and _is_speaker ask it: found once
        act0, act1 = _act(a, m0, m1, inverted)
        rebutted = range(*_rebutted(a, m0, m1))
        local, whole, act_tone = _tones(a, m0, m1, act0, act1, rebutted)
        role, action = _role(a, m0, m1)
        is_speaker = _is_speaker(a, m0, m1, inverted)
        speaks = _speaker(a, m0, m1, is_speaker)
        # The tone of what the mention does: the verb's own value, and the words of its act
        # unless they are what it says (its voice, however neutral its quoted words are) or the act is not its own
        # but that of the phrase it sits in ("Supporters of X attacked ...": hidden from its portrayal all the same).
        act = action + (0.0 if is_speaker or _object_of_preposition(a, m0, m1) else _normalise(act_tone))
        row = (role, _pointer(a, m0, m1), _attribute(a, m0, m1), _echo(a, m0, m1), local,
               _quoted(a, m0, m1), whole, max(-1.0, min(1.0, act)), speaks)
        out[i] = row
        if window is not None:
            table = table or _cue_table(a)
            cues[i] = _cues_of(a, table, m0, m1, act0, act1, window, is_speaker, rebutted)
            kind = _mention_kind(sentence[start:end])
            if kind:
                cues[i][f"X_{kind}"] = 1.0
            if not any(row):
                cues[i]["X_none"] = 1.0  # no rule evidence: only learned cues can tip it
    if window is not None:
        _add_evidence_cues(out, cues)
    return out, cues


def _add_evidence_cues(rows: np.ndarray, cues: list[dict[str, float]]) -> None:
    """Add to each mention's cues (those that have any) the bin of each dense input of the
    learned layer (:func:`model_inputs`: the portrayal features and the rules' raw evidence),
    ``B_<input>_<bin>`` with bins at :data:`_EVIDENCE_EDGES`."""
    dense = model_inputs(rows)
    dense[:, -1] = np.tanh(dense[:, -1] / 2)
    bins = np.searchsorted(_EVIDENCE_EDGES, dense)
    for found, row in zip(cues, bins.tolist()):
        if found:
            found.update({f"B_{k}_{b}": 1.0 for k, b in enumerate(row)})


def mention_features(texts, starts, ends, window: int | None = None):
    """:data:`FEATURES` of many mentions (sentence text, start, end offsets into it) as a
    (mentions × features) array, computed one sentence at a time for all its mentions. With a
    cue ``window``, returns ``(features, cues)``, ``cues`` one dict per mention as
    :func:`lexical_cues` gives it, read in the same pass."""
    texts = list(texts)
    starts, ends = np.asarray(starts, dtype=int), np.asarray(ends, dtype=int)
    out = np.zeros((len(texts), len(FEATURES)))
    cues: list[dict[str, float]] = [{} for _ in texts]
    groups: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        groups.setdefault(t if isinstance(t, str) else "", []).append(i)
    for text, rows in groups.items():
        out[rows], found = _sentence_features(text, list(zip(starts[rows], ends[rows])), window)
        for r, c in zip(rows, found):
            cues[r] = c
    return out if window is None else (out, cues)


TARGET_METHODS = ("auto", "learned", "rules")  # see score_target


def _spans(starts, ends) -> tuple[np.ndarray, np.ndarray]:
    """``starts`` and ``ends`` as integer arrays, each span that is none made empty (0, 0)."""
    a, b = np.asarray(starts), np.asarray(ends)
    if a.dtype.kind in "iu" and b.dtype.kind in "iu":  # offsets as the tables hold them
        bad = (a < 0) | (b < a)
    else:
        a, b = (np.array(pd.to_numeric(pd.Series(list(v), dtype=object), errors="coerce"), dtype=float)
                for v in (starts, ends))
        bad = ~(np.isfinite(a) & np.isfinite(b)) | (a < 0) | (b < a)
    if bad.any():
        a, b = np.where(bad, 0, a), np.where(bad, 0, b)
    return a.astype(int), b.astype(int)


def mention_scores(texts, starts, ends, method: str = "auto") -> tuple[np.ndarray, np.ndarray]:
    """``(features, scores)`` of many mentions (sentence text, start, end): the
    :data:`FEATURES` rows and the (mentions × 3) ``portrayal``, ``action``, ``voice`` scores,
    read in one pass (see :func:`score_mentions`). A span that is none (a start below 0, an end
    before its start or past the end of its text, an offset that is no number) covers no word: it
    scores 0."""
    if method not in TARGET_METHODS:
        raise ValueError(f"unknown target method {method!r}; choose one of {TARGET_METHODS}")
    texts = [t if isinstance(t, str) else "" for t in texts]
    starts, ends = _spans(starts, ends)
    past = ends > np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))  # not the text's span
    if past.any():
        starts, ends = np.where(past, 0, starts), np.where(past, 0, ends)
    model = _model() if method != "rules" else None
    if method == "learned" and model is None:
        raise ValueError("the learned layer needs sentiment_target_model.json")
    if model is None:
        features = mention_features(texts, starts, ends)
        return features, _scores(features)
    features, cues = mention_features(texts, starts, ends, model["window"])
    return features, _scores(features, cues, model)


def score_mentions(texts, starts, ends, method: str = "auto") -> pd.DataFrame:
    """``portrayal``, ``action`` and ``voice`` of many mentions (sentence text, start, end), each
    with its ``*_label`` ("negative", "neutral", "positive"); see :func:`score_target`."""
    out = pd.DataFrame(mention_scores(texts, starts, ends, method)[1], columns=list(QUANTITIES))
    for col in QUANTITIES:
        out[f"{col}_label"] = label_names(out[col])
    return out[[c for q in QUANTITIES for c in (q, f"{q}_label")]]


def target_features(sentence: str, start: int, end: int) -> dict[str, float]:
    """The evidence :func:`score_target` weighs, for inspection. Portrayal: ``role`` (what
    evaluative verbs and frames say about the mention: patient of "criticised", agent of
    "won"), ``pointer`` (evaluative nouns aimed at the mention), ``attribute`` (predicate,
    apposition or naming), ``echo`` (role and attribute of a later pronoun), ``local``
    (distance-weighted tone around the mention), ``quoted`` (tone of the quotation the mention
    is in), ``sentence`` (tone of the whole sentence); the last two leave out what the mention
    itself does or says. Not portrayal: ``action`` (tone of what the mention does to others:
    "criticised Tokyo"), ``voice`` (tone of what the mention is quoted as saying). All 0 when
    the span covers no word or names a time ("Tuesday", "last week": no one is portrayed).

    >>> f = target_features("Trump criticised Tokyo for not contributing enough.", 17, 22)
    >>> f["role"] < 0
    True
    >>> target_features("Trump criticised Tokyo for not contributing enough.", 0, 5)["action"] < 0
    True
    """
    return dict(zip(FEATURES, _sentence_features(sentence, [(start, end)])[0][0].tolist()))


def _raw(features: np.ndarray, w: Mapping | None = None) -> np.ndarray:
    """The rules' portrayal evidence of feature rows: a weighted sum, before calibration
    (``w``: the packaged weights, or others being fitted)."""
    w = w or _weights()
    return w["bias"] + features[:, :len(PORTRAYAL)] @ np.array([w[k] for k in PORTRAYAL])


def lexical_cues(sentence: str, start: int, end: int, window: int = CUE_WINDOW) -> dict[str, float]:
    """What the learned layer reads besides the rule features, as ``{cue: value}``: the
    ``window`` words left (``L_word``) and right (``R_word``) of the mention, the nearest word
    each side (``L1_``, ``R1_``), every word of the sentence once (``S_word``, or ``S_not_word``
    within a negator's reach; its Porter stem once more as ``T_stem`` or ``T_not_stem``), the
    token right beside the mention (``l1_``, ``r1_``: "by", "(", a comma; a hidden frame as ``<frame+>`` or ``<frame->`` by what it says of the mention,
    speech as ``<speech>``, another act as ``<act>``), the evaluative words' strength by where
    they stand (``V_`` + left or right, same clause ``c`` or other ``o``, across a quote ``q``,
    around a speaker ``s``, positive ``p`` or negative ``n``)
    and what kind of mention it is (``X_speaks``: the speaker of a quote or statement, so the
    tone around it is its voice; ``X_in_quote``, ``X_acts``, ``X_pronoun``, ``X_first``,
    ``X_owner``, ``X_after_by``; ``X_common``: a common noun, no name, :func:`_common_noun`; ``X_place``,
    ``X_org``: a place or organisation the entity lexicon lists, :func:`_mention_kind`; ``X_none``: the rules
    found no evidence), and the bin of each
    portrayal feature and of the rules' raw evidence (``B_<input>_<bin>``, see
    :func:`_add_evidence_cues`). Like the rules' local tone, it leaves out the mention itself,
    the evaluative verbs of its clause and what it does or says as a subject ("Trump
    criticised Tokyo ..." gives Trump no cue from "criticised ...", only ``r1_<act>``)."""
    if not isinstance(sentence, str) or not sentence:
        return {}
    return _sentence_features(sentence, [(start, end)], window)[1][0]


@lru_cache(maxsize=1)
def _model() -> dict | None:
    """The learned layer (``sentiment_target_model.json``, written by scripts/train_target.py):
    a multinomial logistic regression over the standardised rule features, the rules' raw
    evidence and lexical cues, and the figures its training recorded (``report``, see
    :func:`learned_report`); None when the file is absent."""
    path = resources.files(_DATA).joinpath("sentiment_target_model.json")
    return read_model(json.loads(path.read_text("utf-8"))) if path.is_file() else None


def read_model(m: Mapping) -> dict:
    """The learned layer as :func:`learned_logits` uses it, from the record
    ``sentiment_target_model.json`` holds (parsed JSON: ``mean``, ``sd``, ``weights``,
    ``intercept``, ``window``, ``cues`` as {cue: 3 weights}, ``class_bias`` and the figures)."""
    names = sorted(m["cues"])
    return {"mean": np.array(m["mean"]), "sd": np.array(m["sd"]), "weights": np.array(m["weights"]),
            "intercept": np.array(m["intercept"]), "window": int(m["window"]),
            "vocab": {c: i for i, c in enumerate(names)},
            "cue_weights": np.array([m["cues"][c] for c in names]).reshape(len(names), 3),
            "class_bias": np.array(m["class_bias"]),
            "report": {k: m[k] for k in ("cv_macro_f1", "cv_sd", "cv_repeats", "cv_macro_f1_ci", "leave_source_out")
                       if k in m}}


def learned_report() -> dict:
    """What ``scripts/train_target.py`` measured of the learned layer on data it was not fitted
    on, from beside the weights: ``cv_macro_f1`` and ``cv_sd`` (mean and standard deviation
    over ``cv_repeats``, the nested cross-validation by story of each repeat), ``cv_macro_f1_ci``
    (its 95% bootstrap interval, the stories resampled whole) and
    ``leave_source_out`` (macro-F1 on AllSides when fitted on POLUSA, and the other way
    round); empty without the file."""
    model = _model()
    return copy.deepcopy(model["report"]) if model else {}  # a copy: the model is shared


def model_inputs(features: np.ndarray) -> np.ndarray:
    """The dense inputs of the learned layer: the portrayal features and the rules' raw
    evidence (never action or voice: what a mention does or says is no part of its portrayal)."""
    return np.c_[features[:, :len(PORTRAYAL)], _raw(features)]


def learned_logits(features: np.ndarray, cues: list[dict[str, float]], model: dict | None = None) -> np.ndarray:
    """(mentions × 3) log-odds of negative, neutral, positive from the learned layer (pure
    numpy), its class bias for macro-F1 included; ``cues`` as :func:`lexical_cues` gives them."""
    m = model or _model()
    z = m["intercept"] + m["class_bias"] + ((model_inputs(features) - m["mean"]) / m["sd"]) @ m["weights"]
    # All mentions' cues in one flat run: a cue's weights times its value, summed per mention.
    get = m["vocab"].get
    cols = np.fromiter((get(c, -1) for found in cues for c in found), dtype=int)
    values = np.fromiter((v for found in cues for v in found.values()), dtype=float, count=len(cols))
    rows = np.repeat(np.arange(len(cues)), [len(found) for found in cues])
    known = cols >= 0
    rows, added = rows[known], m["cue_weights"][cols[known]] * values[known, None]
    for k in range(3):
        z[:, k] += np.bincount(rows, weights=added[:, k], minlength=len(z))
    return z


def class_scores(logits: np.ndarray) -> np.ndarray:
    """One score per row of class log-odds (negative, neutral, positive), read by VADER's
    convention: the winning class decides the side of ±0.05, and the probability margin of
    the winner over the runner-up its size: positive → 0.05 + 0.95·margin, negative the same
    below −0.05, neutral → 0.05·(P(positive) − P(negative)), within the band.

    >>> class_scores(np.log([[0.1, 0.2, 0.7], [0.3, 0.6, 0.1], [0.8, 0.1, 0.1]])).round(3).tolist()
    [0.525, -0.01, -0.715]
    """
    z = np.asarray(logits, dtype=float)
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    win = p.argmax(axis=1)
    ordered = np.sort(p, axis=1)
    margin = ordered[:, 2] - ordered[:, 1]
    side = NEUTRAL_BAND + (1 - NEUTRAL_BAND) * margin
    return np.where(win == 2, side, np.where(win == 0, -side, NEUTRAL_BAND * (p[:, 2] - p[:, 0])))


def _scores(features: np.ndarray, cues: list[dict[str, float]] | None = None,
            model: dict | None = None) -> np.ndarray:
    """(rows × 3) public scores ``portrayal``, ``action``, ``voice`` from feature rows: the
    rules' evidence rescaled from its fitted neutral band to VADER's reading convention (see
    :func:`presslens.sentiment.scorer.rescale`), or with a ``model`` and the ``cues``, the
    learned layer's classes (:func:`class_scores`). Without the rules' evidence (a row of zeros:
    no lexicon word anywhere near the mention) the rules score 0, and so does the learned layer
    unless the mention's cues make negative or positive its most likely class (words people
    read as evaluative in news that no lexicon lists: "indicted", "ousted"); a span that
    covers no word or names a time scores 0."""
    w = _weights()
    evident = np.any(features != 0, axis=1)
    if model is not None:
        logits = learned_logits(features, cues, model)
        # Letting the cues of a mention without the rules' evidence decide too (measured on the
        # layer before stems and naive Bayes): macro-F1 in 5-fold cross-validation on NewsMTSC
        # train by story 0.672 (0.661 when all such mentions were called neutral), NewsMTSC
        # dev 0.704 (0.683).
        tipped = np.array([bool(c) for c in cues], dtype=bool) & (logits.argmax(axis=1) != 1)
        portrayal = np.where(evident | tipped, class_scores(logits), 0.0)
    else:
        portrayal = rescale(np.where(evident, _raw(features), 0.0), w["band"], w["scale"])
    action = rescale(features[:, FEATURES.index("action")], w["act_band"], w["act_scale"])
    voice = rescale(features[:, FEATURES.index("voice")], w["act_band"], w["act_scale"])
    return np.round(np.c_[portrayal, action, voice], 4)


def score_target(sentence: str, start: int, end: int, method: str = "auto") -> float:
    """Portrayal of the mention ``sentence[start:end]`` in [-1, 1]: the tone the sentence
    expresses *about* it (what is done to it, said of it, the attributes given to it), not the
    tone of what it does or says. Read as every presslens score: within ±0.05 neutral, the
    sign is the polarity. ``method``: "rules" (the weighted rule features; their neutral band
    fitted on NewsMTSC train, then rescaled to ±0.05), "learned" (the logistic layer over rule
    features and lexical cues, see ``scripts/train_target.py``: the class it finds most likely
    decides the side of ±0.05) or "auto" (learned when packaged). A mention with no evaluative
    language near it scores 0: for the rules, no lexicon word; for the learned layer, neither
    a lexicon word nor cues it learnt to read as negative or positive; a time ("Tuesday", "last
    week") scores 0 too. Never raises on odd input: it gives 0.0, as for a span that is none (a
    start below 0, an end before its start or past the end of the sentence, a missing offset).

    >>> s = "Trump criticised Tokyo for not contributing enough."
    >>> score_target(s, 17, 22) < -0.05      # Tokyo is criticised
    True
    >>> abs(score_target(s, 0, 5)) <= 0.05   # the critic is not portrayed by his criticism
    True
    """
    return float(score_mentions([sentence], [start], [end], method)["portrayal"].iloc[0])


def polarity(score: float, band: float = NEUTRAL_BAND) -> int:
    """-1, 0 or 1 for a score, with ``|score| <= band`` counted as neutral."""
    return 0 if not score == score or abs(score) <= band else (1 if score > 0 else -1)


# --------------------------------------------------------------------------- evaluation

def class_f1(pred, gold) -> dict[str, float]:
    """F1 of each class (-1, 0, 1) as ``f1_negative``, ``f1_neutral``, ``f1_positive``; a class
    never predicted nor present scores 0 (their mean is macro-F1).

    >>> class_f1([1, 0, 0], [1, 0, -1])
    {'f1_negative': 0.0, 'f1_neutral': 0.6666666666666666, 'f1_positive': 1.0}
    """
    pred, gold = np.asarray(pred), np.asarray(gold)
    out: dict[str, float] = {}
    for c, name in ((-1, "negative"), (0, "neutral"), (1, "positive")):
        tp = int(np.sum((pred == c) & (gold == c)))
        wrong = int(np.sum((pred == c) != (gold == c)))
        out[f"f1_{name}"] = 2 * tp / (2 * tp + wrong) if tp else 0.0
    return out


def evaluate_targets(rows: Iterable[Mapping] | pd.DataFrame, method: str = "auto") -> dict[str, float]:
    """Score target-sentiment rows against gold labels.

    ``rows``: records (or a DataFrame) with ``sentence``, the mention offsets as ``from``/``to``
    (NewsMTSC) or ``start``/``end``, and gold ``polarity`` in {-1, 0, 1}.
    Returns ``macro_f1`` over the three classes, ``f1_negative``, ``f1_neutral``, ``f1_positive``,
    ``accuracy`` and ``n``; ``macro_f1_ci``, the macro-F1's 95% bootstrap interval, the rows of a
    NewsMTSC story (its ``id``) drawn together (absent with fewer than two stories).

    >>> evaluate_targets([{"sentence": "Critics accused Blorf of fraud.", "start": 16,
    ...                    "end": 21, "polarity": -1}])["accuracy"]
    1.0
    """
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    gold = [int(r["polarity"]) for r in records]
    starts = [int(r.get("start", r.get("from", 0))) for r in records]
    ends = [int(r.get("end", r.get("to", 0))) for r in records]
    scores = score_mentions([r.get("sentence", "") for r in records], starts, ends, method)
    pred = [polarity(v) for v in scores["portrayal"]]
    f1 = class_f1(pred, gold)
    n = len(gold)
    out = {"macro_f1": sum(f1.values()) / 3, **f1,
           "accuracy": sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0, "n": n}
    if n > 1:
        # 95% bootstrap interval of the macro-F1; NewsMTSC ids (allsides_<article>_<story>_...)
        # name the story, whose rows (several outlets' sentences on the same people) are drawn
        # together; rows without such an id stand alone
        from presslens.sentiment.evaluation import macro_f1
        from presslens.stats import rounded_interval, score_interval

        ids = [str(r.get("id", "")).split("_") for r in records]
        story = [p[2] if len(p) > 3 else f"row{i}" for i, p in enumerate(ids)]
        interval = score_interval(macro_f1, np.asarray(pred), np.asarray(gold), clusters=story)
        if not any(math.isnan(v) for v in interval):  # one story: no interval
            out["macro_f1_ci"] = rounded_interval(interval)
    return out


def evaluate_newsmtsc(path: str | Path, method: str = "auto") -> dict[str, float]:
    """:func:`evaluate_targets` on a NewsMTSC JSONL file (``mention``, ``from``, ``to``,
    ``sentence``, ``polarity`` per line), e.g. ``../shared/corpora/newsmtsc-train/dev.jsonl``."""
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return evaluate_targets(rows, method)
