"""``timefact eval`` and the evaluation loop behind it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from timefact._cli import main
from timefact._evaluate import (
    GoldDocument,
    Split,
    corpus_part,
    evaluate,
    format_report,
    load_gold,
)
from timefact._model import DctInfo, DctSource, Document, Timex, TimexType
from timefact._timeml import GoldTimex

TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">\
1998-08-07</TIMEX3></DCT>
<TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, \
after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of threats.</TEXT>
</TimeML>
"""


def _gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    (folder / "nested").mkdir(parents=True)
    (folder / "APW19980807.0261.tml").write_text(
        TML.format(doc_id="APW19980807.0261"), encoding="utf-8"
    )
    (folder / "nested" / "wsj_0006.tml").write_text(TML.format(doc_id="wsj_0006"), encoding="utf-8")
    return folder


class FixedTagger:
    """Answers every text with "Friday" as 1998-08-07 and records the DCT it was given."""

    def __init__(self) -> None:
        self.dcts: list[Any] = []

    def annotate(self, text: str, dct: Any = "auto") -> Document:
        self.dcts.append(dct)
        start = text.find("Friday")
        timexes = (
            ()
            if start < 0
            else (
                Timex(
                    tid="t1",
                    start=start,
                    end=start + 6,
                    text="Friday",
                    type=TimexType.DATE,
                    value="1998-08-07",
                    rule="test",
                ),
            )
        )
        return Document(
            text=text, dct=DctInfo(date=None, source=DctSource.UNKNOWN), timexes=timexes
        )


def test_evaluate_scores_every_document_with_its_gold_dct(tmp_path: Path) -> None:
    docs = load_gold(_gold_dir(tmp_path))
    assert [doc.doc_id for doc in docs] == ["APW19980807.0261", "wsj_0006"]
    undated = GoldDocument(doc_id="x", text="On Friday.", dct=None, timexes=())
    tagger = FixedTagger()
    report = evaluate([*docs, undated], tagger)
    assert tagger.dcts == [dt.date(1998, 8, 7), dt.date(1998, 8, 7), "auto"]
    counts = report.counts
    assert (counts.docs, counts.gold, counts.predicted, counts.strict, counts.value_correct) == (
        3,
        4,
        3,
        2,
        2,
    )
    assert report.errors_by_kind() == {
        "missed": 2,
        "spurious": 1,
        "wrong-span": 0,
        "wrong-type": 0,
        "wrong-value": 0,
    }
    text = format_report(report, "title", errors=2)
    assert "strict        0.6667  0.5000  0.5714" in text
    assert "first 2 of 3 errors:" in text


def test_eval_prints_the_table_for_a_tml_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(_gold_dir(tmp_path)), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "2 documents, 4 gold timexes" in out
    for row in ("strict", "relaxed", "value", "type", "type accuracy", "value accuracy"):
        assert row in out
    assert "errors: missed" in out


