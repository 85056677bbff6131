"""Reads the example corpus files in tests/corpus/ (format in their header)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).parent / "corpus"
_MARK = re.compile(r"\[(.+?)\]")


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    phrase: str  # the text to annotate, brackets removed
    span: str | None  # the words that must be found; None for a negative case
    dct: str | None
    type: str | None = None
    value: str | None = None
    mod: str | None = None
    freq: str | None = None
    # a negative case's marked words: nothing may be found there (elsewhere may)
    absent: str | None = None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.phrase[:40]}"


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        dct: str | None = None
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@dct"):
                value = line.split()[1]
                dct = None if value == "none" else value
                continue
            phrase_part, expected = (p.strip() for p in line.split("=>"))
            phrase_part = phrase_part.replace("\\n", "\n")  # a line break in the text
            phrase = phrase_part.replace("[", "").replace("]", "")
            marked = _MARK.search(phrase_part)
            if expected == "none":
                absent = marked.group(1) if marked else None
                cases.append(Case(path.name, number, phrase, None, dct, absent=absent))
                continue
            words = expected.split()
            options = dict(w.split("=", 1) for w in words[2:])
            cases.append(
                Case(
                    path.name,
                    number,
                    phrase,
                    marked.group(1) if marked else phrase,
                    dct,
                    words[0],
                    words[1],
                    options.get("mod"),
                    options.get("freq"),
                )
            )
    return cases
