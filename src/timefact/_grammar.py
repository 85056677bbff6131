"""Compiles the rule file into one scanner and turns matches into mentions.

All rules become branches of a single regular expression, each wrapped in a group named
after the rule, so the text is scanned once. Group names inside a rule are prefixed with
the rule's index (Python forbids repeated names) and un-prefixed again before the
production sees them. Modifier words before a match ("about", "early", "the end of")
are read by a second, anchored pattern looking backwards from the match.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib import resources

from timefact._dispatch import load_dispatch
from timefact._firstchars import ANY_NEXT_WORD, KEYED_WITH_NEXT, WORD_KEY_SIZE, digit_key
from timefact._mention import Mention
from timefact._model import Direction, TimexType
from timefact._productions import PRODUCTIONS, Production
from timefact._productions._common import SOME_BEFORE
from timefact._regex_cache import compiled
from timefact._vocab import Vocabulary, alternation, load_vocabulary

_MACRO = compiled(r"\{([A-Z][A-Z_0-9]*)\}")


@dataclass(frozen=True, slots=True)
class Rule:
    index: int
    name: str
    pattern: str  # macros expanded, group names not yet prefixed
    production: Production
    # True for rules whose matches start with a count that a unit follows ("20 weeks",
    # "a year ago"): at a count whose next word can follow no count, they are skipped.
    counted: bool = False


_AFTER = compiled(r"\{AFTER:([^}]+)\}")


def _after(words: str) -> str:
    """``{AFTER:in|since}``: a look-behind for any of the words and one space."""
    branches = set()
    for word in words.split("|"):
        body = re.escape(word).replace(r"\ ", " ")
        branches.add(rf"(?<=\b{body}[ \t])")
        branches.add(rf"(?<=\b{body[:1].upper()}{body[1:]}[ \t])")
    return "(?:" + "|".join(sorted(branches)) + ")"


def _expand(pattern: str, macros: Mapping[str, str]) -> str:
    pattern = _AFTER.sub(lambda m: _after(m.group(1)), pattern)
    for _ in range(10):
        expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"macro expansion does not end: {pattern[:80]}")


# A word or number starts a token, unless it follows an apostrophe ("'s", "don't"); one
# right after an opening single quote does ("'Tomorrow you will be seventeen").
_WORD_START = r"(?:(?<![\w'’])|(?<=[\s(\[]['‘])|(?<=^['‘]))"


def load_rules(vocabulary: Vocabulary) -> tuple[Rule, ...]:
    with resources.files("timefact").joinpath("data", "rules.toml").open("rb") as handle:
        data = tomllib.load(handle)
    macros = vocabulary.macros()
    for name, body in data["macros"].items():
        macros[name] = body
    rules = []
    for index, entry in enumerate(data["rule"]):
        production = PRODUCTIONS.get(entry["production"])
        if production is None:
            raise ValueError(
                f"rule {entry['name']!r} names production {entry['production']!r}, "
                "which timefact._productions does not define"
            )
        pattern = _expand(entry["pattern"], macros)
        if entry.get("boundary", True):
            pattern = _WORD_START + "(?:" + pattern + ")"
        counted = entry.get("gate") == "count"
        rules.append(Rule(index, entry["name"], pattern, production, counted))
    return tuple(rules)


# Where a time expression can start: a word, a digit, or an apostrophe before digits
# ("'90s"), not inside a word.
_ABBREVIATION_AT_SENTENCE_END = compiled(
    r"\b(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
)
_NEXT_SENTENCE = compiled(r"[ \t]*(?:$|\n|[ \t][A-Z\"“(]|[ \t]\d{4}:)")
_TOKEN = compiled(_WORD_START + r"(?:([A-Za-z]+)|\d|['’](?=\d))")
# What may follow a count in a counted rule besides a unit or another number word.
_CONNECTORS_AFTER_COUNT = frozenset(
    re.findall(
        r"\S+",
        "and to or more additional straight consecutive full long short extra further "
        "successive single times x half quarter ½ plus odd whole business working trading calendar "
        "fiscal financial academic "
        "school evenings mornings afternoons sessions shifts springs summers autumns falls winters "
        "seasons",
    )
)
# Words a counted rule may start with before its count.
_QUALIFIERS_BEFORE_COUNT = frozenset(
    re.findall(
        r"\S+",
        "the those these exactly precisely almost nearly about some more less roughly around "
        "over just once twice thrice",
    )
)
# The rest of the count and the next word (bounded, so a run of digits stays linear).
_AFTER_COUNT = compiled(
    r"[\d.,/½]{0,16}[ \t]*\n?[ \t]*(?:\(\d{1,4}\)[ \t]*)?(?:[-–][ \t]*)?([A-Za-z½]+|\d)"
)
# The word after one of ``KEYED_WITH_NEXT`` or a number (empty: it does not start with a
# letter).
_NEXT_WORD = compiled(
    r"[ \t]+\n?[ \t]*(?:([A-Za-z]{1,3})|(?=\S))|\n[ \t]*(?:([A-Za-z]{1,3})|(?=\S))"
)
# The groups of a clock time said without a.m. or p.m., which reads its neighbours.
_CLOCK_WITHOUT_AM_PM = (
    "spokenh",
    "ish",
    "bare",
    "stamp",
    "sayhour",
    "rangebare",
    "shour",
    "oclock",
    "halfof",
    "dotted",
)
# How many different words the scan remembers the rules of (a bound on its memory).
_WORDS_REMEMBERED = 200_000
# A number's digits (their count is part of the key) and the character after them.
_NUMBER = compiled(r"(\d{1,5})\d*(.?)", re.DOTALL)


def _with_next_word(text: str, end: int, key: str) -> str:
    """``key`` (which ends in a space) with the first letters of the word after ``end``
    ("the yea", "#2 sep"), "#" when it does not start with a letter; ``key`` as it is
    when the next word cannot be read (its rules are those of every next word)."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return key
    following = after.group(1) or after.group(2)
    return key + following.lower() if following else key + "#"


