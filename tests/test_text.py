import re
import sys

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from presslens import text as text_module
from presslens.text import (SENTENCE_COLUMNS, paragraphs, sentence_spans, span_tokenize, split_sentences,
                             tokenize, words)


def _sentences(text: str) -> list[str]:
    return split_sentences(pd.DataFrame({"doc_id": ["d"], "text": [text]}))["text"].tolist()


def test_abbreviations_titles_initials_and_decimals_do_not_split():
    text = ("Gen. Ada Quill met Mr. Bo Tarn in the U.S. Senate at 3.5 p.m. on Monday. "
            "Then J. R. Voss left.")
    assert _sentences(text) == [
        "Gen. Ada Quill met Mr. Bo Tarn in the U.S. Senate at 3.5 p.m. on Monday.",
        "Then J. R. Voss left.",
    ]


def test_an_initial_before_a_nickname_in_quotation_marks_or_brackets_ends_no_sentence():
    text = "Ada J. “Ace” Quill spoke. Bo A. (Mike) Tarn left. Then Lena K. 'Kit' Voss came."
    assert _sentences(text) == ["Ada J. “Ace” Quill spoke.", "Bo A. (Mike) Tarn left.", "Then Lena K. 'Kit' Voss came."]


def test_titles_of_other_ranks_faiths_and_house_styles_end_no_sentence_before_a_name():
    text = ("The Rt. Hon. Ada Quill met Msgr. Bo Tarn, Cpl. Lena Voss and Atty. Gen. Ivo Brant. Cllr. Piet Marsh and "
            "Mme. Ada Quill climbed Mt. Avalon.")
    assert _sentences(text) == ["The Rt. Hon. Ada Quill met Msgr. Bo Tarn, Cpl. Lena Voss and Atty. Gen. Ivo Brant.",
                                "Cllr. Piet Marsh and Mme. Ada Quill climbed Mt. Avalon."]


def test_a_plural_title_ends_no_sentence_before_its_names():
    text = "Her rivals, Sens. Ada Quill and Bo Tarn, spoke. Govs. Lena Voss and Ivo Brant left. Drs. Voss and Tarn met."
    assert _sentences(text) == ["Her rivals, Sens. Ada Quill and Bo Tarn, spoke.",
                                "Govs. Lena Voss and Ivo Brant left.", "Drs. Voss and Tarn met."]


def test_an_indian_honorific_ends_no_sentence_before_a_name():
    text = ("Opposition leader Smt. Kavita Deshpande spoke. Then Kum. Asha Rao and Thiru. Bala Murugan left. "
            "Shri. Anil Menon, Tmt. Devi Nair and Sri. Ravi Kumar stayed.")
    assert _sentences(text) == ["Opposition leader Smt. Kavita Deshpande spoke.",
                                "Then Kum. Asha Rao and Thiru. Bala Murugan left.",
                                "Shri. Anil Menon, Tmt. Devi Nair and Sri. Ravi Kumar stayed."]


def test_a_west_african_honorific_ends_no_sentence_before_a_name():
    text = ("The fire chief, Engr. Musa Danjuma, spoke. Pst. Ade Bello and Alh. Sani Umar prayed. "
            "Comr. Ifeoma Obi, Evang. Tobi Ade and Dcn. Femi Ojo left.")
    assert _sentences(text) == ["The fire chief, Engr. Musa Danjuma, spoke.",
                                "Pst. Ade Bello and Alh. Sani Umar prayed.",
                                "Comr. Ifeoma Obi, Evang. Tobi Ade and Dcn. Femi Ojo left."]


def test_the_prefix_of_a_ships_name_ends_no_sentence():
    text = "The U.S.S. Avalon met H.M.S. Quill off the pier. The ferry, the M.V. Tarn, sank."
    assert _sentences(text) == ["The U.S.S. Avalon met H.M.S. Quill off the pier.", "The ferry, the M.V. Tarn, sank."]


