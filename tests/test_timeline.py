"""Timeline: temporal expressions, events and the cross-article timeline, on fictional texts."""

from __future__ import annotations

import itertools
import json
import re
import string
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from conftest import FIXTURES, shared_path
from presslens import analyse, split_sentences
from presslens.timeline import (build_timeline, evaluate, evaluate_anchoring, evaluate_tempeval, extract_events,
                                extract_timexes, read_timeml, read_timeml_links, timexes_in_text, value_interval)
from presslens.timeline.tempeval import extent_errors, value_errors

PUB = "2031-03-17"  # a Monday


def _tx(text: str, publication_date=PUB) -> pd.DataFrame:
    return extract_timexes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), publication_date=publication_date)


def _values(text: str, publication_date=PUB) -> list[tuple[str, str | None]]:
    return [(r.text, r.value) for r in _tx(text, publication_date).itertuples()]


def _fields(text: str, *columns: str) -> list[tuple]:
    """Each expression of ``text`` (published on PUB) as (text, value, *columns)."""
    return [(r.text, r.value, *(getattr(r, c) for c in columns)) for r in _tx(text).itertuples()]


def test_fixture_article_resolves_every_expression():
    text = (FIXTURES / "timeline" / "harbour.txt").read_text(encoding="utf-8")
    got = [(r.text, r.type, r.value, r.mod) for r in _tx(text).itertuples()]
    assert got == [
        ("Monday", "DATE", "2031-03-17", None),          # past tense, published that Monday
        ("later this week", "DATE", "2031-W12", "END"),
        ("January", "DATE", "2031-01", None),            # "since taking office": the past January
        ("week-long", "DURATION", "P1W", None),
        ("Thursday", "DATE", "2031-03-20", None),        # "will end … on Thursday"
        ("yesterday", "DATE", "2031-03-16", None),       # in a quote, anchored at publication
        ("now", "DATE", "PRESENT_REF", None),
        ("last week", "DATE", "2031-W11", None),
        ("Saturday", "DATE", "2031-03-15", None),
        ("July", "DATE", "2030-07", None),               # "negotiated the July agreement"
        ("Monday", "DATE", "2031-03-17", None),          # "are scheduled for … on Monday"
        ("2019", "DATE", "2019", None),
        ("six years ago", "DATE", "2025", None),
        ("Wednesday", "DATE", "2031-03-19", None),
        ("Thursday", "DATE", "2031-03-20", None),        # "Thursday's summit is expected"
        ("early next year", "DATE", "2032", "START"),
    ]


@pytest.mark.parametrize("text, value", [
    ("The vote was held on Oct. 27, 2025.", "2025-10-27"),
    ("The vote was held on Oct 27, 2025.", "2025-10-27"),
    ("The vote was held on October 27, 2025.", "2025-10-27"),
    ("The vote was held on 27 October 2025.", "2025-10-27"),
    ("The vote was held on 10/27/2025.", "2025-10-27"),
    ("The vote was held on 27/10/2025.", "2025-10-27"),
    # with hyphens, as South Asian copy writes it (was no expression)
    ("The Rampur Mills AGM was held on 28-09-2025.", "2025-09-28"),
    ("The vote was held on 2025-10-27.", "2025-10-27"),
    ("The vote was held on Friday, March 14.", "2031-03-14"),
    ("The vote is due on April 2.", "2031-04-02"),
    ("The port opened in March 1998.", "1998-03"),
    # the day in words, with "the" and "of" (was the month alone)
    ("The Orrin Bay fair opened on the third of March.", "2031-03-03"),
    ("The Orrin Bay fair opens on the twenty-first of June 2031.", "2031-06-21"),
    # a year by its last two digits after an apostrophe (was no expression)
    ("Quill won the Kelby seat in '08, she said.", "2008"),
    ("The Orrin Bay class of ’29 sailed home.", "2029"),
])
def test_explicit_dates_in_news_formats(text, value):
    assert [v for _, v in _values(text)] == [value]


@pytest.mark.parametrize("text, values", [
    # a paper that prints one date of numbers only day first reads its others so (was 2030-12-10, 2030-02-10)
    ("The Kelby levy was set on 27/10/2030 and paid on 12/10/2030.", ["2030-10-27", "2030-10-12"]),
    ("Orrin Bay voted on 28-09-2030; results came on 02-10-2030.", ["2030-09-28", "2030-10-02"]),
    # month first where one says so, or none decides (the American order)
    ("The Kelby levy was set on 10/27/2030 and paid on 12/10/2030.", ["2030-10-27", "2030-12-10"]),
    ("The Kelby levy was paid on 12/10/2030.", ["2030-12-10"]),
])
def test_dates_of_numbers_take_the_order_the_article_writes(text, values):
    assert [v for _, v in _values(text)] == values


@pytest.mark.parametrize("text, value", [
    ("The ferry sailed on Thursday.", "2031-03-13"),
    ("The ferry will sail on Thursday.", "2031-03-20"),
    ("The ferry is expected to sail Thursday.", "2031-03-20"),
    ("Thursday’s sailing will be the last.", "2031-03-20"),
    ("Thursday’s sailing was the last.", "2031-03-13"),
    ("The council meets Friday.", "2031-03-21"),
    ("The council has scheduled a vote Friday.", "2031-03-21"),
    ("The council must vote by Friday.", "2031-03-21"),
    ("The council met last Friday.", "2031-03-14"),
    ("The council meets next Friday.", "2031-03-21"),
    # the plural present of a scheduled event before its weekday, as "meets" (was the Thursday past)
    ("Talks on the Kessa border resume Thursday.", "2031-03-20"),
    ("Kessa voters were urged to vote Thursday.", "2031-03-20"),
    ("A crane fell next to the harbour on Friday.", "2031-03-14"),   # "next to" is a place
    ("Only two ports had filed reports by Friday.", "2031-03-14"),  # past perfect beats "by"
    # "by" opening the sentence, without its comma too: the main verb tells whether the day is past (was the next)
    ("By Thursday the Orrin Bay ferry was back in service.", "2031-03-13"),
    ("By Thursday the Orrin Bay ferry will be back in service.", "2031-03-20"),
    ("On Thursday, the mayor said the ferry would run again.", "2031-03-13"),  # fronted: the saying
    # a past form that is also the bare verb ("hit", "cut", "set") is no past after "to" or a modal
    ("The storm is expected to hit the harbour on Thursday.", "2031-03-20"),
    ("The bank will cut its rates on Thursday.", "2031-03-20"),
    ("The union plans to shut the port on Thursday.", "2031-03-20"),
    ("The storm hit the harbour on Thursday.", "2031-03-13"),
    ("The vote was put off until after Thursday.", "2031-03-20"),     # as "until Thursday"
    ("The vote was postponed to Thursday.", "2031-03-20"),            # put off to a day: ahead, as "until"
    ("The hearing has been pushed back to Thursday.", "2031-03-20"),
    ("The ferry won’t sail on Thursday.", "2031-03-20"),                # a curly apostrophe, "won" no past
    ("The council is likely to approve the plan on Thursday.", "2031-03-20"),
    # a verb that puts off or extends, its object, then "to"/"until"/"through": the new end lies ahead whatever
    # the verb's tense (each was the past one, the object standing between the verb and the preposition)
    ("The Orrin Bay council postponed the vote to Thursday.", "2031-03-20"),
    ("The Orrin Bay council pushed the vote back to Thursday.", "2031-03-20"),
    ("The harbour board has extended the ferry's licence through Thursday.", "2031-03-20"),
    ("The strike at Orrin Bay lasted through Thursday.", "2031-03-13"),   # a span a past verb closes
    # a participle after "as" is no cue, past or future: the main verb decides (each was the Thursday ahead)
    ("Orrin Bay fares fell as expected on Thursday.", "2031-03-13"),
    ("The Orrin Bay ferry sailed as previously scheduled on Thursday.", "2031-03-13"),
    # a present copula before noon or midnight and a weekday, as before a clock time (were the past ones)
    ("The Orrin Bay ferry deadline is midnight Thursday.", "2031-03-20T24:00"),
    ("The Orrin Bay vote is at noon on Thursday.", "2031-03-20T12:00"),
])
def test_weekdays_follow_tense_and_context(text, value):
    assert [v for _, v in _values(text)][0] == value


@pytest.mark.parametrize("text, value", [
    # irregular past forms of a vowel change are past cues too (were none: the month and the holiday ahead)
    ("The Orrin Bay ferry sank at Easter.", "2030-04-21"),
    ("The Orrin Bay ferry sank in May.", "2030-05"),
    ("Quill swam the Orrin strait in June.", "2030-06"),
])
def test_irregular_past_forms_put_the_clause_in_the_past(text, value):
    assert [v for _, v in _values(text)] == [value]


def _weekday_cases() -> list[tuple[str, str]]:
    rows = (FIXTURES / "timeline" / "weekday_direction.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(r.split("\t")) for r in rows if r and not r.startswith("#")][1:]


@pytest.mark.parametrize("text, value", _weekday_cases())
def test_weekday_direction_follows_the_verb_it_attaches_to(text, value):
    # reported speech, plans told in the past, fronted adjuncts, deadlines, ranges, "ahead of", schedules
    assert [v for t, v in _values(text) if re.search(r"day\b", t)][0] == value


@pytest.mark.parametrize("text, value", [
    # a weekday's possessive right after a lead-in word is the nearer such day (issue 16: each was the one behind)
    ("Quill's stumble days before Thursday's Orrin Bay vote has emboldened her rivals.", "2031-03-20"),
    ("Heading into Wednesday's harbour primary, Brann's lead over Quill has all but vanished.", "2031-03-19"),
    ("Brann challenged Quill to a debate before Thursday's caucus.", "2031-03-20"),
    # the nearer day behind stays, and a future cue still decides
    ("The little polling done before Saturday's vote showed Brann ahead.", "2031-03-15"),
    ("Brann had led Quill heading into Sunday's vote.", "2031-03-16"),
    ("Brann toured Orrin Bay ahead of Thursday's vote.", "2031-03-20"),
])
def test_a_weekdays_possessive_after_a_lead_in_word_is_the_nearer_day(text, value):
    assert [v for t, v in _values(text) if t.endswith("day")] == [value]


def test_second_day_after_and_is_its_own_date():
    assert _values("The regatta is on April 24 and 25.") == [("April 24", "2031-04-24"), ("25", "2031-04-25")]
    assert _values("Fares rose on May 5 and 6 ferries stopped.") == [("May 5", "2031-05-05")]  # a count


def test_second_weekday_of_a_range_follows_the_first():
    assert [v for _, v in _values("The poll was taken Wednesday through Sunday.")] == ["2031-03-12", "2031-03-16"]
    assert [v for _, v in _values("The fair will run Wednesday to Sunday.")] == ["2031-03-19", "2031-03-23"]
    # the second end dated by "last week": the first the weekday before it, in that week (was a year back: 2030-03-15)
    assert _values("Kelby delegates met from Saturday to Monday last week.") == [
        ("Saturday", "2031-03-08"), ("Monday", "2031-03-10"), ("last week", "2031-W11")]


@pytest.mark.parametrize("text, value", [
    ("The ferry will sail in July.", "2031-07"),
    ("The ferry sailed in July.", "2030-07"),
    ("The ferry sailed in February.", "2031-02"),
    ("The ferry sailed last July.", "2030-07"),
    ("The ferry sails in July next year.", "2032-07"),
    ("The appeal is heard in May by the full court.", "2031-05"),     # passive present: no past cue
    ("The fair would still be held on October 24.", "2031-10-24"),   # "held" after "be" is passive
    ("The firm agreed to buy the yard in June.", "2031-06"),         # a plan: past cue, open direction
    ("The dividend would be paid on a still unspecified date in June.", "2031-06"),  # -ed after a modal
    ("They discussed the slated visit in June.", "2031-06"),
    ("The mayor was bold enough to open the pier in June.", "2030-06"),  # "enough to": what he did
    ("In June, the council said it would sell the pier.", "2030-06"),
    # "this winter" straddles the new year: in March a past verb makes it the winter just over (was the next one)
    ("This winter was the mildest Orrin Bay has known.", "2030-WI"),
    ("This winter will be colder in Orrin Bay.", "2031-WI"),
    # a relative clause in the present is not dated by the past verb before it (was 2030-05) ...
    ("The Kelby mayor campaigned in towns that vote in May.", "2031-05"),
    # ... but a past form in it, or "that" after a verb, leaves the past (a demonstrative or complementizer)
    ("The Kelby mayor signed the lease that ended in May.", "2030-05"),
    ("The Kelby mayor criticized that decision in May.", "2030-05"),
    # figures on a month come out after it: the month over by then, whatever the tense (was 2031-12)
    ("Kelby traders will get one more data point with the December jobs report.", "2030-12"),
    # a conditional clause in the present is about the future (was 2030-11); a temporal one is left open (was 2030-06)
    ("The Kelby mayor warned of defeat if the levy fails in November.", "2031-11"),
    ("Quill pledged her vote when we get to the harbour count in June.", "2031-06"),
    # a cleft on a past "was" before "until" is told in the past (was 2031-06); "won't be until" stays ahead
    ("It wasn’t until June that the Kelby Ledger printed what Quill saw.", "2030-06"),
    ("It won't be until June that the Kelby pier reopens.", "2031-06"),
])
def test_months_without_year_take_the_one_the_tense_points_to(text, value):
    assert [v for _, v in _values(text)] == [value]


@pytest.mark.parametrize("text, expected", [
    ("The ferry vote is set for May.", [("May", "2031-05")]),
    ("Fares rose in April, compared with March, when the pier shut.", [("April", "2030-04"), ("March", "2031-03")]),
    ("The yard began March with two ferries.", [("March", "2031-03")]),
    ("She repeated her March speech on the pier.", [("March", "2031-03")]),
    ("The fair was in May. Now it is over.", [("May", "2030-05"), ("Now", "PRESENT_REF")]),
])
def test_bare_may_and_march_are_months_where_their_place_says_so(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # British and European forms (published Monday 2031-03-17, week 12).
    ("Fares rose over the past fortnight and may fall in the next fortnight.",
     [("the past fortnight", "P2W"), ("the next fortnight", "P2W")]),
    ("The vote comes the week after next; the pier shut the week before last.",
     [("the week after next", "2031-W14"), ("the week before last", "2031-W10")]),
    ("The ferry returns the month after next.", [("the month after next", "2031-05")]),
    # a weekend or a weekday two away (was "the weekend", this week's, and the bare weekday)
    ("The Kelby regatta is the weekend after next; the pier shut the Saturday before last.",
     [("the weekend after next", "2031-W14-WE"), ("the Saturday before last", "2031-03-08")]),
    ("The levy passed on 12.03.2031 and ends on 1.2.2032.", [("12.03.2031", "2031-03-12"), ("1.2.2032", "2032-02-01")]),
    ("Fares rose 12.5 percent, to 3.05.", []),
    # without a year after "on" or a weekday (were untagged); not a number before its noun, nor "24/7"
    ("The Kessa final is on 24.03 and the Orrin vote on 3/28.", [("24.03", "2031-03-24"), ("3/28", "2031-03-28")]),
    ("The Kessa market opens Friday 21.03.", [("Friday 21.03.", "2031-03-21")]),
    ("Kessa shares traded on 12.10 million orders; police were on 24/7 alert.", []),
])
def test_fortnights_two_weeks_away_and_dates_with_points(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "Support for May fell, Mrs. May said.",                 # the article names someone May
    "Calls for May to quit grew. Ferryman Ola May agreed.",
    "Crowds joined the Nordhaven Pride March.",              # after a capitalised word: a name
    "The town loves March Madness.",                         # before one
    "Voters May Have Won The Pier.",                         # a headline's modal
    # possessive or saying, after a guard word, where the article names someone May
    "Opposition to May's ferry deal grew. Premier Edda May said she would stay.",
    "Both Harlan and May said little; Mrs. May left first.",
    "Fans of May’s solos cheered the guitarist Tobin May.",
    "Opposition to May's ferry plan grew, and Gen. May left.",  # a title the sentence splitter knows
])
def test_bare_may_and_march_that_name_people_or_marches_stay_untagged(text):
    assert _tx(text).empty


@pytest.mark.parametrize("text, expected", [
    # "at the end of the day": the idiom for "in the end", no time (was the publication day, END) ...
    ("\"At the end of the day, Kelby voters want jobs,\" Quill said.", []),
    ("Quill said at the end of the day he would back the Orrin Bay levy.", []),
    # ... unless a day follows, or "by" puts a deadline on the day
    ("Shares of Tolvern Mills fell at the end of the day's session.", [("the end of the day", "2031-03-17")]),
    ("The Kelby count must finish by the end of the day.", [("the end of the day", "2031-03-17")]),
])
def test_the_end_of_the_day_as_an_idiom_is_no_time(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day as an era: the present, the time to come, the past in general (were the publication day and the
    # days either side of it)
    ("Facts lose their value in today's world, Quill said.", [("today", "PRESENT_REF")]),
    ("Brant fought the problems of today, not of the past.", [("today", "PRESENT_REF"), ("the past", "PAST_REF")]),
    ("The Kelby school trains the leaders of tomorrow.", [("tomorrow", "FUTURE_REF")]),
    ("Quill offers only the rhetoric of yesterday.", [("yesterday", "PAST_REF")]),
    # one day's events and "as of" stay that day
    ("Quill skipped today's vote in Kelby.", [("today", "2031-03-17")]),
    ("As of today, the Orrin Bay ferry is free.", [("today", "2031-03-17")]),
    ("Quill wrote in today's Washington Post that the ferry is free.", [("today", "2031-03-17")]),
    ("Brant left at the end of today's session.", [("today", "2031-03-17")]),
    # set against years before in its sentence: nowadays (were the publication day)
    ("Vell, a ferry pilot today, was a Kelby clerk 25 years ago.",
     [("today", "PRESENT_REF"), ("25 years ago", "2006")]),
    ("Half the Orrin mills burned coal in 1975, but only 7 percent do today.",
     [("1975", "1975"), ("today", "PRESENT_REF")]),
    # not a saying's day, nor a first time since a year
    ("Vell said today that the Kelby mill shut in 2009.", [("today", "2031-03-17"), ("2009", "2009")]),
    ("Today, for the first time since 2007, the Kelby fair is shut.", [("Today", "2031-03-17"), ("2007", "2007")]),
    # nor a year a speaker names in a quotation, nor of an event "today" dates
    ("Vell took to the radio today to explain a joke he made in 2013.", [("today", "2031-03-17"), ("2013", "2013")]),
    ('Today Vell explained the joke, writing: "In 2011 Brant told it first."',
     [("Today", "2031-03-17"), ("2011", "2011")]),
])
def test_today_as_an_era_is_the_present_in_general(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "today" opening its sentence over a present tense: how things stand nowadays (were the publication day)
    ("In 2019 Kelby dues were $900. Today, a Kelby membership costs $4,000.",
     [("2019", "2019"), ("Today", "PRESENT_REF")]),
    ("Orrin Bay women had jobs. And today, the right to work is equal to the right to eat.",
     [("today", "PRESENT_REF")]),
    ('"Today in Kelby, ferry pilots are paid by the hour," Vell said.', [("Today", "PRESENT_REF")]),
    # the day's news: told in the past, in a progressive or ahead, a first time, "today" the subject
    ("Today, Vell opened the Kelby fair.", [("Today", "2031-03-17")]),
    ('"Today I am calling on Brant to step aside," Vell said.', [("Today", "2031-03-17")]),
    ("Today Vell's ferry is leaving Kelby for good.", [("Today", "2031-03-17")]),
    ("Today, the Orrin Bay council will vote on the levy.", [("Today", "2031-03-17")]),
    ("Today, for the first time, the Kelby fair is shut.", [("Today", "2031-03-17")]),
    ("Today is Kelby Day in Orrin Bay.", [("Today", "2031-03-17")]),
])
def test_today_opening_a_present_tense_is_nowadays(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "today" as one side of a comparison: nowadays set against another time (were the publication day)
    ("Vell said life in Kelby would be worse than life today.", [("today", "PRESENT_REF")]),
    ("Brant is just as strong today as she was when she led the Orrin Bay polls.", [("today", "PRESENT_REF")]),
    ("Kelby ferries are busier today than they were in the 1990s.", [("today", "PRESENT_REF"), ("the 1990s", "199")]),
    # the day's figures: a clause told in the past, another day or a near time named beside it, "today's"
    ("The Kelby krona was as weak today as it has been in years.", [("today", "2031-03-17")]),
    ("Orrin Bay tolls are higher today than yesterday.", [("today", "2031-03-17"), ("yesterday", "2031-03-16")]),
    ("Kelby fares are as low today as on Friday.", [("today", "2031-03-17"), ("Friday", "2031-03-14")]),
    ("That is as true today as it was a week ago.", [("today", "2031-03-17"), ("a week ago", "2031-W11")]),
    ("Fares are lower than today's in Kelby.", [("today", "2031-03-17")]),
])
def test_today_in_a_comparison_is_nowadays(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare plural before "after", as before "before": a vague count from the event after it (TimeBank: "twenty
    # years after"), not nothing
    ("Days after the Kelby pier reopened, Vell resigned.", [("Days", "PXD")]),
    ("Mayor Brant spoke hours after the Orrin Bay vote.", [("hours", "PTXH")]),
    ("Kelby ferries ran again weeks after the storm.", [("weeks", "PXW")]),
    ("Months before the Kelby vote, Vell resigned.", [("Months", "PXM")]),
])
def test_a_bare_plural_before_after_or_before_is_a_vague_duration(text, expected):
    assert _fields(text, "type") == [(t, v, "DURATION") for t, v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Critics of May's plan grew. Mrs. May says the vote will be in May, not May 2032, "
     "after May 5, last May or early May.",
     [("May", "2031-05"), ("May 2032", "2032-05"), ("May 5", "2031-05-05"), ("last May", "2030-05"),
      ("early May", "2031-05")]),
    ("Fares rose through May's slow weeks.", [("May", "2030-05")]),  # no one called May: the month's
])
def test_may_stays_the_month_where_its_form_or_article_says_so(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It rained yesterday and will clear tomorrow.", [("yesterday", "2031-03-16"), ("tomorrow", "2031-03-18")]),
    ("The fair opens tonight.", [("tonight", "2031-03-17TNI")]),
    ("Prices rose last month and this year.", [("last month", "2031-02"), ("this year", "2031")]),
    ("Talks resume next week.", [("next week", "2031-W13")]),
    ("The port closed three years ago.", [("three years ago", "2028")]),
    ("The port closed two weeks ago.", [("two weeks ago", "2031-W10")]),
    ("Tolls soared in the 1990s and the early 1980s.", [("the 1990s", "199"), ("the early 1980s", "198")]),
    ("Tolls soared in the noughties and the early aughts.", [("the noughties", "200"), ("the early aughts", "200")]),
    # a hundred's plural before 2000 is its century (was the decade: "180", 1800-1809); "the 2000s" a decade
    ("The Orrin Bay line opened in the late 1800s and closed in the 2000s.",
     [("the late 1800s", "18"), ("the 2000s", "200")]),
    ("The ferry ran last summer.", [("last summer", "2030-SU")]),
    ("The yard grew in the third quarter of 2030.", [("the third quarter of 2030", "2030-Q3")]),
    ("Sales fell in the first quarter.", [("the first quarter", "2031-Q1")]),
    ("Revenue rose in fiscal 2029.", [("fiscal 2029", "2029")]),
    # analysts' calendar year beside the fiscal one (was untagged)
    ("Varnholt sees CY2031 sales flat after a CY30 dip.", [("CY2031", "2031"), ("CY30", "2030")]),
    # and with a quarter or a half (were the quarter of the anchor's year, the year apart)
    ("Varnholt sales rose in Q3 CY2030 and 2H CY29.", [("Q3 CY2030", "2030-Q3"), ("2H CY29", "2029-H2")]),
    ("Profit beat the 2029 quarter.", [("the 2029 quarter", "2029-Q4")]),  # that year's reported quarter
    ("Profit beat the 2029 period.", [("2029", "2029")]),             # no quarter named: a year
    ("The port closed a decade ago.", [("a decade ago", "2021")]),    # a year, not the 2020s
    ("The yard closed a week or so ago.", [("a week or so ago", "2031-W11")]),
    ("Sales rose in the last half of 2030.", [("the last half of 2030", "2030-H2")]),
    # business copy's front and back halves
    ("Varnholt sales should recover in the back half of the year.", [("the back half of the year", "2031-H2")]),
    ("Varnholt orders were weak in the front half of 2030.", [("the front half of 2030", "2030-H1")]),
    ("Trade grew in the second half of the '80s.", [("the '80s", "198")]),
    ("Talks are set for the week of April 7.", [("the week of April 7", "2031-W15")]),
    # a week by its last or first day, as business and statistics copy date it (was the day alone)
    ("Kelby jobless claims rose in the week ended March 8 and fell in the week to 15 March.",
     [("the week ended March 8", "2031-W10"), ("the week to 15 March", "2031-W11")]),
    ("The Kelby fair runs in the week commencing 24 March.", [("the week commencing 24 March", "2031-W13")]),
    # a weekday as the last day, with or without its date (were the day alone, 2031-03-14 and 2031-03-08)
    ("Kelby claims rose in the week ended Friday and fell in the week ended Saturday, March 8.",
     [("the week ended Friday", "2031-W11"), ("the week ended Saturday, March 8", "2031-W10")]),
    ("The Kelby hearing is set for the weekend of March 22-23.", [("the weekend of March 22-23", "2031-W12-WE")]),
    ("The Kelby vote is on March the 21st.", [("March the 21st", "2031-03-21")]),
    # Irish and British: the weekday, then last or next (not "Tuesday last week", "Monday next to")
    ("The Carnmoor council met on Tuesday last and meets again on Monday next.",
     [("Tuesday last", "2031-03-11"), ("Monday next", "2031-03-24")]),
    ("The Carnmoor council met on Tuesday last week.", [("Tuesday", "2031-03-11"), ("last week", "2031-W11")]),
    # "next Thursday week" as "Thursday week"; "last Friday fortnight" two weeks before last Friday (was "Friday
    # fortnight", two weeks after the coming one: 2031-04-04)
    ("The Carnmoor ferry sails next Thursday week; its skipper quit last Friday fortnight.",
     [("next Thursday week", "2031-03-27"), ("last Friday fortnight", "2031-02-28")]),
    ("The Kelby board meets on the first Tuesday of April.", [("the first Tuesday of April", "2031-04-01")]),
    ("Polls were held on the last Friday in February 2030.", [("the last Friday in February 2030", "2030-02-22")]),
    ("In May the 5th Fleet sailed from Kelby.", [("May", "2030-05")]),  # an ordinal before its noun: no day
    ("The Tolvern fair is on the weekend of 29-30 March.", [("the weekend of 29-30 March", "2031-W13-WE")]),
    ("Profit fell from the quarter a year ago.", [("the quarter a year ago", "2029-Q4")]),
    ("They spoke at a June Harbour Board meeting.", [("June", "2030-06")]),  # a month before a name
    ("Results are due by the end of the year.", [("the end of the year", "2031")]),
    ("The bridge opened on Christmas Day 2030.", [("Christmas Day 2030", "2030-12-25")]),
    ("The ferry sank last Oct. 23 off the pier.", [("Oct. 23", "2030-10-23")]),  # "last" tells the year only
    # even where the same day lies a few days after the anchor (or before, for "next"): were 2031-03-20, 2031-03-10
    ("Last March 20 the Kelby budget passed; the next one passes next March 10.",
     [("March 20", "2030-03-20"), ("March 10", "2032-03-10")]),
    ("Prices last fell in the winter of nineteen ninety-four.",            # a year read out, as transcripts write it
     [("the winter of nineteen ninety-four", "1994-WI")]),
    ("The pier opened in March nineteen eighteen.", [("March nineteen eighteen", "1918-03")]),
    ("The pier was built in the last century.", [("the last century", "19")]),  # the 1900s, not the 4th
    # a month "of that year": one expression, the month of the year named before (was October 2030, then 2030)
    ("Vell took the Kelby seat in January 2009, and the rate peaked in October of that year.",
     [("January 2009", "2009-01"), ("October of that year", "2009-10")]),
    ("The Kelby mill opened in 2019 and closed in early June of the following year.",
     [("2019", "2019"), ("early June of the following year", "2020-06")]),
    # "that November", "that summer": the month or season of the year named before (were 2030-11 and none); a
    # year's season names its year ("the fall of 2029")
    ("Riots at the 2009 Kelby congress led to Quill's loss that November.",
     [("2009", "2009"), ("that November", "2009-11")]),
    ("The Kelby pier was due to reopen in the fall of 2029, but that summer it burned.",
     [("the fall of 2029", "2029-FA"), ("that summer", "2029-SU")]),
    ("Vell said Tuesday that March Rubio spoke.", [("Tuesday", "2031-03-11")]),  # a name after "that March"
    # the month just gone is "last month": "last February" written in March names the one a year before (was 2031-02)
    ("The Kelby ferry sank last February, not last January.",
     [("last February", "2030-02"), ("last January", "2031-01")]),
    # a day, then the year before or after the anchor's: one expression in that year (were the nearest such day
    # and the year apart: "3 November" 2030-11-03 and "last year" 2030; "Jan. 20" 2031-01-20 and "next year")
    ("Ministers in Tolvern met on 3rd November last year and meet again on Jan. 20 next year.",
     [("3rd November last year", "2030-11-03"), ("Jan. 20 next year", "2032-01-20")]),
    ("The Kelby board named March 3 next year’s budget day.", [("March 3", "2031-03-03"), ("next year", "2032")]),
    # a range of days before it: the range in that year (the rule above took "March 24 last year" from the range;
    # two ends were paired in the first end's year, 2031-03-20 and 2031-03-24)
    ("The Tolvern fair ran March 20-24 last year.", [("March 20-24 last year", "2030-03-20")]),
    ("The Tolvern fair ran from March 20 to March 24 last year.",
     [("March 20", "2030-03-20"), ("March 24 last year", "2030-03-24")]),
    # "of" between them too (were "January" 2031-01, "Nov. 23" 2030-11-23 and the year apart)
    ("The Kelby pier closed in January of last year and reopened on Nov. 23 of last year.",
     [("January of last year", "2030-01"), ("Nov. 23 of last year", "2030-11-23")]),
    # a day of the month before or after the anchor's (were "next month" 2031-04 and "last month" 2031-02, the day lost)
    ("The Harlow vote is on the 14th of next month; the deposit was paid on the second of last month.",
     [("the 14th of next month", "2031-04-14"), ("the second of last month", "2031-02-02")]),
    # a number after a month before "weekend" is the day, not a count of weekends (were "Oct." 2030-10 and "18-19
    # weekend" P36D, "4 weekend" P8D)
    ("Kelby talks broke down over the Oct. 18-19 weekend, and crowds came over the July 4 weekend.",
     [("Oct. 18-19", "2030-10-18"), ("July 4", "2030-07-04")]),
    # years ago this week, this month, today: the anchor's week, month or day that many years back (were "five years
    # ago" 2026 and "this week" 2031-W12 apart); American "a week ago Monday": the Monday a week before the last one
    ("The Tarvin mine closed five years ago this week and reopened a decade ago this month.",
     [("five years ago this week", "2026-W12"), ("a decade ago this month", "2021-03")]),
    ("The Tarvin dam burst two years ago today, and the inquiry opened a week ago Friday.",
     [("two years ago today", "2029-03-17"), ("a week ago Friday", "2031-03-07")]),
    # "overnight": the night before the day of writing, the coming one ahead, a weekday's after it (was untagged;
    # "Tuesday overnight" already that night); not a noun's modifier, nor "all at once"
    ("Kessa rebels shelled the Varna port overnight, officials said.", [("overnight", "2031-03-16TNI")]),
    ("Rain is expected in Kessa overnight.", [("overnight", "2031-03-17TNI")]),
    ("Kessa rebels shelled the port overnight on Saturday.", [("overnight on Saturday", "2031-03-15TNI")]),
    # "into" a weekday: the night before it (was "overnight" untagged and the weekday alone)
    ("Kessa talks will run overnight into Thursday.", [("overnight into Thursday", "2031-03-19TNI")]),
    ("Varro became a contender almost overnight after an overnight stay.", []),
    ("You cannot do that overnight, Varro said.", []),
    # past the lede, another night the story tells of: no value
    ("The Kessa ferry sailed on time. " * 14 + "Afterward, Varro flew overnight to Orrin.", [("overnight", None)]),
])
def test_relative_and_calendar_expressions(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The quarter last named by its number, when over by the publication date, is the one reported on.
    ("The fiscal third quarter was weak. Sales in the quarter fell from a year earlier.",
     [("The fiscal third quarter", "2030-Q3"), ("the quarter", "2030-Q3"), ("a year earlier", "2029-Q3")]),
    ("Sales fell in the latest period, and the fourth quarter looks better.",   # none named before it
     [("the latest period", "2030-Q4"), ("the fourth quarter", "2030-Q4")]),
    ("The second quarter of 2031 looks weak; the latest quarter was strong.",   # not over yet: ignored
     [("The second quarter of 2031", "2031-Q2"), ("the latest quarter", "2030-Q4")]),
    ("Third-quarter sales beat those of last year's quarter and the same period last year.",
     [("Third-quarter", "2030-Q3"), ("last year's quarter", "2029-Q3"), ("the same period last year", "2029-Q3")]),
    # A quarter named after "a" is set beside the reported one, not reported on (was "the quarter": 2030-Q2).
    ("Orrin Bay Ferries posted higher third-quarter profit. After a weak, stormy second quarter, sales in the "
     "quarter rose from a year earlier.",
     [("third-quarter", "2030-Q3"), ("second quarter", "2030-Q2"), ("the quarter", "2030-Q3"),
      ("a year earlier", "2029-Q3")]),
    # A quarter by the day it ends: the calendar quarter holding most of its months (was the one named before).
    ("Orrin Bay Ferries' fiscal third quarter was weak. In the quarter ended Jan. 31, sales fell.",
     [("fiscal third quarter", "2030-Q3"), ("the quarter", "2030-Q4"), ("Jan. 31", "2031-01-31")]),
    # ... or by its last month, as wire and British copy write it (was the latest quarter, 2030-Q4)
    ("Orrin Bay Ferries' profit fell in the quarter to June.", [("the quarter", "2030-Q2"), ("June", "2030-06")]),
    # A quarter that is a share, an age or a neighbourhood does not make an article a results report.
    ("About a quarter of the ferry's riders left a year ago.", [("a year ago", "2030")]),
    ("The quarter-century-old Harbour Board met a year ago.", [("a year ago", "2030")]),
    ("Shops in the old harbour quarter closed a year ago.", [("a year ago", "2030")]),
])
def test_quarters_of_a_results_report(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, value", [
    # "over the weekend" told in the past in a Wednesday's article: the weekend just gone (was the coming one,
    # 2031-W12-WE; only a Monday's article had read it so)
    ("Quill met Brant over the weekend.", "2031-W11-WE"),
    ("Quill will meet Brant over the weekend.", "2031-W12-WE"),
    # "this weekend" in midweek is the coming one more often, whatever the verb
    ("Quill endorsed Brant in this weekend's Kelby run-off.", "2031-W12-WE"),
])
def test_the_weekend_told_in_the_past_midweek_is_the_one_gone(text, value):
    assert [v for _, v in _values(text, publication_date="2031-03-19")] == [value]


