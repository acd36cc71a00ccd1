"""Hostile and broken corpora, generated at test time (never committed as large files).

Each builder writes one kind of bad input into a folder, beside good articles, and returns an
:class:`Expected`: the doc_ids that must load (with a phrase their text must contain) and the
files or records that must land in the skip report (with a pattern their reason must match).
Every text is fictional.

Example::

    >>> expected = BUILDERS["empty"](tmp_path)                # doctest: +SKIP
    >>> load_corpus(tmp_path)                                 # doctest: +SKIP
"""

from __future__ import annotations

import gzip
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

__all__ = [
    "BUILDERS", "Expected", "article", "big", "binary", "csv_records", "deep_json", "empty", "encodings",
    "high_bytes", "html", "links", "locked", "names", "nul_bytes", "record_encodings", "records", "sidecar",
    "sidecar_articles", "sidecar_link", "unreadable", "write_big_file", "write_jsonl",
]

MB = 1 << 20


@dataclass
class Expected:
    """What a load of the folder must give: ``good`` doc_id -> phrase in its text, ``skipped``
    path (as the report shows it) -> regex its reason matches."""

    good: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


def article(n: int | str, topic: str = "harbour bridge") -> str:
    """A short fictional wire article whose body names ``n`` (so no two are duplicates)."""
    return (f"Nordland council votes on the {topic}, item {n}\n\n"
            f"PORT AMSEL (Reuters) - The council of Port Amsel voted on the {topic} on Tuesday, "
            f"item {n} of the agenda. “We will build it,” said Premier Alda Voss.\n\n"
            f"The vote was close, officials said.\n")


def _good(folder: Path, name: str, n: int | str, exp: Expected, **kw) -> None:
    (folder / f"{name}.txt").write_text(article(n, **kw), encoding="utf-8")
    exp.good[name] = f"item {n} of the agenda"


def empty(folder: Path) -> Expected:
    exp = Expected()
    _good(folder, "good", "empty-1", exp)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_bytes(b"   \n\t\n  \r\n\r\r  \x0c\n")
    (folder / "nbsp.txt").write_text("\u00a0\u2003\n\u3000 \n", encoding="utf-8")
    (folder / "headline_only.txt").write_text("# A Markdown headline and nothing else\n", encoding="utf-8")
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "empty.json").write_bytes(b"\n \n")
    (folder / "empty.csv").write_bytes(b"")
    (folder / "blank.jsonl").write_bytes(b"\n\r\n  \n")
    exp.skipped.update({
        str(folder / "empty.txt"): "empty",
        str(folder / "blank.md"): "no article text",
        str(folder / "nbsp.txt"): "no article text",
        str(folder / "headline_only.txt"): "no article text",
        str(folder / "empty.jsonl"): "empty",
        str(folder / "empty.json"): "empty|malformed JSON",
        str(folder / "empty.csv"): "empty",
        str(folder / "blank.jsonl"): "no records",
    })
    return exp


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256))


