"""The run's report: provenance, the index page, and one annotated page per article.

``presslens run`` (:mod:`presslens.run`) calls these after the notebooks:

- :func:`provenance` — what produced the results: presslens, Python and library versions, the
  parameters, and the corpus read (path, file count and a fingerprint of its listing); recorded
  once per run in ``reports/run.json`` and printed on every page.
- :func:`write_article_pages` — ``reports/articles/DOC_ID.html``: each article annotated in place
  (:func:`presslens.display.show`), for at most ``limit`` articles.
- :func:`write_index` — ``reports/index.html``: status, provenance, headline numbers as tables,
  figures at full width, links to the notebooks and the annotated articles.
- :func:`static_tables` — the exported notebook HTML with interactive tables (itables) turned back
  into the plain tables they hold, so the export needs no JavaScript.

Example::

    >>> write_index("runs/my-study")             # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import platform
import re
import subprocess
import sys
import warnings
from collections.abc import Mapping
from importlib import metadata, resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from presslens import datafiles
from presslens.io import atomic_write, layout, project_root, resolve_path

__all__ = [
    "LIBRARIES",
    "corpus_listing",
    "headline_meaning",
    "headline_meanings",
    "measured_figures",
    "presslens_version",
    "provenance",
    "provenance_html",
    "source_commit",
    "source_count_check",
    "static_tables",
    "run_tables",
    "write_article_pages",
    "write_index",
]

# The libraries whose versions can change a result or a page.
LIBRARIES = ("pandas", "numpy", "nltk", "regex", "vadersentiment", "trafilatura", "htmldate", "ftfy", "matplotlib",
             "adjustText", "pyarrow", "papermill", "nbconvert", "itables", "dask")


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def presslens_version() -> str:
    """The version of presslens installed (its distribution's metadata, else ``presslens.__version__``)."""
    import presslens

    return _version("presslens") or presslens.__version__


def source_commit() -> dict[str, Any] | None:
    """``{"commit": HEAD, "modified": bool}`` of the checkout presslens runs from (modified: tracked
    files differ from HEAD); None for an installed package, which has only its version."""
    root = project_root()
    if not (root / ".git").exists():
        return None
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                              timeout=10)
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    if head.returncode != 0:
        return None
    return {"commit": head.stdout.strip(), "modified": bool(dirty.stdout.strip())}


def corpus_listing(path: str | os.PathLike) -> dict[str, Any]:
    """What a corpus path holds: ``path`` (absolute), ``files`` (count), ``bytes`` (total size) and
    ``fingerprint``: the SHA-256 of its listing — each file's path relative to the corpus and its size,
    sorted (hidden files and folders left out, as the loader leaves them out). Two runs on the same
    files give the same fingerprint; a file added, removed, renamed or resized changes it. File
    contents are not read, so this is cheap on any corpus size."""
    root = Path(path).resolve()
    if root.is_file():
        entries = [(root.name, root.stat().st_size)]
    elif root.is_dir():
        entries = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if not name.startswith("."):
                    full = Path(folder, name)
                    try:
                        entries.append((full.relative_to(root).as_posix(), full.stat().st_size))
                    except OSError:
                        continue
    else:
        return {"path": str(root), "files": 0, "bytes": 0, "fingerprint": None}
    entries.sort()
    digest = hashlib.sha256()
    for name, size in entries:
        digest.update(f"{name}\t{size}\n".encode("utf-8", "surrogateescape"))
    return {"path": str(root), "files": len(entries), "bytes": sum(s for _, s in entries),
            "fingerprint": "sha256:" + digest.hexdigest()}


def provenance(parameters: Mapping[str, Any] | None = None, corpus: str | os.PathLike | None = None) -> dict:
    """What produced a run's results: ``presslens`` (version, and the git commit of a checkout),
    ``python``, ``platform``, ``libraries`` (versions of :data:`LIBRARIES` installed), ``parameters``
    as given, ``corpus`` (:func:`corpus_listing` of ``corpus``, default the parameter
    ``corpus`` or the embedded sample), and with the parameter ``outlets`` (a file), ``outlets``: the
    mapping of outlet names it held when the run started, ``{name as written: outlet}``."""
    parameters = dict(parameters or {})
    where = corpus if corpus is not None else parameters.get("corpus")
    record = {
        "presslens": presslens_version(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "libraries": {name: v for name in LIBRARIES if (v := _version(name))},
        "parameters": parameters,
        "corpus": corpus_listing(resolve_path(None if where in (None, "") else str(where))),
    }
    if parameters.get("outlets"):
        from presslens.corpus.outlets import read_outlets

        try:
            record["outlets"] = read_outlets(str(parameters["outlets"]))
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            record["outlets"] = {"error": f"{type(exc).__name__}: {exc}"}
    source = source_commit()
    if source:
        record["source"] = source
    return record


# ------------------------------------------------------------------------------------- pages

def _short(value: Any, limit: int = 80) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def provenance_html(run: Mapping[str, Any], home: str | None = None) -> str:
    """A one-paragraph HTML summary of a run's provenance (escaped), for the top of every page;
    ``home`` links back to the report's index."""
    prov = run.get("provenance") or {}
    corpus = prov.get("corpus") or {}
    params = prov.get("parameters") or {}
    parts = [f"presslens {html.escape(str(prov.get('presslens', '?')))}"]
    if prov.get("source"):
        src = prov["source"]
        parts[0] += f" ({html.escape(str(src.get('commit', ''))[:10])}{', modified' if src.get('modified') else ''})"
    parts.append(f"run {html.escape(str(run.get('started', '?')))}")
    if corpus:
        articles = corpus.get("articles")
        parts.append(f"corpus <code>{html.escape(str(corpus.get('path')))}</code>: {corpus.get('files')} file(s)"
                     + (f", {articles} article(s)" if articles is not None else "")
                     + f", listing {html.escape(str(corpus.get('fingerprint') or '')[:19])}")
    shown = {k: v for k, v in params.items() if k not in ("corpus", "output_dir")}
    parts.append("parameters: " + (", ".join(f"{html.escape(str(k))}={html.escape(_short(json.dumps(v)))}"
                                              for k, v in shown.items()) or "defaults"))
    back = f'<a href="{html.escape(home)}">← report</a> · ' if home else ""
    return f'<p class="pl-provenance" style="font:13px/1.5 system-ui,sans-serif;color:#555">{back}{" · ".join(parts)}</p>'


def _safe_name(doc_id: str) -> str:
    # doc_ids come from file names and record fields: keep them readable but never a path.
    name = re.sub(r"[^\w.-]+", "_", str(doc_id), flags=re.UNICODE).strip("._") or "article"
    digest = hashlib.sha1(str(doc_id).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{name[:80]}-{digest}.html"


def write_article_pages(corpus: str | os.PathLike | None, output_dir: str | os.PathLike | None = None, *,
                        limit: int = 50, publication_date: str | None = None, override_dates: bool = False,
                        fields: str | Mapping[str, str] | None = None, mojibake: str = "repair",
                        outlets: str | os.PathLike | Mapping[str, str] | None = None,
                        day_first: bool | str | None = None,
                        run: Mapping[str, Any] | None = None, tables: str | os.PathLike | None = None,
                        stop: Any = None) -> dict[str, Any]:
    """Write ``reports/articles/NAME.html``, each article of ``corpus`` annotated in place (quotes,
    timexes and the event words they date, mentions with their tone), for the first ``limit`` articles
    (in corpus order), and ``reports/articles/index.json`` listing them. The corpus is read as the notebooks read it
    (:func:`presslens.study.open_corpus`: ``publication_date`` fills in missing dates, or replaces
    them with ``override_dates``; ``fields`` names the record fields; ``mojibake``: ``"repair"`` or
    ``"keep"``; ``outlets``: the outlet names mapping; ``day_first``: the order of dates in numbers); ``run`` (the run status) gives
    each page its provenance line.

    ``tables``: the output root of the run whose tables the pages show (``presslens run`` gives its
    own): the articles and their annotations are read from them, never analysed again, so a page
    shows the evidence the notebooks' figures came from (see :func:`run_tables`; the quotes and
    mention tones a notebook wrote last, e.g. notebook 03's with ``speech_acts``). A table the run
    did not write is named on each page and in ``missing``. Under its provenance, a page names what the
    article adds to notebook 02's figures, where that notebook ran: its tone and its stance towards each
    entity, with their labels (:func:`_figures_html`). Without ``tables`` the articles are
    analysed here. ``stop`` (a :class:`threading.Event`): set, no further page is written.

    Returns ``{"articles": N in the corpus, "written": pages written, "pages": [{doc_id, title,
    file, quotes, timexes, mentions}, ...], "source": "run tables" or "analysed", "missing": [...]}``.
    Pages of an earlier run not in this one are removed.
    """
    from presslens.display import article_page

    folder = layout(output_dir).reports / "articles"
    missing: list[str] = []
    toned = False
    if tables is not None:
        articles, shown_tables, missing = run_tables(tables)
        toned = shown_tables.pop("mention_tone", None) is not None
        chosen = articles.head(max(0, int(limit))).reset_index(drop=True)
        keep_ids = set(chosen["doc_id"].astype(str))
        shown_tables = {k: v[v["doc_id"].astype(str).isin(keep_ids)] if "doc_id" in v else v
                        for k, v in shown_tables.items()}
    else:
        from presslens.study import open_corpus

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the notebooks already said why a corpus is empty
            articles = open_corpus(None if corpus in (None, "") else str(corpus), publication_date=publication_date,
                                   override_dates=override_dates, fields=fields, mojibake=mojibake,
                                   outlets=outlets, day_first=day_first)
        chosen = articles.head(max(0, int(limit))).reset_index(drop=True)
    pages: list[dict[str, Any]] = []
    if len(chosen):
        if tables is None:
            # Imported here: the analysis's rules take seconds to compile, for nothing when no article was read.
            from presslens.pipeline import analyse
            from presslens.sentiment import mention_tone

            # No progress bar: a short step after the notebooks, and `presslens run --no-progress` asked for none.
            shown_tables = dict(analyse(chosen, progress=False))
            shown_tables["mentions"] = mention_tone(chosen, shown_tables["mentions"], shown_tables["sentences"])
        elif not toned and len(shown_tables["mentions"]):
            from presslens.sentiment import mention_tone

            # The run kept its mentions but no notebook toned them: toned here from the run's own rows.
            shown_tables["mentions"] = mention_tone(chosen, shown_tables["mentions"],
                                                   None if "sentences" in missing else shown_tables["sentences"])
        # The pages know the article count before run.json does.
        shown_run = json.loads(json.dumps(run or {}, default=str))
        if shown_run.get("provenance", {}).get("corpus") is not None:
            shown_run["provenance"]["corpus"]["articles"] = len(articles)
        header = provenance_html(shown_run, home="../index.html")
        if missing:
            header += ('<p class="pl-provenance" style="font:13px/1.5 system-ui,sans-serif;color:#a40">'
                       f"not shown: the run wrote no {html.escape(', '.join(missing))} table</p>")
        figures = _notebook_figures(tables, chosen["doc_id"].astype(str)) if tables is not None else {}
        for doc_id, title in zip(chosen["doc_id"].astype(str), chosen.get("title", chosen["doc_id"])):
            if stop is not None and stop.is_set():
                break
            name = _safe_name(doc_id)
            with atomic_write(folder / name, "w", encoding="utf-8") as fh:
                fh.write(article_page(chosen, doc_id, shown_tables, header=header + _figures_html(figures, doc_id)))
            count = {k: int((shown_tables[k]["doc_id"].astype(str) == doc_id).sum())
                     if len(shown_tables.get(k, ())) else 0 for k in ("quotes", "timexes", "mentions")}
            pages.append({"doc_id": doc_id, "title": "" if title is None else str(title), "file": name, **count})
    keep = {p["file"] for p in pages}
    for old in folder.glob("*.html") if folder.is_dir() else []:
        if old.name not in keep:
            old.unlink(missing_ok=True)
    summary = {"articles": len(articles), "written": len(pages), "limit": int(limit),
               "source": "analysed" if tables is None else "run tables", "missing": missing, "pages": pages}
    with atomic_write(folder / "index.json", "w", encoding="utf-8") as fh:
        json.dump(summary, fh, indent=2)
    return summary


# The tables of notebook 02 whose rows per article the tone and portrayal figures average, and the sentence tones
# an article's tone weighs.
_FIGURE_TABLES = ("article_tone", "entity_sentiment", "sentence_tone")
# The most sentences of one article listed on its page (a transcript of thousands would bury the article).
PAGE_SENTENCES = 300


def _notebook_figures(out: str | os.PathLike, doc_ids: Any) -> dict[str, dict[str, Any]]:
    """Notebook 02's ``article_tone``, ``entity_sentiment`` and ``sentence_tone`` tables of the run under ``out``,
    those it wrote (none when it did not run), each as ``{doc_id as text: its rows}`` for the pages' ``doc_ids``
    only: split once, not filtered again for every page."""
    import pandas as pd

    folder = layout(out).tables
    wanted = set(doc_ids)
    figures = {}
    for name in _FIGURE_TABLES:
        if (folder / f"{name}.parquet").is_file():
            table = pd.read_parquet(folder / f"{name}.parquet")
            table = table.assign(doc_id=table["doc_id"].astype(str))
            figures[name] = dict(tuple(table[table["doc_id"].isin(wanted)].groupby("doc_id", sort=False)))
    return figures


def _figures_html(figures: Mapping[str, Any], doc_id: str) -> str:
    """What the article adds to notebook 02's figures, as a paragraph (escaped) for the top of its page:
    its word-weighted tone and label (a row of the tone by outlet and by date) and its stance towards each
    entity with its label (a row of each entity's portrayal, the mean of such stances over articles), which
    its mentions' marks alone do not give: the stance weighs all of them, the headline and the lead.
    Under the tone, its sentences (``sentence_tone``, at most :data:`PAGE_SENTENCES`) in a table that opens:
    each with its tone, label and the words it weighs, so the article tone can be recomputed from the page.
    Empty when notebook 02 wrote none of these tables."""
    style = "font:13px/1.5 system-ui,sans-serif;color:#333"
    parts = []
    row = figures.get("article_tone", {}).get(doc_id, ())
    if len(row):
        r = row.iloc[0]
        parts.append(f"article tone {float(r['tone']):+.3f} ({html.escape(str(r['tone_label']))}), word-weighted "
                     f"over its {int(r['sentences'])} sentence(s): one article of the tone by outlet and by date")
    sentences = figures.get("sentence_tone", {}).get(doc_id)
    if sentences is not None:
        parts.append(_sentence_table(sentences.sort_values("sent_id")))
    rows = figures.get("entity_sentiment", {}).get(doc_id)
    if rows is not None:
        rows = rows.sort_values(["mentions", "entity"], ascending=[False, True])
        each = "; ".join(f"{html.escape(str(r.entity))} {float(r.portrayal):+.2f} "
                         f"({html.escape(str(r.portrayal_label))}, {int(r.mentions)} mention(s))"
                         for r in rows.itertuples())
        parts.append("its stance towards each entity, one article of that entity's portrayal (the mean of such "
                     f"stances over articles): {each}")
    return "".join(part if part.startswith("<details") else f'<p class="pl-figures" style="{style}">{part}</p>'
                   for part in parts)


def _sentence_table(sentences: Any) -> str:
    """An article's scored sentences as a table that opens (escaped): number, tone, label, the words it weighs
    (:func:`presslens.sentiment.sentence_words`) and its text, the first :data:`PAGE_SENTENCES` of them."""
    from presslens.sentiment import label_names, sentence_words

    shown = sentences.head(PAGE_SENTENCES)
    labels, words = label_names(shown["compound"].astype(float)), sentence_words(shown["text"])
    num = ' style="text-align:right"'
    rows = "".join(f"<tr><td{num}>{int(r.sent_id) + 1}</td><td{num}>{float(r.compound):+.3f}</td><td>{label}</td>"
                   f"<td{num}>{n}</td><td>{html.escape(_short(r.text, 300))}</td></tr>"
                   for r, label, n in zip(shown.itertuples(), labels, words))
    more = (f" (the first {len(shown)} of {len(sentences)})" if len(sentences) > len(shown) else "")
    return ('<details class="pl-sentences" style="font:13px/1.5 system-ui,sans-serif;color:#333;margin:.3em 0">'
            f"<summary>its {len(sentences)} sentences, the tone of each and the words it weighs{more}</summary>"
            '<table style="border-collapse:collapse;font-size:13px"><tr><th>#</th><th>tone</th><th>label</th>'
            f"<th>words</th><th>sentence</th></tr>{rows}</table></details>")


# What an annotated page shows, by the name of the run's table it comes from; a notebook's own table
# (the second name) stands in for it when that notebook wrote it after the analysis.
# The events mark each timeline row's event word beside the date that anchors it.
_PAGE_TABLES = {"sentences": (), "quotes": ("quotes",), "timexes": ("timexes",), "events": ("events",),
                "mentions": ("entity_mentions",)}


def run_tables(out: str | os.PathLike) -> tuple[Any, dict[str, Any], list[str]]:
    """The articles of the run under the output root ``out`` and the tables its annotated pages show
    (``sentences``, ``quotes``, ``timexes``, ``events``, ``mentions``), each as written last in that run: the
    analysis's table (``NAME/`` parts), or a notebook's own file written after it (``NAME.parquet``:
    notebook 03's quotes, with ``speech_acts`` or ``kinds`` as it was run; notebook 04's events; notebook 02's
    ``entity_mentions``, the mentions with their tone, kept as ``mention_tone`` too). Returns
    ``(articles, tables, missing)``: ``missing`` names the tables the run did not write (their
    annotations are left out)."""
    import pandas as pd

    from presslens.pipeline import load_tables

    articles = load_tables(out, ["articles"])["articles"]  # without it there are no pages to write
    shown: dict[str, Any] = {}
    missing: list[str] = []
    for name, own in _PAGE_TABLES.items():
        table, source = _latest_table(out, name, own)
        if source == "entity_mentions":
            shown["mention_tone"] = table
        if table is None:
            missing.append(name)
            table = pd.DataFrame({"doc_id": pd.Series([], dtype=str)})
        shown[name] = table
    return articles, shown, missing


def _latest_table(out: str | os.PathLike, name: str, own: tuple[str, ...] = ()) -> tuple[Any, str | None]:
    """The table ``name`` of the run under the output root ``out`` as written last in that run: the analysis's
    (``NAME/`` parts), or a notebook's own file of one of the names ``own`` written after it (``OWN.parquet``).
    Returns ``(table, source)``: ``source`` is the notebook's file name that stood in, None for the analysis's
    table; ``(None, None)`` when the run wrote neither."""
    import pandas as pd

    from presslens.io import json_cells_back
    from presslens.pipeline import load_tables

    folder = layout(out).tables
    try:
        table = load_tables(out, [name])[name]
    except FileNotFoundError:
        table = None  # unless a notebook's own table stands in
    source = None
    for other in own:
        path = folder / f"{other}.parquet"
        if path.is_file() and (table is None or path.stat().st_mtime > _written(folder, name)):
            table, source = json_cells_back(pd.read_parquet(path)), other
    return table, source


def _written(folder: Path, name: str) -> float:
    # When the analysis wrote table NAME (its part folder); 0 when it wrote none.
    return max((p.stat().st_mtime for p in (folder / name).glob("part-*.parquet")), default=0.0)


# ------------------------------------------------------------------------------------- index

def _cell(value: Any) -> dict[str, Any]:
    """A headline value as the template shows it: a number, a text, or a small table; an empty table
    (``{}`` or ``[]``, as a comparison of outlets records for a corpus of one outlet) is the text
    "none", never a table header without rows, which reads as a page that failed to load."""
    if isinstance(value, (Mapping, list, tuple)) and not value:
        return {"text": "none"}
    if isinstance(value, Mapping) and value and all(isinstance(v, Mapping) for v in value.values()):
        columns = list(dict.fromkeys(k for v in value.values() for k in v))
        return {"table": {"columns": columns,
                          "rows": [[k, *[_scalar(v.get(c)) for c in columns]] for k, v in value.items()]}}
    if isinstance(value, Mapping):
        return {"table": {"columns": ["value"], "rows": [[k, _scalar(v)] for k, v in value.items()]}}
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        columns = list(dict.fromkeys(k for v in value for k in v))
        return {"table": {"columns": columns, "rows": [[None, *[_scalar(v.get(c)) for c in columns]]
                                                       for v in value]}}
    return {"text": _scalar(value)}


def _scalar(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) >= 1 or value == 0 else f"{value:.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_scalar(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, default=str, ensure_ascii=False)
    return str(value)


# What each headline number of the packaged notebooks is, shown beside its key in the index.
HEADLINES_FILE = "report_headlines.tsv"


def headline_meanings() -> dict[tuple[str, str], str]:
    """``{(notebook, key): what it is}`` from ``data/report_headlines.tsv``: each headline number's unit, how it
    is computed and over what its interval runs, in one line; a key may be a pattern (``*_interval``) for the
    keys notebook 05 makes from the sheets it scores."""
    return {(row[0], row[1]): row[2] for row in datafiles.data_rows(HEADLINES_FILE) if len(row) == 3}


def headline_meaning(notebook: str, key: str) -> str | None:
    """What the headline number ``key`` of ``notebook`` is (:func:`headline_meanings`): its own line, else the
    first pattern that matches it, in the file's order; None for a key presslens does not know (a number a
    notebook of one's own records), which the index then shows bare rather than guess at."""
    from fnmatch import fnmatchcase

    meanings = headline_meanings()
    if (notebook, key) in meanings:
        return meanings[(notebook, key)]
    return next((what for (name, pattern), what in meanings.items()
                 if name == notebook and "*" in pattern and fnmatchcase(key, pattern)), None)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return {}


# The README's section that gives every measured figure with its method, held-out checks and what was tried.
README_SECTION = "how-well-it-works-make-eval-make-bench"
# The headline figures make eval measured, written by it alone (presslens.evaluate) into the package's data.
MEASURED_FILE = "measured.json"


def _figure(value: Any) -> str:
    return "–" if not isinstance(value, (int, float)) or isinstance(value, bool) else f"{value:.3f}"


def measured_figures() -> dict[str, Any] | None:
    """The headline figures ``make eval`` last measured, as the index shows them, from
    ``data/measured.json``: ``presslens`` (the version measured), ``commit``, ``modified``, ``date``,
    ``interval`` (the method), ``stale`` (a sentence when the version measured is not the one installed,
    else None) and ``rows`` (``key``, ``figure``, ``value``, ``interval`` as "[low–high]", ``data``, ``goal``,
    formatted); None when the package holds no such file."""
    record = datafiles.data_json(MEASURED_FILE)
    if not isinstance(record, Mapping):
        return None
    measured = str(record.get("presslens") or "an unknown version")
    rows = []
    for row in record.get("figures") or ():
        low, high = (list(row.get("interval") or ()) + [None, None])[:2]
        rows.append({"key": str(row.get("key", "")), "figure": str(row.get("figure", row.get("key", "?"))),
                     "value": _figure(row.get("value")),
                     "interval": f"[{_figure(low)}–{_figure(high)}]" if low is not None else "–",
                     "data": str(row.get("data") or "–"), "goal": str(row.get("goal") or "–")})
    return {"presslens": measured, "commit": str(record.get("commit") or "")[:10] or None,
            "modified": bool(record.get("modified")), "date": str(record.get("date") or "?"),
            "interval": str(record.get("interval") or ""), "stale": _stale(measured), "rows": rows}


# What each measured figure means for the headline numbers it qualifies (data/measured_meanings.tsv).
MEANINGS_FILE = "measured_meanings.tsv"


def measured_meanings() -> dict[str, dict[str, Any]]:
    """``{measured key: {"notebook", "qualifies" (the headline keys it qualifies, a list), "what"}}`` from
    ``data/measured_meanings.tsv``: what each figure of ``data/measured.json`` means for the numbers a notebook
    publishes, so that the index and the notebook show it beside them rather than only in a table of its own."""
    return {row[0]: {"notebook": row[1], "qualifies": [k.strip() for k in row[2].split(",") if k.strip()],
                     "what": row[3]} for row in datafiles.data_rows(MEANINGS_FILE) if len(row) == 4}


def measured_beside(notebook: str) -> list[dict[str, str]]:
    """The figures ``make eval`` measured (:func:`measured_figures`) that qualify headline numbers of ``notebook``
    (:func:`measured_meanings`), in the record's order, each with ``figure``, ``value``, ``95% interval``,
    ``data``, ``goal``, ``qualifies`` (its headline keys, joined) and ``what it means``; empty when the package
    holds no measured figures or none for that notebook."""
    record, meanings = measured_figures(), measured_meanings()
    rows = []
    for row in (record or {}).get("rows", ()):
        meaning = meanings.get(row["key"])
        if meaning is None or meaning["notebook"] != notebook:
            continue
        rows.append({"figure": row["figure"], "value": row["value"], "95% interval": row["interval"],
                     "data": row["data"], "goal": row["goal"], "qualifies": ", ".join(meaning["qualifies"]),
                     "what it means": meaning["what"]})
    return rows


def measured_note() -> str:
    """One sentence for a table of :func:`measured_beside`: when ``make eval`` measured the figures, with which
    presslens (version, commit), that they were not measured on this corpus and how their 95% intervals were
    made, and whether they may have moved since (another version installed)."""
    record = measured_figures()
    if record is None:
        return "This installation holds no measured figures (make eval writes them in a checkout of presslens)."
    commit = f" (commit {record['commit']})" if record["commit"] else ""
    return (f"Measured by make eval on {record['date']} with presslens {record['presslens']}{commit} on other, "
            f"hand-annotated news, not on this corpus; 95% intervals: {record['interval']}."
            + (f" {record['stale']}" if record["stale"] else ""))


def _stale(measured: str) -> str | None:
    """A sentence saying that figures measured with presslens ``measured`` may have moved, None when that is the
    version installed."""
    installed = presslens_version()
    return None if measured == installed else (
        f"These figures were measured with presslens {measured}, not the {installed} installed here: "
        "they may have moved since (make eval measures them again).")


# A count whose ratio to the gold's lies within 1 ± this, or a share whose difference from the gold's lies within
# ± this, interval and all, is read as level with the gold's: it can be compared as it stands. 0.03 is under half
# the spread of the gold's own named shares between PolNeAR's seven outlets (0.60-0.74), the differences a study
# of outlets reads.
SOURCE_LEVEL = 0.03
# The outlets come in the gold's order where Spearman's rho over them has a p below this.
SOURCE_RANK_P = 0.05
# How the note names the kinds of source whose recall it gives (presslens.quotes.evaluate.source_counts), in order.
_RECALL_KINDS = {"named person": "named people", "organisation": "organisations",
                 "unnamed source": "unnamed sources", "unresolved": "no readable speaker"}


def _source_row(figure: Mapping[str, Any]) -> dict[str, Any]:
    """One row of :func:`source_count_check`'s table from one figure of ``data/measured.json``'s ``sources``, with
    ``level``, ``ordered`` (bools, None when not measured) and ``lean`` ("too high", "too low") for its note."""
    ratio = figure.get("compared") == "ratio"
    low, high = (list(figure.get("interval") or ()) + [None, None])[:2]
    value, rho, p = figure.get("value"), figure.get("rank_rho"), figure.get("rank_p")
    centre = 1.0 if ratio else 0.0
    level = None if low is None else centre - SOURCE_LEVEL <= low and high <= centre + SOURCE_LEVEL
    ordered = None if rho is None or p is None else p < SOURCE_RANK_P and rho > 0
    lean = "too low" if isinstance(value, (int, float)) and value < centre else "too high"
    if level:
        reading = "safe to compare, level and outlet order" if ordered else "level safe; outlet order not shown"
    else:
        reading = (f"biased ({lean}): compare outlets by order only" if ordered else
                   f"biased ({lean}), and the outlet order not shown to hold")
    number = (lambda v: "–" if v is None else f"{v:.1f}") if ratio else _figure
    sign = "" if ratio else "+"
    return {"count": str(figure.get("figure", figure.get("key", "?"))), "in notebook 03": figure.get("published"),
            "presslens": number(figure.get("presslens")), "annotators": number(figure.get("gold")),
            "presslens against them": "–" if value is None else (f"×{value:.3f}" if ratio else f"{value:+.3f}"),
            "95% interval": "–" if low is None else f"[{low:{sign}.3f}, {high:{sign}.3f}]",
            "outlets in the same order": "–" if rho is None else f"{'yes' if ordered else 'not shown'}, ρ {rho:.2f}",
            "reading": reading, "level": level, "ordered": ordered, "lean": lean}


def source_count_check() -> dict[str, Any]:
    """How far notebook 03's source counts held against hand annotation, as ``make eval`` last measured them on
    PolNeAR (``data/measured.json``'s ``sources``, :func:`presslens.evaluate.source_record`), for the notebook
    and the index to show beside the counts: ``note`` (one short paragraph in plain words: what was compared,
    why the shares lean, which counts are biased, to be compared between outlets by their order only, and which
    are safe as levels), ``rows`` (one per count the notebook publishes: ``count``, ``in notebook 03`` (its
    headline key), ``presslens`` and ``annotators`` (on PolNeAR), ``presslens against them`` (ratio or
    difference), ``95% interval`` (over articles), ``outlets in the same order`` (Spearman's rho over the
    outlets, p < :data:`SOURCE_RANK_P`) and ``reading``: level with the gold's where the whole interval lies
    within :data:`SOURCE_LEVEL` of it), ``date``, ``commit`` and ``stale`` (as :func:`measured_figures`). A package
    whose record holds no such figures gets a note saying so and no rows."""
    record = datafiles.data_json(MEASURED_FILE)
    sources = record.get("sources") if isinstance(record, Mapping) else None
    if not isinstance(sources, Mapping) or not sources.get("figures"):
        return {"note": "These counts have not been checked against hand annotation in this installation "
                        "(make eval, in a checkout of presslens, writes the check to data/measured.json).",
                "rows": [], "date": None, "commit": None, "stale": None}
    rows = [_source_row(f) for f in sources["figures"]]
    recall = sources.get("recall") or {}
    found = ", ".join(f"{recall[kind]:.0%} of those to {label}" for kind, label in _RECALL_KINDS.items()
                      if isinstance(recall.get(kind), (int, float)))
    ratio = next((f.get("value") for f in sources["figures"] if f.get("compared") == "ratio"), None)
    note = (f"Checked against hand annotation (measured {sources.get('date', '?')}): on "
            f"{sources.get('articles', '?')} US political news articles of {sources.get('outlets', '?')} outlets "
            f"(PolNeAR), presslens finds {'?' if ratio is None else f'{ratio:.2f}'} of the attributions the "
            f"annotators marked, and unevenly{': ' + found if found else ''}. ")
    for lean in ("too high", "too low"):
        leaning = [r["count"] for r in rows if r["level"] is False and r["lean"] == lean]
        note += f"These counts read {lean}: {'; '.join(leaning)}. " if leaning else ""
    if any(r["level"] is False for r in rows):
        note += ("Compare outlets on them by their order only, where the table says presslens kept the annotators' "
                 "order, not by the size of a difference. ")
    safe = [r["count"] for r in rows if r["level"]]
    if safe:
        note += (f"Safe to compare as levels: {'; '.join(safe)} (within {SOURCE_LEVEL} of the annotators', "
                 "interval and all). ")
    note += "Shares are of all quotes unless said; attributions are counted, a quote split over two rows once."
    return {"note": note, "rows": [{k: v for k, v in r.items() if k not in ("level", "ordered", "lean")}
                                   for r in rows],
            "date": sources.get("date"), "commit": str(sources.get("commit") or "")[:10] or None,
            "stale": _stale(str(sources.get("presslens") or "an unknown version"))}


# The README beside the package in a checkout; an installed package has none, only its metadata's copy.
SOURCE_README = Path(__file__).resolve().parents[2] / "README.md"
# The page an installed package's report gets instead: the README's section, from the package's metadata.
README_PAGE = "how-well-it-works.html"


def _readme(reports: Path, source: Path = SOURCE_README, description: str | None = None) -> str | None:
    """A link to the README's *How well it works* section: in a checkout the README beside the source; in
    an installed package, which has no README file, :data:`README_PAGE` written into ``reports`` from the
    copy the package's metadata carries (its long description; ``description`` gives that text instead), so
    that the index's link leads somewhere away from the checkout too. None when neither holds the section."""
    if source.is_file():
        return f"{source.as_uri()}#{README_SECTION}"
    text = description
    if text is None:
        try:
            text = metadata.metadata("presslens").get_payload() or ""
        except metadata.PackageNotFoundError:
            return None
    found = re.search(r"^## How well it works.*?(?=^## |\Z)", str(text), re.MULTILINE | re.DOTALL)
    if found is None:
        return None
    page = (f"<!doctype html>\n<meta charset=\"utf-8\">\n<title>presslens {html.escape(presslens_version())}: "
            f"How well it works</title>\n<p>From the README of presslens {html.escape(presslens_version())}, "
            f"as installed (Markdown).</p>\n<pre style=\"white-space:pre-wrap;max-width:120ch\">"
            f"{html.escape(found.group(0).strip())}</pre>\n")
    with atomic_write(reports / README_PAGE, "w", encoding="utf-8") as fh:
        fh.write(page)
    return README_PAGE


# The headline tables of notebook 02 whose rows are entities' portrayals: each row links to the entity's articles;
# and those whose rows are speakers' quote tones: each row links to the speaker's quotes.
_PORTRAYAL_RESULTS = ("entity_portrayal", "entity_portrayal_ci")
_SPEAKER_RESULTS = ("speaker_tone", "speaker_tone_ci")
# The most speakers, quotes of one speaker and timeline rows the index lists (a large corpus has thousands; the
# tables hold them all): the speakers in notebook 02's order (most quoted first), the rows in the timeline's.
INDEX_SPEAKERS = 50
INDEX_SPEAKER_QUOTES = 40
INDEX_TIMELINE_ROWS = 200


def _entity_anchor(entity: str) -> str:
    # An id for the entity's row of the index, readable and never clashing (names differ only in punctuation).
    return "entity-" + _safe_name(entity).removesuffix(".html")


def _speaker_anchor(speaker: str) -> str:
    # An id for the speaker's row of the index; "speaker-" keeps it apart from the same name's entity row.
    return "speaker-" + _safe_name(speaker).removesuffix(".html")


def _entity_articles(out: Any, entities: Any, pages: Mapping[str, Any]) -> list[dict[str, Any]]:
    """For each entity of ``entities`` (notebook 02's ``entity_portrayal``, in its order), the articles whose
    stances towards it its portrayal averages, from the run's ``entity_sentiment`` table: ``entity``,
    ``anchor`` (:func:`_entity_anchor`), ``portrayal`` (their mean, as the figure gives it) and ``rows``, most
    positive first, each with ``doc_id``, ``title``, ``file`` (its annotated page, None when the run drew no
    page for it: beyond ``--pages``), ``stance`` (signed, two decimals), ``label`` and ``mentions``. Empty when
    notebook 02 wrote no such table."""
    import pandas as pd

    path = out.tables / "entity_sentiment.parquet"
    if not entities or not path.is_file():
        return []
    table = pd.read_parquet(path, columns=["entity", "doc_id", "mentions", "portrayal", "portrayal_label"])
    table = table[table["entity"].isin(list(entities))]
    drawn = {str(p["doc_id"]): p for p in pages.get("pages", ())}
    listed = []
    for entity in entities:
        rows = table[table["entity"] == entity].sort_values(["portrayal", "doc_id"], ascending=[False, True])
        if rows.empty:
            continue
        listed.append({"entity": entity, "anchor": _entity_anchor(entity),
                       "portrayal": f"{rows['portrayal'].mean():+.3f}", "articles": len(rows),
                       "rows": [{"doc_id": str(r.doc_id), "title": (drawn.get(str(r.doc_id)) or {}).get("title"),
                                 "file": (drawn.get(str(r.doc_id)) or {}).get("file"), "stance": f"{r.portrayal:+.2f}",
                                 "label": str(r.portrayal_label), "mentions": int(r.mentions)}
                                for r in rows.itertuples()]})
    return listed


def _page_link(pages: Mapping[str, Any], doc_id: str, anchor: str | None) -> dict[str, Any]:
    """``doc_id``, ``title`` and ``href`` (the article's annotated page at ``#anchor``, or at its top for
    ``anchor`` None; None when the run drew no page for it) of one article, as the index's evidence lists link it."""
    drawn = (pages.get("by_doc") or {}).get(str(doc_id)) or {}
    target = f"articles/{quote(drawn['file'])}" + (f"#{anchor}" if anchor else "") if drawn.get("file") else None
    return {"doc_id": str(doc_id), "title": drawn.get("title"), "href": target}


def _speaker_quotes(out: Any, speakers: Any, pages: Mapping[str, Any]) -> dict[str, Any]:
    """For the first :data:`INDEX_SPEAKERS` speakers of ``speakers`` (notebook 02's ``speaker_tone``, in its
    order), the quotes whose tones its figure averages, from the analysis's quotes table as notebook 02 reads it
    (a mark's link only where the pages show the same table): ``speakers`` (each
    with ``speaker``, ``anchor`` (:func:`_speaker_anchor`), ``members`` (of a joint speaker, whom notebook 03's
    speakers table credits with each of its quotes; else empty), ``tone`` (the mean of its quotes' tones, as
    :func:`presslens.sentiment.speaker_tone` gives it), ``quotes``, ``articles``, ``more`` (quotes past
    :data:`INDEX_SPEAKER_QUOTES`, not listed) and ``rows``, in article and text order, each an article link to the
    quote's mark (:func:`_page_link`) with ``kind``, ``tone`` (signed, two decimals), ``label`` and ``content``),
    ``total`` (speakers in the figure). Empty when no notebook wrote such a table."""
    import numpy as np

    from presslens.sentiment import label_names, score_many

    names = list(speakers)[:INDEX_SPEAKERS]
    # notebook 02 reads the analysis's quotes; the pages show notebook 03's where it wrote its own later (with
    # speech_acts or kinds its quotes may be numbered otherwise): a quote links to a mark of the same number
    # and offsets, else to its page
    table, _ = _latest_table(out.root, "quotes") if names else (None, None)
    if table is None or "speaker" not in table:
        return {"speakers": [], "total": len(speakers)}
    shown, _ = _latest_table(out.root, "quotes", _PAGE_TABLES["quotes"])
    marked = set(zip(shown["doc_id"].astype(str), shown["quote_id"], shown["start"], shown["end"]))
    table = table[table["speaker"].isin(names)]
    sort = [c for c in ("doc_id", "start") if c in table]
    listed = []
    for speaker in names:
        rows = table[table["speaker"] == speaker].sort_values(sort, kind="stable")
        if rows.empty:
            continue
        contents = rows["content"].fillna("").astype(str).tolist()
        # scored as speaker_tone scores them, so the listed tones average to the figure
        tones = score_many(contents)
        # a joint speaker ("Ada Quill and Ivo Brant"): one row here, one for each member in notebook 03's table
        members = [str(m) for v in (rows["speaker_members"] if "speaker_members" in rows else ())
                   if isinstance(v, (list, tuple, np.ndarray)) for m in v]
        listed.append({"speaker": speaker, "anchor": _speaker_anchor(speaker), "members": list(dict.fromkeys(members)),
                       "tone": f"{sum(tones) / len(tones):+.3f}", "quotes": len(rows),
                       "articles": rows["doc_id"].nunique(), "more": max(0, len(rows) - INDEX_SPEAKER_QUOTES),
                       "rows": [{**_page_link(pages, r["doc_id"], f"quote-{r['quote_id']}" if (
                                     str(r["doc_id"]), r["quote_id"], r["start"], r["end"]) in marked else None),
                                 "kind": str(r["kind"]),
                                 "tone": f"{tone:+.2f}", "label": label, "content": _short(text, 160)}
                                for r, tone, label, text in zip(rows.head(INDEX_SPEAKER_QUOTES).to_dict("records"),
                                                                tones, label_names(tones), contents)]})
    return {"speakers": listed, "total": len(speakers)}


def _group_anchor(prefix: str, name: str) -> str:
    # An id for a group's row of the index (an outlet, a period, a kind of source), apart from others of its name.
    return f"{prefix}-" + _safe_name(name).removesuffix(".html")


def _source_quotes(out: Any, kinds: Any, pages: Mapping[str, Any]) -> list[dict[str, Any]]:
    """For each kind of source of ``kinds`` (notebook 03's ``source_shares_ci``, in its order), the quotes its
    count and share are made of, from the quotes table notebook 03 counts (its own, as the pages show it; the
    analysis's where it wrote none; a missing kind as "unresolved", as it counts it): ``kind``, ``anchor``
    (:func:`_group_anchor`), ``quotes`` (the count), ``total`` (all quotes), ``share``, ``outlets`` (``[(outlet,
    quotes)]``, the by-outlet shares' counts), ``more`` (quotes past :data:`INDEX_SPEAKER_QUOTES`, not listed) and
    ``rows`` in article and text order, each an article link to the quote's mark (:func:`_page_link`) with
    ``outlet``, ``speaker``, ``quote_kind`` and ``content``. Empty when no notebook wrote such a table."""
    import pandas as pd

    from presslens.corpus import NO_OUTLET

    table, _ = _latest_table(out.root, "quotes", _PAGE_TABLES["quotes"]) if kinds else (None, None)
    if table is None or "speaker_kind" not in table:
        return []
    outlets = table["outlet"] if "outlet" in table else None
    table = table.assign(speaker_kind=table["speaker_kind"].fillna("unresolved"),
                         outlet=NO_OUTLET if outlets is None else outlets.fillna(NO_OUTLET))
    table = table.sort_values([c for c in ("doc_id", "start") if c in table], kind="stable")
    listed = []
    for kind in kinds:
        rows = table[table["speaker_kind"] == kind]
        if rows.empty:
            continue
        listed.append({"kind": kind, "anchor": _group_anchor("source", kind), "quotes": len(rows),
                       "total": len(table), "share": f"{len(rows) / len(table):.3f}",
                       "outlets": list(rows["outlet"].astype(str).value_counts(sort=False).sort_index().items()),
                       "more": max(0, len(rows) - INDEX_SPEAKER_QUOTES),
                       "rows": [{**_page_link(pages, r["doc_id"], f"quote-{r['quote_id']}"), "outlet": str(r["outlet"]),
                                 "speaker": None if pd.isna(r.get("speaker")) else str(r["speaker"]),
                                 "quote_kind": str(r["kind"]), "content": _short(str(r["content"] or ""), 160)}
                                for r in rows.head(INDEX_SPEAKER_QUOTES).to_dict("records")]})
    return listed


def _tone_groups(out: Any, results: Mapping[str, Any], pages: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The articles each row of notebook 02's ``tone_by_outlet_ci`` and ``tone_by_date_ci`` averages, from its
    ``article_tone`` table, grouped as the notebook groups them (by outlet; by the period it names,
    :func:`presslens.stats.publication_periods` with its ``min_size``): ``{"outlets": [...], "dates": [...]}``, each
    group (in the headline's order) with ``name``, ``anchor`` (:func:`_group_anchor`), ``tone`` (the mean of its
    articles' tones weighted by their words, as the figure gives it), ``articles``, ``words`` and ``rows``, most
    positive first, each an article link to its page (:func:`_page_link`; its tone, label and sentences stand at
    the top) with ``outlet``, ``published``, ``tone`` (signed, three decimals), ``label`` and ``words``. Empty lists
    when notebook 02 wrote no such table."""
    import pandas as pd

    from presslens.missing import missing_key
    from presslens.stats import publication_periods

    path = out.tables / "article_tone.parquet"
    wanted = {"outlets": ("outlet", results.get("tone_by_outlet_ci")),
              "dates": ("period", results.get("tone_by_date_ci"))}
    if not path.is_file() or not any(isinstance(v, Mapping) and v for _, v in wanted.values()):
        return {"outlets": [], "dates": []}
    table = pd.read_parquet(path)
    periods, _ = publication_periods(table["published"], int(results.get("min_size") or 5))
    table = table.assign(period=periods)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for name, (column, figure) in wanted.items():
        names = table[column].map(lambda v: missing_key(column) if pd.isna(v) else str(v))
        grouped[name] = []
        for key in (figure if isinstance(figure, Mapping) else {}):
            rows = table[names == key].sort_values(["tone", "doc_id"], ascending=[False, True])
            if rows.empty or not rows["words"].sum():
                continue
            grouped[name].append({
                "name": key, "anchor": _group_anchor(column, key), "articles": len(rows),
                "words": int(rows["words"].sum()),
                "tone": f"{(rows['tone'] * rows['words']).sum() / rows['words'].sum():+.3f}",
                "rows": [{**_page_link(pages, r.doc_id, None), "outlet": missing_key("outlet") if pd.isna(r.outlet) else str(r.outlet),
                          "published": "" if pd.isna(r.published) else str(r.published)[:10],
                          "tone": f"{r.tone:+.3f}", "label": str(r.tone_label), "words": int(r.words)}
                         for r in rows.itertuples()]})
    return grouped


def _timeline_rows(out: Any, pages: Mapping[str, Any]) -> dict[str, Any]:
    """The first :data:`INDEX_TIMELINE_ROWS` rows of the run's timeline (notebook 04's, else the analysis's), each
    with ``value``, ``tense``, ``relation``, ``event`` and ``reports``: for each article reporting it, a link to
    its event word on the article's page (:func:`_page_link`: ``#event-N``, N the event's place among the
    article's events, found by the offsets of the date that anchors it and the row's word) and its ``outlet``;
    ``total`` (rows of the timeline). Empty when the run wrote no timeline."""
    timeline, _ = _latest_table(out.root, "timeline", ("timeline",))
    if timeline is None or timeline.empty:
        return {"rows": [], "total": 0}
    events, _ = _latest_table(out.root, "events", _PAGE_TABLES["events"])
    places: dict[tuple, int] = {}
    if events is not None:
        for doc_id, group in events.groupby(events["doc_id"].astype(str), sort=False):
            for n, (a, b, head) in enumerate(zip(group["start"].tolist(), group["end"].tolist(),
                                                 group["head"].tolist())):
                # a date anchoring two words ("docked and sailed on Tuesday"): the row's word, else the first
                places.setdefault((doc_id, int(a), int(b), head), n)
                places.setdefault((doc_id, int(a), int(b)), n)
    rows = []
    for r in timeline.head(INDEX_TIMELINE_ROWS).to_dict("records"):
        outlets = list(r.get("outlets") if r.get("outlets") is not None else [])
        reports = []
        for k, (doc_id, a, b) in enumerate(zip(r["doc_ids"], r["starts"], r["ends"])):
            place = places.get((str(doc_id), int(a), int(b), r.get("head")),
                               places.get((str(doc_id), int(a), int(b))))
            link = _page_link(pages, doc_id, None if place is None else f"event-{place}")
            reports.append({**link, "outlet": outlets[k] if k < len(outlets) else None})
        rows.append({key: "" if r.get(key) is None else str(r.get(key))
                     for key in ("value", "tense", "relation", "event")} | {"reports": reports})
    return {"rows": rows, "total": len(timeline)}


def write_index(output_dir: str | os.PathLike | None = None) -> Path:
    """Write ``reports/index.html``: the last run's status and provenance, one section per executed
    notebook in ``reports/`` (its status in the last run, links to its HTML and notebook, its headline
    numbers as tables, each key with what it is, :func:`headline_meaning`; notebook 03's source counts followed by
    how far they held against hand annotation, :func:`source_count_check`), what the tool was measured
    against (:func:`measured_figures`, as ``make eval`` wrote them, and a link to the README's *How well
    it works*) and how to check it on this corpus, the annotated articles, each entity of notebook 02's
    portrayal with the articles whose stances its figure averages (:func:`_entity_articles`; its rows of the
    headline tables link there, those articles to their pages), each speaker of notebook 02's speaker tone with
    the quotes its figure averages (:func:`_speaker_quotes`; linked the same way, each quote to its mark), the
    timeline's rows each with its articles linked to the event word (:func:`_timeline_rows`), and every figure in
    ``reports/figures/`` at full width with links to its PNG and SVG (the entity, speaker and timeline figures
    also to their lists)."""
    from jinja2 import Environment, select_autoescape

    out = layout(output_dir)
    run = _read_json(out.reports / "run.json")
    last = {n["name"]: n for n in run.get("notebooks", [])}
    names = sorted({p.name.split(".")[0] for p in out.reports.glob("[0-9][0-9]_*.ipynb")})
    notebooks = []
    for name in names:
        files = [f for f in (f"{name}.html", f"{name}.ipynb", f"{name}.failed.ipynb") if (out.reports / f).is_file()]
        results = _read_json(out.results / f"{name}.json")
        entry = last.get(name, {})
        notebooks.append({"name": name, "status": entry.get("status", "earlier run"), "files": files,
                          "measured": measured_beside(name),
                          "error": (entry.get("error") or {}).get("evalue"),
                          "results": [(k, _cell(v), headline_meaning(name, k)) for k, v in results.items()]})
    figures = []
    for png in sorted(out.figures.glob("*.png")):
        svg = png.with_suffix(".svg")
        figures.append({"name": png.stem, "png": f"figures/{png.name}",
                        "svg": f"figures/{svg.name}" if svg.is_file() else None})
    pages = _read_json(out.reports / "articles" / "index.json")
    pages["by_doc"] = {str(p["doc_id"]): p for p in pages.get("pages", ())}
    sentiment = _read_json(out.results / "02_sentiment.json")
    portrayed, quoted = sentiment.get("entity_portrayal"), sentiment.get("speaker_tone")
    entities = _entity_articles(out, list(portrayed) if isinstance(portrayed, Mapping) else [], pages)
    speakers = _speaker_quotes(out, list(quoted) if isinstance(quoted, Mapping) else [], pages)
    anchors = {key: {e["entity"]: e["anchor"] for e in entities} for key in _PORTRAYAL_RESULTS}
    anchors |= {key: {s["speaker"]: s["anchor"] for s in speakers["speakers"]} for key in _SPEAKER_RESULTS}
    tones = _tone_groups(out, sentiment, pages)
    anchors |= {"tone_by_outlet_ci": {g["name"]: g["anchor"] for g in tones["outlets"]},
                "tone_by_date_ci": {g["name"]: g["anchor"] for g in tones["dates"]}}
    quoted = _read_json(out.results / "03_quotes.json")
    shares, by_outlet = quoted.get("source_shares_ci"), quoted.get("source_shares_by_outlet_ci")
    sources = _source_quotes(out, list(shares) if isinstance(shares, Mapping) else [], pages)
    # a share of one outlet ("Wend Post · unnamed source") leads to the kind's quotes, each named with its outlet
    kinds = {s["kind"]: s["anchor"] for s in sources}
    anchors |= {"source_shares_ci": kinds,
                "source_shares_by_outlet_ci": {key: kinds[key.rsplit(" · ", 1)[-1]] for key in (
                    by_outlet if isinstance(by_outlet, Mapping) else {}) if key.rsplit(" · ", 1)[-1] in kinds}}
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["url"] = lambda target: quote(str(target))
    template = env.from_string(resources.files("presslens").joinpath("data/report_index.html.j2")
                               .read_text("utf-8"))
    from markupsafe import Markup

    page = template.render(run=run, notebooks=notebooks, figures=figures, pages=pages, readme=_readme(out.reports),
                           entities=entities, speakers=speakers, timeline=_timeline_rows(out, pages),
                           anchors=anchors, tones=tones, source_quotes=sources,
                           measured=measured_figures(), measured_note=measured_note(), sources=source_count_check(),
                           provenance=Markup(provenance_html(run)) if run else "")
    target = out.reports / "index.html"
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write(page)
    return target


# ------------------------------------------------------------------------------------- export

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
# What itables shows around its tables for a reader without JavaScript, all about the widget, none about the data:
# the <noscript> texts (its logo and "is your notebook trusted?", a lock on the first header), the hidden
# "Loading ITables" table, and the "ⓘ" link to its static preview on the first header.
_ITABLES_LEFTOVERS = re.compile(r"<sup>\s*(?:<noscript\b.*?</noscript\s*>\s*)?"
                                r"<a\b[^>]*itables\.org[^>]*>[^<]*</a>\s*</sup>"
                                r"|<noscript\b[^>]*>.*?</noscript\s*>"
                                r"|<table\b[^>]*\bhidden\b[^>]*>.*?</table\s*>",
                                re.IGNORECASE | re.DOTALL)


def static_tables(nb: Any) -> Any:
    """The notebook ``nb`` (nbformat) with the scripts of its interactive tables (itables) removed
    from the HTML outputs, in place: each then shows the plain table it carries, and the DataTables
    library (about 1 MB per notebook) stays out of the exported page. What itables writes for a
    browser without JavaScript about itself (its logo, "is your notebook trusted?", its loading
    line, a lock and a link on the first header) goes too: in the export there is no widget to speak of."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data") or {}
            body = data.get("text/html")
            if body is None:
                continue
            text = "".join(body) if isinstance(body, list) else body
            if "itables" in text or "dt_bundle" in text:
                data["text/html"] = _ITABLES_LEFTOVERS.sub("", _SCRIPT.sub("", text))
    return nb
