"""Temporal expressions (TIMEX3) found in articles and normalised against the publication date.

Rules only: each kind of expression is one regular expression (compiled once) with a function
turning its match into TIMEX3 ``type``/``value``/``mod``; overlapping matches are resolved
longest first. Relative expressions ("Thursday", "in July", "last week", "six years ago") are
resolved against the anchor — the article's ``published`` date, or ``publication_date`` — and,
where the calendar alone cannot decide, the tense of the clause (see :mod:`.tense`).

Quoted speech (quotations read as :func:`presslens.quotes.marks.find_quoted` reads them, in every house style:
“…”, "…", ''…'', ‘…’, «…», „…“, 「…」, over paragraphs): a relative expression inside a quotation is anchored to the
day the quote was said when the attribution right after the quote dates it ("… yesterday," she said on Saturday →
Friday); otherwise to the publication date (a post quoted on the day of publication), except a
quoted "today", "tonight", "yesterday" or "tomorrow" in a story of a day in the week before
publication, which counts from that day, the latest the text named before it ("Clinton spoke on
Tuesday night. … 'a remarkable young woman here tonight'" is Tuesday night).

Ranges: one expression that names both ends ("Oct. 20-24", "2019-2021", "FY2025-26") takes the
first end as its value and both ends in ``range_from``/``range_to``, its interval spanning them;
two expressions joined as "from … to …", "between … and …" or by a dash each keep their own value
and carry the range. A range of durations ("two to three weeks", "5-7 days") is one expression
valued at its first end, both ends (durations) in ``range_from``/``range_to``. "Two days later" is,
as in TimeML, the duration "two days" whose range runs from the date the text last named to the
day it ends on (its interval). A clock time keeps its
local value, as TimeML writes it; a zone after it ("9 a.m. ET", "noon local time") gives ``zone``,
the UTC offset on that day ("-04:00") or "local".

Articles without a date get values only for absolute expressions ("Oct. 27, 2025", "2019",
"the 1990s", durations and sets); relative ones keep their extent with no value.
"""

from __future__ import annotations

import numbers
import re
import warnings
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache
from re import _parser
from typing import Any

import pandas as pd

from presslens.dates import NUMERIC_DAY, number_as_timestamp, puts_day_first
from presslens.dtypes import shared_values
from presslens.entities.lexicon import about_a_game
from presslens.quotes.marks import Quoted, find_quoted
from presslens.text import check_articles, lower_aligned, paragraphs, readable, restore_shown
from presslens.timeline.calendar import value_interval
from presslens.timeline.lexicon import DEICTIC_DAYS, PARTS_OF_DAY, WEEKDAYS, alternation
from presslens.timeline.rules import (BARRIER, LED_TRIGGERS, OPENS_AT_TRIGGER, PATTERNS, WHOLE_WORDS, Context,
                                      date_clock_times, day_named, days_from_dates, in_name, months_of_years_named,
                                      over_spans, resolve_anaphors, resolve_quarters)

__all__ = ["TIMEX_COLUMNS", "extract_timexes", "timexes_in_text"]

TIMEX_COLUMNS = ["doc_id", "start", "end", "text", "type", "value", "mod", "anchor", "sent_id",
                 "date_start", "date_end", "range_from", "range_to", "zone"]

# An article about a quarter's results names a calendar quarter: by its number ("the third quarter",
# "fourth-quarter", "Q3") or as a period ("the quarter ended", "last quarter", "the 2029 quarter"). "A quarter of voters",
# "a quarter-century", "the Armenian quarter" and "every quarter" are not about quarterly results.
_QUARTERLY = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b|\bQ[1-4]\b|"
    r"\b(?:the|this|last|latest|next|previous|prior|current|fiscal|same|year-ago|year-earlier|\d{4}|year['’]s)\s+quarter\b"
    r"(?![\s-]*(?:of\b|century))", re.I)
_Q_DIGIT = re.compile("q[1-4]")
_SAY_DATE = re.compile(r"^[^.!?]{0,60}?\b(?:said|says|told|wrote|posted|tweeted|added|declared)\b", re.I)


# A regex source cut into the pieces lowering must leave alone (escapes, group names) or rewrite
# (inline case flags); an escape by code (\x41, \N{...}, \1) is refused by _twin.
_SOURCE_PIECE = re.compile(r"\\[xuUN0-9]|\\.|\(\?P<\w+>|\(\?[aiLmsux]*-?i[aiLmsux]*:|\(\?[aiLmsux-]+\)|.", re.S)


def _twin(pattern: re.Pattern) -> re.Pattern | None:
    """A case-sensitive twin of the caseless ``pattern`` for the lowered text, or None.

    The twin is ``pattern`` with its literals lowered and its case-sensitive parts ("May", not
    "may") made caseless: on ``text.lower()`` it matches wherever ``pattern`` matches on ``text``
    (a superset), and it scans several times faster, since a caseless pattern lowers every
    character it compares. :func:`_scan` checks each of its matches with ``pattern``. A superset
    only if no case-sensitive part sits in a negative lookaround, and of use only for patterns
    that cannot match the empty string: otherwise None."""
    from re import _constants as c, _parser

    tree = _parser.parse(pattern.pattern, pattern.flags)
    if not pattern.flags & re.IGNORECASE or tree.getwidth()[0] == 0 or _cased_in_negation(tree.data, c, False):
        return None
    pieces = _SOURCE_PIECE.findall(pattern.pattern)
    if any(p[:2] in ("\\x", "\\u", "\\U", "\\N") or p[:2].startswith("\\") and p[1:].isdigit()
           or p.startswith("(?") and p.endswith(")") and len(p) > 2 for p in pieces):
        return None
    source = "".join("(?:" if p.startswith("(?") and p.endswith(":") else
                     p if p.startswith(("\\", "(?P<")) else p.lower() for p in pieces)
    twin = re.compile(source)
    return twin if twin.groupindex == pattern.groupindex else None


def _cased_in_negation(data: Any, c: Any, negated: bool) -> bool:
    """Whether a case-sensitive group of the parsed regex ``data`` sits in a negative lookaround."""
    for op, av in data:
        if op is c.SUBPATTERN:
            if negated and av[2] & re.IGNORECASE or _cased_in_negation(av[3], c, negated):
                return True
        elif op is c.BRANCH:
            if any(_cased_in_negation(b, c, negated) for b in av[1]):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if _cased_in_negation(av[2], c, negated):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _cased_in_negation(av[1], c, negated or op is c.ASSERT_NOT):
                return True
        elif op is c.ATOMIC_GROUP:
            return True  # backtracking into it differs: no superset argument
    return False


_TWINS = [_twin(pattern) for pattern, *_ in PATTERNS]