def test_an_initialism_in_a_run_of_capitalised_words_goes_on_to_the_next_one():
    # Each was cut after the initialism: a title's or a name's, at the start of a sentence.
    text = ("U.S. Ambassador Ada Quill left.\n\nFormer U.N. Envoy Bo Tarn stayed. George H.W. Voss came. It went to "
            "the U.S. The pier closed.")
    assert _sentences(text) == ["U.S. Ambassador Ada Quill left.", "Former U.N. Envoy Bo Tarn stayed.",
                                "George H.W. Voss came.", "It went to the U.S.", "The pier closed."]


def test_an_abbreviation_before_a_number_ends_no_sentence_but_the_word_no_does():
    text = "Ada Quill, the No. 2 official, cited Vol. 3 and pp. 12-14 of the plan. He said no. 5 boats came."
    assert _sentences(text) == ["Ada Quill, the No. 2 official, cited Vol. 3 and pp. 12-14 of the plan.",
                                "He said no.", "5 boats came."]


def test_abbreviations_of_other_house_styles_before_a_number_end_no_sentence():
    # Each was cut at its point: an estimate, a paragraph, a currency, an address.
    text = "Prices rose approx. 55% in a year (see para. 2). It cost Rs. 500 crore, Quill said from Apt. 4 on Hwy. 9."
    assert _sentences(text) == [
        "Prices rose approx. 55% in a year (see para. 2).",
        "It cost Rs. 500 crore, Quill said from Apt. 4 on Hwy. 9."]


def test_a_time_zone_after_a_clock_time_ends_no_sentence():
    # "a.m. ET" had been cut into two sentences, "ET on Monday, …" the second.
    text = "The vote opens at 9 a.m. ET on Monday, officials said. It ended at 5 p.m. GMT. Police left."
    assert _sentences(text) == ["The vote opens at 9 a.m. ET on Monday, officials said.", "It ended at 5 p.m. GMT.",
                                "Police left."]


def test_a_month_abbreviation_before_a_day_ends_no_sentence_whatever_follows_the_day():
    # "Nov. 8." was one sentence, but "Nov. 8.”" closing a quotation was cut after "Nov."
    text = ("“We vote on Sept. 30.” Quill left. “The ferry sails Nov. 8,” Voss said of the Dec. 4 deadline. "
            "He said “the pier reopens Jan. 3.” The levy rose in Oct. 2019 figures. It ends Aug. 31.")
    assert _sentences(text) == ["“We vote on Sept. 30.”", "Quill left.",
                                "“The ferry sails Nov. 8,” Voss said of the Dec. 4 deadline.",
                                "He said “the pier reopens Jan. 3.”", "The levy rose in Oct. 2019 figures.",
                                "It ends Aug. 31."]


def test_quotation_ending_with_comma_or_exclamations_stays_with_its_sentence():
    text = "“The bridge is open,” Voss said. “Hooray!!!” she shouted. “Go!” He went."
    assert _sentences(text) == ["“The bridge is open,” Voss said.", "“Hooray!!!” she shouted.",
                                "“Go!”", "He went."]


def test_quotation_marks_of_other_house_styles_stay_with_their_own_sentence():
    # Guillemets and low-high marks: the tokenizer leaves an opening « at the end of the sentence
    # before and cuts a closing “ off as a sentence of its own (or glued to the next one).
    assert _sentences("« We sail today », Voss said. « The tide is high. » He left.") == [
        "« We sail today », Voss said.", "« The tide is high. »", "He left."]
    assert _sentences("„We sail today“, Voss said. „The tide is high.“ He left.") == [
        "„We sail today“, Voss said.", "„The tide is high.“", "He left."]
    assert _sentences("„The tide is high.“") == ["„The tide is high.“"]
    # A stray closing mark alone after a sentence joins it; an English opening mark with a space
    # after it still opens the next sentence.
    assert _sentences("The tide is high. “\n\nHe left. “ We sail,” she said.") == [
        "The tide is high. “", "He left.", "“ We sail,” she said."]


