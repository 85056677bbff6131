"""Season words a text uses as a person's name: "Lee Spring, 27, of Penhill ... the court
heard that Spring had been drinking". Such a text's capitalised "Spring" inside a
sentence is the man, not the season."""

from __future__ import annotations

from collections.abc import Sequence

from timefact._mention import Mention
from timefact._regex_cache import compiled

_SEASON_NAMES = ("Spring", "Summer", "Autumn", "Winter")
# A person named with the word: "Mr Spring", "Lee Spring, 27,", "Donna Summer said"
_NAMED = compiled(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Judge|Justice|Sgt|Det|Officer|Coach)"
    r"\.?[ \t]+|[A-Z][a-z]+[ \t]+)(?P<name>Spring|Summer|Autumn|Winter)"
    r"(?=,[ \t]+\d{1,3},|[ \t]+(?:said|says|told|added|denied|admitted|pleaded)\b)"
)
_SENTENCE_START = compiled(r"(?:^|[.!?\"“”]\s*|\n\s*)$")


def without_surnames(text: str, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """The mentions, less a capitalised season inside a sentence that the text uses as a
    person's name."""
    suspects = [m for m in mentions if _capitalised_season(text, m)]
    if not suspects:
        return mentions
    names = {found.group("name") for found in _NAMED.finditer(text)}
    if not names:
        return mentions
    dropped = {id(m) for m in suspects if m.text.split()[-1] in names}
    return [m for m in mentions if id(m) not in dropped]


def _capitalised_season(text: str, mention: Mention) -> bool:
    if not mention.text.endswith(_SEASON_NAMES):  # most mentions: no split needed
        return False
    word = mention.text.split()[-1]
    if word not in _SEASON_NAMES:
        return False
    word_start = mention.end - len(word)
    return not _SENTENCE_START.search(text, max(0, word_start - 40), word_start)
