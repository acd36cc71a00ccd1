"""Quoted passages of a text, found from its quotation marks paragraph by paragraph.

The grammar, in three layers:

- **Double marks**: curly (“ ”), straight ("), doubled typewriter ('' and ``) or curly single (‘‘ ’’), low (\u201e),
  guillemet (« »), corner brackets (「 」 and 『 』) and the double prime (″) that OCR of a printed page gives for a
  straight mark. Whether a straight, prime or misplaced mark opens or closes is read from the characters around it;
  a mark of another family than the open quote's that opens nests in it (_FAMILY).
  Unbalanced marks are handled locally: a new opening mark while a quote is open ends the
  open quote before it, a stray closing mark is ignored, and a quote still open at the end of a
  paragraph ends there.
- **Single marks** (‘ ’ ' , the single guillemets ‹ › and German copy's low ‚…‘), read outside double-quoted
  passages only (inside them they are nested quotes and stay part of the outer quote). A guillemet opens or closes
  by the characters around it, as « » do; ‚ only opens, and a ‘ after a word closes only a passage ‚ opened.
  ‘ ’ and ' are also the apostrophe, so each
  mark is first classed by :func:`single_role` from the characters on both sides: inside a word
  (it’s, O’Brien, rock’n’roll), an elision (’90s, rock ’n’ roll, ’em: ``data/quotes_elisions.txt``),
  an opening mark (after a space or an opening bracket, before a word; never ’) or a closing one
  (after a word or punctuation, before a space or punctuation; never ‘). A closing candidate
  that looks like a plural possessive (workers’ union: after s, before a lower-case word) closes
  only when no later closing mark in the paragraph can. A single quote never closed in its
  paragraph is dropped, unless the next paragraph opens with a single mark (it runs on).
- **Dash dialogue** (Spanish and Latin American copy: "—We waited twenty years —said the mayor."), read
  only in an article with no double marks (:func:`_dialogue`).

Double quotes nested in a single-quoted passage (British style: ‘He said “no”,’ she said) stay
inside it: only outermost passages are returned.

A quote running over paragraphs has an opening mark on each paragraph and a closing one only at the
end: a passage left open at the end of a paragraph continues in the next paragraph when that
paragraph starts with an opening mark (``carried``).

Example::

    >>> [(q.start, q.end) for q in find_quoted("He said “yes.” Then “no")]
    [(9, 13), (21, 23)]
    >>> [q.single for q in find_quoted("‘It’s a disgrace,’ said Rosa Quint.")]
    [True]
    >>> find_quoted("the workers’ union said it wasn’t consulted about the drivers’ contracts")
    []
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from presslens.datafiles import data_lines

__all__ = ["Quoted", "curly_marks", "find_quoted", "single_role"]

# ``|''|[“”„‟«»"″], written to open with one set of the characters a mark starts with (the
# second ` or ' after a look-behind on the first), so that a search skips to those characters
# instead of trying every one of the text (a test compares both).
_MARK = re.compile(r"[`'“”„‟«»\"″「」『』](?:(?<=`)`|(?<=')'|(?<=[“”„‟«»\"″「」『』]))")
# The same with doubled curly single marks, ‘‘ and ’’ (typesetting that writes the typewriter's `` '' with curly
# characters: "“I grew up there ’’  Hjalmarsson  said"), scanned only in a text holding one, since the scan would
# otherwise stop at every apostrophe.
_MARK_CURLY_PAIRS = re.compile(r"[`'‘’“”„‟«»\"″「」『』](?:(?<=`)`|(?<=')'|(?<=‘)‘|(?<=’)’|(?<=[“”„‟«»\"″「」『』]))")
_SINGLE = re.compile(r"[‘’'‹›‚]")
# The families of double marks one house style nests in another's: „…” with »…« or «…» inside (Polish, Hungarian,
# Romanian copy), «…» with “…” inside (French), 「…」 with 『…』 inside (Japanese). A mark of another family than the
# open quotation's, where it opens, opens a quotation inside it that only a closing mark of its own family ends, so
# "„My grandfather said: »The mine feeds us.« He was right,” he said." is one passage, as a single-quoted one nested
# in a double is (straight and typewriter marks belong to no family: they close a curly one a typist opened).
_FAMILY = {"“": "curly", "”": "curly", "„": "curly", "‟": "curly", "«": "guillemet", "»": "guillemet",
           "「": "corner", "」": "corner", "『": "white corner", "』": "white corner"}
_OPENERS = frozenset(["“", "„", "‟", "«", "``", "‘‘", "「", "『"])
_CLOSERS = frozenset(["”", "»", "’’", "」", "』"])
# Characters after which a mark reads as opening, and before which it reads as closing.
_LEFT_OPEN = set(" \t\n\r([{—–-/")
_RIGHT_CLOSE = set(" \t\n\r.,;:!?)]}—–-…")
_WORD = re.compile(r"\w")
# Before an opening single mark: white space, an opening bracket or dash, or a double mark.
_SINGLE_LEFT_OPEN = _LEFT_OPEN | set("“\"„«″")
_SINGLE_RIGHT_CLOSE = _RIGHT_CLOSE | set("”\"»″")
_DECADE = re.compile(r"\d0s?\b")
_POSSESSIVE_NEXT = re.compile(r" [a-z0-9]")


@lru_cache(maxsize=1)
def _elisions() -> re.Pattern:
    words = data_lines("quotes_elisions.txt")
    return re.compile(r"(?i:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                      + r")(?![\w])")


@dataclass
class Quoted:
    """One quoted passage: ``start``/``end`` delimit the text inside the marks (stripped of white
    space), ``open``/``close`` include the marks. ``para`` is the paragraph index; ``carried``
    is the index (in the returned list) of the passage in the previous paragraph it continues;
    ``single`` says the marks are single ones (‘…’ or '…')."""

    open: int
    start: int
    end: int
    close: int
    para: int
    closed: bool
    carried: int | None = None
    single: bool = False


def _role(text: str, s: int, e: int, p_start: int, p_end: int, is_open: bool) -> bool:
    """True when the double mark at ``text[s:e]`` opens a quote, False when it closes one."""
    mark = text[s:e]
    left = s <= p_start or text[s - 1] in _LEFT_OPEN
    right = e >= p_end or text[e] in _RIGHT_CLOSE
    if left and not right:
        return True
    if right and not left:
        return False
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    return not is_open


def single_role(text: str, i: int, p_start: int = 0, p_end: int | None = None) -> str:
    """What the single mark ``text[i]`` (‘, ’, ', ‹, › or ‚) is, from the characters on both sides:
    ``"word"`` (an apostrophe: it’s, workers’ with nothing open, ’90s, rock ’n’ roll), ``"open"``,
    ``"close"``, ``"possessive"`` (closes only if nothing later can: workers’ union) or ``"low close"`` (a ‘ after
    a word: closes a German ‚…‘ only, else an apostrophe set the wrong way round).

    >>> [single_role(t, t.index(m)) for t, m in [("it’s", "’"), ("‘Go,’ he", "‘"), ("in ’90s", "’")]]
    ['word', 'open', 'word']
    """
    p_end = len(text) if p_end is None else p_end
    ch = text[i]
    left = text[i - 1] if i > p_start else " "
    right = text[i + 1] if i + 1 < p_end else " "
    if ch in "‹›":
        # A guillemet is never an apostrophe; which side it stands on decides, as for « » (»…« in some styles).
        opens, closes = left.isspace() or left in _SINGLE_LEFT_OPEN, right.isspace() or right in _SINGLE_RIGHT_CLOSE
        return ("open" if opens else "close") if opens != closes else ("open" if ch == "‹" else "close")
    if ch == "‚":
        # German copy's low single mark opens only (‚Fortschritt‘); between words it is a comma's stand-in
        return "open" if (left.isspace() or left in _SINGLE_LEFT_OPEN) and right.isalnum() else "word"
    if left.isalnum() and right.isalnum():
        return "word"
    if not left.isalnum() and (_DECADE.match(text, i + 1, p_end) or _elisions().match(text, i + 1, p_end)):
        return "word"
    if left in "nN" and i - 2 >= p_start and text[i - 2] in "’'" and (
            i - 3 < p_start or not text[i - 3].isalnum()):
        return "word"  # the second mark of rock ’n’ roll
    if (left.isspace() or left in _SINGLE_LEFT_OPEN) and not (right.isspace() or right in _SINGLE_RIGHT_CLOSE):
        return "word" if ch == "’" else "open"
    if not left.isspace() and (right.isspace() or right in _SINGLE_RIGHT_CLOSE):
        if ch == "‘":
            return "low close"
        if left in "sSzZxX" and _POSSESSIVE_NEXT.match(text, i + 1, p_end):
            return "possessive"
        return "close"
    return "word"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quoted]:
    """Quoted passages of ``text`` in order, outermost only. ``paragraphs`` are ``(start, end)``
    spans (default: the whole text as one paragraph); no passage crosses a paragraph end."""
    if not isinstance(text, str) or not text:
        return []
    if paragraphs is None:
        paragraphs = [(0, len(text))]
    doubles = _doubles(text, paragraphs)
    if not doubles:
        doubles = _dialogue(text, paragraphs)
    singles = _singles(text, paragraphs, doubles)
    if not singles:
        return doubles
    # Keep the outermost passages: a double quote nested in a single one stays inside it.
    merged = sorted([(q, "d", i) for i, q in enumerate(doubles)] + [(q, "s", i) for i, q in enumerate(singles)],
                    key=lambda x: (x[0].open, -x[0].close))
    out: list[Quoted] = []
    new_index: dict[tuple[str, int], int] = {}
    for q, layer, i in merged:
        if out and q.close <= out[-1].close and q.open >= out[-1].open:
            continue
        new_index[(layer, i)] = len(out)
        out.append(q)
    for n, q in enumerate(out):
        if q.carried is not None:
            layer = "s" if q.single else "d"
            out[n] = replace(q, carried=new_index.get((layer, q.carried)))
    return out


# The marks of other house styles, each one character as its curly counterpart is: „…“ and ‚…‘ (German), «…» and
# »…« (French, Swiss, German), ‹…› and ‟, the corner brackets 「…」 and 『…』 (Japanese and Chinese copy) and the dashes
# of dialogue (_dialogue).
_OTHER_OPENERS = {"„": "“", "‟": "“", "«": "“", "»": "“", "‹": "‘", "›": "‘", "‚": "‘", "—": "“", "「": "“",
                  "『": "“"}
_OTHER_CLOSERS = {"“": "”", "«": "”", "»": "”", "‟": "”", "‹": "’", "›": "’", "‘": "’", "—": "”", "」": "”",
                  "』": "”"}


def curly_marks(text: str, quoted: list[Quoted]) -> str:
    """``text`` with the marks of the ``quoted`` passages (from :func:`find_quoted`) written as American copy's
    curly ones (“…”, ‘…’), each mark one character for one, so offsets hold: the rules that read a quotation's
    marks around a frame (a comma after the closing mark, a sentence opening with one) read every style alike.

    >>> curly_marks("„Nein“, sagte sie. «Oui», dit-il.", find_quoted("„Nein“, sagte sie. «Oui», dit-il."))
    '“Nein”, sagte sie. “Oui”, dit-il.'
    """
    chars = None
    for q in quoted:
        for i, other in ((q.open, _OTHER_OPENERS), (q.close - 1, _OTHER_CLOSERS if q.closed else {})):
            if text[i] in other:
                chars = chars if chars is not None else list(text)
                chars[i] = other[text[i]]
    return text if chars is None else "".join(chars)


def _doubles(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    out: list[Quoted] = []
    marks = _MARK_CURLY_PAIRS if "’’" in text or "‘‘" in text else _MARK
    dangling: int | None = None  # index of a passage left open at the previous paragraph's end
    for para, (p_start, p_end) in enumerate(paragraphs):
        open_at: tuple[int, int] | None = None  # (mark start, mark end) of the open quote
        carried: int | None = None
        nested: str | None = None  # the family of the marks of a quotation nested in the open one
        carried_from, dangling = dangling, None
        for m in marks.finditer(text, p_start, p_end):
            s, e = m.span()
            is_open = open_at is not None
            family = _FAMILY.get(text[s])
            if nested is not None:
                if family == nested and not _role(text, s, e, p_start, p_end, True):
                    nested = None
                continue
            if (is_open and family is not None and _FAMILY.get(text[open_at[0]]) not in (None, family)
                    and _role(text, s, e, p_start, p_end, False)):
                nested = family  # (see _FAMILY)
                continue
            if _role(text, s, e, p_start, p_end, is_open):
                if open_at is not None:
                    _emit(out, text, open_at, s, s, para, False, carried)
                carried = carried_from if carried_from is not None and not text[p_start:s].strip() else None
                open_at = (s, e)
            elif open_at is not None:
                _emit(out, text, open_at, s, e, para, True, carried)
                open_at, carried = None, None
            carried_from = None
        if open_at is not None and _emit(out, text, open_at, p_end, p_end, para, False, carried):
            dangling = len(out) - 1
    return out


# Dialogue as Spanish and Latin American copy writes it, in an article with no double marks: a dash opens the words at
# a paragraph's start or after a colon, right before them ("—We have waited twenty years"); a dash after a space before
# a word in lower case closes them, opening the narrator's words ("… any longer —said the mayor"), which a dash and a
# stop or a comma close where the words go on ("—said Ada Quill, a baker—. And we …").
_DIALOGUE_OPEN = re.compile(r"(?:^|(?<=:\s))—(?=[¿¡]?[^\W\d_])", re.M)
_DIALOGUE_NARRATOR = re.compile(r"\s—(?=[a-z])")
_DIALOGUE_GOES_ON = re.compile(r"—([.,;]?)\s+(?=[¿¡]?[^\W\d_])")
_DIALOGUE_SENTENCE = re.compile(r".*\b[a-z].*[.!?…]", re.S)  # words alone: a word in lower case, a stop at the end


def _dialogue(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """Passages of dash dialogue (see _DIALOGUE_OPEN), one or two a paragraph: the words up to the narrator's
    dash (``closed``, the dash the closing mark) or the paragraph's end, and the words after the narrator's."""
    out: list[Quoted] = []
    for para, (p_start, p_end) in enumerate(paragraphs):
        opening = _DIALOGUE_OPEN.search(text, p_start, p_end)
        if opening is None or (opening.start() != p_start and text[p_start:opening.start()].count(":") != 1):
            continue
        at = opening.start()
        narrator = _DIALOGUE_NARRATOR.search(text, at, p_end)
        if narrator is None:
            if _DIALOGUE_SENTENCE.fullmatch(text, at + 1, p_end):  # (not a pull quote's "—Father Liam Doyle")
                _emit(out, text, (at, at + 1), p_end, p_end, para, False, None)
            continue
        dash = narrator.start() + 1
        _emit(out, text, (at, at + 1), dash, dash + 1, para, True, None)
        goes_on = _DIALOGUE_GOES_ON.search(text, dash + 1, p_end)
        if goes_on is not None and _DIALOGUE_NARRATOR.search(text, dash + 1, goes_on.start()) is None:
            # (after a stop or a comma the words open with no mark of their own, as a sentence or a clause of their own)
            _emit(out, text, (goes_on.end(),) * 2 if goes_on.group(1) else goes_on.span(), p_end, p_end, para, False,
                  None)
    return out


def _singles(text: str, paragraphs: list[tuple[int, int]], doubles: list[Quoted]) -> list[Quoted]:
    """Single-quoted passages outside the double-quoted ones (see the module docstring)."""
    masked = [(q.open, q.close) for q in doubles]
    out: list[Quoted] = []
    dangling: int | None = None
    k = 0  # next double-quoted passage that may hold a mark
    tokens_of: list[list[tuple[int, str]]] = []
    for p_start, p_end in paragraphs:
        tokens: list[tuple[int, str]] = []
        for m in _SINGLE.finditer(text, p_start, p_end):
            i = m.start()
            while k < len(masked) and masked[k][1] <= i:
                k += 1
            if k < len(masked) and masked[k][0] <= i < masked[k][1]:
                continue
            if text[i] in "'‘’" and text[i] in (text[i - 1:i], text[i + 1:i + 2]):
                continue  # part of a doubled mark ('', ‘‘, ’’)
            role = single_role(text, i, p_start, p_end)
            if role != "word":
                tokens.append((i, role))
        tokens_of.append(tokens)
    for para, ((p_start, p_end), tokens) in enumerate(zip(paragraphs, tokens_of)):
        carried_from, dangling = dangling, None
        open_at: int | None = None
        carried: int | None = None
        # Index of the next closing candidate of each token, to tell a possessive from a close.
        later_close = [False] * len(tokens)
        seen = False
        for n in range(len(tokens) - 1, -1, -1):
            later_close[n] = seen
            if tokens[n][1] == "open":
                seen = False
            elif tokens[n][1] != "low close":
                seen = True
        for n, (i, role) in enumerate(tokens):
            if role == "open":
                open_at = i
                carried = carried_from if carried_from is not None and not text[p_start:i].strip() else None
            elif role == "low close":
                if open_at is not None and text[open_at] == "‚":
                    _emit(out, text, (open_at, open_at + 1), i, i + 1, para, True, carried, single=True)
                    open_at, carried = None, None
            elif open_at is not None and (role == "close" or not later_close[n]):
                _emit(out, text, (open_at, open_at + 1), i, i + 1, para, True, carried, single=True)
                open_at, carried = None, None
            carried_from = None
        if open_at is not None:
            nxt = [t for t in tokens_of[para + 1] if t[1] != "low close"] if para + 1 < len(paragraphs) else []
            runs_on = bool(nxt) and nxt[0][1] == "open" and not text[paragraphs[para + 1][0]:nxt[0][0]].strip()
            if runs_on and _emit(out, text, (open_at, open_at + 1), p_end, p_end, para, False, carried,
                                 single=True):
                dangling = len(out) - 1
    return out


def _emit(out: list[Quoted], text: str, open_at: tuple[int, int], inner_end: int, close: int,
          para: int, closed: bool, carried: int | None, single: bool = False) -> bool:
    start, end = _strip(text, open_at[1], inner_end)
    if not _WORD.search(text, start, end):
        return False
    out.append(Quoted(open_at[0], start, end, close, para, closed, carried, single))
    return True
