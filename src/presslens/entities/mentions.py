"""Finding mentions: capitalised-name chunks cut into names, with their titles and a first
guess at their kind (see :func:`find_mentions`)."""

from __future__ import annotations

import re as re_std
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache

import pandas as pd
import regex as re

from presslens.datafiles import data_lines, data_words
from presslens.entities.lexicon import (
    _CLITIC,
    _CONNECTORS,
    _OTHER_GENDER,
    _SUFFIXES,
    MENTION_COLUMNS,
    POST_NOMINALS,
    _common,
    about_a_game,
    _key,
    _known_kind,
    _known_start,
    _Lexicon,
    _lex,
    _opens_phrase,
    _title_end,
    _title_gender,
    _title_vocab,
    _Tok,
)
from presslens.entities.linking import _UNINITIALLED, link_aliases
from presslens.text import check_articles, lost_comma, may_hold, readable, restore_shown

__all__ = ["find_mentions"]

# Connectors that join two names only after an organisation or title word ("Bank of America").
_WEAK_CONNECTORS = frozenset({"of", "the", "for", "&"})
# Words that make a part of a known place ("South Florida", "Western Pacific", "Lower Manhattan").
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                      "southeastern", "southwestern", "upper", "lower", "greater"})
# Surname particles that make an inner capital ("McConnell", "DeSantis") no sign of a brand name.
_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "De", "Di", "Da", "La", "Le", "Du", "Van", "Von", "St")

_TOKEN_IN_CHUNK = re.compile(r"[^ \t\u00a0,]+")
_FIRST_LETTER = re.compile(r"[\p{L}\p{N}]")
# a word and spaces, or a prefix like "then-", right before a position; searched backwards from
# there (?r): forwards, every letter of the 60 characters before a name starts a failing try
_WORD_BEFORE = re.compile(r"(?r)([\p{L}\p{M}][\p{L}\p{M}.&'’\-]*)[ \t\u00a0]+$|(\p{L}+-)$")
_NAME_AFTER_COMMA = re.compile(r",[ \t\u00a0]+(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?)")
# An indefinite noun phrase set off after a name, as a person's role or description is ("Mark, a fisherman, said").
_PERSON_APPOSED = re.compile(r",[ \t\u00a0]+an?[ \t\u00a0]+[^,.;:!?]{1,60},")
# "Lindholm, a town of 4,000", "Kestrel, a small port city in": the apposition says what the name is.
_PLACE_APPOSED = re.compile(r",[ \t\u00a0]+an?[ \t\u00a0]+(?:[\p{Ll}-]+[ \t\u00a0]+){0,2}?"
                            r"(?:town|city|village|hamlet|suburb|borough|township|county|province|region|district|"
                            r"island|country|nation|kingdom|republic|state)"
                            # what follows ends the phrase: not "a state senator"
                            r"(?=[ \t\u00a0]*(?:[,.;:)]|$)|[ \t\u00a0]+(?:of|in|on|near|outside|north|south|east|west|"
                            r"that|where|with|whose|and)\b)")
# "(R-Texas)", "(D-Calif.)", ", R-Fla.," after a name: a US politician.
_PARTY_TAG = re.compile(r"[ \t\u00a0]*[(,][ \t\u00a0]*[RDI]-[\p{L}. ]{2,20}[),]")
_SPACES = re.compile(r"[ \t\u00a0]*")
_SPACE_CHARS = frozenset(" \t\u00a0")  # the characters of _SPACES
# A name whose own clause goes on with "its" within two words: "Quillsoft has paused its" (not "Huntsville and its").
# (The standard re: matched at a name's end, the regex module's pattern took time growing with the text's length,
# which made the entity stage super-linear on long articles.)
_ITS_AFTER = re_std.compile(r"[ \t\u00a0]+(?:(?:has|had|have|is|was|will|would|also|then|now|[a-z]+ed|[a-z]+s)"
                            r"[ \t\u00a0]+){1,2}its\b")
# The same with "his" (and after "and"): "Lugo fired his army commanders", "Munoz introduced his proposal", "Supporters
# of Kibaki and his rival": a person, where a lone surname had no other sign of one; not after "the" (a team, a
# firm). Not "her", also an object ("Nordbank paid her").
_HIS_AFTER = re_std.compile(r"[ \t\u00a0]+(?:(?:and|has|had|have|is|was|will|would|also|then|now|[a-z]+ed|[a-z]+s)"
                            r"[ \t\u00a0]+){1,2}his\b")
_CAPITAL_NEXT = re.compile(r"[ \u00a0]\p{Lu}")
# A connector and a capitalised word right after a name: the name goes on past where it was cut ("the group Citizens
# for Responsibility and Ethics", "Corriere della Sera")
_NAME_GOES_ON = re.compile(r"[ \t\u00a0]+(?:for|of|de|del|della|di|du|des)(?:[ \t\u00a0]+(?:an?|the))?"
                           r"[ \t\u00a0]+\p{Lu}")
_AGE = re.compile(r",[ \t\u00a0]*\d{1,3},")  # "Kopp, 44, of St. Albans"
_PERSON_AFTER_OPENS = frozenset(" \t\u00a0,")  # the characters a match of lex.person_after opens with
_DAY_NEXT = re.compile(r"[ \t\u00a0]+\d")  # a day's number or a year right after a month's name: "May 24", "May 2016"
# A day's number after a month's abbreviation: "Oct 27", "Oct. 27", and as tokenised text writes it, "Oct . 13", or
# with a stray comma, "Sept, 26, 2014".
_DIGIT_NEXT = re.compile(r"(?:[ \t\u00a0]*[.,])?[ \t\u00a0]*\d")
_DIGIT = re.compile(r"\d")
_PARTY_TOKEN = re.compile(r"^[RDI]-\p{Lu}")
_PARTY_OPENINGS = ("R-", "D-", "I-")  # how _PARTY_TOKEN's matches open, told without the regex
_INITIALS = re.compile(r"^(?:\p{Lu}\.)+$")  # "J.", "J.J."
_INITIAL_NEXT = re.compile(r"[ \u00a0]\p{Lu}(?:\p{Ll}|[ \u00a0]\p{Lu})")  # a name or an initial after a capital
_CAMEL = re.compile(r"\p{Ll}\p{Lu}(?![\u0080-\u00bf])")  # not a letter read as Latin-1 ("FranÃ§ois")
_CLITIC_NEXT = re.compile(r"['’]")
# After a place: a possessive, which says the name before the comma is what the place has ("China's envoy").
_POSSESSIVE_NEXT = re.compile(r"['’]s\b")
# After a name in capitals opening a line: a transcript's speaker label ("MARTIN:", "BETH FERTIG, BYLINE:",
# and a text stripped of its commas "BETH FERTIG   BYLINE :") or a dateline ("HARARE (Reuters) -", "RYE, N.H. —").
_LABEL_COLON = r"[ \t\u00a0]*:(?!\d)"  # a label's colon, not a clock's ("10:30")
_LABEL_AFTER = re.compile(r"(?:,?[ \t\u00a0]+\p{Lu}[\p{Lu}\-']*(?:[ \t\u00a0]+\p{Lu}[\p{Lu}\-']*){0,2})?"
                          + _LABEL_COLON)
# "HARARE (Reuters) -", "RYE, N.H. —", "LONDON, March 3 (Reuters) -", "PORT AVALON, March 3, 2026 /PRNewswire/ --":
# a dateline after a place in capitals.
# A text stripped of its commas leaves two spaces in the comma's place ("WEST PALM BEACH  Fla. (Reuters) -").
_DATELINE_PARTS = (r"(?:(?:,[ \t\u00a0]+|[ \t\u00a0]{2,})\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?"
                   r"(?:[ \t\u00a0]+\d{1,2}(?:,[ \t\u00a0]+\d{4})?)?)?"
                   r"(?:[ \t\u00a0]*\([^()\n]{1,40}\)|[ \t\u00a0]*/[^/\n]{1,40}/)?[ \t\u00a0]+[-–—]")
_DATELINE_AFTER = re.compile(_DATELINE_PARTS)
# A dateline with more than a dash after the place (a state, a date, the agency): the words in capitals
# before it are a place's even where they would be shouting ("FORT WORTH, Texas —", "PORT MORESBY, March 3
# (Reuters) -"), where a bare dash follows a line's shouted words as well ("EXCLUSIVE –").
_DATELINE_FULL = re.compile(r"(?=[ \t\u00a0]*[,(/]|[ \t\u00a0]{2,}\p{Lu})" + _DATELINE_PARTS)
_DATELINE_MARK = "—"  # the text after a chunk that opens such a dateline, as _chunk_pieces is told
_CAPITALISED = re.compile(r"(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*")
_ROLE_BEFORE = re.compile(r"\p{Lu},[ \t\u00a0]+$")  # after a speaker's name in capitals: "FERTIG, BYLINE:"
# How far after a name its label or dateline may end. Told to every match: the regex module looks
# for a pattern's colon or dash in all the text that follows unless the end is given (quadratic in
# a long token of base64 with thousands of capitalised pieces).
_LABEL_REACH = 80
# How far before a name "the village of " is looked for (the longest noun and "of", with room for spaces)
_PLACE_OF_REACH = 24
_PROGRAMME_REACH = 60  # how far a policy's name (entities_programmes.txt) may reach either side of a mention in it
_ROLE_LABEL_END = re.compile(_LABEL_COLON)
# The start of a line, a broadcast transcript's time code maybe after it ("[00:01:27] DUNLEAVY:").
_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0\"“]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?$")
# "anti-" or "pro-" right before a run of capitalised words: its first names are the prefix's object
_AGAINST_FOR = re.compile(r"(?<![\p{L}\p{N}])(?:[Aa]nti|[Pp]ro)-$")
_WORD_SPAN = re.compile(r"\S+")
# A web address's host and path right before a "/" (searched within _LINK_REACH): "pic.twitter.com/", "https://t.co/";
# its domain ends in lower case, as "U.S./Mexico" does not
_LINK_BEFORE = re_std.compile(r"(?:[A-Za-z0-9-]+\.)+[a-z]{2,}(?:/[^\s/]*)*/$")
_LINK_REACH = 80
_LINE_START_REACH = 20  # how far back a line's start is looked for: the longest time code and its space
# A speaker label of a briefing or hearing transcript with an honorific: "MS. QUILL:", "SEN. BECKER:".
_HONORIFICS = r"(?:MR|MS|MRS|DR|SEN|REP|GOV)"
_HONORIFIC_LABEL = re.compile(_HONORIFICS + r"\.[ \t]+\p{Lu}[\p{Lu}'’-]+[ \t]*:(?!\d)")
_AFTER_HONORIFIC = re.compile(r"(?:^|\n)[ \t\u00a0\"“]*" + _HONORIFICS + r"\.[ \t]+$")
_LIST_NEXT = re.compile(r",?[ \t\u00a0]+(?:and|or)\b|,[ \t\u00a0]*\p{Lu}")
_TITLE_MODIFIERS = frozenset({"former", "ex", "outgoing", "incoming", "then"})
_LOWER_NEXT = re.compile(r"[ \t\u00a0]+\p{Ll}")
_NOUN_NEXT = re.compile(r"[ \t\u00a0]+(\p{Ll}+)\b")  # a lower-case word next (a role's noun, unless a stop word)
_WORD_NEXT = re_std.compile(r"[ \t\u00a0]+([a-z]+)")  # the word in lower case after a name
# What follows a participle opening a sentence ("Recalling the pitfalls", "Lashing out, Trump said"):
# its object or particle, words no name is followed by ("Manning said", "Harding was" stay names);
# the prepositions too where the word is the -ing form of an ordinary word ("Pivoting to", not
# "Beijing on Friday").
_OBJECT_NEXT = (r"[ \t\u00a0]+(?:the|a|an|his|her|their|its|our|my|your|this|these|those|one|up|out|off|back|"
                r"down|him|them|it|us|me|himself|herself|themselves")
_PARTICIPLE_OBJECT = re.compile(_OBJECT_NEXT + r")\b")
_PARTICIPLE_NEXT = re.compile(_OBJECT_NEXT + r"|that|on|to|for|with|from|about|into|through|over|at|by|what|how|"
                              r"why|whether)\b")
_INITIAL_AFTER = frozenset("“\"‘([:!?—–\n")
_LOWER_WORD = re.compile(r"(?<![\p{L}\p{M}'’\-])\p{Ll}[\p{L}\p{M}]+")
_LOWER_FORM = re.compile(r"\p{Ll}[\p{L}\p{M}]+")
_WORD_CHAR = re.compile(r"[\p{L}\p{M}]")
_BEFORE_WORD = re.compile(r"[\p{L}\p{M}'’\-]")
_LONG_WORD = re.compile(r"\p{L}[\p{L}'’\-]{3,}")
# The same in ASCII text, where no other letter can stand: the standard engine finds them in half the time.
_LONG_ASCII_WORD = re_std.compile(r"[A-Za-z][A-Za-z'\-]{3,}")
_SPEAKS_AFTER = re.compile(r"[ \t\u00a0]+(?:said|says|released|announced|issued|stated)\b")
_SPOKESPERSON_BEFORE = re.compile(r"spokes(?:man|woman|person)[ \t\u00a0]+for[ \t\u00a0]+the[ \t\u00a0]+$")
_NUMERAL = re_std.compile(r"\d+|[ivx]+")  # a number ending an event's name, lower case: "ii" of "World War II"
# After a name cut at "of": an honour's ("the Baseball Hall of Fame", "Hall of Famer Cammi Granato", "the Hollywood
# Walk of Fame"), named but no one portrayed; the tails after a space or a no-break space.
_OF_FAME = tuple(space + tail for tail in data_lines("entities_honour_tails.txt") for space in (" ", "\u00a0"))
# After a photo desk's name, the photographer's: a photo's credit ("(AP Photo/Jeff Baenen)"), no one portrayed.
_CREDIT_SLASH = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*\p{Lu}")
_PHOTO_WORDS = data_words("entities_photo_words.txt")
# The title of a programme or another work ("on Meet the Press", "NBC's “Face the Nation”"): a
# capitalised ordinary word and "the" after an opening quotation mark, "on", "of" or a possessive.
_WORK_OPENING = r"(?:[“\"‘]|['’]{2}|(?<![\p{L}\p{M}])(?:on|of)[ \t\u00a0]+|\p{L}['’]s?[ \t\u00a0]+)"
_WORK_BEFORE = re.compile(rf"(?r){_WORK_OPENING}(\p{{Lu}}\p{{Ll}}+)[ \t\u00a0]+the[ \t\u00a0]+$")
_WORK_AT = re.compile(rf"(?r){_WORK_OPENING}$")
# A title in quotation marks around a mention: capitalised words, numbers and small words up to the opening mark
# (searched backwards from the mention) and after it to the closing one ("“Good Morning America”", "''The 40-Year-Old
# Virgin,''"); a closing single mark before a letter is an apostrophe ("“Carolina’s going to win”").
_TITLE_WORD = r"(?:\p{Lu}[\p{L}\p{N}'’.\-]*|\p{N}[\p{L}\p{N}'’.\-]*|of|the|a|an|and|in|on|to|for|at|with|from|by|or|&)"
# (a colon may part a title's words: “Star Wars: The Last Jedi”)
_TITLE_OPENED = re.compile(rf"(?r)(?:“|\"|''|‘)(?:{_TITLE_WORD}:?[ \t\u00a0]+)*$")
_TITLE_CLOSED = re.compile(rf"(?::?[ \t\u00a0]+{_TITLE_WORD})*[,.?!]?(?:”|\"|''|’)(?![\p{{L}}\p{{N}}])")
_TITLE_REACH = 80  # how far a title may reach either side of a mention in it
_TITLE_MARK = re_std.compile("[“\"'‘]")  # a character of each of _TITLE_OPENED's opening marks
# Inside a title, before a name the title is about: a host after "with" ("The Late Show With Stephen Colbert"), a
# subject after "of" ("The Making of Donald Trump", "The Day of the Donald")
_NAMED_IN_TITLE = re.compile(r"(?r)(?<![\p{L}\p{M}])(?:[Ww]ith|of(?:[ \t\u00a0]+the)?)[ \t\u00a0]+$")
_THE = ("the ", "the\u00a0")
_AND = ("and ", "and\u00a0")
# "the" and a capitalised word before "and ", right before a chunk, searched backwards
_PAIRED_BEFORE = re.compile(r"(?r)(?<![\p{L}\p{M}])the[ \t\u00a0]+((\p{Lu}\p{Ll}+)[ \t\u00a0]+and[ \t\u00a0]+)$")
_THE_ANY = (*_THE, "The ", "The\u00a0")
_COUPLE_AND = re.compile(r"[ \t\u00a0]+(?:and|&)[ \t\u00a0]+")  # between the partners' names
_COUPLE_WORDS = ("and", "&")  # what _COUPLE_AND holds between its spaces
# A number's ordinal right before a court's area (entities_court_areas.txt): "the 9th Circuit"
_ORDINAL_BEFORE = re.compile(r"(?<![\p{L}\p{N}.,$])\d{1,3}(?:st|nd|rd|th) $")
_ORDINAL_REACH = 6  # "123rd " at most
_OF_BEFORE = re.compile(r"(\w+)[ \t]+of[ \t]+$")  # "secretary of " before a name
# A preposition right before a name: the name is its object, not the subject of the verb after it
# ("Analysts at Nordbank said": not a person by "said"; but "a tweet from Rikkie Wells who tweeted").
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|from|with|by|in|on|to|for)[ \t]+$")
# "The" opening a one-word name within a sentence, after a lower-case word or a comma: a title ("told The
# Hill"); not after a capitalised word, as in a headline ("Pins The Rise Of ISIS") or a name ("Jane The Virgin")
# (its "The" lies in the five characters before the name, "$" taking a last line break too: _kind looks there first)
_TITLE_THE = re.compile(r"(?:(?<![\w'’-])[a-z]+|,)[ \t]The[ \t]$")
_WORK_HEAD = re.compile(r"(\p{Lu}\p{Ll}+)[ \t\u00a0]+The[ \t\u00a0]")
# An acronym as a common noun: a determiner, maybe other words, and a lower-case word right
# before it ("a super PAC", "the loathed MSM", "a photo ID"), and after it what ends a noun phrase
# (a stop, a clause, a verb), not a noun it modifies ("a new CNN poll").
_DETERMINED_BEFORE = re.compile(
    r"(?r)(?<![\p{L}\p{M}])(?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)[ \t\u00a0]+"
    r"((?:[^ \t\u00a0.,;:!?]+[ \t\u00a0]+){0,2})['‘“\"]*(\p{Ll}+)(?:[ \t\u00a0]+|-)$")
