"""Who can speak in an article: speaker candidates and what they refer to.

:class:`Article` indexes one article for attribution: its paragraphs, sentences and quoted passages
(:func:`presslens.quotes.marks.find_quoted`), and every phrase that can be a speaker, as a
:class:`Candidate`: the entity mentions of :mod:`presslens.entities`, names it passed over,
pronouns (he, she, they, it, who …) and source noun phrases ("officials", "a spokeswoman for
the board", "the president"). It finds the candidate next to a reporting verb
(:meth:`Article.left_speaker`, :meth:`Article.right_speaker`) and resolves it to a speaker and a
kind (:meth:`Article.resolve`): a pronoun to the subject of its sentence or the one before, the
latest speaker or the nearest person of a fitting gender; a title to the person who holds it.

Example::

    >>> art = Article(text, sentences_of_text, mentions_of_text, genders)   # doctest: +SKIP
    >>> art.resolve(art.left_speaker(0, text.index("said")))                # doctest: +SKIP
    ('Ada Quill', 'named person')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from presslens import entities
from presslens.datafiles import data_lines
from presslens.entities import MENTION_COLUMNS
from presslens.entities.lexicon import POST_NOMINALS, demonym, kin_gender, role_title
from presslens.entities.linking import surname
from presslens.quotes.lexicon import alternation, cue_classes, finditer_where, word_list
from presslens.quotes.marks import curly_marks, find_quoted
from presslens.text import PADDED, lost_comma, lower_aligned, paragraphs

__all__ = [
    "AUXILIARIES", "BARE_AGENCY_DATELINE", "CANONICAL_NEAR", "CANONICAL_REACH", "DATELINE_AFTER_PLACE", "DATELINE_LEAD",
    "DATELINE_REACH", "DETERMINER", "DETERMINER_WORDS", "GAP_WORDS", "HEAD_KIND", "NAMED", "ORGANISATION",
    "PERSONLIKE", "UNNAMED", "UNRESOLVED", "AUTHOR", "THE_AUTHOR",
    "SENTENCE_REACH", "WORD",
    "Article", "Candidate", "LowerScan", "dateline_at", "lost_comma", "overlaps", "runs_back", "strip_det",
]

NAMED, ORGANISATION, UNNAMED, UNRESOLVED = "named person", "organisation", "unnamed source", "unresolved"
# "I" and "we" outside any quotation: the writer of the piece (an op-ed, a reporter's own account, a letter)
# or the outlet ("We asked our followers"), who is no source the article quotes.
AUTHOR, THE_AUTHOR = "author", "the author"

# (a number's thousands separator too: "a study of 9,000 adults found")
WORD = r"(?:[\w’'.&-]|(?<=\d),(?=\d{3}))"

# How far attribution looks from a cue or a quote inside one sentence; news sentences are far
# shorter, so only run-on text is cut.
SENTENCE_REACH = 1000
# Above this many mentions in an article, a name or title is resolved among the nearest
# CANONICAL_NEAR mentions on either side only: entities.canonical reads every mention it is given
# on every call, which would make a huge article quadratic. News articles stay below it.
CANONICAL_REACH = 400
CANONICAL_NEAR = 64

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|who|which|that)\b")
# Its words in lower case, and the forms of them it matches ("He", "he", "I", never "i" or "Who").
_PRONOUN_WORDS = frozenset({"he", "she", "they", "it", "i", "we", "who", "which", "that"})
_PRONOUN_FORMS = frozenset(f for w in _PRONOUN_WORDS for f in (w, w.capitalize(), w.upper()) if _PRONOUN.fullmatch(f))

DETERMINER = (r"(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Tt]hree"
              r"|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|[Tt]hose|[Tt]hese|[Mm]ost)")

_HEAD_LISTS = {kind: word_list(kind + "_nouns") for kind in ("unnamed", "role", "org")}
_ALL_HEADS = [w for words in _HEAD_LISTS.values() for w in words]
_PERSON_NOUNS = frozenset(w.lower() for kind in ("role", "unnamed") for line in _HEAD_LISTS[kind] for w in line.split())


def _plural_person(phrase: str) -> bool:
    """Whether ``phrase`` (its determiner stripped) ends in the plural of a noun of a person's role or
    of an unnamed source ("authors", "the two senators"), several people and none of them named."""
    words = phrase.split()
    if not words or len(words) > 3 or not words[-1].islower() or not words[-1].endswith("s"):
        return False
    last = words[-1]
    return last[:-1] in _PERSON_NOUNS or (last.endswith("es") and last[:-2] in _PERSON_NOUNS)


def _noun_gender(phrase: str) -> str | None:
    """The gender the last word of ``phrase`` signals ("f" for "a spokeswoman", "one woman"; "m" for "the man"),
    None for a word of either ("a voter")."""
    last = phrase.rsplit(None, 1)[-1].lower()
    return role_title(last) or ("f" if last.endswith("woman") else "m" if last.endswith("man") else None)


def _demonym_epithet(phrase: str) -> bool:
    """Whether ``phrase`` (its determiner stripped) is one person by their nation, party or faith, maybe after a
    place ("Dane", "Wisconsin Republican"): capitalised words, the last a word of data/entities_demonyms.txt."""
    return _NATIONALITY.fullmatch(phrase) is not None and demonym(phrase.rsplit(None, 1)[-1])


def _person_title(noun: str) -> bool:
    """Whether ``noun`` is a person's title or a kin noun ("columnist", "attorney", "father"; not "poll", nor
    "official", a source's noun more than a title)."""
    return role_title(noun.lower()) is not None or kin_gender(noun.lower()) is not None


def _singular_person(phrase: str) -> bool:
    """Whether ``phrase`` ends in the singular of a noun of a person's role or of an unnamed source whose plural the
    lists hold too ("Council member", "a spokesman"): one person, whom "they" does not stand for."""
    words = phrase.split()
    if not words:
        return False
    last = words[-1].lower()
    plurals = (last + "s", last + "es", last[:-3] + "men" if last.endswith("man") else "")
    return not last.endswith("s") and any(p in _PERSON_NOUNS for p in plurals if p)


# Head nouns match capitalised too ("Officials say" opening a sentence).
_HEAD_WORDS = {kind: f"(?i:{alternation(words)})" for kind, words in _HEAD_LISTS.items()}

_HEADS = "|".join(f"(?P<{kind}>{words})" for kind, words in _HEAD_WORDS.items())

# Any head noun of the three lists, as one trie (tried once at a word rather than once per list).
_ANY_HEAD = f"(?i:{alternation(_ALL_HEADS)})"

_NAME_WORD = rf"[A-Z]{WORD}*(?<![a-z]{{3}}\.)"
_PP = (
    rf"(?:\s+(?:for|at|of|with|from|in|close\s+to|familiar\s+with|briefed\s+on)\s+"
    # (a name's word ends before a full stop that ends no abbreviation: "a spokesman for the Department of Health. The
    # review …" is no phrase through "The"; "the U.S. Navy", "Sen. Tom Becker" are)
    rf"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,4}}"
    rf"|matter|talks|discussions|plans?|planning|negotiations|situation|deliberations|case|decision|thinking"
    # (a whole word: "Workers at the plant say" is no phrase "Workers at the plan" and a word "t")
    rf"|campaign|administration|investigation)(?![\w’'-]))?"
)

# Source noun phrases are found from their head noun, then extended to the left over a
# determiner phrase ("a senior administration official", "the president") or, for bare plurals,
# proper or listed modifiers ("U.S. officials", "Democratic lawmakers").
# The lookahead on a head's first letter lets the scan skip most words before trying the lists.
_HEAD_FIRST = "".join(sorted({re.escape(w[0]) for w in _ALL_HEADS}))

# A head followed by another (on the same line, or the next: not across a blank line, where a
# headline ends) is a modifier: "prime minister", not "prime".
_NEXT_HEAD_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NP_HEAD = re.compile(rf"\b(?=(?i:[{_HEAD_FIRST}]))(?:{_HEADS})\b(?!{_NEXT_HEAD_GAP}(?:{_ANY_HEAD})\b)")

# Where _NP_HEAD can match: the same context around the three lists as one trie, which the scan
# tries once at each word rather than once per list (lexicon.finditer_where).
_NP_HEAD_AT = re.compile(rf"\b(?=(?i:[{_HEAD_FIRST}])){_ANY_HEAD}\b(?!{_NEXT_HEAD_GAP}{_ANY_HEAD}\b)")
# The same scan is faster without (?i), on the text in lower case, which gives the same hits
# wherever lowering keeps every character's length and its match against the lists, \w and \s:
# all characters but four, whose case folding in `re` is not str.lower's (text.lower_aligned, which
# gives None for a text holding one). The pronouns (_PRONOUN) are found in the same scan: in lower case
# their words (_PRONOUN_WORDS) are a superset of its matches (_PRONOUN_FORMS); so can one more pattern
# be (LowerScan), its words looked for in lower case as well (_lower_scan).
_SOME_LOWER = alternation([w.lower() for w in _ALL_HEADS])
# A head's word and the head that follows it, in lower case: the look-ahead of _NP_HEAD, asked of a
# head the scan in lower case found (_heads_and_pronouns).
_HEAD_NEXT = re.compile(rf"{_NEXT_HEAD_GAP}(?:{_SOME_LOWER})\b")


class LowerScan(NamedTuple):
    """A pattern that the scan of an article in lower case (:func:`_heads_and_pronouns`) finds too,
    in the same walk over the text's words (the reporting verbs: one walk rather than two).
    ``pattern`` is tried on the text itself where the text in lower case holds a word of ``words``
    (a whole word), or a word of ``guarded`` (words too common to try ``pattern`` at each) followed
    by its look-ahead there; between them, they must hold every place where ``pattern`` matches the text.
    ``guarded``: (word, look-ahead) pairs, a look-ahead a regex with no groups."""

    pattern: re.Pattern
    words: frozenset[str]
    guarded: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=4)
def _lower_scan(words: frozenset[str], guarded: tuple[tuple[str, str], ...]) -> re.Pattern:
    """The pattern of the scan in lower case: a word of a head, of a pronoun (_PRONOUN_WORDS) or of
    ``words``, or a word of ``guarded`` with its look-ahead (:class:`LowerScan`), at a word opening
    with a letter one of them opens with. The words are one trie with no groups, and which one a hit
    is, is read off its word: a pattern with groups, three tries side by side, took half as long
    again, as the engine saves the groups at each branch it tries (PolNeAR train: 0.22 -> 0.15 s).
    (Cached by the words and look-aheads, not by the LowerScan: a compiled pattern is hashed anew.)"""
    every = {w.lower() for w in _ALL_HEADS} | _PRONOUN_WORDS | words
    first = {w[0] for w in every} | {w[0] for w, _ in guarded}
    return re.compile(rf"\b(?=[{re.escape(''.join(sorted(first)))}])(?:(?:{alternation(list(every))})\b"
                      + "".join(f"|{re.escape(w)}{ahead}" for w, ahead in guarded) + ")")


_ONE_WORD = re.compile(r"\w+")
# A photographer's credit after a picture's caption, the name right after an opening bracket and before a slash and
# the outlet: "(Chuck Zoeller/Associated Press)", "(Mary F. Calvert/For The Washington Post)". The name is no one the
# article quotes or a pronoun stands for.
_CREDIT_OPEN = re.compile(r"\(\s*$")
_CREDIT_AFTER = re.compile(r"[ \t]*/[ \t]*[A-Z][^()\n/]{0,60}\)")


def _credit(text: str, s: int, e: int) -> bool:
    """Whether the name at ``s``-``e`` is a photographer's credit: an opening bracket right before it, a slash and
    the outlet after it ("(Chuck Zoeller/Associated Press)")."""
    return _CREDIT_AFTER.match(text, e) is not None and _CREDIT_OPEN.search(text, max(0, s - 3), s) is not None


_POST_NOMINAL = re.compile(r"[ \t]+([A-Z]{2,3})\b")
# The group of _NP_HEAD that a one-word head matches in ("role", "unnamed", "org"): the first list
# that holds the word. (Later lists are written first so that earlier ones overwrite them.)
HEAD_KIND: dict[str, str] = {word.lower(): kind for kind, words in reversed(_HEAD_LISTS.items())
                              for word in words}
# The heads of one word (a run of \w), with their group: most hits of the scan (_heads_and_pronouns).
_ONE_WORD_HEADS = {word: kind for word, kind in HEAD_KIND.items() if _ONE_WORD.fullmatch(word)}

# The candidate kind of each group of _NP_HEAD (the one that matched is its last group).
_NP_KINDS = {"unnamed": "NP_UNNAMED", "role": "NP_ROLE", "org": "NP_ORG"}
# Heads that name an organisation only after a capitalised word ("the Meridian presidency"; "a bid for the presidency"
# is an office: data/quotes_bound_org_nouns.txt), and that word right before the head, not a determiner.
_BOUND_HEADS = frozenset(word_list("bound_org_nouns"))
_BOUND_MODIFIER = re.compile(rf"(?<![\w’'-])(?!{DETERMINER}\s)[A-Z][\w’'.-]*\s+$")
# Mention kinds whose evidence outweighs a head noun at the end of the same words ("Essex Police",
# "Dan Backer"; not the MISC "Respondents" opening a sentence).
_NAMED_KINDS = frozenset({"PERSON", "ORG", "PLACE"})

# A word of a noun phrase before a verb in the past, where the phrase ends ("The navy rescued 40 people", "The board
# hired two advisers": no phrase of 'people', 'advisers'); not a word that may modify such a past form ("the
# newly elected officials", "the two retired generals", "the party's elected officials"), nor a name's participle ("a
# group called Citizens for Trump").
_VERB_AFTER_NOUN = (r"(?!(?:\w+ly|many|most|more|few|one|two|three|four|five|six|seven|eight|nine|ten|other)\b)"
                    r"[a-z][\w-]*\s+(?!(?:hundred|called|named|dubbed|titled|entitled)\b)[a-z]{2,}ed\s")
# The finite forms of reporting verbs (their -s form, or a past not in -ed: "says", "said", "told"; not "alleged" nor
# "noted", which modify nouns, nor a form more often a noun, data/quotes_noun_forms.txt): no word inside a noun
# phrase before its head, so a phrase never runs on over the verb of its clause ("A Harwick spokesperson said the
# company …" was one speaker).
_FINITE_CUES = alternation(sorted(
    {f for cls, _, forms in (line.partition("\t") for line in data_lines("quotes_cue_verbs.txt"))
     if cls in ("speech", "manner", "belief", "infinitive") for at, f in enumerate(forms.split())
     if (at == 2 or at and f.endswith("s")) and not f.endswith(("ed", "ss", "ing")) and "_" not in f}
    - {n for line in word_list("noun_forms") for n in line.split()}))
_NP_LEFT = re.compile(
    rf"(?:\b{DETERMINER}\s+(?:(?!(?:of|for|at|with|from|in|on|to|by|after|before|since|until|than|during|into"
    rf"|against|about|over|through|without|under|and|or|but|that|if|whether|who|whom|which"
    rf"|what|why|how|when|where|because|as|is|are|was|were|has|have|had|his|her|their|its|he|she|they|we"
    rf"|{_FINITE_CUES}|\w+n[’']t)\b)(?!{_VERB_AFTER_NOUN}){WORD}+\s+){{0,4}}?"
    rf"|\b(?:(?:(?!(?:But|And|Or|So|Yet|Still|Then|Now|Also|However|Meanwhile|While|When|If|As|In|On"
    rf"|At|For|With|After|Before|Since|Because|Although|Though)\b)[A-Z]{WORD}*"
    rf"|senior|top|former|local|federal|state"
    rf"|government|administration|campaign|party|other|some|many|several|two|three|four|five"
    rf"|most)\s+){{0,3}})$"
)

# _NP_LEFT searched for from the letters its matches open with (A-Z, and the lower-case letters that
# open a determiner or a word of its list; only an empty match opens with none, at the head where the
# stretch searched holds no line break, as after _NP_STOP_LAST), the whole pattern looked ahead for
# from there: the engine skips to those letters instead of trying every character before the head
# (a test compares both).
_NP_LEFT_FROM = re.compile(rf"[A-Zacfghilmopst](?<=(?={_NP_LEFT.pattern}).)")

_NP_PP = re.compile(_PP)
# A source's phrase of a place or a body ("Workers at the Tillman Road depot", "a spokesman for the Pulaski County
# jail") whose name (no possessor's: "a manager for Howard Dean's bid") modifies a lower-case noun after it: the noun
# ends the phrase. Not a word that may follow the phrase itself (a verb of speech, an auxiliary, an adverb, a word of
# time or place, a preposition, a conjunction, a relative, a participle or an adjective opening a phrase of its own:
# data/quotes_after_name_stops.txt), nor a possessive or a modifier of a name after it ("the Clinton campaign's
# thinking", "the Bush super PAC").
_AT_OR_FOR = re.compile(r"\s+(?:at|for)\s")
_PARTICIPLE = re.compile(r"\b[a-z][\w-]*(?:ing|ed)\s")
_MODIFIER_NAME = re.compile(r"[A-Z][\w.&-]*")
_NOT_A_NOUN = alternation([*cue_classes(), *word_list("apposition_stops"), *word_list("aux_words"),
                           *word_list("gap_words"), *word_list("after_name_stops")])
_NOUN_AFTER_NAME = re.compile(
    rf"[ \t]+(?!(?:{_NOT_A_NOUN})(?![\w’'-])|[\w-]+(?:ly|ed|ing)(?![\w’'-]))[a-z][\w-]+(?![\w’'-]|[ \t]+[A-Z])")
# The nouns (or adjectives) in lower case before a bare head that open a clause, or follow its verb of speech there,
# where _NP_LEFT takes none ("…, union leaders said", "“…,” said transit riders."): the whole run is the source. Not
# another word that opens a phrase of its own (above; data/quotes_modifier_stops.txt), a plural or a verb in -s, -ed,
# -ing (but one of data/quotes_participle_modifiers.txt: "…, striking workers said") or an adverb ("…, he urged voters",
# "…, residents thanked nurses", "…, prompting officials to say").
_NOT_A_MODIFIER = rf"(?:{_NOT_A_NOUN}|{alternation(word_list('modifier_stops'))})(?![\w’'-])"
_BARE_MODIFIERS = re.compile(
    rf"\s*(?:(?:{alternation(list(cue_classes()))})\s+)?"
    rf"((?:(?!{_NOT_A_MODIFIER}|(?!(?:{alternation(word_list('participle_modifiers'))})(?![\w’'-]))"
    rf"[\w-]+(?:ly|ed|ing|(?<!s)s)(?![\w’'-]))[a-z][\w-]+[ \t]+){{1,3}})")

# The people a share counts, where no list holds their noun ("40 percent of transit riders said", "a majority of
# the riders"): the plural after "of", its lower-case modifiers (no word opening a phrase of its own, as for
# _BARE_MODIFIERS) left out, as for a listed noun ("a majority of ferry passengers" is the passengers').
_SHARE_PEOPLE = re.compile(
    rf"\s+of\s+(?:(?:the|these|those|his|her|their|its|our)\s+)?"
    rf"(?:(?!{_NOT_A_MODIFIER}|[\w-]+ly(?![\w’'-]))[a-z][\w-]+[ \t]+){{0,3}}?"
    rf"((?!{_NOT_A_MODIFIER})[a-z][\w-]+(?<![su]s)s)(?![\w’'-])")


def _noun_after_name(text: str, start: int, head_s: int, head_e: int, end: int) -> int | None:
    """Where the noun ends that the name ending a source's "at" or "for" phrase modifies ("Workers at the Tillman Road
    depot said": the phrase from ``start``, its head at ``head_s``-``head_e``, ending at ``end`` after "Road"); None
    where no such noun follows: a noun of the head lists heads a phrase of its own ("aides for Clinton supporters"), a
    capitalised word of grammar may open the next sentence ("… for Law Enforcement. A federal"), and a participle
    before the head opened a reduced relative of a noun before it ("The union representing workers at the Tolley plant
    said" is the union's: left_speaker reads the relative from there)."""
    if end == head_e or not _AT_OR_FOR.match(text, head_e) or _PARTICIPLE.search(text, start, head_s):
        return None
    last = text[head_e:end].split()[-1]
    if not _MODIFIER_NAME.fullmatch(last) or last in _NOT_NAME_START:
        return None
    noun = _NOUN_AFTER_NAME.match(text, end)
    return noun.end() if noun and noun.group().lstrip().lower() not in HEAD_KIND else None


# The most words a match of _NP_LEFT holds (a determiner and four words), each followed by white
# space: no match ending at a head starts before the fifth run of non-space characters back.
_NP_LEFT_WORDS = 5

# The last stop before a head (a line break, a sentence or clause mark and its space, a quotation
# mark), found as the end of the last match of one pattern: the greedy .* backs off to the
# rightmost place one matches, and no two stops overlap.
_NP_STOP_LAST = re.compile(r"(?s:.*)(?:\n|[.?!;:,] |[“”\"])")
_SPACES = re.compile(r"[ \t]{2,}")
_PADDED_IN = re.compile(rf"[ \t]{{2}}(?:{PADDED.pattern})[ \t]{{2}}")  # "  Trump  " inside a stretch
# A stop that is the full stop of an abbreviation in capitals ("U.S. ", "U.N. "), which a phrase may reach back over.
_CAPS_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]\. ")

AUXILIARIES = alternation(word_list("aux_words"))

# Between a speaker and the cue: a prepositional phrase ("a spokeswoman for the harbour board"),
# an apposition between commas, adverbs and auxiliaries.
# When and where it was said, between the speaker and the verb: "Ryan on Thursday declared",
# "Walker now says", "Clinton in an interview with CNN said".
GAP_WORDS = rf"(?i:{alternation(word_list('gap_words'))})"
# At most one such phrase, so a gap that does not fit fails fast.
# (Not ending on a conjunction: "Reid caucused in Nevada on Saturday and says" is Reid's.)
_WHEN_PP = (rf"(?:(?:on|in|at|during|over|late|early|earlier|last|this)\s+(?:{WORD}+\s+){{0,3}}?"
            rf"(?!(?:and|but|or)\b){WORD}+\s+)?")

# Set off by commas after a speaker, and no description of them: a discourse adverb ("He, however, urged") or how
# the words came ("Quill, through a spokesperson, said").
_NO_DESCRIPTION = (r"(?i:however|though|too|also|meanwhile|moreover|furthermore|nevertheless|nonetheless|instead"
                   r"|likewise|similarly|therefore|then|in\s+turn|in\s+fact|of\s+course"
                   r"|for\s+(?:his|her|their|its)\s+part"
                   r"|(?:through|via)\s+(?:an?|the|his|her|their|its)\s+[^,;:“”\"()]{1,40}"
                   # where the words came ("Avalon Ferries, in an emailed statement, called …")
                   r"|(?:in|during|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
                   rf"(?:{alternation(word_list('medium_nouns'))})\b[^,;:“”\"()]{{0,30}})")
# A piece of a description: a character of no clause mark, a short title in quotation marks, or a short parenthesis
# inside a firm's name ("Ada Quill, a consultant for Dalvik Partners (Nordland) Inc., said", as WSJ copy names
# subsidiaries by country).
_DESC_PIECE = r"(?:[^,;:“”\"()]|[“\"][^“”\"\n]{1,80}?,?[”\"]|\([^(),;:“”\"\n]{1,40}\))"


# An auxiliary a pronoun holds ("They’ve suggested", "He's also said", "I'd add"): after a name "'s" is its possessive
# ("Trump's use of"); "It's" stays out ("It's said that …" names no one). ("She’s said" is read as a passive, "She's
# said to be", by extract._PASSIVE.)
_CONTRACTED = (r"(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Ww]e)|(?<=\b[Tt]hey)|(?<=\b[Yy]ou)|(?<=\bI)|(?<=\b[Ww]ho))"
               r"[’'](?:s|ve|re|d|ll)(?=\s)")


