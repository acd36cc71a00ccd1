"""Finding mentions: capitalised-name chunks cut into names, with their titles and a first
guess at their kind (see :func:`find_mentions`)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

import pandas as pd
import regex as re

from presslens.entities.lexicon import (
    _CLITIC,
    _CONNECTORS,
    _SUFFIXES,
    MENTION_COLUMNS,
    _common,
    _key,
    _known_kind,
    _known_start,
    _Lexicon,
    _lex,
    _title_end,
    _title_vocab,
    _Tok,
)
from presslens.entities.linking import link_aliases

__all__ = ["find_mentions"]

# Connectors that join two names only after an organisation or title word ("Bank of America").
_WEAK_CONNECTORS = frozenset({"of", "the", "for", "&"})
# Surname particles that make an inner capital ("McConnell", "DeSantis") no sign of a brand name.
_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "De", "Di", "Da", "La", "Le", "Du", "Van", "Von", "St")

_TOKEN_IN_CHUNK = re.compile(r"[^ \t\u00a0,]+")
_FIRST_LETTER = re.compile(r"[\p{L}\p{N}]")
# a word and spaces, or a prefix like "then-", right before a position
_WORD_BEFORE = re.compile(r"([\p{L}\p{M}][\p{L}\p{M}.&'’\-]*)[ \t\u00a0]+$|(\p{L}+-)$")
_NAME_AFTER_COMMA = re.compile(r",[ \t\u00a0]+(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?)")
# "(R-Texas)", "(D-Calif.)", ", R-Fla.," after a name: a US politician.
_PARTY_TAG = re.compile(r"[ \t\u00a0]*[(,][ \t\u00a0]*[RDI]-[\p{L}. ]{2,20}[),]")
_SPACES = re.compile(r"[ \t\u00a0]*")
_AGE = re.compile(r",[ \t\u00a0]*\d{1,3},")  # "Kopp, 44, of St. Albans"
_DIGIT_NEXT = re.compile(r"\.?[ \t\u00a0]*\d")
_PARTY_TOKEN = re.compile(r"^[RDI]-\p{Lu}")
_INITIALS = re.compile(r"^(?:\p{Lu}\.)+$")  # "J.", "J.J."
_CAMEL = re.compile(r"\p{Ll}\p{Lu}")
_CLITIC_NEXT = re.compile(r"['’]")
_LIST_NEXT = re.compile(r",?[ \t\u00a0]+(?:and|or)\b|,[ \t\u00a0]*\p{Lu}")
_LOWER_NEXT = re.compile(r"[ \t\u00a0]+\p{Ll}")
_INITIAL_AFTER = frozenset("“\"‘([:!?—–\n")
_LOWER_WORD = re.compile(r"(?<![\p{L}\p{M}'’\-])\p{Ll}[\p{L}\p{M}]+")
_LONG_WORD = re.compile(r"\p{L}[\p{L}'’\-]{3,}")


def _split_hyphens(chunk: list[_Tok], lex: _Lexicon) -> list[_Tok]:
    """Tokens with hyphenated pairs of known names cut apart ("Japan-U.S." -> Japan, U.S.)."""
    out = []
    for tok in chunk:
        parts = tok.text.split("-")
        if len(parts) > 1 and all(_known_kind(_CLITIC.sub("", p), lex) for p in parts):
            pos = tok.start
            for part in parts:
                out.append(_Tok(pos, pos + len(part), part, alone=True))
                pos += len(part) + 1
        else:
            out.append(tok)
    return out


def _stop_token(tok: _Tok, lex: _Lexicon, after: str) -> bool:
    """Words that end a name: stop words, shouting, party tags ("R-Texas"), stray capitals.
    ``after``: the text right after the word ("Oct 27" is a date, "Jo Sun" a name)."""
    low, text = tok.low, tok.text
    if low in _CONNECTORS:
        return False
    if low in lex.stop or _PARTY_TOKEN.match(text) or (low + "." in lex.stop and _DIGIT_NEXT.match(after)):
        return True
    if len(text) == 1 or (len(text) == 2 and text[1] == "." and not tok.alone):
        return False if text.endswith(".") else True  # "J." is an initial, "Q" and "R" are not names
    letters = text.replace(".", "").replace("-", "")
    if letters.isupper() and len(letters) > 1 and "." not in text and not _known_kind(text, lex) \
            and low not in lex.prefixes:
        return len(letters) > 6 or _common(low, lex)  # shouting ("NO WAR"), not an acronym
    parts = low.split("-")
    if len(parts) < 2:
        return False
    # "Spanish-language", "Virginia-based", "Sixty-seven": adjectives and numbers, not names
    last = text.split("-")[-1]
    return (parts[0] in lex.demonyms and parts[-1] in lex.demonyms) or (
        last[:1].islower() and _common(last, lex)) or all(_common(p, lex) for p in parts)


def _pieces(chunk: list[_Tok], lex: _Lexicon, text: str, headline: bool = False) -> list[list[_Tok]]:
    """Cut a capitalised chunk at stop words, clitics ("Trump’s", "I’m"), hyphenated pairs of
    names and loose connectors; in a Title Case ``headline`` also at ordinary words ("Says")."""
    pieces: list[list[_Tok]] = [[]]
    for tok in _split_hyphens(chunk, lex):
        clitic = _CLITIC.search(tok.text)
        if clitic:
            tok = _Tok(tok.start, tok.start + clitic.start(), tok.text[:clitic.start()], tok.alone)
        known_run = 0 < len(pieces[-1]) < lex.longest and _known_start(
            " ".join([*(t.low for t in pieces[-1]), tok.low]), lex)  # "USA TODAY"
        if not tok.text or (_stop_token(tok, lex, text[tok.end:tok.end + 4]) and not known_run) or (
                headline and _common(tok.low, lex) and not _title_vocab(tok.low, lex)
                and tok.low not in lex.heads and tok.low not in _CONNECTORS and tok.low not in lex.first_names
                and not _known_start(tok.low, lex)):
            pieces.append([])
            continue
        if tok.low in _WEAK_CONNECTORS and pieces[-1]:
            prev = pieces[-1][-1].low
            if not (prev in lex.heads or prev in lex.titles or prev in lex.title_words
                    or (len(pieces[-1]) < lex.longest
                        and " ".join([*(t.low for t in pieces[-1]), tok.low]) in lex.prefixes)):
                pieces.append([])
                continue
        if tok.alone:
            pieces.append([])
        pieces[-1].append(tok)
        if clitic or tok.alone:
            pieces.append([])
    out = []
    for piece in pieces:
        while piece and piece[0].low in _CONNECTORS:
            piece = piece[1:]
        while piece and piece[-1].low in _CONNECTORS:
            piece = piece[:-1]
        if piece:
            out.append(piece)
    return out


def _role_after_org(tokens: list[_Tok], lex: _Lexicon) -> int:
    """Tokens up to the last role word of a name that opens with an organisation
    ("Republican National Committee Chairman Reince Priebus", "Goldman Sachs CEO Lloyd Blankfein");
    0 if there is none with a name after it."""
    # What the tokens after j hold, kept from right to left: one pass, not one per j.
    all_suffixes = True
    for j in range(len(tokens) - 2, 0, -1):
        after = tokens[j + 1].low
        if _title_vocab(after, lex):
            return 0  # then for every j further left too
        all_suffixes = all_suffixes and after in _SUFFIXES
        if tokens[j].low in lex.titles and not all_suffixes:
            return j + 1
    return 0


def _extend_title_left(text: str, start: int, floor: int, lex: _Lexicon, has_role: bool = False) -> int:
    """Start of the title words just before ``start`` ("former leader", "presidential
    candidate", "then-" before "Gov."), not crossing ``floor``; ``start`` itself unless they
    include a role word or ``has_role`` (the title at ``start`` has one)."""
    pos, best = start, start
    while True:
        m = _WORD_BEFORE.search(text, max(floor, pos - 60), pos)
        if not m:
            return best
        group = 1 if m.group(1) else 2
        low = m.group(group).lower().replace("’", "'")
        if not _title_vocab(low, lex) or low in _CONNECTORS or _CLITIC.search(low):
            return best
        has_role = has_role or low in lex.titles
        pos = m.start(group)
        if has_role:
            best = pos


def _is_initial(text: str, pos: int, sent_firsts: set[int]) -> bool:
    """Whether ``pos`` opens a sentence, a quotation or a clause after ``:``/``!``/``?``."""
    if pos in sent_firsts:
        return True
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in _INITIAL_AFTER


def _place_context(text: str, start: int, end: int, lex: _Lexicon, before: bool = True) -> bool:
    """Whether the words around a name say it is a place: "in central X", "X, South Korea"."""
    if before and lex.place_before.search(text, max(0, start - 30), start):
        # "in Valeant stock", "in Ash’s view" are no places
        return not (_LOWER_NEXT.match(text, end) or _CLITIC_NEXT.match(text, end))
    m = _NAME_AFTER_COMMA.match(text, end)
    if not m:
        return False
    words = m.group(1).split()
    for n in (2, 1):
        place = " ".join(words[:n])
        if len(words) >= n and _known_kind(place, lex) == "PLACE":
            # "Gyeongju, South Korea, for talks", but not the list "Lund, Japan and China"
            return not _LIST_NEXT.match(text, m.start(1) + len(place))
    return False


def _party_tag(text: str, pos: int) -> bool:
    """``_PARTY_TAG.match(text, pos)``, told where a match must end: the regex module looks for the
    tag's "-" in all the text that follows, at every name, unless the end is given."""
    opening = _SPACES.match(text, pos).end()
    if opening >= len(text) or text[opening] not in "(,":
        return False
    # then spaces, "R-", at most 20 characters and the closing mark
    return _PARTY_TAG.match(text, pos, _SPACES.match(text, opening + 1).end() + 23) is not None


def _evidence(name: list[_Tok], has_role: bool, text: str, lex: _Lexicon) -> str:
    """Kind of one mention from its own words and surroundings. Upper case for firm evidence
    (known names, head words, titles, given names); lower case for a guess from the context or
    the shape of the name, which other mentions of the entity may overrule; "MISC" for none."""
    key = " ".join(t.low for t in name)
    last = name[-1]
    if has_role or _party_tag(text, last.end):
        return "PERSON"
    if _known_kind(key, lex):
        return _known_kind(key, lex)
    *before, plural = last.low.split("-")
    if _key(plural) in lex.groups and all(w in lex.demonyms for w in before) \
            and all(_title_vocab(t.low, lex) for t in name[:-1]):
        return "GROUP"  # "Republicans", "Muslim Americans", "Senate Democrats", "African-Americans"
    # The head of "Department of Justice" stands before its "of"; a head word outweighs a
    # person's name in front of it ("Peterson Institute", "Trump Tower").
    head = next((a.low for a, b in zip(name, name[1:]) if b.low in ("of", "for")), last.low)
    if head in lex.heads and (len(name) > 1 or lex.heads[head] == "ORG"):
        return lex.heads[head]
    if any(_CAMEL.search(t.text) and not t.text.startswith(_NAME_PREFIXES) for t in name):
        return "ORG"  # HuffPost, LinkedIn, HarperCollins Publishers
    if len(name) > 1 and (name[0].low in lex.first_names or last.low in _SUFFIXES
                          or any(_INITIALS.match(t.text) and not _known_kind(t.text, lex)
                                 for t in name[:-1])):
        return "PERSON"
    if len(name) == 1 and last.text.replace(".", "").isupper() and len(last.text.replace(".", "")) > 1:
        # an acronym (NATO, FBI), unless it opens a dateline ("RYE, N.H. —")
        return "place" if _place_context(text, last.start, last.end, lex, before=False) else "ORG"
    common = all(_common(t.low, lex) for t in name)
    if not common and _place_context(text, name[0].start, last.end, lex):
        return "place"
    if (lex.person_after.match(text, last.end) or _AGE.match(text, last.end)
                       or lex.person_before.search(text, max(0, name[0].start - 20), name[0].start)):
        return "person"
    if len(name) == 1 and last.low in lex.first_names:
        return "person"
    if 1 < len(name) <= 4 and not any((_common(t.low, lex) and t.low not in _CONNECTORS) or t.text.isupper()
                                      for t in name):
        return "person"  # "Sanae Takaichi": a run of words that are names and nothing else
    return "MISC"


@lru_cache(maxsize=1 << 16)
def _ordinary(word: str) -> bool:
    """Whether ``word`` is an ordinary word that no name, title or head word shares ("Says")."""
    lex, low = _lex(), word.lower()
    return _common(word, lex) and low not in lex.first_names and not _title_vocab(low, lex) and low not in lex.heads


def _title_case_spans(text: str, sent_starts: list[int], lex: _Lexicon) -> list[int]:
    """Flat [start, end, start, end, ...] of sentences written in Title Case (headlines): most
    of their ordinary words ("Says", "About") are capitalised."""
    out: list[int] = []
    bounds = [*sent_starts, len(text)]
    for s, e in zip(bounds, bounds[1:]):
        words = _LONG_WORD.findall(text, s, e)
        capitals = sum(w[0].isupper() for w in words)
        if capitals < 3:
            continue
        # At least 3 ordinary words, three in four of them capitalised: the ordinary words in
        # lower case, counted first, rule out most sentences before the capitalised are looked up.
        lower = 0
        for w in words:
            if not w[0].isupper() and _ordinary(w):
                lower += 1
                if 3 * lower > capitals:
                    break
        else:
            upper = sum(1 for w in words if w[0].isupper() and _ordinary(w))
            if upper + lower >= 3 and upper >= 0.75 * (upper + lower):
                out.extend((s, e))
    return out


def _doc_mentions(doc_id, text: str, sent_starts: list[int], lex: _Lexicon) -> list[tuple]:
    """Raw mentions of one article: (doc_id, start, end, text, name_start, name_end, title, kind)
    with the kind from :func:`_evidence`."""
    sent_firsts = set()
    for s in sent_starts:
        m = _FIRST_LETTER.search(text, s)
        if m:
            sent_firsts.add(m.start())
    headlines = _title_case_spans(text, sent_starts, lex)
    candidates: list[list[_Tok]] = []
    for m in lex.chunk.finditer(text):
        toks = [_Tok(m.start() + t.start(), m.start() + t.end(), t.group())
                for t in _TOKEN_IN_CHUNK.finditer(m.group())]
        candidates.extend(_pieces(toks, lex, text, headline=bisect_right(headlines, m.start()) % 2 == 1))
    # Last words of names seen away from a sentence start: evidence that they are names here;
    # words the article also writes in lower case: evidence that they are not.
    mid_caps = {piece[-1].low for piece in candidates
                if len(piece) > 1 or not _is_initial(text, piece[0].start, sent_firsts)}
    lower = set(_LOWER_WORD.findall(text))
    surnames = {piece[-1].low for piece in candidates if len(piece) > 1}
    rows = []
    floor = 0
    for piece in candidates:
        first = piece[0]
        initial = _is_initial(text, first.start, sent_firsts)
        if (initial and (_common(first.low, lex) or first.low in lower) and first.low not in mid_caps
                and not _title_vocab(first.low, lex)
                and not (len(piece) > 1 and first.low in lex.first_names)  # "Mark Cuban"
                and not (len(piece) == 1 and lex.person_after.match(text, first.end))  # "Brown said"
                and not any(_known_start(" ".join(t.low for t in piece[:w]), lex)  # none is longer
                            for w in range(1, min(len(piece), lex.longest + 1) + 1))):
            piece = piece[1:]
            while piece and piece[0].low in _CONNECTORS:
                piece = piece[1:]
            if not piece:
                continue
        split = _title_end(piece, lex)
        if split == len(piece) and not _known_kind(" ".join(t.low for t in piece), lex):
            continue  # a title alone ("his Secretary of State"): canonical() resolves those
        if piece[-1].low in lex.heads and len(piece) > 1:
            split = 0  # "Justice Department" is no Justice + a name
        split = split or _role_after_org(piece, lex)
        title_toks, name = piece[:split], piece[split:]
        if len(name) > 1 and title_toks and all(_common(t.low, lex) for t in name) \
                and name[0].low not in lex.first_names:
            title_toks, name = [], piece  # "Major League Baseball" is not Major + a name
        if not name:
            continue
        whole = " ".join(t.low for t in name)
        if not _known_kind(whole, lex) and not any(_common(t.low, lex) for t in name[1:]):
            # "Republican Ted Cruz", but "Republican National Convention", "Saudi Arabia" stay
            cut = 0
            while len(name) - cut > 2 and name[cut].low in lex.demonyms and name[-1].low not in lex.heads:
                cut += 1
            title_toks, name = title_toks + name[:cut], name[cut:]
        if not _known_kind(whole, lex) and whole not in lex.demonyms:
            # "the South Carolina Republican primary": the adjective is no part of the name
            keep = len(name)
            while keep > 1 and name[keep - 1].low in lex.demonyms and _LOWER_NEXT.match(text, name[keep - 1].end) \
                    and name[0].low not in lex.first_names:  # but "Mark Cuban said"
                keep -= 1
            name = name[:keep]
        name_key = " ".join(t.low for t in name)
        if name_key in lex.demonyms and _key(name_key) not in lex.groups \
                and not lex.person_after.match(text, name[-1].end):  # but "Cuban said"
            continue
        start = title_toks[0].start if title_toks else name[0].start
        has_role = any(t.low in lex.titles for t in title_toks) or (
            " ".join(t.low for t in title_toks) in lex.titles)
        kind = _evidence(name, has_role, text, lex)
        if (not title_toks or has_role) and kind in ("PERSON", "person", "MISC") \
                and not all(_common(t.low, lex) for t in name):
            ext = _extend_title_left(text, start, floor, lex, has_role)
            if ext < start:
                has_role, start, kind = True, ext, "PERSON"
        name_start, name_end = name[0].start, name[-1].end
        if kind == "MISC" and len(name) == 1 and not title_toks and _common(name_key, lex) \
                and name_key not in lex.first_names and name_key not in surnames:
            continue  # a capitalised ordinary word ("Trade"), unless the end of a name here ("Rice")
        title = " ".join(text[start:name_start].split())
        rows.append((doc_id, start, name_end, text[start:name_end], name_start, name_end, title, kind))
        floor = name_end
    return rows


def find_mentions(articles: pd.DataFrame, sentences: pd.DataFrame | None = None, *,
                  link: bool = True) -> pd.DataFrame:
    """Named-entity mentions of every article, linked to canonical entities.

    In: ``articles`` (``doc_id``, ``text``) and optionally its ``sentences`` table from
    :func:`presslens.text.split_sentences` (computed when ``None``). Out: one row per mention,
    columns ``MENTION_COLUMNS``: ``doc_id``, ``sent_id``, ``start``/``end`` (the surface with its
    title, ``text``), ``name_start``/``name_end`` (the bare name), ``title``, ``kind`` (one of
    ``KINDS``), ``entity`` (canonical name, see :func:`link_aliases`).

    ``link=False`` leaves the linking to a later :func:`link_aliases` over the whole corpus (for
    a corpus analysed in pieces): ``entity`` is then the bare name and ``kind`` the mention's own
    evidence, in lower case where it is only a guess ("person", "place").

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Sen. Ada Quill spoke. Quill’s aide left."]})
    >>> find_mentions(arts)[["text", "title", "entity"]].values.tolist()
    [['Sen. Ada Quill', 'Sen.', 'Ada Quill'], ['Quill', '', 'Ada Quill']]
    """
    if sentences is None:
        from presslens.text import split_sentences

        sentences = split_sentences(articles)
    lex = _lex()
    starts: dict = defaultdict(list)
    for doc_id, start, sent_id in zip(sentences["doc_id"], sentences["start"], sentences["sent_id"]):
        starts[doc_id].append((int(start), int(sent_id)))
    rows = []
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        sents = sorted(starts.get(doc_id, [(0, 0)]))
        sent_starts = [s for s, _ in sents]
        for row in _doc_mentions(doc_id, text, sent_starts, lex):
            sent_id = sents[max(bisect_right(sent_starts, row[1]) - 1, 0)][1]
            rows.append((row[0], sent_id, *row[1:], text[row[4]:row[5]]))
    mentions = pd.DataFrame(rows, columns=MENTION_COLUMNS).astype(
        {"sent_id": "int64", "start": "int64", "end": "int64", "name_start": "int64", "name_end": "int64"})
    return link_aliases(mentions) if link else mentions
