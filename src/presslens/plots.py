"""Figures for the notebooks: each function takes the tables an analysis returns and gives back a
matplotlib ``Figure`` (built without pyplot, so nothing accumulates in global state; notebooks show
it with ``%matplotlib inline`` and save it with :func:`presslens.io.save_figure`).

One section per analysis — corpus, sentiment, quotes, timeline — each under its own header.

Example::

    >>> fig = corpus_overview(load_corpus("data/raw"))        # doctest: +SKIP
"""

from __future__ import annotations

import html
import re
import textwrap

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import LogLocator, MaxNLocator, NullFormatter, StrMethodFormatter
from pandas.io.formats.style import Styler

from presslens.dates import read_datetimes
from presslens.missing import NO_OUTLET, missing_key

__all__ = [
    "article_tone_chart",
    "corpus_overview",
    "cue_verb_chart",
    "entity_portrayal",
    "interactive",
    "interval_chart",
    "label_counts_chart",
    "readable",
    "reference_counts",
    "source_mix_chart",
    "speaker_share_chart",
    "speaker_tone_chart",
    "timeline_chart",
    "tone_distribution",
]


# =============================================================================================
# tables (shared by every notebook)
# =============================================================================================

_WEB_LINK = re.compile(r"^https?://", re.IGNORECASE)


def _link(escaped_url: str) -> str:
    # Only web addresses become links (never javascript: or file: ones); the text is already escaped.
    if not _WEB_LINK.match(escaped_url):
        return escaped_url
    url = html.unescape(escaped_url)
    label = html.escape(url if len(url) <= 40 else url[:37] + "…")
    return f'<a href="{escaped_url}" target="_blank" rel="noopener noreferrer">{label}</a>'


def readable(table: pd.DataFrame, wrap: int = 60, links: tuple[str, ...] = ("url",),
             rows: int | None = 200, longest: int | None = 2000) -> Styler:
    """``table`` styled for reading in a notebook: text longer than ``wrap`` characters wraps within
    a column ``wrap`` characters wide, web addresses in the ``links`` columns are clickable, every
    cell is HTML-escaped (article text may hold markup), and only the first ``rows`` rows are kept;
    text longer than ``longest`` characters is cut there ("… (5,000,000 characters)"), as a whole
    article on one line makes one sentence, quote context or excerpt of megabytes (None: whole); a
    column of dates without a time of day (publication dates) shows them as dates, "2031-05-04".

    Returns a pandas ``Styler``; show it as a cell's last expression, e.g.
    ``readable(quotes[["speaker", "content", "url"]])``.
    """
    shown = table if rows is None else table.head(rows)
    if not shown.index.is_unique or not shown.columns.is_unique:
        shown = shown.reset_index(drop=True)  # a Styler needs unique labels (e.g. after a concat)
        shown = shown.loc[:, ~shown.columns.duplicated()]
    if longest is not None:
        too_long = [c for c in shown.columns if any(isinstance(v, str) and len(v) > longest for v in shown[c])]
        if too_long:
            shown = shown.copy()
            for c in too_long:
                shown[c] = shown[c].map(lambda v: f"{v[:longest]} … ({len(v):,} characters)"
                                        if isinstance(v, str) and len(v) > longest else v)
    styler = shown.style.format(escape="html", na_rep="", precision=3)
    present = [c for c in links if c in shown.columns]
    if present:
        styler = styler.format(_link, subset=present, escape="html", na_rep="")
    # Publication dates are kept as midnight timestamps: shown as dates, not with a time no article gave.
    days = [c for c in shown.columns if pd.api.types.is_datetime64_any_dtype(shown[c])
            and (shown[c].dropna() == shown[c].dropna().dt.normalize()).all()]
    if days:
        styler = styler.format(lambda v: "" if pd.isna(v) else v.strftime("%Y-%m-%d"), subset=days)
    # Python's any(): an empty or all-NaT datetime column maps to a datetime column, which has no .any()
    long_text = [c for c in shown.columns if any(isinstance(v, str) and len(v) > wrap for v in shown[c])]
    if long_text:
        styler = styler.set_properties(subset=long_text, **{
            "white-space": "pre-wrap", "overflow-wrap": "anywhere", "text-align": "left",
            "min-width": f"{min(wrap, 30)}ch", "max-width": f"{wrap}ch"})
    return styler


