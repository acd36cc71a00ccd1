"""The rules of the tagger: one regular expression per kind of temporal expression, each with a
function turning its match into TIMEX3 ``type``, ``value`` and ``mod`` against the anchor date.

``PATTERNS`` lists them most specific first, as (compiled pattern, rule, gate, trigger): a gate is a
cheap regex an article must contain for its pattern to be worth scanning; a trigger, one every match
contains, so only the text between two ``BARRIER`` characters holding it is scanned. Gates and
triggers come as (caseless regex, twin for the lowered text or None). :mod:`.timexes` runs them.

Example::

    >>> from datetime import date
    >>> m = PATTERNS[0][0].search("on 2025-10-27")
    >>> PATTERNS[0][1](Context("on 2025-10-27", date(2025, 10, 28), (0, 13), m), m.groupdict())
    ('DATE', '2025-10-27', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta
from typing import Any, Callable

import pandas as pd

from presslens.timeline.calendar import (SEASON_MONTHS, add_months, easter, iso_week, nth_weekday, quarter_of,
                                        value_interval)
from presslens.timeline.heads import reporting_before
from presslens.timeline.lexicon import (CLOCK_VERBS, COMPARED_DAYS, DAY_FOLLOWERS, ELECTION_NOUNS, ERA_NOUNS,
                                        EVENT_NOUNS, HABIT_WORDS, HOLIDAY_DATES, HOLIDAYS, INFINITIVE_MARKERS,
                                        LEAD_IN_WORDS, MONTH_WORDS, MONTHS, NAME_TITLES,
                                        NAME_VERBS, NUMBERS, OVER_MORE_THAN, OVERNIGHT_SUDDEN, PARTS_OF_DAY,
                                        POSSESSIVES, PREPOSITIONS, REPORT_NOUNS, SEASONS, SEQUENCE_WORDS, UNITS, VAGUE,
                                        VAGUE_NUMBERS, VOTE_WORDS, WEEKDAY_WORDS, WEEKDAYS, YEAR_BLOCKERS, ZONES,
                                        alternation)
from presslens.timeline.tense import clause_bounds, clause_tense, fronted_clause, has_tense_cue

__all__ = ["BARRIER", "LED_TRIGGERS", "LINE_OPENING", "OPENS_AT_TRIGGER", "PATTERNS", "WHOLE_WORDS", "WINDOW",
           "Context", "date_clock_times", "day_named", "days_from_dates", "in_name", "months_of_years_named",
           "over_spans", "resolve_anaphors", "resolve_quarters", "weekday_date"]

WINDOW = 300  # characters either side of an expression that its tense and event are read from

# ---------------------------------------------------------------- regex building blocks
_MONTH = "(?-i:" + "|".join([rf"{w}\b" for w in MONTH_WORDS[0]] + [rf"{w}\b\.?" for w in MONTH_WORDS[1]]) + ")"
# Standing alone, an abbreviation needs its dot ("Jan Kavan" is a man, "Jan." a month).
_MONTH_ALONE = "(?-i:" + "|".join([rf"{w}\b" for w in MONTH_WORDS[0]] + [rf"{w}\." for w in MONTH_WORDS[1]]) + ")"
# An abbreviated weekday needs its dot ("Sat.", "Wed." and "Sun" are words too), but one of four letters or
# more is no other word ("Tues", "Weds", "Thurs", as headlines and British copy write them).
_WEEKDAY = ("(?:(?i:" + alternation(WEEKDAY_WORDS[0]) + r")\b|(?-i:"
            + "|".join(rf"{w}\." for w in WEEKDAY_WORDS[1]) + "|(?:"
            + alternation([w for w in WEEKDAY_WORDS[1] if len(w) > 3]) + r")\b))")
# A weekday's three letters without their dot, capitalised, as fixture lists and listings write them before a
# date ("Sat 14 Dec", "Wed, Jan. 8"): only there, as "Sat", "Sun", "Wed" are words.
_WEEKDAY_SHORT = "(?-i:" + "|".join(w for w in WEEKDAY_WORDS[1] if len(w) == 3) + r")\b"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|-\d|[.,]\d)"
_NUMWORD = alternation([w for w in NUMBERS if w not in ("a", "an")])
# A compound of number words goes on only after a ten or a hundred, with a multiplier or with "and" ("twenty-five",
# "one hundred and five", "two hundred"; "two and six days" a range): "two five-year terms" are two counts.
_NUM = (r"(?:(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|½)?|(?:" + _NUMWORD + r")"
        r"(?:(?:(?<=ty)|(?<=hundred)|(?<=thousand))[\s-]+(?:and\s+)?(?:" + _NUMWORD + r")"
        r"|[\s-]+(?:hundred|thousand|dozen)\b|\s+and\s+(?:" + _NUMWORD + r"))*"
        r"|(?:(?:half\s+a|a\s+half)[\s-]+|half-)dozen|half\s+an?|an?|" + alternation(VAGUE_NUMBERS) + ")")
_UNIT = r"(?:" + alternation(UNITS) + r")(?:s|es)?\b"
_UNIT_PLURAL = (r"(?:centuries|millennia|" + "|".join(f"{u}s" for u in UNITS if u not in ("century", "millennium"))
                + r")\b")
# The units written closed up with "long" ("yearlong", "daylong"): the words, not "hr" or "yr".
_CLOSED_LONG = sorted(u + end for u in UNITS if u.isalpha() and len(u) > 2 for end in ("", "s"))
_CLOSED_UNIT = alternation(_CLOSED_LONG)
_SEASON = r"(?:" + alternation(SEASONS) + r")\b"
_PART = r"(?:" + alternation(PARTS_OF_DAY) + r")\b"
# The parts of the day a determiner goes with ("that night", "the morning after"): not "overnight" ("can't do that
# overnight").
_PART_NOUN = r"(?:" + alternation({p for p in PARTS_OF_DAY if p != "overnight"}) + r")\b"
# "pre-"/"post-" only hyphenated: "post-1959 politics" (not "the Washington Post 1998 poll"); "end-" too, as
# British and Indian business copy writes the end of a month or year ("by end-March", "at end-2027").
_MOD = (r"(?:early|late|mid|(?:pre|post|end)(?=-)|the\s+(?:beginning|start|end|middle|turn|close)\s+of|"
        r"(?:the\s+)?(?:first|second|latter|front|back)\s+half\s+of|(?:earlier|later)(?:\s+in)?)")
_REL = (r"(?:last|next|this(?:\s+(?:past|coming))?|the\s+(?:past|last|previous|following|coming|next|current|"
        r"same|present)|that|coming|past|previous|current)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
# "Jan. 20 next year", "3 November last year", "Nov. 23 of this year": the year of a day written as the one before
# or after the anchor's (not "Jan. 20 next year's budget", whose year is the budget's).
_REL_YEAR = r"\s+(?:of\s+)?(?P<rel2>last|next|this)\s+year\b(?!['’])"
# The fiscal year as British copy ("the financial year") and Indian copy ("last fiscal", "this fiscal,", the
# adjective as the noun: before a clause's end or a word that cannot be the noun it modifies) name it.
_FISCAL_YEAR = (r"(?:fiscal|financial)\s+year|fiscal(?=\s*[,.;:)]|\s+(?:and|as|at|against|compared|ended|ending|to|"
                r"from|in|on|over|when|while|with|was|is|will|would|has|had|but|than|by|for)\b)")
# A year or a span of two named as a fiscal, school or academic year: "the 2015 fiscal year", "the 2031-32
# financial year" (TIMEX3 takes the phrase whole, as "the latest fiscal year"; the value stays the year's).
_NAMED_YEAR = r"(?:fiscal|financial|school|academic)\s+year\b"
_YEAR_BLOCK = r"(?!\s+(?:" + alternation(YEAR_BLOCKERS) + r")\b)"
# A year read out, as broadcast transcripts write it: "nineteen ninety-four", "nineteen eighteen".
_YEAR_WORDS = (r"nineteen[\s-]+(?:(?:" + "|".join(w for w, v in NUMBERS.items() if 20 <= v <= 90) + r")(?:[\s-]+(?:"
               + "|".join(w for w, v in NUMBERS.items() if 1 <= v <= 9 and w not in ("a", "an")) + r"))?|(?:"
               + "|".join(w for w, v in NUMBERS.items() if 10 <= v <= 19) + r"))\b")

_MOD_CODE = {"early": "START", "beginning": "START", "start": "START", "first": "START", "earlier": "START",
             "front": "START", "back": "END",
             "late": "END", "end": "END", "close": "END", "second": "END", "latter": "END", "later": "END",
             "mid": "MID", "middle": "MID", "turn": None, "pre": "BEFORE", "post": "AFTER"}


def _mod_code(text: str | None) -> str | None:
    if not text:
        return None
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _MOD_CODE:
            return _MOD_CODE[word]
    return None


# ---------------------------------------------------------------- the context a rule sees
@dataclass
class Context:
    text: str            # the article
    anchor: date | None  # the date relative expressions are resolved against
    sentence: tuple[int, int]
    match: re.Match
    quarterly: bool = False  # the article talks about quarters: "a year ago" means that quarter a year ago
    # Whether the article reports a game, whose quarters and halves without a year are the game's (asked
    # only there: the answer scans the article).
    sporting: Callable[[], bool] = lambda: False

    def tense(self, deadlines: bool = True) -> str | None:
        """The direction of the expression's clause (see :func:`.clause_tense`); with ``deadlines``, a
        deadline preposition before it decides first (below)."""
        # Within the sentence, and never more than a few hundred characters away: text without
        # full stops must not make every expression rescan all of it.
        a = max(self.sentence[0], self.match.start() - WINDOW)
        b = min(self.sentence[1], self.match.end() + WINDOW)
        window, start, end = self.text[a:b], self.match.start() - a, self.match.end() - a
        # A deadline preposition right before the expression decides ("by May", "until Friday"),
        # unless the sentence is in the past perfect ("had filed reports by Wednesday") or the
        # expression opens the sentence, where the main verb tells whether the deadline has passed
        # ("By Wednesday afternoon, the White House cited …"). "Through" ends a span, which a past
        # verb puts behind ("the poll, conducted from April 27 through Sunday").
        if deadlines and _PUT_OFF_TO.search(self.before(80)) and not _PAST_PERFECT.search(window):
            return "future"
        if deadlines and (deadline := _DEADLINE.search(self.before(24))) and not _PAST_PERFECT.search(window):
            if _CLEFT_PAST.search(self.before(40)):
                return "past"  # "It wasn't until October, when the paper published …": the cleft's past verb
            # Opening the sentence, with or without its comma ("By Sunday evening both fires were out")
            opens = not window[:start - len(deadline.group(0))].strip(" \t\n\"'“‘")
            if deadline.group(1).lower() not in ("through", "thru") and not opens and not fronted_clause(
                    window, *clause_bounds(window, start, end)):
                return "future"
            return "past" if clause_tense(window, start, end) == "past" else "future"
        return clause_tense(window, start, end)

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.match.start() - n):self.match.start()]

    def after(self, n: int = 30) -> str:
        return self.text[self.match.end():self.match.end() + n]


# type, value, mod, and optionally extras: range_from/range_to (a range's ends), zone (a clock time's UTC offset),
# open_day (a clock time naming no day: the zone to recompute its offset with once a day is found, or "")
_Result = tuple[str, str | None, str | None] | tuple[str, str | None, str | None, dict[str, str]]
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|just|n[o']t)\s+)?(?!to\b)[a-z]+(?:ed|en|n|t)\b", re.I)
# A verb that puts off or extends, its object, then "to"/"until"/"through" right before the expression: the new
# end lies ahead, whatever the verb's tense ("extended the loans through January", "postponed the vote to Friday").
_PUT_OFF_TO = re.compile(r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|"
                         r"defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|renew(?:s|ed|ing)?|"
                         r"(?:put(?:s|ting)?|push(?:es|ed|ing)?)\s+(?:\w+\s+){0,3}?(?:off|back))\b[^,;:.!?\"“”]{0,60}?"
                         r"\b(?:to|until|till|through|thru)\s+(?:early|mid|late|the\s+(?:end|beginning|middle)\s+of)?"
                         r"[\s-]*$", re.I)
# "It wasn't until October that …", "it was not until March, when …": a cleft on a past "was" tells the past.
_CLEFT_PAST = re.compile(r"\b(?:was|were)(?:\s+not|n[’']t)\s+(?:until|till)\s+(?:early|mid|late|the\s+(?:end|beginning|"
                         r"middle)\s+of)?[\s-]*$", re.I)
# "until after Easter": put off past the day, as "until Easter" is; so is "postponed to Thursday".
_DEADLINE = re.compile(r"\b(by|until|till|through|thru|effective|payable|starting|due|no\s+later\s+than|as\s+soon\s+as"
                       r"|(?:postponed|delayed|deferred|adjourned|rescheduled|put\s+off|pushed\s+back|moved\s+back)"
                       r"\s+to)"
                       r"(?:(?<=til)\s+after)?(?:\s+(?:early|mid|late|the\s+(?:end|beginning|middle)\s+of))?[\s-]*$",
                       re.I)


def _number(text: str) -> float | None:
    """The value of a number phrase ("twenty-five", "2 1/2", "a"); None for vague ones ("several")."""
    t = text.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        t = t.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    if m := re.fullmatch(r"(\d+)\s*(?:1/2|½)", t):
        return int(m[1]) + 0.5
    if re.fullmatch(r"half\s+an?", t):  # "half an hour", "half a century"
        return 0.5
    if re.fullmatch(r"(?:(?:half\s+a|a\s+half)[\s-]+|half-)dozen", t):  # "half a dozen years", "a half-dozen days"
        return 6.0
    if re.search(r"\bcouple\b", t):
        return 2.0
    total, current = 0, 0
    words = re.findall(r"[a-z]+", t)
    if not words or any(w not in NUMBERS and w != "and" for w in words):
        return None
    for w in words:
        if w == "and":
            continue
        v = NUMBERS[w]
        if v in (100, 1000) or w == "dozen":  # multipliers: "two hundred", "two dozen" (24, not 14)
            current = max(current, 1) * v
            if v == 1000:
                total, current = total + current, 0
        else:
            below = current % 100
            if below and not (below % 10 == 0 and below >= 20 and v < 10):
                return None  # no number: "two five-year terms", "five one-day internationals" are two counts
            current += v
    return float(total + current)


def _year_of_words(text: str) -> str:
    """The year a read-out year names: "nineteen ninety-four" -> "1994"."""
    return str(1900 + int(_number(re.sub(r"^nineteen[\s-]+", "", text.lower()))))


def _spoken_year(g: dict) -> dict:
    """The groups ``g`` of a month or season with its read-out year (``yw``) as its year (``y``)."""
    return {**g, "y": _year_of_words(g["yw"])} if g.get("yw") else g


def _unit(word: str) -> tuple[str, bool, int]:
    w = word.lower()
    for candidate in (w, w[:-1], w[:-2], {"centuries": "century", "millennia": "millennium"}.get(w, "")):
        if candidate in UNITS:
            if len(candidate) < 3 and not word.islower():
                break  # an abbreviation in lower case only: "an HR manager", "3 HRs" (home runs)
            return UNITS[candidate]
    raise KeyError(word)


def _duration(n: float | None, unit: str) -> str:
    letter, is_time, size = _unit(unit)
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    n = n * size
    if letter in ("Q", "W") and n != int(n):  # 1 1/2 quarters, 1 1/2 weeks: counted in months, days
        letter, n = ("M", n * 3) if letter == "Q" else ("D", n * 7)
    if n != int(n) and (key := (letter, is_time)) in _SMALLER:
        # A fraction writes its rest in the next smaller unit: 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M.
        small, factor, small_is_time = _SMALLER[key]
        whole, rest = int(n), int(round((n - int(n)) * factor))
        head = f"{whole}{letter}" if whole else ""
        return f"{prefix}{head}{'T' if small_is_time and not is_time else ''}{rest}{small}"
    return f"{prefix}{int(round(n))}{letter}"


# (letter, is a time unit) -> the next smaller unit, how many of it make one, whether it is a time unit
_SMALLER = {("Y", False): ("M", 12, False), ("M", False): ("D", 30, False), ("D", False): ("H", 24, True),
            ("H", True): ("M", 60, True), ("M", True): ("S", 60, True)}


def _shift(anchor: date, n: int, unit: str) -> str:
    """``anchor`` moved by ``n`` units, written at the unit's granularity (``2025-W43``, ``2019``)."""
    letter, is_time, size = _unit(unit)
    n *= size
    if letter == "D" or is_time:
        return (anchor + timedelta(days=n if letter == "D" else 0)).isoformat()
    if letter == "W":
        return iso_week(anchor + timedelta(weeks=n))
    if letter == "M":
        return add_months(anchor, n).isoformat()[:7]
    if letter == "Q":
        d = add_months(date(anchor.year, 3 * quarter_of(anchor) - 2, 1), 3 * n)
        return f"{d.year}-Q{quarter_of(d)}"
    if size >= 10:  # decades, centuries: digits dropped
        return str(anchor.year + n)[: 4 - len(str(size)) + 1]
    return str(anchor.year + n)


def weekday_date(anchor: date, weekday: int, direction: str | None) -> date:
    """The ``weekday`` nearest ``anchor`` in ``direction``: "past"/"future" include the anchor day
    itself (a paper's "on Monday" on a Monday is that day); "open" (see :func:`.clause_tense`) takes
    the nearer of the two, ties to the past; None counts as past, as news mostly reports what
    happened."""
    back = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)
    ahead = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
    if direction == "future" or (direction == "open" and ahead - anchor < anchor - back):
        return ahead
    return back


def _month_year(anchor: date, month: int, direction: str | None) -> int:
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    # Undecided: the nearest such month, ties to the past.
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: (abs((y - anchor.year) * 12 + month - anchor.month), y))


def _rel_direction(rel: str | None) -> int | None:
    """-1, 0, +1 for last/this/next-type words; None when absent."""
    if not rel:
        return None
    r = rel.lower()
    if re.search(r"past|last|previous", r) and "this" not in r:
        return -1
    if re.search(r"next|following|coming", r) and "this" not in r:
        return 1
    if "this past" in r:
        return -1
    if "this coming" in r:
        return 1
    return 0


def _tense_or(ctx: Context, rel: int | None) -> str | None:
    if rel == -1:
        return "past"
    if rel == 1:
        return "future"
    return ctx.tense()


# ---------------------------------------------------------------- rules
def _r_iso(ctx: Context, g: dict) -> _Result | None:
    try:
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    if g.get("H"):
        # A time stamp's seconds are part of its value; its zone ("Z", "+05:30") is the UTC offset, as a
        # clock time's zone is (the value stays local, as TimeML writes it).
        value = f"{d.isoformat()}T{g['H']}:{g['M']}" + (f":{g['S']}" if g.get("S") else "")
        zone = "+00:00" if g.get("utc") else f"{g['off']}:{g['offm']}" if g.get("off") else None
        return ("TIME", value, None) + (({"zone": zone},) if zone else ())
    return "DATE", d.isoformat(), None


# A date of numbers as _P's numeric patterns read one (slashes, or hyphens before a year of four digits).
_NUMERIC_DATE = re.compile(r"(?<![\d/-])([0-3]?\d)([/-])([0-3]?\d)\2(?:(?:19|20)\d\d|(?<=/)\d\d)(?![\d/-])")


@lru_cache(maxsize=8)
def _day_first(text: str) -> bool:
    """Whether the article writes its dates of numbers day first: one of them can only be read so
    ("27/10/2025") and none only month first ("10/27/2025"). An outlet keeps to one order, so
    "12/10/2025" in a paper that also prints "27/10/2025" is 12 October. Read once per text (cached:
    an article of many such dates asks for each)."""
    orders = {int(a) > 12 for a, _, b in _NUMERIC_DATE.findall(text) if (int(a) > 12) != (int(b) > 12)}
    return orders == {True}


def _first_is_day(ctx: Context, first: int, second: int) -> bool:
    """Whether a date of numbers written ``first``/``second`` puts its day first: the first cannot be a
    month ("27/10/2025"), or either could and the article writes its dates day first (:func:`_day_first`)."""
    return first > 12 and second <= 12 or first <= 12 and second <= 12 and first != second and _day_first(ctx.text)


def _r_numeric(ctx: Context, g: dict) -> _Result | None:
    m, d, y = int(g["m"]), int(g["d"]), int(g["y"])
    if _first_is_day(ctx, m, d):  # 27/10/2025: day first
        m, d = d, m
    if y < 100:
        y += 2000 if y < 50 else 1900
    try:
        return "DATE", date(y, m, d).isoformat(), None
    except ValueError:
        return None


def _r_dotted(ctx: Context, g: dict) -> _Result | None:
    """A date written day first with points, as in Europe: "12.03.2025" is 12 March."""
    try:
        return "DATE", date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat(), None
    except ValueError:
        return None


def _r_numeric_no_year(ctx: Context, g: dict) -> _Result | None:
    """A date of numbers without a year after "on" or a weekday: European "on 24.10", "Friday 24.10."
    (day first, the month in two digits), American "on 10/24" (month first, unless the first number
    cannot be a month or the article writes its dates day first, as :func:`_r_numeric`). Its year as a
    day and month written without one. Only where a clause goes on after it: "on 1.2 billion", "on
    10/24 pricing" are other numbers."""
    if not _CLAUSE_GOES_ON.match(ctx.text, ctx.match.end()):
        return None
    if g.get("dd"):
        d, m = int(g["dd"]), int(g["dm"])
    else:
        m, d = int(g["sm"]), int(g["sd"])
        if _first_is_day(ctx, m, d):
            m, d = d, m
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    year = _year_for(ctx, m, d, None, WEEKDAYS[g["wd"].rstrip(".").lower()] if g.get("wd") else None)
    day = year and _valid_date(year, m, d)
    return ("DATE", day.isoformat(), None) if day or year is None else None


