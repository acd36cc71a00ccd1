"""Word lists for the timeline rules, read once from ``presslens/data/timeline_*.txt``.

Each list is a small text file (``#`` starts a comment line), so a researcher can extend it
without touching code. Example::

    >>> MONTHS["sept"], WEEKDAYS["thursday"], NUMBERS["twenty"]
    (9, 4, 20)
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from presslens.datafiles import data_lines, data_words
from presslens.text import alternation as text_alternation

__all__ = [
    "ASIDE_OPENERS",
    "CLAUSE_OPENERS",
    "CLAUSE_PREPOSITIONS",
    "CLOCK_VERBS",
    "COMPARED_DAYS",
    "DAY_FOLLOWERS",
    "DEICTIC_DAYS",
    "DOCUMENT_NOUNS",
    "ELECTION_NOUNS",
    "ERA_NOUNS",
    "EVENT_NOUNS",
    "FUTURE_CUES",
    "GATHERING_NOUNS",
    "IMPLICATIVE_VERBS",
    "HOLIDAY_DATES",
    "HABIT_WORDS",
    "HOLIDAYS",
    "INFINITIVE_MARKERS",
    "LEAD_IN_WORDS",
    "LIGHT_VERBS",
    "MERGE_STOPWORDS",
    "MONTHS",
    "MONTH_WORDS",
    "NAME_TITLES",
    "NAME_VERBS",
    "NUMBERS",
    "OVER_MORE_THAN",
    "OVERNIGHT_SUDDEN",
    "PARTS_OF_DAY",
    "PARTICIPATION_VERBS",
    "PAST_VERBS",
    "POSSESSIVES",
    "PREPARING_VERBS",
    "PREPOSITIONS",
    "PRESENT_CLAUSE_OPENERS",
    "REPORT_NOUNS",
    "RUN_UP_NOUNS",
    "SAYING_OCCASIONS",
    "SCHEDULE_WORDS",
    "SEASONS",
    "SEQUENCE_WORDS",
    "SENTENCE_LEADS",
    "SETTING_PREPOSITIONS",
    "SPAN_PREPOSITIONS",
    "SPEECH_HEADS",
    "TIME_ADJECTIVES",
    "TIME_CLAUSES",
    "UNITS",
    "VAGUE",
    "VAGUE_NUMBERS",
    "VERB_ADVERBS",
    "VOTE_WORDS",
    "WEEKDAYS",
    "WEEKDAY_WORDS",
    "YEAR_BLOCKERS",
    "ZONES",
    "alternation",
]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, one by one, longest first (so "Sept" wins over "Sep"):
    :func:`presslens.text.alternation` with ``flat``, as the timeline's word scan reads a trigger's words
    back from its alternation (``timexes._words``)."""
    return text_alternation(words, flat=True)


def _numbered(name: str) -> tuple[dict[str, int], list[str], list[str]]:
    # Line i holds the full name of item i+1 followed by its abbreviations.
    index: dict[str, int] = {}
    full: list[str] = []
    abbrev: list[str] = []
    for i, line in enumerate(data_lines(name), start=1):
        head, *rest = line.split()
        full.append(head)
        abbrev.extend(rest)
        for word in (head, *rest):
            index[word.lower()] = i
    return index, full, abbrev


MONTHS, _MONTH_FULL, _MONTH_ABBR = _numbered("timeline_months.txt")
WEEKDAYS, _WEEKDAY_FULL, _WEEKDAY_ABBR = _numbered("timeline_weekdays.txt")
MONTH_WORDS = (_MONTH_FULL, _MONTH_ABBR)
WEEKDAY_WORDS = (_WEEKDAY_FULL, _WEEKDAY_ABBR)

NUMBERS: dict[str, int] = {w.lower(): int(v) for w, v in (ln.split() for ln in data_lines("timeline_numbers.txt"))}
VAGUE_NUMBERS: list[str] = data_lines("timeline_vague_numbers.txt")