# Verbs whose object an acronym after a determiner's phrase is ("a source told CNN on Tuesday", "the
# company sued IBM"), not a modifier of it ("a super PAC").
_VERBS_BEFORE = frozenset("told tells tell said says asked asks gave gives sent sends met meets called calls urged "
                          "warned showed shows joined joins sued sues beat beats left leaves hit hits made makes took "
                          "takes put puts let lets sold sells bought buys hired hires fired fires".split())
_DETERMINERS = frozenset({"a", "an", "another", "the", "this", "that", "these", "those", "his", "her", "its",
                          "their", "our", "your", "my", "every", "each", "any", "some", "no"})
# A determiner and maybe lower-case words before a demonym: "a Republican who", "the pro-life
# Democrat who", "every American who" name one of a group, not a person called so ("Cuban said").
_DEMONYM_DETERMINED = re.compile(r"(?<![\p{L}\p{M}])(?:[Aa]n?|[Tt]he|[Ee]very|[Oo]ne|[Ee]ach|[Aa]ny|[Aa]nother)"
                                 r"[ \t\u00a0]+(?:\p{Ll}[\p{L}\p{M}'’\-]*[ \t\u00a0]+){0,3}$")
_PLURAL_ACRONYM = re.compile(r"\p{Lu}{2,}s")  # "PACs", "CEOs"
_NOUN_ENDS = re.compile(r"(?:['’]s)?['’]*(?:$|[.,;:!?)”\"’—–]|[ \t\u00a0]+(?:(?:and|or)[ \t\u00a0]+(?=\p{Ll})|(?:that|which|who|whose|is|was|are|were|has|had|"
                        r"will|would|to|with|for|in|on|of|by|from|at|as|\p{Ll}+(?:ing|ed))\b))")


def _known_after_gap(toks: list[_Tok], k: int, text: str, lex: _Lexicon, before: list[_Tok]) -> bool:
    """Whether the words from ``toks[k]`` up to the next gap of two spaces (or the chunk's end) are a known place or
    organisation, and the words ``before`` them and these are no known name together ("New  Mexico", "South  Africa"
    in a text spaced twice)."""
    end = k + 1
    while end < len(toks) and "  " not in text[toks[end - 1].end:toks[end].start]:
        end += 1
    after = " ".join(t.low for t in toks[k:end])
    return _known_kind(after, lex) in ("PLACE", "ORG") \
        and not _known_kind(" ".join(t.low for t in before) + " " + after, lex)


def _list_gap(toks: list[_Tok], k: int, text: str, lex: _Lexicon, before: list[_Tok]) -> bool:
    """Whether the two spaces before ``toks[k]`` stand for a comma that a text stripped of its commas lost between
    two names of a list: after a full name ("Enes Kanter  Doug McDermott", "Sen. Ada Quill  Sen. Ivo Brant"), before
    one ("the Yardbirds  John Mayall"), or between single words where the chunk holds another such gap ("Marx  Lenin
    Mao"). Not the padding around a mention of the article's main person after a given name or a title
    ("De'Andre  Hunter", "Mary Sue  Coleman", "Col.  Kermit Dyke"), nor before a suffix ("Cyrus Vance  Jr.") or an
    ordinary word that ends the name ("Christy Webber  Landscapes")."""
    last, first = before[-1].low, toks[k].low
    alone = k + 1 == len(toks) or "  " in text[toks[k].end:toks[k + 1].start]
    if last in _CONNECTORS or last in lex.first_names or last in lex.titles \
            or (last in lex.title_words and (first in lex.titles or first in lex.title_words)) \
            or first in _SUFFIXES or (alone and _common(first, lex)):
        return False
    return len(before) > 1 or (first in lex.first_names and not alone) \
        or sum("  " in text[a.end:b.start] for a, b in zip(toks, toks[1:])) > 1


def _place_before_gap(toks: list[_Tok], k: int, text: str, lex: _Lexicon, before: list[_Tok]) -> bool:
    """Whether the two spaces before ``toks[k]`` stand for the comma that a text stripped of its commas lost after a
    fronted phrase ending in a known place ("Apart from the delay of the visit to Indonesia  Dino said"): the words
    ``before`` them are that place alone (no given name: "Chelsea  Clinton", padding a main person), the place and
    the word are no known name together, nor is the word an ordinary one ending the name ("the Prague  Castle")."""
    place = " ".join(t.low for t in before)
    alone = k + 1 == len(toks) or "  " in text[toks[k].end:toks[k + 1].start]
    return (before[0].low not in lex.first_names and _known_kind(place, lex) == "PLACE"
            and not _known_kind(place + " " + toks[k].low, lex) and not (alone and _common(toks[k].low, lex)))


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


def _stop_token(tok: _Tok, lex: _Lexicon, after: str, dateline: bool = False, inner: bool = False) -> bool:
    """Words that end a name: stop words, shouting, party tags ("R-Texas"), stray capitals.
    ``after``: the text right after the word ("Oct 27" is a date, "Jo Sun" a name); ``dateline``:
    the word is one of a place's in capitals opening a dateline (no shouting); ``inner``: a word of
    the name stands before it."""
    low, text = tok.low, tok.text
    if low in _CONNECTORS:
        return False
    if low in lex.name_syllables and text[1:].islower() and _CAPITAL_NEXT.match(after):
        return False  # "Tan Ai Ling", "Ai Weiwei": a syllable of a name, not the abbreviation ("AI")
    if (low in lex.stop and not (len(text) > 1 and text.isupper() and _known_kind(text, lex))) \
            or (text.startswith(_PARTY_OPENINGS) and _PARTY_TOKEN.match(text)) \
            or (low + "." in lex.stop and _DIGIT_NEXT.match(after)) \
            or (low + "." in lex.pointed and not after.startswith(".") and _common(low, lex) and low not in lex.titles):
        # but the acronym of a known name that is also a stop word: "WHO"; and a state's abbreviation
        # that is an ordinary word and no title names the state with its point only ("Springfield,
        # Mass.", not "celebrate Mass", "Mass shootings")
        return True
    if len(text) == 1 or (len(text) == 2 and text[1] == "." and not tok.alone):
        # "J." is an initial, "Q" and "R" are not names; but a capital before a name is an initial without its
        # point, as British, Indian and other house styles write it ("George W Bush", "RWA secretary P Sudhakar"),
        # not "A" or "I", words before a capital as often
        return not (text.endswith(".") or (text not in ("A", "I") and _INITIAL_NEXT.match(after)))
    letters = text.replace(".", "").replace("-", "")
    if letters.isupper() and len(letters) > 1 and "." not in text and not _known_kind(text, lex) \
            and low not in lex.prefixes:
        # shouting ("NO WAR"), not an acronym; but a transcript's speaker label ("STEPHANOPOULOS:")
        return not dateline and ((len(letters) > 6 and not after.startswith(":")) or _common(low, lex)
                                 or (len(letters) > 4 and low.endswith("s") and _common(low[:-1], lex)))  # "ME MAILS"
    parts = low.split("-")
    if len(parts) < 2:
        return False
    # "Spanish-language", "Virginia-based", "Sixty-seven": adjectives and numbers, not names; but the two
    # syllables of a given name after the family name are one ("Moon Jae-in", "Park Ji-hoon"; not "Anti-war"
    # opening a name)
    last = text.split("-")[-1]
    syllables = inner and _SYLLABLE_PAIR.fullmatch(text) is not None and not _common(parts[0], lex)
    return (parts[0] in lex.demonyms and parts[-1] in lex.demonyms) or (
        last[:1].islower() and _common(last, lex) and not syllables) or all(_common(p, lex) for p in parts)


def _headline_cut(low: str, lex: _Lexicon) -> bool:
    """Whether a Title Case headline is cut at this word: an ordinary word ("Says"), or one in -s of an
    ordinary word ("Unveils", "Slows": headlines' verbs, which Punkt's news statistics saw less), that
    is no title, head word, connector, given name or start of a known name."""
    return ((_common(low, lex) or (low.endswith("s") and _common(low[:-1], lex))) and not _title_vocab(low, lex)
            and low not in lex.heads and low not in _CONNECTORS and low not in lex.first_names
            and not _known_start(low, lex))


_HEADLINE_NAMED = 2  # a headline's ``headline`` for _pieces where a given name keeps the word after it


def _named_in_headline(chunk: str, text: str, lex: _Lexicon) -> bool:
    """Whether a headline's ``chunk`` holds a given name and a word a headline is cut at ("Roger
    Stone: Don’t Trust") that the article writes together elsewhere too: a person's name in full,
    not a name and an ordinary word ("Hillary Says")."""
    words = chunk.split()
    for first, word in zip(words, words[1:]):
        word = _CLITIC.sub("", word)
        if first.lower() in lex.first_names and _headline_cut(word.lower(), lex):
            pair = f"{first} {word}"
            if text.find(pair, text.find(pair) + 1) >= 0:
                return True
    return False


def _firm_in_capitals(toks: list[_Tok], k: int, lex: _Lexicon) -> bool:
    """Whether word ``k`` of ``toks``, in capitals, is part of a company's name the business pages write in capitals
    before its legal form or head word as written ("ROGERS COMMUNICATIONS Inc. said", "HEALTHDYNE Inc., Atlanta,
    said"): the words from it to that head are in capitals (or "&"), the head an organisation's (entities_heads.txt;
    not one that names none alone) and not in capitals itself. So it is no shouting (:func:`_stop_token`); a shouted
    line before a name written as names are ("BREAKING NEWS Tarnby Ferries Inc.") is still cut."""
    for tok in toks[k:]:
        if tok.text.isupper() or tok.text == "&":
            continue
        return (tok.text[:1].isupper() and lex.heads.get(tok.low) == "ORG" and tok.low not in lex.bound_heads
                and toks[k].text.isupper())
    return False


def _pieces(chunk: list[_Tok], lex: _Lexicon, text: str,
            headline: int = 0, dateline: bool = False) -> tuple[list[list[_Tok]], bool, bool]:
    """Cut a capitalised chunk at stop words, clitics ("Trump’s", "I’m"; not a saint's before an
    institution, :func:`_saint_named`), hyphenated pairs of names and loose connectors (not the
    "and" of :func:`_paired_name`); in a Title Case ``headline`` also at ordinary words ("Says"), but
    not right after a given name where it is :data:`_HEADLINE_NAMED` ("Roger Stone"); in capitals
    opening a ``dateline`` not at shouting (see :func:`_stop_token`).
    Also says whether ``headline`` made a difference (the chunk has such a word), and whether
    the ``text`` after a word might (a digit after an abbreviation that is a stop word)."""
    pieces: list[list[_Tok]] = [[]]
    cased = dated = False
    toks = _split_hyphens(chunk, lex)
    for k, tok in enumerate(toks):
        # (an apostrophe opens every clitic: most words are told without the regex)
        clitic = _CLITIC.search(tok.text) if "'" in tok.text or "’" in tok.text else None
        if clitic and _saint_named(pieces[-1], tok.low[:clitic.start()], toks[k + 1:k + 4], lex):
            clitic = None
        if tok.low == "and" and _paired_name(pieces[-1][0].low if len(pieces[-1]) == 1 else "",
                                             (t.low for t in toks[k + 1:k + 4]), lex):
            pieces[-1].append(tok)
            continue
        if clitic:
            tok = _Tok(tok.start, tok.start + clitic.start(), tok.text[:clitic.start()], tok.alone)
        dated = dated or tok.low + "." in lex.stop or tok.low + "." in lex.pointed  # see _stop_token
        known_run = 0 < len(pieces[-1]) < lex.longest and _opens_phrase(pieces[-1][0].low, lex) and _known_start(
            " ".join([*(t.low for t in pieces[-1]), tok.low]), lex)  # "USA TODAY"
        if not tok.text or (_stop_token(tok, lex, text[tok.end:tok.end + 4], dateline, bool(pieces[-1]))
                            and not known_run and not _firm_in_capitals(toks, k, lex)):
            pieces.append([])
            continue
        if _headline_cut(tok.low, lex) and not known_run:  # a known name stays whole: "USA TODAY Sports" in a caption
            cased = True
            if headline and not (headline == _HEADLINE_NAMED and len(pieces[-1]) == 1
                                 and pieces[-1][0].low in lex.first_names):
                pieces.append([])
                continue
        if tok.low in _WEAK_CONNECTORS and pieces[-1]:
            prev = pieces[-1][-1].low
            # "&" joins a firm's or a title's names ("Brandt & Co", "Johnson & Johnson", "Barnes & Noble"),
            # not two people's given names ("Hillary & Chelsea Clinton") nor a person and a titled one
            # ("Rudy Giuliani & Sen. Jeff Sessions"); a head word naming a firm only after its other words is its
            # name's end ("Edison Research for the Associated Press"); "of" after a party's or a nation's word alone
            # tags a person with a place ("Sen. Ada Quill, Republican of Iowa"), no name goes on through it
            if (tok.low == "of" and len(pieces[-1]) == 1 and prev in lex.demonyms) \
                    or not ((tok.low == "&" and prev not in lex.first_names and not _titled_next(text, tok.end, lex))
                    or (prev in lex.heads and prev not in lex.bound_heads) or prev in lex.titles
                    # "First of America Bank Corp.", "First of America said": a word opening firms' names
                    or (len(pieces[-1]) == 1 and prev in lex.firm_openers and tok.low == "of")
                    or prev in lex.title_words
                    or (tok.low == "for" and _court_area_after(pieces[-1], toks[k + 1:], lex))
                    or (len(pieces[-1]) < lex.longest
                        and " ".join([*(t.low for t in pieces[-1]), tok.low]) in lex.prefixes)):
                pieces.append([])
                continue
        if pieces[-1] and "  " in text[pieces[-1][-1].end:tok.start] \
                and ((not (len(pieces[-1]) == 1 and pieces[-1][0].low in lex.first_names)
                      and _known_after_gap(toks, k, text, lex, pieces[-1]))
                     or _list_gap(toks, k, text, lex, pieces[-1]) or _place_before_gap(toks, k, text, lex, pieces[-1])):
            # a known place or organisation after two spaces, where a text stripped of its commas had a comma
            # ("Astana  Kazakhstan", "Alexandria  Virginia", "Anthony Kwan  Getty Images"): no word of the name before;
            # or the next name of a list
            pieces.append([])
        if tok.alone:
            pieces.append([])
        pieces[-1].append(tok)
        if clitic or tok.alone:
            pieces.append([])
    out = []
    for piece in pieces:
        while piece and piece[0].low in _CONNECTORS and not _particle_opens_known(piece, lex):
            piece = piece[1:]
        while piece and piece[-1].low in _CONNECTORS:
            piece = piece[:-1]
        if piece:
            out.extend(_places_apart(piece, lex))
    return out, cased, dated


def _saint_named(piece: list[_Tok], word: str, after: list[_Tok], lex: _Lexicon) -> bool:
    """Whether the possessive of ``word`` after ``piece`` is inside the name of an institution, a head word
    among the words ``after`` it: a saint's after its "St." ("St. Anselm's College", "St Mary's Hospital": one
    name, not the person "St. Anselm" and another organisation "College"), or a word whose possessive names
    such institutions ("King's College London", "Marrowby Children's Hospital"); or a title's possessive before the
    title's last word ("Marrow County State's Attorney Ada Quill": a title, not the place "Marrow County State")."""
    return ((((len(piece) == 1 and piece[0].low in lex.saints) or word in lex.named_possessives)
             and any(t.low in lex.heads for t in after))
            or (bool(after) and (word, after[0].low) in lex.possessive_titles))