def _r_two_away(ctx: Context, g: dict) -> _Result | None:
    """"the week after next" (two weeks on), "the month before last" (two months back), "the weekend
    after next", "the Saturday before last" (a week before last Saturday)."""
    if ctx.anchor is None:
        return "DATE", None, None
    step = 1 if g["side"].lower().startswith("after") else -1
    if g.get("wd"):
        day = _related_weekday(ctx.anchor, WEEKDAYS[g["wd"].rstrip(".").lower()], step) + timedelta(weeks=step)
        return "DATE", day.isoformat(), None
    if g["unit"].lower() == "weekend":
        return "DATE", iso_week(ctx.anchor + timedelta(weeks=2 * step)) + "-WE", None
    return "DATE", _shift(ctx.anchor, 2 * step, g["unit"].lower()), None


def _r_week_on(ctx: Context, g: dict) -> _Result | None:
    """British: "a week on Saturday", "Saturday week", "next Saturday week" (the coming Saturday, a
    week on), "Tuesday fortnight" (two weeks on), "a fortnight tomorrow", "a week today"; "last Friday
    fortnight" (two weeks before the Friday last past)."""
    if ctx.anchor is None:
        return "DATE", None, None
    if g.get("rd"):
        day = ctx.anchor + timedelta(days=1 if g["rd"].lower() == "tomorrow" else 0)
    else:
        day = weekday_date(ctx.anchor, WEEKDAYS[(g.get("wd") or g["wd2"]).rstrip(".").lower()], "future")
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    if (g.get("rel") or "").lower() == "last":  # "last Friday fortnight": two weeks before last Friday
        day = weekday_date(ctx.anchor - timedelta(days=1), WEEKDAYS[g["wd2"].rstrip(".").lower()], "past")
        return "DATE", (day - timedelta(weeks=2 if unit == "fortnight" else 1)).isoformat(), None
    return "DATE", (day + timedelta(weeks=2 if unit == "fortnight" else 1)).isoformat(), None


# A vote the date before it names ("the November election", "the Nov. 8 general election", "November's presidential
# election"): up to two words between, none of them a preposition, a conjunction or an article.
_NOT_BETWEEN = alternation(sorted(PREPOSITIONS | {"and", "or", "the", "a", "an"}))
_ELECTION_AFTER = re.compile(rf"(?:['’]s)?(?:\s+(?!(?:{_NOT_BETWEEN})\b)[A-Za-z][\w-]*){{0,2}}?"
                             rf"\s+(?:{alternation(ELECTION_NOUNS)})\b", re.I)
# A vote named right before "in" or "on" and the date ("win the general election in November", "the runoff on
# June 5"): the date of that vote, as in "the November election".
_ELECTION_BEFORE = re.compile(rf"\b(?:{alternation(ELECTION_NOUNS)})\s+(?:in|on)\s+$", re.I)
_JUST_HELD = 30  # days
# A sentence of a campaign: it names a vote or a word of one ("if Trump is the Republican nominee", "mobilizing new
# voters in November"), so a month in it without a year is one of the vote's year, not the one before.
_VOTE_SENTENCE = re.compile(rf"\b(?:{alternation(ELECTION_NOUNS + VOTE_WORDS)})\b", re.I)
# A sentence opened by a year, or by one counted back from the writing ("In 2008, Obama's campaign began airing
# ads in mid-September", "But in 2012, …", "Eight years ago, Obama had won 11 contests in February", "Last year,
# …"): it sets the time its clauses tell of, so a month or a day and month without a year after it, with no other
# year between, falls in that year (TimeML anchors it there, not at the writing), unless its clause looks ahead.
_FRONTED_YEAR = re.compile(rf"[\W_]*(?:(?:but|and|yet|so|then|back|even)\s+)?(?:(?:in|during)\s+)?"
                           rf"(?:(?:early|late|mid)[\s-]+)?(?:(?P<y>{_YEAR})|(?P<last>last\s+year)"
                           rf"|(?P<n>{_NUM}|an?)\s+years?\s+ago)\s*,", re.I)
_ANOTHER_YEAR = re.compile(rf"\b(?:{_YEAR}|years?\b)", re.I)


def _fronted_year(ctx: Context) -> int | None:
    """The year a sentence opens with (:data:`_FRONTED_YEAR`) where no other year is named between it and the
    expression; else None."""
    m = _FRONTED_YEAR.match(ctx.text, ctx.sentence[0], ctx.match.start())
    if m is None or _ANOTHER_YEAR.search(ctx.text, m.end(), ctx.match.start()):
        return None
    if m.group("y"):
        return int(m.group("y"))
    n = 1 if m.group("last") else _number(m.group("n"))
    return ctx.anchor.year - int(n) if n is not None and n == int(n) else None


def _year_for(ctx: Context, month: int, day: int | None, y: str | None, weekday: int | None = None) -> int | None:
    """The year of a month (and day) written without one, from the anchor and the tense; with the
    ``weekday`` written before the day ("Wednesday 4 September", as calendars and listings date
    what lies ahead), the year of the three around the anchor in which the day falls on it. In a
    sentence opened by a year ("In 2008, …"), that year (:func:`_fronted_year`). Before the noun of
    a vote held on a set date ("the November election"), or after it and "in"/"on" ("the general
    election in November"), the coming one unless the clause is in the past ("chose him in a March 5
    caucus"), however near the last one was, or it was held within the month before the writing. A month
    alone in a sentence of a campaign (:data:`_VOTE_SENTENCE`) and a clause not in the past is the first
    such month from the month before the writing on when that falls in the writing's year, the
    campaign's own, where the nearest such month had been the year before ("win in November" written in
    February); never the next year's ("won the primary there in February" written in August)."""
    if y:
        return int(y)
    if ctx.anchor is None:
        return None
    if (fronted := _fronted_year(ctx)) is not None and (day is None or _valid_date(fronted, month, day)) \
            and ctx.tense(deadlines=False) != "future":  # "In 2027, the ferry ran until August": August 2027
        return fronted
    tense = ctx.tense()
    # the coming vote, or one just held (within the month before the writing: "the Nov. 8 election results")
    vote = tense != "past" and (_ELECTION_AFTER.match(ctx.after(60)) or _ELECTION_BEFORE.search(ctx.before(60)))
    since = ctx.anchor - timedelta(days=_JUST_HELD) if vote else None
    if day is None:
        if since:
            return _month_year(since, month, "future")
        year = _month_year(ctx.anchor - timedelta(days=_JUST_HELD), month, "future")
        if tense != "past" and year == ctx.anchor.year and _VOTE_SENTENCE.search(ctx.text, *ctx.sentence):
            return year  # "could have big consequences in November if Trump is the nominee", in April
        return _month_year(ctx.anchor, month, tense)
    # A day and month without a year: the nearest such date (within half a year) unless the tense disagrees.
    cands = []
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        try:
            cands.append(date(year, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    # A day of the month falls on one weekday in at most one of three years running.
    if fits := [c for c in cands if c.isoweekday() == weekday]:
        return fits[0].year
    if since:
        return min((c for c in cands if c >= since), default=max(cands)).year
    best = min(cands, key=lambda c: abs((c - ctx.anchor).days))
    if tense == "past" and best > ctx.anchor + timedelta(days=1) and (best - ctx.anchor).days > 60:
        best = max((c for c in cands if c <= ctx.anchor), default=best)
    elif tense == "future" and best < ctx.anchor and (ctx.anchor - best).days > 60:
        best = min((c for c in cands if c >= ctx.anchor), default=best)
    return best.year


# "last" or "next" right before a day and month tells its year ("last Oct. 23"); not "the last Oct. 30 deadline".
_LAST_NEXT_BEFORE = re.compile(r"(?<!\bthe\s)\b(last|next)\s+$", re.I)


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_of_month(g: dict) -> int:
    """The day of the month a pattern's groups write, in words (``dw``: "the second") or digits (``d``: "2nd")."""
    return _DAY_WORDS[re.sub(r"[\s-]+", "-", g["dw"].lower())] if g.get("dw") else int(re.match(r"\d+", g["d"])[0])


def _r_day_month(ctx: Context, g: dict) -> _Result | None:
    if g.get("the") and not _CLAUSE_GOES_ON.match(ctx.text, ctx.match.end()):
        return None  # "in May the 5th Fleet": the ordinal of a noun
    month = MONTHS[g["mon"].rstrip(".").lower()]
    day = _day_of_month(g)
    y = g.get("y")
    if g.get("rel2") and ctx.anchor is not None:
        y = str(ctx.anchor.year + _rel_direction(g["rel2"]))
    elif not y and ctx.anchor is not None and (side := _LAST_NEXT_BEFORE.search(ctx.before(16))):
        # "last Oct. 30": the latest such day before the anchor, whatever the tense; "next Jan. 15" the first after
        past = side.group(1).lower() == "last"
        days = [d for d in (_valid_date(ctx.anchor.year + k, month, day) for k in (-1, 0, 1))
                if d is not None and (d < ctx.anchor if past else d > ctx.anchor)]
        y = str((days[-1] if past else days[0]).year) if days else None
    year = _year_for(ctx, month, day, y, WEEKDAYS[g["wd"].rstrip(".").lower()] if g.get("wd") else None)
    if year is None:
        return "DATE", None, None
    try:
        return "DATE", date(year, month, day).isoformat(), None
    except ValueError:
        return None


def _r_day_range(ctx: Context, g: dict) -> _Result | None:
    """"Oct. 20-24", "March 30-April 2, 2026": the first day as the value, both days as the range."""
    first = _r_day_month(ctx, g)
    if first is None or first[1] is None:
        return first
    begin = date.fromisoformat(first[1])
    month2 = MONTHS[g["mon2"].rstrip(".").lower()] if g.get("mon2") else begin.month
    try:
        end = date(begin.year + (month2 < begin.month), month2, int(re.match(r"\d+", g["d2"])[0]))
    except ValueError:
        return None
    if not 0 < (end - begin).days <= 62:
        return None
    return "DATE", first[1], None, {"range_from": first[1], "range_to": end.isoformat()}


def _r_year_range(ctx: Context, g: dict) -> _Result | None:
    """"2019-2021" (years), "2025-26", "2008-9" and "FY2025-26" (an academic or fiscal year, a winter,
    named by both its calendar years), "1967-70" and "2004-13" (years whose second cannot be a month): the
    first year as the value, both as the range."""
    y1, y2 = int(g["y"]), g["y2"]
    size = 10 ** len(y2)
    end = y1 // size * size + int(y2)
    end += size * (end <= y1 and len(y2) < 4)  # "1999-00", "2009-0": the next century, decade
    # Beyond the next year, two digits are a later year of the same century, and past 12: "2007-09" may be
    # September 2007, as ISO dates write it
    later = len(y2) == 2 and 12 < int(y2) and y1 % 100 < int(y2)
    if len(y2) < 4 and end != y1 + 1 and not later:
        return None
    if not y1 < end <= y1 + 120:  # a life: "Ada Quill (1941-2030)"
        return None
    return "DATE", str(y1), None, {"range_from": str(y1), "range_to": str(end)}


def _r_day_of_month(ctx: Context, g: dict) -> _Result | None:
    """A day of the month alone ("on the 14th", "Friday the 13th"): that day in the anchor's month,
    moved to the next month by a future clause once it is past, to the previous one by a past clause
    before it comes, as weekdays are (see :func:`weekday_date`); with a weekday, the month in which
    the day falls on it."""
    if not _CLAUSE_GOES_ON.match(ctx.text, _NEXT_DAY.match(ctx.text, ctx.match.end()).end()):
        return None  # "on the 14th floor", "since the 3rd century", "on the 3rd and 4th floors": ordinals
    if _JOINED.search(ctx.before(6)) and not _DAY_JOINED.search(ctx.before(30)):
        return None  # "to the 7th" ends a range only after a day: "rose to the 3rd" is a rank
    if ctx.anchor is None:
        return "DATE", None, None
    day = int(re.match(r"\d+", g["d"])[0])
    first = date(ctx.anchor.year, ctx.anchor.month, 1)
    cands = []
    for step in (-1, 0, 1):
        month = add_months(first, step)
        try:
            cands.append(date(month.year, month.month, day))
        except ValueError:
            continue
    if g.get("wd"):
        wd = WEEKDAYS[g["wd"].rstrip(".").lower()]
        cands = [c for c in cands if c.isoweekday() == wd]
    tense = ctx.tense()
    if tense == "future":
        cands = [c for c in cands if c >= ctx.anchor]
    elif tense == "past":
        cands = [c for c in cands if c <= ctx.anchor]
    if not cands:
        return None
    same = [c for c in cands if c.month == ctx.anchor.month]
    best = same[0] if same else min(cands, key=lambda c: abs((c - ctx.anchor).days))
    if g.get("wd"):
        return "DATE", best.isoformat(), None
    # Without a weekday, a date the text named just before gives the month ("began Oct. 3 and ended on the 14th":
    # resolve_anaphors); this is the value where none did.
    return "DATE", f"{_ANAPHOR}:0:dom{day}|{best.isoformat()}|{tense or ''}", None


def _r_day_of_rel_month(ctx: Context, g: dict) -> _Result | None:
    """"the 14th of next month", "the second of last month": that day of the month after or before the
    anchor's (none where that month has no such day)."""
    if ctx.anchor is None:
        return "DATE", None, None
    day = _day_of_month(g)
    month = add_months(ctx.anchor, _rel_direction(g["rel"]))
    found = _valid_date(month.year, month.month, day)
    return ("DATE", found.isoformat(), None) if found else None


# A second day of the month after a first ("the 3rd to the 7th", "the 14th and 15th"), skipped to see
# what follows them both; and a first one before a second.
_NEXT_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)?")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:!?)\"'“”’—–]|$)|\s+(?-i:" + alternation(DAY_FOLLOWERS) + r")\b")
_JOINED = re.compile(r"\b(?:and|to|through)\s$", re.I)
_DAY_JOINED = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\s+(?:and|to|through)\s$", re.I)


def _r_week_of(ctx: Context, g: dict) -> _Result | None:
    """The ISO week holding the day of "the week of March 6" (2000-W10), its weekend for "the weekend of
    Dec. 12-13" (2026-W50-WE)."""
    res = _r_day_month(ctx, g)
    if res is None or res[1] is None:
        return res
    return "DATE", iso_week(date.fromisoformat(res[1])) + ("-WE" if g.get("end") else ""), None


def _r_week_to_weekday(ctx: Context, g: dict) -> _Result | None:
    """"the week ended Friday", "in the week to Saturday": the ISO week of that weekday, the one last past
    (the anchor's own day included) after "ended" and "to", the one the tense points to after "ending"."""
    if ctx.anchor is None:
        return "DATE", None, None
    direction = "past" if g["kind"].lower() != "ending" else ctx.tense() or "past"
    return "DATE", iso_week(weekday_date(ctx.anchor, WEEKDAYS[g["wd"].rstrip(".").lower()], direction)), None


def _r_nth_weekday(ctx: Context, g: dict) -> _Result | None:
    """"the first Tuesday of February": that weekday of the month (in the year the month's tense gives)."""
    month = MONTHS[g["mon"].rstrip(".").lower()]
    year = _year_for(ctx, month, None, g.get("y"))
    if year is None:
        return "DATE", None, None
    nth = g["nth"].lower()
    n = -1 if nth in ("last", "final") else _ORDINALS[nth]
    day = nth_weekday(year, month, WEEKDAYS[g["wd"].rstrip(".").lower()], n)
    return ("DATE", day.isoformat(), None) if day.month == month else None  # no fifth Tuesday that month


def _r_nth_week(ctx: Context, g: dict) -> _Result | None:
    """"the first week of March", "the last week of October 2015": the ISO week holding most of that
    week of the month (its first seven days, or its last seven)."""
    month = MONTHS[g["mon"].rstrip(".").lower()]
    year = _year_for(ctx, month, None, g.get("y"))
    if year is None:
        return "DATE", None, None
    nth = g["nth"].lower()
    first = date(year, month, 1)
    if nth in ("last", "final"):
        middle = add_months(first, 1) - timedelta(days=4)
    else:
        middle = first + timedelta(days=7 * _ORDINALS[nth] - 4)
    return "DATE", iso_week(middle), None


_MAY_GUARD = re.compile(r"(?:\b(?:in|since|by|until|till|through|from|to|before|after|during|of|the|early|late|"
                        r"mid|last|next|this|between|and|or|on|around|each|every|that|until)\s*-?|\d)\s*$", re.I)


# "May" and "March" also name people and marches. Bare, after none of _MAY_GUARD's words, either is
# the month where its place says so: mid-sentence after a word in lower case ("scheduled for May.",
# "compared with March,", "a March speech") and before none in capitals ("March Madness", "May Day");
# May only in an article that uses no "May" as a surname (see _surname_may). In such an article a
# bare "May" whose place makes it a person, possessive or before a verb of saying, is that person
# even after one of _MAY_GUARD's words ("opposition to May's deal", "both Corbyn and May said").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[a-z]+\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# A surname: after a title, or after a capitalised word that no sentence, line or quotation opening
# explains ("Theresa May", "Prime Minister May"), or before a verb of saying ("May said").
_MAY_WORD = re.compile(r"\bMay\b(?!\s*\d)")
_TITLE_OR_NAME_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(t.capitalize() for t in NAME_TITLES))
                                   + r")\.?|(?P<first>\b[A-Z][a-z]+))\s+$")
_SAYS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(NAME_VERBS)) + r")\b")
_PERSON_AFTER = re.compile(r"['’]s\b|" + _SAYS_AFTER.pattern)


@lru_cache(maxsize=1)  # asked once per bare "May" of the same article: one pass over it, not one each
def _surname_may(text: str) -> bool:
    """Whether ``text`` uses "May" as someone's name (see _TITLE_OR_NAME_BEFORE, _SAYS_AFTER)."""
    for m in _MAY_WORD.finditer(text):
        if _SAYS_AFTER.match(text, m.end()):
            return True
        before = _TITLE_OR_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before and (not before.group("first")
                       or not LINE_OPENING.search(text, max(0, before.start() - 4), before.start())):
            return True
    return False


def _month_by_place(ctx: Context, name: str) -> bool:
    if not _LOWER_WORD_BEFORE.search(ctx.before(24)) or _CAPITAL_AFTER.match(ctx.after(2)):
        return False
    return name.lower() == "march" or not _surname_may(ctx.text)


def _r_month(ctx: Context, g: dict) -> _Result | None:
    g = _spoken_year(g)
    name = g["mon"].rstrip(".")
    mod, rel_word = g.get("mod") or g.get("mend"), g.get("rel") or g.get("rel2")
    bare = not (mod or rel_word or g.get("y"))
    if name.lower() in ("may", "march") and bare and not _MAY_GUARD.search(ctx.before(12)) \
            and not _month_by_place(ctx, name):
        return None
    if name == "May" and bare and _PERSON_AFTER.match(ctx.after(12)) and _surname_may(ctx.text):
        return None  # "opposition to May's deal" where the article names Theresa May
    if name.lower() == "march" and bare and (m := _MARCH_ON.match(ctx.after(40))) \
            and m.group(1).lower().rstrip(".") not in MONTHS and m.group(1).lower().rstrip(".") not in WEEKDAYS \
            and not _IN_MONTH.search(ctx.before(12)):
        return None  # a march, not the month: "the 1963 March on Washington", "the March of Dimes"
    if bare and re.match(r"\s+[A-Z][a-z]", ctx.after(3)) and re.search(r"(?:^|[.!?\"“”\n(,;:]\s*)$", ctx.before(3)):
        return None  # a first name opening a phrase: "April Mellody, a spokeswoman", "… and, June Carter"
    month = MONTHS[name.lower()]
    if rel_word and not g.get("y") and _DAY_AFTER.match(ctx.after(5)):
        return None  # "last Oct. 23": the day is the expression, "last" only tells its year
    if (rel_word or "").lower() == "that" and not g.get("y"):
        return _that_month_or_season(ctx, f"{month:02d}", _mod_code(mod))
    rel = _rel_direction(rel_word)
    if g.get("rel2"):  # "July last year": the month of that year
        if ctx.anchor is None:
            return "DATE", None, _mod_code(mod)
        year = ctx.anchor.year + rel
    elif g.get("rel"):  # "last July": the most recent July before the anchor
        if ctx.anchor is None:
            return "DATE", None, _mod_code(mod)
        year = ctx.anchor.year if rel == 0 else _month_year(
            ctx.anchor - timedelta(days=1) if rel == -1 else ctx.anchor + timedelta(days=1),
            month, "past" if rel == -1 else "future")
        if rel == -1 and month == ctx.anchor.month:
            year = ctx.anchor.year - 1
        elif rel == -1 and month == (gone := add_months(ctx.anchor.replace(day=1), -1)).month:
            # "last February" written in March: the month just gone is "last month", so the name is
            # the February a year before
            year = gone.year - 1
        if rel == 1 and month == ctx.anchor.month:
            year = ctx.anchor.year + 1
    elif bare and ctx.tense() != "past" and _HABIT.search(ctx.text, *ctx.sentence):
        return "DATE", f"XXXX-{month:02d}", _mod_code(mod)  # "tends to slow down as it gets closer to November"
    elif bare and ctx.anchor is not None and _REPORT_AFTER.match(ctx.after(24)):
        year = _month_year(ctx.anchor, month, "past")  # "the November jobs report": a month over by then
    else:
        year = _year_for(ctx, month, None, g.get("y"))
        if year is None:
            return "DATE", None, _mod_code(mod)
    return "DATE", f"{year:04d}-{month:02d}", _mod_code(mod)


