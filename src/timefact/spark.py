"""timefact on Spark DataFrames (the optional ``[spark]`` extra).

>>> from timefact.spark import annotate
>>> annotated = annotate(df, text_col="text", dct_col="dct")  # doctest: +SKIP

:func:`annotate` runs timefact with Arrow-based batch execution (``mapInArrow``): each
executor's Python worker builds the engine once and then annotates Arrow record
batches, so no per-row Python object is pickled. Each document becomes exactly the
record the ``timefact batch`` command writes (the same code makes both), in these
columns, added to the DataFrame:

- ``dct_info``: struct ``date, source, reason, evidence`` (the DCT used, and how);
- ``timexes``: array of structs, one per time expression (``Timex.to_dict()`` fields,
  with ``partial`` as a struct);
- ``findings``: array of structs (only with ``checks=True``);
- ``timefact_error``: null, or why this row could not be annotated (no text, a text
  that is not a string, a bad DCT); the other added columns are then null.

``dct_col`` may hold ``YYYY-MM-DD`` strings or dates; a null or empty value, a
``dct_col`` of ``None``, or a DataFrame without that column means: infer the date from
the text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from timefact._batch_arrow import annotation_fields, require_pyarrow
from timefact._batch_record import DocumentError, RecordOptions, annotate_fields
from timefact._engine import default_tagger
from timefact._errors import InputError, MissingExtraError

__all__ = ["ERROR_COLUMN", "annotate"]

ERROR_COLUMN = "timefact_error"
DCT_COLUMN = "dct_info"


def _added_fields(pa: Any, checks: bool) -> list[Any]:
    return [
        *annotation_fields(pa, checks=checks, timeline=False, dct_name=DCT_COLUMN),
        pa.field(ERROR_COLUMN, pa.string()),
    ]


def annotate(
    df: Any,
    text_col: str = "text",
    dct_col: str | None = "dct",
    id_col: str | None = None,
    checks: bool = False,
) -> Any:
    """Return ``df`` with timefact's annotation columns added (see the module docstring).

    With ``id_col``, the result keeps only that column and the annotation columns: the
    shape of the ``timefact batch`` output, ready to be written to Parquet.
    """
    try:
        from pyspark.sql.pandas.types import from_arrow_schema
        from pyspark.sql.types import StructType
    except ImportError as exc:
        raise MissingExtraError("the Spark integration (timefact.spark)", "spark") from exc
    pa = require_pyarrow("the Spark integration (timefact.spark)")
    columns = list(df.columns)
    for role, name in (("text_col", text_col), ("id_col", id_col)):
        if name is not None and name not in columns:
            raise InputError(
                f"{role}={name!r} is not a column of the DataFrame (columns: {', '.join(columns)})"
            )
    keep = columns if id_col is None else [id_col]
    added = _added_fields(pa, checks)
    clashes = [field.name for field in added if field.name in keep]
    if clashes:
        raise InputError(
            f"the DataFrame already has column(s) {', '.join(clashes)}; "
            "rename or drop them before annotating"
        )
    kept_fields = [df.schema[name] for name in keep]
    schema = StructType([*kept_fields, *from_arrow_schema(pa.schema(added)).fields])
    run = functools.partial(
        _annotate_batches,
        text_col=text_col,
        dct_col=dct_col if dct_col in columns else None,
        keep=tuple(keep),
        checks=checks,
    )
    return df.mapInArrow(run, schema)


def _annotate_batches(
    batches: Iterator[Any],
    *,
    text_col: str,
    dct_col: str | None,
    keep: tuple[str, ...],
    checks: bool,
) -> Iterator[Any]:
    """Runs on the executors: one engine per Python worker, reused for every batch."""
    pa = require_pyarrow("the Spark integration (timefact.spark)")
    tagger = default_tagger()
    options = RecordOptions(checks=checks)
    added = _added_fields(pa, checks)
    for batch in batches:
        texts = batch.column(text_col).to_pylist()
        dcts = batch.column(dct_col).to_pylist() if dct_col else [None] * len(texts)
        values: dict[str, list[Any]] = {field.name: [] for field in added}
        for text, dct in zip(texts, dcts, strict=True):
            try:
                record = annotate_fields(tagger, text, dct, options)
            except DocumentError as exc:
                for field in added:
                    values[field.name].append(exc.reason if field.name == ERROR_COLUMN else None)
                continue
            record[DCT_COLUMN] = record.pop("dct")
            record[ERROR_COLUMN] = None
            for field in added:
                values[field.name].append(record[field.name])
        arrays = [batch.column(name) for name in keep]
        arrays += [pa.array(values[field.name], type=field.type) for field in added]
        yield pa.RecordBatch.from_arrays(arrays, names=[*keep, *(f.name for f in added)])