class Grammar:
    """The compiled rules. Picklable: it pickles as its source and recompiles.

    Scanning is driven by words: at each word (or number) only the rules that can start
    with its key (see ``first_word_prefixes``; read off the compiled patterns) are
    tried, in rule order. :meth:`extract_exhaustive` runs every rule over the whole text
    instead; tests check that both agree.
    """

    def __init__(self, vocabulary: Vocabulary, rules: tuple[Rule, ...]) -> None:
        self.vocabulary = vocabulary
        self.rules = rules
        self._qualifiers = _Qualifiers.of(vocabulary)
        dispatch = load_dispatch([rule.pattern for rule in rules])
        self._by_prefix = dispatch.by_prefix
        self._by_char = dispatch.by_char
        # Patterns compile when first needed: a short text needs only a few of them.
        self._patterns: list[re.Pattern[str] | None] = [None] * len(rules)
        self._counted = tuple(rule.counted for rule in rules)
        # A word's rules, by the word as written: most words of a text come again.
        self._by_word: dict[str, tuple[int, ...]] = {}
        tables = vocabulary.tables
        self._count_words = frozenset(tables["number"]) | frozenset(tables["vague_number"])
        # ... and the first words of counts written in several ("couple of days ago")
        self._count_starts = self._count_words | frozenset(
            w.split("-")[0] for w in self._count_words
        )
        self._after_count = (
            frozenset(w.split("-")[0] for w in self._count_words)
            | frozenset(word for word in tables["unit"] if " " not in word)
            | _CONNECTORS_AFTER_COUNT
        )

    def _pattern(self, index: int) -> re.Pattern[str]:
        pattern = self._patterns[index]
        if pattern is None:
            pattern = self._patterns[index] = compiled(self.rules[index].pattern)
        return pattern

    def __reduce__(self) -> tuple[object, ...]:
        return (load_grammar, ())

    def extract(self, text: str) -> list[Mention]:
        """All mentions in ``text``, in order, not overlapping.

        Of the matches starting at the same place, the earlier rule wins; a match that
        its production rejects leaves the place to the next one.
        """
        mentions: list[Mention] = []
        covered = 0
        by_prefix = self._by_prefix
        by_char = self._by_char
        patterns = self._patterns
        word_candidates = self._by_word
        for token in _TOKEN.finditer(text):
            pos = token.start()
            if pos < covered:
                continue
            word = token.group(1)
            if word is not None:
                candidates = word_candidates.get(word)
                if candidates is None:
                    candidates = self._word_candidates(text, token.end(), word)
            elif text[pos].isdigit():
                number = _NUMBER.match(text, pos)
                assert number is not None
                key = digit_key(len(number.group(1)), number.group(2))
                if key[-1] == " ":
                    candidates = self._next_word_candidates(text, number.start(2), key)
                else:
                    candidates = by_prefix.get(key, ())
            else:
                candidates = by_char.get(text[pos], ())
            if not candidates:
                continue  # most words start no time expression
            count_fits: bool | None = None
            for index in candidates:
                if self._counted[index]:
                    if count_fits is None:
                        count_fits = self._count_fits(text, token.end(), word)
                    if not count_fits:
                        continue
                match = (patterns[index] or self._pattern(index)).match(text, pos)
                if match is None:
                    continue
                mention = self._read(text, self.rules[index], match, covered)
                if mention is not None:
                    mentions.append(mention)
                    covered = match.end()
                    break
        return mentions

    def _word_candidates(self, text: str, end: int, word: str) -> tuple[int, ...]:
        """The rules that can start at ``word``, which ends at ``end``; remembered for the
        next time the word is met unless its key reads the word after it."""
        key = word.lower()
        if key in KEYED_WITH_NEXT:
            if text[end : end + 1].isspace():
                return self._next_word_candidates(text, end, key + " ")
            return self._by_prefix.get(key[:WORD_KEY_SIZE], ())  # "three-", "quarter,"
        candidates = self._by_prefix.get(key[:WORD_KEY_SIZE], ())
        if len(self._by_word) < _WORDS_REMEMBERED:
            self._by_word[word] = candidates
        return candidates

    def _next_word_candidates(self, text: str, end: int, key: str) -> tuple[int, ...]:
        """The rules for ``key`` (a word or number and a space, ending at ``end``) and the
        word after it; those that go on with any word where no rule names that one."""
        keyed = _with_next_word(text, end, key)
        return self._by_prefix.get(keyed) or self._by_prefix.get(key + ANY_NEXT_WORD, ())

    def _count_fits(self, text: str, end: int, word: str | None) -> bool:
        """Whether the word after a count ("20 weeks", "a year") can go on a duration."""
        if word is not None and word.lower() not in self._count_words:
            if word.lower() in self._count_starts:
                return True  # "couple of days ago": the count goes on past this word
            # Not a count: a counted rule can still start here with a qualifier ("about
            # two weeks ago", "the past three years"), and nowhere else ("for", "forty").
            return word.lower() in _QUALIFIERS_BEFORE_COUNT
        after = _AFTER_COUNT.match(text, end)
        if after is None:
            return False
        following = after.group(1)
        return following[0].isdigit() or following.lower() in self._after_count

    def extract_exhaustive(self, text: str) -> list[Mention]:
        """The same as :meth:`extract`, by trying every rule at every place a word or a
        number starts: what the dispatch tables and the count gate skip must not matter."""
        mentions: list[Mention] = []
        covered = 0
        for token in _TOKEN.finditer(text):
            pos = token.start()
            if pos < covered:
                continue
            for rule in self.rules:
                match = self._pattern(rule.index).match(text, pos)
                mention = None if match is None else self._read(text, rule, match, covered)
                if match is not None and mention is not None:
                    mentions.append(mention)
                    covered = match.end()
                    break
        return mentions

    def _read(self, text: str, rule: Rule, match: re.Match[str], floor: int = 0) -> Mention | None:
        groups: dict[str, str | None] = dict(match.groupdict())
        groups["_text"] = match.group(0)
        groups["_before"] = text[max(0, match.start() - 24) : match.start()]
        groups["_clause_before"] = text[max(0, match.start() - 60) : match.start()]
        if any(groups.get(g) for g in _CLOCK_WITHOUT_AM_PM):
            # a clock time said without a.m. or p.m. reads its neighbours
            groups["_context"] = text[max(0, match.start() - 160) : match.end() + 60]
        elif rule.name == "the-spelled-day":  # a month and a day named just before
            before = text[max(0, match.start() - 200) : match.start()]
            groups["_context"] = before[before.rfind("\n") + 1 :]
        elif groups.get("log") or (rule.name == "year" and groups.get("year")):
            # four digits are a time in a log of such times ("0300 wind WSW ... about 1615")
            groups["_context"] = text[max(0, match.start() - 600) : match.end() + 600]
        groups["_after"] = text[match.end() : match.end() + 24]
        after = text[match.end() : match.end() + 2]
        groups["_after_punct"] = "yes" if not after or not after.strip()[:1].isalnum() else None
        reading = rule.production(groups, self.vocabulary)
        if reading is None:
            return None
        span_group = next((g for g in ("t3", "t2", "t") if groups.get(g)), 0)
        start, end = match.span(span_group)
        if (
            _ABBREVIATION_AT_SENTENCE_END.search(text, start, end)
            and _NEXT_SENTENCE.match(text, end)
            and not _heads_its_line(text, start, end)
        ):
            end -= 1  # "arriving Mon. My old one", "Thurs 30 Dec. Went to the sales": the
            # full stop ends the sentence; "Sun.\nRained till lunch": a heading keeps it
        mention = Mention(
            start=start,
            end=end,
            text=text[start:end],
            type=reading.type,
            rule=rule.name,
            partial=reading.partial,
            value=reading.value,
            reference=reading.reference,
            mod=reading.mod,
            quant=reading.quant,
            freq=reading.freq,
        )
        qualified = _qualify(text, _with_article(text, mention), self.vocabulary, self._qualifiers)
        if qualified.start < floor:
            # "four months earlier this year": the word before is the mention before's
            qualified = mention
        return _or_so(text, qualified)