# A sentence of what happens as a rule ("the Senate tends to slow down confirmations as it gets closer to November"):
# a month alone in it, in a clause not in the past, is that month of any year, as TimeML values a generic date.
_HABIT = re.compile(rf"\b(?:{alternation(HABIT_WORDS)})\b", re.I)
_REPORT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{alternation(REPORT_NOUNS)})\b", re.I)


def _that_month_or_season(ctx: Context, code: str, mod: str | None) -> _Result | None:
    """"that November", "that summer", "in that October speech": the month or season of the year the text named
    last before it (:func:`resolve_anaphors`: "Humphrey's loss that November" after "the 1968 convention"), not
    the one nearest the publication date. Not before a capitalised word ("said that March Rubio was": a name)."""
    if re.match(r"\s+[A-Z]", ctx.after(3)):
        return None
    return "DATE", f"{_ANAPHOR}:0:year-{code}", mod


_MARCH_ON = re.compile(r"\s+(?:on|of|for|against)\s+(?:the\s+)?([A-Z][\w.]*)")
_IN_MONTH = re.compile(r"\b(?:in|since|until|till|by|from|through|during|before|after|early|late|mid|last|next|this)"
                       r"\s*-?\s*$", re.I)
_DAY_AFTER = re.compile(rf"\s+{_DAY}(?!\s*(?:%|percent|,\d|\.\d|:\d))")


def _r_year(ctx: Context, g: dict) -> _Result | None:
    y = g["y"]
    if len(y) == 2:  # "FY26", "CY26", "in '08" (the patterns of two digits)
        y = ("20" if int(y) < 50 else "19") + y
    return "DATE", *_halved(y, g.get("mod"))


def _r_apostrophe_year(ctx: Context, g: dict) -> _Result | None:
    """"in '08", "the class of ’18": the year, after one of the words that make it one, before no capitalised
    word (a quoted title: "on '60 Minutes'")."""
    if not _YEAR_APOSTROPHE_AFTER.search(ctx.before(12)) or _CAPITAL_AFTER.match(ctx.text, ctx.match.end()):
        return None
    return _r_year(ctx, g)


# the word before "'08" that makes it a year
_YEAR_APOSTROPHE_AFTER = re.compile(
    rf"\b(?:{alternation(sorted(PREPOSITIONS | {'and', 'since', 'until', 'the'}))})\s+$", re.I)
_HALF_OF = re.compile(r"(?:the\s+)?(first|second|latter|front|back)\s+half\s+of", re.I)


def _halved(value: str | None, mod: str | None) -> tuple[str | None, str | None]:
    """The value and TIMEX3 mod of a year with its modifier words ``mod``: a year's first or
    second half is its own value, as "the last half of 1989" is 1989-H2 ("the first half of
    2026", business copy's "the front half of 2026": 2026-H1, no mod); other modifiers stay a
    mod ("early 2026": 2026, START)."""
    m = _HALF_OF.fullmatch(mod.strip()) if mod else None
    if m and value and re.fullmatch(r"\d{4}", value):
        return f"{value}-H{1 if m[1].lower() in ('first', 'front') else 2}", None
    return value, _mod_code(mod)


# The decade each word names (its first three digits): the noughties (British) and the aughts (American)
# are the 2000s.
_DECADE_WORDS = {"twenties": "192", "thirties": "193", "forties": "194", "fifties": "195", "sixties": "196",
                 "seventies": "197", "eighties": "198", "nineties": "199", "noughties": "200", "aughts": "200"}


def _r_decade(ctx: Context, g: dict) -> _Result | None:
    if g.get("word"):
        digits = _DECADE_WORDS[g["word"].lower()]
    else:
        d = g["dec"]
        digits = d[:3] if len(d) == 4 else (("20" if d in ("00", "10") else "19") + d[0])
        if len(d) == 4 and d.endswith("00") and d < "2000":
            digits = d[:2]  # "the 1800s", "the early 1900s": the century, as English means them; "the 2000s" a decade
    return "DATE", digits, None if g.get("mod0") else _mod_code(g.get("mod"))


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "final": 4, "last": 4}


# The days of the month in words ("the third of March", "the twenty-first of June"), hyphen or space.
_DAY_WORDS = {**{w: n for w, n in _ORDINALS.items() if w not in ("final", "last")}, "thirtieth": 30,
              **{f"{tens}-{w}": ten + n for tens, ten in (("twenty", 20), ("thirty", 30))
                 for w, n in _ORDINALS.items() if n < 10 and w not in ("final", "last") and ten + n <= 31}}
_DAY_WORD = "(?:" + "|".join(re.escape(w).replace(r"\-", r"[\s-]")
                             for w in sorted(_DAY_WORDS, key=len, reverse=True)) + ")"


def _ordinal(word: str) -> int | None:
    w = word.lower()
    if m := re.match(r"\d+", w):
        return int(m[0])
    return _ORDINALS.get(w)


# "the turn of the century": the years about the hundred nearest the writing (2000, written in 1998 or in 2026),
# not the century after it ("20"); "the turn of the last century" the hundred before that (1900); "the turn of
# the 20th century" the hundred it opens with (1900).
_TURN = re.compile(r"\bturn\b", re.I)


def _turn_nearest(year: int) -> int:
    return (year + 50) // 100 * 100


def _turn_of(year: int) -> _Result:
    return "DATE", f"{year:04d}", "APPROX"


def _r_century(ctx: Context, g: dict) -> _Result | None:
    if g.get("this"):
        return ("DATE", f"{ctx.anchor.year // 100:02d}", None) if ctx.anchor else ("DATE", None, None)
    if g["n"].lower() in ("last", "final"):
        return None  # "the last century": the one before the writing's (a relative unit), not the fourth
    n = _ordinal(g["n"])
    if n and _TURN.search(g.get("pre") or ""):
        return _turn_of((n - 1) * 100)
    return ("DATE", f"{n - 1:02d}", _mod_code(g.get("mod") or g.get("pre"))) if n else None


def _r_quarter(ctx: Context, g: dict) -> _Result | None:
    unit = g["unit"].lower()
    n = _ordinal(g["ord"]) if g.get("ord") else None
    if g.get("q"):
        n, unit = int(g["q"]), "quarter"
    if unit == "half" and g.get("ord", "").lower() in ("final", "last"):
        n = 2  # "the last half of 1989": the second
    if _OF_THING.match(ctx.after(48)):
        # "the second half of the '80s", "the first quarter of the century", "the second half of an NCAA game",
        # "the first half of the season": not a year's
        return None
    if n is None or n > (4 if unit == "quarter" else 2):
        return None
    code = f"{'Q' if unit == 'quarter' else 'H'}{n}"
    mod = _mod_code(g.get("mod"))  # "the end of the third quarter": END
    y = g.get("y1") or g.get("y2") or g.get("y") or g.get("y0")
    if y:
        y = ("20" if int(y) < 50 else "19") + y if len(y) == 2 else y
        return "DATE", f"{y}-{code}", mod
    if ctx.anchor is None:
        return "DATE", None, mod
    rel = _rel_direction(g.get("rel") or g.get("rel2") or g.get("rel3"))
    if rel is not None and (g.get("rel2") or g.get("rel3") or rel != 0):
        return "DATE", f"{ctx.anchor.year + rel}-{code}", mod
    if unit == "quarter" and (g.get("ord") or "").lower() == "last" and rel is None:
        return "DATE", f"{_QUARTER}:0:", mod  # "sales fell last quarter": the latest one over (or reported)
    if not _RESULTS_AFTER.match(ctx.text, ctx.match.end()) and ctx.sporting():
        return None  # "scored in the third quarter", "trailed at the end of the first half": of a game
    # No year: the latest such quarter already begun, as quarters are mostly reported once they are over;
    # in a future clause, the next one when that one has been over for more than a quarter ("profit will
    # rise in the first quarter" in December), not when its results are still to come ("will report
    # third-quarter results" in October). The verb decides, not a deadline before it: "made a profit by the end
    # of the third quarter" in March is last year's.
    months = 3 if unit == "quarter" else 6
    first_month = (n - 1) * months + 1
    year = ctx.anchor.year if ctx.anchor.month >= first_month else ctx.anchor.year - 1
    if add_months(date(year, first_month, 1), months + 3) <= ctx.anchor and ctx.tense(deadlines=False) == "future":
        year += 1
    return "DATE", f"{year}-{code}", mod


# What a quarter of a company's or a country's year has, even in a report on a game ("third-quarter revenue").
_RESULTS_AFTER = re.compile(r"[\s-]+(?:of\s+(?:the\s+)?(?:year|fiscal)|earnings|results|revenues?|sales|profits?"
                            r"|losses|growth|GDP)\b", re.I)
_HALF_BEFORE = re.compile(r"\b(?:in|for|during|over|since|by)\s+(?:the\s+)?$", re.I)
_HALF_AFTER = re.compile(r"[-/'’]\w")


def _r_months_quarter(ctx: Context, g: dict) -> _Result | None:
    """"the July-September quarter", "the September quarter": the calendar quarter those months make, or
    that month ends, as "the third quarter" is; "the June half", "the December half" (Australian and New
    Zealand results) the half of the year that month ends."""
    months = 3 if g["unit"].lower() == "quarter" else 6
    last = MONTHS[(g.get("mon2") or g["mon"]).rstrip(".").lower()]
    first = MONTHS[g["mon"].rstrip(".").lower()] if g.get("mon2") else last - months + 1
    if first % months != 1 or last != first + months - 1:
        return None
    if months == 6:
        return _r_quarter(ctx, {"unit": "half", "ord": "first" if first == 1 else "second", "y": g.get("y")})
    return _r_quarter(ctx, {"unit": "quarter", "q": str(first // 3 + 1), "y": g.get("y")})


# "of" and what a quarter or half without its year belongs to when that is no year (a year is written within
# its first four words: "of each year", "of the current fiscal year", "of the 2026 financial year"); a sum
# after "of" is what the noun before the quarter had ("net income for the second quarter of $8.6 million").
_OF_THING = re.compile(r"\s+of\s+(?=[^\W\d_])(?!(?:[\w'’-]+\s+){0,3}?"
                       r"(?:fiscal|financial|calendar|years?|(?:19|20)\d\d(?!s)|FY\s?\d*)\b)", re.I)


def _r_next_quarter(ctx: Context, g: dict) -> _Result | None:
    """"next quarter", "the coming quarter", "the previous quarter": the quarter after or before the
    one an article about quarterly results reports on ("revenue rose from the previous quarter" in
    October's report on the third: the second), else the anchor's, as "next month" is the month
    after it."""
    if ctx.anchor is None:
        return "DATE", None, None
    step = -1 if g["rel"].lower() in ("previous", "prior", "preceding") else 1
    if ctx.quarterly:  # the one after the anchor's own unless a quarter was named ("next quarter")
        return "DATE", f"{_QUARTER}:0::{step}" + (":own" if step > 0 else ""), None
    return "DATE", _shift(ctx.anchor, step, "quarter"), None


_QUARTER = "QUARTER"  # placeholder value: the quarter the article reports on, see resolve_quarters


def _r_year_ago_quarter(ctx: Context, g: dict) -> _Result | None:
    if ctx.anchor is None:
        return "DATE", None, None
    if g.get("ord"):  # "the year-earlier first quarter"
        ref = add_months(date(ctx.anchor.year, 3 * quarter_of(ctx.anchor) - 2, 1), -3)
        return "DATE", f"{ref.year - 1}-Q{_ordinal(g['ord'])}", None
    return "DATE", f"{_QUARTER}:-1:", None


def _r_year_earlier(ctx: Context, g: dict) -> _Result | None:
    if g.get("span"):
        n = _number(g["span"])
        return ("DURATION", _duration(n, g["unit"]), None) if n else None
    if ctx.quarterly:
        return _r_year_ago_quarter(ctx, g)
    return "DATE", str(ctx.anchor.year - 1) if ctx.anchor else None, None


def _r_latest_quarter(ctx: Context, g: dict) -> _Result | None:
    if ctx.anchor is None:
        return "DATE", None, None
    if ended := _ENDED_ON.match(ctx.text, ctx.match.end()):
        month = MONTHS[ended["mon"].rstrip(".").lower()]
        # the end day (a month alone ends on its last): the latest by the anchor after "ended", "through" or "to",
        # the nearest after "ending"; the quarter holding most of the three months up to it
        ends = [date(y, month, 1) + timedelta(days=int(ended["day"]) - 1) if ended["day"]
                else add_months(date(y, month, 1), 1) - timedelta(days=1)
                for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)]
        end = (min(ends, key=lambda d: abs((d - ctx.anchor).days)) if ended["verb"].lower() == "ending"
               else max(d for d in ends if d <= ctx.anchor))
        mid = end - timedelta(days=45)
        return "DATE", f"{mid.year}-Q{quarter_of(mid)}", None
    rel = (g.get("rel") or g.get("this") or "").lower()
    if rel == "this" and ctx.tense() != "future":
        # "This quarter's loss includes charges", after the text named the quarter a report is about (the third,
        # over by the day of writing): that quarter; where it named none, the anchor's own (resolve_quarters)
        return "DATE", f"{_QUARTER}:0::0:this", None
    if rel in ("current", "this"):
        return "DATE", f"{ctx.anchor.year}-Q{quarter_of(ctx.anchor)}", None
    return "DATE", f"{_QUARTER}:0:", None


# "the quarter ended Sept. 30", "the quarter ending July 31": a company's quarter by the day it ends, named as the
# calendar quarter most of its months fall in, as TIMEX3 names fiscal quarters (July 31: May to July, Q2). Or by
# its last month, as wire and British business copy write it: "the quarter to June", "the quarter through
# September", "the quarter ended in March".
_ENDED_ON = re.compile(rf"\s+(?P<verb>ended|ending|through|to)\s+(?:on\s+|in\s+)?(?P<mon>{_MONTH})"
                       r"(?:\s*(?P<day>[12]\d|3[01]|0?[1-9])\b)?")


def _r_year_quarter(ctx: Context, g: dict) -> _Result | None:
    """"the 1988 quarter", "last year's period", "the same period last year": in an article about a
    quarter's results, that quarter of the year named."""
    if not ctx.quarterly:
        return None  # "the same period last year" of a tourist season: which period is unknown
    if ctx.anchor is None:
        return "DATE", None, None
    if g.get("y"):
        return "DATE", f"{_QUARTER}::{g['y']}", None
    return "DATE", f"{_QUARTER}:{_rel_direction(g.get('rel') or 'last')}:", None


def resolve_quarters(rows: list[dict[str, Any]], text: str) -> None:
    """Values for "the quarter", "the latest period", "a year earlier" in an article about quarterly
    results (``rows`` of ``text``): the quarter the text last named by its number ("the fiscal first
    quarter", "Q3"; not after "a": "after a flat second quarter" looks back from the one reported) when
    it is over by the row's anchor and began less than a year before it, else the latest quarter
    over by then; shifted by the years asked ("a year earlier") or put in the year named ("the 1988
    period"), or by a quarter ("the previous quarter")."""
    named: tuple[int, int] | None = None  # (year, quarter)
    reported: tuple[int, int] | None = None  # the last named quarter over by the anchor
    for r in rows:
        value, anchor = r["value"], r.get("anchor")
        if not isinstance(value, str) or anchor is None:
            continue
        if value.startswith(_QUARTER):
            _, shift, year, *step = value.split(":")
            latest = add_months(date(anchor.year, 3 * quarter_of(anchor) - 2, 1), -3)
            if named and _reported(named, anchor):
                base = named
            elif reported is None and named == (anchor.year, quarter_of(anchor)):
                # a fiscal quarter named by its number, not yet over as the calendar's ("Ralston reported a
                # decline in fourth-quarter earnings" on Nov. 2, its year ending Sept. 30), and no quarter over
                # named before it: the one reported ("the latest period", "a year earlier" are its)
                base = named
            else:
                base = None
            y, q = base if base else (
                (anchor.year, quarter_of(anchor)) if step[1:] else (latest.year, quarter_of(latest)))
            if step:  # the quarter before or after it ("the previous quarter"; "next quarter" from
                # the one reported, else from the anchor's own)
                d = add_months(date(y, 3 * q - 2, 1), 3 * int(step[0]))
                y, q = d.year, quarter_of(d)
            r["value"] = f"{year or y + int(shift)}-Q{q}"
        elif ((m := _NAMED_QUARTER.match(value)) and _QUARTER_WORD.search(r["text"])
              and not _A_QUARTER.search(text, max(0, r["start"] - 30), r["start"])):
            named = (int(m[1]), int(m[2]))
            if _reported(named, anchor):
                reported = named


_NAMED_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
# "a flat second quarter", "a strong, record fourth quarter": one quarter set beside the reported one.
# Not across a preposition or a determiner: "a year after the second quarter", "a drag on third-quarter growth".
_A_QUARTER = re.compile(r"\b[Aa]n?\s+(?:(?!(?:the|its|their|of|in|on|at|by|with|into|over|after|before|from|than|"
                        r"since|to|for)\b)[\w-]+,?\s+){0,2}$")
_QUARTER_WORD = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b|\bQ[1-4]", re.I)


def _reported(quarter: tuple[int, int], anchor: date) -> bool:
    """Whether ``quarter`` is over by ``anchor`` and began less than a year before it: one a report
    of that day can be about."""
    begin = date(quarter[0], 3 * quarter[1] - 2, 1)
    return add_months(begin, 3) <= anchor and add_months(begin, 12) > anchor


# "the problems of today", "the leaders of tomorrow", "the rhetoric of yesterday", "in today's world", "today's
# Democrats": the present, the time to come or the past in general (TIMEX3's PRESENT_REF, FUTURE_REF, PAST_REF), not
# one day; not "as of today", "the end of today", nor "today's vote" (a noun of one day's events).
_OF_DAY = re.compile(r"(?<!\bas )(?<!\bend )(?<!\brest )(?<!\bstart )(?<!\bmorning )(?<!\bafternoon )(?<!\bevening )"
                     r"(?<!\bnight )(?<!\bevents )(?<!\bclose )(?<!\bbeginning )(?<!\bmiddle )\bof\s+$", re.I)
# (not a name's first word: "today's Washington Post" is that day's paper)
_ERA_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(ERA_NOUNS) + r")\b(?!\s+(?-i:[A-Z]))", re.I)
_ERA_REF = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}
# A time years before in the sentence ("in 1975", "in the 1990s", "25 years ago"), against which "today" is nowadays
# ("a real estate agent today who was an assistant 25 years ago", "7 percent qualified in 1975, only 2 do today").
_YEARS_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b|\b\w+\s+(?:years|decades)\s+ago\b",
                           re.I)


# A quotation, to its closing mark or the end of the sentence: a year a speaker names there sets no time for the
# writer's "today" ("Today he elaborated, writing: \"In 2011 my friend ...\"" is the day he wrote).
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]?")


def _today_against_the_past(ctx: Context) -> bool:
    """Whether "today" (``ctx``'s match) is nowadays: its sentence names, outside quotation marks, a time years before
    the publication date (:data:`_YEARS_BEFORE`), and it dates no past or future event of its clause ("took to
    Twitter today to explain a joke he made in 2013", "said today that the mill shut in 2009"), nor is a name ("the
    Today show")."""
    sentence = ctx.text[ctx.sentence[0]:ctx.sentence[1]]
    start, end = ctx.match.start() - ctx.sentence[0], ctx.match.end() - ctx.sentence[0]
    if ctx.anchor is None or ctx.before(4).lower() == "the " or reporting_before(sentence, start, end) or \
            has_tense_cue(sentence[clause_bounds(sentence, start, end)[0]:start]):
        return False
    told = _QUOTED.sub(" ", sentence)
    return any(not m.group("year") or int(m.group("year")) < ctx.anchor.year for m in _YEARS_BEFORE.finditer(told))


# A "today" opening its sentence ("Today, that membership costs $25,000", "And today, the right to work is …"): over
# a present tense it tells how things stand nowadays, set against what was. The day's news is told in the past
# ("Today, hundreds arrived"), in a progressive or ahead ("Today I am calling on …", "Today the board will vote"), or
# is a first time ("Today, for the first time, …"); "Today is Kelby Day" names the day itself.
_TODAY_OPENING = re.compile(r"[\W_]*(?:(?:and|but|yet|so)\s+)?", re.I)
_DAY_AS_SUBJECT = re.compile(r"['’]s\b|\s+(?:is|was|marks|has|had)\b", re.I)
_PROGRESSIVE_FORM = re.compile(r"(?:\b(?:is|are|am|was|were)|['’](?:s|re|m))\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b", re.I)
_FIRST_TIME = re.compile(r"\bfor\s+the\s+first\s+time\b", re.I)


def _today_opening_a_present(ctx: Context) -> bool:
    """Whether "today" (``ctx``'s match) is nowadays as the opening of a sentence in the present tense
    (:data:`_TODAY_OPENING`): after it, no past or future cue (a saying in the past is the day's), no progressive and no
    first time, and it is no subject of its own ("Today is …", "Today's")."""
    if ctx.anchor is None or _TODAY_OPENING.fullmatch(ctx.text, ctx.sentence[0], ctx.match.start()) is None \
            or _DAY_AS_SUBJECT.match(ctx.text, ctx.match.end()):
        return False
    rest = ctx.text[ctx.match.end():ctx.sentence[1]]
    if re.search(r"[\"“]", ctx.text[ctx.sentence[0]:ctx.match.start()]):
        rest = re.split(r"[\"”]", rest, maxsplit=1)[0]  # a quotation opening on it: its words, not the "said" after
    return not (has_tense_cue(rest) or _PROGRESSIVE_FORM.search(rest) or _FIRST_TIME.search(rest))


