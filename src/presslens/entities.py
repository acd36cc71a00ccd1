"""Named-entity mentions (people, organisations, places, groups) and alias linking, by rules.

A mention is a capitalised-name chunk ("Donald Trump", "NMV Consulting", "South Korea") with the
title in front of it kept apart ("U.S. President", "Prime Minister", "former leader"). Sentence-
initial ordinary words ("The", "Beyond", "Thousands") are not names: Punkt's English case
statistics tell which words are ordinary (seen in lower case in news). Possessives are stripped
("Japan’s" -> Japan); demonyms ("Japanese") are no mention, but may be part of a title ("Chinese
President"); their plurals name groups ("Republicans").

Aliases are linked within an article ("Trump", "President Xi" -> the full name seen there) and
across the corpus (one entity per full name; a lone surname goes to the corpus's full name with
that surname). Word lists live in ``presslens/data/entities_*.txt``.

Example::

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "Premier Alda Voss of Nordland met Mr. Ivo Brant in Kestrel. Voss said little."]})
    >>> find_mentions(arts)[["text", "title", "kind", "entity"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Premier Alda Voss', 'Premier', 'PERSON', 'Alda Voss'],
     ['Nordland', '', 'MISC', 'Nordland'],
     ['Mr. Ivo Brant', 'Mr.', 'PERSON', 'Ivo Brant'],
     ['Kestrel', '', 'PLACE', 'Kestrel'],
     ['Voss', '', 'PERSON', 'Alda Voss']]
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pandas as pd
import regex as re

__all__ = [
    "KINDS",
    "MENTION_COLUMNS",
    "canonical",
    "find_mentions",
    "link_aliases",
    "person_gender",
    "pronoun_gender",
]

MENTION_COLUMNS = [
    "doc_id", "sent_id", "start", "end", "text", "name_start", "name_end", "title", "kind", "entity",
]
# MISC: a capitalised name with no evidence of what it names ("Rare Earth Deals", "Obamacare").
KINDS = ("PERSON", "ORG", "PLACE", "GROUP", "MISC")

# Punkt's ortho-context flags for "seen in lower case" (sentence start, middle, unknown).
_SEEN_LOWER = 16 | 32 | 64
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_CONNECTORS = frozenset({"of", "the", "for", "de", "da", "del", "der", "van", "von", "bin", "ibn",
                         "al", "el", "le", "la", "du", "dos", "y", "&"})
# Connectors that join two names only after an organisation or title word ("Bank of America").
_WEAK_CONNECTORS = frozenset({"of", "the", "for", "&"})
# Surname particles that make an inner capital ("McConnell", "DeSantis") no sign of a brand name.
_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "De", "Di", "Da", "La", "Le", "Du", "Van", "Von", "St")
# At least this share of the corpus's full-name articles for one surname lets a lone surname
# elsewhere link to that person ("Clinton" -> "Hillary Clinton" in 2016 campaign news).
DOMINANCE = 0.8

_SEP = r"[ \t\u00a0]+"
_PART = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*)"
_CAPWORD = rf"{_PART}(?:[-&](?:{_PART}|\p{{Ll}}[\p{{L}}\p{{M}}]*))*"
_INITIAL = r"\p{Lu}\.(?=[ \u00a0]\p{Lu})"
_CONN = rf"(?:(?:of|for)(?: the)?|{'|'.join(sorted(_CONNECTORS - {'of', 'for', 'the'}))})"
_TOKEN_IN_CHUNK = re.compile(r"[^ \t\u00a0,]+")
_COMMA_SUFFIX = r"(?:,[ \t\u00a0]+(?:Jr|Sr)\.?(?![\p{L}\p{N}]))?"  # "William F. Buckley, Jr."
_CLITIC = re.compile(r"['’](?:s|m|re|ve|ll|d)$", re.IGNORECASE)
_FIRST_LETTER = re.compile(r"[\p{L}\p{N}]")
# a word and spaces, or a prefix like "then-", right before a position
_WORD_BEFORE = re.compile(r"([\p{L}\p{M}][\p{L}\p{M}.&'’\-]*)[ \t\u00a0]+$|(\p{L}+-)$")
_NAME_AFTER_COMMA = re.compile(r",[ \t\u00a0]+(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?)")
# "(R-Texas)", "(D-Calif.)", ", R-Fla.," after a name: a US politician.
_PARTY_TAG = re.compile(r"[ \t\u00a0]*[(,][ \t\u00a0]*[RDI]-[\p{L}. ]{2,20}[),]")
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


def _read(name: str) -> list[list[str]]:
    text = resources.files("presslens").joinpath(f"data/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Lookup form of a name: lower case, one space, straight apostrophes, no final period."""
    return " ".join(name.replace("’", "'").split()).lower().rstrip(".")


