"""The code stays as the project promises: ruff-clean, ruff-formatted and strict-mypy clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["src", "tests", "bench", "scripts"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed: install the dev extra, pip install -e '.[dev]'")


def test_ruff_finds_nothing() -> None:
    _require("ruff")
    result = _run("ruff", "check", *SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    _require("ruff")
    result = _run("ruff", "format", "--check", *SOURCES)
    assert result.returncode == 0, "run: ruff format\n" + result.stdout + result.stderr


def test_mypy_strict_finds_nothing() -> None:
    _require("mypy")
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
