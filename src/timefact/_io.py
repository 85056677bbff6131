"""Reading inputs and parsing dates the way every command does, with clear errors."""

from __future__ import annotations

import datetime as _dt
import sys
from dataclasses import dataclass
from pathlib import Path

from timefact._errors import DctError, InputError
from timefact._regex_cache import compiled

_DCT_FORM = compiled(r"\d{4}-\d{2}-\d{2}")


def parse_dct(value: str | _dt.date | None) -> _dt.date | None:
    """Parse a ``YYYY-MM-DD`` creation time; ``None`` passes through.

    Raises :class:`DctError` with the expected form when the text is not a real date.
    """
    if value is None or isinstance(value, _dt.date):
        if isinstance(value, _dt.datetime):
            return value.date()
        return value
    text = value.strip()
    if not _DCT_FORM.fullmatch(text):
        raise DctError(
            f"invalid document date {value!r}: expected YYYY-MM-DD (for example 2021-09-28), "
            "or 'auto' to infer it from the text"
        )
    try:
        return _dt.date.fromisoformat(text)
    except ValueError as exc:
        raise DctError(
            f"invalid document date {value!r}: {exc}; expected a real calendar date as YYYY-MM-DD"
        ) from exc


@dataclass(frozen=True, slots=True)
class SourceText:
    """A text read from a file or standard input, with its name for messages."""

    name: str
    text: str
    dct: _dt.date | None = None  # a creation time carried by the file itself (TimeML)
    is_timeml: bool = False


def read_text(path: str) -> str:
    """Read UTF-8 text from a path or ``-`` (standard input), with clear errors."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        file = Path(path)
        name = str(file)
        if not file.exists():
            raise InputError(
                f"{name}: no such file; give the path of a text or .tml file, "
                "or - to read standard input"
            )
        if file.is_dir():
            raise InputError(f"{name}: is a directory; give the path of a text or .tml file")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({exc.strerror})") from exc
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes, refusing binary data with a message naming the source."""
    if b"\x00" in data[:65536]:
        raise InputError(
            f"{name}: looks like a binary file (it contains NUL bytes); "
            "timefact reads UTF-8 text or TimeML"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: is not valid UTF-8 (bad byte at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: str) -> SourceText:
    """Read a plain text or TimeML file; TimeML gives its text and creation time."""
    raw = read_text(path)
    name = "<stdin>" if path == "-" else path
    if path.endswith((".tml", ".xml")) or raw.lstrip().startswith(("<?xml", "<TimeML")):
        from timefact._timeml import read_timeml_string

        parsed = read_timeml_string(raw, name)
        return SourceText(name=name, text=parsed.text, dct=parsed.dct, is_timeml=True)
    return SourceText(name=name, text=raw)
