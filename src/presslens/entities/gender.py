"""Gender of pronouns and of people, for pronoun resolution (used by :mod:`presslens.quotes`)."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from presslens.datafiles import data_words
from presslens.entities.lexicon import _Lexicon, _lex

_POSSESSIVE = re.compile(r"\s*['’]s?\s")  # (a space before it where a corpus split the word: "Enberg 's")
_WORD = re.compile(r"\b[a-z]")
# The he/she opening the sentence after a sentence's own: "Asa Khalif criticized Clinton for … her husband. He also
# charged …" (no end mark before the sentence's own end: "Mr." would not end it, nor open a He there)
_NEXT_OPENER = re.compile(r"[^.!?“”\"\n]*[.!?][”\"]?\s+(He|She)\b")
# An object pronoun in the named person's own clause stands for someone else, who would be "herself" there: "Tomas
# Berge, who runs the café, worries about her", "Helen Marwick, who trained under him". The clause: no mark of a
# sentence's end or a quotation, no conjunction, no verb of saying, no relative pronoun but one right after the name,
# no "to" before a verb ("asked the court to help her" is hers), and no possessive after the name ("Quill's rivals
# attacked her" is Quill). In a relative clause on the name the person is the subject, so a purpose's "to" goes on
# with it ("Callum Leitch, who came out on the boat to bring her home"); a verb whose object does the infinitive after
# it does not ("Ada Quill, who asked the court to help her": entities_control_verbs.txt).
_STOPS = (r"that|and|but|or|nor|because|when|while|whether|if|after|before|as|since|so|than|who|whom|which|whose|said"
          r"|says|say|told|tells|tell|thinks|thought|believes|believed")
_CONTROL = "|".join(sorted(data_words("entities_control_verbs.txt")))
_INFINITIVE = r"\bto\s+(?!him\b|her\b)\w"
_OWN_CLAUSE = re.compile(
    rf",\s*(?:who|whom)\b(?:(?!\b(?:{_STOPS})\b|\b(?:{_CONTROL})\b(?=[^.;:!?“”\"\n]*?{_INFINITIVE}))[^.;:!?“”\"\n])*"
    rf"|(?:,\s*(?:who|whom)\b)?(?:(?!\b(?:{_STOPS})\b|{_INFINITIVE})[^.;:!?“”\"\n])*", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s*(?:[.,;:!?)”\"]|$|(?:to|for|in|on|at|with|about|from|by|and|but|or|as|because|when"
                           r"|after|before|again|too|back|up|out|off|down|over)\b)", re.IGNORECASE)
# A verb of taking someone somewhere right before a "her" that "home" follows: the "her" is the one taken ("to bring
# her home"), an object, not a possessive (entities_taking_verbs.txt).
_TAKING_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(data_words('entities_taking_verbs.txt')))})\s+$", re.IGNORECASE)
_HOME_AFTER = re.compile(r"\s+home\b", re.IGNORECASE)
# The asker of a question put to someone else, before the question: "Asked by Matt Kellerhand whether she had rehearsed
# her speech, she said" (entities_asking_participles.txt). The he/she in the question is the one asked, not the asker.
_ASKER_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(data_words('entities_asking_participles.txt')))})\s+by\s+$",
                           re.IGNORECASE)
_QUESTION_AFTER = re.compile(r"\s*,?\s*(?:whether|if|why|what|how|when|where|who|about)\b", re.IGNORECASE)

# A quotation's opening and closing marks in every house style: “…” (American, British), „…“ (German: “ after a
# word or a stop closes), «…» (French, Swiss).
_OPENING_MARK = re.compile(r"[„«]|(?<![^\s(\[—–-])“")
_CLOSING_MARK = re.compile(r"[”»]|(?<=[^\s(\[—–-])“")

__all__ = ["gender_evidence", "person_gender", "pronoun_gender"]


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her/hers, 'n' for it/its, ``None`` for any other word.

    >>> pronoun_gender("Her"), pronoun_gender("its"), pronoun_gender("they")
    ('f', 'n', None)
    """
    return _lex().pronouns.get(word.strip().lower()) if isinstance(word, str) else None


