"""What every check reads: the document, its sentences, and how its DCT was obtained."""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from timefact._model import AnchorKind, DctSource, Document, Timex
from timefact._regex_cache import compiled

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) and
# white space, or at a line break; abbreviations like "Sept." are kept inside.
_SENTENCE_END = compiled(r"[.!?][\"')\]]{0,2}\s+(?=[\"'`(\[]{0,2}[A-Z0-9])|\n+")
_ABBREVIATION = compiled(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri"
    r"|Sat|Sun|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Rev|Prof|No|Co|Corp|Inc"
    r"|Ltd|vs|U\.S|U\.N|a\.m|p\.m|[A-Z])\.)$"
)


MAX_SENTENCE = 400  # characters on either side of a cue that a check reads
MAX_GAP = 40  # characters that may join two expressions read together
MAX_TIMEX = 120  # longer time expressions are not looked for backwards


@dataclass(frozen=True, slots=True)
class Context:
    """A document prepared for the checks: sentences found once, timexes by position."""

    doc: Document
    sentences: tuple[tuple[int, int], ...]
    _starts: tuple[int, ...] = field(repr=False)
    _timex_starts: tuple[int, ...] = field(repr=False)

    @classmethod
    def of(cls, doc: Document) -> Context:
        sentences = split_sentences(doc.text)
        timexes = tuple(sorted(doc.timexes, key=lambda t: (t.start, t.end)))
        if timexes != doc.timexes:
            doc = Document(text=doc.text, dct=doc.dct, timexes=timexes)
        return cls(
            doc=doc,
            sentences=sentences,
            _starts=tuple(s for s, _ in sentences),
            _timex_starts=tuple(t.start for t in timexes),
        )

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def dct(self) -> _dt.date | None:
        return self.doc.dct.date

    @property
    def timexes(self) -> tuple[Timex, ...]:
        return self.doc.timexes

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding character ``offset``, cut to ``MAX_SENTENCE`` around it.

        The cut keeps every check linear on text without sentence ends (a run of commas);
        a real sentence is far shorter.
        """
        if not self.sentences:
            start, end = 0, len(self.text)
        else:
            index = max(0, bisect.bisect_right(self._starts, offset) - 1)
            start, end = self.sentences[index]
        return max(start, offset - MAX_SENTENCE), min(end, offset + MAX_SENTENCE)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def timexes_in(self, start: int, end: int) -> Iterator[Timex]:
        """The timexes wholly inside ``start:end``, in text order."""
        first = bisect.bisect_left(self._timex_starts, start)
        last = bisect.bisect_left(self._timex_starts, end)
        for timex in self.doc.timexes[first:last]:
            if timex.end <= end:
                yield timex

    def timexes_near(self, start: int, end: int, reach: int = MAX_GAP) -> Iterator[Timex]:
        """The timexes that start within ``reach`` characters of ``start:end``."""
        first = bisect.bisect_left(self._timex_starts, start - reach - MAX_TIMEX)
        last = bisect.bisect_right(self._timex_starts, end + reach)
        yield from self.doc.timexes[first:last]

    def dct_note(self) -> str:
        """How the DCT was obtained, to append to messages that rest on it."""
        info = self.doc.dct
        if info.date is None:
            return ""
        if info.source is DctSource.INFERRED:
            why = f": {info.reason}" if info.reason else ""
            return f"the publication date {info.date.isoformat()} was inferred from the text{why}"
        return f"the publication date is {info.date.isoformat()}"

    def year_note(self, timex: Timex) -> str:
        """Why a timex without a written year got its year, for messages."""
        if timex.partial.year is not None:
            return ""
        anchor = timex.anchor
        if anchor.kind is AnchorKind.NARRATIVE and anchor.value:
            return f"the year is not written; it comes from the story's time ({anchor.value})"
        note = self.dct_note()
        return f"the year is not written; {note}" if note else "the year is not written"


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text`` in linear time (no backtracking patterns)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        words = match.group(0)
        if (
            "\n" not in words
            and words[0] == "."
            and _ABBREVIATION.search(text, max(0, match.start() - 6), match.start() + 1)
        ):
            continue  # "Sept. 26", "Sen. Smith": an abbreviation, not a sentence end
        end = match.start() if words[0] == "\n" else match.start() + 1
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)