class _Table:
    """HTML for a notebook output (JupyterLab shows ``_repr_html_``)."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup


# Search, row count and pages on every table (itables hides them on tables shorter than a page).
_SEARCHABLE = {"layout": {"topStart": None, "topEnd": "search", "bottomStart": "info", "bottomEnd": "paging"},
               "classes": "display compact"}  # long texts wrap (itables would keep them on one line)
# The DataTables library goes into the first interactive table's output only (about 1 MB).
_DATATABLES_SENT = False


def interactive(table: pd.DataFrame, wrap: int = 60, links: tuple[str, ...] = ("url",),
                rows: int | None = 2000, most_text: int | None = 1_000_000, **options) -> _Table:
    """``table`` as :func:`readable` shows it, with sorting, search and paging in JupyterLab
    (itables, offline: the DataTables library is embedded in the first such output, nothing is
    fetched). Without JavaScript — the report's exported HTML, an untrusted notebook — the same
    plain table shows. ``options`` go to ``itables.to_html_datatable`` (e.g. ``pageLength=25``).

    Of the first ``rows`` rows, only as many are kept as hold ``most_text`` characters of text (as
    :func:`readable` cuts it; None: no limit), with a line saying how many: the notebook holds every
    row twice (the table and the fallback shown without JavaScript) with markup around each cell:
    notebook 03's quote table on one 1 MB article written as one sentence (9,311 quotes) was 7.8 MB
    of output, up to 2,000 rows of 2,000 characters (readable's cut) each. The first 2,000 quotes
    of 250 PolNeAR articles hold 0.78 million characters and are shown whole, as before.
    """
    global _DATATABLES_SENT
    from itables import options as itables_options
    from itables import to_html_datatable
    from itables.javascript import generate_init_offline_itables_html

    shown = table if rows is None else table.head(rows)
    kept = _rows_within(shown, most_text) if most_text is not None else len(shown)
    # readable() escapes every cell, so the Styler's HTML is safe to hand over as HTML.
    markup = to_html_datatable(readable(shown.head(kept), wrap, links, None), allow_html=True, connected=False,
                               **{"pageLength": 15, **_SEARCHABLE, **options})
    if kept < len(shown):
        markup = (f"<p>The first {kept:,} of {len(table):,} rows: their text reaches {most_text:,} characters "
                  f"(interactive's most_text).</p>") + markup
    if not _DATATABLES_SENT:
        markup = generate_init_offline_itables_html(itables_options.dt_bundle) + markup
        _DATATABLES_SENT = True
    return _Table(markup)


def _rows_within(table: pd.DataFrame, most_text: int, longest: int = 2000) -> int:
    """How many of the first rows of ``table`` hold at most ``most_text`` characters of text, each
    text counted as :func:`readable` shows it (cut at ``longest``); at least one row."""
    total = 0
    for n, row in enumerate(table.itertuples(index=False)):
        total += sum(min(len(v), longest) for v in row if isinstance(v, str))
        if total > most_text:
            return max(n, 1)
    return len(table)


# =============================================================================================
# corpus
# =============================================================================================

# Above this many days a per-day bar chart turns into a comb; count by month instead.
_DAILY_SPAN_DAYS = 120
# Above this many years a per-month chart has hundreds of bars, and one date a database writes for
# none (1900-01-01, 9999-12-31) made it tens of thousands, minutes and gigabytes to draw: count by year.
_MONTHLY_SPAN_YEARS = 30


def corpus_overview(articles: pd.DataFrame, top_outlets: int = 15) -> Figure:
    """Three panels on a corpus from :func:`presslens.corpus.load_corpus`: article length in words
    (histogram), articles per outlet (the ``top_outlets`` largest; missing outlet = :data:`~presslens.corpus.NO_OUTLET`) and
    articles per publication day, month or, over more than 30 years, year (``published``; undated
    articles counted in the title).

    Takes the columns ``text``, ``outlet`` and ``published``; returns a Figure.
    """
    fig = Figure(figsize=(13, 3.8), layout="constrained")
    ax_len, ax_out, ax_date = fig.subplots(1, 3, width_ratios=[1, 1, 1.4])

    words = articles["text"].fillna("").astype(str).str.split().str.len()
    if len(words):
        low, high = int(words.min()), int(words.max())
        if low == high:  # one length only: give the bar some room either side
            low, high = max(0, low - 50), high + 50
        ax_len.hist(words, bins=min(30, max(5, len(words) // 3)), range=(low, high), color="#4c72b0")
    ax_len.set(title=f"Article length ({len(words)} article{'' if len(words) == 1 else 's'})", xlabel="words",
               ylabel="articles")

    outlets = articles["outlet"].fillna(NO_OUTLET).astype(str).replace("", NO_OUTLET)
    counts = outlets.value_counts().head(top_outlets).sort_values()
    if len(counts):
        ax_out.barh(counts.index, counts.to_numpy(), color="#55a868")
    more = outlets.nunique() - len(counts)
    ax_out.set(title="Outlets" + (f" (top {len(counts)} of {len(counts) + more})" if more > 0 else ""),
               xlabel="articles")

    published = read_datetimes(articles["published"])
    dated = published.dropna()
    undated = int(published.isna().sum())
    title = "Publication dates" + (f" ({undated} undated)" if undated else "")
    if len(dated):
        span = (dated.max() - dated.min()).days
        daily = span <= _DAILY_SPAN_DAYS
        unit, freq, width = (("day", "D", 0.8) if daily else ("month", "M", 25)
                             if span <= 365.25 * _MONTHLY_SPAN_YEARS else ("year", "Y", 300))
        per = dated.dt.to_period(freq).value_counts().sort_index()
        full = pd.period_range(per.index.min(), per.index.max(), freq=per.index.freq)
        per = per.reindex(full, fill_value=0)
        when = per.index.to_timestamp()
        ax_date.bar(when, per.to_numpy(), width=width, color="#c44e52")
        ax_date.set(ylabel=f"articles per {unit}")
        if daily:
            # A few days of news would otherwise get an hourly axis.
            pad = pd.Timedelta(days=max(1, (7 - len(per)) // 2 + 1))
            ax_date.set_xlim(when.min() - pad, when.max() + pad)
            ax_date.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, (len(per) + 2 * pad.days) // 7)))
            ax_date.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
        elif unit == "month":
            ax_date.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, len(per) // 8)))
            ax_date.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        else:
            ax_date.xaxis.set_major_locator(mdates.YearLocator(base=max(1, len(per) // 8)))
            ax_date.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax_date.tick_params(axis="x", labelrotation=30)
    else:
        ax_date.text(0.5, 0.5, "no publication dates", ha="center", va="center", transform=ax_date.transAxes)
    ax_date.set(title=title)
    # Counts of articles are whole numbers, even for a corpus of one.
    for axis in (ax_len.xaxis, ax_len.yaxis, ax_out.xaxis, ax_date.yaxis):
        axis.set_major_locator(MaxNLocator(integer=True))
    return fig


# =============================================================================================
# sentiment
# =============================================================================================

_NEGATIVE, _NEUTRAL, _POSITIVE = "#c44e52", "#8c8c8c", "#55a868"


def _tone_colour(value: float, band: float = 0.05) -> str:
    return _POSITIVE if value > band else _NEGATIVE if value < -band else _NEUTRAL


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


_SHARES = ("share_negative", "share_neutral", "share_positive")


def _share_bars(ax, ordered: pd.DataFrame, unit: str) -> None:
    """The class distribution beside a mean: per row of ``ordered`` (in the order of the bars
    beside it, bottom first), its shares of negative, neutral and positive ``unit`` stacked, so a
    mean near zero from a split of praise and blame is not read as neutral coverage."""
    left = pd.Series(0.0, index=ordered.index)
    for column, colour in zip(_SHARES, (_NEGATIVE, _NEUTRAL, _POSITIVE)):
        values = ordered[column].astype(float).fillna(0.0)
        ax.barh(range(len(ordered)), values, left=left, color=colour)
        left = left + values
    ax.set_yticks(range(len(ordered)), labels=[""] * len(ordered))
    ax.set_ylim(-0.6, len(ordered) - 0.4)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0%}"))
    ax.set_title(f"Share of {unit}", fontsize=10)
    ax.set_xlabel("negative · neutral · positive", fontsize=9)


def _place_labels(ax, labelled: list[tuple[str, float, float]], fontsize: float = 9) -> None:
    """Name each point without overlaps: adjustText moves the labels apart (and off the points),
    joining a moved label to its point with a thin line."""
    if not labelled:
        return
    from adjustText import adjust_text

    # The labels are placed in the final layout, which constrained layout settles on drawing.
    ax.figure.draw_without_rendering()
    # A label starts on the side of its point that faces the middle, so names near the right
    # edge run leftwards instead of out of the frame.
    to_axes = ax.transData + ax.transAxes.inverted()
    texts = [ax.text(x, y, name, fontsize=fontsize, ha="right" if to_axes.transform((x, y))[0] > 0.6 else "left")
             for name, x, y in labelled]
    adjust_text(texts, x=[x for _, x, _ in labelled], y=[y for _, _, y in labelled], ax=ax,
                expand=(1.1, 1.3), arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.5})


def tone_distribution(scored: pd.DataFrame) -> Figure:
    """Sentence tone of the coverage: a histogram of ``compound`` (scored sentences from
    :func:`presslens.sentiment.score_sentences`) with the ±0.05 neutral band shaded, and the shares
    of negative, neutral and positive sentences. Returns a Figure.
    """
    fig = Figure(figsize=(11, 3.6), layout="constrained")
    ax_hist, ax_share = fig.subplots(1, 2, width_ratios=[2.2, 1])
    compound = pd.to_numeric(scored.get("compound", pd.Series(dtype=float)), errors="coerce").dropna()
    if len(compound):
        ax_hist.hist(compound, bins=40, range=(-1, 1), color="#4c72b0")
        ax_hist.axvspan(-0.05, 0.05, color=_NEUTRAL, alpha=0.25, label="neutral (±0.05)")
        ax_hist.legend(loc="upper left", frameon=False)
        shares = [(compound < -0.05).mean(), compound.between(-0.05, 0.05).mean(), (compound > 0.05).mean()]
        bars = ax_share.bar(["negative", "neutral", "positive"], shares, color=[_NEGATIVE, _NEUTRAL, _POSITIVE])
        ax_share.bar_label(bars, labels=[f"{s:.0%}" for s in shares])
        ax_share.set_ylim(0, max(shares) * 1.2 or 1)
    else:
        _no_data(ax_hist, "no sentences")
        _no_data(ax_share, "no sentences")
    ax_hist.set(title=f"Sentence tone ({len(compound)} sentences)", xlabel="compound", ylabel="sentences")
    ax_hist.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax_share.set(title="Share of sentences")
    return fig


def article_tone_chart(by_outlet: pd.DataFrame, by_date: pd.DataFrame) -> Figure:
    """Article tone by outlet (bars, with article counts) and over publication time (points sized
    by articles, a line when there are several periods). Takes the tables of
    :func:`presslens.sentiment.tone_by` for ``by="outlet"`` and ``by="published"`` (columns
    outlet/published, articles, tone). Where the tables hold ``share_negative``, ``share_neutral``
    and ``share_positive`` (tone_by's shares of sentences), each mean has its class distribution
    beside it: stacked shares per outlet, and per period under the time panel. Returns a Figure.
    """
    shares = all(c in by_outlet for c in _SHARES) and all(c in by_date for c in _SHARES)
    if shares:
        fig = Figure(figsize=(15, 4.8), layout="constrained")
        grid = fig.add_gridspec(2, 3, width_ratios=[1, 0.4, 1.2], height_ratios=[2, 1])
        ax_out, ax_out_share = fig.add_subplot(grid[:, 0]), fig.add_subplot(grid[:, 1])
        ax_time = fig.add_subplot(grid[0, 2])
        ax_time_share = fig.add_subplot(grid[1, 2], sharex=ax_time)
    else:
        fig = Figure(figsize=(12, 3.8), layout="constrained")
        ax_out, ax_time = fig.subplots(1, 2)
    if len(by_outlet):
        o = by_outlet.sort_values("tone").tail(20)
        bars = ax_out.barh(o["outlet"].astype(str), o["tone"], color=[_tone_colour(t) for t in o["tone"]])
        ax_out.bar_label(bars, labels=[f"{n} art." for n in o["articles"]], padding=3, fontsize=8)
        ax_out.margins(x=0.2)  # room for the counts at both ends: a negative bar's was drawn over its outlet's name
        ax_out.axvline(0, color="#333333", linewidth=0.8)
        if shares:
            ax_out.set_ylim(-0.6, len(o) - 0.4)
            _share_bars(ax_out_share, o, "sentences by tone")
    else:
        _no_data(ax_out, f"{NO_OUTLET}: no article's metadata names one")
        if shares:
            _no_data(ax_out_share, "no outlets")
    ax_out.set(title="Article tone by outlet", xlabel="tone (word-weighted compound)")
    if len(by_date):
        d = by_date.sort_values("published")
        when = pd.to_datetime(d["published"])
        if len(d) > 1:
            ax_time.plot(when, d["tone"], color="#4c72b0", linewidth=1)
        ax_time.scatter(when, d["tone"], s=20 + 15 * d["articles"].clip(upper=20),
                        color=[_tone_colour(t) for t in d["tone"]], zorder=3)
        ax_time.axhline(0, color="#333333", linewidth=0.8)
        pad = pd.Timedelta(days=3)
        ax_time.set_xlim(when.min() - pad, when.max() + pad)
        ax_time.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
        ax_time.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
        ax_time.tick_params(axis="x", labelrotation=30)
        if shares:
            _share_columns(ax_time_share, when, d)
            ax_time.tick_params(axis="x", labelbottom=False)
    else:
        _no_data(ax_time, "no publication dates")
        if shares:
            _no_data(ax_time_share, "no publication dates")
    ax_time.set(title="Article tone over time (point size: articles)", ylabel="tone")
    return fig


def _share_columns(ax, when: pd.Series, table: pd.DataFrame) -> None:
    """The class distribution of each period of a time panel: its shares of negative, neutral and
    positive sentences stacked in a column at the period's date (as :func:`_share_bars` does per row)."""
    days = pd.Series(when).sort_values().diff().dt.days.dropna()
    width = 0.8 * (float(days.min()) if len(days) and days.min() > 0 else 1.0)
    bottom = pd.Series(0.0, index=table.index)
    for column, colour in zip(_SHARES, (_NEGATIVE, _NEUTRAL, _POSITIVE)):
        values = table[column].astype(float).fillna(0.0)
        ax.bar(when, values, bottom=bottom, width=width, color=colour)
        bottom = bottom + values
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(StrMethodFormatter("{x:.0%}"))
    ax.set_ylabel("sentences", fontsize=9)
    ax.set_title("Share of sentences by tone (negative · neutral · positive)", fontsize=10)
    ax.tick_params(axis="x", labelrotation=30)


def entity_portrayal(summary: pd.DataFrame, top: int = 25, highlight: list[str] | None = None) -> Figure:
    """How the coverage portrays its most mentioned entities: mentions (log scale) against mean
    portrayal (the articles' stance towards them; not what they do or say), labelled, and the
    same as bars with the mention counts. Takes the table of
    :func:`presslens.sentiment.entity_summary` (entity, mentions, portrayal; an older table's
    ``tone`` is read the same way); keeps the ``top`` most mentioned plus every entity named in
    ``highlight``. Returns a Figure.
    """
    shares = all(c in summary for c in _SHARES)
    fig = Figure(figsize=(16 if shares else 13, max(4.0, 0.28 * min(top, len(summary)) + 1.5)),
                 layout="constrained")
    ax_sc, ax_bar, *ax_share = fig.subplots(1, 3 if shares else 2, width_ratios=[1.3, 1, 0.45][:2 + shares])
    if summary.empty:
        for ax in (ax_sc, ax_bar, *ax_share):
            _no_data(ax, "no entities")
        return fig
    score = "portrayal" if "portrayal" in summary else "tone"
    ranked = summary.sort_values("mentions", ascending=False, kind="stable")
    keep = ranked.head(top)
    if highlight:
        keep = pd.concat([keep, ranked[ranked["entity"].isin(highlight)]]).drop_duplicates("entity")
    colours = [_tone_colour(t) for t in keep[score]]
    ax_sc.scatter(keep["mentions"], keep[score], s=40, color=colours, zorder=3)
    ax_sc.set_xscale("log")
    # Plain counts at 1, 2, 5, 10, 20, 50 ... (not 2×10⁰, and not every minor tick, whose labels
    # ran into each other); room on the right for the most mentioned entity's label.
    ax_sc.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax_sc.xaxis.set_major_formatter(StrMethodFormatter("{x:g}"))
    ax_sc.xaxis.set_minor_formatter(NullFormatter())
    ax_sc.set_xlim(0.8, max(float(keep["mentions"].max()), 2.0) * 1.6)
    ax_sc.axhspan(-0.05, 0.05, color=_NEUTRAL, alpha=0.2)
    ax_sc.set(title="Mentions vs. mean portrayal of the entity", xlabel="mentions (log scale)",
              ylabel="mean portrayal (article stance)", ylim=(-1.05, 1.05))
    # Single neutral mentions pile up at (1, 0); their names are in the bar chart beside.
    labelled = [(str(name), x, y) for name, x, y in zip(keep["entity"], keep["mentions"], keep[score])
                if x > 1 or abs(y) > 0.05 or (highlight and name in highlight)]
    _place_labels(ax_sc, labelled)
    ordered = keep.sort_values(score)
    bars = ax_bar.barh(ordered["entity"].astype(str), ordered[score],
                       color=[_tone_colour(t) for t in ordered[score]])
    ax_bar.bar_label(bars, labels=[str(n) for n in ordered["mentions"]], padding=3, fontsize=8)
    ax_bar.axvline(0, color="#333333", linewidth=0.8)
    ax_bar.set(title="Mean portrayal (label: mentions)", xlabel="portrayal", xlim=(-1.15, 1.15))
    if shares:
        ax_bar.set_ylim(-0.6, len(ordered) - 0.4)
        _share_bars(ax_share[0], ordered, "articles by stance")
    return fig


def speaker_tone_chart(speakers: pd.DataFrame, top: int = 20) -> Figure:
    """The tone of what the ``top`` most quoted speakers say: bars of mean tone labelled with the
    number of quotes. Takes the table of :func:`presslens.sentiment.speaker_tone` (speaker,
    quotes, tone). Returns a Figure.
    """
    keep = speakers.sort_values("quotes", ascending=False, kind="stable").head(top) if len(speakers) else speakers
    shares = all(c in speakers for c in _SHARES)
    fig = Figure(figsize=(10.5 if shares else 8, max(3.0, 0.3 * len(keep) + 1.2)), layout="constrained")
    ax, *ax_share = fig.subplots(1, 2, width_ratios=[1, 0.4]) if shares else [fig.subplots()]
    if keep.empty:
        for each in (ax, *ax_share):
            _no_data(each, "no attributed quotes")
    else:
        ordered = keep.sort_values("tone")
        bars = ax.barh(ordered["speaker"].astype(str), ordered["tone"],
                       color=[_tone_colour(t) for t in ordered["tone"]])
        ax.bar_label(bars, labels=[f"{n} q." for n in ordered["quotes"]], padding=3, fontsize=8)
        ax.axvline(0, color="#333333", linewidth=0.8)
        ax.set_xlim(-1.15, 1.15)
        if shares:
            ax.set_ylim(-0.6, len(ordered) - 0.4)
            _share_bars(ax_share[0], ordered, "quotes by tone")
    ax.set(title="Tone of what each speaker is quoted as saying", xlabel="mean tone of quotes")
    return fig


# =============================================================================================
# quotes
# =============================================================================================

_SPEAKER_KIND_COLOURS = {"named person": "#4c72b0", "organisation": "#55a868",
                         "unnamed source": "#dd8452", "author": "#937860", "unresolved": "#8c8c8c"}
_QUOTE_KIND_COLOURS = {"direct": "#4c72b0", "mixed": "#8172b3", "indirect": "#ccb974"}


def speaker_share_chart(speakers: pd.DataFrame, top: int = 20,
                        highlight: list[str] | None = None) -> Figure:
    """Who is quoted how much: the ``top`` speakers by words quoted (bars coloured by speaker
    kind, labelled with their number of quotes), summed over outlets. Takes the table of
    :func:`presslens.quotes.speakers` (speaker, speaker_kind, quotes, words_quoted); names in
    ``highlight`` are drawn in bold. Returns a Figure.
    """
    if len(speakers):
        table = (speakers.groupby("speaker", sort=False)
                 .agg(speaker_kind=("speaker_kind", "first"), quotes=("quotes", "sum"),
                      words_quoted=("words_quoted", "sum"))
                 .reset_index()
                 .sort_values(["words_quoted", "quotes"], ascending=False, kind="stable").head(top))
    else:
        table = speakers
    fig = Figure(figsize=(8, max(3.0, 0.3 * len(table) + 1.4)), layout="constrained")
    ax = fig.subplots()
    if table.empty:
        _no_data(ax, "no quotes")
        return fig
    ordered = table.iloc[::-1]
    bars = ax.barh(ordered["speaker"].astype(str), ordered["words_quoted"],
                   color=[_SPEAKER_KIND_COLOURS.get(k, "#8c8c8c") for k in ordered["speaker_kind"]])
    ax.bar_label(bars, labels=[f"{n} q." for n in ordered["quotes"]], padding=3, fontsize=8)
    marked = set(highlight or [])
    for label in ax.get_yticklabels():
        if label.get_text() in marked:
            label.set_fontweight("bold")
    handles = [Patch(color=c, label=k) for k, c in _SPEAKER_KIND_COLOURS.items()
               if k in set(table["speaker_kind"])]
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    ax.set(title="Who is quoted how much", xlabel="words quoted (direct and mixed quotes)")
    return fig


def source_mix_chart(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """How each outlet quotes: shares of quote kinds (direct, mixed, indirect) and of speaker kinds
    (named person, organisation, unnamed source, the author, unresolved), one bar per outlet ("all" when
    ``articles`` has no outlets). Takes rows of :func:`presslens.quotes.extract_quotes`; returns a
    Figure.
    """
    q = quotes.copy()
    q["outlet"] = "all"
    if articles is not None and "outlet" in articles.columns and len(q):
        mapped = q["doc_id"].astype(str).map(dict(zip(articles["doc_id"].astype(str), articles["outlet"])))
        if mapped.notna().any():
            q["outlet"] = mapped.fillna(NO_OUTLET).astype(str)
    outlets = sorted(q["outlet"].unique()) if len(q) else []
    fig = Figure(figsize=(12, max(2.6, 0.35 * len(outlets) + 1.6)), layout="constrained")
    axes = fig.subplots(1, 2, sharey=True)
    for ax, column, colours, title in (
            (axes[0], "kind", _QUOTE_KIND_COLOURS, "Kind of quote"),
            (axes[1], "speaker_kind", _SPEAKER_KIND_COLOURS, "Kind of source")):
        if not outlets:
            _no_data(ax, "no quotes")
            continue
        shares = pd.crosstab(q["outlet"], q[column], normalize="index").reindex(outlets)
        left = pd.Series(0.0, index=outlets)
        for key, colour in colours.items():
            if key in shares.columns:
                ax.barh(outlets, shares[key], left=left, color=colour, label=key)
                left += shares[key]
        counts = q["outlet"].value_counts()
        ax.set_yticks(range(len(outlets)), [f"{o} ({counts[o]})" for o in outlets])
        ax.set(title=title, xlabel="share of quotes", xlim=(0, 1))
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=4, fontsize=8, frameon=False)
    return fig


def cue_verb_chart(quotes: pd.DataFrame, top: int = 15) -> Figure:
    """The reporting verbs used, most frequent first (lower-cased as written: "said", "told",
    "according to"), split by quote kind. Takes rows of :func:`presslens.quotes.extract_quotes`;
    returns a Figure.
    """
    q = quotes[quotes["cue"].notna()] if len(quotes) else quotes
    fig = Figure(figsize=(8, max(3.0, 0.3 * min(top, max(len(q), 1)) + 1.4)), layout="constrained")
    ax = fig.subplots()
    if q.empty:
        _no_data(ax, "no reporting verbs")
        return fig
    table = pd.crosstab(q["cue"].str.lower(), q["kind"])
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]].iloc[::-1]
    left = pd.Series(0, index=table.index)
    for kind, colour in _QUOTE_KIND_COLOURS.items():
        if kind in table.columns:
            ax.barh(table.index, table[kind], left=left, color=colour, label=kind)
            left += table[kind]
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    ax.set(title="Reporting verbs", xlabel="quotes")
    return fig