def test_eval_lists_only_the_error_kinds_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timefact._commands.eval.Tagger", FixedTagger)
    gold = str(_gold_dir(tmp_path))
    assert main(["eval", gold, "--kind", "missed", "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "first 2 of 2 errors (missed):" in out
    assert "'two weeks' DURATION P2W" in out
    assert "spurious " not in out.split("errors (missed):")[1]
    assert main(["eval", gold, "--kind", "spurious", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["errors"] == []


def test_eval_splits_by_document_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = str(_gold_dir(tmp_path))
    assert main(["eval", gold, "--split", "aquaint", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["split"] == "aquaint"
    assert report["counts"]["docs"] == 1
    assert report["counts"]["gold"] == 2
    assert set(report["metrics"]) >= {
        "strict_f1",
        "relaxed_f1",
        "value_f1",
        "type_accuracy",
        "value_accuracy",
    }
    assert main(["eval", gold, "--split", "timebank", "--format", "json", "--errors", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["docs"] == 1
    assert len(report["errors"]) <= 1


def test_eval_reads_the_seed_gold_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(__file__).resolve().parents[1] / "examples" / "seed.gold.jsonl"
    docs = load_gold(seed)
    assert len(docs) == 1 and len(docs[0].timexes) == 25
    assert docs[0].dct == dt.date(2021, 9, 28)
    assert any(t.alt == ("2020",) for t in docs[0].timexes)
    assert main(["eval", str(seed), "--errors", "0"]) == 0
    assert "1 documents, 25 gold timexes" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('{"id": "a", "text": 5, "timexes": []}', 'line 2: a gold document needs "text"'),
        ('{"id": "a", "dct": "1998-13-01", "text": "x", "timexes": []}', "invalid document date"),
        (
            '{"id": "a", "text": "x", "timexes": [{"start": 0, "end": 9, "type": "DATE", '
            '"value": "1"}]}',
            "line 2: timex offsets 0-9 fall outside",
        ),
        (
            '{"id": "a", "text": "today", "timexes": [{"start": 0, "end": 5, "text": "toda", '
            '"type": "DATE", "value": "1"}]}',
            "does not match the text",
        ),
        ('{"id": "a", "text": "today", "timexes": [{"start": 0}]}', "each timex needs"),
    ],
)
def test_bad_gold_jsonl_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "ok", "dct": null, "text": "", "timexes": []}\n' + line + "\n", encoding="utf-8"
    )
    assert main(["eval", str(gold)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timefact: error:")
    assert message in err
    assert "Traceback" not in err


def test_bad_gold_paths_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(tmp_path / "missing")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["eval", str(tmp_path)]) == 2
    assert "no .tml files" in capsys.readouterr().err
    (tmp_path / "bad.tml").write_text("<TimeML>\n<TEXT>\n</TimeML>\n", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    assert "bad.tml: line 3" in capsys.readouterr().err
    good = _gold_dir(tmp_path / "only-timebank")
    (good / "APW19980807.0261.tml").unlink()
    assert main(["eval", str(good), "--split", "aquaint"]) == 2
    assert "no documents in split 'aquaint'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("doc_id", "part"),
    [
        ("APW19980807.0261", Split.AQUAINT),
        ("APW199980817.1193", Split.AQUAINT),  # misnumbered in the corpus, still AQUAINT
        ("NYT20000601.0442", Split.AQUAINT),
        ("XIE19990313.0229", Split.AQUAINT),
        ("APW19980626.0364", Split.TIMEBANK),
        ("NYT19980424.0421", Split.TIMEBANK),
        ("wsj_0006", Split.TIMEBANK),
        ("ABC19980108.1830.0711", Split.TIMEBANK),
        ("AP900815-0044", Split.TIMEBANK),
        ("seed-teigen-2021", Split.TIMEBANK),
    ],
)
def test_corpus_part_rule(doc_id: str, part: Split) -> None:
    assert corpus_part(doc_id) is part


def _require_tbaq() -> None:
    if not (TBAQ / "tbaq.jsonl").exists():
        pytest.skip(f"TBAQ corpus not found at {TBAQ} (it sits in ../shared next to the repo)")


@pytest.mark.corpus
def test_corpus_part_rule_agrees_with_the_tbaq_folders() -> None:
    _require_tbaq()
    expected = {"AQUAINT": Split.AQUAINT, "TimeBank": Split.TIMEBANK}
    files = list((TBAQ / "tml").rglob("*.tml"))
    assert len(files) == 256
    for file in files:
        assert corpus_part(file.stem) is expected[file.parent.name], file.name


@pytest.mark.corpus
def test_split_counts_on_the_tbaq_jsonl() -> None:
    _require_tbaq()
    aquaint = load_gold(TBAQ / "tbaq.jsonl", Split.AQUAINT)
    timebank = load_gold(TBAQ / "tbaq.jsonl", Split.TIMEBANK)
    assert (len(aquaint), len(timebank)) == (73, 183)
    assert sum(len(d.timexes) for d in aquaint) + sum(len(d.timexes) for d in timebank) == 1822


@pytest.mark.corpus
def test_eval_runs_on_the_tbaq_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    _require_tbaq()
    assert main(["eval", str(TBAQ / "tbaq.jsonl"), "--split", "timebank", "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "183 documents, 1243 gold timexes" in out
    assert "relaxed" in out and "value accuracy" in out


def test_gold_timex_alt_survives_loading(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    record = {
        "id": "a",
        "dct": "2021-09-28",
        "text": "a year ago",
        "timexes": [
            {
                "start": 0,
                "end": 10,
                "type": "DATE",
                "value": "2020-09-28",
                "alt": ["2020"],
                "mod": None,
            }
        ],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = load_gold(gold)
    assert doc.timexes == (
        GoldTimex(
            start=0, end=10, text="a year ago", type="DATE", value="2020-09-28", alt=("2020",)
        ),
    )
