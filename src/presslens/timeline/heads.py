"""The event a temporal expression anchors, TimeML-style: its head word (a verb or an event noun)
and the relation between the two, read off the clause without a parser.

Words are told apart by form and neighbours: a word after an auxiliary, a modal or "to" is a verb
("will visit", "was arrested", "to meet"), so are the irregular past forms of
``timeline_past_verbs.txt`` and regular "-ed" forms not after a determiner; event nouns come from
``timeline_event_nouns.txt`` ("summit", "election", "talks") or are "-ing" nouns after a determiner
("the bombing"). A verb chain ("has been arrested") is headed by its last verb.

Which event an expression anchors, in order:

1. a date modifying an event noun: "Friday's attack", "the Oct. 23 slaying", "last year's vote";
2. an event noun right before the expression's preposition: "the summit on Thursday";
3. the nearest verb before the expression in its clause ("opened the bridge on Monday"), else the
   nearest after it ("On Friday, the minister resigned");
4. verbs coordinated with the chosen one anchor the same date: "was arrested and charged on
   Monday" gives two rows.

The relation comes from the preposition before the expression and its type: before ("before",
"by", "ahead of"), after ("after", "following"), begins ("since", "from", "starting"), ends
("until", "through"), during (durations, "for", "during", "throughout", "over", and sets), on
(everything else: "on Friday", "in March", "two days ago").

Example::

    >>> s = "Mayor Ilse Varro opened the bridge on Monday."
    >>> [(s[a:b], rel) for a, b, rel in event_heads(s, 0, len(s), s.index("Monday"), s.index("Monday") + 6)]
    [('opened', 'on')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, chain
from operator import itemgetter

from presslens.timeline.lexicon import EVENT_NOUNS, PAST_VERBS

__all__ = ["GENERIC_HEADS", "RELATIONS", "event_heads", "head_key", "join_tags", "relation_of", "span_words"]

_ASPECTUAL = re.compile(r"(?:beg[iau]n|start|continu|resum|stop|ceas|finish|keep|kept|quit)\w*$")
_PERIODS = frozenset("year quarter month months period weeks week half".split())
_MAX_OBJECT = 6  # words between two coordinated verbs, "and" included
RELATIONS = ("on", "before", "after", "during", "begins", "ends")

_AUX = frozenset("is are was were be been being am has have had having will would shall should can could may "
                 "might must do does did 's 're 've 'll ’s ’re ’ve ’ll".split())
_MODAL_LIKE = frozenset("will would shall should can could may might must do does did to 'll ’ll".split())
_NOT_HEADS = frozenset("not never also already still just even only then now n't n’t again soon later earlier "
                       "recently first once yet all both almost nearly probably perhaps about compared following "
                       "outstanding operating subordinated like down".split())
_DETERMINERS = frozenset("the a an its his her their our this that these those your my no any each every "
                         "some".split())
_FUNCTION = frozenset("the a an and or but of in on at by for to from with as than that this these those it "
                      "he she they we you i who which whom whose what where when while if because since until "
                      "after before during about into over under between through against among per not no".split())
_IRREGULAR = frozenset(w for w in PAST_VERBS if w not in _AUX and w not in ("ago", "since"))
_NOT_VERBS_ED = frozenset("hundred united red bed shed need speed indeed proceed exceed succeed feed seed breed "
                          "greed sacred naked wicked beloved kindred rugged ragged wretched crooked embed "
                          "aged based related detailed limited advanced supposed alleged armed "
                          "interested concerned".split())
_NOT_ING = frozenset("during morning evening according including something nothing anything everything "
                     "building king ring spring string thing bring sing wing ceiling sibling darling "
                     "pending earning earnings lightning wedding".split()) - EVENT_NOUNS
# Numbers are words too: "has 45 banks" must not read as the verb chain "has banks".
_REPORTING = frozenset("said says told reported announced added noted stated predicted estimated expects expected "
                       "believes believed thinks thought".split())
# Heads too common to tell two events apart by themselves: saying, being, having.
GENERIC_HEADS = frozenset(_REPORTING | _AUX | {"say", "tell", "tells", "wrote", "writes", "tweeted", "posted"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*")
# A word and the characters before it: a letter or digit always starts a word, so the gap is a
# run of other characters, and each word found is the one _WORD.finditer finds there.
_GAPPED_WORD = re.compile(r"([^A-Za-z\d]*)(" + _WORD.pattern + ")")
_BEFORE = re.compile(r"\b(?:before|by|prior\s+to|ahead\s+of|earlier\s+than|no\s+later\s+than)\s*$", re.I)
_AFTER = re.compile(r"\b(?:after|following|later\s+than|since\s+the\s+end\s+of)\s*$", re.I)
_BEGINS = re.compile(r"\b(?:since|from|starting(?:\s+(?:on|in|at))?|beginning(?:\s+(?:on|in))?|as\s+of|"
                     r"effective)\s*$", re.I)
_ENDS = re.compile(r"\b(?:until|till|through|thru|up\s+to|up\s+until)\s*$", re.I)
_DURING = re.compile(r"\b(?:for|during|throughout|over|within|across|in\s+the\s+(?:past|last|next|coming))\s*$",
                     re.I)


_LATER = re.compile(r"\s+later\b", re.I)
# The second end of a range: "from March to May", "between 2019 and 2021".
_RANGE_END = re.compile(r"\bfrom\b[^,;]{1,40}\s(?:to|-|–)\s*$|\bbetween\b[^,;]{1,40}\sand\s*$", re.I)
_COUNTED = re.compile(r"\b(?:ago|earlier|later|before|after)\b", re.I)


def relation_of(before: str, kind: str | None, timex: str = "", after: str = "") -> str:
    """The TimeML-style relation of an event to an expression of type ``kind`` preceded by ``before``
    (the clause text right before it) and followed by ``after``: on, before, after, during, begins
    or ends. "three days later" dates the event on the day it counts to."""
    tail = before[-40:]
    if _LATER.match(after):
        return "on"
    if _RANGE_END.search(before[-60:]):
        return "ends"
    if _BEFORE.search(tail):
        return "before"
    if _AFTER.search(tail):
        return "after"
    if _BEGINS.search(tail):
        return "begins"
    if _ENDS.search(tail):
        return "ends"
    if kind in ("DURATION", "SET") and not _COUNTED.search(timex):
        return "during"
    if _DURING.search(tail):
        return "during"
    return "on"


def _words(text: str) -> list[tuple[int, int, str, str]]:
    """The words of ``text`` as (start, end, word, lowercase word)."""
    starts, ends, forms = _spans(text)
    return list(zip(starts, ends, forms, map(str.lower, forms)))


def _spans(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and forms of the words (``_WORD``) of ``text``, read by C alone: the gap
    before each word and the word, their lengths summed up (no match object per word)."""
    pairs = _GAPPED_WORD.findall(text)
    edges = list(accumulate(map(len, chain.from_iterable(pairs))))
    return edges[0::2], edges[1::2], list(map(itemgetter(1), pairs))


