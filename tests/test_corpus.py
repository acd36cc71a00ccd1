import csv
import gzip
import json
import lzma
import unicodedata
import warnings

import pandas as pd
import pytest

from presslens.corpus import CorpusError, decode, infer_publication_date, load_corpus, parse_wire_text, skipped
from presslens.corpus.decoding import repair_mojibake
from presslens.study import open_corpus

from conftest import FIXTURES

CORPUS = FIXTURES / "corpus"


@pytest.fixture(scope="module")
def fixture_corpus():
    return load_corpus(CORPUS)


def _row(df, doc_id):
    return df.set_index("doc_id").loc[doc_id]


def test_sample_title_body_caption_credit_and_date(sample_articles):
    art = sample_articles.iloc[0]
    assert art["title"] == "Trump heads to Tokyo for trade, security talks before Xi summit"
    assert art["text"].startswith("U.S. President Donald Trump departed for Tokyo on Monday")
    assert art["text"].endswith("planned visit to China early next year.")
    assert "Tags" not in art["text"] and "Reuters" not in art["text"]
    assert art["text"].count("Trump heads to Tokyo") == 0
    assert art["caption"].startswith("Police officers wait ahead of the anticipated visit")
    assert art["credit"] == "Reuters"
    assert art["published"] == pd.Timestamp("2025-10-27")
    assert art["published_source"] == "inferred"
    assert art["doc_id"] == "trump-tokyo-2025-10-27"


def test_wire_text_rules_on_a_fictional_export(fixture_corpus):
    art = _row(fixture_corpus, "wire")
    assert art["title"] == "Nordland premier opens harbour bridge amid budget row"
    assert art["caption"].startswith("Workers paint the railings")
    assert art["credit"] == "Reuters"
    assert art["text"].startswith("PORT AMSEL, March 3 (Reuters) - Premier Alda Voss")
    assert art["text"].endswith("“It was worth every krona.”")
    assert art["published"] == pd.Timestamp("2031-03-03") and art["published_source"] == "inferred"


def test_first_line_ending_in_a_period_is_body_not_title(fixture_corpus):
    art = _row(fixture_corpus, "plain_no_title")
    assert pd.isna(art["title"]) and art["text"] == "Plain body only. It has two sentences."


def test_markdown_heading_is_the_title():
    parsed = parse_wire_text("# A fictional heading\n\nBody text here.\n")
    assert parsed["title"] == "A fictional heading" and parsed["text"] == "Body text here."


def test_sidecar_metadata_keyed_by_file_name(fixture_corpus):
    tower = _row(fixture_corpus, "withmeta/tower")
    assert tower["outlet"] == "Umberton Gazette" and tower["author"] == "Ida Kell"
    assert tower["published"] == pd.Timestamp("2031-05-02") and tower["published_source"] == "metadata"
    assert _row(fixture_corpus, "withmeta/ribbon")["outlet"] == "Umberton Post"
    assert _row(fixture_corpus, "withmeta/sub/deep")["outlet"] == "Umberton Herald"  # inherited
    assert "filename" not in fixture_corpus.columns
    assert not fixture_corpus["path"].str.contains("passwd").any()


def test_jsonl_records_with_aliased_fields_and_extra_columns(fixture_corpus):
    n1 = _row(fixture_corpus, "records/n1")
    assert n1["title"] == "Fictional ferry strike ends" and n1["outlet"] == "Umberton Post"
    assert n1["published"] == pd.Timestamp("2031-06-10 08:00")
    assert _row(fixture_corpus, "records/n2")["section"] == "local"


def test_csv_with_quotes_and_newlines_in_fields(fixture_corpus):
    c1 = _row(fixture_corpus, "records/c1")
    assert c1["title"] == "Fictional, quoted"
    assert c1["text"] == 'A body with "quotes" and a\nnewline inside.'


def test_html_main_text_without_navigation_or_scripts(fixture_corpus):
    page = _row(fixture_corpus, "page")
    assert page["title"] == "Fictional lighthouse restored"
    assert page["text"].startswith("The old lighthouse on Umberton Point")
    assert "Home | News" not in page["text"] and "fetch(" not in page["text"]
    assert page["outlet"] == "Umberton Post" and page["published"] == pd.Timestamp("2024-08-15")


def test_bad_records_are_reported_not_fatal(fixture_corpus):
    report = skipped(fixture_corpus)
    reasons = dict(zip(report["path"].str.rsplit("/", n=1).str[-1], report["reason"]))
    assert reasons["records.csv:3"].startswith("malformed CSV row")
    assert reasons["records.jsonl:3"].startswith("malformed JSON line")
    assert reasons["records.jsonl:4"] == "record has no text"



def test_field_names_match_their_aliases_whatever_their_case_and_separators(tmp_path):
    # A news API's camelCase (publishedAt) and a spreadsheet's 'Published At', 'Full-Text': the date
    # was kept as an extra column and the article left undated; the text not found at all.
    (tmp_path / "api.jsonl").write_text(json.dumps({"title": "Umberton ferry resumes", "publishedAt":
                                        "2031-03-02T10:00:00Z", "content": "The Umberton ferry resumed."}))
    (tmp_path / "sheet.csv").write_text("Headline,Published At,Full-Text\nPier repainted,2031-03-03,"
                                        "An Umberton pier was repainted.\n")
    df = load_corpus(tmp_path).set_index("doc_id")
    assert skipped(df).empty and "publishedAt" not in df.columns
    assert df.loc["api/1", "published"] == pd.Timestamp("2031-03-02 10:00")
    assert df.loc["sheet/2", ["title", "text"]].tolist() == ["Pier repainted", "An Umberton pier was repainted."]
    assert df.loc["sheet/2", "published"] == pd.Timestamp("2031-03-03")


def test_an_outlet_or_author_given_as_an_object_with_a_name_is_that_name(tmp_path):
    # NewsAPI's "source": {"id": null, "name": ...}, JSON-LD's authors: the outlet was the JSON text.
    record = {"title": "Umberton ferry resumes", "text": "The Umberton ferry resumed.", "source":
              {"id": None, "name": "Umberton Gazette"}, "author": [{"@type": "Person", "name": "Ida Kell"},
                                                                   {"@type": "Person", "name": "Per Osk"}]}
    (tmp_path / "api.jsonl").write_text(json.dumps(record))
    row = load_corpus(tmp_path).iloc[0]
    assert (row["outlet"], row["author"]) == ("Umberton Gazette", "Ida Kell; Per Osk")

def test_a_news_apis_excerpt_loses_its_length_marker_and_says_it_is_cut(tmp_path):
    # A NewsAPI response of fictional stories: "content" is the first 200 characters, then
    # "[+1834 chars]", which stood in the text as words of the article.
    lead = "The quay of Port Amsel reopens on Friday after the fictional storm, the harbour office said."
    response = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Umberton Gazette"}, "title": "Quay reopens",
         "publishedAt": "2031-10-27T09:00:00Z", "content": f"{lead} Premier Alda Voss will… [+1834 chars]"},
        {"source": {"id": None, "name": "Nordland Courier"}, "title": "Ferry sails", "content": "The ferry sails."}]}
    (tmp_path / "news.json").write_text(json.dumps(response))
    df = load_corpus(tmp_path)
    assert df["text"].tolist() == [f"{lead} Premier Alda Voss will…", "The ferry sails."]
    assert df["outlet"].tolist() == ["Umberton Gazette", "Nordland Courier"]
    assert df["repairs"][0] == "text cut by its source, 1,834 characters not given (an excerpt, not the article)"
    assert df["repairs"].isna()[1]


