"""Record files holding one article per record (``.json``, ``.jsonl``, ``.csv``, ``.tsv``), and
the mapping of record fields to article columns (also used for sidecar metadata)."""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from presslens.corpus.decoding import _CONTROL, Encoding, _iter_lines, _read_bytes, decode_text
from presslens.corpus.html import block_text
from presslens.corpus.skips import _Report, _text
from presslens.datafiles import data_rows

if TYPE_CHECKING:
    from presslens.corpus.source import Source

__all__ = ["FIELD_ALIASES", "RECORD_SUFFIXES", "known_field"]

RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv", ".tsv"}
# The article columns a record's fields fill.
ARTICLE_KEYS = ("doc_id", "text", "title", "published", "outlet", "url", "author", "section", "word_count")

# Record fields are found under any of these names (whatever their case and word separators,
# _plain) unless the caller maps them explicitly.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "article_id", "uuid", "guid", "stories_id"),
    "text": ("text", "body", "content", "article", "full_text", "maintext", "body_text"),
    "title": ("title", "headline", "heading", "web_title"),
    "published": ("published", "date", "publication_date", "pub_date", "published_at",
                  "datetime", "timestamp", "date_publish", "publish_date", "web_publication_date"),
    "outlet": ("outlet", "publisher", "source", "site", "sitename", "newspaper", "media", "media_name",
               "source_domain", "publication"),
    "url": ("url", "link", "source_url", "web_url"),
    "author": ("author", "authors", "byline"),
    # The Guardian's sectionName and wordcount, the New York Times's section_name and word_count.
    "section": ("section", "section_name"),
    "word_count": ("word_count",),
    "file": ("filename", "file", "file_name", "path", "name", "doc_id", "id"),
}


_SEPARATORS = re.compile(r"[\s_\-.]+")
_HEAD_CHARS = 65536


def _plain(name: Any) -> str:
    """A field's name as aliases are matched: lower case, without spaces, underscores, hyphens and
    points, so an API's ``publishedAt`` and a spreadsheet's ``Published At`` are ``published_at``."""
    return _SEPARATORS.sub("", str(name).lower())


def known_field(name: Any) -> bool:
    """Whether ``name`` is a field name presslens reads by itself (:data:`FIELD_ALIASES`, as
    :func:`_plain` matches them)."""
    return _plain(name) in {_plain(alias) for aliases in FIELD_ALIASES.values() for alias in aliases}


def _plained(names: Iterable[Any]) -> dict[str, Any]:
    """:func:`_plain` of each field name -> the field name."""
    return {_plain(name): name for name in names}


_PLAIN_ALIASES = {key: tuple(_plain(alias) for alias in aliases) for key, aliases in FIELD_ALIASES.items()}


def _pick(record: Mapping[str, Any], key: str, fields: Mapping[str, str]) -> Any:
    return record.get(_field(record, key, fields, _plained(record)))


def _field(record: Mapping[str, Any], key: str, fields: Mapping[str, str],
           plained: Mapping[str, Any]) -> Any:
    """The name of the field of ``record`` holding article column ``key``, or None; ``plained``
    is :func:`_plained` of the record's field names."""
    if key in fields:
        return fields[key]
    return next((plained[alias] for alias in _PLAIN_ALIASES[key] if alias in plained), None)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


# The member of an object that names it: a news API's ``source`` and JSON-LD's ``author`` have a
# "name" (else a "title"), the New York Times's headline its "main" and its byline its "original".
_NAME_MEMBERS = ("name", "title", "main", "original")