# =============================================================================================
# timeline
# =============================================================================================

# Past, present and future against the publication date: marker and fill.
_RELATION_STYLE = {"past": ("o", True), "present": ("s", True), "future": ("D", False), None: ("o", True)}
_SEVERAL = "several outlets"


def _outlet_colours(names: list[str]) -> dict[str, str]:
    palette = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c",
               "#ccb974", "#64b5cd"]
    colours = {name: palette[i % len(palette)] for i, name in enumerate(names)}
    colours[_SEVERAL] = "#222222"
    return colours


def timeline_chart(timeline: pd.DataFrame, publication_dates: pd.Series | None = None, max_events: int = 30,
                   date_from: object = None, date_to: object = None, title: str = "Timeline") -> Figure:
    """Events on a date axis, from :func:`presslens.timeline.build_timeline` (columns date_start,
    date_end, event, tense, outlets, n_articles).

    One row per event: a bar over its interval, a marker at its middle — filled circle for the
    past, square for the publication day, hollow diamond for the future (relative to the
    publication date) — coloured by outlet (black when several outlets report it); the
    ``max_events`` events reported by most articles are shown, and of those reported equally often
    the nearest the publication dates (the title says how many of how many). ``publication_dates``
    draws the publication day (one date) or span (several). ``date_from``/``date_to`` set the axis
    limits. Returns a Figure.
    """
    rows = timeline[timeline["date_start"].notna()]
    if date_from is not None and str(date_from) != "":
        rows = rows[rows["date_end"] >= pd.Timestamp(date_from)]
    if date_to is not None and str(date_to) != "":
        rows = rows[rows["date_start"] <= pd.Timestamp(date_to)]
    pub = pd.to_datetime(pd.Series(publication_dates), errors="coerce").dropna()
    if len(pub) and pub.dt.tz is not None:
        pub = pub.dt.tz_convert(None)
    dated = len(rows)
    # In a corpus without wire copies nearly every event is reported once: ties kept in the
    # table's date order would show the oldest history an article recalls, not what news is
    # mostly about, the days around its publication. A timeline of no rows has no dates to order
    # (its columns untyped: subtracting a date from them raises).
    if len(pub) and dated:
        zero = pd.Timedelta(0)
        distance = (pub.min() - rows["date_end"]).clip(lower=zero) + (rows["date_start"] - pub.max()).clip(lower=zero)
        rows = rows.assign(_distance=distance).sort_values(["n_articles", "_distance"], ascending=[False, True],
                                                           kind="stable")
    else:
        rows = rows.sort_values("n_articles", ascending=False, kind="stable")
    rows = rows.head(max_events).sort_values(["date_start", "date_end"], kind="stable")
    if len(rows) < dated:
        title = f"{title}\n({len(rows)} of {dated} dated events: the most reported, then the nearest publication)"
    fig = Figure(figsize=(12, max(2.5, 0.36 * len(rows) + 1.4)), layout="constrained")
    ax = fig.subplots()
    if rows.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    outlet_of = [o[0] if len(o) == 1 else (_SEVERAL if len(o) > 1 else NO_OUTLET)
                 for o in rows["outlets"].map(lambda v: list(v) if isinstance(v, (list, tuple)) else [])]
    colours = _outlet_colours(sorted({o for o in outlet_of if o != _SEVERAL}))
    y = list(range(len(rows)))[::-1]
    for yi, (_, r), outlet in zip(y, rows.iterrows(), outlet_of):
        start, end = r["date_start"], r["date_end"] + pd.Timedelta(days=1)
        middle = start + (end - start) / 2
        colour = colours.get(outlet, "#8c8c8c")
        ax.plot([start, end], [yi, yi], color=colour, alpha=0.35, linewidth=6, solid_capstyle="butt")
        marker, filled = _RELATION_STYLE.get(r.get("tense"), _RELATION_STYLE[None])
        ax.plot([middle], [yi], marker=marker, markersize=7, color=colour,
                markerfacecolor=colour if filled else "white", markeredgewidth=1.5, linestyle="none")
    ax.set_yticks(y, _event_labels(rows), fontsize=8)
    if len(pub) and pub.min() == pub.max():
        ax.axvline(pub.min(), color="#c44e52", linestyle="--", linewidth=1, label="publication day")
    elif len(pub):
        ax.axvspan(pub.min(), pub.max(), color="#c44e52", alpha=0.08, label="publication dates")
    if date_from is not None and str(date_from) != "":
        ax.set_xlim(left=pd.Timestamp(date_from))
    if date_to is not None and str(date_to) != "":
        ax.set_xlim(right=pd.Timestamp(date_to))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    handles = [Line2D([], [], color=colours[o], linewidth=6, alpha=0.6, label=o)
               for o in list(dict.fromkeys(outlet_of)) if o in colours][:12]
    handles += [Line2D([], [], marker=m, color="#555555", markerfacecolor="#555555" if f else "white",
                       linestyle="none", label=k) for k, (m, f) in _RELATION_STYLE.items() if k]
    handles += [h for h in ax.get_legend_handles_labels()[0] if h.get_label().startswith("publication")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set(title=title)
    return fig


def _event_labels(rows: pd.DataFrame, limit: int = 70) -> list[str]:
    """Each event's label, shortened, with its number of articles; two events of one clause ("talks
    will follow": the noun and the verb) share their label, so each of those names its head word."""
    short = [_short(e, limit) for e in rows["event"]]
    repeated = {lab for lab in short if short.count(lab) > 1}
    heads = rows["head"] if "head" in rows else pd.Series(None, index=rows.index)
    labels = []
    for lab, event, head, n in zip(short, rows["event"], heads, rows["n_articles"]):
        if lab in repeated and isinstance(head, str) and head:
            lab = f"{_short(event, limit - len(head) - 3)} [{head}]"
        labels.append(f"{lab}  ({n})" if n > 1 else lab)
    return labels


def _short(label: str, limit: int = 70) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def reference_counts(events: pd.DataFrame, freq: str | None = None, title: str = "Dated references") -> Figure:
    """How often the coverage refers to each period: dated expressions from
    :func:`presslens.timeline.extract_events` (columns date_start, tense) counted per day, week
    or month (``freq`` "D"/"W"/"M"; default by span), stacked past / present / future relative to
    the publication date. Returns a Figure."""
    fig = Figure(figsize=(12, 3.4), layout="constrained")
    ax = fig.subplots()
    dated = events[events["date_start"].notna()]
    if dated.empty:
        ax.text(0.5, 0.5, "no dated references", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    span = (dated["date_start"].max() - dated["date_start"].min()).days
    freq = freq or ("D" if span <= 60 else "W" if span <= 400 else "M")
    period = dated["date_start"].dt.to_period(freq).dt.start_time
    table = pd.crosstab(period, dated["tense"].fillna("unknown")).sort_index()
    width = {"D": 0.8, "W": 5, "M": 25}.get(freq, 0.8)
    bottom = None
    colours = {"past": "#4c72b0", "present": "#c44e52", "future": "#55a868", "unknown": "#8c8c8c"}
    for relation in [c for c in ("past", "present", "future", "unknown") if c in table.columns]:
        ax.bar(table.index, table[relation].to_numpy(), width=width, bottom=bottom, label=relation,
               color=colours[relation])
        bottom = table[relation].to_numpy() if bottom is None else bottom + table[relation].to_numpy()
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set(title=title, ylabel={"D": "per day", "W": "per week", "M": "per month"}.get(freq, "count"))
    ax.legend(fontsize=8, frameon=False)
    return fig


# =============================================================================================
# uncertainty and validation
# =============================================================================================

def interval_chart(table: pd.DataFrame, label: str | list[str], value: str = "mean", *,
                   title: str = "", xlabel: str = "", size: str = "articles", top: int = 30,
                   method: str = "", xlim: tuple[float, float] | None = None) -> Figure:
    """Estimates with their intervals as points and error bars, best ranked first; the groups
    flagged ``small`` drawn apart below (grey, hollow, unranked) so they are never read as part of
    the ranking. Takes a table of :func:`presslens.stats.group_intervals` or
    :func:`presslens.stats.share_intervals` (``value``, ``low``, ``high``, ``small``, ``size``)
    or of :func:`presslens.validation.score_sheets` (``small`` optional), labelled by the
    ``label`` column(s); shows the first ``top`` ranked and ``top`` small groups. ``method`` is
    printed under the chart. Returns a Figure.
    """
    labels = [label] if isinstance(label, str) else list(label)
    t = table.copy()
    if t.empty:  # nothing estimated (no quotes, an empty corpus): the chart says so
        t = pd.DataFrame(columns=[*labels, value, "low", "high"])
    names = t[labels].apply(lambda col: col.map(lambda v: missing_key(col.name) if pd.isna(v) else str(v)))
    t["_label"] = names.agg(" · ".join, axis=1) if len(t) else pd.Series(dtype=str)
    small_mask = t["small"].astype(bool) if "small" in t else pd.Series(False, index=t.index)
    if size in t:
        t["_label"] += t[size].map(lambda n: f"  ({n} art." if size == "articles" else f"  (n={n}")
        # A ranked group without an interval (its articles all agree) says why beside its name; the small
        # groups' reasons head their panel.
        why = t.get("no_interval", pd.Series("", index=t.index)).fillna("").astype(str).str.split(":").str[0]
        t["_label"] += why.where(~small_mask & why.ne(""), "").map(lambda r: f"; no interval: {r}" if r else "") + ")"
    big, small = t[~small_mask].head(top), t[small_mask].head(top)
    rows = [len(big), len(small)]
    heights = [max(r, 1) * 0.32 + 0.9 for r in rows if r] or [2.0]
    fig = Figure(figsize=(9, sum(heights) + 0.6), layout="constrained")
    axes = fig.subplots(len(heights), 1, height_ratios=heights, squeeze=False)[:, 0]
    parts = [(p, name) for p, name in ((big, "ranked"), (small, "small")) if len(p)]
    fig.suptitle(title)
    if not parts:
        _no_data(axes[0], "nothing to show")
        return fig
    for ax, (part, name) in zip(axes, parts):
        y = list(range(len(part)))[::-1]
        has = (part["low"].notna() & part["high"].notna()).to_numpy()
        colour = "#4c72b0" if name == "ranked" else "#9a9a9a"
        face = colour if name == "ranked" else "white"
        # Only the groups with an interval get a bar: a bar of no width, its two caps on the point, read as certainty.
        with_bar, at = part[has], [v for v, h in zip(y, has) if h]
        if len(with_bar):
            ax.errorbar(with_bar[value], at, xerr=[(with_bar[value] - with_bar["low"]).clip(lower=0),
                                                   (with_bar["high"] - with_bar[value]).clip(lower=0)],
                        fmt="o", color=colour, ecolor=colour, capsize=3, markerfacecolor=face)
        if not has.all():
            ax.plot(part.loc[~has, value], [v for v, h in zip(y, has) if not h], "o", color=colour,
                    markerfacecolor=face)
        ax.set_yticks(y, part["_label"].tolist())
        if xlim:
            ax.set_xlim(*xlim)
        ax.set_ylim(-0.7, len(part) - 0.3)
        ax.set(xlabel=xlabel)
        if name == "small":
            # The reasons the table gives: "a single article" said of three articles each misled the reader.
            reasons = [str(r) for r in part.get("no_interval", pd.Series(dtype=str)).dropna().unique() if str(r)]
            ax.set_title("Under the minimum size: shown apart, not ranked"
                         + (f" (no interval: {'; '.join(reasons)})" if reasons else ""), fontsize=9)
    if method:
        # Under the last x-axis label, in the layout (a figure text at the bottom edge was drawn over that label),
        # wrapped to the figure's width at 7 points (a longer line widened the saved figure and squeezed the axes).
        last = axes[len(parts) - 1]
        method = textwrap.fill(method, width=int(fig.get_figwidth() * 72 / (7 * 0.6)))
        last.annotate(method, xy=(0.01, 0), xycoords=("figure fraction", last.xaxis.label), xytext=(0, -3),
                      textcoords="offset points", fontsize=7, color="#555555", ha="left", va="top")
    return fig


def label_counts_chart(counts: pd.DataFrame, title: str = "Items on the precision sheets, by the machine's label") -> Figure:
    """Bars of the items drawn per kind and label (the table of
    :func:`presslens.validation.label_counts`: what, label, items). Returns a Figure."""
    fig = Figure(figsize=(9, 0.35 * max(len(counts), 1) + 1.2), layout="constrained")
    ax = fig.subplots()
    if counts.empty:
        _no_data(ax, "no items drawn")
    else:
        names = (counts["what"].astype(str) + " · " + counts["label"].astype(str)).tolist()[::-1]
        bars = ax.barh(names, counts["items"].tolist()[::-1], color="#4c72b0")
        ax.bar_label(bars, padding=3, fontsize=8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set(title=title, xlabel="items drawn")
    return fig
