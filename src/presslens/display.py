"""Articles annotated in place: the evidence behind the counts, read where it stands.

:func:`show` renders one article as HTML — headline, metadata and paragraphs as in the source —
with what the analyses found marked on the text:

- quotes on a background of their speaker's colour, the speaker's name and the cue verb shown beside
  the quote and in its tooltip; the speaker mention and the cue verb in the text in the same colour;
- temporal expressions underlined, their TIMEX3 value written after them; the head of the event
  each one dates (``events`` table) in bold with a dotted underline;
- entity mentions underlined in the colour of the tone towards them (a diverging scale, legend
  included), when the mentions table carries a tone (``portrayal``, else ``tone``).

Plain HTML and CSS, no JavaScript; every text (titles and bodies are untrusted) is escaped. Spans
that overlap nest: a timex inside a quote is a child of the quote's element; a span that crosses
another's edge is cut there into pieces, each piece carrying ``data-start``/``data-end`` (offsets
into the article text) and ``data-id`` (which row it belongs to); the tooltip (``title``) is on the
first and the last piece of each span.

The result is a ``str`` (write it to a file) that JupyterLab renders as HTML (``_repr_html_``);
:func:`article_page` wraps it in a standalone page.

Example::

    >>> tables = presslens.analyse(articles)                              # doctest: +SKIP
    >>> show(articles, "trump-tokyo-2025-10-27", tables)                   # doctest: +SKIP
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from presslens.text import paragraphs

__all__ = ["Annotated", "TONE_BINS", "article_page", "excerpts", "extreme_sentences", "show", "tone_column"]

# Light backgrounds for quotes and darker tones of the same hue for labels, one pair per speaker
# (ColorBrewer Pastel1/Set1-like, distinguishable for the common colour-vision deficiencies).
_SPEAKER_COLOURS = [
    ("#d6e6f7", "#1f5f9f"), ("#fde0c5", "#a4520c"), ("#d7efd1", "#2f7d32"), ("#f6d6e6", "#9c2c6b"),
    ("#e6dcf5", "#5b3a9a"), ("#fbf0b5", "#7a6400"), ("#d2efee", "#1f6f6b"), ("#f1dcd0", "#7a4a2c"),
    ("#e4e4e4", "#444444"), ("#f9d2d2", "#a12a2a"),
]
# Tone towards an entity, -1 … 1, in five bands (their bounds; the band a bound falls in: _tone_bin); ColorBrewer
# RdBu, neutral grey.
TONE_BINS: list[tuple[float, str, str]] = [
    (-0.5, "#b2182b", "very negative (≤ −0.5)"),
    (-0.05, "#ef8a62", "negative"),
    (0.05, "#9e9e9e", "neutral (±0.05)"),
    (0.5, "#67a9cf", "positive"),
    (math.inf, "#2166ac", "very positive (≥ 0.5)"),
]
_NO_TONE = "#c8c8c8"
_TIMEX = "#6a3d9a"

_CSS = """
.pl-article{font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.75;color:#1b1b1b;
  max-width:46em;margin:0 0 1.5em 0}
