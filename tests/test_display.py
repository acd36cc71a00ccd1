"""Articles annotated in place: every span of the tables highlighted once at its offsets, spans
nested when they overlap, untrusted text shown as text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import presslens
from presslens import display
from presslens.sentiment import mention_tone

from conftest import SAMPLE


class _Pieces(HTMLParser):
    """The elements of an annotated article: for each ``data-id``, its pieces (data-start, data-end,
    the text inside); the text of each paragraph; the tags seen (to find markup that got through)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.pieces: dict[str, list[list]] = {}
        self.paragraphs: list[list] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "span" and "data-id" in attrs:
            piece = [int(attrs["data-start"]), int(attrs["data-end"]), "", attrs]
            self.pieces.setdefault(attrs["data-id"], []).append(piece)
            attrs["_piece"] = piece
        if tag == "p" and "data-start" in attrs:
            piece = [int(attrs["data-start"]), int(attrs["data-end"]), ""]
            self.paragraphs.append(piece)
            attrs["_piece"] = piece
        self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] in ("style", "title"):
            return
        self.text.append(data)
        for _, attrs in self.stack:
            if "_piece" in attrs:
                attrs["_piece"][2] += data


def _parse(markup: str) -> _Pieces:
    parser = _Pieces()
    parser.feed(markup)
    parser.close()
    assert not parser.stack, f"unclosed elements: {[t for t, _ in parser.stack]}"
    return parser


def _assert_once_at_offsets(parsed: _Pieces, text: str, ident: str, start: int, end: int) -> None:
    pieces = sorted(parsed.pieces.get(ident, []))
    assert pieces, f"{ident} ({text[start:end]!r}) is not highlighted"
    for s, e, inner, _ in pieces:
        assert inner == text[s:e], (ident, inner, text[s:e])
    # The pieces tile the span, leaving out only the white space between paragraphs.
    assert pieces[0][0] == start and pieces[-1][1] == end, (ident, pieces, start, end)
    for (_, e1, _, _), (s2, _, _, _) in zip(pieces, pieces[1:]):
        assert e1 <= s2 and not text[e1:s2].strip(), (ident, pieces)


@pytest.fixture(scope="module")
def sample():
    articles = presslens.load_corpus(SAMPLE)
    tables = presslens.analyse(articles)
    tables["mentions"] = mention_tone(articles, tables["mentions"], tables["sentences"])
    return articles, tables


def test_every_quote_timex_and_mention_of_the_sample_is_highlighted_once_at_its_offsets(sample):
    articles, tables = sample
    doc_id = articles["doc_id"].iat[0]
    text = articles["text"].iat[0]
    markup = display.show(articles, doc_id, tables)
    parsed = _parse(markup)
    quotes, timexes, mentions = tables["quotes"], tables["timexes"], tables["mentions"]
    assert len(quotes) and len(timexes) and len(mentions)
    expected = {}
    for q in quotes.itertuples():
        expected[f"quote-{q.quote_id}"] = (q.start, q.end)
        if not pd.isna(q.speaker_start):
            expected[f"quote-{q.quote_id}-speaker"] = (q.speaker_start, q.speaker_end)
        if not pd.isna(q.cue_start):
            expected[f"quote-{q.quote_id}-cue"] = (q.cue_start, q.cue_end)
    expected |= {f"timex-{i}": (r.start, r.end) for i, r in enumerate(timexes.itertuples())}
    expected |= {f"mention-{i}": (r.start, r.end) for i, r in enumerate(mentions.itertuples())}
    expected |= {f"event-{i}": (r.head_start, r.head_end) for i, r in enumerate(tables["events"].itertuples())
                 if not pd.isna(r.head_start)}
    for ident, (start, end) in expected.items():
        _assert_once_at_offsets(parsed, text, ident, int(start), int(end))
    assert set(parsed.pieces) == set(expected), "elements that match no row of the tables"
    # The paragraphs hold the article's text as it stands, nothing added or lost.
    assert [p[2] for p in parsed.paragraphs] == [text[s:e] for s, e in presslens.text.paragraphs(text)]
    # Each quote names its speaker and cue; each timex carries its value; each mention its tone.
    for q in quotes.itertuples():
        first = sorted(parsed.pieces[f"quote-{q.quote_id}"])[0][3]
        assert first["data-who"].startswith(q.speaker) and f"speaker: {q.speaker}" in first["title"]
    for i, r in enumerate(timexes.itertuples()):
        if r.value:
            assert sorted(parsed.pieces[f"timex-{i}"])[-1][3]["data-value"] == r.value
    column = display.tone_column(mentions)
    assert column is not None
    for i, tone in enumerate(mentions[column]):
        assert f"{tone:+.2f}" in parsed.pieces[f"mention-{i}"][0][3]["title"]


