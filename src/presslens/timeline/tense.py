"""Which way a temporal expression points, read off its clause: future, past, or undecided.

No tagger: the nearest tense cue wins. Future cues are auxiliaries and plans ("will", "is set to",
"is expected to", "scheduled for", "plans to"); past cues are past forms ("was", "had", "met",
regular "-ed" forms) and "since"/"ago"; a participle after "as" ("fell as expected", "as planned") is
neither. The clause is the stretch between commas, semicolons, dashes, brackets and quote marks
around the expression; when it holds no cue the whole sentence
is searched — first before the expression (the verb a trailing adjunct belongs to comes first),
then after it — where reporting verbs ("said", "told") count only if nothing else does: in
"Xi will visit Seoul on Friday, officials said" the visit, not the saying, is dated.
Cues after the expression count at 1.5 times their distance: English puts the verb first.
A past cue separated from the expression by an infinitive ("agreed to buy it in February") leaves
the direction open: the plan was made in the past, its object may lie ahead. A fronted adjunct
("On Tuesday, aides said …", "Also on Thursday, the mayor said he would …", "During his speech on
Wednesday, …": a clause without a verb that opens the sentence, or follows "and"/"but", and ends in a
comma) takes the tense of the main verb after it, reporting verbs included.
Reported speech keeps the reporting verb's time: "would" after a past verb is the future of that
past ("said they would light it on Monday night", "there was little evidence Wednesday that this
would be easy"), as is a plan told in the past tense ("was set to", "were scheduled to", "had been
expected to"): such a cue makes the direction ``"open"``, the time lies near the writing on
either side ("announced that he would travel Thursday" in a Wednesday paper is tomorrow).
An expression inside an "ahead of" phrase ("ahead of the caucuses on Monday") is awaited, and one
right after a present progressive ("is meeting on Friday") is scheduled: both are future.

Example::

    >>> s = "He departed for Tokyo on Monday, where he is set to meet the emperor."
    >>> clause_tense(s, s.index("Monday"), s.index("Monday") + 6)
    'past'
"""

from __future__ import annotations

import re

from presslens.timeline.lexicon import (FUTURE_CUES, INFINITIVE_MARKERS, PAST_VERBS, PREPARING_VERBS,
                                       PRESENT_CLAUSE_OPENERS, RUN_UP_NOUNS, alternation)

__all__ = ["clause_bounds", "clause_tense", "fronted_clause", "has_tense_cue"]

_REPORTING = {"said", "told", "wrote", "added", "reported", "stated", "noted", "declared", "explained",
              "insisted", "tweeted", "posted"}
_NOT_VERBS = ("hundred", "united", "red", "bed", "shed", "need", "speed", "indeed", "proceed", "exceed",
              "succeed", "feed", "seed", "breed", "greed", "sacred", "naked", "wicked", "beloved",
              "kindred", "rugged", "ragged", "wretched", "crooked", "embed", "aged", "based", "related",
              "detailed", "limited", "advanced", "supposed", "alleged", "elected", "armed", "called")


# A cue opening on a choice of words ("(?:is|are) forecast"): the same as one cue per word in its place.
_WORD_CHOICE = re.compile(r"\(\?:([a-z]+(?:\|[a-z]+)+)\)")
_PIECE = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|.", re.S)  # an escape, a class or a character of a regex


def _top_level_choice(cue: str) -> bool:
    """Whether the regex ``cue`` is a choice at its top level ("a|b"), not only inside a group."""
    depth = 0
    for piece in _PIECE.findall(cue):
        depth += (piece == "(") - (piece == ")")
        if piece == "|" and not depth:
            return True
    return False


