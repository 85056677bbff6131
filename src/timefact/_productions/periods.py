"""Productions for coarse periods: seasons, decades, centuries, quarters, halves, fiscal years."""

from __future__ import annotations

import re

from timefact._mention import Reference
from timefact._model import Direction, Partial, TimexType
from timefact._productions._common import (
    Groups,
    Reading,
    century_unwritten,
    direction_of,
    first_group,
    norm,
    parse_number,
    written_year,
)
from timefact._regex_cache import compiled
from timefact._vocab import Vocabulary

__all__ = [
    "century",
    "decade",
    "decade_word",
    "fiscal_year",
    "half",
    "quarter",
    "relative_quarter",
    "season",
    "seasons_later",
    "split_year",
    "year_quarter",
]


def season(groups: Groups, vocab: Vocabulary) -> Reading | None:
    word = first_group(
        groups,
        "season",
        "season2",
        "season3",
        "season4",
        "season5",
        "season6",
        "season7",
        "season8",
    )
    anaphor = norm(groups.get("anaph"))
    if groups.get("sdir"):  # "the winter before", "the summer after"
        anaphor = "the previous" if norm(groups.get("sdir")) == "before" else "the following"
    if groups.get("that") or anaphor:
        # "that summer", "the autumn of the following year": of the year the story is in;
        # "the fall of last year": of the year before the telling's
        code = str(vocab.lookup("season", word or ""))
        offset = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}
        deictic = {"last": -1, "next": 1, "this": 0}
        partial = Partial(
            season=code,
            shift_unit="Y",
            shift=deictic.get(anaphor, offset.get(anaphor, 0)),
            granularity="SE",
        )
        reference = Reference.DCT if anaphor in deictic else Reference.NARRATIVE
        return Reading(TimexType.DATE, partial, reference=reference)
    code = str(vocab.lookup("season", word or ""))
    year_value = written_year(groups, "year", "yy")  # "the spring of '98"
    # "the summer before last", "the summer after next": past "last" or "next" summer
    beyond = {"before last": "last", "after next": "next"}.get(norm(groups.get("beyond")))
    rel = beyond or norm(groups.get("rel"))
    if year_value:
        pos = {"early": "START", "mid": "MID", "late": "END"}.get(norm(groups.get("pos")))
        return Reading(
            TimexType.DATE,
            Partial(
                year=year_value,
                season=code,
                granularity="SE",
                century_unwritten=century_unwritten(groups, "year", "yy"),
            ),
            value=f"{year_value:04d}-{code}",
            mod=pos,
        )
    direction = direction_of(rel) if rel else Direction.TENSE
    partial = Partial(season=code, direction=direction, granularity="SE")
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def seasons_later(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "two summers later": that season, so many years from the story's; "ago" from now;
    "built over two summers": so many years."""
    count = parse_number(groups.get("num") or "", vocab)
    if not isinstance(count, float) or count != int(count):
        return None
    if groups.get("past") and groups.get("dir"):
        return None  # "the last two summers later": no such phrase
    if not groups.get("dir"):
        if count < 2 or norm(groups.get("season")) == "falls":
            return None  # "two falls" are tumbles
        partial = Partial(shift_unit="Y")
        return Reading(TimexType.DURATION, partial, value=f"P{int(count)}Y")
    code = str(vocab.lookup("season", norm(groups.get("season")).removesuffix("s")))
    direction = norm(groups.get("dir"))
    sign = -1 if direction in ("earlier", "before", "ago") else 1
    partial = Partial(season=code, shift_unit="Y", shift=sign * int(count), granularity="SE")
    reference = Reference.DCT if direction == "ago" else Reference.NARRATIVE
    return Reading(TimexType.DATE, partial, reference=reference)


def split_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the 2024-25 school year", "fiscal 2025-26": a period across two years in a row;
    any other pair is a range of two years, read apart."""
    first = int(groups.get("year") or 0)
    second = int(groups.get("end") or 0)
    # "2020/21", as financial years are written, needs no word to say what it is
    said_what = groups.get("kind") or groups.get("fiscal") or groups.get("slash")
    if second != (first + 1) % 100 or not said_what:
        return None
    return Reading(TimexType.DATE, Partial(year=first), value=f"{first:04d}")


_CENTURY_NOW = 2000


def decade(groups: Groups, vocab: Vocabulary) -> Reading | None:
    pos = {"early": "START", "mid": "MID", "late": "END"}.get(norm(groups.get("pos")))
    if groups.get("decade"):
        full = int(groups["decade"] or 0)
        # "the 1800s" is a century; "the 2000s", said from within the century, its first
        # decade
        if full % 100 == 0 and full < _CENTURY_NOW and not groups.get("pos"):
            return Reading(
                TimexType.DATE, Partial(century=full // 100), value=f"{full // 100:02d}", mod=pos
            )
        return Reading(
            TimexType.DATE, Partial(decade=full // 10), value=f"{full // 10:03d}", mod=pos
        )
    if groups.get("dec3") and _not_a_decade(groups):
        return None  # "highs in the 80s": degrees
    two = int(groups.get("dec2") or groups.get("dec3") or groups.get("dec4") or 0)
    prefix = 19 if two >= 30 else 20
    return Reading(
        TimexType.DATE,
        Partial(decade=prefix * 10 + two // 10),
        value=f"{prefix}{two // 10}",
        mod=pos,
    )


_DECADE_WORDS = {
    "twenties": 192,
    "thirties": 193,
    "forties": 194,
    "fifties": 195,
    "sixties": 196,
    "seventies": 197,
    "eighties": 198,
    "nineties": 199,
}
_NOT_A_DECADE = compiled(r"\b(?:temperatures?|highs?|lows?|degrees?|his|her|their)\b", re.I)
# Words of the weather a little further back: "Temperatures will climb into the 80s",
# "Highs this weekend should be in the mid-80s".
_WEATHER = compiled(
    r"\b(?:temperatures?|thermometer|mercury|degrees|fahrenheit|highs|lows|zero|forecast|"
    r"wind[ \t]+chill|thaw)\b",
    re.I,
)


def _not_a_decade(groups: Groups) -> bool:
    """Whether "the nineties" or "the 80s" here is an age or a temperature."""
    return bool(
        _NOT_A_DECADE.search(groups.get("_before") or "")
        or _WEATHER.search(groups.get("_clause_before") or "")
    )


def decade_word(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the nineties", "the late sixties": a decade of the 1900s named in words."""
    if _not_a_decade(groups):
        return None
    decade_value = _DECADE_WORDS[norm(groups.get("word"))]
    if norm(groups.get("cent")) == "eighteen":  # "the eighteen-nineties"
        decade_value -= 10
    pos = {"early": "START", "mid": "MID", "late": "END"}.get(norm(groups.get("pos")))
    return Reading(
        TimexType.DATE, Partial(decade=decade_value), value=f"{decade_value:03d}", mod=pos
    )


# A batter's hundreds: "his second century", "a maiden Test century", "century of the tour"
_BATTER_BEFORE = compiled(r"\b(?i:his|her|their|maiden|Test)[ \t]+$")
_INNINGS_AFTER = compiled(
    r"[ \t]+(?:of[ \t]+the[ \t]+(?:summer|season|tour|series|match|innings|game)"
    r"|in[ \t]+\d+[ \t]+balls)\b"
)


def century(groups: Groups, vocab: Vocabulary) -> Reading | None:
    if groups.get("ordnum"):
        number = int(groups["ordnum"] or 0)
    else:
        number = int(vocab.lookup("ordinal", groups.get("ord") or ""))
    if number < 1 or number > 21:
        return None
    if _BATTER_BEFORE.search(groups.get("_before") or "") or _INNINGS_AFTER.match(
        groups.get("_after") or ""
    ):
        return None  # "after his second century of the summer": a hundred runs
    pos = {"early": "START", "mid": "MID", "late": "END"}.get(norm(groups.get("pos")))
    if groups.get("bc"):  # "the 3rd century BC": 300 to 201 BC
        return Reading(
            TimexType.DATE, Partial(granularity="CE"), value=f"BC{number - 1:02d}", mod=pos
        )
    return Reading(TimexType.DATE, Partial(century=number - 1), value=f"{number - 1:02d}", mod=pos)


_QUARTER_NUMBER = {
    "holiday": 4,  # "the holiday quarter": October to December
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


_QUARTER_ENDING = {"march": 1, "june": 2, "september": 3, "december": 4}


def quarter(groups: Groups, vocab: Vocabulary) -> Reading | None:
    # "the July-September period": the quarter its months make
    ordinal = norm(groups.get("ord") or groups.get("ord2"))
    number = _QUARTER_NUMBER.get(ordinal, 4 if ordinal in ("final", "last") else None)
    # "the June quarter" (Australian and New Zealand use): the quarter that month ends
    number = _QUARTER_ENDING.get(ordinal, number)
    if groups.get("qnum"):
        number = int(groups["qnum"] or 0)
    if number is None:
        return None
    year_value = written_year(groups, "year", "year2", "year3", "year4", "year5", "yy", "yy2")
    if not year_value and not groups.get("rel") and _QUARTER_OF_GAME.search(_words_around(groups)):
        return None  # "trailed by 11 with under four minutes left in the third quarter"
    partial = Partial(
        year=year_value,
        quarter=number,
        granularity="Q",
        direction=direction_of(groups.get("rel")) if groups.get("rel") else Direction.TENSE,
    )
    if year_value:
        return Reading(TimexType.DATE, partial, value=f"{year_value:04d}-Q{number}")
    rel = norm(groups.get("rel"))
    if rel:
        offset = {"last": -1, "next": 1}.get(rel, 0)
        partial = Partial(quarter=number, shift_unit="Y", shift=offset, granularity="Q")
        return Reading(TimexType.DATE, partial, reference=Reference.DCT)
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def year_quarter(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the 1988 third quarter", "the 1988 period": a quarter of a written year."""
    year_value = written_year(groups, "year") or 0
    ordinal = norm(groups.get("ord"))
    number = _QUARTER_NUMBER.get(ordinal)
    unit = groups.get("unit")
    if unit == "half":
        return None
    if number is None:
        partial = Partial(year=year_value, granularity="Y", period_shift=0)
        return Reading(TimexType.DATE, partial, value=f"{year_value:04d}")
    return Reading(
        TimexType.DATE,
        Partial(year=year_value, quarter=number, granularity="Q"),
        value=f"{year_value:04d}-Q{number}",
    )


def relative_quarter(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the latest quarter", "the year-ago quarter", "the year-earlier period"."""
    rel = norm(groups.get("rel"))
    if groups.get("unit") == "period" and "year" not in rel and rel != "the latest":
        return None
    # News reports results after a quarter closes: "the latest quarter" is the last one
    # before the DCT's, and "the year-ago quarter" the same quarter a year before it.
    offsets = {
        "the latest": -1,
        "the recent": -1,
        "the previous": -2,
        "the current": 0,
        "the same": -1,
        "the comparable": -5,
    }
    offset = -5 if "year" in rel else offsets.get(rel, -1)
    period_shift = -1 if "year" in rel else 0 if rel in ("the latest", "the recent") else None
    partial = Partial(shift_unit="Q", shift=offset, granularity="Q", period_shift=period_shift)
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


_SENTENCE_BREAK = compiled(r"[.!?](?:\s|$)")
# Words near "the first half" that make it a half of a game.
_GAME_WORDS = compiled(
    r"(?i:interceptions?|touchdowns?|goals?|scored|points|possession|penalt(?:y|ies)|match|"
    r"game|kick-?off|half-?time|inning|trailed|led\b|shots?|tries|fouls?|interval|intermission|"
    r"minutes\s+left|overtime|buzzer|"
    r"concert|show|gig|how\s+long|flies\s+by|dragged)"
)


# Words that make "the third quarter" a quarter of a game, not of a year ("points" and
# "led" are also words of earnings)
_QUARTER_OF_GAME = compiled(
    r"(?i:trail(?:ed|ing)|minutes\s+left|seconds\s+left|overtime|buzzer|touchdowns?|"
    r"interceptions?|tip-?off|free\s+throws?|rebounds?|field\s+goals?|three-pointers?)"
)


def _words_around(groups: Groups) -> str:
    """The words just before and after a match, in its own sentence."""
    before = _SENTENCE_BREAK.split(groups.get("_before") or "")[-1]
    after = _SENTENCE_BREAK.split(groups.get("_after") or "")[0]
    return before + " " + after


def half(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the first half of 2020", "the second half", "H2 2023"."""
    if groups.get("hnum"):
        number = int(groups["hnum"] or 1)
    else:
        number = 1 if norm(groups.get("ord")) in ("first", "front") else 2
    year_value = written_year(groups, "year")
    if year_value:
        return Reading(
            TimexType.DATE,
            Partial(year=year_value, half=number, granularity="H"),
            value=f"{year_value:04d}-H{number}",
        )
    if (
        norm(groups.get("ord")) in ("back", "front")
        and not groups.get("rel")
        and "year" not in norm(groups.get("_text"))
    ):
        return None  # "Then the back half came": of a storm, not of a year
    if not groups.get("rel") and _GAME_WORDS.search(_words_around(groups)):
        # "three interceptions in the first half": a half of a game; "how long is the
        # first half?", "the first half flies by": of a concert or a show
        return None
    offset = {"last": -1, "next": 1}.get(norm(groups.get("rel")), 0)
    partial = Partial(half=number, shift_unit="Y", shift=offset, granularity="H")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def fiscal_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    year_value = written_year(groups, "year")
    if year_value:
        return Reading(
            TimexType.DATE, Partial(year=year_value, granularity="Y"), value=f"{year_value:04d}"
        )
    rel = norm(groups.get("rel"))
    if rel == "the" and groups.get("ending") is not None:
        # "in the fiscal year ended June 30": the year's length, as for "the year ended"
        return Reading(TimexType.DURATION, Partial(shift_unit="Y"), value="P1Y")
    if rel in ("the", "the new"):
        return Reading(
            TimexType.DATE,
            Partial(shift_unit="Y", shift=0, granularity="Y"),
            reference=Reference.NARRATIVE,
        )
    offset = {"last": -1, "next": 1, "the previous": -1}.get(rel, 0)
    return Reading(
        TimexType.DATE,
        Partial(shift_unit="Y", shift=offset, granularity="Y"),
        reference=Reference.DCT,
    )