def _next_pronoun(text: str, start: int, end: int, lex: _Lexicon) -> str:
    """The first he/she/his/her in ``text[start:end]`` outside a quotation opened there (in “She’s great,” he said,
    "She" is someone else), in lower case, else ""."""
    possessor = _POSSESSIVE.match(text, start) is not None
    for m in lex.personal.finditer(text, start, end):
        word = m.group().lower()
        if (word in ("him", "her") and not possessor and _OWN_CLAUSE.fullmatch(text, start, m.start())
                and (word == "him" or _OBJECT_AFTER.match(text, m.end()) or _taken_home(text, m.start(), m.end()))):
            continue  # someone else (see _OWN_CLAUSE)
        before = text[start:m.start()]
        if len(_OPENING_MARK.findall(before)) <= len(_CLOSING_MARK.findall(before)) and before.count('"') % 2 == 0:
            return word
    return ""


def _taken_home(text: str, start: int, end: int) -> bool:
    """Whether the "her" at ``start:end`` is the one a verb of taking takes home ("to bring her home"): an object, so
    someone else in the named person's own clause, where "her home" alone would be a possessive."""
    return (_HOME_AFTER.match(text, end) is not None
            and _TAKING_BEFORE.search(text, max(0, start - 20), start) is not None)


def _asker(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` asks a question put to someone else, its words after it: "Asked by Matt
    Kellerhand whether she had rehearsed": the pronoun after it is the one asked, so no evidence of the asker's."""
    return (_ASKER_BEFORE.search(text, max(0, start - 20), start) is not None
            and _QUESTION_AFTER.match(text, end) is not None)


def _after_subject(text: str, before: int, i: int, sents: list, entities: list, ends: list, starts: list) -> bool:
    """Whether mention ``i`` follows mention ``before`` of another person in the same clause of one sentence: a
    pronoun after the second often stands for the first, its subject ("Ada Quill met Bo Tarn. She said …", "Piet
    Marsh told Ada Quill … He said"), so it is no evidence for the second. Not after a possessor ("Tarn's daughter
    Lena Voss"), after a comma ("As reported by the Courier, Bo Tarn found …") or with no word between (pieces of
    one name the finder split: "Captain Kees “Red” Mol")."""
    between = text[ends[before]:starts[i]]
    return (sents[before] == sents[i] and entities[before] != entities[i] and "," not in between
            and not _POSSESSIVE.match(between) and _WORD.search(between) is not None)


def _next_opener(text: str, end: int, other_end: int, lex: _Lexicon) -> str:
    """The gender of a He/She opening the sentence after the one whose subject ends at ``end``, where the person
    after the subject (ending at ``other_end``), whose pronouns are no evidence for the subject
    (:func:`_after_subject`), has a pronoun of the other gender in between; else "". The subject's own search was cut
    short by that person: the He/She goes on with the subject ("Asa Khalif criticized Clinton for … her husband. He
    also charged …"; with no pronoun of the other, the He may be the other: "Jessica Mendoza replaced Schilling on
    ESPN. He was reassigned")."""
    opener = _NEXT_OPENER.match(text, end, end + 300)
    if opener is None:
        return ""
    gender = lex.pronouns[opener.group(1).lower()]
    other = lex.pronouns.get(_next_pronoun(text, other_end, opener.start(1), lex))
    return gender if other not in (None, gender) else ""


def gender_evidence(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Signed gender evidence per PERSON entity of ``mentions`` (positive: male, negative: female), indexed by entity:
    ``evidence``, all of it, and ``subject``, the part of it the he/she right after a mention gives (the one named
    doing or saying, which :func:`person_gender` lets outweigh the given name where the rest is even),
    from honorifics and gendered titles ("Mrs.", "Emperor", "chairwoman"; a title kept for women too, "chairman", not
    where a he/she of the other gender follows the name) and the first
    he/she/his/her after each mention in the article text (when ``articles`` is given; up to the
    next person mention; none for a person named after another in the same clause, :func:`_after_subject`, whose
    pronoun of one gender makes a He/She of the other opening the next sentence the evidence of the subject before).
    Evidence is additive: the sum over the parts of a corpus equals the
    evidence of the whole, so partitions can be reduced (see :func:`person_gender`).
    """
    lex = _lex()
    sign = {"m": 1, "f": -1}
    texts = dict(zip(articles["doc_id"], articles["text"])) if articles is not None else {}
    # Plain lists, one pass: a pandas group, sort and Series per article cost more than the work.
    by_doc: dict = {}
    doc_ids = mentions["doc_id"].tolist()
    # (the tests of whole columns: a scalar pd.isna per row cost more than the rest of the loop)
    people = (mentions["kind"] == "PERSON").to_numpy() & mentions["doc_id"].notna().to_numpy()
    for i in np.flatnonzero(people).tolist():  # groupby leaves out missing keys
        by_doc.setdefault(doc_ids[i], []).append(i)
    starts, ends = mentions["start"].tolist(), mentions["end"].tolist()
    entities, titles = mentions["entity"].tolist(), mentions["title"].tolist()
    untitled = mentions["title"].isna().tolist()
    # (without sentences, each mention is read as a sentence of its own)
    sents = mentions["sent_id"].tolist() if "sent_id" in mentions else list(range(len(mentions)))
    # per title, the evidence of its firm words ("Mrs.", "chairwoman") and of its shared ones ("chairman": many house
    # styles keep it for women too, so a he/she of the other gender right after the name outweighs it)
    title_score: dict[str, tuple[int, int]] = {}
    score: Counter = Counter()
    said: Counter = Counter()  # the he/she part (the column "subject")
    for doc_id, rows in by_doc.items():
        text = texts.get(doc_id)
        rows.sort(key=starts.__getitem__)  # starts differ within an article
        for k, i in enumerate(rows):
            title = "" if untitled[i] else str(titles[i])
            if title not in title_score:
                words = title.lower().split()
                title_score[title] = tuple(sum(3 * sign.get(lex.titles.get(w, ""), 0) for w in words
                                               if (w in lex.shared_titles) == shared) for shared in (False, True))
            entity, end = entities[i], ends[i]
            firm, shared = title_score[title]
            pronoun, subject = 0, False
            if isinstance(text, str) and not (k and _after_subject(text, rows[k - 1], i, sents, entities, ends,
                                                                  starts)):
                nxt = starts[rows[k + 1]] if k + 1 < len(rows) else None
                limit = min(nxt if nxt is not None and nxt > end else len(text), end + 300)
                word = "" if _asker(text, starts[i], end) else _next_pronoun(text, end, limit, lex)
                pronoun = sign.get(lex.pronouns.get(word, ""), 0)
                # (a he/she, the one named doing or saying: "chairman Ada Quill … She said"; not "her position", which
                # may be someone else's)
                subject = word in ("he", "she")
                if (k + 1 < len(rows) and sents[rows[k + 1]] == sents[i] and (k == 0 or sents[rows[k - 1]] != sents[i])
                        and _after_subject(text, i, rows[k + 1], sents, entities, ends, starts)):
                    score[entity] += sign.get(_next_opener(text, end, ends[rows[k + 1]], lex), 0)
            score[entity] += firm + pronoun + (0 if subject and shared * pronoun < 0 else shared)
            said[entity] += pronoun if subject else 0
    return pd.DataFrame({"evidence": score, "subject": said}, index=list(score), columns=["evidence", "subject"],
                        dtype="int64")


def person_gender(mentions: pd.DataFrame | None = None, articles: pd.DataFrame | None = None, *,
                  evidence: pd.DataFrame | None = None) -> pd.Series:
    """A gender guess ('m', 'f' or ``None``) per PERSON entity of ``mentions``, indexed by entity.

    Evidence, strongest first: honorifics and gendered titles, the first pronoun after each
    mention (see :func:`gender_evidence`), and the given name (``entities_first_names.txt`` and
    ``entities_name_genders.txt``). Where the given name and the rest are even, the given name decides unless the
    he/she after a mention says the other gender: a stray possessive after the name ("invited the actress Ashley Judd
    to a meeting in his hotel room") is more often someone else's than the name is wrong, a he/she is not ("Walz
    approaches it a bit more diplomatically. She said" of Marty Walz).
    ``evidence`` may be given instead of ``mentions``: the summed :func:`gender_evidence` of a
    corpus's partitions, which gives the same guesses as the whole corpus at once.
    """
    if evidence is None:
        evidence = gender_evidence(mentions, articles)
    lex = _lex()
    sign = {"m": 1, "f": -1}
    score = {}
    for entity, value, said in zip(evidence.index, evidence["evidence"].tolist(), evidence["subject"].tolist()):
        parts = str(entity).split()
        name = sign.get(lex.name_genders.get(parts[0].lower(), ""), 0) if len(parts) > 1 else 0
        total = int(value) + name
        score[entity] = total or (name if said * name >= 0 else 0)
    return pd.Series({e: ("m" if s > 0 else "f" if s < 0 else None) for e, s in sorted(score.items())},
                     dtype=object, name="gender")