def _by_first_character(cues: list[str]) -> str:
    """The alternation of ``cues`` (regular expressions, a space for any run of spaces) with the cues
    that open on one character grouped under it. Case-insensitive, ``re`` enters every branch at
    every position; grouped, one character turns most of them away. Two groups never match at one
    position (their characters differ once lowercased) and a group keeps its cues' order, so the
    matches are those of the plain alternation. A cue opening on a choice of words is written as one
    cue per word first, so that it too is grouped."""
    spelled: list[str] = []
    for c in cues:
        choice = _WORD_CHOICE.match(c)
        spelled += [word + c[choice.end():] for word in choice.group(1).split("|")] if choice else [c]
    cues = [c.replace(" ", r"\s+") for c in spelled]
    if not all((c[:1].isalpha() or c[:1] in "'’") and c[1:2] not in ("", "?", "*", "+", "{")
               and not _top_level_choice(c) for c in cues):
        return "|".join(cues)  # a cue opening on a class or a quantified character, or a choice: no grouping
    groups: dict[str, list[str]] = {}
    for c in cues:
        groups.setdefault(c[0].lower(), []).append(c)
    return "|".join(re.escape(c0) + "(?:" + "|".join(c[1:] for c in group) + ")" if len(group) > 1
                    else group[0] for c0, group in groups.items())


_FUTURE = re.compile(r"(?<![\w’'])(?:" + _by_first_character(FUTURE_CUES) + r")(?!\w)", re.IGNORECASE)
# An -ed form right after a determiner is an adjective ("the reduced dividend"), not a past verb.
# After "be"/"been"/"is" a participle, regular or not, is passive and its auxiliary carries the
# tense ("will be named", "would still be held", "when the case is heard in May").
_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "newly")
_PASSIVE_AUX = ("be", "been", "being", "is", "are", "am", "be still", "still be")
# After "to" or a modal a form is the bare verb ("expected to hit", "will cut"), whatever else it may be
# ("they'll": a word's end before the apostrophe, so \b holds there too).
_NOT_AFTER = "".join(f"(?<!\\b{re.escape(d)} )" for d in (*_PASSIVE_AUX, *INFINITIVE_MARKERS))
_REGULAR_PAST = ("".join(f"(?<!\\b{d} )" for d in _DETERMINERS) + r"(?<!-)(?!(?:" + "|".join(_NOT_VERBS)
                 + r")\b)[a-z]{2,}ed")
# A sentence may open on a participle: "Asked on Monday whether …, she said".
_OPENING_PAST = r"\A(?!(?:" + "|".join(w.capitalize() for w in _NOT_VERBS) + r")\b)[A-Z][a-z]+ed"
# Every word of the first branch opens on three lowercase letters (the lists hold lowercase words of
# 3+ letters, regular forms are [a-z]{2,}ed): looking at them first rejects most positions before the
# many lookbehinds run (the same matches in half the time; tests/test_timeline.py checks the lists).
# A match runs from a word's start to its end (lowercase letters between two \b), so which branch
# matches never changes it: the lookbehinds run only for a past form or an -ed word (a lookahead
# tells them), and the lists are grouped by first character, so a word is tried against the few
# forms that open like it, not against each of the hundred.
_PAST_FORMS = _by_first_character(PAST_VERBS)
_PAST = re.compile(r"\b(?=[a-z]{3})(?:(?=(?:" + _PAST_FORMS + r"|[a-z]{2,}ed)\b)" + _NOT_AFTER + "(?:"
                   + _PAST_FORMS + "|" + _REGULAR_PAST + ")|" + _by_first_character(sorted(_REPORTING))
                   + r")\b|" + _OPENING_PAST + r"\b")
