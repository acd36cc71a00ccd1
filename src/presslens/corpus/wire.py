"""Plain-text and wire-style articles (``.txt``, ``.md``): headline, caption and credit lines
split from the body, and the publication date the text implies."""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from presslens.datafiles import data_rows, data_words

__all__ = ["TEXT_SUFFIXES", "first_date", "first_local_date", "infer_publication_date", "parse_wire_text",
           "time_of_day", "wire_body_span"]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<mo3>[01]\d)-(?P<d3>[0-3]\d)\b"
)
# A monthly's issue date, "Jun 2008", "October 2031": read as the month's first day.
_MONTH_YEAR = re.compile(rf"{_MONTH}\s+(?:19|20)\d\d")
_DATELINE = re.compile(rf"^[A-Z][A-Z .'\-]+,?\s+(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\b.{{0,40}}?[-–—]")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_CREDIT = re.compile(r"^(?:photo|image|picture|file photo|credit)s?\s*(?::|by)\s*\S", re.I)
_CAPTION_START = re.compile(r"^(?:file photo|photo|pictured|above|top|caption)\b", re.I)
_CREDIT_SUFFIX = re.compile(r"(?:\(|\b)(?:REUTERS|AP Photo|AFP|Getty Images|EPA)(?:/[^)]*)?\)?\s*$")


def _parse_date(match: re.Match) -> date | None:
    g = match.groupdict()
    try:
        if g.get("y3"):
            return date(int(g["y3"]), int(g["mo3"]), int(g["d3"]))
        month, day, year = (g["m1"], g["d1"], g["y1"]) if g.get("y1") else (g["m2"], g["d2"], g["y2"])
        return date(int(year), _MONTHS[month[:3].lower()], int(day))
    except (ValueError, KeyError, TypeError):
        return None


def _is_credit(line: str) -> bool:
    low = line.strip().strip("()[]").strip().lower()
    if low in data_words("corpus_credits.txt"):
        return True
    return bool(_CREDIT.match(line.strip())) or (
        len(line.split()) <= 6 and "/" in line
        and line.split("/")[0].strip().lower() in data_words("corpus_credits.txt")
    )


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", ":", ";", ","))


_LINE = re.compile(r"[^\n]+")
# Only the first and last lines of an article hold a headline, caption, credit or boilerplate:
# in a long text, lines are listed within this many characters of either end only.
_WINDOW = 65536


def _outer_lines(raw: str) -> list[tuple[int, str]]:
    """``(offset, line)`` of the non-blank lines of ``raw``, or of its first and last
    ``_WINDOW`` characters when it is longer (a 300 MB text is not split into lines whole)."""
    if len(raw) <= 2 * _WINDOW:
        spans = [(0, len(raw))]
    else:
        spans = [(0, max(0, raw.rfind("\n", 0, _WINDOW))), (raw.find("\n", len(raw) - _WINDOW), len(raw))]
    return [(m.start(), m.group()) for a, b in spans for m in _LINE.finditer(raw, a, b) if m.group().strip()]


def parse_wire_text(raw: str, title_hint: str | None = None) -> dict[str, Any]:
    """Split a plain-text export into ``title``, ``caption``, ``credit`` and the body ``text``.

    The family of exports this reads: the first line is the headline (``# Title`` in Markdown),
    sometimes repeated; a photo caption and a credit line ("Reuters", "Photo: AP") may follow
    before the body; a trailing lone boilerplate line ("Tags", "Share this article") ends it.
    ``title_hint`` (e.g. from metadata) identifies a first line that is the title even when it
    ends with a period. The body is kept as the original slice of ``raw``, so its layout survives.
    """
    row, (start, stop) = _split_wire(raw, title_hint)
    return {**row, "text": raw[start:stop]}


def wire_body_span(raw: str, title_hint: str | None = None) -> tuple[int, int]:
    """``(start, stop)``: where the body :func:`parse_wire_text` gives lies in ``raw`` (its
    ``text`` is ``raw[start:stop]``), so offsets into ``raw`` can be moved into the body."""
    return _split_wire(raw, title_hint)[1]


