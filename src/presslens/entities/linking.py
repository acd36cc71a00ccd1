"""Linking mentions to entities: short forms to the full names of their article, forms of one
name across the corpus, and canonical() for a name or title inside one article."""

from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache

import pandas as pd

from presslens.dtypes import shared_values
from presslens.entities.lexicon import (
    _ARTICLE_PREFIXES,
    _CLITIC,
    _OTHER_GENDER,
    _SUFFIXES,
    KINDS,
    MENTION_COLUMNS,
    _common,
    _key,
    _known_kind,
    _lex,
    _Lexicon,
    _title_end,
    _title_gender,
    _title_vocab,
    _Tok,
    name_cased,
)

__all__ = ["DOMINANCE", "MAX_CANDIDATES", "Aliases", "Names", "PackedAliases", "canonical", "link_aliases",
           "link_pieces", "prepare_aliases", "surname"]

# At least this share of the corpus's full-name articles for one surname lets a lone surname
# elsewhere link to that person ("Clinton" -> "Hillary Clinton" in 2016 campaign news).
DOMINANCE = 0.8


_JUNIOR = _SUFFIXES - {"ii", "iii", "iv"}  # the suffixes that are no regnal number


def _words(name: str) -> tuple[str, ...]:
    # (lowered and its apostrophes made plain as a whole: neither touches the white space it is split at; an
    # Arabic article glued to a word left out, as house styles differ: "Bashar al-Assad" is "Bashar Assad", and
    # "Assad" alone is he)
    words = (w.rstrip(",") for w in name.lower().replace("’", "'").split())
    return tuple(w.partition("-")[2] if w.startswith(_ARTICLE_PREFIXES) and len(w) > 3 else w for w in words)


@lru_cache(maxsize=65536)
def _surname(words: tuple[str, ...]) -> str:
    return next((w for w in reversed(words) if w not in _SUFFIXES), words[-1])


def surname(name: str) -> str:
    """The surname of a person's ``name`` as the linking reads it, in lower case: its last word but a generational
    suffix ("pate" of "Luther Stan Pate IV")."""
    return _surname(_words(name))


def _is_subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return all(word in it for word in short)


class _FullNames(dict):
    """Full names, word tuple -> name, with the two look-ups :func:`_candidates` needs made once:
    the full names of each surname and of each word, each list in the mapping's order. A scan of
    every full name for every short name grew with their product, which a long list of names in
    one article made quadratic. The ``kin`` among the names, a person's kin named by a given name
    ("Bill" of "Clinton's husband, Bill"), are found by their surname apart (``kin_by_surname``):
    the bare surname is the person's ("Clinton") but where an honorific says it is the kin's."""

    def __init__(self, names: Mapping[tuple[str, ...], str], kin: Collection[tuple[str, ...]] = ()) -> None:
        super().__init__(names)
        self.by_surname: dict[str, list] = defaultdict(list)
        self.by_word: dict[str, list] = defaultdict(list)
        self.kin_by_surname: dict[str, list] = defaultdict(list)
        for f, n in self.items():
            if len(f) > 1:
                surname = _surname(f)
                (self.kin_by_surname if f in kin else self.by_surname)[surname].append((f, n))
                for word in dict.fromkeys(f):
                    if not (f in kin and word == surname):
                        self.by_word[word].append((f, n))


# More full names of one article than this share a short name's rarest word (or its surname):
# the short name is ambiguous, as it would be among any two of them. In real articles a short
# name has at most a handful of candidates (6 on all of PolNeAR train); the bound keeps a
# list of thousands of names from costing the square of their number.
MAX_CANDIDATES = 32


def _candidates(words: tuple[str, ...], fulls: _FullNames) -> tuple[list | None, list | None, list]:
    """The full names (word tuple, name) of ``fulls`` a short name may belong to: those it is the
    surname of, then (when none of those fits) those it is another single word of ("Xi" of "Xi
    Jinping"); for a name of several words, those it is a sub-sequence of (and ``None``). A list
    that would hold more than :data:`MAX_CANDIDATES` is ``None``: ambiguous. Last, the kin it is the
    surname of (``kin_by_surname``; none for a name of several words)."""
    if not words:
        return [], None, []
    if len(words) == 1:
        first, second = fulls.by_surname.get(words[0], []), fulls.by_word.get(words[0], [])
        return (first if len(first) <= MAX_CANDIDATES else None,
                second if len(second) <= MAX_CANDIDATES else None, fulls.kin_by_surname.get(words[0], []))
    pool = min((fulls.by_word.get(w, []) for w in words), key=len)
    if len(pool) > MAX_CANDIDATES:
        return None, None, []
    return [(f, n) for f, n in pool if len(f) > len(words) and _is_subsequence(words, f)], None, []


def _resolve(candidates: tuple[list | None, list | None, list], gender: str = "",
             genders: dict[str, str] | None = None, surface: dict[tuple[str, ...], str] | None = None) -> str | None:
    """The one name :func:`_candidates` leaves (each named by ``surface`` where it has the full
    name), ``None`` if none or several. A short name with a gendered honorific ("Mr. Clinton")
    matches the names of that gender, and names of no known gender only where no candidate's
    gender is known; it matches a kin of that gender too ("Mr. Clinton" beside "Clinton's husband,
    Bill"), as no bare surname does."""
    def names(found: list) -> set[str]:
        named = [surface.get(f, n) for f, n in found] if surface else [n for _, n in found]
        if gender and genders:
            same = [n for n in named if genders.get(n) == gender]
            # Not one of no known gender by ruling out one of the other: a family's member the article names
            # only in part is as likely ("Tomas and Nadia Vell" and their son "Jorin Vell": "Mr. Vell" is Tomas).
            named = same or ([] if any(n in genders for n in named) else named)
        return set(named)

    first, second, kin = candidates
    if first is None:  # too many to tell (MAX_CANDIDATES)
        return None
    # (only a kin known to be of the honorific's gender: a given name of no known gender says nothing)
    hits = names(first) | {n for n in names(kin) if gender and genders and genders.get(n) == gender}
    if not hits and second is not None:
        hits = names(second)
    return hits.pop() if len(hits) == 1 else None


