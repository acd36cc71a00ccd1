"""News-database exports, web archives and article tables (issue 14): each layout read into the
article table with its metadata, each broken container in the skip report, never a crash.

Text fixtures (fictional) are in tests/fixtures/exports; binary ones (.docx, .pdf, .warc.gz,
.parquet) are generated here from the same fictional articles.
"""

from __future__ import annotations

import gzip
import io
import logging
import random
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from presslens.corpus import CorpusError, duplicate_summary, load_corpus, skipped

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
LEAD = ("PORT AMSEL - The council of Port Amsel voted on Monday to build the harbour bridge, a "
        "fictional project of the Nordland coast.")
QUOTE = '"We will build it," said Premier Alda Voss after the vote.'
NEXIS_UNI = ["Harbour bridge vote passes in Port Amsel", "The Umberton Gazette (fictional)",
             "October 27, 2031 Monday", "Copyright 2031 Umberton Gazette Ltd.", "Section: NEWS; Pg. 3",
             "Length: 58 words", "Byline: Ida Kell", "Body", LEAD, QUOTE, "Classification",
             "Language: ENGLISH", "Load-Date: October 28, 2031", "End of Document",
             "Ferry operators fear the new bridge", "Nordland Courier (fictional)",
             "October 28, 2031 Tuesday", "Length: 41 words", "Body",
             "Ferry operators on the fictional Nordland coast said the harbour bridge would end their "
             "trade within five years.", "Load-Date: October 29, 2031", "End of Document"]


def _by_id(df: pd.DataFrame) -> pd.DataFrame:
    return df.set_index("doc_id")


def _reasons(df: pd.DataFrame) -> dict[str, str]:
    report = skipped(df)
    return {Path(p).name: r for p, r in zip(report["path"], report["reason"])}


