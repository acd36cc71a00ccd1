"""Readable tables: escaped, wrapped, with safe links."""

from __future__ import annotations

import re

import pandas as pd

from presslens import plots
from presslens.plots import readable


def _html(table: pd.DataFrame, **kwargs) -> str:
    return readable(table, **kwargs).to_html()


def test_cells_are_escaped_so_article_markup_never_renders():
    page = _html(pd.DataFrame({"text": ['<script>alert("x")</script><img src=x onerror=alert(1)>']}))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_only_web_addresses_become_links():
    table = pd.DataFrame({"url": ["https://news.example/story?id=1&page=2", "javascript:alert(1)",
                                  "file:///etc/passwd", None, 'http://x.example/"><script>']})
    links = re.findall(r'<a href="([^"]*)"', _html(table))
    assert links == ["https://news.example/story?id=1&amp;page=2", "http://x.example/&#34;&gt;&lt;script&gt;"]
    assert "<script>" not in _html(table)


def test_long_text_wraps_and_rows_are_capped():
    table = pd.DataFrame({"quote": ["word " * 40] * 300, "short": ["a"] * 300})
    page = _html(table, wrap=50, rows=20)
    assert "white-space: pre-wrap" in page and "max-width: 50ch" in page
    assert len(re.findall(r"<tr>", page)) == 21  # header + 20 rows
    styled_columns = set(re.findall(r"_row\d+_col(\d+)", page.split("</style>")[0]))
    assert styled_columns == {"0"}


def test_text_of_megabytes_is_cut_in_a_readable_table():
    # A whole article on one line is one sentence: notebook 02's extremes and 03's quote contexts
    # showed it whole (5 MB of HTML per cell); the table keeps its first `longest` characters.
    sentence = "the council said the fictional bridge would open " * 400
    table = pd.DataFrame({"doc_id": ["a", "b"], "text": [sentence, "A short fictional sentence."]})
    page = _html(table)
    assert len(page) < 6_000 and f"… ({len(sentence):,} characters)" in page
    assert "A short fictional sentence." in page and table["text"][0] == sentence  # the table itself untouched
    assert sentence.strip() in _html(table, longest=None)


def test_an_interactive_table_holds_a_bounded_amount_of_text():
    # Notebook 03's quote table on one long article written as one sentence: every indirect quote's
    # context is thousands of characters, and 2,000 rows of 2,000 (readable's cut) made about 11 MB
    # of output. The table keeps the rows whose text fits in most_text (a million characters by
    # default; less here, to stay quick), and says so.
    from presslens.quotes import in_context

    words = "the harbour board said that the fictional ferry to Caldry would keep sailing while the pier is mended and "
    text = (words * 120).strip()  # one line, one sentence
    n = 400
    starts = [(i * 7) % 9000 for i in range(n)]
    quotes = pd.DataFrame({"doc_id": ["long"] * n, "kind": ["indirect"] * n, "speaker": ["the harbour board"] * n,
                           "start": starts, "end": [a + 3000 for a in starts], "cue_start": starts,
                           "cue_end": [a + 4 for a in starts]})
    shown = in_context(quotes, pd.DataFrame({"doc_id": ["long"], "text": [text]}))[["doc_id", "speaker", "context"]]
    markup = plots.interactive(shown, most_text=200_000)._repr_html_()
    assert markup.count("the harbour board</td>") == 2 * 98  # the table and its fallback without JavaScript
    assert "The first 98 of 400 rows: their text reaches 200,000 characters" in markup
    short = shown.assign(context="a fictional quote")  # a table of short texts: every row
    assert "The first" not in plots.interactive(short, most_text=200_000)._repr_html_()


def test_a_column_of_dates_without_a_time_of_day_reads_as_dates():
    # Notebooks 02 and 04 showed every publication date as "2031-05-04 00:00:00": a time no article gave.
    table = pd.DataFrame({"published": pd.to_datetime(["2031-05-04", None, "2031-05-06"]),
                          "seen": pd.to_datetime(["2031-05-04 08:30", "2031-05-05 00:00", None])})
    shown = plots.readable(table).to_html()
    assert ">2031-05-04<" in shown and ">2031-05-06<" in shown and "00:00:00" not in shown.replace(
        "2031-05-05 00:00:00", "")
    assert "2031-05-04 08:30:00" in shown  # a column holding a time of day keeps it
