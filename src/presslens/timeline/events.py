"""The events temporal expressions anchor, and one timeline of them across articles.

Each expression anchors one or more events, TimeML-style: a head word (verb or event noun) with
its offsets and a relation (on/before/after/during/begins/ends), found by :mod:`.heads`. Beside
it, a readable label for display. No parser: the label is the clause around the expression, cut at clause punctuation and
subordinators ("where", "who", "though"…), with the expression and its preposition removed and
trimmed to a few words either side. A clause opening with "who"/"which", a pronoun or a verb
gets a subject: the names just before a relative clause ("Lutnick and Akazawa, who negotiated
…"), the nearest person before a pronoun, or the names opening the sentence. Participants are
the canonical entities of :func:`presslens.entities.find_mentions` inside that clause (else the
sentence).

Example::

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Mayor Ilse Varro opened the bridge on Monday."],
    ...                      "published": [pd.Timestamp("2031-03-19")]})
    >>> ev = extract_events(arts, extract_timexes(arts))                 # doctest: +SKIP
    >>> ev[["value", "event"]].values.tolist()                           # doctest: +SKIP
    [['2031-03-17', 'Ilse Varro opened the bridge']]
"""

from __future__ import annotations

import ast
import gc
import json
import re
import warnings
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import combinations
from operator import itemgetter
from typing import Any

import numpy as np
import pandas as pd

from presslens.dtypes import shared_values
from presslens.quotes.sources import dateline_at
from presslens.text import check_articles, check_table, readable, split_sentences
from presslens.timeline.anchors import anchor_many
from presslens.timeline.heads import (GENERIC_HEADS, across_clause, across_dash, across_quotation, clause_heads,
                                     counted_from, event_heads, head_key, implicative_verb, infinitive_of_gathering,
                                     modified_noun, modifies_noun, object_of_light_verb, occasion_of, relation_at,
                                     relative_clause, reporting_before, saying_after_occasion, saying_at_occasion,
                                     span_words, verb_after_adverb, verb_after_fronted_event,
                                     verb_coordinated_past_date, verb_past_aside)
from presslens.timeline.lexicon import EVENT_NOUNS, MERGE_STOPWORDS, SPEECH_HEADS
from presslens.timeline.rules import LINE_OPENING, WINDOW
from presslens.timeline.tense import has_tense_cue

__all__ = ["EVENT_COLUMNS", "TIMELINE_COLUMNS", "anchored_heads", "build_timeline", "event_contexts", "extract_events",
           "filter_timeline", "timeline_reports"]

EVENT_COLUMNS = ["doc_id", "sent_id", "start", "end", "timex", "type", "value", "mod", "date_start", "date_end",
                 "relation", "event", "head", "head_start", "head_end", "tense", "participants", "sentence", "outlet",
                 "published"]
TIMELINE_COLUMNS = ["date_start", "date_end", "value", "relation", "event", "head", "tense", "participants",
                    "doc_ids", "outlets", "n_articles", "n_reports", "sentences", "starts", "ends"]

MAX_WORDS_BEFORE = 14
MAX_WIDENING = 3  # segments a verbless clause may take in from its neighbours
MAX_WORDS_AFTER = 9
# A participant named in this share of a corpus's articles (and in at least this many) is too common
# to tell two events of one date apart by itself (build_timeline).
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 20
# A report with at most this many participants is indexed by each pair of them (build_timeline).
MAX_PAIRED = 8

# Clause edges for an event: punctuation, and a comma before a subordinator or participle
# (_EDGE_MARK); a dash between spaces, and the space before "where" (_EDGE_SPACE). The marks open
# on one class of characters, so re skips the others in C (a pattern of branches that open on a
# class tries them all at every position); the spaces, a fifth of the text, are tested only in a
# window holding a dash or a "where". Neither can match inside the other's match: the edges are
# the two scans' together (tests/test_timeline.py checks them against the one pattern).
_EDGE_MARK = re.compile(r"[;:()\[\]\"“”—–,](?:(?<=,)(?:(?=\s+(?:where|while|though|although|which|who|whom|"
                        r"whose|but|because|when|as|after|before|following|amid|with|and|or|saying|says|said|"
                        r"according)\b)|(?=\s+[a-z])|\s*$|(?<=\w,)(?=\s+[A-Z]))|(?<!,))")
_EDGE_SPACE = re.compile(r"\s(?:-\s|(?=where\s))")
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|"
                   r"did|does|do|[a-z]{3,}ing)\b")
_LEAD = re.compile(r"^(?:(?:and|but|or|so|then|also|on|in|at|during|since|by|until|from|following|after|before|"
                   r"amid|with|for|of|that|when|while|as|though|although|because|where|already|most|importantly|"
                   r"just|still|even|only|later|earlier|instead|[a-z]+ly)\b[\s,]*)+", re.I)
_TAIL_WORDS = ("on in at during since by until from for of this that the and but or as early late mid around about "
               "over through before after between to s ’s 's").split()
# The run of _TAIL_WORDS (each after spaces or commas) a text ends on, read from its end: a match
# at the start of the reversed text. No tail word ends another but after a letter ("s" in "this"),
# so each step back takes the one word that fits, and the match is the whole run.
_TAIL_REVERSED = re.compile(r"\s*(?:(?:" + "|".join(w[::-1] for w in _TAIL_WORDS) + r")[\s,]+)+", re.I)
# "… on Friday and the announcement of …": a conjunction opening a new noun phrase or clause ends the event.
_NEXT_ITEM = re.compile(r"\s+(?:and|but|or)\s+(?=(?:the|a|an|his|her|their|its|is|are|was|were|has|have|had|will|"
                        r"would|[a-z]+ed|[a-z]+s)\b)")
_RELATIVE = re.compile(r"^(?:who|which|that|whose)\b\s*", re.I)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we)\b", re.I)
_AUX_START = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does)\b",
                        re.I)
_WORD = re.compile(r"\S+")
_COMMA = re.compile(r"[,;]")
_OPENING_S = re.compile(r"^(?:['’]s\b)?\s*")  # the "'s" a possessive expression leaves ("Friday's vote")


def _clip(label: str, limit: int = 100) -> str:
    return label if len(label) <= limit else label[:limit].rsplit(" ", 1)[0] + " …"


def _has_verb(text: str) -> bool:
    return bool(_VERB.search(text)) or has_tense_cue(text)


def _segments(sentence: str) -> list[tuple[int, int]]:
    edges = [m.start() for m in _EDGE_MARK.finditer(sentence)]
    if "-" in sentence or "where" in sentence:
        edges = sorted(edges + [m.start() for m in _EDGE_SPACE.finditer(sentence)])
    cuts = [0, *edges, len(sentence)]
    segs = []
    for a, b in zip(cuts, cuts[1:]):
        a += 1 if a and sentence[a:a + 1] in ",;:()[]\"“”—–" else 0
        segs.append((a, b))
    return segs