def _court_area_after(piece: list[_Tok], after: list[_Tok], lex: _Lexicon) -> bool:
    """Whether "for" after ``piece`` goes on with the area of a court's name: ``piece`` holds an organisation's
    head word ("U.S. Court of Appeals") and the words ``after`` "for" (and "the") up to the next connector end in a
    court's area (entities_court_areas.txt): "the U.S. Court of Appeals for the Ninth Circuit" is one name; "the
    Bank of England for the Treasury" two."""
    if not any(lex.heads.get(t.low) == "ORG" and t.low not in lex.bound_heads for t in piece):
        return False
    last = ""
    for tok in after[1:] if after[:1] and after[0].low == "the" else after:
        if tok.low in _CONNECTORS:
            break
        last = tok.low
    return last in lex.court_areas


def _paired_name(first: str, after: Iterable[str], lex: _Lexicon) -> bool:
    """Whether "and" after the word ``first`` (lower case; "" for more words than one) joins two ordinary
    words of one organisation's name, as the words ``after`` it end in an organisation's head word
    ("Securities and Exchange Commission", "Competition and Markets Authority", "Food and Drug
    Administration"): ``first`` an ordinary word that is no title word, and only ordinary words up to
    the head word ("the Senate and House Intelligence Committee" are two)."""
    if not first or not _common(first, lex) or _title_vocab(first, lex):
        return False
    for low in after:
        if lex.heads.get(low) == "ORG":
            return True
        if not _common(low, lex):
            return False
    return False


def _titled_next(text: str, pos: int, lex: _Lexicon) -> bool:
    """Whether the word after ``pos`` in ``text`` is a title ("Sen.", "President")."""
    words = text[pos:pos + 40].split(None, 2)
    return bool(words) and (words[0].lower() in lex.titles or lex.expand.get(words[0].lower(), "") in lex.titles)


def _particle_opens_known(piece: list[_Tok], lex: _Lexicon) -> bool:
    """Whether ``piece`` opens with a particle of a name ("Al", "Le", "El", "Der"; not the weak
    connectors "the", "of") that opens a known name with the words after it: "Al Qaeda",
    "Le Monde", "Der Spiegel" keep it. Other particles opening a piece are left out of it ("Le Pen
    said" names "Pen", which linking gives Marine Le Pen's name)."""
    if piece[0].low in _WEAK_CONNECTORS or len(piece) < 2 or not _opens_phrase(piece[0].low, lex):
        return False
    return any(_known_kind(" ".join(t.low for t in piece[:w]), lex)
               for w in range(2, min(len(piece), lex.longest) + 1))


def _places_apart(piece: list[_Tok], lex: _Lexicon) -> list[list[_Tok]]:
    """``piece`` cut in two where it is two known places and no known name as a whole: a city and
    its country or state whose comma was lost ("Nairobi Kenya", "Berlin Germany")."""
    if 1 < len(piece) <= 2 * lex.longest and piece[0].low not in lex.titles:
        opens = _opens_phrase(piece[0].low, lex)  # else only its first word may be a known name
        if opens and _known_kind(" ".join(t.low for t in piece), lex):
            return [piece]  # not "Miss Jamaica" ("Miss." is Mississippi)
        for k in range(1, len(piece) if opens else 2):
            if _known_kind(" ".join(t.low for t in piece[:k]), lex) == "PLACE" \
                    and _known_kind(" ".join(t.low for t in piece[k:]), lex) == "PLACE":
                return [piece[:k], piece[k:]]
    return [piece]


def _role_after_org(tokens: list[_Tok], lex: _Lexicon) -> int:
    """Tokens up to the last role word of a name that opens with an organisation
    ("Republican National Committee Chairman Reince Priebus", "Goldman Sachs CEO Lloyd Blankfein");
    0 if there is none with a name after it. A head word alone after the role word is none: the
    role word is part of the organisation's name ("Massachusetts General Hospital", "United Nations
    General Assembly")."""
    # What the tokens after j hold, kept from right to left: one pass, not one per j.
    all_suffixes = True
    for j in range(len(tokens) - 2, 0, -1):
        after = tokens[j + 1].low
        # (a state's abbreviation without its point is a name's word: "Jute Minister Md Rafiqul Haque")
        if _title_vocab(after, lex) and not (after + "." in lex.pointed and j + 2 < len(tokens)):
            return 0  # then for every j further left too
        all_suffixes = all_suffixes and after in _SUFFIXES
        if tokens[j].low in lex.titles and not all_suffixes \
                and not (j == len(tokens) - 2 and after in lex.heads):
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


class _LowerWords:
    """Whether an article writes a word in lower case (a whole word as :data:`_LOWER_WORD` finds
    them): few words are asked about, so each is looked up with plain-text searches; once one is a
    substring in many places, or many words were asked about (each search that fails reads the whole
    text: thousands of a transcript's labels made it quadratic), all the article's lower-case words
    are collected instead."""

    _TRIES = 8
    _SEARCHES = 32

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: set[str] | None = None
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._search(word)
        return found

    def _search(self, word: str) -> bool:
        if not _LOWER_FORM.fullmatch(word):
            return False
        text = self.text
        if len(self.known) < self._SEARCHES:
            i = text.find(word)
            for _ in range(self._TRIES):
                if i < 0:
                    return False
                if (i == 0 or not _BEFORE_WORD.match(text, i - 1)) and not _WORD_CHAR.match(text, i + len(word)):
                    return True
                i = text.find(word, i + 1)
        self.words = set(_LOWER_WORD.findall(text))
        return word in self.words


def _is_initial(text: str, pos: int, sent_firsts: set[int]) -> bool:
    """Whether ``pos`` opens a sentence, a quotation (also one opened by apostrophes: "''Oh" or
    " 'Oh", not "O'Brien") or a clause after ``:``/``!``/``?``."""
    if pos in sent_firsts:
        return True
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j >= 0 and j == pos - 1 and text[j] in "'’":
        return j == 0 or not _WORD_CHAR.match(text, j - 1) and not text[j - 1].isdigit()
    return j < 0 or text[j] in _INITIAL_AFTER


def _place_context(text: str, start: int, end: int, lex: _Lexicon, before: bool = True) -> bool:
    """Whether the words around a name say it is a place: "in central X", "X, South Korea"."""
    if before and lex.place_before.search(text, max(0, start - 30), start):
        # "in Valeant stock", "in Ash’s view" are no places
        return not (_LOWER_NEXT.match(text, end) or _CLITIC_NEXT.match(text, end))
    if not text.startswith(",", end):
        return False  # both patterns below open with a comma: most names are told without them
    if _PLACE_APPOSED.match(text, end):
        return True
    m = _NAME_AFTER_COMMA.match(text, end)
    if not m or _family_named(text[start:end].split(), lex):
        # "According to Zhang, China-built", "Park Ji-won, South Korea's envoy": a family name alone or with
        # its given name's syllables is no city before its country
        return False
    words = m.group(1).split()
    for n in (2, 1):
        place = " ".join(words[:n])
        if len(words) >= n and _known_kind(place, lex) == "PLACE":
            # "Gyeongju, South Korea, for talks", but not the list "Lund, Japan and China", nor the place as a
            # possessive of what follows the name ("Ren Zhiqiang, China's envoy"; "Abilene, Texas-based" is one)
            # or as a word of a role ("Ada Quill, Europe coordinator at", "Lu Chen, Texas director of")
            after = m.start(1) + len(place)
            noun = _NOUN_NEXT.match(text, after)
            return not (_LIST_NEXT.match(text, after) or _POSSESSIVE_NEXT.match(text, after)
                        or (noun and noun.group(1) not in lex.stop))
    return False