# unit -> (TIMEX3 letter, is a time-of-day unit, how many of the letter one unit makes)
UNITS: dict[str, tuple[str, bool, int]] = {
    w: (letter, kind == "T", int(size))
    for w, letter, kind, size in (ln.split() for ln in data_lines("timeline_units.txt"))
}
# season -> (code, first month, last month)
SEASONS: dict[str, tuple[str, int, int]] = {
    w: (code, int(a), int(b)) for w, code, a, b in (ln.split() for ln in data_lines("timeline_seasons.txt"))
}
PARTS_OF_DAY: dict[str, str] = dict(ln.split() for ln in data_lines("timeline_parts_of_day.txt"))
OVERNIGHT_SUDDEN: list[str] = data_lines("timeline_overnight_sudden.txt")
HOLIDAYS: dict[str, str] = dict(ln.split("|") for ln in data_lines("timeline_holidays.txt"))
# (table key, year) -> the days a holiday that follows the moon falls on that year (an Eid may fall twice)
HOLIDAY_DATES: dict[tuple[str, int], list[date]] = {}
for _key, _day in (ln.split("|") for ln in data_lines("timeline_holiday_dates.txt")):
    HOLIDAY_DATES.setdefault((_key, int(_day[:4])), []).append(date.fromisoformat(_day))
VAGUE: dict[str, str] = {k.lower(): v for k, v in (ln.split("|") for ln in data_lines("timeline_vague.txt"))}
FUTURE_CUES: list[str] = data_lines("timeline_future_cues.txt")
CLOCK_VERBS: list[str] = data_lines("timeline_clock_verbs.txt")
PAST_VERBS: list[str] = data_lines("timeline_past_verbs.txt")
PREPOSITIONS: frozenset[str] = frozenset(data_lines("timeline_prepositions.txt"))
# words after which a verb is its bare form ("to hit", "will cut"): no past cue
INFINITIVE_MARKERS: list[str] = data_lines("timeline_infinitive_markers.txt")
YEAR_BLOCKERS: list[str] = data_lines("timeline_year_blockers.txt")
# nouns after a month that make it the month figures cover ("the November jobs report"): one already over
REPORT_NOUNS: list[str] = [w.lower() for w in data_lines("timeline_report_nouns.txt")]
# nouns of votes held on a set date: a month (and day) without a year before one is the coming vote ("the November
# election") unless its clause is in the past
ELECTION_NOUNS: list[str] = [w.lower() for w in data_lines("timeline_election_nouns.txt")]
# words of what happens as a rule ("tends to", "often"): a month without a year in their sentence, in a clause not
# in the past, is that month in any year (XXXX-11)
HABIT_WORDS: list[str] = data_lines("timeline_habit_words.txt")
# words of a campaign for a vote ("nominee", "voters"): in a sentence naming one of them or a vote, a month without
# a year in a clause not in the past falls from the month before the writing on, not in the year before
VOTE_WORDS: list[str] = [w.lower() for w in data_lines("timeline_vote_words.txt")]
# nouns of the time before an awaited day ("the run-up to Christmas"): in a clause with no past, the day is ahead
RUN_UP_NOUNS: list[str] = data_lines("timeline_run_up_nouns.txt")
# words before an occasion ("days before Tuesday's primary"): a weekday's possessive after them is the nearer such day
LEAD_IN_WORDS: list[str] = [w.lower() for w in data_lines("timeline_lead_in_words.txt")]
# verbs of getting ready ("prepared for", "gearing up for"): a day after them and "for" is what is awaited
PREPARING_VERBS: list[str] = data_lines("timeline_preparing_verbs.txt")
# conjunctions of time whose clause in the simple present, right after a date, tells of a time to come
PRESENT_CLAUSE_OPENERS: list[str] = data_lines("timeline_present_clause_openers.txt")
# words after "the" that place a stretch of plural units next to a time told ("the preceding months"): a vague duration
SEQUENCE_WORDS: list[str] = [w.lower() for w in data_lines("timeline_sequence_words.txt")]
# words before "over" and a count of units that make it "more than" ("for over a year"); else a span's preposition
OVER_MORE_THAN: frozenset[str] = data_words("timeline_over_more_than.txt")
# words that may follow a day of the month written alone: any other makes it a rank before its noun
DAY_FOLLOWERS: list[str] = data_lines("timeline_day_followers.txt")
EVENT_NOUNS: frozenset[str] = data_words("timeline_event_nouns.txt")
SPEECH_HEADS: frozenset[str] = data_words("timeline_speech_heads.txt")
# event nouns of gatherings and journeys: a to-infinitive after their date is done at it ("a rally Saturday to protest")
# nouns of the occasion a saying is made at ("said in an interview Tuesday"), beside the gatherings
SAYING_OCCASIONS: frozenset[str] = data_words("timeline_saying_occasions.txt")
GATHERING_NOUNS: frozenset[str] = data_words("timeline_gathering_nouns.txt")
MERGE_STOPWORDS: frozenset[str] = data_words("timeline_merge_stopwords.txt")
# Titles and honorifics that stand before a person's name, without their dots ("mrs", "gen", "sir"):
# the abbreviated ones the sentence splitter knows (text_titles.txt) and those entities_titles.txt
# marks with the gender they signal.
NAME_TITLES: frozenset[str] = frozenset(
    {w.lower().rstrip(".") for w in data_lines("text_titles.txt")}
    | {row[0].lower().rstrip(".") for row in (ln.split("\t") for ln in data_lines("entities_titles.txt"))
       if len(row) > 1 and " " not in row[0]})