# The share of each character in English text (letters: the usual table, times the letters' share of
# running text; digits: a tenth of a percent each): what a search starting at it costs.
_SHARE = {ch: share * 0.8 for ch, share in zip("etaoinshrdlcumwfgypbvkjxqz", (
    .127, .091, .082, .075, .070, .067, .063, .061, .060, .043, .040, .028, .028, .024, .024, .022, .020,
    .020, .019, .015, .010, .008, .002, .002, .001, .001))} | dict.fromkeys("0123456789", .003)


def _starts(data: list, c: Any, limit: int = 4000) -> list[list] | None:
    """The parsed regex ``data`` as alternatives that each start with one literal character, whose
    union matches wherever ``data`` does (and may match more: lookarounds at the start are dropped,
    groups capture nothing); None when a start is not one character (an empty match, ``.``)."""
    if not data:
        return None
    (op, av), rest = data[0], list(data[1:])
    if op is c.LITERAL:
        return [list(data)]
    if op is c.IN:
        chars: list[int] = []
        for o, v in av:
            if o is c.LITERAL:
                chars.append(v)
            elif o is c.RANGE and v[1] - v[0] < 40:
                chars.extend(range(v[0], v[1] + 1))
            elif o is c.CATEGORY and v is c.CATEGORY_DIGIT:
                chars.extend(range(48, 58))
            else:
                return None
        return [[(c.LITERAL, ch), *rest] for ch in dict.fromkeys(chars)]
    if op is c.AT and av is c.AT_BOUNDARY:
        # \b before a word character: none right before it; before another character: one.
        out = _starts(rest, c, limit)
        return out and [[a[0], _BOUND[chr(a[0][1]).isalnum() or chr(a[0][1]) == "_"], *a[1:]] for a in out]
    if op is c.SUBPATTERN and not (av[1] or av[2]):
        return _starts(list(av[3].data) + rest, c, limit)
    if op in (c.ASSERT, c.ASSERT_NOT):
        return _starts(rest, c, limit)
    ways: list[list] = []
    if op is c.BRANCH:
        options = [list(b.data) + rest for b in av[1]]
    elif op is c.MAX_REPEAT:
        lo, hi, item = av
        more = [] if hi == 1 else [(c.MAX_REPEAT, (max(lo - 1, 0), hi if hi == c.MAXREPEAT else hi - 1, item))]
        options = ([rest] if lo == 0 else []) + [list(item.data) + more + rest]
    else:
        return None
    for option in options:
        found = _starts(option, c, limit)
        if found is None or len(ways) + len(found) > limit:
            return None
        ways += found
    return ways


def _finder(twin: re.Pattern | None) -> re.Pattern | None:
    """A regex matching, on the lowered text, at least wherever ``twin`` does, written as one
    alternative per first character, or None.

    A pattern opening with ``\\b`` or an optional group gives the regex engine no first character
    to skip to: its search tries a match at every character, and where one may start, tries its
    alternatives one after the other. Written with first characters, a search tries only the
    alternatives of the character it stands on; and where those characters are rare (below a third
    of English text: digits, "m", "n"), it skips in C every other character (``\\b`` turned into a
    lookbehind after the first one). Otherwise a ``\\b`` or a lookbehind that opens the pattern stays
    in front: the search tries the alternatives only where it holds (a year's "(?<![$€£#\\d.,/-])": on
    PolNeAR train the scan of that pattern 0.09 of about 0.9 CPU s of :func:`_candidates` faster than
    with its twin). :func:`_scan` checks each place found with the pattern."""
    from re import _compiler, _constants as c, _parser

    if twin is None:
        return None
    tree = _parser.parse(twin.pattern, twin.flags)
    data = list(tree.data)
    ways = _starts(data, c)
    if not ways:
        return None
    lead: list = []
    if sum(_SHARE.get(chr(ch), .2) for ch in {a[0][1] for a in ways}) >= 1 / 3:
        op, av = data[0]
        if not ((op is c.AT and av is c.AT_BOUNDARY) or (op in (c.ASSERT, c.ASSERT_NOT) and av[0] < 0)) \
                or not (ways := _starts(data[1:], c)):
            return None
        lead = data[:1]
    by_first: dict[int, list] = {}
    for way in ways:
        by_first.setdefault(way[0][1], []).append(_parser.SubPattern(tree.state, way[1:]))
    branches = [_parser.SubPattern(tree.state, [(c.LITERAL, ch), (c.BRANCH, (None, rests))])
                for ch, rests in by_first.items()]
    return _compiler.compile(_parser.SubPattern(tree.state, [*lead, (c.BRANCH, (None, branches))]), twin.flags)


_BOUND = {True: _parser.parse(r"(?<!\w.)").data[0], False: _parser.parse(r"(?<=\w.)").data[0]}
_FINDERS = [_finder(twin) for twin in _TWINS]
_QUARTERLY_FINDER = _finder(_twin(_QUARTERLY))


def _scan(pattern: re.Pattern, twin: re.Pattern, text: str, lowered: str, pos: int, endpos: int):
    """``pattern.finditer(text, pos, endpos)``, found with its ``twin`` (or its start finder, see
    :func:`_finder`) on the lowered text: the leftmost twin match is the earliest place ``pattern``
    can match; where it does not, the search goes on one character further. (``pattern`` matches
    nothing empty, see :func:`_twin`.)"""
    while (hit := twin.search(lowered, pos, endpos)) is not None:
        m = pattern.match(text, hit.start(), endpos)
        if m is None:
            pos = hit.start() + 1
        else:
            yield m
            pos = m.end()


# Characters that split a text into stretches for each pattern that can consume none of them
# (BARRIER splits it for every pattern): "the past few weeks" holds no digit, comma or period, so
# that pattern scans the clause around "weeks", not the text between two quotation marks.
_SPLITTERS = "0123456789,.;:()/'’‘-–%$#@+=<>|{}\\"


def _consumable(pattern: re.Pattern, chars: str) -> set[str]:
    """The characters of ``chars`` some element of ``pattern`` (lookaheads included) can consume,
    each element tried with and without ``re.IGNORECASE``; all of them for a construct not read here.
    A lookbehind's are not counted: it reads the text before ``pos`` as well (``re`` matches at ``pos``
    with the whole string before it), so a stretch cut at one of them finds what the whole text does."""
    from re import _compiler, _constants as c, _parser

    tree = _parser.parse(pattern.pattern, pattern.flags)
    leaves: list = []

    def walk(data: Any) -> bool:
        for op, av in data:
            if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.RANGE):
                leaves.append((op, av))
            elif op is c.SUBPATTERN:
                ok = walk(av[3])
            elif op is c.BRANCH:
                ok = all([walk(branch) for branch in av[1]])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                ok = walk(av[2])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                ok = av[0] < 0 or walk(av[1])  # (direction -1: a lookbehind)
            else:
                ok = op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY)
            if op not in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.RANGE) and not ok:
                return False
        return True

    if not walk(tree.data):
        return set(chars)
    taken: set[str] = set()
    # Each distinct element compiled once (per flag), then tried on every character: compiling it
    # per character made importing this module take seconds.
    for key in {repr(leaf): leaf for leaf in leaves}.values():
        for flags in (0, re.I):
            element = _compiler.compile(_parser.SubPattern(tree.state, [key]), flags)
            taken.update(ch for ch in chars if element.fullmatch(ch))
    return taken