# "Today" on one side of a comparison ("as strong today as she was when …", "worse than life today", "more popular
# today than in 1990"): now set against another time, nowadays (TIMEX3 PRESENT_REF). "As … today as" and "today than"
# in a clause told in the past are one day's figures ("the dollar was as weak today as …"); so is any comparison in a
# sentence that names another day (COMPARED_DAYS, a weekday: "higher today than yesterday", "as cold today as Monday").
_AS_BEFORE_TODAY = re.compile(r"\bas\s+(?:[\w-]+\s+){1,2}$", re.I)
_AS_AFTER_TODAY = re.compile(r"\s+as\b", re.I)
_THAN_BEFORE_TODAY = re.compile(r"\bthan\s+(?:[\w-]+\s+){0,2}$", re.I)
_THAN_AFTER_TODAY = re.compile(r"\s+than\b", re.I)
_COMPARED_DAY = re.compile(r"\b(?:" + alternation(COMPARED_DAYS + [w for w in WEEKDAY_WORDS[0] if w.endswith("day")])
                           + r")\b", re.I)


def _today_compared(ctx: Context) -> bool:
    """Whether "today" (``ctx``'s match) is nowadays as one side of a comparison: after "as" and a word or two with
    "as" after it, or before "than", in a clause with no past cue before it; or after "than" and up to two words
    ("than life today"), whatever the tense, as what is compared is then the present itself. Never beside another day
    (:data:`_COMPARED_DAY` in its sentence), before "'s", or as a name ("the Today show")."""
    if ctx.anchor is None or ctx.before(4).lower() == "the " or re.match(r"['’]s\b", ctx.after(3)):
        return False
    sentence = ctx.text[ctx.sentence[0]:ctx.sentence[1]]
    start = ctx.match.start() - ctx.sentence[0]
    if _COMPARED_DAY.search(sentence[:start] + " " + sentence[start + len(ctx.match.group(0)):]):
        return False
    before, after = sentence[:start], ctx.text[ctx.match.end():ctx.sentence[1]]
    if _THAN_BEFORE_TODAY.search(before):
        return True
    if not ((_AS_BEFORE_TODAY.search(before) and _AS_AFTER_TODAY.match(after)) or _THAN_AFTER_TODAY.match(after)):
        return False
    return not has_tense_cue(before[clause_bounds(sentence, start, start + len(ctx.match.group(0)))[0]:])


def _r_relative_day(ctx: Context, g: dict) -> _Result | None:
    word = re.sub(r"\s+", " ", g["day"].lower())
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]
    part = g.get("part") or g.get("part0")  # "mid-afternoon yesterday" as "yesterday afternoon"
    if word in _ERA_REF and not part and (_OF_DAY.search(ctx.before(14)) or _ERA_AFTER.match(ctx.after(40))):
        return "DATE", _ERA_REF[word], None
    if word == "today" and (_today_against_the_past(ctx) or _today_opening_a_present(ctx) or _today_compared(ctx)):
        return "DATE", "PRESENT_REF", None
    mod = _mod_code(g.get("mod") or g.get("pmod"))
    if ctx.anchor is None:
        return ("TIME" if part or word == "tonight" else "DATE"), None, mod
    d = (ctx.anchor + timedelta(days=offset)).isoformat()
    if part:
        return "TIME", f"{d}T{PARTS_OF_DAY[part.lower()]}", mod
    if word == "tonight":
        return "TIME", f"{d}TNI", mod
    return "DATE", d, mod


# "Overnight" meaning "all at once": a word of data/timeline_overnight_sudden.txt or a negation in its sentence.
_SUDDEN = re.compile(r"\b(?:" + alternation(OVERNIGHT_SUDDEN) + r"|not|cannot|never)\b|n['’]t\b", re.I)


_LEDE = 400  # the characters of an article's opening, where "overnight" is the night the news broke


def _r_overnight(ctx: Context, g: dict) -> _Result | None:
    """"Overnight" alone: the night before the article's day as wires write it ("Rebels shelled the port
    overnight", "Overnight, rain flooded …"), the coming one in a clause ahead ("Rain is expected
    overnight"); before a weekday, that day's night ("overnight Tuesday", "overnight on Tuesday"), the one
    before it after "into" ("overnight into Wednesday": Tuesday's). Not a
    noun's modifier ("an overnight stay": a word after it that no clause goes on with), nor "all at once"
    (``_SUDDEN`` in its sentence). Past the lede (``_LEDE``) the story may tell of other days ("Afterward, she
    flew overnight to Houston"): which night is not said."""
    if g.get("wd"):
        return _r_weekday(ctx, {"wd": g["wd"], "part": "overnight"})
    if g.get("into"):
        kind, value, mod, *_ = _r_weekday(ctx, {"wd": g["into"]})
        day = isinstance(value, str) and _DAY_VALUE.fullmatch(value) and date.fromisoformat(value)
        return "TIME", day and f"{(day - timedelta(days=1)).isoformat()}TNI", None
    if not _CLAUSE_GOES_ON.match(ctx.text, ctx.match.end()) or _SUDDEN.search(ctx.text, *ctx.sentence):
        return None
    if ctx.anchor is None or ctx.match.start() > _LEDE:
        return "TIME", None, None
    d = ctx.anchor - timedelta(days=0 if ctx.tense() == "future" else 1)
    return "TIME", f"{d.isoformat()}TNI", None


def _related_weekday(anchor: date, wd: int, rel: int) -> date:
    """The weekday ``wd`` that "last" (-1), "next" (1) or "this" (0: the one in the anchor's week) names."""
    if rel == -1:
        return weekday_date(anchor - timedelta(days=1), wd, "past")
    if rel == 1:
        return weekday_date(anchor + timedelta(days=1), wd, "future")
    return anchor + timedelta(days=wd - anchor.isoweekday())


def _r_weekday(ctx: Context, g: dict) -> _Result | None:
    if g.get("after"):
        g = {**g, "rel": g["after"]}  # "Tuesday last": last Tuesday
    wd = WEEKDAYS[g["wd"].rstrip(".").lower()]
    rel = _rel_direction(g.get("rel"))
    part = g.get("part")
    mod = _mod_code(g.get("mod"))
    kind = "TIME" if part else "DATE"
    if rel is None and _INDEFINITE.search(ctx.before(4)) and _CLAUSE_GOES_ON.match(ctx.text, ctx.match.end()):
        # "falls on a Thursday next year", "on a Sunday, I …": some such day, none in particular ("a Friday
        # interview", "a Sunday night memorial" are one day: the weekday modifies the noun after it)
        return kind, f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""), mod
    if rel is None and not part and (every := _SET_AFTER.match(ctx.text, ctx.match.end())):
        # "on Monday and Tuesday nights", "Monday, Wednesday and Friday evenings": each of them, as the last is
        return "SET", f"XXXX-WXX-{wd}T{PARTS_OF_DAY[every['parts'].lower()[:-1]]}", None
    if ctx.anchor is None:
        return kind, None, mod
    rel_word = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    if rel_word in ("the previous", "the following", "the next"):
        # Counted from the date the text last named, as "the previous day" is: see resolve_anaphors.
        return kind, f"{_ANAPHOR}:{-1 if rel == -1 else 1}:wd{wd}" + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""), mod
    if rel is not None:
        d = _related_weekday(ctx.anchor, wd, rel)
    elif week := _OF_WEEK.match(ctx.text, ctx.match.end()) or _WEEK_BEFORE.search(ctx.before(20)):
        # "on Tuesday last week", "Friday of next week", "last week on Tuesday": that weekday of the week named
        # (an expression of its own)
        monday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday() - 1)
        d = monday + timedelta(weeks=_rel_direction(week[1]) or 0, days=wd - 1)
    elif first := _RANGE_START.search(ctx.before(40)):
        # The second weekday of "Wednesday through Sunday", "Tuesday or Wednesday" follows the first,
        # whose clause tells the direction ("through" alone would say future).
        at = ctx.match.start() - len(ctx.before(40)) + first.start("wd")
        begin = weekday_date(ctx.anchor, WEEKDAYS[first.group("wd").rstrip(".").lower()],
                             replace(ctx, match=_WEEKDAY_AT.match(ctx.text, at)).tense())
        d = begin + timedelta(days=(wd - begin.isoweekday()) % 7 or 7)
    else:
        d = weekday_date(ctx.anchor, wd, _possessive_direction(ctx))
    value = d.isoformat() + (f"T{PARTS_OF_DAY[part.lower()]}" if part else "")
    return kind, value, mod


def _possessive_direction(ctx: Context) -> str | None:
    """The direction of a weekday's clause (:meth:`Context.tense`), made "open" (the nearer such day on either side of
    the writing) for a weekday's possessive right after a lead-in word (LEAD_IN_WORDS: "days before Tuesday's primary
    has emboldened", "Heading into Tuesday's primary, …") when the clause says past or nothing: the occasion is a
    boundary the clause is told against, and its verb's past ("challenged Trump to a debate before Monday's
    caucus") does not put the occasion behind; a future cue ("ahead of", "will") still decides."""
    direction = ctx.tense()
    if direction in (None, "past") and _POSSESSIVE.match(ctx.text, ctx.match.end()) and _LEAD_IN.search(ctx.before(24)):
        return "open"
    return direction


_WEEKDAY_AT = re.compile(_WEEKDAY)
# The weekdays after one, up to a plural part of the day: a set of each ("Monday and Tuesday nights").
_SET_AFTER = re.compile(rf"(?:\s*,|\s+(?:and|or|&))\s+(?:{_WEEKDAY}(?:\s*,|\s+(?:and|or))\s+)*{_WEEKDAY}\s+"
                        r"(?P<parts>mornings|afternoons|evenings|nights)\b", re.I)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_LEAD_IN = re.compile(rf"\b(?:{alternation(LEAD_IN_WORDS)})\s+$", re.I)
_OF_WEEK = re.compile(r"\s+(?:of\s+)?(last|next|this)\s+week\b", re.I)
_WEEK_BEFORE = re.compile(r"\b(last|next|this)\s+week\s+(?:on\s+)?$", re.I)  # not past a comma: another clause's
_RANGE_START = re.compile(rf"(?<![\w-])(?P<wd>{_WEEKDAY})(?:\s+{_PART})?\s*(?:through|thru|to|until|till|and|or|-|–)\s*$")


def _season_value(anchor: date, code: str, year: int | None, direction: str | None) -> str:
    a = SEASON_MONTHS[code][0]
    if year is not None:
        return f"{year}-{code}"
    # The season's year is the year its first month falls in; winter straddles the new year.
    start_this = date(anchor.year - (code == "WI" and anchor.month < 3), a, 1)
    if direction == "past" and start_this > anchor:
        start_this = date(start_this.year - 1, a, 1)
    elif direction == "future" and add_months(start_this, 3) <= anchor:
        start_this = date(start_this.year + 1, a, 1)
    return f"{start_this.year}-{code}"


_SEASON_VERB = re.compile(r"\s+(?:into|in|on|off|out|from|under|within|through|to|short|apart|behind|back|up|down|"
                          r"over|below|above|by|open|free)\b", re.I)


def _r_season(ctx: Context, g: dict) -> _Result | None:
    g = _spoken_year(g)
    word = g["season"].lower()
    has_rel = bool(g.get("rel"))
    if not (has_rel or g.get("y") or g.get("mod")):
        if not re.search(r"\b(?:in|during|by|until|till|since|through|throughout|into|over|this|last|next|the|early|"
                         r"late|mid)\s*-?\s*$",
                         ctx.before(12), re.I):
            return None
        if word == "fall" and re.match(r"\s+of\b", ctx.after(5)):
            return None
    code = SEASONS[word][0]
    mod = _mod_code(g.get("mod"))
    y = int(g["y"]) if g.get("y") else None
    if (g.get("rel") or "").lower() == "that" and y is None:
        if word in ("fall", "spring") and _SEASON_VERB.match(ctx.after(12)):
            return None  # "prices that fall into", "ideas that spring from": the verbs
        return _that_month_or_season(ctx, code, mod)
    if y is None and ctx.anchor is None:
        return "DATE", None, mod
    rel = _rel_direction(g.get("rel"))
    if y is None and re.sub(r"\s+", " ", (g.get("rel") or "").lower()) in ("the previous", "the following"):
        # "closed in late 2019 and reopened the following spring": counted from the date the text last
        # named, as "the following year" is (resolve_anaphors).
        return "DATE", f"{_ANAPHOR}:{rel}:season{code}", mod
    if y is None and rel in (-1, 1):
        current = _season_value(ctx.anchor, code, None, "past" if rel == -1 else "future")
        cy = int(current[:4])
        # "last summer" in October is this year's summer; in July it is the year before.
        in_it = value_interval(current)
        inside = in_it[0] <= pd.Timestamp(ctx.anchor) <= in_it[1]
        y = cy - 1 if rel == -1 and inside else cy + 1 if rel == 1 and inside else cy
    if ctx.anchor is None and y is None:
        return "DATE", None, mod
    # "this winter", which straddles the new year, follows the tense too: in March, "this winter was mild" is the one
    # just over (the calendar year's winter begins in December), "this winter will be cold" the next
    return "DATE", _season_value(ctx.anchor, code, y, None if rel == 0 and code != "WI" else ctx.tense()), mod


def _r_this_time(ctx: Context, g: dict) -> _Result | None:
    """"this time last year", "this time next month": one expression, the anchor's day a unit before or after
    (the last day of a shorter month where it has no such day: "this time last month" on 31 March)."""
    if ctx.anchor is None:
        return "DATE", None, None
    n = 1 if g["rel"].lower() == "next" else -1
    unit = g["unit"].lower()
    if unit == "week":
        return "DATE", (ctx.anchor + timedelta(weeks=n)).isoformat(), None
    first = add_months(ctx.anchor, n * (12 if unit == "year" else 1))
    last = (add_months(first, 1) - timedelta(days=1)).day
    return "DATE", first.replace(day=min(ctx.anchor.day, last)).isoformat(), None


def _r_ago_this(ctx: Context, g: dict) -> _Result | None:
    """"five years ago this week", "a decade ago this month", "a year ago today": the anchor's week,
    month or day that many years before (its week of the year, its month, its day: Feb. 29 the 28th
    where that year has none); American "a week ago Monday", "two weeks ago Friday": the weekday last
    past (the anchor's own day included) that many weeks before."""
    n = _number(g["num"])
    if n is None or n != int(n):
        return None
    if ctx.anchor is None:
        return "DATE", None, None
    if g.get("wd"):
        day = weekday_date(ctx.anchor, WEEKDAYS[g["wd"].rstrip(".").lower()], "past")
        return "DATE", (day - timedelta(weeks=int(n))).isoformat(), None
    year = ctx.anchor.year - int(n) * _unit(g["unit"])[2]
    if g.get("this", "").lower() == "month":
        return "DATE", f"{year:04d}-{ctx.anchor.month:02d}", None
    if g.get("this"):
        y, week, _ = ctx.anchor.isocalendar()
        try:
            return "DATE", iso_week(date.fromisocalendar(y - (ctx.anchor.year - year), week, 1)), None
        except ValueError:  # the anchor's week 53, in a year of 52
            return "DATE", f"{year:04d}-W52", None
    last = (add_months(date(year, ctx.anchor.month, 1), 1) - timedelta(days=1)).day
    return "DATE", date(year, ctx.anchor.month, min(ctx.anchor.day, last)).isoformat(), None


def _r_relative_unit(ctx: Context, g: dict) -> _Result | None:
    unit = re.sub(r"\s+", " ", g["unit"].lower())
    rel_word = re.sub(r"\s+", " ", g["rel"].lower())
    mod = _mod_code(g.get("mod")) or ("APPROX" if g.get("so") else None)
    if rel_word in ("that", "the same"):
        return None
    rel = _rel_direction(rel_word)
    if unit in PARTS_OF_DAY:
        if rel_word not in ("this", "last") or (rel_word == "last" and unit != "night"):
            return None
        if ctx.anchor is None:
            return "TIME", None, mod
        d = ctx.anchor - timedelta(days=1 if rel_word == "last" else 0)
        return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[unit]}", mod
    if rel_word in ("the past", "the last") and unit in ("week", "month", "year", "decade") or (
            rel_word == "the past" and unit == "century"):
        # "over the past year", "in the last decade": the stretch up to the writing, a duration as "the past
        # two years" is, not the calendar year or decade before ("the last century" stays the one before the
        # writing's, "the past weekend" the one just gone).
        return "DURATION", _duration(1, unit), mod
    if rel_word in ("the next", "the coming") and unit == "decade":
        # "over the next decade": the ten years ahead of the writing, as "the last decade" is the ten behind
        # (news names the calendar decade by its digits, "the 2030s")
        return "DURATION", _duration(1, unit), mod
    if ctx.anchor is None:
        return "DATE", None, mod
    if unit == "day":
        if rel != 0:
            return None  # "the next day", "the previous day": relative to another event
        return "DATE", ctx.anchor.isoformat(), mod
    if unit == "century" and _TURN.search(g.get("mod") or ""):
        return _turn_of(_turn_nearest(ctx.anchor.year) + 100 * rel)
    if unit in ("fiscal year", "financial year", "fiscal", "year"):  # "the first half of the year": the year's H1
        value, mod = _halved(str(ctx.anchor.year + rel), g.get("mod"))
        if rel == 0 and value.endswith("-H2") and ctx.anchor.month < 7 and ctx.tense() == "past":
            # told in the past tense before the second half began: the year before's ("raised more in
            # the second half of the year", in a January report)
            value, mod = _halved(str(ctx.anchor.year - 1), g.get("mod"))
        return "DATE", value, mod or ("APPROX" if g.get("so") else None)
    if unit == "weekend":
        base = ctx.anchor + timedelta(weeks=rel)
        # told in the past on a Monday, or "over the weekend" told in the past on a weekday: the one just gone
        # ("this weekend" on a Tuesday to a Friday is the coming one more often, whatever the verb: "endorsed
        # him in this weekend's run-off")
        if (rel == 0 and (ctx.anchor.isoweekday() == 1 or (ctx.anchor.isoweekday() <= 5 and g.get("the")))
                and ctx.tense() == "past"):
            base = ctx.anchor - timedelta(weeks=1)
        return "DATE", iso_week(base) + "-WE", mod
    if unit == "week" and ctx.anchor.isoweekday() == 7 and (rel_word == "this past" or rel == 0):
        # A Sunday paper counts its weeks from Sunday, as US calendars do: "this past week" is the one it closes
        # (ISO's, Monday to this Sunday), "this week" told ahead the one that opens on the morrow ("will skip
        # this week's convention", in a Sunday story)
        rel = 0 if rel else int(ctx.tense() == "future")
    return "DATE", _shift(ctx.anchor, rel, unit), mod


# "At the end of the day, voters want jobs": the idiom for "in the end", no time, unless a day follows ("at the
# end of the day Friday", "at the end of the day's session"); "by the end of the day" stays the day's end.
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)
_A_DAY_AFTER = re.compile(rf"\s*,?\s*(?:['’]s\b|on\b|of\b|{_WEEKDAY}|today|tomorrow|yesterday|tonight|\d|{_MONTH})",
                          re.I)


def _r_the_unit(ctx: Context, g: dict) -> _Result | None:
    """A unit after "the" with a part before it ("the end of the week") as this one; "the week" alone is none."""
    if g["rel"].lower() != "the":
        return _r_relative_unit(ctx, g)
    mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower())
    if not mod or (mod == "the end of" and g["unit"].lower() == "day" and _AT_BEFORE.search(ctx.before(4))
                   and not _A_DAY_AFTER.match(ctx.after(16))):
        return None
    if mod in ("earlier in", "later in") and g["unit"].lower() == "day":
        # "said Thursday. … had earlier in the day touted": the day of the date the text last named, as "that
        # day" is, not the day of publication (news reports yesterday's events)
        return "DATE", f"{_ANAPHOR}:0:day", _mod_code(mod)
    return _r_relative_unit(ctx, {**g, "rel": "this"})


_ANAPHOR = "ANAPHOR"  # placeholder value, resolved against the previous date in the text
_ANAPHOR_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_ANAPHOR_OFFSET = {"that": 0, "the same": 0, "that same": 0, "the following": 1, "the next": 1, "the previous": -1,
                   "the preceding": -1, "the prior": -1}


def _r_anaphoric(ctx: Context, g: dict) -> _Result | None:
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
    if rel == "the next" and unit in ("week", "month", "year"):
        return None  # "the next year" counts from the publication date
    kind = "TIME" if unit in PARTS_OF_DAY else "DATE"
    return kind, f"{_ANAPHOR}:{_ANAPHOR_OFFSET[rel]}:{unit}", _mod_code(g.get("mod"))


# "The day before, at a rally …", "up from 1.51 percent the day before.": nothing after "before"/"after"
# names an event, so the day is counted from the date the text last named, as "the previous day" is.
# ("The day after the vote" is anchored to the vote, which the text may never date: left alone.)
_NO_OBJECT = re.compile(r"\s*(?:[,.;:!?)\"“”—–]|$|(?:at|in|on|by|during|with|when|while|and|but|or|to|from|as|"
                        r"so|too|also|again|already)\b)", re.I)