def _match_short(words: tuple[str, ...], fulls: _FullNames,
                 gender: str = "", genders: dict[str, str] | None = None) -> str | None:
    """The one full name of ``fulls`` a short name belongs to (:func:`_candidates`,
    :func:`_resolve`); ``None`` if none or several."""
    return _resolve(_candidates(words, fulls), gender, genders)


def _vote(kinds: list[str]) -> str:
    """One kind from the kinds of an entity's mentions: firm evidence first, then guesses."""
    if kinds.count(kinds[0]) == len(kinds):
        return _vote_one(kinds[0])  # most entities: one kind however often named
    return _tally(kinds)


@lru_cache(maxsize=64)
def _vote_one(kind: str) -> str:
    return _tally([kind])


# A guess from the context decides the kind of an entity only where at least one in this many of
# its mentions without firm evidence gives one: one "said Obamacare so far" among 33 mentions
# with none does not make a person.
GUESS_SHARE = 8


def _tally(kinds: list[str]) -> str:
    firm = Counter(k for k in kinds if k.isupper() and k != "MISC")
    if firm:
        # A title or a given name anywhere makes a person ("President Washington")
        return "PERSON" if firm["PERSON"] * 2 >= sum(firm.values()) else firm.most_common(1)[0][0]
    guesses = Counter(k.upper() for k in kinds if k.islower())
    if not guesses or sum(guesses.values()) * GUESS_SHARE < kinds.count("MISC"):
        return "MISC"
    return guesses.most_common(1)[0][0]


@dataclass
class Aliases:
    """What linking reads of a piece of mentions (whole articles) on its own, per mention in its
    order: made by :func:`prepare_aliases` where the mentions are found, so that what
    :func:`link_pieces` does over the whole corpus is a cheap merge. ``forms``: the forms of
    each full person name (word tuple -> form -> count); ``titled``: each full name's first
    gendered honorific; ``offices``: per full person name, the articles naming it in full (under "") and those
    writing an office before it (:func:`_office`: "President Ada Quill"), office -> count."""

    doc_ids: list
    names: list[str]
    words: list[tuple[str, ...]]
    kinds: list[str]                 # as voted within the article
    honorific: list[str]             # 'm', 'f' or ''
    known: list[str | None]          # the canonical name of a known place or organisation
    full: list[str | None]           # the article's form of the full person name it is
    candidates: list[tuple | None]   # the full names a short person name may belong to
    surname_hit: list[bool]          # a lone word that is the surname of a full name there
    kin: list[bool]                  # a kin's given name, its surname the person's before ("Bill" of "Clinton's
    #                                  husband, Bill"): a full name the article does not write
    office: list[str]                # the office its title names (_office), "" for none
    forms: dict[tuple[str, ...], Counter]
    titled: dict[tuple[str, ...], str]
    offices: dict[tuple[str, ...], Counter]

    def pack(self) -> PackedAliases:
        """The same, its per-mention lists pickled into one bytes object until
        :func:`link_pieces` reads them. A chunk's lists held as Python objects take about six times
        their pickled size (tuples and list slots per mention): held so from the per-article stages
        to the linking of the whole corpus, every chunk's stayed in memory, among the objects made
        meanwhile."""
        rows = tuple(getattr(self, f) for f in _PER_MENTION)
        return PackedAliases(pickle.dumps(rows, pickle.HIGHEST_PROTOCOL), self.forms, self.titled, self.offices)


# The fields of Aliases with one value per mention, in their order: all but the three dicts.
_PER_MENTION = tuple(f.name for f in fields(Aliases) if f.name not in ("forms", "titled", "offices"))


@dataclass
class PackedAliases:
    """:class:`Aliases` with its per-mention lists packed (:meth:`Aliases.pack`); ``forms``,
    ``titled`` and ``offices`` as they are, as :func:`link_pieces` reads them of every piece first."""

    rows: bytes
    forms: dict[tuple[str, ...], Counter]
    titled: dict[tuple[str, ...], str]
    offices: dict[tuple[str, ...], Counter]

    def unpack(self) -> Aliases:
        return Aliases(**dict(zip(_PER_MENTION, pickle.loads(self.rows))), forms=self.forms, titled=self.titled,
                       offices=self.offices)


