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

Beside whatever these find, :func:`modified_noun` with ``past_name`` gives the event noun a date
modifies past the capitalised words of a name ("Tuesday's New Hampshire primary"),
:func:`counted_from` the event noun a duration is counted from ("ten days before the shooting"),
:func:`clause_at_time` the verb of a clause set at the date ("from 1968, when the Soviets invaded"),
:func:`coordinated_in_clause` its second verb ("in 2006 when Disney bought Pixar and named him"),
:func:`infinitive_of_gathering` what is done at a gathering the date sets ("a rally Saturday to protest"),
:func:`implicative_verb` the verb whose to-infinitive the date dates ("declined to comment Saturday"),
:func:`object_of_light_verb` the event noun a light verb's object names ("On Tuesday, the league plans to hold a news
conference": hold and conference),
:func:`saying_at_occasion` and :func:`saying_after_occasion` the reporting verb whose occasion the date
sets ("said in an interview Tuesday", "At a news conference Friday, the mayor said"),
:func:`verb_after_fronted_event` the main clause's verb after a phrase opening the sentence that names an event
and its date ("During the 2030 election, Ada Quill largely ran"), :func:`verb_past_aside` the main clause's verb after
a date opening the sentence and an aside ("On Friday, when the envoy set aside her holiday, the ministry lifted"),
:func:`verb_coordinated_past_date` that clause's second verb ("On Friday, the minister resigned and left"), and
:func:`verb_after_adverb` the verb an adverb of time stands before ("who now thinks"),
which :func:`presslens.timeline.events.anchored_heads` adds; and it drops the heads an expression
cannot date: before a hyphenated adjective it is or a date between a determiner or a name's possessive and a noun
(:func:`modifies_noun`: "posted a gain in third-quarter net income", "opposed the 2003 invasion", "criticized
Quill's 2029 intervention"), after
it when it dates a reporting verb (:func:`reporting_before`: "said Tuesday that he would seek"), outside
a relative clause holding it (:func:`relative_clause`: "said Mr. Gunnels, who now works"), across a
quotation mark (:func:`across_quotation`: "''... again today,'' Mrs. Abedini wrote") or a dash that sets off an
aside (:func:`across_dash`: "suggesting four other nights - one of them on a weekend"); and a head two expressions
of a sentence give keeps only those on its side of a clause's opening (:func:`across_clause`: "took office in
January 2009 and peaked in October": took is January's, peaked October's).

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

import regex

from presslens.timeline.lexicon import (ASIDE_OPENERS, CLAUSE_OPENERS, CLAUSE_PREPOSITIONS, DOCUMENT_NOUNS,
                                        EVENT_NOUNS, GATHERING_NOUNS, IMPLICATIVE_VERBS, LIGHT_VERBS,
                                        PARTICIPATION_VERBS, PAST_VERBS, PREPOSITIONS, SAYING_OCCASIONS,
                                        SCHEDULE_WORDS, SENTENCE_LEADS, SETTING_PREPOSITIONS, SPAN_PREPOSITIONS,
                                        SPEECH_HEADS, TIME_ADJECTIVES, TIME_CLAUSES, VERB_ADVERBS, alternation)

__all__ = ["GENERIC_HEADS", "RELATIONS", "across_clause", "across_dash", "across_quotation", "clause_at_time",
           "clause_heads", "coordinated_in_clause", "counted_from", "event_heads", "head_key", "implicative_verb",
           "infinitive_of_gathering", "join_tags", "modified_noun", "modifies_noun", "object_of_light_verb",
           "occasion_of", "relation_at", "relation_of", "relative_clause", "reporting_before",
           "saying_after_occasion", "saying_at_occasion", "span_words", "verb_after_adverb",
           "verb_after_fronted_event", "verb_coordinated_past_date", "verb_past_aside"]

_ASPECTUAL = re.compile(r"(?:beg[iau]n|start|continu|resum|stop|ceas|finish|keep|kept|quit)\w*$")
_PERIODS = frozenset("year quarter month months period weeks week half".split())
_MAX_OBJECT = 6  # words between two coordinated verbs, "and" included
_NAME_WORDS = 3  # capitalised words of a name between an expression and the event noun it modifies
_CLAUSE_TAGS = ("verb", "aux", "stop")  # tags of a word after a noun phrase, not in it ("primary drew")
RELATIONS = ("on", "before", "after", "during", "begins", "ends")

_AUX = frozenset("is are was were be been being am has have had having will would shall should can could may "
                 "might must do does did 's 're 've 'll ’s ’re ’ve ’ll".split())
_MODAL_LIKE = frozenset("will would shall should can could may might must do does did to 'll ’ll".split())
_NOT_HEADS = frozenset("not never also already still just even only then now n't n’t again soon later earlier "
                       "recently first once yet all both almost nearly probably perhaps about compared following "
                       "outstanding operating subordinated like down".split())
_DETERMINERS = frozenset("the a an its his her their our this that these those your my no any each every "
                         "some".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
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
# The phrases right before an expression that tell how its event relates to it, by relation ("before
# Friday", "no later than March", "in the coming weeks"); an expression after none is "on" it.
_RELATION_PHRASES = {
    "before": ("before", "by", "prior to", "ahead of", "earlier than", "no later than"),
    "after": ("after", "following", "later than", "since the end of"),
    "begins": ("since", "from", "starting", "starting on", "starting in", "starting at", "beginning", "beginning on",
               "beginning in", "as of", "effective"),
    "ends": ("until", "till", "through", "thru", "up to", "up until"),
    "during": ("for", "during", "throughout", "over", "within", "across", "in the past", "in the last", "in the next",
               "in the coming"),
}


def _ending_on(phrases: tuple[str, ...]) -> re.Pattern:
    """Whether a text ends on one of ``phrases`` (from a word boundary, its words apart by any spaces,
    spaces after it, any case), as a pattern matched at the start of the reversed text: one match
    where the pattern that ends at the text's end was tried at each of its positions."""
    return re.compile(r"\s*(?:" + "|".join(r"\s+".join(w[::-1] for w in reversed(p.split())) for p in phrases)
                      + r")\b", re.I)


_ENDING_ON = {relation: _ending_on(phrases) for relation, phrases in _RELATION_PHRASES.items()}
# "scheduled for Sunday", "slated for next week": a date (not a duration) after these is the day planned.
_PLANNED_FOR = _ending_on(tuple(f"{w} for" for w in SCHEDULE_WORDS))


_LATER = re.compile(r"\s+later\b", re.I)
# The second end of a range: "from March to May", "between 2019 and 2021".
_RANGE_END = re.compile(r"\bfrom\b[^,;]{1,40}\s(?:to|-|–)\s*$|\bbetween\b[^,;]{1,40}\sand\s*$", re.I)
_COUNTED = re.compile(r"\b(?:ago|earlier|later|before|after)\b", re.I)


# The words the phrases of _RELATION_PHRASES end on: a tail without them ends on none of the phrases.
_LAST_WORDS = tuple(dict.fromkeys(p.rsplit(None, 1)[-1] for ps in _RELATION_PHRASES.values() for p in ps))


def _may_relate(before: str) -> tuple[bool, bool]:
    """Whether ``before`` may match _RANGE_END (on its last 60 characters) and whether its last 40
    may end on one of _RELATION_PHRASES: a cheap rejecting pass, as most expressions
    follow none of their words ("on Friday", "last week"). Only ASCII text is judged (a caseless
    pattern matches a few other characters to ASCII letters); any other may match."""
    wide = before[-60:]
    if not wide.isascii():
        return True, True
    low = wide.lower()
    words = low[-40:].rsplit(None, 1)
    return ("from" in low or "between" in low), bool(words) and words[-1].endswith(_LAST_WORDS)


def relation_of(before: str, kind: str | None, timex: str = "", after: str = "") -> str:
    """The TimeML-style relation of an event to an expression of type ``kind`` preceded by ``before``
    (the clause text right before it) and followed by ``after``: on, before, after, during, begins
    or ends. "three days later" dates the event on the day it counts to."""
    tail = before[-40:]
    if _LATER.match(after):
        return "on"
    ranged, ended = _may_relate(before)
    if ranged and _RANGE_END.search(before[-60:]):
        return "ends"
    back = tail[::-1] if ended else ""
    if ended:
        for relation in ("before", "after", "begins", "ends"):
            if _ENDING_ON[relation].match(back):
                return relation
    if kind in ("DURATION", "SET") and not _COUNTED.search(timex):
        return "during"
    return "during" if ended and _ENDING_ON["during"].match(back) and not _PLANNED_FOR.match(back) else "on"


def _words(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), (w := m.group()), w.lower()) for m in _WORD.finditer(text)]


def _sentence_words(sentence: str, cache: dict) -> tuple[list, list[int], list[int], list[str]]:
    """The words of ``sentence``, their starts and ends, and their tags (:func:`_tag`), found once
    per sentence in ``cache``."""
    found = cache.get(sentence)
    if found is None:
        words = _words(sentence)
        found = cache[sentence] = (words, [w[0] for w in words], [w[1] for w in words], _tag(words))
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
            tags[k] = _tag_after(words[k][2], words[k][3], words[k - 1][3] if k else "")
    return words, tags


