"""Productions for sets: "every Tuesday", "twice a week", "annually"."""

from __future__ import annotations

import re

from timefact._model import Partial, TimexType
from timefact._productions._common import (
    PART_OF_DAY,
    Groups,
    Reading,
    duration_value,
    first_group,
    norm,
    parse_number,
    unit_code,
)
from timefact._regex_cache import compiled
from timefact._vocab import Vocabulary

__all__ = [
    "alternate_units",
    "day_of_every_month",
    "every_other_weekday",
    "monthly_weekday",
    "often",
    "quarter_hour",
    "set_adverb",
    "set_every",
    "set_times",
    "set_units_per",
    "weekdays",
]


_ADVERB_SET = {
    "daily": ("P1D", None),
    "nightly": ("P1D", None),
    "weekly": ("P1W", None),
    "biweekly": ("P2W", None),
    "fortnightly": ("P2W", None),
    "monthly": ("P1M", None),
    "quarterly": ("P3M", None),
    "yearly": ("P1Y", None),
    "annually": ("P1Y", None),
    "hourly": ("PT1H", None),
    "half-hourly": ("PT30M", None),
    "quarter-hourly": ("PT15M", None),
    "semiannually": ("P6M", None),
    "year-round": ("P1Y", None),
}

_ATTRIBUTIVE = compiled(
    r"(?:\b(?:a|an|the|its|their|his|her|our|your|my|average|regular|first|usual|normal)"
    r"|['’]s)\s+$",
    re.IGNORECASE,
)


def _times(groups: Groups, vocab: Vocabulary) -> str | None:
    """The freq of "twice daily", "once every two days", "three times weekly"."""
    count = {"once": 1, "twice": 2, "thrice": 3}.get(norm(groups.get("times")))
    if count is None and groups.get("ntimes"):
        number = parse_number(groups.get("ntimes") or "", vocab)
        count = int(number) if isinstance(number, float) and number == int(number) else None
    return f"{count}X" if count else None


# "the Sevenoaks weekly", "a Boston daily": a paper named by its place
_PAPER_BEFORE = compiled(r"\b(?i:the|a)\s+(?:[A-Z][\w'’-]*\s+){1,3}$")