def _split_wire(raw: str, title_hint: str | None) -> tuple[dict[str, Any], tuple[int, int]]:
    lines = _outer_lines(raw)
    title = caption = credit = None
    i = 0
    if lines:
        first = lines[0][1].strip()
        md = re.match(r"^#{1,6}\s+(.*)$", first)
        hinted = title_hint and _norm(first) == _norm(str(title_hint))
        if md or hinted or (_looks_like_headline(first) and len(lines) > 1):
            title = md.group(1).strip() if md else first
            i = 1
    # A repeated headline, then at most a few lines of caption and credit, before the body.
    while i < len(lines) and title and _norm(lines[i][1]) == _norm(title):
        i += 1
    head_end = min(len(lines), i + 4)
    for j in range(i, head_end):
        line = lines[j][1].strip()
        if _is_credit(line):
            credit = line
            caption_lines = [lines[k][1].strip() for k in range(i, j)]
            if len(caption_lines) <= 2:
                caption = " ".join(caption_lines) or None
                i = j + 1
            break
    else:
        if i < len(lines):
            line = lines[i][1].strip()
            if _CAPTION_START.match(line) or _CREDIT_SUFFIX.search(line):
                caption = line
                i += 1
    end = len(lines)
    while end > i and _norm(lines[end - 1][1]) in data_words("corpus_boilerplate.txt"):
        end -= 1
    row = {"title": title, "caption": caption, "credit": credit}
    if i >= end:
        return row, (len(raw), len(raw))
    start = lines[i][0] + (len(lines[i][1]) - len(lines[i][1].lstrip()))
    stop = lines[end - 1][0] + len(lines[end - 1][1].rstrip())
    return row, (start, stop)


def infer_publication_date(text: str, *, caption: str | None = None, path: str | None = None) -> date | None:
    """The publication date a plain-text article implies, or None.

    Evidence, strongest first: a dateline ("TOKYO, Oct 27 (Reuters) -"), a full date in the photo
    caption, a date in the file name, a full date in the first paragraphs. Between candidates, one
    whose weekday the lead paragraphs name ("departed on Monday") wins.
    """
    lead = text[:1500]
    candidates: list[date] = []
    if caption:
        candidates += [d for d in map(_parse_date, _FULL_DATE.finditer(caption)) if d]
    if path:
        m = re.search(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)", Path(path).name)
        if m:
            try:
                candidates.append(date(int(m[1]), int(m[2]), int(m[3])))
            except ValueError:
                pass
    candidates += [d for d in map(_parse_date, _FULL_DATE.finditer(lead)) if d]
    dateline = _DATELINE.match(text)
    if dateline:
        year_hint = next((c.year for c in candidates), None)
        try:
            month = _MONTHS[dateline["m"][:3].lower()]
            if year_hint:
                candidates.insert(0, date(year_hint, month, int(dateline["d"])))
        except (ValueError, KeyError):
            pass
    if not candidates:
        return None
    named = {w.lower() for w in _WEEKDAY.findall(lead)}
    for cand in candidates:
        if _WEEKDAYS[cand.weekday()] in named:
            return cand
    return candidates[0]


def first_date(text: str) -> date | None:
    """The first full date written in ``text`` ("October 27, 2025 Monday", "27 Oct 2025",
    "2025-10-27"), or None."""
    return next((d for d in map(_parse_date, _FULL_DATE.finditer(text)) if d), None)


# A date written with a month of another language (``data/corpus_months.txt``): "27 Oktober 2031",
# "27. Oktober 2031", "28 oktober 2031", "27 de octubre de 2031".
_LOCAL_DATE = re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?((?:19|20)\d\d)\b")


@lru_cache(maxsize=1)
def _local_months() -> dict[str, int]:
    rows = data_rows("corpus_months.txt")
    return {name.lower(): number for number, row in enumerate(rows, 1) for name in row[0].split()}


def first_local_date(text: str) -> date | None:
    """The first full date in ``text``, English (:func:`first_date`) or with a month of German, French,
    Spanish, Dutch, Italian or Portuguese ("Montag 27. Oktober 2031", "28 oktober 2031 dinsdag"), as
    news databases write the dates of other languages' papers and of their interfaces in those
    languages; None where there is none."""
    found = first_date(text)
    if found is not None:
        return found
    for day, month, year in _LOCAL_DATE.findall(text):
        number = _local_months().get(month.lower())
        if number is not None:
            try:
                return date(int(year), number, int(day))
            except ValueError:
                continue
    return None


# A clock time: "5:30 PM", "08:15 AM", "5:30 p.m.", "17:30", "17:30:05"; a zone after it ("EST") is
# not read, the time kept as written, as the loader keeps any date's.
_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?(?![\d:])")


def time_of_day(text: str) -> time | None:
    """The first clock time written in ``text`` (a Nexis date line's "October 27, 2031 Monday 5:30 PM
    EST" -> 17:30), or None where there is none or it is no time ("13:10 PM")."""
    for hour, minute, second, half in _CLOCK.findall(text):
        hour = int(hour)
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        return time(hour, int(minute), int(second or 0))
    return None


def first_number(text: str | None) -> int | None:
    """The first whole number in ``text`` ("Length: 1,234 words" -> 1234), or None."""
    m = re.search(r"\d[\d,.\u00a0]*", text or "")
    digits = re.sub(r"\D", "", m.group()) if m else ""
    return int(digits) if digits else None