def _r_day_before(ctx: Context, g: dict) -> _Result | None:
    if not _NO_OBJECT.match(ctx.after(12)):
        return None
    unit = g["unit"].lower()
    offset = -1 if g["side"].lower() == "before" else 1
    return ("TIME" if unit in PARTS_OF_DAY else "DATE"), f"{_ANAPHOR}:{offset}:{unit}", None


# "the day after Christmas", "three days before Easter", "the Saturday before Christmas", "a week from Tuesday",
# "the eve of Thursday's vote" (the day before it, as news writes of the evening or day before an awaited event):
# counted from the day the text names right after it, one expression as TIMEX3 tags it. Not "the week before
# Christmas": the seven days up to it, which no ISO week is. "from" only after a count ("a week from today").
_DAYS_FROM = re.compile(rf"\b(?:[Tt]he\s+(?:(?P<day>day|night)|(?P<wd>{alternation(WEEKDAY_WORDS[0])}))"
                        r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                        r"(?P<unit>days?|weeks?))\s+(?P<dir>before|after|following|prior\s+to|ahead\s+of|from)\s+$"
                        r"|\b[Tt]he\s+eve\s+of\s+(?:the\s+)?$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# "the early hours of Wednesday", "the small hours of Sunday morning": the start of that day's morning, as "early
# Wednesday morning" is.
_EARLY_HOURS = re.compile(r"\bthe\s+(?:early|small|wee)\s+hours\s+(?:of|on)\s+$", re.I)


def days_from_dates(rows: list[dict[str, Any]], text: str) -> None:
    """Join "the day after", "three days before", "the Saturday before", "the night before", "a week from",
    "the eve of" to the day named right after it ("Christmas", "last Tuesday", "March 3", "today"), valued from that
    day (a day, that weekday, a night); the rows inside the joined words ("three days", "Saturday") go. "The early
    hours of" joins a day or its morning as the start of its morning (TMO, mod START)."""
    out: list[dict[str, Any]] = []
    for r in rows:
        value = r["value"]
        m = (_DAYS_FROM.search(text, max(0, r["start"] - 40), r["start"])
             if r["type"] == "DATE" and isinstance(value, str) and _DAY_VALUE.fullmatch(value)
             and "range_from" not in r else None)
        if m is not None and (m["n"] or m["dir"] != "from"):
            day, sign = date.fromisoformat(value), (1 if m["dir"] in ("after", "following", "from") else -1)
            kind = "DATE"
            if m["dir"] == "from" and r["text"].lower() in WEEKDAYS and r.get("anchor"):
                # "a week from Tuesday": from the coming Tuesday, whatever the tense made of it
                day = weekday_date(r["anchor"], WEEKDAYS[r["text"].lower()], "future")
            if m["wd"]:  # the nearest such weekday on that side of the day
                day = weekday_date(day + timedelta(days=sign), WEEKDAYS[m["wd"].lower()],
                                   "future" if sign > 0 else "past")
            elif m["n"]:
                day += timedelta(days=sign * int(_number(m["n"])) * (7 if m["unit"].startswith("week") else 1))
            else:
                day += timedelta(days=sign)
            value = day.isoformat()
            if m["day"] == "night":
                kind, value = "TIME", f"{value}TNI"
            while out and out[-1]["start"] >= m.start():
                out.pop()  # "three days", "Saturday": now inside this one
            r = {**r, "start": m.start(), "text": text[m.start():r["end"]], "type": kind, "value": value, "own": ()}
        value = r["value"]
        if (isinstance(value, str) and _DAY_VALUE.match(value) and value[10:] in ("", "TMO")
                and "range_from" not in r
                and (h := _EARLY_HOURS.search(text, max(0, r["start"] - 30), r["start"])) is not None):
            r = {**r, "start": h.start(), "text": text[h.start():r["end"]], "type": "TIME",
                 "value": f"{value[:10]}TMO", "mod": "START", "own": ()}
        out.append(r)
    rows[:] = out


# "over" and a count of units means "more than" after the words of data/timeline_over_more_than.txt ("for over a
# year") or before a word that measures from a time ("just over three weeks away", "over 365 days since") or
# counts a quantity ("over 20 years of experience").
_OVER = re.compile(r"over\s+", re.I)
_WORD_BEFORE = re.compile(r"(\w+|['’]s)\W*$")
_OVER_AFTER = re.compile(r"\s+(?:away|before|after|since|apart|earlier|later|old|long|of)\b", re.I)


def over_spans(rows: list[dict[str, Any]], text: str) -> None:
    """Leave "over" out of a duration where it is the preposition of a span ("$30 billion over 10 years",
    "has evolved over several years", "Over five years, the mayor ..."), as TimeML does ("several years",
    PXY), with no mod; it stays in, as MORE_THAN, where it means "more than" (see ``_OVER_AFTER``)."""
    for r in rows:
        if r["type"] != "DURATION" or r["mod"] != "MORE_THAN" or not (m := _OVER.match(r["text"])):
            continue
        before = _WORD_BEFORE.search(text, max(0, r["start"] - 24), r["start"])
        if before and before.group(1).lower().replace("’", "'") in OVER_MORE_THAN or _OVER_AFTER.match(text, r["end"]):
            continue
        r["start"] += m.end()
        r["text"], r["mod"] = r["text"][m.end():], None


_OF = re.compile(r"\s+of\s+", re.I)
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_ANAPHORIC_YEAR = re.compile(rf"{_ANAPHOR}:-?\d+:year")


def months_of_years_named(rows: list[dict[str, Any]], text: str) -> None:
    """Join a month to "of that year", "of the same year", "of the following year" after it ("peaked in October of
    that year", "early June of that year"): one expression, the month of the year the text named last before it
    (:func:`resolve_anaphors`), not the month nearest the publication date, whose year "that year" then took."""
    out: list[dict[str, Any]] = []
    for r in rows:
        prev = out[-1] if out else None
        if (prev is not None and isinstance(r["value"], str) and _ANAPHORIC_YEAR.fullmatch(r["value"])
                and prev["type"] == "DATE" and isinstance(prev["value"], str) and _MONTH_VALUE.fullmatch(prev["value"])
                and "range_from" not in prev and _OF.fullmatch(text, prev["end"], r["start"])):
            out[-1] = {**prev, "end": r["end"], "text": text[prev["start"]:r["end"]],
                       "value": f"{r['value']}-{prev['value'][5:]}", "own": ()}
            continue
        out.append(r)
    rows[:] = out


# A year between a possessive and its noun ("Johnson's 1964 Civil Rights Act", "in his 1969 book") dates a thing, not
# the time the story has reached: "In 1968, ... Johnson's 1964 Civil Rights Act ... ran a campaign that year" is 1968.
# Before an event noun it dates an event the story is at ("In his 2004 convention speech, ... the nominee that year").
_POSSESSED = re.compile(rf"(?:\b(?:{alternation(POSSESSIVES)})|\w['’]s)\s+\Z", re.I)
_NOUN_AFTER = re.compile(r"\s+([^\W\d_]+)")
_YEAR_VALUE = re.compile(r"\d{4}")


def _dates_a_thing(text: str, r: dict[str, Any]) -> bool:
    """Whether ``r`` (a row of ``text``) is a year between a possessive and a noun of no event, so no reference time
    for the anaphors after it (:func:`resolve_anaphors`)."""
    noun = _NOUN_AFTER.match(text, r["end"])
    return (_YEAR_VALUE.fullmatch(r["value"]) is not None and noun is not None
            and noun.group(1).lower() not in EVENT_NOUNS
            and _POSSESSED.search(text[max(0, r["start"] - 40):r["start"]]) is not None)


def resolve_anaphors(rows: list[dict[str, Any]], anchor: date | None, text: str) -> None:
    """Values for "that day", "the following year"…: counted from the latest date before them in
    the text (the anchor when there is none; no year that dates a thing, :func:`_dates_a_thing`), in text order so
    that chains resolve."""
    ref: tuple[date, int] | None = (anchor, 3) if anchor else None  # (date, 1 year / 2 month / 3 day)
    ref_end = None  # where the date of ref ends in the text (None: the anchor)
    last_end = None  # where the expression before ends
    for r in rows:
        next_to_ref = ref_end is not None and last_end == ref_end and r["start"] - ref_end <= _DAY_OF_MONTH_REACH
        last_end = r["end"]
        end = r.get("range_to")
        if isinstance(end, str) and end.startswith(_ANAPHOR):  # "three days later": from the date, to the end
            _, offset, unit = end.split(":")
            r["range_to"] = _from_reference(ref, int(offset), unit)
            r["range_from"] = (ref[0].isoformat() if unit == "day" else _from_reference(ref, 0, unit)) if ref else None
            if r["range_to"] is None or r["range_from"] is None:
                r.pop("range_to"), r.pop("range_from")
            elif m := _CONCRETE.match(r["range_to"]):
                ref = (date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)),
                       1 + bool(m.group(2)) + bool(m.group(3)))
                ref_end = r["end"]
        value = r["value"]
        if isinstance(value, str) and value.startswith(_ANAPHOR):
            _, offset, unit = value.split(":")
            if unit.startswith("dom"):  # a day of the month alone: in the month of a date named just before
                near = ref_end is not None and r["start"] - ref_end <= _DAY_OF_MONTH_REACH
                r["value"] = _day_in_month(ref if near else None, unit, anchor)
            else:
                unit, _, month = unit.partition("-")  # "year-10": October of that year (months_of_years_named)
                r["value"] = _from_reference(ref, int(offset), unit)
                if r["value"] is None and next_to_ref:
                    r["value"] = _unspecified_weekday(ref, unit)
                if month and r["value"]:
                    r["value"] += f"-{month}"
            value = r["value"]
        if isinstance(value, str) and (m := _CONCRETE.match(value)) and not _dates_a_thing(text, r):
            depth = 1 + bool(m.group(2)) + bool(m.group(3))
            ref = (date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)), depth)
            ref_end = r["end"]


# How far before a day of the month alone a date names its month (about a paragraph).
_DAY_OF_MONTH_REACH = 400


def _day_in_month(ref: tuple[date, int] | None, unit: str, anchor: date | None) -> str:
    """The day of ``unit`` ("dom14|2025-10-14|past": the day, its value by the publication date ``anchor``, the
    clause's tense) in the month of ``ref`` (a date the text named, of a month or a day), on or after a day it
    names ("began Oct. 20 and ended on the 4th": Nov. 4), on the side of the publication date the tense puts it
    ("The council voted in March. The ferry will stop on the 14th." is not March's); else that value."""
    day, default, tense = unit[3:].split("|")
    if ref is None or ref[1] < 2:
        return default
    first = date(ref[0].year, ref[0].month, 1)
    for step in (0, 1):
        month = add_months(first, step)
        try:
            found = date(month.year, month.month, int(day))
        except ValueError:
            continue
        if ref[1] < 3 or found >= ref[0]:
            if anchor is not None and ((tense == "future" and found < anchor) or (tense == "past" and found > anchor)):
                return default
            return found.isoformat()
    return default


# A value that dates the text's anaphors: a year, month or day (a time's day), or a year's season, quarter or half,
# which name their year ("the fall of 2015 ... that summer": 2015-SU).
_CONCRETE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$|-(?:SP|SU|FA|WI|Q[1-4]|H[12])$)")


def _from_reference(ref: tuple[date, int] | None, offset: int, unit: str) -> str | None:
    if ref is None:
        return None
    d, depth = ref
    if unit == "year":
        return str(d.year + offset)
    if unit == "month":
        return add_months(d, offset).isoformat()[:7] if depth >= 2 else None
    if unit.startswith("season"):
        # the first such season that begins after the named year, month or day ends, or the last that ends
        # before it begins ("late 2019 … the following spring": 2020-SP)
        code = unit[6:]
        first = SEASON_MONTHS[code][0]
        if offset > 0:
            end = date(d.year, 12, 31) if depth == 1 else add_months(d, 1) - timedelta(days=1) if depth == 2 else d
            year = end.year + (date(end.year, first, 1) <= end)
        else:
            year = d.year - (add_months(date(d.year, first, 1), 3) > d)
        return f"{year}-{code}"
    if depth < 3:
        return None
    if unit == "week":
        return iso_week(d + timedelta(weeks=offset))
    if unit.startswith("wd"):  # "the previous Friday": the nearest such weekday before (after) the date
        wd, _, part = unit[2:].partition("T")
        step = (d.isoweekday() - int(wd)) % 7 or 7
        day = (d - timedelta(days=step) if offset < 0 else d + timedelta(days=(int(wd) - d.isoweekday()) % 7 or 7))
        return day.isoformat() + (f"T{part}" if part else "")
    day = (d + timedelta(days=offset)).isoformat()
    return f"{day}T{PARTS_OF_DAY[unit]}" if unit in PARTS_OF_DAY else day


def _unspecified_weekday(ref: tuple[date, int], unit: str) -> str | None:
    """"The previous Friday", "the following Sunday" (``unit`` "wd5", "wd7") right after a year or a month alone
    (``ref``'s depth 1 or 2): that weekday in an unknown week of the year, "In 2019 ... the previous Friday"
    2019-WXX-5. Not "that day", "that night" (2019-XX-XX): news names a year or month for more than the time the
    story stays at ("argued that night" after "a 2008 memoir", "outlined that day" after a quoted "February or
    March"), and those point back to the story's event, not to the date."""
    if not unit.startswith("wd"):
        return None
    wd, _, part = unit[2:].partition("T")
    return f"{ref[0].year}-WXX-{wd}" + (f"T{part}" if part else "")


_AND_RANGE = re.compile(r"(.+?(?<!hundred)(?<!thousand))\s+and\s+(.+)", re.I)


def _anaphor_step(n: float | None, unit: str) -> tuple[int, str] | None:
    """``n`` whole calendar ``unit``s as a count of the unit :func:`resolve_anaphors` steps in ("two weeks":
    (2, "week"), "a decade": (10, "year")); ``None`` for a fraction or a unit of the clock."""
    letter, is_time, size = _unit(unit)
    if n is None or n != int(n) or is_time or letter not in _ANAPHOR_UNITS:
        return None
    return int(n) * size, _ANAPHOR_UNITS[letter]


_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")


def _r_duration(ctx: Context, g: dict) -> _Result | None:
    num_text, unit = g["num"], g["unit"]
    low_num = num_text.lower()
    if low_num in ("a", "an") and (_unit(unit)[:2] in (("S", True), ("Q", False)) or unit.lower().endswith("s")):
        # "a second term", "a quarter of voters"; "a weeks-long strike", "a minutes limit": the article of the
        # noun after, no count of one ("weeks-long" alone is a vague count)
        return None
    if _unit(unit)[0] == "Q" and ((re.match(r"\s+of\b", ctx.after(4)) and _number(num_text) is not None)
                                               or re.search(r"\w-quarters?$", ctx.match.group(0), re.I)):
        # fractions: "three quarters of its food", "three-quarters said so", "one-quarter"; a vague
        # count is no fraction ("after several quarters of losses")
        return None
    if low_num == "one" and unit.lower() == "day" and not g.get("rel") and _MODAL_BEFORE.search(ctx.before(12)):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be …": some day
    if g.get("old"):
        return None  # ages: "a 6-year-old boy"
    if unit.lower() == "weekend" and _MONTH_BEFORE.search(ctx.before(12)):
        return None  # a number after a month is its day: "the July 4 weekend", "the Oct. 18-19 weekend"
    if re.fullmatch(_YEAR, num_text) and not unit.lower().endswith("s"):
        return None  # "the 1988 quarter": a year naming a period, not 1,988 quarters
    if low_num in ("a", "an") and not g.get("rel") and _RATE.search(ctx.before(16)):
        return None  # rates: "four flights a week", "24 hours a day"
    if (both := _AND_RANGE.fullmatch(num_text)) and not g.get("num2"):
        # "between two and six days": a range, not the compound "two and six" (8); "and" joins the
        # parts of one number only after hundred or thousand ("one hundred and five")
        num_text, g = both[1], {**g, "num": both[1], "num2": both[2]}
    if g.get("num3") and not g.get("num2"):
        g = {**g, "num2": g["num3"]}  # "a year or two": the second count after the unit
    n = _number(num_text)
    if g.get("half") or g.get("half0"):  # "a year and a half", "one and a half years"
        n = (n or 1) + 0.5
    span = None
    if g.get("num2"):  # "two to three weeks": one expression, the first end as the value, both as the range
        n2 = _number(g["num2"])
        if n is None or n2 is None or not n < n2:
            return None
        span = {"range_from": _duration(n, unit), "range_to": _duration(n2, unit)}
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    pre = (g.get("pre") or "").lower()
    mod = None
    if re.search(r"nearly|almost|less|fewer|under", pre):
        mod = "LESS_THAN"
    elif re.search(r"more|over", pre):
        mod = "MORE_THAN"
    elif re.search(r"about|around|roughly|approximately|some", pre) or "or so" in rel:
        mod = "APPROX"
    elif re.search(r"up to|no more", pre) or re.search(r"\bwithin\s+$", ctx.before(8), re.I):
        # "within" is a preposition, outside the extent as TimeML has it, but it bounds the span.
        mod = "EQUAL_OR_LESS"
    elif "at least" in pre or (g.get("more") or "").lower() in ("more", "longer"):
        mod = "EQUAL_OR_MORE"
    elif g.get("more"):  # "a week or less"
        mod = "EQUAL_OR_LESS"
    if (not rel and not pre and not g.get("more") and (n is None or n == int(n)) and ctx.anchor is not None
            and re.search(r"\bin\s+$", ctx.before(4), re.I) and not _unit(unit)[1]
            and _unit(unit)[0] in "DWMY" and ctx.tense() == "future"):
        # "would be redeemed in five years": that many years after the writing. A vague count ("will close in a
        # few weeks") or two ("in a year or two") is as far ahead as "a few weeks from now", "a year or two from
        # now": a time to come, not a span (TimeBank: "in a year or two" FUTURE_REF, "in five years" 1994).
        rel = "from now"
    if span and rel and not mod:
        mod = "APPROX"  # "a year or two ago": about that long ago
    rel = rel.removeprefix("or so").strip()  # "a week or so ago": approximately a week ago
    if rel == "earlier" and ctx.quarterly and _unit(unit) == ("Y", False, 1) and n == 1:
        return _r_year_ago_quarter(ctx, {})
    if g.get("later") and (step := _anaphor_step(n, unit)):
        # "two days later": a duration (TimeML leaves "later" out of the extent) that ends on a date
        # counted from the date the text last named (see resolve_anaphors).
        return "DURATION", _duration(n, unit), mod, {"range_to": f"{_ANAPHOR}:{step[0]}:{step[1]}"}
    if rel == "earlier" and ctx.anchor is not None and (step := _anaphor_step(n, unit)):
        # "Jan. 1 … A week earlier, the mayor quit": counted back from the date the text last named (the
        # publication date where it named none), as "a week later" is counted on (see resolve_anaphors).
        return "DATE", f"{_ANAPHOR}:{-step[0]}:{step[1]}", mod
    if g.get("time") and not rel and re.search(r"\bin\s+$", ctx.before(4), re.I):
        rel = "from now"  # "in two weeks' time" says it is ahead of the writing, whatever the clause's tense
    if rel in ("ago", "earlier", "from now", "hence"):
        if ctx.anchor is None:
            return "DATE", None, mod
        letter, _, size = _unit(unit)
        if n is not None and letter == "Y" and (size not in (100, 1000) or n * size % 100):
            # "a decade ago", "a quarter-century ago", "half a century ago": that year; "a year and a
            # half ago": that month
            n, unit = n * size, "year"
            if n != int(n) and n * 12 == int(n * 12):
                n, unit = n * 12, "month"
        if n is None or n != int(n):
            return "DATE", "FUTURE_REF" if rel in ("from now", "hence") else "PAST_REF", mod
        if ctx.quarterly and rel == "ago" and _unit(unit)[0] == "Y" and n == 1:
            return _r_year_ago_quarter(ctx, {})
        return "DATE", _shift(ctx.anchor, int(n) * (1 if rel in ("from now", "hence") else -1), unit), mod
    return ("DURATION", _duration(n, unit), mod) + ((span,) if span else ())


def _r_the_year(ctx: Context, g: dict) -> _Result | None:
    if re.match(r"\s+(?:ended|ending|to)\b", ctx.after(10)):
        return "DURATION", "P1Y", None  # "the year ended June 30": a span, not the calendar year
    if ctx.anchor is None:
        return "DATE", None, None
    if g.get("new"):  # the year to come, written in its second half; else the one just begun
        return "DATE", str(ctx.anchor.year + (ctx.anchor.month > 6)), None
    latest = "latest" in (g.get("kind") or "")
    return "DATE", str(ctx.anchor.year - latest), None


# "the first rise in years", "has not rained in weeks": "in" and a bare plural unit closing the
# clause count a stretch of time since something last happened, after a first, a superlative or a negation.
_SINCE_LONG = re.compile(r"\b(?:first|no|not|never|nothing|none|best|worst|most|least|(?:high|low|bigg|larg|great|"
                         r"strong|weak|fast|slow|steep|sharp|long|short|deep|hott|cold|warm|wett|dri|heavi|wid|"
                         r"clos)est)\b|n['’]t\b", re.I)


# Checked after the match, not as a lookahead: a pattern that could consume these marks would
# scan across them (timexes._barriers_of), over far more of every text.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _r_plural_units(ctx: Context, g: dict) -> _Result | None:
    return "DURATION", _duration(None, g["unit"]), None


def _r_long(ctx: Context, g: dict) -> _Result | None:
    """A unit and "long": one of it ("a day-long siege", "the yearlong battle": P1D, P1Y), a vague count of a
    plural ("weeks-long talks")."""
    unit = g.get("unit") or g["closed"]
    return "DURATION", _duration(None if unit.lower().endswith("s") else 1, unit), None


_SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
                "monthly": "P1M", "bimonthly": "P2M", "yearly": "P1Y", "annually": "P1Y",
                "semiannually": "P6M", "biannually": "P6M", "hourly": "PT1H"}
# The week's parts as plurals, each one of them: "on weekends", "open weeknights" (the weekdays' nights, written as
# "Monday nights" is: XXXX-WXX-1TNI).
_WEEK_PARTS = {"weekends": "WE", "weekdays": "WD", "weeknights": "WDTNI"}


def _r_set(ctx: Context, g: dict) -> _Result | None:
    if g.get("adv"):
        return "SET", _SET_ADVERBS[g["adv"].lower()], None
    if g.get("wds"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[g['wds'].lower()]}", None
    if g.get("wes"):
        return "SET", f"XXXX-WXX-{_WEEK_PARTS[g['wes'].lower()]}", None
    if (g.get("what") or "").lower() == "weekend" and not (g.get("n") or g.get("other")):
        return "SET", "XXXX-WXX-WE", None  # "every weekend": each one
    if g.get("wdp"):  # "Tuesday nights": every Tuesday night
        return "SET", f"XXXX-WXX-{WEEKDAYS[g['wdp'].lower()]}T{PARTS_OF_DAY[g['parts'].lower()[:-1]]}", None
    what = (g.get("wday") or g["what"]).lower().rstrip(".")
    if what in WEEKDAYS:  # "every Sunday", "every Sunday afternoon"
        part = f"T{PARTS_OF_DAY[g['wpart'].lower()]}" if g.get("wpart") else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[what]}{part}", None
    if what in MONTHS:
        return "SET", f"XXXX-{MONTHS[what]:02d}", None
    if what in SEASONS:
        return "SET", f"XXXX-{SEASONS[what][0]}", None
    if what in PARTS_OF_DAY:  # "every morning": each day's (a TIMEX3 time's day unspecified, as a weekday's is)
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}", None
    n = _number(g["n"]) if g.get("n") else 1
    if g.get("other"):
        n = (n or 1) * 2
    if g.get("nth"):
        n = (n or 1) * (_ordinal(g["nth"]) or 1)
    return "SET", _duration(n, what), None


def _time_value(ctx: Context, g: dict, hour: int, minute: int) -> tuple[str | None, str]:
    when = g.get("when")
    kind = "TIME"
    if when:
        sub = _DATE_REF.fullmatch(when)
        day = None
        if sub and (sub.group("mon") or sub.group("mon2")):  # a date, whatever weekday stands before it
            month = MONTHS[(sub.group("mon") or sub.group("mon2")).rstrip(".").lower()]
            dd = int(re.match(r"\d+", sub.group("md") or sub.group("dm")).group(0))
            y = _year_for(ctx, month, dd, sub.group("y"))
            try:
                day = date(y, month, dd) if y else None
            except ValueError:
                day = None
        elif sub and sub.group("wd") and ctx.anchor:
            wd, rel = WEEKDAYS[sub.group("wd").rstrip(".").lower()], _rel_direction(sub.group("rel"))
            day = weekday_date(ctx.anchor, wd, ctx.tense()) if rel is None else _related_weekday(ctx.anchor, wd, rel)
        elif sub and sub.group("rd") and ctx.anchor:
            day = ctx.anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[sub.group("rd").lower()])
    else:
        # "10:35 a.m. (0735 GMT) Friday": the day may follow a bracketed aside, or close it, outside the extent.
        later = _LATER_DAY.match(ctx.after(40))
        day = ctx.anchor
        if later and ctx.anchor:
            word = (later.group("day") or later.group("inner")).lower().rstrip(".")
            day = (ctx.anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
                   if word in ("yesterday", "today", "tomorrow")
                   else weekday_date(ctx.anchor, WEEKDAYS[word], ctx.tense()))
    if day is None:
        return None, kind
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}", kind


def _spoken_clock(g: dict) -> tuple[int, int]:
    """Hour and minute of a clock time as it is spoken ("seven o'clock", "a quarter to six"): the hour as
    written, as TIMEX3 keeps an hour with no a.m. or p.m., but in the afternoon, evening or night ("ten o'clock
    at night": 22:00; "twelve at night": 24:00)."""
    word = (g.get("Ho") or g.get("Hs") or g["Hb"]).lower()
    hour, minute = int(word) if word.isdigit() else NUMBERS[word], 0
    if g.get("frac"):
        minute = 30 if g["frac"].lower() == "half" else 15
        if g["dir"].lower() == "to":
            hour, minute = (hour - 1) % 12 or 12, 60 - minute
    part = g.get("po") or g.get("ps") or g.get("pb") or "morning"
    if PARTS_OF_DAY[part.lower()] in ("AF", "EV", "NI") and hour < 12:
        hour += 12
    elif PARTS_OF_DAY[part.lower()] == "NI" and (hour, minute) == (12, 0):
        hour = 24  # "twelve at night": midnight, as TIMEX3 writes it (T24:00)
    return hour, minute


def _r_clock(ctx: Context, g: dict) -> _Result | None:
    if g.get("noon"):
        hour, minute = (12, 0) if g["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        if g.get("Hb") and ctx.before(3).lower() == "to " and not _RANGE_FROM.search(ctx.before(60)):
            return None  # "rose to 5 in the afternoon session": a count, not the end of a range of times
        if g.get("H24") and ctx.before(1) == "(" and ctx.after(1) == ")":
            return None  # "10:35 a.m. (0735 GMT)": the time just given, restated in another zone
        hour, minute = ((int(g["H24"]), int(g["M24"])) if g.get("H24") else (int(g["Hc"]), int(g["Mc"])) if g.get("Hc")
                        else _spoken_clock(g) if g.get("Ho") or g.get("Hs") or g.get("Hb")
                        else (int(g["H"]), int(g.get("M") or 0)))
        ampm = (g.get("ampm") or "").lower()
        if hour > 24 or (ampm and hour > 12):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    value, kind = _time_value(ctx, g, hour, minute)
    extras: dict[str, str] = {}
    if g.get("local"):
        extras["zone"] = "local"
    elif g.get("zone"):
        extras["zone"] = _utc_offset(ZONES[g["zone"]], value)
    if value and not g.get("when") and not _LATER_DAY.match(ctx.after(40)):
        extras[_OPEN_DAY] = ZONES[g["zone"]] if g.get("zone") else ""  # see date_clock_times
    return (kind, value, None, extras) if extras else (kind, value, None)


_OPEN_DAY = "open_day"  # a clock time naming no day: the zone to recompute its offset with, or ""


# Between a clock time and the day right after it that its own pattern leaves out ("at 3pm on Boxing Day").
_ON_DAY = re.compile(r",?\s+(?:on\s+)?")
# Between a day and its clock time, a scheduled event's verb alone: "(Tuesday 4 November) starts at (7.45pm)",
# or the event the day owns before it: "(Saturday)'s home match kicks off at (3pm)".
_STARTS_AT = re.compile(r"(?:['’]s(?:\s+[a-z][\w-]*){1,2})?,?\s+(?:will\s+|(?:is|are)\s+(?:due|set)\s+to\s+)?(?:"
                        + alternation(CLOCK_VERBS) + r")\s+(?:at|from|around|about|by)\s+", re.I)


def date_clock_times(rows: list[dict[str, Any]], text: str) -> None:
    """A clock time that names no day of its own ("at noon", "about 10 p.m.") falls on the day right
    after it ("at 3pm on Boxing Day", "at midnight on New Year's Eve"), else on the day its sentence
    named last before it, with no verb between them ("on Friday at noon", "The following day, about
    5:15 a.m.", "Saturday morning between 10 and 11 a.m.") but a scheduled event's ("The match on Tuesday
    4 November starts at 7.45pm": ``_STARTS_AT``); else on the anchor's day, as
    :func:`_r_clock` left it. ``rows`` in text order with their values resolved; ``text`` the article."""
    named: dict[int, tuple[str, int]] = {}  # sentence index -> (the day it last named, where that ends)
    for i, r in enumerate(rows):
        zone = r.pop(_OPEN_DAY, None)
        if zone is not None:
            r["own"] = tuple(k for k in r.get("own", ()) if k != _OPEN_DAY)
            day, end = named.get(r["sent_idx"], (None, 0))
            if (i + 1 < len(rows) and isinstance(after := rows[i + 1]["value"], str) and _DAY_VALUE.match(after)
                    and _ON_DAY.fullmatch(text, r["end"], rows[i + 1]["start"])):
                day, end = after[:10], r["start"]
            if (day and isinstance(r["value"], str) and r["value"][:10] != day
                    and (not has_tense_cue(text[end:r["start"]]) or _STARTS_AT.fullmatch(text, end, r["start"]))):
                r["value"] = day + r["value"][10:]
                if zone:
                    r["zone"] = _utc_offset(zone, r["value"])
        elif isinstance(r["value"], str) and _DAY_VALUE.match(r["value"]):
            named[r["sent_idx"]] = (r["value"][:10], r["end"])


def _utc_offset(zone: str, value: str | None) -> str:
    """A zone's UTC offset ("-04:00") on the day of ``value``; the IANA name when the day is unknown.
    The value itself stays in local time, as TimeML writes it."""
    if zone[:1] in "+-":
        return zone
    m = re.match(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", value or "")
    if not m:
        return zone
    from datetime import datetime
    from zoneinfo import ZoneInfo

    hour = min(int(m[2]), 23)
    offset = datetime.fromisoformat(f"{m[1]}T{hour:02d}:{m[3]}").replace(tzinfo=ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60)
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_MONTH_SEPT = r"Sept(?:ember|\.)?"
_SEPTEMBER_11 = date(2001, 9, 11)


def _r_september_11(ctx: Context, g: dict) -> _Result | None:
    if ctx.anchor is not None and ctx.anchor <= _SEPTEMBER_11:
        return None  # written before: a date like any other
    return "DATE", _SEPTEMBER_11.isoformat(), None


# The holidays' names with either apostrophe, as copy types "New Year's Eve" or "New Year’s Eve".
_HOLIDAY = alternation(HOLIDAYS).replace("'", "['’]")


_CAPITAL_BEFORE = re.compile(r"(?-i:\b([A-Z][\w’'-]*)\.?)\s+$")  # a capitalised word right before


def _r_holiday(ctx: Context, g: dict) -> _Result | None:
    name = g["hol"].replace("’", "'")
    rule = HOLIDAYS[next(k for k in HOLIDAYS if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), name, re.I))]
    rule, _, every = rule.partition("/")
    if every and _SECOND_OF.match(ctx.after(30)):
        return None  # "Super Tuesday 2": a later day of its kind, not the one the rule names
    rule, _, near = rule.partition("~")  # "Eid": either of two, told apart only near the day of writing
    if near and (m := _CAPITAL_BEFORE.search(ctx.before(30))) and m[1].lower() not in PREPOSITIONS | {"the", "this"}:
        return None  # "Ahmed Eid", "Mr. Eid": a name ("On Eid", "The Eid holiday": the day)

    def on(year: int) -> list[date]:
        """The holiday's days in ``year``: one, but a holiday that follows the moon may have none in the
        table's years (its value then unresolved) or two (an Eid at both ends of a year)."""
        if rule.startswith("DATES:"):  # "DATES:lunar_new_year+-1": its eve
            keys, _, days = rule[6:].partition("+")
            return sorted(d + timedelta(days=int(days or 0)) for key in keys.split(",")
                          for d in HOLIDAY_DATES.get((key, year), []))
        if rule == "ELECTION":
            return [nth_weekday(year, 11, 1, 1) + timedelta(days=1)]
        if rule.startswith("EASTER"):
            return [easter(year) + timedelta(days=int(rule[6:]))]
        if re.fullmatch(r"\d\d-\d\d", rule):
            return [date(year, int(rule[:2]), int(rule[3:]))]
        nth, _, days = rule.partition("+")  # "4-4-11+1": the day after the fourth Thursday of November
        n, wd, month = nth.rsplit("-", 2)
        return [nth_weekday(year, int(month), int(wd), int(n)) + timedelta(days=int(days or 0))]

    if g.get("y"):
        return "DATE", next((d.isoformat() for d in on(int(g["y"])) if not near), None), None
    if ctx.anchor is None:
        return "DATE", None, None
    rel = _rel_direction(g.get("rel"))
    # A day held only every K-th year is the nearest one, unless "last"/"next" says otherwise: a tense
    # misread would move it by years ("heading to the Super Tuesday contests" four years back).
    direction = _tense_or(ctx, rel) if not every or rel else None
    # A day held only in some years (every K-th) is looked for in the K years either side.
    years = range(ctx.anchor.year - int(every or 1), ctx.anchor.year + int(every or 1) + 1)
    cands = [d for y in years if not every or y % int(every) == 0 for d in on(y)]
    if direction == "past":
        d = max((c for c in cands if c < ctx.anchor + timedelta(days=1 if rel is None else 0)), default=None)
    elif direction == "future":
        d = min((c for c in cands if c >= ctx.anchor + timedelta(days=0 if rel is None else 1)), default=None)
    else:
        d = min(cands, key=lambda c: abs((c - ctx.anchor).days), default=None)
    if near and d and abs((d - ctx.anchor).days) > int(near):
        d = None  # bare "Eid" far from either: which one is not said
    return "DATE", d and d.isoformat(), None


# "Super Tuesday 2", not "Super Tuesday two weeks ago" (a count of units after the day's name).
_SECOND_OF = re.compile(rf"\s*['‘’]?\s*(?:2|II|two)\b(?!\s*(?:{alternation(UNITS)})s?\b)")


_TO_DATE_UNITS = {"Y": "year", "Q": "quarter", "M": "month"}


def _r_to_date(ctx: Context, g: dict) -> _Result | None:
    """"year to date", "quarter-to-date", "YTD": the anchor's year, quarter or month (the value "so far this
    year" has), ranging from its first day to the anchor."""
    if ctx.anchor is None:
        return "DATE", None, None
    unit = (g.get("unit") or _TO_DATE_UNITS[g["abbr"]]).lower()
    a = ctx.anchor
    first = {"year": date(a.year, 1, 1), "month": date(a.year, a.month, 1),
             "quarter": date(a.year, 3 * quarter_of(a) - 2, 1)}[unit]
    value = f"{a.year}-Q{quarter_of(a)}" if unit == "quarter" else _shift(a, 0, unit)
    return "DATE", value, None, {"range_from": first.isoformat(), "range_to": a.isoformat()}


def _r_vague(ctx: Context, g: dict) -> _Result | None:
    phrase = re.sub(r"\s+", " ", g["vague"].lower())
    if phrase == "now" and re.match(r"\s*(?:that|defunct|former|retired|deceased|-)", ctx.after(12), re.I):
        return None  # "now that …", "the now-defunct …"
    if phrase.endswith("soon") and (re.match(r"\s+(?:after|before|as)\b", ctx.after(8), re.I)
                                   or re.search(r"\bas\s+$", ctx.before(4), re.I)):
        return None  # "soon after the attack", "as soon as": relative to another event
    if (phrase.endswith("soon") and not _MODAL_BEFORE.search(ctx.before(8)) and not re.search(r"\bto\s+$", ctx.before(4))
            and ctx.tense() == "past"):
        # "he was soon released": soon after the events told, not after the article's date; but
        # "prosecutors have told him they may soon seek …": the modal puts it ahead of the writing
        return None
    if phrase.endswith("future") and re.match(r"\s+of\b", ctx.after(4), re.I):
        return None  # "the future of the port": what becomes of it, not a time
    if phrase == "the past" and (count := _COUNT_AFTER.match(ctx.after(12))) and not re.match(
            rf"(?:[^\s.,;:!?]+\s+){{0,3}}{_UNIT}", ctx.text[ctx.match.end() + count.end():ctx.match.end() + 80], re.I):
        return None  # "the past six elections", "the past three seasons": a count of things, no time
    return "DATE", VAGUE[phrase], None


_COUNT_AFTER = re.compile(rf"\s+(?:{_NUM})(?![\w])[\s-]*", re.I)


# ---------------------------------------------------------------- patterns, most specific first
# The zones a 24-hour clock time is written with (never "ET" or "Eastern", whose times news writes
# with a.m./p.m.).
_ZONE_24 = "GMT|UTC|BST|CET|CEST|EET|EEST|MSK"
# Where hours and minutes without a.m. or p.m. are a clock time: right after a preposition of time
# (one fixed-width look-behind each: "at 10:30", not "John 3:16" or a score).
_CLOCK_AFTER = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
    "at", "by", "until", "till", "from", "before", "after", "around", "about", "since")) + ")"
# The hour of a spoken clock time ("7", "seven"), its "o'clock", and the part of the day after it ("in the
# evening", "at night": {} the group's name).
_HOUR_WORDS = [w for w, v in NUMBERS.items() if 1 <= v <= 12 and w not in ("a", "an")]
_HOUR = r"(?:1[0-2]|[1-9]|" + alternation(_HOUR_WORDS) + ")"
_HOUR_FIRST = r"[\d" + "".join(sorted({w[0] for w in _HOUR_WORDS})) + "]"  # the first characters of an hour
_O_CLOCK = r"\s+o['’]clock\b"
_SPOKEN_PART = r"\s+(?:in\s+the|at)\s+(?P<{}>" + _PART + ")"
# A bare hour after "to" is the second end of a range of clock times ("from 9 in the morning to 5 in the evening",
# "from 3 to 5 in the afternoon") where "from" and at most five words come before the "to" (checked by _r_clock).
_RANGE_FROM = re.compile(r"\bfrom\s+(?:\S+\s+){1,5}to\s$", re.I)
_BARE_HOUR_PART = "morning|afternoon|evening|night"  # after a bare hour ("at 4 in the morning"), as its trigger has
# The day after a clock time: a weekday, a date (month or day first, the weekday before it, the year after
# it: "Friday 7 March", "Friday, March 21", "the 1st of April 2030") or yesterday/today/tomorrow.
_DATE_REF_SOURCE = (rf"(?:(?:(?P<rel>last|next|this)\s+)?(?P<wd>{_WEEKDAY})(?:,?\s+(?=the\s|\d|{_MONTH}))?)?"
                    rf"(?:(?:(?P<mon>{_MONTH})\s+(?P<md>{_DAY})|(?:the\s+)?(?P<dm>{_DAY})(?:\s+of)?\s+"
                    rf"(?P<mon2>{_MONTH}))(?:,?\s+(?P<y>{_YEAR}))?)?(?<=[\w.])|(?P<rd>yesterday|today|tomorrow)")
_DATE_REF = re.compile(_DATE_REF_SOURCE, re.I)
_UNNAMED_DATE_REF = re.sub(r"\(\?P<\w+>", "(?:", _DATE_REF_SOURCE)  # inside the clock's pattern

# A count of units with the words that bound or place it ("about two weeks", "the past 10 days", "two to
# three weeks", "a year and a half"): durations, and the span of "in two weeks' time".
# "to last", "will last": the verb ("is expected to last six weeks"), no part of the duration after it.
_LAST_VERB = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in INFINITIVE_MARKERS)
_COUNTED_UNITS = (
    rf"\b(?:(?P<pre>(?:the\s+)?(?:past|{_LAST_VERB}last|next|first|coming|previous|following|final|remaining|"
    rf"latest|initial|additional|recent)|nearly|almost|about|around|roughly|approximately|more\s+than|less\s+than|"
    rf"fewer\s+than|over|under|at\s+least|up\s+to|no\s+more\s+than|"
    rf"the(?=\s+{_NUM}\s+{_UNIT_PLURAL}(?:\s*[,.;:)]|\s+(?:ended|ending)\b)))\s+)?"
    # a dash set off by spaces after digits opens no range to a number word: "in May 2013 - four months after";
    # "seven-and-a-half years" is hyphenated as "seven and a half years" is not
    rf"(?P<num>{_NUM})(?:(?:\s+(?:to|or)\s+|[-–]|\s*[-–]\s*(?=\d)|(?<!\d)\s+[-–]\s+)"
    rf"(?P<num2>\d+|(?:{_NUMWORD})))?"
    rf"(?P<half0>\s+and\s+a\s+half|-and-a-half)?[\s-]+(?:(?:more|additional|straight|"
    rf"consecutive|full|long|trading|business|working)\s+)?(?P<unit>{_UNIT})(?P<half>\s+and\s+a\s+half)?")

