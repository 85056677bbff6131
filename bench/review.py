"""Score timefact on the review passages: news, histories and social media, with the
TIMEX3 each should yield.

    python bench/review.py [--show]

Sets of fourteen passages (``bench/review/set*.json``) were written for review, none
taken from a corpus. Each expected expression gives its text, type and value as regular
expressions and its mod (``null``: none; ``"-"``: any). Expressions noted ``amb`` are ones
the guidelines leave open and are counted apart; ``opt`` ones are neither missed nor
spurious. An expression is right when a timex has exactly its span, type, value and mod.
The sets are development aids: the engine was improved after reading each, so they show
progress, not an unseen score.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import timefact

HERE = Path(__file__).resolve().parent / "review"


def _find(text: str, span: str, start: int) -> tuple[int, int]:
    """Where an expected text is: as a whole word, not inside a date such as "3/12" (but
    after a slash when nothing else fits: "a 12 h light/12 h dark cycle")."""
    for edge in (r"[\w/]", r"\w"):
        pattern = re.escape(span)
        if span[:1].isalnum():
            pattern = rf"(?<!{edge})" + pattern
        if span[-1:].isalnum():
            pattern += rf"(?!{edge})"
        found = re.compile(pattern).search(text, start)
        if found is not None:
            return found.span()
    raise SystemExit(f"expected text {span!r} is not in its passage")


def _problems(expected: dict[str, object], timex: timefact.Timex, spans: int) -> list[str]:
    problems = []
    if spans > 1 or (timex.start, timex.end) != expected["span"]:
        problems.append("span")
    if not re.fullmatch(str(expected["type"]), timex.type.value):
        problems.append("type")
    if not re.fullmatch(str(expected["value"]), timex.value):
        problems.append("value")
    mod = expected["mod"]
    if mod != "-" and not re.fullmatch(str(mod) if mod else "", timex.mod or ""):
        problems.append("mod")
    return problems


def score(path: Path, show: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for passage in json.loads(path.read_text(encoding="utf-8")):
        text = passage["text"]
        timexes = list(timefact.annotate(text, dct=passage["dct"]).timexes)
        used: set[int] = set()
        cursor = 0
        for item in passage["expected"]:
            start, end = _find(text, item["text"], cursor)
            cursor = start + 1
            expected = {**item, "span": (start, end)}
            kind = {"amb": "ambiguous", "opt": "optional"}.get(item["note"][:3], "firm")
            hits = [i for i, t in enumerate(timexes) if t.start < end and start < t.end]
            used.update(hits)
            counts[f"{kind} expected"] += 1
            if not hits:
                counts[f"{kind} missed"] += kind != "optional"
                if show and kind == "firm":
                    print(f"{passage['id']}: missed {item['text']!r}")
                continue
            best = min(
                (timexes[i] for i in hits),
                key=lambda t: abs(t.start - start) + abs(t.end - end),
            )
            problems = _problems(expected, best, len(hits))
            counts[f"{kind} right"] += not problems
            for problem in problems:
                counts[f"{kind} wrong {problem}"] += 1
            if show and problems and kind == "firm":
                print(
                    f"{passage['id']}: {item['text']!r} expected {item['type']} "
                    f"{item['value']} {item['mod'] or ''}, got {best.text!r} "
                    f"{best.type.value} {best.value} {best.mod or ''} ({best.rule})"
                )
        counts["spurious"] += len(timexes) - len(used)
        if show:
            for i, timex in enumerate(timexes):
                if i not in used:
                    print(f"{passage['id']}: spurious {timex.text!r} {timex.value} ({timex.rule})")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list what is not right")
    args = parser.parse_args(argv)
    print(f"{'set':8} {'firm':>5} {'right':>6} {'share':>6} {'missed':>7} {'spurious':>9}")
    for path in sorted(HERE.glob("set*.json"), key=lambda p: int(p.stem[3:] or 0)):
        counts = score(path, args.show)
        firm = counts["firm expected"]
        right = counts["firm right"]
        print(
            f"{path.stem:8} {firm:5} {right:6} {right / max(firm, 1):6.1%} "
            f"{counts['firm missed']:7} {counts['spurious']:9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