def test_configurable_field_names(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"k": "x1", "story": "Fictional story text.", "when": "2030-01-02"}) + "\n")
    df = load_corpus(tmp_path, fields={"text": "story", "published": "when", "doc_id": "k"})
    assert df["doc_id"].tolist() == ["a/x1"] and df["published"][0] == pd.Timestamp("2030-01-02")


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                             ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                             ("utf-16-le", b""), ("cp1252", b"")])
def test_encodings_keep_curly_quotes_ellipses_and_dashes(tmp_path, encoding, prefix):
    text = "Fictional headline\n\n“Quoted,” she said… — it’s done – café.\n"
    (tmp_path / "a.txt").write_bytes(prefix + text.encode(encoding))
    df = load_corpus(tmp_path)
    assert df["text"][0] == "“Quoted,” she said… — it’s done – café."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_cut_off_inside_its_last_character_is_read_and_said(tmp_path, codec):
    # A fictional story whose download stopped one byte short: without a BOM it was skipped as
    # "binary content", with one it ended in U+FFFD and said nothing.
    text = "Fictional quay headline\n\nThe quay of Port Amsel reopens, said Alda Voss."
    (tmp_path / "cut.txt").write_bytes((text + "!").encode(codec)[:-1])
    article = load_corpus(tmp_path).iloc[0]
    assert article["text"] == "The quay of Port Amsel reopens, said Alda Voss."
    assert article["repairs"] == "a character cut off at the end dropped"


def test_byte_order_marks_where_files_were_joined_are_removed_and_said(tmp_path):
    # Two fictional stories joined with `cat`, each saved with its BOM: the second BOM stood
    # invisibly before "Premier", which no name rule then read as a name.
    first = "Fictional quay headline\n\nThe quay of Port Amsel reopens.\n"
    second = "Premier Alda Voss cut the ribbon.\n"
    (tmp_path / "joined.txt").write_bytes(first.encode("utf-8-sig") + second.encode("utf-8-sig"))
    article = load_corpus(tmp_path).iloc[0]
    assert article["text"] == "The quay of Port Amsel reopens.\nPremier Alda Voss cut the ribbon."
    assert article["encoding"] == "utf-8-sig" and article["repairs"] == "1 byte-order mark inside the text removed"


# A fictional story as a news-database export or a scraped page gives it: UTF-8 once read as
# Windows-1252 (the title: "â€™") or Latin-1 (the story: "â\x80\x99") and saved again as UTF-8.
# "Inés Peñalver" was "InÃ©s PeÃ±alver", no name to find.
_STORY = "Mayor Inés Peñalver said the café’s terrace — shut since 2029 — reopens, “at last”."
_TITLE = "Peñalver reopens Porto Amsel’s café — at last"


@pytest.mark.parametrize("name,repaired", [("a.txt", 12), ("a.csv", 12), ("a.jsonl", 12), ("a.html", 16)])
def test_mojibake_is_repaired_in_every_format_and_said(tmp_path, name, repaired):
    # A page is repaired before its HTML is parsed (the parser drops "\x80"), title and heading both.
    title, story = _TITLE.encode("utf-8").decode("cp1252"), _STORY.encode("utf-8").decode("latin-1")
    content = {
        ".txt": f"{title}\n\n{story}\n",
        ".csv": pd.DataFrame({"title": [title], "text": [story]}).to_csv(index=False),
        ".jsonl": json.dumps({"title": title, "text": story}, ensure_ascii=False) + "\n",
        ".html": f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{story}</p>"
                 "<p>The fictional council of Porto Amsel met on Monday to approve the terrace.</p>"
                 "</article></body></html>",
    }["." + name.split(".")[1]]
    (tmp_path / name).write_text(content, encoding="utf-8")
    article = load_corpus(tmp_path).iloc[0]
    assert article["title"] == _TITLE and article["text"].startswith(_STORY)
    assert article["repairs"] == f"mojibake repaired: {repaired} characters"
    kept = load_corpus(tmp_path, mojibake="keep").iloc[0]
    assert kept["title"] == title and "Mayor InÃ©s PeÃ±alver" in kept["text"] and pd.isna(kept["repairs"])


def test_mojibake_repair_keeps_correct_text_of_every_language_byte_for_byte(tmp_path):
    # Fictional paragraphs whose letters and punctuation stand where mojibake's pairs would
    # ("é’", "É”", "ô…", "Ü»", "ñ–"): none is touched. "Â£" before a price is always mojibake.
    paragraphs = {
        "fr": "À Port-Amsel, la maire Hélène Dufresnoy a dit : « Le CAFÉ” ouvrira… » — c’est l’été, déjà.",
        "de": "Bürgermeisterin Jördis Weißhaupt sagte: »Die FÄHRE fährt wieder.« Die Brücke über die Öl-Bucht ist zu.",
        "es": "La alcaldesa Begoña Ibáñez–Ruiz afirmó: «¿Quién pagará el muelle?» El señor Núñez… calló.",
        "pt": "Em São João do Amsel, o prefeito Conceição Brandão disse que a ponte “não abrirá” em março; ÂNGELO riu.",
        "tr": "Belediye Başkanı Gülşen Öztürk, İskele Köyü’nde “köprü açılıyor” dedi; ağaçlar söküldü.",
        "pl": "Burmistrz Zdzisław Łęczycki powiedział: „Prom wróci w środę”. Żółć i gęś — to nazwy łodzi.",
        "vi": "Thị trưởng Nguyễn Thị Hồng Ân nói rằng cây cầu ở Cảng Amsel sẽ mở cửa vào thứ Sáu… Ôi, trời!",
        "el": "Η δήμαρχος Ελπινίκη Σταυρίδου είπε ότι η γέφυρα του Πορτ-Άμσελ ανοίγει την Παρασκευή.",
        "ru": "Мэр Порт-Амселя Олеся Громова сказала, что паром снова ходит — «с пятницы», уточнила она.",
        "en": "José’s café… and Mbappé’s “CAFÉ”; the fare is £100, or €12 — Zoë’s naïve rôle.",
    }
    for code, text in paragraphs.items():
        (tmp_path / f"{code}.txt").write_text(f"Fictional headline {code}\n\n{text}\n", encoding="utf-8")
    df = load_corpus(tmp_path).set_index("doc_id")
    assert df["text"].to_dict() == paragraphs and df["repairs"].isna().all()
    (tmp_path / "price.txt").write_text("Fictional fare headline\n\nThe ferry to Porto Amsel costs Â£100.\n")
    assert load_corpus(tmp_path / "price.txt")["text"][0] == "The ferry to Porto Amsel costs £100."