# Each rule: (pattern, rule, gate). A gate is a cheap regex the article must contain for the pattern
# to be worth scanning for ("centur" before looking for centuries). Only where it pays: the stretches
# around a trigger's hits are scanned fast, and a gate searched through an article that lacks it costs
# more than that scan (the clock's and the sets' caseless gates, "before|after", "spring|summer|…").
_P: list[tuple[str, Callable[[Context, dict], _Result | None], str | None]] = [
    (r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d{1,9})?)?"
     r"(?:(?P<utc>Z)|(?P<off>[+-][01]\d):?(?P<offm>[0-5]\d))?)?\b", _r_iso, None),
    (r"(?<![\d/])(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])", _r_numeric, None),
    # With hyphens, as South Asian and British copy write a date ("held on 28-09-2030"): a year of four digits
    # only, as "10-12-14" may be a record of wins, losses and ties.
    (r"(?<![\d-])(?P<m>[0-3]?\d)-(?P<d>[0-3]?\d)-(?P<y>(?:19|20)\d\d)(?![\d-])", _r_numeric, None),
    # The day of the 2001 attacks by the name news gives them: "after 9/11", "the Sept. 11 attacks"
    # (the day's date alone, "on Sept. 11", is the nearest one, as any other).
    (rf"(?<![\d/.,])9/11(?![\d/]|\.\d)|\b(?:{_MONTH_SEPT})(?:\s+|(?<=\.))11(?:th)?"
     r"(?=\s+(?:terrorist\s+|terror\s+)?(?:attacks|hijackers|commission)\b)", _r_september_11, None),
    # "the week of March 6", "the weekend of Dec. 12-13" or "of 12-13 December" (a range's second day in that week);
    # as business and statistics copy date a week by its last or first day, "the week ended Oct. 18", "the week to
    # 24 October", "the week commencing 3 November"
    (rf"\bthe\s+week(?:(?P<end>end)?\s+of|\s+(?:ended|ending|to|beginning|commencing|starting)(?:\s+on)?)\s+"
     rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:\s*[-–]\s*{_DAY})?"
     rf"|(?P<d2>{_DAY})(?:\s*[-–]\s*{_DAY})?\s+(?P<mon2>{_MONTH}))(?:,?\s+(?P<y>{_YEAR}))?",
     lambda c, g: _r_week_of(c, {**g, "mon": g.get("mon") or g["mon2"], "d": g.get("d") or g["d2"]}),
     "week(?:end)?\\s+of|week\\s+(?:ended|ending|to|beginning|commencing|starting)"),
    # "the week ended Friday", "the week to Saturday": the week of the weekday last past (by the tense for "ending")
    (rf"\bthe\s+week\s+(?P<kind>ended|ending|to)\s+(?:on\s+)?(?P<wd>{_WEEKDAY})(?![\w'’-])", _r_week_to_weekday,
     "week\\s+(?:ended|ending|to)"),
    (rf"\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+(?P<mon>{_MONTH})"
     rf"(?:,?\s+(?P<y>{_YEAR}))?", _r_nth_week, "week\\s+(?:of|in)"),
    # "the first Tuesday of February", "the last Friday in March 2027": that day of the month
    (rf"\bthe\s+(?P<nth>first|second|third|fourth|fifth|last|final)\s+(?P<wd>{_WEEKDAY})\s+(?:of|in)\s+"
     rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?", _r_nth_weekday, None),
    (rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\s*[-–]\s*(?:(?P<mon2>{_MONTH})(?:\s+|(?<=\.)))?"
     rf"(?P<d2>{_DAY})(?!\s*(?:%|percent|,\d|\.\d|:\d))(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?", _r_day_range, None),
    # The same in words, the second day bare ("a poll conducted Nov. 6 to 10 on cellphones"): only where
    # a clause goes on after it, so "rose from July 14 to 46 percent" stays a date and a count (no
    # barrier character in the look: see BARRIER).
    (rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\s+(?:to|through|thru|until|till)\s+(?P<d2>{_DAY})"
     rf"(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?"
     r"(?=\s*(?:[.,;:)’]|$)|\s+(?:on|in|at|and|or|with|among|by|for|from|when|while|as|"
     r"before|after|this|last|next)\b)", _r_day_range, None),
    # "the" before "Aug. 7" belongs to the noun the date modifies ("the Aug. 7 bombings"), not the date.
    # "December the 21st" (British, spoken): an ordinal after "the" is a day where a day's place ends it, as
    # "on the 21st" is (not "in May the 5th Fleet").
    # An abbreviation's dot may stand for the space ("Sept.11, 2001", "Jan. 27-Feb.1").
    (rf"\b(?:(?P<wd>{_WEEKDAY}|{_WEEKDAY_SHORT}),?\s+)?(?P<mon>{_MONTH})(?:\s+|(?<=\.))"
     rf"(?:(?P<the>the)\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))?(?P<d>{_DAY})"
     rf"(?!\s*(?:%|percent|,\d|\.\d|:\d))(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?", _r_day_month, None),
    # Day first, as British and Commonwealth papers write a range: "1-3 March", "20–24 October 2026", "from 1 to 3
    # March", "between 1 and 3 March" (one expression, as "Oct. 20-24" is)
    (rf"\b(?P<d>{_DAY})(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+|(?<=\bbetween\s\d)\s+and\s+"
     rf"|(?<=\bbetween\s\d\d)\s+and\s+)(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})"
     rf"(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?",
     lambda c, g: _r_day_range(c, g), None),  # (not opening with its month: no OPENS_AT_TRIGGER rank)
    # (a day in words takes "the" and "of": "the third of March", not "the first March rally")
    (rf"\b(?:(?P<wd>{_WEEKDAY}|{_WEEKDAY_SHORT}),?\s+)?"
     rf"(?:(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?|the\s+(?P<dw>{_DAY_WORD})\s+of)"
     rf"\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?", _r_day_month, None),
    # "the 14th of next month", "the second of last month": that day of the month before or after the anchor's
    (rf"\bthe\s+(?:(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))|(?P<dw>{_DAY_WORD}))\s+of\s+"
     r"(?P<rel>last|next|this)\s+month\b", _r_day_of_rel_month, None),
    # A day of the month alone, where its place makes it a date: after a preposition of time or a
    # weekday ("on the 14th", "by the 21st", "Friday the 13th", British "Saturday 14th"); not "the 14th
    # amendment" (see the rule).
    (r"(?:(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("on", "by", "until", "till", "since", "from", "before", "after",
                                                      "and", "to", "through"))
     + rf")the\s+|\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b",
     _r_day_of_month, None),
    (rf"\b(?:(?P<mod>{_MOD})[\s-]+)?(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following|"
     rf"coming)|that)\s+)?(?P<mon>{_MONTH_ALONE})(?:-(?P<mend>end)\b)?"
     rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<yw>{_YEAR_WORDS}))"
     rf"|{_REL_YEAR})?",
     _r_month, None),
    (rf"(?<![$€£#\d.,/-])(?:the\s+(?=\d{{4}}\s*[-–/]\s*\d{{1,4}}\s+{_NAMED_YEAR}))?"
     r"(?:(?:fiscal(?:\s+year)?|financial\s+year|FY)[\s-]?)?(?:(?<=FY)|\b)"
     r"(?P<y>1[6-9]\d\d|20\d\d)\s*[-–/]\s*"
     rf"(?P<y2>1[6-9]\d\d|20\d\d|\d\d?)(?![\d%]|[.,]\d|-\d|/\d)(?:\s+{_NAMED_YEAR})?", _r_year_range, None),
    (rf"(?<![$€£#\d.,/-])(?:(?P<mod>{_MOD})[\s-]+)?(?:the\s+(?=\d{{4}}\s+{_NAMED_YEAR}))?"
     rf"(?:(?P<fiscal>fiscal(?:\s+year)?|financial\s+year|FY)[\s-]?|(?-i:CY)[\s-]?)?"
     rf"(?:(?<=FY)|(?<=CY)|\b)(?P<y>{_YEAR}){_YEAR_BLOCK}(?:\s+{_NAMED_YEAR})?",
     _r_year, None),
    # "FY26", "fiscal 26"; analysts' "CY26", "CY2026" (the calendar year, as against the fiscal one): the year
    (r"\b(?:(?P<fiscal>fiscal(?:\s+year)?\s+|FY(?:\s|['’])?)|(?-i:CY)[\s-]?)(?P<y>\d\d)\b", _r_year,
     "fiscal|fy|cy"),
    # A year by its last two digits after an apostrophe, as speech and headlines write it ("won in '08 and '12",
    # "the class of '18", "prepping for '18"), after a preposition, "and", "since", "until" or "the" (not a
    # quoted title, "on '60 Minutes'", a count, "'18 percent", nor a quotation's first word)
    (r"(?<=\s)['‘’](?P<y>\d\d)(?![\w'’%]|[.,:]\d|\s+percent\b)", _r_apostrophe_year, None),
    # "the mid-to-late 1990s", "the early- to mid-2000s": one expression, the decade with no mod (a mod names one
    # third of it, these two)
    (r"\b(?:the\s+)?(?:(?:(?P<mod0>early|mid)[\s-]*(?:to|-|–)[\s-]*)?(?P<mod>early|mid|late)[\s-]+)?"
     r"(?:(?P<dec>(?:1[6-9]|20)\d0)|['‘’](?P<dec2>\d0))['’]?s\b",
     lambda c, g: _r_decade(c, {**g, "dec": g.get("dec") or g["dec2"]}), "0['’]?s"),
    # "the sixties", "the aughts". The gate ("ties" or "aughts") opens on the "s" they end in, so its search skips to
    # each "s" (a fast scan for one literal), where "ties|aughts" tried the set {t, a} at every character (0.021 ->
    # 0.007 CPU s for the 1,417 texts of PolNeAR train and PerSenT dev); the to-date gate below opens on "d" alike.
    (rf"\bthe\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<word>{'|'.join(_DECADE_WORDS)})\b", _r_decade,
     r"s(?:(?<=ties)|(?<=aughts))"),
    # "the first half of the 20th century", "the end of the 19th century": the century with its mod
    (rf"\b(?:(?P<pre>{_MOD})\s+)?(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?"
     rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{alternation(_ORDINALS)})[\s-]+century\b"
     r"|\b(?P<this>this|the\s+current)\s+century\b", _r_century, "centur"),
    # Hyphenated, a quarter is an adjective and "the" belongs to its noun ("the third-quarter loss").
    # "the end of the third quarter" (mod END), "fiscal 2026's first quarter" (the year's). One \b in front
    # of the optional modifier (a word follows it either way) gives the scan its start (timexes._finder).
    (rf"\b(?:(?P<mod>{_MOD})[\s-]+)?"
     rf"(?:the\s+(?!(?:fiscal[\s-]+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)-(?:quarter|half)\b))?"
     rf"(?:(?P<rel>last|next|this|current|same)\s+)?(?:(?P<rel2>last|next|this)\s+year['’]s\s+)?"
     rf"(?:(?:fiscal[\s-]+)?(?P<y1>{_YEAR})(?:['’]s)?\s+)?(?:fiscal[\s-]+)?"
     rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half)\b"
     rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y2>{_YEAR})|(?P<rel3>last|next|this)\s+year))?", _r_quarter, None),
    # Two quarters make a half: "the first two quarters of 1990" is 1990-H1 ("the last two quarters"
    # alone is the past six months, a duration: a year must follow it).
    (rf"\b(?:the\s+)?(?:(?P<ord>first)\s+two\s+quarters\b|(?P<end>last|final|second)\s+two\s+quarters(?=\s+of\b))"
     rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y2>{_YEAR})|(?P<rel3>last|next|this)\s+year))?",
     lambda c, g: (_r_quarter(c, {**g, "unit": "half", "ord": "first" if g.get("ord") else "last"})
                   if g.get("ord") or g.get("y2") or g.get("rel3") else None),
     "quarter"),
    # "Q3 2026", "Q1 FY26", "FY26 Q1", analysts' "Q4 CY26" (the calendar year's, as "CY26" is a year)
    (r"\b(?:the\s+)?(?:[FC]Y\s?(?P<y0>(?:19|20)?\d\d)\s+)?(?P<unit>Q)(?P<q>[1-4])"
     r"(?:[\s/-]*(?:[FC]Y)?(?P<y>(?:19|20)?\d\d)\b)?(?!\w)", _r_quarter, "q[1-4]"),
    (r"\b(?:the\s+)?(?P<rel>next|coming|following|previous|prior|preceding)\s+(?:fiscal\s+)?quarter\b"
     r"(?![\s-]+(?:of|century|mile|point)|-to-)", _r_next_quarter, "quarter"),
    # A calendar quarter by its months, as Indian, Japanese and wire business copy name it: "the July-September
    # quarter" (2026-Q3), or by its last month, as Australian and New Zealand copy do: "the June quarter" (2026-Q2),
    # and their half years: "the December half" (2026-H2). Months that make no calendar quarter or half are left to
    # the months' patterns.
    (rf"\b(?:the\s+)?(?P<mon>{_MONTH})(?:\s*(?:[-–]|\s+to\s+)\s*(?P<mon2>{_MONTH}))?(?:\s+(?P<y>{_YEAR}))?"
     rf"\s+(?P<unit>quarter|half)\b", _r_months_quarter, "quarter|half"),
    # The business pages' shorthand, with its year: "H1 2026", "1H26", "2H FY25", "2H CY25" (a half), "3Q25" (a
    # quarter).
    # A year of two digits only written on to it ("3Q25", "H1'26", "2H FY25"), not "3Q 12 points". Without a
    # year ("H1 profit", "in H2") only in an article about results or after a preposition of time (not the
    # "H1-B" visa).
    (r"\b(?:H(?P<h>[12])|(?P<h2>[12])H|(?P<q>[1-4])Q)(?:[\s/-]*(?:[FC]Y\s?)?(?P<y>(?:19|20)\d\d)"
     r"|(?:[/-]|\s?[FC]Y\s?|['’])?(?P<y2>\d\d))?\b(?![\w%])",
     lambda c, g: None if not (g.get("y") or g.get("y2")) and (
         _HALF_AFTER.match(c.text, c.match.end()) or not (c.quarterly or _HALF_BEFORE.search(c.before(12))))
     else _r_quarter(c, {"y": g.get("y") or g.get("y2"), **({"unit": "Q", "q": g["q"]} if g.get("q") else
                                                            {"unit": "half", "ord": g.get("h") or g["h2"]})}),
     None),
    (r"\b(?:the\s+)?(?:comparable\s+|same\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year|year\s+ago)\s+"
     r"(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period)\b"
     r"|\bthe\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)\b", _r_year_ago_quarter, "year"),
    (rf"\bthe\s+(?P<y>{_YEAR})\s+(?:quarter|period)\b|\b(?P<rel>last|this)\s+year['’]s\s+(?:quarter|period)\b"
     r"|\bthe\s+(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:of\s+)?last\s+year\b",
     _r_year_quarter, None),
    # "the year-earlier nine months": one phrase, a span as long as the one reported on ("the" only then:
    # in "the year-earlier results" it goes with "results").
    (rf"(?:\bthe\s+(?=year-(?:earlier|ago)\s+{_NUM}\s+(?:months|weeks)\b))?\b(?:year-earlier|year-ago)\b"
     rf"(?:\s+(?P<span>{_NUM})\s+(?P<unit>months|weeks)\b)?", _r_year_earlier, None),
    (r"\b(?:the\s+(?:(?P<rel>latest|current|most\s+recent|this|past)\s+)?|(?P<this>this)\s+)quarter\b"
     r"(?![\s-]+(?:of|century|mile|point)|-to-)"  # "the quarter-to-quarter comparison" compares, dates nothing
     r"|\bthe\s+(?:latest|most\s+recent)\s+period\b",
     _r_latest_quarter, None),
    (rf"(?<![\w-])overnight(?![\w-])(?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY})(?!\w)|\s+into\s+(?P<into>{_WEEKDAY})(?!\w))?",
     _r_overnight, None),
    (rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<pmod>early|late|mid)[\s-]?(?P<part0>{_PART})\s+)?"
     rf"(?P<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
     rf"yesterday|today|tomorrow|tonight)\b(?:\s+(?P<part>{_PART}))?", _r_relative_day,
     None),
    (rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|"
     rf"following|next)|coming|past)\s+)?(?P<wd>{_WEEKDAY})(?!\w)(?:\s+(?P<part>{_PART}))?"
     # Irish and British: "on Tuesday last", "on Monday next", where a clause or a phrase goes on after it (not
     # "Tuesday last week", "Monday next to …")
     # (a lookahead at words, not at punctuation: see BARRIER)
     r"(?:\s+(?P<after>last|next)(?![\w-])"
     r"(?!\s+(?!(?:in|at|and|or|when|while|on|from|after|before|with|by|but)\b)\w))?",
     _r_weekday, None),
    (rf"\b(?:(?P<mod>{_MOD})[\s-]+)?(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:past|previous|following|"
     rf"coming)|that)\s+|the\s+)?(?P<season>{_SEASON})"
     rf"(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<ys>1[6-9]\d\d|20\d\d)(?=[-–/]\d)"
     rf"|(?P<yw>{_YEAR_WORDS})))?",
     # "the winter of 2004-5": the winter that begins in the first year ("-5" stays outside the extent)
     lambda c, g: _r_season(c, {**g, "y": g.get("y") or g.get("ys")}), None),
    (r"\bthis\s+time\s+(?P<rel>last|next)\s+(?P<unit>week|month|year)\b", _r_this_time, None),
    (rf"\b(?P<num>{_NUM})\s+(?:(?P<unit>years?|decades?)\s+ago\s+(?:this\s+(?P<this>week|month)|today)"
     rf"|weeks?\s+ago\s+(?P<wd>{_WEEKDAY}))(?![\w'’-])", _r_ago_this, None),
    (rf"\bthe\s+(?P<unit>day|{_PART_NOUN})\s+(?P<side>before|after)\b", _r_day_before, None),
    (rf"\b(?:(?P<mod>earlier|later)\s+)?(?P<rel>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|"
     rf"the\s+preceding|the\s+prior)\s+(?P<unit>day|week|month|year|{_PART_NOUN})\b", _r_anaphoric, None),
    # "the next year or so", "the past decade or so": about that long, "or so" in the extent as TimeML takes it
    (rf"\b(?:(?P<mod>{_MOD})[\s-]+)?(?P<rel>{_REL}|the)\s+(?P<unit>week(?:end)?|month|year|decade|century|"
     rf"{_FISCAL_YEAR}|day|{_PART_NOUN})\b(?P<so>\s+or\s+so\b)?", _r_the_unit, None),
    (r"\bthe\s+(?P<kind>full|current|fiscal|financial|(?:latest|current)\s+(?:fiscal|financial))\s+year\b(?!\s+end)"
     r"|(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bin\s))the\s+year\b(?!\s+(?:end|ago|before|after|earlier|later|of|in|\d))"
     r"|\bthe\s+year(?=\s+(?:ended|ending)\b)"
     # "in the new year", "until the New Year" (capitalised, after a preposition, it is no holiday's name)
     r"|\bthe\s+(?P<new>(?-i:new\s+year)|(?:(?<=\bin\sthe\s)|(?<=\binto\sthe\s)|(?<=\buntil\sthe\s)|"
     r"(?<=\bby\sthe\s))(?-i:New\s+Year))\b(?![-'’])", _r_the_year, "year"),
    (r"\b(?:the\s+year\s+)two\s+thousand(?:\s+and\s+(?P<n>[a-z]+))?\b",
     lambda c, g: ("DATE", str(2000 + int(_number(g["n"]) or 0) if g.get("n") else 2000), None)
     if not g.get("n") or _number(g["n"]) else None, "thousand"),
    (r"\bthe\s+weekend\b", lambda c, g: _r_relative_unit(c, {"unit": "weekend", "rel": "this", "the": "the"}), None),
    (rf"\b(?P<yw>{_YEAR_WORDS})", lambda c, g: ("DATE", _year_of_words(g["yw"]), None), "nineteen"),
    # "a day-long siege", "weeks-long talks", and closed up as news often writes them: "the yearlong battle",
    # "a daylong series", "a weeklong tour" (TimeML: P1Y, P1D, P1W; "decadeslong" a vague count)
    (rf"\b(?:(?P<unit>{_UNIT})[\s-]|(?P<closed>{_CLOSED_UNIT})(?=long\b))long\b", _r_long, None),
    # "by year-end", "at month-end", "by week's end" (not "week-end", the weekend's old spelling): the anchor's
    (r"\b(?P<unit>year|month)[\s-]end\b|\b(?:the\s+)?(?P<unit2>year|month|week)['’]s\s+end\b"
     r"|\bend[\s-]of[\s-](?P<unit3>year|month)\b",
     lambda c, g: ("DATE", _shift(c.anchor, 0, g.get("unit") or g.get("unit2") or g["unit3"]) if c.anchor else None,
                   "END"), "end"),
    # "up 14% year to date", "year-to-date sales", "in the quarter to date", "YTD": the anchor's year (quarter, month)
    # from its start up to the anchor's day. The gate, "to date" or "ytd", "qtd", "mtd", opens on their "d" (0.044 ->
    # 0.007 CPU s for those 1,417 texts, written "to[\s-]date|[ymq]td")
    (r"\b(?<!fiscal\s)(?<!financial\s)(?:the\s+)?(?P<unit>year|quarter|month)[\s-]to[\s-]date\b"
     r"|\b(?-i:(?P<abbr>[YQM])TD)\b", _r_to_date, r"d(?:(?<=to[\s-]d)ate|(?<=[ymq]td))"),
    # "in two weeks' time", "a month’s time" (and, as often written, "in two weeks time"): "time" heads the phrase,
    # and TimeML's extent takes it in. The gate keeps the scan from the stretch around every "time" (its trigger's
    # scan finds each one): "time" after "s", "'" or "’" and one space, or after two spaces (a run of them after
    # those characters). It opens on "time", so its search skips to each one; opening on the "s" before, it tried
    # a match at every "s" of the article and cost the stage more than the scans it spared.
    (_COUNTED_UNITS + r"(?P<time>(?:['’]s?|(?<=s))\s+time\b)"
     r"(?![\s-]*(?:frame|limit|span|scale|lag|zone|table|line)s?\b)", _r_duration, r"time(?<=[s'’]\stime|\s\stime)"),
    # "a year or two", "two weeks or more" (before no word, or before "ago"/"earlier"/"later"): one expression, a
    # range of counts or an open end, as "two or three days" is
    (_COUNTED_UNITS + rf"(?:\s+or\s+(?:(?P<num3>{_NUMWORD})|(?P<more>more|longer|less))"
     r"(?:(?![\s-]*\w)|(?=\s+(?:ago|earlier|later)\b)))?"
     r"(?:[\s-]+long\b|(?P<old>[\s-]+old\b))?(?:\s+(?P<rel>ago|earlier|from\s+now|hence|"
     r"or\s+so(?:\s+(?:ago|earlier))?)\b|(?=\s+(?P<later>later)\b))?", _r_duration, None),
    # "in the weeks ahead": "ahead" belongs to the expression; so does "a matter of" ("within a matter of days", a
    # vague count), and a word placing the stretch next to a time told ("the preceding months"). A bare plural
    # before "ago", "earlier", "later", "before" or "after" is a vague count from a time ("Days before the vote",
    # "spoke hours after the raid": the count alone, as TimeBank tags "ten days before the shooting", "twenty years
    # after"). Each way opens a word (after "for ", "within ", "in " too): the \b in front of them all gives the
    # scan its start (timexes._finder).
    (rf"\b(?:(?:recent|the\s+(?:past|last|next|coming|{alternation(SEQUENCE_WORDS)})(?:\s+(?:few|several))?|coming|"
     rf"the|a\s+matter\s+of)\s+"
     rf"(?P<unit>{_UNIT_PLURAL})(?!\s+(?:of|old)\b)(?:\s+ahead\b)?"
     rf"|(?P<unit2>{_UNIT_PLURAL})(?=\s+(?:ago|earlier|later|before|after)\b)"
     rf"|(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<unit3>{_UNIT_PLURAL})(?!\s+(?:of|old)\b)"
     rf"|(?<=\bin\s)(?P<unit4>{_UNIT_PLURAL}))",
     lambda c, g: None if g.get("unit4") and not (_CLAUSE_END.match(c.text, c.match.end())
                                                 and _SINCE_LONG.search(c.text[c.sentence[0]:c.match.start()]))
     else _r_plural_units(c, {"unit": g.get("unit") or g.get("unit2") or g.get("unit3") or g["unit4"]}), None),
    # "every second Tuesday", "every third week" (British): every other one, every three
    (rf"\b(?:every|each)\s+(?:(?P<other>other)\s+|(?P<nth>second|third|fourth)\s+)?(?:(?P<n>{_NUM})\s+)?"
     rf"(?P<what>{_UNIT}|(?P<wday>{_WEEKDAY})(?:\s+(?P<wpart>{_PART}))?|{_MONTH}|{_SEASON}|{_PART})"
     rf"|\b(?P<adv>{'|'.join(_SET_ADVERBS)})\b|\b(?P<wds>{alternation(WEEKDAY_WORDS[0])})s\b"
     rf"|\b(?P<wes>{'|'.join(_WEEK_PARTS)})\b"
     rf"|\b(?P<wdp>{alternation(WEEKDAY_WORDS[0])})\s+(?P<parts>mornings|afternoons|evenings|nights)\b", _r_set, None),
    # A rate's unit: "three times a week", "once a month", "twice per day" (TimeBank: "a year", SET P1Y); not "at
    # times a year ago".
    (r"(?:(?<=\btimes\s)|(?<=\bonce\s)|(?<=\btwice\s))(?:a|an|per|each)\s+(?P<unit>hour|day|week|month|year)\b"
     r"(?!\s+(?:ago|earlier|later|before|after)\b)",
     lambda c, g: None if re.search(r"\bat\s+times\s$", c.before(10), re.I) else ("SET", _duration(1, g["unit"]), None),
     None),
    # "10:30 a.m.", "10.30am" (British), "noon", and a 24-hour time with its zone ("14:30 GMT", "1430 GMT").
    (rf"\b(?:(?P<H>[01]?\d|2[0-4])(?:[:.](?P<M>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[ap]\.m\b)|(?P<noon>noon|midnight|"
     rf"midday)\b|(?<![\d:.,])(?P<H24>[01]\d|2[0-3]):?(?P<M24>[0-5]\d)(?=\s+(?-i:{_ZONE_24})\b|\s+local\s+time\b)"
     # "at 10:30", "by 9:45": hours and minutes after a preposition of time, with no a.m. or p.m.
     rf"|{_CLOCK_AFTER}(?P<Hc>[01]?\d|2[0-3]):(?P<Mc>[0-5]\d)(?![\d:]|[.,]\d|\s*[ap]\.?m\b)"
     # The clock as it is spoken: "7 o'clock", "seven o'clock in the evening"; "half past nine", "a quarter to
     # six" after a preposition of time ("at", "by"), not a share ("one-quarter to one-third", "by a quarter to six
     # percent", "to six million").
     # (each branch opens on a look-ahead that fails fast: tried at every word of the stretch)
     # "at 4 in the morning", "by ten at night": a bare hour after a preposition of time, with its part of the day.
     rf"|(?={_HOUR_FIRST}\w{{0,5}}(?:{_O_CLOCK}|\s+(?:in\s+the|at)\s))(?:(?<![\d-])(?P<Ho>{_HOUR}){_O_CLOCK}"
     rf"(?:{_SPOKEN_PART.format('po')})?|(?:{_CLOCK_AFTER}|(?<=\bto\s))(?P<Hb>{_HOUR})\s+(?:in\s+the|at)\s+"
     rf"(?P<pb>{_BARE_HOUR_PART})\b)"
     rf"|(?=half\s|a\s+quarter\s|quarter\s){_CLOCK_AFTER}(?P<frac>half|(?:a\s+)?quarter)\s+(?P<dir>past|after|to)\s+"
     rf"(?P<Hs>{_HOUR})(?![-\w])"
     rf"(?!\s*(?:%|(?:percent|per\s+cent|million|billion)\b))(?:{_O_CLOCK})?(?:{_SPOKEN_PART.format('ps')})?)"
     rf"(?:\s+(?-i:(?P<zone>{alternation(ZONES)}))\b(?:\s+time\b)?|\s+(?P<local>local)\s+time\b)?"
     # The day after it, not past a line break but in a sentence wrapped there ("at 2:43pm PDT⏎On Saturday June 10th,
     # he gardened": the caption's time, then a paragraph; "at 5 p.m.⏎on Friday" goes on)
     rf"(?:(?:,?[^\S\n]+(?:on\s+)?|,?[^\S\n]*\n\s*(?-i:on)\s+)(?P<when>{_UNNAMED_DATE_REF}))?", _r_clock, None),
    (rf"\b(?:(?P<rel>last|next|this)\s+)?(?-i:(?P<hol>{_HOLIDAY}))(?!\w)(?:\s+(?P<y>{_YEAR}))?",
     _r_holiday, None),
    # European dates, day first with points ("12.03.2025"); not a version or a number's thousands.
    (r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.,]\d|\d)", _r_dotted, None),
    # The same and American "10/24" without a year, after "on" or a weekday ("on 24.10", "Fri 10/24"); not 24/7
    (rf"(?:(?<=\bon\s)|\b(?P<wd>{_WEEKDAY}),?\s+)"
     r"(?:(?<![\d.,])(?P<dd>[0-3]\d|[1-9](?=\.\d\d\.))\.(?P<dm>0[1-9]|1[0-2])\.?(?![\d.,]?\d)"
     r"|(?<![\d/])(?!24/7\b)(?P<sm>[0-3]?\d)/(?P<sd>[0-3]?\d)(?![\d/]))", _r_numeric_no_year, None),
    (rf"\bthe\s+(?:(?P<unit>weekend|week|month|year)|(?P<wd>{_WEEKDAY}))\s+(?P<side>after\s+next|before\s+last)\b",
     _r_two_away, None),
    # British: "a week on Saturday", "Saturday week", "Tuesday fortnight", "a fortnight tomorrow"; not the count
    # of "the first rise in a week on Monday", nor "Monday week-long", "Tuesday week of talks".
    (r"(?<!\bin\s)(?<!\bfor\s)(?<!\bthan\s)(?<!\bover\s)(?<!\bwithin\s)(?<!\bof\s)"
     rf"\ba\s+(?P<unit>week|fortnight)\s+(?:on\s+)?(?:(?P<wd>{_WEEKDAY})|(?P<rd>today|tomorrow)\b)"
     rf"|\b(?:(?P<rel>last|next)\s+)?(?P<wd2>{_WEEKDAY})\s+(?P<unit2>week|fortnight)\b"
     rf"(?![-'’]|\s+(?:of|in|out|after|before|ago|earlier|later)\b)",
     _r_week_on, None),
    # British: "the past fortnight", "the next fortnight" (two weeks, as "the past two weeks" is).
    (r"\b(?:the\s+)?(?:past|last|next|coming|previous|following)\s+fortnight\b",
     lambda c, g: ("DURATION", "P2W", None), None),
    # The \b, implied by the lookbehind before a letter, gives the scan its start (timexes._finder).
    (rf"\b(?<![\w-])(?P<vague>{alternation(VAGUE)})(?![\w-])", _r_vague, None),
]
# A trigger is a regex every match of its pattern contains. No pattern (lookarounds included) can
# consume a BARRIER character, so a match lies between two barriers: the pattern need only scan the
# stretches between barriers that hold its trigger. Worth it for the costly ungated patterns.
BARRIER = re.compile(r'[!"&(*?\[\]—“”]')  # not "–": ranges use it ("Oct. 20–24")
# Around an alternation of lower-case words (and phrases) that stand whole in every match of a pattern,
# after no letter and before none: the one scan for words (timexes._words) then takes a run of
# letters for the trigger when it is one of the words, not when it holds one ("Monday" holds "day").
WHOLE_WORDS = ("(?<![a-z])(?:", ")(?![a-z])")