def test_a_straight_mark_set_apart_after_a_sentence_opens_the_next_one():
    # PerSenT's NPR text, its tokens spaced ("… people online . " You can sort of skip …  " she says ."), and its
    # text with commas removed ("… Robinson  said. " He was …"): Punkt left the opening mark on the sentence before,
    # so the quotation read as going on from it. A closing mark at a paragraph's end stays where it is.
    text = ('Vera Lund tells the Courier the ferries are late . " You can skip the queue  " she says . " Go early ."\n'
            'The pier is shut  Ivo Dane  said. " He was calm about it  " Lund said.\n'
            'She asked for "a new pier. "\nIt rained.')
    assert _sentences(text) == [
        "Vera Lund tells the Courier the ferries are late .", '" You can skip the queue  " she says .', '" Go early ."',
        "The pier is shut  Ivo Dane  said.", '" He was calm about it  " Lund said.', 'She asked for "a new pier. "',
        "It rained."]


def test_no_sentence_opens_in_lower_case_after_a_question_or_exclamation_mark():
    # A name or title with its mark ("Yahoo!", "Jeb!"), a question in brackets, a question closed by ''.
    text = ("Avalon Rocks! was aired on Tuesday. Jeb! said nothing (really?) and that was all. "
            "Is it safe?'' said Ada Quill. Was it? Nobody knew! Then the ferry left.")
    assert _sentences(text) == ["Avalon Rocks! was aired on Tuesday.", "Jeb! said nothing (really?) and that was all.",
                                "Is it safe?'' said Ada Quill.", "Was it?", "Nobody knew!", "Then the ferry left."]


def test_a_question_closed_by_nested_or_single_quotation_marks_goes_on_in_lower_case():
    # A quotation inside a quotation, and the single straight marks of some archives, were cut before "he added".
    text = "“He asked me, ‘Why?’” he added. 'Is it safe?' she asked. 'No.' He left."
    assert _sentences(text) == ["“He asked me, ‘Why?’” he added.", "'Is it safe?' she asked.",
                                "'No.'", "He left."]


def test_a_question_closed_by_the_marks_of_other_house_styles_goes_on_after_them():
    # Low-high marks, reversed guillemets and French guillemets spaced inside: each was cut after the closing mark.
    text = ("„Is it safe?“ asked Ada Quill. ‚Why?‘ Bo Tarn asked. »Stop!« shouted Voss. « Is it over ? » asked Tarn. "
            "„Go!“ Police came.")
    assert _sentences(text) == ["„Is it safe?“ asked Ada Quill.", "‚Why?‘ Bo Tarn asked.", "»Stop!« shouted Voss.",
                                "« Is it over ? » asked Tarn.", "„Go!“", "Police came."]


def test_a_question_in_quotation_marks_goes_on_to_its_speaker_named_in_capitals():
    # Each was cut after the closing mark, the speaker and verb left as a sentence of their own; a pronoun in
    # capitals after one opens a new sentence, as do words that name no one.
    text = ("“Can we win the pier?” Mr. Bo Tarn asked. ''Here, no one gives up!'' Ada Quill declared. "
            "‘Why?’ Voss went on. “Where?” I asked. “Why?” He answered, “No.” “Stop!” Police searched the pier. "
            "“Go!” That said, she left.")
    assert _sentences(text) == ["“Can we win the pier?” Mr. Bo Tarn asked.",
                                "''Here, no one gives up!'' Ada Quill declared.", "‘Why?’ Voss went on.",
                                "“Where?” I asked.", "“Why?”", "He answered, “No.”", "“Stop!”",
                                "Police searched the pier.", "“Go!”", "That said, she left."]


