"""Quote attribution: quotation marks, speakers, reported speech, the speakers table, scoring, and
the measured figures on the sample gold and on PolNeAR."""

from __future__ import annotations

import bisect
import json
import re
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, SAMPLE, shared_path
from presslens.entities import find_mentions, link_aliases
from presslens.quotes import (QUOTE_COLUMNS, SPEAKER_COLUMNS, evaluate, evaluate_polnear,
                              extract_quotes, quoted_sources, read_brat, speakers)
from presslens.quotes.evaluate import all_by_outlet, source_counts
from presslens.quotes.extract import span_speakers
from presslens.quotes.marks import find_quoted
from presslens.text import paragraphs
from presslens.timeline import extract_timexes

AVALON = (FIXTURES / "quotes" / "avalon.txt").read_text(encoding="utf-8")


def quotes_of(text: str, **kwargs) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"doc_id": ["t"], "text": [text]}), **kwargs)


def row(q: pd.DataFrame, content_start: str) -> pd.Series:
    hits = q[q["content"].str.startswith(content_start)]
    assert len(hits) == 1, f"expected one quote starting {content_start!r}, got {len(hits)}"
    return hits.iloc[0]


def spoken_by(q: pd.DataFrame, text: str, content_start: str) -> str:
    r = row(q, content_start)
    return text[int(r.speaker_start):int(r.speaker_end)]


def assert_offsets(text: str, q: pd.DataFrame) -> None:
    for r in q.itertuples():
        assert text[r.start:r.end] == r.content
        assert text[r.reported_start:r.reported_end] == r.reported_content
        if pd.notna(r.cue_start):
            assert 0 <= r.cue_start < r.cue_end <= len(text)
        if pd.notna(r.speaker_start):
            assert 0 <= r.speaker_start < r.speaker_end <= len(text)


# -- quotation marks ---------------------------------------------------------------------------

def test_marks_curly_straight_and_doubled():
    text = "A “curly one,” a \"straight one,\" and a ''doubled one.''"
    spans = [text[q.start:q.end] for q in find_quoted(text)]
    assert spans == ["curly one,", "straight one,", "doubled one."]


def test_marks_doubled_curly_single_marks_are_one_double_mark():
    # Typesetting that writes the typewriter's `` '' with curly characters closes (and may open) a quotation with two
    # single marks; an apostrophe beside them stays a word's.
    text = "“I grew up there ’’  Tova Lind said.\n‘‘It’s the players’ town,’’ she added. The club’s ‘‘plan’’ failed."
    spans = [text[q.start:q.end] for q in find_quoted(text, paragraphs(text))]
    assert spans == ["I grew up there", "It’s the players’ town,", "plan"]
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert q[["speaker", "cue", "content"]].values.tolist()[:2] == [
        ["Tova Lind", "said", "I grew up there"], ["Tova Lind", "added", "It’s the players’ town,"]]


def test_marks_keep_nested_single_quotes_inside():
    text = "“He told me, ‘Stop it,’ and left,” she said."
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["He told me, ‘Stop it,’ and left,"]


def test_marks_unbalanced_stay_local():
    text = "He is 6'2\" tall. “Never closed\n\nA new paragraph, “fine” here."
    spans = [text[q.start:q.end] for q in find_quoted(text, paragraphs(text))]
    assert spans == ["Never closed", "fine"]


def test_marks_quote_running_over_paragraphs():
    text = "“First part of the speech.\n\n“Second part,” she said."
    found = find_quoted(text, paragraphs(text))
    assert [text[q.start:q.end] for q in found] == ["First part of the speech.", "Second part,"]
    assert not found[0].closed and found[1].carried == 0


@pytest.mark.parametrize("text, expected", [
    ("‘We will not be bullied,’ said the Home Secretary.", ["We will not be bullied,"]),
    ("‘It’s a disgrace,’ said Rosa Quint. ‘We’ve waited months.’", ["It’s a disgrace,", "We’ve waited months."]),
    ("the workers’ union said it wasn’t consulted about the drivers’ contracts", []),
    ("She loved rock ’n’ roll and the ’90s; 'em and ’til too.", []),
    ("‘The workers’ union is strong,’ he said.", ["The workers’ union is strong,"]),
    ("'We're back,' he said of the Joneses' farm.", ["We're back,"]),
    ("Minister says budget is ‘fully funded’", ["fully funded"]),
    ("‘He told me “no”,’ she said.", ["He told me “no”,"]),
    ("“He told me ‘no’,” she said.", ["He told me ‘no’,"]),
])
def test_single_marks_and_apostrophes(text, expected):
    assert [text[q.start:q.end] for q in find_quoted(text)] == expected


def test_single_quote_over_paragraphs_and_a_stray_opening_mark():
    text = "‘First part of the speech.\n\n‘Second part,’ she said.\n\nA ‘stray mark here."
    found = find_quoted(text, paragraphs(text))
    assert [text[q.start:q.end] for q in found] == ["First part of the speech.", "Second part,"]
    assert found[1].carried == 0 and all(q.single for q in found)


# -- direct quotes and their speakers ---------------------------------------------------------

def test_attribution_after_the_quote_with_addressee_and_medium():
    q = quotes_of(AVALON)
    r = row(q, "We have waited")
    assert (r.kind, r.cue, r.speaker, r.addressee) == ("direct", "told", "Ada Quill", "reporters")
    assert spoken_by(q, AVALON, "We have waited") == "Quill"
    r = row(q, "The pier is")
    assert (r.cue, r.speaker) == ("wrote", "Ines Dorn")
    text = "“Back soon,” Ada Quill wrote on Twitter. “Stay calm,” she said in a statement."
    q = quotes_of(text)
    assert row(q, "Back soon").medium == "Twitter" and row(q, "Stay calm").medium == "statement"


@pytest.mark.parametrize("opening", ["The ferry company said", "An official said"])
def test_an_unnamed_source_opening_the_article_keeps_its_determiner(opening):
    """The speaker phrase is the same whether it opens the article or follows a sentence (a
    head noun near offset 0 used to lose "The"/"An")."""
    text = f"{opening} the ferry to Marlow Island would run again by spring."
    for prefix in ("", "Repairs lasted all winter. "):
        r = quotes_of(prefix + text).iloc[0]
        assert (prefix + text)[int(r.speaker_start):int(r.speaker_end)] == opening.rsplit(" ", 1)[0]


def test_verbs_of_manner_frame_quotes_but_report_words_only_through_that():
    text = ("Repairs went on all winter. Mayor Ida Fenn shrugged off the criticism. "
            "The council weighed in heavily against the plan. “We will be ready,” Fenn shrugged. "
            "She went on that the ferry would sail by May.")
    q = quotes_of(text)
    assert sorted(q["content"]) == ["We will be ready,", "the ferry would sail by May"]
    assert row(q, "We will be").speaker == "Ida Fenn" and row(q, "the ferry").cue == "went on"


def test_expressive_verbs_frame_direct_quotes_and_nouns_do_not():
    # "beamed", "deadpanned", "chuckled" frame the quote beside them; "a chuckle" or the beams of a
    # pier report nothing.
    text = ("“This is fantastic!” beamed Ada Quill of Kestrel, who came with her son. "
            "“The pier will hold,” Mayor Ivo Brant deadpanned. “Not this year,” Quill chuckled. "
            "The crowd let out a chuckle that the beams of the old pier would hold.")
    q = quotes_of(text)
    assert sorted(q["content"]) == ["Not this year,", "The pier will hold,", "This is fantastic!"]
    assert [(row(q, c).speaker, row(q, c).cue) for c in ("This is", "The pier", "Not this")] == [
        ("Ada Quill", "beamed"), ("Ivo Brant", "deadpanned"), ("Ada Quill", "chuckled")]


def test_a_tabloids_verbs_of_loud_speech_frame_quotes_and_the_weathers_do_not():
    # "“…,” she raged.", "One furious dad raged: “…”" (no speaker had been found), "boomed: “…”"; the fire that raged
    # reports nothing.
    text = ("The fire raged for two days. One furious dad raged: “My kids can't even visit now.” "
            "“Nobody asked us,” Hettie Brannagh seethed. Mayor Ivo Brant leaned in and boomed: “We rebuild.”")
    q = quotes_of(text)
    assert q[["speaker", "cue"]].values.tolist() == [["furious dad", "raged"], ["Hettie Brannagh", "seethed"],
                                                     ["Ivo Brant", "boomed"]]


def test_a_verb_opening_the_sentence_after_a_quote_a_colons_frame_opened_is_not_its_frame():
    # "Brant leaned in and boomed: “We rebuild.” The wind moaned …" and NYT's "the campaign said in a statement: ''…''
    # The campaign did not elaborate." gave the quote to the verb after it (no speaker, or 'elaborate').
    q = quotes_of("Mayor Ivo Brant leaned in and boomed: “We rebuild.” The wind moaned through the pier all night.\n\n"
                  "The ferry company said in a statement: “No sailing is at risk.” The company did not elaborate.\n\n"
                  "Ada Quill said: “The levy stays.” Brant shrugged.")
    assert q[["speaker", "cue"]].values.tolist() == [["Ivo Brant", "boomed"], ["ferry company", "said"],
                                                     ["Ada Quill", "said"]]


def test_a_clock_times_point_between_a_frame_and_its_quote_ends_no_sentence():
    # British copy writes the time with a point: "In the words of one farmer I met on the 7.40 crossing, “…”" had been
    # a mixed quotation (the point cut the frame off from it).
    q = quotes_of("In the words of one Skerry farmer I met on the 7.40 crossing, “They price us off the boat, then "
                  "they wonder why the school closes.”")
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Skerry farmer"]]


def test_a_stray_comma_after_a_party_label_keeps_the_speaker():
    # "(R-NL), said" is a house style's comma, not an apposition; an aside in parentheses inside
    # an apposition still leaves the name before it as the speaker.
    text = ("After the count, Gov. Tam Ostry (R-NL), said, “We are going west.” "
            "Ada Quill, chair of Harbour Watch (a fictional group), tweeted: “The pier is late.”")
    q = quotes_of(text)
    assert (row(q, "We are going").speaker, row(q, "We are going").cue) == ("Tam Ostry", "said")
    assert row(q, "The pier").speaker == "Ada Quill"


def test_a_statement_announced_in_the_paragraph_before_is_its_subjects():
    text = ("When the old pier fell in 2029, Mayor Ivo Brant released the following statement:\n\n"
            "“Ada and I offer our condolences to the families.”\n\n"
            "Here is the full text of the report:\n\n“The pier was sound until March.”")
    q = quotes_of(text)
    # the subject of the announcing clause, not the name in the clause fronted before it
    assert row(q, "Ada and I").speaker == "Ivo Brant"
    assert pd.isna(row(q, "The pier was").speaker)  # "Here is ...": nobody announced


def test_a_name_in_a_fronted_phrase_is_not_the_subject():
    # "After Brant asked ..., Quill replied": Quill speaks, and "she added" after the quote is Quill.
    text = ("After Mayor Ivo Brant asked the councillor who would win, Ada Quill replied, “The harbour will.”"
            "\n\n“We should never confuse hope and fact,” she added. "
            "In response to Brant’s proposal to close the pier, Quill’s deputy Tam Ostry rallied supporters, "
            "saying: “We have to be ready to stop him.”")
    q = quotes_of(text)
    assert row(q, "We should never").speaker == "Ada Quill"
    assert row(q, "We have to be").speaker in ("Ada Quill", "Tam Ostry")  # the deputy's phrase, not Brant


def test_a_name_modifying_the_subject_phrase_is_not_the_subject():
    # "Obama consultant Cornell Belcher picked up a similar thread. “…,” he said." was Obama's: the phrase a name opens
    # as its modifier is the subject, not the name (a possessor's name is left to _possessed).
    text = ("Mayor Tilda Quenby spoke in Tarnwick on Monday. Quenby aides spent Tuesday on the pier, saying that the "
            "ferry would return in May.")
    assert row(quotes_of(text), "the ferry would").speaker == "Quenby aides"


def test_inverted_attribution_and_description():
    text = ("Harbour talks resumed.\n\n“The pier will be ready in May,” said Ines Dorn, "
            "a harbour engineer from the fictional town of Avalon.")
    r = row(quotes_of(text), "The pier")
    assert (r.kind, r.cue, r.speaker) == ("direct", "said", "Ines Dorn")
    assert r.speaker_description == "a harbour engineer from the fictional town of Avalon"


def test_split_quote_and_continuation_keep_the_speaker():
    q = quotes_of(AVALON)
    first, second = row(q, "The harbour will cost"), row(q, "Mark my words")
    assert first.speaker == second.speaker == "Bram Tolliver"
    assert second.continues == first.quote_id and pd.isna(second.cue)


def test_continuation_in_the_next_paragraph():
    text = ("“We start on Monday,” said Ada Quill.\n\n“And we finish by June.”\n\n"
            "The weather was mild.\n\n“Nobody said anything about July.”")
    q = quotes_of(text)
    assert row(q, "And we finish").speaker == "Ada Quill"
    assert row(q, "And we finish").continues == row(q, "We start").quote_id
    late = row(q, "Nobody said")
    assert late.speaker_kind == "unresolved" and pd.isna(late.continues)


def test_quote_over_paragraphs_is_one_speaker():
    text = "“The first half of the plan is done.\n\n“The second half starts now,” Quill said."
    q = quotes_of(text)
    assert set(q["speaker"]) == {"Quill"}
    assert row(q, "The second").continues == row(q, "The first").quote_id


def test_a_quote_over_paragraphs_with_its_own_frame_is_not_a_follow_up():
    # The second quote runs on into the next paragraph, whose frame ("Quill went on") is the
    # whole quotation's: it no longer follows up the first quote (a separate attribution).
    text = ("“We start on Monday,” Ada Quill said at the harbour. “Whether it rains or not, the "
            "cranes move first.\n\n“And the levy waits,” Quill went on.")
    q = quotes_of(text)
    second, third = row(q, "Whether it rains"), row(q, "And the levy")
    assert pd.isna(second.continues) and third.continues == second.quote_id
    assert second.cue == third.cue == "went on" and second.speaker == "Ada Quill"
    # Without a frame at its end the quotation still follows up the first quote.
    q = quotes_of(text.replace(" Quill went on", ""))
    assert row(q, "Whether it rains").continues == row(q, "We start").quote_id


def test_guillemets_and_low_high_marks_quote_like_curly_ones():
    for opening, closing in (("« ", " »"), ("„", "“")):
        text = f"{opening}We sail today{closing}, said Ada Quill. {opening}The tide is high.{closing}"
        q = quotes_of(text)
        first, second = row(q, "We sail"), row(q, "The tide")
        assert first.speaker == second.speaker == "Ada Quill" and first.cue == "said"
        assert second.kind == "direct" and second.continues == first.quote_id


def test_rules_read_guillemets_and_low_high_marks_as_curly_ones():
    # The rules around a quotation read its marks as American copy's: with „…“ or «…» the words of "calls the levy a
    # „scandal,“ said …" ran on past the closing mark, and the "he" inside "„The minister says …, but he …“, she said"
    # was evidence that Staub, the subject before the quotation, was a man (so "she" went to Vieth).
    for opening, closing in (("„", "“"), ("«", "»")):
        text = (f"Mayor Henrike Staub rejected the Lindau bridge toll. The minister, Konrad Vieth, had called it "
                f"unavoidable. Staub disagreed. {opening}The minister says it, but he means convenient{closing}, she "
                f"said. Ada Quill, who calls the toll a {opening}scandal,{closing} said it must go.")
        q = quotes_of(text)
        assert row(q, "The minister says").speaker == "Henrike Staub"
        assert row(q, "the toll a").content == f"the toll a {opening}scandal,{closing}"
        assert row(q, "it must go").speaker == "Ada Quill"


def test_dash_dialogue_quotes_like_curly_marks():
    # Spanish and Latin American copy sets dialogue off with dashes: one opens the words, one before a word in lower
    # case opens the narrator's ("—said the mayor"), and a dash with a stop or a comma after it goes back to the
    # words. It had given no rows but a wrong indirect one ('the same thing in 2019 —said Tomasa Ibarra, …').
    text = ("Tarnella mayor promises water plant\n\n"
            "—We have waited twenty years for clean water —said Mayor Rosalía Quintero on Friday.\n\n"
            "—The money is approved —added the regional secretary of works, Ernesto Valdivia.\n\n"
            "Neighbours in Tarnella were doubtful.\n\n"
            "—They promised the same thing in 2019 —said Tomasa Ibarra, who sells fruit in the market—. And we are "
            "still buying bottled water.\n\n"
            "Quintero answered the critics: —This time the contract is signed.")
    assert [text[q.start:q.end] for q in find_quoted(text, paragraphs(text))] == [
        "We have waited twenty years for clean water", "The money is approved", "They promised the same thing in 2019",
        "And we are still buying bottled water.", "This time the contract is signed."]
    q = quotes_of(text)
    q = q[q["kind"] != "indirect"].fillna({"cue": ""})  # (the headline's "promises … plant" is an indirect row)
    assert q[["kind", "speaker", "cue"]].values.tolist() == [
        ["direct", "Rosalía Quintero", "said"], ["direct", "Ernesto Valdivia", "added"],
        ["direct", "Tomasa Ibarra", "said"], ["direct", "Tomasa Ibarra", ""],
        ["direct", "Rosalía Quintero", "answered"]]
    # A pull quote's dash line, a dash in running prose and an article with double marks are no dialogue.
    for plain in ("—Father Liam Doyle\n\nThe pier —and the ferry— will close.",
                  "“We sail today,” she said.\n\n—The pier is shut —said Quill."):
        assert [plain[q.start:q.end] for q in find_quoted(plain, paragraphs(plain))] in ([], ["We sail today,"])


def test_single_guillemets_quote_like_single_curly_marks():
    # Swiss and French-influenced copy quotes in ‹ › (and »…«-style reversed ›…‹): they had been no marks at all, so
    # '‹It is a scandal›, said …' was an indirect row with the marks in its content.
    for opening, closing in (("‹", "›"), ("›", "‹")):
        text = (f"{opening}It is a scandal{closing}, said Pim Ostrander, a baker in Velmsund. "
                f"{opening}Nobody came to help us.{closing}")
        assert [text[q.start:q.end] for q in find_quoted(text)] == ["It is a scandal", "Nobody came to help us."]
        q = quotes_of(text)
        first, second = row(q, "It is a scandal"), row(q, "Nobody came")
        assert first.kind == second.kind == "direct" and first.speaker == second.speaker == "Pim Ostrander"


def test_corner_brackets_quote_like_curly_marks():
    # English copy from Japanese and Chinese outlets may keep the corner brackets of the original 「…」, with 『…』 for a
    # quotation inside one: they had been no marks at all, so '「…,」 said Emi Tazawa' gave no row.
    text = ("「The bus is how my mother gets to the clinic,」 said Emi Tazawa, who runs a shop in Kamiyura. 「An old man "
            "told me: 『A taxi will not wait.』 That is the whole argument,」 Tazawa said.")
    assert [text[q.start:q.end] for q in find_quoted(text)] == [
        "The bus is how my mother gets to the clinic,",
        "An old man told me: 『A taxi will not wait.』 That is the whole argument,"]
    q = quotes_of(text)
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Emi Tazawa"], ["direct", "Emi Tazawa"]]


def test_a_quotation_in_another_familys_marks_nests_in_the_open_one():
    # Polish, Hungarian and Romanian copy quotes in „…” and nests in »…« or «…»; French copy nests “…” in «…». The
    # nested opening mark had ended the open quotation, so "„My grandfather used to say: »The mine feeds the whole
    # valley.« He was right,” he told …" gave two rows, the second (the grandfather's words and the priest's) no one's.
    for outer, inner in ((("„", "”"), ("»", "«")), (("„", "”"), ("«", "»")), (("« ", " »"), ("“", "”"))):
        text = (f"Father Marek Zielny was born in Dolsk. {outer[0]}My grandfather used to say: {inner[0]}The mine "
                f"feeds the whole valley.{inner[1]} He was right,{outer[1]} he told the Dolsk Herald.")
        assert [text[q.start:q.end] for q in find_quoted(text)] == [
            f"My grandfather used to say: {inner[0]}The mine feeds the whole valley.{inner[1]} He was right,"]
        assert quotes_of(text)[["kind", "speaker"]].values.tolist() == [["direct", "Marek Zielny"]]


def test_german_low_single_marks_quote_like_single_curly_marks():
    # German and Austrian copy nests (and sometimes quotes) in ‚…‘: they had been no marks, so '‚We will not build
    # it,‘ said …' had no row and 'called the bypass ‚a mistake‘' was an indirect row with the marks in its content.
    # The ‘ closes only what ‚ opened: after a word elsewhere it stays an apostrophe ("the council‘s vote").
    text = ("The mayor of Kellstadt, Otto Brenner, called the bypass ‚a mistake‘ on Monday. ‚We will not build it,‘ "
            "said Brenner. His deputy, Greta Vohl, said the council‘s vote was final.")
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["a mistake", "We will not build it,"]
    q = quotes_of(text)
    assert q[["kind", "speaker", "content"]].values.tolist() == [
        ["mixed", "Otto Brenner", "a mistake"], ["direct", "Otto Brenner", "We will not build it,"],
        ["indirect", "Greta Vohl", "the council‘s vote was final"]]


def test_double_primes_from_ocr_quote_like_straight_marks():
    # OCR of a printed page gives the double prime (″) for a straight mark: a quotation, opening or closing as the
    # characters around it say (it had given no row).
    text = ("″It is the worst night in living memory,″ said Ada Munro, a councillor in Brellock. Munro called it "
            "″a disgrace″.")
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["It is the worst night in living memory,", "a disgrace"]
    q = quotes_of(text)
    assert row(q, "It is the worst").kind == "direct" and row(q, "It is the worst").speaker == "Ada Munro"
    assert row(q, "a disgrace").kind == "mixed"


@pytest.mark.parametrize("text, speaker, content", [
    ("Asked by Matt Lauer whether she had practised her speech, Ada Quill said she had.",
     "Matt Lauer", "whether she had practised her speech"),
    ("Ada Quill, asked by a reporter if that remains her view, said it did.", "reporter",
     "if that remains her view"),
    ("When asked by host John Dickerson whether his aim was similar, Bo Tarn said no.", "John Dickerson",
     "whether his aim was similar"),
    ("Ada Quill was told by officials that the levy would stay.", "officials", "the levy would stay"),
    ("Ada Quill was asked by Avalon Radio host Bo Tarn whether the levy would stay.", "Bo Tarn",
     "whether the levy would stay"),
])
def test_the_agent_of_a_passive_question_or_telling_is_its_speaker(text, speaker, content):
    q = quotes_of(text)
    r = row(q, content)
    assert r.speaker == speaker and r.content == content and r.cue.lower() in ("asked", "told")


@pytest.mark.parametrize("text, speaker", [
    ("Still, 52 percent of registered Avalon voters say the levy should go.", "Avalon voters"),
    ("A majority of ferry passengers said the levy should go.", "passengers"),
    ("In the Gazette poll, 41% of residents said the levy should go.", "residents"),
    # their noun in no list too, its lower-case modifiers left out as for a listed one
    ("In the Gazette poll, 40 percent of transit riders said the levy should go.", "riders"),
    ("Still, a majority of the surveyed riders said the levy should go.", "riders"),
    # the share alone, or of people a relative clause describes, stays the speaker
    ("In the Gazette poll, 47 percent said the levy should go.", "percent"),
    ("And 27 percent of those who named a candidate said the levy should go.", "percent"),
    # not a share: the head of "a spokeswoman for the board" speaks
    ("A spokeswoman for the harbour board said the levy should go.", "spokeswoman"),
])
def test_the_people_a_share_counts_speak(text, speaker):
    assert row(quotes_of(text), "the levy should go").speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The levy should go, 40 percent of transit riders said.", "riders"),
    ("The levy should go, a majority of ferry passengers said.", "passengers"),
])
def test_the_people_a_share_counts_speak_after_the_words(text, speaker):
    # "of" between the share and its people ends no frame: the words before the comma are theirs
    assert row(quotes_of(text), "The levy should go").speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Most Avalon riders said fares were high, and more than 4 in 10 said the levy should go.", "more than 4 in 10"),
    ("Fares were high, many riders said, while about half said the levy should go.", "about half"),
    ("About 40 Avalon pipers have said that the levy should go.", "About 40 Avalon pipers"),
])
def test_an_approximate_count_after_a_conjunction_speaks(text, speaker):
    # "than" and "about" end a subject elsewhere ("said more than …"), but before a count they are its phrase's
    assert row(quotes_of(text), "the levy should go").speaker == speaker


def test_an_organisation_is_counted_under_one_name():
    # A possessor's organisation has the name "the Quill campaign" has; "the campaign" is the
    # nearest such name before it (a mention's, where one names it). A person's own is read with the possessive.
    text = ("The Quill campaign opened an office. Hillary Quill’s campaign said it would grow. On Thursday. "
            "The campaign said it was confident.\n\nThe Avalon Department of Ports met. The department "
            "said the pier was unsafe. Its team said it would wait.")
    q = quotes_of(text)
    assert row(q, "it would grow").speaker == row(q, "it was confident").speaker == "Quill's campaign"
    assert row(q, "the pier was unsafe").speaker == "Avalon Department of Ports"
    assert row(q, "it would wait").speaker == "team"
    # "her campaign": the campaign of whom "her" stands for; a possessor's name keeps its apostrophe
    text = ("Hillary Quill toured the pier on Monday. Her campaign said she would return. Dara O’Malley’s "
            "campaign said it would shift staff.")
    q = quotes_of(text)
    assert row(q, "she would return").speaker == "Quill's campaign"
    assert row(q, "it would shift staff").speaker == "O’Malley's campaign"


def test_an_unnamed_source_phrase_never_reaches_back_over_a_clause_opener():
    text = ("It was a long strike that harbour executives said would fail. It is a rumour and not a "
            "news report because people think the sailors made it up.")
    q = quotes_of(text)
    assert text[int(row(q, "would fail").speaker_start):int(row(q, "would fail").speaker_end)] == "executives"
    # nor over a conjunction, an auxiliary, a negation or a possessive
    assert text[int(row(q, "the sailors").speaker_start):int(row(q, "the sailors").speaker_end)] == "people"


def test_a_singular_noun_after_a_is_no_modifier_of_the_plural_source_after_it():
    # "a project critics called reckless" is "a project that critics called reckless": "a" cannot open a plural
    text = ("Mayor Ilse Varro unveiled a plan to rebuild the Caldry pier, a project critics called reckless and "
            "badly costed. The governor signed a harbour deal, a move opponents called a betrayal of voters. A few "
            "critics said the pier was safe. A dozen harbour workers said the pier was old.")
    q = quotes_of(text)
    assert spoken_by(q, text, "reckless") == "critics"
    assert spoken_by(q, text, "a betrayal") == "opponents"
    assert spoken_by(q, text, "the pier was safe") == "A few critics"  # a count of them stays
    assert spoken_by(q, text, "the pier was old") == "A dozen harbour workers"


def test_called_naming_a_thing_reports_nothing():
    text = ("Ada Quill founded a group called Friends of the Harbour. Tarn joined a party called “The New "
            "Tide,” which backs the levy. The levy, sometimes called a tax on hope, passed. A spokesman "
            "called the claim “absurd.” The board called on the council to act. Bo Tarn once called "
            "himself a fisherman.")
    q = quotes_of(text, speech_acts=True)
    assert not q["content"].str.contains("Friends of|New Tide|tax on hope").any()
    assert row(q, "the claim").speaker == "spokesman"
    assert row(q, "himself").speaker == "Bo Tarn"


def test_quoted_answers_after_an_interviewers_question_are_the_interviewees():
    # An interview set as questions in paragraphs of their own and quoted answers: the answers had no speaker.
    text = ("'I never planned to be a politician'\n\nCouncillor Maren Tollis has represented Eastgate for twelve "
            "years. She spoke to the Dorwick Herald.\n\nHow did you get into politics?\n\n"
            "“By accident. I ran a bakery.\n\n"
            "“I still think of myself as a baker.”\n\nWhat has been your biggest achievement?\n\n“Saving the ferry.”"
            "\n\nWhat went wrong for the ferry?\n\nTollis said the operator had pulled out.")
    q = quotes_of(text)
    assert [(r.content, r.speaker) for r in q.itertuples() if r.kind == "direct"] == [
        ("By accident. I ran a bakery.", "Maren Tollis"), ("I still think of myself as a baker.", "Maren Tollis"),
        ("Saving the ferry.", "Maren Tollis")]


def test_called_naming_a_thing_with_its_the_reports_nothing():
    # "called the Fold Air" had been an inverted frame whose speaker was the name
    text = ("The tablet, called the Fold Air, will go on sale in March. Dorwick's summit of mayors, called the Harbour "
            "Forum, that the council holds each spring was cancelled. Ada Quill called the plan “reckless.”")
    q = quotes_of(text)
    assert list(q["speaker"]) == ["Ada Quill"]


def test_finding_oneself_somewhere_reports_nothing():
    text = ("Ada Quill found herself in a tight race. The harbour board found itself at the centre of the row. "
            "Bo Tarn found that the levy was unfair.")
    q = quotes_of(text)
    assert list(q["content"]) == ["the levy was unfair"]


def test_a_quote_split_by_a_frame_between_dashes_goes_on_as_a_direct_quote():
    q = quotes_of("“We will win” — Ada Quill said — “and the council must act.”")
    second = row(q, "and the council")
    assert second.kind == "direct" and second.speaker == "Ada Quill"
    assert second.continues == row(q, "We will win").quote_id


def test_a_pronoun_told_before_the_clause_is_the_addressee_not_the_words():
    q = quotes_of("Quill said Tarn had told her the levy was dead. Tarn told them it would stay.")
    told = row(q, "the levy was dead")
    assert told.speaker == "Tarn" and told.addressee == "her"
    assert row(q, "it would stay").addressee == "them"


@pytest.mark.parametrize("text, addressee, content", [
    ("Ada Quill told the Guardian the levy was dead.", "the Guardian", "the levy was dead"),
    ("Ada Quill told the council the levy would pass.", "the council", "the levy would pass"),
    ("Ada Quill told the U.S. it would pass.", "the U.S.", "it would pass"),
])
def test_the_one_told_with_its_article_stands_outside_the_words(text, addressee, content):
    r = row(quotes_of(text), content)
    assert r.addressee == addressee and r.content == content


@pytest.mark.parametrize("text, addressee, content", [
    ("Mara Quill said Tarn harassed her. Quill told the Avalon Times Tarn invited her to his suite.",
     "the Avalon Times", "Tarn invited her"),
    ("Mara Quill said Tarn harassed her. Quill told The Gazette   Tarn  invited her up to his room.",
     "The Gazette", "Tarn  invited her"),
    ("Bo Tarn is a producer. Mara Quill told CNN Tarn had left the set.", "CNN", "Tarn had left"),
    # (a given name before it: one name, as before)
    ("Bo Tarn is a producer. Mara Quill told John Tarn invited her.", "John Tarn", "invited her"),
])
def test_the_one_told_ends_where_a_name_the_article_gives_opens_the_clause(text, addressee, content):
    """'told the New York Times Weinstein invited her' (sample G): the outlet is told, the producer invited."""
    r = row(quotes_of(text), content)
    assert r.addressee == addressee


@pytest.mark.parametrize("text, content", [
    ("Former staff admitted to the Avalon Times many at the firm knew about the payments.",
     "many at the firm knew about the payments"),
    ("Bo Tarn said to reporters he had known about the payments.", "he had known about the payments"),
    ("Bo Tarn confirmed to the Avalon Times the ferry had been sold.", "the ferry had been sold"),
])
def test_to_the_one_told_then_a_clause_without_that(text, content):
    """'admitted to the New Yorker many at the company knew ..' (sample G): "to" and the one told, then the clause."""
    assert row(quotes_of(text), content).content == content


@pytest.mark.parametrize("text", [
    "Bo Tarn did not respond to the Gazette's requests for comment.",
    "Many refugees from Avalon admitted to the United States from all ports are Christian.",
])
def test_to_a_thing_or_a_place_opens_no_clause(text):
    assert quotes_of(text).empty


@pytest.mark.parametrize("text, first, second", [
    ("Tarn said the delays were rooted in the timetable, which he said he would raise with the board.",
     "the delays were rooted in the timetable", "he would raise with the board"),
    ("Tarn said the delays came from the new timetable, which officials said would be dropped in May.",
     "the delays came from the new timetable", "would be dropped in May"),
    ("Tarn said the delays came from the new timetable  which  he  said  he  would drop in May.",
     "the delays came from the new timetable", "he  would drop in May"),
])
def test_a_relative_clause_with_its_own_frame_ends_the_words_before_it(text, first, second):
    """'.. the offensive scheme  which  he  said  he  would ..' (sample G): the relative reports words of its own."""
    q = quotes_of(text)
    assert row(q, first).content == first and row(q, second).content == second


def test_a_relative_aside_closed_before_the_verb_stays_in_the_words():
    text = "Tarn said the announcement, which some have argued was meant to split the party, was an insult."
    assert row(quotes_of(text), "the announcement").content.endswith("was an insult")
    # (nor where the relative clause quotes: the quotation stays the sentence's speaker's)
    text = "Avalon said a delegation was on its way with the offer, which it said it would review “with care.”"
    assert row(quotes_of(text), "with care").speaker == "Avalon"


def test_an_abbreviations_point_is_no_end_of_the_one_asked():
    q = quotes_of("Bo Tarn earlier asked the U.S. attorney in Avalon whether the levy was legal.")
    assert row(q, "the U.S. attorney").speaker == "Bo Tarn"


def test_words_before_a_comma_are_no_frames_words_across_another_verb():
    q = quotes_of("The president, Ada Quill, said she agreed.")
    assert list(q["content"]) == ["she agreed"]


@pytest.mark.parametrize("role", ["Home Secretary", "Harbour Master", "Prime Minister"])
def test_a_name_beside_a_capitalised_role_speaks(role):
    q = quotes_of(f"The {role}, Ivo Brant, said he would wait.")
    assert row(q, "he would wait").speaker == "Ivo Brant"


def test_a_members_letters_after_the_name_speak_with_the_name():
    q = quotes_of("Ada Quill MP told the Commons it was a tax on hope. MPs said they would vote.")
    assert row(q, "it was a tax").speaker == "Ada Quill"
    assert row(q, "they would vote").speaker == "MPs"


def test_a_british_house_style_article():
    # A fictional article in British house style: single quotation marks, honorifics without a
    # point, 'Cllr', peerages, a member's letters, a role in capitals beside a name, 10.30am, GMT.
    text = (FIXTURES / "quotes" / "avalon_british.txt").read_text(encoding="utf-8")
    arts = pd.DataFrame({"doc_id": ["b"], "text": [text], "published": [pd.Timestamp("2031-11-03")]})
    q = extract_quotes(arts)
    first = row(q, "We will not pay")
    assert first.speaker == "Ada Quill" and first.addressee == "the Avalon Gazette"
    assert row(q, "The council must").continues == row(q, "We will not pay").quote_id
    assert row(q, "he would wait").speaker == "Ivo Brant"
    assert row(q, "fair and overdue").speaker == row(q, "Every harbour").speaker == "Tom Becker"
    assert row(q, "the report would").speaker == "Mia Vale"
    assert row(q, "whether the levy").speaker == "Gazette"
    tx = extract_timexes(arts)
    assert tx[["text", "value"]].values.tolist() == [["10.30am on Tuesday", "2031-10-28T10:30"],
                                                     ["12 November", "2031-11-12"],
                                                     ["14:30 GMT on Thursday", "2031-11-06T14:30"]]
    entities = set(link_aliases(find_mentions(arts))["entity"])
    assert {"Ada Quill", "Ivo Brant", "Tom Becker", "Mia Vale"} <= entities
    assert not entities & {"GMT", "Ada Quill MP", "Cllr Tom Becker", "Baroness Mia Vale"}


def test_a_second_verb_after_a_quote_frames_the_next_quote():
    text = "“We will win,” Ada Quill said at a briefing, and then predicted: “The council will act.”"
    q = quotes_of(text)
    second = row(q, "The council")
    assert second.cue == "predicted" and second.speaker == "Ada Quill" and pd.isna(second.continues)


def test_pronoun_resolves_to_the_subject_of_the_sentence_before():
    q = quotes_of(AVALON)
    assert row(q, "These numbers").speaker == "Bram Tolliver"
    assert spoken_by(q, AVALON, "These numbers") == "he"


def test_pronoun_skips_a_person_of_the_other_gender():
    text = ("Mrs. Ada Quill met Mr. Bram Tolliver on Monday. She praised the harbour plan.\n\n"
            "“It is a fine plan,” he told reporters.")
    assert row(quotes_of(text), "It is a fine plan").speaker == "Bram Tolliver"


def test_a_pronoun_after_a_firm_bearing_the_family_name_is_the_person_of_that_name():
    # "Ostergaard Rigging" was a person by its shape: "she laughs" gave the words to the firm.
    text = ("Sella Ostergaard still keeps her first rope at Ostergaard Rigging’s yard in Quellby. It is frayed.\n\n"
            "“My uncle called it a knot with ambitions,” she laughs.")
    assert row(quotes_of(text), "My uncle called it").speaker == "Sella Ostergaard"


def test_a_pronoun_in_a_question_put_by_a_named_asker_is_no_evidence_of_the_asker_s_gender():
    # "Asked by Matt Kellerhand whether she …": the she is the one asked, so Kellerhand (a man's given name) is no
    # woman, and the she who answers is Varnhagen, not the asker quoted last
    text = ("The council's statement conflicted with what Ilse Varnhagen told the Kelmsford Courier before the gala in "
            "Kelmsford on Monday. Asked by Matt Kellerhand whether she had rehearsed her speech, she said, “I read it "
            "once over, and that was all.”")
    assert row(quotes_of(text), "I read it once over").speaker == "Ilse Varnhagen"


def test_colon_introduces_a_quote_of_the_subject():
    r = row(quotes_of(AVALON), "If the money comes")
    assert (r.kind, r.speaker) == ("direct", "Ines Dorn")


def test_mixed_quote_inside_reported_speech():
    r = row(quotes_of(AVALON), "a turning point")
    assert (r.kind, r.cue, r.speaker) == ("mixed", "described", "Ada Quill")


def test_mixed_quote_reports_the_clause_that_holds_it():
    # A mixed row's content is the quoted fragment; reported_* is the clause its cue governs (no "that", the marks
    # as the text has them), before or after the cue, up to the speaker's next verb. Other rows: their own span.
    text = ("Mayor Ada Quill told reporters on Monday that the harbour levy was “a disgrace to Avalon.”\n\n"
            "The ferry timetable is “a work of fiction,” Ivo Brant said.\n\n"
            "Quill said the new pier would “ruin the bay” and vowed to fight it.\n\n"
            "“We are done,” Brant said. He said the vote was close.")
    q = quotes_of(text)
    assert_offsets(text, q)
    mixed = q[q["kind"] == "mixed"]
    assert mixed["content"].tolist() == ["a disgrace to Avalon.", "a work of fiction,", "ruin the bay"]
    assert mixed["reported_content"].tolist() == [
        "the harbour levy was “a disgrace to Avalon.”", "The ferry timetable is “a work of fiction,”",
        "the new pier would “ruin the bay”"]
    others = q[q["kind"] != "mixed"]
    assert others["content"].tolist() == ["to fight it", "We are done,", "the vote was close"]
    assert (others["reported_content"] == others["content"]).all()
    assert (others["reported_start"] == others["start"]).all() and (others["reported_end"] == others["end"]).all()


def test_mixed_quote_clause_cut_inside_a_later_quotation_runs_on_to_its_close():
    # PerSenT's lost commas leave double spaces: the clause read for the cue stops at one inside the second
    # quotation; the reported clause runs on to that quotation's close, within its sentence.
    text = ("The harbour board praised Quill’s decision to scrap “antiquated  costly rules” to “free the harbour  its "
            "boats and its people.” The vote is on Monday.")
    q = quotes_of(text)
    assert_offsets(text, q)
    assert q["reported_content"].tolist() == [
        "Quill’s decision to scrap “antiquated  costly rules” to “free the harbour  its boats and its people.”"] * 2


def test_of_kinds_keeps_the_kinds_asked_for_and_refuses_a_kind_the_table_never_holds():
    from presslens.quotes import of_kinds

    table = pd.DataFrame({"kind": ["direct", "indirect", "mixed", "direct"], "quote_id": [0, 1, 2, 3]})
    assert of_kinds(table, "direct, Mixed")["quote_id"].tolist() == [0, 2, 3]
    assert of_kinds(table, ["indirect"])["quote_id"].tolist() == [1]
    assert of_kinds(table, None) is table and of_kinds(table, []) is table
    with pytest.raises(ValueError, match="unknown quote kinds 'dirct', 'quotes'; the kinds are direct, mixed, indirect"):
        of_kinds(table, ["dirct", "quotes"])


def test_mixed_quote_clause_ends_before_the_speakers_next_verb_after_the_fragment():
    # "called X “…” and said …": the verb after the fragment's closing mark is the speaker's next statement,
    # also where its auxiliary differs from the cue's ("described … and has said").
    text = ("Ivo Brant called the ferry deal “a betrayal of Avalon” and said the council would vote in May.\n\n"
            "Brant described himself as “totally pro-harbour” and has said that he gave money to the ferry fund.")
    q = quotes_of(text)
    assert_offsets(text, q)
    assert q.loc[q["kind"] == "mixed", "reported_content"].tolist() == [
        "the ferry deal “a betrayal of Avalon”", "himself as “totally pro-harbour”"]


def test_scare_quotes_are_not_quotes():
    q = quotes_of("The so-called “harbour tax” was dropped in the spring.")
    assert q.empty


# -- house styles (fictional articles in tests/fixtures/quotes/styles) -------------------------

STYLES = FIXTURES / "quotes" / "styles"


def _house_styles():
    """scripts/house_styles.py, which reads the expected rows and scores an article's quote table against them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("house_styles", ROOT / "scripts" / "house_styles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOUSE_STYLES = _house_styles()
EXPECTED = HOUSE_STYLES.read_table("expected.tsv")
EXPECTED_OPEN = HOUSE_STYLES.read_table("expected_open.tsv")
OPEN_FLOORS = HOUSE_STYLES.read_table("open_floors.tsv").set_index("file").astype(int)


@pytest.mark.parametrize("name", sorted(set(EXPECTED["file"])))
def test_house_style_quotes_speakers_and_kinds(name):
    # Each file of expected.tsv wholly right: every verbatim row expected, with its kind and speaker, none missed.
    text = (STYLES / name).read_text(encoding="utf-8")
    q = quotes_of(text, scare_quotes=True)
    assert_offsets(text, q)
    assert HOUSE_STYLES.score_quotes(name, q, EXPECTED[EXPECTED["file"] == name])[1] == []


@pytest.mark.parametrize("name", sorted(OPEN_FLOORS.index))
def test_open_house_styles_hold_their_floors(name):
    # The files not yet wholly right, scored against their rows as first committed, before presslens ran on them
    # (expected_open.tsv): at least the rows right and at most the rows invented that open_floors.tsv records.
    text = (STYLES / name).read_text(encoding="utf-8")
    q = quotes_of(text, scare_quotes=True)
    assert_offsets(text, q)
    expected = EXPECTED_OPEN[EXPECTED_OPEN["file"] == name]
    floor = OPEN_FLOORS.loc[name]
    assert len(expected) == floor["rows"]
    counts, open_rows = HOUSE_STYLES.score_quotes(name, q, expected)
    assert counts["right"] >= floor["right"] and counts["invented"] <= floor["invented"], (counts, open_rows)


def test_each_house_style_article_is_in_one_table_of_expected_rows():
    # A file wholly right moves from expected_open.tsv (and open_floors.tsv) to expected.tsv with its rows unchanged;
    # every article of the folder has its rows in one of the two, so none goes unscored.
    strict, open_files = set(EXPECTED["file"]), set(EXPECTED_OPEN["file"])
    assert not strict & open_files
    assert set(OPEN_FLOORS.index) == open_files
    assert strict | open_files == {path.name for path in STYLES.glob("*.txt")}


def test_a_false_title_of_local_copy_opening_a_sentence_is_no_part_of_the_name():
    # Tabloid and local copy put what a person is before the name as a title ("Grandmother Doreen Pickles, 78,
    # blasted …", "Resident …"); Punkt never saw those words in lower case, so the name had kept them.
    q = quotes_of('Grandmother Hettie Brannagh, 78, blasted the charge as "daylight robbery".\n\n'
                  'Resident Olwen Tarrant insisted: "Nobody asked us."')
    assert q[["content", "speaker"]].values.tolist() == [["daylight robbery", "Hettie Brannagh"],
                                                         ["Nobody asked us.", "Olwen Tarrant"]]


def test_a_source_by_its_noun_ends_before_the_verb_of_its_clause():
    # "A … spokesperson said the company commented on “…”": the phrase before "company" had run back over
    # "said" to the determiner, and "Harwick spokesperson said the company" was one speaker.
    text = 'A Pellbrook spokesperson said the company commented on "idle gossip from the quayside."'
    assert row(quotes_of(text), "idle gossip")["speaker"] == "company"


def test_words_quoted_as_not_said_are_the_reporters():
    # "… said the company did not comment on “…”": the negated verb is no source of the quoted words; whoever
    # reports the silence quotes them (the company had been their speaker).
    q = quotes_of('A Pellbrook spokesperson said the company did not comment on "idle gossip from the quayside."')
    assert row(q, "idle gossip")["speaker"] == "Pellbrook spokesperson"


def test_it_after_a_quotation_is_the_document_the_sentence_before_speaks_of():
    # "The memo says …. “…,” it reads": the "it" after a quotation opening its sentence is the document, as it is
    # where "it" opens the clause ("The report said …. It found …"); it had gone to the company's plant or no one.
    q = quotes_of("Pellbrook Dairies will shut its Tarn Road plant. The memo says work will move to the company's "
                  'Oxley site. "We know how hard this is," it reads.')
    assert row(q, "We know how hard")["speaker"] == "memo"


def test_a_role_set_before_a_name_with_what_it_is_of_is_that_person():
    # "The mayor of Wexholm, Dara Fenwick, …": a description before the name ending with a name of its own and a
    # comma; "the mayor" later had been the person named last (the councillor).
    q = quotes_of("The mayor of Wexholm, Dara Fenwick, apologised on Monday.\n\nCouncillor Priya Tamsett said the "
                  'closure was a mess.\n\n"I got the tone badly wrong," the mayor told the Courier.')
    assert row(q, "I got the tone")["speaker"] == "Dara Fenwick"


def test_a_trucker_or_a_motorist_before_a_name_is_no_part_of_it():
    # Local copy's false titles of the road ("Trucker Lenny Oakes, 52, stopped …"): the name had kept the word.
    q = quotes_of('Trucker Wilf Gannaway, 52, stopped at the junction. His advice: "Ask us first."\n\n'
                  'Motorist Pearl Ashdown, 33, said: "The lights are never green."')
    assert q["speaker"].tolist() == ["Wilf Gannaway", "Pearl Ashdown"]


def test_an_organiser_before_a_name_is_no_part_of_it():
    # Protest and campaign copy ("Organiser Tadhg Mulreany, of the … Action Group, said"): the name had kept the word.
    q = quotes_of('Organiser Wynn Carrowby, of the Fenmoor Action Group, said the turnout was "a shock". '
                  '"We expected fifty," he said.')
    assert q["speaker"].tolist() == ["Wynn Carrowby", "Wynn Carrowby"]


def test_member_of_parliament_before_a_name_is_a_title():
    # Papers of Singapore, Malaysia and India write the office out before the name ("Member of Parliament Daryl Koh
    # Wei Ming … Mr Koh said"): "Parliament Daryl Koh Wei Ming" had been one name of no person, so "Mr Koh" and the
    # "he" after him were 'Koh', a person of their own.
    q = quotes_of("Member of Parliament Daryl Tan Wei Ming opened the market on Sunday (Dec 6). Mr Tan said the "
                  'upgrade had cost $4 million. "Residents told us it was too hot," he said.')
    assert q["speaker"].tolist() == ["Daryl Tan Wei Ming", "Daryl Tan Wei Ming"]


def test_mayor_pro_tem_before_a_name_is_a_title():
    # US city councils' stand-in mayor ("Mayor Pro Tem Harold Quenby voted against it"): the name had kept "Pro Tem".
    q = quotes_of('Mayor Pro Tem Ysolde Marrack voted against it. "I want a parking study first," she said.')
    assert q["speaker"].tolist() == ["Ysolde Marrack"]


def test_a_dispatcher_speaks_without_a_name():
    # Local copy of emergency calls ("“…,” the dispatcher replies."): the noun was no source, so the row had no speaker;
    # as a source's noun it had stood, after "the", for the one who spoke before (the caller). Like "the moderator",
    # it is an office the article seldom names anyone to.
    q = quotes_of('The recording was released on Tuesday. "He is inside," Wenna Trask says.\n\n"Stay where you are. '
                  'Do not go into the water," the dispatcher replies.')
    assert q["speaker"].tolist() == ["Wenna Trask", "dispatcher"]


def test_radioed_frames_a_quotation():
    # Motor racing, aviation and rescue copy quote the radio ("“…,” the Frenchman radioed."): the verb was no cue, so
    # the quotation had no row.
    q = quotes_of('Luc Ferrand was less calm. "Why are we staying out?" the Frenchman radioed moments later.')
    assert q[["content", "speaker"]].values.tolist() == [["Why are we staying out?", "Luc Ferrand"]]


def test_the_one_identified_as_a_name_is_that_person():
    # Police and court copy name an unnamed person after the fact ("the caller, later identified as …, tells the
    # dispatcher", "A woman, identified by police as …, said"): the row had kept the noun.
    q = quotes_of('"There is an old man in there," the caller, later identified as Wenna Trask, tells the '
                  'dispatcher.\n\nA driver, identified by police as Olan Brisk, 41, said: "The brakes went."')
    assert q["speaker"].tolist() == ["Wenna Trask", "Olan Brisk"]


def test_a_participle_joined_by_and_to_a_named_ones_ing_form_is_theirs():
    # "Footage shows Deputy … wading toward the house and shouting, “…”" (local copy of body cameras and phone
    # videos): "and" joins the participle to the name's -ing form, not to the verb the name is the object of; the
    # quotation had been the footage's (a mixed row of "shows"), or no one's.
    q = quotes_of('Body camera footage shows Deputy Tamsin Orrey wading toward the house and shouting, "Bang again if '
                  'you can hear me!"')
    assert row(q, "Bang again")[["kind", "speaker"]].tolist() == ["direct", "Tamsin Orrey"]


def test_a_place_fronted_before_its_comma_is_no_subject():
    # "In Harrowgate, a resident reported …. “…,” she told officers.": the place had been the sentence's subject (the
    # first mention, where no person's name opens the clause), so the "she" after it stood for no one.
    q = quotes_of('In Brackwater, a resident reported a kayak stolen from her back yard. "It is bright orange," she '
                  'told officers.')
    assert row(q, "It is bright orange")["speaker"] == "resident"


def test_the_one_named_after_among_and_was_is_the_subject():
    # "Among the marchers was Nuala Breen, 34, who …": the name put after the verb is the sentence's subject, not the
    # "who" of its relative clause; her "she" had gone to the woman quoted before.
    q = quotes_of('Deirdre Vance spoke first. "We will sit late," she said.\n\nAmong the marchers was Nuala Fenn, 34, '
                  'who lives in Hollin. "It is our hospital," she said.')
    assert row(q, "It is our hospital")["speaker"] == "Nuala Fenn"


def test_a_school_principal_a_crofter_and_a_sardar_before_a_name_are_no_part_of_it():
    # "Principal Hemi Tawhiri told …" (New Zealand, Australian and American copy), "Crofter Isla McCulloch, 64, said"
    # (Scottish), "Sardar Naveed Akhtar" (Pakistani): the name had kept the word before it.
    q = quotes_of('Principal Mere Hapuku said: "We need two more rooms."\n\n'
                  'Crofter Ishbel Rankine, 64, said: "The boat is late again."\n\n'
                  'Sardar Tariq Noon maintained: "The canal will be lined." "No one is above the law," Noon added.')
    assert q["speaker"].tolist() == ["Mere Hapuku", "Ishbel Rankine", "Tariq Noon", "Tariq Noon"]


def test_an_oba_and_a_nationals_mp_before_a_name_are_no_part_of_it():
    # A Yoruba traditional ruler's title ("Oba Samuel Ajagbe … he stated", West African dailies) and the Australian
    # party's plural before "MP" ("Nationals MP Georgia Fairweather … Ms Fairweather said"): the name had kept the word.
    q = quotes_of('Also speaking, Oba Tunde Ajayi commended the governor. "We thank God," he stated.\n\n'
                  'Nationals MP Georgia Lyle said farmers had waited. "They care about water," Ms Lyle said.')
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["Tunde Ajayi", "Georgia Lyle"]


def test_a_clause_after_where_or_when_it_was_said_makes_its_quotation_mixed():
    # "said in a statement the ministry was “aware of the growth” and would …" (a clause without "that" after the
    # medium or the day): the sentence's grammar holds the quoted words, which had come out direct.
    q = quotes_of('Graham Whitcliffe said in a statement the ministry was "aware of the growth" and would act.\n\n'
                  'Ada Quill said on Monday she was "deeply sorry" for the delay.\n\n'
                  'Tom Becker said in an interview: "We will act."')
    assert q[["kind", "content"]].values.tolist() == [["mixed", "aware of the growth"], ["mixed", "deeply sorry"],
                                                      ["direct", "We will act."]]
    # Not the verb after an aside's comma: the aside holding the frame ends there (no row of the clause after it).
    q = quotes_of('Mara Venn, who gave the Harbour Day address on Tuesday, is an "articulate conservative" who has won '
                  'twice, the Courier board writes.')
    assert "writes" not in q["cue"].tolist()


def test_each_item_of_a_list_under_a_frame_is_that_frames_speaker():
    # Post-match and briefing copy: "Ruiz said:" then "• On the red card: “…”" items, or a list headed "Her thoughts
    # on:" (no speaker had been found for any item).
    q = quotes_of('Speaking after the match, Orla Fenwick said:\n\n'
                  '• On the referee: "He had a good game."\n\n'
                  '• On the title: "We are not thinking about it."\n\n'
                  'Visiting coach Brannoc Tealby was less cheerful.\n\n'
                  'His thoughts on:\n\n'
                  '- The pitch: "It was like a beach."\n'
                  '- The fans: "Brilliant, as always."')
    assert q[["content", "speaker"]].values.tolist() == [["He had a good game.", "Orla Fenwick"],
                                                         ["We are not thinking about it.", "Orla Fenwick"],
                                                         ["It was like a beach.", "Brannoc Tealby"],
                                                         ["Brilliant, as always.", "Brannoc Tealby"]]


def test_each_fragment_of_a_quoted_list_is_the_framing_speakers():
    # American and British copy list a speaker's words: 'called the plan “reckless,” “unfunded” and “dead on arrival”'
    # (the items after the first had been a clause of their own: missed, or direct with no speaker).
    text = ('Senator Wenna Trelisk called the levy “greedy,” “unfair” and “a tax on the poor,” before the vote.\n\n'
            'Councillor Osric Fennimore called it "rushed", "costly" or "simply unworkable".')
    q = quotes_of(text, scare_quotes=True)
    assert q[["kind", "content", "speaker"]].values.tolist() == [
        ["scare", "greedy,", "Wenna Trelisk"], ["scare", "unfair", "Wenna Trelisk"],
        ["mixed", "a tax on the poor,", "Wenna Trelisk"], ["scare", "rushed", "Osric Fennimore"],
        ["scare", "costly", "Osric Fennimore"], ["mixed", "simply unworkable", "Osric Fennimore"]]
    # Without scare rows the list's longer items are still the speaker's words; a sentence quoted after a fragment
    # (a capital) is not an item.
    q = quotes_of(text + '\n\nAda Quill called it "a mess," "It will never pass," she added.')
    assert q.query("kind != 'indirect'")[["kind", "content", "speaker"]].values.tolist() == [
        ["mixed", "a tax on the poor,", "Wenna Trelisk"], ["mixed", "simply unworkable", "Osric Fennimore"],
        ["mixed", "a mess,", "Ada Quill"], ["direct", "It will never pass,", "Ada Quill"]]


def test_a_statement_read_by_someone_is_no_frame_of_its_own():
    # British court copy: "Prothero said in a statement read by his daughter, Ffion: “…”" (the speaker had been
    # "statement", of the verb "read"); "The statement read: “…”" still frames its words (the statement's issuer's).
    q = quotes_of('Outside court, Wendo Marrick said in a statement read by his daughter, Ilse: "I am sorry."\n\n'
                  'The statement read: "We thank the jury."')
    assert q[["content", "speaker", "cue"]].values.tolist() == [["I am sorry.", "Wendo Marrick", "said"],
                                                                ["We thank the jury.", "Wendo Marrick", "read"]]


def test_the_agency_or_the_company_is_the_organisation_the_subject_before_names():
    # AP copy: "The Oregon State Police will investigate, according to a statement from the agency, which said it had
    # “…”" (the speaker had been 'agency'); not an organisation named as an object ("… bought Tarnwick Foods. The
    # company plans …" is the buyer's).
    q = quotes_of('The Marlow State Police will investigate the crash, according to a statement from the agency, which '
                  'said it had "secured all footage."\n\n'
                  'Quellbrook Holdings announced it bought Tarnwick Foods. "We are delighted," the company said.')
    assert q.query("kind != 'indirect'")["speaker"].tolist() == ["Marlow State Police", "Quellbrook Holdings"]


def test_posed_frames_only_the_question_closing_right_before_it():
    # Kenyan and Nigerian English: "“What can we do?” posed Mrs Atieno" (no row had been found); "posed" before a
    # quotation is no frame ("it still posed “a direct threat”").
    q = quotes_of('"Customers do not want to walk in mud. What can we do?" posed Mrs Wairimu Njeri.\n\n'
                  'Kasim Odhiambo posed "a real threat" to the plan.')
    assert q[["kind", "speaker", "cue"]].values.tolist() == [["direct", "Wairimu Njeri", "posed"]]


def test_another_after_one_unnamed_source_is_another_of_the_same():
    # Reaction pieces: "“…,” one fan tweeted. Another posted on TikTok: “…”" (the speaker had been 'another').
    q = quotes_of('Not everyone was sympathetic. "Flew in from Ostrava for this," one fan tweeted.\n\n'
                  'Another posted on TikTok: "Rest up, we will be here."')
    assert q["speaker"].tolist() == ["fan", "fan"]


def test_a_user_of_a_platform_is_an_unnamed_source():
    # Tech and reaction copy: "“…,” one user posted on the company's forum. Another wrote that …" (the second
    # speaker had been 'another'); "said another Twitter user, Roza Venn" is the user named.
    q = quotes_of('"I bought twelve of these," one user posted on the forum. Another wrote that the plug was '
                  '"a brick with a button."\n\n"We are anxious," said another Twitter user, Roza Venn.')
    assert q[q["kind"] != "indirect"]["speaker"].tolist() == ["user", "user", "Roza Venn"]


def test_a_rep_is_an_unnamed_source_and_rep_before_a_name_a_title():
    # Entertainment copy: "“…,” a rep for the singer said", "his rep has since denied that …" (no speaker had been
    # found); "Rep. Ada Quill" stays a title before a name.
    q = quotes_of('"We ask for privacy," a rep for the singer said.\n\n'
                  'Joss Arden appeared on the poster, but his rep has since denied that the drummer is involved.\n\n'
                  '"We will vote," said Rep. Ada Quill.')
    assert q["speaker"].tolist() == ["rep", "rep", "Ada Quill"]


def test_a_participle_after_a_though_clause_is_its_subjects():
    # "Lindqvist, 37, has kept quiet on social media, though a rep for the singer confirmed the news, saying in a
    # statement: “…”" (celebrity copy): the clause's subject speaks, as after "but" (the row had gone to Lindqvist);
    # past an age after the first subject, over an "a" and a "for …" after the second.
    q = quotes_of('Joss Arden, 37, has kept quiet, though a rep for the drummer confirmed the news, saying in a '
                  'statement: "We ask for privacy."\n\n'
                  'Ada Quill stayed home, but a spokesman for the council confirmed the vote, saying: "It is done."')
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["rep", "spokesman"]


def test_the_noun_after_an_indefinite_phrase_with_words_before_its_noun_is_that_phrase():
    # "A senior defence official, who briefed reporters …, said …. The official said the deployment would last “at
    # least six months.”" (a defence briefing; 'official' had been the speaker), as "A spokesperson for … welcomed
    # …. “…,” the spokesperson said" already was; not a phrase of two ("One provided a document …").
    q = quotes_of('A senior Tarrow port official said on Friday that the pier was safe. "We checked twice," the '
                  'official said.\n\nOne provided a document that she called the plan. "Keep out," the document '
                  'states.')
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["senior Tarrow port official", "document"]


def test_another_is_no_other_of_a_share():
    # "Owners were offered a 40 percent discount. … Another wrote that …": a share counts no one person ("another"
    # had been '40 percent').
    q = quotes_of('Owners were offered a 40 percent discount on the new plug. Another wrote that the offer was '
                  '"an insult dressed up as an apology."')
    assert q[q["kind"] != "indirect"]["speaker"].tolist() == ["another"]


def test_lower_case_words_after_the_show_was_are_a_predicate_not_a_title():
    # "the show was “postponed, not cancelled”" (no row had been found: "show was" marks a title, as in "her favourite
    # show was “Seinfeld”", which stays a title).
    q = quotes_of('Orla Penhale told fans the show was "postponed, not cancelled", before correcting herself.\n\n'
                  'Orla Penhale said her favourite show was "Harbour Nights".')
    assert q[q["kind"] != "indirect"][["kind", "content"]].values.tolist() == [["mixed", "postponed, not cancelled"]]


def test_a_deans_office_before_a_name_is_a_title():
    # Student and local papers: "Dean of Libraries Patricia Okonkwo said …" (the speaker had been 'Libraries
    # Patricia Okonkwo'); "Howard Dean of Vermont" and "Dean Baquet" stay names.
    q = quotes_of('Dean of Libraries Ines Marlow said the library "is ready to make this work".\n\n'
                  'Dean of Students Ivo Brandt said the plan "is ready to work" today.\n\n'
                  'Howard Dean of Vermont said the plan "can work".')
    assert q["speaker"].tolist() == ["Ines Marlow", "Ivo Brandt", "Howard Dean"]


def test_his_excellency_and_her_highness_are_styles_before_a_name():
    # Gulf dailies: "His Excellency Saif Rashid Al Mansoori, Director-General of …, said" (the speaker had been
    # 'Excellency Saif Rashid Al Mansoori', his later "he said" unresolved and "Al Mansoori told" 'Mansoori').
    q = quotes_of('His Excellency Hamdan Saeed Al Kindi, chairman of the Qaram Port Authority, said the port would '
                  'grow.\n\n"Demand is high," he said.\n\n"We are ready," Al Kindi told the Qaram Ledger.\n\n'
                  'Her Highness Mariam Al Noori said the fund would open. "It is for everyone," she said.')
    assert q["speaker"].tolist() == ["Hamdan Saeed Al Kindi"] * 3 + ["Mariam Al Noori"] * 2


def test_an_agency_administrator_and_an_undotted_father_are_titles_before_a_name():
    # American copy's "EPA Administrator …" ("Federal Airworthiness Board Administrator Renata Colby" had been the
    # name, and her later "she said" with it) and British Catholic copy's "Fr Osei" (only "Fr." was a title).
    q = quotes_of('Harbour Board Administrator Ines Dorn said the pier was shut. "It is unsafe," she said.\n\n'
                  'Fr Tomas Quaye said the hall was full. "It was full," Fr Quaye told the Tern Gazette.')
    assert q["speaker"].tolist() == ["Ines Dorn"] * 2 + ["Tomas Quaye"] * 2


def test_the_words_an_outlet_quoted_someone_as_saying_are_the_one_quoteds():
    # Wire rewrites of state media: "“…,” VARTA quoted Halvek as saying" had given the agency; the reported clause
    # and a quotation inside it ("quoted a witness as saying he saw “…”") stay the outlet's, as PolNeAR's annotators
    # mark them.
    q = quotes_of('"We will not yield," the Tern Agency quoted Ada Quill as saying on Monday.\n\n'
                  '"The pier is shut," local outlets quoted the harbour master  Bo Tarn  as saying.\n\n'
                  'The Gazette quoted a witness as saying he saw "a boat."')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Ada Quill"], ["direct", "Bo Tarn"],
                                                     ["mixed", "Gazette"]]


def test_a_capital_after_the_determiner_or_inside_the_sentence_is_the_writers():
    # Football copy's club "City" ("In a statement on its website, City said …" had given 'city') and a name after an
    # article ("A Justice Department spokeswoman said" had given 'justice Department spokeswoman'); a head word opening
    # its sentence is still written in lower case.
    q = quotes_of('Dunmore City lost again. In a statement, City said it would "not comment".\n\n'
                  'A Harbour Department spokeswoman said the pier was shut. Officials said it would reopen.')
    assert q["speaker"].tolist() == ["City", "Harbour Department spokeswoman", "officials"]


def test_a_name_in_the_relative_clause_after_an_inverted_speaker_is_no_speaker():
    # "“…,” said a farmer who voted for Becker" had given Becker (a "woman" was found, a noun no list knows was
    # passed over), and "“…,” says a message that plays at all rallies" had no row.
    q = quotes_of('Ada Quill spoke first.\n\n"Stay calm," said a farmer who voted for Tom Becker.\n\n'
                  '"Please do not push," says a scripted message that plays before all Becker rallies.')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "farmer"], ["direct", "scripted message"]]


def test_laughs_frames_the_quotation_right_before_it_only():
    # Magazine profiles: "“My dad said it was the ugliest thing,” she laughs." (no row had been found); a laugh
    # elsewhere frames nothing ("laughed at police", "drawing laughs from the crowd").
    q = quotes_of('Ada Quill runs the foundry. "My dad hated it," she laughs. "He was right."\n\n'
                  'The crowd laughed at the mayor. Bo Tarn drew laughs from the room.')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Ada Quill"]] * 2
    assert row(q, "My dad")["cue"] == "laughs"


def test_began_frames_the_quotation_broken_off_right_before_it_only():
    # Debate write-ups and features: "“That's simply not—” Quarry began." (no row had been found); "began" elsewhere
    # frames nothing ("The hearing began at noon", "began to shout").
    q = quotes_of('"That is simply not—" Anselm Quarry began. "Let me finish," Teo Brisk said.\n\n'
                  'The debate began at eight. Quarry began to shout.')
    assert q[["kind", "speaker", "cue"]].values.tolist() == [["direct", "Anselm Quarry", "began"],
                                                             ["direct", "Teo Brisk", "said"]]


def test_a_quotation_as_the_object_of_a_verb_of_no_speech_with_the_sentence_going_on_is_mixed():
    # '… has frequently blamed "foreign-backed groups" for unrest' (wire copy) had been a direct quote.
    q = quotes_of('Ada Quill has often blamed "outside agitators" for the unrest.\n\n'
                  'The marchers chanted "no levy, no vote" as they passed.')
    assert q["kind"].tolist() == ["mixed", "mixed"]


def test_a_suit_speaks_as_a_lawsuit_does_but_not_in_followed_suit():
    # Legal newswires: 'The suit alleges that Halvorsen "systematically understated" …' (no speaker had been found);
    # "Two banks followed suit, saying …" names no suit that says anything.
    q = quotes_of('The suit alleges that the port "ignored every warning" for years.\n\n'
                  'Two ferry firms followed suit on Monday, saying the levy was unfair.')
    assert q[["kind", "speaker"]].values.tolist()[0] == ["mixed", "suit"]
    assert "suit" not in q["speaker"].tolist()[1:]


def test_the_words_an_outlet_quoted_him_as_saying_are_his():
    # Wire copy's commonest form of the frame: "“…,” the agency quoted him as saying" had given the agency.
    q = quotes_of('President Bo Tarn met the envoy on Monday. "We will not yield," the Tern Agency quoted him as '
                  'saying.\n\nAda Quill disagreed.')
    assert q["speaker"].tolist() == ["Bo Tarn"]


def test_rued_frames_a_quotation_but_its_object_is_no_reported_words():
    # Indian and Pakistani copy: "“Every time, officials give assurances,” she rued." (no row had been found).
    q = quotes_of('Corporator Smt Veena Holkar raised it again. "Nothing happens on the ground," she rued.\n\n'
                  'Ravi Dastur rues the decision to shut the ferry.')
    assert q[["kind", "speaker", "cue"]].values.tolist() == [["direct", "Veena Holkar", "rued"]]


def test_counsel_submitted_that_reports_words_but_a_thing_submitted_does_not():
    # Court reports in Indian and British English: "advocate … submitted that the corporation had “turned a blind
    # eye”" (no row had been found); "submitted a report", "submitted that report" are a thing handed in, not words.
    q = quotes_of('Advocate Sid Menon submitted that the board had "turned a blind eye" to the building.\n\n'
                  'The board submitted a report to the court. It submitted that report on Friday.')
    assert q[["kind", "speaker", "content"]].values.tolist() == [["mixed", "Sid Menon", "turned a blind eye"]]


def test_a_bench_speaks_as_a_court_does():
    # Court reports: "“This is the last opportunity,” the bench said in its order" (no speaker had been found).
    q = quotes_of('The bench heard the plea on Friday.\n\n"This is the last opportunity," the bench said in its '
                  'order.')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "bench"]]


def test_twice_between_a_speaker_and_the_verb_is_no_part_of_the_speaker():
    # Debate write-ups: "Moderator Dee Halloway twice asked the candidates to …" had the speaker 'Moderator Dee
    # Halloway twice', as "once" and "again" are not.
    q = quotes_of("Moderator Dee Halloway twice asked the candidates to stop interrupting each other.")
    assert q["speaker"].tolist() == ["Dee Halloway"]


def test_a_surname_two_people_share_is_the_one_named_before_it():
    # Local TV and wire copy: "Homeowner Danielle Whitaker …" then "“…,” Whitaker said.", her husband "Marcus
    # Whitaker" named only after (the speaker had been 'Whitaker'); once both are named the surname stays unsure.
    q = quotes_of('Homeowner Ada Quill said the dog barked.\n\n"It was loud," Quill said.\n\n'
                  'Her husband, Tom Quill, said it was fine.\n\n"Yes," Quill said.')
    assert q["speaker"].tolist() == ["Ada Quill", "Ada Quill", "Tom Quill", "Quill"]


def test_a_radio_transcripts_role_labels_give_the_speaker_and_the_description():
    # NPR's style: "NAME, ROLE:" with the words on the label's line or in the next paragraph, and
    # later turns by the surname alone, which the article names in full only in a label.
    text = (STYLES / "transcript_radio.txt").read_text(encoding="utf-8")
    q = quotes_of(text)
    assert q[["speaker", "speaker_description", "cue"]].fillna("").values.tolist() == [
        ["Ada Quillan", "HOST", ":"], ["Tom Becker", "BYLINE", ":"], ["Tom Becker", "", ":"],
        ["Ada Quillan", "", ":"]]
    first = row(q, "The harbour of Avalon")
    assert text[first["cue_start"]:first["cue_end"]] == ":" and text[first["speaker_start"]:first["speaker_end"]] \
        == "ADA QUILLAN"
    # A label whose paragraph is followed by another label's has no words of its own.
    assert len(quotes_of("ADA QUILLAN, HOST:\n\nTOM BECKER, BYLINE: It did.\n\nQUILLAN: Thanks.")) == 2


def test_a_name_in_brackets_after_a_role_label_is_the_speaker():
    # "PRESENTER (Orla Fenwick):" names the one who speaks in brackets, the role in capitals before it (it had given
    # the speaker 'Presenter'); a stage direction in brackets ("(laughing)") still leaves the name before it.
    text = ("Brellock Tonight, transcript\n\nPRESENTER (Orla Fenwick): Good evening. The ferry strike goes on.\n\n"
            "FENWICK: Joining me is the harbour minister, Teodor Vask. When will it end?\n\n"
            "VASK (laughing): When both sides are sensible.")
    q = quotes_of(text)
    first = row(q, "Good evening")
    assert first.speaker == "Orla Fenwick" and first.speaker_description == "PRESENTER"
    assert text[first["speaker_start"]:first["speaker_end"]] == "Orla Fenwick"
    assert row(q, "Joining me").speaker == "Orla Fenwick" and row(q, "When both").speaker == "Teodor Vask"


def test_an_interviewer_label_naming_the_outlet_is_the_outlet():
    # "HERALD:" or "**Gazette:**" after "spoke to the Avalon Herald" is the outlet asking, an organisation of the
    # article (it had come out as a person named 'Herald'); a label a person answers to stays the person.
    q = quotes_of("Marla Quentin, the mayor of Port Avalon, spoke to the Avalon Herald about the ferry strike.\n\n"
                  "HERALD: Will the ferries run on Monday?\n\nQUENTIN: I expect so.\n\n"
                  "HERALD: And if they refuse it?\n\nQUENTIN: Then we talk again.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["Avalon Herald", "organisation"], ["Marla Quentin", "named person"]] * 2
    q = quotes_of("The Tarnwick Gazette sat down with coach Brin Alder after the final.\n\n"
                  "**Gazette:** How did the team feel?\n\n**Alder:** We were tired, but we believed.")
    assert q["speaker"].tolist() == ["Tarnwick Gazette", "Brin Alder"]


def test_an_interviewer_label_the_outlet_then_its_short_name():
    # Q&A as some papers set it, "The Post: …" for the outlet's questions after "spoke to The Northam Post" (no row
    # at all had been found: 'The Post' was no person of the article).
    q = quotes_of("Edda Hale, the novelist from Brindlemoor, spoke to The Northam Post about her book.\n\n"
                  "The Post: Your new book is set in a lighthouse. Why?\n\nHale: I grew up beside one, you see.\n\n"
                  "The Post: Is the keeper your father?\n\nHale: Parts of him. The bad temper is mine.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["Northam Post", "organisation"], ["Edda Hale", "named person"]] * 2


def test_a_broadcast_transcripts_time_codes_open_its_turns():
    # A time code before the label ("[00:01:27] DUNLEAVY:") still opens a turn; a live blog's time code and time zone
    # ("10:32 BST:") opens none.
    text = ("Vestmark Tonight, transcript\n\n[00:01:20] MAREN HOLT: Joining me is the minister, Kasimir Dunleavy.\n\n"
            "[00:01:27] DUNLEAVY: When both sides are sensible.\n\n(00:01:35) HOLT: Islanders say you left them.")
    q = quotes_of(text)
    assert q[["speaker", "cue"]].values.tolist() == [["Maren Holt", ":"], ["Kasimir Dunleavy", ":"],
                                                     ["Maren Holt", ":"]]
    blog = ("10:32 BST: Kasimir Dunleavy says talks will resume.\n\n10:45 BST: Islanders are gathering.\n\n"
            "11:02 BST: The quay is closed.")
    assert quotes_of(blog)["speaker"].tolist() == ["Kasimir Dunleavy"]


def test_a_podcast_transcripts_time_code_after_the_name_opens_its_turn():
    # Podcast transcripts set the time code after a name in title case, the words on the next line ("Corin Ashby
    # (00:00:03):"); no turn had been found. The label before the last one's words still counts as a dialogue's.
    text = ("The Tidewater Hour, transcript\n\nMaren Holt (00:00:03):\nWelcome back. I'm Maren Holt.\n\n"
            "Kasimir Dunleavy (00:00:09):\nThanks for having me, Maren.\n\n"
            "Maren Holt (00:00:12):\nWhy did the ferries stop?")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Maren Holt", "Welcome back. I'm Maren Holt."], ["Kasimir Dunleavy", "Thanks for having me, Maren."],
        ["Maren Holt", "Why did the ferries stop?"]]


def test_a_transcripts_label_gives_the_speaker_of_every_paragraph_until_the_next_label():
    # A turn running over paragraphs is the labelled speaker's throughout (the second paragraph had been no row, or
    # the author's words); a stage direction in brackets ends the turn, and after the last label the transcript may
    # have ended.
    text = ("Marrowdale floods, transcript\n\nANNA VELSKI, HOST: Good evening.\n\n"
            "Our correspondent Tom Brecker is on the scene.\n\nTOM BRECKER: Anna, the water came over the levee.\n\n"
            "We expect 300 more volunteers from Ostrava tonight.\n\n(BEGIN VIDEOTAPE)\n\nThe levee was built in 1962."
            "\n\nVELSKI: Thank you, Tom.\n\nThis report was produced by the Marrowdale News Service.")
    q = quotes_of(text)
    assert q[q["kind"] == "direct"][["speaker", "cue"]].fillna("").values.tolist() == [
        ["Anna Velski", ":"], ["Anna Velski", ""], ["Tom Brecker", ":"], ["Tom Brecker", ""], ["Anna Velski", ":"]]
    assert row(q, "We expect")["continues"] == row(q, "Anna, the water")["quote_id"]
    # What the later paragraph reports keeps its row, as PolNeAR marks it, its "we" the turn's speaker (it had been
    # the author's)
    assert row(q, "300 more")[["kind", "speaker", "cue"]].tolist() == ["indirect", "Tom Brecker", "expect"]


def test_an_unidentified_speakers_label_is_an_unnamed_source():
    # CNN's "UNIDENTIFIED MALE:" and a "CROWD:" label name no one (they had been people named 'Unidentified Male').
    q = quotes_of("Marrowdale floods, transcript\n\nTOM BRECKER, CORRESPONDENT: The water came at six.\n\n"
                  "UNIDENTIFIED MALE: We grabbed the kids and ran.\n\nUNIDENTIFIED FEMALE: Nobody told us.\n\n"
                  "CROWD: Shame!\n\nBRECKER: Officials say help is coming.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["Tom Brecker", "named person"], ["unidentified male", "unnamed source"],
        ["unidentified female", "unnamed source"], ["crowd", "unnamed source"], ["Tom Brecker", "named person"]]


def test_a_label_with_a_title_gives_the_name_after_it():
    # "SEN. PAUL HANNOCK (R-AV):" had been a person named 'Sen. Paul Hannock', and the later "HANNOCK:" another,
    # 'Hannock'; "FIRE CHIEF DEV MARLOWE:" had been 'Fire Chief Dev Marlowe' where "MARLOWE:" was 'Dev Marlowe'.
    q = quotes_of("Delmere fire, transcript\n\nANNA VELSKI, HOST: Joining us, two guests.\n\n"
                  "SEN. PAUL HANNOCK (R-AV): I won't play politics with this.\n\n"
                  "FIRE CHIEF DEV MARLOWE: The wind turned north.\n\nHANNOCK: Let me finish.\n\n"
                  "MARLOWE: We have lost 41 homes.")
    assert q["speaker"].tolist() == ["Anna Velski", "Paul Hannock", "Dev Marlowe", "Paul Hannock", "Dev Marlowe"]


def test_a_pull_quote_repeating_words_quoted_in_the_body_has_their_speaker():
    # A paragraph that is only a quotation, set again in display from the body (a pull quote), keeps its row (PolNeAR
    # marks some) with the speaker of the words it repeats: it had none, or the speaker of the paragraph before.
    text = ("Fishermen in Tarbert say the quotas will end the fleet.\n\n"
            "\"There will be no fish left in the loch.\"\n\n"
            "\"We are the last ones,\" said Rory Galt, 58. \"When we go, nobody will come after us.\"\n\n"
            "\"There will be no fish left in the loch,\" the minister, Ewan Dray, said.")
    q = quotes_of(text)
    assert q[q["kind"] == "direct"][["content", "speaker"]].values.tolist() == [
        ["There will be no fish left in the loch.", "Ewan Dray"], ["We are the last ones,", "Rory Galt"],
        ["When we go, nobody will come after us.", "Rory Galt"], ["There will be no fish left in the loch,",
                                                                  "Ewan Dray"]]


def test_a_paragraph_without_marks_after_x_wrote_colon_is_xs_quotation():
    # A post or a letter set off as its own paragraph, its marks never written, after "X wrote on Facebook:" had no
    # row; not a paragraph after a colon that no verb of speech ends ("changes include:"), nor one ending in a colon.
    text = ("Councillor Bryn Talley wrote on Facebook on Sunday night:\n\n"
            "Maybe people shouldn't build on a floodplain and then cry for help.\n\n"
            "The council said the changes it wants include:\n\nVoter rolls: the county will check them twice.\n\n"
            "Orla Penn writes in her memoir:\n\nOn the radio, Penn said:\n\n\"We should all go home.\"")
    q = quotes_of(text)
    assert q[q["kind"] == "direct"][["content", "speaker", "cue"]].values.tolist() == [
        ["Maybe people shouldn't build on a floodplain and then cry for help.", "Bryn Talley", "wrote"],
        ["We should all go home.", "Orla Penn", "said"]]


def test_a_paragraph_without_marks_after_said_x_colon_is_xs_quotation_after_a_quote_in_the_same_sentence():
    # "The dam should “stay shut for good,” said Senator Ilse Varro during a Tuesday session:": the inverted frame's
    # speaker stands between its verb and the colon, and its quote had already taken it; the paragraph after is
    # still that frame's block quotation (it had no row).
    text = ("The dam should \u201cstay shut for good,\u201d said Senator Ilse Varro during a Tuesday session:\n\n"
            "The Kelmore dam has failed its inspection twice. The valley cannot wait another winter for repairs.")
    q = quotes_of(text)
    assert q[["kind", "content", "speaker"]].values.tolist() == [
        ["mixed", "stay shut for good,", "Ilse Varro"],
        ["direct", "The Kelmore dam has failed its inspection twice. The valley cannot wait another winter for "
                   "repairs.", "Ilse Varro"]]


def test_a_fronted_phrase_of_time_before_a_verb_of_reply_is_no_reported_words():
    # "Within an hour, the engineer Colm Braddick had replied." and "Later that night, Braddick wrote again." had
    # the phrase of time as the words reported; the quotation the reply was stays its own row.
    q = quotes_of("Mayor Dana Orrel posted about the dam. Within an hour, the engineer Colm Braddick had replied. "
                  "\"It is not safe,\" he posted. Later that night, Braddick wrote again. The dam is old, Orrel said.")
    assert q[["kind", "content", "speaker"]].values.tolist() == [
        ["direct", "It is not safe,", "Colm Braddick"], ["indirect", "The dam is old", "Dana Orrel"]]


# -- reported speech (fictional articles in tests/fixtures/quotes/reported) --------------------

REPORTED = FIXTURES / "quotes" / "reported"
REPORTED_EXPECTED = pd.read_csv(REPORTED / "expected.tsv", sep="\t", comment="#")


@pytest.mark.parametrize("name", sorted(set(REPORTED_EXPECTED["file"])))
def test_reported_speech_speakers_and_content(name):
    """Speakers with a time phrase or an aside before the verb, unlisted plural sources,
    "…, X say", participles after a quote; a thing announced is no reported speech."""
    text = (REPORTED / name).read_text(encoding="utf-8")
    q = quotes_of(text)
    assert_offsets(text, q)
    expected = REPORTED_EXPECTED[REPORTED_EXPECTED["file"] == name]
    got = []
    for r in q[q["kind"] == "indirect"].itertuples():
        hits = expected[[r.content.startswith(c) for c in expected["content"]]]
        assert len(hits) == 1, f"reported speech the fixture does not expect: {r.content!r}"
        got.append((hits.iloc[0]["content"], text[r.speaker_start:r.speaker_end], r.cue))
    assert sorted(got) == sorted(zip(expected["content"], expected["speaker_mention"],
                                     expected["cue"]))


def test_a_thing_announced_is_a_speech_act():
    text = "The port authority announced a series of new berths for the fishing fleet."
    assert quotes_of(text).empty
    acts = quotes_of(text, speech_acts=True)
    assert acts["content"].tolist() == ["a series of new berths for the fishing fleet"]
    assert quotes_of("The port authority announced it would build new berths.")["content"].tolist() == [
        "it would build new berths"]


def test_scare_quotes_only_when_asked():
    text = (STYLES / "american_double.txt").read_text(encoding="utf-8")
    assert "scare" not in set(quotes_of(text)["kind"])
    assert "thrilled." in set(quotes_of(text, scare_quotes=True).query("kind == 'scare'")["content"])


@pytest.mark.parametrize("text", [
    "the workers’ union said it wasn’t consulted about the drivers’ contracts",
    "Burton claims that his favorite book is “One Hundred Years of Solitude”.",
    "The council voted “Councillor Tom Becker” onto the board.",
    "Ada Quill defended the “don't ask, don't tell” policy on Monday.",
    "Ada Quill said the show, dubbed “Harbour Nights”, would return.",
    "Ada Quill planned “a big party” for the pier.",
])
def test_no_quote_from_apostrophes_titles_or_names(text):
    q = quotes_of(text)
    assert q[q["kind"] != "indirect"].empty, q[["kind", "content"]]


def test_a_participle_after_a_comma_hangs_on_the_subject():
    text = "Ada Quill criticised Bram Tolliver, the harbour master, saying, “Save our boats!”"
    assert row(quotes_of(text), "Save our boats").speaker == "Ada Quill"


# The subject of the clause a participle hangs on, not the name of a cue word after it (an object's: "that
# promise", "the Marlow vote", "the story"), nor a fronted phrase's or an opening clause's ("After the Avalon attacks",
# "while his rivals called for", "When Quill pointed out that Becker calls", "Amid responses from some", "Speaking to
# KVRT's “…,”"); but the speaker of a frame after the
# words it reports ("…, the Gazette reported, citing"; not a frame whose "speaker" is another frame's verb: "Quill,
# voiced support"), and the subject after a dateline's horizontal bar.
@pytest.mark.parametrize("text, content_start, speaker", [
    ("Ada Tarn echoed that promise on Monday, saying he would cut taxes in Avalon.", "he would cut", "Ada Tarn"),
    ("Several Democrats cautioned against drawing lessons from the Marlow vote, saying voters were tired of it.",
     "voters were tired", "Democrats"),
    ("Tom Becker turned the story back on the Gazette, pointing out that the paper had erred in its report.",
     "the paper had erred", "Tom Becker"),
    ("After the Avalon attacks, Ada Quill renewed her call, saying the law must change.", "the law must", "Ada Quill"),
    ("In a debate, while most of his rivals called for more ferries, Tom Tarn held to the mayor's line, noting that "
     "the pier is costly.", "the pier is costly", "Tom Tarn"),
    ("When Quill pointed out that Becker calls it a tax, Ada Tarn seized upon the remark, repeating her line that "
     "Becker is wrong.", "Becker is wrong", "Ada Tarn"),
    ("In a debate, while most of his rivals called for a bigger effort to destroy the Marlow Front, also known as "
     "MF, Tom Tarn held more to the mayor's approach, noting that the war is costly.", "the war is costly", "Tom Tarn"),
    ("Amid responses from some to create websites that would list them, Ada Quill provided a justification, saying "
     "it is necessary to name them.", "it is necessary", "Ada Quill"),
    ("Speaking to KVRT's \"Morning Report,\" the party's pollster Tom Becker on Monday lashed out at the campaign, "
     "advising the senator to stop.", "the senator to stop", "Tom Becker"),
    ("When Maddow pointed out that Becker calls it \"a tax for all,\" Ada Tarn seized upon the remark, repeating "
     "her line that Becker is wrong.", "Becker is wrong", "Ada Tarn"),
    ("The ferry board long ago soured on Tom Becker, the Gazette reported, citing an unnamed source.",
     "an unnamed source", "Gazette"),
    ("Avalon’s far-right party leader, Ada Quill, voiced support for Tom Tarn on Wednesday, saying his rival would "
     "bring war.", "his rival would", "Ada Quill"),
    ("AVALON ― The Nordland ministry announced plans on Tuesday to close the pier, acknowledging that the ferry "
     "had failed.", "the ferry had failed", "Nordland ministry"),
])
def test_a_participle_hangs_on_its_clause_subject_not_a_name_after_it(text, content_start, speaker):
    assert speaker in row(quotes_of(text), content_start).speaker


# A participle after clauses joined by "and" is the last clause's subject's; not after a joint subject or object.
@pytest.mark.parametrize("text, content_start, speaker", [
    ("Over the past two weeks, prosecutors charged the officer with fraud and Tom Tarn fired his harbour chief, "
     "acknowledging that the town had lost trust.", "the town had lost", "Tom Tarn"),
    ("Tom Tarn and Ada Quill wrote to the board, saying the pier was unsafe.", "the pier was unsafe", "Tom Tarn"),
    ("Tom Tarn criticised Ada Quill and Piet Marsh, saying they had failed.", "they had failed", "Tom Tarn"),
])
def test_a_participle_after_clauses_joined_by_and_is_the_last_subjects(text, content_start, speaker):
    assert speaker in row(quotes_of(text), content_start).speaker


def test_a_quote_ending_a_sentence_is_not_given_to_the_next_speaker():
    text = ("“We will appeal the ruling and we expect to win.” Ana Ruiz said the board "
            "would meet on Friday to discuss the ruling.")
    r = row(quotes_of(text), "We will appeal")
    assert r.speaker != "Ana Ruiz"


# -- reported speech ----------------------------------------------------------------------------

def test_indirect_speech_with_that_and_unnamed_sources():
    q = quotes_of(AVALON)
    r = row(q, "the harbour plan would go ahead")
    assert (r.kind, r.cue, r.speaker, r.speaker_kind) == ("indirect", "said", "Ada Quill", "named person")
    r = row(q, "the first pier could open by spring")
    assert r.content == "the first pier could open by spring"
    assert (r.speaker, r.speaker_kind, r.cue) == ("officials", "unnamed source", "say")
    r = row(q, "funding was still")
    assert r.speaker_kind == "unnamed source" and "spokeswoman" in r.speaker


# The attribution rules of one session, each a fictional text and what its rows must hold: for a
# row found by the start of its content, column -> value ("speaker span": the text its speaker
# offsets cover; a value ending in "…" is a prefix); "absent": no content matches this pattern;
# "rows": how many rows the text gives.
ATTRIBUTION_RULES = {
    # A passive of saying with its agent reports its subject as the agent's ("The deal was first reported by the
    # Gazette"; a reduced relative after a comma and an adverb too); not a passive whose subject was spoken to, nor
    # "by" before a gerund.
    "a passive of saying and its agent": dict(
        text="The Avalon ferry deal was first reported by the Harbour Gazette. Ada Quill's remarks, first reported by "
             "the Gazette on Tuesday, angered the council. Quill was pressed by Tom Becker on the levy. Piet Marsh, "
             "however, interjected by hitting Quill for her record.",
        rows={"The Avalon ferry deal": {"speaker": "Harbour Gazette", "cue": "was first reported"},
              "Ada Quill's remarks": {"speaker": "Gazette", "cue": "first reported"}},
        absent="Quill was pressed|Marsh"),
    # A form as often a noun ("hopes", "fears") is a verb after a relative pronoun and its subject, before a modal;
    # right after the pronoun it is a noun ("in which emails were kept").
    "a noun-like verb in a relative clause": dict(
        text="The Avalon harbour board made a move that the council hopes will end the row. The clerk changed the "
             "period in which emails were kept.",
        rows={"will end the row": {"speaker": "council", "cue": "hopes"}},
        absent="were kept"),
    # The same nouns with their source after "by" ("claims by officials that …"), as an object only.
    "a claim by someone that": dict(
        text="Ada Quill runs the Avalon harbour. The board disputed an assertion by Piet Marsh that the pier was "
             "unsafe. A statement by Quill that the dock would flood was never retracted.",
        rows={"the pier was unsafe": {"speaker": "Piet Marsh", "cue": "assertion", "kind": "indirect"}},
        absent="the dock would flood"),
    # A noun of a statement or stance after a possessor and before "that" frames the possessor's words where the phrase
    # is an object ("dismissed Quill's claim that …"); a participle after it is the clause's, a verb of saying before
    # it keeps its row, and as a clause's subject ("Quill's claim that … drew scorn") it makes no row.
    "a possessor's claim that": dict(
        text="Ada Quill runs the Avalon harbour. The harbour board dismissed Quill's claim that the pier was unsafe, "
             "saying the pier was sound. Piet Marsh repeated his warning that fares would rise. Tom Becker was "
             "angered by Quill's remark that “the port is dying”. Quill's belief that the dock would flood drew scorn.",
        rows={"the pier was unsafe": {"speaker": "Ada Quill", "cue": "claim", "kind": "indirect"},
              "the pier was sound": {"speaker span": "The harbour board", "cue": "saying"},
              "fares would rise": {"speaker": "Piet Marsh", "cue": "repeated"},
              "the port is dying": {"speaker": "Ada Quill", "cue": "remark", "kind": "mixed"}},
        absent="drew scorn"),
    # "called on X to …" is a demand, as "urged X to …": the ones called on and what they are to do, also with a
    # phrase between them and "to"; a visit ("called on Quill on Friday") or a turn to speak makes no row.
    "a call on someone to act": dict(
        text="Harbour master Ada Quill called on the Avalon ferry board to cut fares. Piet Marsh has called on "
             "the port's owners -- and the council -- not to sell the pier. The minister called on Quill on Friday. "
             "Tom Becker said the chair had not called on him.",
        rows={"the Avalon ferry board": {"speaker": "Ada Quill", "cue": "called on", "kind": "indirect",
                                         "content": "the Avalon ferry board to cut fares"},
              "the port's owners": {"speaker": "Piet Marsh", "cue": "called on",
                                    "content": "the port's owners -- and the council -- not to sell the pier"}},
        absent="Quill on Friday"),
    # "called for …" is a demand too, without "to" as with it: what is called for is reported, as "cited" reports what
    # is cited (no speech act only), over a phrase set off by commas before "to"; the noun's plural ("growing calls for
    # a new pier") makes no row.
    "a call for something": dict(
        text="Harbour master Ada Quill called for a ban on night sailings. Tom Becker has called for the ferry "
             "board, the pier's owner, to resign. Despite growing calls for a new pier, the board met on Friday.",
        rows={"a ban on": {"speaker": "Ada Quill", "cue": "called for", "kind": "indirect",
                           "content": "a ban on night sailings"},
              "the ferry board": {"speaker": "Tom Becker", "cue": "called for",
                                  "content": "the ferry board, the pier's owner, to resign"}},
        absent="a new pier", n=2),
    # "endorsed …" reports the stance declared, its object the one endorsed (as "called for" reports a demand); not
    # the base, the -s form or the participle, as often an endorsement not made ("refused to endorse", "would not
    # endorse anyone"), nor the passive or a participle before its agent ("the candidate endorsed by the unions").
    "an endorsement": dict(
        text="Harbour master Ada Quill endorsed Tom Becker for mayor. The Tarnwick Courier has endorsed the ferry "
             "levy. Piet Marsh would not endorse anyone. The candidate endorsed by the dockers' union lost.",
        rows={"Tom Becker": {"speaker": "Ada Quill", "cue": "endorsed", "kind": "indirect",
                             "content": "Tom Becker for mayor"},
              "the ferry levy": {"speaker": "Tarnwick Courier", "cue": "endorsed"}},
        n=2),
    # A verb of an object names the one it is aimed at after it, never its speaker ("…, endorsed Harbour Party candidate
    # Tom Becker" had Becker endorse the description before the comma), and reports no clause before it ("…, though he
    # has not endorsed the levy" had the clause before the comma).
    "a verb of an object after a comma": dict(
        text="Not everyone is on the Becker train. Just ask former rugby star Ada Quill.\n\nThe former Avalon Cup "
             "winner, now a guest speaker who travels around the country, endorsed Harbour Party candidate Tom Becker "
             "in 2025.\n\nPiet Marsh said the pier was old, though he has not endorsed the levy.",
        rows={"the pier was old": {"speaker": "Piet Marsh", "cue": "said"},
              "the levy": {"speaker": "Piet Marsh", "cue": "endorsed"}},
        absent="Avalon Cup winner", n=2),
    # "referring to …" tells what the speaker's words were about, after the frame of a quotation ("…,” she said,
    # referring to the pier") as in a clause of its own ("He was referring to the levy").
    "a thing referred to": dict(
        text="“The old pier is a danger,” Ada Quill said, referring to the wooden jetty at Marlow. Tom Becker was "
             "referring to the ferry levy.",
        rows={"The old pier": {"speaker": "Ada Quill", "cue": "said"},
              "the wooden jetty": {"speaker": "Ada Quill", "cue": "referring to", "kind": "indirect",
                                   "content": "the wooden jetty at Marlow"},
              "the ferry levy": {"speaker": "Tom Becker", "cue": "referring to"}},
        n=3),
    # "spoke about …" tells what the speaker's words were about, as "referring to" does; not "speaking about" ("got
    # choked up speaking about Brindle").
    "a topic spoken about": dict(
        text="Ada Quill spoke about the need for a new pier at Marlow. Bo Tarn got choked up speaking about Brindle.",
        rows={"the need for": {"speaker": "Ada Quill", "cue": "spoke about", "kind": "indirect",
                               "content": "the need for a new pier at Marlow"}},
        n=1),
    # "expressed …" reports the feeling or stance declared, its object what was expressed (as "endorsed" reports the
    # choice); not the participle before its noun ("the expressed wishes"), the passive, nor the base form ("would not
    # express an opinion").
    "a feeling or stance expressed": dict(
        text="Harbour master Ada Quill expressed support for a ban on night sailings. Tom Becker has expressed interest "
             "in owning the ferry. The expressed wishes of the dockers were ignored. The concerns being expressed by "
             "Piet Marsh go deep. Marsh would not express an opinion.",
        rows={"support for": {"speaker": "Ada Quill", "cue": "expressed", "kind": "indirect",
                              "content": "support for a ban on night sailings"},
              "interest in": {"speaker": "Tom Becker", "cue": "expressed", "content": "interest in owning the ferry"}},
        n=2),
    # "expressed concern about …": the object of "about" after a speech form ending in a noun of a feeling is what the
    # feeling is about, up to a conjunction; a "that" after the noun still opens the words, and "doubts" as a verb of
    # belief takes no "about" of its own.
    "a feeling about a thing": dict(
        text="Harbour master Ada Quill expressed concern about the cost of the new levy. Tom Becker expressed doubts "
             "about the ferry timetable and said it would fail. Piet Marsh expressed concern that the pier would "
             "close. Marsh still doubts about the pier.",
        rows={"the cost": {"speaker": "Ada Quill", "cue": "expressed concern", "kind": "indirect",
                           "content": "the cost of the new levy"},
              "the ferry timetable": {"speaker": "Tom Becker", "cue": "expressed doubts",
                                      "content": "the ferry timetable"},
              "it would fail": {"speaker": "Tom Becker", "cue": "said"},
              "the pier would": {"speaker": "Piet Marsh", "cue": "expressed concern"}},
        n=4),
    # The words end before the means after them where it is a participle of speech or citing ("by noting that …", "by
    # citing a poll"), whose row holds its own words; another means is part of what was put forward ("proposed paying
    # for it by raising fares").
    "words before their means": dict(
        text="The harbour master, Ada Quill, endorsed the levy by noting that it was fair. Tom Becker reiterated his "
             "support for the ferry by citing a poll of islanders. Piet Marsh proposed paying for it by raising fares.",
        rows={"the levy": {"speaker": "Ada Quill", "cue": "endorsed", "content": "the levy"},
              "it was fair": {"speaker": "Ada Quill", "cue": "noting"},
              "his support": {"speaker": "Tom Becker", "cue": "reiterated", "content": "his support for the ferry"},
              "a poll": {"speaker": "Tom Becker", "cue": "citing"},
              "paying for": {"speaker": "Piet Marsh", "cue": "proposed", "content": "paying for it by raising fares"}},
        n=5),
    # "reiterated …" restates what the subject had said: its object is what was restated, not only a clause after it.
    "a stance reiterated": dict(
        text="Harbour master Ada Quill reiterated her support for Tom Becker. Becker reiterated that the pier was "
             "closed. Piet Marsh reiterated many of the pledges he had made.",
        rows={"her support": {"speaker": "Ada Quill", "cue": "reiterated", "kind": "indirect",
                              "content": "her support for Tom Becker"},
              "the pier was closed": {"speaker": "Tom Becker", "cue": "reiterated"},
              "many of the pledges": {"speaker": "Piet Marsh", "cue": "reiterated",
                                      "content": "many of the pledges he had made"}},
        n=3),
    # "defended …" reports the stance declared for its object, what was defended; not the base form ("vowed to defend
    # the title").
    "a stance defended": dict(
        text="Harbour master Ada Quill defended her decision to close the pier. Tom Becker defended the levy as fair "
             "to every islander. Piet Marsh vowed to defend the regatta title.",
        rows={"her decision": {"speaker": "Ada Quill", "cue": "defended", "kind": "indirect",
                               "content": "her decision to close the pier"},
              "the levy": {"speaker": "Tom Becker", "cue": "defended"},
              "to defend": {"speaker": "Piet Marsh", "cue": "vowed"}},
        n=3),
    # A noun of a statement as the object of a verb of speech is what was said ("denied the charges", "echoed those
    # comments"), where a thing announced is a speech act ("announced a series of new berths").
    "a statement denied or echoed": dict(
        text="Harbour master Ada Quill denied the charges through her lawyer. Tom Becker echoed those comments on "
             "Monday. The board announced a series of new berths.",
        rows={"the charges": {"speaker": "Ada Quill", "cue": "denied", "kind": "indirect"},
              "those comments": {"speaker": "Tom Becker", "cue": "echoed"}},
        absent="new berths", n=2),
    # A participle of speech after a document given out, and when, is the issuer's ("released a statement Wednesday
    # saying …", "sent out a press release saying …"), as it was after "issued a statement saying …".
    "a statement released on a day, saying": dict(
        text="The Avalon council released a statement Wednesday saying the levy is fair. The Quill campaign sent a "
             "fundraising email on Tuesday night saying that the ferry would run. Tom Becker sent out a press release "
             "saying the pier was unsafe.",
        rows={"the levy is fair": {"speaker": "Avalon council", "cue": "saying", "kind": "indirect"},
              "the ferry would run": {"speaker": "Quill campaign", "cue": "saying"},
              "the pier was unsafe": {"speaker": "Tom Becker", "cue": "saying"}},
        n=3),
    # "according to" after a conjunction alone opening the sentence reports the clause after its comma, as it does
    # opening the sentence ("But according to reports in the Gazette, …"; the row was lost).
    "a sentence opened by But according to": dict(
        text="Tom Becker ran the port for years. But according to reports in the Harbour Gazette, he could not "
             "convince the board that the pier was safe.",
        rows={"he could not convince": {"speaker span": "reports in the Harbour Gazette", "cue": "according to",
                                        "kind": "indirect",
                                        "content": "he could not convince the board that the pier was safe"}},
        n=1),
    # "proposed …" puts its object forward as what the subject said (beside "proposed that …" and "proposed to …");
    # the participle before its noun ("the proposed levy"), a relative clause's verb whose object stands before it
    # ("which the board first proposed last July") and a reduced relative before a day ("A fee proposed Monday would
    # close the pier") make no row.
    "a proposal put forward": dict(
        text="Harbour master Ada Quill has proposed a levy on night sailings. Tom Becker proposed cutting fares. The "
             "proposed levy is unpopular. The rule, which the board first proposed last July, failed. A fee proposed "
             "Monday would close the pier.",
        rows={"a levy on": {"speaker": "Ada Quill", "cue": "proposed", "kind": "indirect",
                            "content": "a levy on night sailings"},
              "cutting fares": {"speaker": "Tom Becker", "cue": "proposed"}},
        n=2),
    # "mentioned …" and "touted …" put their object forward as what was said, also negated ("did not mention Becker by
    # name"); a clause after an aside stays the clause ("did not mention, however, that …"), and a relative clause's
    # verb whose object stands before it ("the fares Quill mentioned when she opened the pier") makes no row.
    "a thing mentioned or touted": dict(
        text="Harbour master Ada Quill did not mention Tom Becker by name. Becker touted his record on fares. The "
             "board did not mention, however, that the pier was old. The fares Quill mentioned when she opened the "
             "pier were low.",
        rows={"Tom Becker by": {"speaker": "Ada Quill", "cue": "mention", "content": "Tom Becker by name"},
              "his record": {"speaker": "Tom Becker", "cue": "touted", "content": "his record on fares"},
              "the pier was old": {"cue": "mention"}},
        n=3),
    # A passive "was asked to …" is a request put to its subject: what they are to do is reported, the one who asked
    # named only as the agent ("asked by the council to resign"), as a question put in the passive is; the active
    # "asked to see the books" stays the subject's own words.
    "asked to do something, in the passive": dict(
        text="Harbour master Ada Quill was asked to name one achievement of the board. Tom Becker has been asked by "
             "the Avalon council to resign. Piet Marsh asked to see the books.",
        rows={"to name one": {"cue": "asked", "speaker": None, "addressee": "Ada Quill",
                              "content": "to name one achievement of the board"},
              "to resign": {"cue": "asked", "speaker span": "the Avalon council", "content": "to resign"},
              "to see the books": {"cue": "asked", "speaker": "Piet Marsh"}},
        n=3),
    # What one calls by convening it reports no words ("will call a snap election for March", "called a press
    # conference", "called the meeting partly to …", as election, court and council copy write it: each had a row),
    # a speech act (test_convening_is_a_speech_act); what one calls something is ("called the vote a sham"), and so
    # is a result called for someone.
    "calling an election or a meeting": dict(
        text="Prime Minister Ansel Krov will call a snap election for March. The mayor of Tarnwick, Ada Quill, "
             "called a press conference on Monday. The harbour board called the meeting partly to calm the "
             "dockers. Piet Marsh called the vote a sham. The Tarnwick Courier called the election for Quill.",
        rows={"the vote a sham": {"speaker": "Piet Marsh", "cue": "called"},
              "the election for Quill": {"speaker": "Tarnwick Courier", "cue": "called"}}, n=2),
    # A verb of speech or belief after "seemed to", "appears to", "used to", "has to" or "need to" is said by the
    # subject of that verb ("Quill seemed to suggest that …"); not after "has used to", a use.
    "a verb of speech after seemed to": dict(
        text="Harbour master Ada Quill seemed to suggest that the Avalon pier was safe. Piet Marsh used to boast "
             "that the ferry ran on time. The board has to explain why fares rose. It is a word Marsh has used to "
             "describe the levy as a tax.",
        rows={"the Avalon pier": {"speaker": "Ada Quill", "cue": "suggest", "content": "the Avalon pier was safe"},
              "the ferry ran": {"speaker": "Piet Marsh", "cue": "boast"},
              "why fares rose": {"speaker span": "The board", "cue": "explain"}},
        absent="the levy"),
    # A noun phrase after "while", "although", "though" or "whereas" is the subject of its clause's verb ("While the
    # candidates say …"), not with the conjunction ("Although the candidates"), nor after "if" (a condition).
    "a subject after while or although": dict(
        text="The Avalon ferry vote is on Friday. While the candidates say the levy must rise, the harbour board "
             "disagrees. Fares rose in May, although some ferry riders say the service improved. If the candidates "
             "say the pier is safe, Quill will be surprised.",
        rows={"the levy must": {"speaker span": "the candidates", "cue": "say", "content": "the levy must rise"},
              "the service": {"speaker span": "some ferry riders", "cue": "say"}},
        absent="the pier is safe"),
    # A poll or record opening its sentence is the subject of a verb of finding however long the phrase after its noun
    # ("A Gazette poll released Saturday found that …"); not where a clause of its own comes between, nor a subject
    # and its verb before the noun ("He cited polling data showing …").
    "a poll with a long phrase finds": dict(
        text="The Avalon ferry vote is on Friday. Early results of an exit poll of Avalon ferry riders are showing "
             "that most riders backed the levy. He cited polling data showing that fares would rise.",
        rows={"most riders": {"speaker span": "Early results", "cue": "showing",
                              "content": "most riders backed the levy"},
              "polling data": {"cue": "cited", "content": "polling data showing that fares would rise"}},
        absent="^fares would rise"),
    # "reportedly" reports its clause, from the clause's subject, with no speaker the article names; a verb of speech
    # after it frames the words itself, and words another verb reports or a relative clause make no row of it.
    "reportedly, with no source named": dict(
        text="The Avalon ferry vote is on Friday. In total, the harbour board has reportedly spent $2 million on the "
             "pier, leaving little for fares. Ada Quill reportedly said the pier was safe. Tom Becker said he was "
             "reportedly unhappy. For the mayor, who reportedly wants a new ferry, the vote is key.",
        rows={"the harbour board has": {"cue": "reportedly", "speaker": None, "speaker_kind": "unresolved",
                                        "content": "the harbour board has reportedly spent $2 million on the pier"},
              "the pier was safe": {"speaker": "Ada Quill", "cue": "said"},
              "he was reportedly": {"speaker": "Tom Becker", "cue": "said"}},
        absent="wants a new ferry"),
    # A verb of speech or belief after "led X to", "prompted X to", "caused X to" is X's ("The delay led riders to
    # say …"); not "drove from Avalon to ask", a journey.
    "someone led to say": dict(
        text="Ada Quill chairs the Avalon ferry board. The long delay led many ferry riders to say that the levy was "
             "unfair. The vote prompted her to declare that the pier would reopen. Tom Becker drove from Port Avalon "
             "to ask whether fares would rise.",
        rows={"the levy was": {"speaker span": "many ferry riders", "cue": "say"},
              "the pier would": {"speaker": "Ada Quill", "cue": "declare"}},
        absent="fares would rise"),
    # ... and past a focus word before the one led: "This caused even Fox News to admit …" (PerSenT) is Fox News's,
    # linked as the name, not "even Fox News".
    "someone even led to admit": dict(
        text="The ferry levy story fell apart on Monday. This caused even the Avalon Clarion to admit that the claims "
             "were false.",
        rows={"the claims were false": {"speaker": "Avalon Clarion", "cue": "admit"}}),
    # "Promising that …", "Declaring that …" open their sentence as "Noting that …" does: the main clause's subject
    # says the clause.
    "a sentence opening with promising that": dict(
        text="The Avalon ferry vote is on Friday. Promising that fares would fall, Ada Quill opened the new pier. "
             "Declaring that the levy was dead, Piet Marsh left the hall.",
        rows={"fares would fall": {"speaker": "Ada Quill", "cue": "Promising"},
              "the levy was dead": {"speaker": "Piet Marsh", "cue": "Declaring"}}),
    # A poll's group "more likely to say" or "inclined to describe" speaks, as a group "quick to point out" does;
    # "more likely to win" reports nothing.
    "a group more likely to say": dict(
        text="Avalon ferry riders were slightly more likely to say the levy was fair. Harbour workers are inclined to "
             "describe the pier as unsafe. Marsh was more likely to win the vote.",
        rows={"the levy was fair": {"speaker": "Avalon ferry riders", "cue": "say"},
              "the pier as unsafe": {"speaker": "Harbour workers", "cue": "describe"}},
        absent="win the vote"),
    # A speaker likely, reluctant or willing to speak, or who struggles, fails or manages to, speaks: "is likely to
    # argue", "struggled to explain", "failed to disclose", "was reluctant to say".
    "likely to argue, struggled to explain, failed to disclose": dict(
        text="The Avalon ferry vote is on Friday. Harbour master Ada Quill is likely to argue that the levy is fair. "
             "Piet Marsh struggled to explain why fares rose. The ferry board failed to disclose that the pier was "
             "unsafe. Tom Becker was reluctant to say whether the vote was close.",
        rows={"the levy is fair": {"speaker": "Ada Quill", "cue": "argue"},
              "why fares rose": {"speaker": "Piet Marsh", "cue": "explain"},
              "the pier was unsafe": {"speaker": "ferry board", "cue": "disclose"},
              "whether the vote was close": {"speaker": "Tom Becker", "cue": "say"}}),
    # A speaker judged right or correct to speak speaks ("is right to note that …"), as one "quick to point out" does,
    # also a group "all quick to point out"; "It is correct to say that …" is the writer's own judgement, no row.
    "right to note, all quick to point out": dict(
        text="The Avalon ferry vote is on Friday. Ada Quill is right to note that fares fell. The harbour workers are "
             "all quick to point out that the pier is old. It is correct to say that the levy failed.",
        rows={"fares fell": {"speaker": "Ada Quill", "cue": "note"},
              "the pier is old": {"speaker": "harbour workers", "cue": "point out"}},
        absent="the levy failed"),
    # A pronoun's contracted auxiliary stands between it and the verb as the whole word does ("They’ve suggested",
    # "he’s not predicting"); after a name "'s" is its possessive ("Mr. Becker's use of a crude word to describe").
    "a pronoun's contracted auxiliary": dict(
        text="The harbour workers met Ada Quill on Monday. They’ve suggested that the pier is unsafe. Tom Becker is "
             "backing Quill, but he’s not predicting she will win. Mr. Becker's use of a crude word to describe the "
             "pier angered Quill.",
        rows={"the pier is unsafe": {"speaker": "harbour workers", "cue": "suggested"},
              "she will win": {"speaker": "Tom Becker", "cue": "predicting"}},
        absent="angered"),
    # A noun of words after "announced" is said by the subject of "announced" ("announced plans to …"); not after
    # "made" ("made similar comments Tuesday": no words).
    "announced plans to": dict(
        text="The Avalon ferry board met on Monday. Ada Quill announced plans to close the pier in May. Tom Becker "
             "made similar comments Tuesday on local radio.",
        rows={"to close the pier in May": {"speaker": "Ada Quill", "cue": "plans"}},
        absent="Tuesday"),
    # and after an article too ("issued a detailed plan to …"), where a noun of words makes no frame elsewhere
    "issued a detailed plan to": dict(
        text="The Avalon ferry board met on Monday. Ada Quill issued a detailed plan to close the pier in May. A plan "
             "to sell the ferry was dropped.",
        rows={"to close the pier in May": {"speaker": "Ada Quill", "cue": "plan"}},
        absent="sell the ferry"),
    # An -ing form after "are" or "were" is a progressive, its subject a phrase opening the clause ("most are planning
    # to …", "TV networks are predicting …"); not after "is" (a copula before a gerund) nor "been" ("going on").
    "are planning, were predicting": dict(
        text="Among riders who want a new pier, most are planning to back Ada Quill. Avalon ferry pilots were "
             "predicting a long winter. One of the board's biggest challenges is finding a new ferry. Talks between "
             "the board and the pilots have been going on for a year, but ''nothing has moved,'' Quill said.",
        rows={"to back Ada Quill": {"speaker": "most", "cue": "planning"},
              "a long winter": {"speaker": "Avalon ferry pilots", "cue": "predicting"},
              "nothing has moved": {"speaker": "Ada Quill"}},
        absent="a new ferry"),
    # A verb of speech in -ing after "kept", "began" or "started" is said by their subject ("kept saying that …",
    # "have begun urging …"); not after "stopped" ("stopped writing his speech", an act given up).
    "kept saying, begun urging": dict(
        text="Ada Quill met the ferry board on Monday. Tom Becker kept saying that the levy was dead. Harbour workers "
             "have begun urging the council to close the pier. Piet Marsh stopped writing his speech.",
        rows={"the levy was dead": {"speaker": "Tom Becker", "cue": "saying"},
              "to close the pier": {"speaker": "Harbour workers", "cue": "urging"}},
        absent="his speech"),
    # A verb of regard ("see", "view", "regard") reports its object and what it is seen as, and only with "as":
    # not a thing seen, a comparison, "as well as" or a clause of time.
    "a stance that sees its object as something": dict(
        text="Harbour master Ada Quill sees the levy as a mistake. Many ferry riders view her as the stronger "
             "candidate. Piet Marsh demurred, seeing the vote as theatre. Marsh saw a drop in fares. Quill had never "
             "seen a budget as tangled as this one. Marsh saw the pier as well as the dock. Quill saw the ferry "
             "leave as they watched.",
        rows={"the levy as": {"speaker": "Ada Quill", "cue": "sees", "kind": "indirect",
                              "content": "the levy as a mistake"},
              "her as the": {"speaker": "ferry riders", "cue": "view"},
              "the vote as": {"speaker": "Piet Marsh", "cue": "seeing"}},
        absent="a drop|a budget|the pier|the ferry"),
    # "portray" and "depict" put their object forward as something in words, as "see" does, and only with "as" (they
    # had no row): not a likeness ("portrayed the mayor in the play", "depicts a ferry").
    "portraying or depicting someone as something": dict(
        text="Prosecutors depicted Tom Vell as the mastermind of the scheme. Ada Quill portrays the levy as a lifeline "
             "for the island. Piet Marsh portrayed the mayor in the harbour play. The mural depicts a ferry in a "
             "storm.",
        rows={"Tom Vell as": {"speaker": "prosecutors", "cue": "depicted",
                              "content": "Tom Vell as the mastermind of the scheme"},
              "the levy as": {"speaker": "Ada Quill", "cue": "portrays"}},
        absent="the mayor in|a ferry in"),
    # "list" puts its object forward as something too, only with "as" (it had no row): not a list alone ("listed in
    # critical condition", "listed the ferry times").
    "listing something as something": dict(
        text="Ada Quill listed the Brine Time show as her guilty pleasure. Piet Marsh's filing lists the harbour "
             "lodge as a liability. Tom Vell was listed in critical condition. Marsh listed the ferry times.",
        rows={"the Brine Time show as": {"speaker": "Ada Quill", "cue": "listed",
                                         "content": "the Brine Time show as her guilty pleasure"},
              "the harbour lodge as": {"cue": "lists"}},
        absent="critical condition|the ferry times"),
    # "who" speaks for the name before it, past a comma or a dash.
    "a relative pronoun after a dash": dict(
        text="Harbour master Ada Quill - who once said she would “close the pier for good” - backed the levy. "
             "Councillor Piet Marsh, who said the fares were “far too high,” voted no.",
        rows={"close the pier": {"speaker": "Ada Quill", "speaker span": "who"},
              "far too high": {"speaker": "Piet Marsh"}}),
    # "But …, she said." reports the clause; a fronted phrase after "But" is no reported clause,
    # nor is one after "even", whatever verb follows.
    "a clause opening with but": dict(
        text="Mira Halvorsen chairs the Avalon ferry board. But the new timetable was never tested, she said. "
             "But asked about the fares, she said nothing. Even after the harbour reopened, the delays continued.",
        rows={"But the new timetable": {"content": "But the new timetable was never tested",
                                        "speaker": "Mira Halvorsen", "cue": "said"}},
        absent="asked about|harbour reopened"),
    # A frame that closes its sentence reports the clause before it, even one a word in -ing or -ed
    # opens; before a frame with words of its own, or a participle of a passive, such a phrase is fronted.
    "a clause opening with a gerund or an adjective in -ed": dict(
        text="Mira Halvorsen runs the Avalon ferry board. Watching the storm close the harbour made her angry, "
             "she said on Tuesday. Reduced fares brought more riders, she added. Speaking at the pier, she said the "
             "timetable was final. Pushed by reporters on the levy, Halvorsen demurred.",
        rows={"Watching the storm": {"content": "Watching the storm close the harbour made her angry",
                                     "speaker": "Mira Halvorsen", "cue": "said"},
              "Reduced fares": {"speaker": "Mira Halvorsen", "cue": "added"},
              "the timetable was final": {"speaker": "Mira Halvorsen"}},
        absent="Speaking at|Pushed by"),
    # "maintain", "feel" and "know" report words only with a clause: their bare object is a thing kept, a
    # feeling or someone known (a verb of knowing also reports a question: "does not know whether …").
    "a thing kept, a feeling and someone known are no reported words": dict(
        text="Ada Quill maintains a wide lead over Piet Marsh in the harbour vote. Marsh has maintained that the "
             "count was flawed. Marsh felt betrayed by the board. His supporters felt the board had misled them. "
             "Others feel like they have had no say at all. Quill felt as if the race were over. Tom Becker, who "
             "has known Quill since school, knows the harbour well. Becker does not know whether the ferry will "
             "run. He knew instantly what the vote meant.",
        rows={"the count was flawed": {"speaker": "Piet Marsh", "cue": "maintained"},
              "the board had misled them": {"cue": "felt"},
              "they have had no say": {"cue": "feel"},
              "the race were over": {"speaker": "Ada Quill", "cue": "felt"},
              "whether the ferry will run": {"speaker": "Tom Becker", "cue": "know"},
              "what the vote meant": {"speaker": "Tom Becker", "cue": "knew"}},
        absent="wide lead|betrayed|since school|harbour well"),
    # A participle between a count and a plural noun modifies the noun ("20 pledged delegates"); an age set off by
    # commas or a count that speaks is no such count.
    "a participle between a count and its noun": dict(
        text="Ada Quill's win hands her a majority of the county's 20 pledged delegates, helping her lead. "
             "Piet Marsh, 58, told reporters the count was wrong. Six in 10 said they backed Quill.",
        rows={"the count was wrong": {"speaker": "Piet Marsh", "cue": "told"},
              "they backed Quill": {"cue": "said"}},
        absent="^delegates"),
    # So does one after a quantifier or a preposition ("had enough pledged delegates to …", "her lead in pledged
    # delegates will be …" had rows of the cue "pledged", with no speaker).
    "a participle between a quantifier or a preposition and its noun": dict(
        text="After the Tarnwick vote, Ada Quill's lead in pledged delegates will be hard to overcome. Tom Becker "
             "insisted that the county had enough pledged delegates to put him over the top.",
        rows={"the county had enough pledged delegates": {"speaker": "Tom Becker", "cue": "insisted"}}, n=1),
    # A newsletter's label of a section opening the paragraph is no part of the words (Axios's "What's next:",
    # "The big picture:"); a clause before a colon ("But that was notable:") and a cue ("He warned:") are no label.
    "a label of a section before the words": dict(
        text="Avalon ferry fares to double\n\nThe big picture: Fares have risen every year, officials say.\n\n"
             "What's next: The council will review the fares in March, according to a council aide.\n\n"
             "But that was new: Until Ada Quill spoke, the board had said the fares would hold.",
        rows={"Fares have risen": {"speaker": "officials", "cue": "say"},
              "The council will review": {"cue": "according to"},
              "the fares would hold": {"cue": "said"}},
        absent="big picture|next:"),
    # "The findings" of a study speak for it, as "the study" does (the speaker was unresolved).
    "findings as a source": dict(
        text="A study of the Avalon crossing was published on Monday. The findings suggest that slower ferries would "
             "save the seagrass.",
        rows={"slower ferries would": {"speaker": "findings", "speaker_kind": "unnamed source", "cue": "suggest"}}),
    # Where the words came, set off by commas after the speaker, is the medium, no description of the speaker.
    "a medium set off by commas after the speaker": dict(
        text="Avalon Ferries, in an emailed statement, said its vessels already slow down. Ada Quill, in a brief "
             "interview on Saturday, said the fares would fall. Tom Becker, a pilot of the line, said the timetable "
             "held.",
        rows={"its vessels": {"speaker": "Avalon Ferries", "speaker_description": None, "medium": "statement"},
              "the fares would fall": {"speaker": "Ada Quill", "speaker_description": None, "medium": "interview"},
              "the timetable held": {"speaker_description": "a pilot of the line"}}),
    # In a text stripped of its commas (PerSenT), an age or a discourse adverb between two gaps of spaces after a name
    # is set off as between commas: the person speaks (the speaker was the phrase "Ada Quill 44", an unnamed source).
    "an age or an adverb between the gaps a lost comma left": dict(
        text="The Avalon ferry sank on Monday.\nAda Quill  44  said the crew had been warned. Tom Becker  however  "
             "told reporters the crew was never warned. Piet Marsh  meanwhile  vowed that the owners would pay.",
        rows={"the crew had been warned": {"speaker": "Ada Quill", "speaker_kind": "named person"},
              "the crew was never warned": {"speaker": "Tom Becker", "speaker_kind": "named person"},
              "the owners would pay": {"speaker": "Piet Marsh", "speaker_kind": "named person"}}),
    # A source's phrase through "for" or "of" into a role's phrase speaks, as through a name ("a spokesperson for Mayor
    # Ivo Brant"): the speaker was the role ("the Avalon mayor", unresolved); a share's people still speak.
    "a source's phrase for a role": dict(
        text="A spokesperson for the Avalon mayor said on Monday that the ferry would run. Spokesman of Nordland "
             "president told reporters the border stays open. As many as 40 percent of Avalon voters said they "
             "would stay home.",
        rows={"the ferry would run": {"speaker": "spokesperson for the Avalon mayor", "speaker_kind": "unnamed source"},
              "the border stays open": {"speaker": "spokesman of Nordland president",
                                        "speaker_kind": "unnamed source"},
              "they would stay home": {"speaker": "Avalon voters"}}),
    # "X and his colleagues": X speaks with the ones the possessive says are X's (the speaker was "colleagues";
    # at a clause's end there was no row).
    "a person and the people a possessive says are theirs": dict(
        text="Seagrass near the lanes had shrunk by a third, Mira Halvorsen and her colleagues write. Tom Becker and "
             "his aides said the study was flawed.",
        rows={"Seagrass near the lanes": {"speaker": "Mira Halvorsen and colleagues", "cue": "write"},
              "the study was flawed": {"speaker": "Tom Becker and aides", "speaker_kind": "named person"}}),
    # "the Dane", "the Spaniard": a person met before named by nation, as sports and foreign news write it (the
    # speaker was a person named "Dane", or unresolved).
    "a person named by their nation": dict(
        text="City manager Piet Larsen was less impressed. “That's never a penalty,” the Dane fumed.\n\n"
             "Coach Ada Varga was calmer. The Hungarian said the result was fair.",
        rows={"That's never a penalty": {"speaker": "Piet Larsen", "cue": "fumed"},
              "the result was fair": {"speaker": "Ada Varga"}}),
    # "the Avalon Republican", "the Democrat": a person met before named by party, maybe after a place, as the wires
    # and the capital's papers write a lawmaker (the speaker was an unnamed source "Avalon Republican"); a "they" is
    # no such one person (it was Ada Quill where that rule stood alone), but the people it stands for.
    "a person named by their party": dict(
        text="Speaker Ada Quill says the ferry levy will not pass.\n\nThe Avalon Republican says in a statement that "
             "the levy is unfair.\n\nSenator Bo Tarn voted for the levy. “It keeps the boats running,” the Democrat "
             "said.\n\nPiet Marsh, a pollster, met the farmers and the Republican. They say the fares are too high.",
        rows={"the levy is unfair": {"speaker": "Ada Quill", "speaker_kind": "named person"},
              "It keeps the boats running": {"speaker": "Bo Tarn"},
              "the fares are too high": {"speaker": "farmers", "speaker_kind": "unnamed source"}}),
    # A role of an owner stands for the one person the article describes so: a named owner's before or after it
    # ("Ada Quill's campaign manager": "Quill's campaign manager, Bo Tarn" further on), a "the ...'s" owner's
    # before it, a "his"/"her" owner's before it in its paragraph, by a description naming no other owner (the
    # speakers were unnamed sources "Ada Quill's campaign manager", "brother", "mayor's spokesman"); one the
    # article never names stays unnamed.
    "a role of an owner the article names": dict(
        text="Ada Quill toured Avalon. Ada Quill's campaign manager said the race was tied.\n\nLater, Quill's "
             "campaign manager, Bo Tarn, met donors in Avalon.\n\nThe ferry sank with Piet Marsh aboard, said his "
             "brother Kees Marsh. Piet had two children, his brother added. He loved the sea, said his friend Jon "
             "Vik.\n\n“The crew did well,” said Tom Becker, a spokesman for the mayor. The mayor's spokesman said "
             "the ferry was safe. Her spokeswoman said the mayor was away.\n\nMayor Ida Lund was not told, her "
             "friend said.",
        rows={"the race was tied": {"speaker": "Bo Tarn", "speaker_kind": "named person"},
              "Piet had two children": {"speaker": "Kees Marsh", "speaker_kind": "named person"},
              "the ferry was safe": {"speaker": "Tom Becker", "speaker_kind": "named person"},
              "the mayor was away": {"speaker_kind": "unnamed source"},
              "Mayor Ida Lund was not told": {"speaker": "friend", "speaker_kind": "unnamed source"}}),
    # An epithet stands for the person the article described with its words ("Ada Quill, a former governor of
    # Avalon", "Harbour master Bo Tarn"), not the subject of the sentence before (it was Piet Marsh, and unresolved).
    "an epithet for the person so described": dict(
        text="Ada Quill, a former governor of Avalon, won the primary on Tuesday. Piet Marsh, the party chairman, "
             "praised both candidates.\n\n“This is a victory for every family,” the former governor said.\n\n"
             "Harbour master Bo Tarn was less happy. Kees Mol, a pilot, agreed with him. “Nobody asked us,” the "
             "harbour master said.",
        rows={"This is a victory": {"speaker": "Ada Quill"}, "Nobody asked us": {"speaker": "Bo Tarn"}}),
    # A role no title or description names, where no subject of its sentence or the one before says who, stands for
    # the person the article names most, not the latest one quoted (it was Bo Tarn).
    "a role for the article's main person": dict(
        text="Piet Marsh widened his lead in the Nordland race on Monday. Marsh held a rally in Avalon, where Marsh "
             "mocked his rivals.\n\n“The polls are wrong and we will win this,” Bo Tarn told reporters after a debate "
             "in Avalon.\n\nThe Republican front-runner said the debate was rigged.",
        rows={"the debate was rigged": {"speaker": "Piet Marsh"}}),
    # A pronoun after a second person named in a clause is no evidence of that person's gender ("met Bo Tarn. She
    # said" made Tarn a woman, "told Ada Quill … He said" Quill a man, so the pronouns went to the wrong people).
    "a pronoun after an object is no evidence of its gender": dict(
        text="Ada Quill met Bo Tarn at the ferry terminal on Monday. She said the talks had been useful.\n\n"
             "Piet Marsh told Ada Quill that the plan was dead. He said there was no money left.\n\n"
             "After Marsh left, Quill spoke to reporters. She said she would not give up.\n\n"
             "Tarn, who chairs the port board, rejected Quill’s claims. “We have done nothing wrong,” he said.",
        rows={"the talks had been useful": {"speaker": "Ada Quill"}, "she would not give up": {"speaker": "Ada Quill"},
              "We have done nothing wrong": {"speaker": "Bo Tarn"}}),
    # An object pronoun in a person's own clause is someone else, so no evidence of that person's gender ("Tomas
    # Berge, who runs the café, worries about her" had made Berge a woman, and his "he told me" unresolved).
    "an object pronoun in the named person's own clause": dict(
        text="Marguerite Olander is the last woman still fishing out of Veldhaven.\n\nHer nephew, Tomas Berge, who "
             "runs the café, worries about her.\n\n“She won’t retire,” he told me.",
        rows={"She won’t retire": {"speaker": "Tomas Berge", "cue": "told"}}, n=1),
    # A purpose's to-infinitive in a person's own clause is that person's, so its object pronoun is someone else,
    # as is the "her" a verb of taking takes home ("to bring her home" had made Nils Brakka a woman and his "he said"
    # Ivo Sandell's); "asked the court to help her" stays hers (a verb whose object does the infinitive).
    "an object pronoun in a purpose's infinitive in the named person's own clause": dict(
        text="Ilse Brakka closed the ferry café on Vorholm after forty years.\n\nIvo Sandell, the harbour agent, "
             "praised her work.\n\nHer son, Nils Brakka, who sailed over from the mainland to bring her home, was "
             "blunt. “She will miss it by Friday,” he said.",
        rows={"She will miss it": {"speaker": "Nils Brakka"}}, n=1),
    # A quote standing alone in its paragraph, with no frame, after a paragraph whose sentence a person opens (a
    # name, "he" or "she"), is that person's, as features write a pause before the words; not a pull quote whose
    # own last line names its speaker.
    "a quote after a sentence its speaker opens": dict(
        text="Marguerite Olander, 63, still fishes out of Veldhaven.\n\n“I didn’t choose it,” she says.\n\nThe "
             "harbour has changed around her.\n\nShe pauses, looking out at the grey water.\n\n“My father used to "
             "say the sea gives you back what you give it.”\n\nTom Becker won the Avalon seat.\n\n“The "
             "reality is that the ferry vote matters.\nPiet Marsh, harbour master.”",
        rows={"My father used": {"speaker": "Marguerite Olander"}, "The reality is": {"speaker": None}}),
    # "the PM", as British, Australian and Indian papers write the prime minister, is a role.
    "the PM as a role": dict(
        text="Prime Minister Ada Quill visited flooded Veldhaven on Monday. “We will rebuild,” the PM said.",
        rows={"We will rebuild": {"speaker": "Ada Quill", "cue": "said"}}, n=1),
    # A pronoun after a quotation of several sentences stands for the subject of the sentence before the quotation,
    # not of the quotation's first sentence (it had fallen back to the latest speaker quoted).
    "a pronoun after a quotation of several sentences": dict(
        text="“The warnings were there,” Jess Tanaka said.\n\nKara Delaney urged residents not to drive through "
             "floodwaters.\n\n“If it is flooded, forget it. It is that simple,” she said.",
        rows={"If it is flooded": {"speaker": "Kara Delaney", "cue": "said"}}),
    # A sentence closing on its reporting clause ("…, Tom Becker said.", "…, said Tom Becker."): a pronoun after it is
    # the one who spoke, not the person the reported clause opens with.
    "a pronoun after a reported clause with its speaker last": dict(
        text="Piet Marsh’s plan would strand the island, Tom Becker said.\n\n“It is a disgrace,” he said.\n\n"
             "Ines Dorn is wrong about the fares, said Lena Voss, a ferry pilot.\n\n“She has no idea,” she said.",
        rows={"It is a disgrace": {"speaker": "Tom Becker", "cue": "said"},
              "She has no idea": {"speaker": "Lena Voss", "cue": "said"}}),
    # A sentence opening with a he/she: a pronoun after it stands for whom that one does, not for the name a few words
    # after it ("She said Lena Voss …").
    "a pronoun after a sentence its pronoun opens": dict(
        text="Ada Quill spoke to the ferry crews on Monday.\n\nShe said Lena Voss had saved the port.\n\n"
             "“We owe her everything,” she said.",
        rows={"We owe her": {"speaker": "Ada Quill", "cue": "said"}}),
    # The holder of an office to come ("the nominee-in-waiting", "the president-elect") is a role of that office's
    # title: the subject before it.
    "a role of an office to come": dict(
        text="Bo Tarrow won the Nordland primary in May.\n\nNow that the race is on, Ada Quill will try another "
             "pivot.\n\nThe Nordland nominee-in-waiting will seek to end the ferry levy.",
        rows={"to end the ferry levy": {"speaker": "Ada Quill", "cue": "seek"}}),
    # An epithet of fame, fortune, trade or creed ("the shipping tycoon", "the retired neurosurgeon") stands, as a
    # he/she does, for the person just met, here the one who spoke last, not the person the article names most.
    "an epithet for the person just met": dict(
        text="Lena Voss will close the Avalon pier in May. Voss told the council on Monday that the pier was unsafe, "
             "and Voss has the votes.\n\nThe closure will hurt the ferry trade “for a decade,” Ivo Brant said on "
             "Tuesday.\n\n“Nobody asked the skippers,” the shipping tycoon told reporters.",
        rows={"Nobody asked the skippers": {"speaker": "Ivo Brant", "cue": "told"}}),
    # "The NFL legend said" after "Walker also appeared on …" was left unresolved: a legend, an icon is an epithet of
    # fame, as a star is.
    "an epithet of a legend": dict(
        text="Former striker Jonas Pelt signed with Brindle Rovers in 1984. Pelt also coached the youth team.\n\n"
             "The football legend said the club had lost its way. The local icon said it had no plan.",
        rows={"the club had lost its way": {"speaker": "Jonas Pelt", "cue": "said"},
              "it had no plan": {"speaker": "Jonas Pelt", "cue": "said"}}),
    # "The developer" may be a firm, but words of a person's trade before it ("the real estate developer") make it
    # an epithet, as a tycoon is.
    "an epithet of a trade written in several words": dict(
        text="Corwin Bellamy spent the weekend at his resort in Port Vessany. Bellamy welcomed the mayor, Odile "
             "Farrant, to the course.\n\n“She is a fine golfer,” the real estate developer said of Ms. Farrant.",
        rows={"She is a fine golfer": {"speaker": "Corwin Bellamy", "cue": "said"}}),
    # A name before a lower-case title and a person ("Tolliver campaign manager Piet Marsh") is the team, not the
    # subject a pronoun after the sentence stands for.
    "a pronoun after a person named by a team's title": dict(
        text="Bram Tolliver opened the new ferry terminal on Monday.\n\nOn Tuesday, Tolliver campaign manager Piet Marsh "
             "released a memo.\n\nHe writes that the vote is close.",
        rows={"the vote is close": {"speaker": "Piet Marsh", "cue": "writes"}}),
    # A name in a clause of time, condition or concession fronted before the subject ("When Mr. Farrant had trouble
    # …, Mr. Bellamy invited him") is not the subject a pronoun after the sentence stands for.
    "a pronoun after a sentence with a fronted when-clause": dict(
        text="When Mr. Farrant had trouble joining a golf club in Port Vessany, Mr. Bellamy invited him to his own "
             "course.\n\nHe said the club had been unfair to the former mayor.",
        rows={"the club had been unfair": {"speaker": "Bellamy", "cue": "said"}}),
    # A pronoun in a clause of time or place after an event a person owns ("Bellamy's press conference …, when he
    # refused") stands for that person, not for the subject of the sentence.
    "a pronoun after the owner of an event": dict(
        text="Mayor Odile Farrant spoke in Port Vessany on Friday. The mayor also criticized Governor Corwin "
             "Bellamy's press conference in Lisle on Monday, when he refused to say that the ferry levy had failed.",
        rows={"to say that the ferry levy": {"speaker": "Corwin Bellamy", "cue": "refused"}}),
    # A number's thousands separator inside a clause before the subject is no end of that clause ("$70,000").
    "a subject after a clause with a number": dict(
        text="“Prices will rise,” Tom Becker said of the Avalon marina.\n\nAt Gull Point, where a berth costs $12,000 a year, Piet Marsh, "
             "the harbour master, said the waiting list was long. “We have never been fuller,” he said.",
        rows={"We have never been fuller": {"speaker": "Piet Marsh", "cue": "said"}}),
    # A name in a phrase with "With" fronted before the subject is not the subject ("With Piet Marsh, Tom Becker made").
    "a pronoun after a sentence with a fronted with-phrase": dict(
        text="With Piet Marsh, Tom Becker made a safe choice for the harbour board. He is telling allies that he hopes "
             "the board will approve the choice quickly.",
        rows={"he hopes the board": {"speaker": "Tom Becker", "cue": "telling"}}),
    # A pronoun after a sentence closing on its reporting clause is the one who spoke also where the reported clause
    # ends on a quotation and its comma ("… “reckless,” said Tom Becker."), not the person that clause opens with.
    "a pronoun after a reported clause ending on a quotation": dict(
        text="The Avalon council met on Monday to vote on the ferry levy.\n\nBo Tarrow’s plan may be “reckless,” said "
             "Tom Becker, a harbour pilot in Avalon. “The pier cannot take more ferries,” he said.",
        rows={"The pier cannot take": {"speaker": "Tom Becker", "cue": "said"}}),
    # After a sentence in which one person asks another a question, the pronoun of the answer is the one asked.
    "the answer of the one asked": dict(
        text="The ferry was late again on Monday.\n\nLena Voss asked Ada Quill whether the ferry would run.\n\n"
             "“It will run, and on time,” she said.",
        rows={"It will run": {"speaker": "Ada Quill", "cue": "said"}}),
    # An unnamed source and the person a phrase set off by commas names ("Another, a retired postman named Ernie
    # Walsh, …"): the named person is the subject a pronoun stands for.
    "a person named in an apposition after an unnamed source": dict(
        text="As the writer Nadia Fern once put it, “A library is the only place in town.”\n\nAnother, a retired "
             "postman named Ernie Walsh, was blunter. “They are taking the one thing that works,” he said.",
        rows={"They are taking": {"speaker": "Ernie Walsh", "cue": "said"}}),
    # "They" stands for no single person an unnamed source's noun names ("Council member Piet Voorhuis"), but for
    # the group before it.
    "they for a group, not one person": dict(
        text="Her opponents were unmoved. Council member Piet Voorhuis said the charge would hurt the shops.\n\n"
             "They said the council should invest in buses first.",
        rows={"the council should invest": {"speaker": "opponents", "cue": "said"}}),
    # A verb after "and" with an auxiliary of its own that the frame's verb lacks is the reported clause's, not a
    # second frame; a verb sharing the frame's auxiliary is the frame's.
    "a coordinated verb with its own auxiliary": dict(
        text="Gail Prentiss argued that her client had been misled by her staff and had never intended to steal. "
             "Bo Tarn had called the levy a disaster and promised to scrap it.",
        rows={"her client had been misled": {"speaker": "Gail Prentiss", "cue": "argued", "content":
                                             "her client had been misled by her staff and had never intended to "
                                             "steal"},
              "to scrap it": {"speaker": "Bo Tarn", "cue": "promised"}}),
    # "They" opening a sentence stands for the people a plural noun names as the subject of the sentence before,
    # not for an organisation named nearer.
    "they for the plural subject before": dict(
        text="Dozens of parents gathered outside Hollins Primary School on Monday. They said the council had failed "
             "to consult them.",
        rows={"the council had failed": {"speaker": "dozens of parents", "cue": "said"}}),
    # "It" opening a sentence stands for the country the sentence before has as its subject (a country speaks as an
    # organisation does), not for the organisation named nearer before it.
    "it for the country subject before": dict(
        text="The Army of Varnholm moved troops to the border on Monday. Norway said it would send ships to the strait "
             "because of the dispute over fishing rights. It accused Varnholm of seizing two trawlers.",
        rows={"Varnholm of seizing": {"speaker": "Norway", "cue": "accused"}}),
    # and for the document the sentence before has as its subject, which goes on speaking ("The memo also reveals
    # that …. It further describes …", PerSenT), not for the organisation named in it or before it.
    "it for the document subject before": dict(
        text="The Harbour Board hired Ada Quill in May. The report said the Tarnby Ferry Company had lost money. It "
             "found that repairs were overdue.",
        rows={"repairs were overdue": {"speaker": "report", "cue": "found"}}),
    # A list of names before a joint pair's "and", each set off by a comma, speaks with the pair (not a place after a
    # preposition setting the scene).
    "a list of joint speakers": dict(
        text="Ada Quill, Bo Tarn and Piet Marsh said the levy was unfair. In Varnholm, Ines Dorn and Lew Hart said the "
             "talks went well.",
        rows={"the levy was unfair": {"speaker": "Ada Quill, Bo Tarn and Piet Marsh", "speaker_kind": "named person"},
              "the talks went well": {"speaker": "Ines Dorn and Lew Hart"}}),
    # A text stripped of its commas keeps two spaces where a comma parted the list's names: the list speaks whole.
    "a list of joint speakers whose commas were lost": dict(
        text="Gold medalists Ines Dorn  Lew Hart and Mara Finch say they were among the victims. The Varnholm "
             "Courier’s Ada Quill  Bo Tarn and Piet Marsh report that the ferry will close.",
        rows={"they were among": {"speaker": "Ines Dorn, Lew Hart and Mara Finch"},
              "the ferry will close": {"speaker": "Ada Quill, Bo Tarn and Piet Marsh"}}),
    # "they" opening a sentence, or right after a quotation that opens it, stands for two people named together as
    # the subject of the sentence before: a joint speaker, as "Ines Dorn and Piet Marsh said" is.
    "they for two people named together before": dict(
        text="Ines Dorn and Piet Marsh issued a joint statement on Monday. “We owe it to the town,” they said.\n\n"
             "Bo Tarn and Ada Quill met the mayor. They said the talks went well.",
        rows={"We owe it to the town": {"speaker": "Ines Dorn and Piet Marsh", "speaker_kind": "named person"},
              "the talks went well": {"speaker": "Bo Tarn and Ada Quill"}}),
    # "said A and that B": the reported words open right after the verb and hold both clauses; the "that" after
    # "and" opens the second clause, not the first.
    "two clauses reported, the second after and that": dict(
        text="Council officials said the decision had not yet been made and that a consultation would open next month.",
        rows={"the decision had not": {"speaker": "council officials", "cue": "said", "content":
                                       "the decision had not yet been made and that a consultation would open next "
                                       "month"}}, n=1),
    # A person's name set off beside any noun a possessor opens the sentence with is the subject a pronoun stands
    # for, not the possessor, as with a role ("Dorn’s deputy, Piet Marsh, …").
    "a name beside a possessor's noun no list holds": dict(
        text="Harbour master Ines Dorn has run the port for a decade.\n\nDorn’s deputy, Piet Marsh, was more "
             "hopeful. “It will turn,” he said.",
        rows={"It will turn": {"speaker": "Piet Marsh", "cue": "said"}}, n=1),
    # "who" after people and the place or organisation they are at or from stands for the people.
    "who after people at a place": dict(
        text="Teachers at the school, who asked not to be named, said morale was low. Ada Quill of the Avalon "
             "Harbour Board, who mused that the levy was dead, left.",
        rows={"not to be named": {"speaker": "teachers", "cue": "asked"},
              "the levy was dead": {"speaker": "Ada Quill", "cue": "mused"}}),
    # An office ending in "general" names no one met before ("The inspector general found …" had been the last
    # person named), as "the judge" already did; a general of an army stays a role.
    "an office ending in general": dict(
        text="Ada Quill said she had done nothing wrong. The inspector general said the emails were classified. "
             "The attorney general said the case was closed.",
        rows={"the emails were classified": {"speaker": "inspector general", "speaker_kind": "unnamed source"},
              "the case was closed": {"speaker": "attorney general"}}),
    # "find" a thing sought ("a way", "a new sponsor", "common ground") reports no words; what a poll finds does.
    "a thing sought and found": dict(
        text="The harbour board could not find a new sponsor for the regatta. Ada Quill hopes people will find a way "
             "to voice concerns peacefully. An Avalon Courier poll finds a majority of islanders back the levy. "
             "Many islanders find the levy unfair. Tom Becker found a receptive audience for his message.",
        rows={"a majority of islanders": {"cue": "finds"}, "the levy unfair": {"cue": "find"}},
        absent="^a way|sponsor|receptive"),
    # "show": what a poll, a record or a video shows is reported ("polls show Quill with a lead"); what a person
    # shows ("flashes of compassion", "showed off the hat", "showed up in a scarf") and television shows are no words.
    "what shows a finding and what shows nothing said": dict(
        text="Ada Quill showed flashes of compassion at the pier. Her staff are showing signs of irritation. Tom "
             "Becker showed off the new ferry. Quill hosts two television shows and a radio show. New polls show "
             "Quill with a narrow lead. Footage from the game shows that the pier was full. Quill showed that the "
             "fares had risen. Becker showed up in the “harbour green” scarf of the ferry union.",
        rows={"Quill with a narrow lead": {"cue": "show"}, "the pier was full": {"cue": "shows"},
              "the fares had risen": {"speaker": "Ada Quill", "cue": "showed"}},
        absent="compassion|irritation|new ferry|movies|and a radio|harbour green"),
    # A paragraph of one short quotation in single marks where the article quotes in double ones is a crosshead (a
    # section's headline), no one's words: it had been the last speaker's, or unresolved. A British article quoting in
    # single marks keeps such a paragraph.
    "a crosshead in single marks": dict(
        text="“The fares will fall,” Ada Quill said on Monday.\n\n'A fight from start to finish.'\n\n"
             "The levy was passed in March.\n\n– ‘We’re still here’ –.\n\nThe ferry ran on time.",
        rows={"The fares will fall": {"speaker": "Ada Quill"}}, n=1),
    # A paragraph of one quotation in capitals is a crosshead in any marks (wire copy sets a speaker's words so over a
    # section); not after a paragraph ending in a colon, which frames it.
    "a crosshead in capitals": dict(
        text="Mayor Ada Quill said the ferry would run. “It will sail on time,” she said.\n\n“FERRIES WILL RUN, MAYOR "
             "SAYS”\n\nThe harbour board met on Monday. Tom Tarn posted on Monday:\n\n“NO MORE TOLLS!”\n\n"
             "The board met.",
        rows={"It will sail": {"speaker": "Ada Quill"}, "NO MORE TOLLS": {"speaker": "Tom Tarn"}},
        absent="FERRIES"),
    "a paragraph of a quotation in a British article": dict(
        text="‘The fares will fall,’ Ada Quill said on Monday.\n\n‘A fight from start to finish.’\n\nThe levy passed.",
        rows={"A fight from start": {"speaker": "Ada Quill"}}, n=2),
    # Nor the last paragraph of a quotation in single marks left open at the end of the one before (British copy
    # quoting over paragraphs, in an article that quotes in double marks elsewhere): it goes on.
    "the last paragraph of a quotation over paragraphs in single marks": dict(
        text="Declan Prowse told the Saltmere inquiry: ‘I raised the problem with the hull in 2019.\n\n‘I wrote to "
             "the owners twice.\n\n‘Nobody listened.’\n\nThe sheriff called the case \"deeply troubling\".",
        rows={"Nobody listened.": {"speaker": "Declan Prowse", "kind": "direct"}}),
    # "called" and a name or a title in capitals that ends the phrase names a thing ("a donor club called Harbour
    # Alliance.", "a book called “Ferries We Lost” and"): what someone calls something follows the thing called.
    "called naming a thing by its name": dict(
        text="Ada Quill dined at the harbour donor club called Harbour Alliance. She wrote a book called \"Ferries We "
             "Lost\" and sold it. A group of disaffected pilots called Pier 9, was formed in May. Tom Becker called "
             "Mr. Quill's plan \"reckless.\" Becker called Quill, his old rival, a \"dreamer.\"",
        rows={"Mr. Quill's plan": {"speaker": "Tom Becker", "cue": "called"},
              "Quill, his old rival": {"cue": "called"}},
        absent="^Harbour Alliance|^\"Ferries|^Pier 9"),
    # "may want to", "might want to": the writer's advice, not the subject's wish.
    "the writer's advice": dict(
        text="Ada Quill may want to check her figures. The board might want to reconsider. Tom Becker wants to cut "
             "the fares.",
        rows={"to cut the fares": {"speaker": "Tom Becker", "cue": "wants"}}, n=1),
    # "according to" a role and the name beside it: the name speaks, the role describes them (the words had opened
    # with the name); not the subject of the words and its description after a document ("According to a police
    # summary, Tom Becker, a pilot, sent …").
    "according to a role and the name beside it": dict(
        text="According to Quill's lawyer, Tom Becker, the ferry was overloaded. The pier was shut, according to her "
             "spokesman, Piet Marsh, who spoke on Monday. According to a police summary, Ivo Brant, a pilot, sent the "
             "email.",
        rows={"the ferry was overloaded": {"speaker": "Tom Becker", "speaker_description": "Quill's lawyer"},
              "The pier was shut": {"speaker": "Piet Marsh", "speaker_description": "her spokesman"},
              "Ivo Brant, a pilot": {"cue": "According to"}}),
    # "add" reports words only with a clause: what is added is a thing ("added 255 jobs", "added another link").
    "a thing added": dict(
        text="The ferry line added 255 jobs in July. Ada Quill said fares were high, adding the U.S. must cut fuel "
             "duty. Social media added another link to the chain. Tom Becker added that the pier was safe.",
        rows={"the U.S. must cut": {"speaker": "Ada Quill", "cue": "adding"},
              "the pier was safe": {"speaker": "Tom Becker", "cue": "added"}},
        absent="255 jobs|another link"),
    # The clause before "…, he said" is what was said: its subject (Tobias Wren) is not the "he";
    # after a fronted clause ("When Piet Marsh arrived, he said …") its subject may be.
    "a pronoun after the reported clause": dict(
        text="Jonas Ebbe runs the pier café. Tobias Wren is wrong about the ferry, he said. Jonas Ebbe has run it "
             "since 2019. Tobias Wren, he added, never rides it. When Piet Marsh arrived at the pier, he said the "
             "ferry was late.",
        rows={"Tobias Wren is wrong": {"speaker": "Jonas Ebbe"}, "never rides it": {"speaker": "Jonas Ebbe"},
              "the ferry was late": {"speaker": "Piet Marsh"}}),
    "an inverted frame and the speaker's description": dict(
        text="The ferry timetable is hard to read, said Ada Quill, a harbour pilot who has worked the Avalon "
             "crossing for twenty years. The ferry, said Piet Marsh, will be late all week because of the storms.",
        rows={"The ferry timetable": {"speaker": "Ada Quill"},
              "will be late all week": {"speaker": "Piet Marsh", "speaker_description": None}},
        absent="^a harbour pilot"),
    "a headline in title case": dict(
        text="Mira Halvorsen Says The Ferry Levy Will Not Last\n\nAvalon's harbour chief Mira Halvorsen said on "
             "Tuesday that the levy would end in May. The Levy Is Here To Stay, she wrote later.\n",
        rows={"The Ferry Levy": {"content": "The Ferry Levy Will Not Last", "speaker": "Mira Halvorsen",
                                 "cue": "Says", "kind": "indirect"}},
        n=3),  # the headline, the lead's indirect quote, the clause before "she wrote"
    "a quantified subject with a prepositional phrase": dict(
        text="The poll of Avalon ferry users was taken in May. About four in 10 said they had missed a sailing. "
             "A person familiar with the harbour board's plans says the levy will stay. The skipper of the night "
             "ferry, who asked for his name to be left out, grumbled about the tides. Just over a third, 34 "
             "percent, say they will sail less.",
        rows={"they had missed": {"speaker": "About four in 10", "speaker_kind": "unnamed source"},
              "the levy will stay": {"speaker span": "A person…"},
              "they will sail less": {"speaker": "Just over a third"}},
        n=3),
    "a verb opening the sentence, a one-word answer, a participle after the frame": dict(
        text="Jonas Ebbe runs the pier café. Said Ebbe, “The ferry has never been this late.” Asked whether the "
             "café would close, Ebbe said, “Never.” Sales were slow all week, he said, wiping the counter.",
        rows={"The ferry has never": {"speaker": "Jonas Ebbe"}, "Never.": {"kind": "direct", "speaker": "Jonas Ebbe"},
              "Sales were slow": {"speaker": "Jonas Ebbe"}},
        absent="^wiping"),
    "a participle after a preposition; 'On Tuesday' is no name": dict(
        text="On Tuesday, Mr. Ebbe dodged questions about the ferry before saying, “The levy stays.” Mira Halvorsen "
             "won applause by arguing that the pier should stay open all winter.",
        rows={"The levy stays.": {"kind": "direct", "speaker": "Ebbe", "cue": "saying"},
              "the pier should stay open": {"speaker": "Mira Halvorsen", "cue": "arguing"}}),
    # "he backed … and said" is his; "As they met …, Mira Halvorsen was cheered, promising" is hers.
    "a pronoun subject before a name; 'Stated Ebbe:'": dict(
        text="Jonas Ebbe ran for the harbour board in 2019. Eight years ago, he backed Mira Halvorsen over Piet "
             "Marsh and said, “She has never once let the ferry down.” As they met at the pier, Mira Halvorsen was "
             "cheered, promising to keep the night ferry.\n\nStated Ebbe:\n\n“The pier is safer than it has ever "
             "been.”\n",
        rows={"She has never once": {"speaker": "Jonas Ebbe"}, "to keep the night ferry": {"speaker": "Mira Halvorsen"},
              "The pier is safer": {"speaker": "Jonas Ebbe"}}),
    # "… said it was too early to congratulate the winners but added": the speaker of "said", not
    # the "it" of a verb inside its reported clause.
    "a coordinated verb": dict(
        text="Mira Halvorsen said it was too early to congratulate the winners but added, “The pier will stay open.”",
        rows={"The pier will": {"speaker": "Mira Halvorsen"}}),
    "according to after a fronted phrase": dict(
        text="In addition, according to the harbour board, nearly nine thousand more passengers will be carried. "
             "The ferry will run again in April, according to the harbour board. Ted Tarn has won the harbour "
             "seat, according to three local papers.",
        rows={"nearly nine thousand": {"cue": "according to"}, "The ferry will run": {"speaker_kind": "organisation"},
              "Ted Tarn has won": {"cue": "according to"}},
        absent="^In addition"),
    "the audience told": dict(
        text="Ada Quill filed the appeal. The levy was never lawful, she told the court in her filing.",
        rows={"The levy was never lawful": {"speaker": "Ada Quill", "cue": "told", "addressee": "the court"}}),
    "a clause opening with a quantity or after a day": dict(
        text="Ada Quill said much of the harbour levy was never spent. The harbour board said about half of the "
             "ferries were late. Piet Marsh said on Friday he would appeal. Ada Quill said little about the pier.",
        rows={"much of the harbour levy": {"speaker": "Ada Quill"}, "about half of the ferries": {"cue": "said"},
              "he would appeal": {"speaker": "Piet Marsh"}},
        absent="the pier"),
    "a subject with examples set off": dict(
        text="Several skippers, including Piet Marsh, said the new pier is too short. Many passengers on the night "
             "ferry — including students, nurses and cooks — said the fares are too high.",
        rows={"the new pier is too short": {"speaker span": "Several skippers"},
              "the fares are too high": {"speaker span": "Many passengers on the night ferry"}}),
    "as the source said": dict(
        text="As the harbour board noted, the ferry has never run this late. As Ada Quill said on Monday, the pier "
             "will not open before May. As reported by the Avalon Courier, the levy will stay. As she walked in, "
             "the crowd cheered loudly.",
        rows={"the ferry has never run": {"cue": "noted"}, "the pier will not open": {"speaker": "Ada Quill"},
              "the levy will stay": {"cue": "reported", "speaker span": "Avalon Courier"}},
        absent="crowd"),
    "a newspaper named with 'The' after the clause": dict(
        text="The ferry levy was raised on Sunday, The Courier reported.",
        # the newspaper's name, as for "The Washington Post" ("courier" is a head word of organisations)
        rows={"The ferry levy was raised": {"cue": "reported", "speaker span": "Courier"}}),
    "a frame between a fronted clause and the rest": dict(
        text="If the storms go on, Ada Quill said, the ferry will stop for the winter. This levy, she says, is "
             "different. Asked if she was worried, she said, no.",
        rows={"the ferry will stop": {"speaker": "Ada Quill"}, "is different": {"speaker": "Ada Quill"},
              "if she was worried": {"speaker": None, "addressee": "Ada Quill"}},  # the question put to her
        n=3),
    "a title before the speaker phrase": dict(
        text="Ada Quill runs the pier. And yet, Mrs. Quill's aides say, the pier is safe.",
        rows={"the pier is safe": {"cue": "say"}}),
    "a relative clause with its source inside": dict(
        text="The new fares, which harbour officials said will take effect in May, will not apply to children. Ada "
             "Quill signed a letter that she said was drafted by the board. When the board met, Quill said the "
             "ferry had carried 250,000 passengers, a record.",
        rows={"will take effect in May": {"content": "will take effect in May", "speaker": "officials", "cue": "said"},
              "was drafted by the board": {"speaker": "Ada Quill"},
              "the ferry had carried": {"content": "the ferry had carried 250,000 passengers"}}),
    # A quotation inside the words an earlier verb reports is that verb's: the verb nearest it is
    # a thought or a pronoun's ("he expects"), or a verb of manner with a thing ("goes on
    # recess"); the words before it stay the outer verb's indirect row, joined by the cue. A
    # named speaker's own verb with a quote after its comma keeps the quote.
    "a quotation inside reported words": dict(
        text="Mayor Ada Quill said he expects the board to “clearly approve” the levy. Piet Marsh said that once "
             "the council goes on recess, “I will rest.” Tom Becker said the board told him, “We will wait.”",
        rows={"clearly approve": {"kind": "mixed", "speaker span": "Mayor Ada Quill", "cue": "said"},
              "he expects the board to": {"kind": "indirect", "cue": "said"},
              "I will rest.": {"kind": "mixed", "speaker": "Piet Marsh", "cue": "said"},
              "We will wait.": {"kind": "direct", "speaker span": "the board", "cue": "told"}}),
    # The person, not a place or organisation in their description: "of Columbia, South Carolina"
    # (a state after the comma, not a subject: "in front of the Rotary Club, Quill said"),
    # "director of the Avalon Ferry Company, a local firm", "The Company, a local firm, said";
    # not across other people's names ("In addition to Mr. Dorn, two members …, Ada Quill and
    # Tom Becker, have said").
    "a person described by a place or an organisation": dict(
        text="Nora Pell of Columbia, South Carolina says the levy is fair. Ines Dorn, director of the Avalon "
             "Ferry Company, a local firm, said the fares will rise. The Avalon Ferry Company, a local firm, said "
             "the boats are old. In front of the Avalon Rotary Club, Quill said the pier is safe. In addition to "
             "Mr. Dorn, two members of the council, Ada Quill and Tom Becker, have said they will not back it.",
        rows={"the levy is fair": {"speaker": "Nora Pell"}, "the fares will rise": {"speaker": "Ines Dorn"},
              "the boats are old": {"speaker": "Avalon Ferry Company"}, "the pier is safe": {"speaker span": "Quill"},
              # (the people named beside "two members of the council" speak, as in 5 Dec's rule)
              "they will not back it": {"speaker span": "Ada Quill and Tom Becker"}}),
    # Whoever is told is no part of what was said, also right before the clause's subject; "her"
    # only so ("told her story" is a thing told), a name only before a subject, "that" or the end.
    "the one told before the reported clause": dict(
        text="Ada Quill told him she worries about the levy. Piet Marsh told reporters he thought the fares were "
             "fair. Tom Becker told The Harbour Courier she thinks the pier is safe. Ines Dorn told her he had "
             "left. Bo Tarn told The Courier of Avalon last week she would rather walk.",
        rows={"she worries": {"addressee": "him"}, "he thought the fares": {"addressee": "reporters"},
              "she thinks the pier": {"addressee": "The Harbour Courier"}, "he had left": {"addressee": "her"},
              "The Courier of Avalon": {"speaker": "Bo Tarn"}}),
    # Who gave out a statement, an ad or an email speaks through it; a document nobody is said to
    # have given out is still its own source.
    "a participle after a document given out": dict(
        text="Ada Quill issued a statement saying the levy is fair. Later, the Avalon Ferry Company released a new "
             "radio ad calling the levy “a theft.” A report suggesting the fares will rise was leaked. Her "
             "campaign blasted out an email to supporters stating, “Quill joins the race.”",
        rows={"the levy is fair": {"speaker": "Ada Quill", "cue": "saying"},
              "Quill joins the race.": {"speaker span": "Her campaign", "cue": "stating"},
              "a theft.": {"speaker": "Avalon Ferry Company", "cue": "calling"},
              "the fares will rise": {"speaker span": "A report"}}),
    # A second verb takes the first verb's speaker in the main clause, not in a subordinate clause
    # opening the sentence; "As a pilot, …" opens no such clause.
    "a coordinated verb after a subordinate clause": dict(
        text="When asked whom she supported, Ms. Ines Dorn smiled and said, “I am waiting for Bo Tarn.” When I "
             "asked Piet Marsh if he would back Quill, he looked away and said, “Never!”",
        rows={"I am waiting": {"speaker": "Ines Dorn"}, "Never!": {"speaker span": "he"}}),
    # People named by what they are to others or by their work speak unnamed.
    "an unnamed speaker named by kin, work or party": dict(
        text="“How big is that levy?” asked the boy, who wore a cap. “We are shocked,” one P&G Avalon employee "
             "told a local station. His wife, longtime harbour aide Ines Dorn, announced they were separated. "
             "“The levy will pass,” said one Republican involved in the planning. Republican lawmakers say it "
             "will fail.",
        rows={"How big is that levy?": {"speaker": "boy"}, "We are shocked,": {"speaker_kind": "unnamed source"},
              "they were separated": {"speaker": "Ines Dorn", "speaker_description": "His wife"},
              "The levy will pass,": {"speaker": "Republican", "speaker_kind": "unnamed source"},
              "it will fail": {"speaker": "Republican lawmakers"}}),
    # After an inverted verb, the person named beside a possessor's role speaks, not the possessor.
    "an inverted speaker named after a possessor's role": dict(
        text="“It is about time,” exhorted the mayor's introducer, actress Ada Quill. “It is late,” said Quill's "
             "aide, Bo Tarn. “It is early,” said Quill's aide, who asked not to be named.",
        rows={"It is about time,": {"speaker": "Ada Quill", "cue": "exhorted"}, "It is late,": {"speaker": "Bo Tarn"},
              "It is early,": {"speaker span": "Quill's aide"}}),
    # After an inverted verb a person may follow a few modifiers, never a clause: in "…, said France
    # must rebut Bo Tarn's claims" (a speaker before it unread) Tarn does not speak.
    "no speaker after an inverted verb across a clause": dict(
        text="Ada Quıll Ñ, the harbour envoy from 2007 to 2013, said France must rebut Bo Tarn's claims. "
             "“We will sail,” said former harbour master Bo Tarn.",
        rows={"We will sail,": {"speaker": "Bo Tarn"}}, n=1),
    # The clause before "…, X has said" opens after a direct quote, not after a word quoted inside it.
    "a word quoted inside the clause before its frame": dict(
        text="The board made a “mistake” in the levy check, Quill has said. “We will win,” Dorn said. The "
             "levy, she said, is fair.",
        rows={"The board made": {"content": "The board made a “mistake” in the levy check", "speaker": "Quill"},
              "is fair": {"speaker": "Dorn"}}),
    # A headline "Name: words" reports the words as the name's, where the article goes on to name
    # them; not "Wow:", nor a subhead inside the article.
    "a headline with a name and a colon": dict(
        text="Quill: levy will not outlast the winter\n\nAvalon's mayor Ada Quill spoke on Monday at the pier. Dorn "
             "listened.\n\nDorn: just hang on for now\n\nDorn has little time left.",
        rows={"levy will not outlast": {"speaker": "Ada Quill", "cue": ":"}}, n=1),
    "a headline with a colon after no known name": dict(
        text="Wow: the pier just closed for good\n\nAvalon's mayor Ada Quill spoke on Monday.", rows={}, n=0),
    # An abbreviation or a closing mark ends no sentence of the headline; an unnamed source's noun
    # ("Officials:") speaks without being named later.
    "a headline with an abbreviation, a closing quote or an unnamed source": dict(
        text="Quill: Levy Helps the U.S. Ferry Lines, ‘Not the Pier.’\n\nAvalon's mayor Ada Quill spoke on Monday.",
        rows={"Levy Helps the U.S. Ferry": {"speaker": "Ada Quill", "cue": ":", "kind": "indirect"}}, n=1),
    "a headline opening with an unnamed source": dict(
        text="Officials: the pier will close in May\n\nThe harbour board met on Monday.",
        rows={"the pier will close": {"speaker": "officials", "speaker_kind": "unnamed source"}}, n=1),
    # The reported words end before a verb coordinated with the frame's own verb (same subject, same
    # inflection), not before a verb of the reported clause in another form.
    "a second verb of the speaker after the reported clause": dict(
        # The reported clause opens at the first "that" after the verb, never at a later one.
        text="Bo Tarn said he heard the siren at noon and suspected that the pier had flooded. Ada Quill said "
             "the board would meet and approve the levy. Piet Marsh said that the plan that Dorn made is fair. "
             "Ines Dorn said she had heard that story.",
        rows={"he heard the siren": {"content": "he heard the siren at noon", "speaker": "Bo Tarn"},
              "the pier had flooded": {"speaker": "Bo Tarn", "cue": "suspected"},
              "the board would meet": {"content": "the board would meet and approve the levy"},
              "the plan that Dorn": {"content": "the plan that Dorn made is fair", "speaker": "Piet Marsh"},
              "she had heard": {"content": "she had heard that story", "speaker": "Ines Dorn"}}),
    # Words after a frame that say only when and where it was said, or the terms the source spoke
    # on, report nothing: the clause before the frame is what was said.
    "a day and a programme or the terms of speaking after the frame": dict(
        text="The levy was never popular with ferry crews, Ada Quill said Wednesday morning on Avalon Radio’s "
             "“Harbour Hour.” The crews were unable to find a single buyer, one pilot said, on condition of "
             "anonymity.",
        rows={"The levy was never": {"content": "The levy was never popular with ferry crews", "speaker": "Ada Quill"},
              "The crews were unable": {"content": "The crews were unable to find a single buyer",
                                        "speaker span": "one pilot"}}),
    # A speaker's description may open with a capitalised word between the comma and the name.
    "a description opening with a capitalised word after the reported words": dict(
        text="Two pilots were also among the passengers, Avalon ferry board spokesman Bo Tarn said Thursday.",
        rows={"Two pilots were": {"content": "Two pilots were also among the passengers", "speaker": "Bo Tarn"}}),
    # A role set off by commas before the speaker's name is the name's, and the words before it were said.
    "a role and a name set off by commas after the reported words": dict(
        text="The board built the ramp to help in storms, a spokeswoman, Ada Quill, said on Saturday, and it has "
             "used it five times.",
        rows={"The board built": {"content": "The board built the ramp to help in storms", "speaker": "Ada Quill"}}),
    # A verb of speech right after a comma, followed by a speaker that ends the clause, is inverted
    # although a subject stands before it across words set off by commas; not where the speaker's
    # description goes on with a verb phrase (the name is then the reported clause's subject).
    "an inverted frame after words set off by commas": dict(
        text="Quill lacks support from her colleagues on the council, whom she has alienated with her rhetoric, "
             "said Bo Tarn, director of the Avalon Centre. Piet Marsh, who leads the board, said Ines Dorn, the "
             "mayor, was wrong.",
        rows={"Quill lacks support": {"content": "Quill lacks support from her colleagues on the council, whom she "
                                                 "has alienated with her rhetoric", "speaker": "Bo Tarn"},
              "Ines Dorn, the mayor": {"content": "Ines Dorn, the mayor, was wrong", "speaker": "Piet Marsh"}}, n=2),
    # So with a verb in the past after the description, as investigative copy reports what an anonymous source
    # said of a named person (the person had been 'the chairman, Osric Vantreece''s words); a participle's phrase
    # after the description leaves the frame inverted.
    "an inverted-looking frame before a name, its role and a verb in the past": dict(
        text="The person, who asked not to be identified, said the chairman, Osric Vantreece, pushed hardest for a "
             "sale. The ferry will run in May, said Tom Becker, the director, based in Avalon.",
        rows={"the chairman, Osric": {"content": "the chairman, Osric Vantreece, pushed hardest for a sale",
                                      "speaker": "person"},
              "The ferry will run": {"speaker": "Tom Becker"}}, n=3),
    # The words before a comma that another frame opens are no words of a later frame.
    "a frame after an inverted frame and its description": dict(
        text="“The levy is dead,” said Ada Quill, director of Avalon Lines, reports Avalon Radio.",
        rows={"The levy is dead": {"speaker": "Ada Quill", "kind": "direct"}}, n=1),
    # Words after a verb that say only when it was said are no reported clause.
    "a verb followed by when alone": dict(
        text="If the pier can be built, Ada Quill observed this week, without cranes, then the wall can be too.",
        rows={}, n=0),
    # ... also an adverb of time alone, or two words before the day's noun ("shortly afterwards", "earlier this week"),
    # or a span of time before "later" or "ago".
    "a verb followed by an adverb of time alone": dict(
        text="Piet Marsh conceded shortly afterwards. The harbour master, Bo Tarn, told the Dorwick Herald earlier "
             "this week. Ada Quill said later that the levy was fair. The plan is not what the mayor was saying a "
             "few weeks ago, and the Dorwick Herald reported two days later.",
        rows={"the levy was fair": {"speaker": "Ada Quill"}}, n=1),
    # A day and a place after the frame, then a participle's clause or a semicolon: the words before
    # the frame were said.
    "a day and place after the frame before a participle or a semicolon": dict(
        text="The levy’s “excesses” are sickening, Ada Quill said Tuesday in Avalon, noting the board “makes you "
             "want to retch.” Crews need about 40 percent of the vote, analysts say; in 2012 they had 27 percent.",
        rows={"The levy’s": {"content": "The levy’s “excesses” are sickening", "speaker": "Ada Quill"},
              "Crews need": {"content": "Crews need about 40 percent of the vote", "speaker": "analysts"}}),
    # A quote sentence after a sentence that ends with its frame is that frame's speaker's: a
    # speaker and a verb alone ("Ada Quill agreed.", the quote then takes the frame), or words
    # reported before a comma ("…, Ada Quill said."), not the speaker of the quote before.
    "a quote after a sentence that ends with its frame": dict(
        text="“The pier will close,” said Bo Tarn, editor of the Gazette.\n\nAvalon University's Ada Quill agreed. "
             "“The levy is dead for good.”\n\nThe ferry is late again, harbour pilot Ines Dorn said. “Nobody "
             "wants it.”",
        rows={"The levy is dead": {"speaker": "Ada Quill", "cue": "agreed", "kind": "direct"},
              "Nobody wants it.": {"speaker": "Ines Dorn", "kind": "direct"}}),
    # A paragraph of a dash and a name after a quote paragraph names its speaker.
    "a dash and a name after a quote paragraph": dict(
        text="“Almost all new income is going to the harbour board.”\n\n- Ada Quill.\n\nThis is a complex issue.\n\n"
             "“The whole idea of a crooked board needs to stop.”\n\n-Bo Tarn, Avalon.",
        rows={"Almost all new income": {"speaker": "Ada Quill", "kind": "direct"},
              "The whole idea": {"speaker": "Bo Tarn", "kind": "direct"}}),
    # After a quote, an inverted verb's speaker may be a determiner phrase no list knows.
    "a determiner phrase no list knows after an inverted verb": dict(
        text="“It is hard to come back,” said the designer, who works for another brand. “He is a leader,” said the "
             "46-year-old.",
        rows={"It is hard": {"speaker span": "the designer", "kind": "direct"},
              "He is a leader": {"speaker span": "the 46-year-old", "kind": "direct"}}, n=2),
    # A phrase after "told" that ends the clause (a day or "as …" after it at most) is the one told,
    # and the words before the comma were said.
    "a phrase told that ends the clause": dict(
        text="This includes a special force to assist the pilots, Harbour Secretary Ada Quill told a council panel "
             "Wednesday. This is not about me, Mayor Bo Tarn told his closest advisers as he labored over the speech.",
        rows={"This includes": {"content": "This includes a special force to assist the pilots",
                                "speaker": "Ada Quill"},
              "This is not about me": {"content": "This is not about me", "speaker": "Bo Tarn"}}, n=2),
    # Speakers joined by "and" after the reported words; a parenthesis between a speaker and the
    # verb.
    "coordinated speakers and a parenthesis before the verb": dict(
        text="Support is strong among the most active wing of the unions, current and former officials said. Sen. "
             "Ada Quill (a Democrat so boyish she has been mistaken for a staffer) says she was unfocused after "
             "the vote.",
        rows={"Support is strong": {"content": "Support is strong among the most active wing of the unions",
                                    "speaker span": "current and former officials"},
              "she was unfocused": {"speaker": "Ada Quill"}}, n=2),
    # No reported words before a comma where a relative pronoun is the verb's subject (the words
    # before it describe the pronoun's antecedent, "and" joining them).
    "no reported words before a comma where a relative pronoun is the verb's subject": dict(
        text="Editor’s note: Bo Tarn is a serial liar, birther and bully who has repeatedly pledged to close the pier.",
        rows={"to close the pier": {"cue": "pledged"}}, n=1),
    # "that" after where it was said and a relative clause set off by commas; a subject that a
    # relative clause and an aside part from the verb.
    "that after an aside, and a subject before a relative clause and an aside": dict(
        text="Bo Tarn, a Quill rival whom Dorn fired as ferry manager, said on the radio, where he is now a paid "
             "host, that Quill should be held to account. Some voters who have listened to the mayor's speeches "
             "over the years, on the radio or at small events, said she had less magnetism recently.",
        rows={"Quill should be held": {"content": "Quill should be held to account", "speaker": "Bo Tarn"},
              "she had less magnetism": {"speaker span": "Some voters"}}),
    # After a frame set off by commas, a clause that opens with a conjunction is a clause of its own:
    # the words before the frame were said.
    "a conjunction after a frame set off by commas": dict(
        text="The point of those rules is to keep secrets safe, Ada Quill said, and with the aides chastened, it is "
             "safe to assume they will not err again.",
        rows={"The point of": {"content": "The point of those rules is to keep secrets safe", "speaker": "Ada Quill"}}),
    # A relative clause set off by dashes stands between a speaker and the verb; "and others" after
    # an inverted speaker goes with the speaker.
    "a relative clause between dashes, and others after an inverted speaker": dict(
        text="Bo Tarn - who founded the group in 2004 - said Quill has several options. The contrast with Dorn, "
             "said Ines Dorn and others, would be clear since the board has no allies.",
        rows={"Quill has several": {"speaker": "Bo Tarn"},
              "would be clear": {"speaker": "Ines Dorn"}}),
    # "so … that" is a clause of result, not the reported clause's "that"; examples after "like" set
    # off by commas stand between the speaker and the verb.
    "so that, and examples after like": dict(
        text="In fact, Ada Quill thinks Tarn’s status in Avalon is so weak that he jumped into the race. Even the "
             "biggest hawks, like Quill and Tarn, say the bulk of the crews should be local.",
        rows={"Tarn’s status": {"content": "Tarn’s status in Avalon is so weak that he jumped into the race"},
              "the bulk of": {"speaker span": "Even the biggest hawks"}}),
    # Verbs of saying other house styles use: "averred" (Indian and legal English), "underlined that",
    # "reaffirmed".
    "averred, underlined that, reaffirmed": dict(
        text="Ada Quill averred that the levy was dead. Bo Tarn underlined that the pier was closed. The ferry "
             "will run, Ines Dorn reaffirmed on Monday.",
        rows={"the levy was dead": {"cue": "averred"}, "the pier was closed": {"cue": "underlined"},
              "The ferry will run": {"cue": "reaffirmed", "speaker": "Ines Dorn"}}),
    # A description set off by dashes between a speaker and the verb; after an inverted verb, a
    # quantifier's phrase ("some councillors"), not the quantifier alone.
    "a description between dashes, and a quantifier's phrase after an inverted verb": dict(
        text="Ines Dorn - Tarn's girlfriend and co-host on his radio show - told The Avalon Post that the pier was "
             "unsafe. A more subdued mayor may not be such a bad thing either, say some councillors, who cringe as "
             "they recall the last term.",
        rows={"the pier was unsafe": {"speaker": "Ines Dorn"},
              "A more subdued": {"content": "A more subdued mayor may not be such a bad thing either",
                                 "speaker span": "some councillors"}}),
    # A phrase of the clause may stand before its pronoun subject right after the verb; not where or
    # when it was said.
    "a phrase of the clause before its pronoun subject": dict(
        text="Ada Quill said in politics it takes time to build trust. Bo Tarn said in a statement it was over. Ines "
             "Dorn said in Avalon she would run.",
        rows={"in politics it takes": {"content": "in politics it takes time to build trust", "speaker": "Ada Quill"},
              "it was over": {"speaker": "Bo Tarn"}, "she would run": {"speaker": "Ines Dorn"}}, n=3),
    # A participle's aside that ends with a quotation stands between a speaker and the verb.
    "a participle's aside ending with a quotation before the verb": dict(
        text="Bo Tarn, citing “the unique magic of Quill,” said the mayor could win in Avalon.",
        rows={"the mayor could win": {"speaker": "Bo Tarn", "cue": "said"}}),
    # After "and", a pronoun standing for the speaker with a verb of speech or of an act on others
    # ends the reported words; a verb of thought goes on with the story told.
    "a pronoun of the speaker with a second verb after the reported clause": dict(
        text="Ada Quill said the levy was dead, and she accused Dorn of stalling the vote. Bo Tarn said a "
             "ferry came late and he thought it meant the pier had flooded.",
        rows={"the levy was dead": {"content": "the levy was dead", "speaker": "Ada Quill"},
              "a ferry came late": {"content": "a ferry came late and he thought it meant the pier had flooded",
                                    "speaker": "Bo Tarn"}}),
    # A quote paragraph with no attribution of its own continues the direct quote of the paragraph
    # before, also past that speaker's quoted fragments after it.
    "a quote paragraph after a quote and its fragments": dict(
        text="“By the way, nothing you can do, folks,” Ada Quill told a rally, saying Dorn would “abolish the "
             "levy.”\n\n“Although the levy people, maybe there is. I do not know.”",
        rows={"Although the levy": {"speaker": "Ada Quill", "kind": "direct"}}),
    # Where something was said ("on Facebook", "in a letter") does not say it before a participle.
    "a participle after where it was said": dict(
        text="Ada Quill responded to Dorn’s question on Facebook writing, “Yes, I will.” Piet Marsh replied to Dorn "
             "in a letter saying the levy is fair.",
        rows={"Yes, I will.": {"speaker": "Ada Quill", "cue": "writing"},
              "the levy is fair": {"speaker": "Piet Marsh", "cue": "saying"}}),
    # A roundup's "summary - Name: “quote”": the name set off by the dash speaks, not the summary's
    # subject; two names joined by "and" speak together.
    "a name set off by a dash before a colon": dict(
        text="But polls did predict the caucus - Avalon Pollster: “Most pollsters did well.”\n\nSigns of shifts "
             "were there all along - More from Ada Quill and Bo Tarn: “Data collected by our firm helps confirm "
             "it.”",
        rows={"Most pollsters": {"speaker": "Avalon Pollster", "cue": ":"},
              "Data collected": {"speaker": "Ada Quill and Bo Tarn"}}),
    # A quote set off by dashes with its own frame after it is that frame's, a direct quote; a
    # reduced relative ("speaking to Fox News") stands between a speaker and the verb.
    "a quote between dashes and a reduced relative": dict(
        text="Ada Quill suggested that the plan was unserious - “Again, we need the details,” she said - and charged "
             "that Dorn was wrong. Another harbour source speaking to the Courier said, “The agents are looking.” "
             "Current and former officials who spoke with The Harbour Courier said the board is a shell.",
        rows={"Again, we need": {"kind": "direct", "cue": "said", "speaker span": "she"},
              "The agents are looking.": {"speaker span": "Another harbour source"},
              "the board is a shell": {"speaker span": "Current and former officials"}}),
    # A participle after a preposition hangs on its clause's speaker, not on the object before it.
    "a participle after a preposition": dict(
        text="“Everything is on the table,” Ada Quill told the Courier on Wednesday after hinting that “personnel "
             "changes” could come.",
        rows={"personnel": {"speaker": "Ada Quill", "cue": "hinting"}}),
    # A reporting verb that is as often a noun is a noun before "of" ("the text of the law").
    "a noun form before of": dict(
        text="A spokeswoman for the harbour board emailed reporters with the relevant text of the levy law, "
             "arguing, “As you can see, the law says nothing of the kind.”",
        rows={"As you can see": {"speaker span": "A spokeswoman", "cue": "arguing"}}),
    # "to" before a verb reports an intention; before a noun phrase it is a preposition.
    "to before a verb, not before a noun phrase": dict(
        text="Ada Quill vowed to raise the levy. Tom Becker agreed to a phone call on Monday.",
        rows={"to raise the levy": {"speaker": "Ada Quill", "cue": "vowed"}}, n=1),
    # The subject a participle hangs on is the phrase a possessor opens, not the possessor; but a
    # document's writer speaks through it.
    "a possessor opening the subject": dict(
        text="In early May, the council’s finance director reached out to the ferry firm, writing in an email: “We "
             "want to settle this soon.” Tom Becker’s letter makes a plea: “Keep the ferry running.”",
        rows={"We want to settle": {"speaker span": "the council’s finance director"},
              "Keep the ferry": {"speaker": "Tom Becker"}}),
    # An answer is the words reported, even of one word; not where it opens a phrase ("said no to").
    "an answer as the words reported": dict(
        text="Asked if he would run again, the harbour master said no. Asked about the levy, 55 percent of "
             "voters said yes, but Tom Becker said no to the levy.",
        rows={"no": {"speaker span": "the harbour master", "cue": "said"}, "yes": {"cue": "said"},
              "if he would run again": {"cue": "Asked", "speaker": None}}, n=3),
    # A headline "Name: words": after a label in capitals, a full name the article need not repeat.
    "a headline's speaker before a colon, after a label": dict(
        text="EXCLUSIVE – Tom Becker: Don’t Trust the Ferry Timetable.\n\nThe ferry left late on Monday.",
        rows={"Don’t Trust": {"speaker": "Tom Becker", "cue": ":"}}, n=1),
    # An organisation's phrase speaks by its noun; a capitalised word alone does not.
    "a headline's organisation phrase before a colon": dict(
        text="Newspaper: Harbour master used personal email at the pier.\n\nThe ferry left late on Monday.",
        rows={"Harbour master used": {"speaker span": "Newspaper", "cue": ":"}}, n=1),
    "no speaker in a headline's label": dict(
        text="Harbour Update: The latest count in the ferry vote.\n\nThe ferry left late on Monday.",
        rows={}, n=0),
    # An adverb between the comma and a participle: the participle still hangs on the clause.
    "an adverb before a participle after a comma": dict(
        text="Ada Quill has voiced frustration about the vote, recently telling friends that she is perplexed.",
        rows={"she is perplexed": {"speaker": "Ada Quill", "cue": "telling"}}, n=1),
    # The title of a book after its author, quoted, is no one's words.
    "a book's title after its author": dict(
        text="“It was a hard winter,” said Tom Becker, a co-author of “Tides of Avalon: A History of the Harbour.” "
             "“Nobody forgets it,” Ada Quill said, as recalled in Piet Marsh’s book “Harbour Lights: The Ferry Years.”",
        rows={"It was a hard winter": {"speaker": "Tom Becker"}, "Nobody forgets": {"speaker": "Ada Quill"}}, n=2),
    # A wire dateline before a fronted phrase: the name inside the phrase is still not the subject.
    "a fronted phrase after a dateline": dict(
        text="AVALON, May 8 (UPI) — In response to Mayor Tom Becker’s plan to close the library, Ada Quill "
             "rallied readers, saying: “We have to be ready to stop it.”",
        rows={"We have to be ready": {"speaker": "Ada Quill", "cue": "saying"}}, n=1),
    # A fronted phrase of time opened by a span before "after" or "before": the subject comes after its comma.
    "a fronted phrase of a span after something": dict(
        text="Ada Quill met the mayor.\n\nDays after Tom Becker’s arrest, Bo Tarn volunteered to replace him in "
             "Nordland. “Was I going to stay at home?” he told me. Shortly before the Avalon vote, Ines Dorn "
             "resigned. “It was time,” she said.",
        rows={"Was I going": {"speaker": "Bo Tarn", "cue": "told"}, "It was time": {"speaker": "Ines Dorn"}}, n=2),
    # So is one opened by "During", "Since", "Until", "Upon", "Under" …; not one opened by "For", which names
    # whom the sentence is about ("For Major, a retiree, the phone bank is a duty. “…,” she said": Major’s).
    "a fronted phrase of time or circumstance": dict(
        text="Ada Quill met the mayor.\n\nDuring Tom Becker’s speech, Bo Tarn left the hall. “It was too long,” "
             "he said. Since Piet Marsh’s arrest, Ines Dorn has run the yard. “We manage,” she said. Under Tom "
             "Becker’s plan, Bram Tolliver lost his seat. “It hurts,” he said. For Mara Voss, a retiree, the phone "
             "bank is a duty. “I like it,” she said.",
        rows={"It was too long": {"speaker": "Bo Tarn"}, "We manage": {"speaker": "Ines Dorn"},
              "It hurts": {"speaker": "Bram Tolliver"}, "I like it": {"speaker": "Mara Voss"}}, n=4),
    # A person's name set beside what a possessor's phrase names is the subject, not the possessor.
    "a name beside a possessor's phrase opening the sentence": dict(
        text="Ada Quill met the mayor.\n\nTom Becker’s lawyer, Bo Tarn, spoke outside the court. “We will appeal,” he "
             "said. Avalon’s harbour master, Ines Dorn, agreed. “It was unfair,” she said.",
        rows={"We will appeal": {"speaker": "Bo Tarn"}, "It was unfair": {"speaker": "Ines Dorn"}}, n=2),
    # and one opened by a preposition and a gerund, or by "Asked about".
    "a fronted phrase of a gerund or of a question": dict(
        text="Ada Quill met the mayor.\n\nAsked about Tom Becker’s plan, Bo Tarn shrugged. “It may work,” he said. "
             "After meeting Piet Marsh, Ines Dorn left the yard. “We agreed,” she said.",
        rows={"It may work": {"speaker": "Bo Tarn"}, "We agreed": {"speaker": "Ines Dorn"}}, n=2),
    # A question put to the subject ("Asked whether …, ", "When asked why …, "): a name inside it is not the
    # subject, as sports pages write a manager's answer after a colon.
    "a fronted question with a name in it": dict(
        text="Bo Tarn scored twice for Avalon.\n\nAsked whether Tarn would start next week, Ada Quill smiled: “We "
             "will see.” When asked why Piet Marsh was dropped, Ines Dorn shrugged. “He was tired,” she said.",
        rows={"We will see": {"speaker": "Ada Quill"}, "He was tired": {"speaker": "Ines Dorn"}}),
    # A person's title that no list of roles holds ("the captain", "the priest"), after "the", stands for the
    # subject before it, as "the senator" does, across a paragraph's break.
    "a title after the as a role": dict(
        text="Kellerby Rovers came from two goals down to win 3-2.\n\nLewis Farrant said the comeback showed the "
             "team’s spirit.\n\n“We never stop running,” the captain added.",
        rows={"We never stop": {"speaker": "Lewis Farrant", "cue": "added"}}, n=2),
    # "remembered" frames words as "recalled" does.
    "remembered as a verb of saying": dict(
        text="“The pier was full every night,” remembered Tom Becker, the harbour’s former master.",
        rows={"The pier was full": {"speaker": "Tom Becker", "cue": "remembered"}}, n=1),
    # A wire dateline opening the paragraph is no part of the words reported after it, in any
    # agency's form: dash, double hyphen, colon, with a state, a date or the agency's name, or the agency's name
    # alone (Bloomberg's and CNN's "(Bloomberg) -- ").
    "a dateline before reported words": dict(
        text="AVALON, Ore. (UPI) — The ferry will run again in May, Mayor Ada Quill said.\n\n"
             "NEW AVALON, Oct 3 (PTI): The pier will close for a week, officials said.\n\n"
             "HARBOURTON -- Fares will rise, according to a council report.\n\n"
             "(Avalon News) -- The levy will end, two people familiar with the matter said.",
        rows={"The ferry will run": {"speaker": "Ada Quill", "cue": "said"},
              "The pier will close": {"speaker": "officials", "cue": "said"},
              "Fares will rise": {"cue": "according to"},
              "The levy will end": {"cue": "said"}}, n=4),
    # The wires name a place readers may not know with its country before the date ("AVALON, Nordland, March 3
    # (Reuters) - "): the dateline had been left in the reported words.
    "a dateline with a country and a date": dict(
        text="NEW AVALON, South Nordland, March 3 (Tallis Wire) - The dockers will strike again, union leaders said.",
        rows={"The dockers will strike": {"speaker": "union leaders", "cue": "said"}}, n=1),
    # India's wires write the date and the agency with no dash after them ("New Delhi, Jan 12 (PTI) The …"): the
    # dateline had been left in the reported words, and the place taken as the subject a participle hangs on.
    "a dateline ending with an agency and no dash": dict(
        text="Ferry fares to rise\n\nNew Avalon, Jan 12 (PTI) The pier will close for a week, officials said on "
             "Sunday.\n\nTarnpur, Jan 12 (IANS) The Congress on Sunday accused the port board of hiding the costs, "
             "saying the levy was unfair.",
        rows={"The pier will close": {"speaker": "officials", "cue": "said"},
              "the levy was unfair": {"speaker": "Congress", "cue": "saying"}}),
    # Indian and British headlines name the speaker after the colon; a role's noun ends the headline
    # even where the next paragraph opens with another ("Minister\n\nUnion Minister …").
    "a headline's speaker after its colon": dict(
        text="Harbour levy to be reviewed: Minister\n\nUnion Minister Ravi Kessler spoke in Avalon on Tuesday.",
        rows={"Harbour levy to be reviewed": {"speaker": "Ravi Kessler", "cue": ":"}}, n=1),
    "no speaker after a headline's colon where a label opens it or no speaker follows": dict(
        text="Live updates on the levy: Ada Quill\n\nAda Quill spoke in Avalon on Tuesday.\n\n"
             "Levy explained: what happens next",
        rows={}, n=0),
    # A fronted participle of speaking names where or to whom, not the subject: "he" in the next
    # sentence stands for the one who spoke ("ABC Radio" had been the speaker of the quote).
    "a pronoun after a fronted participle of speaking": dict(
        text="Speaking to Avalon Radio National on Tuesday, Mr Becker said families were struggling.\n\n"
             "“It's a tax by another name,” he said.",
        rows={"families were struggling": {"speaker": "Becker"}, "It's a tax": {"speaker": "Becker"}}, n=2),
    # A pronoun whose sentence before opens with a role ("The mayor was blunt.") stands for whom the
    # role stands for, not for the last person quoted.
    "a pronoun after a sentence opened by a role": dict(
        text="“We will not move,” said Piet Quill, a fisherman in the fictional port of New Avalon.\n\n"
             "Mayor Tomas Brenner visited the harbour on Monday. Crowds lined the quay. The mayor was blunt. "
             "“We were not ready,” he said.",
        rows={"We will not move": {"speaker": "Piet Quill"}, "We were not ready": {"speaker": "Tomas Brenner"}}, n=2),
    # A pronoun stands for a person, not for a capitalised phrase of no known kind before the person
    # ("Former Lindholm", "New Year" had spoken).
    "a pronoun after a phrase of no known kind": dict(
        text="“The levy is a disgrace,” said Mira Holt, a ferry pilot.\n\nFormer Lindholm governor Ada Quill, an "
             "early supporter of the levy, calls it a priority. “It will pay for the pier,” she said.\n\n"
             "In her New Year speech, Quill warned against delay. Her neighbours, she said, should not wait.",
        rows={"The levy is a disgrace": {"speaker": "Mira Holt"}, "It will pay": {"speaker": "Ada Quill"},
              "should not wait": {"speaker": "Ada Quill"}}),
    # A role stands for someone named before it, not for a person given that title further on;
    # only before anyone is named (a headline, an abstract) does a later title say who it is.
    "a role before a person titled later": dict(
        text="Bo Tarrow came to Avalon in April to cheer the ferry workers.\n\nThe senator said the pier would "
             "reopen.\n\nThe rival candidate is backed by Sen. Ada Quill.",
        rows={"the pier would reopen": {"speaker": "Bo Tarrow"}}),
    # Of the people so titled, the one named last, by a surname that the entity finder leaves apart where
    # another person of that surname is named ("Tarrow" beside "Sen. Bo Tarrow" and his aunt "Ivy Tarrow").
    "a role for the titled person a surname alone named last": dict(
        text="Sen. Bo Tarrow came to Avalon in April to cheer the ferry workers. His aunt, Ivy Tarrow, ran the pier "
             "for years.\n\nSen. Ada Quill backs the levy.\n\n“The pier will stay open,” Tarrow told me.\n\n"
             "The senator said the levy was dead.",
        rows={"the levy was dead": {"speaker": "Bo Tarrow"}}),
    # British and Indian headlines open with the words quoted and a colon, then who said them; not
    # where no one follows ("‘Chaos’: the week the ferry stopped").
    "a headline's quoted words before a colon and the clause of who said them": dict(
        text="‘It’s a disaster’: Avalon farmers count cost of floods\n\nThe storm hit New Avalon on Monday.",
        rows={"It’s a disaster": {"speaker": "Avalon farmers", "kind": "direct", "cue": ":"}}, n=1),
    "no speaker after a headline's quoted words and colon": dict(
        text="‘Chaos’: the week the ferry stopped\n\nThe storm hit New Avalon on Monday.", rows={}, n=0),
    # "reckon" (British, Irish, Australian) reports a belief as "think" does; "confide", "divulge",
    # "confess" and Indian English's "intimated" frame a that-clause; "reckoned with the storm" and
    # "confessed the theft" report nothing.
    "reckon, confide, divulge, confess and intimated": dict(
        text="Ada Quill reckoned the pier would close by June. Tom Becker confided that the levy was dead. "
             "The harbourmaster divulged that the ferry was sold. Ravi Kessler intimated that he would resign. "
             "Mira Holt confessed that she had voted twice. The council reckoned with the storm. "
             "Bo Tarrow confessed the theft.",
        rows={"the pier would close": {"speaker": "Ada Quill", "cue": "reckoned"},
              "the levy was dead": {"speaker": "Tom Becker", "cue": "confided"},
              "the ferry was sold": {"cue": "divulged"},
              "he would resign": {"speaker": "Ravi Kessler", "cue": "intimated"},
              "she had voted twice": {"speaker": "Mira Holt", "cue": "confessed"}}, n=5),
    # Nigerian, Indian and Pakistani papers: "According to him" stands for the person before; "said this
    # while …" repeats an attribution and reports no words; the name beside a role set off by commas
    # speaks a participle's words (tests/fixtures/quotes/reported/riverine_ferry.txt has them together).
    "according to him, said this, and a name beside a role": dict(
        text="Mr Tunde Bakare said the ferry was safe. Bakare said this while speaking with journalists on "
             "Monday. According to him, the pier will open in May.\n\nAlso speaking, a community leader, Chief "
             "Musa Bello, commended the governor, describing the pier as “a dream come true”.",
        rows={"the ferry was safe": {"speaker": "Tunde Bakare"}, "the pier will open": {"speaker": "Tunde Bakare"},
              "a dream come true": {"speaker": "Musa Bello"}}, n=3),
    # A verb whose object is mostly a thing reports a clause without "that" where a noun phrase and a
    # finite verb open it; not a thing, a relative clause without "that", a wh-phrase nor a day. ("touted how far the
    # levy had come" is no such clause, but "tout" reports its object as the thing put forward.)
    "a clause without that after confirmed, revealed or announced": dict(
        text="Treasurer Bo Tarrow later confirmed the budget would include new ferries. Police revealed the "
             "driver had died. The council announced a deal to save the pier. Quill repeated the attacks they "
             "have aired. Becker touted how far the levy had come. A merger announced Monday would close the yard.",
        rows={"the budget would include": {"speaker": "Bo Tarrow", "cue": "confirmed"},
              "the driver had died": {"speaker": "police", "cue": "revealed"},
              "how far the levy": {"speaker": "Becker", "cue": "touted", "content": "how far the levy had come"}},
        n=3),
    # The one told may be a station's programme, a possessor's phrase or a phrase a clause follows
    # ("tell" takes both); "when asked about …" after it says when, not what.
    "the one told before a clause, and when asked": dict(
        text="Ms Hollis told ABC Radio Avalon's Breakfast program the budget would be released next month. Quill "
             "told Becker's wife the levy was dead. “It is fair game,” Becker told the Avalon Herald's morning "
             "podcast when asked about the levy.",
        rows={"the budget would be released": {"speaker": "Hollis",
                                               "addressee": "ABC Radio Avalon's Breakfast program"},
              "the levy was dead": {"speaker": "Quill", "addressee": "Becker's wife"},
              "It is fair game": {"speaker": "Becker"}}, n=3),
    # "…, with X calling it …" (an absolute clause whose participle is a verb of saying) is no part of
    # the words before it: its own speaker says what follows; other "with" clauses stay in the words.
    "an absolute clause of saying after reported words": dict(
        text="The union said its members had not been consulted, with secretary Kate Moss labelling the plan "
             "“a joke”. The poll showed Quill ahead, with 40 percent backing her.",
        rows={"its members had not been consulted": {"content": "its members had not been consulted",
                                                      "speaker": "union"},
              "a joke": {"speaker": "Kate Moss"},
              "Quill ahead": {"content": "Quill ahead, with 40 percent backing her"}}),
    # Words reported inside another speaker's end at that speaker's frame after a comma ("…, Quill
    # said.", "…, records show."); not at a comma inside a number nor at a relative clause's verb.
    "words reported inside a frame that ends the sentence": dict(
        text="The findings suggest that shift schedules should be redesigned, Quill said. He agreed to sell the "
             "ferry in 2010, records show. Officials reported that 1,100 tickets were sold.",
        rows={"shift schedules": {"content": "shift schedules should be redesigned", "cue": "suggest"},
              "The findings suggest": {"speaker": "Quill", "cue": "said"},
              "to sell the ferry": {"content": "to sell the ferry in 2010"},
              "1,100 tickets were sold": {"content": "1,100 tickets were sold"}}),
    # "the authors", "the candidates": several people of a role, an unnamed source, not an unresolved one.
    "a plural role is an unnamed source": dict(
        text="The fictional study tracked 1,200 ferry workers. Crews on night shifts fared worst, the authors wrote.",
        rows={"Crews on night shifts": {"speaker": "authors", "speaker_kind": "unnamed source"}}, n=1),
    # A role set off by commas after a name ("Tom Becker (D-Md.), chair of the Platform Committee, said")
    # stands for that name; not a source after a name that ends the words ("… to Quill, analysts said").
    "a role set off by commas beside a name": dict(
        text="“We will not wait,” she said.\n\nRep. Tom Becker (D-Md.), chair of the Platform Committee, said that "
             "it was “100 percent” fair. The pier will be sold to Bo Tarrow, analysts said.",
        rows={"100 percent": {"speaker": "Tom Becker"}, "The pier will be sold": {"speaker": "analysts"}}),
    # An office the article names no one to ("the judge" where no Judge is named) is an unnamed
    # source, not the last person named; a titled one is that person.
    "a judge no one is named to": dict(
        text="In a statement, his lawyer, Tomas Brenner, said his client was innocent.\n\nThe judge told the court: "
             "“This was a grave breach of trust.”\n\nIn another case, Magistrate Ada Quill opened the hearing. The "
             "magistrate said the pier was unsafe.",
        rows={"his client was innocent": {"speaker": "Tomas Brenner"},
              "This was a grave breach": {"speaker": "judge", "speaker_kind": "unnamed source"},
              "the pier was unsafe": {"speaker": "Ada Quill"}}),
    # "lamented" and "bemoaned" frame a that-clause as "complained" does; their bare object is a thing.
    "lament and bemoan as verbs of saying": dict(
        text="Ada Quill lamented that the ferry was late again. Tom Becker bemoaned that the pier stays shut. "
             "Quill also lamented the loss of the old harbour.",
        rows={"the ferry was late": {"speaker": "Ada Quill", "cue": "lamented"},
              "the pier stays shut": {"speaker": "Tom Becker", "cue": "bemoaned"}}, n=2),
    # "As the paper noted, …" frames what follows as "As Ada Quill said, …" does; so does "as" after
    # a clause and a conjunction.
    "an as-frame with a determiner, or after a conjunction": dict(
        text="As the Avalon Gazette noted, Quill raised more than $1.1 million for the town. Harbour staff can "
             "still get in trouble, and as Becker noted, people involved in the case could still face sanctions.",
        rows={"Quill raised": {"speaker": "Avalon Gazette", "cue": "noted"},
              "people involved": {"speaker": "Becker", "cue": "noted"}}, n=2),
    # "reportedly" marks its clause as reported by no one named (PolNeAR's annotators: the adverb the cue, no
    # source), up to a semicolon; not in a relative clause, nor where a frame after it reports the clause.
    "reportedly in a semicolon's part, a relative clause, and before a frame": dict(
        text="Police reportedly recovered a knife from a bin near Dorwick Street. The ferry was reportedly sold; the "
             "pier stays shut. For the mayor, who reportedly wants a new pier, the question is money. The levy is "
             "reportedly dead, officials said.",
        rows={"Police reportedly": {"cue": "reportedly", "speaker": None, "speaker_kind": "unresolved",
                                    "content": "Police reportedly recovered a knife from a bin near Dorwick Street"},
              "The ferry was": {"cue": "reportedly", "content": "The ferry was reportedly sold"},
              "The levy is": {"cue": "said", "speaker": "officials"}}, n=3),
    # A relative clause or a participle phrase after the comma is no frame closing the sentence, though a cue's form
    # is in it ("support"): the clause "reportedly" reports stays unattributed to anyone named.
    "reportedly before a relative clause or a participle": dict(
        text="Ada Quill is reportedly ahead in the Dorwick district, which could help boost Tarn's support. Bo Tarn is "
             "reportedly unhappy, putting those who support him in a weak position.",
        rows={"Ada Quill is": {"cue": "reportedly", "speaker": None,
                               "content": "Ada Quill is reportedly ahead in the Dorwick district"},
              "Bo Tarn is": {"cue": "reportedly", "content": "Bo Tarn is reportedly unhappy"}}, n=2),
    # "pledged" before "delegates" is an adjective (the delegates bound to a candidate), no one pledging.
    "pledged delegates": dict(
        text="In Avalon, 60 pledged delegates were at stake. Ada Quill holds a large pledged delegate lead over Bo "
             "Tarn. Quill pledged to fix the Dorwick pier.",
        rows={"to fix": {"cue": "pledged", "speaker": "Ada Quill"}}, n=1),
    # "alleged" before a noun of one said to have done wrong is an adjective ("abuse alleged suspects", sample U's
    # 3434; "put alleged terrorist mastermind …", sample F's), and so is a participle after a preposition that is no
    # verb's particle ("over alleged money laundering", "regarding alleged unwanted advances"): no one alleging. A
    # belief after it in the same sentence is found again.
    "alleged before the one said to have done wrong": dict(
        text="Guards at the Dorwick gate threaten and abuse alleged smugglers  ignore the courts and go unpunished "
             "because Odo Penhallow believes they can. The council put alleged ringleader Bo Tarn on a watch list. "
             "Tarn was held over alleged fraud at the pier. Ada Quill's book regarding alleged threats from Piet "
             "Marsh sold well. Quill alleged that the guards had lied.",
        rows={"they can": {"cue": "believes", "speaker": "Odo Penhallow"},
              "the guards had lied": {"cue": "alleged", "speaker": "Ada Quill"}}, n=2),
    # "find" after a modal or "to" and a bare noun phrase is a thing sought, no finding; a judgement with its object
    # and an inquiry's "no evidence that" stay.
    "find a thing after a modal": dict(
        text="Young Avalon fishermen often can’t find jobs that pay. Bo Tarn will find very little sympathy in "
             "Dorwick. Voters may find the Dorwick plan appealing. Ada Quill could find no evidence that the pier "
             "was safe.",
        rows={"the Dorwick plan": {"cue": "find", "speaker": "voters"},
              "the pier was safe": {"cue": "find", "speaker": "Ada Quill"}}, n=2),
    # A comma inside a number opens no clause for "reportedly": the clause was "500 Avalon fishermen have …".
    "reportedly after a number with a comma": dict(
        text="Since 2015, 12,500 Avalon fishermen have reportedly left the Dorwick harbour.",
        rows={"12,500": {"cue": "reportedly", "speaker": None,
                         "content": "12,500 Avalon fishermen have reportedly left the Dorwick harbour"}}, n=1),
    # A verb of belief or intention inside the words a verb of speech reports is part of what that source said, no
    # row of its own ("said she thinks …", "officials said Marsh plans to …", "… wants to run, according to aides"); a
    # verb of speech there keeps its row, and so does a verb of belief inside the words of another verb of belief.
    "a belief or intention inside reported words": dict(
        text="Harbour master Ada Quill said she thinks the Marrowby levy is fair. Officials said Piet Marsh plans to "
             "resign. Tom Becker said Marsh told him the pier was safe. Ines Dorwick hopes the pier reopens, even as "
             "she understands how hard it is. Bo Tarrow wants to run for mayor, according to aides.",
        rows={"she thinks": {"cue": "said", "speaker": "Ada Quill", "content": "she thinks the Marrowby levy is fair"},
              "Piet Marsh plans": {"cue": "said", "speaker": "officials"},
              "Marsh told him": {"cue": "said", "speaker": "Tom Becker"},
              "the pier was safe": {"cue": "told", "speaker": "Piet Marsh"},
              "the pier reopens": {"cue": "hopes", "speaker": "Ines Dorwick"},
              "how hard": {"cue": "understands", "speaker": "Ines Dorwick"},
              "Bo Tarrow wants": {"cue": "according to", "speaker": "aides"}}, n=7),
    # The clause "reportedly" reports opens where its frame found it, after a quotation closing before it in the
    # sentence: its words were looked for again from the sentence's start, and were "Ada Quill called the plan".
    "reportedly after a quotation in its sentence": dict(
        text="Ada Quill called the plan “a gift to developers” and the Tarnby council reportedly shelved it on Monday.",
        rows={"a gift": {"speaker": "Ada Quill", "cue": "called"},
              "and the Tarnby": {"cue": "reportedly", "speaker": None,
                                 "content": "and the Tarnby council reportedly shelved it on Monday"}}, n=2),
    # A possessor and a noun of words said before a colon and a quote: the possessor speaks ("His advice to the
    # council:" had been the council's, "Her verdict:" no one's).
    "a possessor's verdict before a colon": dict(
        text="Ada Quill, the harbour master, has watched the ferry decline. Her verdict: “It is a scandal.” Bo Tarn "
             "runs the fish market. His advice to the council: “Fix the pier.” Quill’s message was simple: “Act now.”",
        rows={"It is a scandal": {"speaker": "Ada Quill", "kind": "direct"},
              "Fix the pier": {"speaker": "Bo Tarn"}, "Act now": {"speaker": "Ada Quill"}}, n=3),
    # "So says X" after a quote, in its paragraph or opening the next, names the quote's speaker: "So" points back at
    # the words before and the verb is inverted.
    "so says after a quote": dict(
        text="Ada Quill, 81, has ridden the Dorwick ferry every morning since 1962.\n\n“It is the best thing that ever "
             "happened to this town.”\n\nSo says the 81-year-old, who never learned to drive.\n\nBo Tarn is less "
             "sure. “The fares are a scandal.” So says Tarn, 64, a retired postman.",
        rows={"It is the best": {"speaker": "Ada Quill", "cue": "says", "kind": "direct"},
              "The fares are": {"speaker": "Bo Tarn", "cue": "says", "speaker_description": "a retired postman"}},
        n=2),
    # Adverbs of frequency without "-ly" stand between a speaker and the verb as "often" does ("Ada Quill sometimes
    # says" had the speaker "Ada Quill sometimes"; "has always maintained" had no row).
    "an adverb of frequency before the verb": dict(
        text="Ada Quill sometimes says the pier is unsafe. Bo Tarn has always maintained he was innocent. The "
             "harbour board seldom admits that fares rose.",
        rows={"the pier is unsafe": {"speaker": "Ada Quill"}, "he was innocent": {"speaker": "Bo Tarn"},
              "fares rose": {"speaker": "harbour board"}}, n=3),
    # "…, as Ada Quill has acknowledged.": "as" after a comma, then a verb of speech that ends the sentence (when, or
    # a phrase of where, at most), reports the clause before the comma, and ends another frame's words there; not
    # "as" of time or manner ("as she said goodbye", "as Tarn testified before the board").
    "a trailing as-frame": dict(
        text="The ferry will be sold by the spring, as Ada Quill has acknowledged. Officials said the pier would "
             "close, as the Dorwick Herald reported in its Sunday edition. The crowd cheered, as she said goodbye. "
             "Fares rose, as Bo Tarn testified before the board.",
        rows={"The ferry will be sold": {"speaker": "Ada Quill", "content": "The ferry will be sold by the spring"},
              "the pier would close": {"speaker": "officials", "content": "the pier would close"},
              "Officials said the pier": {"speaker": "Dorwick Herald", "cue": "reported"}},
        absent="crowd cheered|Fares rose", n=3),
    # A comma inside the closing mark of a quoted word ends the reported words after the mark, in
    # curly marks and in two apostrophes (NYT's house style) alike; a participle after it hangs on
    # the clause.
    "a comma inside a closing mark before a participle": dict(
        text="In October, Mr. Becker told investors that concerns about the pier were ''overblown,'' adding that "
             "it had ''significant upside.'' Ms. Quill told the board that the levy was “reckless,” adding that it "
             "would not pass.",
        rows={"concerns about the pier": {"content": "concerns about the pier were ''overblown,''", "cue": "told"},
              "significant upside": {"cue": "adding"},
              "the levy was": {"content": "the levy was “reckless,”", "cue": "told"}}),
    # A quote after a sentence that opens with its speaker and reports a that-clause is that
    # speaker's, not the last quoted speaker's.
    "a quote after a that-clause's sentence": dict(
        text="“I never met them,” Becker replied.\n\nQuill seemed taken aback and mentioned that Becker’s picture "
             "had been on the ferry firm’s site. “Does that not speak to your judgment?”",
        rows={"Does that not speak": {"speaker": "Quill", "kind": "direct"}}),
    # A quote that is a sentence of its own, with no frame and no quote before it, is the speaker's
    # of the sentence before it: a frame its speaker opens ("praised", "said critics had …"),
    # one after the words it closes ("…, Nia Brant said as she walked away"), not a thought
    # ("did not understand"), not a speaker inside the words reported, and not after the headline.
    "a quote after its speaker's sentence": dict(
        text="Quill Hails Pier\n\n“It is our pier again, and this time it will stay open all winter.”\n\n"
             "Mayor Ada Quill praised the new pier on Monday.\n\n“We have waited a long time for this harbour "
             "to come back to life.”\n\nCouncillor Tom Becker said critics had predicted the levy would fail.\n\n"
             "“Nobody on the council wants to pay for a pier nobody uses.”\n\n"
             "Her friends mocked the pier, calling it “a plank,” Nia Brant said as she walked away.\n\n"
             "“But it is our plank, and we love it!”\n\nSome residents did not understand the levy.\n\n"
             "“There was never a letter about it from anyone at the town hall.”\n\n“Vote Yes.”",
        rows={"We have waited": {"speaker": "Ada Quill", "kind": "direct"},
              "Nobody on the council": {"speaker": "Tom Becker", "kind": "direct"},
              "But it is our plank": {"speaker": "Nia Brant"},
              "There was never": {"speaker_kind": "unresolved"},
              "It is our pier again": {"speaker_kind": "unresolved"},
              "Vote Yes": {"speaker_kind": "unresolved"}}),
    # A question after a frame and a colon is that frame's, not the speaker's of the next sentence
    # that reports words of its own; a question with no frame before it still takes the frame after.
    "a question after a colon's frame": dict(
        text="The council asked why the pier had closed. Quill, exasperated, famously responded: “What "
             "difference does it make?” Her critics cited it as evidence that she did not care.\n\n"
             "“Who will pay for it?” Becker asked the harbour master at the meeting.",
        rows={"What difference": {"speaker": "Quill", "cue": "responded"},
              "Who will pay": {"speaker": "Becker", "cue": "asked"}}),
    # Quoted words inside a that-clause are a mixed quote, also where when and where it was said
    # stand before "that"; words after a medium and a colon are still a direct quote.
    "a fragment in a that-clause after when and where": dict(
        text="Tom Becker told a rally on Saturday that the fight was “far from over”. Quill said in a statement "
             "on Monday that the levy was “a disgrace.” Quill said on Avalon Radio: “We are done.”",
        rows={"far from over": {"kind": "mixed", "speaker": "Tom Becker"}, "a disgrace": {"kind": "mixed"},
              "We are done": {"kind": "direct"}}),
    # Indian English: "further" between the speaker and the verb, and "termed" with a quoted
    # judgement, as "called" does; "term" the noun frames nothing.
    "further stated, and termed": dict(
        text="Opposition leader Meera Nair termed the package “an eyewash”. Mr Mathew further stated that "
             "workers had not been paid. His first term ended in May.",
        rows={"an eyewash": {"kind": "mixed", "speaker": "Meera Nair", "cue": "termed"},
              "workers had not": {"speaker": "Mathew", "speaker_kind": "named person"}}, n=2),
    # A relative clause after a quoted phrase describes the phrase: its verb frames none of it.
    "a relative clause after a quoted phrase": dict(
        text="The harbour now has ferries, cafes and “citizen sailors” who promote the island. Ads cast Quill "
             "as an “honorable choice” who favors free ferries. “We will sail,” Quill said.",
        rows={"We will sail": {"speaker": "Quill"}}, n=1),
    # The person named beside a role set off by commas speaks, also where more of the description
    # follows the name, and two people so named speak together; a phrase no list knows opening its
    # sentence speaks across a description set off by commas ("A pilot, a veteran of …, said").
    "a person named beside a role, with more after the name": dict(
        text="The study's lead author, Dr Ada Quill of the University of Avalon, said the results surprised "
             "her team. Two harbour analysts, Bo Tarn and Nia Brant, found that the pier was sound. A pilot, "
             "a veteran of the harbour, said the fog would lift.",
        rows={"the results surprised": {"speaker": "Ada Quill", "speaker_description": "The study's lead author"},
              "the pier was sound": {"speaker": "Bo Tarn and Nia Brant"},
              "the fog would lift": {"speaker": "pilot", "speaker_description": "a veteran of the harbour"}}),
    # In single-quote house styles the closing mark after the comma is no part of the role that
    # describes the person named beside it (it was "’ the council leader").
    "a role and a name after a single-quoted quote": dict(
        text="‘The night ferry is a lifeline,’ the council leader, Maren Oduya, told the meeting. "
             "'We have waited too long,' the port's spokesman, Piet Marsh, said.",
        rows={"The night ferry is a lifeline": {"speaker": "Maren Oduya", "speaker_description": "the council leader"},
              "We have waited too long": {"speaker": "Piet Marsh", "speaker_description": "the port's spokesman"}}),
    # One word said after its frame and a comma is an utterance, with a comma after it too; "jeer"
    # frames a quote as a manner of speaking.
    "one word shouted, and a jeer": dict(
        text="When a man in the crowd shouted, “Becker,” Quill laughed. Quill circled the pier as her friends "
             "jeered, “Goodbye!”",
        rows={"Becker": {"kind": "direct", "cue": "shouted"}, "Goodbye": {"kind": "direct", "cue": "jeered"}}),
    # "continue" with a determiner's phrase goes on with an activity: no words reported; with a
    # clause it reports one.
    "continue with an activity": dict(
        text="Howard continued his scathing remarks. Becker continued that the plan was fine. Quill continued "
             "her push for the levy on Monday.",
        rows={"the plan was fine": {"speaker": "Becker", "cue": "continued"}}, n=1),
    # "continue" before another verb after "to" or "and", or before a quotation opening with "to", goes on doing,
    # no words (a verb of saying after "to" makes its own frame); nor is a relative "that" after the phrase of an
    # activity the opening of a clause.
    "continue before another verb, or an activity's relative clause": dict(
        text="Ada Quill said she is certain Tom Reed will continue to be “a champion for the harbour.” Despite the "
             "fog, the ferries continue to sail. Reed and Tarn continued a fierce contest in Avalon that is likely to "
             "decide the race. Bo Becker continued to insist that the levy was fair.",
        rows={"a champion for the harbour": {"kind": "mixed", "speaker": "Ada Quill", "cue": "said"},
              "the levy was fair": {"speaker": "Bo Becker"}}, n=2),
    # "advise" reports advice given: a gerund, or after its object "to", "that", "how" or a quotation; an object and
    # no more is a client ("who has advised Ada Quill", "is advising Harbour Lines on its sale to …"), no words.
    "advice given, not a client advised": dict(
        text="Bo Tarn, an economist who has advised Ada Quill, said the levy would pass. The firm is advising Harbour "
             "Lines on its sale to Avalon Ferries. Quill advised the council to wait. Doctors advise staying home.",
        rows={"the levy would pass": {"speaker": "Bo Tarn"}, "the council to wait": {"cue": "advised"},
              "staying home": {"cue": "advise"}}, n=3),
    # "charge" with a sum, "more/less than" or a fee after it is a price asked, no accusation; a sum after "with"
    # or "that" is the charge's.
    "a price charged, not a charge made": dict(
        text="The Harrowgate Club charged a $50,000 initiation fee. Mayor Tarn has charged the campaign more than "
             "that. Tarn charged his campaign for rent at the tower. Quill charged that the council had raised its "
             "fees. Police charged Tarn with stealing $5,000 from the club.",
        rows={"the council had raised its fees": {"speaker": "Quill", "cue": "charged"},
              "Tarn with stealing": {"cue": "charged"}}, n=2),
    # "write" with a particle ("written off", "written into the law") or "written by" after a comma (the author of a
    # thing the clause names) puts no words on record.
    "a thing written, not words": dict(
        text="The play is a comedy, written and directed by Nia Brant. The council has written off the old pier. "
             "“We will sail,” Reed wrote.",
        rows={"We will sail": {"speaker": "Reed", "cue": "wrote"}}, n=1),
    # "As X told Y, …": the one told stands between the frame and its comma.
    "an as-frame with the one told": dict(
        text="As Quill told the Port Avalon Daily News, tax relief is given in exchange for jobs.",
        rows={"tax relief": {"speaker": "Quill", "cue": "told"}}, n=1),
    # A poll opening its sentence is the source of the clause after its comma (and of an aside
    # on how it was made); not where "poll" is no head of the phrase.
    "a poll opening its sentence": dict(
        text="In an Avalon Gazette poll released Monday, 50 percent of voters chose Ada Quill. In the latest "
             "survey, conducted in May, Quill led by nine points. In a memo released as polls closed, the "
             "council thanked its staff.",
        rows={"50 percent": {"speaker span": "an Avalon Gazette poll released Monday", "cue": "In"},
              "Quill led": {"speaker span": "the latest survey", "cue": "In"}}, n=2),
    # A poll after "in" at the end of a clause is the source of the clause before it; not of a phrase with no verb
    # set off before a comma (fronted or an aside), nor of a clause another speaker's verb reports, nor where the
    # clause goes on after the poll; after an earlier poll's phrase, the clause that follows it.
    "a poll ending its clause": dict(
        text="Ada Quill leads Bo Tarn by nine points in the latest Avalon Gazette poll. Tarn has sagged in the polls. "
             "Despite his low standing in the polls, Tarn sounded upbeat. Bo Tarn, the leader in rural polls, "
             "visited the pier. Piet Marsh said Tarn trails in most surveys. Islanders in the survey back the levy. "
             "Quill rose in one poll, and Tarn fell in another survey.",
        rows={"Ada Quill leads": {"content": "Ada Quill leads Bo Tarn by nine points",
                                  "speaker span": "the latest Avalon Gazette poll", "cue": "in"},
              "Tarn has sagged": {"content": "Tarn has sagged", "speaker span": "the polls", "cue": "in"},
              "Tarn trails": {"speaker": "Piet Marsh", "cue": "said"},
              "Quill rose": {"content": "Quill rose", "speaker span": "one poll"},
              "Tarn fell": {"content": "Tarn fell", "speaker span": "another survey"}},
        absent="Despite|Bo Tarn,|Piet Marsh|Islanders", n=5),
    # Headlines: quoted words, a second verb, the verb last, a place or a role's phrase speaking.
    "headline forms": dict(
        text="Ada Quill Says Pier Is Safe, Calls Levy ‘Reckless.’\n\nThe council met on Monday.\n\n"
             "Ferry Plan Is Like a Sinking Ship, Tom Becker Says.\n\nThe ferry left late.\n\n"
             "Harbour County Says Quill Should Win Ferry Vote\n\nThe vote is on Friday.\n\n"
             "Former Avalon Pollster Says Quill Is In Trouble\n\nPolls open at nine.",
        rows={"Pier Is Safe": {"speaker": "Ada Quill", "content": "Pier Is Safe"},
              "Ferry Plan": {"speaker": "Tom Becker", "content": "Ferry Plan Is Like a Sinking Ship"},
              "Quill Should Win": {"speaker": "Harbour County"},
              "Quill Is In Trouble": {"speaker span": "Former Avalon Pollster"}}, n=4),
    # What one cites as a reason or as evidence is what one said ('…, citing safety concerns', 'cited the rising cost of
    # fuel'), without speech_acts too; not a reduced relative's or a passive's participle ('the study cited in
    # Quill's tweet'), nor a relative clause's verb ('documents she cited or time to reply').
    "a reason or evidence cited": dict(
        text="Marsh Ferries withdrew from the Avalon harbour deal on Monday, citing safety concerns. Ada Quill "
             "cited the rising cost of fuel for the winter ferries. The study cited in Quill's tweet does not exist. "
             "The board denied Tom Becker the documents he cited or time to reply.",
        rows={"safety concerns": {"speaker": "Marsh Ferries", "cue": "citing", "kind": "indirect"},
              "the rising cost": {"speaker": "Ada Quill", "cue": "cited"}},
        absent="in Quill's tweet|or time", n=2),
    # A possessor's claim, argument, response or point "is/was that …" frames the clause after "that" as the
    # possessor's words, the phrase a subject too ("Rubio's response was that …"); not "that which".
    "a possessor's claim was that": dict(
        text="Ada Quill's response was that the Avalon pier was safe. Tom Becker's point was that the levy would "
             "fall on riders. Quill's view is that which the board rejected.",
        rows={"the Avalon pier was safe": {"speaker": "Ada Quill", "cue": "response", "kind": "indirect"},
              "the levy would fall": {"speaker": "Tom Becker", "cue": "point"}},
        absent="which the board", n=2),
    # "point to" as "cite": what one points to as evidence ('As proof, Quill pointed to …', 'critics point to …'); not
    # the noun "point" ('at one point to wave'), nor a relative clause's verb ('the trends Democrats point to with
    # alarm').
    "evidence pointed to": dict(
        text="As proof, Ada Quill pointed to attacks on her campaign funded by two ferry owners. Critics of the Avalon "
             "levy point to harbour charities that fund it. Tom Becker interrupted himself at one point to wave to "
             "his family. The very fare trends Avalon riders point to with alarm worry the board.",
        rows={"attacks on her campaign": {"speaker": "Ada Quill", "cue": "pointed to", "kind": "indirect"},
              "harbour charities": {"speaker span": "Critics of the Avalon levy", "cue": "point to"}},
        absent="wave|with alarm", n=2),
    # Words called out are words even in title case ('chanting “Dump Becker”'), not a title as a programme's or a
    # song's are ('sang “Let It Be”').
    "a chant in title case": dict(
        text="About 200 protesters gathered outside the Avalon ferry office, holding signs and chanting "
             "\"Dump Becker.\" Later the crowd shouted “Build The Pier” as Ada Quill spoke. Fans sang “Let It Be” "
             "after the match.",
        rows={"Dump Becker": {"speaker span": "protesters", "cue": "chanting", "kind": "direct"},
              "Build The Pier": {"speaker span": "the crowd", "cue": "shouted"}},
        absent="Let It Be", n=2),
    # A forecast or an order reports the clause of a "that" right after it ("forecast that", "projected that", "ordered
    # that"), and what one set out a question after it ("outlined how"); not a "that" of a relative clause further on,
    # nor the plural nouns ("the forecasts that Becker reads").
    "a forecast, an order or an outline": dict(
        text="Avalon's harbour analysts forecast that ferry fares would rise. The board projected that the pier would "
             "close in May. Judge Ada Quill ordered that the ferry files be released. Tom Becker outlined how the "
             "levy could be cut. Becker projected the calm that had defined his campaign. Quill ordered the release "
             "of papers that showed the board lied. The weather forecasts that Becker reads are wrong.",
        rows={"ferry fares would rise": {"speaker span": "analysts", "kind": "indirect"},
              "the pier would close": {"speaker span": "The board", "content": "the pier would close in May"},
              "the ferry files": {"speaker": "Ada Quill", "content": "the ferry files be released"},
              "how the levy": {"speaker": "Tom Becker", "cue": "outlined"}},
        absent="had defined|Becker reads", n=5),
    # Headline verbs of disclosure and the past forms ("Report Reveals …", "Ada Quill Explained Why …"); not "Tells"
    # or "Calls", whose object may be the one spoken to or a thing.
    "headline verbs of disclosure and in the past": dict(
        text="Harbour Report Reveals Ferry Board Ignored Storm Warnings\n\nThe report ran to 90 pages.\n\n"
             "Ada Quill Explained Why She Left The Avalon Ferry Board\n\nQuill left in May.\n\n"
             "Tom Becker Tells Ferry Riders Fares Will Fall\n\nRiders were doubtful.",
        rows={"Ferry Board Ignored": {"speaker span": "Harbour Report", "cue": "Reveals", "kind": "indirect"},
              "Why She Left": {"speaker": "Ada Quill", "cue": "Explained",
                               "content": "Why She Left The Avalon Ferry Board"}},
        absent="Ferry Riders|Fares Will Fall", n=2),
    # "that" and an aside set off by commas open the reported clause, right after the verb or after
    # where it was said; not a "that" of the object, nor one a finite verb follows after its aside.
    "that and an aside": dict(
        text="Ada Quill said in a statement on Monday that, if the levy passes, the ferry will close. Officials say "
             "the ferry is a link with a town that, in winter, is cut off. Tom Becker suggested that, and not the "
             "levy, was the problem.",
        rows={"if the levy passes": {"content": "if the levy passes, the ferry will close", "speaker": "Ada Quill",
                                     "cue": "said"}}, absent="^(?:in winter|and not the)"),
    # Tabloid style: unnamed sources by a noun or a number word ("One wrote"), no person called "One".
    "a source, a pal and one of the fans": dict(
        text="A source told the Avalon Star: “Kees is heartbroken.” A pal revealed: “They argued for months.” "
             "Fans were quick to react. One wrote on X: “Gutted for them both.”",
        rows={"Kees is": {"speaker": "source", "speaker_kind": "unnamed source"},
              "They argued": {"speaker": "pal", "cue": "revealed"},
              "Gutted": {"speaker_kind": "unnamed source", "speaker span": "One"}}, n=3),
    # Sports reports: a club's "boss" before the name, after an inverted verb.
    "a club and its boss": dict(
        text="Avalon Rovers won on Saturday. “We showed character,” said Rovers boss Tom Becker.",
        rows={"We showed": {"speaker": "Tom Becker", "speaker span": "boss Tom Becker"}}, n=1),
    # Sports and crime reports: "the 47-year-old" is the person whose age the article gave after their name
    # (never merely the last one named); a verb of manner after a quote ("he grinned") frames it.
    "an age for a name and a grin": dict(
        text="City manager Ada Quill, 47, was left to rue missed chances. “We should have been out of sight,” the "
             "47-year-old told BBC Radio Avalon. Kees Mol scored twice. “I only found out this morning,” he grinned. "
             "“It's a dream,” said the 52-year-old.",
        rows={"We should have": {"speaker": "Ada Quill", "speaker span": "the 47-year-old"},
              "I only found out": {"speaker": "Kees Mol", "cue": "grinned"},
              "It's a dream": {"speaker_kind": "unresolved"}}, n=3),
    # An auxiliary is no head of an unnamed source's phrase ("the harbour master had", "many candidates have").
    "an auxiliary after a phrase no list knows": dict(
        text="Ada Quill said the harbour master had told her: ‘We are not ready.’ Many skippers have said they "
             "would stay away.",
        rows={"We are not ready": {"speaker span": "the harbour master"},
              "they would stay away": {"speaker": "skippers", "speaker span": "Many skippers"}}),
    # A quote on its own after a sentence saying that someone issued a statement is that statement's words,
    # the issuer's (not the possessor in a fronted phrase: "At Quill's direction, the union …").
    "a statement issued, then its words": dict(
        text="Ferry strike\n\nThe strike entered its third week.\n\nAt Ada Quill’s direction, the harbour union "
             "released a statement on Tuesday.\n\n“We will not go back until the offer is fair.”\n\nTom Becker "
             "put out a lengthy message late on Wednesday. “Our members have voted to accept the offer.”",
        rows={"We will not go back": {"speaker": "harbour union", "speaker_kind": "organisation"},
              "Our members": {"speaker": "Tom Becker"}}, n=2),
    # "I" and "we" outside quotation marks are the author (an op-ed's writer, a reporter's own account, the
    # outlet), counted apart from the sources and from the speakers not found; inside a quote, the speaker.
    "the author's first person": dict(
        text="Opinion: the levy must go\n\nI have lived in Avalon for forty years. I believe the levy has failed. "
             "We asked our readers what they thought.\n\n“I will not pay it,” Tom Becker said.",
        rows={"the levy has failed": {"speaker": "the author", "speaker_kind": "author", "speaker span": "I"},
              "what they thought": {"speaker": "the author", "speaker span": "We"},
              "I will not pay": {"speaker": "Tom Becker"}}),
    # A plea in court is no reported clause ("admitted fraud"); what is admitted with a clause is.
    "admitted an offence": dict(
        text="Tom Becker, 52, of Mill Lane, admitted fraud at Avalon Crown Court on Friday. Becker admitted he "
             "had taken the money.",
        rows={"he had taken": {"content": "he had taken the money", "speaker": "Tom Becker"}}, n=1),
    # Wires report another outlet's quote with a passive: "was quoted (by …) as saying"; its subject
    # speaks and the cue runs from the auxiliary (the quote had no row, or no speaker).
    "quoted as saying": dict(
        text="“The port is open again,” harbour master Ada Quill was quoted as saying by the Avalon Herald. "
             "“Nobody wins a strike.”\n\nTom Becker was quoted by local radio as calling the deal “too little, too "
             "late.” He has been quoted as saying the fares would rise.",
        rows={"The port is open": {"speaker": "Ada Quill", "cue": "was quoted as saying", "kind": "direct"},
              "Nobody wins": {"speaker": "Ada Quill"},
              "too little": {"speaker": "Tom Becker", "cue": "was quoted by local radio as calling", "kind": "mixed"},
              "the fares would rise": {"speaker": "Tom Becker", "cue": "has been quoted as saying"}}, n=4),
    # "called" after a relative pronoun reports what its antecedent called something, as tabloid copy writes a row
    # ("a critic who called his new restaurant “a disaster”" gave the words to the chef, "hit back" the cue); a thing
    # named after its noun reports nothing ("a group called Friends of the Pier").
    "called after a relative pronoun": dict(
        text="Celebrity chef Marco Bellini has hit back at a critic who called his new restaurant “a disaster”. A "
             "group called Friends of the Pier met on Monday.",
        rows={"a disaster": {"speaker": "critic", "cue": "called", "kind": "mixed"}}, n=1),
    # After "told", people no list of audiences holds, bare, before the reported clause are the ones told ("told
    # pals he was gutted", as tabloid and celebrity copy write it; the words had held 'pals'); not a thing told.
    "told people no list holds": dict(
        text="Celebrity chef Marco Bellini told pals he was gutted by the review. He told stories that were false.",
        rows={"he was gutted": {"speaker": "Marco Bellini", "addressee": "pals",
                                "content": "he was gutted by the review"}},
        absent="pals"),
    # A he or she and a verb of manner before a colon speaks the quotation after it, as a name does ("Asked whether
    # he would go back, he laughs: “…”", features and profiles; the quote had no speaker); not "it".
    "a pronoun and a colon before a quotation": dict(
        text="For forty years Ewan Maclachlan kept the light on Skerrow.\n\nAsked whether he would go back, he "
             "laughs: “Tomorrow, if they would let me.”\n\nThe lamp failed twice in 1987. It was simple: “Climb.”",
        rows={"Tomorrow": {"speaker": "Ewan Maclachlan", "kind": "direct"}}),
    # How the words came, after the verb that closes the clause they report ("…, Ada Quill told Reuters by telephone
    # from Avalon.", "…, said through a spokeswoman.", as the wires write it): the row had been lost, or had the
    # words 'through a spokeswoman'; "said through his lawyer that …" reports the that-clause.
    "how the words came after the verb": dict(
        text="The Tarnwick ferry will run again in May, Ada Quill told Avalon Radio by telephone from Marrowby. The "
             "pier is safe, Piet Marsh said through a spokeswoman. Tom Becker said through his lawyer that he was "
             "innocent.",
        rows={"The Tarnwick ferry": {"speaker": "Ada Quill", "cue": "told"},
              "The pier is safe": {"speaker": "Piet Marsh", "cue": "said"},
              "he was innocent": {"speaker": "Tom Becker", "cue": "said"}}, n=3),
    # A possessor's memory before a colon opens the possessor's quote, as "Her verdict:" does (profiles: "His memory of
    # the 1987 storm is sharp: “…”" had no speaker).
    "a possessor's memory before a colon": dict(
        text="For forty years Ewan Maclachlan kept the light on Skerrow.\n\nHis memory of the 1987 storm is sharp: "
             "“I climbed those stairs eleven times that night.”",
        rows={"I climbed": {"speaker": "Ewan Maclachlan", "kind": "direct"}}, n=1),
    # A government's readout of a call speaks as a statement does, an unnamed source ("A readout from the palace said
    # the talks were constructive" had no speaker).
    "a readout of a call": dict(
        text="A readout from the palace said the talks with Nordland were constructive.",
        rows={"the talks with Nordland": {"speaker": "readout", "speaker_kind": "unnamed source", "cue": "said"}}, n=1),
    # A question put with "queried" after it, as Kenyan, Nigerian and Indian papers write it ("“Who signed the
    # cheque?” queried Ada Quill": no row); "queried whether" is no frame of a verb of speech.
    "a question queried": dict(
        text="Ward representative Ada Quill spoke in Nakuru. “Who signed the cheque?” queried Quill. The auditor "
             "queried whether the funds were spent.",
        rows={"Who signed the cheque?": {"speaker": "Ada Quill", "cue": "queried", "kind": "direct"}}, n=1),
    # The go-between may follow "as saying" before when it was said, after the clause it reports, as the wires quote
    # state media ("…, the minister was quoted as saying by the Interfax news agency on Monday."): the row was lost.
    "quoted as saying by a go-between": dict(
        text="Kavaria could face gas shortages this winter, Energy Minister Oleg Strannik was quoted as saying by the "
             "Velka news agency on Monday. Strannik was quoted as saying by Velka that talks would resume.",
        rows={"Kavaria could face": {"speaker": "Oleg Strannik", "cue": "was quoted as saying"},
              "talks would resume": {"speaker": "Oleg Strannik", "cue": "was quoted as saying"}}, n=2),
    # "According to" an outlet or a document from someone: the outlet, organisation or person named speaks
    # (a named source), not "the AP" as an unnamed one nor "a report"; not a go-between ("reviewed by").
    "according to an outlet or a document's author": dict(
        text="About 400 passengers were affected, according to a statement from the Avalon Port Authority. The strike "
             "cost $2 million, according to The Avalon Herald. Fares will rise, according to the AP. Traffic fell, "
             "according to a report released Friday by the Harbour Safety Board. The ferry was late twice, "
             "according to a copy of the letter reviewed by The Herald.",
        rows={"About 400": {"speaker": "Avalon Port Authority", "speaker_kind": "organisation"},
              "The strike cost": {"speaker": "Avalon Herald", "speaker_kind": "organisation"},
              "Fares will rise": {"speaker": "AP", "speaker_kind": "organisation"},
              "Traffic fell": {"speaker": "Harbour Safety Board", "speaker_kind": "organisation"},
              "The ferry was late": {"speaker span": "a copy of the letter reviewed by The Herald",
                                     "speaker_kind": "unnamed source"}}, n=5),
    # A round-up of reactions: labels with a description after the name's comma, after a list's bullet, and
    # organisations named by the word that ends them ("Ferries", "Chamber of Commerce").
    "a round-up of reactions": dict(
        text="Reactions\n\nThe budget drew reactions.\n\nAda Quill, mayor of Port Avalon: “It forgets the harbour "
             "towns.”\n\nHarbour union: “We will study the details.”\n\n• Avalon Ferries: “We welcome it.”\n\n"
             "• The Avalon Chamber of Commerce: “A missed chance.”",
        rows={"It forgets": {"speaker": "Ada Quill", "speaker_description": "mayor of Port Avalon"},
              "We will study": {"speaker": "Harbour union", "speaker_kind": "organisation"},
              "We welcome it": {"speaker": "Avalon Ferries", "speaker_kind": "organisation"},
              "A missed chance": {"speaker": "Avalon Chamber of Commerce", "speaker_kind": "organisation"}}, n=4),
    # A verb of intention alone ("declined", "plans", "sought") reports its "to …", never the clause before a
    # comma (a fronted phrase, or another source's words).
    "a verb of intention after a comma": dict(
        text="Sources said the appeal would be filed on Friday, although the council declined to comment. "
             "Still, in a sign of the mood, Ada Quill plans to stand again.",
        rows={"the appeal would": {"speaker": "sources", "content": "the appeal would be filed on Friday"},
              "to comment": {"speaker": "council", "cue": "declined"},
              "to stand again": {"speaker": "Ada Quill", "cue": "plans"}}, n=3),
    # "X quoted Y as saying Z": X reports Y and Y's words (as PolNeAR's annotators mark it); "cited" too.
    "quoted someone as saying": dict(
        text="The Avalon Herald quoted Tom Becker, a ferry captain, as saying that the harbour was unsafe. The "
             "agency cited a port official as saying the levy would stay.",
        rows={"Tom Becker, a ferry": {"speaker": "Avalon Herald", "cue": "quoted",
                                      "content": "Tom Becker, a ferry captain, as saying that the harbour was unsafe"},
              "a port official": {"speaker": "Avalon Herald", "cue": "cited"}}, n=2),
    # An unnamed source's phrase does not reach back over a preposition of time or place ("a day after").
    "a phrase after a preposition of time": dict(
        text="The remarks came a day after the union threatened to strike. The vote came weeks before officials "
             "said the plan was dead.",
        rows={"to strike": {"speaker span": "the union"}, "the plan was dead": {"speaker span": "officials"}}, n=2),
    # When and how it was said may take five words before the clause's pronoun; "that" after a preposition
    # opens no clause ("agreed with that point", "said on that day that …").
    "a longer medium, and that after a preposition": dict(
        text="The Avalon Gun Club said in a statement Thursday night they had pulled the listing. Tom Becker agreed "
             "with that specific point. Ada Quill said on that day that the levy was dead.",
        rows={"they had pulled": {"speaker": "Avalon Gun Club"},
              "the levy was dead": {"speaker": "Ada Quill", "content": "the levy was dead"}}, n=2),
    # "that" after a comparison's "as" or "than" is a pronoun, no clause's opening ("as that used by its rivals").
    "that after as or than": dict(
        text="Orbix claimed the battery was twice as dense as that used by its rivals. Critics said the plan was no "
             "better than that of the old council.",
        rows={"the battery was": {"speaker": "Orbix",
                                  "content": "the battery was twice as dense as that used by its rivals"},
              "the plan was": {"speaker": "critics", "content": "the plan was no better than that of the old council"}},
        n=2),
    # After an inverted verb an unnamed source's phrase goes on to the clause's end ("a spokesman for the
    # council."); a noun phrase followed by a finite verb is the reported clause's subject, no speaker (the report
    # is, across the title in its description).
    "an inverted verb, then a phrase": dict(
        text="The levy is dead, said a spokesman for the council. The report, titled “Low Tide”, concludes that Tom "
             "Becker is too “reckless” to lead.",
        rows={"The levy is dead": {"speaker": "spokesman", "cue": "said"},
              "Tom Becker is too": {"speaker": "report", "cue": "concludes"}}, n=2),
    # A purpose clause of saying after going to a medium: "took to X to say", "went on Avalon Radio to declare".
    "took to a platform to say": dict(
        text="Ada Quill took to X to say that the levy was unfair. Tom Becker went on Avalon Radio to declare the "
             "strike was over, with Piet Marsh taking to Facebook to call the deal “a betrayal.”",
        rows={"the levy was unfair": {"speaker": "Ada Quill", "cue": "took to X to say"},
              "the strike was over": {"speaker": "Tom Becker"},
              "a betrayal": {"speaker": "Piet Marsh", "kind": "mixed"}}),
    # A role's phrase that a possessor opens before a titled person ends with that person, who speaks ("of State"
    # is the title's, not a phrase of the role); "a spokesman for" a person is still the spokesman.
    "a possessor before a titled person": dict(
        text="Avalon’s Secretary of State Ada Quill said the ballot was fair. A spokesman for Sen. Tom Becker "
             "said the count was late.",
        rows={"the ballot was fair": {"speaker": "Ada Quill"},
              "the count was late": {"speaker span": "A spokesman for Sen. Tom Becker"}}),
    # "according to" set off by commas after a conjunction reports the clause after it; an initialism's points
    # end no source phrase; an aside set off by commas may stand between a verb and its clause's pronoun.
    "according to after a conjunction, an initialism, an aside": dict(
        text="Becker will sail because, according to Ada Quill, the pier would close. The ferry sailed 33 times, "
             "according to the F.A.A. Piet Marsh says, win or lose in the vote, he is staying.",
        rows={"the pier would close": {"speaker": "Ada Quill"},
              "The ferry sailed": {"speaker": "F.A.A."},
              "he is staying": {"speaker": "Piet Marsh", "cue": "says"}}, n=3),
    # An unnamed source's phrase speaks across a relative clause of its own verb without commas ("people who
    # have battled other online threats say"); not where the cue may be a noun or the clause's own verb.
    "a relative clause before the verb": dict(
        text="Residents who have lived by the strait for years say the pier is unsafe. A harbour official who relayed "
             "the exchange said Quill had left. Ada Quill, the ex-wife of Tom Becker who filed several noise "
             "reports against him blames Piet Marsh.",
        rows={"the pier is unsafe": {"speaker": "residents"}, "Quill had left": {"speaker": "harbour official"}},
        absent="against him"),
    # A relative clause's frame before a modal or a verb ("which officials say could be aiding Becker", "the kind
    # of job that economists say is the future"); a role's phrase across "whose …" and "privy to …".
    "a frame inside a relative clause": dict(
        text="There has been a surge of newcomers, which officials say could be aiding Becker. The harbour "
             "officials whose rules were struck down say the real change came in May. Sources privy to the talks "
             "say the council insisted.",
        rows={"could be aiding": {"speaker": "officials", "content": "could be aiding Becker"},
              "the real change": {"speaker": "harbour officials"},
              "the council insisted": {"speaker": "sources"}}, n=3),
    # A participle in a clause opening the sentence is the main clause's subject's ("After saying …, the man");
    # one after a preposition and an adverb, or after a dash, hangs on its clause's subject.
    "participles after a preposition or a dash": dict(
        text="While saying that he respects Quill, Tom Becker attacked her plan. Ada Quill, after initially "
             "saying she would not stand, entered the race. Piet Marsh changed his vote – saying he now backed "
             "the levy.",
        rows={"he respects Quill": {"speaker": "Tom Becker"},
              "she would not stand": {"speaker": "Ada Quill", "content": "she would not stand"},
              "he now backed": {"speaker": "Piet Marsh"}}, n=3),
    # "In the words of" and "to quote" opening a clause name the source after them, as "according to" does.
    "in the words of, to quote": dict(
        text="In the words of Ada Quill, the levy is a tax on the poor. To quote Tom Becker, “the pier is safe.” "
             "Piet Marsh went to quote prices for the ferry.",
        rows={"the levy is a tax": {"speaker": "Ada Quill", "cue": "In the words of"},
              "the pier is safe": {"speaker": "Tom Becker", "kind": "direct"}}, n=2),
    # "groused", "made the point/case that" and "voiced" (a wish, concern) frame words ("a familiar voice" none).
    "groused, made the point, voiced": dict(
        text="On Monday, Ada Quill groused to a crowd that the Herald “doesn’t treat me properly.” Tom Becker made "
             "the point that the levy would make her “a third-term mayor.” Piet Marsh voiced concern that the pier "
             "was unsafe. A familiar voice welcomed the plan.",
        rows={"doesn’t treat me": {"speaker": "Ada Quill", "cue": "groused", "kind": "mixed"},
              "a third-term mayor": {"speaker": "Tom Becker", "cue": "made the point"},
              "the pier was unsafe": {"speaker": "Piet Marsh", "cue": "voiced"}}, n=3),
    # "according to" a document from or by an organisation no name gives; not what the document is of.
    "according to a document from an organisation": dict(
        text="About 400 passengers were affected, according to a statement from the port authority. Fares rose, "
             "according to data released Friday by the city council. Becker sailed twice, according to a report "
             "on travel from the harbour office.",
        rows={"About 400": {"speaker": "port authority", "speaker_kind": "organisation"},
              "Fares rose": {"speaker": "city council"},
              "Becker sailed": {"speaker": "report"}}, n=3),
    # "according to" a document from someone's spokesperson or lawyer: the one who speaks for the owner (an unnamed
    # source), not the owner the phrase was cut at ("the full statement from Weinstein's spokesperson" was Weinstein).
    "according to a document from an owner's spokesperson": dict(
        text="Ada Quill denied the claims on Monday. “No one was harmed,” according to the full statement from Quill’s "
             "spokesperson. The pier was closed, according to a letter from the council's lawyer.",
        rows={"No one was harmed": {"speaker": "Quill’s spokesperson", "speaker_kind": "unnamed source"},
              "The pier was closed": {"speaker": "council's lawyer", "speaker_kind": "unnamed source"}}, n=3),
    # An inverted frame whose subject is a document from someone: the one it is from speaks ("“…” read a statement from
    # Lewis's family" was no row; "said a statement from the company's board" gave "company" a person's name), also up
    # to a gap of spaces a lost comma left (PerSenT).
    "an inverted document from someone": dict(
        text="“The pier will reopen on Monday,” read a statement from Quill's family, given to the Dunmore Courier. "
             "“Fares will not rise,” said a letter from the Dunmore council. "
             "\" The ferry will sail \" read a statement from Vell's family  given to columnist Oren Marsh.",
        rows={"The pier will": {"speaker": "Quill's family", "speaker_kind": "unnamed source"},
              "Fares will not": {"speaker": "Dunmore council", "speaker_kind": "organisation"},
              "The ferry will": {"speaker": "Vell's family"}}, n=3),
    # A given name of no list before a title as the surname is a person's, whom a later "she" stands for ("Chalfonte
    # LeNee Queen suffered episodes … she said" was unresolved).
    "a title as a surname after an unlisted given name": dict(
        text="For 17 years, Orla King suffered episodes of pain.\n\nShe lost a modeling job.\n\n“It's a choice,” she "
             "said.",
        rows={"It's a choice": {"speaker": "Orla King", "speaker_kind": "named person"}}, n=1),
    # A comma inside a quoted word's closing mark ends the words before an inverted frame; "added, that …" opens
    # the clause, but not a relative "that" before its verb ("a provision, Quill said, that is meant to …").
    "a comma inside a closing mark, and said, that": dict(
        text="The levy may be “strategic,” said Jeffery Hemsley, a professor. He added, that there is a plan. The "
             "bill would close the pier - a provision, Ada Quill said, that is meant to save money.",
        rows={"The levy may be": {"speaker": "Jeffery Hemsley", "content": "The levy may be “strategic,”"},
              "there is a plan": {"cue": "added"},
              "The bill would close": {"speaker": "Ada Quill"}}, n=3),
    # After a title ending a description, "said the pier was unsafe" names no speaker ("the pier" is the reported
    # clause's subject) and the description is no reported words.
    "a title before a verb and its clause": dict(
        text="Ada Quill, author of “The Last Ferry,” said the pier was unsafe.", rows={}, absent="author of"),
    # A tabloid's "pal" is an unnamed source, as a friend is.
    "a pal": dict(text="A pal of the star added: “She is heartbroken.”",
                  rows={"She is heartbroken": {"speaker": "pal", "speaker_kind": "unnamed source"}}, n=1),
    # "Per" opening a clause or set off after it works as "according to" (not "per cent", "$20 per person",
    # nor how a speaker's words came: "said, per a translator, that …").
    "per": dict(
        text="Per two people familiar with the plans, the ferry will stop in May. Fares rose 5 per cent and now cost "
             "$20 per person, per the Avalon Port Authority. Quill said, per a translator, that the pier was safe.",
        rows={"the ferry will stop": {"speaker": "people familiar with the plans", "cue": "Per"},
              "Fares rose": {"speaker": "Avalon Port Authority", "cue": "per"},
              "the pier was safe": {"speaker": "Quill", "cue": "said"}}, n=3),
    # An aside set off by commas between the verb and "that" ("said, however, that", "told the Herald, through a
    # translator, that"); the clause after "that" is reported (it had no row).
    "an aside before that": dict(
        text="Ada Quill said, however, that the pier was safe. Tom Becker told the Herald, through a translator, "
             "that fares would rise.",
        rows={"the pier was safe": {"speaker": "Ada Quill", "cue": "said"},
              "fares would rise": {"speaker": "Tom Becker", "cue": "told"}}, n=2),
    # A dateline with a colon, as Indian and Pakistani papers write it, is no subject: a verb after "and" is the
    # speaker's that the sentence's subject opens (it was "London").
    "a dateline with a colon": dict(
        text="LONDON: Ports minister Ada Quill on Sunday opened the jetty and said trade would grow.",
        rows={"trade would grow": {"speaker": "Ada Quill", "cue": "said"}}, n=1),
    # So is the wires' dateline with a hyphen between spaces, a country after the place ("AVALON, Nordland (AFP) -
    # "): a participle's subject is the sentence's after it, not the place (it was 'AVALON', then 'Nordland').
    "a wire dateline with a hyphen": dict(
        text="AVALON (Reuters) - Nordland's central bank held rates on Thursday, saying inflation was falling.\n\n"
             "NEW AVALON, Nordland (AFP) - Ada Quill resigned on Sunday, saying she was tired.",
        rows={"inflation was falling": {"speaker": "Nordland's central bank", "cue": "saying"},
              "she was tired": {"speaker": "Ada Quill", "cue": "saying"}}, n=2),
    # A noun phrase ends before a verb in the past ("The navy rescued 40 people, saying …" had the speaker 'navy
    # rescued 40 people'); one who sent a message speaks through it, a phrase no list holds ("The town released a
    # statement saying") and one who e-mailed the ones a participle follows ("Quill emailed supporters saying").
    "a verb in the past inside a source's phrase": dict(
        text="Ada Quill runs the port.\n\nThe navy rescued 40 people on Sunday, saying the search would go on. The "
             "board hired two advisers, who said the plan was sound. The newly elected officials said the levy was "
             "fair. A group called Friends of Avalon says the pier is unsafe.\n\nThe town released a statement "
             "saying the pier was closed. Tom Becker emailed supporters saying: “The struggle continues.”",
        rows={"the search would go on": {"speaker span": "The navy"},
              "the plan was sound": {"speaker": "advisers"},
              "the levy was fair": {"speaker": "newly elected officials"},
              "the pier is unsafe": {"speaker span": "A group called Friends of Avalon"},
              "the pier was closed": {"speaker span": "The town"},
              "The struggle continues": {"speaker": "Tom Becker"}}),
    # A possessive pronoun before an organisation's noun after the words reported stands for their subject, as wires
    # write it ("President Ada Quill ordered an inquiry, her office said": it was the woman named before, Ruud's).
    "a possessive pronoun after the words reported": dict(
        text="Lena Ruud survived the wreck.\n\nPresident Ada Quill ordered an inquiry, her office said. Ada Quill "
             "has no plans to resign, according to her office.",
        rows={"President Ada Quill ordered": {"speaker": "Quill's office", "speaker_kind": "organisation"},
              "Ada Quill has no plans": {"speaker": "Quill's office"}}, n=2),
    # An organisation's noun after "the" stands for none the article names only further on ("The bank said" was Holt
    # Bank's, a bank an economist quoted later works for); one named before it still speaks.
    "an organisation's noun before the organisation is named": dict(
        text="Nordland's central bank held rates on Thursday. The bank said it would watch wages. “It was a "
             "no-brainer,” said Piet Marsh, chief economist at Holt Bank.\n\nHolt Bank later cut its forecast. The "
             "bank said growth would slow.",
        rows={"it would watch wages": {"speaker": "bank", "speaker_kind": "organisation"},
              "growth would slow": {"speaker": "Holt Bank"}}),
    # The agent of a poll or an interview after the people it asked is no speaker: they are ("Economists polled by
    # Reuters expect …", as the wires write it, had the speaker 'Reuters').
    "the people a poll or an interview asked": dict(
        text="Economists polled by Reuters said the bank would cut rates. A witness interviewed by council staff said "
             "the pier was unsafe.",
        rows={"the bank would cut rates": {"speaker": "economists", "speaker_kind": "unnamed source"},
              "the pier was unsafe": {"speaker": "witness"}}, n=2),
    # A possessor's family speaks: "'s family" is no passive "is … said" with an adverb in -ly (obituaries' "Ada
    # Quill's family said in a statement that …" had no row, nor a quotation closed by "Tom Becker's family said");
    # "It is widely said that …" is said by no one named.
    "a possessor's family": dict(
        text="Agnes Morrow's family said in a statement that she died peacefully. “She loved the valley,” Piers "
             "Morrow’s family said. It is widely said that she never missed a dance.",
        rows={"she died peacefully": {"speaker": "Agnes Morrow's family"},
              "She loved the valley": {"speaker": "Piers Morrow’s family"},
              "she never missed a dance": {"speaker": None, "cue": "It is widely said"}}, n=3),
    # Occupations of sources that local and science news quote, and the commissioners of a board (the fishermen's
    # and the commissioners' words had no speaker; the specialists' went to the hospital they came from).
    "occupations and commissioners": dict(
        text="Harbour Commissioner Greta Lind spoke first. The commissioner said the pier would close. Fishermen "
             "who use the quay were furious. They said the closure would ruin them. The commissioners said they "
             "would review the plan. Two eye specialists from Marrow General Hospital wrote that the findings were "
             "persuasive.",
        rows={"the pier would close": {"speaker": "Greta Lind"}, "the closure would ruin": {"speaker": "fishermen"},
              "they would review": {"speaker": "commissioners"}, "the findings were": {"speaker": "eye specialists…"}}),
    # A day between the verb and a clause it reports without "that", the clause opening with a noun phrase and a
    # finite verb, is when the words were said, as British and Commonwealth copy writes it ('Quill said on Thursday
    # the decision had not been taken lightly' had no row, 'said Thursday the council would meet' the day in its
    # words); not where the day is the clause's subject or the verb no cue ('A merger announced Monday would …').
    "a day before a clause without that": dict(
        text="Provincial minister Nomvula Dube said on Thursday the decision had not been taken lightly. Sipho Zulu "
             "said Wednesday evening the council would meet. A Brightwater merger announced Monday would cut jobs.",
        rows={"the decision had not been taken lightly": {"speaker": "Nomvula Dube"},
              "the council would meet": {"speaker": "Sipho Zulu"}}, n=2),
    # The noun before a reduced relative clause speaks, not the clause's last noun, as court and news reports write
    # it ('A Velmora man accused of burning a grain store told the jury' had the speaker 'grain store').
    "a reduced relative after the speaker": dict(
        text="A Velmora man accused of burning a grain store told the jury that he had been asleep. The union "
             "representing workers at the Tolley plant called the move \"a betrayal\". A teacher injured in the "
             "crash said the bus had been speeding.",
        rows={"he had been asleep": {"speaker": "Velmora man"}, "a betrayal": {"speaker": "union"},
              "the bus had been speeding": {"speaker": "teacher"}}),
    # "As X noted, …" frames what follows its comma also after 'But' or 'And,' and before an outlet's 'The' ('As The
    # Avalon Post reported, …' and 'But as Quill noted, …' had no row).
    "an as-frame after a conjunction or before 'The'": dict(
        text="As The Avalon Post reported, the pier had been unsafe for years. But as Mayor Ada Quill noted, the "
             "ferry still ran. And, as The Nordmark Herald previously reported, the jetty was sold.",
        rows={"the pier had been unsafe for years": {"speaker": "Avalon Post"},
              "the ferry still ran": {"speaker": "Ada Quill"},
              "the jetty was sold": {"speaker": "Nordmark Herald"}}, n=3),
    # 'there' and 'here' after a source's noun are adverbs of place, as 'now' is: 'Officials there said …' had no row.
    "a source there or here": dict(
        text="Officials there said the pier was unsafe. Ferry workers here say the timetable will change. Polls "
             "there show Mayor Ada Quill is trailing.",
        rows={"the pier was unsafe": {"speaker": "officials"},
              "the timetable will change": {"speaker": "Ferry workers"},
              "Mayor Ada Quill is trailing": {"speaker": "polls"}}, n=3),
    # A poll's or a record's release or making between it and the verb is a reduced relative, as a man's "accused of"
    # is ('A Tarnby College poll released last week showed …' had no row, 'Exit polls taken in Nordmark found' the
    # speaker 'Nordmark').
    "a poll's release before the verb": dict(
        text="A Tarnby College poll released last week showed Mayor Ada Quill with a narrow lead. Exit polls taken "
             "in Nordmark found that most voters wanted a new jetty.",
        rows={"Mayor Ada Quill with a narrow lead": {"speaker": "Tarnby College poll"},
              "most voters wanted a new jetty": {"speaker": "Exit polls"}}, n=2),
    # A team's, a place's or a firm's name right before a titled person is the person's, not the source: "said
    # Avalon councillor Ada Quill" had no row ('Avalon' a person by "said", the title a noun after it), "according
    # to United captain Sam Reed" the source 'United', "according to Quillsoft spokesman Tom Becker" the phrase.
    "a name before a titled person": dict(
        text="Rovers beat Northgate United. The pier was unsafe, said Avalon councillor Ada Quill. According to "
             "United captain Sam Reed, the referee erred. The ferry was late, according to Quillsoft spokesman "
             "Tom Becker.",
        rows={"The pier was unsafe": {"speaker": "Ada Quill"}, "the referee erred": {"speaker": "Sam Reed"},
              "The ferry was late": {"speaker": "Tom Becker"}}, n=3),
    # Two descriptions joined by "and" before a name after an inverted verb may pass six words, the name speaks ("said
    # Canadian television analyst and former NHL goaltender …" had the speaker 'analyst').
    "two descriptions before a name": dict(
        text="Rovers beat Northgate United. “The pier was unsafe,” said local television analyst and former Rovers "
             "goaltender Piet Marsh.",
        rows={"The pier was unsafe": {"speaker": "Piet Marsh"}}, n=1),
    # "show", "think", "report" and "address" after a phrase whose head is a singular common noun are nouns of a
    # compound ("a talk show host", "a think tank", "the award show"), no verbs of that phrase (each had a row).
    "a cue that is a noun of a compound": dict(
        text="Ada Quill, star of the ferry show, thanked the crew. Mary Hale, a fellow at a conservative think "
             "tank, and Tom Becker praised the plan. The annual harbour award show has been televised since 2010. "
             "Radio talk show host Piet Marsh said the ferry was late. Polls show the levy is unpopular.",
        rows={"the ferry was late": {"speaker": "Piet Marsh"}, "the levy is unpopular": {"cue": "show"}}, n=2),
    # The person a verb of an object names after it is the one thanked, praised or blamed, never an inverted
    # speaker ("thanked Tom Becker for “…”" was Becker's words, "praises Piet Marsh as '…'" Marsh's).
    "the person after a verb of an object": dict(
        text="Ada Quill, star of television’s “Harbour,” thanked Tom Becker for “taking these steps.”\n\n"
             "Rep. Mary Hale slams Sam Reed, praises Piet Marsh as 'a work horse.'",
        rows={"a work horse": {"speaker": "Mary Hale"}, "taking these steps": {"speaker": "Ada Quill"}}, n=2),
    # A briefing's speaker label with an honorific ("MS. QUILL:") is the person the article names in full.
    "a speaker label with an honorific": dict(
        text="Harbourmaster Ada Quill briefed reporters.\n\nMS. QUILL: Good afternoon.\n\nQ: Will fares rise?\n\n"
             "MS. QUILL: Not this year.",
        rows={"Good afternoon": {"speaker": "Ada Quill"}, "Will fares": {"speaker": "interviewer"},
              "Not this year": {"speaker": "Ada Quill"}}, n=3),
    # A negation before "to" is part of what is reported ("vowed not to vote" had the words "to vote …"), and a
    # relative clause's words end at the comma before the verb of the clause it is set in ("who asked not to be
    # named, said …" ran on into the main clause).
    "not to, in a relative clause": dict(
        text="Ada Quill vowed not to raise fares. Tom Becker, who asked not to be named, said the talks had failed. "
             "Mary Hale, who says the pier is unsafe, called for an inquiry.",
        rows={"not to raise fares": {"cue": "vowed", "content": "not to raise fares"},
              "not to be named": {"cue": "asked", "content": "not to be named"},
              "the talks had failed": {"speaker": "Tom Becker"},
              "the pier is unsafe": {"content": "the pier is unsafe"}}),
    # "who" stands for "those" or "anyone" right before it ("Those who said …" had no speaker).
    "who after those": dict(
        text="It was wrong, said one official familiar with the talks, who added that the deal was close. Ferry fans "
             "split. Those who said the port was unsafe backed Quill.",
        rows={"the deal was close": {"speaker": "official familiar with the talks", "speaker_kind": "unnamed source"},
              "the port was unsafe": {"speaker": "those", "speaker_kind": "unnamed source"}}),
    # The participle after a medium inside a phrase opening the sentence ("In a TikTok video posted late Saturday")
    # is no frame: the video had been the speaker of the sentence's words.
    "a medium's participle": dict(
        text="Singer Mary Hale has apologised. In a TikTok video posted late Saturday, she said she had been "
             "“exhausted and overwhelmed.”",
        rows={"exhausted and overwhelmed": {"speaker": "Mary Hale", "cue": "said"}}, n=1),
    # An inverted verb's unnamed source with a relative clause of its own ends the clause: the words before the
    # comma are that source's ("…, said a person who spoke on condition of anonymity." had no row).
    "an inverted source with a relative clause": dict(
        text="The ferry deal is close, said a person who spoke on condition of anonymity. Fares will rise, said an "
             "official who asked not to be named.",
        rows={"The ferry deal is close": {"speaker": "person", "cue": "said"},
              "Fares will rise": {"speaker": "official", "cue": "said"}}),
    # The outlet told, then the terms or the day, ends the clause: "…, a source told CNN on Tuesday." had the words
    # "CNN on Tuesday" ("CNN" no mention after "a source told", as in "a super PAC"), and "told the Herald on
    # condition of anonymity." the words "the Herald on condition of anonymity".
    "an outlet told, then the terms": dict(
        text="The ferry deal is close, a source told CNN on Tuesday. Fares will rise, an official told the Herald on "
             "condition of anonymity. The pier is unsafe, Ada Quill told the Avalon Gazette in an interview.",
        rows={"The ferry deal is close": {"speaker": "source", "addressee": "CNN"},
              "Fares will rise": {"speaker": "official", "cue": "told"},
              "The pier is unsafe": {"speaker": "Ada Quill", "cue": "told"}}, n=3),
    # Firms and bodies named by what they do speak as organisations ("The ferry operator said" was unresolved).
    "an operator or a watchdog": dict(
        text="The ferry operator said it took the concerns seriously. The harbour watchdog said fares were too high.",
        rows={"it took the concerns": {"speaker": "ferry operator", "speaker_kind": "organisation"},
              "fares were too high": {"speaker": "harbour watchdog", "speaker_kind": "organisation"}}, n=2),
    # ... and firms named by what they make or are ("The chipmaker said" was unresolved).
    "a chipmaker or a startup": dict(
        text="Kestrel Foods reported a drop in profits. The chipmaker said sales were weak. The startup added that it "
             "would hire. The drugmaker warned that prices would rise.",
        rows={"sales were weak": {"speaker": "chipmaker", "speaker_kind": "organisation"},
              "it would hire": {"speaker": "startup", "speaker_kind": "organisation"},
              "prices would rise": {"speaker": "drugmaker", "speaker_kind": "organisation"}}, n=4),
    # A business by where it is based is the organisation the article named before, and so is "the company" after
    # it ("the Oslandia-based company said" spoke as "Oslandia-based company"); not a campaign's team, which no
    # mention names ("the Brooklyn-based campaign team" is no outlet named before it).
    "a company by where it is based": dict(
        text="Brindlewick Systems Inc., a software maker, lost a contract with Varnholt on Monday.\n\n"
             "“We will appeal,” the Oslandia-based company said in a statement.\n\n"
             "The company said it had not been told in advance. "
             "Kestrel Radio aired the news. The Dunmore-based campaign team said it would not comment.",
        rows={"We will appeal,": {"speaker": "Brindlewick Systems Inc.", "speaker_kind": "organisation"},
              "it had not been told in advance": {"speaker": "Brindlewick Systems Inc."},
              "it would not comment": {"speaker": "Dunmore-based campaign team"}}, n=3),
    # A preposition opens no clause a verb of speech reports ("declined to comment beyond the memo" had a second
    # row, "comment": "beyond the memo").
    "no clause after beyond": dict(
        text="Tom Becker left. A spokesperson for the ferry company declined to comment beyond the memo.",
        rows={"to comment beyond": {"cue": "declined"}}, n=1),
    # "The 52-year-old" whose age no name gave is the person named as the subject of the sentence before it in the
    # paragraph (it was unresolved), not a name on a line of its own before (a photo's credit).
    "an age for the subject before": dict(
        text="Northport boss Tom Becker was less happy. “We gave away three soft goals,” said the 52-year-old.\n\n"
             "Avalon’s keeper Sam Reed was pictured.\n\nMira Sol via Avalon Images.\n\n"
             "“I just kept the ball out,” the 31-year-old said.",
        rows={"We gave away": {"speaker": "Tom Becker"}, "I just kept": {"speaker_kind": "unresolved"}}),
    # "no", "nothing", "more" … as the subject of the reported clause ("said no one was hurt", as crime and disaster
    # reports write it, had no row); "said no to the plan" and "said nothing" report none.
    "no one as the clause's subject": dict(
        text="Police said no one was hurt. Officials said no decision had been made. Ada Quill said nothing had "
             "changed. The mayor said no to the plan. Tom Becker said nothing.",
        rows={"no one was hurt": {"speaker": "police"}, "no decision had been made": {"speaker": "officials"},
              "nothing had changed": {"speaker": "Ada Quill"}}, n=3),
    # A noun of people opening a sentence in capitals is no one's name ("Diplomats said" had the named person
    # "Diplomats"); the sources other house styles name by what they are or do are unnamed sources ("his barrister
    # said" was unresolved).
    "a noun of people in capitals": dict(
        text="Tom Becker admitted arson. His barrister said he was ashamed. Diplomats said the talks had failed. "
             "Villagers said the army had left. Campaigners say the plan is flawed.",
        rows={"he was ashamed": {"speaker": "barrister", "speaker_kind": "unnamed source"},
              "the talks had failed": {"speaker": "diplomats", "speaker_kind": "unnamed source"},
              "the army had left": {"speaker": "villagers", "speaker_kind": "unnamed source"},
              "the plan is flawed": {"speaker": "campaigners", "speaker_kind": "unnamed source"}}, n=4),
    # ... and so are the health workers British and Commonwealth papers quote ("Local GPs said" had the named person
    # "Local GPs", "A GP in Lowhaven said" the place).
    "GPs and midwives": dict(
        text="Local GPs said they had seen a surge in requests. A GP in Lowhaven said the phones had not stopped. "
             "Midwives warned that the unit was understaffed.",
        rows={"they had seen": {"speaker_kind": "unnamed source"},
              "the phones had": {"speaker": "GP in Lowhaven", "speaker_kind": "unnamed source"},
              "the unit was": {"speaker": "midwives", "speaker_kind": "unnamed source"}}, n=3),
    # Labels in title case in a dialogue ("Quill: Ask me in a year.") are turns of the person the article names; not
    # a list's heads, each before a paragraph on the person ("Becker: Hold on."), nor figures ("Quill: 1,769.").
    "labels in title case": dict(
        text="Ada Quill and Tom Becker debated on Avalon Radio.\n\nQuill: The ferry must run every day.\n\n"
             "Becker: We cannot pay for that, and you know it.\n\nQuill: Then find the money.\n\n"
             "What each needs now:\n\nBecker: Hold on to the coast.\n\nHe leads in the polls there.\n\n"
             "Quill: 1,769.\n\nBecker: 1,501.",
        rows={"The ferry must run": {"speaker": "Ada Quill", "kind": "direct"},
              "We cannot pay": {"speaker": "Tom Becker"}, "Then find the money": {"speaker": "Ada Quill"}},
        n=3),
    # A discourse adverb set off by commas after the speaker is no description of them ("He, however, urged" had
    # the description "however"; 19 rows of PolNeAR train: "for his part", "meanwhile", "in fact" …), nor is how the
    # words came ("through a spokesperson").
    "however is no description": dict(
        text="Tom Becker spoke first. He, however, urged the council to pay. Ada Quill, for her part, said the plan "
             "was fair. Sam Reed, a pilot, said it was late. Mia Vale, through a spokesperson, said she had left.",
        rows={"to pay": {"speaker": "Tom Becker", "speaker_description": None},
              "she had left": {"speaker": "Mia Vale", "speaker_description": None},
              "the plan was fair": {"speaker": "Ada Quill", "speaker_description": None},
              "it was late": {"speaker": "Sam Reed", "speaker_description": "a pilot"}}),
    # A title in quotation marks inside the description between the subject and the verb ('Ada Quill, star of "The
    # Pier", said', 'the co-author of "Salt Roads," about …, said') had left the verb without a subject: no row.
    "a quoted title in the description": dict(
        text='Ada Quill, star of "The Pier", said she was moving. Tom Becker, the author of "Salt Roads," about the '
             'harbour, said the book took ten years.',
        rows={"she was moving": {"speaker": "Ada Quill", "speaker_description": 'star of "The Pier"'},
              "the book took ten years": {"speaker": "Tom Becker"}}, n=2),
    # A programme's title in quotation marks inside an aside between the subject and the verb, the aside going on after
    # it without a comma ('Ada Quill, asked on "Harbour Week" whether …, said:', 'appearing on … on Sunday, said'), had
    # left the verb without a subject: the quote had no speaker, or no row at all.
    "a title inside an aside going on after it": dict(
        text='Ada Quill, asked on "Harbour Week" whether she would run, said: "Everything is open." Tom Becker, '
             'appearing on "Dock Talk" on Sunday, said the levy was "dead and buried."',
        rows={"Everything is open.": {"speaker": "Ada Quill", "kind": "direct"},
              "dead and buried.": {"speaker": "Tom Becker", "kind": "mixed"}}, n=2),
    # A quotation before its frame whose speaker's aside holds a short quotation ('“…,” delegate Ada Quill, wearing
    # “Becker” pins, said') is the frame's direct quote: the search for its frame had stopped at the short quotation,
    # and the quote had been no row, then a mixed one (as if it stood inside the frame's reported words).
    "a short quotation in the aside of the frame after a quote": dict(
        text='“We have had better years than this one,” delegate Ada Quill, wearing a cowboy hat and “Becker” campaign '
             'pins, said as confetti fell.',
        rows={"We have had better years": {"speaker": "Ada Quill", "kind": "direct", "cue": "said"}}, n=1),
    # An exclamation called out right after a verb of outcry is a whole utterance, a direct row however short ('MPs
    # shouted "Rubbish!"' had been a scare quote, so no row, 'chanted "Sink the levy!" as …' a mixed one); a plain word
    # stays a scare quote ('chanted "Avalon"': no row).
    "an exclamation called out": dict(
        text='Opposition MPs shouted "Rubbish!" as Ada Quill sat down. The crowd chanted "Sink the levy!" as Tom '
             'Becker spoke. Fans chanted "Avalon" all night.',
        rows={"Rubbish!": {"speaker": "Opposition MPs", "kind": "direct"},
              "Sink the levy!": {"speaker span": "The crowd", "kind": "direct"}}, absent="Avalon", n=2),
    # A short quotation inside a relative clause set off by dashes before the verb ('Ada Quill - who once called the
    # pier "a death trap" - said') had left the verb without its subject; "who" inside a parenthesis stands for the
    # name before it ('Tom Becker (who called the plan "a disgrace")': unresolved).
    "a quotation inside an aside": dict(
        text='Ada Quill - who once called the pier "a death trap" - said on Friday that it would reopen. '
             'Tom Becker (who called the plan "a disgrace") said he would vote no.',
        rows={"it would reopen": {"speaker": "Ada Quill"}, "a disgrace": {"speaker": "Tom Becker"},
              "he would vote no": {"speaker": "Tom Becker"}}),
    # Two apostrophes close a quoted title before the frame's comma as a quotation mark does ("… fans of ''Harbour
    # Nights,'' Mr. Quill said." had no row), and a frame inside a parenthesis reports the words inside it only;
    # a long quotation ending so is the quote's, not the clause's words.
    "a title in apostrophes, a frame in a parenthesis": dict(
        text="Ada Quill spoke. The French are big fans of ''Harbour Nights,'' Ms. Quill said. The ferry was late "
             "(the crew, it turns out, had gone on strike, Tom Becker said).\n\n"
             "An argument (''This is less a 'pier crisis' and more a bad week,'' Sam Reed wrote) went on.",
        rows={"The French are big fans": {"speaker": "Ada Quill"},
              "the crew, it turns out": {"speaker": "Tom Becker"},
              "This is less": {"speaker": "Sam Reed"}}, n=3),
    # A verb after a quotation set off by dashes, coordinated with the subject's, reports its own clause too ('Quill
    # had served in the navy - "13 months at sea" - and said she was …' gave the quotation only).
    "a coordinated verb after a quotation": dict(
        text='Ada Quill had served in the navy - "thirteen months at sea" - and said she was sure the war was wrong.',
        rows={"thirteen months": {"speaker": "Ada Quill"},
              "she was sure the war was wrong": {"speaker": "Ada Quill", "cue": "said"}}, n=2),
    # A cue that is as often a noun, right before a finite verb of saying, is that verb's subject ("One report says"
    # had the row 'report' → "says …" with the speaker "One"); "another" alone speaks ("while another says …" had
    # no row); a noun after a verb is no verb ("Gallup finds states shifting").
    "a noun before a verb of saying": dict(
        text="One report says the port has the most ferries, while another says Northport has twice as many. "
             "And Avalon Polls finds states shifting toward the coast.",
        rows={"the port has the most": {"speaker": "report", "cue": "says"},
              "Northport has twice": {"speaker": "another", "cue": "says"},
              "states shifting": {"cue": "finds"}}, n=3),
    # A frame inside a parenthesis reports words inside it only ("(the fare is closer to $5, according to the port
    # authority)" had reported the sentence before the bracket, "(She says the pier is unsafe.)" the bracket).
    "a frame inside a parenthesis": dict(
        text="Quill claimed fares had doubled (the actual rise is closer to 15 percent, according to the port "
             "authority). Becker spoke later. (She says the pier is unsafe.)",
        rows={"the actual rise is closer to 15 percent": {"cue": "according to"},
              "the pier is unsafe": {"cue": "says"}}),
    # An infinitive after a first, last or only one stands between the speaker and the verb ("The last man to run a
    # third-party race says …" had no row; "The first woman to lead the port authority said" was the authority's).
    "the first one to": dict(
        text="The last man to run a third-party race for mayor says the odds are long. The first woman to lead the "
             "port authority said fares would fall. Quill was the only pilot to correctly predict the storm.",
        rows={"the odds are long": {"speaker": "last man"}, "fares would fall": {"speaker": "first woman"}}, n=2),
    # A headline "Name: words" also where an organisation of several words speaks ("Avalon Daily News: …") or a role
    # or particle in title case stands before the person the article names ("Pilot Quill: …", "De Vries: …");
    # not a word in capitals alone ("BUSTED: …") nor a phrase of grammar ("Big Win For Quill: …").
    "headline speakers before a colon": dict(
        text="Avalon Daily News: Ferry Cuts Will Hurt The Island.\n\nThe paper said so on Monday.",
        rows={"Ferry Cuts Will Hurt": {"speaker": "Avalon Daily News", "cue": ":"}}),
    "a role before a headline speaker": dict(
        text="Pilot Quill: The Pier Is Not Safe, ‘Like a Sieve.’\n\nAda Quill, a pilot, spoke on Monday.",
        rows={"The Pier Is Not Safe": {"speaker": "Ada Quill", "cue": ":"}}),
    "no speaker in a headline's grammar": dict(
        text="Big Win For Quill: Union Holds Off On Endorsement.\n\nAda Quill welcomed the news.", n=0, rows={}),
    # A negated auxiliary stands between the speaker and the verb as an auxiliary does ("Harbour Democrats don’t
    # think …" had the speaker "Harbour Democrats don’t"), and is never a speaker itself ('that “real pilots” don’t
    # support the plan and that “…”' had the speaker "don’t").
    "a negated auxiliary": dict(
        text="Harbour Democrats don’t think Ada Quill can win. Port spokesman Tom Becker wouldn’t say when the "
             "vote will be held. Sam Reed said that “real pilots” don’t support the plan and that “the crews are "
             "not listening to anyone.”",
        rows={"Ada Quill can win": {"speaker span": "Harbour Democrats"},
              "when the vote will be held": {"speaker": "Tom Becker"},
              "the crews are not listening": {"speaker": "Sam Reed"}}),
    # A participle after a comma hangs on the clause's finite verb, not on a gerund after a preposition ("Quill
    # criticised voters for not backing Reed, declaring that …" had the voters as speaker); a participle that
    # hangs on another keeps that one's speaker.
    "a participle after a gerund": dict(
        text="Ada Quill criticised Avalon voters for not backing Reed, declaring that “real sailors” stand by "
             "their captain. Tom Becker was seen discussing the fares, saying that they would rise.",
        rows={"real sailors": {"speaker": "Ada Quill"}, "they would rise": {"speaker": "Tom Becker"}}),
    # A verb coordinated with the subject's after "but now", "and later" or a phrase of when or where keeps the
    # subject ("Quill used to back Reed, but now said …" had no row; "but in a later interview said" had the
    # interview as speaker); not after a noun that only looks like the verb ("and during 36 minutes of remarks").
    "a coordinated verb after now or a phrase": dict(
        text="Ada Quill used to back Sam Reed, but now said the pier plan was “a mistake.” A port employee first "
             "said he saw nothing, but in a later interview said he had seen the collision. Tom Becker strode out, "
             "and during ten minutes of remarks he praised the crew.",
        rows={"a mistake": {"speaker": "Ada Quill"}, "he had seen the collision": {"speaker": "port employee"}},
        absent="praised"),
    # What others heard or understood a person to say reports that person's words, the cue from the auxiliary: "was
    # heard telling aides that …", "is understood to have told colleagues …", "is said to have warned …" (as British
    # papers write what they learnt from others; each had no row).
    "heard telling, understood to have told": dict(
        text="Ada Quill was heard telling aides that the ferry deal was dead. Tom Becker is understood to have told "
             "colleagues he will quit. Sam Reed is said to have warned the board that fares would rise.",
        rows={"the ferry deal was dead": {"speaker": "Ada Quill", "cue": "was heard telling", "addressee": "aides"},
              "he will quit": {"speaker": "Tom Becker", "cue": "is understood to have told"},
              "fares would rise": {"speaker": "Sam Reed"}}, n=3),
    # After a quote, the speaker's relative clause holds no attribution of its own ('“…,” Quill, who has not endorsed a
    # candidate, told reporters' had the cue 'endorsed').
    "a relative clause after the quote": dict(
        text="“I do not think the board ought to sway the vote,” Ada Quill, who has not endorsed a candidate, told "
             "reporters.",
        rows={"I do not think": {"speaker": "Ada Quill", "cue": "told", "addressee": "reporters"}}),
    # A participle of speech opening its sentence reports the main clause's subject's words, as wires write it
    # ("Noting that the ferry turns 30 this year, Quill said …", "Saying he was tired, Becker left": no row), and so
    # does one after a preposition alone ("Since announcing in May that he would retire, Reed has …").
    "a participle opening the sentence": dict(
        text="Noting that the ferry turns 30 this year, Ada Quill said the port should celebrate. Saying he was "
             "tired, Tom Becker left the stage. Since announcing in May that he would retire, Sam Reed has been quiet.",
        rows={"the ferry turns 30": {"speaker": "Ada Quill", "cue": "Noting"},
              "the port should celebrate": {"speaker": "Ada Quill", "cue": "said"},
              "he was tired": {"speaker": "Tom Becker", "cue": "Saying"},
              "he would retire": {"speaker": "Sam Reed"}}),
    # "made clear" and "made it clear" report a clause as "said" does (no row before).
    "made it clear": dict(
        text="Ada Quill made it clear that the pier was safe. Tom Becker made clear on Monday he would not resign.",
        rows={"the pier was safe": {"speaker": "Ada Quill", "cue": "made it clear"},
              "he would not resign": {"speaker": "Tom Becker", "cue": "made clear"}}, n=2),
    # A stance named by an adjective or what was expressed reports the clause after it ("was confident that …",
    # "expressed concern that …": no row); not "is sure to win".
    "confident that, expressed concern that": dict(
        text="Ada Quill was confident that the pier would reopen. Tom Becker expressed concern that fares would rise. "
             "Sam Reed is sure to win.",
        rows={"the pier would reopen": {"speaker": "Ada Quill", "cue": "was confident"},
              "fares would rise": {"speaker": "Tom Becker", "cue": "expressed concern"}}, n=2),
    # The same adjective after "remain" or "been" ("his donors remain confident that …", "they remain hopeful that …"
    # had no row).
    "remain confident that, been convinced that": dict(
        text="The Tarnwick harbour board remains confident that the ferry will sail in May. Ada Quill's allies have "
             "long been convinced that the levy will pass.",
        rows={"the ferry will sail in May": {"speaker": "Tarnwick harbour board", "cue": "remains confident"},
              "the levy will pass": {"speaker": "Ada Quill's allies", "cue": "been convinced"}}, n=2),
    # "concerned" is such an adjective ("Some Clinton backers are concerned that momentum could carry him …" had no
    # row); a reason or a degree after it is no belief ("are concerned because …", "concerned enough that they …").
    "are concerned that, not because": dict(
        text="Some Tarnwick councillors are concerned that the pier could collapse. Pellford traders are concerned "
             "because the ferry is late. Dock workers were concerned enough that they wrote to the board.",
        rows={"the pier could collapse": {"speaker": "Tarnwick councillors", "cue": "are concerned"}}, n=1),
    # Adverbs or a negation between the copula and the adjective ("Her advisers are not convinced that …", "Party
    # insiders … are now more convinced that …" had no row); "so" is a degree, its "that" a result.
    "are not convinced that, are now more hopeful that": dict(
        text="The Tarnwick harbour board is not convinced that the ferry will sail in May. Pellford traders are now "
             "more hopeful that the pier will reopen. Dock workers were so confident that they left early.",
        rows={"the ferry will sail in May": {"speaker": "Tarnwick harbour board", "cue": "is not convinced"},
              "the pier will reopen": {"speaker": "Pellford traders", "cue": "are now more hopeful"}}, n=2),
    # A verb and its object are no speaker's phrase (", offered a restrained embrace on Tuesday, stressing …" had the
    # speaker "offered a restrained"), nor is a phrase ending in a preposition ("misled the public about alleged
    # fraud": "alleged" with the speaker "the public about").
    "a verb and its object as no speaker": dict(
        text="Ada Quill, who has praised the ferry and criticised its fares, offered a restrained welcome on Tuesday, "
             "stressing in her remarks that the pier would reopen. The port has misled the public about alleged "
             "delays.",
        rows={"the pier would reopen": {"speaker": "Ada Quill", "cue": "stressing"}}, absent="delays"),
    # One quoted word after "as" is what the speaker called it, the speaker's words ('hailed the vote as “fantastic”',
    # 'dismissed the claim as “absurd.”' had no row); one elsewhere stays a scare quote.
    "one quoted word after as": dict(
        text="Ada Quill hailed the vote as “fantastic.” Tom Becker dismissed the claim as “absurd,” telling reporters "
             "it was late. Cats are “cuties” as everyone knows.",
        rows={"fantastic": {"speaker": "Ada Quill", "kind": "mixed"}, "absurd": {"speaker": "Tom Becker"}},
        absent="cuties"),
    # After an inverted verb, a person after "to", "with" or "about" is no speaker ('“…,” said a longtime adviser to
    # Ada Quill' had been Ada Quill's words; "reacted skeptically to the EU deal" named the EU), while a title's "of"
    # still leads to the person ('said former secretary of state Ada Quill'); "reacted" frames a quote after a comma.
    "no person after to": dict(
        text="“The pier is safe,” said a longtime adviser to Ada Quill. “Fares will rise,” said former secretary of "
             "state Tom Becker. Sam Reed, the harbour chief, reacted skeptically to the Avalon Lines deal, “I am "
             "concerned about any agreement like it.”",
        rows={"The pier is safe": {"speaker": "longtime adviser"}, "Fares will rise": {"speaker": "Tom Becker"},
              "I am concerned": {"speaker": "Sam Reed", "cue": "reacted"}}, n=3),
    # A quote right after an opening bracket opens its clause: its frame follows it ("those who fear … (''This is
    # less a crisis,'' Quill wrote)" had given the quote to "fear"), and the words before end before the bracket.
    "a quote opening a bracket": dict(
        text="An argument between those who fear high fares (''This is less a crisis than a scandal,'' Ada Quill "
             "wrote last week) and those who fear empty boats.",
        rows={"This is less a crisis": {"speaker": "Ada Quill", "cue": "wrote"},
              "high fares": {"content": "high fares"}}),
    # A document speaks for the one whose it is, named in the speaker's phrase ("Ada Quill’s statement said" had the
    # unnamed source "Ada Quill’s statement"; "a statement from the Avalon Port Authority" the same for the
    # authority), so the speaker tables count Quill; the speaker's mention stays the whole phrase.
    "a document speaks for its author": dict(
        text="Ada Quill’s statement said the port was safe. A statement from the Avalon Port Authority said the pier "
             "was shut.",
        rows={"the port was safe": {"speaker": "Ada Quill", "speaker_kind": "named person",
                                    "speaker span": "Ada Quill’s statement"},
              "the pier was shut": {"speaker": "Avalon Port Authority", "speaker_kind": "organisation"}}),
    # Verbs of speech of sharper exchanges frame quotes and clauses ("“…,” an angry Hollande retaliated", "Hewlett
    # sniped that …", "fretted", "reasoned": no row, or the quote given to the speaker before).
    "retaliated, sniped, fretted": dict(
        text="“The pier is unsafe,” Tom Becker said. “The pier is safe,” an angry Ada Quill retaliated. Sam Reed "
             "sniped that Quill was “learning on the job.” Mia Vale fretted that fares would rise, and Jo Lind "
             "reasoned that the boats were old.",
        rows={"The pier is safe": {"speaker": "Ada Quill", "cue": "retaliated"},
              "learning on the job": {"speaker": "Sam Reed", "cue": "sniped"},
              "fares would rise": {"speaker": "Mia Vale", "cue": "fretted"},
              "the boats were old": {"speaker": "Jo Lind", "cue": "reasoned"}}),
    # A live blog's time stamp opening a paragraph is no part of the words reported ("09:58 GMT - Power has been
    # cut …, according to Avalon Power." had reported the time stamp too).
    "a live blog's time stamp": dict(
        text="09:58 GMT - Power has been cut to 3,000 homes, according to Avalon Power.\n\n"
             "10:02 a.m. ET — Trains are running again, the rail company said.",
        rows={"Power has been cut to 3,000 homes": {"cue": "according to"},
              "Trains are running again": {"speaker": "rail company"}}, n=2),
    # A name with "for" or "of" before an unnamed source's noun is all the source's ("A Department for Transport
    # spokesperson" had the speaker "Transport spokesperson"), and keeps its capital.
    "a name with for or of before the noun": dict(
        text="A Department for Transport spokesperson said the trains were late. A Ministry of Defence spokesman "
             "said: “We do not comment on operations.”",
        rows={"the trains were late": {"speaker": "Department for Transport spokesperson"},
              "We do not comment": {"speaker": "Ministry of Defence spokesman"}}, n=2),
    # A court's ruling reports what it holds, as "said" does ("ruled that …", "…, a judge ruled Monday."); only
    # the past form, as "rule" and "rules" are as often nouns ("As a general rule, …", "party rules allow …"), and
    # not a rule over a place.
    "a judge ruled": dict(
        text="Judge Helena Marsh ruled that the pier sale was unlawful. The ferry will keep running, an appeals "
             "court ruled Monday. As a general rule, the board meets monthly. The Quill family ruled the island "
             "for 30 years.",
        rows={"the pier sale was unlawful": {"speaker": "Helena Marsh", "cue": "ruled"},
              "The ferry will keep running": {"speaker": "appeals court", "cue": "ruled"}}, n=2),
    # A role before a name set off by commas describes the person named, the whole phrase ("Quill's press secretary",
    # not "secretary"); not where a clause opens the stretch ("When the F.B.I. director, Ivo Brant, said").
    "a role before the name": dict(
        text="Its chief executive, Bram Okafor, said the port was badly run. Quill's press secretary, Piet Marsh, "
             "said the pier was safe. When the F.B.I. director, Ivo Brant, said the ferry was late, nobody cared.",
        rows={"the port was badly run": {"speaker": "Bram Okafor", "speaker_description": "Its chief executive"},
              "the pier was safe": {"speaker": "Piet Marsh", "speaker_description": "Quill's press secretary"},
              "the ferry was late": {"speaker": "Ivo Brant", "speaker_description": None}}),
    # The same for a role no list holds, opened by a determiner or a possessor ("The harbour master, Piet Marsh,
    # said"); not a clause's opening ("When the lighthouse keeper, …") nor a name set off by no second comma.
    "a role no list holds before the name": dict(
        text="The harbour master, Piet Marsh, said the pier would close. Avalon's chief pilot, Ada Quill, told "
             "reporters the fog was thick. When the lighthouse keeper, Bo Tarn, said the lamp failed, nobody "
             "listened. The week after, Mira Sand, however, said the fares were too high.",
        rows={"the pier would close": {"speaker": "Piet Marsh", "speaker_description": "The harbour master"},
              "the fog was thick": {"speaker": "Ada Quill", "speaker_description": "Avalon's chief pilot"},
              "the lamp failed": {"speaker": "Bo Tarn", "speaker_description": None},
              "the fares were too high": {"speaker": "Mira Sand", "speaker_description": None}}),
    # "called" with one called and then a purpose, a time or "and" is a telephone call, and "called off" a phrasal
    # verb: no words; "called him a liar", "called Marsh “reckless”" and "called for" still report.
    "a telephone call": dict(
        text="Ada Quill called Piet Marsh shortly after the vote. Marsh called her to say he would resign. The board "
             "called off the sale. Quill called Marsh “reckless.” Tom Becker called him a liar and called for a "
             "new vote.",
        rows={"Marsh “reckless": {"speaker": "Ada Quill", "cue": "called"},
              "him a liar": {"speaker": "Tom Becker", "cue": "called"}},
        absent="shortly|to say|^off"),
    # The business and crime pages' audiences are the ones told, not the start of what was said ("told analysts that
    # margins would recover", "told police she was scared").
    "analysts and police told": dict(
        text="Bo Tarn told analysts that margins would recover. Ada Quill told police she had heard a shot. Tom "
             "Becker told federal investigators he had never seen the ledger.",
        rows={"margins would recover": {"addressee": "analysts"},
              "she had heard a shot": {"addressee": "police"},
              "he had never seen": {"addressee": "federal investigators"}}, n=3),
    # Where it was said is no part of who said it ("wrote Mira Sand, an analyst at Holt & Pine, in a note." had the
    # description "an analyst at Holt & Pine, in a note"), and an analyst's note is a medium.
    "a medium after the description": dict(
        text="“The cut was big,” wrote Mira Sand, an analyst at Holt & Pine, in a note. “It is over,” said Ada "
             "Quill, the mayor, in an interview. Bo Tarn wrote in a note to clients that the cut was small.",
        rows={"The cut was big": {"speaker_description": "an analyst at Holt & Pine", "medium": "note"},
              "It is over": {"speaker_description": "the mayor", "medium": "interview"},
              "the cut was small": {"medium": "note"}}, n=3),
    # A question put to someone, told as a fronted phrase or a passive, is reported words with no source but a passive's
    # agent; the one asked is the addressee. Not an intention asked for ("Asked to explain why"), nor a topic asked
    # about (a speech act).
    "a question asked": dict(
        text="Asked whether the ferry would run, Ada Quill said: “I hope so.” When asked if the fares would rise, "
             "Tom Becker shrugged. Piet Marsh was asked what went wrong. Asked by Mia Vale why the pier closed in "
             "May, Quill said nothing. Asked to explain why, she left. When asked about the fares, she smiled.",
        rows={"whether the ferry would run": {"cue": "Asked", "speaker": None, "speaker_kind": "unresolved",
                                              "addressee": "Ada Quill"},
              "if the fares would rise": {"cue": "asked", "addressee": "Tom Becker"},
              "what went wrong": {"cue": "asked", "addressee": "Piet Marsh"},
              "why the pier closed in May": {"speaker": "Mia Vale"}},
        absent="^why, she|^about"),
    # A phrase after the speaker's noun ("with no clear explanation") ends before a conjunction: the verb after "and" is
    # the clause subject's, not the reporters'.
    "a phrase of with before and": dict(
        text="Ada Quill, who has led the board for years, arrived at a breakfast with reporters with no clear "
             "explanation and acknowledged that she had read the plan. Piet Marsh met voters from Avalon and said "
             "the ferry would run.",
        rows={"she had read the plan": {"speaker": "Ada Quill"}, "the ferry would run": {"speaker": "Piet Marsh"}}),
    # "continued" frames a quote ("“…,” he continued") and reports words only through "that": what goes on after it
    # is no words ("Power cuts will continue until at least March", "Quill continued campaigning on Friday").
    "continue as a verb of manner": dict(
        text="Power cuts will continue until at least March. “The grid is weak,” Ada Quill continued. Quill continued "
             "campaigning on Friday. Quill continued that the grid would hold.",
        rows={"The grid is weak": {"speaker": "Ada Quill", "cue": "continued"},
              "the grid would hold": {"speaker": "Ada Quill"}}, n=2),
    # A part of a group speaks as the part ("One of the officials said", "“…,” said some of the voters": the speaker
    # was "of the officials", "some"); "one" or "another" alone after an inverted verb is a speaker ("said one, a
    # mother of three").
    "a part of a group and one of them": dict(
        text="One of the officials said the grid was weak. “We cook with paraffin now,” said one, a mother of three "
             "who asked not to be named. “It is late,” said some of the voters. “No,” said another.",
        rows={"the grid was weak": {"speaker": "one of the officials", "speaker span": "One of the officials"},
              "We cook with paraffin": {"speaker": "one", "speaker_description": "a mother of three who asked not "
                                                                                 "to be named"},
              "It is late": {"speaker": "some of the voters"}, "No": {"speaker": "another"}},
        n=5),  # (and "not to be named", asked: PolNeAR marks the terms of speaking, "requested anonymity", as words)
    # A boss is a role, as a chief is ("the port boss said" stands for the one who runs the port; "warns utility boss"
    # had the speaker "utility", an organisation).
    "a boss": dict(
        text="Ada Quill runs the port. Power cuts will continue, the port boss said. Ferry chiefs said the delays were "
             "regrettable.",
        rows={"Power cuts will continue": {"speaker": "Ada Quill", "speaker span": "the port boss"},
              "the delays were regrettable": {"speaker": "Ferry chiefs", "speaker_kind": "unnamed source"}}, n=2),
    # An audience told, bare, before whatever is told ("told police a different story", "told officers he acted in
    # self-defense"); not the first noun of a longer phrase ("asked committee interns to …") nor one a relative clause
    # goes on with ("tells voters who …").
    "an audience told, bare": dict(
        text="Dale Hurst told officers he acted in self-defense. Witnesses told police a different story. Ada Quill "
             "asked committee interns to stay late.",
        rows={"he acted in self-defense": {"addressee": "officers"}, "a different story": {"addressee": "police"},
              "committee interns to stay late": {"addressee": None}}),
    # A document speaks for the one who signed or issued it, named beside it ("A statement, signed by board chair Ada
    # Quill, said …" had the speaker "statement"), as for "Ada Quill's statement" and "a statement from Ada Quill".
    "a document signed by someone": dict(
        text="A statement, signed by board chair Ada Quill, said the pier had lost money. A statement, issued by the "
             "Avalon Port Authority, said the ferry would run. A letter, signed by two directors, said fares would "
             "rise.",
        rows={"the pier had lost money": {"speaker": "Ada Quill", "speaker_description": None},
              "the ferry would run": {"speaker": "Avalon Port Authority", "speaker_kind": "organisation"},
              "fares would rise": {"speaker": "letter"}}),
    # The family the obituaries and crime pages quote: a widow, a brother, a niece (they had no speaker at all).
    "a widow and a brother": dict(
        text="Quill's widow, Mary, said the town had lost a friend. The pier was his life, his brother added.",
        rows={"the town had lost a friend": {"speaker": "Mary Quill", "speaker_description": "Quill's widow"},
              "The pier was his life": {"speaker": "brother"}}, n=2),
    # Reported words end before a participle of speech after "before" or "after" ("…, before adding that …"), and
    # after a frame set off by commas a clause of its own ("…, Quill said, though she declined to say why") is no
    # rest of the words the frame split: the words before the frame are reported.
    "before adding, and though after a frame": dict(
        text="Ada Quill said the pier was safe, before adding that the ferry was late. The fares are too high, Tom "
             "Becker said, though he declined to say why.",
        rows={"the pier was safe": {"content": "the pier was safe"}, "the ferry was late": {"cue": "adding"},
              "The fares are too high": {"speaker": "Tom Becker", "cue": "said"}}),
    # An eagerness between the speaker and the verb ("was quick to point out", "went so far as to say"); "an adviser to
    # Ada Quill said" is the adviser's (it was Quill's); participles after "with" and a name are that name's, also
    # the one coordinated after it ("with Tom Becker tweeting that … and asking, “…”").
    "quick to point out, an adviser to, with Becker tweeting": dict(
        text="Ada Quill was quick to point out that fares fell. Piet Marsh went so far as to say the pier was unsafe. "
             "An adviser to Ada Quill said the race was close. Critics were quick to chime in, with Tom Becker "
             "tweeting that it was a “disaster” and asking, “Who runs this port?”",
        rows={"fares fell": {"speaker": "Ada Quill", "cue": "point out"},
              "the pier was unsafe": {"speaker": "Piet Marsh", "cue": "say"},
              "the race was close": {"speaker": "adviser"},
              "Who runs this port?": {"speaker": "Tom Becker", "cue": "asking"}}),
    # Court papers speak as documents do ("The lawsuit says …", "a court filing shows …"), and "states" reports words
    # after a document's noun ("…, the complaint states."), never as the plural of a noun ("the United States said").
    "a lawsuit and a complaint": dict(
        text="Dale Hurst told officers he acted in self-defense, the complaint states. The lawsuit says the county hid "
             "the price. A court filing shows the fares rose. The United States said the vote was fair.",
        rows={"Dale Hurst told officers": {"speaker": "complaint", "cue": "states"},
              "he acted in self-defense": {"speaker": "Dale Hurst", "addressee": "officers"},
              "the county hid the price": {"speaker": "lawsuit"}, "the fares rose": {"speaker": "court filing"},
              "the vote was fair": {"speaker": "United States"}}, n=5),
    # A short paragraph in single marks is a crosshead only where the article quotes in double marks: not in a British
    # article that sets one title in double marks, nor after a paragraph ending "X told the Courier:".
    "short single-quoted paragraphs beside a title in double marks": dict(
        text="Ferry row\n\nThe row began after the programme “Island Life” aired.\n\n‘It’s a disgrace,’ said Rosa "
             "Quint, who runs a ferry line.\n\n‘We’ve waited months.’",
        rows={"We’ve waited months.": {"speaker": "Rosa Quint"}}),
    # Words in quotation marks after "to" or a preposition are held by the sentence's grammar: mixed, not direct.
    "a quotation after to or a preposition is mixed": dict(
        text="Tom Becker promised to “fix the ferry.” Ada Quill called on the board to “act now.” The plan was "
             "promoted on “certain fringes of the island,” Quill said. Becker said on Tuesday, “We will win.”",
        rows={"fix the ferry.": {"kind": "mixed", "speaker": "Tom Becker"},
              "act now.": {"kind": "mixed", "speaker": "Ada Quill"},
              "certain fringes": {"kind": "mixed", "speaker": "Ada Quill"},
              "We will win.": {"kind": "direct", "speaker": "Tom Becker"}}),
    # A dash attribution may end with a description in brackets, as reader-voice pieces write it.
    "a dash attribution with a description in brackets": dict(
        text="What islanders want\n\n“Give us a bridge.” – Piet Marsh (a nurse, Avalon)\n\n“No more delays” ― Mira "
             "Holt (harbour engineer)",
        rows={"Give us a bridge.": {"speaker": "Piet Marsh", "speaker_description": "a nurse, Avalon", "cue": "–"},
              "No more delays": {"speaker": "Mira Holt", "speaker_description": "harbour engineer"}}, n=2),
    # Q and A are the interviewer and the interviewee where the article says who interviewed whom.
    "Q and A take the people an interview's introduction names": dict(
        text="Five questions\n\nThe Courier’s Mira Holt interviewed harbour master Ines Dorn this week.\n\nQ: Will "
             "the pier be ready?\n\nA: If the money comes, yes.",
        rows={"Will the pier": {"speaker": "Mira Holt"}, "If the money comes": {"speaker": "Ines Dorn"}}, n=2),
    # A transcript's label in capitals may hold a stage direction or a party in brackets before its colon.
    "a transcript label with a stage direction": dict(
        text="Mayor Ada Quill and councillor Tom Becker debated on Avalon Radio.\n\nQUILL (laughing): We fixed the "
             "engines.\n\nBECKER: That is what you said last year.\n\nTOM BECKER (D-AVALON), COUNCILLOR: Let me "
             "finish.",
        rows={"We fixed the engines.": {"speaker": "Ada Quill", "cue": ":"},
              "Let me finish.": {"speaker": "Tom Becker", "cue": ":"}}, n=3),
    "a short paragraph in single marks after a frame and a colon": dict(
        text="“We are ready,” said Tom Becker. “The pier is safe.”\n\nAda Quill told the Courier:\n\n‘We will not "
             "be bullied.’",
        rows={"We will not be bullied.": {"speaker": "Ada Quill", "cue": "told"}}),
    # A he/she after a comma that follows a closing quotation mark (British and European copy: "‘…’, he said", where
    # American copy writes "‘…,’ he said") may stand for the subject of its own sentence, before the quotation: the
    # quoted words, not the clause around them, are what was said.
    "a comma after the closing mark before he said": dict(
        text="‘It is a scandal’, said Pim Ostrander, a baker in Brellock. Henrik Vallo was more cautious: ‘The money "
             "is not there’, he said. The minister, Ada Quill, was blunter: „Nobody asked us“, she said.",
        rows={"The money is not there": {"speaker": "Henrik Vallo"}, "Nobody asked us": {"speaker": "Ada Quill"}}),
    # The role before a name set off by commas after the clause may hold its body or place ("…, the chief executive of
    # the company, Ilse Marrow, said"): the words before the role's comma are what was said (there had been no row).
    "a role of a body beside the name after the clause": dict(
        text="The Tarnco plant in Brellock will close in June, the chief executive of the company, Ilse Marrow, said. "
             "The quay will reopen, the mayor of Tarnwick, Odo Penhallow, told reporters.",
        rows={"The Tarnco plant": {"speaker": "Ilse Marrow",
                                   "speaker_description": "the chief executive of the company"},
              "The quay will reopen": {"speaker": "Odo Penhallow", "cue": "told"}}),
    # A name after "in", "at" or "on" and an article's modified noun says where the people before it are, as right after
    # the article: "Farmers in the drought-hit Karoo Valley said" is the farmers', not the valley's.
    "a place after in the and a modifier": dict(
        text="Farmers in the drought-hit Karoo Valley said they had lost half their herds. Vendors at the busy Bay "
             "Street market say rents have doubled.",
        rows={"they had lost": {"speaker": "farmers", "speaker_kind": "unnamed source"},
              "rents have doubled": {"speaker": "vendors", "speaker_kind": "unnamed source"}}),
    # Scottish and Irish police forces named with no head word after the place ("Police Scotland", "Gardaí") are
    # organisations: the speaker had been 'Scotland' alone, or a person.
    "police forces of Scottish and Irish copy": dict(
        text="Police Scotland said a man had been arrested in Kilbrannan. Gardaí said the ferry road in Ballykeel was "
             "closed.",
        rows={"a man had been arrested": {"speaker": "Police Scotland", "speaker_kind": "organisation"},
              "the ferry road": {"speaker": "Gardaí", "speaker_kind": "organisation"}}),
    # "the 52-year-old" opening a paragraph's reporting clause after its quotation, where no name before gives the
    # age, is the one quoted in the paragraph before (sports and British copy); not after a paragraph that quotes no
    # one.
    "an age epithet after a paragraph break": dict(
        text="Saltmere coach Bruno Kettleby said of his striker: \"He is the best finisher I have had.\"\n\n"
             "\"He has to learn. He is young,\" the 52-year-old added.\n\nThe club was sold in May.\n\n\"We are broke,\" said "
             "the 61-year-old.",
        rows={"He has to learn.": {"speaker": "Bruno Kettleby"}, "We are broke": {"speaker": None}}),
    # A participle of naming after a comma ("…, terming them “…”", as Kenyan, Nigerian and Indian copy writes it;
    # "describing", "branding", "labelling", "dubbing") ends the words the clause before it reports, as "calling" does.
    "a participle of naming ends the clause before it": dict(
        text="Governor Wanjiku Kamau-Otieno dismissed claims that she misused Kirinyaga county funds, terming them "
             "\"propaganda\". Her deputy said the audit was flawed, describing it as rushed.",
        rows={"claims that she misused": {"content": "claims that she misused Kirinyaga county funds"},
              "the audit was flawed": {"content": "the audit was flawed"}}),
    # A role set beside a name whose closing comma follows a place the role's phrase leaves out ("Brian Murphy, the
    # chairman of the Rockingham County GOP in New Hampshire, for example, said") is that name's, not the one titled
    # chairman before (Will Rogers).
    "a role beside a name closed after a place": dict(
        text="Ferry fares rose again. Avalon County GOP Chairman Piet Marsh, for example, said the rise had hurt "
             "trade. Oona Grell, the chairman of the Vessany County GOP in Northshire, for example, said the levy had "
             "hurt the party.",
        rows={"the rise had hurt trade": {"speaker": "Piet Marsh"},
              "the levy had hurt the party": {"speaker": "Oona Grell", "speaker_kind": "named person"}}),
    # "The initiative also seeks …" after the "Self-Determination Initiative" was a person named "Initiative": a
    # common noun after "the" stands for a person through a title, not for a thing whose name holds the noun ("the
    # island" was the person "Mana Island" too).
    "a role's noun names no thing named with it": dict(
        text="The council backed two initiatives on Monday. The second, the so-called “Harbour Renewal Initiative” "
             "would rebuild the quay. The initiative also seeks to ban cars from the pier.",
        rows={"to ban cars from the pier": {"speaker": None, "speaker_kind": "unresolved"}}),
    # A participle of speaking fronted before the subject may name a show in quotation marks ("Speaking to “CBS This
    # Morning” Monday, Rubio refrained …"): the subject after it is whom the next sentence's pronoun stands for, not a
    # rival the sentence quotes (Chris Christie).
    "a fronted participle naming a show in quotation marks": dict(
        text="Speaking to “Avalon Today” on Monday, Ada Quill refrained from attacking her rivals, Mayor Bo Tarn and "
             "Ivo Brant, who say the councillor lacks experience.\n\nShe dismissed the criticism, saying the ferry "
             "plan was working.\n\nAppearing on “Good Morning, Avalon,” Lena Voss praised her rivals, Oona Grell and "
             "Piet Marsh, who say the mayor lacks experience.\n\nShe said the quay would reopen.",
        rows={"the ferry plan was working": {"speaker": "Ada Quill"},
              "the quay would reopen": {"speaker": "Lena Voss"}}),
    # A "the …" phrase of an unnamed source's noun opening the sentence after one a named person speaks ("“…,” Perry
    # said. ¶ The Air Force veteran also believes") describes that person, who goes on; not where its own sentence
    # names someone before it (the one asked answers: "when the AP asked Bennett …, the campaign manager said").
    "an unnamed source's noun after a named person spoke": dict(
        text="“The quay will reopen by June,” Oona Grell said on Monday.\n\nThe Navy veteran also believes the levy "
             "will pass.\n\n“It is a fair deal,” Bo Tarn said in an interview. Reflecting on his years at sea, the "
             "Avalon party leader said the ferry must run daily.\n\n“We will see,” Ada Quill said. When reporters "
             "asked Piet Marsh about it, the campaign manager said he would reply soon.",
        rows={"the levy will pass": {"speaker": "Oona Grell"},
              "the ferry must run daily": {"speaker": "Bo Tarn"},
              "he would reply soon": {"speaker_kind": "unnamed source"}}),
    # In an article of items (a live blog's "___." breaks, as AP's "The Latest" writes them; a list's numbers alone), a
    # role or an epithet names by title or description only someone named in its own item: "The Republican
    # presidential candidate plans …" after "Ted Cruz has taken time away …" was Donald Trump, so titled items before.
    "a role in an item of a live blog or a list": dict(
        text="Republican presidential candidate Piet Marsh spoke in Avalon on Monday.\n\n___.\n\n10:45 a.m.\n\n"
             "Bo Tarn has taken time away from campaigning to attend a funeral in Northport.\n\nThe Republican "
             "presidential candidate plans to be back in Avalon later Saturday.\n\n1\n\nLena Voss, an actress, spoke "
             "about the ferry.\n\n2\n\nOona Grell spoke about the quay. The actress said the pier was unsafe.",
        rows={"to be back in Avalon": {"speaker": "Bo Tarn"}, "the pier was unsafe": {"speaker": "Oona Grell"}}),
    # A show's name in quotation marks before a noun of a trade ("“Orange is the New Black” star Selenis Leyva opened up
    # …") opens the subject a he/she or an epithet after the sentence stands for, not a quotation: the subject had been
    # missed, and the actress was America Ferrera, quoted items before.
    "a show's name in quotation marks before the subject": dict(
        text="Lena Voss said the pier was unsafe.\n\n“Harbour Lights” star Oona Grell opened up about her childhood in "
             "Northport with her aunt, Ada Quill. She said the quay had been her playground.",
        rows={"the quay had been her playground": {"speaker": "Oona Grell"}}),
    # A he/she that no subject resolves stands for a speaker quoted last in its own item of a live blog or a list, not
    # in an item before ("___. ¶ 7:30 p.m. ¶ Bernie Sanders is thanking supporters … ¶ He told the raucous crowd" was
    # Donald Trump, quoted an item before): with none, the person named nearest.
    "a pronoun in an item of a live blog": dict(
        text="___.\n\n5:50 p.m.\n\nPiet Marsh said the quay would reopen in June.\n\n___.\n\n6:10 p.m.\n\nBo Tarn is "
             "thanking supporters at a rally in Northport.\n\nTarn won the Avalon primary, his first win. His "
             "opponent, Mrs. Mary Voss, won Brindle and Marlow.\n\nHe told the crowd that the win meant a lot to him.",
        rows={"the win meant a lot": {"speaker": "Bo Tarn"}}),
    # "In a statement," fronted before the subject holds no subject ("a statement" had been one), and a he/she after a
    # sentence whose subject is a person named by party and place ("the Kentucky Republican") stands for whom that
    # phrase does: "In a statement, the Kentucky Republican dismissed …. He says …" was Barack Obama, named nearest.
    "a pronoun after a statement of a person named by party": dict(
        text="Senator Piet Marsh criticised Mayor Bo Tarn on Monday.\n\nIn a statement, the Brindle County Republican "
             "dismissed the mayor's ferry plan. He says the council will vote in May.",
        rows={"the council will vote in May": {"speaker": "Piet Marsh"}}),
}


def test_a_british_headline_quotes_its_subject_with_no_verb():
    # "Quill ‘confident’ of ferry deal": the headline's subject, then its word in quotation marks, no verb between;
    # not a quotation after a verb's object ("… Calls the Vote ‘a Sham’"), nor one in the body.
    q = quotes_of("Ada Quill ‘confident’ of ferry deal\n\nTalks went on. The plan ‘failed’ anyway.")
    assert q[["kind", "content", "speaker", "cue"]].values.tolist() == [["mixed", "confident", "Ada Quill", None]]
    q = quotes_of("Tom Becker Calls the Ferry Vote ‘a Sham’\n\nTalks went on.")
    assert not q["cue"].isna().any() and "Ferry Vote" not in set(q["speaker"])
    # (chiefs and bosses, plural, are unnamed sources: 'chief' and 'boss' are roles, which stand for one person)
    q = quotes_of("Ferry chiefs ‘deeply sorry’ for delays\n\nThe ferry was late again.")
    assert q[["content", "speaker", "speaker_kind"]].values.tolist() == [["deeply sorry", "Ferry chiefs",
                                                                          "unnamed source"]]


def test_a_topic_asked_about_is_a_speech_act():
    text = "When asked about the pier's future, Ada Quill smiled."
    assert quotes_of(text).empty
    r = row(quotes_of(text, speech_acts=True), "about the pier's future")
    assert (r.cue, r.addressee, r.speaker_kind) == ("asked", "Ada Quill", "unresolved")


def test_a_word_of_grammar_opens_no_name_candidate_but_a_hyphenated_word_does():
    from presslens.quotes.sources import Article
    from presslens.text import sentence_spans

    text = "Reporters asked On-air Host Bo Tarn and On Tuesday about Piet Marsh."
    spans = sentence_spans(text)
    sents = {"start": [s for _, s, _ in spans], "end": [e for _, _, e in spans], "sent_id": list(range(len(spans)))}
    mentions = {c: [] for c in ("start", "end", "text", "name_start", "name_end", "title", "kind", "entity")}
    names = [text[c.start:c.end] for c in Article(text, sents, mentions, {}).cands if c.kind == "NAME"]
    assert names == ["On-air Host Bo Tarn", "Piet Marsh"]


@pytest.mark.parametrize("rule", ATTRIBUTION_RULES)
def test_attribution_rule(rule):
    case = ATTRIBUTION_RULES[rule]
    text = case["text"]
    q = quotes_of(text)
    for start, expected in case["rows"].items():
        r = row(q, start)
        for column, value in expected.items():
            got = text[int(r.speaker_start):int(r.speaker_end)] if column == "speaker span" else r[column]
            if value is None:
                assert got is None or pd.isna(got), (start, column, got)
            else:
                assert got.startswith(value[:-1]) if value.endswith("…") else got == value, (start, column, got)
    if "absent" in case:
        assert not q["content"].str.contains(case["absent"]).any()
    if "n" in case:
        assert len(q) == case["n"]


def test_according_to_and_vowed_to():
    q = quotes_of(AVALON)
    r = row(q, "the council ignored")
    assert (r.cue, r.speaker) == ("According to", "Bram Tolliver")
    r = row(q, "to publish the full costs")
    assert (r.kind, r.cue, r.speaker_kind) == ("indirect", "vowed", "organisation")


def test_clause_before_the_attribution():
    text = "The ferry will run again in April, officials said on Friday."
    r = row(quotes_of(text), "The ferry")
    assert (r.content, r.speaker, r.cue) == ("The ferry will run again in April", "officials", "said")


def test_parenthetical_and_participle_frames():
    text = ("The ferry, the harbour master said, will not run before May. "
            "Sen. Ada Quill (D-Avalon) said the pier was safe, adding that the council agreed.")
    q = quotes_of(text)
    r = row(q, "will not run before May")
    assert (r.cue, r.speaker_kind) == ("said", "unresolved")
    assert spoken_by(q, text, "will not run") == "the harbour master"
    assert row(q, "the pier was safe").speaker == "Ada Quill"
    r = row(q, "the council agreed")
    assert (r.cue, r.speaker) == ("adding", "Ada Quill")


def test_sources_without_a_name():
    text = ("Ferry traffic fell by a third, according to figures released by the harbour board. "
            "“We were never told,” one skipper said.")
    q = quotes_of(text)
    r = row(q, "Ferry traffic fell")
    # the organisation the figures come from speaks, as "the harbour board said" would (no name: not a named one)
    assert (r.cue, r.speaker, r.speaker_kind) == ("according to", "harbour board", "organisation")
    r = row(q, "We were never told")
    assert (r.speaker, r.speaker_kind) == ("skipper", "unnamed source")


def test_speech_acts_only_when_asked():
    text = "Ada Quill criticised the ferry company for its late boats."
    assert quotes_of(text).empty
    r = row(quotes_of(text, speech_acts=True), "the ferry company")
    assert (r.kind, r.cue, r.speaker) == ("indirect", "criticised", "Ada Quill")


def test_an_expectation_no_one_holds_is_a_speech_act():
    # "is expected to …": an expectation no one is named as holding, which PolNeAR marks (train: 50 of the 56 uses of
    # "is/are expected to"); a row only when asked for, with no speaker but a passive's agent, what is expected from
    # "to" to a comma (not one in a number) or the sentence's end, without a dangling "and".
    text = ("The Marrowby harbour board is expected to vote on the ferry levy on Friday. "
            "Councillors are widely expected by analysts at Brindle Bank to back it. "
            "The levy was expected to clear 1,200 objections and, if it does, fares will rise. "
            "The expected vote is the first since May.")
    assert quotes_of(text).empty
    q = quotes_of(text, speech_acts=True)
    assert len(q) == 3
    r = row(q, "to vote")
    assert (r.cue, r.content, r.kind) == ("is expected", "to vote on the ferry levy on Friday", "indirect")
    assert pd.isna(r.speaker)
    r = row(q, "to back")
    assert (r.cue, r.content, r.speaker) == ("are widely expected", "to back it", "analysts at Brindle Bank")
    assert row(q, "to clear").content == "to clear 1,200 objections"


def test_convening_is_a_speech_act():
    # "called a snap election", "called an emergency session" are speech acts, rows only when asked for (PolNeAR
    # marks them: 'called an emergency session', 'to call a debate in January on'); they had been dropped outright.
    text = "Prime Minister Ansel Krov will call a snap election for March. Piet Marsh called the vote a sham."
    assert quotes_of(text)["content"].tolist() == ["the vote a sham"]
    r = row(quotes_of(text, speech_acts=True), "a snap election")
    assert (r.cue, r.speaker, r.content) == ("call", "Ansel Krov", "a snap election for March")


def test_a_verb_of_an_object_reports_a_question_after_it():
    # "questioned whether …", "questioned why …": the object is a question put, reported as "asked whether" is
    # (PolNeAR marks them); a plain object stays a speech act, a row only when asked for.
    text = ("Councillor Ines Dorwick questioned whether the Marrowby ferry would run in winter. "
            "The harbourmaster, Olav Crane, questioned why the pier had been closed. "
            "Residents of Tullbridge have criticized the council.")
    q = quotes_of(text)
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["questioned", "Ines Dorwick", "whether the Marrowby ferry would run in winter"],
        ["questioned", "Olav Crane", "why the pier had been closed"]]


def test_a_question_after_a_verb_of_an_object_runs_on_as_a_clause():
    # The words of "questioned whether …" had ended at the first comma or "as", as a thing aimed at does ("criticized
    # the plan, which …"): 'whether the harbourmaster', 'how the pier'.
    q = quotes_of("Councillor Ines Dorwick questioned whether the harbourmaster, or his deputy, deserved credit. "
                  "Olav Crane questioned how the pier, built as a stopgap, had lasted.")
    assert q["content"].tolist() == ["whether the harbourmaster, or his deputy, deserved credit",
                                     "how the pier, built as a stopgap, had lasted"]


def test_a_phrasal_verb_in_its_base_form_after_a_modal_is_the_clauses_verb():
    # "would phone the ministry and push for a pier": "push for" after the reported clause's modal is that clause's
    # verb, as "and endorse Bush" is; read as a past form (its first word not a base), it had ended the words.
    q = quotes_of("Councillor Ines Dorwick said she would phone the ministry and push for a new pier at Marrowby.")
    assert q["content"].tolist() == ["she would phone the ministry and push for a new pier at Marrowby"]


def test_talk_or_speak_about_a_question_reports_it_and_a_topic_is_a_speech_act():
    # "talked about how …", "spoke about why …" had no row ("talk about" was no cue); a topic alone ("talked about
    # the weather") is a speech act, a row only when asked for, as "discussed the plan" is.
    text = ("Councillor Ines Dorwick talked about how the Marrowby pier was built. "
            "Olav Crane spoke about why the ferry was late. Dorwick then talked about the weather.")
    assert quotes_of(text)[["cue", "speaker", "content"]].values.tolist() == [
        ["talked about", "Ines Dorwick", "how the Marrowby pier was built"],
        ["spoke about", "Olav Crane", "why the ferry was late"]]
    assert row(quotes_of(text, speech_acts=True), "the weather").cue == "talked about"


def test_a_verb_of_an_object_reports_the_notion_or_claim_it_rejects():
    # "rejected the notion that …", "dismissed concerns that …" had no row (a speech act only); "his claim that …" keeps
    # the frame of its possessor alone, and a possibility is no claim.
    q = quotes_of("Harbourmaster Olav Crane rejected the notion that the Marrowby pier was unsafe. "
                  "Councillor Ines Dorwick dismissed concerns that fares would rise. "
                  "Crane disputed the idea that the ferry, built in 1970, was too old. "
                  "The storm raised the possibility that the pier would close.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["rejected", "Olav Crane", "the notion that the Marrowby pier was unsafe"],
        ["dismissed", "Ines Dorwick", "concerns that fares would rise"],
        ["disputed", "Olav Crane", "the idea that the ferry, built in 1970, was too old"]]


def test_an_accusation_of_doing_something_reports_what_was_said_done():
    # "accused the harbour board of hiding the report" had no row (a speech act only); an accusation of a noun
    # ("of hypocrisy") reports the charge as well (it had no row until a noun was read as the deed). A passive's
    # agent, a reduced relative with no object ("A man accused of arson"), a relative clause naming someone by an old
    # charge ("A woman who has accused Crane of fraud") and another verb's "of" ("criticized the cost of building")
    # stay none.
    q = quotes_of("Councillor Ines Dorwick accused the Marrowby harbour board of hiding the safety report. "
                  "Olav Crane accused Dorwick of hypocrisy and criticized the cost of building the pier. "
                  "Crane, accused by the board of leaking the report, resigned. A Velmora man accused of arson in "
                  "the grain store case told the jury he was asleep. A woman who has accused Crane of fraud said "
                  "on Sunday that he had called her.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["accused", "Ines Dorwick", "the Marrowby harbour board of hiding the safety report"],
        ["accused", "Olav Crane", "Dorwick of hypocrisy"], ["told", "Velmora man", "he was asleep"],
        ["said", "woman", "he had called her"]]


def test_criticizing_or_praising_someone_for_a_deed_reports_it_as_an_accusation_does():
    # "criticized the board for closing the pier", "praised Dorwick for speaking out" had no row (speech acts only);
    # "for" after "call" is no deed judged but the demand itself ("called for raising fares": a row of its own since
    # "call for" reports what is called for).
    q = quotes_of("Councillor Ines Dorwick criticized the Marrowby harbour board for closing the pier. "
                  "Olav Crane praised Dorwick for speaking out. Crane also called for raising fares.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["criticized", "Ines Dorwick", "the Marrowby harbour board for closing the pier"],
        ["praised", "Olav Crane", "Dorwick for speaking out"],
        ["called for", "Olav Crane", "raising fares"]]


def test_crediting_someone_with_a_deed_reports_it_as_praise_for_it_does():
    # "credited the harbour board with saving the pier" had no row ("credit" was no verb of an object); a thing
    # credited ("with the idea") and the noun ("the tax credit") stay none.
    q = quotes_of("Councillor Ines Dorwick credited the Marrowby harbour board with saving the pier. "
                  "Olav Crane credited Dorwick with the idea. The tax credit cost Tarnby little.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["credited", "Ines Dorwick", "the Marrowby harbour board with saving the pier"]]


def test_assailing_someone_for_a_deed_reports_it_as_criticizing_does():
    # "Senator Bernie Sanders … assailed her for supporting the war" had no row ("assail" was no verb of an object).
    q = quotes_of("Councillor Ines Dorwick assailed the Marrowby harbour board for closing the pier.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["assailed", "Ines Dorwick", "the Marrowby harbour board for closing the pier"]]


def test_chiding_someone_for_a_deed_and_other_listless_acts_of_judgement_are_verbs_of_an_object():
    # "The Advocate had chided President Barack Obama … for continuing his vacation" had no row, nor did "rebuked",
    # "lambasted", "railed against" or "was critical of" with speech_acts (no list held them): a deed judged is
    # reported as "criticized X for closing" is; the thing aimed at only as a speech act, as for "criticized".
    text = ("The Tarrow Courier had chided Mayor Ada Quill for staying on holiday. "
            "Councillor Bram Tolle rebuked the council for delaying the vote. "
            "Olav Crane lambasted the harbour plan. Ines Dorwick railed against the ferry levy. "
            "Sela Munro was critical of the pier budget.")
    assert quotes_of(text)[["cue", "speaker", "content"]].values.tolist() == [
        ["chided", "Tarrow Courier", "Mayor Ada Quill for staying on holiday"],
        ["rebuked", "Bram Tolle", "the council for delaying the vote"]]
    assert quotes_of(text, speech_acts=True)[["cue", "speaker", "content"]].values.tolist() == [
        ["chided", "Tarrow Courier", "Mayor Ada Quill for staying on holiday"],
        ["rebuked", "Bram Tolle", "the council for delaying the vote"],
        ["lambasted", "Olav Crane", "the harbour plan"],
        ["railed against", "Ines Dorwick", "the ferry levy"],
        ["was critical of", "Sela Munro", "the pier budget"]]


def test_a_verb_after_a_semicolon_frames_no_fragment_quoted_before_it():
    # "The former first lady calls it her ''responsibility gene''; rivals deride it as poll-tested caution" gave the
    # quoted fragment to the rivals' "deride": a frame after a semicolon is another clause's.
    q = quotes_of("The plan is her “steady hand”; rivals mock it as caution.")
    assert "mock" not in q["cue"].tolist()
    assert "rivals" not in q["speaker"].tolist()


def test_talking_about_what_reports_the_question_spoken_of():
    # "talked about what the ferry would cost" had no row (a speech act only), as "talked about how …" has;
    # "what" after another verb of an object ("criticized what the board did") is the thing aimed at and stays none.
    q = quotes_of("Councillor Ines Dorwick talked about what the Marrowby ferry would cost. "
                  "Olav Crane criticized what the board did.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["talked about", "Ines Dorwick", "what the Marrowby ferry would cost"]]

# -- robustness ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "“", "”", '"' * 1001, "“" * 500 + "”" * 499, "said said said",
    "According to", "‘’“”«»„\"'`", "he said: “", "Ω≈ç√ said “∫˜µ” 🙂", None,
])
def test_odd_text_never_raises(text):
    q = quotes_of(text)
    assert list(q.columns) == QUOTE_COLUMNS
    assert_offsets(text or "", q)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "“", "”", '"', "''", "‘", "’", " said ", " Ada Quill ", " he ", ", ", ". ", "\n\n", ":",
    " officials say ", " according to ", " that ", "word", " told reporters ", "vowed to ",
]), max_size=40))
def test_offsets_always_valid(pieces):
    text = "".join(pieces)
    assert_offsets(text, quotes_of(text))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", ", ", ". ", "-", "'s", "officials", "Officials", "OFFICIAL", "official", "White House",
    "prime minister", "Prime  Minister", "leader", "representative", "police", "policeman", "front",
    "front-runner", "spokesman", "ſpokesman", "the", "campaign", "aides", "a", "ad", "Xi", "said",
    "Said", "says", "according to", "According  to", "told", "tell", "pointed out", "point", "adding", "Wrote",
    "Added", "Ada", "In", "in", "a poll", "the survey", "polls", "released",
    "CEO", "ceo", "Ceo", "İ", "ı", "\u212a", "OFFİCİAL", "\u212aing",
    "he", "He", "HE", "i", "I", "it", "It", "IT", "she", "They", "who", "Which", "that", "We", "heads",
    "report", "Reports", "REPORTS", "emails", "put it", "Put", "went on", "’s", "'S", "IN", "In a Gazette poll",
    "survey,", "The poll", "ACCORDING", "e-mailed", "SAID", "asked by", "Asked  by", "Told by", ",", "Noting",
    "noting", "Saying that", "claim", "assertion", " that ", "insistence", "the latest", "head to", "survey.",
    "polls,", "in most polls.", "reportedly", "Reportedly", "reported", "jury", "Court", "court", "heard",
    "was told", "Jurors were told", "hearing", " at Avalon", " in Tarnwick",
]), max_size=30))
def test_scans_find_what_their_patterns_find(pieces):
    # The scans for source-phrase heads and for cues skip ahead with a cheaper pattern; they must
    # find exactly the matches (spans and groups) of the plain scans, for words that are in one
    # list, in several, overlap or nearly match.
    from presslens.quotes.extract import (_CLAIM_NOUNS, _CUE, _CUE_END, _CUE_SCAN, _CUE_WORDS, _HEARING_CUE,
                                          _OPENING_CUE, _PARTICIPLE_CUE, _POLL_CUE, _POLL_END_CUE)
    from presslens.quotes.lexicon import alternation, finditer_where
    from presslens.quotes.sources import _NP_HEAD, _NP_HEAD_AT, _PRONOUN, _heads_and_pronouns

    def spans(matches):
        return [(m.span(), m.groupdict()) for m in matches]

    text = "".join(pieces)
    assert spans(finditer_where(_NP_HEAD, _NP_HEAD_AT, text)) == spans(_NP_HEAD.finditer(text))
    plain_cue = re.compile(rf"\b(?:(?P<acc>[Aa]ccording\s+to)|(?P<verb>{_CUE_WORDS})"
                           rf"|(?P<noun>{alternation(list(_CLAIM_NOUNS))})(?=\s+that\s)|(?P<reportedly>reportedly)"
                           rf"|{_HEARING_CUE}){_CUE_END}|{_POLL_END_CUE}"
                           rf"|{_OPENING_CUE}"
                           rf"|{_POLL_CUE}|{_PARTICIPLE_CUE}")
    assert spans(_CUE.finditer(text)) == spans(plain_cue.finditer(text))
    for also in (None, _CUE_SCAN):
        heads, pronouns, cues = _heads_and_pronouns(text, also)
        assert heads == [(m.start(), m.end(), m.lastgroup) for m in _NP_HEAD.finditer(text)]
        assert pronouns == [m.span() for m in _PRONOUN.finditer(text)]
        assert spans(cues) == (spans(_CUE.finditer(text)) if also else [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", ", ", ". ", "-", "’", "'s", "the", "The", "THE", "a", "An", "its", "Its", "one", "Two", "three",
    "several", "Some", "many", "Most", "other", "another", "those", "These", "his", "Her", "their", "senior", "top",
    "former", "local", "federal", "state", "government", "administration", "campaign", "party", "four", "five",
    "But", "And", "However", "In", "of", "who", "was", "didn’t", "Ada", "Quill", "U.S.", "É", "élan", "x", "_",
]), max_size=14).map("".join))
def test_source_phrase_left_search_finds_what_the_plain_pattern_finds(text):
    # _NP_LEFT_FROM searches from the letters a match of _NP_LEFT opens with; it finds where the
    # phrase before a head starts as _NP_LEFT.search does (the head's start where that finds none),
    # in a stretch without a line break, as the one after the last stop before a head is.
    from presslens.quotes.sources import _NP_LEFT, _NP_LEFT_FROM

    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            if "\n" in text[lo:hi]:
                break
            plain, fast = _NP_LEFT.search(text, lo, hi), _NP_LEFT_FROM.search(text, lo, hi)
            assert (plain.start() if plain else hi) == (fast.start() if fast else hi)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    ";", ",", "”", "’", "'", " ", "  ", "\n", "—", "–", "-", "a", "is", "was", "were", "be", "been", "being", "'s",
    "’s", "bis", "Is", "that", "thathat", "at", "said", "he", "and", "according", "to", "adding", "quickly", "ly",
    "with", "sides", "labelling", "ing", "terming",
]), max_size=14).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_scans_from_first_characters_find_what_the_plain_patterns_find(text, lo, hi):
    # _CLAUSE_CUT, _PASSIVE and _THAT_ANY are written to open with the characters a match starts
    # with; they find the same as the patterns as one would write them.
    from presslens.quotes.extract import _CLAUSE_CUT, _PASSIVE, _THAT_ANY

    but = (r"but(?!\s+that\s+(?:(?:\w+ly|sometimes|often|now|still|even|also|only)\s+)?(?:he|she|they|it|we|I|you"
           r"|there|the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|most|no|any|each|every|all"
           r"|[A-Z][\w’'-]*|\d+)\b)")
    cut = re.compile(
        r";|,(?:''|[”\"’'])?\s+(?:according\s+to|though|although|while|whereas|" + but
        + r"|(?:and\s+)?(?:he|she|they|it)\s+(?:said|added|says)|adding|saying|telling|noting|arguing|writing"
        r"|explaining|calling|terming|describing"
        r"|branding|labell?ing|dubbing|insisting|warning|asking|vowing|promising|pledging|claiming|acknowledging"
        r"|conceding|stressing|asserting|reiterating|urging"
        r"|with\s+(?:[\w’'.-]+\s+){1,5}?(?:saying|calling|labell?ing|describing|branding|dubbing"
        r"|telling|adding|noting|arguing|warning|insisting|accusing))\b|\s+[—–]\s+")
    passive = re.compile(r"\b(?:is|was|are|were|be|been|being|'s|’s)\s+(?:\w+ly\s+)?$")
    that = re.compile(r"\bthat\b")
    cases = [(text, lo, hi), *((text, i, len(text)) for i in range(len(text)))]
    cases += [(t, i, len(t)) for t in ("bis ", "xbeing ", "was ", "it's ", "Kim’s quickly ", "‘s ") for i in range(3)]
    for text, lo, hi in cases:
        found = cut.search(text, lo, hi)
        assert (found and found.start()) == ((m := _CLAUSE_CUT.search(text, lo, hi)) and m.start())
        assert bool(passive.search(text, lo, hi)) == bool(_PASSIVE.search(text, lo, hi))
        assert [m.span() for m in that.finditer(text, lo, hi)] == [m.span() for m in _THAT_ANY.finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", ",", ".", " “", "\"", " that", " That", " tha", "t", " thatt", "that,", " he", " it", " was", " is",
    " and", " with", " in", " on", " a", " statement", " Monday", " today", ", where", " who", ", however,",
    " through", " translator", ", through a translator,", " NBC’s", " Avalon", " U.S.", " if", " so", " the plan",
]), max_size=14).map("".join))
def test_that_clause_gate_finds_what_the_four_patterns_find(text):
    # _that_clause tries its four patterns only where the word "that" lies before the end; it finds
    # what they find tried one after the other, at every start and end.
    from presslens.quotes.extract import _THAT, _THAT_AFTER_ASIDE, _THAT_ASIDE, _THAT_COMMA_ASIDE, _that_clause

    cases = [text, " on KAVN, where he is a host, that it", ", through a translator, that it", " that, if so, it was",
             " in a statement on Monday that the plan"]
    for text in cases:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                plain = (_THAT.match(text, lo, hi) or _THAT_AFTER_ASIDE.match(text, lo, hi)
                         or _THAT_ASIDE.match(text, lo, hi) or _THAT_COMMA_ASIDE.match(text, lo, hi))
                fast = _that_clause(text, lo, hi)
                assert (plain and (plain.re, plain.span())) == (fast and (fast.re, fast.span()))


def test_cue_starts_bisect_as_a_key_on_the_cue_matches_does():
    # Article.cue_starts (the starts of cue_matches, listed once per article) is bisected where a key on each
    # match was: the same index at every position, and the extractor reads the same list.
    from presslens.quotes.extract import _CUE_SCAN, _Extractor
    from presslens.quotes.sources import Article
    from presslens.text import sentence_spans

    text = ("Ada Quill said the levy was “a disgrace,” and she said it again. “We won,” Tarn told reporters, "
            "adding that the council would act. The mayor, Quill said, had warned of it, he said.")
    spans = sentence_spans(text)
    sents = {"start": [s for _, s, _ in spans], "end": [e for _, _, e in spans], "sent_id": list(range(len(spans)))}
    mentions = {c: [] for c in ("start", "end", "text", "name_start", "name_end", "title", "kind", "entity")}
    doc = Article(text, sents, mentions, {}, _CUE_SCAN)
    assert len(doc.cue_matches) >= 4 and doc.cue_starts == [m.start() for m in doc.cue_matches]
    assert _Extractor(doc, speech_acts=False).cue_starts == doc.cue_starts
    for pos in range(len(text) + 2):
        assert bisect.bisect_left(doc.cue_starts, pos) == bisect.bisect_left(doc.cue_matches, pos,
                                                                             key=lambda m: m.start())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", "-", "'", "’", "x", "s", "a", "an", "any", "the", "their", "these", "those", "his", "her", "its",
    "our", "such", "new", "my", "An", "THE", "Their", "HIS", "My", "İts", "ıts", "ſuch", "Kelvin", "thé", "é", "ly",
    "widely", "Widely", "family", "rally", "claims", "2", "_",
]), max_size=12).map("".join), st.integers(0, 50), st.integers(0, 50))
def test_noun_before_scan_finds_what_the_plain_pattern_finds(text, lo, hi):
    # _NOUN_BEFORE is written to open with the letters its words open with, \b a look-behind after it; it
    # finds the same as the pattern as one would write it, case folds included ("İ", "ı", "ſ").
    from presslens.quotes.extract import _LY_NOUNS, _NOUN_BEFORE

    plain = re.compile(r"\b(?:a|an|the|his|her|their|its|our|any|these|those|such|new|my)\s+"
                       rf"(?:(?-i:(?!(?:{_LY_NOUNS})\s)[a-z]+ly)\s+)?$", re.I)
    for lo, hi in [(lo, hi), *((i, len(text)) for i in range(len(text) + 1))]:
        found = plain.search(text, lo, hi)
        assert (found and found.span()) == ((m := _NOUN_BEFORE.search(text, lo, hi)) and m.span())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["``", "''", "`", "'", "‘", "’", "“", "”", "„", "‟", "«", "»", "\"", "″", "a", " "]),
                max_size=12).map("".join), st.integers(0, 22), st.integers(0, 22))
def test_mark_scan_finds_what_the_plain_pattern_finds(text, lo, hi):
    from presslens.quotes.marks import _MARK, _MARK_CURLY_PAIRS

    plain = re.compile(r"``|''|[“”„‟«»\"″]")
    assert [m.span() for m in _MARK.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)]
    pairs = re.compile(r"``|''|‘‘|’’|[“”„‟«»\"″]")
    assert ([m.span() for m in _MARK_CURLY_PAIRS.finditer(text, lo, hi)]
            == [m.span() for m in pairs.finditer(text, lo, hi)])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", "\u00a0", ",", "(", ")", "-", "--", "—", "–", "“", "who", "which", "Bo Tarn", "founded it",
    "including", "such as", "like", "Kim", "about", "33", "%", "percent", "per cent", "a pilot",
]), max_size=16).map("".join), st.integers(0, 40))
def test_asides_before_a_verb_end_with_the_mark_before_it(text, lo):
    # _frame looks for an aside or examples set off right before a verb only after the mark each ends
    # with (_mark_before): where another character stands last before the verb, none is found.
    from presslens.quotes.extract import (_DASH_ASIDE_BEFORE, _DASHES, _DASHES_BEFORE, _EXAMPLES, _PAREN_BEFORE,
                                          _mark_before)

    for pos in range(len(text) + 1):
        start = min(lo, pos)
        mark = _mark_before(text, start, pos)
        assert mark == (text[start:pos].rstrip() or " ")[-1].strip()
        if mark not in _DASHES:
            assert not _DASH_ASIDE_BEFORE.search(text, start, pos) and not _DASHES_BEFORE.search(text, start, pos)
        if mark != "," and mark not in _DASHES:
            assert not _EXAMPLES.search(text, start, pos)
        if mark != ")":
            assert not _PAREN_BEFORE.search(text, start, pos)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=" \n\u00a0\u2003.,;:!?—–-ab“", max_size=20), st.integers(0, 22), st.integers(0, 22))
def test_trimmed_end_drops_trailing_space_and_marks(text, start, end):
    from presslens.quotes.extract import _trimmed_end

    assert _trimmed_end(text, start, end) == start + len(re.sub(r"[\s.,;:!?—–-]+$", "", text[start:end]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from(["the", "The", "a", "his", "U.S.", "senior", "former", "Acting", "But", "of", "x", "’s", "(“",
                     "has", "will", "also", "quickly", "and", "said", "Kim", "5%"]),
    st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\u00a0", ", ", ". ", "-"])), max_size=14))
def test_phrase_searches_start_no_later_than_a_match(pieces):
    # The searches for a source phrase's left edge and for a clause's subject start a few words
    # back from where the match must end (runs_back): the same match as over the whole window.
    from presslens.quotes.extract import _SUBJECT_NP, _SUBJECT_WORDS
    from presslens.quotes.sources import _NP_LEFT, _NP_LEFT_WORDS, runs_back

    # the longest subject: six words of the phrase, three auxiliaries or adverbs
    longest = "Then, old former state party campaign aides have also quickly said"
    cue = longest.index("said")
    found = _SUBJECT_NP.search(longest, runs_back(longest, 0, cue, _SUBJECT_WORDS), cue)
    assert found and longest[found.start():].startswith("old former")
    text = "".join(w + sep for w, sep in pieces) + "officials"
    head = len(text) - len("officials")
    for pattern, words in ((_NP_LEFT, _NP_LEFT_WORDS), (_SUBJECT_NP, _SUBJECT_WORDS)):
        for lo in range(max(0, head - 80), head + 1):
            whole = pattern.search(text, lo, head)
            bounded = pattern.search(text, runs_back(text, lo, head, words), head)
            assert (whole and whole.span()) == (bounded and bounded.span())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from(["the", "The", "a", "An", "Quill’s", "harbour", "master", "former", "of", "and", "who", "x",
                     "Avalon", "U.S.", "ex-pilot", "(", "2024", "’s"]),
    st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", ", ", " , ", ". ", "-"])), max_size=14))
def test_description_before_a_name_search_starts_no_later_than_a_match(pieces):
    # Article._index_descriptions searches for a description written before a name (_DESC_BEFORE) from
    # the runs_back of its longest match, not from every character of its 80: the same match.
    from presslens.quotes.sources import _DESC_BEFORE, _DESC_BEFORE_RUNS, runs_back

    longest = "Yesterday the old former deputy harbour master , Ada Quill"
    name = longest.index("Ada")
    found = _DESC_BEFORE.search(longest, runs_back(longest, 0, name, _DESC_BEFORE_RUNS), name)
    assert found and found.group("desc").startswith("the old")
    text = "".join(w + sep for w, sep in pieces) + "Ada Quill"
    name = len(text) - len("Ada Quill")
    for lo in range(max(0, name - 80), name + 1):
        whole = _DESC_BEFORE.search(text, lo, name)
        bounded = _DESC_BEFORE.search(text, runs_back(text, lo, name, _DESC_BEFORE_RUNS), name)
        assert (whole and (whole.span(), whole.span("desc"))) == (bounded and (bounded.span(), bounded.span("desc")))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=".?!;:, \n“”\"ab", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_last_stop_before_a_head_is_the_last_of_any_stop(text, lo, hi):
    # One pattern finds where a source phrase may start: after the stop (of all of them) that
    # ends last inside text[lo:hi].
    from presslens.quotes.sources import _NP_STOP_LAST

    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    ends = [i + len(sep) for sep in ("\n", ". ", "? ", "! ", "; ", ": ", ", ", "“", "”", "\"")
            if (i := text.rfind(sep, lo, hi)) >= 0]
    stop = _NP_STOP_LAST.match(text, lo, hi)
    assert (stop.end() if stop else None) == (max(ends) if ends else None)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", ".", ", ", "-", "'", "’", "x", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen",
    "Prof", "MR", "Ada", "Quill", "A", "Q", "É", "é", "9", "_", "O'Neil", "van", "ADA", "aDa",
]), max_size=25))
def test_name_pattern_is_the_plain_one(pieces):
    # _NAME opens with the capital (skipped to quickly); it must find what the plain pattern does.
    from presslens.quotes.sources import _NAME

    plain = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+[A-Z][\w’'-]+"
                       r"|[A-Z][a-z’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+))+)\b")
    text = "".join(pieces)
    assert [m.span() for m in _NAME.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", ",", "x", "on", "On", "via", "in", "during", "at", "a", "an", "the", "his", "its",
    "Twitter", "interview", "statement", "Facebook", "é", "_", "9", "'", "-",
]), max_size=16), st.integers(0, 40), st.integers(0, 80))
def test_medium_patterns_are_the_plain_ones(pieces, lo, hi):
    # The medium patterns open with their first letters (skipped to quickly); searched in any
    # window they must find what the plain ones do.
    from presslens.quotes.extract import _MEDIUM_IN, _MEDIUM_ON
    from presslens.quotes.lexicon import alternation, word_list
    from presslens.quotes.sources import WORD

    plain_in = re.compile(rf"\b(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its)\s+(?:{WORD}+\s+){{0,3}}?"
                          rf"(?P<m>{alternation(word_list('medium_nouns'))})\b")
    plain_on = re.compile(rf"\b(?:on|via)\s+(?:his\s+|her\s+|their\s+|its\s+)?"
                          rf"(?P<m>{alternation(word_list('platforms'))})\b")
    text = "".join(pieces)
    for fast, plain in ((_MEDIUM_IN, plain_in), (_MEDIUM_ON, plain_on)):
        a, b = fast.search(text, lo, hi), plain.search(text, lo, hi)
        assert (a and (a.span(), a.group("m"))) == (b and (b.span(), b.group("m")))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", "\n", ",", ":", "x", "on", "at", "by", "phone", "the", "that", "That", "thats", "“", "”", '"', "é",
]), max_size=16))
def test_medium_only_is_the_plain_lazy_pattern(pieces):
    # _MEDIUM_ONLY takes its words greedily, never giving them back; matched whole it says what the plain lazy
    # pattern says.
    from presslens.quotes.extract import _medium_only
    from presslens.quotes.lexicon import alternation, word_list

    plain = re.compile(rf"(?:\s*(?:on|in|at|during|via|through|to|after|before|last|this|earlier|later"
                       rf"|by\s+(?:{alternation(word_list('by_media'))}))\b(?:(?!\bthat(?:\s|$))[^“”\"])*?)?[\s,:]*")
    gap = "".join(pieces)
    assert _medium_only(gap) == bool(plain.fullmatch(gap))


def test_medium_only_takes_linear_time_on_a_long_gap():
    # The lazy run tried the trailing spaces at every character: 8 CPU s on 50,000 spaces after "on".
    import time

    from presslens.quotes.extract import _medium_only

    began = time.process_time()
    assert _medium_only("on" + " " * 50_000 + "x") and not _medium_only("on" + " " * 50_000 + "that “")
    assert time.process_time() - began < 1.0


def test_head_scan_in_lower_case_knows_every_character_lowering_changes():
    # The head scan reads lowered text unless a character folds apart: one whose lower case
    # changes its length, its \w or \s, becomes ASCII, or that (?i) matches to an ASCII letter.
    from presslens.quotes.sources import _SOME_LOWER
    from presslens.text import _CASE_ODD

    assert _SOME_LOWER.isascii()
    letter, word, space = re.compile(r"(?i)[a-z]"), re.compile(r"\w"), re.compile(r"\s")
    apart = []
    for cp in range(0x80, sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if (len(low) != 1 or low.isascii() or letter.match(c) or bool(word.match(c)) != bool(word.match(low))
                or bool(space.match(c)) != bool(space.match(low))):
            apart.append(c)
    assert apart == ["\u0130", "\u0131", "\u017f", "\u212a"]
    assert all(_CASE_ODD.match(c) for c in apart)


def test_long_run_on_sentence_with_many_cues_completes():
    # 200 KB without a full stop and with thousands of cues: every look-up around a cue is
    # bounded, so this takes seconds (it was quadratic: 128 KB took a minute). Speed itself is
    # measured in benchmarks/, not here.
    unit = "and he said that they said it was fine and the mayor said Ada Quill said "
    text = unit * (200_000 // len(unit))
    q = quotes_of(text)
    assert len(q) > 2_000 and (q["kind"] == "indirect").all()
    assert_offsets(text, q)


def test_columns_and_types():
    q = quotes_of(AVALON)
    assert list(q.columns) == QUOTE_COLUMNS
    assert q["quote_id"].tolist() == list(range(len(q)))
    assert set(q["kind"]) <= {"direct", "mixed", "indirect"}
    assert set(q["speaker_kind"]) <= {"named person", "organisation", "unnamed source", "unresolved"}
    assert_offsets(AVALON, q)


# -- speakers table -------------------------------------------------------------------------

def test_speakers_counts_words_and_shares():
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [AVALON, AVALON],
                         "outlet": ["Avalon Post", "Harbour Times"]})
    q = extract_quotes(arts)
    table = speakers(q, arts)
    assert list(table.columns) == SPEAKER_COLUMNS
    assert set(table["outlet"]) == {"Avalon Post", "Harbour Times"}
    for _, group in table.groupby("outlet"):
        assert group["share_of_words"].sum() == pytest.approx(1.0)
    quill = table[(table["speaker"] == "Ada Quill") & (table["outlet"] == "Avalon Post")].iloc[0]
    own = q[(q["doc_id"] == "a") & (q["speaker"] == "Ada Quill") & q["kind"].isin(["direct", "mixed"])]
    assert quill["words_quoted"] == sum(len(c.split()) for c in own["content"])
    assert bool(quill["named"]) and not table[table["speaker"] == "officials"]["named"].any()


def test_speakers_of_nothing():
    assert list(speakers(quotes_of("")).columns) == SPEAKER_COLUMNS


NEGATED = ("Harbour master Ada Quill did not mention Tom Becker by name. Becker wouldn't say when the ferry would "
           "sail. Ines Dorwick has never once said that the pier was safe. Piet Marsh not only said the fares were "
           "high; he also said the pier was old. Olav Crane said he would not run again. The dockers are not convinced "
           "that the ferry is safe.")


def test_a_negated_cue_is_flagged_and_its_row_kept():
    # "did not mention X by name", "wouldn't say when", "never said": PolNeAR annotates these as attributions, the
    # hand-judged samples as none; the row stays and ``negated`` tells them apart. "not only said" and a negation
    # inside the content ("said he would not run") negate no cue; a cue may hold its negation ("are not convinced").
    q = quotes_of(NEGATED)
    assert list(q.columns) == QUOTE_COLUMNS and q["negated"].dtype == bool
    flags = dict(zip(q["content"], q["negated"]))
    assert flags == {"Tom Becker by name": True, "when the ferry would sail": True, "the pier was safe": True,
                     "the fares were high": False, "the pier was old": False, "he would not run again": False,
                     "the ferry is safe": True}
    assert_offsets(NEGATED, q)


def test_a_refusal_to_speak_is_a_negated_row():
    # audit: "Mayor Odile Farrant declined to comment" was an indirect row of Farrant's with nothing said. PolNeAR marks
    # such refusals as attributions (66 of the 67 "declined/refused to comment/say/answer …" of PolNeAR train), so the
    # row stays, with ``negated`` True, and the source counts can leave it out; "declined to be named" stays a row.
    text = ("Mayor Odile Farrant declined to comment on the bridge. Councillor Beno Strask refused to directly answer "
            "questions about the audit. A clerk, who declined to be named, said "
            "the invoices were late. Ines Dorwick declined to join the board.")
    q = quotes_of(text)
    flags = dict(zip(q["content"], q["negated"]))
    assert flags["to comment on the bridge"]
    assert flags["to directly answer questions about the audit"]
    assert not flags["the invoices were late"] and not flags["to join the board"]
    assert "Odile Farrant" not in set(speakers(q, negated=False)["speaker"])


def test_speakers_can_leave_out_negated_cues():
    q = quotes_of(NEGATED)
    every, said = speakers(q), speakers(q, negated=False)
    assert {"Ada Quill", "Ines Dorwick"} <= set(every["speaker"]) and every["quotes"].sum() == 7
    assert not {"Ada Quill", "Ines Dorwick"} & set(said["speaker"]) and said["quotes"].sum() == 3
    assert speakers(q.drop(columns="negated"), negated=False)["quotes"].sum() == 7  # an older table counts all


def test_the_author_is_no_quoted_source_even_when_the_most_quoted():
    """An op-ed's own "I" quotes the most words, yet the most quoted source is the person it quotes."""
    text = ("I have argued for years that the Ostrava Isle ferry is a disgrace. As I wrote last spring, "
            "\u201cThe ferry is late, dirty and dear, and the council knows it, and the council does nothing "
            "about it at all.\u201d\n\n\u201cWe will fix it,\u201d said Mara Quell, the harbour master.")
    table = speakers(quotes_of(text))
    assert table["speaker_kind"].iat[0] == "author"
    assert quoted_sources(table)["speaker"].tolist() == ["Mara Quell"]
    assert quoted_sources(table.iloc[0:0]).empty


# -- scoring ------------------------------------------------------------------------------------

def nearest(text: str, piece: str, anchor: int) -> int:
    starts = [i for i in range(len(text)) if text.startswith(piece, i)]
    return min(starts, key=lambda i: abs(i - anchor))


def write_ann(path, text, attributions):
    """A brat file for ``text``: one attribution per (source, cue, content) triple of substrings,
    source and cue taken at their occurrence nearest the content."""
    lines, t = [], 0
    for n, parts in enumerate(attributions, 1):
        ids = {}
        anchor = text.index(parts[2])
        for label, piece in zip(("Source", "Cue", "Content"), parts):
            s = nearest(text, piece, anchor)
            t += 1
            ids[label] = f"T{t}"
            lines.append(f"T{t}\t{label} {s} {s + len(piece)}\t{piece}")
        lines.append(f"E{n}\tAttribution:{ids['Cue']} " + " ".join(f"{k}:{v}" for k, v in ids.items()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_read_brat_and_evaluate(tmp_path):
    text = AVALON
    ann = tmp_path / "avalon_x1.ann"
    write_ann(ann, text, [
        ("Quill", "told", "“We have waited long enough. The boats need a home,”"),
        ("Tolliver", "said", "“The harbour will cost twice what the council says,”"),
        ("Officials", "say", "the first pier could open by spring"),
        ("The council", "has vowed", "to publish the full costs before the summer"),
        ("Avalon council", "backs", "harbour plan"),
    ])
    gold = read_brat(ann, text).assign(doc_id="a")
    assert gold["direct"].tolist() == [True, True, False, False, False]
    pred = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    scores = evaluate(pred, gold)
    assert scores["gold_direct"] == 2 and scores["direct_recall"] == 1.0
    assert scores["speaker_accuracy"] == 1.0
    assert scores["all_recall"] == pytest.approx(4 / 5)
    kinds = evaluate(pred, gold, {"a": text})["by_kind"]
    assert kinds["direct"]["gold"] == 2 and kinds["direct"]["recall"] == 1.0
    # (write_ann takes Tolliver's cue at the "said" nearest the quote: the one before it.)
    assert kinds["direct"]["speaker_right"] == 1.0 and kinds["direct"]["cue_right"] == 0.5
    assert kinds["indirect"]["gold"] == 3 and kinds["indirect"]["recall"] == pytest.approx(2 / 3)
    assert kinds["indirect"]["cue_right"] == 1.0
    assert kinds["mixed"]["gold"] == 0
    assert 0.0 < kinds["indirect"]["content_covered"] <= 1.0
    empty = evaluate(pred.iloc[0:0], gold)
    assert empty["direct_recall"] == 0.0 and empty["all_f1"] == 0.0
    assert "all_f1_ci" not in scores  # one article: no interval
    # Two articles, the second with nothing found: the figures are the summed counts', and the
    # intervals (resampling articles) run from the second alone to the first alone.
    both = evaluate(pred, pd.concat([gold, gold.assign(doc_id="b")], ignore_index=True))
    assert both["all_recall"] == pytest.approx(scores["all_recall"] / 2)
    for name in ("direct_f1", "all_f1", "speaker_accuracy"):
        assert both[f"{name}_ci"][0] == 0.0 and both[f"{name}_ci"][1] == pytest.approx(scores[name], abs=1e-4)
    # each outlet's all-attribution figures (evaluate_polnear gives them for the speech-act run)
    per = all_by_outlet(pred, pd.concat([gold, gold.assign(doc_id="b")], ignore_index=True),
                        {"a": "Kestrel Courier", "b": "Nordland Post"})
    assert per["Kestrel Courier"]["all_recall"] == pytest.approx(scores["all_recall"])
    assert per["Nordland Post"] == {"all_precision": 0.0, "all_recall": 0.0, "all_f1": 0.0}


def test_evaluate_reads_the_nyts_two_apostrophes_inside_reported_words_as_mixed(tmp_path):
    # The New York Times quotes with two apostrophes (''…''), and PolNeAR's NYT articles with them alone: reported
    # words holding such a fragment are mixed, as with double marks; whole quotes in them were direct already.
    text = ("The Orrin Bay council said on Monday that the levy was ''a disgrace to the quay'' and would end. "
            "''We will not pay it,'' said Ada Quill, a ferry pilot.")
    ann = tmp_path / "orrin_x1.ann"
    write_ann(ann, text, [
        ("The Orrin Bay council", "said", "the levy was ''a disgrace to the quay'' and would end"),
        ("Ada Quill", "said", "''We will not pay it,''"),
    ])
    gold = read_brat(ann, text).assign(doc_id="o")
    assert gold["direct"].tolist() == [False, True]
    kinds = evaluate(quotes_of(text).assign(doc_id="o"), gold, {"o": text})["by_kind"]
    assert (kinds["mixed"]["gold"], kinds["direct"]["gold"], kinds["indirect"]["gold"]) == (1, 1, 0)


def test_span_speakers_reads_a_marked_speaker_as_attribution_reads_its_own():
    # Speakers marked by hand (a gold Source) are named and classed by attribution's own resolution: the "she"
    # after Quill's introduction is Quill, "Officials" an unnamed source, the board an organisation, a phrase that
    # is no speaker candidate unresolved.
    text = ("Harbour master Ada Quill spoke at the Velmora pier on Monday. “The ferry stays,” she said. "
            "Officials said the fee would rise, and the Velmora Harbour Board said it agreed.")
    marked = ["she", "Officials", "the Velmora Harbour Board", "on Monday"]
    spans = pd.DataFrame({"doc_id": "v", "start": [text.index(p) for p in marked],
                          "end": [text.index(p) + len(p) for p in marked]})
    read = span_speakers(pd.DataFrame({"doc_id": ["v"], "text": [text]}), spans)
    assert read["speaker"].tolist()[:3] == ["Ada Quill", "officials", "Velmora Harbour Board"]
    assert read["speaker_kind"].tolist() == ["named person", "unnamed source", "organisation", "unresolved"]
    # the same reading as extraction gives its own rows
    own = quotes_of(text)
    assert own[["speaker", "speaker_kind"]].values.tolist() == read[["speaker", "speaker_kind"]].values.tolist()[:3]


def test_source_counts_compare_the_notebooks_counts_with_the_golds():
    # Three fictional outlets. Kestrel (articles a, b): presslens finds 2 attributions (Quill's quote, split over two
    # rows, and the council's), the gold has 4 (Quill twice, the board, officials). Nordland (c): 2 found, 1 gold.
    # Orr (d): 3 found (one a mixed quote), 4 gold (one mixed).
    text_d = "Officials said the levy was “a disgrace” at the Orr quay."
    pred = pd.DataFrame([
        # doc, id, kind, start, end, continues, cue, speaker, kind of speaker
        ("a", 0, "direct", 0, 10, None, 11, "Ada Quill", "named person"),
        ("a", 1, "direct", 20, 30, 0, None, "Ada Quill", "named person"),
        ("a", 2, "indirect", 40, 60, None, 35, "Harbour Council", "organisation"),
        ("c", 0, "direct", 0, 10, None, 11, "Bo Tarn", "named person"),
        ("c", 1, "indirect", 20, 30, None, 16, "Bo Tarn", "named person"),
        ("d", 0, "mixed", 28, 39, None, 10, "officials", "unnamed source"),
        ("d", 1, "indirect", 60, 70, None, 55, "officials", "unnamed source"),
        ("d", 2, "indirect", 80, 90, None, 75, None, "unresolved"),
    ], columns=["doc_id", "quote_id", "kind", "start", "end", "continues", "cue_start", "speaker", "speaker_kind"])
    pred = pred.assign(cue_end=pred["cue_start"] + 4, speaker_start=pred["cue_start"].where(pred["speaker"].notna()),
                       speaker_end=pred["cue_start"].where(pred["speaker"].notna()) + 3)
    gold = pd.DataFrame([
        ("a", [(0, 30)], True, "Ada Quill", "named person"),
        ("a", [(40, 60)], False, "Harbour Board", "organisation"),
        ("a", [(70, 80)], False, "officials", "unnamed source"),
        ("b", [(0, 20)], False, "Ada Quill", "named person"),
        ("c", [(0, 10)], True, "Bo Tarn", "named person"),
        ("d", [(15, 40)], False, "officials", "unnamed source"),
        ("d", [(60, 70)], False, None, "unresolved"),
        ("d", [(80, 90)], False, "Cy Orr", "named person"),
        ("d", [(100, 110)], False, "Cy Orr", "named person"),
    ], columns=["doc_id", "spans", "direct", "speaker", "speaker_kind"])
    outlets = {"a": "Kestrel", "b": "Kestrel", "c": "Nordland", "d": "Orr"}
    r = source_counts(pred, gold, outlets, {"d": text_d})
    kestrel = r["by_outlet"]["Kestrel"]
    assert kestrel["per_article"] == {**kestrel["per_article"], "presslens": 1.0, "gold": 2.0, "ratio": 0.5,
                                      "presslens_rows": 1.5}
    assert (kestrel["direct_share"]["presslens"], kestrel["direct_share"]["gold"]) == (0.5, 0.25)
    assert kestrel["direct_share"]["difference"] == 0.25
    assert (kestrel["named_person_share"]["presslens"], kestrel["named_person_share"]["gold"]) == (0.5, 0.5)
    assert (kestrel["named_share"]["presslens"], kestrel["named_share"]["gold"]) == (1.0, 0.75)
    # of the attributions with a source: in Orr presslens's unresolved row and the gold's are left out
    orr_people = r["by_outlet"]["Orr"]["named_person_of_sources_share"]
    assert (orr_people["presslens"], orr_people["gold"]) == (0.0, pytest.approx(2 / 3))
    assert r["by_outlet"]["Orr"]["named_person_share"]["gold"] == 0.5
    # the notebook's share_unnamed and share_unresolved: in Orr presslens's officials twice and one unresolved row
    # of 3, the gold's officials once and one attribution without a Source of 4
    orr_shares = {name: (r["by_outlet"]["Orr"][f"{name}_share"]["presslens"],
                         r["by_outlet"]["Orr"][f"{name}_share"]["gold"]) for name in ("unnamed", "unresolved")}
    assert orr_shares == {"unnamed": (pytest.approx(2 / 3), 0.25), "unresolved": (pytest.approx(1 / 3), 0.25)}
    # every share's difference has its interval over articles, the shares of attributions with a source too
    for name in ("named_of_sources", "named_person_of_sources", "unnamed", "unresolved"):
        share = r["all"][f"{name}_share"]
        assert share["difference_ci"][0] <= share["difference"] <= share["difference_ci"][1], name
    # the top sources by attributions, ties by name: both sides name Quill, one of the two presslens names
    assert kestrel["top_sources"]["presslens"] == ["Ada Quill", "Harbour Council"]
    assert kestrel["top_sources"]["gold"] == ["Ada Quill", "Harbour Board", "officials"]
    assert kestrel["top_sources"]["overlap"] == 0.5
    # the gold's mixed attribution (a quotation mark inside its content) and presslens's mixed row have quoted words
    orr = r["by_outlet"]["Orr"]
    assert (orr["quoted_share"]["presslens"], orr["quoted_share"]["gold"]) == (pytest.approx(1 / 3), 0.25)
    assert (orr["direct_share"]["presslens"], orr["direct_share"]["gold"]) == (0.0, 0.0)
    assert orr["top_sources"]["gold"] == ["Cy Orr", "officials"]  # the unresolved left out
    # all articles together: 7 found of 9, intervals over the 4 articles around the figures
    whole = r["all"]["per_article"]
    assert (whole["presslens"], whole["gold"], whole["ratio"]) == (1.75, 2.25, pytest.approx(7 / 9))
    assert whole["ratio_ci"][0] <= 7 / 9 <= whole["ratio_ci"][1]
    # presslens finds Quill's quote and the council's statement (matched to the board's) in Kestrel, of the gold's
    # two named-person, one organisation and one unnamed-source attribution
    kinds = kestrel["by_source_kind"]
    assert (kinds["named person"]["gold"], kinds["named person"]["recall"]) == (2, 0.5)
    assert (kinds["organisation"]["recall"], kinds["unnamed source"]["recall"]) == (1.0, 0.0)
    assert (kinds["organisation"]["presslens"], kinds["organisation"]["precision"]) == (1, 1.0)
    # outlets ranked by attributions per article: presslens 1, 2, 3 against the gold's 2, 1, 4: Spearman 0.5
    assert r["rank_agreement"]["per_article"]["rho"] == pytest.approx(0.5)
    # words quoted in the style of the New York Times, two apostrophes (''a disgrace''), are quoted words too
    text_e = "Officials said the levy was ''a disgrace'' at the Orr quay."
    nyt = source_counts(pred.iloc[0:0], gold.iloc[5:6].assign(doc_id="e"), {"e": "Orr"}, {"e": text_e})
    assert nyt["all"]["quoted_share"]["gold"] == 1.0 and nyt["all"]["direct_share"]["gold"] == 0.0


# -- measured figures ---------------------------------------------------------------------------

def plain(words: str) -> str:
    """``words`` without double quotation marks, stops at the end or runs of white space."""
    return " ".join(re.sub(r"[“”\"]", "", words).split()).rstrip(".,;:!?")


def test_sample_gold_all_quotes_right(sample_articles):
    gold = json.loads(shared_path("gold", "trump-tokyo-2025-10-27.quotes.json").read_text("utf-8"))
    q = extract_quotes(sample_articles)
    for g in gold["quotes"]:
        if g.get("optional"):
            continue
        hits = q[q["content"] == g["content"]]
        assert len(hits) == 1, f"missing: {g['content']!r}"
        r = hits.iloc[0]
        assert (r.kind, r.speaker) == (g["kind"], g["speaker"]), g["content"]
        assert (None if pd.isna(r.cue) else r.cue) == g["cue"], g["content"]
        if g.get("addressee"):
            assert r.addressee == g["addressee"]
        if g.get("medium"):
            assert r.medium == g["medium"]
        if g.get("speaker_description"):
            assert r.speaker_description == g["speaker_description"]
        # the whole proposition a mixed quote reports (the gold's words, without quotation marks or the stop after
        # them); for the other kinds the row's own words
        assert plain(r.reported_content) == plain(g.get("reported_content", g["content"])), g["content"]
    found = {c for c in q["content"]}
    required = {g["content"] for g in gold["quotes"] if not g.get("optional")}
    optional = {g["content"] for g in gold["quotes"] if g.get("optional")}
    assert found - required - optional == set(), "quotes the gold does not list"
    assert str(SAMPLE).endswith(gold["article"].split("/")[-1])


def test_polnear_is_scored_on_its_text_as_load_corpus_reads_it(tmp_path):
    # A PolNeAR-like article saved with mojibake ("â\x80\x9c" for "“", "Ã±" for "ñ"): load_corpus repairs it, so
    # the evaluation scores the repaired text, its gold offsets (into the file's text) moved with the repair.
    said = "Mayor Ana Peña spoke at the Velmora pier.\n\n“The ferry stays,” Peña said on Monday.\n"
    raw = said.encode("utf-8").decode("latin-1")
    for folder in ("text", "attributions"):
        (tmp_path / folder).mkdir()
    (tmp_path / "text" / "velmora.txt").write_text(raw, encoding="utf-8")
    source, cue = raw.rindex("Pe"), raw.rindex("said")
    content = raw.index("â\x80\x9c")
    spans = {"Source": (source, raw.index(" ", source)), "Cue": (cue, cue + 4),
             "Content": (content, raw.index(",", content) + 4)}
    (tmp_path / "attributions" / "velmora_a1.ann").write_text(
        "".join(f"T{i}\t{label} {s} {e}\t{raw[s:e]}\n" for i, (label, (s, e)) in enumerate(spans.items(), 1))
        + "E1\tSource:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    r = evaluate_polnear(tmp_path)
    assert r["articles"] == 1 and r["direct_f1"] == 1.0 and r["speaker_accuracy"] == 1.0


def test_polnear_is_scored_without_the_lines_load_corpus_reads_as_the_title():
    # A PolNeAR-like folder whose metadata.tsv names the article's first line as its title ("Ferry to Velmora stays,
    # says Mayor Ida Quill.", a headline ending in a period): load_corpus reads that line as the title, so a run
    # never looks for quotes in it. The evaluation scores the body alone: the title's gold attribution is left out
    # (counted in n_gold_in_title) and the body's gold moved to the body's start.
    from presslens import load_corpus

    folder = FIXTURES / "quotes" / "polnear_title"
    body = load_corpus(folder)["text"].iloc[0]
    assert body.startswith("Mayor Ida Quill spoke")
    r = evaluate_polnear(folder)
    assert r["n_gold_in_title"] == 1 and r["gold_all"] == 1 and r["all_f1"] == 1.0
    direct = r["by_kind"]["direct"]
    assert direct["speaker_right"] == 1.0 and direct["cue_right"] == 1.0 and direct["content_inside"] == 1.0


def test_polnear_gold_moves_past_the_characters_load_corpus_removes(tmp_path):
    # A stray byte-order mark and an escape character (files joined, a paste from a terminal): load_corpus removes
    # both, so the gold offsets after them move back with the text, and the quote is scored where the run finds it.
    raw = "Mayor Ida Quill spoke\x1b at the Velmora pier.\n\n\ufeff“The ferry stays,” Quill said.\n"
    for folder in ("text", "attributions"):
        (tmp_path / folder).mkdir()
    (tmp_path / "text" / "velmora.txt").write_text(raw, encoding="utf-8")
    content, cue = raw.index("“"), raw.index("said")
    spans = {"Source": (cue - 6, cue - 1), "Cue": (cue, cue + 4), "Content": (content, raw.index("”") + 1)}
    (tmp_path / "attributions" / "velmora_a1.ann").write_text(
        "".join(f"T{i}\t{label} {s} {e}\t{raw[s:e]}\n" for i, (label, (s, e)) in enumerate(spans.items(), 1))
        + "E1\tSource:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    from presslens import load_corpus
    from presslens.quotes.evaluate import _read_as_loaded

    text, gold, _ = _read_as_loaded(tmp_path / "attributions" / "velmora_a1.ann", raw)
    assert text == load_corpus(tmp_path / "text")["text"].iloc[0] and "\ufeff" not in text
    g = gold.iloc[0]
    assert (text[g.start:g.end], text[g.source_start:g.source_end], text[g.cue_start:g.cue_end]) == (
        "“The ferry stays,”", "Quill", "said")
    assert evaluate_polnear(tmp_path)["by_kind"]["direct"]["speaker_right"] == 1.0


def test_polnear_mixed_attributions_are_read_by_content_and_by_reported_clause(tmp_path):
    # A PolNeAR-like gold attribution whose content holds a quoted fragment and words outside it ("the levy was
    # “a disgrace”"): the row's content (the fragment) covers two of its five words, its reported clause all five.
    text = "Mayor Ida Quill said on Monday that the levy was “a disgrace.”\n"
    for folder in ("text", "attributions"):
        (tmp_path / folder).mkdir()
    (tmp_path / "text" / "velmora.txt").write_text(text, encoding="utf-8")
    cue, content = text.index("said"), text.index("the levy")
    spans = {"Source": (6, 15), "Cue": (cue, cue + 4), "Content": (content, text.index("”") + 1)}
    (tmp_path / "attributions" / "velmora_a1.ann").write_text(
        "".join(f"T{i}\t{label} {s} {e}\t{text[s:e]}\n" for i, (label, (s, e)) in enumerate(spans.items(), 1))
        + "E1\tSource:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    m = evaluate_polnear(tmp_path)["mixed_reported"]
    assert (m["gold"], m["found"]) == (1, 1)
    assert m["content_f1"] == pytest.approx(2 * 2 / (2 + 5)) and m["reported_f1"] == 1.0


@pytest.mark.eval
def test_polnear_figures():
    root = shared_path("corpora", "polnear-train")
    r = evaluate_polnear(root)
    assert r["articles"] == 840
    # Measured 2026-12-02 (single-quoted gold counts as direct): direct F1 0.961 (strict 0.745),
    # speaker 0.925, all 0.664 (0.697 with speech acts); before the reported-speech rules of that
    # day: 0.959 (0.751), 0.920, 0.642 (0.664). Floors sit slightly below, so a regression fails
    # and noise does not.
    assert r["direct_f1"] >= 0.955
    assert r["direct_f1_strict"] >= 0.73
    assert r["speaker_accuracy"] >= 0.918
    assert r["all_f1"] >= 0.658
    assert r["all_f1_speech_acts"] >= 0.69
    kinds = r["by_kind"]
    assert kinds["indirect"]["recall"] >= 0.37 and kinds["mixed"]["recall"] >= 0.81
    # the NYT's ''…'' inside reported words is mixed (measured 2026-12-07: mixed 2,302 -> 2,746 of the gold)
    assert kinds["mixed"]["gold"] >= 2700
    # Leave-one-outlet-out: every outlet held out in turn, the rules as they stand.
    outlets = r["by_outlet"]["outlets"]
    assert len(outlets) == 7 and sum(o["articles"] for o in outlets.values()) == 840
    assert min(o["direct_f1"] for o in outlets.values()) >= 0.925
    assert min(o["all_f1"] for o in outlets.values()) >= 0.62
    assert r["by_outlet"]["spread"]["direct_f1"]["range"] <= 0.05
    # the speech-act run's figures per outlet: measured 2026-12-07, all F1 0.719 (USA Today) to 0.809 (Western Journal)
    acts = r["speech_acts_by_outlet"]
    assert acts.keys() == outlets.keys() and min(o["all_f1"] for o in acts.values()) >= 0.70
    for o in outlets.values():  # each outlet's figures carry intervals over its own articles
        for name in ("direct_f1", "all_f1", "speaker_accuracy"):
            low, high = o[f"{name}_ci"]
            assert low - 1e-4 <= o[name] <= high + 1e-4 and high - low < 0.15
    # Gold mixed attributions (quoted words and words outside them), word-token F1 of the rows over them: measured
    # 2026-12-07, 2,355 of 2,663 found, content (the fragment) 0.711, reported_* (the clause) 0.872; by outlet
    # 0.684-0.738 -> 0.846-0.885.
    mixed = r["mixed_reported"]
    assert mixed["gold"] >= 2600 and mixed["reported_f1"] >= 0.86 and mixed["content_f1"] <= 0.72
    assert all(o["reported_f1"] >= o["content_f1"] + 0.1 for o in mixed["by_outlet"].values())
    # The source counts notebook 03 publishes against the gold's, measured 2026-12-07: 15.4 attributions an article
    # against the gold's 23.2 (ratio 0.667, 0.623-0.750 by outlet), the outlets ranked alike (Spearman 0.96); the
    # share of named people +0.09 over all attributions, +0.006 of those with a source (within 0.035 by outlet);
    # the ten most quoted names 6-10 of 10 the gold's.
    sources = r["sources"]
    assert 0.64 <= sources["all"]["per_article"]["ratio"] <= 0.70
    assert sources["rank_agreement"]["per_article"]["rho"] >= 0.85
    assert min(o["top_sources"]["overlap"] for o in sources["by_outlet"].values()) >= 0.6
    assert all(abs(o["named_person_of_sources_share"]["difference"]) <= 0.05 for o in sources["by_outlet"].values())
    assert sources["reader_agreement"]["kind"] >= 0.94
    # what notebook 03 and the report call safe as a level (measured 2026-12-07: -0.011 [-0.019, -0.005]), and the
    # unresolved share, which presslens under-states (0.039 against 0.157)
    low, high = sources["all"]["named_of_sources_share"]["difference_ci"]
    assert -0.03 <= low and high <= 0.03
    assert sources["all"]["unresolved_share"]["difference"] <= -0.08


# -- figures and context --------------------------------------------------------------------------

def test_quote_figures_and_context():
    from matplotlib.figure import Figure

    from presslens import plots
    from presslens.quotes import in_context

    arts = pd.DataFrame({"doc_id": ["a"], "text": [AVALON], "outlet": ["Avalon Post"]})
    q = extract_quotes(arts)
    for fig in (plots.speaker_share_chart(speakers(q, arts), highlight=["Ada Quill"]),
                plots.source_mix_chart(q, arts), plots.cue_verb_chart(q),
                plots.speaker_share_chart(speakers(q.iloc[0:0])), plots.source_mix_chart(q.iloc[0:0]),
                plots.cue_verb_chart(q.iloc[0:0])):
        assert isinstance(fig, Figure)
    shown = in_context(q, arts, width=20)
    r = shown[shown["content"].str.startswith("We have waited")].iloc[0]
    assert "⟦We have waited long enough. The boats need a home,⟧" in r.context
    assert "⟨told⟩" in r.context


def test_the_taoiseach_speaks_as_the_prime_minister_does():
    q = quotes_of("Taoiseach Mira Varsen met the council on Monday.\n\nThe levy is unfair, the Taoiseach said.")
    assert q[["speaker", "cue"]].values.tolist() == [["Mira Varsen", "said"]]


def test_a_role_naming_a_nation_is_no_one_the_article_gives_another_nation():
    # "The Russian foreign minister, meanwhile, … saying" was given to Saddam Hussein, named before as "Iraq's
    # president" (TempEval-3's CNN, sample D): a role naming a nation stands for no one the text says is another's.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Officials say Iraq's president Marko Telvin can expect air strikes. The Russian foreign minister, meanwhile, "
        "sought calm, saying on Friday that talks must go on.",
        "Ben Corder, the American coach, watched from the stand. \"It was a fine match,\" the Spaniard said.",
        "Russian President Ivan Petrovsky met aides on Monday. The Russian president said talks would go on."]})
    q = extract_quotes(arts)
    got = dict(zip(q["content"], zip(q["speaker"], q["speaker_kind"])))
    assert got["talks must go on"][1] == "unresolved"
    assert got["It was a fine match,"][1] == "unresolved"
    assert got["talks would go on"] == ("Ivan Petrovsky", "named person")  # a nation the text gives him


def test_a_photographers_credit_is_no_one_a_pronoun_stands_for():
    # "… editorial director at NPR. (Chuck Zoeller/Associated Press) ¶ The women said they met with Oreskes after he
    # expressed an interest …" gave the words to the photographer, the name of the line before.
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Tom Becker didn't respond to requests for comment.\nTom Becker, news director at the station. (Dale "
        "Morrow/Associated Press)\nThe women said they met with Becker after he expressed an interest in their work.",
        "Ivo Brant served in the war as an officer in Africa. (Mary F. Morrow/For The Avalon Post)\n"
        "\"There's Grandpa's sword,\" he said, pointing up at the wall."]})
    q = extract_quotes(arts)
    got = dict(zip(q["content"], q["speaker"]))
    assert got["an interest in their work"] == "Tom Becker"
    assert got["There's Grandpa's sword,"] == "Ivo Brant"


def test_a_he_or_she_is_no_one_its_own_clause_names_after_the_verb():
    # "He said Manafort's reputation is under attack" (Manafort's attorney) and "He also noted … that Mr. Steele was"
    # (Bruce Ohr) were given to the man the clause names: a writer would have written "he" again.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [
        "Ivo Brant was not in court on Monday. Brant's lawyer defended the deal and said it was legal. He said "
        "Brant's reputation was under attack in the press.",
        "Ivo Brant was not in court on Monday. A lawyer for Mr. Brant said the inquiry had stalled. He added that "
        "Mr. Brant had met the mayor only once.",
        "Ada Quill defended the levy on Sunday. Asked whether she was planning to step down Quill said she would stay.",
        "Tom Becker thanked his staff. In a short speech, he told the story of a woman who held a Becker sign."]})
    q = extract_quotes(arts)
    got = dict(zip(q["content"], zip(q["speaker"], q["speaker_kind"])))
    # (since: the he is the lawyer, one unnamed person known only as Brant's)
    assert got["Brant's reputation was under attack in the press"] == ("Brant's lawyer", "unnamed source")
    assert got["Mr. Brant had met the mayor only once"] == ("lawyer for Mr. Brant", "unnamed source")  # (since, too)
    # the name after a question's clause, and a name that modifies a noun, are no place in the clause (since, the verb
    # of a question put to its subject, "Asked whether she was planning …", gives no row of its own)
    assert "to step down Quill said she would stay" not in got
    assert got["she would stay"] == ("Ada Quill", "named person")
    assert got["the story of a woman who held a Becker sign"] == ("Tom Becker", "named person")


def test_an_office_named_no_one_before_is_the_one_person_the_article_names_so_after():
    # "… since the judge first ruled on a bail package …. US District Judge Amy Berman Jackson ruled in mid-December"
    # (PerSenT dev, sample M) was an unnamed source; the judge is the one person the article gives that title.
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Lawyers for Ivo Brant wrote that they had learned more about him since the judge first ruled on a bail "
        "package that would let him leave home.\nU.S. District Judge Ada Quill ruled in December that Brant could go free.",
        "\"The case is closed,\" the judge said.\nIvo Brant left the court with his lawyer."]})
    q = extract_quotes(arts)
    got = dict(zip(q["content"], zip(q["speaker"], q["speaker_kind"])))
    assert got["would let him leave home"] == ("Ada Quill", "named person")
    assert got["The case is closed,"] == ("judge", "unnamed source")  # named no one


def test_the_latter_and_the_former_are_one_of_the_pair_named_before():
    # "Both Judd and Sorvino thanked Jackson for speaking out against Weinstein. The latter explained that she cried"
    # (PerSenT dev, sample M) was unresolved: the second of the two named together.
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Ada Quill and Tom Becker thanked Ivo Brant for speaking out against Dale Morrow. The latter explained that "
        "she cried when she heard the news.",
        "Ada Quill and Tom Becker met the board on Monday. The former said the pier would stay open."]})
    q = extract_quotes(arts)
    got = dict(zip(q["content"], q["speaker"]))
    assert got["she cried when she heard the news"] == "Tom Becker"
    assert got["the pier would stay open"] == "Ada Quill"


def test_speaker_name_verdicts_hold_offsets_and_names_only():
    import csv
    import importlib.util

    scripts = FIXTURES.parent.parent / "scripts"
    with (scripts / "speaker_names.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    assert rows and all(r.keys() == {"sample", "doc_id", "speaker_start", "speaker_end", "expected", "note"}
                        for r in rows)
    assert all(0 < int(r["speaker_end"]) - int(r["speaker_start"]) <= 80 for r in rows)
    assert all(len(r["expected"]) <= 40 and len(r["note"]) <= 80 for r in rows)  # no article text
    assert len({(r["doc_id"], r["speaker_start"]) for r in rows}) == len(rows)  # each row judged once
    spec = importlib.util.spec_from_file_location("speaker_names", scripts / "speaker_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    named = "named person"
    assert module.right("Bush", named, "Jeb Bush") and module.right("Jeb Bush", named, "Jeb Bush")
    assert not module.right("George W. Bush", named, "Jeb Bush")
    assert not module.right("Donald Trump", named, "Donald Trump Jr.")
    assert module.right("Ansel Brody Pate IV", named, "Pate")  # a surname alone, the suffix aside
    assert module.right("campaign", "unnamed source", "-") and not module.right("Ada Quill", named, "-")
    assert not module.right(None, "unresolved", "Ada Quill")
    # "=": a full name another person of the article shares the surname of ("Haab's father" Glenn, "Haab" his son)
    assert module.right("Glenn Haab", named, "=Glenn Haab") and not module.right("Haab", named, "=Glenn Haab")
    # "@": an organisation for "the company" ("Kaspersky" for "Kaspersky Lab"); "@-": none named, the phrase left alone
    org = "organisation"
    assert module.right("Kaspersky Lab", org, "@Kaspersky") and not module.right("company", org, "@Kaspersky")
    assert not module.right("Avalon Lines", org, "@Kaspersky") and module.right("company", org, "@-")


@pytest.mark.eval
def test_speaker_name_samples_hold_their_floors():
    # scripts/speaker_names.py: the held-out samples of the names given to "he said", "the senator said", "officials
    # said" and "the company said", read against the quote table of all PolNeAR train and PerSenT dev. Sample Q (seed
    # 181), judged at 7ed8e0b9 before any rule written from it: pron 47/50, unnamed 25/25, bare 25/25, epithet 7/20
    # (the same at 18684994). Sample R (seed 182, drawn as Q was), judged at 18684994 before any rule written from it:
    # pron 46/50, unnamed 25/25, bare 24/25, epithet 0/6 (no floor: every row the phrase left as it is); pron 47/50
    # since the asker of a question is no evidence of the gender of its he/she (7a799e3d -> the commit after). Sample S
    # (seed 183, drawn as R was; the epithet pool spent, the role pool's 4 rows left taken), judged at 6a2acd81 before
    # any rule written from it: pron 44/50, role 3/4, unnamed 21/25, bare 24/25; pron 45/50 since a subject phrase of
    # the other gender ("The wife of …" for a he) is no one a he/she stands for (3a1d482f -> 5a23d701). Sample T (seed
    # 184, drawn as S was; the role pool's 2 rows left taken), judged at f39cbf38 before any rule written from it: pron
    # 47/50, role 2/2, unnamed 23/25, bare 24/25; S-bare and T-bare 25/25 since "One of the … who/to …" opening a
    # sentence is the person its copula names (d27896ba -> c8a02317). A rule that moves a judged speaker mention must
    # have the row judged again, so none may be gone but those the TSV notes gone: S-bare's two rows of an adjective
    # "alleged" (no attribution since sample U's rule). T-pron 47/50 -> 46/50 since the entity rule that reads two
    # padded surnames as two people ("According to  Packer  Hastings", 223ac43f): of the 21 PerSenT speakers it moved,
    # 20 are right and this one wrong, a he given to Winsome Packer, whose given name no list holds, so her gender is
    # unknown to the fallback (a she resolved to a person is not yet gender evidence): the floor says so, 0.92. Sample
    # U (seed 185, drawn as T was; the role and epithet pools spent), judged at 70d507d8 before any rule written from
    # it: pron 46/50, unnamed 20/25, bare 25/25; U-unnamed 21/25 and S-unnamed 22/25 since a document "sent from" a
    # person set off after a description, or one a person "provided", speaks for them (850b3c23 -> 9ef993fb).
    import importlib.util

    scripts = FIXTURES.parent.parent / "scripts"
    spec = importlib.util.spec_from_file_location("speaker_names", scripts / "speaker_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    floors = {"Q-pron": 0.94, "Q-unnamed": 1.0, "Q-bare": 1.0, "Q-epithet": 0.35,
              "R-pron": 0.94, "R-unnamed": 1.0, "R-bare": 0.96,
              "S-pron": 0.9, "S-role": 0.75, "S-unnamed": 0.88, "S-bare": 1.0,
              "T-pron": 0.92, "T-role": 1.0, "T-unnamed": 0.92, "T-bare": 1.0,
              "U-pron": 0.92, "U-unnamed": 0.84, "U-bare": 1.0}
    got = module.tally(*module.both_corpora(shared_path("corpora")))
    assert {name: got[name]["gone"] for name in floors if got[name]["gone"]} == {"S-bare": 2}
    share = {name: got[name]["right"] / got[name]["judged"] for name in floors}
    assert {name: round(share[name], 3) for name in floors if share[name] < floors[name]} == {}


def test_a_name_ending_in_a_source_noun_speaks_as_its_mention():
    # "Essex Police said" and "Backer says" (Dan Backer) were unnamed sources, read as the nouns "police"
    # and "backer"; "Officers said" stays one.
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Lindholm Police said officers were investigating. Officers said the ferry was safe.",
        "Tom Backer, the fund's lawyer, disagreed. \"It costs money,\" Backer says."]})
    q = extract_quotes(arts)
    got = dict(zip(q["content"], zip(q["speaker"], q["speaker_kind"])))
    assert got["officers were investigating"] == ("Lindholm Police", "organisation")
    assert got["the ferry was safe"][1] == "unnamed source"
    assert got["It costs money,"] == ("Tom Backer", "named person")


def test_a_colon_after_a_verb_of_speech_opens_the_words_reported():
    # "put it bluntly: the route had lost money" had no row (the clause must follow the verb after a space,
    # and "put it" reported only a that-clause).
    q = quotes_of("Calloway's number 9 bus will stop running in May.\n\n"
                  "The transport chief, Len Harwick, put it bluntly: the route had lost money for a decade.\n\n"
                  "One regular, Jo Pell, put it this way: the council had simply stopped caring.\n\n"
                  "Harwick said: the savings would go to a school bus.")
    assert q[["kind", "speaker", "cue", "content"]].values.tolist() == [
        ["indirect", "Len Harwick", "put it", "the route had lost money for a decade"],
        ["indirect", "Jo Pell", "put it", "the council had simply stopped caring"],
        ["indirect", "Len Harwick", "said", "the savings would go to a school bus"]]


def test_demand_after_an_adjective_is_a_noun_not_a_frame():
    # ", citing weaker demand in its European business" had a row: speaker "citing weaker", cue "demand", the
    # words the clause before the comma; "Workers demand that …" is still a frame. (What the firm cites is its words.)
    q = quotes_of("Halvern Logistics shares fell 8 percent after the firm cut its forecast, citing weaker demand in "
                  "its European business.\n\nDock workers demand that the Pellford depot stay open.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["Halvern Logistics", "citing", "weaker demand in its European business"],
        ["Dock workers", "demand", "the Pellford depot stay open"]]


def test_a_relative_clause_without_commas_ends_at_the_verb_of_its_clause():
    # Wire copy: "a resident who asked not to be named told AFP" had the words "not to be named told AFP".
    q = quotes_of("KARSK, Nov 3 - Fighting went on in Karsk on Sunday.\n\n"
                  "“We have no water, no power,” a resident who asked not to be named told AFP.")
    assert row(q, "not to be named")["content"] == "not to be named"
    assert row(q, "We have no water")["cue"] == "told"


def test_a_reader_or_viewer_is_an_unnamed_source():
    # Liveblogs and local TV: "A reader in Dorwick writes:" had the speaker "Dorwick", a person.
    q = quotes_of("11:02 a.m.: Snow is still falling across the county.\n\n"
                  "11:05 a.m.: A reader in Dorwick writes: \"Our street hasn't been plowed since yesterday.\"")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [["reader in Dorwick", "unnamed source"]]


def test_a_cue_form_before_has_is_a_noun():
    # "The strong jobs report has cleared the way …" and "the constant sowing of doubt has had a cumulative effect"
    # had rows of the cues "report" and "doubt" with no speaker, as "is", "was" and "have" after them did not; a
    # relative clause's verb before "has" is still a frame ("a deal which Quill says has saved the pier").
    q = quotes_of("The strong Tarnwick jobs report has cleared the way for a rate rise. The constant sowing of doubt "
                  "has had an effect on Pellford voters, Ada Quill said. Tom Becker praised a deal which Quill says "
                  "has saved the pier.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["Ada Quill", "said", "The constant sowing of doubt has had an effect on Pellford voters"],
        ["Ada Quill", "says", "has saved the pier"]]


def test_a_participle_after_an_article_and_an_adverb_is_an_adjective():
    # "he made a politically charged visit to the border …" and "a racially charged argument between …" had rows of
    # the cue "charged" with the speakers "politically" and "racially"; "The rally denounced …" is still a frame.
    q = quotes_of("Ada Quill made a politically charged visit to the Tarnwick pier on Monday. Tom Becker called it a "
                  "racially charged argument between two towns. The rally denounced Quill's claim that the pier "
                  "was safe.")
    assert [c for c in q["cue"] if c == "charged"] == []
    assert row(q, "the pier was safe")["cue"] == "claim"


def test_heard_or_seen_saying_after_a_modal_or_with_where():
    # "Trump was heard on a microphone telling Christie …", "some Republicans could be heard grousing that …" and
    # '“…?” a reporter can be heard asking Trump' had no speaker: the passive of perception may hold a modal and a
    # phrase of where between it and the participle, as "Quill was heard telling aides that …" does neither.
    q = quotes_of("Ada Quill was heard on the radio telling aides that the Tarnwick pier was safe. Some councillors "
                  "could be heard grousing that the fares were too high. “Is the ferry late?” a passenger can be "
                  "heard asking Tom Becker.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["Ada Quill", "was heard on the radio telling", "the Tarnwick pier was safe"],
        ["councillors", "could be heard grousing", "the fares were too high"],
        ["passenger", "can be heard asking", "Is the ferry late?"]]


def test_told_someone_to_do_something():
    # "Trump drew boos when he told Jeb Bush to quiet down …" had no row, where "told him not to …", "asked him to …"
    # and "urged him to …" had: "tell" takes the order after its addressee, as the verbs of demand do.
    q = quotes_of("Ada Quill told Tom Becker to leave the Tarnwick pier. Becker was heard on the radio telling "
                  "aides to expect a decision soon.")
    assert q[["speaker", "cue", "addressee", "content"]].values.tolist() == [
        ["Ada Quill", "told", "Tom Becker", "to leave the Tarnwick pier"],
        ["Tom Becker", "was heard on the radio telling", "aides", "to expect a decision soon"]]


def test_it_was_reported_that_is_reported_by_no_one_named():
    # "though it was widely reported that Mr. Trump paid $100 million", "It's been reported that …", "when it was
    # revealed that he bankrolled lawsuits …" had no row (PolNeAR marks them with no source, as it marks
    # "reportedly"); a verb of belief is no such report ("It is thought that …").
    q = quotes_of("The price was not disclosed, though it was widely reported that Ada Quill paid 100 pounds for the "
                  "Tarnwick pier. It's been reported that the ferry will stop. It is thought that the pier is old.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        [None, "it was widely reported", "Ada Quill paid 100 pounds for the Tarnwick pier"],
        [None, "It's been reported", "the ferry will stop"]]


def test_a_court_that_heard_words_is_no_speaker_and_names_none():
    # British court copy: "The jury heard that …", "…, Carrowby Crown Court heard.", "Jurors were told that …" had
    # no row; the court or the jury is the one told, and the copy names no one who said it (as "It was reported
    # that"). Evidence heard is no reported words.
    q = quotes_of("The jury heard that Dorran Vell kept the keys to the Carrowby depot. The van was burnt out near "
                  "the quarry, Carrowby Crown Court heard. Jurors were told that the lock had been forced. The "
                  "inquest heard evidence from a neighbour.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        [None, "The jury heard", "Dorran Vell kept the keys to the Carrowby depot"],
        [None, "Carrowby Crown Court heard", "The van was burnt out near the quarry"],
        [None, "Jurors were told", "the lock had been forced"]]
    assert q["addressee"].tolist() == ["The jury", "Carrowby Crown Court", "Jurors"]


def test_a_court_that_heard_how_reports_the_how_clause():
    # "The court heard how …" is British court copy's other way to report what the court was told (as "told the jury
    # how …" reports its clause); it had no row.
    q = quotes_of("Dorran Vell denies fraud. The court heard how Vell had moved the money to Tarnwick. Jurors were "
                  "told how the lock had been forced.")
    assert q[["speaker", "cue", "content", "addressee"]].values.tolist() == [
        [None, "The court heard", "how Vell had moved the money to Tarnwick", "The court"],
        [None, "Jurors were told", "how the lock had been forced", "Jurors"]]


def test_a_court_that_heard_words_where_it_sits_and_on_a_day():
    # The hearing's place between its noun and its verb ("an inquest in Tarnwick heard", "Jurors at Carrowby Crown
    # Court were told that") and the day after a closing frame ("…, the court heard on Monday.") had no row.
    q = quotes_of("Dorran Vell denies fraud. The boat had sunk in minutes, an inquest in Tarnwick heard. Jurors at "
                  "Carrowby Crown Court were told that the lock had been forced. The van was his, the court heard on "
                  "Monday.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        [None, "an inquest in Tarnwick heard", "The boat had sunk in minutes"],
        [None, "Jurors at Carrowby Crown Court were told", "the lock had been forced"],
        [None, "the court heard", "The van was his"]]


def test_magistrates_and_a_committee_that_heard_words_are_the_ones_told():
    # Magistrates' court and select committee copy: "Carrowby magistrates heard that …", "The committee was told that
    # …" had no row, as a court's had not.
    q = quotes_of("Dorran Vell denies fraud. Carrowby magistrates heard that the van was his. The committee was told "
                  "that the ferry fund was empty.")
    assert q[["speaker", "addressee", "content"]].values.tolist() == [
        [None, "Carrowby magistrates", "the van was his"], [None, "The committee", "the ferry fund was empty"]]


def test_a_court_that_heard_that_thing_reports_nothing():
    # "that" before a thing heard is its determiner, no clause: "The Marlow Supreme Court heard that case in 2015"
    # had made a row of "case in 2015"; a clause after "that" keeps its row.
    q = quotes_of("The Marlow Supreme Court heard that case in 2015. The jury heard that recording twice. The jury "
                  "heard that one witness had lied.")
    assert q["content"].tolist() == ["one witness had lied"]


def test_a_programmes_title_in_quotation_marks_is_no_quote_and_no_end_of_the_frame():
    # Sunday shows: 'said on "Fox News Sunday" that …' had no row, 'Appearing on NBC's "Meet the Press," Feist
    # said …' had the title as the mixed quote, and 'told ABC's "This Week" that …' had no row.
    q = quotes_of("Governor Pim Halvorsen's budget faces a test in the Marlow senate this week.\n\n"
                  "His chief of staff, Reid Castellane, said on \"Fox News Sunday\" that the governor was sure.\n\n"
                  "Appearing on NBC's \"Meet the Press,\" House Speaker Lorna Feist said talks were continuing.\n\n"
                  "Senator Dana Whitlock told ABC's “This Week” that she would vote against it.")
    assert q[["kind", "speaker", "content"]].values.tolist() == [
        ["indirect", "Reid Castellane", "the governor was sure"],
        ["indirect", "Lorna Feist", "talks were continuing"],
        ["indirect", "Dana Whitlock", "she would vote against it"]]
    assert row(q, "she would")["addressee"] == "ABC's “This Week”"


def test_an_object_pronoun_told_before_a_clause_opening_with_a_noun_phrase():
    # Live blogs: "told us residents in Lower Quay should …" had no row, "told us residents should …" the words
    # "us residents should …" (the pronoun was taken as the one told only before a determiner or a pronoun).
    q = quotes_of("09:51 GMT\nCouncillor Brenna Oakes told us residents in Lower Quay should move valuables "
                  "upstairs.\n\n10:02 GMT\nSuperintendent Ilsa Marwick told them gusts would peak at 14:00.")
    assert q[["speaker", "addressee", "content"]].values.tolist() == [
        ["Brenna Oakes", "us", "residents in Lower Quay should move valuables upstairs"],
        ["Ilsa Marwick", "them", "gusts would peak at 14:00"]]


def test_an_object_pronoun_told_before_a_noun_phrase_with_of():
    # Weather copy: 'A spokesman told us gusts of 90mph had been recorded' had the words 'us gusts of …' (an "of" in
    # the noun phrase was not read as the clause's subject).
    q = quotes_of("A spokesman for Harrowby Coastguard told us gusts of 90mph had been recorded at the point.")
    assert q[["addressee", "content"]].values.tolist() == [["us", "gusts of 90mph had been recorded at the point"]]


def test_a_given_name_that_is_a_word_opening_a_sentence_with_an_age():
    # Vox pops: 'Dean, 31, says the ferries …' and 'Mark, 40, said …' had no row (a given name that is also a word
    # or a title, opening the sentence, was dropped as an ordinary word; "Mark said" was kept by its verb).
    q = quotes_of("The Inchmurrin ferry was late again on Tuesday.\n\nDean, 31, says the ferries have been late all "
                  "summer.\n\nMark, 40, from Tarbert, said the timetable was a joke.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["Dean", "the ferries have been late all summer"], ["Mark", "the timetable was a joke"]]


def test_a_known_given_name_opening_a_sentence_before_a_description_set_off():
    # 'Mark, a fisherman from Tarbert, said …' was the description's (a given name that is also a word, opening the
    # sentence, had been dropped; "Sarah, a fisherman, said" was Sarah's).
    q = quotes_of("The Inchmurrin ferry was late again on Tuesday.\n\nMark, a fisherman from Tarbert, said the "
                  "timetable was a joke.")
    assert q[["speaker", "content"]].values.tolist() == [["Mark", "the timetable was a joke"]]


def test_ai_in_title_case_inside_a_name_is_a_syllable_of_it():
    # Singaporean and Chinese names: 'said National Development Minister Tan Ai Ling' was 'Tan' and 'Lee Ai Hua
    # said' 'Hua' (the abbreviation "AI" is a stop word); the abbreviation itself stays none ("The firm's AI").
    q = quotes_of("More flats will be built in Tengah next year, said Minister Tan Ai Ling on Saturday (June 8). "
                  "Lee Ai Hua, a resident, said the waiting time was too long.")
    assert q["speaker"].tolist() == ["Tan Ai Ling", "Lee Ai Hua"]


def test_a_name_inside_a_relative_clause_after_a_role_is_not_the_speaker():
    # Nigerian papers: 'The governor, who spoke through his spokesman, Tunde Bakare, said …' was the spokesman's (the
    # name set off inside the relative clause was read as the role's own name, as in "The Home Secretary, Ivo Brant,").
    q = quotes_of("Governor Bola Adewuyi visited Ilora on Sunday. The governor, who spoke through his spokesman, Tunde "
                  "Bakare, said the new wage would be paid from January. The Home Secretary, Ivo Brant, said the "
                  "police would be paid too.")
    assert q["speaker"].tolist() == ["Bola Adewuyi", "Ivo Brant"]


def test_an_indefinite_role_is_an_unnamed_source():
    # The Economist's style: '“…,” says one fund boss' and '“…,” says one senior minister' had no speaker (a role
    # noun stands for someone named, and "one" or "a" named no one); as "one banker" they are one the article does
    # not name.
    q = quotes_of("Ada Quill runs Quill Bank in Marrowby. “Regulators have been asleep,” says one fund boss. “It is "
                  "a mess,” says a senior minister.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["fund boss", "unnamed source"], ["senior minister", "unnamed source"]]


def test_an_irish_surname_with_the_particle_o_keeps_it():
    # Irish copy: 'The Taoiseach, Colm Ó Fearghail, said …' had no speaker and 'Mr Ó Fearghail said' the bare
    # 'Fearghail' (the one letter "Ó" ended the name, as a stray capital does).
    q = quotes_of("The Taoiseach, Colm Ó Fearghail, said there will be no election before the summer. Speaking in "
                  "Ballykeel, Mr Ó Fearghail said the Government would serve its full term.")
    assert q["speaker"].tolist() == ["Colm Ó Fearghail", "Colm Ó Fearghail"]


def test_a_name_set_off_after_a_role_keeps_its_own_words_of_a_role():
    # 'The awards' host, comedian Dev Harlan, had joked …' had no speaker (the role, described by the name);
    # 'Its chief executive, former banker Ada Quill, said' was the role's.
    q = quotes_of("The Elmsford Music Awards drew a record audience on Sunday.\n\n"
                  "The awards' host, comedian Dev Harlan, had joked that the dress looked like a shipwreck.\n\n"
                  "The network's chief executive, former banker Ada Quill, said the joke missed the mark.\n\n"
                  "The union, led by Tomas Brandt, said the show ran too long.")
    assert q[["speaker", "speaker_description"]].fillna("").values.tolist() == [
        ["Dev Harlan", "The awards' host"], ["Ada Quill", "The network's chief executive"], ["union", ""]]


def test_a_document_passed_on_or_filed_speaks_not_its_go_between_or_court():
    # Court and document stories: 'A lawsuit filed Thursday in Caldera County Superior Court alleges' was the court's,
    # 'An internal memo obtained by the Caldera Ledger shows' and 'A letter seen by Reuters said' the outlet's.
    q = quotes_of("Brightwater Dairy Co. faces a new legal fight.\n\n"
                  "A lawsuit filed Thursday in Caldera Superior Court alleges that the dairy hid test results.\n\n"
                  "An internal memo obtained by the Caldera Ledger shows the plant's manager raised concerns.\n\n"
                  "A letter from the Fennick Farmers Union seen by Reuters said members would stop supplying milk.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["lawsuit", "the dairy hid test results"],
        ["internal memo", "the plant's manager raised concerns"],
        ["Fennick Farmers Union", "members would stop supplying milk"]]


def test_documents_speak_as_a_memo_does():
    # Investigative copy: 'Internal documents reviewed by the Tallow Courier show' was the Courier's, and 'The
    # documents also show' had no speaker ("documents" was no noun of an unnamed source, as "memo" and "emails" are).
    q = quotes_of("Brindlemoor Holdings weighed a sale of its quarry unit.\n\n"
                  "Internal documents reviewed by the Tallow Courier show that the unit lost 14 million crowns.\n\n"
                  "The documents also show that managers warned in April that two quarries could close.")
    assert q[["speaker", "cue"]].values.tolist()[:2] == [["Internal documents", "show"], ["documents", "show"]]


def test_a_go_between_after_an_adverb_or_reported_by_is_no_speaker():
    # 'Emails obtained previously by the Tallow Courier show' and 'Memos reported by the Courier show' were the
    # Courier's: the reduced relative of a go-between ("obtained by") took no adverb inside, and "reported by"
    # was none.
    q = quotes_of("Brindlemoor Holdings weighed a sale of its quarry unit.\n\n"
                  "Emails obtained previously by the Tallow Courier show that the chairman pushed for a sale.\n\n"
                  "Memos reported by the Courier show that managers feared closures.")
    assert q[["speaker", "cue"]].values.tolist() == [["emails", "show"], ["memos", "show"]]


def test_no_words_after_an_adverb_and_a_passive_agent():
    # 'according to court documents reported previously by the Tallow Courier, …' framed 'reported' with 'previously by
    # the Tallow Courier, …' as its words ("reported by the Courier" had none); so did 'responded enthusiastically by'.
    q = quotes_of("Osric Vantreece approved the sale, according to court documents reported previously by the Tallow "
                  "Courier, becoming the owner.\n\nNordland responded enthusiastically by easing its sanctions.")
    assert q[["cue", "content"]].values.tolist() == [["according to", "Osric Vantreece approved the sale"]]


def test_a_thousands_separator_is_no_comma_of_a_source_phrase():
    # Health and poll copy: 'A study of 9,000 adults found that …' had the speaker '000 adults', the headline 'Daily
    # walk cuts risk of memory loss, study of 9,000 adults finds' reported '…, study of 9' and '…, a survey of 2,400
    # voters shows.' had no row.
    q = quotes_of("Daily walk cuts risk of memory loss, study of 9,000 adults finds\n\n"
                  "A study of 9,000 adults in Pellworth found that walking cut the risk by a third.\n\n"
                  "Most residents back the new trails, a survey of 2,400 voters shows.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["study", "Daily walk cuts risk of memory loss"], ["study", "walking cut the risk by a third"],
        ["survey", "Most residents back the new trails"]]


def test_a_titled_name_after_the_is_set_off_beside_its_role():
    # Church and British copy: 'The Bishop of Carrowmere, the Rt Rev Aldous Penhaligon, said' was Carrowmere's with the
    # bishop's name as the description, and 'Its chairman, the Rev. Ada Quill, said' had no speaker.
    q = quotes_of("The Bishop of Carrowmere, the Rt Rev Aldous Penhaligon, said parishes should open their doors.\n\n"
                  "The Dunmore Trust gave £4,000. Its chairman, the Rev. Ada Quill, said more was needed.")
    assert q[["speaker", "speaker_description"]].fillna("").values.tolist() == [
        ["Aldous Penhaligon", ""], ["Ada Quill", "Its chairman"]]


def test_a_channel_number_belongs_to_the_station_told():
    # Local TV web copy: 'told News 6 he was heartbroken' reported '6 he was heartbroken' to 'News', and 'told WKVX
    # News 6.' named 'WKVX News'; 'told Quarrytown Radio 40 people were evacuated' keeps its count in the clause.
    q = quotes_of("The owner, Corwin Ladd, told News 6 he was heartbroken.\n\n"
                  "“Our guys did a tremendous job,” Chief Barlow Hensick told WKVX News 6.\n\n"
                  "A deputy told Quarrytown Radio 40 people were evacuated.")
    assert q[["addressee", "content"]].values.tolist() == [
        ["News 6", "he was heartbroken"], ["WKVX News 6", "Our guys did a tremendous job,"],
        ["Quarrytown Radio", "40 people were evacuated"]]


def test_a_count_after_the_comma_before_its_verb():
    # Poll and health copy: '…, 200 doctors said.' and '…, 40 percent of residents said.' had no row (the comma
    # before a frame that ends its clause took only words in lower case before the speaker, not a count).
    q = quotes_of("The Dunmore ferry should keep running, 1,200 residents said in a petition.\n\n"
                  "Fares are too high, 40 percent of voters said.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["residents", "The Dunmore ferry should keep running"], ["voters", "Fares are too high"]]


def test_a_name_after_an_inverted_role_keeps_its_own_words_of_a_role():
    # '“…,” added her neighbour, fisherman Gilles Arsenault.' was the neighbour's, unnamed, the name only the
    # description ('said the Home Secretary, Priya Okafor.' already named her); 'led by' names no speaker.
    q = quotes_of("PORT SELBY, Nova Scotia — The Harcourt cannery closed on Friday.\n\n"
                  "“It's not just jobs,” added her neighbour, fisherman Gilles Arsenault.\n\n"
                  "“We will fight this,” said the union's leader, veteran organiser Rita Comeau.\n\n"
                  "“We are sorry,” said the company, led by Paul Harcourt.")
    assert q[["speaker", "speaker_description"]].fillna("").values.tolist() == [
        ["Gilles Arsenault", "her neighbour"], ["Rita Comeau", "the union's leader"], ["company", ""]]


def test_a_noun_phrase_opens_the_clause_after_a_medium_without_that():
    # Press releases: 'said in a statement the plant would close' had no row ("said in a statement it was over"
    # had one: only a pronoun could open the clause after the medium).
    q = quotes_of("Norvale Energy will close its Dunmore refinery.\n\n"
                  "The company said in a statement released Tuesday the plant would close by December.\n\n"
                  "Mayor Ingrid Solvik said in an email the town would seek help from the province.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["Norvale Energy", "the plant would close by December"],
        ["Ingrid Solvik", "the town would seek help from the province"]]


def test_a_bare_noun_opens_the_clause_after_a_medium_without_that():
    # 'said in a statement prices have doubled' gave "in a statement prices have doubled" as the words: the phrase
    # after "in" was read as "a" alone, its noun taken as the clause's subject, so no medium was seen.
    q = quotes_of("Tarnwick Mills raised its rents again.\n\n"
                  "Councillor Bryn Ashcombe said in a statement prices have doubled since spring.\n\n"
                  "The Velmar Traders Guild said in a letter water was scarce at the market.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["Bryn Ashcombe", "prices have doubled since spring"],
        ["Velmar Traders Guild", "water was scarce at the market"]]


def test_a_source_phrases_prepositional_phrase_ends_at_a_whole_word():
    # 'Workers at the plant say …' had no row: the phrase's list of nouns after "at the" read "plan" in "plant",
    # leaving "t" between the phrase and the verb.
    q = quotes_of("The Dunmore refinery will close next year.\n\n"
                  "Workers at the plant say they were given no warning.\n\n"
                  "Officials familiar with the planning said the site would be sold.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["workers", "they were given no warning"],
        ["officials familiar with the planning", "the site would be sold"]]


def test_a_name_in_a_sources_phrase_may_modify_a_noun_after_it():
    # Local news: 'Workers at the Tillman Road depot said …' and 'A spokesman for the Ferncliff County jail said …' had
    # no speaker (the phrase ended at the name, the noun it modifies standing between it and the verb); where a
    # participle before the phrase opens a reduced relative, the noun before it speaks, as before.
    q = quotes_of("The Caldera County depot will close next year.\n\n"
                  "Workers at the Tillman Road depot said they were given no warning.\n\n"
                  "A spokesman for the Ferncliff County jail said the inmate had escaped.\n\n"
                  "The union representing drivers at the Tillman Road depot said it would strike.")
    assert q["speaker"].tolist() == ["workers at the Tillman Road depot", "spokesman for the Ferncliff County jail",
                                     "union"]


def test_vendors_commuters_and_diners_are_unnamed_sources():
    # Local news names its sources by what they do where they are: 'Vendors at the Bay Street market say …' had no
    # row, 'Commuters on the Tillman ferry said …' went to "Commuters" as a named person and 'Diners at the Harbour
    # Grill said …' to the restaurant, as no list held the nouns.
    q = quotes_of("Rents at the Caldera market rose again in May.\n\n"
                  "Vendors at the Bay Street market say they cannot pay the rent.\n\n"
                  "Commuters on the Tillman ferry said it was late every day.\n\n"
                  "Diners at the Harbour Grill said the fish was off.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["vendors at the Bay Street market", "unnamed source"], ["commuters", "unnamed source"],
        ["diners at the Harbour Grill", "unnamed source"]]


def test_people_near_outside_or_inside_a_place_speak_not_the_place():
    # 'Protesters outside the courthouse said' and 'Residents near the depot said' had no speaker (the place, no
    # source, stood nearest the verb, and only 'of', 'for', 'from', 'at', 'with', 'to' could part the two).
    q = quotes_of("The Caldera County trial ended on Friday.\n\n"
                  "Protesters outside the courthouse said they would return on Monday.\n\n"
                  "Residents near the Tillman Road depot said they were worried about flooding.\n\n"
                  "Witnesses inside the mall said they heard two shots.")
    assert q["speaker"].tolist() == ["protesters", "residents", "witnesses"]


def test_a_description_set_off_before_a_passive_or_a_purpose_is_the_speakers():
    # Wire copy: 'The finance director, Nils Aaland, was quoted as saying …' and 'Ada Quill, the Avalon mayor, took to
    # Twitter to say …' had no row: the description's span was taken for the frame's mark of an inverted speaker.
    q = quotes_of("Varnholm's budget was passed on Thursday.\n\n"
                  "The finance director, Nils Aaland, was quoted as saying the budget was balanced.\n\n"
                  "Ada Quill, the Avalon mayor, took to Twitter to say the ferry would run.")
    assert q[["speaker", "speaker_description", "content"]].values.tolist() == [
        ["Nils Aaland", "The finance director", "the budget was balanced"],
        ["Ada Quill", "the Avalon mayor", "the ferry would run"]]


def test_per_in_capitals_after_a_comma_is_a_given_name():
    # Scandinavian and Dutch given names: 'The finance director, Per Aaland, said …' had a row of "Per" as
    # "according to" (the words 'The finance director', the source 'Aaland'); ', per CTV News.' still reports.
    q = quotes_of("Varnholm's budget was passed on Thursday.\n\n"
                  "The city's finance director, Per Aaland, said the budget was balanced.\n\n"
                  "The vote was close, per the Varnholm Tidende.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["said", "Per Aaland", "the budget was balanced"],
        ["per", "Varnholm Tidende", "The vote was close"]]


def test_reported_or_cited_as_saying_frames_as_quoted_as_saying_does():
    # Wire copy: 'Nils Aaland was reported as saying the budget was balanced' and '“…,” Aaland was cited as saying.'
    # had no row ("was quoted as saying" had one).
    q = quotes_of("Varnholm's budget was passed on Thursday.\n\n"
                  "Finance director Nils Aaland was reported as saying the budget was balanced.\n\n"
                  "“We have done what we promised,” Aaland was cited as saying.")
    assert q[["cue", "speaker", "content"]].values.tolist() == [
        ["was reported as saying", "Nils Aaland", "the budget was balanced"],
        ["was cited as saying", "Nils Aaland", "We have done what we promised,"]]


def test_a_name_before_a_titled_person_is_no_subject_a_pronoun_stands_for():
    # New Zealand copy: 'Ngāti Rongo chairperson Hemi Tautahi told RNZ …. “…,” he said.' gave the quote to
    # "Ngāti Rongo", the name opening the sentence, not the person its title names.
    q = quotes_of("Local iwi say they were not consulted over the dredging plan.\n\n"
                  "Ngāti Rongo chairperson Hemi Tautahi told RNZ the council had ignored them.\n\n"
                  "“We found out about the final design from a newspaper,” he said.")
    assert q["speaker"].tolist()[1:] == ["Hemi Tautahi", "Hemi Tautahi"]


def test_a_participle_of_how_it_was_said_is_no_part_of_the_description():
    # Translated quotes: '“Es una tragedia,” said Marisol Vega, a mother of three, speaking in Spanish.' had the
    # description 'a mother of three, speaking in Spanish'.
    q = quotes_of("Tarnby will close three library branches.\n\n"
                  "“Es una tragedia,” said Marisol Vega, a mother of three, speaking in Spanish.\n\n"
                  "“It was a bargain,” said Bo Tarn, a retired teacher, referring to the branch's rent.")
    said = q[q["cue"] == "said"]  # ("referring to" has a row of its own: what Tarn's words were about)
    assert said["speaker_description"].tolist() == ["a mother of three", "a retired teacher"]


def test_a_pronoun_after_one_person_not_named_is_that_one():
    # '“…,” said the woman, who spoke on the condition of anonymity …. Now 46, she is terrified …. “…,” she said.' and
    # 'One California delegate said he tried …. He was unable …, he said' gave the he/she to the last person named,
    # then to no one: it is the one who spoke before, unnamed ("A representative for Mr. Pinchuk said …. He added").
    q = quotes_of("Mayor Ada Quill of Brindleport opened the new market on Saturday. Vendors were pleased.\n\n"
                  "“It has been a long wait,” said one woman, who asked not to be named because she works for the "
                  "council.\n\nNow 46, she sells cheese. “We are finally here,” she said.\n\n"
                  "One vendor, who asked not to be named, said the rent was too high. “We are barely getting by,” he "
                  "said.\n\nWhen a reporter asked Quill about the rent, the mayor laughed. “Rents are falling,” she "
                  "said.")
    said = q[q["cue"] == "said"]
    assert said["speaker"].fillna("-").tolist() == ["woman", "woman", "vendor", "vendor", "Ada Quill"]
    assert said["speaker_kind"].tolist()[:4] == ["unnamed source"] * 4
    q = quotes_of("The talks in Varnholm ended on Friday. A Corvin Embassy official said the delegation would return "
                  "in March. He added that no date had been fixed.")
    assert q["speaker"].tolist() == ["Corvin Embassy official"] * 2
    # Wire copy: "``…,'' said a U.S. Embassy official in Nairobi, who …. ``…,'' he said." stayed unresolved (the
    # "''" closing mark, "a" outside the phrase after "U.S.", the place after the noun)
    q = quotes_of("``It was a bomb,'' said a U.S. Embassy official in Varnholm, who refused to identify himself. "
                  "``The crater is huge,'' he said.")
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["U.S. Embassy official in Varnholm"] * 2
    # not a phrase cut inside a name ("A spokeswoman for the Tarrow | council said …. She also said": "spokeswoman
    # for the Tarrow")
    q = quotes_of("A spokeswoman for the Tarrow council said the roads would reopen. She also said the council "
                  "would meet.")
    assert "spokeswoman for the Tarrow" not in q["speaker"].tolist()


def test_a_he_or_she_after_the_first_woman_or_man_who_spoke_is_that_one():
    # "The first woman said she …. She said" gave the she to the person the first sentence named (gender unknown):
    # an ordinal or "other" before "woman"/"man" is still one unnamed person who goes on speaking.
    q = quotes_of("The first woman said she met Ivo Brant at the harbour. She said the boats were late.")
    assert q["speaker"].tolist() == ["first woman"] * 2
    q = quotes_of("The other man said he had seen Ivo Brant at the pier. He added that the nets were torn.")
    assert q["speaker"].tolist() == ["other man"] * 2


def test_a_he_or_she_after_one_by_whose_they_are_is_that_one():
    # "Tarn's attorney defended … and said …. He said" left the he unresolved: one known only as someone's
    # ("Tarn's attorney", "the mayor's spokesman") is one unnamed person too.
    q = quotes_of("Tarn's attorney defended the deal and said it was legal. He said the court would agree.")
    assert q["speaker"].tolist() == ["Tarn's attorney"] * 3
    assert q["speaker_kind"].tolist() == ["unnamed source"] * 3


def test_a_he_or_she_after_one_for_a_person_named_is_that_one_not_the_person():
    # "A representative for Mr. Pinchuk said …. He added that …" (PolNeAR nyt) gave the he to Pinchuk: the subject
    # found was the name inside the phrase, not the one who speaks for him.
    q = quotes_of("A representative for Mr. Brant said the firm would appeal. He added that the ruling was wrong.")
    assert q["speaker"].tolist() == ["representative for Mr. Brant"] * 2
    q = quotes_of("A reporter for the Vessia Courier called it “chaos.”\n\n“We saw the cars burn,” he said.")
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["reporter for the Vessia Courier"]


def test_a_role_after_a_question_is_the_one_asked():
    # 'At CPAC, Fox News Sean Hannity asked Kasich, who is currently fourth in the Republican delegate count, to lay
    # out his path …. The candidate said' gave the words to the host who asked: the one asked answers, as a he/she
    # after "asked Ada Quill whether" did, also after a relative clause on the one asked.
    q = quotes_of("Ada Quill is running for mayor of Nordby. Quill spoke at the fair on Friday.\n\n"
                  "Talk show host Tom Becker asked Piet Marsh, who leads the polls, to name his running mate. The "
                  "front-runner said he would name her on Monday.")
    assert q.loc[q["cue"] == "said", "speaker"].tolist() == ["Piet Marsh"]


def test_a_pronoun_after_a_question_about_that_pronoun_is_the_one_asked():
    # British court copy: "Counsel …, Nadia Pell KC, asked whether he had kept copies. He said he had not." gave the
    # answer to the one who asked: the one asked answers, whom the same pronoun inside the question stands for. An
    # asker the article tells is of that pronoun's gender may be asking about herself, and goes on.
    q = quotes_of("Dorran Vell, 52, of Carrowby, denies fraud.\n\n"
                  "Counsel for the prosecution, Nadia Pell KC, asked whether he had kept copies of the ledgers. He "
                  "said he had not.\n\nAda Quill, a juror, asked whether she could leave early. She said her ferry "
                  "was late.")
    assert q.loc[q["cue"] == "said", "speaker"].tolist() == ["Dorran Vell", "Ada Quill"]


def test_a_role_after_its_sentence_subject_is_the_other_person_named():
    # 'Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had said', 'Clinton leads Sanders
    # by 271 pledged delegates …, but the self-described democratic socialist has vowed' gave the words to the subject:
    # within its sentence a writer names the subject again with a pronoun, so the role is the other person named. Not
    # after a possessor ("Farrow’s decision") nor where that other person opens a clause of their own.
    q = quotes_of("Edwin Farrow and Tilda Brannock are running for mayor of Owlsbury.\n\n"
                  "Farrow took on Brannock on Sunday after the front-runner had said that he was unfit to lead.\n\n"
                  "Brannock leads Farrow by 300 votes, but the billionaire has vowed to fight on until the last ballot."
                  "\n\nFarrow’s decision to stay came after the billionaire promised he would spend more on the race."
                  "\n\nFarrow said he had no advice for Brannock, but Brannock revealed the billionaire had predicted "
                  "a win.")
    got = dict(zip(q["content"].str.split().str[:2].str.join(" "), q["speaker"]))
    assert [got["he was"], got["to fight"], got["he would"], got["a win"]] == [
        "Tilda Brannock", "Edwin Farrow", "Edwin Farrow", "Edwin Farrow"]


def test_a_topic_fronted_before_the_subject_is_no_subject():
    # 'As for Trump’s supporters, Sexton said he thinks many back Trump …' gave the words to Trump: a name in the topic
    # the sentence turns to ("As for", "Regarding") is no subject where a name follows it; a pronoun after the topic
    # stands for it.
    q = quotes_of("Tom Becker and Piet Marsh are running for mayor of Nordby.\n\n"
                  "As for Becker’s rivals, Piet Marsh said he thinks they are weak.\n\n"
                  "As for Becker, he said he is not worried.")
    got = dict(zip(q["content"], q["speaker"]))
    assert [got["he thinks they are weak"], got["he is not worried"]] == ["Piet Marsh", "Tom Becker"]


def test_the_subject_of_an_aside_in_brackets_follows_the_bracket():
    # '(John Schlafly defended his mother and refused to repudiate Republican politicians, like Pat Robertson, who had
    # condemned homosexuality. ''…,'' he said.)' gave the words to Robertson: an aside opening with a bracket had no
    # subject. A wire's name in brackets is no aside.
    q = quotes_of("Mayor Ada Voss has fought the ferry levy for years.\n\n"
                  "(Jonas Voss defended his mother and would not criticise councillors like Piet Marsh. ''The levy is "
                  "unfair to her,'' he said.)")
    assert q.loc[q["content"].str.startswith("The levy"), "speaker"].tolist() == ["Jonas Voss"]
    q = quotes_of("(Reuters) - The lawyer for the harbour board is contending that the levy is lawful, two experts "
                  "said.")
    assert "Reuters" not in q["speaker"].tolist()


def test_a_persons_own_organisation_keeps_the_possessive():
    # audit: "Farrant's office said …" gave the speaker "Farrant office", as if the possessive were lost. A person's own
    # organisation reads "Farrant's office" in every form the article gives it, so they still count as one; a role's
    # ("the mayor's office"), a place's ("the Tessel campaign") and an owner's spokesman keep their own words.
    text = ("Mayor Odile Farrant opened the Tessel bridge. Farrant's office said the mayor welcomed a fair contest. "
            "Her office said the invoices were paid. The Farrant office said the review was normal. The mayor's office "
            "said the bridge was safe. The Tessel campaign said the tolls were fair. Farrant's spokesman said the "
            "audit was welcome.")
    q = quotes_of(text)
    assert [row(q, c).speaker for c in ("the mayor welcomed a fair contest", "the invoices were paid",
                                        "the review was normal")] == ["Farrant's office"] * 3
    assert row(q, "the bridge was safe").speaker == "mayor's office"
    assert row(q, "the tolls were fair").speaker == "Tessel campaign"
    assert row(q, "the audit was welcome").speaker == "Farrant's spokesman"


def test_a_titled_persons_office_is_their_office_not_them():
    # 'House Speaker Paul Ryan’s office announced' was given to 'Paul Ryan' (as an organisation), where 'Ryan’s office'
    # was the 'Ryan office': an organisation's phrase that names a person the article met is theirs, not them.
    q = quotes_of("Speaker Tom Becker met the council on Monday. Speaker Tom Becker’s office said the vote would go "
                  "ahead. Becker’s office said it was final.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [["Becker's office", "organisation"]] * 2


def test_a_possessive_with_an_apostrophe_alone_names_the_same_organisation():
    # 'Bernie Sanders’ campaign says', 'Sanders' team said' kept the possessive ('Sanders’ campaign'), counted apart
    # from 'the Sanders campaign' and 'Clinton’s campaign' (one name: 'Clinton's campaign').
    q = quotes_of("Piet Sanders is running for mayor. Piet Sanders’ campaign said it would appeal. Sanders' team said "
                  "it had the votes. The Sanders campaign said it would win.")
    assert q["speaker"].tolist() == ["Sanders's campaign", "Sanders's team", "Sanders's campaign"]


def test_the_subject_after_several_fronted_phrases_is_whom_a_pronoun_stands_for():
    # 'The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, …. ''You'd have to be insane,'' he
    # said.' gave the words to Mr. Carson, quoted before: a subject after more than one phrase set off by commas (a
    # place with its state's abbreviation among them) was no subject.
    q = quotes_of("Tom Becker and Piet Marsh are running for mayor of Nordby.\n\n"
                  "''The levy must go,'' Mr. Becker declared Sunday.\n\n"
                  "The day before, at a rally in Brindle, Ore., Mr. Marsh was just as blunt. ''You'd have to be "
                  "insane to keep it,'' he said.")
    assert q.loc[q["content"].str.startswith("You'd"), "speaker"].tolist() == ["Piet Marsh"]


def test_a_pronoun_after_a_sentence_naming_one_person_and_no_subject():
    # 'The rancor is so blatant that Mr. Trump was asked about it …. He said …, and when asked …, he said, ''I hope
    # not.''' gave the words to John McGraw, quoted paragraphs before: the sentence before opens with no person, but
    # names one of the pronoun's gender.
    q = quotes_of("Tom Becker and Piet Marsh are running for mayor of Nordby.\n\n"
                  "''The levy must go,'' Mr. Becker declared on Sunday.\n\n"
                  "The anger at the fair was such that Mr. Marsh was asked about the levy on Monday. He said it would "
                  "stay, and when asked whether it was fair, he said, ''It is the law.''")
    assert q.loc[q["content"] == "It is the law.", "speaker"].tolist() == ["Piet Marsh"]


def test_a_pronoun_after_a_sentence_whose_subject_is_no_one_it_stands_for():
    # 'When Democrats get to Philadelphia …, it is assumed that Sanders has more than earned a prime-time speaking slot.
    # Beyond that, he has also made clear he will seek to influence …' gave the words to Ed Rendell, quoted in the
    # paragraph before: the sentence before has a subject, but several people ("Democrats"), whom no he stands for.
    q = quotes_of("Mayor Ada Quill backs Tom Becker for the Nordby seat.\n\n"
                  "''He has run a fine race,'' Jon Varn said. ''I expect him to win.''\n\n"
                  "When party members meet in Brindle in May, it is assumed that Becker will get a seat on the board. "
                  "Beyond that, he has also made clear he will seek to shape the ferry plan.")
    assert q.loc[q["cue"] == "made clear", "speaker"].tolist() == ["Tom Becker"]
    # But a question the writer puts is the one quoted before's to answer ("But what if Hillary Clinton wins? Don’t
    # Republicans run the risk of her putting forward more liberal nominees than Obama? “…,” he said": Carl Tobias).
    q = quotes_of("Mayor Ada Quill backs Tom Becker for the Nordby seat.\n\n"
                  "Jon Varn, a law professor at Brindle College, was not hopeful. \"They will run out the clock,\" "
                  "Varn said.\n\nBut what if Quill wins? Don't party members run the risk of her favouring Becker over "
                  "the council?\n\n\"She should just do whatever she wants to do,\" he said.")
    assert q.loc[q["content"].str.startswith("She should"), "speaker"].tolist() == ["Jon Varn"]


def test_a_wife_or_members_of_a_body_are_no_one_a_he_stands_for():
    # 'The wife of a high-ranking Justice Department official also worked on behalf of the Clinton campaign effort  and
    # her husband Bruce Ohr funneled her research …. Although he admitted that …' (PerSenT) gave the words to Lindsey
    # Graham, quoted paragraphs before: no he stands for a wife, so the one man the sentence names does. Nor does one
    # stand for "Some very conservative members of Congress" (the noun before the phrase after it), but the NYT's
    # '…, but Representative Brooks, who …, doesn't mince words …. ''…,'' he said' stays David Autor's: the article's
    # main person, quoted last, goes on.
    q = quotes_of("“The ferry will run on time,” Piet Marsh said on Monday. He said the fares would not rise.\n\n"
                  "The wife of a senior port official worked for the Vell campaign, and her husband Peter Vell passed "
                  "the notes to the ministry. Although he admitted that the notes were “rough,” the ministry kept "
                  "them.")
    assert q.loc[q["cue"] == "admitted", "speaker"].tolist() == ["Peter Vell"]
    q = quotes_of("“The ferry will run on time,” Piet Marsh said on Monday.\n\n"
                  "Some very conservative members of the Avalon council have been sympathetic to the levy in the past, "
                  "but Councillor Jon Harrow, who has welcomed support from bakers, doesn't mince words about where he "
                  "stands.\n\n“It is a tax on bread,” he said.")
    assert q.loc[q["content"].str.startswith("It is a tax"), "speaker"].tolist() == ["Jon Harrow"]
    # A woman's phrase is still one a she stands for ("The wife of … worked …. “…,” she said").
    q = quotes_of("“The ferry will run on time,” Piet Marsh said on Monday.\n\n"
                  "The wife of a senior port official, Ada Vell, worked for the campaign of Jon Harrow.\n\n"
                  "“It was a long summer,” she said.")
    assert q.loc[q["content"].str.startswith("It was a long"), "speaker"].tolist() == ["Ada Vell"]


def test_a_he_goes_on_from_the_subject_of_a_joined_clause_over_the_main_person_quoted_last():
    # '… members of Congress have been sympathetic to free trade arguments in the past, but Representative Brooks, who
    # has welcomed support from the Tea Party, doesn't mince words about where he stands. ''…,'' he said' (NYT) gave
    # Brooks's words to David Autor, the article's main person, quoted paragraphs before: the man who opens the
    # sentence's joined clause is its subject, whom a he after it continues; the main person goes on only where the
    # one other man is no subject ("…, forcing Harrow to …", a list of names).
    main = ("“The ferry will run on time,” Piet Marsh said on Monday. Marsh has studied the port for a decade, and "
            "Marsh's team counted every ship.\n\n")
    q = quotes_of(main + "Some members of the Avalon council have backed the levy in the past, but Councillor Jon "
                  "Harrow, who has welcomed support from bakers, doesn't mince words about where he stands.\n\n"
                  "“It is a tax on bread,” he said.")
    assert q.loc[q["content"].str.startswith("It is a tax"), "speaker"].tolist() == ["Jon Harrow"]
    for other in ("but the bakers' guild, which has welcomed support from Councillor Jon Harrow, doesn't mince words.",
                  "and the bakers, the millers, and Councillor Jon Harrow have not."):
        q = quotes_of(main + "Some members of the Avalon council have backed the levy in the past, " + other
                      + "\n\n“It is a win for the port,” he said.")
        assert q.loc[q["content"].str.startswith("It is a win"), "speaker"].tolist() == ["Piet Marsh"]


def test_a_role_is_no_one_its_own_clause_names_again():
    # 'Christie unleashed withering attacks against Rubio in Saturday’s debate, and the New Jersey governor tripped up
    # Rubio by …' gave the governor's words to Rubio, the one other person of the sentence: no one trips up himself by
    # name, so the governor is the subject, Christie.
    q = quotes_of("Tom Becker and Jon Varn are among the rivals of Ada Quill in the race for the Nordby seat.\n\n"
                  "Becker unleashed withering attacks against Varn in Saturday's debate, and the Avalon governor "
                  "tripped up Varn by saying he had \"no plan at all\" for the ferry.")
    assert q.loc[q["content"] == "no plan at all", "speaker"].tolist() == ["Tom Becker"]


def test_a_role_after_a_quotation_a_colon_opens_is_the_subject_s():
    # 'Cruz defends his outsider bona fides in a commercial running on Iowa TV: "…," the senator says' gave the words
    # to Sen. John McCain, the one person the article titles senator: the colon opens the subject's words.
    q = quotes_of("Sen. Jon Varn of Avalon met voters in Brindle on Monday.\n\n"
                  "Tom Becker has bet his race on the ferry. Becker defends his record in an advertisement running on "
                  "Nordby TV: \"The levy must go,\" the senator says directly to the camera.")
    assert q.loc[q["content"].str.startswith("The levy must go"), "speaker"].tolist() == ["Tom Becker"]


def test_a_person_of_a_body_with_a_long_name_speaks():
    # '"…," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.' gave the words to
    # the center: its name is longer than the five words a phrase after a speaker may hold.
    q = quotes_of("Nordland has tested a new missile, the navy said.\n\n"
                  "\"It would seem to be a stretch for them,\" Ada Quill of the Brindle Center for Nonproliferation "
                  "Studies wrote in May.")
    assert q.loc[q["content"].str.startswith("It would seem"), ["speaker", "speaker_kind"]].values.tolist() == [
        ["Ada Quill", "named person"]]


def test_a_possessor_s_rival_set_beside_a_name_and_its_state():
    # "Clinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, was the only major candidate who skipped the
    # AIPAC meeting. Instead he gave a speech … in which he pledged" gave the pledge to Trump: the subject was read as
    # Clinton, the possessor, as "rival" was no noun of the phrase after a capitalised word, and the name's apposition
    # no closing comma after "of Vermont".
    q = quotes_of("Tom Becker spoke to the Nordby Ferry Council on Monday. Becker's chief Democratic rival, Sen. Jon "
                  "Varn of Avalon, was the only candidate who skipped the meeting. Instead he gave a speech in Brindle "
                  "in which he pledged to cut the levy.")
    assert q.loc[q["cue"] == "pledged", "speaker"].tolist() == ["Jon Varn"]


def test_the_minority_leader_is_a_role_of_one_person():
    # '"…," Reid said …. Still, Reid would not say whether …. The minority leader said flatly: "…"' read the minority
    # leader as an unnamed source ("leader" alone is one: "party leaders said"), not as the office Reid holds.
    q = quotes_of("Ada Quill has some advice for her party: do not underestimate Tom Becker.\n\n"
                  "\"Never underestimate Becker,\" Quill said in an interview on Wednesday.\n\n"
                  "Still, Quill would not say whether she would prefer to face Becker or Jon Varn. The minority leader "
                  "said flatly: \"It does not matter.\"")
    assert q.loc[q["content"] == "It does not matter.", ["speaker", "speaker_kind"]].values.tolist() == [
        ["Ada Quill", "named person"]]


def test_a_pronoun_after_a_sentence_naming_one_person_of_its_gender():
    # 'After the meeting of Nevada Democrats on Saturday ended in mayhem when many potential Sanders delegates were
    # deemed ineligible, Roberta Lange, the state party chairwoman, said she had received death threats …. ''…,'' she
    # said.' gave the words to April Mellody, quoted before: the sentence before names a man too, and one person of
    # the pronoun's gender was looked for only where the sentence names no one else.
    q = quotes_of("Mary Dorn chairs the Unionist party in Nordby.\n\n"
                  "''The boats will run,'' Susan Quill, a spokeswoman for the ferry board, said in a statement.\n\n"
                  "After the meeting of the town council on Saturday ended in mayhem when many delegates of Mr. Becker "
                  "were turned away, Ms. Dorn received threats from his supporters.\n\n"
                  "''They helped incite everything that happened,'' she said.")
    assert q.loc[q["content"].str.startswith("They helped"), "speaker"].tolist() == ["Mary Dorn"]


def test_a_pronoun_after_a_sentence_introducing_one_person_of_its_gender():
    # 'Clinton made an appearance of sorts, courtesy of Wes Nakagiri, a delegate from Michigan who dressed up in a
    # prison outfit …. “…,” he said.' gave the words to Trump, the article's main person, quoted last: one the sentence
    # before introduces with a description is who speaks next.
    q = quotes_of("Tom Becker spoke for 77 minutes in Nordby. Becker thanked his voters, and the crowd jeered Ada "
                  "Quill. Becker smiled.\n\n\"Let's defeat her in November,\" Becker said.\n\n"
                  "Ms. Quill made an appearance of sorts, courtesy of Jon Varn, a local delegate who dressed up in a "
                  "rubber Quill mask.\n\n\"I thought it would be funny if I went out and bought a mask,\" he said.")
    assert q.loc[q["content"].str.startswith("I thought"), "speaker"].tolist() == ["Jon Varn"]


def test_a_role_followed_by_a_phrase_is_read_by_its_noun():
    # 'The Republican presidential nominee for the Nov. 8 election later said he was being “sarcastic”' had no speaker:
    # the noun of the role is "nominee", before the phrase after it, not "election", which no list of roles holds.
    q = quotes_of("Piet Marsh won the Nordby primary on Tuesday. Marsh told reporters the ferry levy must go.\n\n"
                  "The mayoral nominee for the Nov. 8 election later said he was joking.")
    assert q.loc[q["content"] == "he was joking", "speaker"].tolist() == ["Piet Marsh"]


def test_a_clerk_is_a_role_that_stands_for_one_person():
    # ", the Clerk of the Senate said." (Commonwealth parliaments, county clerks) had given no row, or with a lower-case
    # "clerk" the Senate as speaker: the clerk is a role of one person, unnamed here, the one named before elsewhere.
    for clerk in ("Clerk", "clerk"):
        q = quotes_of(f"The sitting was suspended until Monday, the {clerk} of the Senate of Ardvale said.")
        assert q["content"].tolist() == ["The sitting was suspended until Monday"] and q["speaker"].isna().all()
    q = quotes_of("Tessa Morrow is the county clerk of Brellock. The ballots were counted by hand, the clerk said.")
    assert q["speaker"].tolist() == ["Tessa Morrow"]


def test_a_pronoun_after_a_reporting_clause_and_its_participle_is_the_speaker():
    # '"…," Whitlock said, adding that he told Trump to stay laser-focused' gave the he to Trump, the subject of the
    # sentence before: the one who spoke goes on in the participle's clause.
    q = quotes_of("Tom Becker and Piet Marsh are running for mayor of Nordby.\n\n"
                  "Visiting Brindle in June, Mr. Becker pumped the harbour master, Mr. Kees Mol, for information.\n\n"
                  "\"He fired off questions about the ferry. He knew it was important,\" Mol said, adding that he told "
                  "Becker to stay focused on the levy.")
    assert q.loc[q["cue"] == "told", "speaker"].tolist() == ["Kees Mol"]


def test_a_pronoun_after_a_reporting_clause_set_off_inside_its_sentence_is_the_speaker():
    # "Like his comments about Mr. Curiel, Mr. Graham said, Mr. Trump's jabs … were entirely unacceptable. ''…,'' he
    # said." gave the he to the man quoted last before (Khizr Khan): the one who spoke goes on, as after a reporting
    # clause closing the sentence.
    q = quotes_of("Ivo Brant, the harbour master, spoke first. “The ferry is safe,” Mr. Brant said.\n\n"
                  "Senator Piet Dorn, of Lindholm, said on Sunday that the council had gone too far. Like its remarks "
                  "about Mr. Becker, Mr. Dorn said, the vote on the pier was a blow to the town.\n\n"
                  "“This is going somewhere we have never been,” he said.")
    assert row(q, "This is going")["speaker"] == "Piet Dorn"


def test_a_pronoun_after_one_unnamed_person_of_its_gender_and_no_one_named_of_it_is_no_one_named():
    # "Christie …, all but begging a woman who claimed to be undecided to cast her ballot for him. After he gave her a
    # lengthy answer …, she said he had her vote." gave the she to the last woman quoted (Hillary Clinton).
    q = quotes_of("Mayor Ada Quill opened the new pier on Monday. “The ferry stays,” she said.\n\n"
                  "Tom Becker spent the morning at the market, all but begging a woman who claimed to be undecided to "
                  "vote for him. After he answered her questions about the levy, she said he had her vote.")
    got = row(q, "he had her vote")
    assert pd.isna(got["speaker"]) and got["speaker_kind"] == "unresolved"


def test_a_lone_noun_of_a_person_the_subject_s_search_meets_is_no_one_a_pronoun_stands_for():
    # "In his own videos, there are times when Santilli plays the eager, hired public information officer for the
    # occupation. “They want me!” he says" gave the he to the man quoted before (Kieran Suckling): the subject's search
    # read "officer" after the comma as the subject, so the one man the sentence names was not looked for.
    q = quotes_of("Piet Marsh drove to Nordby in January to film the protest at the pier.\n\n"
                  "A harbour pilot, Kees Mol, says he saw Marsh carrying a rifle. “He's no reporter at all,” says Mol."
                  "\n\nIn his own videos, there are times when Marsh plays the eager, hired press officer for the "
                  "protest. “They want me!” he says to the camera.")
    assert row(q, "They want me")["speaker"] == "Piet Marsh"


def test_kin_of_a_pronoun_s_person_are_the_one_person_of_that_surname_and_the_kin_s_gender():
    # "Former President Bill Clinton celebrated his 70th birthday …. If Hillary Clinton is the first woman elected …,
    # her husband would be the first first male …, possibly calling himself the first gentleman" was an unnamed
    # source; "His son said" of a man two sons of whose the article names stays one.
    q = quotes_of("Former Mayor Tom Becker celebrated his 70th birthday on Friday.\n\n"
                  "If Ada Becker wins the race for governor of Nordland, her husband would be the first man in the "
                  "role, possibly calling himself the first gentleman.\n\n"
                  "Piet Marsh, whose sons Jan Marsh and Kees Marsh run the ferry, lost the race in 2012. His son said "
                  "the family would not run again.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [["Tom Becker", "named person"],
                                                              ["son", "unnamed source"]]


def test_kin_of_a_named_person_are_the_one_person_of_that_surname_and_the_kin_s_gender():
    # "Donald Trump's eldest daughter is writing a book" and the headline "Trump's Son Says …" were unnamed sources
    # where the article names Ivanka Trump and Eric Trump.
    q = quotes_of("Lena Marsh opened a bakery in Nordby last year.\n\n"
                  "Piet Marsh's daughter is writing a book about the ferry, she said on Monday.")
    assert row(q, "a book about")[["speaker", "speaker_kind"]].tolist() == ["Lena Marsh", "named person"]


def test_a_long_gap_before_that_ending_with_the_day_keeps_the_clause_the_verbs():
    # Wire copy dates what was said right before "that": "said in a filing with the U.S. Securities and Exchange
    # Commission on Monday that …" was past the 60 characters the gap may hold, so the clause's "expected" became a
    # cue of its own whose "it" went to the Commission.
    q = quotes_of("Tarrow Mills Inc is exploring a sale. The company said in a filing with the U.S. Securities and "
                  "Exchange Commission on Monday that it expected “significant headwinds” this year.")
    assert q[["kind", "cue", "speaker"]].values.tolist() == [["indirect", "said", "Tarrow Mills Inc"],
                                                             ["mixed", "said", "Tarrow Mills Inc"]]


def test_a_he_or_she_after_a_surname_two_people_share_is_the_one_of_its_gender():
    # "Whitcombe was offered a cottage …. “…,” she asks." where Agnes Whitcombe and her son Peter share the surname had
    # the speaker 'Whitcombe' (so had Politico's "Ebeling reminisced … “…,” she said." of Betsy and Tom Ebeling).
    q = quotes_of("Ilse Varnholt kept the Skerry light for forty years. Her son, Peter Varnholt, runs a boatyard.\n\n"
                  "Varnholt was offered a cottage in the village and turned it down. “Where would I have gone?” she "
                  "asks.\n\nVarnholt laughs at that. “She would have hated it,” he says.")
    assert q[["content", "speaker"]].values.tolist() == [["Where would I have gone?", "Ilse Varnholt"],
                                                         ["She would have hated it,", "Peter Varnholt"]]


def test_an_age_after_the_name_is_no_description():
    # 'Manansala, 52, said' had the description '52'; 'said Tobin Varga, 61, a ferry pilot.' had '61, a ferry pilot'.
    q = quotes_of("“The pier is rotten,” Lita Manansala, 52, said.\n\n"
                  "“We warned the council,” said Tobin Varga, 61, a ferry pilot in Port Quillan.")
    assert q[["speaker", "speaker_description"]].fillna("").values.tolist() == [
        ["Lita Manansala", ""], ["Tobin Varga", "a ferry pilot in Port Quillan"]]


def test_lower_case_nouns_before_a_bare_source_are_its_phrase():
    # '…, union leaders said.' had the speaker 'leaders' (a bare plural took only listed or capitalised words before
    # it); a pronoun or a verb before the noun is none of its phrase ('…, he told voters').
    q = quotes_of("The Quillan ferry strike will go on, union leaders said on Monday.\n\n"
                  "“Nobody asked us,” said harbour workers at the Dunmore pier.\n\n"
                  "The pier will be closed for a week, he told voters in Dunmore.")
    assert q[["speaker", "content", "addressee"]].fillna("").values.tolist() == [
        ["union leaders", "The Quillan ferry strike will go on", ""],
        ["harbour workers at the Dunmore pier", "Nobody asked us,", ""], ["", "The pier will be closed for a week", "voters"]]


def test_a_listed_participle_before_a_bare_source_is_its_phrase():
    # '…, striking workers said' had the speaker 'workers' (a word in -ed or -ing before the noun was read as a verb);
    # one that news sets before a source as its kind is of its phrase, another still a verb ('…, residents thanked
    # nurses and said …').
    q = quotes_of("The Quillan ferry strike will go on, striking dockers said on Monday.\n\n"
                  "“Nobody asked us,” said retired teachers.\n\n"
                  "The levy should go, elected officials say.\n\n"
                  "The ward was calm, residents thanked nurses and said the levy should go.")
    assert q["speaker"].tolist() == ["striking dockers", "retired teachers", "elected officials", "residents"]


def test_a_phrase_of_when_before_the_subject_is_no_words():
    # 'Earlier this week, senior Democrats …, along with top congressional leaders …, also wrote to Lynch, urging …' had
    # a row of the words 'Earlier this week': a phrase of when before the subject's comma says when it was written.
    q = quotes_of("The port reopened. Earlier this week, senior Democrats, along with two ferry captains, also wrote to "
                  "Minister Ada Quill, urging her to reopen the pier.")
    assert "wrote" not in q["cue"].tolist()
    assert q.loc[q["cue"] == "urging", "speaker"].tolist() == ["Democrats"]


def test_a_name_after_in_at_or_on_before_the_verb_is_where_the_speaker_is():
    # 'The FBI in DC declined to comment', 'Democrats on the House Select Committee on Benghazi plan to release …'
    # gave DC and Benghazi: a name after "in", "at" or "on" says where the one before it is or works, who speaks; not
    # where that one is itself inside a phrase ("going to the polls on Super Tuesday said" keeps its own reading).
    text = ("Piet Marsh is running for mayor of Nordby.\n\n"
            "Marsh in Brindle said the ferry levy must go. "
            "Democrats on the Harbour Committee on Nordby said the pier was unsafe.")
    q = quotes_of(text)
    assert q.loc[q["content"] == "the ferry levy must go", "speaker"].tolist() == ["Piet Marsh"]
    assert spoken_by(q, text, "the pier was unsafe") == "Democrats"


def test_a_dateline_in_small_letters_with_its_agency_is_no_subject():
    # 'New York (AFP) – Vice President Joe Biden on Monday hit the 2016 campaign trail …, accusing him of …' gave
    # New York: a wire dateline reprinted in capitals and small letters, its agency in brackets, opens no subject.
    q = quotes_of("Mayor trashes ferry plan.\n\nNew Avalon (AFP) – Mayor Ada Quill on Monday visited the harbour "
                  "with Tom Becker, trashing the ferry plan as unsafe and accusing the board of hiding the costs.")
    assert q.loc[q["cue"] == "accusing", "speaker"].tolist() == ["Ada Quill"]


def test_a_moderator_is_a_title_and_an_office_no_one_met_holds():
    # 'ABC moderator David Muir asked', 'she told moderator John Dickerson', 'mused Blaze co-host Stu Burguiere':
    # "moderator" and "co-host" were no titles, so the name's phrase left them out and "Moderator Bret Baier" was a
    # name of its own; and '“…,” the moderator said' of a moderator the article does not name went to the one asked
    # once it was a title, as "the judge" would: it is an unnamed source.
    text = ("Governor Ada Quill of Avalon spoke first at the Nordby debate. \"Is the harbour safe?\" the moderator "
            "asked. \"It is,\" she told moderator Piet Marsh. \"We are ready,\" mused Harbour Radio co-host "
            "Bram Okafor.")
    q = quotes_of(text)
    asked = q[q["content"] == "Is the harbour safe?"]
    assert asked[["speaker", "speaker_kind"]].values.tolist() == [["moderator", "unnamed source"]]
    assert q.loc[q["content"] == "It is,", "addressee"].tolist() == ["Piet Marsh"]
    mused = q[q["cue"] == "mused"].iloc[0]
    assert text[mused["speaker_start"]:mused["speaker_end"]] == "co-host Bram Okafor"


def test_a_compound_opening_with_a_preposition_opens_the_clause_after_said():
    # 'Associate Professor … said by-elections often punished sitting governments' (ABC, Australian copy): "by" of
    # "by-elections" was read as the preposition of a phrase before the clause ("said by then …"), and the quote was
    # lost; a hyphen after it makes it the first part of a compound noun, the clause's subject.
    q = quotes_of("Associate Professor Lena Marsh said by-elections often punished sitting governments. "
                  "Piet Okafor said in-person voting would rise in Nordby.")
    assert q["content"].tolist() == ["by-elections often punished sitting governments",
                                     "in-person voting would rise in Nordby"]
    assert q["speaker"].tolist() == ["Lena Marsh", "Piet Okafor"]


def test_a_channel_number_glued_to_its_name_is_the_one_told():
    # 'She told News24 that an administrator would be appointed' (South African copy): names find "News" alone, so the
    # words after the one told began at "24" and the quote was lost; the number glued to the name is the
    # broadcaster's, as "told News 6 that" is.
    text = "Mayor Ada Quill visited Tarnby. She told Vale24 that an administrator would be appointed."
    q = quotes_of(text)
    assert q[["content", "speaker", "addressee"]].values.tolist() == [
        ["an administrator would be appointed", "Ada Quill", "Vale24"]]


def test_a_medium_in_a_phrase_opening_the_sentence_is_the_quotes_medium():
    # 'In a letter to employees last month, Strand said …' (letters to shareholders), 'In a statement, the company
    # said …', 'On Facebook, Quill wrote …': the medium stood before the speaker, where only the words after the verb
    # were looked at; a platform the phrase names first, as after the verb ("In a post on X, …").
    text = ("In a letter to staff last month, Ada Quill said the yard would stay open.\n\nIn a statement, the Tarnby "
            "Port Trust said the cranes were safe.\n\nIn a post on X, Piet Okafor wrote that the ferry was late.\n\n"
            "In the end, Lena Marsh said the vote had been fair.")
    q = quotes_of(text)
    assert q[["speaker", "medium"]].fillna("").values.tolist() == [
        ["Ada Quill", "letter"], ["Tarnby Port Trust", "statement"], ["Piet Okafor", "X"], ["Lena Marsh", ""]]


def test_a_medium_named_in_the_next_sentence_is_not_the_quotes():
    # 'Ada Quill said the yard would stay open. Later, Piet Okafor wrote on X that …': the medium was looked for up to
    # 120 characters after the frame, past the end of its sentence, so Quill's words had been on X too.
    text = ("Ada Quill said the yard would stay open. Later, Piet Okafor wrote on X that the ferry was late. "
            "“We are ready,” Lena Marsh said. Tom Becker spoke in an interview on Monday.")
    q = quotes_of(text)
    assert q[["speaker", "medium"]].fillna("").values.tolist() == [
        ["Ada Quill", ""], ["Piet Okafor", "X"], ["Lena Marsh", ""]]


def test_the_kind_of_outlet_before_its_name_is_part_of_the_one_told():
    # 'Vogt told public broadcaster MDR that …', 'told news agency Kyodo', 'told Greek daily Kathimerini' (DW, AFP and
    # Asian wires): the outlet's kind without "the" before its name was neither the one told nor a speaker, so the
    # addressee was lost, '… told state broadcaster RTE the lines would stay' reported 'state broadcaster RTE the lines
    # would stay', and '“…,” Vogt told public broadcaster MDR.' had a second, indirect row 'public broadcaster MDR'.
    text = ("Piet Vogt told public broadcaster Nordfunk that the line would stay. Ada Quill told state broadcaster "
            "AVT the ferry would run. “We will stay,” Vogt told news agency Tarpress.")
    q = quotes_of(text)
    assert q[["content", "addressee"]].values.tolist() == [
        ["the line would stay", "public broadcaster Nordfunk"], ["the ferry would run", "state broadcaster AVT"],
        ["We will stay,", "news agency Tarpress"]]


def test_drivers_and_families_are_unnamed_sources():
    # '“…,” said a driver for a local charity who asked not to be named' (Al Jazeera): "driver" was no source's noun,
    # so the charity after "for" spoke; "Families displaced by the floods say …" went to no one, as "family" had no
    # plural.
    text = ("“Every day we are told to come back,” said a driver for a local charity. Families displaced by the "
            "floods say they have received no tents.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_kind"]].values.tolist() == [["driver", "unnamed source"],
                                                             ["families", "unnamed source"]]


def test_a_dash_line_under_a_quote_keeps_the_description_after_the_name():
    # An epigraph and a newsletter's quote of the week set the dash and the name on the line under the quote
    # ('“…”\n— Helen Marrish, former miner's wife'): the speaker was found, her description lost.
    text = ("The long silence of the Nordby mines\n\n“When the pits closed, the town forgot how to talk.”\n"
            "— Helen Marrish, former miner's wife\n\nNORDBY — The last shift came up in 1991.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_description"]].values.tolist() == [["Helen Marrish", "former miner's wife"]]


def test_a_dash_line_under_a_quote_may_name_where_one_works_or_no_one():
    # A wire's "Quotes of the day" box sets the speaker on the line under each quote as "— Dr. Ilse Varnhagen of the
    # Kessling Observatory, on …" or "— A shopkeeper in Wendle Cross, speaking to …": the "of" phrase after the name
    # and an unnamed source's noun had left both quotes with no speaker.
    text = ("“It is a rock. A very old, very interesting rock.”\n— Dr. Ilse Varnhagen of the Kessling Observatory, on "
            "the meteorite found near Drewmarsh.\n\n“Nobody told us the road would be closed.”\n— A shopkeeper, "
            "speaking to local radio.")
    q = quotes_of(text).fillna({"speaker_description": ""})
    assert q[["speaker", "speaker_description"]].values.tolist() == [
        ["Ilse Varnhagen", "of the Kessling Observatory"], ["shopkeeper", ""]]


def test_when_where_or_on_what_it_was_said_is_no_part_of_the_description():
    # '“…,” said Ada Quill, a researcher, on Monday.', '— Ruth Ellery, resident of Low Street, on last week's
    # flooding' (a newsletter): the phrase after the description's comma says when, where or on what the words were
    # said, not who said them, as a medium there did ("…, an analyst at Holt & Pine, in a note"); a place's own phrase
    # stays ("…, on Tarnby's South Side", "…, about 25 miles south of Nordby").
    text = ("“We will win,” said Ada Quill, a researcher at Tarnby University, on Monday.\n\n"
            "“I have never seen the sea this close.”\n— Ruth Ellery, resident of Low Street, on last week's flooding"
            "\n\n“We are here,” said Piet Okafor, whose ward includes Hyde Park, on Tarnby's South Side.")
    q = quotes_of(text)
    assert q["speaker_description"].tolist() == ["a researcher at Tarnby University", "resident of Low Street",
                                                 "whose ward includes Hyde Park, on Tarnby's South Side"]


def test_the_document_met_before_speaks_for_the_one_who_spoke_in_it():
    # SCMP, wires: 'The operator said in a statement that … “…,” the statement read.' gave the quote to the unnamed
    # source "statement"; the statement is the operator's, the medium of the words (its mention stays the speaker's
    # span). A document no one spoke in before stays an unnamed source, and so does a report (often someone else's).
    text = ("The Tarnby Ferry Company said in a statement that fuel costs had risen. “We have absorbed losses for "
            "five years,” the statement read.\n\n“We will fight this,” the letter said.\n\nAda Quill said in a "
            "report that the pier was unsafe. “The pier must close,” the report said.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_kind", "medium"]].fillna("").values.tolist() == [
        ["Tarnby Ferry Company", "organisation", "statement"], ["Tarnby Ferry Company", "organisation", "statement"],
        ["letter", "unnamed source", ""], ["Ada Quill", "named person", "report"], ["report", "unnamed source", ""]]
    assert spoken_by(q, text, "We have absorbed") == "the statement"


def test_a_capitalised_word_of_a_title_before_a_dash_attributions_name():
    # A pull quote set between paragraphs, '“…” — Father Liam Doyle' (features, obituaries): "Father" was read as the
    # noun of an unnamed source, the dash attribution failed, and the quote went on the words of the speaker before.
    text = ("Helen Marrish was 34 then. “There was no siren anymore,” she said.\n\n"
            "“The young ones leave at 18 and they do not come back.” — Father Liam Doyle\n\nThe town has shrunk.")
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["Helen Marrish", "Liam Doyle"]


def test_a_dash_attribution_may_name_the_medium_after_the_name():
    # Agencies' reaction round-ups: '— "…" — Actor Dev Ramsey in a statement.', "— Mayor Piet Garrow, on X.",
    # "— Critic Oren Vasque, writing in The Courier." (as PerSenT's AP round-up of reactions writes them): the dash
    # attribution read only a name ending its paragraph or a description after a comma, so the quote had no speaker
    # or the one of the quote before.
    text = ("PORT HALLAM (NWS) — Reaction to the death of the director Marisol Quent:\n\n"
            '— "Marisol taught us to tell the truth." — Actor Dev Ramsey in a statement.\n\n'
            '— "The flags will fly at half-mast." — Mayor Piet Garrow, on X.\n\n'
            '— "We will keep her theatre open." — The Orvella Players in a statement.\n\n'
            '— "She handed me the lead." — Singer Mae Tolland in an interview with The Hallam Courier.')
    q = quotes_of(text)
    assert q[["speaker", "cue", "medium"]].values.tolist() == [
        ["Dev Ramsey", "—", "statement"], ["Piet Garrow", "—", "X"], ["Orvella Players", "—", "statement"],
        ["Mae Tolland", "—", "interview"]]
    assert_offsets(text, q)


def test_a_quotation_dash_opening_a_paragraph_opens_the_speakers_own_words():
    # Features set in the European manner quote with a dash and no marks: "– The sea does not care if you are tired,
    # he says. – You go out anyway." The words before the frame had been an indirect row and the second sentence none;
    # a dashed list item whose frame comes first ("— Officials said …"), or one holding quotation marks, is as before.
    text = ("On the quay at Brenvik, Jonas Rask unties the rope.\n\n"
            "– The sea does not care if you are tired, he says. – You go out anyway.\n\n"
            "Councillor Ada Lund says the bridge will come.\n\n– We have to think about the ambulance, Lund says.\n\n"
            "— Officials said the bridge would cost $5 million.")
    q = quotes_of(text)
    assert q[["kind", "content", "speaker"]].values.tolist() == [
        ["direct", "The sea does not care if you are tired", "Jonas Rask"],
        ["direct", "You go out anyway.", "Jonas Rask"],
        ["indirect", "the bridge will come", "Ada Lund"],
        ["direct", "We have to think about the ambulance", "Ada Lund"],
        ["indirect", "the bridge would cost $5 million", "officials"]]
    assert_offsets(text, q)


def test_a_dash_paragraph_with_no_frame_is_the_words_of_the_person_before_it():
    # In an article quoting with dashes, "Rask shrugs.\n\n– The boat is younger than me." is Rask's (it had been no
    # row); in an article quoting with no dialogue row, a dashed paragraph is a list item, no one's words.
    text = ("On the quay at Brenvik, Jonas Rask unties the rope.\n\n– The sea does not care if you are tired, he says."
            "\n\nRask shrugs and starts the engine.\n\n– The boat is younger than me. It will last.")
    q = quotes_of(text)
    assert q[["kind", "content", "speaker"]].values.tolist() == [
        ["direct", "The sea does not care if you are tired", "Jonas Rask"],
        ["direct", "The boat is younger than me. It will last.", "Jonas Rask"]]
    assert_offsets(text, q)
    assert quotes_of("Jonas Rask unties the rope.\n\n– The boat is younger than the pier.").empty


def test_a_sources_phrase_ends_at_the_full_stop_after_a_name():
    # '“…,” said a spokesman for the Department of Health. The review began …' (British and wire copy): the phrase's
    # name ran on over the full stop ("… of Health. The"), past the sentence, so the department spoke; at the text's
    # end the phrase kept the full stop ("spokesman for the Tarnby Relief Fund."). A stop after an abbreviation stays
    # inside the name ("the U.S. Navy").
    text = ("“We are reviewing the case,” said a spokesman for the Nordby Department of Health. The review began in "
            "May.\n\n“It is closed,” said a spokeswoman for the U.S. Navy. It began.\n\n“We will help,” said a "
            "spokesman for the Tarnby Relief Fund.")
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["spokesman for the Nordby Department of Health", "spokeswoman for the U.S. Navy",
                                     "spokesman for the Tarnby Relief Fund"]


def test_a_medium_after_at_or_a_participle_of_speaking_opening_the_sentence():
    # 'Speaking on the podcast last month, Reid said …', 'At a rally in Tarnby on Wednesday, Quill said …': the fronted
    # medium was read after "In" and "During" only.
    text = ("At a rally in Tarnby on Wednesday, Ada Quill said the pier would close.\n\n"
            "Speaking at a town hall in Nordby, Piet Okafor said the ferry would run.\n\n"
            "Posting on Instagram, Lena Marsh wrote that the vote was fair.")
    q = quotes_of(text)
    assert q["medium"].tolist() == ["rally", "town hall", "Instagram"]


def test_a_conjunction_opens_the_words_before_a_frame_dated_by_its_day():
    # Wire copy dates the frame without "on" ("…, an official said Saturday."): after a sentence opening with "But"
    # it had no row (AP, TempEval-3 train APW19980809.0700), where "…, an official said." had one.
    q = quotes_of("The flood reached the square on Friday.\n\n"
                  "But the stone walls of the old mill may have saved the village, an official said Saturday.\n\n"
                  "And the bridge will reopen in March, officials said yesterday.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["official", "said", "But the stone walls of the old mill may have saved the village"],
        ["officials", "said", "And the bridge will reopen in March"]]


def test_a_subject_that_after_the_verb_opens_the_words():
    # "Ms. Atimadi says that is the primary focus of her group" (VOA, TempEval-3 train) had the content "is the
    # primary focus …": "that" before a finite verb is the clause's subject, not the conjunction; "that" before a
    # noun phrase still is the conjunction, and one after "a statement" still belongs to the noun before it.
    q = quotes_of("The harbour levy rose again in May.\n\n"
                  "Mayor Ruth Kessing said that was a natural part of running a port.\n\n"
                  "Her deputy, Ole Brandt, told reporters that would hurt the fishing fleet.\n\n"
                  "Brandt said that would-be buyers had left, and that the town must wait.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["Ruth Kessing", "that was a natural part of running a port"],
        ["Ole Brandt", "that would hurt the fishing fleet"],
        ["Ole Brandt", "would-be buyers had left, and that the town must wait"]]


def test_a_commander_of_a_force_and_exiles_in_a_city_speak_as_themselves():
    # "The top commander of a Cambodian resistance force said …" and "Cuban exiles in Miami say …" (AP, TempEval-3
    # train) had the force and the city as speakers: "commander" and "exiles" were no head nouns of a source.
    text = ("The top commander of a Varnish rebel force said Thursday he had sent a team to the border.\n\n"
            "Varnish exiles in Lindholm say the harbour was closed for a week.")
    q = quotes_of(text)
    spans = [text[int(s):int(e)] for s, e in zip(q["speaker_start"], q["speaker_end"])]
    assert spans == ["The top commander", "Varnish exiles in Lindholm"]
    assert q["speaker_kind"].tolist() == ["unresolved", "unnamed source"]


def test_a_source_speaks_over_a_name_in_its_relative_clause():
    # "British police officers who had been searching for Howes concluded he had probably been killed" (AP,
    # TempEval-3 train) had Howes as the speaker: the name nearest the cue won over the phrase its clause is in.
    q = quotes_of("Harbour officials who had been watching Ivo Marek concluded the storm had moved the sandbar.\n\n"
                  "Voters who backed Ada Quill say the count was fair.\n\n"
                  "Ada Quill, who had been searching for Ivo Marek, said he had drowned.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["Harbour officials", "unnamed source"], ["voters", "unnamed source"], ["Ada Quill", "named person"]]


def test_two_sources_joined_by_and_speak_together():
    # "A total of 265 women and girls have said they were abused" (PerSenT dev) gave "girls", "Her advisers and allies
    # say" (NYT, PolNeAR train) "allies": the phrase after "and" alone.
    q = quotes_of("A total of 40 nurses and doctors have said they were never paid.\n\n"
                  "Her advisers and allies say she will run again.")
    assert q[["speaker", "cue"]].values.tolist() == [["nurses and doctors", "said"], ["advisers and allies", "say"]]


def test_a_source_speaks_over_a_longer_relative_clause_but_not_across_a_lost_comma():
    # "Advisers who have spoken recently with  Trump  about the Russia investigation said" (PerSenT dev) had no
    # speaker: the clause of nine words ran past the reach of seven; across the gap of a lost comma it still ends
    # ("In response to the women who spoke out on Tuesday  a spokesperson for the executive told": the spokesperson).
    q = quotes_of("Mayor Ada Quill faces a harbour review. Advisers who have spoken recently with  Quill  about the "
                  "harbour review said she was angry.\n\nIn response to the pilots who spoke out on Tuesday  a "
                  "spokeswoman for the port authority told the Courier that the claims were false.")
    assert q[["speaker", "cue"]].values.tolist() == [["advisers", "said"], ["spokeswoman", "told"]]


def test_they_after_sources_who_spoke_stands_for_them_not_for_a_name_in_their_words():
    # "Analysts said Mr. Stronach wants to resume a more influential role in running the company. They expect him to
    # cut costs" (WSJ, TempEval-3 train) had the company named in the analysts' words as the speaker of "They".
    q = quotes_of("Analysts said Mr. Varn wants to resume a bigger role at Tarn Ferries. "
                  "They expect him to cut costs throughout the company.")
    assert q[["speaker", "cue"]].values.tolist() == [["analysts", "said"], ["analysts", "expect"]]


def test_a_clause_opening_with_a_phrase_of_time_is_reported_before_a_closing_frame():
    # "In the past two months the nation's 88 junk funds have lost a total of about $6 billion … , Dalbar says." (WSJ,
    # TempEval-3 train) had no row: words opening with "In" and no comma of their own were read as a fronted phrase.
    q = quotes_of("In the past two months the town's ferries have lost about $6 million in fares, Dalvik Research says."
                  "\n\n"
                  "On Monday the council was told the ferry would stop, Ivo Marek said.\n\n"
                  "In the years that have passed, she said.")
    assert q[["speaker", "content"]].values.tolist() == [
        ["Dalvik Research", "In the past two months the town's ferries have lost about $6 million in fares"],
        ["Ivo Marek", "On Monday the council was told the ferry would stop"]]


def test_a_participle_after_a_frame_set_off_by_lost_commas_is_the_frames_speakers():
    # "… over $9 per share  the Wall Street Journal reported earlier  citing people familiar with the matter" (PerSenT
    # dev) gave "citing" to the company the words were about: after a comma ("…, the Journal reported, citing") the
    # frame after its words owns the participle, and so after the two spaces of a lost comma.
    q = quotes_of("Ada Quill is leaving the ferry board  the Courier reported  citing a source close to the mayor.")
    assert q[["speaker", "cue"]].values.tolist() == [["Courier", "reported"], ["Courier", "citing"]]


def test_reflected_frames_the_quotation_closing_before_it_only():
    # '"I don't want the person who ended up with it to feel obligated …"  she  reflected. "I hope …"' (PerSenT dev,
    # sample L) had no row, its next quotation no speaker; "reflect that", "reflects the …", "reflected on" stay none.
    q = quotes_of('Ada Quill gave a kidney to a stranger.\n"I do not want them to feel they owe me "  she  reflected. '
                  '"I hope they are well."\nThe vote seemed to reflect that the town had changed. Quill reflected '
                  'on what she had said. The plan reflects the priorities of the council.')
    assert q[["speaker", "cue", "content"]].fillna("").values.tolist() == [
        ["Ada Quill", "reflected", "I do not want them to feel they owe me"],
        ["Ada Quill", "", "I hope they are well."]]


def test_a_frame_set_in_between_lost_commas_after_a_clause_reports_the_clause():
    # "JM Eagle also put a premium on cutting costs  Hendrix said  hiring people like him …" (PerSenT dev, sample L)
    # had the participle after the frame as the words, "The Bulls and Jazz also remain in talks  sources said  and
    # Mirotic  is intrigued …" the clause after "and": a frame between the two spaces of lost commas is set in as one
    # between commas is. After a fronted clause ("When the judge asked …") the words after it are still the ones.
    q = quotes_of("Ivo Dane filed a complaint against Tarn Pipe.\n Tarn Pipe also put a premium on cutting costs  "
                  "Dane said  hiring people straight out of college.\n The Gulls and Terns also remain in talks  "
                  "sources said  and  Dane  likes the idea.\n When the judge asked  him  why  he  had sued   Dane  "
                  "replied  bluntly  that the firm had lied.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["Dane", "said", "Tarn Pipe also put a premium on cutting costs"],
        ["sources", "said", "The Gulls and Terns also remain in talks"], ["judge", "asked", "why  he  had sued"],
        ["Dane", "replied", "the firm had lied"]]


def test_a_quotation_opened_after_a_spaced_stop_is_framed_by_the_verb_after_it():
    # PerSenT's NPR text (sample L): '… reinterpreted by people online . " You can sort of skip …  " she says .' gave
    # the quotation the cue "tells" of the sentence before, 'Pardes says even restaurants … . " In the pre - digital
    # … I have seen  " Fei said' gave Fei's words to Pardes and lost Pardes's, as mixed rows: Punkt left the opening
    # mark on the sentence before.
    q = quotes_of('Vera Lund tells the Courier that the ferries are late . " You can skip the queue  " she says . '
                  'Lund says even cafes are closing . " In the old days the pier was full ." Ivo Dane said in a talk .')
    assert q[["kind", "speaker", "cue"]].values.tolist() == [
        ["indirect", "Vera Lund", "tells"], ["direct", "Vera Lund", "says"], ["indirect", "Vera Lund", "says"],
        ["direct", "Ivo Dane", "said"]]


def test_quote_precision_on_other_news_holds_its_floors():
    # scripts/quote_precision.py: the hand-judged check of the quote table on TempEval-3 train news (wire,
    # newspapers, broadcast transcripts of 1989-2000), six samples of 14 articles: A, which no quote rule was written
    # from before 7549c53, B (other documents), which none was written from before 13faad3, C (others again),
    # which none was written from before 657375c, D (others again), which none was written from before 447314d,
    # F (others again), which none was written from before ccc587e, and J (others again), none before 589e1238;
    # and P, of other outlets and years (12 articles of PerSenT dev, 2010s online news, its commas removed), which
    # none was written from before d084f88, E (12 other articles of PerSenT dev), none before 67242b2, G (12
    # others again), none before 15bc131, H (12 others again), none before fa71d42, I (12 others again), none
    # before 53e789c3, K (12 others again), none before ea9f6d97, L (12 others again), none before c30a9578, M
    # (8 others again), none before 1daa01c7, N (10 others again), none before e7866d0d; and O (10 TempEval-3
    # newspaper articles, none of A-D's, F's or J's), none before 4b4a83f9.
    import csv
    import importlib.util

    scripts = FIXTURES.parent.parent / "scripts"
    spec = importlib.util.spec_from_file_location("quote_precision", scripts / "quote_precision.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # Sample A, measured at 7549c53 before any rule written from it (held out): precision 93/99, speaker right
    # 85/93, content right 86/93, recall direct 17/20, mixed 9/9, indirect 67/73 (59/73 with the right speaker).
    # After the rules written from it (development since): 95/101, 91/95, 90/95, 17/20, 9/9, 69/73 (65/73); with "call
    # for" reporting its demand (written from PolNeAR train): 96/102, 92/96, 91/96, 17/20, 9/9, 70/73 (66/73); with
    # "referring to" reporting what the words were about (a row new, right): 97/103, 93/97, 92/97, 17/20, 9/9, 71/74.
    # B and C each gain one row with "expressed …" (judged right; neither was listed as a miss): B 124/135, C 80/88.
    # C gains one row with "defended …" (judged right; not listed as a miss): C 81/89, content 70/81.
    # Sample B, measured at 13faad3 before any rule written from it (held out): precision 121/135, speaker 103/121,
    # content 109/121, recall direct 22/24, mixed 11/11, indirect 88/94 (74/94 with the right speaker).
    # After the rules written from it (development since): 122/133, 112/122, 113/122, 22/24, 11/11, 89/94 (80/94).
    # Sample C, measured at 657375c before any rule written from it (held out): precision 76/84, speaker 67/76,
    # content 63/76, recall direct 14/22, mixed 6/6, indirect 56/64 (47/64 with the right speaker).
    # After the rules written from it (development since): 79/87, 70/79, 68/79, 14/22, 6/6, 59/64 (50/64).
    # Sample D, measured at 447314d before any rule written from it (held out): precision 108/124, speaker 96/108,
    # content 96/108, recall direct 18/25, mixed 19/19, indirect 71/77 (64/77 with the right speaker).
    # After the rules written from it (development since): 109/124, 99/109, 101/109, 18/25, 19/19, 72/77 (65/77).
    # A role naming a nation is no one the text gives another ("The Russian foreign minister", not Saddam): D's
    # speaker 100/109.
    # Sample P, measured at d084f88 before any rule written from it (held out): precision 77/90, speaker 66/77, content
    # 67/77, recall direct 35/45, mixed 8/11, indirect 34/48 (29/48 with the right speaker).
    # After the rules written from it (development since; embedded posts, "It" for a document): 87/99, 77/87, 77/87,
    # 45/45, 8/11, 34/48 (30/48). P gains one row with "defended …" (judged right; not listed as a miss): 88/100.
    # With "accused X of" a noun (written from E): a miss found, its content cut: 89/101, 79/89, 78/89, 36/49 (32/49).
    # Sample E, a second sample of PerSenT dev (12 other articles, seed 2030), measured at 67242b2 before any rule
    # written from it (held out): precision 120/141, speaker 92/120, content 98/120, recall direct 49/49, mixed 20/20,
    # indirect 51/63 (40/63 with the right speaker). After the rules written from it (development since; ’’ closing a
    # quotation): 120/141, 100/120, 104/120, 49/49, 20/20, 51/63 (40/63); "accused X of" a noun: 123/144, 103/123,
    # 106/123, 49/49, 20/20, 54/64 (43/64); "depicted X as" (a miss found, its content run past a lost comma): 124/145,
    # 104/124, 106/124, 49/49, 20/20, 55/64 (44/64); no "but" inside a phrase after the speaker: speaker 105/124, 55/64
    # (45/64); the person after "said" beside a lost comma ("… call to the country  said Seemann —"): speaker 106/124;
    # the name before a description its lost commas set off ("Bob Iger  the CEO of … Disney  explained"): speaker
    # 111/124, recall with the right speaker direct 48/49, mixed 16/20, indirect 47/64 (P: 90/102, speaker 81/90,
    # content 78/90, indirect recall 37/49, 34/49 with the right speaker; its miss "has repeatedly called for" found,
    # its content cut: P's content floor 0.87 -> 0.86).
    # Sample F (TempEval-3 again, others again: 9 wire, 5 newspaper), measured at ccc587e before any rule written from
    # it (held out): precision 118/130, speaker 105/118, content 106/118, recall direct 22/22, mixed 10/10, indirect
    # 86/90 (76/90 with the right speaker). After the rules written from it (development since): 119/131, 107/119,
    # 108/119, 22/22, 10/10, 87/90 (77/90).
    # Sample G, a third sample of PerSenT dev (12 other articles, seed 2032), measured at 15bc131 before any rule
    # written from it (held out): precision 125/143, speaker 103/125, content 102/125, recall direct 46/48, mixed
    # 18/21, indirect 61/76 (48/76 with the right speaker).
    # Rules written from it (development since): a possessive set apart ("Weinstein 's alleged") is no verb's subject
    # (G's row and P's "coined  Rick ’s catchphrase" row, both no attribution, gone); two spaces of a lost comma before
    # a participle of speech read as the comma: P 92/104, speaker 82/92, content 80/92, indirect 39/50 (35/50); E
    # 128/150, 110/128, 112/128, 59/67 (50/67); G 127/145, 108/127, 106/127, 63/76 (52/76); a fronted phrase ending
    # at such spaces ("Near the end of the hearing  Sen. …"): G 128/146, 110/128, 106/128, 64/76 (54/76); no words of
    # a verb after such spaces and a participle ("he suggested  calling …", no attribution, gone): G 128/145; an aside
    # between two dashes inside the words reported: E 129/151, 111/129, 113/129, 60/67 ("describes X — … — as", a miss,
    # found); G content 107/128. An age or a discourse adverb between the two spaces of lost commas after a name ("Azuma
    # 44  said", "Ald. Ameya Pawar  however  said": the phrase, unnamed): G speaker 111/129 -> 113/129. A source's
    # phrase through "of" into a role's ("Spokesperson of Indonesian president said": the president): G 114/129. Two
    # spaces after a known place part it from a name ("visit to Indonesia  Dino said", one person): G 115/129.
    # A block quotation after an inverted frame whose own quote had taken it ("said Schumer during a … session:", a
    # miss, found): G 130/147 -> 131/148, speaker 117/131, recall direct 46/48 -> 47/48.
    # Sample H, a fourth sample of PerSenT dev (12 other articles, seed 2033), measured at fa71d42 before any rule
    # written from it (held out): precision 98/107, speaker 79/98, content 71/98, recall direct 26/28, mixed 19/23,
    # indirect 53/62 (42/62 with the right speaker).
    # Rules written from it (development since): a source's phrase opens after the two spaces of a lost comma ("…
    # to the rider  an official said"): H 100/109, speaker 82/100, content 73/100, recall mixed 20/23, indirect 54/62
    # (44/62); G speaker 118/131; E 130/152, 118/130, 114/130, indirect 61/67 (54/67); P 94/107, 85/94, 80/94 (its
    # miss "X  a museum announced" found, a dateline in its words: P's content floor 0.86 -> 0.85), 41/50 (38/50). A
    # wire dateline's lost comma ("THE HAGUE  Netherlands (AP) — "): P content 81/94 (its floor 0.86 again). The two
    # spaces of a lost comma end the words before another frame ("…  an official said Wednesday."): H content 75/100.
    # Examples two gaps set off before the verb ("Others  like Bittrex  said"): H speaker 84/100, indirect 54/62
    # (46/62).
    # And before "as" ("…  as Voloshyn also told The Post"): H content 76/100.
    # Sample I, a fifth sample of PerSenT dev (12 other articles, seed 2034; no misencoded article left, a plain one
    # instead), measured at 53e789c3 before any rule written from it (held out): precision 95/113, speaker 82/95,
    # content 80/95, recall direct 31/33, mixed 26/27, indirect 38/43 (32/43 with the right speaker), a reported
    # question judged no attribution as E and H judge one.
    # Rules written from it (development since): a subordinate or relative clause's words end at the two spaces of its
    # lost comma ("When Stern asked  Trump  to elaborate   Trump  said"): content P 82/94, E 115/130, G 114/131, I 81/95.
    # An organisation before a description its lost commas set off ("Xinhua  a government news agency  said"): I
    # 96/114, speaker 85/96, content 82/96, recall indirect 39/43 (34/43; the miss "CME Group  the … exchange
    # announced" found).
    # Sample J (TempEval-3 again, others again: 1 wire, 13 newspaper, the wire copy spent too), measured at 589e1238
    # before any rule written from it (held out): precision 134/155, speaker 117/134, content 126/134, recall direct
    # 48/48, mixed 13/15, indirect 73/87 (59/87 with the right speaker).
    # Rules written from it (development since): a company speaks before its seat set off by commas ("Intelogic Trace
    # Inc., San Antonio, Texas, said", not Texas): J speaker 118/134, indirect 73/87 (60/87); C speaker 74/82 (its
    # "Heritage Media Corp., New York, said").
    # A person's name after a possessive the tagger took for a person ("said Florida International's Fernandez"): J
    # speaker 120/134, direct recall with the right speaker 47/48.
    # A "they" opening a clause joined by ", and" is its sentence's plural subject ("Elected officials …, and they said",
    # not the police named nearer): J speaker 121/134, indirect 73/87 (61/87).
    # Sample K, a sixth sample of PerSenT dev (12 other articles, seed 2036; 8 plain, 3 curly, 1 tokenised), measured
    # at ea9f6d97 before any rule written from it (held out): precision 142/152, speaker 130/142, content 111/142,
    # recall direct 66/71, mixed 25/26, indirect 51/65 (46/65 with the right speaker).
    # Rules written from it (development since): another speaker's verb after the two spaces of a lost comma and "and"
    # or "but" ends the words before it ("… on immigration  and  Ryan  said …"): K content 112/142, G 116/131. A bare
    # weekday between a person's name and the verb ("Democratic Rep. Tim Ryan Tuesday  said"): K speaker 132/142, C
    # 75/82 (its "President Bill Clinton Thursday"). A sentence quoted whole after a verb with words of its own between
    # is the frame's after it ("… he said he received last week  “My kid's …” the e-mail reads."): K 143/153, speaker
    # 134/143, content 113/143, recall direct 67/72, mixed 24/25, indirect 52/65 (48/65; its miss "he said he received"
    # found). Speakers of any kind joined as one subject speak together ("He and others who oppose … say"): C speaker
    # 76/82.
    # Sample L, a seventh sample of PerSenT dev (12 other articles, seed 2037; 8 plain, 3 curly, 1 tokenised), measured
    # at c30a9578 before any rule written from it (held out): precision 119/133, speaker 104/119, content 94/119,
    # recall direct 51/54, mixed 16/17, indirect 52/68 (47/68 with the right speaker).
    # Rules written from it (development since): a straight mark set apart after a sentence's end opens the next one
    # ("… people online . " You can …  " she says ."): L 122/135, speaker 108/122, content 96/122, recall direct 51/54
    # (47/54), indirect 55/68 (50/68). A frame between the two spaces of lost commas after a clause is set in ("…
    # cutting costs  Hendrix said  hiring people …"): L content 97/122. "reflected" frames the quotation closing before
    # it ("…"  she  reflected.): L 123/136, speaker 110/123, content 98/123, recall direct 52/54 (49/54).
    # Sample M, an eighth sample of PerSenT dev (8 other articles only, a short round, seed 2038; 5 plain, 2 curly, 1
    # tokenised), measured at 1daa01c7 before any rule written from it (held out): precision 58/73, speaker 54/58,
    # content 34/58, recall direct 17/20, mixed 18/18, indirect 23/30 (20/30 with the right speaker).
    # Sample N, a ninth sample of PerSenT dev (10 other articles, a short round, seed 2039; 7 plain, 2 curly, 1
    # tokenised), measured at e7866d0d before any rule written from it (held out): precision 123/136, speaker 109/123,
    # content 105/123, recall direct 56/57, mixed 10/11, indirect 57/80 (50/80 with the right speaker).
    # Rules written from it (development since): an inverted verb after a lost comma with a source's phrase, an
    # organisation or a role as its speaker ("…  said the people  who …", "…  says the BBC."): N speaker 111/123,
    # content 107/123, recall direct 55/56 (a row's kind re-judged indirect, no marks), indirect 58/81 (52/81);
    # M speaker 57/59; P 96/107, speaker 87/96, content 84/96, indirect 43/50 (40/50). A description its lost
    # commas set off going on after a name PerSenT padded ("… who was asked by  Hu  to consult …  said"): N 124/137,
    # speaker 112/124, content 108/124, indirect 59/81 (53/81); H speaker 89/101. An opening "According to X" ending
    # at the first gap after its first word ("According to the Times  Weinstein  …"): N 125/138, speaker 113/125,
    # content 109/125, indirect 60/81 (54/81); G 132/149, speaker 119/132, content 117/132, indirect 66/76 (60/76).
    # A participle "and" joins to a named one's -ing form is that one's ("… ended with  Weinstein  touching her and
    # suggesting they …", twenty-ninth session; the row re-judged, its speaker moved): G speaker 120/133 -> 121/133,
    # recall indirect with the right speaker 61/77 -> 62/77.
    # Sample O, TempEval-3 again (10 newspaper articles only, a short round, seed 2040), measured at 4b4a83f9 before any
    # rule written from it (held out): precision 45/52, speaker 39/45, content 41/45, recall direct 4/4, mixed 9/9,
    # indirect 32/34 (30/34 with the right speaker). After the rule written from it (development since; a source's or an
    # organisation's phrase set off beside a name stands for the name): speaker 40/45, recall mixed with the right
    # speaker 6/9.
    # Sample Q, PerSenT dev again (8 articles, a short round drawn as M's, seed 2041), measured at 7ed8e0b9 with every
    # rule of the 7 Dec session in place and before any rule written from it (held out): precision 69/80, speaker
    # 58/69, content 64/69, recall direct 16/24, mixed 9/11, indirect 44/63 (36/63 with the right speaker).
    # Sample R, PerSenT dev again (10 articles, a short round drawn as N's, seed 2042), measured at d9ad9297 before any
    # rule written from it (held out): precision 106/119, speaker 102/106, content 96/106, recall direct 49/50, mixed
    # 10/12, indirect 47/71 (45/71 with the right speaker).
    # Sample S, PerSenT dev again (8 articles, a short round drawn as Q's, seed 2043), measured at 905266ab with every
    # rule of the twenty-seventh session in place and before any rule written from it (held out): precision 80/86,
    # speaker 74/80, content 68/80, recall direct 57/59, mixed 11/13, indirect 12/29 (10/29 with the right speaker).
    # Sample T, PerSenT dev again (8 articles, a short round drawn as S's, seed 2044), measured at 6a2acd81 with every
    # rule of the twenty-seventh session in place and before any rule written from it (held out): precision 64/83,
    # speaker 55/64, content 57/64, recall direct 27/28, mixed 17/17, indirect 20/38 (20/38 with the right speaker).
    # Sample U, PerSenT dev again (8 articles, a short round drawn as T's, seed 2045), measured at f39cbf38 with every
    # rule of the twenty-eighth session in place and before any rule written from it (held out): precision 57/69,
    # speaker 57/57, content 53/57, recall direct 24/27, mixed 5/6, indirect 28/40 (28/40 with the right speaker).
    # The rule written from it (development since): an adjective "alleged" ("abuse alleged suspects") is no cue: U
    # 58/69, speaker 58/58, content 54/58, indirect 29/40 (29/40; its miss "Calderon believes" found); F 120/131.
    # Sample V, PerSenT dev again (8 articles, a short round drawn as U's, seed 2046), measured at ee277c1d with U's
    # rule in place and before any rule written from it (held out): precision 67/75, speaker 60/67, content 55/67,
    # recall direct 15/17, mixed 13/13, indirect 39/62 (37/62 with the right speaker).
    # Sample W, TempEval-3 again (10 newspaper articles, a short round drawn as O's, seed 2047), measured at 70d507d8
    # with every rule up to V's in place and before any rule written from it (held out): precision 97/109, speaker
    # 80/97, content 86/97, recall direct 24/25, mixed 12/12, indirect 61/82 (48/82 with the right speaker).
    # The rule written from it (development since; the fault of A, O and W): a company's name in capitals before its
    # legal form as written ("ROGERS COMMUNICATIONS Inc. said") is its name, no shouting: W speaker 82/97, indirect
    # 61/82 (50/82); O speaker 41/45, indirect 32/34 (31/34); A's "… amp TRUCK Corp." still wrong ('TRUCK Corp.').
    # Sample X, PerSenT dev again (8 articles, a short round drawn as V's, seed 2048), measured at ff108452 with every
    # rule of the thirtieth session so far in place and before any rule written from it (held out): precision 57/70,
    # speaker 46/57, content 49/57, recall direct 20/33, mixed 5/6, indirect 32/49 (25/49 with the right speaker).
    floors = {"A": {"precision": 0.94, "speaker": 0.95, "content": 0.93, "recall_direct": 0.85, "recall_mixed": 1.0,
                    "recall_indirect": 0.94, "recall_indirect_speaker": 0.88},
              "B": {"precision": 0.91, "speaker": 0.91, "content": 0.92, "recall_direct": 0.91, "recall_mixed": 1.0,
                    "recall_indirect": 0.94, "recall_indirect_speaker": 0.85},
              "C": {"precision": 0.90, "speaker": 0.88, "content": 0.86, "recall_direct": 0.63, "recall_mixed": 1.0,
                    "recall_indirect": 0.92, "recall_indirect_speaker": 0.78},
              "D": {"precision": 0.87, "speaker": 0.90, "content": 0.92, "recall_direct": 0.72, "recall_mixed": 1.0,
                    "recall_indirect": 0.93, "recall_indirect_speaker": 0.84},
              "P": {"precision": 0.87, "speaker": 0.88, "content": 0.86, "recall_direct": 1.0, "recall_mixed": 0.72,
                    "recall_indirect": 0.73, "recall_indirect_speaker": 0.65},
              "E": {"precision": 0.85, "speaker": 0.84, "content": 0.85, "recall_direct": 1.0, "recall_mixed": 1.0,
                    "recall_indirect": 0.85, "recall_indirect_speaker": 0.70},
              "F": {"precision": 0.90, "speaker": 0.88, "content": 0.89, "recall_direct": 1.0, "recall_mixed": 1.0,
                    "recall_indirect": 0.95, "recall_indirect_speaker": 0.84},
              "G": {"precision": 0.87, "speaker": 0.82, "content": 0.81, "recall_direct": 0.95, "recall_mixed": 0.85,
                    "recall_indirect": 0.80, "recall_indirect_speaker": 0.63},
              "H": {"precision": 0.91, "speaker": 0.80, "content": 0.72, "recall_direct": 0.92, "recall_mixed": 0.82,
                    "recall_indirect": 0.85, "recall_indirect_speaker": 0.67},
              "I": {"precision": 0.84, "speaker": 0.86, "content": 0.84, "recall_direct": 0.93, "recall_mixed": 0.96,
                    "recall_indirect": 0.88, "recall_indirect_speaker": 0.74},
              "J": {"precision": 0.86, "speaker": 0.87, "content": 0.94, "recall_direct": 1.0, "recall_mixed": 0.86,
                    "recall_indirect": 0.83, "recall_indirect_speaker": 0.67},
              "K": {"precision": 0.93, "speaker": 0.91, "content": 0.78, "recall_direct": 0.92, "recall_mixed": 0.96,
                    "recall_indirect": 0.78, "recall_indirect_speaker": 0.70},
              "L": {"precision": 0.89, "speaker": 0.87, "content": 0.78, "recall_direct": 0.94, "recall_mixed": 0.94,
                    "recall_indirect": 0.76, "recall_indirect_speaker": 0.69},
              "M": {"precision": 0.79, "speaker": 0.93, "content": 0.58, "recall_direct": 0.85, "recall_mixed": 1.0,
                    "recall_indirect": 0.76, "recall_indirect_speaker": 0.66},
              "N": {"precision": 0.90, "speaker": 0.88, "content": 0.85, "recall_direct": 0.98, "recall_mixed": 0.90,
                    "recall_indirect": 0.71, "recall_indirect_speaker": 0.62},
              "O": {"precision": 0.86, "speaker": 0.88, "content": 0.91, "recall_direct": 1.0, "recall_mixed": 1.0,
                    "recall_indirect": 0.94, "recall_indirect_speaker": 0.88},
              "Q": {"precision": 0.86, "speaker": 0.84, "content": 0.91, "recall_direct": 0.66, "recall_mixed": 0.81,
                    "recall_indirect": 0.69, "recall_indirect_speaker": 0.57},
              "R": {"precision": 0.89, "speaker": 0.96, "content": 0.90, "recall_direct": 0.98, "recall_mixed": 0.83,
                    "recall_indirect": 0.66, "recall_indirect_speaker": 0.63},
              "S": {"precision": 0.93, "speaker": 0.92, "content": 0.85, "recall_direct": 0.96, "recall_mixed": 0.84,
                    "recall_indirect": 0.41, "recall_indirect_speaker": 0.34},
              "T": {"precision": 0.77, "speaker": 0.85, "content": 0.89, "recall_direct": 0.96, "recall_mixed": 1.0,
                    "recall_indirect": 0.52, "recall_indirect_speaker": 0.52},
              "U": {"precision": 0.82, "speaker": 1.0, "content": 0.92, "recall_direct": 0.88, "recall_mixed": 0.83,
                    "recall_indirect": 0.70, "recall_indirect_speaker": 0.70},
              "V": {"precision": 0.89, "speaker": 0.89, "content": 0.82, "recall_direct": 0.88, "recall_mixed": 1.0,
                    "recall_indirect": 0.62, "recall_indirect_speaker": 0.59},
              "W": {"precision": 0.88, "speaker": 0.82, "content": 0.88, "recall_direct": 0.96, "recall_mixed": 1.0,
                    "recall_indirect": 0.74, "recall_indirect_speaker": 0.58},
              "X": {"precision": 0.81, "speaker": 0.80, "content": 0.85, "recall_direct": 0.60, "recall_mixed": 0.83,
                    "recall_indirect": 0.65, "recall_indirect_speaker": 0.51}}
    drawn: set[str] = set()
    for sample, (_, path) in module.SAMPLES.items():
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
        assert rows and all(list(r) == module.COLUMNS for r in rows)
        assert all(len(r["note"]) <= 60 for r in rows)  # offsets and verdicts only, no article text
        # each judged once (one span can be two rows, by their speaker mentions)
        assert len({(r["doc_id"], r["start"], r["speaker_start"], r["judged"]) for r in rows}) == len(rows)
        corpus = "persent-dev" if sample in module.PERSENT_SAMPLES else "tempeval3-train"
        articles = module.sample_articles(shared_path("corpora", corpus).parent, sample)
        size = sum((module.PERSENT_SHORT_DRAWS.get(sample, module.PERSENT_DRAWS) if sample in module.PERSENT_SAMPLES
                    else module.SHORT_DRAWS.get(sample, module.DRAWS)).values())  # M, Q, S-V, X: 8, N, O, R, W: 10
        assert len(articles) == size and not drawn & set(articles["doc_id"])  # no document in two samples
        drawn |= set(articles["doc_id"])
        quotes = extract_quotes(articles[["doc_id", "text"]])
        verdicts = module.read_verdicts(sample)
        got = module.figures(verdicts, quotes)
        judged = {(r["doc_id"], int(r["start"]), int(r["end"])) for r in rows if r["judged"] == "row"}
        assert set(zip(quotes["doc_id"], quotes["start"], quotes["end"])) <= judged, f"{sample}: rows not judged yet"
        assert not module.speaker_moved(verdicts, quotes), f"{sample}: speakers not judged yet"
        share = {name: k / n for name, (k, n) in got.items()}
        assert {name: share[name] for name in floors[sample] if share[name] < floors[sample][name]} == {}, sample


def test_quote_precision_counts_a_part_with_misses_only():
    # scripts/quote_precision.py: an article the table gives no row still has its misses counted (as sample V's
    # tokenised one): with no judged row in a part, the mask of the rows listed is an empty list, and indexing by it
    # picked columns, not rows (the figures failed).
    import importlib.util

    scripts = FIXTURES.parent.parent / "scripts"
    spec = importlib.util.spec_from_file_location("quote_precision", scripts / "quote_precision.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    verdicts = pd.DataFrame([["tarnby-1", 10, 40, "-", "-", "-", "miss", "indirect", "yes", "-", "-", "-", ""],
                             ["tarnby-1", 50, 90, "-", "-", "-", "miss", "direct", "yes", "-", "-", "-", ""]],
                            columns=module.COLUMNS)
    quotes = pd.DataFrame(columns=["doc_id", "start", "end"])
    got = module.figures(verdicts, quotes)
    assert got["precision"] == (0, 0) and got["recall_indirect"] == (0, 1) and got["recall_direct"] == (0, 1)


def test_an_embedded_post_is_the_words_of_the_account_that_posted_it():
    # A post embedded in a web page keeps, in the page's text, its words, a dash, the account's name, its handle and
    # the date ("… pic.twitter.com/AF0GaVTWRu — Rick & Morty creator (@alexqarbuckle) October 8  2017", PerSenT; the
    # same in PolNeAR's Breitbart copy, there inside "<tweet …>" markup, marked as the account's words): no quotation
    # marks, no verb, yet the account's words; the picture's link is none, nor is a quotation inside it a quote apart.
    text = ("The ferry row went on all week.\n"
            "I regret nothing about the ferry. pic.twitter.com/AbC12 — Tarnby Ferry Fan (@ferryfan) October 8, 2017\n"
            '<tweet id="1" author="@adaquill">The Tarnby line is safe. "We stay," I told them. — Ada Quill (@adaquill) '
            "October 9, 2017</tweet>.\n"
            "Quill later said the ferry would run until May.")
    q = quotes_of(text)
    assert q[["kind", "content", "speaker", "cue"]].values.tolist() == [
        ["direct", "I regret nothing about the ferry.", "Tarnby Ferry Fan", "—"],
        ["direct", 'The Tarnby line is safe. "We stay," I told them.', "Ada Quill", "—"],
        ["indirect", "the ferry would run until May", "Ada Quill", "said"]]
    assert_offsets(text, q)
    # a dash and a name in prose, with no handle and date, stays as it was
    assert quotes_of("The line is safe — Ada Quill (the mayor) said so.")["cue"].tolist() != ["—"]


def test_an_embedded_posts_signature_on_a_line_of_its_own_signs_the_paragraph_above():
    # Live blogs keep the signature on its own line or paragraph under the post ("Stay indoors.\n\n— Declan Roe
    # (@MayorRoe) December 7, 2026"): the post had been no row; a signature opening the article signs nothing.
    for gap in ("\n", "\n\n"):
        text = ("14:12 GMT\n\nMayor Tilda Roe has posted on X:\n\nStay indoors. Our crews are out. pic.twitter.com/Ab1"
                f"{gap}— Tilda Roe (@MayorRoe) December 7, 2026\n\n14:30 GMT\n\nThe quay is closed.")
        q = quotes_of(text)
        assert q[["kind", "content", "speaker", "cue"]].values.tolist() == [
            ["direct", "Stay indoors. Our crews are out.", "Tilda Roe", "—"]]
        assert_offsets(text, q)
    assert quotes_of("— Tilda Roe (@MayorRoe) December 7, 2026\n\nThe quay is closed.").empty


def test_the_post_scan_is_skipped_only_where_no_signature_can_be():
    # posts() scans no paragraph of an article without "(@": a signature's handle in brackets is in every match of
    # _POST_SIGNATURE, so the plain scan of every paragraph finds none there either.
    from presslens.quotes.extract import _POST_SIGNATURE

    paragraphs = ["Today is River Day. — Ada Quill (@adaquill) October 9, 2017",
                  "Today is River Day. -- Ada Quill (@adaquill) Oct. 9, 2017</tweet>.",
                  "Today is River Day. — Ada Quill ( @adaquill) October 9, 2017",
                  "Today is River Day. — Ada Quill (adaquill) October 9, 2017",
                  "Today is River Day. — Ada Quill @adaquill October 9, 2017",
                  "The line is safe — Ada Quill (the mayor) said so on October 9, 2017."]
    found = [p for p in paragraphs if _POST_SIGNATURE.search(p)]
    assert found == paragraphs[:2] and all("(@" in p for p in found)
    for p in paragraphs:
        assert ("Today is River Day." in quotes_of(p)["content"].tolist()) == (p in found)


def test_two_spaces_where_a_text_lost_its_comma_end_the_words_before_a_closing_frame():
    # PerSenT's texts lost their commas and keep two spaces for each ("… will never be the same  Pinera said.", "…
    # bond  the Star Adviser said."): the words before the frame are what was said, as before ", Pinera said.". Not
    # the two spaces that pad such a text's mentions of its main person ("the  Mayor  said", "on  his  own"); the
    # last gap in "on  his  own recognizance  department officials said" is the comma's (the source's phrase opens
    # after it: test_a_source_phrase_opens_after_the_two_spaces_of_a_lost_comma).
    text = ("The Tarnby ferry will never be the same  Ivo Brant said. The crossing will close in May  harbour "
            "officials said on Friday.\nThe talks would resume  the  Mayor  said.\n"
            "Kessel was released on  his  own recognizance  department officials said.")
    q = quotes_of(text)
    assert q[["content", "speaker", "cue"]].values.tolist() == [
        ["The Tarnby ferry will never be the same", "Ivo Brant", "said"],
        ["The crossing will close in May", "officials", "said"],
        ["Kessel was released on  his  own recognizance", "officials", "said"]]
    assert_offsets(text, q)


def test_two_spaces_where_a_text_lost_its_comma_end_an_opening_according_to_phrase():
    # "According to the Carmel Police  Mathis was traveling the wrong way" (PerSenT, its commas removed) had no row:
    # the two spaces right after the source stand for the comma after it. Not in a sentence that kept a comma, nor
    # with one space ("According to the port board Tom Vell …" keeps no mark of where the phrase ends).
    text = ("According to the Tarnby harbour police  Ivo Brant was sailing without lights. According to the port board "
            "Tom Vell was asleep.")
    q = quotes_of(text)
    assert q[["content", "speaker", "cue"]].values.tolist() == [
        ["Ivo Brant was sailing without lights", "Tarnby harbour police", "According to"]]
    assert_offsets(text, q)


def test_an_opening_according_to_phrase_ends_at_the_first_lost_comma_after_its_first_word():
    # "According to the Times  Weinstein  one of Hollywood's most powerful men  invited …", "According to news reports
    # Shaw  also allegedly wrote …", "According to  Packer  Hastings  would ask …" (PerSenT, its commas removed and
    # the names it marks set off by two spaces) had no row: the source was read over the gap ("Times  Weinstein" as
    # one name, the phrase run to the sentence's end). The source's phrase ends at the first such gap after its first
    # word, not one after a preposition or a determiner (a name it holds, padded: "a letter from  Ivo Brant"), nor in
    # a sentence that kept a comma.
    text = ("According to the Harbour Courier  Tarn  one of the port's most powerful men  invited the pilots to a "
            "meeting. According to news reports   Ada Quill  also wrote to the board. According to  Vell  Brant  "
            "would wait at the pier. According to the exit polls  in Tarnby, most voters chose Quill.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Harbour Courier", "Tarn  one of the port's most powerful men  invited the pilots to a meeting"],
        ["news reports", "Ada Quill  also wrote to the board"],
        ["Vell", "Brant  would wait at the pier"],
        ["exit polls in Tarnby", "most voters chose Quill"]]
    assert_offsets(text, q)


def test_an_opening_according_to_phrase_runs_past_its_speaker_to_the_lost_comma():
    # "According to the source familiar  Duke had decided …", "According to a document provided by the Army source
    # Bradshaw  has been …", "According to an indictment and court documents   Richardson  used …" (PerSenT, its
    # commas removed) had no row: the two spaces standing for the comma were looked for right after the speaker
    # ("the source", "a document", "an indictment"), where the phrase goes on. They end the phrase where it ends.
    text = ("Talks on the Tarnby ferry stalled. According to the source familiar  Ada Quill had decided that the line "
            "would close. According to a memo provided by the harbour source   Brant  has been warned twice. "
            "According to an indictment and court papers   Vell  struck the pier sign.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["source", "Ada Quill had decided that the line would close"],
        ["memo", "Brant  has been warned twice"],
        ["indictment", "Vell  struck the pier sign"]]
    assert_offsets(text, q)


def test_they_stands_for_no_organisation_a_preposition_takes():
    # "… focused on the administration's drawdown of troops in Iraq, which they say left a vacuum" (Republicans),
    # "… kissed them while they were speaking with him about working at the newspaper. … they said he …" (the women)
    # gave the words to the organisation nearest before the "they". One a preposition or a bracket takes is no
    # antecedent of a "they"; one "their" opens or "who" follows is people still ("their group", "the board, who").
    text = ("Harbour workers are angry. They are also focused on the Harbour Authority's new rota, which they say will "
            "cost jobs. The two pilots said Ivo Brant kissed them while they were speaking with him about work at the "
            "Tarnby Courier. After meeting Brant, they said he had offered them a job. Ada Quill shared her plan with "
            "the Tarnby Ferry board, who met with their bankers and held papers showing how much they expected fares "
            "to rise.")
    q = quotes_of(text)
    assert row(q, "will cost jobs").speaker == "Harbour workers"
    assert row(q, "he had offered").speaker != "Tarnby Courier"
    assert row(q, "to rise").speaker == "Tarnby Ferry board"


def test_two_spaces_where_a_text_lost_its_comma_before_an_inverted_said_leave_the_person_after_it_speaking():
    # "… will likely reopen during the coming months  said  Tressa Feher  chief of staff for …" (PerSenT, its commas
    # removed) gave the words to no one ("the coming months" read as the speaker): the person after the verb speaks,
    # where they end the clause (a mark, "who", or two spaces before a description). Not where a verb follows the
    # name ("said  Tom Vell  portrayed …": Vell is in the words reported), nor after a name before the gap.
    text = ("The Tarnby ferry will likely resume sailing during the coming months  said  Ada Quill  chief of staff for "
            "the harbour board. The crew got an award for the rescue plan  said Marsh  who later joined the board. "
            "Ald. Ivo Brant  however  said  Tom Vell  portrayed the issue as a choice.")
    q = quotes_of(text)
    assert row(q, "The Tarnby ferry will likely resume")[["speaker", "speaker_description"]].tolist() == [
        "Ada Quill", "chief of staff for the harbour board"]
    assert row(q, "The crew got an award")["speaker"] == "Marsh"
    assert row(q, "Tom Vell")["speaker"] != "Tom Vell"
    assert_offsets(text, q)


def test_two_spaces_where_a_text_lost_its_comma_before_said_after_no_subject_leave_the_person_after_it_speaking():
    # "A go-ahead from party members is far from guaranteed  said Matthias Miersch  head of the SPD’s left-wing
    # caucus." (PerSenT, its commas removed) had no row: no subject stands before the gap, and the person after the
    # verb speaks, as where one does (the test before).
    text = "A go-ahead from the ferry crews is far from guaranteed  said Ivo Brant  head of the pilots’ caucus."
    q = quotes_of(text)
    assert q[["content", "speaker", "speaker_description"]].values.tolist() == [
        ["A go-ahead from the ferry crews is far from guaranteed", "Ivo Brant", "head of the pilots’ caucus"]]
    assert_offsets(text, q)


def test_two_spaces_where_a_text_lost_its_comma_before_said_leave_a_source_or_a_role_after_it_speaking():
    # "…  said the people  who demanded anonymity …", "…  says the BBC.", "… beholden to the Kremlin  said Steven Hall
    # who ran …", "… in greater Stockholm  said  regional police spokesman Sven-Erik Olsson." (PerSenT, its commas
    # removed) gave the speaker's phrase as the words reported: a source's phrase, an organisation or a role before a
    # name ends the clause after the verb as a person's name does, and a name inside the phrase before the gap (a word
    # in lower case and one space before it) is no subject. Not a padded name that opens its own clause, nor words
    # after the verb a verb follows.
    text = ("The mayor has kept the budget open  said the aides  who asked not to be named. The ferry is likely to be "
            "beholden to the Tarnby council  said Ada Quill  who ran the harbour office for 30 years. A fire broke out "
            "near a station in greater Varnholt  said  regional police spokesman Ivo Brant. The pier has changed the "
            "life of the town  says the Harbour Courier. The pier reopened and  Tom Vell  said the aides were tired.")
    q = quotes_of(text)
    assert row(q, "The mayor has kept")["speaker"] == "aides"
    assert row(q, "The ferry is likely")["speaker"] == "Ada Quill"
    assert row(q, "A fire broke out")["speaker"] == "Ivo Brant"
    assert row(q, "The pier has changed")["speaker"] == "Harbour Courier"
    assert row(q, "the aides were tired")["speaker"] == "Tom Vell"
    assert not [c for c in q["content"] if c.startswith(("the aides  who", "Ada Quill", "regional", "the Harbour"))]
    assert_offsets(text, q)


def test_two_spaces_where_a_text_lost_the_commas_around_a_description_leave_the_person_before_it_speaking():
    # "Kevin Kuehnert  head of the SPD’s youth wing  argued", "Tom Wheeler   who headed the FCC under Obama and
    # advocated for the net neutrality rules    called" (PerSenT, its commas removed) gave the words to the phrase the
    # description ends with, or to no one: the name before the two gaps speaks, described. Not a name that is the
    # object of a verb ("He compared  Tom Vell  to two elite pilots  referring to them …": not Vell's words).
    text = ("Ivo Brant  head of the party’s youth wing  argued that the vote would hurt them. Tom Vell   who headed "
            "the board under Mara Quill and pushed for the harbour rules    called the plan a sham. He compared  "
            "Tom Vell  to two elite pilots  referring to them as “the cream”.")
    q = quotes_of(text)
    assert row(q, "the vote would hurt")[["speaker", "speaker_description"]].tolist() == [
        "Ivo Brant", "head of the party’s youth wing"]
    assert row(q, "the plan a sham")["speaker"] == "Tom Vell"
    assert row(q, "the cream")["speaker"] != "Tom Vell"
    assert_offsets(text, q)
    # nor where the words before the verb were read as one phrase over the gap ("Gordon  now retired  said laughing",
    # "Brian Breslin  chairman of the school's board  said": the phrase, or no one)
    text = "“We’re not done with this ” Ada Quill  now retired  said laughing. “It was fine.”"
    assert quotes_of(text)["speaker"].tolist() == ["Ada Quill", "Ada Quill"]


def test_a_description_its_lost_commas_set_off_may_hold_a_name_set_off_by_gaps():
    # "Sue Scott  who worked on the show as a voice actor for 24 years with  Keillor   told the AP she was stunned"
    # (PerSenT, its commas removed and the names it marks set off by two spaces) gave the words to Keillor, the name
    # the description ends with: a name between gaps inside the description is part of it.
    text = ("Mara Vell  who worked on the show as a voice actor for 20 years with  Oren Quill   told the Courier she "
            "was stunned.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_description"]].values.tolist() == [
        ["Mara Vell", "who worked on the show as a voice actor for 20 years with  Oren Quill"]]
    assert_offsets(text, q)


def test_a_description_its_lost_commas_set_off_may_go_on_after_a_name_set_off_by_gaps():
    # "Wei Wuhui  a lecturer of new media at … University who was asked by  Hu  to consult on Caixin's paywall model
    # last year  said …" had no speaker, and "After Kalinak  a close ally of  Fico  on their leftist … party  said"
    # gave the words to the ally (PerSenT, its commas removed and the names it marks set off by two spaces): the
    # description may go on in lower case after such a name, and the name before the first gap speaks, described.
    # A description that opens after no name is passed over for the next ("Last week  the harbour's chief  Ada Quill
    # a Brant ally  announced": Quill).
    text = ("Tova Brinkel  a lecturer of media at Varnholt University who was asked by  Quill  to advise on the plan "
            "last year  said the new rules will hurt the paper. Ivo Brant  who worked with  Quill  on the plan  said "
            "the levy was fair. Last week  the harbour's chief  Ada Vell  a Brant ally  announced that the pier would "
            "close.")
    q = quotes_of(text)
    assert row(q, "the new rules will hurt")["speaker"] == "Tova Brinkel"
    assert row(q, "the levy was fair")["speaker"] == "Ivo Brant"
    assert row(q, "the pier would close")["speaker"] == "Ada Vell"
    assert_offsets(text, q)


def test_a_description_its_lost_commas_set_off_may_hold_an_abbreviations_points():
    # "Nancy Pelosi  the top U . S . House of Representatives Democrat  said" (PerSenT, its commas removed; Reuters
    # tokenised) gave the words to the phrase the description ends with: the point after a capital letter alone is an
    # abbreviation's, plain or tokenised, and the name before the two gaps speaks, described.
    text = ("Mara Quill  the top U . S . Harbour Board Democrat  said the levy would hurt trade . Ivo Brant  the "
            "senior U.K. ferry official  said the pier was safe.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_description"]].values.tolist() == [
        ["Mara Quill", "the top U . S . Harbour Board Democrat"], ["Ivo Brant", "the senior U.K. ferry official"]]
    assert_offsets(text, q)


def test_a_description_its_lost_commas_set_off_may_open_with_a_split_possessive():
    # "Mark Fabiani   O'Reilly 's spokesman  said" (PerSenT, its commas removed and its possessives split off) gave
    # the words to 'spokesman': a possessor's name opens the description with its "'s" set apart, as one joined does.
    text = "The inquiry ended in May.  Ivo Brant   O'Tarn 's spokesman  said the claims were false."
    q = quotes_of(text)
    assert q[["speaker", "speaker_description"]].values.tolist() == [["Ivo Brant", "O'Tarn 's spokesman"]]
    assert_offsets(text, q)


def test_an_organisation_before_a_description_its_lost_commas_set_off_speaks():
    # "Xinhua  a government news agency  said", "The Internet Association  representing major technology firms
    # including Alphabet and Facebook  said" (PerSenT, its commas removed): as a person's name does, an organisation's
    # before the two gaps speaks, not the phrase the description ends with.
    q = quotes_of("Tarnpress  a government news agency  said the change was approved. The Ferry Association  "
                  "representing major firms including Brantco and Velora  said the levy would hurt trade.")
    assert q["speaker"].tolist() == ["Tarnpress", "Ferry Association"]


def test_a_company_speaks_before_its_seat_set_off_by_commas():
    # "Intelogic Trace Inc., San Antonio, Texas, said it bought …" (WSJ, TempEval-3 sample J): business copy sets a
    # company's seat, a town and maybe its state, off by commas after its name; the company speaks, not the state.
    text = ("Norvale Freight Inc., Tarnby, Ohio, said it bought 2 million of its shares. Tarnby Mutual Inc., Dover, "
            "Del., said profit fell.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Norvale Freight Inc.", "it bought 2 million of its shares"], ["Tarnby Mutual Inc.", "profit fell"]]
    assert_offsets(text, q)
    # a person from a place still speaks, and a place alone still does
    assert quotes_of("Ada Quill of Tarnby, Ohio, said the ferry was late.")["speaker"].tolist() == ["Ada Quill"]
    assert quotes_of("Ohio said the ferry was late.")["speaker"].tolist() == ["Ohio"]


def test_a_companys_name_in_capitals_before_its_legal_form_is_its_name():
    # "ROGERS COMMUNICATIONS Inc. said it plans to raise …", "HEALTHDYNE Inc., Atlanta, said …" (WSJ, TempEval-3
    # samples O and W; A's "… TRUCK Corp."): the business pages open a story with the company's name in capitals
    # and its legal form as written; the capitals read as shouting and the company spoke as 'Inc.'.
    text = ("TARNBY FERRIES Inc. said it plans to raise 175 million dollars. The shares can't be sold back, the "
            "company said. Tarnby said the rate wasn't fixed.\n\nVELLORIA Corp. said it would sell its ferry unit.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_kind"]].values.tolist() == [["TARNBY FERRIES Inc.", "organisation"]] * 3 + [
        ["VELLORIA Corp.", "organisation"]]
    assert_offsets(text, q)
    # a shouted line before a firm written as names are keeps its cut
    assert quotes_of("BREAKING NEWS Tarnby Ferries Inc. said fares would rise.")["speaker"].tolist() == [
        "Tarnby Ferries Inc."]


@pytest.mark.parametrize("text, speaker", [
    ("The Varn foreign minister, Ivo Brant, who lived in Tarnby from 1968, when the army took Velora, until 1989, "
     "said he had stayed hopeful.", "Ivo Brant"),
    ("Quill, who backed Sen. Bo Tarn, R-Avalon, and opposed Marsh in the primaries, last week said he had stayed "
     "hopeful.", "Quill"),
    ("The official, who worked for Ada Quill, the harbour master, until 1989, said he had stayed hopeful.", "official"),
])
def test_a_relative_clause_with_commas_inside_leaves_its_head_the_speaker(text, speaker):
    # "Jan Kavan, who lived in London from 1968, when the Soviets invaded Czechoslovakia, until 1989, said" (NYT,
    # TempEval-3 sample J) gave London, "Beck, who supported Sen. Ted Cruz, R-Texas, and …, last week said" Ted Cruz: a
    # name inside a relative clause set off after the subject is the clause's, whatever commas the clause holds.
    assert row(quotes_of(text), "he had stayed hopeful").speaker == speaker


@pytest.mark.parametrize("text, speaker, content", [
    ("According to press reports, Ida Tellez, the oldest sister, was the first to come to Tarnby.", "press reports",
     "Ida Tellez, the oldest sister, was the first to come to Tarnby"),
    ("According to police, Tom Varley, 45, was driving the wrong way on the bridge.", "police",
     "Tom Varley, 45, was driving the wrong way on the bridge"),
    # the name set off after the source's phrase is still its name where the clause follows it
    ("According to its lawyer, Ivo Brant, the ferry will close.", "Ivo Brant", "the ferry will close"),
])
def test_a_name_with_its_age_or_description_after_according_to_opens_the_clause(text, speaker, content):
    # "According to press reports, Caridad Gonzalez, the oldest sister, was the first to come …" (NYT, TempEval-3
    # sample J) gave the row to Caridad and cut her from the words: a name set off by commas after the source's phrase
    # is the clause's subject where an age or a "the" phrase its comma and a verb close follows it, as after "a".
    r = row(quotes_of(text), content)
    assert (r.speaker, r.content) == (speaker, content)


@pytest.mark.parametrize("text, content", [
    ("Ada Quill was not asked to speak at the rally.", "to speak at the rally"),
    ("In the Gazette poll, respondents were also asked to pick the loser.", "to pick the loser"),
])
def test_the_subject_of_a_passive_with_not_or_also_is_no_speaker(text, content):
    # "Iron Mike Tyson was not asked to speak" (Breitbart), "Respondents were also asked to pick the loser" (Western
    # Journal), "Cruz was also endorsed", "Perez is not widely recognized": the subject of a passive is the one asked
    # or spoken of; with "not" or "also" between the auxiliary and the participle it was given as the speaker.
    r = row(quotes_of(text), content)
    assert pd.isna(r.speaker) and r.cue.startswith(("was", "were"))


def test_a_listed_role_s_plural_opening_the_sentence_speaks_a_coordinated_verb():
    # "The directors didn't indicate the source of financing …, but said MCA and the Bronfman associates agreed …"
    # (WSJ, TempEval-3 sample J) had no row for "said": a role's plural is no mention of its own, so the subject of
    # the first verb was not found for the verb coordinated with it (a singular one, "The director", was).
    text = ("The directors didn't indicate the source of the money, but said the ferry would be sold. The senators met "
            "on Friday and said the levy would pass.")
    q = quotes_of(text)
    assert q.loc[q["cue"] == "said", ["speaker", "content"]].values.tolist() == [
        ["directors", "the ferry would be sold"], ["senators", "the levy would pass"]]


def test_calls_for_after_a_subject_is_the_verb_of_a_demand():
    # "He calls for $1 trillion in new spending", "Johnson calls for ending corporate taxes" (NYT, Washington Post;
    # PolNeAR train marks 18 of its 26 uses of "calls for") had no row, as "called for" has; after a preposition, a
    # conjunction or a participle "calls" is the plural noun and makes none ("a chorus of calls for", "-- and calls
    # for", "growing calls for").
    text = ("Ada Quill calls for ending the ferry levy. Tom Becker faced a chorus of calls for his exit. The pier "
            "drew anger -- and calls for an inquiry. Despite growing calls for a new pier, the board met.")
    q = quotes_of(text)
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Ada Quill", "calls for", "ending the ferry levy"]]
    assert_offsets(text, q)


def test_every_class_of_the_cue_table_is_read_and_a_rule_class_marks_a_listed_form():
    # quotes_cue_verbs.txt: a class of words reported, or a class marking forms for one rule of extract
    # (_RULE_CLASSES, as "cited_after_name" marks "calls for"); a misspelt class would be read by nothing, and a rule
    # class alone on a form would make a cue of no class.
    from presslens.quotes.extract import _RULE_CLASSES, _VERBS
    from presslens.quotes.lexicon import cue_classes

    word_classes = {"speech", "infinitive", "belief", "manner", "object", "nominal", "cited", "after", "regard"}
    for form, classes in cue_classes().items():
        assert classes <= word_classes | _RULE_CLASSES and classes - _RULE_CLASSES, form
        assert _VERBS[form].flags == classes & _RULE_CLASSES and not _VERBS[form].classes & _RULE_CLASSES, form
    assert {c for facts in _VERBS.values() for c in facts.flags} == _RULE_CLASSES


def test_the_name_after_a_possessive_after_the_verb_speaks():
    # "“…,” said Florida International's Fernandez" (NYT, TempEval-3 sample J): the school before the possessive,
    # which the tagger took for a person's name, was given as the speaker; the person named after it speaks.
    text = ("Ida Fenwick teaches at Tarnby International University.\n"
            "“The ferry is a lifeline,” said Tarnby International's Fenwick.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [["Ida Fenwick", "The ferry is a lifeline,"]]
    assert_offsets(text, q)


def test_a_source_phrase_opens_after_the_two_spaces_of_a_lost_comma():
    # "… will publicly apologize to the victim who accused the doctor …  an official said Wednesday.", "Although
    # Trump has … voiced displeasure with  his  appointees there  the president’s advisers insisted" (PerSenT, its
    # commas removed): the phrase of a source of no name was read over the gap ("the rider  an official"), so the
    # frame found no comma before it and gave no row, or the phrase began in the clause before. The phrase opens after
    # the gap; not after two spaces that pad a mention of the main person ("Some  Brant  surrogates").
    text = ("The Tarnby ferry office will apologize to the rider  an official said Wednesday. Despite the storm  some "
            "ferry captains warned that the route would close. Some  Brant  surrogates have said the texts show bias.")
    q = quotes_of(text)
    assert q[["content", "speaker", "cue"]].values.tolist() == [
        ["The Tarnby ferry office will apologize to the rider", "official", "said"],
        ["the route would close", "ferry captains", "warned"],
        ["the texts show bias", "Brant surrogates", "said"]]
    assert_offsets(text, q)
    # a name's possessive may open the description the two gaps set off ("Amy Cagle  White’s fiancee  told")
    text = "The ferry sank.\n“ He  was a good man ” Ada Quill  Brant’s fiancee  told station WXYZ."
    assert quotes_of(text)[["kind", "speaker"]].values.tolist() == [["direct", "Ada Quill"]]


def test_two_spaces_where_a_text_lost_its_comma_end_the_words_before_another_frame():
    # "… the victim who accused the doctor of molesting  her  during treatment for an abnormal spine  an official said
    # Wednesday.", "… and said it was done to manipulate a ligament  according to the report." (PerSenT, its commas
    # removed): the words of the frame inside ran on into the frame that ends the sentence, as they do not after a
    # comma (", an official said"). Not where the gap pads the main person's name ("the  Mayor  said").
    text = ("The pier office will apologize to the rider who accused the captain of ignoring her  an official said "
            "Wednesday. Ivo Brant told police he steered the boat and said it was done to avoid the rocks  according "
            "to the report. Quill said the talks would resume on  the  Mayor  said Monday.")
    q = quotes_of(text)
    assert row(q, "the captain of ignoring")["content"] == "the captain of ignoring her"
    assert row(q, "it was done")["content"] == "it was done to avoid the rocks"
    assert row(q, "the talks would")["content"] == "the talks would resume on  the  Mayor  said Monday"
    assert_offsets(text, q)
    # and before "as" ("… former Foreign Ministry spokesman  as Voloshyn also told The Washington Post …")
    text = "The crew said the log was written by Ivo Brant  a pilot  as Brant also told the Tarnby Post this week."
    assert quotes_of(text)["content"].tolist() == ["the log was written by Ivo Brant  a pilot"]


def test_examples_two_gaps_set_off_before_the_verb_are_not_its_subject():
    # "Some exchanges  including Coinbase and BitMEX  said they will not support …", "Others  like Bittrex  said …"
    # (PerSenT, its commas removed) gave the words to the last examples; the subject before them speaks, as before
    # ", including Coinbase and BitMEX,". Not a person the two gaps describe ("Barth  like others in the article
    # alleges": Barth).
    text = ("Some ferry firms  including Brantline and Oskel  said they will not run the route. Others  like Vannor  "
            "said riders will get refunds. Ada Quill  like others in the article  alleges that the pier was unsafe.")
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["ferry firms", "others", "Ada Quill"]
    assert_offsets(text, q)


def test_a_role_is_no_name_its_own_phrase_holds():
    # "Anthony Anton, president and CEO of Washington Restaurant Association stated, “…”" gave the words to "CEO of
    # Washington Restaurant Association" as a named person, "the chairman of the Democratic National Committee called
    # on him" to the committee: the body a role names is not the one who holds it.
    text = "Ivo Brant, president and CEO of Nordland Ferry Association stated, “It’s not a political problem.”"
    q = quotes_of(text)
    assert len(q) == 1 and q["speaker"].iloc[0] != "CEO of Nordland Ferry Association"
    assert q["speaker_kind"].iloc[0] != "named person" or q["speaker"].iloc[0] == "Ivo Brant"
    assert_offsets(text, q)


def test_a_phrase_between_a_speaker_and_the_verb_holds_no_but():
    # 'Trump also said he was “ready  willing and able” to reach a deal to protect illegal immigrants brought to the
    # United States as children from being deported but that he did not believe Democrats wanted an agreement' gave
    # "he did not believe" to "children": "from being deported but that he" was read as a phrase after them ("a
    # spokesman for the harbour board said"). "but" opens a clause of its own.
    text = ("Mayor Dana Reyes also said she was “ready and able” to reach a deal to protect fishermen brought to the "
            "island as children from being deported but that she did not believe the union wanted an agreement.")
    q = quotes_of(text)
    assert q[["cue", "speaker"]].values.tolist() == [["said", "Dana Reyes"], ["believe", "Dana Reyes"]]


def test_the_one_reminded_or_informed_of_something_is_the_addressee():
    # 'Island Ferries had informed the Transport Department of its intention to …' (SCMP), 'reminded the crowd of the
    # stakes': the one told was read as the start of what was said; it is the addressee, and the words open at "of"
    # (as PolNeAR marks them).
    # A quantity's "of" is no such thing ("assured most of his listeners supported him").
    text = ("Ada Quill repeatedly reminded the crowd of the stakes. Tarnby Ferries had informed the harbour board of "
            "its intention to suspend the service. Piet Okafor assured most of his listeners backed the plan.")
    q = quotes_of(text)
    assert q[["content", "addressee"]].fillna("").values.tolist() == [
        ["of the stakes", "the crowd"], ["of its intention to suspend the service", "the harbour board"],
        ["most of his listeners backed the plan", ""]]
    assert_offsets(text, q)


def test_a_that_clause_after_the_one_informed_is_what_was_said():
    # 'informed the family of Howes, 37 years old when he was kidnapped, that he probably died' (AP): the "of" is the
    # family's, and the words open after ", that"; the one informed is the whole phrase before it.
    text = ("The ministry said it had informed the family of Ivo Brant, 37 years old when he vanished, that he had "
            "probably died.")
    q = quotes_of(text)
    informed = q[q["cue"] == "informed"].iloc[0]
    assert (informed["content"], informed["addressee"]) == (
        "he had probably died", "the family of Ivo Brant, 37 years old when he vanished")
    assert_offsets(text, q)


def test_two_countries_or_organisations_before_the_verb_speak_together():
    # 'China and Valdoria on Sunday pledged to deepen cooperation' (Xinhua, CGTN; joint statements on every wire): only
    # the name next to the verb spoke; as with two people ("Burton and Nick said"), both do.
    text = "China and Russia on Sunday pledged to deepen cooperation. Later, Ada Quill said the talks had gone well."
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["China and Russia", "Ada Quill"]
    assert spoken_by(q, text, "to deepen") == "China and Russia"


def test_words_reported_end_at_the_comma_before_a_described_source_that_ends_the_clause():
    # '… said that Iran condemns any acts which may result in the death of innocent people, the official news agency
    # IRNA reported.' (Xinhua), '… alleges he was fired for taking time off …, a claim that Gowdy's office strongly
    # disputes' (Western Journal): a frame ending the sentence ends the words reported before it at its comma, also
    # where "the" or "a" and words of description stand between that comma and the source's name.
    text = ("Ivo Brant said that Norland condemns any attack on civilians, the official news agency NRA reported. "
            "Piet Okafor alleges he was dismissed for taking leave, a claim that the Tarnby harbour board strongly "
            "disputes.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist()[:2] == [
        ["Ivo Brant", "Norland condemns any attack on civilians"], ["Piet Okafor", "he was dismissed for taking leave"]]
    assert_offsets(text, q)


def test_a_day_between_the_verb_and_its_clause_before_an_article_or_a_pronoun_aside_is_when():
    # 'Clinton said Friday the INS did the right thing.' (AP), 'said Wednesday she, too, wants a Justice Department
    # inquiry' (Washington Post): the day is when it was said, the clause opens after it; a day that is the clause's
    # subject stays in it ("said Friday was the deadline"), as does a day's possessive.
    text = ("Ada Quill said Friday the harbour board did the right thing. Piet Okafor said Wednesday he, too, wants an "
            "inquiry. Bo Tarn said Friday was the deadline. Ivo Brant said Monday's ruling will stand.")
    q = quotes_of(text)
    assert q["content"].tolist() == ["the harbour board did the right thing", "he, too, wants an inquiry",
                                     "Friday was the deadline", "Monday's ruling will stand"]
    assert_offsets(text, q)


def test_a_caption_date_after_the_day_between_the_verb_and_its_clause_is_when():
    # "Kenya's attorney general warned Thursday, Dec. 7, 2017, that …" (an AP photo caption, PerSenT tokenised as
    # "warned Thursday   Dec . 7   2017 that"): the date after the day is when it was said, not the words.
    text = ("Lindenport's harbour master, Ada Quill, warned Thursday, Dec. 7, 2017, that the pier would close. Bo Tarn "
            "said Wednesday, Nov. 29, 2017, the ferry had been sold. Piet Okafor warned Friday   Sept . 8   2017 that "
            "the levy would rise .")
    q = quotes_of(text)
    assert q["content"].tolist() == ["the pier would close", "the ferry had been sold", "the levy would rise"]
    assert_offsets(text, q)


def test_an_inverted_frame_ending_in_a_caption_date_reports_the_clause_before_it():
    # "…, effective immediately  the company's board of directors announced Sunday  Oct. 8  2017." (an AP photo
    # caption, PerSenT, its commas lost): the weekday and the full date after an inverted frame say when, as the
    # weekday alone does; the date is no words of its own ("officials said Thursday, Feb. 1, 2018" gave it as such).
    text = ("Ada Quill has been fired from Tarnby Co., effective immediately, the company's board announced Sunday, "
            "Oct. 8, 2017. Bo Tarn is a person of interest, officials said Thursday, Feb. 1, 2018.\nIvo Brant has "
            "left the ferry board  effective immediately  the harbour's board announced Monday  Sept. 4  2017.")
    q = quotes_of(text)
    assert q["content"].tolist() == ["Ada Quill has been fired from Tarnby Co., effective immediately",
                                     "Bo Tarn is a person of interest",
                                     "Ivo Brant has left the ferry board  effective immediately"]
    assert q["speaker"].tolist() == ["company's board", "officials", "harbour's board"]
    assert_offsets(text, q)


def test_a_day_between_the_verb_and_a_contracted_pronoun_is_when():
    # "Keillor said Wednesday, Nov. 29, he's been fired" (AP): a pronoun with its contracted auxiliary opens the clause
    # after the day as a pronoun and a word do ("said Wednesday he has been fired").
    text = "Bo Tarn said Friday he's leaving the ferry board. Ada Quill said Monday, Oct. 2, she'd stay on."
    q = quotes_of(text)
    assert q["content"].tolist() == ["he's leaving the ferry board", "she'd stay on"]
    assert_offsets(text, q)


def test_say_between_two_lost_commas_is_for_example_not_a_cue():
    # "… but unlike  say  a stock   Bitcoin  isn't a claim on future earnings" (PerSenT, its commas lost): "say" set
    # off by the gaps of two lost commas is "for example", no verb of speech ("unlike" gave it a row); a pronoun's
    # padding before it is no lost comma ("and  they  say  the board …" stays a frame).
    text = ("Lindenport coins have some of this element  but unlike  say  a bond   the coin is no claim on future "
            "income  Quill said.\nThe ferries are late  and  they  say  the board is to blame.")
    q = quotes_of(text)
    assert q["cue"].tolist() == ["said", "say"]
    assert q["content"].tolist()[0].endswith("the coin is no claim on future income")
    assert_offsets(text, q)


def test_a_relative_clauses_words_end_at_a_lost_comma_before_the_verb_of_the_clause_it_is_set_in():
    # "Republicans believed  Wilson   who told people  he  was prepared to spend up to $10 million of  his  own money on
    # the race  had the money …" (PerSenT, its commas lost): as at a comma, the words of "who told" end at the lost
    # comma before "had", the verb of the clause the relative one is set in.
    text = ("Harbour crews believed Ada Quill  who told reporters the board was ready to spend $2 million on the pier  "
            "had the votes to pass the levy.")
    q = quotes_of(text)
    assert row(q, "the board")["content"] == "the board was ready to spend $2 million on the pier"
    assert_offsets(text, q)


def test_they_after_an_opening_phrase_and_its_comma_is_the_group_the_sentence_before_has_as_subject():
    # 'Prosecutors have told Mr. Antar's attorneys that they believe …. Therefore, they said, the money can be taken'
    # (WSJ), 'Facebook officials say they are reviewing posts …. Sometimes, they say, it means parsing …' (Washington
    # Post): "they" opens its clause after a word or phrase and a comma (or a conjunction) as it does a sentence, and
    # stands for the people the sentence before has as its subject, not the last plural named.
    text = ("Prosecutors have told Ivo Brant's attorneys that they believe his gains are tainted. Therefore, they "
            "said, the money can be taken from the lawyers. Harbour officials say they are reading the complaints with "
            "care and using language experts to check them. Sometimes, they say, it means weighing each word.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["prosecutors", "they believe his gains are tainted"],
        ["prosecutors", "the money can be taken from the lawyers"],
        ["Harbour officials", "they are reading the complaints with care and using language experts to check them"],
        ["Harbour officials", "it means weighing each word"]]
    assert_offsets(text, q)


def test_they_after_an_opening_phrase_of_up_to_six_words_is_the_group_the_sentence_before_has_as_subject():
    # 'The Miami relatives have … stir passions against the Justice Department among Cuban-Americans in South Florida.
    # In hopes of trumping the law, they have unreasonably demanded …' (NYT, TempEval-3 sample J) gave the
    # Cuban-Americans, 'Former prosecutors said investigators were …. Take action before the election, they said, …'
    # (Washington Post) the investigators: an opening phrase of five or six words before the comma leaves "they" at
    # the opening of its clause, as a shorter one does.
    text = ("The Varn relatives have left unclear whether they will give up the boat, and have stirred anger against "
            "the ministry among dockers in South Tarnby. In hopes of trumping the law, they have demanded that a "
            "panel of judges decide the case.")
    assert row(quotes_of(text), "a panel of judges").speaker == "Varn relatives"


def test_an_ambassador_the_article_names_no_one_to_is_an_unnamed_source():
    # 'The Iraqi ambassador to Greece said in Athens …', 'The Iraqi ambassador to Venezuela said on Tuesday that …'
    # (AP, in a story about Saddam Hussein), "Chad's Ambassador to France confirmed" (HuffPost): an envoy no one the
    # article names is, not its main person nor the last one named (as "the judge" is, also before a phrase: "A
    # federal judge in Chicago says"); an ambassador the article names is that person.
    text = ("Ivo Brant, facing troops at the border, sought peace today. Brant said he will withdraw his troops on "
            "Friday. The Tarnish ambassador to Greece said the foreigners could leave soon. A federal judge in Varne "
            "says the port must pay $7,000.\n\nAmbassador Nia Quill arrived on Friday. The ambassador said the talks "
            "would go on.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["Ivo Brant", "named person"], ["Tarnish ambassador", "unnamed source"],
        ["federal judge in Varne", "unnamed source"], ["Nia Quill", "named person"]]
    assert_offsets(text, q)


def test_a_concern_that_speaks_is_a_company():
    # 'Intel eased 1/8 to 31 7/8. The semiconductor concern said the interruption … will be brief' (WSJ), 'The
    # insurance concern said all conversion rights … will terminate': the business pages' word for a company, as
    # "the company said" is; a concern that something is so stays a claim ("The biggest concern, analysts say, …").
    text = ("Tolvik Systems eased 1/8 to 31. The chip concern said the delay in shipping its new processor will be "
            "brief.")
    assert quotes_of(text)[["speaker", "speaker_kind"]].values.tolist() == [["chip concern", "organisation"]]


def test_according_to_after_a_comma_and_a_conjunction_reports_the_clause_it_opens():
    # 'Turkey and Saudi Arabia in effect shut down Iraq's major oil outlets through those countries, but according to
    # Jordanian officials, a smaller line into Jordan remained operating.' (AP): the officials' words are the clause
    # the conjunction opens, not the one before it.
    text = ("Tarnland and Norland in effect shut down the major oil outlets, but according to Varnish officials, a "
            "smaller line into Varne remained operating.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Varnish officials", "a smaller line into Varne remained operating"]]
    assert_offsets(text, q)


def test_retaliate_reports_words_only_through_that_or_a_quotation():
    # 'The Iraqi ambassador to Venezuela said … that Iraq would retaliate against Venezuela and other OPEC oil cartel
    # members if they boost oil production' (AP): "retaliate against …" is an act, no words; the verb still frames a
    # quotation ('“France will always be France,” an angry Hollande retaliated') and a "that" clause, as "react" does.
    text = ("The Tarnish envoy said on Tuesday that Tarnland would retaliate against Varne if it raised output. "
            "“Tarnland will always be Tarnland,” an angry Ivo Brant retaliated. Nia Quill retaliated that the plan was "
            "a fraud.")
    q = quotes_of(text)
    assert q[["cue", "content"]].values.tolist() == [
        ["said", "Tarnland would retaliate against Varne if it raised output"],
        ["retaliated", "Tarnland will always be Tarnland,"], ["retaliated", "the plan was a fraud"]]
    assert_offsets(text, q)


def test_a_quotation_mark_after_that_opens_the_clause_that_opens():
    # 'Hewitt argued that “liberals” allowed terrorism to flourish' (HuffPost), 'Trump boasted that "everyone" is now
    # following his lead' (Politico): "that" was read as the clause's first word where a quotation mark followed it.
    text = "Ada Quill argued that “pilots” had let the harbour decay. Bo Tarn added that \"everyone\" now agrees."
    q = quotes_of(text)
    assert q["content"].tolist() == ["“pilots” had let the harbour decay", "\"everyone\" now agrees"]
    assert_offsets(text, q)


def test_a_threat_or_a_boast_of_a_thing_reports_no_words():
    # 'Bush sent troops, saying Iraqi troops massed nearby in Kuwait threatened Saudi Arabia and its vast oil reserves',
    # 'Iraq boasts an army of 1 million members' (AP), 'Clinton boasts a roughly 45-point lead nationally' (HuffPost): a
    # thing threatened or had, no words; "threatened to …", "boasted that …" (also before an aside's comma) still are.
    text = ("Tarnish troops massed at the border threatened Varne and its ports. Tarnland boasts an army of 1 million "
            "members. Ivo Brant threatened to close the strait. Nia Quill boasted that, thanks to her patented “Quill "
            "Harbour Method,” she was the only pilot to foresee the flood. Bo Tarn boasted that \"everyone\" agreed.")
    q = quotes_of(text)
    assert q[["cue", "content"]].values.tolist() == [
        ["threatened", "to close the strait"],
        ["boasted", "that, thanks to her patented “Quill Harbour Method,” she was the only pilot to foresee the flood"],
        ["boasted", "\"everyone\" agreed"]]
    assert_offsets(text, q)


def test_objected_that_reports_the_clause():
    # 'U.S. allies and other U.N. members have objected that the Security Council embargo resolution did not
    # specifically authorize such a naval operation' (AP): no row; "objected" now frames a "that" clause and a
    # quotation, and "objected to …" reports nothing (as "react"); "object", "objects" are left out, as the nouns.
    text = ("Tarnland's allies have objected that the council's resolution did not authorize such a blockade. Ivo "
            "Brant objected to the plan. “This is wrong,” Nia Quill objected. The objects that were found were old.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Tarnland's allies", "the council's resolution did not authorize such a blockade"],
        ["Nia Quill", "This is wrong,"]]
    assert_offsets(text, q)


def test_a_clause_of_when_after_said_closing_the_sentence_leaves_the_words_before_its_comma():
    # 'At least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday.' (AP), 'Her liberal
    # friends have mocked Trump’s rhetoric-heavy campaign, …, Susan said as she turned around' (Breitbart): no row, as
    # the clause after "said" was read as more words; it says when they were said (as after "told his advisers as …").
    # "described as …" says what as, and stays no frame of the words before it.
    text = ("Ivo Brant was elected. The ferry will run again next week, Nia Quill said as she left the harbour office. "
            "Four cabins were flooded, officials said when asked about the storm. Bo Tarn and others, often described "
            "as outsiders, won a third of the vote.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Nia Quill", "The ferry will run again next week"], ["officials", "Four cabins were flooded"]]
    assert_offsets(text, q)


def test_a_name_before_the_speaker_of_a_closing_frame_leaves_the_words_before_its_comma():
    # '…, Red Cross and ambulance officials said.' (AP), '…, Donald Trump’s longtime confident Roger Stone stated.'
    # (Breitbart): no row, as only one capitalised word was read between the comma and the speaker phrase; a name's
    # words (joined by "and" to words in lower case too) and a country's initials right before it ("U.N. officials")
    # are part of the speaker's phrase. A relative clause right after a quotation goes on with its words ('"…" that
    # would answer the requests, … wrote'): no row of the words after the quotation alone.
    text = ("Ivo Brant was elected. Four cabins were flooded, U.N. officials said. Nine people were hurt and 40 "
            "wounded there, Tarnby Rescue and ambulance officials said. The harbour is silting up, Port Avalon's "
            "longtime pilot Nia Quill stated. \"If the board finds more logs, it will search them for records\" that "
            "would answer the requests, harbour counsel Bo Tarn wrote in a filing.")
    q = quotes_of(text)
    assert q[q["kind"] == "indirect"][["speaker", "content"]].values.tolist() == [
        ["U.N. officials", "Four cabins were flooded"], ["officials", "Nine people were hurt and 40 wounded there"],
        ["Nia Quill", "The harbour is silting up"]]
    assert_offsets(text, q)


def test_but_that_opens_a_second_clause_of_the_same_verb():
    # 'Reno said the state court had no jurisdiction in the case, but that the Miami relatives should be able to make
    # their case in federal court.' (AP), 'predicted that base wages would fall somewhat over time, but that the higher
    # overtime payments would …' (NYT): the words ended at ", but"; "that" and a subject after it open a second clause
    # the verb reports. "but that is …" and "but that group was …" open clauses of their own.
    text = ("Ada Quill said the harbour board had no say in the case, but that the pilots should be heard. Ivo Brant "
            "said the ferry was late, but that is not the point. Nia Quill said most pilots backed the plan, but that "
            "group was split in Varnby.")
    q = quotes_of(text)
    assert q["content"].tolist() == [
        "the harbour board had no say in the case, but that the pilots should be heard", "the ferry was late",
        "most pilots backed the plan"]
    assert_offsets(text, q)


def test_a_participle_of_speech_after_a_comma_ends_the_words_before_it():
    # 'Spitzer called for Vacco to revive that unit immediately, vowing that he would do so on his first day in
    # office' (NYT), '…, asserting that he has a chance …' (PolNeAR): the words ran on over the participle, which
    # reports words of its own (as after ", adding", ", saying").
    text = ("Ada Quill called for the board to reopen the ferry office, vowing that she would do so herself if elected. "
            "Ivo Brant said he would not seek a recount, conceding the race to Quill.")
    q = quotes_of(text)
    assert q[["cue", "content"]].values.tolist() == [
        ["called for", "the board to reopen the ferry office"], ["vowing", "she would do so herself if elected"],
        ["said", "he would not seek a recount"], ["conceding", "the race to Quill"]]
    assert_offsets(text, q)
    # so too ", citing" ("explained the general utility of increasing the number of H-1B visas, citing Canada's
    # efforts …", PolNeAR; "declined to share specifics  citing privacy for both parties", PerSenT)
    q = quotes_of("Ada Quill explained the cost of the bridge, citing the fares of other towns.")
    assert q[["cue", "content"]].values.tolist() == [
        ["explained", "the cost of the bridge"], ["citing", "the fares of other towns"]]


def test_a_participle_after_a_possessors_role_and_a_name_is_the_names():
    # "Elian's paternal great-uncle, Lazaro Gonzalez, is fighting to keep the boy with him in Miami, saying he can give
    # the child a better life outside Cuba." (AP): the participle was given to the possessor (Elian); the person
    # named after the role is the clause's subject, as before a verb ("…'s uncle, Ivo Brant, said").
    text = ("Nia Quill's great-uncle, Ivo Brant, is fighting to keep the boy in Varnby, saying he can give him a better "
            "life. Nia Quill's lawyer is fighting the order, saying it breaks the law.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Ivo Brant", "he can give him a better life"], ["Nia Quill's lawyer", "it breaks the law"]]
    assert_offsets(text, q)


def test_a_participle_after_a_document_and_the_day_it_came_out_is_its_issuers():
    # 'The ambassadors of Hungary, Poland and the Czech Republic issued a joint statement Friday saying …' (Xinhua),
    # 'The Cruz campaign sent a fundraising email Wednesday saying that …' (Washington Post): no row, as the day
    # between the document and the participle hid the document (and so its issuer) from the participle; "spoke
    # Tuesday saying" names no document, and stays no frame.
    text = ("Ivo Brant was elected. The pilots' union issued a joint statement Friday saying the strike would go on. "
            "Mayor Ada Quill sent an email late on Tuesday night urging residents to stay home. Nia Quill spoke Tuesday "
            "saying the plan was dead.")
    q = quotes_of(text)
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["pilots' union", "saying", "the strike would go on"], ["Ada Quill", "urging", "to stay home"]]
    assert_offsets(text, q)


def test_a_paragraph_of_many_quotations_is_read_once_for_pull_quotes_not_once_per_quotation(monkeypatch):
    # make bench's linearity check found the quote stage quadratic on a page of quote marks (3.9x per doubling):
    # each quotation with no frame compared its words with those of its whole paragraph, one paragraph here.
    from presslens.quotes import extract as module
    read = []
    said = module._said
    monkeypatch.setattr(module, "_said", lambda words: read.append(len(words)) or said(words))
    text = " ".join(f"“Harbour wall number {i} stands firm.”" for i in range(400))
    q = quotes_of(text)
    assert len(q) > 0 and sum(read) < 4 * len(text)


def test_a_quotation_in_a_long_paragraph_is_no_headline_without_copying_the_rest_of_it(monkeypatch):
    # make bench's linearity check: quotes 2.6x per doubling on one paragraph of quote marks, as the headline
    # test copied the paragraph after each quotation before asking whether it was a headline's (200 characters)
    import sys
    from presslens.quotes import sources

    copied = []

    class Text(str):
        def __getitem__(self, key):
            if isinstance(key, slice) and sys._getframe(1).f_code.co_name == "_colon_headline":
                copied.append(len(range(*key.indices(len(self)))))
            return str.__getitem__(self, key)

    marks = sources.curly_marks
    monkeypatch.setattr(sources, "curly_marks", lambda text, quotes: Text(marks(text, quotes)))
    text = " ".join(f"the council “said the harbour” wall {i} stands" for i in range(300))  # no frame: no speaker
    quotes_of(text)
    assert max(copied, default=0) <= 200
    headline = "Ada Quill: harbour levy ‘will not last’"
    assert quotes_of(headline)["speaker"].tolist() == ["Ada Quill"] and max(copied) <= 200


def test_a_clause_opening_with_doubled_typewriter_marks_after_that_is_reported():
    # "Pathway Communications, which has maintained the site, said in a statement that ``The Nuremberg Files'' was
    # knocked off-line without notice." (AP, as the ASCII wires write their marks): no row, as only “ and " might open
    # the clause after "that"; after a bare "said that" the row kept "that".
    text = ("Harlow Media, which hosts the page, said in a statement that ``The Varnby Ledger'' was taken down without "
            "notice. Ivo Brant said that ``Harbour Nights'' would close.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Harlow Media", "``The Varnby Ledger'' was taken down without notice"],
        ["Ivo Brant", "``Harbour Nights'' would close"]]
    assert_offsets(text, q)


def test_a_wire_datelines_underscore_dash_is_not_reported():
    # "BONN, Germany (AP)_ A phony address listed on disclosure forms … will cost the far-right German People's Union
    # about 549,000 marks (dlrs 305,000), parliament said Friday." (AP): the AP's ASCII copy of the 1990s writes its
    # dateline's dash as an underscore, which the words reported took in.
    text = ("BRELLIN, Norvania (AP)_ A false address will cost the Harbour Party 9,000 marks, parliament said "
            "Friday.\n\nVARNBY (AP) _ The ferry will not sail this winter, Ada Quill said.")
    q = quotes_of(text)
    assert q["content"].tolist() == ["A false address will cost the Harbour Party 9,000 marks",
                                     "The ferry will not sail this winter"]
    assert_offsets(text, q)


def test_a_wire_datelines_lost_comma_is_not_reported():
    # "THE HAGUE  Netherlands (AP) — A painting previously thought to be … is actually an original by the Dutch master
    # a museum announced Friday." (PerSenT, its commas removed): the two spaces left for the dateline's comma
    # between the place and its country kept the dateline in the words reported.
    text = ("VARNBY  Norvania (AP) — The ferry will not sail this winter  a harbour board announced Friday.\n"
            "WEST BRELLIN  Fla. (Reuters) - The pier will close in May  officials said.")
    q = quotes_of(text)
    assert q["content"].tolist() == ["The ferry will not sail this winter", "The pier will close in May"]
    assert_offsets(text, q)


def test_dateline_at_is_the_dateline_of_its_place_and_of_its_date():
    # One question for the portrayal (the dateline's place: where the story was filed) and the timeline (its date: the
    # filing date): the wire dateline opening the line that holds a span and reaches past it; none for a span beyond
    # its line's first DATELINE_REACH characters, nor on a line that opens otherwise.
    from presslens.quotes.sources import DATELINE_REACH, dateline_at
    text = ("Ferry row\n\n  OSTRIN, Vellmark, March 17 (Harbour Wire) -- The council voted on Friday.\n"
            "The council of OSTRIN, March 17, voted.")
    place, date = text.index("OSTRIN"), text.index("March 17")
    lead = dateline_at(text, place, place + 6)
    assert lead is not None and lead.group() == "OSTRIN, Vellmark, March 17 (Harbour Wire) -- "
    assert dateline_at(text, date, date + 8).span() == lead.span()
    assert dateline_at(text, text.index("Friday"), text.index("Friday") + 6) is None  # past the dateline
    later = text.rindex("OSTRIN")
    assert dateline_at(text, later, later + 6) is None  # a line opening with no dateline
    far = "OSTRIN, " + " " * DATELINE_REACH + "March 17 -- The council voted."
    assert dateline_at(far, far.index("March"), far.index("March") + 8) is None


def test_a_he_or_she_closes_its_sentence_only_before_its_last_cue():
    # "Ralph Northam  wants progress    he  wants to take us forward   not backward    he  wants to reach out for hope
    # not fear ." (PerSenT, its commas removed): the last "he wants …" goes on to the cues "hope" and "fear", no
    # reporting clause closing the sentence, so what comes before it is no clause reported (Article._after_reported),
    # as _reporter(pronoun=True) reads the same sentence; "… after a tip-off   she  said on Friday ." is one.
    from presslens.quotes.extract import _CUE_SCAN
    from presslens.quotes.sources import Article
    from presslens.text import sentence_spans

    text = ("Police started investigating  Tom Varn  after a tip-off   she  said on Friday . "
            "Ada Quill  wants progress    she  wants to take the town forward   not back    she  wants to reach out "
            "for hope   not fear .")
    spans = sentence_spans(text)
    sents = {"start": [s for _, s, _ in spans], "end": [e for _, _, e in spans], "sent_id": list(range(len(spans)))}
    mentions = {c: [] for c in ("start", "end", "text", "name_start", "name_end", "title", "kind", "entity")}
    doc = Article(text, sents, mentions, {}, _CUE_SCAN)
    shes = [m.start() for m in re.finditer(r"\bshe\b", text)]
    assert [doc._closing_lost_comma(doc.sentence(p)[0], p) for p in shes] == [True, False, False]
    said = doc._reporter(0, sents["start"][1], quoted=True, pronoun=True)
    assert said is not None and said.start == shes[0]
    assert doc._reporter(sents["start"][1], len(text), quoted=True, pronoun=True) is None


def test_a_diplomats_title_charges_daffaires_is_no_verb_of_speech():
    # '"I have been heartened …," Albright told ambassadors and charges d'affaires of 30 African countries in
    # Washington, who came to the State Department to offer condolences.' (Xinhua): "charges" read as her second verb.
    text = ("\"We are heartened by the help,\" Ada Quill told ambassadors and charges d'affaires of 30 countries in "
            "Varnby, who came to offer condolences.")
    q = quotes_of(text)
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Ada Quill", "told", "We are heartened by the help,"]]
    assert_offsets(text, q)


def test_another_speakers_verb_after_and_ends_the_words_before_it():
    # "The White House has said there is no evidence of unfitness, and the father's lawyer, Gregory Craig, said the
    # ''outrageous'' allegations were a sign the Miami relatives were getting desperate." (AP): the White House's
    # words ran on over the lawyer's clause. Not "…, and the plan Brant said was fair …", where no speaker opens the
    # clause after "and".
    text = ("The harbour board has said there is no sign of fraud, and the mayor's lawyer, Ivo Brant, said the claims "
            "were a sign of panic. Ada Quill said the ferry is late, and 74 percent said the port is in decline. "
            "Nia Quill said the pier is safe, and the plan Brant said was fair will fail.")
    q = quotes_of(text)
    assert q["content"].tolist()[:4] == ["there is no sign of fraud", "the claims were a sign of panic",
                                         "the ferry is late", "the port is in decline"]
    assert row(q, "the pier")["content"] == "the pier is safe, and the plan Brant said was fair will fail"
    assert_offsets(text, q)


def test_another_speakers_verb_after_the_two_spaces_of_a_lost_comma_and_and_ends_the_words_before_it():
    # "Pelosi has said that there is nothing to negotiate if Trump sticks with his extensive proposal on immigration
    # and  Ryan  said the plan does not sound like …", "… justified in firing in self-defense  but COPA investigators
    # voiced doubts …" (PerSenT): a text stripped of its commas keeps two spaces for the comma before "and" or "but",
    # and the first speaker's words ran on over the second's clause. Not at the two spaces that pad a mention before
    # the conjunction ("… with  Brant  and  Quill  said …" holds no lost comma).
    text = ("Ada Quill has said that there is nothing to negotiate if the board sticks with its plan  and  Ivo Brant  "
            "said the plan is not what the board promised. Nia Penn said the ferry is safe  but Tom Varn said the pier "
            "is not.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Ada Quill", "there is nothing to negotiate if the board sticks with its plan"],
        ["Ivo Brant", "the plan is not what the board promised"], ["Nia Penn", "the ferry is safe"],
        ["Tom Varn", "the pier is not"]]
    assert_offsets(text, q)
    q = quotes_of("Ada Quill said she met  Brant  and  Penn  said she met no one.")
    assert q["content"].tolist()[0] == "she met  Brant  and  Penn  said she met no one"


def test_a_bare_weekday_between_a_persons_name_and_the_verb_leaves_the_person_the_speaker():
    # "Democratic Rep. Tim Ryan Tuesday  said that  he  thinks …" (PerSenT), "Priebus later Thursday told Fox News: “…”"
    # (Politico): the weekday was read into an unnamed source's phrase ("Democratic Rep. Tim Ryan Tuesday"), where "on
    # Tuesday" or "today" leaves the name. Not after a participle, whose weekday is its phrase's ("A news report
    # published Wednesday said" stays the report's).
    text = ("Democratic Rep. Ada Quill Tuesday said that she thinks the port needs new ferries. Ivo Brant met the "
            "board. Brant later Thursday told reporters: “The pier is safe.” A harbour report published Wednesday "
            "said the pier was old.")
    q = quotes_of(text)
    assert q[["speaker", "speaker_kind"]].values.tolist() == [
        ["Ada Quill", "named person"], ["Ivo Brant", "named person"],
        ["harbour report published Wednesday", "unnamed source"]]
    assert [text[s:e] for s, e in zip(q["speaker_start"], q["speaker_end"])][:2] == ["Democratic Rep. Ada Quill",
                                                                                    "Brant"]
    assert_offsets(text, q)


def test_a_quotation_joined_by_and_to_a_mixed_rows_fragment_is_a_fragment_of_the_same_words():
    # "Trump … said Tuesday that March Rubio was “a total lightweight” while Ted Cruz is “a basket case” and “a liar.”"
    # (Breitbart), "Will described Trump as a “caricature of …” and “stupendously un-conservative.”" (Western Journal),
    # "described by a county official as "highly disturbing" and "threatening."" (PerSenT): the last fragment, its
    # sentence's end inside its marks, was read as a quotation opening a clause, a direct row with no cue; one word so
    # joined is no scare quote either ('as “criminals” and “rapists”').
    text = ("Ada Quill said on Tuesday that Ivo Brant was “a total lightweight” while Nia Penn is “a basket case” and "
            "“a liar.” The harbour board described the new fares as “unfair” and “cruel.”")
    q = quotes_of(text)
    assert q[["kind", "speaker", "cue", "content"]].values.tolist() == [
        ["mixed", "Ada Quill", "said", "a total lightweight"], ["mixed", "Ada Quill", "said", "a basket case"],
        ["mixed", "Ada Quill", "said", "a liar."], ["mixed", "harbour board", "described", "unfair"],
        ["mixed", "harbour board", "described", "cruel."]]
    assert_offsets(text, q)


def test_a_sentence_quoted_whole_after_a_verb_with_its_own_words_is_the_frames_after_it():
    # "he forwarded an e-mail he said he received last week  “My kid's in Kandahar Province …” the e-mail reads."
    # (PerSenT), 'Candidates who think "America no longer has vital national interests … are dangerously wrong," she
    # said.' (USA Today): the verb before the quotation has words of its own between ("he received last week"), so
    # the quotation, a sentence quoted whole, was read as a fragment of them (White's, "think"'s).
    text = ("Tom Varn runs the ferry list. Shortly after the interview  Varn forwarded an e-mail he said he received "
            "last week  “My son is in Avalon and I rely upon your list to keep up ” the e-mail reads. Ada Quill spoke "
            "next. Riders who think “The port no longer needs a ferry are wrong,” Quill said.")
    q = quotes_of(text)
    assert q[["kind", "cue", "content"]].values.tolist() == [
        ["indirect", "said", "he received last week"],
        ["direct", "reads", "My son is in Avalon and I rely upon your list to keep up"],
        ["direct", "said", "The port no longer needs a ferry are wrong,"]]
    assert q["speaker"].fillna("").tolist() == ["Tom Varn", "", "Ada Quill"]  # (the e-mail's writer, unnamed)
    assert_offsets(text, q)


def test_a_document_given_out_speaks_for_its_issuer_later():
    # '"I am willing to leave tomorrow …," Castro read from a letter signed by Gonzalez. "Only the government of the
    # United States can decide …," continued the letter, which Castro read …' (AP), "The Cruz campaign sent a
    # fundraising email Wednesday … “Friend, let me be blunt …,” the email read." (Washington Post): "the letter" and
    # "the email" were no one, as only a document someone had spoken in (said in a statement) spoke for them.
    text = ("Ada Quill read a letter signed by Ivo Brant on the radio.\n\n\"Only the council can decide,\" the letter "
            "said.\n\nThe harbour board sent out a long email on Tuesday. Nia Quill said she was shocked.\n\n"
            "\"We regret the delays,\" the email read.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Ivo Brant", "Only the council can decide,"], ["Nia Quill", "she was shocked"],
        ["harbour board", "We regret the delays,"]]
    assert_offsets(text, q)


def test_a_document_sent_from_a_described_person_or_provided_speaks_for_them_later():
    # 'an email was sent from the club’s executive director, Jeremy Boreing, to the club members. The email said, “…”'
    # (Western Journal), 'The Times said Cook provided a written statement … “…,” the statement said' (Breitbart):
    # "the email" and "the statement" were no one's (speaker-names samples U and S), as neither wording gave the
    # document out. A document a possessive owns ("its letter, written by …", the company's) stays no one's, and so
    # does one sent from no person.
    text = ("Port workers walked out on Friday. According to the Harbour Gazette, an email was sent from the guild’s "
            "treasurer, Orla Venn, to members. The email said, “We cannot pay the rent any longer.”\n\n"
            "Harbour master Dario Kell provided a written statement to the Gazette. “The ferry will keep running,” "
            "the statement said.\n\nAvalon Lines answered in its letter, written by Tomas Reid, a vice president, "
            "that the paper was biased. The letter also accuses one reporter of ignoring the company.\n\n"
            "Crews waited on Monday. A memo was sent from the harbour office to the crews. “Stay in port,” the memo "
            "said.")
    q = quotes_of(text)
    assert tuple(row(q, "We cannot pay")[["speaker", "speaker_kind"]]) == ("Orla Venn", "named person")
    assert tuple(row(q, "The ferry will keep")[["speaker", "speaker_kind"]]) == ("Dario Kell", "named person")
    assert row(q, "one reporter of ignoring").speaker_kind != "named person"
    assert row(q, "Stay in port").speaker_kind != "named person"
    assert_offsets(text, q)


def test_a_noun_and_that_after_say_open_the_words_reported():
    # 'Mr. McNealy said the issues that hurt Sun's performance earlier this year are now " largely" behind the firm'
    # (WSJ), "Trump says a violent hit that used to be considered a great tackle … now draws a 15-yard penalty"
    # (Breitbart): "the issues" was read as the one told and "that" as the clause's opening, so the words lost their
    # subject. One says no one: a noun phrase before "that" after "say" is the clause's own (not a phrase of when,
    # "said this year that …", nor a "that" of a verb of saying, "a voice that said “…”").
    text = ("Ivo Brant said the storms that hit the port this year are now behind it. Ada Quill said this year that "
            "the ferry would close. Nia Quill said the truth is that no one knows.")
    q = quotes_of(text)
    assert q["content"].tolist() == ["the storms that hit the port this year are now behind it",
                                     "the ferry would close", "the truth is that no one knows"]
    assert_offsets(text, q)


def test_a_clause_with_its_own_verb_before_that_after_say_is_reported_whole():
    # "A spokeswoman for Crum & Forster said employees were told early this week that numerous staff functions …
    # were going to be centralized" (WSJ), "Tom Cole said Thursday his biggest worry about Trump is that he is
    # ‘unpredictable’" (Breitbart): the words opened after the second "that", as if what stood before it said when or
    # to whom; an auxiliary or a copula there is a clause's own verb. Not where a dash sets off another clause of the
    # verb ("did not say the port should close — only that …").
    text = ("A spokeswoman for the harbour said pilots were told early this week that the pier would close. Ada "
            "Quill said Thursday her biggest worry is that the ferry is late. Ivo Brant did not say the port should "
            "close — only that the fees were too high.")
    q = quotes_of(text)
    assert q["content"].tolist() == ["pilots were told early this week that the pier would close",
                                     "her biggest worry is that the ferry is late", "the fees were too high"]
    assert_offsets(text, q)


def test_a_possessors_noun_and_that_after_say_open_the_words_reported():
    # "Palmieri said Sanders' arguments that he's more electable are undermined by evidence …" (USA Today), "Cacheris
    # said Romania's Justice Ministry requested that Lazar be immediately released …" (Washington Post): as after an
    # article, a name's possessive and its noun before "that" are the reported clause's subject, not one told.
    text = ("Ada Quill said Brant's claims that he is more popular are undermined by the polls. Ivo Brant said "
            "Varnby's port authority requested that the pier be closed.")
    q = quotes_of(text)
    assert q[q["cue"] == "said"]["content"].tolist() == [
        "Brant's claims that he is more popular are undermined by the polls",
        "Varnby's port authority requested that the pier be closed"]
    assert_offsets(text, q)


def test_the_negation_gate_never_hides_a_negated_cue():
    # _negated tries _NEGATED_CUE and _NEGATOR only where the lowered 80 characters before a cue and the cue hold a
    # negator's first word; the answer must be the plain scans' for every case form, apostrophe and letter that case
    # folding treats apart, with several such words or parts of words ("now", "cannot") about.
    from presslens.quotes.extract import _NEGATED_CUE, _NEGATOR, _negated

    befores = ["Ada Quill did not ", "Ada Quill DID NOT ", "Quill wouldn’t ", "Quill WOULDN'T ", "Quill has never once ",
               "Quill refused to ", "Quill REFUSED TO ", "Quill, without ", "Quill, wİthout ", "Quill reſused to ",
               "Quill did nOt really ", "Not surprisingly, Quill ", "Quill only ", "no one ", "NO  ONE ", "Quill ",
               "Quill knows nothing now and cannot ", "Quill cannot, now, ", "No, Quill declined to ",
               "Quill, who is not new, never ", "Quill failing to know, ", "Quill FAILED TO ", "Quill isn’t now "]
    for before in befores:
        for cue in ("said", "not said", "never said", "declined to say", "NEVER SAID", "cannot say"):
            text = before + cue + " the ferry would run."
            s, e = len(before), len(before) + len(cue)
            plain = (_NEGATED_CUE.search(text, max(0, s - 80), s) is not None
                     or _NEGATOR.search(text, s, e) is not None)
            assert _negated(text, s, e) == plain, text


def test_the_document_by_scan_finds_what_its_word_boundary_form_finds():
    # _DOCUMENT_BY is written from the letter "a" with its word boundary as a look-behind after it (the engine then
    # skips to each "a"); it must find what the pattern opening with \b(?:a|an) finds, at a text's start, after a
    # letter, a digit, an apostrophe or a mark, and before "n" or a space.
    import re

    from presslens.quotes.extract import _DOCUMENT_BY
    from presslens.quotes.lexicon import alternation, word_list

    plain = re.compile(rf"\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<doc>{alternation(word_list('own_documents'))})"
                       r"\s+(?:(?:signed|issued|released|written|sent|posted)\s+(?:out\s+)?by|from)\s+")
    text = ("a letter from the mayor. An email from Ada Quill, an email from Quill, Iran a memo from Varnby, "
            "Ana memo from Brant, 3a note sent by Nia, 'a statement issued out by the port', “an op-ed signed by "
            "Ivo Brant”, (a short tweet from Quill), Gana  letter from Tom, data release from Avalon, an\nold "
            "brief memo written by Bo, a a letter from Ada, ana an email from Bo, _a memo from Ivo, éa memo from "
            "Bo, a")
    found = [(m.span(), m.span("doc")) for m in _DOCUMENT_BY.finditer(text)]
    assert found == [(m.span(), m.span("doc")) for m in plain.finditer(text)]
    assert len(found) == 9


def test_a_possessive_after_the_day_opens_the_words_reported():
    # "President Fidel Castro said Tuesday his government told U.S. officials it is worried …" (AP, sample F of
    # scripts/quote_precision.py): as after an article, a possessive right after the day opens the clause; the day is
    # no part of the words. Not before an ordinal: "…, his spokesman said on Monday, his first trip since …" is a
    # phrase about the visit, no clause.
    text = ("Mayor Ivo Marek said Tuesday his council told the ferry board it would not pay. Ada Quill will visit "
            "Varnby this week, her spokesman said on Monday, her first trip since taking office.")
    q = quotes_of(text)
    assert q[q["cue"] == "said"]["content"].tolist() == [
        "his council told the ferry board it would not pay", "Ada Quill will visit Varnby this week"]
    assert_offsets(text, q)


def test_a_short_parenthesis_inside_a_speakers_description_keeps_the_speaker():
    # "Yoshihisa Murasawa, a management consultant for Booz-Allen & Hamilton (Japan) Inc., said his firm will …" (WSJ,
    # sample F of scripts/quote_precision.py): a firm's country in brackets inside the description had the row lost.
    text = ("Ivo Marek, a consultant for Dalvik Partners (Varnby) Inc., said his firm would back the ferry plan. "
            "Ada Quill, a pilot (retired) from Tarnby, said the pier was unsafe.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Ivo Marek", "his firm would back the ferry plan"], ["Ada Quill", "the pier was unsafe"]]
    assert_offsets(text, q)


def test_an_unnamed_source_whose_phrase_opens_with_an_abbreviation_is_the_source_not_the_body():
    # "``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi" (AP, sample F of
    # scripts/quote_precision.py) was the embassy's: the full stop of "U.S." cut the source's phrase, leaving the body
    # named before it.
    text = ("“The pier is closed,” said a U.N. official in Varnby. “The ferry will not run,” said one U.S. diplomat. "
            "A U.S. Embassy spokesman said the port was calm.")
    q = quotes_of(text)
    assert [spoken_by(q, text, c) for c in ("The pier", "The ferry", "the port")] == [
        "a U.N. official in Varnby", "one U.S. diplomat", "A U.S. Embassy spokesman"]
    assert (q["speaker_kind"] == "unnamed source").all()


def test_a_cue_after_a_possessive_set_apart_is_an_adjective():
    # Tokenised copy sets a possessive apart from its name ("Weinstein 's", "Japan ’ s"; PerSenT's marked mentions
    # too): "detailed Vell 's alleged history of threats" was a row with "alleged" as its verb and the name as its
    # speaker, as "Vell's alleged history" never was.
    for text in ("The Korvia Post detailed  Ada Vell 's alleged history of threats against the crew.",
                 "The Korvia Post detailed Ada Vell ’ s alleged history of threats against the crew."):
        assert quotes_of(text).empty
    # nor is "sworn" a verb after "Vell ’s" (PerSenT: "In  Steele ’s sworn court filings … he admitted that …")
    q = quotes_of("In  Maria Vell ’s sworn filings in Torland   she  admitted that  she  “gave the memo to reporters.”")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["Maria Vell", "admitted", "gave the memo to reporters."]]


def test_two_spaces_of_a_lost_comma_before_a_participle_of_speech_read_as_the_comma():
    # PerSenT's texts lost their commas and keep two spaces for each: "returned to the issue  telling  DeVos  that …"
    # hung the participle on "issue" (no row), "brushed off X's comments  saying …" on "comments", "cautioned the
    # president against pursuing what became Obamacare  warning he would lose …" ran the first verb's words on over
    # the second's. With a comma all three were read; the two spaces are now read as one before such a participle.
    q = quotes_of("Mayor Ada Quill returned to the levy  telling the council that the fares would rise.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Ada Quill", "telling", "the fares would rise"]]
    q = quotes_of("Ada Quill had cautioned the board against the bridge  warning it would cost the town its harbour.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [
        ["Ada Quill", "cautioned", "the board against the bridge"],
        ["Ada Quill", "warning", "it would cost the town its harbour"]]
    # not two spaces padding a mention of the article's main person: a gerund's subject ("followed  Pai  saying")
    q = quotes_of("Bo Tarn spoke first. The protests followed  Tarn  saying last week that  he  would sign the levy.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Bo Tarn", "saying", "he  would sign the levy"]]
    # nor in a sentence that keeps its commas (PolNeAR: "…, telling … that Rubio had opposed  adding provisions")
    q = quotes_of("Bo Tarn blasted the plan, telling a radio host that Quill had opposed  adding lanes to the bridge.")
    assert q["content"].tolist() == ["Quill had opposed  adding lanes to the bridge"]
    # but three spaces after a padded mention are its two and the comma's ("Hamilton praised  Bottas   saying …",
    # "West Point denied an interview with  Bradshaw   saying …", PerSenT): the participle is the clause subject's
    q = quotes_of("Bo Tarn spoke first. Mayor Bo Tarn praised  Ada Quill   saying she had run the ferry well.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Bo Tarn", "saying", "she had run the ferry well"]]



def test_a_fronted_phrase_may_end_at_the_two_spaces_of_a_lost_comma():
    # "Near the end of the hearing  Sen. Maggie Hassan … returned to the issue  telling …" and "During a taxi ride  he
    # tore into the Metropolitan Transportation Authority  calling it corrupt" (PerSenT): the participle's speaker is
    # the main clause's subject after the fronted phrase, which ends at the two spaces where its comma was.
    q = quotes_of("Near the end of the hearing  Senator Ada Quill returned to the levy  "
                  "telling Tarn that it was lawful.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Ada Quill", "telling", "it was lawful"]]
    q = quotes_of("During a ferry ride  Bo Tarn tore into the harbour board  calling it corrupt and slow.")
    assert q[["speaker", "cue", "content"]].values.tolist() == [["Bo Tarn", "calling", "it corrupt and slow"]]


def test_a_participle_after_the_two_spaces_of_a_lost_comma_is_no_words_of_the_verb_before():
    # "Other countries had also not said who they would send   Cavusoglu  said  adding that the meeting … must stand
    # up to …" (PerSenT): "said" had the words "adding that the meeting …" beside the participle's own row.
    q = quotes_of("The ferry will run until May   Ada Quill  said  adding that the fares would rise in June.")
    assert not q["content"].str.startswith("adding").any()
    assert q[["cue", "content"]].values.tolist()[-1] == ["adding", "the fares would rise in June"]


def test_a_subordinate_clauses_words_end_at_the_two_spaces_of_its_lost_comma():
    # "When Stern asked  Trump  to elaborate   Trump  said  “…”", "When Stern asked if Rice was a “lightweight ”  Trump
    # said he thought …", "which  Lundqvist  said  he  saw late  trickled through  his  legs" (PerSenT): where a comma
    # ends the words of a verb in a subordinate or relative clause ("When Velo asked Penn to elaborate, Penn said"), a
    # text stripped of its commas keeps two spaces or more for it; the words ran on into the main clause.
    q = quotes_of("Marta Velo met the council on Monday. When Velo asked  Penn  to elaborate   Penn  said  "
                  "“You have no idea how hard it is.”")
    assert q[["speaker", "cue", "content"]].values.tolist()[0] == ["Marta Velo", "asked", "to elaborate"]
    q = quotes_of("Marta Velo met the council on Monday. When Velo asked if  Penn  was a “lightweight ”  Penn  said "
                  "he thought she was “not tough enough.”")
    assert q[["cue", "content"]].values.tolist()[0] == ["asked", "if  Penn  was a “lightweight ”"]
    q = quotes_of("The goal came from a shot which Ada Quill said she saw late  trickled past her  and tied the game.")
    assert q["content"].tolist() == ["she saw late"]
    # not at the two spaces that pad a mention ("asks when  she ’ll", "for  him ."), nor inside a number ("$ 200   000")
    q = quotes_of("When Velo asks when  she ’ll come home  they say they are not sure yet.")
    assert q["content"].tolist()[0] == "when  she ’ll come home"
    q = quotes_of("Ada Quill met Penn. When the board asked Penn to pay $ 200   000 in damages  he refused.")
    assert q["content"].tolist() == ["to pay $ 200   000 in damages"]
    # nor after a determiner "that" whose words hold such a comma ("angry over possibly losing that exemption  but
    # Rubio  said what really matters is …  not how …", PerSenT: with its comma, "that exemption, but", no relative
    # clause), while a relative pronoun before a padded name still opens one ("which  Quill  said")
    q = quotes_of("Many riders are angry over losing that discount  but  Quill  said what matters is how much riders "
                  "will pay overall  not how they get to that figure.")
    assert q["content"].tolist() == [
        "what matters is how much riders will pay overall  not how they get to that figure"]
    q = quotes_of("Ada Quill spoke first. The fares which  Quill  said would rise in June  will hurt the riders.")
    assert q["content"].tolist() == ["would rise in June"]


def test_an_aside_between_two_dashes_inside_the_words_reported_does_not_end_them():
    # "Brodsky said video of the altercation — which has yet to be made public — shows that the officer was defending
    # himself" (PerSenT), "Obama … stating state and local authorities – and not the federal government – are in
    # charge" (PolNeAR): the first dash ended the words ("video of the altercation"); an aside closed by a second dash,
    # the clause going on after it, is part of them.
    q = quotes_of("Ada Quill said the ferry levy — which the council passed in May — would be dropped next year.")
    assert q["content"].tolist() == ["the ferry levy — which the council passed in May — would be dropped next year"]
    # a dash with no second one, or a second one before a conjunction and a clause of its own, still ends them
    q = quotes_of("Ada Quill said the ferry would run until June — a month later than planned.")
    assert q["content"].tolist() == ["the ferry would run until June"]
    q = quotes_of("Ada Quill feels she has nothing to regret — her plan went only so far — "
                  "but her team does not agree.")
    assert q["content"].tolist() == ["she has nothing to regret"]


def test_a_document_speaks_for_its_owner_and_for_who_gave_it_out():
    # "his public statement at the time acknowledged" (Keillor's) and "Keillor gave a statement to MPR News saying"
    # were unnamed sources, read as the nouns "public statement" and "statement".
    arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [
        "Bo Tarn retired from the Harbour Gazette last year. Later Wednesday, Tarn gave a statement to Radio "
        "Lindholm saying he had to respect the board's decision.",
        "Bo Tarn retired from the Harbour Gazette last year. When the board cut ties with Tarn in May, his public "
        "statement at the time acknowledged one mistake.",
        "Ada Quill ran the ferry company for a decade. Harbour master Bo Tarn wrote a letter to the council asking "
        "that the fees be cut.",
        # ("After the verdict  Wilders  made a statement saying: “…”", PerSenT: "made" as "issued")
        "Bo Tarn lost the case on Friday. After the verdict, Tarn made a statement saying: “I will keep the harbour "
        "open.”"]})
    q = extract_quotes(arts)
    for content in ("he had to respect", "one mistake", "the fees be cut", "I will keep the harbour"):
        assert tuple(row(q, content)[["speaker", "speaker_kind"]]) == ("Bo Tarn", "named person")


def test_the_role_noun_of_an_unnamed_source_stands_for_the_one_titled_so():
    # "“…,” columnist Ai Jun wrote …. But Trump has one thing in common with Chinese people, the columnist
    # suggested: “…”" was an unnamed source ("columnist"); an owner's attorney is not the county attorney.
    q = quotes_of("The Avalon Herald praised the mayor on Monday. \"Many of her ideas are far from heartwarming,\" "
                  "columnist Edda Varn wrote in the Herald. \"The town should reject her.\"\n\nBut Quill has one "
                  "thing in common with the voters, the columnist suggested: \"She is tired of Lindholm.\"\n\n"
                  "County Attorney Bo Tarn charged the harbour master. The harbour master's attorney told a "
                  "newspaper that the fees were fair.")
    assert tuple(row(q, "She is tired")[["speaker", "speaker_kind"]]) == ("Edda Varn", "named person")
    assert row(q, "the fees were fair")["speaker"] != "Bo Tarn"


def test_the_journalist_stands_for_the_one_just_met():
    # "… news anchor Ilia Calderón reacted with a moving letter …. The Afro-Colombian journalist expressed particular
    # concern over …" was unresolved: "journalist" was no title and no epithet of a trade.
    q = quotes_of("Edda Varn reacted with a moving letter to her daughter. The Lindholm-born journalist expressed "
                  "particular concern over the fans who had defended him.")
    assert tuple(row(q, "particular concern")[["speaker", "speaker_kind"]]) == ("Edda Varn", "named person")


def test_a_pronoun_after_a_possessors_person_stands_for_that_person():
    # "Murphy’s spokeswoman Galia Slayen said …. “…,” she said" gave Hillary Clinton, "Elliott’s father, the Rev.
    # Charles Elliott Jr., knew Muhammad Ali for decades. He recalled …" the son, and "Haab’s father, who …, admitted
    # …. He said" the son Colton Haab: the possessor (or whoever went before), not the one he owns.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Bo Tarn said the ferry was safe. Tarn's spokeswoman Edda Varn said the ferry was \"very safe\". "
        "\"We are proud of it,\" she said.",
        "Bo Tarn spoke at the service. Tarn's father, the Rev. Carl Tarn Jr., knew the mayor for decades. He "
        "recalled the mayor's kindness.",
        "Bo Tarn said the ferry was safe. On Tuesday Tarn's father, who had helped his son, admitted he had "
        "doctored an email. He said he omitted some words."]})
    q = extract_quotes(arts)
    assert row(q, "We are proud")["speaker"] == "Edda Varn"
    assert row(q, "the mayor's kindness")["speaker"] == "Carl Tarn Jr."
    assert row(q, "he omitted")["speaker_kind"] != "named person"


def test_who_after_a_description_set_beside_a_name_is_that_person():
    # "Lloyd Grove, the Daily Beast editor who wrote the profile on Boyle", "said Bob Mulholland, a California
    # superdelegate and Clinton supporter who has accused …" were unresolved: no phrase of the description was the
    # candidate right before "who". PerSenT's "Wendy Walsh  a former Fox News contributor who" has lost its comma.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Lloyd Grove, the Avalon Herald editor who wrote the profile on Tarn, said the mayor was \"very upset\".",
        "Bloom is also representing Edda Varn  a former Herald contributor who has said that Tarn reneged on an "
        "offer.",
        "\"It is a start,\" said Ivo Brant, the harbour board's chief engineer, who conceded that more leaks might "
        "exist. On Monday, Brant—who had previously endorsed Ada Quill for mayor—said he would back Tarn."]})
    q = extract_quotes(arts)
    assert tuple(row(q, "the profile on Tarn")[["speaker", "speaker_kind"]]) == ("Lloyd Grove", "named person")
    assert row(q, "Tarn reneged")["speaker"] == "Edda Varn"
    assert row(q, "more leaks")["speaker"] == "Ivo Brant"  # after the description's closing comma
    assert row(q, "Ada Quill for mayor")["speaker"] == "Ivo Brant"  # a dash set close


def test_a_fronted_phrase_ends_at_the_first_lost_comma_before_a_name():
    # PerSenT (its commas removed): "Returning to the White House from Camp David   Trump  was asked Sunday whether
    # he intended to fire Mueller. “No  I’m not ”  he  told journalists" gave the answer to Mueller, and "In an
    # interview with NPR in November   Biden  was asked by … if  he  thought" the he to McConnell: the sentence's
    # subject was not found past its fronted phrase. It ends at the first gap of a lost comma a name follows; not
    # at a gap after a preposition ("about  Tarn 's ferry": the padding of a mention), nor at one a he/she follows.
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "President Ellis Marrow sought to douse talk that he may fire counsel Tobin Ferrell.\n Returning to the "
        "capital from Camp Lorne   Marrow  was asked Sunday whether  he  intended to fire Ferrell. “No  I’m not ”  "
        "he  told journalists.",
        "Mayor Ivo Brant praised the plan. In an interview with the Herald in March   Bo Tarn  was asked by the host "
        "if  he  thought the ferry was safe.",
        "Bo Tarn said the ferry was safe. In Ivo Brant's letter to the board  he said the ferry was unsafe."]})
    q = extract_quotes(arts)
    assert row(q, "No  I’m not")["speaker"] == "Ellis Marrow"
    assert q[q["content"].str.startswith("the ferry was safe") & (q["doc_id"] == "b")]["speaker"].tolist() == [
        "Bo Tarn"]
    assert row(q, "the ferry was unsafe")["speaker"] == "Ivo Brant"


def test_a_he_after_a_sentence_closing_with_he_said_stands_for_that_one():
    # "Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. China may outnumber …, but its progress
    # … represent good news, he says. “Our philosophy is simple …,” he said" gave the quotation to the last person
    # quoted before (Kassenova), and PerSenT's "…  Smith said. / If they were not in immediate danger … he said. /
    # “…” he said." to McChrystal: the he of the reporting clause closing the sentence before goes on, whomever
    # that he stands for, not the name the reported clause holds.
    text = ("\"We estimate the trades were worth millions,\" Inspector Tom Vell told reporters. He said more charges "
            "could be filed against Bo Tarn. Police started investigating Tarn after a tip-off from another agency, he "
            "said. \"I know these charges sound alarming,\" he said.")
    q = quotes_of(text)
    assert row(q, "I know these charges")["speaker"] == "Tom Vell"
    assert_offsets(text, q)


def test_a_he_after_the_gap_of_a_lost_comma_closing_its_sentence_is_no_one_its_clause_names():
    # PerSenT (its commas removed): "Police started investigating  Choi  after a tip-off from another international
    # agency on another matter   he  said. / “I know these charges sound alarming …”  he  said." gave both to Choi,
    # the accused: the he after the gap of the lost comma opens the reporting clause closing the sentence, as after
    # a comma ("…, he said."), so the reported clause's subject is not whom it stands for; not where the clause goes
    # on ("Northam  wants progress    he  wants to take us forward   not backward": Northam).
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "\"We estimate the trades were worth millions \" Inspector Tom Vell told reporters.\n He  said more charges "
        "could be filed against  Bo Tarn . Police started investigating  Tarn  after a tip-off from another agency "
        "on another matter   he  said.\n\"I know these charges sound alarming \"   he   said.",
        "Ada Quill spoke at the rally. \"Vote,\" she said. Bo Tarn  wants progress    he  wants to take us forward  "
        "not backward."]})
    q = extract_quotes(arts)
    assert row(q, "Police started investigating")["speaker"] == "Tom Vell"
    assert row(q, "I know these charges")["speaker"] == "Tom Vell"
    assert row(q, "to take us forward")["speaker"] == "Bo Tarn"


def test_they_opening_a_clause_joined_by_and_is_the_group_its_sentence_has_as_subject():
    # 'Elected officials in and around Miami warned U.S. immigration officials … help from the police here …, and they
    # said this city could erupt' (NYT), 'Democratic leaders are wary of …, but they do not want to alienate' (NYT),
    # 'his advisers say that …, and they say that would leave' (Washington Post): a "they" opening a clause joined to
    # the first by ", and" or ", but" stands for the people the sentence has as its subject, not the plural or the
    # body named nearer; so does a "they" after an opening phrase for "Sanders supporters in California" (where
    # they are, after the plural noun).
    text = ("Elected officials in Port Varen warned harbour inspectors on Monday that they should expect little help "
            "from the dock police, and they said the town could erupt in protest if the ferry was seized.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["Elected officials in Port Varen", "they should expect little help from the dock police"],
        ["Elected officials in Port Varen", "the town could erupt in protest if the ferry was seized"]]
    assert_offsets(text, q)


def test_the_unnamed_source_again_is_the_one_the_indefinite_phrase_before_introduced():
    # "One man in Manchester, responding to …, interrupted the candidate: “They stole the country,” the man shouted"
    # (Breitbart), "according to a source at the Tampa station. The source said" (Politico): "the" and the bare noun
    # take up the source an "a"/"one" phrase with its "for"/"in"/"at" introduced in the sentence before or its own.
    text = ("Rates fell again in March. A spokesperson for the Baltic Shippers' Council welcomed lower rates but warned "
            "that idled capacity could tighten the market again by spring. \"Shippers should lock in contracts now,\" "
            "the spokesperson said.")
    q = quotes_of(text)
    assert q[["speaker", "content"]].values.tolist() == [
        ["spokesperson for the Baltic Shippers' Council", "idled capacity could tighten the market again by spring"],
        ["spokesperson for the Baltic Shippers' Council", "Shippers should lock in contracts now,"]]
    assert_offsets(text, q)


def test_a_verb_inside_a_question_put_to_its_subject_reports_no_words():
    # "Asked if she believed Putin wanted Trump to win …, Clinton said …", "was asked Sunday whether  he  intended
    # to fire Mueller": the verb after "asked if/whether" and its subject is the question put, not that subject's words.
    text = ("Asked if she thought the levy was fair, Mayor Ada Quill said the council would decide.\n"
            "Tom Varley was asked Sunday whether he planned to sell the ferry. He said no.")
    q = quotes_of(text)
    assert "thought" not in q["cue"].tolist() and "planned" not in q["cue"].tolist()
    assert q["cue"].tolist() == ["Asked", "said", "asked", "said"]
    assert q["content"].tolist()[2] == "whether he planned to sell the ferry"
    assert_offsets(text, q)


# -- speakers joined as one subject -------------------------------------------------------------

PLURAL_SUBJECTS = (
    "Senator Mara Vell and the Harbour Authority have said the pier is safe. Mara Vell spoke again on Monday. "
    "She and her aides have vowed to fight the levy. Governor Ada Quill and other coastal leaders said the ferry "
    "must run. Ada Quill and Bo Tarn's spokesman said the deal was off. Holt Bank Chairman and CEO Bo Tarn said the "
    "deal was on. The ferry stopped at a quay in Carrow, and a pilot said the fog was thick. The Avalon Immigration "
    "and Ferries Service said the quay was shut.")


def test_speakers_of_any_kind_joined_as_one_subject_speak_together():
    # the row's speaker is the whole coordination, as PolNeAR marks its source, with its members; not a possessor's
    # spokesman, two titles of one person, nor a clause joined after a comma
    q = quotes_of(PLURAL_SUBJECTS)
    assert spoken_by(q, PLURAL_SUBJECTS, "the pier") == "Senator Mara Vell and the Harbour Authority"
    assert spoken_by(q, PLURAL_SUBJECTS, "to fight") == "She and her aides"
    assert spoken_by(q, PLURAL_SUBJECTS, "the ferry must") == "Governor Ada Quill and other coastal leaders"
    pier = row(q, "the pier")
    assert pier.speaker == "Mara Vell and Harbour Authority" and pier.speaker_kind == "named person"
    assert pier.speaker_members == ["Mara Vell", "Harbour Authority"]
    assert pier.speaker_member_kinds == ["named person", "organisation"]
    assert row(q, "to fight").speaker_members == ["Mara Vell", "aides"]
    assert row(q, "the deal was off").speaker == "Bo Tarn's spokesman"
    assert row(q, "the deal was on").speaker == "Bo Tarn" and row(q, "the deal was on").speaker_members is None
    assert spoken_by(q, PLURAL_SUBJECTS, "the fog") == "a pilot"
    assert row(q, "the quay").speaker_members is None  # one name the entity finder parts at its "and"
    assert_offsets(PLURAL_SUBJECTS, q)
    pair = quotes_of("The mayor and two councillors said the budget was balanced.")
    assert spoken_by(pair, "The mayor and two councillors said the budget was balanced.", "the budget") \
        == "The mayor and two councillors"


def test_they_after_a_coordination_the_sentence_before_has_as_subject_is_the_coordination():
    # 'Ms. Henry and other labor leaders remain confident … . But they also see …' (NYT), 'She and her defenders argue
    # … . They note …' (Politico), 'Professors Foner and Alba suggest … . In the United States, they write, …' (NYT),
    # 'Wilcox and Beruff … argued … . State departments of education can do that, they said.' (Politico): a "they"
    # opening its clause, or set in after words of its own sentence, stands for the whole coordination, its members
    # each; not for a plural named nearer, nor for the last member alone.
    text = ("Mayor Ada Quill and other harbour leaders condemned the ferry levy on Monday. But they also said the "
            "toll would stay until May.\n\nThe Varnholm dockers' union and the Carrow fishermen marched to the quay. "
            "The pier is unsafe, they said.\n\nBo Tarn and his lawyers met the inspectors. They argued the fine was "
            "unfair.\n\nMara Vell spoke on Monday. She and her aides argued the levy was a tax on the poor. They "
            "noted that the ferry ran empty.")
    q = quotes_of(text)
    toll = row(q, "the toll")
    assert toll.speaker == "Ada Quill and harbour leaders" and toll.speaker_members == ["Ada Quill", "harbour leaders"]
    assert spoken_by(q, text, "the toll") == "they"
    assert row(q, "The pier is unsafe").speaker_members == ["Varnholm dockers' union", "Carrow fishermen"]
    assert row(q, "the fine").speaker_members == ["Bo Tarn", "lawyers"]
    assert row(q, "the ferry ran").speaker_members == ["Mara Vell", "aides"]
    assert_offsets(text, q)
    # set in between the two spaces of lost commas, as PerSenT's tokenised copy has it
    lost = ("The Varnholm dockers union and the Carrow fishermen marched to the quay on Monday .  The pier was unsafe "
            "for weeks  they said  and the council knew it .")
    assert row(quotes_of(lost), "The pier").speaker_members == ["Varnholm dockers union", "Carrow fishermen"]


def test_speakers_counts_each_member_of_a_joint_speaker():
    arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["Avalon Post"],
                         "text": ["Senator Mara Vell and the Harbour Authority said the pier is “safe for all boats”. "
                                  "Mara Vell said the levy was fair."]})
    table = speakers(extract_quotes(arts), arts).set_index("speaker")
    assert table.loc["Mara Vell", "quotes"] == 2 and table.loc["Harbour Authority", "quotes"] == 1
    assert table.loc["Harbour Authority", "speaker_kind"] == "organisation"
    assert table.loc["Harbour Authority", "words_quoted"] == 4 and table.loc["Mara Vell", "share_of_words"] == 1.0
    assert "Mara Vell and Harbour Authority" not in table.index


def test_two_words_of_tenure_joined_make_one_group():
    # "current and former officials": one group, not two speakers; its name in lower case as other groups' are
    text = ("Current and former harbour officials said the pier was unsafe. Former dockers said the cranes were old. "
            "The ferry will not sail, three past and present crew members said.")
    q = quotes_of(text)
    assert spoken_by(q, text, "the pier") == "Current and former harbour officials"
    assert row(q, "the pier").speaker == "current and former harbour officials"
    assert row(q, "the pier").speaker_members is None
    assert row(q, "the cranes").speaker == "former dockers"
    assert spoken_by(q, text, "The ferry") == "past and present crew members"


def test_a_run_of_spaces_before_and_and_an_unnamed_source_breaks_nothing():
    # the 48 characters before "officials" all spaces but " and ": no word before "and" to read as one of tenure
    text = "The ferry was late." + " " * 50 + " and officials said it would run on Monday."
    q = quotes_of(text)
    assert spoken_by(q, text, "it would run") == "officials"


def test_a_role_of_an_unnamed_source_s_or_an_organisation_s_noun_beside_a_name_stands_for_the_name():
    # "Name, publisher of X, a trade newsletter, said", "Name, chief executive officer of X, a broker, said": the
    # phrase set off by commas describes the person before it, whatever list its noun is in (WSJ, NYT: sample O)
    text = ("Tomas Brandt, publisher of Harbour Beer Weekly, a trade newsletter, said the levy would hurt brewers. "
            "Ada Quill, chief executive officer of Avalon Jets, a charter broker, said the plane was old. "
            "Kees Mol, a port officer, said the pier was safe. "
            "The board met Ivo Brant, officials said.")
    q = quotes_of(text)
    assert row(q, "the levy").speaker == "Tomas Brandt" and row(q, "the levy").speaker_kind == "named person"
    assert row(q, "the plane").speaker == "Ada Quill" and row(q, "the plane").speaker_kind == "named person"
    assert row(q, "the pier").speaker == "Kees Mol"
    assert spoken_by(q, text, "The board") == "officials"


def test_every_participle_of_speech_ends_the_words_before_its_comma():
    # "… said that the fears of a strike were overblown, suggesting the vote was …" (sample R; PolNeAR's "…, recalling
    # …", "…, predicting …") had the participle and its clause in the first verb's words: the participles of speech of
    # data/quotes_participles.txt end them after a comma, or after the two spaces of a lost one (PerSenT), as
    # ", adding" does
    text = ("Ada Quill said that the fears of a strike at the docks were overblown, suggesting the vote was about "
            "the mayor. Bo Tarn  a docker at Avalon  said the strike would go ahead  recalling that the last one had "
            "lasted a month.")
    q = quotes_of(text)
    assert row(q, "the fears of a strike").content == "the fears of a strike at the docks were overblown"
    assert row(q, "the vote was about").speaker == "Ada Quill"
    assert row(q, "the strike would go ahead").content == "the strike would go ahead"
    assert row(q, "the last one had lasted").speaker == "Bo Tarn"


def test_another_speaker_after_a_lost_comma_and_but_only_or_while_ends_the_words():
    # "Some parties indicated they were ready to talk  but only the anti-NATO Communist Party said it …" (sample R,
    # PerSenT, its commas removed) had the party's clause in the first verb's words, as did "…  while investigators
    # concluded that …": after the two spaces of a lost comma "while", "whereas", "although" and "though" open another
    # speaker's clause as "and" and "but" do, and "only", "also" or "even" may stand before its subject
    text = ("The ferry ran late. Some unions indicated they were ready to talk  but only the dockers' union said it "
            "had no problem with the plan. Mayor Ada Quill said the pier was safe  while the port's engineers said it "
            "needed repairs. Bo Tarn said the fares would rise  although officials warned that they would not.")
    q = quotes_of(text)
    assert row(q, "they were ready to talk").content == "they were ready to talk"
    assert row(q, "it had no problem").speaker == "dockers' union"
    assert row(q, "the pier was safe").content == "the pier was safe"
    assert row(q, "the fares would rise").content == "the fares would rise"
    assert row(q, "they would not").speaker == "officials"


def test_as_before_a_noun_phrase_goes_on_with_the_thing_aimed_at():
    # "… accused  Franken  of touching their buttocks while taking photos" (sample R) and PolNeAR's "cited the tax as a
    # major reason …", "pointed to the shootings as an example of …", "referring to the US as the “Great Satan.”" ended
    # the thing aimed at before "as", though there it is a preposition (PolNeAR's annotators run on over it in 34 of
    # the 35 such rows they mark): "as" ends it only before a clause's pronoun subject
    text = ("The port closed. Ada Quill cited the ferry levy as a major reason for the strike. Bo Tarn pointed to the "
            "closures as an example of neglect. The union accused the board of using the pier as a car park. The union "
            "accused the board of lying as it closed the pier.")
    q = quotes_of(text)
    assert row(q, "the ferry levy").content == "the ferry levy as a major reason for the strike"
    assert row(q, "the closures").content == "the closures as an example of neglect"
    assert row(q, "the board of using").content == "the board of using the pier as a car park"
    assert row(q, "the board of lying").content == "the board of lying"


def test_a_lost_comma_before_while_or_though_and_a_clause_of_its_own_ends_the_words():
    # "A prominent attorney said Saturday she is no longer representing … as he confronts … allegations  while a TV news
    # anchor lodged another claim …" (sample T, PerSenT, its commas removed) ran on into the writer's next clause:
    # after the two spaces of a lost comma, "while", "whereas", "although" and "though" before a clause with a subject
    # of its own end the words as they do after a comma; before a participle ("while looking for work") they go on.
    text = ("The ferry ran late. Ada Quill said Friday she is no longer advising the ferry board as it faces a strike  "
            "while a radio host lodged another complaint against the board. Bo Tarn said he would stay in Avalon  "
            "while looking for work. Ida Marek told reporters the pier would reopen  although the port remains shut.")
    q = quotes_of(text)
    assert row(q, "she is no longer").content == "she is no longer advising the ferry board as it faces a strike"
    assert row(q, "he would stay").content == "he would stay in Avalon  while looking for work"
    assert row(q, "the pier would reopen").content == "the pier would reopen"


def test_a_lost_comma_before_but_and_a_clause_ends_the_words_of_a_verb_of_intention():
    # "Trump has threatened to end DACA  but he seemed to keep the door open …", "has promised to reimburse various fees
    # …  but the process had been slow" (samples E, N and P, PerSenT, its commas removed) ran on into the writer's next
    # clause: a clause after "but" is no part of what was threatened or promised, and after a comma it already ends
    # the words; a phrase that goes on with the infinitive ("but not to strike") stays in them.
    text = ("The ferry ran late. Ada Quill has threatened to close the pier  but she seemed to keep the door open for "
            "a deal. The Avalon board has promised to repay the fares  but the process had been slow. Bo Tarn vowed to "
            "fight the levy  but not to strike. Ida Marek pledged to reopen the pier, but the port remains shut.")
    q = quotes_of(text)
    assert row(q, "to close the pier").content == "to close the pier"
    assert row(q, "to repay the fares").content == "to repay the fares"
    assert row(q, "to fight the levy").content == "to fight the levy  but not to strike"
    assert row(q, "to reopen the pier").content == "to reopen the pier"


def test_the_spaces_padding_a_name_before_a_participle_are_no_lost_comma():
    # "… said many allegations were overblown and consisted of  Weinstein  telling a woman she …" (sample T, PerSenT,
    # which sets two spaces round the names it marks) ended the words at "Weinstein": the two spaces before "telling"
    # pad the name, so the participle goes on with the words; after a lost comma it still ends them
    text = ("The ferry ran late. Ann Vell said many of the claims were overblown and consisted of  Quill  telling a "
            "driver she looked tired. Bo Tarn said the strike would go ahead  recalling that the last one had lasted a "
            "month.")
    q = quotes_of(text)
    assert row(q, "many of the claims").content == ("many of the claims were overblown and consisted of  Quill  "
                                                    "telling a driver she looked tired")
    assert row(q, "the strike would go ahead").content == "the strike would go ahead"


def test_one_of_several_is_the_person_its_sentence_names_after_is_or_was():
    # "One of the first people to let the world know … was … Tulsi Gabbard" and "One of the numerous women who
    # shared a story … is Jessica Barth" (PerSenT, samples S and T) were unnamed sources: the sentence's copula names
    # the one of them it is about. Not a name the words reported hold ("One of the officials said the driver was
    # Bo Tarn"), nor one a clause's verb goes on from ("… was Bo Tarn has since resigned", its name padded as PerSenT
    # pads names).
    q = quotes_of("One of the first people to let the town know it was actually a false alarm was  Avalon "
                  "Councilwoman Ada Quill  when  she  posted online - Avalon  this is a false alarm.\n\n"
                  "One of the residents who told the council that the water tasted of metal is Tomas Brandt, a retired "
                  "teacher.\n\n"
                  "One of the officials said the driver was Bo Tarn, a local man.\n\n"
                  "One of the officials who said the driver was Bo Tarn has since resigned.\n\n"
                  "One of the officials who said the driver was  Bo Tarn  has since resigned.")
    got = [(s, k) for s, k in zip(q["speaker"], q["speaker_kind"])]
    assert got == [("Ada Quill", "named person"), ("Tomas Brandt", "named person")] + [
        ("one of the officials", "unnamed source")] * 3


def test_a_presidency_after_a_capitalised_word_is_an_organisation_that_speaks():
    # "A readout released by the Meridian presidency said the talks had been “frank, detailed and productive.”"
    # (house style summit_readout) had no speaker: "presidency" was no organisation's noun. Alone after "the" it is the
    # office, no one who speaks ("a backer of the bid for the presidency told host …" gives it no row).
    text = ("A readout released by the Valdoran presidency said the talks had been “long and useful.” "
            "Ina Sorrel, a backer of her bid for the presidency told host Bo Quill she would run.")
    q = quotes_of(text)
    assert (row(q, "long and useful").speaker, row(q, "long and useful").speaker_kind) == (
        "Valdoran presidency", "organisation")
    assert "presidency" not in q["speaker"].dropna().tolist()


def test_a_label_line_s_speaker_may_be_followed_by_its_occasion_with_no_comma():
    # "“We accept the verdict and will not appeal.” ¶ — Statement from Halvard Logistics after losing its case …"
    # (house style quotes_of_the_day) had no speaker: a label line's name had to end the line or a clause.
    text = ("“We will appeal the ruling.”\n\n— Statement from Ostmere Shipping after losing its case against the "
            "Valdora port board.\n\n“The floods came faster than any model said.”\n\n— Ada Quill on the spring "
            "storms.")
    q = quotes_of(text)
    assert [(s, k) for s, k in zip(q["speaker"], q["speaker_kind"])] == [
        ("Ostmere Shipping", "organisation"), ("Ada Quill", "named person")]


def test_a_that_clause_after_where_a_verb_was_said_is_a_fragment():
    # 'telling reporters at the daily briefing that "the engineers have not finished their work."' (house style
    # briefing_room) was a direct row: the gap's "that", last once the gap was stripped, was read as where it was said.
    text = ('Ada Quill told reporters at the daily briefing that "the pier is safe." '
            'Bo Tarn said at the meeting, "We will see."')
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q[q["kind"] != "indirect"].itertuples()] == [
        ("mixed", "Ada Quill"), ("direct", "Bo Tarn")]


def test_the_phrase_a_verb_of_naming_gives_is_a_fragment():
    # 'dismissed for what the home's owners, Brackenridge Care, called "gross insubordination".' (house style
    # tribunal_report) was a direct row: nothing stood between the verb and the quotation. A name given in lower case
    # is a phrase of the sentence; a call in capitals is still said whole.
    text = ('Ada Quill was sacked for what the owners, Tarn Holdings, called "gross misconduct". '
            'Bo Tarn called out, "Come back!"')
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q[q["kind"] != "indirect"].itertuples()] == [
        ("mixed", "Tarn Holdings"), ("direct", "Bo Tarn")]


def test_a_portfolio_joined_by_and_is_part_of_the_title():
    # "Textiles and Jute Minister Md Rafiqul Haque Chowdhury said" (house style bangladeshi_daily) made a person
    # "Textiles" and the speaker "Textiles and …": the field before "and" is the title's, as in "Housing and Urban
    # Development Secretary". A surname the article writes in full stays a person of its own, and so does an
    # organisation, or any word before a bare title ("Congress and President Obama agreed").
    text = ('"The dams will hold," said Fisheries and Livestock Minister Ravi Quillon. '
            'Ada Brant arrived late. "No," said Brant and Harbour Secretary Ivo Tarn. '
            'Congress and President Ivo Tarn agreed "to extend the cuts."')
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["Ravi Quillon", "Ada Brant and Ivo Tarn", "Congress and Ivo Tarn"]


def test_called_after_an_auxiliary_reports_what_someone_called_a_thing():
    # 'a memo in which a state engineer had called the dam "a patient on life support."' (house style briefing_room):
    # "a … had called" was read as a thing named ("a group called …"), so the row had no speaker of its own.
    text = ('A state engineer had called the pier "a wreck waiting to happen." '
            'Bo Tarn joined a group called "Friends of the Pier".')
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q[q["kind"] != "indirect"].itertuples()] == [("mixed", "state engineer")]


def test_every_finite_auxiliary_is_a_word_the_naming_pattern_reads_as_its_noun():
    # An entry the naming pattern cannot read as the noun before "called" ("hadn’t": it reads up to the apostrophe)
    # could never keep a report from being read as a thing named; such a sentence is a report already.
    from presslens.quotes.extract import _FINITE_AUXILIARIES, _NAMING_BEFORE

    for aux in _FINITE_AUXILIARIES:
        m = _NAMING_BEFORE.search(f"A state engineer {aux} ")
        assert m is not None and m.group("noun") == aux, aux
    q = quotes_of('A state engineer hadn’t called the pier "a wreck waiting to happen."')
    assert [(r.kind, r.speaker) for r in q[q["kind"] != "indirect"].itertuples()] == [("mixed", "state engineer")]


def test_a_relative_clause_after_a_preposition_s_which_has_its_own_subject():
    # 'read out a memo in which a state engineer had called the dam "a patient on life support."' (house style
    # briefing_room) gave the memo (or the reader) the words: the clause after "in which" has a speaker of its own.
    text = ('Bo Tarn read out a letter in which a harbour engineer had called the pier "a wreck waiting to happen." '
            'Ada Quill gave an interview in which she said the pier was "safe enough for now."')
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q[q["kind"] != "indirect"].itertuples()] == [
        ("mixed", "harbour engineer"), ("mixed", "Ada Quill")]


def test_a_state_s_abbreviation_without_its_point_may_open_a_name_after_a_title():
    # "Textiles and Jute Minister Md Rafiqul Haque Chowdhury said" (house style bangladeshi_daily) gave the speaker
    # 'Jute Minister Md Rafiqul Haque Chowdhury', and "the minister" later no one: "Md", Maryland's "Md." without its
    # point, was read as a word of the title.
    text = ('"The mills will open," said Jute Minister Md Tarek Quillon. Ada Brant spoke too. '
            '"By June," the minister said.')
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["Md Tarek Quillon", "Md Tarek Quillon"]


def test_a_he_or_she_after_an_unnamed_one_whose_reported_clause_opens_with_it_stands_for_that_one():
    # "One driver, who asked not to be named …, said she had worked 14 days in a row in August. “I love the job …,” she
    # said." (house style strike_picket) had no speaker: the sentence before was read for its reported clause's she,
    # not for the one driver who speaks it.
    text = ('Mary Quill runs the depot. One driver said he had worked nine nights in a row. '
            '“I love the buses,” he said. Tom Brant runs the ward. A nurse, who asked not to be named, said she was '
            'tired. “We all are,” she said.')
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q[q["kind"] != "indirect"].itertuples()] == [
        ("direct", "driver"), ("direct", "nurse")]


def test_a_malaysian_honorific_of_a_woman_or_a_man_is_no_part_of_the_name():
    # "A villager, Puan Rosnah Abdul Latif, 58, said …. “I am tired …,” she said." (house style malaysian_daily) gave
    # the speaker 'Puan Rosnah Abdul Latif': "Puan" (Mrs) and "Encik" (Mr) stand before a name as "Madam" does.
    text = ('A villager, Puan Siti Quillon, 58, said the road was shut. "We walk now," she said. '
            'A trader, Encik Azman Tarrow, said he had lost stock. "It is gone," he said.')
    q = quotes_of(text)
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["Siti Quillon", "Azman Tarrow"]


def test_an_age_epithet_after_a_question_goes_on_from_the_one_quoted_before_a_paragraph_of_quotation():
    # "“…,” the Portuguese said. ¶ “I take responsibility. …” ¶ Asked whether he feared for his job, the 52-year-old
    # replied: “…”" (house style football_presser) had no speaker: only a paragraph opening with a quotation went on
    # from the one quoted in the paragraph right before.
    text = ('Harbour manager Tom Quillon saw his side lose again.\n\n'
            '“We were slow,” the Welshman said.\n\n'
            '“I picked the team. It did not work.”\n\n'
            'Asked whether he would resign, the 48-year-old replied: “That is for the board.”')
    q = quotes_of(text)
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["Tom Quillon"] * 3
