"""Article tables in Parquet (``.parquet``) and Arrow IPC / Feather (``.arrow``, ``.feather``)
files, as large public news datasets are distributed: read by pyarrow in record batches, so a
file is never held whole; each row is a record, its fields mapped to article columns as for CSV
and JSON (:data:`presslens.corpus.records.FIELD_ALIASES`, or ``fields=``).

Rows are named by their number in the file (``record``, from 1).
"""

from __future__ import annotations

from typing import Any, Iterator

from presslens.corpus import records
from presslens.corpus.decoding import Encoding
from presslens.corpus.source import Source

__all__ = ["TABLE_SUFFIXES", "read"]

TABLE_SUFFIXES = {".parquet", ".arrow", ".feather", ".ipc"}
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


def read(src: Source) -> Iterator[dict[str, Any]]:
    """The articles of one table file, batch by batch."""
    kind = src.file.suffix.lower().lstrip(".")
    yield from records.articles(src, _records(src), lambda: Encoding("utf-8"), kind)
