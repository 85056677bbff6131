"""The vocabulary of time words, loaded from ``data/vocabulary.toml`` and
``data/observances.toml``, and the regular-expression macros built from it."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from timefact._regex_cache import compiled

# Tables whose words are proper names: written Capitalised or in CAPITALS, never lower.
_TITLE_CASE_TABLES = frozenset({"month", "weekday"})
# Month and weekday abbreviations: they need a period, or (months) a day number after.
_FULL_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Month names that are also everyday words: never taken in lower case.
_COMMON_WORDS = frozenset({"may", "march"})
_SPACING = compiled(r"[\s-]+")
# Weekday abbreviations that are no English word, so stand alone in informal text.
_NOT_A_WORD = frozenset({"fri", "thurs", "thu", "tues", "tue"})
_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _data(name: str) -> dict[str, Any]:
    with resources.files("timefact").joinpath("data", name).open("rb") as handle:
        return tomllib.load(handle)


def _word_pattern(form: str) -> str:
    """A written form as a pattern: spaces and hyphens match either, apostrophes any."""
    parts = re.split(r"[ -]", form)
    escaped = [_apostrophes(re.escape(p)) for p in parts]
    return r"[\s-]+".join(escaped)


def _apostrophes(pattern: str) -> str:
    return re.sub("['’]", "['’]", pattern)


def _title_forms(form: str) -> list[str]:
    return [form.capitalize(), form.upper()]


def alternation(patterns: list[str]) -> str:
    # Longest first, so that "Sept" is tried before "Sep" and "Christmas Eve" before
    # "Christmas": Python's alternation takes the first branch that matches.
    unique = sorted(set(patterns), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(unique) + ")"


@dataclass(frozen=True, slots=True)
class Observance:
    """A holiday or observance, how to find its date in a year, and (for the checks) the
    other dates the press gives it; the fields are those of ``data/observances.toml``."""

    key: str
    forms: tuple[str, ...]
    library: str | None = None
    country: str = "US"  # the country whose `holidays` table ``library`` names a day of
    fixed: tuple[int, int] | None = None
    nth_weekday: tuple[int, int, int] | None = None
    easter: int | None = None
    offset: int = 0
    untagged_forms: tuple[str, ...] = ()
    claimed: bool = True
    country_specific: bool = False
    observed: bool = False
    capitalised: bool = False  # a name only when capitalised: "Family Day", not "a family day"
    days: int = 1  # how many days it lasts from its date ("Lent": 46, Ash Wednesday on)
    marks: int | None = None  # the year of the one event it is named for ("D-Day": 1944)
    also: tuple[str, ...] = ()
    # the day in the texts of other countries: (country, (month, day) or (month, weekday, nth))
    by_country: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def in_country(self, country: str | None) -> Observance:
        """This observance as the texts of ``country`` keep it."""
        rule = dict(self.by_country).get(country or "")
        if rule is None:
            return self
        fixed = (rule[0], rule[1]) if len(rule) == 2 else None
        nth = (rule[0], rule[1], rule[2]) if len(rule) == 3 else None
        return replace(
            self, library=None, fixed=fixed, nth_weekday=nth, easter=None, offset=0, also=()
        )


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word tables (lower-case form → meaning) and the observance table."""

    tables: dict[str, dict[str, Any]]
    observances: tuple[Observance, ...]

    def lookup(self, table: str, word: str) -> Any:
        """The meaning of ``word`` in ``table`` (case, spacing and periods folded)."""
        entries = self.tables[table]
        plain = word.lower()
        if plain in entries:  # most words come as the table writes them
            return entries[plain]
        key = _SPACING.sub("-" if table in ("number", "ordinal") else " ", plain)
        key = key.rstrip(".").replace("’", "'")
        if key in entries:
            return entries[key]
        return entries.get(key.replace("-", " "), entries.get(key.replace(" ", "-")))

    def observance(self, written: str) -> Observance | None:
        key = re.sub(r"\s+", " ", written.lower()).replace("’", "'")
        for item in self.observances:
            if key in item.forms:
                return item
        return None

    def macros(self) -> dict[str, str]:
        """Regular-expression macros named after the tables, in upper case."""
        out: dict[str, str] = {}
        for table, entries in self.tables.items():
            if table in _TITLE_CASE_TABLES:
                continue
            forms = [_word_pattern(f) for f in entries]
            out[table.upper()] = "(?i:" + alternation(forms) + ")"
        out["MONTH"] = self._proper_names(
            self.tables["month"],
            _FULL_MONTHS,
            abbreviation=r"(?:\.|(?=[ \t]+\d))",
            lower_when=r"(?=[ \t]+\d)",
        )
        # "1 Oct", "13 Feb", "29th june": a month after a day number needs no period, and
        # any case but for the months that are also words ("5 may apply").
        after_day = [
            form
            for name in self.tables["month"]
            for form in (_title_forms(name) + ([name] if name not in _COMMON_WORDS else []))
        ]
        out["MONTH"] = (
            "(?:"
            + out["MONTH"]
            + r"|(?:(?<=\d[ \t])|(?<=\d[a-z]{2}[ \t])|(?<=\d[a-z]{2}[ \t]of[ \t]))"
            + alternation([re.escape(f) for f in after_day])
            + r"(?![\w'’-])"
            # "29th may": after an ordinal even the month that is also a word
            + r"|(?<=\d[a-z]{2}[ \t])"
            + alternation(sorted(_COMMON_WORDS))
            + r"(?![\w'’-]))"
        )
        out["MONTH_FULL"] = alternation([p for f in _FULL_MONTHS for p in _title_forms(f)])
        out["WEEKDAY"] = self._proper_names(
            self.tables["weekday"],
            _FULL_WEEKDAYS,
            abbreviation=r"\.",
            lower_when="",
            informal=_INFORMAL_WEEKDAY_AFTER,
        )
        out["WORDLIKE_WEEKDAY"] = _WORDLIKE_WEEKDAY
        out["HOLIDAY"] = _holiday_alternation(self.observances)
        return out

    @staticmethod
    def _proper_names(
        entries: dict[str, Any],
        full: tuple[str, ...],
        abbreviation: str,
        lower_when: str,
        informal: str = "",
    ) -> str:
        """Names Capitalised or in CAPITALS; abbreviations need ``abbreviation`` after them.

        Informal text writes names in lower case too ("sept 28", "on tuesday"): a full
        lower-case name counts when ``lower_when`` (a look-ahead) holds, a lower-case
        abbreviation when it is followed by a day number, and a capitalised one without
        its period when ``informal`` (a look-ahead) holds.
        """
        patterns: list[str] = []
        # Forms that share a look-ahead are grouped under one, to keep the pattern small.
        by_lookahead: dict[str, list[str]] = {}
        for form in entries:
            variants = _title_forms(form)
            if form in full:
                patterns.extend(variants)
                if form not in _COMMON_WORDS:
                    by_lookahead.setdefault(lower_when, []).append(form)
                continue
            by_lookahead.setdefault(abbreviation, []).extend(re.escape(v) for v in variants)
            by_lookahead.setdefault(r"\.?(?=[ \t]+\d)", []).append(re.escape(form))
            if informal:
                # "Sat nite", "Sun 12/5", "thurs @ 7", "Tue, Sep 26", "THURS 14th": without
                # its period, an abbreviation needs a date or time after it, unless it is
                # no English word ("see u fri").
                by_lookahead.setdefault(informal, []).extend((form, *variants))
                if form in _NOT_A_WORD:
                    # "see u fri", "Fri's perfect"
                    by_lookahead.setdefault(r"(?![\w-]|['’](?!s\b))", []).extend(
                        (form, variants[0])
                    )
        patterns.extend(alternation(forms) + after for after, forms in by_lookahead.items())
        return alternation(patterns)