def _tag(words: list[tuple[int, int, str, str]]) -> list[str]:
    """"aux", "verb", "noun" (an event noun), "stop" (a word a verb chain may skip) or "" per word.

    :func:`_tag_one` reads the word before only through :func:`_context` (the tag before is "aux"
    exactly when that word is an auxiliary, as words of ``_WORD`` start with a letter or digit),
    and news repeats its words: each word's tag is looked up by the word and that context, and
    worked out the first time only (:func:`_tag_after`; ``tests/test_timeline.py`` checks it
    against the plain loop)."""
    contexts, tagged = _CONTEXTS, _TAGGED
    tags: list[str] = []
    prev = ""
    for _, _, w, lw in words:
        context = contexts.get(prev)
        tag = tagged[context].get(w) if context is not None else None
        tags.append(tag if tag is not None else _tag_after(w, lw, prev))
        prev = lw
    return tags


def _context_of(prev: str) -> int:
    """:func:`_context` of ``prev``, looked up in (or else added to) ``_CONTEXTS``."""
    context = _CONTEXTS.get(prev)
    if context is None:
        if len(_CONTEXTS) >= _TAGS_KEPT:
            _CONTEXTS.clear()
        context = _CONTEXTS[prev] = _context(prev)
    return context


def _tag_after(w: str, lw: str, prev: str) -> str:
    """The :func:`_tag_one` of word ``w`` (``lw`` lowercased) after the lowercase word ``prev``
    ("" for none), looked up by the word and its context in ``_TAGGED`` (or else added to it)."""
    known = _TAGGED[_context_of(prev)]
    tag = known.get(w)
    if tag is None:
        # Each table bounded on its own: words after a determiner, or opening one-word
        # sentences, can pile up while the contexts and the other tables stay small.
        if len(known) >= _TAGS_KEPT:
            known.clear()
        tag = known[w] = _tag_one(w, lw, prev, "aux" if prev in _AUX else "", bool(prev))
    return tag


def _context(prev: str) -> int:
    """All that :func:`_tag_one` reads of the (lower-case) word before, as bits: whether there is
    one, whether it is a modal or "to", an auxiliary other than "'s", a determiner, a possessive."""
    return (bool(prev) | (prev in _MODAL_LIKE) << 1 | (prev in _AUX and prev not in ("'s", "’s")) << 2
            | (prev in _DETERMINERS) << 3 | prev.endswith(("'s", "’s")) << 4)


# The tags of words by context (:func:`_tag_after`): the context of each word seen before one, and per
# context the tag of each word seen after it; each table forgotten when it holds this many.
_TAGS_KEPT = 1 << 15
_CONTEXTS: dict[str, int] = {}
_TAGGED: list[dict[str, str]] = [{} for _ in range(32)]


def _tag_one(w: str, lw: str, prev: str, prev_tag: str, inside: bool) -> str:
    """The tag of word ``w`` (``lw`` lowercased) after ``prev`` tagged ``prev_tag``; ``inside``:
    not the first word."""
    if not lw[0].isalpha():
        return ""
    if lw in _AUX:
        return "aux"
    if lw in _NOT_HEADS or lw.endswith("ly") and len(lw) > 4:
        return "stop"
    # After a modal, "to" or an auxiliary a word is a verb ("will visit", "was arrested").
    verb_context = prev in _MODAL_LIKE or prev_tag == "aux" and prev not in ("'s", "’s")
    if lw in EVENT_NOUNS and (prev in _DETERMINERS or prev.endswith(("'s", "’s")) or not verb_context):
        return "noun"
    if inside and w[0].isupper():
        return ""  # a name inside the sentence
    if verb_context and lw not in _FUNCTION and lw not in _DETERMINERS:
        return "verb"
    if lw in _IRREGULAR:
        return "verb"
    if lw.endswith("ed") and len(lw) > 4 and lw not in _NOT_VERBS_ED and prev not in _DETERMINERS:
        return "verb"
    if lw.endswith("ing") and len(lw) > 5 and lw not in _NOT_ING:
        return "noun" if prev in _DETERMINERS else "verb"
    return ""


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


def relation_at(sentence: str, a: int, start: int, end: int, kind: str | None) -> str:
    """:func:`relation_of` the expression at ``start:end`` of ``sentence``, its clause starting at
    ``a``: read off the clause before it and the few characters after it."""
    return relation_of(sentence[a:start], kind, sentence[start:end], sentence[end:end + 8])


def modified_noun(sentence: str, before: list[tuple[int, int, str, str]], after: list[tuple[int, int, str, str]],
                  after_tags: list[str | None], past_name: bool = False) -> tuple[int, int] | None:
    """The (start, end) of the event noun (``data/timeline_event_nouns.txt``) an expression of
    ``sentence`` modifies, from the words right ``before`` and ``after`` it and the tags of those after
    (:func:`span_words`); None when there is none. A few plain words on, the last of a run of event
    nouns: "Friday's attack", "the Oct. 23 slaying", "last year's presidential vote", "the Jan. 7 campaign
    rally". With ``past_name``, only a noun past the capitalised words
    of a name, where the expression stands before a noun (after a determiner, or with a possessive) and
    the noun ends its phrase: "Tuesday's New Hampshire primary", "the 2016 Democratic nomination" (not
    "his 1990 Anheuser earnings projection", a projection, nor "Super Tuesday's March 1", a date)."""
    nominal = past_name and (bool(after) and after[0][3] == "s" or bool(before) and before[-1][3] in _DETERMINERS)
    named = 0  # capitalised words passed
    for k, (s, e, w, lw) in enumerate(after[:3 + _NAME_WORDS]):
        if k == 0 and lw == "s":
            continue
        if k - named >= 3:
            return None
        if lw in EVENT_NOUNS:
            # A noun phrase is headed by its last noun ("the 2029 merger talks"), not by one that modifies it.
            while k + 1 < len(after) and after[k + 1][3] in EVENT_NOUNS and sentence[e:after[k + 1][0]].isspace():
                k += 1
                s, e = after[k][:2]
            if not past_name:
                return s, e
            if not named:
                return None
            if k + 1 < len(after) and sentence[e:after[k + 1][0]].isspace():
                nxt, tag = after[k + 1], after_tags[k + 1]
                if nxt[3][0].isdigit() or nxt[2].islower() and nxt[3] not in _FUNCTION and tag not in _CLAUSE_TAGS:
                    return None
            return s, e
        if nominal and named < _NAME_WORDS and w[0].isupper() and w.isalpha():
            named += 1
        elif not (w.islower() and lw.isalpha() and lw not in _FUNCTION):
            return None
    return None


# The word after a duration that counts it from an event, by the relation of that event to the span, as
# TimeML annotators give it: "ten days before the shooting" (the shooting comes after the span), "two
# days after the attack" (the attack begins it); "of" only after "within" ("within two weeks of the
# slaying"): "the first 24 hours of the convention" it lasts.
_COUNTED_FROM = {"before": "after", "after": "begins", "following": "begins", "since": "begins", "of": "begins"}
_WITHIN = re.compile(r"\bwithin\s+$", re.I)
_PLAIN_TEXT = re.compile(r"[\w\s'’-]*")  # words and spaces, no punctuation


def counted_from(sentence: str, start: int, end: int, after: list[tuple[int, int, str, str]],
                 after_tags: list[str | None], kind: str | None) -> tuple[int, int, str] | None:
    """The event noun (``data/timeline_event_nouns.txt``) the duration at ``start:end`` of ``sentence`` is
    counted from, as (start, end, relation), from the words right ``after`` it and their tags
    (:func:`span_words`); None when there is none. The preposition right after the duration, a
    determiner, then the noun after at most a few plain words, no punctuation between: "ten days
    before the shooting" (after), "a week after his arrest", "within two weeks of the slaying" (begins).
    Not "six months of talks" (no determiner: what the duration lasts), nor a date ("the day before
    the vote"), which TimeML dates as a point of its own."""
    if kind != "DURATION" or len(after) < 3 or after[1][3] not in _DETERMINERS:
        return None
    relation = _COUNTED_FROM.get(after[0][3])
    if after[0][3] == "of" and not _WITHIN.search(sentence, max(0, start - 8), start):
        return None
    noun = modified_noun(sentence, [], after[2:], after_tags[2:]) if relation else None
    if noun is None or not _PLAIN_TEXT.fullmatch(sentence, end, noun[0]):
        return None
    return (*noun, relation)


# What opens a clause set at the time of the date right before it (data/timeline_time_clauses.txt), and
# where such a clause ends: hard punctuation or a comma.
_TIME_CLAUSE = re.compile(r"\s*(?:" + "|".join(r"\s*".join(re.escape(w) for w in c.split()) for c in
                                                 sorted(TIME_CLAUSES, key=len, reverse=True)) + r")\s+", re.I)
_CLAUSE_STOP = re.compile(r"[,.;:!?()\[\]\"“”—–]|\s-\s")
_CLAUSE_WORDS = 10  # words of such a clause its verb may stand among
_AND_SUBJECT = 3  # words of the subject between "and" and a second verb of such a clause ("and police were")
# Function words no subject opens on ("as of", "when to"); a determiner or a pronoun may (also what opens
# a reported clause: reporting_before).
_SUBJECT_PRONOUNS = frozenset("it he she they we you i".split())
_NO_SUBJECT = _FUNCTION - _DETERMINERS - _SUBJECT_PRONOUNS
# What opens a clause inside the subject, whose verb is then not the time clause's ("when conspiracy
# theories that the government had", "as a test of whether the generals will loosen").
_INNER_CLAUSE = frozenset("that which who whom whose whether if when where while because although though".split())
# After "as", an indefinite noun phrase is a role, no subject: "named him Wednesday as a running mate",
# "backed Dukakis in 1988 as one of ten states he won".
_ROLE_AFTER_AS = frozenset("a an one".split())