def test_the_portrayal_column_is_preferred_to_tone(sample):
    articles, tables = sample
    mentions = tables["mentions"].assign(portrayal=-0.9, tone=0.9)
    assert display.tone_column(mentions) == "portrayal"
    markup = display.show(articles, articles["doc_id"].iat[0], {"mentions": mentions})
    assert "−0.5" in markup and "-0.90" in markup and "+0.90" not in markup
    assert display.tone_column(mentions.drop(columns=["portrayal", "tone"])) is None


def _fictional(title: str, text: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["x1"], "title": [title], "text": [text], "outlet": ["<i>The Gazette</i>"],
                         "published": [pd.Timestamp("2031-03-04")], "url": ["javascript:alert(1)"]})


def test_untrusted_markup_in_title_body_and_tables_is_shown_as_text():
    title = "<script>alert('title')</script> Mayor & <b>council</b>"
    text = ('Mayor Ada Quill <img src=x onerror="alert(1)"> said on Tuesday: '
            '"We will <a href=javascript:alert(2)>fix</a> the bridge & road."\n\nNothing more.')
    articles = _fictional(title, text)
    q0 = text.index('"') + 1
    quotes = pd.DataFrame({"doc_id": ["x1"], "quote_id": [0], "kind": ["direct"], "start": [q0],
                           "end": [text.index('."') + 1], "speaker": ['Ada "<u>" Quill'],
                           "cue": ["said"], "cue_start": [text.index("said")], "cue_end": [text.index("said") + 4],
                           "speaker_start": [6], "speaker_end": [15]})
    timexes = pd.DataFrame({"doc_id": ["x1"], "start": [text.index("Tuesday")],
                            "end": [text.index("Tuesday") + 7], "type": ["DATE"], "value": ['"><b>x']})
    markup = display.show(articles, "x1", {"quotes": quotes, "timexes": timexes})
    parsed = _parse(markup)
    assert set(parsed.tags) <= {"div", "style", "h2", "p", "span", "b", "code"}
    shown = "".join(parsed.text)
    assert title in shown and "<img src=x onerror=\"alert(1)\">" in shown
    assert "a" not in parsed.tags  # a javascript: address is not made a link
    assert sorted(parsed.pieces["quote-0"])[0][3]["data-who"] == 'Ada "<u>" Quill · said'
    assert parsed.pieces["timex-0"][0][3]["data-value"] == '"><b>x'


def test_crossing_spans_are_cut_and_nest():
    text = "Ivo Brant wrote that the Harbour Board met last Friday evening in Quillport."
    articles = _fictional("A fictional harbour", text)
    q = (text.index("the Harbour"), text.index(" in Quillport"))
    # A mention crossing the quote's end, a timex inside it, and a timex crossing the mention.
    mentions = pd.DataFrame({"doc_id": "x1", "start": [text.index("Board"), 0],
                             "end": [text.index(" evening"), 9], "entity": ["Harbour Board", "Ivo Brant"],
                             "kind": ["ORG", "PERSON"], "tone": [-0.7, 0.2]})
    timexes = pd.DataFrame({"doc_id": "x1", "start": [text.index("last")], "end": [text.index(" in")],
                            "type": ["TIME"], "value": ["2031-02-28TEV"]})
    quotes = pd.DataFrame({"doc_id": "x1", "quote_id": [7], "kind": ["indirect"], "start": [q[0]],
                           "end": [text.index(" last")], "speaker": ["Ivo Brant"], "cue": ["wrote"],
                           "speaker_start": [0], "speaker_end": [9], "cue_start": [10], "cue_end": [15]})
    parsed = _parse(display.show(articles, "x1", {"quotes": quotes, "timexes": timexes, "mentions": mentions}))
    for ident, (s, e) in {"quote-7": (q[0], text.index(" last")), "mention-0": (text.index("Board"),
                          text.index(" evening")), "timex-0": (text.index("last"), text.index(" in")),
                          "mention-1": (0, 9), "quote-7-speaker": (0, 9), "quote-7-cue": (10, 15)}.items():
        _assert_once_at_offsets(parsed, text, ident, s, e)
    assert len(parsed.pieces["timex-0"]) == 2  # cut where the mention it crosses ends