def test_a_quotation_opened_in_capitals_after_an_abbreviation_starts_a_sentence():
    # Punkt kept each abbreviation it knows (a state, a company's, a clock time's, an initialism) before the mark.
    text = ("“We are tired,” said Ada Quill of Tampa, Fla. “Inflation is rising.” It is Avalon Corp. ``At some "
            "point, it ends,'' Voss said at 5 p.m. ‘Why?’ Tarn asked in the U.S. \"Go.\" Sen. “Bo” Tarn agreed.")
    assert _sentences(text) == ["“We are tired,” said Ada Quill of Tampa, Fla.", "“Inflation is rising.”",
                                "It is Avalon Corp.", "``At some point, it ends,'' Voss said at 5 p.m.",
                                "‘Why?’ Tarn asked in the U.S.", "\"Go.\"", "Sen. “Bo” Tarn agreed."]


def test_a_word_that_opens_sentences_after_an_abbreviation_starts_one():
    # Punkt kept each abbreviation before the word; not after a title, between two names or in a headline's capitals.
    text = ("Ada Quill was shot outside Avalon, N.Y. His name was on a list. It was a deal with the U.K. Then Voss "
            "signed it. “Neither do I. This must change.” The case of Quill v. The People went on. Dr. He Lin spoke.")
    assert _sentences(text) == ["Ada Quill was shot outside Avalon, N.Y.", "His name was on a list.",
                                "It was a deal with the U.K.", "Then Voss signed it.", "“Neither do I.",
                                "This must change.”", "The case of Quill v. The People went on.", "Dr. He Lin spoke."]
    assert _sentences("Ferry Bill To Let Avalon Enter U.S. As Refugees") == [
        "Ferry Bill To Let Avalon Enter U.S. As Refugees"]


def test_an_abbreviation_whose_point_tokenised_text_writes_apart_ends_no_sentence():
    # Tokenised text ("U . S .", "Oct . 13", "Mr . Tarn") was cut at each point written apart from its abbreviation.
    text = ("The U . S . Harbour Board met on Oct . 13 in Avalon . Mr . Tarn spoke . It doesn ’ t . Quill left . "
            "See www . avalon . org for more .")
    assert _sentences(text) == ["The U . S . Harbour Board met on Oct . 13 in Avalon .", "Mr . Tarn spoke .",
                                "It doesn ’ t .", "Quill left .", "See www . avalon . org for more ."]


def test_an_ellipsis_mark_before_a_word_that_opens_sentences_ends_one():
    # Punkt reads no stop in the one-character ellipsis (it does in "world ... The"): the next sentence ran on.
    text = ("The levy will hit ferries to Nordland … But Quill would hold off. We got the pier started… Our ferry "
            "system is broken. “The … Avalon team did well,” she said. The pier was clear: … Tell Avalon no. They will "
            "figure out … ‘How do we fix it?’")
    assert _sentences(text) == ["The levy will hit ferries to Nordland …", "But Quill would hold off.",
                                "We got the pier started…", "Our ferry system is broken.",
                                "“The … Avalon team did well,” she said.", "The pier was clear: … Tell Avalon no.",
                                "They will figure out … ‘How do we fix it?’"]


def test_an_ellipsis_mark_before_i_please_yes_you_or_because_ends_a_sentence():
    # Punkt cuts "... I" but reads no stop in "…": "debate with me … I think the people …" ran on. Not before a word
    # that goes on ("… I-95"), nor before a name ("… Tarn Quill").
    text = ("Come and debate the pier with me … I think Avalon deserves it. We back Ada Quill … Please join us. "
            "Look at the ferries … Yes, Nordland was different. That is the way … You’d have to live here. They find "
            "it odd that people … Because it is wrong. The … I-95 exit and … Tarn Quill closed.")
    assert _sentences(text) == ["Come and debate the pier with me …", "I think Avalon deserves it.",
                                "We back Ada Quill …", "Please join us.", "Look at the ferries …",
                                "Yes, Nordland was different.", "That is the way …", "You’d have to live here.",
                                "They find it odd that people …", "Because it is wrong.",
                                "The … I-95 exit and … Tarn Quill closed."]


