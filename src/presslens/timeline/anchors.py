"""Which words of its sentence a temporal expression anchors: a learned layer over the rules of
:mod:`.heads`.

Every content word of the expression's sentence within ``MAX_DISTANCE`` words of it that is not
plainly no event (``MIN_LIKENESS``), or is a verb after a modal ("will step down") or an event noun
of the rules ("the 2016 primary"), is a candidate event head. Each (expression, candidate) pair is
described by a few readable features (``FEATURES``): how event-like the word is (log-odds learned
from TimeML EVENT markup per word and per crude stem, backed off to its last three letters), its
rule tag (verb, event noun, auxiliary), how often annotators linked a candidate of its stem,
whether the rules of
:func:`~presslens.timeline.heads.event_heads` picked it, whether a past or future form agrees with
where the expression's date lies, its distance and direction from the expression, the commas,
verbs, conjunctions and subordinators between them, the expression's type and preposition, and
whether the candidate heads the noun phrase a pre-nominal expression opens ("its 1988
recapitalization", "third-quarter net income", "Friday's vote") or is a past participle modifying
the word after it ("a buried rifle", "from discontinued operations"). A
logistic regression turns them into the probability that the pair is an
annotated event–timex link; a candidate is kept when the probability reaches ``threshold`` (the best
candidate of an expression already at ``top_threshold``), so an expression may anchor several
events or none.

Weights, thresholds and the word lists live in ``data/timeline_anchor_model.json``, written by
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
from itertools import islice
from operator import itemgetter
from importlib import resources
from typing import Any

import numpy as np

from presslens.timeline.lexicon import PAST_VERBS, PREPOSITIONS
from presslens.timeline.heads import (_AUX, _DETERMINERS, _FUNCTION, _MODAL_LIKE, _REPORTING, head_key, join_tags,
                                      relation_at, span_words)

__all__ = ["FEATURES", "MAX_DISTANCE", "MIN_LIKENESS", "anchor_heads", "anchor_many", "batch_features", "link_likeness",
           "load_model", "pair_features", "select"]

MAX_DISTANCE = 20  # words between an expression and a candidate head
# Words this unlike an event ("percent", "company": log-odds below it) are no candidates: on the
# training news they are 54% of the words near an expression and 1% of the linked ones.
MIN_LIKENESS = -3.0
FEATURES = ("evlex", "evknown", "tag_verb", "tag_noun", "tag_aux", "tag_stop", "rule", "after", "logdist",
            "adjacent", "after_logdist", "commas", "hardpunct", "verbs_between", "sub_between", "conj_between",
            "nearest_left_verb", "nearest_right_verb", "reporting", "capital", "type_duration", "type_set",
            "type_time", "rel_before", "rel_after", "rel_begins", "rel_ends", "rel_during", "fronted",
            "fronted_after", "modifier", "in_clause", "duration_logdist", "events_between", "nearest_event", "after_determiner", "ing_form",
            "before_of", "tense_match", "tense_mismatch", "linklex", "np_head", "participle_modifier")
_INDEX = {f: i for i, f in enumerate(FEATURES)}
_SUBORDINATORS = frozenset("that which who whom whose when where while because if although though as "
                           "whether unless".split())
_CONJUNCTIONS = frozenset("and or but".split())
_PAST_FORMS = frozenset(w for w in PAST_VERBS if w not in ("ago", "since"))
_FUTURE_AUX = frozenset("will would 'll ’ll shall to".split())
# Modals: a word right after one is a verb, whatever its other uses ("will step down", "a step"); not
# "to" or "did", whose word after may be a noun ("to stock of record", "did much").
_MODALS = _MODAL_LIKE - frozenset("do does did to".split())
_NOT_CANDIDATES = _FUNCTION | _DETERMINERS | frozenset("'s ’s n't n’t".split())
# Words that end a noun phrase opened by a pre-nominal expression ("its 1988 recapitalization as").
_NP_BREAKS = _NOT_CANDIDATES | _AUX | _MODAL_LIKE
# At most this many words between a pre-nominal expression and the head of its noun phrase.
MAX_NP_WORDS = 3


def event_likeness(word: str, lexicon: dict[str, Any], key: str | None = None) -> tuple[float, bool]:
    """The log-odds that ``word`` is an annotated event, and whether the word or its crude stem
    (:func:`~presslens.timeline.heads.head_key`: "opened", "opens" → "open") was seen often enough
    to have one (else its last three letters, else the log-odds of any word); ``key``: that stem,
    when already known."""
    words, suffixes = lexicon["words"], lexicon["suffixes"]
    if word in words:
        return words[word], True
    stem = lexicon.get("stems", {}).get(head_key(word) if key is None else key)
    if stem is not None:
        return stem, True
    return suffixes.get(word[-3:], lexicon["default"]), False


# Per word, bits of what its form says (:func:`_word_facts`).
_SUB, _CONJ, _REP, _DET_BEFORE, _ING, _OF, _PAST_FORM, _ED, _FUTURE, _SHORT, _CAPITAL, _NP_BREAK, _MODAL, _PREP = (
    1 << i for i in range(14))
_TAGS = ("", "aux", "verb", "noun", "stop")
_TAG_CODES = {t: i for i, t in enumerate(_TAGS)}
_LOGDIST = np.array([math.log1p(d) for d in range(MAX_DISTANCE + 2)])
_BLOCK = 2048  # rows of the feature matrix filled at a time (:func:`_rows_of`): 43 features, 0.7 MB
# Expressions given to batch_features at a time by anchor_many: at most 2 * MAX_DISTANCE + 3 words each, so
# arrays of at most 88,000 values (0.7 MB). All at once, an article of 256,000 words of digit runs made
# arrays of a million words, each fresh memory that numpy asks the kernel to back with huge pages: their
# first touch took system time growing faster than the article (the events stage 2.4x at that doubling).
_BATCH = 2000
# The spans of text between an expression and a candidate that count as hard punctuation: one of
# these characters, or a dash between spaces (found overlapping, as a search of the span would; the
# search skips to each dash, a match starts at the space before it).
_HARD_CHAR = re.compile(r"[;:()\[\]\"“”—–]")
_COMMA = re.compile(",")
_SPACED_DASH = re.compile(r"-(?<=\s-)(?=\s)")


def link_likeness(word: str, lexicon: dict[str, Any], key: str | None = None) -> float:
    """How much likelier than any candidate a candidate with the crude stem of ``word`` was an
    annotated link of the expression (log-odds against the prior; 0 when its stem was rare). Unlike
    event-likeness, this tells the events annotators date ("income", "quarter's loss") from those
    they leave undated ("expected", "said"). ``key``: that stem, when already known."""
    return lexicon.get("links", {}).get(head_key(word) if key is None else key, 0.0)


def _member_bits() -> dict[str, int]:
    """The bits of :func:`_word_facts` that a word has by belonging to a word list, per listed word
    (one look-up per word instead of one per list: the facts of every new word are found)."""
    found: dict[str, int] = {}
    for words, bit in ((_SUBORDINATORS, _SUB), (_CONJUNCTIONS, _CONJ), (_REPORTING, _REP), (_DETERMINERS, _DET_BEFORE),
                       (("of",), _OF), (_PAST_FORMS, _PAST_FORM), (_FUTURE_AUX, _FUTURE), (_NP_BREAKS, _NP_BREAK),
                       (_MODALS, _MODAL), (PREPOSITIONS, _PREP)):
        for w in words:
            found[w] = found.get(w, 0) | bit
    return found


_MEMBER_BITS = _member_bits()


def _word_facts(w: str, lexicon: dict[str, Any]) -> tuple[float, bool, int, float]:
    """Event-likeness (-9 for no candidate), whether it was known, the bits and the link-likeness
    of word ``w``."""
    lw = w.lower()
    key = head_key(lw)  # the stem both likenesses look up, found once
    ev = event_likeness(lw, lexicon, key) if lw[0].isalpha() and lw not in _NOT_CANDIDATES else (-9.0, False)
    bits = (_MEMBER_BITS.get(lw, 0) | lw.endswith(("'s", "’s")) * _DET_BEFORE | lw.endswith("ing") * _ING
            | lw.endswith("ed") * _ED | (len(lw) < 2) * _SHORT | w[:1].isupper() * _CAPITAL
            | (not lw[0].isalpha()) * _NP_BREAK)
    return ev[0], ev[1], bits, link_likeness(lw, lexicon, key)


class _Numbers(dict):
    """Words and their rows of :func:`batch_features`' facts table: a word not in it yet gets the next."""

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self)
        return number


