"""Which words of its sentence a temporal expression anchors: a learned layer over the rules of
:mod:`.heads`.

Every content word of the expression's sentence within ``MAX_DISTANCE`` words of it that is not
plainly no event (``MIN_LIKENESS``) is a candidate event head. Each (expression, candidate) pair is
described by a few readable features (``FEATURES``): how event-like the word is (log-odds learned
from TimeML EVENT markup per word and per crude stem, backed off to its last three letters), its
rule tag (verb, event noun, auxiliary), whether the rules of
:func:`~presslens.timeline.heads.event_heads` picked it, whether a past or future form agrees with
where the expression's date lies, its distance and direction from the expression, the commas,
verbs, conjunctions and subordinators between them, the expression's type and preposition. A
logistic regression turns them into the probability that the pair is an
annotated event–timex link; a candidate is kept when the probability reaches ``threshold`` (the best
candidate of an expression already at ``top_threshold``), so an expression may anchor several
events or none.

Weights, thresholds and the word list live in ``data/timeline_anchor_model.json``, written by
``scripts/train_anchors.py`` from ``../shared/corpora/tempeval3-train`` with its cross-validated
figures beside them. Scoring is plain numpy.

Example::

    >>> s = "Mayor Ilse Varro opened the bridge on Monday."
    >>> at = s.index("Monday")
    >>> [(s[a:b], round(p, 1) > 0.5) for a, b, p in anchor_heads(s, at, at + 6, "DATE", {s.index("opened")})][:1]
    [('opened', True)]
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from presslens.timeline.lexicon import PAST_VERBS
from presslens.timeline.heads import _DETERMINERS, _FUNCTION, _REPORTING, _tag, _words, head_key, relation_of

__all__ = ["FEATURES", "MAX_DISTANCE", "MIN_LIKENESS", "anchor_heads", "anchor_many", "load_model", "pair_features"]

MAX_DISTANCE = 20  # words between an expression and a candidate head
# Words this unlike an event ("percent", "company": log-odds below it) are no candidates: on the
# training news they are 54% of the words near an expression and 1% of the linked ones.
MIN_LIKENESS = -3.0
FEATURES = ("evlex", "evknown", "tag_verb", "tag_noun", "tag_aux", "tag_stop", "rule", "after", "logdist",
            "adjacent", "after_logdist", "commas", "hardpunct", "verbs_between", "sub_between", "conj_between",
            "nearest_left_verb", "nearest_right_verb", "reporting", "capital", "type_duration", "type_set",
            "type_time", "rel_before", "rel_after", "rel_begins", "rel_ends", "rel_during", "fronted",
            "fronted_after", "modifier", "in_clause", "duration_logdist", "events_between", "nearest_event", "after_determiner", "ing_form",
            "before_of", "tense_match", "tense_mismatch")
_INDEX = {f: i for i, f in enumerate(FEATURES)}
_SUBORDINATORS = frozenset("that which who whom whose when where while because if although though as "
                           "whether unless".split())
_CONJUNCTIONS = frozenset("and or but".split())
_HARD = re.compile(r"[;:()\[\]\"“”—–]|\s-\s")
_PAST_FORMS = frozenset(w for w in PAST_VERBS if w not in ("ago", "since"))
_FUTURE_AUX = frozenset("will would 'll ’ll shall to".split())
_NOT_CANDIDATES = _FUNCTION | _DETERMINERS | frozenset("'s ’s n't n’t".split())


def event_likeness(word: str, lexicon: dict[str, Any]) -> tuple[float, bool]:
    """The log-odds that ``word`` is an annotated event, and whether the word or its crude stem
    (:func:`~presslens.timeline.heads.head_key`: "opened", "opens" → "open") was seen often enough
    to have one (else its last three letters, else the log-odds of any word)."""
    words, suffixes = lexicon["words"], lexicon["suffixes"]
    if word in words:
        return words[word], True
    stem = lexicon.get("stems", {}).get(head_key(word))
    if stem is not None:
        return stem, True
    return suffixes.get(word[-3:], lexicon["default"]), False


def pair_features(sentence: str, start: int, end: int, kind: str | None, rule_starts: set[int],
                  lexicon: dict[str, Any], clause: tuple[int, int] | None = None, relation: str | None = None,
                  tense: str | None = None, likeness_memo: dict[str, tuple[float, bool]] | None = None
                  ) -> tuple[list[tuple[int, int]], list[list[float]]]:
    """Candidate heads for the expression at ``sentence[start:end]`` and one feature row each.

    ``rule_starts``: offsets of the heads the rules picked; ``clause``: the (start, end) of the
    clause around the expression (default: the sentence); ``relation``: its
    :func:`~presslens.timeline.heads.relation_of` when already known; ``tense``: where the expression
    lies against its anchor date ("past", "present", "future"), for the agreement of a past or future
    verb form with it ("will visit … last week" is unlikely to be one event); ``likeness_memo``: a
    dict of event-likeness by lowercase word to reuse across calls with one lexicon. Returns (spans,
    rows): spans as (start, end) offsets into ``sentence``, rows as lists ordered like ``FEATURES``.
    """
    # Only the words within reach (and one beyond, for the tagger's look-back) matter.
    before = _words(sentence[:start])[-MAX_DISTANCE - 2:]
    words = before + [(end + s, end + e, w, lw) for s, e, w, lw in _words(sentence[end:])[:MAX_DISTANCE + 1]]
    n_before = len(before)
    tags = _tag(words)
    lo, hi = clause if clause is not None else (0, len(sentence))
    rel = relation or relation_of(sentence[lo:start], kind, sentence[start:end], sentence[end:end + 8])
    # Event-likeness once per word type (a memo shared by the calls of one anchor_many).
    memo = likeness_memo if likeness_memo is not None else {}
    likeness = []
    for _, _, _, lw in words:
        ev = memo.get(lw)
        if ev is None:
            ev = memo[lw] = (event_likeness(lw, lexicon) if lw[0].isalpha() and lw not in _NOT_CANDIDATES
                             else (-9.0, False))
        likeness.append(ev)
    n = len(words)
    eventlike = [ev > 0 for ev, _ in likeness]
    left_events = [k for k in range(n_before) if eventlike[k]]
    right_events = [k for k in range(n_before, n) if eventlike[k]]
    nearest_events = {left_events[-1] if left_events else -1, right_events[0] if right_events else -1}
    verbs = [k for k, t in enumerate(tags) if t == "verb"]
    left_verbs = [k for k in verbs if k < n_before]
    right_verbs = [k for k in verbs if k >= n_before]
    nearest_left = left_verbs[-1] if left_verbs else -1
    nearest_right = right_verbs[0] if right_verbs else -1
    # Counts of verbs, event-like words, subordinators and conjunctions before each word, so the
    # words between an expression and a candidate are counted without a slice per candidate.
    cum_verb, cum_event, cum_sub, cum_conj = [0], [0], [0], [0]
    for k, (_, _, _, lw) in enumerate(words):
        cum_verb.append(cum_verb[-1] + (tags[k] == "verb"))
        cum_event.append(cum_event[-1] + eventlike[k])
        cum_sub.append(cum_sub[-1] + (lw in _SUBORDINATORS))
        cum_conj.append(cum_conj[-1] + (lw in _CONJUNCTIONS))
    prefix = " ".join(w[3] for w in before[-2:])
    fronted = float(n_before <= 1 or (n_before == 2 and prefix.split()[0] in ("on", "in", "at", "by", "last")))
    possessive = sentence[end:end + 2] in ("'s", "’s")
    type_row = [float(kind == "DURATION"), float(kind == "SET"), float(kind == "TIME")]
    rel_row = [float(rel == r) for r in ("before", "after", "begins", "ends", "during")]
    spans: list[tuple[int, int]] = []
    rows: list[list[float]] = []
    for k, (s, e, w, lw) in enumerate(words):
        after = k >= n_before
        dist = k - n_before if after else n_before - 1 - k
        if dist > MAX_DISTANCE or likeness[k][0] < MIN_LIKENESS or len(lw) < 2:
            continue
        lo_k, hi_k = (n_before, k) if after else (k + 1, n_before)
        between = sentence[end:s] if after else sentence[e:start]
        n_verbs, n_events = cum_verb[hi_k] - cum_verb[lo_k], cum_event[hi_k] - cum_event[lo_k]
        ev, known = likeness[k]
        tag = tags[k]
        past_form = lw in _PAST_FORMS or (tag == "verb" and lw.endswith("ed"))
        future_form = k > 0 and words[k - 1][3] in _FUTURE_AUX
        logdist = math.log1p(dist)
        # Booleans stand for 0/1 (the matrix is made float once, in probabilities()).
        rows.append([
            ev, known, tag == "verb", tag == "noun", tag == "aux", tag == "stop", s in rule_starts, after, logdist,
            dist == 0, logdist * after, min(between.count(","), 3), _HARD.search(between) is not None,
            min(n_verbs, 3), cum_sub[hi_k] > cum_sub[lo_k], cum_conj[hi_k] > cum_conj[lo_k], k == nearest_left,
            k == nearest_right, lw in _REPORTING, k > 0 and w[:1].isupper(), *type_row, *rel_row, fronted,
            fronted * after, after and dist <= 2 and (possessive or tag == "noun"), lo <= s and e <= hi,
            logdist * type_row[0], min(n_events, 3), k in nearest_events,
            k > 0 and (words[k - 1][3] in _DETERMINERS or words[k - 1][3].endswith(("'s", "’s"))),
            lw.endswith("ing"), k + 1 < n and words[k + 1][3] == "of",
            (past_form and tense == "past") or (future_form and tense == "future"),
            (past_form and tense == "future") or (future_form and tense == "past")])
        spans.append((s, e))
    return spans, rows


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The packaged model (``data/timeline_anchor_model.json``): weights by feature name, bias,
    thresholds, the event-likeness lexicon and the figures it reached."""
    raw = resources.files("presslens").joinpath("data", "timeline_anchor_model.json").read_text(encoding="utf-8")
    model = json.loads(raw)
    model["_w"] = np.array([model["weights"][f] for f in FEATURES])
    return model