def test_an_excerpt_shows_the_paragraph_around_a_span(sample):
    articles, tables = sample
    text = articles["text"].iat[0]
    q = tables["quotes"].iloc[-1]
    markup = display.show(articles, articles["doc_id"].iat[0], tables, span=(q.start, q.end), legend=False)
    parsed = _parse(markup)
    assert len(parsed.paragraphs) == 1 and parsed.paragraphs[0][2] in text
    assert "pl-focus" in sorted(parsed.pieces[f"quote-{q.quote_id}"])[0][3]["class"]
    assert "class=\"pl-legend\"" not in markup
    with pytest.raises(KeyError):
        display.show(articles, "no-such-article", tables)


def test_excerpts_show_each_row_in_its_paragraph(sample):
    articles, tables = sample
    quotes = tables["quotes"].head(3)
    parsed = _parse(display.excerpts(articles, quotes, tables, label="speaker"))
    text = articles["text"].iat[0]
    # one excerpt per paragraph: two quotes of one paragraph share it (Trump's two Truth Social posts)
    held = {next(n for n, (a, b) in enumerate(presslens.text.paragraphs(text)) if a <= q.start < b)
            for q in quotes.itertuples()}
    assert len(parsed.paragraphs) >= len(held) and len(held) < len(quotes)
    for q in quotes.itertuples():
        _assert_once_at_offsets(_parse(display.show(articles, q.doc_id, tables, span=(q.start, q.end))),
                                text, f"quote-{q.quote_id}", q.start, q.end)
    assert "(nothing to show)" in display.excerpts(articles, quotes.iloc[0:0], tables)


def test_interactive_tables_hold_the_plain_table_escaped():
    from presslens import plots

    table = pd.DataFrame({"speaker": ["<b>Ada Quill</b>"], "quotes": [2]})
    markup = plots.interactive(table)._repr_html_()
    assert "&lt;b&gt;Ada Quill&lt;/b&gt;" in markup and "<b>Ada Quill</b>" not in markup
    assert "<td" in markup
    # Offline: the DataTables library is embedded, never fetched.
    assert not re.search(r"<script[^>]*\bsrc=|import[^;]*https?://", markup)



def _paragraph_html_plain(text: str, p_start: int, p_end: int, spans: list) -> str:
    """display._paragraph_html without its sweep: every span of the paragraph looked at for every
    piece between two cuts; what closes there closes with all opened inside it (and all below it when
    more of those go on than stay open), and what goes on opens again with what begins there, the one
    ending last outermost."""
    inside = [s for s in spans if s.start < p_end and s.end > p_start]
    cuts = sorted({p_start, p_end} | {min(max(x, p_start), p_end) for s in inside for x in (s.start, s.end)})
    order = {id(s): n for n, s in enumerate(sorted(inside, key=lambda s: (s.start, -s.end, s.layer)))}
    events, ends, stack = [], {}, []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in inside if s.start <= a and s.end >= b]
        keep = 0
        while keep < len(stack) and any(stack[keep][0] is s for s in active):
            keep += 1
        if sum(any(t is s for s in active) for t, _ in stack[keep:]) > keep:
            keep = 0
        while len(stack) > keep:
            ends[stack.pop()[1]] = a
            events.append(("close",))
        opening = [s for s in active if not any(s is t for t, _ in stack)]
        for span in sorted(opening, key=lambda s: (-s.end, order[id(s)])):
            stack.append((span, len(events)))
            events.append(("open", span, a))
        events.append(("text", a, b))
    while stack:
        ends[stack.pop()[1]] = p_end
        events.append(("close",))
    out = []
    for n, event in enumerate(events):
        if event[0] == "text":
            out.append(html.escape(text[event[1]:event[2]], quote=False))
        elif event[0] == "open":
            span, start = event[1], event[2]
            out.append(f"<span {display._attrs(span, start, ends[n], start <= span.start, ends[n] >= span.end)}>")
        else:
            out.append("</span>")
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 70), st.integers(1, 25), st.integers(0, 3)), max_size=14),
       st.integers(0, 30), st.integers(31, 80))