def _heads_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of its own ("Sun." over a journal's entry)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end : end + 1] in ("\n", "")


def load_grammar() -> Grammar:
    vocabulary = load_vocabulary()
    return Grammar(vocabulary, load_rules(vocabulary))


# Words before a mention that qualify it. Applied after the scan, looking backwards, so
# every rule gets them: "about 20 years", "early 2021", "mid-September", "last March". The
# positions and mods are the vocabulary's tables; "exactly" and its kin are left to the
# duration rule.
_RELATIVE_WORDS = ("last", "next", "this", "this past", "this coming")


def _phrases(words: list[str]) -> str:
    return alternation([r"\s+".join(map(re.escape, w.split())) for w in words])


@dataclass(frozen=True)
class _Qualifiers:
    pattern: re.Pattern[str]
    last_words: frozenset[str]  # only after one of these is the pattern tried

    @staticmethod
    def of(vocabulary: Vocabulary) -> _Qualifiers:
        positions = list(vocabulary.tables["position"])
        # "end of next week": the article may go
        positions += [p.removeprefix("the ") for p in positions if p.startswith("the ")]
        mods = [m for m, value in vocabulary.tables["mod"].items() if value != "EXACT"]
        pattern = compiled(
            r"(?:(?P<pos>\b(?i:" + _phrases(positions) + r"))(?:[ \t]+|-)"
            r"|(?P<mod>\b(?i:" + _phrases(mods) + r"))[ \t]+"
            r"|(?P<rel>\b(?i:" + _phrases(list(_RELATIVE_WORDS)) + r"))[ \t]+"
            r"|(?P<side>\b(?i:earlier|later))[ \t]+)$"
        )
        words = [*positions, *mods, *_RELATIVE_WORDS, "earlier", "later"]
        return _Qualifiers(pattern, frozenset(w.split()[-1] for w in words))


_DIRECTED_RULES = frozenset({"month", "lowercase-month", "season-year"})  # "last june"
_SIDE_RULES = frozenset({"this-unit", "anaphoric-day", "anaphoric-part-of-day", "this-part-of-day"})
_YEAR_RULES = frozenset({"year", "early-year", "far-year", "era-year", "bc-date"})


# "over" is "more than" after words of lasting ("ruled for over 600 years", "lasted over
# four months", "been over two weeks"), and "across" elsewhere ("over two days").
_LASTING_BEFORE_OVER = compiled(
    r"(?:\b(?i:for|lasted|lasts|last|lasting|took|take|takes|taking|spent|been|waited|in|after|"
    # "the last one went over 3 hrs", "so over 6 hours start to finish"
    r"went|go|goes|going|gone|ran|run|runs|running|so|"
    # "knocking over four seconds off her best", "won by over two minutes"
    r"knock|knocks|knocked|knocking|shave|shaves|shaved|shaving|clipped|clipping|trimmed|"
    r"trimming|by|"
    # "That's over an hour", "it was over a week": a measure said of a thing
    r"is|was|were|are|be|['’]s)"
    r"|^|[.!?\n\"“])\s*$"
)


# Words after "over N units" that make it a measure, not a span gone through.
_MEASURE_AFTER_OVER = compiled(r"\s+(?:late|early|behind|overdue|old|long|ago|later|earlier)\b")
# Words that make "about" say what is spoken of ("tell our grandchildren about 2020").
_TIME_WORD_BEFORE = compiled(r"\b(?i:until|till|til|by|on|from|since|after|before|to)[ \t]+$")
_TOPIC_BEFORE_ABOUT = compiled(
    r"\b(?i:tell|tells|told|telling|talk|talks|talked|talking|speak|speaks|spoke|write|"
    r"writes|wrote|think|thinks|thought|know|knew|learn|learned|read|hear|heard|ask|asked|"
    r"care|cares|worry|worried|forget|forgot|remember|remembers|story|stories|book|film|"
    r"song|questions?|joke|jokes|complain|complained|argue|argued|sing|sang|fight|fights|"
    r"fought|quarrel|quarrels|quarrelled|quarreled|once|twice)"
    r"(?:\s+(?!(?i:at|by|until|from|since|till)\b)[\w'’]+){0,2}?\s+$"
    # "How about Tuesday evening?": a proposal, not an approximation
    r"|\b(?i:how|what)\s+$"
)


# "20 minutes or so": a length or a time given roughly; "20 years or more": at least.
_OR_SO = compiled(
    r"[ \t]+or[ \t]+(?:(?P<so>so|thereabouts)|(?P<more>more|longer)|(?P<less>less))\b"
    # "30 minutes or more often": a comparison, not a bound
    r"(?![ \t]+(?:[a-z]+ly|often|than|of)\b)"
)


_HOLIDAY_WITH_ARTICLE = compiled(
    r"(?:[ \t](?:weekend|week|holidays|break|recess|hols|vacation)|Holiday)$"
)
_THE_BEFORE = compiled(r"\b(?:the|The)[ \t]$")


def _with_article(text: str, mention: Mention) -> Mention:
    """ "on a Thursday", "One Monday": some such day, its article in the span; so is the
    article of a holiday's weekend, week or break ("over the Easter weekend", "the Easter
    recess") and of a holiday named "Holiday" ("it's the Civic Holiday")."""
    if mention.rule == "holiday" and _HOLIDAY_WITH_ARTICLE.search(mention.text):
        found = _THE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        if found is not None:
            return replace(mention, start=found.start(), text=text[found.start() : mention.end])
        return mention
    if mention.rule != "weekday" or mention.partial.direction is not Direction.NONE:
        return mention
    found = SOME_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    if found is None:
        return mention
    return replace(mention, start=found.start(), text=text[found.start() : mention.end])


def _or_so(text: str, mention: Mention) -> Mention:
    """Extend a length or a time over "or so" after it, which makes it approximate, and
    a length over "or more" or "or less" ("20 years or more")."""
    if mention.mod is not None or mention.type is TimexType.SET:
        return mention
    after = _OR_SO.match(text, mention.end)
    if after is None or (not after.group("so") and mention.type is not TimexType.DURATION):
        return mention
    mod = (
        "APPROX"
        if after.group("so")
        else "EQUAL_OR_MORE"
        if after.group("more")
        else "EQUAL_OR_LESS"
    )
    return replace(mention, end=after.end(), text=text[mention.start : after.end()], mod=mod)


# "it was 2 hrs late last year", "running late today": late or early said of a thing
_LATE_AS_ADJECTIVE = compiled(
    r"\b(?i:was|were|is|are|be|been|being|running|ran|hrs?|hours?|mins?|minutes?)\s+$"
)


_ARTICLE_BEFORE = compiled(r"\b(?i:an?)\s+$")


def _qualify(
    text: str, mention: Mention, vocabulary: Vocabulary, qualifiers: _Qualifiers
) -> Mention:
    """Extend a mention over the qualifying words just before it, if any."""
    window = text[max(0, mention.start - 40) : mention.start]
    if not window.endswith((" ", "\t", "-")):
        return mention
    before = window.rstrip(" \t-").split()
    if not before or before[-1].lower().lstrip("(\"'“‘[") not in qualifiers.last_words:
        return mention
    match = qualifiers.pattern.search(window)
    if match is None:
        return mention
    start = mention.start - (len(window) - match.start())
    words = re.sub(r"\s+", " ", match.group(0).strip(" -\t").lower())
    p = mention.partial
    # "it was late September", "is early spring": the part of a month or season named
    named_period = (
        p.day is None
        and p.shift is None
        and p.direction in (Direction.TENSE, Direction.NONE)
        and (p.month is not None or p.season is not None)
    )
    late_of_a_thing = words in ("late", "early") and (
        (_LATE_AS_ADJECTIVE.search(text, max(0, start - 20), start) and not named_period)
        # "a late Thanksgiving left just 26 days", "an early Easter": the day fell so
        or (
            mention.partial.holiday is not None
            and _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
        )
    )
    if (
        match.group("pos")
        and mention.type in (TimexType.DATE, TimexType.TIME)
        and not late_of_a_thing
    ):
        position = vocabulary.lookup("position", words) or vocabulary.lookup(
            "position", "the " + words
        )
        if mention.mod is None or mention.mod == "MID":
            return replace(
                mention, start=start, text=text[start : mention.end], mod=position or "MID"
            )
    if (
        match.group("mod")
        and mention.type is TimexType.DURATION
        and (
            words != "over"
            or _LASTING_BEFORE_OVER.search(text, max(0, start - 12), start)
            or _MEASURE_AFTER_OVER.match(text, mention.end)  # "over 4 hrs late"
        )
    ):
        mod = vocabulary.lookup("mod", words)
        if mod and not mention.text.lower().startswith(("the ", "those ", "these ")):
            return replace(
                mention,
                start=start,
                text=text[start : mention.end],
                mod=None if mod == "EXACT" else mod,
            )
    approximate = (
        words in ("around", "roughly", "approximately", "approx", "approx.")
        # "c. 1140", "circa 130 BC": a year given roughly, as histories write it
        or (words in ("c.", "ca.", "circa", "abt", "abt.") and mention.rule in _YEAR_RULES)
        or (
            # "almost noon", "till nearly 5": close to that time of day
            words in ("nearly", "almost") and mention.type is TimexType.TIME
        )
        or (
            # "about" is also what a text speaks of ("told them about the summer of 1958"),
            # except before a clock time or a bare year ("about 10 p.m.", "born about 1150")
            words == "about"
            and (mention.type is TimexType.TIME or mention.rule in _YEAR_RULES)
            and not _TOPIC_BEFORE_ABOUT.search(text, max(0, start - 40), start)
        )
        or (
            # "will not clear the horizon again until about Jan. 22": a day given roughly
            # after a word that asks for a time
            words == "about"
            and mention.partial.day is not None
            and mention.partial.month is not None
            and _TIME_WORD_BEFORE.search(text, max(0, start - 8), start) is not None
        )
    )
    if (
        match.group("mod")
        and mention.type in (TimexType.TIME, TimexType.DATE)
        and approximate
        and mention.mod is None
        and not mention.partial.fuzzy
    ):
        # "around 4pm", "around Feb. 25", "around 1150": the modifier is part of it
        return replace(mention, start=start, text=text[start : mention.end], mod="APPROX")
    if (
        match.group("mod")
        and mention.type is TimexType.SET
        and words in ("about", "around", "roughly", "approximately")
        # "I mow about every 5 days", "a ticket about once a year"
        and (mention.text.lower().startswith("every ") or mention.rule == "set-times-per")
        and mention.mod is None
        and not _TOPIC_BEFORE_ABOUT.search(text, max(0, start - 40), start)
    ):
        # "I mow about every 5 days": a rate given roughly
        return replace(mention, start=start, text=text[start : mention.end], mod="APPROX")
    if (
        match.group("side")
        and mention.rule in _SIDE_RULES
        and mention.text.lower().startswith(("this ", "that "))
        and not (
            match.group("side").lower() == "earlier"
            and mention.text.lower() in ("this week", "this month")
        )
    ):
        # "earlier this year", "later that week", "later this month": a part of the
        # period, which the value names whole ("earlier this week" and "earlier this
        # month", news's recent days, are marked without it)
        return replace(mention, start=start, text=text[start : mention.end])
    if match.group("rel") and mention.rule in _DIRECTED_RULES:
        direction = {
            "last": Direction.PAST,
            "this past": Direction.PAST,
            "next": Direction.FUTURE,
            "this coming": Direction.FUTURE,
        }.get(words, Direction.SAME)
        return replace(
            mention,
            start=start,
            text=text[start : mention.end],
            partial=replace(mention.partial, direction=direction),
        )
    return mention
