"""Tests of presslens.entities on small fictional articles, the embedded sample and, when present,
the PolNeAR development corpus."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.entities import (
    KINDS,
    MENTION_COLUMNS,
    canonical,
    find_mentions,
    gender_evidence,
    link_aliases,
    person_gender,
    pronoun_gender,
)
from presslens.entities.linking import prepare_aliases

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))


def _articles(*names: str) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": list(names),
        "text": [(FIXTURES / f"entities_{name}.txt").read_text("utf-8") for name in names],
    })


def _mentions(text: str) -> pd.DataFrame:
    """The mentions of one article (doc_id "k")."""
    return find_mentions(pd.DataFrame({"doc_id": ["k"], "text": [text]}))


def _kinds(text: str) -> dict[str, str]:
    """The kind of each mention of one article, by its text (a later mention of a text wins)."""
    m = _mentions(text)
    return dict(zip(m["text"], m["kind"]))


@pytest.fixture(scope="module")
def nordland():
    arts = _articles("nordland_1", "nordland_2", "nordland_3")
    return arts, find_mentions(arts)


def _rows(mentions: pd.DataFrame, doc_id: str) -> list[tuple[str, str, str, str]]:
    doc = mentions[mentions["doc_id"] == doc_id]
    return list(zip(doc["text"], doc["title"], doc["kind"], doc["entity"]))


def test_columns_offsets_and_kinds(nordland):
    arts, m = nordland
    assert list(m.columns) == MENTION_COLUMNS
    texts = dict(zip(arts["doc_id"], arts["text"]))
    for row in m.itertuples():
        text = texts[row.doc_id]
        assert text[row.start:row.end] == row.text
        assert row.start <= row.name_start < row.name_end == row.end
        assert row.kind in KINDS


def test_titles_are_kept_apart_from_names(nordland):
    rows = _rows(nordland[1], "nordland_1")
    assert ("Premier Alda Voss", "Premier", "PERSON", "Alda Voss") in rows
    assert ("Chinese President Lu Anfei", "Chinese President", "PERSON", "Lu Anfei") in rows
    assert ("Governor Tomas Reyk", "Governor", "PERSON", "Tomas Reyk") in rows
    assert ("Dr. Pel Ostrava", "Dr.", "PERSON", "Pel Ostrava") in _rows(nordland[1], "nordland_3")


def test_short_forms_link_to_the_full_name(nordland):
    rows = _rows(nordland[1], "nordland_1")
    assert ("Voss", "", "PERSON", "Alda Voss") in rows            # possessive "Voss’s" stripped
    assert ("Premier Voss", "Premier", "PERSON", "Alda Voss") in rows
    assert ("President Lu", "President", "PERSON", "Lu Anfei") in rows   # first word of the name


def test_possessive_places_and_demonyms(nordland):
    m = nordland[1]
    doc = m[m["doc_id"] == "nordland_1"]
    assert "Nordland" in set(doc["text"])                       # "Nordland’s" -> Nordland
    assert not doc["text"].str.contains("’s").any()
    assert "Japanese" not in set(doc["text"])                   # an adjective, not a mention
    kinds = dict(zip(doc["entity"], doc["kind"]))
    assert kinds["Geneva"] == "PLACE"
    assert kinds["United States"] == "PLACE"                    # "the U.S."
    assert kinds["Brennmark"] == "PLACE"                        # "in central Brennmark"


def test_sentence_initial_common_words_are_not_names(nordland):
    texts = set(nordland[1]["text"])
    for word in ("The", "Beyond", "Thousands", "Their", "While", "We"):
        assert not any(t.split()[0] == word for t in texts), word


def test_organisations(nordland):
    m = nordland[1]
    kinds = dict(zip(m["entity"], m["kind"]))
    for org in ("Halvard Shipping Corp.", "Kestrel Port Authority", "Nordland Embassy", "NLF",
                "Kestrel Times", "Brant Foundation"):
        assert kinds.get(org) == "ORG", org


def test_groups_and_corpus_wide_links(nordland):
    rows = _rows(nordland[1], "nordland_2")
    assert ("Republicans", "", "GROUP", "Republicans") in rows
    assert ("United States", "", "PLACE", "United States") in rows
    # no full name in this article: the corpus's only Voss and only Lu
    assert ("Voss", "", "PERSON", "Alda Voss") in rows
    assert ("Lu", "", "PERSON", "Lu Anfei") in rows
    assert ("Mrs. Hanne Brisk", "Mrs.", "PERSON", "Hanne Brisk") in rows
    assert ("Brisk", "", "PERSON", "Hanne Brisk") in rows


def test_ambiguous_surname_stays_unlinked_but_first_name_links(nordland):
    rows = _rows(nordland[1], "nordland_3")
    assert ("Brant", "", "PERSON", "Brant") in rows             # Ivo or Nia: unsure
    assert ("Nia", "", "PERSON", "Nia Brant") in rows


def test_link_aliases_is_stable(nordland):
    m = nordland[1]
    again = link_aliases(m)
    pd.testing.assert_frame_equal(again, m)


def test_canonical_resolves_names_and_titles(nordland):
    m = nordland[1]
    doc = m[m["doc_id"] == "nordland_1"]
    assert canonical("Voss", doc) == "Alda Voss"
    assert canonical("Voss’s", doc) == "Alda Voss"
    assert canonical("Premier Voss", doc) == "Alda Voss"
    assert canonical("the premier", doc) == "Alda Voss"
    assert canonical("President Lu", doc) == "Lu Anfei"
    assert canonical("the president", doc) == "Lu Anfei"
    assert canonical("the governor", doc) == "Tomas Reyk"
    assert canonical("Quimby", doc) is None
    assert canonical("", doc) is None
    assert canonical("Voss", doc.iloc[0:0]) is None


def test_canonical_prefers_the_nearest_title_before(nordland):
    arts = pd.DataFrame({"doc_id": ["x"], "text": [
        "Gov. Ada Quill met Gov. Ivo Brant. Later the governor spoke."]})
    m = find_mentions(arts)
    at = arts["text"][0].index("the governor")
    assert canonical("the governor", m, at=at) == "Ivo Brant"


def test_canonical_prefers_the_titled_person_named_last_in_any_form():
    # "World Bank President Jim Yong Kim … Obama said … The president also said": Obama, named last, not the one
    # titled last; the title still chooses among the people named.
    arts = pd.DataFrame({"doc_id": ["x"], "text": [
        "President Ada Quill met Port President Ivo Brant and Mayor Tom Becker. Quill spoke first. Becker spoke "
        "next. Later the president spoke again."]})
    m = find_mentions(arts)
    at = arts["text"][0].index("the president")
    assert canonical("the president", m, at=at) == "Ada Quill"


def test_a_bare_role_is_no_former_holder():
    # "the president" is not "former President Bill Clinton", named last; "the former president" is.
    text = ("President Ada Quill met former President Ivo Brant. Brant spoke first. Later the president spoke. "
            "The former president laughed.")
    m = find_mentions(pd.DataFrame({"doc_id": ["x"], "text": [text]}))
    assert canonical("the president", m, at=text.index("the president")) == "Ada Quill"
    assert canonical("the former president", m, at=text.index("The former president")) == "Ivo Brant"


def test_canonical_names_no_one_titled_only_after_a_person_named_before():
    text = "Headline: the governor speaks. Bo Tarrow came to town. Then the governor spoke. Gov. Ada Quill left."
    m = find_mentions(pd.DataFrame({"doc_id": ["x"], "text": [text]}))
    assert canonical("the governor", m, at=text.index("the governor spoke")) is None  # Tarrow named before
    assert canonical("the governor", m, at=text.index("the governor speaks")) == "Ada Quill"  # no one before
    assert canonical("the governor", m) == "Ada Quill"


def test_pronoun_gender():
    assert pronoun_gender("he") == "m"
    assert pronoun_gender("His") == "m"
    assert pronoun_gender("her") == "f"
    assert pronoun_gender("herself") == "f"
    assert pronoun_gender("its") == "n"
    assert pronoun_gender("they") is None
    assert pronoun_gender("Voss") is None
    assert pronoun_gender(None) is None


def test_person_gender_from_pronouns_and_honorifics(nordland):
    arts, m = nordland
    gender = person_gender(m, arts)
    assert gender["Alda Voss"] == "f"        # "she is set to meet"
    assert gender["Tomas Reyk"] == "m"       # "who said he would"
    assert gender["Hanne Brisk"] == "f"      # "Mrs."
    assert set(gender.dropna()) <= {"m", "f"}


def test_gender_evidence_of_parts_sums_to_the_whole(nordland):
    arts, m = nordland
    parts = [gender_evidence(m[m["doc_id"] == d], arts[arts["doc_id"] == d]) for d in arts["doc_id"]]
    summed = pd.concat(parts).groupby(level=0).sum()
    assert summed.sort_index().equals(gender_evidence(m, arts).sort_index())
    assert person_gender(evidence=summed).equals(person_gender(m, arts))


def test_given_name_decides_where_a_stray_possessive_evens_the_evidence():
    # A possessive after the name is often someone else's ("the actress Ashley Judd to a meeting in his hotel room"
    # had left her with no gender, and Weinstein's "He promised" went to her); a he/she of the other gender is not
    # outweighed (Marty Walz, a woman: "She said").
    text = ("Emily Tarrow sat at the back when the host raised his glass.\n\n"
            "Marty Kessel runs the ferry office. She said the timetable would change.")
    arts = pd.DataFrame({"doc_id": ["g"], "text": [text]})
    gender = person_gender(find_mentions(arts), arts)
    assert gender["Emily Tarrow"] == "f"
    assert gender["Marty Kessel"] is None


def test_odd_input_never_raises():
    arts = pd.DataFrame({
        "doc_id": ["empty", "none", "quotes", "caps", "nopunct"],
        "text": ["", None, "“" * 3000 + "Ada”" * 50, "NO WAR! THE END " * 100,
                 " ".join(["Word"] * 500)],
    })
    m = find_mentions(arts)
    assert list(m.columns) == MENTION_COLUMNS
    assert m[m["doc_id"].isin(["empty", "none", "caps"])].empty
    assert link_aliases(m.iloc[0:0]).empty


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(
    st.text(),
    st.text(alphabet=list("AbcÉz .’'-\n“”,JrU.S&")),
    st.lists(st.sampled_from(["Sen.", "Ada", "Quill’s", "U.S.", "the", "Japan-U.S.", "“", "NO", "of",
                              "Mr.", "\n\n", ".", "(R-Texas)", "Jr.", "J.", "President", "former"]),
             max_size=30).map(" ".join),
), min_size=1, max_size=3))
def test_offsets_always_valid(texts):
    arts = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": texts})
    m = find_mentions(arts)
    for row in m.itertuples():
        text = texts[int(row.doc_id)]
        assert text[row.start:row.end] == row.text
        assert 0 <= row.start <= row.name_start < row.name_end == row.end <= len(text)


def test_sample_article_entities_and_aliases():
    text = (ROOT / "data" / "raw" / "trump-tokyo-2025-10-27.txt").read_text("utf-8")
    m = find_mentions(pd.DataFrame({"doc_id": ["sample"], "text": [text]}))
    surfaces = m.groupby("entity")["text"].apply(set)
    kinds = dict(zip(m["entity"], m["kind"]))
    expect = {
        "Donald Trump": {"U.S. President Donald Trump", "Trump"},
        "Sanae Takaichi": {"Prime Minister Sanae Takaichi", "Takaichi", "Prime Minister Takaichi"},
        "Xi Jinping": {"Chinese President Xi Jinping", "President Xi"},
        "Naruhito": {"Emperor Naruhito"},
        "Lee Jae Myung": {"President Lee Jae Myung"},
        "Kevin Maher": {"Kevin Maher"},
        "Shinzo Abe": {"former leader Shinzo Abe", "Abe", "Prime Minister Abe"},
    }
    for entity, forms in expect.items():
        assert forms <= surfaces[entity], entity
        assert kinds[entity] == "PERSON", entity
    for place in ("Japan", "China", "South Korea", "Tokyo"):
        assert kinds[place] == "PLACE", place
    assert kinds["United States"] == "PLACE" and "U.S." in surfaces["United States"]
    assert kinds["NMV Consulting"] == "ORG" and kinds["U.S. Embassy"] == "ORG"
    assert not {"Thousands", "Beyond", "While", "The", "Japanese", "Southeast"} & set(m["text"])
    people = set(m.loc[m["kind"] == "PERSON", "entity"])
    assert people == {*expect, "Howard Lutnick", "Ryosei Akazawa", "Scott Bessent", "Marco Rubio"}
    gender = person_gender(m, pd.DataFrame({"doc_id": ["sample"], "text": [text]}))
    assert gender["Sanae Takaichi"] == "f" and gender["Donald Trump"] == "m"


# A gold Source span written as a name ("Sen. Ted Cruz", "Hillary Clinton", "the FBI" is not).
_NAMED_SOURCE = re.compile(r"(?:(?:[A-Z][\w.’'\-]*|of|de)\s?)+")
_PRONOUNS = {"He", "She", "I", "We", "They", "It", "You", "His", "Her", "Its", "Their", "The", "A"}


@pytest.fixture(scope="module")
def polnear():
    root = SHARED / "corpora" / "polnear-train"
    if not (root / "text").is_dir():
        pytest.skip("development corpora not available")
    files = sorted((root / "text").glob("*.txt"))
    arts = pd.DataFrame({"doc_id": [f.stem for f in files],
                         "text": [f.read_text("utf-8") for f in files]})
    return root, arts, find_mentions(arts)


@pytest.mark.slow
def test_polnear_corpus_runs_with_valid_offsets(polnear):
    _, arts, m = polnear
    texts = dict(zip(arts["doc_id"], arts["text"]))
    assert all(texts[d][s:e] == t for d, s, e, t in zip(m["doc_id"], m["start"], m["end"], m["text"]))
    people = m[m["kind"] == "PERSON"]["entity"].value_counts()
    # the campaign's main figures, each one entity across the corpus
    assert {"Donald Trump", "Hillary Clinton", "Bernie Sanders"} <= set(people.index[:5])
    assert (m["kind"] == "MISC").mean() < 0.15


@pytest.mark.slow
def test_polnear_named_sources_are_found_as_actors(polnear):
    """Of the hand-annotated speakers written as names, the share a mention covers, and of
    those the share kind PERSON, ORG or GROUP (measured: 0.955 and 0.971)."""
    root, arts, m = polnear
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for d, s, e, k in zip(m["doc_id"], m["name_start"], m["name_end"], m["kind"]):
        by_doc.setdefault(d, []).append((s, e, k))
    named = covered = actors = 0
    for ann in sorted((root / "attributions").glob("*.ann")):
        doc = by_doc.get(ann.stem.rsplit("_", 1)[0])
        for line in ann.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or not parts[1].startswith("Source ") or ";" in parts[1]:
                continue
            _, start, end = parts[1].split()
            span = parts[2].strip()
            if not _NAMED_SOURCE.fullmatch(span) or span.split()[0] in _PRONOUNS:
                continue
            named += 1
            hits = [k for s, e, k in doc or [] if s < int(end) and e > int(start)]
            if hits:
                covered += 1
                actors += hits[-1] in ("PERSON", "ORG", "GROUP")
    print(f"named gold sources {named}: covered {covered / named:.3f}, as actors {actors / covered:.3f}")
    assert named > 5000
    assert covered / named >= 0.93
    assert actors / covered >= 0.95


@pytest.mark.slow
def test_newsmtsc_named_targets_are_found():
    """NewsMTSC's target mentions written as names, in single sentences without their article:
    the share a mention covers (measured: 0.969 on train)."""
    path = SHARED / "corpora" / "newsmtsc-train" / "train.jsonl"
    if not path.is_file():
        pytest.skip("development corpora not available")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    arts = pd.DataFrame({"doc_id": [str(i) for i in range(len(rows))], "text": [r["sentence"] for r in rows]})
    m = find_mentions(arts)
    spans: dict[str, list[tuple[int, int]]] = {}
    for d, s, e in zip(m["doc_id"], m["name_start"], m["name_end"]):
        spans.setdefault(d, []).append((s, e))
    named = [(str(i), r) for i, r in enumerate(rows)
             if _NAMED_SOURCE.fullmatch(r["mention"]) and r["mention"].split()[0] not in _PRONOUNS]
    covered = sum(any(s < r["to"] and e > r["from"] for s, e in spans.get(i, [])) for i, r in named)
    print(f"named targets {len(named)}: covered {covered / len(named):.3f}")
    assert len(named) > 5000 and covered / len(named) >= 0.94


def _one(text: str) -> list[tuple[str, str, str, str]]:
    m = find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]}))
    return list(zip(m["text"], m["title"], m["kind"], m["entity"]))


def test_title_after_an_organisation_name():
    rows = _one("Nordland Shipping Council Chairman Edvin Sarto said the port would reopen.")
    assert ("Nordland Shipping Council Chairman Edvin Sarto", "Nordland Shipping Council Chairman",
            "PERSON", "Edvin Sarto") in rows


def test_a_name_that_goes_on_with_its_is_an_organisation():
    m = link_aliases(find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [
        "Quillsoft has paused its chatbot. Users were angry, Quillsoft said. Avalon and its harbour are quiet. "
        "Piet Marsh said Avalon was calm."]})))
    kind = dict(zip(m["entity"], m["kind"]))
    assert kind["Quillsoft"] == "ORG"
    assert kind["Avalon"] != "ORG"  # a place takes "its" too: only a verb before it says an organisation


def test_a_lone_name_whose_clause_goes_on_with_his_is_a_person():
    # "Lugo fired his army commanders", "Supporters of Kibaki and his rival": lone surnames were MISC
    kind = _kinds("Supporters of Varrek and his rival Odde battled in Kestrel. Later Ostrand fired his army "
                  "commanders. Manager Ada Quill of the Harriers delivered his message.")
    assert (kind["Varrek"], kind["Ostrand"]) == ("PERSON", "PERSON")
    assert kind["Harriers"] != "PERSON"  # after "the": a team, the clause is the manager's


def test_an_editors_label_and_a_pages_furniture_name_no_one():
    # "UPDATE: A rep for ..." was an organisation, BBC's "Image caption" and a player's "Embed" entities
    texts = set(_mentions("Image copyright Nordpress Image caption Ada Quill in Kestrel\n"
                          "Skip in Skip x Embed x Share CLOSE\nAda Quill opened the pier.\n"
                          "UPDATE: A spokesman for Varrek Mills said the pier is closed.\n"
                          "KEYS: Kestrel, Nordland\nMira Keys sang. Keys said the update was late.")["text"])
    assert not texts & {"Image", "Embed", "UPDATE", "KEYS"}
    assert {"Ada Quill", "Varrek Mills", "Keys"} <= texts  # a name that is a label's word stays one


def test_a_name_before_magazine_or_newspaper_is_a_publication():
    # "told Maclean's magazine" was linked to a hockey coach of another article; "Time magazine" a person
    m = find_mentions(pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Coach Doug Fennick praised his team. Fennick said the season was long.",
        "Ada Quill told Fennick's magazine in 2012 that the pier was safe. Sable magazine named her."]}))
    b = m[m["doc_id"] == "b"].set_index("text")
    assert (b.loc["Fennick", "entity"], b.loc["Fennick", "kind"]) == ("Fennick", "ORG")
    assert b.loc["Sable", "kind"] == "ORG"


def test_an_office_named_by_its_officers_title_and_a_possessive_is_one_organisation():
    # "The Clark County Coroner's Office" was the name "Clark County Coroner" and the entity "Office"
    kind = _kinds("The Kestrel County Coroner's Office identified the man. A deputy of the Vell County Sheriff’s "
                  "Department said so. It happened at Ada Quill's State Department.")
    assert kind["Kestrel County Coroner's Office"] == kind["Vell County Sheriff’s Department"] == "ORG"
    assert not {"Office", "Department", "Kestrel County Coroner"} & kind.keys()
    assert kind["State Department"] == "ORG" and kind["Ada Quill"] == "PERSON"  # no officer's title before it


def test_a_show_and_a_programme_named_for_its_host_are_no_entities():
    # "The Rachel Maddow Show", "the Late Show" and "Megyn Kelly Today" were listed as entities
    texts = set(_mentions("Ada Quill told The Bram Tolliver Show on Monday, and the Late Show later. On Susan Holt "
                          "Today she spoke again. Kestrel Today reported it, and Susan Holt agreed.")["text"])
    assert not {"Bram Tolliver Show", "Late Show", "Susan Holt Today"} & texts
    assert {"Ada Quill", "Kestrel Today", "Susan Holt"} <= texts  # no given name before "Today": a newspaper's name


def test_a_name_ending_in_tonight_or_live_is_a_programmes():
    # "Lou Dobbs Tonight" ("Lou" no given name of the list), "Lopez Tonight", "Saturday Night Live" ('Night Live')
    # were listed as entities: "Tonight" and "Live" end programmes' names only, named for a host or not
    texts = set(_mentions("Ada Quill told Vorn Daley Tonight on Monday. Brant Tonight and Sunday Night Live mocked "
                          "her, and Kestrel Live streamed it. Vorn Daley agreed.")["text"])
    assert not {t for t in texts if t.endswith(("Tonight", "Live"))}
    assert {"Ada Quill", "Vorn Daley"} <= texts


def test_words_of_address_and_greeting_opening_a_sentence_are_no_names():
    # "Folks, let's go", "Congrats to Rubio", "Boos rained down", "Ladies and gentlemen": MISC entities before
    texts = set(_mentions("“Folks, let's go,” said Ada Quill. Congratulations to Ivo Brant. Boos rang out. “Ladies "
                          "and gentlemen,” she said. Congrats to Tarsk.")["text"])
    assert not {"Folks", "Congratulations", "Boos", "Ladies", "Congrats"} & texts
    assert {"Ada Quill", "Ivo Brant", "Tarsk"} <= texts


def test_an_organisations_name_goes_on_after_its_head_word_and_on():
    # "the Council on Foreign Relations", "the House Select Committee on Benghazi": the entities were "Council" and
    # "House Select Committee" (and "Foreign Relations", "Benghazi" a place); not over a day or the next clause
    m = _mentions("Ada Quill of the Council on Tarsk Relations spoke. The Vell Committee on Parks and Recreation, "
                  "Ivo Brant said, met. The Council on Tuesday voted. The Council on Kestrel-Varn Relations National "
                  "Executive Director Oskar Lind agreed.")
    got = dict(zip(m["entity"], m["kind"]))
    assert got["Council on Tarsk Relations"] == got["Vell Committee on Parks and Recreation"] == "ORG"
    assert got["Council on Kestrel-Varn Relations"] == "ORG" and got["Oskar Lind"] == "PERSON"
    assert {"Ada Quill", "Ivo Brant", "Council"} <= got.keys() and "Tarsk Relations" not in got


def test_a_law_a_treaty_and_their_initials_are_no_entities():
    # "the Affordable Care Act", "the Second Amendment", "NAFTA" were listed (a law is no entity)
    texts = set(_mentions("Ada Quill defended the Kestrel Harbour Protection Act. The KHPA, she said, and the "
                          "Nordland Free Trade Agreement stand, as the Third Amendment does. The KHPA passed in "
                          "Avalon.")["text"])
    assert not {"Kestrel Harbour Protection Act", "KHPA", "Nordland Free Trade Agreement", "Third Amendment"} & texts
    assert {"Ada Quill", "Avalon"} <= texts


def test_a_lone_name_before_a_verb_of_speaking_in_the_present_is_a_persons():
    # "As Gordon explains it", "Hashimoto tells CNN": lone surnames were MISC ("Gordon says" already a person's)
    kind = _kinds("As Varrek explains it, the pier is safe. Ostrand tells the Kestrel Courier it is not. Ada Quill "
                  "tells Nordland Daily Post that it is.")
    assert (kind["Varrek"], kind["Ostrand"]) == ("PERSON", "PERSON")
    assert kind["Nordland Daily Post"] != "PERSON"  # after "tells": an outlet as often


def test_honorifics_without_a_point_are_titles_in_that_spelling_only():
    # British house style: "Mr Tolliver", "Dr Quill" link to the full names as "Mr." and "Dr." do;
    # "DR Congo" and "MS" (capitals) are no honorifics.
    text = ("Bram Tolliver spoke first. Mr Tolliver said the pier was safe. Dr Ada Quill agreed, "
            "and Ms Quill left for DR Congo with MS researchers.")
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    m = link_aliases(find_mentions(arts))
    entity = dict(zip(m["text"], m["entity"]))
    assert entity["Mr Tolliver"] == "Bram Tolliver"
    assert entity["Dr Ada Quill"] == entity["Ms Quill"] == "Ada Quill"
    assert entity.get("DR Congo", "DR Congo") == "DR Congo"
    assert "Dr" not in set(m.loc[m["text"].isin(["DR Congo", "MS"]), "title"])


# Titles of other house styles: British ones written without the point ("Prof Quill" as "Mr Quill"; not "Gen", a given
# name as often as a general: "Gen Nakatani"), and honorifics of West African, South Asian and church styles.
TITLES_OF_HOUSE_STYLES = {
    "Prof Ada Quill spoke. Insp Tom Becker and the Rev Jo Lind agreed. Minister Gen Sato left.":
        {"Prof Ada Quill": "Ada Quill", "Insp Tom Becker": "Tom Becker", "Rev Jo Lind": "Jo Lind",
         "Minister Gen Sato": "Gen Sato"},
    "Comrade Tom Becker commended the move. Alhaji Musa Bello spoke. Engr Ada Quill and Hon Sam Reed left. "
    "Archbishop Jo Lind prayed with evangelist Mia Vale.":
        {"Comrade Tom Becker": "Tom Becker", "Alhaji Musa Bello": "Musa Bello", "Engr Ada Quill": "Ada Quill",
         "Hon Sam Reed": "Sam Reed", "Archbishop Jo Lind": "Jo Lind", "evangelist Mia Vale": "Mia Vale"},
    # members of parliaments and executives written as initials, Irish (TD), Northern Irish, Indian and Australian
    # (MLA), Ontarian (MPP), South African (MEC): "Sinn Féin TD Declan Farrelly" was one person so named
    "Sinn Féin TD Declan Farrelly spoke. Labor MLA Kaye Lind, Ontario MPP Dana Kerr and Provincial MEC Thandeka "
    "Mvelase agreed.":
        {"Sinn Féin TD Declan Farrelly": "Declan Farrelly", "Labor MLA Kaye Lind": "Kaye Lind",
         "Ontario MPP Dana Kerr": "Dana Kerr", "Provincial MEC Thandeka Mvelase": "Thandeka Mvelase"},
    # offices of the courts' reports and South African traditional leaders ("Magistrate Sipho Ndlovu" was one person
    # so named)
    "Magistrate Sipho Ndlovu spoke. Coroner Piet Marsh, Induna Musa Zulu, Inkosi Tom Dube and headman Sam Reed "
    "agreed.":
        {"Magistrate Sipho Ndlovu": "Sipho Ndlovu", "Coroner Piet Marsh": "Piet Marsh", "Induna Musa Zulu": "Musa Zulu",
         "Inkosi Tom Dube": "Tom Dube", "headman Sam Reed": "Sam Reed"},
    # the business pages' officers ("Chief Financial Officer Bo Tarn" had the entity "Financial Officer Bo Tarn")
    "Chief Financial Officer Bo Tarn spoke. Chief Operating Officer Ida Lee and Chief Technology Officer Sam Vu "
    "agreed. Chief Marketing Officer Mia Vale and Chief Investment Officer Jo Lind left.":
        {"Chief Financial Officer Bo Tarn": "Bo Tarn", "Chief Operating Officer Ida Lee": "Ida Lee",
         "Chief Technology Officer Sam Vu": "Sam Vu", "Chief Marketing Officer Mia Vale": "Mia Vale",
         "Chief Investment Officer Jo Lind": "Jo Lind"},
    # Australian and New Zealand councillors, "Cr" with no point ("Cr Castles said" was a person named 'Cr Castles')
    "Mayor Bronwyn Castles spoke. Cr Castles and Cr Des Whitlock agreed.":
        {"Cr Castles": "Bronwyn Castles", "Cr Des Whitlock": "Des Whitlock"},
    # South African copy's honorific of an elderly woman ("Gogo Mavis Dube" was one person so named)
    "Residents queued for water. Gogo Thandi Mkhize, 74, said she walked to the stream.":
        {"Gogo Thandi Mkhize": "Thandi Mkhize"},
}


@pytest.mark.parametrize("text", TITLES_OF_HOUSE_STYLES)
def test_titles_of_other_house_styles_are_titles(text):
    m = link_aliases(find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]})))
    entity = dict(zip(m["text"], m["entity"]))
    assert {name: entity.get(name) for name in TITLES_OF_HOUSE_STYLES[text]} == TITLES_OF_HOUSE_STYLES[text]


def test_british_peerages_councillors_and_offices_are_titles():
    text = ("Baroness Ada Quill disagreed. Cllr Tom Becker and Councillor Tom Becker are one man. "
            "The Chancellor of the Exchequer, Mia Vale, said nothing. Earl Blumen and Martin Baron spoke.")
    m = link_aliases(find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]})))
    entity = dict(zip(m["text"], m["entity"]))
    assert entity["Baroness Ada Quill"] == "Ada Quill"
    assert entity["Cllr Tom Becker"] == entity["Councillor Tom Becker"] == "Tom Becker"
    assert not any(e.startswith("of the") for e in m["entity"])
    # first names and surnames that are also peerages stay names
    assert entity["Earl Blumen"] == "Earl Blumen" and entity["Martin Baron"] == "Martin Baron"


def test_letters_after_a_british_name_and_mp_before_it_are_no_part_of_the_name():
    text = "Ada Quill MP spoke. Conservative MP Bo Tarn agreed. Bram Tolliver KC left. Quill stayed."
    m = link_aliases(find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]})))
    assert set(m["entity"]) == {"Ada Quill", "Bo Tarn", "Bram Tolliver"}
    assert set(m.loc[m["entity"] == "Bo Tarn", "title"]) == {"Conservative MP"}


def test_members_named_by_party_and_office_are_a_group_not_a_person():
    text = "Labour MPs said the levy was unfair. Tory MPs revolted. Supreme Court Justices met. Ada Quill MP left."
    m = find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]}))
    kind = dict(zip(m["text"], m["kind"]))
    assert kind["Labour MPs"] == kind["Tory MPs"] == kind["Supreme Court Justices"] == "GROUP"
    assert kind["Ada Quill"] == "PERSON"


def test_title_case_headline_words_are_not_names():
    rows = _one("Quill Says Brant Will Lose In Ohio\n\nAda Quill said Ivo Brant would lose.")
    assert {r[0] for r in rows} >= {"Quill", "Brant", "Ohio"}
    assert not any("Says" in r[0] or "Will" in r[0] for r in rows)


def test_a_short_title_case_headline_opening_the_article_is_cut_at_its_ordinary_words():
    # Only two capitalised ordinary words ("Visits", "Boost"): the line was not read as a headline, and
    # "Visits Nairobi" was a person titled "Indian Minister", "Boost Trade" a name.
    rows = _one("Indian Minister Visits Nairobi to Boost Trade\n\nNAIROBI — India's commerce minister, "
                "Anil Dessai, arrived in Nairobi on Sunday for talks with Kenyan officials.")
    names = {r[0] for r in rows}
    assert "Nairobi" in names
    assert not any("Visits" in n or "Boost" in n for n in names)


def test_words_of_the_internet_age_are_ordinary_words():
    # Punkt's older news never wrote "email" or "tweets" in lower case: "Ada Quill Tweets" was one
    # person, "Email" a name of its own.
    rows = _one("Ada Quill Tweets About Vell Email Leak\n\nAda Quill said the leak was old. "
                "Email the desk at desk@vell.example.")
    names = {r[0] for r in rows}
    assert "Ada Quill" in names
    assert not any("Email" in n or "Tweets" in n for n in names)


def test_the_words_of_a_hashtag_are_no_name():
    # "#TarlowStrong" and "#GoVells" were entities of their own, as a handle's words are not.
    names = {r[3] for r in _one("Coach Bo Vesk thanked the fans of Tarlow. #TarlowStrong #GoVells, "
                                "wrote @AdaQuill in reply.")}
    assert "Bo Vesk" in names
    assert not any("Tarlow" in n and "Strong" in n or "Vells" in n or "Ada" in n for n in names)


def test_a_treebank_bracket_token_is_no_name():
    # Text tokenised for parsing writes its brackets as "-LRB-" and "-RRB-": each was an organisation.
    names = {r[3] for r in _one("-LRB- Vell Radio -RRB- Bishop Ada Quill received the pilgrims of Tarlow "
                                "-LSB- a fictional town -RSB- on Sunday .")}
    assert names == {"Vell Radio", "Ada Quill", "Tarlow"}


def test_cities_of_news_outside_the_united_states_are_places():
    kinds = _kinds("The Brisbane duo Tam Orrel and Bo Vesk will play in Mombasa, then visit Pune and Leeds.")
    assert kinds["Brisbane"] == kinds["Mombasa"] == kinds["Pune"] == kinds["Leeds"] == "PLACE"


def test_biotech_firms_are_organisations_and_their_short_name_too():
    # "Therapeutics" was no head word: the firm was a person, and so the lone "Orvane" after it.
    m = link_aliases(_mentions("The drug is made by Orvane Therapeutics, based in Vell. Shares of Orvane rose 9 "
                               "percent, and Tarlow Biosciences fell."))
    rows = dict(zip(m["text"], zip(m["kind"], m["entity"])))
    assert rows["Orvane Therapeutics"] == rows["Orvane"] == ("ORG", "Orvane Therapeutics")
    assert rows["Tarlow Biosciences"][0] == "ORG"


def test_a_saints_possessive_opens_the_name_of_a_school_or_hospital():
    # The possessive cut "St. Brigid's Primary School" into the person "St. Brigid" and an organisation
    # "Primary School"; a saint's name alone stays as it was.
    kinds = _kinds("Pupils of St. Brigid's Primary School in Vell and St Orla's Hospital were fine, "
                   "Saint Ivo's Church said. They met at St. Edda's on Friday.")
    assert kinds["St. Brigid's Primary School"] == kinds["St Orla's Hospital"] == "ORG"
    assert kinds["Saint Ivo's Church"] == "ORG"
    assert "Primary School" not in kinds and "St. Edda" in kinds


def test_and_joins_two_ordinary_words_of_one_organisations_name():
    # "and" ended the name: "the Competition and Markets Authority" was "Markets Authority".
    kinds = _kinds("The deal needs the nod of the Competition and Markets Authority and the Fisheries and "
                   "Ports Board of Vell, Ada Quill and Ivo Brant said.")
    assert kinds["Competition and Markets Authority"] == kinds["Fisheries and Ports Board of Vell"] == "ORG"
    assert "Markets Authority" not in kinds and kinds["Ada Quill"] == kinds["Ivo Brant"] == "PERSON"


def test_cities_of_the_united_states_without_a_head_word_are_places():
    # "San Jose", "San Antonio" read as a given name and a surname; "Albuquerque" after "in" was a person too.
    kinds = _kinds("Dana Whitfield spoke in San Jose, California, then flew to San Antonio and Albuquerque.")
    assert kinds["San Jose"] == kinds["San Antonio"] == kinds["Albuquerque"] == "PLACE"
    assert kinds["Dana Whitfield"] == "PERSON"


def test_a_name_opening_with_a_family_name_the_article_gives_a_person_is_the_family_s_firm():
    # "Ostergaard Rigging" read as a person by its shape, beside "Sella Ostergaard": "she said" went to the firm.
    kinds = _kinds("Sella Ostergaard keeps her first rope at Ostergaard Rigging’s yard in Quellby. "
                   "Ostergaard, 48, took over in 2009.")
    assert kinds["Ostergaard Rigging"] == "ORG" and kinds["Sella Ostergaard"] == "PERSON"


def test_a_headlines_verb_in_s_ends_the_name_before_it():
    # Punkt's statistics never saw "unveils" in lower case, so the headline's "Orbix Unveils" was a person.
    rows = _one("Orbix Unveils Cheaper Phone as Sales Slow\n\nOrbix Inc. unveiled a phone on Wednesday, "
                "Dana Whitfield said.")
    names = {r[0] for r in rows}
    assert "Orbix" in names and not any("Unveils" in n for n in names)


def test_groups_places_and_person_cues():
    rows = _one("Senate Democrats met in central Varnholm. Later, Ostrava said they had failed, "
                "and the Vell, Georgia mayor agreed, as did African Americans in Vell.")
    assert ("Senate Democrats", "", "GROUP", "Senate Democrats") in rows
    assert ("Varnholm", "", "PLACE", "Varnholm") in rows
    assert ("Ostrava", "", "PERSON", "Ostrava") in rows
    assert ("African Americans", "", "GROUP", "African Americans") in rows
    assert ("Vell", "", "PLACE", "Vell") in rows


def test_honorific_gender_picks_the_right_namesake():
    # the given names' usual gender (entities_first_names.txt) tells the two apart
    rows = _one("Linda Brant and Paul Brant spoke. Mr. Brant left early; Mrs. Brant stayed.")
    assert ("Mr. Brant", "Mr.", "PERSON", "Paul Brant") in rows
    assert ("Mrs. Brant", "Mrs.", "PERSON", "Linda Brant") in rows
    # and so do British honorifics without a point, whose gender had been unknown
    rows = _one("Linda Brant and Paul Brant spoke. Mr Brant left early; Mrs Brant stayed.")
    assert ("Mr Brant", "Mr", "PERSON", "Paul Brant") in rows
    assert ("Mrs Brant", "Mrs", "PERSON", "Linda Brant") in rows


def test_a_title_of_a_person_names_the_person_not_someone_named_of():
    # "CEO of Donald Trump's campaign", "a word from the Lord for Donald Trump": the name after a title and "of" or
    # "for" was "of Donald Trump" where it opened with a given name, as a title's organisation ("CEO of Tesla") was not
    rows = _one("Ada Quill became CEO of Paul Brant's campaign. She had a word from the Lord for Paul Brant.")
    assert ("Paul Brant", "", "PERSON", "Paul Brant") in rows
    assert not any(r[3].startswith(("of ", "for ")) for r in rows)


def test_given_names_of_news_from_anywhere_tell_a_persons_gender():
    # Nadia and Kwame were no given names of the lists, so "Ms. Vell" and "Mr. Vell" were no one's and pronoun
    # resolution had no prior for them; an honorific picks the namesake of its gender over one of no known gender,
    # and none by ruling out the other gender alone ("Mr. Vell" may be Tomas, named only in part).
    rows = _one("Nadia Vell and Kwame Vell spoke. Ms. Vell left early; Mr. Vell stayed. Ines Dorn met Jorin Dorn "
                "and Kwame Dorn. Mr. Dorn left. Tomas spoke with Nadia Rask of their son, Jorin Rask. Mr. Rask wept.")
    assert ("Ms. Vell", "Ms.", "PERSON", "Nadia Vell") in rows
    assert ("Mr. Vell", "Mr.", "PERSON", "Kwame Vell") in rows
    assert ("Mr. Dorn", "Mr.", "PERSON", "Kwame Dorn") in rows
    assert ("Mr. Rask", "Mr.", "PERSON", "Rask") in rows
    m = find_mentions(pd.DataFrame({"doc_id": ["k"], "text": ["Priya Sethi and Oleksandr Brant spoke."]}))
    assert person_gender(m)[["Priya Sethi", "Oleksandr Brant"]].tolist() == ["f", "m"]


def test_the_first_partner_of_a_couple_takes_the_surname():
    # "Tomas and Ingrid Brask": Tomas was a name of one word, so "Mr. Brask" was no one's and his quote lost its
    # speaker. Kinship said (the couple's son, the Orrin brothers) gives Tomas the surname, the span kept; "Mr. Brask"
    # beside Ingrid is Tomas. Halla, named with another surname, and Peter Voorn stay apart though kin are spoken of.
    text = ("Tomas and Ingrid Brask of Veldhaven, whose son drowned in the Sorrel flood, spoke on Monday. "
            "“We want answers,” Mr. Brask said. Mrs. Brask wept.\n\n"
            "Dag and Erik Orrin, who run the ferry, said the river rose at dawn. The Orrin brothers stayed.\n\n"
            "Halla and Peter Voorn spoke for the parents of the school. Halla Stenmark, the mayor, left early.")
    m = find_mentions(pd.DataFrame({"doc_id": ["c"], "text": [text]}))
    rows = list(zip(m["text"], m["name_start"], m["kind"], m["entity"]))
    assert ("Tomas", 0, "PERSON", "Tomas Brask") in rows
    assert ("Mr. Brask", text.index("Brask said"), "PERSON", "Tomas Brask") in rows
    assert ("Mrs. Brask", text.index("Brask wept"), "PERSON", "Ingrid Brask") in rows
    assert ("Dag", text.index("Dag"), "PERSON", "Dag Orrin") in rows
    assert ("Halla", text.index("Halla and"), "PERSON", "Halla Stenmark") in rows
    assert "Halla Voorn" not in set(m["entity"])


def test_two_given_names_and_one_surname_are_kin_though_nothing_says_so():
    # "Bill and Melinda Gates", "Ethan and Joel Coen": two known given names and one surname are mostly kin, no kin
    # word needed; not the last two of a list, nor when the first name opens another name of the article (a man
    # born to Peter and Anna Vardel whose son is Peter Johan Vardel).
    text = ("The bell was cast by Martin and Anna Lindqvist of Oster Vale. It took a year.\n\n"
            "Singers like Greta, Maria and Daniel Sjoberg came.\n\n"
            "Tomas Vardel, born to Peter and Anna Vardel in Kessmoor, leaves a son, Peter Johan Vardel.")
    m = find_mentions(pd.DataFrame({"doc_id": ["g"], "text": [text]}))
    rows = list(zip(m["text"], m["name_start"], m["entity"]))
    assert ("Martin", text.index("Martin"), "Martin Lindqvist") in rows
    assert not any(e in ("Maria Sjoberg", "Peter Vardel") for e in m["entity"])


def test_a_given_name_that_is_an_ordinary_word_opens_a_couple_too():
    # "Bill and Hillary Clinton": "Bill" is an ordinary word too, which kept the first partner from the surname.
    rows = _one("The prize went to Mark and Sara Holm of Oster Vale.")
    assert ("Mark", "", "PERSON", "Mark Holm") in rows


def test_only_a_couples_partner_is_named_by_its_entity_before_linking():
    # prepare_aliases names the first partner of "Tomas and Ingrid Brask" by its entity, "Tomas Brask"; an entity
    # longer than its name for another reason (a table linked before: lone "Nadia" -> "Nadia Brask") is no name.
    m = find_mentions(pd.DataFrame({"doc_id": ["n"], "text": ["Premier Nadia Brask spoke. Later Nadia left."]}))
    assert list(m["entity"]) == ["Nadia Brask", "Nadia Brask"]
    assert prepare_aliases(m).names[1] == "Nadia"


def test_a_lone_given_name_after_a_persons_kin_noun_takes_the_surname():
    # "Clinton's husband, Bill,": the lone given name was an entity of its own ("Peter", or another Peter of the
    # corpus), so a role after it named only "Peter". Set after "X's husband" (a kin noun of entities_kin_nouns.txt,
    # maybe after a word or two, "eldest"), it takes X's surname; the bare surname stays X's but for an honorific of
    # the kin's gender, and names no kin where X is named by the surname alone ("Orrin"). Not after a given name
    # alone (Maria's), nor a name of the other gender than the kin noun's (Nadia, no son).
    text = ("Mayor Ingrid Halvorsen of Veldhaven spoke on Monday. Halvorsen's husband, Peter, a retired ferry "
            "captain, stood beside her. Halvorsen said the pier would reopen; Mr. Halvorsen nodded.\n\n"
            "Orrin's eldest daughter Greta runs the mill. Orrin said it would close.\n\n"
            "Maria's husband Daniel came. Brask's son, Nadia, left.")
    m = find_mentions(pd.DataFrame({"doc_id": ["k"], "text": [text]}))
    rows = list(zip(m["text"], m["name_start"], m["entity"]))
    assert ("Peter", text.index("Peter"), "Peter Halvorsen") in rows
    assert ("Halvorsen", text.index("Halvorsen said"), "Ingrid Halvorsen") in rows
    assert ("Mr. Halvorsen", text.index("Halvorsen nodded"), "Peter Halvorsen") in rows
    assert ("Greta", text.index("Greta"), "Greta Orrin") in rows
    assert ("Orrin", text.index("Orrin said"), "Orrin") in rows
    assert not {"Daniel Maria", "Nadia Brask"} & set(m["entity"])


def test_a_kins_given_name_of_no_known_gender_takes_the_surname_where_its_mention_is_a_persons():
    # "Karroubi's son Hossein said": a given name no list knows the gender of took no surname; its mention is a
    # person's by its own evidence ("said"), so it does, and an honorific ("Mr. Brask") still names the person, as
    # the kin's gender is unknown.
    text = "Olaf Brask runs the mill at Veldhaven. Brask's son Tomas said it would close. Mr. Brask wept."
    m = find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]}))
    rows = list(zip(m["text"], m["name_start"], m["entity"]))
    assert ("Tomas", text.index("Tomas"), "Tomas Brask") in rows
    assert ("Mr. Brask", text.index("Brask wept"), "Olaf Brask") in rows


def test_a_particle_of_two_words_stays_inside_a_name():
    # "Judge Marisol de la Fuente" was "Judge Marisol" and "Fuente", "Pieter van der Berg" "Pieter" and "Berg": the
    # chunk took one lower-case particle between capitalised words ("Ahmed bin Rashid"), not two
    rows = _one("Judge Marisol de la Fuente set a date. Pieter van der Berg and Anneke van den Broek will appeal.")
    assert ("Judge Marisol de la Fuente", "Judge", "PERSON", "Marisol de la Fuente") in rows
    assert ("Pieter van der Berg", "", "PERSON", "Pieter van der Berg") in rows
    assert ("Anneke van den Broek", "", "PERSON", "Anneke van den Broek") in rows


def test_a_surname_with_jr_is_short_for_the_full_name():
    # "Brigham Jr." was a full name of its own, so an entity apart from "Walter Brigham Jr."; a regnal name of one
    # word and a numeral stays whole ("Tawadros II")
    rows = _one("Walter Brigham Jr. and his son Walter Brigham III were charged. Brigham Jr. pleaded not guilty. "
                "Pope Tawadros II spoke.")
    assert ("Brigham Jr.", "", "PERSON", "Walter Brigham Jr.") in rows
    assert ("Pope Tawadros II", "Pope", "PERSON", "Tawadros II") in rows


def test_a_title_after_a_given_name_is_a_surname():
    # "Billie Jean King", "Democrat Patty Judge": the title word ending the name is an ordinary word, which left the
    # name MISC (and "she" no one to stand for) and kept "Democrat" in it; "Burger King" stays no person's
    rows = _one("Tennis great Oona Jean King remembered the champion. Burger King sent flowers. The senator will "
                "face Democrat Lorna Judge in November.")
    assert ("Oona Jean King", "", "PERSON", "Oona Jean King") in rows
    assert ("Democrat Lorna Judge", "Democrat", "PERSON", "Lorna Judge") in rows
    assert ("Burger King", "", "ORG", "Burger King") in rows


def test_a_title_after_given_names_of_no_list_is_a_surname():
    # "Chalfonte LeNee Queen", "Orla King": a given name no list holds before a title left the name MISC, so her
    # later "she said" had no one to stand for; a paper's or a work's name after "The" stays no one's, and "Madame
    # Chair" is a title alone, as "Madam Speaker"
    rows = _one("For 17 years, Orla King suffered episodes of pain. Tamsin Brae Queen, 40, nursed her. A student "
                "wrote to The Dunmere Chief, and the book The Harbour Queen followed. Madame Chair, delegates, "
                "friends: we meet again.")
    assert ("Orla King", "", "PERSON", "Orla King") in rows
    assert ("Tamsin Brae Queen", "", "PERSON", "Tamsin Brae Queen") in rows
    assert not [r for r in rows if r[0].endswith(("Chief", "Harbour Queen", "Chair")) and r[2].lower() == "person"]


def test_the_word_before_a_generational_suffix_is_the_surname_written_alone():
    # "Pate claimed" after "Luther Stan Pate IV" was no mention: "pate" is an ordinary word opening a sentence, and
    # the name's last word, whose lone mentions count as names, was "IV"; "War" of "World War II" stays a word
    rows = _one("Campaign donor Ansel Brody Pate IV gave the maximum. Pate claimed in an interview that he backs no "
                "one. World War II ended. War is hell.")
    assert [r for r in rows if r[0] == "Pate"] == [("Pate", "", "PERSON", "Ansel Brody Pate IV")]
    assert "War" not in [r[0] for r in rows]


def test_a_known_name_stays_whole_in_a_caption_read_as_a_headline():
    # A photo credit in capitals is a short line of capitalised words, read as a headline, which cut "USA TODAY
    # Sports" at its ordinary words: "USA" was the United States (and "Getty" of "Getty Images" a name of its own)
    m = _mentions("The ferry sailed on Monday. (Photo: Ada Quill  USA TODAY Sports)\nBo Tarn spoke. (Ines "
                  "Dorn/USA TODAY Sports)\nThe crowd cheered.")  # (the second line no headline)
    assert "United States" not in set(m["entity"])
    assert list(m.loc[m["text"].str.startswith("USA"), "entity"]) == ["USA Today", "USA TODAY Sports"]


def test_a_time_zone_is_no_entity():
    # "8pm E.T. Monday" was an organisation, "(all times Eastern Standard Time)" a MISC name; "E.T." the film stays
    rows = _one("Ada Quill will speak at 8pm E.T. Monday. Bo Tarn arrives at 6 : 30 p . m . ET and Ines Dorn at noon "
                "Pacific Time. We watched E.T. with Ada Quill.")
    assert [r[0] for r in rows] == ["Ada Quill", "Bo Tarn", "Ines Dorn", "E.T.", "Ada Quill"]


def test_a_name_in_a_works_title_is_no_entity():
    # "Morning America" of ABC's “Good Morning America” was a MISC name, "Joe" of “Morning Joe” linked to a Joe of the
    # article; a slogan's name, a host's after "with" and a subject's after "of" stay
    rows = _one("Ada Quill told Corvane's “Good Morning Vestria” on Monday that Bo Tarn was wrong. She appeared on "
                "''Morning Ada'' and in the documentary “Tarn.” The “Jane The Vixen” actress Ines Dorn wore a “Dump "
                "Tarn” shirt. She said on “The Late Show With Bo Tarn” that she liked ''A Child's Book of Tarn.''")
    assert [(r[0], r[3]) for r in rows] == [("Ada Quill", "Ada Quill"), ("Corvane", "Corvane"), ("Bo Tarn", "Bo Tarn"),
                                            ("Ines Dorn", "Ines Dorn"), ("Tarn", "Bo Tarn"), ("Bo Tarn", "Bo Tarn"),
                                            ("Tarn", "Bo Tarn")]


def test_a_works_title_with_a_colon_after_a_premiere_a_release_or_a_years_possessive_is_no_entity():
    # "Wars", "Last Jedi" and "Force Awakens" of “Star Wars: The Last Jedi” premiere, 2015’s “Star Wars: The Force
    # Awakens,” the 2015 release “...” were MISC names: a colon may part a title's words, and a premiere, a release or
    # a year's possessive before a title says a work's, as a show or "ABC's" does
    rows = _one("Snow in Kestrel might keep him from the “Moon Riders: The Last Varlander” premiere, actor Ivo Brant "
                "said. Brant co-starred with Ada Quill in 2015’s “Moon Riders: The Quill Awakens.” He reprises his "
                "role from the 2015 release “Moon Riders: The Tarn Returns.”")
    assert [r[0] for r in rows] == ["Kestrel", "Ivo Brant", "Brant", "Ada Quill"]


def test_a_storm_is_no_entity():
    # "Hurricanes Harvey" was a person and "Irma" a MISC name in PerSenT's economic news, the later lone "Harvey" linked
    # to them; a storm is an event. One space only after a singular: "the hurricane  Brabham's" lost its comma.
    rows = _one("Sales at Corvane slowed after Hurricanes Varla and Oster. Relief for victims of hurricanes Varla  "
                "Oster and Pim rose, Ada Quill said. Tropical Storm Edda hit. Varla was the worst. After the storm  "
                "Quill flew to Marlow.")
    assert [r[0] for r in rows] == ["Corvane", "Ada Quill", "Quill", "Marlow"]


def test_the_plural_of_an_ordinary_surname_is_a_family_only_beside_one_of_it():
    # "in Queens" of one article became a family (GROUP, "the Clintons") because another article names a person
    # surnamed Queen; the plural of a surname that is an ordinary word is a family only where its article names one
    # of it (and "Guardians", "Kings" of a film's title or a sermon none), the plural of any other as before
    m = find_mentions(pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Orla Queen said the pier was safe. Tom Quill agreed.",
        "Tamsin Vale said she spent a second season in Queens before she left.",
        "Ada Quill spoke. The Quills said they would stay."]}))
    kinds = {(d, t): k for d, t, k in zip(m["doc_id"], m["text"], m["kind"])}
    assert kinds[("b", "Queens")] != "GROUP"
    assert kinds[("c", "Quills")] == "GROUP"


def test_a_teams_nickname_in_a_report_on_a_game_is_an_organisation():
    # "the Knicks", "the Patriots", "the Eagles" were MISC or GROUP names in PerSenT's sports news; a plural after
    # "the" in an article with two words of a game (timeline_game_words.txt) is a team. Not a group, nor a family
    # the article names one of ("the Quills" beside "Quill"), nor a surname's "-is" ("the Weis buyout")
    rows = _one("The Varlanders beat the Corvane Chiefs 101-99 as Ada Quill hit two free throws. Quill, the "
                "Varlanders' point guard, thanked the Republicans and the Quills in the stands and the Weis family.")
    kinds = {r[0]: r[2] for r in rows}
    assert kinds["Varlanders"] == kinds["Corvane Chiefs"] == "ORG"
    assert kinds["Republicans"] == "GROUP" and kinds.get("Quills") != "ORG" and kinds.get("Weis") != "ORG"
    # without a game's words, a plural stays what it was
    assert _one("The Varlanders met in Corvane on Monday.")[0][2] != "ORG"


def test_a_ligament_or_a_tendon_is_no_entity():
    # PerSenT's sports news listed "ACL", "MCL" (ORG) and "Achilles" (MISC): parts of the body (entities_ordinary.txt)
    rows = _one("Ivo Brant tore his MCL and ACL, and Bo Lind ruptured his Achilles, coach Ada Quill said.")
    assert [r[0] for r in rows] == ["Ivo Brant", "Bo Lind", "coach Ada Quill"]


def test_a_teams_nickname_before_a_teams_word_or_beside_a_given_name_is_a_team():
    # "tackled by Kansas City Chiefs free safety Ron Parker" (no "the") was a GROUP, "the Buffalo Bills" beside the
    # photographer "Bill Streicher" MISC (a family, as "the Quills" beside "Quill"); in a report on a game a team's
    # word after a nickname makes it a team as "the" does, and a nickname of several words is no family
    rows = _one("Ada Quill was tackled by Corvane Chiefs free safety Bo Lind, and Varlanders quarterback Ivo Brant "
                "threw a touchdown pass. Brant faces the Marlow Bills next. Photo: Bill Orr.")
    kinds = {r[0]: r[2] for r in rows}
    assert kinds["Corvane Chiefs"] == kinds["Varlanders"] == kinds["Marlow Bills"] == "ORG"
    assert _one("The Varlanders quarterback Ivo Brant met the Marlow Bills on Monday. Bill Orr spoke.")[0][2] != "ORG"


def test_a_places_name_for_its_team_in_a_report_on_a_game_is_the_team():
    # "Dallas coach Jason Garrett", "Washington defensive tackle Ziggy Hood", "Washington's bullpen" in PerSenT's sports
    # news were the places; a known place before a team's word (entities_team_cues.txt) or a score in an article with
    # two words of a game is the team the article names in full ("Dallas Cowboys"), else the team under the place's
    # name ("Denver (team)"); outside a report on a game the place stays the place
    text = ("The Denver Harriers signed quarterback Ada Quill. Bo Lind tore a ligament, according to Denver coach "
            "Ivo Brant, and Denver's bullpen is thin. Lind threw a touchdown pass in the 24-21 win. Fans in Denver "
            "cheered.")
    rows = _one(text)
    assert [(r[0], r[2], r[3]) for r in rows if r[0] == "Denver"] == [
        ("Denver", "ORG", "Denver Harriers"), ("Denver", "ORG", "Denver Harriers"), ("Denver", "PLACE", "Denver")]
    rows = _one(text.replace("The Denver Harriers signed", "The Harriers signed"))
    assert [(r[2], r[3]) for r in rows if r[0] == "Denver"] == [
        ("ORG", "Denver (team)"), ("ORG", "Denver (team)"), ("PLACE", "Denver")]
    rows = _one("Denver coach Ivo Brant said the city's schools would reopen. Denver's roster of nurses grew.")
    assert {(r[2], r[3]) for r in rows if r[0] == "Denver"} == {("PLACE", "Denver")}


def test_a_places_name_before_receiver_in_a_report_on_a_game_is_the_team():
    # "the most difficult season of the Dallas receiver's career" (a wide receiver of the Dallas Cowboys) left
    # 'Dallas' the place: "receiver" is a team's word as "wide receiver" is.
    rows = _one("The Denver Harriers lost 24-21 at halftime after a touchdown. It was the most difficult season of the "
                "Denver receiver's career, Ada Quill said.")
    assert [(r[0], r[2], r[3]) for r in rows if r[0] == "Denver"][-1] == ("Denver", "ORG", "Denver Harriers")


def test_a_places_name_after_a_loss_to_or_against_in_a_report_on_a_game_is_the_team():
    # "eliminated from playoff contention with a loss to Seattle", "Super Bowl vs. Philadelphia" left the places;
    # a known place after a game's word for the other side (entities_team_before.txt) in an article with two words
    # of a game is the team, as a place before a team's word is. Outside a report on a game the place stays.
    text = ("Ada Quill threw a touchdown pass before halftime, a week after the playoff loss to Tulsa. The Tulsa "
            "Drillers play next against Boise. Fans in Boise cheered.")
    rows = _one(text)
    assert [(r[0], r[2], r[3]) for r in rows if r[0] in ("Tulsa", "Boise")] == [
        ("Tulsa", "ORG", "Tulsa Drillers"), ("Boise", "ORG", "Boise (team)"), ("Boise", "PLACE", "Boise")]
    rows = _one("The Tulsa Drillers said the council voted against Tulsa's plan after a loss to Tulsa in court.")
    assert {(r[2], r[3]) for r in rows if r[0] == "Tulsa"} == {("PLACE", "Tulsa")}


def test_a_places_name_read_as_its_team_each_time_stays_the_team_where_the_article_names_none_in_full():
    # "the Cowboys' playoff loss to Green Bay" (PerSenT's sports news) went back to the place for want of "Green Bay
    # Packers" in the article, and stayed the place in PolNeAR train + PerSenT dev (the corpus's one kind for "Green
    # Bay" is the city's): the team is an entity of its own under the place's name, beside the place's mentions
    text = "Ada Quill threw a touchdown pass before halftime, a week after the playoff loss to Boise."
    assert [(r[2], r[3]) for r in _one(text) if r[0] == "Boise"] == [("ORG", "Boise (team)")]
    assert [(r[2], r[3]) for r in _one(text + " Fans in Boise cheered.") if r[0] == "Boise"] == [
        ("ORG", "Boise (team)"), ("PLACE", "Boise")]
    # a corpus whose other articles name the city as a city leaves the team a team
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        text, "Fans in Boise cheered. Boise is a city.", "Ada Quill moved to Boise in May."]})
    m = find_mentions(arts)
    assert sorted(set(zip(m["doc_id"], m["entity"], m["kind"]))) == [
        ("a", "Ada Quill", "PERSON"), ("a", "Boise (team)", "ORG"), ("b", "Boise", "PLACE"),
        ("c", "Ada Quill", "PERSON"), ("c", "Boise", "PLACE")]


def test_a_places_possessive_before_a_players_name_in_a_report_on_a_game_is_the_team():
    # "Miami's Malek Young took full advantage", "Philadelphia's Carson Wentz leads all NFL" (PerSenT's sports news)
    # were the places: a place's possessive before a name of two words in a report on a game is its team's player;
    # not before a venue's name (a head word: "Boise's Harbor Park"), nor outside a report on a game
    text = ("Boise's Ivo Brant threw two touchdown passes before halftime. Boise's Harbor Park was full. Fans in Boise "
            "cheered.")
    assert [(r[2], r[3]) for r in _one(text) if r[0] == "Boise"] == [
        ("ORG", "Boise (team)"), ("PLACE", "Boise"), ("PLACE", "Boise")]
    assert {r[2] for r in _one("Boise's Ivo Brant opened a bakery. Fans in Boise cheered.") if r[0] == "Boise"} \
        == {"PLACE"}


def test_a_places_other_mentions_in_a_report_on_a_game_are_the_team_it_was_read_as():
    # "its clash with Miami", "Miami staffer Joel Rodriguez", "11-2 Pittsburgh was trying" (PerSenT's sports news)
    # stayed the places beside "Miami's Malek Young", "The injured Pittsburgh linebacker": in a report on a game, the
    # other mentions of a place read as its team once are the team, but not in a place's setting, a dateline, or
    # before a comma and the state
    text = ("BOISE, Idaho - Ada Quill threw a touchdown pass before halftime in the clash with Boise. Boise staffer "
            "Bo Lind cried after the 24-21 loss to Boise. Fans in Boise, Idaho cheered; Boise, Idaho is quiet.")
    rows = _one(text)
    assert [(r[2], r[3]) for r in rows if r[0].lower() == "boise"] == [
        ("PLACE", "Boise"), ("ORG", "Boise (team)"), ("ORG", "Boise (team)"), ("ORG", "Boise (team)"),
        ("PLACE", "Boise"), ("PLACE", "Boise")]
    assert {r[2] for r in _one("Boise staffer Bo Lind cried about the clash with Boise.") if r[0] == "Boise"} \
        == {"PLACE"}


def test_a_name_after_the_village_of_or_the_city_of_is_a_place():
    # "the southern village of Kfar Kila  Lebanon" was a person (a name of two unknown words), "the Belgian city of
    # Antwerp", "the Greek island of Lesbos" MISC: a name after a settlement's noun and "of"
    # (entities_place_of_nouns.txt) is a place where nothing firmer tells; a known organisation stays one
    rows = _one("A wall was built in the border village of Kfar Zula. Tourists fled the Belgian city of Ostravik "
                "and the island of Morrow Key, and the province of Twitter grew.")
    assert [(r[0], r[2]) for r in rows if r[0] != "Belgian"] == [
        ("Kfar Zula", "PLACE"), ("Ostravik", "PLACE"), ("Morrow Key", "PLACE"), ("Twitter", "ORG")]


def test_a_name_ending_in_scouts_is_an_organisation():
    # "Pastor Kevin Swanson has now set his sights on the Girl Scouts of America" read MISC: "Scouts" after the other
    # words of a name is a scouting organisation's head word (entities_heads.txt, bound), a lone "Scouts" is not
    rows = _one("Ada Quill, a pastor in Varnia, told the Girl Scouts to stop. The Bravo Scouts agreed. Scouts ran.")
    assert [(r[0], r[2]) for r in rows if "Scouts" in r[0]] == [
        ("Girl Scouts", "ORG"), ("Bravo Scouts", "ORG"), ("Scouts", "MISC")]


def test_an_organisations_name_goes_on_after_and():
    # "the Center for Strategic and International Studies" was "Center for Strategic" and a person "International
    # Studies"; ordinary words after "and" go on a name whose head word stands before "of" or "for". A title, a
    # given name or a name of no ordinary words after "and" is another mention.
    rows = _one("Ada Quill, a fellow at the Center for Strategic and Maritime Studies, said the Office of Management "
                "and Budget director erred. Bo Tarn of the University of Varnia and Professor Ines Dorn agreed, as "
                "did the University of Marlow and Gordon Pell and the University of Varnia and Quillsby Tarnfeld.")
    assert [(r[0], r[2]) for r in rows if r[2] == "ORG"] == [
        ("Center for Strategic and Maritime Studies", "ORG"), ("Office of Management and Budget", "ORG"),
        ("University of Varnia", "ORG"), ("University of Marlow", "ORG"), ("University of Varnia", "ORG")]
    assert {"Professor Ines Dorn", "Gordon Pell"} <= {r[0] for r in rows}
    # a title's word may end the name ("Justice"), not open another's ("Professor")
    rows = _one("The list came from the Council for Public Order and Criminal Justice, Ada Quill said.")
    assert rows[0][0] == "Council for Public Order and Criminal Justice"


def test_a_photo_credits_file_photo_is_no_entity():
    # "REUTERS/Philimon Bulawayo/File Photo" closed nine captions of PerSenT's Reuters stories: a MISC entity
    rows = _one("Ada Quill speaks in Varnholm, March 3, 2017. REUTERS/Bo Tarn/File Photo\nQuill said no.")
    assert [r[0] for r in rows] == ["Ada Quill", "Varnholm", "REUTERS", "Bo Tarn", "Quill"]


def test_a_dateline_in_capitals_keeps_its_saint():
    # "ST. LOUIS —" was the organisations "ST" and "LOUIS": "St." opened a name only as written in title case
    rows = _one("ST. ANSELM — Ada Quill said PORT ST. VARN was safe. St. Anselm agreed.")
    assert [(r[0], r[3]) for r in rows][:3] == [("ST. ANSELM", "St. Anselm"), ("Ada Quill", "Ada Quill"),
                                                ("PORT ST. VARN", "PORT ST. VARN")]


def test_england_is_a_place():
    # England was no known place: "England manager Ruth Calloway" left "England" to the context, and "NHS England
    # said" made it a person, linked with the bare "England" ("BBC Scotland said" was an organisation already)
    got = _kinds("England manager Ines Dorn named her squad. NHS England said it had sent ambulances.")
    assert got["England"] == "PLACE" and got["NHS England"] == "ORG"


def test_an_arabic_article_glued_to_a_surname_stays_inside_the_name():
    # "President Yusuf al-Rashidi" was "President Yusuf" and "Rashidi": the chunk took a particle only with a space
    # after it ("Ahmed bin Rashid"). The article is left out when names are matched, as house styles differ
    # ("Yusuf Rashidi" in another article, "Rashidi" alone).
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "President Yusuf al-Rashidi of Qarvia spoke. Rashidi said no. Col. Omar el-Tarek left.",
        "Qarvian President Yusuf Rashidi won. Al-Rashidi smiled."]})
    m = find_mentions(arts)
    got = dict(zip(m["text"], m["entity"]))
    assert got["President Yusuf al-Rashidi"] == got["Rashidi"] == got["Al-Rashidi"] \
        == got["Qarvian President Yusuf Rashidi"] in ("Yusuf al-Rashidi", "Yusuf Rashidi")
    assert got["Col. Omar el-Tarek"] == "Omar el-Tarek"


def test_a_storms_name_is_no_persons():
    # "Hurricane Tomas" and "Typhoon Ines" were persons: a given name after no title that the lists know (then MISC
    # names; now no entity, test_a_storm_is_no_entity)
    got = _kinds("Hurricane Tomas hit the coast on Monday, and Typhoon Ines struck Varnholm. Ada Quill fled.")
    assert not {"Hurricane Tomas", "Typhoon Ines", "Tomas", "Ines"} & set(got)
    assert got["Ada Quill"] == "PERSON"


def test_houses_of_worship_are_no_people():
    # "Imam Ivo Brant of the Calder Mosque said" made the mosque a person (a name before "said", no head word);
    # a church was an organisation and a cathedral a place already
    got = _kinds("Imam Ivo Brant of the Calder Mosque said it would stay open. The Vell Synagogue flooded, and "
                 "Rask Abbey lost its roof.")
    assert got["Calder Mosque"] == got["Vell Synagogue"] == "ORG" and got["Rask Abbey"] == "PLACE"


def test_a_double_surname_alone_is_short_for_the_full_name():
    # "Gonçalves Pereira" after "Superintendent Maria José Gonçalves Pereira" was a full name of its own, an entity
    # apart; not so a given name and a surname after a word the finder took into a longer name ("Crooked Linda Quill")
    rows = _one("Superintendent Maria José Gonçalves Pereira spoke. Gonçalves Pereira said pupils would get them. "
                "Rival Ingrid Sørlie Berg agreed, Sørlie Berg said. Critics called her Crooked Linda Quill, but Linda "
                "Quill won.")
    assert ("Gonçalves Pereira", "", "PERSON", "Maria José Gonçalves Pereira") in rows
    assert ("Sørlie Berg", "", "PERSON", "Ingrid Sørlie Berg") in rows
    assert ("Linda Quill", "", "PERSON", "Linda Quill") in rows


def test_more_trades_are_organisations_head_words():
    # "Brask Robotics" was MISC, "Vell Aerospace said" a person (a name before "said"): trades as head words
    got = _kinds("Brask Robotics showed a drone in Gothenburg. Vell Aerospace said its pod was ready.")
    assert got["Brask Robotics"] == got["Vell Aerospace"] == "ORG"


def test_religious_titles_held_by_men_give_a_gender():
    # "Pope", "Cardinal", "Ayatollah" and "Imam" gave no gender (nor a first name the lists know), and "Sheik", the
    # spelling of "Sheikh" of many papers, was no title at all
    text = ("Pope Clement Vell spoke. Cardinal Ivo Brask and Ayatollah Omid Rask met Imam Tarek Quill. "
            "Sheik Omar Dorn left.")
    m = find_mentions(pd.DataFrame({"doc_id": ["k"], "text": [text]}))
    assert dict(zip(m["text"], m["title"]))["Sheik Omar Dorn"] == "Sheik"
    got = person_gender(m)
    assert got[["Clement Vell", "Ivo Brask", "Omid Rask", "Tarek Quill", "Omar Dorn"]].tolist() == ["m"] * 5


def test_a_family_name_before_a_given_name_of_two_syllables():
    # "President Moon Jae-in" was "President Moon": a hyphenated word whose second half is an ordinary word ends a
    # name ("Virginia-based"); and "Moon said", "Ban said" were dropped, ordinary words alone that end no name
    rows = _one("South Korean President Moon Jae-in met reporters. Moon said talks would resume. Then Envoy Ban "
                "Ki-hoon spoke. Ban said no. Anti-war marchers came.")
    assert ("South Korean President Moon Jae-in", "South Korean President", "PERSON", "Moon Jae-in") in rows
    assert ("Moon", "", "PERSON", "Moon Jae-in") in rows and ("Ban", "", "PERSON", "Ban Ki-hoon") in rows
    assert not any(r[0].startswith("Anti") for r in rows)


def test_a_given_name_of_two_syllables_with_a_first_of_five_letters():
    # "Kwon Seong-woo" was "Kwon": the name's end took a first syllable of up to four letters, where the family
    # name's reading (_SYLLABLE_PAIR) takes "Seong", so "woo", an ordinary word, ended the name there
    rows = _one("Haedong Mayor Kwon Seong-woo opened the ferry pier. Kwon said fares would fall.")
    assert ("Haedong Mayor Kwon Seong-woo", "Haedong Mayor", "PERSON", "Kwon Seong-woo") in rows
    assert ("Kwon", "", "PERSON", "Kwon Seong-woo") in rows
    # an English compound after a name is no given name, however short its halves ("Tarn-led", "Varn-based")
    rows = _one("Critics called it a Bo Tarn-led budget, as in New Varn-based firms.")
    assert not any(r[0].endswith(("-led", "-based")) for r in rows)


def test_a_place_or_storm_word_opening_a_sentence_stays_in_the_name():
    # "Storm Wilma brought winds." and "Lake Varn froze." were "Wilma" and "Varn": an ordinary word opening a
    # sentence is dropped before a name, but these first words make the name what it is
    got = _kinds("Storm Wilma brought winds. Lake Varn froze. River Calder rose.")
    assert "Wilma" not in got and got["Lake Varn"] == got["River Calder"] == "PLACE"  # the storm no entity at all


def test_a_name_whose_shares_rise_or_fall_is_a_firm():
    # "Varnholt shares fell 4 percent after Varnholt said ..." was a person (a name before "said"), as "Shares of
    # Varnholt" was before data/entities_org_context.txt; a person sharing a view is none
    m = _mentions("Varnholt shares fell 4 percent after Varnholt said profits had halved. Pellery’s stock rose. "
                  "Ada Quill shares her view.")
    got = dict(zip(m["text"], m["kind"]))
    assert set(m.loc[m["text"] == "Varnholt", "kind"]) == {"ORG"} and got["Pellery"] == "ORG"
    assert got["Ada Quill"] == "PERSON"


def test_angela_is_a_womans_name():
    # entities_first_names.txt had Angela as a man's name, so "Ms. Vell" was no one's after "Angela Vell"
    rows = _one("Chancellor Angela Vell met Paul Vell. Ms. Vell spoke first.")
    assert ("Ms. Vell", "Ms.", "PERSON", "Angela Vell") in rows


def test_surname_that_is_an_ordinary_word():
    rows = _one("Nora Rice chairs the Vell Trust. Critics accuse Rice of delay, Rice said. "
                "The Rices left.")
    assert ("Rice", "", "PERSON", "Nora Rice") in rows
    assert ("Rices", "", "GROUP", "Rices") in rows                # the family
    assert not any(r[0] == "Critics" for r in rows)


def test_forms_of_one_full_name_are_one_entity_across_articles():
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Premier Alda Mira Voss spoke in Geneva.",
        "Alda Voss left Geneva on Monday.",
        "Ivo J. Brant met Ivo Brant Jr. and Ivo Brant."]})
    m = find_mentions(arts)
    assert set(m.loc[m["doc_id"] != "c", "entity"]) == {"Alda Voss", "Geneva"}
    assert set(m.loc[m["doc_id"] == "c", "entity"]) == {"Ivo Brant", "Ivo Brant Jr."}
    # two longer forms of one short name: two people (a father and a son), kept apart
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Ivo K.L. Brant met Ivo L. Brant.", "Ivo Brant spoke."]})
    assert set(find_mentions(arts)["entity"]) == {"Ivo K.L. Brant", "Ivo L. Brant", "Ivo Brant"}


def test_a_lone_word_links_across_articles_only_to_an_attested_person():
    arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [
        "“Oh Lord, not again,” the ferryman sighed as Lyin Ted Quill waved from the Café Varne.",
        "Oh, and Quill was late again. Varne stayed shut. Premier Voss flew home.",
        "Premier Alda Voss met the ferrymen on Monday.",
        "Voss said the strike was over."]})
    m = find_mentions(arts)
    rows = set(zip(m["doc_id"], m["text"], m["entity"]))
    # phrases seen once, with no title nor known given name, lend no other article their words
    assert ("b", "Quill", "Quill") in rows and ("b", "Varne", "Varne") in rows
    # and an interjection ("Oh Lord", "Oh,") is no name at all
    assert not any(text.startswith("Oh") for _, text, _ in rows)
    # a person written with a title links a lone surname elsewhere, with or without its own title
    assert ("b", "Premier Voss", "Alda Voss") in rows and ("d", "Voss", "Alda Voss") in rows


def test_a_surname_after_a_title_of_office_links_to_a_person_the_corpus_gives_that_office():
    arts = pd.DataFrame({"doc_id": list("abcdefgh"), "text": [
        "President Tomas Vell opened the Avalon bridge on Monday.",
        "President Tomas Vell flew to Nordland.",
        "Nadia Vell toured the harbour with the ferry crews.",
        "Nadia Vell opened a school in Carrowmere.",
        "Nadia Vell greeted the guests at the palace. President Vell told them the harbour would stay open.",
        "The lobbyist Piet Marsh met the harbour board.",
        "Piet Marsh said the board would meet again.",
        "Judge Marsh sentenced the pilot to two years. Judge Marsh said the crash was avoidable."]})
    rows = set(zip(*find_mentions(arts)[["doc_id", "text", "entity"]].T.values))
    # the one Vell the article names in full was never called president in two articles naming her: the president
    # is the Vell the corpus writes so
    assert ("e", "President Vell", "Tomas Vell") in rows and ("e", "Nadia Vell", "Nadia Vell") in rows
    # a judge is not the lobbyist of that surname the other articles name, whom none calls a judge
    assert ("h", "Judge Marsh", "Marsh") in rows and ("g", "Piet Marsh", "Piet Marsh") in rows


def test_a_surname_an_article_writes_after_another_persons_office_is_that_office_holder_alone_too():
    # A 1990 AP story writes "President Bush" and then "Bush"; the corpus's one Bush named in full (an article of
    # 2000) is Governor Jeb Bush, never called president: the story's lone "Bush" is its president, not Jeb Bush. An
    # article naming a person of that surname in full is left as it was ("Sen. Clinton" beside Bill and Hillary).
    arts = pd.DataFrame({"doc_id": list("abc"), "text": [
        "Gov. Nils Brant of Tarnland said on Monday the ferry levy would stay.",
        "President Brant on Tuesday said the navy may close the strait. In a speech at the harbour, Brant said the "
        "blockade could last for months.",
        "Brant flew to Nordland."]})
    rows = set(zip(*find_mentions(arts)[["doc_id", "text", "entity"]].T.values))
    assert ("b", "President Brant", "Brant") in rows and ("b", "Brant", "Brant") in rows
    assert ("c", "Brant", "Nils Brant") in rows  # an article without that office keeps the corpus's Brant


def test_a_name_after_the_is_no_person_by_its_context_alone():
    arts = pd.DataFrame({"doc_id": ["a"], "text": [
        "Ada Quill, a spokeswoman for the Avalon Harbour Convention, said the ferries would run. "
        "Later the Avalon Harbour Convention said nothing. Bram Tolliver said he agreed."]})
    kinds = dict(zip(find_mentions(arts)["entity"], find_mentions(arts)["kind"]))
    # (a convention that speaks is its body: test_a_partys_convention_is_an_event_unless_it_speaks)
    assert kinds == {"Ada Quill": "PERSON", "Avalon Harbour Convention": "ORG", "Bram Tolliver": "PERSON"}


_NAME_WORDS = st.sampled_from(["ada", "quill", "mara", "voss", "jr.", "lund", "brant", "ivo"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_NAME_WORDS, min_size=2, max_size=5), max_size=40),
       st.lists(_NAME_WORDS, min_size=1, max_size=3))
def test_the_candidates_of_a_short_name_are_those_a_scan_of_every_full_name_finds(fulls, short):
    from presslens.entities.linking import MAX_CANDIDATES, _candidates, _FullNames, _is_subsequence, _surname

    names = _FullNames({tuple(f): " ".join(f).title() for f in fulls})
    short = tuple(short)
    first, second, kin = _candidates(short, names)
    assert kin == []  # no kin among the names
    # the scan the index replaced: every full name looked at
    if len(short) == 1:
        by_surname = [(f, n) for f, n in names.items() if _surname(f) == short[0]]
        by_word = [(f, n) for f, n in names.items() if short[0] in f]
        assert first == (by_surname if len(by_surname) <= MAX_CANDIDATES else None)
        assert second == (by_word if len(by_word) <= MAX_CANDIDATES else None)
    else:
        found = [(f, n) for f, n in names.items() if len(f) > len(short) and _is_subsequence(short, f)]
        assert second is None
        assert first is None or first == found
        assert first is not None or len(found) > MAX_CANDIDATES or min(
            sum(w in f for f in names) for w in short) > MAX_CANDIDATES


def test_a_long_list_of_names_costs_each_short_name_a_bounded_look(monkeypatch):
    # A roll of people who share a few given names and surnames (a results table, a list of
    # signatories): a short name is looked for among the full names holding its rarest word,
    # not among all of them, and among thousands it is ambiguous without a look.
    import presslens.entities.linking as linking

    calls = []
    real = linking._is_subsequence
    monkeypatch.setattr(linking, "_is_subsequence", lambda a, b: calls.append(b) or real(a, b))
    roll = [(g, m, s) for g in ("ada", "mara", "ivo", "lisbet") for m in ("tamsin", "orla", "pell")
            for s in ("quill", "voss", "brant", "lund", "tolliver")]
    fulls = linking._FullNames({f: " ".join(f).title() for f in roll})
    first, _, _ = linking._candidates(("ada", "quill"), fulls)
    assert [n for _, n in first] == ["Ada Tamsin Quill", "Ada Orla Quill", "Ada Pell Quill"]
    assert len(calls) == 12  # the names with "quill" (12), not all 60
    assert linking._candidates(("ada", "pell"), fulls)[0] == [(("ada", "pell", s), f"Ada Pell {s.title()}")
                                                            for s in ("quill", "voss", "brant", "lund", "tolliver")]
    calls.clear()
    many = linking._FullNames({(f"given{i}", "quill"): f"Given{i} Quill" for i in range(5000)})
    assert linking._candidates(("quill",), many) == (None, None, [])
    assert linking._candidates(("given7", "x", "quill"), many) == ([], None, []) and not calls  # "x": in none
    assert linking._resolve(linking._candidates(("quill",), many)) is None
    assert linking._resolve(linking._candidates(("given7",), many)) == "Given7 Quill"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["PAC", "PACs", "a", "super", "the", "at", "said", ".", "-", "+", "/", "é", "_",
                                 "2", "XPAC", "PACX", "U.S.", "\n", " "]), max_size=60),
       st.sampled_from(["PAC", "PA", "U.S.", "XP"]))
def test_an_acronym_is_read_alike_from_the_word_starts_and_from_a_scan(pieces, word):
    from presslens.entities.mentions import _SCANS, _acronym_noun, _WordStarts

    text = "".join(pieces)
    indexed = _WordStarts(text)
    indexed.looked = _SCANS  # past the words looked up by a scan: from the index
    assert _acronym_noun(text, word, indexed) == _acronym_noun(text, word)
    assert indexed._by_prefix is not None or len(word) < 2 or not word.isalnum()


def test_comma_suffix_and_place_lists():
    rows = _one("Ivo F. Brant, Jr. was there. Brant spoke. Later Lund, Japan and China agreed.")
    assert ("Ivo F. Brant, Jr.", "", "PERSON", "Ivo F. Brant, Jr.") in rows
    assert ("Brant", "", "PERSON", "Ivo F. Brant, Jr.") in rows
    assert ("Lund", "", "MISC", "Lund") in rows            # a list of names, not "Lund, Japan"


def test_linking_pieces_later_equals_linking_at_once(nordland):
    arts, whole = nordland
    pieces = [find_mentions(arts.iloc[i:i + 1], link=False) for i in range(len(arts))]
    assert set(pd.concat(pieces)["entity"]) >= {"Voss", "Lu"}      # unlinked yet
    linked = link_aliases(pd.concat(pieces, ignore_index=True))
    pd.testing.assert_frame_equal(linked, whole)


def test_given_names_that_are_ordinary_words():
    rows = _one("Mark Cuban spoke first. Cuban said no, and Ann met Bill Rose.")
    assert ("Mark Cuban", "", "PERSON", "Mark Cuban") in rows
    assert ("Cuban", "", "PERSON", "Mark Cuban") in rows       # a surname, not the demonym
    assert ("Bill Rose", "", "PERSON", "Bill Rose") in rows


def test_ages_abbreviated_places_and_lower_case_roles():
    rows = _one("Kopp, 44, of St. Albans, Vt., became a suspect, said police Inspector Dave Bowen.")
    assert ("Kopp", "", "PERSON", "Kopp") in rows
    assert ("St. Albans", "", "PLACE", "St. Albans") in rows
    assert ("Inspector Dave Bowen", "Inspector", "PERSON", "Dave Bowen") in rows


def test_tables_read_back_from_files_still_work(nordland):
    arts, m = nordland
    odd = m.assign(title=m["title"].replace("", None))   # empty titles come back as missing
    doc = odd[odd["doc_id"] == "nordland_1"]
    assert canonical("the premier", doc) == "Alda Voss"
    assert person_gender(odd, arts)["Hanne Brisk"] == "f"
    assert list(link_aliases(odd)["entity"]) == list(m["entity"])


def test_pronouns_inside_a_quotation_are_not_evidence():
    arts = pd.DataFrame({"doc_id": ["q"], "text": [
        "Ivo Brant spoke. “She is great, she really is,” he said of the premier."]})
    assert person_gender(find_mentions(arts), arts)["Ivo Brant"] == "m"


def test_prefixed_titles():
    rows = _one("The group then-Nordland Gov. Ivo Brant chaired, with ex-Sen. Ada Quill, met.")
    assert ("then-Nordland Gov. Ivo Brant", "then-Nordland Gov.", "PERSON", "Ivo Brant") in rows
    assert ("ex-Sen. Ada Quill", "ex-Sen.", "PERSON", "Ada Quill") in rows


def test_short_lines_with_titled_names_are_no_headlines():
    rows = _one("— White House Correspondent Julie Pace.\n\nAides Ann Lo and senior policy adviser Jo Sun met.")
    assert ("White House Correspondent Julie Pace", "White House Correspondent", "PERSON", "Julie Pace") in rows
    assert ("senior policy adviser Jo Sun", "senior policy adviser", "PERSON", "Jo Sun") in rows


def test_titles_merge_with_their_name_and_companies_and_towns_get_kinds():
    arts = pd.DataFrame({"doc_id": ["k"], "text": [
        "Councillor Tom Becker called the plan a waste. Later, Tom Becker left. Workers at "
        "Brantwell Foods said Marlow Falls would suffer, as did Norcott Holdings Inc."]})
    m = find_mentions(arts).set_index("text")
    assert m.loc["Councillor Tom Becker", "entity"] == m.loc["Tom Becker", "entity"] == "Tom Becker"
    assert m.loc["Councillor Tom Becker", "title"] == "Councillor"
    assert m.loc["Brantwell Foods", "kind"] == "ORG"
    assert m.loc["Norcott Holdings Inc.", "kind"] == "ORG"
    assert m.loc["Marlow Falls", "kind"] == "PLACE"


def test_institutions_and_a_place_its_apposition_names_get_kinds():
    # Each was MISC (left out of the entity table) or, before "Library", a person's name.
    kinds = _kinds(
        "Becker spoke at Kestrel Library, the Umberton Museum of Ferries and the Grand Hotel, then watched a match at "
        "Sorrel Stadium. Mayor Quill visited Lindholm, a town of 4,000, and met Bo Lind, a state senator.")
    assert {k: kinds.get(k) for k in ("Kestrel Library", "Umberton Museum of Ferries", "Grand Hotel", "Sorrel Stadium",
                                      "Lindholm")} == {"Kestrel Library": "ORG", "Umberton Museum of Ferries": "ORG",
                                                       "Grand Hotel": "ORG", "Sorrel Stadium": "PLACE", "Lindholm": "PLACE"}
    assert kinds["Bo Lind"] == "PERSON"  # "a state senator" names what he is, not a place


def test_shipping_lines_and_cruise_firms_are_organisations():
    # "Tidewell Lines" read as a person's first name and surname.
    kinds = _kinds("Tidewell Lines declined to comment. Nordland Air Lines and Kestrel Cruises said fares would rise. "
                   "Ada Quill said the ferries stay.")
    assert {k: kinds.get(k) for k in ("Tidewell Lines", "Nordland Air Lines", "Kestrel Cruises", "Ada Quill")} == {
        "Tidewell Lines": "ORG", "Nordland Air Lines": "ORG", "Kestrel Cruises": "ORG", "Ada Quill": "PERSON"}


def test_a_plural_noun_opening_a_sentence_names_a_group_not_a_person():
    # Each was a PERSON ("Critics said" read as "Brown said").
    m = _mentions(
        "The council met on Monday. Critics said the plan would fail. Others who spoke agreed. Aides said "
        "little. Prosecutors argued otherwise. Brown said the plan works.")
    assert m["text"].tolist() == ["Brown"] and m["kind"].tolist() == ["PERSON"]


def test_a_plural_of_people_who_act_is_a_group_though_the_word_lists_lack_it():
    # "Campaigners" (only "campaigner" listed) and "Protesters" (only the plural) were names of
    # people; a plural that goes on with "of" may open a name ("Guardians of the Galaxy").
    m = _mentions(
        "The council met on Monday. Campaigners have vowed to fight on. Protesters said the pier was unsafe. "
        "Guardians of the Galaxy opened in Avalon. Peters said the plan works.")
    assert "Campaigners" not in m["text"].tolist() and "Protesters" not in m["text"].tolist()
    assert m[m["text"] == "Peters"]["kind"].tolist() == ["PERSON"]
    assert m["text"].str.startswith("Guardians").any()


def test_a_plural_the_article_writes_in_lower_case_is_no_name_unless_one_ends_in_it():
    # "Teachers who", "Women said", "Villagers said" were persons: "Teachers" is capitalised in "the Avalon
    # Federation of Teachers", "Women" was no plural to the finder and "villagers" is no word Punkt saw in lower
    # case. "Fields", a surname and a plural the article writes in lower case too, stays Sam Fields.
    m = _mentions(
        "Sam Fields, a farmer near Avalon, met the Avalon Federation of Teachers and the Women's Forum. "
        "Teachers who work in the fields backed Ada Quill. Women said the school was cold. Villagers said the road "
        "was shut. Fields said the women and teachers were right, and villagers agreed. Tom Becker spoke.")
    assert not m["text"].isin(["Teachers", "Women", "Villagers"]).any()
    assert m[m["text"] == "Fields"][["kind", "entity"]].values.tolist() == [["PERSON", "Sam Fields"]]


def test_a_participle_opening_a_sentence_is_no_name():
    # Each participle was a MISC name, and a pronoun after it could stand for it ("Lashing" spoke).
    m = _mentions(
        "Quill spoke on Monday. Lashing out, Quill said the levy was unfair. Reprising one of her lines, Quill "
        "smiled. Turning to the budget, she paused. Beijing on Friday said no. Manning said the ferry was late. "
        "Harding was elected.")
    assert m["text"].tolist() == ["Quill", "Quill", "Quill", "Beijing", "Manning", "Harding"]


def test_former_before_a_place_and_a_lowercase_title_leaves_the_place():
    # "Former Lindholm" was a MISC name (and could speak for the governor after it).
    m = _mentions("Former Lindholm governor Ada Quill spoke. Former Sen. Bo Tarrow spoke. Lindholm governor Ada "
                  "Quill spoke again.")
    assert list(zip(m["text"], m["entity"])) == [
        ("Lindholm", "Lindholm"), ("governor Ada Quill", "Ada Quill"), ("Former Sen. Bo Tarrow", "Bo Tarrow"),
        ("Lindholm", "Lindholm"), ("governor Ada Quill", "Ada Quill")]


def test_a_bill_is_no_person_and_a_head_word_keeps_the_word_it_heads():
    # "Bill" of "the Bill of Rights" and of "“Bathroom Bill”" was the person "Bill"; "Judicial
    # Watch" after a quotation mark or opening a sentence was the ORG "Watch".
    arts = pd.DataFrame({"doc_id": ["k", "l"], "text": [
        "Quill defended the Bill of Rights. The state passed its \u201cBathroom Bill,\u201d which Quill signed. "
        "Judicial Watch sued. Once Congress acts, the Senate votes.",
        "Bill Tarrow said the plan works. Bill said so twice."]})
    m = find_mentions(arts)
    got = dict(zip(m["text"], m["kind"]))
    assert got["Bill of Rights"] == got["Bathroom Bill"] == "MISC"
    assert got["Judicial Watch"] == "ORG" and got["Congress"] == "ORG"
    assert "Bill" not in m.loc[m["doc_id"] == "k", "text"].tolist()
    assert m.loc[m["doc_id"] == "l", "entity"].tolist() == ["Bill Tarrow", "Bill Tarrow"]


def test_super_and_cyber_are_ordinary_words():
    # "Super" of "Super Tuesday" was a PLACE ("on Super"); "Super Bowl" a person's name.
    got = _kinds(
        "Quill campaigned on Super Tuesday and watched the Super Bowl. Cyber Monday sales rose in Lindholm.")
    # (the Super Bowl itself is a contest, no entity: entities_event_heads.txt)
    assert "Super" not in got and "Cyber" not in got and "Super Bowl" not in got


def test_a_first_word_of_geography_makes_a_place():
    # "Fort Pierce" and "River Styx" were persons' names, "Lake Michigan" MISC (left out of the table).
    kinds = _kinds(
        "Quill spoke in Fort Tarvos, sailed on Lake Orrin and crossed the River Styx near Mount Pleasant. "
        "The Port Authority of Lindholm met at the Fort Varne Church of Saints.")
    assert {k: kinds.get(k) for k in ("Fort Tarvos", "Lake Orrin", "River Styx", "Mount Pleasant")} == dict.fromkeys(
        ("Fort Tarvos", "Lake Orrin", "River Styx", "Mount Pleasant"), "PLACE")
    # the head word decides first: an authority and a church are organisations
    assert kinds["Port Authority of Lindholm"] == kinds["Fort Varne Church of Saints"] == "ORG"


def test_a_numeral_after_ordinary_words_makes_no_person():
    # "World War II" and "Article II" were persons' names for their "II", as "Ada Quill Jr." is (the war is no entity
    # now: test_a_war_is_an_event_not_an_entity).
    kinds = _kinds(
        "Quill studied World War II and Article II of the charter with Bram Tolliver III.")
    assert "World War II" not in kinds and kinds["Article II"] == "MISC" and kinds["Bram Tolliver III"] == "PERSON"


def test_a_plural_of_a_party_or_people_ends_a_group_name():
    # "Reagan Democrats" and "Log Cabin Republicans" were persons' names; a "Council of Americans" stays an ORG.
    kinds = _kinds(
        "Quill courted Reagan Democrats, Log Cabin Republicans and the Tarvos Council of Americans.")
    assert kinds["Reagan Democrats"] == kinds["Log Cabin Republicans"] == "GROUP"
    assert kinds["Tarvos Council of Americans"] == "ORG"


def test_well_known_organisations_without_a_head_word_are_organisations():
    # Each was a person's name by its shape (two or three words no dictionary holds) or MISC.
    kinds = _kinds(
        "Exxon Mobil and Morgan Stanley backed Quill; Verizon said nothing; the Ku Klux Klan and Black Lives "
        "Matter marched in Lindholm. Gallup polled for the Lindholm Register; the Tarvos Border Patrol, "
        "Varne Chemical and the Orrin Liberation Front declined. The Tarvos Sentinel and the Lindholm Observer "
        "reported it, as did the Varne Legion. Quill studied at Harvard and told Yahoo so.")
    names = ("Exxon Mobil", "Morgan Stanley", "Verizon", "Ku Klux Klan", "Black Lives Matter", "Gallup",
             "Lindholm Register", "Tarvos Border Patrol", "Varne Chemical", "Orrin Liberation Front",
             "Tarvos Sentinel", "Lindholm Observer", "Varne Legion", "Harvard", "Yahoo")
    assert {k: kinds.get(k) for k in names} == dict.fromkeys(names, "ORG")


def test_a_compass_word_before_a_known_place_makes_a_place():
    # "West Africa" was MISC (left out of the entity table), "Southeast Manchester" a person's name.
    kinds = _kinds(
        "Quill toured West Africa, Southeast Manchester and American Samoa, then met Kerry Washington.")
    assert kinds["West Africa"] == kinds["Southeast Manchester"] == kinds["American Samoa"] == "PLACE"
    assert kinds["Kerry Washington"] == "PERSON"


def test_a_demonym_after_a_determiner_is_no_person():
    # "a Republican who", "the pro-life Democrat who" were persons named Republican and Democrat.
    m = _mentions(
        "Gov. Ada Quill, a Republican who won, spoke. The pro-life Democrat who ran lost. Every American who "
        "votes counts. Cuban said no. Anyone who refuses loses. Somebody said so.")
    assert m["text"].tolist() == ["Gov. Ada Quill", "Cuban"]


def test_a_demonym_opening_two_names_is_no_person_unless_a_given_name():
    # "The Swedish Covenant example" and "the French Riviera" were persons; "Scot Ross" and "Republican Trump" stay.
    kinds = _kinds(
        "The Swedish Harbourline example was not relevant, the alderman added. Crowds filled the Danish Brimmel. "
        "Scot Maddow, director of Vellin Now, spoke. Republican Quarrow and Democrat Ellery met in Tarnby.")
    assert kinds["Swedish Harbourline"] != "PERSON" and kinds["Danish Brimmel"] != "PERSON"
    assert kinds["Scot Maddow"] == "PERSON" and kinds["Republican Quarrow"] == "PERSON"


def test_a_known_organisation_alone_is_the_surname_of_a_person_the_article_names():
    # "Bloomberg said he would not run" after "Michael Bloomberg" was the news agency.
    arts = pd.DataFrame({"doc_id": ["k", "l"], "text": [
        "Former mayor Michael Bloomberg spoke in Lindholm. Bloomberg said he would not run.",
        "Bloomberg reported that Ada Quill would run."]})
    m = find_mentions(arts)
    got = list(zip(m["doc_id"], m["text"], m["entity"], m["kind"]))
    assert ("k", "Bloomberg", "Michael Bloomberg", "PERSON") in got and ("l", "Bloomberg", "Bloomberg", "ORG") in got
    # the same for the network and the magazine: "Fox" and "Forbes" were a person's guess ("told Fox")
    arts = pd.DataFrame({"doc_id": ["k", "l"], "text": [
        "Michael J. Fox spoke in Lindholm. Fox said the cure was near.",
        "Ada Quill told Fox on Sunday that she would run, as estimated by Forbes."]})
    got = set(zip(*find_mentions(arts)[["doc_id", "text", "entity", "kind"]].T.values))
    assert {("k", "Fox", "Michael J. Fox", "PERSON"), ("l", "Fox", "Fox", "ORG"),
            ("l", "Forbes", "Forbes", "ORG")} <= got
    # a title says the full name is a person's where the given name is no listed one ("Liam Fox")
    arts = pd.DataFrame({"doc_id": ["k", "l"], "text": [
        "Trade secretary Oskarine Fox spoke in Lindholm. Fox said the deal was near.",
        "Oskarine Fox spoke in Lindholm. Fox said the deal was near."]})
    got = set(zip(*find_mentions(arts)[["doc_id", "text", "entity", "kind"]].T.values))
    assert ("k", "Fox", "Oskarine Fox", "PERSON") in got and ("l", "Fox", "Fox", "ORG") in got


def test_names_after_an_opening_apostrophe_quotation_are_whole():
    # NYT archives open quotations with two apostrophes: "Fox" was cut off (the mention "News"),
    # and an interjection opening one is no name. (Not in a programme's title, whose names are no entity.)
    m = _mentions(
        "He said three times ''Fox News is wrong'' about it. ''Oh, no,'' said Ada Quill. "
        "She praised 'Marlow Falls' and O'Brien.")
    assert m["text"].tolist() == ["Fox News", "Ada Quill", "Marlow Falls", "O'Brien"]


def test_a_lone_given_name_links_to_the_name_it_opens_as_well_as_to_one_it_ends():
    # Two articles quote the nickname "Crooked Hillary"; a lone "Hillary" of a third article linked
    # to it (as a surname) rather than to "Hillary Voss", named in full in nine.
    texts = ["Supporters chanted \u201cCrooked Hillary\u201d at Tarn." for _ in range(2)]
    texts += [f"Hillary Voss spoke in Lindholm on day {i}." for i in range(9)]
    texts += ["Hillary spoke again."]
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    m = find_mentions(arts)
    assert m.loc[m["doc_id"] == "d11", "entity"].tolist() == ["Hillary Voss"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ada Quill", " ", "\t", "\u00a0", "(", ")", ",", "R-", "D-", "Texas", "Calif.",
                                 "x" * 25, ".", "-"]), max_size=14))
def test_party_tag_bounded_search_finds_what_the_pattern_finds(pieces):
    from presslens.entities.mentions import _PARTY_TAG, _party_tag

    text = "".join(pieces)
    for pos in range(len(text) + 1):
        assert _party_tag(text, pos) == (_PARTY_TAG.match(text, pos) is not None), (text, pos)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbB’'-. \u0301é", max_size=40),
       st.lists(st.text(alphabet="abé'\u0301.", max_size=4), max_size=40))
def test_lower_words_searched_as_the_pattern_collects_them(text, words):
    from presslens.entities.mentions import _LOWER_WORD, _LowerWords

    everything = set(_LOWER_WORD.findall(text))
    asked = _LowerWords(text)
    assert [w in asked for w in words + ["ab", "ba", "a"]] == [w in everything for w in words + ["ab", "ba", "a"]]


def test_lower_words_stop_searching_the_text_for_each_of_many_words():
    # Each word not in the text was a search of all of it: a transcript's thousands of labels made
    # the lookups quadratic. After a bounded number, the article's words are collected once.
    from presslens.entities.mentions import _LowerWords

    asked = _LowerWords("the plan was read aloud " * 50)
    assert [f"zq{chr(97 + i % 26)}{chr(97 + i // 26)}" in asked for i in range(40)] == [False] * 40 and "plan" in asked
    assert asked.words is not None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZé\u0301.&'’- \t\u00a0\n,1", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_word_before_searched_backwards_as_forwards(text, floor, pos):
    import regex

    from presslens.entities.mentions import _WORD_BEFORE

    forwards = regex.compile(_WORD_BEFORE.pattern.removeprefix("(?r)"))
    pos = min(pos, len(text))
    a, b = forwards.search(text, min(floor, pos), pos), _WORD_BEFORE.search(text, min(floor, pos), pos)
    assert (a is None) == (b is None)
    if a:
        assert a.groups() == b.groups() and a.span(1 if a.group(1) else 2) == b.span(1 if b.group(1) else 2)


def test_a_month_before_digits_ends_a_name_but_a_given_name_does_not():
    arts = pd.DataFrame({"doc_id": ["a"], "text": [
        "On Oct 27 Ivo Brant met Jan Oster in Kestrel. Jan 4 was cold, said Jan Oster of Nordland Oct 3."]})
    texts = find_mentions(arts)["text"].tolist()
    assert texts.count("Jan Oster") == 2 and "Nordland" in texts
    assert not any(t.startswith(("Oct", "Jan 4")) or t.endswith("Oct") for t in texts)
    # tokenised text's "Oct . 13" (PerSenT) and a stray comma's "Sept, 26, 2014" were names (MISC, PERSON)
    arts = pd.DataFrame({"doc_id": ["a"], "text": [
        "The deadline is Oct . 31 , Ivo Brant said . Jan Oster was born Sept, 26, 2014, in Kestrel."]})
    texts = find_mentions(arts)["text"].tolist()
    assert texts == ["Ivo Brant", "Jan Oster", "Kestrel"]


def test_chunk_records_forgotten_between_articles_give_the_same_mentions(monkeypatch, nordland):
    from presslens.entities import mentions

    arts, expected = nordland
    monkeypatch.setattr(mentions, "_CHUNKS_KEPT", 3)  # forgotten before nearly every article
    for table in (mentions._CHUNKS, mentions._PIECES, mentions._PLANS, mentions._MENTIONS):
        table.clear()
    pd.testing.assert_frame_equal(find_mentions(arts), expected)


def test_a_capitalised_phrase_needs_evidence_to_be_an_entity():
    """Titles of programmes, acronyms used as common nouns, ordinal coinages and a head word
    opening a sentence are no entities; names beside them still are."""
    m = find_mentions(_articles("evidence"))
    texts = set(m["text"])
    # a programme's title: "on NBC's Meet the Harbour", “Face the Tide”, “Hear The Harbour”
    assert not texts & {"Harbour", "Tide", "Meet the Harbour", "Hear The Harbour"}
    assert {"Alda Voss", "Ivo Brant", "Tova Lind", "NBC", "Kestrel Ledger"} <= set(m["entity"])
    # an acronym the article uses as a common noun ("a super PAC", "PACs", "the loathed MSM")...
    assert not texts & {"PAC", "PACs", "MSM"}
    # ...but not one it also writes bare, as names go ("at NLF", "NLF said")
    assert (m["text"] == "NLF").sum() == 3
    # an ordinal is an ordinary word: "the Ninth Circle" is no person
    kinds = dict(zip(m["text"], m["kind"]))
    assert kinds.get("Ninth Circle", "MISC") == "MISC"
    # a head word opening a sentence before a lower-case word is the ordinary word
    assert "Campaign" not in texts and "Party" not in texts
    assert kinds["Brennmark Party"] == "ORG" and "Campaign for Clean Harbours" in texts
    # "May the Senate" is no programme's title
    assert "Senate of Nordland" in texts
    # a handle and a model number are no names in the prose; a public advocate is a title
    assert not texts & {"IvoBrant", "KX"} and "Brennmark Arms" in texts
    assert m.set_index("text").loc["Kestrel Public Advocate Mira Holm", "entity"] == "Mira Holm"
    # a demonym after "the" is no name, even before "said" ("Cuban said" may be one)
    assert "Democrat" not in texts and "Cuban" in texts


def test_entity_precision_verdicts_hold_only_entity_strings_and_verdicts():
    import csv

    path = ROOT / "scripts" / "entity_precision.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    assert rows and all(r.keys() == {"sample", "doc_id", "entity", "verdict", "why", "kind"} for r in rows)
    assert {r["verdict"] for r in rows} <= {"right", "wrong"}
    # a kind is judged only of a right entity (samples D and E), and is one of the table's kinds
    assert {r["kind"] or "" for r in rows} <= {"", "PERSON", "ORG", "PLACE", "GROUP", "MISC"}
    assert all(r["verdict"] == "right" for r in rows if r["kind"])
    # no article text; a wrong entity may be longer, names the table ran together (a tag list, sample E)
    assert all((len(r["entity"]) <= 60 or r["verdict"] == "wrong") and len(r["why"]) <= 120 for r in rows)
    assert len({(r["sample"], r["doc_id"], r["entity"]) for r in rows}) == len(rows)


def test_a_one_word_name_written_with_its_article_mid_sentence_is_a_publication_or_a_known_place():
    # "told The Hill" was the person Hill; "The Hague" an unknown word; a headline's capitals, a
    # given name ("The Donald") and a work's title ("The Age of Oversupply") are left as they were.
    got = _kinds("Ada Quill told The Lantern so, as reported by The Hill. A court in The Hague ruled. "
                 "He called him The Donald. She wrote The Age of Oversupply.")
    assert (got["Lantern"], got["Hill"], got["Hague"], got["Donald"]) == ("ORG", "ORG", "PLACE", "PERSON")
    assert got.get("Age") != "ORG"


def test_a_rare_guess_from_the_context_does_not_decide_an_entity_named_often_without_one():
    # One "said Obamacare so far" among 33 mentions made the law a person, and every mention with it.
    text = " ".join(["Voters debated Quillcare on Monday."] * 9 + ["An economist said Quillcare so far works."])
    assert _kinds(text)["Quillcare"] == "MISC"
    # a person named often enough with a cue stays one
    text = " ".join(["Voters debated Varro on Monday."] * 3 + ["Varro said it works."])
    assert _kinds(text)["Varro"] == "PERSON"


def test_the_field_of_a_title_is_no_persons_name():
    # "a secretary of State who" made "State" a person; "the son of Brown who" stays one.
    assert "State" not in _kinds("There has never been a secretary of State who was so reckless.")
    assert _kinds("The son of Brown who ran the mill spoke.")["Brown"] == "PERSON"


def test_reviews_are_organisations_and_shows_are_no_persons():
    got = _kinds("Ada Quill wrote in the Lindholm Review. She spoke on the Ada Quill Show on Monday.")
    assert got["Lindholm Review"] == "ORG" and got.get("Ada Quill Show", "MISC") == "MISC"


def test_a_known_organisation_opening_a_name_makes_no_persons_name():
    # "Senate Benghazi" (of "the Senate Benghazi committee") was a person and took "Benghazi" with it.
    got = _kinds("The Senate Lindholm panel met. Breitbart Vestmark reported it.")
    assert got.get("Senate Lindholm", "MISC") != "PERSON" and got.get("Breitbart Vestmark", "MISC") != "PERSON"
    assert _kinds("Ada Quill met Oskar Varro.")["Oskar Varro"] == "PERSON"


def test_provinces_of_other_countries_are_places():
    got = _kinds("She moved from British Columbia to Nova Scotia, then to Bavaria.")
    assert {got["British Columbia"], got["Nova Scotia"], got["Bavaria"]} == {"PLACE"}


def test_a_title_of_an_organisation_names_the_organisation_not_a_person():
    # "the former CEO of Hewlett-Packard added" was a person named "of Hewlett-Packard".
    m = _mentions(
        "But the former CEO of Zorvex added that it failed. Oskar Varro became chairman and CEO of Zorvex. "
        "Undersecretary for Political Affairs Wendy Sherman spoke.")
    assert not m["entity"].str.startswith(("of ", "for ")).any()
    assert "PERSON" not in set(m.loc[m["text"] == "Zorvex", "kind"])
    assert "Wendy Sherman" in " ".join(m.loc[m["kind"] == "PERSON", "text"])


def test_a_known_place_and_a_plural_name_a_team_or_a_firm():
    # "Dallas Cowboys", "Denver Broncos" were persons; places ending in a plural stay places, and a
    # place that is a given name opens a person's name.
    got = _kinds("The Lindholm Ravens beat the Denver Broncos near the Golan Heights. Charlotte Quillers spoke.")
    assert got["Denver Broncos"] == "ORG" and got["Golan Heights"] == "PLACE"
    assert got.get("Charlotte Quillers") != "ORG"


def test_a_name_with_two_spaces_inside_stays_one_name():
    # PerSenT marks the article's main person with spaces on both sides ("De'Andre  Hunter  did"):
    # parting names at two spaces lost the person in such articles (tried and reverted, 4 Dec).
    got = _kinds("Lindholm's Oskar  Varro  did his part. Later  Varro  scored.")
    assert "Oskar  Varro" in got or "Oskar Varro" in got


def test_three_spaces_between_capitalised_words_part_two_names():
    # A text stripped of its commas that pads a mention with spaces too ("Lima's Plaza de Armas   Francis
    # sought", "Bezos   Microsoft founder") ran two names into one, and the person's other mentions with it.
    m = _mentions("Pope Anselm arrived in Velloria. From the Plaza Verde   Anselm spoke to the young. "
                  "In Tarsk   Anselm had praised Ivo Brant   Norvik founder Ada Quill.")
    assert {"Plaza Verde", "Tarsk", "Ivo Brant", "Ada Quill"} <= set(m["entity"])
    assert not any("Anselm" in e and e != "Anselm" for e in m["entity"])


def test_two_spaces_before_a_known_place_or_organisation_part_two_names():
    # "Astana  Kazakhstan", "Alexandria  Virginia": a comma lost before a state or country; but a given name and the
    # surname a padded mention parts by two spaces stay one name ("Oskar  Varro", "Michael  Jordan").
    m = _mentions("Talks were held in Vell  Kazakhstan. Ada Quill of Tarsk  Virginia spoke. "
                  "Lindholm's Oskar  Varro  did his part. Michael  Jordan scored.")
    assert {"Vell", "Kazakhstan", "Tarsk", "Virginia", "Oskar Varro", "Michael Jordan"} <= set(m["entity"])
    # and before a known organisation: a photo credit, a list of firms
    m = _mentions("(Photo: Ada Quill  Getty Images) Ivo Brant joined Microsoft  Amazon and Tarsk Ltd.")
    assert {"Ada Quill", "Getty Images", "Microsoft", "Amazon"} <= set(m["entity"])
    # not inside a known name that a text spaced twice parts
    assert "New Mexico" in set(_mentions("Ada Quill flew to New  Mexico on Monday.")["entity"])


def test_two_spaces_after_a_full_name_or_in_a_list_part_the_names_of_a_list():
    # A text stripped of its commas ran a list's names together ("Enes Kanter  Doug McDermott", "Marx  Lenin  Mao",
    # "Sen. Debbie Stabenow  Sen. Heidi Heitkamp"); but two spaces after a given name or a title, before a suffix
    # or an ordinary last word stay inside one name (a padded mention: "Oskar  Varro", "Col.  Ada Quill").
    m = _mentions("Tarsk got Enes Varrow  Doug McTavish and a pick. He stood with Orvath  Lindqvist  Tamsk and "
                  "Brel. Sen. Ada Quill  Sen. Ivo Brant spoke.")
    got = set(m["entity"])
    assert {"Enes Varrow", "Doug McTavish", "Orvath", "Lindqvist", "Tamsk", "Ada Quill", "Ivo Brant"} <= got
    assert not any("  " in t for t in m["text"])
    m = _mentions("Lindholm's Oskar  Varro  did his part. Col.  Ada Quill thanked Cyrus Vale  Jr. of "
                  "Quill  Landscapes.")
    assert {"Oskar Varro", "Ada Quill", "Cyrus Vale Jr."} <= set(m["entity"])


def test_two_spaces_between_two_single_names_part_them_where_they_stand_for_a_lost_comma():
    # PerSenT ran two single names together where it stripped the comma between them ("companies such as Adidas
    # Swarovski and Express", "According to Brady  Spieth's golf"): two names; but the two spaces that pad its main
    # person after a given name ("Oskar  Varro  did") or before a mark ("Oskar  Varro .") stay inside one name.
    m = _mentions("She signed with firms such as Corvanta  Meltrixa and Dunholl. According to Tarskel  Quillby's "
                  "swing was no match. Oskar  Varro  did his part. Then Oskar  Varro .")
    got = set(m["entity"])
    assert {"Corvanta", "Meltrixa", "Tarskel", "Quillby", "Oskar Varro"} <= got
    assert not {"Corvanta Meltrixa", "Tarskel Quillby"} & got


def test_a_name_before_or_after_a_chief_executives_title_is_an_organisation():
    # "Fiorina, the former Hewlett-Packard CEO", "the former chief executive of Hewlett-Packard": a hyphenated
    # firm's name no other word marks had been a person or MISC; a chief executive's title says it is a firm.
    got = _kinds("Orla Vennick, the former Brantwell-Oakes CEO, spoke in Tarsk on Monday. The former chief "
                 "executive of Brantwell-Oakes said the merger had failed. Vennick left Brantwell-Oakes in 2002.")
    assert got["Brantwell-Oakes"] == "ORG" and got["Orla Vennick"] == "PERSON"


def test_two_spaces_after_a_known_place_part_it_from_the_name_after():
    # "Apart from the delay of the visit to Indonesia  Dino said" (a fronted phrase's comma lost) gave the person
    # "Indonesia Dino"; a place and an ordinary word ending its name stay one ("the Lisbon  Castle").
    m = _mentions("Apart from the delay of the ferry to Portugal  Varro said the fares would rise. Orla Varro "
                  "later toured the Lisbon  Castle.")
    got = set(m["entity"])
    assert {"Portugal", "Orla Varro"} <= got and not any(e.startswith("Portugal ") for e in got)
    assert not any(e.startswith("Lisbon") and e != "Lisbon Castle" for e in got)


def test_two_spaces_before_a_full_name_part_the_names_of_a_list():
    # "the Yardbirds  John Mayall & the Bluesbreakers" gave the person "Yardbirds John Mayall": a word, two spaces
    # where a comma was lost, and a given name opening a longer name are two names.
    m = _mentions("Ada Quill played with the Tarskbirds  John Vellam & the Quillers before Orla Brant left. "
                  "Vellam said so.")
    got = set(m["entity"])
    assert {"Tarskbirds", "John Vellam"} <= got and not any("  " in t for t in m["text"])


def test_a_states_abbreviation_that_is_a_word_names_the_state_with_its_point_only():
    # "Mass." is Massachusetts; the liturgy ("celebrate Mass", "after Mass") and "Mass rallies" are not.
    text = ("Bishop Tomas Vell will celebrate Mass in Tarsk. Mass rallies followed after Mass ended. "
            "He was born in Quillton, Mass., and studied in Orvey, Ill. Then he left.")
    m = _mentions(text)
    states = m.loc[m["entity"].isin(["Massachusetts", "Illinois"]), "start"].tolist()
    assert states == [text.index("Mass.,"), text.index("Ill.")]
    assert "Mass" not in set(m["entity"])


def test_a_states_abbreviation_without_its_point_names_the_state_only_after_a_place_and_a_comma():
    # "\"Ky gave me the ball\"" (a player's nickname) and "Kan would stay" (Prime Minister Naoto Kan) were Kentucky
    # and Kansas; "Vellton, Ky", PerSenT's lost comma ("Orbury  Mo") and a postal code ("a nutty VT socialist",
    # written so in capitals, no abridged word) stay states.
    text = ("Prime Minister Ryo Kan resigned. Kan would stay. \"Ky gave me the ball,\" Tom Vell said. "
            "He lives in Vellton, Ky and Orbury  Mo, she is a nutty VT socialist.")
    m = _mentions(text)
    states = [e for e in m["entity"] if e in ("Kansas", "Kentucky", "Missouri", "Vermont")]
    assert states == ["Kentucky", "Missouri", "Vermont"]
    assert "Ryo Kan" in set(m["entity"])


def test_a_name_ending_in_an_acronym_is_no_persons():
    # "A member of Nashville ARA who goes by" was a person (by "who"); a post-nominal and a generation end a person's
    # name.
    got = _kinds("A member of Vellton ARA who goes by Jules spoke. Ada Quill MP and Tom Vell III met.")
    assert got["Vellton ARA"] == "ORG"
    assert (got["Ada Quill"], got["Tom Vell III"]) == ("PERSON", "PERSON")


def test_a_social_media_verb_in_capitals_is_no_name():
    # "Lloyd Grove, the Daily Beast editor who wrote the profile, Tweeted out Trump's praise": 'Tweeted' was listed.
    m = _mentions("Ada Quill, the Vellton Courier editor, Tweeted out the praise. Ivo Brant, her deputy, Retweeted it.")
    assert set(m["entity"]) == {"Ada Quill", "Vellton Courier", "Ivo Brant"}


def test_a_months_name_before_a_day_or_after_a_word_of_time_is_a_date():
    # "Last May, a federal judge", "Born May 24, 1917" were entities, "On May 3  2015" a mention of a coach May;
    # "May said" after Prime Minister Tessa May stays hers.
    m = _mentions("Ada Quill was born May 24, 1917. Last May, a federal judge ruled. On May 3  2015 Ivo Brant came. "
                  "Prime Minister Tessa May spoke. May said no.")
    assert m.loc[m["entity"] == "Tessa May", "text"].tolist() == ["Prime Minister Tessa May", "May"]
    assert "May" not in set(m["entity"])


def test_a_name_before_a_possessive_and_a_persons_noun_is_a_persons():
    # "Brown said about Steede ... Steede's death": the friend, a lone surname, was MISC.
    got = _kinds("Ada Quill spoke about Vellin. Vellin noticed her. The circumstances of Vellin's death are unclear.")
    assert got["Vellin"] == "PERSON"


def test_a_holidays_name_is_a_day_not_an_entity():
    # "the Labor Day telethon", "On Election Day" name a date (timeline_holidays.txt), no one portrayed.
    m = _mentions("Ada Quill hosted the Labor Day telethon for the Velloria Fund. On Election Day, Quill voted. "
                  "Labor Day came.")
    assert set(m["entity"]) == {"Ada Quill", "Velloria Fund"}


def test_an_award_or_a_contest_is_no_entity():
    # "the Nobel Peace Prize", "the Heisman Trophy", "the World Cup" are named, but no one portrayed; a firm whose
    # name ends in "Games" stays.
    m = _mentions("Ada Quill won the Brantwell Peace Prize and the Tarsk Cup. Ivo Brant skipped the Winter Olympics "
                  "and the Vell Medal. Riot Games said so.")
    assert not [e for e in m["entity"] if e.split()[-1] in ("Prize", "Cup", "Olympics", "Medal")]
    assert {"Ada Quill", "Ivo Brant", "Riot Games"} <= set(m["entity"])


def test_a_bowl_an_open_a_final_or_a_grammy_is_no_entity():
    # "the Super Bowl", "the Australian Open", "the NBA Finals", "the PGA Championship", "the Boston Marathon", "won a
    # Grammy", "at the Oscars" were MISC entities (the Rose Bowl a person's): contests and awards, no one portrayed.
    m = _mentions("Ada Quill watched the Tarsk Bowl with Ivo Brant, who won a Grammy and two Oscars. Brant lost the "
                  "Velloria Open and the Lindholm Marathon; Quill reached the Brantwell Finals.")
    assert not [e for e in m["entity"] if e.split()[-1] in ("Bowl", "Grammy", "Oscars", "Open", "Marathon", "Finals")]
    assert {"Ada Quill", "Ivo Brant"} <= set(m["entity"])


def test_a_hall_of_fame_and_a_photo_credit_are_no_entities():
    # "the Christian Music Hall of Fame" left 'Christian Music Hall' a person's name, "Hall of Famer" a 'Hockey Hall',
    # "(AP Photo/Haraz N. Ghanbari)" an 'AP Photo' entity: an honour cut at "of" and a credit; the photographer stays.
    # "Famer" is a title before a name ('Famer Dick Butkus' was one).
    m = _mentions("Ada Quill was voted into the Velloria Music Hall of Fame. Tarsk Hockey Hall of Famer Ivo Brant "
                  "praised her. (AP Photo/Orla Vell, file) Quill thanked Brant.")
    assert not [e for e in m["entity"] if e.split()[-1] in ("Hall", "Photo")]
    assert {"Ada Quill", "Ivo Brant", "Orla Vell"} <= set(m["entity"])


def test_a_title_in_capitals_after_its_organisation_is_no_part_of_its_name():
    # "Fiorina, the former Hewlett-Packard CEO, took on Cruz" made 'Hewlett-Packard CEO' a person, and the article's
    # other "Hewlett-Packard" joined it: the title, no name after it, is left out.
    m = _mentions("Ada Quill, the former Brantwell Systems CEO, took on Ivo Brant. Quill ran Brantwell Systems until "
                  "2005.")
    assert not [e for e in m["entity"] if e.endswith("CEO")]
    assert {"Ada Quill", "Ivo Brant", "Brantwell Systems"} <= set(m["entity"])


def test_a_laws_initials_are_no_entity():
    # "a FOIA request", "Under FOIA, agencies ..." made 'FOIA' an organisation: the Freedom of Information Act by its
    # initials, a law as "Freedom of Information Act" written out is (entities_programmes.txt).
    m = _mentions("Ada Quill filed a FOIA request with the Tarsk Records Agency. Under FOIA, the agency must answer.")
    assert "FOIA" not in set(m["entity"]) and {"Ada Quill", "Tarsk Records Agency"} <= set(m["entity"])


def test_a_treaty_without_its_head_word_or_by_its_initials_is_no_entity():
    # "the Trans-Pacific Partnership", "the TPP", "Nafta" were MISC entities (TPP once an organisation): a treaty, as
    # "the Paris Agreement" is (entities_programmes.txt); the countries that signed it stay.
    m = _mentions("Ada Quill wants Velloria out of the Trans-Pacific Partnership. Quill said the TPP and Nafta hurt "
                  "workers in Tarsk, and the TTIP would too.")
    assert not {"Trans-Pacific Partnership", "TPP", "Nafta", "TTIP"} & set(m["entity"])
    assert {"Ada Quill", "Velloria", "Tarsk"} <= set(m["entity"])


def test_a_name_ending_in_again_is_a_slogan_or_a_title():
    # hats reading “Make America Great Again” made 'America Great Again' an entity, and "her new program We'll Meet
    # Again" a 'Meet Again': "again" ends a slogan's or a title's name, never anyone's.
    m = _mentions("Fans of Ada Quill wore hats reading “Make Velloria Great Again” in Tarsk. Ivo Brant hosts the new "
                  "program We'll Meet Again. Quill and Brant met in Tarsk.")
    assert not [e for e in m["entity"] if e.endswith("Again")]
    assert {"Ada Quill", "Ivo Brant", "Tarsk"} <= set(m["entity"])


def test_jesus_is_a_persons_name():
    # "the parable of the talents that Jesus taught", "the birth of the baby Jesus" made 'Jesus' MISC (once a
    # place): a given name (news names many a Jesus), so a person.
    got = _kinds("This reminds me of the parable that Jesus taught. The master, who represents Jesus, gave Ivo Brant "
                 "a coin. Ada Quill honored the birth of the baby Jesus in Tarsk.")
    assert got["Jesus"] == "PERSON" and got["Ada Quill"] == "PERSON"


def test_guy_is_a_given_name():
    # "produced by Guy Seemann and directed by ..." made 'Guy Seemann' MISC and his later "Seemann" another entity:
    # "Guy" is a given name (entities_first_names.txt), so the full name is a person's and the surname joins it.
    m = _mentions("The film was produced by Guy Tarnfeld and directed by Ada Quill. Tarnfeld said it took two years.")
    assert dict(zip(m["text"], m["kind"]))["Guy Tarnfeld"] == "PERSON"
    assert set(m["entity"]) == {"Guy Tarnfeld", "Ada Quill"}


def test_a_war_is_an_event_not_an_entity():
    # "after World War II", "the Iraq War" were MISC entities: a war is an event, as a contest is; its numeral ends
    # the name; "War" as the object of "of" ends an organisation's name, which stays.
    m = _mentions("Ada Quill met Ivo Brant in Velloria after World War II. Brant fought in the Tarsk War and wrote "
                  "about the Cold War for the Tarsk Department of War.")
    assert not [e for e in m["entity"] if "War" in e.split()[-2:] and "Department" not in e]
    assert {"Ada Quill", "Ivo Brant", "Velloria", "Tarsk Department of War"} <= set(m["entity"])


def test_a_partys_convention_is_an_event_unless_it_speaks():
    # "at the Democratic National Convention" was a MISC entity: a gathering, an event; where the name speaks ("a
    # spokesman for the ... Convention", "the ... Convention released a statement") it stands for its body, and its
    # initials name the party's committee too.
    m = _mentions("Ada Quill spoke at the Velloria National Convention in Tarsk. The VNC chair Ivo Brant resigned. "
                  "Orla Vell, a spokeswoman for the Velloria National Convention, said so. The Quill Convention "
                  "released a statement.")
    kinds = dict(zip(m["entity"], m["kind"]))
    assert (m["text"] == "Velloria National Convention").sum() == 1 and kinds["Velloria National Convention"] == "ORG"
    assert kinds["Quill Convention"] == "ORG" and "VNC" in set(m["text"])
    assert {"Ada Quill", "Tarsk", "Ivo Brant", "Orla Vell"} <= set(kinds)

def test_a_faith_is_no_entity():
    # "ignorant of Islam", "converted to Judaism" were MISC entities: a religion is no person, organisation, place or
    # group (entities_faiths.txt); its people and its bodies stay.
    m = _mentions("Ada Quill converted to Judaism at the Tarsk Synagogue in Velloria. Ivo Brant called Islam a faith "
                  "of peace, as many Muslims do.")
    assert not {"Judaism", "Islam"} & set(m["entity"])
    assert {"Ada Quill", "Ivo Brant", "Velloria", "Tarsk Synagogue", "Muslims"} <= set(m["entity"])

def test_a_party_and_a_state_after_a_name_tag_the_person():
    # "said Senator Tim Scott, Republican of South Carolina" had the person "Republican of South Carolina": a party's
    # word and "of" tag the person named before; the state after them is a place.
    m = _mentions("\"We will win,\" said Senator Ada Quill, Republican of Idaho. Representative Ivo Brant, a "
                  "Democrat of Vermont, agreed.")
    assert set(m["entity"]) == {"Ada Quill", "Idaho", "Ivo Brant", "Vermont"}
    assert set(m[m["entity"].isin(["Idaho", "Vermont"])]["kind"]) == {"PLACE"}

def test_an_adverb_opening_a_sentence_is_no_entity():
    # "Additionally, German voters ...", "Ironically, ...", "Domestically, ..." were MISC entities: Punkt's statistics
    # saw these adverbs only capitalised; a surname in -ly stays.
    m = _mentions("Ada Quill won in Velloria. Additionally, voters liked her. Ironically, Ivo Brant lost. "
                  "Domestically, Brant is weak. Hopefully he will try again, said Orla Connolly. Connolly left.")
    assert set(m["entity"]) == {"Ada Quill", "Velloria", "Ivo Brant", "Orla Connolly"}

def test_a_group_for_a_cause_is_an_organisation():
    # "Massachusetts Democrats for Education Reform", "Americans for Prosperity" were the group before "for" and a
    # name after it: one organisation's name; a group "for the first time" stays a group.
    m = _mentions("Ada Quill, head of Velloria Democrats for Education Reform, met Ivo Brant of Americans for "
                  "Prosperity. Many Americans for the first time voted.")
    kinds = dict(zip(m["entity"], m["kind"]))
    assert kinds["Velloria Democrats for Education Reform"] == kinds["Americans for Prosperity"] == "ORG"
    assert kinds["Americans"] == "GROUP" and "Education Reform" not in kinds and "Prosperity" not in kinds

def test_the_people_of_a_us_state_are_a_group():
    # "like many Illinoisans" was MISC; "Illinoisan Ana Roe" had the demonym in her name.
    got = _kinds("Like many Illinoisans, Ada Quill pays the fees. Most Mainers do not. Illinoisan Ana Roe spoke.")
    assert got["Illinoisans"] == "GROUP" and got["Mainers"] == "GROUP"
    assert "Ana Roe" in set(_mentions("Illinoisan Ana Roe spoke.")["entity"])


def test_roman_catholic_is_a_faiths_adjective_not_a_name():
    # "just as Roman Catholic missionaries learned" had the entity "Roman".
    m = _mentions("Ada Quill spoke just as Roman Catholic missionaries learned the language. "
                  "Ivo Brant was Roman Catholic.")
    assert set(m["entity"]) == {"Ada Quill", "Ivo Brant"}


def test_a_university_named_without_a_head_word_is_an_organisation():
    # Sports pages name universities by a state's name and "State" or "A&M": no place, no person.
    got = _kinds("If Texas A&M were to fire Ivo Brant, his buyout grows. Notre Dame overestimated Brant. "
                 "Florida State fired its coach in Tallahassee, Florida.")
    assert got["Texas A&M"] == got["Notre Dame"] == got["Florida State"] == "ORG" and got["Florida"] == "PLACE"


def test_a_news_outlet_cited_without_a_head_word_is_an_organisation():
    # "tells Rolling Stone", "according to the Daily Caller" were MISC or a person.
    got = _kinds("A rep for Ivo Brant tells Rolling Stone he is not involved, according to the Daily Caller.")
    assert got["Rolling Stone"] == got["Daily Caller"] == "ORG"


def test_a_group_named_after_its_lower_case_article_is_the_known_group():
    # "an al-Qaeda affiliate", "al Nusra fighters": the article stays out of the name, and the rest was a MISC "Qaeda".
    m = _mentions("The Tarsk cell was an al-Qaeda affiliate, Ada Quill said. She met al Nusra fighters in Vell.")
    assert {"Al Qaeda", "Nusra Front"} <= set(m.loc[m["kind"] == "ORG", "entity"])


def test_a_transcripts_speaker_labels_are_people_and_a_datelines_city_a_place():
    # "TAPPER:", "FALLIN:" were organisations (acronyms), "MACAU (Reuters) -" one too, and
    # "BOCA RATON, Fla. --" a person.
    text = ("Ada Tapper hosts the show.\n\nTAPPER: Our guest is Gov. Lina Varro.\n\nVARRO: Thank you.\n\n"
            "TAPPER: Welcome.\n\nUPDATE: the site changed.")
    m = _mentions(text)
    got = dict(zip(m["text"], zip(m["kind"], m["entity"])))
    assert got["TAPPER"] == ("PERSON", "Ada Tapper") and got["VARRO"] == ("PERSON", "Lina Varro")
    assert got.get("UPDATE", ("MISC",))[0] != "PERSON"
    assert _kinds("MACAU (Reuters) - The council met.")["MACAU"] == "PLACE"
    assert _kinds("BOCA RATON, Fla. -- Weeds grew.")["BOCA RATON"] == "PLACE"


def test_a_trust_and_a_sports_club_are_organisations():
    # British charities and public bodies: "Avalon Port Trust" was MISC, and its statement a named person's;
    # "Avalon Rovers" a person, so "said Rovers boss Tom Becker" was the club's words.
    assert _kinds("The Avalon Port Trust said in a statement it had tightened its controls.") == {
        "Avalon Port Trust": "ORG"}
    kinds = _kinds("Avalon Rovers beat Nordland United. The advocacy group Citizens Avalon United sued. "
                   "Rovers boss Tom Becker was pleased.")
    assert kinds["Avalon Rovers"] == kinds["Nordland United"] == kinds["Citizens Avalon United"] == "ORG"
    assert kinds["Rovers"] == "ORG" and kinds["boss Tom Becker"] == "PERSON"


def test_a_players_position_is_a_title():
    # "Striker Mary Hale" was a person of that full name, and "quarterback Tom Brady"'s position no part of his
    # mention; a position before a name is a title, as "coach" and "boss" are.
    kinds = _kinds("Striker Mary Hale scored twice. Rovers quarterback Tom Becker and fast bowler Ada Quill "
                   "were rested, and public defender Piet Marsh spoke.")
    assert kinds["Striker Mary Hale"] == kinds["quarterback Tom Becker"] == kinds["bowler Ada Quill"] == "PERSON"
    assert kinds["defender Piet Marsh"] == "PERSON"
    assert _mentions("Striker Mary Hale scored twice.")["entity"].tolist() == ["Mary Hale"]
    # A region and a plural is a team, as a known place and a plural is ("Dallas Cowboys"): "New England" was
    # no known place, so the team was MISC and a headline's "Quarterback New England Patriots" made it a person.
    assert _kinds("New England Patriots quarterback Tom Becker was rested.")["New England Patriots"] == "ORG"
    assert _kinds("Ada Quill moved to the Pacific Northwest.")["Pacific Northwest"] == "PLACE"


def test_a_briefings_speaker_label_with_an_honorific():
    # "MS. QUILL:" and "MR. BECKER:" (White House and hearing transcripts) were the organisations "MS", "QUILL",
    # "MR" and "BECKER"; the label is one person, linked to the name the article gives in full.
    text = ("Press Briefing by Harbourmaster Ada Quill\n\nMS. QUILL: Good afternoon.\n\nQ: Will fares rise?\n\n"
            "MS. QUILL: Not this year.\n\nMR. BECKER: If I could add one thing.")
    got = {(t, k, e) for t, k, e in zip(*(_mentions(text)[c] for c in ("text", "kind", "entity"))) if k != "MISC"}
    assert got == {("Harbourmaster Ada Quill", "PERSON", "Ada Quill"), ("MS. QUILL", "PERSON", "Ada Quill"),
                   ("MR. BECKER", "PERSON", "BECKER")}


def test_record_labels_and_studios_are_organisations():
    # "Quill Records" spoke as a named person; "Universal Pictures" was MISC.
    kinds = _kinds("Quill Records said in a news release that it supports her. Avalon Pictures and Becker "
                   "Entertainment signed the deal.")
    assert kinds["Quill Records"] == kinds["Avalon Pictures"] == kinds["Becker Entertainment"] == "ORG"


def test_a_firm_named_with_an_ampersand_is_one_organisation():
    # "Brandt & Co", "Johnson & Johnson" and "Barnes & Noble" were split into a person and a stray name each;
    # two people's names stay apart ("Hillary & Chelsea Clinton", "Rudy Giuliani & Sen. Jeff Sessions").
    kinds = _kinds("Analysts at Brandt & Co said no. Shares of Quill & Becker fell, and Avalon & Northgate Rail "
                   "rose. Tom & Mary Hale came, as did Ada Quill & Sen. Piet Marsh.")
    assert kinds["Brandt & Co"] == kinds["Quill & Becker"] == kinds["Avalon & Northgate Rail"] == "ORG"
    assert kinds["Mary Hale"] == kinds["Ada Quill"] == kinds["Sen. Piet Marsh"] == "PERSON"
    assert "Ada Quill & Sen. Piet Marsh" not in kinds


def test_counting_words_and_contractions_open_no_name():
    # "One wrote", "Another said", "Several said" were people; a contraction opening a title-case
    # headline ran into the name after it ("Bernie Sanders Isn’t", "Don’t Let The Media And Marco Rubio").
    text = ("Fans reacted online. One wrote that it was fine. Another said it was not. Two said no. Several "
            "said nothing.\n\nTom Becker Isn’t Impressed By The Ferry\n\nDon’t Let Ada Quill Tell You Otherwise")
    assert list(_mentions(text)["text"]) == ["Tom Becker", "Ada Quill"]


def test_business_wire_style():
    # A company with and without its legal form is one entity ("Avalon Lines Plc" had been an organisation and
    # "Avalon Lines" another, MISC); a name after a preposition is not a person for the verb after it
    # ("Analysts at Nordbank said", but "a tweet from Ada Quill who wrote"); a wire dateline with its date
    # ("AVALON, March 3 (Reuters) -") opens with a place, not an organisation.
    text = ("AVALON, March 3 (Reuters) - Avalon Lines Plc said on Tuesday it would cut 200 jobs. Analysts at "
            "Nordbank said the cuts were overdue. Avalon Lines declined to comment. Becker retweeted a post from "
            "Ada Quill who wrote that it was sad.")
    m = _mentions(text)
    got = dict(zip(m["text"], zip(m["entity"], m["kind"])))
    assert got["AVALON"][1] == "PLACE" and got["Nordbank"][1] != "PERSON" and got["Ada Quill"][1] == "PERSON"
    assert got["Avalon Lines Plc"] == got["Avalon Lines"] == ("Avalon Lines", "ORG")


def test_a_lone_initial_is_no_mention():
    # "Q." and "A." opening an interview's paragraphs were entities ("A." even linked to "A. J. Brandt" of
    # the answers), so was "I." ending a quote; a name with its initials stays whole.
    text = ("Kees Mol spoke to the Courier.\n\nQ. When did it change?\n\nA. In March. A. J. Brandt lost "
            "trade.\n\n“Neither do I.”")
    assert list(_mentions(text)["text"]) == ["Kees Mol", "Courier", "A. J. Brandt"]


def test_an_initial_without_its_point_before_a_name_is_part_of_the_name():
    # British, Indian and other house styles drop the point of an initial ("George W Bush", "RWA secretary P
    # Sudhakar"): the name had lost the letter ('George' and 'Bush' apart, 'Sudhakar'); "A" and "I" stay words.
    text = ("Joran W Hale met the board.\n\nRWA secretary K Varadan spoke, and so did R S Menon.\n\n"
            "A Tarrow councillor and I Kees Mol signed.")
    assert list(_mentions(text)["text"]) == ["Joran W Hale", "RWA", "secretary K Varadan", "R S Menon", "Tarrow",
                                             "Kees Mol"]


def test_a_speaker_label_longer_than_an_acronym_is_no_shouting():
    # "STEPHANOPOULOS:" was read as shouting and dropped, "SHAPIRO:" too; an opening quotation mark
    # may stand before a label ('"CLINTON: I feel ...').
    text = ("Ada Quillan hosts the show.\n\nQUILLAN: Our guest is Gov. Lina Varro.\n\n"
            "VARRO: Thank you.\n\nKESTRELSON: Hello.\n\n\"QUILLAN: Welcome.")
    m = _mentions(text)
    got = list(zip(m["text"], m["kind"], m["entity"]))
    assert got.count(("QUILLAN", "PERSON", "Ada Quillan")) == 2 and ("KESTRELSON", "PERSON", "KESTRELSON") in got
    assert _kinds("NO MORE WARS was the slogan.") == {}
    # the role after the speaker's name is no entity at all ("BETH FERTIG, BYLINE:", "HOST:"): a corpus of
    # transcripts would list "HOST" among its most mentioned names
    got = _kinds("ADA QUILLAN, BYLINE: Teachers met.\n\nTOM BECKER, HOST: Why?\n\nQUILLAN: They left.")
    assert "BYLINE" not in got and "HOST" not in got and got["ADA QUILLAN"] == "PERSON"


def test_acronyms_used_as_common_words_are_no_organisations():
    # "the LGBT community" and "his VP pick" listed LGBT and VP as organisations; DC and NY are places.
    got = _kinds("Ada Quill's VP pick spoke for the LGBT community in DC and NY. The FBI agreed.")
    assert "LGBT" not in got and "VP" not in got and got["FBI"] == "ORG"
    assert got["DC"] == "PLACE" and got["NY"] == "PLACE"


def test_the_acronym_of_a_known_name_that_is_a_stop_word_is_a_name():
    # "The WHO said" named nothing: "who" is a stop word. In capitals it is the World Health Organization;
    # "Who said that?" stays no name.
    m = _mentions("The WHO said the virus spread. Who said that?")
    assert list(zip(m["text"], m["entity"], m["kind"])) == [("WHO", "World Health Organization", "ORG")]


def test_names_whose_utf8_was_read_as_latin1_stay_whole():
    # Scraped news holds "FranÃ§ois" for "François": the name was cut at "Ã" ("FranÃ", an organisation
    # by its capital inside). "Â" pairs are symbols ("Â»"), no part of a name.
    got = _kinds("Ada Quill visited GuantÃ¡namo Bay with FranÃ§ois Varro. Oskar Lund said soÂ» then left.")
    assert got["GuantÃ¡namo Bay"] == "PLACE" and got["FranÃ§ois Varro"] == "PERSON"
    assert not any("»" in name for name in got)


def test_two_known_places_whose_comma_was_lost_are_two_places():
    # "in Berlin Germany", "Nairobi  Kenya" (a text stripped of its commas) were one place or a person;
    # a known place of several words stays whole, and an honorific before a place is no place.
    got = _kinds("He flew from Berlin Germany to Nairobi  Kenya, then to Mexico City. Miss Jamaica waved.")
    assert {got["Berlin"], got["Germany"], got["Nairobi"], got["Kenya"], got["Mexico City"]} == {"PLACE"}
    assert "Miss" not in got


def test_parties_parliaments_and_papers_outside_the_us_are_organisations_in_any_house_style():
    # British and European house styles: acronyms written as words ("Nato"), parties and
    # parliaments with no head word, papers whose name opens with an article ("Le Monde"). Each
    # had been a person by "said" or lost its first word (a particle of a name: "Al", "Der").
    text = ("Nato said on Monday it would send help. Sinn Fein said the vote mattered, and Fianna Fáil "
            "agreed. The Bundestag and the Knesset voted. Al Jazeera reported the talks, Le Monde and "
            "Der Spiegel ran the story, and Gazprom said prices would rise. Iko Varsen of Likud spoke.")
    m = _mentions(text)
    assert dict(zip(m["text"], zip(m["kind"], m["entity"]))) == {
        "Nato": ("ORG", "NATO"), "Sinn Fein": ("ORG", "Sinn Féin"), "Fianna Fáil": ("ORG", "Fianna Fáil"),
        "Bundestag": ("ORG", "Bundestag"), "Knesset": ("ORG", "Knesset"), "Al Jazeera": ("ORG", "Al Jazeera"),
        "Le Monde": ("ORG", "Le Monde"), "Der Spiegel": ("ORG", "Der Spiegel"), "Gazprom": ("ORG", "Gazprom"),
        "Iko Varsen": ("PERSON", "Iko Varsen"), "Likud": ("ORG", "Likud")}
    # A particle opening a name no list knows still stays out of it; linking gives the full name.
    m = _mentions("Ines Le Varr spoke in Avalon. Le Varr said the harbour would open.")
    assert m[["text", "entity"]].values.tolist()[-1] == ["Varr", "Ines Le Varr"]
    # Members of a party or a movement in the plural are a group, as "Republicans" are.
    assert _kinds("The Tories said the levy was fair. Houthis fired on a ship; Houthi leaders spoke.") == {
        "Tories": "GROUP", "Houthis": "GROUP"}


def test_a_name_written_only_in_capitals_is_named_as_names_are_written():
    # A radio transcript names its host only in labels: the entity is "Ada Quillan", the name the
    # quotes table gives the host's turns, not "ADA QUILLAN"; a form in capitals never wins over
    # one written as names are, however often the labels repeat it.
    from presslens.entities.lexicon import name_cased

    m = _mentions("ADA QUILLAN, HOST: The harbour opened.\n\nQUILLAN: Thank you.\n\nQUILLAN: Goodbye.")
    assert set(m.loc[m["kind"] == "PERSON", "entity"]) == {"Ada Quillan"}
    m = _mentions("TOM BECKER: The pier is open.\n\nTOM BECKER: It was shut.\n\nTom Becker spoke.")
    assert set(m.loc[m["kind"] == "PERSON", "entity"]) == {"Tom Becker"}
    assert [name_cased(n) for n in ("IVO O'BRIEN-SMITH", "LOUIS XIV", "XI JINPING", "Ada Quill", "B. QUILL III")] \
        == ["Ivo O'Brien-Smith", "Louis XIV", "Xi Jinping", "Ada Quill", "B. Quill III"]


def test_a_quotation_mark_read_as_latin_1_ends_the_name_before_it():
    # "’" read as Latin-1 is "â" and two control characters: "Zimbabweâ\x80\x99s" was the name
    # "Zimbabweâ", "Iâ\x80\x99m" the name "Iâ"; a real "â" stays a letter ("Châteauroux").
    text = ("Zimbabwe\u00e2\u0080\u0099s capital erupted. \u00e2\u0080\u009cI\u00e2\u0080\u0099m speechless,"
            "\u00e2\u0080\u009d said Ada Quill\u00e2\u0080\u0099s aide. Quill\u00e2\u0080\u0099s ferry docked in "
            "Châteauroux. Heâs sure Quillâs aide left.")
    m = _mentions(text)
    assert list(zip(m["text"], m["kind"], m["entity"])) == [
        ("Zimbabwe", "PLACE", "Zimbabwe"), ("Ada Quill", "PERSON", "Ada Quill"), ("Quill", "PERSON", "Ada Quill"),
        ("Châteauroux", "PLACE", "Châteauroux"), ("Quill", "PERSON", "Ada Quill")]  # control characters dropped


def test_cities_and_regions_outside_the_us_are_places():
    # Scotland, Wales and cities news names alone had been MISC ("Kirkuk"), a person by "said"
    # ("Liverpool said", "St. Petersburg") or one name with their country ("Erbil  Iraq").
    text = ("Ada Quill flew from Glasgow to Erbil  Iraq, then to Tbilisi. Liverpool said it would light the "
            "pier. Scotland and Wales voted; Kirkuk fell. Talks in St. Petersburg ended.")
    assert _kinds(text) == {"Ada Quill": "PERSON", "Glasgow": "PLACE", "Erbil": "PLACE", "Iraq": "PLACE",
                            "Tbilisi": "PLACE", "Liverpool": "PLACE", "Scotland": "PLACE", "Wales": "PLACE",
                            "Kirkuk": "PLACE", "St. Petersburg": "PLACE"}


def test_indian_honorifics_are_titles():
    # "Shri", "Smt." stand before a name as "Mr." and "Mrs." do, and say the same of its gender.
    m = _mentions("Shri Ravi Kessler addressed the council. Smt. Mira Varsen and Smt Asha Quill spoke. Kessler left.")
    assert m.loc[m["kind"] == "PERSON", ["title", "entity"]].values.tolist() == [["Shri", "Ravi Kessler"], ["Smt.", "Mira Varsen"],
                                                      ["Smt", "Asha Quill"], ["", "Ravi Kessler"]]


def test_west_african_abbreviated_honorifics_are_titles():
    m = _mentions("Pst. Ade Bello prayed. Alh. Sani Umar, Comr. Ifeoma Obi, Evang. Tobi Ade and Dcn. Femi Ojo left.")
    assert m[["title", "entity"]].values.tolist() == [["Pst.", "Ade Bello"], ["Alh.", "Sani Umar"],
                                                      ["Comr.", "Ifeoma Obi"], ["Evang.", "Tobi Ade"],
                                                      ["Dcn.", "Femi Ojo"]]


def test_singaporean_madam_is_a_title():
    # "Madam Lim" had been a person of its own, not the Lim Mei Ling named before (surname first).
    m = _mentions("Tampines resident Lim Mei Ling welcomed the move. Madam Lim said she was pleased. Mdm Tan Soo Hwa "
                  "agreed.")
    assert m.loc[m["kind"] == "PERSON", ["title", "entity"]].values.tolist() == [
        ["", "Lim Mei Ling"], ["Madam", "Lim Mei Ling"], ["Mdm", "Tan Soo Hwa"]]


def test_malaysian_honours_are_titles_and_a_kampung_a_place():
    # Malaysian papers: "Datuk Rosnah Hamidon" and "Tan Sri Azman Yusof" had been names of three and four words, and
    # "Kampung Seri Lembah" a person.
    m = _mentions("Datuk Rosnah Hamidon visited Kampung Seri Lembah on Sunday. Tan Sri Azman Yusof stayed away.")
    assert m[["title", "entity", "kind"]].values.tolist() == [
        ["Datuk", "Rosnah Hamidon", "PERSON"], ["", "Kampung Seri Lembah", "PLACE"],
        ["Tan Sri", "Azman Yusof", "PERSON"]]


def test_a_students_year_is_a_title():
    # Student newspapers: "Sophomore Arlo Penwright" had been a name of three words, which a later "Penwright" did not
    # join.
    m = _mentions("Sophomore Arlo Penwright spoke first. Freshman Tia Moss agreed. Penwright said he would stay.")
    assert m[["title", "entity"]].values.tolist() == [
        ["Sophomore", "Arlo Penwright"], ["Freshman", "Tia Moss"], ["", "Arlo Penwright"]]


def test_irish_offices_are_titles():
    # "Taoiseach Mira Varsen" had been one name of three words; "the Taoiseach" is her role.
    m = _mentions("Taoiseach Mira Varsen met Tánaiste Tom Becker. Varsen said the levy would stay.")
    assert m[["title", "entity"]].values.tolist() == [["Taoiseach", "Mira Varsen"], ["Tánaiste", "Tom Becker"],
                                                      ["", "Mira Varsen"]]


def test_company_officers_abbreviated_are_titles_not_organisations():
    m = _mentions("Ada Quill, CFO, said the ferry grew. The COO, Piet Marsh, agreed. CTO Tom Becker spoke.")
    assert [(r.text, r.kind) for r in m.itertuples()] == [
        ("Ada Quill", "PERSON"), ("Piet Marsh", "PERSON"), ("CTO Tom Becker", "PERSON")]


def test_every_title_or_known_name_of_several_words_opens_with_a_word_that_opens_phrases():
    # _opens_phrase lets the longer phrases opening with any other word go unlooked-up.
    from presslens.entities.lexicon import _lex, _opens_phrase

    lex = _lex()
    for key in [*lex.titles, *lex.known, *lex.prefixes]:
        words = key.split(" ")
        if len(words) > 1:
            assert _opens_phrase(words[0], lex), key


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_phrase_that_is_a_title_or_known_name_opens_with_a_word_that_opens_phrases(data):
    from presslens.entities.lexicon import _key, _lex, _opens_phrase

    lex = _lex()
    firsts = sorted({k.split(" ")[0] for k in lex.prefixes})[:300]
    word = st.one_of(st.sampled_from(firsts), st.sampled_from(["state", "york", "union", "house", "."]),
                     st.text(alphabet="aéã.'\x85\u2009\u3000-", min_size=1, max_size=4))
    words = data.draw(st.lists(word, min_size=2, max_size=4))
    phrase = " ".join(words)
    if phrase in lex.titles or phrase in lex.prefixes or _key(phrase) in lex.known:
        assert _opens_phrase(words[0], lex), phrase


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aAzZRDIéÉǅǆǄ\u0301\u00c3\u0089.'’-1ßſΣς", max_size=12))
def test_the_string_tests_before_regexes_on_words_reject_only_what_they_would(word):
    from presslens.entities.lexicon import _CLITIC
    from presslens.entities.mentions import _CAMEL, _PARTY_OPENINGS, _PARTY_TOKEN

    if word[1:].islower():
        assert not _CAMEL.search(word)
    if _PARTY_TOKEN.match(word):
        assert word.startswith(_PARTY_OPENINGS)
    if _CLITIC.search(word):
        assert "'" in word or "’" in word


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([",", " ", "\u00a0", "a", "town", "of", "Kestrel", "Oslo", "Norway", "44", "city",
                                 "in", "."]), max_size=10))
def test_the_patterns_after_a_name_told_by_its_comma_open_with_one(pieces):
    from presslens.entities.mentions import _AGE, _NAME_AFTER_COMMA, _PLACE_APPOSED

    text = "".join(pieces)
    for pattern in (_AGE, _NAME_AFTER_COMMA, _PLACE_APPOSED):
        if pattern.match(text):
            assert text.startswith(",")


# _LETTER as it read before it took letters a run at a time (tests below).
_PLAIN_LETTER = (r"(?:(?!\u00e2(?:[\u0080-\u009f]|(?:s|t|d|m|re|ve|ll)(?![\p{L}\p{M}])))[\p{L}\p{M}]"
                 r"|(?<=[\u00c3-\u00c5])[\u0080-\u00bf])")


def test_the_set_of_a_run_of_letters_holds_the_letters_and_marks_but_a_circumflex():
    # Every code point: the categories left out of the set (N, P, S, Z, C) and the letters and marks
    # (L, M) share none and leave none over.
    import sys

    import regex

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    letters = regex.sub(r"[^\p{N}\p{P}\p{S}\p{Z}\p{C}\u00e2]", "", every)
    assert letters == regex.sub(r"(?!\u00e2)[\p{L}\p{M}]", "", every) and len(letters) < len(every)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["A", "a", "M", "Mr.", "Sen.", "Inc.", "O", "s", "t", "re", "ll", "x", "é", "\u0301",
                                 "ǅ", "ß", "1", "'", "’", "-", "&", ".", ",", " ", "\t", "\u00a0", "of", "the", "de",
                                 "Jr", "â", "Â", "Ã", "Å", "\u0080", "\u0099", "\u009f", "\u00a1", "\u00aa", "\u00bf",
                                 "(", "\n"]), max_size=24))
def test_chunks_found_a_run_of_letters_at_a_time_are_those_found_a_letter_at_a_time(pieces):
    import regex

    from presslens.entities.lexicon import _LETTER, _lex

    text = "".join(pieces)
    chunk = _lex().chunk
    plain = regex.compile(chunk.pattern.replace(_LETTER, _PLAIN_LETTER))
    assert plain.pattern != chunk.pattern
    assert [m.span() for m in chunk.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _ungated_chunk():
    """``lex.chunk`` as it read before it looked ahead for a particle's first letter and a name's capital between
    its names (tests below)."""
    import regex

    from presslens.entities.lexicon import _ARTICLE_PREFIX, _CONN, _CONN_GATE, _NAME_SEP, _court_ordinal, _lex

    chunk = _lex().chunk
    starts = chunk.pattern[:chunk.pattern.index("])") + 2]
    ordinal = _court_ordinal(_lex().court_areas)
    gated = f"(?:{_CONN_GATE}(?:{_CONN}{_NAME_SEP}{ordinal}|{_ARTICLE_PREFIX}))?{starts}"
    assert chunk.pattern.count(gated) == 1
    return chunk, regex.compile(chunk.pattern.replace(gated, f"(?:{_CONN}{_NAME_SEP}{ordinal}|{_ARTICLE_PREFIX})?"))


def test_chunks_found_with_a_particles_first_letter_looked_ahead_for_are_those_found_without():
    chunk, plain = _ungated_chunk()
    text = ("Judge Marisol de la Fuente met Pieter van der Berg, Yusuf al-Rashidi and Omar el-Tarek of Qarvia Bank & "
            "Trust at the Port of Avalon.  Ada Quill y Soto, Jr. said: Dr. Bram Tolliver del Monte ó Brask and la Lune")
    spans = [m.span() for m in chunk.finditer(text)]
    assert [text[a:b] for a, b in spans][:4] == ["Judge Marisol de la Fuente", "Pieter van der Berg",
                                                 "Yusuf al-Rashidi", "Omar el-Tarek of Qarvia Bank & Trust"]
    assert spans == [m.span() for m in plain.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["A", "Ada", "Quill", "M", "Mr.", "Sen.", "Inc.", "St.", "Jr", "O'", "É", "ǅ", "a",
                                 "of", "for", "the", "de", "la", "der", "den", "van", "von", "al", "el", "al-", "el-",
                                 "bin", "ibn", "y", "ó", "du", "dos", "da", "del", "le", "&", "-", "'", "’", ".", ",",
                                 " ", "  ", "   ", "\t", "\u00a0", "\n", "x", "1", "@", "("]), max_size=24))
def test_chunks_found_with_a_particles_first_letter_looked_ahead_for_are_those_found_without_on_any_text(pieces):
    chunk, plain = _ungated_chunk()
    text = "".join(pieces)
    assert [m.span() for m in chunk.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_page_labels_open_with_a_character_the_gate_lets_through():
    # _kind asks page_label only of a mention opening with a character of page_label_openers or outside ASCII: every
    # label, its first letter swapped for any character, matches only where the gate lets that character through
    # (the Kelvin sign "\u212a" matches "k" caselessly, and passes as a character outside ASCII)
    from presslens.datafiles import data_rows
    from presslens.entities.lexicon import _lex

    lex = _lex()
    for label in (row[0] for row in data_rows("entities_page_labels.txt")):
        for ch in [*map(chr, range(128)), "\u212a", "\u0130", "\u0131", "\u017f", "É"]:
            text = f"Ferry news\n{ch}{label[1:].upper()} Ada Quill"
            if lex.page_label.match(text, 11) is not None:
                assert ch in lex.page_label_openers or not ch.isascii(), (label, ch)
    assert "\u212a" not in lex.page_label_openers
    assert lex.page_label.match("Ferry news\n\u212aEYS: Avalon, Lindholm", 11) is not None
    assert "Embed" not in _kinds("Skip Embed Share. Ada Quill said the ferry sank off Lindholm.")


def test_a_sentences_first_letter_told_without_the_pattern_is_the_patterns():
    # _doc_mentions takes a sentence's first character for its first letter or digit where it is a letter or a digit
    # of ASCII, without _FIRST_LETTER ([\p{L}\p{N}]); for every character of ASCII the two agree
    from presslens.entities.mentions import _FIRST_LETTER

    for ch in map(chr, range(128)):
        assert (ch.isascii() and ch.isalnum()) == (_FIRST_LETTER.match(ch) is not None), ch
    assert _kinds("“Ada Quill sailed,” said the harbour master.\n\n7 ferries sank off Lindholm.").get("Ada Quill")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", "\n", "and", "&", "an", "d", "x", "The", "the", ",",
                                 "told", "Hill", "'"]), max_size=12).map("".join))
def test_the_gates_before_the_couple_and_the_title_patterns_pass_every_match(text):
    # _couples asks _COUPLE_AND only of words between two names that are "and" or "&" once stripped of spaces, and
    # _kind asks _TITLE_THE only where "The" lies in the five characters before the name: every match passes
    from presslens.entities.mentions import _COUPLE_AND, _COUPLE_WORDS, _TITLE_THE

    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            if _COUPLE_AND.fullmatch(text, a, b):
                assert text[a:b].strip(" \t\u00a0") in _COUPLE_WORDS
        if _TITLE_THE.search(text, max(0, a - 30), a):
            assert text.find("The", max(0, a - 5), a) >= 0


def test_person_after_opens_only_with_the_characters_its_gate_lets_through():
    # _person_beside asks lex.person_after only where the name is followed by a character of _PERSON_AFTER_OPENS
    from presslens.entities.lexicon import _lex
    from presslens.entities.mentions import _PERSON_AFTER_OPENS

    person_after = _lex().person_after
    for ch in [*map(chr, range(128)), "\u00a0", "\u2009", "\u3000", "’", "\u0301"]:
        for after in (" said", ", who", "  said", " who", "said"):
            if person_after.match(f"Ada Quill{ch}{after} it", 9):
                assert ch in _PERSON_AFTER_OPENS, (ch, after)
    assert person_after.match("Ada Quill, who", 9) and " " in _PERSON_AFTER_OPENS
    # and _piece asks _SYLLABLE_PAIR only of a word with a hyphen ("Jae-in"), as every match holds one
    from presslens.entities.mentions import _SYLLABLE_PAIR

    assert _SYLLABLE_PAIR.fullmatch("Jae-in") and _SYLLABLE_PAIR.fullmatch("Hsien-loong")
    assert not any(_SYLLABLE_PAIR.fullmatch(w) for w in ("Jaein", "Jae–in", "Jae‐in", "Jae in", "Jae_in"))


def test_a_datelines_place_of_two_words_in_capitals_is_one_place():
    # A wire dateline's place in capitals whose words read as shouting or ordinary words was cut: "PORT
    # AVALON, March 3, 2026 /PRNewswire/ --" gave the organisation "AVALON", "FORT WORTH, Texas —" the
    # organisation "FORT", "PORT MORESBY, March 3 (Reuters) -" nothing; "STATE COLLEGE, Pa. -" is no college.
    for line, place in (("PORT AVALON, March 3, 2026 /PRNewswire/ -- Kestrel Lines sailed.", "PORT AVALON"),
                        ("FORT WORTH, Texas — The ferry sank.", "FORT WORTH"),
                        ("PORT MORESBY, March 3 (Reuters) - The ferry sank.", "PORT MORESBY"),
                        ("Ferry sinks.\n\nSTATE COLLEGE, Pa. - The ferry sank.", "STATE COLLEGE")):
        got = _kinds(line)
        assert got.get(place) == "PLACE" and not set(got) & set(place.split()), (line, got)
    # but a line's shouted word before a bare dash is no place
    assert "EXCLUSIVE" not in _kinds("EXCLUSIVE – The ferry sank off Lindholm.")
    # a text stripped of its commas (PerSenT: "WEST PALM BEACH  Fla. (Reuters) -" gave "WEST PALM", "SOCHI  Russia
    # (Reuters) -" an organisation) leaves two spaces before the state or country
    for line, place in (("PORT AVALON  Fla. (Reuters) - Kestrel Lines sailed.", "PORT AVALON"),
                        ("Ferry sinks.\nFORT LINDHOLM  Texas (AP) — The ferry sank.", "FORT LINDHOLM"),
                        ("KESTRELBY  Nordland (Reuters) - The ferry sank.", "KESTRELBY")):
        got = _kinds(line)
        assert got.get(place) == "PLACE" and not set(got) & set(place.split()[:-1]), (line, got)


def test_a_head_word_alone_that_is_mostly_an_ordinary_word_is_no_organisation():
    # "Don’t Trust the Voting Machines" gave the organisation "Trust", "on United States-controlled soil"
    # "United", "Some Devastating News" "News"; "Avalon Port Trust" and "Nordland United" stay organisations.
    got = _kinds("EXCLUSIVE – Lina Varro: Don’t Trust the Ferry Timetables.\n\nLindholm Just Got Some Devastating "
                 "News.\n\nThe ferry sails on United States-controlled water. The Avalon Port Trust and Nordland "
                 "United said so.")
    assert "ORG" not in (got.get("Trust"), got.get("United"), got.get("News"))
    assert got["Avalon Port Trust"] == got["Nordland United"] == "ORG"


def test_a_given_name_and_surname_in_a_title_case_headline_stay_one_name():
    # A headline cut "Roger Stone: Don’t Trust the Voting Machines" at the ordinary word "Stone": the
    # person "Roger" alone. The article's own "Tom Stone said" tells it is his name; "Tom Says" stays cut.
    m = _mentions("EXCLUSIVE – Tom Stone: Don’t Take the Lindholm Ferry Again.\n\nIt is unsafe, Tom Stone said.")
    assert list(m["text"]) == ["Tom Stone", "Lindholm", "Tom Stone"]
    assert "Tom" in list(_mentions("Tom Says The Lindholm Ferry Is Unsafe.\n\nTom Stone said so.")["text"])


def test_brokerages_and_fund_houses_are_organisations():
    # An Indian business paper's "Smt. Priya Nair of HDFC Securities said" made the brokerage a person,
    # "Analysts at Kotak Institutional Equities" MISC.
    got = _kinds("Smt. Mira Varsen of Lindholm Securities said margins would improve. Analysts at Kestrel "
                 "Institutional Equities and Avalon Investments agreed.")
    assert got["Lindholm Securities"] == got["Kestrel Institutional Equities"] == got["Avalon Investments"] == "ORG"


def test_family_firms_are_organisations():
    # "Tata Sons chairman N. Chandrasekaran" made the holding company a person; "Harmon Brothers" was MISC.
    got = _kinds("Kestrel Sons chairman N. Varsen met the ad firm Lindholm Brothers and Avalon Bros. on Monday.")
    assert got["Kestrel Sons"] == got["Lindholm Brothers"] == got["Avalon Bros."] == "ORG"


def test_a_noun_of_a_person_opening_a_sentence_before_a_full_name_describes_the_person():
    # British local papers' "Pensioner Mary Smith said" kept "Pensioner" in the name, as "Resident", "Islander",
    # "Landlord", "Grandmother" and "Moderator" were (now a title: the mention's text holds it, its entity not);
    # "Shopkeeper" was cut, Punkt's statistics having seen it in lower case. Only before a given name of
    # `entities_first_names.txt`: a first given name the list lacks stays ("Lou Anna Simon").
    m = _mentions("Pensioner Mary Quill said the bus was late. Resident Tom Becker agreed. Grandmother Anna Varsen "
                  "wrote to the council. Moderator Hugh Lindholm asked why. Lou Anna Kestrel replied.")
    assert list(m["entity"]) == ["Mary Quill", "Tom Becker", "Anna Varsen", "Hugh Lindholm", "Lou Anna Kestrel"]
    assert list(m["title"]) == ["", "", "", "Moderator", ""]


def test_the_first_word_of_a_company_name_alone_is_that_company():
    # Bloomberg's "Avalon Lines Ltd. is exploring a sale … Avalon could decide to keep the unit": "Avalon" alone had
    # been MISC, another entity. Not where two companies of the article open with the word (nor an ordinary word
    # or a demonym: "American Airlines Group Inc." then "American").
    m = _mentions("Kestrel Ferries Ltd. is exploring a sale of its port unit, people familiar said. Kestrel could "
                  "keep it. Nordland Shipping Inc. and Nordland Ports Plc declined to comment; Nordland rose 2%.")
    got = dict(zip(m["text"], zip(m["entity"], m["kind"])))
    assert got["Kestrel"] == ("Kestrel Ferries Ltd.", "ORG")
    assert got["Nordland"] == ("Nordland", "MISC")


def test_the_first_word_of_a_company_named_by_its_trade_alone_is_that_company():
    # Reuters' "talks with Nordland Shipping about … Nordland declined to comment": "Nordland" alone had been a
    # person; a word already linked to a person's full name keeps its person ("The Becker brothers" beside "Becker
    # Industries" and "Tom Becker").
    m = _mentions("Avalon Ferries held talks with Nordland Shipping about its freight arm. Nordland declined to "
                  "comment. Tom Becker founded Becker Industries. Becker said little.")
    got = dict(zip(m["text"], zip(m["entity"], m["kind"])))
    assert got["Nordland"] == ("Nordland Shipping", "ORG")
    assert got["Becker"][0] == "Tom Becker"



def test_a_role_word_before_a_lone_head_word_is_part_of_the_organisation():
    # "Massachusetts General Hospital" was the person "Hospital" titled "Massachusetts General", as "United Nations
    # General Assembly" was "Assembly"; a name after the role word keeps the title ("Avalon Bank CEO Mark Trust").
    m = _mentions("Three patients died at Westport General Hospital. The Avalon General Assembly met on Monday. "
                  "Avalon Bank CEO Mark Trust resigned.")
    got = dict(zip(m["text"], zip(m["kind"], m["entity"])))
    assert got["Westport General Hospital"] == ("ORG", "Westport General Hospital")
    assert got["Avalon General Assembly"] == ("ORG", "Avalon General Assembly")
    assert got["Avalon Bank CEO Mark Trust"] == ("PERSON", "Mark Trust")


def test_orchestras_galleries_and_zoos_are_organisations():
    # "chairman of the Westport Symphony Orchestra" made the orchestra a person; the arts' head words were missing.
    got = _kinds("Edmund Hale, 67, is also chairman of the Westport Symphony Orchestra. The Avalon Philharmonic, "
                 "the Nordland Opera, the Royal Avalon Ballet, the Westport Gospel Choir and the Lindholm Zoo closed. "
                 "Hale visited the Kestrel Gallery.")
    assert all(got[n] == "ORG" for n in ("Westport Symphony Orchestra", "Avalon Philharmonic", "Nordland Opera",
                                         "Royal Avalon Ballet", "Westport Gospel Choir", "Lindholm Zoo",
                                         "Kestrel Gallery"))


def test_an_acronym_is_the_organisation_whose_initials_it_is():
    # "the Nordland Freight Authority … The NFA said": the acronym was another organisation, as AP beside the
    # Associated Press and the RNC beside the Republican National Committee were. Not where two names of the
    # article share the initials, nor a name that holds the acronym ("AP Photo"), nor a person's.
    m = _mentions("Sen. Ada Quill blasted the Nordland Freight Authority on Tuesday. The NFA said it was committed to "
                  "a fair deal. The Avalon National Fuel Agency (ANFA) sets prices. Kestrel Port Trust and the Kestrel "
                  "Pilots Team both use KPT. Mark Quill (MQ) agreed.")
    got = dict(zip(m["text"], zip(m["entity"], m["kind"])))
    assert got["NFA"] == ("Nordland Freight Authority", "ORG")
    assert got["ANFA"] == ("Avalon National Fuel Agency", "ORG")
    assert got["KPT"][0] == "KPT" and got["MQ"][0] == "MQ"


def test_a_known_place_and_another_name_are_no_persons_name():
    # "Scotland Yard are investigating", "the Oslo Marathon": two capitalised words unseen in lower case read as a
    # given name and a surname; "Delaware Biden" (a place run into a name) made a second Biden, and a lone "Biden" no
    # one's. A given name that is also a place keeps its person ("Chad Becker", "Austin Varsen").
    got = _kinds("The Metropolitan Police and Scotland Yard are investigating. The company sponsors the Oslo Marathon. "
                 "Chad Becker and Austin Varsen agreed.")
    assert got["Scotland Yard"] != "PERSON" and got.get("Oslo Marathon") != "PERSON"  # (a contest: no entity now)
    assert got["Chad Becker"] == got["Austin Varsen"] == "PERSON"
    m = _mentions("Senator Ivo Brant of Kestrel met Delaware Brant's critics. Brant said he was pleased.")
    assert m["entity"].iloc[-1] == "Ivo Brant"


def test_new_york_citys_boroughs_are_known_places():
    # "Manhattan" of one article was linked to another's 'Manhattan DA Cyrus Vance Jr.' (a person), "the Bronx" was
    # MISC, "a SoHo office" an organisation: known places now (entities_places.txt).
    m = find_mentions(pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "A spokeswoman for Manhattan DA Ivo Brant Jr. said so.",
        "Orla Vell took a class in Manhattan, rented a SoHo office and lived in the Bronx."]}))
    b = m[m["doc_id"] == "b"]
    assert dict(zip(b["text"], b["entity"]))["Manhattan"] == "Manhattan"
    assert dict(zip(b["text"], b["kind"])) == {"Orla Vell": "PERSON", "Manhattan": "PLACE", "SoHo": "PLACE",
                                               "Bronx": "PLACE"}


def test_an_apposition_naming_an_organisation_says_what_the_name_is():
    # "Ofwat, the regulator, fined the company" and "Crowdpac, a political crowdfunding website" were MISC, "Latino
    # Decisions, a public opinion research group, said" a person; "a spokesman for the foundation" says nothing of
    # the name before it.
    got = _kinds("Kestwater, the regulator, fined the company. Votepac, a political crowdfunding website, said so. "
                 "Lindholm Decisions, a public opinion research group, said the race was close. Hugo Brantwell, a "
                 "spokesman for the foundation, said little.")
    assert got["Kestwater"] == got["Votepac"] == got["Lindholm Decisions"] == "ORG"
    assert got["Hugo Brantwell"] == "PERSON"


def test_research_ends_an_organisations_name_but_joins_no_other_name_after_for():
    # "Tallis Research" was MISC; as a bound head word it names a firm only after the rest of its name, and, like
    # the other bound heads ("News", "United"), it takes no "for the ..." after it: "Veldmark Research for the
    # Caldry Courier" is two organisations.
    got = _kinds("A trial at Tallis Research had failed, said a poll by Veldmark Research for the Caldry Courier.")
    assert got["Tallis Research"] == got["Veldmark Research"] == got["Caldry Courier"] == "ORG"


def test_a_possessive_that_names_institutions_stays_inside_the_name():
    # "King's College London", "Marrowby Children's Hospital", "the Kestrel People's Party": the clitic cut each
    # into a fragment ("College London", "Marrowby Children") and a lone head word ("Hospital", "Party"), as a
    # saint's had been; "Queen's" before no head word stays cut.
    m = _mentions("Scientists at King's College London said Dr. Ines Dorn of Marrowby Children's Hospital led the "
                  "trial. The Kestrel People's Party and the Prince's Trust paid for it. Queen's speech was short.")
    got = dict(zip(m["text"], m["kind"]))
    assert got["Marrowby Children's Hospital"] == got["Kestrel People's Party"] == got["Prince's Trust"] == "ORG"
    assert "King's College London" in got and "College London" not in got
    assert not any(text.startswith("Queen's") for text in got)


def test_a_constituency_is_a_place():
    # Nigerian, Indian and British copy name seats so ("The member representing Ikoro Constituency I, Hon. Chinyere
    # Obidike, …"): it had been a person, to whom "According to her, …" then went.
    text = "The member representing Ikoro Constituency I, Hon. Chinyere Obidike, spoke. According to her, it is late."
    m = link_aliases(find_mentions(pd.DataFrame({"doc_id": ["t"], "text": [text]})))
    assert dict(zip(m["text"], m["kind"]))["Ikoro Constituency"] == "PLACE"


def test_a_known_place_ending_a_name_leaves_the_head_word_before_it_to_decide():
    # "Queen's University Belfast", "Marrowby Institute Nairobi": the last word, a known place, made the name MISC or a
    # person; the head word before it says the kind, as it does before "of" ("Department of Justice").
    got = _kinds("Scientists at Queen's University Belfast and the Marrowby Institute Nairobi agreed with Dr. Ines "
                 "Dorn.")
    assert got["Queen's University Belfast"] == got["Marrowby Institute Nairobi"] == "ORG"
    assert got["Dr. Ines Dorn"] == "PERSON"


def test_an_acronym_before_a_known_place_is_an_organisations_branch_not_a_person():
    # "KBN Scotland said" and "HALO Florida said" were persons (a name before "said"): an organisation's acronym
    # and a place it serves, as "BBC Scotland" and "POLITICO Florida" are.
    got = _kinds("KBN Scotland said waiting lists had grown. HALO Florida said the same. Ivo Brant said little.")
    assert got["KBN Scotland"] == got["HALO Florida"] == "ORG"
    assert got["Ivo Brant"] == "PERSON"


def test_a_name_whose_shares_are_traded_is_a_firm():
    # "Shares of Coles rose 3 percent after Coles said profits had doubled": both were a person (a name before
    # "said"); a name after "shares of", "stock in" or "a stake in" is a firm, and its other mentions follow it.
    m = _mentions("Shares of Varnholt rose 3 percent after Varnholt said profits had doubled. Ada Quill bought a "
                  "stake in Pellery on Monday.")
    got = dict(zip(m["text"], m["kind"]))
    assert got["Varnholt"] == got["Pellery"] == "ORG" and set(m.loc[m["text"] == "Varnholt", "kind"]) == {"ORG"}
    assert got["Ada Quill"] == "PERSON"


def test_a_firm_after_shares_of_with_two_spaces_between():
    # "Shares of  Varnholt rose" (PerSenT's copy keeps two spaces where it lost a comma): the words before a firm
    # were matched with one space only, where those after it ("Varnholt  shares fell") took any run of spaces.
    m = _mentions("Shares of  Varnholt rose 3 percent after Varnholt said profits had doubled. Ada Quill bought a "
                  "stake  in  Pellery on Monday.")
    got = dict(zip(m["text"], m["kind"]))
    assert got["Varnholt"] == got["Pellery"] == "ORG"


def test_a_name_after_the_kind_of_firm_it_is_is_a_firm():
    # "The Seattle-based retailer Zumo said": a name before "said" had been a person; a firm's kind right before it
    # ("retailer", "chipmaker", "law firm", "startup") says it is an organisation.
    m = _mentions("The Dorwick-based retailer Zumo said it would cut jobs. The chipmaker Coriant, which supplies the "
                  "chip, said it was proud. Ada Quill hired the law firm Pellery Brask.")
    got = dict(zip(m["text"], m["kind"]))
    assert got["Zumo"] == got["Coriant"] == got["Pellery Brask"] == "ORG"
    assert got["Ada Quill"] == "PERSON"


def test_a_name_after_the_kind_of_organisation_it_is_is_an_organisation():
    # "modeling agency Jag Models told Fox News", "the think tank Third Way", "the website Mashable": a name before
    # "told" or "said" had been a person, or nothing; an organisation's noun right before it says what it is. Not
    # after a function word ("of magazine editor"), nor a surname the text gives in full ("the studio Brask
    # founded" of Ivo Brask: a relative clause).
    got = _kinds("A rep for the modeling agency Varel Models told reporters she was fine. The think tank Quorra Way "
                 "said Tuesday it agreed, as did the Dornish newspaper Correio Talvo. Ivo Brask left the studio Brask "
                 "founded, said Ada Quill.")
    assert got["Varel Models"] == got["Quorra Way"] == got["Correio Talvo"] == "ORG"
    assert got["Brask"] == got["Ada Quill"] == "PERSON"



def test_a_piece_of_a_longer_name_after_an_organisations_noun_stays_as_it_was():
    # "the Italian newspaper Corriere della Sera": the name is cut at "della"; its first piece became an ORG and was
    # listed as an entity of its own. The cue is for a name that ends where it was cut.
    got = _kinds("Ada Quill, a columnist for the Dornish newspaper Corriere della Torre, wrote on Friday.")
    assert got.get("Corriere") != "ORG"



def test_a_name_after_group_is_an_organisation_unless_a_clause_opens_there():
    # "the advocacy group Mi Familia Vota", "the group Code Pink" were a person or nothing; "group" opens relative
    # clauses too ("a group Barack Obama won", "the group Fiorina addressed"): a listed given name or a surname the text
    # gives in full there is the clause's subject.
    got = _kinds("The advocacy group Tarsk Voices said it would sue. Ivo Brask spoke to the group Brask had founded, "
                 "a group Carly Vantress won by two points.")
    assert got["Tarsk Voices"] == "ORG"
    assert got["Brask"] == got["Carly Vantress"] == got["Ivo Brask"] == "PERSON"


def test_a_two_word_name_after_the_is_no_person():
    # "Orbix launched the Kestrel Vanta on Tuesday": two capitalised words unseen in lower case read as a given
    # name and a surname; no one's name takes "the". A person's name modifying a noun after "the" keeps its kind
    # ("the Ivo Brant email affair"), as does one that opens with a given name.
    got = _kinds("Orbix launched the Kestrel Vanta on Tuesday. Critics recalled the Varnholt Brask affair and the "
                 "Ada Quill years. Ivo Brant said little.")
    assert got["Kestrel Vanta"] == "MISC"
    assert got["Varnholt Brask"] == got["Ada Quill"] == got["Ivo Brant"] == "PERSON"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=80))
def test_long_words_of_ascii_text_are_found_alike_by_both_patterns(text):
    # _title_case reads an ASCII sentence's long words with the standard engine's pattern: it must find
    # what the pattern for any text finds there, window by window.
    from presslens.entities.mentions import _LONG_ASCII_WORD, _LONG_WORD

    for start, end in ((0, len(text)), (1, len(text) - 1), (2, len(text) // 2)):
        assert _LONG_ASCII_WORD.findall(text, start, end) == _LONG_WORD.findall(text, start, end)


def test_a_he_opening_the_next_sentence_is_the_subjects_where_the_person_after_it_has_a_her():
    # "… Mayor Ilsa Marrow for … her husband. He also charged": the he goes on with the subject, not the mayor;
    # with no pronoun for the person after the subject, the she may be either ("… replaced Mayor Ilsa Marrow ….
    # She was …").
    text = ("Zorvath Khalif criticized Mayor Ilsa Marrow for backing the tax that her husband signed. He also charged "
            "that the Brindlemoor council lied.\n\nOrvan Tesk replaced Mayor Ilsa Marrow on the Brindlemoor board. "
            "She was reassigned to the harbour office.")
    arts = pd.DataFrame({"doc_id": ["k"], "text": [text]})
    gender = person_gender(find_mentions(arts), arts)
    assert gender["Zorvath Khalif"] == "m"
    assert gender["Orvan Tesk"] is None


def test_a_she_after_a_chairman_outweighs_the_title():
    # "chairman", "spokesman", "congressman" are kept for women too by many house styles: a she/her right after the
    # name outweighs such a title, which made Nadia Quill a man and left her "she said" to no one; with no pronoun
    # after it the title still outweighs a given name of either gender ("Chairman Andrea Brant")
    text = ("Harbour board chairman Nadia Quill of Avalon spoke on Monday. She said the cost would be small. "
            "Spokesman Tom Berge of Nordby was not there. Port Authority Chairman Andrea Brant told the board.")
    arts = pd.DataFrame({"doc_id": ["c"], "text": [text]})
    gender = person_gender(find_mentions(arts), arts)
    assert gender[["Nadia Quill", "Tom Berge", "Andrea Brant"]].tolist() == ["f", "m", "m"]


def test_a_name_before_a_countrys_possessive_is_no_place():
    # "X, Country" makes X a place ("Varnholm, Norway, for talks"), but not where the country is a possessive: the
    # apposition says what X is to the country ("Ivo Brenner, Germany's envoy", "Holm, Norway's largest bank")
    kinds = _kinds("Talks opened in Varnholm, Norway, on Monday. Ivo Brenner, Germany's envoy to the talks, "
                   "spoke first. Analysts at Tarsby, Norway's largest lender, were wary.")
    assert kinds["Varnholm"] in ("PLACE", "place")
    assert kinds["Ivo Brenner"] == "PERSON"
    assert kinds["Tarsby"] not in ("PLACE", "place")


def test_a_family_name_that_is_a_place_head_after_a_title_is_a_person():
    # "Park" ends a place's name ("Victoria Park"), but after a title of office or an honorific, alone or after a
    # given name, it is the family name of Korea (entities_family_names.txt)
    kinds = _kinds("President Park met Mayor Nina Park and Minister Ji-won Park in Sorvik. Ms. Park spoke. "
                   "They walked in Victoria Park.")
    assert [kinds.get(k) for k in ("President Park", "Mayor Nina Park", "Minister Ji-won Park", "Ms. Park")] \
        == ["PERSON"] * 4
    assert kinds["Victoria Park"] == "PLACE"
    # a given name in no list is one too (not an ordinary word)
    kinds = _kinds("Mayor Ada Park opened the pier. Deputy Mayor Varro Lee spoke in Sorvik.")
    assert (kinds.get("Mayor Ada Park"), kinds.get("Deputy Mayor Varro Lee")) == ("PERSON", "PERSON")


def test_a_lone_family_name_before_a_country_is_no_city():
    # "Varnholm, Norway" is a city and its country, but not a family name of entities_family_names.txt there
    kinds = _kinds("According to Zhang, China-built ferries ran late in Varnholm, Norway, last week.")
    assert kinds["Zhang"] not in ("PLACE", "place")
    assert kinds["Varnholm"] in ("PLACE", "place")


def test_a_family_name_with_its_given_names_syllables_is_no_place():
    # a family name of entities_family_names.txt after or before a given name of two syllables is a person's name,
    # though "Park" is a place's head word and a country follows the comma
    kinds = _kinds("Later Ji-won Park said no. Park Min-jun, South Korea, the envoy, agreed in Sorvik.")
    assert kinds["Ji-won Park"] == "PERSON"
    assert kinds["Park Min-jun"] not in ("PLACE", "place")


def test_a_sentence_opening_organisation_keeps_its_first_word():
    # an organisation's head word before "of" heads the name at a sentence's start as inside it, and a word that
    # opens firms' names (entities_firm_openers.txt) stays before a name a head word ends; an ordinary word does not
    kinds = _kinds("Prices fell in Varnia. University of Lorrin said so. Bank of Tessaly Corp. said it agreed. "
                   "First of Varnia Bank Corp. said its profit rose. First Pellar Corp. said nothing. "
                   "Rival Orvin Corp. said it would wait. Shares of Quillby Inc. rose.")
    assert kinds.get("University of Lorrin") == "ORG"
    assert kinds.get("Bank of Tessaly Corp.") == "ORG"
    assert kinds.get("First of Varnia Bank Corp.") == "ORG"
    assert kinds.get("First Pellar Corp.") == "ORG"
    assert "Orvin Corp." in kinds and "Quillby Inc." in kinds


def test_an_acronym_of_the_words_after_a_heads_of_is_that_organisation():
    # "DS (Bureau of Diplomatic Security)": the office is known by the initials of the words after its head's "of",
    # looked for where no name's full initials answer
    m = _mentions("Only two DS (Bureau of Diplomatic Security) agents stayed in Varnholm. A DS officer said so.")
    got = dict(zip(m["text"], m["entity"]))
    assert got["DS"] == "Bureau of Diplomatic Security"


def test_a_company_named_again_without_group_and_its_legal_form_is_one_entity():
    # "Midwest Financial Group Inc. … Midwest Financial said": the business pages' second reference leaves out "Group"
    # and the legal form; it was an entity of its own (MISC)
    m = _mentions("Orvin Financial Group Inc. agreed to buy a savings bank in Tessaly. Orvin Financial said the deal "
                  "would close in May.")
    got = dict(zip(m["text"], zip(m["entity"], m["kind"])))
    assert got["Orvin Financial"] == (got["Orvin Financial Group Inc."][0], "ORG")


def test_a_firm_opener_and_its_of_stay_on_the_name_written_again():
    # "First of America Bank Corp. … First of America said … gives First of America": "First of" stays on the name
    # (not the place "America"), and the name without "Bank" and its legal form is that company
    m = _mentions("First of Varnia Bank Corp. said it agreed to buy a savings bank. The deal gives First of Varnia "
                  "a stake in Tessaly. First of Varnia said the deal would close in May.")
    rows = list(zip(m["text"], m["entity"], m["kind"]))
    full = "First of Varnia Bank Corp."
    assert [r for r in rows if "Varnia" in r[0]] == [(full, full, "ORG")] + [("First of Varnia", full, "ORG")] * 2


def test_a_programme_or_a_doctrine_is_no_entity():
    # "DACA", "Obamacare", "Medicaid", "Mao Zedong Thought" were listed; "Deferred Action for Childhood Arrivals" as two
    texts = set(_mentions("Ada Quill wants to cut Medicaid and end Obamacare. She opposes Deferred Action for Childhood "
                          "Arrivals, or DACA, in Avalon, and quoted Xi Jinping Thought to Corin Vale.")["text"])
    assert not {"Medicaid", "Obamacare", "Deferred Action", "Childhood Arrivals", "DACA", "Xi Jinping Thought",
                "Xi Jinping"} & texts
    assert {"Ada Quill", "Avalon", "Corin Vale"} <= texts


def test_a_sentence_adverb_opening_a_sentence_is_no_name():
    # "Consequently, I no longer ..." opening a quoted sentence (sample O) listed 'Consequently' (MISC): Punkt's
    # statistics never saw it in lower case (entities_ordinary.txt)
    rows = _one("Ada Quill left the party. Consequently, Bo Lind won. Furthermore, Avalon voted. Nonetheless, he won.")
    assert [r[0] for r in rows] == ["Ada Quill", "Bo Lind", "Avalon"]


def test_a_surname_before_a_kin_word_is_the_family():
    # "Harry Reid relentlessly attacked the Koch brothers" (sample O), "the Koch brothers' network" were a person
    # 'Koch': a lone name right before a kin word in lower case (entities_kin_words.txt: "brothers", "sisters",
    # "family") is the family, a group and an entity of its own (not the surname's, which another article's person
    # bears); a known place or an ordinary word before one stays what it was ("a Boise family", "a prominent Orthodox
    # family"), and a headline's capitalised word is no kin word ("Deporting Parents Is Wrong")
    rows = _one("Bo Lind attacked the Quill brothers on Monday. The Quill family's network and a Boise family paid. "
                "Ivo Quill spoke.")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Bo Lind", "PERSON", "Bo Lind"), ("Quill brothers", "GROUP", "Quill brothers"),
        ("Quill family", "GROUP", "Quill family"), ("Boise", "PLACE", "Boise"), ("Ivo Quill", "PERSON", "Ivo Quill")]
    assert not [r for r in _one("Ada Quill is a member of a prominent Orthodox family. A Varno-Avalish couple and "
                                "our brave Quill brothers came.") if r[2] == "GROUP"]
    assert not [r for r in _one("Kasich: Deporting Parents Is Wrong, Ada Quill says.") if r[2] == "GROUP"]


def test_social_security_the_programme_is_no_entity_but_its_administration_is():
    # "Get any benefits from Social Security and Medicare taxes" (sample O) listed "Social Security" (MISC) while
    # "Medicare" was no entity: the pension programme is a policy as Medicare is (entities_programmes.txt); the agency
    # that runs it is an organisation
    texts = list(_mentions("Ada Quill would cut Social Security and Medicare, the Social Security Administration in "
                           "Avalon said.")["text"])
    assert texts == ["Ada Quill", "Social Security Administration", "Avalon"]


def test_a_text_without_a_programmes_first_word_holds_no_programme():
    # _may_name_programme spares each mention's scan for a policy's name in the articles without all the words of one:
    # sound only if the pattern's caseless match takes a character for a letter of them only where both fold alike
    import regex

    from presslens.entities.lexicon import _lex
    from presslens.entities.mentions import _may_name_programme

    lex = _lex()
    letters = sorted(set("".join(w for words in lex.programme_words for w in words)))
    every = "".join(map(chr, range(0x110000)))
    for c in {m.group() for m in regex.finditer(f"[{regex.escape(''.join(letters))}]", every, regex.IGNORECASE)}:
        assert all(c.casefold().replace("\u0307", "") == letter
                   for letter in letters if regex.fullmatch(regex.escape(letter), c, regex.IGNORECASE))
    assert _may_name_programme("Ada Quill would cut MEDICAID in Avalon.", lex)
    assert _may_name_programme("ADA QUİLL WOULD CUT MEDİCAİD.", lex) and lex.programme.search("CUT MEDİCAİD.")
    assert not _may_name_programme("Ada Quill would cut the levy in Avalon.", lex)
    assert not _may_name_programme("Xi Corin thought the taxi to Mexico was late.", lex)  # no "jinping"
    assert not lex.programme.search("Ada Quill would cut the levy in Avalon.")


def test_a_text_without_a_settlement_noun_before_of_holds_no_place_of_name():
    # _may_name_place_of spares the whole text's scan for "the town of Vellan Kostri" in the articles without a
    # settlement's noun, spaces and "of": sound only if the pattern's caseless match takes a character for a letter of
    # a noun only where both fold alike
    import regex

    from presslens.entities.lexicon import _lex
    from presslens.entities.mentions import _may_name_place_of

    lex = _lex()
    letters = sorted(set("".join(lex.place_of_last)))
    every = "".join(map(chr, range(0x110000)))
    for c in {m.group() for m in regex.finditer(f"[{regex.escape(''.join(letters))}]", every, regex.IGNORECASE)}:
        assert all(c.casefold().replace("\u0307", "") == letter
                   for letter in letters if regex.fullmatch(regex.escape(letter), c, regex.IGNORECASE))
    for text in ("Troops moved to the town of Vellan Kostri.", "the TOWNSHİP \t of Vellan Kostri",
                 "the Village\u00a0of Kessa Lind"):
        assert _may_name_place_of(text, lex.place_of_last) and lex.place_of_name.search(text)
    for text in ("Troops moved to the town on Friday.", "Ada Quill of Vellan Kostri visited the township.",
                 "the town’s mayor of Vellan Kostri"):
        assert not _may_name_place_of(text, lex.place_of_last) and not lex.place_of_name.search(text)


def test_a_states_attorney_is_a_title_not_a_place():
    # "Cook County State's Attorney Kim Foxx's office" was the place "Cook County State" and "Attorney Kim Foxx"
    m = _mentions("The figures were released by Marrow County State's Attorney Ada Quill's office in Avalon.")
    assert "Marrow County State" not in set(m["text"])
    assert list(m.loc[m["entity"] == "Ada Quill", "title"]) == ["Marrow County State's Attorney"]


def test_corporate_america_is_no_country():
    # "Wall Street and corporate America" was the United States
    texts = list(_mentions("Ada Quill railed against corporate America in Avalon. Corporate America shrugged, but "
                           "America voted.")["text"])
    assert texts == ["Ada Quill", "Avalon", "America"]  # the country once, at its last mention


def test_the_storm_gate_never_hides_a_storms_name():
    # _storm_names scans for storms only where the lowered text holds a storm's first word; the names must be the
    # ungated scan's for every case form and for the letters case folding treats apart (text.lower_aligned).
    from presslens.entities.lexicon import _lex
    from presslens.entities.mentions import _CAPITALISED, _storm_names

    lex = _lex()
    for text in ["Hurricane Ada hit Tarnby.", "HURRICANES Ada and Brin", "the tropical storm Cora", "No storm here.",
                 "Hurricane Ada and K\u212a", "hurricane\u017f Ada", "Hurrİcane Ada", "Quill won the vote."]:
        plain = frozenset(w.lower() for m in lex.storm_names.finditer(text)
                          for w in _CAPITALISED.findall(m.group(1) or m.group(2)))
        assert _storm_names(text, lex) == plain, text


def test_a_team_nicknames_singular_is_found_as_the_pattern_found_it():
    # _team_nickname asks whether the singular ("Knick" of "Knicks") stands alone in the text; a str.find scan
    # replaced a pattern compiled per name ((?<![\w'’-])WORD(?![\w'’-])): both must agree on every character.
    import re as re_std

    from presslens.entities.mentions import _joins_word, _stands_alone

    joins = re_std.compile(r"[\w'’-]")
    assert [c for c in map(chr, range(0x110000)) if _joins_word(c) != bool(joins.match(c))] == []
    for text in ["the Knicks won", "Knick", "a Knick-knack", "Knick's", "_Knick", "Knick2", "ProKnick", "x Knick."]:
        plain = re_std.search(r"(?<![\w'’-])Knick(?![\w'’-])", text) is not None
        assert _stands_alone(text, "Knick") == plain, text


def test_the_adverb_gate_leaves_out_only_words_no_adverb_ends():
    # _mention asks _adverb only of a word in -ly: every other word must be none, as _adverb itself answers; and the
    # one-word flag reads ``common`` for _common(key). A capitalised adverb opening a sentence stays no entity.
    from presslens.entities.mentions import _adverb

    words = ["additionally", "ironically", "hopefully", "namely", "beverly", "kelly", "italy", "quillanly", "ly",
             "additional", "ironic", "hopeful", "quill", "brantley", "hillary", "fly", "reply", "lyre", "onlyx"]
    for word in words:
        if not word.endswith("ly"):
            assert not _adverb(word), word
    text = "Additionally, Ada Quill said the Vessmark ferry would run. Ironically, Quill never rode it."
    found = find_mentions(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert "Additionally" not in set(found["text"]) and "Ironically" not in set(found["text"])
    assert "Ada Quill" in set(found["text"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["'s", "’s", "s", " ", ",", "\u00a0", "eldest", "son", "daughter", "husband", "wife",
                                 "and", "&", "Dorn", "Lindqvist", "Institute", "of", "Studies"]), max_size=8))
def test_the_string_tests_before_the_patterns_between_two_names_reject_only_what_they_would(pieces):
    # _kin_named asks lex.kin_of only after a possessive, _and_names asks _AND_AFTER only where "and" follows one
    # character after the name: every match opens so.
    from presslens.entities.mentions import _AND_AFTER, _lex

    text = "".join(pieces)
    if _lex().kin_of.fullmatch(text):
        assert text.startswith(("'s", "’s"))
    if _AND_AFTER.match(text):
        assert text.startswith("and", 1)


def test_the_gated_passes_over_an_articles_names_still_join_what_they_did():
    # "X and Y Z" (a couple), "Z's husband, X" (kin) and "Office of A and B" (one organisation): the passes that now
    # skip the names no pattern of theirs could match still find these.
    text = ("David and Sarah Vantreck arrived. Ilse Marrow's husband, John, waved. The Kestrel Office of Water and "
            "Power agreed.")
    got = find_mentions(pd.DataFrame({"doc_id": ["a"], "text": [text]}), link=False)
    assert got[["text", "entity"]].values.tolist() == [
        ["David", "David Vantreck"], ["Sarah Vantreck", "Sarah Vantreck"], ["Ilse Marrow", "Ilse Marrow"],
        ["John", "John Marrow"], ["Kestrel Office of Water and Power", "Kestrel Office of Water and Power"]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "'", "''", "‘", "’", " ", "Morning", "Kestrel", "of", "the"]),
                max_size=8))
def test_the_mark_test_before_a_works_title_rejects_only_what_its_pattern_would(pieces):
    # _in_work_title looks back for an opened title (_TITLE_OPENED) only where one of its opening marks' characters
    # stands in the reach (_TITLE_MARK).
    from presslens.entities.mentions import _TITLE_MARK, _TITLE_OPENED

    text = "".join(pieces)
    if _TITLE_OPENED.search(text):
        assert _TITLE_MARK.search(text)


def test_the_object_of_anti_or_pro_is_cut_from_the_names_after_it():
    # "on behalf of anti-Trump Republicans" gave one group "Trump Republicans", "the anti-Trump National Review" an
    # organisation "Trump National Review", "the pro-Islamic State Twitter account" a "Islamic State Twitter"
    got = _kinds("Tomas Varro spoke. The study was paid for by anti-Varro Republicans. Ada Lund of the anti-Varro "
                 "Kestrel Review wrote it up. A pro-European Union Twitter account shared it, and a pro-Lina Quill "
                 "super PAC did too. Votes of pro-Second Amendment Democrats were counted.")
    assert got["Republicans"] == "GROUP" and got["Kestrel Review"] == "ORG" and got["Twitter"] == "ORG", got
    assert got["European Union"] == "ORG" and got["Lina Quill"] == "PERSON", got
    assert not {"Varro Republicans", "Varro Kestrel Review", "European Union Twitter", "Lina", "Quill"} & set(got), got
    assert "Second Amendment Democrats" in got, got


def test_a_cardinal_number_opening_a_sentence_is_no_name():
    # "Thirteen years earlier, she had voted ..." listed an entity 'Thirteen' (Punkt's statistics never saw eleven
    # to ninety in lower case, as they never saw the ordinals)
    got = _kinds("Ada Lund voted for the ferry. Thirteen years earlier, she had voted against it. Fifteen percent "
                 "of Kestrelby agreed. Forty six percent did not.")
    assert not {"Thirteen", "Fifteen", "Forty"} & set(got) and got["Ada Lund"] == "PERSON", got


def test_a_name_of_ordinary_words_before_its_state_is_a_place():
    # "her original arrival in Little Rock, Arkansas" gave 'Little Rock' MISC: a name of ordinary words only
    # took no place context; after a comma and a known place it does ("in Little" alone still tells nothing)
    got = _kinds("Ada Lund grew up in Red Rock, Arkansas, he said. She met him at a Red Rock, Arkansas, event.")
    assert got["Red Rock"] == "PLACE", got


def test_lower_or_upper_opening_a_name_makes_a_place():
    # "the terrorist attacks in Lower Manhattan" gave 'Lower Manhattan' MISC, "on the Upper East Side" MISC
    got = _kinds("Ada Lund rented a flat in Lower Kestrelby. Her brother lives on the Upper Harbour Side. The Upper "
                 "House of Nordland passed the bill.")
    assert got["Lower Kestrelby"] == got["Upper Harbour Side"] == "PLACE", got
    assert got["Upper House of Nordland"] == "ORG", got


def test_a_place_after_a_comma_that_opens_a_role_makes_no_place_of_the_name():
    # "said Adriaan Schout, Europe coordinator at the Clingendael ..." made the person a place
    got = _kinds("The tide has turned, said Tomasz Vrelk, Europe coordinator at the Kestrel Institute. Talks went on "
                 "in Red Rock, Arkansas, for days.")
    assert got["Tomasz Vrelk"] == "PERSON" and got["Red Rock"] == "PLACE", got


def test_an_organisation_apposed_where_the_text_lost_its_commas():
    # PerSenT's texts lost their commas: "Fusion GPS  an opposition research firm  hired Steele" gave MISC
    got = _kinds("Vantor Qell  an opposition research firm  hired Ada Lund. Ada Lund praised Vantor Qell.")
    assert got["Vantor Qell"] == "ORG", got
    # but not a name of ordinary words, mostly the piece of a longer one ("Mills" cut as a sentence's first word)
    got = _kinds("Ada Lund sued the ferry line this year. Mills Law Firm  a law firm based in Kestrelby  took the "
                 "case.")
    assert got.get("Law Firm") != "ORG", got


def test_a_letters_salutation_is_no_part_of_the_name():
    # an advice column's "Dear Carolyn : My girlfriend and I ..." listed a person 'Dear Carolyn'
    m = _mentions("Dear Ottilie: My sister and I no longer speak. What should I do? Ottilie Brandvik answers.")
    assert set(m["entity"]) == {"Ottilie Brandvik"}, m[["text", "entity"]]


def test_a_shouted_plural_of_an_ordinary_word_is_no_name():
    # "STOP SENDING ME MAILS." listed an organisation 'MAILS' (Punkt's statistics saw "mail", not "mails")
    got = _kinds("Ada Lund wrote back: “STOP SENDING ME MAILS.” Kestrel Post said nothing.")
    assert "MAILS" not in got and got["Ada Lund"] == "PERSON", got


def test_the_path_of_a_link_is_no_name():
    # an embedded tweet's "pic.twitter.com/PwK0NwCrat" listed an organisation 'PwK', "https://t.co/ChcHSoxdNL" one
    # 'ChcHSoxdNL'; a photo credit's "REUTERS/Ada Quill" stays a name
    m = _mentions("Ada Quill rallied in Tarlow, NH. pic.twitter.com/QvR4tLmnop https://t.co/XyzWvUtsrQ "
                  "twitter.com/BoVeskTarlow said nothing. REUTERS/Orla Benning")
    assert set(m["entity"]) == {"Ada Quill", "Tarlow", "NH", "Reuters", "Orla Benning"}, m[["text", "entity"]]


def test_the_abbreviated_alderman_is_a_title():
    # a Chicago paper's "longtime Ald. Ed Burke", "32nd Ward Ald. Scott Waguespack" listed 'Ald' and 'Ward Ald'
    m = _mentions("Longtime Ald. Bo Vesk blocked the plan. Then 14th Ward Ald. Ada Quill filed a request.")
    assert set(m["entity"]) == {"Bo Vesk", "Ada Quill"}, m[["text", "entity"]]


def test_a_field_after_a_title_in_lower_case_and_of_is_no_name():
    # "former secretary of State Hillary Clinton" listed a name 'State Hillary Clinton', "secretary of State" alone
    # one 'State'; "commander of NATO forces" keeps NATO
    m = _mentions("Orla Benning, a former secretary of State, met secretary of Homeland Security Helen Quill and the "
                  "commander of NATO forces.")
    assert set(m["entity"]) == {"Orla Benning", "Helen Quill", "NATO"}, m[["text", "entity"]]


def test_demonyms_of_smaller_nations_and_regions_are_no_names():
    # "the Zimbabwean capital", "Bavarian premier Horst Seehofer", "the Parisian night" each listed a name of their
    # own; "Zimbabweans want change" names a group, as "Americans" does
    m = _mentions("In the Zimbabwean capital, Bavarian envoy Orla Benning praised the Parisian night. Zimbabweans "
                  "cheered in Tarlow.")
    assert dict(zip(m["entity"], m["kind"])) == {"Orla Benning": "PERSON", "Zimbabweans": "GROUP",
                                                 "Tarlow": "PLACE"}, m[["text", "kind", "entity"]]


def test_a_pac_apposed_names_an_organisation():
    # "Priorities USA, the leading pro-Clinton super PAC" was MISC
    got = _kinds("Vellmark Forward, the leading pro-Quill super PAC, spent heavily. Orla Benning said so.")
    assert got["Vellmark Forward"] == "ORG", got


def test_a_name_in_capitals_is_the_one_entity_the_article_writes_in_title_case():
    # "OSTRIN" of a dateline, "TRUMP" of a shouted headline and "FERTIG:" of a transcript were entities of their own
    # (ORG, as acronyms) beside "Ostrin" and "Donald Trump". Not where two entities match ("SIEGEL" of a notice naming
    # two Siegels), nor a dateline's place and a person of that surname.
    m = _mentions("QUILL VOWS TO FIGHT ON\n\nOSTRIN, March 3 — Ada Quill spoke in Ostrin on Tuesday. Voters in "
                  "Ostrin cheered.\n\nBECKER: Is she right?\n\nTom Becker hosts the show.")
    got = dict(zip(m["text"], zip(m["entity"], m["kind"])))
    assert got["QUILL"] == ("Ada Quill", "PERSON") and got["BECKER"] == ("Tom Becker", "PERSON")
    assert got["OSTRIN"] == ("Ostrin", "PLACE") and got["Ostrin"][1] == "PLACE"
    got = dict(zip(*_mentions("VARSEN, March 3 — Lina Varsen and Noor Varsen met Ada Quill. VARSEN FAMILY GRIEVES. "
                              "Lina Varsen wept.")[["text", "entity"]].to_numpy().T))
    assert got["VARSEN"] == "VARSEN"


def test_an_organisation_noun_in_brackets_after_a_name_is_its_apposition():
    # "America Rising (a Republican PAC)": the brackets set the apposition off as commas do; the name stayed MISC.
    got = _kinds("Ivo Bechler, chairman of Nordvale Rising (a conservative PAC), tweeted.")
    assert got["Nordvale Rising"] == "ORG"
    assert _kinds("Tom Becker met Dar (a pseudonym) in Ostrin.")["Dar"] != "ORG"


def test_an_adjective_from_a_persons_name_is_no_mention():
    # "a Trumpian post", "an intrusive Orwellian bureaucracy", "the Keynesian beauty contest" were MISC entities.
    got = _kinds("Mayor Ada Quill called the Ostrin plan Orwellian, a Machiavellian and Keynesian scheme. "
                 "The Marxists of Ostrin agreed.")
    assert "Orwellian" not in got and "Machiavellian" not in got and "Keynesian" not in got
    assert got["Marxists"] == "GROUP" and got["Mayor Ada Quill"] == "PERSON"


@pytest.mark.parametrize("text, expected", [
    ("The secretary of State Maria Pell flew to Vellmark.", ["The", "Maria Pell", "Vellmark"]),
    ("of State Maria Pell flew.", ["State Maria Pell"]),  # "of" opens the text: no title before it
    ("— secretary of Homeland Security John Vane — flew.", ["John Vane"]),  # two bytes a letter ("—")
    ("Ofelia of Vellmark said.", ["Ofelia of Vellmark"]),
])
def test_chunk_spans_cut_a_titles_field_after_of_told_a_letter_at_a_time(text, expected):
    # _chunk_spans tells "of" before a run a letter at a time, no slice made: the field after "secretary of" is
    # cut where a given name follows, as the slice text[base - 3:base - 1] == "of" did.
    from presslens.entities.lexicon import _lex
    from presslens.entities.mentions import _chunk_spans
    assert [text[a:b] for a, b in _chunk_spans(text, _lex())] == expected
    assert all((text[b - 2] == "f" and text[b - 3] == "o") == (text[b - 3:b - 1] == "of")
               for b in range(4, len(text) + 1))


def test_a_court_goes_on_through_for_the_to_its_circuit_or_district():
    # "U.S. Court of Appeals for the Ninth Circuit" was cut at "for the" into the court and "Ninth Circuit" (sample
    # O); a court's area (entities_court_areas.txt) goes on its name, another name after "for the" does not.
    kinds = _kinds("The Varnia Court of Appeals for the Ninth Circuit ruled against Ostrin. The Bank of Tessaly "
                   "for the Treasury of Lorrin met the Lorrin District Court for the Eastern District of Vellmark.")
    assert kinds.get("Varnia Court of Appeals for the Ninth Circuit") == "ORG"
    assert "Ninth Circuit" not in kinds
    assert "Bank of Tessaly" in kinds and "Treasury of Lorrin" in kinds
    assert kinds.get("Lorrin District Court for the Eastern District of Vellmark") == "ORG"


def test_an_ordinal_before_a_courts_area_is_part_of_its_name():
    # "The 6th Circuit Court of Appeals" lost its "6th" (sample O): the digits open no capitalised run, so the court
    # was any circuit's; an ordinal in digits right before a court's area (entities_court_areas.txt) opens the name.
    kinds = _kinds("The 6th Circuit Court of Appeals ruled against Ostrin on Tuesday. A judge of the 9th Circuit "
                   "agreed, and 12 Ostrin lawyers left.")
    assert kinds.get("6th Circuit Court of Appeals") == "ORG"
    assert "9th Circuit" in kinds and "Circuit Court of Appeals" not in kinds and "Circuit" not in kinds


def test_a_court_goes_on_through_for_the_to_an_ordinal_in_digits_and_its_area():
    # "U.S. Court of Appeals for the 4th Circuit": the digits after "for the" ended the capitalised run, so the court
    # and "4th Circuit" were two names, as "for the Ninth Circuit" were before.
    kinds = _kinds("The Varnia Court of Appeals for the 4th Circuit ruled against Ostrin. Judge Ada Quill of the "
                   "9th Circuit agreed.")
    assert kinds.get("Varnia Court of Appeals for the 4th Circuit") == "ORG"
    assert "9th Circuit" in kinds and "Judge Ada Quill" in kinds


def test_an_ordinal_before_a_courts_area_with_a_comma_or_possessive_after_it_opens_its_name():
    # "from the 4th District, is", "The 5th District's Kyle Hupfer": the area was read with its comma or clitic
    # and not known, so the ordinal stayed off the name.
    kinds = _kinds("Ada Quill, from the 4th District, is running. The 5th District's Ivo Brant agreed.")
    assert "4th District" in kinds and "5th District" in kinds and "District" not in kinds


def test_alright_opening_a_quotation_is_no_name():
    # "Alright, I'll do it." opened a quoted sentence and was read as a name (Punkt never saw it in lower case).
    assert "Alright" not in _kinds('Ada Quill laughed. "Alright, I will sign it," she told Ivo Brant in Kestrel.')


def test_wall_street_is_the_financial_sector():
    # News names the financial sector by its street far more often than the street: an organisation.
    assert _kinds("Ada Quill attacked her rival's ties to Wall Street on Monday.")["Wall Street"] == "ORG"


def test_weekly_division_arena_and_speedway_are_head_words():
    # "told Nordland Weekly" had made the paper a person; a police division and the venues were MISC or persons.
    kinds = _kinds("Ivo Brant told Nordland Weekly that the Kestrel Police Fraud Division had called. "
                   "The race at Brantwood Speedway and the rally at Lindholm Arena drew crowds.")
    assert kinds["Nordland Weekly"] == "ORG" and kinds["Kestrel Police Fraud Division"] == "ORG"
    assert kinds["Brantwood Speedway"] == "PLACE" and kinds["Lindholm Arena"] == "PLACE"


def test_priorities_usa_action_is_an_organisation():
    # The super PAC's name ends in no head word: it was MISC, and the entity table left it out of a party's backers.
    assert _kinds("An ad by Priorities USA Action ran in Kestrel, Ada Quill said.")["Priorities USA Action"] == "ORG"


def test_an_ordinal_before_a_qualified_district_opens_its_name():
    # "Nordland's 4th Congressional District": the ordinal stood apart from its district, so every numbered
    # district of an article was one entity 'Congressional District'.
    kinds = _kinds("Ada Quill runs in Nordland's 4th Congressional District. Ivo Brant won the 7th Congressional "
                   "District, and the 2nd Judicial Circuit sided with him.")
    assert "4th Congressional District" in kinds and "7th Congressional District" in kinds
    assert "2nd Judicial Circuit" in kinds and "Congressional District" not in kinds


def test_a_universitys_campus_after_a_comma_is_part_of_its_name():
    # "the University of Nordland, Kestrelby": the campus had been a person of its own ('Kestrelby' PERSON).
    kinds = _kinds("Ada Quill, a historian at the University of Nordland, Kestrelby, said the vote was close.")
    assert kinds.get("University of Nordland, Kestrelby") == "ORG" and "Kestrelby" not in kinds


def test_a_name_after_a_universitys_comma_that_the_article_names_again_is_no_campus():
    # "at the University of Nordland, Brant opened": a person the article names again, not a campus.
    kinds = _kinds("On the stage at the University of Nordland, Brant opened with a joke. Ivo Brant smiled. "
                   "In Quill v. University of Nordland, No. 14-981, the court ruled.")
    assert "University of Nordland" in kinds and not any(", " in name for name in kinds)


def test_racing_after_a_name_heads_a_team():
    # "Joe Gibbs Racing teammate": the team had been cut to a person 'Joe Gibbs'.
    kinds = _kinds("Ada Quill and her Ivo Brant Racing teammate Nia Holm finished on the podium in Kestrel.")
    assert kinds.get("Ivo Brant Racing") == "ORG" and "Ivo Brant" not in kinds


def test_a_phrase_of_ordinary_words_in_quotation_marks_after_the_is_no_name():
    # 'the “Grand Old Man” of African politics': an epithet, listed as an entity of its own.
    kinds = _kinds("Voters made Ada Quill the “Grand Old Man” of Nordland politics, and the “Red Rock Club” "
                   "hosted her.")
    assert "Grand Old Man" not in kinds and "Red Rock Club" in kinds and "Ada Quill" in kinds


def test_a_word_that_may_qualify_a_title_joins_no_name_across_a_lost_comma_but_before_a_title():
    # PerSenT's "… the Pirates  Rangers  Blue Jays  White Sox  Yankees  Nationals  Oakland As  and Dodgers" gave
    # "Nationals  Oakland" one person: "Nationals" may qualify a title ("Nationals MP Georgia Fairweather"), and a
    # title's qualifier kept the two spaces after it from parting a list. It keeps them only before a title.
    text = ("Ivo Brant  played for a series of clubs including the Harbors  Gulls  Nationals  Kestrel Rovers  and "
            "Larks.  He  retired in Tarno.")
    names = set(find_mentions(pd.DataFrame({"doc_id": ["a"], "text": [text]}))["text"])
    assert {"Nationals", "Kestrel Rovers"} <= names and not any("  " in n for n in names)


def test_names_before_the_plural_of_a_places_head_are_places():
    # "Arapahoe and Jefferson counties" gave "Jefferson" another article's Thomas Jefferson (and "Scott and Polk
    # counties" James Polk): a lone surname of no person the article names, linked across the corpus
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Governor Orla Brindlemoor of Quelland spoke on Monday. Brindlemoor said the vote was close.",
        "Senator Orla Brindlemoor returned to Quelland. Brindlemoor thanked the voters.",
        "The mayor lost Tarvey and Brindlemoor counties, and Ostrow, Pellam and Brindlemoor parishes voted late."]})
    m = find_mentions(arts)
    got = m[m["doc_id"] == "c"]
    assert set(got["entity"]) == {"Tarvey", "Brindlemoor", "Ostrow", "Pellam"}
    assert set(got["kind"]) == {"PLACE"}
    assert set(m[m["doc_id"] == "b"]["entity"]) >= {"Orla Brindlemoor"}


def test_an_office_field_ending_in_affairs_and_an_undersheriff_stay_in_the_title():
    # "Minister of Foreign Affairs Mevlut Cavusoglu" listed 'Affairs Mevlut Cavusoglu', "Clark County Undersheriff
    # Kevin McMahill" a person under the whole phrase: the title was kept in the name
    m = _mentions("Nordland's Minister of Foreign Affairs Ada Quill met Kestrel County Undersheriff Bo Vesk and the "
                  "Director of Legislative Affairs Orla Benning. Vesk said so.")
    got = dict(zip(m["text"], m["entity"]))
    assert got["Minister of Foreign Affairs Ada Quill"] == "Ada Quill"
    assert got["Kestrel County Undersheriff Bo Vesk"] == "Bo Vesk"
    assert got["Director of Legislative Affairs Orla Benning"] == "Orla Benning"


def test_a_name_before_estate_or_resort_is_a_place():
    # "his Mar-a-Lago estate in Palm Beach", "the Mar-a-Lago resort" listed the estate as MISC; "bin Laden's
    # compound" is still his, and "the two Trump resorts" Donald Trump's
    m = _mentions("Ada Quill spoke at her Vellmoor-by-Sea estate in Tarno. Guests stayed at the Brindlecombe "
                  "resort. Police searched Ostrow's compound. Both Quill resorts made money.")
    kinds, entities = dict(zip(m["text"], m["kind"])), dict(zip(m["text"], m["entity"]))
    assert (kinds["Vellmoor-by-Sea"], kinds["Brindlecombe"]) == ("PLACE", "PLACE")
    assert kinds.get("Ostrow") != "PLACE" and entities["Quill"] == "Ada Quill"


def test_a_name_the_article_writes_after_the_town_of_is_a_place_where_only_its_shape_says_person():
    # "to the town of Altun Kupri" made that mention a place, but the article's other mentions ("entered Altun Kupri
    # in an operation") were guessed persons by the shape of the name, and outvoted it
    kinds = _kinds("Troops moved to the town of Vellan Kostri on Friday. Militias entered Vellan Kostri in an "
                   "operation. Vellan Kostri -- a market town -- lies north of Tarno. Ada Quill said so.")
    assert kinds["Vellan Kostri"] == "PLACE" and kinds["Ada Quill"] == "PERSON"


def test_a_people_whose_plural_is_its_own_name_is_a_group():
    # "our Rohingya brothers", "violence against the Rohingya" listed a MISC entity 'Rohingya'
    m = _mentions("Ada Quill met our Rohingya brothers in Tarno. Violence against the Rohingya went on.")
    assert set(m.loc[m["text"] == "Rohingya", "kind"]) == {"GROUP"}


def test_two_padded_surnames_of_two_people_named_in_full_are_two_mentions():
    # PerSenT's "According to  Paltrow  Weinstein  threatened  her" (the comma after the first name lost between two
    # padded mentions) gave one person 'Paltrow Weinstein'; a given name before its padded surname stays one name,
    # though a longer name ends in it too ("Anne Helen")
    m = _mentions("Ada Tarskel and Bo Quillby met Anne Helen in Tarno. According to  Tarskel  Quillby  threatened  "
                  "her . Helen  Varro  did her part.")
    got = set(m["entity"])
    assert {"Ada Tarskel", "Bo Quillby", "Helen Varro"} <= got and "Tarskel Quillby" not in got
    assert set(m.loc[m["text"] == "Quillby", "entity"]) == {"Bo Quillby"}


def test_letters_written_together_with_a_number_are_a_code_and_no_name():
    # "channel NY1" was New York and "Buzz60" (a video outlet) a person of another article; call letters ("WFTV9")
    # and a known name ("Fox411") stay
    text = ("Ada Quill left the Varro channel NY1 on Monday. A NY1 spokesman said so, and Quillnews60 ran it. "
            "Ivo Brant spoke to WKRL9 and to Fox411 in Kestrel.")
    m = find_mentions(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert not set(m["text"]) & {"NY", "Quillnews"} and "New York" not in set(m["entity"])
    assert {"Ada Quill", "Ivo Brant", "WKRL", "Fox", "Kestrel"} <= set(m["text"])


def test_a_lone_word_ending_a_two_word_name_of_the_article_is_that_name_not_another_articles_person():
    # "Bryce Petty ... Petty struggles" went to another article's George Petty; "Olympic Games" ... "Olympic" and a
    # list run together ("Rams  Angels") stay as they were
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Coach Marta Quarry said the team was ready. Coach Marta Quarry spoke on Monday.",
        "Sports desk. see also  Zoltan Quarry  is exactly what the Rams feared. Quarry  played better than expected. "
        "When plays break down  Quarry  struggles.",
        "She watched the Olympic Games at home. The Olympic trials came later, and Games officials agreed."]})
    m = find_mentions(arts)
    b = m[m["doc_id"] == "b"].set_index("text")
    assert set(b.loc[["Zoltan Quarry", "Quarry"], "entity"]) == {"Zoltan Quarry"}
    assert set(b.loc[["Zoltan Quarry", "Quarry"], "kind"]) == {"PERSON"}
    assert "PERSON" not in set(m.loc[m["doc_id"] == "c", "kind"])