def set_adverb(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "daily", "annually", "a quarterly dividend", "their daily statin": a set; not the
    name of a paper ("the Party daily Granma", "the daily Granma")."""
    before, after = groups.get("_before") or "", groups.get("_after") or ""
    adverb = groups.get("adv") or ""
    if adverb[:1].isupper() and re.search(r"[\w,'’]\s*$", before):
        return None  # "the People's Daily said": a name
    named = re.match(r"\s+[A-Z]", after) is not None
    if named and (_ATTRIBUTIVE.search(before) or re.search(r"\b[A-Z][a-z]+\s+$", before)):
        return None
    if _PAPER_BEFORE.search(before) and not re.match(r"\s+[a-z]", after):
        return None  # "a junior reporter on the Sevenoaks weekly": a paper
    value, _ = _ADVERB_SET[norm(groups.get("adv"))]
    return Reading(TimexType.SET, value=value, freq=_times(groups, vocab))


def quarter_hour(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "a quarter of an hour" PT15M, "three quarters of an hour" PT45M, "every quarter of
    an hour" and "every half hour" sets."""
    if groups.get("halfevery"):
        return Reading(TimexType.SET, value="PT30M", quant="EVERY")
    minutes = 45 if norm(groups.get("n")) == "three" else 15
    if groups.get("every"):
        return Reading(TimexType.SET, value=f"PT{minutes}M", quant="EVERY")
    return Reading(TimexType.DURATION, Partial(shift_unit="MI"), value=f"PT{minutes}M")


def every_other_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "every other Thursday": one weekday in two."""
    word = norm(groups.get("wd"))
    day = vocab.lookup("weekday", word) or vocab.lookup("weekday", word[:3])
    if day is None:
        return None
    pod = PART_OF_DAY.get(norm(groups.get("pod"))) if groups.get("pod") else None
    value = f"XXXX-WXX-{int(day)}" + (f"T{pod}" if pod else "")
    partial = Partial(weekday=int(day), part_of_day=pod)
    return Reading(TimexType.SET, partial, value=value, quant="EVERY")


_ALTERNATE_SPANS = {"days": "P2D", "nights": "P2D", "weeks": "P2W", "months": "P2M", "years": "P2Y"}


def alternate_units(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "on alternate days", "alternate weeks", "alternate Thursdays": one in two."""
    if groups.get("wd"):
        return every_other_weekday(groups, vocab)
    value = _ALTERNATE_SPANS.get(norm(groups.get("unit")))
    if value is None:
        return None
    return Reading(TimexType.SET, value=value, quant="EVERY")


def monthly_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the last Thursday of every month": one day a month."""
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    return Reading(TimexType.SET, Partial(weekday=day), value="P1M", quant="EVERY")


def weekdays(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "every weekday", "weekdays", "weekday afternoons"; not "weekday traffic"."""
    pod_word = norm(groups.get("pod"))
    if not (groups.get("every") or groups.get("plural") or pod_word.endswith("s")):
        return None
    pod = PART_OF_DAY[pod_word.removesuffix("s")] if pod_word else None
    value = "XXXX-WXX-WD" + (f"T{pod}" if pod else "")
    quant = "EVERY" if groups.get("every") else None
    return Reading(TimexType.SET, Partial(part_of_day=pod), value=value, quant=quant)


def often(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "most evenings", "some mornings", "most Saturdays": a part of the day or a day of
    the week, often; "in the mornings": each morning."""
    quant = norm(groups.get("quant")).upper() or None
    if groups.get("pod2"):  # "in the mornings"
        pod = PART_OF_DAY[norm(groups.get("pod2")).removesuffix("s")]
        return Reading(TimexType.SET, Partial(part_of_day=pod), value=f"XXXX-XX-XXT{pod}")
    if groups.get("wd"):
        weekday = int(vocab.lookup("weekday", groups.get("wd") or ""))
        value = f"XXXX-WXX-{weekday}"
        return Reading(TimexType.SET, Partial(weekday=weekday), value=value, quant=quant)
    pod = PART_OF_DAY[norm(groups.get("pod")).removesuffix("s")]
    return Reading(TimexType.SET, Partial(part_of_day=pod), value=f"XXXX-XX-XXT{pod}", quant=quant)


def day_of_every_month(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the 1st of every month", "the first day of each calendar month": that day of each
    month ("the last day of every month" has no day number of its own)."""
    word = norm(groups.get("mdayword"))
    if word == "last":
        return Reading(TimexType.SET, Partial(nth=-1), value="XXXX-XX-XX", quant="EVERY")
    day = 1 if word == "first" else int(groups.get("mday") or 0)
    if not 1 <= day <= 31:
        return None
    return Reading(TimexType.SET, Partial(day=day), value=f"XXXX-XX-{day:02d}", quant="EVERY")


def set_every(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "every Tuesday", "each year", "every other week", "every three months"."""
    quant = "EVERY"
    freq = _times(groups, vocab)  # "once every two days"
    every = 2.0 if groups.get("other") else 1.0
    if groups.get("nth"):  # "every seventh year": one year in seven
        every = float(vocab.lookup("ordinal", norm(groups.get("nth"))) or 1)
    vague = False
    if groups.get("num"):
        first, *rest = re.split(r"\s+(?:to|or)\s+", groups.get("num") or "")
        count = parse_number(first, vocab)
        if count is None:
            return None
        vague = not isinstance(count, float) or bool(rest)
        every = count if isinstance(count, float) else 1.0  # "every 2.7 years"
    if groups.get("wd"):
        day = int(vocab.lookup("weekday", groups.get("wd") or ""))
        pod_word = norm(groups.get("wdpod"))
        if pod_word:  # "each Friday night"
            pod = PART_OF_DAY[pod_word]
            partial = Partial(weekday=day, part_of_day=pod)
            return Reading(
                TimexType.SET, partial, value=f"XXXX-WXX-{day}T{pod}", quant=quant, freq=freq
            )
        return Reading(
            TimexType.SET, Partial(weekday=day), value=f"XXXX-WXX-{day}", quant=quant, freq=freq
        )
    if groups.get("noon"):  # "every midnight", "each noon"
        hour = 24 if norm(groups.get("noon")) == "midnight" else 12
        return Reading(
            TimexType.SET, Partial(hour=hour), value=f"XXXX-XX-XXT{hour}:00", quant=quant
        )
    if groups.get("holiday"):  # "every Christmas"
        item = vocab.observance(groups.get("holiday") or "")
        if item is None:
            return None
        value = f"XXXX-{item.fixed[0]:02d}-{item.fixed[1]:02d}" if item.fixed else "XXXX"
        return Reading(
            TimexType.SET, Partial(holiday=item.key), value=value, quant=quant, freq=freq
        )
    # "each February", "every July 9", "every tenth of May"
    if groups.get("month") or groups.get("month3") or groups.get("month4"):
        month = int(vocab.lookup("month", first_group(groups, "month", "month3", "month4") or ""))
        day_text = first_group(groups, "mday", "mday2") or (
            groups.get("num") if (groups.get("num") or "").isdigit() else None
        )  # "every 14 August": the count is the day
        day_word = first_group(groups, "mdayword", "mdayword2")
        if day_word:  # "every February fourteenth", "every tenth of May"
            day_text = str(vocab.lookup("ordinal", norm(day_word)) or "")
        if day_text and 1 <= int(day_text) <= 31:
            month_day = int(day_text)
            value = f"XXXX-{month:02d}-{month_day:02d}"
            return Reading(
                TimexType.SET, Partial(month=month, day=month_day), value=value, quant=quant
            )
        return Reading(
            TimexType.SET, Partial(month=month), value=f"XXXX-{month:02d}", quant=quant, freq=freq
        )
    if groups.get("season"):  # "every summer"
        code = str(vocab.lookup("season", norm(groups.get("season"))))
        return Reading(
            TimexType.SET, Partial(season=code), value=f"XXXX-{code}", quant=quant, freq=freq
        )
    if groups.get("pod"):
        pod = PART_OF_DAY[norm(groups.get("pod"))]
        return Reading(
            TimexType.SET, Partial(part_of_day=pod), value=f"XXXX-XX-XXT{pod}", quant=quant
        )
    unit = unit_code(groups.get("unit"), vocab)
    if unit is None or unit == "NIGHT":
        unit = "D" if unit == "NIGHT" else None
    if unit is None:
        return None
    if unit == "WE":  # "every weekend"
        return Reading(TimexType.SET, value="XXXX-WXX-WE", quant=quant, freq=freq)
    amount: float | str = "X" if vague else float(every)  # "every few years", "every 7 to 10 days"
    return Reading(TimexType.SET, value=duration_value(amount, unit), quant=quant, freq=freq)


def set_times(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "twice a week", "three times a year": value the period, freq the count ("twice a
    season": a sports season, a year)."""
    times = norm(groups.get("times"))
    count: float | str | None = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(times)
    if count is None:
        count = parse_number(groups.get("n") or "", vocab)
    word = norm(groups.get("unit"))
    unit = "Y" if word == "season" else unit_code(word, vocab)
    if not isinstance(count, float) or unit is None or unit == "NIGHT":
        return None
    return Reading(TimexType.SET, value=duration_value(1.0, unit), freq=f"{int(count)}X")


def set_units_per(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "seven days a week", "24 hours a day": that much of every period."""
    count = parse_number(groups.get("n") or "", vocab)
    part = unit_code(groups.get("part"), vocab)
    unit = unit_code(groups.get("unit"), vocab)
    if not isinstance(count, float) or part is None or unit is None or part == "NIGHT":
        return None
    return Reading(TimexType.SET, value=duration_value(1.0, unit), freq=duration_value(count, part))
