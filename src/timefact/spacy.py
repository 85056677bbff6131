"""timefact as a spaCy pipeline component (the optional ``[spacy]`` extra).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("timefact", config={"dct": "2021-09-28"})
>>> doc = nlp("On Tuesday, Sept. 28, she posted.")
>>> [(span.text, span._.timex_value) for span in doc.spans["timefact"]]  # doctest: +SKIP
[('Tuesday, Sept. 28', '2021-09-28')]

The component needs no trained spaCy model, so it works on ``spacy.blank("en")`` as on
any English pipeline. It writes:

- ``doc.spans[spans_key]``: one span per time expression, labelled with its TIMEX3 type
  and aligned outward to whole tokens; each span has ``span._.timex_type``,
  ``timex_value``, ``timex_mod`` and ``timex_tid``;
- ``doc._.timefact_timexes``: every timex as :meth:`timefact.Timex.to_dict` (exact
  character offsets, anchors, partial readings);
- ``doc._.timefact_dct_info``: the document creation time used and where it came from;
- ``doc._.timefact_findings``: the fact-check findings (``checks=True``), else ``None``.

The date used for a document is ``doc._.timefact_dct`` when set before the component
runs (a ``date``, which is then stored as its ``"YYYY-MM-DD"`` string so DocBin can
save it, or a ``"YYYY-MM-DD"`` string), else the ``dct`` of the config; ``None`` (the
default) or ``"auto"`` infers it from the text. All values live in ``doc.user_data``,
so ``DocBin(store_user_data=True)`` keeps them. The factory is found by spaCy through
the ``spacy_factories`` entry point; extensions are registered when the component is
made, never at import time, and registering twice is harmless.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from timefact._checks import check
from timefact._engine import DctArg, Tagger, default_tagger
from timefact._errors import DctError, MissingExtraError
from timefact._io import parse_dct

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingExtraError("the spaCy component (timefact.spacy)", "spacy") from exc

__all__ = ["TimefactComponent", "make_timefact_component", "register_extensions"]

SPAN_EXTENSIONS = ("timex_type", "timex_value", "timex_mod", "timex_tid")
DOC_EXTENSIONS = ("timefact_dct", "timefact_dct_info", "timefact_timexes", "timefact_findings")
DEFAULT_CONFIG: dict[str, Any] = {"spans_key": "timefact", "dct": None, "checks": False}


def register_extensions() -> None:
    """Register the Doc and Span extensions timefact writes; safe to call again."""
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _config_dct(value: object) -> DctArg:
    if value is None or (isinstance(value, str) and value.strip().lower() == "auto"):
        return "auto"
    if isinstance(value, str | _dt.date):
        return parse_dct(value)
    raise DctError(
        f"the timefact component's dct must be None, 'auto' or YYYY-MM-DD, not {value!r}"
    )


class TimefactComponent:
    """Annotates each Doc with timefact; see the module docstring for what it writes."""

    def __init__(
        self,
        spans_key: str = "timefact",
        dct: object = None,
        checks: bool = False,
        tagger: Tagger | None = None,
    ) -> None:
        register_extensions()
        self.spans_key = spans_key
        self.dct_config = dct
        self.dct: DctArg = _config_dct(dct)
        self.checks = checks
        self.tagger = tagger or default_tagger()

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt through __init__, so a spawned process registers the extensions too.
        return (TimefactComponent, (self.spans_key, self.dct_config, self.checks, self.tagger))

    def _dct_for(self, doc: Doc) -> DctArg:
        own = doc._.timefact_dct
        if own is None:
            return self.dct
        if isinstance(own, _dt.date):
            # user_data must stay msgpack-serialisable for DocBin: keep the ISO string.
            doc._.timefact_dct = parse_dct(own).isoformat()  # type: ignore[union-attr]
        return _config_dct(own)

    def __call__(self, doc: Doc) -> Doc:
        document = self.tagger.annotate(doc.text, self._dct_for(doc))
        spans = []
        for timex in document.timexes:
            span = doc.char_span(
                timex.start, timex.end, label=timex.type.value, alignment_mode="expand"
            )
            if span is None:
                continue
            span._.timex_type = timex.type.value
            span._.timex_value = timex.value
            span._.timex_mod = timex.mod
            span._.timex_tid = timex.tid
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.timefact_timexes = [timex.to_dict() for timex in document.timexes]
        doc._.timefact_dct_info = document.dct.to_dict()
        if self.checks:
            doc._.timefact_findings = [finding.to_dict() for finding in check(document)]
        return doc


@Language.factory("timefact", default_config=DEFAULT_CONFIG)
def make_timefact_component(
    nlp: Language, name: str, spans_key: str, dct: str | None, checks: bool
) -> TimefactComponent:
    """The ``timefact`` factory: ``nlp.add_pipe("timefact", config={...})``."""
    del nlp, name
    return TimefactComponent(spans_key=spans_key, dct=dct, checks=checks)