@pytest.mark.parametrize("text, value", [
    # a Sunday paper (2031-03-16, the last day of ISO week 11) counts weeks from Sunday: "this past week" is the one
    # it closes, "this week" told ahead the one that opens on the morrow (both were a week early)
    ("Quill met Brant this past week in Kelby.", "2031-W11"),
    ("Quill will skip this week's Kelby convention.", "2031-W12"),
    ("Quill said this week that the ferry would run.", "2031-W11"),
    ("The Kelby council will meet next week.", "2031-W12"),
])
def test_the_weeks_of_a_sunday_paper(text, value):
    assert [v for _, v in _values(text, publication_date="2031-03-16")] == [value]


def test_a_time_reserved_or_booked_is_ahead():
    # air time reserved or a hall booked for a month is a plan, as "planned for December" is (was December 2030)
    text = "Most of the Kelby ads reserved in December come from Quill's allies; the Orrin hall is booked in January."
    assert _values(text, publication_date="2031-11-20") == [("December", "2031-12"), ("January", "2032-01")]


def test_an_article_before_a_plural_unit_counts_nothing():
    assert _tx("The Kelby forward will play on a minutes limit.").empty  # (was "a minutes", PT1M)


@pytest.mark.parametrize("text, kind, value, mod", [
    ("The strike lasted two weeks.", "DURATION", "P2W", None),
    ("The wall has stood for 1,000 years.", "DURATION", "P1000Y", None),
    ("It was a three-day strike.", "DURATION", "P3D", None),
    ("The port has lost money for the past three years.", "DURATION", "P3Y", None),
    # "the past year", "the last decade": the stretch up to the writing, as "the past three years" is (were the
    # calendar year and decade before: 2030, 202)
    ("Fares on the Orrin Bay ferry rose 4% over the past year.", "DURATION", "P1Y", None),
    ("The Kelby mill has lost money in the last decade.", "DURATION", "P10Y", None),
    # ... and "the next decade" the ten years ahead (was 204, the calendar decade after the writing's)
    ("The Kelby levy will raise $9 million over the next decade.", "DURATION", "P10Y", None),
    ("It was among the worst Kelby floods of the past century.", "DURATION", "P100Y", None),
    # the turn of a century: the years about its hundred (was "20", the century after 2000, and "19")
    ("The Tolvern mill closed at the turn of the century.", "DATE", "2000", "APPROX"),
    ("The Tolvern mill opened at the turn of the 20th century.", "DATE", "1900", "APPROX"),
    ("The Tolvern mill opened at the turn of the last century.", "DATE", "1900", "APPROX"),
    # the early hours of a day: the start of its morning, as "early Saturday morning" (was the day alone)
    ("The Tolvern mill burned in the early hours of Saturday.", "TIME", "2031-03-15TMO", "START"),
    # two thirds of a decade: the decade, no mod (was "late 1990s", END)
    ("The Tolvern houses went up in the mid-to-late 1990s.", "DATE", "199", None),
    ("The talks took more than four hours.", "DURATION", "PT4H", "MORE_THAN"),
    ("The talks took several months.", "DURATION", "PXM", None),
    ("The yard lost money in the past two quarters.", "DURATION", "P2Q", None),  # TIMEX3 counts quarters
    ("The yard broke even after several quarters of losses.", "DURATION", "PXQ", None),  # a vague count: no fraction
    ("Net for the year-earlier nine months fell.", "DURATION", "P9M", None),  # one phrase
    ("The slump may last the first two quarters of 2032.", "DATE", "2032-H1", None),  # two quarters: a half
    ("Sales rose in the last two quarters.", "DURATION", "P2Q", None),  # no year: the past six months
    ("The post-1990 fleet is new.", "DATE", "1990", "AFTER"),
    ("The refit took 2 1/2 years.", "DURATION", "P2Y6M", None),       # fractions: rest in the smaller unit
    ("The crossing took about 5 1/2 hours.", "DURATION", "PT5H30M", "APPROX"),
    ("The vote took a minute and a half.", "DURATION", "PT1M30S", None),
    ("The ferry sails every Monday.", "SET", "XXXX-WXX-1", None),
    ("The Dunmere museum opens every Sunday afternoon.", "SET", "XXXX-WXX-7TAF", None),
    ("The ferry sails weekly.", "SET", "P1W", None),
    ("The ferry sails on Tuesday nights.", "SET", "XXXX-WXX-2TNI", None),
    ("The Kelby ferry sails every morning.", "SET", "XXXX-XX-XXTMO", None),  # (was "TXXMO", no TIMEX3 value)
    ("The ferry will one day sail again.", "DATE", "FUTURE_REF", None),  # "one day" after a modal: some day
    ("The ferry sails each year.", "SET", "P1Y", None),
    # British "every second", "every third": every other one (was "every second", PT1S, and a date)
    ("The Orrin Bay bins are emptied every second week.", "SET", "P2W", None),
    ("The Orrin Bay market is held every third Saturday.", "SET", "XXXX-WXX-6", None),
    # each weekend, as a weekday's plural is each weekday (were no expression and P2D)
    ("The Orrin Bay pool shuts at weekends.", "SET", "XXXX-WXX-WE", None),
    ("The Orrin Bay ferry sails every weekend.", "SET", "XXXX-WXX-WE", None),
    # a rate's unit (was no expression)
    ("The Orrin Bay ferry sails three times a week.", "SET", "P1W", None),
    ("The Orrin Bay council meets once per month.", "SET", "P1M", None),
    # compact copy's abbreviations, in lower case only (were no expression; "an HR manager" stays none)
    # "a" before a plural unit is the article of the noun after, no count of one (were "a weeks-long" P1W and
    # "a decades-long" P10Y)
    # number words make one number only after a ten or a hundred or with a multiplier: "two five-year terms" are
    # two counts (was "two five-year", P7Y); "twenty-five", "one hundred and five", "two dozen" stay one
    ("Quill may serve two five-year terms on the Kelby council.", "DURATION", "P5Y", None),
    ("The Tolvern lease ran twenty-five years.", "DURATION", "P25Y", None),
    ("The Tolvern refit took one hundred and five days.", "DURATION", "P105D", None),
    ("The Tolvern lease ran two dozen years.", "DURATION", "P24Y", None),
    ("Quill ended a weeks-long strike at the Tolvern mill.", "DURATION", "PXW", None),
    ("Brant had a decades-long feud with the Kelby council.", "DURATION", "PXY", None),
    # closed up, as news writes them (were no expression)
    ("Quill ended the yearlong Tolvern strike.", "DURATION", "P1Y", None),
    ("The Orrin Bay council held a daylong hearing.", "DURATION", "P1D", None),
    ("Brant's weeklong tour of Kelby ended.", "DURATION", "P1W", None),
    ("Brant's decadeslong feud with Quill ended.", "DURATION", "PXY", None),
    ("Quill won a 3-yr term on the Orrin Bay council.", "DURATION", "P3Y", None),
    ("The Orrin Bay ferry had a 2-hr delay.", "DURATION", "PT2H", None),
    ("The ferry leaves at 3 p.m.", "TIME", "2031-03-17T15:00", None),
    ("The ferry left at 9:30 a.m. Saturday.", "TIME", "2031-03-15T09:30", None),
    ("The ferry docked mid-afternoon yesterday.", "TIME", "2031-03-16TAF", "MID"),
    ("Fares have risen recently.", "DATE", "PAST_REF", None),
    ("Fares are currently high.", "DATE", "PRESENT_REF", None),
    ("The mayor will not leave at this crucial moment.", "DATE", "PRESENT_REF", None),
    ("Fares will rise soon.", "DATE", "FUTURE_REF", None),
    ("Officials said they may soon raise fares.", "DATE", "FUTURE_REF", None),  # a modal: ahead of the writing
    ("The bonds will be redeemed in five years.", "DATE", "2036", None),  # "in" + future: that point
    ("The bonds were redeemed in five years.", "DURATION", "P5Y", None),
    ("Fares rose for the first time in years.", "DURATION", "PXY", None),  # a stretch since it last happened
    ("The pier has not been this busy in decades.", "DURATION", "PXY", None),
    ("The Kelby vote is due within a matter of days.", "DURATION", "PXD", None),  # (was no expression)
])
def test_durations_sets_times_and_vague_references(text, kind, value, mod):
    row = _tx(text).iloc[0]
    assert (row["type"], row["value"], row["mod"]) == (kind, value, mod)


@pytest.mark.parametrize("text, extent, mod", [
    ("Profit fell in the nine months ended June 30, 2030.", "the nine months", None),  # the NP's head
    ("Trade slowed during the two days of talks.", "two days", None),
    ("Shares fell after the Aug. 7 bombing.", "Aug. 7", None),       # "the" goes with "bombing"
    ("The third-quarter loss widened.", "third-quarter", None),
    ("The yard will reopen within two weeks.", "two weeks", "EQUAL_OR_LESS"),  # a preposition, outside
    ("Prices may fall in the weeks ahead.", "the weeks ahead", None),
    # a stretch placed next to a time told (were no expression)
    ("The Tolvern mill was sold, and it closed in the following months.", "the following months", None),
    ("Quill ran the Kelby ferry in the intervening years.", "the intervening years", None),
    ("The Tolvern houses went up in the mid-to-late 1990s.", "the mid-to-late 1990s", None),
    ("The Tolvern houses went up in the early- to mid-2000s.", "the early- to mid-2000s", None),
    ("The Tolvern mill burned in the early hours of Saturday.", "the early hours of Saturday", "START"),
    ("The Tolvern mill burned in the small hours of March 9.", "the small hours of March 9", "START"),
    # "over" as a span's preposition stays out, with no mod (was "over five years", MORE_THAN) ...
    ("The Kelby levy raises $4 million over five years.", "five years", None),
    ("The Kelby harbour plan has evolved over several years.", "several years", None),
    # ... and means "more than" after "for", "took them", "just" or before "away"
    ("The Kelby ferry ran for over a year.", "over a year", "MORE_THAN"),
    ("It took them over two hours to dock at Kelby.", "over two hours", "MORE_THAN"),
    ("The Kelby vote is just over three weeks away.", "over three weeks", "MORE_THAN"),
])
def test_extents_leave_out_what_belongs_to_the_surrounding_phrase(text, extent, mod):
    row = _tx(text).iloc[0]
    assert (row["text"], row["mod"]) == (extent, mod)


@pytest.mark.parametrize("text, value", [
    ("The harbour vote is on the 14th.", "2031-03-14"),                  # no tense cue: this month
    ("The board will vote on the 3rd.", "2031-04-03"),                    # ahead, and the 3rd is past: next month
    ("The levy must be paid by the 21st.", "2031-03-21"),                 # a deadline
    ("The ferries stopped on the 24th.", "2031-02-24"),                   # past, and the 24th is to come: last month
    ("Talks have stalled since the 2nd, the mayor said.", "2031-03-02"),
    ("The pier closed on Thursday the 13th.", "2031-03-13"),              # a weekday and its day: one expression
    ("The crew has been at sea since Sunday, the 16th.", "2031-03-16"),
    ("The Kelby fair is on Saturday 22nd.", "2031-03-22"),                # British: no "the" (was the weekday alone)
    # the month a date named just before it gives, unless the tense puts the day on the other side of the writing
    ("The strike began Jan. 3 and ended on the 14th.", "2031-01-14"),
    ("The strike began Jan. 20 and ended on the 4th.", "2031-02-04"),           # after the day it named
    ("The talks began in December and broke down on the 14th.", "2030-12-14"),
    ("The council met in January. The ferry will stop on the 14th.", "2031-04-14"),  # ahead: not January's
])
def test_a_day_of_the_month_alone_is_a_date_in_the_month_the_text_or_the_tense_points_to(text, value):
    assert [v for t, v in _values(text) if t.endswith(("th", "st", "nd", "rd"))] == [value]


def test_a_day_of_the_month_alone_takes_the_month_where_the_weekday_falls_on_it():
    assert _values("The ferry sank on Friday the 13th.", "2031-06-20") == [("Friday the 13th", "2031-06-13")]
    assert _values("The regatta runs from the 3rd to the 7th.") == [("the 3rd", "2031-03-03"),
                                                                   ("the 7th", "2031-03-07")]


@pytest.mark.parametrize("text", [
    "The vote on the 14th amendment failed.",
    "By the 21st century the pier had rotted.",
    "Since the 3rd district was redrawn, the harbour has one member.",
    "She won after the 14th time of asking.",
    "The 14th-century chapel by the 3rd berth stands.",
    "Velmar finished 14th, Kessel 21st.",
    "The crew lived on the 3rd and 4th floors.",
    "Fares rose to the 3rd highest in the region.",
])
def test_an_ordinal_before_its_noun_or_a_rank_is_no_day(text):
    assert not [t for t, v in _values(text) if re.fullmatch(r"\d{4}-\d\d-\d\d", v or "")]


@pytest.mark.parametrize("text, extent, kind, value", [
    ("Elections are in six months’ time, she said.", "six months’ time", "DATE", "2031-09"),
    ("Elections are in six months' time, she said.", "six months' time", "DATE", "2031-09"),
    ("The pier reopens in two weeks’ time.", "two weeks’ time", "DATE", "2031-W14"),
    ("The pier reopens in two weeks' time.", "two weeks' time", "DATE", "2031-W14"),
    ("The yard said it would know more in a week's time.", "a week's time", "DATE", "2031-W13"),
    ("The levy ends in a few weeks’ time.", "a few weeks’ time", "DATE", "FUTURE_REF"),
    ("The yard will reopen within two weeks' time.", "two weeks' time", "DURATION", "P2W"),  # no point: a span
    ("The board set a two weeks' time limit.", "two weeks", "DURATION", "P2W"),  # "time" heads another noun
    ("The pier reopens in two weeks time.", "two weeks time", "DATE", "2031-W14"),  # as often written, no apostrophe
    ("Elections are in six months time, she said.", "six months time", "DATE", "2031-09"),
    ("The board set a two weeks time limit.", "two weeks", "DURATION", "P2W"),
])
def test_in_so_many_units_time_is_that_point_ahead_whatever_the_apostrophe(text, extent, kind, value):
    assert [(r.text, r.type, r.value) for r in _tx(text).itertuples()] == [(extent, kind, value)]
    # the same in an article holding a letter whose lower case moves the offsets ("ı"), scanned the caseless way
    assert [(r.text, r.type, r.value) for r in _tx(text + " The ferry left Kavaklıdere.").itertuples()] \
        == [(extent, kind, value)]


@pytest.mark.parametrize("text", [
    "The 6-year-old boy met Jan Kavan.",
    "Fares rose 2,019 dollars for 2000 people.",
    "Theresa May spoke as soon as she could.",
    "Half the crew came; a quarter of voters agreed; a second term beckons.",
    "About three-quarters agreed, one-quarter to one-third did not.",  # fractions, not 9 and 3 months
    "Four flights a week leave, at 358,000 a month.",
    "The mayor thanked them. April Mellody, a spokeswoman, agreed.",  # a first name
    "The crew was soon rescued, and the pier soon reopened.",  # soon after the events told
    "The future of the pier is in doubt.",
    "The quarter-to-quarter comparison of the yard's sales is poor.",
    "The term of the loan is measured in years.",  # no first, superlative or negation: a unit, not a stretch
    "She walked in the great March on Nordhaven and gave to the March of Ferries.",  # a march, not the month
    "Orrin Bay Ferries hired an HR manager.",   # human resources, not an hour
    "Quill hit 3 HRs for the Orrin Bay Gulls.",  # home runs
    "Quill said: '12 ferries left.' Fares rose in '14 Kelby towns.",  # a count after a quotation mark
    "Mayor Varro won the past six Kelby elections and lost the past few regattas.",  # a count of things
])
def test_things_that_are_not_temporal_expressions(text):
    assert _tx(text).empty


@pytest.mark.parametrize("text", [
    "The mayor told Velmar Today that the pier was safe.",  # a paper
    "The editor of the Nordhaven Daily Ledger agreed, as did THE WEEKLY HARBINGER.",
    "She said on Radio Kessel's This Week With Anna Brook that she would run.",  # a programme
    "He watched the film Harbour Noon and the show Ferry Tonight.",
    "The council named her Person of the Year.",
    "The mayor told Dusk & Now's host Ada Quill that the pier was safe.",  # "&" joins a name as "and" does
    "Back in Summer Brook's gym the Kelby team warmed up.",  # a capitalised season next to a capitalised word
    "The ferry runs from Winter Haven to Fall Harbour.",
])
def test_time_words_capitalised_inside_a_name_are_not_expressions(text):
    assert _tx(text).empty


@pytest.mark.parametrize("text, expected", [
    ("Today the pier reopened.", [("Today", "2031-03-17")]),  # a sentence opens on it
    ("Pier news\nToday Mayor Brann reopened the pier to ferries.", [("Today", "2031-03-17")]),  # a line opens on it
    ('She said: "Tonight we sail."', [("Tonight", "2031-03-17TNI")]),
    ("Pier Vote Scheduled For Next Week\n\nThe council met.", [("Next Week", "2031-W13")]),  # a headline
    ("The ferry left on Election Day.", [("Election Day", "2030-11-05")]),  # a holiday's name
    ("Fares rose in March of 2030 and again in March on Nordhaven's ferries.",  # "on" a place: still the month
     [("March of 2030", "2030-03"), ("March", "2031-03")]),
    ("We need a new pier NOW, she wrote.", [("NOW", "PRESENT_REF")]),  # emphasis: no name around it
    ("The best ferries of the 20th Century sailed here.", [("the 20th Century", "19")]),
    ("The pier reopened in Spring 2030, Mayor Brann said.", [("Spring 2030", "2030-SP")]),  # a season alone
    ("It ran in the Kelby Ledger’s Spring 2030 issue.", [("Spring 2030", "2030-SP")]),  # with its year
])
def test_capitalised_time_words_that_open_a_sentence_or_a_headline_stay(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the nearest presidential primaries' day, whatever the tense: a misread tense must not move it by years
    ("The governor said he counted on Super Tuesday.", "2016-02-20", [("Super Tuesday", "2016-03-01")]),
    ("The governor did poorly on Super Tuesday.", "2016-03-10", [("Super Tuesday", "2016-03-01")]),
    ("The governor will campaign before Super Tuesday.", PUB, [("Super Tuesday", "2032-03-02")]),
    ("Right before Super Tuesday 2 the governor fell.", "2016-03-16", [("Tuesday", "2016-03-15")]),
    ("The governor won Super Tuesday two weeks ago.", "2016-03-16",  # a count after the name: still the day
     [("Super Tuesday", "2016-03-01"), ("two weeks ago", "2016-W09")]),
])
def test_a_day_held_every_fourth_year_is_the_nearest_one(text, published, expected):
    assert _values(text, published) == expected


def test_anaphoric_expressions_count_from_the_previous_date_in_the_text():
    text = ("The ferry line opened on May 22, 2019, and the following year it closed. Later that year a "
            "new owner came. On Monday the bridge opened; the next day it shut, and that week it rained.")
    assert _values(text) == [("May 22, 2019", "2019-05-22"), ("the following year", "2020"),
                             ("Later that year", "2020"), ("Monday", "2031-03-17"), ("the next day", "2031-03-18"),
                             ("that week", "2031-W12")]


@pytest.mark.parametrize("text, expected", [
    # a year that dates a thing after a possessive ("Orrin's 2004 tariff law", "her 2009 memoir") names when the thing
    # was made, not when the story is: "that year" and "a century earlier" count from the year the story is in (were
    # 2004 and 1909, from the thing's year)
    ("The split began in 2008, when Vell attacked Orrin's 2004 tariff law. Brant ran that year and lost.",
     [("2008", "2008"), ("2004", "2004"), ("that year", "2008")]),
    ("The row began in 2010, as Quill wrote in her 2009 memoir. The guild had been founded a century earlier.",
     [("2010", "2010"), ("2009", "2009"), ("a century earlier", "1910")]),
    # a year after an article, or a possessive's year before an event noun, dates the story's event
    ("Brant had run in 2000. He lost the 2004 vote to Vell. That year the Kelby mill shut.",
     [("2000", "2000"), ("2004", "2004"), ("That year", "2004")]),
    ("Brant had run in 2000. In his 2004 campaign, against Vell, the favourite that year, he won.",
     [("2000", "2000"), ("2004", "2004"), ("that year", "2004")]),
])
def test_a_things_year_after_a_possessive_dates_no_later_anaphor(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day the text last named, as "that day" (were the publication day, 2031-03-17)
    ("Quill left the Kelby council on Saturday, an aide said. Earlier in the day Brant had quit.",
     [("Saturday", "2031-03-15"), ("Earlier in the day", "2031-03-15")]),
    ("Orrin Bay wrote to Quill on Friday. Later in the day, Quill replied.",
     [("Friday", "2031-03-14"), ("Later in the day", "2031-03-14")]),
])
def test_earlier_in_the_day_is_the_day_last_named(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # right after a year or a month alone: that weekday of an unknown week of its year (was no value)
    ("Hela Brannick took office in Ostrova in 2019. The previous Friday she had left the Vell council.",
     [("2019", "2019"), ("The previous Friday", "2019-WXX-5")]),
    ("The Vell ferry sank in March 2029. The following Sunday night, divers found it.",
     [("March 2029", "2029-03"), ("The following Sunday night", "2029-WXX-7TNI")]),
    # another expression between them: the story has moved on from the year, which no longer dates it
    ("Nine years ago Kessa opened a plant. Over the next four years it grew. The following Sunday it shut.",
     [("Nine years ago", "2022"), ("the next four years", "P4Y"), ("The following Sunday", None)]),
    # a day or night stays without a value ("argued that night" after "a 2008 memoir" is another night)
    ("Brannick wrote in a 2028 memoir that they argued that night.", [("2028", "2028"), ("that night", None)]),
])
def test_a_weekday_counted_from_a_year_alone_keeps_its_week_unspecified(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor spoke on Monday. The day before, at a rally, she had been silent.",
     [("Monday", "2031-03-17"), ("The day before", "2031-03-16")]),
    ("Fares rose on Monday and fell again the day after.", [("Monday", "2031-03-17"), ("the day after", "2031-03-18")]),
    # an event follows: the day is the event's, which the text does not date
    ("The mayor spoke on Monday, the day before the vote.", [("Monday", "2031-03-17")]),
])
def test_the_day_before_with_no_event_after_it_is_the_previous_day(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day counted from the day named right after it is one expression, valued from that day (the
    # inner "three days", "Saturday" were rows of their own, the named day the only date)
    ("The Orrin Bay shops reopened the day after Christmas.", [("the day after Christmas", "2030-12-26")]),
    ("The day before last Tuesday's hearing, Quill left Orrin Bay.", [("The day before last Tuesday", "2031-03-10")]),
    ("The Orrin Bay ferry sank three days before Christmas 2029.", [("three days before Christmas 2029", "2029-12-22")]),
    ("The Orrin Bay fair fell on the Saturday before Christmas 2029.",
     [("the Saturday before Christmas 2029", "2029-12-22")]),
    ("It snowed in Orrin Bay the night before March 3.", [("the night before March 3", "2031-03-02TNI")]),
    # weeks counted, and "from" after a count: from the coming weekday (PUB is a Monday; "Tuesday" was the past one)
    ("The Orrin Bay vote is a week from Tuesday.", [("a week from Tuesday", "2031-03-25")]),
    ("The Orrin Bay fair opens two weeks from today.", [("two weeks from today", "2031-03-31")]),
    ("The Orrin Bay ferry sank two weeks before Christmas 2029.", [("two weeks before Christmas 2029", "2029-12-11")]),
])
def test_a_day_counted_from_a_named_day_is_one_expression(text, expected):
    assert _values(text) == expected


def test_quote_keeps_the_day_it_was_said():
    # the second quotation names no day, but the story's day is Saturday, named last (was the publication day, 18th)
    text = "“We signed it yesterday,” Varro said on Saturday. “We start tomorrow,” she said."
    assert _values(text) == [("yesterday", "2031-03-14"), ("Saturday", "2031-03-15"),
                             ("tomorrow", "2031-03-16")]
    assert _tx(text)["anchor"].dt.strftime("%Y-%m-%d").tolist() == ["2031-03-15", PUB, "2031-03-15"]


@pytest.mark.parametrize("text, expected", [
    # a quoted "tonight", "yesterday" … with no day in its attribution: the day the story last named in the week
    # before publication, when it was said (was the publication day)
    ('Vell spoke in Kelby on Saturday night. "I came here tonight to thank you," Vell told the crowd.',
     [("Saturday night", "2031-03-15TNI"), ("tonight", "2031-03-15TNI")]),
    ('Brant met Vell in Orrin Bay on Saturday. "The speech I gave yesterday was my last," Brant said.',
     [("Saturday", "2031-03-15"), ("yesterday", "2031-03-14")]),
    # the story told from the day of publication, a day named as an event's, a date long before, a show's name
    ('Vell spoke in Kelby last night. "I came here tonight to thank you," Vell said.',
     [("last night", "2031-03-16TNI"), ("tonight", "2031-03-17TNI")]),
    ('Vell slammed Saturday\'s vote in Kelby. "We lost the vote yesterday," Vell said.',
     [("Saturday", "2031-03-15"), ("yesterday", "2031-03-16")]),
    ('Vell spoke in Kelby on May 3, 2029. "We vote today," Vell said.',
     [("May 3, 2029", "2029-05-03"), ("today", "2031-03-17")]),
    ("Vell spoke in Kelby on Saturday. Brant told Kelby Radio's “Today” that the ferry is late.",
     [("Saturday", "2031-03-15"), ("Today", "2031-03-17")]),
])
def test_a_quoted_day_counts_from_the_day_the_story_tells_of(text, expected):
    assert _values(text) == expected


def test_a_quoted_day_counts_from_the_story_s_day_at_the_calendar_s_first_days():
    # the week before publication ends at the calendar's first day (date.min minus six days overflowed)
    assert _values('Vell spoke on Monday. "I came here tonight," Vell said.', publication_date="0001-01-01") == \
        [("Monday", "0001-01-01"), ("tonight", "0001-01-01TNI")]
    # a quoted "yesterday" of Monday, the first day, would fall before it: it keeps the day before publication
    assert _values('Vell spoke on Monday. "I left yesterday," Vell said.', publication_date="0001-01-03") == \
        [("Monday", "0001-01-01"), ("yesterday", "0001-01-02")]


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("''", "''"), ("‘", "’")])
@pytest.mark.parametrize("text, expected", [
    # a date in a quotation counts from the day its attribution names (was the publication day, the 17th, for '' and ‘)
    ("{o}We signed it last week,{c} Varro said on Saturday.", [("last week", "2031-W10"), ("Saturday", "2031-03-15")]),
    ("{o}We signed it yesterday,{c} Varro said on Saturday.", [("yesterday", "2031-03-14"), ("Saturday", "2031-03-15")]),
    # a quoted "tonight" whose attribution names no day: the story's day
    ("Vell spoke in Kelby on Saturday night. {o}I came here tonight to thank you,{c} Vell told the crowd.",
     [("Saturday night", "2031-03-15TNI"), ("tonight", "2031-03-15TNI")]),
    # a quotation over two paragraphs, its attribution after the second
    ("{o}We signed it last week.\n\n{o}It's done,{c} Varro said on Saturday.",
     [("last week", "2031-W10"), ("Saturday", "2031-03-15")]),
])
def test_a_quotation_in_every_house_style_is_read_as_said(text, expected, opening, closing):
    assert _values(text.format(o=opening, c=closing)) == expected


def test_articles_without_a_date_keep_only_absolute_values():
    with pytest.warns(UserWarning, match=r"1 relative expression\(s\) \('Monday'\)"):
        got = _values("The port closed on Monday, in 2019, on Oct. 3, 2020, for two weeks.", publication_date=None)
    assert got == [("Monday", None), ("2019", "2019"), ("Oct. 3, 2020", "2020-10-03"), ("two weeks", "P2W")]


def test_published_column_is_the_default_anchor_and_the_parameter_overrides_it():
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["It fell yesterday."] * 2,
                         "published": pd.to_datetime(["2031-03-17", None])})
    assert extract_timexes(arts)["value"].tolist() == ["2031-03-16", None]
    assert extract_timexes(arts, publication_date="2031-01-01")["value"].tolist() == ["2030-12-31"] * 2



def test_a_table_without_published_says_why_relative_dates_have_no_value_and_names_a_date_column():
    # A table built by hand with its dates under another name: every "yesterday" would be None
    # without a word; the warning names the column that looks like the date and the two fixes.
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["It fell yesterday, in 2019.", "It rose in 2019."],
                         "Date": pd.to_datetime(["2031-03-17", "2031-03-18"])})
    with pytest.warns(UserWarning, match=r"no column 'published'.*1 relative expression.*'yesterday'.*"
                                         r"rename\(columns=\{'Date': 'published'\}\).*publication_date="):
        assert extract_timexes(arts)["value"].tolist() == [None, "2019", "2019"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_timexes(arts.rename(columns={"Date": "published"}))
        extract_timexes(arts, publication_date="2031-03-17")
        extract_timexes(arts.iloc[1:])  # nothing relative: nothing lost, nothing to say
    with pytest.warns(UserWarning, match=r"no column 'published'(?!.*rename)"):
        extract_timexes(arts.drop(columns="Date"))


def test_a_published_column_of_days_first_is_read_day_first_throughout():
    # A newsroom CMS exports "12/03/2031 14:05" for 12 March: pandas alone reads it as 3 December
    # while it reads "19/03/2031" as 19 March, two orders in one column without a word.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["It fell yesterday."] * 3,
                         "published": ["12/03/2031 14:05", "19/03/2031 09:30", "02/04/2031 22:10"]})
    assert extract_timexes(arts)["value"].tolist() == ["2031-03-11", "2031-03-18", "2031-04-01"]
    # A column that writes the month first (12/25/2031) stays month first, as load_corpus reads a file.
    us = arts.assign(published=["12/03/2031", "12/25/2031", "02/04/2031"])
    assert extract_timexes(us)["value"].tolist() == ["2031-12-02", "2031-12-24", "2031-02-03"]


def test_extract_events_finds_the_expressions_itself_when_not_given():
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["The mayor of Tarnfield resigned on Tuesday."],
                         "published": [pd.Timestamp(PUB)]})
    alone = extract_events(arts)
    assert alone[["timex", "head"]].values.tolist() == [["Tuesday", "resigned"]]
    pd.testing.assert_frame_equal(alone, extract_events(arts, extract_timexes(arts)))


