"""Reading the name a stated age or a birth statement is about, from the words beside it.

Only proper names written right next to the cue count ("Miles, 3,", "the 35-year-old
Teigen", "Smith, a 45-year-old", "Smith was born"); titles and sentence openers are
dropped. Two mentions are the same person when the names agree, or when a one-word name
is the first or last word of exactly one fuller name in the story (see :class:`People`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from timefact._regex_cache import compiled

_NAME_WORD = r"[A-Z][a-zA-Z'\u2019-]+\.?"
_PARTICLE = r"(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|ibn|al) )?"
_NAME_AT_END = compiled(rf"(?P<name>(?:{_NAME_WORD} {_PARTICLE}){{0,3}}{_NAME_WORD})$")
_NAME_AT_START = compiled(rf"(?P<name>{_NAME_WORD}(?: {_PARTICLE}{_NAME_WORD}){{0,2}})")
_BEFORE_AGE = compiled(r",\s(?:a\s|an\s|the\s)?$")
_BEFORE_BIRTH = compiled(r"(?:\s(?:was|is)|,|\s\()\s?$")
# Words that open a name-like run of capitals but are no part of a person's name.
_NOT_NAME = frozenset(
    """
    The A An But And Or When While After Before Since Said Says Then Now Also Yet So If As
    At In On Of For By To From With Without Like Only Even Still Both Each Every Some Many
    Most All His Her Their Our My Your Its This That These Those There Here Today Yesterday
    Tomorrow Later Earlier Meanwhile However Last Next Instead Although Though Because
    Until During Over Under Among Including Despite According Police Officials Witnesses
    Mr. Mrs. Ms. Dr. Miss Sir Dame Lord Lady Rev. Sen. Rep. Gov. Gen. Col. Lt. Sgt. Capt.
    Cmdr. Adm. Maj. Cpl. Pvt. Prof. President Vice Prime Minister Chief Justice Judge
    Officer Senator Governor General Pope King Queen Prince Princess Mayor Secretary
    Chairman Sheriff Detective Coach Director Ambassador Bishop Cardinal Father Sister
    Brother Mother Uncle Aunt Saint St. Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Jan. Feb. Mar. Apr. Aug. Sept. Oct. Nov. Dec. Inc. Corp. Co. Ltd. AP
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_THING_AFTER = compiled(
    r"\s(?:man|woman|men|women|boy|girl|resident|native|mother|father|son|daughter|student"
    r"|teacher|officer|soldier|worker|driver|player|lawyer|doctor|company|firm|group|team"
    r"|citizen|national|immigrant|couple|child|baby|infant|farmer|nurse|pilot)\b"
)


@dataclass(frozen=True, slots=True)
class Person:
    name: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.name.split())


def _clean(raw: str) -> Person | None:
    words = raw.split()
    cut = max((i + 1 for i, w in enumerate(words) if w.endswith(".") and len(w) > 2), default=0)
    words = words[cut:]  # "Hun Sen. Ingrid Haldane": a sentence end or a title before
    while words and words[0] in _NOT_NAME:
        words.pop(0)
    if not words or any(w in _NOT_NAME for w in words) or words[-1].endswith("."):
        return None
    if all(w.isupper() for w in words):
        return None
    return Person(" ".join(words))


def person_before(
    text: str, position: int, *, appositive: bool = False, subject: bool = False
) -> Person | None:
    """The name written right before ``position`` ("Miles|, 3", "Smith|, a 45-year-old")."""
    window = text[max(0, position - 80) : position]
    window = window[window.rfind("\n") + 1 :]
    if not appositive:
        cue = (_BEFORE_BIRTH if subject else _BEFORE_AGE).search(window)
        if cue is None:
            return None
        window = window[: cue.start()]
    match = _NAME_AT_END.search(window)
    if match is None:
        return None
    return _clean(match["name"])


def person_after(text: str, position: int) -> Person | None:
    """The name right after an age adjective ("the 35-year-old| Teigen")."""
    if not text.startswith(" ", position):
        return None
    match = _NAME_AT_START.match(text, position + 1)
    if match is None or _THING_AFTER.match(text, match.end()):
        return None
    return _clean(match["name"])


class People:
    """Who each mention names: one key per person, or ``None`` when it is ambiguous.

    A full name is its own key. A one-word name ("Smith", "Miles") takes the key of the
    one fuller name in the story it begins or ends; it is ambiguous when several fuller
    names share it ("John Smith" and "Mark Smith"), and its own key when none does.
    """

    def __init__(self, persons: Iterable[Person]) -> None:
        self._fuller: dict[str, set[str]] = {}
        for person in persons:
            if len(person.words) >= 2:
                for word in {person.words[0], person.words[-1]}:
                    self._fuller.setdefault(word, set()).add(person.name)

    def key(self, person: Person) -> str | None:
        if len(person.words) != 1:
            return person.name
        fuller = self._fuller.get(person.name, set())
        if len(fuller) > 1:
            return None
        return next(iter(fuller)) if fuller else person.name
