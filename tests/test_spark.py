"""Spark integration: Arrow batches, one engine per worker, same records as ``batch``."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timefact import _engine
from timefact._batch import BatchOptions, run_batch
from timefact._batch_record import RecordOptions
from timefact._errors import InputError, MissingExtraError

pa = pytest.importorskip(
    "pyarrow", reason="the Spark tests need pyarrow: pip install 'timefact[spark]'"
)
pq = pytest.importorskip("pyarrow.parquet")

from tests.batch_support import ARTICLE, corpus, write_jsonl  # noqa: E402
from timefact.spark import ERROR_COLUMN, _annotate_batches, annotate  # noqa: E402


def test_the_engine_is_built_once_for_all_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """What each Spark worker runs: many Arrow batches, one Tagger."""
    built: list[int] = []
    original_init = _engine.Tagger.__init__

    def counting_init(self: _engine.Tagger) -> None:
        built.append(os.getpid())
        original_init(self)

    monkeypatch.setattr(_engine.Tagger, "__init__", counting_init)
    _engine.default_tagger.cache_clear()
    try:
        docs = corpus(12)
        table = pa.Table.from_pylist(docs)
        batches = iter(table.to_batches(max_chunksize=3))
        out = list(
            _annotate_batches(batches, text_col="text", dct_col="dct", keep=("id",), checks=False)
        )
    finally:
        _engine.default_tagger.cache_clear()
    assert len(out) == 4
    assert len(built) == 1
    rows = pa.Table.from_batches(out).to_pylist()
    assert [row["id"] for row in rows] == [doc["id"] for doc in docs]
    assert all(row[ERROR_COLUMN] is None for row in rows)


def java_available() -> bool:
    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") is not None or bool(home and Path(home, "bin", "java").exists())


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip(
        "pyspark", reason="the Spark tests need pyspark: pip install 'timefact[spark]'"
    )
    if not java_available():
        pytest.skip("the Spark tests need Java (java on PATH or JAVA_HOME)")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("timefact-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


SCHEMA = "id string, text string, dct string"


@pytest.mark.spark
def test_spark_gives_the_batch_commands_records(spark: Any, tmp_path: Path) -> None:
    docs = corpus(40)
    source = write_jsonl(tmp_path / "docs.jsonl", docs)
    output = tmp_path / "out.parquet"
    run_batch(BatchOptions(input=source, output=output, record=RecordOptions(checks=True)))
    expected = {row["id"]: row for row in pq.read_table(output).to_pylist()}

    frame = spark.createDataFrame([(d["id"], d["text"], d["dct"]) for d in docs], SCHEMA)
    annotated = annotate(frame.repartition(3), id_col="id", checks=True)
    assert annotated.columns == ["id", "dct_info", "timexes", "findings", ERROR_COLUMN]
    got = {}
    for row in annotated.collect():
        record = row.asDict(recursive=True)
        assert record.pop(ERROR_COLUMN) is None
        record["dct"] = record.pop("dct_info")
        got[record["id"]] = record
    assert got == expected
    assert any(record["timexes"] for record in got.values())


@pytest.mark.spark
def test_input_columns_are_kept_and_bad_rows_say_why(spark: Any) -> None:
    frame = spark.createDataFrame(
        [
            ("a", "On Monday, March 2, 1998, it rained.", dt.date(1998, 3, 4), 1),
            ("b", None, dt.date(1998, 3, 4), 2),
            ("c", "Yesterday it rained.", None, 3),
        ],
        "key string, body string, published date, extra int",
    )
    rows = {
        row["key"]: row for row in annotate(frame, text_col="body", dct_col="published").collect()
    }
    assert rows["a"]["extra"] == 1
    assert rows["a"]["dct_info"]["date"] == "1998-03-04"
    assert rows["a"]["dct_info"]["source"] == "given"
    assert rows["a"][ERROR_COLUMN] is None
    assert rows["b"]["timexes"] is None
    assert "no text" in rows["b"][ERROR_COLUMN]
    assert rows["c"]["dct_info"]["source"] in {"inferred", "unknown"}


@pytest.mark.spark
def test_a_frame_without_dct_column_infers_dates(spark: Any) -> None:
    frame = spark.createDataFrame([("x", ARTICLE)], "id string, text string")
    (row,) = annotate(frame).collect()
    assert row[ERROR_COLUMN] is None
    assert row["dct_info"]["source"] in {"inferred", "unknown"}
    assert "findings" not in row.asDict()


@pytest.mark.spark
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text_col": "body"}, "text_col='body' is not a column"),
        ({"id_col": "key"}, "id_col='key' is not a column"),
    ],
)
def test_bad_columns_are_clear_errors(spark: Any, kwargs: dict[str, str], message: str) -> None:
    frame = spark.createDataFrame([("x", "Monday.", None)], SCHEMA)
    with pytest.raises(InputError, match=message):
        annotate(frame, **kwargs)
    with pytest.raises(InputError, match="already has column"):
        annotate(frame.withColumnRenamed("dct", "timexes"))


def test_missing_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark.sql.pandas.types", None)
    with pytest.raises(MissingExtraError, match=r"timefact\[spark\]"):
        annotate(object())
