"""Web pages: datelines, bylines and "Updated" lines are metadata, not text; the outlet comes from
the page's metadata in each form it takes, then from the address, and ``outlet_source`` says which."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from presslens.corpus import load_corpus, skipped
from presslens.corpus.html import meta_lines

from conftest import FIXTURES

PAGES = FIXTURES / "html_meta"  # fictional pages


@pytest.fixture(scope="module")
def pages():
    return load_corpus(PAGES).set_index("doc_id")


def test_dateline_byline_and_updated_line_become_metadata(pages):
    page = pages.loc["jsonld_dateline"]
    assert page["published"] == pd.Timestamp("2025-05-12 07:30")  # the page's day, with its time
    assert page["updated"] == pd.Timestamp("2025-05-13 09:05")
    assert page["author"] == "Tamsin Vale, Orrin Tal"
    assert page["text"].startswith("The fictional Quillport ferry")
    assert "Published" not in page["text"] and "Updated" not in page["text"] and "Tamsin" not in page["text"]
    # A sentence that starts like a byline stays text.
    assert page["text"].endswith("By Friday the board expects to publish the full timetable for the summer "
                                 "season on its website.")


def test_posted_line_dates_a_page_without_date_metadata(pages):
    page = pages.loc["host_only"]
    assert page["published"] == pd.Timestamp("2025-03-04 14:10") and page["published_source"] == "metadata"
    assert not page["text"].startswith("Posted")


def test_metadata_dates_win_over_a_later_updated_line(pages):
    page = pages.loc["publisher_meta"]
    assert page["published"] == pd.Timestamp("2024-11-02") and page["updated"] == pd.Timestamp("2024-11-03")
    assert page["author"] == "Ivo Brant" and page["text"].startswith("Engineers")


@pytest.mark.parametrize("doc_id, outlet, source", [
    ("jsonld_dateline", "Kestrel Courier", "json-ld"),
    ("publisher_meta", "Nordland Evening Star", "publisher"),
    ("host_only", "lindenbrook-gazette.example", "url host"),
])
def test_outlet_and_where_it_came_from(pages, doc_id, outlet, source):
    assert (pages.loc[doc_id, "outlet"], pages.loc[doc_id, "outlet_source"]) == (outlet, source)


def test_outlet_source_of_other_readers():
    page = load_corpus(FIXTURES / "corpus" / "page.html").iloc[0]
    assert (page["outlet"], page["outlet_source"]) == ("Umberton Post", "og:site_name")
    records = load_corpus(FIXTURES / "corpus" / "records.jsonl")
    assert set(records["outlet_source"].dropna()) <= {"metadata"}
    assert (records["outlet_source"].isna() == records["outlet"].isna()).all()


@pytest.mark.parametrize("text, kept, found", [
    ("Published 12 May 2025, 7:30am\nBody.", "Body.", {"published": datetime(2025, 5, 12, 7, 30)}),
    ("Last updated: Tuesday 4 March 2025 at 14:10 GMT\nBody.", "Body.", {"updated": datetime(2025, 3, 4, 14, 10)}),
    ("BY ADA QUILL | Kestrel Courier\nBody.", "Body.", {"author": "ADA QUILL"}),
    ("By Monday the ferry will sail.\nBody.", "By Monday the ferry will sail.\nBody.", {}),
    ("By Ada Quill\nBody.", "Body.", {"author": "Ada Quill"}),
    ("Published by the harbour board in 2025, the report was short.", None, {}),
    ("Updated timetables are posted on 12 May.", None, {}),
    ("By Tuesday, 12 May 2025\nBody.", None, {}),
])
def test_meta_lines_take_only_lines_that_hold_nothing_else(text, kept, found):
    assert meta_lines(text) == (text if kept is None else kept, found)


MHTML = (
    "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.quillport-herald.example/ferry\r\n"
    "Subject: Ferry sails again\r\nDate: Tue, 13 May 2025 10:15:00 -0000\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--q1"\r\n\r\n'
    "------MultipartBoundary--q1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://www.quillport-herald.example/ferry\r\n\r\n"
    "<html><head><title>Ferry sails again</title></head><body><article><h1>Ferry sails again</h1>=\r\n"
    "<p>The fictional Quillport ferry sails again on Tuesday, its owner said. =E2=80=9CWe are back,=E2=80=9D =\r\n"
    "said captain Orrin Tal.</p><p>The crossing to the fictional islands takes forty minutes.</p>"
    "</article></body></html>\r\n"
    "------MultipartBoundary--q1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
    "Content-Location: https://www.quillport-herald.example/logo.png\r\n\r\niVBORw0KGgo=\r\n"
    "------MultipartBoundary--q1--\r\n")


def test_a_page_saved_as_one_file_mhtml_is_read_as_its_page(tmp_path):
    # Chrome's "Save as single file" of a fictional page: it was 'unsupported file type .mhtml'.
    (tmp_path / "ferry.mhtml").write_bytes(MHTML.encode("ascii"))
    (tmp_path / "images.mht").write_bytes(MHTML.replace("text/html", "text/plain").encode("ascii"))
    df = load_corpus(tmp_path)
    page = df.set_index("doc_id").loc["ferry"]
    assert page["text"].startswith("The fictional Quillport ferry sails again on Tuesday, its owner said. "
                                   "“We are back,” said captain Orrin Tal.")
    assert (page["title"], page["url"]) == ("Ferry sails again", "https://www.quillport-herald.example/ferry")
    assert (page["outlet"], page["outlet_source"]) == ("quillport-herald.example", "url host")
    # The page gives no date: the time it was saved, as a web archive's capture time.
    assert (page["published"], page["published_source"]) == (pd.Timestamp("2025-05-13 10:15"), "crawl")
    assert skipped(df)["reason"].tolist() == ["no web page inside (an MHTML file holds its page as a text/html part)"]


def test_a_page_is_read_in_the_charset_it_declares_when_it_is_not_utf8(tmp_path):
    # Fictional pages: a Cyrillic one in windows-1251 was skipped as "not text (49% of the bytes are
    # above 0x7F ...)", a Latin-9 one's euro sign read as "¤". A page declaring a charset its bytes
    # are not (UTF-8 text under a windows-1251 tag) is read as what its bytes are.
    page = ("<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1><p>{lead}</p>"
            "<p>Паром снова ходит на острова, сказал владелец парома Орин Тал.</p></article></body></html>")
    cyrillic = page.format(meta='<meta charset="windows-1251">', title="Причал открыт",
                           lead="Причал в Порт-Амселе снова открыт в пятницу после шторма, сообщила гавань.")
    (tmp_path / "cyrillic.html").write_bytes(cyrillic.encode("cp1251"))
    (tmp_path / "misdeclared.html").write_bytes(cyrillic.replace("пятницу", "субботу").encode("utf-8"))
    euro = page.format(meta="<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-15'>",
                       title="Quay fee", lead="The quay of Port Amsel charges 5 € a boat from Friday, the office said.")
    (tmp_path / "euro.html").write_bytes(euro.replace("Паром снова ходит на острова, сказал владелец парома Орин Тал.",
                                                      "Premier Alda Voss called the fee fair.").encode("iso-8859-15"))
    # A charset that is no character encoding ("base64": Python's codec of that name decodes no
    # text) stopped the whole load with a LookupError; it is ignored.
    (tmp_path / "hostile.html").write_bytes((tmp_path / "euro.html").read_bytes().replace(b"iso-8859-15", b"base64"))
    df = load_corpus(tmp_path).set_index("doc_id")
    assert skipped(df).empty and df.loc["hostile", "encoding"] == "cp1252"
    assert df.loc["cyrillic", "text"].startswith("Причал в Порт-Амселе снова открыт в пятницу")
    assert df.loc["misdeclared", "text"].startswith("Причал в Порт-Амселе снова открыт в субботу")
    assert df.loc["euro", "text"].startswith("The quay of Port Amsel charges 5 € a boat")
    assert df["encoding"].to_dict() == {"cyrillic": "cp1251", "euro": "iso8859-15", "hostile": "cp1252",
                                        "misdeclared": "utf-8"}