def _clause(sentence: str, start: int, end: int, segs: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause span in ``sentence`` around the expression at ``start:end``, widened leftwards
    (then rightwards) over at most ``MAX_WIDENING`` segments while it has no verb; ``segs``: the
    sentence's :func:`_segments`, when already known."""
    segs = segs if segs is not None else _segments(sentence)
    i = max(0, bisect_right(segs, start, key=itemgetter(0)) - 1)  # (no list of the starts per expression)
    j = i
    a, b = segs[i][0], max(segs[i][1], end)

    def bare(x: int, y: int) -> str:
        return sentence[x:min(start, y)] + " " + sentence[max(end, x):y]

    # "…, and yesterday, signed the treaty": an expression opening its segment belongs to what follows.
    # (The cheap tests first: the verb search is the costly one; a search stops at the first word.)
    rightwards = _WORD.search(_LEAD.sub("", sentence[a:start].strip(" ,"))) is None and not _has_verb(sentence[a:start])
    steps = 0
    while steps < MAX_WIDENING and (i > 0 or j < len(segs) - 1) and not _has_verb(bare(a, b)):
        steps += 1
        if rightwards and j < len(segs) - 1:
            j += 1
            b = segs[j][1]
        elif i > 0:
            i -= 1
            a = segs[i][0]
        else:
            j += 1
            b = segs[j][1]
    return a, b


def _without_tail(words: list[str]) -> str:
    """``words`` (with no space in them) joined, less the prepositions, articles… they end on (_TAIL_WORDS)."""
    joined = " ".join(words)
    # An end-anchored pattern searched from each position cost more than the rest of the label
    # (tests/test_timeline.py checks the reversed match against it).
    tail = _TAIL_REVERSED.match(joined[::-1])
    return joined[:len(joined) - tail.end()] if tail else joined


def _words_around(sentence: str, a: int, b: int, start: int, end: int,
                  others: list[tuple[int, int]] = ()) -> tuple[str, bool]:
    """The label of the expression at ``start:end`` of ``sentence`` (the words of its clause ``a:b``
    around it), and whether its words before were cut after another expression. ``others``: the
    spans of the other expressions before it in the clause; where the ``MAX_WORDS_BEFORE`` words
    before are cut inside one or open with it ("… said on Wednesday that she welcomed a review of a
    contract awarded in January"), the label starts after it, not with "Wednesday that" (a clause
    that opens with an expression keeps it: "Tuesday marks four weeks")."""
    words = list(_WORD.finditer(sentence, a, start))
    kept = words[-MAX_WORDS_BEFORE:]
    cut = False
    if len(words) > MAX_WORDS_BEFORE and others:
        first = kept[0].start()
        lead = _LEAD.match(sentence[first:start])
        opening = first + (lead.end() if lead else 0)
        after_other = max((e for s, e in others if s <= opening and e > first), default=None)
        if after_other is not None:
            kept, cut = [w for w in kept if w.start() >= after_other], True
    before = [w.group(0) for w in kept]
    pieces = [p for p in _COMMA.split(sentence[end:b]) if p.strip()]
    while len(pieces) > 1 and not _has_verb(pieces[0]) and any(_has_verb(p) for p in pieces[1:]):
        pieces = pieces[1:]  # "yesterday, most importantly, signed …": skip the aside
    after_text = _NEXT_ITEM.split(pieces[0], maxsplit=1)[0] if pieces else ""
    after = _WORD.findall(after_text)[:MAX_WORDS_AFTER]
    if sentence[end:end + 2] in ("’s", "'s"):
        after = after[1:] if after and after[0] in ("’s", "'s") else after
    left = _without_tail(before)
    right = _OPENING_S.sub("", " ".join(after))
    text = f"{left} {right}".strip(" ,.;:")
    return _LEAD.sub("", text).strip(" ,.;:\"“”"), cut


def _subject(text: str, sent_start: int, label_start: int, label: str,
             doc_mentions: list[tuple[int, int, str, str]], starts: list[int]) -> tuple[str | None, list[str]]:
    """A subject for a label that opens with a relative pronoun, a pronoun or a verb."""
    if _PRONOUN.match(label):
        k = bisect_left(starts, label_start)
        for s, _, e, kind in reversed(doc_mentions[:k]):
            if kind == "PERSON":
                return e, [e]
        return None, []
    relative = _RELATIVE.match(label) is not None
    if not relative and not (label[:1].islower() and (_AUX_START.match(label) or _has_verb(label.split(" ", 1)[0]))):
        return None, []  # (most labels: the names before them are not looked at)
    lead = text[sent_start:label_start]
    # The mentions between the sentence start and the label (found by bisection: one article may hold thousands).
    near = doc_mentions[bisect_left(starts, sent_start):bisect_left(starts, label_start)]
    if relative:
        # The names right before ", who": everything in the segment before the comma.
        seg_start = lead.rstrip()[:-1].rfind(",") + 1 if lead.rstrip().endswith(",") else 0
        names = [e for s, _, e, _ in near if sent_start + seg_start <= s]
        return (" and ".join(dict.fromkeys(names)) or None), list(dict.fromkeys(names))
    # The names opening the sentence ("Lutnick and Akazawa, who …, are scheduled"), else the nearest one.
    comma = lead.find(",")
    opening = [e for s, _, e, kind in near
               if sent_start <= s < sent_start + (comma if comma >= 0 else 0) and kind in ("PERSON", "ORG")]
    before = [e for s, _, e, kind in near if kind in ("PERSON", "ORG")]
    names = list(dict.fromkeys(opening))[:2] or list(dict.fromkeys(reversed(before)))[:1]
    return (" and ".join(names) or None), names


def _tense(row_start: Any, row_end: Any, anchor: Any) -> str | None:
    if pd.isna(anchor) or pd.isna(row_start):
        return None
    if row_end < anchor:
        return "past"
    if row_start > anchor:
        return "future"
    return "present"


def _tenses(timexes: pd.DataFrame) -> list[str | None]:
    """:func:`_tense` of every row of ``timexes`` at once."""
    start, end, anchor = (pd.to_datetime(timexes[c]) for c in ("date_start", "date_end", "anchor"))
    known = (start.notna() & anchor.notna()).to_numpy()
    kind = np.where((end < anchor).to_numpy(), "past", np.where((start > anchor).to_numpy(), "future", "present"))
    return np.where(known, kind, None).tolist()


def event_contexts(articles: pd.DataFrame, timexes: pd.DataFrame, sentences: pd.DataFrame,
                   texts: dict[Any, str] | None = None) -> Any:
    """Per expression of ``timexes``: (row, article text, offset of its sentence window, the
    window, clause start, clause end), the window being the expression's sentence cut to ``WINDOW``
    characters either side and the clause :func:`_clause`'s span in it. ``texts``: the articles' texts by
    ``doc_id`` ("" for none), as :func:`_article_texts` gives them, if already read."""
    sent_spans = {(d, i): (a, b) for d, i, a, b in zip(*(sentences[c].tolist() for c in ("doc_id", "sent_id",
                                                                                         "start", "end")))}
    texts = _article_texts(articles) if texts is None else texts
    # The rows as itertuples gives them, read column by column (boxing each date one by one is slower).
    row = namedtuple("Pandas", timexes.columns, rename=True)
    segments: dict[str, list[tuple[int, int]]] = {}  # per window: expressions of one sentence share it
    for t in map(row._make, zip(*(timexes[c].tolist() for c in timexes.columns))):
        text = texts.get(t.doc_id, "")
        sa, sb = sent_spans.get((t.doc_id, t.sent_id), (0, len(text)))
        if not (sa <= t.start and t.end <= sb):
            sa, sb = 0, len(text)
        sa, sb = max(sa, t.start - WINDOW), min(sb, t.end + WINDOW)
        sentence = text[sa:sb]
        segs = segments.get(sentence)
        if segs is None:
            segs = segments[sentence] = _segments(sentence)
        a, b = _clause(sentence, t.start - sa, t.end - sa, segs)
        yield t, text, sa, sentence, a, b


def _article_texts(articles: pd.DataFrame) -> dict[Any, str]:
    """The texts of ``articles`` by ``doc_id``, "" for a missing one (each text of an Arrow column made a
    Python string once: reading the column makes them anew)."""
    return {d: (readable(t) if isinstance(t, str) else "")
            for d, t in zip(articles["doc_id"].tolist(), articles["text"].tolist())}


def _relations(contexts: list[tuple]) -> list[str]:
    """The :func:`~presslens.timeline.heads.relation_at` of each expression of ``contexts``
    (:func:`event_contexts`): that of its events to it, read off its clause."""
    return [relation_at(sentence, a, t.start - sa, t.end - sa, t.type) for t, _, sa, sentence, a, b in contexts]


def anchored_heads(contexts: list[tuple], method: str = "learned", tenses: list[str | None] | None = None,
                   relations: list[str] | None = None) -> list[list[tuple[int, int, str]]]:
    """The heads each expression of ``contexts`` (:func:`event_contexts`) anchors, as (start, end,
    relation) with offsets into its window: the rules of
    :func:`~presslens.timeline.heads.event_heads` (``method="rules"``) or the learned layer of
    :mod:`.anchors` over them (``"learned"``, the default); either way with the event noun the
    expression modifies past a name (:func:`~presslens.timeline.heads.modified_noun`), the one a
    duration is counted from (:func:`~presslens.timeline.heads.counted_from`), the verb of a clause
    set at the date (:func:`~presslens.timeline.heads.clause_at_time`) and its second verb
    (:func:`~presslens.timeline.heads.coordinated_in_clause`), the infinitive after a gathering's date
    (:func:`~presslens.timeline.heads.infinitive_of_gathering`), the implicative verb whose to-infinitive the
    expression dates (:func:`~presslens.timeline.heads.implicative_verb`: "declined to comment Saturday"), the event
    noun a light verb's object names beside
    the verb (:func:`~presslens.timeline.heads.object_of_light_verb`: "held a news conference"), the reporting verb
    whose occasion the date sets (:func:`~presslens.timeline.heads.saying_at_occasion`,
    :func:`~presslens.timeline.heads.saying_after_occasion`), the main clause's verb after a phrase opening the
    sentence that names the event the date is set at (:func:`~presslens.timeline.heads.verb_after_fronted_event`:
    "During the 2030 election, she ran") or after a date opening the sentence and an aside
    (:func:`~presslens.timeline.heads.verb_past_aside`: "On Friday, when the envoy set aside her holiday, the
    ministry lifted") and that clause's second verb (:func:`~presslens.timeline.heads.verb_coordinated_past_date`:
    "On Friday, the minister resigned and left"), and the verb an adverb of time
    stands before (:func:`~presslens.timeline.heads.verb_after_adverb`); and first without the heads
    the expression cannot date: those before a hyphenated adjective it is, or a date between a determiner
    or a name's possessive and a noun (:func:`~presslens.timeline.heads.modifies_noun`), those after it when it
    dates a reporting verb (:func:`~presslens.timeline.heads.reporting_before`), those outside a relative clause
    holding it (:func:`~presslens.timeline.heads.relative_clause`); and last those across a quotation mark from it
    (:func:`~presslens.timeline.heads.across_quotation`) or across a dash that sets off an aside
    (:func:`~presslens.timeline.heads.across_dash`), and a head two expressions of a sentence give
    keeps only those on its side of a clause's opening (:func:`_one_side_of_clause`). ``tenses``: the
    :func:`_tense` of each expression, ``relations`` its :func:`_relations`, when already known."""
    if method not in ("learned", "rules"):
        raise ValueError(f"method must be 'learned' or 'rules', not {method!r}")
    relations = relations if relations is not None else _relations(contexts)
    # Each sentence's words and each word's tag are found once for the rules and the learned layer, and
    # the words of each expression's clause before and after it once for the rules and the nouns past a name.
    memo: dict[str, dict] = {"words": {}}
    words = memo["words"]
    around = [(span_words(sentence, a, t.start - sa, words), span_words(sentence, t.end - sa, b, words))
              for t, _, sa, sentence, a, b in contexts]
    ruled = [event_heads(sentence, a, b, t.start - sa, t.end - sa, t.type, rel, around=pair)
             for (t, _, sa, sentence, a, b), rel, pair in zip(contexts, relations, around)]
    if method == "learned":
        if tenses is None:
            tenses = [_tense(t.date_start, t.date_end, t.anchor) for t, *_ in contexts]
        found = anchor_many([(sentence, t.start - sa, t.end - sa, t.type, {s for s, _, _ in r}, (a, b), rel, tense)
                             for (t, _, sa, sentence, a, b), r, rel, tense in zip(contexts, ruled, relations, tenses)],
                            memo=memo)
        heads = [[(s, e, _modified(rel, t.type, r, sentence, t.end - sa, s)) for s, e, _ in found_heads
                  if not _a_name(sentence, s, e)]
                 for found_heads, rel, r, (t, _, sa, sentence, _, _) in zip(found, relations, ruled, contexts)]
    else:
        heads = ruled
    # An event noun a date modifies past a name ("Tuesday's New Hampshire primary", "the 2016 Democratic
    # nomination") is an event of that date, beside the heads found: the rules' noun phrases and the
    # layer's stop at a capitalised word. So is the event noun a duration is counted from ("ten days
    # before the shooting"), beside the event the duration dates, and the verb of a clause the date
    # sets ("from 1968, when the Soviets invaded"), past the comma that ends the date's clause, with
    # the relation on ("until early 2031, when each will adopt": adopt does not end then), and its
    # second verb ("in 2006 when Disney bought Pixar and named him"), and what is done at a gathering a
    # head names before the date ("a rally Saturday to protest": protest), and the event noun a light verb's object
    # names ("On Friday, the mayor held an impromptu press briefing": held and briefing, as TimeML links both), and
    # the verb that declines, fails or tries to do what the date dates ("declined to comment Saturday": declined), and
    # the second verb of the main clause after a date opening the sentence ("But on April 8, investigators searched
    # the quarry and unearthed a rifle": unearthed, which the learned layer leaves for the nearer verb); so
    # is the verb an adverb of time stands before ("who now thinks"), which the layer may leave for a verb of
    # the clause before ("says Mr. DaPuzzo, who now thinks": says).
    for found_heads, rel, (t, _, sa, sentence, _, _), (before, after) in zip(heads, relations, contexts, around):
        end = t.end - sa
        if modifies_noun(sentence, t.start - sa, end, words, t.type):
            # "posted a gain in third-quarter net income", "remembers the 1956 uprising": the expression dates
            # its noun, not what governs it
            found_heads[:] = [h for h in found_heads if h[0] >= t.start - sa]
        relative = relative_clause(sentence, t.start - sa, end)
        if relative is not None:
            # "said Mr. Gunnels, who now works on the campaign": the relative clause's events, not said
            found_heads[:] = [h for h in found_heads if relative[0] <= h[0] < relative[1]]
        saying = reporting_before(sentence, t.start - sa, end, words)
        if saying is not None and any(h[0] == saying[0] for h in found_heads):
            # "said Tuesday that any president would have to keep": the saying's date, not the reported events'
            found_heads[:] = [h for h in found_heads if h[0] < end]
        noun = modified_noun(sentence, before[0], *after, past_name=True)
        occasion = occasion_of(sentence, t.start - sa, end, t.type, words)
        added = [counted_from(sentence, t.start - sa, end, *after, t.type), occasion,
                 verb_after_adverb(sentence, t.start - sa, end, words),
                 saying_after_occasion(sentence, t.start - sa, end, words),
                 verb_after_fronted_event(sentence, t.start - sa, end, t.type, words),
                 verb_past_aside(sentence, t.start - sa, end, t.type, rel, words),
                 verb_coordinated_past_date(sentence, t.start - sa, end, t.type, rel, words)]
        for clause in clause_heads(sentence, end, t.type, words):
            # on the date, whatever the date's preposition says of the clause before it
            found_heads[:] = [h for h in found_heads if h[0] != clause[0]]
            added.append(clause)
        if noun is not None:
            added.append((*noun, _modified(rel, t.type, [(*noun, "on")], sentence, end, noun[0])))
        added += [infinitive_of_gathering(sentence, (s, e), t.start - sa, end, words) for s, e, _ in found_heads]
        added += [object_of_light_verb(sentence, head, t.start - sa, end, words) for head in found_heads]
        added += [implicative_verb(sentence, head, t.start - sa, end, words) for head in found_heads]
        occasions = [(s, e) for s, e, _ in found_heads] + ([occasion[:2]] if occasion is not None else [])
        added += [saying_at_occasion(sentence, head, t.start - sa, end, words) for head in occasions]
        for head in added:
            if head is not None and all(s != head[0] for s, _, _ in found_heads):
                found_heads.append(head)
                found_heads.sort()
        # "''... again today,'' Mrs. Abedini wrote": a date inside a quotation dates no verb outside it, nor one
        # outside it a verb inside; nor does one inside an aside a dash sets off ("suggesting four other nights - one
        # of them on a weekend": not suggesting)
        found_heads[:] = [h for h in found_heads if not across_quotation(sentence, h[0], t.start - sa, end)
                          and not across_dash(sentence, h[0], t.start - sa, end)]
    _one_side_of_clause(contexts, heads, words)
    return heads


def _one_side_of_clause(contexts: list[tuple], heads: list[list[tuple[int, int, str]]], cache: dict) -> None:
    """Drop, from ``heads`` (one list per expression of ``contexts``, :func:`event_contexts`), a head that
    several expressions of one sentence give from those across a clause's opening from it
    (:func:`~presslens.timeline.heads.across_clause`), when one at least stands on its side: each date
    of the sentence dates its own clause's event ("took office in January 2009 and peaked at 10 percent
    in October": took is not October's, peaked not January's; "said on Saturday that there were one
    million tweets in 10 hours": said is not the 10 hours'). A head given by one expression keeps it:
    which event a date dates is then the other rules' matter. ``cache``: the sentences' words (:func:`span_words`)."""
    claims: dict[tuple, list[int]] = {}  # (article, sentence, head's offset in the article): the expressions giving it
    for k, ((t, _, sa, *_), found) in enumerate(zip(contexts, heads)):
        for s, _, _ in found:
            claims.setdefault((t.doc_id, t.sent_id, sa + s), []).append(k)
    spans: dict[tuple, list[tuple[int, int]]] = {}  # each sentence's expressions, offsets in the article
    for t, *_ in contexts:
        spans.setdefault((t.doc_id, t.sent_id), []).append((t.start, t.end))
    for (doc, sent, at), given in claims.items():
        if len(given) < 2:
            continue
        across = []
        for k in given:
            t, _, sa, sentence, *_ = contexts[k]
            others = [(a - sa, b - sa) for a, b in spans[doc, sent] if (a, b) != (t.start, t.end)]
            if across_clause(sentence, at - sa, t.start - sa, t.end - sa, cache, others):
                across.append(k)
        if len(across) < len(given):
            for k in across:
                heads[k][:] = [h for h in heads[k] if contexts[k][2] + h[0] != at]


def _a_name(sentence: str, s: int, e: int) -> bool:
    """Whether ``sentence[s:e]`` is a capitalised word where no sentence, line or quotation opens, and
    no listed event noun: a name ("Now, Erdogan has swapped", "the 1988 Rose Bowl"), no event."""
    return (sentence[s:s + 1].isupper() and sentence[s:e].lower() not in EVENT_NOUNS
            and not LINE_OPENING.search(sentence, max(0, s - 4), s))


_POINTS = ("before", "after", "begins", "ends")  # relations a preposition gives, to a point in time


def _modified(relation: str, kind: str | None, ruled: list[tuple[int, int, str]], sentence: str, end: int,
              head: int) -> str:
    """The relation of the head at ``head`` to the expression of type ``kind`` ending at ``end``: the
    rules' for a noun they found a date modifies (``ruled``, :func:`~presslens.timeline.heads.event_heads`),
    which is on that date whatever preposition stands before ("ahead of Sunday's vote": the vote is on
    Sunday, what happened is ahead of it), else the expression's ``relation``. Not a duration's noun,
    which lasts it ("after a 45-minute meeting")."""
    if relation not in _POINTS or kind in ("DURATION", "SET") or head < end or _CLAUSE_EDGE.search(sentence, end, head):
        return relation
    return next((r for s, _, r in ruled if s == head), relation)


def extract_events(articles: pd.DataFrame, timexes: pd.DataFrame | None = None,
                   sentences: pd.DataFrame | None = None,
                   mentions: pd.DataFrame | None = None, method: str = "learned") -> pd.DataFrame:
    """The events each expression in ``timexes`` (from :func:`extract_timexes`) anchors: one row per
    (expression, event head), durations and sets included; an expression with no head found keeps
    one row without a head. The date of a dateline opening a line ("OSTRIN, March 3, 2031 —") is the
    filing date and anchors no event.

    ``timexes`` (:func:`extract_timexes`, anchored on each article's ``published``),
    ``sentences`` (:func:`presslens.text.split_sentences`) and ``mentions``
    (:func:`presslens.entities.find_mentions`) are computed when omitted. ``method``: how heads are
    chosen, ``"learned"`` (:mod:`.anchors`, the default) or ``"rules"`` (:mod:`.heads` alone).
    Returns columns ``EVENT_COLUMNS``: doc_id, sent_id, start/end and text (``timex``) of the
    expression, its type, value, mod, date_start/date_end, relation (of the event to the
    expression: on, before, after, during, begins, ends), event (a short readable label, e.g.
    "Donald Trump departed for Tokyo"), head, head_start/head_end (the head word and its offsets
    into the article), tense (past / present / future against the anchor the expression was
    resolved with), participants (canonical entity names), sentence (for reading: the expression's sentence, cut to
    ``WINDOW`` characters either side of it, its white space as one space; the offsets to check a row in its article
    are start/end and head_start/head_end), outlet, published.
    """
    check_articles(articles, "extract_events")
    if timexes is None:
        from presslens.timeline.timexes import extract_timexes

        sentences = split_sentences(articles) if sentences is None else sentences
        timexes = extract_timexes(articles, sentences)
    else:
        check_table(timexes, "extract_events", "timexes", ["value", *_DATES],
                    "the expressions come second, extract_events(articles, timexes, sentences), with timexes = "
                    "extract_timexes(articles, sentences), or leave them out to have them found")
    with _collector_paused():
        return _extract_events(articles, timexes, sentences, mentions, method)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused (and resumed after, if it ran before). The stage makes
    hundreds of thousands of small tuples and lists, none of them in a cycle (reference counting
    frees them), and every few of them started a pass of the collector over the whole heap, the
    corpus and the tables made before included: on PolNeAR train those passes took about a sixth
    of the stage's time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _extract_events(articles: pd.DataFrame, timexes: pd.DataFrame, sentences: pd.DataFrame | None,
                    mentions: pd.DataFrame | None, method: str) -> pd.DataFrame:
    dated = timexes
    if dated.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    # (A set of a column's list: one of the column itself reads it value by value, ten times slower.)
    docs = articles[articles["doc_id"].isin(set(dated["doc_id"].tolist()))]
    texts = _article_texts(docs)  # read once: event_contexts reads them from it too
    filed = [_in_dateline(texts.get(d), s, e)
             for d, s, e in zip(*(dated[c].tolist() for c in ("doc_id", "start", "end")))]
    if any(filed):  # "OSTRIN, March 3, 2031 — The council voted on Tuesday": the filing date, no event's
        dated = dated[[not f for f in filed]].reset_index(drop=True)
        if dated.empty:
            return pd.DataFrame(columns=EVENT_COLUMNS)
        docs = docs[docs["doc_id"].isin(set(dated["doc_id"].tolist()))]
    if sentences is None:
        sentences = split_sentences(docs)
    if mentions is None:
        from presslens.entities import find_mentions
        mentions = find_mentions(docs, sentences[sentences["doc_id"].isin(set(docs["doc_id"].tolist()))])
    listed: dict[Any, list[tuple[int, int, str, str]]] = {}
    # One string per distinct entity (dtypes.shared_values): the events' participants lists hold them.
    for d, s, e, ent, kind in zip(*(shared_values(mentions[c].tolist()) if c == "entity" else mentions[c].tolist()
                                    for c in ("doc_id", "start", "end", "entity", "kind"))):
        listed.setdefault(d, []).append((int(s), int(e), ent, kind))
    by_doc = {d: (sorted(lst), sorted(m[0] for m in lst)) for d, lst in listed.items()}  # mentions, their starts
    doc_ids = docs["doc_id"].tolist()
    outlets = dict(zip(doc_ids, docs["outlet"].tolist() if "outlet" in docs else [None] * len(docs)))
    article_at = {d: i for i, d in enumerate(doc_ids)}
    rows = []
    # The dates are no row's (a Timestamp made for each and read back by the table cost about a
    # twentieth of the stage): each row's expression and article are noted and the columns taken
    # at once (_dates_at).
    expression_of: list[int] = []
    article_of: list[int | None] = []
    shown: dict[str, str] = {}  # each window with its spaces collapsed, once
    contexts = list(event_contexts(docs, dated.drop(columns=list(_DATES)), sentences, texts))
    spans_of: dict[Any, list[tuple[int, int]]] = {}  # each article's expressions, sorted
    for d, s, e in zip(*(dated[c].tolist() for c in ("doc_id", "start", "end"))):
        spans_of.setdefault(d, []).append((int(s), int(e)))
    for spans in spans_of.values():
        spans.sort()
    tenses, relations = _tenses(dated), _relations(contexts)
    for k, ((t, text, sa, sentence, a, b), heads, tense, relation) in enumerate(zip(
            contexts, anchored_heads(contexts, method, tenses, relations), tenses, relations)):
        outlet = outlets.get(t.doc_id)
        sb = sa + len(sentence)
        spans = spans_of.get(t.doc_id, ())
        others = [(s - sa, e - sa) for s, e in spans[bisect_left(spans, (sa + a, -1)):bisect_left(spans, (t.start, -1))]
                  if e <= t.start]  # the expressions before this one in its clause
        label, cut = _words_around(sentence, a, b, t.start - sa, t.end - sa, others)
        doc_mentions, starts = by_doc.get(t.doc_id, ([], []))
        first = _WORD.match(label)
        label_at = sentence.find(first.group(0), a) if first else a
        # A label cut after another expression is the middle of a long sentence: the subject the
        # words before it point to ("he" of "… said on Friday he had no plans") is mostly another's.
        subject, subj_names = (None, []) if cut else _subject(text, sa, sa + max(a, label_at), label, doc_mentions,
                                                              starts)
        if subject:
            label = _RELATIVE.sub("", _PRONOUN.sub("", label)).strip()
            label = f"{subject} {label}".strip()
        inside = [m[2] for m in doc_mentions[bisect_left(starts, sa + a):bisect_left(starts, sa + b)]]
        if not inside and not subj_names:
            inside = [m[2] for m in doc_mentions[bisect_left(starts, sa):bisect_left(starts, sb)]]
        participants = list(dict.fromkeys(subj_names + inside))
        flat = shown.get(sentence)
        if flat is None:
            flat = shown[sentence] = " ".join(sentence.split())
        # A row is a tuple in EVENT_COLUMNS order: the expression, then the event, then the context.
        timex = (t.doc_id, t.sent_id, t.start, t.end, t.text, t.type, t.value, t.mod, None, None)
        event = _clip(label or flat)
        for hs, he, relation in heads or [(None, None, relation)]:  # no head: the expression's own relation
            rows.append((*timex, relation, event, *((sentence[hs:he], sa + hs, sa + he) if hs is not None
                                                    else (None, None, None)),
                         tense, participants, flat, outlet, None))
        expression_of += [k] * (len(rows) - len(expression_of))
        article_of += [article_at.get(t.doc_id)] * (len(rows) - len(article_of))
    out = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    for col in _SPAN:
        out[col] = _dates_at(dated[col], expression_of)
    out["published"] = _dates_at(docs["published"] if "published" in docs else pd.Series([pd.NaT] * len(docs)),
                                 article_of)
    return out.astype({"head_start": "Int64", "head_end": "Int64"})