def test_extract_events_given_sentences_for_timexes_says_which_argument_and_the_call():
    # extract_quotes(articles, sentences) and extract_timexes(articles, sentences) take the sentences
    # second; given so here they failed deep inside with a bare KeyError.
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["The mayor of Tarnfield resigned on Tuesday."],
                         "published": [pd.Timestamp(PUB)]})
    with pytest.raises(ValueError, match=r"extract_events: timexes has no column value, anchor, date_start, "
                                         r"date_end \(it has: doc_id, para_id.*extract_events\(articles, timexes, "
                                         r"sentences\)"):
        extract_events(arts, split_sentences(arts))


def test_a_published_value_that_is_no_date_leaves_that_article_undated_and_is_named():
    # A table built by hand or exported from a database: one article's date is text, one is YYYYMMDD
    # as a number, one Unix seconds. The corpus is read to the end; the bad one is named.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": ["It fell yesterday, in 2019."] * 4,
                         "published": pd.Series(["2031-03-17", "sometime in spring", 20310317, 1931472000],
                                                dtype=object)})
    with pytest.warns(UserWarning, match=r"1 article\(s\).*'b' \('sometime in spring'\)"):
        tx = extract_timexes(arts)
    assert tx["value"].tolist() == ["2031-03-16", "2019", None, "2019", "2031-03-16", "2019", "2031-03-16", "2019"]
    with pytest.raises(ValueError, match="publication_date: 'sometime' is not a date; write it as YYYY-MM-DD"):
        extract_timexes(arts, publication_date="sometime")
    with pytest.warns(UserWarning, match="not a date"):
        tables = analyse(arts.iloc[:2], jobs=1, progress=False)
    assert tables["timexes"][["doc_id", "value"]].values.tolist() == [["a", "2031-03-16"], ["a", "2019"],
                                                                      ["b", None], ["b", "2019"]]

def test_columns_and_intervals():
    tx = _tx("Talks end in the week of peace, early next year, in July 2030.")
    assert list(tx.columns) == ["doc_id", "start", "end", "text", "type", "value", "mod", "anchor", "sent_id",
                                "date_start", "date_end", "range_from", "range_to", "zone"]
    assert value_interval("2031-W12") == (pd.Timestamp("2031-03-17"), pd.Timestamp("2031-03-23"))
    assert value_interval("2030-Q3") == (pd.Timestamp("2030-07-01"), pd.Timestamp("2030-09-30"))
    assert value_interval("199") == (pd.Timestamp("1990-01-01"), pd.Timestamp("1999-12-31"))
    assert value_interval("2030-WI") == (pd.Timestamp("2030-12-01"), pd.Timestamp("2031-02-28"))
    assert value_interval("P2W") == (pd.NaT, pd.NaT) or all(pd.isna(v) for v in value_interval("P2W"))


def test_last_after_to_or_a_modal_is_the_verb_not_part_of_the_duration():
    # "is expected to last six weeks": the verb, as "lasted two days" is; "the last six weeks" keeps it
    assert _values("The trial is expected to last six weeks; the repairs will last three days.") == [
        ("six weeks", "P6W"), ("three days", "P3D")]
    assert _values("The talks lasted two days.") == [("two days", "P2D")]
    assert [t for t, _ in _values("Fares rose in the last six weeks.")] == ["the last six weeks"]


@pytest.mark.parametrize("text, expected", [
    # British: the coming weekday (or tomorrow, today) and a week or a fortnight on
    ("The final is a week on Saturday.", [("a week on Saturday", "2031-03-29")]),
    ("The final is on Saturday week.", [("Saturday week", "2031-03-29")]),
    ("The results are due a week tomorrow.", [("a week tomorrow", "2031-03-25")]),
    ("The bridge reopens a fortnight on Friday.", [("a fortnight on Friday", "2031-04-04")]),
    ("The hearing resumes a week today.", [("a week today", "2031-03-24")]),
    ("The Ashgrove replay is on Tuesday fortnight.", [("Tuesday fortnight", "2031-04-01")]),
    # a count of a week, and a weekday before another noun, are not
    ("Shares made their first gain in a week on Friday.", [("a week", "P1W"), ("Friday", "2031-03-14")]),
])
def test_a_week_on_a_weekday(text, expected):
    assert _values(text) == expected


def test_a_range_of_durations_is_one_expression():
    tx = _tx("The refit will take two to three weeks, then 5-7 days of trials, one or two hours each.")
    assert [(r.text, r.value, r.range_from, r.range_to) for r in tx.itertuples()] == [
        ("two to three weeks", "P2W", "P2W", "P3W"), ("5-7 days", "P5D", "P5D", "P7D"),
        ("one or two hours", "PT1H", "PT1H", "PT2H")]
    assert _values("The club won 3-2 after two weeks.") == [("two weeks", "P2W")]
    # "between two and six days" is a range too, not the compound "two and six" (P8D); "and" makes one
    # number after hundred, and "one and a half" is one and a half
    tx = _tx("Trials take between two and six days, repairs one hundred and five days, the crossing one and a half years.")
    assert [(r.text, r.value, r.range_from, r.range_to) for r in tx.itertuples()] == [
        ("two and six days", "P2D", "P2D", "P6D"), ("one hundred and five days", "P105D", None, None),
        ("one and a half years", "P1Y6M", None, None)]
    # a dash set off by spaces after a year is the sentence's, not a range's: the count after it is its own
    assert _values("In May 2029 - four months after Mayor Quill left office - the Tolvern board wrote.") == [
        ("May 2029", "2029-05"), ("four months", "P4M")]
    assert _values("The refit takes 5 - 7 days, the trials five - seven weeks.") == [("5 - 7 days", "P5D"),
                                                                                      ("five - seven weeks", "P5W")]
    # hyphenated, "and a half" is still the count's half
    assert _values("Over the past seven-and-a-half years the Tolvern ferry lost money.") == [
        ("the past seven-and-a-half years", "P7Y6M")]


@pytest.mark.parametrize("text, rows", [
    # one expression, one range: the first end as the value, both ends, the interval over the whole range
    ("The Caldry fair runs Oct. 20-24.", [("Oct. 20-24", "2030-10-20", "2030-10-20", "2030-10-24", "2030-10-20", "2030-10-24")]),
    ("The fair ran March 30–April 2, 2031.",
     [("March 30–April 2, 2031", "2031-03-30", "2031-03-30", "2031-04-02", "2031-03-30", "2031-04-02")]),
    # day first, as British papers write it (it was the last day alone, "3 March")
    ("The Caldry fair ran 1-3 March 2031.", [("1-3 March 2031", "2031-03-01", "2031-03-01", "2031-03-03",
                                              "2031-03-01", "2031-03-03")]),
    ("The strike ran from 10 to 14 March 2031.", [("10 to 14 March 2031", "2031-03-10", "2031-03-10", "2031-03-14",
                                                   "2031-03-10", "2031-03-14")]),
    ("Talks ran between 10 and 12 March 2031.", [("10 and 12 March 2031", "2031-03-10", "2031-03-10", "2031-03-12",
                                                  "2031-03-10", "2031-03-12")]),
    ("Tolls rise in the 2031-32 school year.", [("the 2031-32 school year", "2031", "2031", "2032", "2031-01-01",
                                                 "2032-12-31")]),
    ("Ferry traffic for 2027-2029 fell.", [("2027-2029", "2027", "2027", "2029", "2027-01-01", "2029-12-31")]),
    ("The FY2031-32 budget grew.", [("FY2031-32", "2031", "2031", "2032", "2031-01-01", "2032-12-31")]),
    ("Revenue for FY2031 fell.", [("FY2031", "2031", None, None, "2031-01-01", "2031-12-31")]),
    # an apostrophe for the century, as Indian business copy writes it (was no expression)
    ("Rampur Mills' revenue for FY'31 fell.", [("FY'31", "2031", None, None, "2031-01-01", "2031-12-31")]),
    # two expressions (as TimeML tags them), each knowing the range it bounds
    ("Work on the dock lasted from January to February.",
     [("January", "2031-01", "2031-01", "2031-02", "2031-01-01", "2031-01-31"),
      ("February", "2031-02", "2031-01", "2031-02", "2031-02-01", "2031-02-28")]),
    ("Catches grew between 2027 and 2029.",
     [("2027", "2027", "2027", "2029", "2027-01-01", "2027-12-31"),
      ("2029", "2029", "2027", "2029", "2029-01-01", "2029-12-31")]),
    # anchored to the date the text last named
    ("The ferry sank on Wednesday, Jan. 8, 2031. Divers had come the previous Friday.",
     [("Wednesday, Jan. 8, 2031", "2031-01-08", None, None, "2031-01-08", "2031-01-08"),
      ("the previous Friday", "2031-01-03", None, None, "2031-01-03", "2031-01-03")]),
    ("The ferry sank on Wednesday, Jan. 8, 2031. Divers left the following Monday.",
     [("Wednesday, Jan. 8, 2031", "2031-01-08", None, None, "2031-01-08", "2031-01-08"),
      ("the following Monday", "2031-01-13", None, None, "2031-01-13", "2031-01-13")]),
    ("The ferry sank on Jan. 8, 2031. Two days later the mayor resigned.",
     [("Jan. 8, 2031", "2031-01-08", None, None, "2031-01-08", "2031-01-08"),
      ("Two days", "P2D", "2031-01-08", "2031-01-10", "2031-01-10", "2031-01-10")]),
    ("The ferry sank on Jan. 8, 2031. That same week the mayor resigned.",
     [("Jan. 8, 2031", "2031-01-08", None, None, "2031-01-08", "2031-01-08"),
      ("That same week", "2031-W02", None, None, "2031-01-06", "2031-01-12")]),
    # "earlier" counts back from that date as "later" counts on (it counted from the publication date: 2031-W11)
    ("The ferry sank on Jan. 8, 2031. A week earlier the mayor resigned.",
     [("Jan. 8, 2031", "2031-01-08", None, None, "2031-01-08", "2031-01-08"),
      ("A week earlier", "2031-W01", None, None, "2030-12-30", "2031-01-05")]),
    # a season after "the following" or "the previous" too (it counted from the publication date: 2031-SP)
    ("The pier closed in late 2028 and reopened the following spring.",
     [("late 2028", "2028", None, None, "2028-09-01", "2028-12-31"),
      ("the following spring", "2029-SP", None, None, "2029-03-01", "2029-05-31")]),
    ("The pier closed in March 2028, after floods the previous winter.",
     [("March 2028", "2028-03", None, None, "2028-03-01", "2028-03-31"),
      ("the previous winter", "2027-WI", None, None, "2027-12-01", "2028-02-29")]),
])
def test_ranges_fiscal_years_and_anchored_expressions(text, rows):
    tx = _tx(text, publication_date="2030-10-29" if "Oct. 20" in text else PUB)
    got = [(r.text, r.value, r.range_from, r.range_to, str(r.date_start.date()), str(r.date_end.date()))
           for r in tx.itertuples()]
    assert got == rows


@pytest.mark.parametrize("text, expected", [
    # British and Australian copy: "financial year" for "fiscal year"
    ("Brackmoor Water's profit fell in the previous financial year and will rise this financial year.",
     [("the previous financial year", "2030"), ("this financial year", "2031")]),
    ("Its target for the current financial year was met.", [("the current financial year", "2031")]),
    ("Fenwold Rail expects a surplus in financial year 2032 after a loss in financial year 2029/30.",
     [("financial year 2032", "2032"), ("financial year 2029/30", "2029")]),
    # Indian copy: "fiscal" as the noun, after last/this/next
    ("Rampur Mills said output rose 8% this fiscal, after falling in the last fiscal; it expects more next fiscal.",
     [("this fiscal", "2031"), ("the last fiscal", "2030"), ("next fiscal", "2032")]),
    # the adjective before its noun stays no expression
    ("Rampur Mills criticised this fiscal policy.", []),
])
def test_financial_year_and_fiscal_as_a_noun_name_the_fiscal_year(text, expected):
    assert _values(text) == expected


def test_holidays_are_found_whichever_apostrophe_the_copy_types():
    # "New Year’s Eve" was "New Year" (2032-01-01); the other two were not found
    assert _values("Umberton's fireworks will light up New Year’s Eve; its parade returns on St. Patrick’s Day "
                   "and its fair on Valentine’s Day.") == [
        ("New Year’s Eve", "2031-12-31"), ("St. Patrick’s Day", "2031-03-17"), ("Valentine’s Day", "2032-02-14")]


@pytest.mark.parametrize("text, expected", [
    ("Kelby's new hall will open on Australia Day; last Anzac Day it hosted 300 veterans.",
     [("Australia Day", "2032-01-26"), ("last Anzac Day", "2030-04-25")]),
    ("The Tolvern ferry stops on St Patrick's Day and will sail again on St Stephen's Day.",
     [("St Patrick's Day", "2031-03-17"), ("St Stephen's Day", "2031-12-26")]),
    ("Poppies sold out before Remembrance Sunday, and the Brisk Hill fair returned on Shrove Tuesday.",
     [("Remembrance Sunday", "2030-11-10"), ("Shrove Tuesday", "2031-02-25")]),
    ("The Orrin Bay shop shut on Canada Day and on Mother’s Day; Hogmanay parties were cancelled.",
     [("Canada Day", "2030-07-01"), ("Mother’s Day", "2030-05-12"), ("Hogmanay", "2030-12-31")]),
    # days counted from another's rule: the Friday and the Monday after Thanksgiving (were the bare weekdays)
    ("Cedar Hollow shoppers spent more on Black Friday and Cyber Monday.",
     [("Black Friday", "2030-11-29"), ("Cyber Monday", "2030-12-02")]),
    # Canadian and Australian days (were no expression); Victoria Day a week before May's last Monday
    ("Kelby's pool opens on Victoria Day and shut on Family Day; the Orrin fair is held on the Civic Holiday.",
     [("Victoria Day", "2031-05-19"), ("Family Day", "2031-02-17"), ("Civic Holiday", "2030-08-05")]),
    ("The Tolvern vote fell on Thanksgiving Monday and the races on Melbourne Cup Day.",
     [("Thanksgiving Monday", "2030-10-14"), ("Melbourne Cup Day", "2030-11-05")]),
    # named by its country, Canada's second Monday of October (was "Thanksgiving", the American one)
    ("The Tolvern cousins met on Canadian Thanksgiving.", [("Canadian Thanksgiving", "2030-10-14")]),
])
def test_holidays_of_other_english_speaking_countries(text, expected):
    assert _values(text) == expected


def test_the_quarters_and_halves_of_a_game_are_no_dates():
    # each was the latest such calendar quarter or half (2030-Q4, 2031-H1 ...)
    got = _values("The Kelby Otters beat Tolvern 27-20 on Sunday. Quarterback Tom Vell threw a touchdown pass in "
                  "the fourth quarter after the Otters trailed at halftime; in the second half Tolvern managed a "
                  "field goal. The Otters' owner said third-quarter revenue rose.")
    assert got == [("Sunday", "2031-03-16"), ("third-quarter", "2030-Q3")]
    # baseball's words too ("homers", "plate appearances", "wild pitches"; was 2030-H2)
    assert _values("Orrin Bay's catcher hit 12 homers in 200 plate appearances; his wild pitches fell in the second "
                   "half.") == []
    # one word of sport is not enough: the quarter of a year
    assert _values("Kelby's stadium fund grew in the third quarter.") == [("the third quarter", "2030-Q3")]


def test_weekdays_and_weeknights_are_sets_as_weekends_are():
    # each one of them (were not found): the weekdays XXXX-WXX-WD, their nights as "Monday nights" are written
    assert _values("The Kelby ferry runs weekdays; the Tolvern library opens weeknights and on weekends.") == [
        ("weekdays", "XXXX-WXX-WD"), ("weeknights", "XXXX-WXX-WDTNI"), ("weekends", "XXXX-WXX-WE")]


def test_a_weekday_written_before_a_day_and_month_picks_the_year():
    # PUB is 17 March 2031: 4 September 2030 was a Wednesday, 4 September 2031 a Thursday. A school calendar
    # written in the present put the first in 2031, the future day of the month.
    assert _values("Tolvern Academy's autumn term begins on Wednesday 4 September and ends on Friday, "
                   "December 19.") == [("Wednesday 4 September", "2030-09-04"), ("Friday, December 19", "2031-12-19")]
    # three letters without a dot, as a fixture list writes them (the day alone was found, and "Sat" a word)
    assert _values("Fixtures: Sat 14 Dec: Kelby v Tolvern (3pm). Wed, Jan. 8: Orrin Bay v Kelby. The jury sat "
                   "14 December.", "2030-12-04") == [("Sat 14 Dec", "2030-12-14"), ("3pm", "2030-12-14T15:00"),
                                                     ("Wed, Jan. 8", "2031-01-08"), ("14 December", "2030-12-14")]
    # no weekday, or one that fits no year near: the tense's year
    assert _values("Tolvern Academy's term begins on 4 September.") == [("4 September", "2031-09-04")]


def test_holidays_that_follow_the_moon_take_their_days_from_a_table():
    # none was found before; a year the table lacks leaves the day unresolved
    got = _values("The Marrowgate market closed for Eid al-Fitr and will shut again for Diwali; Lunar New Year "
                  "crowds filled Kelby's harbour. The Yom Kippur fast was quiet, Passover 2029 was busy and the "
                  "Holi 2042 fair is planned.")
    assert got == [("Eid al-Fitr", "2031-01-24"), ("Diwali", "2031-11-14"), ("Lunar New Year", "2031-01-23"),
                   ("Yom Kippur", "2030-10-07"), ("Passover 2029", "2029-03-31"), ("Holi 2042", None)]
    # the eve of one, the day before it (was the holiday itself, "Chinese New Year")
    assert _values("Marrowgate's shops shut early on Chinese New Year’s Eve.") == [
        ("Chinese New Year’s Eve", "2031-01-22")]
    # bare "Eid": al-Fitr or al-Adha, whichever the tense points to, only within 30 days of the day of writing
    # (was untagged); further off, or with a year, which one is not said; after a capitalised word, a name
    assert _values("Kessa shops will close for Eid, Samir Eid said.") == [("Eid", "2031-04-02")]
    assert _values("Kessa crowds gathered for Eid prayers.") == [("Eid", None)]


def test_the_end_of_a_month_or_year_as_business_copy_writes_it():
    # "end-March" and "end-2032" were not found, "June-end" was June with no mod
    assert _fields("Rampur Mills will double output by end-March and triple it by June-end; its debt is due at "
                   "end-2032, after stocks were cleared by end-September 2030.", "mod") == [
        ("end-March", "2031-03", "END"), ("June-end", "2031-06", "END"), ("end-2032", "2032", "END"),
        ("end-September 2030", "2030-09", "END")]


def test_the_new_year_is_the_year_to_come_or_the_one_just_begun():
    # neither was found; "the New Year" was read as the holiday, 1 January
    text = "Kelby's ferry will return in the new year; parking stays free until the New Year."
    assert _values(text, publication_date="2031-11-20") == [("the new year", "2032"), ("the New Year", "2032")]
    assert _values("The new year has begun badly for Kelby.",
                   publication_date="2032-01-12") == [("The new year", "2032")]
    # the holiday's name stays the holiday
    assert _values("Fireworks will mark the New Year.", publication_date="2031-11-20") == [("New Year", "2032-01-01")]


def test_a_calendar_quarter_named_by_its_months():
    # the months were two expressions, the last ("October-December … are due") put in the next year
    assert _values("Rampur Mills' profit fell in the July-September quarter; results for the October-December "
                   "quarter are due in January.", publication_date="2030-12-06") == [
        ("the July-September quarter", "2030-Q3"), ("the October-December quarter", "2030-Q4"), ("January", "2031-01")]
    assert _values("Its April-June 2029 quarter was weak.") == [("April-June 2029 quarter", "2029-Q2")]
    # a quarter by the month it ends, as Australian and New Zealand copy name it (the month alone before)
    assert _values("Kelby's economy grew in the December quarter, after shrinking in the September quarter.") == [
        ("the December quarter", "2030-Q4"), ("the September quarter", "2030-Q3")]
    # months that make no calendar quarter stay a range of months
    assert [t for t, _ in _values("Its August-October quarter was weak.")] == ["August", "October"]
    # and a half year by the month it ends (was the month alone: "June" 2030-06, "December" 2030-12)
    assert _values("Kelby Mining's profit rose in the June 2030 half and fell in the December half.") == [
        ("the June 2030 half", "2030-H1"), ("the December half", "2030-H2")]


def test_weekdays_abbreviated_to_four_letters_or_more_need_no_dot():
    # "Tues", "Weds", "Thurs" were not found; three letters still need the dot ("Sat", "Sun", "Wed" are words)
    assert _values("The Kelby count will begin at 10pm on Thurs and results are due Weds, the Sun said.") == [
        ("10pm on Thurs", "2031-03-20T22:00"), ("Weds", "2031-03-19")]
    assert _values("The Tolvern couple wed on Sat in a hall that faces the sun.") == []


def test_the_half_year_shorthand_without_its_year():
    # "H1", "H2" without a year were not found
    assert _values("Brackmoor Water said its H1 profit rose and its Q1 sales fell; H2 was weaker.") == [
        ("H1", "2031-H1"), ("Q1", "2031-Q1"), ("H2", "2030-H2")]
    assert _values("Fenwold Rail's sales fell in H2 and will recover.") == [("H2", "2030-H2")]
    # the preposition is read however long it is, with "the" between
    assert _values("Fenwold Rail's sales fell during the H2; debt grew over the H1.") == [
        ("H2", "2030-H2"), ("H1", "2031-H1")]
    # not the visa, nor outside results news
    assert _values("Fenwold Rail hired workers on H1-B visas; the H1 line was closed.") == []


def test_a_present_verb_of_a_scheduled_event_points_ahead():
    # PUB is Monday 17 March 2031. Each was read as past: no cue of the future in its clause.
    assert _values("The Umberton court hears the appeal Thursday. The ferry levy takes effect Friday, and "
                   "the harbour's fiscal year, which ends Sept. 30, closes with a deficit.") == [
        ("Thursday", "2031-03-20"), ("Friday", "2031-03-21"), ("Sept. 30", "2031-09-30")]
    # the plural forms too: "goes? into effect" had read "goe"/"goes"
    assert _values("The Umberton ferry rules go into effect Friday; the two pilots go on trial Thursday.") == [
        ("Friday", "2031-03-21"), ("Thursday", "2031-03-20")]
    # schedules as British and local copy write them
    assert _values("The Kelby road reopens Tuesday; tickets for the Tolvern fair go on sale on Friday, the vote "
                   "takes place on Thursday and snow is forecast for Wednesday.") == [
        ("Tuesday", "2031-03-18"), ("Friday", "2031-03-21"), ("Thursday", "2031-03-20"), ("Wednesday", "2031-03-19")]
    # a present copula before the day, as fixtures and notices write it (each was the day before)
    assert _values("Kickoff at Brisk Park is 12:30 p.m. Sunday; the Tolvern vote is Thursday and the deadline "
                   "is on Friday.") == [("12:30 p.m. Sunday", "2031-03-23T12:30"), ("Thursday", "2031-03-20"),
                                        ("Friday", "2031-03-21")]
    # the reporting stays past: "reports" is no cue
    assert _values("The Umberton Gazette reports Thursday that the levy was dropped.") == [("Thursday", "2031-03-13")]


def test_the_day_of_the_2001_attacks_by_its_names():
    # "9/11" was no date; "the Sept. 11 attacks" was the nearest 11 September (2030-09-11 for PUB).
    assert _values("Kestrel's port police have grown since 9/11 and the Sept. 11 attacks; the 9/11 Commission "
                   "met on 9/11/2030; the ferry will sail again on Sept. 11.") == [
        ("9/11", "2001-09-11"), ("Sept. 11", "2001-09-11"), ("9/11", "2001-09-11"), ("9/11/2030", "2030-09-11"),
        ("Sept. 11", "2031-09-11")]
    # before 2001 not the attacks' day: a date of numbers without a year after "on" (was untagged)
    assert _values("The Umberton regatta ends on 9/11.", publication_date="1999-03-01") == [("9/11", "1999-09-11")]


def test_last_next_and_previous_quarter_count_from_the_quarter_they_follow():
    # PUB is 17 March 2031, in the first quarter. "last quarter" was the fourth of 2030 (it was read as
    # "the last quarter" of the year, 2031-Q4); "next quarter" and "the previous quarter" were no date.
    assert _values("Umberton Ferries' sales fell last quarter and will rise next quarter.") == [
        ("last quarter", "2030-Q4"), ("next quarter", "2031-Q2")]
    # In a report on a quarter named by its number, its neighbours count from it.
    assert _values("Umberton Ferries' fourth-quarter profit rose from the previous quarter; it expects "
                   "less in the coming quarter.") == [
        ("fourth-quarter", "2030-Q4"), ("the previous quarter", "2030-Q3"), ("the coming quarter", "2031-Q1")]
    assert _values("Umberton Ferries' profit for the last quarter of 2029 rose.") == [
        ("the last quarter of 2029", "2029-Q4")]


def test_the_end_of_the_anchors_month_or_week_as_business_copy_writes_it():
    # each was no expression ("year-end" alone was found)
    assert _fields("Kelby Water will repay the loan by month-end, the bonds by the month's end and the rest by "
                   "week's end.", "mod") == [("month-end", "2031-03", "END"), ("the month's end", "2031-03", "END"),
                                             ("week's end", "2031-W12", "END")]


def test_a_weekday_after_a_or_an_is_no_day_in_particular():
    # each was the nearest such day in its verb's direction
    assert _values("Kelby's harbour festival falls on a Thursday next year; the ferry sank on a Monday morning.") == [
        ("Thursday", "XXXX-WXX-4"), ("next year", "2032"), ("Monday morning", "XXXX-WXX-1TMO")]
    # a weekday that modifies a noun is one day
    assert _values("Ada Quill said in a Friday interview that the ferry would sail.") == [("Friday", "2031-03-14")]


def test_a_weekday_with_the_week_named_beside_it_is_that_weeks():
    # PUB is Monday 17 March 2031. Each weekday was the nearest one in its verb's direction.
    assert _values("The Kelby ferry sank on Thursday last week; divers go down on Friday of next week.") == [
        ("Thursday", "2031-03-13"), ("last week", "2031-W11"), ("Friday", "2031-03-28"), ("next week", "2031-W13")]
    assert _values("The Kelby inquiry heard last week on Tuesday that the ferry was late.") == [
        ("last week", "2031-W11"), ("Tuesday", "2031-03-11")]


def test_a_quarter_without_its_year_in_a_future_clause_lies_ahead():
    # Both were the latest such quarter begun, 2030's, whatever the verb's tense.
    assert _values("Umberton Ferries says its fares will rise in the third quarter.") == [
        ("the third quarter", "2031-Q3")]
    assert _values("Umberton Ferries will sell two ships in the second quarter.", "2031-12-04") == [
        ("the second quarter", "2032-Q2")]
    # told in the past, or a quarter just over whose results are still to come: the latest one
    assert _values("Umberton Ferries' fares rose in the third quarter.") == [("the third quarter", "2030-Q3")]
    assert _values("Umberton Ferries will report fourth-quarter results on Friday.") == [
        ("fourth-quarter", "2030-Q4"), ("Friday", "2031-03-21")]


def test_hours_and_minutes_after_a_preposition_of_time_and_local_time():
    # Each was no expression (or the day alone): a clock time with no a.m. or p.m., as European copy writes it.
    got = _fields("The Kestrel ferry leaves at 19:30 on Tuesday, the harbour opens at 0900 local time and the vote "
                  "closes by 10:30 EDT. Psalm 3:16 was read; the score was 21:14.", "zone")
    assert got == [("19:30 on Tuesday", "2031-03-18T19:30", None), ("0900 local time", "2031-03-17T09:00", "local"),
                   ("10:30 EDT", "2031-03-17T10:30", "-04:00")]


def test_a_time_stamp_keeps_its_seconds_and_gives_its_zone():
    # web copy's ISO time stamps: each was cut at its minutes, the seconds and the zone left out
    got = _fields("The Kestrel notice was posted 2031-03-16T14:05:30Z and updated 2031-03-17T09:00+0530.", "zone")
    assert got == [("2031-03-16T14:05:30Z", "2031-03-16T14:05:30", "+00:00"),
                   ("2031-03-17T09:00+0530", "2031-03-17T09:00", "+05:30")]


def test_a_range_of_days_in_words():
    got = _fields("The Umberton poll was conducted March 6 to 10 on cellphones. Support rose from 40 percent on "
                  "March 2 to 46 percent on March 12.", "range_from", "range_to")
    # was "March 6" alone; the second sentence is a count between two dates, no range
    assert got == [("March 6 to 10", "2031-03-06", "2031-03-06", "2031-03-10"),
                   ("March 2", "2031-03-02", None, None), ("March 12", "2031-03-12", None, None)]


def test_a_second_half_told_in_the_past_before_it_began_is_the_year_befores():
    # PUB is 17 March 2031: the second half of 2031 has not begun, so money raised in it is 2030's.
    assert _values("The Umberton ferry fund raised more in the second half of the year than in the first.") == [
        ("the second half of the year", "2030-H2")]
    assert _values("The Umberton ferry fund will raise more in the second half of the year.") == [
        ("the second half of the year", "2031-H2")]


def test_a_quarter_with_its_year_before_it_and_its_end_or_start():
    # Each was the quarter of PUB's year or its latest one, or had no mod.
    got = _fields("Umberton Ferries lost money in fiscal 2029's first quarter, in FY30 Q2 and in 2029's second half, "
                  "and made one by the end of the third quarter.", "mod")
    assert got == [("fiscal 2029's first quarter", "2029-Q1", None), ("FY30 Q2", "2030-Q2", None),
                   ("2029's second half", "2029-H2", None), ("the end of the third quarter", "2030-Q3", "END")]


def test_the_business_pages_shorthand_for_halves_and_quarters():
    got = _values("Umberton Ferries earned more in H1 2030, in 1H31, in 2H 2029, in 3Q30, in 4Q 2029, in H2 FY30 "
                  "and in Q2 2031 than in H1'29.")
    assert got == [("H1 2030", "2030-H1"), ("1H31", "2031-H1"), ("2H 2029", "2029-H2"), ("3Q30", "2030-Q3"),
                   ("4Q 2029", "2029-Q4"), ("H2 FY30", "2030-H2"), ("Q2 2031", "2031-Q2"), ("H1'29", "2029-H1")]
    # no year, or a number that is no year: H1N1, an H-1B visa, "3Q 12 points", "a 2H 50% rise"
    assert _values("The H2 plant, the H1N1 wave, an H-1B visa, 3Q 12 points and a 2H 50% rise.") == []


def test_a_years_first_or_second_half_is_its_half_however_it_is_written():
    # TIMEX3 writes a year's half as its own value (the TempEval gold: "the last half of 1989" is
    # 1989-H2); "first half of" once read as a mod of the year (2032, START) unless "last" said it.
    got = _fields("Umberton's port grew in the first half of 2030, fell in the second half of 2029 and in the latter "
                  "half of last year, and expects more in the first half of the year, in the first half of fiscal 2032 "
                  "and in early 2032.", "mod")
    assert got == [("the first half of 2030", "2030-H1", None), ("the second half of 2029", "2029-H2", None),
                   ("the latter half of last year", "2030-H2", None), ("the first half of the year", "2031-H1", None),
                   ("the first half of fiscal 2032", "2032-H1", None), ("early 2032", "2032", "START")]



def test_a_half_or_quarter_of_something_that_is_no_year_is_not_this_years():
    # "the first half of" a century, a game or a season is no half of the writing's year; of a year named
    # within a few words after "of", it still is
    got = _fields("Brellwick's mills grew in the first half of the 20th century. Tovan Dorr scored in the second half "
                  "of an Ostmere league game and in the first quarter of the season. Sales rose in the first half of "
                  "each year.", "mod")
    assert got == [("the first half of the 20th century", "19", "START"), ("the first half", "2031-H1", None),
                   ("each year", "P1Y", None)]


def test_a_century_takes_the_part_of_it_said_before_it():
    # TIMEX3 takes the phrase whole with its mod, as for a year or a month ("the end of 2030": END)
    got = _fields("The Orrin Bay mills closed at the end of the 19th century and the Tavel canal grew in the second "
                  "half of the 18th century.", "mod")
    assert got == [("the end of the 19th century", "18", "END"), ("the second half of the 18th century", "17", "END")]


@pytest.mark.parametrize("text, value, zone", [
    ("Polls will close at 9 a.m. ET on Tuesday.", "2031-03-18T09:00", "-04:00"),  # daylight time in March 2031
    ("Polls close at 9 a.m. ET on Jan. 7.", "2031-01-07T09:00", "-05:00"),
    ("The vote ends at 8 p.m. EST.", "2031-03-17T20:00", "-05:00"),
    ("Talks will open at 10 a.m. JST on Tuesday.", "2031-03-18T10:00", "+09:00"),
    ("Talks open at noon local time.", "2031-03-17T12:00", "local"),
    ("Talks open at noon Eastern time tomorrow.", "2031-03-18T12:00", "-04:00"),
])
def test_clock_times_keep_local_value_and_record_the_zone(text, value, zone):
    tx = _tx(text)
    assert len(tx) == 1 and (tx.iloc[0]["type"], tx.iloc[0]["value"], tx.iloc[0]["zone"]) == ("TIME", value, zone)
    assert tx.iloc[0]["text"].endswith(("ET on Tuesday", "ET on Jan. 7", "EST", "JST on Tuesday", "local time",
                                        "Eastern time tomorrow"))


