"""The pattern cache: what it hands back matches what ``re.compile`` makes, and it never fails."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import timefact
from timefact import _regex_cache
from timefact._regex_cache import _Cache, _from_program, _program

needs_cpython = pytest.mark.skipif(
    not _regex_cache._CAN_CACHE, reason="the cache keeps CPython's own matching programs"
)

# Text to match every sample and every pattern of the engine against.
_TEXT = (
    "On Tuesday, Sept. 28, 2021, at 3 p.m. EDT, two weeks ago, the jury said 12 January "
    "and Jan 5; TUES 9am said SAID Said, weds 10:30 ON 4 July 1999 or 15 days. It will "
    "be 2022-01-05 by noon\n\nwas scheduled to start next Monday morning, ſaid the \u212aing.\n"
)

_SAMPLES = [
    (r"(?P<day>\d{1,2})\s+(?P<month>Jan|Feb)\b", 0),
    (r"(?i:tues?(?:day)?)", 0),
    (r"[\s,;:(–—-]*(?:on|at)?\s*(?<![\w'’])(\d{4})", re.IGNORECASE),
    (r"^\s*$", re.MULTILINE),
]


@needs_cpython
@pytest.mark.parametrize(("source", "flags"), _SAMPLES)
def test_a_program_makes_the_same_pattern(source: str, flags: int) -> None:
    made = _from_program(source, _program(source, flags))
    expected = re.compile(source, flags)
    assert (made.pattern, made.flags, made.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groupindex,
    )
    assert _matches(made) == _matches(expected)


def _matches(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(_TEXT)]


@needs_cpython
def test_every_pattern_the_engine_uses_comes_back_the_same() -> None:
    timefact.annotate("On Tuesday, Sept. 28, 2021, at 3 p.m., two weeks ago.", dct="2021-09-28")
    used = dict(_regex_cache._cache.used)
    if not used:
        pytest.skip("the cache is turned off here (TIMEFACT_CACHE_DIR is empty)")
    assert len(used) > 100
    for (source, flags), program in used.items():
        assert program == _program(source, flags), source[:80]
        made = _from_program(source, program)
        assert _matches(made) == _matches(re.compile(source, flags)), source[:80]


@needs_cpython
def test_programs_written_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "patterns.bin"
    first = _Cache(path)
    pattern = first.compile(r"(\d+) days?", 0)
    first.save()
    assert path.is_file()
    second = _Cache(path)
    assert (r"(\d+) days?", 0) in second.known
    again = second.compile(r"(\d+) days?", 0)
    assert again == pattern
    assert not second.learnt  # nothing new: the file is not written again


@needs_cpython
@pytest.mark.parametrize("content", [b"", b"not a cache", b"\x00" * 64, b"\xe9" * 7])
def test_a_damaged_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(content)
    cache = _Cache(path)
    assert cache.known == {}
    assert cache.compile(r"\bnoon\b", 0).search("at noon") is not None


@needs_cpython
def test_a_damaged_program_is_compiled_again(tmp_path: Path) -> None:
    cache = _Cache(tmp_path / "patterns.bin")
    source = r"(\d+) weeks"
    flags, code, groups, index, names = _program(source, 0)
    cache.known[(source, 0)] = (flags, b"\xff\xff\xff\x7f" + code[4:], groups, index, names)
    pattern = cache.compile(source, 0)
    assert pattern == _from_program(source, _program(source, 0))
    assert pattern.search("in 12 weeks") is not None
    assert cache.learnt


@needs_cpython
def test_an_unwritable_directory_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    cache = _Cache(blocker / "sub" / "patterns.bin")  # a file stands where a directory would
    cache.compile(r"\d{4}", 0)
    cache.save()  # does not raise
    assert not (blocker / "sub").exists()


def test_an_empty_cache_dir_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEFACT_CACHE_DIR", "")
    assert _regex_cache._cache_file() is None


@needs_cpython
def test_the_cache_dir_is_where_the_user_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TIMEFACT_CACHE_DIR", str(tmp_path))
    path = _regex_cache._cache_file()
    assert path is not None and path.parent == tmp_path
    assert f"py{sys.version_info.major}.{sys.version_info.minor}" in path.name


_RUN = (
    "import json, timefact; "
    "d = timefact.annotate('Tuesday, Sept. 26, at 9 a.m., two weeks later', dct='2021-09-28'); "
    "print(json.dumps([[t.text, t.type, t.value] for t in d.timexes]))"
)


@needs_cpython
def test_a_process_with_the_cache_reads_as_one_without(tmp_path: Path) -> None:
    def run(cache_dir: str) -> list[list[str]]:
        env = os.environ | {"TIMEFACT_CACHE_DIR": cache_dir}
        done = subprocess.run(
            [sys.executable, "-c", _RUN], env=env, capture_output=True, text=True, check=True
        )
        result: list[list[str]] = json.loads(done.stdout)
        return result

    without = run("")
    first = run(str(tmp_path))  # learns the patterns and writes them
    assert list(tmp_path.glob("patterns-*.bin"))
    second = run(str(tmp_path))  # reads them
    assert without == first == second
    assert ["9 a.m.", "TIME", "2021-09-26T09:00"] in second
