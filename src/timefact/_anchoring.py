"""Anchoring: turns mentions into TIMEX3 values against the DCT and narrative time."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from timefact._mention import Mention
from timefact._model import Timex


def resolve(text: str, mentions: Sequence[Mention], dct: _dt.date | None) -> tuple[Timex, ...]:
    return ()