def test_an_initialism_of_hyphenated_parts_before_lower_case_ends_no_sentence():
    text = "Ada Quill, a former director of the A.F.L.-C.I.O. and organizer, spoke. The U.S.-E.U. talks failed."
    assert _sentences(text) == ["Ada Quill, a former director of the A.F.L.-C.I.O. and organizer, spoke.",
                                "The U.S.-E.U. talks failed."]


def test_an_abbreviation_in_parentheses_before_lower_case_ends_no_sentence():
    text = "Rep. Ada Quill (D-Md.) said the pier was safe. The ferry ran late (it was Sunday.) Then it stopped."
    assert _sentences(text) == ["Rep. Ada Quill (D-Md.) said the pier was safe.",
                                "The ferry ran late (it was Sunday.)", "Then it stopped."]
    # nor before a closing bracket and its comma: a closing bracket opens no sentence
    text = "Sen. Ada Quill (D-Av.), who backs Becker, said the pier was safe. It ran [on time.] Then it stopped."
    assert _sentences(text) == ["Sen. Ada Quill (D-Av.), who backs Becker, said the pier was safe.",
                                "It ran [on time.]", "Then it stopped."]
    # nor an initialism's last point before a word in lower case
    text = "According to F.A.A. records, the ferry sailed. It went to the U.S. in May. It left."
    assert _sentences(text) == ["According to F.A.A. records, the ferry sailed.", "It went to the U.S. in May.",
                                "It left."]


def test_no_sentence_opens_with_a_comma_semicolon_or_colon_after_closing_marks():
    # Each was cut after the question or exclamation, before its closing mark and the comma or colon after it.
    text = ('The new ad, titled "Harbour?", opens in Avalon on Friday. A memoir called \'\'Ahoy!: 30 Years at Sea\'\' '
            "sold well. Quill takes Nordland and Avalon?; Tarn wins the east")
    assert _sentences(text) == ['The new ad, titled "Harbour?", opens in Avalon on Friday.',
                                "A memoir called ''Ahoy!: 30 Years at Sea'' sold well.",
                                "Quill takes Nordland and Avalon?; Tarn wins the east"]


def test_a_point_of_an_abbreviation_or_of_dots_before_lower_case_ends_no_sentence():
    # Each was cut in two at the point; a sentence that ends in a word may still be followed by one in lower case.
    text = ("Avalon raised rates by 0.25 pct. on Tuesday. Ada Quill of the Univ. of Avalon agreed. Quill wins most "
            "Nrd. delegates. Ferries, piers, etc. are the port's. The ferry . . . sank. Mr. Tarn spoke at the pier... "
            "and left. Let's go back. what did it say? Read it at pic.twitter.com.")
    assert _sentences(text) == [
        "Avalon raised rates by 0.25 pct. on Tuesday.", "Ada Quill of the Univ. of Avalon agreed.",
        "Quill wins most Nrd. delegates.", "Ferries, piers, etc. are the port's.", "The ferry . . . sank.",
        "Mr. Tarn spoke at the pier... and left.", "Let's go back.", "what did it say?", "Read it at pic.twitter.com."]


def test_a_unit_abbreviated_after_a_number_before_lower_case_ends_no_sentence():
    # British "per cent." and abbreviated units and amounts were cut at their point before the next word.
    text = ("Inflation rose to 5.5 per cent. from 4.2 per cent. in May. The ferry took 200 lbs. of cargo and 3 bn. in "
            "debt, 2 hrs. late. It sank in 5 min. The crew left.")
    assert _sentences(text) == ["Inflation rose to 5.5 per cent. from 4.2 per cent. in May.",
                                "The ferry took 200 lbs. of cargo and 3 bn. in debt, 2 hrs. late.", "It sank in 5 min.",
                                "The crew left."]