def _barriers_of(pattern: re.Pattern, trigger: tuple[re.Pattern, re.Pattern | None] | None,
                 shared: dict[str, re.Pattern]) -> re.Pattern:
    """The characters neither ``pattern`` nor its trigger can consume, as one character class
    (compiled once per distinct set, in ``shared``): ``BARRIER``'s and those of ``_SPLITTERS``."""
    taken = _consumable(pattern, _SPLITTERS)
    for compiled in trigger or ():
        if compiled is not None:
            taken |= _consumable(compiled, _SPLITTERS)
    extra = "".join(re.escape(ch) for ch in _SPLITTERS if ch not in taken)
    source = BARRIER.pattern[:-1] + extra + "]"
    return shared.setdefault(source, re.compile(source))


_SHARED_BARRIERS: dict[str, re.Pattern] = {}
_BARRIERS = [_barriers_of(pattern, trigger, _SHARED_BARRIERS) for pattern, _, _, trigger in PATTERNS]




def _key(lower: re.Pattern) -> tuple[re.Pattern, ...] | None:
    """Regexes for the lowered text each of whose matches lies inside a stretch of characters the
    case-sensitive trigger ``lower`` can consume, with a match of one inside every hit of ``lower``;
    or None.

    Each way through the trigger (its alternatives, optional single characters taken or not) is cut
    at every element that is not one fixed character or class, or a lookaround at one (``\\s+``, ``\\b``);
    of the pieces left, the run of literal characters holding the rarest character of one is matched
    first and the rest of its piece around it by a lookbehind and the characters after: ``[ap]m``
    becomes ``m(?<=[ap]m)``, ``(?<!\\w)eet`` ``eet(?<=(?<!\\w)eet)``. A search skips in C the characters
    no key starts with, so a scan for rare first letters costs a fraction of one for ``d``, ``m`` or
    ``w`` (the triggers' own first letters are the common ones), and one for a string skips faster
    still ("noon" 4 ms over PolNeAR train, "n" then the rest 8 ms). The keys come as one regex per
    first character: ``re`` skips to one literal several times faster than to any of a set (the
    clock's dozen first characters: 87 ms, 63 ms apart)."""
    from re import _constants as c, _parser

    tree = _parser.parse(lower.pattern, lower.flags)
    if lower.flags & re.IGNORECASE:
        return None

    category = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}

    def fixed(op: Any, av: Any) -> bool:  # one character, or a class of characters, ranges, \d, \w and \s
        return op is c.LITERAL or op is c.IN and all(o in (c.LITERAL, c.RANGE) or v in category for o, v in av)

    def look(op: Any, av: Any) -> bool:  # a lookaround at one fixed character, as "(?!\w)": kept in its piece
        return op in (c.ASSERT, c.ASSERT_NOT) and len(av[1]) == 1 and fixed(*av[1][0])

    def ways(data: Any) -> list[list] | None:
        out: list[list] = [[]]
        for op, av in data:
            if op is c.BRANCH:
                alts = [w for branch in av[1] for w in ways(branch) or [None]]
            elif op is c.SUBPATTERN:
                alts = ways(av[3]) if not (av[1] | av[2]) & re.IGNORECASE else None
            elif op is c.MAX_REPEAT and (av[0], av[1]) == (0, 1) and len(av[2]) == 1 and fixed(*av[2][0]):
                alts = [[], [av[2][0]]]
            elif fixed(op, av) or look(op, av):
                alts = [[(op, av)]]
            else:
                alts = [[None]]  # ends a piece
            if alts is None or any(a is None for a in alts) or len(out) * len(alts) > 2000:
                return None
            out = [w + a for w in out for a in alts]
        return out

    def source(elements: list) -> str:
        return "".join(re.escape(chr(av)) if op is c.LITERAL else
                       f"(?{'<' * (av[0] < 0)}{'=' if op is c.ASSERT else '!'}{source(av[1])})" if look(op, av) else
                       "[" + "".join(re.escape(chr(v)) if o is c.LITERAL else category[v] if o is c.CATEGORY else
                                     f"{re.escape(chr(v[0]))}-{re.escape(chr(v[1]))}" for o, v in av) + "]"
                       for op, av in elements)

    found = ways(tree.data) or [[None]]
    if len(found) == 1 and all(e is not None and e[0] is c.LITERAL for e in found[0]):
        return None  # one literal string: searched for as it is, by the fast string search
    keys: dict[int, list[str]] = {}  # by first character
    for way in found:
        pieces, piece = [], []
        for element in [*way, None]:
            if element is None:
                pieces.append(piece)
                piece = []
            else:
                piece.append(element)
        # A digit may open the key ("0" in "0s", "1" in "1[6-9]\\d\\d"), not a class: a search skips fast
        # to one literal.
        literals = [(_SHARE.get(chr(av), .01), k, i) for k, piece in enumerate(pieces)
                    for i, (op, av) in enumerate(piece) if op is c.LITERAL]
        if not literals:
            return None  # classes alone ("[ap]\\d"): no literal to skip to
        _, k, i = min(literals)
        piece = pieces[k]
        a, b = i, i + 1  # the run of literals around it
        while a > 0 and piece[a - 1][0] is c.LITERAL:
            a -= 1
        while b < len(piece) and piece[b][0] is c.LITERAL:
            b += 1
        keys.setdefault(piece[a][1], []).append(source(piece[a:b]) + "(?<=" + source(piece[:b]) + ")"
                                                + source(piece[b:]))
    return tuple(re.compile("|".join(dict.fromkeys(group))) for group in keys.values())


_KEYS = {id(trigger): _key(trigger[1]) for *_, trigger in PATTERNS if trigger is not None and trigger[1] is not None}


def _words(lower: re.Pattern) -> tuple[str, ...] | None:
    """For a trigger that is an alternation of ASCII words and phrases ("yesterday|today",
    "right\\s+now", "quarter\\-century") in the brackets of :data:`~presslens.timeline.rules.WHOLE_WORDS`
    (its words whole in every hit: "day" is not in "today"), a word of each alternative: the one with
    the rarest letter; else None."""
    source = lower.pattern
    if not (source.startswith(WHOLE_WORDS[0]) and source.endswith(WHOLE_WORDS[1])):
        return None
    ways = [re.split(r"\\s\+|\\-", way) for way in source[len(WHOLE_WORDS[0]):-len(WHOLE_WORDS[1])].split("|")]
    if not all(re.fullmatch("[a-z]+", w) for way in ways for w in way):
        return None
    return tuple(dict.fromkeys(min(way, key=lambda w: min(_SHARE.get(ch, .01) for ch in w)) for way in ways))


