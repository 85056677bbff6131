"""The Arrow form of output records, shared by Parquet output and Spark.

Records are the JSON form of :mod:`timefact._batch_record`; here they get a fixed
schema so that columnar outputs can be queried (``timexes.value``,
``timexes.partial.year``). The ``partial`` struct is derived from the fields of
:class:`~timefact._model.Partial`, so it follows the model. A timeline, whose shape
belongs to another module, is stored as a JSON string.
"""

from __future__ import annotations

import importlib
import json
import typing
from enum import Enum
from types import NoneType, UnionType
from typing import Any

from timefact._errors import MissingExtraError
from timefact._model import Partial


def require_pyarrow(feature: str) -> Any:
    """Import pyarrow, or raise :class:`MissingExtraError` naming ``feature``."""
    try:
        return importlib.import_module("pyarrow")
    except ImportError as exc:
        raise MissingExtraError(feature, "batch") from exc


def require_parquet(feature: str) -> Any:
    """Import ``pyarrow.parquet``, or raise :class:`MissingExtraError` naming ``feature``."""
    require_pyarrow(feature)
    return importlib.import_module("pyarrow.parquet")


def _scalar_type(pa: Any, annotation: Any) -> Any:
    args = [arg for arg in typing.get_args(annotation) if arg is not NoneType]
    if isinstance(annotation, UnionType) and len(args) == 1:
        annotation = args[0]
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    if isinstance(annotation, type) and issubclass(annotation, Enum | str):
        return pa.string()
    raise TypeError(f"no Arrow type for Partial field of type {annotation!r}")


def partial_type(pa: Any) -> Any:
    hints = typing.get_type_hints(Partial)
    return pa.struct([(name, _scalar_type(pa, hints[name])) for name in Partial.__slots__])


def dct_type(pa: Any) -> Any:
    return pa.struct(
        [
            ("date", pa.string()),
            ("source", pa.string()),
            ("reason", pa.string()),
            ("evidence", pa.list_(pa.list_(pa.int64()))),
        ]
    )


def timex_type(pa: Any) -> Any:
    return pa.struct(
        [
            ("tid", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("type", pa.string()),
            ("value", pa.string()),
            ("mod", pa.string()),
            ("quant", pa.string()),
            ("freq", pa.string()),
            (
                "anchor",
                pa.struct(
                    [
                        ("kind", pa.string()),
                        ("value", pa.string()),
                        ("tid", pa.string()),
                    ]
                ),
            ),
            ("temporal_function", pa.bool_()),
            ("certain", pa.bool_()),
            ("rule", pa.string()),
            ("partial", partial_type(pa)),
        ]
    )


def finding_type(pa: Any) -> Any:
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    return pa.struct(
        [
            ("code", pa.string()),
            ("name", pa.string()),
            ("severity", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("observed", pa.string()),
            ("expected", pa.string()),
            ("message", pa.string()),
            ("fixes", pa.list_(pa.string())),
            ("related", pa.list_(span)),
            ("timexes", pa.list_(pa.string())),
            ("rule", pa.string()),
        ]
    )


def annotation_fields(pa: Any, *, checks: bool, timeline: bool, dct_name: str = "dct") -> list[Any]:
    """The Arrow fields an annotation adds: DCT, timexes, and findings/timeline if asked."""
    fields = [pa.field(dct_name, dct_type(pa)), pa.field("timexes", pa.list_(timex_type(pa)))]
    if checks:
        fields.append(pa.field("findings", pa.list_(finding_type(pa))))
    if timeline:
        fields.append(pa.field("timeline", pa.string()))
    return fields


def output_schema(pa: Any, *, checks: bool, timeline: bool) -> Any:
    """Schema of the ``batch`` command's Parquet output."""
    return pa.schema(
        [pa.field("id", pa.string()), *annotation_fields(pa, checks=checks, timeline=timeline)]
    )


def arrow_ready(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its timeline (free-form) turned into a JSON string."""
    if "timeline" not in record:
        return record
    ready = dict(record)
    ready["timeline"] = json.dumps(record["timeline"], ensure_ascii=False, sort_keys=True)
    return ready