# "brunch on sat.", "I'm off mon for a dentist thing", "back at work mon tho": a weekday
# abbreviation that is also a word ("sat", "sun", "mon", "wed") after a word that leads to
# a day and before the end of its phrase
_DAY_LEADS = (
    "on by for from till til until since before after next nxt last this every see u c u "
    "missed off work free busy"
)
# What a day is said to be when it is agreed on or ruled out ("Fri's perfect", "sat's
# fine", "Saturday's no good")
# A weekday's name written in full, capitalised, for patterns to build on
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_AGREED = "perfect|fine|good|great|ok|okay|better|best|free|busy|bad|tricky|booked|full"
_WORDLIKE_WEEKDAY = (
    "(?:(?:"
    + "|".join(
        rf"(?<=\b{lead} )"
        for word in re.split(r" (?!u\b)", _DAY_LEADS)
        for lead in dict.fromkeys((word, word[:1].upper() + word[1:]))  # "See u sun x"
    )
    + r")(?:sat|sun|mon|wed|weds)"
    + r"(?=[ \t]*(?:[,.;:!?)]|$|\n)|['’]s\b|[ \t]+(?:and|or|tho|though|so|then|instead|x|lol"
    + r"|pls|for|after|before|is|works)\b)"
    # "sat's fine", "wed's good for me": the day agreed on ("the sun's out" is no day)
    + r"|(?:sat|sun|mon|wed)(?=['’]s[ \t]+(?:"
    + DAY_AGREED
    + r"|no[ \t]+good)\b)"
    # "on the sat?", "9th may, the sat.": not "in the sun." nor "the sat nav"
    + r"|(?<=\bthe )(?:sat|wed|weds)(?=[ \t]*(?:[,.;:!?)]|$|\n))"
    # "tomorrow (wed) from 5pm"
    + r"|(?<=\()(?:sat|sun|mon|wed|weds)(?=\))"
    + ")"
)
# "FRI APRIL 14", "SUN, NOV 17": a flyer's or a chat's dates in capitals
_MONTHS_IN_CAPITALS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*"
_INFORMAL_WEEKDAY_AFTER = (
    r"(?=,?[ \t]+(?:\d\d?(?:/\d|:\d|st\b|nd\b|rd\b|th\b|[ \t]?[ap]\.?m\b)|"
    r"nite\b|night\b|morning\b|afternoon\b|evening\b|arvo\b|morn\b|@|"
    r"at[ \t]+(?:\d\d?(?::\d|[ \t]?[ap]\.?m\b)|noon\b|midnight\b)|"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|" + _MONTHS_IN_CAPITALS + r")"
    r"\.?[ \t]+\d|"
    r"\d\d?(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    + _MONTHS_IN_CAPITALS
    + r")))"
)