def _positions(sentences: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Offsets of the commas, hard punctuation characters and spaced dashes of ``sentences``, one
    after another with one character between them (:func:`batch_features`' coordinate). Found in
    the sentences joined by a character that is neither punctuation nor space, so no match runs
    across two: one scan per pattern in place of three per sentence."""
    joined = "\0".join(sentences)
    return (np.array([m.start() for m in _COMMA.finditer(joined)], dtype=np.int64),
            np.array([m.start() for m in _HARD_CHAR.finditer(joined)], dtype=np.int64),
            np.array([m.start() - 1 for m in _SPACED_DASH.finditer(joined)], dtype=np.int64))


def _count_in(positions: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """How many of the sorted ``positions`` lie in each [lo, hi)."""
    return np.searchsorted(positions, hi, "left") - np.searchsorted(positions, lo, "left")


def _rows_of(columns: list[np.ndarray], n: int) -> np.ndarray:
    """The (n, len(columns)) matrix whose columns are ``columns`` (arrays of n values), filled ``_BLOCK``
    rows at a time: a feature at a time as rows of a small buffer, then turned into the matrix's rows.
    Filled a column at a time, each value went to another cache line (on PolNeAR train a third of the
    time the numpy part took); all rows into a second matrix, then turned, that matrix's first touch
    (numpy asks the kernel for huge pages) cost up to 0.2 CPU s of system time in a run."""
    matrix = np.empty((n, len(columns)))
    buffer = np.empty((len(columns), min(n, _BLOCK)))
    for lo in range(0, n, _BLOCK):
        hi = min(n, lo + _BLOCK)
        block = buffer[:, :hi - lo]
        for j, col in enumerate(columns):
            block[j] = col[lo:hi]
        matrix[lo:hi] = block.T
    return matrix


def batch_features(items: list[tuple], lexicon: dict[str, Any], memo: dict | None = None,
                   facts: dict | None = None) -> tuple[list[list[tuple[int, int]]], np.ndarray]:
    """:func:`pair_features` of many expressions at once: the candidate spans of each item and
    one feature matrix of all their rows, in item order (rows ordered like ``FEATURES``).

    Each item is (sentence, start, end, kind, rule_starts, clause, relation, tense), as the
    arguments of :func:`pair_features`. Python reads each expression's words (through ``memo``,
    a dict reused across calls: each sentence's words and tags are found once; and ``facts``, a
    dict reused across calls with one lexicon: each word's event-likeness and form once); numpy
    computes every feature of every (expression, word) pair.
    """
    memo = memo if memo is not None else {}
    words_memo = memo.setdefault("words", {})
    facts = facts if facts is not None else {}
    flat: list[tuple[int, int, str, str]] = []
    tags: list[str] = []
    group_rows = []  # per item: first word, words, words before, offset of its sentence
    sentences: list[str] = []
    ruled: list[int] = []  # offsets over all sentences, one after another
    base = 0
    for sentence, start, end, kind, rule_starts, clause, relation, tense in items:
        # Only the words within reach (and one beyond, for the tagger's look-back) matter.
        before = span_words(sentence, 0, start, words_memo, slice(-MAX_DISTANCE - 2, None))
        words, word_tags = join_tags([before, span_words(sentence, end, len(sentence), words_memo,
                                                         slice(None, MAX_DISTANCE + 1))])
        before, n_before = before[0], len(before[0])
        lo, hi = clause if clause is not None else (0, len(sentence))
        rel = relation or relation_at(sentence, lo, start, end, kind)
        fronted = float(n_before <= 1 or (n_before == 2 and before[0][3] in ("on", "in", "at", "by", "last")))
        possessive = sentence[end:end + 2] in ("'s", "’s")
        # Before a noun it modifies: after a determiner or possessive ("its 1988 recapitalization"),
        # hyphenated ("third-quarter net income") or possessive itself ("Friday's vote").
        last = before[-1][3] if before else ""
        pre_nominal = (possessive or last in _DETERMINERS or last.endswith(("'s", "’s"))
                       or "-" in sentence[start:end])
        group_rows.append((len(flat), len(words), n_before, base, start, end, lo, hi, fronted, possessive,
                           kind == "DURATION", kind == "SET", kind == "TIME", rel, tense, pre_nominal))
        flat.extend(words)
        tags.extend(word_tags)
        sentences.append(sentence)
        ruled.extend(map(base.__add__, rule_starts or ()))
        base += len(sentence) + 1
    n_items, total = len(items), len(flat)
    if not total:
        return [[] for _ in items], np.zeros((0, len(FEATURES)))
    # Each word type's facts once: a row of ``table`` by the word's number in ``numbers``, which
    # numbers a new word as it is looked up (one pass over the words, not a set of them first).
    numbers = facts.setdefault("numbers", _Numbers())
    known_before = len(numbers)
    ids = np.fromiter(map(numbers.__getitem__, map(itemgetter(2), flat)), dtype=np.int64, count=total)
    if len(numbers) > known_before or "table" not in facts:  # the table grows only by new words (kept in ``facts``)
        new = list(islice(reversed(numbers), len(numbers) - known_before))[::-1]  # in the order numbered
        table = facts.get("table", np.zeros((0, 4)))
        if len(numbers) > len(table):
            # Room for twice the words known, its rows past them unused: a copy of all rows for each
            # call's new words made the calls over many new words (one article of digit runs in
            # anchor_many's batches) quadratic.
            table = facts["table"] = np.concatenate([table[:known_before], np.zeros((len(numbers), 4))])
        table[known_before:len(numbers)] = np.array([_word_facts(w, lexicon) for w in new], dtype=float).reshape(-1, 4)
    rows = facts["table"][ids]
    ev, known, bits, linked = rows[:, 0], rows[:, 1] != 0, rows[:, 2].astype(np.int64), rows[:, 3]
    all_bits = bits
    starts = np.fromiter(map(itemgetter(0), flat), dtype=np.int64, count=total)
    ends = np.fromiter(map(itemgetter(1), flat), dtype=np.int64, count=total)
    tag = np.fromiter(map(_TAG_CODES.__getitem__, tags), dtype=np.int64, count=total)
    g = np.array(group_rows, dtype=object)
    first, size, n_before, base_g = (g[:, i].astype(np.int64) for i in range(4))
    group = np.repeat(np.arange(n_items), size)
    k = np.arange(total) - first[group]
    nb = n_before[group]
    after = k >= nb
    dist = np.where(after, k - nb, nb - 1 - k)
    verb = tag == _TAGS.index("verb")
    eventlike = ev > 0
    # The candidates: every feature is computed for them alone (the counts between a candidate
    # and its expression come from running sums over all words).
    # What ends a noun phrase: a break word or a verb ("Friday's blast shook").
    breaks = ((bits & _NP_BREAK) != 0) | verb | (tag == _TAGS.index("aux"))
    # A verb after a modal and an event noun of the rules stay candidates however unlike an event
    # their word is on the whole: "will step down" is a verb, "a step forward" (most of the word's
    # uses) none; "Quill's 2028 victory", "the funeral on Friday".
    after_modal = verb & ((bits[np.maximum(np.arange(total) - 1, 0)] & _MODAL) != 0) & (k > 0)
    kept = np.flatnonzero((dist <= MAX_DISTANCE) & ((ev >= MIN_LIKENESS) | after_modal | (tag == _TAGS.index("noun")))
                          & ((bits & _SHORT) == 0))
    all_k = k
    gk, k, nb, after, dist = group[kept], k[kept], nb[kept], after[kept], dist[kept]
    all_starts, all_ends, all_tag = starts, ends, tag
    ev, known, bits, tag, starts, ends = ev[kept], known[kept], bits[kept], tag[kept], starts[kept], ends[kept]
    linked = linked[kept]

    def cum(flags: np.ndarray) -> np.ndarray:
        return np.concatenate([[0], np.cumsum(flags)])

    cv, ce, n_breaks = cum(verb), cum(eventlike), cum(breaks)
    n_sub, n_conj = (cum((all_bits & flag) != 0) for flag in (_SUB, _CONJ))
    verb, noun, eventlike = verb[kept], tag == _TAGS.index("noun"), eventlike[kept]
    lo_k = first[gk] + np.where(after, nb, k + 1)
    hi_k = first[gk] + np.where(after, k, nb)
    at_nb = first[gk] + nb
    n_verbs, n_events = cv[hi_k] - cv[lo_k], ce[hi_k] - ce[lo_k]
    nearest_left = verb & ~after & (cv[at_nb] - cv[kept + 1] == 0)
    nearest_right = verb & after & (cv[kept] - cv[at_nb] == 0)
    nearest_event = eventlike & np.where(after, ce[kept] - ce[at_nb] == 0, ce[at_nb] - ce[kept + 1] == 0)
    rule = np.isin(base_g[gk] + starts, np.array(ruled, dtype=np.int64))
    # The characters between the expression and the word, in one coordinate over all sentences.
    x_start, x_end = (g[:, i].astype(np.int64)[gk] for i in (4, 5))
    span_lo = base_g[gk] + np.where(after, x_end, ends)
    span_hi = base_g[gk] + np.where(after, starts, x_start)
    comma_at, hard_at, dash_at = _positions(sentences)
    n_commas = _count_in(comma_at, span_lo, span_hi)
    hard = (_count_in(hard_at, span_lo, span_hi) > 0) | (_count_in(dash_at, span_lo, span_hi - 2) > 0)  # " - " inside
    # Per expression first, then per candidate (the relation and tense are strings).
    fronted = g[:, 8].astype(float)[gk]
    possessive = g[:, 9].astype(bool)[gk]
    types = [g[:, i].astype(float)[gk] for i in (10, 11, 12)]
    rels = [(g[:, 13] == r).astype(bool)[gk] for r in ("before", "after", "begins", "ends", "during")]
    is_past, is_future = ((g[:, 14] == t).astype(bool)[gk] for t in ("past", "future"))
    # The head of a noun phrase a pre-nominal expression opens: a candidate a few plain words after
    # it (neither it nor a word between a verb, function word, auxiliary or number; no punctuation
    # but commas), each word before it joined to the next, the candidate to none. A word is joined
    # to the next when that one is a lower-case plain word with no punctuation between them and,
    # after an event noun, another event noun ("merger talks"; "Friday's blast shook" ends at "blast").
    nxt = np.minimum(np.arange(total) + 1, total - 1)
    at = base_g[group]
    gap_lo, gap_hi = at + all_ends, at + all_starts[nxt]
    gap = _count_in(comma_at, gap_lo, gap_hi) + _count_in(hard_at, gap_lo, gap_hi)
    is_noun = all_tag == _TAGS.index("noun")
    joined = ((all_k + 1 < size[group]) & (gap == 0) & ~breaks[nxt] & ((all_bits[nxt] & _CAPITAL) == 0)
              & (~is_noun | is_noun[nxt]))
    n_joined = cum(joined)
    np_head = (g[:, 15].astype(bool)[gk] & after & (dist <= MAX_NP_WORDS) & ~hard & ~joined[kept]
               & (n_breaks[np.minimum(hi_k + 1, total)] == n_breaks[lo_k]) & (n_joined[hi_k] - n_joined[lo_k] == hi_k - lo_k))
    prev_bits = all_bits[kept - 1]  # read only where k > 0
    next_of = (k + 1 < size[gk]) & ((all_bits[np.minimum(kept + 1, total - 1)] & _OF) != 0)
    past_form = ((bits & _PAST_FORM) != 0) | (verb & ((bits & _ED) != 0))
    # A past participle between a determiner or preposition and the plain word it modifies is an
    # adjective, no event the date anchors ("found a buried rifle 11 days ago", "a loss from
    # discontinued operations in the third quarter"): 3 of 82 such candidates are links, 44% of the
    # other -ed words. Not after "that", whose -ed word is a relative clause's verb ("that seeped out").
    modifies_next = ((k > 0) & ((bits & _ED) != 0) & ((prev_bits & (_DET_BEFORE | _PREP)) != 0)
                     & ((prev_bits & _SUB) == 0) & (k + 1 < size[gk]) & (gap[kept] == 0)
                     & ((all_bits[nxt[kept]] & (_NP_BREAK | _CAPITAL)) == 0))
    future_form = (k > 0) & ((prev_bits & _FUTURE) != 0)
    logdist = _LOGDIST[dist]
    columns = [ev, known, verb, noun, tag == _TAGS.index("aux"), tag == _TAGS.index("stop"), rule, after, logdist,
               dist == 0, logdist * after, np.minimum(n_commas, 3), hard, np.minimum(n_verbs, 3),
               n_sub[hi_k] > n_sub[lo_k], n_conj[hi_k] > n_conj[lo_k], nearest_left, nearest_right,
               (bits & _REP) != 0, (k > 0) & ((bits & _CAPITAL) != 0), *types, *rels, fronted, fronted * after,
               after & (dist <= 2) & (possessive | noun), (g[:, 6].astype(np.int64)[gk] <= starts)
               & (ends <= g[:, 7].astype(np.int64)[gk]), logdist * types[0], np.minimum(n_events, 3),
               nearest_event, (k > 0) & ((prev_bits & _DET_BEFORE) != 0), (bits & _ING) != 0, next_of,
               (past_form & is_past) | (future_form & is_future), (past_form & is_future) | (future_form & is_past),
               linked, np_head, modifies_next]
    matrix = _rows_of(columns, len(kept))
    counts = np.bincount(gk, minlength=n_items)
    pairs = list(zip(starts.tolist(), ends.tolist()))
    spans, at = [], 0
    for c in counts.tolist():
        spans.append(pairs[at:at + c])
        at += c
    return spans, matrix


def pair_features(sentence: str, start: int, end: int, kind: str | None, rule_starts: set[int],
                  lexicon: dict[str, Any], clause: tuple[int, int] | None = None, relation: str | None = None,
                  tense: str | None = None, memo: dict | None = None
                  ) -> tuple[list[tuple[int, int]], list[list[float]]]:
    """Candidate heads for the expression at ``sentence[start:end]`` and one feature row each.

    ``rule_starts``: offsets of the heads the rules picked; ``clause``: the (start, end) of the
    clause around the expression (default: the sentence); ``relation``: its
    :func:`~presslens.timeline.heads.relation_of` when already known; ``tense``: where the expression
    lies against its anchor date ("past", "present", "future"), for the agreement of a past or future
    verb form with it ("will visit … last week" is unlikely to be one event); ``memo``: a dict to
    reuse across calls with one lexicon (:func:`batch_features`). Returns (spans, rows): spans as
    (start, end) offsets into ``sentence``, rows as lists ordered like ``FEATURES``.
    """
    spans, matrix = batch_features([(sentence, start, end, kind, rule_starts, clause, relation, tense)], lexicon,
                                   memo)
    return spans[0], matrix.tolist()


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The packaged model (``data/timeline_anchor_model.json``): weights by feature name, bias,
    thresholds, the event-likeness lexicon and the figures it reached."""
    raw = resources.files("presslens").joinpath("data", "timeline_anchor_model.json").read_text(encoding="utf-8")
    model = json.loads(raw)
    model["_w"] = np.array([model["weights"][f] for f in FEATURES])
    return model


def probabilities(rows: Any, model: dict[str, Any]) -> np.ndarray:
    """The link probability of each feature row (a matrix or a list of rows)."""
    if not len(rows):
        return np.zeros(0)
    z = np.asarray(rows, dtype=float) @ model["_w"] + model["bias"]
    return 1.0 / (1.0 + np.exp(-z))


def select(spans: list[list[tuple[int, int]]], p: np.ndarray, threshold: float, top_threshold: float
           ) -> list[list[tuple[int, int, float]]]:
    """The kept candidates of each expression in text order (``spans`` per expression, ``p`` of
    all their candidates one expression after another): every one at ``threshold``, the best
    (the first of the highest) at ``top_threshold``."""
    sizes = np.fromiter(map(len, spans), dtype=np.int64, count=len(spans))
    group = np.repeat(np.arange(len(spans)), sizes)
    keep = p >= threshold
    if len(p):
        # Each expression's highest probability (by its run of candidates: sorting them all cost
        # three times the rest), then the first candidate at it.
        some = np.flatnonzero(sizes)
        best = np.maximum.reduceat(p, (np.cumsum(sizes) - sizes)[some])
        top = np.flatnonzero(p == np.repeat(best, sizes[some]))
        firsts = top[np.r_[True, group[top][1:] != group[top][:-1]]]
        keep[firsts] |= p[firsts] >= top_threshold
    flat = [sp for item in spans for sp in item]
    out: list[list[tuple[int, int, float]]] = [[] for _ in spans]
    for i, q in zip(np.flatnonzero(keep).tolist(), p[keep].tolist()):
        out[group[i]].append((*flat[i], q))
    return out


def anchor_heads(sentence: str, start: int, end: int, kind: str | None, rule_starts: set[int],
                 clause: tuple[int, int] | None = None, model: dict[str, Any] | None = None,
                 tense: str | None = None) -> list[tuple[int, int, float]]:
    """The event heads the expression at ``sentence[start:end]`` anchors, as (start, end,
    probability) in text order; empty when no candidate reaches the model's thresholds."""
    return anchor_many([(sentence, start, end, kind, rule_starts, clause, None, tense)], model)[0]


def anchor_many(items: list[tuple], model: dict[str, Any] | None = None, memo: dict | None = None
                ) -> list[list[tuple[int, int, float]]]:
    """:func:`anchor_heads` for many expressions at once (one matrix product for all), each item
    being its arguments (sentence, start, end, kind, rule_starts, clause[, relation[, tense]]);
    ``memo`` as in :func:`batch_features`."""
    model = model or load_model()
    memo = memo if memo is not None else {}
    found: list[list[tuple[int, int, float]]] = []
    for lo in range(0, len(items), _BATCH):
        spans, matrix = batch_features([tuple(item) + (None,) * (8 - len(item)) for item in items[lo:lo + _BATCH]],
                                       model["lexicon"], memo, model.setdefault("_facts", {}))
        found.extend(select(spans, probabilities(matrix, model), model["threshold"], model["top_threshold"]))
    return found