@pytest.mark.parametrize("text, expected", [
    # British and wire-service forms: a point between hour and minutes, a 24-hour time with its zone
    ("The ferry left at 10.30am.", [("10.30am", "2031-03-17T10:30", None)]),
    ("Doors will open at 7.45pm on Thursday.", [("7.45pm on Thursday", "2031-03-20T19:45", None)]),
    ("The count ended at 14:30 GMT.", [("14:30 GMT", "2031-03-17T14:30", "+00:00")]),
    ("The strike begins at 0600 GMT tomorrow.", [("0600 GMT tomorrow", "2031-03-18T06:00", "+00:00")]),
    # the same time restated in another zone is no second expression
    ("He spoke at 10:35 a.m. (0735 GMT).", [("10:35 a.m.", "2031-03-17T10:35", None)]),
    # a clock time with its day named by last/next/this
    ("The row started at 9am last Tuesday.", [("9am last Tuesday", "2031-03-11T09:00", None)]),
    ("They meet at 10.30am next Monday.", [("10.30am next Monday", "2031-03-24T10:30", None)]),
    # a clock time with its day written out, weekday first or not, day or month first
    ("The offer closed at 5pm on Friday 7 March.", [("5pm on Friday 7 March", "2031-03-07T17:00", None)]),
    ("Doors open at 7.30pm on Saturday 22 March.", [("7.30pm on Saturday 22 March", "2031-03-22T19:30", None)]),
    ("The polls close at 10pm on 20 March.", [("10pm on 20 March", "2031-03-20T22:00", None)]),
    ("The vote opens at 9 a.m. on Friday, March 21.", [("9 a.m. on Friday, March 21", "2031-03-21T09:00", None)]),
    ("The ferry sank at 6am on the 1st of April 2030.", [("6am on the 1st of April 2030", "2030-04-01T06:00", None)]),
    # not past a line break, where a caption's time ends and a paragraph opens on its own day ...
    ("Posted by Ada Quill on Mar 8, 2031 at 2:43pm\nOn Saturday March 8th she sailed.",
     [("Mar 8, 2031", "2031-03-08", None), ("2:43pm", "2031-03-08T14:43", None),
      ("Saturday March 8th", "2031-03-08", None)]),
    # ... but in a sentence wrapped there
    ("The offer closed at 5pm\non Friday 7 March.", [("5pm\non Friday 7 March", "2031-03-07T17:00", None)]),
    # no zone, no a.m./p.m.: a number, not a time
    ("The harbour had 1430 boats in 2030.", [("2030", "2030", None)]),
])
def test_clock_times_of_other_house_styles(text, expected):
    assert [(r.text, r.value, r.zone) for r in _tx(text).itertuples()] == expected


@pytest.mark.parametrize("text, expected", [
    ("Bids will close Friday at noon.", [("Friday", "2031-03-21"), ("noon", "2031-03-21T12:00")]),
    ("The pier shut on March 2. The following day, about 5:15 a.m., it reopened.",
     [("March 2", "2031-03-02"), ("The following day", "2031-03-03"), ("5:15 a.m.", "2031-03-03T05:15")]),
    ("She speaks Saturday morning between 10 and 11 a.m.",
     [("Saturday morning", "2031-03-22TMO"), ("10", "2031-03-22T10:00"), ("11 a.m.", "2031-03-22T11:00")]),
    # a verb between them: the clock time belongs to another clause, on the publication day
    ("Crews will sail on Friday, and the ferry left just after 2 p.m.",
     [("Friday", "2031-03-21"), ("2 p.m.", "2031-03-17T14:00")]),
    ("The ferry left at 2 p.m.", [("2 p.m.", "2031-03-17T14:00")]),
    # but a scheduled event's verb alone between them: the event's day (was the publication day)
    ("The Kessa match on Saturday 22 March starts at 7.45pm.",
     [("Saturday 22 March", "2031-03-22"), ("7.45pm", "2031-03-22T19:45")]),
    ("The Orrin vote on Friday will open at 7 a.m.", [("Friday", "2031-03-21"), ("7 a.m.", "2031-03-21T07:00")]),
    ("Saturday's Kessa derby kicks off at 3pm.", [("Saturday", "2031-03-22"), ("3pm", "2031-03-22T15:00")]),
    # the day right after it, which the clock's own pattern does not take in, dates it first
    ("The match kicks off at 3pm on Boxing Day.", [("3pm", "2031-12-26T15:00"), ("Boxing Day", "2031-12-26")]),
    ("On Friday the mayor said the fireworks will start at midnight on New Year's Eve.",
     [("Friday", "2031-03-14"), ("midnight", "2031-12-31T24:00"), ("New Year's Eve", "2031-12-31")]),
    # the day closing a bracket that restates the time
    ("The Glimmerby ferry will leave at 4 a.m. (0800 GMT Thursday).",
     [("4 a.m.", "2031-03-20T04:00"), ("Thursday", "2031-03-20")]),
    ("The Glimmerby ferry left at 4 a.m. (0800 GMT Thursday).",
     [("4 a.m.", "2031-03-13T04:00"), ("Thursday", "2031-03-13")]),
])
def test_a_clock_time_without_its_day_takes_the_day_named_just_before_it(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Glimmerby ferry left at 7 o'clock on Tuesday.", [("7 o'clock on Tuesday", "2031-03-11T07:00")]),
    ("Mayor Quillon arrived at seven o'clock.", [("seven o'clock", "2031-03-17T07:00")]),
    ("The Glimmerby council voted at ten o’clock at night.", [("ten o’clock at night", "2031-03-17T22:00")]),
    ("The Glimmerby ferry left at half past nine on Tuesday.", [("half past nine on Tuesday", "2031-03-11T09:30")]),
    ("The Glimmerby ferry sails at a quarter to six.", [("a quarter to six", "2031-03-17T05:45")]),
    ("The bell rang by quarter past four in the afternoon.",
     [("quarter past four in the afternoon", "2031-03-17T16:15")]),
    # a bare hour with its part of the day, after a preposition of time (TimeBank: "4 in the morning")
    ("Mayor Quillon left Glimmerby at 4 in the morning.", [("4 in the morning", "2031-03-17T04:00")]),
    ("The Glimmerby council sat until ten at night.", [("ten at night", "2031-03-17T22:00")]),
    ("The Glimmerby ferry will leave at 4 in the morning (4 a.m. GMT Thursday).",
     [("4 in the morning", "2031-03-20T04:00"), ("4 a.m. GMT Thursday", "2031-03-20T04:00")]),
    ("Glimmerby scored 3 in the afternoon.", []),
    # the second end of a range of clock times; twelve at night is midnight
    ("The Glimmerby library is open from 9 in the morning to 5 in the evening.",
     [("9 in the morning", "2031-03-17T09:00"), ("5 in the evening", "2031-03-17T17:00")]),
    ("The Glimmerby market is open from 3 to 5 in the afternoon.", [("5 in the afternoon", "2031-03-17T17:00")]),
    ("Glimmerby fares rose to 5 in the morning session.", []),
    ("The Glimmerby curfew starts at twelve at night.", [("twelve at night", "2031-03-17T24:00")]),
    # shares, not the clock
    ("Glimmerby fares fell by a quarter to six percent.", []),
    ("Glimmerby fares fell by a quarter to 6% in March.", [("March", "2031-03")]),
    ("Glimmerby cut its ferry budget by a quarter to six million crowns.", []),
    ("Turnout in Glimmerby rose from one-quarter to one-third.", []),
])
def test_the_clock_as_it_is_spoken_is_a_clock_time(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, publication_date, expected", [
    ("Sales at the Varnholt bakery rose 4% from this time last year.", PUB, [("this time last year", "2030-03-17")]),
    ("By this time next month the Zantor bridge will be open.", "2031-03-31", [("this time next month", "2031-04-30")]),
    ("Fares in Zantor were lower at this time last week.", PUB, [("this time last week", "2031-03-10")]),
])
def test_this_time_last_year_is_the_same_day_a_unit_away(text, publication_date, expected):
    assert _values(text, publication_date) == expected


def test_a_clock_time_dated_by_the_day_before_it_has_that_days_utc_offset():
    tx = _tx("Polls opened on March 2 at 9 a.m. ET.")  # before daylight time began (March 9, 2031)
    assert tx[["text", "value", "zone"]].values.tolist() == [["March 2", "2031-03-02", None],
                                                            ["9 a.m. ET", "2031-03-02T09:00", "-05:00"]]


@pytest.mark.parametrize("text, expected", [
    # the first end takes the a.m./p.m. and the day of the second
    ("The Pellow Green fete runs from 6 to 8 p.m. on Friday.",
     [("6", "2031-03-14T18:00"), ("8 p.m. on Friday", "2031-03-14T20:00")]),
    ("The Pellow Green quiz runs from 7-9 p.m. on Friday.",
     [("7", "2031-03-14T19:00"), ("9 p.m. on Friday", "2031-03-14T21:00")]),
    ("Voting at Carnmoor hall ran between 9:30 and 11 a.m. yesterday.",
     [("9:30", "2031-03-16T09:30"), ("11 a.m. yesterday", "2031-03-16T11:00")]),
    ("The Tolvern surgery opens from 6:30 to 9 p.m.", [("6:30", "2031-03-17T18:30"), ("9 p.m.", "2031-03-17T21:00")]),
    ("Brisk Hill library opened 11-2pm on Saturday.",
     [("11", "2031-03-15T11:00"), ("2pm on Saturday", "2031-03-15T14:00")]),
    ("The Dunmere market ran from 10 a.m. to 2 p.m. on Saturday.",
     [("10 a.m.", "2031-03-15T10:00"), ("2 p.m. on Saturday", "2031-03-15T14:00")]),
    # overnight, the first end falls the day before: left alone
    ("The Orrin Bay vigil ran from 10 p.m. to 2 a.m. Saturday.",
     [("10 p.m.", "2031-03-17T22:00"), ("2 a.m. Saturday", "2031-03-15T02:00")]),
])
def test_the_first_end_of_a_range_of_clock_times_takes_what_the_second_gives_both(text, expected):
    tx = _tx(text)
    assert list(zip(tx["text"], tx["value"])) == expected
    if len(expected) == 2 and expected[0][1] < expected[1][1]:
        assert tx["range_from"].tolist() == [expected[0][1]] * 2 and tx["range_to"].tolist() == [expected[1][1]] * 2


@pytest.mark.parametrize("text, expected", [
    ("Fares rose from September to December 2029.", [("September", "2029-09"), ("December 2029", "2029-12")]),
    ("From March 2029 to May, the pier was shut.", [("March 2029", "2029-03"), ("May", "2029-05")]),
    ("The winds will blow from October to February.", [("October", "2031-10"), ("February", "2032-02")]),
    ("Fares rose from March to May.", [("March", "2030-03"), ("May", "2030-05")]),
    ("Fares rose from October to February 2030.", [("October", "2029-10"), ("February 2030", "2030-02")]),
])
def test_the_ends_of_a_range_of_months_lie_in_one_stretch(text, expected):
    tx = _tx(text)
    assert list(zip(tx["text"], tx["value"])) == expected
    assert tx["range_from"].tolist() == [expected[0][1]] * 2 and tx["range_to"].tolist() == [expected[1][1]] * 2


@pytest.mark.parametrize("text, published, expected", [
    # a Feb. 29 put in a year without one keeps its month: a value, not an impossible date
    ("Fares were cut from Feb. 29 to March 5, 2029.", "2032-03-10", [("Feb. 29", "2029-02"), ("March 5, 2029", "2029-03-05")]),
    ("The fair ran from Dec. 20, 2030 to Feb. 29.", "2032-03-10", [("Dec. 20, 2030", "2030-12-20"), ("Feb. 29", "2031-02")]),
    ("The fair ran from Feb. 29 to March 5.", "2032-03-10", [("Feb. 29", "2032-02-29"), ("March 5", "2032-03-05")]),
])
def test_a_range_end_moved_into_another_year_is_a_calendar_value(text, published, expected):
    tx = _tx(text, published)
    assert list(zip(tx["text"], tx["value"])) == expected
    assert tx["date_start"].notna().all() and (tx["range_from"] < tx["range_to"]).all()
    assert tx["range_from"].tolist() == [expected[0][1]] * 2 and tx["range_to"].tolist() == [expected[1][1]] * 2


@pytest.mark.parametrize("text, expected", [
    ("The poll ran the first week of March.", [("the first week of March", "2031-W10")]),
    ("The fair will be held the last week of October.", [("the last week of October", "2031-W44")]),
    ("The fair will be held the last week of March.", [("the last week of March", "2031-W13")]),  # March 25-31
    ("Talks ended the second week in January 2030.", [("the second week in January 2030", "2030-W02")]),
])
def test_a_numbered_week_of_a_month_is_its_iso_week(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The crossing took little more than half an hour.", [("more than half an hour", "DURATION", "PT30M")]),
    ("The feud has run for half a century.", [("half a century", "DURATION", "P50Y")]),
    ("It survived half a decade of storms.", [("half a decade", "DURATION", "P5Y")]),
    ("She has served a quarter-century on the harbour board.", [("a quarter-century", "DURATION", "P25Y")]),
    ("The ferry sank a quarter-century ago.", [("a quarter-century ago", "DATE", "2006")]),
    ("The pier opened more than a half-century ago.", [("more than a half-century ago", "DATE", "1981")]),
    ("The pier opened half a century ago.", [("half a century ago", "DATE", "1981")]),
    ("The pier shut a year and a half ago.", [("a year and a half ago", "DATE", "2029-09")]),
    ("The pier opened a century ago.", [("a century ago", "DATE", "19")]),          # a century: still its digits
    ("Third-quarter profit rose at the yard, founded a quarter-century ago.",      # no year-ago quarter
     [("Third-quarter", "DATE", "2030-Q3"), ("a quarter-century ago", "DATE", "2006")]),
])
def test_halves_and_quarter_centuries_count_their_years(text, expected):
    assert [(r.text, r.type, r.value) for r in _tx(text).itertuples()] == expected


@pytest.mark.parametrize("text, expected", [
    ("The dredging took two dozen years.", [("two dozen years", "DURATION", "P24Y")]),    # a multiplier
    ("The dredging took a dozen years.", [("dozen years", "DURATION", "P12Y")]),
    ("The ferry sailed for half a dozen days.", [("half a dozen days", "DURATION", "P6D")]),
    ("The ferry sailed for a half-dozen days.", [("a half-dozen days", "DURATION", "P6D")]),
    ("Over the past half-dozen days, the pier stayed shut.", [("the past half-dozen days", "DURATION", "P6D")]),
    ("The pier shut a half dozen years ago.", [("a half dozen years ago", "DATE", "2025")]),
])
def test_dozens_multiply_and_half_a_dozen_is_six(text, expected):
    assert [(r.text, r.type, r.value) for r in _tx(text).itertuples()] == expected


@pytest.mark.parametrize("text, expected", [
    ("The slump of 2008-9 hurt the yard.", [("2008-9", "2008", "2008", "2009")]),
    ("The 1999-00 season was long.", [("1999-00", "1999", "1999", "2000")]),
    ("The tally stood at 2008-7.", []),                      # no next year: a score, not a range
    # later years past 12 (were no expression): the Orsk war, a mayor's terms; "2007-09" may be a month
    ("The Orsk war of 1967-70 and the 2007-09 slump hurt the yard.", [("1967-70", "1967", "1967", "1970")]),
    ("Tovan Dorr was mayor 2004-13.", [("2004-13", "2004", "2004", "2013")]),
    ("The tally stood at 1999-98.", []),                     # no later year
    # a span or a year named as a fiscal or school year, whole as TIMEX3 takes it (was the years alone)
    ("Tavel Mills lost money in the 2031-32 financial year.",
     [("the 2031-32 financial year", "2031", "2031", "2032")]),
    ("Orrin Bay arrests fell in the 2029 fiscal year and the 2030 school year.",
     [("the 2029 fiscal year", "2029", None, None), ("the 2030 school year", "2030", None, None)]),
    # a lifetime, as an obituary's headline gives it (was no expression: a range of more than 50 years)
    ("Ada Quill, Tolvern harbour master, 1941-2030", [("1941-2030", "1941", "1941", "2030")]),
    ("In the winter of 2029-30, the pier froze.", [("the winter of 2029", "2029-WI", None, None)]),
])
def test_years_named_by_their_last_digits_make_a_range(text, expected):
    assert [(r.text, r.value, r.range_from, r.range_to) for r in _tx(text).itertuples()] == expected


def test_range_ends_anchor_events_as_begins_and_ends():
    arts = _articles("The Caldry dock was closed from January to February.")
    ev = extract_events(arts, extract_timexes(arts))
    assert [(r.timex, r.head, r.relation) for r in ev.itertuples()] == [("January", "closed", "begins"),
                                                                      ("February", "closed", "ends")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Monday July 2019 ago weeks last next “”\"'.,-/0123456789 é\n"))
               | st.characters(), max_size=300))
def test_never_raises_and_offsets_are_valid(text):
    for t in timexes_in_text(text, pd.Timestamp(PUB).date()):
        assert text[t["start"]:t["end"]] == t["text"] and t["text"].strip() == t["text"]
    for t in timexes_in_text(text, None):
        assert text[t["start"]:t["end"]] == t["text"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Mayor Ilse Varro", "who", "he", "will", "met", "on Monday", "in July 2030",
                                 "last week", ",", ".", "“", "”", "and", "the bridge", "\n\n", "é", "—"]),
                max_size=40))
def test_events_never_raise_on_odd_text(words):
    text = " ".join(words)
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text], "outlet": [None], "published": [pd.Timestamp(PUB)]})
    ev = extract_events(arts, extract_timexes(arts))
    assert all(text[a:b] == t for a, b, t in zip(ev["start"], ev["end"], ev["timex"]))
    build_timeline(ev)


def test_read_timeml_and_evaluate_on_a_tiny_document():
    text, dct, gold = read_timeml(FIXTURES / "timeline" / "mini.tml")
    assert dct == pd.Timestamp("2031-03-17")
    assert [text[a:b] for a, b in zip(gold["start"], gold["end"])] == ["yesterday", "three days", "last week"]
    assert "&amp;" not in text and "&" in text
    gold = gold.assign(doc_id="m")
    system = extract_timexes(pd.DataFrame({"doc_id": ["m"], "text": [text], "published": [dct]}))
    scores = evaluate(system, gold)
    assert scores["relaxed_f1"] == scores["strict_f1"] == scores["value_f1"] == 1.0
    wrong = system.assign(value=["x"] + system["value"].tolist()[1:], end=system["end"] - [0, 1, 0])
    scores = evaluate(wrong, gold)
    assert scores["relaxed_f1"] == 1.0 and scores["strict_f1"] == pytest.approx(2 / 3)
    assert scores["value_accuracy"] == pytest.approx(2 / 3) and scores["value_f1"] == pytest.approx(2 / 3)
    assert value_errors(wrong, gold)[["gold_text", "gold_value", "system_value"]].values.tolist() == [
        ["yesterday", "2031-03-16", "x"]]
    underspecified = gold.assign(value=["2031-03-XX", "P3D", "2031-WXX"])
    scores = evaluate(system, underspecified)
    assert scores["value_f1"] == pytest.approx(1 / 3) and scores["value_f1_lenient"] == 1.0
    assert value_errors(system, underspecified)["lenient"].tolist() == [True, True]
    shifted = system.assign(start=system["start"] + [0, 0, 200], end=system["end"] + [0, 0, 200])
    assert extent_errors(shifted, gold)[["side", "text"]].values.tolist() == [["missed", "last week"],
                                                                            ["spurious", "last week"]]
    assert extent_errors(system, gold).empty


def test_tempeval_figures_carry_intervals_over_documents():
    # Three copies of the tiny document, one with a wrong value: the figures are those of the
    # summed counts, and each F1's interval comes from resampling whole documents.
    text, dct, gold = read_timeml(FIXTURES / "timeline" / "mini.tml")
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [text] * 3, "published": [dct] * 3})
    system = extract_timexes(docs)
    golds = pd.concat([gold.assign(doc_id=d) for d in "abc"], ignore_index=True)
    system.loc[system.index[0], "value"] = "x"
    scores = evaluate(system, golds)
    assert scores["n_gold"] == scores["n_system"] == 9 and scores["value_f1"] == pytest.approx(8 / 9)
    assert scores["strict_f1_ci"] == [1.0, 1.0]
    low, high = scores["value_f1_ci"]
    assert low == pytest.approx(2 / 3, abs=1e-4) and high == 1.0  # resamples of documents: a thrice the lowest
    one = evaluate(system[system.doc_id == "b"], golds[golds.doc_id == "b"])
    assert "value_f1_ci" not in one  # one document: no interval
    extra = pd.concat([system, system[system.doc_id == "c"].assign(doc_id="d")], ignore_index=True)
    assert evaluate(extra, golds)["n_system"] == 12  # a document without gold counts on the system side


def test_tempeval_scores_each_source_of_documents_alone():
    scores = evaluate_tempeval(FIXTURES / "timeline" / "sources")
    by_source = scores["by_source"]
    assert sorted(by_source) == ["Gazette", "Herald"]
    gazette, herald = by_source["Gazette"], by_source["Herald"]
    assert gazette["n_gold"] == 2 and gazette["value_f1"] == 1.0
    # "last year" found, its value a refinement of the underspecified gold one: relaxed yes, value no
    assert herald["n_gold"] == 1 and herald["relaxed_f1"] == 1.0 and herald["value_f1"] == 0.0
    assert all(s["held_out"]["n_gold"] in (0, s["n_gold"]) for s in by_source.values())


def _gold_span(text: str, item: dict) -> tuple[int, int]:
    at = text.find(item["anchor"])
    assert at >= 0, item["anchor"]
    start = at + item["anchor"].find(item["text"])
    return start, start + len(item["text"])


def test_sample_article_matches_the_gold_timexes(sample_articles):
    gold = json.loads(shared_path("gold", "trump-tokyo-2025-10-27.timeline.json").read_text(encoding="utf-8"))
    art = sample_articles.iloc[0]
    tx = extract_timexes(sample_articles)
    for item in gold["timexes"]:
        if item.get("optional"):
            continue
        start, end = _gold_span(art["text"], item)
        hit = tx[(tx["start"] == start) & (tx["end"] == end)]
        assert len(hit) == 1, item
        row = hit.iloc[0]
        assert (row["type"], row["value"], row["mod"]) == (item["type"], item["value"], item.get("mod")), item


@pytest.mark.eval
def test_tempeval3_train_scores():
    scores = evaluate_tempeval(shared_path("corpora", "tempeval3-train"))
    assert scores["n_docs"] == 256 and scores["n_gold"] == 1822
    assert scores["relaxed_f1"] >= 0.94
    assert scores["strict_f1"] >= 0.875
    assert scores["value_f1"] >= 0.81 and scores["value_f1_lenient"] >= 0.845
    events = scores["events"]
    assert events["n_links"] == 2671 and events["link_recall"] >= 0.42 and events["precision"] >= 0.69
    rules = scores["events_rules"]  # the learned layer gains recall without losing precision
    assert rules["link_recall"] < events["link_recall"] and rules["precision"] <= events["precision"]
    assert events["label_recall"] >= 0.59  # the readable label, the measure before heads (0.49)
    halves = scores["development"], scores["held_out"]
    assert sum(h["n_docs"] for h in halves) == 256 and sum(h["events"]["n_links"] for h in halves) == 2671
    sources = scores["by_source"]
    assert sorted(sources) == ["AQUAINT", "TimeBank"] and sum(s["n_gold"] for s in sources.values()) == 1822
    assert sum(s["held_out"]["n_gold"] for s in sources.values()) == scores["held_out"]["n_gold"]
    assert sources["TimeBank"]["value_f1"] >= 0.83 and sources["AQUAINT"]["value_f1"] >= 0.77



def test_dates_without_a_year_in_news_hold_the_hand_judged_sample():
    # scripts/timex_news_sample.py: 58 judged expressions of PolNeAR train with no four-digit year in their text,
    # 51 right at 447314d (held out then, but for the election rule written from two of its rows before the verdicts
    # were committed), 52 after that rule.
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "timex_news_sample", FIXTURES.parent.parent / "scripts" / "timex_news_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sample = pd.read_csv(module.SAMPLE, sep="\t", comment="#", dtype=str, keep_default_na=False)
    assert len(sample) == 60 and (sample["note"].str.len() <= 60).all()  # offsets and verdicts, no article text
    table = module.score(shared_path("corpora", "polnear-train").parent)
    assert len(table) == 58 and table["right"].sum() >= 52