def prepare_aliases(mentions: pd.DataFrame) -> Aliases:
    """The per-article part of :func:`link_aliases` on ``mentions`` (from :func:`find_mentions`,
    whole articles): names, their words and honorifics, and within each article the full person
    names each short one may belong to (a couple's first partner named by its ``entity``, see
    find_mentions). Pure per article: pieces of a corpus are prepared apart."""
    out = mentions.reindex(columns=MENTION_COLUMNS).reset_index(drop=True)
    lex = _lex()
    # Python lists: iterating a pandas string column goes element by element through Arrow.
    bare = [" ".join(t[ns - s:ne - s].split()) for t, s, ns, ne in
            zip(out["text"].tolist(), out["start"].tolist(), out["name_start"].tolist(), out["name_end"].tolist())]
    entities = out["entity"].astype(str).tolist()
    texts = out["text"].astype(str).tolist()
    spans = list(zip(out["name_start"].tolist(), out["name_end"].tolist()))
    sides = [_surnamed(i, n, e, bare, spans) for i, (n, e) in enumerate(zip(bare, entities))]
    names = shared_values(e if side else n for n, e, side in zip(bare, entities, sides))
    kin = [side < 0 for side in sides]
    kinds = shared_values(k if k.upper() in KINDS else "MISC" for k in out["kind"].astype(str).tolist())
    cached: dict[str, tuple[str, ...]] = {}
    words_of = [cached.get(n) or cached.setdefault(n, _words(n)) for n in names]
    forms: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for name, words, kind in zip(names, words_of, kinds):
        if len(words) > 1 and kind.upper() == "PERSON":  # words_of: the name split, lower case
            forms[words][name] += 1
    titles = out["title"].fillna("").astype(str).tolist()
    title_genders = {title: _title_gender(title, lex) for title in set(titles)}
    honorific = [title_genders[title] for title in titles]
    offices_of = {title: _office(title, gender, lex) for title, gender in title_genders.items()}
    office = [offices_of[title] for title in titles]
    offices: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    titled: dict[tuple[str, ...], str] = {}
    for words, gender in zip(words_of, honorific):
        if gender and len(words) > 1:
            titled.setdefault(words, gender)
    doc_ids = shared_values(out["doc_id"].tolist())
    n = len(out)
    _partner_genders(doc_ids, names, bare, words_of, honorific, titled, lex)
    known: list[str | None] = [None] * n
    full: list[str | None] = [None] * n
    candidates: list[tuple | None] = [None] * n
    surname_hit = [False] * n
    for rows in _rows_by_doc(doc_ids):
        # A two- or three-word name whose last word the article also uses alone as a person names
        # that person ("Nora Rice" ... "Rice said"), as does a two-word one written as a name is (one space, no
        # hyphen) whose last word it uses alone with no kind told, and not its first ("Bryce Petty" ... "Petty
        # struggles": not another article's George Petty; not "Olympic Games" ... "Olympic", nor "Rio Olympic Games"
        # ... "After Rio", nor a list run together, "Rams  Angels")
        alone = {names[i].lower() for i in rows if " " not in names[i] and kinds[i].upper() == "PERSON"}
        untold = {names[i].lower() for i in rows if " " not in names[i] and kinds[i] == "MISC"}
        for i in rows:
            if kinds[i] != "MISC" or not 1 < len(words_of[i]) <= 3:
                continue
            words = names[i].split()
            if (words[-1].lower() in alone or len(words) == 2 and words[-1].lower() in untold
                    and words[0].lower() not in untold and names[i] in texts[i] and "-" not in names[i]) \
                    and not any(_common(w, lex) or _title_vocab(w.lower(), lex) for w in words[:-1]) \
                    and not any(w.isupper() for w in words):
                kinds[i] = "person"
        # the article's full person names, each as (last) written there; a surname and "Jr." or "Sr." is none
        # ("Brigham Jr." is short for "Walter Brigham Jr."; but "Tawadros II" is a pope's full name), nor the last
        # words of a longer one ("Gonçalves Pereira" of "Maria José Gonçalves Pereira", _tails)
        persons = {words_of[i]: names[i] for i in rows if kinds[i].upper() == "PERSON" and len(words_of[i]) > 1}
        tails = _tails(persons, lex)
        for words in persons:
            offices[words][""] += 1
        for words, role in {(words_of[i], office[i]) for i in rows if office[i] and words_of[i] in persons}:
            offices[words][role] += 1
        # a kin's name the article writes in full somewhere is found by its surname too
        kin_names = {words_of[i] for i in rows if kin[i]} - {words_of[i] for i in rows if not sides[i]}
        fulls = _FullNames({words: name for words, name in persons.items()
                            if not (len(words) == 2 and words[1] in _JUNIOR) and words not in tails}, kin_names)
        # full names a person title or a given name says are people's ("trade secretary Liam Fox")
        people = {words_of[i] for i in rows
                  if words_of[i] in fulls and (titles[i] or words_of[i][0] in lex.first_names)}
        found: dict[tuple, tuple] = {}  # an article repeats its short names
        for i in rows:
            words = words_of[i]
            entry = lex.known.get(_key(names[i]))
            known[i] = entry[0] if entry else None
            if len(words) > 1 and words in fulls:
                full[i] = fulls[words]
            elif ((not entry or kinds[i] == "PERSON") and kinds[i].upper() in ("PERSON", "MISC")) \
                    or (entry and entry[1] == "ORG" and len(words) == 1
                        and any(f in people for f, _ in fulls.by_surname.get(words[0], ()))):
                # a known organisation's name alone is a person's surname after the person's full name
                # with a given name or a title ("Bloomberg said he would run" after "Michael Bloomberg")
                candidates[i] = found.get(words) or found.setdefault(words, _candidates(words, fulls))
            if len(words) == 1 and kinds[i].upper() in ("PERSON", "MISC") and full[i] is None:
                surname_hit[i] = words[0] in fulls.by_surname
    return Aliases(doc_ids, names, words_of, kinds, honorific, known, full, candidates, surname_hit, kin, office,
                   dict(forms), titled, dict(offices))


def _office(title: str, gender: str, lex: _Lexicon) -> str:
    """The office a person's ``title`` names, in lower case, written out, without a former holder's word
    ("president" of "former President", "senator" of "Texas Sen." and "then-Sen.", "secretary" of "Secretary of
    State", "vice president"); "" for none, and for a title of a ``gender`` (an honorific: "Mrs.", "Mr")."""
    if not title or gender:
        return ""
    words = [lex.expand.get(w, w) for w in (w.removeprefix("then-").removeprefix("ex-") for w in title.lower().split())]
    words = [w for w in words if w not in _FORMER]
    if "of" in words:
        words = words[:words.index("of")]
    if not words:
        return ""
    return " ".join(words[-2:]) if len(words) > 1 and words[-2] == "vice" else words[-1]


def _surnamed(i: int, name: str, entity: str, bare: list[str], spans: list[tuple[int, int]]) -> int:
    """1 where ``entity`` is the lone given ``name`` of mention ``i`` with the surname of the next mention (of the
    ``bare`` names, their ``spans`` in the text), as find_mentions gives the first partner of a couple ("Khizr" of
    "Khizr and Ghazala Khan" -> "Khizr Khan"), -1 where with the surname of the mention before, as it gives a
    person's kin ("Bill" of "Clinton's husband, Bill" -> "Bill Clinton"), else 0: not any entity longer than its
    name (a table linked before: "Hillary", "Nadia" after "Nadia Brask"). A couple's partner is named in two words
    ("Ghazala Khan"), not a bare surname ("Mark Barden's son, Daniel, …. Barden"); where both neighbours may give
    the surname, the nearer."""
    if " " in name or len(entity) <= len(name):
        return 0  # (nearly every mention: its entity is its name, no longer)
    sides = [j for j in (i + 1, i - 1) if 0 <= j < len(bare) and (j < i or bare[j].count(" ") == 1)
             and entity == f"{name} {bare[j].rsplit(' ', 1)[-1]}" != bare[j]]
    # (the characters between the two names, whichever comes first)
    return min(sides, key=lambda j: max(spans[j][0] - spans[i][1], spans[i][0] - spans[j][1])) - i if sides else 0