def probabilities(rows: list[list[float]], model: dict[str, Any]) -> np.ndarray:
    """The link probability of each feature row."""
    if not rows:
        return np.zeros(0)
    z = np.asarray(rows, dtype=float) @ model["_w"] + model["bias"]
    return 1.0 / (1.0 + np.exp(-z))


def select(spans: list[tuple[int, int]], p: np.ndarray, threshold: float, top_threshold: float
           ) -> list[tuple[int, int, float]]:
    """The kept candidates in text order: every one at ``threshold``, the best at ``top_threshold``."""
    if not len(p):
        return []
    best = int(np.argmax(p))
    return [(s, e, float(q)) for i, ((s, e), q) in enumerate(zip(spans, p))
            if q >= threshold or (i == best and q >= top_threshold)]


def anchor_heads(sentence: str, start: int, end: int, kind: str | None, rule_starts: set[int],
                 clause: tuple[int, int] | None = None, model: dict[str, Any] | None = None,
                 tense: str | None = None) -> list[tuple[int, int, float]]:
    """The event heads the expression at ``sentence[start:end]`` anchors, as (start, end,
    probability) in text order; empty when no candidate reaches the model's thresholds."""
    return anchor_many([(sentence, start, end, kind, rule_starts, clause, None, tense)], model)[0]


def anchor_many(items: list[tuple], model: dict[str, Any] | None = None) -> list[list[tuple[int, int, float]]]:
    """:func:`anchor_heads` for many expressions at once (one matrix product for all), each item
    being its arguments (sentence, start, end, kind, rule_starts, clause[, relation[, tense]])."""
    model = model or load_model()
    spans: list[list[tuple[int, int]]] = []
    rows: list[list[float]] = []
    memo: dict[str, tuple[float, bool]] = {}
    for sentence, start, end, kind, rule_starts, clause, relation, tense in (
            tuple(item) + (None,) * (8 - len(item)) for item in items):
        sp, r = pair_features(sentence, start, end, kind, rule_starts, model["lexicon"], clause, relation, tense,
                              memo)
        spans.append(sp)
        rows.extend(r)
    p = probabilities(rows, model)
    out, at = [], 0
    for sp in spans:
        out.append(select(sp, p[at:at + len(sp)], model["threshold"], model["top_threshold"]))
        at += len(sp)
    return out
