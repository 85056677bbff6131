"""Reading stated ages and birth statements next to the words, for the age checks.

Ages: "the 35-year-old star", "Miles, 3,", "Smith, aged 45,", "45 years old", "Lopez is
45.", "The singer, 45,", "John Smith (45)". Births: "born March 3, 1990", "born in 1990",
"was born in Cuba in 1984", "Born in 1990, ...". An age is marked as said of another time
when its sentence has "then", "at the time", "when he was" or a year other than the
publication year.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timefact._checks._calendar import MONTH_PATTERN, ap_date, month_number
from timefact._checks._context import Context
from timefact._checks._numbers import number_words
from timefact._checks._people import People, Person, person_after, person_before
from timefact._regex_cache import compiled

_NUMBER = r"(?P<n>\d{1,3}|(?i:" + "|".join(sorted(number_words(), key=len, reverse=True)) + r"))"
_YEAR_OLD = compiled(r"(?<![\w-])" + _NUMBER + r"(?:-year-old|\s(?:years?|yrs\.?)\sold)(?![\w-])")
# Where a "-year-old" / "years old" ends; the number before it is read on a short window.
_OLD = compiled(r"(?:-year-old|\s(?:years?|yrs\.?)\sold)(?![\w-])")
_APPOSITIVE = compiled(r"(?<=[A-Za-z.]),\s(?:age\s|aged\s)?(?P<n>\d{1,3}),(?!\d)")
# "John Smith (45)": the bracketed age of British and European papers, after a full name.
_BRACKETED = compiled(r"(?<=[A-Za-z])\s\((?:age\s|aged\s)?(?P<n>\d{1,3})\)")
# "Maria Lopez is 45." / "Lopez, who is 45,": a present age said as a predicate.
_PREDICATE = compiled(r"(?<=[A-Za-z,])\s(?:is|turns|turned)\s(?:now\s)?(?P<n>\d{1,3})(?=\s*[.,;])")
# "The singer, 45,": an appositive age after a common noun, usable within its sentence.
_COMMON_NOUN_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]n?)\s[a-z]+$")
_AGED = compiled(r"(?<![\w-])(?P<cue>aged|[Aa]ge)\s(?P<n>\d{1,3})(?![\w,.]\d)")
_BIRTH = compiled(
    r"(?P<lead>(?:\b(?P<pronoun>He|She|he|she)\s(?:was\s)?)?)\b[Bb]orn"
    r"(?:\s(?:in|at)\s(?:the\s)?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3},?)?"
    r"\s(?:on\s|in\s)?(?:(?P<month>" + MONTH_PATTERN + r")\s(?:(?P<day>\d{1,2}),?\s)?)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b"
)
_BIRTH_DAY_FIRST = compiled(
    r"\bborn\s(?:on\s)?(?P<day>\d{1,2})\s(?P<month>" + MONTH_PATTERN + r"),?\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b"
)
_OTHER_TIME = compiled(r"\b(?:then|at the time|at that time|when (?:he|she) was|until)\b")
YEAR_WORD = compiled(r"\b(?:1[5-9]|20)\d\d\b")
_KIN_BEFORE_BORN = compiled(
    r"\b(?:whose|son|sons|daughter|daughters|child|children|baby|babies|twins?|grandson"
    r"|granddaughter|brother|sister|wife|husband|mother|father|parents|kids?)\b[^.]{0,30}$"
)


@dataclass(frozen=True, slots=True)
class Age:
    years: int
    start: int
    end: int
    person: Person | None
    other_time: bool  # said of another time than the story's
    form: str = "appositive"  # compound ("35-year-old"), appositive, predicate, aged

    @property
    def said_as_now(self) -> bool:
        """Written the way news gives a current age ("aged 80" may be an age at death)."""
        return self.form != "aged"


@dataclass(frozen=True, slots=True)
class Birth:
    year: int
    month: int | None
    day: int | None
    start: int
    end: int
    person: Person | None
    pronoun: bool

    def words(self) -> str:
        if self.month is not None and self.day is not None:
            return ap_date(_dt.date(self.year, self.month, self.day))
        return str(self.year)


@dataclass(frozen=True, slots=True)
class AgeIndex:
    """The ages of a story by sentence and by person, built once (linear time)."""

    people: People
    by_sentence: dict[int, list[Age]]
    by_person: dict[str, list[Age]]

    @classmethod
    def of(cls, context: Context, ages: tuple[Age, ...], births: tuple[Birth, ...]) -> AgeIndex:
        people = People(
            [a.person for a in ages if a.person is not None]
            + [b.person for b in births if b.person is not None]
        )
        by_sentence: dict[int, list[Age]] = {}
        by_person: dict[str, list[Age]] = {}
        for age in ages:
            by_sentence.setdefault(context.sentence_index(age.start), []).append(age)
            key = people.key(age.person) if age.person is not None else None
            if key is not None:
                by_person.setdefault(key, []).append(age)
        return cls(people, by_sentence, by_person)


def read_ages(context: Context) -> Iterator[Age]:
    text = context.text
    found: list[tuple[int, int, int, Person | None, str]] = []  # years, span, person, form
    for match in _year_olds(text):
        years = _number(match["n"])
        if years is None or text[match.end() : match.end() + 1] == "s":
            continue
        person = person_after(text, match.end()) or person_before(text, match.start())
        found.append((years, match.start(), match.end(), person, "compound"))
    for match in _APPOSITIVE.finditer(text):
        person = person_before(text, match.start(), appositive=True)
        if person is not None or _COMMON_NOUN_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            found.append((int(match["n"]), match.start("n"), match.end("n"), person, "appositive"))
    for match in _BRACKETED.finditer(text):
        person = person_before(text, match.start(), appositive=True)
        if person is not None and len(person.words) >= 2:
            found.append((int(match["n"]), match.start("n"), match.end("n"), person, "appositive"))
    for match in _PREDICATE.finditer(text):
        person = person_before(text, match.start() + 1, subject=True)
        found.append((int(match["n"]), match.start("n"), match.end("n"), person, "predicate"))
    taken = {start for _, start, _, _, _ in found}
    for match in _AGED.finditer(text):
        if text[max(0, match.start() - 3) : match.start()] == "at ":
            continue  # "at age 35": the age at some event, not now
        if match.start("n") in taken:
            continue  # already read as an appositive ("Smith, aged 45,")
        found.append(
            (
                int(match["n"]),
                match.start(),
                match.end(),
                person_before(text, match.start()),
                "aged",
            )
        )
    found.sort(key=lambda item: item[1])
    other_times: dict[int, bool] = {}
    for years, start, end, person, form in found:
        if not 0 < years < 125:
            continue
        index = context.sentence_index(start)
        if index not in other_times:
            other_times[index] = _speaks_of_other_time(context, start)
        yield Age(years, start, end, person, other_times[index], form)


def without_births(sentence: str) -> str:
    """The sentence with its birth statements blanked: a birth year dates no age."""
    return _BIRTH_DAY_FIRST.sub(" ", _BIRTH.sub(" ", sentence))


def _speaks_of_other_time(context: Context, offset: int) -> bool:
    """Whether the sentence at ``offset`` dates its ages elsewhere ("then", "in 1990")."""
    sentence_start, sentence_end = context.sentence_of(offset)
    sentence = context.text[sentence_start:sentence_end]
    sentence = without_births(sentence)
    if _OTHER_TIME.search(sentence) is not None:
        return True
    dct = context.dct
    return dct is not None and any(int(y) != dct.year for y in YEAR_WORD.findall(sentence))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return number_words().get(word.lower())


def _year_olds(text: str) -> Iterator[re.Match[str]]:
    """The "35-year-old" / "35 years old" ages, found from their end (a fast scan)."""
    for old in _OLD.finditer(text):
        start = max(0, old.start() - 12)
        match = _YEAR_OLD.search(text, start, old.end())
        if match is not None and match.end() == old.end():
            yield match


def read_births(context: Context) -> Iterator[Birth]:
    text = context.text
    if "born" not in text and "Born" not in text:
        return
    for pattern in (_BIRTH, _BIRTH_DAY_FIRST):
        for match in pattern.finditer(text):
            month = month_number(match["month"]) if match["month"] else None
            day = int(match["day"]) if match["day"] else None
            if day is not None and month is None:
                continue
            year = int(match["year"])
            if month is not None and day is not None:
                try:
                    _dt.date(year, month, day)
                except ValueError:
                    continue
            born = match.start() + match.group(0).lower().index("born")
            if _KIN_BEFORE_BORN.search(text, max(0, born - 40), born):
                continue
            pronoun = bool(match.groupdict().get("pronoun"))
            person = None if pronoun else person_before(text, born, subject=True)
            yield Birth(year, month, day, born, match.end(), person, pronoun)