_SPAN = ("date_start", "date_end")  # the days a value covers, in the expressions, events and timeline
_DATES = ("anchor", *_SPAN)  # the date columns of the expressions (extract_timexes)


def _in_dateline(text: Any, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the date of a wire dateline opening its line
    (:func:`presslens.quotes.sources.dateline_at`: "NEW AVALON, Dec. 8 (UPI) —", "OSTRIN, March 3, 2031 —"): the day
    the story was filed, the publication date, and no event's; an expression after the place's comma."""
    if not isinstance(text, str):
        return False
    lead = dateline_at(text, start, end)
    return lead is not None and "," in text[lead.start():start]


def _dates_at(values: pd.Series, positions: list[int | None]) -> Any:
    """The events' column of ``values`` at ``positions`` (None: NaT), typed as the table types it
    from rows holding those values: dates as they are (their unit and zone) unless every one is
    missing; anything else (and no date at all) as read from the values one by one."""
    dtype = values.dtype
    if None not in positions and (isinstance(dtype, pd.DatetimeTZDtype)
                                  or (isinstance(dtype, np.dtype) and dtype.kind == "M")):
        taken = values.array.take(positions)
        if not taken.isna().all():
            return taken
    objects = values.tolist()
    return pd.Series([pd.NaT if p is None else objects[p] for p in positions], dtype=None)


def _same_event(a: dict, b: dict, fine: bool, common: frozenset[str]) -> bool:
    """Two reports of one date value describe the same event. Always when both quote the same
    sentence (one wire story in two articles). Otherwise they need the same head (stemmed:
    "opened" and "opens" agree) and shared participants, and where those are weak evidence a word
    of their sentences in common besides (:func:`_words`):

    - an event noun on both sides ("the caucuses", "the ruling": it names one event): one shared
      participant at a day's or week's grain, two at a coarser one;
    - a verb ("won", "supported"), whose event depends on who did what: at a day or a week one
      shared participant, unless every shared one is ``common`` (named in many articles: "Clinton
      won on Tuesday" and "he won among women on Tuesday" are two results of one primary day), then
      a shared word too; at a coarser date ("in 2008") two shared participants and a shared word
      ("Clinton won here in 2008" and "Clinton won California's Latino voters in 2008" are two
      primaries);
    - a reporting head ("said", "spoke", "recalled") or none: two shared participants and a shared
      word, and not two different speakers (:func:`_speaker`); a reporting head at a coarser grain
      than a week never (one person speaks many times a year, and "Axelrod, Obama's 2008
      strategist, said" dates the campaign, not the saying).
    """
    if a["sentence"] == b["sentence"] and a["key"] == b["key"]:
        return True
    shared = a["actors"] & b["actors"]
    if a["key"] != b["key"]:
        return False
    if not a["key"] or a["speech"] or b["speech"]:
        if len(shared) < 2 or (a["key"] and not fine):
            return False
        sa, sb = _speaker(a), _speaker(b)
        return not (sa and sb and sa != sb) and _overlap(a, b)
    if a["noun"] and b["noun"]:
        return len(shared) >= (1 if fine else 2)
    if not fine:
        return len(shared) >= 2 and _overlap(a, b)
    return bool(shared) and (bool(shared - common) or _overlap(a, b))


_CONTENT = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}")
_CLAUSE_EDGE = re.compile(r"[,;:()\[\]\"“”—–]")
_NOT_SUBJECT = frozenset("at on in to with over against by for from about of into than as like".split())


def _words(r: dict) -> frozenset[str]:
    """The stems of a report's lowercase words of 4+ letters, except its head and
    :data:`~presslens.timeline.lexicon.MERGE_STOPWORDS` (computed once per report, when needed)."""
    if "words" not in r:
        text = r["sentence"] if isinstance(r["sentence"], str) else ""
        r["words"] = frozenset(head_key(w) for w in _CONTENT.findall(text)
                               if w not in MERGE_STOPWORDS) - {r["key"], ""}
    return r["words"]


def _overlap(a: dict, b: dict) -> bool:
    return bool(_words(a) & _words(b))


def _speaker(r: dict) -> str | None:
    """Who a reporting head's report quotes: the participant named last before the head in its
    clause and not after a preposition ("Cruz said", not "on Hewitt's show"); None for a pronoun."""
    if "speaker" not in r:
        r["speaker"] = None
        text = r["sentence"] if isinstance(r["sentence"], str) else ""
        at = text.find(r["head"]) if isinstance(r["head"], str) else -1
        if at > 0:
            edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)]
            clause = text[edges[-1] if edges else 0:at]
            best = -1
            for name in r["participants"]:
                last = name.split()[-1]
                for m in re.finditer(rf"\b{re.escape(last)}\b", clause):
                    before = clause[:m.start()].split()
                    if before and name.split()[0] == before[-1] and len(name.split()) > 1:
                        before = before[:-1]  # the whole name: look before its first word
                    if m.start() > best and not (before and before[-1].lower() in _NOT_SUBJECT):
                        best, r["speaker"] = m.start(), name
    return r["speaker"]


_REPORT_FIELDS = ["doc_id", "value", "date_start", "date_end", "relation", "tense", "event", "head", "participants",
                  "sentence", "outlet", "start", "end"]
_RECORD_FIELDS = [c for c in _REPORT_FIELDS if c not in _SPAN]  # a report's record (_report)


def _merge_reports(events: pd.DataFrame) -> Iterator[list[dict]]:
    """The dated rows of ``events`` as report records (a dict per row, ``pos`` its position in
    ``events``), grouped into the events :func:`build_timeline` merges them into; yielded one date
    value at a time, as the records of one value are made only when that value is merged: on a
    resampled corpus of 1,600 articles the merge held 28 MB at its peak with every record at once."""
    dated = events["date_start"].notna().tolist()
    # Whether each row's dates span a week at most: its record holds no dates (its position, pos,
    # says where build_timeline takes them from).
    weekly = ((events["date_end"] - events["date_start"]) < pd.Timedelta(days=8)).tolist()
    # one object per distinct value: the reports of one article or date share their doc_id, value...
    columns = [shared_values(events[c].tolist()) if c in events.columns else [None] * len(events)
               for c in _RECORD_FIELDS]
    # each report's participants a list (from a table read back from a file too), read in place
    # by _common_participants and copied once, into its record (_report)
    at = _RECORD_FIELDS.index("participants")
    columns[at] = [p if isinstance(p, list) else _actors(p) for p in columns[at]]
    participants, doc_id, value = (columns[_RECORD_FIELDS.index(c)] for c in ("participants", "doc_id", "value"))
    by_value: dict[Any, list[int]] = {}
    for pos, (keep, v) in enumerate(zip(dated, value)):  # one pass: no pandas call per group
        if keep:
            by_value.setdefault(v, []).append(pos)
    common = _common_participants((participants[pos], doc_id[pos])
                                  for positions in by_value.values() for pos in positions)
    heads: dict[Any, dict[str, Any]] = {}  # per head word: its key, whether it reports speech, names an event
    for positions in by_value.values():
        recs = [_report(pos, [c[pos] for c in columns], heads) for pos in positions]
        fine = weekly[positions[0]]
        groups: list[list[dict]] = []
        # Only reports with the same head and a shared participant can merge (every branch of
        # _same_event needs one), so a report is compared with those groups alone, oldest first:
        # many reports of one date that share nothing cost no pairwise comparisons.
        # Where two shared participants are needed, a group is looked up by a pair of its first
        # report's participants (by_pair), so the many reports of one date that share a head and
        # one name ("Trump said on Tuesday") are not each compared with all earlier ones; a group
        # with more than MAX_PAIRED participants is looked up by each one alone (wide).
        by_actor: dict[tuple[str, str], list[int]] = {}
        by_pair: dict[tuple[str, str, str], list[int]] = {}
        wide: dict[tuple[str, str], list[int]] = {}
        by_text: dict[tuple[str, str], list[int]] = {}
        for r in recs:
            key, actors = r["key"], r["actors"]
            reporting = not key or r["speech"]  # no head, or a reporting one
            # A report without a head, with a reporting one or at a coarse grain needs two shared
            # participants; one quoting the same sentence as an earlier one needs none.
            need = 2 if reporting or not fine else 1
            found = set(by_text.get((key, r["sentence"]), ()))
            # A reporting head at a coarser grain than a week merges only a copy of its sentence; so
            # does a report with no head or a reporting one and no word for _overlap (every
            # comparison with it goes through _same_event's branch that needs a shared word).
            alone = (bool(key) and r["speech"] and not fine) or (reporting and not _words(r))
            if len(actors) < need or alone:
                pass
            elif need == 1 or len(actors) > MAX_PAIRED:
                found.update(i for a in actors for i in by_actor.get((key, a), ()))
            else:
                found.update(i for a, b in combinations(sorted(actors), 2) for i in by_pair.get((key, a, b), ()))
                found.update(i for a in actors for i in wide.get((key, a), ()))
            home = next((groups[i] for i in sorted(found) if _same_event(groups[i][0], r, fine, common)), None)
            if home is None:
                at = len(groups)
                groups.append([r])
                for a in actors if not alone else ():
                    by_actor.setdefault((key, a), []).append(at)
                    if len(actors) > MAX_PAIRED:
                        wide.setdefault((key, a), []).append(at)
                if len(actors) <= MAX_PAIRED and not alone:
                    for a, b in combinations(sorted(actors), 2):
                        by_pair.setdefault((key, a, b), []).append(at)
                by_text.setdefault((key, r["sentence"]), []).append(at)
            else:
                home.append(r)
        yield from _one_per_expression(groups)


def _one_per_expression(groups: list[list[dict]]) -> list[list[dict]]:
    """``groups`` with those that hold reports of one expression under one label joined, in order:
    the heads an expression anchors ("will meet again on March 20 to review the damage": meet,
    review) share its label, and the timeline keys its rows by date and label. Joined after the
    merge, so a report of another article that merged with one of the heads stays with it."""
    joined: list[list[dict]] = []
    home_of: dict[tuple, list[dict]] = {}
    for group in groups:
        keys = [(r["doc_id"], r["start"], r["end"], r["event"]) for r in group]
        home = next((home_of[k] for k in keys if k in home_of), None)
        if home is None:
            home = []
            joined.append(home)
        home.extend(group)
        for k in keys:
            home_of.setdefault(k, home)
    return joined


def _actors(participants: Any) -> list:
    """A new list of the participants of an events or timeline row: its list, or as a table read
    back from a file gives it, the array of ``pd.read_parquet``, the JSON text of
    :func:`presslens.io.save_table`'s Parquet file or the list's text of its CSV file."""
    if isinstance(participants, str):
        try:
            participants = json.loads(participants)
        except ValueError:
            try:
                participants = ast.literal_eval(participants)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                return []
    return list(participants) if isinstance(participants, (list, tuple, np.ndarray)) else []


def _report(pos: int, values: list, heads: dict[Any, dict[str, Any]]) -> dict:
    """The record of the report at ``pos`` of the events (``values``: its :data:`_RECORD_FIELDS`),
    with the facts of its head word (cached in ``heads``)."""
    r = dict(zip(_RECORD_FIELDS, values))
    r["pos"] = pos
    r["participants"] = _actors(r["participants"])
    head = r["head"] if isinstance(r["head"], str) else None
    facts = heads.get(head)
    if facts is None:
        low = head.lower() if head else None
        facts = heads[head] = {"key": head_key(head), "speech": head is not None and (
            low in GENERIC_HEADS or low in SPEECH_HEADS), "noun": head is not None and low in EVENT_NOUNS}
    r.update(facts)
    r["actors"] = set(r["participants"])
    return r


def _common_participants(reports: Iterable[tuple[list, Any]]) -> frozenset[str]:
    """Participants named in at least ``COMMON_SHARE`` of the articles (and ``COMMON_MIN_ARTICLES``),
    from the (participants, doc_id) of each dated report: in a corpus about one campaign its
    candidates are in most stories, so sharing them says little about which event two reports
    describe."""
    docs: dict[str, set] = {}
    articles = set()
    for actors, doc in reports:
        articles.add(doc)
        for p in actors:
            docs.setdefault(p, set()).add(doc)
    floor = max(COMMON_MIN_ARTICLES, COMMON_SHARE * len(articles))
    return frozenset(p for p, ds in docs.items() if len(ds) >= floor)


def build_timeline(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (date interval, event) across articles, from :func:`extract_events`.

    Dated reports with the same value are merged when :func:`_same_event` says they describe one
    event (same head word, shared participants) — not by comparing labels, which outlets word
    differently. Each report joins the first matching group, so a much-mentioned name cannot chain
    unrelated events together; a group keeps the label of its report with most participants. The
    heads one expression anchors under one label ("will meet on March 20 to review the damage")
    are one row (the label is the event; the head is the most common, else the first, of them), not
    rows that differ only by their head; they are joined after the merge, so a report of another
    article that merged with one of the heads stays in that row.
    Returns ``TIMELINE_COLUMNS``: date_start, date_end, value, relation, head and tense (the most
    common among the reports), event, participants (union), doc_ids and outlets (sorted lists),
    n_articles, n_reports, sentences, starts and ends (one per article, in the order of doc_ids: its
    sentence and the offsets of the time expression in the article's text, as the events' and
    expressions' start/end), sorted by date. Anything but a table
    (None aside: no timeline) or a table without the dates and events raises a readable error.
    """
    if events is not None and not isinstance(events, pd.DataFrame):
        raise TypeError("build_timeline: events must be a pandas DataFrame (extract_events gives one), "
                        f"not {type(events).__name__}")
    if events is None or events.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    missing = [c for c in ("date_start", "date_end", "event") if c not in events.columns]
    if missing:
        raise ValueError(f"build_timeline: the events table has no column {' or '.join(missing)} (it has: "
                         f"{', '.join(map(str, events.columns[:8]))}); build it with "
                         "extract_events(articles, timexes), or rename your columns")
    if not all(pd.api.types.is_datetime64_any_dtype(events[c]) for c in ("date_start", "date_end")):
        # events read back from a CSV file: its dates are text
        events = events.assign(date_start=pd.to_datetime(events["date_start"]),
                               date_end=pd.to_datetime(events["date_end"]))
    with _collector_paused():  # a dict per report and a tuple per row, none in a cycle
        out, at = _timeline_rows(_merge_reports(events))
    timeline = pd.DataFrame(out, columns=TIMELINE_COLUMNS)
    for col in _SPAN:
        timeline[col] = _dates_at(events[col], at)
    return timeline.sort_values(["date_start", "date_end", "n_articles"], ascending=[True, True, False],
                                kind="stable").reset_index(drop=True)


def timeline_reports(events: pd.DataFrame) -> pd.DataFrame:
    """What :func:`build_timeline` reads of ``events``: its dated rows, their columns of
    :data:`_REPORT_FIELDS`, in their order. ``build_timeline(timeline_reports(events))`` equals
    ``build_timeline(events)``, so a run that writes each chunk's events as they come
    (:func:`presslens.pipeline.write_analysis`) holds only these until the timeline is built."""
    dated = events["date_start"].notna().to_numpy()
    return events.loc[dated, [c for c in _REPORT_FIELDS if c in events.columns]].reset_index(drop=True)


def _timeline_rows(merged: list[list[dict]]) -> tuple[list[tuple], list[int]]:
    """A :data:`TIMELINE_COLUMNS` tuple per group of reports of :func:`_merge_reports`, its dates
    None, and the position in the events of the report whose dates it has."""
    out, at = [], []
    for rs in merged:
        if len(rs) == 1:  # most reports stay alone: their row is the report itself (its lists its own)
            r = rs[0]
            outlets = [str(r["outlet"])] if isinstance(r["outlet"], str) and r["outlet"] else []
            at.append(r["pos"])
            out.append((None, None, r["value"], _named(r["relation"]), r["event"],
                        _named(r["head"]), _named(r["tense"]), r["participants"], [str(r["doc_id"])], outlets,
                        1, 1, [r["sentence"]], [_offset(r["start"])], [_offset(r["end"])]))
            continue
        best = max(rs, key=lambda r: (len(r["participants"]), -len(r["event"])))
        seen_docs: dict[str, dict] = {}  # each article's first report: its sentence and offsets stand for it
        for r in rs:
            seen_docs.setdefault(str(r["doc_id"]), r)
        doc_ids = sorted(seen_docs)
        shown = [seen_docs[d] for d in doc_ids]  # sentences, starts and ends in the order of doc_ids
        outlets = sorted({str(r["outlet"]) for r in rs if isinstance(r["outlet"], str) and r["outlet"]})
        at.append(best["pos"])
        out.append((None, None, rs[0]["value"], _most_common(r["relation"] for r in rs),
                    best["event"], _most_common(r["head"] for r in rs), _most_common(r["tense"] for r in rs),
                    list(dict.fromkeys(p for r in rs for p in r["participants"])), doc_ids, outlets, len(doc_ids),
                    len(rs), [r["sentence"] for r in shown], [_offset(r["start"]) for r in shown],
                    [_offset(r["end"]) for r in shown]))
    return out, at


def _offset(value: Any) -> int | None:
    """An offset of an events row as an int (None where the table has none)."""
    return None if value is None or pd.isna(value) else int(value)


def _named(value: Any) -> str | None:
    """``value`` when it is a non-empty string, else None."""
    return value if isinstance(value, str) and value else None


def _most_common(values: Any) -> str | None:
    """The most common non-empty string among ``values`` (the first seen of the tied), else None."""
    counts = Counter(v for v in values if _named(v))
    return counts.most_common(1)[0][0] if counts else None


def _bound(value: Any, name: str) -> pd.Timestamp:
    # A date bound of filter_timeline; one that is no date is refused naming the parameter and the form.
    try:
        bound = pd.Timestamp(value)
    except (ValueError, TypeError):
        bound = pd.NaT
    if pd.isna(bound):
        raise ValueError(f"filter_timeline: {name}={value!r} is no date; give one such as '2025-10-01' "
                         "(year-month-day), or None for no bound")
    return bound


def filter_timeline(timeline: pd.DataFrame, date_from: Any = None, date_to: Any = None, entity: str | None = None,
                    min_articles: int = 1) -> pd.DataFrame:
    """The rows of a timeline (or events) table whose interval overlaps [``date_from``, ``date_to``]
    (either may be None), with ``entity`` among the participants (case-insensitive substring, so
    "Trump" finds "Donald Trump") and reported by at least ``min_articles`` articles. An ``entity``
    that no row of the table names is named in a warning: the empty result is then no finding about
    the dates, only a name the timeline does not hold (a misspelling, or no dated event of theirs)."""
    keep = timeline["date_start"].notna()
    if date_from is not None and str(date_from) != "":
        keep &= timeline["date_end"] >= _bound(date_from, "date_from")
    if date_to is not None and str(date_to) != "":
        keep &= timeline["date_start"] <= _bound(date_to, "date_to")
    if entity:
        needle = str(entity).lower()
        named = timeline["participants"].map(lambda ps: any(needle in str(p).lower() for p in _actors(ps)))
        if len(timeline) and not named.any():
            warnings.warn(f"none of the {len(timeline)} events names {entity!r} among its participants: "
                          "nothing is left", UserWarning, stacklevel=2)
        keep &= named
    if "n_articles" in timeline.columns:
        keep &= timeline["n_articles"] >= min_articles
    return timeline[keep]
