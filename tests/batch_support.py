"""A small news corpus with distinct ids, shared by the batch and Spark tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ARTICLE = (REPO / "examples" / "000_e8d9254e75741f33.txt").read_text(encoding="utf-8")
SENTENCES = (
    "On Tuesday, Sept. 28, 2021, the council met again.",
    "Two days later, on Thursday, the mayor resigned.",
    "The report, published in March 1998, was revised last week.",
    "Every Monday since 2019 the market opens at 7 a.m.",
    "Nothing in this sentence is about time.",
)


def corpus(count: int) -> list[dict[str, Any]]:
    """The reference article every 7th document, else three news sentences; every 5th
    document has no date, so that it is inferred."""
    docs: list[dict[str, Any]] = []
    for index in range(count):
        text = (
            ARTICLE
            if index % 7 == 0
            else " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(3))
        )
        dct = None if index % 5 == 0 else f"2021-09-{(index % 28) + 1:02d}"
        docs.append({"id": f"doc-{index:05d}", "dct": dct, "text": text})
    return docs


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