NAME_VERBS: frozenset[str] = data_words("timeline_name_verbs.txt")
# words after which "for" before a date is the planned day ("scheduled for Sunday"): the event is on it
SCHEDULE_WORDS: list[str] = data_lines("timeline_schedule_words.txt")
# adjectives of the present an expression may be: before a noun they date its phrase ("with the help of current
# shareholders": not help)
TIME_ADJECTIVES: frozenset[str] = data_words("timeline_time_adjectives.txt")
# what opens a clause set at the time of the date right before it ("from 1968, when the Soviets invaded")
TIME_CLAUSES: list[str] = data_lines("timeline_time_clauses.txt")
# words that open a relative or subordinate clause between a head and a date ("said on Saturday that there were ...
# in 10 hours"): a head two expressions give is the one's on its side of it
CLAUSE_OPENERS: frozenset[str] = data_words("timeline_clause_openers.txt")
# words that open an aside between a phrase holding a date at the head of a sentence and the main clause ("On Friday,
# when the envoy set aside her holiday, the ministry lifted"), beside the prepositions and CLAUSE_OPENERS
ASIDE_OPENERS: frozenset[str] = data_words("timeline_aside_openers.txt")
# prepositions that may open a clause of their own ("after the mayor and the council objected")
CLAUSE_PREPOSITIONS: frozenset[str] = data_words("timeline_clause_prepositions.txt")
# words that may open a sentence before the preposition of a date that opens it ("But on April 8,", "Also Friday,")
SENTENCE_LEADS: frozenset[str] = data_words("timeline_sentence_leads.txt")
# prepositions whose noun phrase is the span what they attach to took ("visited during his two-year stint")
SPAN_PREPOSITIONS: frozenset[str] = data_words("timeline_span_prepositions.txt")
# nouns that make "today's" the present in general ("in today's world"), not one day
ERA_NOUNS: frozenset[str] = data_words("timeline_era_nouns.txt")
# words that name a day from the speaker's or writer's own day ("yesterday", "tonight", "this morning") -> whether
# inside a quotation they count from the day it was said
DEICTIC_DAYS: dict[str, bool] = {w: mark == "quoted" for w, _, mark in
                                 (ln.partition("\t") for ln in data_lines("timeline_deictic_days.txt"))}
# words naming one day or a part of one: beside them a "today" in a comparison is that day ("higher today than
# yesterday"), not nowadays
COMPARED_DAYS: list[str] = data_lines("timeline_compared_days.txt")
# prepositions whose noun phrase is the occasion of what they attach to ("said in his 2012 book")
SETTING_PREPOSITIONS: frozenset[str] = data_words("timeline_setting_prepositions.txt")
# possessive determiners: a year between one and its noun dates a thing ("his 1969 book"), not the story's time
POSSESSIVES: list[str] = data_lines("timeline_possessives.txt")
# verbs whose object names the event they take part in ("lost the 2008 election")
PARTICIPATION_VERBS: frozenset[str] = data_words("timeline_participation_verbs.txt")
# verbs whose event noun object is dated beside them ("held a news conference Tuesday": held and conference)
LIGHT_VERBS: frozenset[str] = data_words("timeline_light_verbs.txt")
# verbs whose to-infinitive's date is theirs ("declined to comment Saturday": declined and comment)
IMPLICATIVE_VERBS: frozenset[str] = data_words("timeline_implicative_verbs.txt")
# nouns of documents a light verb makes ("issued a statement"): no event of their own
DOCUMENT_NOUNS: frozenset[str] = data_words("timeline_document_nouns.txt")
# expressions that are adverbs of the verb right after them ("who now thinks", "currently holds")
VERB_ADVERBS: frozenset[str] = frozenset(data_lines("timeline_verb_adverbs.txt"))
# zone as written -> fixed UTC offset ("-05:00") or IANA zone name ("America/New_York")
ZONES: dict[str, str] = dict(ln.split() for ln in data_lines("timeline_zones.txt"))