def _sentence_words(sentence: str, cache: dict) -> tuple[list, list[int], list[int], list[str]]:
    """The words of ``sentence``, their starts and ends, and their tags (:func:`_tag`), found once
    per sentence in ``cache``."""
    found = cache.get(sentence)
    if found is None:
        starts, ends, forms = _spans(sentence)
        facts = _forms(forms)
        words = list(zip(starts, ends, forms, map(itemgetter(0), facts)))
        found = cache[sentence] = (words, starts, ends, _tags_of(facts))
    return found


def span_words(sentence: str, x: int, y: int, cache: dict | None = None, keep: slice = slice(None)
               ) -> tuple[list[tuple[int, int, str, str]], list[str | None]]:
    """The words of ``sentence[x:y]`` as (start, end, word, lowercase word), offsets into
    ``sentence``, cut to ``keep``; and their tags as read in the whole sentence (None where not
    known: :func:`join_tags` turns them into the tags of the words alone).

    ``cache`` (a dict reused across calls) holds each sentence's words, found and tagged once: those
    of a span are a slice of them. ``_WORD`` looks at nothing outside a match and its words are
    maximal runs, so what it finds in the span is what it finds in the sentence, but for a word
    that runs across ``x`` or ``y`` ("2015." cut after "2015"): that piece alone is read again.
    """
    words, starts, ends, tags = _sentence_words(sentence, cache if cache is not None else {})
    i, j = bisect_left(starts, x), bisect_left(starts, y)
    cut_x, cut_y = i > 0 and ends[i - 1] > x, j > 0 and ends[j - 1] > y
    if cut_x and cut_y and i == j:  # one word runs across both ends
        found = [(x + s, x + e, w, lw) for s, e, w, lw in _words(sentence[x:y])]
        return found[keep], [None] * len(found[keep])
    if not (cut_x or cut_y):
        lo, hi, _ = keep.indices(j - i)
        return words[i + lo:i + hi], tags[i + lo:i + hi]
    head = [(x + s, x + e, w, lw) for s, e, w, lw in _words(sentence[x:ends[i - 1]])] if cut_x else []
    mid_end = j - 1 if cut_y else j
    tail = [(starts[j - 1] + s, starts[j - 1] + e, w, lw)
            for s, e, w, lw in _words(sentence[starts[j - 1]:y])] if cut_y else []
    found = head + words[i:mid_end] + tail
    guess = [None] * len(head) + list(tags[i:mid_end]) + [None] * len(tail)
    if head and i < mid_end:
        guess[len(head)] = None  # its word before is another here than in the sentence
    return found[keep], guess[keep]


