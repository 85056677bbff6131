"""Error-injection benchmark for ``timefact check``: recall on planted errors, false alarms
on planted right statements.

Run from the repository root::

    python bench/inject.py                    # 60 cases per check, seed 0
    python bench/inject.py --cases 200 --seed 7 --json out.json
    python bench/inject.py --show-misses      # print the texts behind each miss
    python bench/inject.py --infer-dct        # no publication date given: check infers one

For each case a real TBAQ article is taken and changed twice at the same place: once
with a right statement and once with a wrong one (a weekday before an explicit date, a
day the month does not have, a relative word beside a date, an age beside a birth date,
a holiday beside a date, an interval between two dates or counted from an event dated in
another paragraph, a tense against a dated event).
``check`` runs on both with the article's own publication date. A wrong variant counts as
caught when a finding of the expected check overlaps the changed span; a right variant
counts as a false finding when any finding overlaps it. Findings elsewhere in the article
are not counted (they belong to the article, see docs/tbaq-review.md).

The right and wrong dates are computed here with :mod:`datetime` alone, independently of
timefact's own calendar code.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as _dt
import json
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CorpusDoc, load_tbaq
from timefact import Tagger
from timefact._checks import check
from timefact._checks._calendar import AP_MONTHS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FULL_MONTH = tuple(calendar.month_name)[1:]
ORDINALS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    10: "10th",
    20: "20th",
    25: "25th",
    50: "50th",
}
PEOPLE = (
    ("Maria Delgado", "She"),
    ("Tomas Wexler", "He"),
    ("Anneliese Korb", "She"),
    ("Rafael Ostrowski", "He"),
    ("Ingrid Haldane", "She"),
    ("Desmond Achebe", "He"),
)
SUBJECTS = ("The committee", "The two delegations", "Negotiators", "The board", "Investigators")
AP_DATE = re.compile(
    r"(?<![\w.])(?P<month>Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
    r" (?P<day>\d{1,2})\b(?!,? \d{4})(?!\s*(?:and|or|to|through|-|\u2013)\s*\d)"
)
WEEKDAY_BEFORE = re.compile(r"(?:day|day,)\s*$")


@dataclass(frozen=True, slots=True)
class Variant:
    text: str
    start: int  # the changed span
    end: int
    also: tuple[tuple[int, int], ...] = ()  # other inserted spans (false findings count)


@dataclass(frozen=True, slots=True)
class Case:
    check: str
    doc_id: str
    dct: _dt.date
    right: Variant
    wrong: Variant
    what: str


@dataclass
class Tally:
    errors: int = 0
    caught: int = 0
    rights: int = 0
    false: int = 0
    misses: list[str] = field(default_factory=list)
    false_texts: list[str] = field(default_factory=list)


# -- wording, independent of timefact ----------------------------------------------------


def ap(day: _dt.date, *, year: bool = False, style: str = "ap") -> str:
    month = AP_MONTHS[day.month - 1] if style == "ap" else FULL_MONTH[day.month - 1]
    return f"{month} {day.day}, {day.year}" if year else f"{month} {day.day}"


def weekday(day: _dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def nearest_year(dct: _dt.date, month: int, day: int) -> _dt.date | None:
    options = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            options.append(_dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - dct).days)) if options else None


def insert_sentence(rng: random.Random, text: str, sentence: str) -> Variant:
    """Put ``sentence`` at a paragraph break (or the end) of ``text``."""
    breaks = [m.end() for m in re.finditer(r"\n\n+", text) if m.end() < len(text)]
    where = rng.choice(breaks) if breaks else len(text)
    lead = "" if where == 0 or text[where - 1] == "\n" else "\n\n"
    new = text[:where] + lead + sentence + "\n\n" + text[where:]
    start = where + len(lead)
    return Variant(new, start, start + len(sentence))


def pair(rng: random.Random, doc: CorpusDoc, right: str, wrong: str) -> tuple[Variant, Variant]:
    state = rng.getstate()
    right_variant = insert_sentence(rng, doc.text, right)
    rng.setstate(state)  # the same place for both
    return right_variant, insert_sentence(rng, doc.text, wrong)


def insert_two(rng: random.Random, text: str, first: str, second: str) -> Variant:
    """Put ``first`` and, at a later paragraph break, ``second`` into ``text``; the
    changed span is ``second``, ``first`` is kept in ``also``."""
    breaks = sorted({m.end() for m in re.finditer(r"\n\n+", text) if m.end() < len(text)})
    if len(breaks) >= 2:
        one, two = sorted(rng.sample(breaks, 2))
    else:
        one = two = breaks[0] if breaks else len(text)
    lead = "" if one == 0 or text[one - 1] == "\n" else "\n\n"
    head = text[:one] + lead + first + "\n\n"
    first_span = (one + len(lead), one + len(lead) + len(first))
    middle = text[one:two]
    start = len(head) + len(middle)
    if middle and not middle.endswith("\n"):
        middle += "\n\n"
        start += 2
    new = head + middle + second + "\n\n" + text[two:]
    return Variant(new, start, start + len(second), (first_span,))


def other_weekday(rng: random.Random, day: _dt.date) -> str:
    return rng.choice([w for w in WEEKDAYS if w != weekday(day)])


def past_day(rng: random.Random, dct: _dt.date, low: int = 2, high: int = 40) -> _dt.date:
    return dct - _dt.timedelta(days=rng.randint(low, high))


# -- the injections, one function per check ----------------------------------------------


def weekday_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    assert doc.dct is not None
    existing = [
        m
        for m in AP_DATE.finditer(doc.text)
        if not WEEKDAY_BEFORE.search(doc.text[max(0, m.start() - 12) : m.start()])
    ]
    if existing and rng.random() < 0.4:
        match = rng.choice(existing)
        day = nearest_year(doc.dct, AP_MONTHS.index(match["month"]) + 1, int(match["day"]))
        if day is not None and abs((day - doc.dct).days) < 120:
            # Wrong in every year the article might mean, not only the nearest.
            meant = {
                weekday(d)
                for y in (day.year - 1, day.year, day.year + 1)
                if (d := nearest_year(_dt.date(y, 7, 1), day.month, day.day)) is not None
            }
            variants = []
            for name in (weekday(day), rng.choice([w for w in WEEKDAYS if w not in meant])):
                words = f"{name}, "
                text = doc.text[: match.start()] + words + doc.text[match.start() :]
                variants.append(Variant(text, match.start(), match.end() + len(words)))
            return variants[0], variants[1], f"weekday before the article's {match.group(0)}"
    day = past_day(rng, doc.dct)
    subject = rng.choice(SUBJECTS)
    forms = (
        lambda w: f"{subject} met on {w}, {ap(day)}, officials said.",
        lambda w: f"{subject} met on {w}, {ap(day, style='full')}, officials said.",
        lambda w: f"{subject} met on {w}, {ap(day, year=True)}.",
        lambda w: f"{subject} met {w} ({ap(day)}) in the capital.",
        lambda w: f"On {w}, {ap(day)}, {subject.lower()} met again.",
        lambda w: f"{subject} met on {w} {day.day} {FULL_MONTH[day.month - 1]}.",
        lambda w: f"The meeting, held {w}, {ap(day)}, ended early.",
        lambda w: f"{subject} met on {w[:3]}, {FULL_MONTH[day.month - 1][:3]} {day.day}.",
    )
    form = rng.choice(forms)
    wrong = other_weekday(rng, day)
    right, wrong_variant = pair(rng, doc, form(weekday(day)), form(wrong))
    return right, wrong_variant, f"{wrong} with {day}"


def impossible_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    assert doc.dct is not None
    existing = [
        m
        for m in AP_DATE.finditer(doc.text)  # a weekday before would then be wrong
        if not WEEKDAY_BEFORE.search(doc.text[max(0, m.start() - 12) : m.start()])
    ]
    if existing and rng.random() < 0.3:
        # Change the day of one of the article's own dates: to another real day, or to
        # one its month does not have.
        match = rng.choice(existing)
        month = AP_MONTHS.index(match["month"]) + 1
        last = calendar.monthrange(doc.dct.year, month)[1]
        good = rng.choice([d for d in range(1, 29) if d != int(match["day"])])
        bad = rng.choice((30, 31)) if month == 2 else last + rng.randint(1, 3)
        variants = []
        for day in (good, bad):
            text = doc.text[: match.start("day")] + str(day) + doc.text[match.end("day") :]
            variants.append(Variant(text, match.start(), match.start("day") + len(str(day))))
        return variants[0], variants[1], f"the article's {match.group(0)} made day {bad}"
    kind = rng.choice(("month", "month", "day-first", "leap", "clock", "ordinal"))
    if kind in ("month", "day-first"):
        month = rng.choice((2, 4, 6, 9, 11, 1, 3))
        last = calendar.monthrange(doc.dct.year, month)[1]
        bad = last + rng.randint(1, 2) if month != 2 else rng.choice((30, 31))
        good = rng.randint(1, last)
        if kind == "day-first":
            year = doc.dct.year
            forms = (
                lambda d: f"The memo is dated {d} {FULL_MONTH[month - 1]} {year}.",
                lambda d: f"It expired on the {_nth(d)} of {FULL_MONTH[month - 1]}.",
            )
        else:
            forms = (
                lambda d: f"The hearing was postponed until {AP_MONTHS[month - 1]} {d}.",
                lambda d: f"It was signed on {FULL_MONTH[month - 1]} {_nth(d)}.",
                lambda d: f"Payments resume {AP_MONTHS[month - 1]} {d}, {doc.dct.year}.",
            )
        form = rng.choice(forms)
        right, wrong = pair(rng, doc, form(good), form(bad))
        return right, wrong, f"month {month} day {bad}"
    if kind == "leap":
        year = rng.choice(
            [y for y in range(doc.dct.year - 6, doc.dct.year) if not calendar.isleap(y)]
        )
        template = f"The contract was signed on Feb. {{}}, {year}."
        right, wrong = pair(rng, doc, template.format(28), template.format(29))
        return right, wrong, f"Feb. 29, {year}"
    if kind == "clock":
        minute = rng.randint(0, 59)
        zone = rng.choice(("GMT", "a.m.", "p.m.", "EST", "local time"))
        bad = rng.randint(25, 29) if zone in ("GMT", "EST", "local time") else rng.randint(13, 19)
        good = rng.randint(0, 23) if zone in ("GMT", "EST", "local time") else rng.randint(1, 12)
        template = f"The explosion was reported at {{}}:{minute:02d} {zone}."
        right, wrong = pair(rng, doc, template.format(good), template.format(bad))
        return right, wrong, f"{bad}:{minute:02d} {zone}"
    month = rng.randint(1, 12)
    good = rng.randint(1, 28)
    bad = rng.randint(32, 39)
    template = f"The vote was moved to the {{}} of {FULL_MONTH[month - 1]}."
    right, wrong = pair(rng, doc, template.format(_nth(good)), template.format(_nth(bad)))
    return right, wrong, f"the {_nth(bad)} of {FULL_MONTH[month - 1]}"


def _nth(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
}


# A wire story's dateline, "WASHINGTON, March 12": the day the story was filed, which its
# "yesterday" counts from when the paper is dated a day or two later.
_DATELINE = re.compile(r"\A\s*[A-Z][A-Z .'-]+, (" + "|".join(FULL_MONTH) + r") (\d{1,2})\b")
_FILED_BEFORE_DAYS = 3


def speaks_from(doc: CorpusDoc) -> _dt.date:
    """The day a story's own "yesterday" and "today" count from: its dateline's day when
    that is a day or few before the publication date, else the publication date."""
    assert doc.dct is not None
    found = _DATELINE.match(doc.text)
    if found is None:
        return doc.dct
    filed = nearest_year(doc.dct, FULL_MONTH.index(found[1]) + 1, int(found[2]))
    if filed is not None and 0 < (doc.dct - filed).days <= _FILED_BEFORE_DAYS:
        return filed
    return doc.dct


def relative_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    dct = speaks_from(doc)
    kind = rng.choice(
        (
            "yesterday",
            "tomorrow",
            "today",
            "last",
            "next",
            "days-ago",
            "last-week",
            "month",
            "years",
            "last-year",
            "narrative",
        )
    )
    if kind == "narrative":
        start = past_day(rng, dct, 10, 40)
        count = rng.randint(1, 4)
        words = "The next day" if count == 1 else f"{NUMBER_WORDS[count].capitalize()} days later"
        right_day = start + _dt.timedelta(days=count)
        wrong_day = right_day + _dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(2, 5))
        template = f"On {ap(start)}, the talks began. {words}, on {{}}, they ended."
        right, wrong = pair(
            rng, doc, template.format(ap(right_day)), template.format(ap(wrong_day))
        )
        return right, wrong, f"{words} after {ap(start)} with {ap(wrong_day)}"
    if kind in ("yesterday", "tomorrow", "today", "days-ago"):
        count = rng.randint(2, 5)
        shift = {"yesterday": -1, "tomorrow": 1, "today": 0, "days-ago": -count}[kind]
        right_day = dct + _dt.timedelta(days=shift)
        wrong_day = right_day + _dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(2, 9))
        forms = {
            "yesterday": (
                "The talks ended yesterday, {}, officials said.",
                "Police said yesterday ({}) that the suspect fled.",
                "Yesterday, {}, the court adjourned.",
            ),
            "tomorrow": (
                "Talks will resume tomorrow, {}, officials said.",
                "The plant will reopen tomorrow ({}).",
            ),
            "today": ("Officials said today, {}, that talks would resume.",),
            "days-ago": (f"The plant closed {NUMBER_WORDS[count]} days ago, on {{}}.",),
        }[kind]
        template = rng.choice(forms)
        right, wrong = pair(
            rng, doc, template.format(ap(right_day)), template.format(ap(wrong_day))
        )
        return right, wrong, f"{kind} with {ap(wrong_day)}"
    if kind in ("last", "next"):
        target = rng.randint(0, 6)
        if kind == "last":
            offset = -((dct.weekday() - target) % 7 or 7)
        else:
            offset = (target - dct.weekday()) % 7 or 7
        right_day = dct + _dt.timedelta(days=offset)
        wrong_day = right_day + _dt.timedelta(days=14 * rng.choice((-1, 1)))
        name = WEEKDAYS[target]
        if kind == "last":
            template = f"The plant closed last {name}, {{}}, the company said."
        else:
            template = f"The plant will reopen next {name}, {{}}, the company said."
        right, wrong = pair(
            rng, doc, template.format(ap(right_day)), template.format(ap(wrong_day))
        )
        return right, wrong, f"{kind} {name} with {ap(wrong_day)}"
    if kind == "last-week":
        monday = dct - _dt.timedelta(days=dct.weekday() + 7)
        right_day = monday + _dt.timedelta(days=rng.randint(0, 6))
        wrong_day = right_day - _dt.timedelta(days=rng.choice((14, 21)))
        template = "The plant closed last week, on {}."
        right, wrong = pair(
            rng, doc, template.format(ap(right_day)), template.format(ap(wrong_day))
        )
        return right, wrong, f"last week with {ap(wrong_day)}"
    if kind == "month":
        shift = rng.choice((-1, 1))
        index = dct.year * 12 + dct.month - 1 + shift
        right_month = index % 12 + 1
        wrong_month = (index + rng.choice((-3, -2, 2, 3))) % 12 + 1
        word = "last" if shift < 0 else "next"
        verb = "was released" if shift < 0 else "will be released"
        template = f"The report {verb} {word} month, in {{}}."
        right, wrong = pair(
            rng,
            doc,
            template.format(FULL_MONTH[right_month - 1]),
            template.format(FULL_MONTH[wrong_month - 1]),
        )
        return right, wrong, f"{word} month with {FULL_MONTH[wrong_month - 1]}"
    if kind == "last-year":
        shift = rng.choice((-1, 1))
        word, verb = ("last", "was sold") if shift < 0 else ("next", "will be sold")
        template = f"The firm {verb} {word} year, in {{}}."
        wrong_year = dct.year + shift + rng.choice((-3, -2, 2, 3))
        right, wrong = pair(
            rng, doc, template.format(dct.year + shift), template.format(wrong_year)
        )
        return right, wrong, f"{word} year with {wrong_year}"
    count = rng.randint(2, 9)
    template = f"The company was founded {NUMBER_WORDS[count]} years ago, in {{}}."
    wrong_year = dct.year - count + rng.choice((-3, -2, 2, 3))
    right, wrong = pair(rng, doc, template.format(dct.year - count), template.format(wrong_year))
    return right, wrong, f"{count} years ago with {wrong_year}"


def age_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    dct = doc.dct
    assert dct is not None
    name, pronoun = rng.choice(PEOPLE)
    surname = name.split()[1]
    born = _dt.date(dct.year - rng.randint(20, 70), rng.randint(1, 12), rng.randint(1, 28))
    if abs((born.replace(year=dct.year) - dct).days) < 12:
        born = born.replace(month=born.month % 12 + 1)  # keep clear of the birthday
    age = dct.year - born.year - ((dct.month, dct.day) < (born.month, born.day))
    wrong_age = age + rng.choice((-1, 1)) * rng.randint(2, 9)
    full, year = ap(born, year=True), born.year
    forms = (
        lambda a: f"{name}, {a}, was born {full}.",
        lambda a: f"The {a}-year-old {surname} spoke to reporters. {pronoun} was born in {year}.",
        lambda a: f"{name}, {a}, who was born in {year}, spoke.",
        lambda a: f"{surname} (born {full}) is {a} years old.",
        lambda a: f"The singer, {a}, was born in {year} in Texas.",
        lambda a: f"{name} is {a}. {pronoun} was born on {full}.",
        lambda a: f"Born in {year}, {surname}, {a}, spoke.",
        lambda a: f"{surname}, a {a}-year-old nurse, was born in {year}.",
        lambda a: f"{surname}, aged {a}, was born in {year}.",
        lambda a: f"{name}, {age}, was among the speakers. Later, {surname}, {a}, left the hall.",
    )
    form = rng.choice(forms)
    right, wrong = pair(rng, doc, form(age), form(wrong_age))
    return right, wrong, f"age {wrong_age} for born {born}"


def _nth_weekday(year: int, month: int, weekday_index: int, nth: int) -> _dt.date:
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday_index
    ]
    return days[nth] if nth >= 0 else days[-1]


HOLIDAYS: tuple[tuple[str, Callable[[int], _dt.date]], ...] = (
    ("Christmas Eve", lambda y: _dt.date(y, 12, 24)),
    ("Christmas Day", lambda y: _dt.date(y, 12, 25)),
    ("New Year's Eve", lambda y: _dt.date(y, 12, 31)),
    ("New Year's Day", lambda y: _dt.date(y, 1, 1)),
    ("Halloween", lambda y: _dt.date(y, 10, 31)),
    ("Valentine's Day", lambda y: _dt.date(y, 2, 14)),
    ("Veterans Day", lambda y: _dt.date(y, 11, 11)),
    ("Independence Day", lambda y: _dt.date(y, 7, 4)),
    ("Thanksgiving", lambda y: _nth_weekday(y, 11, 3, 3)),
    ("Memorial Day", lambda y: _nth_weekday(y, 5, 0, -1)),
    ("Labor Day", lambda y: _nth_weekday(y, 9, 0, 0)),
)


def observance_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    dct = doc.dct
    assert dct is not None
    name, rule = rng.choice(HOLIDAYS)
    day = min(
        (rule(y) for y in (dct.year - 1, dct.year, dct.year + 1)), key=lambda d: abs((d - dct).days)
    )
    kept = (
        {day + _dt.timedelta(days=-1 if day.weekday() == 5 else 1)} if day.weekday() >= 5 else set()
    )  # the weekday a weekend holiday is kept on is not wrong
    wrong = day
    while wrong == day or wrong in kept:
        wrong = day + _dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(1, 5))
    written_year = rng.random() < 0.3
    # The tense follows the side of the publication date the holiday lies on.
    if day < dct:
        forms: tuple[Callable[[_dt.date], str], ...] = (
            lambda d: f"Shops closed early on {name}, {ap(d, year=written_year)}, officials said.",
            lambda d: f"On {ap(d, year=written_year)}, {name}, stores closed.",
            lambda d: f"{name} ({ap(d, year=written_year)}) sales rose.",
            lambda d: f"Crowds gathered on {name}, {ap(d, style='full')}.",
        )
    else:
        forms = (
            lambda d: f"Shops will close early on {name}, {ap(d, year=written_year)}.",
            lambda d: f"On {ap(d, year=written_year)}, {name}, stores will close.",
            lambda d: f"Sales are expected to rise on {name} ({ap(d, year=written_year)}).",
        )
    form = rng.choice(forms)
    right, wrong_variant = pair(rng, doc, form(day), form(wrong))
    return right, wrong_variant, f"{name} with {wrong}"


# Events dated in one sentence and counted from in another: (words the article must not
# already use, the dated sentence, the counted sentence, the unit counted in).
EVENTS: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (
        ("lost", "loss", "lose", "loses", "losing", "defeat", "defeated"),
        "The team lost the final on {event}.",
        "{count} after the loss, on {later}, the coach resigned.",
        "W",
    ),
    (
        ("crash", "crashed"),
        "The plane crashed on {event}, killing 12 people.",
        "Now, {count} after the crash, the airline is paying the families.",
        "W",
    ),
    (
        ("sober", "sobriety"),
        "Rivera got sober on {event}, she said.",
        "Rivera, who is now {count} sober, spoke first.",
        "W",
    ),
    (
        ("sober", "sobriety"),
        "Rivera has been sober since {event}.",
        "Rivera has been sober for {count}, her lawyer said.",
        "W",
    ),
    (
        ("collapse", "collapsed"),
        "On {event}, the dam collapsed.",
        "{count} after the collapse, on {later}, the inquiry opened.",
        "M",
    ),
    (
        ("married", "marriage", "wedding", "wed"),
        "The couple married on {event}.",
        "The couple, who have been married for {count}, live in Ohio.",
        "Y",
    ),
    (
        ("attack", "attacks", "attacked"),
        "The attack on {event} killed 12 people.",
        "Survivors marked the {count} anniversary of the attack.",
        "A",
    ),
    (
        ("earthquake", "quake"),
        "The earthquake struck on {event}.",
        "One year after the earthquake, on {later}, the town reopened its school.",
        "1Y",
    ),
)


def _shift_months(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + months
    return _dt.date(index // 12, index % 12 + 1, min(day.day, 28))


def event_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str] | None:
    """An interval counted from an event the article dates in another sentence."""
    dct = doc.dct
    assert dct is not None
    lowered = doc.text.lower()
    usable = [e for e in EVENTS if not any(re.search(rf"\b{w}\b", lowered) for w in e[0])]
    if not usable:
        return None
    _, dated, counted, unit = rng.choice(usable)
    later = past_day(rng, dct, 1, 10) if "{later}" in counted else dct
    if unit == "W":
        weeks = rng.randint(3, 12)
        count = f"{NUMBER_WORDS.get(weeks, str(weeks))} weeks"
        right = later - _dt.timedelta(weeks=weeks, days=rng.randint(-2, 2))
        wrong = later - _dt.timedelta(weeks=weeks + max(3, weeks // 2 + 1) + rng.randint(0, 3))
    elif unit == "M":
        months = rng.randint(2, 5)
        count = f"{NUMBER_WORDS[months]} months"
        right = _shift_months(later, -months)
        wrong = _shift_months(later, -months - rng.randint(2, 4))
    elif unit == "1Y":
        count = "One year"
        right = _shift_months(later, -rng.choice((11, 12, 12, 13)))
        wrong = _shift_months(later, -rng.choice((6, 7, 18, 19, 24, 30)))
    elif unit == "Y":
        years = rng.randint(3, 9)
        count = f"{NUMBER_WORDS[years]} years"
        right = _shift_months(later, -12 * years - rng.randint(0, 4))
        wrong = _shift_months(later, -12 * (years + rng.randint(3, 5)))
    else:
        years = rng.choice((1, 2, 3, 4, 5, 10, 20, 25, 50))
        count = ORDINALS.get(years, f"{years}th")
        right = _shift_months(later, -12 * years - rng.randint(0, 1))
        wrong = _shift_months(later, -12 * (years + rng.choice((-1, 1)) * rng.randint(2, 3)))
        if wrong >= later:
            wrong = _shift_months(later, -12 * (years + 2))
    # A day far from the publication date with no year is a reading the engine marks
    # uncertain, on which the check rightly says nothing: write the year then.
    year = unit in ("Y", "A", "1Y") or (dct - min(right, wrong)).days > 150 or rng.random() < 0.5
    sentence = counted.format(count=count, later=ap(later, year=True))
    sentence = sentence[0].upper() + sentence[1:]
    state = rng.getstate()
    right_variant = insert_two(rng, doc.text, dated.format(event=ap(right, year=year)), sentence)
    rng.setstate(state)
    wrong_variant = insert_two(rng, doc.text, dated.format(event=ap(wrong, year=year)), sentence)
    return right_variant, wrong_variant, f"{count} from {ap(wrong, year=True)} to {later}"


def duration_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    dct = doc.dct
    assert dct is not None
    kind = rng.choice(
        ("after", "months-after", "since", "years-after", "anniversary", "event", "event")
    )
    if kind == "event" and (made := event_case(rng, doc)) is not None:
        return made
    if kind == "event":
        kind = "after"
    if kind == "after":
        weeks = rng.randint(2, 6)
        later = past_day(rng, dct, 1, 10)
        right_day = later - _dt.timedelta(weeks=weeks)
        wrong_day = right_day - _dt.timedelta(weeks=weeks + rng.randint(0, 2))
        words = NUMBER_WORDS[weeks]
        template = f"On {ap(later)}, {words} weeks after the {{}} vote, the council met again."
        right, wrong = pair(
            rng, doc, template.format(ap(right_day)), template.format(ap(wrong_day))
        )
        return right, wrong, f"{words} weeks after {ap(wrong_day)}"
    if kind == "months-after":
        months = rng.randint(2, 5)
        later = past_day(rng, dct, 1, 10)
        index = later.year * 12 + later.month - 1 - months
        right_day = _dt.date(index // 12, index % 12 + 1, min(later.day, 28))
        index -= months + rng.randint(1, 3)
        wrong_day = _dt.date(index // 12, index % 12 + 1, min(later.day, 28))
        template = (
            f"{NUMBER_WORDS[months].capitalize()} months after the {{}} election, "
            f"on {ap(later)}, the cabinet was formed."
        )
        right, wrong = pair(
            rng, doc, template.format(ap(right_day)), template.format(ap(wrong_day))
        )
        return right, wrong, f"{months} months after {ap(wrong_day)}"
    if kind == "since":
        weeks = rng.randint(4, 12)
        right_day = dct - _dt.timedelta(weeks=weeks)
        wrong_day = right_day - _dt.timedelta(weeks=max(2, weeks // 2 + 1))
        template = f"The strike has lasted {weeks} weeks since {{}}, union leaders said."
        right, wrong = pair(
            rng,
            doc,
            template.format(ap(right_day, year=True)),
            template.format(ap(wrong_day, year=True)),
        )
        return right, wrong, f"{weeks} weeks since {ap(wrong_day, year=True)}"
    if kind == "years-after":
        years = rng.randint(2, 9)
        later = dct.year - rng.randint(1, 5)
        wrong_years = years + rng.randint(2, 4)
        template = f"In {later}, {NUMBER_WORDS[years]} years after the {{}} war, they met."
        right, wrong = pair(
            rng, doc, template.format(later - years), template.format(later - wrong_years)
        )
        return right, wrong, f"{years} years after {later - wrong_years}"
    years = rng.choice(tuple(ORDINALS))
    wrong_years = years + rng.choice((-1, 1)) * rng.randint(2, 4)
    wrong_years = wrong_years if wrong_years > 0 else years + 3
    template = "The ceremony marked the {} anniversary of the {} attack."
    right, wrong = pair(
        rng,
        doc,
        template.format(ORDINALS[years], dct.year - years),
        template.format(ORDINALS[years], dct.year - wrong_years),
    )
    return right, wrong, f"{ORDINALS[years]} anniversary of {dct.year - wrong_years}"


def tense_case(rng: random.Random, doc: CorpusDoc) -> tuple[Variant, Variant, str]:
    dct = doc.dct
    assert dct is not None
    past = past_day(rng, dct, 5, 60)
    future = dct + _dt.timedelta(days=rng.randint(5, 60))
    done = (
        "On {}, the board voted to approve the merger.",
        "On {}, the company announced its results.",
        "The treaty was signed on {}.",
    )
    promised = (
        "The panel will meet on {} to review the findings.",
        "The board is scheduled to meet on {}.",
        "The court will rule on {}.",
    )
    if rng.random() < 0.5:
        template = rng.choice(done)
        right, wrong = pair(
            rng, doc, template.format(ap(past, year=True)), template.format(ap(future, year=True))
        )
        return right, wrong, f"done on future {future}"
    template = rng.choice(promised)
    right, wrong = pair(
        rng, doc, template.format(ap(future, year=True)), template.format(ap(past, year=True))
    )
    return right, wrong, f"promised on past {past}"


INJECTIONS: dict[str, Callable[[random.Random, CorpusDoc], tuple[Variant, Variant, str]]] = {
    "weekday-date-mismatch": weekday_case,
    "impossible-date": impossible_case,
    "relative-date-conflict": relative_case,
    "age-mismatch": age_case,
    "duration-mismatch": duration_case,
    "observance-mismatch": observance_case,
    "tense-date-conflict": tense_case,
}


def build_cases(docs: Sequence[CorpusDoc], per_check: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    usable = [d for d in docs if d.dct is not None and len(d.text) > 200]
    cases = []
    for name, inject in INJECTIONS.items():
        for _ in range(per_check):
            doc = rng.choice(usable)
            assert doc.dct is not None
            right, wrong, what = inject(rng, doc)
            cases.append(Case(name, doc.doc_id, doc.dct, right, wrong, what))
    return cases


def run_cases(cases: Sequence[Case], *, infer_dct: bool = False) -> dict[str, Tally]:
    """Check both variants of every case, with the article's date or (``infer_dct``) none."""
    tagger = Tagger()
    tallies = {name: Tally() for name in INJECTIONS}
    for case in cases:
        tally = tallies[case.check]
        dct: _dt.date | str = "auto" if infer_dct else case.dct
        wrong = check(tagger.annotate(case.wrong.text, dct))
        tally.errors += 1
        if any(f.name == case.check and _overlaps(f.start, f.end, case.wrong) for f in wrong):
            tally.caught += 1
        else:
            tally.misses.append(
                f"{case.doc_id} ({case.dct}) {case.what}: "
                f"{case.wrong.text[case.wrong.start : case.wrong.end]!r}"
            )
        right = check(tagger.annotate(case.right.text, dct))
        tally.rights += 1
        false = [
            f
            for f in right
            if _overlaps(f.start, f.end, case.right)
            or any(f.start < end and start < f.end for start, end in case.right.also)
        ]
        if false:
            tally.false += 1
            tally.false_texts.append(
                f"{case.doc_id} ({case.dct}): "
                f"{case.right.text[case.right.start : case.right.end]!r} -> "
                f"{false[0].name}: {false[0].message}"
            )
    return tallies