# Triggers made of whole words: one scan of the lowered text finds them all. A hit of one holds one
# of its words (_words) as a whole run of ASCII letters; the scan finds the runs that are one of the
# words, each with the character before it, no letter (the text is read after a space: a run may open
# it), and no letter after it; the words grouped by their first letter, so that at a run's start the
# engine tries the words of its letter alone. Each word says which triggers it is a word of: a run
# that is none of a trigger's hits only adds a stretch whose scan finds nothing (tests/test_timeline.py
# holds the scan to that definition).
_WORD_TRIGGERS = {id(t): words for *_, t in PATTERNS if t is not None and t[1] is not None and (words := _words(t[1]))}


def _triggers_of(triggers: dict[int, tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """Each word of ``triggers`` (id -> its words) -> the ids of the triggers it is a word of, in their order."""
    out: dict[str, tuple[int, ...]] = {}
    for tid, words in triggers.items():
        for word in words:
            out[word] = (*out.get(word, ()), tid)
    return out


def _whole_words(words: Any) -> re.Pattern:
    """A character that is no ASCII letter, then a run of them that is one of ``words`` (lower case), the words
    grouped by their first letter. (The character taken, not looked behind for: the engine skips in C to the
    characters of a class that opens a pattern, where it tried a look-behind at every character.)"""
    rests: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):  # the longest first: a shorter one may open it
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    groups = (f"{first}(?:{'|'.join(more)})" for first, more in sorted(rests.items()))
    return re.compile("[^a-z](?:" + "|".join(groups) + ")(?![a-z])")


_TRIGGERS_OF = _triggers_of(_WORD_TRIGGERS)
_WORD_SCAN = _whole_words(_TRIGGERS_OF)


def _word_hits(lowered: str) -> dict[int, list[int]]:
    """For each word trigger (by id), where the runs of letters that are one of its words start, in one scan."""
    out: dict[int, list[int]] = {tid: [] for tid in _WORD_TRIGGERS}
    for m in _WORD_SCAN.finditer(" " + lowered):  # (each match's first character is the one before the run)
        for tid in _TRIGGERS_OF[m.group()[1:]]:
            out[tid].append(m.start())
    return out


# The triggers of rules.LED_TRIGGERS (a lead, spaces and another trigger), by id: the other trigger as PATTERNS
# holds it, the lead matching where it ends at the end of the text searched, and the lead's greatest width.
_BY_SOURCE = {t[0].pattern: t for *_, t in PATTERNS if t is not None}
_LED = {id(_BY_SOURCE[led]): (_BY_SOURCE[other], re.compile(f"(?:{lead})\\Z", re.IGNORECASE),
                              _parser.parse(lead).getwidth()[1])
        for led, (other, lead) in LED_TRIGGERS.items() if led in _BY_SOURCE}


def _led_hits(text: str, hits: list[int], lead: re.Pattern, width: int) -> list[int]:
    """The ``hits`` with ``lead`` and white space (``\\s``: the characters ``str.isspace`` takes) right before
    them: the places of a led trigger's matches where its other trigger matches, found without its scan
    (a scan for a lead of digits or common letters tries a match at every character)."""
    out = []
    for h in hits:
        a = h
        while a and text[a - 1].isspace():
            a -= 1
        if a < h and lead.search(text, max(a - width, 0), a):
            out.append(h)
    return out


def _hits(text: str, lowered: str | None, trigger: tuple[re.Pattern, re.Pattern | None],
          found: dict[int, list[int]] | None = None) -> list[int]:
    """Places in the stretches of ``text`` where ``trigger`` matches, in order: of its keys (see
    :func:`_key`) or the trigger itself on the lowered text when it has a twin, else the trigger on
    ``text``; for a led trigger (see :func:`_led_hits`), its other trigger's (read in ``found``, the
    hits found so far by trigger id, when they are there). Every hit lies in a stretch holding a
    reported place (a hit finditer steps over lies inside a reported one, so between the same
    barriers); a place without a hit only adds a stretch whose scan finds nothing."""
    if id(trigger) in _LED:
        other, lead, width = _LED[id(trigger)]
        below = found.get(id(other)) if found is not None else None
        return _led_hits(text, _hits(text, lowered, other) if below is None else below, lead, width)
    caseless, lower = trigger
    if lower is None or lowered is None:
        return [m.start() for m in caseless.finditer(text)]
    return sorted(m.start() for key in _KEYS.get(id(trigger)) or (lower,) for m in key.finditer(lowered))


def _stretches(text: str, hits: list[int], barrier: re.Pattern, reverse: str) -> list[tuple[int, int]]:
    """The (pos, endpos) stretches between ``barrier`` characters that hold a trigger's ``hits``;
    endpos takes in the closing barrier, so lookaheads at a stretch's end see what they would in
    the whole text (a lookbehind sees the whole text anyway). ``reverse`` is ``text[::-1]``: the
    barrier before a hit is the first one after it there, so no list of every barrier is made."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    for h in hits:
        if h < pos:
            continue  # in the stretch just taken (a trigger holds no barrier)
        before = barrier.search(reverse, n - h)
        after = barrier.search(text, h)
        out.append((n - before.start() if before else 0, after.start() + 1 if after else n))
        pos = out[-1][1]
    return out


def _at_hits(pattern: re.Pattern, text: str, hits: list[int], rank: int) -> list[tuple[int, int, int, re.Match]]:
    """``pattern.finditer(text)`` as :func:`_candidates` lists it, for a pattern whose every match
    starts at one of ``hits`` (:data:`~presslens.timeline.rules.OPENS_AT_TRIGGER`): a match tried at
    each hit after the last match, not a search through the stretch around it."""
    out: list[tuple[int, int, int, re.Match]] = []
    end = 0
    for h in hits:
        if h >= end and (m := pattern.match(text, h)) is not None and m.end() > h:
            out.append((h, m.end(), rank, m))
            end = m.end()
    return out


def _candidates(text: str, lowered: str | None) -> list[tuple[int, int, int, re.Match]]:
    """Every match of every pattern in ``text`` as (start, end, rank, match), longest first;
    ``lowered`` is :func:`presslens.text.lower_aligned` of the text."""
    found = []
    reverse = text[::-1]
    hits: dict[int, list[int]] = _word_hits(lowered) if lowered is not None else {}
    stretches: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for rank, (pattern, _, gate, trigger) in enumerate(PATTERNS):
        if trigger is not None:  # first: often no hit, and a gate's search fails only at the text's end
            if id(trigger) not in hits:
                hits[id(trigger)] = _hits(text, lowered, trigger, hits)
            if not hits[id(trigger)]:
                continue
        if gate is not None and not (gate[1].search(lowered) if gate[1] is not None and lowered is not None
                                     else gate[0].search(text)):
            continue
        if rank in OPENS_AT_TRIGGER:
            found += _at_hits(pattern, text, hits[id(trigger)], rank)
            continue
        if trigger is None:
            spans = [(0, len(text))]
        else:
            key = (id(trigger), id(_BARRIERS[rank]))
            if key not in stretches:
                stretches[key] = _stretches(text, hits[id(trigger)], _BARRIERS[rank], reverse)
            spans = stretches[key]
        twin = (_FINDERS[rank] or _TWINS[rank]) if lowered is not None else None
        for pos, endpos in spans:
            for m in (_scan(pattern, twin, text, lowered, pos, endpos) if twin is not None
                      else pattern.finditer(text, pos, endpos)):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), rank, m))
    # Longest first; at equal length the earlier pattern (more specific) wins.
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,-":
        end -= 1
    return start, end


def timexes_in_text(text: str, anchor: date | None,
                    sentences: list[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """The temporal expressions of one text as dicts (start, end, text, type, value, mod, anchor,
    sentence index), in text order. ``sentences`` are (start, end) spans; default: the whole text.

    >>> [(t["text"], t["value"]) for t in timexes_in_text("He left on Monday.", date(2025, 10, 29))]
    [('Monday', '2025-10-27')]
    """
    if not isinstance(text, str) or not text:
        return []
    spans = sentences or [(0, len(text))]
    starts = [s for s, _ in spans]
    taken = bytearray(len(text))
    out: list[dict[str, Any]] = []
    quotes = _Quotations(text)
    said_on: dict[int, date | None] = {}  # the day each quotation was said, by where its attribution follows it
    lowered = lower_aligned(text)
    # The caseless pattern scans slowly: first a case-sensitive look for what each of its matches holds,
    # then its start finder (see _scan).
    if lowered is None:
        quarterly = _QUARTERLY.search(text) is not None
    else:
        quarterly = ("quarter" in lowered or _Q_DIGIT.search(lowered) is not None) and \
            next(_scan(_QUARTERLY, _QUARTERLY_FINDER, text, lowered, 0, len(text)), None) is not None
    # read only for a quarter or half without its year, in few articles: a scan of the whole text
    sporting = cache(lambda: about_a_game(lowered if lowered is not None else text.lower()))
    candidates = _candidates(text, lowered)
    for at, (start, end, rank, m) in enumerate(candidates):
        start, end = _trim(text, start, end)
        if end <= start or any(taken[start:end]):
            continue
        idx = max(0, bisect_right(starts, start) - 1)
        if end > spans[idx][1]:
            # Past its sentence's end ("on 4 March" closing a paragraph, "2031 was a good year" opening the next):
            # the pattern's match within the sentence, if any, and its first one after (tried next).
            if idx + 1 < len(spans) and (rest := PATTERNS[rank][0].search(text, spans[idx + 1][0], end)):
                candidates.insert(at + 1, (rest.start(), rest.end(), rank, rest))
            m = PATTERNS[rank][0].match(text, start, spans[idx][1])
            if m is None:
                continue
            start, end = _trim(text, *m.span())
            if end <= start or any(taken[start:end]):
                continue
        k = quotes.around(start)
        used = anchor
        if k is not None and anchor is not None:
            said = quotes.said[k]
            if said not in said_on:
                said_on[said] = _quote_anchor(text, said, quotes.next_open(said), anchor)
            used = said_on[said] or anchor
        ctx = Context(text, used, spans[idx], m, quarterly, sporting)
        try:
            res = PATTERNS[rank][1](ctx, {k: v for k, v in m.groupdict().items() if v})
        except (ValueError, KeyError, OverflowError, StopIteration):
            res = None
        if res is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if in_name(text, start, end):
            continue  # "USA Today", "ABC's This Week": no shorter expression inside it either
        kind, value, mod, *extras = res
        out.append({"start": start, "end": end, "text": text[start:end], "type": kind, "value": value,
                    "mod": mod, "anchor": used, "sent_idx": idx, **(extras[0] if extras else {}),
                    "own": tuple(extras[0]) if extras else ()})
    out.sort(key=lambda r: r["start"])
    days_from_dates(out, text)
    over_spans(out, text)
    months_of_years_named(out, text)
    resolve_anaphors(out, anchor, text)
    _quoted_days_to_story_day(out, text, quotes, said_on, anchor)
    resolve_quarters(out, text)
    date_clock_times(out, text)
    _first_hours(text, out, taken)
    _second_days(text, out, taken)
    _pair_ranges(text, out)
    return out


class _Quotations:
    """The quotations of one text, read once per article by the quote module's own reading of quotation marks
    (:func:`presslens.quotes.marks.find_quoted`, paragraph by paragraph): every house style's marks (“…”, "…",
    ''…'', ‘…’ told apart from apostrophes, «…», „…“, 「…」), so that a date a quotation holds is read as said in
    every style. ``passages`` are the outermost quoted passages in text order; ``said[k]`` is the end of the closing
    mark after which passage ``k``'s attribution comes: the last paragraph's, for a quotation that runs over several
    (its paragraphs were said on one day)."""

    def __init__(self, text: str):
        self.passages: list[Quoted] = find_quoted(text, paragraphs(text))
        self.length = len(text)
        self.opens = [q.open for q in self.passages]
        self.said = [q.close for q in self.passages]
        for k in range(len(self.passages) - 1, -1, -1):  # a paragraph's passage carried on by a later one ends with it
            carried = self.passages[k].carried
            if carried is not None:
                self.said[carried] = self.said[k]

    def around(self, pos: int) -> int | None:
        """The index of the passage whose marks enclose ``pos``, else None (passages do not nest: only the last one
        opened before it can)."""
        k = bisect_right(self.opens, pos - 1) - 1
        return k if k >= 0 and pos < self.passages[k].close else None

    def next_open(self, pos: int) -> int:
        """Where the first quotation opening at or after ``pos`` opens (the text's end when none does): the end of an
        attribution read after a quotation."""
        k = bisect_right(self.opens, pos - 1)
        return self.opens[k] if k < len(self.opens) else self.length


# "April 24 and 25": the day after the conjunction is a second date of the same month, which TimeML
# tags on its own ("25"); not a count ("May 5 and 6 others", "and 7 percent", "and 8 p.m.").
_AND_DAY = re.compile(r"\s+(?:and|or|&)\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
                      r"(?!\d|[.,:]\d|\s*(?:%|percent\b|[ap]\.?m\b|[a-z]))")
_DAY_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?$")


def _second_days(text: str, rows: list[dict[str, Any]], taken: bytearray) -> None:
    """Add the second day of "April 24 and 25" after the first one's row, in the first one's month."""
    for i in range(len(rows) - 1, -1, -1):
        r = rows[i]
        value = r["value"]
        if not (r["type"] == "DATE" and isinstance(value, str) and len(value) == 10 and value[:1].isdigit()
                and "range_from" not in r and _DAY_END.search(r["text"])):
            continue
        m = _AND_DAY.match(text, r["end"])
        if m is None or any(taken[m.start(1):m.end()]):
            continue
        try:
            day = date(int(value[:4]), int(value[5:7]), int(m.group(1)))
        except ValueError:
            continue
        if day.isoformat() <= value:
            continue
        taken[m.start(1):m.end()] = b"\x01" * (m.end() - m.start(1))
        rows.insert(i + 1, {**r, "start": m.start(1), "end": m.end(), "text": text[m.start(1):m.end()],
                            "value": day.isoformat(), "own": ()})


def _joins_range(join: str, opener: str | None) -> bool:
    """Whether ``join``, the words between two expressions, makes them one range: a dash alone does
    ("7-9 p.m.", "from 7-9 p.m."); a word only after "from" ("to", "until") or "between" ("and"), as a
    score ("won 4 to 5") is no range. ``opener`` is the "from" or "between" before the first, if any."""
    word = join.strip().lower()
    return word in ("-", "–") or opener is not None and (word == "and") == (opener.lower() == "between")


# "from 6 to 8 p.m.", "between 10:30 and 11 a.m.", "7-9pm", "from 10 a.m. to 2 p.m. Friday": the first
# end of a range of clock times leaves out what the second gives both, the day and maybe the a.m./p.m.
# What joins the two is read as for any range (_joins_range).
_HOUR_RANGE = re.compile(r"(?:\b(?P<open>from|between)\s+)?(?<![\d:.,$£€-])(?P<H>1[0-2]|0?[1-9])"
                         r"(?:[:.](?P<M>[0-5]\d))?"
                         r"(?P<ap>\s*(?P<p>[ap])\.?m\b\.?)?(?P<join>\s*[-–]\s*|\s+(?:to|until|till|and)\s+)$", re.I)
_MERIDIEM_CLOCK = re.compile(r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b", re.I)


def _first_hours(text: str, rows: list[dict[str, Any]], taken: bytearray) -> None:
    """Give the first end of a range of clock times the day of the second, and its half of the day
    when it has none ("from 6:30 to 9 p.m. on Friday": 18:30 on Friday), adding it as a row of its own
    where no pattern took a bare hour ("between 10 and 11 a.m.": "10")."""
    for i in range(len(rows) - 1, -1, -1):
        r = rows[i]
        value = r["value"]
        if not (r["type"] == "TIME" and isinstance(value, str) and len(value) >= 16 and value[10] == "T"
                and _MERIDIEM_CLOCK.match(r["text"])):
            continue
        m = _HOUR_RANGE.search(text, max(0, r["start"] - 30), r["start"])
        if m is None or not _joins_range(m["join"], m["open"]):
            continue
        hour, minute = int(m["H"]) % 12, int(m["M"] or 0)
        if m["p"]:
            hour += 12 * (m["p"].lower() == "p")
        elif (hour + 12) * 60 + minute < int(value[11:13]) * 60 + int(value[14:16]):
            hour += 12  # "from 6 to 8 p.m."; else morning to afternoon: "from 11 to 2 p.m."
        first = f"{value[:11]}{hour:02d}:{minute:02d}"
        if first >= value[:16]:
            continue  # "from 10 p.m. to 2 a.m.": overnight, the first end on the day before
        a, b = m.start("H"), m.start("join")
        prev = rows[i - 1] if i else None
        if prev is not None and prev["start"] == a and prev["end"] == b and prev["type"] == "TIME":
            prev["value"] = first  # "from 6:30 to 9 p.m.", "from 10 a.m. to 2 p.m.": taken, on another day
        elif not m["p"] and not any(taken[a:b]):
            taken[a:b] = b"\x01" * (b - a)
            rows.insert(i, {**r, "start": a, "end": b, "text": text[a:b], "value": first, "own": ()})


# "from March to May", "between 2019 and 2021", "Monday-Wednesday", "from 10 a.m. to 2 p.m.": two
# expressions, one range.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|through|until|till|and)\s*", re.I)
_RANGE_OPEN = re.compile(r"\b(from|between)\s+(?:the\s+)?$", re.I)


def _pair_ranges(text: str, rows: list[dict[str, Any]]) -> None:
    """Give both ends of a range written as two expressions the range's ends (``range_from``,
    ``range_to``); TimeML tags the two ends as two expressions, and so do we."""
    for r1, r2 in zip(rows, rows[1:]):
        join = _RANGE_JOIN.fullmatch(text[r1["end"]:r2["start"]])
        if join is None or "range_from" in r1 or "range_from" in r2:
            continue
        opened = _RANGE_OPEN.search(text[max(0, r1["start"] - 16):r1["start"]])
        if not _joins_range(join.group(0), opened and opened.group(1)):
            continue
        _order_range(r1, r2)
        a, b = r1["value"], r2["value"]
        if not (isinstance(a, str) and isinstance(b, str) and a[:1].isdigit() and b[:1].isdigit() and a < b
                and r1["type"] == r2["type"] in ("DATE", "TIME")):
            continue
        for r in (r1, r2):
            r["range_from"], r["range_to"] = a, b


_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)$")
_WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d|(?:last|next|this)\s+year)\b", re.I)  # "Nov. 2 last year" too


def _order_range(r1: dict[str, Any], r2: dict[str, Any]) -> None:
    """Put the two ends of a range of months or days ("from September to December 2014", "from
    October to February") in one stretch of time: an end without a written year takes the year of
    the end that has one (the first end the last such date before the second, the second the first
    such date after the first); with no year written, ends read apart by the tense are put in order:
    the second moved on when the first is ahead of the anchor, else the first moved back. A Feb. 29
    moved into a year that has none keeps its month alone ("2023-02"): TimeML writes what the
    expression tells at the granularity it can be known, and moving it to Feb. 28 would name a day
    the text does not."""
    m1, m2 = (_MONTH_OR_DAY.fullmatch(r["value"]) if isinstance(r["value"], str) else None for r in (r1, r2))
    if not (m1 and m2 and len(m1[2]) == len(m2[2]) and r1["type"] == r2["type"] == "DATE"):
        return
    if all(r["text"].rstrip(".").lower() in WEEKDAYS for r in (r1, r2)):
        _order_weekdays(r1, r2)  # "from Saturday to Monday last week": days of one week, not of two years
        return
    year1, year2 = (_WRITTEN_YEAR.search(r["text"]) is not None for r in (r1, r2))
    if year1 == year2 and (year1 or r1["value"] < r2["value"]):
        return
    anchor = r1.get("anchor")
    back = year2 or (not year1 and anchor is not None and r1["value"] <= anchor.isoformat()[:len(r1["value"])])
    if back:  # the first end: the last such month or day before the second
        y = int(m2[1]) - (m1[2] > m2[2])
        r1["value"] = _in_year(y, m1[2])
    else:  # the second end: the first such month or day after the first
        y = int(m1[1]) + (m2[2] <= m1[2])
        r2["value"] = _in_year(y, m2[2])


def _order_weekdays(r1: dict[str, Any], r2: dict[str, Any]) -> None:
    """Put two weekdays named as a range in order within a week: the first end moved back to the one
    before the second when it lies on or before the anchor ("met from Saturday to Monday last week": the
    Saturday before that Monday), else the second on to the one after the first."""
    d1, d2 = date.fromisoformat(r1["value"]), date.fromisoformat(r2["value"])
    if d1 < d2 <= d1 + timedelta(days=6):
        return
    anchor = r1.get("anchor")
    if anchor is not None and d1 <= anchor:
        r1["value"] = (d2 - timedelta(days=(d2.isoweekday() - d1.isoweekday()) % 7 or 7)).isoformat()
    else:
        r2["value"] = (d1 + timedelta(days=(d2.isoweekday() - d1.isoweekday()) % 7 or 7)).isoformat()


def _in_year(year: int, month_day: str) -> str:
    """``-MM`` or ``-MM-DD`` in ``year``; a day the year lacks (Feb. 29) gives the month."""
    if len(month_day) == 6:
        try:
            date(year, int(month_day[1:3]), int(month_day[4:]))
        except ValueError:
            return f"{year}{month_day[:3]}"
    return f"{year}{month_day}"


# a word that names a day from the speaker's or writer's own (DEICTIC_DAYS), a part of the day after it or not; those
# that inside a quotation count from the day it was said
_DEICTIC_DAY = re.compile(r"(?:" + alternation(DEICTIC_DAYS) + r")(?:\s+(?:" + alternation(PARTS_OF_DAY) + r"))?",
                          re.I)
_SAID_DAY = re.compile(r"(?:" + alternation([w for w, quoted in DEICTIC_DAYS.items() if quoted]) + r")(?:\s+(?:"
                       + alternation(PARTS_OF_DAY) + r"))?", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")  # "Tuesday's news conference": a day named as an event's
_STORY_WEEK = 6  # how many days before publication a story's own day may be ("Trump spoke Monday", out Saturday)


def _quoted_days_to_story_day(rows: list[dict[str, Any]], text: str, quotes: _Quotations,
                              said_on: dict[int, date | None], anchor: date | None) -> None:
    """Move, in place, a quoted "today", "tonight", "yesterday" or "tomorrow" (:data:`_SAID_DAY`) whose attribution
    names no day (``said_on``) to the day the story was telling of when it was said: the latest day the text named
    before it outside quotation marks, when that day lies in the week before publication (``_STORY_WEEK``; dates
    outside it are background). News published the morning after quotes the evening's speech ("I didn't come here
    tonight to pander", of Monday's speech in Tuesday's paper; "the speech I gave yesterday", said in Saturday's
    interview). The publication day stays when the story names it last, or tells of its days in the writer's own
    deictic words ("last night", "yesterday": it is told from publication); a day named as an event's ("Tuesday's news
    conference") is one looked back on, not the story's. A quotation that is the word alone ("told NBC's “Today”") is
    a name."""
    if anchor is None or not quotes.passages:
        return
    story = None  # the story's day: the latest day named outside quotation marks in the week before publication
    week_start = anchor - timedelta(days=min(_STORY_WEEK, (anchor - date.min).days))  # (not before the calendar's)
    for r in rows:
        k = quotes.around(r["start"])
        day = _day_value(r["value"])
        if k is None:
            if _DEICTIC_DAY.fullmatch(r["text"]):
                story = anchor
            elif (day is not None and week_start <= day <= anchor
                  and not _POSSESSIVE_AFTER.match(text, r["end"])):
                story = day
            continue
        words = text[quotes.passages[k].start:quotes.passages[k].end].strip(" ,.!?")
        if (story is None or story == anchor or day is None or said_on.get(quotes.said[k]) is not None
                or not _SAID_DAY.fullmatch(r["text"]) or words.lower() == r["text"].lower()):
            continue
        if day - date.min < anchor - story:
            continue  # it would fall before the calendar's first day
        r["value"] = (day - (anchor - story)).isoformat() + r["value"][10:]
        r["anchor"] = story


def _day_value(value: Any) -> date | None:
    """The day a value names ("2016-03-21", "2016-03-21TNI"), else None."""
    if not (isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d(?:T|$)", value)):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _quote_anchor(text: str, said: int, next_open: int, anchor: date) -> date | None:
    """The day a quotation was said, when its attribution right after it (from ``said``, its closing mark's end, to the
    sentence's end or the next quotation's opening mark at ``next_open``) says so ("…," he said Friday); else None."""
    tail = re.split(r"[.!?\n]", text[said:min(said + 80, next_open)], maxsplit=1)[0]
    if not _SAY_DATE.match(tail):
        return None
    for _, _, rank, m in sorted(_candidates(tail, lower_aligned(tail)), key=lambda c: (c[0], c[0] - c[1])):
        day = day_named(Context(tail, anchor, (0, len(tail)), m), PATTERNS[rank][1],
                        {k: v for k, v in m.groupdict().items() if v})
        if day is not None:
            return day
    return None


def _as_date(value: Any, day_first: bool = False) -> date | None:
    """``value`` as the calendar day that anchors relative expressions: ``None`` when missing (None,
    NaN, NaT, ""); a date-time's own (local) day; a string as pandas reads it ("2025-10-29",
    "29 Oct 2025", ISO date-times), a day in numbers ("12/03/2031 14:05") day first when ``day_first``
    (its column puts the day first, :func:`presslens.dates.puts_day_first`), as ``load_corpus`` reads
    a file's; a number of eight digits that is a day as YYYYMMDD
    (``20251029``), another number as Unix seconds, as :func:`presslens.load_corpus` reads them
    (:mod:`presslens.dates`). Raises ``ValueError`` for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, date):  # datetime and pd.Timestamp too; NaT is one
            return None if pd.isna(value) else value.date() if hasattr(value, "hour") else value
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            if pd.isna(value):
                return None
            ts = number_as_timestamp(value)
        elif day_first and isinstance(value, str) and NUMERIC_DAY.match(value):
            ts = pd.to_datetime(value, dayfirst=True)
        else:
            ts = pd.Timestamp(value)
        return None if pd.isna(ts) else ts.date()
    except (ValueError, TypeError, OverflowError, NotImplementedError):  # pandas' parse and range errors
        raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-10-27") from None