def join_tags(pieces: list[tuple[list, list[str | None]]]) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """The words of ``pieces`` (from :func:`span_words`) one after another, and their :func:`_tag`.

    A word's tag depends on itself and the word before it alone (the tag before counts only as
    "aux", which is that word's tag exactly when it is an auxiliary), so the sentence's tags hold
    but for the first word of each piece and the words of unknown tag: those are tagged again."""
    words: list[tuple[int, int, str, str]] = []
    tags: list[str | None] = []
    for piece, guess in pieces:
        if not piece:
            continue
        at = len(words)
        words.extend(piece)
        tags.extend(guess)
        redo = [at] + [at + i for i, known in enumerate(guess) if known is None and i] if None in guess else [at]
        for k in redo:
            own = _form(words[k][2])
            tags[k] = own[3][_form(words[k - 1][2])[1]] if k else own[2]
    return words, tags


def _tag(words: list[tuple[int, int, str, str]]) -> list[str]:
    """"aux", "verb", "noun" (an event noun), "stop" (a word a verb chain may skip) or "" per word."""
    return _tags_of(_forms([w for _, _, w, _ in words]))


def _tags_of(facts: list[tuple[str, int, str, tuple[str, ...]]]) -> list[str]:
    """The tags of consecutive words from their :func:`_forms` facts: the first word's own, then
    each word's as read after the one before."""
    if not facts:
        return []
    after = map(tuple.__getitem__, map(itemgetter(3), facts[1:]), map(itemgetter(1), facts))
    return [facts[0][2], *after]


# What a word tells of the word after it (the bits _tags reads of the word before).
_VERB_CONTEXT, _DETERMINER, _POSSESSIVE = 1, 2, 4
_FORM_CACHE = 200_000  # word forms whose facts are kept (cleared when full: memory stays bounded)
_FORM_FACTS: dict[str, tuple[str, int, str, tuple[str, ...]]] = {}


def _forms(forms: list[str]) -> list[tuple[str, int, str, tuple[str, ...]]]:
    """Per word form: (lowercase, its :func:`_context` bits for the next word, its tag as a
    sentence's first word, its tag inside a sentence by the bits of the word before: see
    :func:`_tags`). A word's tag depends on itself and those bits alone, so each form is tagged
    once for every case."""
    facts = list(map(_FORM_FACTS.get, forms))
    if not all(facts):
        if len(_FORM_FACTS) > _FORM_CACHE:
            _FORM_FACTS.clear()
        for k, (w, known) in enumerate(zip(forms, facts)):
            if known is None:
                lw = w.lower()
                first, *inside = _tags(w, lw)
                facts[k] = _FORM_FACTS[w] = (lw, _context(lw, first), first, tuple(inside))
    return facts


def _form(w: str) -> tuple[str, int, str, tuple[str, ...]]:
    """The :func:`_forms` facts of one word form."""
    return _FORM_FACTS.get(w) or _forms([w])[0]


def _context(prev: str, prev_tag: str) -> int:
    """The bits of word ``prev`` (lowercase, "" before the first word) tagged ``prev_tag`` that
    :func:`_tags` reads."""
    # After a modal, "to" or an auxiliary a word is a verb ("will visit", "was arrested").
    verb_context = prev in _MODAL_LIKE or prev_tag == "aux" and prev not in ("'s", "’s")
    return (verb_context * _VERB_CONTEXT | (prev in _DETERMINERS) * _DETERMINER
            | prev.endswith(("'s", "’s")) * _POSSESSIVE)


# The cases a word is tagged in: first in its sentence (nothing before), then inside it after a
# word of each _context value.
_CASES = ((0, False), *((bits, True) for bits in range(8)))


def _tags(w: str, lw: str) -> list[str]:
    """The tag of word ``w`` (``lw`` lowercased) in each of :data:`_CASES`."""
    if not lw[0].isalpha():
        return [""] * len(_CASES)
    if lw in _AUX:
        return ["aux"] * len(_CASES)
    if lw in _NOT_HEADS or lw.endswith("ly") and len(lw) > 4:
        return ["stop"] * len(_CASES)
    noun, name = lw in EVENT_NOUNS, w[0].isupper()
    content = lw not in _FUNCTION and lw not in _DETERMINERS
    irregular = lw in _IRREGULAR
    past = lw.endswith("ed") and len(lw) > 4 and lw not in _NOT_VERBS_ED
    ing = lw.endswith("ing") and len(lw) > 5 and lw not in _NOT_ING
    return ["noun" if noun and (before & (_DETERMINER | _POSSESSIVE) or not before & _VERB_CONTEXT)
            else "" if inside and name  # a name inside the sentence
            else "verb" if before & _VERB_CONTEXT and content or irregular or past and not before & _DETERMINER
            else ("noun" if before & _DETERMINER else "verb") if ing
            else "" for before, inside in _CASES]