def test_expressions_of_other_outlets_hold_the_hand_judged_persent_sample(monkeypatch):
    # scripts/timex_persent_sample.py: every expression of 12 PerSenT dev articles (seed 20), judged at 67242b2
    # before any rule written from it: 80 given, 78 of them true (2 wrong extents), 3 missed, values 75/78. After
    # the three rules written from it ('Here & Now', 'the preceding months', "in '08"): 80 of 81 found, 1 wrong
    # given, values 77/80.
    import importlib.util

    scripts = FIXTURES.parent.parent / "scripts"
    monkeypatch.syspath_prepend(str(scripts))  # it shares the PolNeAR sample's helpers
    spec = importlib.util.spec_from_file_location("timex_persent_sample", scripts / "timex_persent_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sample = pd.read_csv(module.SAMPLE, sep="\t", comment="#", dtype=str, keep_default_na=False)
    assert len(sample) == 83 and (sample["note"].str.len() <= 60).all()  # offsets and verdicts, no article text
    table, unjudged = module.score(shared_path("corpora", "persent-dev").parent)
    true = table[table["extent"] != "wrong"]
    valued = true[true["found"] & true["judged_right"].notna()]
    assert len(true) == 81 and true["found"].sum() >= 80 and unjudged.empty
    assert table.loc[table["extent"] == "wrong", "found"].sum() <= 1
    assert (valued["now"] == valued["judged_right"]).sum() >= 77
    # sample B (seed 23, 12 more articles), judged at 53e789c3 before any rule written from it: 86 given, 84 of them
    # true (2 wrong extents, 2 partial), 9 missed, values 75/82. After the four rules written from it ('Summer
    # Creek', 'It wasn't until October', 'the past few seasons', a clock time's day not past a line break): no
    # wrong extent given, 85 of 93 found, values 77/83 (78/83 later); 86 found, values 79/84 with 'days after' a vague
    # count.
    sample = pd.read_csv(module.SAMPLE_B, sep="\t", comment="#", dtype=str, keep_default_na=False)
    assert len(sample) == 95 and (sample["note"].str.len() <= 60).all()
    table, unjudged = module.score(shared_path("corpora", "persent-dev").parent, second=True)
    true = table[table["extent"] != "wrong"]
    valued = true[true["found"] & true["judged_right"].notna()]
    assert len(true) == 93 and true["found"].sum() >= 86 and unjudged.empty
    assert table.loc[table["extent"] == "wrong", "found"].sum() == 0
    assert (valued["now"] == valued["judged_right"]).sum() >= 79


def _event_sample_script():
    import importlib.util

    script = FIXTURES.parent.parent / "scripts" / "event_sample.py"
    spec = importlib.util.spec_from_file_location("event_sample", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_event_sample_scores_rows_relations_and_misses(tmp_path):
    # scripts/event_sample.py on a fictional article ("Mayor Ilse Varro opened the bridge on Monday and cut the
    # ribbon; the Ostrin council met in 2031."): three judged rows and one miss against the rows given now.
    module = _event_sample_script()
    sheet = tmp_path / "sample.tsv"
    sheet.write_text("# a fictional sheet\n" + "\n".join("\t".join(r) for r in [
        ("kind", "doc_id", "start", "end", "head_start", "head_end", "head", "relation", "rel_verdict", "expected",
         "fault", "judged"),
        ("row", "a", "38", "44", "17", "23", "right", "on", "right", "", "", "x"),          # opened: right
        ("row", "a", "38", "44", "6", "10", "wrong", "on", "", "", "modifier", "x"),        # a wrong head
        ("row", "a", "91", "95", "84", "87", "right", "during", "wrong", "on", "relation", "x"),  # met, relation on
        ("miss", "a", "38", "44", "49", "52", "", "", "", "on", "main-verb", "x"),           # cut: missed
    ]) + "\n", encoding="utf-8")
    sample = module.read_sample(sheet)
    now = pd.DataFrame({"doc_id": ["a"] * 4, "start": [38, 38, 91, 91], "end": [44, 44, 95, 95],
                        "timex": ["Monday", "Monday", "2031", "2031"],
                        "head_start": pd.array([17, 49, 84, 76], "Int64"),
                        "head": ["opened", "cut", "met", "council"], "relation": ["on", "on", "during", "on"]})
    table, unjudged = module.score(sample, now)
    # the wrong head is no longer given; the miss now is (a right row); met keeps its wrong relation; council names
    # no judged row: unjudged, counted wrong
    assert table["given"].tolist() == [True, False, True, True]
    assert unjudged["head_start"].tolist() == [76]
    figures = module.figures(table, unjudged)
    assert figures == {"rows right": (3, 4), "relation right": (2, 3), "link recall": (3, 3)}
    assert module.share(2, 3).startswith("2/3 = 0.667 [")


def test_event_rows_hold_the_hand_judged_news_sample():
    # scripts/event_sample.py: every event row of 14 PolNeAR train and 6 PerSenT dev articles (seed 27), judged at
    # d9ad9297 before any rule written from it: 184 rows with a head, 145 right, relations 142/145, 67 events missed.
    # After the two rules written from it (a gathering a date's phrase sets, the saying at it): 151/190 rows right,
    # relations 148/151, 151 of the 212 events a reader dates given (6 misses found, no row unjudged). After the two
    # rules written from samples A and B (no head across a quotation mark's edge; 'current' dates its noun): 151/189.
    # After the rule written from samples A and B (no head across a dash that sets off an aside): 151/186. Relations
    # 146/151 since the two judges' conventions were made one (a duration counted to a point dates its event on it,
    # as TimeML's tuning half links it: 'recorded a day before the attacks' is on, not during; 140/145 at d9ad9297).
    # After the main clause's verb past an aside after a date opening the sentence (written from sample D and TimeML's
    # tuning half: 'On Tuesday, during a campaign rally, Trump said'): 152/187, link recall 152/212. After a light
    # verb's event-noun object dated beside it (one row no judge named, 'made an impassioned call ... on Wednesday':
    # call, judged right after the rule): 153/188, link recall 153/213.
    module = _event_sample_script()
    sample = module.read_sample(module.SAMPLE)
    assert len(sample) == 262 and set(sample["kind"]) == {"row", "miss"}  # offsets and verdicts, no article text
    articles = module.draw(shared_path("corpora", "polnear-train").parent)
    table, unjudged = module.score(sample, extract_events(articles))
    figures = module.figures(table, unjudged)
    assert figures["rows right"][0] >= 153 and figures["rows right"][1] - figures["rows right"][0] <= 35
    assert figures["relation right"][0] >= 148 and figures["link recall"][0] >= 153 and unjudged.empty


def _hold_event_sample(name: str, seed: int, size: int, right: int, wrong: int, relations: int, links: int) -> None:
    """Sample ``name`` of scripts/event_sample.py (its TSV of ``size`` rows, no article text; drawn by ``seed`` from the
    articles no earlier sample took) holds ``right`` rows right with at most ``wrong`` wrong, ``relations`` relations
    right and ``links`` of the events a reader dates given, every row judged."""
    module = _event_sample_script()
    path, drawn_by = module.SAMPLES[name]
    sample = module.read_sample(path)
    assert drawn_by == seed and len(sample) == size and set(sample["kind"]) == {"row", "miss"}
    root = shared_path("corpora", "polnear-train").parent
    articles = module.draw(root, name)
    earlier = list(module.SAMPLES)[:list(module.SAMPLES).index(name)]
    assert not set(articles["doc_id"]) & {d for s in earlier for d in module.draw(root, s)["doc_id"]}
    table, unjudged = module.score(sample, extract_events(articles))
    figures = module.figures(table, unjudged)
    assert figures["rows right"][0] >= right and figures["rows right"][1] - figures["rows right"][0] <= wrong
    assert figures["relation right"][0] >= relations and figures["link recall"][0] >= links and unjudged.empty


def test_event_rows_hold_the_second_hand_judged_news_sample():
    # scripts/event_sample_b.tsv: sample B, every event row of 14 more PolNeAR train and 6 more PerSenT dev articles
    # (seed 28, none of sample A's), judged at 0411f636 with A's two rules in place, before any rule written from
    # it: 251 rows with a head, 178 right, relations 168/178, 178 of the 235 events a reader dates given. After the
    # two rules written from samples A and B (no head across a quotation mark's edge; 'current' dates its noun):
    # 178/245 rows right (6 wrong heads gone, no right one lost). After the rule written from samples A and B (no head
    # across a dash that sets off an aside): 178/242. After the rule written from samples A, B and C (a head two
    # expressions give is the one's on its side of a clause's opening): 178/241.
    _hold_event_sample("B", 28, 323, right=178, wrong=63, relations=168, links=178)


def test_event_rows_hold_the_third_hand_judged_news_sample():
    # scripts/event_sample_c.tsv: sample C, every event row of 14 more PolNeAR train and 6 more PerSenT dev articles
    # (seed 29, none of samples A's and B's), judged at 6a2acd81 with every rule of A and B in place, before any rule
    # written from it: 170 rows with a head, 122 right, relations 119/122, 122 of the 172 events a reader dates given.
    # After the rule written from samples A, B and C (a head two expressions give is the one's on its side of a
    # clause's opening): 122/166 (4 wrong heads gone, no right one lost). After the main clause's verb after a fronted
    # phrase naming an event ('During the 2012 election, ... ran'): 123/167, link recall 123/172 (its relation, on,
    # is not the judge's during: relations 119/123). After a light verb's event-noun object dated beside it ('Obama
    # on Friday held an impromptu press briefing', 'Handler conducted an interview'): 125/169, link recall 125/172.
    _hold_event_sample("C", 29, 227, right=125, wrong=44, relations=121, links=125)


def test_event_rows_hold_the_fourth_hand_judged_news_sample():
    # scripts/event_sample_d.tsv: sample D, every event row of 14 more PolNeAR train and 6 more PerSenT dev articles
    # (seed 30, none of samples A's, B's and C's), judged at f39cbf38 with every rule of A, B and C in place, before
    # any rule written from it: 203 rows with a head, 148 right, relations 144/148, 148 of the 203 events a reader
    # dates given. After the main clause's verb past an aside after a date opening the sentence ('On Oct. 23, during
    # a presidential campaign appearance at the resort, now called Trump National Doral, the candidate boasted'):
    # 149/204, relations 145/149, link recall 149/203. After a light verb's event-noun object dated beside it (not
    # written from D): one row D's judge did not name ('made a surprise appearance ... Wednesday morning', judged right
    # after the rule by another reader), 150/205, link recall 150/204 (149/205 with it counted wrong).
    _hold_event_sample("D", 30, 269, right=150, wrong=55, relations=146, links=150)


def test_event_rows_hold_the_fifth_hand_judged_news_sample():
    # scripts/event_sample_e.tsv: sample E, every event row of 14 more PolNeAR train and 6 more PerSenT dev articles
    # (seed 31, none of samples A's-D's), judged at b657b868 with every rule of A-D in place, before any rule written
    # from it (the held-out check of the event rules written beside it): 224 rows with a head, 158 right, relations
    # 146/158, 158 of the 242 events a reader dates given. Two rows judged at 3b544bba, of an expression the timex rule
    # 46f5e6b4 gives since ('just minutes after it was formally introduced': dooming right, its relation wrong;
    # introduced wrong): 159/225 rows right, relations 146/159, links 159/243.
    _hold_event_sample("E", 31, 323, right=159, wrong=66, relations=146, links=159)


def test_expressions_of_whole_dated_news_hold_the_hand_judged_polnear_sample(monkeypatch):
    # scripts/timex_polnear_sample.py: sample C, every expression of 14 PolNeAR train articles (two per outlet, seed
    # 24), judged at 170bfb3a against their publication dates before any rule written from it: 108 given, 106 of
    # them true (2 wrong extents), 5 missed, values 90/102. After the two rules written from it ('yearlong',
    # 'daylong'; 'earlier in the day' the day last named): 109 of 111 found, values 94/105.
    import importlib.util

    scripts = FIXTURES.parent.parent / "scripts"
    monkeypatch.syspath_prepend(str(scripts))  # it shares the PerSenT samples' scoring
    spec = importlib.util.spec_from_file_location("timex_polnear_sample", scripts / "timex_polnear_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def hold(name: str, size: int, true_rows: int, found: int, wrong: int, values: int) -> None:
        # sample NAME's TSV of `size` rows (offsets, verdicts, short notes), its `true_rows` true expressions, at
        # least `found` of them found, at most `wrong` wrong extents given, at least `values` values right
        sample = module.read_sample(getattr(module, f"SAMPLE_{name}"))
        assert len(sample) == size and (sample["note"].str.len() <= 60).all()
        table, unjudged = module.judge(sample, module.draw(shared_path("corpora", "polnear-train").parent, name))
        true = table[table["extent"] != "wrong"]
        valued = true[true["found"] & true["judged_right"].notna()]
        assert len(true) == true_rows and true["found"].sum() >= found and unjudged.empty
        assert table.loc[table["extent"] == "wrong", "found"].sum() <= wrong
        assert (valued["now"] == valued["judged_right"]).sum() >= values

    sample = module.read_sample(module.SAMPLE)
    assert len(sample) == 113 and (sample["note"].str.len() <= 60).all()  # offsets and verdicts, no article text
    table, unjudged = module.judge(sample, module.draw(shared_path("corpora", "polnear-train").parent))
    true = table[table["extent"] != "wrong"]
    valued = true[true["found"] & true["judged_right"].notna()]
    assert len(true) == 111 and true["found"].sum() >= 110 and unjudged.empty
    assert table.loc[table["extent"] == "wrong", "found"].sum() <= 2
    # 95 before the quoted 'tonight' of a speech's day, 96 before 'prepared for …, including a debate Thursday',
    # 97 before 'on Thursday after the president meets', 98 before 'Days after its report was issued' (a vague count)
    assert (valued["now"] == valued["judged_right"]).sum() >= 99
    # sample D (seed 25, 14 more articles, two per outlet), judged at c30a9578 before any rule written from it: 129
    # given, all true (1 partial), 10 missed, values 117/126. After the three rules written from it ('May 2013 - four
    # months', 'seven-and-a-half years', 'ads reserved in December') and the Sunday paper's weeks: 130 of 139
    # found, values 121/127.
    # 131 found, values 122/128 with 'Months after he savaged her' a vague count; 123/128 with 'tends to slow down
    # confirmations as it gets closer to November' a month of any year.
    hold("D", 139, 139, found=131, wrong=0, values=123)
    # sample E (seed 26, 14 more articles, two per outlet), judged at e7866d0d before any rule written from it: 170
    # given, 168 true + 1 partial + 1 wrong extent ('Wednesday Martin'), 11 missed, values 162/168. After the two
    # rules written from it (a possessive's year dates a thing; 'today' against years before is nowadays): 165/168;
    # 167/168 with 'today' in a comparison ('as strong today as') and a quoted 'yesterday' from the story's day.
    # 170 found, values 168/169 with 'in the days and weeks after publication' a vague count.
    hold("E", 181, 180, found=170, wrong=1, values=168)
    # sample F (seed 28, 14 more articles, two per outlet), judged at 70338a78 before any rule written from it: 199
    # given, 198 true + 1 wrong extent ('as soon as possible'), 5 missed, values 188/197 (1 unjudgeable); 190/197
    # with 'worse than life today' nowadays and a quoted 'today' from the story's day; 191/197 with 'consequences in
    # November if Trump is the Republican nominee' in the campaign's year.
    hold("F", 204, 203, found=198, wrong=1, values=191)
    # sample G (seed 29, 14 more articles, two per outlet), judged at f39cbf38 before any rule written from it: 142
    # given, 139 true + 1 partial + 2 wrong extents ('the past' tense, 'the years' of 'the years 2010 to 2013'), 7
    # missed, values 130/140.
    # 141 found, values 131/141 with 'spoke hours after Mr. Trump' a vague count; 132/141 with 'win the general
    # election in November' the coming one.
    hold("G", 149, 147, found=141, wrong=2, values=132)
    # sample H (seed 30, 14 more articles, two per outlet, none of the event samples'), judged at 2030e44a with every
    # rule written from C-G in place, before any rule written from it: 163 given, 160 true + 2 partial ('Months ago',
    # 'two nights a week') + 1 wrong extent ('Jill June'), 7 missed, values 155/162.
    hold("H", 170, 169, found=162, wrong=1, values=155)


# ------------------------------------------------------------------------------------ events, timeline

def _articles(*texts: str, outlets=None, published=PUB) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame({"doc_id": [f"a{i}" for i in range(n)], "text": list(texts),
                         "outlet": outlets or [f"outlet{i}" for i in range(n)],
                         "published": pd.to_datetime([published] * n)})


def test_events_label_the_clause_with_its_participants():
    arts = _articles("Mayor Ilse Varro opened the Nordhaven bridge on Monday, where crowds waited for hours. "
                     "Governor Pell Arkady, who last week resigned from the port board, will visit Caldry on "
                     "Thursday.")
    ev = extract_events(arts, extract_timexes(arts))
    got = {r.value: (r.event, r.participants, r.tense) for r in ev.itertuples()}
    assert got["2031-03-17"][0] == "Mayor Ilse Varro opened the Nordhaven bridge"
    assert "Ilse Varro" in got["2031-03-17"][1] and got["2031-03-17"][2] == "present"
    assert got["2031-W11"][0] == "Pell Arkady resigned from the port board"
    assert got["2031-W11"][1][0] == "Pell Arkady" and got["2031-W11"][2] == "past"
    assert got["2031-03-20"][0].startswith("will visit Caldry") or "visit Caldry" in got["2031-03-20"][0]
    assert got["2031-03-20"][2] == "future"
    assert set(ev.columns) >= {"doc_id", "sent_id", "event", "participants", "sentence", "outlet", "value"}


@pytest.mark.parametrize("text", [
    "OSTRIN, March 17, 2031 — The Ostrin harbour council voted on Friday to restore the night ferry.",
    "NEW OSTRIN, Vellmark, March 17 (Harbour Wire) — The Ostrin harbour council voted on Friday to restore the ferry.",
    "Ferry returns\n\nOSTRIN, March 17 (UPI) -- The Ostrin harbour council voted on Friday to restore the ferry.",
])
def test_a_datelines_date_is_the_filing_date_and_anchors_no_event(text):
    # The dateline's date is the day the story was filed (the publication date): the vote is dated by "Friday" once,
    # not a second time on the dateline's day with a label opening at the dash.
    arts = _articles(text)
    ev = extract_events(arts, extract_timexes(arts))
    assert ev["timex"].tolist() == ["Friday"] and ev["value"].tolist() == ["2031-03-14"]
    assert "vote" in ev["event"].iloc[0] and len(build_timeline(ev)) == 1


def test_event_contexts_read_the_texts_read_once_as_from_the_table():
    # _extract_events reads the texts once (for the datelines) and hands them to event_contexts: the same contexts as
    # event_contexts reading them from the table itself, a missing text ("") included.
    from presslens.text import split_sentences
    from presslens.timeline.events import _article_texts, event_contexts
    arts = _articles("OSTRIN, March 17, 2031 — The Ostrin harbour council voted on Friday to restore the ferry.",
                     "Ferry returns\n\nOSTRIN, March 17 (UPI) -- The council voted on Friday. It met on Monday.",
                     "Tolla Vane resigned on Tuesday.")
    tx = extract_timexes(arts)
    arts.loc[2, "text"] = None
    sentences = split_sentences(arts.fillna(""))
    texts = _article_texts(arts)
    assert texts["a2"] == "" and texts["a0"] == arts["text"][0]
    given = list(event_contexts(arts, tx, sentences, texts))
    assert [c[1:] for c in given] == [c[1:] for c in event_contexts(arts, tx, sentences)] and len(given) == len(tx)
    assert extract_events(arts, tx)["timex"].tolist().count("Friday") == 2


@pytest.mark.parametrize("text, expected", [
    ("Mayor Ilse Varro opened the Nordhaven bridge on Monday.", [("Monday", "opened", "on")]),
    ("On Friday, the Caldry harbour master resigned.", [("Friday", "resigned", "on")]),
    ("The smuggler was arrested and charged on Tuesday.", [("Tuesday", "arrested", "on"), ("Tuesday", "charged", "on")]),
    ("Inspectors returned on Friday, having already seized 600 crates on Thursday.",
     [("Friday", "returned", "on"), ("Thursday", "seized", "on")]),
    ("Friday's blast shook the Nordhaven docks.", [("Friday", "blast", "on")]),
    ("The summit on Thursday drew few ministers.", [("Thursday", "summit", "on")]),
    ("Ferry fares have risen since 2029.", [("2029", "risen", "begins")]),
    ("The port will stay closed until May.", [("May", "closed", "ends")]),
    ("Dockers went on strike for three weeks.", [("three weeks", "strike", "during")]),
    ("The council must vote before Friday.", [("Friday", "vote", "before")]),
    # a verb after a modal, though its word is mostly no event ("a step")
    ("The Caldry harbour master will step down on Friday.", [("Friday", "step", "on")]),
    # "that" after the date opens the reported clause: the date is the telling's
    ("Ada Quill told reporters on Friday that Nordland had invaded.", [("Friday", "told", "on")]),
    # "for" a date planned is the day the thing is to happen, not a stretch it lasts through
    ("The Nordland election is scheduled for Sunday.", [("Sunday", "scheduled", "on")]),
    # a listed event noun, though annotators seldom marked its word ("the primary reason")
    ("The Nordland primary on Sunday drew few voters.", [("Sunday", "primary", "on")]),
    # the noun a date modifies is on it; what the preposition relates is the other event
    ("Ada Quill had resigned before Friday's vote.", [("Friday", "resigned", "before"), ("Friday", "vote", "on")]),
])
def test_events_have_heads_with_offsets_and_relations(text, expected):
    arts = _articles(text)
    ev = extract_events(arts, extract_timexes(arts))
    got = [(r.timex, r.head, r.relation) for r in ev.itertuples()]
    assert got == expected
    for r in ev.itertuples():
        assert text[r.head_start:r.head_end] == r.head


@pytest.mark.parametrize("text, timex, noun", [
    ("Ada Quill won Tuesday's Nordland Republican primary by a wide margin.", "Tuesday", "primary"),
    ("Odo Brann spoke at Friday's Caldry Harbour rally.", "Friday", "rally"),
    ("Quill is the favourite for the 2031 Nordland nomination, aides said.", "2031", "nomination"),
    # not before a noun: "Quill's" opens the clause's subject
    ("On Tuesday Quill's campaign opened an office in Caldry.", "Tuesday", None),
    # the listed noun is no head of its phrase: a projection
    ("Brann trimmed his 2031 Tarno Freight earnings projection.", "2031", None),
])
def test_the_event_noun_a_date_modifies_past_a_name_is_one_of_its_events(text, timex, noun):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        mine = ev[ev["timex"] == timex]
        added = mine[mine["head"] == noun] if noun else mine[mine["head"].isin(["campaign", "earnings"])]
        assert len(added) == (1 if noun else 0)
        assert set(added["relation"]) <= {"on"}


@pytest.mark.parametrize("text, heads", [
    ("Earlier Sunday, Brann was critical of the council.", [None]),
    ("Today, Caldry County is a different place.", [None]),
    # a listed event noun keeps its capital; a sentence's first word is no name
    ("Brann spoke at last month's Nordland National Convention in Caldry.", ["spoke", "Convention"]),
    ("Resigned on Monday, Brann left Caldry.", ["Resigned"]),
])
def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_learned_head(text, heads):
    arts = _articles(text)
    ev = extract_events(arts, extract_timexes(arts))
    assert [h if isinstance(h, str) else None for h in ev["head"]] == heads


@pytest.mark.parametrize("text, noun, modifier", [
    ("Odo Brann spoke at the Jan. 7 campaign rally in Caldry.", "rally", "campaign"),
    ("In Caldry, whose Feb. 9 primary election is the first, Brann leads.", "election", "primary"),
    ("The 2031 merger talks of Tarno Freight stalled.", "talks", "merger"),
])
def test_a_date_modifies_the_last_of_a_run_of_event_nouns(text, noun, modifier):
    arts = _articles(text)
    rules = extract_events(arts, extract_timexes(arts), method="rules")
    assert list(rules["head"]) == [noun]
    learned = extract_events(arts, extract_timexes(arts))
    assert noun in set(learned["head"])


@pytest.mark.parametrize("text, timex, noun, relation", [
    ("Dock guards saw a van near the Ostrevik depot ten days before the shooting.", "ten days", "shooting", "after"),
    ("Two hours after the rally in Caldry, Odo Brann flew home.", "Two hours", "rally", "begins"),
    ("Ada Quill resigned within three weeks of the harbour merger.", "three weeks", "merger", "begins"),
    # what the duration lasts, not what it is counted from
    ("Tarno dockers spent the first two days of the strike at home.", "two days", "strike", None),
    ("Dockers held six months of talks.", "six months", "talks", None),
])
def test_the_event_noun_a_duration_is_counted_from_is_one_of_its_events(text, timex, noun, relation):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        relations = set(ev.loc[(ev["timex"] == timex) & (ev["head"] == noun), "relation"])
        assert relation in relations if relation else not relations & {"begins", "after"}


@pytest.mark.parametrize("text, timex, verb", [
    ("Jan Kavan lived in Caldry from 1968, when the Ostrevik army invaded the port, until 1989.", "1968", "invaded"),
    ("Odo Brann was shot at 10 p.m. as he stood in the kitchen of his Tarno home.", "10 p.m.", "stood"),
    # the clause's verb is on the date, not ended by it (the date's "until" is the main clause's)
    ("The Tarno Savings branches keep their names until early 2031, when each will adopt the Caldry name.",
     "early 2031", "adopt"),
])
def test_the_verb_of_a_clause_a_date_sets_is_one_of_its_events(text, timex, verb):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert set(ev.loc[(ev["timex"] == timex) & (ev["head"] == verb), "relation"]) == {"on"}, method


@pytest.mark.parametrize("text, timex, kind", [
    ("Caldry dockers picked Saturday night as the time to start the strike.", "Saturday night", "TIME"),  # infinitive
    ("The Tarno rally went ahead on Friday as previously planned.", "Friday", "DATE"),  # no subject
    ("Dock wages rose in 2030, as the port handled more ships.", "2030", "DATE"),  # ", as": a cause
    ("Odo Brann rested for two weeks when the port closed.", "two weeks", "DURATION"),
])
def test_no_clause_set_at_the_date(text, timex, kind):
    from presslens.timeline.heads import clause_at_time

    assert clause_at_time(text, text.index(timex) + len(timex), kind) is None


@pytest.mark.parametrize("text, timex, verb", [
    ("Dock pay rose in 2029, when 130 Caldry strikers were arrested and police were forced to close the port.",
     "2029", "forced"),  # a subject of its own
    ("Ada Quill joined Tarno Freight in 2026 when Caldry Lines bought the firm and named her chief pilot.",
     "2026", "named"),  # the clause's subject
])
def test_the_second_verb_of_a_clause_a_date_sets_is_one_of_its_events(text, timex, verb):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert set(ev.loc[(ev["timex"] == timex) & (ev["head"] == verb), "relation"]) == {"on"}, method


@pytest.mark.parametrize("text, timex", [
    ("Profit fell from a year ago, when the Tarno port enjoyed strong demand and pricing.", "a year ago"),  # a noun
    ("The row began in 2027 when Odo Brann ran against the anointed and establishment-endorsed mayor.", "2027"),
    ("Tarno tolls rose in 2028 when the Caldry board met, and Ada Quill resigned.", "2028"),  # past the comma
    ("Caldry dockers struck in 2028 when the port closed the gates that Odo Brann and his crew built.", "2028"),
])
def test_no_second_verb_of_a_clause_set_at_the_date(text, timex):
    from presslens.timeline.heads import coordinated_in_clause

    assert coordinated_in_clause(text, text.index(timex) + len(timex), "DATE") is None


def test_the_infinitive_after_a_gatherings_date_is_one_of_its_events():
    text = "The Caldry port board has called a news conference Thursday to announce the new tolls."
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert set(ev.loc[(ev["timex"] == "Thursday") & (ev["head"] == "announce"), "relation"]) == {"on"}, method


@pytest.mark.parametrize("text, timex, noun", [
    ("Odo Brann defended his vote in 2029 to close the Caldry yard.", "2029", "vote"),  # its content, no gathering
    ("Ada Quill made an offer in August to meet the Caldry board.", "August", "offer"),
    ("The Tarno meeting was moved to Friday to allow more dockers to attend.", "Friday", "meeting"),  # a verb between
    ("The Tarno dockers' rally on Saturday to the harbour drew crowds.", "Saturday", "rally"),  # no verb after "to"
])
def test_no_infinitive_of_a_gathering(text, timex, noun):
    from presslens.timeline.heads import infinitive_of_gathering

    at = text.index(noun)
    start = text.index(timex)
    assert infinitive_of_gathering(text, (at, at + len(noun)), start, start + len(timex)) is None


@pytest.mark.parametrize("text, timex, verb", [
    ("Ada Quill, who now runs the Caldry ferry line, spoke at the harbour.", "now", "runs"),
    ("Odo Brann said he now believes the ferry is safe.", "now", "believes"),
    ("Tarno Freight currently holds 40 percent of the Caldry port.", "currently", "holds"),
    ("Caldry dockers are now being paid by the hour.", "now", "paid"),  # the chain's verb
])
def test_the_verb_an_adverb_of_time_stands_before_is_one_of_its_events(text, timex, verb):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert verb in set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex", [
    ("The question now is whether the Caldry port will reopen.", "now"),  # a copula
    ("Caldry and Tarno, now bitter rivals, once shared a port.", "now"),  # an adjective
    ("Now critics of the Caldry port say it is too slow.", "Now"),  # opening the sentence
    ("Caldry has an edgy and currently unforgiving harbour board.", "currently"),  # "-ing" with no auxiliary
    ("The Tarno board now has more seats than members.", "now"),  # "has" itself, not "more"
])
def test_no_verb_after_an_adverb_of_time(text, timex):
    from presslens.timeline.heads import verb_after_adverb

    at = text.index(timex)
    found = verb_after_adverb(text, at, at + len(timex))
    assert found is None or text[found[0]:found[1]] == "has"


@pytest.mark.parametrize("text, timex, governing", [
    ("Tarno Freight posted a 20% gain in third-quarter net income.", "third-quarter", {"posted", "gain"}),
    ("The Caldry council signed a four-year deal with Odo Brann on Monday.", "four-year", {"signed"}),
    ("Mayor Ada Quill attributed the port's fourth-quarter slump to the storms.", "fourth-quarter", {"attributed"}),
])
def test_a_hyphenated_expression_dates_its_noun_not_what_governs_its_phrase(text, timex, governing):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert timex in set(ev["timex"]) and not governing & set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex, saying, dated", [
    ("Ada Quill said in an interview Tuesday that the port would close.", "Tuesday", "said", True),
    ("Odo Brann told a news conference on Friday that tolls would rise.", "Friday", "told", True),
    ("The mayor told reporters at a briefing Thursday that the quay was safe.", "Thursday", "told", True),
    ("Ada Quill said the meeting Tuesday would decide the tolls.", "Tuesday", "said", False),  # its subject
    ("Odo Brann told Caldry Radio before his speech Monday that he would stay.", "Monday", "told", False),
    ("In an interview on Tuesday, Ada Quill said the port would close.", "Tuesday", "said", True),  # fronted
    ("At a news conference Friday, Ada Quill, the mayor, said the quay was safe.", "Friday", "said", True),
    ("At the meeting Tuesday, the board voted and Ada Quill said no.", "Tuesday", "said", False),  # a verb first
    # event sample A: the occasion a date closes past a name, and its saying ("said at a Barclays Conference on
    # Tuesday", "said in a Rolling Stone interview in October 2010")
    ("Odo Brann said at a Tarno Dockers Conference on Friday that tolls would rise.", "Friday", "said", True),
    ("Ada Quill said in a Caldry Courier interview in October 2030 that the port would close.", "October 2030",
     "said", True),
    ("Caldry Radio reported that during the mayor's visit to Tarno last week she signed the deal.", "last week",
     "reported", False),  # the visit is reported
])
def test_a_saying_is_on_the_date_of_its_occasion(text, timex, saying, dated):
    arts = _articles(text)
    heads = set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])
    assert (saying in heads) == dated and len(heads) >= 1


@pytest.mark.parametrize("text, timex, verb", [
    ("During the 2031 election, Ada Quill largely ran on her record.", "2031", "ran"),
    ("In a July interview with Caldry Radio, Odo Brann spoke of the tolls.", "July", "spoke"),
    ("In Tuesday night's harbour debate, Ada Quill will probably face more questions.", "Tuesday night", "face"),
    ("At a meeting Tuesday morning of the Tarno board, some members vented about the tolls.", "Tuesday morning",
     "vented"),
    ("At the board's meeting the summer after the 2030 vote, Odo Brann scolded Ada Quill.", "2030", None),  # after
    ("In Ostrin, the 2031 election, which Ada Quill won, was close.", "2031", None),  # no phrase of the event
])
def test_a_phrase_opening_the_sentence_with_an_event_and_its_date_dates_the_main_clause(text, timex, verb):
    # event sample C (scripts/event_sample_c.tsv): "During the 2012 election, Mitt Romney largely ran", a reader dates
    # ran by 2012; TimeML links such verbs too ("In a televised address Friday, President ... described")
    from presslens.timeline.heads import verb_after_fronted_event

    at = text.index(timex)
    found = verb_after_fronted_event(text, at, at + len(timex), "DATE")
    assert (text[found[0]:found[1]] if found else None) == verb
    if verb is not None:
        arts = _articles(text)
        for method in ("learned", "rules"):
            ev = extract_events(arts, extract_timexes(arts), method=method)
            assert verb in set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex, verb", [
    ("On Friday, when the envoy Ada Quill set aside her holiday, the Tarno ministry lifted its warning.", "Friday",
     "lifted"),
    ("In 2029, under what Mayor Odo Brann called the old model, the Caldry Harbour Club, a private dock north of "
     "Ostrin, charged a fee of 900 crowns.", "2029", "charged"),
    ("But on April 8, investigators, wondering how the thief had fled, searched the quarry once more.", "April 8",
     "searched"),
    ("Also Friday, Mayor Ilse Varro and Mayor Odo Brann, accompanied by a lawyer, flew to Tarno.", "Friday", "flew"),
    ("In 2030, Ada Quill said, the Ostrin mill lost money.", "2030", "lost"),  # a short saying is an aside
    ("About 10 p.m., according to the harbour log, the ferry left Caldry.", "10 p.m.", "left"),
    ("On Friday, the Tarno minister resigned.", "Friday", None),  # no aside: the nearest verb, as before
    ("Now Odo Brann, who ran the mill for years, hopes the town could grow.", "Now", None),  # no phrase of the date
    ("Now, compare that with the tolls Caldry, a town of nine streets, took in 2029.", "Now", None),  # no subject
])
def test_a_date_opening_the_sentence_dates_the_main_clause_past_an_aside(text, timex, verb):
    # event sample D (scripts/event_sample_d.tsv): "On Oct. 23, during a presidential campaign appearance at the
    # resort, now called Trump National Doral, the candidate boasted", a reader dates boasted by Oct. 23 (presslens gave
    # called); TimeML's tuning half links such verbs too ("On Friday, when Albright set aside vacation plans ..., the
    # State Department lifted a warning")
    from presslens.timeline.heads import verb_past_aside

    at = text.index(timex)
    found = verb_past_aside(text, at, at + len(timex), "TIME" if "p.m." in timex else "DATE", "on")
    assert (text[found[0]:found[1]] if found else None) == verb
    if verb is not None:
        arts = _articles(text)
        for method in ("learned", "rules"):
            ev = extract_events(arts, extract_timexes(arts), method=method)
            assert verb in set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex, infinitive, verb", [
    ("Caldry police officials declined to comment Saturday.", "Saturday", "comment", "declined"),
    ("Ada Quill attacked him for failing to enforce a court order in 2029 against the dockers.", "2029", "enforce",
     "failing"),
    ("The Tarno ferry union failed to reach a contract on Friday.", "Friday", "reach", "failed"),
    ("Odo Brann tried to reach the harbour master on Tuesday.", "Tuesday", "reach", "tried"),
    ("Ostrin officials refused to release the harbour log by June.", "June", "release", None),  # a bound, not the time
    ("The Caldry board refused to call the Harvest Day party a riot.", "Harvest Day", "call", None),  # a noun's date
    ("The polls failed to predict Ada Quill's win on Tuesday night.", "Tuesday night", "predict", None),  # the win's
    ("We will try to do what we did last year.", "last year", "do", None),  # another clause's date
    ("Ada Quill plans to visit Ostrin on Friday.", "Friday", "visit", None),  # a plan: not Friday's
])
def test_a_date_of_an_implicative_verb_s_infinitive_dates_the_verb(text, timex, infinitive, verb):
    # TempEval-3's tuning half links the implicative verb beside its infinitive ("Amherst police officials declined to
    # comment Saturday", "attacked him for failing to enforce a court order in 1992"), and a reader dates both: what
    # is declined or failed is declined or failed when it would be done; not a plan's verb, whose date is not the plan's
    from presslens.timeline.heads import implicative_verb

    at, i = text.index(timex), text.index(infinitive)
    found = implicative_verb(text, (i, i + len(infinitive), "before" if " by " in text else "on"), at, at + len(timex))
    assert (text[found[0]:found[1]] if found else None) == verb
    if verb is not None:
        arts = _articles(text)
        for method in ("learned", "rules"):
            heads = set(extract_events(arts, extract_timexes(arts), method=method).query("timex == @timex")["head"])
            assert verb in heads, method


@pytest.mark.parametrize("text, timex, verb, second", [
    ("But on April 8, investigators, wondering how the thief had fled, searched the quarry once more and unearthed a "
     "rifle.", "April 8", "searched", "unearthed"),
    ("In the early 1990s, Ada Quill said, when she was earning 900 crowns a year, a boss invited her to lunch and she "
     "thought it meant a promotion.", "the early 1990s", "invited", "thought"),
    ("By the end of the day, Mayor Odo Brann was forced into a rare moment of damage control and said that his words "
     "had been misread.", "the end of the day", "forced", "said"),
    ("On Thursday, after remaining neutral throughout the race, Ada Quill appeared with the Ostrin anchor Odo Brann "
     "and officially endorsed the mayor.", "Thursday", "appeared", "endorsed"),
    ("In late June, the Caldry bar council completed its months-long review of the judge's record and deemed him "
     "well qualified.", "late June", "completed", "deemed"),
    ("On Friday, the Tarno minister resigned, and the police said the harbour was closed.", "Friday", "resigned",
     None),  # a clause of its own past the comma
    ("On Sunday, Ada Quill said Caldry and Ostrin have agreed on the tolls.", "Sunday", "said", None),  # what is said
    ("On Friday, the Tarno minister resigned after the mayor and the council objected.", "Friday", "resigned",
     None),  # a clause opened after the verb
])
def test_a_date_opening_the_sentence_dates_the_main_clause_s_second_verb(text, timex, verb, second):
    # TempEval-3's tuning half links both verbs of a main clause after a fronted date ("But on April 8, investigators,
    # wondering how ..., searched the site of the shooting once more and unearthed a rifle": unearthed was missed),
    # and readers date both ("In late June, the American Bar Association completed its review and deemed him")
    from presslens.timeline.heads import verb_coordinated_past_date

    at = text.index(timex)
    found = verb_coordinated_past_date(text, at, at + len(timex), "DATE", "on")
    assert (text[found[0]:found[1]] if found else None) == second
    if second is not None:
        arts = _articles(text)
        for method in ("learned", "rules"):
            heads = set(extract_events(arts, extract_timexes(arts), method=method).query("timex == @timex")["head"])
            assert {verb, second} <= heads, method


@pytest.mark.parametrize("text, timex, verb, noun", [
    ("On Tuesday, Mayor Ada Quill held a news conference.", "Tuesday", "held", "conference"),
    ("In July, Governor Odo Brann staged a successful coup against the regent.", "July", "staged", "coup"),
    ("In the third quarter, Tarno Mining had a net loss of $4 million.", "the third quarter", "had", "loss"),
    ("Odo Brann on Friday gave an impromptu press briefing to the dockers.", "Friday", "gave", "briefing"),
    ("On Saturday, the Ostrin council will hold a hearing on the quay.", "Saturday", "hold", "hearing"),
    ("Ada Quill held a rally at the Ostrin docks on Tuesday night, then flew home.", "Tuesday night", "held", "rally"),
    ("The Caldry council issued a joint statement Friday.", "Friday", "issued", None),  # a document: issued alone
    ("Ada Quill had a chance on Friday to speak.", "Friday", "had", None),  # no event noun
    ("Ada Quill made a campaign stop in Ostrin on Friday.", "Friday", "made", None),  # the phrase goes on past it
    ("Odo Brann, the party's nominee in 2030, held a rally in Ostrin.", "2030", "held", None),  # an aside's date
    ("Ada Quill now had a rally scheduled for that night.", "now", "had", None),  # the rally is that night's
])
def test_a_light_verb_s_event_noun_object_is_dated_beside_it(text, timex, verb, noun):
    # TempEval-3's tuning half links both the light verb and its object ("Hun Sen staged a successful coup d'etat",
    # "plans to hold a news conference"), and sample C's reader dates the object ("Obama on Friday held an impromptu
    # press briefing"); readers of A-D date documents, but TimeML does not ("issued a joint statement Friday")
    from presslens.timeline.heads import object_of_light_verb

    at, v = text.index(timex), text.index(verb)
    found = object_of_light_verb(text, (v, v + len(verb), "on"), at, at + len(timex))
    assert (text[found[0]:found[1]] if found else None) == noun
    if noun is not None:
        arts = _articles(text)
        for method in ("learned", "rules"):
            heads = set(extract_events(arts, extract_timexes(arts), method=method).query("timex == @timex")["head"])
            assert {verb, noun} <= heads, method