def test_paragraph_breaks_are_sentence_breaks_but_hard_wraps_are_not():
    text = "A headline without a stop\nThe body starts here and\ngoes on here. End.\n\nNext para"
    sents = split_sentences(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert sents["text"].tolist() == ["A headline without a stop",
                                      "The body starts here and\ngoes on here.", "End.", "Next para"]
    assert sents["para_id"].tolist() == [0, 1, 1, 2]
    assert sents["sent_id"].tolist() == [0, 1, 2, 3]


def test_paragraph_spans_strip_white_space():
    text = "  first  \n\n\n\tsecond\r\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["first", "second"]


def test_sample_sentences(sample_articles):
    sents = split_sentences(sample_articles)
    texts = sents["text"].tolist()
    assert "Millions of lives saved,” Trump wrote on Truth Social before his departure." in texts
    assert "She’s very friendly,” he told reporters on Saturday." in texts
    assert not any(t.endswith("U.S.") for t in texts)


def test_tokenize_treebank_style_with_curly_quotes():
    assert tokenize("“She’s great,” he didn’t say.") == [
        "“", "She", "’s", "great", ",", "”", "he", "did", "n’t", "say", "."]
    assert tokenize("$5.50 for 2% of the Japan-U.S. deal…") == [
        "$", "5.50", "for", "2%", "of", "the", "Japan-U.S.", "deal", "…"]


def test_words_table_offsets_point_into_the_article(sample_articles):
    text = sample_articles["text"].iloc[0]
    table = words(split_sentences(sample_articles))
    assert len(table) > 500
    assert all(text[s:e] == w for s, e, w in zip(table["start"], table["end"], table["text"]))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_offsets_are_always_valid(text):
    sents = split_sentences(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    previous_end = 0
    for s, e, t in zip(sents["start"], sents["end"], sents["text"]):
        assert text[s:e] == t and t.strip()
        assert s >= previous_end
        previous_end = e
    assert all(0 <= s < e <= len(text) for s, e in span_tokenize(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "“", "”", "!!!", "Quill", "said", ".", "\n", "\n\n", "3.5", ",”"]),
                max_size=60))
def test_offsets_valid_on_news_like_noise(parts):
    text = " ".join(parts)
    sents = split_sentences(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert all(text[s:e] == t for s, e, t in zip(sents["start"], sents["end"], sents["text"]))


_PUNKT_PIECES = ["Mr.", "Trump", "said.", "The", "U.S.", "--", "-", "...", ". . .", ".", "!", "?", "”", "J.", "no.",
                 "5", "he", "Sen.", "etc.", "\n", "  ", "a.m.", "—", "?!", "!!!", "..", ". .", "(", ")", ".”", "x.y",
                 "\u00a0", "\t", "\x1c", "e.g.,"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PUNKT_PIECES), st.sampled_from(["", " ", "\n", "\u00a0 ", " \t"])),
                max_size=16).map(lambda pairs: "".join(a + b for a, b in pairs)))
def test_sentence_boundaries_are_punkts_own(text):
    # presslens' Punkt remembers each boundary's verdict, finds its candidates and runs of dots and
    # dashes its own way and tokenizes a verdict's context a piece at a time: the sentences (and
    # the words) must be those of the package's tokenizer as shipped.
    import punkt
    from punkt.rules.words import PunktWordTokenizer

    from presslens.text import _tokenizer

    shipped = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    assert list(_tokenizer().span_tokenize(text)) == list(shipped.span_tokenize(text))
    assert _tokenizer()._words.tokenize(text) == PunktWordTokenizer().tokenize(text)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(st.sampled_from(["a", "é", "e\u0301", ".", "..", ". .", ",", "!", "’", "(", "-", "--", " ",
                                             "\n", "\u00a0", "5", "_", "ǅ"]), max_size=12).map("".join))
