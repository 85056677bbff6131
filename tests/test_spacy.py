"""The spaCy component: spans and attributes, DCT choice, findings, DocBin, n_process."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timefact import DctError, DctInfo, DctSource, Document, Tagger, Timex, TimexType
from timefact._checks import check

spacy = pytest.importorskip(
    "spacy", reason="the spaCy tests need spaCy: pip install 'timefact[spacy]'"
)
from spacy.tokens import Doc, DocBin  # noqa: E402

from timefact.spacy import TimefactComponent  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARTICLE = (REPO / "examples" / "000_e8d9254e75741f33.txt").read_text(encoding="utf-8")
TEXTS = [
    ARTICLE,
    "On Tuesday, Sept. 28, 2021, the council met. Two days later the mayor resigned.",
    "The report came out in March 1998 and was revised last week.",
    "Nothing here is about time.",
]


@pytest.fixture
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("timefact", config={"dct": "2021-09-28", "checks": True})
    return pipeline


def spans_of(doc: Doc, key: str = "timefact") -> list[tuple[object, ...]]:
    return [
        (
            s.start_char,
            s.end_char,
            s.label_,
            s._.timex_type,
            s._.timex_value,
            s._.timex_mod,
            s._.timex_tid,
        )
        for s in doc.spans[key]
    ]


def test_spans_carry_the_engines_timexes(nlp: spacy.language.Language) -> None:
    tagger = Tagger()
    for text in TEXTS:
        doc = nlp(text)
        expected = tagger.annotate(text, "2021-09-28")
        assert doc._.timefact_timexes == [t.to_dict() for t in expected.timexes]
        assert len(doc.spans["timefact"]) == len(expected.timexes)
        for span, timex in zip(doc.spans["timefact"], expected.timexes, strict=True):
            assert span.start_char <= timex.start < timex.end <= span.end_char
            assert span.label_ == span._.timex_type == timex.type.value
            assert (span._.timex_value, span._.timex_mod, span._.timex_tid) == (
                timex.value,
                timex.mod,
                timex.tid,
            )
        assert doc._.timefact_dct_info == expected.dct.to_dict()
        assert doc._.timefact_findings == [f.to_dict() for f in check(expected)]


class FixedTagger(Tagger):
    """Answers with one timex that starts and ends inside tokens."""

    def annotate(self, text: str, dct: object = "auto") -> Document:
        timex = Timex(
            tid="t1",
            start=4,
            end=9,
            text=text[4:9],
            type=TimexType.DATE,
            value="1998-03-02",
            rule="fixed",
            mod="START",
        )
        info = DctInfo(date=None, source=DctSource.UNKNOWN, reason=f"asked {dct!r}")
        return Document(text=text, dct=info, timexes=(timex,))


def test_spans_expand_to_whole_tokens() -> None:
    nlp = spacy.blank("en")
    component = TimefactComponent(spans_key="times", tagger=FixedTagger())
    doc = component(nlp.make_doc("On Monday1998 things happened"))
    (span,) = doc.spans["times"]
    assert (span.text, span._.timex_value, span._.timex_mod) == (
        "Monday1998",
        "1998-03-02",
        "START",
    )
    assert doc._.timefact_findings is None  # checks were not asked for


def test_the_documents_own_dct_wins_over_the_config(nlp: spacy.language.Language) -> None:
    text = "She left yesterday."
    doc = nlp.make_doc(text)
    doc._.timefact_dct = dt.date(1998, 3, 4)
    doc = nlp(doc)
    assert doc._.timefact_dct == "1998-03-04"  # kept as a string DocBin can store
    assert doc._.timefact_dct_info["date"] == "1998-03-04"
    assert doc._.timefact_timexes == [
        t.to_dict() for t in Tagger().annotate(text, "1998-03-04").timexes
    ]
    assert nlp(text)._.timefact_dct_info["date"] == "2021-09-28"


def test_no_dct_infers_it_from_the_text() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("timefact")
    doc = nlp(ARTICLE)
    assert doc._.timefact_dct_info == Tagger().annotate(ARTICLE, "auto").dct.to_dict()
    assert doc._.timefact_dct_info["source"] in {"inferred", "unknown"}


def test_a_bad_dct_is_a_clear_error() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(DctError, match="YYYY-MM-DD"):
        nlp.add_pipe("timefact", config={"dct": "28/09/2021"})


def test_docbin_keeps_spans_attributes_dct_and_findings(nlp: spacy.language.Language) -> None:
    docs = list(nlp.pipe(TEXTS))
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    restored = list(DocBin().from_bytes(stored).get_docs(spacy.blank("en").vocab))
    for before, after in zip(docs, restored, strict=True):
        assert spans_of(after) == spans_of(before)
        for name in ("timefact_dct_info", "timefact_timexes", "timefact_findings"):
            assert as_lists(getattr(after._, name)) == getattr(before._, name), name


def as_lists(value: object) -> object:
    """msgpack gives tuples back for lists."""
    if isinstance(value, list | tuple):
        return [as_lists(item) for item in value]
    if isinstance(value, dict):
        return {key: as_lists(item) for key, item in value.items()}
    return value


def test_pipe_with_two_processes_gives_the_same_docs(nlp: spacy.language.Language) -> None:
    texts = TEXTS * 3
    single = [spans_of(doc) for doc in nlp.pipe(texts)]
    double = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [spans_of(doc) for doc in double] == single
    assert [doc._.timefact_dct_info for doc in double] == [
        doc._.timefact_dct_info for doc in nlp.pipe(texts)
    ]


def test_entry_point_and_no_import_time_side_effects() -> None:
    """In a fresh process: importing registers no extension; spaCy finds the factory."""
    script = textwrap.dedent("""
        import spacy
        from spacy.tokens import Doc, Span
        import timefact.spacy
        assert not Doc.has_extension("timefact_dct_info")
        assert not Span.has_extension("timex_value")
        nlp = spacy.blank("en")
        nlp.add_pipe("timefact")
        nlp.add_pipe("timefact", name="second", config={"spans_key": "again"})
        doc = nlp("It rained on Monday, March 2, 1998.")
        assert Span.has_extension("timex_value")
        assert len(doc.spans["timefact"]) == len(doc.spans["again"])
        print("ok")
    """)
    bare = textwrap.dedent("""
        import spacy
        nlp = spacy.blank("en")
        nlp.add_pipe("timefact")
        print(nlp.pipe_names)
    """)
    for code, expected in ((script, "ok"), (bare, "['timefact']")):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == expected


def test_missing_spacy_names_the_extra() -> None:
    code = textwrap.dedent("""
        import sys
        sys.modules["spacy"] = None
        from timefact import MissingExtraError
        try:
            import timefact.spacy
        except MissingExtraError as exc:
            print(exc)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'timefact[spacy]'" in result.stdout