def test_paragraph_html_by_sweep_is_the_plain_search(raw, p_start, p_end):
    # _paragraph_html finds the spans over each piece by one sweep (it looked through every span
    # for every piece: minutes on a 5 MB one-paragraph article with tens of thousands of quotes).
    text = "Ada Quill said the fictional bridge would open, and the council agreed at last. " * 2
    spans = [display._Span(s, min(s + n, len(text)), layer, ("quote", "timex", "mention", "event")[layer], f"x{i}")
             for i, (s, n, layer) in enumerate(raw)]
    assert display._paragraph_html(text, p_start, p_end, spans) == _paragraph_html_plain(text, p_start, p_end, spans)


def test_an_excerpt_of_a_very_long_paragraph_is_the_stretch_around_its_row():
    # A whole article on one line: each excerpt held all of it (the 03 notebook's 20 excerpts of a
    # 5 MB one-line article: 100 MB of HTML); now the stretch around the row, cut at spaces.
    filler = "The fictional council met again and the harbour stayed calm. " * 300
    quote = "“The bridge opens on Friday,” Ada Quill said."
    text = filler + quote + " " + filler
    start = len(filler)
    articles = pd.DataFrame({"doc_id": ["long"], "text": [text]})
    rows = pd.DataFrame({"doc_id": ["long"], "start": [start], "end": [start + len(quote)]})
    out = str(display.excerpts(articles, rows))
    body = re.sub(r"<[^>]+>", "", out.split('<div class="pl-body">', 1)[1])
    assert quote in html.unescape(body) and len(body) < 2 * display.EXCERPT_CONTEXT + len(quote) + 100
    assert body.startswith("… ") and body.rstrip().endswith(" …") and "  " not in body
    short = pd.DataFrame({"doc_id": ["s"], "text": ["Ada Quill said it. " * 100]})  # under the bound: whole
    assert html.unescape(re.sub(r"<[^>]+>", "", str(display.excerpts(
        short, pd.DataFrame({"doc_id": ["s"], "start": [0], "end": [9]}))).split('<div class="pl-body">', 1)[1])) \
        == short["text"][0].strip()


def test_an_excerpt_beyond_a_very_long_paragraph_still_shows_a_stretch_of_it():
    # A stretch no paragraph holds (offsets past the text, from another version of it) shows every
    # paragraph; a very long one was cut to an empty window that began after its end.
    filler = "The fictional council met again and the harbour stayed calm. " * 300
    text = filler.strip() + "\n\nThe ferry sailed."
    articles = pd.DataFrame({"doc_id": ["long"], "text": [text]})
    out = str(display.show(articles, "long", span=(len(text) + 1000, len(text) + 1010)))
    windows = [(int(a), int(b)) for a, b in re.findall(r'<p data-start="(\d+)" data-end="(\d+)">', out)]
    assert all(a < b for a, b in windows) and len(windows) == 2
    body = html.unescape(re.sub(r"<[^>]+>", "", out.split('<div class="pl-body">', 1)[1]))
    assert "harbour stayed calm" in body and "The ferry sailed." in body