def _named(value: Any) -> str:
    """``value`` as an article column's text: a string as it is, an object its first member of
    :data:`_NAME_MEMBERS` that is a string, anything else JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        name = next((value[k] for k in _NAME_MEMBERS if isinstance(value.get(k), str)), None)
        if name is not None:
            return name
    return json.dumps(value, default=str, ensure_ascii=False)


# Objects news APIs put an article's fields in: the Guardian's "fields" (show-fields: body,
# byline), and the one member holding a field's value: WordPress's {"rendered": "<p>..."}.
_FIELD_OBJECTS = ("fields",)
_VALUE_MEMBERS = ("rendered",)


def _flat(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """``record`` with the members of its field objects (:data:`_FIELD_OBJECTS`) as fields of its
    own (where it has none of that name), and a field whose object holds its text in a member of
    :data:`_VALUE_MEMBERS` (``{"rendered": "<p>...", "protected": false}``) that text; the record
    itself when no field holds an object."""
    if not any(isinstance(v, Mapping) for v in record.values()):
        return record
    flat = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            inner = next((value[k] for k in _VALUE_MEMBERS if isinstance(value.get(k), str)), None)
            if inner is not None:
                value = inner
            elif key in _FIELD_OBJECTS:
                flat.update({k: v for k, v in value.items() if k not in record})
        flat[key] = value
    return flat


def _field_names(names: Iterable[Any], fields: Mapping[str, str]) -> tuple[tuple[str, Any], ...]:
    """(article column, the name of the field holding it or None) for each of :data:`ARTICLE_KEYS`,
    in records whose fields are ``names``."""
    plained = _plained(names)
    return tuple((key, _field({}, key, fields, plained)) for key in ARTICLE_KEYS)


def _record_row(record: Mapping[str, Any], fields: Mapping[str, str],
                names: tuple[tuple[str, Any], ...] | None = None) -> dict[str, Any]:
    """An article row from one record (JSON object, CSV row, metadata entry); ``names`` is
    :func:`_field_names` of the record's fields (made here when not given)."""
    row: dict[str, Any] = {}
    used: set[str] = set()
    for key, name in _field_names(record, fields) if names is None else names:
        if record.get(name) is not None:
            row[key] = record[name]
            used.add(name)
    if type(row.get("author")) is int:
        row["author_id"] = row.pop("author")
        _embedded_author(record, row)
    for key in ("doc_id", "title", "outlet", "url", "author", "section"):
        # Article columns hold text: a list of authors becomes "A; B", any other structure its name
        # or JSON.
        value = row.get(key)
        if isinstance(value, list) and not value:
            del row[key]                  # no authors ("authors": []) is none, not an empty name
        elif isinstance(value, list):
            row[key] = "; ".join(map(_named, value))
        elif not _scalar(value):
            row[key] = _named(value)
    if isinstance(row.get("author"), str):
        # A byline as the paper prints it ("By Ida Kell", the New York Times's "original") names the author.
        row["author"] = _BY.sub("", row["author"])
    if "published" not in fields and isinstance(row.get("published"), str):
        row["published"] = _with_time(record, row["published"])
    text = row.get("text")
    if isinstance(text, list) and text and all(isinstance(part, str) for part in text):
        # A scraper's paragraphs as a list ("body": ["...", "..."]): one text, a blank line between them.
        row["text"] = "\n\n".join(part.strip() for part in text if part.strip())
    for key, value in record.items():
        if key not in used and str(key) not in row and _scalar(value) and str(key).strip():
            row[str(key)] = value
    return {_text(k): _text(v) if isinstance(v, str) else v for k, v in row.items()}


_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_BY = re.compile(r"^\s*by\s+(?=\S)", re.I)


def _with_time(record: Mapping[str, Any], published: str) -> str:
    """``published``, a day, as the time on that day another date field of ``record`` gives
    (Event Registry's ``"date": "2031-10-30"`` beside ``"dateTime": "2031-10-30T08:15:00Z"``),
    else as it is: the day's field comes first among the aliases, the time is the same date's."""
    if not _DAY.fullmatch(published.strip()):
        return published
    for name, value in record.items():
        if (_plain(name) in _PLAIN_ALIASES["published"] and isinstance(value, str)
                and re.fullmatch(rf"{published.strip()}[T ]\d\d:\d\d\S*", value.strip())):
            return value.strip()
    return published


def _embedded_author(record: Mapping[str, Any], row: dict[str, Any]) -> None:
    """An author given as a number is a user's number, not a name (WordPress's REST API: ``"author": 3``,
    kept as ``author_id``); the name is the embedded author's (``_embedded.author[].name``, fetched with
    ``?_embed``) where the record has it."""
    embedded = record.get("_embedded")
    authors = embedded.get("author") if isinstance(embedded, Mapping) else None
    names = [a["name"] for a in authors or () if isinstance(a, Mapping) and isinstance(a.get("name"), str)]
    if names and all(n.strip() for n in names):
        row["author"] = "; ".join(names)