def _verb_after(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Whether word ``k`` of ``words`` is a verb by its form or place: after a modal or "to" ("will
    pitch"), or a past, "-en" or "-ing" form ("been caught", "is leaning"), not a word the tagger calls a
    verb only for following "is" or "has" ("was around 10", "now is mainstream", "now has more")."""
    lw = words[k][3]
    return words[k - 1][3] in _MODAL_LIKE or lw.endswith(("ed", "en", "ing")) or lw in _IRREGULAR


def clause_at_time(sentence: str, end: int, kind: str | None, cache: dict | None = None
                   ) -> tuple[int, int, str] | None:
    """The verb of a clause that opens right after the date or time ending at ``end`` of ``sentence``
    and is set at it (``data/timeline_time_clauses.txt``), as (start, end, "on"); None when there is
    none. The clause has a subject, then a finite verb chain within ``_CLAUSE_WORDS`` words and before
    a comma: "from 1968, when the Soviets invaded" (invaded), "until early 1990, when each will adopt"
    (adopt), "at 10 p.m. as he stood" (stood). Not an infinitive ("Saturday as the time to start"), an
    "-ing" word alone ("as president replacing"), a verb past another clause opening in the subject, a
    clause opening on its verb or an adverb ("as previously planned"), nor a role after "as" ("as a
    test"). ``cache``: as for :func:`span_words`."""
    found = _clause_verb(sentence, end, kind, cache)
    return None if found is None else (*found[0][found[2]][:2], "on")


def _clause_verb(sentence: str, end: int, kind: str | None, cache: dict | None
                 ) -> tuple[list[tuple[int, int, str, str]], list[str], int] | None:
    """:func:`clause_at_time`'s clause: its words up to the comma or stop that ends it and their tags,
    and the index of its verb among them; None when there is none."""
    if kind not in ("DATE", "TIME"):
        return None
    opener = _TIME_CLAUSE.match(sentence, end)
    if opener is None:
        return None
    stop = _CLAUSE_STOP.search(sentence, opener.end())
    clause, clause_tags = join_tags([span_words(sentence, opener.end(), stop.start() if stop else len(sentence),
                                                cache)])
    if clause and opener.group().split()[-1].lower() == "as" and clause[0][3] in _ROLE_AFTER_AS:
        return None
    head = _subject_verb(clause, clause_tags)
    return None if head is None else (clause, clause_tags, head)


def _subject_verb(clause: list[tuple[int, int, str, str]], clause_tags: list[str]) -> int | None:
    """The index in ``clause`` (words tagged ``clause_tags``, from a clause's opening to the comma or stop that
    ends it) of the verb of a clause that opens on its subject: a finite verb chain within ``_CLAUSE_WORDS``
    words, no clause opening in the subject before it (:func:`clause_at_time`); None when there is none."""
    words, tags = clause[:_CLAUSE_WORDS], clause_tags[:_CLAUSE_WORDS]
    if not words or tags[0] in ("aux", "verb", "stop") or words[0][3] in _NO_SUBJECT:
        return None
    chains = _chains(words, tags, len(words))
    if not chains:
        return None
    first, last, _ = chains[0]
    if words[first - 1][3] == "to" or any(w[3] in _INNER_CLAUSE for w in words[:first]):
        return None
    verbs = [k for k in range(first, last + 1) if tags[k] == "verb"]
    finite = [k for k in verbs if not words[k][3].endswith("ing")]
    if not verbs:
        # "will increasingly see": a verb after a modal and an adverb is tagged as no verb. Else the
        # auxiliary is the verb ("when he had surgery", "had early commitments"): no event of its own.
        k = last + 1
        while k < len(words) and tags[k] == "stop":
            k += 1
        if k == last + 1 or words[last][3] not in _MODAL_LIKE or k == len(words) or tags[k] != "" \
                or not words[k][2].isalpha() or not words[k][2].islower() or words[k][3] in _FUNCTION:
            return None
        return k
    if not finite and all(tags[k] != "aux" for k in range(first, last + 1)):
        return None  # no finite verb: "as a surrogate for Republicans aiming", "as the largest living generation"
    # The finite verb before an "-ing" one ("as he stood chatting", "as the price hit record-breaking highs").
    head = finite[-1] if finite else verbs[-1]
    if words[head - 1][3] in _AUX and not _verb_after(words, head):
        return None  # a word after "was" or "had" with no verb's form: "when he was around 10", "is due"
    return head


def coordinated_in_clause(sentence: str, end: int, kind: str | None, cache: dict | None = None
                          ) -> tuple[int, int, str] | None:
    """The second verb of the clause :func:`clause_at_time` finds, coordinated with its verb by "and"
    within the clause, as (start, end, "on"); None when there is none. The clause's verb is then its
    first event and this one its second: "on Thursday, when 133 people were arrested and police were
    forced", "in 2006 when Disney bought Pixar and named him", "when Republicans held the majority and
    he led". After "and", a subject of at most ``_AND_SUBJECT`` words may stand before the verb chain,
    whose verb has no "-ing" ending nor a hyphen, and is a past when the clause's verb is ("strong demand
    and pricing": a noun); no clause opens between the two verbs. ``cache``: as for :func:`span_words`."""
    found = _clause_verb(sentence, end, kind, cache)
    return None if found is None else _second_verb(*found)


def clause_heads(sentence: str, end: int, kind: str | None, cache: dict | None = None) -> list[tuple[int, int, str]]:
    """The heads :func:`clause_at_time` and :func:`coordinated_in_clause` give (either, both or none), from
    one reading of the clause: what :func:`~presslens.timeline.events.anchored_heads` adds per expression."""
    found = _clause_verb(sentence, end, kind, cache)
    if found is None:
        return []
    second = _second_verb(*found)
    verb = (*found[0][found[2]][:2], "on")
    return [verb] if second is None else [verb, second]


def _second_verb(words: list[tuple[int, int, str, str]], tags: list[str], head: int) -> tuple[int, int, str] | None:
    """:func:`coordinated_in_clause`'s verb in the clause ``words`` (tagged ``tags``) whose verb is word ``head``."""
    past = _past_form(words[head][3])
    for k in range(head + 1, min(len(words), head + 1 + _MAX_OBJECT + 2)):
        if words[k][3] in _INNER_CLAUSE:
            return None
        if words[k][3] != "and":
            continue
        chain = next((c for c in _chains(words, tags, len(words)) if c[0] > k), None)
        if chain is None or chain[0] - k > _AND_SUBJECT + 1:
            return None
        verbs = [j for j in range(chain[0], chain[1] + 1) if tags[j] == "verb"]
        if not verbs:
            return None
        w = words[verbs[-1]]
        if w[3].endswith("ing") or "-" in w[3] or (past and not _past_form(w[3])):
            return None
        return w[0], w[1], "on"
    return None


def _past_form(word: str) -> bool:
    """Whether lower-case ``word`` has the form of a past: an "-ed" ending or a listed irregular past."""
    return word.endswith("ed") or word in _IRREGULAR


_TO_VERB = re.compile(r"\s+to\s+([a-z]+)\b")
_NOT_IN_PHRASE = re.compile(r"[.;:!?()\[\]\"“”—–]|\s-\s")


def infinitive_of_gathering(sentence: str, head: tuple[int, int], start: int, end: int, cache: dict | None = None
                            ) -> tuple[int, int, str] | None:
    """The verb of a to-infinitive right after the expression at ``start:end`` of ``sentence`` when the
    head ``head`` (start, end) found before it is a noun of a gathering or journey
    (``data/timeline_gathering_nouns.txt``) and no verb stands between them, as (start, end, "on"):
    what is done at the gathering, on its date ("a news conference Thursday to announce": announce, "a
    ceremony in Caldry on March 12 to mark": mark). None otherwise: another noun ("his vote in 2005 to
    provide", "an offer in August to meet": done later, if at all), a verb between ("the meeting was
    moved to Friday to allow"), or no bare verb after "to" ("to the port", "to voting"). ``cache``: as
    for :func:`span_words`."""
    hs, he = head
    if sentence[hs:he].lower() not in GATHERING_NOUNS or he > start or _NOT_IN_PHRASE.search(sentence, he, start):
        return None
    to = _TO_VERB.match(sentence, end)
    if to is None:
        return None
    lw = to.group(1)
    if lw in _FUNCTION or lw in _DETERMINERS or lw in _AUX or lw.endswith(("ing", "ed")):
        return None
    _, tags = span_words(sentence, he, start, cache)
    if any(tag in ("aux", "verb") for tag in tags):
        return None
    return to.start(1), to.end(1), "on"


# An implicative verb and "to" right before a word, white space between ("declined to comment")
_BEFORE_TO = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+to\s+$")
_POSSESSIVE = re.compile(r"['’]s\b")
# Words that may open a clause of their own ("that", "when", "what", "after"): an "and" or a date after one may be
# that clause's
_OPENS_CLAUSE = CLAUSE_OPENERS | ASIDE_OPENERS | CLAUSE_PREPOSITIONS


def implicative_verb(sentence: str, head: tuple[int, int, str], start: int, end: int, cache: dict | None = None
                     ) -> tuple[int, int, str] | None:
    """The implicative verb (``data/timeline_implicative_verbs.txt``: decline, refuse, fail, manage, try,
    attempt) whose to-infinitive is the head ``head`` (start, end, relation) the expression at ``start:end`` of
    ``sentence`` dates, as (start, end, the head's relation): the declining or failing is done when what it declines
    or fails to do would be, so a reader dates the two alike and TimeML links both ("Amherst police officials
    declined to comment Saturday": declined; "attacked him for failing to enforce a court order in 1992": failing).
    None otherwise; when the relation is not "on" (a date after "by" or "until" bounds what is to be done, not the
    failing: "failed to pay by June"); when the expression names no time of the infinitive's own but a noun's, before
    a noun or a possessive, or an adjective of the present ("refusing to call the Christmas party slaughter", "managed
    to split delegates in Tuesday's contests", "refuses to follow our current laws"); and when a comma, a possessive
    or a word that may open a clause stands between the two ("try to do what we did last year", "fail to meet
    standards that now apply": another clause's date; "failed to predict Cruz's win on Tuesday night": the date of
    the possessed noun's event). ``cache``: as for :func:`span_words`."""
    hs, he, relation = head
    if relation != "on" or not sentence[hs:he].isalpha() or not sentence[hs:he].islower():
        return None
    to = _BEFORE_TO.search(sentence, max(0, hs - 30), hs)
    if to is None or to.group(1).lower() not in IMPLICATIVE_VERBS:
        return None
    lo, hi = (he, start) if he <= start else (end, to.start(1))
    between = span_words(sentence, lo, hi, cache)[0]
    if "," in sentence[lo:hi] or _POSSESSIVE.search(sentence, lo, hi) \
            or any(w[3] in _OPENS_CLAUSE or w[3] in _INNER_CLAUSE for w in between):
        return None
    after = _word_after(sentence, end, cache)
    if sentence[start:end].lower() in TIME_ADJECTIVES or _POSSESSIVE.match(sentence, end) \
            or after is not None and after[0][2].isalpha() \
            and after[0][2].islower() and after[1] not in ("verb", "aux", "stop") \
            and after[0][3] not in _FUNCTION | _DETERMINERS | PREPOSITIONS:
        return None
    return to.start(1), to.end(1), relation


_LIGHT_OBJECTS = EVENT_NOUNS | GATHERING_NOUNS | SAYING_OCCASIONS - DOCUMENT_NOUNS
_OBJECT_WORDS = 4  # words of the object's phrase before its noun ("a successful coup", "an impromptu press briefing")
_OBJECT_OPENERS = _DETERMINERS - _DEMONSTRATIVES  # what may open it ("made that clear" opens none)
# The date's phrase closed by a comma right before the verb: the date is an aside of the verb's subject ("McCain,
# the party's nominee in 2008, issued a statement": not issued, nor statement)
_ASIDE_BEFORE = re.compile(r"[\s'’\"”)]*,\s*")


def object_of_light_verb(sentence: str, head: tuple[int, int, str], start: int, end: int, cache: dict | None = None
                         ) -> tuple[int, int, str] | None:
    """The event noun (``data/timeline_event_nouns.txt``, ``data/timeline_gathering_nouns.txt``,
    ``data/timeline_saying_occasions.txt`` but its documents, ``data/timeline_document_nouns.txt``: "issued a
    statement" dates issued alone) that is the object of the head ``head`` (start, end, relation), a
    light verb (``data/timeline_light_verbs.txt``) the expression at ``start:end`` of ``sentence`` dates, as (start,
    end, the verb's relation): the verb names no event of its own but the doing of its object, and a reader dates
    the two alike ("held a news conference Tuesday", "In July, Hun Sen staged a successful coup", "had a net loss
    for the quarter"; TimeML links both). The noun, in lower case, ends its phrase (a last noun of two: "a
    conference call": call) at most ``_OBJECT_WORDS`` words after the verb, with no punctuation, function word,
    demonstrative, verb nor the expression between ("made clear that his meeting": no; "issued Thursday's ruling":
    the date's own noun, found beside). None otherwise ("had a chance"), and where a lower-case word goes on with
    the noun's phrase ("held a campaign stop"), where a planning word follows the noun and the expression comes
    before it ("now had a rally scheduled for that night": the rally is that night's), or where the expression
    closes an aside right before the verb (``_ASIDE_BEFORE``). ``cache``: as for :func:`span_words`."""
    hs, he, relation = head
    if sentence[hs:he].lower() not in LIGHT_VERBS or end <= hs and _ASIDE_BEFORE.fullmatch(sentence, end, hs):
        return None
    words, tags = span_words(sentence, he, min(len(sentence), he + 80), cache)
    noun = None
    for k, (ws, we, w, lw) in enumerate(words[:_OBJECT_WORDS + 2]):
        if ws < end and start < we or _NOT_IN_PHRASE.search(sentence, he, ws) or "," in sentence[he:ws]:
            break
        if lw in _LIGHT_OBJECTS and w.islower():
            noun = ws, we, relation
            continue
        verb = lw in _AUX or tags[k] in ("verb", "aux") and lw not in _DETERMINERS
        if noun is not None:
            # a lower-case word after the noun, no preposition nor adverb, goes on with its phrase ("a campaign
            # stop", "the election results"): the noun is not the object's
            phrase = w.isalpha() and w.islower() and not verb and not lw.endswith("ly") \
                and lw not in _FUNCTION | PREPOSITIONS | ASIDE_OPENERS | _NOT_HEADS
            return None if phrase or lw in SCHEDULE_WORDS and start < ws else noun
        if (lw in _FUNCTION or lw in _DEMONSTRATIVES) and lw not in _OBJECT_OPENERS or verb:
            break
    return noun


# A hyphenated adjective of time: its last part after a hyphen is a word ("third-quarter", "five-year",
# "year-earlier", "mid-January"), not a number of a range ("March 17-20", "a 1967-70 war").
_HYPHENATED = re.compile(r"\S-[A-Za-z]+$")
# A span preposition and at most three words before the expression ("during his", "through much of the").
_IN_SPAN = re.compile(r"\b(?:" + alternation(SPAN_PREPOSITIONS) + r")\s+(?:[\w'’]+\s+){0,3}$", re.I)


def modifies_noun(sentence: str, start: int, end: int, cache: dict | None = None, kind: str | None = None) -> bool:
    """Whether the expression at ``start:end`` of ``sentence`` is a hyphenated adjective before a noun
    whose phrase is no span of time: "third-quarter net income", "a five-year deal", "the year-earlier
    loss", "a 16-hour flight"; or a date (``kind`` "DATE") between a determiner and a noun: "remembers
    the 1956 uprising", "adopted after the 1987 crash", "cited costs from its 1988 recapitalization"; or an
    adjective of the present (``data/timeline_time_adjectives.txt``) with no determiner before it (after one it
    is such a date) before a noun: "with the help of current shareholders", "answered questions on current
    issues"; or a date after a name's possessive, as after "her" (:func:`_after_name`: "challenged Quill's August
    reelection").
    Such an expression dates the noun of its phrase (or what that noun does
    after it: "third-quarter profit jumped"), not a word before the phrase that governs it ("posted a gain
    in third-quarter net income": not posted, nor gain; "attributed its fourth-quarter slump": not
    attributed; "signed a four-year deal": not signed; "remembers the 1956 uprising": not remembers).
    Not an expression after a span preposition
    (``data/timeline_span_prepositions.txt``), whose phrase is the time of what it attaches to ("visited
    during his two-year stint"), a range ("March 17-20 via"), nor one before a function word, a verb or a
    name ("the third-quarter of"). ``cache``: as for :func:`span_words`."""
    if not (_HYPHENATED.search(sentence[start:end])
            or kind == "DATE" and (_after_determiner(sentence, start, cache) or _after_name(sentence, start, cache))
            or sentence[start:end] in TIME_ADJECTIVES and not _after_word(sentence, start, _DETERMINERS)) \
            or _IN_SPAN.search(sentence[max(0, start - 60):start]):
        return False
    after = _word_after(sentence, end, cache)
    if after is None:
        return False
    (_, _, w, lw), tag = after
    return (w.isalpha() and w.islower() and lw not in _FUNCTION and lw not in _DETERMINERS and lw not in _AUX
            and tag not in ("verb", "aux", "stop"))


_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]+)\s+$")


def _after_word(sentence: str, start: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` (lower case) stands right before ``start`` of ``sentence``, white space between."""
    last = _WORD_BEFORE.search(sentence, max(0, start - 12), start)
    return last is not None and last.group(1).lower() in words


def _after_determiner(sentence: str, start: int, cache: dict | None = None) -> bool:
    """Whether a determiner ("the", "its", "an"; not "this" or "that", which may stand alone: "spoke about this
    yesterday") stands right before ``start`` of ``sentence``, white space between, and no preposition of
    ``data/timeline_setting_prepositions.txt`` right before it ("said in his 2012 book": the book's date is
    the saying's), nor a verb of ``data/timeline_participation_verbs.txt`` ("lost the 2008 election")."""
    if not _after_word(sentence, start, _DETERMINERS):  # a cheap look first: most dates follow none
        return False
    words = span_words(sentence, max(0, start - 30), start, cache)[0]
    if not words or words[-1][3] not in _DETERMINERS or words[-1][3] in _DEMONSTRATIVES \
            or not sentence[words[-1][1]:start].isspace():
        return False
    return _governs_alone(words[:-1])


def _governs_alone(words: list[tuple[int, int, str, str]]) -> bool:
    """Whether a date in a noun phrase opening right after ``words`` (:func:`span_words`) dates the phrase's noun
    alone: no verb of ``data/timeline_participation_verbs.txt`` right before the phrase ("lost the 2008 election":
    lost is dated too) and no preposition of ``data/timeline_setting_prepositions.txt`` before it ("said in his 2012
    book": the book's date is the saying's)."""
    if words and words[-1][3] in PARTICIPATION_VERBS:
        return False
    return not any(" ".join(w[3] for w in words[-n:]) in SETTING_PREPOSITIONS for n in (1, 2, 3))


# A name's possessive, with its first names and titles, right before a date ("Mr. Tobin Arle's 2030 wedding"); a
# capital of any script opens each word ("attended Émile Arle's 2030 wedding": the name whole, not "Arle's" alone).
_NAME_POSSESSIVE = regex.compile(r"(?<![\w'’])(?:\p{Lu}[\w.-]*\s+){0,3}\p{Lu}[\w.-]*['’]s\s+$")


def _after_name(sentence: str, start: int, cache: dict | None = None) -> bool:
    """Whether a name's possessive stands right before ``start`` of ``sentence``, white space between, where a
    determiner's date dates its noun alone (:func:`_after_determiner`, :func:`_governs_alone`; a determiner before the
    name is the name's: "acquiesced in the Fed's December increase"). A name's possessive is a determiner as "her" is:
    "challenged Quill's August reelection" dates the reelection, not the challenge, as "challenged her August
    reelection" does; "attended Mr. Arle's 2030 wedding" dates the attending too."""
    name = _NAME_POSSESSIVE.search(sentence, max(0, start - 40), start)
    if name is None:
        return False
    words = span_words(sentence, max(0, name.start() - 30), name.start(), cache)[0]
    if words and words[-1][3] in _DETERMINERS:
        words = words[:-1]
    return _governs_alone(words)


def _word_after(sentence: str, end: int, cache: dict | None = None) -> tuple[tuple[int, int, str, str], str] | None:
    """The word right after the expression ending at ``end`` of ``sentence`` (white space alone between) and its
    tag, as :func:`span_words` and :func:`join_tags` give them; None where none follows so."""
    words, tags = join_tags([span_words(sentence, end, min(len(sentence), end + 40), cache)])
    if not words or not sentence[end:words[0][0]].isspace():
        return None
    return words[0], tags[0]


# Verbs that report what someone said ("said", "announced", "insisted"), not "is" or "has"; what may
# stand between one and an expression right after it.
_SAYING = (GENERIC_HEADS | SPEECH_HEADS) - _AUX
_SAYING_GAP = re.compile(r"\s+(?:on\s+)?", re.I)


def reporting_before(sentence: str, start: int, end: int, cache: dict | None = None) -> tuple[int, int] | None:
    """The (start, end) of the reporting verb right before the expression at ``start:end`` of
    ``sentence`` (past "on") when a reported clause follows the expression: "said Tuesday that any
    president would have to", "announced on Friday that Ryan will meet", "said Monday she will seek". The
    date is then the saying's, not that of the events reported after it (keep, meet, seek). None when
    the word after the expression opens no subject nor "that": a preposition ("said Monday at the
    meetings"), a verb ("officials said 2016 has seen": the expression is the reported clause's
    subject), a possessive ("said Monday's decision"), what opens a clause set at the date ("said
    Thursday as members looked on"). ``cache``: as for :func:`span_words`."""
    before, _ = span_words(sentence, max(0, start - 30), start, cache)
    verb = before[-2] if len(before) > 1 and before[-1][3] == "on" else before[-1] if before else None
    if verb is None or verb[3] not in _SAYING or not _SAYING_GAP.fullmatch(sentence, verb[1], start):
        return None
    if _TIME_CLAUSE.match(sentence, end):
        return None
    after = _word_after(sentence, end, cache)
    if after is None:
        return None
    (_, _, _, lw), tag = after
    subject = lw in _DETERMINERS or lw in _SUBJECT_PRONOUNS or (lw not in _FUNCTION and tag not in
                                                                   ("verb", "aux", "stop"))
    return verb[:2] if lw == "that" or subject else None


_OCCASIONS = GATHERING_NOUNS | SAYING_OCCASIONS
_OCCASION_GAP = 6  # words between a reporting verb and the noun of its occasion ("told reporters at a news conference")
_AT_OCCASION = frozenset("in at during to".split())  # what may open the occasion's phrase
# What may stand between a gathering's noun and the date after it: a place or a party named in capitals ("at a rally
# in Macon on Tuesday", "in an interview with ABC News on Sunday", "at a campaign event in Ames, Iowa, on Sunday"),
# then "on" or "in" ("in an interview in October 2010"); at most _NAMED_WORDS words.
_NAMED_AFTER = re.compile(r"\s+(?:(?:with|in|at|to)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*,?\s+){1,4})?(?:(?:on|in)\s+)?")
_NAMED_WORDS = 7


def saying_at_occasion(sentence: str, head: tuple[int, int], start: int, end: int, cache: dict | None = None
                       ) -> tuple[int, int, str] | None:
    """The reporting verb whose occasion is the head ``head`` (start, end), a noun before the expression at
    ``start:end`` of ``sentence`` (past a place or a party its phrase names, then "on" or "in": ``_NAMED_AFTER``)
    of ``data/timeline_gathering_nouns.txt`` or ``data/timeline_saying_occasions.txt``, as (start, end, "on"):
    the saying is on the date of its occasion ("said in a telephone interview Monday", "told a news conference
    on Tuesday", "told reporters at a briefing Thursday", "said in a Rolling Stone interview in October 2010").
    The verb stands at most ``_OCCASION_GAP`` words before the noun, with no verb, no clause opening ("reported
    that during Obama's visit") nor punctuation between, and either a preposition of ``_AT_OCCASION`` or, after
    "told" or "addressed" alone, the noun's determiner opening its phrase; None otherwise ("said the meeting
    Tuesday would": the meeting the reported clause's subject). ``cache``: as for :func:`span_words`."""
    hs, he = head
    if he > start or sentence[hs:he].lower() not in _OCCASIONS or not _NAMED_AFTER.fullmatch(sentence, he, start):
        return None
    words, tags = span_words(sentence, max(0, hs - 80), hs, cache)
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _OCCASION_GAP), -1):
        w, tag = words[k], tags[k]
        if _NOT_IN_PHRASE.search(sentence, w[1], hs):
            return None
        if w[3] in _SAYING:
            between = [x[3] for x in words[k + 1:]]
            direct = w[3] in ("told", "tells", "tell", "addressed", "addresses") and between[:1] \
                and between[0] in _DETERMINERS
            return (*w[:2], "on") if direct or _AT_OCCASION & set(between) else None
        if tag in ("verb", "aux") or w[3] in _INNER_CLAUSE:
            return None  # a verb, or a clause opening ("reported that during Obama's visit": the reported visit)
    return None


_OCCASION_PHRASE = frozenset("in at during".split())  # what opens the phrase of a gathering the date is set in
_OCCASION_WORDS = 5  # words of that phrase between its preposition and its noun ("at a Barclays Conference")
_OCCASION_AFTER = re.compile(r"\s+(?:in|at|during)\s+", re.I)


def occasion_of(sentence: str, start: int, end: int, kind: str | None, cache: dict | None = None
                ) -> tuple[int, int, str] | None:
    """The noun of a gathering or of a saying's occasion (``data/timeline_gathering_nouns.txt``,
    ``data/timeline_saying_occasions.txt``) in a phrase opened by "in", "at" or "during" that the expression
    at ``start:end`` of ``sentence`` closes ("During a rally Tuesday night", "said at a Barclays Conference on
    Tuesday": the noun before the expression, past a place or a party it names and "on": "in an interview with
    ABC News on Sunday") or that follows it ("On Saturday in the second Democratic debate", "went after him
    Wednesday morning during a CNN panel"), as (start, end, "on"):
    the gathering is held on that date, as a reader dates it, whatever preposition the date takes. At most
    ``_OCCASION_WORDS`` words between the preposition and the noun, none a verb, no punctuation, and after the
    expression none a preposition or conjunction ("reported Monday in its story on the interview"); not for a
    duration or a set ("during a two-hour hearing"), nor a capitalised "March" (a month). None when there is
    none. ``cache``: as for :func:`span_words`."""
    if kind not in ("DATE", "TIME"):
        return None
    before, tags = span_words(sentence, max(0, start - 120), start, cache)
    k = next((i for i in range(len(before) - 1, max(-1, len(before) - 2 - _NAMED_WORDS), -1)
              if _occasion_noun(before[i]) and _NAMED_AFTER.fullmatch(sentence, before[i][1], start)), -1)
    if k >= 0:
        for j in range(k - 1, max(-1, k - 2 - _OCCASION_WORDS), -1):
            if _NOT_IN_PHRASE.search(sentence, before[j][1], before[k][0]) \
                    or "," in sentence[before[j][1]:before[k][0]]:
                break
            if before[j][3] in _OCCASION_PHRASE:
                return before[k][0], before[k][1], "on"
            if tags[j] in ("verb", "aux"):
                break
    opened = _OCCASION_AFTER.match(sentence, end)
    if opened is None:
        return None
    after, tags = span_words(sentence, opened.end(), min(len(sentence), opened.end() + 80), cache)
    for w, tag in zip(after[:_OCCASION_WORDS + 1], tags):
        if _NOT_IN_PHRASE.search(sentence, opened.end(), w[0]) or "," in sentence[opened.end():w[0]]:
            return None
        if _occasion_noun(w):
            return w[0], w[1], "on"
        if tag in ("verb", "aux") or w[3] in _FUNCTION and w[3] not in _DETERMINERS:
            return None  # a verb, or another phrase or clause ("in its story on the interview": the story's date)
    return None


def _occasion_noun(word: tuple[int, int, str, str]) -> bool:
    """Whether ``word`` (start, end, word, lower case) is a noun of a gathering or a saying's occasion, not the
    month March."""
    return word[3] in _OCCASIONS and word[2] != "March"


# A phrase of a saying's occasion opening the sentence up to its noun ("In an interview", "Speaking at a
# news conference"), and what stands between the expression after it and the main clause (its comma).
_OCCASION_OPENING = re.compile(r"\s*(?:(?:speaking|writing|testifying)\s+)?(?:in|at|during)\s+(?:[\w'’.-]+\s+){0,5}$",
                               re.I)
_CLAUSE_AFTER = re.compile(r"\s*,\s*")
_MAIN_CLAUSE_WORDS = 12  # words of the main clause's subject and verb after such a phrase


def saying_after_occasion(sentence: str, start: int, end: int, cache: dict | None = None
                          ) -> tuple[int, int, str] | None:
    """The reporting verb of the main clause after a phrase opening ``sentence`` that names a saying's
    occasion and ends with the expression at ``start:end`` ("In an interview on Tuesday, Ada Quill said",
    "At a news conference Friday, the mayor announced"), as (start, end, "on"): the occasion's noun
    (:func:`saying_at_occasion`'s) right before the expression (past "on" alone), a comma after it, and
    the reporting verb the first verb within ``_MAIN_CLAUSE_WORDS`` words, before any punctuation but
    commas; None otherwise. ``cache``: as for :func:`span_words`."""
    comma = _CLAUSE_AFTER.match(sentence, end)
    if comma is None or "," not in comma.group():
        return None
    before, _ = span_words(sentence, max(0, start - 80), start, cache)
    noun = before[-2] if len(before) > 1 and before[-1][3] == "on" else before[-1] if before else None
    if noun is None or noun[3] not in _OCCASIONS or not _SAYING_GAP.fullmatch(sentence, noun[1], start) \
            or not _OCCASION_OPENING.fullmatch(sentence, 0, noun[0]):
        return None
    stop = _NOT_IN_PHRASE.search(sentence, comma.end())
    words, tags = span_words(sentence, comma.end(), stop.start() if stop else len(sentence), cache)
    for w, tag in zip(words[:_MAIN_CLAUSE_WORDS], tags[:_MAIN_CLAUSE_WORDS]):
        if w[3] in _SAYING:
            return (*w[:2], "on")
        if tag in ("verb", "aux"):
            return None
    return None


# A phrase opening the sentence, past a quotation mark or "and"/"but", with a preposition of _OCCASION_PHRASE: "During
# the 2030 election,", "At a rally in Ostrin on Tuesday,".
_FRONTED_PHRASE = re.compile(r"""\s*(?:["“'‘]+\s*)?(?:(?:and|but)\s+)?(?:"""
                             + alternation(_OCCASION_PHRASE) + r")\s+", re.I)


def verb_after_fronted_event(sentence: str, start: int, end: int, kind: str | None, cache: dict | None = None
                             ) -> tuple[int, int, str] | None:
    """The verb of the main clause after a phrase opening ``sentence`` with "in", "at" or "during" that names an
    event or a gathering (``data/timeline_event_nouns.txt``, ``data/timeline_gathering_nouns.txt``,
    ``data/timeline_saying_occasions.txt``) and holds its date, the expression at ``start:end``, as (start, end,
    "on"): what the main clause tells was done in that event, on its date ("During the 2030 election, Ada Quill
    largely ran on her record", "At a rally in Ostrin on Tuesday, Odo Brann promised", "In a July interview with
    Radio Vell, she spoke"), as a reader dates it and as TimeML links it ("In a televised address Friday, President
    ... described"). The noun is the one the date modifies (:func:`modified_noun`: "the 2030 election", "Tuesday
    night's harbour debate") or the one before it past a place or a party and "on" or "in" (``_NAMED_AFTER``: "a
    meeting Tuesday morning", "an interview in Amherst last week"); at most ``_OCCASION_WORDS`` words before the
    first of the two, none a function word but a determiner ("In the days following last Friday's attacks", "in
    the wake of Sunday's attack": what follows the event is not in it); no verb and no clause opening before the
    comma that ends the phrase; the main clause's verb as :func:`clause_at_time` finds a clause's, its subject
    first. A saying after such a phrase is :func:`saying_after_occasion`'s too. None otherwise. ``cache``: as for
    :func:`span_words`."""
    if kind not in ("DATE", "TIME"):
        return None
    opened = _FRONTED_PHRASE.match(sentence)
    if opened is None or opened.end() > start:
        return None
    comma = sentence.find(",", end)
    if comma < 0 or _NOT_IN_PHRASE.search(sentence, opened.end(), comma):
        return None
    words, tags = join_tags([span_words(sentence, opened.end(), comma, cache)])
    if any(tag in ("aux", "verb") for tag in tags) or any(w[3] in _INNER_CLAUSE for w in words):
        return None
    before = [w for w in words if w[1] <= start]
    after = [(w, tag) for w, tag in zip(words, tags) if w[0] >= end]
    after_words, after_tags = [w for w, _ in after], [tag for _, tag in after]
    noun = modified_noun(sentence, before, after_words, after_tags) \
        or modified_noun(sentence, before, after_words, after_tags, past_name=True)
    if noun is None:
        noun = next((w[:2] for w in reversed(before) if (_occasion_noun(w) or w[3] in EVENT_NOUNS)
                     and _NAMED_AFTER.fullmatch(sentence, w[1], start)), None)
    if noun is None:
        return None
    first = min(noun[0], start)
    lead = [(w, tag) for w, tag in zip(words, tags) if w[1] <= first]
    if len(lead) > _OCCASION_WORDS or "," in sentence[opened.end():first] \
            or any(tag == "stop" or w[3] in _FUNCTION and w[3] not in _DETERMINERS for w, tag in lead):
        return None
    stop = _CLAUSE_STOP.search(sentence, comma + 1)
    clause, clause_tags = join_tags([span_words(sentence, comma + 1, stop.start() if stop else len(sentence),
                                                cache)])
    head = _subject_verb(clause, clause_tags)
    return None if head is None else (*clause[head][:2], "on")


_LEADS = PREPOSITIONS | SETTING_PREPOSITIONS | SENTENCE_LEADS  # what may stand before a date opening the sentence
_ASIDE_OPENING = PREPOSITIONS | CLAUSE_OPENERS | ASIDE_OPENERS
_LEAD_WORDS = 3  # words before such a date ("But on April 8")
_TAIL_WORDS = 3  # words between it and the comma that ends its phrase ("on Tuesday night in Ostrin,")
_ASIDES = 4  # comma-parted pieces between that phrase and the main clause's verb
_SHORT_SAYING = 3  # words of a saying read as an aside there ("In 2030, Ada Quill said, the mill lost money")
# What ends the reading of the pieces after such a phrase (not a quotation mark: "under what he called ''the old
# model,'' the club charged"; not a full stop: "Mr.", "Fla.").
_PIECE_STOP = re.compile(r"[;:!?()\[\]—–]|\s-{1,2}\s|\s_\s")


def verb_past_aside(sentence: str, start: int, end: int, kind: str | None, relation: str,
                    cache: dict | None = None) -> tuple[int, int, str] | None:
    """The verb of the main clause after a date or time that opens ``sentence`` (the expression at ``start:end``),
    when an aside stands between the phrase holding it and that clause, as (start, end, ``relation``): what the main
    clause tells happened on that date, as a reader dates it and as TimeML links it ("On Friday, when the envoy set
    aside her holiday, the ministry lifted its warning": lifted; "But on April 8, investigators, wondering how the
    thief fled, searched the quarry": searched). The expression opens the sentence past at most ``_LEAD_WORDS`` words
    of ``_LEADS`` (a preposition, "but", "also": ``data/timeline_sentence_leads.txt``) and at most ``_TAIL_WORDS``
    words, no verb, before the comma that ends its phrase. The pieces after it, parted by commas, are read in turn
    (at most ``_ASIDES`` of them): one opened by a preposition or a subordinating or relative word
    (``data/timeline_aside_openers.txt``, ``data/timeline_clause_openers.txt``) is an aside, so is one opened by a
    verb before the subject ("now called Trump National Doral") or by a participle after it ("wondering how", "led
    by the mayor"), a saying of at most ``_SHORT_SAYING`` words ("he said") and a noun phrase after the subject (an
    apposition); a noun phrase with no verb is the subject, opened by a determiner, a pronoun, a number, a
    capitalised word or a bare plural ("Now, compare that with": no subject); the first piece with a subject and a
    verb (:func:`clause_at_time`'s reading), or opened by a finite verb after the subject, holds the verb. None
    when no aside stands before it (the nearest verb after the date is then the rules' and the learned layer's: "On
    Friday, the minister resigned"), or when a piece is read as none of these. ``cache``: as for :func:`span_words`."""
    found = _main_clause_past_date(sentence, start, end, kind, cache)
    if found is None or not found[3]:
        return None
    words, _, head, _ = found
    return (*words[head][:2], relation)


def verb_coordinated_past_date(sentence: str, start: int, end: int, kind: str | None, relation: str,
                               cache: dict | None = None) -> tuple[int, int, str] | None:
    """The second verb of the main clause after a date or time that opens ``sentence`` (the expression at
    ``start:end``), coordinated with its verb by "and" (:func:`coordinated_in_clause`'s reading), as (start, end,
    ``relation``): the main clause's second event, on that date as its first is ("But on April 8, investigators
    searched the quarry once more and unearthed a rifle": unearthed; "On Friday, the minister resigned and left the
    capital": left). The main clause is :func:`verb_past_aside`'s, with or without an aside before it; its verb
    the rules and the learned layer give, or :func:`verb_past_aside`. None when no such clause or second verb is
    found ("On Friday, the minister resigned, and police said": a clause of its own past the comma), after a verb of
    saying, whose reported clause follows it ("Sunday, Ada Quill said Caldry and Ostrin have agreed"), and where a
    subject stands after "and" and a word that may open a clause (``data/timeline_clause_openers.txt``,
    ``data/timeline_aside_openers.txt``, ``data/timeline_clause_prepositions.txt``) before it: the "and" joins that
    clause's subjects ("resigned after the mayor and the council objected"). ``cache``: as for :func:`span_words`."""
    found = _main_clause_past_date(sentence, start, end, kind, cache)
    if found is None:
        return None
    words, tags, head, _ = found
    if words[head][3] in _SAYING:
        return None  # after a saying, an "and" joins words of what is said ("Pantucci said China and Russia have")
    second = _second_verb(words, tags, head)
    if second is None:
        return None
    between = [w[3] for w in words[head + 1:] if w[0] < second[0]]
    joined = len(between) - 1 - between[::-1].index("and")
    if joined < len(between) - 1 and any(w in _OPENS_CLAUSE for w in between[:joined]):
        return None  # "resigned after the mayor and the council objected": subjects of a clause the verb opens
    return (*second[:2], relation)


def _main_clause_past_date(sentence: str, start: int, end: int, kind: str | None, cache: dict | None = None
                           ) -> tuple[list[tuple[int, int, str, str]], list[str], int, int] | None:
    """The main clause after a date or time opening ``sentence`` (the expression at ``start:end``), read as
    :func:`verb_past_aside` says: its words and their tags, from the piece's opening to the comma or stop ending
    it, the index of its verb among them and the number of asides read before it; None when the expression
    opens no sentence so or no such clause is found."""
    if kind not in ("DATE", "TIME"):
        return None
    lead = span_words(sentence, 0, start, cache)[0]
    comma = sentence.find(",", end)
    if len(lead) > _LEAD_WORDS or any(w[3] not in _LEADS for w in lead) or comma < 0 \
            or _PIECE_STOP.search(sentence, end, comma):
        return None
    tail, tail_tags = span_words(sentence, end, comma, cache)
    if len(tail) > _TAIL_WORDS or tail and tail[0][3] not in _LEADS \
            or any(tag in ("verb", "aux") or w[3] in _INNER_CLAUSE for w, tag in zip(tail, tail_tags)):
        return None  # not a phrase of the date's: "Now Jeb Bush, who ..., hopes"
    asides, subject, at = 0, False, comma + 1
    for _ in range(_ASIDES + 1):
        close = sentence.find(",", at)
        stop = _PIECE_STOP.search(sentence, at, close if close >= 0 else len(sentence))
        piece_end = stop.start() if stop else close if close >= 0 else len(sentence)
        words, tags = join_tags([span_words(sentence, at, piece_end, cache)])
        first = next((k for k, tag in enumerate(tags) if tag != "stop"), None)
        if first is not None:
            chains = _chains(words, tags, len(words))
            if words[0][3] in _ASIDE_OPENING:
                pass
            elif tags[first] in ("verb", "aux"):
                head = chains[0][2]
                if subject and tags[head] == "verb" and not _participle(words, head):
                    return words, tags, head, asides
            else:
                head = _subject_verb(words, tags)
                if head is not None and (words[head][3] not in _SAYING or len(words) > _SHORT_SAYING):
                    return words, tags, head, asides
                if head is None and (chains or not subject and not _opens_subject(words[first])):
                    return None  # a clause read as none of these, or no subject: "Now, compare that with"
                subject = True
            asides += 1
        if stop or close < 0:
            return None
        at = close + 1
    return None


def _opens_subject(word: tuple[int, int, str, str]) -> bool:
    """Whether ``word`` may open a subject: a determiner, a pronoun, a number, a capitalised word or a bare plural
    ("investigators"), not a verb's bare form ("Now, compare that with")."""
    return (word[3] in _DETERMINERS or word[3] in _SUBJECT_PRONOUNS or word[2][0].isdigit() or word[2][0].isupper()
            or word[3].endswith("s") and not word[3].endswith("ss"))


def _participle(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Whether word ``k`` of ``words`` opens a participle phrase: an "-ing" form ("wondering how"), or a
    verb before "by" ("led by the mayor", "accompanied by a lawyer")."""
    return words[k][3].endswith("ing") or k + 1 < len(words) and words[k + 1][3] == "by"


# What opens a relative clause: "who", "whom", "whose" or "which" after a comma ("Mr. Gunnels, who now
# works"), "who" or "whose" right after a word ("a toy maker whose stock peaked": "which" alone is as often
# a determiner; lower case: "NBC affiliate WHO"); what ends one after an expression (not the comma of a
# number, "$46,344").
_RELATIVE_OPENER = re.compile(r",\s+(?=(?:who|whom|whose|which)\b)|(?<=[A-Za-z])\s+(?=(?:who|whose)\b)")
_RELATIVE_END = re.compile(r",(?!\d)|[;:()\[\]\"“”—–!?]|\s-{1,2}\s|\s_\s")


def relative_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the relative clause that holds the expression at ``start:end`` of
    ``sentence``: from its opener (``_RELATIVE_OPENER``, at most 150 characters before the expression,
    no punctuation between) to the punctuation that ends it after the expression, or the end of
    ``sentence``. The expression dates the events of that clause, not the verbs of the sentence around
    it: "said Mr. Gunnels, who now works on the campaign" (not said), "Republicans, who currently hold a
    majority, have blocked" (not blocked), "a toy maker whose stock peaked in the early 1980s, filed" (not
    filed). None when there is none."""
    opened = None
    for opened in _RELATIVE_OPENER.finditer(sentence, max(0, start - 150), start):
        pass
    if opened is None or _RELATIVE_END.search(sentence, opened.end(), start) or "." in sentence[opened.end():start]:
        return None
    closed = _RELATIVE_END.search(sentence, end)
    return opened.end(), closed.start() if closed else len(sentence)


# A double quotation mark (straight, curly, or two apostrophes, as some wires print one; single ones are also
# apostrophes: "Sanders' comments") at a clause's edge: closing after punctuation ('today,"', 'now?"') or opening
# after a comma, colon or dash ('with, "Why', '— "Pop-up'). One opening after a word inside a clause begins a quoted
# phrase of that clause ('tapping its lines "for a good part of 1990."', 'Obama and Hollande "reaffirmed').
_EDGE_QUOTATION = re.compile(r"""(?:(?<=[,.?!;:—–])|(?<=[,;:—–(]\s))(?:["“”]|'')""")


_ANY_QUOTATION = re.compile(r"""["“”]|''""")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.&!:-]*|&|a|an|the|of|with|and|in|on|at|for|to|from")
_TITLE_WORDS = 8  # words of a quoted title ("“Fox News Sunday,”", "''The Five,''")


def _closes_title(sentence: str, mark: int) -> bool:
    """Whether the quotation mark at ``mark`` closes a title: the words since the mark before it (at most
    ``_TITLE_WORDS``) all capitalised but small ones, the first too: "on Fox News Channel’s “Fox & Friends,” Rep.
    McCaul discussed", "a host of ''The Five,'' refused". A title is a name, not an utterance."""
    opened = None
    for opened in _ANY_QUOTATION.finditer(sentence, max(0, mark - 80), mark):
        pass
    if opened is None:
        return False
    words = sentence[opened.end():mark].rstrip(",.").split()
    return (0 < len(words) <= _TITLE_WORDS and words[0][:1].isupper()
            and all(_TITLE_WORD.fullmatch(w.rstrip(",")) for w in words))


def across_quotation(sentence: str, head: int, start: int, end: int) -> bool:
    """Whether an odd number of double quotation marks at a clause's edge (``_EDGE_QUOTATION``, not closing a
    title: :func:`_closes_title`) stands between the head at ``head`` and the expression at ``start:end`` of
    ``sentence``: one of the two is inside a quoted utterance the other is outside, and the expression dates no
    event across that edge: "''I could see ... as he spoke last year and again today,'' Mrs. Abedini wrote" (not
    wrote), "Clinton responds to Mills with, “Why now?”" (not responds). A whole quotation between them leaves it
    ("called the plan “a disgrace” on Tuesday": called), and so do a quoted phrase of the clause ('Control Data
    will "develop a new bank relationship,"') and a title, whichever mark of it ('Sunday on CNN’s “State of the
    Union,” Obama said', "his tip sheet, ''Playbook,'' seven days a week").
    """
    lo, hi = (end, head) if head >= end else (head, start)
    marks = [m for m in _EDGE_QUOTATION.finditer(sentence, lo, hi) if not _closes_title(sentence, m.start())]
    # nor a title's opening mark (", ''Playbook,'' seven days a week")
    marks = [m for m in marks if not ((after := _ANY_QUOTATION.search(sentence, m.end(), m.end() + 80))
                                      and _closes_title(sentence, after.start()))]
    return len(marks) % 2 == 1


# A dash that sets off an aside: a hyphen or two between spaces, two hyphens, an em dash, an en dash between spaces
# (one between numbers is a range: "2030\u20132031"; a hyphen between words joins them: "cap-and-trade").
_ASIDE_DASH = re.compile(r"\s-\s|--|\u2014|\s\u2013\s")
_TIME_ASIDE_WORDS = 3  # lower-case words an aside of time may open with before its expression ("- at least for now -")


def _time_aside(sentence: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` of ``sentence`` is a dash's aside of time or a line's label, which
    dates the clause around it rather than ending one: an aside of the expression alone, opened by a dash and at most
    ``_TIME_ASIDE_WORDS`` lower-case words, closed by a dash before any comma or stop ("said on election night - Sept.
    24 - she was", "as soon as they opened - noon or earlier -", "for - a few days - the strongest"); or the label of
    a timeline's entry, a line opening with the expression and a dash ("12:25 pm - President Obama is briefed")."""
    if not sentence[:start].strip() and _ASIDE_DASH.match(" " + sentence[end:].lstrip(" ")):
        return True
    opened = None
    for opened in _ASIDE_DASH.finditer(sentence, 0, start):
        pass
    if opened is None:
        return False
    words = sentence[opened.end():start].split()
    closed = _ASIDE_DASH.search(sentence, end)
    return (len(words) <= _TIME_ASIDE_WORDS and all(w.isalpha() and w.islower() for w in words)
            and closed is not None and not re.search(r"[,.;:]\s", sentence[end:closed.start() + 1]))


def across_dash(sentence: str, head: int, start: int, end: int) -> bool:
    """Whether an odd number of dashes that set off an aside (``_ASIDE_DASH``) stand between the head at ``head``
    and the expression at ``start:end`` of ``sentence``: one of the two is inside the aside the other is outside,
    and the expression dates no event across its edge: "suggesting four other nights - one of them on a weekend"
    (not suggesting), "had limited the debates - and hidden them on weekends - to protect Clinton" (not protect).
    A whole aside between them leaves it ("On Tuesday, the mayor -- a Democrat -- opened": opened), and so does an
    aside of time or a line's label (:func:`_time_aside`: "said on election night - Sept. 24 - she": said)."""
    lo, hi = (end, head) if head >= end else (head, start)
    return len(_ASIDE_DASH.findall(sentence, lo, hi)) % 2 == 1 and not _time_aside(sentence, start, end)


_COORDINATORS = frozenset(("and", "but", "or"))


def across_clause(sentence: str, head: int, start: int, end: int, cache: dict | None = None,
                  others: list[tuple[int, int]] = ()) -> bool:
    """Whether a clause of its own opens between the head at ``head`` and the expression at ``start:end`` of
    ``sentence``: a word of ``CLAUSE_OPENERS`` ("that", "which", "who", "because": a relative or subordinate clause),
    or "and", "but" or "or" before a lower-case verb (words a verb chain may skip aside) that opens a verb phrase of
    its own: one after the expression's, none of whose verbs stands between them ("voted for him in 2008 and wrote in
    Ron Paul in 2012": wrote is not 2008's), or one after the head's phrase, more than the head before it ("planned
    to retire in 2031 but recently extended": retire is not recently's). Verbs that share their dates open none
    ("was arrested and charged on Monday", "In 2030 she won the race and took home a medal"), "and" before a noun
    opens none ("in Nevada on Feb. 20 and South Carolina on Feb. 27": one verb, two dates), nor do "when" and "as",
    whose clause the date before them sets (:func:`clause_at_time`), nor the words of ``others``, the sentence's
    other expressions ("made that day and in the preceding months"). ``cache`` as for :func:`span_words`."""
    lo, hi = (end, head) if head >= end else (head, start)
    words, starts, _, tags = _sentence_words(sentence, cache if cache is not None else {})
    first, last = bisect_left(starts, lo), bisect_left(starts, hi)
    free = [not any(a <= w[0] < b for a, b in others) for w in words]
    for k in range(first, last):
        word = words[k][3]
        if not free[k] or word not in CLAUSE_OPENERS and word not in _COORDINATORS:
            continue
        if word in CLAUSE_OPENERS:
            return True
        after = next((n for n in range(k + 1, len(words)) if tags[n] != "stop"), None)
        if after is None or tags[after] not in ("aux", "verb") or not free[after] or not words[after][2][0].islower():
            continue
        if head >= end:  # the verb phrase after the expression's: no verb of the expression's own between them
            if not any(tags[m] in ("aux", "verb") for m in range(first, k)):
                return True
        elif any(tags[m] not in ("aux", "verb", "stop") for m in range(first + 1, k)):  # the head's phrase first
            return True
    return False


def verb_after_adverb(sentence: str, start: int, end: int, cache: dict | None = None) -> tuple[int, int, str] | None:
    """The verb right after the expression at ``start:end`` of ``sentence`` when the expression is an
    adverb of it (``data/timeline_verb_adverbs.txt``), as (start, end, "on"); None when there is none.
    The word after the adverb, past spaces alone, is a verb by its form (a past, an "-s" ending, an
    "-ing" one after an auxiliary before the adverb) or opens a verb chain whose verb is taken: "who now
    thinks" (thinks), "which currently holds" (holds), "recently took", "is now patrolling", "are now
    being caught" (caught), "recently has been meeting" (meeting), "we now have". Not a capitalised adverb
    opening a sentence ("Now critics say"), a copula ("the question now is whether"), an adjective ("now
    ferocious enemies"), nor a function word ("now in force"). ``cache``: as for :func:`span_words`."""
    if sentence[start:end] not in VERB_ADVERBS:
        return None
    words, tags = join_tags([span_words(sentence, end, min(len(sentence), end + 60), cache)])
    words, tags = words[:6], tags[:6]
    if not words or not sentence[end:words[0][0]].isspace():
        return None
    w, lw = words[0][2:]
    if not w.isalpha() or not w.islower() or lw in _FUNCTION or lw in _DETERMINERS or lw in _NOT_HEADS:
        return None
    head = 0
    if tags[0] == "aux":
        # The first verb of the chain, by its form ("being caught", "has been meeting", "will pitch"); a
        # word after "is" or "have" with none is their complement ("now is mainstream", "now have more").
        verb = next((k for k in range(1, len(words))
                     if tags[k] not in ("aux", "verb") or tags[k] == "verb" and _verb_after(words, k)), len(words))
        if verb < len(words) and tags[verb] == "verb":
            head = verb
        elif lw not in ("has", "have", "had"):
            return None
    elif lw.endswith("ing"):  # a verb in a progressive chain alone ("is now patrolling", not "currently unforgiving")
        before = span_words(sentence, max(0, start - 20), start, cache)[0][-1:]
        if not (before and before[0][3] in _AUX):
            return None
    elif tags[0] != "verb" and not (lw.endswith("s") and not lw.endswith(("ss", "us", "is"))):
        return None
    return words[head][0], words[head][1], "on"


def event_heads(sentence: str, a: int, b: int, start: int, end: int, kind: str | None = None,
                relation: str | None = None, around: tuple[tuple[list, list], tuple[list, list]] | None = None) -> list[tuple[int, int, str]]:
    """The events the expression at ``start:end`` of ``sentence`` anchors within the clause ``a:b``,
    as (head start, head end, relation) with offsets into ``sentence``; empty when none is found.
    ``relation``: its :func:`relation_of` when already known; ``around``: the :func:`span_words` of ``a:start``
    and of ``end:b`` when already read (with a cache of the sentence's words reused across calls)."""
    before, after = around or (span_words(sentence, a, start), span_words(sentence, end, b))
    after_words = after[0]
    if relation is None:
        relation = relation_at(sentence, a, start, end, kind)
    # 1. "Friday's attack", "the Oct. 23 slaying", "last year's presidential vote".
    noun = modified_noun(sentence, before[0], after_words, after[1])
    if noun is not None:
        return [(*noun, "on")]
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
    # whose verb comes after it; not when "that" opens the reported clause after the date, which
    # then ends the reporting clause ("told reporters on Monday that …").
    if left and right and words[chosen[2]][3] in _REPORTING and n_before - 1 - chosen[1] >= 2 \
            and not (after_words and after_words[0][3] == "that"):
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


_STEM_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")  # head_key's, longest first


def head_key(head: str | None) -> str:
    """A crude stem of a head word, so reports of one event compare: "opened", "opens", "opening"
    → "open"; irregular forms stay as they are."""
    if not head:
        return ""
    w = head.lower()
    for suffix in _STEM_SUFFIXES if w.endswith(_STEM_SUFFIXES) else ():  # (one test for a word ending on none)
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]  # "planned" → "plann" → "plan"
    return w
