"""Reading and writing TimeML: the gold timexes of a ``.tml`` file, and TempEval-3 output.

The reader keeps what scoring and tagging need: the character data of the ``TEXT``
element (every other element inside it reduced to its text, so offsets match the
TBAQ JSONL form), the creation time, and each ``TIMEX3`` with its offsets into that
text. The creation-time ``TIMEX3`` (``functionInDocument="CREATION_TIME"``) gives the
DCT and is not a timex of the text, as in TempEval-3 scoring.

The writer produces TempEval-3-compatible TimeML: a ``DCT`` element holding the
creation time as ``TIMEX3 tid="t0"``, and the ``TEXT`` with inline ``TIMEX3`` tags.
"""

from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from timefact import _io  # a module reference, so _io may import this module at its top
from timefact._errors import InputError
from timefact._model import AnchorKind, Document, Timex
from timefact._regex_cache import compiled

CREATION_TIME = "CREATION_TIME"
DCT_TID = "t0"

# Characters XML 1.0 cannot carry, even escaped; written as U+FFFD so offsets hold.
_NOT_XML_CHAR = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE_PREFIX = compiled(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A time expression as a gold annotation states it.

    ``alt`` lists other values that count as right (the seed gold has them; TimeML
    files never do).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    alt: tuple[str, ...] = ()
    tid: str = ""


@dataclass(frozen=True, slots=True)
class ParsedTimeML:
    """What a TimeML document says: its text, creation time and timexes."""

    text: str
    dct: _dt.date | None
    timexes: tuple[GoldTimex, ...]


def read_timeml_file(path: str | Path) -> ParsedTimeML:
    """Read a ``.tml`` file; errors name the file (and line, for malformed XML)."""
    name = str(path)
    return read_timeml_string(_io.read_text(name), name)


def read_timeml_string(raw: str, name: str) -> ParsedTimeML:
    """Parse TimeML markup; ``name`` is used in error messages."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        raise InputError(
            f"{name}: line {line}, column {column + 1}: malformed TimeML ({reason}); "
            "fix the markup or give the file as plain text"
        ) from exc
    text_element = root if _local(root.tag) == "TEXT" else _find(root, "TEXT")
    if text_element is None:
        raise InputError(
            f"{name}: TimeML without a TEXT element; the text to read must be "
            "inside <TEXT>...</TEXT>"
        )
    dct = _creation_time(root, name)
    pieces: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    try:
        _collect(text_element, pieces, spans, 0, inside_timex=False)
    except RecursionError as exc:
        raise InputError(
            f"{name}: TimeML elements nested too deeply to be a news text; "
            "give the file as plain text"
        ) from exc
    text = "".join(pieces)
    timexes = tuple(_gold_timex(element, start, end, text) for element, start, end in spans)
    return ParsedTimeML(text=text, dct=dct, timexes=timexes)


def _local(tag: str) -> str:
    """The tag name without any ``{namespace}`` prefix."""
    return tag.rpartition("}")[2]


def _find(root: ET.Element, tag: str) -> ET.Element | None:
    for element in root.iter():
        if _local(element.tag) == tag:
            return element
    return None


def _creation_time(root: ET.Element, name: str) -> _dt.date | None:
    for element in root.iter():
        if _local(element.tag) == "TIMEX3" and element.get("functionInDocument") == CREATION_TIME:
            value = element.get("value", "")
            match = _DATE_PREFIX.match(value)
            if match is None:
                return None  # a creation time without a day ("1998-W12") fixes no date
            try:
                return _dt.date(*(int(group) for group in match.groups()))
            except ValueError as exc:
                raise InputError(f"{name}: creation time {value!r} is not a real date") from exc
    return None


def _collect(
    element: ET.Element,
    pieces: list[str],
    spans: list[tuple[ET.Element, int, int]],
    offset: int,
    *,
    inside_timex: bool,
) -> int:
    """Append the character data of ``element``'s content and the spans of its
    ``TIMEX3`` children; return the new offset.

    The element's own tail is left to the caller. A ``TIMEX3`` nested in another
    ``TIMEX3`` (not valid TimeML) is read as text of the outer one.
    """
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        is_timex = _local(child.tag) == "TIMEX3" and not inside_timex
        start = offset
        offset = _collect(child, pieces, spans, offset, inside_timex=inside_timex or is_timex)
        if is_timex and child.get("functionInDocument") != CREATION_TIME:
            spans.append((child, start, offset))
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


def _gold_timex(element: ET.Element, start: int, end: int, text: str) -> GoldTimex:
    return GoldTimex(
        start=start,
        end=end,
        text=text[start:end],
        type=element.get("type", ""),
        value=element.get("value", ""),
        mod=element.get("mod") or None,
        tid=element.get("tid", ""),
    )


def write_timeml(doc: Document, doc_id: str = "") -> str:
    """TempEval-3-compatible TimeML for an annotated document.

    The creation time becomes ``TIMEX3 tid="t0"`` inside ``DCT`` (left out when the
    document has none). A timex overlapping an earlier one cannot be written inline
    and is left out; the engine does not produce such pairs.
    """
    lines = [
        '<?xml version="1.0" ?>',
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
        "",
    ]
    if doc_id:
        lines += [f"<DOCID>{_xml_text(doc_id)}</DOCID>", ""]
    if doc.dct.date is not None:
        day = doc.dct.date.isoformat()
        lines += [
            f'<DCT><TIMEX3 tid="{DCT_TID}" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="{CREATION_TIME}">{day}</TIMEX3></DCT>',
            "",
        ]
    lines += [f"<TEXT>{_inline_text(doc)}</TEXT>", "", "</TimeML>", ""]
    return "\n".join(lines)


def _inline_text(doc: Document) -> str:
    out: list[str] = []
    position = 0
    for timex in sorted(doc.timexes, key=lambda t: (t.start, -t.end)):
        if timex.start < position or timex.end <= timex.start:
            continue
        out.append(_xml_text(doc.text[position : timex.start]))
        out.append(f"{_open_tag(timex)}{_xml_text(doc.text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end
    out.append(_xml_text(doc.text[position:]))
    return "".join(out)


def _open_tag(timex: Timex) -> str:
    attributes: list[tuple[str, str | None]] = [
        ("tid", timex.tid),
        ("type", timex.type.value),
        ("value", timex.value),
        ("mod", timex.mod),
        ("quant", timex.quant),
        ("freq", timex.freq),
        ("temporalFunction", "true" if timex.temporal_function else "false"),
        ("functionInDocument", "NONE"),
        ("anchorTimeID", _anchor_tid(timex)),
    ]
    written = " ".join(f"{key}={quoteattr(_xml_safe(value))}" for key, value in attributes if value)
    return f"<TIMEX3 {written}>"


def _anchor_tid(timex: Timex) -> str | None:
    if timex.anchor.kind is AnchorKind.DCT:
        return DCT_TID
    if timex.anchor.kind is AnchorKind.NARRATIVE:
        return timex.anchor.tid
    return None


def _xml_safe(text: str) -> str:
    return _NOT_XML_CHAR.sub("\ufffd", text)


def _xml_text(text: str) -> str:
    return escape(_xml_safe(text))