def test_each_paragraph_is_given_only_the_spans_over_it(monkeypatch):
    # An article of 3 MB (20,000 paragraphs, 200,000 spans) kept `presslens run` writing its page for
    # hours: every paragraph looked through every span. Counted, not timed: the spans handed over.
    paragraph = 'Mayor Ilse Varro spoke. "The Caldry dock opens," she said.\n\n'
    text = paragraph * 150 + '"The ferry is late\n\nagain," said Nell Sato.'
    starts = [n * len(paragraph) + paragraph.index('"') + 1 for n in range(150)] + [150 * len(paragraph) + 1]
    ends = [s + len("The Caldry dock opens,") for s in starts[:-1]] + [text.index('," said Nell')]
    quotes = pd.DataFrame({"doc_id": "long", "quote_id": range(151), "kind": "direct", "start": starts,
                           "end": ends, "speaker": ["Ilse Varro"] * 150 + ["Nell Sato"], "cue": "said"})
    articles = pd.DataFrame({"doc_id": ["long"], "text": [text]})
    handed = []
    plain = display._paragraph_html
    monkeypatch.setattr(display, "_paragraph_html",
                        lambda t, a, b, spans: handed.append(len(spans)) or plain(t, a, b, spans))
    parsed = _parse(display.show(articles, "long", {"quotes": quotes}))
    assert len(handed) == 152 and sum(handed) == 152  # one quote over each paragraph, the last over two
    # The quote that runs over two paragraphs is still given to both and cut where they part.
    assert len(parsed.pieces["quote-150"]) == 2 and len(parsed.pieces["quote-7"]) == 1


def test_two_quotes_of_one_paragraph_share_one_excerpt_each_outlined():
    text = ('"The ferry will sail," said Ada Quill. "Not before March," said Ivo Brant.\n\n'
            "The Quillport board meets on Friday.\n\n"
            '"We are ready," said Nella Orrin.')
    articles = pd.DataFrame({"doc_id": ["ferry"], "text": [text]})
    spans = [(text.index('"The'), text.index(" said Ada")), (text.index('"Not'), text.index(" said Ivo")),
             (text.index('"We'), text.index(" said Nella"))]
    quotes = pd.DataFrame({"doc_id": ["ferry"] * 3, "quote_id": [0, 1, 2], "start": [a for a, _ in spans],
                           "end": [b for _, b in spans], "speaker": ["Ada Quill", "Ivo Brant", "Nella Orrin"],
                           "kind": ["direct"] * 3})
    shown = str(display.excerpts(articles, quotes, {"quotes": quotes}, label="speaker"))
    assert shown.count('class="pl-excerpt"') == 2 and shown.count("The ferry will sail") == 1
    assert "Ada Quill / Ivo Brant" in shown and shown.count('pl-focus"') == 3


def _crossing_quotes(count: int) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """A fictional unpunctuated sentence naming people again and again, each name the speaker of a quote
    running over the next dozen names: every quote crosses a dozen others."""
    names = ["Ada Quill", "Borin Eskel", "Velda Tasso", "Orrin Brant", "Tilde Voss"]
    text, starts = "", []
    for i in range(count):
        starts.append(len(text))
        text += f"{names[i % len(names)]} told the Quillport Gazette that the harbour toll "
    text += "would rise."
    rows = [{"doc_id": "x1", "quote_id": i, "kind": "indirect", "start": s + 29,
             "end": min(s + 29 + 12 * 73, len(text)),
             "speaker": names[i % len(names)], "speaker_start": s, "speaker_end": s + len(names[i % len(names)]),
             "cue": "told", "cue_start": text.index("told", s), "cue_end": text.index("told", s) + 4,
             "speaker_description": "the fictional harbour master of Quillport and chair of its toll board"}
            for i, s in enumerate(starts)]
    return _fictional("Tolls", text), {"quotes": pd.DataFrame(rows)}


def test_the_page_of_quotes_crossing_each_other_stays_a_few_times_its_text():
    # Crossing quotes are cut at the edges of others; the tooltip goes on a span's first and last piece
    # only (news cuts a span once at most), so the page grows with the pieces, not with their titles, and
    # the pieces reopened at a quote's end nest by their ends, so the next ends do not cut them again.
    articles, tables = _crossing_quotes(200)
    text = articles["text"].iat[0]
    page = display.article_page(articles, "x1", tables)
    parsed = _parse(display.show(articles, "x1", tables))
    for q in tables["quotes"].itertuples():
        _assert_once_at_offsets(parsed, text, f"quote-{q.quote_id}", q.start, q.end)
        pieces = sorted(parsed.pieces[f"quote-{q.quote_id}"])
        assert "title" in pieces[0][3] and "title" in pieces[-1][3]
    assert len(page) < 26 * len(text)  # 68x with a title on every piece; 41x, 28x before each reopening rule