def binary(folder: Path) -> Expected:
    exp = Expected()
    _good(folder, "good", "binary-1", exp)
    rng = random.Random(8)
    files = {
        "photo.txt": _PNG * 40,
        "scan.html": _JPEG * 10,
        "report.md": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "noise.txt": rng.randbytes(8192),
        "archive.jsonl": gzip.compress(b'{"text": "hidden in a gzip"}\n' * 50, mtime=0),
        "program.csv": b"\x7fELF\x02\x01\x01\x00" + rng.randbytes(2048),
        "zipped.json": b"PK\x03\x04" + rng.randbytes(512),
        "controls.txt": bytes(rng.choice(range(1, 9)) for _ in range(4000)),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
        exp.skipped[str(folder / name)] = "binary"
    (folder / "picture.png").write_bytes(_PNG)
    exp.skipped[str(folder / "picture.png")] = "unsupported file type"
    return exp


def encodings(folder: Path) -> Expected:
    exp = Expected()
    body = article("enc-truncated", topic="café “bridge” — plan…")
    data = body.encode("utf-8") + "Zoë".encode("utf-8")[:-1]       # cut inside the last character
    (folder / "truncated.txt").write_bytes(data)
    exp.good["truncated"] = "café “bridge” — plan…"
    one_bad = article("enc-one-bad-byte", topic="café “bridge”").encode("utf-8").replace(b"voted", b"vo\xc3ted")
    (folder / "one_bad_byte.txt").write_bytes(one_bad)
    exp.good["one_bad_byte"] = "Port Amsel vo\ufffdted on the café “bridge”"
    for name, codec in (("utf16le", "utf-16-le"), ("utf16be", "utf-16-be")):
        (folder / f"{name}.txt").write_bytes(article(name, topic="“quoted” bridge — now").encode(codec))
        exp.good[name] = f"“quoted” bridge — now on Tuesday, item {name}"
    (folder / "cp1252.txt").write_bytes(article("enc-cp1252", topic="“smart” bridge").encode("cp1252"))
    exp.good["cp1252"] = "“smart” bridge"
    mixed = ("Mixed endings headline\r\n\r\nFirst paragraph one.\rSecond paragraph, item mixed-1 of "
             "the agenda.\n\nThird paragraph.\r\n\r\rFourth.\r")
    (folder / "mixed_endings.txt").write_bytes(mixed.encode("utf-8"))
    exp.good["mixed_endings"] = "Second paragraph, item mixed-1 of the agenda.\n\nThird paragraph.\n\n\nFourth."
    (folder / "bom_jsonl.jsonl").write_bytes(
        "\ufeff".encode("utf-8") + json.dumps({"id": "r", "text": "A BOM record, item bom-1 of the agenda."}).encode()
        + b"\r\n" + b'{"id": "bad", "text": "invalid \xff\xfe bytes, item bom-2 of the agenda."}\n')
    exp.good["bom_jsonl/r"] = "item bom-1 of the agenda"
    exp.good["bom_jsonl/bad"] = "item bom-2 of the agenda"
    return exp


def write_big_file(path: Path, size: int, head: bytes = b"", tail: bytes = b"") -> None:
    """A ``size``-byte file written sparsely: ``head`` at the start, ``tail`` at the end, a hole
    (zero bytes the file system does not store) between."""
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size - len(tail))
        fh.seek(size - len(tail))
        fh.write(tail)


def big(folder: Path, size: int = 200 * MB) -> Expected:
    exp = Expected()
    _good(folder, "good", "big-1", exp)
    write_big_file(folder / "huge.txt", size, head=article("huge").encode())
    exp.skipped[str(folder / "huge.txt")] = "too large"
    write_big_file(folder / "huge.json", size, head=b'[{"text": "', tail=b'"}]')
    exp.skipped[str(folder / "huge.json")] = "too large"
    # One record with a 200 MB line between two good ones: the line is capped, not read whole.
    with open(folder / "huge.jsonl", "wb") as fh:
        fh.write(json.dumps({"id": "a", "text": "Before the giant, item big-2 of the agenda."}).encode() + b"\n")
        fh.write(b'{"id": "giant", "text": "' + b"x" * 1024)
        fh.seek(size)
        fh.write(b'"}\n' + json.dumps({"id": "b", "text": "After the giant, item big-3 of the agenda."}).encode() + b"\n")
    exp.good["huge/a"] = "item big-2 of the agenda"
    exp.good["huge/b"] = "item big-3 of the agenda"
    exp.skipped[f"{folder / 'huge.jsonl'}:2"] = "too large"
    with open(folder / "huge.csv", "wb") as fh:
        fh.write(b'id,text\nc,"Before the giant cell, item big-4 of the agenda."\ngiant,"' + b"y" * 1024)
        fh.seek(size)
        fh.write(b'"\nd,"After the giant cell, item big-5 of the agenda."\n')
    exp.good["huge/c"] = "item big-4 of the agenda"
    exp.good["huge/d"] = "item big-5 of the agenda"
    exp.skipped[f"{folder / 'huge.csv'}:3"] = "too large"
    return exp


_BAD_LINES = (
    b'{"id": "x", "text": "cut off in the mid',
    b"[1, 2, 3]",
    b'"just a string"',
    b'{"id": "x", "title": "no text here"}',
    b'{"id": "x", "text": 42}',
    b"{'single': 'quotes'}",
    b'{"id": "x", "text": "raw \x00 nul",}',  # a NUL is repaired; the trailing comma is not
    b"\x89PNG\r\x1a garbage",
    b"1" * 5000,
    b"[" * 50_000 + b"]" * 50_000,
    b'{"id": "x", "text": "ok", }',
)