def _partner_genders(doc_ids: list, names: list[str], bare: list[str], words_of: list[tuple[str, ...]],
                     honorific: list[str], titled: dict[tuple[str, ...], str], lex: _Lexicon) -> None:
    """Add to ``titled`` the gender of a couple's first partner (a mention named apart from its ``bare`` words,
    see find_mentions) whose given name tells none: the other gender's, where the article gives the bare surname
    that gender's honorific and the next mention, the partner named in full, a given name of the other gender
    ("Khizr and Ghazala Khan" ... "Mr. Khan": Khizr is Mr. Khan, so "Mr. Khan" is not left to no one)."""
    honorifics: dict[tuple, set[str]] = defaultdict(set)  # (article, surname) -> the genders of its honorifics
    for doc_id, words, gender in zip(doc_ids, words_of, honorific):
        if gender and len(words) == 1:
            honorifics[doc_id, words[0]].add(gender)
    for i, (name, word) in enumerate(zip(names, bare)):
        if name == word or i + 1 == len(names) or lex.name_genders.get(words_of[i][0]):
            continue
        other = _OTHER_GENDER.get(lex.name_genders.get(words_of[i + 1][0], ""))
        if other and other in honorifics[doc_ids[i], words_of[i][-1]]:
            titled.setdefault(words_of[i], other)


def _tails(people: Mapping[tuple[str, ...], str], lex: _Lexicon) -> set[tuple[str, ...]]:
    """The person names of ``people`` (word tuples of one article) that are the last words of one longer name
    there, of at most four words, whose first words are no ordinary words, and that open with no given name: a
    double surname written alone ("Gonçalves Pereira", "Wasserman Schultz", "Suu Kyi"), not a given name and a
    surname after a word the finder took into a name ("Crooked Ada Quill", "Floridians Ivo Brant")."""
    longer: dict[tuple[str, ...], list] = defaultdict(list)
    for words in people:
        if 2 < len(words) <= 4:
            for k in range(1, len(words) - 1):
                if not any(_common(w, lex) for w in words[:k]):
                    longer[words[k:]].append(words)
    return {words for words in people if len(longer.get(words, ())) == 1 and words[0] not in lex.name_genders}


def _rows_by_doc(doc_ids: list) -> list[list[int]]:
    """The positions of each article's mentions, articles in order of first mention."""
    by_doc: dict = defaultdict(list)
    for i, doc_id in enumerate(doc_ids):
        by_doc[doc_id].append(i)
    return list(by_doc.values())


def link_aliases(mentions: pd.DataFrame, dominance: float = DOMINANCE) -> pd.DataFrame:
    """Fill ``entity`` and settle ``kind`` for mentions from :func:`find_mentions`.

    Within an article a short form ("Trump", "Prime Minister Takaichi", "President Xi") links to
    the one full person name it belongs to (surname, other single word, or sub-sequence; among
    more than :data:`MAX_CANDIDATES` full names sharing its word it is ambiguous); known
    places and organisations take their canonical name from ``entities_aliases.txt`` ("U.S." ->
    "United States"). Across the corpus, forms of one full name ("Donald J. Trump", "Donald Trump")
    are one entity, and a lone surname in an article without the full name links to the corpus's
    full name with that surname, if it is the only one or holds ``dominance`` of the articles
    naming one in full, and that name is attested as a person's (written with a title or a known
    given name somewhere, or, for a word that is no ordinary word, named in full in two articles).
    A surname after a title of office ("President Quill", "Judge Quill") is the person of that surname
    the corpus writes with that office before the full name in two articles or more, where the name it
    would link to is never so written: "President Obama" is not Michelle Obama, the one Obama an article
    names in full, nor a judge the lobbyist of that surname other articles name.
    Each entity gets one kind. In and out: ``MENTION_COLUMNS``.
    """
    return link_pieces([mentions], [prepare_aliases(mentions)], dominance)[0]