def test_a_mentions_colour_and_hover_give_the_label_its_tables_give():
    # The hover showed the bare score, and the colour put -0.05 among the negative mentions and 0.5 among the
    # positive ones, where label_names calls -0.05 neutral and the legend puts 0.5 under "very positive (≥ 0.5)".
    text = "Mayor Ada Quill met Brel Onmar, Cato Vint and Dara Sulk in Farrowby."
    articles = _fictional("Fictional meeting", text)
    names = ["Ada Quill", "Brel Onmar", "Cato Vint", "Dara Sulk"]
    tones = [-0.05, 0.5, -0.81, 0.05]
    mentions = pd.DataFrame({"doc_id": "x1", "entity": names, "kind": "PERSON", "portrayal": tones,
                             "start": [text.index(n) for n in names], "end": [text.index(n) + len(n) for n in names]})
    pieces = _parse(display.show(articles, "x1", {"mentions": mentions})).pieces
    shown = {pieces[f"mention-{i}"][0][3]["title"].split("\n")[1]: pieces[f"mention-{i}"][0][3]["style"]
             for i in range(len(names))}
    bins = {label.split(" (")[0]: colour for _, colour, label in display.TONE_BINS}
    assert shown == {"portrayal: -0.05 (neutral)": f"--pl-tone:{bins['neutral']}",
                     "portrayal: +0.50 (very positive)": f"--pl-tone:{bins['very positive']}",
                     "portrayal: -0.81 (very negative)": f"--pl-tone:{bins['very negative']}",
                     "portrayal: +0.05 (neutral)": f"--pl-tone:{bins['neutral']}"}


def test_the_most_negative_and_positive_sentences_are_shown_in_their_paragraph_with_their_tone():
    # Notebook 02 listed its most negative and most positive sentences as a table of doc_id, sent_id and compound:
    # a sentence out of its article, its score without the band the pages and tables give it.
    text = ("The Wendle ferry sank at its pier.\n\nThe harbour master called it a disgrace. "
            "Crews worked through the night.\n\nBy Friday the fictional port was calm and grateful.")
    articles = pd.DataFrame({"doc_id": ["wendle-1"], "text": [text], "title": ["Ferry sinks at Wendle"],
                             "outlet": ["Wendle Courier"]})
    starts = [0, text.index("The harbour"), text.index("Crews"), text.index("By Friday")]
    ends = [text.index(".", s) + 1 for s in starts]
    scored = pd.DataFrame({"doc_id": "wendle-1", "sent_id": range(4), "start": starts, "end": ends,
                           "text": [text[a:b] for a, b in zip(starts, ends)], "compound": [-0.2, -0.62, 0.0, 0.7]})
    shown = display.extreme_sentences(articles, scored, n=2)
    captions = re.findall(r"sentence tone ([-+]\d\.\d\d \([a-z ]+\))", shown)
    # the two most negative, the most positive; a neutral sentence is evidence of neither
    assert captions == ["-0.62 (very negative)", "-0.20 (negative)", "+0.70 (very positive)"]
    assert "Crews worked through the night." in shown and "Ferry sinks at Wendle" in shown  # in its paragraph
    assert len(re.findall(r"sentence tone ", display.extreme_sentences(articles, scored.head(3), n=5))) == 2


def test_a_page_gives_each_mark_an_anchor_the_report_links_to(sample):
    # The report links a speaker's quote (page#quote-3) and a timeline row's event word (page#event-1) to their
    # marks, but the marks carried only data-id: the links opened the page at its top.
    articles, tables = sample
    doc_id = articles["doc_id"].iat[0]
    page = display.article_page(articles, doc_id, tables)
    ids = re.findall(r'<span [^>]*\sid="([^"]+)"', page)
    idents = re.findall(r'<span [^>]*data-id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) == len(set(idents)) and set(ids) == set(idents)  # one anchor each, first piece
    quote = tables["quotes"][tables["quotes"]["doc_id"] == doc_id].iloc[0]
    assert re.search(rf'<span [^>]*data-start="{quote.start}"[^>]*\sid="quote-{quote.quote_id}"', page)
    # an excerpt shows several articles' marks in one notebook: no anchors there, whose names would repeat
    assert not re.search(r'<span [^>]*\sid="', str(display.excerpts(articles, tables["quotes"], tables)))