def extract_timexes(articles: pd.DataFrame, sentences: pd.DataFrame | None = None,
                    publication_date: Any = None) -> pd.DataFrame:
    """Temporal expressions in ``articles`` (columns doc_id, text and, optionally, published).

    ``sentences`` is :func:`presslens.text.split_sentences` output (computed when omitted);
    ``publication_date`` overrides every article's ``published`` date as the anchor.

    Returns one row per expression: doc_id, start, end (offsets into the article text), text,
    type (DATE/TIME/DURATION/SET), value (TIMEX3, e.g. ``2025-10-30``, ``2025-W43``, ``P1W``,
    ``PAST_REF``; None when a relative expression has no anchor), mod (START/END/MID/APPROX…),
    anchor (the date used), sent_id, date_start/date_end (the calendar days the value covers),
    range_from/range_to (the ends of a range the expression names or bounds: dates, or durations for
    "two to three weeks"; else None), zone (the
    UTC offset of a clock time's zone, e.g. "-05:00", or "local"; else None).

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Talks will follow on Tuesday."]})
    >>> extract_timexes(arts, publication_date="2025-10-27")[["text", "value"]].values.tolist()
    [['Tuesday', '2025-10-28']]
    """
    check_articles(articles, "extract_timexes")
    if sentences is None:
        from presslens.text import split_sentences
        sentences = split_sentences(articles)
    by_doc = _sentence_spans(sentences)
    try:
        override = _as_date(publication_date)
    except ValueError as e:
        raise ValueError(f"publication_date: {e}") from None
    unreadable: list[tuple[Any, Any]] = []  # (doc_id, published) of articles whose date is not one
    rows: list[tuple] = []  # one per expression, in TIMEX_COLUMNS order
    # The three columns read as lists: itertuples boxes every column of every article (a corpus
    # table has dozens), through Arrow one element at a time.
    published = articles["published"].tolist() if "published" in articles else [None] * len(articles)
    # One column, one order: "12/03/2031" beside "19/03/2031" is 12 March, as load_corpus reads a file.
    day_first = puts_day_first(published)
    unread: dict = {}  # the texts readable() changed, by doc_id
    for doc_id, text, day in zip(articles["doc_id"].tolist(), articles["text"].tolist(), published):
        text = text if isinstance(text, str) else ""
        if (view := readable(text)) is not text:
            unread[doc_id], text = text, view
        try:
            anchor = override or _as_date(day, day_first)
        except ValueError:
            anchor = None  # as an undated article: its relative expressions get no value
            unreadable.append((doc_id, day))
        spans, sent_ids = by_doc.get(doc_id, (None, None))
        for t in timexes_in_text(text, anchor, spans):
            a, b = value_interval(t["value"], t["mod"])
            if "range_from" in t.get("own", ()):  # one expression covers the range: "Oct. 20-24", "2025-26"
                a, b = value_interval(t["range_from"])[0], value_interval(t["range_to"])[1]
            elif t.get("range_to") and t["type"] == "DURATION":  # "three days later": the day it ends on
                a, b = value_interval(t["range_to"])
            rows.append((doc_id, t["start"], t["end"], t["text"], t["type"], t["value"], t["mod"], t["anchor"],
                         sent_ids[t["sent_idx"]] if sent_ids else -1, a, b, t.get("range_from"), t.get("range_to"),
                         t.get("zone")))
    # The columns made at once from the rows (not a loop over the fourteen columns per expression).
    cols: dict[str, list] = {c: list(v) for c, v in zip(TIMEX_COLUMNS, list(zip(*rows)) or [()] * len(TIMEX_COLUMNS))}
    if override is None and "published" not in articles:
        _warn_undated(articles, cols)
    if unreadable:
        shown = ", ".join(f"{d!r} ({v!r})" for d, v in unreadable[:3]) + (" ..." if len(unreadable) > 3 else "")
        warnings.warn(f"{len(unreadable)} article(s) have a published value that is not a date: {shown}; "
                      "their relative expressions (\"on Monday\", \"last week\") get no value. Give dates as "
                      "YYYY-MM-DD, or a publication_date for all", stacklevel=2)
    # Each column made in its final type: object columns of strings and None (missing stays None,
    # not NaN, so values compare as strings; one string per distinct value), 64-bit offsets, dates
    # (a frame of lists converted column by column after cost about a tenth of the stage).
    for col in ("value", "mod", "range_from", "range_to", "zone"):
        cols[col] = pd.Series(shared_values(cols[col]), dtype=object)
    for col in ("start", "end", "sent_id"):
        cols[col] = pd.Series(cols[col], dtype="int64")
    for col in ("anchor", "date_start", "date_end"):
        cols[col] = pd.to_datetime(pd.Series(cols[col], dtype=object if not cols[col] else None))
    return restore_shown(pd.DataFrame(cols, columns=TIMEX_COLUMNS), unread, [("start", "end", "text")])