def link_pieces(pieces: Sequence[pd.DataFrame], aliases: Sequence[Aliases | PackedAliases],
                dominance: float = DOMINANCE) -> list[pd.DataFrame]:
    """:func:`link_aliases` of the consecutive pieces of a corpus (whole articles each, no
    article in two pieces) from the :func:`prepare_aliases` of each (or its
    :meth:`Aliases.pack`): one linked table per piece, the same as the rows of that piece in
    :func:`link_aliases` of the whole. The pieces are linked within their articles one at a time,
    so that only one piece's per-mention lists are unpacked at once."""
    lex = _lex()
    # Forms of each full person name across the corpus, to show one surface per name.
    forms: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for a in aliases:
        for words, counts in a.forms.items():
            forms[words].update(counts)
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
    # the most frequent form, the shortest of equally frequent ones; a form in capitals only where
    # the corpus has no other, and then as names are written ("ADA QUILLAN, HOST:" -> "Ada Quillan")
    surface = {words: name_cased(max(c, key=lambda f: (not f.isupper(), c[f], -len(f))))
               for words, c in forms.items()}
    surface.update({long: surface[short] for long, short in merged.items()})
    # Gender of names and of honorifics, so that "Mr. Clinton" is not taken for Hillary Clinton.
    genders: dict[str, str] = {}
    for a in aliases:
        for words, gender in a.titled.items():
            if words in surface:
                genders.setdefault(surface[words], gender)
    for words, name in surface.items():
        if lex.name_genders.get(words[0]):
            genders.setdefault(name, lex.name_genders[words[0]])
    # The offices the corpus writes before each full person name ("President Ada Quill", in how many articles), and
    # per surname and office the people written with it in two articles or more: whom "President Quill" stands for.
    held: dict[str, Counter] = defaultdict(Counter)
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in aliases:
        for words, counts in a.offices.items():
            if words in surface:
                held[surface[words]].update(counts)
    for words, name in surface.items():
        for role, n in held.get(name, {}).items():
            if role and n > 1:
                holders[_surname(words), role].add(name)

    def holder(word: str, role: str) -> str | None:
        found = holders.get((word, role), ())
        return next(iter(found)) if len(found) == 1 else None

    def titled_as(word: str, role: str, name: str | None) -> str | None:
        """Whom a surname ``word`` after a title of office ``role`` stands for in its article ("President Quill"),
        ``name`` the full name of the article it belongs to otherwise: the one other person of that surname the
        corpus writes with that office, where the corpus names ``name`` in full in two articles or more and never
        with it ("President Obama" is not "Michelle Obama", the one Obama the article names in full), else ``name``."""
        counts = held.get(name) if role and name else None
        if counts is None or counts[role] or counts[""] < 2:
            return name
        return holder(word, role) or name
    # Within each article, piece by piece, keeping what the corpus-wide steps below read.
    linked = _Linked()
    sizes = []
    for a in aliases:
        a = a.unpack() if isinstance(a, PackedAliases) else a
        sizes.append(len(a.names))
        linked.add(a, genders, surface, titled_as)
    entities, named, firm, lone = linked.entities, linked.named, linked.firm, linked.lone
    entity_kind = {entity: _vote(k) for entity, k in linked.votes.items()}
    del linked
    # Lone surnames across the corpus: articles naming each person in full, per surname.
    # Family names come first in some names ("Xi Jinping"), and some people go by their given
    # name ("Hillary"): a lone first word links like a surname when no surname matches, or when
    # it is a given name.
    articles_of: dict[str, Counter] = defaultdict(Counter)
    first_of: dict[str, Counter] = defaultdict(Counter)
    full_words: dict[str, tuple[str, ...] | None] = {}  # a full person entity's words, else None
    for entity, kind in entity_kind.items():
        full_words[entity] = _words(entity) if kind == "PERSON" and len(entity.split()) > 1 else None
    surnamed: set[tuple[int, str]] = set()  # (article, surname) of each person an article names in full
    for k, article in enumerate(named):
        for entity in article:
            words = full_words[entity]
            if words:
                articles_of[_surname(words)][entity] += 1
                first_of[words[0]][entity] += 1
                surnamed.add((k, _surname(words)))
    del named

    def attested(entity: str, word: str) -> bool:
        # A name a lone word of another article may stand for must be known as a person's:
        # written with a title or a given name somewhere ("Premier Alda Voss"), or, unless the
        # word is an ordinary one ("Night", "Convention", but also "Rice", "May"), named in full
        # in two articles. A capitalised phrase seen once ("Oh Lord", "Lyin Ted", "Café Dupont")
        # lends its words to no other article.
        words = full_words[entity]
        if entity in firm or words[0] in lex.first_names:
            return True
        return articles_of[_surname(words)][entity] > 1 and not _common(word, lex)  # articles naming it

    best: dict[tuple[str, str], tuple[str, bool, bool] | None] = {}  # (word, honorific) -> see below

    def choice(word: str, gender: str) -> tuple[str, bool, bool] | None:
        if (word, gender) not in best:
            counts = articles_of.get(word) or first_of.get(word)
            if word in lex.first_names and word in articles_of and word in first_of:
                # a given name ("Hillary") is as likely the first word of a name as the last
                # ("Crooked Hillary"): the names of either kind compete
                counts = articles_of[word] + first_of[word]
            if counts and gender:
                counts = Counter({n: c for n, c in counts.items() if genders.get(n, gender) == gender})
            top = counts.most_common(1)[0] if counts else None
            known = top is not None and attested(top[0], word)
            # (top, dominant, whether the word is a person's name: that of an attested name, or
            # a word of two people's names, "Jerome" of Jerome Arthur and Jerome Siegel)
            best[word, gender] = None if not top else (
                top[0], top[1] >= dominance * sum(counts.values()) and known, known or len(counts) > 1)
        return best[word, gender]

    def office_of_other(i: int, word: str, gender: str, role: str) -> bool:
        # "Judge Quill" of an article naming no Quill in full, the corpus's Quill never called a judge
        found = choice(word, gender)
        return bool(role) and entity_kind.get(entities[i]) in ("PERSON", "MISC") and not (
            found and held.get(found[0], {}).get(role))

    # A surname an article naming no one of that surname in full writes after such an office ("President Bush" of a
    # 1990 story, where the corpus's one Bush named in full is Jeb Bush) is whom it means by the surname alone too.
    # (An article naming Bill and Hillary Clinton in full and writing "Sen. Clinton" means either by "Clinton".)
    titled = {(article, word): holder(word, role) or entities[i] for i, word, gender, role, article in reversed(lone)
              if (article, word) not in surnamed and office_of_other(i, word, gender, role)}
    for i, word, gender, role, article in lone:
        if word.endswith("s") and word[:-1] in articles_of and entity_kind[entities[i]] in ("PERSON", "MISC") \
                and ((article, word[:-1]) in surnamed or not _common(word[:-1], lex)):
            # "the Clintons"; but the plural of a surname that is an ordinary word only where the article names one
            # of them ("in Queens" is no family where another article names Orla Queen)
            entity_kind[entities[i]] = "GROUP"
            continue
        found = choice(word, gender)
        if office_of_other(i, word, gender, role):
            # the one person of that surname the corpus writes with that office, else no one (not the lobbyist Bo
            # Quill)
            entities[i] = holder(word, role) or entities[i]
            continue
        if not found or entity_kind.get(entities[i]) not in ("PERSON", "MISC"):
            continue
        if (article, word) in titled:
            entities[i] = titled[article, word]
        elif found[1]:
            entities[i] = found[0]
        elif found[2] and entity_kind[entities[i]] == "MISC":
            entity_kind[entities[i]] = "PERSON"
    out, begin = [], 0
    for piece, size in zip(pieces, sizes):
        table = piece.reindex(columns=MENTION_COLUMNS).reset_index(drop=True)
        end = begin + size
        if len(table):
            table["entity"] = entities[begin:end]
            table["kind"] = [entity_kind.get(e, "PERSON") for e in entities[begin:end]]
        out.append(table)
        begin = end
    return out