def _overlaps(start: int, end: int, variant: Variant) -> bool:
    return start < variant.end and variant.start < end


def table(tallies: dict[str, Tally]) -> str:
    rows = [
        f"{'check':<24} {'errors':>6} {'caught':>6} {'recall':>7} {'rights':>6} "
        f"{'false':>5} {'false %':>7}"
    ]
    for name, tally in tallies.items():
        recall = tally.caught / tally.errors if tally.errors else 0.0
        rate = tally.false / tally.rights if tally.rights else 0.0
        rows.append(
            f"{name:<24} {tally.errors:>6} {tally.caught:>6} {recall:>7.3f} "
            f"{tally.rights:>6} {tally.false:>5} {100 * rate:>6.1f}%"
        )
    errors = sum(t.errors for t in tallies.values())
    caught = sum(t.caught for t in tallies.values())
    rights = sum(t.rights for t in tallies.values())
    false = sum(t.false for t in tallies.values())
    rows.append(
        f"{'all':<24} {errors:>6} {caught:>6} {caught / max(errors, 1):>7.3f} "
        f"{rights:>6} {false:>5} {100 * false / max(rights, 1):>6.1f}%"
    )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--cases", type=int, default=60, help="cases per check (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--infer-dct",
        action="store_true",
        help="give check no publication date: it infers one from the text",
    )
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument(
        "--show-misses",
        action="store_true",
        help="print every missed error and every false finding",
    )
    args = parser.parse_args(argv)
    docs = load_tbaq()
    started = time.perf_counter()
    cases = build_cases(docs, args.cases, args.seed)
    tallies = run_cases(cases, infer_dct=args.infer_dct)
    dates = "inferred publication dates" if args.infer_dct else "the articles' dates"
    print(
        f"error injection on TBAQ ({dates}): {args.cases} cases per check, seed {args.seed}, "
        f"{time.perf_counter() - started:.1f} s"
    )
    print(table(tallies))
    if args.show_misses:
        for name, tally in tallies.items():
            for line in tally.misses:
                print(f"MISS  {name}: {line}")
            for line in tally.false_texts:
                print(f"FALSE {name}: {line}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "seed": args.seed,
                    "cases_per_check": args.cases,
                    "checks": {
                        name: {
                            "errors": t.errors,
                            "caught": t.caught,
                            "rights": t.rights,
                            "false": t.false,
                        }
                        for name, t in tallies.items()
                    },
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