# Column names a table built by hand or exported from a database gives its publication dates.
_DATE_LIKE = ("date", "pub_date", "pubdate", "publication_date", "published_at", "published_date",
              "publish_date", "datetime", "timestamp", "dct", "created", "created_at")


def _warn_undated(articles: pd.DataFrame, cols: dict[str, list]) -> None:
    """Warn when the expressions of articles without a ``published`` column (and no
    ``publication_date``) that count from the day of publication got no value: say how many,
    which, and how to give the date, naming a column whose name looks like one."""
    lost = [text for text, value, kind in zip(cols["text"], cols["value"], cols["type"])
            if value is None and kind in ("DATE", "TIME")]
    if not lost:
        return
    like = [c for c in articles.columns if isinstance(c, str) and c.strip().lower() in _DATE_LIKE]
    fix = (f"articles.rename(columns={{{like[0]!r}: 'published'}}) if that column holds the days of "
           "publication, or" if like else "add a 'published' column of dates (load_corpus reads one), or")
    shown = ", ".join(repr(t) for t in dict.fromkeys(lost) if t)
    warnings.warn(f"the articles table has no column 'published': {len(lost)} relative expression(s) "
                  f"({shown[:120]}) got no value, as they count from the day of publication. Give the "
                  f"dates: {fix} pass publication_date='YYYY-MM-DD' for all", stacklevel=3)


def _sentence_spans(sentences: pd.DataFrame) -> dict[Any, tuple[list[tuple[int, int]], list[int]]]:
    """Each document's sentence (start, end) spans and sent_ids, in table order: one conversion of
    the columns to lists, not a pandas group per document (whose Arrow columns iterate slowly)."""
    if not len(sentences):
        return {}
    out: dict[Any, tuple[list[tuple[int, int]], list[int]]] = {}
    for doc, a, b, sid in zip(sentences["doc_id"].tolist(), sentences["start"].tolist(),
                              sentences["end"].tolist(), sentences["sent_id"].tolist()):
        spans, ids = out.get(doc) or out.setdefault(doc, ([], []))
        spans.append((a, b))
        ids.append(sid)
    return out