@dataclass
class _Linked:
    """What the corpus-wide steps of :func:`link_pieces` read of the pieces linked so far: each
    mention's entity (``entities``, in corpus order), the kinds each entity was given (``votes``),
    the entities each article names in full or by a name of its own, not an alias nor a kin's (``named``),
    those named by their full name (``firm``), and the single-word names left unlinked in their
    article (``lone``: position, word, honorific, office, article's index)."""

    entities: list[str] = field(default_factory=list)
    votes: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    named: list[set[str]] = field(default_factory=list)
    firm: set[str] = field(default_factory=set)
    lone: list[tuple[int, str, str, str, int]] = field(default_factory=list)

    def add(self, a: Aliases, genders: dict[str, str], surface: dict[tuple[str, ...], str],
            titled_as: Callable[[str, str, str | None], str | None]) -> None:
        """One piece's part of :func:`link_pieces`: its mentions linked within their articles (a surname after a
        title of office as ``titled_as`` says), their entities and what the corpus-wide steps read of them added
        here."""
        offset, lone = len(self.entities), self.lone
        names, words_of, kinds, honorific, office = a.names, a.words, list(a.kinds), a.honorific, a.office
        known, full, candidates, surname_hit = a.known, a.full, a.candidates, a.surname_hit
        mine = [""] * len(names)
        links: set[int] = set()  # mentions linked to an entity as an alias
        for rows in _rows_by_doc(a.doc_ids):
            matches: dict[tuple, str | None] = {}  # an article repeats its short names
            before: set[str] = set()  # the people the article has named in full so far
            for i in rows:
                match = None
                if candidates[i] is not None:
                    key = (words_of[i], honorific[i], office[i])
                    if key not in matches:
                        match = _resolve(candidates[i], honorific[i], genders, surface)
                        matches[key] = titled_as(words_of[i][0], office[i], match) if len(words_of[i]) == 1 else match
                    match = matches[key]
                    first = candidates[i][0]
                    if match is None and len(words_of[i]) == 1 and first and len(first) > 1:
                        # A surname several people of the article share is the one of them named before it, where
                        # only one is: "Homeowner Danielle Whitaker …" then "“…,” Whitaker said." (her husband
                        # Marcus Whitaker named after)
                        named = [(f, n) for f, n in first if surface.get(f, n) in before]
                        match = _resolve((named, None, []), honorific[i], genders, surface) if named else None
                if known[i] is not None and kinds[i] != "PERSON" and not (match and len(words_of[i]) == 1):
                    # a known name, unless it is the surname of a person the article names in full (a
                    # candidate only for an organisation's name, see prepare_aliases): "Bloomberg said he
                    # would run" after "Michael Bloomberg"
                    mine[i] = known[i]
                elif full[i] is not None:
                    mine[i] = surface.get(words_of[i], full[i])
                    before.add(mine[i])
                elif match:
                    mine[i] = match
                    links.add(i)
                else:
                    mine[i] = names[i]
                    if len(words_of[i]) == 1 and kinds[i].upper() in ("PERSON", "MISC"):
                        lone.append((offset + i, words_of[i][0], honorific[i], office[i], len(self.named)))
                        if surname_hit[i]:
                            kinds[i] = "PERSON"  # "Brant" beside Ivo and Nia Brant: which one is unsure
            _short_company_names(rows, words_of, kinds, mine)
            _teams(rows, names, words_of, kinds, mine)
            _acronyms(rows, names, kinds, mine)
            shouted = _shouted(rows, names, words_of, kinds, mine)
            if shouted:  # (linked within the article: no lone word the corpus-wide steps would link again)
                lone[:] = [entry for entry in lone if entry[0] - offset not in shouted]
            # (a kin's name is not written: the article's bare surname elsewhere in the corpus is not the kin's)
            self.named.append({mine[i] for i in rows if i not in links and not a.kin[i]})
        for i, entity in enumerate(mine):
            self.votes[entity].append("PERSON" if i in links else kinds[i])
        self.firm.update(mine[i] for i, form in enumerate(full) if form is not None and kinds[i] == "PERSON")
        self.entities.extend(mine)


# A company's legal form ending its name: "Avalon Lines Plc" is "Avalon Lines" named in full.
_LEGAL_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "llp", "ag",
                          "gmbh", "sa", "nv", "bv", "lp"})


# Words between a company's name and its legal form that the business pages leave out when they name it again.
_GROUP_WORDS = frozenset({"group", "holdings", "corporation", "company", "cos.", "companies", "bank"})


def _short_company_names(rows: list[int], words_of: list[tuple[str, ...]], kinds: list[str],
                         mine: list[str]) -> None:
    """Within one article (``rows``), an organisation named with its legal form ("Avalon Lines Plc",
    "Hewlett-Packard Co.") is the entity its name without it stands for where the article also
    names it so ("Avalon Lines declined to comment"): one company, not two. ``mine``: the
    entities so far, changed in place."""
    stems = {words_of[i][:-1]: i for i in rows if kinds[i].upper() == "ORG" and len(words_of[i]) > 1
             and words_of[i][-1] in _LEGAL_FORMS}
    short = {words_of[j]: mine[j] for j in rows if words_of[j] in stems}
    for words, i in stems.items():
        if words in short:
            mine[i] = short[words]
    # "Midwest Financial Group Inc. … Midwest Financial said": a name of two words or more before "Group" (or another
    # word of _GROUP_WORDS) and the legal form, written without them, is that company (not its own entity, a MISC's
    # or a person's: "Orvin Financial said")
    grouped = {words[:-1]: i for words, i in stems.items() if len(words) > 2 and words[-1] in _GROUP_WORDS
               and words not in short}
    for j in rows:
        if words_of[j] in grouped and kinds[j].upper() in ("MISC", "ORG", "PERSON"):  # (two words or more of it)
            mine[j], kinds[j] = mine[grouped[words_of[j]]], "ORG"
    # "Avalon Lines Ltd. is exploring a sale … No decision has been made and Avalon could keep the unit": the first
    # word of a company's name of two or more words before its legal form, or of a name that ends in its trade
    # ("Nordland Shipping", "Avalon Ferries"), written alone, is that company (as the business pages write "Goldman"
    # after "Goldman Sachs Group Inc."), where no other company of the article opens with it and it is no ordinary
    # word, given name, title or demonym ("American Airlines Group Inc." then "American" stays).
    named = [(words, i) for words, i in stems.items() if len(words) > 1]
    named += [(words_of[i], i) for i in rows if kinds[i].upper() == "ORG" and len(words_of[i]) > 1
              and words_of[i][-1] in _TRADES]
    if not named:
        return
    lex = _lex()
    firsts: dict[str, set[str]] = defaultdict(set)
    for words, i in named:
        firsts[words[0]].add(short.get(words, mine[i]))
    firsts = {w: next(iter(e)) for w, e in firsts.items() if len(e) == 1 and not (
        _common(w, lex) or w in lex.first_names or _title_vocab(w, lex) or w in lex.demonyms)}
    # (a person of the article with that surname keeps it: "Ford" after "Ford Motor" and "Gerald Ford")
    surnames = {words_of[j][-1] for j in rows if kinds[j].upper() == "PERSON" and len(words_of[j]) > 1}
    for j in rows:
        words = words_of[j]
        if len(words) == 1 and words[0] in firsts and " " not in mine[j] and (kinds[j].upper() in ("MISC", "ORG") or (
                kinds[j].upper() == "PERSON" and words[0] not in surnames)):
            # (not a word linked to a person's full name already: "The Koch brothers" beside "Koch Industries")
            mine[j] = firsts[words[0]]
            kinds[j] = "ORG"