def test_nexis_uni_and_old_lexis_text_exports(tmp_path):
    # nexis_uni_cover.txt: the same export opening with the cover page of a Nexis Uni download
    # (its first article was titled "Job Number: 123456789", its outlet "User Name: = Ida Kell",
    # its date the download's).
    for name in ("nexis_uni.txt", "lexis_old.txt", "nexis_uni_cover.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    arts = _by_id(load_corpus(tmp_path, near_duplicates="keep", drop_duplicates=False))
    for stem in ("nexis_uni", "lexis_old", "nexis_uni_cover"):
        first, second = arts.loc[f"{stem}/1"], arts.loc[f"{stem}/2"]
        assert first["title"] == "Harbour bridge vote passes in Port Amsel"
        assert first["outlet"] == "The Umberton Gazette (fictional)"
        assert first["published"] == pd.Timestamp("2031-10-27")
        assert (first["author"], first["section"], first["word_count"]) == ("Ida Kell", "NEWS; Pg. 3", 58)
        assert first["text"].startswith("PORT AMSEL") and first["text"].rstrip().endswith("after the vote.")
        for boilerplate in ("Load-Date", "LOAD-DATE", "Classification", "Copyright", "Length", "LANGUAGE"):
            assert boilerplate not in first["text"]
        assert (second["title"], second["outlet"]) == ("Ferry operators fear the new bridge", "Nordland Courier (fictional)")
        assert second["published"] == pd.Timestamp("2031-10-28") and second["record"] == "2"
        assert first["path"].endswith(f"{stem}.txt:1") and first["format"] == "txt (nexis)"


def test_an_html_file_of_comments_only_with_an_exports_marks_is_skipped_not_fatal(tmp_path):
    # Pages holding nothing but a comment with a ProQuest, Factiva or Nexis export's marks: lxml's
    # "Document is empty" (no ValueError) stopped the whole load.
    marks = {"proquest": ">ProQuest document ID: 1< >Full text: x<", "factiva": "<td><b>HD</b></td>",
             "nexis": ">1 of 2 DOCUMENTS<"}
    for name, mark in marks.items():
        (tmp_path / f"{name}.html").write_text(f"<!-- {mark} -->")
    shutil.copy(FIXTURES / "nexis_uni.txt", tmp_path)
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["nexis_uni/1", "nexis_uni/2"]
    assert set(skipped(df)["reason"]) == {"no HTML content (Document is empty)"} and len(skipped(df)) == 3


def test_a_monthlys_month_in_a_nexis_export_is_its_date_line(tmp_path):
    # A fictional monthly dated "October 2031": its Load-Date (October 29) was taken for its date.
    text = (FIXTURES / "nexis_uni.txt").read_text(encoding="utf-8").replace("October 28, 2031 Tuesday", "October 2031")
    (tmp_path / "monthly.txt").write_text(text, encoding="utf-8")
    second = load_corpus(tmp_path).iloc[1]
    assert second["title"] == "Ferry operators fear the new bridge"
    assert second["outlet"] == "Nordland Courier (fictional)" and second["published"] == pd.Timestamp("2031-10-01")


def test_a_lexisnexis_academic_html_download_is_read_article_by_article(tmp_path):
    # LexisNexis Academic's HTML download (fictional): "1 of 2 DOCUMENTS" and its fields in <div>s,
    # after the download's request page. It was read as one web page.
    shutil.copy(FIXTURES / "lexis_academic.html", tmp_path)
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["lexis_academic/1", "lexis_academic/2"] and skipped(df).empty
    first = df.iloc[0]
    assert (first["title"], first["outlet"], first["author"]) == (
        "Harbour bridge vote passes in Port Amsel", "The Umberton Gazette (fictional)", "Ida Kell")
    assert first["published"] == pd.Timestamp("2031-10-27") and first["word_count"] == 58
    assert first["text"] == f"{LEAD}\n\n{QUOTE}" and first["format"] == "html (nexis)"
    assert df["title"][1] == "Ferry operators fear the new bridge" and df["published"][1] == pd.Timestamp("2031-10-28")


def test_factiva_html_and_rtf_exports(tmp_path):
    from striprtf.striprtf import rtf_to_text

    for name in ("factiva.html", "factiva.rtf", "factiva_article.txt"):
        shutil.copy(FIXTURES / name, tmp_path / (name.replace(".", "_") + Path(name).suffix))
    # The tagged export's text saved as .txt, and the article format (no tags, each article closed
    # by its "Document ..." line) as .txt and .docx: each was read as one article of the whole file.
    tagged = rtf_to_text((FIXTURES / "factiva.rtf").read_text(encoding="ascii"))
    (tmp_path / "factiva_tagged_txt.txt").write_text(tagged, encoding="utf-8")
    _docx(tmp_path / "factiva_article_docx.docx", (FIXTURES / "factiva_article.txt").read_text().split("\n"))
    df = load_corpus(tmp_path, near_duplicates="keep", drop_duplicates=False)
    arts = _by_id(df)
    for stem, kind in (("factiva_html", "html (factiva)"), ("factiva_rtf", "rtf (factiva)"),
                       ("factiva_tagged_txt", "txt (factiva)"), ("factiva_article_txt", "txt (factiva)"),
                       ("factiva_article_docx", "docx (factiva)")):
        first = arts.loc[f"{stem}/1"]
        assert first["title"] == "Harbour bridge vote passes in Port Amsel" and first["format"] == kind
        assert (first["author"], first["word_count"], first["source_id"]) == ("Ida Kell", 58, "UMBGAZ0020311027ebar0001x")
        assert first["outlet"] == "The Umberton Gazette (fictional)" and first["published"] == pd.Timestamp("2031-10-27")
        assert first["text"].startswith("PORT AMSEL") and "We will build it" in first["text"]
        for code in ("gpol", "umbco", "Document UMBGAZ", "UMBGAZ00"):
            assert code not in first["text"]
        assert arts.loc[f"{stem}/2", "source_id"] == "NORDCO0020311028ebas0002y"
    # Unknown RTF control words are dropped, \'e9 is decoded by the document's code page.
    assert "café owners" in arts.loc["factiva_rtf/1", "text"] and "mystery" not in arts.loc["factiva_rtf/1", "text"]
    second = arts.loc["factiva_article_txt/2"]
    assert second["title"] == "Ferry operators fear the new bridge"
    assert second["outlet"] == "Nordland Courier (fictional)"
    # its time of day, the line after its date, is read with it (was left out: the day alone)
    assert pd.isna(second["author"]) and second["published"] == pd.Timestamp("2031-10-28 09:12")
    # The second article's source gives no copyright line: its header ends at its language line.
    assert second["language"] == "English"
    assert second["text"] == ("Ferry operators on the fictional Nordland coast said the harbour bridge would end "
                              "their trade within five years.")
    assert len(df) == 10 and skipped(df).empty


def test_proquest_text_export_one_article_per_record(tmp_path):
    # ProQuest's "Text only" export: records between rules of underscores, a report header (with
    # its search's limits, "Source type: Newspapers"), a table of contents, a bibliography and a
    # contact block that are no articles; the record of a historical paper with an abstract and no
    # full text is named in the skip report.
    shutil.copy(FIXTURES / "proquest.txt", tmp_path / "proquest.txt")
    df = load_corpus(tmp_path, near_duplicates="keep")
    arts = _by_id(df)
    assert list(arts.index) == ["proquest/1", "proquest/2", "proquest/4"]
    first = arts.loc["proquest/1"]
    assert first["title"] == "Harbour bridge vote passes in Port Amsel" and first["format"] == "txt (proquest)"
    assert (first["outlet"], first["author"]) == ("The Umberton Gazette (fictional)", "Kell, Ida")
    assert first["section"] == "News" and first["credit"] == "By Ida Kell Staff Writer"
    assert first["published"] == pd.Timestamp("2031-10-27") and first["source_id"] == "2931000101"
    assert first["url"].endswith("/docview/2931000101/se-2") and first["language"] == "English"
    assert first["text"].startswith("PORT AMSEL") and first["text"].endswith("after the vote.")
    assert first["record"] == "1" and first["path"].endswith("proquest.txt:1")
    for boilerplate in ("Full text", "Credit:", "Subject", "ProQuest", "Database", "Copyright", "Document 1"):
        assert boilerplate not in first["text"]
    second = arts.loc["proquest/2"]
    assert (second["title"], second["outlet"], second["author"]) == (
        "Ferry operators fear the new bridge", "Nordland Courier (fictional)", "Osk, Per")
    assert second["published"] == pd.Timestamp("2031-10-28") and second["text"].startswith("Ferry operators")
    # A paragraph opening like a field is the article's where fields do not follow it to the end.
    assert "\n\nLocation: the Vessby ferry terminal" in second["text"] and second["text"].endswith("the Vessby ferry.")
    # An undated record is read, its date left to the loader (none in its text: NaT).
    assert pd.isna(arts.loc["proquest/4", "published"]) and arts.loc["proquest/4", "text"].startswith("The fictional")
    assert _reasons(df) == {"proquest.txt:3": "no full text (a ProQuest record of citation and abstract only)"}
    # The same export saved as Word or PDF (whose text has no blank lines between the fields).
    lines = [line for line in (FIXTURES / "proquest.txt").read_text().splitlines() if line.strip()]
    _docx(tmp_path / "saved.docx", lines)
    _pdf(tmp_path / "saved.pdf", lines)
    arts = _by_id(load_corpus(tmp_path, near_duplicates="keep", drop_duplicates=False))
    for kind in ("docx (proquest)", "pdf (proquest)"):
        saved = arts[arts["format"] == kind]
        assert list(saved["title"]) == list(arts.loc[["proquest/1", "proquest/2", "proquest/4"], "title"])
        assert saved["text"].str.contains("Full text|ProQuest|Publication").sum() == 0
        assert saved["text"].iloc[0].startswith("PORT AMSEL") and saved["text"].iloc[0].endswith("after the vote.")


def test_proquest_html_export_one_article_per_record(tmp_path):
    # ProQuest's HTML save: each record a box (a div ruled at its bottom) of paragraphs, the fields'
    # labels in bold, the full text in its own element; the page's own line breaks are spaces.
    shutil.copy(FIXTURES / "proquest.html", tmp_path / "proquest.html")
    df = load_corpus(tmp_path, near_duplicates="keep")
    arts = _by_id(df)
    assert list(arts.index) == ["proquest/1", "proquest/2"] and set(arts["format"]) == {"html (proquest)"}
    first = arts.loc["proquest/1"]
    assert (first["title"], first["outlet"], first["author"], first["section"]) == (
        "Harbour bridge vote passes in Port Amsel", "The Umberton Gazette (fictional)", "Kell, Ida", "News")
    assert first["published"] == pd.Timestamp("2031-10-27") and first["source_id"] == "2931000101"
    assert first["text"] == ("PORT AMSEL - The council of Port Amsel voted on Monday to build the harbour bridge, a "
                             'fictional project of the Nordland coast.\n\n"We will build it," said Premier Alda '
                             "Voss after the vote.")
    assert first["url"] == "https://www.proquest.example/docview/2931000101"
    assert arts.loc["proquest/2", "published"] == pd.Timestamp("2031-10-28")
    assert _reasons(df) == {"proquest.html:3": "no full text (a ProQuest record of citation and abstract only)"}


def test_rules_of_underscores_in_a_proquest_article_do_not_split_its_record(tmp_path):
    # A paper's own rules of underscores between the parts of an article (thousands of them in a
    # damaged save) cut no record: its closing fields stay its own, the next record keeps its number.
    rule = "_" * 60
    text = (FIXTURES / "proquest.txt").read_text()
    cut = text.replace('\n\n"We will build it,"', f"\n\n{rule}\n\nFerry talks go on.\n\n" + f"{rule}\n" * 3000
                       + '\n"We will build it,"', 1)
    (tmp_path / "proquest.txt").write_text(cut)
    df = load_corpus(tmp_path, near_duplicates="keep")
    arts = _by_id(df)
    assert list(arts.index) == ["proquest/1", "proquest/2", "proquest/4"]
    first = arts.loc["proquest/1"]
    assert (first["outlet"], first["source_id"], first["section"]) == (
        "The Umberton Gazette (fictional)", "2931000101", "News")
    assert first["text"].startswith("PORT AMSEL") and first["text"].endswith("after the vote.")
    assert "Ferry talks go on." in first["text"] and "__" not in first["text"]
    assert arts.loc["proquest/2", "title"] == "Ferry operators fear the new bridge"
    assert list(_reasons(df)) == ["proquest.txt:3"]


def test_a_proquest_html_save_cut_in_its_first_record_is_read_as_one(tmp_path):
    # A save cut off (a download stopped) before its first record's "ProQuest document ID:" is
    # known by its report header: the record's article is read, no field in its text.
    page = (FIXTURES / "proquest.html").read_text()
    (tmp_path / "cut.html").write_text(page[:page.index("We will build it")])
    first = load_corpus(tmp_path, near_duplicates="keep").iloc[0]
    assert (first["format"], first["title"], first["author"]) == (
        "html (proquest)", "Harbour bridge vote passes in Port Amsel", "Kell, Ida")
    assert first["text"].startswith("PORT AMSEL") and "Author" not in first["text"]


def test_proquest_html_export_laid_out_in_table_cells(tmp_path):
    # A save whose fields stand in table cells (label in one, value in the next, within a table of
    # the page's frame): each row is one field, and none of them runs into the article's text.
    rows = [("Author:", "Kell, Ida"), ("Full text:", "<p>PORT AMSEL - The fictional council voted on Monday.</p>"
             "<p>&quot;We will build it,&quot; said Alda Voss.</p>"), ("Publication title:", "The Umberton Gazette"),
            ("Publication date:", "Oct 27, 2031"), ("ProQuest document ID:", "2931000101")]
    cells = "".join(f"<tr><td><strong>{label}</strong></td><td>{value}</td></tr>" for label, value in rows)
    (tmp_path / "framed.html").write_text(
        "<html><body><table><tr><td><table><tr><td>Document 1 of 1</td></tr><tr><td><b>Harbour bridge vote "
        f"passes in Port Amsel</b></td></tr>{cells}</table></td></tr></table><hr></body></html>")
    first = load_corpus(tmp_path, near_duplicates="keep").iloc[0]
    assert (first["author"], first["outlet"], first["source_id"]) == ("Kell, Ida", "The Umberton Gazette", "2931000101")
    assert first["text"] == 'PORT AMSEL - The fictional council voted on Monday.\n\n"We will build it," said Alda Voss.'


def test_an_article_writing_of_proquest_fields_is_no_export(tmp_path):
    # A librarian's guide quoting the export's labels at the start of lines, without a record's
    # document number, is one plain article, all of its text kept.
    guide = ("How to read a fictional Vessby library export\n\nEach record of the Vessby archive opens its text "
             "at the label below.\n\nFull text: the label before the article itself\n\n"
             "ProQuest document ID: the number the archive gives each record\n\n"
             "Librarian Oda Brenn said the guide would be handed out at the Vessby reading room.\n")
    (tmp_path / "guide.txt").write_text(guide)
    arts = _by_id(load_corpus(tmp_path, near_duplicates="keep"))
    assert list(arts.index) == ["guide"] and arts.loc["guide", "format"] == "txt"
    assert "ProQuest document ID" in arts.loc["guide", "text"] and "Oda Brenn said" in arts.loc["guide", "text"]


def test_a_citation_list_saved_as_text_is_skipped_as_one(tmp_path):
    # ProQuest's RIS or EndNote download renamed .txt holds references, not articles: it is skipped
    # as the .ris or .enw file is, where it had been read as one article of tags.
    (tmp_path / "refs.txt").write_text("TY  - NEWS\nTI  - Harbour bridge vote passes in Port Amsel\n"
                                       "AB  - The fictional council voted.\nDA  - 2031/10/27\nER  - \n")
    (tmp_path / "refs_endnote.txt").write_text("%0 Newspaper Article\n%T Ferry operators fear the new bridge\n")
    (tmp_path / "lead.txt").write_text(LEAD + "\n")
    df = load_corpus(tmp_path, near_duplicates="keep")
    assert list(df["doc_id"]) == ["lead"]
    reasons = _reasons(df)
    assert reasons["refs.txt"].startswith("RIS citations: references")
    assert reasons["refs_endnote.txt"].startswith("EndNote citations: references")


def test_media_cloud_and_gdelt_lists_without_text_are_named_once(tmp_path):
    # Media Cloud's story lists (its search's CSV download, the older stories_id export) give each
    # story's outlet and date; with the texts fetched into a text column they load as articles,
    # without one the file is skipped once, named for what it is, rather than record by record.
    site = "https://umberton-gazette.example"
    (tmp_path / "mc-stories.csv").write_text(
        "id,indexed_date,language,media_name,media_url,publish_date,title,url\n" + "".join(
            f"a{i},2031-10-28 06:00:00,en,umberton-gazette.example,{site},2031-10-2{i},Fictional story {i},{site}/{i}\n"
            for i in range(1, 4)))
    (tmp_path / "mc-texts.csv").write_text(
        "stories_id,publish_date,title,url,media_id,media_name,text\n"
        f'7001,2031-10-27 09:30:00,Harbour bridge vote passes,{site}/bridge,81,Umberton Gazette (fictional),'
        '"The council of Port Amsel voted on Monday to build the fictional harbour bridge."\n')
    # GDELT: an events file (tab-separated rows of codes, no header, the article's URL last) and
    # the DOC API's article list, as CSV and as the API's JSON.
    event = "\t".join(["1100000001", "20311027", "203110", "2031", "2031.8164", "NRD", "NORDLAND"] + [""] * 50
                      + [f"{site}/bridge"])
    (tmp_path / "20311027.export.CSV").write_text(event + "\n" + event.replace("1100000001", "1100000002") + "\n")
    (tmp_path / "gdelt-artlist.csv").write_text(f"URL,MobileURL,Date,Title\n{site}/bridge,,20311027T093000Z,Bridge\n")
    (tmp_path / "gdelt-artlist.json").write_text(
        '{"articles": [{"url": "%s/bridge", "url_mobile": "", "title": "Bridge", "seendate": "20311027T093000Z", '
        '"domain": "umberton-gazette.example", "language": "English", "sourcecountry": "Nordland"}]}' % site)
    df = load_corpus(tmp_path)
    arts = _by_id(df)
    assert list(arts.index) == ["mc-texts/7001"]
    assert (arts.iloc[0]["outlet"], arts.iloc[0]["published"]) == (
        "Umberton Gazette (fictional)", pd.Timestamp("2031-10-27 09:30"))
    reasons = _reasons(df)
    assert sorted(reasons) == ["20311027.export.CSV", "gdelt-artlist.csv", "gdelt-artlist.json", "mc-stories.csv"]
    assert reasons["mc-stories.csv"].startswith("no text field in its 3 records (fields: id, indexed_date, language")
    assert "a Media Cloud story list" in reasons["mc-stories.csv"]
    assert "GDELT" in reasons["20311027.export.CSV"] and "GDELT" in reasons["gdelt-artlist.csv"]
    assert reasons["gdelt-artlist.json"].endswith("a GDELT article list, which holds no article text: fetch the "
                                                  "pages (their url) and load those")
    assert "first row holds data" in reasons["20311027.export.CSV"]


def _docx(path: Path, paragraphs: list[str | list[list[str]]]) -> None:
    """A Word document of ``paragraphs``; a list of rows among them is a table."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        if isinstance(text, list):
            table = document.add_table(rows=len(text), cols=len(text[0]))
            for cells, row in zip(text, table.rows):
                for value, cell in zip(cells, row.cells):
                    cell.text = value
        else:
            document.add_paragraph(text)
    document.save(path)


def _pdf(path: Path, lines: list[str], password: str | None = None, breaks: tuple[int, ...] = ()) -> None:
    """A PDF of ``lines``; ``breaks``: the lines that open a new page, each page then numbered at
    its foot ("Page 2 of 3"), as Nexis Uni and ProQuest number theirs."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    class Numbered(FPDF):
        def footer(self) -> None:
            if breaks:
                self.set_y(-15)
                self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Numbered()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for i, line in enumerate(lines):
        if i in breaks:
            pdf.add_page()
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if password:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=password, algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path.write_bytes(data)


def test_the_cover_page_of_a_nexis_uni_word_download_is_no_article_header(tmp_path):
    # The fictional cover as Word lays it out: the search's narrowing in a table of its own.
    lines = (FIXTURES / "nexis_uni_cover.txt").read_text(encoding="utf-8").splitlines()
    for row in (17, 10):
        lines[row - 1:row + 1] = [[["Content Type", "Narrowed by"], ["News", lines[row].removeprefix("News ")]]]
    _docx(tmp_path / "nexis.docx", lines)
    df = load_corpus(tmp_path)
    assert df["title"].tolist() == ["Harbour bridge vote passes in Port Amsel", "Ferry operators fear the new bridge"]
    assert df["outlet"].tolist() == ["The Umberton Gazette (fictional)", "Nordland Courier (fictional)"]
    assert df["published"].tolist() == [pd.Timestamp("2031-10-27"), pd.Timestamp("2031-10-28")] and skipped(df).empty


def test_a_table_in_a_word_export_is_read_where_it_stands(tmp_path):
    # A fictional vote tally inside the first article of a Nexis Uni .docx: its cells were read
    # after every paragraph, so the tally left its article and came after the last "End of Document",
    # where it was read as a third article.
    tally = [["Party", "Votes"], ["Harbour League", "12"], ["Coast Union", "3"]]
    _docx(tmp_path / "nexis.docx", NEXIS_UNI[:10] + [tally] + NEXIS_UNI[10:])
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["nexis/1", "nexis/2"] and skipped(df).empty
    assert df["text"][0] == f"{LEAD}\n\n{QUOTE}\n\nParty\n\nVotes\n\nHarbour League\n\n12\n\nCoast Union\n\n3"


def test_page_numbers_of_a_pdf_export_are_no_part_of_its_fields_or_text(tmp_path):
    # A fictional Nexis Uni PDF whose pages turn before "Body" and inside the article: "Page 1 of 3"
    # stood between the fields and "Body" (the article's text was that footer alone), "Page 2 of 3"
    # inside the text.
    _pdf(tmp_path / "nexis.pdf", NEXIS_UNI[:14], breaks=(7, 9))
    article = load_corpus(tmp_path).iloc[0]
    assert " ".join(article["text"].split()) == f"{LEAD} {QUOTE}" and article["title"] == NEXIS_UNI[0]
    assert article["word_count"] == 58 and article["published"] == pd.Timestamp("2031-10-27")


def test_a_pdf_articles_paragraphs_are_kept_apart(tmp_path):
    # pypdf ends every line alike: a fictional PDF's two paragraphs (set apart by a blank line's space)
    # came out as one run of lines, so the lead, paragraph tone and quotes over paragraphs were lost.
    long = ("The council of Port Amsel approved the harbour plan on Tuesday after a debate that ran late into "
            "the night, and the ferry operator Ilse Varnholt said crews would lose work.")
    _pdf(tmp_path / "two.pdf", ["Ferry vote in Port Amsel", "", long, "", "\"We will fight it,\" she said."])
    text = load_corpus(tmp_path).iloc[0]["text"]
    first, second = text.split("\n\n")
    assert " ".join(first.split()) == long and "\n" in first       # its own lines stay one paragraph
    assert second == "\"We will fight it,\" she said."


def test_words_a_pdf_hyphenated_at_its_line_ends_are_made_whole(tmp_path):
    # A fictional PDF set in narrow columns: "pro-" / "posal" were two words to every stage. The text
    # decides where it can ("well-known" written elsewhere keeps its hyphen, "debate" written whole is
    # joined), a compound's usual first word keeps it ("self-employed"), a capital opens no join.
    _pdf(tmp_path / "column.pdf", [
        "Ferry vote in Port Amsel", "",
        "The council of Port Amsel approved the pro-", "posal on Tuesday after a long de-",
        "bate. The well-", "known ferry operator Ilse Varn-", "holt said the self-",
        "employed crews of the Anglo-", "Amsel line would lose work in the debate and the well-known port."])
    article = load_corpus(tmp_path).iloc[0]
    text = " ".join(article["text"].split())
    assert ("approved the proposal on Tuesday after a long debate. The well-known ferry operator Ilse Varnholt "
            "said the self-employed crews of the Anglo- Amsel line") in text
    assert "5 words hyphenated at a line's end joined" in article["repairs"]


def test_a_gdelt_file_with_a_text_column_is_read_with_its_dates(tmp_path):
    # A GDELT GKG file with the articles' texts fetched into a column loads as articles; its DATE,
    # YYYYMMDDHHMMSS, is that moment (as milliseconds it had given the year 2613).
    (tmp_path / "gkg.csv").write_text(
        "GKGRECORDID,DATE,SourceCommonName,DocumentIdentifier,V2Themes,text\n"
        f"20311027143000-1,20311027143000,umberton-gazette.example,https://umberton-gazette.example/a,"
        f'BRIDGE,"{LEAD}"\n')
    df = load_corpus(tmp_path, near_duplicates="keep")
    assert list(df["text"]) == [LEAD] and skipped(df).empty
    assert df["published"].iloc[0] == pd.Timestamp("2031-10-27 14:30:00")


def test_nexis_docx_and_pdf_and_broken_containers(tmp_path):
    _docx(tmp_path / "nexis.docx", NEXIS_UNI)
    _docx(tmp_path / "single.docx", ["A plain fictional memo headline", "The harbour office of Port Amsel "
                                     "reopens on Friday after the fictional storm, officials said."])
    _pdf(tmp_path / "nexis.pdf", NEXIS_UNI[:14])
    _pdf(tmp_path / "locked.pdf", NEXIS_UNI[:14], password="secret")
    whole = (tmp_path / "nexis.docx").read_bytes()
    (tmp_path / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "broken.rtf").write_bytes(b"not rtf at all, just text pretending")
    df = load_corpus(tmp_path, near_duplicates="keep")
    arts = _by_id(df)
    assert arts.loc["nexis/1", "title"] == "Harbour bridge vote passes in Port Amsel"
    assert arts.loc["nexis/1", "word_count"] == 58 and arts.loc["nexis/2", "word_count"] == 41
    assert arts.loc["nexis/1", "format"] == "docx (nexis)" and "Load-Date" not in arts.loc["nexis/1", "text"]
    assert arts.loc["single", "title"] == "A plain fictional memo headline" and arts.loc["single", "format"] == "docx"
    pdf = arts.loc[[i for i in arts.index if arts.loc[i, "format"] == "pdf (nexis)"][0]]
    assert pdf["outlet"] == "The Umberton Gazette (fictional)" and "Alda Voss" in pdf["text"]
    reasons = _reasons(df)
    assert reasons["truncated.docx"].startswith("unreadable Word document")
    assert reasons["locked.pdf"].startswith("encrypted PDF")
    assert reasons["broken.rtf"].startswith("not an RTF document")
    assert set(skipped(df)["format"]) == {"docx", "pdf", "rtf"}


def _warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """A gzipped WARC: a request and a response per (url, content type, body), plus warcinfo."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "presslens tests"}))
        for url, kind, body in pages:
            status = "301 Moved" if kind == "redirect" else "200 OK"
            headers = StatusAndHeaders(status, [("Content-Type", "text/html" if kind == "redirect" else kind)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2031-11-02T10:00:00Z"}))


PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>{lead}</p><p>The fictional council will meet again next month to discuss the harbour "
        "bridge and its costs, which officials put at four million kronor.</p>"
        "<p>{item} Residents of the fictional town lined the quay to watch the vote on a screen.</p>"
        "</article></body></html>")


def test_warc_responses_become_articles_and_other_records_are_reported(tmp_path):
    page = PAGE.format(title="Harbour bridge vote passes", lead=LEAD, item="Item warc-1.").encode()
    _warc(tmp_path / "crawl.warc.gz", [
        ("https://gazette.example.org/2031/bridge", "text/html; charset=utf-8", page),
        ("https://gazette.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://gazette.example.org/old", "redirect", b""),
    ])
    df = load_corpus(tmp_path)
    assert len(df) == 1
    row = df.iloc[0]
    assert row["url"] == "https://gazette.example.org/2031/bridge" and row["outlet"] == "gazette.example.org"
    assert row["format"] == "warc" and "four million kronor" in row["text"]
    # No date on the page or in the text: the crawl date, marked as such.
    assert row["published"] == pd.Timestamp("2031-11-02 10:00:00") and row["published_source"] == "crawl"
    reasons = skipped(df)["reason"].tolist()
    assert any(r.startswith("not an HTML response (image/png") for r in reasons)
    assert any(r.startswith("HTTP status 301") for r in reasons)
    assert row["path"].startswith(str(tmp_path / "crawl.warc.gz")) and row["record"].isdigit()
    # A cut-off archive keeps the records before the damage.
    data = (tmp_path / "crawl.warc.gz").read_bytes()
    (tmp_path / "crawl.warc.gz").unlink()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 40])
    cut = load_corpus(tmp_path)
    assert len(cut) == 1 and any("damaged" in r or "not an HTML" in r for r in skipped(cut)["reason"])
    (tmp_path / "plain.warc").write_bytes(gzip.decompress(data))
    assert len(load_corpus(tmp_path / "plain.warc")) == 1


def test_a_warc_response_is_read_in_the_charset_its_http_header_names(tmp_path):
    # A fictional Cyrillic page served as windows-1251, its charset in the HTTP header alone: it was
    # skipped as "not text (... bytes above 0x7F ...)".
    page = PAGE.format(title="Причал открыт", lead="Причал в Порт-Амселе снова открыт в пятницу, сообщила гавань.",
                       item="Паромщик Орин Тал доволен.")
    _warc(tmp_path / "crawl.warc.gz", [("https://gazette.example.org/prichal", "text/html; charset=windows-1251",
                                        page.encode("cp1251"))])
    df = load_corpus(tmp_path)
    assert skipped(df).empty and df["encoding"].tolist() == ["cp1251"]
    assert df["text"][0].startswith("Причал в Порт-Амселе снова открыт в пятницу")


def test_a_malformed_warc_record_and_a_mended_pdf_do_not_stop_the_corpus(tmp_path, capfd):
    # warcio raises AttributeError on a response record without WARC-Target-URI: it escaped the
    # loader and stopped the whole corpus (and `presslens run` with a traceback).
    page = PAGE.format(title="Harbour bridge vote passes", lead=LEAD, item="Item warc-1.").encode()
    _warc(tmp_path / "crawl.warc.gz", [("https://gazette.example.org/2031/bridge", "text/html", page)])
    (tmp_path / "headless.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nshort")
    # pypdf mends a PDF whose cross-reference pointer is wrong, and logged that on stderr without
    # the file's name: it goes to the article's repairs.
    _pdf(tmp_path / "memo.pdf", ["A fictional memo headline", "The harbour office reopens on Friday, officials said."])
    (tmp_path / "memo.pdf").write_bytes(re.sub(rb"startxref\n\d+", b"startxref\n9", (tmp_path / "memo.pdf").read_bytes()))
    df = load_corpus(tmp_path)
    assert len(df) == 2 and df["doc_id"].str.startswith("crawl.warc/").sum() == 1
    reasons = _reasons(df)
    assert reasons["headless.warc"].startswith("damaged web archive after the records read (AttributeError")
    assert _by_id(df).loc["memo", "repairs"].startswith("pypdf: incorrect startxref pointer")
    assert "startxref" not in capfd.readouterr().err
    with pytest.raises(CorpusError, match="headless.warc"):
        load_corpus(tmp_path / "headless.warc", errors="raise")



def test_a_file_named_warc_that_is_no_web_archive_is_skipped_as_such(tmp_path, capfd):
    # warcio read the first line of any file as an ARC record's header: a note saved as .warc was
    # skipped as 'notes.warc:0: not an HTML response (no content type: Harbour%20bridge%20vote%20notes)', and
    # warcio printed 'Replacing spaces in invalid WARC-Target-URI' without the file's name.
    (tmp_path / "notes.warc").write_text("Harbour bridge vote notes for the Umberton desk\nCall the mayor.\n")
    page = PAGE.format(title="Harbour bridge vote passes", lead=LEAD, item="Item warc-1.").encode()
    _warc(tmp_path / "crawl.warc.gz", [("https://gazette.example.org/2031/bridge", "text/html", page)])
    df = load_corpus(tmp_path)
    assert len(df) == 1
    assert _reasons(df) == {"notes.warc": "not a web archive (a WARC file begins with 'WARC/', an ARC file "
                                          "with 'filedesc://')"}
    assert "Replacing spaces" not in capfd.readouterr().out

def test_a_fault_in_presslens_reading_a_warc_record_is_not_reported_as_a_damaged_archive(tmp_path, monkeypatch):
    # warcio's own faults on a malformed record are the archive's damage; a TypeError in the HTML
    # reader is presslens's, and is raised, as for an .html file, rather than hidden in the report
    from presslens.corpus import warc

    def faulty(raw):
        raise TypeError("a fault of presslens")

    page = PAGE.format(title="Harbour bridge vote passes", lead=LEAD, item="Item warc-1.").encode()
    _warc(tmp_path / "crawl.warc.gz", [("https://gazette.example.org/2031/bridge", "text/html", page)])
    monkeypatch.setattr(warc, "_from_html", faulty)
    with pytest.raises(TypeError, match="a fault of presslens"):
        load_corpus(tmp_path)


def test_parquet_and_arrow_tables_in_batches(tmp_path):
    import pyarrow as pa
    import pyarrow.feather as feather
    import pyarrow.parquet as pq

    rows = {"id": [f"p{i}" for i in range(5)],
            "headline": [f"Fictional story {i}" for i in range(5)],
            "body": [f"Story {i} of the fictional harbour: the council met, item {i} of {'the agenda ' * i}."
                     for i in range(4)] + [None],
            "date": ["2031-10-01"] * 5}
    table = pa.table(rows)
    pq.write_table(table, tmp_path / "stories.parquet", row_group_size=2)
    feather.write_feather(table, tmp_path / "stories.feather")
    df = load_corpus(tmp_path, near_duplicates="keep", drop_duplicates=False)
    arts = _by_id(df)
    assert arts.loc["stories/p1", "title"] == "Fictional story 1"
    assert arts.loc["stories/p3", "published"] == pd.Timestamp("2031-10-01")
    assert set(df["format"]) == {"parquet", "feather"}
    assert sorted(_reasons(df)) == ["stories.feather:5", "stories.parquet:5"]



def test_excel_workbooks_are_read_as_records_and_damaged_ones_skipped(tmp_path):
    # A media-monitoring export of fictional stories as an Excel workbook: it was 'unsupported file
    # type .xlsx', every article of it left out.
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Coverage"
    sheet.append(["Headline", "Body", "Date", "Source", None])
    sheet.append(["Harbour bridge vote passes", "The council of Port Amsel voted on Monday to build the bridge.",
                  datetime.datetime(2031, 10, 27, 9, 30), "Umberton Gazette", "A1"])
    sheet.append([None] * 5)
    sheet.append(["Ferry operators fear the bridge", "Ferry operators said the bridge would end their trade.",
                  "28/10/2031", "Nordland Courier", None])
    sheet.append(["A headline alone", None, datetime.date(2031, 10, 29), "Nordland Courier", None])
    book.create_sheet("Wires").append(["title", "text"])
    book["Wires"].append(["Tug crews strike", "Tug crews in Port Amsel went on strike on Friday."])
    book.save(tmp_path / "monitor.xlsx")
    (tmp_path / "cut.xlsx").write_bytes((tmp_path / "monitor.xlsx").read_bytes()[:3000])
    df = load_corpus(tmp_path)
    arts = _by_id(df)
    assert sorted(arts.index) == ["monitor/Coverage!2", "monitor/Coverage!4", "monitor/Wires!2"]
    first = arts.loc["monitor/Coverage!2"]
    assert (first["title"], first["outlet"], first["published"]) == (
        "Harbour bridge vote passes", "Umberton Gazette", pd.Timestamp("2031-10-27 09:30"))
    assert first["column 5"] == "A1" and first["format"] == "xlsx"
    assert arts.loc["monitor/Coverage!4", "published"] == pd.Timestamp("2031-10-28")
    reasons = _reasons(df)
    assert reasons["monitor.xlsx:Coverage!5"] == "record has no text"
    assert reasons["cut.xlsx"].startswith("unreadable Excel workbook (BadZipFile")

def test_a_workbook_whose_first_row_is_a_title_over_the_table_is_read_from_the_row_below(tmp_path):
    # A fictional monitoring sheet opens with a title cell merged over its columns: it was "no text field
    # in its records (fields: Port Amsel coverage 2031, column 2, column 3)", every article left out.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Port Amsel coverage, October 2031", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["Headline", "Body", "Date"])
    sheet.append(["Quay reopens", "The quay of Port Amsel reopened on Friday, the harbour office said.", "2031-10-27"])
    book.create_sheet("Notes").append(["text"])           # one field that presslens knows: a header, no title
    book["Notes"].append(["A fictional note on the ferry timetable.", "kept"])
    book.save(tmp_path / "monitor.xlsx")
    arts = _by_id(load_corpus(tmp_path))
    assert sorted(arts.index) == ["monitor/Notes!2", "monitor/Sheet!3"]
    assert (arts.loc["monitor/Sheet!3", "title"], arts.loc["monitor/Sheet!3", "published"]) == (
        "Quay reopens", pd.Timestamp("2031-10-27"))


def test_near_duplicates_keep_mark_drop_and_the_summary(tmp_path):
    body = (" ".join(f"The fictional council of Port Amsel met on day {i} to discuss the harbour bridge."
                     for i in range(12)))
    (tmp_path / "a.txt").write_text("Bridge vote\n\n" + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bridge vote, copy\n\n" + body.replace("day 11", "day eleven") + " Reuters.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Other\n\nA different fictional story about ferries and their crews at dawn.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\na.txt,Gazette\nb.txt,Courier\nc.txt,Gazette\n", encoding="utf-8")
    marked = load_corpus(tmp_path)
    assert marked.set_index("doc_id")["duplicate_of"].fillna("-").to_dict() == {"a": "-", "b": "a", "c": "-"}
    dropped = load_corpus(tmp_path, near_duplicates="drop")
    assert sorted(dropped["doc_id"]) == ["a", "c"] and "near duplicate of a" in set(skipped(dropped)["reason"])
    assert load_corpus(tmp_path, near_duplicates="keep")["duplicate_of"].isna().all()
    summary = duplicate_summary(marked, skipped(marked)).set_index("format")
    assert summary.loc["txt", ["files", "read", "skipped", "duplicates", "wire_copies"]].tolist() == [3, 3, 0, 1, 1]
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 cut off")     # a file type only in the skip report
    again = load_corpus(tmp_path)
    summary = duplicate_summary(again, skipped(again)).set_index("format")
    assert summary.loc["docx", ["files", "read", "skipped"]].tolist() == [0, 0, 1]
    with pytest.raises(ValueError):
        load_corpus(tmp_path, near_duplicates="maybe")


def _reference_near_duplicates(texts, doc_ids, threshold=0.8):
    # The rule as datasketch's own LSH index states it: one query and one insert per article.
    from datasketch import MinHashLSH

    from presslens.corpus.duplicates import NUM_PERM, _minhash

    lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=NUM_PERM)
    kept, out = {}, []
    for number, (doc_id, text) in enumerate(zip(doc_ids, texts)):
        sketch = _minhash(text)
        matches = [kept[c][0] for c in lsh.query(sketch) if kept[c][1].jaccard(sketch) >= threshold]
        out.append(doc_ids[min(matches)] if matches else None)
        if not matches:
            lsh.insert(str(number), sketch)
            kept[str(number)] = (number, sketch)
    return out


@pytest.mark.parametrize("threshold", [0.5, 0.8])
def test_near_duplicates_equal_datasketch_lsh_one_article_at_a_time(threshold):
    import random

    from presslens.corpus.duplicates import near_duplicates

    rng = random.Random(7)
    words = [f"w{i}" for i in range(300)]
    texts = []
    for story in range(60):
        base = [rng.choice(words) for _ in range(80)]
        texts.append(" ".join(base))
        for _ in range(rng.randint(0, 4)):        # edited copies, some edited from an edited copy
            copy = list(rng.choice(texts[-3:]).split()) if rng.random() < 0.3 else list(base)
            for _ in range(rng.randint(1, 8)):
                copy[rng.randrange(len(copy))] = rng.choice(words)
            texts.append(" ".join(copy))
    texts += ["", "short", "short", "two words"]
    order = list(range(len(texts)))
    rng.shuffle(order)
    texts = [texts[i] for i in order]
    ids = [f"doc{i}" for i in range(len(texts))]
    got = near_duplicates(texts, ids, threshold)
    assert got == _reference_near_duplicates(texts, ids, threshold)
    assert 20 < sum(g is not None for g in got) < len(texts) - 40      # the case is not trivial
    assert near_duplicates([], [], threshold) == []


def test_the_dask_path_reads_web_archives_and_tables_partition_by_partition(tmp_path):
    pytest.importorskip("dask.dataframe")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from presslens.distributed import file_batches, read_corpus

    folder = tmp_path / "warcs"
    folder.mkdir()
    for n in range(3):
        page = PAGE.format(title=f"Story {n}", lead=f"Fictional story {n}: {LEAD}", item=f"Item warc-{n}.").encode()
        _warc(folder / f"crawl-{n}.warc.gz", [(f"https://news.example.org/{n}", "text/html", page)])
    files = sorted(folder.iterdir())
    # Large files are partitions of their own (by bytes on disk), small ones share one.
    assert file_batches(files, 1, max_bytes=1) == [[f] for f in files]
    assert file_batches(files, 1, max_bytes=1 << 30) == [files]
    articles = read_corpus(folder, partitions=3)
    assert articles.npartitions == 3
    got = articles.compute(scheduler="synchronous")
    assert sorted(got["url"]) == [f"https://news.example.org/{n}" for n in range(3)]
    # A Parquet dataset: read by row groups; "body"/"headline" become text/title.
    dataset = tmp_path / "table"
    dataset.mkdir()
    for part in range(2):
        pq.write_table(pa.table({"headline": [f"T{part}-{i}" for i in range(4)],
                                 "body": [f"Fictional body {part}-{i}." for i in range(4)]}),
                       dataset / f"part-{part}.parquet", row_group_size=2)
    table = read_corpus(dataset)
    assert table.npartitions >= 2
    rows = table.compute(scheduler="synchronous")
    assert {"doc_id", "text", "title"} <= set(rows.columns) and rows["doc_id"].is_unique and len(rows) == 8


def test_pdf_warnings_are_collected_per_thread():
    # Threaded Dask reads two PDFs at once. The notes of each are what pypdf logged in its own thread
    # (pypdf logs through logging.getLogger(module)), none reach the handlers above, and pypdf's
    # records outside a reading go on to them. Steps are interleaved by a barrier: A starts, B
    # starts, both log, A finishes, B logs again, B finishes. Before: A's notes held B's warning, B's
    # late warning reached the root logger (A had switched propagation back on), and the logger was
    # left not propagating (B switched it back off), so later pypdf warnings went nowhere.
    import threading

    from presslens.corpus.documents import _pypdf_notes

    step, got = threading.Barrier(2, timeout=10), {}

    def reader(name: str, first: bool) -> None:
        log = logging.getLogger("pypdf._reader")
        if not first:
            step.wait()                                   # 1: A is reading
        with _pypdf_notes() as notes:
            if first:
                step.wait()                               # 1
            step.wait()                                   # 2: both are reading
            log.warning("mended %s", name)
            step.wait()                                   # 3: both logged
            if not first:
                step.wait()                               # 4: A has finished
                log.warning("mended %s again", name)
        if first:
            step.wait()                                   # 4
        got[name] = notes

    class Seen(logging.Handler):
        def __init__(self) -> None:
            super().__init__(logging.WARNING)
            self.messages: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.messages.append(record.getMessage())

    seen, root = Seen(), logging.getLogger()
    root.addHandler(seen)
    try:
        threads = [threading.Thread(target=reader, args=("a.pdf", True)),
                   threading.Thread(target=reader, args=("b.pdf", False))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        logging.getLogger("pypdf._reader").warning("read outside a corpus")
    finally:
        root.removeHandler(seen)
    assert got == {"a.pdf": ["mended a.pdf"], "b.pdf": ["mended b.pdf", "mended b.pdf again"]}
    assert seen.messages == ["read outside a corpus"]


def _zip(path: Path, members: dict[str, bytes]) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _flag_encrypted(data: bytes, name: bytes) -> bytes:
    """A zip's bytes with member ``name`` marked encrypted (bit 0 of its flags, in its local and
    central headers), as a password-protected download lists it."""
    import struct

    out = bytearray(data)
    for signature, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = out.find(signature)
        while at >= 0:
            if out[at + name_at:at + name_at + len(name)] == name:
                flags = struct.unpack_from("<H", out, at + flags_at)[0]
                struct.pack_into("<H", out, at + flags_at, flags | 1)
            at = out.find(signature, at + 4)
    return bytes(out)


def _overlapping_zip(path: Path, data: bytes, copies: int) -> None:
    """A zip bomb's trick: one compressed member listed ``copies`` times in the central directory
    under other names, every entry pointing at the same bytes."""
    import struct

    _zip(path, {"Files/a.txt": data})
    raw = path.read_bytes()
    central = raw.find(b"PK\x01\x02")
    end = raw.find(b"PK\x05\x06")
    entry = raw[central:end]
    entries = [entry] + [entry.replace(b"Files/a.txt", f"Files/{i:05d}".encode()) for i in range(1, copies)]
    directory = b"".join(entries)
    eocd = bytearray(raw[end:])
    struct.pack_into("<HHII", eocd, 8, copies, copies, len(directory), central)
    path.write_bytes(raw[:central] + directory + bytes(eocd))


def test_a_nexis_zip_download_is_read_in_place_member_by_member(tmp_path):
    # A fictional bulk download as Nexis Uni gives it, zipped on a Mac: it was skipped whole with
    # "zip archive: not read; unpack it first".
    folder = tmp_path / "made"
    folder.mkdir()
    _docx(folder / "Story_1.docx", NEXIS_UNI)
    _pdf(folder / "Story_2.pdf", NEXIS_UNI[:14])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _zip(corpus / "nexis_2031.zip", {
        "Files/": b"",
        "Files/Story_1.docx": (folder / "Story_1.docx").read_bytes(),
        "Files/Story_2.pdf": (folder / "Story_2.pdf").read_bytes(),
        "Files/more/Story_3.rtf": (FIXTURES / "factiva.rtf").read_bytes(),
        "Files/more/Story_4.txt": (FIXTURES / "nexis_uni.txt").read_bytes(),
        "Files/.DS_Store": b"\x00\x00\x00\x01Bud1",
        "__MACOSX/Files/._Story_1.docx": b"\x00\x05\x16\x07",
        "README.txt": b"Fictional search: harbour bridge, Nordland coast.",
    })
    df = load_corpus(corpus, near_duplicates="keep", drop_duplicates=False)
    arts = _by_id(df)
    first = arts.loc["nexis_2031.zip/Files/Story_1/1"]
    assert first["path"] == str(corpus / "nexis_2031.zip" / "Files" / "Story_1.docx:1")
    assert (first["title"], first["outlet"], first["format"]) == (NEXIS_UNI[0], NEXIS_UNI[1], "docx (nexis)")
    assert first["published"] == pd.Timestamp("2031-10-27") and first["word_count"] == 58
    assert arts.loc["nexis_2031.zip/Files/Story_2/1", "format"] == "pdf (nexis)"
    assert arts.loc["nexis_2031.zip/Files/more/Story_4/2", "title"] == "Ferry operators fear the new bridge"
    assert arts.loc["nexis_2031.zip/Files/more/Story_3/1", "format"] == "rtf (factiva)"
    assert skipped(df).to_dict("records") == [{
        "path": str(corpus / "nexis_2031.zip" / "__MACOSX"), "format": None,
        "reason": "macOS file attributes (__MACOSX folder of a Mac's zip): not read"}]
    # The same doc_ids from load to load, and for the archive given alone.
    alone = load_corpus(corpus / "nexis_2031.zip", near_duplicates="keep", drop_duplicates=False)
    assert alone["doc_id"].tolist() == df["doc_id"].tolist()


def test_what_a_zip_holds_that_is_no_article_is_skipped_naming_archive_and_member(tmp_path):
    story = b"Fictional quay story\n\nThe quay of Lorwick reopens on Friday, the fictional harbour office said.\n"
    inner = tmp_path / "inner.zip"
    _zip(inner, {"a.txt": story})
    _zip(tmp_path / "desk.zip", {
        "quay.txt": story, "photo.png": b"\x89PNG\r\n\x1a\n", "nested/inner.zip": inner.read_bytes(),
        "locked.txt": story.replace(b"quay", b"mill"), "huge.txt": b"Fictional flood " * 4000,
        "damaged.txt": story.replace(b"quay", b"dock"), ".hidden/notes.txt": story, "empty.txt": b"",
    })
    inner.unlink()
    raw = _flag_encrypted((tmp_path / "desk.zip").read_bytes(), b"locked.txt")
    # A flipped byte inside the compressed bytes of damaged.txt: its CRC (or its stream) fails.
    at = raw.find(b"damaged.txt") + len("damaged.txt") + 10
    raw = raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:]
    (tmp_path / "desk.zip").write_bytes(raw)
    (tmp_path / "cut.zip").write_bytes(raw[:len(raw) // 2])
    _overlapping_zip(tmp_path / "bomb.zip", b"Fictional bomb " * 2000, 40)
    df = load_corpus(tmp_path, max_bytes=20_000)
    assert df["doc_id"].tolist() == ["desk.zip/quay"]
    reasons = {Path(p).relative_to(tmp_path).as_posix(): (r, None if pd.isna(f) else f)
               for p, r, f in skipped(df).itertuples(index=False)}
    assert reasons.pop("desk.zip/photo.png") == ("unsupported file type .png", "png")
    assert reasons.pop("desk.zip/nested/inner.zip")[0].startswith("zip archive inside a zip archive: not read")
    assert reasons.pop("desk.zip/locked.txt")[0] == "encrypted in the zip archive (it needs a password): not read"
    assert reasons.pop("desk.zip/huge.txt")[0].startswith("unpacks to 64,000 bytes (> max_bytes=20,000; a zip bomb")
    assert reasons.pop("desk.zip/damaged.txt")[0].startswith("unreadable in the zip archive (")
    assert reasons.pop("desk.zip/.hidden") == ("hidden folder (its name starts with a dot): not read", None)
    assert reasons.pop("desk.zip/empty.txt") == ("empty file", "txt")
    assert reasons.pop("cut.zip") == ("unreadable zip archive (BadZipFile: File is not a zip file)", "zip")
    assert reasons.pop("bomb.zip") == ("zip archive whose members overlap (a zip bomb): not read", "zip")
    assert not reasons
    with pytest.raises(CorpusError, match=r"desk.zip/.hidden: hidden folder"):
        load_corpus(tmp_path / "desk.zip", errors="raise")


STORY = b"Fictional quay story\n\nThe quay of Lorwick reopens on Friday, the fictional harbour office said.\n"


def test_a_metadata_file_beside_a_zip_or_inside_it_gives_its_members_metadata(tmp_path):
    # A fictional desk's zip of stories with its metadata: the sidecar beside the zip was not
    # applied to the members, and one inside the zip was read as a record file (no text: skips).
    _zip(tmp_path / "desk.zip", {
        "quay.txt": STORY, "mill.txt": STORY.replace(b"quay", b"mill"),
        "more/dock.txt": STORY.replace(b"quay", b"dock"),
        "more/metadata.csv": b"file,outlet,published\ndock.txt,Lorwick Harbour News (fictional),2031-05-02\n",
    })
    (tmp_path / "metadata.csv").write_text("file,outlet,published\nquay.txt,Umberton Gazette (fictional),2031-05-01\n"
                                           "mill.txt,Nordland Courier (fictional),2031-05-03\n")
    df = load_corpus(tmp_path, near_duplicates="keep")
    arts = _by_id(df)
    assert sorted(arts.index) == ["desk.zip/mill", "desk.zip/more/dock", "desk.zip/quay"]
    assert arts.loc["desk.zip/quay", "outlet"] == "Umberton Gazette (fictional)"
    assert arts.loc["desk.zip/mill", "published"] == pd.Timestamp("2031-05-03")
    # The nearer sidecar, inside the zip, wins for its folder; it is read as no record file.
    assert arts.loc["desk.zip/more/dock", "outlet"] == "Lorwick Harbour News (fictional)"
    assert skipped(df).empty
    # Metadata given to load_corpus keys the members too, instead of the sidecars found.
    given = load_corpus(tmp_path, near_duplicates="keep", metadata={"dock.txt": {"outlet": "Given (fictional)"}})
    assert _by_id(given).loc["desk.zip/more/dock", "outlet"] == "Given (fictional)"
    # A file named metadata.csv that holds articles is read as records, as in a folder.
    _zip(tmp_path / "desk.zip", {"metadata.csv": b"title,text\nMill,A fictional mill story of Lorwick.\n"})
    assert load_corpus(tmp_path / "desk.zip")["doc_id"].tolist() == ["desk.zip/metadata/2"]


def _tar(path: Path, members: dict[str, bytes | tuple[bytes, str]], mode: str = "w:gz") -> None:
    """A tar archive of ``members``: name -> bytes, or (link target or b"", member type)."""
    import tarfile

    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            if isinstance(data, tuple):
                info.type, info.linkname = data[1], data[0].decode()
                archive.addfile(info)
            else:
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))


def test_a_tar_download_is_read_in_place_and_its_links_and_devices_refused(tmp_path):
    # A fictional desk's .tar.gz: it was "unsupported file type .gz".
    import tarfile

    members = {"Files/quay.txt": STORY, "Files/meta.csv": b"name,outlet\nquay.txt,Lorwick Harbour News (fictional)\n",
               "Files/factiva.rtf": (FIXTURES / "factiva.rtf").read_bytes(),
               "Files/records.jsonl": b'{"title": "Mill", "text": "A fictional mill story of Lorwick."}\n',
               "Files/link.txt": (b"/etc/passwd", tarfile.SYMTYPE), "Files/hard.txt": (b"Files/quay.txt",
                                                                                    tarfile.LNKTYPE),
               "Files/tty": (b"", tarfile.CHRTYPE), "Files/pipe": (b"", tarfile.FIFOTYPE),
               "../../escape.txt": STORY.replace(b"quay", b"dock"), "Files/huge.txt": b"Fictional flood " * 4000,
               "__MACOSX/Files/._quay.txt": b"\x00\x05\x16\x07", "Files/inner.tar": b"x" * 1024}
    _tar(tmp_path / "desk.tar.gz", members)
    df = load_corpus(tmp_path, near_duplicates="keep", max_bytes=20_000)
    assert df["doc_id"].tolist() == ["desk.tar.gz/Files/quay", "desk.tar.gz/Files/factiva/1",
                                     "desk.tar.gz/Files/factiva/2", "desk.tar.gz/Files/records/1"]
    assert df["path"][0] == str(tmp_path / "desk.tar.gz" / "Files" / "quay.txt")
    assert df["outlet"][0] == "Lorwick Harbour News (fictional)"     # its sidecar inside, listed after it
    assert df["format"].tolist() == ["txt", "rtf (factiva)", "rtf (factiva)", "jsonl"]
    reasons = {Path(p).relative_to(tmp_path).as_posix(): r for p, r in zip(skipped(df)["path"], skipped(df)["reason"])}
    assert reasons.pop("desk.tar.gz/Files/link.txt").startswith("symbolic link in the tar archive: not read")
    assert reasons.pop("desk.tar.gz/Files/hard.txt").startswith("hard link in the tar archive: not read")
    assert reasons.pop("desk.tar.gz/Files/tty").startswith("device in the tar archive: not read")
    assert reasons.pop("desk.tar.gz/Files/pipe").startswith("named pipe in the tar archive: not read")
    assert reasons.pop("desk.tar.gz/Files/huge.txt").startswith("unpacks to 64,000 bytes (> max_bytes=20,000")
    assert reasons.pop("desk.tar.gz/Files/inner.tar").startswith("tar archive inside a tar archive: not read")
    assert reasons.pop("desk.tar.gz/__MACOSX").startswith("macOS file attributes")
    assert reasons.pop("desk.tar.gz/escape.txt") == "its name leads out of the archive (../): not read"
    assert not reasons
    # Every kind of tar reads alike; a cut one keeps what comes before the cut, with a row.
    (tmp_path / "alone").mkdir()
    for name, mode in [("desk.tgz", "w:gz"), ("desk.tar", "w"), ("desk.tar.bz2", "w:bz2"), ("desk.tar.xz", "w:xz")]:
        _tar(tmp_path / "alone" / name, {"Files/quay.txt": STORY}, mode)
        assert load_corpus(tmp_path / "alone" / name)["doc_id"].tolist() == [f"{name}/Files/quay"]
    # A cut one keeps what comes before the cut, with a row for the rest.
    big = b"Fictional flood story\n\n" + bytes(random.Random(3).choice(b"abcdefgh ") for _ in range(30_000))
    _tar(tmp_path / "cut.tar", {"a.txt": STORY, "b.txt": big, "c.txt": STORY.replace(b"quay", b"mill")}, "w")
    raw = (tmp_path / "cut.tar").read_bytes()
    (tmp_path / "cut.tar").write_bytes(raw[:len(raw) // 2])
    df = load_corpus(tmp_path / "cut.tar")
    assert df["doc_id"].tolist() == ["cut.tar/a"]
    assert skipped(df).to_dict("list") == {
        "path": [str(tmp_path / "cut.tar" / "b.txt"), str(tmp_path / "cut.tar")], "format": ["txt", "tar"],
        "reason": ["unreadable in the tar archive (ReadError: unexpected end of data)",
                   "unreadable tar archive (ReadError: unexpected end of data)"]}
    # A tar bomb: a member of zeros unpacking to far more than the archive, refused before it is unpacked.
    _tar(tmp_path / "bomb.tar.gz", {"a.txt": STORY, "zeros.txt": bytes(30_000_000), "b.txt": STORY})
    df = load_corpus(tmp_path / "bomb.tar.gz")
    assert df["doc_id"].tolist() == ["bomb.tar.gz/a"]
    assert skipped(df)["reason"].tolist() == ["tar archive unpacking to over 100 times its size (a tar bomb): "
                                              "not read further"]
    assert skipped(df)["format"].tolist() == ["tar"]          # a tar of any compression is a tar
    # Names that are no file's: "." (the archive's own path) and "inner.zip/." (an archive inside).
    _tar(tmp_path / "odd.tar", {".": STORY, "inner.zip/.": b"PK\x05\x06" + bytes(18), "quay.txt": STORY}, "w")
    df = load_corpus(tmp_path / "odd.tar")
    assert df["doc_id"].tolist() == ["odd.tar/quay"]
    assert sorted(skipped(df)["reason"].str[:20]) == ["a file without a nam", "zip archive inside a"]


def test_a_compressed_article_file_is_read_through_the_name_inside(tmp_path):
    # A fictional desk's story.txt.gz and export.csv.xz: they were skipped with "decompress it first".
    import bz2
    import lzma

    (tmp_path / "quay.txt.gz").write_bytes(gzip.compress(STORY, mtime=0))
    (tmp_path / "export.csv.xz").write_bytes(lzma.compress(b"title,text\nMill,A fictional mill story of Lorwick.\n"))
    (tmp_path / "wire.jsonl.bz2").write_bytes(bz2.compress(b'{"text": "A fictional dock story of Lorwick."}\n'))
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(STORY.replace(b"quay", b"ferry"), mtime=0)[:30])
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"Fictional flood " * 4000, mtime=0))
    (tmp_path / "metadata.csv").write_text("file,outlet\nquay.txt,Umberton Gazette (fictional)\n")
    df = load_corpus(tmp_path, max_bytes=20_000)
    arts = _by_id(df)
    assert sorted(arts.index) == ["export.csv.xz/export/2", "quay.txt.gz/quay", "wire.jsonl.bz2/wire/1"]
    assert arts.loc["quay.txt.gz/quay", "path"] == str(tmp_path / "quay.txt.gz" / "quay.txt")
    assert arts.loc["quay.txt.gz/quay", "outlet"] == "Umberton Gazette (fictional)"
    assert arts.loc["export.csv.xz/export/2", "title"] == "Mill"
    reasons = _reasons(df)
    assert reasons["cut.txt.gz"].startswith("unreadable gzip-compressed file (EOFError")
    assert reasons["bomb.txt.gz"].startswith("unpacks to more than max_bytes=20,000 bytes (a gzip bomb guard)")


@pytest.mark.parametrize("name,articles,words,outlet", [
    # The article format saved as HTML: it was one web page, titled "Factiva".
    ("factiva_article.html", 2, 58, "The Umberton Gazette (fictional)"),
    # Factiva's German interface, tagged HTML: the date, word count and accession number were lost.
    ("factiva_de.html", 1, 1204, "Umberton Anzeiger (fiktiv)"),
    # French interface, article format as text: it was read as one plain article.
    ("factiva_article_fr.txt", 2, 58, "La Gazette d'Umberton (fictive)"),
    # Spanish interface, article format as HTML.
    ("factiva_article_es.html", 1, 58, "El Diario de Umberton (ficticio)"),
])
def test_factivas_article_format_as_html_and_its_interface_in_other_languages(name, articles, words, outlet):
    df = load_corpus(FIXTURES / name, near_duplicates="keep")
    assert len(df) == articles and skipped(df).empty
    first = df.iloc[0]
    assert first["format"].endswith("(factiva)")
    assert (first["author"], first["word_count"], first["outlet"]) == ("Ida Kell", words, outlet)
    assert first["published"] == pd.Timestamp("2031-10-27")
    assert re.fullmatch(r"[A-Z]{6}0020311027ebar0001x", first["source_id"])
    assert first["text"].startswith("PORT AMSEL - ") and "Document" not in first["text"]
    assert not first["title"].startswith(("Par ", "Por ", "By "))


# Fictional exports written with their messy parts (a cover page, Windows-1252, a byte-order mark,
# CRLF, Graphic blocks, editions, page headers, a search summary, words "End of Document" in a
# body, two outlets' date formats, a file cut off mid-article); the articles each should give were
# written down in expected_s26.json before the files were first read.
EXPECTED = FIXTURES / "expected_s26.json"
VOTE_DOCX = ["User Name: = Rena Tollis", "Date and Time: Tuesday, November 4, 2031 10:02:00 AM EST",
             "Job Number: 987654322", "Documents (1)", "1. Velmar elects Alda Voss as mayor", "Client/Matter: -None-",
             "Search Terms: Velmar election", "Search Type: Natural Language", "Narrowed by",
             [["Content Type", "Narrowed by"], ["News", "Sources: Brackwater Herald (fictional)"]],
             "Velmar elects Alda Voss as mayor", "Brackwater Herald (fictional)", "November 3, 2031 Monday",
             "Copyright 2031 Brackwater Herald Media (fictional) All Rights Reserved", "Section: POLITICS; Pg. A1",
             "Length: 540 words", "Byline: Nia Corvel", "Body",
             "VELMAR \u2014 Alda Voss won the Velmar mayoral election on Sunday by 233 votes.",
             "The count, by candidate:",
             [["Candidate", "Votes"], ["Alda Voss", "4,210"], ["Per Osk", "3,977"]],
             "Voss takes office in January.", "Graphic", "PHOTO: Alda Voss on election night.", "Classification",
             "Language: ENGLISH", "Subject: ELECTIONS (92%)", "Load-Date: November 4, 2031", "End of Document"]


# A Nexis Uni PDF's pages: (the running head atop the page, its lines); each article opens a page.
MARKET_PDF = [
    (None, ["User Name: = Rena Tollis", "Date and Time: Thursday, November 6, 2031 8:00:00 AM EST",
            "Job Number: 987654324", "Documents (2)", "1. Velmar opens a night market", "2. Torvik tram line approved",
            "Client/Matter: -None-", "Search Terms: market OR tram", "Search Type: Natural Language"]),
    ("Velmar opens a night market", ["Velmar opens a night market", "Brackwater Herald (fictional)",
     "November 5, 2031 Wednesday", "Copyright 2031 Brackwater Herald Media (fictional) All Rights Reserved",
     "Section: LOCAL; Pg. A3", "Length: 455 words", "Byline: Nia Corvel", "Body",
     "VELMAR - The city of Velmar opened a night market on the old quay on Tuesday.",
     "Forty stalls sell fish, bread and lamps until midnight."]),
    ("Velmar opens a night market", ['"We waited ten years for this," said stall holder Oda Brenn.',
     "Classification", "Language: ENGLISH", "Load-Date: November 6, 2031", "End of Document"]),
    ("Torvik tram line approved", ["Torvik tram line approved", "Kestrel Valley Post (fictional)",
     "November 6, 2031 Thursday", "Section: NEWS; Pg. 4", "Length: 120 words", "Byline: Jon Abel", "Body",
     "The Torvik council approved the first tram line on Wednesday.", "Load-Date: November 6, 2031",
     "End of Document"]),
]


def _headed_pdf(path: Path, pages: list[tuple[str | None, list[str]]]) -> None:
    """A PDF of ``pages``, each with its running head at the top and "Page n of N" at its foot."""
    from fpdf import FPDF

    class Export(FPDF):
        head: str | None = None

        def header(self) -> None:
            if self.head:
                self.set_font("helvetica", size=8)
                self.cell(0, 5, self.head, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("helvetica", size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Export()
    for head, lines in pages:
        pdf.head = head
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for line in lines:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


def _unlike(row: pd.Series, expected: dict) -> list[str]:
    """The fields of ``row`` that differ from what was written down for its article."""
    wrong = []
    for key, value in expected.items():
        if key == "note":
            continue
        if key == "start":
            ok = row["text"].startswith(value)
        elif key == "end":
            ok = row["text"].rstrip().endswith(value)
        elif key in ("absent", "present"):
            ok = all((part in row["text"]) == (key == "present") for part in value)
        elif key == "published":
            ok = row["published"] == pd.Timestamp(value)
        else:
            ok = (None if pd.isna(row[key]) else row[key]) == value
        if not ok:
            wrong.append(key)
    return wrong


@pytest.mark.parametrize("name", ["nexis_uni_messy.txt", "lexis_old_bom.txt", "factiva_tagged_messy.txt",
                                  "factiva_article_pages.txt",
                                  "proquest_cut.txt", "nexis_uni_tables.docx", "nexis_uni_pages.rtf",
                                  "mediacloud_excel.csv", "eventregistry.json", "nexis_uni_headers.pdf",
                                  "nexis_uni_utf16.txt"])
def test_messy_exports_give_the_articles_written_down_before_reading_them(name, tmp_path):
    # Nexis Uni's "Graphic" heading and its photo caption were read as the article's last lines;
    # the old LexisNexis layout's edition line ("Final Edition") was taken for the headline; a
    # tagged Factiva export's page headers and search summary were read as the accession number.
    # Event Registry's "date" was read rather than its "dateTime" of the same day (the time lost),
    # and an article with no authors ("authors": []) had the author "". A Nexis Uni PDF's running
    # head (the article's headline atop each page) doubled the title and stood inside the text.
    import json

    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[name]
    if name.endswith(".docx"):
        _docx(tmp_path / name, VOTE_DOCX)
        path = tmp_path / name
    elif name.endswith(".pdf"):
        _headed_pdf(tmp_path / name, MARKET_PDF)
        path = tmp_path / name
    else:
        path = FIXTURES / name
    df = load_corpus(path, near_duplicates="keep")
    assert skipped(df).empty and len(df) == len(expected)
    assert {i: _unlike(row, want) for (i, row), want in zip(df.iterrows(), expected) if _unlike(row, want)} == {}


def test_a_nexis_graphic_block_is_the_articles_caption():
    df = load_corpus(FIXTURES / "nexis_uni_messy.txt", near_duplicates="keep")
    assert df["caption"].iloc[0] == "PHOTO: Mayor Oskar Brann at the ferry hall in Velmar. (Photo by Lia Tam)"
    old = load_corpus(FIXTURES / "lexis_old_bom.txt", near_duplicates="keep")
    assert old["caption"].iloc[0] == "PHOTO: The Velmar harbour at low tide."
    assert old["caption"].iloc[1:].isna().all()


def test_a_factiva_page_header_inside_an_article_is_left_out(tmp_path):
    lines = ["HD\tTorvik ferry timetable changes", "WC\t96 words", "PD\t4 November 2031",
             "SN\tKestrel Valley Post (fictional)", "LP\t", "The winter timetable starts on Monday.", "TD\t",
             "Page 2 of 4 \u00a9 2031 Factiva, Inc. All rights reserved.", "The last ferry leaves at nine.",
             "AN\tDocument KVPOST0020311104ebb40005b"]
    for text in ("\n".join(lines), "\n".join(lines).replace("Page 2 of 4", "Seite 2 von 4")):
        (tmp_path / "export.txt").write_text(text, encoding="utf-8")
        row = load_corpus(tmp_path / "export.txt").iloc[0]
        assert row["text"] == "The winter timetable starts on Monday.\n\nThe last ferry leaves at nine."
        assert row["source_id"] == "KVPOST0020311104ebb40005b"



@pytest.mark.parametrize("name,closing", [("nexis_uni_messy.txt", "its Load-Date and End of Document"),
                                          ("proquest_cut.txt", "the record's fields")])
def test_an_export_cut_off_inside_its_last_article_keeps_it_and_says_so(name, closing):
    df = load_corpus(FIXTURES / name, near_duplicates="keep")
    assert df["repairs"].iloc[:-1].isna().all()
    assert df["repairs"].iloc[-1] == f"text cut off: it ends mid-sentence, without {closing} after it"


def test_an_export_article_ending_as_paragraphs_do_is_not_said_to_be_cut(tmp_path):
    # The same cut, at the end of a sentence: nothing tells it from an article complete without its
    # trailing fields, and nothing is said.
    text = (FIXTURES / "nexis_uni_messy.txt").read_bytes().decode("cp1252")
    (tmp_path / "export.txt").write_text(text.removesuffix(" would run from") + ".", encoding="utf-8")
    assert load_corpus(tmp_path / "export.txt")["repairs"].isna().all()


@pytest.mark.parametrize("name,cut,closing", [
    # The article format's last article, without its Document line, was dropped without a word.
    ("factiva_article_pages.txt", "Volunteers staff it at ni", "its Document line"),
    ("factiva_tagged_messy.txt", "the end of document-based budg", "its AN field"),
])
def test_a_factiva_export_cut_off_inside_its_last_article_keeps_it_and_says_so(name, cut, closing, tmp_path):
    text = (FIXTURES / name).read_bytes().decode("cp1252" if "tagged" in name else "utf-8-sig")
    (tmp_path / name).write_text(text[:text.index(cut) + len(cut)], encoding="utf-8")
    df = load_corpus(tmp_path / name)
    assert len(df) == 2 and skipped(df).empty
    last = df.iloc[-1]
    assert last["text"].endswith(cut) and pd.isna(last["source_id"])
    assert last["repairs"] == f"text cut off: it ends mid-sentence, without {closing} after it"
    assert df["repairs"].iloc[0] is None or pd.isna(df["repairs"].iloc[0])


def test_a_nexis_notes_block_is_left_out_and_a_columns_notes_subhead_is_not(tmp_path):
    article = ["Velmar ferry strike ends", "Brackwater Herald Online (fictional)",
               "October 27, 2031 Monday 2:15 PM EST", "Correction Appended", "Length: 210 words",
               "Byline: Nia Corvel", "Body",
               "The ferry strike in Velmar ended on Monday after the crews accepted a raise.",
               "Ferries run again on Tuesday.", "Notes",
               "Correction: An earlier version of this article misspelled the name of the ferry operator.",
               "Classification", "Language: ENGLISH", "Load-Date: October 28, 2031", "End of Document"]
    column = article[:7] + ["The Velmar Rovers lost again on Saturday.", "Notes",
                            "Keeper Aki Lund sat out with a sore wrist.", "Striker Bo Marn scored his first goal.",
                            "The club sold out its stand for the derby.",
                            "Coach Ivo Tamm signed until 2034."] + article[-2:]
    for name, lines in (("note.txt", article), ("column.txt", column)):
        (tmp_path / name).write_text("\n".join(lines), encoding="utf-8")
    arts = _by_id(load_corpus(tmp_path))
    assert arts.loc["note/1", "text"] == ("The ferry strike in Velmar ended on Monday after the crews accepted a "
                                          "raise.\nFerries run again on Tuesday.")
    assert arts.loc["column/1", "text"].endswith("Coach Ivo Tamm signed until 2034.")


def test_a_warc_cut_off_inside_a_page_says_so_rather_than_that_the_page_has_no_text(tmp_path):
    # The cut page was reported as "no main text found in the HTML", the archive's end unsaid.
    page = PAGE.format(title="Harbour bridge vote passes", lead=LEAD, item="Item warc-9.").encode()
    _warc(tmp_path / "crawl.warc.gz", [("https://gazette.example.org/2031/bridge", "text/html; charset=utf-8", page)])
    data = gzip.decompress((tmp_path / "crawl.warc.gz").read_bytes())
    (tmp_path / "crawl.warc.gz").unlink()
    (tmp_path / "cut.warc").write_bytes(data[:data.index(b"lined the quay")])
    df = load_corpus(tmp_path)
    assert df.empty
    assert skipped(df)["reason"].tolist() == ["web archive cut off inside this record, its page incomplete "
                                              "(https://gazette.example.org/2031/bridge)"]


def test_a_line_end_of_document_inside_a_nexis_article_does_not_cut_it_in_two(tmp_path):
    # The article ended at the play's last line, the rest skipped as "a Nexis header without a body".
    lines = ["Velmar theatre stages a new play", "Brackwater Herald (fictional)", "November 2, 2031 Sunday",
             "Length: 300 words", "Byline: Nia Corvel", "Body",
             "The Velmar theatre opened a play about a court clerk on Saturday.",
             "Its last scene is a single line spoken into the dark:", "End of Document",
             "The audience stood for ten minutes.", "Load-Date: November 3, 2031", "End of Document",
             *NEXIS_UNI[14:]]
    (tmp_path / "play.txt").write_text("\n".join(lines), encoding="utf-8")
    df = load_corpus(tmp_path / "play.txt")
    assert skipped(df).empty and len(df) == 2
    assert df["text"].iloc[0].endswith("into the dark:\nEnd of Document\nThe audience stood for ten minutes.")
    assert df["title"].iloc[1] == "Ferry operators fear the new bridge"


@pytest.mark.parametrize("name", ["nexis_uni_local.txt", "nexis_uni_local_utf16.txt", "factiva_de_utf16.txt",
                                  "guardian_fields.json", "nyt_archive.json", "eventregistry_dupes.json"])
def test_s28_exports_give_the_articles_and_skips_written_down_before_reading_them(name):
    # A Nexis Uni date line in its paper's language ("Montag 27. Oktober 2031", "28 oktober 2031 dinsdag")
    # was not read, the article dated by its Load-Date days later; the Guardian's publication, sectionName
    # and wordcount, and the NYT's section_name, were left in columns of their own; the NYT's headline
    # and byline objects ({"main": ...}, {"original": "By ..."}) were written out as JSON.
    import json

    expected = json.loads((FIXTURES / "expected_s28.json").read_text(encoding="utf-8"))[name]
    df = load_corpus(FIXTURES / name, fields=expected.get("fields"))
    base = Path(name).stem
    assert {Path(p).name.partition(":")[2]: r for p, r in zip(skipped(df)["path"], skipped(df)["reason"])
            if not r.startswith(tuple(w.format(base=base) for w in expected["skipped"].values()))} == {}
    assert sorted(Path(p).name.partition(":")[2] for p in skipped(df)["path"]) == sorted(expected["skipped"])
    assert len(df) == len(expected["articles"])
    assert {i: _unlike(row, want) for (i, row), want in zip(df.iterrows(), expected["articles"])
            if _unlike(row, want)} == {}


@pytest.mark.parametrize("line, day", [("lunedì 27 ottobre 2031", "2031-10-27"),
                                       ("27 de outubro de 2031", "2031-10-27"),
                                       ("Montag, 27. Oktober 2031", "2031-10-27")])
def test_a_nexis_date_line_in_its_papers_language_dates_the_article(line, day, tmp_path):
    # The Load-Date (October 28) dated it: the date line, in Italian, Portuguese or German, was not read.
    lines = [*NEXIS_UNI[:2], line, *NEXIS_UNI[3:14]]
    (tmp_path / "nexis.txt").write_text("\n".join(lines), encoding="utf-8")
    df = load_corpus(tmp_path / "nexis.txt")
    assert df["published"].tolist() == [pd.Timestamp(day)]
    assert df["title"].tolist() == ["Harbour bridge vote passes in Port Amsel"]


def test_an_nyt_archive_response_and_a_news_feed_are_skipped_saying_what_they_are():
    # The NYT's response was "name the field holding the text", as if a text field were there; the
    # feed was an "unsupported file type .rss".
    reasons = {**_reasons(load_corpus(FIXTURES / "nyt_archive.json")),
               **_reasons(load_corpus(FIXTURES / "google_news.rss"))}
    assert "New York Times Archive or Article Search API response" in reasons["nyt_archive.json"]
    assert reasons["google_news.rss"].startswith("RSS feed: headlines, links and summaries, not the articles' text")


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_a_nexis_uni_document_list_alone_is_skipped_as_such_not_read_as_an_article(suffix, tmp_path):
    # A download saved as separate files puts its cover page and document list in a file of its own
    # (Files_doclist.docx): it was one article titled "User Name: = Ida Kell", its text the search.
    lines = (FIXTURES / "nexis_uni_cover.txt").read_text(encoding="utf-8").splitlines()[:18]
    path = tmp_path / f"Files_doclist{suffix}"
    if suffix == ".docx":
        _docx(path, lines)
    else:
        path.write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "Harbour_bridge.txt").write_text("\n".join(NEXIS_UNI[:14]), encoding="utf-8")
    df = load_corpus(tmp_path)
    assert df["title"].tolist() == ["Harbour bridge vote passes in Port Amsel"]
    assert _reasons(df)[path.name].startswith("a Nexis Uni cover page and document list alone")


def test_the_time_on_a_nexis_date_line_is_the_articles_time_as_written(tmp_path):
    # Web and wire items carry their time on the date line: it was dropped, the article dated at midnight.
    lines = [*NEXIS_UNI[:2], "October 27, 2031 Monday 5:30 PM EST", *NEXIS_UNI[3:16],
             "October 28, 2031 Tuesday 08:15 AM GMT", *NEXIS_UNI[17:]]
    (tmp_path / "wire.txt").write_text("\n".join(lines), encoding="utf-8")
    df = load_corpus(tmp_path / "wire.txt")
    assert df["published"].tolist() == [pd.Timestamp("2031-10-27 17:30"), pd.Timestamp("2031-10-28 08:15")]
    assert df["outlet"].tolist() == ["The Umberton Gazette (fictional)", "Nordland Courier (fictional)"]


def test_a_factiva_records_column_caption_and_credit_fields_are_read_as_such(tmp_path):
    # CLM, the column's name, was no known tag: it was read into the headline ("...\nCLM\tHarbour Notes");
    # ART (a graphic's caption) and CR (the credit) were dropped.
    lines = ["HD\tVelmar port board picks a dredging firm", "CLM\tHarbour Notes", "SE\tBusiness", "BY\tNia Corvel",
             "CR\tBrackwater Herald Media (fictional)", "WC\t412 words", "PD\t30 October 2031",
             "SN\tBrackwater Herald (fictional)", "LA\tEnglish", "LP\t",
             "VELMAR - The Velmar port board picked a dredging firm on Wednesday.", "TD\t",
             "The board will publish the contract in full.", "ART\tPhoto: the dredger Osk at the Velmar quay.",
             "RF\tA correction ran on 31 October 2031.", "AN\tDocument BRKHRLD0020311030ebau0001x"]
    (tmp_path / "factiva.txt").write_text("\n".join(lines), encoding="utf-8")
    row = load_corpus(tmp_path / "factiva.txt").iloc[0]
    assert (row["title"], row["section"]) == ("Velmar port board picks a dredging firm", "Business")
    assert row["caption"] == "Photo: the dredger Osk at the Velmar quay."
    assert row["credit"] == "Brackwater Herald Media (fictional)"
    assert row["text"].endswith("in full.") and "Harbour Notes" not in row["text"] and "correction" not in row["text"]


def test_a_nexis_header_field_of_two_lines_does_not_cut_the_article_to_its_second_line(tmp_path):
    # The highlight's second paragraph ended the header: it was taken for the whole text, the article
    # after the Body heading lost.
    lines = [*NEXIS_UNI[:6], "Byline:", "Ida Kell", "Highlight: The council backed the bridge 7-2.",
             "Premier Alda Voss called it a fictional milestone.", *NEXIS_UNI[7:]]
    (tmp_path / "nexis.txt").write_text("\n".join(lines), encoding="utf-8")
    df = load_corpus(tmp_path / "nexis.txt")
    assert df["text"].iloc[0] == f"{LEAD}\n{QUOTE}" and df["author"].iloc[0] == "Ida Kell"
    assert df["title"].tolist() == ["Harbour bridge vote passes in Port Amsel", "Ferry operators fear the new bridge"]


def test_a_records_section_given_as_an_object_or_a_list_is_its_name_or_names(tmp_path):
    # Once a field named "section" filled the section column, an API's {"name": ...} or a list of
    # sections stood in it as a dict or a list, not as text.
    import json

    records = [{"title": "Bridge vote", "text": "The council of Port Amsel voted for the bridge.",
                "section": {"id": 4, "name": "World"}},
               {"title": "Ferry fears", "text": "Ferry operators on the Nordland coast fear the bridge.",
                "section": ["Business", "Ports"]}]
    (tmp_path / "api.json").write_text(json.dumps(records), encoding="utf-8")
    assert load_corpus(tmp_path / "api.json")["section"].tolist() == ["World", "Business; Ports"]
