"""Who said what: direct, mixed and indirect quotes with their speakers, by rules (no parser model).

In: the articles table (``doc_id``, ``text``) and optionally its sentences from
:func:`presslens.text.split_sentences`. Out: one row per quote or reported statement with the
columns of :data:`QUOTE_COLUMNS`:

- ``doc_id``, ``quote_id`` (0-based within the article), ``kind`` (``direct``: verbatim in
  quotation marks; ``mixed``: a quoted fragment inside reported speech; ``indirect``: reported
  speech without quotation marks; ``scare``: a one-word quoted fragment, only with
  ``scare_quotes=True``), ``start``/``end``/``content`` (the quoted or reported text, marks
  excluded, ``text[start:end] == content``);
- ``cue``, ``cue_start``, ``cue_end``: the reporting verb or phrase ("said", "according to"), the
  dash of a dash attribution ("“…” ― Lucia Ferrante") or the colon of a transcript label
  ("KESSLER: …"); empty for a quote that only continues the one before it, and for a headline's quoted word
  right after its speaker ("Quill ‘confident’ of deal"). ``cue`` gives the words of ``text[cue_start:cue_end]``
  with the white space between them as one space ("according to" where a line break or a no-break space
  parts them), so that the cues of a corpus can be counted;
- ``negated``: True where the cue itself is negated or said not to have happened ("did not mention Quill by
  name", "wouldn't say when", "without explaining why", "refused to say": a negator of
  ``data/quotes_negators.txt`` right before the cue; a refusal to speak, "declined to comment", "refused to answer":
  ``data/quotes_refused_speech.txt``), False otherwise (also without a cue). Such rows are kept:
  PolNeAR annotates them as attributions, a reader who counts only words said can leave them out. A negation
  inside the content ("said he would not run") or "not only said" negates no cue;
- ``speaker`` (canonical name from :mod:`presslens.entities`, or the group for unnamed sources),
  ``speaker_start``/``speaker_end`` (the mention the attribution rests on: name, title, pronoun or
  noun phrase), ``speaker_kind`` (``named person``, ``organisation``, ``unnamed source``,
  ``author``: "I" and "we" outside quotation marks, the writer or the outlet, speaker "the author";
  ``unresolved``: also a question put to someone, "Asked whether the ferry would run, Quill said …", whose
  asker the text does not name, a clause with "reportedly", whose source it does not name, and words a court
  heard, "The jury heard that …", whose addressee is the court),
  ``speaker_description`` (an apposition such as "a Japan expert at ...");
- ``speaker_members``/``speaker_member_kinds``: for speakers joined as one subject ("Senator Ada Quill and the
  Harbour Authority said", "She and her aides have vowed"), whose ``speaker`` is the whole coordination ("Ada Quill
  and Harbour Authority") and whose span runs over it, or for a "they" standing for such a subject of the sentence
  before ("Unions and churches condemned the law. They said …", the span the "they"), the list of its members' names
  and the list of their kinds; None for one speaker. :func:`presslens.quotes.speakers` counts the row for each member;
- ``addressee`` ("reporters" in "told reporters"), ``medium`` ("Truth Social", "statement"),
  ``continues`` (``quote_id`` of the quote this one continues: split quotes, quotes running over
  paragraphs, follow-up quotes without attribution), ``sent_id`` (sentence of ``start``);
- ``reported_start``/``reported_end``/``reported_content``: the whole proposition the row reports. For a mixed
  quote the clause its cue governs that holds the quoted fragment, without the complementiser "that" and with
  the quotation marks as the text has them ("Quill said the levy was “a disgrace.”" -> content ``a disgrace.``,
  reported content ``the levy was “a disgrace.”``); the row's own span where no such clause is found, and for
  direct, indirect and scare rows (the quoted words, the reported clause, the fragment).

Example::

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"],
    ...                      "text": ["“We will win,” said Ada Quill, a senator from Avalon."]})
    >>> extract_quotes(arts)[["kind", "content", "speaker", "cue"]].values.tolist()  # doctest: +SKIP
    [['direct', 'We will win,', 'Ada Quill', 'said']]
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from presslens import entities
from presslens.datafiles import data_lines
from presslens.entities.lexicon import given_name, name_cased, role_title
from presslens.quotes.lexicon import alternation, cue_classes, word_list, words
from presslens.quotes.marks import Quoted
from presslens.quotes.sources import (APPOSED, AUTHOR, AUXILIARIES, BARE_AGENCY_DATELINE, DATELINE_AFTER_PLACE,
                                      DETERMINER, DETERMINER_WORDS, DOCUMENTS, GAP_WORDS, HEAD_KIND, NAME_APPOSED,
                                      NAMED, ORGANISATION, PERSONLIKE, TENURE_WORDS, UNNAMED, UNRESOLVED, WORD, Article,
                                      Candidate, LowerScan, lost_comma, overlaps, runs_back)
from presslens.text import check_articles, may_open_at, readable, restore_shown, split_sentences

__all__ = ["QUOTE_COLUMNS", "extract_quotes", "span_speakers"]

QUOTE_COLUMNS = [
    "doc_id", "quote_id", "kind", "start", "end", "content", "cue", "cue_start", "cue_end", "negated",
    "speaker", "speaker_start", "speaker_end", "speaker_kind", "speaker_description", "addressee",
    "medium", "continues", "sent_id", "reported_content", "reported_start", "reported_end",
    "speaker_members", "speaker_member_kinds",
]

# "are not convinced that", "are now more convinced that", "is completely confident that": adverbs or a negation
# between a copula and its adjective of stance (the belief forms of two words in quotes_cue_verbs.txt), as between an
# auxiliary and its verb; not "so" or "too", a degree whose "that" is a result ("so confident that they stopped
# polling").
_STANCE_GAP = r"\s+(?:(?:not|never|still|also|now|more|less|all|both|\w+ly)\s+){0,2}"
_STANCE_GAP_WORDS = re.compile(_STANCE_GAP)
_STANCE_FORMS = [form for form, classes in cue_classes().items() if " " in form and "belief" in classes]
_CUE_WORDS = (f"(?:{alternation([form for form in cue_classes() if form not in _STANCE_FORMS])}"
              f"|{alternation(_STANCE_FORMS, _STANCE_GAP)})")
# "Quill's claim that …", "claims by officials that …": nouns of a statement or stance, frames of the one they are of
# (_owner).
_CLAIM_NOUNS = frozenset(words("claim_nouns"))
# "Her verdict: “…”", "His advice to the council: “…”", "Quill's message was simple: “…”": a possessor, a noun of words
# said (a few words before it), what it was to or about (or a bare preposition heading a list: "Her thoughts on:"), a
# copula and its adjective at most, then the colon before a quote; the possessor speaks.
_COLON_NOUNS = _CLAIM_NOUNS | set(words("colon_nouns"))
_POSSESSOR_COLON = re.compile(
    r"\s*(?:(?:And|But|So)\s+)?(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<own>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)"
    r"['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)(?:\s+(?:to|for|on|about|of)(?:\s+[^:;“”\"]{1,50}?)?)?"
    r"(?:\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?[a-z]+)?\s*:\s*")
# A pronoun of a person opening its sentence, maybe after a fronted phrase and its comma ("Asked whether he would go
# back, he laughs: “…”").
_PERSONAL_SUBJECT = re.compile(r"[Hh]e|[Ss]he|[Tt]hey")
_FRONTED_ONLY = re.compile(r"(?:[^,;:.!?“”\"]+,\s*)?")
# "The jury heard that …", "…, Carrowby Crown Court heard.", "Jurors were told that …": a court or an inquiry that
# heard words is the one told, no speaker (data/quotes_hearing_nouns.txt); no one the copy names reported the words.
_HEARING_NOUNS = word_list("hearing_nouns")
_HEARING_CUE = (rf"(?P<hearing>(?P<hearing_noun>(?i:{alternation(_HEARING_NOUNS)}))"
                # where it sits: "an inquest in Tarnwick heard", "Jurors at Carrowby Crown Court were told"
                r"(?:\s+(?:in|at)\s+(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)?"
                r"\s+(?:(?:has|had)\s+)?(?:heard|(?:was|were|(?:has|have|had)\s+been)\s+told))")
# (not the diplomat's title: "told ambassadors and charges d'affaires of 30 African countries")
_CUE_END = r"\b(?!['’]s\b|-|\s+d['’]affaires\b)"
# The hearing's name before its noun ("the", "Carrowby Crown"), and the end of the sentence it closes (after the day
# it heard the words: "…, the court heard on Monday.").
_HEARING_NAME = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$")
_HEARING_CLOSES = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today))?\s*[.!?]")
# What the hearing heard: "that …", or, as British court copy writes it, "how …" ("The court heard how Vell had
# moved the money"); "that" a clause follows, not the determiner of a thing heard ("The court heard that case in
# 2015"): besides what _clause_follows knows, a name or a number ("that Dorran Vell kept the keys"), or a few words
# in lower case and a past in -ed ("that police stopped the van").
_HEARING_CLAUSE = re.compile(r"\s+(?:(?P<that>that)|how)\b")
_HEARD_THAT_CLAUSE = re.compile(r"\s+(?:[A-Z0-9]|(?:[a-z][\w'’-]*\s+){1,3}[a-z]+ed\b)")
# The look-ahead on a word's first letter lets the scan skip words no cue starts with.
_CUE_FIRST = "".join(sorted({re.escape(w[0]) for w in (*cue_classes(), *_CLAIM_NOUNS)}
                            | {"A", "a"} | {c for w in _HEARING_NOUNS for c in (w[0], w[0].upper())}))
_END = float("inf")  # after every offset: (s, _END) sorts after every span that begins at s
# A word opening its clause: not right after a word, a comma or a semicolon and a space.
_OPENS_CLAUSE = r"(?<![\w,;] )"
# "Said Comey, “…”": a verb opening its sentence, before its speaker.
_OPENING_WORDS = ("Said", "Says", "Added", "Wrote", "Stated", "Continued", "Explained", "Noted")
# "Asked by Matt Lauer whether …", "Told by aides that …": a passive opening its sentence, its agent
# the speaker (see _frame).
_AGENT_WORDS = ("Asked", "Told")
_OPENING_CUE = (rf"\b{_OPENS_CLAUSE}(?P<opening>(?:{'|'.join(_OPENING_WORDS)})(?=\s+[A-Z])"
                rf"|(?:{'|'.join(_AGENT_WORDS)})(?=\s+by\s))")
# "Noting that ties turn 30 this year, Quill said …", "Saying he was tired, Becker left": a participle of speech
# opening its sentence (as wires write it), whose speaker is the main clause's subject (_Extractor._participle).
_PARTICIPLE_WORDS = tuple(w.capitalize() for w in word_list("participles") if w in cue_classes())
_PARTICIPLE_CUE = rf"\b{_OPENS_CLAUSE}(?P<capital>{'|'.join(_PARTICIPLE_WORDS)})(?=\s+[a-z])"
# "In a Gazette poll released Monday, 50 percent chose Quill": a poll or survey opening its sentence
# is the source of the clause after its comma, as after "according to" (poll_np: the poll's phrase).
# The poll's phrase ends at the noun or goes on with a participle or a preposition ("poll released
# Monday", "survey of 800 voters"), not with a verb ("a memo released as polls closed").
_POLL_HEAD = r"(?:the|a|an)\s+[^,.;:!?“”\"\n]{0,80}?\b(?:poll|survey)s?\b"
_POLL_CUE = (rf"\b{_OPENS_CLAUSE}(?P<poll>In)(?=\s+(?P<poll_np>{_POLL_HEAD}"
             r"(?:\s+(?:released|conducted|published|taken|commissioned|of|by|for|from|among|last|this|in|on|at)\b"
             r"[^,.;:!?“”\"\n]{0,60})?),)")
# "Quill leads Tarn by nine points in the latest Gazette poll.", "he has sagged in the polls": a poll or survey
# after "in" at the end of a clause is the source of the clause before it (poll_end_np: the poll's phrase, which
# may go on as above; not "voters in the poll said", where the clause goes on). The words before the noun are its
# modifiers, no preposition or verb ("in fourth in most surveys", "voters in Ardel head to the polls").
_POLL_END_HEAD = (r"(?:(?!(?:in|to|on|for|at|by|with|from|about|or|head|heads|headed|heading|go|goes|went)\b)"
                  r"[^\s,.;:!?“”\"\n]+\s+){0,6}?(?:poll|survey)s?\b")
_POLL_END_CUE = (rf"\b(?P<poll_end>in)(?=\s+(?P<poll_end_np>{_POLL_END_HEAD}"
                 r"(?:\s+(?:released|conducted|published|taken|commissioned|of|by|from|among|last|this|in)\b"
                 r"[^,.;:!?“”\"\n]{0,60}?)?)\s*(?:[.,;!?]|$))")
# How a poll or report was made, set off after its phrase: no words it reports.
_SOURCE_ASIDE = re.compile(r"(?:conducted|released|published|taken|commissioned|fielded)\b[^,;:!?“”\"]{0,80},\s+")
# The capitals an opening verb or a poll's "In" starts with: the words of other capitals (and the
# lower-case words, most of a text) are not tried against those two patterns.
_OPENING_FIRST = "I" + "".join(sorted({w[0] for w in _OPENING_WORDS + _AGENT_WORDS + _PARTICIPLE_WORDS}))
# "In the words of Ada Quill, …", "To quote Ada Quill, “…”": the source after it, as after "according to".
# (opening a clause: not "went to quote prices")
_WORDS_OF = r"(?<!\w\s)(?:[Ii]n\s+the\s+words\s+of|[Tt]o\s+quote)"
# "Per a memo seen by the Herald, …", "…, per two people familiar with the plans.": "per" opening a
# clause, as "according to" (not after a word: "5 per cent", "$20 per person", "miles per hour"; in capitals only
# opening a sentence: "The finance director, Per Aaland, said" names a man).
_PER = (r"(?<![\w$%]\s)(?<![\w$%])(?:per|(?<!,\s)Per)"
        r"(?=\s+(?:the|a|an|his|her|their|its|two|three|four|several|some|[A-Z]))")
_CUE = re.compile(rf"\b(?=[{_CUE_FIRST}{_OPENING_FIRST}P])"
                  rf"(?:(?:(?P<acc>[Aa]ccording\s+to|{_WORDS_OF}|{_PER})|(?P<verb>{_CUE_WORDS})"
                  rf"|(?P<noun>{alternation(list(_CLAIM_NOUNS))})(?=\s+(?:that|by|(?:is|was)\s+that)\s)"
                  rf"|(?P<reportedly>reportedly)"
                  rf"|{_HEARING_CUE})"
                  rf"{_CUE_END}|{_POLL_END_CUE}"
                  rf"|(?=[{_OPENING_FIRST}])(?:{_OPENING_CUE}|{_POLL_CUE}|{_PARTICIPLE_CUE}))")
# Where a cue can start, for the scan of an article in lower case that finds it with the speaker
# candidates (sources.LowerScan): the first word of a verb form, of "according to", "reportedly" or of an opening
# verb, or "per"; "in" before a poll or "the words of", "to" before "quote" (words too common to try
# _CUE at each); the scan tries _CUE there.
_CUE_STARTS = frozenset({re.match(r"\w+", form.lower()).group() for form in cue_classes()}
                        | {"according", "reportedly"} | _CLAIM_NOUNS | set(_HEARING_NOUNS)
                        | {w.lower() for w in _OPENING_WORDS + _AGENT_WORDS})
_CUE_SCAN = LowerScan(_CUE, _CUE_STARTS | {"per"},
                      (("in", rf"(?=\s+{_POLL_HEAD}|\s+{_POLL_END_HEAD}|\s+the\s+words\s+of\b)"),
                       ("to", r"(?=\s+quote\b)")))
# The pronouns that open a reported clause right after the one told ("told him she worries").
_CLAUSE_SUBJECTS = "he|she|they|I|we|it|there"
# The days of the week, and the days named from today, as the patterns of when something was said
# name them.
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# The date an AP photo caption writes after its weekday ("said Thursday, Dec. 7, 2017, that …", PerSenT's tokenised
# "warned Thursday   Dec . 7   2017 that"): the months and their abbreviations of the timeline's list (read from its
# file: the timeline is a module this one may not import).
_CAPTION_DATE = (r",?\s+(?:" + alternation([w for line in data_lines("timeline_months.txt") for w in line.split()])
                 + r")\s*\.?\s+\d{1,2}(?:,?\s+\d{4})?,?")
_DAYS = rf"today|yesterday|tonight|{_WEEKDAYS}"
_DAY_PARTS = "morning|afternoon|evening|night"
_ADDRESSEE = re.compile(
    rf"\s+(?P<a>(?:{WORD}+\s+){{0,3}}?{WORD}+?)(?=\s+(?:that|the|in|on|at|during|after|before|last|this"
    rf"|when|while|about|of|if|how|what|why|whether|to|from|as|by|earlier|later|{_DAYS}"
    # "told him she worries …", "told reporters he thought …": the clause's own subject
    rf"|(?:{_CLAUSE_SUBJECTS})(?![’'-]\w\w))\b|\s*[,.:;!?“\"—–](?!\w)|\s*$)"
)
# The first word of a phrase told something ("told a Senate panel", "told her advisers"), and the
# nouns of what is told or asked rather than who is ("told the truth", "asked a question").
# What may follow a phrase told that ends the clause: a day at most, or a clause of time ("told his
# advisers as he labored …"; so after "say" too, _SAY_FORMS: "…, officials said as dawn broke Saturday").
_SUBORD_TAIL = re.compile(r"\s+(?:as|while|when)\s")
_SAY_FORMS = ("say", "says", "said")
_TOLD_NOTHING = re.compile(
    rf"(?:\s+(?:{_DAYS}"
    rf"|(?:last|this|earlier|later)\s+\w+)(?:\s+(?:{_DAY_PARTS}))?)?\s*(?:[,.;!?]|$)"
    rf"|{_SUBORD_TAIL.pattern}")
# "Trump told NBC's Today show when asked about Bill Clinton": when or how it was said, no words.
_SUBORDINATE_PARTICIPLE = re.compile(r"(?:when|while|whilst|as|after|before|once|since|though|although|if)\s+"
                                     r"(?:asked|questioned|pressed|speaking|talking|addressing|interviewed|"
                                     r"appearing|responding|leaving|arriving|visiting)\b")
# The comma before another speaker's frame inside reported words (an "as" after it too: "…, as Quill said."), and
# what follows a frame that ends its clause: a few words of when or where, then the clause's end.
# (an adverb of when or of addition between "as" and the speaker: "as first reported by", "as also noted")
_AS_ADVERB = r"(?:(?:first|previously|earlier|also)\s+)?"
_AS_LEAD = rf"as\s+{_AS_ADVERB}(?:the\s+)?"
# (an article and words of description between the comma and the name: "…, the official news agency IRNA reported",
# "…, a claim that Gowdy's office disputes")
_FRAME_COMMA = re.compile(rf",\s+(?:{_AS_LEAD})?(?:(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,3}})?$")
# The same "as" after the two spaces a text stripped of its commas keeps for the comma (_Extractor._frame_gap).
_AS_GAP = re.compile(rf"(?<=\w)[ \t]{{2,}}{_AS_LEAD}$")
# The last ", and" or ", but" before a speaker (_Extractor._right_clause), and what may stand between it and the
# speaker's head: an article or a number ("the pilots", "74 percent"), or a role set off by a comma before the name
# ("the father's lawyer, Gregory Craig"); not other words ("…, and the plan Quill said was fair").
_CONJ_BEFORE = re.compile(r",\s+(?:and|but)\s+(?!.*,\s+(?:and|but)\s)", re.S)
# The same conjunction after the two spaces of a lost comma, in a sentence with no comma before the speaker (PerSenT:
# "… on immigration  and  Ryan  said the plan …"); lost_comma tells them from the padding of a mention before them.
# There "while", "whereas", "although" and "though" open the other speaker's clause too, as the comma before them
# ends the words in a text with commas (_CLAUSE_CUT), and a focus adverb may stand before its subject ("…  but only
# the Communist Party said", "…  while investigators concluded").
_GAP_CONJ = r"(?:and|but|while|whereas|although|though)\s+"
_GAP_CONJ_BEFORE = re.compile(rf"(?<=\w)([ \t]{{2,}}){_GAP_CONJ}(?:(?:only|also|even)\s+)?"
                              rf"(?!.*(?<=\w)[ \t]{{2,}}{_GAP_CONJ})", re.S)
# A relative pronoun set off by a comma (or the two spaces of a lost one) right before another speaker's subject: "…
# rooted in the scheme, which he said he would raise …", "…, which officials said would be dropped": the relative
# clause reports that speaker's words, not the clause it is set in (_Extractor._right_clause).
_RELATIVE_FRAME_LEAD = re.compile(r"(?:,|(?<=\w)[ \t]{2,})[ \t]*(?:which|whom)\s+(?:(?:the|a|an)\s+)?$")
_SPEAKER_GAP = re.compile(r"(?:(?:the|a|an|\d[\d,.]*)\s+)?|[^,;:.!?“”\"]{1,60},\s+")
_FRAME_ENDS_CLAUSE = re.compile(rf"(?:\s+(?:on|in|at|last|this|earlier|later|during|after|before|{_WEEKDAYS}|today"
                                r"|yesterday)\b[^,.;:!?“”\"]{0,40})?"
                                r"\s*(?:[.;!?]|,\s+(?:adding|saying|noting|according|while|but|and)\b|$)")
_THINGS_TOLD = frozenset("truth story stories lie lies joke jokes tale tales question questions thing things "
                         "anecdote anecdotes secret secrets same".split())
# What may follow a name told something: the reported clause's subject or "that", or its end.
_ADDRESSEE_END = re.compile(rf"\s+(?:{_CLAUSE_SUBJECTS}|that|the)\b|\s*(?:[,.:;!?“\"—–](?!\w)|$)"
                            # (or where, when or on what terms it was told, ending the clause: "told the Herald on
                            # condition of anonymity.", "told the Herald in an interview.", "… on Tuesday.")
                            r"|\s+(?:on|in|at|during|via|after|before|last|this|earlier|later)\s+[^,.;:!?“”\"]{1,60}?"
                            r"(?=\s*[,.;!?])")
# \b(?:in|during|at|on)\s+... and \b(?:on|via)\s+..., written to open with the letters the first
# word starts with (the \b before it a look-behind after it, the rest of the word a look-behind
# on its letter), so that a search skips to those letters instead of trying every character.
_MEDIUM_IN = re.compile(
    rf"[idao](?<!\w.)(?:(?<=i)n|(?<=d)uring|(?<=a)t|(?<=o)n)\s+(?:a|an|the|his|her|their|its)\s+"
    rf"(?:{WORD}+\s+){{0,3}}?(?P<m>{alternation(word_list('medium_nouns'))})\b"
)
# "released the following statement:", "issued a statement on Friday:": a sentence announcing the
# words of the next paragraph by naming the medium they came in (after an article or "following").
_ANNOUNCES = re.compile(
    rf"\b(?:a|an|the|this|his|her|their|its)\s+(?:following\s+|brief\s+|written\s+|joint\s+|short\s+)?"
    rf"(?P<m>{alternation(word_list('medium_nouns'))})\b[^.!?“”\"]*:\s*$"
)
# "Mackler issued a statement saying …": a verb giving out a document (a medium noun) before it.
_ISSUED = re.compile(
    r"\b(?:issued|released|sent(?:\s+out)?|put\s+out|blasted(?:\s+out)?|fired\s+off|e-?mailed|posted|published"
    r"|circulated|distributed|penned|aired|unveiled)\s+(?:(?:a|an|the|this|his|her|their|its|[\w’'-]+)\s+){0,3}$")
# A document given out, and when, right before a participle of speech ("released a statement Wednesday saying …",
# "sent a fundraising email on Tuesday night saying …", "sent a tweet saying …"): the document, whose issuer speaks
# (_Extractor._issuer).
_DOCUMENT_WHEN = re.compile(
    rf"\b(?:a|an|the|this|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<doc>{alternation(word_list('medium_nouns'))})"
    rf"(?:\s+(?:(?:on|last|this|early|late)\s+)?(?:{_DAYS}|week|morning|afternoon|evening|night)){{0,2}}\s+$")
# A verb of sending a message right before the ones it went to ("emailed supporters saying").
_MAILED = re.compile(r"\b(?:e-?mailed|texted|messaged|wrote\s+to|sent)\s+(?:(?:all|his|her|their|its)\s+)?$")
# "… an email to supporters stating": the document before the ones it went to.
_SENT_TO = re.compile(r"\b([\w-]+)\s+(?:to|for)\s+(?:(?:the|his|her|its|their|all|our)\s+)?$")
_MEDIUM_ON = re.compile(
    rf"[ov](?<!\w.)(?:(?<=o)n|(?<=v)ia)\s+(?:his\s+|her\s+|their\s+|its\s+)?"
    rf"(?P<m>{alternation(word_list('platforms'))})\b"
)
# "In a statement, the company said …", "In a letter to employees last month, Strand said …", "On Facebook, Quill
# wrote …": the medium in a phrase opening the sentence, its comma right before the speaker (or the "the" of a name:
# "…, the Tarnby Port Trust said"); a platform named in it first, as after the verb ("In a post on X, Quill wrote …").
# (also "At a rally in Iowa, …", and after a participle of speaking: "Speaking at a town hall in Salem, Trump said …")
_MEDIUM_FRONTED = re.compile(
    rf"\s*(?:(?:Speaking|Writing|Talking|Appearing|Posting)\s+(?=[a-z])|(?=[A-Z]))"
    rf"(?:(?i:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:{WORD}+\s+){{0,3}}?"
    rf"(?P<m>{alternation(word_list('medium_nouns'))})\b|(?i:on|via)\s+(?:(?:his|her|their|its)\s+)?"
    rf"(?P<p>{alternation(word_list('platforms'))})\b)[^,;:.!?“”\"]{{0,80}},\s+(?:the\s+)?$")
_SUBORD = re.compile(
    r"\W*(?:\w+\s+)?(?:while|although|though|because|if|when|as|after|before|since|even\s+though"
    r"|unless|whereas|once|until)\b",
    re.I,
)
# The pronouns that are only objects ("urged him to", "called her to say"; "you" is a subject as often).
_OBJECT_PRONOUNS = ("him", "her", "them", "us", "me")
_OBJECT_PRONOUN = "|".join(_OBJECT_PRONOUNS)
_DETERMINER_WORD = alternation(sorted(DETERMINER_WORDS))  # one opening a noun phrase ("the", "their", "those")
# "vowed to raise", "urged him to leave"; never "to" before a noun phrase ("agreed to a call")
# (a negation belongs to what is reported: "vowed not to vote for him", "asked not to be named")
_TO = re.compile(r"\s+(?:(?!(?:not|never)\b)(?:the\s+\w+|\w+)\s+)?"
                 r"((?:(?:not|never)\s+)?to\s+"
                 rf"(?!(?:{_DETERMINER_WORD})\b)\w)")
# The gap before "that" is tried shortest first, none at all before any ("said that the plan that
# Dorn made is fair" opens at the first "that"); it holds when and to whom, never a clause's subject
# ("said he had heard that account", "said it was clear that …" open at the pronoun: _CLAUSE_SUBJECTS)
# nor a question's opening ("asked if that remains her view" reports "if that remains …"). A longer gap only where
# it ends with the day, as wires date what was said: "said in a filing with the U.S. Securities and Exchange
# Commission on Monday that …" (a "that" after the day is no relative pronoun).
# "He added, that there's …"; not "…, Corker said, that is meant to …", a relative "that" before its verb
_RELATIVE_VERB = r"(?:is|was|are|were|would|could|will|can|has|have|had|may|might|should|must)\b"
# "agreed with that point", "said on that day", "was twice as dense as that of its rivals", "no better than that":
# "that" after a preposition or a comparison's "as" or "than" is no conjunction (one ending the verb, "went on that
# …", is tried before).
_NOT_AFTER_PP = "".join(rf"(?<!\b{p}\s)" for p in ("with", "of", "on", "in", "at", "by", "for", "to", "about", "from",
                                                     "as", "than"))
# (not a "that" after "and": "said the decision was not made and that …" coordinates a second clause)
# (a programme's title in quotation marks after "on" or an outlet's possessive: 'said on NBC’s “Meet the Press” that')
_PROGRAMME = r"(?:(?<=\son\s)|(?<=[’']s\s))[“\"][A-Z][^.,;:!?“”\"]{0,40}[”\"](?=\s)"
# (the subject "that" right after the verb opens the clause: "said that is unlikely", "believes that was his only path")
# (and a quotation mark may open the clause: 'argued that “liberals” allowed terrorism to flourish', "said that ``The
# Nuremberg Files'' was knocked off-line" as the ASCII wires write it)
_THAT = re.compile(rf"\s+(?=that\s+{_RELATIVE_VERB}(?!-))|(?:,\s*(?=that\s+(?!{_RELATIVE_VERB}))|\s+)"
                   rf"(?:(?!(?:{_CLAUSE_SUBJECTS}|you|if|whether)\b)(?:(?:[^.,;:!?“”\"]|{_PROGRAMME}){{0,60}}?\s"
                   rf"|(?:[^.,;:!?“”\"]|(?<=\b[A-Z])\.){{0,150}}?\s(?:on\s+)?(?:{_WEEKDAYS}|today|yesterday)\s"
                   rf"|(?:on\s+)?(?:{_WEEKDAYS}){_CAPTION_DATE}\s+)"
                   rf"{_NOT_AFTER_PP}"
                   r"(?<!\sand\s)(?<!\sbut\s)(?<!\sor\s))??"
                   r"that\s+(?=[\w“\"]|``)")
# "said in a statement that, if the claims are true, …": "that" and an aside set off by commas, right after the verb
# or after where, when or to whom it was said; not a "that" of the object ("found the way to do that, at least"),
# nor a subject's ("suggested that, and not his candidacy, was the reason") or a relative pronoun's ("a war that,
# for the first time, has seen"), whose aside a finite verb follows.
_THAT_ASIDE = re.compile(
    r"\s+(?:(?:in|on|at|to|during|via|after|before|from|with|for)\s[^.,;:!?“”\"]{0,50}?\s)?that,\s+"
    r"(?=[^.,;:!?“”\"]{1,150},\s+(?!(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|"
    r"do|does|did)\b)\w)")
# "said on CNN, where he is now a paid contributor, that …": where it was said, a relative clause set
# off by commas, then "that".
_THAT_AFTER_ASIDE = re.compile(
    r"\s+(?:on|in|at|during|via|to)\s[^.,;:!?“”\"]{1,60}?,\s+(?:where|which|who|when)\s[^.;:!?“”\"]{1,100}?,\s+"
    r"that\s+(?=\w)")
# "said, through a translator, that …", "said, however, that …": an aside set off by commas right
# after the verb, then "that" (not a relative one: "a provision, Corker said, that is meant to").
_THAT_COMMA_ASIDE = re.compile(
    r",\s+(?:(?:through|via|per|in|on|at|during|after|before|from|with|for|to|under|speaking)\s[^.,;:!?“”\"]{1,50}?"
    rf"|(?!(?:and|but|or|so|yet|then)\b)[A-Za-z]+),\s+that\s+(?!{_RELATIVE_VERB})(?=\w)")
# "so weak that", "such a mess that": "that" after these opens a clause of result.
# "Rubio says, win or lose in Tuesday’s primary, he’s staying": an aside set off by commas, then the
# clause's pronoun subject.
_ASIDE_THEN_PRONOUN = re.compile(r",\s+(?!(?:and|but|or|adding|saying|noting)\b)[^,;:.!?“”\"]{2,60},\s+"
                                 r"(?=(?:he|she|they|it|we|I|there)(?:['’]\w+)?\s+\w)")
_SO_BEFORE = re.compile(r"\b(?:so|such)\s+(?:[\w’'-]+\s+){0,3}$")
_CLAUSE_START = re.compile(r"\s+(?=[\w“\"$])")
# A colon after a verb of speech (an adverb of manner at most between) and an unquoted clause after it: "Harwick put
# it bluntly: the route had lost money", "Pell put it this way: the council had stopped caring".
_STOPS = (".", "!", "?", "”", "\"", "’", "'")  # what ends a sentence, a closing mark after its stop
_COLON_CLAUSE = re.compile(r"(?:\s+(?:\w+ly|this\s+way))?[ \t]*:[ \t]+(?=[A-Za-z0-9$])(?!https?:|www\.)")
_NOT_CLAUSE = re.compile(
    # not a quantity opening a clause: "said much of his talk was …", "said about half of …"; nor "no", "nothing",
    # "more" … as the subject of a finite verb ("said no one was hurt", "said nothing had changed": no "said no")
    r"(?!(?:much|more|little)\s+(?:of|than)\b|about\s+(?:half|\d|a\s+(?:third|quarter|fifth|dozen)\b))"
    # (a passive's agent after an adverb too: "documents reported previously by The Post")
    r"(?:on|in|at|during|via|through|after|before|to|about|of|for|with|(?:\w+ly\s+)?by|from|so|up|out"
    r"|beyond|without|except|amid|among|regarding|concerning|towards?|within"
    r"|yes|as|(?:no|nothing|more|little|much)\b(?!\s+(?:[\w’'-]+\s+){0,2}" + _RELATIVE_VERB + ")"
    # (the word itself, not the first part of a compound: "said by-elections often …", "said in-person voting …")
    r")\b(?!-)",
    re.I,
)
# A noun phrase and a finite verb open a clause after a verb whose object is mostly a thing ("confirmed
# the plant would close", "announced the winners are"; not "announced a deal that would …", "touted how
# far it had come", nor a relative clause without "that": "repeated the attacks they have aired",
# "touted progress the panel has made"; nor a day: "A megamerger announced Monday would turn").
_FINITE_AUX = r"(?:would|will|could|should|may|might|must|can|was|were|is|are|had|has|have)\b(?!-)"
# An aside closed by a comma before its clause's own verb ("the announcement, which some have argued was meant to …,
# was an “insult”": _Extractor._right_clause), or by a quotation's closing mark where the commas were lost ("the
# proceeds  which  he  called a "sizable amount of money " would be donated").
_COMMA_THEN_VERB = re.compile(rf"(?:,|[”\"](?=\s))\s+(?:{_FINITE_AUX}"
                              r"|(?:also\s+)?(?:[a-z]+ed|says|said|remains|seems)\b)")


def _np_then_finite(of: bool = False) -> re.Pattern:
    """A noun phrase and a finite verb (``of``: an "of" inside the phrase too)."""
    return re.compile(
        r"(?:(?:the|a|an|its|his|her|their|our|this|these|those)\s+)?"
        rf"(?:(?!(?:that|which|who|whose|what|how|why|whether|when|where|to|for|with|{'' if of else 'of|'}and|or|but|"
        rf"he|she|they|it|we|I|you|the|a|an|this|these|those|his|her|its|their|our|{_WEEKDAYS}|today|yesterday)\b)"
        r"(?:(?:[A-Z]\.){2,}|[\w’'$-]+(?:\.\d+)?)\s+)"
        r"{0,4}?"
        rf"{_FINITE_AUX}", re.I)


_NP_THEN_FINITE = _np_then_finite()
# What follows a verb's "that" that opens a clause (the forms "submitted_that", "ordered_that"): a determiner, a
# pronoun, a name or a number opening its subject ("ordered that Lynn Sanchez be paid"), or a noun phrase and a finite
# verb ("forecast that growth in Asia would slow"); not a noun "that" determines ("submitted that report in May").
_CLAUSE_AFTER_THAT = re.compile(
    rf"\s+(?:(?:{_DETERMINER_WORD}|{_CLAUSE_SUBJECTS}|you)\b|[A-Z\d$]|(?i:{_NP_THEN_FINITE.pattern}))")
# (a subject right before it, no comma: "on Tuesday, is an “articulate conservative”" is the verb of a clause an aside
# holding the frame interrupted)
_GAP_FINITE = re.compile(rf"[^,\s]\s+{_FINITE_AUX}")
# A quotation's closing mark after its comma, stop, question mark or a dash that breaks it off (or a space, where
# PerSenT lost the comma), and a space on the same line: where a verb of the class "after" frames ("“You would -”
# Stern began"; not a word quoted in the sentence, "through this “night vision” I began to see", nor a paragraph
# after a quotation, "…”\nThe ad begins with …").
_QUOTE_JUST_CLOSED = re.compile(r"(?:[,.?!…—–-]|\s)(?:''|[”\"’'])[ \t]+$")
# After "told us", "told them", the one told is said, so a noun phrase with "of" in it opens the clause too ("told us
# gusts of 90mph had been recorded"), as it may not after a verb whose object is a thing ("announced a series of …").
_NP_OF_THEN_FINITE = _np_then_finite(of=True)
# A day or part of the week between a verb and the clause it reports without "that", before a
# pronoun or a noun phrase and a finite verb opening the clause: "Adelson said on Friday he met Trump", "Quill said
# on Thursday the decision had not been taken lightly" (as British and Commonwealth copy writes it). An article
# right after the day opens the clause whatever its verb ("Clinton said Friday the INS did the right thing", as
# American wire copy writes it: the day is no subject there, "said Friday was the deadline" is), or a possessive
# ("Castro said Tuesday his government told …"), as does a pronoun with an aside ("said Wednesday she, too, wants …").
_DAY_THEN_CLAUSE = re.compile(
    rf"\s+(?:(?:on|last|this|early|late)\s+)?(?:(?:{_WEEKDAYS})(?:{_CAPTION_DATE})?|week"
    rf"|weekend|month|year|today|yesterday)(?:\s+(?:{_DAY_PARTS}))?,?\s+"
    # (a phrase, not the finite verb alone: "A megamerger announced Monday would turn" reports nothing)
    rf"(?=(?:he|she|they|it|we|I)(?:\s+\w|,|['’](?:s|d|ll|re|ve|m)\s)|(?:the|a|an)\s+(?!\d)"
    # (a possessive before no ordinal: "… this week, his spokesman said on Monday, his first trip since …" is a phrase)
    rf"|(?:his|her|its|their|our)\s+(?!(?:first|second|third|last|latest|next|only|\w+est)\b|\d)"
    rf"|(?i:(?!{_FINITE_AUX}){_NP_THEN_FINITE.pattern}))")
_NOUN_MODIFIED = re.compile(r"\b(?:a|an|his|her|their|its|our|my)\s+(?:[\w’'-]+\s+){1,2}$", re.I)
# A count, a quantifier or a preposition before a participle and a plural noun after it ("her 1,280 pledged delegates",
# "enough pledged delegates", "her lead in pledged delegates"); not an age set off by commas ("Sarandon, 69, told
# MSNBC") nor a count that speaks ("six in 10 said they", "43 said the same").
_COUNT_BEFORE = re.compile(r"(?:(?<![\w,.])(?<!,\s)\d[\d,.]*|\b(?i:enough|more|fewer|many|most|all|some|no|in|of|among"
                           r"|with|for|from|by|to|at|on))\s+$")
# A preposition that is never a verb's particle right before a participle in -ed ("over alleged money laundering",
# "regarding alleged unwanted advances", "her friendship with alleged harasser X"): the participle modifies the noun
# after it, whatever the noun; a preposition takes no clause, so no subject stands before it. (Not "in", "on", "by",
# "up": "those who weighed in noted", "friends who stopped by reported".)
_ADJECTIVE_AFTER = re.compile(r"\b(?i:of|over|about|regarding|concerning|involving|including|amid|despite|among|against"
                              r"|into|with|without|toward|towards|during|like)\s+$")
_PLURAL_AFTER = re.compile(r"\s+(?!(?:is|was|has|this|thus|us|his|its|as|perhaps|always|sometimes|unless|across)\b)"
                           r"[a-z]+[^s\W]s\b")
_NOUN_AFTER = re.compile(r"\s+(?:may|might|will|would|can|could|should|must|are|were|is|was|has|have|had)\b")
# Nouns in -ly that a speaker's phrase may end with: no adverb ("Ada Quill's family said" is no passive "is … said").
_LY_NOUNS = "family|ally|assembly|rally"
# A cue form used as a noun ("U.S. demands may be limited", "his claims were") or as an adjective after an adverb ("a
# politically charged visit", "the widely reported deal"; "the family said" is a noun and its verb).
# \b(?:a|an|the|his|her|their|its|our|any|these|those|such|new|my)\s+ and the adverb (searched for whether it
# matches), written to open with the first letters of the words, \b a look-behind after it: a search fails at once
# inside a word and at a letter no word opens with (the same matches, a test compares them; searched before 10,251
# cues of PolNeAR train's first 400 articles, 0.042 -> 0.029 CPU s on all of PolNeAR train + PerSenT dev).
_NOUN_BEFORE = re.compile(r"[athiosnm](?<!\w.)(?:(?<=a)(?:n|ny)?|(?<=t)(?:he(?:ir|se)?|hose)|(?<=h)(?:is|er)|(?<=i)ts"
                          r"|(?<=o)ur|(?<=s)uch|(?<=n)ew|(?<=m)y)\s+"
                          rf"(?:(?-i:(?!(?:{_LY_NOUNS})\s)[a-z]+ly)\s+)?$", re.I)
# \b(?:is|was|are|were|be|been|being|'s|’s)\s+(?:\w+ly\s+)?$ (searched for whether it matches), written
# to open with the set of the first characters, so that a search skips to them.
_PASSIVE = re.compile(
    r"[iwab'’](?:(?<!\w[iwab])(?:(?<=i)s|(?<=w)(?:as|ere)|(?<=a)re|(?<=b)e(?:en|ing)?)|(?<=\w['’])s)"
    rf"\s+(?:(?!(?:{_LY_NOUNS})\s)\w+ly\s+)?$")
# What ends no clause or quote: white space (str.isspace, which is re's \s) and these marks.
_TRAILING = frozenset(".,;:!?—–-([")  # (an opening bracket ends no words: "…softness in the face of conquest (")
_WORDS = re.compile(r"\w+")
_HE_SHE = re.compile(r"he|she", re.I)
# A fronted phrase, not a reported clause: "Asked if he was bullied, he said no."
_FRONTING = (r"asked|when|while|if|as|after|before|since|because|although|though"
             r"|in|on|at|through|during|for|with|by|under|despite|from|to|but|and|so|yet|among|amid|within|later")
_FRONTED = re.compile(rf"(?:{_FRONTING}|\w+ing|\w+ed)\b", re.I)
# The same before a frame that closes its sentence, where a participle's or an adjective's word opens
# the clause reported, not a fronted phrase: "Seeing his brother suffer led him to quit, he said.",
# "Reduced funding hurt the schools, she said."
# A participle that works as a preposition ("Regarding the emails, …") or governs its agent ("Pushed by the
# host on a run, Cuban demurred.") stays a fronted phrase.
_FRONTED_CLOSED = re.compile(
    rf"(?:{_FRONTING}|pressed|regarding|concerning|including|following|considering|given|\w+ed\s+by)\b", re.I)
# A possessor's role and the name beside it: "'s introducer, " before "actress Jamie Lee Curtis".
_OWNER_THEN_NAME = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s")
# "Clinton to Planned Parenthood:": the words between a speaker and the one spoken to.
_TO_NAME = re.compile(r"\s+to\s+$")
# A subordinate clause or a participle phrase opening a sentence, to its comma.
_SUBORDINATE_OPENING = re.compile(
    r"[\s“\"]*(?i:when|while|if|as(?!\s+(?:a|an|the|his|her|its|their)\b)|after|before|since|because|although"
    r"|though|once|asked|pressed)\b[^,;:.!?“”\"]*,\s*")
# What opens the rest of a clause an inverted frame split ("The ferry, said Quill, will be late").
_VERB_PHRASE = re.compile(
    r"(?:(?:also|still|not|never|now|then|already|\w+ly)\s+)?(?:will|would|can|could|should|must|may|might|is|was"
    r"|are|were|has|have|had|does|did|do)\b")
# A verb of saying as a headline writes it, between the name and what was said (data/quotes_headline_verbs.txt).
_HEADLINE_CUE = re.compile(rf"(?<=\s)(?:{alternation(word_list('headline_verbs'))})(?=\s|[.!?]*$)", re.M)
# An answer as the words reported: "said yes", "said no.", "half said so in May" (then the clause
# ends, or a phrase of time or a conjunction follows).
_ANSWER = re.compile(r"\s+(yes|no|so)\b(?=\s*[.,;:!?”\"’]|\s+(?:in|on|at|when|while|but|and|after|before|because"
                     r"|during|last|this|earlier|compared)\b)", re.I)
# A label in capitals and a dash before a headline's speaker: "EXCLUSIVE – ", "WATCH — ".
_HEADLINE_LABEL = re.compile(r"[A-Z][A-Z ]+\s*[–—-]\s*")
_BY_NOUN = ("NP_UNNAMED", "NP_ORG")  # a source by its noun: "Officials:", "Newspaper:"
_ROLE_BEFORE_NAME = re.compile(r"(?:(?!(?:For|To|Of|In|On|At|With|And|The|A|An|By|From)\b)[A-Z][\w.’'-]*\s*){1,3}")
# A form of "continue", and the activity it goes on with (a determiner's phrase).
_CONTINUE = re.compile(r"continu", re.I)
_ACTIVITY = re.compile(
    r"\s+(?:his|her|its|their|our|my|the|a|an|this|that)\s+(?!(?:is|was|are|were|has|had|will|would)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*(?:[,.;:!?]|$|\s+(?:on|in|at|against|with|by|for|to|of|through|as)\b)")
# What a form of "continue" goes on with when it reports no words: another verb after "to" or "and" ("will continue to
# be “a champion …”", "continue and expand"; not a verb of saying: "continued to insist that …"), or a quotation opening
# with "to" ("would continue “to break barriers”").
_GOES_ON = re.compile(r"\s+(?:(?:to|and)\s+([a-z]+)\b|[“\"‘']to\b)")
# A form of "write" that puts no words on record: a particle after it ("has written off efforts", "had written into the
# law"), or "written (and directed) by" after a comma, the author of a thing the clause names ("The film is a fantasy,
# written by the Coens"; "Exxon contended in its letter, written by Kenneth Cohen, that …").
_WRITE_NO_WORDS = re.compile(r"\s+(?:off|into|down|up)\b")
_WRITTEN_BY = re.compile(r"\s+(?:and\s+[a-z]+\s+)?by\b")
# Advice given, after a form of "advise": a gerund ("advises staying home") or, after its object, "to", "that", "(on)
# how", "whether" or "against" before any "on", "as" or "and", or a quotation ("advised the senator to stick to the
# issues", "advised sales staff how to sell"); without them the object is a client ("who has advised Mrs. Clinton", "is
# advising Pfizer on its sale to Allergan"), no words.
_ADVICE_GIVEN = re.compile(r"\s+(?:not\s+)?[a-z]+ing\b"
                           r"|(?:\s+(?!(?:on|as|at|for|and|since|during)\b)[^\s.;!?“”\"]+){0,6}?"
                           r"(?:\s+(?:to|that|(?:on\s+)?how|whether|against)\b|\s*[,:]?\s*[“\"])")
_HEADLINE_SPEAKERS = (*PERSONLIKE, "ORG", "GROUP", "PLACE", "NP_ORG", "NP_ROLE", "NP_UNNAMED")
# A headline's second verb after a comma ends the first one's words: "Quill Says Pier Is Safe, Calls
# Remarks ‘Troubling’" (any reporting verb's -s form, capitalised).
_HEADLINE_NEXT = re.compile(
    r",\s+(?:%s)\b" % alternation([w.capitalize() for w in cue_classes() if " " not in w and w.endswith("s")]))
_PARTICIPLE = re.compile(r"\w+ing\b")
# The terms a source spoke on, after a frame set off by commas ("…, he said, on condition of
# anonymity"), like the medium it spoke in (_MEDIUM_IN: "…, she said, in an interview"): no rest
# of a clause the frame split.
_ADJUNCT_AFTER = re.compile(r"on\s+(?:the\s+)?condition\b", re.I)
# A preposition before a participle cue: "… before saying, “…”", "upon saying".
_PREPOSITIONS = "before|after|upon|while|without"  # (and "by": "by saying" opens no aside)
_PREPOSITION_END = re.compile(rf"\b(?:{_PREPOSITIONS}|by)\s+(?:\w+ly\s+)?$", re.I)
# Examples set off after a subject, right before its verb: ", including Trump," "— including
# Muslims, Christians and Jews —"; in a text stripped of its commas, by two gaps of spaces ("  including Coinbase and
# BitMEX  said", PerSenT).
_GAP_EXAMPLES = re.compile(r"(?<=\w)[ \t]{2,}(?:including|such\s+as|among\s+them|like)\b"
                           r"(?:(?![ \t]{2})[^,;:“”\"—–()]){1,140}?\w[ \t]{2,}$")
_EXAMPLES = re.compile(
    r"\s*(?:,|--|[—–])\s*(?:including|such\s+as|among\s+them|like)\b[^;:“”\"—–()]{1,140}?"
    r"(?:,|--|[—–])\s*$"
    # the same where a text stripped of its commas keeps two spaces for each
    rf"|{_GAP_EXAMPLES.pattern}"
    # "A third of independents, 33%, say": a poll's share set off beside the people it counts.
    r"|\s*,\s*(?:(?:about|nearly|almost|just|only|roughly|some)\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)\s*,\s*$")
# "As X said, …" / "As reported by X, …": the sentence opens with "As" (or a conjunction and "as": "But as X
# noted, …", "And, as The Post reported, …") right before the frame; after the verb (or its speaker), words of place
# or time at most, then the comma.
_AS_BEFORE = re.compile(rf"[\s“\"]*(?:As|(?:And|But|Yet|So),?\s+as)\s+{_AS_ADVERB}(?:[Tt]he\s+)?")
# "…, and as Comey noted, people …": "as" after a clause and a conjunction (or a semicolon) frames
# what follows, too; not "And that, as Trump points out, is …" nor "In the meantime, as Kerry
# continues to …, the situation …".
_AS_AFTER_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+as\s+(?:the\s+)?$")
_AS_TOLD = re.compile(r"\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,5}(?=\s*,)")  # a name told, to its comma
_AS_BY = re.compile(r"\s+by(?=\s)")
_AS_TAIL = re.compile(
    r"(?:\s+(?:on|in|at|during|via|to|after|before|last|this|earlier|later|recently|first|previously"
    rf"|{_WEEKDAYS})\b[^,;:.!?“”\"]{{0,60}}?)?\s*,")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
# A finite verb opening what follows a comma: the main clause's verb after a relative clause set off.
_FINITE_AFTER = re.compile(
    r"(?:(?:also|still|then|now|later|quickly|\w+ly)\s+)?(?:[a-z]+ed|said|says|told|tells|went|goes|made|makes|took"
    r"|takes|gave|gives|came|comes|won|wins|lost|left|ran|runs|saw|sees|got|gets|became|kept|put|set|met|spent|sent|led"
    r"|held|brought|thought|thinks|found|began|wrote|writes|spoke|chose|fell|rose|grew|knew|paid|sold|built|struck"
    r"|hit|proposes|argues|believes|wants|needs|remains|seems)\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom|what)\s+(?:[\w’'-]+\s+){0,2}$")
_PHRASE_BREAK = re.compile(r"[,;:.!?“”\"()—–]")
_EVEN_LEAD = re.compile(r"(?:even|only|just)\s+(?=\w)", re.I)
_WITH_END = re.compile(r"\bwith\s+$")
# An -ing form that "and" joins to a participle after it, no mark between ("shows Ada Quill wading toward the house and
# shouting, “…”"): _ING_WORD the form, _ING_TO_AND the words from it to the participle.
_ING_WORD = re.compile(r"\b(?!during\b)[a-z]{2,}ing\b")
_ING_TO_AND = re.compile(r"[^,.;:!?“”\"()]{0,80}?\s+and\s+")
# (and as polls report a group's answers: "Democrats were slightly more likely to say …", "are inclined to describe";
# as a forecast or a stance does: "Yellen is likely to stress that …", "was reluctant to say", "unwilling to confirm";
# as a judgement of what was said does: "Quill is right to note that …", "is correct to point out" (not "It is
# correct to say that …", the writer's own), a group's "are all quick to point out";
# and after a verb whose subject is the infinitive's, data/quotes_raising_verbs.txt: "seemed to suggest", "has to
# explain", not "a term Rubio has used to describe", a use)
_RAISING_VERBS = alternation(list(words("raising_verbs")))
_BE_FORMS = alternation(word_list("be_forms"))  # "is", "was", "been" …
_EAGER_TO = re.compile(rf"(?<=\s)(?:(?:{_BE_FORMS})(?:\s+(?:all|both))?(?:\s+\w+ly)?\s+"
                       r"(?:quick|careful|eager|keen|happy|at\s+pains|(?:(?:more|less|most)\s+)?likely"
                       r"|inclined|(?:un)?willing|reluctant"
                       r"|(?<!\b[Ii]t\sis\s)(?<!\b[Ii]t\swas\s)(?:right|correct))"
                       r"|went\s+so\s+far\s+as"
                       rf"|(?:(?!used\b)|(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s))(?:{_RAISING_VERBS}))\s+to\s+$")
_CONJ_LEAD = re.compile(r"(?:but|and|so|yet)\s+(?=\w)", re.I)
# A phrase of time or place opening a clause without a comma: "In the past two months the funds have lost $6 billion,
# Dalbar says." (an auxiliary or a copula in it, not a relative clause's: "In the years that have passed, …"; not
# after "after" or "since", which open a clause of their own: "Even after the complaint was filed, …").
_PP_THEN_CLAUSE = re.compile(
    r"(?:in|on|at|through|during|over|for)\s[^,]*?\s(?<!\sthat\s)(?<!\swhich\s)(?<!\swho\s)"
    r"(?:have|has|had|is|are|was|were|will|would)\s", re.I)
# A clause of its own after a frame set off by commas ("The ferry is late, Quill said, though she declined to say why"):
# no rest of the words the frame split.
_SUBORD_LEAD = re.compile(r"(?:though|although|while|whereas|because|even\s+though|as)\s+(?=\w)", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)—–]|$)")
# A phrase set off by a comma between a name and its colon: "Ada Quill, mayor of Port Avalon: “…”".
_LABEL_DESC = re.compile(r",\s+(?!(?:who|which|whose|and|but)\b)([^,;:.!?“”\"()]{2,80}?)\s*:\s*$")
_COMMA_SPACE = re.compile(r",\s+")
_HOW_SPOKEN = re.compile(r"(?:speaking|talking|writing|adding|noting|referring|responding|replying)\b"
                         # when, where or on what it was said: "said Ada Quill, a researcher, on Monday", "— Ruth
                         # Ellery, resident of Low Street, on last week's flooding" (a newsletter's quote of the week);
                         # not a place's own phrase ("whose ward includes Hyde Park, on Tarnby's South Side", "who
                         # lives in Lake City, about 25 miles south of Florence")
                         rf"|(?:in|at|during|after|before|last|this|earlier|later|{_DAYS})\s|about\s(?!\d)"
                         rf"|on\s+(?:[a-z]|(?:{_WEEKDAYS})\b)")
_RIGHT_DESC = re.compile(r",\s+(?!(?:and|but|who said|adding|saying)\b)([^“”\"]+?)[\s.,;:!?]*$")
# Verbs of promise, demand and order take "to ...": "vowed to raise", "urged him to act", "told Becker to leave".
_TO_VERBS = re.compile(r"(?:vow|pledg|promis|threaten|urg|agree|refus|ask|propos|demand|tell|told)")
# "by" before a participle: the means ("endorsed the levy by noting that …"; _Extractor._object_end).
_BY_BEFORE = re.compile(r"\sby\s+$")
# (not "as" before a noun phrase, a preposition of the thing aimed at: "cited the levy as a reason", "pointed to the
# closures as an example", "accused the board of using the pier as a car park"; before a clause's pronoun it ends it)
_OBJECT_END = re.compile(r"[,;:—–(]|\s(?:and|but|because|while|after|before"
                         r"|as(?=\s+(?:he|she|they|it|we|I|you|there)\b))\s")
# "about" after a speech form ending in a noun of a feeling ("expressed concern about the cost"): the object of "about"
# is what the feeling is about (data/quotes_feeling_nouns.txt).
_FEELING_NOUNS = frozenset(words("feeling_nouns"))
_ABOUT = re.compile(r"\s+about\s+(?=[\w“\"$])")
# A possessor and a word before a noun of _CLAIM_NOUNS ("Trump's false claims", "judges’ statement", "his warning").
_OWNER_BEFORE = re.compile(r"(?:(?<=\w)['’]s?|\b(?P<pron>[Hh]is|[Hh]er))\s+(?:(?!that\b)[a-z][\w-]*\s+)?$")
# The two words before a phrase, the last in lower case and no conjunction or relative pronoun opening a clause.
_WORDS_BEFORE = re.compile(r"(?:\b([a-z]+)\s+)?\b(?!(?:that|and|but|or|nor|so|yet|because|while|when|whether|if|as"
                           r"|which|who|whom|though|although|since|where|than)\s)([a-z]+)\s+$")
# "that" opening a clause after a noun, not a relative pronoun before its verb ("the claim that was rejected").
_THAT_CLAUSE = re.compile(rf"\s+that\s+(?!{_RELATIVE_VERB})")
# The copula after a possessor's noun of _CLAIM_NOUNS before its "that" ("Rubio's response was that …"): the clause is
# what the possessor said, wherever the phrase stands.
_COPULA_THAT = re.compile(rf"\s+(?:is|was)(?=\s+that\s+(?!{_RELATIVE_VERB}|which\b))")
# Participles of saying whose passive's subject is what was said (data/quotes_reported_by.txt).
_REPORTED_BY = frozenset(word_list("reported_by"))
# Their auxiliaries after the subject ("The meeting was first reported by"), or the comma and the adverb before them
# after a noun phrase ("Starr's remarks, first reported by"); not after a relative pronoun.
_REPORTED_LEAD = re.compile(r"(?<!\bwhich)(?<!\bthat)(?<!\bwho)(?:\s(?P<aux>(?:(?:has|have|had)\s+)?been|was|were)\s+"
                            r"(?:(?:first|originally|previously|initially|also|widely|later)\s+)?"
                            r"|,\s*(?:first|originally|previously|initially|also|widely|later)\s+)$")
# After a verb or an adjective of belief: the reason for it or its degree, no clause believed.
_REASON_AFTER = re.compile(r"\s+(?:because|enough)\b")
# The object of a verb of regard and the "as" after it ("sees Cruz as a uniter", "viewed it more as a vote of
# confidence"); not a phrase a preposition opens ("the view of voters as"), nor a comparison ("seen anything as
# complicated as this"), an idiom ("as well as") or a clause of time.
_REGARDED_AS = re.compile(
    r"\s+(?:\w+ly\s+)?(?P<object>(?!(?:of|for|on|in|at|to|from|by|with|about|into|as|that|what|how|if|whether)\b)"
    r"(?:(?!as\b)[\w’'.-]+\s+){1,6}?)as\s+"
    # (nor a clause of time: "saw the truck hit people as they left")
    r"(?!(?:well|much|many|long|soon|far|if|though|he|she|they|it|we|I|you)\b|[\w’'-]+\s+as\b)")
_SUBORD_COMMA = re.compile(r",\s*(?:while|although|though|because|as|since|whereas)\s+$", re.I)
_AND = re.compile(r"\s+and\s+")
_POSSESSIVE_AT = re.compile(r"['’]s?\b")
_MARKS_ONLY = re.compile(r"[\s.'\"’”]*")
_RELATIVE_AFTER = re.compile(r"[”\"’',]*\s*(?:who|which|that)\Z", re.I)
# (and how they came: "said through a spokeswoman", "told Reuters by telephone from Avalon": data/quotes_by_media.txt)
# (not on into a that-clause: "told a rally on Saturday that the fight was “…”", the "that" last in a stripped gap too:
# "told reporters at the daily briefing that “…”"). It is only ever matched whole (_medium_only), so its words are
# taken greedily and never given back: what they stop at, a mark or "that", no trailing space or comma can hold; a
# lazy run tried the trailing run at every character (8 CPU s on a gap of 50,000 spaces, now linear).
_MEDIUM_ONLY = re.compile(
    rf"(?:\s*(?:on|in|at|during|via|through|to|after|before|last|this|earlier|later"
    rf"|by\s+(?:{alternation(word_list('by_media'))}))\b(?:(?!\bthat(?:\s|$))[^“”\"])*+)?[\s,:]*")
# The words after a frame that say only when and where it was said, opening with a day, and the title of a programme
# last ("Wednesday morning on MSNBC’s “Morning Joe.”"); an AP caption's date after its weekday, up to the full stop
# ("…, the company's board announced Sunday, Oct. 8, 2017.": more words than a short tail holds).
_DAY_MEDIUM_ONLY = re.compile(
    rf"\s*(?:{_DAYS})(?:{_CAPTION_DATE})?"
    rf"(?:\s+(?:{_DAY_PARTS}))?(?:\s+(?:on|in|at|during|via)\b[^“”\"]*?"
    r"(?:(?:(?<=\son\s)|(?<=[’']s\s))[“\"][A-Z][^“”\"]{0,60}[”\"])?)?[\s,:]*(?:\.\s*)?")
_PAST = re.compile(r"\w+ed|said|says|told|wrote|thought|felt|knew")
# Words that end a noun phrase: "the same words when he said" has no subject "the same words when".
_FUNCTION = (r"(?:of|for|at|with|from|in|on|to|by|and|or|that|who|but|when|while|as|because|if"
             r"|since|though|although|after|before|until|then|so|than|where|which|what"
             r"|about|over|into|against|without|through|under|among|across|around|toward|towards|upon|despite"
             r"|during)\b")
# A preposition and up to five words before a pronoun (or a noun phrase and a finite verb) opening a clause, and the
# words that make such a phrase one of when. The phrase ends at a noun, not at its determiner: "said in a statement
# water was scarce" is "a statement", then a clause opening with a bare noun.
_PP_THEN_PRONOUN = re.compile(
    rf"in\s+((?:(?!{_FUNCTION}|whether\b)[\w’'-]+\s+){{0,4}}?"
    rf"(?!{_FUNCTION}|whether\b|(?:{_DETERMINER_WORD})\s)[\w’'-]+\s+)"
    rf"(?=(?:he|she|they|it|we|I|there)\s+\w"
    # (or a noun phrase and a finite verb: "said in a statement the plant would close")
    rf"|(?i:(?!{_FINITE_AUX}){_NP_THEN_FINITE.pattern}))")
# "to" and the one spoken to, then a clause with no "that" ("admitted to the Avalon Times many at the firm knew …",
# "said to reporters he had …", "confirmed to the Gazette the firm had paid", as PerSenT's copy and quick wires write
# it):
# a name, an audience's noun of quotes_addressee_nouns.txt or a pronoun told, then a pronoun subject, or a noun
# phrase of up to four words and a finite verb.
_TO_ONE_THEN_CLAUSE = re.compile(
    rf"to\s+(?:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){{0,4}}(?<![’']s)(?!\s+[A-Z](?!\s))"
    rf"|(?:{alternation(word_list('addressee_nouns'))})|him|them|me|us)\s+"
    r"(?=(?:he|she|they|we|I|there)\s+\w"
    # (the subject opens with no preposition, "that" or a wh-word: "admitted to the United States from all …")
    rf"|(?!(?:it|you|his|her|their|its|this|{_FUNCTION}|what|how|why|whether)\b)[\w’'-]+\s+"
    rf"(?:(?!(?:that|which|who|what|how|why|and|or|but)\b)[\w’'-]+\s+){{0,3}}?"
    rf"(?:{_FINITE_AUX}|{_FINITE_AFTER.pattern}))")
# The first words of a medium of the speaker's own ("in a statement", "in his speech"; not "in the
# message", another's).
_OWN_MEDIUM = frozenset("a an his her their its".split())
_WHEN_WORDS = frozenset("week weeks month months year years weekend morning afternoon evening night today yesterday "
                        "tonight time times past end days".split())
# (its head no auxiliary: "the harbour master had told her" is the harbour master's)
_GENERIC_HEAD = (rf"(?<![\w’'])({DETERMINER}\s+(?:(?!{_FUNCTION})[\w’'-]+\s+){{0,2}}"
                 rf"(?!{_FUNCTION}|(?:{AUXILIARIES})\b)[a-z][\w’'-]*)")
# A preposition's "which" and a phrase opening its clause: "(a memo) in which a state engineer (had called)".
_PREPOSITION_WHICH = re.compile(
    r"\s+(?:in|at|during|under|through|by|with|on)\s+which\s+(?:a|an|the|one|two|three|some)\s")
_GENERIC_NP = re.compile(rf"{_GENERIC_HEAD}\s+(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,2}}$")
_GENERIC_NP_APPOSED = re.compile(  # with a description set off by commas before the verb
    rf"{_GENERIC_HEAD}\s*,\s*(?P<desc>[^,;:“”\"()]{{1,120}}?)\s*,\s+(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,2}}$")
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:And|But|So|Yet)\s+)?")
_OF_AFTER = re.compile(r"\s+of\b")
# A dash as news prose writes it: a hyphen, an en or em dash, or two hyphens.
_DASH_MARK = r"(?:[-—–]|--)"
_DASH_TAIL = re.compile(rf"\s{_DASH_MARK}\s*$")
_DASH_CHAR = re.compile(r"[-—–]")
# (tokenised copy sets the possessive apart: "Weinstein 's alleged history", "Japan ’ s navy")
_POSSESSOR_BEFORE = re.compile(r"(?:\w\s?['’]\s?s|s['’])\s+$")
_JOINT_END = re.compile(r"\s+(?:and|&)\s+$")
_THEIR_PEOPLE = re.compile(r"(?:his|her|their)\s", re.I)
_NAME_KINDS = ("PERSON", "ORG", "NAME")  # a person's or organisation's name, no noun phrase
_DASH_END = re.compile(r"(?:\s[-—–]+|^[-—–]+|\s--)\s*(?:(?:more\s+)?from\s+)?$", re.I)
_PP_OBJECT_BEFORE = re.compile(r"\b(?:on|in|via|through)\s+(?:(?:a|an|the|his|her|its|their)\s+)?$")
_PRONOUN_SUBJECT = re.compile(rf"(?:{_CLAUSE_SUBJECTS}|you)\b")
# A label of a section opening a paragraph, its first word capitalised and the rest not, then a colon and a capital:
# "Why it matters: ", "What's next: ", "The big picture: ", "Yes, but: " (as Axios and newsletters write them).
# (Not a clause: "But that was notable: Until …", "He warned: …".)
_SECTION_LABEL = re.compile(r"(?!(?:But|And|Or|So|Yet|That|This|It|He|She|They|We|I|You)\b)"
                            r"[A-Z][\w’'-]*(?:,?\s+[a-z][\w’'-]*){1,5}:\s+(?=[“\"]?[A-Z])")
# A question after a verb of knowing: "does not know whether …", "knew instantly what …".
_WH_OPENS = re.compile(r"(?:(?:\w+ly|just|exactly)\s+)?(?=(?:whether|if|what|how|why|who|when|where|which)\b)", re.I)
# A question or a proposition put after a verb of an object: "questioned whether …", "questioned why …", "discussed
# how …", "rejected the notion that …", "disputed the claim that …" (PolNeAR marks them as "asked whether" and "denied
# that" are: 24 of the 29 uses of a claim or idea noun with "that" after such a verb); not "if", a condition as often
# ("a plan voters would reject if they understood it"), nor "what", "who", "when", the thing or person aimed at as
# often ("blasted what he called …"), but after a verb of the topic spoken of ("talked about what he would do next":
# PolNeAR marks all 5 uses of "talk" or "speak about what").
# (After an article or a demonstrative: "his claim that …" is his, the frame of its possessor.)
_CLAUSE_OBJECT = re.compile(
    rf"\s+(?:\w+ly\s+)?(?:(?<=about\s)what|whether|why|how|(?:(?:the|an?|this|that|these|those|any)\s+)?"
    rf"(?:(?!{_DETERMINER_WORD}\b)[\w-]+\s+)?"
    rf"(?:{alternation(sorted(_CLAIM_NOUNS | set(words('idea_nouns'))))})\s+that)\b")
# A noun of a statement (data/quotes_claim_nouns.txt) as the object of a verb of speech, after a determiner or a
# possessor and up to two words: "denied the charges", "echoed those comments", "repeated his promise to …",
# "tweeted a warning": the statement is what the subject said, not a thing announced (_Extractor._content).
_STATEMENT_OBJECT = re.compile(
    rf"(?:(?:the|any|all|those|these|such|that|this|his|her|their|its|our|my|an?)\s+|[A-Z][\w.]*['’]s?\s+)"
    rf"(?:(?!{_DETERMINER_WORD}\b)[\w-]+\s+){{0,2}}?(?:{alternation(sorted(_CLAIM_NOUNS))})\b")
# A participle of speech after a comma ("…, saying …"), which gives the words where the object before it is their medium.
_SPOKEN_AFTER = re.compile(r",\s+(?:\w+ly\s+)?(?:" + alternation(
    [form for form, classes in cue_classes().items() if "speech" in classes and form.endswith("ing")]) + r")\b")
# A verb citing its object (the "cited" class: "…, citing safety concerns") with no object after it: a participle of a
# reduced relative or a passive, a preposition right after it (what is cited is the noun before it, its source after
# "by" or "in": "the study cited in Quill's tweet", "an article cited by her campaign", "was cited for speeding"), or a
# relative clause's verb, a conjunction or a clause mark after it ("documents she cited or time to reply", "the trends
# Democrats point to with alarm"), or a word of when or a conjunction of a clause after it ("the rule the department
# proposed last July", "A megamerger announced Monday would …", "the shootings Obama mentioned when he announced …");
# not a "to" and a verb, the proposal itself ("proposed to draft Quill as an adviser").
_CITED_NO_OBJECT = re.compile(r"\s*(?:[,.;:!?)]|\s(?:by|in|for|at|on|from|as|during|among|with|or|and|but|under|last"
                              rf"|earlier|later|late|early|yesterday|today|{_WEEKDAYS}|when|while|because|if|until"
                              r"|since|after|before"
                              rf"|to(?!\s+(?:not\s+)?(?!(?:{_DETERMINER_WORD})\b)[a-z]+\b))\b)")
# An object of up to five words and the verb's preposition with a gerund after a verb judging it
# (data/quotes_judgement_verbs.txt: "accused the council of hiding the report", "criticized Quill for closing the
# pier"): what the subject said the object did (PolNeAR marks 59 of the 68 such uses of "accuse", 38 of the 46 of
# blame, criticize, praise, slam, blast and attack, the 3 of "credited X with"); its words end as a thing aimed at
# ends, at a comma or a conjunction. Not a passive's agent ("accused by the government of plotting …": the one
# accused is the subject).
_JUDGEMENT_PREPOSITION = {form: line.split()[0] for line in word_list("judgement_verbs") for form in line.split()[1:]}
_JUDGED = {preposition: re.compile(rf"\s+(?!by\b)(?:[\w’'.-]+\s+){{1,5}}?{preposition}\s+(?:\w+ly\s+)?\w+ing\b")
           for preposition in set(_JUDGEMENT_PREPOSITION.values())}
# After "of" a noun names the deed as well ("accused Clinton of sexism", "accusing the council of neglect": the charge
# reported as the gerund's deed is); after "for" or "with" a noun is as often the thing praised or blamed itself
# ("praised Quill for her courage"). Not the preposition at once ("A man accused of buying the guns …" has no object),
# nor in a relative clause that names someone by an old charge ("A woman who has accused Clinton of rape said …":
# PolNeAR leaves those unmarked, and the one who accused is seldom found).
_CHARGED = re.compile(r"\s+(?!by\b|of\b)(?:[\w’'.-]+\s+){1,5}?of\s+[\w“\"‘'$]")
_CHARGED_BY_WHO = re.compile(r"\b(?:who|that)\s+(?:(?:has|have|had|all|both|also)\s+){0,2}$", re.I)
# "like" or "as if" opening a clause after a verb of feeling: "feel like they have had", "felt as though it was".
_LIKE_CLAUSE = re.compile(rf"(?:as\s+if|as\s+though|like(?=\s+(?:{_CLAUSE_SUBJECTS}|you)\b))\s+", re.I)
_NOUN_FORMS = frozenset(words("noun_forms"))
# A participle of a cue that modifies the noun after it ("pledged delegates"): the participle and those nouns.
# (a participle's nouns may take several lines, each opening with it)
_PARTICIPLE_NOUNS = [line.split() for line in word_list("participle_nouns")]
_MODIFIED_NOUN = {verb: re.compile(
    rf"\s+(?:{alternation(sorted(n for v, *ns in _PARTICIPLE_NOUNS if v == verb for n in ns))})\b")
    for verb in {v for v, *_ in _PARTICIPLE_NOUNS}}
# A finite verb of saying right after a cue that is as often a noun makes the cue its subject.
# (Not forms that are as often nouns themselves: "Gallup finds states shifting".)
_FINITE_CUE_AFTER = re.compile(r"\s+(?:says|said|showed|found|suggests|suggested|concludes|concluded|warned|argues"
                               r"|argued)\b")


class _Verb(NamedTuple):
    """What a cue form says by itself, read once per form rather than at every cue."""

    classes: frozenset[str]
    participle: bool  # "adding", "pointing out"
    noun_like: bool  # mostly a noun ("call", "remarks"): _NOUN_FORMS
    past: bool  # _PAST: never a noun
    addressed: bool  # "told", "asked": the person after it is spoken to
    object_only: bool  # a verb of an object alone ("criticised"): reports no words
    told: bool  # a form of "tell": the person after it is spoken to, never the speaker
    plural_noun: bool  # an -s form but "says" ("reports", "claims"): as often a plural noun
    flags: frozenset[str]  # its classes of _RULE_CLASSES


# The classes of data/quotes_cue_verbs.txt that mark a form for one rule below (the file's header says which), not
# what words it reports: a _Verb holds them apart from its classes.
_RULE_CLASSES = frozenset({"addressed", "after_document", "cited_after_name", "compound_noun", "finding", "forecast",
                           "may_advice", "naming", "read_document", "reflexive_no_words", "told"})
_VERBS = {verb: _Verb(classes - _RULE_CLASSES, verb.split()[0].endswith("ing"), verb in _NOUN_FORMS,
                      bool(_PAST.fullmatch(verb)), "addressed" in classes,
                      classes - _RULE_CLASSES == {"object"}, "told" in classes,
                      verb.split()[0].endswith("s") and verb.split()[0] != "says" and not _PAST.fullmatch(verb),
                      classes & _RULE_CLASSES)
          for verb, classes in cue_classes().items()}
# The verb of the one who issued a document (_Extractor._issuer): in the past, and flagged a participle so that no
# bare noun phrase opening the clause (_clause_subject) stands for its subject.
_ISSUER_VERB = _VERBS["said"]._replace(participle=True)
# Function words that no subject noun phrase holds (a prefix trie: tried at every word).
_SUBJECT_STOP_WORDS = tuple(
    "that which who whom whose what when where why how if whether because while as than to for "
    "with from by on at into about and or but so not is was are were be been being has have had "
    "do does did will would can could should may might must it its he she they we i you there "
    "here also then just only after before since although though whereas like said says say told having "
    "getting".split())
# (and a negated auxiliary: "“real Christians” don’t support")
_SUBJECT_STOP = rf"(?i:{alternation(_SUBJECT_STOP_WORDS)}\b|\w+n[’']t\b)"
# A verb of quotes_causative_verbs.txt, the ones it led (at most four words, no function word but an object pronoun)
# and "to" before a cue.
_CAUSATIVE_VERBS = alternation(list(words("causative_verbs")))
_CAUSED_TO = re.compile(rf"\b(?:{_CAUSATIVE_VERBS})\s+(?P<led>(?:(?!{_SUBJECT_STOP})[\w’'.-]+\s+){{0,3}}"
                        rf"(?:{_OBJECT_PRONOUN}|(?!{_SUBJECT_STOP})[\w’'.-]+))\s+to\s+$")
_LIGHT_VERB = re.compile(rf"\b(?:{alternation(list(words('light_verbs')))})"
                         rf"\s+(?:(?!{_SUBJECT_STOP})[\w’'-]+\s+){{0,2}}$")
_ASPECT_BEFORE = re.compile(rf"\b(?:{alternation(list(words('aspect_verbs')))})\s+(?:\w+ly\s+)?$")
# Words that end no subject: adverbs ("… and later said", "and officially endorsed").
_ADVERB = re.compile(
    rf"(?i:{AUXILIARIES}|{GAP_WORDS})|(?!(?:{_LY_NOUNS})$)[a-z]+ly")
_VERB_AND_OBJECT = r"[a-z][\w’'-]*(?:ed|ing)\s+(?:a|an|the|his|her|their|its)\b"
_SUBJECT_NP = re.compile(
    # (not a verb and its object: ", offered a restrained embrace", ", calling the two reports")
    rf"(?<![\w’'.%$-])((?!{_SUBJECT_STOP}|of\b|in\b|{_VERB_AND_OBJECT})[\w’'.%$-]+"
    rf"(?:\s+(?!{_SUBJECT_STOP})[\w’'.%$-]+){{0,5}})"
    rf"\s+(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,3}}$")
# A subject opening its sentence with a quantifier and a prepositional phrase: "Some advocates for
# stem cell research said", "58 percent of Florida Latino voters overall said", "Another source
# familiar with Cruz's thinking said" (no word of _SUBJECT_STOP but the prepositions).
_QUANTIFIER = (r"(?:[Aa]n?|[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Ss]everal|[Aa]nother|[Nn]early|[Aa]lmost|[Aa]bout"
               r"|[Mm]ore\s+than|[Aa]ll|[Bb]oth|[Oo]ther|[Tt]hose|[Tt]hese|[Ee]ach|[Nn]o|\d[\d,.]*)")
_CONTENT_WORD = rf"(?!{_SUBJECT_STOP})[\w’'.%$-]+"
_SUBJECT_NP_PP = re.compile(
    rf"(?<![\w’'.%$-])({_QUANTIFIER}\s+(?:{_CONTENT_WORD}\s+){{0,3}}?{_CONTENT_WORD}"
    rf"(?:\s+(?:of|with|for|in|at|from|on)\s+(?:{_CONTENT_WORD}\s+){{0,3}}?{_CONTENT_WORD}){{1,2}})"
    rf"\s+(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,3}}$")
_SUBJECT_PP_WORDS = 14
# The most words a match of _SUBJECT_NP holds (six in the phrase, three auxiliaries or adverbs),
# each followed by white space: the search for it starts at the ninth word back (runs_back).
_SUBJECT_WORDS = 9
# An -ing form opens no clause whose subject is a phrase of content words (not a participle's: "…, calling the
# reports …"), but after "are" or "were" it is a progressive: "most are planning to …", "TV networks are predicting
# …" (not after "is" or "been", as often a copula before a gerund or "go on" of what happens: "One of our biggest
# challenges is finding housing", "Conversations … have been going on for a year").
_PLURAL_PROGRESSIVE = re.compile(r"(?<![\w’'-])(?:are|were)\s+(?:\w+ly\s+)?$")
# A count and the words before it that make it approximate ("…, and more than 4 in 10 said", "while about half
# want"): the subject phrase starts at them, though "than" or "about" end a subject elsewhere.
_APPROXIMATE_COUNT = re.compile(
    rf"(?<![\w’'-])(?i:{alternation(word_list('approximations'))})\s+$")
_COUNT_START = re.compile(r"\d|(?i:half|an?\s+(?:third|quarter|fifth|majority))\b")
# "Bakare said this while speaking with journalists", "She stated this on Tuesday" (Nigerian, Indian
# and Pakistani papers): "this" stands for the words reported before; none are reported here (but
# "Clinton has explained this in the past" reports what "this" stands for, as PolNeAR marks it).
_THIS_ONLY = re.compile(rf"(?:this|these)(?:\s*$|\s+(?:(?:while|whilst|when|at|during|on\s+(?:{_WEEKDAYS}))\b"
                        r"|in\s+(?-i:[A-Z])))", re.I)
_SAID_THIS = frozenset({"said", "stated", "disclosed", "revealed", "announced"})
_VERB_COMMA = re.compile(r"\b(\w+),\s+$")
_ACCORDING_PRONOUN = re.compile(r"\s+(him|her|them)\b(?=\s*[,;:.!?]|$)")
# (a point inside an initialism, or before a word in lower case, ends no phrase: "F.A.A. records", "the F.A.A.")
_ACCORDING_NP = re.compile(r"\s+((?:[^,;:.!?“”\"()]|\.(?=\w|\s+[a-z])|(?<=\.[A-Za-z])\.){2,120}?)\s*"
                           r"(?=[,;:!?“”\"(]|(?<!\.[A-Za-z])\.(?!\w)|$)")
_COORDINATED_PP = re.compile(r"\b(?:and|but|then|yet)\s+(?:\w+\s+)?(?:in|on|at|during)\s+$")
# (when or where between: "but now said", "but in a later interview said")
_AND_BEFORE = re.compile(rf"\S\s*,?\s+(?:and|but|then|yet)\s+(?:(?:{AUXILIARIES}|\w+ly|{GAP_WORDS})\s+){{0,2}}"
                         rf"(?:(?:in|on|at|during)\s+(?:[\w’'-]+\s+){{0,3}}?(?!(?:of|for|to|with|about)\b)[\w’'-]+\s+"
                         rf"(?:(?:{AUXILIARIES}|\w+ly)\s+)?)?$")
# The conjunction before a coordinated verb, from where the words before it end.
_AND_THEN = re.compile(rf"\s*,?\s+(?:and|but)\s+(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,2}}$")
# The conjunction before a pronoun subject that ends the reported words ("…, and he railed").
_AND_PRONOUN = re.compile(r"\S\s*,?\s+(?:and|but)\s+$")
# The classes of a verb of speech, of thought or of intention (data/quotes_cue_verbs.txt).
_SPEECH = frozenset({"speech"})
_THOUGHT = frozenset({"belief", "infinitive"})
_INTENTION = frozenset({"infinitive"})
# A verb of an object, reported or not ("criticized", "endorsed", "called for"): its words are what follows it, and the
# person it names after it is the one it is aimed at.
_OBJECT_VERB = frozenset({"object", "cited"})
# The first character of a sentence that opens with a quotation ("“…,” Quill said").
_QUOTE_OPENERS = "“\"'‘«„`"
# The first word of each reporting verb's line (its base: "say", never "said"; "call" of "call_for", as _tense reads a
# phrasal verb's first word).
_BASES = frozenset(line.partition("\t")[2].split()[0].split("_")[0] for line in word_list("cue_verbs"))
# A closing quotation mark after a comma inside it: one mark, or NYT's two apostrophes (",''").
_CLOSE_MARK = r"(?:''|[”\"’'])"
# Where a reported clause ends before the sentence does.
# ;|,(?:''|[”"’'])?\s+(?:according\s+to|...)\b|\s+[—–]\s+ written to open with the set of characters a
# match starts with (each branch after a look-behind on it), so that a search over a clause skips
# to them (a test compares both).
# Not "but" before a second "that" clause of the same verb, "that" and the start of a subject ("said the court had no
# jurisdiction, but that the relatives should be able to make their case"; "but that is …", "but that group was …"
# open a clause of their own).
_BUT_NOT_THAT = (r"(?!\s+that\s+(?:(?:\w+ly|sometimes|often|now|still|even|also|only)\s+)?(?:he|she|they|it|we|I|you|there"
                 r"|the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|most|no|any|each|every|all"
                 r"|[A-Z][\w’'-]*|\d+)\b)")
# (with every participle of speech of data/quotes_participles.txt: "…, suggesting", "…, recalling", "…, predicting")
_CUT_PARTICIPLES = (r"(?:(?:before|after|then|later)\s+)?(?:adding|saying|telling|noting"
                    r"|arguing|writing|explaining|calling|terming|describing|branding|labell?ing|dubbing|insisting"
                    r"|warning|asking|vowing|promising|pledging|claiming|acknowledging|conceding|stressing|asserting"
                    rf"|reiterating|urging|citing|{'|'.join(word_list('participles'))})")
_CLAUSE_CUT = re.compile(
    rf"[;,\s](?:(?<=;)|(?<=,){_CLOSE_MARK}?\s+(?:according\s+to|though|although|while|whereas|but{_BUT_NOT_THAT}"
    r"|(?:and\s+)?"
    rf"(?:he|she|they|it)\s+(?:said|added|says)|{_CUT_PARTICIPLES}"
    r"|with\s+(?:[\w’'.-]+\s+){1,5}?(?:saying|calling"
    r"|labell?ing|describing|branding|dubbing|telling|adding|noting|arguing|warning|insisting|accusing))\b"
    r"|(?<=\s)\s*[—–]\s+)")
# The same before such a participle where a text stripped of its commas keeps two spaces or more for the comma ("… what
# became Obamacare  warning he would lose …", PerSenT): read in a sentence with no comma before them only (not "…,
# that Rubio had opposed  adding provisions"), and in _Extractor._right_clause not at the two spaces that pad a mention
# ("consisted of  Weinstein  telling a woman …": lost_comma).
_GAP_CUT = re.compile(rf"(?<=\w)[ \t]{{2,}}{_CUT_PARTICIPLES}\b")
# And before "while", "whereas", "although" or "though" opening a clause with a subject of its own ("… as he confronts
# allegations  while a TV news anchor lodged another claim …", PerSenT), as _CLAUSE_CUT's comma before them ends the
# words; not before a participle, the same subject's ("…  while looking for work", "…  while still describing"), nor at
# the two spaces that pad a mention (_Extractor._right_clause reads lost_comma).
_GAP_CONTRAST_CUT = re.compile(r"(?<=\w)[ \t]{2,}(?:while|whereas|although|though)\s+"
                               r"(?!(?:(?:still|also|\w+ly)\s+)?(?!(?:no|some|any|every)thing\b)[a-z]+ing\b)")
# And before "but" opening a clause after the words of a verb of intention ("has threatened to end the program  but he
# seemed to keep the door open …", PerSenT): a clause is no part of what was threatened or promised, as the comma before
# "but" ends the words in a text with commas (_CLAUSE_CUT); not before a phrase going on with the infinitive ("…  but
# not to strike", "…  but only for pensioners": data/quotes_but_goes_on.txt).
_GAP_BUT_CUT = re.compile(rf"(?<=\w)[ \t]{{2,}}but\s+(?!(?:{alternation(word_list('but_goes_on'))})\b)")
# An aside set off by two dashes inside the words reported, the clause going on after it in lower case ("said the plan
# — which cost $5 million — would fail", "if all schools that receive federal funding — whether public, charter or
# private — should be required"): from the first dash to the words after the second.
# (not where a conjunction follows it: "feels he has nothing to apologize for — his outreach will go only so far —
# but his team …" goes on with a clause of its own; nor a relative pronoun, the aside's: "compared to nearly four in
# 10 — 38 percent — who said they could change their mind")
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–;:.!?“”\"]{1,120}?\s[—–]\s+(?=[a-z])"
                         r"(?!(?:and|but|or|so|yet|who|whom|which)\b)")
# A name's capitalised words or initials, up to three ("Red Cross", "U.S.").
_CAPITAL_RUN = r"(?:\s+(?:[A-Z][\w’'-]*|(?:[A-Z]\.){2,})){1,3}"
# The comma that ends reported words before their frame, over words the speaker phrase left out
# ("…, legal experts say": the candidate is "experts").
# A short quoted phrase inside a clause, up to its comma: 'may be “strategic' (a word before its opening mark).
_QUOTED_WORDS_END = re.compile(r"\w[\s(]+[“\"‘'](?:[^\s“”\"]+\s+){0,5}[^\s“”\"]+$")
_LEFT_COMMA = re.compile(  # (a comma inside a quoted word's closing mark too: '… may be “strategic,” said')
    # (a name's capitalised words before words in lower case, "…, Donald Trump’s longtime confidant Roger Stone
    # stated", joined by "and" to them too, "…, Red Cross and ambulance officials said", but not to a list's last name,
    # "…, Christie and Paul hoped"; a country's or a body's initials right before the speaker, "…, U.S. officials said")
    rf",(?:''|[”’\"'])?" + (_LEFT_COMMA_TAIL := (
        rf"(?:\s+(?:[A-Z]\.){{2,}}\s*$|{_CAPITAL_RUN}(?:\s+and(?:{_CAPITAL_RUN})?)?(?=\s+[a-z]))?"
        r"(?:\s+(?!(?:and|but|or|so|then|while|as|because|if|when|which|who|that"
        r"|is|was|are|were|be|been|has|have|had)\b)"
        # (a count too: "…, 200 residents said", "…, 40 percent of voters said"; "of" free between the words, as the
        # people a share counts speak: "…, a majority of ferry passengers said")
        r"(?:[a-z][\w’'-]*|\d+(?:,\d{3})*(?:\.\d+)?%?|The|Mrs?\.|Ms\.|Dr\.)(?:\s+(?:and|of)(?=\s))?){0,3}\s*$")))
# The same where a text stripped of its commas keeps two spaces or more for the comma ("… will never be the same  Pinera
# said.", PerSenT): from the end of the word before them (_Extractor._lost_comma says where they are no comma's).
_LOST_COMMA = re.compile(r"(?<=\w)(?=[ \t]{2})" + _LEFT_COMMA_TAIL)
_GAP = re.compile(r"(?<=\w)[ \t]{2,}")
# A clause's comma so lost: such a gap (not inside a number: "$ 200   000"), or a space before a closing quotation mark
# that the comma stood in ("asked if Rice was a “lightweight ”  Trump  said", its comma's space kept inside the mark)
# (_Extractor._lost_clause_comma).
_CLAUSE_GAP = re.compile(r"(?<=\w)(?:(?<!\d)[ \t]{2,}|[ \t]{2,}(?![ \t\d])| [”\"](?=\s))")
_GAP_END = re.compile(r"(?<=\w)[ \t]{2,}$")  # such a gap right before a verb
_GAP_AFTER = re.compile(r"[ \t]{2,}(?=\w)")  # and one right after a word
# Such a gap after a name, before a description in lower case ("said  Tressa Feher  chief of staff for …").
# (not a verb: "Ald. Ada Quill  however  said  Ivo Brant  portrayed the issue", the main person's name padded)
_GAP_THEN_LOWER = re.compile(rf"[ \t]{{2,}}(?!{_VERB_PHRASE.pattern}|[a-z]+ed\b)[a-z]")
# A description in lower case set off by two such gaps right before a verb (adverbs and auxiliaries maybe between),
# no gap, mark or conjunction inside it, and no verb opening it (_person_before_gap_apposition); a name's possessive
# may open it ("Ada Quill  Brant’s fiancee  told"; its "'s" split off: "Mark Fabiani   O'Reilly 's spokesman  said");
# a point after a capital letter alone is an abbreviation's, plain or tokenised ("Nancy Pelosi  the top U . S . House
# of Representatives Democrat  said").
_GAP_APPOSITION = re.compile(
    rf"(?<=\w)[ \t]{{2,}}(?P<desc>(?!(?:and|or|but|nor|he|she|they|it|we|I|you|{_VERB_PHRASE.pattern})\b|[a-z]+ed\b)"
    r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? ?[’']s )?(?P<first>[a-z][\w’'-]*)"
    r"(?:(?![ \t]{2})(?:[^,;:.!?“”\"()\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z] )\.)"
    # (a name inside set off by the gaps PerSenT puts around the names it marks: "who worked with  Keillor", and the
    # description may go on in lower case after it: "who was asked by  Hu  to consult on …")
    r"|(?<=[a-z])[ \t]{2,}[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*(?:[ \t]{2,}(?=[a-z]))?(?=[ \t]{2}|(?<=[ \t])[a-z]))"
    r"{0,160}?)"
    rf"[ \t]{{2,}}(?:(?:{AUXILIARIES}|\w+ly)\s+){{0,2}}$")
_SAID_INSIDE = re.compile(r"\b(?:say|says|said|tell|tells|told)\b")
# The word right before a name, and the words there that make it no clause's subject: a determiner, a preposition,
# an auxiliary (a verb's form, in "-ed" or of the cues, too).
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([a-z][\w’'-]*)[ \t]+$")
_NOT_BEFORE_SUBJECT = frozenset("the a an this that these those his her their its our my your to at in on of with by "
                                "for from into about against like than as is was are were be been has have had do does "
                                "did will would can could should may might must".split())
# The description itself, up to the next such gap or the clause's end.
_GAP_DESC = re.compile(r"[ \t]{2,}([a-z][^,;:.!?“”\"()\n]{0,120}?)(?=[ \t]{2,}|\s*(?:[.;:!?—–]|$))")
# A speaker's role set off by commas before the name beside it ("…, a spokeswoman, Ada Quill, said"),
# from its opening comma; the role may hold its body or place ("…, the chief executive of the company, Ilse
# Marrow, said", "…, the Clerk of the Senate, Musa Danjuma, announced", as Commonwealth copy writes it).
_ROLE_BESIDE = re.compile(
    rf",\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{alternation(word_list('unnamed_nouns') + word_list('role_nouns'))})"
    rf"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[\w’'&.-]+\s+){{0,3}}?[\w’'&.-]+)?,\s*$")
# A listed role's plural opening the sentence, maybe after a determiner or a count and a modifier ("The senators",
# "Some Democratic senators", "Two directors"), then a verb: the subject of a verb coordinated with that verb.
_PLURAL_ROLE_OPENING = re.compile(
    rf"[\s“\"]*((?:(?:{alternation(word_list('plural_role_openers'))})\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?i:{alternation(word_list('role_nouns'))})s)\s+(?!(?:{alternation(word_list('plural_role_stops'))})\b)[a-z]",
    re.I)
_AFTER_GAP = re.compile(r"[\s,—–-]*")
# "“…” So says the 81-year-old.": "So" between a quote and an inverted frame, in the quote's paragraph or opening the
# next.
_SO_POINTING = re.compile(r"[\s—–-]*So\s+")
# Nothing but commas and white space between a subject and its verb.
_GAP_ONLY = re.compile(r"[\s,]*")
# A relative clause set off by dashes right before a verb ("Bo Tarn - who founded the group - said"),
# from its first dash; a parenthesis or any description set off by dashes right before a verb (read
# only where no subject was found), from its opening mark.
_DASH_ASIDE_BEFORE = re.compile(rf"\s({_DASH_MARK})\s+(?:who|which|whose)\s[^—–]{{2,200}}?\s{_DASH_MARK}\s*$")
# A participle's aside opening after a comma, up to a quotation ("Manafort, citing “…,” said"), from
# its comma; what may stand between such a quotation and the verb.
_PARTICIPLE_ASIDE = re.compile(r",\s+\w+ing\s+(?:[\w’'-]+\s+){0,4}$")
_COMMA_ONLY = re.compile(r"\s*,?\s*")
# After a short quotation inside an apposition: its comma (maybe inside the mark) or more description up to a comma.
_TITLE_ASIDE_TAIL = re.compile(r"(?:(?<=,[”\"])|\s*,)(?:\s+[^,;:“”\"()]{1,120}?,)?\s*")
# An aside opening with a participle, "who" or a preposition after its comma, up to a short quotation, and the aside
# going on after the quotation with no comma, up to its own ('Quill, asked on “Capitol Week” whether she would run,
# said', 'appearing on “Dock Talk” on Sunday,', 'in his “State of the Port” address,'); not a clause ('According to
# his doctor, Becker had “…” results, shows'), whose comma after the quotation ends no aside.
_ASIDE_OPEN = re.compile(r"\w\s*,\s+(?:\w+(?:ed|ing)|who|in|on|at|during|after|before)\s[^,;:“”\"()]{0,120}$", re.I)
_ASIDE_GOES_ON = re.compile(r"\s+[^,;:“”\"()]{1,120}?,\s*")
_TITLE_WORDS = 6


def _long_quote(text: str, q: Quoted) -> bool:
    """Whether the quotation ``q`` holds more than :data:`_TITLE_WORDS` words (a title or a fragment holds
    fewer), counted no further than that."""
    return _words_upto(text, _TITLE_WORDS + 1, q.start, q.end) > _TITLE_WORDS
_APPOSED_OPEN = re.compile(r"\w\s*,\s+[^,;:“”\"()]{1,120}$")
_PAREN_BEFORE = re.compile(r"\s*(\()[^()]{2,200}\)\s*$")
_DASHES_BEFORE = re.compile(rf"\s({_DASH_MARK})\s+[^—–“”\"]{{2,160}}?\s{_DASH_MARK}\s*$")
_DASHES = frozenset("-—–")  # the characters of _DASH_MARK
# "said Doyle and others": the others who spoke with the speaker.
_AND_OTHERS = re.compile(r"\s+and\s+(?:several\s+|many\s+|some\s+)?others\b")
# Quantifiers that the source lists take for a speaker alone ("say some Democrats": "some").
_QUANTIFIERS = frozenset("some many most several few both all".split())
# A determiner phrase of a few words after an inverted verb, up to the end of its clause.
_RIGHT_GENERIC = re.compile(
    rf"\s+((?:the|a|an|one|another|{'|'.join(sorted(_QUANTIFIERS))})\s+"
    rf"(?:(?!{_FUNCTION}|(?:{AUXILIARIES})\b)[\w’'-]+\s+){{0,3}}?(?!{_FUNCTION}|(?:{AUXILIARIES})\b)[\w’'-]+"
    r"|one|another)"  # ("“…,” said one, a mother of three.": one of those the text spoke of)
    r"(?=\s*(?:[,.;:!?]|$)|,?\s+(?:who|that)\b)")  # (no verb: "“…,” said the pier was unsafe" names no speaker)
# A relative clause opening right after such a phrase ("…,” said a farmer who voted for Becker").
_RELATIVE_NEXT = re.compile(r",?\s+(?:who|that)\b")
# A paragraph naming the speaker of the quote before it: a dash, then the name ("- Bernie Sanders.").
_LABEL_LINE = re.compile(rf"[\s“\"]*{_DASH_MARK}\s*(?=[A-Z])")
# The place a person of a label line works, after the name ("— Ilse Varnhagen of the Kessling Observatory, on …").
_LABEL_AFFILIATION = re.compile(r"\s+((?:of|at)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|and|for))*)")
# The occasion after the name, no comma before it, to the line's end ("— Statement from Halvard Logistics after losing
# its case against the harbour board.": data/quotes_label_occasions.txt); no quotation mark in it.
_LABEL_OCCASION = re.compile(rf"[ \t]+(?:{alternation(word_list('label_occasions'))})[ \t]+[^“”\"\n]*$")
# What may end a sentence after its frame: when it was said at most, and the full stop.
_SENTENCE_END = re.compile(r"(?:\s+(?:today|yesterday|too|as\s+well))?[\s.]*")
# Words before a speaker that opens its sentence: a conjunction, or a possessor of a few words
# ("Iowa State University's Ada Quill agreed.").
_SPEAKER_LEAD = re.compile(r"\s*(?:(?:And|But|So)\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s?\s+)?")
# "called": a verb that names a thing as often as it reports words.
_NAMING_VERB = re.compile(r"(?:call|term)(?:s|ed|ing)?\b", re.I)
# Words that say only when: no reported clause ("he observed this week", "told the Post earlier this week", "Marsh
# conceded shortly afterwards").
_WHEN_ONLY = re.compile(
    rf"(?:(?:this|last|next|earlier|later|on)\s+){{0,2}}(?:week|month|year|weekend|{_DAY_PARTS}|{_DAYS})"
    rf"(?:\s+(?:{_DAY_PARTS}))?"
    r"|(?:(?:shortly|soon|immediately|not\s+long|much|(?:a\s+few|a|an|one|two|three|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?))\s+)?(?:afterwards?|after|later|earlier|thereafter|then|ago|before)",
    re.I)
# "The numbers changed over the summer, as Sanders has acknowledged.": "as" after a comma, then a verb of speech that
# ends its sentence (when it was said, or a phrase of where, at most), reports the clause before the comma, as "…,
# Sanders said." does; not "…, as he explained how tough it is" (its own words), nor "as" of time or manner ("…, as
# she said goodbye", "…, as voters responded to …", "…, as Yellen testifies before the Senate").
_AS_AFTER_COMMA = re.compile(rf",\s+{_AS_LEAD}$")
_AS_FRAME_END = re.compile(rf"(?:\s+(?:{_WHEN_ONLY.pattern}"
                           r"|(?:in|on|at|during)\s+[^,;:.!?“”\"()—–-]{1,50}?))?\s*[.!?]?[”\"’]?\s*", re.I)
# A quotation mark (a question paragraph holding none is the interviewer's: _Extractor._answerer).
_QUOTE_MARK = re.compile(r"[“”\"]|''")
# A quotation dash opening a paragraph, as features translated or written in the European manner set dialogue
# ("– The sea does not care if you are tired, he says."): the words up to the frame are the speaker's own.
_DIALOGUE_DASH = re.compile(r"[–—―][ \t]+")
# The same dash after a sentence of that paragraph, opening more of the words ("…, he says. – You go out anyway.").
_DIALOGUE_ON = re.compile(r"(?<=[.!?])[ \t]+[–—―][ \t]+")
# An interviewer's question in its own paragraph (_Extractor._answerer): put to "you", of a few lines at most.
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_QUESTION_MAX = 300
# A relative clause after a speaker ("said a handful of Democrats who point to …").
_WHO_AFTER = re.compile(r",?\s+who\b")
# A description set off by commas after a name, then a verb phrase: the name is a clause's subject.
# (or a verb in the past with its object: "…, said the chairman, Osric Vantreece, pushed hardest for a sale"; not a
# participle with its phrase, "…, said Tom Becker, the director, based in Avalon")
_DESC_THEN_VERB = re.compile(rf",[^,;:.!?“”\"]{{1,120}},\s+(?:{_VERB_PHRASE.pattern}"
                             rf"|[a-z]+ed\s+(?!(?:in|at|on|by|to|from|with|for|as|of|into|over|under)\b))")
_AFTER_MODS = re.compile(rf"[\s,—–-]*(?:{WORD}+,?\s+){{1,6}}")
_CONJ_WORDS = ("and", "but", "or", "so", "yet", "still", "then")
_CONJ = rf"(?:{'|'.join(_CONJ_WORDS)})"
# An item of a list before the quotation it opens: a bullet or a hyphen, then maybe a topic of a few words and its colon
# ("• On the red card: “…”", "- The winner: “…”"); not a dash of dialogue or of a dash attribution (–, —).
_LIST_ITEM = re.compile(r"[•·▪◦*-][ \t]+(?:[A-Z][^\n:;.!?“”\"]{0,40}:[ \t]*)?")
_CONJ_ONLY = re.compile(rf"^\W*(?:{_CONJ}\W*)?$", re.I)
_AND_OR_ONLY = re.compile(r"\s*(?:and|or)\s+")  # between two quotations of one sentence (_Extractor._attribute)
# Between two items of a list of quoted fragments (_Extractor._attribute): after a comma inside the first's marks
# ('“reckless,” “unfunded”'), or with the comma outside them ('“reckless”, “unfunded”'), maybe "and" or "or" after it
# (or "and" or "or" alone: '“unfunded” and “dead on arrival”').
_LIST_JOIN = re.compile(r"\s+(?:(?:and|or)\s+)?")
_LIST_JOIN_COMMA = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A word right before a quotation that makes it a clause of the sentence ("… aloud so “I would learn …,” Rubio wrote").
_CLAUSE_WORD_BEFORE = re.compile(r"\b(?:so|that|because|since|and|but|or|if|when|while|as|than)\s*$", re.I)
_CONJ_OPENING = re.compile(rf"\W*({_CONJ}\W*)?", re.I)  # where its words start, and after its conjunction
_ADDRESSEE_NOUNS = frozenset(w.lower() for w in word_list("addressee_nouns"))
# A quoted passage that names a thing rather than reports words: a title after "titled", a
# nickname after "dubbed", the "don't ask, don't tell" policy.
_NAME_CUE = re.compile(rf"\b(?i:{alternation(word_list('name_cues'))})\s*,?\s*$")
_COPULA_END = re.compile(r"\b(?:is|was)\s*,?\s*$", re.I)  # a name cue ending in its copula ("show was")
_NAME_HEAD = re.compile(rf"[’'”\"»]*\s+(?:{alternation(word_list('name_heads'))})\b")
# Words called out before a quoted passage: what follows is words, even in title case ('chanting “Dump Becker”').
_OUTCRY = re.compile(rf"\b(?i:{alternation(word_list('outcry_words'))})\s*[,:]?\s*$")
_TITLE_WORD = re.compile(r"[\w’'-]+")
# A programme's title after "on", maybe after its channel's possessive ("on NBC’s “Meet the Press”", "on Fox News
# channel’s “Sunday Morning Futures”"; not "Trump’s ‘Incredibly Hateful Rhetoric’" in a title-case headline).
_ON_PROGRAMME = re.compile(r"\bon\s+(?:(?:[\w.&-]+\s+){0,3}?[\w.&-]+[’']s?\s+)?$")
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with vs".split())
# "said the Home Secretary, Priya Okafor." / "reply Burton and Nick": a second phrase that is
# the same speaker (an apposition) or a joint one.
_JOINT = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+")
_APPOSITION_END = re.compile(r"\s*(?:[.,;:!?]|$)")
# The medium after a dash attribution's name, as agencies' reaction round-ups write it: "― Actor Dev Ramsey in a
# statement.", "― Mayor Piet Garrow, on X.", "― Critic Oren Vasque, writing in The Courier."
# (the words up to the _MEDIUM_IN or _MEDIUM_ON phrase)
_DASH_MEDIUM = re.compile(r",?\s+(?:writing\s+)?")
# A description in brackets ending a dash attribution's paragraph: "― Piet Marsh (retired teacher)".
_BRACKET_DESC = re.compile(r"[ \t]*\(([^()\n]{1,80})\)[ \t.]*$")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")
# "“…” ― Lucia Ferrante": a dash, then the speaker.
_DASH = re.compile(r"[ \t]*(?:[―—–]|--?(?=[ \t]))[ \t]*")
# A social-media post embedded in a web page, as its text stays when the page is saved or scraped: the post, a dash,
# the account's name, its handle in brackets and the date, ending the paragraph ("Today is River Day. — Ada Quill
# (@adaquill) October 9, 2017"), maybe in the markup of the page ("<tweet id=…>…</tweet>."), or a paragraph of its own
# under the post's, as live blogs keep it; the links of its pictures at its end are no words ("pic.twitter.com/…",
# "https://t.co/…").
_POST_SIGNATURE = re.compile(r"(?:[ \t]+|(?<=\n))(?P<dash>[―—–]|--?)[ \t]+(?P<name>[^()\n@/]{1,60}?)[ \t]+"
                             r"\(@\w{1,30}\)[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]*"
                             r"(?:</\w+>)?[ \t.]*$")
_POST_TAG = re.compile(r"[ \t]*(?:<\w+\b[^<>\n]*>[ \t]*)?")
_POST_LINKS = re.compile(r"(?:pic\.twitter\.com/|https?://)\S*(?:\s+(?:pic\.twitter\.com/|https?://)\S*)*\s*$")
_POST_MAX = 360  # characters: a post is short; a longer paragraph holds more than the post
# Transcript turns, a speaker label opening a paragraph: "**Kessler:**", "KESSLER:", "Q:", and in radio transcripts the
# speaker's role after a comma ("ADA QUILLAN, HOST:"), the words on the label's line or on the next; and "Q." and
# "A." with a point, as The New York Times writes its interviews (``point``; not an initial: "A. J. Brandt"). A stage
# direction or a party in brackets may follow a name in capitals ("QUILL (laughing):", "ADA QUILL (D-AV), HOST:").
# A broadcast transcript's time code may open the turn before its label ("[00:01:27] DUNLEAVY:", "(14:02) Q:"), or
# follow a name in title case, as podcast transcripts set it ("Corin Ashby (00:00:03):"). A name in brackets after a
# role in capitals is the speaker ("PRESENTER (Maren Holt):", ``named``).
_ASIDE = r"(?:[ \t]*\([^():\n]{1,40}\))?"
_NAMED_ASIDE = r"(?:[ \t]*\((?:(?P<named>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){1,3})|[^():\n]{1,40})\))?"
_LABEL = re.compile(
    r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
    r"(?:\*\*(?P<bold>[A-Z][\w.'’ -]{0,40}?)\s*(?::\s*\*\*|\*\*\s*:)"
    rf"|(?P<caps>Q|A|[A-Z][A-Z.'’ -]{{0,40}}?[A-Z.]){_NAMED_ASIDE}"
    rf"(?:,[ \t]+(?P<role>[A-Z][A-Z.'’ -]{{0,30}}?[A-Z.]){_ASIDE})?\s*:"
    r"|(?P<point>[QA])\.(?![ \t]*[A-Z]\.)"
    r"|(?P<title>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})(?:[ \t]+[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?:)"
    r"(?:[ \t]+(?=\S)|[ \t]*(?:\n|$))")
# A paragraph of a stage direction in a broadcast transcript: "(BEGIN VIDEOTAPE)", "[LAUGHTER]", "(CROSSTALK)".
_STAGE_DIRECTION = re.compile(r"\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s*")
_LOWER_WORDS = re.compile(r"\b[a-z][a-z’']*\b")
_WORD_CHAR = re.compile(r"\w")
_NOT_SAID = re.compile(r"[\W_]+")
_A_WORD = re.compile(r"[^\W_]")  # a character _said keeps
_PULLED = 4  # the fewest words of a pull quote, and of a block quotation
# What may stand between a block quotation's verb and its colon: where, when, to whom ("wrote on Facebook on Sunday
# night:", "told the Sun-Sentinel:", "said in a statement:"), a phrase of six words at most opening with a preposition,
# or "last" ("wrote last week:"); not a clause ("said the changes it wants include:").
_BLOCK_GAP = re.compile(r"\s*(?:(?:in|on|at|to|during|from|via|through|after|before|with|later|last)\b"
                        r"(?:\s+[^\s:]+){0,5})?\s*:")


def _said(words: str) -> str:
    """``words`` without marks, spaces or case: the same words, however set."""
    return _NOT_SAID.sub("", words).lower()


# An interview's introduction: "Holt interviewed Dorn" (not a passive; "spoke to", "talked with" and "sat down with"
# go either way: "Dorn spoke to the Courier's Mira Holt").
_INTERVIEW_VERB = re.compile(r"(?<!\bwas )(?<!\bbeen )\binterview(?:ed|s)\b")
_PROSE_WORDS = 2
_NOT_LABELS = frozenset(w.lower() for w in word_list("transcript_labels"))
_UNNAMED_LABELS = frozenset(word_list("unnamed_labels"))
_AND_BUT_END = re.compile(r"(?i:\b(?:and|but))$")
# A conjunction of contrast before the subject of its clause ("While the candidates say the port must …, Quill …",
# "…, although some analysts say …"); not "as" ("as Quill noted", read on its own), "if" (a condition) nor "because"
# ('a “pre-agreement” because some governments did not agree' is no frame of the quotation).
_CONTRAST_END = re.compile(r"(?<![\w’'-])(?i:while|although|though|whereas)$")
_COMMA = re.compile(r"\s*,")
# A comma, maybe inside a closing quotation mark.
_COMMA_END = re.compile(rf",{_CLOSE_MARK}?\s*$")
# A participle's phrase set off by a comma: "Quill, after initially saying she would not stand, entered".
_ASIDE_PREPOSITION = re.compile(rf",\s*(?:{_PREPOSITIONS})\s+(?:\w+ly\s+)?$", re.I)
# A participle's clause opening the sentence: "After saying", "While initially saying".
_PARTICIPLE_OPENING = re.compile(r"[\s“\"]*(?:(?:after|before|while|upon|when|since|in)\s+(?:\w+ly\s+)?)?$", re.I)
# (or after a dash: "… – saying")
_COMMA_ADVERB_END = re.compile(rf"(?:,{_CLOSE_MARK}?|\s[—–]|\s--)\s*(?:\w+ly\s+)?$")
_GAP_ADVERB_END = re.compile(r"(?<=\w)[ \t]{2,}(?:\w+ly[ \t]+)?$")
_VERB_FORM = re.compile(r"\w+(?:ing|ed)\b")
# A person's age set off by commas after the name ("Lita Moss, 52, said", "said Lita Moss, 52, a nurse."): no
# description of who she is; what follows it is.
_AGE_FIRST = re.compile(r"\d{1,3}(?:,\s+|$)")
_STOP_MARK = re.compile(r"[.!?;]")
# (between a frame and its quotation, not a decimal or clock time's point: "one farmer I met on the 7.40 crossing,
# “…”", as British copy writes the time)
_GAP_STOP = re.compile(r"[!?;]|\.(?!\d)")
_CLOSING_MARKS = ("”", "\"", "’", "'")  # NYT's two apostrophes end with one
_COMMA_CLOSING = re.compile(rf",{_CLOSE_MARK}")  # a comma inside the closing quotation mark
_SENTENCE_MARK = re.compile(r"[.!?;:]")
# A sentence end inside a headline: not the point after a one-letter word ("D.C. Statehood", "U.S.
# Ferry", "Roe v. Wade") nor a point before a closing quote ("… Of Our Nature.’").
_HEADLINE_STOP = re.compile(r"[!?;:]|(?<!\b[A-Za-z])\.(?=\s)")
# A headline opening with the words quoted and a colon ("‘We are not afraid’: residents defy storm",
# British and Indian style): the first closing mark with a colon after it ends the words.
_QUOTE_COLON_HEAD = re.compile(r"[ \t]*[“‘\"'](?P<words>[^\n]{2,200}?)[”’\"'][ \t]*(?P<colon>:)[ \t]*")
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]+")
_THAT_WORD = re.compile(r"that\b")
# A verb of saying right after a "that": the relative pronoun of a frame of its own ("a voice that said “…”").
_SAY_NEXT = re.compile(r"(?:said|says|say)\b")
# A gap with no comma or dash holding an auxiliary or a copula: a clause of its own ("employees were told this week";
# not "say Obama should be replaced — only that …", where the dash sets off another clause of the verb).
_AUX_GAP = re.compile(rf"[^,;:.!?“”\"—–]*\b{_RELATIVE_VERB}(?:(?!\s-\s)[^,;:.!?“”\"—–])*")
# A noun phrase between "say" and a "that" ("said the issues that hurt Sun …", "said Sanders' arguments that he is more
# electable are undermined"): one says no one, so it is no one told but the reported clause's subject, and the "that"
# a relative pronoun or its noun's (unless it says only when: "said this year that"; no dash inside, as above).
_NOUN_GAP = re.compile(r"\s+((?:the|a|an|this|these|those|his|her|their|its|my|our"
                       r"|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|(?<=s)['’]))\s+"
                       r"(?:(?!\s-\s)[^,.;:!?“”\"—–])*?)\s+")
# A gap between a frame and a quotation that ends in "to" or a preposition ("promised to “…”", "spoke of “…”").
_GRAMMAR_GAP_END = re.compile(r"\b(?:to|of|for|with|from|by|about|on|in|at|into|against)$", re.I)
# A sentence saying that its subject issued a statement ("released a statement Tuesday", "put out a
# lengthy message"): the statement's words may follow as a quote of their own (_Extractor._lead_in).
_STATEMENT_ISSUED = re.compile(
    r"\s(?:issued|released|put\s+out|sent\s+out|posted|published|e-?mailed)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|response|reply|message|letter|note)\b")
# A headline's label of the kind of piece, not reported words: "Live updates on the levy: Trump".
_PIECE_LABEL = re.compile(r"(?i:live|watch|video|photos?|opinion|analysis|explainer|timeline|updates?|breaking"
                          r"|exclusive|review|editorial|letters?|quiz|podcast|listen|read|revealed|interview)\b")
_THAT_ANY = re.compile(r"t(?<!\w.)hat\b")  # \bthat\b, searched from its first letter




@dataclass
class _Frame:
    """A reporting verb with its speaker and the words around it."""

    cue_s: int
    cue_e: int
    classes: frozenset[str]
    spk: Candidate | None = None
    inverted: bool = False
    desc: tuple[int, int] | None = None
    addressee: str | None = None
    right: int = 0
    spk2: Candidate | None = None  # a joint speaker ("Burton and Nick")
    # the names of a list of joint speakers between its first (spk) and its last (spk2): "Merrill Lynch" of
    # "Shearson, Merrill Lynch and Goldman Sachs say"
    spk_mid: tuple[Candidate, ...] = ()
    coordinated: bool = False  # "… and said": the speaker is the first verb's
    # a participle ("…, suggesting the plan fails", "adding", "pointing out"): it reports what
    # follows it, never the clause before its comma
    participle: bool = False
    agent: bool = False  # the speaker follows as a passive's agent ("asked by Matt Lauer whether …")
    told: bool = False  # a form of "tell": the one told may follow the verb
    lead: int | None = None  # where the cue's words open before the verb ("was quoted as saying")
    noun: bool = False  # a noun's frame ("Quill's claim that …", "… in the latest poll"): no participle or
    # coordinated verb hangs on it
    closing: bool = False  # a poll's "in" after the clause it reports ("… in the latest poll"): no words after it
    reported: bool = False  # a passive of saying and its agent: its words are its subject, before ``lead``
    opening: int = 0  # a "reportedly" frame: where the clause it reports opens (_REPORTED_CLAUSE)
    unnamed: bool = False  # "It was widely reported that …": words no one named said, as with "reportedly"

    @property
    def left(self) -> int:
        return self.cue_s if self.inverted or self.agent or self.spk is None else self.spk.start


class _Speaker(NamedTuple):
    """A row's speaker, its columns of extract_quotes: the name (None where no one is found), where it is written, its
    kind and the description beside it; for speakers joined as one subject the names and kinds of its members."""
    name: str | None
    start: int | None
    end: int | None
    kind: str
    desc: str | None
    members: tuple[str, ...] | None = None
    member_kinds: tuple[str, ...] | None = None


_NO_SPEAKER = _Speaker(None, None, None, UNRESOLVED, None)


@dataclass
class _Row:
    kind: str
    start: int
    end: int
    frame: _Frame | None
    speaker: _Speaker
    medium: str | None = None
    continues: int | None = None
    extra: dict = field(default_factory=dict)








# ==========================================================================================
# frames: a cue with its speaker
# ==========================================================================================


def _colon_frame(colon: int, spk: Candidate) -> _Frame:
    """The frame of a label ending at the colon at ``colon`` ("Quill: …"), ``spk`` its speaker."""
    return _Frame(colon, colon + 1, frozenset({"label"}), spk, inverted=True, right=colon + 1)


def _answered(text: str, right: int, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, one word, is the answer reported right after a frame ending at
    ``right`` ("said no.", "said yes, but …"): the words reported, though one word."""
    answer = _ANSWER.match(text, right)
    return answer is not None and answer.span(1) == (s, e)


_AS_BEFORE_QUOTE = re.compile(r"\w\s+as\s+(?:being\s+)?$")
# A frame's speaker right after the words it reports ("“…,” Quill said", "…, Quill said"); a personal pronoun.
_AFTER_WORDS = re.compile(r"[,”\"'’]\s*(?:the\s+)?$", re.I)
_PERSONAL_PRONOUN = re.compile(r"(?i:he|she|i|we|they|you)")
# The comma of a phrase or clause before the subject, a few words before it ("…, the party's pollster Tom Becker").
_COMMA_BEFORE_SUBJECT = re.compile(r",[”\"'’]*\s+(?:\S+\s+){0,2}$")
# From a subject's end: a verb phrase (a lower-case word first, not one going on with the subject's phrase: "A
# coalition of groups, lawyers and the administration has") to its last "and" or "but" opening a clause.
_AND_CLAUSE = re.compile(r"(?:,\s+\d+,)?\s+(?!(?:of|for|from|in|at|on|with|to|and|or|who|which|that)\b)[a-z][\w’'-]*"
                         r"(?:,?\s+[\w’'.-]+)*,?\s+(?:and|but|(?:al)?though)\s+(?=[A-Z]|the\s|an?\s)")
_JOINED_VERB = re.compile(r"(?:\s+(?:for|of)\s+(?:the\s+)?[\w’'-]+)?\s+(?:\w+ly\s+)?"
                          r"(?:has|have|had|was|were|is|are|will|would|[a-z]+ed)\b")
# A fronted phrase or clause up to its comma (a quotation's comma too: "When Quill called it “a tax,” Tarn"), before
# the main clause: "In a debate, ", "while his rivals called for troops, ", "Amid calls from some to quit, ",
# "Speaking to KVRT's “Morning Show,” ".
_FRONTED_OPENING = (r"[\s“\"]*(?i:when|while|if|as|after|before|since|because|although|though|once|amid|amidst|despite"
                    r"|following|in|on|at|near|during|with|without|unlike|speaking|talking|writing|asked|pressed)\b")
_FRONTED_PIECE = re.compile(_FRONTED_OPENING + r"(?:[^,;:!?“”\"]|[“\"](?=[^“”\"]{0,80}[”\"])){0,200}?,[”\"'’]*\s+")
# The same up to the two spaces of a lost comma, in a sentence of a text stripped of its commas ("During a taxi ride  he
# tore into the authority  calling it corrupt", PerSenT).
_FRONTED_GAP_PIECE = re.compile(_FRONTED_OPENING + r"[^,;:!?“”\"\n]{0,200}?(?<=\w)[ \t]{2,}")
_GERUND_AFTER = re.compile(r"\b(?:for|by|without|after|before|of|from|about|against|despite)\s+(?:not\s+)?$", re.I)


def _joined_participle_subject(doc: Article, lo: int, cue_s: int) -> Candidate | None:
    """The person's name right before an -ing form that "and" joins to the participle at ``cue_s`` (no mark between,
    the nearest form first, in the clause from ``lo``): "Footage shows Ada Quill wading toward the house and shouting,
    “…”" gives Ada Quill, the subject of both participles; None where no such form follows a name."""
    text = doc.text
    for m in reversed(list(_ING_WORD.finditer(text, max(lo, cue_s - 100), cue_s))):
        if _ING_TO_AND.fullmatch(text, m.end(), cue_s):
            found = doc.candidate_ending(m.start(), lo, ("PERSON",))
            if found is not None:
                return found
    return None


def _hangs_on_clause(text: str, sent_s: int, cue_s: int) -> bool:
    """Whether a participle at ``cue_s`` follows a comma ("…,” she said, adding"; an adverb between:
    ", recently telling"), the two spaces of a lost one (:func:`_gap_comma_end`) or a preposition ("after
    hinting"): it then hangs on its clause's speaker, not on the phrase right before it."""
    return bool(_COMMA_ADVERB_END.search(text, max(sent_s, cue_s - 24), cue_s)
                or _PREPOSITION_END.search(text, max(sent_s, cue_s - 24), cue_s)
                or _gap_comma_end(text, sent_s, cue_s))


def _gap_comma_end(text: str, sent_s: int, cue_s: int) -> bool:
    """Whether two spaces or more right before ``cue_s`` (an adverb between) stand for the comma a text stripped of its
    commas lost ("returned to the issue  telling  DeVos  that …", PerSenT; not in a sentence with a comma before them,
    "…, that Rubio had opposed  adding provisions"); not where they pad a mention of the article's main person ("The
    protests followed  Pai  saying last week that …": Pai's gerund; :func:`lost_comma`)."""
    gap = _GAP_ADVERB_END.search(text, max(sent_s, cue_s - 24), cue_s)
    return gap is not None and "," not in text[sent_s:gap.start()] and lost_comma(text, *gap.span(), sent_s, cue_s)


def _relative_before(text: str, lo: int, hi: int) -> re.Match | None:
    """:data:`_RELATIVE_BEFORE` between ``lo`` and ``hi``, unless a gap of spaces inside its words stands for a lost
    comma (:func:`lost_comma`): "losing that exemption  but  Rubio  said" (PerSenT) is a determiner's "that", as
    "that exemption, but Rubio said" shows, where the comma stops the match; not "which  Trump  said"."""
    m = _RELATIVE_BEFORE.search(text, lo, hi)
    if m is None or "  " not in m.group().rstrip():
        return m
    end = m.start() + len(m.group().rstrip())
    return None if any(lost_comma(text, *g.span(), m.start(), hi) for g in _GAP.finditer(text, m.start(), end)) else m


def _inverted_after_aside(doc: Article, left: Candidate, cue_s: int, cue_e: int, sent_e: int,
                          limit_right: int) -> bool:
    """ "…, whom he has alienated with his rhetoric, said Larry Sabato, director of …": a verb right
    after a comma, followed by a speaker that ends the clause, is inverted, although a subject
    stands before it across words set off by commas (that subject governs the aside, not the
    verb); not where a verb phrase follows the speaker's description ("…, said Clinton, the
    front-runner, was wrong": Clinton is in the reported clause)."""
    text = doc.text
    if not _COMMA_END.search(text, max(left.end, cue_s - 4), cue_s) or _GAP_ONLY.fullmatch(text, left.end, cue_s):
        return False
    spk = doc.right_speaker(cue_e, limit_right, modifiers=True)
    if (spk is None or spk.kind == "PRON" or text[cue_e:spk.start].strip() not in ("", "the")
            or not (_CLAUSE_ENDS.match(text, spk.end) or _WHO_AFTER.match(text, spk.end))):
        return False
    return _DESC_THEN_VERB.match(text, spk.end, sent_e) is None


# A name inside a phrase of no name: a lower-case word and one space right before it ("to the Kremlin", "in greater
# Stockholm"), not the two spaces a text stripped of its commas pads its main entity's mention with ("the  Pope"),
# nor a conjunction opening a clause the name is the subject of ("and Quill  said", _CLAUSE_WORD_BEFORE).
_NAME_INSIDE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]* $")
# Speakers of no person's name an inverted verb after a lost comma may have, as after a comma: a source's phrase, an
# organisation.
_INVERTED_SOURCES = ("NP_UNNAMED", "NP_ORG", "NP_ROLE", "ORG")
_MODIFIERS = re.compile(r"[a-z][\w’'-]*(?: [a-z][\w’'-]*){0,2}")


def _inverted_after_lost_comma(doc: Article, left: Candidate | None, cue_s: int, cue_e: int, sent_e: int,
                               limit_right: int) -> bool:
    """ "… will likely reopen during the coming months  said  Tressa Feher  chief of staff …" (PerSenT, its commas
    removed): a verb right after the two spaces a comma left behind a phrase of no name, followed by a person who ends
    the clause (a mark, "who", or two spaces again before a description), is inverted, as after a comma; the phrase is
    the end of the words reported; so too where no subject is found before the gap (``left`` None: "… is far from
    guaranteed  said Matthias Miersch  head of …"). The speaker may be a source's phrase or an organisation ending the
    clause, as after a comma ("…  said the people  who demanded anonymity …", "…  says the BBC."), and the phrase
    before the gap a name inside one of no name ("… beholden to the Kremlin  said Steven Hall  who ran …"). Not after
    a name that opens its own phrase (such a text pads the mention of its main entity with two spaces: "the  Pope
    said"), nor where a verb phrase follows the speaker ("the report  said Quill was", _NOUN_AFTER)."""
    text = doc.text
    if not (_GAP.fullmatch(text, left.end, cue_s) and (left.kind.startswith("NP_") or (
            _NAME_INSIDE.search(text, max(0, left.start - 40), left.start)
            and not _CLAUSE_WORD_BEFORE.search(text, max(0, left.start - 12), left.start))) if left is not None
            else _GAP_END.search(text, max(0, cue_s - 8), cue_s)):
        return False
    spk = _name_before_gap(doc, doc.right_speaker(cue_e, limit_right, modifiers=True))
    between = text[cue_e:spk.start].strip() if spk is not None else ""
    if (spk is None or spk.kind not in ("PERSON", "NAME", *_INVERTED_SOURCES)
            or not (not between or (between == "the" and spk.kind in _INVERTED_SOURCES)
                    # (a role's modifiers before the role that opens the person's phrase: "said regional police
                    # spokesman Ivo Brant")
                    or (spk.kind in ("PERSON", "NAME") and text[spk.start].islower() and _MODIFIERS.fullmatch(between)
                        and not _NOT_BEFORE_SUBJECT.intersection(between.split())))
            or not (_CLAUSE_ENDS.match(text, spk.end) or _WHO_AFTER.match(text, spk.end)
                    or _GAP_THEN_LOWER.match(text, spk.end))):
        return False
    return _DESC_THEN_VERB.match(text, spk.end, sent_e) is None


def _person_before_gap_apposition(doc: Article, limit_left: int, cue_s: int, left: Candidate | None
                                  ) -> tuple[Candidate, tuple[int, int]] | None:
    """ "Kevin Kuehnert  head of the SPD’s youth wing  argued", "Tom Wheeler  who headed the FCC  called", "Barth  like
    others in the article  alleges": in a text stripped of its commas (PerSenT), a person's name, then a description
    in lower case between the two gaps of spaces its commas left, right before the verb: the person speaks, described
    (not the phrase the description ends with, ``left``, which must lie inside it). Not a name after a preposition
    ("The letter to  Quill  from the senators  said"), nor a description opening with a conjunction or a verb."""
    text = doc.text
    m = _GAP_APPOSITION.search(text, max(limit_left, cue_s - 240), cue_s)
    while m is not None:
        # (a phrase read over the gap is none: "Ada Quill  now retired" as one generic phrase)
        if ((left is not None and left.start < m.start("desc") and "  " not in text[left.start:left.end])
                or m.group("first") in _VERBS or _SAID_INSIDE.search(m.group("desc"))):
            return None  # (nor "Ada Quill  said  adding that", "Quill  supporters say they … party  accusing")
        i = bisect_right(doc.cand_ends, m.start()) - 1
        while i >= 0 and doc.cand_ends[i] == m.start():
            c = doc.cands[i]
            i -= 1
            before = _WORD_BEFORE.search(text, max(limit_left, c.start - 30), c.start)
            if c.kind in ("PERSON", "NAME", "ORG") and c.start >= limit_left and not (
                    before and (before.group(1) in _NOT_BEFORE_SUBJECT or before.group(1) in _VERBS
                                or before.group(1).endswith("ed"))):
                # (the name opens its clause: not "compared  Quill  to …", "the  Quill  case and …", "had  Quill
                # around")
                return c, m.span("desc")
        # no name before this description: one that opens later, after a name inside it ("Last week  the harbour's
        # chief  Ada Quill  a Brant ally  announced": not "the harbour's chief  Ada Quill  a Brant ally" after "week")
        m = _GAP_APPOSITION.search(text, m.start("desc"), cue_s)
    return None


def _name_before_gap(doc: Article, spk: Candidate | None) -> Candidate | None:
    """``spk``, or where it runs over two spaces a lost comma left ("Ada Quill  chief of staff" read as one role's
    phrase), the person's name it opens with (None if there is none)."""
    gap = doc.text.find("  ", spk.start, spk.end) if spk is not None else -1
    if gap < 0:
        return spk
    i = bisect_left(doc.cand_starts, (spk.start, -1))
    while i < len(doc.cand_starts) and doc.cand_starts[i][0] == spk.start:
        c = doc.cands[doc.cand_starts[i][1]]
        i += 1
        if c.kind in ("PERSON", "NAME") and c.end <= gap:
            return c
    return None


def _agent(doc: Article, pos: int, limit: int) -> Candidate | None:
    """The passive's agent after "by" (which ends at ``pos``)."""
    spk = doc.right_speaker(pos, limit)
    if spk is None and (the := _THE_AFTER.match(doc.text, pos, limit)):
        spk = doc.right_speaker(the.end(), limit)  # "asked by the Gazette": the name after "the"
    if spk is None or spk.kind in ("ORG", "NP_ORG", "MISC"):
        # "asked by Fox Business moderator Gerard Baker": the person after the organisation's role
        person = doc.right_speaker(spk.end if spk else pos, limit, modifiers=True)
        spk = person if person is not None and person.kind == "PERSON" else spk
    return spk


def _frame(doc: Article, m: re.Match) -> _Frame | None:
    text = doc.text
    cue_s, cue_e = m.span()
    sent_s, sent_e, _ = doc.sentence(cue_s)
    p_s, p_e = doc.para_span(cue_s)
    sent_s, sent_e = max(sent_s, p_s), min(max(sent_e, cue_e), p_e)
    if (cue_e - cue_s == 3 and text[cue_s:cue_e] == "say" and (after := _GAP_AFTER.match(text, cue_e, sent_e))
            and (before := _GAP_END.search(text, max(sent_s, cue_s - 8), cue_s))
            and lost_comma(text, *before.span(), sent_s, cue_s) and lost_comma(text, *after.span(), cue_e, sent_e)):
        return None  # "unlike  say  a stock", "deaths  say  by …" (PerSenT's lost commas): "say" is "for example"
    qi = bisect_right(doc.q_closes, cue_s) - 1
    limit_left = max(sent_s, doc.q_closes[qi] if qi >= 0 else 0)
    qn = bisect_left(doc.q_opens, cue_e)
    limit_right = min(sent_e, doc.q_opens[qn] if qn < len(doc.q_opens) else sent_e)
    if m.group("acc"):
        if text[cue_s] in "Pp" and (verb := _VERB_COMMA.search(text, max(0, cue_s - 30), cue_s)) and (
                verb.group(1).lower() in _VERBS):
            return None  # "Guccifer said, per a translator, that …": how the speaker's words came
        if _NEXT_CLAUSE.fullmatch(text, limit_left, cue_s):  # opening its sentence ("According to X  …")
            limit_right = _source_end(text, cue_e, limit_right)
        spk = doc.right_speaker(cue_e, limit_right)
        if spk is not None and spk.kind != "PERSON" and (
                (person := doc.right_speaker(cue_e, limit_right, modifiers=True)) is not None
                and person.kind in ("PERSON", "NAME") and spk.start < person.start <= spk.end + 1 < person.end):
            spk = person  # "according to Google spokesman Tom Becker", "according to United captain Sam Reed"
        if spk is None or spk.kind.startswith("NP_"):
            # "according to a report by the Safety Board": the name, not "a report"
            spk = _according_name(doc, cue_e, limit_right) or spk
        if spk is None:
            # "according to former Gov. Jim Hodges": a person after a few words.
            spk = doc.right_speaker(cue_e, limit_right, modifiers=True)
            spk = spk if spk is not None and spk.kind in PERSONLIKE else None
        if spk is None and (pron := _ACCORDING_PRONOUN.match(text, cue_e, limit_right)) is not None:
            # "According to him, the ferry will …" (Nigerian, Indian and Pakistani papers): whom it stands for.
            spk = Candidate(pron.start(1), pron.end(1), "PRON")
        if spk is None:
            # "according to data released Friday by regulators": the phrase is the source.
            np = _ACCORDING_NP.match(text, cue_e, limit_right)
            spk = Candidate(np.start(1), np.end(1), "NP_UNNAMED") if np else None
        desc = None
        if spk is not None and spk.kind in ("NP_ROLE", "NP_UNNAMED", "NP_ORG") and (
                comma := _COMMA_SPACE.match(text, spk.end)):
            # "According to Quill's lawyer, Tom Becker, the ferry …", "according to the company, Avalon Lines, …": the
            # name beside the phrase speaks, the phrase describes them
            person = doc.speaker_at(comma.end(), limit_right)
            if (person is not None and person.kind in ("PERSON", "NAME", "ORG") and person.start == comma.end()
                    and text.startswith(",", person.end)
                    and not (_APPOSITION_NEXT.match(text, person.end + 1)
                             and not _WORDS.search(text, limit_left, cue_s))
                    and not doc.names_document(spk)):
                # (not the clause's subject and its description: "According to an FBI summary, Cheryl Mills, a top
                # Clinton aide, sent …")
                spk, desc = person, (cue_e + 1, comma.start())
        frame = _Frame(cue_s, cue_e, frozenset({"according"}), spk, inverted=True, desc=desc)
        frame.right = spk.end if spk else cue_e
        return frame
    if m.group("reportedly"):
        # "The FBI is reportedly making arrangements to …": what is reported, by no one the article names; the clause
        # needs its subject before the adverb, and a verb of speech after it makes its own frame ("reportedly said")
        opening = _REPORTED_CLAUSE.search(text, limit_left, cue_s)
        verb = _VERB_NEXT.match(text, cue_e)
        if ((verb and "after" not in cue_classes().get(verb.group().strip().lower(), frozenset()))
                or not _WORDS.search(text, opening.end(), cue_s)
                or _ANY_CUE_VERB.search(text, opening.end(), cue_s) or _RELATIVE_OPENING.match(text, opening.end())
                or _CLOSING_FRAME.search(text, cue_e, sent_e)):
            # (nor inside words a verb of speech reports, "Tarn said he was reportedly unhappy", or a frame after
            # them, "The levy is reportedly dead, officials said.", nor in a relative clause set off by a comma,
            # "For the president, who reportedly has been itching …"; a verb that frames only the quotation closing
            # right before it makes no frame here: "A revolt on the floor reportedly began shortly after …")
            return None
        frame = _Frame(cue_s, cue_e, frozenset({"reportedly"}), None, inverted=True,
                       opening=_skip_space(text, opening.end(), cue_s))
        frame.right = cue_e
        return frame
    if m.group("hearing"):
        # "The jury heard that …", "…, Carrowby Crown Court heard.": what was heard, after "that" or "how" or in the
        # clause the hearing closes, is reported by no one named, to the hearing; the cue runs from the hearing's name
        # (the clause's words end before it)
        lead = _HEARING_NAME.search(text, max(limit_left, cue_s - 40), cue_s).start()
        heard = _HEARING_CLAUSE.match(text, cue_e)
        if heard and heard.group("that") and not (_clause_follows(text, heard.end(), limit_right)
                                                  or _HEARD_THAT_CLAUSE.match(text, heard.end(), limit_right)):
            return None
        if not (heard or (_HEARING_CLOSES.match(text, cue_e)
                          and _COMMA_END.search(text, max(limit_left, lead - 4), lead))):
            return None
        return _Frame(lead, cue_e, _SPEECH, None, right=cue_e, unnamed=True, addressee=text[lead:m.end("hearing_noun")])
    if m.group("poll") or m.group("poll_end"):
        np = "poll_np" if m.group("poll") else "poll_end_np"
        spk = Candidate(m.start(np), m.end(np), "NP_UNNAMED")
        # (the poll's "in" after its clause is no verb a participle after it hangs on: "Despite his standing in the
        # polls, Quill had a reply ready, reminding voters …" is Quill's)
        closing = bool(m.group("poll_end"))
        frame = _Frame(cue_s, cue_e, frozenset({"according"}), spk, inverted=True, noun=closing, closing=closing)
        frame.right = spk.end
        return frame
    if (m.group("noun") or m.group("verb") in _CLAIM_NOUNS) and (
            owner := _owner(doc, limit_left, cue_s, cue_e, limit_right)) is not None:
        # "dismissed Quill's claim that the pier was unsafe", "over his warning that fares would rise": the
        # possessor's words (a verb form that is no noun here goes on as a verb: "Quill claims that …")
        return _Frame(cue_s, cue_e, _SPEECH, owner[0], right=owner[1], noun=True)
    if m.group("noun"):
        return None
    verb = _verb_of(m)
    facts = _VERBS[verb]
    classes, participle, noun_like = facts.classes, facts.participle, facts.noun_like
    if "naming" in facts.flags and _naming(text, max(limit_left, cue_s - 60), cue_s, cue_e):
        return None
    if verb in _CALL_FORMS and _CALL_NO_WORDS.match(text, cue_e):
        return None
    if verb in _CALL_ON and limit_right == sent_e and not _CALLED_ON_TO.match(text, cue_e, limit_right):
        # "called on Quill at home", "was not called on": a visit or a turn to speak, no demand (a quotation after
        # it is what was called for: "called on the board “to act now”")
        return None
    if _uncited(text, verb, max(limit_left, cue_s - 40), cue_s):
        # "a chorus of calls for his exit", "his plan calls for": a verb of an object alone (a speech act)
        facts = _VERBS[verb]._replace(classes=_OBJECT_ONLY, object_only=True)
        classes = facts.classes
    if "belief" in classes and _REASON_AFTER.match(text, cue_e):
        return None  # "are concerned because …", "are concerned enough that they …": a reason or a degree, no belief
    if "regard" in classes and not _REGARDED_AS.match(text, cue_e, limit_right):
        return None  # "saw a drop in sales", "will see “gates that cannot close”": no stance, no frame of a quote
    if "after_document" in facts.flags and not _DOCUMENT_STATES.search(text, max(limit_left, cue_s - 24), cue_s):
        return None  # "the complaint states", "the report states"; not "United States", "many states"
    if ("read_document" in facts.flags and _DOCUMENT_READ.search(text, max(limit_left, cue_s - 24), cue_s)
            and _READ_BY.match(text, cue_e, limit_right)):
        return None  # "said in a statement read by his daughter": who voiced the document; the frame is "said"
    if verb.startswith("charg") and _PRICE_AFTER.match(text, cue_e, limit_right):
        return None  # "charged a $100,000 initiation fee", "charged his campaign for rent": a price, no accusation
    if "reflexive_no_words" in facts.flags and _REFLEXIVE_AFTER.match(text, cue_e):
        return None  # "found himself in a tight race", "asserted itself": where one is, not what one thinks
    if verb in _MODIFIED_NOUN and _MODIFIED_NOUN[verb].match(text, cue_e):
        return None  # "60 pledged delegates were at stake": an adjective, no one pledging
    if _CONTINUE.match(verb) and (goes_on := _GOES_ON.match(text, cue_e)) and goes_on.group(1) not in _VERBS:
        return None  # "Quill will continue to be “a champion …”": what goes on is no words
    if verb.startswith(("writ", "wrote")) and (_WRITE_NO_WORDS.match(text, cue_e) or (
            verb == "written" and _WRITTEN_BY.match(text, cue_e) and _COMMA_END.search(text, limit_left, cue_s))):
        return None  # "the committee has written off efforts", "a fantasy, written by the Coens": no words written
    if verb.endswith(" that") and not _CLAUSE_AFTER_THAT.match(text, cue_e, limit_right):
        return None  # "submitted that report in May": "that" is the noun's determiner, and no clause follows
    if verb.startswith("advis") and not _ADVICE_GIVEN.match(text, cue_e, sent_e):
        return None  # "an economist who has advised Mrs. Clinton": a client, no advice reported
    if "may_advice" in facts.flags and _MAY_BEFORE.search(text, max(limit_left, cue_s - 12), cue_s):
        return None  # "Trump may want to check his stats": the writer's advice, not Trump's wish
    if text.find("sk", max(limit_left, cue_s - 90), cue_s) >= 0 and _ASKED_IF_BEFORE.search(
            text, max(limit_left, cue_s - 90), cue_s):
        return None  # "Asked if he thought the levy fair, Quill said …": the question put to Quill, not Quill's words
    if verb.startswith("show") and (_OFF_AFTER.match(text, cue_e) or (
            verb in ("show", "shows") and _SHOW_KIND_BEFORE.search(text, max(limit_left, cue_s - 16), cue_s))):
        return None  # "showed off the hat", "showed up in a beret", "television shows and movies": no words shown
    if (verb in ("find", "finds", "finding", "found") and _THING_FOUND.match(text, cue_e)
            and not _STUDY_BEFORE.search(text, max(limit_left, cue_s - 60), cue_s)):
        # "could not find a new sponsor", "find a way to the nomination": a thing sought, no words (a poll's finding
        # is: "A Millennial Poll finds an emerging generation that is …")
        return None
    if (verb == "find" and _BARE_THING_AFTER.match(text, cue_e)
            and _MODAL_BEFORE.search(text, max(limit_left, cue_s - 16), cue_s)):
        return None
    if (noun_like or facts.plural_noun or verb in _COMPOUND_NOUN_FORMS) and _FINITE_CUE_AFTER.match(text, cue_e):
        return None  # "One report says …", "his remarks suggested …": the noun, subject of the verb after it
    if participle and _QUOTED_WORD.search(text, max(limit_left, cue_s - 100), cue_s):
        # "Braynard is quoted as saying", "was quoted by the state news agency as calling the deal
        # …", "was reported as saying", "was cited as saying" (as wires write it)
        passive = _QUOTED_AS.search(text, max(limit_left, cue_s - 100), cue_s)
    elif participle or facts.past:
        # "Quill was heard telling aides that …", "Quill is understood to have told colleagues …" (as British papers
        # write what they learnt from others)
        passive = (_PERCEIVED_AS if participle else _UNDERSTOOD_TO).search(text, max(limit_left, cue_s - 70), cue_s)
    else:
        passive = None
    if passive:
        # The participle reports the words of the passive's subject, not of a clause before a comma; the cue runs
        # from the auxiliary.
        finite = facts._replace(participle=False, past=True)
        left = _left_subject(doc, limit_left, passive.start(), finite)
        if left is None:
            return None
        frame = _Frame(cue_s, cue_e, classes, left[0], desc=left[1], right=cue_e, lead=passive.start())
        if facts.addressed:
            frame.addressee, frame.right = _addressee(doc, cue_e, limit_right, told=facts.told)
        elif passive.re is _QUOTED_AS and (by := _QUOTED_BY_AFTER.match(text, cue_e, limit_right)):
            frame.right = by.end()  # "…, Strannik was quoted as saying by the Interfax news agency on Monday."
        return frame
    if (not participle and text.endswith("to ", max(limit_left, cue_s - 3), cue_s)
            and (purpose := _PURPOSE_BEFORE.search(text, max(limit_left, cue_s - 80), cue_s))):
        # "Clinton took to Twitter to say …", "went on CNN to declare …": the subject of the verb
        # the purpose clause hangs on speaks; the cue runs from that verb.
        left = _left_subject(doc, limit_left, purpose.start(), facts._replace(past=True))
        if left:
            return _Frame(cue_s, cue_e, classes, left[0], desc=left[1], right=cue_e, lead=purpose.start())
    if facts.addressed and facts.past and (by := _AS_BY.match(text, cue_e, limit_right)):
        # "Asked by Matt Lauer whether …", "Quill, asked by a reporter if …", "was told by officials
        # that …": the agent after "by" speaks, to the one asked or told.
        spk = _agent(doc, by.end(), limit_right)
        if spk is not None and spk.kind != "PRON":
            return _Frame(cue_s, cue_e, classes, spk, right=spk.end, agent=True)
    if (verb in _REPORTED_BY and (by := _AS_BY.match(text, cue_e, limit_right))
            and (passive := _REPORTED_LEAD.search(text, max(limit_left, cue_s - 30), cue_s))
            and (spk := _agent(doc, by.end(), limit_right)) is not None and spk.kind != "PRON"):
        # "The meeting was first reported by Politico.", "Starr's remarks, first reported by The New York Times,
        # suggested …": the agent reported the passive's subject (_Extractor._content).
        lead = passive.start("aux") if passive.group("aux") else passive.end(0) - len(passive.group(0).lstrip(", "))
        return _Frame(cue_s, cue_e, classes, spk, right=spk.end, agent=True, lead=lead, reported=True)
    if (facts.past and "speech" in classes and _THAT_NEXT.match(text, cue_e)
            and (impersonal := _IMPERSONAL.search(text, max(limit_left, cue_s - 30), cue_s))):
        # "It was widely reported that …", "it's been reported that …", "It was said that …": reported by no one the
        # article names, as "reportedly" marks it (PolNeAR marks them with no source); the cue runs from "It"
        return _Frame(cue_s, cue_e, classes, None, right=cue_e, lead=impersonal.start(), unnamed=True)
    light = _LIGHT_VERB.search(text, max(limit_left, cue_s - 40), cue_s) if noun_like else None
    # "was asked" is passive, "is telling" is not: a progressive keeps its speaker.
    if ((not participle and _PASSIVE.search(text, max(limit_left, cue_s - 30), cue_s))
            or ((_NOUN_BEFORE.search(text, max(limit_left, cue_s - 40), cue_s)
                 # "a Twitter comment", "her latest remarks": a noun after its modifiers
                 or (noun_like and _NOUN_MODIFIED.search(text, max(limit_left, cue_s - 40), cue_s)))
                # (but "unveiled a detailed plan to …": the object of a verb of quotes_light_verbs.txt, framed below)
                and not light)
            # "Vargas’ question", "the mayor's remarks": after a possessive
            or _POSSESSOR_BEFORE.search(text, max(limit_left, cue_s - 6), cue_s)
            # "U.S. demands may be limited"; not a verb after a relative pronoun and its subject ("which officials said
            # will go into effect", "a move that the council hopes will end the row"; but "in which emails were kept")
            or ((noun_like or not facts.past) and _NOUN_AFTER.match(text, cue_e)
                # (not "…, which Democrats say could be aiding Mr. Sanders": a relative clause's frame,
                # on words of the sentence, not on a quote: '“…,” which Mozloom thinks will lead …')
                and not ((rel := _relative_before(text, max(limit_left, cue_s - 40), cue_s))
                         and _WORDS.search(text, limit_left, rel.start())
                         and (not noun_like or " " in text[rel.start():cue_s].strip())))
            # "Republican claims of “significant” errors": a noun before "of"
            or (noun_like and _OF_AFTER.match(text, cue_e))
            # "her 1,280 pledged delegates", "her lead in pledged delegates": a participle before its noun
            or (facts.past and _COUNT_BEFORE.search(text, max(limit_left, cue_s - 16), cue_s)
                and _PLURAL_AFTER.match(text, cue_e))
            # "over alleged money laundering": a participle after a preposition, whatever its noun
            or (verb.endswith("ed") and _ADJECTIVE_AFTER.search(text, max(limit_left, cue_s - 12), cue_s))):
        return None
    frame = _Frame(cue_s, cue_e, classes, right=cue_e, participle=participle, told=facts.told)
    # An aside or examples set off right before the verb end with the mark before it (a dash, a
    # comma, a parenthesis): before most verbs stands a word, and they are not searched for.
    mark = _mark_before(text, max(limit_left, cue_s - 240), cue_s)
    # An aside between the subject and the verb may hold a short quotation (a title, a fragment): where the last
    # quotation before the verb is one, the subject is looked for before it too.
    wide = limit_left
    if (qi >= 0 and limit_left == doc.q_closes[qi]
            and not _long_quote(text, doc.quotes[qi])):
        wide = max(sent_s, doc.q_closes[qi - 1] if qi > 0 else 0)
    # "Bo Tarn - who founded the group in 2004 - said": the subject before a relative clause set off
    # by dashes ('Trump - who previously said he would "bomb …" - said').
    dash_aside = _DASH_ASIDE_BEFORE.search(text, max(wide, cue_s - 240), cue_s) if mark in _DASHES else None
    left = _left_subject(doc, wide if dash_aside else limit_left, dash_aside.start(1) if dash_aside else cue_s, facts)
    if (left is not None and facts.past and "forecast" not in facts.flags
            and (negated := _PASSIVE_NOT.search(text, max(limit_left, cue_s - 30), cue_s))):
        # "Tyson was not asked to speak", "Respondents were also asked to pick", "Cruz was also endorsed": the subject
        # of a passive is the one spoken to or of, never the speaker (the plain passive makes no frame, above; with
        # "not" or "also" the row stays, PolNeAR marking some, with no one the article names)
        return _Frame(cue_s, cue_e, classes, None, right=cue_e, lead=negated.start(), unnamed=True)
    if (left is None and "manner" not in classes
            and (eager := _EAGER_TO.search(text, max(limit_left, cue_s - 40), cue_s))):
        # "Quill was quick to point out that …", "went so far as to say", "seemed to suggest": the subject of the
        # eagerness or the seeming (not of an act: "Fans were quick to react" reports no words)
        left = _left_subject(doc, limit_left, eager.start(), facts)
    if (left is None and verb.endswith("ing")
            and (aspect := _ASPECT_BEFORE.search(text, max(limit_left, cue_s - 30), cue_s))):
        # "Quill kept saying that …", "workers have begun urging …": the subject of the beginning or the keeping on
        left = _left_subject(doc, limit_left, aspect.start(), facts)
    if left is None and light:
        # "the board announced plans to …", data/quotes_light_verbs.txt: the subject of the verb whose object the
        # noun of words is
        left = _left_subject(doc, limit_left, light.start(), facts)
    if (left is None and "finding" in facts.flags and limit_left == sent_s
            and (evidence := _EVIDENCE_SUBJECT.match(text, limit_left, cue_s)) is not None
            and not _MAIN_CLAUSE_BREAK.search(text, evidence.end(), cue_s)):
        # "A Gazette poll released Saturday found that …", "Exit polls from the primary, which Quill won, showed that
        # …": the poll or record opening the sentence finds, however long the phrase after its noun
        left = (Candidate(evidence.start(1), evidence.end(1), "NP_UNNAMED"), None)
    if left is None and (caused := _CAUSED_TO.search(text, max(limit_left, cue_s - 80), cue_s)):
        # "The timing led Republicans to say that …", "The win led her to declare …": the ones led to it speak
        # (past a focus word: "This caused even Harbour News to admit …" is Harbour News's)
        lead = _EVEN_LEAD.match(text, caused.start("led"), caused.end("led"))
        led_s = lead.end() if lead else caused.start("led")
        led = doc.speaker_at(led_s, caused.end("led"))
        if led is None or led.end != caused.end("led"):
            kind = "PRON" if text[led_s:caused.end("led")] in _OBJECT_PRONOUNS else "NP_GENERIC"
            led = Candidate(led_s, caused.end("led"), kind)
        left = (led, None)
    if (left is not None and verb.lower() in _MEDIUM_PARTICIPLES and not text[left[0].end:cue_s].strip()
            and doc.names_document(left[0])
            and _IN_BEFORE.search(text, max(sent_s, left[0].start - 8), left[0].start)):
        return None  # "In a TikTok video posted late Saturday, she said …": the medium's participle, no frame
    if left is not None and _singular_before_base(text, left[0], cue_s, cue_e, sent_s):
        return None  # "a talk show host", "the TLC reality show", "a think tank", "the October report said"
    if left is None and (mark == "," or mark in _DASHES):
        left = _subject_before_examples(doc, limit_left, cue_s, facts)
    if (left is None and qi >= 0 and limit_left == doc.q_closes[qi] and _COMMA_ONLY.fullmatch(text, limit_left, cue_s)
            and (opened := _PARTICIPLE_ASIDE.search(text, max(sent_s, doc.quotes[qi].open - 80), doc.quotes[qi].open))):
        # "Mr. Manafort, citing “the unique magic of Trump,” said …": the subject before a participle's
        # aside that ends with a quotation.
        subj = doc.subject(sent_s, opened.start())
        left = (subj, None) if subj is not None else None
    if (left is None and wide < limit_left
            and (_TITLE_ASIDE_TAIL.fullmatch(text, limit_left, cue_s)
                 and _APPOSED_OPEN.search(text, wide, doc.quotes[qi].open)
                 or _ASIDE_GOES_ON.fullmatch(text, limit_left, cue_s)
                 and _ASIDE_OPEN.search(text, wide, doc.quotes[qi].open))):
        # 'Hemsley, the co-author of "Going Viral," said …': a title in quotation marks inside the description set
        # off by commas between the subject and the verb, or inside an aside going on after it.
        left = _left_subject(doc, wide, cue_s, facts)
    if left is None and (mark == ")" or mark in _DASHES) and (
            aside := _PAREN_BEFORE.search(text, max(wide, cue_s - 200), cue_s)
            or _DASHES_BEFORE.search(text, max(wide, cue_s - 200), cue_s)):
        # "Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says",
        # "Deborah Jordan Reynolds - Santilli's girlfriend and co-host - told": the subject before
        # a parenthesis or a description set off by dashes between it and the verb.
        left = _left_subject(doc, wide, aside.start(1), facts)
    if text.find("  ", max(limit_left, cue_s - 240), cue_s) >= 0 and (
            person := _person_before_gap_apposition(doc, limit_left, cue_s, left[0] if left else None)):
        left = person  # "Kevin Kuehnert  head of the SPD’s youth wing  argued" (PerSenT, its commas removed)
    if (left is not None and left[0].start > limit_left and text.startswith("  ", left[0].end)
            and (examples := _GAP_EXAMPLES.search(text, max(limit_left, cue_s - 160), cue_s)) is not None
            and left[0].start > examples.start()):
        # "Some exchanges  including Coinbase and BitMEX  said", "Others  like Bittrex  said" (PerSenT, its commas
        # removed): the subject before the examples two gaps set off speaks, as before their commas
        left = _subject_before_examples(doc, limit_left, cue_s, facts) or left
    lost = False  # the verb follows a comma a text stripped of its commas left as two spaces
    spoken = (not participle and "speech" in classes and not classes & {"object", "nominal"} and not facts.told
              and not _NAMING_VERB.match(verb))
    if (left is not None and spoken
            and (_inverted_after_aside(doc, left[0], cue_s, cue_e, sent_e, limit_right)
                 or (lost := _inverted_after_lost_comma(doc, left[0], cue_s, cue_e, sent_e, limit_right)))):
        left = None
    elif left is None and spoken:
        lost = _inverted_after_lost_comma(doc, None, cue_s, cue_e, sent_e, limit_right)
    as_by = None
    if left is None and _AS_BEFORE.fullmatch(text, limit_left, cue_s):
        as_by = _AS_BY.match(text, cue_e, limit_right)
    if as_by:
        # "As reported by Western Journalism, …": the agent after "by" is the source.
        spk = doc.right_speaker(as_by.end(), limit_right, modifiers=True)
        if spk is not None and spk.kind != "PRON":
            frame.spk, frame.inverted, frame.right = spk, True, spk.end
    elif left:
        frame.spk, frame.desc = left
        _joint_before(doc, frame, limit_left)
    else:
        # Inversion ("said Kevin Maher") follows a quote or a comma, never starts a clause; but "So", which points
        # back at the words before ("“…” So says the 81-year-old, who …").
        before = text[limit_left:cue_s].rstrip()
        opens = before in ("", "So")
        # Never "…,” told X": the person after "told" is the one spoken to.
        # Nor after a participle: in "…, adding that Ruiz left" Ruiz is in the reported clause.
        if ((opens or lost or before.endswith((",", *_CLOSING_MARKS)))
                and not facts.told and not participle):
            spk = doc.right_speaker(cue_e, limit_right, modifiers=True)
            if document := _INVERTED_DOCUMENT.match(text, cue_e):
                # (up to a gap of spaces before lower case, a comma a text stripped of its commas lost: "read a
                # statement from Lewis's family  given to …", PerSenT)
                gap = _GAP_BEFORE_LOWER.search(text, document.end(), limit_right)
                if issuer := _according_name(doc, cue_e, gap.start() if gap else limit_right):
                    spk = issuer  # the one the document is from, not a word of its phrase
            if lost:
                spk = _name_before_gap(doc, spk)
            if (spk is not None and (generic := _RIGHT_GENERIC.match(text, cue_e, limit_right))
                    and spk.start >= generic.end(1) and _RELATIVE_NEXT.match(text, generic.end(1))):
                # "…,” said a farmer who voted for Becker", "…,” begins a scripted message that precedes all Trump
                # rallies": the phrase before its relative clause speaks, never a name inside the clause
                spk = Candidate(generic.start(1), generic.end(1), "NP_GENERIC")
            if spk is not None and classes <= _OBJECT_VERB and spk.kind in ("PERSON", "NAME"):
                # "Ada Quill, star of “Harbour,” thanked Tom Becker for …", "…, endorsed Tom Becker in May": the person
                # a verb of an object names after it is the one thanked, praised, blamed or endorsed, never its speaker.
                spk = None
            if (spk is None and (opens or before.endswith(_CLOSING_MARKS))
                    and (generic := _RIGHT_GENERIC.match(text, cue_e, limit_right))):
                # "“…,” said the designer, who works …", "said the 46-year-old.": a determiner
                # phrase no list knows, ending the clause.
                spk = Candidate(generic.start(1), generic.end(1), "NP_GENERIC")
            elif (spk is not None and spk.kind == "NP_UNNAMED" and text[spk.start:spk.end].lower() in _QUANTIFIERS
                    and (generic := _RIGHT_GENERIC.match(text, cue_e, limit_right)) and generic.end(1) > spk.end):
                # "…, say some Democrats, who cringe …": the quantifier's phrase, not "some" alone.
                spk = Candidate(generic.start(1), generic.end(1), "NP_UNNAMED")
            owned = (_OWNER_THEN_NAME.match(text, spk.end, limit_right)
                     if spk is not None and not text[cue_e:spk.start].strip() else None)
            if owned:
                # "…,” said Clinton's introducer, actress Jamie Lee Curtis: the person named after
                # the role, not its possessor.
                named = doc.right_speaker(owned.end() - 1, limit_right, modifiers=True)
                spk = named if named is not None and named.kind in PERSONLIKE else spk
            if spk is not None and _NOUN_AFTER.match(text, spk.end) and (
                    spk.start > _skip_space(text, cue_e, spk.start) or spk.kind.startswith("NP_")):
                # "…, said the days of one paper are gone", "…,” said the pier was unsafe": the subject of
                # the reported clause (after words before it, or a phrase of no name), no inverted speaker
                spk = None
            if spk is not None and (spk.kind != "PRON"
                                    or (text[spk.start:spk.end].lower() in ("he", "she", "they")
                                        # '…,” said he.', never '…, said he and other rabbis were'
                                        and _CLAUSE_ENDS.match(text, spk.end))):
                frame.spk, frame.inverted, frame.right = spk, True, spk.end
                if spk.kind.startswith("NP_") and (pp := _INVERTED_PP.match(text, spk.end, limit_right)):
                    frame.right = pp.end()  # "…, said a spokesman for the council."
                _second_speaker(doc, frame, limit_right)
                if lost and (apposed := _GAP_DESC.match(text, frame.right, limit_right)):
                    # "…  said  Tressa Feher  chief of staff for the alderman.": the description up to the next gap
                    # or the clause's end, which the frame ends with
                    frame.desc, frame.right = apposed.span(1), apposed.end(1)
                if frame.desc is None:
                    frame.desc = _right_description(text, frame.right, limit_right)
            elif before.endswith(",") and (subj := doc.subject(sent_s, cue_s)) is not None and _WHO_AFTER.match(
                    text, subj.end, cue_s):
                # "Some voters who have listened to his speeches over the decades, on television or
                # at campaign events, said …": the subject a relative clause and an aside part from
                # the verb.
                frame.spk = subj
        elif _AND_BEFORE.search(text, max(sent_s, limit_left - 1, cue_s - 40), cue_s):
            # "ProPublica obtained a video and said ...": the subject of the first verb.
            subj = doc.subject(sent_s, cue_s, pronouns=True)
            if subj is None and "speech" in classes and (plural := _PLURAL_ROLE_OPENING.match(text, sent_s, cue_s)):
                # "The senators met on Friday and said …": a listed role's plural, no mention of its own (before a verb
                # of speech only: "All three candidates have said they would … and push for …" is no coordination)
                subj = Candidate(plural.start(1), plural.end(1), "NP_GENERIC")
            if subj is not None and subj.end < cue_s:
                frame.spk, frame.coordinated = subj, True
            elif subj is None and text[sent_s:cue_s].lstrip()[:1] in _QUOTE_OPENERS:
                # "“…,” Quill said at a briefing, and predicted: “…”": no subject opens the
                # sentence (a quote does); the speaker of the verb before (_Extractor.frame_at).
                frame.coordinated = True
    if facts.addressed and not frame.inverted:
        frame.addressee, frame.right = _addressee(doc, cue_e, limit_right, told=facts.told)
    return frame


# "a group called Citizens for Trump", "a play called “Los Hijos de Trump”", "the procedure sometimes
# called …": a thing named, after its noun (an indefinite one, or one with an adverb between); not after a relative
# pronoun ("a critic who called the restaurant “a disaster”" is what the critic called it).
_FINITE_AUXILIARIES = frozenset(word_list("finite_auxiliaries"))
_NAMING_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:who|that|which)\s)[\w-]+\s+){0,3}?"
                            r"(?P<noun>(?!(?:who|that|which)\s)[a-z][\w-]*)"
                            r"|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?P<noun2>[a-z][\w-]*),?\s+(?:sometimes|also|often|now|once|commonly|so)\s*,?)\s+$")
# (each word of the name whole, an abbreviation with its point, so that "Mr. Trump's comments" is not the name "Mr";
# not a day: "called Wednesday for …"; a comma ends it only before no description: "called Clinton, his rival, an …")
_NAME_WORD = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.|(?!(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\b)[A-Z][\w’'&-]++|\d+)"
_NAME_THEN_END = re.compile(
    rf"\s+(?:[“\"](?:[A-Z0-9][\w’'.&:!?-]*[ ,]*)+[”\"]"
    rf"|(?:the\s+)?(?!(?:{_WEEKDAYS})\b)(?=[A-Z]){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})"
    r"(?=\s*(?:[;:)!?]|\.(?!\w)|,(?!\s+(?:a|an|the|his|her|their|its|my|our|your)\b)|$)"
    r"|\s+(?:and|that|which|who|in|on|at|for|to|with|was|is|has|had|will)\b)")
_THE_AFTER = re.compile(r"\s+the(?=\s)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")  # a word in lower case after a closing quotation mark: the sentence goes on
# "quoted Wassim Bouhlel, a Nice native, as saying", "cited a government source as saying": the
# one quoted, a description set off by commas, then "as" and the participle of speech.
_AS_SAYING = re.compile(r"\s+([^,.;:!?“”\"\s][^,.;:!?“”\"]{0,80}?(?:,[^,.;:!?“”\"]{1,80},)?\s+as\s+"
                        r"(?:saying|telling|calling|describing|writing|warning|predicting)\b)")
_QUOTING = re.compile(r"quot|cit", re.I)
_QUOTED_PRONOUN = re.compile(r"\s+(him|her)\s+as\b")
# The rest of an unnamed source's or a role's phrase after an inverted verb, to the clause's end:
# "said a spokesman for the council.", "say officials at the port,"
# (or a relative clause of its own: "…, said a person who spoke on condition of anonymity.")
_INVERTED_PP = re.compile(r"\s+(?:for|of|at|with|from|in|on|who|whose)\s+[^,.;:!?“”\"()]{1,80}?"
                          r"(?=\s*(?:[,.;:!?]|$))")
# A document after an inverted verb, then who it is from: "“…,” read a statement from Quill's family,",
# "…, said a letter from the port authority." (the name after "from" or "by": _according_name)
_GAP_BEFORE_LOWER = re.compile(r"[ \t]{2,}(?=[a-z])")
_INVERTED_DOCUMENT = re.compile(rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(DOCUMENTS)})\s+(?:from|by)\s")
# A verb of going to a medium before a purpose clause of saying: "took to Twitter to", "went on CNN to".
_PURPOSE_BEFORE = re.compile(r"\b(?:(?:t[oa]ke[sn]?|took|taking|turn(?:s|ed|ing)?)\s+to"
                             r"|(?:went|go(?:es|ing)?|appear(?:s|ed|ing)?)\s+(?:on|before))"
                             r"\s+[^.,;:!?“”\"]{1,40}?\s+to\s+$")
_QUOTED_WORD = re.compile(r"\b(?:quoted|reported|cited)\b")
_QUOTED_AS = re.compile(r"(?:\b(?:(?:is|was|are|were)\s+|(?:has|have|had)\s+been\s+))?\b(?:quoted|reported|cited)\s+"
                        r"(?:(?:by|in)\s+[^,.;:!?“”\"]{1,60}?\s+)?as\s+$")
# The go-between after the participle ("was quoted as saying by the Interfax news agency", "in a local newspaper"), up
# to when or where it was said, a "that" or the clause's end: no words of the clause it reports.
_QUOTED_BY_AFTER = re.compile(r"\s+(?:by|in)\s+[^,.;:!?“”\"]{1,60}?(?=\s+(?:on|in|at|during|last|this|earlier|later"
                              r"|that)\b|\s*[,.;:!?]|\s*$)")
_PERCEIVED_AS = re.compile(r"\b(?:is|was|are|were|(?:(?:can|could|will|would|may|might|must|should)\s+)?be"
                           r"|(?:has|have|had)\s+been)\s+"
                           r"(?:heard|overheard|seen|caught|filmed|recorded|spotted)\s+"
                           # (and where: "was heard on a microphone telling", "could be seen on video saying")
                           r"(?:(?:on|in|at|during)\s+[^,.;:!?“”\"]{1,30}?\s+)?$")
# "It was widely reported", "it's been said": an impersonal passive of saying, before "that" (_THAT_NEXT).
_IMPERSONAL = re.compile(r"\b[Ii]t\s*(?:is|was|['’]s|(?:has|had|['’]s)\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?$")
_THAT_NEXT = re.compile(r"\s+that\b")
# A passive auxiliary with "not", "also" or "never" before a participle ("was not asked", "weren't disclosed", "is
# also endorsed"; _PASSIVE takes an -ly adverb only).
_PASSIVE_NOT = re.compile(rf"\b(?:(?:{_BE_FORMS})\s+(?:not|also|never)|(?:is|was|are|were)n[’']t)"
                          r"\s+(?:\w+ly\s+)?$", re.I)
_UNDERSTOOD_TO = re.compile(r"\b(?:is|was|are|were)\s+(?:understood|said|believed|reported|thought|known|alleged"
                            r"|rumou?red)\s+to\s+have\s+$")
_REFLEXIVE_AFTER = re.compile(r"\s+(?:my|your|him|her|it|our|them)sel(?:f|ves)\b")
_OFF_AFTER = re.compile(r"\s+(?:off|up(?!\s+to\s+[\d$£€]))\b")  # (a share shown is: "polls show up to 40 percent")
# What opens a description of the name after "According to X," that makes the name the clause's subject, not X's
# name: "a", "who" …, an age ("Tom Varley, 45, was"), or "the" and a phrase its comma and a verb close ("Caridad
# Gonzalez, the oldest sister, was the first …"; not "According to its lawyer, Ivo Brant, the ferry will …").
_APPOSITION_NEXT = re.compile(r"\s*(?:(?:a|an|who|which|one|former)\b|\d{1,3},"
                              r"|the\s+[^,;:.!?“”\"]{1,60},\s+(?:was|is|were|are|has|had|have|will|would)\b)", re.I)
_MAY_BEFORE = re.compile(r"\b(?:may|might)\s+(?:still\s+|also\s+|well\s+)?$", re.I)
# A question put to the verb's subject: "Asked if she believed …", "when asked whether he still wants …", "was asked
# Sunday whether  he  intended to …". (Not with the one asked between, "asked  her  if  she  believes that …", where
# the question's own row reads its words from "that" without it.)
_ASKED_IF_BEFORE = re.compile(
    rf"\b[Aa]sk(?:ed|ing|s)?\s+(?:(?:{_DAYS})\s+)?(?:if|whether)\s+"
    r"(?:[\w’'.-]+\s+){1,4}?"
    r"(?:(?:\w+ly|still|not|ever|had|has|have|would|could|will|did|does|do|was|were|is)\s+){0,2}$")
# (in lower case but "TV": "ABC News shows" is a poll's network, "the game shows that" a finding)
_SHOW_KIND_BEFORE = re.compile(r"\b(?:TV|television|talk|reality|news|radio|cable|morning|chat|cooking|comedy|quiz"
                               r"|cookery|variety)\s+$")
# What shows a finding ("polls show Clinton with a lead", "the video shows her clutching …"): after one, "show" reports
# a small clause; after anyone else only a clause ("Trump showed flashes of compassion" shows no words).
_STUDIES = (r"polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|research|data|audits?|reviews?|investigations?|inquiry"
            r"|findings")
_EVIDENCE_BEFORE = re.compile(
    rf"\b(?:{_STUDIES}|polling|videos?|footage|photos?|photographs?|images?|pictures?|records?|documents?|emails?"
    r"|e-mails?|figures|numbers|maps?|charts?|results|returns|markets|filings?|tally|count|statistics|models?"
    r"|forecasts?|complaints?|lawsuits?|letters?|memos?|affidavits?|indictments?|papers|transcripts?|logs?|tapes?"
    r"|recordings?|accounts)\b", re.I)
# A paragraph that is one quotation in single marks, maybe between dashes: "'A change warrior.'", "– ‘Who cares?’ –."
_CROSSHEAD = re.compile(r"\s*(?:[–—-]+\s*)?[‘'](?:[^‘’'\n]|(?<=\w)[’'](?=\w))+[’']\s*(?:[–—-]+\s*)?\.?\s*")
# A paragraph that is one quotation in capitals, "“DIVISIVE, STUPID AND WRONG”" (wire copy's crossheads set a speaker's
# words so): no lower-case letter, two capitals in a row.
_CAPS_CROSSHEAD = re.compile(r"\s*[“\"](?=[^a-z\n]*[A-Z]{2})[^a-z“”\"\n]+[”\"]\s*")
_STUDY_BEFORE = re.compile(rf"\b(?:{_STUDIES})\b", re.I)
# A poll or record opening the sentence of a verb of a finding (the class "finding" of data/quotes_cue_verbs.txt:
# show, find, suggest, indicate, reveal) as its subject (not after a quotation: '… had “astonishingly excellent”
# results in his latest exam, shows' is the man's): a noun of _EVIDENCE_BEFORE within its first seven words, no mark,
# function word or article after the first word before it ("He cited polling", "Clinton's campaign sent out an email"
# are a subject, a verb and its object), no name after it ("The Media Research Center"), and no clause of its own
# between it and the verb.
_EVIDENCE_SUBJECT = re.compile(
    rf"[\s“\"]*(?:(?:And|But|Yet)\s+)?((?:(?!{_SUBJECT_STOP})[\w’'./&-]+\s+"
    rf"(?:(?!{_SUBJECT_STOP}|(?i:an?|the)\b)[\w’'./&-]+\s+){{0,5}}?)?(?i:{_EVIDENCE_BEFORE.pattern})(?!\s+[A-Z]))")
_MAIN_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|and|or|yet|so|while|although)\s")
# What is sought and found, no finding: "a way", "a job", "their way into", "common ground", "anyone to play"
# (not a share a poll finds: "finds a majority of voters back …").
_THING_FOUND = re.compile(r"\s+(?:an?\s+(?!(?:majority|plurality|minority|third|quarter|half|\d)\b)|ways?\b"
                          r"|(?:its|their|his|her|our|my)\s+way\b|common\s+ground\b|comfort\b|anyone\b|someone\b)",
                          re.I)
# "can't find jobs", "struggling to find good jobs", "will find very little sympathy": "find" after a modal or "to" and
# a bare noun phrase in lower case is a thing sought or met, no finding (a judgement has a determiner or a pronoun and
# its complement: "may find the plan appealing", "would find it offensive"; an inquiry "could find no evidence that").
# "charged a $100,000 initiation fee", "has charged more than that", "charges between $20,000 and $30,000": a price
# asked, no accusation (a sum before "with" or "that" is the charge's: "charged him with stealing $5,000").
_PRICE_AFTER = re.compile(r"\s+(?:(?:(?!with\b|that\b)[^,.;:!?“”\"\s]+\s+){0,4}?)"
                          rf"(?:[$£€]|\d[\d,.]*\s+(?:dollars|cents|pounds|euros)\b|(?:more|less)\s+than\b"
                          rf"|(?:{alternation(words('price_nouns'))})\b)", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:can|could|cannot|will|would|may|might|must|to|\w+n['’]t)\s+(?:\w+ly\s+)?$", re.I)
_BARE_THING_AFTER = re.compile(rf"\s+(?!(?:{_DETERMINER_WORD}|{_OBJECT_PRONOUN}|it|you|no|out)\b)[a-z]")
_NAMING_NOT_AFTER = re.compile(r"\s+(?:on|upon|for|off|up|in|out|back|it|him|her|them|\w+sel(?:f|ves))\b")
# A form of the class "after_document" (data/quotes_cue_verbs.txt: "states") reports words only after a document's
# noun ("…, the complaint states.", "The lawsuit states that …"): the form is as often the plural of a noun ("the
# United States", "many states").
_STATING_NOUNS = DOCUMENTS | frozenset("complaint indictment lawsuit suit affidavit petition motion ruling order document "
                                       "warrant policy law bill contract agreement website notice platform".split())
_DOCUMENT_STATES = re.compile(rf"\b(?:{alternation(sorted(_STATING_NOUNS))})\s+$", re.I)
# A form of the class "read_document" ("read") right after a document's noun and before "by" and who read it ("said in
# a statement read by his solicitor", "a victim statement read to the court by the prosecutor"): a participle of the
# document's, naming only whose voice it came in, no frame of its own ("The statement read: “…”" stays one).
_DOCUMENT_READ = re.compile(rf"\b(?:{alternation(sorted(DOCUMENTS))})\s+$", re.I)
_READ_BY = re.compile(r"(?:\s+[^\s,.;:!?“”\"]+){0,4}?\s+by\s")
# Who gave out a document, set off beside it: "A statement, signed by Ada Quill, said".
_SIGNED_BY = re.compile(r"(?:signed|issued|released|written|sent|posted)\s+(?:\w+ly\s+)?by\b")
_CALL_FORMS = ("call", "calls", "called", "calling")  # the forms of "call", and with "on" of "call on"
# "called her to say …", "called Sanders shortly after the polls closed", "called a donor to ask for money",
# "called off the deal": a telephone call (one called, then a purpose, a time or the clause's end) or a phrasal
# verb, no words ("called him a liar", "called Trump “unhinged”" name what one called someone).
_CALL_NO_WORDS = re.compile(
    r"\s+(?:(?:off|up|back|around|round|in)\b"
    rf"|(?:(?:{_OBJECT_PRONOUN}|you|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}})\s+"
    rf"(?:at|after|before|during|from|earlier|later|shortly|last|again|back|twice|repeatedly|{_WEEKDAYS})\b"
    rf"|(?:{_OBJECT_PRONOUN}|you|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}}"
    r"|(?:a|an|the|his|her|their|both|several|some|all|two|three)\s+[a-z][\w-]*)"
    rf"\s+(?:to\s+(?!be\b)[a-z]+|and|{_WEEKDAYS})\b|(?:{_OBJECT_PRONOUN})\s*[.;]))")
# "called a snap election for March", "called the meeting partly to …": an event convened
# (data/quotes_convened_nouns.txt), a speech act, no words (a row only with speech_acts, as PolNeAR marks it); not
# "called the election for Trump" (a result declared), "called the vote a sham", "called the debate rigged".
_CALL_CONVENED = re.compile(
    rf"\s+(?:(?P<a>an?)|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(word_list('convened_nouns'))})"
    r"(?=\s*(?:[.,;:!?—–]|$)|\s+(?:on|in|at|to|after|over|following|amid|before|partly|last|this|next"
    r"|(?(a)for|(?!)))\b)")

# "called on Congress to act", "calls on all nations - rich and poor - to cut emissions": a demand, as "urged … to",
# where a "to" and a verb follow the ones called on in the clause.
_CALL_ON = frozenset(f"{form} on" for form in _CALL_FORMS)
# "called for Sinn Fein, the IRA's political wing, to be expelled": the ones called for and what they are to do, as
# after "called on", over a phrase set off by commas.
_CALL_FOR = frozenset(f"{form} for" for form in _CALL_FORMS)
# (a phrase of up to ten words, no conjunction of a clause or relative pronoun among them, and one phrase set off by
# commas at most, then "to" and a verb: not a later "to" of a clause of its own, "called for a boycott after Cook
# refused to help")
_CALLED_FOR_TO = re.compile(
    r"\s+(?:(?!(?:after|before|because|while|when|since|until|as|if|who|whom|whose|which|that|and|but)\b)"
    r"[^.;:!?\n,\s]+(?:,\s+[^.;:!?\n,]{1,60},)?\s+){1,10}?(?:not\s+)?to\s+"
    rf"(?!(?:{_DETERMINER_WORD})\b)[a-z]")
# The subject before a form of the class "cited_after_name" (data/quotes_cue_verbs.txt: "calls for") that makes it
# the verb of a demand cited: "he", "she", "it" or a word in capitals ("Quill calls for a ban", "He calls for $1
# trillion", "Obama/Clinton calls for", "renewed Republican calls for", as PolNeAR marks them); after any other word
# "calls" is mostly the plural noun ("a chorus of calls for", "-- and calls for", "growing calls for", "robo-calls
# for"), and after a common noun its subject mostly a document the row cannot name ("his plan calls for", "A letter to
# platform committee members calls for": no speaker or the wrong one).
_CITING_SUBJECT_BEFORE = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t)|(?<![\w’'.-])[A-Z][\w’'.-]*)\s+$")
_OBJECT_ONLY = frozenset({"object"})


def _uncited(text: str, verb: str, lo: int, cue_s: int) -> bool:
    """Whether the cue ``verb`` at ``cue_s``, a form of the class "cited_after_name", cites nothing: no subject of
    _CITING_SUBJECT_BEFORE before it. Then the cue is read as a verb of an object alone (its "object" class only: rows
    only with speech_acts), not a "cited" one."""
    return "cited_after_name" in _VERBS[verb].flags and not _CITING_SUBJECT_BEFORE.search(text, lo, cue_s)


_CALLED_ON_TO = re.compile(r"\s+[^.;:!?\n]{1,160}?\s(?:not\s+)?to\s+"
                           rf"(?!(?:{_DETERMINER_WORD})\b)[a-z]")

# The opening of the clause "reportedly" is in: after the last mark or conjunction opening a clause before it, else the
# sentence's start or the quotation closing last before it (where ``search`` starts; not after "and", "who", "that":
# "Both Google and Facebook have reportedly looked", "The woman who received the photos has reportedly been
# chatting"), and its end, the first mark after it; a comma inside a number opens none ("12,500 fishermen have
# reportedly left").
_REPORTED_CLAUSE = re.compile(r"(?:.*(?:(?<!\d),|,(?!\d)|[;:—–(]|\s-|\b(?:but|while|although|though|because|as)\b))?",
                              re.S)
_REPORTED_END = re.compile(r"[,;:—–(]\s|\s-\s")
_RELATIVE_WORD = r"(?:who|whom|whose|which)\b"
_RELATIVE_OPENING = re.compile(rf"\s*{_RELATIVE_WORD}", re.I)
_RELATIVE_AFTER_QUOTE = re.compile(r"\s+(?:that|which|who)\b")
_VERB_NEXT = re.compile(rf"\s+(?:{_CUE_WORDS})\b")
_ANY_CUE_VERB = re.compile(rf"\b(?:{_CUE_WORDS})\b")
# A frame closing the sentence after a comma ("The levy is reportedly dead, officials said."): the clause is theirs;
# not a relative clause or a participle phrase after the comma (", which could help boost Tarn's support", ", putting
# those who support him …").
_CLOSING_FRAME = re.compile(rf",\s+(?!{_RELATIVE_WORD}|(?!according\b)[a-z]+ing\b)"
                            rf"(?:[\w.’'-]+\s+){{0,5}}?(?:{_CUE_WORDS}|according\s+to)\b")


# "according to a statement from the Port Authority", "a report released Friday by the Safety Board":
# the name a document comes from; not a go-between's ("a copy of the letter reviewed by The Post").
_FROM_NAME = re.compile(r"\s(?:from|(?P<by>by))\s+(?P<the>the\s+)?(?=\w)")
_GO_BETWEEN = re.compile(r"(?:reviewed|obtained|seen|viewed|provided|given|shared|leaked|acquired|reported)"
                         r"(?:\s+\w+ly)?$")
# The document or finding right before "from"/"by" ("a statement from", "data released Friday by", "a tally by"):
# not "records of travel from the governor’s office", whose "from" says what the records are of.
_FINDINGS = (*DOCUMENTS, "data", "records", "documents", "figures", "analysis", "study", "survey", "poll", "tally",
             "count", "estimates", "reports", "statements", "findings", "polling")
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{alternation(_FINDINGS)})(?:\s+(?:released|issued|published|compiled|conducted"
                              r"|prepared|commissioned)(?:\s+(?:on\s+)?[A-Z]?[a-z]+)?|\s+[A-Z]?[a-z]+)?$")
_THE_NAME = re.compile(r"\s+[Tt]he(?=\s)")
# A source its owner's name opens ("Quill's spokesperson", "the council's lawyer"): an unnamed source's noun after it.
_OWNED_SOURCE = re.compile(rf"(?:[Tt]he\s+)?[^\s'’]+['’]s?\s+(?:[a-z-]+\s+)?(?:{alternation(words('unnamed_nouns'))})$")


def _source_end(text: str, cue_e: int, limit: int) -> int:
    """Where the source's phrase after "according to" (ending at ``cue_e``) opening its sentence may end: in a text
    stripped of its commas (PerSenT), at the first gap of two spaces or more a lost comma left after its first word
    ("According to the Times  Weinstein  one of …  invited": not "Times  Weinstein" read as one name, nor the phrase
    run to the sentence's end), not a gap after a preposition or a determiner (the padding of a name the phrase holds:
    "a statement from  Tarn 's office"); ``limit`` where there is none, or where a comma follows. (Inside a sentence
    such a gap may end the words before the phrase instead, or pad a pronoun inside it: "behaviorists who studied  his
    life".)"""
    if "," in text[cue_e:limit]:
        return limit  # (a text that kept its commas: "According to the exit polls  in New Hampshire, 24% …")
    for gap in _GAP.finditer(text, _skip_space(text, cue_e, limit), limit):
        if text[max(cue_e, gap.start() - 20):gap.start()].split()[-1].lower() not in _NOT_BEFORE_SUBJECT:
            return gap.start()
    return limit


def _according_name(doc: Article, cue_e: int, limit: int) -> Candidate | None:
    """The organisation or person that the phrase after "according to" names as the source,
    where the name ends the phrase: after "the" ("according to The Avalon Herald", "the AP"), or
    after "from" or "by" (the name a document comes from, above)."""
    text = doc.text
    np = _ACCORDING_NP.match(text, cue_e, limit)
    if np is None:
        return None
    s, e = np.span(1)
    the = _THE_NAME.match(text, cue_e, e)
    starts = [the.end()] if the else []
    if ((by := _FROM_NAME.search(text, s, e)) and _DOCUMENT_BEFORE.search(text, s, by.start())
            and not (by.group("by") and _GO_BETWEEN.search(text, s, by.start()))):
        starts.append(by.end() - 1)  # the name after "the" ("by the Associated Press")
        if by.group("the"):
            starts.append(by.start("the") - 1)  # the phrase with it ("from the port authority")
    else:
        by = None
    for at in starts:
        name = doc.right_speaker(at, e)
        # (after "from" or "by" also an organisation no name gives, "a statement from the port authority", and an
        # owner's spokesman or lawyer, "a statement from Quill's spokesperson": the one who speaks for Quill)
        if name is not None and name.end == e and (name.kind in _NAME_KINDS or (
                by is not None and at >= by.start() and (name.kind == "NP_ORG" or _OWNED_SOURCE.match(
                    text, name.start, name.end)))):
            return name
    return None


def _naming(text: str, lo: int, cue_s: int, cue_e: int) -> bool:
    """Whether a form of the class "naming" ("called") at ``cue_s`` names a thing ("a company called Sansun USA")
    rather than reports what someone called something: after the noun of a thing (not a person's role or an
    unnamed source's noun), and not "called on"/"called for"/"called it"."""
    if _NAMING_NOT_AFTER.match(text, cue_e):
        return False
    m = _NAMING_BEFORE.search(text, lo, cue_s)
    # (not after an auxiliary, which makes "called" finite: "a state engineer had called the dam “…”")
    if m is not None and HEAD_KIND.get((noun := (m.group("noun") or m.group("noun2")).lower())) not in (
            "role", "unnamed") and noun not in _FINITE_AUXILIARIES:
        return True
    # "the liberal donor club called Democracy Alliance, …", "a book called “Women Who Work” and", "The tablet, called
    # the Fold Air, will …": a name or a title in capitals after it (a name's "the" too), then the phrase ends, names a
    # thing whatever stands before: what someone calls something
    # is said of it after it ("called Trump a liar", "called the plan “reckless”"), not at the phrase's end
    return bool(_NAME_THEN_END.match(text, cue_e))


def _owner(doc: Article, limit_left: int, cue_s: int, cue_e: int, limit_right: int) -> tuple[Candidate, int] | None:
    """Who a noun of _CLAIM_NOUNS at ``cue_s``-``cue_e`` is of, and where its "that" clause opens, where the phrase is
    an object: the possessor right before it (one word may stand between: "Trump's false claims"), the candidate
    ending at its "'s" or "his" or "her" as a pronoun; else the agent after "by" ("claims by intelligence agencies
    that …"); None where neither stands there or no "that" follows. After "is" or "was" ("Rubio's response was that
    …") the possessor's clause opens after the copula, the phrase a subject or an object."""
    text = doc.text
    own = _OWNER_BEFORE.search(text, max(limit_left, cue_s - 40), cue_s)
    best: Candidate | None = None
    right = cue_e
    copula = _COPULA_THAT.match(text, cue_e, limit_right)
    if copula is not None:
        right = copula.end()
    if own is not None and own.group("pron"):
        best = Candidate(own.start("pron"), own.end("pron"), "PRON")
    elif own is not None:
        # (the longest phrase ending there: "Ada Quill", not "Quill")
        i = bisect_right(doc.cand_ends, own.start()) - 1
        while i >= 0 and doc.cands[i].end == own.start():
            if doc.cands[i].start >= limit_left and (best is None or doc.cands[i].start < best.start):
                best = doc.cands[i]
            i -= 1
    elif copula is None and (by := _AS_BY.match(text, cue_e, limit_right)) is not None:
        best = _agent(doc, by.end(), limit_right)
        right = best.end if best is not None else right
    if (best is None or (best.kind == "PRON" and right > cue_e and copula is None)
            or not _THAT_CLAUSE.match(text, right, limit_right)):
        return None
    if copula is not None:
        return best, right  # "Rubio's response was that …": his words, the phrase a subject or not
    start = min(best.start, cue_s)
    # The noun phrase must be the object of a verb or a preposition: as a clause's subject ("Quill's claim that the
    # pier was unsafe drew scorn") its words end at a verb no pattern finds; and a verb of saying before it
    # reports the same words itself ("repeated his claim that …", "said in her opening remarks that …"), where a
    # verb of an object does not ("dismissed Quill's claim that …").
    words = _WORDS_BEFORE.search(text, max(limit_left, start - 30), start)
    if words is None:
        return None
    verb = words.group(1) if words.group(2) == "in" else words.group(2)
    return None if verb in _VERBS and not _VERBS[verb].object_only else (best, right)


def _verb_of(m: re.Match) -> str:
    """The cue verb a match of :data:`_CUE` found, as :data:`_VERBS` knows it ("Said" -> "said", "are not
    convinced" -> "are convinced")."""
    verb = m.group("verb")
    return _verb_form(verb) if verb else (m.group("opening") or m.group("capital")).lower()


@lru_cache(maxsize=4096)
def _verb_form(verb: str) -> str:
    """The verb group of a cue without the words of a stance's gap ("are not convinced" -> "are convinced"),
    kept per form: each cue's is asked for several times, and the forms repeat from article to article."""
    return _STANCE_GAP_WORDS.sub(" ", verb)


# An auxiliary before a verb, maybe with a negation or adverbs between: "had never intended", "has long argued".
_AUXILIARY_BEFORE = re.compile(r"\b(had|has|have|was|were|is|are|will|would|could|should|might|may|must|did|does|do)"
                               r"\s+(?:(?:not|never|also|\w+ly)\s+){0,2}$", re.I)


def _auxiliary(text: str, cue_s: int) -> str | None:
    """The auxiliary before the verb at ``cue_s`` (:data:`_AUXILIARY_BEFORE`), in lower case; None where there is
    none."""
    m = _AUXILIARY_BEFORE.search(text, max(0, cue_s - 40), cue_s)
    return m.group(1).lower() if m else None


def _tense(form: str) -> str:
    """A reporting verb form's inflection: "ing", "s" ("says"), "base" ("say") or "past"."""
    word = form.split()[0].lower()
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "base" if word in _BASES and not word.endswith("ed") else "past"


_MEDIUM_PARTICIPLES = frozenset("posted published released issued sent written tweeted shared uploaded broadcast aired "
                                "filed reported".split())
_IN_BEFORE = re.compile(r"\b(?:in|on|from|with|via|through)\s+$", re.I)
# Cue forms that are as often nouns of a compound ("a talk show", "a think tank", "the October report", "weaker
# demand"): the class "compound_noun" of data/quotes_cue_verbs.txt.
_COMPOUND_NOUN_FORMS = frozenset(verb for verb, facts in _VERBS.items() if "compound_noun" in facts.flags)
# A phrase after a preposition is its object ("heard directly from the Rubio campaign say").
_PP_OBJECT = re.compile(r"\b(?:in|on|at|during|into|from|with|without|through|under|over|since|until|after|before|by"
                        r"|for|of|to|about|against|among|between|around)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# The head of a phrase ends before these ("sources close to her campaign", "the star of the show").
_HEAD_END = frozenset("of in at for from with close familiar on to by who that which around over under across within "
                      "among inside outside near behind about".split())
# Heads without a final s that take a plural verb, and quantities ("a third say", "most believe").
_PLURAL_HEADS = frozenset("people police staff media data personnel clergy public majority minority youth folk men "
                          "women children cattle percent third quarter half fifth dozen most many some few all none "
                          "both several each any other others one two three four five six seven eight nine ten "
                          "hundred hundreds thousand million i you we they him her them us me it".split())
_AUX_WORDS = frozenset(word_list("aux_words"))
_COORDINATED = re.compile(r"\s(?:and|or|&)\s")
_QUANTITY_BEFORE = re.compile(r"(?:some|many|most|few|all|none|half|both|several|those|members|majority|much)"
                              r"\s+(?:of|in|within|among)[^.,;:!?]*$", re.I)
_AUX_BEFORE = re.compile(rf"(?:{AUXILIARIES}|why|how|what|when|where|would|could|did|does|do)\s+(?:\w+\s+){{0,3}}$",
                         re.I)


def _singular_before_base(text: str, spk: Candidate, cue_s: int, cue_e: int, sent_s: int) -> bool:
    """Whether a cue that is as often a noun (:data:`_COMPOUND_NOUN_FORMS`: "show", "think", "report") stands right
    after a phrase whose head is a singular common noun, so that it is no finite verb of that phrase but a
    noun of its own ("a talk show host", "the TLC reality show", "a progressive think tank", "the October
    report said"): not after an auxiliary or a modal ("the campaign would not report"), a quantity ("some in
    the crowd think"), a plural ("sources close to her campaign think", "the women report", "those surveyed
    think"), a coordination ("his focus groups and other research show"), nor in a question ("why would any
    rational person think")."""
    if (text[cue_s:cue_e].lower() not in _COMPOUND_NOUN_FORMS or text[spk.start:spk.end].strip() == ""
            or text[spk.end:cue_s].strip() or spk.kind == "PRON"):
        return False
    words = text[spk.start:spk.end].split()
    head = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _HEAD_END), len(words))
    word = words[head - 1].lower().strip(".,’'")
    lo = max(sent_s, spk.start - 40)
    if (not word.isalpha() or not words[head - 1][:1].islower() or word.endswith(("s", "ed")) or word in _PLURAL_HEADS
            or words[0].lower() in _HEAD_END or word in _AUX_WORDS or any(w[:1].isdigit() for w in words)
            or _COORDINATED.search(text, lo, spk.end) or _QUANTITY_BEFORE.search(text, lo, spk.start)
            or _AUX_BEFORE.search(text, max(sent_s, spk.start - 30), spk.start)
            or _PP_OBJECT.search(text, max(sent_s, spk.start - 16), spk.start)):
        return False
    return True


def _left_subject(doc: Article, limit_left: int, cue_s: int,
                  facts: _Verb) -> tuple[Candidate, tuple[int, int] | None] | None:
    """The speaker before a cue at ``cue_s``: a candidate (:meth:`Article.left_speaker`), else
    a determiner phrase before a verb in the past, else a noun phrase opening the clause."""
    text = doc.text
    # (across a relative clause only before a verb that is no noun: "who filed violence reports" is no frame)
    relative = not (facts.participle or facts.noun_like or facts.object_only) and (facts.past or not facts.plural_noun)
    left = doc.left_speaker(limit_left, cue_s, noun_like=facts.noun_like, relative=relative)
    if left is not None and _PREPOSITION_WHICH.match(text, left[0].end, cue_s):
        left = None  # "a memo in which a state engineer had called": the relative clause's own subject, not its noun's
    if left is None and facts.past:
        # Any determiner phrase right before a verb in the past (never a noun, unlike "call" in
        # "their first phone call"): "the admiral said", "one donor said".
        np = _GENERIC_NP.search(text, max(limit_left, cue_s - 60), cue_s)
        if np and _COORDINATED_PP.search(text, max(limit_left, np.start(1) - 24), np.start(1)):
            np = None  # "but in a later interview said": a coordinated verb's phrase of when or where, no subject
        if np:
            left = (Candidate(np.start(1), np.end(1), "NP_GENERIC"), None)
        else:
            # "The pilot, a veteran of the harbour, said": such a phrase opening its sentence, with
            # a description set off by commas before the verb
            np = _GENERIC_NP_APPOSED.search(text, max(limit_left, cue_s - 200), cue_s)
            if np and _CLAUSE_OPENING.fullmatch(text, limit_left, np.start(1)):
                left = (Candidate(np.start(1), np.end(1), "NP_GENERIC"), np.span("desc"))
    if left is None and not facts.noun_like and (
            not facts.participle or _PLURAL_PROGRESSIVE.search(text, max(limit_left, cue_s - 24), cue_s)):
        # Not after forms that are mostly nouns: "32 state committees", "his remarks".
        left = _clause_subject(text, limit_left, cue_s)
    return left


def _subject_before_examples(doc: Article, limit_left: int, cue_s: int,
                             facts: _Verb) -> tuple[Candidate, tuple[int, int] | None] | None:
    """ "Several candidates, including Trump, said", "Just over a quarter, 26 percent, say": the
    speaker before examples or a share set off right before the cue, or else the phrase before
    them where it opens its clause (twelve words at most, no mark inside, not a fronted phrase)."""
    text = doc.text
    examples = _EXAMPLES.search(text, max(limit_left, cue_s - 160), cue_s)
    if examples is None:
        return None
    left = _left_subject(doc, limit_left, examples.start(), facts)
    if left is not None:
        return left
    end = examples.start()
    start = _skip_space(text, limit_left, end)
    lead = _CONJ_LEAD.match(text, start, end)
    start = lead.end() if lead else start
    if (_words_upto(text, 13, start, end) <= 12 and not _PHRASE_BREAK.search(text, start, end)
            and not _fronted(text, start, end)):
        return Candidate(start, end, "NP_GENERIC"), None
    return None


def _clause_subject(text: str, lo: int, cue_s: int) -> tuple[Candidate, None] | None:
    """A noun phrase of content words that opens the clause of a verb, as the speaker no list
    knows: "Forecasters say", "three current and former Podesta employees said", "…, legal
    experts say", "six in 10 said". The phrase must start the sentence or follow a comma, colon,
    dash or a conjunction; anything else before it (a verb: "have no evidence to
    suggest") means the clause is not read right, and no speaker is better than a wrong one."""
    m = _SUBJECT_NP.search(text, runs_back(text, max(lo, cue_s - 80), cue_s, _SUBJECT_WORDS), cue_s)
    if m is not None and not _ADVERB.fullmatch(m.group(1).rsplit(None, 1)[-1]):
        start = m.start()
        approximate = _APPROXIMATE_COUNT.search(text, max(lo, start - 16), start)
        if approximate and _COUNT_START.match(m.group(1)):
            start = approximate.start()
        before = text[max(lo, start - 12):start].rstrip()
        if not (start - 12 > lo and not before) and (
                not before or before.endswith((",", ";", ":", "—", "–", "(", "“", "\""))
                or _AND_BUT_END.search(before) or _CONTRAST_END.search(before)):
            return Candidate(start, m.end(1), "NP_GENERIC"), None
    # With a prepositional phrase only where it opens the sentence (after a conjunction), within 24 characters of
    # ``lo``: tried at its first word and at the word after a conjunction opening it, where a search finds such a
    # match first (no match starts at a mark).
    start = runs_back(text, max(lo, cue_s - 120), cue_s, _SUBJECT_PP_WORDS)
    opening = _CONJ_OPENING.match(text, lo, cue_s)
    for pos in (opening.start(1), opening.end()) if opening.group(1) else (opening.end(),):
        if start <= pos <= lo + 24 and (m := _SUBJECT_NP_PP.match(text, pos, cue_s)) is not None:
            return Candidate(m.start(), m.end(1), "NP_GENERIC"), None
    return None


def _second_speaker(doc: Article, frame: _Frame, limit: int) -> None:
    """After an inverted speaker: "and Nick" makes a joint speaker; ", Priya Okafor" ending the
    clause after a title or a role ("said the Home Secretary, Priya Okafor.") names the speaker,
    and the title becomes the description."""
    spk, text = frame.spk, doc.text
    joint = _JOINT.match(text, spk.end, limit)
    if joint and spk.kind in PERSONLIKE:
        other = doc.right_speaker(joint.start() + len(joint.group().rstrip()), limit)
        if other is not None and other.kind in PERSONLIKE:
            frame.spk2, frame.right = other, other.end
        elif (others := _AND_OTHERS.match(text, spk.end, limit)) is not None:
            frame.right = others.end()  # "…, said Doyle and others, would be clear": the others with him
        return
    if spk.kind == "PERSON":
        return
    comma = _COMMA.match(text, spk.end, limit)
    if comma:
        # (the name's own words of a role may open it: "added her neighbour, fisherman Gilles Arsenault.")
        name = doc.right_speaker(comma.end(), limit, modifiers=True)
        if (name is not None and name.kind in ("PERSON", "NAME")
                and NAME_APPOSED.fullmatch(text, comma.end() - 1, name.start)
                and _APPOSITION_END.match(text, name.end, limit)):
            frame.desc = (spk.start, spk.end)
            frame.spk, frame.right = name, name.end


_BODIES = ("ORG", "PLACE")  # the kinds of mention of an organisation or a country that speaks


def _joint_before(doc: Article, frame: _Frame, limit: int) -> None:
    """ "Burton and Nick said": the person before "and" speaks too; "Halvorsen and her colleagues write": the
    person before "and" speaks with the ones a possessive pronoun says are theirs; "China and Valdoria pledged", "Holt
    Bank and Avalon Mutual said": two countries or organisations speak together (as wires write joint
    statements)."""
    spk = frame.spk
    bodies = spk.kind in _BODIES
    if spk.kind not in PERSONLIKE and not bodies and not (spk.kind in ("NP_UNNAMED", "NP_GENERIC")
                                                          and _THEIR_PEOPLE.match(doc.text, spk.start, spk.end)):
        _plural_subject(doc, frame, limit)
        return
    i = bisect_right(doc.cand_ends, spk.start) - 1
    while i >= 0 and doc.cands[i].end > spk.start - 40:
        c = doc.cands[i]
        i -= 1
        if c.start < limit or c.kind not in (_BODIES if bodies else PERSONLIKE):
            continue
        if _JOINT.fullmatch(doc.text, c.end, spk.start) and not _titled_pair(doc.text, c, spk):
            frame.spk2, frame.spk = spk, c
            _list_before(doc, frame, limit)
            return
        break
    _plural_subject(doc, frame, limit)


# The speakers two of which a plural subject may join: a name, a he, she or they, a noun phrase ("Clinton and the State
# Department have said", "She and her aides have vowed", "Xi and other leaders have said").
_PAIRED = (*PERSONLIKE, *_BODIES, "GROUP", "PRON", "NP_UNNAMED", "NP_ROLE", "NP_ORG", "NP_GENERIC")
_PAIRED_PRONOUNS = frozenset({"he", "she", "they"})
# A verb of one speaker between the pair and the end of its cue ("Quill and the council says" joins no two); no word
# of quotes_s_non_verbs.txt ("always", "this").
_SINGULAR_VERB = re.compile(
    rf"\b(?:is|was|has|does|(?!{alternation(word_list('s_non_verbs'))}\b)[a-z]+[^su'’\s]s)\b")
_POSSESSIVE_IN = re.compile(r"['’]s?\b")
# "Current and former officials said": words of tenure joined inside one group's phrase (sources.TENURE_WORDS).
_TENURE_PAIR = re.compile(rf"\b(?i:{alternation(TENURE_WORDS)})\s+and\s+"
                          rf"(?P<second>(?i:{alternation(TENURE_WORDS)})(?:\s+[\w'’-]+){{0,2}}\s+)?$")
# The cue's first word, where its verb's number shows ("say", "says"; not a noun after it: "expressed doubts").
_WORD_END = re.compile(r"[\w'’-]+")
# From the second of the pair to its verb: white space or a few words in lower case ("have", "also", "later").
_PAIR_TO_VERB = re.compile(r"(?:\s+[a-z]+){0,3}\s*")


def _titled_pair(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether "and" joins two titles of one person ("BlackRock Chairman and CEO Larry Fink", "Holt Bank president and
    chief executive Bo Tarn"): a role of the titles list ends the first phrase, which no determiner opens (two people:
    "the mayor and Councillor Bo Tarn"), and one opens the second."""
    words = text[first.start:first.end].split()
    opening = text[second.start:second.end].split(None, 1)[0]
    return (role_title(words[-1]) is not None and words[0].lower() not in DETERMINER_WORDS
            and role_title(opening) is not None)


# A noun phrase ending in a preposition and a name's first words ("officials of the Immigration").
_OF_A_NAME = re.compile(r"\b(?:of|for|at|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")


def _name_across_and(doc: Article, first: Candidate, second: Candidate) -> bool:
    """Whether "and" is inside one name the entity finder parted there ("The U.S. Immigration and Naturalization
    Service said", "officials of the Immigration and Naturalization Service said", "a spokesperson for the Parks and
    Recreation Department said"): a name no determiner opens after it, before it a phrase of no known kind ending in
    a capitalised word that is no person of the article (not "Babis and ANO endorsed") or a noun phrase ending in a
    preposition's capitalised object (not "The Naperville Police Department and Naperville Unit District 203")."""
    text = doc.text
    if not text[second.start].isupper():
        return False
    if first.kind == "MISC":
        return text[first.end - 1].isalpha() and doc.resolve(first)[0] not in doc.people()
    return first.kind.startswith("NP_") and _OF_A_NAME.search(text, first.start, first.end) is not None


def _tenure_group(doc: Article, frame: _Frame) -> bool:
    """Whether an unnamed or generic speaker is one group whose words of tenure "and" joins ("current and former
    officials said", "past and present crew members said"); if so, the speaker is widened to open at the first one."""
    spk, text = frame.spk, doc.text
    if spk.kind not in ("NP_UNNAMED", "NP_GENERIC"):
        return False
    before = text[max(0, spk.start - 48):spk.start]
    joined = before.rfind(" and ")
    if (joined > 0 and (before[:joined].rsplit(None, 1) or [""])[-1].lower() in TENURE_WORDS
            and (tenure := _TENURE_PAIR.search(text, max(0, spk.start - 48), spk.start)) is not None
            and (tenure.group("second") or text[spk.start:spk.end].split(None, 1)[0].lower() in TENURE_WORDS)):
        frame.spk = Candidate(tenure.start(), spk.end, spk.kind)
        return True
    return False


def _plural_subject(doc: Article, frame: _Frame, limit: int) -> None:
    """ "Clinton and the State Department have said", "She and her aides have vowed", "Xi and other leaders have said":
    a speaker of any kind joined by "and" to the one before the verb, where the pair (or the list it ends: "Ms.
    Toretti, Mrs. Rao and other bundlers said") opens the clause of the verb and the verb agrees with a plural, speaks
    with it (not "Quill and Marsh's spokesman said", whose spokesman speaks alone, nor two titles of one person)."""
    if _tenure_group(doc, frame):
        return
    spk, text = frame.spk, doc.text
    if "and" not in text[max(0, spk.start - 8):spk.start] and "and" not in text[spk.end:spk.end + 8]:
        return  # (most frames: no "and" beside the speaker)
    gap = text[spk.end:frame.cue_s].split()
    if (spk.kind not in _PAIRED or frame.spk2 is not None or frame.inverted or spk.end > frame.cue_s
            or any(_SINGULAR_VERB.fullmatch(w) for w in [*gap[-1:], _WORD_END.search(text, frame.cue_s).group()])
            or _POSSESSIVE_IN.search(text, spk.start, spk.end)):
        return
    sent_s = max(limit, doc.sentence(spk.start)[0])
    if (after := _AND.match(text, spk.end, frame.cue_s)) is not None:
        # "The mayor and two councillors said": the one after "and" ends the pair
        other = doc.speaker_at(after.end(), frame.cue_s)
        if (other is not None and other.kind in _PAIRED and other.kind != "PRON"
                and _PAIR_TO_VERB.fullmatch(text, other.end, frame.cue_s)
                and not _POSSESSIVE_IN.search(text, other.start, other.end) and not _titled_pair(text, spk, other)
                and not _name_across_and(doc, spk, other)
                and _opens_clause(doc, sent_s, spk)):
            frame.spk2 = other
        return
    if spk.kind == "PRON":
        return  # ("Quill and she said" is rare; "… and it said" joins a clause)
    i = bisect_right(doc.cand_ends, spk.start) - 1
    while i >= 0 and doc.cands[i].end > spk.start - 40:
        c = doc.cands[i]
        i -= 1
        if c.start < sent_s or c.kind not in _PAIRED or not _AND.fullmatch(text, c.end, spk.start):
            continue  # (not after a comma: "… a prison in Colorado, and a former official said" joins clauses)
        if c.kind == "PRON" and text[c.start:c.end].lower() not in _PAIRED_PRONOUNS:
            continue
        if _POSSESSIVE_IN.search(text, c.start, c.end) or _titled_pair(text, c, spk) or _name_across_and(doc, c, spk):
            continue
        frame.spk2, frame.spk = spk, c
        _list_before(doc, frame, sent_s)
        if _opens_clause(doc, sent_s, frame.spk):
            return
        frame.spk2, frame.spk, frame.spk_mid = None, spk, ()


# Before a subject of its clause: the start of the sentence, a fronted phrase's comma, a conjunction or "that", a verb
# of speech whose clause it opens ("said he and other leaders are planning"), "both" ("both Mrs. Clinton and her
# campaign had said").
_CLAUSE_BEFORE = re.compile(
    r"(?:^|[,;:—–(]|\b(?:[Tt]hat|[Ww]hile|[Ww]hen|[Bb]ecause|[Aa]nd|[Bb]ut|[Ss]o|[Aa]s|[Aa]fter|[Bb]efore|[Ss]ince"
    r"|[Uu]ntil|[Aa]lthough|[Tt]hough|[Ii]f|[Ww]here|said|says|say)|\b[Bb]oth)\s*$")


def _opens_clause(doc: Article, sent_s: int, c: Candidate) -> bool:
    """Whether ``c`` opens the clause it is the subject of: the subject of its sentence (:meth:`Article.subject`), or
    right after what opens a clause (_CLAUSE_BEFORE), not after a verb or a preposition ("told Quill and her aides",
    "with Quill and her aides")."""
    first = doc.subject(sent_s, c.end, pronouns=True, possessed=False, earliest=True)
    return (first is not None and first.start == c.start) or bool(
        _CLAUSE_BEFORE.search(doc.text, max(sent_s, c.start - 12), c.start))


# A comma between two names of a list ("Shearson, Merrill Lynch and Goldman Sachs"), or two spaces where a text
# stripped of its commas lost it ("CNN's Ada Quill  Bo Tarn and Piet Marsh report": the entity finder parts the names
# there); a preposition before a name that sets the scene ("In Washington, the State Department and the Pentagon
# said", "Besides China, Vietnam …").
_LIST_COMMA = re.compile(r"\s*,\s+|[ \t\u00a0]{2,}")
_LISTED = ("PERSON", "NAME", "ORG", "PLACE")
_SCENE_BEFORE = re.compile(r"\b(?:in|at|from|besides|beside|with|to|for|of|on|by|after|like|including|among)\s+$",
                           re.I)


def _list_before(doc: Article, frame: _Frame, limit: int) -> None:
    """ "Shearson, Merrill Lynch and Goldman Sachs say": the names before the first of a joint pair, each set off by a
    comma (or the two spaces of a lost one), speak too (the nearest name before each, a person's, an organisation's or
    a place's whatever the pair's kind, as a list's names are often read as different kinds; not one after a
    preposition)."""
    mid: list[Candidate] = []
    while True:
        first = frame.spk
        i = bisect_right(doc.cand_ends, first.start) - 1
        while i >= 0 and doc.cands[i].end > first.start - 40:
            c = doc.cands[i]
            i -= 1
            if c.start < limit or c.kind not in _LISTED:
                continue
            if not _LIST_COMMA.fullmatch(doc.text, c.end, first.start) \
                    or _SCENE_BEFORE.search(doc.text, max(0, c.start - 12), c.start):
                break
            mid.insert(0, first)
            frame.spk = c
            break
        if frame.spk is first:
            frame.spk_mid = tuple(mid)
            return


def _right_description(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    m = _RIGHT_DESC.match(text, pos, limit)
    if m is None or _VERB_PHRASE.match(text, m.start(1), m.end(1)):
        return None  # (the rest of a clause the frame split is no description: "The ferry, said Quill, will be late")
    # where or how it was said is no part of who said it: "wrote Mira Sand, an analyst at Holt & Pine, in a note.",
    # "said Marisol Vega, a mother of three, speaking in Spanish."
    for comma in _COMMA_SPACE.finditer(text, m.start(1), m.end(1)):
        if _MEDIUM_IN.match(text, comma.end(), limit) or _HOW_SPOKEN.match(text, comma.end(), limit):
            return (m.start(1), comma.start()) if comma.start() > m.start(1) else None
    return m.span(1)


# "told her the levy was dead", "told them it would stay": the pronoun told, then the clause (a
# determiner or a subject after "her" makes it the object, not the determiner of "her husband").
_TOLD_PRONOUNS = (*_OBJECT_PRONOUNS, "you")  # ("told you the levy was dead")
_POSSESSIVE_S = re.compile(r"[’']s(?=\s)")
_WORD_AFTER_SPACE = re.compile(r"\s+([\w-]+)")
_OBJECT_TOLD = re.compile(r"\s+(him|them|me|us|you)\b")
_TITLE_TOLD = re.compile(rf"\s+{_PROGRAMME}")
_SPACE_THEN = re.compile(r"\s+")
_TOLD_CLAUSE = re.compile(rf"(?:that|{_CLAUSE_SUBJECTS})\b")


def _clause_follows(text: str, pos: int, limit: int, of: bool = False) -> bool:
    """Whether white space and a reported clause follow ``pos``: "that", a pronoun subject, or a
    noun phrase and a finite verb (what "told X" has after the one told; ``of``: an "of" in the phrase)."""
    space = _SPACE_THEN.match(text, pos, limit)
    return space is not None and bool(_TOLD_CLAUSE.match(text, space.end(), limit)
                                       or (_NP_OF_THEN_FINITE if of else _NP_THEN_FINITE).match(
                                           text, space.end(), limit))

# A broadcaster's channel number after its name ("told News 6 he was …", "told Channel 4 the fire was out", "told WKVX
# News 6."), or glued to it, which names find no part of ("told News24 that …", "told France24 it was …"), where "that",
# a pronoun, a determiner or the clause's end follows (not "told CNN 40 people were hurt").
_CHANNEL_NUMBER = re.compile(rf"\s*\d{{1,2}}(?=\s+(?:that|{_CLAUSE_SUBJECTS}|{_DETERMINER_WORD})\b|\s*[,.;:!?]|\s*$)")
_TOLD_PRONOUN = re.compile(rf"\s+({'|'.join(_TOLD_PRONOUNS)})\s+"
                           rf"(?=(?:{_DETERMINER_WORD}|some|no|{_CLAUSE_SUBJECTS})\s)")


# "told public broadcaster MDR that …", "told news agency Kyodo", "told Greek daily Kathimerini": the kind of outlet,
# no "the" before it (a place's or a state's word at most), then its name (data/quotes_outlet_nouns.txt).
_OUTLET_NOUN = re.compile(r"\s+(?P<o>(?:(?:[A-Z][a-z]+|state-(?:run|owned))\s+)?"
                          rf"(?:{alternation(word_list('outlet_nouns'))}))\s+(?=[A-Z])")

# After "told", a run of capitalised words right before a finite verb ("told the New York Times Tarn invited her",
# "told CNN Tarn had left"): where its last word is a name the article gives elsewhere, the run is the one told and
# that name, the reported clause's subject (_told_then_subject).
_TOLD_NAMES = re.compile(r"\s+(?P<a>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})\s+(?P<s>[A-Z][\w’'-]+)\s+"
                         rf"(?={_FINITE_AFTER.pattern}|{_FINITE_AUX})")


def _that_clause(text: str, pos: int, endpos: int) -> re.Match | None:
    """The gap and the "that" opening a verb's clause at ``pos`` (_THAT, or after an aside: _THAT_AFTER_ASIDE,
    _THAT_ASIDE, _THAT_COMMA_ASIDE), or None. Each match holds the word "that": where none lies before ``endpos``
    (most clauses), none of the four is tried."""
    if text.find("that", pos, endpos) < 0:
        return None
    return (_THAT.match(text, pos, endpos) or _THAT_AFTER_ASIDE.match(text, pos, endpos)
            or _THAT_ASIDE.match(text, pos, endpos) or _THAT_COMMA_ASIDE.match(text, pos, endpos))


def _told_then_subject(text: str, cue_e: int, limit: int) -> tuple[str, int] | None:
    """The one told and where the clause begins, where capitalised words after "told" run into the clause's subject
    (:data:`_TOLD_NAMES`): the subject's name stands alone elsewhere in the article, and the words before it are no
    given name ("told Ada Tarn …" is one name)."""
    m = _TOLD_NAMES.match(text, cue_e, limit)
    if m is None or m.end("s") > limit:
        return None
    words = m.group("a").split()
    if words[-1].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") or given_name(words[-1]) or role_title(words[-1]):
        return None
    name = re.compile(rf"(?<![\w’'.-]){re.escape(m.group('s'))}(?![\w’'-])")
    elsewhere = name.search(text, 0, m.start("a")) or name.search(text, m.end("s"))
    if elsewhere is None:
        return None
    return text[m.start("a"):m.end("a")], m.end("a")


def _addressee(doc: Article, cue_e: int, limit: int, told: bool = False) -> tuple[str | None, int]:
    """The one spoken to after a verb ending at ``cue_e`` ("told", "asked"; ``told``: a form of
    "tell"), and where the words after it begin."""
    if told and (split := _told_then_subject(doc.text, cue_e, limit)):
        return split
    if (outlet := _OUTLET_NOUN.match(doc.text, cue_e, limit)) is not None and (
            (c := doc.speaker_at(outlet.end(), limit)) is not None and c.start == outlet.end()
            and c.kind in ("PERSON", "ORG", "MISC", "NAME", "NP_ORG")):
        return doc.text[outlet.start("o"):c.end], c.end
    c = doc.right_speaker(cue_e, limit)
    if c is not None and c.kind in ("PERSON", "ORG", "GROUP", "PLACE", "MISC", "NAME"):
        # "told ABC Radio Avalon's Breakfast program the budget …": the programme, of the station
        owned = _POSSESSIVE_S.match(doc.text, c.end, limit)
        if owned:
            # "told ABC’s “This Week” that …": the programme (its title in quotation marks, past ``limit``, which a
            # quotation's opening mark sets), then the clause
            sent_e = doc.sentence(cue_e)[1]
            if (title := _TITLE_TOLD.match(doc.text, owned.end(), sent_e)) and _clause_follows(
                    doc.text, title.end(), sent_e):
                return doc.text[c.start:title.end()], title.end()
            for k, word in enumerate(_WORD_AFTER_SPACE.finditer(doc.text, owned.end(), min(limit, owned.end() + 60))):
                if k == 5:
                    break
                if word.group(1).lower() in _ADDRESSEE_NOUNS or (told and _clause_follows(doc.text, word.end(), limit)):
                    return doc.text[c.start:word.end()], word.end()
        if (channel := _CHANNEL_NUMBER.match(doc.text, c.end, limit)) is not None:
            return doc.text[c.start:channel.end()], channel.end()
        return doc.resolve(c)[0], c.end
    m = _TOLD_PRONOUN.match(doc.text, cue_e, limit) or (
        # "told us residents in Lower Quay should leave", "told us gusts of 90mph had been recorded": a noun phrase
        # and a finite verb after the pronoun open the clause too (not after "her", which may be the noun's
        # determiner: "told her husband was …")
        told and (m := _OBJECT_TOLD.match(doc.text, cue_e, limit))
        and _clause_follows(doc.text, m.end(1), limit, of=True)
        and m)
    if m:
        return m.group(1), m.end(1)
    m = _WORD_AFTER_SPACE.match(doc.text, cue_e, limit)
    if (m and m.group(1) in _ADDRESSEE_NOUNS and m.group(1).endswith(("s", "police"))
            and (after := _WORD_AFTER_SPACE.match(doc.text, m.end(), limit))
            and after.group(1) not in ("who", "whom", "that", "which")):
        # "told police a different story", "told reporters this week": an audience, bare (not the noun of a longer
        # phrase, "asked committee interns", nor one a relative clause goes on with, "tells voters who wonder")
        return m.group(1), m.end(1)
    if (told and m and m.group(1).islower() and m.group(1).endswith("s")
            and m.group(1) not in _THINGS_TOLD | DETERMINER_WORDS and _clause_follows(doc.text, m.end(1), limit)):
        # "told pals he was gutted", "told friends that …": people no list holds, bare, before the clause (not a
        # determiner: "told his followers would …", where the commas around "he told his followers" were lost)
        return m.group(1), m.end(1)
    m = _ADDRESSEE.match(doc.text, cue_e, limit)
    if m:
        words = m.group("a").split()
        if len(words) == 1 and words[0].lower() in _TOLD_PRONOUNS:
            return words[0], m.end("a")
        if words and words[-1].lower() in _ADDRESSEE_NOUNS:
            return " ".join(words), m.end("a")
        named = words[1:] if words[:1] == ["the"] else words
        end = m.end("a")
        if named and "." in named[-1] and doc.text[end:end + 1] == ".":
            end += 1  # "the U.S.": an abbreviation's point, not the sentence's end
        if (named and all(w[:1].isupper() for w in named) and named[0] not in ("I", "It")
                and _ADDRESSEE_END.match(doc.text, end, limit)):
            # "told The Huffington Post she thinks …", "told the Guardian it was …": a name the
            # entity finder did not start at the cue (its "The", or "the" before it)
            return doc.text[m.start("a"):end], end
        if (told and len(words) >= 2 and (words[0].lower() in DETERMINER_WORDS or words[0].endswith(("'s", "’s")))
                and words[-1].lower() not in _THINGS_TOLD and _clause_follows(doc.text, m.end("a"), limit)):
            # "told Becker's wife the levy was dead", "told the morning show it was over": the one
            # told, then the clause ("tell" takes both).
            return " ".join(words), m.end("a")
        if (len(words) >= 2 and words[0].lower() in DETERMINER_WORDS and words[-1].lower() not in _THINGS_TOLD
                and "." not in words[-1] and told
                and _TOLD_NOTHING.match(doc.text, m.end("a"), limit)):
            # "…, Ash Carter told a Senate panel Wednesday.", "…, Obama told his closest advisers as he
            # labored …": a phrase after the verb that ends the clause is the one spoken to (not
            # "told the truth", "asked a question").
            return " ".join(words), m.end("a")
    return None, cue_e


def _medium(doc: Article, frame: _Frame, limit: int) -> str | None:
    # (within the frame's sentence: "Quill said the yard would stay open. Later, Okafor wrote on X …" is not on X)
    lo, hi = frame.left, min(limit, frame.right + 120, doc.sentence(frame.cue_e)[1])
    for rx in (_MEDIUM_ON, _MEDIUM_IN):
        m = rx.search(doc.text, lo, hi)
        if m and not doc.in_quote(m.start()):
            return " ".join(m.group("m").split())
    if not frame.inverted and frame.spk is not None:
        sent_s = doc.sentence(lo)[0]
        if (m := _MEDIUM_FRONTED.match(doc.text, sent_s, lo)) is not None and m.end() == lo:
            on = _MEDIUM_ON.search(doc.text, sent_s, m.end())
            return " ".join((on.group("m") if on else m.group("m") or m.group("p")).split())
    return None


# ==========================================================================================
# quotes in quotation marks
# ==========================================================================================


# Between a "they" and its cue in a frame set in after words of its sentence: "…, they said", "…, they also argued".
_SET_IN_BEFORE = re.compile(r"(?:,|[ \t\u00a0]{2})\s*$")
_SET_IN_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+)?")
# Between two members of a list: a comma, and with "and" the last ("Unions, churches, and the opposition").
_LIST_AND = re.compile(r"\s*,?\s+and\s+")


def _subject_joined_before(doc: Article, frame: _Frame) -> list[Candidate] | None:
    """The members of a coordination that is the subject of the sentence before, where the frame's speaker is a "they"
    opening its clause (:meth:`Article.subject_before`) or set in after words of its own sentence ("…, they said"):
    "Unions, churches and the opposition condemned the law. They said …", "Professors Foner and Alba suggest ….
    In the United States, they write, …", "She and her defenders argue …. They note …". The members are speaker
    candidates a comma or "and" parts (the last after "and"), as :func:`_plural_subject` joins them, not two titles of
    one person, a name parted at its "and", a possessor ("Quill and Tarn's lawyer"), nor a pronoun but he or she;
    the coordination is followed by no verb agreeing with one. None for any other frame."""
    c, text = frame.spk, doc.text
    if (c.kind != "PRON" or text[c.start:c.end].lower() != "they" or frame.spk2 is not None or frame.inverted
            or c.end > frame.cue_s):
        return None
    set_in = bool(_SET_IN_BEFORE.search(text, max(0, c.start - 4), c.start)) and bool(
        _SET_IN_AFTER.fullmatch(text, c.end, frame.cue_s))
    first = doc.subject_before(c.start, set_in=set_in)
    if first is None or not _list_member(doc, first):
        return None
    members, done = [first], False
    while not done:
        last = members[-1]
        if _POSSESSIVE_AT.match(text, last.end):
            return None
        i = bisect_left(doc.cand_starts, (last.end, -1))
        if i >= len(doc.cand_starts):
            break
        nxt = doc.cands[doc.cand_starts[i][1]]
        if _LIST_AND.fullmatch(text, last.end, nxt.start):
            done = True
        elif not _LIST_COMMA.fullmatch(text, last.end, nxt.start):
            break
        if not _list_member(doc, nxt) or _titled_pair(text, last, nxt) or _name_across_and(doc, last, nxt):
            return None
        members.append(nxt)
    if not done or _POSSESSIVE_AT.match(text, members[-1].end) or _SINGULAR_VERB.fullmatch(
            (text[members[-1].end:members[-1].end + 40].split() or [""])[0]):
        return None
    return members


def _list_member(doc: Article, c: Candidate) -> bool:
    """Whether ``c`` may be a member of a coordination a "they" stands for (:func:`_subject_joined_before`): a speaker
    candidate that pairs (:data:`_PAIRED`), a pronoun only if "he" or "she" (a "they" or an "it" is no one person)."""
    return c.kind in _PAIRED and (c.kind != "PRON" or doc.text[c.start:c.end].lower() in ("he", "she"))


# "Asked whether she was planning …": a question's clause opening the sentence, whose he/she is the one named after it.
_ASKED_LEAD = re.compile(r"\b[Aa]sked\s+(?:if|whether|about)\b")


def _speaker_of(doc: Article, frame: _Frame) -> _Speaker:
    """The speaker of ``frame``, and for speakers joined as one subject the names and kinds of its members."""
    c = frame.spk
    if c is None:
        return _NO_SPEAKER
    if c.kind.startswith("NP_") and frame.desc:
        # "The study's lead author, Dr Ada Quill of the University of Avalon, said": the person
        # named beside the role speaks, the role describes her
        named = doc.speaker_at(frame.desc[0], frame.desc[1])
        if named is not None and named.kind == "PERSON" and not _POSSESSIVE_AT.match(doc.text, named.end):
            # (two of them: "Two military analysts, Patrick Megahan and Chris Harman, found")
            both = _AND.match(doc.text, named.end, frame.desc[1])
            other = doc.speaker_at(both.end(), frame.desc[1]) if both else None
            frame = replace(frame, spk=named, desc=(c.start, c.end),
                            spk2=other if other is not None and other.kind == "PERSON" else None)
            c = named
        elif ((by := _SIGNED_BY.match(doc.text, frame.desc[0], frame.desc[1]))
              and doc.names_document(c)
              and (named := _agent(doc, by.end(), frame.desc[1])) is not None
              and named.kind in ("PERSON", "ORG", "NP_ORG") and named.end == frame.desc[1]):
            # "A statement, signed by board chair Ada Quill, said": the document speaks for the one who signed it
            frame, c = replace(frame, spk=named, desc=None), named
    if (together := _subject_joined_before(doc, frame)) is not None and (
            joined := _joined([doc.resolve(m) for m in together], c.start, c.end, None)).members:
        # "Unions, churches and the opposition condemned the law. They said …": the row's "they" is the coordination
        # (where it names two or more: a "they" is not one of them)
        return joined
    speaker, kind = doc.resolve(c)
    if (kind == NAMED and speaker and c.kind == "PRON" and doc.text[c.start:c.end].lower() in ("he", "she")
            and c.end <= frame.cue_s and not _ASKED_LEAD.search(doc.text, doc.sentence(c.start)[0], c.start)
            and (doc.named_in_clause(speaker, frame.cue_e) or doc.named_in_clause(speaker, c.end))):
        # "He also noted in the same interview that Mr. Steele was …", "He said Manafort's reputation is …": a he or
        # she before its verb is no one its own clause names after the verb (a writer would write "he"), not the last
        # one quoted; but for one asked first ("Asked if he expected …, Coveney said", the name after)
        speaker, kind = None, UNRESOLVED
    if kind == NAMED and speaker:
        insort(doc.spoken, (c.start, speaker))
    desc = doc.text[frame.desc[0]:frame.desc[1]] if frame.desc else None
    if desc and (age := _AGE_FIRST.match(desc)):
        desc = desc[age.end():]
    if not desc or _VERB_FORM.match(desc):
        desc = None
    if frame.spk2 is None:
        return _Speaker(speaker, c.start, c.end, kind, desc)
    # Speakers joined as one subject ("Ada Quill, Bo Tarn and the council"): the row's speaker is the whole
    # coordination, its members each of its names once (they are counted each for the row: speakers.speakers)
    return _joined([(speaker, kind), *(doc.resolve(m) for m in frame.spk_mid), doc.resolve(frame.spk2)],
                   c.start, frame.spk2.end, desc)


def _joined(resolved: list[tuple[str | None, str]], start: int, end: int, desc: str | None) -> _Speaker:
    """The speaker of a row whose speakers are joined as one subject, from each member's name and kind in the order
    written (``resolved``), written at ``start``–``end``: the whole coordination ("Ada Quill, Bo Tarn and Harbour
    Board") with each name once as its members, its kind the list's (its second member's, as a list's first name may
    be read otherwise) or the first named member's ("She and her aides": Quill's); one speaker where the members name
    fewer than two."""
    members = dict.fromkeys((m, k) for m, k in resolved if m)
    names = list(dict.fromkeys(m for m, _ in members))
    speaker, kind = resolved[0]
    if len(names) < 2:
        speaker, kind = next(iter(members), (speaker, kind))
        return _Speaker(speaker, start, end, kind, desc)
    if len(resolved) > 2:
        kind = resolved[1][1]
    elif speaker is None or kind not in (NAMED, ORGANISATION):
        kind = next((k for _, k in members if k in (NAMED, ORGANISATION)), next(iter(members))[1])
    speaker = f"{', '.join(names[:-1])} and {names[-1]}"
    kinds = [next(k for m, k in members if m == name) for name in names]
    return _Speaker(speaker, start, end, kind, desc, tuple(names), tuple(kinds))


class _Extractor:
    def __init__(self, doc: Article, speech_acts: bool, scare_quotes: bool = False):
        self.doc = doc
        self.speech_acts = speech_acts
        self.scare_quotes = scare_quotes
        self.frames: dict[int, _Frame | None] = {}  # by the index of the cue match (frame_at)
        self.cue_matches: list[re.Match] = doc.cue_matches
        self.cue_starts: list[int] = doc.cue_starts
        self.used: set[int] = set()
        self.lead_in: set[int] = set()  # used cues whose indirect row is still to be made
        self.direct_starts: set[int] = set()  # where direct quote rows start (set by reported)
        self.rows: list[_Row] = []
        self.fragments: set[int] = set()  # quotations left out as scare quotes (still items of a list: _attribute)
        self.turns: list[tuple[int, int]] = []  # content spans of transcript turns, in order
        # of those, the paragraphs a turn runs on to after its label's, with the turn's speaker
        self.carried: dict[tuple[int, int], _Speaker] = {}
        self._people: entities.Names | None = None  # the people of the article, read for labels

    def frame_at(self, i: int) -> _Frame | None:
        if i not in self.frames:
            f = _frame(self.doc, self.cue_matches[i])
            participle = f is not None and f.participle
            if participle and (joined := _joined_participle_subject(
                    self.doc, self.doc.sentence(f.cue_s)[0], f.cue_s)) is not None:
                # "Footage shows Deputy Ada Quill wading toward the house and shouting, “…”": the one whose -ing form
                # "and" joins the participle to, not the subject of the verb she is the object of
                f.spk, f.desc, f.spk2, f.spk_mid, f.coordinated = joined, None, None, (), False
            if participle and f.spk is not None and not f.inverted and _hangs_on_clause(
                    self.doc.text, self.doc.sentence(f.cue_s)[0], f.cue_s):
                # "She posted a Twitter comment, saying …": a participle after a comma hangs on
                # the clause's subject, never on the phrase just before the comma; so does one
                # after a preposition ("told the AP on Wednesday after hinting that …").
                f.spk, f.desc, f.spk2 = None, None, None
            if participle and f.spk is None:
                when = _DOCUMENT_WHEN.search(self.doc.text, max(0, f.cue_s - 80), f.cue_s)
                issuer = self._issuer(replace(f, spk=Candidate(when.start(), when.end("doc"), "NP_UNNAMED"))) if (
                    when) else None
                if issuer is not None:
                    # "released a statement Wednesday saying …": the issuer of the document
                    f.spk, f.desc = issuer
                else:
                    f = self._participle(f)
            elif participle and f.spk is not None and not f.inverted:
                issuer = self._issuer(f)
                if issuer is not None:
                    f.spk, f.desc = issuer
                elif _PP_OBJECT_BEFORE.search(self.doc.text, max(0, f.spk.start - 12), f.spk.start):
                    # "responded on Facebook writing, “…”", "replied in a letter saying …": the
                    # object of a preposition is where it was said; the clause's speaker says it
                    f.spk, f.desc, f.spk2 = None, None, None
                    f = self._participle(f, always=True)
            left = min(f.cue_s, f.spk.start) if f is not None and f.spk is not None else f and f.cue_s
            if f is not None and "after" in f.classes and not _QUOTE_JUST_CLOSED.search(
                    self.doc.text, max(0, left - 6), left):
                f = None  # "“What can we do?” posed Mrs Atieno"; not "it still posed “a direct threat”"
            if f is not None and f.coordinated:
                # "He said that Clinton … and said that Rubio …": the first verb's speaker, not a
                # name inside its reported clause (nor the subject of a verb inside it: "Suu Kyi
                # said it was too early to congratulate winners but added" is Suu Kyi's).
                sent_s = self.doc.sentence(f.cue_s)[0]
                # Not a verb of a subordinate clause opening the sentence ("When asked whom she
                # supported, Ms. Sherry smiled and said"): the main clause opens after its comma.
                lead = _SUBORDINATE_OPENING.match(self.doc.text, sent_s, f.cue_s)
                main = lead.end() if lead else sent_s
                owners = [g for g in self.frames_in(main, f.cue_s) if not g.noun]
                if owners:
                    owner, last = owners[0], owners[-1]
                    if f.participle and last.participle and _WITH_END.search(
                            self.doc.text, max(0, last.spk.start - 8), last.spk.start):
                        # "…, with Trump tweeting that … and asking, “…”": the participles of "with" and its
                        # subject are that subject's, not the clause's
                        owner = last
                    f.spk, f.spk2, f.spk_mid = owner.spk, owner.spk2, owner.spk_mid
                elif lead:
                    f.spk = self.doc.subject(main, f.cue_s, pronouns=True) or f.spk
            self.frames[i] = f
        return self.frames[i]

    def _issuer(self, f: _Frame) -> tuple[Candidate, tuple[int, int] | None] | None:
        """ "Mackler issued a statement saying …", "the campaign sent out an email to supporters
        urging …": the one who gave out the document speaks through it (the speaker before the
        verb), not the document the participle follows nor those it went to."""
        text = self.doc.text
        sent_s = self.doc.sentence(f.cue_s)[0]
        start = f.spk.start
        if not self.doc.names_document(f.spk):
            sent_to = _SENT_TO.search(text, max(sent_s, start - 40), start)
            if sent_to is not None and sent_to.group(1).lower() in DOCUMENTS:
                start = sent_to.start()
            elif not _MAILED.search(text, max(sent_s, start - 12), start):
                return None  # (but "emailed supporters saying …": the ones a message went to, right after its verb)
        verb = _ISSUED.search(text, max(sent_s, start - 60), start)
        # the issuer is the subject of a verb in the past: a determiner's phrase no list holds too ("The town released
        # a …"; as a participle's: no other noun phrase opening the clause)
        return _left_subject(self.doc, sent_s, verb.start(), _ISSUER_VERB) if verb else None

    def frames_in(self, lo: int, hi: int) -> list[_Frame]:
        a, b = bisect_left(self.cue_starts, lo), bisect_left(self.cue_starts, hi)
        out = []
        for i in range(a, b):
            f = self.frame_at(i)
            if f is not None and f.spk is not None and f.cue_e <= hi:
                out.append(f)
        return out

    def add(self, row: _Row) -> int:
        self.rows.append(row)
        if row.frame is not None:
            self.used.add(row.frame.cue_s)
            f = row.frame
            if (row.kind != "indirect" and f.coordinated and f.cue_s >= row.end and not f.participle
                    and f.classes & {"speech", "belief"} and not f.classes & {"object", "nominal"}
                    and not _NAMING_VERB.match(self.doc.text, f.cue_s)):
                # 'Quill had served in the navy - "13 months in hell" - and said he was convinced …': the verb after
                # the quotation, coordinated with the subject's, still reports the clause after it.
                self.lead_in.add(f.cue_s)
        return len(self.rows) - 1

    # -- transcripts -----------------------------------------------------------------------
    def transcript(self) -> None:
        """Turns of an interview or debate transcript: paragraphs opening with a speaker label
        ("KESSLER: …", "**Kessler:** …", "Q: …", "PRESENTER (Maren Holt): …"), as direct quotes of the labelled
        person (the one named in brackets after a role). An article needs two labels or more, one of them Q/A, a
        person named in the article, or a label that recurs; labels like "UPDATE:"
        (``data/quotes_transcript_labels.txt``) never count. Q is the interviewer; A the person the article mentions
        most."""
        doc, text = self.doc, self.doc.text
        turns = []
        # paragraphs that end a turn: a label's, a stage direction's ("(BEGIN VIDEOTAPE)"), a list's head ("What each
        # needs now:")
        stops = set()
        for k, (p_s, p_e) in enumerate(doc.paras):
            m = _LABEL.match(text, p_s, p_e)
            if m:
                stops.add(k)
                which = next(g for g in ("bold", "caps", "point", "title") if m.group(g))
                label = m.group(which)
                if label.lower().strip(" .") in _NOT_LABELS:
                    continue
                span, role = m.span(which), m.group("role")
                if m.group("named"):  # "PRESENTER (Maren Holt):": the capitals are the role of the one named
                    label, span, role = m.group("named"), m.span("named"), label
                c_s, c_e = m.end(), p_e
                if not text[c_s:c_e].strip():  # the label alone: its words are the next paragraph's
                    if k + 1 == len(doc.paras) or _LABEL.match(text, *doc.paras[k + 1]):
                        continue
                    c_s, c_e = doc.paras[k + 1]
                turns.append((label, span, c_s, c_e, role, which, k))
            elif _STAGE_DIRECTION.fullmatch(text, p_s, p_e) or text[p_s:p_e].rstrip().endswith(":"):
                stops.add(k)
        # A label in title case ("Quill: Ask me in a year.") only in a dialogue (the paragraph before the label or after
        # its words is another label's or its words', and its words are prose) and where it is a person the article
        # names (below): most such lines are a list's heads ("Sanders: Win in a walk." before a paragraph on him),
        # figures ("Clinton: 1,769.") or headlines ("The Latest: …", "Wow: …").
        label_at = {k: t[0].upper() for t in turns for k in range(t[6], doc.para(t[2]) + 1)}
        turns = [t for t in turns if t[5] != "title" or (
            any(label_at.get(j, t[0].upper()) != t[0].upper() for j in (t[6] - 1, doc.para(t[2]) + 1))
            and len(_LOWER_WORDS.findall(text, t[2], t[3])) >= _PROSE_WORDS)]
        if {t[0] for t in turns if t[5] == "point"} != {"Q", "A"}:
            turns = [t for t in turns if t[5] != "point"]  # "A. Philip Randolph …" alone opens no answer
        counts: dict[str, int] = {}
        first: dict[str, int] = {}  # where each label is first written
        for label, (l_s, _), *_ in turns:
            counts[label.upper()] = counts.get(label.upper(), 0) + 1
            first.setdefault(label.upper(), l_s)
        pair = self._interview_pair(min(first.values())) if {"Q", "A"} & set(counts) else None
        speaker_of = {key: self._label_speaker(key, first[key], pair) for key in counts}
        for key, (spk, known) in speaker_of.items():
            # "HANNOCK:" after "SEN. PAUL HANNOCK (R-AV):": the surname of a full name only another label gives
            fuller = {v[0].name for k, v in speaker_of.items() if k != key and v[0].kind == NAMED
                      and v[0].name.upper().split()[-1] == key and " " in v[0].name}
            if not known and spk.kind == NAMED and " " not in key and len(fuller) == 1:
                speaker_of[key] = (spk._replace(name=fuller.pop()), True)
        titled = {t[0].upper() for t in turns if t[5] == "title"} - {t[0].upper() for t in turns if t[5] != "title"}
        speaker_of = {k: v for k, v in speaker_of.items() if k not in titled or v[1]}
        # A dialogue: two labels or more, one of them surely a speaker (Q/A, a person of the
        # article, or a label that recurs).
        if len(speaker_of) < 2 or not any(v[1] or counts[k] > 1 for k, v in speaker_of.items()):
            return
        speaker_of = {k: v[0] for k, v in speaker_of.items()}
        last = max(stops)
        for label, (l_s, l_e), c_s, c_e, role, which, _ in turns:
            spk = speaker_of.get(label.upper())
            if spk is None:
                continue
            c_e = c_s + len(text[c_s:c_e].rstrip())
            colon = text.find("." if which == "point" else ":", l_e, c_s)
            frame = _Frame(l_e if colon < 0 else colon, l_e if colon < 0 else colon + 1, frozenset({"label"}),
                           Candidate(l_s, l_e, "NAME"), inverted=True, right=c_s)
            row = self.add(_Row("direct", c_s, c_e, frame, _Speaker(spk.name, l_s, l_e, spk.kind, role)))
            self.turns.append((c_s, c_e))
            # The label gives the speaker of every paragraph after it until the next label or stage direction; after
            # the last label the transcript may have ended, so not there. They continue the turn's first paragraph:
            # one answer, as PolNeAR's annotators mark a long answer (one content over its paragraphs).
            for k in itertools.takewhile(lambda k: k not in stops and k < last, range(doc.para(c_s) + 1, last)):
                p_s, p_e = doc.paras[k]
                p_e = p_s + len(text[p_s:p_e].rstrip())
                if not _WORD_CHAR.search(text, p_s, p_e):
                    continue  # "….": words left out, none said
                self.carried[p_s, p_e] = _Speaker(spk.name, l_s, l_e, spk.kind, role)
                row = self.add(_Row("direct", p_s, p_e, None, self.carried[p_s, p_e], continues=row))
                self.turns.append((p_s, p_e))

    def _interview_pair(self, at: int) -> tuple[str, str] | None:
        """(interviewer, interviewee): the people of the first clause before ``at`` that says one interviewed the
        other ("The Courier's Mira Holt interviewed harbour master Ines Dorn"), where both are people."""
        doc = self.doc
        for m in _INTERVIEW_VERB.finditer(doc.text, max(0, at - 3000), at):
            sent_s, sent_e, _ = doc.sentence(m.start())
            asker = doc.subject(sent_s, m.start())
            answerer = doc.right_speaker(m.end(), min(sent_e, at), modifiers=True)
            if asker is None or answerer is None or {asker.kind, answerer.kind} - {"PERSON", "NAME"}:
                continue
            (a, _), (b, _) = doc.resolve(asker), doc.resolve(answerer)
            if a and b and a != b:
                return a, b
        return None

    def _label_speaker(self, label: str, at: int, pair: tuple[str, str] | None = None) -> tuple[_Speaker, bool]:
        """(speaker, whether the label is surely a speaker: Q/A or a person named in the
        article). ``pair``: the interviewer and the interviewee the article names (:meth:`_interview_pair`)."""
        doc = self.doc
        if label in ("Q", "QUESTION"):
            return (_Speaker(pair[0], None, None, NAMED, None) if pair
                    else _Speaker("interviewer", None, None, UNNAMED, None)), True
        if label in ("A", "ANSWER"):
            if pair:
                return _Speaker(pair[1], None, None, NAMED, None), True
            people = [e for e, k in zip(doc.mentions["entity"], doc.mentions["kind"])
                      if k == "PERSON" and isinstance(e, str)]
            if people:  # the most named, the first named of those named as often
                return _Speaker(Counter(people).most_common(1)[0][0], None, None, NAMED, None), True
            return _Speaker("interviewee", None, None, UNNAMED, None), True
        if label.split()[0].lower() in _UNNAMED_LABELS:  # "UNIDENTIFIED MALE:", "CROWD:"
            return _Speaker(" ".join(label.lower().split()), None, None, UNNAMED, None), True
        name = name_cased(" ".join(label.split()))
        if self._people is None:
            # Among people only: the label itself may have been read as an organisation ("MORROW").
            person = [k == "PERSON" for k in doc.mentions["kind"]]
            self._people = entities.Names({c: [v for v, keep in zip(values, person) if keep]
                                           for c, values in doc.mentions.items()})
        found = entities.canonical(name, self._people, at=at)
        known = bool(found) and not found.isupper()
        words = name.split()
        if not known:
            for i in range(1, len(words) - 1):
                # "FIRE CHIEF DEV MARLOWE:": the name after the role, a person of the article
                found = entities.canonical(" ".join(words[i:]), self._people, at=at)
                if found and not found.isupper():
                    return _Speaker(found, None, None, NAMED, None), True
        while not known and len(words) > 2 and role_title(words[0]) is not None:
            # "SEN. PAUL HANNOCK (R-AV):": the name after the title, which the article may not have read in capitals
            # ("SEN", "PAUL" as organisations)
            words = words[1:]
            name = " ".join(words)
        if not known and (outlet := self._outlet(label)) is not None:
            return _Speaker(outlet, None, None, ORGANISATION, None), True
        return _Speaker(found if known else name, None, None, NAMED, None), known

    def _outlet(self, label: str) -> str | None:
        """The organisation of the article whose name a label no person answers to ends ("HERALD:", "**Gazette:**"
        after "spoke to the Avalon Herald", "The Post:" after "spoke to The Northam Post"): the outlet that asks the
        questions. Only a longer name counts, as the label itself may have been read as an organisation."""
        m, words = self.doc.mentions, label.lower().split()
        words = words[1:] if words[0] == "the" and len(words) > 1 else words
        for text, kind, entity in zip(m.get("text", ()), m.get("kind", ()), m.get("entity", ())):
            name = text.lower().split()
            if kind == "ORG" and isinstance(entity, str) and len(name) > len(words) and name[-len(words):] == words:
                return entity
        return None

    # -- embedded posts ----------------------------------------------------------------------
    def posts(self) -> None:
        """Social-media posts embedded in the article (:data:`_POST_SIGNATURE`): each a direct quote of the account
        named after its dash (the person or organisation of the article that name is, else the name as written),
        the dash its cue; the quotation marks inside it are the post's, not quotes of their own."""
        doc, text = self.doc, self.doc.text
        if "(@" not in text:
            return  # every signature holds its handle in brackets: no paragraph to scan (most articles)
        for i, (p_s, p_e) in enumerate(doc.paras):
            sign = _POST_SIGNATURE.search(text, p_s, p_e)
            if sign is None or (sign.start() == p_s and not i):
                continue
            # the post is the paragraph before a signature of its own ("Stay indoors.\n\n— Ada Quill (@adaquill) …")
            p_s, post_e = doc.paras[i - 1] if sign.start() == p_s else (p_s, sign.start())
            if self.turns and overlaps(self.turns, p_s, p_e):
                continue
            c_s = _POST_TAG.match(text, p_s, post_e).end()
            links = _POST_LINKS.search(text, c_s, post_e)
            c_e = c_s + len(text[c_s:links.start() if links else post_e].rstrip())
            if not c_s < c_e <= c_s + _POST_MAX or not _WORD_CHAR.search(text, c_s, c_e):
                continue
            n_s, n_e = sign.span("name")
            spk = doc.speaker_at(n_s, n_e, modifiers=True)
            if spk is None or spk.end != n_e or spk.kind not in PERSONLIKE + ("ORG",):
                spk = Candidate(n_s, n_e, "NAME")
            frame = _Frame(*sign.span("dash"), frozenset({"dash"}), spk, inverted=True, right=n_e)
            speaker = _speaker_of(doc, frame)
            if speaker.name is None:
                speaker = _Speaker(text[n_s:n_e], n_s, n_e, NAMED, None)
            self.add(_Row("direct", c_s, c_e, frame, speaker))
            insort(self.turns, (c_s, c_e))

    # -- direct and mixed --------------------------------------------------------------------
    def quotes(self) -> None:
        doc, text = self.doc, self.doc.text
        row_of: dict[int, int] = {}  # quote index -> row index
        # (a title or a name in double marks is no quotation: a British article may set a programme's name so)
        doubled = any(text[q.open] in "“\"" and not _names_a_thing(text, q, doc.paras[q.para][0]) for q in doc.quotes)
        for qi, q in enumerate(doc.quotes):
            if self.turns and overlaps(self.turns, q.open, q.close):
                continue
            p_s, p_e = doc.paras[q.para]
            if doubled and text[q.open] in "‘'" and p_e - p_s <= 200 and _CROSSHEAD.fullmatch(text, p_s, p_e) \
                    and _words_upto(text, 13, q.start, q.end) <= 12 and self._colon_before(q) is None \
                    and q.carried is None:
                # "'A change warrior.'", "– ‘Who cares?’ –.": a paragraph of a short quotation in single marks,
                # where the article quotes in double ones, is a crosshead (a headline's marks), no one's words here;
                # not after a paragraph ending "X told the Courier:", which frames it, nor the last paragraph of a
                # quotation left open at the end of the one before (British copy quoting over paragraphs)
                continue
            if _CAPS_CROSSHEAD.fullmatch(text, p_s, p_e) and self._colon_before(q) is None and q.carried is None:
                continue  # "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”" over a section: a crosshead in capitals
            sent_s, _, _ = doc.sentence(q.open)
            prev_close = doc.q_closes[qi - 1] if qi and doc.quotes[qi - 1].para == q.para else p_s
            lo = max(sent_s, prev_close, p_s)
            before = text[lo:q.open]
            _, sent_e, _ = doc.sentence(max(q.open, q.close - 1))
            same_para_next = qi + 1 < len(doc.quotes) and doc.quotes[qi + 1].para == q.para
            next_open = doc.q_opens[qi + 1] if same_para_next else p_e
            hi = min(max(sent_e, q.close), next_open, p_e)
            # The sentence splitter may cut right after a closing mark ("“Right?” Trump went
            # on."): the attribution can then only be in the next sentence.
            reach = hi
            if sent_e <= q.close + 1:
                reach = min(max(doc.sentence(_skip_space(text, q.close, p_e))[1], hi), next_open, p_e)
            row = self._attribute(qi, q, lo, before, reach, text[q.close:hi], row_of)
            if row is not None:
                row_of[qi] = self.add(row)
        carried = {row_of[qi] for qi, q in enumerate(doc.quotes) if qi in row_of and q.carried in row_of}
        # A quote running over paragraphs takes the speaker found at its end, and is one
        # quotation with it: where its first paragraph had only followed up an earlier quote
        # ("“…,” Bo said. “Whether …¶“And …,” Bo went on."), it is that frame's, not the earlier one's.
        for i in sorted(carried, reverse=True):
            r = self.rows[i]
            if r.frame is None:
                continue
            chain = [r.continues]  # the paragraphs before, back to the quotation's first
            while chain[-1] in carried and self.rows[chain[-1]].frame is None:
                chain.append(self.rows[chain[-1]].continues)
            first = self.rows[chain[-1]]
            follow_up = first.frame is None and first.continues is not None and chain[-1] not in carried
            for j in chain:
                prev = self.rows[j]
                if prev.frame is None and (prev.speaker.kind == UNRESOLVED or follow_up):
                    prev.speaker, prev.frame = r.speaker, r.frame
            if follow_up:
                first.continues = None

    def _attribute(self, qi: int, q: Quoted, lo: int, before: str, hi: int, after: str,
                   row_of: dict[int, int]) -> _Row | None:
        doc = self.doc
        if q.carried is not None and q.carried in row_of:
            prev = self.rows[row_of[q.carried]]
            after_frame = self._after_frame(q, hi)
            if after_frame is not None:
                return self._row("direct", q, after_frame, continues=row_of[q.carried])
            return _Row("direct", q.start, q.end, None, prev.speaker, prev.medium, row_of[q.carried])
        # "… said Cruz is “a basket case” and “a liar.”": a quotation joined by "and" or "or" to a phrase quoted before
        # it (no mark at its end) that is a mixed row's is a fragment of the same words, no quotation opening a clause:
        # a mixed row too (never a scare quote), not a direct quote of its own
        coordinated = (qi > 0 and doc.quotes[qi - 1].para == q.para and lo == doc.q_closes[qi - 1]
                       and _AND_OR_ONLY.fullmatch(before) is not None
                       and doc.text[doc.quotes[qi - 1].end - 1].isalnum()
                       and qi - 1 in row_of and self.rows[row_of[qi - 1]].kind == "mixed")
        # 'called the plan “reckless,” “unfunded” and “dead on arrival”': a fragment in lower case right after a
        # fragment quoted before it (a comma and maybe "and" or "or" between, inside its marks or out) is an item of
        # the same list, of the same words: a scare or mixed row by its own length, not a clause of its own
        listed = (not coordinated and qi > 0 and doc.quotes[qi - 1].para == q.para and lo == doc.q_closes[qi - 1]
                  and doc.text[q.start].islower()
                  and (qi - 1 in self.fragments
                       or qi - 1 in row_of and self.rows[row_of[qi - 1]].kind in ("mixed", "scare"))
                  and (doc.text[doc.quotes[qi - 1].end - 1] == "," and _LIST_JOIN.fullmatch(before) is not None
                       or doc.text[doc.quotes[qi - 1].end - 1].isalnum() and _LIST_JOIN_COMMA.fullmatch(before)))
        # (also after an opening bracket: "those who fear … (''This is less a crisis than …,'' Crowley wrote)")
        opens_clause = not coordinated and not listed and (bool(_CONJ_ONLY.match(before))
                                                           or before.rstrip().endswith((":", "(")))
        if opens_clause:
            f = self._after_frame(q, hi)
            if (f is None and qi + 1 < len(doc.quotes) and hi == doc.q_opens[qi + 1]
                    and not _long_quote(doc.text, doc.quotes[qi + 1])):
                # '“…,” delegate Ada Quill, wearing a “Vote Becker” pin, said': the short quotation that ended the
                # search stands inside the aside between the speaker and the verb; the frame after it is the quote's
                f = self._after_frame(q, min(doc.sentence(q.close)[1], doc.paras[q.para][1]))
            if (f is not None and not f.inverted and before.rstrip().endswith(":")
                    and doc.text[q.end - 1:q.end] in ".?!" and (colon := self._before_frame(q, lo)) is not None
                    and _speech([colon]) and self._before_kind(colon, q)):
                # "Brant leaned in and boomed: “We rebuild.” The wind moaned all night.", "… said: “No.” Quill
                # shrugged.": a verb opening the sentence after a quotation a colon's frame opened is not its frame
                f = None
            f = f or self._dash_frame(q) or self._dash_label(q, lo, before)
            if f is not None:
                return self._row("direct", q, f)
            f = self._before_frame(q, lo)
            if f is not None and _speech([f]):
                kind = self._before_kind(f, q)
                if kind:
                    return self._continuation_or(kind, q, f)
            if not _WORDS.search(after):
                f = self._colon_paragraph(q)
                if f is not None:
                    return self._row("direct", q, f)
                speaker = self._announced_by(q)
                if speaker is not None:
                    return _Row("direct", q.start, q.end, None, speaker)
                # "Her verdict: “…”", and a list's head of the same words ("Her thoughts on:" then "- The winner: “…”")
                spk = self._possessor_colon(lo, q.open) or ((head := self._colon_before(q)) and self._possessor_colon(
                    *head))
                if spk is not None:
                    return _Row("direct", q.start, q.end, None,
                                _speaker_of(doc, _Frame(q.open, q.open, frozenset(), spk)))
                if before.rstrip().endswith(":"):
                    # "Harbour master Ines Dorn was blunt: “…”": the clause's subject speaks.
                    subj = self.doc.subject(lo, q.open)
                    pron = self.doc.subject(lo, q.open, pronouns=True)
                    if (pron is not None and pron.kind == "PRON" and _FRONTED_ONLY.fullmatch(doc.text, lo, pron.start)
                            and _PERSONAL_SUBJECT.fullmatch(doc.text, pron.start, pron.end)):
                        # a he or she opening the sentence ("Asked whether he would go back, he laughs: “…”"; not one
                        # inside a clause: "Axelrod said … that she has learned her lesson: “…”")
                        subj = pron
                    if subj is not None:
                        frame = _Frame(q.open, q.open, frozenset(), subj)
                        if desc := _LABEL_DESC.match(doc.text, subj.end, q.open):
                            frame.desc = desc.span(1)  # "Ada Quill, mayor of Port Avalon: “…”"
                        speaker = _speaker_of(self.doc, frame)
                        return _Row("direct", q.start, q.end, None, speaker)
                label = self._label_after(q)
                if label is not None:
                    return self._row("direct", q, label)
                found = self._frame_sentence_before(q)
                if found is not None:
                    f, alone = found
                    if alone:
                        return self._row("direct", q, f)
                    # "The levy is dead, Quill said. “…”": the speaker of the words before, whose
                    # row holds the frame.
                    return _Row("direct", q.start, q.end, None, _speaker_of(self.doc, f))
                # "X released a statement. “…”": the statement's words, not a follow-up of the quote before
                before_q = self._sentence_before(q)
                issued = before_q and self._statement_issued(*before_q)
                if issued:
                    return _Row("direct", q.start, q.end, None, issued)
                if (answerer := self._answerer(q) or self._headline_answer(q)) is not None:
                    return _Row("direct", q.start, q.end, None, answerer)
                prev = self._previous_row(q)
                if prev is not None:
                    return _Row("direct", q.start, q.end, None, self.rows[prev].speaker,
                                self.rows[prev].medium, prev)
                return _Row("direct", q.start, q.end, None,
                            (before_q and (self._lead_in(*before_q) or self._subject_before(q, *before_q)))
                            or _NO_SPEAKER)
            # "“A fragment” if she loses, said X.": the quote sits inside reported speech.
            if _names_a_thing(doc.text, q, lo):
                return None
            _, sent_e, _ = self.doc.sentence(q.close)
            later = _speech(self.frames_in(q.close, max(sent_e, hi)))
            return self._row("mixed", q, later[0]) if later else None
        one_word = _words_upto(doc.text, 2, q.start, q.end) < 2
        if one_word and doc.text[q.end - 1:q.end] in ".!?," and (before.rstrip().endswith((",", ":"))
                                                                 or _outcry(doc.text, q)):
            # "Priebus said, “Probably.”", "When someone shouted, “Cruz,” Beck joked", 'MPs shouted “Rubbish!”': one
            # word said, a whole utterance, after its frame.
            f = self._before_frame(q, lo)
            if f is not None and _speech([f]) and self._before_kind(f, q) == "direct":
                return self._continuation_or("direct", q, f)
        if _names_a_thing(doc.text, q, lo):
            return None
        # (one word after "as" is what the speaker called it: 'hailed the vote as “fantastic”'; so is one joined to a
        # mixed row's: 'as “criminals” and “rapists”')
        kind = "scare" if one_word and not coordinated and not _AS_BEFORE_QUOTE.search(before) else "mixed"
        if kind == "scare" and not self.scare_quotes:
            self.fragments.add(qi)
            return None
        if _DASH_TAIL.search(before):
            # "Clinton suggested that the plan was unserious - “Again, …,” she said - and …": a
            # quote set off by dashes with its own frame after it is that frame's
            f = self._after_frame(q, hi)
            if f is not None and not _DASH_CHAR.search(doc.text, q.close, f.left):
                return self._row("direct", q, f)
        f = self._before_frame(q, lo)
        if (f is not None and _speech([f]) and doc.text[q.start].isupper() and self._before_kind(f, q) == "mixed"
                and _words_upto(doc.text, 4, q.start, q.end) >= 4 and not _CLAUSE_WORD_BEFORE.search(before)
                and (after := self._after_frame(q, hi)) is not None):
            # "forwarded an e-mail he said he received last week  “My kid's in …” the e-mail reads.", "Candidates who
            # think “America no longer has … are dangerously wrong,” she said.": a sentence quoted whole after a verb
            # whose own words stand between (no fragment of them, nor a clause a conjunction opens) is the frame's after
            # it
            return self._row("direct", q, after)
        if f is not None and _speech([f]):
            direct = self._before_kind(f, q) == "direct"
            outer = self._outer_frame(f, q, direct)
            if outer is not f:
                return self._nested_row(kind, q, outer, f)
            if direct and kind == "mixed":
                return self._continuation_or("direct", q, f)
            return self._continuation_or(kind, q, f)
        sent_s, sent_e, _ = doc.sentence(q.open)
        frames = [g for g in _speech(self.frames_in(sent_s, q.open)) if not g.closing]  # (as _before_frame's)
        if frames:
            outer = self._outer_frame(frames[-1], q)
            if outer is not frames[-1]:
                return self._nested_row(kind, q, outer, frames[-1])
            return self._row(kind, q, frames[-1])
        # (a frame after a semicolon is another clause's: 'The mayor calls it her “steady hand”; rivals deride it as
        # caution' is not the rivals' fragment)
        clause_e = semicolon if (semicolon := doc.text.find(";", q.close, sent_e)) != -1 else sent_e
        f = (self._after_frame(q, hi) or next(iter(_speech(self.frames_in(q.close, clause_e))), None)
             or self._colon_headline(q))
        if f is not None and f.spk is not None and f.spk.kind == "PRON" and _RELATIVE_AFTER.match(
                doc.text, q.close, f.spk.end):
            # "She proposed a “chief trade prosecutor” who reports to the president": the relative
            # clause describes the quoted phrase; its verb frames no words of it
            return None
        if f is not None:
            return self._row(kind, q, f)
        return None

    def _outer_frame(self, f: _Frame, q: Quoted, direct: bool = False) -> _Frame:
        """ "Quill said he expects the council to “clearly approve” it", "Quill said that once the
        council goes on recess, “I will rest”": a quotation inside the words an earlier verb of
        its sentence reports belongs to that verb when the verb nearest it is part of those
        words, a thought or plan ("expects", "hopes") or a pronoun's verb (the speaker speaking
        of themselves), a verb of manner followed by a thing ("goes on recess"), not by the
        quotation, or a negated verb ("a spokesperson said the company did not comment on “…”": a
        thing not said is quoted from whoever reports it). ``f`` itself otherwise, and where the quotation stands after ``f`` as a
        direct quote (``direct``: "… and added, “I will plead guilty”") unless ``f`` is such a
        verb of manner."""
        if f.inverted or f.spk is None:
            return f
        gap = self.doc.text[f.right:q.open]
        aside = ("manner" in f.classes and _WORDS.search(gap) and not _THAT_WORD.match(gap.lstrip())
                 and not _medium_only(gap.strip()))
        if not aside and (direct or (f.spk.kind != "PRON" and "speech" in f.classes)) and not (
                not direct and _negated(self.doc.text, f.cue_s, f.cue_e)):
            return f
        sent_s, sent_e, _ = self.doc.sentence(q.open)
        for g in reversed(_speech(self.frames_in(sent_s, f.left))):
            if g.inverted or g.participle or not g.classes & {"speech", "belief"}:
                continue
            clause = self._right_clause(g, sent_s, sent_e)
            if clause is not None and clause[0] <= f.left and clause[1] > q.open:
                return g
        return f

    def _nested_row(self, kind: str, q: Quoted, f: _Frame, inner: _Frame) -> _Row:
        """The row of a quotation inside ``f``'s reported words (:meth:`_outer_frame`): the words
        before it are still ``f``'s own indirect row (:meth:`reported`), joined to it by the cue;
        the ``inner`` verb, part of those words, reports nothing of its own here."""
        row = self._continuation_or(kind, q, f)
        self.lead_in.add(f.cue_s)
        self.used.add(inner.cue_s)
        return row

    def _dash_label(self, q: Quoted, lo: int, before: str) -> _Frame | None:
        """ "… polls did predict it - HuffPollster: “…”", "- More from Ada Quill and Bo Tarn: “…”":
        a name (or two) set off by a dash and ending at the colon before the quote speaks."""
        if not before.rstrip().endswith(":"):
            return None
        text = self.doc.text
        colon = lo + len(before.rstrip()) - 1
        label = self.doc.candidate_ending(colon, lo, _NAME_KINDS)
        if label is None:
            return None
        frame = _colon_frame(colon, label)
        joint = _JOINT_END.search(text, max(lo, label.start - 8), label.start)
        first = self.doc.candidate_ending(joint.start(), lo, _NAME_KINDS) if joint else None
        if first is not None:
            frame.spk, frame.spk2 = first, label  # "Blumenthal and Cohen:"
        if not _DASH_END.search(text, max(lo, frame.spk.start - 16), frame.spk.start):
            return None
        return frame

    def _colon_headline(self, q: Quoted) -> _Frame | None:
        """ "Quill: harbour levy ‘will not last’": a headline (a paragraph without a full stop)
        opening with a name and a colon quotes that person."""
        doc, text = self.doc, self.doc.text
        p_s, p_e = doc.para_span(q.open)
        # the length first: the rest of a long paragraph, copied for each of its quotations, made the
        # quote stage quadratic on one paragraph of quotations (2.6x per doubling at 256,000 words)
        if p_e - p_s > 200 or "." in text[q.close:p_e].rstrip(".!?”’\"' "):
            return None
        colon = text.find(":", p_s, q.open)
        if colon == -1:
            return None
        i = bisect_left(doc.cand_starts, (p_s, -1))
        while i < len(doc.cand_starts) and doc.cand_starts[i][0] == p_s:
            c = doc.cands[doc.cand_starts[i][1]]
            i += 1
            if c.end == colon and c.kind in PERSONLIKE + ("ORG",):
                return _colon_frame(colon, c)
        return None

    def _continuation_or(self, kind: str, q: Quoted, f: _Frame) -> _Row:
        if f.cue_s in self.used and self.rows and self.rows[-1].frame is f:
            prev = len(self.rows) - 1
            return _Row(kind, q.start, q.end, None, self.rows[prev].speaker, self.rows[prev].medium, prev)
        return self._row(kind, q, f)

    def _row(self, kind: str, q: Quoted, f: _Frame, continues: int | None = None) -> _Row:
        p_s, p_e = self.doc.para_span(q.open)
        quoted = self._quoted_one(f) if kind == "direct" else None
        return _Row(kind, q.start, q.end, f, _speaker_of(self.doc, quoted or f), _medium(self.doc, f, p_e),
                    continues)

    def _quoted_one(self, f: _Frame) -> _Frame | None:
        """ "“…,” the agency quoted Halvek as saying": a direct quotation before the frame is the one quoted's
        words; the clause after "as saying", and a quotation inside it, stay the outlet's report, as PolNeAR's
        annotators mark it ("An early tweet quoted the president as saying “…”"; _right_clause)."""
        text = self.doc.text
        if f.inverted or not _QUOTING.match(text, f.cue_s, f.cue_e):
            return None
        sent_e = self.doc.sentence(f.cue_s)[1]
        held = _AS_SAYING.match(text, f.right, sent_e)
        spk = _agent(self.doc, f.right, held.end(1)) if held else None
        if held and spk is None and (him := _QUOTED_PRONOUN.match(text, f.right)):
            spk = Candidate(him.start(1), him.end(1), "PRON", None)  # "the agency quoted him as saying"
        if spk is not None and spk.kind != "PERSON":
            # "quoted the prime minister Malcolm Turnbull as saying": the person the role opens
            i = bisect_left(self.doc.cand_starts, (spk.start, -1))
            for start, j in self.doc.cand_starts[i:]:
                if start >= spk.end:
                    break
                if (c := self.doc.cands[j]).kind == "PERSON" and spk.end < c.end <= held.end(1):
                    spk = c
                    break
        return replace(f, spk=spk, desc=None, spk2=None, spk_mid=()) if spk is not None else None

    def _after_frame(self, q: Quoted, hi: int) -> _Frame | None:
        """The frame right after a quote; words before its speaker are allowed as modifiers
        ("…,” Republican National Committee spokesman Sean Spicer said) when the quote ends
        like a quote handing over to its attribution (comma, question mark, dash)."""
        text = self.doc.text
        for f in self.frames_in(q.close, hi):
            if f.spk is not None and self.doc.relative_antecedent(f.spk) is not None:
                continue  # '“…,” Warren, who has not endorsed a candidate, told reporters': the verb of the relative
            if f.classes <= _INTENTION or self._own_sentence(q, f):
                return None
            if _AFTER_GAP.fullmatch(text, q.close, f.left) or (
                    f.inverted and _SO_POINTING.fullmatch(text, q.close, f.left)):
                return f
            if (text[q.end - 1:q.end] in ",?!—–-" and _AFTER_MODS.fullmatch(text, q.close, f.left)
                    and not f.inverted):
                return f
            break
        return None

    def _own_sentence(self, q: Quoted, f: _Frame) -> bool:
        """Whether the frame after a quote that ends a sentence ("…today.”) opens a sentence of
        its own with its own reported words ("Ruiz said the plan …"): then it is not the quote's
        attribution, and the next sentence's speaker does not take the quote. So does one after a
        question or an exclamation that a frame and a colon open ("Quill, exasperated, responded:
        “What difference does it make?” Her critics cited it as evidence that …")."""
        text = self.doc.text
        end = text[q.end - 1:q.end]
        if end != "." and not (end in ("?", "!") and text[max(0, q.open - 8):q.open].rstrip().endswith(":")
                               and self.frames_in(self.doc.sentence(q.open)[0], q.open)):
            return False
        if f.inverted or "according" in f.classes:
            return False
        _, sent_e, _ = self.doc.sentence(f.cue_s)
        return _words_upto(text, 3, f.right, sent_e) >= 3 and not _medium_only(text[f.right:sent_e])

    def _dash_frame(self, q: Quoted) -> _Frame | None:
        """ "“One more year.” ― Lucia Ferrante, 34, a nurse": a dash after the quote, then a
        name (or an organisation) ending the paragraph or followed by a description."""
        if not q.closed:
            return None
        text = self.doc.text
        p_s, p_e = self.doc.para_span(q.open)
        dash = _DASH.match(text, q.close, p_e)
        if not dash or not any(c in "―—–-" for c in dash.group()):
            return None
        spk = self.doc.right_speaker(dash.end() - 1, p_e) if dash.end() > dash.start() else None
        if spk is None or (spk.kind not in PERSONLIKE + ("ORG",) and _CAPITAL_WORD.fullmatch(text, spk.start, spk.end)):
            # (also after a capitalised word of a title no list holds, read as a noun: "― Father Liam Doyle")
            spk = self.doc.right_speaker(dash.end() - 1, p_e, modifiers=True)
        bracket = _BRACKET_DESC.match(text, spk.end, p_e) if spk is not None else None
        lead = _DASH_MEDIUM.match(text, spk.end, p_e) if spk is not None and not bracket else None
        medium = lead and (_MEDIUM_IN.match(text, lead.end(), p_e) or _MEDIUM_ON.match(text, lead.end(), p_e))
        if spk is None or spk.kind not in PERSONLIKE + ("ORG",) or not (
                bracket or medium or _APPOSITION_END.match(text, spk.end, p_e)):
            return None
        cue_s = dash.start() + len(dash.group()) - len(dash.group().lstrip())
        cue_e = cue_s + len(dash.group().strip())
        frame = _Frame(cue_s, cue_e, frozenset({"dash"}), spk, inverted=True, right=spk.end)
        frame.desc = bracket.span(1) if bracket else _right_description(text, spk.end, p_e)
        return frame

    def _answerer(self, q: Quoted) -> _Speaker | None:
        """ "How did you get into politics?\n\n“Completely by accident. …”": a quote opening the paragraph after one
        that is only a question put to "you", in no quotation marks (an interview set as questions and quoted
        answers), is the answer of the person the article names most (:meth:`Article.principal`), where one is;
        not after the first paragraph (a headline's question)."""
        doc, text = self.doc, self.doc.text
        para = doc.para(q.open)
        if para < 2 or _skip_space(text, doc.paras[para][0], q.open) != q.open:
            return None
        b_s, b_e = doc.paras[para - 1]
        if (b_e - b_s > _QUESTION_MAX or not text[b_s:b_e].rstrip().endswith("?")
                or _QUOTE_MARK.search(text, b_s, b_e) or not _YOU.search(text, b_s, b_e)):
            return None
        main = doc.principal(q.open)
        return _Speaker(main, None, None, NAMED, None) if main else None

    def _headline_answer(self, q: Quoted) -> _Speaker | None:
        """ "“We built the library for the people who have nowhere else to go”" over an interview set as labelled
        turns: a quotation filling the article's first paragraph (its headline) is the interviewee's words, the
        person the article names most (:meth:`Article.principal`) where a turn of the interview is theirs."""
        doc, text = self.doc, self.doc.text
        p_s, p_e = doc.paras[0]
        if (not self.turns or q.para != 0 or _skip_space(text, p_s, q.open) != q.open
                or _MARKS_ONLY.match(text, q.close, p_e).end() != p_e):
            return None
        main = doc.principal(self.turns[0][0])
        if not main or all(r.speaker.name != main for r in self.rows):
            return None
        return _Speaker(main, None, None, NAMED, None)

    def _label_after(self, q: Quoted) -> _Frame | None:
        """ "“…”\n\n- Bernie Sanders." / "-Michelle Marks, Philadelphia.": a paragraph of a dash and a
        name (a description after its comma at most) after the paragraph a quote ends names its
        speaker, as a fact check or a column of quotes writes it."""
        doc, text = self.doc, self.doc.text
        para = doc.para(q.close)
        if para + 1 >= len(doc.paras) or doc.paras[para][1] > q.close + 2:
            return None
        p_s, p_e = doc.paras[para + 1]
        m = _LABEL_LINE.match(text, p_s, p_e)
        if m is None:
            # "“…”\n\nSo says Ada Quill, 81, who …": an inverted frame after "So" opening the next paragraph
            so = _SO_POINTING.match(text, p_s, p_e)
            f = next(iter(self.frames_in(so.end(), p_e)), None) if so is not None else None
            return f if f is not None and f.inverted and f.left == so.end() and f.cue_s not in self.used else None
        spk = doc.speaker_at(m.end(), min(p_e, m.end() + 80))
        if spk is None or spk.kind not in PERSONLIKE + ("ORG", "NP_UNNAMED", "NP_ROLE"):
            return None
        # "— Dr. Ilse Varnhagen of the Kessling Observatory, on the meteorite": where the person works
        at = _LABEL_AFFILIATION.match(text, spk.end, p_e) if spk.kind in PERSONLIKE else None
        if not (_CLAUSE_ENDS.match(text, at.end() if at else spk.end)
                or _LABEL_OCCASION.match(text, at.end() if at else spk.end, p_e)):
            return None
        # (the description, as after a dash on the quote's line: "— Helen Marrish, former miner's wife")
        return _Frame(p_s, m.end(), frozenset({"label"}), spk, inverted=True, right=spk.end,
                      desc=at.span(1) if at else _right_description(text, spk.end, p_e))

    def _frame_sentence_before(self, q: Quoted) -> tuple[_Frame, bool] | None:
        """ "Iowa State University's Ada Quill agreed. “…”": the frame of the sentence before the
        quote's, in its paragraph, when that sentence ends with the frame (when and where at most
        after it), and whether the frame is all of the sentence (``True``: it reports nothing
        else) or ends words it reports before a comma ("The levy is dead, Quill said. “…”",
        "…, said Quill.")."""
        doc, text = self.doc, self.doc.text
        sent_s, _, _ = doc.sentence(q.open)
        p_s, _ = doc.para_span(q.open)
        if sent_s <= p_s:
            return None
        prev_s, prev_e, _ = doc.sentence(sent_s - 1)
        if prev_s < p_s:
            return None
        frames = _speech(self.frames_in(prev_s, prev_e))
        if len(frames) != 1:
            return None
        f = frames[0]
        if f.agent or f.cue_s in self.used:
            return None
        if not _SENTENCE_END.fullmatch(text, f.right, prev_e):
            # "Quintanilla … mentioned that Carson's picture had been on the site. “Does that …?”":
            # the speaker of a sentence that opens with them and reports a that-clause.
            if (not f.inverted and f.spk is not None and f.spk.kind != "PRON"
                    and _SPEAKER_LEAD.fullmatch(text, prev_s, f.left) and _THAT.match(text, f.right, prev_e)):
                return f, False
            return None
        if not f.inverted and _SPEAKER_LEAD.fullmatch(text, prev_s, f.left):
            return f, True
        if f.spk is not None and _after_comma(text, f, prev_s):
            return f, False
        return None

    def _lead_in(self, prev_s: int, prev_e: int) -> _Speaker | None:
        """ "Ada Quill, who chairs the council, said the levy had “run its course.” “It is time to
        let it go.”": a quote that is a sentence of its own, with no frame and no quote before it
        to follow up, is the speaker's of the sentence before it (in its paragraph, or the last
        sentence of the paragraph before where the quote opens a paragraph; never of the first
        paragraph, a headline's place). Of that sentence's frames (no thought: "Families did not
        understand …"), first one that closes words before its comma or ends the sentence ("…,
        Quill said.", "…, Quill said as she turned."), then one whose speaker opens the sentence
        ("Quill said …", "Quill praised …", "Quill, frustrated, replied, saying …"), so never a
        speaker inside the words reported ("Quill said critics had predicted …" is Quill's); among
        those, a frame with a row first. ``None`` where no such frame is found. ``prev_s:prev_e``: that
        sentence (:meth:`_sentence_before`, which finds none where the quote does not open its sentence,
        "Her critics were blunt: “…”", and for a short quote alone in its paragraph, a subheading);
        a sentence saying a statement was issued (:meth:`_statement_issued`) is tried before."""
        doc, text = self.doc, self.doc.text
        ranked = []
        for i, f in enumerate(self.frames_in(prev_s, prev_e)):
            if f.agent or f.classes <= _THOUGHT:  # "Families did not understand …" says nothing
                continue
            # "…, Quill said as she turned.", "…, said Quill.": the frame of the words before its comma
            # (also right after a closing mark: "“… buffoon,” Quill said")
            closing = (_SENTENCE_END.fullmatch(text, f.right, prev_e) or _after_comma(text, f, prev_s)
                       or not f.inverted and _COMMA_END.search(text, max(prev_s, f.left - 4), f.left))
            if closing or (not f.inverted and _SPEAKER_LEAD.fullmatch(text, prev_s, f.left)):
                # a frame with a row first: "Her friends mocked him, calling him “a buffoon,”
                # Quill said" is Quill's
                ranked.append((not closing, f.cue_s not in self.used, i, f))
        if not ranked:
            return None
        f = min(ranked, key=lambda r: r[:3])[3]
        speaker = _speaker_of(doc, f)
        return speaker if speaker.kind != UNRESOLVED else None

    def _subject_before(self, q: Quoted, prev_s: int, prev_e: int) -> _Speaker | None:
        """ "She pauses, looking out at the water.¶“My father used to say …”": where no frame or quote says who
        speaks the quote ``q`` standing as a sentence of its own, the person (a name, or "he" or "she" standing
        for one) opening the sentence before (:meth:`_sentence_before`) speaks it. None where no person
        opens it, or where the paragraph after an unclosed ``q`` opens with no quotation mark (a pull quote's
        own last line may name its speaker: "“…¶S.C. Rep. Jim Clyburn.”")."""
        text, paras = self.doc.text, self.doc.paras
        if not q.closed and q.para + 1 < len(paras):
            n_s = _skip_space(text, *paras[q.para + 1])
            if text[n_s:n_s + 1] not in ("“", "\"", "‘", "'"):
                return None
        subj = self.doc.subject(prev_s, prev_e, pronouns=True)
        if subj is None or not (subj.kind == "PERSON" or subj.kind == "PRON" and _HE_SHE.fullmatch(
                self.doc.text, subj.start, subj.end) and self.doc._personal(subj, prev_s, prev_e)):
            return None
        speaker = _speaker_of(self.doc, _Frame(prev_s, prev_s, frozenset(), subj))
        return speaker if speaker.kind != UNRESOLVED else None

    def _sentence_before(self, q: Quoted) -> tuple[int, int] | None:
        """(start, end) of the sentence whose speaker a quote standing as a sentence of its own may
        be (:meth:`_lead_in`): the one before it in its paragraph, or the last of the paragraph before
        where the quote opens a paragraph (never the first paragraph, a headline's place); ``None``
        where the quote does not open its sentence, or is a short quote alone in its paragraph (a
        subheading)."""
        doc, text = self.doc, self.doc.text
        sent_s, _, _ = doc.sentence(q.open)
        if text[sent_s:q.open].strip():
            return None
        para = doc.para(q.open)
        p_s, p_e = doc.para_span(q.open)
        if _skip_space(text, p_s, q.open) == q.open and _MARKS_ONLY.match(text, q.close, p_e).end() == p_e \
                and _words_upto(text, 6, q.start, q.end) < 6:
            return None
        if sent_s <= p_s:
            if para <= 1:
                return None
            p_s, sent_s = doc.paras[para - 1]
        prev_s, prev_e, _ = doc.sentence(sent_s - 1)
        return max(prev_s, p_s), prev_e

    def _statement_issued(self, lo: int, hi: int) -> _Speaker | None:
        """ "The council issued a statement on Monday. “We regret the delays.”": the subject of a
        sentence saying that it issued, released or put out a statement (a letter, a message) is
        the speaker of the quote that follows, as of a frame whose speaker opens the sentence."""
        doc = self.doc
        m = _STATEMENT_ISSUED.search(doc.text, lo, hi)
        spk = doc.subject(lo, m.start(), pronouns=True) if m else None
        if spk is None:
            return None
        name, kind = doc.resolve(spk)
        return _Speaker(name, spk.start, spk.end, kind, None) if kind != UNRESOLVED else None

    def _before_frame(self, q: Quoted, lo: int) -> _Frame | None:
        # (not a poll's "in" after its clause: "Tarn's slide in polls, and a report of his “cash crunch”, …")
        frames = [f for f in self.frames_in(lo, q.open) if not f.closing]
        if not frames:
            return None
        f = frames[-1]
        gap = self.doc.text[f.right:q.open]
        if _GAP_STOP.search(gap) or _words_upto(gap, 16) > 15:
            return None
        return f

    def _before_kind(self, f: _Frame, q: Quoted) -> str | None:
        gap = self.doc.text[f.right:q.open].strip()
        if "belief" in f.classes and "speech" not in f.classes:
            return "mixed"
        if not gap and _outcry(self.doc.text, q):
            return "direct"  # 'The crowd chanted “Lock her up!” as she spoke': words called out, a whole utterance
        if gap in ("—", "–", "--", "-"):
            return "direct"  # "“We will win” — Quill said — “and the council must act.”"
        if _THAT_WORD.match(gap) or (gap and not gap.endswith((":", ",")) and (
                not _medium_only(gap) or _GAP_FINITE.search(gap))):
            return "mixed"  # (and a clause of its own after where or when: "said in a statement the ministry was “…”")
        if _GRAMMAR_GAP_END.search(gap):
            return "mixed"  # "vowed to “fight on”", "pointed to “a failure”": words the sentence's grammar holds
        if not gap and "speech" not in f.classes and _LOWER_NEXT.match(self.doc.text, q.close):
            return "mixed"  # "blamed “foreign-backed groups” for unrest": a verb's object, the sentence going on
        if not gap and self.doc.text[q.start].islower() and _NAMING_VERB.match(self.doc.text, f.cue_s):
            return "mixed"  # 'what the owners called “gross insubordination”': a verb of naming's name, a phrase
        return "direct"

    def _colon_before(self, q: Quoted) -> tuple[int, int] | None:
        """The span of the paragraph before the one ``q`` opens, if that one ends with a colon; for a quotation opening
        an item of a list (:data:`_LIST_ITEM`), the span of the paragraph before the list's first item. Post-match and
        briefing copy lists what one person said under one frame ("Speaking to Radio Dunmore, Ruiz said:" then "• On
        the red card: “…”", "• On the penalty: “…”"): each item is that frame's."""
        doc, text = self.doc, self.doc.text
        para = doc.para(q.open)
        p_s = doc.paras[para][0] if doc.paras else 0
        item = p_s != q.open and _LIST_ITEM.fullmatch(text, p_s, q.open) is not None
        if para == 0 or not (p_s == q.open or item):
            return None
        para -= 1
        while item and para > 0 and _LIST_ITEM.match(text, *doc.paras[para]):
            para -= 1  # (an item before this one: back to the list's head)
        p_s, p_e = doc.paras[para]
        return (p_s, p_e) if text[p_s:p_e].endswith(":") else None

    def _colon_paragraph(self, q: Quoted) -> _Frame | None:
        """A quote opening a paragraph after one that ends "... X said:"."""
        span = self._colon_before(q)
        frames = self.frames_in(*span) if span else None
        return frames[-1] if frames else None

    def _possessor_colon(self, lo: int, hi: int) -> Candidate | None:
        """The possessor of ``text[lo:hi]`` where it is a noun of words said and its colon ("Her verdict:", "Quill's
        message was simple:", "His thoughts on:"), whose words the colon opens; else None."""
        own = _POSSESSOR_COLON.fullmatch(self.doc.text, lo, hi)
        if own is None or own.group("noun") not in _COLON_NOUNS:
            return None
        return (Candidate(own.start("pron"), own.end("pron"), "PRON") if own.group("pron")
                else self.doc.speaker_at(own.start("own"), own.end("own")))

    def _announced_by(self, q: Quoted) -> _Speaker | None:
        """The speaker of a quote opening a paragraph after one that ends "X released the
        following statement:" (no verb of speech, so :meth:`_colon_paragraph` finds no frame):
        the subject of that sentence, if it names someone."""
        span = self._colon_before(q)
        if span is None:
            return None
        p_s, p_e = span
        sent_s = max(self.doc.sentence(p_e - 1)[0], p_s)
        if not _ANNOUNCES.search(self.doc.text, sent_s, p_e):
            return None
        if _SUBORD.match(self.doc.text, sent_s):  # "When Wallace died, Clinton released ...": after the clause
            comma = self.doc.text.find(",", sent_s, p_e)
            if comma == -1:
                return None
            sent_s = comma + 1  # (the subject's lead takes the space after it)
        subj = self.doc.subject(sent_s, p_e)
        if subj is None or subj.kind == "PRON":
            return None
        return _speaker_of(self.doc, _Frame(p_e, p_e, frozenset(), subj))

    def _previous_row(self, q: Quoted) -> int | None:
        """The quote this one follows up: the last quote in the same or the previous paragraph."""
        mixed: set = set()  # speakers of the mixed quotes passed over in the previous paragraph
        for i in range(len(self.rows) - 1, -1, -1):
            r = self.rows[i]
            if r.kind != "indirect" and r.start < q.open:
                gap = self.doc.para(q.open) - self.doc.para(r.start)
                if gap == 0 and not mixed:
                    return i
                if gap == 1 and r.kind == "mixed":
                    # "“…,” Trump told a rally, saying Clinton would “abolish …”" then a quote
                    # paragraph: the direct quote before the fragments, if one speaker said all
                    mixed.add(r.speaker.name)
                    continue
                if gap == 1 and r.kind == "direct" and mixed <= {r.speaker.name}:
                    return i
                return None
        return None

    # -- reported speech without quotation marks --------------------------------------------
    def block_quotes(self) -> None:
        """A paragraph with no quotation marks after one ending "X wrote on Facebook:", "he said in a speech:": a
        quotation set off as its own paragraph (a post, a letter, a speech; a blockquote whose marks the page never
        had), a direct quote of that frame's speaker. Only where the frame's verb of speech is among the last few
        words before the colon (after its speaker where that follows it: "said Ann Vey in a speech:"), and the paragraph
        after it has no row yet, no marks, and is no label nor another paragraph ending in a colon. The frame may have
        given a quote of its own sentence already ("… “a lot more like America,” said Vey during a session:")."""
        doc, text = self.doc, self.doc.text
        taken = self._taken()
        quoted = {q.para for q in doc.quotes}
        for k in range(1, len(doc.paras)):
            c_s, c_e = doc.paras[k - 1]
            colon = c_s + len(text[c_s:c_e].rstrip()) - 1
            s, e = doc.paras[k]
            e = s + len(text[s:e].rstrip())
            if (text[colon] != ":" or k in quoted or text[e - 1] == ":" or overlaps(taken, s, e)
                    or _LABEL.match(text, s, e) or len(text[s:e].split()) < _PULLED):
                continue
            frames = [f for f in self.frames_in(max(c_s, doc.sentence(colon)[0]), colon + 1) if "speech" in f.classes]
            if frames and _BLOCK_GAP.fullmatch(text, max(frames[-1].cue_e, frames[-1].right), colon + 1):
                f = frames[-1]
                self.add(_Row("direct", s, e, f, _speaker_of(doc, f), _medium(doc, f, c_e)))

    def reported(self) -> None:
        doc, text = self.doc, self.doc.text
        # (what a turn's later paragraphs report keeps its rows, as PolNeAR's annotators mark them: "I think both
        # Hillary and Bernie are …" in an interview's answer)
        taken = [span for span in self._taken() if span not in self.carried]
        first = len(self.rows)
        self.direct_starts = {r.start for r in self.rows if r.kind == "direct"}
        for i, m in enumerate(self.cue_matches):
            if m.start() in self.used and m.start() not in self.lead_in:
                continue
            verb = m.group("verb") or m.group("opening") or m.group("capital")  # not "according to" nor a poll
            if (verb and "cited" in (classes := _VERBS[_verb_of(m)].classes) and "speech" not in classes
                    and _CITED_NO_OBJECT.match(text, m.end())):
                continue  # (a verb of speech among them is read on: "did not mention, however, that …", _right_clause)
            if not self.speech_acts and verb and _verb_of(m) in _CALL_FORMS and _CALL_CONVENED.match(text, m.end()):
                continue  # (a speech act: "called a snap election for March")
            if (not self.speech_acts and verb and (_VERBS[_verb_of(m)].object_only
                                                   or _uncited(text, _verb_of(m), max(0, m.start() - 40), m.start()))
                    and not _AS_SAYING.match(text, m.end()) and not _CLAUSE_OBJECT.match(text, m.end())
                    and not ((preposition := _JUDGEMENT_PREPOSITION.get(verb.lower()))
                             and (_JUDGED[preposition].match(text, m.end())
                                  or (preposition == "of" and _CHARGED.match(text, m.end())
                                      and not _CHARGED_BY_WHO.search(text, max(0, m.start() - 30), m.start()))))):
                # A verb of an object alone reports no words (see below), but a question, a proposition or a deed
                # judged put as its object does: its frame is not built for it here (frames are the same whenever
                # they are built).
                continue
            f = self.frame_at(i)
            if f is None or (f.spk is None and "reportedly" not in f.classes and not f.unnamed):
                continue
            span = self._content(f)
            if span is None:
                continue
            s, e = self._before_next_verb(f, *span)
            e = s + len(text[s:e].rstrip())  # "… lost $4.5 million\xa0, it said", tokenised "… Venezuela , Berry said"
            if overlaps(taken, s, e):
                # "X said A, and called him “B”": A ends where the quote row begins.
                k = bisect_right(taken, (s, _END))  # the first row beginning after s (taken is sorted)
                inside = taken[k][0] if k < len(taken) and taken[k][0] < e else None
                if inside is None or overlaps(taken, s, inside):
                    continue
                e = _trimmed_end(text, s, doc.quotes_open_before(inside))
            if (e - s < 2 or _words_upto(text, 2, s, e) < 2) and not _answered(text, f.right, s, e):
                continue
            p_s, p_e = doc.para_span(f.cue_s)
            speaker = _speaker_of(doc, f)
            if speaker.kind == AUTHOR and (turn := self.carried.get((p_s, p_s + len(text[p_s:p_e].rstrip())))):
                # "I", "we" in a turn: its speaker's
                speaker = _Speaker(turn.name, speaker.start, speaker.end, turn.kind, None)
            # (words before their frame after a quotation dash opening a paragraph of no quotation marks: direct)
            dialogue = (e <= f.cue_s and _DIALOGUE_DASH.fullmatch(text, p_s, s)
                        and not _QUOTE_MARK.search(text, p_s, p_e))
            self.add(_Row("direct" if dialogue else "indirect", s, e, f, speaker, _medium(doc, f, p_e)))
        self.rows[first:] = _outside_reported(self.rows[first:])
        dialogue = [i for i in range(first, len(self.rows)) if self.rows[i].kind == "direct"]
        for i in dialogue:
            self._dialogue_on(i)
        if dialogue:
            self._dialogue_turns()

    def _dialogue_turns(self) -> None:
        """In an article quoting with dashes (a dialogue row found), a paragraph a quotation dash opens, with no frame,
        row or quotation mark, is the words of the person opening the last sentence of the paragraph before, as
        :meth:`_subject_before` reads a quote standing alone ("Malm shrugs.¶– The boat is younger than me.")."""
        doc, text = self.doc, self.doc.text
        taken = self._taken()
        for i in range(1, len(doc.paras)):
            p_s, p_e = doc.paras[i]
            dash = _DIALOGUE_DASH.match(text, p_s, p_e)
            if dash is None or overlaps(taken, p_s, p_e) or _QUOTE_MARK.search(text, p_s, p_e):
                continue
            prev_s, prev_e, _ = doc.sentence(doc.paras[i - 1][1] - 1)
            subj = doc.subject(max(prev_s, doc.paras[i - 1][0]), prev_e, pronouns=True)
            if subj is None or not (subj.kind == "PERSON" or subj.kind == "PRON" and _HE_SHE.fullmatch(
                    text, subj.start, subj.end) and doc._personal(subj, prev_s, prev_e)):
                continue
            speaker = _speaker_of(doc, _Frame(prev_s, prev_s, frozenset(), subj))
            if speaker.kind != UNRESOLVED:
                self.add(_Row("direct", dash.end(), p_s + len(text[p_s:p_e].rstrip()), None, speaker))

    def _dialogue_on(self, i: int) -> None:
        """After the frame of the dialogue row ``i`` (reported()), a quotation dash opening a later sentence of its
        paragraph opens more of the same speaker's words, up to the next such dash or the paragraph's end, where no
        row holds them ("– The sea does not care, he says. – You go out anyway.")."""
        text, r = self.doc.text, self.rows[i]
        p_s, p_e = self.doc.para_span(r.start)
        dashes = list(_DIALOGUE_ON.finditer(text, r.end, p_e))
        for k, m in enumerate(dashes):
            s = m.end()
            e = s + len(text[s:dashes[k + 1].start() if k + 1 < len(dashes) else p_e].rstrip())
            if e > s and not overlaps(self._taken(), s, e):
                self.add(_Row("direct", s, e, None, r.speaker, r.medium, i))

    def _taken(self) -> list[tuple[int, int]]:
        """The spans of the rows found so far, sorted (for :func:`overlaps`)."""
        return sorted((r.start, r.end) for r in self.rows)

    def questions(self) -> None:
        """A question put to someone, told as a passive or a fronted phrase: "Asked whether the ferry would run,
        Quill said …", "When asked if she would resign, …", "Quill was asked what went wrong." The question is
        reported words (PolNeAR marks them so, with no source); whoever asked is named only as a passive's agent
        ("Asked by Tom Becker whether …"), the one asked is the addressee (the main clause's subject, or the
        passive's). The active "Reporters asked Quill whether …" is a frame of its own (reported)."""
        doc, text = self.doc, self.doc.text
        if "sked" not in text:
            return
        taken = self._taken()
        pattern = _QUESTION_OR_TOPIC if self.speech_acts else _QUESTION
        for asked_m in _ASKED.finditer(text):
            cue_s, cue_e = asked_m.span()
            lead = _QUESTION_LEAD.search(text, max(0, cue_s - 24), cue_s)
            if lead is None and not _OPENS.match(text, cue_s):
                continue
            m = pattern.match(text, cue_e)
            if m is None and lead is not None and lead.group("aux"):
                # "Quill was asked to name one achievement", "has been asked by the board to resign": a request put to
                # the passive's subject, what they are to do the words reported (PolNeAR train marks 8 of the 10)
                m = _ASKED_TO.match(text, cue_e)
            if m is None or doc.in_quote(cue_s):
                continue
            sent_s, sent_e, _ = doc.sentence(cue_s)
            s = m.start("wh")
            stop = _QUESTION_END.search(text, s, sent_e)
            while stop is not None and stop.group() in "“\"":
                # quoted words inside the question are part of it ("Asked whether Clinton “has the integrity …”,")
                close = text.find("”" if stop.group() == "“" else '"', stop.end(), sent_e)
                stop = _QUESTION_END.search(text, close + 1, sent_e) if close >= 0 else None
            e = _trimmed_end(text, s, stop.start() if stop else sent_e)
            if _words_upto(text, 2, s, e) < 2 or overlaps(taken, s, e):
                continue
            by = _BY.search(text, cue_e, s)
            agent = _agent(doc, by.end(), s) if by else None
            if lead is not None and lead.group("aux"):
                asked = doc.left_speaker(sent_s, lead.start("aux"))
                asked = asked[0] if asked else None
            else:
                main = _COMMA_SPACE.match(text, e) if stop is not None and text[e:e + 1] == "," else None
                asked = doc.subject(main.end(), sent_e, pronouns=True) if main else None
            to = (doc.resolve(asked)[0] or text[asked.start:asked.end]) if asked is not None else None
            f = _Frame(cue_s, cue_e, frozenset({"speech"}), agent, agent=agent is not None, right=s, addressee=to)
            p_s, p_e = doc.para_span(cue_s)
            self.add(_Row("indirect", s, e, f, _speaker_of(doc, f), _medium(doc, f, p_e)))
            insort(taken, (s, e))

    def expectations(self) -> None:
        """An expectation no one is named as holding, read only with speech_acts: "The board is expected to vote on
        Friday", "Both are widely expected to run", "she would be expected to resign". What is expected is the words
        reported (from "to", up to a comma, a colon or a dash, or the sentence's end), as PolNeAR marks them, with no
        source (a passive's agent speaks: "is expected by analysts to fall"). PolNeAR train marks 50 of the 56 uses
        of "is/are expected to" (each outlet with three uses or more at least 12 of 16); the rows add 64 there, 56 on
        a gold expectation. Not without speech_acts: the words are no one's. Articles without "xpected" are not
        read."""
        doc, text = self.doc, self.doc.text
        if "xpected" not in text:
            return
        taken = self._taken()
        for m in _EXPECTED.finditer(text):
            cue_s, cue_e = m.span("cue")
            if doc.in_quote(cue_s):
                continue
            s = m.start("to")
            _, sent_e, _ = doc.sentence(cue_s)
            stop = _EXPECTED_END.search(text, s, sent_e)
            e = _trimmed_end(text, s, stop.start() if stop else sent_e)
            if (last := text.rfind(" ", s, e)) > s and text[last + 1:e] in ("and", "but", "or"):
                e = _trimmed_end(text, s, last)  # "to cruise past the delegates needed and, if he …"
            if _words_upto(text, 2, s, e) < 2 or overlaps(taken, s, e):
                continue
            agent = _agent(doc, m.end("by") - 1, s) if m.group("by") else None
            f = _Frame(cue_s, cue_e, frozenset({"belief"}), agent, agent=agent is not None, right=s)
            p_s, p_e = doc.para_span(cue_s)
            self.add(_Row("indirect", s, e, f, _speaker_of(doc, f), _medium(doc, f, p_e)))
            insort(taken, (s, e))

    def _before_next_verb(self, f: _Frame, s: int, e: int) -> tuple[int, int]:
        """ "Bob said he heard gunfire and suspected that …": the reported words end before a
        verb that the frame's own speaker governs (a coordinated frame), which reports words of
        its own, not a verb of the reported clause."""
        if f.spk is None:
            return s, e
        text = self.doc.text
        for g in self.frames_in(s, e):
            if g.cue_s > s and (self._same_subject(f, g, s)
                                # "said … and suspected", "says … and calls": one inflection, one
                                # subject ("said they would follow Graham and endorse Bush" is the
                                # clause's verb).
                                and _tense(text[g.cue_s:g.cue_e]) == _tense(text[f.cue_s:f.cue_e])
                                # (and no auxiliary of its own that the frame lacks: "argued that she had been misled
                                # and had never intended to …" is the clause's verb; "had called … and promised" one)
                                and _auxiliary(text, g.cue_s) in (None, _auxiliary(text, f.cue_s))):
                m = _AND_THEN.search(text, s, g.cue_s if g.coordinated else g.spk.start)
                if m is not None:
                    end = _trimmed_end(text, s, m.start())
                    if _words_upto(text, 2, s, end) >= 2:
                        return s, end
                break
        return s, e

    def _same_subject(self, f: _Frame, g: _Frame, s: int) -> bool:
        """Whether ``g``, a frame inside the words ``f`` reports from ``s``, is a verb of ``f``'s
        own speaker: coordinated with ``f``'s verb, or after "and" with a pronoun that stands for
        the same speaker and a verb of speech or of an act on others ("Rubio said the extremist is
        Clinton, and he accused …"; not a thought: "a boss invited her to lunch and she thought it
        meant …" is the story she told)."""
        if g.coordinated:
            return (g.spk.start, g.spk.end) == (f.spk.start, f.spk.end)
        if (g.spk.kind != "PRON" or g.spk.start <= s or g.classes <= _THOUGHT
                or _AND_PRONOUN.search(self.doc.text, max(s, g.spk.start - 12), g.spk.start) is None):
            return False
        mine, kind = self.doc.resolve(f.spk)
        return kind != UNRESOLVED and mine is not None and self.doc.resolve(g.spk) == (mine, kind)

    def pull_quotes(self) -> None:
        """Pull quotes: a paragraph that is one quotation and no frame, the words of a quotation the article gives
        elsewhere with its frame or among other words, set again in display ("“When we go, nobody will come after
        us.”" between two paragraphs). They keep their row (PolNeAR's annotators mark some), with the speaker of
        the quotation they repeat: they had none, or the speaker of the paragraph before. Not a cry of a few words,
        repeated as crowds do ("“Nooooo!”")."""
        text = self.doc.text
        alone, kept = {}, {}
        for i, r in enumerate(self.rows):
            if r.kind != "direct":
                continue
            said = _said(text[r.start:r.end])
            if (r.frame is None or r.frame.cue_e == r.frame.cue_s) and len(text[r.start:r.end].split()) >= _PULLED \
                    and self._alone_in_paragraph(r, said):
                alone[i] = said
            else:
                kept.setdefault(said, i)
        for i, said in alone.items():
            if said in kept:
                self.rows[i].speaker = self.rows[kept[said]].speaker

    def _alone_in_paragraph(self, r: _Row, said: str) -> bool:
        """Whether the words of the paragraph ``r`` opens in are the quotation's (``said``), however set: only
        marks and spaces around it. Read outside the quotation first, so that a long paragraph of many quotations
        costs each of them a look at its neighbours, not the paragraph."""
        text = self.doc.text
        p_s, p_e = self.doc.para_span(r.start)
        if p_s <= r.start and r.end <= p_e:
            return not _A_WORD.search(text, p_s, r.start) and not _A_WORD.search(text, r.end, p_e)
        return said == _said(text[p_s:p_e])

    def headlines(self) -> None:
        """ "Harbour Chief Says Ferry Levy Will Not Last": a headline in title case (a short
        paragraph whose words are capitalised but small ones, quoted words too) in which a name,
        a place or a phrase of a role, a group or an organisation is followed by a capitalised
        verb of saying reports what follows the verb (up to a second verb after a comma:
        "…, Calls Remarks ‘Troubling’"), as the speaker's words, or, where the verb ends the
        headline, the words before the speaker's comma ("Levy Is a Mistake, Ada Quill Says");
        else a headline "Name: words" (:meth:`_colon_line`)."""
        doc, text = self.doc, self.doc.text
        taken = self._taken()
        for p_s, p_e in doc.paras:
            if p_e - p_s > 250 or overlaps(taken, p_s, p_e):
                continue
            cues = _HEADLINE_CUE.finditer(text, p_s, p_e) if _title_case_line(text, p_s, p_e) else ()
            for m in cues:
                spk = doc.candidate_ending(m.start(), p_s)
                # A place or a phrase of a role, a group or an organisation speaks in a headline ("Harbour
                # County Says …", "Former Quill Pollster Says …").
                if spk is None or spk.kind not in _HEADLINE_SPEAKERS:
                    continue
                if _trimmed_end(text, m.end(), p_e) == m.end() and text[p_s:spk.start].rstrip().endswith(","):
                    # "Ferry Plan Is a Sinking Ship, Ada Quill Says": the words before the comma.
                    start, end = _skip_space(text, p_s, spk.start), _trimmed_end(text, p_s, spk.start)
                else:
                    start = _skip_space(text, m.end(), p_e)
                    that = _THAT_WORD.match(text, start, p_e)
                    start = _skip_space(text, that.end(), p_e) if that else start
                    after = _HEADLINE_NEXT.search(text, start, p_e)
                    end = _trimmed_end(text, start, after.start() if after else p_e)
                if _words_upto(text, 2, start, end) < 2:
                    continue
                frame = _Frame(m.start(), m.end(), frozenset({"speech"}), spk, right=m.end())
                self.add(_Row("indirect", start, end, frame, _speaker_of(doc, frame)))
                break
            else:
                if p_s == doc.paras[0][0]:
                    self._colon_line(p_s, p_e)
                    self._quote_after_subject(p_s, p_e)

    def _quote_after_subject(self, p_s: int, p_e: int) -> None:
        """ "Ferry chiefs ‘deeply sorry’ for delays", "Quill ‘confident’ of a deal": a headline (the article's first
        paragraph, with no sentence end) that opens with a speaker followed by a quotation, no verb between, as British
        headlines report a speaker's word, is that speaker's word (a mixed quote of no cue)."""
        doc, text = self.doc, self.doc.text
        end = _trimmed_end(text, p_s, p_e)
        if end < p_e and text[end] in ".!?":
            return
        taken = self._taken()
        for q in doc.quotes:
            if q.open < p_s or q.close > p_e or q.start >= q.end or overlaps(taken, q.start, q.end):
                continue
            spk = doc.candidate_ending(q.open, p_s)
            if (spk is None or spk.kind not in _HEADLINE_SPEAKERS or text[spk.end:q.open].strip()
                    or spk.start != _skip_space(text, p_s, p_e)):
                continue  # (the subject opens the headline: not "… Calls ISIS Violence Against Yazidis ‘Genocide’")
            frame = _Frame(q.open, q.open, frozenset({"speech"}), spk, right=q.open)
            self.add(_Row("mixed", q.start, q.end, frame, _speaker_of(doc, frame)))

    def _colon_line(self, p_s: int, p_e: int) -> None:
        """ "Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket", "Clinton to Planned
        Parenthood: Trump will reverse Roe v. Wade": the headline (the article's first paragraph,
        short, no sentence end inside) opening with a person or organisation the entity finder
        knows, or one speaking to another, and a colon reports what follows as their words (not
        "Wow:", "Paid Notice:", nor a subhead inside the article: "Cruz: Just hang on")."""
        doc, text = self.doc, self.doc.text
        colon = text.find(":", p_s, min(p_e, p_s + 80))
        if colon == -1 or self._speaker_after_colon(p_s, p_e, colon) or self._quote_before_colon(p_s, p_e):
            return
        start = _skip_space(text, colon + 1, p_e)
        end = _trimmed_end(text, start, p_e)
        if _words_upto(text, 3, start, end) < 3 or _HEADLINE_STOP.search(text, start, end):
            return
        spk = doc.candidate_ending(colon, p_s)
        addressed = _TO_NAME.search(text, p_s, spk.start) if spk is not None else None
        if addressed is not None:
            # "Clinton to Planned Parenthood:": the one before "to" speaks
            spk = doc.candidate_ending(addressed.start(), p_s)
        label = _HEADLINE_LABEL.match(text, p_s, colon)  # "EXCLUSIVE – Roger Stone:"
        if spk is None or spk.kind not in ("PERSON", "ORG", "GROUP", *_BY_NOUN):
            return
        before = text[label.end() if label else p_s:spk.start].strip(" \t\"“‘'")
        # (a person's role or particle in title case before the name: "Hacker Guccifer:", "De Blasio:")
        if before and not (spk.kind == "PERSON" and _ROLE_BEFORE_NAME.fullmatch(before)):
            return
        frame = _colon_frame(colon, spk)
        speaker = _speaker_of(doc, frame)
        # The article goes on to name them: a headline's capitalised word alone ("BUSTED:",
        # "Delegate Update:") is no evidence of a speaker; a person's full name is, a known given
        # name first ("Ann Coulter:", over her own column). An unnamed source or an organisation's phrase
        # ("Officials:", "Historians:", "Newspaper:") is one by its noun.
        later = doc.mentions.get("entity", [])[bisect_left(doc.mention_starts, p_e):]
        words = text[spk.start:spk.end].split()
        full_name = spk.kind == "PERSON" and len(words) >= 2 and given_name(words[0])
        # (an organisation the entity finder knows by its name's words: "NY Daily News:"; not a word in capitals
        # alone, "BUSTED:")
        if ((spk.kind in _BY_NOUN or (spk.kind == "ORG" and len(words) > 1)) or full_name
                or (speaker.name is not None and speaker.name in later)):
            self.add(_Row("indirect", start, end, frame, speaker))

    def _quote_before_colon(self, p_s: int, p_e: int) -> bool:
        """ "‘We are not afraid’: Avalon residents defy storm warnings", "‘Will not tolerate it’: PM
        warns rebels": a headline opening with quoted words and a colon, then a clause of three words
        or more whose subject (a person, a group, an organisation, an unnamed source or a role) said
        them, as British and Indian papers write it; adds the row and says whether it did."""
        doc, text = self.doc, self.doc.text
        m = _QUOTE_COLON_HEAD.match(text, p_s, p_e)
        if m is None:
            return False
        s, e = m.end(), _trimmed_end(text, m.end(), p_e)
        if _words_upto(text, 3, s, e) < 3 or _HEADLINE_STOP.search(text, s, e):
            return False
        spk = doc.subject(s, e)
        if spk is None or spk.start != s or spk.kind not in _HEADLINE_SPEAKERS:
            return False
        noun = _LOWER_WORD_NEXT.match(text, spk.end, e)
        head = doc.candidate_ending(noun.end(), s, (*_BY_NOUN, "NP_ROLE", "GROUP")) if noun else None
        if head is not None:
            spk = head._replace(start=spk.start)  # "Avalon residents": the residents, of Avalon
        frame = _colon_frame(m.start("colon"), spk)
        self.add(_Row("direct", m.start("words"), m.end("words"), frame, _speaker_of(doc, frame)))
        return True

    def _speaker_after_colon(self, p_s: int, p_e: int, colon: int) -> bool:
        """ "Harbour levy to be reviewed: Minister", "No plans to quit: Starling": a headline of
        three words or more, then a colon and its speaker alone (a name, an organisation, an unnamed
        source or a role's noun, at most four words), as Indian and British papers write it; adds
        the row and says whether it did. Not "Brexit explained: What happens next", "Live: Trump"."""
        doc, text = self.doc, self.doc.text
        s = _skip_space(text, colon + 1, p_e)
        e = _trimmed_end(text, s, p_e)
        if e <= s or _words_upto(text, 5, s, e) > 4:
            return False
        spk = doc.candidate_ending(e, s)
        if spk is None or spk.start != s or spk.kind not in ("PERSON", "ORG", "GROUP", *_BY_NOUN, "NP_ROLE"):
            return False
        start = _skip_space(text, p_s, colon)
        end = _trimmed_end(text, start, colon)
        if _words_upto(text, 3, start, end) < 3 or _PIECE_LABEL.match(text, start, end) \
                or _HEADLINE_STOP.search(text, start, end):
            return False
        frame = _colon_frame(colon, spk)
        self.add(_Row("indirect", start, end, frame, _speaker_of(doc, frame)))
        return True

    def _participle(self, f: _Frame, always: bool = False) -> _Frame:
        """ "…,” he said, adding that …", "… before saying, “…”": the speaker of the clause the
        participle hangs on, or the subject of the sentence (``always``: whatever stands before
        the participle)."""
        sent_s, sent_e, _ = self.doc.sentence(f.cue_s)
        # (or opening the sentence: "Noting that ties turn 30 this year, Quill said …", as wires write it)
        if not (always or _hangs_on_clause(self.doc.text, sent_s, f.cue_s)
                or _PARTICIPLE_OPENING.match(self.doc.text, sent_s, f.cue_s)):
            return f
        # (not a gerund after a preposition: "Beck criticized voters for not supporting Cruz, declaring …" is Beck's)
        owners = [g for g in self.frames_in(sent_s, f.cue_s) if not g.noun
                  and not (g.participle and _GERUND_AFTER.search(self.doc.text, max(sent_s, g.cue_s - 16), g.cue_s))]
        f.spk = self._participle_owner(owners, sent_s, f.cue_s)
        if f.spk is None and (lead := _PARTICIPLE_OPENING.match(self.doc.text, sent_s, f.cue_s)):
            # "After saying he was nervous, the man asked …", "While saying that …, Becker continued":
            # a participle in a clause opening the sentence is the main clause's subject's
            comma = self.doc.text.find(",", f.cue_e, sent_e)
            if comma != -1:
                f.spk = self.doc.subject(comma + 1, sent_e, pronouns=True)
        return f

    def _participle_owner(self, owners: list[_Frame], sent_s: int, cue_s: int) -> Candidate | None:
        """The speaker of a participle after a comma, given the frames before it in its sentence (``owners``): the
        subject of the main clause (after up to three phrases fronted before it), where the last frame's speaker
        is a name after it ("Tarn echoed that promise, saying …", "Tarn turned the story back on the Gazette,
        pointing out …": an object's) or before a comma before it ("After the Orlando attacks, Quill renewed her
        call, saying …", "While his rivals called for troops, Tarn noted …": a fronted phrase's or clause's); the
        last frame of that subject where there is one ("Quill said …, adding"). The last frame's speaker where it
        stands after the words it reports ("…, Quill said, adding"; "…, the Post reported, citing") or the subject
        is a pronoun of no person ("it", "that"), or there is no subject."""
        text = self.doc.text
        # (not a frame whose "speaker" is another frame's verb: "Le Pen, voiced support …, saying" has no speaker
        # "voiced" of "support")
        owners = [g for g in owners if not any(h.cue_s <= g.spk.start < h.cue_e for h in owners)]
        last = owners[-1] if owners else None
        if last is not None and (last.inverted or _AFTER_WORDS.search(text, sent_s, last.spk.start)
                                 or ("," not in text[sent_s:last.left] and self._lost_comma(last, sent_s))):
            # (or after the two spaces of a lost comma: "…  the Courier reported  citing …", PerSenT)
            return self._and_clause_subject(max(last.spk.end, last.cue_e), cue_s) or last.spk
        main = sent_s
        for _ in range(3):
            piece = _FRONTED_PIECE.match(text, main, cue_s)
            if piece is None and "," not in text[sent_s:cue_s]:
                piece = _FRONTED_GAP_PIECE.match(text, main, cue_s)
            if piece is None or piece.end() >= cue_s - 2:
                break
            main = piece.end()
        subject = self.doc.subject(main, cue_s, pronouns=True)
        if subject is not None and (owned := _OWNER_THEN_NAME.match(text, subject.end, cue_s)):
            # "Elian's paternal great-uncle, Lazaro Gonzalez, is fighting …, saying …": the person named after the
            # role, not its possessor (as a verb's subject: _frame)
            named = self.doc.speaker_at(owned.end(), cue_s)
            subject = named if named is not None and named.kind in PERSONLIKE else subject
        if subject is None or (subject.kind == "PRON"
                               and not _PERSONAL_PRONOUN.fullmatch(text, subject.start, subject.end)):
            # (no subject after the fronted phrases: the sentence's, as a name in them may be the speaker's: "In
            # Quill's mind, her willingness to …, attacking …")
            if last is not None or subject is not None:
                return last.spk if last is not None else subject
            return self.doc.subject(sent_s, cue_s, pronouns=True)
        if (other := self._and_clause_subject(subject.end, cue_s)) is not None:
            return other
        mine = [g for g in owners if g.spk.start < subject.end and subject.start < g.spk.end]
        if mine:
            return mine[-1].spk
        if (last is None or last.spk.start >= subject.end
                or _COMMA_BEFORE_SUBJECT.search(text, last.spk.end, subject.start)):
            return subject
        return last.spk

    def _and_clause_subject(self, lo: int, cue_s: int) -> Candidate | None:
        """The subject of the last clause joined by "and" or "but" between ``lo`` and a participle at ``cue_s``,
        after a verb phrase: "Prosecutors charged the officer and Tarn fired his chief, acknowledging …" is Tarn's
        (not a joint subject, "Tarn and Quill wrote", nor a joint object, "criticised Quill and Marsh,")."""
        joined = _AND_CLAUSE.match(self.doc.text, lo, cue_s)
        if joined is None:
            return None
        other = self.doc.speaker_at(joined.end(), cue_s)
        if other is not None and other.kind != "PRON" and _JOINED_VERB.match(self.doc.text, other.end, cue_s):
            return other
        return None

    def _long_quote_closes(self, comma: int) -> bool:
        """Whether the comma at ``comma`` is inside the closing mark of a quotation of more than
        :data:`_TITLE_WORDS` words (one quoted word inside it may end the same way: "(''This is less a
        'refugee crisis' and more an occupation,'' Crowley wrote …)")."""
        closing = _COMMA_CLOSING.match(self.doc.text, comma)
        i = bisect_left(self.doc.q_closes, closing.end()) if closing else len(self.doc.q_closes)
        if i == len(self.doc.q_closes) or self.doc.q_closes[i] != closing.end():
            return False
        return _long_quote(self.doc.text, self.doc.quotes[i])

    def _lost_comma(self, f: _Frame, sent_s: int) -> re.Match | None:
        """:data:`_LOST_COMMA` at the last gap of spaces before the frame ``f`` (in a sentence from ``sent_s``); not
        where two spaces pad a mention of the main person in such a text, around the speaker ("In August the  Pope
        said …") or around the words before the gap ("released on  his  own recognizance"), where the comma's would be a
        third (:func:`lost_comma`), nor where the speaker holds a gap (a phrase read over the lost comma)."""
        text = self.doc.text
        gaps = list(_GAP.finditer(text, max(sent_s, f.left - 200), f.left))
        if not gaps or f.spk is None or "  " in text[f.spk.start:f.spk.end]:
            return None
        gap = gaps[-1]
        if not lost_comma(text, *gap.span(), sent_s, self.doc.sentence(f.cue_s)[1],
                          f.spk.end if gap.end() == f.spk.start else None):
            return None
        return _LOST_COMMA.match(text, gap.start(), f.left)

    def _content(self, f: _Frame) -> tuple[int, int] | None:
        doc, text = self.doc, self.doc.text
        sent_s, sent_e, _ = doc.sentence(f.cue_s)
        p_s, p_e = doc.para_span(f.cue_s)
        sent_s, sent_e = max(sent_s, p_s), min(sent_e, p_e)
        label = _SECTION_LABEL.match(text, sent_s, f.left)
        if label and bisect_left(self.cue_starts, label.start()) == bisect_left(self.cue_starts, label.end()):
            # "What's next: The council will review …, according to an aide": a label of the section opens
            # the paragraph, no words of the source's (not "He warned: …", a cue)
            sent_s = label.end()
        paren = text.rfind("(", sent_s, f.left)
        if paren >= 0 and text.find(")", paren, f.left) < 0 and (close := text.find(")", f.right, sent_e)) >= 0:
            # "(The French are big fans of the show, Madden said.)", "(as low as 19%, Gutin says) hurt her": a frame
            # inside a parenthesis reports words inside it only.
            sent_s, sent_e = paren + 1, close
        if "according" in f.classes:
            return self._according(f, sent_s, sent_e)
        if "reportedly" in f.classes:
            # the clause around the adverb, from its opening to its first mark after
            stop = _REPORTED_END.search(text, f.cue_e, sent_e)
            return f.opening, _trimmed_end(text, f.opening, stop.start() if stop else sent_e)
        if f.reported:
            # the subject of the passive, after the comma a phrase before it ends ("In May, the meeting was …")
            end = _trimmed_end(text, sent_s, f.lead)
            comma = text.rfind(",", sent_s, end)
            start = _skip_space(text, comma + 1 if comma >= 0 else sent_s, end)
            start = conj.end() if (conj := _CONJ_LEAD.match(text, start, end)) else start
            return (start, end) if end > start else None
        as_lead = (_AS_BEFORE.fullmatch(text, sent_s, f.left)
                   or _AS_AFTER_CLAUSE.search(text, max(sent_s, f.left - 16), f.left))
        # "As Clinton told the New York Daily News, …": the one told before the tail.
        told = as_lead and f.told and _AS_TOLD.match(text, f.right, sent_e)
        as_frame = as_lead and _AS_TAIL.match(text, told.end() if told else f.right, sent_e)
        if as_frame:
            # "As the paper noted, it is surprising …", "As Ada Quill said on Monday, …": what
            # follows the frame's comma.
            start = _skip_space(text, as_frame.end(), sent_e)
            end = _trimmed_end(text, start, sent_e)
            return (start, end) if _words_upto(text, 3, start, end) >= 3 else None
        # Right: "X said (that) ...", "X vowed to ...".
        right = self._right_clause(f, sent_s, sent_e)
        if right is not None and (_WHEN_ONLY.fullmatch(text, *right) or _SUBORDINATE_PARTICIPLE.match(text, *right)
                                  or (_THIS_ONLY.match(text, *right) and text[f.cue_s:f.cue_e].lower() in _SAID_THIS)
                                  or (_DAY_MEDIUM_ONLY.fullmatch(text, *right) and not _THAT_ANY.search(text, *right))):
            right = None  # "If China can build a wall, he observed this week, without cranes, …"
        tail = text[f.right:sent_e]
        # Left: "..., officials said." / "..., said Maher."
        comma = _LEFT_COMMA.search(text, max(sent_s, f.left - 200), f.left)
        set_in = _COMMA.match(text, f.right, sent_e)  # a comma after the frame: "Greensboro, Sexton said, made …"
        if comma is None and "," not in text[sent_s:f.left]:
            comma = self._lost_comma(f, sent_s)
            if (comma is not None and not f.participle and (gap := _GAP.match(text, f.right, sent_e))
                    and lost_comma(text, *gap.span(), sent_s, sent_e)
                    and _words_upto(text, 3, before := _skip_space(text, sent_s, comma.start()), comma.start()) >= 3
                    and not _fronted(text, before, comma.start())
                    and text[before:comma.start()].rsplit(None, 1)[-1].lower() not in _CONJ_WORDS):
                # "JM Eagle also put a premium on cutting costs  Hendrix said  hiring people …" (PerSenT): a frame
                # between the two spaces of lost commas after a clause ("Some of the requirements were ambiguous  he
                # said  and …"; not "When the judge asked  …  she  replied  …", nor "… was there and  she claimed
                # …") is set in as one between commas is, not followed by its words.
                right, set_in = None, gap
        if (comma is None and right is None and "speech" in f.classes and "nominal" not in f.classes
                and _AS_FRAME_END.fullmatch(tail)
                and (comma := _AS_AFTER_COMMA.search(text, max(sent_s, f.left - 30), f.left)) is not None):
            short_tail = True  # (what follows the verb was read: when, or a phrase of where)
        else:
            # Whether the frame ends its clause (read only where such a comma is found).
            short_tail = comma is not None and self._short_tail(f, tail, sent_e)
        if comma and text[comma.start() + 1:comma.start() + 2] in _CLOSING_MARKS and not (
                (f.inverted or (f.spk is not None and short_tail))
                and _QUOTED_WORDS_END.search(text, max(sent_s, comma.start() - 80), comma.start())
                and not self._long_quote_closes(comma.start())):
            # a comma inside a closing mark ends words only after a short quoted phrase of the clause, before a
            # frame that ends it ('… may be “strategic,” said Hemsley'; not 'Quill, author of “The Last Ferry,” said')
            comma = None
        if comma and f.spk is not None and text[f.spk.start:f.spk.end].lower() in ("who", "which", "that"):
            comma = None  # "…, misogynist, birther and bully who has repeatedly pledged": a relative clause
        if comma and not f.inverted and f.spk is not None and APPOSED.fullmatch(text, f.spk.end, f.cue_s):
            # "the ferry company, Avalon Lines, said": the words before the name's comma are
            # the phrase the name stands beside, not what was said; where that phrase is the
            # speaker's role ("…, a spokeswoman, Ada Quill, said"), the words before its comma are.
            role = _ROLE_BESIDE.search(text, max(sent_s, comma.start() - 80), comma.end())
            comma = _LEFT_COMMA.search(text, max(sent_s, role.start() - 200), role.start() + 1) if role else None
        if comma and bisect_left(self.cue_starts, comma.start()) < bisect_left(self.cue_starts, f.left):
            # "The president, Barack Obama, said he agreed.": a verb between the comma and the
            # frame governs the frame; what stands before the comma is no words of the frame's.
            comma = None
        # The frame must end its clause ("…, officials said on Friday.", "Greensboro, Sexton
        # said, made him …"), not govern an object of its own ("…, Trump announced a deal").
        # A verb of intention alone reports its own "to …" only ("…, although the council declined to
        # comment", "In the coming months, he vowed …, Duke declined at first to criticize").
        # Nor does a verb of an object ("…, though she has not endorsed it"): its words are what follows it.
        if (short_tail or (right is None and set_in)) and comma and not f.participle and (
                f.classes != _INTENTION) and not f.classes <= _OBJECT_VERB:
            start = sent_s
            qi = bisect_right(doc.q_closes, f.left) - 1
            if qi >= 0 and doc.q_closes[qi] > sent_s and doc.quotes[qi].start in self.direct_starts:
                # After a direct quote ("“…,” Ruiz said. The plan, she said, …"), not after a word
                # quoted inside the clause ('The FBI made a "mistake" …, Comey has said').
                start = doc.q_closes[qi]
                if _RELATIVE_AFTER_QUOTE.match(text, start) and text[start - 2:start - 1] not in _STOPS + (",",):
                    # '"… search them for records" that would respond to …, X wrote': a relative clause after the
                    # quotation goes on with its words (a mixed quote's rest), no words of their own
                    return right
            # (with a quoted word's closing mark after its comma: '… may be “strategic,”')
            end = closing.end() if (closing := _COMMA_CLOSING.match(text, comma.start())) else comma.start()
            start = _skip_space(text, start, end)
            k = bisect_left(self.cue_starts, start)
            if k < len(self.cue_starts) and self.cue_starts[k] == start:
                # "“…,” said Kristen Day, director of …, reports USA Today": another frame opens the
                # words before the comma; they are no words of this one.
                return right
            # "But the plan was over, she said.": a conjunction opens reported words where the
            # frame is a verb of speech or belief that the speaker phrase alone parts from the
            # comma and that ends the clause ("…, he said." / "…, he said Wednesday on MSNBC" /
            # "…, an official said Saturday.").
            rest = tail.strip(" .!?")
            no_words = not _WORDS.search(tail)
            day_only = _DAY_MEDIUM_ONLY.fullmatch(rest) is not None
            ends = (bool(f.classes & {"speech", "belief"}) and not text[end + 1:f.left].strip()
                    and (no_words or _medium_only(tail) or day_only or bool(set_in)))
            # "In fact, I think ...": a clause, not an adverbial, stands before the frame.
            # (the frame closes its sentence: nothing after it but when and where it was said)
            closed = right is None and ":" not in tail and (no_words or _medium_only(rest) or day_only)
            # ("Earlier this week, senior councillors also wrote to the minister": when, no words)
            clause = (_words_upto(text, 3, start, end) >= 3 and not _WHEN_ONLY.fullmatch(text, start, end)
                      and not _fronted(text, start, end, conjunction=ends, closed=ends and closed))
            if right is None and set_in:
                # "Greensboro, Sexton said, made him question ...": the longer part; not a
                # participle after a clause ("Sales were great, he said, wiping sweat off his
                # face"; "…, it declined, citing legal risks" reports the participle's words), and
                # after an inverted frame only a verb phrase ("…, said Quill, will be late"), never
                # the speaker's description ("…, said Mark Kantrowitz, a student loan expert").
                after = _skip_space(text, set_in.end(), sent_e)
                after_end = _trimmed_end(text, after, sent_e)
                # After a fronted clause ("If the law conflicts …, Rubio said, Christians must
                # ignore the law"), the part after the frame, whatever its length.
                if ((after_end - after > end - start or not clause)
                        and not (clause and (_PARTICIPLE.match(text, after, sent_e)
                                             or _ADJUNCT_AFTER.match(text, after, sent_e)
                                             or _CONJ_LEAD.match(text, after, sent_e)
                                             or _SUBORD_LEAD.match(text, after, sent_e)
                                             or _MEDIUM_IN.match(text, after, sent_e)))
                        and (not f.inverted or _VERB_PHRASE.match(text, after, sent_e))
                        and _words_upto(text, 2, after, after_end) >= 2):
                    return after, after_end
            if clause:
                return start, end
        return right

    def reported_span(self, r: _Row) -> tuple[int, int]:
        """(reported_start, reported_end) of row ``r`` (QUOTE_COLUMNS): for a mixed row with a cue,
        the clause :meth:`_content` reads for its frame (up to a verb of the same speaker, as :meth:`reported` cuts
        it, or at the fragment's close where a verb coordinated with the cue follows: "called X “…” and said …")
        where that clause holds the fragment's start, running on over the fragment and its closing marks, and
        over the rest of a quotation it ends inside (up to that sentence's end); ``r``'s own span otherwise. (Read
        for mixed rows only: 0.09 of the 5.1 CPU s the quotes of PolNeAR train + PerSenT dev take.)"""
        text, s, e, f = self.doc.text, r.start, r.end, r.frame
        if r.kind == "mixed" and f is not None and f.cue_e > f.cue_s and (span := self._content(f)) is not None \
                and span[0] <= r.start < (span := self._before_next_verb(f, *span))[1]:
            close = r.end
            while close < len(text) and text[close] in _CLOSING_MARKS:
                close += 1
            s, e = span[0], max(span[1], close)
            if (g := next((g for g in self.frames_in(close, e) if g.coordinated
                           and _AND_THEN.fullmatch(text, close, g.cue_s)), None)) is not None:
                e = close  # "called her “third-rate” and boycotted …", "and said …": the speaker's next verb
            k = bisect_right(self.doc.q_opens, e - 1) - 1
            if k >= 0 and self.doc.q_closes[k] > e:
                # a clause cut inside a later quotation of it runs on to its close, within its sentence
                e = min(self.doc.q_closes[k], self.doc.sentence(e - 1)[1])
                e = len(text[:e].rstrip())
        return s, e

    def _short_tail(self, f: _Frame, tail: str, sent_e: int) -> bool:
        """Whether the words after ``f`` up to ``sent_e`` (``tail``) are few or say only where or when it was said,
        and open no "that" clause."""
        text = self.doc.text
        # The words up to a participle's clause after a comma ("…, Quill said Tuesday in Avalon, noting …"),
        # or to a dash after a verb of speech ("…, analysts say — …").
        cut = _CLAUSE_CUT.search(text, f.right, sent_e)
        own = (text[f.right:cut.start()] if cut and (text[cut.start()] == "," or "speech" in f.classes
                                                      and not _NAMING_VERB.match(text, f.cue_s)) else tail)
        return bool((_words_upto(own, 3) <= 2 or _medium_only(own) or _DAY_MEDIUM_ONLY.fullmatch(own)
                     # "…, Obama told his advisers as he labored over the speech.", "…, officials said as dawn broke
                     # Saturday.", "…, Quill said when asked about the plan": a clause of when it was said (after
                     # "say" only: "described as anti-establishment" says what as)
                     or ((f.addressee is not None or text[f.cue_s:f.cue_e].lower() in _SAY_FORMS)
                         and _SUBORD_TAIL.match(own)))
                    and not _THAT_ANY.search(tail))

    def _right_clause(self, f: _Frame, sent_s: int, sent_e: int) -> tuple[int, int] | None:
        text = self.doc.text
        if f.inverted or (_GAP_CUT.match(text, f.right, sent_e) and "," not in text[sent_s:f.right]):
            # (nor the words of a participle after the two spaces of a lost comma: "…  Cavusoglu  said  adding that …")
            return None
        to = _TO.match(text, f.right, sent_e)
        gap_cuts: tuple[re.Pattern, ...] = (_GAP_CUT, _GAP_CONTRAST_CUT)  # (the lost commas that end the words)
        if _QUOTING.match(text, f.cue_s, f.cue_e) and (held := _AS_SAYING.match(text, f.right, sent_e)):
            # "CNN quoted an American witness as saying he saw …": the one quoted and their words are
            # what the outlet reports (as PolNeAR's annotators mark it; "was quoted as saying": _frame).
            start = held.start(1)
        elif to and ("infinitive" in f.classes or _TO_VERBS.match(text, f.cue_s, f.cue_e)):
            start = to.start(1)
            gap_cuts += (_GAP_BUT_CUT,)
        elif "regard" in f.classes:
            # "Voters see Quill as the stronger candidate": what is seen and as what; "saw a drop" reports nothing.
            if (regarded := _REGARDED_AS.match(text, f.right, sent_e)) is None:
                return None
            start = regarded.start("object")
        elif "object" in f.classes and not f.classes & {"speech", "belief"}:
            m = _CLAUSE_START.match(text, f.right, sent_e)
            if not m:
                return None
            start = m.end()
            if not (_CLAUSE_OBJECT.match(text, f.right, sent_e)
                    or (" ".join(text[f.cue_s:f.cue_e].lower().split()) in _CALL_FOR
                        and _CALLED_FOR_TO.match(text, f.right, sent_e))):
                # a thing aimed at ends at a comma or a conjunction; a question or a proposition put runs on as a clause
                # does ("questioned whether she, or her successor, deserved credit")
                sent_e = self._object_end(start, sent_e)
        elif "speech" in f.classes and (answer := _ANSWER.match(text, f.right, sent_e)):
            return answer.span(1)  # "75 percent of Democrats said yes", "half said so in May"
        elif "speech" in f.classes or "belief" in f.classes:
            that = _that_clause(text, f.right, sent_e)
            that_at = text.rfind("that", f.right, that.end()) if that else -1  # where the word "that" starts
            if that and _SO_BEFORE.search(text, f.right, that_at):
                that = None  # "thinks his status is so weak that he jumped in": a clause of result
            if that and _CONTINUE.match(text, f.cue_s, f.cue_e) and _ACTIVITY.match(text, f.right, that_at):
                return None  # "continued a fierce contest in Ohio that is likely to …": an activity, a relative clause
            if (that and text[f.cue_s:f.cue_e].lower() in _SAY_FORMS and not _SAY_NEXT.match(text, that.end())
                    and (((gap := _NOUN_GAP.fullmatch(text, f.right, that_at))
                          and not _WHEN_ONLY.fullmatch(text, gap.start(1), gap.end(1)))
                         or _AUX_GAP.fullmatch(text, f.right, that_at))):
                # "said the issues that hurt Sun are behind it": a relative "that" in the clause's subject; "said
                # employees were told this week that …": the "that" of the clause's own verb (not one before a verb of
                # saying, a frame of its own: "said the world lost a voice that said “…”")
                that = None
            if that and any(g.classes & {"speech", "belief"} for g in self.frames_in(f.cue_e, that.end())):
                # "said he heard shots and suspected that …": a "that" after another reporting
                # verb opens that verb's clause, not this one's.
                that = None
            if that:
                start = that.end()
            elif ((about := _ABOUT.match(text, f.right, sent_e)) and len(cue := text[f.cue_s:f.cue_e].split()) > 1
                  and cue[-1].lower() in _FEELING_NOUNS):
                # "expressed concern about the cost of the levy": the object of "about", as far as a thing aimed at
                # runs (not a phrase before a clause, as in "said about the levy it …"); a verb and its noun only,
                # not the verb "doubts"
                start = about.end()
                sent_e = self._object_end(start, sent_e)
            elif ("speech" in f.classes and (colon := _COLON_CLAUSE.match(text, f.right, sent_e))
                  and self.doc.para(f.cue_s) > 0 and text[colon.end():sent_e].rstrip().endswith(_STOPS)):
                # the clause a colon opens is what was said, also after "put it" (manner); not in a headline
                # ("IG report: State was inaccurate", the first paragraph; "Levy explained: what happens next")
                start = colon.end()
            elif "manner" in f.classes:
                return None
            else:
                m = (_DAY_THEN_CLAUSE.match(text, f.right, sent_e) or _CLAUSE_START.match(text, f.right, sent_e)
                     or _ASIDE_THEN_PRONOUN.match(text, f.right, sent_e))
                if not m or (_CONTINUE.match(text, f.cue_s, f.cue_e) and _ACTIVITY.match(text, f.right, sent_e)):
                    # "Howard continued his scathing remarks": what goes on is an activity, no words.
                    return None
                start = m.end()
                # (what shows no finding reports only a clause too: "Trump showed flashes of compassion" shows no words)
                nominal = "nominal" in f.classes or (
                    text[f.cue_s:f.cue_s + 4].lower() == "show"
                    and not _EVIDENCE_BEFORE.search(text, max(sent_s, f.left - 80), f.cue_s))
                like = (_LIKE_CLAUSE.match(text, start, sent_e) or "belief" in f.classes and _WH_OPENS.match(
                    text, start, sent_e)) if nominal else None
                to_one = None
                if like:
                    # "feel like they have had an influence", "felt as if it were over"; what a verb of knowing
                    # reports: "does not know whether Pence will endorse him"
                    start = like.end()
                elif ("speech" in f.classes and not f.told
                      and (to_one := _TO_ONE_THEN_CLAUSE.match(text, start, sent_e))):
                    # "admitted to the Avalon Times many at the firm knew": the one told, then the clause
                    start = to_one.end()
                elif _NOT_CLAUSE.match(text, start, sent_e):
                    # "said in politics it takes time": a phrase of the clause before its pronoun
                    # subject; "said in a statement it was over", "said in Iowa he would run": where
                    # or when it was said, then the clause.
                    pp = _PP_THEN_PRONOUN.match(text, start, sent_e)
                    if pp is None or "nominal" in f.classes:
                        return None
                    words = pp.group(1).split()
                    if ((_MEDIUM_IN.match(text, start, pp.end()) and words[0].lower() in _OWN_MEDIUM)
                            or any(w[:1].isupper() or w.lower() in _WHEN_WORDS for w in words)):
                        start = pp.end()
                # (or "that" before an aside's comma: 'boasted that, thanks to his “Survey Method,” he was')
                if nominal and not (like or to_one or _PRONOUN_SUBJECT.match(text, start, sent_e)
                                    or _NP_THEN_FINITE.match(text, start, sent_e) or text.startswith("that,", start)):
                    # "announced a series of agreements": a thing announced, a speech act; but a thing put forward
                    # (the "cited" class: "proposed a ban on night sailings") is what the subject said.
                    # So is a statement a verb of speech has as its object ("denied the charges"), but not where a
                    # participle of speech after it gives the words ("posted a Facebook comment of her own, saying …":
                    # the medium they came in).
                    stop = _OBJECT_END.search(text, start, sent_e)
                    if (not self.speech_acts
                            and ("cited" not in f.classes or _CITED_NO_OBJECT.match(text, f.right))
                            and not ("speech" in f.classes and _STATEMENT_OBJECT.match(text, start, sent_e)
                                     and not (stop and _SPOKEN_AFTER.match(text, stop.start())))):
                        return None
                    sent_e = self._object_end(start, sent_e)
        else:
            return None
        end = sent_e
        if f.spk is not None and text[f.spk.start:f.spk.end].lower() in ("who", "which"):
            # "Ada Quill, who asked not to be named, said …": a relative clause's words end at the comma
            # before the verb of the clause it is set in (not at an apposition's: "the trade for Gary Powers,
            # the U-2 pilot shot down …", nor an aside's: "that Mr. Jäger, under fire …, would")
            # (in a text stripped of its commas, the two spaces of a lost comma: "Wilson  who told people  he  was
            # prepared to spend $10 million on the race  had the money", PerSenT)
            commas = (_CLAUSE_COMMA.finditer(text, start, sent_e) if "," in text[sent_s:sent_e] else
                      (g for g in _GAP.finditer(text, start, sent_e) if lost_comma(text, *g.span(), sent_s, sent_e)))
            for comma in commas:
                after = _skip_space(text, comma.end(), sent_e)
                if _VERB_PHRASE.match(text, after, sent_e) or _FINITE_AFTER.match(text, after, sent_e):
                    end = comma.start()
                    break
            # "“…,” a resident who asked not to be named told AFP": with no comma, at the verb of that clause, a
            # frame whose speaker stands before the relative pronoun
            end = next((g.cue_s for g in self.frames_in(start, end) if g.spk.end <= f.spk.start), end)
        if (f.agent or _SUBORD.match(text, sent_s, f.left) or self._in_subordinate(sent_s, f.left)
                # "Quill, after initially saying she would not stand, entered the race"
                or (f.participle and (_ASIDE_PREPOSITION.search(text, max(sent_s, f.cue_s - 26), f.cue_s)
                                      or _PARTICIPLE_OPENING.fullmatch(text, sent_s, f.cue_s)))
                # "The changes, which officials said will go into effect soon, will not …"
                or _relative_before(text, max(sent_s, f.left - 40), f.left)):
            comma = _CLAUSE_COMMA.search(text, start, sent_e)  # not "250,000"
            if comma:
                end = comma.start()
            elif (lost := self._lost_clause_comma(start, sent_s, sent_e)) is not None:
                end = lost
        cut = _CLAUSE_CUT
        m = cut.search(text, start, end)
        # (not after the frame of a relative clause, whose subject's verb may follow the aside: "Those insiders who
        # think Rubio has a chance — about 40 percent — stressed …")
        # (nor where a cue follows the aside in the sentence, as another's words may: "only a bit more than half — 55
        # percent — of Sanders supporters said they were planning to back Clinton")
        while (m and (aside := _DASH_ASIDE.match(text, m.start(), end))
               and not ((f.spk is not None and text[f.spk.start:f.spk.end].lower() in ("who", "which", "that"))
                        or _relative_before(text, max(sent_s, f.cue_s - 40), f.cue_s)
                        or bisect_left(self.cue_starts, aside.end()) < bisect_left(self.cue_starts, end))):
            m = cut.search(text, aside.end(), end)  # "said the plan — which cost $5 million — would fail": an aside
        # (at a lost comma's two spaces, not at those that pad a mention: "consisted of  Quill  telling a driver …")
        gaps = [next((g for g in gap_cut.finditer(text, start, m.start() if m else end)
                      if lost_comma(text, g.start(), g.start() + len(g[0]) - len(g[0].lstrip(" \t")), sent_s, sent_e)),
                     None) for gap_cut in gap_cuts]
        gaps = [g for g in gaps if g]
        if gaps and "," not in text[sent_s:(gap := min(gaps, key=re.Match.start)).start()]:
            m = gap
        if m:
            # A comma inside the closing mark ("were “overblown,” adding …") ends the words after
            # that mark: the quoted words stay whole.
            closed = _COMMA_CLOSING.match(text, m.start())
            end = closed.end() if closed else m.start()
        for g in self.frames_in(start, end):
            # "The findings suggest that schedules should change, Quill said.": the words end at
            # another speaker's frame after a comma that ends the clause ("…, records show.").
            lead = min(g.cue_s, g.spk.start)
            if (g is not f and lead > start and (comma := _FRAME_COMMA.search(text, start, lead)
                                                 or self._frame_gap(g, start, sent_s, lead)) is not None
                    and text[g.spk.start:g.spk.end].lower() not in ("who", "which", "that")
                    and _FRAME_ENDS_CLAUSE.match(text, g.right, sent_e)):
                end = comma.start()
                break
            if (g is not f and "speech" in g.classes and g.spk is not None and lead > start
                    and not (g.inverted or g.participle or g.noun or g.agent)
                    and text[g.spk.start:g.spk.end].lower() not in ("who", "which", "that")
                    and (rel := _RELATIVE_FRAME_LEAD.search(text, max(start, g.spk.start - 24), g.spk.start))
                    and (text[rel.start()] == "," or "," not in text[sent_s:rel.start()])
                    # (not an aside closed by a comma before the clause's own verb: "the announcement, which some have
                    # argued was meant to …, was an “insult”")
                    and not _COMMA_THEN_VERB.search(text, g.right, end)
                    # (nor where it quotes: the quotation stays the sentence's speaker's, as the relative's pronoun is
                    # not always read back to them: "Iran said …, which it said it would review ``with optimism.''")
                    and not self.doc.in_quote(end - 1) and not any(g.right <= o < end for o in self.doc.q_opens)):
                end = rel.start()  # "…, which he said he would raise": the relative clause is the next speaker's
                break
            # "The White House has said there is no evidence of unfitness, and the father's lawyer, Gregory Craig, said
            # the allegations were …": another speaker's verb of speech, its subject opening a clause after ", and" or
            # ", but" (or the two spaces of a lost comma and "and": "… on immigration  and  Ryan  said …"), ends the
            # words (not "…, and the plan Quill said was fair", the subject no speaker's, nor a relative clause's:
            # "…, and his friend Bo Tarn, who has pledged to …")
            if (g is not f and "speech" in g.classes and g.spk is not None and lead > start
                    and not (g.inverted or g.participle or g.coordinated or g.noun or g.agent)
                    and text[g.spk.start:g.spk.end].lower() not in ("who", "which", "that")
                    and ((conj := _CONJ_BEFORE.search(text, start, g.spk.start)) is not None
                         or ("," not in text[sent_s:g.spk.start]
                             and (conj := _GAP_CONJ_BEFORE.search(text, start, g.spk.start)) is not None
                             and lost_comma(text, *conj.span(1), sent_s, sent_e)))
                    and _SPEAKER_GAP.fullmatch(text, conj.end(), g.spk.start)):
                end = conj.start()
                break
        end = _trimmed_end(text, start, end)
        return (start, end) if end > start else None

    def _lost_clause_comma(self, start: int, sent_s: int, sent_e: int) -> int | None:
        """Where the first comma after ``start`` stood in a sentence with none (a text stripped of them, PerSenT):
        "When Stern asked  Trump  to elaborate   Trump  said …", "When Stern asked if Rice was a “lightweight ”  Trump
        said …" end the words asked where "…, Trump said" does; not at two spaces that pad a mention
        (:func:`lost_comma`: "asked if  Trump  was"), which a comma's would make three."""
        text = self.doc.text
        if "," in text[sent_s:sent_e]:
            return None
        for gap in _CLAUSE_GAP.finditer(text, start, sent_e):
            s, e = gap.span()
            quote = not text[e - 1].isspace()
            if quote or lost_comma(text, s, e, sent_s, sent_e):
                return e if quote else s
        return None

    def _frame_gap(self, g: _Frame, start: int, sent_s: int, lead: int) -> re.Match | None:
        """The two spaces of a lost comma (:meth:`_lost_comma`) before the frame ``g`` that opens at ``lead``, after
        ``start``, in a sentence with no comma before it: "… during treatment for an abnormal spine  an official said
        Wednesday.", "… to manipulate a ligament  according to the report." (PerSenT) end the words before them as ",
        an official said" does; so too before "as" ("… a Ukrainian political commentator  as Voloshyn also told The
        Washington Post earlier this week.")."""
        if "," in self.doc.text[sent_s:lead]:
            return None
        gap = self._lost_comma(g, sent_s) or _AS_GAP.search(self.doc.text, start, lead)
        return gap if gap is not None and gap.start() > start else None

    def _object_end(self, start: int, sent_e: int) -> int:
        """Where a thing aimed at or put forward from ``start`` ends: at a comma or a conjunction (_OBJECT_END), or
        before the means after it where that is a participle of speech or citing ("defended the levy by noting that
        …", "by citing a poll"), whose row holds its own words."""
        text = self.doc.text
        stop = _OBJECT_END.search(text, start, sent_e)
        end = stop.start() if stop else sent_e
        for g in self.frames_in(start, end):
            if g.participle and g.classes & {"speech", "cited"} and (by := _BY_BEFORE.search(text, start, g.cue_s)):
                return by.start()
        return end

    def _in_subordinate(self, sent_s: int, left: int) -> bool:
        return bool(_SUBORD_COMMA.search(self.doc.text, max(sent_s, left - 60), left))

    def _according(self, f: _Frame, sent_s: int, sent_e: int) -> tuple[int, int] | None:
        text = self.doc.text
        after = None
        comma = text.find(",", f.right, sent_e)
        gap = f.right
        if comma == -1 and not text.startswith("  ", gap) and _NEXT_CLAUSE.fullmatch(text, sent_s, f.cue_s):
            # the source's phrase opening its sentence runs on past the name or noun taken as the speaker to its gap
            # ("According to the source familiar  Tarn had …", "According to a memo seen by the board   Tarn …")
            gap = max(gap, _source_end(text, f.cue_e, sent_e))
        if (comma == -1 and text.startswith("  ", gap) and "," not in text[sent_s:gap]
                and "  " not in text[f.cue_e:gap].strip()):
            # in a text stripped of its commas (PerSenT), the two spaces right after the source stand for the comma
            # after it ("According to the Carmel Police  Mathis was …"), as _lost_comma reads them before a frame;
            # not where the phrase of the source holds such a gap (read over the lost comma: "According to  Packer
            # Hastings  would", "According to news reports   Shaw  also allegedly wrote")
            comma = gap
        if comma != -1:
            start = _skip_space(text, comma + 1, sent_e)
            aside = _SOURCE_ASIDE.match(text, start, sent_e)  # "In a new poll, conducted in May, …"
            start = aside.end() if aside else start
            end = _trimmed_end(text, start, sent_e)
            after = (start, end) if end > start else None
        prior = [g.right for g in self.frames_in(sent_s, f.cue_s) if g.closing] if f.closing else []
        if prior:
            # "Quill rose in one poll, and Tarn fell in another": the clause after the poll before this one
            sent_s = _NEXT_CLAUSE.match(text, prior[-1], f.cue_s).end()
        if not _WORDS.search(text, sent_s, f.cue_s):
            return after
        if f.closing and (comma == f.right and _POLL_IN_PHRASE.match(text, _skip_space(text, sent_s, f.cue_s), f.cue_s)
                          # "Quill said Tarn trails in most polls", "Tarn knows he must reach 15 percent in the polls":
                          # the clause is another's words or thought, or part of them
                          or any(g.classes & {"speech", "belief"} for g in self.frames_in(sent_s, f.cue_s))):
            return None
        if after and _NEXT_CLAUSE.fullmatch(text, sent_s, f.cue_s):
            # "But according to aides, Tarn wants to run": a conjunction alone before the phrase opens the sentence
            return after
        head_end = _trimmed_end(text, sent_s, f.cue_s)
        if after and _COMMA_CONJUNCTION_END.search(text, sent_s, f.cue_s):
            # "Turkey shut down Iraq's major oil outlets, but according to Jordanian officials, a smaller line
            # remained operating": the phrase opens the clause the conjunction opens, whose words it reports
            return after
        # "In addition, according to the department, …": a short fronted phrase is not what the
        # source says; the words after the source's comma are.
        if after and text[head_end:f.cue_s].strip() == "," and (
                _words_upto(text, 3, sent_s, head_end) < 3
                or _fronted(text, _skip_space(text, sent_s, head_end), head_end)
                # "… because, according to Trump, the media would call him …": the clause after
                or _OPENER_END.search(text, max(sent_s, head_end - 12), head_end)):
            return after
        start = _skip_space(text, sent_s, f.cue_s)
        end = _trimmed_end(text, start, f.cue_s)
        return (start, end) if end > start else None


# A phrase with no verb of its own that a poll's "in" ends, set off before a comma: a fronted one ("Despite his
# standing in the polls, Quill …", "Among voters in the survey, …") or an aside after a name ("Ada Quill, the
# leader in state polls, said", "Bo Tarn, who is third in most surveys, …"); no finding of the poll.
_POLL_IN_PHRASE = re.compile(r"(?:(?:despite|depending|on|among|with|for|at|by|from|amid|given|under|during|like"
                             r"|unlike)\b|[^,]*,\s+(?:who|which|the|a|an)\b)[^,]*$", re.I)
# What opens the clause after a poll's phrase that ends one ("in one poll, and Tarn fell …").
_NEXT_CLAUSE = re.compile(r"[\s,;:—–-]*(?:(?:and|but|so|yet|though|although|while|whereas)\s+)?", re.I)
# A comma and a conjunction right before "according to" (", but according to …").
_COMMA_CONJUNCTION_END = re.compile(r",\s+(?:but|and|yet|so|while|whereas|although|though)\s+$", re.I)
_OPENER_END = re.compile(r"\b(?:because|after|before|that|but|and|or|since|while|when|as|if|so|although|though|whereas"
                         r"|until|unless)$", re.I)


# A question put to someone (_Extractor.questions): "asked" opening its sentence or after a word of time or
# condition ("When asked", "If asked"), or a passive's ("was asked"), then up to eight words (where, when, by
# whom: not "to", an intention asked for) and the word that opens the question; "about" opens a topic asked about,
# a speech act.
# (the scan finds "asked" and reads the lead before it and the question after it, rather than trying the lead at
# every position of the text)
_WH = r"whether|if|what|why|how|which|who|whom|whose|when|where"
_ASKED = re.compile(r"\b[Aa]sked\b")
_QUESTION_LEAD = re.compile(r"(?:\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter|[Bb]efore)\s+(?:being\s+)?"
                            r"|\b(?P<aux>is|was|are|were|been|being)\s+(?:\w+ly\s+)?)$")
_OPENS = re.compile(_OPENS_CLAUSE)
_QUESTION = re.compile(rf"(?:\s+(?!(?:{_WH}|to)\b)[^\s,.;:!?“”\"]+){{0,8}}?\s+(?P<wh>{_WH})\b")
_QUESTION_OR_TOPIC = re.compile(_QUESTION.pattern.replace(f"(?P<wh>{_WH})", f"(?P<wh>{_WH}|about)"))
_QUESTION_END = re.compile(r"[,;:“”\"(—–]")
_ASKED_TO = re.compile(rf"(?:\s+by\s+[^\s,.;:!?“”\"]+(?:\s+[^\s,.;:!?“”\"]+){{0,4}}?)?\s+(?P<wh>(?:not\s+)?to\s+"
                       rf"(?!(?:{_DETERMINER_WORD})\b)[a-z])")
_BY = re.compile(r"\bby\b")
# "is expected to", "are widely expected to", "would be expected by analysts to" (_Extractor.expectations); not
# "has been expected to" (PolNeAR train 1 of 3), nor "expected" with no auxiliary ("the expected vote")
_EXPECTED = re.compile(r"\b(?P<cue>(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Bb]e|(?<=\w)[’'](?=s\b)s)"
                       r"(?:\s+(?:not|also|still|now|\w+ly))?\s+expected)"
                       r"(?:\s+(?P<by>by\s)[^\s,.;:!?“”\"]+(?:\s+[^\s,.;:!?“”\"]+){0,4}?)?"
                       r"\s+(?P<to>to\s+[a-z])")
# (what is expected ends at a comma but one in a number, "1,237"; quoted words inside it are part of it)
_EXPECTED_END = re.compile(r",(?!\d)|[;:(—–]")


def _outside_reported(rows: list[_Row]) -> list[_Row]:
    """``rows`` less those of a verb of belief or intention inside the words a verb of speech or "according to"
    reports ("Quill said she thinks the levy is fair", "officials said Marsh plans to resign", "Tarn wants to run,
    according to aides"): what that source said, not a second attribution, nor the words of the one it names (PolNeAR's
    annotators mark the outer one alone). A verb of speech there keeps its row ("Marsh said Tarn told her …"), and so
    does a verb of belief inside another's words ("hopes …, even as he understands how hard it is")."""
    spans = sorted((r.start, r.end) for r in rows if r.frame.classes & {"speech", "according"})
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end of the rows opening so far
    kept = []
    for r in rows:
        k = bisect_right(starts, r.frame.cue_s) - 1
        if not (k >= 0 and reach[k] > r.frame.cue_s and r.frame.classes & _THOUGHT and "speech" not in r.frame.classes):
            kept.append(r)
    return kept


def _fronted(text: str, start: int, end: int, conjunction: bool = False, closed: bool = False) -> bool:
    """Whether ``text[start:end]``, the words before a frame's comma, are a fronted phrase with no
    comma of its own ("Asked if he was bullied, he said no.", "Even after the growth cooled, the
    borrowing continued."), not reported words. With ``conjunction``, one opening them is read
    past: "But the plan was over, she said." reports a clause, "But asked about it, she said no."
    does not. With ``closed`` (the frame ends the sentence, so its words stand before it), a word
    in -ing or -ed opens a clause ("Seeing him suffer led her to quit, she said.")."""
    lead = _CONJ_LEAD.match(text, start, end) if conjunction else None
    start = lead.end() if lead else start
    lead = _EVEN_LEAD.match(text, start, end)
    start = lead.end() if lead else start
    if closed and _PP_THEN_CLAUSE.match(text, start, end):
        return False
    return bool((_FRONTED_CLOSED if closed else _FRONTED).match(text, start, end)) and "," not in text[start:end]


def _after_comma(text: str, f: _Frame, lo: int) -> bool:
    """Whether the frame ``f`` follows a comma that ends the words it reports ("…, said Quill", "…,
    legal experts say"), looking back no further than ``lo``."""
    if f.inverted:
        return bool(_COMMA_END.search(text, max(lo, f.cue_s - 4), f.cue_s))
    return bool(_LEFT_COMMA.search(text, max(lo, f.left - 200), f.left))


def _speech(frames: list[_Frame]) -> list[_Frame]:
    """The frames that can attribute words in quotation marks: not a verb of intention alone
    ("voted", "planned": they take "to ...", not words)."""
    return [f for f in frames if not f.classes <= _INTENTION]


def _names_a_thing(text: str, q: Quoted, lo: int) -> bool:
    """Whether a quoted passage inside a sentence is a name or a title, not words someone said:
    after "titled", "dubbed", "his favorite book is" (``data/quotes_name_cues.txt``), before
    "policy", "campaign" (``quotes_name_heads.txt``), or in title case (every word capitalised
    but small ones, no sentence inside) where the sentence around it is not (a headline) or
    after "on" (a programme: "on NBC’s “Meet the Press”"); never after words called out
    ("chanting “Dump Becker”": ``quotes_outcry_words.txt``)."""
    if _OUTCRY.search(text, max(lo, q.open - 40), q.open):
        return False
    if (cue := _NAME_CUE.search(text, max(lo, q.open - 40), q.open)) and not (
            # (a predicate after a copula's cue in lower case: "the show was “postponed, not cancelled”"; a title opens
            # with a capital: "his favourite show was “Seinfeld”")
            _COPULA_END.search(cue.group()) and text[q.start:q.start + 1].islower()):
        return True
    if _NAME_HEAD.match(text, q.close):
        return True
    inner = text[q.start:q.end].rstrip(",.;: ")
    words = _TITLE_WORD.findall(inner)
    if not words or len(words) > 8 or _SENTENCE_MARK.search(inner) or not words[0][:1].isupper():
        return False
    if not all(_title_word(w) for w in words):
        return False
    if len(words) == 1 and words[0] in ("I", "No", "Yes", "OK", "Okay"):
        return False
    if len(words) > 1 and _ON_PROGRAMME.search(text, max(lo, q.open - 40), q.open):
        return True  # 'Appearing on NBC’s “Meet the Press,” Quill said'
    around = _TITLE_WORD.findall(text, max(lo, q.open - 60), q.open)[-4:]
    around += _TITLE_WORD.findall(text, q.close, q.close + 60)[:4]
    return any(w[:1].islower() and w not in _SMALL_WORDS for w in around)


def _outcry(text: str, q: Quoted) -> bool:
    """Whether the quotation ``q`` is an exclamation or a question right after a word of calling out ("shouted
    “Rubbish!”", "chanted “Lock her up!”", ``data/quotes_outcry_words.txt``): a whole utterance, so a direct row
    however short, not a word the sentence's grammar holds."""
    return text[q.end - 1:q.end] in "!?" and _OUTCRY.search(text, max(0, q.open - 40), q.open) is not None


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a headline: four to thirty words, every one
    capitalised (or a number) but the small ones, and no full stop before its end (nor before
    the closing quotation mark that ends it: "Quill Calls the Plan ‘Reckless.’")."""
    # Read word by word: most paragraphs show a word in lower case among their first few.
    words = 0
    for m in _TITLE_WORD.finditer(text, start, end):
        if m.group().strip("’'-"):
            if not _title_word(m.group()):
                return False
            words += 1
    if not 4 <= words <= 30:
        return False
    last = _trimmed_end(text, start, end)
    while last > start and text[last - 1] in _CLOSING_MARKS:
        last = _trimmed_end(text, start, last - 1)
    return not _STOP_MARK.search(text, start, last)


def _title_word(word: str) -> bool:
    """Whether ``word`` is written as in a title: capitalised, a number or a small word ("of")."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _SMALL_WORDS


def _words_upto(text: str, cap: int, start: int = 0, end: int | None = None) -> int:
    """The number of words in ``text[start:end]``, counted up to ``cap`` only: a bounded look
    whatever the length of the text."""
    found = _WORDS.finditer(text, start, len(text) if end is None else end)
    return len(list(itertools.islice(found, cap)))


def _medium_only(gap: str) -> bool:
    """Whether the words between a cue and a quote are only where or when it was said."""
    return bool(_MEDIUM_ONLY.fullmatch(gap))


def _trimmed_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without its trailing white space and marks (``_TRAILING``),
    read backwards from the end: a pattern anchored at the end would be tried from every
    character of the clause."""
    end = min(end, len(text))
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return max(start, end)


def _mark_before(text: str, lo: int, pos: int) -> str:
    """The last character of ``text[lo:pos]`` that is not white space ("" if there is none): the one
    a pattern ending in ``\\s*$`` searched for up to ``pos`` ends with, from ``lo`` on."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > lo else ""


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and (text[pos].isspace() or text[pos] in "—–-:"):
        pos += 1
    return pos


# ==========================================================================================
# the table
# ==========================================================================================


# A wire dateline opening a paragraph: "WASHINGTON (Reuters) - ", "AVALON, Fla. -- ",
# "NEW AVALON, Oct 3 (PTI): ", "NEW AVALON: ", "New Avalon, Oct 3 (PTI) ", the agency alone ("(Bloomberg) -- "), or
# a live blog's time stamp ("10:42 GMT - ", "9.30am: "). The words a frame reports start after it. (The AP's ASCII
# copy of the 1990s writes its dash as an underscore: "BONN, Germany (AP)_ ", "NAIROBI, Kenya (AP) _ ".)
_LEAD_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'’ -]*[A-Z.]{DATELINE_AFTER_PLACE}"
    r"(?:[ \t]*\([A-Za-z. ]{2,30}\))?|\([A-Z][A-Za-z. ]{1,29}\)"
    r"|\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)[ \t]*(?:--|[—–_-]|:)[ \t]+(?=\S)"
    rf"|{BARE_AGENCY_DATELINE}[ \t]+")


# "the statement", "the letter": a document met before as a speaker (data/quotes_own_documents.txt), at most this many
# paragraphs after the one its issuer spoke in.
_THE_DOCUMENT = re.compile(rf"[Tt]he\s+({alternation(word_list('own_documents'))})")
_DOCUMENT_REACH = 3
# A document given out by the subject of its sentence ("The campaign sent out a fundraising email", "Pathway issued a
# statement", "Cook provided a written statement") or by the one after "by" or "from" ("a letter signed by Ivo Brant",
# "a memo from the mayor", "an email was sent from Ivo Brant"): its issuer, for "the statement" and the like after it
# (as one who spoke in it is).
_GAVE_OUT = re.compile(r"\s(?:issued|released|put\s+out|sent(?:\s+out)?|posted|published|e-?mailed|circulated"
                       r"|distributed|penned|wrote|provided)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?"
                       rf"(?P<doc>{alternation(word_list('own_documents'))})\b")
# (The article, "a" or "an" after \b, is written from its letter, the word boundary a look-behind after it: the engine
# skips to each "a" where it tried a pattern opening with \b at every character; 0.096 -> 0.025 CPU s on PolNeAR
# train + PerSenT dev, the same matches.)
_DOCUMENT_BY = re.compile(rf"a(?<!\wa)n?\s+(?:[\w’'-]+\s+){{0,2}}?(?P<doc>{alternation(word_list('own_documents'))})"
                          r"\s+(?:(?:(?:was|were)\s+)?(?:signed|issued|released|written|sent|posted)\s+(?:out\s+)?"
                          r"(?:by|from)|from)\s+")
# A description of the issuer set off before their name after "by" or "from": "an email was sent from the club’s
# executive director, Jeremy Boreing, to the club members".
_DESCRIBED_ISSUER = re.compile(r"(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*,\s+")


# "reminded the crowd of the stakes", "informed the Transport Department of its intention": a verb of telling someone of
# something (data/quotes_of_verbs.txt), the one told (a pronoun, or up to five words with no "of"), then "of"; not a
# quantity's "of" ("assured most of his listeners supported him", "none of them", "half of the voters").
_OF_VERBS = frozenset(words("of_verbs"))
_TOLD_OF = re.compile(rf"(?!(?:{'|'.join(sorted(_QUANTIFIERS))}|none|one|each|half|any|part|the\s+rest)\s+of\b)"
                      r"((?:me|us|him|her|them|you)|(?:(?!of\b)[\w’'.-]+\s+){0,4}?(?!of\b)[\w’'.-]+)\s+(?=of\s)")
# "informed the family of Ivo Brant, 37, that he had died": a clause after a comma and "that" is what was said, and
# the "of" belongs to the one told (not "reminded voters of the promise that he made", a relative clause).
_TOLD_THAT = re.compile(r",\s+that\s+")


def _doc_quotes(doc_id: str, text: str, sents: Mapping[str, list], mentions: Mapping[str, list],
                genders: dict[str, str | None], speech_acts: bool, scare_quotes: bool) -> list[tuple]:
    doc = Article(text, sents, mentions, genders, _CUE_SCAN)
    ex = _Extractor(doc, speech_acts, scare_quotes)
    ex.transcript()
    ex.posts()
    ex.quotes()
    ex.block_quotes()
    ex.reported()
    ex.questions()
    if speech_acts:
        ex.expectations()
    ex.headlines()
    for r in ex.rows:
        if r.kind == "indirect" and r.start == doc.para_span(r.start)[0] \
                and (lead := _LEAD_DATELINE.match(text, r.start, r.end)) is not None:
            r.start = lead.end()  # "WASHINGTON (Reuters) - The levy …, Quill said": not the dateline
    ex.pull_quotes()
    order = sorted(range(len(ex.rows)), key=lambda i: (ex.rows[i].start, ex.rows[i].end))
    new_id = {old: new for new, old in enumerate(order)}
    out = []
    issued: dict[str, tuple[str, str, int]] = {}  # a document's noun -> who last spoke in one, and its paragraph
    given_out = _documents_given_out(doc)
    for old in order:
        r = ex.rows[old]
        while given_out and given_out[0][0] < r.start:
            _, noun, issuer = given_out.pop(0)
            issued[noun] = issuer
        f = r.frame
        speaker, spk_s, spk_e, spk_kind, desc, members, member_kinds = r.speaker
        addressee = f.addressee if f is not None else None
        if (r.kind == "indirect" and addressee is None and f is not None and f.cue_e <= r.start
                and text[f.cue_s:f.cue_e].lower() in _OF_VERBS and (told := _TOLD_OF.match(text, r.start, r.end))):
            # "reminded the crowd of the stakes": the crowd is told, what was said opens at "of"
            if (that := _TOLD_THAT.search(text, told.end(1), r.end)) is not None:
                addressee, r.start = text[r.start:that.start()], that.end()
            else:
                addressee, r.start = told.group(1), told.end(1) + 1
        if spk_kind == UNNAMED and (the_doc := _THE_DOCUMENT.fullmatch(text, spk_s, spk_e)) is not None:
            # "The operator said in a statement that … “…,” the statement read.": the document met a few paragraphs
            # before speaks for the one who spoke in it, and is the quote's medium
            noun = the_doc.group(1).lower()
            if noun in issued and doc.para(r.start) - issued[noun][2] <= _DOCUMENT_REACH:
                (speaker, spk_kind, _), members, member_kinds = issued[noun], None, None
                r.medium = r.medium or noun
        elif r.medium and speaker and spk_kind in (NAMED, ORGANISATION):
            issued[r.medium.rsplit(None, 1)[-1].lower()] = (speaker, spk_kind, doc.para(r.start))
        cue_s = (f.cue_s if f.lead is None else f.lead) if f is not None and f.cue_e > f.cue_s else None
        cue = " ".join(text[cue_s:f.cue_e].split()) if cue_s is not None else None
        rep_s, rep_e = ex.reported_span(r)
        out.append((
            doc_id, new_id[old], r.kind, r.start, r.end, text[r.start:r.end], cue,
            cue_s, f.cue_e if cue_s is not None else None, cue_s is not None and _negated(text, cue_s, f.cue_e),
            speaker, spk_s, spk_e, spk_kind, desc, addressee,
            r.medium, new_id.get(r.continues) if r.continues is not None else None,
            doc.sentence(r.start)[2], text[rep_s:rep_e], rep_s, rep_e,
            list(members) if members else None, list(member_kinds) if members else None,
        ))
    return out


# "did not mention", "wouldn't say", "has never once said", "without explaining", "refused to say": a negator
# (data/quotes_negators.txt) before the cue, only auxiliaries, adverbs in -ly (not "only": "not only said") or the
# words of data/quotes_negation_gaps.txt between, white space alone (no comma: "Not surprisingly, Quill said").
_NEGATORS = [w.replace("n't", "n['’]t") if w.startswith("n't") else rf"\b{re.escape(w)}".replace(r"\ ", r"\s+")
             for w in word_list("negators")]
_NEGATION_GAP = alternation([*word_list("negation_gaps"), *word_list("aux_words")])
# A cue may hold its negation ("are not convinced that", the stance forms of _STANCE_GAP).
_NEGATED_CUE = re.compile(rf"(?i:(?:{'|'.join(_NEGATORS)})(?:\s+(?:{_NEGATION_GAP}|(?!only\b)\w+ly)\b)*\s+)$")
_NEGATOR = re.compile(rf"(?i:{'|'.join(_NEGATORS)})\b")
# A cue that is a refusal to speak, from the cue's first word on ("declined to comment", "refused to directly answer",
# "declined comment"; data/quotes_refused_speech.txt): no words were said, as after "refused to say".
_REFUSED_SPEECH = re.compile(rf"(?i:(?:declin|refus)(?:e|es|ed|ing)\s+(?:to\s+(?:\w+ly\s+)?)?"
                             rf"(?:{alternation(word_list('refused_speech'))})\b)")
# What every match of a negator opens with, lower case: its first word ("refused" of "refused to", "no" of "no one"),
# the apostrophe either way, leaving out a word another of them opens ("not" after "no"): the same places.
_NEGATOR_FIRSTS = {v for w in word_list("negators") for first in [w.split()[0].lower()]
                   for v in (first, first.replace("'", "’"))}
_NEGATOR_WORDS = tuple(sorted(w for w in _NEGATOR_FIRSTS
                              if not any(w != v and w.startswith(v) for v in _NEGATOR_FIRSTS)))


def _negated(text: str, cue_s: int, cue_e: int) -> bool:
    """Whether the cue at ``cue_s``-``cue_e`` is negated or said not to have happened (_NEGATED_CUE on the 80
    characters before it, a negator inside it, or a refusal to speak opening it: _REFUSED_SPEECH). Each is tried
    only where a negator's first word is (text.may_open_at): a search tries every start, and ran at each cue (first a seventh of the quote stage's time;
    then, only where the 80 characters held such a word, 0.217 CPU s for the 16,483 cues of PolNeAR train + PerSenT
    dev; now 0.073 s)."""
    if _REFUSED_SPEECH.match(text, cue_s):
        return True
    start = max(0, cue_s - 80)
    places = may_open_at(text[start:cue_e], _NEGATOR_WORDS)
    if places is None:
        return _NEGATED_CUE.search(text, start, cue_s) is not None or _NEGATOR.search(text, cue_s, cue_e) is not None
    return any(_NEGATED_CUE.match(text, at, cue_s) if at < cue_s else _NEGATOR.match(text, at, cue_e)
               for at in (start + i for i in places))


def _documents_given_out(doc: Article) -> list[tuple[int, str, tuple[str, str, int]]]:
    """(position, noun, (issuer, its speaker kind, paragraph)) of each document the article says a named person or an
    organisation gave out (_GAVE_OUT, _DOCUMENT_BY: the one right after "by" or "from", or the person whose
    description is set off before their name there, _DESCRIBED_ISSUER), in order."""
    text, out = doc.text, []
    for pattern in (_GAVE_OUT, _DOCUMENT_BY):
        for m in pattern.finditer(text):
            sent_s, sent_e, _ = doc.sentence(m.start())
            spk = (doc.subject(sent_s, m.start(), pronouns=True) if pattern is _GAVE_OUT
                   else doc.subject(m.end(), sent_e, pronouns=True))
            if spk is None or (pattern is _DOCUMENT_BY and spk.start != m.end() and not (
                    spk.kind == "PERSON" and _DESCRIBED_ISSUER.fullmatch(text, m.end(), spk.start))):
                continue
            name, kind = doc.resolve(spk)
            if name and kind in (NAMED, ORGANISATION):
                out.append((m.end(), m.group("doc").lower(), (name, kind, doc.para(m.start()))))
    return sorted(out, key=lambda g: g[0])


# The mention columns attribution reads (Article's candidates, entities.Names): the others
# (doc_id, sent_id) are not turned into lists per article.
_MENTION_READ = ["start", "end", "text", "name_start", "name_end", "title", "kind", "entity"]


def _per_doc(table: pd.DataFrame, columns: list[str]) -> dict[str, dict[str, list]]:
    """doc_id -> the document's rows of ``table`` as lists per column, in table order: each
    column is read once, where reading a DataFrame slice per article cost more than attributing
    its quotes."""
    docs = table["doc_id"].astype(str).tolist()
    values = [table[c].tolist() for c in columns]
    spans: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    for doc_id, run in itertools.groupby(docs):
        end = pos + sum(1 for _ in run)
        spans.setdefault(doc_id, []).append((pos, end))
        pos = end
    return {doc_id: {c: col[runs[0][0]:runs[0][1]] if len(runs) == 1 else [v for a, b in runs for v in col[a:b]]
                     for c, col in zip(columns, values)}
            for doc_id, runs in spans.items()}


def _inputs(articles: pd.DataFrame, sentences: pd.DataFrame | None, mentions: pd.DataFrame | None,
            genders: Mapping[str, str | None] | None
            ) -> tuple[pd.DataFrame, Callable[[str], tuple[dict[str, list], dict[str, list]]], dict[str, str | None]]:
    """What attribution reads of a corpus: its articles (``doc_id`` as text, a missing text ""), a function
    from a doc_id to the article's sentences and mentions (lists per column, what :class:`Article` takes) and
    the genders of its entities; the sentences, mentions and genders computed where not given."""
    articles = articles[["doc_id", "text"]].assign(doc_id=articles["doc_id"].astype(str),
                                                   text=articles["text"].map(lambda t: t if isinstance(t, str) else ""))
    if sentences is None:
        sentences = split_sentences(articles)
    if mentions is None:
        mentions = entities.find_mentions(articles, sentences)
    genders = dict(genders) if genders is not None else entities.person_gender(mentions, articles).to_dict()
    sent_columns = [c for c in ("start", "end", "sent_id") if c in sentences]
    ment_columns = [c for c in _MENTION_READ if c in mentions]
    sent_groups, ment_groups = _per_doc(sentences, sent_columns), _per_doc(mentions, ment_columns)

    def of_doc(doc_id: str) -> tuple[dict[str, list], dict[str, list]]:
        return (sent_groups.get(doc_id) or {c: [] for c in sent_columns},
                ment_groups.get(doc_id) or {c: [] for c in ment_columns})

    return articles, of_doc, genders


def span_speakers(articles: pd.DataFrame, spans: pd.DataFrame, sentences: pd.DataFrame | None = None, *,
                  mentions: pd.DataFrame | None = None,
                  genders: Mapping[str, str | None] | None = None) -> pd.DataFrame:
    """The speaker and speaker kind that attribution gives a phrase someone else marked as a speaker (``spans``:
    ``doc_id``, ``start``, ``end`` into the article's text, e.g. a gold Source), so that a source count from
    hand-marked speakers names and classes them as :func:`extract_quotes` names and classes its own.

    The phrase is read as the speaker candidate (entity mention, pronoun or noun phrase) attribution takes at its
    first word (``Article.speaker_at``: "frontrunner Ada Quill" is Quill), else the one that overlaps it and starts
    first, the longest of those (a gold "a spokesman for the council" is "a spokesman …", not "the council"),
    resolved by the article's own resolution (``Article.resolve``: canonical names, antecedents of pronouns, roles
    to the person they stand for); no candidate overlapping it: ``unresolved``. A pronoun is resolved without the
    speakers of the quotes before it, which extraction has when it resolves its own.
    Returns ``spans`` (its index reset) with ``speaker`` and ``speaker_kind``. ``sentences``, ``mentions`` and
    ``genders`` as :func:`extract_quotes` takes them (computed when not given).
    """
    check_articles(articles, "span_speakers")
    articles, of_doc, genders = _inputs(articles, sentences, mentions, genders)
    texts = dict(zip(articles["doc_id"].tolist(), articles["text"].tolist()))
    spans = spans.reset_index(drop=True)
    found: list[tuple[str | None, str]] = [(None, UNRESOLVED)] * len(spans)
    for doc_id, rows in spans.groupby(spans["doc_id"].astype(str), sort=False).groups.items():
        doc = Article(readable(texts.get(doc_id, "")), *of_doc(doc_id), genders, _CUE_SCAN)
        for i in rows:
            s, e = int(spans.at[i, "start"]), int(spans.at[i, "end"])
            c = doc.speaker_at(s, e, modifiers=True) or min(
                (c for c in doc.cands if c.start < e and s < c.end), key=lambda c: (c.start, -c.end), default=None)
            if c is not None:
                found[i] = doc.resolve(c)
    return spans.assign(speaker=[name for name, _ in found], speaker_kind=[kind for _, kind in found])


def extract_quotes(articles: pd.DataFrame, sentences: pd.DataFrame | None = None, *,
                   mentions: pd.DataFrame | None = None, genders: Mapping[str, str | None] | None = None,
                   speech_acts: bool = False, scare_quotes: bool = False) -> pd.DataFrame:
    """Quotes and reported statements of every article (columns: :data:`QUOTE_COLUMNS`).

    ``articles`` needs ``doc_id`` and ``text``; ``sentences`` (from
    :func:`presslens.text.split_sentences`) and ``mentions`` (from
    :func:`presslens.entities.find_mentions`, e.g. linked across a corpus) are computed when not
    given. ``genders`` maps entities to 'm'/'f'/None for pronoun resolution (default:
    :func:`presslens.entities.person_gender` of these articles; a corpus run in parts passes the
    corpus's, so that "she" resolves the same in every part). ``speech_acts=True``
    also reports, as indirect rows, what PolNeAR's broader notion of attribution counts though no
    words are reported: speech acts aimed at a thing or person, the content their object
    ("X criticised Tokyo for ...", "Y praised the plan", "rejected", "dismissed", "denounced",
    "attacked", "questioned the figures"), a thing announced or a topic spoken of ("announced a
    series of agreements", "talked about the economy", "called a snap election"), a topic asked
    about ("When asked about the levy, …"), and expectations no one is named as holding ("The board is
    expected to vote on Friday": no speaker but a passive's agent, "expected by analysts to").
    ``scare_quotes=True`` also keeps one-word
    quoted fragments inside a sentence (cats are “cuties”), as rows of kind ``scare``: they may
    be the speaker's word or the writer's distance from it, so they are left out by default.
    """
    check_articles(articles, "extract_quotes")
    articles, of_doc, genders = _inputs(articles, sentences, mentions, genders)
    rows: list[tuple] = []
    unread: dict = {}  # the texts readable() changed, by doc_id
    for doc_id, text in zip(articles["doc_id"].tolist(), articles["text"].tolist()):
        if (view := readable(text)) is not text:
            unread[doc_id] = text
        rows.extend(_doc_quotes(doc_id, view, *of_doc(doc_id), genders, speech_acts, scare_quotes))
    df = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    for col in ("cue_start", "cue_end", "speaker_start", "speaker_end", "continues", "quote_id",
                "start", "end", "sent_id", "reported_start", "reported_end"):
        df[col] = df[col].astype("Int64")
    return restore_shown(df, unread, [("start", "end", "content"),
                                      ("reported_start", "reported_end", "reported_content")])