# The entity of a team an article names only by its place ("a loss to Seattle"): see _teams.
_TEAM = "{} (team)"


def _teams(rows: list[int], names: list[str], words_of: list[tuple[str, ...]], kinds: list[str],
           mine: list[str]) -> None:
    """Within one article (``rows``), a known place's name that find_mentions took for its team in a report on a
    game (ORG: "Dallas coach Jason Garrett", "Washington's bullpen") is the team the article names in full: the
    place's words and one or two more, the last a plural and no head word ("Dallas Cowboys", "Portland Trail
    Blazers"; not "New York Times", nor "Kansas City Chiefs" for Kansas). Where the article names several, it is the
    place (which team is unsure); where it names none ("a loss to Seattle" alone), the team under the place's name
    and " (team)" ("Seattle (team)"): an entity of its own, as the one the article names in full is, so that the
    corpus's one kind for the city ("Fans in Seattle cheered", here or in other articles) does not make the team a
    place. ``mine`` and ``kinds``: the entities and kinds so far, changed in place."""
    lex = _lex()
    places = [j for j in rows if kinds[j] == "ORG" and _known_kind(names[j], lex) == "PLACE"]
    if not places:
        return
    teams: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for i in rows:
        words = words_of[i]
        if kinds[i].upper() == "ORG" and len(words) > 1 and words[-1].endswith("s") and words[-1] not in lex.heads:
            for k in range(max(1, len(words) - 2), len(words)):
                if k == len(words) - 1 or _known_kind(" ".join(words[:k + 1]), lex) != "PLACE":
                    teams[words[:k]].add(mine[i])
    for j in places:
        team = teams.get(words_of[j], ())
        if len(team) == 1:
            mine[j] = next(iter(team))
        elif team:
            kinds[j] = "PLACE"
        else:
            mine[j] = _TEAM.format(mine[j])


# Words an organisation's initials leave out: "Federal Bureau of Investigation" is the FBI.
_UNINITIALLED = frozenset({"of", "the", "for", "and", "&", "on", "in", "de", "du", "des", "la", "le", "y"})


def _acronyms(rows: list[int], names: list[str], kinds: list[str], mine: list[str]) -> None:
    """Within one article (``rows``), an acronym ("the NFA", "ANFA") is the entity of the one name of several words
    there, no person's, whose initials it is ("Nordland Freight Authority", "Avalon National Fuel Agency"), and of
    that name's kind: one organisation, not two. ``mine`` and ``kinds``: the entities and kinds so far, changed in
    place."""
    acronyms = [j for j in rows if 1 < len(names[j]) <= 6 and names[j].isalpha() and names[j].isupper()
                and mine[j] == names[j]]
    if not acronyms:
        return
    initials: dict[str, dict[str, str]] = defaultdict(dict)  # initials -> entity -> the kind of its first name
    # the initials of the words after a head and its "of", where no name's full initials answer: "DS (Bureau of
    # Diplomatic Security)", "MSD (Office of Mobile Security Deployment)"
    after_of: dict[str, dict[str, str]] = defaultdict(dict)
    for i in rows:
        words = [w for w in names[i].replace("-", " ").split() if w.lower() not in _UNINITIALLED]
        # (not a name that holds an acronym itself: "AP Photo" is no "AP")
        if len(words) > 1 and kinds[i].upper() != "PERSON" \
                and all(w[:1].isupper() and w[1:].islower() for w in words):
            initials["".join(w[0] for w in words)].setdefault(mine[i], kinds[i])
            head, of, rest = names[i].partition(" of ")
            if of and " " not in head and len(rest.split()) > 1:
                after_of["".join(w[0] for w in rest.replace("-", " ").split() if w.lower() not in _UNINITIALLED)] \
                    .setdefault(mine[i], kinds[i])
    for j in acronyms:
        found = initials.get(names[j]) or after_of.get(names[j], {})
        if len(found) == 1:
            mine[j], kinds[j] = next(iter(found.items()))


def _shouted(rows: list[int], names: list[str], words_of: list[tuple[str, ...]], kinds: list[str],
             mine: list[str]) -> set[int]:
    """Within one article (``rows``), a name in capitals left its own entity ("OSTRIN" of a dateline, "TRUMP" of a
    shouted headline, "QUILL" of a transcript) is the one entity the article writes in title case with the same words
    ("Ostrin"), or, unless a place, the one person whose full name in title case ends in that word ("Donald Trump"),
    and of its kind (a place stays one): one entity, not two. Where two match ("SIEGEL" of a death notice naming four
    Siegels) it stays. ``mine`` and ``kinds``: the entities and kinds so far, changed in place; the positions changed
    are returned."""
    loud = [j for j in rows if mine[j] == names[j] and names[j].isupper() and sum(c.isalpha() for c in names[j]) > 2]
    if not loud:
        return set()
    same: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)
    ends: dict[str, dict[str, str]] = defaultdict(dict)
    for i in rows:
        words = names[i].split()
        if all(w[:1].isupper() and not w[1:].isupper() for w in words):  # (not "Nashville ARA")
            same[words_of[i]].setdefault(mine[i], kinds[i])
            if len(words) > 1 and kinds[i].upper() == "PERSON":
                ends[_surname(words_of[i])].setdefault(mine[i], kinds[i])
    changed = set()
    for j in loud:
        found = same.get(words_of[j]) or (
            ends.get(words_of[j][0], {}) if len(words_of[j]) == 1 and kinds[j].upper() != "PLACE" else {})
        if len(found) == 1:
            mine[j], kind = next(iter(found.items()))
            kinds[j] = kinds[j] if kinds[j] == "PLACE" else kind  # (a dateline's place stays one: "RENO", "Reno")
            changed.add(j)
    return changed