def test_punkt_words_are_those_of_the_shipped_tokenizer(text):
    # The tokenizer of Punkt's verdicts reads a piece between white space at a time, a word of
    # letters (and a full stop) without its pattern.
    from punkt.rules.words import PunktWordTokenizer

    from presslens.text import _tokenizer

    assert _tokenizer()._words.tokenize(text) == PunktWordTokenizer().tokenize(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("«„‚‹a. \n\t")), max_size=12) | st.text(), st.data())
def test_opener_tail_is_the_search_it_skips(para, data):
    start = data.draw(st.integers(0, len(para)))
    end = data.draw(st.integers(start, len(para)))
    found, expected = text_module._opener_tail(para, start, end), text_module._OPENER_TAIL.search(para, start, end)
    assert (found and found.span(), found and found.span(1)) == (expected and expected.span(),
                                                                  expected and expected.span(1))


def _sentence_rows(articles: pd.DataFrame) -> pd.DataFrame:
    """split_sentences as first written, a row per sentence: what the table built by columns must equal."""
    rows = []
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        for sent_id, (para_id, s, e) in enumerate(sentence_spans(text)):
            rows.append((doc_id, para_id, sent_id, s, e, text[s:e]))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})


def test_sentence_table_equals_the_row_built_one(sample_articles):
    for articles in (sample_articles, sample_articles.iloc[:0], pd.DataFrame({"doc_id": ["a"], "text": [""]}),
                     pd.DataFrame({"doc_id": [1, 2], "text": ["Hi. There.\n\nNo „yes.", None]}),
                     pd.DataFrame({"doc_id": pd.Series(["a", "b"], dtype=object), "text": ["Hi. x", " "]})):
        pd.testing.assert_frame_equal(split_sentences(articles), _sentence_rows(articles))


_TAIL_PIECES = ["U", ".", "S", "Oct", "13", "Mr.", "Tarn", "said.", "“Go!”", "he", "J.", "x" * 30, "U.S.", "…", "The",
                '"', ",", "(D-Md.)", "no.", "5", "a.m.", "ET"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TAIL_PIECES), st.sampled_from([" ", "", "  "])), max_size=40)
       .map(lambda pairs: "".join(a + b for a, b in pairs)))
def test_continues_reads_only_a_sentences_last_characters(text):
    # Whether a sentence goes on past a boundary is read in its last _TAIL_REACH characters (a chain of merges, "U . S
    # . U . S …", makes one long sentence, and a copy of it at each boundary was quadratic): the sentences are those
    # of reading it whole.
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(text_module, "_TAIL_REACH", text_module._NAME_RUN + 1)
        short = sentence_spans(text)
        mp.setattr(text_module, "_TAIL_REACH", 10**9)
        assert sentence_spans(text) == short


def test_words_and_tokenize_on_the_wrong_input_name_the_fix():
    with pytest.raises(TypeError, match=r"words: takes the sentences table of split_sentences\(articles\), not str; "
                                        r"for the words of one text use tokenize\(text\)"):
        words("Ada Quill opened the Vellmark bridge.")
    with pytest.raises(ValueError, match="no column sent_id, start; make it with split_sentences"):
        words(pd.DataFrame({"doc_id": ["a"], "text": ["Ada Quill spoke."]}))
    with pytest.raises(TypeError, match="tokenize: text must be a string, not NoneType"):
        tokenize(None)