def write_jsonl(path: Path, lines: int, bad_every: int = 997) -> tuple[int, list[int]]:
    """A JSONL file of ``lines`` records, every ``bad_every``-th malformed in one of several ways.
    Returns the number of good records and the (1-based) numbers of the bad lines."""
    bad: list[int] = []
    good = 0
    with open(path, "wb", buffering=4 * MB) as fh:
        chunk: list[bytes] = []
        for number in range(1, lines + 1):
            if number % bad_every == 0:
                chunk.append(_BAD_LINES[(number // bad_every) % len(_BAD_LINES)])
                bad.append(number)
            else:
                good += 1
                chunk.append(b'{"id": "r%d", "title": "Record %d", "published": "2031-03-%02d", '
                             b'"text": "Port Amsel record %d says the council met, item %d of the agenda."}'
                             % (number, number, number % 28 + 1, number, number))
            if len(chunk) >= 10_000:
                fh.write(b"\n".join(chunk) + b"\n")
                chunk.clear()
        if chunk:
            fh.write(b"\n".join(chunk) + b"\n")
    return good, bad


def records(folder: Path) -> Expected:
    """CSV with NULs, quotes and newlines in fields; odd JSON values; deep nesting."""
    exp = Expected()
    csv_bytes = (b'id,title,text,published\r\n'
                 b'nul,"Nul title","Text with a \x00 NUL byte, item csv-1 of the agenda.",2031-03-01\r\n'
                 b'quotes,"A ""quoted"" title","He said ""no"", then ""yes"", item csv-2 of the agenda.",\r\n'
                 b'lines,Lines,"First line,\r\nsecond line\nthird line, item csv-3 of the agenda.",not a date\r\n'
                 b'short,only two\r\n'
                 b'empty,,,\r\n'
                 b'\r\n'
                 b'extra,T,"Item csv-4 of the agenda, with a comma",2031-03-02,surplus\r\n'
                 b'last,"Unterminated","runs to the end of the file, item csv-5 of the agenda.\n')
    (folder / "tricky.csv").write_bytes(csv_bytes)
    exp.good.update({"tricky/nul": "Text with a  NUL byte, item csv-1 of the agenda.",
                     "tricky/quotes": 'He said "no", then "yes", item csv-2',
                     "tricky/lines": "First line,\nsecond line\nthird line, item csv-3"})
    exp.skipped.update({f"{folder / 'tricky.csv'}:5": "malformed CSV row",
                        f"{folder / 'tricky.csv'}:6": "no text",
                        f"{folder / 'tricky.csv'}:8": "malformed CSV row",
                        f"{folder / 'tricky.csv'}:9": "malformed CSV|unterminated|no text"})
    (folder / "tabs.tsv").write_bytes(b'id\ttext\nt1\t"Tab \t inside quotes, item tsv-1 of the agenda."\n')
    exp.good["tabs/t1"] = "Tab \t inside quotes, item tsv-1"
    odd = [
        {"id": "nested", "text": "Odd values, item json-1 of the agenda.", "title": {"a": [1, 2]},
         "author": ["Ida Kell", {"x": 1}], "outlet": ["Umberton Gazette"], "url": 7},
        {"id": "dates", "text": "Odd dates, item json-2 of the agenda.", "published": 1e300},
        {"id": "dates2", "text": "Odd dates, item json-3 of the agenda.", "published": {"y": 2031}},
        {"id": "dates3", "text": "Odd dates, item json-4 of the agenda.", "published": "31/02/2031 25:61"},
        {"id": "dates4", "text": "Odd dates, item json-5 of the agenda.", "published": -1e20},
        {"id": "surrogate", "text": "A lone \ud800 surrogate, item json-6 of the agenda.", "title": "\udcff"},
        {"id": ["list", "id"], "text": "A list as id, item json-7 of the agenda."},
        {"id": None, "text": "A null id, item json-8 of the agenda.", "published": None},
        {"text": "   "},
        {"id": "num", "text": 3.14},
        "not an object",
    ]
    (folder / "odd.json").write_text(json.dumps(odd), encoding="utf-8")
    exp.good.update({"odd/nested": "item json-1", "odd/dates": "item json-2", "odd/dates2": "item json-3",
                     "odd/dates3": "item json-4", "odd/dates4": "item json-5",
                     "odd/surrogate": "A lone \ufffd surrogate, item json-6",
                     "odd/list; id": "item json-7", "odd/8": "item json-8"})
    exp.skipped.update({f"{folder / 'odd.json'}:9": "no text", f"{folder / 'odd.json'}:10": "no text",
                        f"{folder / 'odd.json'}:11": "not an object"})
    (folder / "deep.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    exp.skipped[f"{folder / 'deep.json'}:1"] = "nested too deeply"
    deep_field = b'{"id": "deep", "text": "deep", "meta": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"}"
    (folder / "deep.jsonl").write_bytes(
        deep_field + b"\n" + json.dumps({"id": "ok", "text": "Shallow, item jsonl-1 of the agenda."}).encode() + b"\n"
        + b"1" * 6000 + b"\n")
    exp.good["deep/ok"] = "item jsonl-1"
    exp.skipped.update({f"{folder / 'deep.jsonl'}:1": "malformed JSON|nested", f"{folder / 'deep.jsonl'}:3": "malformed"})
    (folder / "scalar.json").write_text('"a bare string"', encoding="utf-8")
    exp.skipped[str(folder / "scalar.json")] = "neither an object nor a list"
    return exp


_HOSTILE_HEAD = """<!DOCTYPE html>
<html><head><title>Harbour bridge opens in Port Amsel</title>
<meta http-equiv="refresh" content="0; url=http://example.invalid/steal">
<base href="http://example.invalid/">
<link rel="stylesheet" href="http://example.invalid/style.css">
<script src="http://example.invalid/tracker.js"></script>
<script>fetch("http://example.invalid/beacon"); document.write("INJECTED SCRIPT TEXT");</script>
</head><body onload="alert('ONLOAD RAN')">
<iframe src="http://example.invalid/frame" srcdoc="<p>IFRAME TEXT</p>"></iframe>
<form action="http://example.invalid/post" method="post"><label>FORM LABEL TEXT</label>
<input name="q" value="FORM VALUE"><button>Submit</button></form>
<img src="http://example.invalid/pixel.gif" onerror="alert('IMG')">
"""
_BODY = """<article><h1>Harbour bridge opens in Port Amsel</h1>
<p>The harbour bridge of Port Amsel opened on Tuesday after three years of work, {item} of the
agenda, officials in the fictional town of Nordland said.</p>
<p>“It was worth every krona,” said Premier Alda Voss, who cut the ribbon in front of a crowd of
several hundred residents and workers.</p>
<p>The council will review the final costs of the project at its next meeting in April.</p>
</article>
"""


def html(folder: Path) -> Expected:
    exp = Expected()
    page = _HOSTILE_HEAD + _BODY.format(item="item html-1") + "<script>evil()</script></body></html>"
    (folder / "scripts.html").write_text(page, encoding="utf-8")
    exp.good["scripts"] = "item html-1 of the\nagenda|item html-1 of the agenda"
    deep = ("<html><body>" + "<div>" * 10_000 + _BODY.format(item="item html-2") + "</div>" * 10_000
            + "</body></html>")
    (folder / "deep_nesting.html").write_text(deep, encoding="utf-8")
    # libxml2's HTML parser stops at a tree depth of 256 (2048 with huge_tree): the text inside is
    # out of reach, and the file is reported rather than lost silently.
    exp.skipped[str(folder / "deep_nesting.html")] = "no main text"
    nested = "<html><body>" + "<div><section>" * 100 + _BODY.format(item="item html-4") + "</section></div>" * 100
    (folder / "nested_200.html").write_text(nested + "</body></html>", encoding="utf-8")
    exp.good["nested_200"] = "item html-4 of the\nagenda|item html-4 of the agenda"
    unclosed = "<html><body>" + "<span><b><i>" * 10_000 + "nothing to read"
    (folder / "unclosed.htm").write_text(unclosed, encoding="utf-8")
    exp.skipped[str(folder / "unclosed.htm")] = "no main text|no article text"
    # Entity expansion ("billion laughs") and an external entity naming a local file.
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY lol "lollollollollollollollollollol">\n'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                        for i in range(1, 10))
              + '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<html><body><p>&lol9; &xxe;</p>'
              + _BODY.format(item="item html-3") + "</body></html>")
    (folder / "entities.xhtml").write_text(laughs, encoding="utf-8")
    exp.good["entities"] = "item html-3 of the\nagenda|item html-3 of the agenda"
    return exp


def unreadable(folder: Path) -> Expected:
    """Things that are not regular readable files, even for root: FIFOs and folders named like
    articles."""
    exp = Expected()
    _good(folder, "good", "unreadable-1", exp)
    for name in ("feed.txt", "feed.jsonl", "feed.html"):
        os.mkfifo(folder / name)
        exp.skipped[str(folder / name)] = "not a regular file"
    looks = folder / "folder.txt"
    looks.mkdir()
    _good(looks, "inside", "unreadable-2", exp)
    exp.good["folder.txt/inside"] = exp.good.pop("inside")
    return exp


def locked(folder: Path) -> Expected:
    """A file and a folder with mode 000 (only meaningful when not running as root)."""
    exp = Expected()
    _good(folder, "good", "locked-1", exp)
    (folder / "locked.txt").write_text(article("locked"), encoding="utf-8")
    (folder / "locked.txt").chmod(0)
    exp.skipped[str(folder / "locked.txt")] = "unreadable"
    (folder / "closed").mkdir()
    (folder / "closed" / "inner.txt").write_text(article("closed"), encoding="utf-8")
    (folder / "closed").chmod(0)
    exp.skipped[str(folder / "closed")] = "unreadable folder"
    return exp


def links(folder: Path, outside: Path) -> Expected:
    """Symlink loops, broken links, links out of the corpus (to a secret file beside it and to
    /etc/passwd and /dev/zero), a folder link out, and a link inside (a duplicate)."""
    exp = Expected()
    _good(folder, "good", "links-1", exp)
    outside.mkdir(exist_ok=True)
    secret = outside / "secret.txt"
    secret.write_text(article("SECRET-OUTSIDE"), encoding="utf-8")
    (outside / "more.txt").write_text(article("SECRET-FOLDER"), encoding="utf-8")
    pairs = {
        "loop_a.txt": "loop_b.txt", "loop_b.txt": "loop_a.txt", "self.txt": "self.txt",
        "broken.txt": "does-not-exist.txt", "secret.txt": str(secret),
        "relative_escape.txt": os.path.relpath(secret, folder),
        "passwd.txt": "/etc/passwd", "zero.txt": "/dev/zero",
    }
    for name, target in pairs.items():
        (folder / name).symlink_to(target)
    for name in ("loop_a.txt", "loop_b.txt", "self.txt", "broken.txt"):
        exp.skipped[str(folder / name)] = "broken or looping"
    for name in ("secret.txt", "relative_escape.txt", "passwd.txt", "zero.txt"):
        exp.skipped[str(folder / name)] = "outside the corpus"
    sub = folder / "sub"
    sub.mkdir()
    (sub / "up").symlink_to("..", target_is_directory=True)
    (sub / "out").symlink_to(outside, target_is_directory=True)
    # A folder of articles linked in from elsewhere (corpus/2031 -> /archive/2031) was left out
    # without a word; the link inside (sub/up) is read where it points.
    exp.skipped[str(sub / "out")] = "symbolic link to a folder outside the corpus folder"
    (folder / "same.txt").symlink_to("good.txt")
    exp.skipped[str(folder / "same.txt")] = "duplicate of (.*/)?good$"
    return exp


def sidecar(folder: Path) -> Expected:
    """A metadata sidecar whose keys name files outside the folder and absolute paths."""
    exp = Expected()
    _good(folder, "good", "sidecar-1", exp)
    _good(folder, "passwd", "sidecar-2", exp)
    rows = [
        ("good.txt", "Umberton Gazette", "2031-05-02"),
        ("../../etc/passwd", "Outside Outlet", "2031-05-03"),
        ("/etc/shadow", "Absolute Outlet", ""),
        ("C:\\Windows\\system.ini", "Windows Outlet", ""),
        ("file:///etc/hosts", "URL Outlet", ""),
        ("", "No Key Outlet", ""),
    ]
    # No text column: a file named metadata.csv with one holds articles, not metadata.
    lines = ["filename,outlet,published,source_file,path"]
    lines += [f'"{key}","{outlet}",{published},/etc/passwd,/etc/passwd' for key, outlet, published in rows]
    (folder / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Keys are names only: the paths' last names match no file, and the report says so.
    exp.skipped[str(folder / "metadata.csv")] = (r"rows name 3 file\(s\) the corpus does not hold: "
                                                 r"hosts, shadow, system;")
    return exp


def names(folder: Path) -> Expected:
    """File names with newlines, tabs, non-UTF-8 bytes, leading dashes and 250-byte names."""
    exp = Expected()
    raw_names = [b"line\nbreak.txt", b"tab\tname.md", b"caf\xe9-latin1.txt", b"bad\xff\xfebytes.txt",
                 b"-rf --no-preserve-root.txt", "e\u0301t\u00e9 \u65e5\u672c.txt".encode(),
                 b"n" * 246 + b".txt", b"back\\slash.txt", b"quote\"'.txt"]
    for i, raw in enumerate(raw_names):
        path = os.path.join(os.fsencode(folder), raw)
        with open(path, "wb") as fh:
            fh.write(article(f"name-{i}").encode())
        exp.good[_shown(os.fsdecode(raw).rsplit(".", 1)[0])] = f"item name-{i} of the agenda"
    return exp


def _shown(name: str) -> str:
    # The loader shows undecodable file-name bytes as backslash escapes (\xe9), so ids are text.
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# ---------------------------------------------------------------------------------------------
# issue 13: loader cases (each one a mechanism: record parsing, encoding detection, sidecars,
# JSON depth, NUL repair, text plausibility, links out, unreadable folders)

def csv_records(folder: Path, body_lines: int = 20_000) -> Expected:
    """A CSV with a quoted body spanning ``body_lines`` lines (~1.2 MB), and one with an
    unbalanced quote in row 10 of 1,000: each bad record costs that record only."""
    exp = Expected()
    body = "\n".join(f"Paragraph {i} of the long fictional council report on the harbour bridge." for i in range(body_lines))
    with open(folder / "long.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write('id,title,text\nbefore,Before,"A short story, item long-1 of the agenda."\n')
        fh.write(f'report,The report,"{body} End of item long-2 of the agenda."\n')
        fh.write('after,After,"Another short story, item long-3 of the agenda."\n')
    exp.good.update({"long/before": "item long-1", "long/report": "End of item long-2 of the agenda.",
                     "long/after": "item long-3"})
    rows = ["id,title,text"]
    for i in range(1, 1001):
        # Unquoted fields, but row 10 opens a quote it never closes and row 501 quotes its text.
        text = f"Row {i} says the council met; item quote-{i} of the agenda."
        rows.append(f'r{i},Row {i},"{text}"' if i == 501 else
                    f'r{i},"Row {i} opens a quote and never closes it,{text}' if i == 10 else f"r{i},Row {i},{text}")
    (folder / "quotes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    exp.good.update({f"quotes/r{i}": f"item quote-{i} of" for i in range(1, 1001) if i != 10})
    exp.skipped[f"{folder / 'quotes.csv'}:11"] = "malformed CSV row"
    return exp


def record_encodings(folder: Path) -> Expected:
    """cp1252 CSV and JSON Lines, and BOM-less UTF-16 CSV: accents survive in every format."""
    exp = Expected()
    text = "Café owners in Umberton cheered the “new” bridge — item {n} of the agenda."
    (folder / "latin.csv").write_bytes(f'id,text\nc1,"{text.format(n="cp1252-csv")}"\n'.encode("cp1252"))
    (folder / "latin.jsonl").write_bytes(json.dumps({"id": "j1", "text": text.format(n="cp1252-jsonl")},
                                                    ensure_ascii=False).encode("cp1252") + b"\n")
    (folder / "wide.csv").write_bytes(f'id,text\nw1,"{text.format(n="utf16-csv")}"\n'.encode("utf-16-le"))
    exp.good.update({"latin/c1": "Café owners in Umberton cheered the “new” bridge — item cp1252-csv",
                     "latin/j1": "Café owners in Umberton cheered the “new” bridge — item cp1252-jsonl",
                     "wide/w1": "Café owners in Umberton cheered the “new” bridge — item utf16-csv"})
    return exp


def sidecar_articles(folder: Path) -> Expected:
    """Files named like sidecars that hold articles (a text column) are records."""
    exp = Expected()
    (folder / "metadata.csv").write_text('id,text\nm1,"Sidecar-named articles, item meta-1 of the agenda."\n',
                                         encoding="utf-8")
    (folder / "meta.jsonl").write_text(json.dumps({"id": "m2", "text": "Item meta-2 of the agenda."}) + "\n",
                                       encoding="utf-8")
    exp.good.update({"metadata/m1": "item meta-1", "meta/m2": "Item meta-2"})
    return exp


def deep_json(folder: Path) -> Expected:
    """A JSON list whose middle record is nested too deeply to parse: the others load."""
    exp = Expected()
    deep = b'{"id": "deep", "text": "x", "meta": ' + b'[' * 100_000 + b']' * 100_000 + b'}'
    good = [json.dumps({"id": f"g{i}", "text": f"Shallow record, item deep-{i} of the agenda."}).encode() for i in (1, 2)]
    (folder / "mixed.json").write_bytes(b"[" + good[0] + b", " + deep + b", " + good[1] + b"]")
    exp.good.update({"mixed/g1": "item deep-1", "mixed/g2": "item deep-2"})
    exp.skipped[f"{folder / 'mixed.json'}:2"] = "nested too deeply"
    return exp


def nul_bytes(folder: Path) -> Expected:
    """A single NUL byte in a .txt, .md, .html and .json file: removed, the file kept."""
    exp = Expected()
    (folder / "nul.txt").write_bytes(article("nul-txt").encode().replace(b"council", b"coun\x00cil", 1))
    (folder / "nul.md").write_bytes(article("nul-md").encode().replace(b"voted", b"vo\x00ted", 1))
    (folder / "nul.html").write_bytes(("<html><body><article>" + _BODY.format(item="item nul-html")
                                       + "</article></body></html>").encode().replace(b"<p>", b"<p>\x00", 1))
    (folder / "nul.json").write_bytes(b'[{"id": "n", "text": "Item nul-json of the agenda."}]\x00')
    # Same stem: doc_ids follow file-name order (html, json, md, txt).
    exp.good.update({"nul": "item nul-html", "nul#2": "voted on the harbour bridge",
                     "nul#3": "The council of Port Amsel", "nul/n": "Item nul-json"})
    return exp


def high_bytes(folder: Path) -> Expected:
    """Random bytes above 0x7F named .txt (none of them a hole of Windows-1252): not text."""
    exp = Expected()
    _good(folder, "good", "high-1", exp)
    rng = random.Random(13)
    holes = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    (folder / "noise.txt").write_bytes(bytes(rng.choice([b for b in range(0x80, 0x100) if b not in holes])
                                             for _ in range(4096)))
    exp.skipped[str(folder / "noise.txt")] = "not text"
    return exp


def sidecar_link(folder: Path, outside: Path) -> Expected:
    """A metadata.csv that is a link to a file outside the corpus, holding an api_key column."""
    exp = Expected()
    _good(folder, "good", "link-1", exp)
    outside.mkdir(exist_ok=True)
    (outside / "keys.csv").write_text("file,outlet,api_key\ngood.txt,Leaked Outlet,SECRET-API-KEY\n",
                                      encoding="utf-8")
    (folder / "metadata.csv").symlink_to(outside / "keys.csv")
    exp.skipped[str(folder / "metadata.csv")] = "outside the corpus"
    return exp


BUILDERS: dict[str, Callable[[Path], Expected]] = {
    "empty": empty, "binary": binary, "encodings": encodings, "records": records, "html": html,
    "unreadable": unreadable, "sidecar": sidecar, "names": names,
    "csv_records": csv_records, "record_encodings": record_encodings, "sidecar_articles": sidecar_articles,
    "deep_json": deep_json, "nul_bytes": nul_bytes, "high_bytes": high_bytes,
}