class _LeftGap:
    """The words that may stand between a speaker candidate and the cue, matched whole (``fullmatch``, as a
    compiled pattern's): a pronoun's contracted auxiliary, a parenthesis, a prepositional phrase, a relative clause,
    an infinitive, an apposition or an aside, then the last words before the cue (``tail``: adverbs, auxiliaries, a
    phrase of time or place).

    A gap that opens with a comma is an apposition, and the last words follow the comma that closes it (or that
    comma and a closing quotation mark), a comma after the first: where they follow none, the gap cannot match,
    and the pattern is not tried (it would try every length of the apposition before failing)."""

    def __init__(self, when: str, pp: str):
        tail = rf"\s+(?:(?:{AUXILIARIES}|\w+ly{when})\s+){{0,2}}{pp}(?:(?:{AUXILIARIES}|\w+ly{when})\s+){{0,3}}"
        self.pattern = _left_gap(tail)
        self.tail = re.compile(tail)

    def fullmatch(self, text: str, start: int, end: int) -> re.Match | None:
        if text.startswith(",", start):
            comma = text.find(",", start + 1, end)
            while comma >= 0 and not self.tail.fullmatch(
                    text, comma + 2 if text.startswith(("”", "\""), comma + 1, end) else comma + 1, end):
                comma = text.find(",", comma + 1, end)
            if comma < 0:
                return None
        return self.pattern.fullmatch(text, start, end)


# A comma between words, not inside a number ("Columbia, South Carolina", not "2,400 voters").
_COMMA_THEN_SPACE = re.compile(r",\s")
# A preposition of where between two phrases: "(Six newspapers) in (Avalon)", "(Ada Quill) at the (harbour board)",
# the article's noun modified ("(Farmers) in the drought-hit (Karoo Valley)", "(Vendors) at the busy (Bay Street
# market)").
_WHERE_BETWEEN = re.compile(rf"\s+(?:in|at|on)\s+(?:the\s+(?:(?!{_NOT_A_MODIFIER})[a-z][\w-]*\s+){{0,2}})?")
# A preposition between a person and the body they are of ("(Jeffrey Lewis) of (the James Martin Center for
# Nonproliferation Studies)", "(Ada Quill) from (the Avalon Port Authority)"), however long the body's name.
_OF_BODY = re.compile(r"\s+(?:of|from|with)\s+")
# A preposition, maybe with an article, right before a phrase; and a share or a count before "of" or "in" that counts
# the phrase after it ("78 percent of", "one in").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:to|at|in|on|of|with|like|by|for|from|into)\s+(?:(?:the|a|an)\s+)?$",
                                 re.I)
_COUNTED_BEFORE = re.compile(
    r"(?:\bper\s*cent|percent|%|\bmajority|\bhalf|\bmost|\bone|\d)\s+(?:of|in)\s+(?:(?:the|a|an)\s+)?$", re.I)
# A space between two words, maybe with an adverb in -ly ("obtained previously by").
_ADVERB_SPACE = r"\s+(?:\w+ly\s+)?"


def _left_gap(tail: str) -> re.Pattern:
    """The pattern of :class:`_LeftGap`, ending in ``tail``."""
    return re.compile(
        # an auxiliary a pronoun holds
        rf"(?:{_CONTRACTED})?"
        # "Sen. Ada Quill (D-Avalon) said"; after a party label also with a stray comma ("(R-OH), said")
        rf"(?:\s*\((?:[A-Z]{{1,3}}-[^()]{{1,30}}\),|[^()]{{1,40}}\)))?"
        # (also a reduced or short relative: "officials speaking to / who spoke with the Post said"; people where they
        # stand: "Protesters outside the courthouse said", not "in" or "on", which more often say when or where the
        # speaker spoke: "told Reuters in a rare interview", "told Politico on Wednesday")
        # ("to" before a name or a determiner only: "advisers to Mr. Rubio", not an infinitive)
        rf"(?P<pp>\s+(?:of|for|from|at|with|near|outside|inside"
        rf"|to(?=\s+(?:[A-Z]|(?:the|his|her|their|its|a|an)\s))|close\s+to"
        rf"|familiar\s+with|briefed\s+on|privy\s+to|involved\s+in"
        rf"|knowledgeable\s+about"
        # (the agent of a poll or an interview: "Economists polled by Reuters said", as the wires write it)
        rf"|(?:polled|surveyed|interviewed|contacted|questioned|consulted|quoted|cited)\s+by"
        # (a reduced relative, a participle and its preposition of data/quotes_reduced_relatives.txt: "A man accused
        # of arson told the jury", "a teacher injured in the crash said", "the union representing nurses said"), an
        # adverb maybe inside ("Emails obtained previously by the Post show")
        rf"|{alternation(word_list('reduced_relatives'), space=_ADVERB_SPACE)}"
        rf"|(?:(?:who\s+)?(?:spoke|talked)|speaking|talking)\s+(?:to|with))\s+"
        # a place may name its state or country after a comma ("Nora Pell of Columbia, South Carolina says")
        # (not ending on a conjunction: "arrived with reporters with no clear answer and acknowledged" is not theirs;
        # nor holding "but", which opens a clause of its own: "fishermen brought here as children from being deported
        # but that she did not believe" is not the children's)
        rf"(?:(?!but\b){WORD}+\s+){{0,4}}?(?!(?:and|but|or)\b){WORD}+(?:,\s+[A-Z]{WORD}*(?:\s+[A-Z]{WORD}*)?)?)?"
        # a relative clause without commas after an unnamed source's phrase ("people who have battled other
        # online threats say"; left_speaker takes it after such a phrase only)
        rf"(?P<rel>\s+who(?:se)?\s+(?:(?!(?:said|says|say|told|and|but|or)\b)[\w’'-]+\s+){{1,9}}"
        rf"(?!(?:said|says|say|told|and|but|or|to)\b)[\w’'-]+)?"
        # an infinitive after a first, last or only one ("The last man to mount a third-party race says";
        # left_speaker takes it after such a phrase only)
        rf"(?P<inf>\s+to\s+(?:(?!(?:said|says|say|told|and|but|or)\b)[\w’'-]+\s+){{1,8}}"
        rf"(?!(?:said|says|say|told|and|but|or)\b|\w+ly\b)[\w’'-]+)?"
        # an apposition between commas, or an aside between dashes ("The justice -- who -- said")
        # (commas inside: "Ada Quill, 52, a pilot from Avalon, Nordland, said")
        # (a discourse adverb between commas is no description: "He, however, urged")
        rf"(?:\s*,\s*(?:{_NO_DESCRIPTION})\s*,"
        # (so too an age or such an adverb between the two spaces each a text stripped of its commas left in place of
        # a comma: "Ada Quill  44  said", "Ivo Brant  however  said", PerSenT)
        rf"|[ \t]{{2,}}(?:\d{{1,3}}|{_NO_DESCRIPTION})(?=[ \t]{{2}})"
        # (a title in quotation marks inside, its comma maybe inside the closing mark: 'Hemsley, the co-author of
        # "Going Viral," said')
        rf"|\s*,\s*(?P<desc>{_DESC_PIECE}{{1,200}}?(?:,\s*{_DESC_PIECE}{{1,80}}?){{0,2}})(?:\s*,|(?<=,[”\"]))"
        rf"|\s+(?:--|[—–])\s*(?P<aside>[^;:“”\"()—–]{{1,200}}?)\s*(?:--|[—–]))?"
        + tail
    )


_LEFT_GAP = _LeftGap("|" + GAP_WORDS, _WHEN_PP)
# After a person's name, a bare weekday too ("Rep. Tim Ryan Tuesday said", "Priebus later Thursday told"; the
# timeline's weekdays, their full names, and data/quotes_name_day_words.txt).
_NAME_DAY_WORDS = word_list("name_day_words") + tuple(line.split()[0] for line in data_lines("timeline_weekdays.txt"))
_LEFT_GAP_NAME = _LeftGap(f"|{GAP_WORDS}|{alternation(_NAME_DAY_WORDS)}", _WHEN_PP)
# Before a cue that is mostly a noun ("in their first phone call"), no phrase of time or place.
_LEFT_GAP_NOUN = _LeftGap("", "")

PERSONLIKE = ("PERSON", "MISC", "NAME")
# Who a relative clause set off by commas before a cue may describe, whatever it names ("Ivo Brant, who …, said").
_WHO_HEADS = PERSONLIKE + ("NP_ROLE", "NP_UNNAMED")

APPOSED = re.compile(rf"(?P<pp>)(?P<desc>)\s*,\s+(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,3}}")
_AFTER_COMMA = re.compile(r",\s*$")
# A comma opening a person's name set off as an apposition, maybe with the name's own words of a role in lower case
# after it ("The host, comedian Dev Harlan, said", "Its chief, former banker Ada Quill, said"; not "The council, led
# by Ada Quill, said", "Schilling, through a spokeswoman, declined"), or "the" alone before a name its title opens
# ("Its chairman, the Rev. Ada Quill, said", "The Bishop of Carrowmere, the Rt Rev Aldous Penhaligon, said"), or
# "identified as" naming one the story met unnamed, as police and court copy write it ("the caller, later identified
# as Ada Quill, tells", "A woman, identified by police as Ada Quill, said").
_NAME_APPOSED = (r",\s*(?:the\s+"
                 r"|(?:(?:later|since|subsequently)\s+)?identified\s+(?:by\s+[a-z]+(?:\s+[a-z]+)?\s+)?as\s+"
                 r"|(?:(?!(?:" + alternation(word_list("apposition_stops")) + r")\b)[a-z][\w’'-]*\s+){0,3})$")
NAME_APPOSED = re.compile(_NAME_APPOSED)
# A comma ending a clause or a quotation that a reporting clause follows: "…, Ada Quill said", "“…,” Ada Quill said".
_QUOTE_COMMA = re.compile(r",\s*(?:[”\"’']|'')?\s*$")
# The last mark after which a phrase opens (a full stop may end an abbreviation instead: "the F.B.I. director"),
# and the words that open a clause, not a phrase of a role.
# (an apostrophe is one, "Carter’s", unless doubled as a quotation mark or alone after a space: "'' the spokesman")
# (a single closing mark after a comma with it: "‘It is a lifeline,’ the council leader, Ada Quill, said")
_LAST_OPENER = re.compile(r"(?s:.*)(?:[,;:—–(\"“”]['’]?|''|\s[-'‘’])")
_PHRASE_NOT_OPENING = frozenset("when while if as after before because although though since once until and but or so "
                                "yet then even also last this on in at for by with".split())
_CLAUSE_WORDS = frozenset("that which who whom whose where".split())
# The head of a role's phrase right before a comma and a name, and what opens such a phrase: a determiner or a
# possessor ("The harbour master, ", "Avalon's chief pilot, ").
_ROLE_BEFORE_COMMA = re.compile(r"(?<![\w’'-])(?P<head>[a-z][\w’'-]*)\s*" + _NAME_APPOSED)
_ROLE_OPENS = re.compile(rf"{DETERMINER}\s|[\w.-]+(?:['’]s|s['’])\s")
_PHRASE_REACH = 160
_BESIDE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*")  # "Ada Quill, ", "Ada Quill (D-Avalon), "
# The comma closing a role set beside a name, maybe after a phrase of place the role's phrase leaves out ("Ada Quill,
# the chair of the county party in Northshire, said").
_BESIDE_CLOSES = re.compile(r"(?:\s+(?:in|of|from|at|for)\s+[A-Z][^,.;:!?“”\"()\n]{1,40}?)?" + _BESIDE.pattern)
_COMMA_ONLY = re.compile(r"\s*,\s*")
# A phrase set off by a comma that names the person after it: ", a retired postman named ", ", a woman called ".
_NAMED_APPOSED = re.compile(r"\s*,\s*an?\s+(?:[a-z][\w-]*\s+){0,4}(?:named|called)\s+")
# A word of a relative clause that is neither an auxiliary nor an adverb: its own verb or object
# ("who have battled other online threats"; not "who has successfully" before the cue).
# ("who won the most pledged delegates": not where the clause ends with a determiner, the cue its noun's modifier)
_OWN_VERB = re.compile(rf"\swho(?:se)?\s+(?:(?:{AUXILIARIES}|{GAP_WORDS}|\w+ly)\s+)*"
                       rf"(?!(?:{AUXILIARIES}|{GAP_WORDS}|\w+ly)\b)[\w’'-]+\s+\S"
                       r"(?!.*\b(?:the|a|an|his|her|its|their|most|more|this)$)")
# The one phrase an infinitive may follow before a verb: "the first woman to lead", "the only senator to vote".
_ORDINAL = re.compile(r"\b(?:first|last|only|second|third|next|latest)\b", re.I)
_POSSESSOR_ONLY = re.compile(r"\S+(?:['’]s|s['’])\s+")  # "Florida’s ", "the Rockies' "
_POSSESSIVE_ONLY = re.compile(r"['’]s[ \t]+(?=[A-Z])")  # "Florida International's Fernandez"
# A company's seat set off by commas after its name, as business copy writes it ("Norvale Freight Inc., Tarnby, Ohio,
# said"): a place and maybe its state, capitalised words only.
_SEAT_ONLY = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?")
# A source's phrase up to "of" or "for" before another phrase ("A spokesperson of Nordland's president", "an aide for
# the Avalon mayor"): a few words, no mark.
_SOURCE_OF = re.compile(r"(?:[\w’'.-]+\s+){0,4}?(?P<head>[\w’'-]+)\s+(?:of|for)\s+")
# Offices an article seldom names someone to before "the judge said" (data/quotes_unnamed_offices.txt).
_UNNAMED_OFFICES = frozenset(word_list("unnamed_offices"))

# An office ending in "general" ("The intelligence community's inspector general"), not a general of an army.
_GENERAL_OFFICE = re.compile(r"\b(?:inspector|auditor|comptroller|solicitor|surgeon|attorney|advocate)[\s-]+general$",
                             re.I)
_SPACE = re.compile(r"\s+")
# A paragraph that breaks an article into items: a live blog's rule ("___.", as AP's "The Latest" round-ups write it)
# or a list's number alone ("9").
_ITEM_BREAK = re.compile(r"_{3,}\.?|\d{1,2}\.?")
# "Hillary Clinton’s campaign", "Bernie Sanders’ campaign": a possessor's organisation
_POSSESSED_ORG = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’][A-Z][\w.&-]*)?)"
                            r"(?:['’]s|(?<=s)['’])\s+(\w+)$")
_OWN = re.compile(r"([Hh]is|[Hh]er)\s")
# An organisation named by a surname and the noun of a person's own organisation (data/quotes_person_org_nouns.txt):
# "Farrant office" of "Farrant's office", "Quill campaign"
_PERSON_ORG = re.compile(rf"([A-Z][\w’'.-]*) ({alternation(word_list('person_org_nouns'))})")
# "the campaign": the nearest "Clinton campaign" or "Clinton’s campaign" up to this far before it
_ORG_REACH = 3000
_ORG_WORD = r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w&-]*)"  # "U.S.", "Clinton", not "Thursday." ending a sentence
# "the Oslandia-based company": a business by where it is based, an epithet of one the article named before
_BASED = re.compile(r"\b[A-Z][\w.’'-]*-based\b")
_BUSINESS_NOUNS = frozenset(word_list("business_nouns"))


# The ending of an office to come: "-elect" of "president-elect", "-in-waiting" of "nominee-in-waiting".
_OFFICE_SUFFIX = re.compile(rf"-(?i:{alternation(word_list('office_suffixes'))})$")
# A participle of speech after a reporting clause's comma, right before a pronoun: ", adding that (he)", ", saying (she)".
_PARTICIPLE_THAT = re.compile(r",\s+[a-z]+ing\s+(?:that\s+)?$")
# A possessive, the event it owns and a relative of its time or place, right before a pronoun: "’s press conference
# in Turkey on Monday, when (he)", "’s news conference, in which (he)".
_OWNED_EVENT_THEN = re.compile(r"['’]s?\s+[^,.;:!?“”\"]{1,100},\s+(?:when|where|(?:in|at|during)\s+which)\s+")
# A preposition opening a phrase after a noun: "(nominee) for (the Nov. 8 election)", "(secretary) of (state)".
_HEAD_THEN_PP = re.compile(r"\s+(?:for|of|in|at|from|on|with|to)\s+")
_ARTICLE_WORD = re.compile(r"\b(?:a|an|the)\b")  # inside a phrase: two phrases ("One provided a document")
# A person's epithet of fame, fortune, trade or creed -> the gender it names ("" for none).
_EPITHETS = {line.split("\t")[0]: line.partition("\t")[2] for line in word_list("epithet_nouns")}
# The most words an entry of _EPITHETS has ("real estate developer").
_EPITHET_WORDS = max(len(epithet.split()) for epithet in _EPITHETS)


def _epithet_gender(noun: str) -> str | None:
    """The gender ("" for none) of the epithet of _EPITHETS that ends the noun phrase ``noun``, the longest that does
    ("real estate developer" of "the billionaire real estate developer"; "actor" of "the veteran actor"); None where
    no epithet ends it ("the developer", which may be a firm)."""
    words = noun.lower().split()
    for n in range(min(_EPITHET_WORDS, len(words)), 0, -1):
        if (gender := _EPITHETS.get(" ".join(words[-n:]))) is not None:
            return gender
    return None


def _business(phrase: str) -> bool:
    """Whether the head of an organisation's phrase, its last word, names a business ("company", "lender")."""
    return phrase.rsplit(None, 1)[-1].lower() in _BUSINESS_NOUNS


@lru_cache(maxsize=256)
def _named_org(head: str) -> re.Pattern:
    """A name of up to four capitalised words, a possessive or not, before ``head`` (any case):
    "Clinton campaign", "Clinton’s campaign", "House Oversight Committee"; not one going on with "of"."""
    return re.compile(rf"(?<![\w.])((?:{_ORG_WORD}\s){{0,3}}{_ORG_WORD})(['’]s)?\s"
                      rf"(?i:{re.escape(head)})\b(?!\s+of\b)")


_VERB_OR_ASIDE_NEXT = re.compile(r"\s*(?:[,(]|[a-z])")  # after a subject: its verb or an aside, no mark of a credit
_ORG_EPITHETS = frozenset(word_list("org_epithets"))  # "the agency", "the company": an organisation named just before
_NOT_NAMES = frozenset("the a an this that these those his her its their our my your whose which what every each "
                       "another some no any former".split())
_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\b", re.I)
# The head of a share of people: what speaks is the people after its "of".
_SHARE_HEAD = re.compile(r"(?:\bper\s*cent|percent|%|\bmajority|\bminority|\bplurality|\bhalf|\bthirds?|\bquarters?"
                         r"|\bfifths?|\bshare|\bproportion)\Z", re.I)

# A capitalised name of two words or more, or a title and a name: "Mr. Prince", "Ada Quill".
# The pattern is \b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+[A-Z][\w’'-]+|[A-Z][a-z’'-]+(?:\s+
# (?:[A-Z]\.|[A-Z][\w’'-]+))+)\b written to open with the capital every match starts with (the
# \b before it a look-behind after it, the title's first letter a look-behind), so that the
# engine skips to the capitals of a text instead of trying every character (a test compares both).
_NAME = re.compile(
    r"[A-Z](?<!\w.)(?:(?:(?<=M)r|(?<=M)rs|(?<=M)s|(?<=D)r|(?<=S)en|(?<=R)ep|(?<=G)ov|(?<=G)en|(?<=P)rof)"
    r"\.\s+[A-Z][\w’'-]+|[a-z’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+))+)\b")

# Capitalised words of grammar (a sentence opens with them) that begin no name.
_NOT_NAME_START = frozenset(
    "On In At After Before For From With By The This That These Those But And When While As If Last Next "
    "Since During Until Under Over Of To A An Our Their His Her Its My Your Every Each Some Many Most All "
    "Both Why How What Where Who Then Now So Yet Also".split())

# Words before a person after an inverted verb ("said former Gov. Jim Hodges"): never a finite verb
# ("…, said Mexico must rebut Trump's claims" reports a clause; Trump does not speak); two descriptions joined
# by "and" may run to ten words ("said Danish television analyst and former NHL goaltender Arlo Pemberly").
_PREMOD = (
    r"(?:(?!(?:must|will|would|could|can|should|might|may|shall|is|are|was|were|has|have|had|did|does|do"
    # nor a preposition but those of a title or a source ("secretary of state", "a report by"): "…, reacted
    # skeptically to the EU-Turkey deal" names no speaker, "said a longtime adviser to Trump" not Trump
    r"|to|with|about|against|into|over)\b)"
    rf"{WORD}+\s+)")
_PREMODS = re.compile(rf"{_PREMOD}{{1,6}}(?:and\s+{_PREMOD}{{1,4}})?")

# A place in capitals opening a wire dateline ("WASHINGTON").
_DATELINE_PLACE = r"[A-Z][A-Z.' -]+"

# What may stand between a dateline's place and its agency: a state or country, a date, or both, as the wires
# write a place readers may not know ("AVALON, Fla.", "AVALON, Dec. 8", "AVALON, South Nordland, March 3", a year
# after the day as papers write it: "AVALON, March 3, 2031"); in a text stripped of its commas, two spaces for the
# comma ("THE HAGUE  Netherlands (AP) — ", PerSenT).
DATELINE_AFTER_PLACE = (r"(?:(?:,[ \t]*|[ \t]{2,})[A-Z][A-Za-z.]{0,10}(?:[ \t]+[A-Z][a-z]+)?"
                        r"(?:[ \t]+\d{1,2}(?:,[ \t]*(?:19|20)\d\d)?)?){0,2}")

# India's wires end a dateline with their agency in capitals and no dash, after a date: "New Avalon, Jan 12 (PTI) The
# …", "(IANS)" (not a name and a party's letters: "Ada Quill (DA) Tuesday said").
BARE_AGENCY_DATELINE = (rf"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,2}}(?=,){DATELINE_AFTER_PLACE}[ \t]*"
                        r"\([A-Z]{2,5}\)(?=[ \t]+[A-Z])")

# A wire dateline: "WASHINGTON, Dec. 8 (UPI) — ", "NEW AVALON: " (as Indian and Pakistani papers write it),
# "AVALON (Reuters) - ", "AVALON, Nordland (AFP) - " (a hyphen between spaces, as the wires write it); a place in
# capitals and small letters only with its agency ("New Avalon (AFP) – ", as papers reprinting the wires write it),
# or a bare agency's (BARE_AGENCY_DATELINE).
# (The dash may be a horizontal bar, as HuffPost writes it: "AVALON ― The ministry said".)
_WIRE_DATELINE = (rf"(?-i:(?:{_DATELINE_PLACE}{DATELINE_AFTER_PLACE}\s*(?:\([A-Za-z. ]+\))?"
                  rf"|[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){{0,2}}{DATELINE_AFTER_PLACE}[ \t]*\([A-Z][A-Za-z. ]+\))\s*"
                  rf"(?:--|[—–―]|(?<=\s)-(?=\s)|(?<=[A-Z)]):)|{BARE_AGENCY_DATELINE})")
_SUBJECT_LEAD = re.compile(
    # a wire dateline first
    rf"{_WIRE_DATELINE}?"
    # (a list's bullet: "• Avalon Ferries: “…”")
    rf"[\s“\"•▪●◦‣]*(?:(?:and|but|so|yet|still|then|later|meanwhile|however|now|also)\b[\s,]*"
    # up to three fronted phrases, each up to its comma ("The day before, at a rally in Beaumont, Tex., Mr. Trump");
    # (a number's separators are no clause's end: "where it costs $70,000 to join, Jay DiPietro", nor the point of a
    # state's abbreviation before its comma: "Tex.,")
    rf"|(?:(?:[^,.;:!?“”\"]|(?<=\d)[,.](?=\d)|\.(?=,)){{0,60}},\s*){{1,3}})?"
    # (a show's or a film's name in quotation marks before a noun of a trade: "“Orange Is the New Black” star Ada
    # Quill opened up", not a quotation: "“We won,” Quill said")
    rf"(?:[“\"][^“”\"\n,.!?]{{1,40}}[”\"]\s+(?=(?-i:[a-z])))?(?:{WORD}+\s+){{0,3}}", re.I)

# A sentence opening with a preposition or a participle, whose phrase a text stripped of its commas (PerSenT) ends at
# a gap of spaces: "In an interview with NPR in November   Biden  was asked", "Returning to the White House   Trump"
# (not "According to": its source's description has the first gap, "According to Ada Quill  Tarn's lawyer  the case").
# A word no comma follows: a gap after it pads a mention ("speak up about  Weinstein 's harassment").
_NO_COMMA_AFTER = re.compile(r"(?<![\w’'-])(?:about|against|over|to|at|in|on|of|with|like|by|for|from|into|the|a|an"
                             r"|and|or|his|her|their)\s+$", re.I)