@pytest.mark.parametrize("text, timex, occasion", [
    ("During a rally Tuesday night in Caldry, Ada Quill promised lower tolls.", "Tuesday night", "rally"),
    ("Odo Brann said at a Tarno Dockers Conference on Friday that tolls would rise.", "Friday", "Conference"),
    ("On Saturday in the second harbour debate, Ada Quill declined to answer.", "Saturday", "debate"),
    ("The board met Monday at a town hall meeting in Caldry.", "Monday", "meeting"),
    ("At a rally in Ostrin, Caldry, on Saturday, Ada Quill endorsed Odo Brann.", "Saturday", "rally"),  # a place
    ("Odo Brann said in an interview with the Tarno Courier last week that he would stay.", "last week", "interview"),
    ("The Tarno Courier reported Monday in its story on the interview that the mayor would stay.", "Monday", None),
    ("Ada Quill spoke during a two-hour hearing on the quay.", "two-hour", None),  # a duration lasts it
])
def test_a_gathering_is_on_the_date_its_phrase_is_set_at(text, timex, occasion):
    # event sample A (scripts/event_sample.tsv): the rally, the conference, the debate a date sets, dated by a reader
    from presslens.timeline.heads import occasion_of

    at = text.index(timex)
    found = occasion_of(text, at, at + len(timex), "DURATION" if "hour" in timex else "DATE")
    assert (text[found[0]:found[1]] if found else None) == occasion
    if occasion is not None:
        arts = _articles(text)
        assert occasion in set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])


@pytest.mark.parametrize("text, timex, governing", [
    ("Mayor Ada Quill remembers the 1956 flood in Tarno as a child.", "1956", "remembers"),
    ("The Caldry council cited its 2028 audit as the reason for the tolls.", "2028", "cited"),
    ("Odo Brann opposed the 2029 harbour tax at every meeting.", "2029", "opposed"),
    # a name's possessive is a determiner as "her" is (event samples D and E: "California's June 7 primary")
    ("Odo Brann challenged Ada Quill's August reelection in the Tarno court.", "August", "challenged"),
    ("Mayor Ada Quill criticized Odo Brann's 2029 intervention in the port strike.", "2029", "criticized"),
    ("The Tarno Courier cited Mr. Odo Brann's March 2029 visit to the quay.", "March 2029", "cited"),
])
def test_a_date_between_a_determiner_and_a_noun_dates_no_verb_governing_its_phrase(text, timex, governing):
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert timex in set(ev["timex"]) and governing not in set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex, head", [
    ("Ada Quill said in her 2027 memoir that the port had failed.", "2027", "said"),  # the occasion
    ("Tarno dockers walked out after the March 3 ruling.", "March 3", "walked"),  # a point in time
    ("Odo Brann spoke about this yesterday with the dockers.", "yesterday", "spoke"),  # "this" alone
    ("Ada Quill will retire at the end of her current term.", "current", "retire"),  # the end of
    ("Odo Brann lost the 2029 harbour election to Ada Quill.", "2029", "lost"),  # the event it takes part in
    ("Tarno Freight filed a 2029 lawsuit against the port board.", "2029", "filed"),
    ("Odo Brann managed Ada Quill's 2029 harbour campaign.", "2029", "managed"),  # a name's possessive
    ("Odo Brann managed Émile Quill's 2029 harbour campaign.", "2029", "managed"),  # an accented capital opening it
    ("The Tarno board acquiesced in the Caldry Bank's December rate increase.", "December", "acquiesced"),
])
def test_a_date_after_its_occasion_or_a_verb_taking_part_keeps_the_verb_before(text, timex, head):
    arts = _articles(text)
    assert head in set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])


@pytest.mark.parametrize("text, timex, head", [
    ("Ada Quill visited Tarno twice during her two-year stint as mayor.", "two-year", "visited"),  # a span
    ("Third-quarter profit at Tarno Freight jumped 16% to $4 million.", "Third-quarter", "jumped"),  # after it
    ("The Tarno board conducted its survey March 17-20 via telephone.", "March 17-20", "conducted"),  # a range
])
def test_a_hyphenated_expression_keeps_the_events_of_its_span_and_its_noun(text, timex, head):
    from presslens.timeline.heads import modifies_noun

    arts = _articles(text)
    assert head in set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])
    at = text.index(timex)
    assert modifies_noun(text, at, at + len(timex)) == (timex == "Third-quarter")


@pytest.mark.parametrize("text, timex, saying, reported", [
    ("Mayor Ada Quill said Wednesday that Tarno Freight had closed the depot.", "Wednesday", "said", "closed"),
    ("The Caldry port board said on Monday it had raised the tolls.", "Monday", "said", "raised"),
    ("Odo Brann announced Friday that he had sold his Tarno boats.", "Friday", "announced", "sold"),
])
def test_a_date_after_a_reporting_verb_dates_the_saying_not_what_is_reported(text, timex, saying, reported):
    arts = _articles(text)
    heads = set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])
    assert saying in heads and reported not in heads


@pytest.mark.parametrize("text, timex", [
    ("Ada Quill said Thursday as dockers looked on.", "Thursday"),  # a clause set at the date
    ("Odo Brann said Monday at the harbour meeting that tolls would rise.", "Monday"),  # a preposition
    ("Tarno officials said Monday's vote was fair.", "Monday"),  # a possessive
    ("Caldry officials said 2030 has seen the worst harvest on record.", "2030"),  # the reported clause's subject
])
def test_no_reported_clause_after_the_date(text, timex):
    from presslens.timeline.heads import reporting_before

    at = text.index(timex)
    assert reporting_before(text, at, at + len(timex)) is None


@pytest.mark.parametrize("text, timex, outside", [
    ("The plan works, said Odo Brann, who now runs the Caldry ferry line.", "now", "said"),
    ("Caldry councillors, who currently hold a majority on the board, have blocked the toll plan.", "currently",
     "blocked"),
    ("The Tarno jetty, which the council first proposed last July, provoked many letters.", "last July", "provoked"),
    ("Meg Arlo, a former Caldry mayor who now runs Tarno Freight, labeled the toll plan unfit.", "now", "labeled"),
    ("Odo Brann, a Tarno skipper whose ferry sank in the early 2020s, filed a claim against the port.",
     "the early 2020s", "filed"),
])
def test_a_date_in_a_relative_clause_dates_no_verb_outside_it(text, timex, outside):
    from presslens.timeline.heads import relative_clause

    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert outside not in set(ev.loc[ev["timex"] == timex, "head"]), method
    at = text.index(timex)
    a, b = relative_clause(text, at, at + len(timex))
    assert text[a:].startswith(("who", "which")) and text[b:b + 1] in ("", ",") and a < at < b


def test_no_relative_clause_past_punctuation():
    from presslens.timeline.heads import relative_clause

    text = "Ada Quill, who runs the Caldry port, said on Monday that tolls would rise."
    assert relative_clause(text, text.index("Monday"), text.index("Monday") + 6) is None
    text = "The ads ran on Caldry station WHO in early January, records show."  # a name, no pronoun
    assert relative_clause(text, text.index("early"), text.index("early") + 13) is None
    text = "Ada Quill, who earned $46,344 last year, quit."  # a number's comma ends no clause
    assert relative_clause(text, text.index("last"), text.index("last") + 9)[1] == text.index(", quit")


@pytest.mark.parametrize("text, head", [
    ("Quill has clear momentum heading into next Tuesday's primaries.", "primaries"),
    ("Brann pointed to Quill's victories Tuesday in Caldry and Tarno.", "victories"),
    ("Both parties hold their conventions in July.", "conventions"),
])
def test_plural_event_nouns_of_campaign_news_are_event_nouns(text, head):
    arts = _articles(text)
    assert list(extract_events(arts, extract_timexes(arts))["head"]) == [head]


def test_read_timeml_links_and_score_anchoring():
    text, dct, events, links = read_timeml_links(FIXTURES / "timeline" / "mini.tml")
    assert list(events["text"]) == ["sailed", "rested"]
    # the creation-time link is left out; "t3 INCLUDES ei2" is read from the event's side
    assert [(r.timex, r.event, r.rel_type) for r in links.itertuples()] == [
        ("yesterday", "sailed", "IS_INCLUDED"), ("last week", "rested", "IS_INCLUDED")]
    arts = pd.DataFrame({"doc_id": ["m"], "text": [text], "published": [dct]})
    rows = extract_events(arts, extract_timexes(arts))
    scores = evaluate_anchoring(rows, links.assign(doc_id="m"), events.assign(doc_id="m"))
    assert scores["link_recall"] == scores["inclusion_recall"] == 1.0 and scores["n_links"] == 2
    wrong = rows.assign(head_start=0, head_end=3, event="x")  # "The", no event
    scores = evaluate_anchoring(wrong, links.assign(doc_id="m"), events.assign(doc_id="m"))
    assert scores["link_recall"] == 0.0 and scores["precision"] == 0.0 and scores["label_recall"] == 0.0
    assert "link_recall_ci" not in scores  # one document: no interval
    # Two documents, one right and one wrong: the intervals over documents run from one to the other.
    both = evaluate_anchoring(pd.concat([rows.assign(doc_id="a"), wrong.assign(doc_id="b")]),
                              pd.concat([links.assign(doc_id="a"), links.assign(doc_id="b")]),
                              pd.concat([events.assign(doc_id="a"), events.assign(doc_id="b")]))
    assert both["link_recall"] == 0.5
    assert both["link_recall_ci"] == both["inclusion_recall_ci"] == [0.0, 1.0]
    alone = evaluate_anchoring(rows, links.assign(doc_id="m"), events.assign(doc_id="m"))["precision"]
    assert both["precision_ci"] == [0.0, round(alone, 4)]


def test_timeline_merges_the_same_event_across_outlets_but_not_different_ones():
    arts = _articles("Governor Pell Arkady opened the Caldry ferry terminal on Friday.",
                     "On Friday, Governor Pell Arkady opened a new ferry terminal in Caldry.",
                     "Mayor Ilse Varro closed the Nordhaven fish market on Friday.",
                     outlets=["Harbour Post", "Caldry Courier", "Harbour Post"])
    tl = build_timeline(extract_events(arts, extract_timexes(arts)))
    assert len(tl) == 2 and set(tl["value"]) == {"2031-03-14"}
    merged = tl[tl["n_articles"] == 2].iloc[0]
    assert merged["doc_ids"] == ["a0", "a1"] and merged["outlets"] == ["Caldry Courier", "Harbour Post"]
    assert "Pell Arkady" in merged["participants"] and merged["tense"] == "past" and merged["relation"] == "on"
    assert tl[tl["n_articles"] == 1].iloc[0]["outlets"] == ["Harbour Post"]


def test_timeline_gives_each_article_its_sentence_and_the_offsets_of_its_time_expression():
    # The evidence of a timeline row must be found in place: per article (in the order of doc_ids) its
    # sentence and the start/end of the time expression in the article's text, as the events table has them.
    arts = _articles("Mayor Ilse Varro closed the Nordhaven fish market on Friday.",
                     "Governor Pell Arkady opened the Caldry ferry terminal on Friday.",
                     "On Friday, Governor Pell Arkady opened a new ferry terminal in Caldry.",
                     outlets=["Harbour Post", "Caldry Courier", "Harbour Post"])
    arts = arts.iloc[[2, 1, 0]].reset_index(drop=True)  # the later article first: doc_ids sort otherwise
    texts = dict(zip(arts["doc_id"], arts["text"]))
    tl = build_timeline(extract_events(arts, extract_timexes(arts)))
    assert {"starts", "ends"} <= set(tl.columns)
    for r in tl.itertuples():
        assert len(r.doc_ids) == len(r.sentences) == len(r.starts) == len(r.ends)
        for doc, sentence, a, b in zip(r.doc_ids, r.sentences, r.starts, r.ends):
            assert texts[doc][a:b] == "Friday" and sentence in texts[doc]
    merged = tl[tl["n_articles"] == 2].iloc[0]
    assert merged["doc_ids"] == ["a1", "a2"] and merged["sentences"][0].startswith("Governor")

def test_timeline_keeps_apart_reports_that_only_share_a_common_head():
    # "said" on one day with one shared name is two statements; "closed" with two shared names one event
    arts = _articles("Mayor Ilse Varro said on Friday that the Caldry ferry was safe.",
                     "Governor Pell Arkady said on Friday that the Caldry ferry was too slow.",
                     "On Friday, Mayor Ilse Varro and Governor Pell Arkady closed the Caldry ferry.",
                     "Ilse Varro and Pell Arkady closed the Caldry ferry on Friday.")
    tl = build_timeline(extract_events(arts, extract_timexes(arts)))
    heads = sorted((r.head, r.n_articles) for r in tl.itertuples())
    assert heads == [("closed", 2), ("said", 1), ("said", 1)]


def test_heads_one_expression_anchors_under_one_label_are_one_timeline_row():
    # "meet" and "review" are two events rows of one expression and one label: the timeline keys its
    # rows by date and label, so two rows that differ only by their head were one event shown twice
    arts = _articles("The Caldry harbour board will meet again on March 20 to review the damage.")
    ev = extract_events(arts, extract_timexes(arts))
    assert sorted(ev["head"]) == ["meet", "review"] and ev["event"].nunique() == 1
    tl = build_timeline(ev)
    assert len(tl) == 1 and tl["head"].iloc[0] == "meet" and tl["n_articles"].iloc[0] == 1


def test_an_event_label_does_not_open_inside_another_time_expression():
    # the words before "in January" are cut at "on Wednesday": the label was "Wednesday that she welcomed …"
    arts = _articles("Mayor Ilse Varro said on Wednesday that she welcomed an ethics review of a paving "
                     "contract awarded in January.")
    ev = extract_events(arts, extract_timexes(arts))
    label = ev.loc[ev["timex"] == "January", "event"].iloc[0]
    # (its subject is not looked for: in the middle of a long sentence the words before point to others as often)
    assert label == "she welcomed an ethics review of a paving contract awarded"


def test_events_and_timeline_of_nothing_are_empty_tables():
    arts = _articles("No dates here at all.")
    ev = extract_events(arts, extract_timexes(arts))
    assert ev.empty and list(build_timeline(ev).columns)[:3] == ["date_start", "date_end", "value"]



def test_a_timeline_of_what_is_not_an_events_table_is_one_readable_error():
    # a user hands over the articles, or a text, instead of extract_events' table
    arts = _articles("Mayor Ilse Varro opened the Caldry ferry on Friday.")
    with pytest.raises(ValueError, match="build_timeline: the events table has no column date_start or "
                                         "date_end or event .*extract_events"):
        build_timeline(arts)                         # was KeyError: 'date_start'
    with pytest.raises(TypeError, match="build_timeline: events must be a pandas DataFrame .* not str"):
        build_timeline("Mayor Ilse Varro opened the Caldry ferry on Friday.")  # was AttributeError

def test_sample_gold_events_are_on_the_timeline(sample_articles):
    gold = json.loads(shared_path("gold", "trump-tokyo-2025-10-27.timeline.json").read_text(encoding="utf-8"))
    tl = build_timeline(extract_events(sample_articles, extract_timexes(sample_articles)))
    for item in gold["events"]:
        rows = tl[tl["value"] == item["date"]]
        assert len(rows), item
        words = {w for w in re.findall(r"[a-z]{4,}", item["event"].lower())} - {"with", "from", "trump"}
        described = [set(re.findall(r"[a-z]{4,}", (r.event + " " + " ".join(r.participants)).lower()))
                     for r in rows.itertuples()]
        assert any(words & d for d in described), (item, rows["event"].tolist())


# ---------------------------------------------------------------- triggers and barriers (a speed-up)
def _consumable(pattern: re.Pattern, chars: str) -> set[str]:
    """The characters of ``chars`` some element of ``pattern`` (lookaheads included) can consume: a
    lookbehind reads the text before a stretch as well, so its characters may split stretches."""
    from re import _compiler, _constants as c, _parser

    tree = _parser.parse(pattern.pattern, pattern.flags)
    leaves: list = []

    def walk(data) -> None:
        for op, av in data:
            if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.RANGE):
                leaves.append((op, av))
            elif op is c.SUBPATTERN:
                walk(av[3])
            elif op is c.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if av[0] > 0:  # a lookahead (direction 1), which sees no further than its stretch
                    walk(av[1])
            elif op is c.ATOMIC_GROUP:
                walk(av)
            else:
                assert op is c.AT, op

    walk(tree.data)
    # Each element compiled once per flag, not once per character.
    compiled = [_compiler.compile(_parser.SubPattern(tree.state, [leaf]), flags)
                for leaf in leaves for flags in (0, re.I)]
    return {ch for element in compiled for ch in chars if element.fullmatch(ch)}


def test_no_pattern_can_consume_a_barrier_character():
    from presslens.timeline.rules import BARRIER, PATTERNS

    barriers = "".join(chr(i) for i in range(0x110000) if BARRIER.fullmatch(chr(i)))
    assert barriers
    for pattern, *_ in PATTERNS:
        assert not _consumable(pattern, barriers), pattern.pattern[:60]
    # Nor a trigger: the scan for a trigger's stretches skips to the next stretch after a hit.
    for *_, trigger in PATTERNS:
        for compiled in trigger or ():
            assert compiled is None or not _consumable(compiled, barriers), compiled.pattern[:60]



def test_no_pattern_can_consume_its_own_barrier_characters():
    """Each pattern scans only the stretches between the characters it and its trigger cannot
    consume (timexes._BARRIERS: BARRIER's, and digits or punctuation it never touches)."""
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _BARRIERS

    narrowed = behind = 0
    for (pattern, *_, trigger), barrier in zip(PATTERNS, _BARRIERS):
        chars = "".join(chr(i) for i in range(0x3000) if barrier.fullmatch(chr(i)))
        assert not _consumable(pattern, chars), pattern.pattern[:60]
        for compiled in trigger or ():
            assert compiled is None or not _consumable(compiled, chars), compiled.pattern[:60]
        narrowed += "," in chars
        behind += "’" in chars and "’" in pattern.pattern  # "(?<!\bwon’t\s)last": in a lookbehind alone
    assert narrowed >= 10  # the narrowing is in use: a comma splits the stretches of many patterns
    assert behind  # and a character only a lookbehind reads splits them too (the durations' at apostrophes)

def _full_scan(text: str) -> list[tuple[int, int, int]]:
    from presslens.timeline.rules import PATTERNS

    return sorted((m.start(), m.end(), rank) for rank, (pattern, _, gate, _) in enumerate(PATTERNS)
                  if gate is None or gate[0].search(text) for m in pattern.finditer(text) if m.end() > m.start())


_PIECES = ["Monday", "Mon.", "MONDAY", "Mondays", "July", "Jan.", "May", "2019", "1990s", "the 1990s", "Q3",
           "third quarter", "fiscal 2020", "FY19", "3 p.m.", "noon", "last week", "next year", "two years ago",
           "2.5 years", "every day", "weekly", "Christmas", "the past few months", "now", "soon", "recently",
           "yesterday", "tonight", "spring", "the same day", "year-end", "year-ago", "10/27/2025", "2025-10-27",
           "a day-long", "nineteen eighty-four", "21st century", "the year", "on the 14th", "Friday the 13th",
           "to the 3rd", "in two weeks' time", "a month’s time", "a half-century", "three Days", "six-month",
           "2 weeks", "today", "yearly", "last weekend", "the night before", "that same Morning",
           "Tuesday nights", "Wed.", "showed", "each week", "known", "the long-term", "right now",
           "first-half", "the Twenties", "FY26", "the day before yesterday", "this Fall", "the week after next",
           "headquarters", "behalf", "the same period", "the first two quarters of", "the next quarter",
           "the full year ended", "two thousand", "the weekend", "a week-long", "the past fortnight", "belong",
           "in six months time", "won’t last", "can't", "will last", "7am", "10.30 PM", "at 4 in the morning",
           "by ten at night", "the team", "I am", "tonight", "the nightclub", "15 October", "1-3 March",
           "the 3rd of May", "the third of March", "21ST  Dec.", "4 to 6 June", "Sat 5 July", "of\nApril", "in May",
           "in '08", "since ‘12", "the class of ’18", "'18 percent", "1.5 days", "3/4 of a year",
           "ſeconds", "last wee\u212a", "İ", "ı"]  # (last: lowering "İ" moves the offsets after it)


_JOINS = [" ", "  ", ", ", ". ", "\n", " (", ") ", "“", "” ", "\"", " — ", "–", "?", "! ", " & ", "*", "[", "] ",
          "-", "; ", ":", "’", "'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINS)), max_size=12))
def test_triggered_scan_finds_what_a_full_scan_finds(parts):
    from presslens.text import lower_aligned
    from presslens.timeline.timexes import _candidates

    text = "".join(piece + sep for piece, sep in parts)
    assert sorted((a, b, rank) for a, b, rank, _ in _candidates(text, lower_aligned(text))) == _full_scan(text)


def test_the_clock_trigger_gives_no_stretch_to_words_that_only_end_in_its_letters():
    """The clock's a.m. or p.m. follows a digit or a space, and its part of the day ("at 4 in the morning") stands
    whole: "team", "program" and "tonight" hold no hit, or each would make a stretch the costly clock pattern scans."""
    from presslens.text import lower_aligned
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _hits

    trigger = next(t for _, fn, _, t in PATTERNS if fn.__name__ == "_r_clock")
    text = "The Varro team met tonight at the Abraham nightclub; the program ran overnight."
    assert _hits(text, lower_aligned(text), trigger) == []
    text = "The ferry left at 7am and again at 10.30 PM, at 4 in the morning and by ten at night."
    assert len(_hits(text, lower_aligned(text), trigger)) == 4


def test_the_day_before_its_month_is_triggered_by_the_months_after_a_day():
    """rules.LED_TRIGGERS: the patterns of a day before its month ("5 March", "1-3 March", "the third of March")
    are scanned only around a month after a day's digit, its ordinal's ending or "of", and spaces; "in May" and
    "March 5" (the month first, found by other patterns) make no stretch for them."""
    from presslens.text import lower_aligned
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _hits

    trigger = next(t for p, _, _, t in PATTERNS if p.pattern.startswith(r"\b(?P<d>"))
    text = "In May the Varro council met; on March 5 it voted, then Oct. 20-24 it sat again."
    assert _hits(text, lower_aligned(text), trigger) == []
    text = "The Varro fair runs 1-3 March, the vote is on the third of March and the count on 5TH\n June."
    assert [text[h:h + 4] for h in _hits(text, lower_aligned(text), trigger)] == ["Marc", "Marc", "June"]


def test_the_units_time_trigger_gives_no_stretch_to_every_time():
    """ "in two weeks' time": the trigger's key reads the two characters before "time" (an "s" or an apostrophe and
    a space, or two spaces), so "at the time" and "on time" make no stretch the costly duration pattern scans."""
    from presslens.text import lower_aligned
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _hits

    trigger = next(t for p, fn, _, t in PATTERNS if fn.__name__ == "_r_duration" and r"\s+time" in p.pattern)
    text = "At the time, the Varro ferry ran on time; that time it did not."
    assert _hits(text, lower_aligned(text), trigger) == []
    text = "The pier opens in two weeks' time, the ferry in six months time and the yard in a year’s  time."
    assert len(_hits(text, lower_aligned(text), trigger)) == 3


def test_the_apostrophe_year_and_decimal_triggers_skip_to_their_apostrophe_period_or_slash():
    """The triggers of "in '08" and of "2.5 days" or "3/4 of a year" have keys (timexes._key): the scan for their
    hits skips to the apostrophe, the period or the slash, not a class tried at every character, and finds a place
    inside every hit the plain trigger finds."""
    from presslens.text import lower_aligned
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _KEYS, _hits

    text = "Varro won in '08 and ‘12, the class of ’18 met 1.5 days later; Port Velda's pier took 3/4 of 2.25 years."
    triggers = {id(t): t for _, fn, _, t in PATTERNS if t and "\\d" in t[0].pattern and ("'" in t[0].pattern
                and fn.__name__ == "_r_apostrophe_year" or "/" in t[0].pattern and fn.__name__ == "_r_numeric_no_year")}
    assert len(triggers) == 2
    for trigger in triggers.values():
        assert _KEYS[id(trigger)] is not None, trigger[0].pattern
        found = _hits(text, lower_aligned(text), trigger)
        assert len(found) >= 3
        for m in trigger[0].finditer(text):
            assert any(m.start() <= h < m.end() for h in found), (trigger[0].pattern, m.group(0))


def test_a_stretch_cut_at_an_apostrophe_keeps_what_a_lookbehind_reads_before_it():
    """The durations' pattern reads apostrophes in lookbehinds alone ("won’t last"): they cut its stretches."""
    from presslens.text import lower_aligned
    from presslens.timeline.timexes import _candidates

    text = "The ferry to Port Velda won’t last two weeks; the Varro yard's crews can't wait 10 days or 'last 3 years."
    found = sorted((a, b, rank) for a, b, rank, _ in _candidates(text, lower_aligned(text)))
    assert found == _full_scan(text)
    assert [text[a:b] for a, b, _ in found if text[a:b].endswith(("weeks", "days", "years"))] == [
        "two weeks", "10 days", "last 3 years"]


def test_triggered_scan_finds_what_a_full_scan_finds_on_the_fixtures():
    from presslens.text import lower_aligned
    from presslens.timeline.timexes import _candidates

    for path in sorted((FIXTURES / "timeline").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = _candidates(text, lower_aligned(text))
        assert sorted((a, b, rank) for a, b, rank, _ in found) == _full_scan(text), path.name


# What the gates of rules.PATTERNS look for, in the ways it is written (spaces of any kind and number).
_GATED = ["in two weeks  time", "a month’s\u2009time", "five years'\n time", "six days \ttime", "the week of",
          "the first week in", "the year ended", "fiscal 19", "FY 20", "the 1990’s", "the twenties", "the 21st century",
          "two quarters", "the quarter", "Q4", "year-ago", "the year two thousand", "nineteen ninety", "year-end",
          "the weekend of", "the aughts", "the SIXTIES", "year to date", "quarter-to-date", "YTD", "mtd"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES + _GATED), st.sampled_from(_JOINS)), max_size=8))
def test_a_gate_is_found_wherever_its_pattern_matches(parts):
    """A gate only spares a scan: a text its search (on the text, or its twin's on the lowered
    text) misses holds no match of its pattern."""
    from presslens.text import lower_aligned
    from presslens.timeline.rules import PATTERNS

    text = "".join(piece + sep for piece, sep in parts)
    lowered = lower_aligned(text)
    for pattern, _, gate, _ in PATTERNS:
        if gate is not None and any(m.end() > m.start() for m in pattern.finditer(text)):
            assert gate[0].search(text), (pattern.pattern[:60], text)
            assert gate[1] is None or lowered is None or gate[1].search(lowered), (pattern.pattern[:60], text)


def test_the_decade_and_to_date_gates_open_on_one_letter():
    """The gates of "the sixties" and of "year to date" or "YTD" open on one letter (the "s", the "d"), which a
    search skips to fast, and are found where the plain alternations of their words are, and only there."""
    import re
    from re import _constants as c, _parser

    from presslens.timeline.rules import PATTERNS

    plain = {"_r_decade": re.compile("ties|aughts", re.I), "_r_to_date": re.compile(r"to[\s-]date|[ymq]td", re.I)}
    gates = {fn.__name__: gate for _, fn, gate, _ in PATTERNS if fn.__name__ in plain and gate and "0" not in
             gate[0].pattern}
    assert set(gates) == set(plain)
    texts = ["In the sixties the Varro mill ran; its parties met", "Sales at Velda Foods are up 4% YTD and 3% QTD",
             "year-to-date, to date, up to date", "the aughts", "no gate here: toddler, dated, Tuesday, audits"]
    for name, gate in gates.items():
        assert _parser.parse(gate[1].pattern).data[0][0] is c.LITERAL, gate[1].pattern
        for text in texts:
            assert bool(gate[1].search(text.lower())) == bool(plain[name].search(text)), (name, text)
            assert bool(gate[0].search(text)) == bool(plain[name].search(text)), (name, text)


def _keyed_triggers() -> list:
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _KEYS

    return list({id(t): (t[1], _KEYS[id(t)]) for *_, t in PATTERNS if t and _KEYS.get(id(t))}.values())


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_trigger_key_is_found_inside_every_hit_of_its_trigger(data):
    """timexes._key: the scan for triggers looks for their rarest letters; each hit must still hold a
    match of one of its keys, which hold only characters the trigger consumes (so it lies in the hit's
    stretch)."""
    assert len(_keyed_triggers()) >= 10
    for trigger, keys in _keyed_triggers():
        hit = data.draw(st.from_regex(trigger, fullmatch=True))
        assert any(m.end() <= len(hit) for key in keys for m in key.finditer(hit)), (trigger.pattern[:40], hit)


def test_a_trigger_key_consumes_only_what_its_trigger_can():
    from presslens.timeline.timexes import _SPLITTERS, _consumable as consumable  # each element compiled once

    chars = string.printable + _SPLITTERS + '!"&(*?[]—“”'  # those that may split stretches
    for trigger, keys in _keyed_triggers():
        for key in keys:
            assert consumable(key, chars) <= consumable(trigger, chars) != set(chars), key.pattern[:40]


def test_start_finders_match_wherever_their_pattern_starts():
    """timexes._finder: a pattern's twin rewritten with first characters must match (on the lowered
    text) at every place the pattern matches, or the scan would skip a match."""
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _FINDERS

    assert sum(f is not None for f in _FINDERS) >= 10
    texts = [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "timeline").rglob("*.txt"))]
    for text in [*texts, " ".join(_PIECES), ", ".join(p.upper() for p in _PIECES)]:
        for (pattern, *_), finder in zip(PATTERNS, _FINDERS):
            for m in pattern.finditer(text) if finder is not None else ():
                assert finder.match(text.lower(), m.start()), (pattern.pattern[:40], m.group(0))


def test_a_pattern_opening_with_a_lookbehind_has_a_start_finder():
    # The year's pattern ("(?<![$€£#\d.,/-])" before "early", "fiscal", "FY" or the digits) had none: its search
    # tried every alternative at every character of its stretches; the lookbehind now stays in front, as a \b does
    from re import _constants as c, _parser

    from presslens.timeline.timexes import _FINDERS, _TWINS

    opening = [rank for rank, twin in enumerate(_TWINS) if twin is not None
               and (first := _parser.parse(twin.pattern, twin.flags).data[0])[0] in (c.ASSERT, c.ASSERT_NOT)
               and first[1][0] < 0]
    assert opening and all(_FINDERS[rank] is not None for rank in opening)


def test_the_quarterly_finder_finds_the_first_quarter_a_text_names():
    """timexes._QUARTERLY_FINDER: whether an article is about quarters is decided by the scan with
    its start finder, which must find what a search finds."""
    from presslens.text import lower_aligned
    from presslens.timeline.timexes import _QUARTERLY, _QUARTERLY_FINDER, _scan

    assert _QUARTERLY_FINDER is not None
    texts = [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "timeline").rglob("*.txt"))]
    texts += [" ".join(_PIECES), "a quarter of voters", "In the Third-Quarter, Q4 and the year’s quarter",
              "THE QUARTER ENDED", "the 2029 quarter-century", "the fiscal  second\nquarter"]
    texts = [(text, lowered) for text in texts if (lowered := lower_aligned(text)) is not None]  # else a search
    assert len(texts) > 5
    for text, lowered in texts:
        m = next(_scan(_QUARTERLY, _QUARTERLY_FINDER, text, lowered, 0, len(text)), None)
        expected = _QUARTERLY.search(text)
        assert (m and m.span()) == (expected and expected.span()), text[:60]