# Clause edges: punctuation that ends a clause, and quote marks (a quote is its own clause).
_EDGE = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s|(?<!\w)['‘’](?!\w)")


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the clause around ``sentence[start:end]``."""
    left = 0
    for m in _EDGE.finditer(sentence, 0, max(start, 0)):
        left = m.end()
    m = _EDGE.search(sentence, min(end, len(sentence)))
    return left, (m.start() if m else len(sentence))


# An adverb between a determiner and an -ed form keeps it an adjective ("a still unspecified date",
# "the recently passed law").
_ADJ_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[a-z]+ly|still|long|much|once|so|"
                         r"not|yet|un)[\s-]+$")
# "fell as expected on Friday", "began as previously planned": a participle after "as" dates nothing.
_AS_BEFORE = re.compile(r"\bas\s+(?:[a-z]+ly\s+)?$", re.I)
# "agreed to buy it in February": a plan told in the past; the verb after "to" is not yet done, so
# the past cue before it does not date the expression.
# Not after "enough": "bold enough to tout it in March" describes what he did.
_INFINITIVE = re.compile(r"(?<!\benough )\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
                         r"more|less|most|many|much|some|all|both|any|each|every|other|few|several|huge|large|big|"
                         r"new|date|power|court|office|prison|jail|market|work|school|be)\b)[a-z]{3,}\b")


_FRONTED = re.compile(r"\W*(?:(?:on|late|early|earlier|later|by|until|in|during|since|last|this|next|that)\s+)*",
                      re.I)
# A clause opening with these words continues the sentence's main clause: ", but on Thursday, the
# party announced …" is fronted to "announced".
_CONJUNCTION = re.compile(r"\W*(?:and|but|so|yet|then|also|still|again|meanwhile|separately|however|instead)\b",
                          re.I)
# "was set to", "were scheduled to", "had been expected to": a plan told in the past.
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:not|also|still|originally|initially|previously|"
                        r"already|[a-z]+ly)\s+)?$", re.I)
_WOULD = re.compile(r"would\b", re.I)
_PLAN_AUX = re.compile(r"was|were|had", re.I)
_ADVERB = re.compile(r"(?:\s+(?:been|not|also|still|originally|initially|previously|already|[a-z]+ly))*\s+", re.I)
# A present progressive right before the expression is a schedule: "is meeting on Friday", "are
# holding a rally in Nordhaven Friday" (not "is reeling from Tuesday's loss": no preposition of cause).
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|(?:he|she|it|that|who|there)[’']s|(?:we|they|you)[’']re)\s+"
                          r"(?:[a-z]+ly\s+)?[a-z]{2,}ing"
                          r"(?:\s+(?!(?:after|since|from|over|about|following|despite|of|for|with|by)\b)[\w’'.-]+){0,4}"
                          r"\s+(?:on\s+)?$", re.I)
# A relative clause opening between the expression and the verb found before it: "the primaries that follow in
# March", "states that vote on Tuesday", "the report which is due in May". Its own verb is a present form, no cue
# (the past and future cues' lists hold none), and the verb before the pronoun dates the main clause, not it.
# Not "that" after a verb ("said that", "criticized that decision": a complementizer or a demonstrative) or
# after "so", "now", "such", "than".
_RELATIVE = re.compile(r"(?<!\bso )(?<!\bnow )(?<!\bsuch )(?<!\bthan )\b(?:that|which|who)\s+(?=[a-z])", re.I)
# A conditional clause in the present is about the future, whatever the verb before it: "if the November election
# does not break their way", "if he wins in November"; a temporal one may be too ("vote for him when we get to the
# convention in July") or tell what happens at any time ("times have changed when the Germans announce ..."): its
# direction is left open.
_CONDITIONAL = re.compile(r"\b(?:if|unless|when|whenever|whether)\s", re.I)
_IF = re.compile(r"\b(?:if|unless)\s", re.I)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")  # the last word before a position
_ED_FORM = re.compile(r"\b[a-z]{2,}ed\b")
# "ahead of" in time, not in a race ("40 points ahead of", "2.5 percent ahead of").
_AHEAD = re.compile(r"(?<![\d%])(?<!points )(?<!percent )\bahead\s+of\b", re.I)
# "the run-up to Christmas", "the lead-up to Thursday's vote": the time before the day, which a clause with no past
# verb ("Retailers expect a busy run-up to Christmas") puts ahead; told of in the past, the day is past too.
_RUN_UP = re.compile(r"\b(?:" + alternation(RUN_UP_NOUNS) + r")\s+to\b", re.I)
# "prepared for the final days of the campaign, including a debate Thursday", "are gearing up for Tuesday's
# primary": what one gets ready for lies after the getting ready, past a comma that only lists what it is.
_PREPARING = re.compile(r"\b(?:" + alternation(PREPARING_VERBS) + r")\s+for\b", re.I)

# "on Thursday after the president meets with Sanders", "Friday once the treaty is signed": a clause of time right after
# the expression whose verb is in the simple present (a subject of a pronoun or up to three words, then "is",
# "has", "does", "goes" or an -s form, not -ss or -us: "after a humiliating loss" has no verb) is still to come.
# Case kept: a name is capitalised, the verb is not.
_PRESENT_CLAUSE = re.compile(r"\s+(?:" + alternation(PRESENT_CLAUSE_OPENERS) + r")\s+(?:he|she|it|(?:the|a|an|his|her|"
                             r"their|its)(?:\s+[A-Za-z]+){1,2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                             r"(?:is|has|does|goes|[a-z]{2,}[^\Wsu]s)\b")


def _awaited(sentence: str, start: int) -> str | None:
    """``"future"`` when a verb of getting ready in the present comes before ``sentence[start:]`` with
    no other cue between ("are preparing for Friday's vote"), ``"open"`` when it is in the past
    ("prepared for … a debate Thursday": the future of that past, near the writing on either side),
    else None. The expression is what is awaited, whatever the clause's main verb says."""
    near = max(0, start - 120)
    if sentence.find(" for", near, start) == -1:
        return None
    ready = None
    for ready in _PREPARING.finditer(sentence, near, start):
        pass
    if ready is None or _FUTURE.search(sentence, ready.end(), start) or _PAST.search(sentence, ready.end(), start):
        return None
    return "open" if _PAST.match(ready.group(0)) else "future"


def _cues(text: str, lo: int, hi: int) -> list[tuple[str, re.Match]]:
    """The future and the past cues of ``text[lo:hi]`` as (kind, match), the future ones first."""
    return ([("future", m) for m in _FUTURE.finditer(text, lo, hi)]
            + [("past", m) for m in _PAST.finditer(text, lo, hi)])


def _nearest(text: str, start: int, end: int, cues: list[tuple[str, re.Match]], skip_reporting: bool,
             before_only: bool = False) -> tuple[str, int] | None:
    """The nearest of ``cues`` (:func:`_cues`) as (kind, its end when before the expression / its
    start when after)."""
    best: tuple[float, str, int] | None = None
    for cue, m in cues:
        if start <= m.start() < end or (before_only and m.end() > start):
            continue
        kind = cue
        # The future of a past moment ("said they would", "was set to") may lie before or after
        # the publication: the clause's direction is left open.
        if kind == "future" and ((_WOULD.match(m.group(0)) and _PAST.search(text, 0, m.start()))
                                 or _PAST_PLAN.search(text, max(0, m.start() - 30), m.start())):
            kind = "open"
        if skip_reporting and kind == "past" and m.group(0) in _REPORTING:
            continue
        if (kind == "past" and _PLAN_AUX.fullmatch(m.group(0)) and (gap := _ADVERB.match(text, m.end()))
                and _FUTURE.match(text, gap.end())):
            continue  # "were planning to", "was set to": the plan's cue after it, made "open", decides
        if kind == "past" and m.group(0).endswith("ed") and _ADJ_BEFORE.search(text, max(0, m.start() - 30),
                                                                               m.start()):
            continue
        if m.group(0).lower().endswith("ed") and _AS_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "as expected", "as previously planned": a comparison, with no time of its own
        before = m.end() <= start
        dist = start - m.end() if before else 1.5 * (m.start() - end)
        if best is None or dist < best[0]:
            best = (dist, kind, m.end() if before else m.start())
    return (best[1], best[2]) if best else None


def has_tense_cue(text: str) -> bool:
    """Whether ``text`` holds any future or past cue (a rough "has a finite verb")."""
    # The past first: its search costs half the future's, and it is found ten times as often.
    return bool(_PAST.search(text) or _FUTURE.search(text))


def fronted_clause(sentence: str, lo: int, hi: int) -> bool:
    """Whether the clause ``sentence[lo:hi]`` is an adjunct put before its main clause: it opens the
    sentence or follows "and"/"but"/"also"…, holds no tense cue and ends in a comma."""
    return (hi < len(sentence) and sentence[hi] == ","
            and (not sentence[:lo].strip(" \t\n\"'“‘") or _CONJUNCTION.match(sentence, lo, hi) is not None)
            and not _FUTURE.search(sentence, lo, hi) and not _PAST.search(sentence, lo, hi))


def _relative_present(sentence: str, pronoun: re.Match, start: int) -> bool:
    """Whether ``pronoun`` (a match of ``_RELATIVE``) opens a relative clause in the present up to ``start``: the
    word before it is no verb, and no past form follows it ("the deal that ended", where "that" made the -ed
    form look like an adjective to ``_PAST``)."""
    before = _WORD_BEFORE.search(sentence[:pronoun.start()])
    return (before is not None and not _PAST.fullmatch(before.group(1))
            and not _ED_FORM.search(sentence, pronoun.end(), start)
            and not _PAST.search(sentence[pronoun.end():start]))


def clause_tense(sentence: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"``, ``"open"`` (the future of a past moment: near the writing, either
    side) or ``None`` (no cue) for the expression at ``sentence[start:end]``."""
    lo, hi = clause_bounds(sentence, start, end)
    n = len(sentence)
    # The expression inside an "ahead of" phrase ("ahead of the caucuses on Monday", "ahead of
    # Tuesday's vote") is what is awaited, whatever the tense of the verb before.
    # Both within a few words before the expression (bounded, so long clauses cost no more).
    # A plain substring test first: most clauses hold neither.
    near = max(lo, start - 80)
    ahead = None
    if sentence.find("head", near, start) != -1:
        for ahead in _AHEAD.finditer(sentence, near, start):
            pass
    if ahead and not _FUTURE.search(sentence, ahead.end(), start) and not _PAST.search(sentence, ahead.end(), start):
        return "future"
    if sentence.find("ing", near, start) != -1 and _PROGRESSIVE.search(sentence, near, start):
        return "future"
    if awaited := _awaited(sentence, start):
        return awaited
    if _PRESENT_CLAUSE.match(sentence, end):
        return "future"
    # A fronted adjunct ("On Tuesday, aides said …") belongs to the main verb after it, reporting or not.
    fronted = _FRONTED.fullmatch(sentence, 0, start) is not None
    # The cues of the whole sentence are found once for the searches over it.
    found: dict[tuple[int, int], list[tuple[str, re.Match]]] = {}

    def cues(x: int, y: int) -> list[tuple[str, re.Match]]:
        if (x, y) not in found:
            found[x, y] = _cues(sentence, x, y)
        return found[x, y]

    cue = (_nearest(sentence, start, end, cues(lo, hi), skip_reporting=False)
           or (fronted_clause(sentence, lo, hi) and _nearest(sentence, start, end, cues(hi, n), skip_reporting=False))
           or (fronted and _nearest(sentence, start, end, cues(0, n), skip_reporting=False))
           or _nearest(sentence, start, end, cues(0, n), skip_reporting=True, before_only=True)
           or _nearest(sentence, start, end, cues(0, n), skip_reporting=True)
           or _nearest(sentence, start, end, cues(0, n), skip_reporting=False))
    if cue is None:
        if _IF.search(sentence, lo, start):
            return "future"  # "if he is the nominee in November": a present tense in a condition looks ahead
        run_up = _RUN_UP.search(sentence, near, start) if sentence.find(" to", near, start) != -1 else None
        return "future" if run_up and not _FUTURE.search(sentence, run_up.end(), start) else None
    kind, at = cue
    if kind == "past" and at <= start:
        if _INFINITIVE.search(sentence, at, start):
            return None
        if any(_relative_present(sentence, r, start) for r in _RELATIVE.finditer(sentence, at, start)):
            return None  # "campaigned in states that vote in March": the relative clause's present, undecided
        conjunction = None
        for conjunction in _CONDITIONAL.finditer(sentence, at, start):
            pass
        if conjunction and not has_tense_cue(sentence[conjunction.end():start]) and not has_tense_cue(sentence[end:hi]):
            return None if conjunction.group(0).lower().startswith("when") else "future"
    return kind