_FRONTED_LOST_COMMA = re.compile(r"[\s“\"]*(?:(?:In|On|At|After|Before|During|Despite|Following|Amid|Like|Unlike|With"
                                 r"|Without|Since|Under|Upon|Through|Throughout|Until)"
                                 r"|(?!According\b)[A-Z][a-z]{2,}ing(?=\s+(?:to|from|on|at|in|with|about|for|into|the"
                                 r"|a|an|his|her|their|its|out|back|up|through|over)\s))\s")

# A sentence opening with a prepositional phrase of several words that names something and ends in
# a comma ("In response to Donald Trump’s proposal to bar Muslims, "): up to its comma.
_FRONTED_PP = re.compile(
    rf"{_WIRE_DATELINE}?"  # "WASHINGTON, Dec. 8 (UPI) — In response to …, "
    r"[\s“\"]*(?:In\s+(?:response|reply|reaction)\s+to|According\s+to|Despite|Following|After|Amid|Unlike"
    r"|Like|At|Beyond|Besides|Along\s+with|In\s+addition\s+to|Instead\s+of|Ahead\s+of|Because\s+of"
    r"|Before|Since|During|Throughout|Until|Upon|With|Within|Under|Without|Through"
    # a span before "after" or "before": "Days after Becker’s arrest, ", "Shortly before the vote, "
    r"|(?:(?:(?:A|An|One|Two|Three|Four|Five|Six|Several|A\s+few|Just|Only)\s+)?(?i:seconds|minutes|hours|days"
    r"|weeks|months|years|moments)|Shortly|Soon|Just|Only|Long|Right|Not\s+long)\s+(?:after|before))\s+"
    # (a gerund first: "After meeting Tom Becker, ", "Before leaving Avalon, ")
    r"(?:[a-z]+ing\s+)?(?:the\s+|a\s+|an\s+)?[A-Z][^,.;:!?“”\"]{3,140},\s*"
    # a place's name alone after "in", "on", "near", "outside" or "across" and its comma: "In Harrowgate, a resident
    # reported …", "On Twitter, people can …" (capitalised words only: not "On Tuesday she doubled down …, seeking",
    # nor "In Trump's mind, his willingness …, attacking", where a name opens the clause or is its owner)
    r"|[\s“\"]*(?:In|On|Near|Outside|Across)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*"
    # a participle of speaking and where, to whom or of what: "Speaking to ABC Radio on Tuesday, Becker said",
    # "Asked about Tom Becker, Quill said"; the name of a show in quotation marks maybe ("Speaking to “Avalon Today”
    # Monday, Quill said", "Appearing on “Good Morning, Avalon,” Quill said")
    r"|[\s“\"]*(?:Speaking|Talking|Writing|Responding|Reacting|Replying|Commenting|Testifying|Appearing|Asked)\s+"
    r"(?:to|on|at|in|with|before|after|during|from|about)\s+(?:[^,.;:!?“”\"]|[“\"][^“”\"\n]{1,60}?[”\"]){1,140}?"
    r"(?:,|(?<=,[”\"]))\s*"
    # a medium or a document the subject speaks in: "In a statement, the Avalon Republican dismissed …", "In an
    # interview with Quill, Becker said"
    r"|[\s“\"]*In\s+(?:a|an)\s+[^,.;:!?“”\"]{3,80},\s*"
    # a question put to the subject: "Asked whether Tarn would start, Quill smiled: …" (Tarn is in the question)
    r"|[\s“\"]*(?:When\s+asked|Asked)\s+(?:by\s+[^,.;:!?“”\"]{2,60}?\s+)?(?:whether|if|why|what|how|when|where|who"
    r"|whom|which)\s+[^,.;:!?“”\"]{3,140},\s*"
    # the topic the sentence turns to, before a name: "As for Becker’s supporters, Quill said", "Regarding the mayor,
    # Quill said" (not before a pronoun, which stands for the topic: "As for Becker, he said")
    r"|[\s“\"]*(?:As\s+(?:for|to)|Regarding|Concerning|When\s+it\s+comes\s+to)\s+[^,.;:!?“”\"]{3,140},\s*"
    r"(?=[A-Z])"
    # a clause of time, condition or concession whose subject is named, before a name: "When Mr. Becker had trouble
    # joining the club, Quill boasted", "While the Avalon council met, Quill told …" (not before a pronoun, which may
    # stand for the clause's subject: "When Becker lost, he said"; nor "When told …", which has none; a title's point
    # is no sentence's end)
    r"|[\s“\"]*(?:When|While|Whereas|Although|Though|Even\s+though|Because|If|Unless|Once)\s+(?:the\s+)?(?=[A-Z])"
    r"(?:[^,.;:!?“”\"]|\b(?:Mrs?|Ms|Dr)\.){3,140},\s*(?=[A-Z])"
    # a group and the verb put before the one named from it: "Among the marchers was Nuala Breen, 34, who …" (the name
    # is the subject, not the "who" of its relative clause)
    r"|[\s“\"]*(?:Also\s+)?Among\s+[^,.;:!?“”\"]{2,80}?\s+(?:was|were)\s+(?=[A-Z])")
_DATELINE = re.compile(_DATELINE_PLACE)
# A question put to a named person after the asker: "asked Ada Quill whether", "then asked Quill how high", "asked
# Quill, who leads the council, to explain".
_ASKED_PERSON = re.compile(r"\s+(?:\w+ly\s+|then\s+|also\s+)?asked\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
                           r"(?=(?:,\s+who\s[^,.;:!?“”\"]{3,140},)?\s+(?:whether|if|why|what|how|when|where|who|which"
                           r"|about|to)\b)")
# A question about a he or she put by the subject: "asked whether he had kept copies", "…, Nadia Pell KC, asked if
# she" (the post-nominal letters and the comma of an apposition before the verb).
_ASKED_ABOUT = re.compile(r"(?:[ \t]+[A-Z]{2,3})?,?\s+(?:\w+ly\s+|then\s+|also\s+)?asked\s+(?:whether|if)\s+(he|she)\b")
# A sentence opening with its source given by a he or she: "According to her, the terminal will create 2,000 jobs."
_ACCORDING_TO_PRONOUN = re.compile(r"\s*According\s+to\s+(him|her),")
# A paragraph's opening wire dateline, with the spaces after it (read through dateline_at by the portrayal, for the
# place of filing, and by the timeline, whose filing date is no event's).
DATELINE_LEAD = _DATELINE_LEAD = re.compile(rf"{_WIRE_DATELINE}\s*")
DATELINE_REACH = 60  # how far into its line a part of a dateline may start ("PURCHASE, N.Y., April 1"), and past it end


def dateline_at(text: str, start: int, end: int) -> re.Match | None:
    """The wire dateline (``DATELINE_LEAD``) opening the line that holds ``text[start:end]`` and reaching to its end or
    past it, where the span starts in the line's first ``DATELINE_REACH`` characters (spaces before the line's first
    word aside): of "OSTRIN" and of "March 3, 2031" in "OSTRIN, March 3, 2031 — The council voted"; else None. The
    place of the story's filing (:mod:`presslens.sentiment.portrayal`) and its date (:mod:`presslens.timeline`)."""
    line = text.rfind("\n", max(0, start - DATELINE_REACH), start) + 1
    if line == 0 and start > DATELINE_REACH:
        return None
    line += len(text[line:start]) - len(text[line:start].lstrip())
    if not text[line:line + 1].isupper():  # (every dateline opens with a capital: most lines are skipped here)
        return None
    lead = _DATELINE_LEAD.match(text, line, min(len(text), end + DATELINE_REACH))
    return lead if lead is not None and lead.end() >= end else None
# A bracket opening an aside that opens a sentence ("(Quill’s son defended her.)"), not one round a wire's name
# ("(Reuters) - The lawyer said"); matched on the text past the sentence's end, to see the bracket close.
_ASIDE_OPEN = re.compile(r"[\s“\"]*\((?![\w.\s]{1,40}\))")
DOCUMENTS = frozenset(m.split()[-1] for m in word_list("medium_nouns"))  # what a possessor wrote or said
# Where the clause of a verb ends for :meth:`Article.named_in_clause`: a clause mark, or a subordinate clause of its own
# ("he said after Ryan Dickey read the facts to which Lazar admitted").
_CLAUSE_MARK = re.compile(r"[,;:()“”\"—–]|\s-\s|\b(?:after|before|when|while|because|although|though|since|until"
                          r"|unless|whereas|once)\b")
# A name after a determiner modifies a noun ("a Rubio sign", "the Grayson name"), no one's place in the clause.
_DET_RIGHT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# A possessive and the phrase of lower-case words it opens, up to a comma: "’s deputy", "’s longtime chief of staff".
_OWNED_NOUN = re.compile(r"['’]s?\s+(?:[A-Za-z][\w-]*\s+){0,3}[a-z][\w-]*(?=\s*,)")
# A possessive and the words of its phrase up to a name: no preposition or conjunction between
# ("Avalon’s proposal to bar Quill" is not Quill's).
_OWNED = re.compile(r"['’]s?\s+(?:(?!(?:to|in|on|at|of|for|with|by|from|about|into|and|or|but|that)\b)[\w-]+\s+){0,4}",
                    re.I)
# What follows a person's name in no subject's place: a clause mark, a quotation mark, a possessive, or a word that
# ends an apposition (a preposition, a conjunction, a relative: "took on Ada Quill on Sunday after", "a supporter of
# Quill’s instincts"); not "then", which may stand between a subject and its verb ("Quill then said").
_NOT_SUBJECT_AFTER = re.compile(r"\s*(?:[,.;:!?()“”\"—–]|-\s|['’]s?\s|(?:"
                                + alternation([w for w in word_list("apposition_stops") if w != "then"]) + r")\b)")
# A sentence opening with a subordinate clause (Article._personal).
_SUBORDINATORS = r"as|when|while|if|because|although|though|after|before|since|once|until|unless|whereas"
_SUBORDINATOR = re.compile(rf"[\s“\"]*(?:{_SUBORDINATORS})\b", re.I)
_SUBORDINATOR_WORD = re.compile(rf"\b(?:{_SUBORDINATORS})\b", re.I)
# A comma right before a pronoun ("…, he said"), and a sentence opening with a fronted phrase or a
# subordinate clause (after a conjunction), whose subject may be the pronoun's person
# (Article._after_reported). Not a comma after a closing quotation mark: British and European copy
# puts there the comma American copy puts inside the mark ("Quill was blunt: ‘No.’, he said" is
# "‘No,’ he said"), and the quoted words, not the clause around them, are what was said.
_COMMA_BEFORE = re.compile(r"(?<![”’\"'»“])\s*,\s*$")
_SUBORDINATE_LEAD = re.compile(
    rf"[\s“\"]*(?:(?:and|but|so|yet)\s+)?(?:asked|{_SUBORDINATORS}|even|with|without|despite|during|in|on|at|for|from"
    r"|by|to|like|unlike|among|amid|following|\w+ing|\w+ed)\b", re.I)
_THE = re.compile(r"[Tt]he\b")
# One person the article does not name: a new one ("one diner", "a voter", "another woman"), or one met unnamed ("the
# woman", "the first man"; not "the 57-year-old scientist", an epithet of someone named), or one known only as someone's
# ("Tarn's attorney", "the mayor's spokesman").
_UNNAMED_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.-]+\s+){0,5}[\w-]+"
                          r"|[Tt]he\s+(?:(?:first|second|third|last|other)\s+)?(?:wo)?man"
                          r"|(?:[\w.-]+\s+){0,2}[\w.-]+\s?['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+")
_A_NEW_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_ANOTHER_REACH = 400  # how far back "another" looks for the unnamed one it is another of
_A_NEW_ONE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+\Z")  # "a" left outside "U.S. Embassy official"
_LOWER_NEXT = re.compile(r"\s+(?=[a-z])")  # a lower-case word next ("the Tarrow | council said")
_WHO_NEXT = re.compile(r"\s+(?:who|that)\b")
# "One of the first people to say …", "One of the women who shared …": one of several, a clause on its noun after it
# (Article._one_named_after); then its sentence's copula, up to three capitalised words of a title before a name
# ("was  Avalon Councilwoman Ada Quill"), and what may follow the name: the sentence's end, a comma, a dash, a clause
# of time or of the person ("when she posted", "who posted"), or a description after the gap of spaces a lost comma
# left ("is Mira Dalton  an actress"; not any gap: PerSenT pads every name with spaces, "was  Bo Tarn  has resigned")
_ONE_OF_CLAUSE = re.compile(r"[Oo]ne\s+of\s+(?:the|those|these)\s[^,;:.!?“”\"()\n]+")
_CLAUSE_ON_NOUN = re.compile(r"\s+(?:who|that|to)\s")
_COPULA = re.compile(r"\s(?:is|was)\s+")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")
_NAME_CLOSES = re.compile(
    r"\s*(?:[,.;:!?—–(]|\s-\s|$)|\s+(?:when|who|whose|after|before|while)\b|[ \t]{2,}(?:an?|the)\s")
_COMMA_OR_SPACE = re.compile(r"\s*,?\s*")
# A description set off after a name up to a "who" it ends with, maybe after its closing comma: ", the Daily Beast
# editor (who)", ", the border protection commissioner, (who)" (Article._pronoun);
# in a text stripped of its commas, after the gap of spaces a comma left ("Wendy Walsh  a former contributor who").
_DESCRIBED_THEN_WHO = re.compile(
    r"(?:\s*(?:,|\s[-–—]{1,2})\s+|[ \t]{2,})(?:an?|the)\s+([^,;:.!?“”\"()\n]{1,70}?)(?:,|\s[-–—]{1,2})?\s+")
# "he", "she": a speaker who goes on (not "his", "her": "her claim" after "a campaign aide clarified")
_HE_SHE = re.compile(r"(?i)s?he\b")
_COLON_BEFORE = re.compile(r":\s*\Z")  # a colon right before a quotation's opening mark
_DESCRIBED_AFTER = re.compile(r",\s+(?:an?|the)\s")  # a description set off after a name: ", a delegate from …"
# A clause joined to the one before it in its sentence: "…, but (Representative Brooks, who …, doesn't mince words)"; and
# the verb after its subject's name, past an aside set off by commas ("Brooks, who has welcomed support …, doesn't")
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:but|and|while|yet|though|although|whereas)\s+")
_VERB_AFTER_NAME = re.compile(r"(?:\s*,[^,.;:!?“”\"]{1,160},)?\s+(?:is|was|has|had|does|did|will|would|can|could|may|might"
                              r"|must|should|[a-z]+n['’]t|[a-z]{2,}(?:ed|s))\b")
# What may come before a sentence's subject: nothing, or a fronted phrase and its comma ("In May, one voter said").
_OPENING = re.compile(r"[\s“\"]*(?:.*,\s*)?")
# A quotation's closing mark right before a verb or a speaker: "“…,” said (one woman)", "“…,” (one diner) said".
_AFTER_QUOTATION = re.compile(r"(?:[”\"]|'')\s*$")  # ("''": the closing mark of wire and NYT copy)
# A noun of a nation's, a party's or a faith's person after "the", maybe after a place ("Dane", "Wisconsin
# Republican", "New York Democrat"): capitalised words, the last of data/entities_demonyms.txt (_demonym_epithet).
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
# The owner a phrase of one person opens with: a name's possessive ("Sanders's campaign manager", "Ada Quill's";
# name: its last word), "his" or "her" (pron), or a "the" phrase's possessive (the: "the congressman's spokesman");
# not "their" (several owners).
_OWNER = re.compile(r"(?:(?P<pron>[Hh]is|[Hh]er)|(?P<the>[Tt]he\s+[a-z][\w-]*['’]s?)"
                    r"|(?:[A-Z][\w.&-]*\s+){0,2}(?P<name>[A-Z][\w.&-]*['’]s?))\s")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_DEFINITE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b")
# A paragraph that is one quotation and nothing else, and a question put before its answer's speaker at a paragraph's
# start ("Asked whether he feared for his job, "): the one quoted just before goes on across them.
_WHOLLY_QUOTED = re.compile(r"\s*[“\"][^“”\"]*[”\"]\s*")
_ASKED_OPENING = re.compile(r"\s*Asked\s+(?:if|whether|about|what|why|how|when)\b[^.;:!?“”\"]*,\s*")
# "the 47-year-old (manager)": someone already named, by their age; "Kees Mol, 19, said": an age after a name.
_AGE_EPITHET = re.compile(r"[Tt]he\s+(\d{1,3})-year-old\b")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
_AGE_REACH = 20_000
# A pronoun of no one in particular right before "who": "those who said", "Anyone who knows".
_INDEFINITE_BEFORE = re.compile(r"\b(those|anyone|anybody|everyone|everybody|someone|somebody|few|many|some)\s+$", re.I)
# Where people are, between them and an organisation or a place: "Teachers at the school", "residents of".
_PLACE_OF_PEOPLE = re.compile(r"\s+(?:at|of|in|from|near|outside)\s+")
# What stands between the start of a sentence and a "they" that stands for the subject of the sentence before: nothing
# but an opening mark ("They said"), or a quotation that opens the sentence ("“…,” they said").
_OPENING_QUOTE = re.compile(r"[\s“\"]*|\s*[“\"][^“”\"]*[”\"]\s*")
# What may stand before a "they" that opens its clause: nothing but an opening mark, or a conjunction or a phrase of
# up to six words set off by a comma ("Therefore, they said, …", "But they say …", "In a letter, they told …", "In
# hopes of trumping the law, they have demanded …").
_CLAUSE_OPENING = re.compile(r"[\s“\"]*(?:(?:and|but|so|yet)\s+|[\w’'-]+(?:\s+[\w’'-]+){0,5},\s+)?", re.I)
# A "they" that opens a clause joined to its sentence's first ("Officials warned …, and they said …"): the subject of
# that first clause, not a plural named in it.
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s+$")
# What stands before an organisation a "they" does not stand for: a preposition it is the object of ("working at the
# paper", "a case before the court", "economists from the university"), or a bracket (a photo's credit).
_THEY_NOT_AFTER = re.compile(r"(?:\b(?:at|of|from|before|on|in|to|with|for|by|about|against|into)\s+(?:the\s+)?|\(\s*)$",
                             re.I)
# What makes such an organisation people a "they" may stand for all the same: "their" before it ("support in their
# group"), "who" after it ("met with the board, who had …").
_THEY_ORG_PEOPLE = (re.compile(r"their\s", re.I), re.compile(r"\s*,?\s*who\b"))
# Two people's names joined as one subject ("Ines Dorn and Piet Marsh").
_JOINT_GAP = re.compile(r"\s+(?:and|&)\s+")
# "Lee, who", "Lee — who", "Lee - who", "Lee (who", "Lee—who" (a dash set close, as some copy writes it)
_COMMA_GAP = re.compile(r"\s*(?:,|\s[-–—]{1,2}|[–—]|\()?\s*")
# The end of a sentence after its reporting clause: "…, Ada Quill said." / "… on Tuesday." / "… in a statement.";
# after a name the verb comes before, only the name's description ("…, said Ada Quill, the harbour master."), not
# more words of a clause ("…, said Ada Quill had lied.", "…, knew Ada Quill for decades.").
_REPORT_TAIL = re.compile(r"[^,;:“”\"()]{0,40}")
# A reporting clause set off by commas inside its sentence: "Like his remarks on Mr. Curiel, Mr. Graham said on Sunday,
# Mr. Trump’s jabs were unacceptable." (what follows the verb up to the closing comma, as _REPORT_TAIL).
_ASIDE_TAIL = re.compile(r"[^,;:“”\"()]{0,40},")
_REPORTER_TAIL = re.compile(r"(?:,[^,;:“”\"()]{1,100})?[.!?]?\s*")
_LEADING_DET = re.compile(rf"^{DETERMINER}\s+(?!of\s)")  # (not the part of a group: "one of the officials")
_DET_BEFORE = re.compile(rf"\b{DETERMINER}\s+$")
# "a project critics called reckless", "a move opponents called a betrayal": "a" and a singular noun before a plural
# source, the noun the object of the clause before and the plural the subject of a relative clause without its
# "that"; not a count ("a few critics", "a dozen residents": quotes_plural_after_a.txt).
_A_NOUN_THEN_PLURAL = re.compile(
    rf"[Aa]n?\s+(?!(?:{alternation(word_list('plural_after_a'))})\s)[a-z][a-z-]*\s+$")
_AND_BEFORE = re.compile(r"(?<=[\w’'])\s+and\s+$")  # "and" after a word, before a phrase
# A document and whose it is: "Ada Quill’s statement", "Quill’s latest Facebook post", "a statement from Ada Quill".
_DOCUMENT_OF = re.compile(r"(?:.+['’]s?\s+(?:[\w-]+\s+){0,2}(?P<doc>[\w-]+)"
                          r"|(?:[\w-]+\s+){0,2}(?P<doc2>[\w-]+)\s+(?:from|by)\s+.+)$")