@dataclass(frozen=True)
class _Lexicon:
    titles: dict[str, str]              # role phrase -> gender it signals ("" if none)
    expand: dict[str, str]              # abbreviated title -> role ("gov." -> "governor")
    title_words: frozenset[str]
    known: dict[str, tuple[str, str]]   # key -> (canonical name, kind)
    heads: dict[str, str]
    demonyms: frozenset[str]
    groups: frozenset[str]              # plurals that name a group ("republicans")
    first_names: dict[str, str]
    stop: frozenset[str]
    pronouns: dict[str, str]
    personal: re.Pattern                # he/she and their other forms
    ortho: dict[str, int]
    longest: int                        # most words in a multi-word title or known name
    prefixes: frozenset[str]            # word-wise beginnings of multi-word titles and names
    place_before: re.Pattern            # "in central " right before a place name
    person_after: re.Pattern            # " said", ", who" right after a person's name
    person_before: re.Pattern           # "said " right before a person's name
    chunk: re.Pattern                   # a run of capitalised words


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    titles = {row[0].lower(): (row[1] if len(row) > 1 else "") for row in _read("entities_titles.txt")}
    heads = {row[0].lower(): row[1] for row in _read("entities_heads.txt")}
    places = [row[0] for row in _read("entities_places.txt")]
    known: dict[str, tuple[str, str]] = {_key(n[0]): (n[0], "ORG") for n in _read("entities_orgs.txt")}
    known.update({_key(name): (name, "PLACE") for name in places})
    place_set = set(places)
    for row in _read("entities_aliases.txt"):
        kind = "PLACE" if row[0] in place_set else "ORG"
        known.update({_key(alias): (row[0], kind) for alias in row})
    demonym_rows = _read("entities_demonyms.txt")
    context = _read("entities_place_context.txt")
    cues = _read("entities_person_cues.txt")
    preps = "|".join(re.escape(r[0]) for r in context if r[1] == "PREP")
    mods = "|".join(re.escape(r[0]) for r in context if r[1] == "MOD")
    inner = [row[0].lower() for row in _read("entities_abbrevs.txt")]
    abbrevs = sorted({w for w in [*titles, *heads, *_SUFFIXES, *inner] if w.endswith(".") and " " not in w},
                     key=len, reverse=True)
    abbr = "|".join(re.escape(a[:-1].capitalize()) + r"\." for a in abbrevs)
    token = rf"(?:{abbr}|{_INITIAL}|{_CAPWORD})"
    try:
        import punkt

        ortho = dict(punkt.load_model("english").ortho_context)
    except Exception:  # case statistics only refine the stop list; work on without them
        ortho = {}
    multi = [k for k in [*titles, *known] if " " in k]
    pronouns = {row[0].lower(): row[1] for row in _read("entities_pronouns.txt")}
    return _Lexicon(
        titles=titles,
        expand={row[0].lower(): row[1].lower() for row in _read("entities_title_abbrevs.txt")},
        title_words=frozenset(row[0].lower() for row in _read("entities_title_words.txt")),
        known=known,
        heads=heads,
        demonyms=frozenset(_key(row[0]) for row in demonym_rows),
        groups=frozenset(_key(row[1]) for row in demonym_rows if len(row) > 1),
        first_names={row[0].lower(): row[1] for row in _read("entities_first_names.txt")},
        stop=frozenset(row[0].lower() for row in _read("entities_stopwords.txt")),
        pronouns=pronouns,
        personal=re.compile(rf"\b(?:{'|'.join(w for w, g in pronouns.items() if g in 'mf')})\b", re.IGNORECASE),
        ortho=ortho,
        longest=max((len(k.split()) for k in multi), default=1),
        prefixes=frozenset(" ".join(k.split()[:n]) for k in multi for n in range(1, len(k.split()))),
        person_after=re.compile(rf"[ \t\u00a0]*,?{_SEP}(?:{'|'.join(r[0] for r in cues)})\b"),
        person_before=re.compile(rf"\b(?:{'|'.join(r[0] for r in cues if r[1] == 'both')}){_SEP}$"),
        place_before=re.compile(rf"\b(?:{preps}){_SEP}(?:(?:{mods}){_SEP})?$", re.IGNORECASE),
        chunk=re.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}_'’.]){token}(?:{_SEP}(?:{_CONN}{_SEP})?{token})*{_COMMA_SUFFIX}"),
    )


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    alone: bool = False  # one of a hyphenated pair of names ("Japan-U.S."): a mention by itself
    low: str = field(init=False)

    def __post_init__(self) -> None:
        self.low = self.text.lower().replace("’", "'")