def test_mojibake_written_decomposed_or_twice_is_repaired_and_lossy_mojibake_kept():
    # Fictional names as a corpus normalised after the damage gives them: "Ã" written as "A" and a
    # combining tilde (NFD), and mojibake of mojibake ("Ã\x83Â±" for "ñ"). Mojibake that lost a
    # byte has no repair and stays as it is ("â¦" for "…", "Ã¢€" for "‐").
    decomposed = unicodedata.normalize("NFD", "Mayor Inés PeÃ±alver of Porto Amsel")
    assert repair_mojibake(decomposed) == ("Mayor Inés Peñalver of Porto Amsel".replace("é", "e\u0301"), 1)
    twice = "Mayor Inés Peñalver".encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1")
    assert repair_mojibake(twice) == ("Mayor Inés Peñalver", 2)
    for lossy in ("The ferry waited… Then it sailed.".replace("…", "â¦"), "a realÃ¢€world harbour"):
        assert repair_mojibake(lossy) == (lossy, 0)


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (PNG image)"),
    ("nul.txt", b"abc\x00\x01\x02\x00\xff\xfe\x00def\x00", "binary content"),
    ("bad.txt", b"caf\xe9 \x81\x8d broken", "undecodable bytes"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
    ("notes.docx", b"PK\x03\x04", "unreadable Word document"),
    ("notes.xls", b"\xd0\xcf\x11\xe0", "unsupported file type .xls"),
    # A compressed archive, and a compressed file no reader takes (a compressed article file is read
    # since, test_a_compressed_article_file_is_read_through_the_name_inside).
    ("desk.zip.gz", gzip.compress(b"PK\x05\x06" + bytes(18), mtime=0),
     "gzip-compressed file: not read; decompress it first (gunzip desk.zip.gz gives desk.zip)"),
    ("photo.png.xz", lzma.compress(b"\x89PNG\r\n\x1a\n"), "unsupported file type .png (xz-compressed)"),
    # A database's citation export: it was 'unsupported file type'.
    ("refs.ris", b"TY  - NEWS\nTI  - Fictional harbour story\nJF  - The Umberton Gazette\nER  - \n",
     "RIS citations: references (titles, dates, abstracts), not the articles' text; save the articles themselves"),
    # A download of many files, read in place since; an empty one holds none.
    ("nexis.zip", b"PK\x05\x06" + bytes(18), "zip archive holds no files"),
    # Word's older format and OpenDocument: they were 'unsupported file type', without what to do.
    ("memo.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Word 97-2003 document: not read; save it as .docx"),
    ("memo.odt", b"PK\x03\x04" + bytes(26), "OpenDocument text: not read; save it as .docx"),
    ("tdm.xml", b"<?xml version='1.0'?><RECORD><Title>Fictional quay</Title></RECORD>",
     "XML file: not read; presslens reads no XML layout"),
])
def test_bad_files_are_skipped_with_a_reason_and_good_ones_kept(tmp_path, name, data, reason):
    (tmp_path / "good.txt").write_text("Fictional good headline\n\nA good fictional body.\n")
    (tmp_path / name).write_bytes(data)
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["good"]
    report = skipped(df)
    # A list too deep to parse is read item by item: its one item is the record skipped.
    assert report["path"].str.replace(r":1$", "", regex=True).str.endswith(name).tolist() == [True]
    assert report["reason"][0].startswith(reason)
    assert report["format"].tolist() == [name.rsplit(".", 1)[1]]  # its own type, not the file's before
    with pytest.raises(CorpusError, match=name):
        load_corpus(tmp_path, errors="raise")



def test_a_doc_that_is_rtf_or_html_inside_is_read_as_such(tmp_path):
    # Export tools and Word's "Save as" name RTF and HTML documents .doc: they were unsupported.
    (tmp_path / "quay.doc").write_text("{\\rtf1\\ansi\\ansicpg1252 \\pard Fictional quay headline\\par\n"
                                       "\\pard The quay of Port Amsel reopens on Friday.\\par\n}", encoding="ascii")
    (tmp_path / "ferry.doc").write_text("<html><body><article><h1>Fictional ferry headline</h1><p>The ferry of "
                                        "Port Amsel sails again on Friday after the fictional storm, its owner "
                                        "said.</p></article></body></html>")
    df = load_corpus(tmp_path).set_index("doc_id")
    assert df.loc["quay", "text"] == "The quay of Port Amsel reopens on Friday."
    assert df.loc["ferry", "text"].startswith("The ferry of Port Amsel sails again") and skipped(df).empty


def test_links_the_walk_skips_are_reported_under_their_own_file_type(tmp_path):
    # The walk reports them between two reads: they had the type of the file read before ('txt').
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir(), outside.mkdir()
    (corpus / "good.txt").write_text("Fictional good headline\n\nA good fictional body.\n")
    (outside / "desk.csv").write_text("text\nA fictional record kept outside.\n")
    (corpus / "linked.csv").symlink_to(outside / "desk.csv")
    (corpus / "loop.json").symlink_to("loop.json")
    (corpus / "more").symlink_to(outside, target_is_directory=True)
    report = skipped(load_corpus(corpus)).set_index("path")["format"]
    assert report[str(corpus / "linked.csv")] == "csv" and report[str(corpus / "loop.json")] == "json"
    assert pd.isna(report[str(corpus / "more")])  # a folder has no file type


def test_hidden_folders_and_files_are_named_in_the_skip_report_not_lost_without_a_word(tmp_path):
    # A desk kept last year's fictional stories in .archive/: the folder was passed over silently.
    (tmp_path / "good.txt").write_text("Fictional good headline\n\nA good fictional body.\n")
    (tmp_path / ".archive" / "2030").mkdir(parents=True)
    (tmp_path / ".archive" / "2030" / "old.txt").write_text("Old fictional headline\n\nAn old fictional body.\n")
    (tmp_path / ".draft.txt").write_text("Draft fictional headline\n\nA draft fictional body.\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")   # a setting of no type: no row
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["good"]
    assert dict(zip(skipped(df)["path"], skipped(df)["reason"])) == {
        str(tmp_path / ".archive"): "hidden folder (its name starts with a dot): not read",
        str(tmp_path / ".draft.txt"): "hidden file (its name starts with a dot): not read"}


def test_the_folder_a_browser_saves_beside_a_web_page_is_not_read(tmp_path):
    # "Web Page, complete" of a fictional story: its ad frame was read as an article, and its
    # script, style sheet and image were three rows of the skip report.
    page = ("<html><head><title>Quay reopens</title></head><body><article><h1>Quay reopens</h1><p>The quay "
            "of Port Amsel reopens on Friday after the fictional storm, the harbour office said.</p>"
            "<p>Premier Alda Voss will attend the opening with the council.</p></article></body></html>")
    (tmp_path / "Quay reopens.html").write_text(page)
    (tmp_path / "Quay reopens_files").mkdir()
    (tmp_path / "Quay reopens_files" / "saved_resource.html").write_text(
        "<html><body><p>Buy the fictional Nordland ferry pass today, now at half price for all "
        "residents of the coast this season.</p></body></html>")
    for name in ("app.js", "style.css", "logo.png"):
        (tmp_path / "Quay reopens_files" / name).write_text("x")
    (tmp_path / "notes_files").mkdir()                      # no page of that name: read as a folder
    (tmp_path / "notes_files" / "memo.txt").write_text("Fictional memo headline\n\nA fictional memo body.\n")
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["Quay reopens", "notes_files/memo"]
    assert dict(zip(skipped(df)["path"], skipped(df)["reason"])) == {
        str(tmp_path / "Quay reopens_files"):
        "the images, scripts and frames of the saved web page Quay reopens.html: not read"}


def test_oversized_file_is_skipped_saying_what_to_do(tmp_path):
    # A JSON export is read whole (JSON Lines record by record, at any size): a large one is best saved as
    # JSON Lines, which `presslens run`, with no max_bytes of its own, then reads; another file is split.
    (tmp_path / "big.txt").write_text("word " * 1000)
    (tmp_path / "export.json").write_text(json.dumps([{"id": str(i), "text": "word " * 20} for i in range(20)]))
    df = load_corpus(tmp_path, max_bytes=1000)
    reasons = dict(zip(skipped(df)["path"], skipped(df)["reason"]))
    assert df.empty and reasons == {
        str(tmp_path / "big.txt"): "file too large (5,000 bytes > max_bytes=1,000): not read; split it into smaller "
                                   "files, or raise load_corpus's max_bytes",
        str(tmp_path / "export.json"): "file too large (2,510 bytes > max_bytes=1,000): not read; save its records as "
                                       "JSON Lines (one a line, read one by one at any size), or raise load_corpus's "
                                       "max_bytes"}