# A possessive and a person it owns after a name: "’s father", "’s longtime attorney" (Article.antecedent).
_OWNED_ONE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b(?!['’])")
# What may stand between such a noun and the name of the one it is: "’s father, the Rev. Charles Elliott Jr.".
_NAME_BESIDE = re.compile(r"[\s,]*(?:the\s+)?(?:[A-Z][a-z]*\.\s+)?")
# "his statement", "her public statement": a document of the one a he or she stands for (Article._author).
_PRONOUN_DOCUMENT = re.compile(r"(?P<pron>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}(?P<doc>[\w-]+)")
# "a statement" as the object of a verb of quotes_issuing_verbs.txt ("Tarn gave a statement to the Gazette saying"): the
# subject of the verb, right before it but for a word of time ("Tarn later released", "Tarn on Monday issued").
_ISSUED_DOCUMENT = re.compile(r"[Aa]n?\s+(?:[\w-]+\s+){0,2}(?P<doc>[\w-]+)")
_ISSUED_BY = re.compile(rf"(?<![\w’'-])(?:{alternation(word_list('issuing_verbs'))})\s+$")
_ISSUER_GAP = re.compile(r"\s+(?:(?:also|later|then|quickly|on|[A-Z][a-z]+day)\s+){0,2}")
_NAME_GOES_ON = re.compile(r" (?:of|for) [A-Z]")
_CUT_AT = re.compile(r"\s(?:of|for)\s+$")
# A part of a group before the group's phrase: "one of", "two of", "some of", "a handful of".
_PARTS = (r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|[Nn]one|[Ee]ach"
          r"|[Aa]nother|[Bb]oth|[Aa]ll|[Aa]\s+few|[Aa]\s+handful|[Aa]\s+number|[Dd]ozens|[Hh]undreds)\s+of")
_PARTITIVE = re.compile(rf"\b{_PARTS}\s+$")
_PART_OF = re.compile(rf"{_PARTS}\s")
_LOWER_HEADS = frozenset(w for w in _ALL_HEADS if w.islower())
# "current and former officials": words of when someone held a post, which may open a group's phrase
# (data/quotes_tenure_words.txt; extract._plural_subject joins two of them into one group).
TENURE_WORDS = frozenset(word_list("tenure_words"))
_IDIOM_OBJECT = re.compile(rf"(?<![\w’'-])(?i:{alternation(word_list('idiom_objects'))})$")
# What stands before a word inside its sentence, not at its start, on its line: a word, a comma, a quotation closed
# by a comma ("“…,” City said").
_INSIDE_SENTENCE = re.compile(r"(?:\w|,[\"”’]?)[^\S\n]+$")

# Where a description's head ends: "governor" of "a former governor of Avalon", "businessman" of "the Nordland
# businessman who leads …".
_DESC_CUT = frozenset("of for at in on from with who whose which that and or to since by under during after before "
                      "until than like as".split())
# The determiners as words (DETERMINER is the pattern of a phrase's opening words, numbers among them).
DETERMINER_WORDS = frozenset("the a an this that these those his her their its our my your".split())
_GRAMMAR = rf"(?i:{alternation(sorted(_DESC_CUT | DETERMINER_WORDS | _PHRASE_NOT_OPENING))})\b"
# A person's description, whose words a later epithet repeats ("Ada Quill, a former governor of Avalon, … the former
# governor said"): set off by commas after the name (an age first: "Quill, 45, the harbour master,"; not a clause:
# "Quill, who …", "Quill, meanwhile,"), before it and its comma ("The harbour master, Ada Quill,"), or written
# right before it, words of no grammar ("harbour master Ada Quill", "New York businessman Piet Marsh"; not "a plan
# that precedes all Trump rallies", nor after a determiner: "According to the suit Weinstein", its commas lost).
_DESC_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?P<desc>(?:[Aa]n?|[Tt]he|[A-Z][\w.&-]*['’]s)\s+"
                         r"[^,;:.!?“”\"()\n]{2,80}?)\s*(?=[,;:.!?—–(]|\s+(?:who|whose|which|that)\b)")
_OF_NAMED = r"of\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,2}"
_DESC_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<desc>(?:[Tt]he|[Aa]n?|[\w.&-]+['’]s)\s+(?:[\w’'&.-]+\s+){{0,4}}?"
                          rf"(?!{_GRAMMAR})[a-z][\w’'-]*\s*,"
                          rf"|(?:[Tt]he|[Aa]n?)\s+(?:[\w’'&.-]+\s+){{0,3}}?(?!{_GRAMMAR})[a-z][\w’'-]*\s+{_OF_NAMED}\s*,"
                          rf"|(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?:(?!{_GRAMMAR})[\w’'&.-]+\s+){{0,3}}?"
                          rf"(?!{_GRAMMAR})[a-z][\w’'-]*)\s+$")
# The most runs of non-space characters a match of _DESC_BEFORE spans (a determiner, four words, a word and its
# comma; or a determiner, four words, "of", "the" and three names, the last with its comma), so that its search
# starts at the runs_back of them, not at every character of its window.
_DESC_BEFORE_RUNS = 10
# A description before a name that ends with what it is of, a name, and its comma ("The mayor of Wexholm, Dara
# Fenwick,"; "The chief executive of the Harwick Group, Lena Strakosch,"): its last word has a capital.
_OF_NAMED_END = re.compile(rf"\b{_OF_NAMED}$")
# The last word before a name, which must be one of _DESC_BEFORE's own (lower case, no word of grammar) for it
# to match: told before the search, which tries every place of its window.
_LAST_RUN = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*$")
_GRAMMAR_WORD = re.compile(_GRAMMAR)
_DESC_WORD = re.compile(r"[\w’'&.-]+")
_FORMER_WORDS = frozenset({"former", "ex", "then", "late", "onetime"})
# "the 43rd president": a holder by their place in the line, former or present.
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")


# A nation's possessive before a person's mention, lower-case words between ("Iraq's president Saddam Hussein",
# "Russia’s Vladimir Putin"): whose the person is.
_NATION_OWNER = re.compile(r"(?<![\w’'.-])([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:[a-z][\w-]*\s+){0,3}$")


class _Words(NamedTuple):
    """What :func:`_description_words` reads of a description or an epithet."""

    head: str
    former: bool | None
    words: frozenset[str]
    proper: frozenset[str]  # the words written with a capital ("Florida", "Republican"), in lower case


def _described_before(text: str, pos: int) -> bool:
    """Whether the text before ``pos`` may end with :data:`_DESC_BEFORE`'s description: white space after a word
    in lower case that is no word of grammar, with a comma between them or not, or after "of" and a name and its
    comma ("The mayor of Wexholm, ")."""
    if pos < 2 or not text[pos - 1].isspace():
        return False
    tail = text[max(0, pos - 60):pos].rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
        if _OF_NAMED_END.search(tail):
            return True
    run = _LAST_RUN.search(tail)
    return run is not None and _GRAMMAR_WORD.match(run.group()) is None


def _description_words(phrase: str) -> _Words | None:
    """The words of a role's phrase or a description, in lower case, hyphens and a possessive's ending dropped
    ("front-runner" is "frontrunner", "the firm's chief" holds "firm"); its head, the last word before a preposition
    or a clause ("governor" of "former governor of Avalon"); whether it is a former one (None where an ordinal number
    says only the holder's place in the line: "the 43rd president"). None where no word is left."""
    words, proper = [], set()
    for w in _DESC_WORD.findall(phrase):
        w = re.sub(r"['’]s?$", "", w).rstrip(".")
        if w[:3].lower() == "ex-":
            words.append("ex")
            w = w[3:]
        if w:
            words.append(w.replace("-", "").lower())
            if w[0].isupper():
                proper.add(words[-1])
    while words and words[0] in DETERMINER_WORDS:
        words = words[1:]
    cut = next((i for i, w in enumerate(words) if w in _DESC_CUT), len(words))
    if cut == 0:
        return None
    former = None if any(_ORDINAL_NUMBER.fullmatch(w) for w in words[:cut]) else bool(_FORMER_WORDS.intersection(
        words[:cut]))
    return _Words(words[cut - 1], former, frozenset(words), frozenset(proper) - {words[cut - 1]})


@lru_cache(maxsize=1)
def _nation_names() -> tuple[dict[frozenset[str], str], frozenset[str]]:
    """Each name of a nation of data/quotes_nations.txt ("Russian", "Russia", "U.S."), as the words
    :func:`_description_words` reads of it, -> the nation; and every word of them (a phrase holding none names none)."""
    names = {}
    for line in word_list("nations"):
        nation, *others = line.split("\t")
        for name in (nation, *others):
            names[_description_words(name).words] = nation
    return names, frozenset(w for name in names for w in name)


def _nations(words: frozenset[str]) -> set[str]:
    """The nations the words of a phrase or a description (:func:`_description_words`) name: "Russia" of "the
    Russian foreign minister"."""
    names, any_word = _nation_names()
    if words.isdisjoint(any_word):
        return set()
    return {nation for name, nation in names.items() if name <= words}


class Candidate(NamedTuple):
    """A phrase that can be a speaker: an entity mention, a pronoun or a noun phrase."""

    start: int
    end: int
    kind: str  # a mention kind of presslens.entities, or PRON, NP_UNNAMED, NP_ROLE, NP_ORG
    entity: str | None = None

# Candidate((start, end, kind, entity)) made in C: an article has thousands of candidates, and a
# NamedTuple's own __new__ is a Python function.
_candidate = partial(tuple.__new__, Candidate)


class Article:
    """One article with the lookups attribution needs: sentences, quotes, speaker candidates."""

    def __init__(self, text: str, sents: Mapping[str, Sequence], mentions: Mapping[str, Sequence],
                 genders: dict[str, str | None], cues: LowerScan | None = None):
        """``sents``, ``mentions``: the article's rows of :func:`presslens.text.split_sentences`
        and :func:`presslens.entities.find_mentions`, as lists per column (or DataFrames).
        ``cues``: the reporting verbs, whose matches outside quotation marks (``cue_matches``) are
        found in the scan for speaker candidates."""
        self.paras = paragraphs(text)
        self.para_starts = [s for s, _ in self.paras]
        self.sent_starts = list(sents["start"])
        self.sent_ends = list(sents["end"])
        self.sent_ids = list(sents["sent_id"])
        self.quotes = find_quoted(text, self.paras)
        # The rules read quotation marks as American copy writes them; the rows' words are cut from the text as given.
        self.text = text = curly_marks(text, self.quotes)
        self.q_opens = [q.open for q in self.quotes]
        self.q_closes = [q.close for q in self.quotes]
        columns = {c: list(mentions[c]) for c in MENTION_COLUMNS if c in mentions}
        heads, pronouns, cue_matches = _heads_and_pronouns(text, cues)
        self.cue_matches: list[re.Match] = [m for _, m in self.unquoted([(m.start(), m) for m in cue_matches])]
        self.cue_starts: list[int] = [m.start() for m in self.cue_matches]  # (bisected, as a key on each match is not)
        self.cands = self._candidates(columns, heads, pronouns)
        if len(columns.get("start", ())) > CANONICAL_REACH:
            order = sorted(range(len(columns["start"])), key=columns["start"].__getitem__)
            columns = {c: [values[i] for i in order] for c, values in columns.items()}
        self.mentions = columns  # by offset in a huge article (see CANONICAL_REACH)
        self.mention_starts = columns.get("start", [])
        self.cand_ends = list(map(itemgetter(1), self.cands))
        self.cand_starts = sorted(zip(map(itemgetter(0), self.cands), range(len(self.cands))))
        self.spoken: list[tuple[int, str]] = []  # (offset, entity) of named speakers so far, sorted
        self.genders = genders
        self._canonical_of: dict[tuple[str, int], str | None] = {}
        self._unnamed_of: dict[tuple[int, int, str | None], Candidate | None] = {}  # _unnamed_speaker's
        self._names: entities.Names | None = None
        self._first_named: dict[str, int] | None = None  # entity -> where it is first mentioned
        self._people: set[str] | None = None  # the entities of the article's PERSON mentions, once asked
        self._surnames: set[str] | None = None  # their last words, once asked
        self._breaks: list[int] | None = None  # ends of the paragraphs that break an article into items
        self._descriptions: dict[str, list[tuple[int, str, _Words]]] | None = None  # head -> people so described
        self._nations_of: dict[str, set[str]] | None = None  # person -> the nations the article gives them
        self._main: str | None = None  # the person named most ("" where none is), once asked
        # (lead, start) -> whether _SUBJECT_LEAD runs from a clause's lead to a candidate's start (:meth:`subject`):
        # asked again for each candidate starting there and for each cue of the clause, two times in three
        self._leads_to: dict[tuple[int, int], bool] = {}
        self._subjects: dict[tuple[int, int, bool, bool, bool, bool], Candidate | None] = {}  # (:meth:`subject`)

    # -- lookups ---------------------------------------------------------------------------
    def quotes_open_before(self, pos: int) -> int:
        """The opening mark of the quote whose content starts at ``pos`` (else ``pos``)."""
        i = bisect_right(self.q_opens, pos) - 1
        return self.q_opens[i] if i >= 0 and self.quotes[i].start == pos else pos

    def names_document(self, c: Candidate) -> bool:
        """Whether the phrase of ``c`` ends in a document's noun ("Hoff’s letter", "a court filing")."""
        return self.text[c.start:c.end].rsplit(None, 1)[-1].lower() in DOCUMENTS

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.q_opens, pos) - 1
        return i >= 0 and pos < self.q_closes[i]

    def unquoted(self, spans: list[tuple]) -> list[tuple]:
        """The spans (tuples opening with a start, in text order) that start where
        :meth:`in_quote` is false, read in one walk over the quotes rather than one search each."""
        opens, closes = self.q_opens, self.q_closes
        if not opens:
            return spans
        out, i, last = [], -1, len(opens) - 1
        for m in spans:
            pos = m[0]
            while i < last and opens[i + 1] <= pos:
                i += 1
            if i < 0 or pos >= closes[i]:
                out.append(m)
        return out

    def sentence(self, pos: int) -> tuple[int, int, int]:
        """(start, end, sent_id) of the sentence holding ``pos`` (the nearest one before it),
        clipped to :data:`SENTENCE_REACH` characters either side of ``pos``: every look-up around
        a cue or a quote then costs at most a constant, so a run-on "sentence" of a megabyte
        (no punctuation, many cues) is read in linear time."""
        if not self.sent_starts:
            start, end, sent_id = 0, len(self.text), 0
        else:
            i = bisect_right(self.sent_starts, pos) - 1
            i = i if i > 0 else 0
            start, end, sent_id = self.sent_starts[i], self.sent_ends[i], self.sent_ids[i]
        lo, hi = pos - SENTENCE_REACH, pos + SENTENCE_REACH
        return start if start > lo else lo, end if end < hi else hi, sent_id

    def para(self, pos: int) -> int:
        i = bisect_right(self.para_starts, pos) - 1
        return i if i > 0 else 0

    def para_span(self, pos: int) -> tuple[int, int]:
        return self.paras[self.para(pos)] if self.paras else (0, len(self.text))

    # -- speaker candidates ----------------------------------------------------------------
    def _candidates(self, mentions: Mapping[str, list], heads: list[tuple[int, int, str]],
                    pronouns: list[tuple[int, int]]) -> list[Candidate]:
        text = self.text
        cands: list[Candidate] = []
        taken = []
        post_nominals = set()  # "Ada Quill MP": the letters after a person's name, part of its mention here
        named = set()  # the spans of mentions of a person, an organisation or a place
        head_end = {s: e for s, e, _ in heads}
        for s, e, kind, ent in zip(mentions["start"], mentions["end"], mentions["kind"], mentions["entity"]):
            s = int(s)
            if not self.in_quote(s):
                e = int(e)
                if kind in PERSONLIKE and head_end.get(s) == e and (not isinstance(ent, str) or ent == text[s:e]):
                    continue  # "Diplomats said" opening a sentence: the noun in capitals, no one's name
                if kind in PERSONLIKE and _credit(text, s, e):
                    continue  # "(Chuck Zoeller/Associated Press)": a photographer's credit
                after = _POST_NOMINAL.match(text, e) if kind == "PERSON" else None
                if after and after.group(1) in POST_NOMINALS:
                    post_nominals.add(after.start(1))
                    e = after.end()
                cands.append(_candidate((s, e, str(kind), ent if isinstance(ent, str) else None)))
                taken.append((s, e))
                if kind in _NAMED_KINDS:
                    named.add((s, e))
        taken.sort()
        named_spans = sorted(named)
        mentioned = set(taken)  # (most names are a mention as it stands: overlapping, they are no candidate)
        # A name the entity finder passed over ("Mr. Prince") can still be a speaker.
        for s, e in self.unquoted([m.span() for m in _NAME.finditer(text)]):
            if (s, e) in mentioned:
                continue
            # "On Tuesday, Mr. McConnell …": a capitalised word of grammar opens no name (a word
            # of a hyphenated name does: "In-N-Out Burger").
            first = _ONE_WORD.match(text, s)
            gap = _SPACE.match(text, first.end(), e) if first and first.group() in _NOT_NAME_START else None
            if gap:
                s = gap.end()
                if not _SPACE.search(text, s, e):  # one word left: no name
                    continue
            if not overlaps(taken, s, e) and not _credit(text, s, e):
                cands.append(Candidate(s, e, "NAME"))
        cands += [_candidate((s, e, "PRON", None)) for s, e in self.unquoted(pronouns)]
        phrase_at_end: dict[int, int] = {}  # where the phrase of a source's head ending there opens
        for head_s, head_e, kind in self.unquoted(heads):
            if head_s in post_nominals or _IDIOM_OBJECT.search(text, max(0, head_s - 12), head_e):
                continue  # (nor "followed suit": quotes_idiom_objects.txt)
            # the phrase starts after the last stop before the head, and not before its fifth word
            lo = runs_back(text, head_s - 60 if head_s > 60 else 0, head_s, _NP_LEFT_WORDS)
            stop = _NP_STOP_LAST.match(text, lo, head_s)
            if stop and _CAPS_ABBREVIATION.fullmatch(text, stop.end() - 5, stop.end()):
                # "said a U.S. Embassy official", "a former U.S. law enforcement official said": the phrase through
                # the abbreviation, not the country or body it opens with, where one opens at it or before it
                wider = _NP_STOP_LAST.match(text, lo, stop.end() - 2)
                left = _NP_LEFT_FROM.search(text, wider.end() if wider else lo, head_s)
                stop = wider if left and left.start() <= stop.end() - 5 else stop
            lo = stop.end() if stop else lo
            if "  " in text[lo:head_s]:
                lo = self._after_lost_comma(lo, head_s)
            left = _NP_LEFT_FROM.search(text, lo, head_s)
            start = left.start() if left else head_s
            if start == head_s and stop and (bare := _BARE_MODIFIERS.fullmatch(text, lo, head_s)):
                start = bare.start(1)
            elif start < head_s and _A_NOUN_THEN_PLURAL.fullmatch(text, start, head_s) and _plural_person(
                    text[head_s:head_e]):
                start = head_s
            i = bisect_right(named_spans, (start, start)) - 1
            if i >= 0 and named_spans[i][0] < start < named_spans[i][1] <= head_s and _CUT_AT.search(
                    text, named_spans[i][0], start):
                # "A Department for Transport spokesperson", "a Ministry of Defence official": the phrase
                # takes the whole name its modifiers cut at 'for' or 'of', and the determiner before it.
                start = named_spans[i][0]
                det = _DET_BEFORE.search(text, max(lo, start - 8), start)
                start = det.start() if det else start
            # (a part ends in "of" and white space: the search, tried at every character, only before such words)
            near = max(lo, start - 24)
            part = _PARTITIVE.search(text, near, start) if text[near:start].rstrip().endswith("of") else None
            if part:
                start = part.start()  # "One of the pilots said", "“…,” said one of his aides": the part speaks
            if text[head_s:head_e].lower() in _BOUND_HEADS and not _BOUND_MODIFIER.search(text, start, head_s):
                continue  # "a bid for the presidency": the office, no one who speaks
            span = (start, _NP_PP.match(text, head_e).end())
            if span in named:
                continue  # a name that ends in the noun ("Essex Police said"): the mention says what it is
            cands.append(_candidate((*span, _NP_KINDS[kind], None)))
            # "265 women and girls said", "Her advisers and allies say": two sources' phrases joined by "and" speak
            # together, as one phrase (the longer, of the same end, wins), where the second is a plural ("met the
            # farmers and the Republican. They say": the farmers); not where the first is the object of a
            # preposition ("by authorities at school and his parents believe") or inside a name ("the American
            # Federation of Teachers and the Avalon union")
            if text[head_e - 1] == "s" and (joined := _AND_BEFORE.search(text, max(0, start - 8), start)) and (
                    first := phrase_at_end.get(joined.start())) is not None and not self._object_of_preposition(
                    max(0, first - 30), first) and not (
                    (j := bisect_right(named_spans, (first, first)) - 1) >= 0
                    and named_spans[j][0] < first < named_spans[j][1]):
                cands.append(_candidate((first, span[1], _NP_KINDS[kind], None)))
            phrase_at_end[head_e] = start
            # The phrase also through the noun a name ending its "at" or "for" modifies, beside the phrase ending at
            # the name, which stands where the word is a verb no list holds ("Officials at the Pentagon declined").
            if (noun_end := _noun_after_name(text, start, head_s, head_e, span[1])) is not None:
                cands.append(_candidate((start, noun_end, _NP_KINDS[kind], None)))
            # ("of" after the head first: most heads have none, and the match fails at once)
            if (span[1] == head_e and (people := _SHARE_PEOPLE.match(text, head_e))
                    and _SHARE_HEAD.search(text, head_s, head_e) and people.group(1).lower() not in HEAD_KIND):
                cands.append(_candidate((*people.span(1), "NP_UNNAMED", None)))
        # Nearest end first; among equal ends the longest phrase first (two stable sorts).
        cands.sort(key=itemgetter(0), reverse=True)
        cands.sort(key=itemgetter(1))
        return cands

    def _after_lost_comma(self, lo: int, hi: int) -> int:
        """Where a phrase ending at ``hi`` may open, from ``lo``: after the last gap of spaces that stands for a comma a
        text stripped of its commas lost (PerSenT: "… will apologize to the rider  an official said", "with  his
        appointees there  the president’s advisers insisted": not "the rider  an official", nor "appointees there  the
        president’s advisers"; :meth:`_lost_commas`), nor in a sentence with a comma before it."""
        sent_s = self.sentence(hi)[0]
        if "," in self.text[sent_s:hi]:
            return lo
        return next((e for s, e in reversed(self._lost_commas(sent_s, hi)) if e <= hi and s >= lo), lo)

    def _lost_commas(self, sent_s: int, hi: int) -> list[tuple[int, int]]:
        """The gaps of spaces from the sentence starting at ``sent_s`` to ``hi`` (and 40 characters on) that stand for
        a comma a text stripped of its commas lost, in order (:func:`lost_comma`): not a gap of two spaces that pads a
        mention ("Some  Trump  surrogates")."""
        text, sent_e = self.text, self.sentence(hi)[1]
        return [g.span() for g in _SPACES.finditer(text, sent_s, hi + 40)
                if lost_comma(text, *g.span(), sent_s, sent_e)]

    def phrase_start(self, pos: int) -> int | None:
        """Where the phrase of a role whose head candidate starts at ``pos`` opens: at its sentence's start or after
        a mark other than a full stop (which may end an abbreviation: "the F.B.I. director"), at most five words
        before it ("Nordland's deputy foreign minister", "Carter's press secretary"); None where a conjunction or
        more words open the stretch ("When the F.B.I. director, James Comey, said": no phrase of a role alone)."""
        i = bisect_right(self.sent_starts, pos) - 1
        # (no further back than a phrase of five words can reach: a run-on "sentence" is read in linear time)
        lo = max(self.sent_starts[i] if i >= 0 else 0, pos - _PHRASE_REACH)
        mark = _LAST_OPENER.match(self.text, lo, pos)
        lo = mark.end() if mark else lo
        words = self.text[lo:pos].split()
        if len(words) > 5 or (words and words[0].lower() in _PHRASE_NOT_OPENING) or _CLAUSE_WORDS.intersection(words):
            return None
        return lo + len(self.text[lo:pos]) - len(self.text[lo:pos].lstrip())

    def _object_of_preposition(self, lo: int, pos: int) -> bool:
        """Whether the phrase at ``pos`` follows a preposition ("to the polls", "at a parade"), not after a share or a
        count that it counts ("78 percent of voters", "one in four voters")."""
        m = _PREPOSITION_BEFORE.search(self.text, lo, pos)
        return m is not None and not _COUNTED_BEFORE.search(self.text, lo, m.end())

    def left_speaker(self, limit: int, cue_s: int, noun_like: bool = False, relative: bool = False
                     ) -> tuple[Candidate, tuple[int, int] | None] | None:
        """The candidate ending just before the cue (across an apposition, adverbs and, unless
        the cue is ``noun_like``, a phrase of time or place: "Ryan on Thursday declared"); with
        ``relative`` (a finite verb's cue), an unnamed source's or a role's phrase also across a relative
        clause of its own verb ("people who have battled other online threats say")."""
        gap = _LEFT_GAP_NOUN if noun_like else _LEFT_GAP
        i = bisect_right(self.cand_ends, cue_s)
        best: tuple[Candidate, tuple[int, int] | None] | None = None
        apposed = False  # best is a name between commas: a person before it may own the commas
        person_between = False  # a person's name was passed on the way back from the cue
        placed = None  # the best before a phrase before "in", "at" or "on" took its place
        while i > 0:
            i -= 1
            c = self.cands[i]
            if c.end <= limit or cue_s - c.end > 260:
                break
            if c.start < limit:
                continue
            between, person_between = person_between, person_between or c.kind in PERSONLIKE
            if (best is not None and not apposed and c.kind != "PRON" and best[0].kind != "PRON"
                    and _WHERE_BETWEEN.fullmatch(self.text, c.end, best[0].start)):
                # "Six newspapers in Avalon said", "Ada Quill at the harbour board told": a name after "in", "at"
                # or "on" is where the one before it is or works, no subject of the cue
                placed = placed or best
                best = (c, best[1])
                continue
            if (best is not None and not apposed and c.kind == "PERSON" and best[0].kind in ("ORG", "NP_ORG")
                    and _OF_BODY.fullmatch(self.text, c.end, best[0].start)):
                # "“…,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": the person speaks,
                # the body is where they work (a name too long for the gap's phrase of five words)
                placed = placed or best
                best = (c, best[1])
                continue
            named = c.kind in ("PERSON", "NAME") and gap is _LEFT_GAP
            m = (_LEFT_GAP_NAME if named else gap).fullmatch(self.text, c.end, cue_s)
            # "Norvale Freight Inc., Tarnby, Ohio, said" (WSJ, the wires): the company speaks, the place set off after
            # it is its seat (and on the way back, the state after a town describes the town)
            seat = bool(m and m.group("desc") and best is not None and best[0].kind == "PLACE"
                        and c.kind in ("ORG", "PLACE") and _SEAT_ONLY.fullmatch(m.group("desc")))
            if apposed:
                # "The governor, who spoke through his spokesman, Tunde Bello, said" (as Nigerian papers write it):
                # a name inside a relative clause set off after a role is the clause's, the role speaks
                clause_of = (m is not None and m.group("desc") is not None and c.kind in ("NP_ROLE", "NP_UNNAMED")
                             and self.text.startswith("who ", m.start("desc")))
                if seat and c.kind == "PLACE":
                    best = (c, m.span("desc"))
                    continue
                if clause_of or seat or m and m.group("desc") and (c.kind in PERSONLIKE or (
                        c.kind == "ORG" and best[0].kind.startswith("NP_"))) and not (
                        # "The Home Secretary, Ivo Brant, said": a person's name beside a role
                        # written in capitals (no person) is the speaker, as in lower case
                        best[0].kind == "PERSON" and c.kind != "PERSON"):
                    # "Kees Mol, who mends nets in Avalon, Nordland, says": Mol, not Nordland;
                    # "Avalon Lines, a ferry firm, said": the name, not the phrase beside it.
                    best, apposed = (c, m.span("desc")), False
                elif (c.kind in ("NP_UNNAMED", "NP_ROLE") and best[0].kind == "PERSON" and best[1] is None
                      and NAME_APPOSED.fullmatch(self.text, c.end, best[0].start)
                      and (start := self.phrase_start(c.start)) is not None):
                    # "Its chief executive, Bram Okafor, said": the name speaks, the role before it describes
                    # him (the whole phrase: "Carter's press secretary", not "secretary")
                    return best[0], (start, c.end)
                continue
            if not m and APPOSED.fullmatch(self.text, c.end, cue_s) and (
                    _AFTER_COMMA.search(self.text, max(limit, c.start - 3), c.start)
                    or (c.kind == "PERSON" and NAME_APPOSED.search(self.text, max(limit, c.start - 60), c.start))):
                # "Okafor’s deputy, Tomas Brandt, told": the name is itself the apposition.
                m = APPOSED.fullmatch(self.text, c.end, cue_s)
                apposed = best is None
            # (a clause holding the gap of a lost comma ends there: "the women who spoke out on Tuesday  a
            # spokesperson for the executive told" is the spokesperson's; not a padded mention's: "with  Quill  about")
            if not m or (m.groupdict().get("rel") and not (relative and c.kind in ("NP_UNNAMED", "NP_ROLE")
                                                           and not m.group("desc") and not m.group("aside")
                                                           and _OWN_VERB.search(m.group("rel"))
                                                           and "  " not in _PADDED_IN.sub(
                                                               " ", m.group("rel").strip()))):
                continue
            if m.groupdict().get("inf") and not (c.kind in ("NP_UNNAMED", "NP_ROLE")
                                                 and _ORDINAL.search(self.text, c.start, c.end)):
                continue
            desc = m.span("desc") if m.group("desc") else None
            if m.groupdict().get("aside"):
                desc = m.span("aside")
            if c.kind == "PRON" and m.group("pp") and best is not None:
                continue  # "officials who spoke with the Courier said": the phrase before "who"
            if best is None or (c.end == best[0].end and c.start < best[0].start):
                # Same end: the longer phrase wins ("a spokesman for Ada Quill"), but not over a person
                # that only a possessor opens it before ("Florida’s Secretary of State Ken Detzner").
                best = (c, desc)
            elif (c.end == best[0].end and c.kind == "PERSON" and best[0].kind.startswith("NP_")
                  and best[0].start < c.start and _POSSESSOR_ONLY.fullmatch(self.text, best[0].start, c.start)):
                best = (c, desc)
            elif (m.group("pp") and c.end <= best[0].start and c.kind != "PRON"
                  and (not _COMMA_THEN_SPACE.search(m.group("pp")) or best[0].kind == "PLACE")
                  # but the people a share counts speak: "52 percent of registered voters say"
                  and not (m.group("pp").lstrip().startswith("of ") and best[0].kind != "PRON"
                           and _SHARE_HEAD.search(self.text, c.start, c.end)
                           and not _RELATIVE.search(self.text, c.end, best[0].start))):
                # The head of "a spokeswoman for Trump", "Ada Quill of Avalon" is the speaker
                # (of "Columbia, South Carolina" only where a place follows the comma).
                best = (c, desc)
            elif m.groupdict().get("inf") and c.end <= best[0].start:
                best = (c, desc)  # "The first woman to lead the port authority said": the woman, not the authority
            elif m.groupdict().get("rel") and c.end <= best[0].start and best[0].kind != "PRON":
                # "Police officers who had searched for Howes concluded": the officers, not the name in their clause
                best = (c, desc)
            elif m.group("desc") and best[0].start >= m.start("desc") and (not between and (
                    c.kind in PERSONLIKE and best[0].kind not in PERSONLIKE or seat) or c.kind in _WHO_HEADS
                    and self.text.startswith(("who ", "whose "), m.start("desc"))):
                # "Ada Quill, director of Avalon Lines, a ferry firm, said": the organisation is
                # inside the person's description; so is any name in a relative clause of the person's, commas
                # inside ("Ivo Brant, who lived in Tarnby from 1968, when the army came, until 1989, said")
                best = (c, desc)
            elif c.end < best[0].start:
                break
        if placed is not None and self._object_of_preposition(max(limit, best[0].start - 30), best[0].start):
            # "going to the polls on Avalon Day said": the one before "on" is itself inside a phrase, no subject
            best = placed
        if apposed and best[0].kind == "PERSON" and best[1] is None:
            # "The harbour master, Piet Marsh, said": a role no list holds, a determiner's or a possessor's phrase
            # opening the clause, describes the name set off by commas after it as a listed role does
            role = _ROLE_BEFORE_COMMA.search(self.text, max(limit, best[0].start - 80), best[0].start)
            if role and (start := self.phrase_start(role.start("head"))) is not None and _ROLE_OPENS.match(
                    self.text, start, role.start("head")):
                return best[0], (start, role.end("head"))
        if best is not None and best[0].kind in ("NP_ROLE", "NP_UNNAMED"):
            # "A spokesperson for the Avalon mayor said": the source's phrase that runs into the role's speaks (as
            # "a spokesperson for Mayor Ivo Brant" does), not the role it is for
            c = best[0]
            i = bisect_right(self.cand_ends, c.start)
            while i < len(self.cands) and self.cands[i].end < c.end:
                d = self.cands[i]
                i += 1
                if d.kind in ("NP_UNNAMED", "NP_ROLE") and limit <= d.start < c.start and (
                        m := _SOURCE_OF.fullmatch(self.text, d.start, c.start)) and not _SHARE_HEAD.search(
                        self.text, d.start, m.end("head")):
                    # (the people a share counts speak: "40 percent of Clinton voters said", as above)
                    return Candidate(d.start, c.end, d.kind), best[1]
        return best

    def right_speaker(self, pos: int, limit: int, modifiers: bool = False) -> Candidate | None:
        """The longest candidate starting at the first word after ``pos``; with ``modifiers``,
        a person may come after a few words without punctuation ("said former Gov. Jim Hodges")."""
        m = _SPACE.match(self.text, pos, limit)
        return self.speaker_at(m.end(), limit, modifiers) if m else None

    def speaker_at(self, start: int, limit: int, modifiers: bool = False) -> Candidate | None:
        """:meth:`right_speaker` from the word at ``start``."""
        i = bisect_left(self.cand_starts, (start, -1))
        best = None
        while i < len(self.cand_starts) and self.cand_starts[i][0] < start + (80 if modifiers else 1):
            c = self.cands[self.cand_starts[i][1]]
            i += 1
            if c.end > limit:
                continue
            if c.start == start and (best is None or best.start == start and c.end > best.end):
                best = c
            elif (c.start > start and c.kind != "PRON" and _PREMODS.fullmatch(self.text, start, c.start)
                  and (best is None or (best.kind not in PERSONLIKE and c.kind in PERSONLIKE)
                       # "according to United captain Sam Reed", "said Avalon councillor Ada Quill": a name
                       # right before a person its title opens (in lower case) is the person's team or place
                       or (best.kind in PERSONLIKE and c.kind == "PERSON" and self.text[c.start].islower()
                           and not self.text[best.end:c.start].strip()))):
                # "said former Gov. Jim Hodges", "said a handful of Democrats".
                best = c
        if best is not None and best.kind in PERSONLIKE and (own := _POSSESSIVE_ONLY.match(self.text, best.end, limit)):
            # "said Florida International's Fernandez": the name before the possessive is the person's school or
            # team (a person's name to the tagger); the person's name after it speaks
            after = self.speaker_at(own.end(), limit)
            best = after if after is not None and after.kind == "PERSON" else best
        return best

    # -- resolution ------------------------------------------------------------------------
    def canonical(self, name: str, at: int) -> str | None:
        """:func:`presslens.entities.canonical` of ``name`` at offset ``at`` in this article, asked
        once per (name, offset), against the article's :class:`presslens.entities.Names`, read
        once (near ``at`` only in a huge article)."""
        key = (name, at)
        if key not in self._canonical_of:
            if len(self.mention_starts) > CANONICAL_REACH:
                i = bisect_left(self.mention_starts, at)
                names = entities.Names({c: values[max(0, i - CANONICAL_NEAR):i + CANONICAL_NEAR]
                                        for c, values in self.mentions.items()})
            else:
                names = self.names()
            self._canonical_of[key] = entities.canonical(name, names, at=at)
        return self._canonical_of[key]

    def _titled(self, c: Candidate, phrase: str) -> str | None:
        """Whom the role or epithet ``c`` (its ``phrase`` without "the") names by a title (:meth:`_canonical_role`),
        else by a description (:meth:`_described_the`); in an article of items, only one named in the item holding
        ``c`` (:meth:`_named_in_item`): "The Republican presidential candidate plans …" after "Ted Cruz has taken time
        away …" in a live blog's item is not Donald Trump, so titled items before."""
        for find in (lambda: self._canonical_role(phrase, c.start), lambda: self._described_the(c, phrase)):
            if (found := find()) and self._named_in_item(found, c.end):
                return found
        return None

    def _item_start(self, pos: int) -> int:
        """Where the item of the article holding ``pos`` starts: the end of the last paragraph before ``pos`` that
        breaks the article into items (a live blog's "___", a list's number alone, as wire round-ups and lists write
        them); 0 in an article with no such break before ``pos``."""
        if self._breaks is None:
            self._breaks = [e for s, e in self.paras if _ITEM_BREAK.fullmatch(self.text, s, e)]
        i = bisect_right(self._breaks, pos) - 1
        return self._breaks[i] if i >= 0 else 0

    def _named_in_item(self, entity: str, pos: int) -> bool:
        """Whether a mention of ``entity`` starts before ``pos`` (inside a phrase ending there too: "Tennis great Billie
        Jean King") in the item holding it (:meth:`_item_start`); True in an article of no items."""
        lo = self._item_start(pos)
        return not lo or any(lo <= s < pos and e == entity
                             for s, e in zip(self.mention_starts, self.mentions.get("entity", ())))

    def _canonical_role(self, phrase: str, at: int) -> str | None:
        """:meth:`canonical` of a role's or an epithet's ``phrase`` (no "the"), but None where a phrase in small letters
        finds no one the article names as a person: "the initiative" is not the "Self-Determination Initiative" (a
        name with the phrase's own word), as a common noun stands for a person through a title only."""
        found = self.canonical(phrase, at)
        if found is None or not phrase.islower():
            return found
        return found if found in self.people() else None

    def people(self) -> set[str]:
        """The entities of the article's PERSON mentions, read once."""
        if self._people is None:
            self._people = {e for kind, e in zip(self.mentions.get("kind", ()), self.mentions.get("entity", ()))
                            if kind == "PERSON"}
        return self._people

    def names(self) -> entities.Names:
        """The article's :class:`presslens.entities.Names`, read once."""
        if self._names is None:
            self._names = entities.Names(self.mentions)
        return self._names

    def resolve(self, c: Candidate) -> tuple[str | None, str]:
        """(speaker, speaker_kind) for a candidate (:meth:`_resolve`); an organisation of a person's own
        (:data:`_PERSON_ORG`: "Farrant office", as "Farrant's office", "her office" and "the Farrant office" are all
        named, so that they count as one) read with the possessive, "Farrant's office", where the article names a
        person of that surname: the office speaks for the person, whose name it keeps."""
        name, kind = self._resolve(c)
        if kind == ORGANISATION and name and (m := _PERSON_ORG.fullmatch(name)) and m.group(1) in self.surnames():
            return f"{m.group(1)}'s {m.group(2)}", kind
        return name, kind

    def surnames(self) -> set[str]:
        """The last words of the article's PERSON entities, read once."""
        if self._surnames is None:
            self._surnames = {e.split()[-1] for e in self.people() if e and e.split()}
        return self._surnames

    def _resolve(self, c: Candidate) -> tuple[str | None, str]:
        """(speaker, speaker_kind) for a candidate."""
        text = self.text
        if c.kind in ("PERSON", "MISC"):
            return c.entity or text[c.start:c.end], NAMED
        if c.kind == "NAME":
            name = " ".join(text[c.start:c.end].split())
            return self.canonical(name, c.start) or name, NAMED
        if c.kind in ("ORG", "PLACE"):
            return c.entity or text[c.start:c.end], ORGANISATION
        if c.kind == "GROUP":
            return c.entity or text[c.start:c.end], UNNAMED
        if c.kind == "PRON":
            return self._pronoun(c)
        phrase = strip_det(text[c.start:c.end], initial=not _INSIDE_SENTENCE.search(text, max(0, c.start - 4), c.start))
        if (c.kind in ("NP_ROLE", "NP_GENERIC") or c.kind in ("NP_UNNAMED", "NP_ORG")
                and not _plural_person(_HEAD_THEN_PP.split(phrase, 1)[0])) and _BESIDE_CLOSES.match(text, c.end):
            # "Morton Blackwell, founder of the Leadership Institute, said": the name the role stands
            # beside, set off by commas on both sides (not "… to Ada Quill, analysts said"); the closing comma maybe
            # after a place ("Brian Murphy, the chairman of the Rockingham County GOP in New Hampshire, said"). So does
            # a phrase of one whose noun a source's or an organisation's list holds ("Tomas Brandt, publisher of Harbour
            # Beer Weekly, a trade newsletter, said", "Ada Quill, chief executive officer of Avalon Jets, a charter
            # broker, said": WSJ, NYT), not of several ("Ada Quill, two officers, …").
            beside = self._nearest_before(c.start, 40, lambda d: d.kind == "PERSON" and bool(d.entity)
                                          and _BESIDE.fullmatch(text, d.end, c.start) is not None)
            if beside is not None:
                return beside.entity, NAMED
        if c.kind == "NP_ROLE" and _THE.match(text, c.start, c.end) and (said := self._colon_quoter(c.start)):
            # "Cruz defends his bona fides in a commercial: “…,” the senator says": the sentence's subject, whose
            # words the colon opens, not another the title names ("Sen. John McCain", met before)
            return said, NAMED
        if c.kind == "NP_ROLE":
            found = self._titled(c, phrase)
            # (the office's noun before a phrase after it: "ambassador" of "Iraqi ambassador to Greece")
            if not found and (phrase.rsplit(None, 1)[-1].lower() in _UNNAMED_OFFICES
                              or _HEAD_THEN_PP.split(phrase, 1)[0].rsplit(None, 1)[-1].lower() in _UNNAMED_OFFICES
                              or _GENERAL_OFFICE.search(phrase)):
                # "The judge told the court": an office the article names no one to, not the last
                # person named (a judge is seldom another name for someone already met); but the one person it names
                # so further on ("since the judge first ruled …. U.S. District Judge Ada Quill ruled in December")
                later = self.described(phrase, c.start, until=len(text)) if _THE.match(text, c.start, c.end) else None
                return (later, NAMED) if later else (phrase, UNNAMED)
            if not found and _THE.match(text, c.start, c.end):
                found = self._role_stands_for(c.start, None, role=True)
            if (not found and _A_NEW_ONE.match(text, c.start, c.end) and not _WHO_NEXT.match(text, c.end)
                    and self._nearest_before(c.start, 40, lambda d: d.kind in PERSONLIKE and _COMMA_OR_SPACE.fullmatch(
                        text, d.end, c.start) is not None) is None):
                # "“…,” says one fund boss", "a senior minister said" (The Economist's and British papers' style): one
                # holder of the role the article does not name, as "one banker" is; not a name's description ("Kim
                # Sung-han, a former minister, said"), nor a relative clause's ("a candidate who has called for")
                return phrase, UNNAMED
            if found and self._of_another_nation(phrase, found):
                # "Iraq's president Saddam Hussein …. The Russian foreign minister, meanwhile, said": no one named
                found = None
            if found and re.search(rf"(?<!\w){re.escape(found)}(?!\w)", phrase):
                # "the chairman of the Democratic National Committee called on him": the body the role names is not
                # the one who holds it (a body's name read as a person's: "Democratic National Committee")
                found = None
            return (found, NAMED) if found else (None, UNRESOLVED)
        if c.kind == "NP_GENERIC":
            if age := _AGE_EPITHET.match(text, c.start, c.end):
                # by the age written after a name, else the person named as the subject of the sentence before
                # ("Northport boss Tom Becker was less happy. “…,” said the 52-year-old."), else the one quoted in
                # the paragraph before; not the last person named, as often someone else ("…, said the 46-year-old"
                # after "Paul Ryan" in a story about Melania Trump)
                found = (self._aged(age.group(1), c.start) or self._subject_before(c.start)
                         or self._speaker_of_paragraph_before(c.start))
                return (found, NAMED) if found else (None, UNRESOLVED)
            if _THE.match(text, c.start, c.end) and phrase.lower() in ("latter", "former"):
                # "Both Judd and Sorvino thanked Jackson …. The latter explained": the second of the pair named
                found = self._one_of_pair(c.start, phrase.lower() == "latter")
                return (found, NAMED) if found else (None, UNRESOLVED)
            if _DEFINITE.match(text, c.start, c.end):
                found = self._titled(c, phrase)
                if not found and _demonym_epithet(phrase):
                    # "“…,” the Dane fumed", "said the Spaniard": the person met before, as a role names one
                    found = self._role_stands_for(c.start, None)
                if not found and _plural_person(phrase):
                    return phrase, UNNAMED  # "the authors wrote": several people, none named
                if not found and _THE.match(text, c.start, c.end):
                    # (the noun before a phrase after it: "nominee" of "Republican presidential nominee for the Nov.
                    # 8 election")
                    noun = _OFFICE_SUFFIX.sub("", _HEAD_THEN_PP.split(phrase, 1)[0])
                    head = noun.rsplit(None, 1)[-1]
                    if head.lower() in _UNNAMED_OFFICES:
                        # "“…,” the moderator said": an office no one the article names holds (canonical), as
                        # for a listed role above, not the person the one holding it asks
                        return phrase, UNNAMED
                    if (gender := role_title(head)) is not None:
                        # "“…,” the captain added", "the priest said", "the nominee-in-waiting will": a role of a
                        # person's title (or of one to come) that no list of roles knows stands, as a role does, for
                        # the subject before it (of the title's gender, if any)
                        found = self._role_stands_for(c.start, gender or None, role=True)
                    elif (gender := _epithet_gender(noun)) is not None:
                        # "“…,” Ben Carson said Monday. “…,” the retired neurosurgeon told …": an epithet of fame,
                        # fortune, trade or creed stands, as a he/she does, for the person just met, not for the
                        # article's main person
                        found = self._role_stands_for(c.start, gender or None, pronoun=True)
                if found and self._of_another_nation(phrase, found):
                    found = None  # "the Spaniard" is no one the article tells is French
                return (found, NAMED) if found else (None, UNRESOLVED)
            return phrase, UNNAMED
        if c.kind == "NP_ORG":
            found = self.canonical(phrase, c.start)
            if found and (not self._named_before(found, c.end) or found in self.genders):
                # "The bank said …" is no bank the article names only further on ("… at Holt Bank"); "Speaker Ada
                # Quill’s office" is her office, not the person (a key of genders), as "Quill’s office" is
                found = None
            return found or self._organisation(phrase, c), ORGANISATION
        if c.kind == "NP_UNNAMED" and phrase.lower() == "another" and not _CAPITAL_NEXT.match(text, c.end) and (
                one := self._nearest_before(c.start, _ANOTHER_REACH, lambda d: d.kind == "NP_UNNAMED" and bool(
                    _A_NEW_ONE.match(text, d.start)) and " of " not in text[d.start:d.end]
                    and text[d.start:d.end].rsplit(None, 1)[-1].lower() not in DOCUMENTS
                    and not _SHARE_HEAD.search(text, d.start, d.end)
                    and not _AFTER_COMMA.search(text, max(0, d.start - 3), d.start))) is not None and (
                (named := self.resolve(one))[1] == UNNAMED):
            # "“…,” one fan tweeted. Another posted on TikTok: “…”": another of those the phrase before named (not of a
            # document: "One report says …, while another says"; nor of a part, "One of the officials", nor of one
            # described, "said one, a mother of three"; nor of a share, "a 40 percent discount"; nor "another" before a
            # name: "said another Twitter user, …")
            return named
        if c.kind == "NP_UNNAMED" and self._one_by_demonym(c):
            # "Speaker Ada Quill says … The Avalon Republican says", "“…,” the Republican said": the person met before,
            # as for "the Dane", not a new unnamed source ("a Republican said")
            found = self._role_stands_for(c.start, None)
            if found and self._of_another_nation(phrase, found):
                found = None  # "the Iraqi said" is no one the article tells is Kuwaiti
            return (found, NAMED) if found else (phrase, UNNAMED)
        if c.kind == "NP_UNNAMED" and (owner := _OWNER.match(text, c.start, c.end)):
            # "Sanders's campaign manager said", "his brother added", "the congressman's spokesman": the one person
            # the article describes as that owner's ("Sanders's campaign manager, Jeff Weaver", "his brother
            # Alastair Osman"); a named owner's anywhere in the article; a "the …'s" one's before it, and a "his"
            # or "her" one's before it in its paragraph (a friend of the person met before, not of one met long
            # before), by a description naming no other owner
            if owner.group("the"):
                found = self.described(phrase, c.start, unowned=True)
            elif owner.group("pron"):
                found = self.described(phrase, c.start, since=self.para_span(c.start)[0], unowned=True)
            else:  # (by the surname: "Ada Quill's campaign manager" is "Quill's campaign manager, Bo Tarn")
                found = self.described(text[owner.start("name"):c.end], c.start, until=len(text))
            if not found and (gender := kin_gender(phrase.rsplit(None, 1)[-1])) and not owner.group("the") and (
                    whose := self.antecedent(c.start, entities.pronoun_gender(owner.group("pron")), pronoun=True)
                    if owner.group("pron") else self.canonical(
                        _POSSESSIVE_END.sub("", text[owner.start():owner.end("name")]), c.start)):
                # "Former President Bill Clinton celebrated …. If Hillary Clinton is elected, her husband would be",
                # "Donald Trump's eldest daughter is writing a book": kin who mostly bear the owner's surname, the one
                # person the article names by it of the kin's gender
                found = self._kin(whose, gender)
            if found:
                return found, NAMED
        if (c.kind == "NP_UNNAMED" and _THE.match(text, c.start, c.end) and _singular_person(phrase)
                and not _POSSESSIVE_AFTER.search(phrase) and (noun := phrase.rsplit(None, 1)[-1]).islower()
                and _person_title(noun)
                and (found := self._titled(c, phrase))):
            # "“…,” columnist Ai Jun wrote …. But Trump has one thing in common with Chinese people, the columnist
            # suggested": the one person the article titled or described so before, as for a role, not an unnamed
            # source; by a noun of a person's title or kin ("the CBS poll" is no one's, "the official" seldom one
            # named), in lower case ("The Hollywood Reporter" is a paper), not one an owner's phrase holds ("the
            # assistant police chief's attorney", read above)
            return found, NAMED
        if (c.kind == "NP_UNNAMED" and _THE.match(text, c.start, c.end) and _singular_person(phrase)
                and self._nearest_before(c.start, c.start - self.sentence(c.start)[0],
                                         lambda d: d.kind == "PERSON") is None
                and (said := self._spoke_before(c.start, _noun_gender(phrase)))):
            # "“…,” Perry said. ¶ The Air Force veteran also believes …", "“…,” Reid said in an interview Tuesday.
            # Reflecting on …, the Senate Democratic leader said": the one who spoke goes on, described, not a new
            # unnamed source (as a he/she after such a sentence stands for the one who spoke); not where its own
            # sentence names someone before it ("when the AP asked Bennett …, the campaign manager said")
            return said, NAMED
        if (c.kind == "NP_UNNAMED" and _THE.match(text, c.start, c.end) and " " not in phrase
                and _singular_person(phrase) and (first := self._nearest_before(
                    c.start, c.start - self._sentence_before(self.sentence(c.start)[0])[0], lambda d: (
                        d.kind == "NP_UNNAMED" and bool(_A_NEW_ONE.match(text, d.start))
                        and (head := _HEAD_THEN_PP.split(strip_det(text[d.start:d.end]), 1)[0]).rsplit(None, 1)[-1]
                        .lower() == phrase.lower()
                        and not _ARTICLE_WORD.search(head)
                        and (" " in head or _HEAD_THEN_PP.search(text, d.start, d.end) is not None)))) is not None):
            # "A spokesperson for the Baltic Shippers' Council welcomed …. “…,” the spokesperson said", "A senior
            # defence official, who briefed reporters …, said …. The official said": the one the indefinite phrase
            # before introduced, with the body it is of or the words before its noun
            return self.resolve(first)
        if c.kind == "NP_UNNAMED" and (one := self._one_named_after(c)):
            # "One of the first people to let the world know it was a false alarm was Councilwoman Ada Quill": the one
            # of them the sentence is about, named after its copula, not an unnamed source
            return one, NAMED
        return self._author(c, phrase) or (phrase, UNNAMED)

    def _one_named_after(self, c: Candidate) -> str | None:
        """The person the sentence opened by ``c``, "One of the …" with a clause on its noun, names after its copula
        ("One of the women who shared a story … is Mira Dalton, an actress"): the one of several the sentence is
        about (a person's mention right after "is"/"was" and a title's capitalised words, then the sentence's end,
        a comma or a clause of time or of the person); None otherwise, as where the name is inside the words
        reported and a verb goes on from it ("One of the officials who said the driver was Bo Tarn has resigned")."""
        text = self.text
        sent_s, sent_e, _ = self.sentence(c.start)
        if (text[sent_s:c.start].strip(" \t\n“\"") or not _ONE_OF_CLAUSE.fullmatch(text, c.start, c.end)
                or not _CLAUSE_ON_NOUN.match(text, c.end, sent_e)):
            return None
        for copula in _COPULA.finditer(text, c.end, sent_e):
            i = bisect_left(self.cand_starts, (copula.end(), -1))
            while i < len(self.cand_starts) and self.cand_starts[i][0] <= copula.end() + 60:
                d = self.cands[self.cand_starts[i][1]]
                i += 1
                if (d.kind == "PERSON" and d.entity and d.end <= sent_e
                        and _TITLE_WORDS.fullmatch(text, copula.end(), d.start) and _NAME_CLOSES.match(text, d.end)):
                    return d.entity
        return None

    def _colon_quoter(self, pos: int) -> str | None:
        """The person whose words a quotation closing right before ``pos`` is, where a colon after the person, the
        subject of its sentence, opens it and no one else is named between them ("Cruz defends his bona fides in a
        commercial: “…,” (pos)"); else None."""
        qi = bisect_right(self.q_closes, pos) - 1
        if qi < 0 or self.text[self.q_closes[qi]:pos].strip():
            return None
        sent_s, _, _ = self.sentence(pos)
        q_s = self.q_opens[qi]
        if q_s <= sent_s or not _COLON_BEFORE.search(self.text, sent_s, q_s):
            return None
        subj = self.subject(sent_s, q_s, possessed=False, person_first=True)
        if subj is None or subj.kind != "PERSON" or not subj.entity or _POSSESSIVE_AFTER.match(self.text, subj.end):
            return None
        other = self._nearest_before(q_s, q_s - subj.end, lambda d: d.kind == "PERSON" and d.start >= subj.end)
        return subj.entity if other is None else None

    def _one_by_demonym(self, c: Candidate) -> bool:
        """Whether ``c`` is one person met before, named by nation, party or faith after "the"
        (:func:`_demonym_epithet`: "the Avalon Republican"), with no noun after it ("the Republican presidential
        hopefuls" are several)."""
        return (_THE.match(self.text, c.start, c.end) is not None and _demonym_epithet(strip_det(
            self.text[c.start:c.end])) and not _NOUN_AFTER_NAME.match(self.text, c.end))

    def described(self, phrase: str, pos: int, *, since: int = 0, until: int | None = None,
                  unowned: bool = False) -> str | None:
        """The one person the article described before ``pos`` with the head of the epithet ``phrase`` ("former
        governor" after "Ada Quill, a former governor of Avalon,"; "harbour master" after "harbour master Ada
        Quill"; "Saudi king" after "King Salman"). Of several so described, the one whose description holds most
        of the epithet's other words; where that leaves more than one, the description names a kind of person, not
        one ("Republican presidential candidate Marco Rubio … candidate Donald Trump"), and only the epithet's
        :meth:`antecedent` among them is taken. A former holder is no present one, nor the reverse. None where no
        one fits. ``since``, ``until``: described from ``since`` on and before ``until`` (``pos`` unless told);
        ``unowned``: only by a description that writes no word with a capital (no owner of its own: "his brother
        Tom Becker", not "Quill spokesman Bo Tarn")."""
        epithet = _description_words(phrase)
        if epithet is None:
            return None
        if self._descriptions is None:
            self._descriptions = self._index_descriptions()
        others = epithet.words - {epithet.head}
        fits: dict[str, int] = {}  # person -> the most of the epithet's other words one description holds
        for at, entity, d in self._descriptions.get(epithet.head, ()):
            if (since <= at < (pos if until is None else until) and not (unowned and d.proper)
                    and (epithet.former is None or d.former is None or d.former == epithet.former)
                    # a place or a party the epithet names is in the description ("the Florida senator" is not
                    # "Sanders, the senator from Vermont" nor "Sen. Joni Ernst")
                    and epithet.proper <= d.words):
                fits[entity] = max(fits.get(entity, 0), len(others & d.words))
        if not fits:
            return None
        most = max(fits.values())
        tied = [entity for entity, n in fits.items() if n == most]
        if len(tied) == 1:
            return tied[0]
        near = self.antecedent(pos, None)
        return near if near in tied else None

    def _described_the(self, c: Candidate, phrase: str) -> str | None:
        """:meth:`described` for a phrase opening with "the" (one already met); None for any other ("a federal judge"
        is someone new)."""
        return self.described(phrase, c.start) if _THE.match(self.text, c.start, c.end) else None

    def _index_descriptions(self) -> dict[str, list[tuple[int, str, _Words]]]:
        """Every description of a person outside quotation marks, by the word of its head: (where, whom, its words).
        A description is set off by commas beside the name or written before it (:data:`_DESC_AFTER`,
        :data:`_DESC_BEFORE`), or is the title of the person's mention ("Gov." read as "governor")."""
        text, found = self.text, {}
        described = [(s, ent, title) for s, title, _, ent in self.names().titles]
        for s, e, kind, ent in zip(self.mention_starts, self.mentions.get("end", ()), self.mentions.get("kind", ()),
                                   self.mentions.get("entity", ())):
            if kind != "PERSON" or not isinstance(ent, str):
                continue
            if after := _DESC_AFTER.match(text, e):
                described.append((s, ent, after.group("desc")))
            if _described_before(text, s) and (before := _DESC_BEFORE.search(
                    text, runs_back(text, max(0, s - 80), s, _DESC_BEFORE_RUNS), s)):
                described.append((s, ent, before.group("desc")))
        for s, ent, phrase in described:
            if not self.in_quote(s) and (words := _description_words(phrase)) is not None:
                found.setdefault(words.head, []).append((s, ent, words))
        return found

    def _of_another_nation(self, phrase: str, entity: str) -> bool:
        """Whether the role ``phrase`` names a nation ("Russian foreign minister") and the article gives the person
        ``entity`` other nations only, by a title ("U.S. President Ben Corder"), a description set off after the
        name ("Ada Quill, the French ambassador,") or a nation's possessive before it ("Iraq's president Saddam
        Hussein"), outside quotation marks: the role is someone else."""
        words = _description_words(phrase)
        if words is None or not (named := _nations(words.words)):
            return False
        if self._nations_of is None:
            self._nations_of = {}
            text, given = self.text, []
            given += [(s, ent, title) for s, title, _, ent in self.names().titles]
            for s, e, kind, ent in zip(self.mention_starts, self.mentions.get("end", ()),
                                       self.mentions.get("kind", ()), self.mentions.get("entity", ())):
                if kind == "PERSON" and isinstance(ent, str):
                    if after := _DESC_AFTER.match(text, e):
                        given.append((s, ent, after.group("desc")))
                    if owner := _NATION_OWNER.search(text, max(0, s - 60), s):
                        given.append((s, ent, owner.group(1)))
            for s, ent, phrase_given in given:
                if not self.in_quote(s) and (d := _description_words(phrase_given)) is not None:
                    self._nations_of.setdefault(ent, set()).update(_nations(d.words))
        nations = self._nations_of.get(entity)
        return bool(nations) and not named & nations

    def named_in_clause(self, entity: str, lo: int) -> bool:
        """Whether a mention of the person ``entity`` starts after ``lo`` in the clause holding it, before a clause mark
        (a comma, a semicolon, a colon, a dash, a bracket) or its sentence's end, outside quotation marks: "He also
        noted … that Mr. Steele was" names Steele in the clause of "noted"."""
        end = self.sentence(lo)[1]
        stop = _CLAUSE_MARK.search(self.text, lo, end)
        hi = stop.start() if stop else end
        i = bisect_left(self.mention_starts, lo)
        while i < len(self.mention_starts) and self.mention_starts[i] < hi:
            s = self.mention_starts[i]
            if (self.mentions["entity"][i] == entity and not self.in_quote(s)
                    and not _DET_RIGHT_BEFORE.search(self.text, max(0, s - 5), s)):
                return True
            i += 1
        return False

    def _named_before(self, entity: str, pos: int) -> bool:
        """Whether a mention of ``entity`` starts before ``pos`` (inside a phrase ending there too: "the
        Department")."""
        if self._first_named is None:  # (read once: an article may have thousands of mentions and of phrases)
            self._first_named = {}
            for s, e in zip(self.mention_starts, self.mentions.get("entity", ())):
                if s < self._first_named.get(e, s + 1):
                    self._first_named[e] = s
        return self._first_named.get(entity, pos) < pos

    def _author(self, c: Candidate, phrase: str) -> tuple[str | None, str] | None:
        """Who a document speaks for: the one name in "Ada Quill’s statement", "a statement from Ada Quill",
        "a letter by the Avalon Port Authority" (a person or an organisation the entity finder knows); the one a
        he or she stands for in "his statement", "her public statement"; the subject of a verb of
        quotes_issuing_verbs.txt whose object it is ("Tarn gave a statement to the Gazette saying …"); None for
        any other phrase."""
        text = self.text
        if (own := _PRONOUN_DOCUMENT.fullmatch(text, c.start, c.end)) and own.group("doc").lower() in DOCUMENTS:
            found = self.antecedent(c.start, entities.pronoun_gender(own.group("pron")), pronoun=True)
            return (found, NAMED) if found else None
        if ((issued := _ISSUED_DOCUMENT.fullmatch(text, c.start, c.end)) and issued.group("doc").lower() in DOCUMENTS
                and (verb := _ISSUED_BY.search(text, max(0, c.start - 12), c.start))):
            by = self._nearest_before(verb.start(), 60, lambda d: d.kind in ("PERSON", "ORG", "PRON")
                                      and _ISSUER_GAP.fullmatch(text, d.end, verb.start()) is not None)
            return self.resolve(by) if by is not None else None
        words = _DOCUMENT_OF.match(phrase)
        if words is None or (words.group("doc") or words.group("doc2")).lower() not in DOCUMENTS:
            return None
        i = bisect_left(self.cand_starts, (c.start, -1))
        named = []
        while i < len(self.cand_starts) and self.cand_starts[i][0] < c.end:
            d = self.cands[self.cand_starts[i][1]]
            i += 1
            if d.kind in ("PERSON", "ORG") and d.end <= c.end and (d.start, d.end) != (c.start, c.end):
                named.append(d)
        return self.resolve(named[0]) if len({(d.start, d.end) for d in named}) == 1 else None

    def _kin(self, entity: str, gender: str) -> str | None:
        """The one person other than ``entity`` whom the article names with ``entity``'s surname and gives ``gender``
        ("Bill Clinton" for "her husband" of Hillary Clinton), None where it names no one or several (the sons of
        Donald Trump: Donald Trump Jr., Eric Trump)."""
        family = surname(entity)
        found = {e for e in self.people() if isinstance(e, str) and e != entity and len(e.split()) > 1
                 and surname(e) == family and self.genders.get(e) == gender}
        return found.pop() if len(found) == 1 else None

    def _nearest_before(self, pos: int, reach: int, test: Callable[[Candidate], bool]) -> Candidate | None:
        """The candidate ending nearest before ``pos`` that passes ``test``, looked for back to ``reach`` characters
        before ``pos`` only, so that an article of many look-ups is read in linear time; None where none does."""
        i = bisect_right(self.cand_ends, pos) - 1
        while i >= 0 and self.cands[i].end > pos - reach:
            if test(self.cands[i]):
                return self.cands[i]
            i -= 1
        return None

    def _aged(self, age: str, pos: int) -> str | None:
        """The person named before ``pos`` with their age ``age`` after the name ("Kees Mol, 19,"),
        the nearest first: whom "the 19-year-old" stands for. Looked for within :data:`_AGE_REACH`
        characters, so that an article of many such phrases is read in linear time."""
        def aged(d: Candidate) -> bool:
            return d.kind == "PERSON" and bool(d.entity) and (m := _AGE_AFTER.match(self.text, d.end)) is not None \
                and m.group(1) == age

        found = self._nearest_before(pos, _AGE_REACH, aged)
        return found.entity if found is not None else None

    def _group_subject_before(self, pos: int) -> Candidate | None:
        """The people an unnamed source's plural noun or a group names as the subject of the sentence before the one
        holding ``pos``, where "they" opens the clause of that sentence (_CLAUSE_OPENING: "Dozens of parents gathered
        outside the school. They said …" is the parents, not the school named nearer; "Prosecutors have told Mr.
        Antar's attorneys that …. Therefore, they said, …" the prosecutors, not the attorneys); None where its subject
        is anything else."""
        subj = self._opening_clause_subject_before(pos)
        return subj if subj is not None and self._plural_group(subj) else None

    def _plural_group(self, c: Candidate) -> bool:
        """Whether ``c`` is a group or an unnamed source's plural noun ("Dozens of parents", "officials", "Elected
        officials in Port Varen": the noun before where they are, _PLACE_OF_PEOPLE)."""
        return c.kind == "GROUP" or c.kind == "NP_UNNAMED" and _plural_person(_PLACE_OF_PEOPLE.split(
            strip_det(self.text[c.start:c.end]).split(" of ")[-1])[0])

    def _group_subject_joined(self, pos: int) -> Candidate | None:
        """The people an unnamed source's plural noun or a group names as the subject of the sentence holding ``pos``,
        where "they" at ``pos`` opens a clause joined to the first by ", and" or ", but" (_JOINED_CLAUSE: "Elected
        officials warned immigration officers that police would not help, and they said …" is the elected officials,
        not the police named nearer); None where its subject is anything else."""
        sent_s, _, _ = self.sentence(pos)
        if not _JOINED_CLAUSE.search(self.text, max(sent_s, pos - 8), pos):
            return None
        subj = self.subject(sent_s, pos, earliest=True)
        return subj if subj is not None and self._plural_group(subj) else None

    def _place_subject_before(self, pos: int) -> Candidate | None:
        """The country or place, or the document, the sentence before the one holding ``pos`` has as its subject,
        where "it" at ``pos`` opens its clause (_CLAUSE_OPENING): a country speaks as an organisation does ("Iraq said
        it invaded Kuwait because of disputes over oil. It accused Kuwait of …" is Iraq, not an organisation named
        before), and a document goes on speaking ("The memo also reveals that …. It further describes …", "The report
        said …. It found …" is the memo, the report, not the organisation named in it; "The memo says …. “…,” it
        reads", the "it" after a quotation opening its sentence, too); else None."""
        subj = self._opening_clause_subject_before(pos, after_quote=True)
        return subj if subj is not None and (subj.kind == "PLACE" or self.names_document(subj)) else None

    def _opening_clause_subject_before(self, pos: int, after_quote: bool = False) -> Candidate | None:
        """The subject (its earliest candidate) of the sentence before the one holding ``pos``, where ``pos`` opens
        the clause of its sentence (_CLAUSE_OPENING), or with ``after_quote`` follows a quotation that opens it
        (_OPENING_QUOTE); None otherwise: what :meth:`_group_subject_before` and :meth:`_place_subject_before`
        choose from."""
        sent_s, _, _ = self.sentence(pos)
        if sent_s == 0 or not (_CLAUSE_OPENING.fullmatch(self.text, sent_s, pos)
                               or after_quote and _OPENING_QUOTE.fullmatch(self.text, sent_s, pos)):
            return None
        return self.subject(self.sentence(sent_s - 1)[0], sent_s, earliest=True)

    def subject_before(self, pos: int, set_in: bool = False) -> Candidate | None:
        """The subject (its earliest candidate) of the sentence before the one holding ``pos``, where ``pos`` opens
        the clause of its sentence (_CLAUSE_OPENING), follows a quotation that opens it (_OPENING_QUOTE), or, with
        ``set_in``, stands in a frame set in after words of its sentence ("…, they said"); None otherwise: whom a
        "they" there may stand for as a whole ("Unions and churches condemned the law. They said …")."""
        sent_s, _, _ = self.sentence(pos)
        if sent_s == 0 or not (set_in or _CLAUSE_OPENING.fullmatch(self.text, sent_s, pos)
                               or _OPENING_QUOTE.fullmatch(self.text, sent_s, pos)):
            return None
        return self.subject(self.sentence(sent_s - 1)[0], sent_s, pronouns=True, earliest=True)

    def _joint_subject_before(self, pos: int) -> str | None:
        """Two people named together as the subject of the sentence before the one holding ``pos``, where "they" at
        ``pos`` opens its sentence or follows a quotation that opens it ("Ines Dorn and Piet Marsh issued a statement.
        “…,” they said."), joined as a joint speaker's names are ("Ines Dorn and Piet Marsh"); else None."""
        sent_s, _, _ = self.sentence(pos)
        if sent_s == 0 or not _OPENING_QUOTE.fullmatch(self.text, sent_s, pos):
            return None
        prev_s = self.sentence(sent_s - 1)[0]
        first = self.subject(prev_s, sent_s, possessed=False)
        if first is None or first.kind != "PERSON" or not first.entity:
            return None
        i = bisect_left(self.cand_starts, (first.end, -1))
        if i >= len(self.cand_starts):
            return None
        second = self.cands[self.cand_starts[i][1]]
        if not _JOINT_GAP.fullmatch(self.text, first.end, second.start):
            return None
        if second.kind != "PERSON" or not second.entity or second.entity == first.entity:
            return None
        return f"{first.entity} and {second.entity}"

    def _one_of_pair(self, pos: int, latter: bool) -> str | None:
        """Whom "the latter" (``latter``) or "the former" at ``pos`` stands for: the second or the first of the last two
        people named together ("Judd and Sorvino") in its own sentence before it, else in the sentence before; None
        where neither names such a pair."""
        sent_s, _, _ = self.sentence(pos)
        prev_s = self._sentence_before(sent_s)[0] if sent_s else sent_s
        for lo, hi in ((sent_s, pos), (prev_s, sent_s)):
            i = bisect_left(self.cand_starts, (lo, -1))
            people = []
            while i < len(self.cand_starts) and self.cand_starts[i][0] < hi:
                c = self.cands[self.cand_starts[i][1]]
                i += 1
                if c.kind == "PERSON" and c.entity and c.end <= hi and not self.in_quote(c.start):
                    people.append(c)
            pairs = [(a, b) for a, b in zip(people, people[1:])
                     if a.entity != b.entity and _JOINT_GAP.fullmatch(self.text, a.end, b.start)]
            if pairs:
                return pairs[-1][1 if latter else 0].entity
        return None

    def _subject_before(self, pos: int) -> str | None:
        """The person named as the subject of the sentence before the one holding ``pos``, in the same
        paragraph (not a photo's credit line before it: "Neilson Barnard via Getty Images.")."""
        sent_s, _, _ = self.sentence(pos)
        prev_s = self.sentence(sent_s - 1)[0] if sent_s > 0 else sent_s
        if prev_s == sent_s or self.para(prev_s) != self.para(pos):
            return None
        subj = self.subject(prev_s, sent_s, possessed=False, person_first=True)
        return subj.entity if subj is not None and subj.kind == "PERSON" else None

    def _speaker_of_paragraph_before(self, pos: int) -> str | None:
        """The named speaker recorded last before ``pos`` where that one spoke in the paragraph right before the
        one holding ``pos`` (or right before paragraphs that are each one quotation and nothing else, its words going
        on), and a quotation opening ``pos``'s paragraph closes before it, or a question put to the one who answers
        opens it: the one who goes on speaking across the break, as sports and British copy write it ("Kettleby
        said: “…” ¶ “…,” the 52-year-old added.", "“…,” the Portuguese said. ¶ “…” ¶ Asked whether he feared for his
        job, the 52-year-old replied: “…”"); None otherwise (a paragraph between, or a paragraph before that quotes
        no one: "… the former model delivered a defense … ¶ “…,” said the 46-year-old" is no one the article
        quoted)."""
        i = bisect_left(self.spoken, (pos, ""))
        para = self.para(pos)
        if not i or para == 0:
            return None
        back, said = para - 1, self.para(self.spoken[i - 1][0])
        while back > said and _WHOLLY_QUOTED.fullmatch(self.text, *self.paras[back]):
            back -= 1  # (a paragraph that is only the quotation going on: "¶ “I take responsibility. …” ¶")
        qi = bisect_right(self.q_closes, pos) - 1
        p_s = self.para_starts[para]
        opens = (qi >= 0 and self.q_opens[qi] >= p_s and not self.text[p_s:self.q_opens[qi]].strip()
                 or _ASKED_OPENING.fullmatch(self.text, p_s, pos) is not None)
        return self.spoken[i - 1][1] if said == back and opens else None

    def _role_stands_for(self, pos: int, gender: str | None, **how: bool) -> str | None:
        """Whom a role or an epithet at ``pos`` stands for: the one other person its sentence names beside a person
        subject (:meth:`_other_than_subject`), else its antecedent, looked for ``how`` :meth:`antecedent` says."""
        return self._other_than_subject(pos, gender) or self.antecedent(pos, gender, **how)

    def _other_than_subject(self, pos: int, gender: str | None) -> str | None:
        """Whom a role or an epithet at ``pos`` ("the front-runner") stands for where a person is the subject of its
        sentence before it: the one other person the sentence names between them, in no subject's place (each
        mention followed by a clause mark, a possessive, a preposition or a conjunction: _NOT_SUBJECT_AFTER), of a
        gender that fits ``gender``. Within a sentence a writer names its subject again with a pronoun, not a role
        ("Mr. Becker took on Ada Quill on Sunday after the front-runner had said": Quill; "Becker leads Quill, but
        the socialist has vowed": Quill). None where the subject is no person (nor a possessor: "Becker’s decision
        came after the host promised" may be his), or where no one else, or more than one, fits; a person also named
        as the subject of a clause of their own there is no one else ("Becker said …, but Quill revealed the coach had
        predicted": the coach is Becker), nor is one named again after the role in its sentence ("Becker attacked
        Quill in the debate, and the governor tripped up Quill": the governor is Becker, as no one trips up himself
        by name)."""
        sent_s, sent_e, _ = self.sentence(pos)
        subj = self.subject(sent_s, pos, possessed=False, person_first=True)
        if (subj is None or subj.kind != "PERSON" or not subj.entity
                or _POSSESSIVE_AFTER.match(self.text, subj.end)):
            return None
        others, subjects = set(), {subj.entity}
        i = bisect_left(self.cand_starts, (max(subj.end, pos - SENTENCE_REACH), -1))
        while i < len(self.cand_starts) and self.cand_starts[i][0] < pos:
            c = self.cands[self.cand_starts[i][1]]
            i += 1
            if (c.end > pos or c.kind != "PERSON" or not c.entity or self.in_quote(c.start)
                    or gender and self.genders.get(c.entity) not in (None, gender)):
                continue
            (others if _NOT_SUBJECT_AFTER.match(self.text, c.end) else subjects).add(c.entity)
        others -= subjects
        while others and i < len(self.cand_starts) and self.cand_starts[i][0] < sent_e:
            c = self.cands[self.cand_starts[i][1]]
            i += 1
            if (c.start >= pos and c.kind == "PERSON" and not self.in_quote(c.start)
                    and not _POSSESSIVE_AFTER.match(self.text, c.end)):
                others.discard(c.entity)
        return others.pop() if len(others) == 1 else None

    def _last_speaker(self, pos: int, gender: str | None) -> str | None:
        """The named speaker recorded last before ``pos`` (in the 3,000 characters before it, and in its item of a live
        blog or a list: :meth:`_item_start`), of a gender that fits ``gender``; None where there is none."""
        i = bisect_left(self.spoken, (pos, ""))
        lo = max(pos - 3000, self._item_start(pos))
        while i > 0:
            i -= 1
            at, entity = self.spoken[i]
            if at < lo:
                break
            if gender is None or self.genders.get(entity) in (None, gender):
                return entity
        return None

    def _introduced(self, entity: str, lo: int, hi: int) -> bool:
        """Whether the person ``entity`` is first named between ``lo`` and ``hi``, described there in an apposition
        after the name ("Wes Nakagiri, a delegate from Michigan who …")."""
        if self._named_before(entity, lo):
            return False
        i = bisect_left(self.cand_starts, (lo, -1))
        while i < len(self.cand_starts) and self.cand_starts[i][0] < hi:
            c = self.cands[self.cand_starts[i][1]]
            i += 1
            if c.kind == "PERSON" and c.entity == entity and _DESCRIBED_AFTER.match(self.text, c.end):
                return True
        return False

    def _joined_subject(self, entity: str, lo: int, hi: int) -> bool:
        """Whether the person ``entity`` is the subject of a clause that the sentence between ``lo`` and ``hi`` joins to
        its first ("Some members of Congress have backed free trade, but Representative Brooks, who …, doesn't mince
        words"): its name opens the clause and its verb follows. A he/she after such a sentence goes on from that one
        (centering: a pronoun subject continues the subject before it), not from one the sentence names as an object
        ("…, forcing Sanders to reverse") or in a list."""
        for m in _CLAUSE_JOIN.finditer(self.text, lo, hi):
            c = self.subject(m.end(), hi, person_first=True)
            if c is not None and c.kind == "PERSON" and c.entity == entity and _VERB_AFTER_NAME.match(self.text, c.end):
                return True
        return False

    def _no_one_of(self, c: Candidate, gender: str | None) -> bool:
        """Whether the subject ``c`` of a sentence is no one a he/she of ``gender`` after it stands for: a group, an
        organisation or a place ("Democrats", "the party", "Iowa"), "it" or "they", several people ("the two
        senators", "Some very conservative members of Congress": the noun before a phrase after it), a person the
        article gives the other gender or a noun of one ("The wife of a … official" for a he), or a lone singular
        noun of a person in lower case, which opens no sentence without a determiner and is a phrase the subject's
        search met too far in ("there are times when Santilli plays the eager, hired public information officer":
        "officer")."""
        if c.kind in ("GROUP", "ORG", "NP_ORG", "PLACE"):
            return True
        if c.kind == "PRON":
            return self.text[c.start:c.end].lower() in ("it", "they")
        if c.kind == "NP_UNNAMED":
            phrase = self.text[c.start:c.end]
            head = _HEAD_THEN_PP.split(strip_det(phrase), 1)[0]
            noun = head.rsplit(None, 1)[-1].lower() if head.strip() else ""
            return (_plural_person(head) or (phrase.islower() and _singular_person(phrase) and " " not in phrase)
                    or bool(gender and noun) and (_noun_gender(noun) or kin_gender(noun)) not in (None, "", gender))
        return c.kind == "PERSON" and bool(gender) and self.genders.get(c.entity) not in (None, gender)

    def _only_person(self, lo: int, hi: int, fits: Callable[[Candidate], bool]) -> str | None:
        """The one person that candidates between ``lo`` and ``hi`` outside quotation marks name and that ``fits``
        (others may not: "Clinton made an appearance, courtesy of Wes Nakagiri, a delegate …" names one man), where
        they name one; else None. Read in the last :data:`SENTENCE_REACH` characters only, so that an article of one
        endless sentence and many pronouns is read in linear time."""
        i = bisect_left(self.cand_starts, (max(lo, hi - SENTENCE_REACH), -1))
        found = set()
        while i < len(self.cand_starts) and self.cand_starts[i][0] < hi:
            c = self.cands[self.cand_starts[i][1]]
            i += 1
            if c.end <= hi and c.kind == "PERSON" and c.entity and not self.in_quote(c.start) and fits(c):
                found.add(c.entity)
        return found.pop() if len(found) == 1 else None

    def _unnamed_speaker(self, lo: int, hi: int, gender: str | None) -> Candidate | None:
        """The one person the article does not name, of a gender that fits ``gender``, who speaks the sentence between
        ``lo`` and ``hi`` (None if no such one): its subject before a verb of speech ("One diner, who asked not to be
        named, said …"), or the speaker beside a verb right after its quotation ("“…,” said the woman, who …"); not one
        in an aside ("Ada Quill held a meeting, according to a source")."""
        key = (lo, hi, gender)
        if key not in self._unnamed_of:  # (asked twice for a he/she after such a one: antecedent, then the pronoun)
            self._unnamed_of[key] = self._unnamed_speaker_between(lo, hi, gender)
        return self._unnamed_of[key]

    def _unnamed_speaker_between(self, lo: int, hi: int, gender: str | None) -> Candidate | None:
        """:meth:`_unnamed_speaker`, not kept."""
        def one(c: Candidate | None) -> bool:
            if c is None or c.kind != "NP_UNNAMED":
                return False
            if (self.text[self.text.rfind(" ", c.start, c.end) + 1].isupper()  # (the phrase's last word)
                    and (nxt := _LOWER_NEXT.match(self.text, c.end)) and all(m.start() != nxt.end() for m in cues)):
                return False  # a phrase cut inside a name ("A spokeswoman for the Tarrow | council said")
            a = _A_NEW_ONE_BEFORE.search(self.text, max(lo, c.start - 9), c.start)
            return (_UNNAMED_ONE.fullmatch(self.text, a.start() if a else c.start, c.end)
                    is not None and _singular_person(_HEAD_THEN_PP.split(phrase := self.text[c.start:c.end], 1)[0])
                    and not self.names_document(c) and _noun_gender(phrase) in (None, gender))

        at = partial(bisect_left, self.cue_starts)
        cues = self.cue_matches[at(max(lo, hi - SENTENCE_REACH)):at(hi)]  # (a bounded look, as in _only_person)
        subj = self.subject(lo, hi, pronouns=True)
        if (subj is not None and subj.kind == "PERSON"
                and (wide := self.candidate_ending(subj.end, lo, ("NP_UNNAMED",))) and wide.start < subj.start):
            subj = wide  # "A representative for Mr. Brant said": the one for the person named, not that person
        if (subj is not None and subj.kind == "PRON" and _HE_SHE.fullmatch(self.text, subj.start, subj.end)
                and any(lo <= m.start() < subj.start for m in cues)):
            # "One driver said she had worked 14 days in a row.": the subject read is the reported clause's he/she;
            # the one who speaks is the subject before the verb of speech
            return self._unnamed_speaker(lo, subj.start, gender)
        if (one(subj) and any(m.start() >= subj.end for m in cues) and _OPENING.fullmatch(self.text, lo, subj.start)
                and not _SUBORDINATOR_WORD.search(self.text, lo, subj.start)):  # (not "When a reporter asked Quill")
            return subj
        def after_quotation(pos: int) -> bool:
            return _AFTER_QUOTATION.search(self.text, max(lo, pos - 8), pos) is not None

        for m in cues:
            if not after_quotation(m.start()):
                before = self.candidate_ending(m.start(), max(lo, m.start() - _PHRASE_REACH))  # "“…,” one diner said"
                if before is not None and one(before) and after_quotation(before.start):
                    return before
            elif one(right := self.right_speaker(m.end(), hi)):  # "“…,” said one diner"
                return right
        return None

    def _reporter(self, lo: int, hi: int, quoted: bool = False, aside: bool = False,
                  pronoun: bool = False) -> Candidate | None:
        """The person named in the reporting clause that closes the sentence between ``lo`` and ``hi``, after a
        comma ("Trump’s remarks put troops at risk, Ada Quill said." / "…, said Ada Quill."; ``quoted``: also after
        a quotation's comma, "… “reckless,” said Ada Quill."), or (``aside``) that commas set off inside it ("Like
        the ruling, Ada Quill said, the vote was a blow."): the one who speaks there, whom the reported clause's own
        subject is not; None where the sentence closes otherwise. ``pronoun``: a he/she there instead ("…, he
        said."; after the gap of a lost comma too: "… on another matter   he  said.")."""
        at = partial(bisect_left, self.cue_starts)
        i = at(hi) - 1
        if i < 0 or self.cue_matches[i].start() < lo:
            return None
        comma = _QUOTE_COMMA if quoted else _AFTER_COMMA
        m = self.cue_matches[i]
        if pronoun:
            c = self._closing_he_she(lo, hi)
            return c if c is not None and (comma.search(self.text, lo, c.start)
                                           or self._after_lost_comma(lo, c.start) == c.start > lo) else None
        if (c := self.candidate_ending(m.start(), lo, ("PERSON",))) is not None:
            clause, tail = c.start, _REPORT_TAIL.fullmatch(self.text, m.end(), hi)  # "…, Ada Quill said."
        elif (c := self.right_speaker(m.end(), hi)) is not None and c.kind == "PERSON":
            clause, tail = m.start(), _REPORTER_TAIL.fullmatch(self.text, c.end, hi)  # "…, said Ada Quill."
        else:
            tail = None
        if c is not None and c.entity and tail and comma.search(self.text, lo, clause):
            return c
        if aside:
            for m in self.cue_matches[at(max(lo, hi - SENTENCE_REACH)):i + 1]:  # (a bounded look, as in _only_person)
                if ((c := self.candidate_ending(m.start(), lo, ("PERSON",))) is not None and c.entity
                        and _ASIDE_TAIL.match(self.text, m.end(), hi) and comma.search(self.text, lo, c.start)):
                    return c  # "…, Ada Quill said, …"
        return None

    def _organisation(self, phrase: str, c: Candidate) -> str:
        """The name of an organisation no mention names, so that one organisation is counted
        under one name: a possessor's "Hillary Clinton’s campaign" is the "Clinton campaign", as
        "the Clinton campaign" is, and so is "her campaign" where "her" stands for Clinton; "the
        campaign" the nearest such name before it with its head ("Clinton campaign", "House
        Oversight Committee"), else the head alone; "the Oslandia-based company", a business by where
        it is based, and "the company" after it, the organisation named before (:meth:`_named_org_before`)."""
        m = _POSSESSED_ORG.search(phrase)
        if m:
            return f"{m.group(1).split()[-1]} {m.group(2)}"
        own = _OWN.match(self.text, c.start, c.end)
        if own and " " not in phrase:
            # "his campaign": the campaign of whom the pronoun stands for, the subject of the clause reported too
            # ("Ada Quill will resign, her office said": Quill's office; a personal pronoun there is someone else)
            person = self.antecedent(c.start, entities.pronoun_gender(own.group(1).lower()))
            return f"{person.split()[-1]} {phrase}" if person else phrase
        if _THE.match(self.text, c.start, c.end) and _BASED.search(phrase) and _business(phrase):
            return self._named_org_before(c.start) or phrase
        if " " in phrase or not _THE.match(self.text, c.start, c.end):
            return phrase
        name = None
        for m in _named_org(phrase.lower()).finditer(self.text, max(0, c.start - _ORG_REACH), c.start):
            words = m.group(1).split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            if words:
                head = self.text[m.end() - len(phrase):m.end()]
                name = f"{words[-1]} {head}" if m.group(2) else f"{' '.join(words)} {head}"
                if _BASED.fullmatch(words[-1]) and _business(phrase):
                    # "The company said" after "the Oslandia-based company": the business that epithet stands for
                    name = self._named_org_before(m.start()) or name
        if name is None and phrase.lower() in _ORG_EPITHETS:
            name = self._org_of_sentence(c.start)
        return name or phrase

    def _org_of_sentence(self, pos: int) -> str | None:
        """The organisation that is the subject of the sentence holding ``pos`` (before it) or else of the one before,
        for "the agency", "the company" (:data:`_ORG_EPITHETS`) whose noun no name before holds: "The Oregon State
        Police will investigate, according to a statement from the agency", "Twitter acknowledged …. “…,” the company
        said"; else None. Not the nearest name: an object or an aside is as often another ("Amazon announced it bought
        Whole Foods. The company plans …", "told The Intercept that … the company told them")."""
        sent_s = self.sentence(pos)[0]
        prev_s, before = self._sentence_before(sent_s)
        for lo, hi in ((sent_s, pos), (prev_s, before)):
            subj = self.subject(lo, hi)
            if subj is None or not _VERB_OR_ASIDE_NEXT.match(self.text, subj.end):
                continue  # (no subject, or a credit line's name: "REUTERS / Brian Snyder")
            # the name opening the subject's phrase ("The Oregon State Police", a phrase of the police), not one inside
            # it ("Alphabet, the parent company of Google")
            org = self._nearest_before(subj.end, subj.end - subj.start, lambda d: (
                d.kind == "ORG" and bool(d.entity) and 0 <= d.start - subj.start <= 4))
            if org is not None:
                return org.entity
        return None

    def _named_org_before(self, pos: int) -> str | None:
        """The organisation named nearest before ``pos`` (up to :data:`_ORG_REACH` before it, outside quotation
        marks), for an epithet of one: "Brindlewick Systems Inc., a software maker in Oslandia, … the Oslandia-based
        company said"."""
        found = self._nearest_before(pos, _ORG_REACH,
                                     lambda d: d.kind == "ORG" and bool(d.entity) and not self.in_quote(d.start))
        return found.entity if found is not None else None

    def _pronoun(self, c: Candidate) -> tuple[str | None, str]:
        word = self.text[c.start:c.end].lower()
        if word in ("who", "which", "that"):
            found = self.resolve(before) if (before := self.relative_antecedent(c)) is not None else None
            if word == "who" and (found is None or found[1] != NAMED) and (named := self._nearest_before(
                    c.start, 90, lambda d: d.kind == "PERSON" and bool(d.entity) and (
                        desc := _DESCRIBED_THEN_WHO.fullmatch(self.text, d.end, c.start)) is not None
                    and not _plural_person(desc.group(1)))):
                # "Lloyd Grove, the Daily Beast editor who wrote the profile", "Wendy Walsh, a former Fox News
                # contributor who has said that …": the person the description set beside the name is of
                return named.entity, NAMED
            if found is not None:
                return found
            if (alone := _INDEFINITE_BEFORE.search(self.text, max(0, c.start - 12), c.start)) is not None:
                return alone.group(1).lower(), UNNAMED  # "those who said", "Anyone who knows"
            return None, UNRESOLVED
        if word in ("i", "we"):
            return THE_AUTHOR, AUTHOR
        if word in ("they", "them", "it"):
            kinds = ("ORG", "NP_ORG") if word == "it" else ("GROUP", "ORG", "NP_UNNAMED", "NP_ORG")
            if word == "it" and (country := self._place_subject_before(c.start)) is not None:
                return self.resolve(country)  # "Iraq said it invaded Kuwait …. It accused Kuwait of …"
            if word == "they" and (group := self._group_subject_before(c.start)) is not None:
                return self.resolve(group)  # "Dozens of parents gathered outside the school. They said …"
            if word == "they" and (group := self._group_subject_joined(c.start)) is not None:
                return self.resolve(group)  # "Elected officials warned police …, and they said …": the officials
            if word == "they" and (joint := self._joint_subject_before(c.start)) is not None:
                return joint, NAMED  # "Ines Dorn and Piet Marsh issued a statement. “…,” they said."
            # (not one person: "Council member Piet Voorhuis … They said" is no council member, nor "the Republican")
            found = self._nearest_before(c.start, 600, lambda d: d.kind in kinds and not (
                word != "it" and d.kind == "NP_UNNAMED" and (_singular_person(self.text[d.start:d.end])
                                                             or self._one_by_demonym(d))) and not (
                # (nor an organisation a preposition or a bracket takes: "… kissed them while they spoke about working
                # at the paper. … they said", "(Harbour Press) … they concluded")
                word != "it" and d.kind in ("ORG", "NP_ORG")
                and _THEY_NOT_AFTER.search(self.text, max(0, d.start - 12), d.start)
                and not _THEY_ORG_PEOPLE[0].match(self.text, d.start)
                and not _THEY_ORG_PEOPLE[1].match(self.text, d.end)))
            return self.resolve(found) if found is not None else (None, UNRESOLVED)
        person = self.antecedent(c.start, gender := entities.pronoun_gender(word), pronoun=True)
        if person == "" and (one := self._unnamed_before(c.start, gender)) is not None:
            return self.resolve(one)  # "One farmer said he lost his crop. He added that …": that farmer, unnamed
        return (person, NAMED) if person else (None, UNRESOLVED)

    def _unnamed_before(self, pos: int, gender: str | None, hops: int = 3) -> Candidate | None:
        """The one person the article does not name who speaks a sentence before the one holding ``pos``
        (:meth:`_unnamed_speaker`), the nearest of up to ``hops`` sentences, where a he/she at ``pos`` stands for no one
        named (:meth:`antecedent` gives ""): "A Corvin Embassy official said …. He added that …"."""
        sent_s = self.sentence(pos)[0]
        for _ in range(hops):
            lo, hi = self._sentence_before(sent_s)
            if hi <= lo:
                return None
            if (one := self._unnamed_speaker(lo, hi, gender)) is not None:
                return one
            sent_s = lo
        return None

    def relative_antecedent(self, c: Candidate) -> Candidate | None:
        """The phrase right before a relative pronoun candidate ("Lee Epstein, who teaches law, said", "a poll
        that shows"), a comma, a dash or a bracket between; None for any other candidate."""
        if c.kind != "PRON" or self.text[c.start:c.end].lower() not in ("who", "which", "that"):
            return None
        i = bisect_right(self.cand_ends, c.start) - 1
        while i >= 0 and self.cands[i].kind == "PRON":
            i -= 1
        if i < 0 or not _COMMA_GAP.fullmatch(self.text, self.cands[i].end, c.start):
            return None
        found = self.cands[i]
        if found.kind in ("ORG", "NP_ORG", "PLACE") and self.text[c.start:c.end].lower() == "who":
            # "Teachers at the school, who asked not to be named": "who" is the people, not the place after them
            j = bisect_right(self.cand_ends, found.start) - 1
            if (j >= 0 and self.cands[j].kind in ("NP_UNNAMED", "GROUP", "PERSON")
                    and _PLACE_OF_PEOPLE.fullmatch(self.text, self.cands[j].end, found.start)):
                return self.cands[j]
        return found

    def antecedent(self, pos: int, gender: str | None, pronoun: bool = False, role: bool = False,
                   hops: int = 3) -> str | None:
        """The person a he/she (``pronoun``, or a ``role``: "the senator") at ``pos`` most likely stands for:
        the subject of its own sentence (not for a pronoun after the reported clause,
        :meth:`_after_reported`), else of the sentence before (for a pronoun, a role opening either
        stands for whom the role does: its :meth:`canonical` person or its own antecedent, of a
        compatible gender, else for no one named), else, for a pronoun, the one person of its gender the sentence
        before names where its sentence names none before it and no subject says who (unless the latest speaker
        quoted is the article's main person), else, for a role, the person the article names most
        (:meth:`_principal`), else the latest speaker quoted, else the nearest person named in the last
        1,500 characters; always of a compatible gender. A pronoun whose sentence or the one before opens with a
        he/she of its gender stands for whom that one does, followed back up to ``hops`` sentences. A he/she after a
        sentence spoken by one person the article does not name (:meth:`_unnamed_speaker`: "…,” said one woman.")
        stands for that one: "" (not None, no one found); so does one after a phrase of one person of its gender in
        the sentence before or its own ("begging a woman who …"), where these name no one of that gender. A he/she
        in a clause of time or place after an event a person owns ("Quill’s press conference on Monday, when she")
        stands for that person. After a question the sentence
        before puts to or about someone ("asked Ada Quill whether …", a pronoun or a role; "asked whether he …", a
        pronoun), it stands for the one asked."""
        def fits_gender(entity: str) -> bool:
            g = self.genders.get(entity)
            return not (gender and g and g != gender)

        def fits(c: Candidate) -> bool:
            # a person's name: no capitalised phrase of no known kind ("Former Arizona", "New Year")
            return c.kind == "PERSON" and bool(c.entity) and fits_gender(c.entity)

        sent_s, _, _ = self.sentence(pos)
        prev_s, before = self._sentence_before(sent_s)
        if (pronoun and (adding := _PARTICIPLE_THAT.search(self.text, sent_s, pos)) is not None
                and (said := self._reporter(sent_s, adding.start(), quoted=True)) is not None and fits(said)):
            # "“…,” Eddie Whitlock said, adding that he told Trump …": the one who spoke goes on in the participle's
            # clause, not the subject of the sentence before
            return said.entity
        if pronoun and (owner := self._nearest_before(pos, 150, lambda d: d.kind == "PERSON")) is not None \
                and _OWNED_EVENT_THEN.fullmatch(self.text, owner.end, pos) and fits(owner):
            # "The candidate also discussed Obama’s press conference in Turkey, when he refused to admit …": the one
            # whose event the clause is about, not the subject of the sentence
            return owner.entity
        own = [] if pronoun and self._after_reported(sent_s, pos) else [(sent_s, pos)]
        for lo, hi in (*own, (prev_s, before)):
            if ((pronoun or role) and lo == prev_s and (said := self._reporter(lo, hi, quoted=pronoun, aside=pronoun))
                    is not None and fits(said)):
                # "Trump’s remarks put troops at risk, Biden said. “…,” he said.": the one who spoke goes on (a
                # role after a quotation and its speaker is more often the article's main person: principal), so
                # too for a he/she after "Like the ruling, Biden said, the vote was a blow." (not for a role: "One
                # offered shelter, Bob said, while …. When the team leader realized" is another man)
                return said.entity
            if (pronoun and hops and lo == prev_s and (said := self._reporter(lo, hi, quoted=True, pronoun=True))
                    and entities.pronoun_gender(self.text[said.start:said.end]) == gender
                    and (same := self.antecedent(said.start, gender, pronoun=True, hops=hops - 1)) is not None):
                # "Police started investigating Choi after a tip-off, he said. “…,” he said.": the one who spoke goes
                # on, whom the he of the sentence before stands for (not Choi, whom it names)
                return same
            if pronoun and lo == prev_s and _HE_SHE.match(self.text, pos) and self._unnamed_speaker(lo, hi, gender):
                # "“…,” said one woman, who asked not to be named. “…,” she said.": the one who spoke goes on, whom
                # the article does not name, not the last woman it names
                return ""
            if (pronoun and hops and (first := self.subject(lo, hi, pronouns=True, possessed=False, person_first=True))
                    and first.kind == "PRON" and entities.pronoun_gender(self.text[first.start:first.end]) == gender
                    and (same := self.antecedent(first.start, gender, pronoun=True, hops=hops - 1)) is not None):
                # "He said Mateen had a psychological problem. “…,” he said.": the he of the sentence before, not the
                # name a few words after it
                return same
            if (pronoun and hops and lo == prev_s and (source := _ACCORDING_TO_PRONOUN.match(self.text, lo, hi))
                    and entities.pronoun_gender(source.group(1)) == gender
                    and (same := self.antecedent(source.start(1), gender, pronoun=True, hops=hops - 1)) is not None):
                # "Hon. Chinyere Obidike commended the governor. According to her, …. “…,” she said.": whom the source's
                # him/her stands for, as for a he/she opening the sentence before, not the last one quoted
                return same
            # "Though Bush’s campaign has languished, he began …": a pronoun may stand for a possessor.
            subj = self.subject(lo, hi, possessed=False, person_first=True)
            # "Tom Becker asked Ada Quill whether …. “…,” she said.", "… asked Quill, who …, to explain. The candidate
            # said": after a question, the one asked answers (whoever asked: "Fox News Tom Becker", "CNN")
            if ((pronoun or role) and lo == prev_s and subj is not None
                    and (asked := _ASKED_PERSON.match(self.text, subj.end, hi))):
                answer = self.candidate_ending(asked.end(1), asked.start(1))
                if answer is not None and answer.start == asked.start(1) and fits(answer):
                    return answer.entity
            if (pronoun and hops and lo == prev_s and subj is not None and subj.kind == "PERSON"
                    and (asked := _ASKED_ABOUT.match(self.text, subj.end, hi))
                    and entities.pronoun_gender(asked.group(1)) == gender and self.genders.get(subj.entity) != gender):
                # "Counsel for the Crown, Nadia Pell KC, asked whether he had kept copies. He said he had not.": the one
                # asked answers, whom the same pronoun inside the question stands for, read from before the question
                # (not an asker the article tells is of the pronoun's gender: "Quill asked whether she could leave")
                answer = self.antecedent(lo, gender, pronoun=True, hops=hops - 1)
                if answer not in (None, subj.entity):
                    return answer
            if (pronoun and lo == prev_s and subj is not None and subj.kind == "PERSON"
                    and (owned := _OWNED_ONE.match(self.text, subj.end, hi))
                    and (kin_gender(noun := owned.group(1).lower()) or _singular_person(noun))
                    and (_noun_gender(noun) or kin_gender(noun) or gender) == gender):
                # "Murphy’s spokeswoman Galia Slayen said …. “…,” she said", "On Tuesday Haab’s father, who had helped
                # …, admitted he had doctored an email …. He said he omitted some words": the one the possessor owns,
                # by the name set beside the noun, else no one named, not the possessor
                named = self._nearest_before(owned.end() + 40, 40 + owned.end() - subj.end, lambda d: (
                    fits(d) and d.end > owned.end() and (d.start == owned.start(1) or d.start >= owned.end()
                                                         and _NAME_BESIDE.fullmatch(self.text, owned.end(), d.start))))
                return named.entity if named is not None else ""
            if subj is not None and fits(subj):
                # "Whitcombe was offered a cottage …. “…,” she asks.": a surname alone that the article gives several
                # people (Agnes Whitcombe and her son Peter) is, for a he/she, the one of them of its gender
                return (pronoun and gender and " " not in subj.entity and self._kin(subj.entity, gender)) or subj.entity
            # "The mayor was blunt. “…,” he said.": he is whom the role stands for, or no one named.
            if pronoun and subj is not None and subj.kind == "NP_ROLE" and _THE.match(self.text, subj.start, subj.end):
                found = (self.canonical(strip_det(self.text[subj.start:subj.end]), subj.start)
                         or self.antecedent(subj.start, gender))
                return found if not (gender and found and self.genders.get(found) not in (None, gender)) else None
            if pronoun and subj is not None and subj.kind == "NP_UNNAMED" and self._one_by_demonym(subj):
                # "In a statement, the Kentucky Republican dismissed …. He says …": he is whom the demonym stands for
                # (the person met before, as for the phrase itself), or no one named
                found = self._role_stands_for(subj.start, None)
                return found if not (gender and found and self.genders.get(found) not in (None, gender)) else None
        if pronoun and gender and self._nearest_before(pos, pos - prev_s, fits) is None and self._nearest_before(
                pos, pos - prev_s, lambda d: d.kind == "NP_UNNAMED" and not self.in_quote(d.start)
                and _singular_person(phrase := self.text[d.start:d.end]) and _noun_gender(phrase) == gender):
            # "Christie was all but begging a woman who claimed to be undecided …. After he gave her a lengthy answer,
            # she said he had her vote": one its sentence or the one before does not name, of the pronoun's gender,
            # where they name no one else who may be that one: not the last woman quoted
            return ""
        last = self._last_speaker(pos, gender)
        if (pronoun and gender and self._nearest_before(pos, pos - sent_s, lambda d: d.kind == "PERSON") is None
                and ((opener := self.subject(prev_s, before, pronouns=True)) is None
                     or self._no_one_of(opener, gender) and not self.text[prev_s:before].rstrip().endswith("?"))
                and (only := self._only_person(prev_s, before, fits)) is not None and self.genders.get(only) == gender
                and (last is None or last != self.principal(pos) or self._introduced(only, prev_s, before)
                     or self._joined_subject(only, prev_s, before))):
            # "The rancor is so blatant that Mr. Trump was asked about it …. He said …": where no subject says who, the
            # one person of the pronoun's gender the sentence before names, rather than whoever was quoted last (unless
            # that is the article's main person, who goes on: "… forcing Sanders to reverse …. “…,” he said."); so
            # too where its subject is no one a he/she stands for ("When Democrats get to Philadelphia, it is assumed
            # that Sanders has earned a slot. Beyond that, he has made clear …": Sanders, not Rendell quoted before),
            # but for a question the writer puts, which the one quoted answers ("Don't Republicans run the risk of
            # her putting forward more liberal nominees than Obama? “…,” he said": the law professor quoted before);
            # and where the article's main person was quoted last, one the sentence before introduces with a
            # description ("Clinton made an appearance, courtesy of Wes Nakagiri, a delegate from Michigan who dressed
            # up …. “…,” he said": Nakagiri, not Trump, quoted before), or who is the subject of a clause it joins
            # ("…, but Representative Brooks, who …, doesn't mince words …. “…,” he said": Brooks, not Autor)
            return only
        if role and (main := self.principal(pos)) is not None and fits_gender(main):
            # "the GOP front-runner said", "the candidate implied": where no subject says who, a role the article
            # gives no one stands for its main person, not the latest one quoted nor the last one named ("“…,” Bo
            # Tarn told reporters. The Republican front-runner said …": Piet Marsh, whom the article is about)
            return main
        if last is not None:
            return last
        found = self._nearest_before(pos, 1500, fits)
        return found.entity if found is not None else None

    def _sentence_before(self, sent_s: int) -> tuple[int, int]:
        """(start, end) of the sentence before the one starting at ``sent_s``: "“If it is flooded, forget it. It is that
        simple,” she said.": the one before the quotation its sentence closes, not the quotation's first sentence
        (an empty span at the article's start before its first sentence)."""
        i = bisect_right(self.q_opens, sent_s) - 1
        before = self.q_opens[i] if i >= 0 and self.q_opens[i] < sent_s < self.q_closes[i] else sent_s
        return (self.sentence(before - 1)[0] if before > 0 else before), before

    def _spoke_before(self, pos: int, gender: str | None) -> str | None:
        """The person named in the reporting clause that closes the sentence before the one holding ``pos``
        (:meth:`_reporter`, after a quotation's comma too: "“…,” Perry said."), of a gender that fits ``gender``; else
        None."""
        prev_s, before = self._sentence_before(self.sentence(pos)[0])
        said = self._reporter(prev_s, before, quoted=True) if prev_s < before else None
        if said is None or gender and self.genders.get(said.entity) not in (None, gender):
            return None
        return said.entity

    def principal(self, pos: int) -> str | None:
        """The person the article names most often, where one is named more often than any other and first named
        before ``pos``."""
        if self._main is None:
            counts: dict[str, int] = {}
            for kind, entity in zip(self.mentions.get("kind", ()), self.mentions.get("entity", ())):
                if kind == "PERSON" and isinstance(entity, str):
                    counts[entity] = counts.get(entity, 0) + 1
            ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)
            self._main = ranked[0][0] if len(ranked) == 1 or (ranked and ranked[0][1] > ranked[1][1]) else ""
        return self._main if self._main and self._named_before(self._main, pos) else None

    def _after_reported(self, sent_s: int, pos: int) -> bool:
        """Whether the pronoun at ``pos`` follows a comma that ends a main clause opening its
        sentence: "Donald Trump is dangerous, he said." The clause is what was said, so its
        subject is not whom the pronoun stands for; after a fronted or subordinate clause ("When
        Smith arrived, he said …") it may be. So after the gap of a lost comma (:meth:`_closing_lost_comma`)."""
        return bool((_COMMA_BEFORE.search(self.text, max(sent_s, pos - 8), pos)
                     or self._closing_lost_comma(sent_s, pos)) and not _SUBORDINATE_LEAD.match(self.text, sent_s, pos))

    def _closing_lost_comma(self, sent_s: int, pos: int) -> bool:
        """Whether the he/she at ``pos`` follows the gap of a comma a text stripped of its commas lost and opens the
        reporting clause that closes its sentence: "Police started investigating  Choi  after a tip-off …   he
        said." (PerSenT); not a clause that goes on ("Northam  wants progress    he  wants to take us forward")."""
        if pos <= sent_s or self._after_lost_comma(sent_s, pos) != pos:
            return False
        he = self._closing_he_she(sent_s, self.sentence(pos)[1])
        return he is not None and he.start == pos

    def _closing_he_she(self, lo: int, hi: int) -> Candidate | None:
        """The he/she opening the reporting clause that closes the sentence between ``lo`` and ``hi``: he or she, its
        last cue and a short tail ("…, he said.", "… on another matter   she  told reporters on Friday."); else None.
        What follows the clause before it is the callers' (:meth:`_reporter`, :meth:`_closing_lost_comma`)."""
        i = bisect_left(self.cue_starts, hi) - 1
        if i < 0 or self.cue_starts[i] < lo:
            return None
        m = self.cue_matches[i]
        c = self.candidate_ending(m.start(), lo, ("PRON",))
        return c if c is not None and _HE_SHE.fullmatch(self.text, c.start, c.end) and _REPORT_TAIL.fullmatch(
            self.text, m.end(), hi) else None

    def candidate_ending(self, pos: int, lo: int, kinds: tuple[str, ...] | None = None) -> Candidate | None:
        """The speaker candidate that ends right before ``pos`` (white space between), starting
        at ``lo`` or after; the longest one where several do (of ``kinds`` only, if given: a
        name rather than a longer noun phrase around it)."""
        end = len(self.text[lo:pos].rstrip()) + lo
        i = bisect_right(self.cand_ends, end) - 1
        found = None
        while i >= 0 and self.cands[i].end == end:
            c = self.cands[i]
            if c.start >= lo and (kinds is None or c.kind in kinds) and (found is None or c.start < found.start):
                found = c
            i -= 1
        return found

    def subject(self, lo: int, hi: int, pronouns: bool = False, possessed: bool = True,
                person_first: bool = False, earliest: bool = False) -> Candidate | None:
        """The mention opening the sentence that starts at ``lo`` (after a conjunction or a short
        fronted phrase and its comma), if it ends before ``hi``; where it is a possessor, the phrase
        it possesses (:meth:`_possessed`) unless not ``possessed``. ``person_first``: a person's
        name before a phrase of no known kind (MISC), as antecedents are looked for. ``earliest``: the
        first of the mentions, not a person's name after it ("Analysts said Mr. Varn …" is the analysts').
        Found once per question in an article (it reads the article's candidates only): the
        frames and the antecedents of pronouns ask one in five again."""
        key = (lo, hi, pronouns, possessed, person_first, earliest)
        if key not in self._subjects:
            self._subjects[key] = self._find_subject(lo, hi, pronouns, possessed, person_first, earliest)
        return self._subjects[key]

    def _find_subject(self, lo: int, hi: int, pronouns: bool, possessed: bool,
                      person_first: bool, earliest: bool) -> Candidate | None:
        """:meth:`subject`, found."""
        i = bisect_left(self.cand_starts, (lo, -1))
        found: list[Candidate] = []
        # "In response to Trump’s proposal, Clinton’s aide said": a name inside a fronted
        # prepositional phrase is not the subject; the subject comes after the phrase's comma.
        # Nor is a name inside a wire dateline ("AVALON, Nordland (AFP) - The coastguard said"); the subject of an
        # aside in brackets follows its bracket.
        dateline = _DATELINE_LEAD.match(self.text, lo, hi)
        lead = dateline.end() if dateline else lo
        aside = _ASIDE_OPEN.match(self.text, lead)
        lead = aside.end() if aside and aside.end() < hi else lead
        fronted = _FRONTED_PP.match(self.text, lead, hi)
        lead = fronted.end() if fronted else lead
        if not fronted and (opener := _FRONTED_LOST_COMMA.match(self.text, lead, hi)) and "," not in self.text[lo:hi]:
            # "Returning to the White House from Camp David   Trump  was asked", "In an interview with NPR in
            # November   Biden  was asked" (PerSenT): the fronted phrase ends at the first comma the text lost, where
            # a person's name follows it (not a he/she, whom the phrase may name: "In Armstrong's request  he said";
            # nor "some  Mugabe  opponents"), not after a preposition ("speak up about  Weinstein 's harassment")
            gap = next((e for s, e in self._lost_commas(lo, hi) if s >= opener.end() and e <= hi), None)
            if (gap is not None and not _NO_COMMA_AFTER.search(self.text, max(lo, gap - 12), gap)
                    and any(self.cands[j].kind == "PERSON" for at, j in self.cand_starts[
                        bisect_left(self.cand_starts, (gap, -1)):bisect_left(self.cand_starts, (gap + 1, -1))])):
                lead = gap
        leads_to = self._leads_to
        while i < len(self.cand_starts) and self.cand_starts[i][0] < min(hi, lo + 120):
            c = self.cands[self.cand_starts[i][1]]
            i += 1
            if c.start >= lead and c.end <= hi and (pronouns or c.kind != "PRON"):
                fits = leads_to.get((lead, c.start))
                if fits is None:
                    fits = leads_to[lead, c.start] = _SUBJECT_LEAD.fullmatch(self.text, lead, c.start) is not None
                if fits:
                    found.append(c)
        # "Opposition leader Bram Tolliver": the person, not the role phrase or a stray name
        # (nor the place of a dateline).
        found = [c for c in found if not _DATELINE.fullmatch(self.text, c.start, c.end)] or found
        # "Clinton campaign manager Robby Mook released a memo", "Ngāti Rongo chair Hemi Tautahi told RNZ": the person
        # a lower-case title opens, not the name of the team, people or place before it (as in speaker_at)
        found = [c for c in found if not (c.kind in PERSONLIKE and any(
            d.kind == "PERSON" and d.start > c.end and self.text[d.start].islower()
            and not self.text[c.end:d.start].strip() for d in found))]
        # "Clinton aides spent Saturday in Iowa, saying …": the phrase a name opens as its modifier, not the name (a
        # possessor is left to _possessed below)
        found = [c for c in found if not (c.kind == "PERSON" and not _POSSESSIVE_AFTER.match(self.text, c.end) and any(
            d.kind in ("NP_UNNAMED", "NP_ROLE") and d.start == c.start and d.end > c.end for d in found))]
        # "The council’s finance director reached out …, writing": the possessed phrase, not the
        # possessor, where a candidate stands for it ("Avalon’s mayor, Ada Quill", "the 5th
        # District’s Kyle Hupfer").
        if possessed:
            found = [self._possessed(c, hi) if c.kind != "PRON" and _POSSESSIVE_AFTER.match(self.text, c.end) else c
                     for c in found]
        # A personal pronoun is a person too (_personal).
        best = min(found, key=lambda c: (0 if earliest or (c.kind == "PERSON" if person_first else c.kind in PERSONLIKE)
                                         or self._personal(c, lo, hi) else 1 if c.kind in PERSONLIKE else 2,
                                         c.start, c.start - c.end)) if found else None
        if best is not None and best.kind in ("NP_UNNAMED", "NP_ROLE"):
            # "Also speaking, a community leader, Chief Musa Bello, commended …": the name beside the role.
            return self._apposed_person(best, hi) or best
        if (best is not None and not possessed and best.kind == "PERSON"
                and _POSSESSIVE_AFTER.match(self.text, best.end)):
            # "Tom Becker’s lawyer, Bo Tarn, spoke": the possessor is no subject where a person's name is set
            # beside the phrase it possesses.
            owned = self._possessed(best, hi)
            if owned is not best and owned.kind in ("NP_UNNAMED", "NP_ROLE") and (
                    person := self._apposed_person(owned, hi)) is not None:
                return person
            if (owned is best or owned.kind in ("NP_UNNAMED", "NP_ROLE")) and (
                    noun := _OWNED_NOUN.match(self.text, best.end, hi)):
                # "Dorn’s deputy, Piet Marsh, was more hopeful": a noun no list knows, the name beside it; a listed
                # one's whole phrase ("Clinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, was")
                return self._apposed_person(Candidate(best.start, noun.end(), "NP_GENERIC"), hi) or best
        return best

    def _apposed_person(self, c: Candidate, hi: int) -> Candidate | None:
        """The person's name set off by commas right after the phrase ``c`` and ending before ``hi``, if any, maybe
        after a phrase naming them ("Another, a retired postman named Ernie Walsh, said"), maybe with a place before
        the closing comma ("Clinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, was")."""
        named = _NAMED_APPOSED.match(self.text, c.end, hi)
        at = named.end() if named else c.end
        i = bisect_left(self.cand_starts, (at, -1))
        while i < len(self.cand_starts) and self.cand_starts[i][0] <= at + 3:
            d = self.cands[self.cand_starts[i][1]]
            i += 1
            if (d.kind == "PERSON" and d.end <= hi and (named and d.start == at or _COMMA_ONLY.fullmatch(
                    self.text, c.end, d.start)) and _BESIDE_CLOSES.match(self.text, d.end)):
                return d
        return None

    def _possessed(self, c: Candidate, hi: int) -> Candidate:
        """The candidate for the phrase ``c`` is the possessor of: a longer one from the same
        start, else the first after the possessive and a few words, a person first (a phrase
        that is no name from ``c``'s start); else ``c``."""
        i = bisect_left(self.cand_starts, (c.start, -1))
        owned: list[Candidate] = []
        while i < len(self.cand_starts) and self.cand_starts[i][0] < min(hi, c.end + 60):
            d = self.cands[self.cand_starts[i][1]]
            i += 1
            if d.end <= hi and ((d.start == c.start and d.end > c.end)
                                or (d.start > c.end and _OWNED.fullmatch(self.text, c.end, d.start))):
                owned.append(d)
        if not owned:
            return c
        d = min(owned, key=lambda d: (d.kind not in PERSONLIKE, d.start, d.start - d.end))
        if self.names_document(d):
            return c  # "Hoff’s letter makes a case: “…”": the writer speaks
        # A name is the speaker itself ("DNAinfo’s Eddie Small"); another phrase with its possessor
        # ("Japan’s central bank").
        return d if d.kind in PERSONLIKE else d._replace(start=c.start)

    def _personal(self, c: Candidate, lo: int, hi: int) -> bool:
        """Whether ``c`` is a personal pronoun that may open the clause between ``lo`` and ``hi``:
        "Eight years ago, he supported Barack Obama … and said" is his, not Obama's; not one
        inside a subordinate clause opening the sentence ("As they met in Ottawa, Trump was …,
        promising …" is Trump's; the clause's comma is looked for in the next 200 characters only,
        a bounded look in a sentence of any length)."""
        if c.kind != "PRON" or self.text[c.start:c.end].lower() not in ("he", "she", "i", "we", "they"):
            return False
        return not (_SUBORDINATOR.match(self.text, lo, c.start) and "," in self.text[c.end:min(hi, c.end + 200)])