def test_patterns_opening_at_their_trigger_match_only_where_it_matches():
    """rules.OPENS_AT_TRIGGER: such a pattern is tried only where its trigger matches, so each of its
    matches must start there; and its trigger must be searched for as it is (no key, no word scan),
    so that its hits are the starts of its matches."""
    from presslens.timeline.rules import OPENS_AT_TRIGGER, PATTERNS
    from presslens.timeline.timexes import _WORD_TRIGGERS

    texts = [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "timeline").rglob("*.txt"))]
    # What the other month patterns match from before the month: a weekday, a day, "early", "last".
    texts += [" ".join(_PIECES), "Oct. 20-24, Nov. 6 to 10 on cellphones, Sept. 9–12, 2025, March 3 - April 5 in",
              "on Monday, Oct. 5, the 5th of May, in early March 2020 and last July"]
    assert OPENS_AT_TRIGGER
    for rank in OPENS_AT_TRIGGER:
        pattern, *_, (caseless, lower) = PATTERNS[rank]
        assert lower is None and id(PATTERNS[rank][3]) not in _WORD_TRIGGERS
        found = 0
        for text in texts:
            starts = {m.start() for m in caseless.finditer(text)}
            for m in pattern.finditer(text):
                assert m.start() in starts, (rank, m.group(0))
                found += 1
        assert found, rank


def _word_triggers() -> dict[int, re.Pattern]:
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _WORD_TRIGGERS

    return {id(t): t[1] for *_, t in PATTERNS if t is not None and id(t) in _WORD_TRIGGERS}


def _trigger_words(lower: re.Pattern) -> list[str]:
    from presslens.timeline.rules import WHOLE_WORDS

    source = lower.pattern
    if source.startswith(WHOLE_WORDS[0]) and source.endswith(WHOLE_WORDS[1]):
        source = source[len(WHOLE_WORDS[0]):-len(WHOLE_WORDS[1])]
    return [w.replace(r"\s+", " ").replace(r"\-", "-") for w in source.split("|")]


_WORDS = sorted({w for lower in _word_triggers().values() for w in _trigger_words(lower)})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["s", "ly", "k", "mon", " ", "  ", ", ", "-", "é", "3"]), max_size=15))
def test_one_scan_finds_the_runs_of_letters_holding_each_word_trigger(parts):
    """timexes._word_hits: every hit of a trigger made of words and phrases holds a place the one
    scan gives for that trigger (a run of letters' start: so the place lies in the hit's stretch)."""
    from presslens.timeline.timexes import _word_hits

    assert len(_word_triggers()) >= 8
    text = "".join(parts)
    found = _word_hits(text)
    for tid, lower in _word_triggers().items():
        for m in lower.finditer(text):
            start = re.search("[a-z]*$", text[:m.start()]).start()
            assert any(start <= f < m.end() for f in found[tid]), (lower.pattern[:30], text, m.group(0))


def test_lowering_keeps_what_a_caseless_pattern_matches():
    """The ground of the twins' scan on the lowered text (timexes._twin): outside _CASE_ODD, a
    character whose lower case is one character matches an ASCII letter caselessly exactly when
    its lower case is that letter, and lowering keeps it a word, space or digit character or not."""
    import string

    from presslens.text import _CASE_ODD

    chars = "".join(ch for ch in map(chr, range(0x110000)) if len(ch.lower()) == 1 and not _CASE_ODD.match(ch))
    low = chars.lower()
    assert len(low) == len(chars)

    def where(pattern: str, text: str, flags: int = 0) -> list[int]:
        return [m.start() for m in re.finditer(pattern, text, flags)]

    assert where("[a-z]", chars, re.I) == where("[a-z]", low)
    for letter in string.ascii_lowercase:
        assert where(letter, chars, re.I) == where(letter, low), letter
    for cls in (r"\w", r"\s", r"\d"):
        assert where(cls, chars) == where(cls, low), cls


def test_every_timex_pattern_scans_the_lowered_text():
    from presslens.timeline.rules import PATTERNS
    from presslens.timeline.timexes import _TWINS

    assert [p.pattern[:40] for (p, *_), twin in zip(PATTERNS, _TWINS) if twin is None] == []


# ---------------------------------------------------------------- the learned anchoring layer
def test_anchor_model_covers_every_feature_and_records_its_held_out_figures():
    from presslens.timeline.anchors import FEATURES, load_model, pair_features

    model = load_model()
    assert set(model["weights"]) == set(FEATURES) and 0 < model["top_threshold"] <= model["threshold"] < 1
    cv = model["figures"]["cv_5fold_by_document"]
    assert cv["precision"] >= model["figures"]["rules_alone"]["precision"] - 0.01
    assert cv["link_recall"] > model["figures"]["rules_alone"]["link_recall"]
    # the trade of rows for rightness: fewer links found the more of the rows must be right
    curve = [model["figures"]["cv_5fold_recall_at_precision"][f]["link_recall"] for f in ("0.65", "0.75", "0.85")]
    assert curve == sorted(curve, reverse=True) and curve[0] > curve[-1]
    assert model["figures"]["candidate_ceiling"] <= model["figures"]["same_sentence_links"] < 1
    s = "Harbour master Odo Brann, who resigned on Monday, said the ferry sank."
    spans, rows = pair_features(s, s.index("Monday"), s.index("Monday") + 6, "DATE", set(), model["lexicon"])
    assert rows and all(len(r) == len(FEATURES) for r in rows)
    words = [s[a:b] for a, b in spans]
    assert "resigned" in words and "the" not in words and "Monday" not in words


def test_the_feature_matrix_filled_by_blocks_is_the_columns_stacked():
    # batch_features fills its matrix _BLOCK rows at a time (anchors._rows_of): the same matrix as the columns
    # stacked at once, at sizes below, at and across a block's end, and for a batch of many expressions
    import numpy as np
    from presslens.timeline import anchors
    from presslens.timeline.anchors import _BLOCK, _rows_of, batch_features, load_model

    rng = np.random.default_rng(7)
    for n in (0, 1, _BLOCK - 1, _BLOCK, _BLOCK + 1, 2 * _BLOCK + 5):
        columns = [rng.random(n), rng.random(n) > 0.5, rng.integers(0, 9, n)]
        plain = np.column_stack(columns).astype(float) if n else np.zeros((0, 3))
        assert _rows_of(columns, n).shape == (n, 3) and np.array_equal(_rows_of(columns, n), plain)
    s = "Harbour master Odo Brann, who resigned on Monday, said the ferry sank and the port closed."
    item = (s, s.index("Monday"), s.index("Monday") + 6, "DATE", set(), None, None, None)
    lexicon = load_model()["lexicon"]
    one_spans, one = batch_features([item], lexicon)
    n_items = _BLOCK // len(one_spans[0]) + 2  # rows across more than one block
    spans, matrix = batch_features([item] * n_items, lexicon)
    assert anchors._BLOCK < len(matrix) and spans == one_spans * n_items
    assert np.array_equal(matrix, np.tile(one, (n_items, 1)))


def test_anchor_many_reads_its_expressions_in_bounded_batches(monkeypatch):
    # anchor_many gives batch_features at most _BATCH expressions at a time (all at once, an article of digit
    # runs made arrays of a million words, fresh memory whose first touch grew faster than the article),
    # with the heads and probabilities of one batch of all of them
    from presslens.timeline import anchors

    s = "Harbour master Odo Brann, who resigned on Monday, said the ferry sank and the port closed."
    items = [(s, s.index("Monday"), s.index("Monday") + 6, "DATE", set(), None, None, None)] * 5
    one = anchors.anchor_many(items[:1])
    sizes = []
    real = anchors.batch_features

    def counted(batch, *args, **kwargs):
        sizes.append(len(batch))
        return real(batch, *args, **kwargs)

    monkeypatch.setattr(anchors, "batch_features", counted)
    monkeypatch.setattr(anchors, "_BATCH", 2)
    assert anchors.anchor_many(items) == one * 5 and one[0]
    assert sizes == [2, 2, 1]


def test_the_word_facts_table_grows_by_doubling():
    # batch_features' facts table of the words seen (kept across calls) makes room for twice the words
    # known when new ones come: copied for each call's new words, calls over many new words were quadratic
    from presslens.timeline.anchors import batch_features, load_model

    lexicon, facts, tables = load_model()["lexicon"], {}, []
    for i in range(64):
        s = f"Odo Brann, harbour master of Vell{i}, resigned on Monday after the ferry Orla{i} sank."
        batch_features([(s, s.index("Monday"), s.index("Monday") + 6, "DATE", set(), None, None, None)],
                       lexicon, None, facts)
        if not tables or facts["table"] is not tables[-1]:
            tables.append(facts["table"])  # kept, so that no later table takes its place
        assert len(facts["table"]) >= len(facts["numbers"])
    assert len(tables) <= 8  # before: a new table for each of the 64 calls


@pytest.mark.parametrize("text, timex, heads", [
    ("The mill cited costs from its 2029 recapitalization as a burden.", "2029", {"recapitalization"}),
    ("Tarno Freight posted a gain in third-quarter net income.", "third-quarter", {"income"}),
    ("Friday's vote, the council said, was close.", "Friday", {"vote"}),
    ("Friday's blast shook the Nordhaven docks.", "Friday", {"blast"}),  # an event noun ends the run
    ("The 2029 merger talks of Tarno Freight stalled.", "2029", {"talks"}),  # the last of the run
    ("The ferry sailed in 2029 convoys.", "2029", set()),  # no determiner, hyphen or possessive before
    ("Its 2029 collapse was sudden.", "2029", {"collapse"}),
    ("Its 2029 (disputed) collapse was sudden.", "2029", set()),  # brackets between
])
def test_the_noun_a_pre_nominal_expression_modifies_is_marked(text, timex, heads):
    from presslens.timeline.anchors import FEATURES, load_model, pair_features

    at = text.index(timex)
    spans, rows = pair_features(text, at, at + len(timex), "DATE", set(), load_model()["lexicon"])
    column = FEATURES.index("np_head")
    assert {text[a:b] for (a, b), r in zip(spans, rows) if r[column]} == heads


@pytest.mark.parametrize("text, timex, marked", [
    ("Quarry workers found a buried lantern near Ostrevik on Tuesday.", "Tuesday", {"buried"}),
    ("Tarno Freight booked a loss from discontinued ferries in the third quarter.", "the third quarter",
     {"discontinued"}),
    ("The Caldry mill's renovated hall reopened on Friday.", "Friday", {"renovated"}),  # after a possessive
    ("The Caldry ferry that capsized near Ostrevik sank on Friday.", "Friday", set()),  # a relative clause's verb
    ("Odo Brann was arrested on Friday.", "Friday", set()),  # after an auxiliary: the verb
    ("The mill closed in March.", "March", set()),  # no word after it but a preposition
    ("The fleet's delayed, Brann said on Friday.", "Friday", set()),  # a comma after it
])
def test_a_participle_between_a_determiner_or_preposition_and_its_noun_is_marked(text, timex, marked):
    from presslens.timeline.anchors import FEATURES, load_model, pair_features

    at = text.index(timex)
    spans, rows = pair_features(text, at, at + len(timex), "DATE", set(), load_model()["lexicon"])
    column = FEATURES.index("participle_modifier")
    assert {text[a:b] for (a, b), r in zip(spans, rows) if r[column]} == marked


def test_a_participle_modifying_a_noun_is_no_learned_head():
    text = "With the finding of a buried lantern 11 days ago, the Ostrevik police widened their search."
    arts = _articles(text)
    assert list(extract_events(arts, extract_timexes(arts))["head"]) == ["finding"]


def test_learned_heads_prefer_the_verb_of_the_expressions_clause():
    text = "Harbour master Odo Brann, who resigned on Monday, said the Caldry ferry sank."
    arts = _articles(text)
    ev = extract_events(arts, extract_timexes(arts))
    assert list(ev["head"]) == ["resigned"]
    rules = extract_events(arts, extract_timexes(arts), method="rules")
    assert list(rules["head"]) == ["resigned"]
    with pytest.raises(ValueError, match="method"):
        extract_events(arts, extract_timexes(arts), method="parser")


def test_an_expression_without_an_event_nearby_keeps_one_row_without_a_head():
    arts = _articles("Monday.")
    ev = extract_events(arts, extract_timexes(arts))
    assert len(ev) == 1 and ev["head"].isna().all() and ev["head_start"].isna().all()