.pl-article h2.pl-title{font-size:1.5em;line-height:1.25;margin:.2em 0 .3em 0}
.pl-article .pl-meta,.pl-article .pl-legend{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;
  font-size:13px;line-height:1.5;color:#444}
.pl-article .pl-legend{border:1px solid #ddd;border-radius:6px;padding:.4em .7em;margin:.6em 0 1em 0;
  background:#fafafa}
.pl-article .pl-legend span.pl-key{display:inline-block;margin:.1em .9em .1em 0;white-space:nowrap}
.pl-article .pl-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;
  margin-right:.3em}
.pl-article p{margin:0 0 .9em 0;white-space:pre-line}
.pl-article .pl-quote{background:var(--pl-bg);border-radius:3px;padding:.1em 0;
  box-decoration-break:clone;-webkit-box-decoration-break:clone}
.pl-article .pl-quote[data-who]::before{content:attr(data-who);font:600 11px/1 system-ui,sans-serif;
  color:#fff;background:var(--pl-fg);border-radius:8px;padding:.15em .5em;margin-right:.3em;
  vertical-align:.15em;white-space:nowrap}
.pl-article .pl-speaker{font-weight:700;color:var(--pl-fg)}
.pl-article .pl-cue{font-weight:700;font-style:italic;color:var(--pl-fg)}
.pl-article .pl-mention{border-bottom:.2em solid var(--pl-tone);padding-bottom:.05em}
.pl-article .pl-timex{text-decoration:underline dashed #6a3d9a;
  text-decoration-thickness:2px;text-underline-offset:.25em}
.pl-article .pl-timex[data-value]::after{content:attr(data-value);font:600 10px/1 system-ui,sans-serif;
  color:#6a3d9a;border:1px solid #6a3d9a;border-radius:3px;padding:.05em .25em;margin-left:.2em;
  vertical-align:.35em;white-space:nowrap}
.pl-article .pl-event{font-weight:700;border-bottom:2px dotted #6a3d9a}
.pl-article .pl-focus{box-shadow:0 0 0 2px #d62728;border-radius:3px;box-decoration-break:clone;
  -webkit-box-decoration-break:clone}
.pl-article .pl-gap{color:#888;font-style:italic}
.pl-excerpt{border-left:3px solid #ddd;padding-left:.8em;margin:0 0 1.2em 0}
.pl-excerpt .pl-caption{font:600 13px/1.4 system-ui,sans-serif;color:#333;margin-bottom:.2em}
.pl-excerpt .pl-article{margin-bottom:0}
.pl-excerpt .pl-article h2.pl-title{font-size:1.05em;margin:0}
"""


class Annotated(str):
    """An annotated article as HTML: a ``str`` to write to a file, shown as HTML in JupyterLab."""

    def _repr_html_(self) -> str:
        return str(self)


def tone_column(mentions: pd.DataFrame) -> str | None:
    """The column of ``mentions`` that holds the tone towards each entity: ``portrayal`` where the
    sentiment tables provide it, else ``tone``; ``None`` when there is neither."""
    return next((c for c in ("portrayal", "tone") if c in mentions.columns), None)


def _tone_bin(value: float) -> tuple[str, str]:
    """The colour and the word of the legend (its range left off) for a tone: at most -0.5 very negative,
    below -0.05 negative, within ±0.05 neutral with both ends (as ``label_names`` reads the band, so a
    mention coloured neutral is labelled neutral in every table), at least 0.5 very positive."""
    very_negative, negative, neutral, positive, very_positive = TONE_BINS
    chosen = (very_negative if value <= very_negative[0] else negative if value < negative[0]
              else neutral if value <= neutral[0] else positive if value < positive[0] else very_positive)
    return chosen[1], chosen[2].split(" (")[0]


def _tone_colour(value: float | None) -> str:
    return _NO_TONE if value is None or pd.isna(value) else _tone_bin(value)[0]


@dataclass
class _Span:
    start: int
    end: int
    layer: int  # outer layers open first when two spans start and end together
    kind: str
    ident: str
    css: str = ""  # custom properties for this span's colours
    title: str = ""
    first: dict[str, str] = field(default_factory=dict)  # attributes of the first piece only
    last: dict[str, str] = field(default_factory=dict)  # attributes of the last piece only
    focus: bool = False


def _int(value) -> int | None:
    try:
        return None if value is None or pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return None


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _rows(table: pd.DataFrame | None, doc_id: str) -> pd.DataFrame:
    if table is None or len(table) == 0 or "doc_id" not in table.columns:
        return pd.DataFrame()
    return table[table["doc_id"].astype(str) == str(doc_id)]


def _located(table: pd.DataFrame):
    """``(position, row as dict, start, end)`` for the rows of ``table`` that have both offsets."""
    for i, row in enumerate(table.itertuples(index=False)):
        r = row._asdict()
        start, end = _int(r.get("start")), _int(r.get("end"))
        if start is not None and end is not None:
            yield i, r, start, end


def _speaker_colours(quotes: pd.DataFrame) -> dict[str, tuple[str, str]]:
    names = [_text(s) or "(unresolved)" for s in quotes.sort_values("start")["speaker"]] if len(quotes) else []
    order = list(dict.fromkeys(names))
    return {name: _SPEAKER_COLOURS[i % len(_SPEAKER_COLOURS)] for i, name in enumerate(order)}


def _quote_spans(quotes: pd.DataFrame, colours: dict[str, tuple[str, str]]) -> list[_Span]:
    spans = []
    for i, r, start, end in _located(quotes):
        speaker = _text(r.get("speaker")) or "(unresolved)"
        bg, fg = colours[speaker]
        css = f"--pl-bg:{bg};--pl-fg:{fg}"
        cue = _text(r.get("cue"))
        kind = _text(r.get("kind")) or "quote"
        details = [f"{kind} quote", f"speaker: {speaker}"]
        for label, key in (("speaker kind", "speaker_kind"), ("cue", "cue"), ("description", "speaker_description"),
                           ("addressee", "addressee"), ("medium", "medium")):
            if _text(r.get(key)):
                details.append(f"{label}: {_text(r.get(key))}")
        if _int(r.get("continues")) is not None:
            details.append(f"continues quote {_int(r.get('continues'))}")
        ident = f"quote-{_text(r.get('quote_id')) or i}"
        label = speaker + (f" · {cue}" if cue else "")
        spans.append(_Span(start, end, 1, "quote", ident, css, "\n".join(details), first={"data-who": label}))
        for part, layer in (("speaker", 2), ("cue", 2)):
            s, e = _int(r.get(f"{part}_start")), _int(r.get(f"{part}_end"))
            if s is not None and e is not None:
                spans.append(_Span(s, e, layer, part, f"{ident}-{part}", css, f"{part} of {kind} quote: {speaker}"))
    return spans


def _timex_spans(timexes: pd.DataFrame) -> list[_Span]:
    spans = []
    for i, r, start, end in _located(timexes):
        value = _text(r.get("value"))
        details = [f"{_text(r.get('type')) or 'TIMEX'} {value or '(no value)'}"]
        if _text(r.get("mod")):
            details.append(f"mod: {_text(r.get('mod'))}")
        lo, hi = r.get("date_start"), r.get("date_end")
        if lo is not None and not pd.isna(lo):
            lo, hi = pd.Timestamp(lo).date(), pd.Timestamp(hi).date() if hi is not None and not pd.isna(hi) else None
            details.append(f"dates: {lo}" + (f" – {hi}" if hi and hi != lo else ""))
        spans.append(_Span(start, end, 4, "timex", f"timex-{i}", "", "\n".join(details),
                           last={"data-value": value} if value else {}))
    return spans


def _event_spans(events: pd.DataFrame) -> list[_Span]:
    spans = []
    for i, r in enumerate(events.to_dict("records")):
        start, end = _int(r.get("head_start")), _int(r.get("head_end"))
        if start is None or end is None:
            continue
        title = (f"event: {_text(r.get('event'))}\n{_text(r.get('relation'))} {_text(r.get('timex'))}"
                 f" ({_text(r.get('value'))})")
        spans.append(_Span(start, end, 2, "event", f"event-{i}", "", title))
    return spans


def _mention_spans(mentions: pd.DataFrame) -> list[_Span]:
    column = tone_column(mentions)
    spans = []
    for i, r, start, end in _located(mentions):
        tone = r.get(column) if column else None
        tone = None if tone is None or pd.isna(tone) else float(tone)
        entity = _text(r.get("entity")) or _text(r.get("text"))
        kind = _text(r.get("kind"))
        lines = [f"{entity}" + (f" ({kind})" if kind else "")]
        if tone is not None:
            lines.append(f"{column}: {tone:+.2f} ({_tone_bin(tone)[1]})")
        # The sentiment tables keep what the entity does and says apart from how it is portrayed.
        for other in ("action", "voice"):
            if other != column and other in r and r[other] is not None and not pd.isna(r[other]):
                lines.append(f"{other}: {float(r[other]):+.2f}")
        spans.append(_Span(start, end, 3, "mention", f"mention-{i}", f"--pl-tone:{_tone_colour(tone)}",
                           "\n".join(lines)))
    return spans


def _attrs(span: _Span, start: int, end: int, first: bool, last: bool) -> str:
    attrs = {"class": f"pl-{span.kind}" + (" pl-focus" if span.focus else ""), "data-id": span.ident,
             "data-start": str(start), "data-end": str(end)}
    if span.css:
        attrs["style"] = span.css
    # The tooltip on the first and the last piece only: news cuts a span once at most, where a mention
    # crosses a quote's edge, but dozens of quotes crossing each other in one unpunctuated sentence cut
    # each other at every edge, and a title on each piece made the page 150 times its text.
    if span.title and (first or last):
        attrs["title"] = span.title
    if first:
        attrs.update(span.first)
    if last:
        attrs.update(span.last)
    return " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())


def _paragraph_html(text: str, p_start: int, p_end: int, spans: list[_Span]) -> str:
    """One paragraph with its spans as properly nested elements, each cut where it crosses another."""
    inside = [s for s in spans if s.start < p_end and s.end > p_start]
    cuts = sorted({p_start, p_end} | {min(max(x, p_start), p_end) for s in inside for x in (s.start, s.end)})
    order = {id(s): n for n, s in enumerate(sorted(inside, key=lambda s: (s.start, -s.end, s.layer)))}
    # Events: ("open", span, position) / ("text", a, b) / ("close",); a piece's end is known only
    # when it closes, so its opening tag is filled in afterwards.
    events: list[tuple] = []
    ends: dict[int, int] = {}
    stack: list[tuple[_Span, int]] = []
    # At each cut the spans that end there close, and with them those opened inside them; of these,
    # the ones going on reopen with the spans that begin there, the one ending last outermost, so
    # that their own ends close them without cutting the others. Every start and end is a cut, so
    # one sweep over the spans by their starts finds what begins. (Reopened in their first order,
    # dozens of quotes crossing each other in one sentence were all cut again at every quote's end.)
    by_start = sorted(inside, key=lambda s: s.start)
    begun = 0
    for a, b in zip(cuts, cuts[1:]):
        low = next((k for k, (span, _) in enumerate(stack) if span.end <= a), len(stack))
        # More spans to reopen than stay open below them: those close too, and all reopen by their
        # ends (else the quotes begun since the last reopening were cut again at the end of each
        # earlier quote below them, where dozens cross each other in one sentence).
        if sum(span.end > a for span, _ in stack[low:]) > low:
            low = 0
        opening = []
        while len(stack) > low:
            span, n = stack.pop()
            ends[n] = a
            events.append(("close",))
            if span.end > a:
                opening.append(span)
        while begun < len(by_start) and by_start[begun].start <= a:
            opening.append(by_start[begun])
            begun += 1
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
            end = ends[n]
            out.append(f"<span {_attrs(span, start, end, start <= span.start, end >= span.end)}>")
        else:
            out.append("</span>")
    return "".join(out)


def _meta_line(article: Mapping) -> str:
    parts = []
    for key in ("outlet", "author"):
        if _text(article.get(key)):
            parts.append(html.escape(_text(article.get(key))))
    published = article.get("published")
    if published is not None and not pd.isna(published):
        stamp = pd.Timestamp(published)
        parts.append(html.escape(stamp.strftime("%d %b %Y") + ("" if stamp == stamp.normalize() else
                                                             stamp.strftime(", %H:%M"))))
    url = _text(article.get("url"))
    if re.match(r"^https?://", url, re.IGNORECASE):
        parts.append(f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">source</a>')
    elif url:
        parts.append(html.escape(url))
    parts.append(f"<code>{html.escape(_text(article.get('doc_id')))}</code>")
    return " · ".join(parts)


def _legend(colours: dict[str, tuple[str, str]] | None, counts: dict[str, int], tones: bool,
            n_timexes: int, n_events: int = 0) -> str:
    """The key to the marks: speakers and their colours, the tone scale, the timex underline, the event words.
    ``colours`` ``None`` stands for excerpts of many articles: quotes explained in general, no counts."""
    rows = []
    if colours is None and counts.get("quotes"):
        rows.append("<div><b>Quotes</b>: a colour per speaker, the speaker and cue verb named at the "
                    "start of each quote.</div>")
    elif colours:
        keys = "".join(f'<span class="pl-key"><span class="pl-swatch" style="background:{bg};'
                       f'border:2px solid {fg}"></span>{html.escape(name)} ({counts.get(name, 0)})</span>'
                       for name, (bg, fg) in colours.items())
        rows.append(f"<div><b>Quotes</b> by speaker: {keys}</div>")
    if tones:
        keys = "".join(f'<span class="pl-key"><span class="pl-swatch" style="background:{colour}"></span>'
                       f"{html.escape(label)}</span>" for _, colour, label in TONE_BINS)
        rows.append(f"<div><b>Entities</b>, underlined by how the sentence portrays them: {keys}</div>")
    if n_timexes:
        count = f" ({n_timexes})" if colours is not None else ""
        rows.append(f'<div><b>Dates and times</b>{count}: <span style="'
                    f'text-decoration:underline dashed {_TIMEX};text-decoration-thickness:2px">underlined</span>, '
                    "their TIMEX3 value beside them. Hover over any mark for details.</div>")
    if n_events:
        # what a timeline row is made of: the word is marked apart from the date that anchors it
        rows.append('<div><b>Events</b>: the word a date anchors (a row of the timeline) in <span class="pl-event">'
                    "bold</span>; hover for the event and how it relates to its date.</div>")
    return f'<div class="pl-legend">{"".join(rows)}</div>' if rows else ""


def show(articles: pd.DataFrame, doc_id: str, tables: Mapping[str, pd.DataFrame] | None = None, *,
         span: tuple[int, int] | Sequence[tuple[int, int]] | None = None, legend: bool = True,
         anchors: bool = False) -> Annotated:
    """One article as annotated HTML.

    In: ``articles`` (``doc_id``, ``text``; ``title``, ``outlet``, ``author``, ``published``, ``url``
    shown when present), the article's ``doc_id`` and ``tables``, a mapping holding any of
    ``quotes`` (:func:`presslens.quotes.extract_quotes`: start, end, speaker, cue, cue_start,
    cue_end, speaker_start, speaker_end, kind), ``timexes`` (:func:`presslens.timeline.extract_timexes`:
    start, end, type, value, date_start, date_end) and ``mentions`` (:func:`presslens.entities.find_mentions`
    or, with a tone per mention, :func:`presslens.sentiment.mention_tone`: start, end, entity, kind,
    ``portrayal`` or ``tone``) and ``events`` (:func:`presslens.timeline.extract_events`: head_start,
    head_end, event, relation) — e.g. the dict :func:`presslens.analyse` returns. Rows of other
    articles are ignored.

    ``span=(start, end)`` shows only the paragraphs around that stretch of text and outlines it (an
    example in context); a list of such spans shows the paragraphs around them all and outlines
    each (several examples in one paragraph); ``legend=False`` leaves out the key to the colours;
    ``anchors=True`` gives each mark's first piece an ``id`` (its ``data-id``: ``quote-ID``, ``timex-N``,
    ``event-N``, ``mention-N``, N its place among the article's rows of that table), for links to it from
    elsewhere (a standalone page: two articles shown in one document would repeat the names).

    Out: :class:`Annotated`, an HTML fragment (a ``str``) that JupyterLab displays.
    """
    match = articles[articles["doc_id"].astype(str) == str(doc_id)]
    if match.empty:
        raise KeyError(f"no article with doc_id {doc_id!r}")
    article = match.iloc[0].to_dict()
    text = _text(article.get("text"))
    tables = tables or {}
    quotes, timexes, mentions, events = (_rows(tables.get(k), doc_id)
                                         for k in ("quotes", "timexes", "mentions", "events"))
    colours = _speaker_colours(quotes)
    spans = (_quote_spans(quotes, colours) + _timex_spans(timexes) + _mention_spans(mentions)
             + _event_spans(events))
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if anchors:
        for s in spans:
            s.first = {**s.first, "id": s.ident}
    paras = paragraphs(text) or ([(0, len(text))] if text else [])
    shown = paras
    if span is not None:
        wanted = [(int(a), int(b)) for a, b in (span if isinstance(span[0], (tuple, list)) else [span])]
        lo, hi = min(a for a, _ in wanted), max(b for _, b in wanted)
        for s in spans:
            s.focus = (s.start, s.end) in wanted
        outlined = {(s.start, s.end) for s in spans if s.focus}
        spans += [_Span(a, b, 0, "excerpt", "excerpt", focus=True) for a, b in dict.fromkeys(wanted)
                  if a < b and (a, b) not in outlined]
        shown = [p for p in paras if p[0] < max(hi, lo + 1) and p[1] > lo] or paras
    gap = '<p class="pl-gap">…</p>'
    body = [gap] if shown[:1] and shown[0] != paras[0] else []
    # The paragraphs come in order: one sweep hands each the spans over it, in the order of `spans`.
    # Looking through every span for each paragraph took hours on an article of 3 MB (20,000
    # paragraphs, 200,000 spans).
    by_start = sorted(range(len(spans)), key=lambda n: spans[n].start)
    begun, live = 0, []
    for a, b in shown:
        # an excerpt shows a stretch of a very long paragraph (a whole article on one line), not all of it
        x, y = _window(text, a, b, lo, hi) if span is not None else (a, b)
        while begun < len(by_start) and spans[by_start[begun]].start < y:
            live.append(by_start[begun])
            begun += 1
        live = [n for n in live if spans[n].end > x]
        inside = [spans[n] for n in sorted(live)]
        body.append(f'<p data-start="{x}" data-end="{y}">{"… " if x > a else ""}{_paragraph_html(text, x, y, inside)}'
                    f'{" …" if y < b else ""}</p>')
    body += [gap] if shown[-1:] and shown[-1] != paras[-1] else []
    counts: dict[str, int] = {}
    for name in quotes["speaker"] if len(quotes) else []:
        counts[_text(name) or "(unresolved)"] = counts.get(_text(name) or "(unresolved)", 0) + 1
    key = _legend(colours, counts, bool(len(mentions)) and tone_column(mentions) is not None,
                  len(timexes), len(events)) if legend else ""
    title = _text(article.get("title"))
    heading = f'<h2 class="pl-title">{html.escape(title)}</h2>' if title else ""
    return Annotated(f'<div class="pl-article"><style>{_CSS}</style>{heading}'
                     f'<div class="pl-meta">{_meta_line(article)}</div>{key}'
                     f'<div class="pl-body">{"".join(body)}</div></div>')


# An excerpt's paragraph longer than this many characters is shown as the stretch around the row,
# EXCERPT_CONTEXT characters either side (cut at a space): notebooks show excerpts of every article.
EXCERPT_LONGEST = 4000
EXCERPT_CONTEXT = 600


def _window(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The stretch of paragraph ``(a, b)`` an excerpt of ``(lo, hi)`` shows: all of it unless it is
    longer than ``EXCERPT_LONGEST``."""
    if b - a <= EXCERPT_LONGEST:
        return a, b
    # a stretch outside the paragraph (shown when no paragraph holds it): the paragraph's nearest end
    lo, hi = min(max(lo, a), b), min(max(hi, a), b)
    x = max(a, lo - EXCERPT_CONTEXT)
    y = min(b, min(max(hi, lo + 1), lo + EXCERPT_LONGEST) + EXCERPT_CONTEXT)
    space = text.find(" ", x, lo) if x > a else -1
    x = space + 1 if space >= 0 else x
    space = text.rfind(" ", max(hi, x), y) if y < b else -1
    return x, space if space > x else y


def article_page(articles: pd.DataFrame, doc_id: str, tables: Mapping[str, pd.DataFrame] | None = None, *,
                 header: str = "") -> str:
    """A standalone HTML page of one annotated article (:func:`show`, each mark with its anchor, so that
    ``PAGE#quote-3`` opens the page at that quote); ``header`` is HTML put above it (e.g. a link back to
    the report and the run's provenance; the caller escapes it)."""
    fragment = show(articles, doc_id, tables, anchors=True)
    match = articles[articles["doc_id"].astype(str) == str(doc_id)].iloc[0]
    name = _text(match.get("title")) or str(doc_id)
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(name)}</title>"
            "<style>body{margin:2em auto;max-width:52em;padding:0 1em;background:#fff}"
            ".pl-article{max-width:none}</style></head>"
            f"<body>{header}{fragment}</body></html>")


def excerpts(articles: pd.DataFrame, rows: pd.DataFrame, tables: Mapping[str, pd.DataFrame] | None = None, *,
             label: str | Callable[[Mapping], str] | None = None, limit: int = 10) -> Annotated:
    """Each of the first ``limit`` rows of ``rows`` (``doc_id``, ``start``, ``end``: a quote, a
    mention, a timex, an event) in context: the paragraph(s) around it, annotated as by :func:`show`
    with ``tables``, the row itself outlined. Rows whose paragraphs are the same (two quotes of one
    paragraph) share one excerpt, each outlined, their labels joined. ``label`` titles each
    excerpt: a column of ``rows`` or a function of the row (a dict). Out: one HTML fragment, a key
    to the colours on top.

    Example: the most negative portrayal of each entity, in its paragraph::

        worst = tones.sort_values("portrayal").groupby("entity").head(1)
        excerpts(articles, worst, {"mentions": tones}, label="entity")
    """
    # One excerpt per stretch of paragraphs, in the order of the first row shown in it.
    groups: dict[tuple, tuple[list[str], list[tuple[int, int]]]] = {}
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"])) if len(rows) else {}
    for row in rows.head(limit).to_dict("records"):
        start, end = _int(row.get("start")), _int(row.get("end"))
        if start is None or end is None:
            continue
        caption = label(row) if callable(label) else _text(row.get(label)) if label else ""
        doc_id = str(row["doc_id"])
        paras = paragraphs(_text(texts.get(doc_id)))
        around = tuple(n for n, (a, b) in enumerate(paras) if a < max(end, start + 1) and b > start)
        # a stretch longer than an excerpt shows is cut around each row: those are never shared
        shared = bool(around) and paras[around[-1]][1] - paras[around[0]][0] <= EXCERPT_LONGEST
        key = (doc_id, "paragraphs", around) if shared else (doc_id, "span", (start, end))
        captions, spans = groups.setdefault(key, ([], []))
        if caption and caption not in captions:
            captions.append(caption)
        spans.append((start, end))
    parts = []
    for (doc_id, _, _), (captions, spans) in groups.items():
        fragment = show(articles, doc_id, tables, span=spans if len(spans) > 1 else spans[0], legend=False)
        parts.append(f'<div class="pl-excerpt"><div class="pl-caption">{html.escape(" / ".join(captions))}</div>'
                     f'{fragment}</div>')
    if not parts:
        return Annotated('<p class="pl-gap">(nothing to show)</p>')
    mentions, timexes, quotes, events = (_rows_any(tables, name)
                                         for name in ("mentions", "timexes", "quotes", "events"))
    key = _legend(None, {"quotes": 0 if quotes is None else len(quotes)},
                  mentions is not None and tone_column(mentions) is not None, 0 if timexes is None else len(timexes),
                  0 if events is None else len(events))
    return Annotated(f'<div class="pl-article" style="max-width:none"><style>{_CSS}</style>{key}</div>'
                     + "".join(parts))


def extreme_sentences(articles: pd.DataFrame, scored: pd.DataFrame, tables: Mapping[str, pd.DataFrame] | None = None,
                      *, n: int = 5) -> Annotated:
    """The ``n`` most negative and the ``n`` most positive of the ``scored`` sentences
    (:func:`presslens.sentiment.score_sentences`: ``doc_id``, ``start``, ``end``, ``compound``), each in its
    paragraph (:func:`excerpts`, annotated with ``tables``) under "sentence tone -0.62 (very negative)": the
    sentences that drive the tone figures, read where they stand, with the band the pages colour them by. A
    neutral sentence (within ±0.05) is evidence of neither side and is not shown."""
    tone = scored["compound"]
    chosen = pd.concat([scored[tone < -0.05].nsmallest(n, "compound"), scored[tone > 0.05].nlargest(n, "compound")])
    return excerpts(articles, chosen, tables, limit=2 * n,
                    label=lambda r: f"sentence tone {r['compound']:+.2f} ({_tone_bin(r['compound'])[1]})")


def _rows_any(tables: Mapping[str, pd.DataFrame] | None, name: str) -> pd.DataFrame | None:
    table = (tables or {}).get(name)
    return table if table is not None and len(table) else None