def _common(word: str, lex: _Lexicon) -> bool:
    """Whether ``word`` is an ordinary word (seen in lower case in English news)."""
    low = word.lower().replace("’", "'")
    return low in lex.stop or bool(lex.ortho.get(low, 0) & _SEEN_LOWER)


def _known_kind(words: str, lex: _Lexicon) -> str:
    return lex.known.get(_key(words), ("", ""))[1]


def _known_start(words: str, lex: _Lexicon) -> bool:
    return words in lex.prefixes or _key(words) in lex.known


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


def _title_vocab(low: str, lex: _Lexicon) -> bool:
    return (low in lex.titles or low in lex.title_words or low in lex.demonyms
            or _known_kind(low, lex) == "PLACE")


def _title_end(tokens: list[_Tok], lex: _Lexicon) -> int:
    """How many leading tokens form a title (0 if none): the longest run of title vocabulary
    ending in a role word ("U.S. President", "Secretary of State")."""
    i, end, of_role = 0, 0, False
    n = len(tokens)
    while i < n:
        for width in range(min(lex.longest, n - i), 0, -1):
            phrase = " ".join(t.low for t in tokens[i:i + width])
            if width > 1 and phrase not in lex.titles and _key(phrase) not in lex.known:
                continue
            if width == 1 and not _title_vocab(phrase, lex):
                return end
            # "Secretary of State": the words after "of" belong to the role
            of_role = end > 0 and (of_role or (end == i and phrase == "of"))
            i += width
            if phrase in lex.titles or (of_role and phrase not in _CONNECTORS):
                end = i
            break
    return end


def _role_after_org(tokens: list[_Tok], lex: _Lexicon) -> int:
    """Tokens up to the last role word of a name that opens with an organisation
    ("Republican National Committee Chairman Reince Priebus", "Goldman Sachs CEO Lloyd Blankfein");
    0 if there is none with a name after it."""
    for j in range(len(tokens) - 2, 0, -1):
        rest = tokens[j + 1:]
        if tokens[j].low in lex.titles and not all(t.low in _SUFFIXES for t in rest) \
                and not any(_title_vocab(t.low, lex) for t in rest):
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


def _evidence(name: list[_Tok], has_role: bool, text: str, lex: _Lexicon) -> str:
    """Kind of one mention from its own words and surroundings. Upper case for firm evidence
    (known names, head words, titles, given names); lower case for a guess from the context or
    the shape of the name, which other mentions of the entity may overrule; "MISC" for none."""
    key = " ".join(t.low for t in name)
    last = name[-1]
    if has_role or _PARTY_TAG.match(text, last.end):
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


def _title_case_spans(text: str, sent_starts: list[int], lex: _Lexicon) -> list[int]:
    """Flat [start, end, start, end, ...] of sentences written in Title Case (headlines): most
    of their ordinary words ("Says", "About") are capitalised."""
    out: list[int] = []
    bounds = [*sent_starts, len(text)]
    for s, e in zip(bounds, bounds[1:]):
        words = _LONG_WORD.findall(text, s, e)
        if sum(w[0].isupper() for w in words) < 3:
            continue
        words = [w for w in words if _common(w, lex) and w.lower() not in lex.first_names
                 and not _title_vocab(w.lower(), lex) and w.lower() not in lex.heads]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
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
                and not any(_known_start(" ".join(t.low for t in piece[:w]), lex)
                            for w in range(1, len(piece) + 1))):
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
            while len(name) > 2 and name[0].low in lex.demonyms and name[-1].low not in lex.heads:
                title_toks, name = title_toks + [name[0]], name[1:]
        if not _known_kind(whole, lex) and whole not in lex.demonyms:
            # "the South Carolina Republican primary": the adjective is no part of the name
            while len(name) > 1 and name[-1].low in lex.demonyms and _LOWER_NEXT.match(text, name[-1].end) \
                    and name[0].low not in lex.first_names:  # but "Mark Cuban said"
                name = name[:-1]
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


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'").rstrip(",") for w in name.split())