# The last word of a company named by its trade ("Nordland Shipping", "Avalon Ferries", "Kestrel Capital").
_TRADES = frozenset("airlines airways bancorp bank biosciences biotech brands brewery capital chemicals communications "
                    "diagnostics ferries foods group holdings industries insurance investments lines logistics media "
                    "motors partners pharmaceuticals resources securities shipping steel systems technologies telecom "
                    "therapeutics ventures".split())


_FORMER = frozenset({"former", "ex", "ex-", "then", "late"})


def canonical(name: str, doc_mentions: pd.DataFrame | Names, at: int | None = None) -> str | None:
    """The entity that ``name`` ("Maher", "President Xi", "the prime minister") refers to in one
    article, given that article's rows of :func:`find_mentions` (or their :class:`Names`, for many
    look-ups in one article); ``None`` if nothing fits.

    A bare title picks the entity whose mentions carry that title: the nearest one before
    offset ``at`` when given (none where a person is named before ``at`` but none so titled),
    else the most mentioned.

    >>> from presslens.entities import find_mentions
    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Gov. Ada Quill and Ivo Brant met."]})
    >>> m = find_mentions(arts)
    >>> canonical("Quill", m), canonical("the governor", m), canonical("Brant’s", m)
    ('Ada Quill', 'Ada Quill', 'Ivo Brant')
    """
    if doc_mentions is None or not isinstance(name, str):
        return None
    if not isinstance(doc_mentions, Names):
        if doc_mentions.empty:
            return None
        doc_mentions = Names(doc_mentions)
    names = doc_mentions
    if not names.entities:
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
    if bare:
        if bare in names.known:
            return names.known[bare]
        hit = _match_short(bare, names.longer)
        if hit or split == 0:
            return hit
    role = " ".join(lex.expand.get(t.low, t.low) for t in toks[:split])
    padded, role_words = f" {role} ", set(role.split())
    # (a former holder is no present one: "the president" is not "former President Bill Clinton")
    former = _FORMER & role_words
    rows = [(s, entity) for s, title, title_words, entity in names.titles
            if (padded in title or role_words <= title_words) and (former or not _FORMER & title_words)]
    if not rows:
        return None
    if at is not None:
        titled = {e for s, e in rows if s < at}
        if titled:
            # of the people so titled before it, the one the article named last in any form ("Sen. Chris Murphy
            # … Sen. Kirsten Gillibrand … Murphy told me … The senator paused": Murphy), a short name counting for
            # the one so titled whose name it is part of (the entity finder leaves "Murphy" apart where the article
            # names an Anne Marie Murphy too)
            short = _short_of(titled, names.entities)
            return max((s, short.get(e, e)) for s, e in zip(names.starts, names.entities)
                       if s < at and short.get(e, e) in titled)[1]
        if names.first_person is not None and names.first_person < at:
            # "Bernie Sanders came … The senator was rallying …": whom the role stands for is named
            # before it, untitled; not a senator titled further on. Only before any person is named
            # (a headline, an abstract) does the title named later say who it is.
            return None
    counts = Counter(names.entities)
    return max(rows, key=lambda r: (counts[r[1]], -r[0]))[1]


def _short_of(people: set[str], entities: Sequence[str]) -> dict[str, str]:
    """Each entity of ``entities`` whose words are some of the words of exactly one of ``people``, the last among
    them ("Murphy" of "Chris Murphy"), -> that person."""
    fulls = {p: p.split() for p in people}
    short = {}
    for e in set(entities) - people:
        words = e.split() if isinstance(e, str) else []
        whose = [p for p, full in fulls.items() if words and words[-1] == full[-1] and set(words) <= set(full)]
        if len(whose) == 1:
            short[e] = whose[0]
    return short


class Names:
    """What :func:`canonical` reads of one article's mentions, read once: each name's words (as
    written and as the entity) -> entity, and each title with its entity. An article asks
    ``canonical`` about many names; reading every mention again for each is most of its cost.
    ``doc_mentions``: the article's rows of :func:`find_mentions`, or lists per column.
    """

    def __init__(self, doc_mentions: pd.DataFrame | Mapping[str, Sequence]) -> None:
        lex = _lex()
        self.entities: list[str] = _column(doc_mentions, "entity")
        starts = _column(doc_mentions, "start")
        self.starts: list[int] = starts
        # where the first person is named (None where the mentions carry no kinds)
        kinds = _column(doc_mentions, "kind") if "kind" in doc_mentions else []
        self.first_person: int | None = min((s for s, k in zip(starts, kinds) if k == "PERSON"), default=None)
        self.known: dict[tuple[str, ...], str] = {}
        seen: set[str] = set()  # the first entity of a name's words stays: a name seen again adds nothing
        for text, s, ns, ne, entity in zip(_column(doc_mentions, "text"), starts,
                                           _column(doc_mentions, "name_start"),
                                           _column(doc_mentions, "name_end"), self.entities):
            for name in (text[ns - s:ne - s], entity):
                if name not in seen:
                    seen.add(name)
                    self.known.setdefault(_words(name), entity)
        self.longer = _FullNames({k: v for k, v in self.known.items() if len(k) > 1})
        # (start, " title ", its words, entity), the title's words expanded ("gov." -> governor)
        self.titles: list[tuple[int, str, set[str], str]] = []
        for s, title, entity in zip(starts, _column(doc_mentions, "title"), self.entities):
            title = title if isinstance(title, str) else "" if pd.isna(title) else str(title)
            if not title:  # (most mentions)
                continue
            title = " ".join(lex.expand.get(w, w) for w in title.lower().split())
            if title:
                self.titles.append((s, f" {title} ", set(title.split()), entity))


def _column(table: pd.DataFrame | Mapping[str, Sequence], name: str) -> list:
    values = table[name]
    return values.tolist() if isinstance(values, pd.Series) else list(values)