def _form_words(form: str, capitalised: bool = False) -> str:
    """A holiday form as a pattern: "xmas eve", "fourth of july"; "Family Day" when the
    form is a name only when capitalised."""
    words = re.split(r"[ -]", form)
    if capitalised:
        # "the King's Birthday": the article stays as the sentence writes it
        words = [w if w == "the" else w[:1].upper() + w[1:] for w in words]
    patterns = [_apostrophes(re.escape(w)) for w in words]
    if capitalised and words[0] == "the":
        patterns[0] = "[Tt]he"
    return r"[ \t-]+".join(patterns)


def _holiday_alternation(observances: tuple[Observance, ...]) -> str:
    """Holiday names in any case: running text capitalises them, informal text does not
    (except the names that are common words in lower case: "a family day out")."""
    forms = [_form_words(f) for item in observances if not item.capitalised for f in item.forms]
    names = [_form_words(f, True) for item in observances if item.capitalised for f in item.forms]
    return "(?:(?i:" + alternation(forms) + ")" + "".join("|" + name for name in names) + ")"


def _country_rule(rule: Any) -> tuple[int, ...]:
    """ "08-06" as (8, 6); [10, 1, 4] (October, Monday, the fourth) as it is."""
    if isinstance(rule, str):
        return (int(rule[:2]), int(rule[3:]))
    return tuple(int(part) for part in rule)


@functools.cache  # read once: the grammar and the anchor readers share it
def load_vocabulary() -> Vocabulary:
    """The word tables and observances; one shared object, not to be changed."""
    tables = _data("vocabulary.toml")
    raw = _data("observances.toml")
    observances = []
    for key, entry in raw.items():
        fixed = entry.get("fixed")
        nth = entry.get("nth_weekday")
        observances.append(
            Observance(
                key=key,
                forms=tuple(entry.get("forms", ())),
                library=entry.get("library"),
                country=str(entry.get("country", "US")),
                fixed=(int(fixed[:2]), int(fixed[3:])) if fixed else None,
                nth_weekday=(int(nth[0]), int(nth[1]), int(nth[2])) if nth else None,
                easter=entry.get("easter"),
                offset=int(entry.get("offset", 0)),
                untagged_forms=tuple(entry.get("untagged_forms", ())),
                claimed=bool(entry.get("claimed", True)),
                country_specific=bool(entry.get("country_specific", False)),
                observed=bool(entry.get("observed", False)),
                capitalised=bool(entry.get("capitalised", False)),
                days=int(entry.get("days", 1)),
                marks=int(entry["marks"]) if "marks" in entry else None,
                also=tuple(str(rule) for rule in entry.get("also", ())),
                by_country=tuple(
                    (country, _country_rule(rule))
                    for country, rule in entry.get("by_country", {}).items()
                ),
            )
        )
    return Vocabulary(tables=tables, observances=tuple(observances))
