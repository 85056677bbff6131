"""What a well-formed TIMEX3 value looks like, for property tests."""

from __future__ import annotations

import re

_PART = r"(?:MO|AF|EV|NI|DT)"
_CLOCK = r"\d{2}(?::\d{2}(?::\d{2})?)?(?:Z|[+-]\d{2}:\d{2})?"
DATE_OR_TIME = re.compile(
    rf"""(?x)^(?:
        (?:\d{{4}}|XXXX)(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?)?(?:T(?:{_CLOCK}|{_PART}))?
      | (?:\d{{4}}|XXXX)-W(?:\d{{2}}|XX)(?:-(?:WE|WD|\d))?(?:T{_PART})?
      | (?:\d{{4}}|XXXX)-(?:Q[1-4]|QX|H[12]|SP|SU|FA|WI)
      | \d{{2,3}}X?
      | BC\d{{2,4}}(?:-(?:SP|SU|FA|WI|\d{{2}}(?:-\d{{2}})?))?
      | PAST_REF | PRESENT_REF | FUTURE_REF
    )$"""
)
_N = r"(?:\d+(?:\.\d+)?|X)"
# One unit of TimeML's own (weeks, decades, centuries, millennia, quarters, weekends), or
# the ISO 8601 years, months and days, then hours, minutes and seconds, in that order
# ("P2Y11M", "P9DT3H", "PT2H9M55S"); never weeks beside other units.
DURATION = re.compile(
    rf"^P(?:{_N}(?:W|DE|CE|ML|Q|WE)"
    rf"|(?=[\dXT])(?:{_N}Y)?(?:{_N}M)?(?:{_N}D)?(?:T(?=[\dX])(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?)$"
)


def well_formed(kind: str, value: str) -> bool:
    if kind in ("DATE", "TIME"):
        return bool(DATE_OR_TIME.match(value))
    if kind == "DURATION":
        return bool(DURATION.match(value))
    return bool(DURATION.match(value) or DATE_OR_TIME.match(value))