def _heads_and_pronouns(text: str, also: LowerScan | None = None
                        ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]], list[re.Match]]:
    """The source-phrase heads, ``(start, end, kind)``, the pronouns, ``(start, end)``, and the
    matches of ``also.pattern`` in ``text``: the matches of ``_NP_HEAD.finditer(text)`` (kind: the
    group that matched), of ``_PRONOUN.finditer(text)`` and of ``also.pattern.finditer(text)``.

    One plain scan of the text in lower case finds every place any of them can match (see
    _SOME_LOWER and :class:`LowerScan`); what a hit is, is read off its word. A hit that is one word
    (a pronoun, a head of one word, a word of ``also``) is taken as it is: no match can start inside
    it; a head's word is a head unless another head follows it (_HEAD_NEXT: "prime" of "prime minister"),
    and ``also.pattern`` is tried at a word of ``also``. At any other hit ("prime minister") each
    pattern is tried itself and the scan starts again after it, as :func:`lexicon.finditer_where` does."""
    lowered = lower_aligned(text)
    if lowered is None:
        found = finditer_where(_NP_HEAD, _NP_HEAD_AT, text)
        return ([(m.start(), m.end(), m.lastgroup) for m in found], [m.span() for m in _PRONOUN.finditer(text)],
                list(also.pattern.finditer(text)) if also else [])
    heads: list[tuple[int, int, str]] = []
    pronouns: list[tuple[int, int]] = []
    matches: list[re.Match] = []
    words, guarded, match_also = (also.words, also.guarded, also.pattern.match) if also else (frozenset(), (), None)
    scan = _lower_scan(words, guarded)
    guarded_words = {w for w, _ in guarded}
    head_after = pronoun_after = 0  # where each pattern's own finditer would search next
    also_after = 0 if also else len(text) + 1
    pos: int | None = 0
    while pos is not None:
        hits, pos = scan.finditer(lowered, pos), None
        for hit in hits:
            s, e = hit.span()
            word = lowered[s:e]
            kind = _ONE_WORD_HEADS.get(word)
            if kind is not None and _HEAD_NEXT.match(lowered, e):
                kind = None  # a modifier of the head after it: no head here
            if kind is None and word not in _PRONOUN_WORDS:
                if word in words or word in guarded_words:  # a word of ``also`` only: no head nor pronoun here
                    if s >= also_after and (m := match_also(text, s)) is not None:
                        matches.append(m)
                        also_after = m.end()
                    continue
                if word in _ONE_WORD_HEADS:
                    continue  # a head's word before another head, and no other pattern's word
            elif s >= head_after and s >= pronoun_after:
                if kind is not None:
                    # One word of a list: what _NP_HEAD.match(text, s) gives, from its word alone.
                    heads.append((s, e, kind))
                    head_after = e
                if text[s:e] in _PRONOUN_FORMS:
                    pronouns.append((s, e))
                    pronoun_after = e
                if word in words and s >= also_after and (m := match_also(text, s)) is not None:
                    matches.append(m)  # a word of ``also`` too ("reports": a head and a verb)
                    also_after = m.end()
                continue
            head = _NP_HEAD.match(text, s) if head_after <= s else None
            if head is not None:
                heads.append((s, head.end(), head.lastgroup))
                head_after = head.end()
            if pronoun_after <= s and (pronoun := _PRONOUN.match(text, s)) is not None:
                pronouns.append(pronoun.span())
                pronoun_after = pronoun.end()
            if also_after <= s and (m := match_also(text, s)) is not None:
                matches.append(m)
                also_after = m.end()
            pos = max(s + 1, min(head_after, pronoun_after, also_after))
            break
    return heads, pronouns, matches