@lru_cache(maxsize=65536)
def _surname(words: tuple[str, ...]) -> str:
    return next((w for w in reversed(words) if w not in _SUFFIXES), words[-1])


def _is_subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return all(word in it for word in short)


def _match_short(words: tuple[str, ...], fulls: dict[tuple[str, ...], str],
                 gender: str = "", genders: dict[str, str] | None = None) -> str | None:
    """The one full name a short name belongs to: as its surname, as another single word of it
    ("Xi" of "Xi Jinping"), or as a sub-sequence; ``None`` if none or several. A short name with
    a gendered honorific ("Mr. Clinton") only matches names of that gender or of none known."""
    if not words:
        return None
    if gender and genders:
        fulls = {f: n for f, n in fulls.items() if genders.get(n, gender) == gender}  # unknown fits
    if len(words) == 1:
        word = words[0]
        for test in (lambda f: _surname(f) == word, lambda f: word in f):
            hits = {fulls[f] for f in fulls if len(f) > 1 and test(f)}
            if hits:
                return hits.pop() if len(hits) == 1 else None
        return None
    hits = {fulls[f] for f in fulls if len(f) > len(words) and _is_subsequence(words, f)}
    return hits.pop() if len(hits) == 1 else None


def _title_gender(title: str, lex: _Lexicon) -> str:
    """'m' or 'f' if a word of ``title`` is a gendered honorific ("Mrs.", "Emperor"), else ""."""
    for word in title.lower().split():
        if lex.titles.get(word):
            return lex.titles[word]
    return ""


def _vote(kinds: list[str]) -> str:
    """One kind from the kinds of an entity's mentions: firm evidence first, then guesses."""
    firm = Counter(k for k in kinds if k.isupper() and k != "MISC")
    if firm:
        # A title or a given name anywhere makes a person ("President Washington")
        return "PERSON" if firm["PERSON"] * 2 >= sum(firm.values()) else firm.most_common(1)[0][0]
    guesses = Counter(k.upper() for k in kinds if k.islower())
    return guesses.most_common(1)[0][0] if guesses else "MISC"


def link_aliases(mentions: pd.DataFrame, dominance: float = DOMINANCE) -> pd.DataFrame:
    """Fill ``entity`` and settle ``kind`` for mentions from :func:`find_mentions`.

    Within an article a short form ("Trump", "Prime Minister Takaichi", "President Xi") links to
    the one full person name it belongs to (surname, other single word, or sub-sequence); known
    places and organisations take their canonical name from ``entities_aliases.txt`` ("U.S." ->
    "United States"). Across the corpus, forms of one full name ("Donald J. Trump", "Donald Trump")
    are one entity, and a lone surname in an article without the full name links to the corpus's
    full name with that surname, if it is the only one or holds ``dominance`` of the articles
    naming one in full. Each entity gets one kind. In and out: ``MENTION_COLUMNS``.
    """
    out = mentions.reindex(columns=MENTION_COLUMNS).reset_index(drop=True)
    if out.empty:
        return out
    lex = _lex()
    names = [" ".join(t[ns - s:ne - s].split()) for t, s, ns, ne in
             zip(out["text"], out["start"], out["name_start"], out["name_end"])]
    kinds = [k if k.upper() in KINDS else "MISC" for k in out["kind"].astype(str)]
    # Forms of each full person name across the corpus, to show one surface per name.
    forms: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for name, kind in zip(names, kinds):
        if len(name.split()) > 1 and kind.upper() == "PERSON":
            forms[_words(name)][name] += 1
    # "Donald J. Trump" and "Hillary Rodham Clinton" are "Donald Trump" and "Hillary Clinton" when
    # the corpus has those forms and no other longer form of them ("George H.W. Bush" and
    # "George W. Bush" stay apart); "Donald Trump Jr." is another person.
    longer: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for words in forms:
        if len(words) > 2 and words[-1] not in _SUFFIXES and (words[0], words[-1]) in forms:
            longer[(words[0], words[-1])].append(words)
    merged = {long[0]: short for short, long in longer.items() if len(long) == 1}
    for long, short in merged.items():
        forms[short].update(forms.pop(long))
    # the most frequent form, the shortest of equally frequent ones
    surface = {words: max(c, key=lambda f: (c[f], -len(f))) for words, c in forms.items()}
    surface.update({long: surface[short] for long, short in merged.items()})
    # Gender of names and of honorifics, so that "Mr. Clinton" is not taken for Hillary Clinton.
    honorific = [_title_gender(title, lex) for title in out["title"].fillna("").astype(str)]
    genders: dict[str, str] = {}
    for i, name in enumerate(names):
        if honorific[i] and len(name.split()) > 1 and _words(name) in surface:
            genders.setdefault(surface[_words(name)], honorific[i])
    for words, name in surface.items():
        if lex.first_names.get(words[0]):
            genders.setdefault(name, lex.first_names[words[0]])
    entities = [""] * len(out)
    links: dict[int, str] = {}      # mention -> entity it was linked to as an alias
    lone: list[int] = []            # single-word names left unlinked in their article
    by_doc: dict = defaultdict(list)
    for i, doc_id in enumerate(out["doc_id"]):
        by_doc[doc_id].append(i)
    for rows in by_doc.values():
        # A two- or three-word name whose last word the article also uses alone as a person names
        # that person ("Nora Rice" ... "Rice said").
        alone = {names[i].lower() for i in rows if " " not in names[i] and kinds[i].upper() == "PERSON"}
        for i in rows:
            words = names[i].split()
            if kinds[i] == "MISC" and 1 < len(words) <= 3 and words[-1].lower() in alone \
                    and not any(_common(w, lex) or _title_vocab(w.lower(), lex) for w in words[:-1]) \
                    and not any(w.isupper() for w in words):
                kinds[i] = "person"
        fulls = {_words(names[i]): surface.get(_words(names[i]), names[i])
                 for i in rows if kinds[i].upper() == "PERSON" and len(names[i].split()) > 1}
        for i in rows:
            words = _words(names[i])
            known = lex.known.get(_key(names[i]))
            if known and kinds[i] != "PERSON":
                entities[i] = known[0]
            elif len(words) > 1 and words in fulls:
                entities[i] = fulls[words]
            elif kinds[i].upper() in ("PERSON", "MISC") and _match_short(
                    words, fulls, honorific[i], genders):
                entities[i] = links[i] = _match_short(words, fulls, honorific[i], genders)
            else:
                entities[i] = names[i]
                if len(words) == 1 and kinds[i].upper() in ("PERSON", "MISC"):
                    lone.append(i)
                    if any(_surname(f) == words[0] for f in fulls):
                        kinds[i] = "PERSON"  # "Brant" beside Ivo and Nia Brant: which one is unsure
    votes: dict[str, list[str]] = defaultdict(list)
    for i, entity in enumerate(entities):
        votes[entity].append("PERSON" if i in links else kinds[i])
    entity_kind = {entity: _vote(k) for entity, k in votes.items()}
    # Lone surnames across the corpus: articles naming each person in full, per surname.
    # Family names come first in some names ("Xi Jinping"), and some people go by their given
    # name ("Hillary"): a lone first word links like a surname when no surname matches.
    articles_of: dict[str, Counter] = defaultdict(Counter)
    first_of: dict[str, Counter] = defaultdict(Counter)
    for doc_id, rows in by_doc.items():
        for entity in {entities[i] for i in rows if i not in links}:
            if entity_kind[entity] == "PERSON" and len(entity.split()) > 1:
                words = _words(entity)
                articles_of[_surname(words)][entity] += 1
                first_of[words[0]][entity] += 1
    for i in lone:
        word = _words(names[i])[0]
        if word.endswith("s") and word[:-1] in articles_of and entity_kind[entities[i]] in ("PERSON", "MISC"):
            entity_kind[entities[i]] = "GROUP"  # "the Clintons"
            continue
        counts = articles_of.get(word) or first_of.get(word)
        if counts and honorific[i]:
            counts = Counter({n: c for n, c in counts.items()
                              if genders.get(n, honorific[i]) == honorific[i]})
        if not counts or entity_kind.get(entities[i]) not in ("PERSON", "MISC"):
            continue
        top, n = counts.most_common(1)[0]
        if n >= dominance * sum(counts.values()):
            entities[i] = top
        elif entity_kind[entities[i]] == "MISC":
            entity_kind[entities[i]] = "PERSON"
    out["entity"] = entities
    out["kind"] = [entity_kind.get(e, "PERSON") for e in entities]
    return out