def _chains(words: list[tuple[int, int, str, str]], tags: list[str], cut: int) -> list[tuple[int, int, int]]:
    """Verb chains as (first word, last word, head word): auxiliaries, skippable words and verbs;
    none runs across word ``cut`` (where the expression stood)."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i] in ("aux", "verb"):
            j = i
            while j + 1 < len(tags) and j + 1 != cut and tags[j + 1] in ("aux", "verb", "stop"):
                j += 1
            while tags[j] == "stop":
                j -= 1
            verbs = [k for k in range(i, j + 1) if tags[k] == "verb"]
            # "began delving", "continued to fall": TimeML dates the aspectual verb.
            aspectual = [k for k in verbs if _ASPECTUAL.match(words[k][3])]
            out.append((i, j, aspectual[0] if aspectual else verbs[-1] if verbs else j))
            i = j + 1
        else:
            i += 1
    return out


def event_heads(sentence: str, a: int, b: int, start: int, end: int, kind: str | None = None,
                relation: str | None = None, memo: dict | None = None) -> list[tuple[int, int, str]]:
    """The events the expression at ``start:end`` of ``sentence`` anchors within the clause ``a:b``,
    as (head start, head end, relation) with offsets into ``sentence``; empty when none is found.
    ``relation``: its :func:`relation_of` when already known; ``memo``: a dict reused across calls
    (the words of each sentence, :func:`span_words`)."""
    before = span_words(sentence, a, start, memo)
    after = span_words(sentence, end, b, memo)
    after_words = after[0]
    if relation is None:
        relation = relation_of(sentence[a:start], kind, sentence[start:end], sentence[end:end + 8])
    # 1. "Friday's attack", "the Oct. 23 slaying", "last year's presidential vote".
    for k, (s, e, w, lw) in enumerate(after_words[:3]):
        if k == 0 and lw == "s":
            continue
        if lw in EVENT_NOUNS:
            return [(s, e, "on")]
        if not (w.islower() and lw.isalpha() and lw not in _FUNCTION):
            break
    words, tags = join_tags([before, after])
    n_before = len(before[0])
    # 2. "the summit on Thursday", "talks next week".
    k = n_before - 1
    while k >= 0 and words[k][3] in ("the", "on", "in", "at", "during", "for", "by", "since", "until", "from",
                                     "after", "before", "over", "throughout", "within", "following", "of"):
        k -= 1
    if k >= 0 and tags[k] == "noun" and n_before - 1 - k <= 2:
        s, e = words[k][:2]
        return [(s, e, relation)]
    # "the quarter ended Sept. 30": the participle belongs to the date, not to an event.
    if n_before >= 2 and words[n_before - 1][3] in ("ended", "ending") and words[n_before - 2][3] in _PERIODS:
        tags[n_before - 1] = "stop"
    chains = _chains(words, tags, n_before)
    left = [c for c in chains if c[1] < n_before]
    right = [c for c in chains if c[0] >= n_before]
    chosen = left[-1] if left else (right[0] if right else None)
    # "said its loss for the third quarter narrowed": the date sits in the reported clause's subject,
    # whose verb comes after it.
    if left and right and words[chosen[2]][3] in _REPORTING and n_before - 1 - chosen[1] >= 2:
        chosen = right[0]
    if chosen is None:
        return []
    picked = [chosen]
    # 4. Coordinated verbs: "was arrested and charged on Monday", "resigned and left on Friday".
    pool = left if chosen in left else right
    at = pool.index(chosen)
    for step in (-1, 1):
        k = at
        while 0 <= k + step < len(pool):
            c, nxt = pool[k], pool[k + step]
            lo, hi = (nxt, c) if step == -1 else (c, nxt)
            # "and" right before the later verb, after at most a short object: "killed three soldiers
            # and seriously wounded six others".
            between = [words[i][3] for i in range(lo[1] + 1, hi[0]) if tags[i] != "stop"]
            if not between or between[-1] not in ("and", "or", "but") or len(between) > _MAX_OBJECT \
                    or tags[nxt[2]] != "verb" or any(w in ("that", "which", "who") for w in between):
                break
            picked.append(nxt)
            k += step
    return [(words[h][0], words[h][1], relation) for _, _, h in sorted(picked)]


def head_key(head: str | None) -> str:
    """A crude stem of a head word, so reports of one event compare: "opened", "opens", "opening"
    → "open"; irregular forms stay as they are."""
    if not head:
        return ""
    w = head.lower()
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]  # "planned" → "plann" → "plan"
    return w
