"""Property tests (hypothesis): no extractor raises on any text, and every span it returns points
into the article (``text[start:end] == span_text``).

Texts are drawn from arbitrary Unicode (controls, combining marks, right-to-left and astral
characters), news-like noise, very long sentences, thousands of quotation marks and text without
any punctuation. Each analysis module is imported inside its test, so a module that is missing
skips its own test only.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

MAX_EXAMPLES = 120
SETTINGS = settings(max_examples=MAX_EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_QUOTES = ["“", "”", '"', "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "''", "``"]
_NEWS = _QUOTES + [
    " said ", " says ", " told reporters ", " according to ", " Mr. ", " Gen. ", " U.S. ", " Ada Quill ",
    " Premier Alda Voss ", " the Nordland Council ", " he ", " she ", " they ", " on Monday ",
    " last week ", " in March 2031 ", " 3.5 ", " by 2040 ", ", ", ". ", "! ", "? ", "!!!", "...", "…",
    ": ", "; ", " — ", " - ", "\n", "\n\n", "\r\n", "\t", " ", "(", ")", "[", "]", " good ", " terrible ",
    " not ", " very ", " 10:30 a.m. ", " yesterday ", " 2031-03-04 ", "é", "\u0301", "\u200b", "\u2028",
    "\u202e", "שלום", "مرحبا", "東京", "😀", "\x00", "\x7f", "\ufffd",
]

# Arbitrary code points (lone surrogates aside: Python text from files never holds them).
_ANY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
_NOISE = st.lists(st.sampled_from(_NEWS), max_size=80).map("".join)
_NO_PUNCTUATION = st.text(st.sampled_from("abcdefghij KLMNOP xyz éü ßø \n"), max_size=400)
_LONG_SENTENCE = st.tuples(st.lists(st.sampled_from(["the", "council", "Voss", "said", "bridge", "and",
                                                     "“", "”", "2031", "Monday"]), min_size=1, max_size=6),
                           st.integers(500, 3000)).map(lambda p: " ".join(p[0] * (p[1] // len(p[0]))))
_MANY_QUOTES = st.tuples(st.lists(st.sampled_from(_QUOTES + [" ", "a", " said Voss", "."]), min_size=1,
                                  max_size=4), st.integers(1000, 4000)).map(lambda p: "".join(p[0]) * (p[1] // len(p[0])))
TEXTS = st.one_of(_ANY, _NOISE, _NO_PUNCTUATION, _LONG_SENTENCE, _MANY_QUOTES)

# Fixed hostile inputs every run sees, whatever hypothesis draws.
EDGE = [
    "", " ", "\n\n\n", "\x00", '"' * 3000, "“" * 3000, "”“" * 1500, "‘’" * 2000, "«" * 2000 + "»",
    "“" + "word " * 5000, "said " * 3000, "Mr. " * 2000, "U.S. " * 2000, "." * 5000, "!" * 3000,
    "a" * 100_000, "no punctuation at all just words " * 2000, "\u0301" * 1000, "😀" * 2000,
    "שלום עולם " * 500, "\u202e“reversed” said Voss\u202c", "\u2028".join(["Line"] * 500),
    "Monday " * 2000, "2031 " * 2000, "“Go,” said " * 1000, "\r\n" * 1000, "\t \x0b\x0c" * 500,
]


def _articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"doc/{i}" for i in range(len(texts))], "text": list(texts)})


def _spans_valid(table: pd.DataFrame, texts: dict[str, str], start: str, end: str, span: str | None) -> None:
    for row in table.itertuples(index=False):
        text = texts[row.doc_id]
        s, e = getattr(row, start), getattr(row, end)
        assert 0 <= s <= e <= len(text), (s, e, len(text))
        if span is not None:
            assert text[s:e] == getattr(row, span)


def _sample(draw_text: str) -> tuple[pd.DataFrame, dict[str, str]]:
    # Two articles per example: the drawn text, and the same text inside a plain news paragraph.
    texts = [draw_text, f"Premier Alda Voss said on Monday: {draw_text} “It is done,” she said."]
    arts = _articles(*texts)
    return arts, dict(zip(arts["doc_id"], arts["text"]))


def _with_edges(*rest):
    """Add every :data:`EDGE` text as an explicit example (``rest``: the other arguments)."""
    def add(test):
        for text in EDGE:
            test = example(text, *rest)(test)
        return test
    return add


@SETTINGS
@given(TEXTS)
@_with_edges()
def test_sentences_and_words(text):
    from presslens.text import paragraphs, span_tokenize, split_sentences, tokenize, words

    arts, texts = _sample(text)
    sents = split_sentences(arts)
    _spans_valid(sents, texts, "start", "end", "text")
    for _, doc in sents.groupby("doc_id"):
        assert doc["sent_id"].tolist() == list(range(len(doc)))
        assert (doc["start"].iloc[1:].to_numpy() >= doc["end"].iloc[:-1].to_numpy()).all()
    _spans_valid(words(sents), texts, "start", "end", "text")
    assert all(0 <= s < e <= len(text) for s, e in span_tokenize(text))
    assert all(isinstance(t, str) and t for t in tokenize(text))
    assert all(0 <= s <= e <= len(text) for s, e in paragraphs(text))


@SETTINGS
@given(TEXTS)
@_with_edges()
def test_entity_mentions(text):
    entities = pytest.importorskip("presslens.entities")

    arts, texts = _sample(text)
    mentions = entities.find_mentions(arts)
    _spans_valid(mentions, texts, "start", "end", "text")
    assert ((mentions["start"] <= mentions["name_start"]) & (mentions["name_start"] <= mentions["name_end"])
            & (mentions["name_end"] <= mentions["end"])).all()
    assert set(mentions["kind"]) <= set(entities.KINDS)


@SETTINGS
@given(TEXTS, st.integers(-50, 5000), st.integers(-50, 5000))
@_with_edges(3, 40)
@example("Voss", 0, 4)
def test_sentiment_scores(text, start, end):
    sentiment = pytest.importorskip("presslens.sentiment")
    from presslens.text import split_sentences

    arts, _ = _sample(text)
    for value in (sentiment.score_text(text), sentiment.score_target(text, start, end),
                  sentiment.score_target(text, 0, len(text))):
        assert isinstance(value, float) and not math.isnan(value) and -1 <= value <= 1
    sents = split_sentences(arts)
    scored = sentiment.score_sentences(sents)
    assert len(scored) == len(sents) and scored["text"].tolist() == sents["text"].tolist()
    assert scored["compound"].between(-1, 1).all()
    assert scored[["pos", "neu", "neg"]].apply(lambda c: c.between(0, 1)).all().all()


@SETTINGS
@given(TEXTS)
@_with_edges()
@example("The council will vote on Tuesday, according\xa0to Mayor Ilse Varro.")
@example("The council will vote on Tuesday, according\r\n to\u200b Mayor Ilse Varro.")
def test_quotes(text):
    quotes = pytest.importorskip("presslens.quotes")
    from presslens.text import readable

    arts, texts = _sample(text)
    found = quotes.extract_quotes(arts)
    _spans_valid(found, texts, "start", "end", "content")
    cued = found[found["cue"].fillna("") != ""]
    _spans_valid(cued, texts, "cue_start", "cue_end", None)
    # The cue's words, white space between them as one space ("according\nto" is the cue "according to").
    assert all(" ".join(readable(texts[d][s:e]).split()) == cue
               for d, s, e, cue in zip(cued["doc_id"], cued["cue_start"], cued["cue_end"], cued["cue"]))
    spoken = found.dropna(subset=["speaker_start", "speaker_end"])
    _spans_valid(spoken.astype({"speaker_start": int, "speaker_end": int}), texts,
                 "speaker_start", "speaker_end", None)


@SETTINGS
@given(TEXTS, st.one_of(st.none(), st.dates().map(str)))
@_with_edges("2031-03-04")
def test_timexes(text, publication_date):
    timeline = pytest.importorskip("presslens.timeline")

    arts, texts = _sample(text)
    found = timeline.extract_timexes(arts, publication_date=publication_date)
    _spans_valid(found, texts, "start", "end", "text")


_BYTES = st.one_of(
    st.binary(max_size=600),
    TEXTS.flatmap(lambda t: st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
                  .map(lambda enc: t.encode(enc, errors="replace"))),
    st.lists(st.sampled_from([b'{"text": "', b'"}', b"\n", b"\r", b",", b'"', b"\x00", b"\xff", b"\xc3",
                              b"Voss said", b"[", b"{", b"}", b"]", b'"id": 1', b"text,title", b"\t"]),
             max_size=60).map(b"".join),
)


@settings(max_examples=4 * MAX_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_BYTES)
def test_decoding_and_wire_parsing(data):
    from presslens.corpus import decode, infer_publication_date, parse_wire_text

    try:
        raw = decode(data)
    except ValueError:
        return
    parsed = parse_wire_text(raw)
    assert parsed["text"] in raw and parsed["text"] == parsed["text"].strip()
    infer_publication_date(parsed["text"], caption=parsed["caption"], path="a-2031-03-04.txt")


@settings(max_examples=2 * MAX_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(_BYTES, st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".tsv"]))
def test_any_bytes_in_any_format_load_or_are_reported(tmp_path_factory, data, suffix):
    from presslens.corpus import load_corpus, skipped

    folder = tmp_path_factory.mktemp("bytes")
    (folder / f"article{suffix}").write_bytes(data)
    df = load_corpus(folder)
    # Nothing vanishes: the file gave articles, or it (or each of its records) is in the report.
    assert len(df) + len(skipped(df)) >= 1
    assert df["text"].map(lambda t: bool(t.strip())).all()