def canonical(name: str, doc_mentions: pd.DataFrame, at: int | None = None) -> str | None:
    """The entity that ``name`` ("Maher", "President Xi", "the prime minister") refers to in one
    article, given that article's rows of :func:`find_mentions`; ``None`` if nothing fits.

    A bare title picks the entity whose mentions carry that title: the nearest one before
    offset ``at`` when given, else the most mentioned.

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Gov. Ada Quill and Ivo Brant met."]})
    >>> m = find_mentions(arts)
    >>> canonical("Quill", m), canonical("the governor", m), canonical("Brant’s", m)
    ('Ada Quill', 'Ada Quill', 'Ivo Brant')
    """
    if doc_mentions is None or doc_mentions.empty or not isinstance(name, str):
        return None
    lex = _lex()
    words = _CLITIC.sub("", " ".join(name.split())).split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    toks = [_Tok(0, 0, w) for w in words]
    split = _title_end(toks, lex)
    if split == 0 and all(t.low in lex.titles or t.low in lex.title_words for t in toks):
        split = len(toks)  # a lower-case title: "the prime minister"
    bare = tuple(t.low for t in toks[split:])
    known = {}
    for text, s, ns, ne, entity in zip(doc_mentions["text"], doc_mentions["start"],
                                       doc_mentions["name_start"], doc_mentions["name_end"],
                                       doc_mentions["entity"]):
        known.setdefault(_words(text[ns - s:ne - s]), entity)
        known.setdefault(_words(entity), entity)
    if bare:
        if bare in known:
            return known[bare]
        hit = _match_short(bare, {k: v for k, v in known.items() if len(k) > 1})
        if hit or split == 0:
            return hit
    role = " ".join(lex.expand.get(t.low, t.low) for t in toks[:split])
    rows = []
    titles = doc_mentions["title"].fillna("").astype(str)
    for s, title, entity in zip(doc_mentions["start"], titles, doc_mentions["entity"]):
        title = " ".join(lex.expand.get(w, w) for w in title.lower().split())
        if title and (f" {role} " in f" {title} " or set(role.split()) <= set(title.split())):
            rows.append((s, entity))
    if not rows:
        return None
    if at is not None:
        before = [(s, e) for s, e in rows if s < at]
        if before:
            return max(before)[1]
    counts = Counter(doc_mentions["entity"])
    return max(rows, key=lambda r: (counts[r[1]], -r[0]))[1]


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her/hers, 'n' for it/its, ``None`` for any other word.

    >>> pronoun_gender("Her"), pronoun_gender("its"), pronoun_gender("they")
    ('f', 'n', None)
    """
    return _lex().pronouns.get(word.strip().lower()) if isinstance(word, str) else None


def _next_pronoun(text: str, start: int, end: int, lex: _Lexicon) -> str:
    """Gender of the first he/she/his/her in ``text[start:end]`` outside a quotation opened
    there (in “She’s great,” he said, "She" is someone else), else ""."""
    for m in lex.personal.finditer(text, start, end):
        before = text[start:m.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return lex.pronouns[m.group().lower()]
    return ""


def person_gender(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.Series:
    """A gender guess ('m', 'f' or ``None``) per PERSON entity of ``mentions``, indexed by entity.

    Evidence, strongest first: honorifics and gendered titles ("Mrs.", "Emperor", "chairwoman"),
    the first he/she/his/her after each mention in the article text (when ``articles`` is given;
    up to the next person mention), and the given name (``entities_first_names.txt``).
    """
    lex = _lex()
    sign = {"m": 1, "f": -1}
    people = mentions[mentions["kind"] == "PERSON"]
    score: Counter = Counter()
    texts = dict(zip(articles["doc_id"], articles["text"])) if articles is not None else {}
    for doc_id, doc in people.groupby("doc_id", sort=False):
        text = texts.get(doc_id)
        doc = doc.sort_values("start")
        nexts = [*doc["start"].iloc[1:], None]
        titles = doc["title"].fillna("").astype(str)
        for title, entity, end, nxt in zip(titles, doc["entity"], doc["end"], nexts):
            score[entity] += sum(3 * sign.get(lex.titles.get(w, ""), 0) for w in title.lower().split())
            if isinstance(text, str):
                limit = min(nxt if nxt is not None and nxt > end else len(text), end + 300)
                score[entity] += sign.get(_next_pronoun(text, end, limit, lex), 0)
    for entity in score:
        parts = entity.split()
        if len(parts) > 1:
            score[entity] += sign.get(lex.first_names.get(parts[0].lower(), ""), 0)
    return pd.Series({e: ("m" if s > 0 else "f" if s < 0 else None) for e, s in sorted(score.items())},
                     dtype=object, name="gender")