def test_a_run_without_a_sentence_end_is_cut_into_bounded_sentences_at_spaces():
    # A fictional transcript saved as one unpunctuated line (presslens run on a 5 MB one was killed for
    # memory: the portrayal of its 70,000 names copied the one 5 MB "sentence" for each of them).
    from presslens.text import LONGEST_SENTENCE

    line = " ".join(["the Umberton council met again and said nothing new about the ferry"] * 600)
    text = f"Ferry talks drag on.\n\n{line}\n\nThe next meeting is on Monday."
    s = split_sentences(pd.DataFrame({"doc_id": ["t"], "text": [text]}))
    lengths = (s["end"] - s["start"]).tolist()
    assert len(s) > 2 + len(line) // LONGEST_SENTENCE and max(lengths) <= LONGEST_SENTENCE
    assert all(text[a:b] == t and t == t.strip() for a, b, t in zip(s["start"], s["end"], s["text"]))
    # cut at spaces only: every word of the line is in one piece, none lost
    assert " ".join(s.loc[s["para_id"] == 1, "text"]) == line
    assert s["text"].iloc[0] == "Ferry talks drag on." and s["text"].iloc[-1] == "The next meeting is on Monday."


def test_lower_aligned_refuses_exactly_the_texts_holding_a_letter_of_case_odd():
    # lower_aligned looks for _CASE_ODD's four letters one at a time: the same texts refused as the class's search
    # refuses, at every code point (in the middle of a fictional word and alone) and in a longer fictional text.
    from presslens.text import _CASE_ODD, _CASE_ODD_LETTERS, lower_aligned

    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        for text in (c, f"Vel{c}mar"):
            expected = None if len(text.lower()) != len(text) or _CASE_ODD.search(text) else text.lower()
            assert lower_aligned(text) == expected, hex(cp)
    story = "Mayor Ada Quill of Brenholt said on Tuesday that the ferry’s route would reopen. "
    assert lower_aligned(story * 40) == (story * 40).lower()
    for odd in _CASE_ODD_LETTERS:
        assert lower_aligned(story * 20 + odd + story * 20) is None
    assert _CASE_ODD_LETTERS == "\u0130\u0131\u017f\u212a"


def _paragraphs_line_by_line(text: str) -> list[tuple[int, int]]:
    """paragraphs() built on a regex match per line (each line with its newline): the reference of the tests below."""
    import re

    from presslens.text import _LOWER_START, _OPEN_END

    spans, start, end, prev_line = [], None, 0, ""
    for match in re.finditer(r"[^\n]*\n?", text):
        line = match.group()
        if not line:
            break
        body = line.rstrip("\r\n")
        if not body.strip():
            if start is not None:
                spans.append((start, end))
                start = None
        else:
            wrapped = start is not None and _LOWER_START.match(body) and _OPEN_END.search(prev_line)
            if start is not None and not wrapped:
                spans.append((start, end))
                start = None
            if start is None:
                start = match.start() + len(body) - len(body.lstrip())
            end = match.start() + len(body.rstrip())
            prev_line = body
    if start is not None:
        spans.append((start, end))
    return spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab Q.,-\n\r\t\u00a0\u2028’", max_size=60))
def test_paragraphs_equal_a_line_by_line_reference(text):
    assert paragraphs(text) == _paragraphs_line_by_line(text)


def test_paragraphs_of_fictional_wire_copy_equal_the_line_by_line_reference():
    for text in ("BRENHOLT (Kestrel Wire) - The ferry\nresumed on Tuesday.\r\n\r\nMayor Ada Quill said so.\n",
                 "Headline\nBody line one and\ngoes on.\n\n\n  Indented para  \n", "", "\n\n", "one line", "a\r\r\nb"):
        assert paragraphs(text) == _paragraphs_line_by_line(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abc ", min_size=1, max_size=4).filter(lambda w: w.strip() == w and "  " not in w),
                min_size=1, max_size=6),
       st.text("abc ", max_size=30))
def test_alternation_as_a_trie_and_flat_finds_the_same_spans(words, text):
    # the trie is for speed, the flat one for patterns whose words are read back (the timeline's word scan)
    from presslens.timeline.lexicon import alternation as timeline_alternation

    trie, flat = (re.compile(text_module.alternation(words, flat=f)) for f in (False, True))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert timeline_alternation(words) == text_module.alternation(words, flat=True)