def test_anchor_training_labels_pairs_and_learns_event_words(tmp_path):
    import importlib.util
    import shutil

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("train_anchors", ROOT / "scripts" / "train_anchors.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    folder = tmp_path / "tempeval3-train" / "Fiction"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "timeline" / "mini.tml", folder / "mini.tml")
    data = train.load(tmp_path)
    lex = train.lexicon(data["articles"], data["events"])
    assert lex["words"] == lex["stems"] == lex["suffixes"] == {}  # one tiny document: nothing passes the floors
    pairs, x = train.build_pairs(data["contexts"], lex)
    text = data["articles"]["text"].iloc[0]
    linked = {(text[p["start"]:p["end"]], text[p["head_start"]:p["head_end"]]) for p in pairs if p["label"]}
    assert linked == {("yesterday", "sailed"), ("last week", "rested")} and x.shape[1] == len(train.anchors.FEATURES)
    y = np.array([p["label"] for p in pairs], dtype=float)
    w, b = train.fit(x, y, 1.0)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert p[y == 1].min() > p[y == 0].max()


def test_link_lexicon_reads_each_training_row_from_the_other_documents():
    import importlib.util

    from conftest import ROOT
    from presslens.timeline.anchors import FEATURES, link_likeness

    spec = importlib.util.spec_from_file_location("train_anchors", ROOT / "scripts" / "train_anchors.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    # "sail" linked in 6 of its 6 candidate pairs over 6 documents, "vote" in 0 of 6.
    pairs = [{"doc_id": f"d{i}", "key": key, "label": int(key == "sail")} for i in range(6) for key in ("sail", "vote")]
    x = np.zeros((len(pairs), len(FEATURES)))
    links = train.link_lexicon(pairs, x, {f"d{i}" for i in range(6)})
    assert links["sail"] > 0 > links["vote"]
    assert link_likeness("sailed", {"links": links}) == links["sail"] and link_likeness("ferry", {"links": links}) == 0
    column = x[:, FEATURES.index("linklex")]
    # each row from the five other documents: still past the count floor, but not its own label
    assert 0 < column[0] < links["sail"] and links["vote"] < column[1] < 0
    held = train.link_lexicon(pairs, x, {f"d{i}" for i in range(5)})  # d5 unseen: read whole
    assert x[10, FEATURES.index("linklex")] == held["sail"]


def test_timeline_merge_rules_on_fictional_reports():
    """Each case of tests/fixtures/timeline/merges.tsv on a date of its own: the reports of one
    group letter share a row, the others do not (issue 16: merge by head, participants and date)."""
    cases = pd.read_csv(FIXTURES / "timeline" / "merges.tsv", sep="\t", comment="#", dtype=str, keep_default_na=False)
    rows = []
    for r in cases.itertuples():
        start = pd.Timestamp(r.value if len(r.value) > 4 else f"{r.value}-01-01")
        end = start if len(r.value) > 4 else pd.Timestamp(f"{r.value}-12-31")
        rows.append({"doc_id": r.doc_id, "value": r.value, "date_start": start, "date_end": end, "head": r.head,
                     "participants": [p for p in r.participants.split(";") if p.strip()], "sentence": r.sentence,
                     "event": r.sentence, "relation": "on", "tense": "past", "outlet": f"Outlet {r.doc_id[-1]}"})
    # Ilse Varro is named in 40 more articles, on other days: a participant too common to identify an event.
    rows += [{"doc_id": f"f{i}", "value": f"2030-01-{i % 28 + 1:02d}", "date_start": pd.Timestamp(f"2030-01-{i % 28 + 1:02d}"),
              "date_end": pd.Timestamp(f"2030-01-{i % 28 + 1:02d}"), "head": f"visited{i}", "participants": ["Ilse Varro"],
              "sentence": f"Ilse Varro visited pier {i}.", "event": "visit", "relation": "on", "tense": "past",
              "outlet": "Outlet f"} for i in range(40)]
    tl = build_timeline(pd.DataFrame(rows))
    row_of = {d: i for i, docs in enumerate(tl["doc_ids"]) for d in docs}
    for case, part in cases.groupby("case"):
        for (_, a), (_, b) in itertools.combinations(part.iterrows(), 2):
            together = row_of[a["doc_id"]] == row_of[b["doc_id"]]
            assert together == (a["group"] == b["group"]), (case, a["doc_id"], b["doc_id"])


# What the current rules do with each hand-judged sample of scripts/timeline_merges.tsv on PolNeAR train: judged
# merges still made (of them judged one event, judged different) and judged near misses now merged (one event,
# different). Sample E (seed 4, --own-words --size 9 30) was judged at 39c609a9 with every event and timex rule in
# place, before any rule written from it: 7/9 merges right, 2/30 near misses one event. Sample F (seed 5, --own-words
# --fresh --size 20 20) holds only rows sharing no report with A-E, judged at 6d56fd26 before any rule: 16/20 merges
# right, 3/20 near misses one event. Since a weekday's possessive after a lead-in word is the nearer day (issue 16),
# F's two rows of New Hampshire's primary (one dated the Tuesday before) are one row of 20 reports, but neither judged
# merge counts as kept: one report keeps the Tuesday before ("New Hampshire's Tuesday primary", no possessive) and
# one is compared only with the joined row's first report, which shares no participant with it; hence 14.
_MERGE_SAMPLES = {"A": (43, 2, 0, 0), "B": (51, 0, 0, 0), "C": (7, 1, 0, 0), "D": (6, 1, 0, 0), "E": (7, 2, 0, 0),
                  "F": (14, 4, 0, 0)}


@pytest.mark.slow
def test_timeline_merges_hold_the_hand_judged_samples():
    """Each sample keeps at least its right merges and near misses now merged that were one event, and gains no
    wrong ones (the figures ``scripts/timeline_merges.py`` prints under "current rules")."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "timeline_merges", FIXTURES.parent.parent / "scripts" / "timeline_merges.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sample = module.read_sample()
    assert (sample["note"].str.len() <= 110).all()  # doc ids, offsets and verdicts, no article text
    events = module.polnear_events(shared_path("corpora", "polnear-train").parent)
    sample = sample.assign(now=module.merged_now(sample, list(module._merge_reports(events)), events))
    for name, (same, different, near_same, near_different) in _MERGE_SAMPLES.items():
        part = sample[(sample["sample"] == name) & sample["now"]]
        kept = part.loc[part["kind"] == "merge", "verdict"].value_counts()
        joined = part.loc[part["kind"] == "near", "verdict"].value_counts()
        assert kept.get("same", 0) >= same and kept.get("different", 0) <= different, name
        assert joined.get("same", 0) >= near_same and joined.get("different", 0) <= near_different, name
    assert set(sample["sample"]) == set(_MERGE_SAMPLES)
    e = sample[sample["sample"] == "E"]
    assert len(e) == 39 and (e.loc[e["kind"] == "merge", "verdict"] == "same").sum() == 7
    assert (e.loc[e["kind"] == "near", "verdict"] == "same").sum() == 2
    f = sample[sample["sample"] == "F"]
    assert len(f) == 40 and (f.loc[f["kind"] == "merge", "verdict"] == "same").sum() == 16
    assert (f.loc[f["kind"] == "near", "verdict"] == "same").sum() == 3
    earlier = {k for row in sample.loc[sample["sample"] < "F", "reports"] for k in row.split(",")}
    assert not earlier & {k for row in f["reports"] for k in row.split(",")}  # F shares no report with A-E


def test_reports_sharing_one_name_are_not_compared_pairwise(monkeypatch):
    """Many reports of one date with a reporting head and one shared name (which cannot merge: two
    shared participants are needed) cost no comparisons: groups are looked up by pairs of names."""
    from presslens.timeline import events as ev_module

    calls = []
    original = ev_module._same_event
    monkeypatch.setattr(ev_module, "_same_event", lambda *a: calls.append(1) or original(*a))
    day = pd.Timestamp("2031-03-17")
    rows = [{"doc_id": f"d{i}", "value": "2031-03-17", "date_start": day, "date_end": day, "relation": "on",
             "tense": "past", "event": f"Ada Quill said thing {i}", "head": "said",
             "participants": ["Ada Quill", f"Person {i}"], "sentence": f"Ada Quill said word{i} on Monday.",
             "outlet": "Fictional Ledger"} for i in range(300)]
    rows += [dict(rows[0], doc_id="copy"), dict(rows[1], doc_id="pair", sentence="Ada Quill told Person 1 the word1 again.",
                                                 event="Ada Quill said so")]
    timeline = ev_module.build_timeline(pd.DataFrame(rows))
    assert len(timeline) == 300  # the copy of a sentence merges, and so do two reports sharing two names
    assert len(calls) == 2


def test_reports_with_a_reporting_head_and_no_word_to_share_are_not_compared(monkeypatch):
    """A transcript gone wrong: hundreds of reports of one date with the head "said", the same two
    names and not one lowercase word of four letters (which _same_event's branch for a reporting
    head needs in common) merge only copies of one sentence, with no comparison; a report that has
    such words still merges with another that shares them."""
    from presslens.timeline import events as ev_module

    calls = []
    original = ev_module._same_event
    monkeypatch.setattr(ev_module, "_same_event", lambda *a: calls.append(1) or original(*a))
    day = pd.Timestamp("2031-03-18")
    base = {"value": "2031-03-18", "date_start": day, "date_end": day, "relation": "on", "tense": "past",
            "head": "said", "participants": ["Ada Quill", "Bo Morrow"], "outlet": "Fictional Ledger"}
    rows = [{**base, "doc_id": f"d{i}", "event": f"line {i}", "sentence": f"Ada Quill: {i} said Bo Morrow: Q: A: {i}."}
            for i in range(300)]
    rows += [{**base, "doc_id": "copy", "event": "line 0", "sentence": rows[0]["sentence"]},
             {**base, "doc_id": "w1", "event": "ferry", "sentence": "Ada Quill said the ferry fares rise, Bo Morrow said."},
             {**base, "doc_id": "w2", "event": "ferry", "sentence": "Ada Quill said fares rise, and Bo Morrow said so."}]
    timeline = ev_module.build_timeline(pd.DataFrame(rows))
    assert len(timeline) == 301  # the copy joins d0, and w2 shares "fares" with w1
    # two comparisons (the copy with d0, w2 with w1) where there were 45,452
    assert sorted(map(sorted, timeline["doc_ids"]))[-1] == ["w1", "w2"] and len(calls) == 2


def test_past_cues_are_lowercase_words_of_three_letters_or_more():
    # tense._PAST looks at three lowercase letters before its lookbehinds: true of every listed cue.
    from presslens.timeline import tense
    from presslens.timeline.lexicon import PAST_VERBS

    assert all(re.fullmatch("[a-z]{3,}", w) for w in [*PAST_VERBS, *tense._REPORTING])
    s = "Ada Quill led the talks; they were stalled, she said, and the hammered deal failed."
    assert [m.group(0) for m in tense._PAST.finditer(s)] == ["led", "were", "stalled", "said", "failed"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["will", "Willing", "won't", "would", "'ll", "set to", "Set for", "is due",
                                 "is due to", "plans to", "plan to", "next", "next to", "ahead", "WILL", "the",
                                 "meets", "x", "’ll", ",", " ", "  ", "is forecast", "Are forecast", "is",
                                 "are", "Friday", "on Sunday", "7 p.m.", "at 12:30 pm", "is due Monday"]), max_size=12))
def test_future_cues_grouped_by_first_character_match_as_the_plain_alternation(words):
    from presslens.timeline import tense
    from presslens.timeline.lexicon import FUTURE_CUES

    plain = re.compile(r"(?<![\w’'])(?:" + "|".join(c.replace(" ", r"\s+") for c in FUTURE_CUES) + r")(?!\w)",
                       re.IGNORECASE)
    text = " ".join(words)
    assert [m.span() for m in tense._FUTURE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_every_list_of_tense_cues_is_grouped_by_first_character():
    # _by_first_character falls back to the plain alternation, silently, when one cue cannot be grouped (a cue opening
    # on a class or a quantified character): two future cues did that once and the tense scans slowed by half. The
    # past forms and the reporting verbs, searched in every clause whose tense is read, must stay grouped too.
    from presslens.timeline import tense
    from presslens.timeline.lexicon import FUTURE_CUES, PAST_VERBS

    for cues in (FUTURE_CUES, PAST_VERBS, sorted(tense._REPORTING)):
        grouped = tense._by_first_character(list(cues))
        assert grouped != "|".join(c.replace(" ", r"\s+") for c in cues), cues[:3]
        assert len(grouped.split("(?:")) > 1


def test_future_cues_opening_on_a_choice_of_words_are_grouped_too():
    # "(?:is|are) forecast" is one cue per word: the cues stay grouped by first character (a cue
    # that could not be grouped turned the whole list back into the slow plain alternation).
    from presslens.timeline import tense
    from presslens.timeline.lexicon import FUTURE_CUES

    assert any(c.startswith("(?:") for c in FUTURE_CUES)
    grouped = tense._by_first_character(FUTURE_CUES)
    assert grouped != "|".join(c.replace(" ", r"\s+") for c in FUTURE_CUES)
    assert tense._by_first_character(["(?:is|are) due", "is set"]) == r"i(?:s\s+due|s\s+set)|are\s+due"
    assert tense._top_level_choice("a|b") and not tense._top_level_choice(r"a(?=\s+(?:on|at)[|])")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["was", "wasted", "were", "said", "told", "added", "met", "meeting", "the", "a", "be",
                                 "been", "is", "still", "newly", "hundred", "united", "Asked", "Called", "signed",
                                 "the signed", "be named", "be still held", "led", "ledger", "red", "bed", "xed", "ed",
                                 "Wasted", "WAS", "was-", "-based", "reported", "écrasé", "pushed9", "_said", "’s",
                                 "cut", "cutting", "hit", "owed", "the owed", "used"]), max_size=14),
       st.sampled_from([" ", ", ", "  ", "-", "\n"]))
def test_past_cues_match_as_the_plain_alternation(words, sep):
    # tense._PAST looks ahead for a past form or an -ed word before its lookbehinds, and groups its
    # lists by first character: the same spans as the plain alternation of the lists.
    from presslens.timeline import tense
    from presslens.timeline.lexicon import PAST_VERBS

    plain = re.compile(r"\b(?=[a-z]{3})(?:" + tense._NOT_AFTER + "(?:" + "|".join(map(re.escape, PAST_VERBS)) + "|"
                       + tense._REGULAR_PAST + ")|" + "|".join(tense._REPORTING) + r")\b|" + tense._OPENING_PAST
                       + r"\b")
    text = sep.join(words)
    for lo in (0, 3):
        assert ([m.span() for m in tense._PAST.finditer(text, lo)]
                == [m.span() for m in plain.finditer(text, lo)]), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["will", "the", "summit", "was", "arrested", "Mayor", "Varro", "to", "meet",
                                 "talks", "opening", "quickly", "2031.", "has", "45", "banks", "her", "vote",
                                 "it's", ",", "and", "signed"]), min_size=1, max_size=14),
       st.lists(st.integers(0, 200), min_size=4, max_size=4))
def test_joined_span_words_are_tagged_as_the_words_alone(words, cuts):
    # join_tags re-tags only the first word of each piece and the words cut at a span's edge.
    from presslens.timeline.heads import _tag, _words, join_tags, span_words

    s = " ".join(words)
    x, start, end, y = sorted(min(c, len(s)) for c in cuts)
    cache: dict = {}
    got = join_tags([span_words(s, x, start, cache), span_words(s, end, y, cache)])
    alone = ([(x + a, x + b, w, lw) for a, b, w, lw in _words(s[x:start])]
             + [(end + a, end + b, w, lw) for a, b, w, lw in _words(s[end:y])])
    assert got == (alone, _tag(alone))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["will", "to", "was", "has", "’s", "it's", "Trump's", "the", "its", "a", "vote",
                                 "Vote", "talks", "bombing", "summit", "opened", "hundred", "arrested", "meeting",
                                 "building", "led", "quickly", "not", "and", "of", "45", "Varro", "it", "do",
                                 "'ll", "be", "signed", "election"]), max_size=16),
       st.sampled_from([" ", ", ", "-"]))
def test_tags_looked_up_by_word_and_context_are_those_of_the_plain_loop(words, sep):
    # _tag looks each word's tag up by the word and _context of the word before, across calls.
    from presslens.timeline.heads import _tag, _tag_one, _words

    def plain(ws: list) -> list[str]:  # _tag as written before its look-up
        tags, prev, prev_tag = [], "", ""
        for _, _, w, lw in ws:
            prev_tag = _tag_one(w, lw, prev, prev_tag, bool(prev))
            tags.append(prev_tag)
            prev = lw
        return tags

    ws = _words(sep.join(words))
    assert _tag(ws) == plain(ws)
    assert _tag(ws[1:]) == plain(ws[1:])  # the same words in other contexts


def test_word_facts_bits_by_one_look_up_are_those_of_each_word_list():
    # _word_facts reads the word-list bits from one table (_MEMBER_BITS) and the stem once.
    from presslens.timeline import anchors as A

    def plain(w: str) -> int:  # the bits as each list gives them
        lw = w.lower()
        return ((lw in A._SUBORDINATORS) * A._SUB | (lw in A._CONJUNCTIONS) * A._CONJ | (lw in A._REPORTING) * A._REP
                | (lw in A._DETERMINERS or lw.endswith(("'s", "’s"))) * A._DET_BEFORE | lw.endswith("ing") * A._ING
                | (lw == "of") * A._OF | (lw in A._PAST_FORMS) * A._PAST_FORM | lw.endswith("ed") * A._ED
                | (lw in A._FUTURE_AUX) * A._FUTURE | (len(lw) < 2) * A._SHORT | w[:1].isupper() * A._CAPITAL
                | (not lw[0].isalpha() or lw in A._NP_BREAKS) * A._NP_BREAK | (lw in A._MODALS) * A._MODAL
                | (lw in A.PREPOSITIONS) * A._PREP)

    lexicon = A.load_model()["lexicon"]
    listed = set().union(A._SUBORDINATORS, A._CONJUNCTIONS, A._REPORTING, A._DETERMINERS, A._PAST_FORMS,
                         A._FUTURE_AUX, A._NP_BREAKS, A._MODALS, A.PREPOSITIONS)
    words = sorted(listed) + [w.title() for w in sorted(listed)] + ["of", "Of", "opened", "meeting", "Trump's", "a",
                                                                    "45", "2031.", "it’s", "summit", "Sailed", "x"]
    for w in words:
        ev, known, bits, link = A._word_facts(w, lexicon)
        lw = w.lower()
        assert bits == plain(w), w
        assert link == A.link_likeness(lw, lexicon)
        if lw[0].isalpha() and lw not in A._NOT_CANDIDATES:
            assert (ev, known) == A.event_likeness(lw, lexicon)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["on", "On", "IN", "the", "Friday", "Friday,", ",on", "on,", ",", "between", "’s",
                                 "'s", "s", "ſince", "of", "x", "early", "sold", "earlyon", "2031", "this", "as",
                                 "that", "at", "for", "or", "S", "ſ", "on,the", "Trump’s", "o"]), max_size=12))
def test_words_without_tail_are_those_the_tail_pattern_leaves(words):
    # _without_tail matches the tail's reversal at the start of the reversed words, not the plain
    # end-anchored pattern from each position.
    from presslens.timeline.events import _TAIL_WORDS, _without_tail

    tail = re.compile(r"(?:[\s,]+(?:" + "|".join(_TAIL_WORDS) + r"))+\s*$", re.I)
    assert _without_tail(words) == tail.sub("", " ".join(words))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "-", " - ", ",", "where", "Where", "who", "said", "Lee", "a", ";", "“",
                                 "—", "\n", "x", "and", "(", "–", "\t"]), max_size=16))
def test_event_clause_edges_are_those_of_the_one_pattern(pieces):
    # _segments cuts at the marks (_EDGE_MARK) and, in a text holding "-" or "where", at the spaces
    # (_EDGE_SPACE), not at the matches of one pattern as written before.
    from presslens.timeline.events import _segments

    before = re.compile(r"[;:()\[\]\"“”—–]|\s-\s|,(?=\s+(?:where|while|though|although|which|who|whom|whose|"
                        r"but|because|when|as|after|before|following|amid|with|and|or|saying|says|said|according)\b)"
                        r"|,(?=\s+[a-z])|,\s*$|,(?<=\w,)(?=\s+[A-Z])|\s(?=where\s)")
    text = "".join(pieces)
    cuts = [0] + [m.start() for m in before.finditer(text)] + [len(text)]
    assert _segments(text) == [(a + (a > 0 and text[a] in ",;:()[]\"“”—–"), b) for a, b in zip(cuts, cuts[1:])]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([0.0, 0.2, 0.45, 0.5, 0.7, 1.0]), max_size=5), max_size=8),
       st.sampled_from([0.3, 0.5, 0.8]), st.sampled_from([0.2, 0.4, 0.6]))
def test_selected_heads_are_those_of_sorting_every_candidate(probabilities, threshold, top_threshold):
    # select finds each expression's best candidate by its highest probability, not by sorting all.
    from presslens.timeline.anchors import select

    spans = [[(10 * k, 10 * k + 3) for k in range(len(ps))] for ps in probabilities]
    p = np.array([q for ps in probabilities for q in ps], dtype=float)
    group = np.repeat(np.arange(len(spans)), [len(ps) for ps in probabilities])
    keep = p >= threshold
    if len(p):  # select as written before: every candidate sorted by expression, the best first
        order = np.lexsort((np.arange(len(p)), -p, group))
        firsts = order[np.flatnonzero(np.r_[True, group[order][1:] != group[order][:-1]])]
        keep[firsts] |= p[firsts] >= top_threshold
    flat = [sp for item in spans for sp in item]
    expected: list[list] = [[] for _ in spans]
    for i in np.flatnonzero(keep).tolist():
        expected[group[i]].append((*flat[i], p[i]))
    assert select(spans, p, threshold, top_threshold) == expected


_RELATION_WORDS = ["before", "By", "prior to", "ahead of", "earlier than", "no later than", "after", "following",
                   "later than", "since the end of", "since", "from", "FROM", "starting", "starting on", "beginning in",
                   "as of", "effective", "until", "till", "through", "thru", "up to", "up until", "for", "during",
                   "throughout", "over", "within", "across", "in the past", "in the coming", "between", "and", "to",
                   "-", "the", "vote", "nearby", "(by", "by,", "ſince", "acroſs", "wİthin", "é", "\n", "  ", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RELATION_WORDS), max_size=14), st.sampled_from(["DATE", "DURATION", "SET", None]),
       st.sampled_from(["", "two days ago", "a week"]), st.sampled_from(["", " later", ", said"]))
def test_relations_with_the_cheap_rejecting_pass_are_those_of_the_patterns_alone(words, kind, timex, after):
    # relation_of rejects most tails by their last word, and reads the phrase a tail ends on from its
    # end (heads._ENDING_ON), not by searching it for an end-anchored pattern.
    from presslens.timeline import heads as h

    patterns = [re.compile(p + r"\s*$", re.I) for p in (
        r"\b(?:before|by|prior\s+to|ahead\s+of|earlier\s+than|no\s+later\s+than)",
        r"\b(?:after|following|later\s+than|since\s+the\s+end\s+of)",
        r"\b(?:since|from|starting(?:\s+(?:on|in|at))?|beginning(?:\s+(?:on|in))?|as\s+of|effective)",
        r"\b(?:until|till|through|thru|up\s+to|up\s+until)",
        r"\b(?:for|during|throughout|over|within|across|in\s+the\s+(?:past|last|next|coming))")]

    def plain(before: str) -> str:  # relation_of as written before its rejecting pass
        tail = before[-40:]
        if h._LATER.match(after):
            return "on"
        if h._RANGE_END.search(before[-60:]):
            return "ends"
        for pattern, rel in zip(patterns, ("before", "after", "begins", "ends")):
            if pattern.search(tail):
                return rel
        if kind in ("DURATION", "SET") and not h._COUNTED.search(timex):
            return "during"
        return "during" if patterns[4].search(tail) else "on"

    before = " ".join(words) + " "
    for cut in (before, before[-45:], before.rstrip()):
        assert h.relation_of(cut, kind, timex, after) == plain(cut), cut


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_events_leaves_the_cycle_collector_as_it_found_it(enabled):
    import gc

    arts = pd.DataFrame({"doc_id": ["a"], "text": ["Mayor Ilse Varro opened the bridge on Monday."],
                         "published": [pd.Timestamp("2031-03-19")]})
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        ev = extract_events(arts, extract_timexes(arts))
        assert gc.isenabled() is enabled and ev["head"].tolist() == ["opened"]
    finally:
        gc.enable() if was else gc.disable()


def test_tag_tables_stay_bounded_whatever_context_the_new_words_come_in(monkeypatch):
    # Every table of _tag's look-up is bounded, not only the largest in ordinary prose: new words
    # after "the" (the determiner's table) or alone in a sentence (the table of no word before)
    # add no context, so a bound read from the contexts or one table let them grow without end.
    from presslens.timeline import heads

    monkeypatch.setattr(heads, "_TAGS_KEPT", 8)
    monkeypatch.setattr(heads, "_CONTEXTS", {})
    monkeypatch.setattr(heads, "_TAGGED", [{} for _ in range(32)])
    names = [f"zorb{a}{b}" for a in "abcdefghij" for b in "abcdefghij"]
    for name in names:
        for sentence in (f"the {name}", name, f"Voss's {name}"):
            words = heads._words(sentence)
            assert heads._tag(words) == [heads._tag_one(w, lw, p, "aux" if p in heads._AUX else "", bool(p))
                                         for (_, _, w, lw), p in zip(words, [""] + [x[3] for x in words])]
    assert len(heads._CONTEXTS) <= 8 and max(len(known) for known in heads._TAGGED) <= 8


def test_timeline_built_from_events_read_back_from_files_is_the_same(tmp_path):
    # Events saved and read back give build_timeline their participants as an array
    # (pd.read_parquet), JSON text (save_table's Parquet) or the list's text (CSV, whose dates are
    # text too): merges by shared participants were lost, and CSV dates raised TypeError.
    from presslens.io import save_table
    from presslens.timeline import filter_timeline

    arts = _articles("Governor Pell Arkady opened the Caldry ferry terminal on Friday.",
                     "On Friday, Governor Pell Arkady opened a new ferry terminal in Caldry.",
                     "Mayor Ilse Varro closed the Nordhaven fish market on Friday.",
                     outlets=["Harbour Post", "Caldry Courier", "Harbour Post"])
    events = extract_events(arts, extract_timexes(arts))
    timeline = build_timeline(events)
    assert sorted(timeline["n_articles"]) == [1, 2]
    events.to_parquet(tmp_path / "events.parquet")
    events.to_csv(tmp_path / "events.csv", index=False)
    saved = save_table(events, "events", tmp_path)
    for path in (tmp_path / "events.parquet", tmp_path / "events.csv", saved["parquet"], saved["csv"]):
        back = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
        again = build_timeline(back)
        assert again["doc_ids"].tolist() == timeline["doc_ids"].tolist(), path
        assert again["participants"].tolist() == timeline["participants"].tolist(), path
        assert len(filter_timeline(again, entity="arkady")) == 1, path


def test_filter_timeline_names_an_entity_no_event_holds():
    # 04_timeline with entity="Velq" (for Velk) drew an empty timeline and said nothing.
    import warnings

    from presslens.timeline import filter_timeline

    arts = _articles("Mayor Mara Velk opened the Ostrin ferry terminal on Friday.")
    timeline = build_timeline(extract_events(arts, extract_timexes(arts)))
    with pytest.warns(UserWarning, match="names 'Velq'"):
        assert filter_timeline(timeline, entity="Velq").empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(filter_timeline(timeline, entity="velk")) == 1
        assert filter_timeline(timeline, date_to="2000-01-01", entity="velk").empty  # named, only out of range


def test_equal_values_of_the_timexes_object_columns_are_one_string():
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["The fair opens on Friday. The market will open on Friday too."],
                         "published": [pd.Timestamp(PUB)]})
    values = extract_timexes(arts)["value"].tolist()
    assert values == ["2031-03-21", "2031-03-21"] and values[0] is values[1]


@pytest.mark.parametrize("values", [
    *(pd.Series(pd.to_datetime(["2025-10-27 09:30", None, "2025-10-29 00:00"]).as_unit(unit))
      for unit in ("s", "ms", "us", "ns")),
    pd.Series(pd.to_datetime(["2025-10-27", None]).as_unit("s").tz_localize("UTC")),
    pd.Series(pd.to_datetime([None, None]).as_unit("us")),
    pd.Series(["2025-10-27", None]),
    pd.Series([pd.Timestamp("2025-10-27").date(), None], dtype=object),
])
@pytest.mark.parametrize("positions", [[0, 1, 0], [1, 1], [0, None], []])
def test_dates_taken_as_columns_are_typed_as_rows_holding_them_would_be(values, positions):
    # _dates_at takes the date columns of the events and the timeline at once, where the rows
    # held each value (None: NaT) and the table read them back.
    from presslens.timeline.events import _dates_at

    positions = [p for p in positions if p is None or p < len(values)]
    objects = values.tolist()
    plain = pd.DataFrame([(pd.NaT if p is None else objects[p],) for p in positions], columns=["d"])
    taken = pd.DataFrame({"d": [None] * len(positions)})
    taken["d"] = _dates_at(values, positions)
    pd.testing.assert_frame_equal(taken, plain)


@pytest.mark.parametrize("text, expected", [
    # business copy's "year to date" (were no expression): the anchor's year from 1 January to the day of writing
    ("Shares of Ostrel Corp. are up 14% year to date.", [("year to date", "2031", "2031-01-01", "2031-03-17")]),
    ("Year-to-date sales at Brannick Foods rose 6%.", [("Year-to-date", "2031", "2031-01-01", "2031-03-17")]),
    ("The Vell fund returned 9% over the year to date.", [("the year to date", "2031", "2031-01-01", "2031-03-17")]),
    ("Brannick stock is down 12% YTD.", [("YTD", "2031", "2031-01-01", "2031-03-17")]),
    ("Vell's quarter-to-date sales rose.", [("quarter-to-date", "2031-Q1", "2031-01-01", "2031-03-17")]),
    ("Ostrel's month-to-date orders fell.", [("month-to-date", "2031-03", "2031-03-01", "2031-03-17")]),
    # a fiscal year to date is not the calendar's; "to date" alone is no period
    ("Brannick's fiscal year to date revenue grew.", []),
    ("Brannick's biggest order to date came from Vell.", []),
])
def test_year_to_date_runs_from_the_start_of_the_year_to_the_day_of_writing(text, expected):
    assert _fields(text, "range_from", "range_to") == expected


@pytest.mark.parametrize("text, expected", [
    # the time before an awaited day in a clause that says no past: the day is ahead (were the nearer, past ones)
    ("Retailers in Vell expect a busy run-up to Christmas.", [("Christmas", "2031-12-25")]),
    ("Vell's shops are quiet in the lead-up to Friday's vote.", [("Friday", "2031-03-21")]),
    # told of in the past, the day is past
    ("Vell's shops were quiet in the lead-up to Friday's vote.", [("Friday", "2031-03-14")]),
    ("Sales slumped in the run-up to Christmas.", [("Christmas", "2030-12-25")]),
])
def test_the_run_up_to_a_day_in_the_present_looks_ahead(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is got ready for lies after the getting ready: in the present, ahead (was the last Saturday)
    ("The Ostrova candidates gear up for a debate on Saturday.", [("Saturday", "2031-03-22")]),
    # in the past, the future of that past: the nearer Thursday, here the coming one (was the last), also past a
    # comma that lists what was got ready for
    ("Vell Democrats prepared for the final days of the race, including a debate Thursday in Ostrova.",
     [("Thursday", "2031-03-20")]),
    # ... and the last Saturday when it is the nearer
    ("Vell aides prepared for a rally Saturday.", [("Saturday", "2031-03-15")]),
    # another verb between them dates the day itself
    ("Vell Democrats prepared for the primary and voted Thursday.", [("Thursday", "2031-03-13")]),
])
def test_a_day_got_ready_for_lies_ahead_of_the_getting_ready(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of time in the simple present right after the day: the day is to come, whatever verb came before
    # (were the last Thursday and Friday)
    ("All signs pointed to Varro endorsing Mell on Thursday after the governor meets with her in Ostrova.",
     [("Thursday", "2031-03-20")]),
    ("Aides said Varro would fly to Vell Friday once the treaty is signed.", [("Friday", "2031-03-21")]),
    # a past verb in the clause, or no verb after the conjunction: as before
    ("Varro resigned Friday after the governor met with her.", [("Friday", "2031-03-14")]),
    ("Varro conceded Friday after a bruising loss to Mell in Vell.", [("Friday", "2031-03-14")]),
    # "before": a past event may precede a coming one
    ("The Vell council met on Friday before the Senate votes on the bill.", [("Friday", "2031-03-14")]),
])
def test_a_day_before_a_present_clause_of_time_is_to_come(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day before the day named right after it, one expression (the day alone was the value)
    ("Delegates will meet in Vell on the eve of Thursday's summit.", [("the eve of Thursday", "2031-03-19")]),
    ("On the eve of the March 20 vote, protesters marched in Vell.", [("the eve of the March 20", "2031-03-19")]),
    ("The Vell ferry did not sail on the eve of Christmas.", [("the eve of Christmas", "2030-12-24")]),
    # an event the text does not date: no expression, as before
    ("On the eve of the summit, delegates met in Vell.", []),
])
def test_the_eve_of_a_named_day_is_the_day_before_it(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # weekdays joined up to a plural part of the day are each a set, as the last one was (the first were dates)
    ("New ferries will leave Vell on Monday and Tuesday nights from March 30.",
     [("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI"), ("March 30", "2031-03-30")]),
    ("The Ostrova library opens on Monday, Wednesday and Friday evenings.",
     [("Monday", "XXXX-WXX-1TEV"), ("Wednesday", "XXXX-WXX-3TEV"), ("Friday evenings", "XXXX-WXX-5TEV")]),
    # a singular part of the day: one night, the weekdays dates
    ("The Vell mayor spoke on Friday and Saturday night.",
     [("Friday", "2031-03-14"), ("Saturday night", "2031-03-15TNI")]),
])
def test_weekdays_joined_to_a_plural_part_of_the_day_are_sets(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "or so" after a relative unit belongs to the expression, an approximation (it ended before "or so", no mod)
    ("Ostrel's profit will rise over the next year or so.", [("the next year or so", "2032", "APPROX")]),
    ("The Vell fair will open in the next week or so.", [("the next week or so", "2031-W13", "APPROX")]),
    ("Ferry traffic in Vell fell over the past decade or so.", [("the past decade or so", "P10Y", "APPROX")]),
])
def test_or_so_after_a_relative_unit_is_an_approximation(text, expected):
    assert _fields(text, "mod") == expected


@pytest.mark.parametrize("text, expected", [
    # a second count after the unit, or an open end, belongs to the expression (it ended at the unit)
    ("Vell's appeal could take a month or two.", [("a month or two", "P1M", None, "P1M", "P2M")]),
    ("Repairs to the Ostrova pier take a week or less.", [("a week or less", "P1W", "EQUAL_OR_LESS", None, None)]),
    ("The Kessa strike lasted a decade or more, she said.",
     [("a decade or more", "P10Y", "EQUAL_OR_MORE", None, None)]),
    # a range of counts before "ago" is about that long ago
    ("Brannick sold the ferry three or four months ago.",
     [("three or four months ago", "2030-12", "APPROX", None, None)]),
    # not a count of something else
    ("The Vell levy lasted a year or two-thirds of it.", [("a year", "P1Y", None, None, None)]),
])
def test_a_second_count_or_an_open_end_after_the_unit_is_in_the_duration(text, expected):
    assert _fields(text, "mod", "range_from", "range_to") == expected


@pytest.mark.parametrize("text, expected", [
    # after the quarter a report is about, "this quarter" is that one (was the quarter of the day of writing)
    ("Vell Mining reported a loss for the third quarter ended Sept. 30. This quarter's loss includes charges.",
     [("the third quarter", "2031-Q3"), ("Sept. 30", "2031-09-30"), ("This quarter", "2031-Q3")]),
    # ahead, or with no quarter named: the quarter of the day of writing
    ("Vell Mining reported a loss for the third quarter. This quarter, sales will fall.",
     [("the third quarter", "2031-Q3"), ("This quarter", "2031-Q4")]),
    ("Vell Mining's sales fell this quarter.", [("this quarter", "2031-Q4")]),
])
def test_this_quarter_after_the_reported_quarter_is_that_quarter(text, expected):
    assert _values(text, "2031-11-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a fiscal quarter named by its number, not over as the calendar's on the day of writing, and no other
    # quarter named before it: the one reported (were the last calendar quarter, 2031-Q3, 2030-Q3)
    ("Brannick Foods reported a 12% fall in fourth-quarter profit. It earned $4 million, against $5 million a "
     "year earlier. Sales in the latest period rose.",
     [("fourth-quarter", "2031-Q4"), ("a year earlier", "2030-Q4"), ("the latest period", "2031-Q4")]),
    # a quarter over named before it: that one stays the reported one
    ("Kessa Mining's third-quarter profit fell. It has no estimate of the storm's effect on fourth-quarter "
     "results. In the latest quarter, Kessa lost $2 million.",
     [("third-quarter", "2031-Q3"), ("fourth-quarter", "2031-Q4"), ("the latest quarter", "2031-Q3")]),
])
def test_a_fiscal_quarter_not_over_as_the_calendars_is_the_reported_one(text, expected):
    assert _values(text, "2031-11-03") == expected


def test_an_article_of_many_numeric_dates_is_read_for_its_date_order_once(monkeypatch):
    # make bench's linearity check: timexes grew 3.8x per doubling on a page of digits, as every date of numbers
    # read the whole article again for the order it writes them in (_day_first).
    from presslens.timeline import rules
    read = []
    pattern = rules._NUMERIC_DATE

    class Counting:
        def findall(self, text):
            read.append(len(text))
            return pattern.findall(text)

    monkeypatch.setattr(rules, "_NUMERIC_DATE", Counting())
    text = " ".join(f"The ferry log of {m}/{d}/2031 was signed." for m in range(1, 13) for d in range(1, 28))
    found = extract_timexes(pd.DataFrame({"doc_id": ["t"], "text": [text], "published": ["2031-12-30"]}))
    assert len(found) >= 300 and sum(read) <= 2 * len(text)


@pytest.mark.parametrize("text, expected", [
    # "in" a vague count or a range of counts of a unit, in a future clause: a time ahead, as "in five years" is
    # that year (were the durations PXW, P1Y)
    ("The Vell ferry will resume in a few weeks.", [("a few weeks", "DATE", "FUTURE_REF", None)]),
    ("Ostrel's new pier will open in a year or two.", [("a year or two", "DATE", "2032", "APPROX")]),
    ("The Kessa inquiry will report in two to three weeks.", [("two to three weeks", "DATE", "2031-W14", "APPROX")]),
    # not ahead: a span
    ("The Vell ferry was rebuilt in a few weeks.", [("a few weeks", "DURATION", "PXW", None)]),
    ("The Kessa pier will be rebuilt within a year or two.", [("a year or two", "DURATION", "P1Y", "EQUAL_OR_LESS")]),
])
def test_in_a_vague_count_of_units_ahead_is_a_time_to_come(text, expected):
    assert _fields(text, "type", "mod") == [(t, v, k, m) for t, k, v, m in expected]


@pytest.mark.parametrize("text, published, expected", [
    # a month, or month and day, without a year before the noun of a vote held on a set date: the coming vote
    # in a clause not in the past, however near the last one was (were the November before: 2030-11, 2030-11-04)
    ("Analysts say Mayor Dana Prell could lose the November election.", "2031-01-20", [("November", "2031-11")]),
    ("The Vell seat goes to whoever wins the Nov. 4 general election.", "2031-03-02", [("Nov. 4", "2031-11-04")]),
    ("Ostrel Republicans are eager to take him on in November's general election.", "2031-02-10",
     [("November", "2031-11")]),
    # one just held, within the month before the writing, and one told in the past stay where they were
    ("Results of the Nov. 4 election are still being counted.", "2031-11-20", [("Nov. 4", "2031-11-04")]),
    ("Tess Hallan carried Vell County in the March 11 primary.", "2031-07-20", [("March 11", "2031-03-11")]),
    # no vote after it: as before
    ("The Kessa council may meet in November.", "2031-01-20", [("November", "2030-11")]),
])
def test_a_month_naming_a_vote_is_the_coming_one(text, published, expected):
    assert _values(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a vote named before "in"/"on" and the date dates it as one named after it does (were 2030-11, 2031-06-05)
    ("Mayor Dana Prell leads the field for the general election in November.", "2031-02-10",
     [("November", "2031-11")]),
    ("The Kessa seat is decided in the runoff on June 5.", "2031-09-20", [("June 5", "2032-06-05")]),
    # a month alone in a sentence of a campaign, in a clause not in the past: the campaign's year (were 2030-11)
    ("The Ostrel feud could cost Tess Hallan dearly in November if she is the nominee.", "2031-04-22",
     [("November", "2031-11")]),
    ("Can Hallan bring out new voters in November?", "2031-03-07", [("November", "2031-11")]),
    # never the next year's, and not in the past: as before
    ("Hallan, despite winning the primary there in February, trails in the polls.", "2031-08-26",
     [("February", "2031-02")]),
    ("Vell voters chose Hallan in November.", "2031-02-10", [("November", "2030-11")]),
])
def test_a_month_in_a_sentence_of_a_campaign_falls_in_its_year(text, published, expected):
    assert _values(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a month alone in a sentence of what happens as a rule is that month of any year (were 2030-11, 2031-12)
    ("The Vell council tends to slow its work as it gets closer to November.", [("November", "XXXX-11")]),
    ("Kessa ferry fares usually rise in December.", [("December", "XXXX-12")]),
    # with no such word, or told in the past: a month of one year, as before
    ("Kessa ferry fares will rise in December.", [("December", "2031-12")]),
    ("The Vell council usually met in November.", [("November", "2030-11")]),
])
def test_a_month_in_a_sentence_of_habit_is_of_any_year(text, expected):
    assert _values(text, "2031-04-12") == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence opened by a year sets the time its months and days without a year fall in (were the writing's:
    # 2031-03, 2030-10-03, 2031-08, 2031-02, 2031-03)
    ("In 2019, the Vell council met in March and voted on Oct. 3.",
     [("2019", "2019"), ("March", "2019-03"), ("Oct. 3", "2019-10-03")]),
    ("But in 2027, the Ostrel ferry ran until August.", [("2027", "2027"), ("August", "2027-08")]),
    ("Eight years ago, Orla Penn won the Kessa vote in February.",
     [("Eight years ago", "2023"), ("February", "2023-02")]),
    ("Last year, the Brannick board met in March.", [("Last year", "2030"), ("March", "2030-03")]),
    # not when its clause looks ahead, nor after another year, nor after a year that does not open the sentence
    ("In 2024, sales fell, and Brannick will reopen the pier in July.", [("2024", "2024"), ("July", "2031-07")]),
    ("In 2024, a decade after 2014, the pier shut in May.",
     [("2024", "2024"), ("a decade", "P10Y"), ("2014", "2014"), ("May", "2030-05")]),
    ("The Kessa mill closed in 2019, and its owner died in March.", [("2019", "2019"), ("March", "2031-03")]),
])
def test_a_sentence_opened_by_a_year_dates_its_months_in_that_year(text, expected):
    assert _values(text, "2031-04-28") == expected


@pytest.mark.parametrize("text, expected", [
    # an abbreviated month's dot may stand for the space before its day (were the month alone: 'Sept.', 'Feb.')
    ("The attacks of Sept.11, 2001 changed Vell.", [("Sept.11, 2001", "2001-09-11")]),
    ("Kessa voted from Jan. 27-Feb.1.", [("Jan. 27-Feb.1", "2031-01-27")]),
    ("The Ostrel mayor spoke on Oct.3.", [("Oct.3", "2030-10-03")]),
    # not a month's name run into a number without its dot
    ("Sept11 was the Vell ferry's call sign.", []),
])
def test_an_abbreviated_months_dot_may_stand_for_the_space_before_its_day(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition in the present tense, with no other tense cue in the sentence, looks ahead (were the nearest:
    # 2030-11 in April, the past Tuesday)
    ("Vell Democrats can beat Orla Penn if she is the nominee in November.", [("November", "2031-11")]),
    ("If Brannick wins the Kessa contest Tuesday, the race is over.", [("Tuesday", "2031-04-29")]),
    ("The Ostrel ferry waits unless the council agrees on Friday.", [("Friday", "2031-05-02")]),
    # a past cue still decides, and a clause with no condition keeps the nearest
    ("If Brannick won the Kessa contest on Tuesday, nobody noticed.", [("Tuesday", "2031-04-22")]),
    ("Vell Democrats see a path in November.", [("November", "2030-11")]),
])
def test_a_present_condition_looks_ahead(text, expected):
    assert _values(text, "2031-04-28") == expected


def test_a_date_bound_that_is_no_date_names_the_parameter():
    from presslens.timeline import filter_timeline

    timeline = pd.DataFrame({"date_start": pd.to_datetime(["2031-03-01"]), "date_end": pd.to_datetime(["2031-03-01"]),
                             "participants": [["Ada Quill"]], "n_articles": [1]})
    with pytest.raises(ValueError, match=r"filter_timeline: date_from='not a date' is no date; give one such as"):
        filter_timeline(timeline, "not a date")
    with pytest.raises(ValueError, match=r"date_to='2031-02-30' is no date"):
        filter_timeline(timeline, None, "2031-02-30")
    assert len(filter_timeline(timeline, "2031-02-01", "2031-03-31")) == 1


def _runs_that_are_trigger_words(lowered: str) -> dict[int, list[int]]:
    """What timexes._word_hits gives, by its definition: per word trigger, the start of each run of ASCII letters
    that is one of its words."""
    from presslens.timeline.timexes import _WORD_TRIGGERS

    out: dict[int, list[int]] = {tid: [] for tid in _WORD_TRIGGERS}
    for m in re.finditer("[a-z]+", lowered):
        for tid, words in _WORD_TRIGGERS.items():
            if m.group() in words:
                out[tid].append(m.start())
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["s", "ly", "k", "mon", "x", " ", "  ", ", ", "-", "é", "3", "’", "\n"]),
                max_size=15))
def test_word_scan_finds_the_runs_that_are_trigger_words(parts):
    """timexes._word_hits (one scan for the runs of letters that are a word trigger's word, by the words' first
    letters) equals its definition on generated texts: words glued to letters, digits, accents and marks."""
    from presslens.timeline.timexes import _word_hits

    text = "".join(parts).lower()
    assert _word_hits(text) == _runs_that_are_trigger_words(text)


def test_word_scan_finds_the_runs_that_are_trigger_words_in_fictional_articles():
    from presslens.text import lower_aligned
    from presslens.timeline.timexes import _word_hits

    texts = [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "timeline").rglob("*.txt"))]
    texts.append("The Brenholt ferry ran daily until last Monday; weekdays, mondays and 2day's yearly fair ended.")
    for text in texts:
        lowered = lower_aligned(text)
        if lowered is not None:
            assert _word_hits(lowered) == _runs_that_are_trigger_words(lowered)


def test_an_expression_ends_with_its_sentence():
    # A paragraph break is a sentence break: before, "4 March" closing one paragraph and the year opening the next
    # were one date, "4 March\n\n2031" (2031-03-04), and the year's own sentence had none.
    texts = ["The Kestrel ferry resumed on 4 March\n\n2031 was a hard year for the port.",
             "The Kestrel ferry resumed on Monday,\n\n5 March 2031 the port closed again."]
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": texts})
    found = extract_timexes(arts, publication_date="2031-03-06")
    assert found[["doc_id", "text", "value", "sent_id"]].values.tolist() == [
        ["a", "4 March", "2031-03-04", 0], ["a", "2031", "2031", 1],
        ["b", "Monday", "2031-03-03", 0], ["b", "5 March 2031", "2031-03-05", 1]]


@pytest.mark.parametrize("text, timex, outside, inside", [
    ("''I saw the mayor speak in 2029 and again today,'' Ada Quill wrote on Sunday in the Tarno Courier.", "today",
     "wrote", None),
    ("Ada Quill answered the dockers with, \u201cWhy now?\u201d", "now", "answered", None),
    ("\"The quay will reopen in March,\" Odo Brann told the Caldry council on Friday.", "March", "told", "reopen"),
])
def test_a_head_across_a_quotation_mark_is_no_event_of_the_date(text, timex, outside, inside):
    # event samples A and B (scripts/event_sample*.tsv): a date inside a quoted utterance dates no verb outside it,
    # and a date outside one no verb inside it ("''... spoke last year and again today,'' Mrs. X wrote": not wrote)
    arts = _articles(text)
    heads = set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])
    assert outside not in heads and (inside is None or inside in heads)


@pytest.mark.parametrize("text, timex, head", [
    ("Ada Quill called the toll plan \u201ca disgrace\u201d on Tuesday.", "Tuesday", "called"),  # a whole quotation
    ("\"We will win,\" Odo Brann said Tuesday.", "Tuesday", "said"),
    ("Odo Brann said the port will not be closing its quay \"for a good part of 2030.\"", "2030", "closing"),
    ("Sometime next year, Tarno Freight will \" build a new quay,\" Odo Brann said.", "next year", "build"),
    ("Sunday on Caldry Radio\u2019s \u201cHarbour Hour,\u201d Ada Quill said the tolls would fall.", "Sunday", "said"),
])
def test_a_head_past_a_whole_quotation_or_into_a_quoted_phrase_keeps_its_date(text, timex, head):
    # the TempEval-3 tuning half: a quoted phrase of the clause opens after a word ('will " develop'); news: a title
    # is a name ('Sunday on CNN's "State of the Union," while commenting')
    arts = _articles(text)
    assert head in set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])


@pytest.mark.parametrize("text, timex, outside", [
    ("The Caldry council offered the dockers four new dates - one of them on a weekend, which they had refused.",
     "a weekend", "offered"),
    ("The port board had cut the sailings -- and moved them to weekends -- to spare the tolls.", "weekends", "cut"),
    ("Tolls at the Tarno quay were raised twice\u2014the highest since at least 1990, the council said.", "1990",
     "raised"),
])
def test_a_head_across_a_dash_is_no_event_of_the_date(text, timex, outside):
    # event samples A and B (scripts/event_sample*.tsv): a dash sets off an aside, and a date inside it dates no event
    # outside it, nor one outside it an event inside ("suggesting four other nights - one of them on a weekend")
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert timex in set(ev["timex"]) and outside not in set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex, head", [
    ("On Tuesday, Odo Brann -- the mayor of Tarno -- opened the new quay.", "Tuesday", "opened"),  # a whole aside
    ("Ada Quill, who will chair the Tarno 2030\u20132031 budget, spoke on Monday.", "Monday", "spoke"),  # a range
    ("Odo Brann said on the last night - March 4 - that the ferry was full.", "March 4", "said"),  # an aside of time
    ("The fire began at the Tarno quay. 3:10 pm \u2013 The harbour master is told of it.", "3:10 pm", "told"),
])
def test_a_head_past_a_whole_aside_keeps_its_date(text, timex, head):
    # two dashes between a head and a date close the aside they open; an en dash between numbers is a range; an aside
    # of the date alone dates the clause around it, and a line a time and a dash open is an entry of a timeline
    arts = _articles(text)
    assert head in set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])


@pytest.mark.parametrize("text, timex, other", [
    ("The Ostrin council opened the Varro bridge in March 2031 and closed it for repairs in June 2031.", "March 2031",
     "closed"),
    ("The harbour office planned to close the pier in the summer of 2031 but recently postponed the work.", "recently",
     "close"),
])
def test_a_head_another_date_of_its_own_clause_gives_is_no_event_across_a_clause(text, timex, other):
    # event samples A, B and C (scripts/event_sample*.tsv): a head two expressions of a sentence give is the one's on
    # its side of a new verb phrase or clause ("took office in January 2009 and peaked at 10 percent in October":
    # took is not October's, peaked not January's; "said on Saturday that there were one million tweets in 10 hours")
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert timex in set(ev["timex"]) and other not in set(ev.loc[ev["timex"] == timex, "head"]), method


@pytest.mark.parametrize("text, timex, head", [
    ("The Ostrin ferry was inspected and repaired in January 2031, the harbour office said on Friday.",
     "January 2031", "inspected"),  # two verbs, one date
    ("In 2030 the Varro choir won the Ostrin prize and took home a silver cup at the 2030 Lakeside festival.", "2030",
     "took"),  # a fronted date dates both verbs of its clause
    ("The quay office fixed the cranes that week and in the preceding months.", "the preceding months",
     "fixed"),  # "that" of another expression opens no clause
])
def test_a_head_two_dates_give_keeps_both_within_one_clause(text, timex, head):
    # verbs that share an object or a date are one verb phrase; a date before the subject dates every verb after it
    arts = _articles(text)
    assert head in set(extract_events(arts, extract_timexes(arts)).query("timex == @timex")["head"])


@pytest.mark.parametrize("text, timex, governing", [
    ("Tarno Freight proposed to buy the port with the help of current shareholders and a loan.", "current", "help"),
    ("Mayor Ada Quill answered questions on current issues during the flight to Caldry.", "current", "answered"),
    ("Odo Brann concluded that at current toll prices, the ferry would close.", "current", "concluded"),
])
def test_an_adjective_of_the_present_dates_its_noun_not_a_verb_before_it(text, timex, governing):
    # event samples A and B (scripts/event_sample*.tsv): "current" before a noun, no determiner between ("with the
    # help of current shareholders"), dates that noun's phrase, as a date between a determiner and a noun does
    arts = _articles(text)
    for method in ("learned", "rules"):
        ev = extract_events(arts, extract_timexes(arts), method=method)
        assert timex in set(ev["timex"]) and governing not in set(ev.loc[ev["timex"] == timex, "head"]), method