def _whole(alternatives: str) -> str:
    """The trigger ``alternatives`` in :data:`WHOLE_WORDS`' brackets, for patterns each match of which
    holds one of its words whole: a run of letters that only holds one ("Monday") gives no stretch."""
    return WHOLE_WORDS[0] + alternatives + WHOLE_WORDS[1]


# A month ends at a word's end in every pattern: "Marco", "Mayor" and "Janet" hold no month.
_T_MONTH = "(?-i:" + alternation(MONTH_WORDS[0] + MONTH_WORDS[1]) + r")\b"
# A weekday, and each word of the sets' pattern, stands whole in every match too ("Mondays" as a set).
_T_WEEKDAY = _whole(alternation({w.lower() for w in WEEKDAY_WORDS[0] + WEEKDAY_WORDS[1]}))
# Both patterns that count units take a unit, and its plural ending, as whole words (after a space or a
# hyphen, before a word's end): "Monday", "today" and "yearly" hold none for them.
_T_UNIT = _whole(alternation({u + end for u in UNITS for end in ("", "s", "es")} | {"centuries", "millennia"}))
# The three patterns naming one calendar unit ("the same day", "last week", "the night before") take it as a
# whole word, after spaces and before a word's end, as the counting ones do.
_T_CALENDAR_UNIT = _whole("day|weekend|week|month|year|fiscal|decade|century|" + alternation(PARTS_OF_DAY))
_T_SET = _whole("every|each|" + "|".join(_WEEK_PARTS) + "|" + "|".join(_SET_ADVERBS) + "|"
                + alternation({w.lower() + end for w in WEEKDAY_WORDS[0] for end in ("", "s")}))
_T_QUARTER = _whole("quarter|period")
# "in two weeks' time" and, as often written, "in two weeks time": "s", "'" or "’", white space and "time" (a
# trigger of the apostrophe alone missed the second where the text is scanned caseless), written as the two
# characters before "time" are (one of those and a space, or two spaces): its key on the lowered text is "time"
# after them, not every "time" ("at the time", "on time").
_T_UNITS_TIME = r"[s'’\s]\stime"
# The ending of a day's ordinal with the digit before it ("4th", "21st"): a scan skips to a digit, as it
# cannot to a letter as common as "s" or "t".
_T_DAY_ORDINAL = "1st|2nd|3rd|" + "|".join(f"{d}th" for d in range(10))
# The day before its month ("15 October", "1-3 March", "the 3rd of May", "the third of March"): in each match of
# those two patterns the month follows a day's last digit, its ordinal's ending or "of", and spaces. Their trigger
# is the month's hits with that before them (timexes._led_hits), not every month: American news writes no day
# before its month, and each month made a stretch both patterns scanned for nothing (0.04 CPU s on PolNeAR train).
_T_DAY_MONTH = r"(?:\d|st|nd|rd|th|of)\s+" + _T_MONTH
# A year's two digits after an apostrophe ("in '08") and a digit, a period or slash and a digit ("2.5 days", "1/2"),
# each way written out with its own literal (the apostrophes, the period, the slash): the keys on the lowered text
# (timexes._key) skip to those, where a class opening the trigger ("['‘’]\d\d", "\d[./]\d") gave none and the
# scan for it tried every character (0.015 -> 0.008 and 0.036 -> 0.007 CPU s over PolNeAR train and PerSenT dev).
_T_APOSTROPHE_YEAR = r"'\d\d|‘\d\d|’\d\d"
_T_DECIMAL_OR_FRACTION = r"\d\.\d|\d/\d"
# In _whole's brackets: the words each match of the pattern holds whole (after a word boundary, a space
# or a hyphen, before a word's end); the one scan for words finds them all. ("nineteen" stays out: its
# rarest letter, "n", would stop that scan at every "n" of a text.)
_TRIGGERS = [r"\d-[01]\d-", r"\d/", r"\d-\d\d?-[12]", "11", _whole("weekend|week"), _whole("week"), _whole("week"),
             _T_WEEKDAY, _T_MONTH,
             _T_MONTH, _T_MONTH, _T_DAY_MONTH, _T_DAY_MONTH, _whole("month"), _T_DAY_ORDINAL, _T_MONTH,
             r"1[6-9]\d\d|20\d\d", r"1[6-9]\d\d|20\d\d", _whole("fiscal|fy|cy"), _T_APOSTROPHE_YEAR, "0['’]?s",
             _whole("|".join(_DECADE_WORDS)),
             _whole("century"), _whole("quarter|half"), _whole("quarters"), "q[1-4]", _whole("quarter"),
             _whole("quarter|half"),
             r"h[12]|[12]h|[1-4]q", _T_QUARTER,
             _T_QUARTER, "year-", _T_QUARTER, _whole("overnight"), _whole("yesterday|today|tomorrow|tonight"),
             _T_WEEKDAY, _whole(alternation(SEASONS)), _whole("year|month|week"), _whole("ago"), _T_CALENDAR_UNIT,
             _T_CALENDAR_UNIT,
             _T_CALENDAR_UNIT,
             _whole("year"), _whole("thousand"), _whole("weekend"), "nineteen",
             _whole("long|" + "|".join(u + "long" for u in _CLOSED_LONG)),
             _whole("year|month|week"), _whole("date|ytd|qtd|mtd"),
             _T_UNITS_TIME, _T_UNIT, _T_UNIT, _T_SET, _whole("hour|day|week|month|year"),
             # Whole words, as the clock pattern has them: not "camp", "Obama", "afternoon", "time", "meet".
             r"(?<![a-z])[ap]\.?m(?!\w)|(?<!\w)(?:noon|midnight|midday|" + _ZONE_24.lower() + r")(?!\w)|\d:[0-5]\d"
             # The spoken clock's phrases with one space, whole: a key of "past" or "quarter" alone would scan
             # the stretch of every "the past year" and "third quarter".
             r"|local(?=\s+time)|o['’]clock|half past|quarter past|quarter after|quarter to"
             # The part of the day after a bare hour, "noon" for "afternoon": their keys (timexes._key) join those
             # for "midnight", "eet" and "noon", where a phrase's would open a scan on every space, "a" or "in the".
             r"|(?<![a-z])(?:morning|evening|night)(?!\w)|noon",
             "(?-i:" + _HOLIDAY + ")", r"\d\.\d", _T_DECIMAL_OR_FRACTION, _whole("next|last"), _whole("week|fortnight"),
             _whole("fortnight"),
             _whole(alternation(VAGUE))]
assert len(_TRIGGERS) == len(_P)
# The ranks of the patterns every match of which opens with its trigger's match, the month: the day ranges
# ("Oct. 20-24", "Nov. 6 to 10"), found by their rule, not by their place in the list. Tried only where
# their trigger matches, not scanned for (timexes._candidates). Their trigger is case-sensitive, so its
# hits are the starts of its matches (timexes._hits).
OPENS_AT_TRIGGER = frozenset(rank for rank, (_, rule, _) in enumerate(_P) if rule is _r_day_range)
# Triggers written as a lead, spaces and another trigger: their hits are the other's hits with the lead and spaces
# right before them (timexes._led_hits), as (the other trigger, the lead).
LED_TRIGGERS = {_T_DAY_MONTH: (_T_MONTH, r"\d|st|nd|rd|th|of")}


def _caseless(t: str) -> tuple[re.Pattern, re.Pattern | None]:
    """A gate or trigger compiled caseless for the text, and, when it is all lower case (no word
    boundaries), case-sensitive for the lowered text: the same hits, found far faster (a caseless
    alternation has no fast scan)."""
    lower = t == t.lower() and "(?-i:" not in t and "\\b" not in t
    return re.compile(t, re.IGNORECASE), re.compile(t) if lower else None


_COMPILED_TRIGGERS = {t: _caseless(t) for t in set(_TRIGGERS) - {None}}
PATTERNS = [(re.compile(p, re.IGNORECASE), fn, _caseless(g) if g else None, _COMPILED_TRIGGERS.get(t))
            for (p, fn, g), t in zip(_P, _TRIGGERS)]
_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|could|may|might|can|shall)|['’]ll)\s+$")
# "four flights a week": a rate, not a duration.
_RATE = re.compile(r"(?:\d|\b(?:once|twice|times)|\b[a-z]{3,}[^s\W]s)\s+$", re.I)
# The day after a bracketed aside ("10:35 a.m. (0735 GMT) Friday") or closing one that restates the time ("at 4 in
# the morning (4 a.m. EDT Thursday)"): the day of a clock time that names none of its own.
_LATER_DAY = re.compile(rf"\s*\((?:[^()]{{0,25}}\)\s*,?\s*(?:on\s+)?(?P<day>{_WEEKDAY}|yesterday|today|tomorrow)\b"
                        rf"|[^()]{{0,25}}?\b(?P<inner>{_WEEKDAY}|yesterday|today|tomorrow)\.?\))", re.I)


# Time words that prose writes in lower case (months, weekdays and holidays are capitalised anyway;
# seasons often are too: "in Spring 2015", see in_name).
_LOWER_TIME_WORDS = frozenset(
    {w for phrase in VAGUE for w in phrase.split()} | set(UNITS) | {f"{u}s" for u in UNITS} | set(PARTS_OF_DAY)
    | set(_SET_ADVERBS) | {"centuries", "millennia", "today", "tonight", "tomorrow", "yesterday", "noon",
                                         "midnight", "this", "next", "last", "coming", "previous", "following"})
# What may stand just before a word that opens a sentence, line or quotation (searched from a position
# inside the text, where "^" matches only at the text's start: hence the line break in the class).
LINE_OPENING = re.compile(r"(?:^|[\n.!?:;\"“”'‘’`()\[\]—–―_-])\s*$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HOLIDAY_NAME = re.compile(_HOLIDAY)  # "Election Day", "New Year": capitalised as names of days


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the expression ``text[start:end]`` is part of a name: one of its time words that prose
    writes in lower case is capitalised where a sentence, line or quotation does not open, and a
    capitalised word stands next to it ("USA Today", "ABC's This Week", "the Daily Beast", "the film
    High Noon", "CBS This Morning", "Person of the Year"). A line written in title case or capitals
    (a headline: "Vote Scheduled For Next Week") tells nothing by its capitals and is left alone."""
    # A capitalised season is a name's next to a capitalised word ("Summer Creek's gym", "the Summer Olympics"),
    # unless a year follows it ("Glam's Spring 2015 issue").
    seasons = () if any(c.isdigit() for c in text[start:end]) else SEASONS
    words = [m for m in _WORD.finditer(text, start, end)
             if m.group(0)[0].isupper() and (m.group(0).lower() in _LOWER_TIME_WORDS or m.group(0).lower() in seasons)
             and not LINE_OPENING.search(text, max(0, m.start() - 4), m.start())]
    if not words or _HOLIDAY_NAME.search(text, start, end):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b == -1 else b
    # A name is a run of capitalised words, "of", "the", "to" and "and" (or "&") between them ("Person
    # of the Year", "Back to the Future", the radio show "Here & Now"): a capitalised time word alone is
    # emphasis ("we need it NOW") or a writer's habit ("the 20th Century").
    before = _NAME_BEFORE.search(text, a, start)
    after = _NAME_AFTER.match(text, end, b)
    if not (before and before.group(1)[0].isupper() or after and after.group(1)[0].isupper()):
        return False
    line = _WORD.findall(text, a, b)
    return len(line) < 3 or sum(w[0].isupper() for w in line) < 0.6 * len(line)


_NAME_BEFORE = re.compile(r"([A-Za-z][\w'’.&-]*)[\s\"“”'‘’`]+(?:(?:of|the|to|and|&)\s+){0,3}$")
_NAME_AFTER = re.compile(r"[\s\"“”'‘’`]+([A-Za-z][\w'’-]*)")


def day_named(ctx: Context, rule: Callable[[Context, dict], _Result | None], groups: dict) -> date | None:
    """The one day a match names, for day-level rules only (a date, "yesterday", a weekday — the
    most recent one, as in an attribution: "…," she said Saturday); None otherwise."""
    if rule is _r_weekday and not groups.get("rel") and not groups.get("after") and ctx.anchor:
        return weekday_date(ctx.anchor, WEEKDAYS[groups["wd"].rstrip(".").lower()], "past")
    if rule not in (_r_day_month, _r_relative_day, _r_weekday):
        return None
    res = rule(ctx, groups)
    return date.fromisoformat(res[1]) if res and res[1] and re.fullmatch(r"\d{4}-\d\d-\d\d", res[1]) else None