def _named_in_full(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (a name in capitals) as the last word of a longer name, in any case."""
    return word.lower() in _name_ends(text)


@lru_cache(maxsize=4)
def _name_ends(text: str) -> frozenset[str]:
    """The words of ``text`` (lower case) that follow a capitalised word with only spaces between: the
    last words of its names. One scan per article (a transcript has a label for every turn)."""
    out, prev_end = set(), -2
    for m in _CAPITALISED.finditer(text):
        if prev_end >= 0 and _SPACES.fullmatch(text, prev_end, m.start()):
            out.add(m.group().rstrip(".").lower())
        prev_end = m.end()
    return frozenset(out)


@lru_cache(maxsize=4)
def _places_of(text: str, pattern: re.Pattern, nouns: tuple[str, ...]) -> frozenset[str]:
    """The names of two or more words (lower case) that ``text`` writes after a settlement's noun and "of" ("the
    town of Altun Kupri"; ``pattern`` is the lexicon's ``place_of_name``, ``nouns`` its ``place_of_last``): places,
    in all their mentions. One scan per article, and none where no noun is followed by "of"
    (:func:`_may_name_place_of`): sparing those scans saved 6% of the stage's instructions on 200 PolNeAR articles."""
    if not _may_name_place_of(text, nouns):
        return frozenset()
    return frozenset(m.group(1).lower() for m in pattern.finditer(text))


def _may_name_place_of(text: str, nouns: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold the lexicon's ``place_of_name``: the last word of one of its nouns (``nouns``), then
    spaces and "of", all case-folded, dots above dropped. That pattern's caseless match takes a character for a letter
    of a noun only where the two fold alike so (``tests/test_entities.py`` checks it over every character), so a
    text that fails this holds no match, and most articles are told by str.find, not by the pattern's slower scan."""
    folded = text.casefold().replace("\u0307", "")
    for noun in nouns:
        at = folded.find(noun)
        while at >= 0:
            end = after = at + len(noun)
            while after < len(folded) and folded[after] in _SPACE_CHARS:
                after += 1
            if after > end and folded.startswith("of", after):
                return True
            at = folded.find(noun, end)
    return False


def _party_tag(text: str, pos: int) -> bool:
    """``_PARTY_TAG.match(text, pos)``, told where a match must end: the regex module looks for the
    tag's "-" in all the text that follows, at every name, unless the end is given."""
    if pos < len(text) and text[pos] in _SPACE_CHARS:
        if pos + 1 >= len(text) or (text[pos + 1] not in _SPACE_CHARS and text[pos + 1] not in "(,"):
            return False  # one space, then a word: most names, told without a regex call
        opening = _SPACES.match(text, pos).end()
    else:
        opening = pos
    if opening >= len(text) or text[opening] not in "(,":
        return False
    # then spaces, "R-", at most 20 characters and the closing mark
    return _PARTY_TAG.match(text, pos, _SPACES.match(text, opening + 1).end() + 23) is not None


class _PieceTable(list):
    """The records of :func:`_piece`, each also found by the text of its piece (``by_text``): a
    piece's words, and so its record, are the same in every chunk that holds it ("Ada Quill" of
    "Sen. Ada Quill", "But Ada Quill", "Ada Quill"). Cleared together."""

    def __init__(self) -> None:
        super().__init__()
        self.by_text: dict[str, int] = {}

    def clear(self) -> None:
        super().clear()
        self.by_text.clear()


# What is worked out once per distinct chunk is kept in flat tuples of strings, numbers and flags
# (records), which refer to each other by their place in these lists: the garbage collector stops
# tracking such tuples, where objects (or nested tuples) kept for the whole run would make it sweep
# the whole heap again and again.
# (chunk, headline, after) -> (cased, dated, *(offset of a piece in the chunk, its record in _PIECES)...)
_CHUNKS: dict[tuple[str, int, str], tuple] = {}
_PIECES = _PieceTable()
_PLANS: list[tuple] = []
_MENTIONS: list[tuple] = []
_CHUNKS_KEPT = 1 << 14  # distinct chunks kept at most, about 13 MB (then all are forgotten at once)


def _record(table: list[tuple], record: tuple) -> int:
    table.append(record)
    return len(table) - 1

def _mention(title_toks: tuple[_Tok, ...], name: tuple[_Tok, ...], chunk: str, lex: _Lexicon) -> tuple:
    """What the words of one mention say by themselves (offsets from its piece's start):
    ``(start, name_start, name_end, key, title, has_role, demonym, firm, acronym, common, shape,
    extends, ordinary)``; :func:`_kind` adds the context."""
    first, last = name[0], name[-1]
    start = title_toks[0].start if title_toks else first.start
    lows = [t.low for t in name]
    key = " ".join(lows)
    title_lows = [t.low for t in title_toks]
    has_role = any(low in lex.titles for low in title_lows) or " ".join(title_lows) in lex.titles
    common = all(_common(low, lex) for low in lows)
    letters = last.text.replace(".", "")
    if len(name) == 1 and last.low in lex.first_names:
        shape = "person"
    elif 1 < len(name) <= 4 and not any((_common(t.low, lex) and t.low not in _CONNECTORS) or t.text.isupper()
                                        for t in name[:len(name) - (last.low in lex.titles)]) \
            and (not (_known_kind(first.low, lex) or first.low in lex.demonyms) or first.low in lex.first_names
                 or first.low in lex.name_demonyms):
        # "Sanae Takaichi": a run of words that are names and nothing else; not "Senate Benghazi", nor a place and
        # another name ("Scotland Yard", "Westport Marathon"; but "Austin Powers"), nor a demonym before one, no
        # given name ("Swedish Covenant", "French Riviera"; but "Christian Arroyo", "Scot Ross": lex.name_demonyms,
        # entities_name_demonyms.txt). A title may end it as a surname
        # after names that are no ordinary words ("Orla King", "Chalfonte LeNee Queen")
        shape = "person"
    else:
        shape = "MISC"
    return (
        start, first.start, last.end, key, " ".join(chunk[start:first.start].split()), has_role,
        key in lex.demonyms and _key(key) not in lex.groups,  # a demonym alone is no mention (but "Cuban said")
        "PERSON" if title_toks and _titled_family_name(name, lex) else _firm_kind(name, key, lex),
        len(name) == 1 and letters.isupper() and len(letters) > 1,  # an acronym (NATO, FBI)
        common, shape,
        (not title_toks or has_role) and not common,  # title words before it may make it a person
        # a capitalised ordinary word ("Trade", "Additionally"), unless the end of a name in its article ("Rice")
        # (``common`` is _common(key) for one word; only a word in -ly is asked of _adverb, past its cache)
        len(name) == 1 and not title_toks and (common or (key.endswith("ly") and _adverb(key)))
        and key not in lex.first_names,
    )


def _chunk_spans(text: str, lex: _Lexicon) -> Iterator[tuple[int, int]]:
    """The spans of the runs of capitalised words of ``text`` (``lex.chunk``), a run cut where a place in capitals
    opening a dateline ends at two spaces, as a text stripped of its commas writes it ("WEST PALM BEACH  Fla.
    (Reuters) -": the place, then the state; not one name "WEST PALM" and a word "BEACH" shouted)."""
    for m in lex.chunk.finditer(text):
        base, end = m.span()
        if base and text[base - 1] == "/" and _LINK_BEFORE.search(text, max(0, base - _LINK_REACH), base):
            # a link's path ("pic.twitter.com/PwK0NwCrat", "https://t.co/ChcHSoxdNL", "twitter.com/JeffHorwitz"):
            # an address's letters, no name; the run goes on past the link only after a space
            base = _WORD_SPAN.match(text, base).end()
            if base >= end:
                continue
            base += len(text[base:end]) - len(text[base:end].lstrip())
        # ("of" told a letter at a time: a letter of a text is a cached string, a slice a new one, startswith slower)
        if base > 3 and text[base - 2] == "f" and text[base - 3] == "o" \
                and (of := _OF_BEFORE.search(text, max(0, base - 40), base)) \
                and of.group(1).islower() and of.group(1) in lex.titles:
            # "former secretary of State Hillary Clinton", "secretary of Homeland Security Jeh Johnson": the words
            # after a title in lower case and "of" that may qualify a title are its field, no name's, where a given
            # name or nothing follows them (not "commander of NATO forces", "director of National Nurses United")
            field = base
            for word in _WORD_SPAN.finditer(text, base, end):
                low = word.group().lower()
                if field > base and low in lex.first_names:
                    break
                if low not in lex.title_words or _known_kind(low, lex):
                    field = base
                    break
                field = word.end()
            if field >= end:
                continue
            base = field + len(text[field:end]) - len(text[field:end].lstrip())
        if base > 3 and text[base - 1] == " " and text[base - 2] in "tdh" \
                and (ordinal := _ORDINAL_BEFORE.search(text, max(0, base - _ORDINAL_REACH), base)) \
                and _area_opens(text, base, end, lex):
            base = ordinal.start()  # "the 9th Circuit", "The 6th Circuit Court of Appeals": the number names it
        cut = text.find("  ", base, end)
        if cut > base and text[base:cut].isupper() and _opens_dateline(text, base, cut):
            yield base, cut
            base = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        if base > 3 and text[base - 1] == "-" and _AGAINST_FOR.search(text, max(0, base - 6), base):
            cut = _object_end(text, base, end, lex)
            if cut < end:
                yield base, cut
                base = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        if end < len(text) and text[end].isdigit():
            # A word written together with a number is a code ("Buzz60", "Segwit2x"), no name, and capitals so written
            # no place's abbreviation ("channel NY1" is no New York); but a station's call letters ("WFTV9") and a
            # known name ("Fox411") stay, as do the letters of a word the text mangled ("GÃ1⁄4len")
            cut = max(text.rfind(" ", base, end), text.rfind("\u00a0", base, end)) + 1
            word = text[max(cut, base):end]
            kind = lex.known.get(_key(word), ("", ""))[1]
            if word.isascii() and (kind == "PLACE" or not (kind or word.isupper())):
                end = len(text[base:cut].rstrip()) + base if cut > base else base
                if end <= base:
                    continue
        yield base, end


_OPEN_QUOTES = frozenset("“\"")
_THE_BEFORE_QUOTE = re.compile(r"(?<![\p{L}\p{N}])[Tt]he[ \t\u00a0]+$")


def _quoted_epithet(text: str, base: int, end: int, lex: _Lexicon) -> bool:
    """Whether the run at ``base`` is a phrase of ordinary words set in quotation marks after "the" ('the “Grand Old
    Man” of African politics', 'the "Comeback City"', 'the “Southern Strategy”'): an epithet, a nickname or a work's
    title, no name of the story. Not where its last word heads an organisation or a place ('the “Red Neck Country
    Club”') nor where a word is no ordinary word ('the "Smithsonian Museum"')."""
    words = text[base:end].split()
    return len(words) > 1 and text[end:end + 1] in "”\"" \
        and _THE_BEFORE_QUOTE.search(text, max(0, base - 8), base - 1) is not None \
        and words[-1].lower() not in lex.heads and all(_common(word, lex) for word in words)


def _campuses(text: str, spans: Iterable[tuple[int, int]], lex: _Lexicon) -> Iterator[tuple[int, int]]:
    """The ``spans`` of capitalised runs, a university's run joined with its campus after a comma ("the University
    of California, Berkeley": one name, not a university and a person "Berkeley"), where :func:`_campus_after`
    says the second run is its campus."""
    held = None
    for span in spans:
        if held is not None and _campus_after(text, held, span, lex):
            held = held[0], span[1]
            continue
        if held is not None:
            yield held
        held = span
    if held is not None:
        yield held


def _campus_after(text: str, name: tuple[int, int], after: tuple[int, int], lex: _Lexicon) -> bool:
    """Whether the run ``after`` is the campus of the university ``name`` ends with: right after it and a comma,
    at most three words, no ordinary word nor a known name of another kind than a place, and named nowhere else
    in the article (a person after the comma, "at the University of Miami, Trump opened", is named again)."""
    if text[name[1]:after[0]] != ", " or after[1] - after[0] > 40:
        return False
    chunk, campus = text[name[0]:name[1]], text[after[0]:after[1]]
    of = chunk.rfind(" of ")
    words = campus.split()
    if of < 0 or chunk[:of].rsplit(None, 1)[-1].lower() not in lex.campus_heads or len(words) > 3 \
            or _common(words[0], lex) or _known_kind(campus, lex) not in ("", "PLACE"):
        return False
    named = re.compile(rf"(?<![\p{{L}}\p{{N}}]){re.escape(campus)}(?![\p{{L}}\p{{N}}])")
    return all(text[:m.start()].endswith(", ") and text.rfind(" of ", 0, m.start()) > m.start() - 40
               for m in named.finditer(text))


def _area_opens(text: str, base: int, end: int, lex: _Lexicon) -> bool:
    """Whether the capitalised run at ``base`` (ending by ``end``) opens with a court's area or names one as its
    second word: an ordinal in digits before it is part of the name then ("the 9th Circuit", "the 4th District's",
    "Indiana's 4th Congressional District", "the 2nd Judicial Circuit"), as the run alone names no one district."""
    first = _ALNUM_RUN.match(text, base)  # read without a comma or clitic after it: "District's", "District,"
    if first.group().lower() in lex.court_areas:
        return True
    second = _ALNUM_RUN.match(text, first.end() + 1) if text[first.end():first.end() + 1] == " " else None
    return second is not None and second.end() <= end and second.group().lower() in lex.court_areas


def _comma_apart(text: str, spans: Iterable[tuple[int, int]], sent_starts: list[int],
                 lex: _Lexicon) -> Iterator[tuple[int, int]]:
    """The ``spans`` of capitalised runs, a run of two single words two spaces apart cut in two where the spaces stand
    for the comma a text stripped of its commas lost between two names (PerSenT: "companies such as Adidas  Swarovski
    and Express", "After Rio  Ono took time out"), not for the two spaces padding its main person ("De'Andre  Hunter
    did"; :func:`~presslens.text.lost_comma`): not after a title or a connector, not before a suffix, nor where the two
    words are a known name together ("New  Mexico") or a place and an ordinary word ending its name ("the Lisbon
    Castle", as :func:`_place_before_gap`). Two words that each end a longer name of the text, the first no given
    name, are two people's surnames, apart though both are padded ("According to  Paltrow  Weinstein  threatened":
    Gwyneth Paltrow's and Harvey Weinstein's; but "Betsy  DeVos ’s")."""
    for base, end in spans:
        gap = text.find("  ", base, end)
        if gap > base:
            after = gap + len(text[gap:end]) - len(text[gap:end].lstrip())
            first, second = text[base:gap].lower(), text[after:end].lower()
            if " " not in second and first not in _CONNECTORS and first not in lex.titles \
                    and first not in lex.title_words and second not in _SUFFIXES \
                    and not _known_kind(first + " " + second, lex) \
                    and not (_common(second, lex) and _known_kind(first, lex) == "PLACE"):
                i = bisect_right(sent_starts, base) - 1
                if lost_comma(text, gap, after, sent_starts[i] if i >= 0 else 0,
                              sent_starts[i + 1] if i + 1 < len(sent_starts) else len(text)) \
                        or (first not in lex.first_names and _named_in_full(text, first)
                            and _named_in_full(text, second)):
                    yield base, gap
                    yield after, end
                    continue
        yield base, end


def _object_end(text: str, start: int, end: int, lex: _Lexicon) -> int:
    """Where the object of an "anti-" or "pro-" opening the run ``text[start:end]`` ends: the run's longest
    known name that starts it ("pro-Islamic State Twitter account"), or a given name and the word after it
    ("pro-Jeb Bush super PAC"), or its first word where that is a demonym, a known name or one the article gives
    alone ("anti-Trump Republicans", "the anti-Trump National Review": a person's group or a paper of its own, no
    name of Trump's). ``end`` where the first word is an ordinary one
    ("pro-Second Amendment Democrats") or a word in capitals follows it alone ("an anti-Trump PAC": its head)."""
    words = list(_WORD_SPAN.finditer(text, start, end))
    first = words[0].group().lower()
    if len(words) < 2 or _common(first, lex) or (len(words) == 2 and words[1].group().isupper()):
        return end
    for n in range(len(words), 1, -1):
        if _known_kind(text[start:words[n - 1].end()].lower(), lex):
            return words[n - 1].end()
    if first in lex.first_names:
        return words[1].end()
    if first in lex.demonyms or _known_kind(first, lex):
        return words[0].end()
    # a word the article names alone elsewhere, or as the last of a name ("then-candidate Trump"); not a given name
    # new to the lists ("pro-Lina Quill Kestrel Party")
    alone = re.compile(rf"(?<![\p{{L}}\p{{N}}-]){re.escape(words[0].group())}(?![\p{{L}}\p{{N}}]|[ \t\u00a0]+\p{{Lu}})")
    return words[0].end() if any(m.start() != start for m in alone.finditer(text)) else end


def _opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in capitals and opening a line, is the place of a dateline with
    more than a dash after it (:data:`_DATELINE_FULL`: "FORT WORTH, Texas —")."""
    return (text[start:end].isupper() and _DATELINE_FULL.match(text, end, end + _LABEL_REACH) is not None
            and _LINE_START.search(text, max(0, start - _LINE_START_REACH), start) is not None)


def _may_name_programme(text: str, lex: _Lexicon) -> bool:
    """Whether ``text`` may hold a policy's name (``lex.programme``): it holds every word of one, all
    case-folded, dots above dropped. That pattern's caseless match takes a character for a letter of
    those words only where the two fold alike so ("İ" for "i"; ``tests/test_entities.py`` checks it
    over every character), so in most articles no mention's window needs scanning for one."""
    folded = text.casefold().replace("\u0307", "")
    return any(all(word in folded for word in words) for words in lex.programme_words)


def _team_nickname(words: list[str], word: str, text: str, lex: _Lexicon) -> bool:
    """Whether a name ``word`` (``words``: its words, lower case) may be a team's nickname: one to three words in title
    case ending in a plural ("Knicks", "Nationals", "Kansas City Chiefs"; not a surname's "-is", "-us", "-ss": "the
    Weis buyout"), no group's ("Republicans", "Muslims") or place's ("the Palm Beaches"), nor a family's, one word
    whose one member ``text`` names ("the Clintons" beside "Clinton"; "the Buffalo Bills" beside "Bill Orr" is
    none)."""
    last = words[-1]
    if not (len(words) <= 3 and len(last) > 3 and last.endswith("s") and not last.endswith(("is", "us", "ss"))
            and _key(last) not in lex.groups and last not in lex.demonyms and last not in lex.place_plurals
            and all(w[:1].isupper() and w[1:].islower() for w in word.split())):
        return False
    return len(words) > 1 or not _stands_alone(text, word[:-1])


def _stands_alone(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` with no word character (``re``'s \\w: a letter, digit or "_"), apostrophe
    or hyphen either side (a scan by str.find: a pattern per word was compiled anew for most names)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _joins_word(text[i - 1])) and (j == len(text) or not _joins_word(text[j])):
            return True
        i = text.find(word, i + 1)
    return False


def _joins_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


# A possessive and a name of two words, no third capitalised word after them: "Miami's Malek Young took".
_PLAYER_NEXT = re.compile(r"['’]s[ \t\u00a0]+(\p{Lu}[\p{L}'’.-]*)[ \t\u00a0]+(\p{Lu}[\p{L}'’-]*)"
                          r"(?![\p{L}\p{M}'’-]|[ \t\u00a0]+\p{Lu})")


def _venue_after(text: str, end: int, lex: _Lexicon) -> bool:
    """Whether a place's name ending at ``end`` is followed by its possessive and a name of two words that ends in a
    head word: a building or a ground of the place ("Boston's Fenway Park")."""
    m = _PLAYER_NEXT.match(text, end)
    return bool(m) and m.group(2).lower() in lex.heads


def _player_after(text: str, end: int, lex: _Lexicon) -> bool:
    """Whether a place's name ending at ``end`` is followed by its possessive and a name of two words that opens
    with no ordinary word and ends in no head word: in a report on a game, the player of the place's team
    ("Philadelphia's Carson Wentz", "Wyoming's Josh Allen"; not "China's Great Wall", "Boston's Fenway Park")."""
    m = _PLAYER_NEXT.match(text, end)
    return bool(m) and not _ordinary(m.group(1)) and m.group(2).lower() not in lex.heads


def _storm_names(text: str, lex: _Lexicon) -> frozenset[str]:
    """The names ``text`` gives storms, lower case (``lex.storm_names``: "maria" of "Hurricane Maria", "harvey" and
    "irma" of "hurricanes Harvey and Irma"): the article's lone "Harvey" is the storm too."""
    if not may_hold(text, (prefix.split()[0] for prefix in lex.storm_prefixes)):
        return frozenset()  # (most articles hold no storm's word: no scan)
    return frozenset(word.lower() for m in lex.storm_names.finditer(text) for word in _CAPITALISED.findall(
        m.group(1) or m.group(2)))


def _kind(mention: tuple, text: str, base: int, lex: _Lexicon, programmes: bool, storms: frozenset[str],
          game: Callable[[], bool]) -> str:
    """Kind of a :func:`_mention` of the piece at ``base`` in ``text``, from its words and
    surroundings. Upper case for firm evidence (known names, head words, titles, given names);
    lower case for a guess from the context or the shape of the name, which other mentions of
    the entity may overrule; "MISC" for none; "" for no entity (a transcript's role label).
    ``programmes``: False where ``text`` holds no policy's name (:func:`_may_name_programme`); ``storms``: the
    names ``text`` gives storms (:func:`_storm_names`); ``game``: whether ``text`` reports on a game
    (:func:`presslens.entities.lexicon.about_a_game`), asked only of a name that may be a team's."""
    _, name_start, name_end, _, _, has_role, _, firm, acronym, common, shape, _, _ = mention
    name_start, name_end = base + name_start, base + name_end
    if text.startswith(_OF_FAME, name_end):
        return ""  # a hall of fame's name cut at "of" ("Christian Music Hall", "a Hall of Fame broadcaster")
    if has_role or _party_tag(text, name_end):
        return "PERSON"
    word = text[name_start:name_end]
    words = word.lower().split()
    if words[-1] in _PHOTO_WORDS and _CREDIT_SLASH.match(text, name_end):
        return ""  # "(AP Photo/Haraz N. Ghanbari, file)": a credit; the photographer's name after it stays
    key = _key(word)
    if key in lex.holidays or key in lex.faiths or _names_event(words, lex) \
            or (len(words) > 1 and words[-1] in lex.host_heads and words[0] in lex.name_genders):
        # a day ("on Election Day", "the Labor Day telethon"), a faith ("ignorant of Islam"), an award, a contest or a
        # show ("the Nobel Peace Prize", "the World Cup", "Megyn Kelly Today"): no one portrayed; but a gathering
        # that speaks is its body ("the Democratic National Convention released a statement")
        if words[-1] in lex.body_heads and (_SPEAKS_AFTER.match(text, name_end)
                                            or _SPOKESPERSON_BEFORE.search(text, max(0, name_start - 40), name_start)):
            return "ORG"
        return ""
    if _time_zone(words, text, name_start, lex):
        return ""  # "all times Eastern Standard Time", "8pm E.T.": when, not who
    if (firm == "MISC" and words[0] in lex.storm_prefixes) or (storms and all(w in storms for w in words)):
        return ""  # "Hurricane Maria", "Irma" of "hurricanes Harvey and Irma", "Harvey" after them: a storm, no one
    if _in_work_title(words, text, name_start, name_end, lex):
        return ""  # "Morning America" of ABC's “Good Morning America”, CNN's “New Day”: a work, no one
    if programmes and any(m.start() <= name_start and name_end <= m.end() for m in lex.programme.finditer(
            text, max(0, name_start - _PROGRAMME_REACH), name_end + _PROGRAMME_REACH)):
        return ""  # a policy or a doctrine ("Obamacare", "Childhood Arrivals" of "Deferred Action for ..."): no one
    if (text[name_start] in lex.page_label_openers or not text[name_start].isascii()) \
            and lex.page_label.match(text, name_start):
        return ""  # an editor's label ("UPDATE:") or a web page's furniture ("Image caption", "Embed"): no one's name
    if firm == "PLACE" and lex.people_before.search(text, max(0, name_start - _LABEL_REACH), name_start):
        return ""  # "corporate America", "white America": a part of its people, not the country
    if firm in ("", "MISC") and lex.place_list_after.match(text, name_end):
        # "Arapahoe and Jefferson counties", "Scott and Polk counties": places, though the last word may be a
        # surname another article names a person by (a guess: "Jefferson" alone elsewhere stays whom it was)
        return "place"
    # (the nickname's shape first: most names have none, and the look after the name is a call of the regex module)
    if firm in ("", "GROUP") and _team_nickname(words, word, text, lex) \
            and ((name_start >= 4 and text.startswith(_THE_ANY, name_start - 4))
                 or lex.team_after.match(text, name_end)) and game():
        return "ORG"  # "the Knicks", "the Kansas City Chiefs", "Kansas City Chiefs free safety Ron Parker" in a report
        # on a game: a team
    if firm == "PLACE" and (lex.team_after.match(text, name_end)
                            or lex.team_before.search(text, max(0, name_start - 20), name_start)
                            or _player_after(text, name_end, lex)) and game():
        return "ORG"  # "Dallas coach Jason Garrett", "Washington's bullpen", "a loss to Seattle", "Miami's Malek Young"
        # in a report on a game: the place's team (link_aliases gives it the team the article names in full, "Dallas
        # Cowboys", else an entity of the team under the place's name)
    if firm and not (firm != "PLACE" and _opens_dateline(text, name_start, name_end)):
        return firm  # but a dateline's place has the words of an organisation: "STATE COLLEGE, Pa. -"
    if len(word) == 2 and word[1] == ".":
        return ""  # a lone initial names no one: an interview's "Q." and "A.", "Neither do I."
    if word.isupper() and _HONORIFIC_LABEL.match(text, name_start, name_end + _LABEL_REACH):
        return ""  # the honorific of a briefing's speaker label ("MS. QUILL:"): the name after it is the mention
    if word.isupper() and _LABEL_AFTER.match(text, name_end, name_end + _LABEL_REACH) \
            and _AFTER_HONORIFIC.search(text, max(0, name_start - 12), name_start):
        return "PERSON" if _named_in_full(text, word) else "person"  # "MR. BECKER:" in a briefing's transcript
    if word.isupper():
        if _ROLE_LABEL_END.match(text, name_end, name_end + _LABEL_REACH) and (
                _common(word, lex) or _ROLE_BEFORE.search(text, max(0, name_start - 4), name_start)):
            return ""  # a transcript's role label ("BETH FERTIG, BYLINE:", "HOST:"): no entity at all
        if _LINE_START.search(text, max(0, name_start - _LINE_START_REACH), name_start):
            # capitals opening a line: a transcript's speaker ("MARTIN:") or a dateline ("HARARE (Reuters) -")
            if _LABEL_AFTER.match(text, name_end, name_end + _LABEL_REACH):
                if " " in word or _named_in_full(text, word):
                    return "PERSON"  # a speaker of one word where the text names them in full ("TAPPER", not "UPDATE:")
                if len(word) > 6:
                    return "person"  # a label too long for an acronym ("SHAPIRO:")
            if _DATELINE_AFTER.match(text, name_end, name_end + _LABEL_REACH):
                return "PLACE"
    if acronym and common:
        return "MISC"  # an acronym used as a common word: "the LGBT community", "his VP pick"
    if acronym:  # unless it opens a dateline ("RYE, N.H. —")
        return "place" if _place_context(text, name_start, name_end, lex, before=False) else "ORG"
    if "of" in text[max(0, name_start - 4):name_start] \
            and lex.place_of.search(text, max(0, name_start - _PLACE_OF_REACH), name_start):
        return "place"  # "the southern village of Kfar Kila", "the Belgian city of Antwerp"
    if _place_context(text, name_start, name_end, lex, before=not common) and (not common or " " in word):
        # a name of ordinary words only after its state or country ("Little Rock, Arkansas"; not "in Little")
        return "place"
    if (text.startswith((",", " ("), name_end) or (not common and text.startswith("  ", name_end))) \
            and lex.org_apposed.match(text, name_end, name_end + _LABEL_REACH):
        # (two spaces for the comma: not for a name of ordinary words, mostly a piece of a longer one: "Mills Law
        # Firm  a law firm", its first word cut as a sentence's opening word)
        return "org"  # "Ofwat, the regulator, fined", "Crowdpac, a political crowdfunding website"
    if " " not in word and text.find("The", max(0, name_start - 5), name_start) >= 0 \
            and _TITLE_THE.search(text, max(0, name_start - 30), name_start) \
            and word.lower() not in lex.first_names and not text.startswith(" of ", name_end):
        # a name written with its article: a known one ("in The Hague"), else a publication or a venue
        # ("told The Hill"); not "The Donald", nor a work's title ("The Age of Oversupply")
        return _known_kind("the " + word, lex) or "org"
    acronym_of, _, place = word.partition(" ")
    if acronym_of.isupper() and acronym_of.isalpha() and place[:1].isupper() and not place.isupper() \
            and _known_kind(place.lower(), lex) == "PLACE":
        return "org"  # an organisation's branch in a place ("BBC Scotland said", "POLITICO Florida")
    if lex.org_before.search(text, max(0, name_start - 20), name_start) or lex.org_after.match(text, name_end):
        return "org"  # "Shares of Coles rose", "a stake in Brantwell", "Orbix shares fell": a firm, though "Coles
        # said" follows
    if lex.place_after.match(text, name_end) and not _named_in_full(text, word):
        return "place"  # "his Mar-a-Lago estate", "the Doral resort": the grounds of a building, no one's name (but
        # "the two Trump resorts" of Donald Trump are his)
    if (before := text[max(0, name_start - 20):name_start].split()) and before[-1].lower() in lex.org_kind_ends \
            and (kind_noun := lex.org_kind_before.search(text, max(0, name_start - 40), name_start)) \
            and (kind_noun.group(1) or "").lower() not in lex.stop and words[0] not in lex.first_names \
            and not (len(words) == 1 and _named_in_full(text, word)) and not _NAME_GOES_ON.match(text, name_end):
        return "org"  # "modeling agency Jag Models", "the think tank Third Way"; not "to fund Zika", a person's name
        # ("the company Trump founded": a relative clause, where the text names him in full), nor a piece of a longer
        # name ("Corriere" of "the newspaper Corriere della Sera": the piece would be listed as an entity)
    if _person_beside(text, name_start, name_end, lex) \
            and not (name_start >= 4 and text.startswith(_THE_ANY, name_start - 4)) \
            and not ((of := _OF_BEFORE.search(text, max(0, name_start - 40), name_start))
                     and (of.group(1).lower() in lex.titles or lex.heads.get(of.group(1).lower()) == "ORG")):
        # but "a spokesman for the Democratic National Committee, said", "a secretary of State who", "the
        # former CEO of Hewlett-Packard added": a title's field or organisation, no one's name ("the son of
        # Brown" is)
        return "person"
    if _ITS_AFTER.match(text, name_end):
        return "org"  # "Quillsoft has paused its chatbot", "Monmouth conducted its poll": no person is "its"
    if lex.person_owned.match(text, name_end):
        return "person"  # "Steede's death", "Gannon's wife": no organisation's nor place's
    if _HIS_AFTER.match(text, name_end) and not (name_start >= 4 and text.startswith(_THE_ANY, name_start - 4)):
        return "person"  # not "Buck Showalter of the Yankees delivered his"
    if shape == "person" and words[-1] in lex.titles and name_start >= 4 \
            and text.startswith(_THE_ANY, name_start - 4):
        return "MISC"  # "The Perry Chief", "The Escort Queen": a title ending a name after "the" ends a paper's or a
        # work's, no one's ("Orla King" is hers)
    if shape == "person" and name_start >= 4 and text.startswith(_THE, name_start - 4) \
            and word.split(" ", 1)[0].lower() not in lex.first_names \
            and not ((after := _WORD_NEXT.match(text, name_end)) and after.group(1) not in lex.stop):
        # "launched the Kestrel Vanta on Tuesday": a product, a ship, a place; no one's name takes "the", but
        # for a person's before the noun it modifies ("the Lois Lerner email controversy")
        return "MISC"
    if shape == "person" and " " in word \
            and word.lower() in _places_of(text, lex.place_of_name, lex.place_of_last):
        return "place"  # "entered Altun Kupri" where the article writes "the town of Altun Kupri": the shape of a
        # person's name alone does not outvote the place the article says it is
    return shape


# A clock time right before a name: "8pm ", "6 : 30 p . m . ", "noon ".
_CLOCK_BEFORE = re.compile(r"(?:\d|(?<![\p{L}\p{M}])[ap](?:[ \t\u00a0]*\.)?[ \t\u00a0]*m(?:[ \t\u00a0]*\.)?|"
                           r"(?<![\p{L}\p{M}])(?:noon|midnight))[ \t\u00a0]*$", re.IGNORECASE)
_ZONE_KINDS = frozenset({"standard", "daylight"})


def _names_event(words: list[str], lex: _Lexicon) -> bool:
    """Whether a name's words (lower case) name an award, a contest, a show, a law or a war: a head word of
    ``lex.event_heads`` ends it or stands before a number ("World War II", "World Cup 2018"), but not as the object
    of "of" or "for", where the name is the body that holds it ("Institute for the Study of War")."""
    k = len(words) - 1 - (len(words) > 2 and _NUMERAL.fullmatch(words[-1]) is not None)
    return words[k] in lex.event_heads and (k == 0 or words[k - 1] not in ("of", "for"))


def _time_zone(words: list[str], text: str, name_start: int, lex: _Lexicon) -> bool:
    """Whether a name of ``words`` (lower case) at ``name_start`` is a time zone's (timeline_zones.txt): a zone's word
    before "Time", maybe "Standard" or "Daylight" between ("Eastern Standard Time", "Pacific Time"), or a zone's
    abbreviation, maybe with points, after a clock time ("8pm E.T.", "9 a.m. ET"; not "E.T." the film)."""
    if len(words) > 1:
        return words[-1] == "time" and words[0] in lex.zones and all(w in _ZONE_KINDS for w in words[1:-1])
    return words[0].replace(".", "") in lex.zones \
        and _CLOCK_BEFORE.search(text, max(0, name_start - 16), name_start) is not None


def _in_work_title(words: list[str], text: str, name_start: int, name_end: int, lex: _Lexicon) -> bool:
    """Whether a mention of ``words`` (lower case) from ``name_start`` to ``name_end`` lies in a work's title: a title
    in quotation marks (:data:`_TITLE_OPENED`, :data:`_TITLE_CLOSED`) with a sign of a work right before it or right
    after it (``lex.work_before``, ``lex.work_after``: "ABC's “Good Morning America”", "on ''Morning Joe''", "the
    “Jane The Virgin” actress"). A slogan's or a chant's names stay ("“Dump Trump”", "''Bernie or Bust''"), and so do a
    host's after "with" ("''The Late Show With Stephen Colbert''"), a subject's after "of" ("''A Child's First Book of
    Trump''") and a full name after a given name ("“Somewhere Ann Curry”"): the title names the person."""
    reach = max(0, name_start - _TITLE_REACH)
    if _TITLE_MARK.search(text, reach, name_start) is None:  # (the search only where one may open)
        return False
    opened = _TITLE_OPENED.search(text, reach, name_start)
    if opened is None or (len(words) > 1 and words[0] in lex.name_genders) \
            or _NAMED_IN_TITLE.search(text, opened.start(), name_start):
        return False
    closed = _TITLE_CLOSED.match(text, name_end, name_end + _TITLE_REACH)
    return closed is not None and (
        lex.work_before.search(text, max(0, opened.start() - 30), opened.start()) is not None
        or lex.work_after.match(text, closed.end()) is not None)


def _person_beside(text: str, name_start: int, name_end: int, lex: _Lexicon) -> bool:
    """Whether the words beside a name say a person's: a verb of a person or "who" after it
    ("Weingarten declared", "Ash, who"; after a preposition only "who": "Analysts at Nordbank said"
    is no person's), an age ("Kopp, 44,"), or a cue before it."""
    # (asked only where a space or a comma follows, as every match opens: not after "Quill's", "Quill.")
    after = lex.person_after.match(text, name_end) if text[name_end:name_end + 1] in _PERSON_AFTER_OPENS else None
    if after and (after.group().endswith("who")
                  or not _PREPOSITION_BEFORE.search(text, max(0, name_start - 6), name_start)):
        return True
    return bool((text.startswith(",", name_end) and _AGE.match(text, name_end))
                or lex.person_before.search(text, max(0, name_start - 20), name_start))


def _firm_kind(name: tuple[_Tok, ...], key: str, lex: _Lexicon) -> str:
    """Kind of a name from its own words when they are firm evidence, else ""."""
    known = _known_kind(key, lex)
    if known:
        return known
    if len(name) > 2 and any(t.low == "&" for t in name[1:-1]):
        return "ORG"  # no one person's name joins two with "&": a firm ("Brandt & Co", "Procter & Gamble")
    last = name[-1]
    *before, plural = last.low.split("-")
    if _key(plural) in lex.groups and all(w in lex.demonyms for w in before) \
            and not any(t.low in ("of", "for") for t in name):  # "Council of Americans": its head decides
        # "Republicans", "Muslim Americans", "Senate Democrats", "African-Americans", "Reagan Democrats"
        return "GROUP"
    if 1 < len(name) <= 4 and last.low.endswith("s") and not last.low.endswith("ss") and len(last.low) > 3 \
            and _known_kind(" ".join(t.low for t in name[:-1]), lex) == "PLACE" \
            and _known_kind(last.low[:-1], lex) != "PLACE" and last.low not in lex.place_plurals \
            and not (len(name) == 2 and name[0].low in lex.first_names):
        # a known place and a plural: a team or a firm ("Dallas Cowboys", "Texas Instruments"); not a
        # place that is a given name ("Austin Powers")
        return "ORG"
    # The head of "Department of Justice" stands before its "of", that of "Queen's University Belfast" before the
    # known place that ends it; a head word outweighs a person's name in front of it ("Peterson Institute").
    if len(name) == 2 and last.low in lex.heads and _family_named([t.text for t in name], lex):
        return "PERSON"  # "Ji-won Park": a family name that is a place's head word after its given name's syllables
    head = last.low if len(name) == 1 else next((a.low for a, b in zip(name, name[1:]) if b.low in ("of", "for")),
                                                 last.low)
    if head not in lex.heads and name[0].low in lex.firm_openers and lex.heads.get(last.low) == "ORG":
        head = last.low  # "First of America Bank Corp.": the word opening it heads nothing
    if head == last.low and len(name) > 1 and name[-2].low in lex.heads and _known_kind(last.low, lex) == "PLACE":
        head = name[-2].low
    if head in lex.heads and (len(name) > 1 or (lex.heads[head] == "ORG" and head not in lex.bound_heads)):
        return lex.heads[head]
    if len(name) > 1 and name[0].low in lex.place_prefixes and last.low not in _SUFFIXES:
        return "PLACE"  # "Lake Michigan", "Fort Pierce"
    if len(name) > 1 and name[0].low in lex.storm_prefixes:
        return "MISC"  # "Hurricane Maria": a storm's name is no person's
    if len(name) == 2 and name[0].low in _COMPASS and _known_kind(last.low, lex) == "PLACE":
        return "PLACE"  # a part of a known place: "West Africa", "Southeast Manchester"
    if (len(name) > 1 and plural.endswith("s") and plural[:-1] in lex.titles
            and all(_title_vocab(t.low, lex) and t.low not in _CONNECTORS for t in name[:-1])):
        return "GROUP"  # "Labour MPs", "Democratic Senators", "Supreme Court Justices": members, no one's name
    # (no capital after the first letter, told without the regex: most words)
    if any(not t.text[1:].islower() and _CAMEL.search(t.text) and not t.text.startswith(_NAME_PREFIXES)
           for t in name):
        return "ORG"  # HuffPost, LinkedIn, HarperCollins Publishers
    if len(name) > 1 and (name[0].low in lex.first_names
                          # "Ada Quill Jr.", but not "World War II"
                          or (last.low in _SUFFIXES and not all(_common(t.low, lex) for t in name[:-1]))
                          or any(_INITIALS.match(t.text) and not _known_kind(t.text, lex)
                                 for t in name[:-1])
                          or _titled_surname(name, lex)):
        return "PERSON"
    return ""


def _titled_surname(name: Sequence[_Tok], lex: _Lexicon) -> bool:
    """Whether ``name`` ends in a title that is a surname after a given name of any list ("Ada Jean King", "Ines
    Bishop"; not "Burger King"): though an ordinary word, the title ends a person's name."""
    return len(name) > 1 and name[-1].low in lex.titles and name[-2].low in lex.name_genders


def _family_named(words: Sequence[str], lex: _Lexicon) -> bool:
    """Whether ``words`` are a family name of ``entities_family_names.txt`` alone ("Zhang") or
    before or after a given name of two syllables ("Park Ji-won", "Ji-won Park")."""
    if len(words) == 1:
        return words[0].lower() in lex.family_names
    return len(words) == 2 and any(a.lower() in lex.family_names and _SYLLABLE_PAIR.fullmatch(b) is not None
                                   for a, b in (words, words[::-1]))


def _titled_family_name(name: tuple[_Tok, ...], lex: _Lexicon) -> bool:
    """Whether ``name``, after a title or an honorific, is a person's by a family name of
    ``entities_family_names.txt`` alone or after a given name ("President Park", "Mayor Nina Park",
    "Minister Ji-won Park"), though the family name is a place's head word ("Victoria Park"). The given name
    need be in no list ("Mayor Ada Park"), only no ordinary word ("Mayor Central Park")."""
    return name[-1].low in lex.family_names and (
        len(name) == 1 or (len(name) == 2 and (name[0].low in lex.name_genders or not _common(name[0].text, lex)
                                               or _SYLLABLE_PAIR.fullmatch(name[0].text) is not None)))


def _plan(piece: tuple[_Tok, ...], chunk: str, lex: _Lexicon) -> int | None:
    """A piece cut into title and name by its words alone (``None``: no mention, as a title
    alone), a record in ``_PLANS``: ``(k, *ends, *mentions)``, ``mentions[j]`` the :func:`_mention`
    with the last ``j`` words of the name dropped, which happens to the ``k`` demonyms at its end
    followed by lower-case words ("the South Carolina Republican primary"); ``ends``: the ends of
    those words, last first."""
    if len(piece) > 1 and piece[-1].low in lex.titles and len(piece[-1].text) > 1 and piece[-1].text.isupper() \
            and not all(t.text.isupper() for t in piece):
        piece = piece[:-1]  # "the former Hewlett-Packard CEO, took on": a title in capitals after its organisation,
        # no one's name after it (else _role_after_org cuts it off), is no part of the organisation's name
    split = _title_end(piece, lex)
    if split == len(piece) and not _known_kind(" ".join(t.low for t in piece), lex):
        return None  # a title alone ("his Secretary of State"): canonical() resolves those
    if piece[-1].low in lex.heads and len(piece) > 1 and not (split and _titled_family_name(piece[split:], lex)):
        split = 0  # "Justice Department" is no Justice + a name (but "Mayor Nina Park" is Mayor + a name)
    split = split or _role_after_org(piece, lex)
    title_toks, name = piece[:split], piece[split:]
    if len(name) > 1 and title_toks and all(_common(t.low, lex) for t in name) \
            and name[0].low not in lex.first_names:
        title_toks, name = (), piece  # "Major League Baseball" is not Major + a name
    if not name:
        return None
    if title_toks and len(name) > 1 and name[0].low in ("of", "for"):
        # "Undersecretary for Political Affairs Wendy Sherman": the title runs to the name, the
        # words at the end that are no ordinary words
        tail = 0
        while tail < len(name) - 2 and not _common(name[-1 - tail].low, lex):
            tail += 1
        if tail >= 2:
            title_toks, name = title_toks + name[:-tail], name[-tail:]
        else:
            # "CEO of Tesla", "CEO of Paul Brant's campaign": the title's organisation or its owner, no one named
            # "of Tesla" or "of Paul Brant"
            title_toks, name = (), name[1:]
    whole = " ".join(t.low for t in name)
    if not _known_kind(whole, lex) and not any(_common(t.low, lex)
                                               for t in name[1:len(name) - _titled_surname(name, lex)]):
        # "Republican Ted Cruz", "Democrat Ada Judge", but "Republican National Convention", "Saudi Arabia" stay
        cut = 0
        while len(name) - cut > 2 and name[cut].low in lex.demonyms and name[-1].low not in lex.heads:
            cut += 1
        title_toks, name = title_toks + name[:cut], name[cut:]
    trim = 0
    if not _known_kind(whole, lex) and whole not in lex.demonyms and name[0].low not in lex.first_names:
        # the adjective is no part of the name (but "Mark Cuban said")
        while len(name) - trim > 1 and name[len(name) - 1 - trim].low in lex.demonyms:
            trim += 1
    return _record(_PLANS, (trim, *(t.end for t in reversed(name[len(name) - trim:])),
                            *(_record(_MENTIONS, _mention(title_toks, name[:len(name) - k], chunk, lex))
                              for k in range(trim + 1))))


_PERSON_NOUN_END = re_std.compile(r".{3,}(?:er|or|ist|ian|ant|ent|man|mother|father|lord|lady)$|mum$|dad$")


def _piece_of(toks: list[_Tok], chunk: str, lex: _Lexicon) -> int:
    """The :func:`_piece` record of the piece ``toks`` of ``chunk``, found by the piece's text
    when another chunk held it (the record's offsets are from the piece's start)."""
    start = toks[0].start
    text = chunk[start:toks[-1].end]
    found = _PIECES.by_text.get(text)
    if found is None:
        if start:
            toks = [_Tok(t.start - start, t.end - start, t.text, t.alone) for t in toks]
        found = _PIECES.by_text[text] = _piece(tuple(toks), text, lex)
    return found


def _piece(toks: tuple[_Tok, ...], chunk: str, lex: _Lexicon) -> int:
    """A piece of a capitalised chunk, ``chunk`` the piece's own text (the offsets of its tokens from
    its start), a record in ``_PIECES``: ``(first_end, first, last, single, may_drop, first_common,
    whole, rest, joined)``, the :func:`_plan` of the whole piece
    and of the piece without its first word when that is an ordinary word opening a sentence ("The",
    "Beyond"); ``joined``: whether the piece is words side by side, as a person's name ("Tiger Woods",
    not "Federation of Teachers")."""
    first = toks[0]
    # "Former Arizona governor Jan Brewer": a modifier of a title opening no title of its piece
    # leaves the place, as "Arizona governor Jan Brewer" does ("Former Sen. Jim Webb" keeps it).
    modifier = first.low in _TITLE_MODIFIERS and len(toks) > 1 and not _title_end(toks, lex)
    may_drop = modifier or not (_title_vocab(first.low, lex)
                    or (len(toks) > 1 and first.low in lex.first_names)  # "Mark Cuban"
                    # a first word that makes the name a place's or a storm's: "Lake Varn froze", "Storm Wilma hit"
                    or (len(toks) > 1 and (first.low in lex.place_prefixes or first.low in lex.storm_prefixes))
                    # an organisation's head word before "of" heads the name ("University of Varnia said", "Bank
                    # of Lorrin Corp."); a word opening firms' names before a name an organisation's head word
                    # ends ("First Union Corp.", "First of America Bank Corp.")
                    or (len(toks) > 2 and toks[1].low == "of" and lex.heads.get(first.low) == "ORG"
                        and first.low not in lex.bound_heads and not _plural_form(first.low))
                    or (len(toks) > 1 and first.low in lex.firm_openers and lex.heads.get(toks[-1].low) == "ORG"
                        and toks[-1].low not in lex.bound_heads)
                    or (len(toks) > 2 and first.low in lex.firm_openers and toks[1].low == "of")
                    # a head word needs the word it heads: "“Bathroom Bill”" is no "Bill" (but "The Bill",
                    # "Once Congress")
                    or (len(toks) == 2 and toks[1].low in lex.heads and first.low not in lex.stop
                        and not _known_kind(toks[1].low, lex))
                    or _known_start(first.low, lex)  # or with the words after it (none is longer)
                    or (_opens_phrase(first.low, lex) and any(_known_start(" ".join(t.low for t in toks[:w]), lex)
                                                              for w in range(2, min(len(toks), lex.longest + 1) + 1))))
    rest = toks[1:]
    while rest and rest[0].low in _CONNECTORS:
        rest = rest[1:]
    # "Pensioner Mary Smith said", "Resident Tom Becker": a noun of a person ending as such nouns do, no given name,
    # before a given name and a surname, describes the person as an ordinary word does, though Punkt's statistics
    # have not seen it in lower case (not a first given name the list lacks: "Megyn Kelly Today", "Lou Anna Simon").
    describes = (len(toks) >= 3 and toks[1].low in lex.first_names and first.low not in lex.first_names
                 and first.text.isalpha() and first.text[1:].islower() and _PERSON_NOUN_END.search(first.low))
    # the family name of a name written family name first, before a given name of two syllables ("Moon Jae-in"),
    # or the surname before a generational suffix ("Pate" of "Luther Stan Pate IV"; not "War" of "World War II"): the
    # word the article writes alone ("Moon said", "Pate claimed"), as it does a surname ending a name
    last = toks[-1].low
    if len(toks) > 1 and (("-" in toks[-1].text and _SYLLABLE_PAIR.fullmatch(toks[-1].text)) or (
            last in _SUFFIXES and not all(_common(t.low, lex) for t in toks[:-1]))):
        last = toks[-2].low
    return _record(_PIECES, (first.end, first.low, last, len(toks) == 1, may_drop,
                             _common(first.low, lex) or describes, _plan(toks, chunk, lex),
                             _plan(rest, chunk, lex) if rest and may_drop else None,
                             len(toks) > 1 and not any(t.low in _CONNECTORS for t in toks)))


# A given name of two syllables of Korea, China or Taiwan, written with a hyphen ("Jae-in", "Ing-wen", "Ki-moon",
# "Seong-woo", "Hsien-loong"): each half a romanised syllable, an onset, a glide, vowels and a nasal or stop after
# them, which the halves of English compounds are not ("York-based", "Trump-led", "Vegas-based", "Bush-era").
_SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]h?|[ck]k|[pt]p|ss|jj|ts|tz|hs)?[wy]?[aeiou]{1,3}(?:ng|n|m|l|k|p)?"
_SYLLABLE_PAIR = re.compile(rf"(?=\p{{Lu}})(?i:{_SYLLABLE})-{_SYLLABLE}")
# After a plural noun opening a sentence: a verb or an aside, not a name going on ("Guardians of the
# Galaxy").
_GROUP_VERB_NEXT = re.compile(r"(?:\s+(?!of\b|and\b|for\b)[a-z]|,)")
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians)$")
# Number words: opening a sentence before a verb they count people ("One wrote", "Two said"), no surname.
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


@lru_cache(maxsize=1 << 16)
def _plural_noun(low: str) -> bool:
    """Whether the lower-case ``low`` is the plural of an ordinary noun ("critics", "others",
    "candidates", "countries"): opening a sentence before "said" or "who" it names a group, not
    the person "Brown said" names."""
    lex = _lex()
    if not _plural_form(low):
        return False
    end = next((e for e in lex.plural_ends if low.endswith(e)), "")
    if end:  # "women", "spokespeople"
        stems = [low[:-len(end)] + lex.plural_ends[end]]
    else:
        stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
        stems += [low[:-3] + "y"] if low.endswith("ies") else []
    if _AGENT_PLURAL.search(low) and low[:-1] not in lex.first_names and (_common(low, lex) or _common(low[:-1], lex)):
        # a noun of people who do something, in the plural or the singular the word lists have
        # ("campaigners", "protesters": only "campaigner" and "protesters" are listed)
        return True
    if not _common(low, lex):
        return False
    return any(_common(stem, lex) and stem not in lex.first_names for stem in stems)


@lru_cache(maxsize=1 << 16)
def _plural_form(low: str) -> bool:
    """Whether the lower-case ``low`` has the form of a plural noun (-s but not -ss, or an ending of
    ``entities_plurals.txt``: "women", "people") and is no given name. Whether it is an ordinary word is
    for the caller to tell (the article writing it in lower case: "villagers" is not in Punkt's statistics)."""
    lex = _lex()
    return low not in lex.first_names and ((len(low) > 3 and low.endswith("s") and not low.endswith("ss"))
                                           or low.endswith(tuple(lex.plural_ends)))


@lru_cache(maxsize=1 << 16)
def _ing_form(low: str) -> bool:
    """Whether the lower-case ``low`` may be a participle: it ends in -ing and is no given name and
    no start of a known name ("Irving", "Beijing")."""
    lex = _lex()
    return len(low) >= 6 and low.endswith("ing") and low not in lex.first_names and not _known_start(low, lex)


@lru_cache(maxsize=1 << 16)
def _adverb(low: str) -> bool:
    """Whether the lower-case ``low`` is an adverb in -ly of an ordinary word ("additionally", "ironically",
    "namely", "hopefully"): Punkt's statistics saw many such adverbs only opening sentences, capitalised
    ("Additionally, ..."). Given names ("Beverly") and names of five letters or fewer ("Kelly", "Italy") are not."""
    if len(low) < 6 or not low.endswith("ly"):
        return False
    lex, stem = _lex(), low[:-2]
    stems = [stem] + ([stem[:-2]] if stem.endswith("al") else []) + ([stem[:-3]] if stem.endswith("ful") else [])
    return low not in lex.first_names and any(_common(s, lex) and s not in lex.first_names for s in stems)


@lru_cache(maxsize=1 << 16)
def _participle(low: str) -> bool:
    """Whether the lower-case ``low`` is the -ing form of an ordinary word ("pivoting", "riffing")."""
    lex, stem = _lex(), low[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return _ing_form(low) and any(_common(s, lex) and s not in lex.first_names for s in stems)


@lru_cache(maxsize=1 << 16)
def _ordinary(word: str) -> bool:
    """Whether ``word`` is an ordinary word that no name, title or head word shares ("Says")."""
    lex, low = _lex(), word.lower()
    return _common(word, lex) and low not in lex.first_names and not _title_vocab(low, lex) and low not in lex.heads


def _title_case(text: str, start: int, end: int, opening: bool = False) -> bool:
    """Whether the sentence ``text[start:end]`` is written in Title Case (a headline): most of
    its ordinary words ("Says", "About") are capitalised; two are enough in the ``opening`` sentence of
    an article."""
    words = (_LONG_ASCII_WORD if text[start:end].isascii() else _LONG_WORD).findall(text, start, end)
    capitals = sum(w[0].isupper() for w in words)
    if capitals < 3:
        return False
    # At least 3 ordinary words, three in four of them capitalised: the ordinary words in
    # lower case, counted first, rule out most sentences before the capitalised are looked up.
    lower = 0
    for w in words:
        if not w[0].isupper() and _ordinary(w):
            lower += 1
            if 3 * lower > capitals:
                return False
    upper = sum(1 for w in words if w[0].isupper() and _ordinary(w))
    # the article's first line, where a headline stands, may be a short one with two ("Minister Visits
    # Nairobi to Boost Trade"); elsewhere two are mostly a name's ("Getty Images", "File Photo")
    return (upper + lower >= 3 and upper >= 0.75 * (upper + lower)) or (opening and upper == 2 and not lower)


def _chunk_pieces(chunk: str, headline: int, after: str) -> tuple:
    """Whether a headline changes the pieces of one capitalised chunk (:func:`_pieces`) and
    whether the text after it might, then the offset of each piece in the chunk and its
    :func:`_piece` record (:func:`_piece_of`), cached: names repeat.
    ``after``: the text right after the chunk when a digit there may end a word ("Oct 27") or a point
    make a word a state's abbreviation ("Mass."), else "" (the chunk itself holds no digit: no
    look-ahead of a word sees anything else)."""
    found = _CHUNKS.get((chunk, headline, after))
    if found is None:
        lex = _lex()
        toks = [_Tok(t.start(), t.end(), t.group()) for t in _TOKEN_IN_CHUNK.finditer(chunk)]
        if len(toks) > 2 and toks[-1].text in POST_NOMINALS:
            toks.pop()  # "Ada Quill MP", "Bram Tolliver KC": the person, not the letters after the name
        pieces, cased, dated = _pieces(toks, lex, chunk + after, headline, after == _DATELINE_MARK)
        found = _CHUNKS[chunk, headline, after] = (
            cased, dated, *(n for piece in pieces for n in (piece[0].start, _piece_of(piece, chunk, lex))))
    return found


def _work_title(text: str, base: int, chunk: str) -> bool:
    """Whether the chunk at ``base`` is (the end of) the title of a programme or another work
    (:data:`_WORK_BEFORE`): "Press" of "on Meet the Press", "Eat The Press" after a quotation
    mark. Its words name the work, not a person or an organisation of the story."""
    if text.endswith(_THE, max(0, base - 4), base):
        k = base - 5  # the word before "the" must be capitalised: told without a regex mostly
        while k > 0 and text[k] in _SPACE_CHARS:
            k -= 1
        j = k
        while j > 0 and text[j].islower():
            j -= 1
        if j == k or not text[j].isupper() or text[j:k + 1].lower() in _lex().stop:
            return False
        m = _WORK_BEFORE.search(text, max(0, base - 40), base)
    else:
        m = _WORK_HEAD.match(chunk)
        if m and not _WORK_AT.search(text, max(0, base - 4), base):
            return False
    return m is not None and _ordinary(m.group(1)) and m.group(1).lower() not in _lex().stop


def _acronym_noun(text: str, word: str, starts: _WordStarts | None = None) -> bool:
    """Whether the article uses the acronym ``word`` as a common noun: it writes its plural
    ("PACs"), or writes it after a determiner and a lower-case word, as a noun
    (:data:`_DETERMINED_BEFORE`: "a super PAC that", "the loathed MSM is"), and never bare, as
    names go (after a preposition or at the start of a clause: "at HP", "MWW said").

    ``starts``: the article's :class:`_WordStarts`, which give an acronym's places without a scan
    of the whole text for each one once an article has many (a scan per acronym grew with their
    product: thousands in a long run of code or base64 text)."""
    lex = _lex()
    n = len(word)
    noun = bare = False
    for i in starts.places(word) if starts is not None else _scan(text, word):
        j = i + n
        if i == 0 or not text[i - 1].isalnum():
            if text.startswith("s", j) and (j + 1 == len(text) or not text[j + 1].isalnum()):
                return True
            m = _DETERMINED_BEFORE.search(text, max(0, i - 60), i) if i and text[i - 1] in " \t\u00a0-" else None
            # not "head of FBI.", nor a name after the kind of organisation it is ("the group NARAL."),
            # nor the object of a verb ("the merger forced HP to": a participle only right after "the")
            if m and m.group(2) not in lex.stop and m.group(2) not in lex.heads and m.group(2) not in _VERBS_BEFORE \
                    and not (m.group(1) and m.group(2).endswith("ed")) and _NOUN_ENDS.match(text, j):
                noun = True
            elif not bare:
                before = _WORD_BEFORE.search(text, max(0, i - 30), i)
                low = before.group(1).lower() if before and before.group(1) else ""
                # a word ending in "." ends a sentence ("... the firm MWW. MWW said")
                bare = before is None or low.endswith(".") or (low in lex.stop and low not in _DETERMINERS)
    return noun and not bare


def _scan(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text``, each search going on after the last find."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


_ALNUM_RUN = re_std.compile(r"[^\W_]+")  # letters and digits: str.isalnum, character by character


class _WordStarts:
    """Where a word may occur in one text, for :func:`_acronym_noun`: found by a scan of the text
    for each of the first :data:`_SCANS` words looked up (the usual article has a few acronyms),
    then from the places where a run of letters and digits begins (after a character that is
    neither, or at the start), indexed by their first two characters in one pass. A word of
    letters and digits alone begins only there wherever it occurs after such a character, and two
    of its occurrences there cannot overlap, so both ways give the places that count alike."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.looked = 0
        self._by_prefix: dict[str, list[int]] | None = None

    def places(self, word: str) -> Iterator[int]:
        text = self.text
        self.looked += 1
        if self.looked <= _SCANS or len(word) < 2 or not _ALNUM_RUN.fullmatch(word):
            return _scan(text, word)
        if self._by_prefix is None:
            self._by_prefix = defaultdict(list)
            for m in _ALNUM_RUN.finditer(text):
                self._by_prefix[text[m.start():m.start() + 2]].append(m.start())
        return (i for i in self._by_prefix.get(word[:2], ()) if text.startswith(word, i))


_SCANS = 16  # words looked up by a scan of the text before the places are indexed


def _doc_mentions(doc_id, text: str, sent_starts: list[int], sent_ids: list[int], lex: _Lexicon) -> list[tuple]:
    """The mentions of one article, rows of ``MENTION_COLUMNS`` with the kind from :func:`_kind`
    (the entity still the bare name): the sentence of each found from ``sent_starts`` (sorted)
    and their ``sent_ids``."""
    if len(_CHUNKS) >= _CHUNKS_KEPT:  # between articles: an article's records stay while it is read
        for table in (_CHUNKS, _PIECES, _PLANS, _MENTIONS):
            table.clear()
    sent_firsts = set()
    for s in sent_starts:
        # (most sentences open with a letter or a digit of ASCII: that is the one, told without a call of the pattern,
        # which costs the regex module some 2,500 instructions whatever it finds)
        if (first := text[s:s + 1]).isascii() and first.isalnum():
            sent_firsts.add(s)
        elif m := _FIRST_LETTER.search(text, s):
            sent_firsts.add(m.start())
    # Whether a sentence is a headline, found out for those with a chunk that it changes.
    bounds = [*sent_starts, len(text)]
    headlines: dict[int, bool] = {}
    # (offset of a piece of a chunk, its record, whether the piece opens a sentence or clause)
    candidates: list[tuple[int, tuple, bool]] = []
    for base, end in _comma_apart(text, _campuses(text, _chunk_spans(text, lex), lex), sent_starts, lex):
        if base and text[base - 1] in _OPEN_QUOTES and _quoted_epithet(text, base, end, lex):
            continue
        chunk, after = text[base:end], ""
        if text.endswith(_AND, max(0, base - 4), base):
            # "the Competition and Markets Authority": the word before "and" may be the name's (_paired_name)
            paired = _PAIRED_BEFORE.search(text, max(0, base - 40), base)
            if paired and _paired_name(paired.group(2).lower(), chunk.lower().split()[:3], lex):
                base, chunk = paired.start(1), text[paired.start(1):end]
        pieces = _chunk_pieces(chunk, False, after)
        if pieces[1]:  # "Oct" may end the name before "27", "Mass" be the state before its point
            after = text[end:end + 4]
            if _DIGIT.search(after) or after.startswith("."):
                pieces = _chunk_pieces(chunk, False, after)
            else:
                after = ""
        elif chunk.isupper():  # (else neither a label nor a dateline, told without their patterns)
            if _LABEL_AFTER.match(text, end, end + _LABEL_REACH):
                # a speaker: "STEPHANOPOULOS:", "ADA QUILLAN, HOST:"
                after = ":"
                pieces = _chunk_pieces(chunk, False, after)
            elif _opens_dateline(text, base, end):
                after = _DATELINE_MARK
                pieces = _chunk_pieces(chunk, False, after)
        if pieces[0]:  # a headline would cut it
            i = bisect_right(sent_starts, base) - 1
            if i >= 0:
                if i not in headlines:
                    headlines[i] = _title_case(text, bounds[i], bounds[i + 1], i == 0)
                if headlines[i]:
                    pieces = _chunk_pieces(chunk, _HEADLINE_NAMED if _named_in_headline(chunk, text, lex) else 1, after)
        if len(pieces) > 2 and ((base >= 4 and text.startswith("the ", base - 4))
                                or (len(pieces) > 4 and " The " in chunk)) and _work_title(text, base, chunk):
            continue
        for i in range(2, len(pieces), 2):
            start = base + pieces[i]
            # a dateline's place keeps its first word ("PORT MORESBY"), though it opens the article
            initial = after != _DATELINE_MARK and _is_initial(text, start, sent_firsts)
            candidates.append((start, _PIECES[pieces[i + 1]], initial))
    # Last words of names seen away from a sentence start: evidence that they are names here (firmer
    # where the name is words side by side, as a person's: "Tiger Woods", not "Federation of Teachers");
    # words the article also writes in lower case: evidence that they are not.
    mid_caps = {piece[2] for _, piece, initial in candidates if not (piece[3] and initial)}
    lower = _LowerWords(text)
    surnames = {piece[2] for _, piece, _ in candidates if not piece[3]}
    name_ends = {piece[2] for _, piece, _ in candidates if piece[8]}
    rows = []
    floor = 0
    nouns: dict[str, bool] = {}  # acronyms of the article used as common nouns
    unnamed: set[str] = set()  # the initials of names that are no entity ("ACA" of "Affordable Care Act")
    starts = _WordStarts(text)
    programmes = _may_name_programme(text, lex)
    storms = _storm_names(text, lex)
    game = cache(lambda: about_a_game(text.lower()))
    for base, piece, initial in candidates:
        first_end, first, _, single, may_drop, first_common, plan, rest, _ = piece
        if initial and may_drop and (
                # a plural the article also writes in lower case and no name of words side by side ends in
                # ("Teachers said", "Women who" beside "teachers", "women"): a group whatever follows, though
                # capitalised elsewhere ("Federation of Teachers"); not "Woods said" beside "Tiger Woods"
                (single and _plural_form(first) and first not in name_ends and first in lower)
                or (first not in mid_caps
                    and (first_common or first in lower
                         or (single and _plural_noun(first) and _GROUP_VERB_NEXT.match(text, base + first_end))
                         or (_ing_form(first) and (_PARTICIPLE_OBJECT.match(text, base + first_end) or (
                             _participle(first) and _PARTICIPLE_NEXT.match(text, base + first_end)))))
                    and not (single and lex.person_after.match(text, base + first_end)  # "Brown said"
                             # but not "Critics said", "Others who", "One wrote", "Two said"
                             and not _plural_noun(first) and first not in _NUMBER_WORDS)
                    # "Mark, 40, said", "Dean, 31, says": a given name that is a word too, with an age; a known
                    # given name, with a noun phrase set off after it ("Mark, a fisherman from Tarbert, said")
                    and not (single and (_AGE.match(text, base + first_end) or (
                        first.lower() in lex.first_names and _PERSON_APPOSED.match(text, base + first_end)))))):
            plan = rest
        if plan is None:
            continue
        plan = _PLANS[plan]
        dropped = 0
        for j in range(1, plan[0] + 1):
            if not _LOWER_NEXT.match(text, base + plan[j]):
                break
            dropped += 1
        mention = _MENTIONS[plan[plan[0] + 1 + dropped]]
        start, name_start, name_end, key, title, has_role, demonym, firm, acronym, _, _, extends, ordinary = mention
        start, name_start, name_end = base + start, base + name_start, base + name_end
        if demonym and (not lex.person_after.match(text, name_end)  # but "Cuban said"
                        or _DEMONYM_DETERMINED.search(text, max(0, start - 48), start)):  # not "the Texan said"
            continue
        if not title and text[name_start:name_end].lower() + "." in lex.pointed and not text.startswith(".", name_end) \
                and not text[name_start + 1:name_end].isupper() \
                and not text.endswith((", ", "  "), max(0, name_start - 2), name_start):
            # a state's abbreviation as house styles write it ("Ky.", not the postal code "KY") without its point names
            # the state only after a place and its comma ("Vellton, Ky"; PerSenT's lost comma): alone it is a
            # nickname, a surname or an abridged street ("Ky gave me the ball", "Kan would stay" after Naoto Kan,
            # "off Conn or Wisconsin" for the avenues)
            continue
        if not title and text[name_start:name_end].lower() in lex.months \
                and (_DAY_NEXT.match(text, name_end)
                     or lex.month_before.search(text, max(0, name_start - 12), name_start)):
            continue  # a date: "Born May 24", "On May 3  2015", "Last May, a judge ruled" ("May said" is Theresa May)
        if single and initial and first_common and not title and key in lex.heads and key not in lex.first_names \
                and not _known_kind(key, lex) \
                and _LOWER_NEXT.match(text, name_end):
            continue  # "Campaign officials said": an ordinary word opening a sentence ("the Campaign" stays)
        if (acronym or (text[name_end - 1] == "s" and name_end - name_start < 8
                        and _PLURAL_ACRONYM.fullmatch(text, name_start, name_end))) and not firm and not title:
            word = text[name_start:name_end]
            if word not in nouns:
                nouns[word] = not acronym or _acronym_noun(text, word, starts)
            if nouns[word] or (text.startswith("-", name_end) and text[name_end + 1:name_end + 2].isdigit()):
                continue  # "a super PAC", "PACs": neither "PAC" nor "the PAC" names anything here; "AR-15" a model
        kind = _kind(mention, text, base, lex, programmes, storms, game)
        if kind in ("PERSON", "person") and _acronym_ended(text[name_start:name_end]):
            kind = "ORG"  # "Nashville ARA who", "the Ted Cruz Super PAC": no one's name
        if not kind:
            name = text[name_start:name_end].replace("-", " ").split()
            if len(name) > 1 and _names_event([w.lower() for w in name], lex) \
                    and name[-1].lower() not in lex.body_heads:
                # a law's name ("the Affordable Care Act"): its initials ("the ACA") name nothing either (but "DNC"
                # of "Democratic National Convention" names the committee too)
                unnamed.add("".join(w[0] for w in name if w.lower() not in _UNINITIALLED))
            continue
        if firm in ("", "PERSON") and not ordinary and not title and " " not in key and "-" not in key:
            family = _family_end(text, name_end, lex)
            # (not an adjective's "a Franco-Algerian couple", nor a figure of speech's "our Rohingya brothers")
            if family and not _OWNER_BEFORE.search(text, max(0, name_start - 30), name_start):
                # "the Koch brothers", "the Quill family": the family, a group of its own, no one of it (not the
                # entity of "Khan" alone, a person's)
                name_end, kind = family, "GROUP"
        if extends and kind in ("PERSON", "person", "MISC"):
            ext = _extend_title_left(text, start, floor, lex, has_role)
            if ext < start:
                start, kind = ext, "PERSON"
                title = " ".join(text[start:name_start].split())
        if kind == "MISC" and ordinary and key not in surnames:
            continue  # a capitalised ordinary word ("Trade"), unless the end of a name here ("Rice")
        rows.append((doc_id, sent_ids[max(bisect_right(sent_starts, start) - 1, 0)], start, name_end,
                     text[start:name_end], name_start, name_end, title, kind, text[name_start:name_end]))
        floor = name_end
    if unnamed:
        rows = [row for row in rows if row[9] not in unnamed]
    _team_mentions(rows, text, lex)
    _couples(rows, text, bounds, lex)
    _kin_named(rows, text, lex)
    _offices(rows, text, lex)
    _portfolios(rows, text, lex, surnames)
    _on_names(rows, text, lex)
    _for_names(rows, text, lex)
    _and_names(rows, text, lex)
    _family_firms(rows, lex)
    return rows


def _family_firms(rows: list[tuple], lex: _Lexicon) -> None:
    """Make an organisation (kind "org", in place in ``rows``, those of :func:`_doc_mentions`) of a
    two-word name guessed a person's by its shape alone that opens with the family name of a person the article
    names in full ("Whitfield Fastening" beside "Dana Whitfield"): a family's business, no one of the family, and
    else "she laughs" after it is given to the firm. Not where either word is a given name of any list ("Jordan
    Peterson" beside "Michael Jordan"), nor before a suffix ("Whitfield Jr."), nor where its second word is in another
    person's name of the article too: two people's ("Colton Haab" beside "Glenn Haab" and a misprinted "Glenn
    Colton"), a name written in either order ("Mahamat Seitchi", "Seitchi Mahamat"), or two names a lost comma ran
    together ("According to Packer Hastings would ask")."""
    named: dict[str, set[str]] = defaultdict(set)  # a word -> the names in full that hold it
    for row in rows:
        if row[8] in ("PERSON", "person") and len(name := row[9].split()) > 1:
            for word in name:
                named[word].add(row[9])
    for k, row in enumerate(rows):
        words = row[9].split()
        if row[8] == "person" and not row[7] and len(words) == 2 \
                and any(name.endswith(" " + words[0]) for name in named.get(words[0], ())) \
                and not named.get(words[1], set()) - {row[9]} \
                and not any(w.lower() in lex.name_genders for w in words) and words[1].lower() not in _SUFFIXES:
            rows[k] = (*row[:8], "org", row[9])


def _acronym_ended(name: str) -> bool:
    """Whether ``name``, of two words or more and not all in capitals, ends in an acronym ("Nashville ARA", "Ada
    Quill PAC"): an organisation's name, though a given name opens it or "who" follows it; a person's ends in no
    acronym but a post-nominal ("Ada Quill MP", lexicon.POST_NOMINALS) or a generation ("Tom Vell III")."""
    words = name.split()
    last = words[-1]
    return len(words) > 1 and last.isupper() and last.isalpha() and not name.isupper() \
        and last not in POST_NOMINALS and not _NUMERAL.fullmatch(last.lower())


# A comma and a capitalised word after a place's name: its state or country ("Oakland, Calif.").
_REGION_NEXT = re.compile(r",[ \t\u00a0]+\p{Lu}")


def _team_mentions(rows: list[tuple], text: str, lex: _Lexicon) -> None:
    """Make the other mentions of a known place's name that :func:`_kind` read as its team once in ``text`` (a
    report on a game: "Miami's Malek Young", "a loss to Seattle") the team too, in place in ``rows`` (those of
    :func:`_doc_mentions`): "its clash with Miami", "Miami staffer Joel Rodriguez", "11-2 Pittsburgh was trying" name
    the side as the cued mention does. Not a mention in a place's setting ("in Pittsburgh", "traveled to Miami"), a
    dateline's, one before a comma and its state ("Oakland, Calif.") nor a venue's owner ("Boston's Fenway Park"):
    the place."""
    teams = {row[9] for row in rows if row[8] == "ORG" and _known_kind(row[9], lex) == "PLACE"}
    if not teams:
        return  # (most articles: no place read as its team)
    for k, row in enumerate(rows):
        if row[9] in teams and row[8].upper() == "PLACE" and not row[7] \
                and not lex.setting_before.search(text, max(0, row[5] - 40), row[5]) \
                and not _opens_dateline(text, row[5], row[6]) and not _REGION_NEXT.match(text, row[6]) \
                and not _venue_after(text, row[6], lex):
            rows[k] = (*row[:8], "ORG", row[9])


# A possessive determiner (and a word) right before a name: "our persecuted Rohingya brothers" (kin in a figure of
# speech).
_OWNER_BEFORE = re.compile(r"(?<![\p{L}\p{M}])(?:[Oo]ur|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)[ \t\u00a0]+"
                           r"(?:\p{Ll}+[ \t\u00a0]+)?$")


def _family_end(text: str, end: int, lex: _Lexicon) -> int:
    """Where a kin word in lower case right after a name ending at ``end`` ends ("brothers" of "the Koch brothers",
    entities_kin_words.txt), 0 where none follows ("Deporting Parents Is ..." of a headline is no family)."""
    if not (text.startswith(" ", end) and text[end + 1:end + 2].islower()):
        return 0
    m = lex.kin.match(text, end + 1)
    return m.end() if m else 0


def _couples(rows: list[tuple], text: str, bounds: list[int], lex: _Lexicon) -> None:
    """Give the first partner of a couple or of siblings named together ("Khizr and Ghazala Khan", "David and
    Charles Koch") the surname as the entity of its mention (the span stays "Khizr"), in place in ``rows`` (those of
    :func:`_doc_mentions` of ``text``, whose sentences start at ``bounds`` but its last, the text's end): else
    "Mr. Khan" could only be Ghazala's or no one's. "X and Y Z" is as often two people ("Hillary and Tim Kaine",
    "Sanders and Hillary Clinton"), so Y must be a known given name, X no ordinary word but a given name ("Bill"),
    the first word of no other person's name of the article, and a known given name or no surname of the article;
    and X a known given name, no surname of the article and no item of a list, or kinship said: a kin word in the
    pair's sentence ("the couple", "their son", entities_kin_words.txt), the surname in the plural ("the Khans") or
    before a kin word ("the Koch brothers") elsewhere, or the bare surname with the honorific of the gender Y's name
    is not ("Mr. Khan" beside Ghazala)."""
    # The pairs "X and Y Z" of one-word X, untitled, first: most articles hold none, and then the rows are not read.
    # (the words between them told first without the pattern, a call of the regex module: "and" or "&" alone)
    pairs = [k for k in range(len(rows) - 1) if not (rows[k][7] or rows[k + 1][7] or " " in rows[k][9])
             and text[rows[k][6]:rows[k + 1][5]].strip(" \t\u00a0") in _COUPLE_WORDS
             and _COUPLE_AND.fullmatch(text, rows[k][6], rows[k + 1][5])]
    if not pairs:
        return
    kin_cued: set[str] = set()  # surnames (lower case) the article writes as a family's
    genders: dict[str, set[str]] = defaultdict(set)  # surname -> the genders of its honorifics
    firsts: dict[str, set[str]] = defaultdict(set)  # first word -> the names it opens (lower case)
    lasts: set[str] = set()  # the last words of the article's names of people
    for row in rows:
        words = row[9].lower().split()
        if row[8] == "GROUP" and len(words) > 1 and lex.kin.fullmatch(row[9], len(words[0]) + 1):
            kin_cued.add(words[0])  # "the Koch brothers" (a family's mention, _family_end)
        elif len(words) == 1:
            if row[7]:
                genders[words[0]].add(_title_gender(row[7], lex))
            if text.startswith(" ", row[6]) and lex.kin.match(text, row[6] + 1):
                kin_cued.add(words[0])
            if words[0].endswith("s"):
                kin_cued.add(words[0][:-1])
        elif row[8] in ("PERSON", "person"):
            firsts[words[0]].add(" ".join(words))
            lasts.add(words[-1])
    for k in pairs:
        a, b = rows[k], rows[k + 1]
        x, (y, *rest) = a[9], b[9].split()
        low = x.lower()
        # (an ordinary word that is a given name too, "Bill", "Mark", may be X: it stands in a name's place here)
        if len(rest) != 1 or y.lower() not in lex.name_genders or (_common(low, lex) and low not in lex.first_names):
            continue
        surname = rest[0].lower()
        if firsts[low] - {f"{low} {surname}"} or (low in lasts and low not in lex.name_genders):
            # "Hillary and Tim Kaine" beside "Hillary Clinton", "Henry and Sophie Siegel" (a man's parents) beside
            # "Henry Jonathan Siegel" (his son); "Sanders and Hillary Clinton"
            continue
        i = bisect_right(bounds, a[2], hi=len(bounds) - 1) - 1
        sent_start, sent_end = (bounds[i], bounds[i + 1]) if i >= 0 else (0, bounds[0])
        other = _OTHER_GENDER.get(lex.name_genders.get(y.lower(), ""))
        # Two given names and one surname are mostly kin though nothing says so ("Bill and Melinda Gates", "Ethan and
        # Joel Coen"); not the last two of a list ("stars like Brandy, Monica and Lauryn Hill")
        given = low in lex.name_genders and low not in lasts and "," not in text[max(0, a[2] - 2):a[2]]
        if given or surname in kin_cued or other in genders[surname] or lex.kin.search(text, sent_start, sent_end):
            # a person as its partner is, though its given name alone said nothing
            rows[k] = (*a[:8], "person" if a[8] == "MISC" else a[8], f"{x} {rest[0]}")


def _kin_named(rows: list[tuple], text: str, lex: _Lexicon) -> None:
    """Give a lone given name set right after a person's kin ("Clinton's husband, Bill,", "Trump's eldest daughter
    Ivanka", the kin nouns of entities_kin_nouns.txt) the person's surname as the entity of its mention (the span
    stays "Bill"), in place in ``rows`` (those of :func:`_doc_mentions` of ``text``): else "Bill" is linked to no
    one or to another Bill of the corpus, and "the former president" after it names only "Bill". Not after a
    given name alone ("Betsy's husband Tom"), nor a name of the other gender than the kin noun's; a name of no
    known gender ("Karroubi's son Hossein") only where its mention is a person's by its own evidence."""
    for k in range(len(rows) - 1):
        a, b = rows[k], rows[k + 1]
        if not text.startswith(("'s", "’s"), a[6]):
            continue  # (the possessive every lex.kin_of match opens on: most names stand without it)
        owner, given = a[9].split(), b[9]
        if b[7] or " " in given or a[8] not in ("PERSON", "person", "MISC") or owner[-1].endswith(".") \
                or (len(owner) == 1 and owner[0].lower() in lex.name_genders):
            continue
        kin = lex.kin_of.fullmatch(text, a[6], b[5])
        gender = lex.name_genders.get(given.lower())
        if kin and (gender == lex.kin_nouns[kin.group(1)] or (gender is None and b[8] in ("PERSON", "person"))):
            rows[k + 1] = (*b[:8], "person" if b[8] == "MISC" else b[8], f"{given} {owner[-1]}")


# The capitalised words before an office's possessive, the last of them the officer's title: "Clark County Coroner",
# "Baltimore Public Defender" (a possessive's apostrophe maybe read as Latin-1: "Defenderâ\x80\x99s", "Defenderâs").
_OFFICER_BEFORE = re.compile(r"(?r)(?<![\p{L}\p{M}.'’-])"
                             r"((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t\u00a0]+){0,5}\p{Lu}[\p{L}\p{M}]+)"
                             r"(?:['’]|\u00e2\x80\x99|\u00e2)s[ \t\u00a0]+$")


def _offices(rows: list[tuple], text: str, lex: _Lexicon) -> None:
    """Make an office named by its officer's title and a possessive one organisation, in place in ``rows`` (those of
    :func:`_doc_mentions` of ``text``): "the Clark County Coroner's Office" was the name "Clark County Coroner" (no
    kind) and the entity "Office"; now the mention "Clark County Coroner's Office", ORG, the rows within it gone.
    The word before the possessive must be a title (entities_titles.txt: "Sheriff's Department", not "Clinton's State
    Department"), the last word a lone office head (entities_office_heads.txt)."""
    for k in range(len(rows) - 1, -1, -1):
        b = rows[k]
        if b[7] or b[9].lower() not in lex.office_heads:
            continue
        found = _OFFICER_BEFORE.search(text, max(0, b[5] - 80), b[5])
        if not found:
            continue
        words = found.group(1).split()
        start = found.start(1)
        while words and words[0].lower() in lex.stop:  # "The Manhattan District Attorney's Office"
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else b[5]
            words = words[1:]
        if not words or not any(" ".join(words[i:]).lower() in lex.titles for i in range(len(words) - 1, -1, -1)):
            continue
        name = text[start:b[6]]
        inner = [j for j in range(k) if rows[j][2] >= start and rows[j][3] <= b[5]]
        rows[k] = (b[0], b[1], start, b[6], name, start, b[6], "", "ORG", name)
        for j in reversed(inner):
            del rows[j]


def _portfolios(rows: list[tuple], text: str, lex: _Lexicon, surnames: set[str]) -> None:
    """Make the first field of a portfolio joined by "and" part of the title after it, in place in ``rows`` (those of
    :func:`_doc_mentions` of ``text``): "Textiles and Jute Minister Md Rafiqul Haque", "Housing and Urban Development
    Secretary Ben Carson" were a person "Textiles" and one titled "Jute Minister" (a speaker "Textiles and Md Rafiqul
    Haque"); now one titled mention. The words before "and" (one to three, no title) are ordinary words, no given name,
    no known place or organisation and no last word of a name the article writes in full ("Trump and Housing Secretary
    Ben Carson" stay two); the title after it opens with a word of its field, no title's ("Congress and President
    Obama" stay two)."""
    for k in range(len(rows) - 2, -1, -1):
        b, c = rows[k], rows[k + 1]
        if b[7] or not c[7] or c[8] not in ("PERSON", "person") or text[b[3]:c[2]] != " and ":
            continue
        words, field = b[9].split(), c[7].split()
        if len(words) > 3 or not all(w[:1].isupper() and _common(w, lex) and w.lower() not in lex.first_names
                                     and w not in surnames for w in words) \
                or _known_kind(b[9].lower(), lex) or len(field) < 2 or _title_vocab(field[0].lower(), lex):
            continue  # (a field of its own opens the title after "and": "Congress and President Obama" stay two)
        rows[k + 1] = (c[0], b[1], b[2], c[3], text[b[2]:c[3]], c[5], c[6], " ".join(text[b[2]:c[5]].split()),
                       *c[8:])
        del rows[k]


def _absorb(rows: list[tuple], k: int, end: int, text: str, later: list[int], trimmed: tuple | None = None) -> None:
    """Make ``rows[k]`` the ORG mention of ``text`` running on to ``end`` and take in the rows ``later`` (indices after
    ``k`` that start before ``end``): each one ending by ``end`` goes; the last becomes ``trimmed`` where given (the
    part of it after the name, :func:`_on_names`)."""
    b = rows[k]
    rows[k] = (b[0], b[1], b[2], end, text[b[2]:end], b[5], end, b[7], "ORG", text[b[5]:end])
    for j in reversed(later):
        if trimmed is not None and j == later[-1]:
            rows[j] = trimmed
        elif rows[j][3] <= end:
            del rows[j]


# The rest of an organisation's name after its head word and "on": capitalised words one space apart, joined by
# connectors, and a list of such that "and" ends ("on Civil Liberties, Justice and Home Affairs"; not "on Parks and
# Recreation, Levine").
_ON_ITEM = r"\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0](?:(?:of|for|the|&)[ \u00a0])?\p{Lu}[\p{L}\p{M}'’-]*)*"
_ON_AFTER = re.compile(rf"[ \t\u00a0]+on[ \t\u00a0]+(?:the[ \t\u00a0]+)?({_ON_ITEM}"
                       rf"(?:(?:,[ \u00a0]{_ON_ITEM})*,?[ \u00a0]and[ \u00a0]{_ON_ITEM})?)(?![\p{{L}}\p{{M}}'’-])")
_WORD = re.compile(r"\S+")


def _name_after(rows: list[tuple], k: int, pattern: re.Pattern, text: str, at: int,
                lex: _Lexicon) -> tuple[int, list[int]] | None:
    """Where the rest of an organisation's name runs on after the row ``rows[k]`` (``pattern``, matched at ``at``,
    its group 1 the words after "on" or "for"; not when they open with a stop word): the name's end and the later
    rows that start before it. None where no name runs on. Serves :func:`_on_names` and :func:`_for_names`."""
    run = pattern.match(text, at)
    if not run or _WORD.match(run.group(1)).group().lower() in lex.stop:
        return None
    end = run.end(1)
    return end, [j for j in range(k + 1, len(rows)) if rows[j][2] < end]


def _on_names(rows: list[tuple], text: str, lex: _Lexicon) -> None:
    """Make an organisation whose name goes on after its head word and "on" one mention, in place in ``rows`` (those
    of :func:`_doc_mentions` of ``text``): "the Council on Foreign Relations" was the entity "Council" and the name
    "Foreign Relations"; now the mention "Council on Foreign Relations", ORG, the rows within it gone. The head word
    is one of entities_on_heads.txt; not before a day or a month ("the Council on Tuesday"). Where a titled person's
    mention runs into the name ("the Council on Ada Relations National Executive Director Ivo Brant"), the name ends
    before the title words that open that person's title."""
    for k in range(len(rows) - 1, -1, -1):
        b = rows[k]
        if b[4].rsplit(None, 1)[-1].lower() not in lex.on_heads:
            continue
        if not (found := _name_after(rows, k, _ON_AFTER, text, b[3], lex)):
            continue
        end, later = found
        if any(rows[j][3] > end for j in later[:-1]):
            continue
        trimmed = None
        if later and (rows[later[-1]][3] > end or rows[later[-1]][7]):
            c = rows[later[-1]]
            words = list(_WORD.finditer(text, c[2], c[5]))
            cut = next((w.start() for i, w in enumerate(words)
                        if all(x.group().lower() in lex.titles or x.group().lower() in lex.title_words
                               for x in words[i:])), None)
            if cut is None or cut == c[2]:
                continue
            end = len(text[:cut].rstrip(" \t\u00a0,"))
            trimmed = (*c[:2], cut, c[3], text[cut:c[3]], c[5], c[6], text[cut:c[5]].strip(), *c[8:])
        _absorb(rows, k, end, text, later, trimmed)


# The rest of an organisation's name after a group's plural and "for": capitalised words as after "on"
# ("Americans for Prosperity", "Massachusetts Democrats for Education Reform").
_FOR_AFTER = re.compile(rf"[ \t\u00a0]+for[ \t\u00a0]+(?:the[ \t\u00a0]+)?({_ON_ITEM})(?![\p{{L}}\p{{M}}'’-])")


def _for_names(rows: list[tuple], text: str, lex: _Lexicon) -> None:
    """Make an organisation named for a group and its cause one mention, in place in ``rows`` (those of
    :func:`_doc_mentions` of ``text``): "Americans for Prosperity", "Massachusetts Democrats for Education Reform"
    were the group "Americans", "Massachusetts Democrats" and a name after; now one ORG mention. The group is a
    people's or a party's plural (a GROUP mention, no title), the words after "for" capitalised, not a stop word."""
    for k in range(len(rows) - 1, -1, -1):
        b = rows[k]
        if b[8] != "GROUP" or b[7]:
            continue
        if not (found := _name_after(rows, k, _FOR_AFTER, text, b[6], lex)):
            continue
        end, later = found
        if any(rows[j][3] > end for j in later):
            continue
        _absorb(rows, k, end, text, later)


# The rest of an organisation's name after "and": up to three capitalised words one space apart, no more after them
# ("Center for Strategic and International Studies said"; not "... and National Association of Hispanic Journalists").
_AND_AFTER = re.compile(r"[ \u00a0]and[ \u00a0](\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+){0,2})"
                        r"(?![\p{L}\p{M}'’-]|[ \t\u00a0]+(?:\p{Lu}|(?:of|for|on)[ \t\u00a0]))")


def _and_names(rows: list[tuple], text: str, lex: _Lexicon) -> None:
    """Make an organisation whose name goes on after "and" one mention, in place in ``rows`` (those of
    :func:`_doc_mentions` of ``text``): "the Center for Strategic and International Studies" was the entities "Center
    for Strategic" and "International Studies"; now one ORG mention. The name before "and" has an organisation's head
    word before its "of" or "for" ("Office of Management and Budget", "Department of Health and Human Services"); the
    words after it are ordinary words, no given name, no title's but the last ("... for Public Security and Criminal
    Justice"): "University of Chicago and Professor Knittel", "University of Zurich and Gordon Hanson", "University
    of Pennsylvania and Carnegie Mellon" stay apart."""
    for k in range(len(rows) - 1, -1, -1):
        b = rows[k]
        if not text.startswith("and", b[6] + 1):
            continue  # (the word every _AND_AFTER match holds, at the one place it may: most names end elsewise)
        words = text[b[5]:b[6]].split()
        head = next((a for a, c in zip(words, words[1:]) if c in ("of", "for")), None)
        if head is None or lex.heads.get(head.lower()) != "ORG" or b[7]:
            continue
        run = _AND_AFTER.match(text, b[6])
        after = run.group(1).split() if run else []
        if not run or not all(_common(w, lex) and w.lower() not in lex.name_genders for w in after) \
                or any(w.lower() in lex.title_words or w.lower() in lex.titles for w in after[:-1]):
            continue
        end = run.end(1)
        later = [j for j in range(k + 1, len(rows)) if rows[j][2] < end]
        if any(rows[j][3] > end for j in later):
            continue
        _absorb(rows, k, end, text, later)


def find_mentions(articles: pd.DataFrame, sentences: pd.DataFrame | None = None, *,
                  link: bool = True) -> pd.DataFrame:
    """Named-entity mentions of every article, linked to canonical entities.

    In: ``articles`` (``doc_id``, ``text``) and optionally its ``sentences`` table from
    :func:`presslens.text.split_sentences` (computed when ``None``). Out: one row per mention,
    columns ``MENTION_COLUMNS``: ``doc_id``, ``sent_id``, ``start``/``end`` (the surface with its
    title, ``text``), ``name_start``/``name_end`` (the bare name), ``title``, ``kind`` (one of
    ``KINDS``), ``entity`` (canonical name, see :func:`link_aliases`).

    ``link=False`` leaves the linking to a later :func:`link_aliases` over the whole corpus (for
    a corpus analysed in pieces): ``entity`` is then the bare name (with the surname for the first
    partner of "Khizr and Ghazala Khan", :func:`_couples`) and ``kind`` the mention's own
    evidence, in lower case where it is only a guess ("person", "place").

    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Sen. Ada Quill spoke. Quill’s aide left."]})
    >>> find_mentions(arts)[["text", "title", "entity"]].values.tolist()
    [['Sen. Ada Quill', 'Sen.', 'Ada Quill'], ['Quill', '', 'Ada Quill']]
    """
    check_articles(articles, "find_mentions")
    if sentences is None:
        from presslens.text import split_sentences

        sentences = split_sentences(articles)
    lex = _lex()
    starts: dict = defaultdict(list)
    # Python lists: iterating a pandas column goes element by element through Arrow or numpy.
    for doc_id, start, sent_id in zip(sentences["doc_id"].tolist(), sentences["start"].tolist(),
                                      sentences["sent_id"].tolist()):
        starts[doc_id].append((int(start), int(sent_id)))
    rows = []
    unread: dict = {}  # the texts readable() changed, by doc_id
    for doc_id, text in zip(articles["doc_id"].tolist(), articles["text"].tolist()):
        text = text if isinstance(text, str) else ""
        sents = sorted(starts.get(doc_id, [(0, 0)]))
        if (view := readable(text)) is not text:
            unread[doc_id] = text
        rows += _doc_mentions(doc_id, view, [s for s, _ in sents], [i for _, i in sents], lex)
    mentions = pd.DataFrame(rows, columns=MENTION_COLUMNS).astype(
        {"sent_id": "int64", "start": "int64", "end": "int64", "name_start": "int64", "name_end": "int64"})
    return restore_shown(link_aliases(mentions) if link else mentions, unread, [("start", "end", "text")])