def runs_back(text: str, lo: int, hi: int, n: int) -> int:
    """Where the ``n``-th last run of non-space characters of ``text[lo:hi]`` starts (``lo`` when
    there are fewer): a pattern of at most ``n`` words, each followed by white space, that ends at
    ``hi`` starts there or later, so a search for it need not try the characters before."""
    window = text[lo:hi]
    parts = window.rsplit(None, n)
    if len(parts) <= n:
        return lo
    return lo + window.find(parts[1], len(parts[0]))


def overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect_right(spans, (e, e)) - 1
    while i >= 0 and spans[i][1] > s:
        if spans[i][0] < e:
            return True
        i -= 1
    return False

def strip_det(phrase: str, initial: bool = True) -> str:
    """ "Officials" -> "officials", "a spokeswoman for the board" -> "spokeswoman for the board". A capital after the
    determiner, or (not ``initial``) of a phrase inside its sentence, is the writer's: "the Justice Department",
    "…, City said" (a club)."""
    whole = " ".join(phrase.split())
    phrase = _LEADING_DET.sub("", whole)
    if phrase != whole or not initial:
        return phrase
    if _PART_OF.match(phrase):
        return phrase[:1].lower() + phrase[1:]  # "Two of the three officials" opening a sentence
    first = phrase.split(" ", 1)[0]
    if first[1:].islower() and (first.lower() in TENURE_WORDS or first.lower() in _LOWER_HEADS and not (
            HEAD_KIND.get(first.lower()) == "org" and _NAME_GOES_ON.match(phrase, len(first)))):
        # a head word the lists write in lower case ("Republican lawmakers" keeps its capital; so does
        # a name it opens: "Ministry of Defence spokesman")
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase
