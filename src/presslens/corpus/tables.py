"""Article tables in Parquet (``.parquet``) and Arrow IPC / Feather (``.arrow``, ``.feather``)
files, as large public news datasets are distributed, and Excel workbooks (``.xlsx``), as media
monitoring services and spreadsheets export them: read by pyarrow in record batches, or by
openpyxl row by row, so a file is never held whole; each row is a record, its fields mapped to
article columns as for CSV and JSON (:data:`presslens.corpus.records.FIELD_ALIASES`, or
``fields=``).

Rows are named by their number in the file (``record``, from 1); a workbook's by the sheet's row
number (the first row holds the field names, so its first article is row 2), after the sheet's
name and "!" where the workbook has several sheets ("Sheet2!5").
"""

from __future__ import annotations

import zipfile
from itertools import chain
from typing import Any, Iterator

from presslens.corpus import records
from presslens.corpus.decoding import Encoding
from presslens.corpus.documents import refuse_older_office
from presslens.corpus.source import Source

__all__ = ["TABLE_SUFFIXES", "read"]

TABLE_SUFFIXES = {".parquet", ".arrow", ".feather", ".ipc", ".xlsx"}
BATCH_ROWS = 2_000


def _batches(src: Source, fh) -> Iterator[Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        if src.file.suffix.lower() == ".parquet":
            yield from pq.ParquetFile(fh).iter_batches(batch_size=BATCH_ROWS)
            return
        try:
            reader = pa.ipc.open_file(fh)
            batches = (reader.get_batch(i) for i in range(reader.num_record_batches))
        except pa.ArrowInvalid:
            fh.seek(0)
            batches = pa.ipc.open_stream(fh)
        yield from batches
    except (pa.ArrowException, OSError) as exc:
        raise ValueError(f"unreadable {src.file.suffix} table ({type(exc).__name__}: {exc})"[:300]) from None


def _records(src: Source) -> Iterator[tuple[str, dict[str, Any]]]:
    with src.open() as fh:
        number = 0
        for batch in _batches(src, fh):
            for record in batch.to_pylist():
                number += 1
                yield str(number), record


def _header(rows: Iterator[tuple[Any, ...]]) -> tuple[tuple[Any, ...], int, Iterator[tuple[Any, ...]]]:
    """A sheet's row of field names, the number of the row after it and the rows after it, of the
    sheet's ``rows``. A first row of one text, not a field name presslens knows, above a row of
    several texts is a title over the table (a cell merged across it, "Coverage, October 2031"):
    the field names are the row below."""
    header = next(rows, None) or ()
    filled = [value for value in header if value is not None]
    if len(filled) != 1 or not isinstance(filled[0], str) or records.known_field(filled[0]):
        return header, 2, rows
    below = next(rows, None)
    if below is not None and sum(isinstance(value, str) for value in below) >= 2:
        return below, 3, rows
    return header, 2, rows if below is None else chain([below], rows)


def _sheet_records(src: Source) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows of every sheet of a workbook as records, each sheet's first row their field names
    (an empty one named by its column, "column 3"); rows with no value are passed over."""
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # A cut-off or renamed file fails in zipfile, a damaged sheet in the XML parser (a SyntaxError).
    damage = (zipfile.BadZipFile, InvalidFileException, ParseError, KeyError, EOFError, OSError, ValueError)
    refuse_older_office(src, "an Excel 97-2003 workbook", "Excel", "an Excel Workbook (.xlsx)")
    with src.open() as fh:
        try:
            book = load_workbook(fh, read_only=True, data_only=True)
            try:
                sheets = book.worksheets
                for sheet in sheets:
                    rows = sheet.iter_rows(values_only=True)
                    header, first, rows = _header(rows)
                    names = [f"column {i}" if name is None else str(name).strip() for i, name in enumerate(header, 1)]
                    where = f"{sheet.title}!" if len(sheets) > 1 else ""
                    for number, row in enumerate(rows, first):
                        if any(value is not None for value in row):
                            yield f"{where}{number}", dict(zip(names, row))
            finally:
                book.close()
        except damage as exc:
            raise ValueError(f"unreadable Excel workbook ({type(exc).__name__}: {exc})"[:300]) from None


def read(src: Source) -> Iterator[dict[str, Any]]:
    """The articles of one table file, batch by batch (a workbook's row by row)."""
    kind = src.file.suffix.lower().lstrip(".")
    pairs = _sheet_records(src) if kind == "xlsx" else _records(src)
    yield from records.articles(src, pairs, lambda: Encoding("utf-8"), kind)