def table_columns(names: list[str], fields: Mapping[str, str] | None = None) -> dict[str, str]:
    """Renames that give a table with columns ``names`` the article columns: each article column
    the table lacks, from the first field of :data:`FIELD_ALIASES` (or ``fields``) it has."""
    plained = _plained(names)
    renames: dict[str, str] = {}
    for key in ARTICLE_KEYS:
        if key in names:
            continue
        name = _field({}, key, fields or {}, plained)
        if name is not None and name not in renames and name not in ARTICLE_KEYS:
            renames[name] = key
    return renames


def _records(path: Path, report: _Report, max_bytes: int, root: Path | None,
             encodings: list[Encoding] | None = None,
             data: bytes | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(record label, record)`` for every readable record of a JSON/JSONL/CSV/TSV file; a bad
    record is named in the skip report and costs that record only. The encoding the file was
    read with is appended to ``encodings``. ``data``: the bytes of a file read from a zip archive."""
    suffix = path.suffix.lower()
    encodings = [] if encodings is None else encodings
    if suffix in (".jsonl", ".ndjson"):
        for number, line in _iter_lines(path, max_bytes, root, newline="\n", encoding=encodings, data=data):
            if line is None:
                report.skip(f"{path}:{number}", f"record too large (line over max_bytes={max_bytes:,})")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as exc:
                report.skip(f"{path}:{number}", f"malformed JSON line ({type(exc).__name__}: {exc})"[:200])
                continue
            if not isinstance(record, dict):
                report.skip(f"{path}:{number}", "JSON line is not an object")
                continue
            yield str(number), record
    elif suffix == ".json":
        text, encoding = decode_text(data if data is not None else _read_bytes(path, max_bytes, root))
        encodings.append(encoding)
        for number, record in _json_records(text):
            if isinstance(record, dict):
                yield str(number), record
            else:
                report.skip(f"{path}:{number}", "JSON nested too deeply" if record is _TOO_DEEP
                            else "JSON record is not an object")
    else:
        yield from _csv_records(path, report, max_bytes, root, "\t" if suffix == ".tsv" else ",", encodings, data)


_TOO_DEEP = object()
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_SPACE = re.compile(r"\s*")


def _json_records(text: str) -> Iterator[tuple[int, Any]]:
    """The records of a JSON document: a list of objects, an object wrapping one
    (``{"articles": [...]}``) or one object. When one record is nested too deeply for the parser,
    the list is read item by item and that item alone comes as ``_TOO_DEEP``."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield from _json_items(text)
        return
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON ({exc})") from None
    if isinstance(data, dict):
        inner = _record_list(data)
        data = inner if inner is not None else [data]
    if not isinstance(data, list):
        raise ValueError("JSON holds neither an object nor a list of objects")
    yield from enumerate(data, 1)


# Where a news API's response holds its articles: a list under one of these keys, at the top or
# inside the objects wrapping it (the Guardian's {"response": {"results": [...]}}, Event
# Registry's {"articles": {"results": [...]}}, Solr's {"response": {"docs": [...]}}).
_RECORD_LISTS = ("articles", "records", "data", "items", "documents", "results", "docs")
_WRAPPERS = ("response", "articles", "data", "result")


def _record_list(data: Mapping[str, Any], depth: int = 2) -> list | None:
    """The list of records of the JSON object ``data`` (looked for ``depth`` wrappers down), or None."""
    found = next((data[k] for k in _RECORD_LISTS if isinstance(data.get(k), list)), None)
    for key in _WRAPPERS if found is None and depth else ():
        if isinstance(data.get(key), dict) and (found := _record_list(data[key], depth - 1)) is not None:
            break
    return found


def _json_items(text: str) -> Iterator[tuple[int, Any]]:
    """Items of a top-level JSON list one by one; an item too deep to parse is stepped over by
    its brackets (outside strings) and comes as ``_TOO_DEEP``."""
    decoder = json.JSONDecoder()
    pos = _SPACE.match(text).end()
    if not text.startswith("[", pos):
        raise ValueError("JSON nested too deeply")
    pos = _SPACE.match(text, pos + 1).end()
    number = 0
    while not text.startswith("]", pos):
        number += 1
        try:
            value, pos = decoder.raw_decode(text, pos)
        except RecursionError:
            value, pos = _TOO_DEEP, _value_end(text, pos)
        except json.JSONDecodeError as exc:
            raise ValueError(f"malformed JSON ({exc})") from None
        yield number, value
        pos = _SPACE.match(text, pos).end()
        if text.startswith(",", pos):
            pos = _SPACE.match(text, pos + 1).end()
        elif not text.startswith("]", pos):
            raise ValueError(f"malformed JSON (expected ',' or ']' at character {pos})")


def _value_end(text: str, pos: int) -> int:
    depth = 0
    for token in _JSON_TOKEN.finditer(text, pos):
        kind = token.group()
        if kind in "[{":
            depth += 1
        elif kind in "]}":
            depth -= 1
            if depth == 0:
                return token.end()
    raise ValueError("malformed JSON (unbalanced brackets)")


_SEP_HINT = re.compile(r"sep=(.)", re.I)


def _csv_records(path: Path, report: _Report, max_bytes: int, root: Path | None, delimiter: str,
                 encodings: list[Encoding], data: bytes | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Records of a CSV/TSV file, parsed by the csv module. A record is the lines up to where its
    quotes balance (RFC 4180: a line break inside quotes belongs to the field). A record that does
    not parse into the header's fields (an unbalanced quote that swallowed the lines after it, a
    stray field) is reported by its number and its later lines are read again as records, so a
    bad record costs that record only. A record over ``max_bytes`` is stepped over unread. A
    ``.csv`` whose header is one field holding a semicolon (or a tab) is read with that delimiter,
    as is one whose first line names it ("sep=;", which Excel writes and reads)."""
    csv.field_size_limit(max(max_bytes, 131072))
    lines = _iter_lines(path, max_bytes, root, encoding=encodings, data=data)
    pending: list[tuple[int, str | None]] = []
    header: list[str] | None = None
    number = 0
    while True:
        record, too_large = _csv_record(lines, pending, max_bytes)
        if record is None:
            break
        number += 1
        if too_large:
            report.skip(f"{path}:{number}", f"record too large (line over max_bytes={max_bytes:,})"
                        if len(record) == 1 else f"record too large (lines {record[0][0]}-{record[-1][0]}, "
                        f"over max_bytes={max_bytes:,})")
            continue
        if header is None and number == 1 and (hint := _SEP_HINT.fullmatch(record[0][1].rstrip("\r\n"))):
            delimiter = hint[1]     # Excel's first line "sep=;" names the delimiter; no field names
            continue
        values = _csv_values([line for _, line in record], delimiter, header)
        if values is None and len(record) > 1:
            # Read the first line alone; the lines after it are records of their own.
            pending.extend(reversed(record[1:]))
            record = record[:1]
            values = _csv_values([record[0][1]], delimiter, header)
        if header is None:
            if values is None:
                raise ValueError("malformed CSV header")
            if len(values) == 1 and delimiter == ",":
                # Spreadsheets of locales that write a decimal comma (Excel in German, French, Dutch ...)
                # save "CSV" with semicolons: a header of one field holding one names the delimiter.
                delimiter = next((mark for mark in (";", "\t") if mark in values[0]), delimiter)
                values = _csv_values([line for _, line in record], delimiter, None) or values
            header = _unique(values)
            continue
        if values is None:
            fields = _csv_values([record[0][1]], delimiter, None) or []
            unbalanced = record[0][1].count('"') % 2
            report.skip(f"{path}:{number}", "malformed CSV row (unterminated quote)" if unbalanced
                        else f"malformed CSV row ({len(fields)} fields, header has {len(header)})")
            continue
        if any(v.strip() for v in values):
            yield str(number), dict(zip(header, values))
    if header is None:
        raise ValueError("empty file")


def _unique(names: list[str]) -> list[str]:
    """Field names made unique as pandas makes them: a second "title" is "title.1", so each
    column is kept (a record's dict held the last of two columns of one name, the first lost)."""
    taken = set(names)
    unique: list[str] = []
    for name in names:
        new, count = name, 0
        while new in unique or (new != name and new in taken):
            count += 1
            new = f"{name}.{count}"
        unique.append(new)
    return unique


def _csv_record(lines: Iterator[tuple[int, str | None]], pending: list[tuple[int, str | None]],
                max_bytes: int) -> tuple[list[tuple[int, str]] | None, bool]:
    """The next record's numbered lines (None at the end of the file) and whether it is over
    ``max_bytes`` (its lines then are not kept)."""
    record: list[tuple[int, str]] = []
    quotes = size = 0
    while True:
        item = pending.pop() if pending else next(lines, None)
        if item is None:
            return (record or None), False
        number, line = item
        if line is None:                  # a single line over max_bytes, never held whole
            if not record:
                return [(number, "")], True
            record.append((number, ""))
            return _rest_of(lines, pending, record, quotes), True
        record.append((number, line))
        quotes += line.count('"')
        size += len(line)
        if size > max_bytes:
            return _rest_of(lines, pending, record, quotes), True
        if quotes % 2 == 0:
            return record, False


def _rest_of(lines, pending, record, quotes) -> list[tuple[int, str]]:
    """Step over the rest of a record too large to keep: up to where its quotes balance."""
    last = record[-1][0]
    while quotes % 2:
        item = pending.pop() if pending else next(lines, None)
        if item is None:
            break
        last = item[0]
        quotes += (item[1] or "").count('"')
    return [(record[0][0], ""), (last, "")]


def _csv_values(lines: list[str], delimiter: str, header: list[str] | None) -> list[str] | None:
    """The fields of one record, or None when ``lines`` are not exactly one well-formed record
    (with the header's number of fields, once the header is known)."""
    try:
        rows = [row for row in csv.reader(lines, delimiter=delimiter, strict=True)]
    except csv.Error:
        return None
    if len(rows) != 1:
        return [] if not rows else None
    if header is not None and rows[0] and len(rows[0]) != len(header):
        return None
    return rows[0]


def read(src: Source) -> Iterator[dict[str, Any]]:
    """Article rows of a record file: one per record with a text."""
    encodings: list[Encoding] = []
    pairs = _records(src.file, src.report, src.max_bytes, src.real_root, encodings, src.data)
    yield from articles(src, pairs, lambda: encodings[0] if encodings else None, src.file.suffix.lower().lstrip("."))


def tab_table(text: str, fields: Mapping[str, str]) -> bool:
    """Whether a text file is a table of articles saved as text (a spreadsheet's "Text (Tab
    delimited)" or "Unicode Text" save, named .txt): a first line of tab-separated field names, one
    of them the text's (:data:`FIELD_ALIASES`, or ``fields``), and a second line of fields too."""
    lines = text[:_HEAD_CHARS].split("\n", 2)
    if len(lines) < 2 or "\t" not in lines[0] or "\t" not in lines[1]:
        return False
    names = [name.strip().strip('"') for name in lines[0].split("\t")]
    return _field({}, "text", fields, _plained(names)) is not None


def read_tab_text(src: Source, kind: str) -> Iterator[dict[str, Any]]:
    """Article rows of a table of articles saved as text (:func:`tab_table`), as of a ``.tsv``."""
    encodings: list[Encoding] = []
    pairs = _csv_records(src.file, src.report, src.max_bytes, src.real_root, "\t", encodings, src.data)
    yield from articles(src, pairs, lambda: encodings[0] if encodings else None, kind)


def articles(src: Source, pairs: Iterable[tuple[str, Mapping[str, Any]]],
             encoding: Callable[[], Encoding | None], kind: str) -> Iterator[dict[str, Any]]:
    """Article rows of ``(label, record)`` pairs (from a record file or a table): one per record
    with a text; the others named in the skip report, once for the file where no record has a
    text field. ``kind``: the ``format`` column."""
    reported = len(src.report.skipped)
    found = False
    # The fields' mapping to article columns, once per set of field names (a CSV file has one; JSON
    # records, a few): building it for every record was about a fifth of reading the records.
    schemas: dict[tuple, tuple[tuple[str, Any], ...]] = {}
    # Records without a text field, held until one with a text field comes: a file of none (a list
    # of links, a news monitor's story list) is reported once, not record by record.
    held: list[str] = []
    held_fields: tuple = ()
    text_fields = False
    for label, record in pairs:
        found = True
        try:
            record = _flat(record)
            schema = tuple(record)
            names = schemas.get(schema)
            if names is None:
                if len(schemas) >= 1024:  # records of ever new fields: keep the memory bounded
                    schemas.clear()
                names = schemas[schema] = _field_names(schema, src.fields)
            row = _record_row(record, src.fields, names)
        except RecursionError:
            src.skip(label, "record nested too deeply")
            continue
        if not text_fields and dict(names)["text"] is None:
            held_fields = held_fields or schema
            held.append(label)
            continue
        if not text_fields:
            text_fields = True
            for earlier in held:
                src.skip(earlier, "record has no text")
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            src.skip(label, "record has no text")
            continue
        if len(text) > src.max_bytes:
            src.skip(label, f"record too large ({len(text):,} characters)")
            continue
        row["text"] = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
        markup = "<" in text and _MARKUP.search(text) is not None
        if markup:
            _without_markup(row)
        row["format"] = kind
        row = src.article(label, row, encoding())
        if markup:
            row["repairs"] = "; ".join(filter(None, [row.get("repairs"), "HTML markup removed"]))
        cut = _CUT_BY_SOURCE.search(row["text"])
        if cut:
            # A news API's excerpt ("... will… [+1834 chars]"): the marker is no text, and the cut is said.
            row["text"] = row["text"][:cut.start()]
            note = f"text cut by its source, {int(cut[1]):,} characters not given (an excerpt, not the article)"
            row["repairs"] = "; ".join(filter(None, [row.get("repairs"), note]))
        yield row
    if held:
        src.skip(None, _no_text_field(held_fields, len(held)))
    if not found and len(src.report.skipped) == reported:
        src.skip(None, "no records")


# A text field holding the article as HTML (the Guardian API's body, WordPress's content, a
# scraper's export): a tag of a paragraph, a line break or a passage inside it.
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|"
                     r"table|tr|td)\b[^<>]*>", re.I)


def _without_markup(row: dict[str, Any]) -> None:
    """``row``'s text (HTML) as the words a reader sees, each paragraph apart; its title, from the
    same source, without tags and with its character references read (``&#8217;``)."""
    row["text"] = block_text(row["text"])
    title = row.get("title")
    if isinstance(title, str) and ("<" in title or "&" in title):
        row["title"] = block_text(f"<p>{title}</p>") if title.strip() else title


# NewsAPI's "content" is the article's first 200 characters and how many more there are.
_CUT_BY_SOURCE = re.compile(r"\s*\[\+(\d+) chars\]\s*$")
_NAME_THE_TEXT = 'name the field holding the text with fields={"text": NAME}'


@lru_cache(maxsize=1)
def _textless_lists() -> list[tuple[frozenset[str], str]]:
    """(plain field names, what a file of them is) from ``data/corpus_textless_lists.tsv``."""
    return [(frozenset(names.split()), what) for names, what in data_rows("corpus_textless_lists.tsv")]


def _no_text_field(names: tuple, count: int) -> str:
    """Why a file of ``count`` records with the fields ``names``, none of them a text, is skipped:
    what the file is where its fields tell (``data/corpus_textless_lists.tsv``), else how to name
    the text's field."""
    shown = ", ".join(map(str, names[:8])) + (", ..." if len(names) > 8 else "")
    reason = f"no text field in its {count:,} record{'s' if count > 1 else ''} (fields: {shown})"
    plained = set(_plained(names))
    what = next((what for needed, what in _textless_lists() if needed <= plained), None)
    if what is None and any(str(name).startswith(("http://", "https://")) for name in names):
        # A GDELT events or GKG file has no header row: its first row is read as the field names.
        what = ("its first row holds data, not field names (a GDELT events or GKG file has none, and no "
                "article text: fetch the pages of its URLs and load those)")
    return f"{reason}: {what or _NAME_THE_TEXT}"
