"""Invisible format characters (a byte-order mark, a zero-width space, a direction mark, a soft hyphen) that web
pages, editors and joined files leave in news text: where they touch white space or the text's ends the analyses
read them as spaces (:func:`presslens.text.readable`; one glued inside a word or between a mark and a letter stays),
and every row still shows what the text holds at its offsets. Also white space
other than a plain space (no-break, line and paragraph separators) where a quote's words end, and line ends other
than "\\n" (a lone carriage return, a vertical tab, Unicode's line and paragraph separators)."""

from __future__ import annotations

import warnings

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from presslens.pipeline import analyse
from presslens.quotes import extract_quotes
from presslens.text import readable, split_sentences

ZWSP, BOM, LRE, RLM, SHY = "\u200b", "\ufeff", "\u202a", "\u200f", "\u00ad"
_INVISIBLES = [ZWSP, BOM, LRE, RLM, SHY, "\u2060", "\u200c", "\u200e", "\u2066", "\u2069"]


def _arts(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})


def _quotes(text: str) -> list[tuple]:
    q = extract_quotes(_arts(text))
    return list(zip(q["kind"], q["content"], q["speaker"]))


def test_readable_keeps_the_length_and_reads_invisibles_beside_white_space_as_spaces():
    text = f"{BOM}Nord{SHY}land said{ZWSP} {RLM}“Go”{LRE}{ZWSP}“Stop”{RLM}\n"
    out = readable(text)
    assert len(out) == len(text)
    assert out == f" Nord{SHY}land said  {' '}“Go”{LRE}{ZWSP}“Stop” \n"
    assert readable("plain ascii") == "plain ascii" and readable("Café “x”") == "Café “x”"


def test_a_zero_width_space_opening_a_paragraph_hides_no_quotation_mark():
    # Before: the ‘ after the zero-width space read as an apostrophe inside a word, and the quote was lost.
    text = f"The ferry stopped.\n\n{ZWSP}‘No comment,’ the Kestrel Lines ministry said in a statement."
    assert _quotes(text) == _quotes(text.replace(ZWSP, "")) != []


def test_a_direction_mark_before_a_paragraph_opening_quote_keeps_it_direct_with_its_speaker():
    # A comment section pasted from a web page: each paragraph opens with an embedding mark (and a closing mark
    # for the opening one, as such pages type it). Before: an indirect row of "posted" of the author's.
    text = (f"Readers wrote in.\n\n{LRE}”The harbour is ours, and we will keep it open!!” posted Ilse Varro.\n\n"
            f"{LRE}”Thank you, Mayor!!!” wrote Dov Almark.")
    q = extract_quotes(_arts(text))
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Ilse Varro"], ["direct", "Dov Almark"]]
    assert all(text[s:e] == c for s, e, c in zip(q["start"], q["end"], q["content"]))


def test_a_byte_order_mark_before_a_dateline_leaves_it_a_dateline():
    # Before: "\ufeffOSTRIN, March 3, 2031 —" was no longer a line's opening, and its date anchored "ended".
    text = "OSTRIN, March 3, 2031 — The ferry strike ended on Tuesday, union leader Ada Quill said."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain = analyse(_arts(text), jobs=1, publication_date="2031-03-04")["events"]
        led = analyse(_arts(BOM + text), jobs=1, publication_date="2031-03-04")["events"]
    assert led[["timex", "head"]].values.tolist() == plain[["timex", "head"]].values.tolist()
    assert (led["start"] - 1).tolist() == plain["start"].tolist()


def test_an_invisible_inside_a_quote_is_shown_as_the_text_holds_it():
    text = f"“We will{ZWSP} win,” said Ada Quill. {BOM}Varro said the plan{RLM} was sound."
    q = extract_quotes(_arts(text))
    assert q["content"].tolist() == [f"We will{ZWSP} win,", f"the plan{RLM} was sound"]
    assert all(text[s:e] == c for s, e, c in zip(q["start"], q["end"], q["content"]))
    assert all(text[s:e] == c for s, e, c in zip(q["reported_start"], q["reported_end"], q["reported_content"]))
    sents = split_sentences(_arts(text))
    assert sents["text"].tolist() == [f"“We will{ZWSP} win,” said Ada Quill.", f"Varro said the plan{RLM} was sound."]


_PIECES = ["Ada Quill", "Mayor Ilse Varro", " said", " told the Kestrel Herald", " on Monday", ",", ".", " ",
           "\n\n", "“", "”", "‘", "’", '"', "We will win", " the ferry", " according to", " that",
           " OSTRIN, March 3, 2031 —"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25).map("".join),
       st.sampled_from(_INVISIBLES), st.sampled_from(["start", "paragraphs", "marks"]))
@example("Ada Quill said.\n\n‘We will win,’ the Kestrel Herald said.", BOM, "paragraphs")
@example("“We will win,” said Ada Quill. “The ferry,” she said.", ZWSP, "marks")
def test_invisibles_at_paragraph_starts_and_beside_marks_change_no_row(text, mark, where):
    if where == "start":
        marked = mark + text
    elif where == "paragraphs":
        marked = mark + text.replace("\n\n", "\n\n" + mark)
    else:
        # between a quotation mark and white space (or the text's end): one glued between a mark and a letter or a
        # comma stays as the text holds it, as one inside a word does
        marked = "".join(c + mark if c in "“”‘’\"" and (text[i + 1:i + 2] or " ").isspace() else c
                         for i, c in enumerate(text))
    q0, q1 = extract_quotes(_arts(text)), extract_quotes(_arts(marked))
    assert len(q0) == len(q1)
    shown = ["kind", "speaker", "cue"]
    assert q0[shown].fillna("").values.tolist() == q1[shown].fillna("").values.tolist()
    assert q0["content"].tolist() == [c.replace(mark, "") for c in q1["content"]]
    assert all(marked[s:e] == c for s, e, c in zip(q1["start"], q1["end"], q1["content"]))


def test_reported_words_before_a_comma_end_without_the_white_space_before_it():
    # Before: the content kept a no-break space (or a thin space, or the space of tokenised text) before ", it
    # said" at its end.
    for gap in ("\u00a0", "\u3000", "\u2009", " "):
        text = f"In 2029, the company lost $4.5 million{gap}, it said."
        q = extract_quotes(_arts(text))
        assert q["content"].tolist() == ["In 2029, the company lost $4.5 million"], gap


def test_line_ends_of_other_systems_end_paragraphs_as_a_newline_does():
    # Before: a text whose lines end in a lone carriage return (old Mac exports), a vertical tab (a word processor's
    # line break) or a line or paragraph separator was one paragraph: the headline ran into the first sentence, and
    # the quote opening its own paragraph read as a mixed quote inside it.
    text = ("OSTRIN — Ferry workers walked out on Monday.\nThe strike closed the Kestrel crossing\n"
            "“We have waited long enough,” union leader Ada Quill said.\nThe company declined to comment")
    assert readable("a\rb\r\nc\x0bd\x0ce\u2028f\u2029g\x85") == "a\nb\r\nc\nd\ne\nf\ng\n"
    for end in ("\r", "\x0b", "\u2028", "\u2029"):
        other = text.replace("\n", end)
        sents = split_sentences(_arts(other))
        assert sents["text"].tolist() == split_sentences(_arts(text))["text"].tolist()
        assert _quotes(other) == _quotes(text) == [("direct", "We have waited long enough,", "Ada Quill"),
                                                   ("indirect", "to comment", "company")]