def test_exact_duplicates_are_dropped_and_counted(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Same fictional headline\n\nSame fictional body.\n")
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["a"] and df.attrs["duplicates"] == 1
    assert skipped(df)["reason"][0] == "exact duplicate of a"


def test_publication_date_parameter_overrides(sample_articles):
    from conftest import SAMPLE

    df = load_corpus(SAMPLE, publication_date="2025-10-28")
    assert df["published"][0] == pd.Timestamp("2025-10-28") and df["published_source"][0] == "metadata"


def test_a_publication_date_that_is_no_date_is_refused_before_reading(tmp_path):
    # A notebook's parameter typed by hand: "Dec 7th" dated every article of a fictional corpus 7 December of
    # the year 1, and "next week" left them all undated, each said to be the date the metadata gave.
    (tmp_path / "a.txt").write_text("The Umberton ferry resumed on Monday, the harbour office said.")
    for value in ("Dec 7th", "next week"):
        with pytest.raises(ValueError, match=f"publication_date {value!r} is no date .* YYYY-MM-DD"):
            load_corpus(tmp_path, publication_date=value)
    blank = load_corpus(tmp_path, publication_date=" ")       # an empty parameter, as `presslens run` takes it
    assert blank["published_source"].isna().all()



def test_a_date_field_written_as_a_number_is_read_as_its_day(tmp_path):
    # A database export of fictional stories: dates as YYYYMMDD numbers, as Unix seconds, one missing.
    rows = [{"body": "The Umberton ferry resumed service on Monday.", "day": 20310317},
            {"body": "Ferry staff in Umberton went on strike on Friday.", "day": 1931472000},
            {"body": "Umberton's harbour master retired this week.", "day": None}]
    (tmp_path / "export.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    df = load_corpus(tmp_path, fields={"text": "body", "published": "day"})
    assert df["published"].tolist()[:2] == [pd.Timestamp("2031-03-17")] * 2 and pd.isna(df["published"][2])
    # the parameter, read the same way (it was Unix seconds: 1970)
    given = load_corpus(tmp_path, fields={"text": "body", "published": "day"}, publication_date=20310318)
    assert given["published"].tolist() == [pd.Timestamp("2031-03-18")] * 3

def test_unix_time_in_milliseconds_or_written_as_text_is_read_as_its_moment(tmp_path):
    # Fictional exports: a web app's JSON with JavaScript milliseconds, a CSV with Unix time as text.
    ms = {"text": "The Umberton ferry resumed service on Monday.", "date": 1931472000000}
    (tmp_path / "app.jsonl").write_text(json.dumps(ms), encoding="utf-8")
    (tmp_path / "db.csv").write_text("text,date\nFerry staff in Umberton went on strike.,1931472000\n"
                                     "Umberton's harbour master retired.,1931472000000\n", encoding="utf-8")
    df = load_corpus(tmp_path)
    # was year 63175 for the milliseconds, nothing for the text
    assert df["published"].tolist() == [pd.Timestamp("2031-03-17")] * 3
    assert df["published_source"].tolist() == ["metadata"] * 3



def test_a_spreadsheets_serial_day_is_read_as_its_day(tmp_path):
    # A fictional desk's sheet saved as CSV with its date column formatted as a number (days since
    # 1899-12-30), and the same as JSON numbers: 1 January 1970 (as Unix seconds), or no date at all.
    (tmp_path / "sheet.csv").write_text("text,date\nThe Umberton ferry resumed service.,47194\n"
                                        "Umberton's harbour master retired.,47194.75\n", encoding="utf-8")
    (tmp_path / "sheet.jsonl").write_text(json.dumps({"text": "An Umberton pier was repainted.", "date": 47194}),
                                          encoding="utf-8")
    df = load_corpus(tmp_path).set_index("doc_id")["published"]
    assert df.to_dict() == {"sheet/2": pd.Timestamp("2029-03-17"), "sheet/3": pd.Timestamp("2029-03-17 18:00"),
                            "sheet/1": pd.Timestamp("2029-03-17")}


def test_a_csv_a_spreadsheet_saved_with_semicolons_is_read_by_them(tmp_path):
    # Excel in decimal-comma locales saves "CSV" with semicolons (a fictional German desk's export):
    # its header was one field, every row 'malformed CSV row (2 fields, header has 1)' or 'no text'.
    (tmp_path / "desk.csv").write_bytes("\ufefftitel;text;datum\r\nFähre;\"Die Fähre in Umberton fährt wieder; "
                                        "sagte die Bürgermeisterin.\";02.03.2031\r\nHafen;Der Hafen ist neu.;"
                                        "03.03.2031\r\n".encode("utf-8"))
    df = load_corpus(tmp_path, fields={"title": "titel", "published": "datum"})
    assert skipped(df).empty
    assert df["title"].tolist() == ["Fähre", "Hafen"] and df["text"][0].endswith("sagte die Bürgermeisterin.")
    assert df["published"].tolist() == [pd.Timestamp("2031-03-02"), pd.Timestamp("2031-03-03")]


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_a_csv_whose_first_line_names_its_delimiter_is_read_by_it(tmp_path, delimiter):
    # Excel writes and reads a first line "sep=;": it was taken for the field names, and every row
    # of the fictional desk's export was a 'malformed CSV row (3 fields, header has 2)'.
    rows = [["title", "text"], ["Quay", "The quay of Port Amsel reopens; on Friday, said Alda Voss."]]
    lines = [f"sep={delimiter}"] + [delimiter.join(f'"{v}"' for v in row) for row in rows]
    (tmp_path / "desk.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    df = load_corpus(tmp_path)
    assert skipped(df).empty and df["title"].tolist() == ["Quay"]
    assert df["text"].tolist() == ["The quay of Port Amsel reopens; on Friday, said Alda Voss."]


def test_a_csv_with_two_columns_of_one_name_keeps_both(tmp_path):
    # A fictional sheet with a second "title" column pasted in: the record kept the last, the
    # headline was lost.
    (tmp_path / "sheet.csv").write_text("id,title,text,title\n1,Quay reopens,The quay reopens on Friday.,Harbour\n")
    article = load_corpus(tmp_path).iloc[0]
    assert (article["title"], article["title.1"]) == ("Quay reopens", "Harbour")


def test_a_spreadsheet_of_articles_saved_as_tab_separated_text_is_read_row_by_row(tmp_path):
    # Excel's "Text (Tab delimited)" (Windows-1252) and "Unicode Text" (UTF-16) saves are named .txt:
    # a fictional desk's sheet of two stories was read as one article holding the whole table.
    rows = [["Headline", "Date", "Body"],
            ["Quay reopens", "2031-10-27", "The quay of Port Amsel reopens, said Alda Voss."],
            ["Ferry “sails”", "2031-10-28", 'The ferry sails again, "at last", its owner said.']]
    table = "\r\n".join("\t".join(row) for row in rows) + "\r\n"
    (tmp_path / "sheet_text.txt").write_bytes(table.encode("cp1252"))
    (tmp_path / "sheet_unicode.txt").write_bytes(table.replace("Quay", "Pier").replace("said", "says").encode("utf-16"))
    # A story whose first lines hold tabs but name no text field stays one article.
    (tmp_path / "story.txt").write_text("Quay\tnotes\nThe quay\treopens.\n\nA fictional body of the story.\n")
    df = load_corpus(tmp_path).set_index("doc_id")
    assert df.loc["sheet_text/2", "title"] == "Quay reopens" and df.loc["sheet_unicode/2", "title"] == "Pier reopens"
    assert df.loc["sheet_text/3", "text"] == 'The ferry sails again, "at last", its owner said.'
    assert df.loc["sheet_unicode/3", "title"] == "Ferry “sails”"
    assert df.loc["sheet_unicode/3", "published"] == pd.Timestamp("2031-10-28")
    assert df.loc["sheet_text/2", "format"] == "txt (tab-separated)" and df.loc["story", "format"] == "txt"
    assert skipped(df).empty and len(df) == 5


def test_a_file_whose_dates_put_the_day_first_is_read_day_first_throughout(tmp_path):
    # Fictional exports: a British desk's CSV (25/12 tells the order), an American one, a German one.
    (tmp_path / "uk.csv").write_text("text,date\nThe Umberton ferry resumed service.,25/12/2030\n"
                                     "Umberton's harbour master retired.,02/03/2031\n", encoding="utf-8")
    (tmp_path / "us.csv").write_text("text,date\nFerry staff in Umberton went on strike.,12/25/2030\n"
                                     "An Umberton pier was repainted.,02/03/2031\n", encoding="utf-8")
    (tmp_path / "de.csv").write_text("text,date\nUmberton's lighthouse was sold.,02.03.2031\n", encoding="utf-8")
    df = load_corpus(tmp_path).set_index("doc_id")["published"]
    assert df["uk/3"] == pd.Timestamp("2031-03-02")      # was 3 February
    assert df["de/2"] == pd.Timestamp("2031-03-02")      # was 3 February
    assert (df["us/2"], df["us/3"]) == (pd.Timestamp("2030-12-25"), pd.Timestamp("2031-02-03"))
    assert df["uk/2"] == pd.Timestamp("2030-12-25")


def test_dates_no_number_of_which_settles_the_day_order_are_named_and_the_order_can_be_given(tmp_path):
    # A fictional British desk's CSV whose days are all 12 or less: nothing in the file tells 03/04 from
    # 04/03, so it was read month first without a word. Now a warning names it, its rows say so, and
    # day_first (the notebooks' parameter, "presslens run --day-first") reads it as the desk wrote it.
    (tmp_path / "uk.csv").write_text("text,date\nThe Umberton ferry resumed service.,03/04/2031\n"
                                     "Umberton's harbour master retired.,05/05/2031\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"uk.csv \('03/04/2031'\); they are read month first. Give day_first=True"):
        df = load_corpus(tmp_path).set_index("doc_id")
    assert df.loc["uk/2", "published"] == pd.Timestamp("2031-03-04")
    assert df.loc["uk/2", "repairs"] == "day order unsure ('03/04/2031'): read month first"
    assert df.loc["uk/3", "repairs"] == "day order unsure ('03/04/2031'): read month first"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        given = load_corpus(tmp_path, day_first=True).set_index("doc_id")
        assert given.loc["uk/2", "published"] == pd.Timestamp("2031-04-03") and given["repairs"].isna().all()
        assert load_corpus(tmp_path, day_first=False).set_index("doc_id").loc["uk/2", "published"].month == 3
        assert open_corpus(str(tmp_path), day_first="Day first")["published"].iloc[0] == pd.Timestamp("2031-04-03")
    with pytest.raises(ValueError, match="day_first 'dd/mm' is none of 'auto', 'day first', 'month first'"):
        open_corpus(str(tmp_path), day_first="dd/mm")
    with pytest.raises(ValueError, match="day_first must be True, False or None"):
        load_corpus(tmp_path, day_first="yes")


def test_date_inference_prefers_a_candidate_whose_weekday_the_lead_names():
    text = "Officials met on Tuesday. A report dated March 1, 2030 was cited. On March 5, 2030 it ends."
    # March 5, 2030 is a Tuesday; March 1 is a Friday.
    assert str(infer_publication_date(text)) == "2030-03-05"
    assert infer_publication_date("No dates at all.") is None


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no corpus"):
        load_corpus(tmp_path / "nope")


def test_decode_rejects_binary_and_normalises_line_endings():
    assert decode(b"a\r\nb\rc") == "a\nb\nc"
    with pytest.raises(ValueError, match="PDF"):
        decode(b"%PDF-1.7 ...")


def test_corpus_frame_saves_with_plain_pandas_writers_and_keeps_its_skip_report(tmp_path):
    # pandas writes df.attrs into Parquet metadata as JSON: a skip report kept there as a
    # DataFrame made articles.to_parquet raise (pandas 3.1: "Object of type DataFrame is not JSON
    # serializable").
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("Fictional good headline\n\nA good fictional body.\n")
    (folder / "copy.txt").write_text("Fictional good headline\n\nA good fictional body.\n")
    (folder / "empty.txt").write_bytes(b"")
    df = load_corpus(folder)
    report = skipped(df)
    assert sorted(report["reason"]) == ["empty file", "exact duplicate of copy"]
    df.to_parquet(tmp_path / "articles.parquet")
    back = pd.read_parquet(tmp_path / "articles.parquet")
    pd.testing.assert_frame_equal(skipped(back), report)
    assert back.attrs["duplicates"] == 1 and back["text"].tolist() == df["text"].tolist()
    df.to_pickle(tmp_path / "articles.pkl")
    pd.testing.assert_frame_equal(skipped(pd.read_pickle(tmp_path / "articles.pkl")), report)
    df.to_csv(tmp_path / "articles.csv", index=False)
    assert pd.read_csv(tmp_path / "articles.csv")["doc_id"].tolist() == ["copy"]
    # pandas compares attrs when it concatenates (a derived frame holds a deep copy): records
    # compare, a DataFrame there raised "The truth value of a DataFrame is ambiguous"
    assert len(pd.concat([df, df[df["doc_id"] == "copy"]])) == 2
    # a report set by hand as a DataFrame is still read
    df.attrs["skipped"] = report
    assert skipped(df) is report


def test_a_field_of_several_kinds_becomes_text_so_the_corpus_saves(tmp_path):
    # Records give a field as a number in one and as text in another ("page": 3, "page": "A1"):
    # Arrow takes one kind per column, so articles.to_parquet (and save_table, notebook 01's)
    # raised ArrowInvalid. Such a column becomes text; a column of one kind stays as it is.
    lines = ['{"id": "a", "title": 2031, "text": "The fictional council met on Monday.", "page": 3, "rank": 1}',
             '{"id": "b", "title": "Ferry", "text": "The fictional mayor spoke on Tuesday.", "page": "A1", "rank": 2}',
             '{"id": "c", "title": "Quay", "text": "The fictional quay reopened on Friday.", "rank": 3}']
    (tmp_path / "recs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    df = load_corpus(tmp_path)
    assert df["page"].tolist()[:2] == ["3", "A1"] and pd.isna(df["page"][2])
    assert df["title"].tolist() == ["2031", "Ferry", "Quay"] and df["rank"].tolist() == [1, 2, 3]
    df.to_parquet(tmp_path / "articles.parquet")
    assert pd.read_parquet(tmp_path / "articles.parquet")["page"].tolist()[:2] == ["3", "A1"]


def test_load_corpus_names_what_it_takes_and_where_it_looked(tmp_path, monkeypatch):
    # A table, a list of texts or an empty path are no folder of articles: each says what to do.
    table = pd.DataFrame({"doc_id": ["a"], "text": ["Mara Velk said the ferry would sail."]})
    for given in (table, table["text"], ["Mara Velk said the ferry would sail."]):
        with pytest.raises(TypeError, match="pass it to split_sentences"):
            load_corpus(given)
    with pytest.raises(ValueError, match="path is empty"):
        load_corpus("")
    # A relative path is tried here, then under the project root: the error names both places.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="no corpus at") as raised:
        load_corpus("ostrin-articles")
    assert str(tmp_path / "ostrin-articles") in str(raised.value)


def test_a_news_apis_response_is_read_through_its_wrappers_and_field_objects(tmp_path):
    # Fictional stories as three news APIs return them: the Guardian's {"response": {"results": [...]}}
    # with the text in "fields", Event Registry's {"articles": {"results": [...]}}, WordPress's posts
    # with {"rendered": ...} values. Each file was one skip row ("no text field ... (fields: response)")
    # or "record has no text" for every post.
    guardian = {"response": {"status": "ok", "results": [
        {"id": "world/2031/mar/04/umberton-ferry", "webTitle": "Umberton ferry vote delayed",
         "webPublicationDate": "2031-03-04T10:30:00Z", "webUrl": "https://example.org/umberton-ferry",
         "fields": {"byline": "Ida Kell", "bodyText": "The Umberton council delayed its ferry vote."}}]}}
    registry = {"articles": {"results": [
        {"uri": "7001", "title": "Port Amsel quay reopens", "dateTime": "2031-03-05T08:00:00Z",
         "body": "The quay of Port Amsel reopened on Wednesday.", "source": {"uri": "x", "title": "Nordland Courier"},
         "authors": [{"name": "Per Osk", "type": "author"}]}], "totalResults": 1}}
    wordpress = [{"id": 12, "date": "2031-03-06T09:00:00", "link": "https://example.org/pier",
                  "title": {"rendered": "Umberton pier repainted"},
                  "content": {"rendered": "The Umberton pier was repainted on Thursday.", "protected": False}}]
    for name, data in (("guardian.json", guardian), ("registry.json", registry), ("wp.json", wordpress)):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    df = load_corpus(tmp_path).set_index("doc_id")
    assert skipped(df).empty
    got = df[["title", "text", "author", "outlet", "url"]].fillna("-").to_dict("index")
    assert got == {
        "guardian/world/2031/mar/04/umberton-ferry": {
            "title": "Umberton ferry vote delayed", "text": "The Umberton council delayed its ferry vote.",
            "author": "Ida Kell", "outlet": "-", "url": "https://example.org/umberton-ferry"},
        "registry/1": {"title": "Port Amsel quay reopens", "text": "The quay of Port Amsel reopened on Wednesday.",
                       "author": "Per Osk", "outlet": "Nordland Courier", "url": "-"},
        "wp/12": {"title": "Umberton pier repainted", "text": "The Umberton pier was repainted on Thursday.",
                  "author": "-", "outlet": "-", "url": "https://example.org/pier"}}
    assert df["published"].tolist() == [pd.Timestamp(d) for d in ("2031-03-04 10:30", "2031-03-05 08:00",
                                                                   "2031-03-06 09:00")]


def test_a_records_text_given_as_html_is_read_as_its_words_and_paragraphs(tmp_path):
    # A fictional scraper's CSV and a WordPress post: the article's text as HTML. The tags stood in the
    # text ("<p>The <b>Umberton</b> ...</p>"), inside sentences, names and quotations.
    body = ('<p>The <b>Umberton</b> ferry resumed on Monday.</p>\n<p>&#8220;It is back,&#8221; said '
            '<a href="https://example.org/kell">Ida Kell</a>.<br></p>')
    with open(tmp_path / "scraped.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["title", "body"], ["Ferry &amp; quay reopen", body],
                                  ["Plain", "A <b>plain</b>-looking 3 < 4 text."], ["Sums", "Costs rose: 3 < 4 > 2."]])
    df = load_corpus(tmp_path)
    assert df["text"].tolist() == ["The Umberton ferry resumed on Monday.\n\n“It is back,” said Ida Kell.",
                                   "A plain-looking 3 < 4 text.", "Costs rose: 3 < 4 > 2."]
    assert df["title"].tolist() == ["Ferry & quay reopen", "Plain", "Sums"]
    assert df["repairs"].tolist()[:2] == ["HTML markup removed"] * 2 and pd.isna(df["repairs"][2])


def test_a_date_field_with_words_or_a_zones_abbreviation_is_read_as_the_day_it_writes(tmp_path):
    # A fictional desk's CSV with dates as sites and CMSs print them: each was NaT without a word, so the
    # article was undated and its "yesterday" had no value. A field that holds no date is named in one warning.
    dates = ["Monday, March 3, 2031 - 11:30pm EST", "March 3, 2031 at 11:30 p.m. ET", "Monday 3 March 2031 23.30 GMT",
             "2031-03-03 23:30:00 EST", "Updated 11:30 PM EST, Mon March 3, 2031", "yesterday",
             "03/03/2031 11:30 PM EST"]
    with open(tmp_path / "desk.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["text", "date"]] + [[f"The Umberton ferry ran late {i} times.", d]
                                                       for i, d in enumerate(dates)])
    with pytest.warns(UserWarning, match=r"1 article\(s\) have a date field .*'desk/7' \('yesterday'\)"):
        df = load_corpus(tmp_path)
    assert df["published"].tolist()[:5] == [pd.Timestamp("2031-03-03")] * 5 and pd.isna(df["published"][5])
    assert df["published_source"].tolist()[:5] == ["metadata"] * 5
    assert df["repairs"].tolist()[5] == "date field not read: 'yesterday'" and df["repairs"].drop(5).isna().all()
    assert df["published"][6] == pd.Timestamp("2031-03-03")


def test_a_date_with_a_zone_keeps_the_day_and_time_where_it_was_written(tmp_path):
    # A fictional Media Cloud-style export: an evening story in New York and a morning one in Tokyo were
    # moved to UTC, 2031-03-04 03:15 and 2031-03-02 23:30, a day off, so "yesterday" pointed at the wrong day.
    (tmp_path / "stories.csv").write_text(
        "text,publish_date\nThe Umberton ferry resumed.,2031-03-03T22:15:00-05:00\n"
        "Port Amsel's quay reopened.,\"Mon, 03 Mar 2031 08:30:00 +0900\"\n"
        "The pier was repainted.,2031-03-03T10:00:00Z\n",
        encoding="utf-8")
    df = load_corpus(tmp_path)
    assert df["published"].tolist() == [pd.Timestamp("2031-03-03 22:15"), pd.Timestamp("2031-03-03 08:30"),
                                        pd.Timestamp("2031-03-03 10:00")]


def test_a_text_padded_with_nul_bytes_is_read_and_the_padding_said(tmp_path):
    # A fictional article saved by a system that crashed after writing: the file zero-filled to its block
    # (4 KB of NULs) was skipped whole as "binary content (control characters)".
    story = "Ferry strike ends\n\n" + "The ferry strike in Umberton ended on Sunday, union leader Per Osk said. " * 5
    (tmp_path / "padded.txt").write_bytes(story.encode() + bytes(4096))
    (tmp_path / "zeros.txt").write_bytes(bytes(4096))
    (tmp_path / "binary.txt").write_bytes(bytes(range(32)) * 40 + bytes(4096))
    df = load_corpus(tmp_path)
    assert df["text"].tolist() == [story.split("\n\n", 1)[1].strip()]
    assert df["repairs"].tolist() == ["4096 NUL bytes removed"]
    reasons = {p.rsplit("/", 1)[-1]: r for p, r in zip(skipped(df)["path"], skipped(df)["reason"])}
    assert reasons["binary.txt"] == "binary content (control characters)" and "zeros.txt" in reasons


def test_a_text_field_holding_a_list_of_paragraphs_is_one_text(tmp_path):
    # A fictional scraper's JSON Lines: "body" as a list of paragraphs was "record has no text".
    record = {"title": "Umberton ferry resumes",
              "body": ["The Umberton ferry resumed on Monday. ", "", "Per Osk cheered."]}
    (tmp_path / "scraped.jsonl").write_text(json.dumps(record) + "\n" + json.dumps({"body": ["x", 3]}) + "\n")
    df = load_corpus(tmp_path)
    assert df["text"].tolist() == ["The Umberton ferry resumed on Monday.\n\nPer Osk cheered."]
    assert skipped(df)["reason"].tolist() == ["record has no text"]


def test_a_short_text_with_stray_nul_bytes_is_read_and_the_nuls_said():
    # A fictional 90-byte article with three stray NULs (in a word, after its last sentence: a bad copy)
    # was skipped whole as "binary content (control characters)": three were over 1% of so short a text.
    df = load_corpus(FIXTURES / "stray_nul")
    assert df["text"].tolist() == ["The quay at Port Amsel reopened on Monday, harbour master Lina Vos said."]
    assert df["repairs"].tolist() == ["3 NUL bytes removed"]
    # Many NULs (over 5% of the bytes), or NULs among other control bytes, are still binary content.
    for data in (b"Quay\x00\x00\x00 at Port Amsel", b"Quay\x01 \x00at\x02 Port\x03 Amsel"):
        with pytest.raises(ValueError, match="binary content"):
            decode(data)


def test_a_wordpress_posts_numeric_author_is_its_user_number_not_its_name():
    # Fictional posts as WordPress's REST API gives them: "author" is the user's number, so the author
    # column read "3"; with ?_embed the name is in "_embedded".
    df = load_corpus(FIXTURES / "wordpress").set_index("doc_id")
    assert df["author"].fillna("-").to_dict() == {"posts/21": "-", "posts/22": "Ida Kell"}
    assert df["author_id"].tolist() == [3, 5]


def test_one_outlet_under_several_names_is_warned_of_and_unified_by_the_researchers_mapping():
    # Fictional: one outlet as a database export names it ("The Brackwater Herald"), as a scraper does
    # ("Brackwater Herald") and by its domain; another in capitals. They were four outlets, without a word.
    with pytest.warns(UserWarning, match="outlet names that may be one outlet") as caught:
        df = load_corpus(FIXTURES / "outlets" / "corpus")
    assert df.attrs["outlet_variants"] == [
        ["The Brackwater Herald", "Brackwater Herald", "www.brackwaterherald.example"],
        ["Nordland Courier", "NORDLAND COURIER"]]
    assert "'The Brackwater Herald' (2) / 'Brackwater Herald' (1)" in str(caught[0].message)
    # The researcher's mapping (a CSV of the name as written and the outlet) unifies them; the name as
    # written is kept. Names the mapping leaves apart are still warned of.
    with pytest.warns(UserWarning, match=r"one outlet: 'Nordland Courier' \(1\) / 'NORDLAND COURIER' \(1\);"):
        mapped = load_corpus(FIXTURES / "outlets" / "corpus", outlets=FIXTURES / "outlets" / "outlets.csv")
    assert mapped["outlet"].tolist() == ["The Brackwater Herald"] * 2 + ["Nordland Courier"] + \
        ["The Brackwater Herald"] * 2 + ["NORDLAND COURIER"]
    assert mapped["outlet_as_written"].tolist()[3:5] == ["Brackwater Herald", "www.brackwaterherald.example"]
    assert mapped.attrs["outlet_variants"] == [["Nordland Courier", "NORDLAND COURIER"]]
    same = load_corpus(FIXTURES / "outlets" / "corpus", outlets={
        "NORDLAND COURIER": "Nordland Courier", "Brackwater Herald": "The Brackwater Herald",
        "www.brackwaterherald.example": "The Brackwater Herald"})
    assert "outlet_variants" not in same.attrs and same["outlet"].nunique() == 2


def test_notebook_01_shows_the_look_alike_outlet_names_with_the_fix():
    # What notebook 01 shows (one call): the names of a fictional outlet counted apart, and how to map them.
    from presslens.corpus import look_alike_outlets

    articles = pd.DataFrame({"outlet": ["The Brackwater Herald", "Brackwater Herald", "The Brackwater Herald",
                                        "Nordland Courier", None]})
    note, table = look_alike_outlets(articles)
    assert "presslens run --outlets FILE" in note
    assert table.values.tolist() == [["The Brackwater Herald", "The Brackwater Herald", 2],
                                     ["The Brackwater Herald", "Brackwater Herald", 1]]
    note, table = look_alike_outlets(articles.head(1))
    assert note == "No outlet names look like one outlet's." and table.empty


def test_a_date_field_without_a_year_is_no_date(tmp_path):
    # A fictional desk's export whose date column lost its year ("Dec 7th") or holds only a time: pandas
    # reads the first as 7 December of the year 1 and the second as today, and the year-1 article broke
    # notebook 04's timeline chart. Neither writes a year: the field is named as not read, the article
    # dated from its text where it gives a date. A year of two digits is a year ("7-Dec-26").
    fields = ["Dec 7th", "7 December", "Tuesday, December 7 at 10:00", "10:00 AM", "7-Dec-26", "Dec 7th, 2026"]
    with open(tmp_path / "desk.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["text", "date"]] + [[f"The Umberton ferry ran late {i} times.", d]
                                                       for i, d in enumerate(fields)])
    with pytest.warns(UserWarning, match=r"4 article\(s\) have a date field .*'desk/2' \('Dec 7th'\)"):
        df = load_corpus(tmp_path)
    assert df["published"][:4].isna().all() and df["published_source"][:4].isna().all()
    assert df["repairs"].tolist()[:4] == [f"date field not read: {d!r}" for d in fields[:4]]
    assert df["published"].tolist()[4:] == [pd.Timestamp("2026-12-07")] * 2


def test_a_file_of_utf8_with_windows_1252_bytes_is_read_whole(tmp_path):
    # A fictional desk file pasted together from two editors: UTF-8 (its closing quote ” holds the byte 0x9D,
    # which Windows-1252 leaves undefined) and a Windows-1252 paragraph. The file was skipped whole as
    # "undecodable bytes (neither UTF-8 nor Windows-1252)"; each part is read in its own encoding, and said.
    utf8 = "Ferry strike ends in Umberton\n\n“We are back,” said union leader Per Osk of the Zoë line.\n\n"
    cp1252 = "“The café reopens on Monday,” said the harbour master of Port Amsel.\n"
    (tmp_path / "pasted.txt").write_bytes(utf8.encode("utf-8") + cp1252.encode("cp1252"))
    (tmp_path / "pasted.jsonl").write_bytes(
        json.dumps({"id": "a", "text": utf8}, ensure_ascii=False).encode("utf-8") + b"\n"
        + json.dumps({"id": "b", "text": cp1252}, ensure_ascii=False).encode("cp1252") + b"\n")
    page = (f'<html><head><meta charset="utf-8"><title>Ferry strike ends</title></head><body><article>'
            f'<p>{utf8 * 3}</p><p>'.encode("utf-8") + cp1252.encode("cp1252") + b"</p></article></body></html>")
    (tmp_path / "page.html").write_bytes(page)
    df = load_corpus(tmp_path).set_index("doc_id")
    assert skipped(df).empty
    assert "Zoë line." in df.loc["page", "text"] and "“The café reopens on Monday,”" in df.loc["page", "text"]
    assert df.loc["pasted", "text"].endswith("Zoë line.\n\n“The café reopens on Monday,” said the harbour master "
                                             "of Port Amsel.")
    assert df.loc["pasted", "repairs"] == "3 byte sequence(s) not UTF-8 read as Windows-1252 (mixed encodings)"
    assert df.loc["pasted/a", "text"] == utf8.strip() and df.loc["pasted/b", "text"] == cp1252.strip()
    assert (df["encoding"] == "utf-8").all()


def test_json_lines_ended_by_carriage_returns_alone_are_one_record_each(tmp_path):
    # A fictional export saved with classic Mac OS line ends (CR alone): read as one line, its two
    # records were one skip ("malformed JSON line ... Extra data"). A CR inside a line stays no break.
    records = [{"id": "a", "text": "The Umberton ferry resumed on Monday."},
               {"id": "b", "text": "Port Amsel's quay reopened on Tuesday."}]
    (tmp_path / "mac.jsonl").write_bytes(b"".join(json.dumps(r).encode() + b"\r" for r in records))
    (tmp_path / "unix.jsonl").write_bytes(b'{"id": "c", "text": "The pier was\\r repainted.",\r "x": 1}\n')
    df = load_corpus(tmp_path)
    assert skipped(df).empty
    assert df["doc_id"].tolist() == ["mac/a", "mac/b", "unix/c"]


def test_a_web_page_saved_under_a_text_suffix_is_read_as_a_page(tmp_path):
    # A fictional page fetched with a download tool into ferry.txt: its markup was read as the article's text
    # ("<!DOCTYPE html><html><head>..."), tags and all, in every sentence, quote and name found in it.
    page = ("<!DOCTYPE html>\n<html><head><title>Umberton ferry resumes</title></head><body><article>"
            "<h1>Umberton ferry resumes</h1><p>The Umberton ferry resumed on Monday after a week of repairs, "
            "the harbour office of Port Amsel said.</p><p>&#8220;We are back,&#8221; said captain Ida Kell, who "
            "has sailed the route for twenty years.</p></article></body></html>")
    (tmp_path / "ferry.txt").write_text(page, encoding="utf-8")
    (tmp_path / "notes.md").write_text("<html>\n<body><p>" + page.split("<p>", 1)[1].replace("Monday", "Sunday"),
                                       encoding="utf-8")
    df = load_corpus(tmp_path).set_index("doc_id")
    assert skipped(df).empty
    for doc_id in ("ferry", "notes"):
        assert "<" not in df.loc[doc_id, "text"] and "“We are back,” said captain Ida Kell" in df.loc[doc_id, "text"]
    assert df.loc["ferry", "title"] == "Umberton ferry resumes"


def test_a_protected_or_old_office_file_under_a_new_suffix_is_skipped_saying_what_to_do(tmp_path):
    # Office saves a document protected by a password, and Word or Excel 97-2003 their files, in the older
    # OLE2 container; under .docx or .xlsx such a file was "unreadable ... (BadZipFile: File is not a zip file)".
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1016)
    (tmp_path / "desk.docx").write_bytes(ole2)
    (tmp_path / "desk.xlsx").write_bytes(ole2)
    (tmp_path / "good.txt").write_text("The Umberton ferry resumed on Monday, the harbour office said.")
    report = dict(zip(skipped(df := load_corpus(tmp_path))["path"], skipped(df)["reason"]))
    assert df["doc_id"].tolist() == ["good"]
    assert report == {
        str(tmp_path / "desk.docx"): "not a .docx inside but an older Office file (OLE2): a Word 97-2003 document "
                                     "renamed, or one protected by a password; open it in Word and save it as a Word "
                                     "Document (.docx) without a password",
        str(tmp_path / "desk.xlsx"): "not a .xlsx inside but an older Office file (OLE2): an Excel 97-2003 workbook "
                                     "renamed, or one protected by a password; open it in Excel and save it as an Excel "
                                     "Workbook (.xlsx) without a password"}


def test_sidecar_without_a_file_name_column_is_reported(tmp_path):
    # A newcomer's sidecar keyed by a column presslens does not know ("story"): no article got its
    # outlet or date, and nothing said so.
    (tmp_path / "brindle-1.txt").write_text("Quay Works open\n\nThe fictional quay works opened.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("story,outlet,published\nbrindle-1.txt,Brindle Post,2031-02-04\n",
                                           encoding="utf-8")
    df = load_corpus(tmp_path)
    assert df["outlet"].isna().all()
    reasons = skipped(df).set_index("path")["reason"]
    reason = reasons[next(p for p in reasons.index if p.endswith("metadata.csv"))]
    assert "names no file" in reason and "1 row(s)" in reason and "`file`" in reason
    (tmp_path / "metadata.csv").write_text("file,outlet\nbrindle-1.txt,Brindle Post\n", encoding="utf-8")
    assert skipped(load_corpus(tmp_path)).empty


def test_office_lock_files_and_windows_system_files_are_no_articles(tmp_path):
    # Word left ~$report.docx beside the fictional report it had open: it was "unreadable Word document
    # (BadZipFile)", a ~$ lock of a text file an article of one word, Thumbs.db and desktop.ini
    # "unsupported file type".
    (tmp_path / "good.txt").write_text("Fictional good headline\n\nA good fictional body.\n")
    (tmp_path / "~$report.docx").write_bytes(b"\x05Tilda" + bytes(150))
    (tmp_path / "~$notes.txt").write_bytes(b"\x05Tilda" + bytes(150))
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    (tmp_path / "desktop.ini").write_text("[.ShellClassInfo]\nIconResource=x.ico\n")
    df = load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["good"]
    reasons = dict(zip(skipped(df)["path"], skipped(df)["reason"]))
    assert set(reasons) == {str(tmp_path / "~$report.docx"), str(tmp_path / "~$notes.txt")}
    assert reasons[str(tmp_path / "~$report.docx")].startswith(
        "Office lock file (~$ name): Word, Excel or PowerPoint keeps it")


@pytest.mark.parametrize("name, data, reason", [
    ("letter.eml", b"From: desk@umberton.example\nSubject: Fictional quay\n\nThe quay reopens.\n",
     "e-mail message (.eml): not read; save the newsletter's article as a web page (.html) or text (.txt)"),
    ("letter.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
     "Outlook message (.msg): not read; in Outlook, File, Save As, HTML (.html) or Text Only (.txt)"),
    ("book.epub", b"PK\x03\x04" + bytes(26), "EPUB e-book: not read; convert it to .docx or .html"),
    ("memo.pages", b"PK\x03\x04" + bytes(26), "Apple Pages document: not read; in Pages, File, Export To, Word"),
])
def test_mail_and_ebook_files_say_how_to_convert_them(tmp_path, name, data, reason):
    # Each was "unsupported file type", without what to do.
    (tmp_path / name).write_bytes(data)
    assert skipped(load_corpus(tmp_path))["reason"][0].startswith(reason)


def test_sidecar_rows_naming_no_file_of_the_folder_are_reported(tmp_path):
    # A fictional desk's metadata.csv named a story it never saved and one in another case: both rows'
    # dates and outlets were applied to nothing, without a word.
    (tmp_path / "quay.txt").write_text("Quay reopens\n\nThe quay of Port Amsel reopens, the harbour office said.\n")
    (tmp_path / "Ferry.txt").write_text("Ferry late\n\nThe Port Amsel ferry ran late, its captain said.\n")
    (tmp_path / "metadata.csv").write_text("file,outlet,date\nquay.txt,Amsel Post,2031-03-04\n"
                                           "ferry.txt,Amsel Post,2031-03-05\nlost.txt,Amsel Post,2031-03-06\n")
    df = load_corpus(tmp_path)
    assert df.set_index("doc_id")["outlet"].fillna("").to_dict() == {"Ferry": "", "quay": "Amsel Post"}
    report = skipped(df)
    assert report["path"].tolist() == [str(tmp_path / "metadata.csv")]
    assert report["reason"][0] == ("metadata sidecar rows name 2 file(s) the corpus does not hold: ferry (Ferry "
                                   "differs only in case), lost; their metadata went to no article")
    assert skipped(load_corpus(tmp_path, files=[tmp_path / "quay.txt"])).empty   # a batch holds only some files
    assert skipped(load_corpus(tmp_path / "quay.txt")).empty                     # as one file of the folder does
