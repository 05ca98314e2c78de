"""The benchmark scorer, gold readers, reports and the bench command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from eventlib import Actor, Event, InputError
from eventlib.bench import GoldEvent, GoldRecord, read_gold, score
from eventlib.cli import main
from tests.strategies import event_from_gold, gold_events

DAY = dt.date(2020, 1, 1)


def record(*events: GoldEvent, rid: str = "r") -> GoldRecord:
    return GoldRecord(id=rid, text="t", date=DAY, events=tuple(events))


def system(code: str, source: str = "TURGOV", target: str = "") -> Event:
    return event_from_gold(GoldEvent(source=source, target=target, code=code))


TURKEY_VISITS = GoldEvent(source="TURGOV", target="RUSGOV", code="042")


class TestScorer:
    def test_perfect(self) -> None:
        """Events equal to the gold score 1 at every level."""
        result = score([record(TURKEY_VISITS)], [[event_from_gold(TURKEY_VISITS)]])
        assert {lv: p.f1 for lv, p in result.levels.items()} == {lv: 1.0 for lv in result.levels}

    def test_empty_system(self) -> None:
        """No events: recall 0, precision 0, everything missed."""
        result = score([record(TURKEY_VISITS)], [[]])
        assert (result.levels["code"].recall, result.levels["code"].precision) == (0.0, 0.0)
        assert len(result.missed) == 1 and result.confusion == {("04", "none"): 1}

    def test_all_wrong(self) -> None:
        """A wrong root matches at no level and shows in the confusion table."""
        result = score([record(TURKEY_VISITS)], [[system("190", target="RUSGOV")]])
        assert result.levels["root"].matched == 0 and result.confusion == {("04", "19"): 1}

    def test_duplicates_counted_once(self) -> None:
        """The same event twice matches one gold event once: precision 0.5."""
        event = event_from_gold(TURKEY_VISITS)
        result = score([record(TURKEY_VISITS)], [[event, event]])
        assert (result.levels["code"].matched, result.levels["code"].precision) == (1, 0.5)
        assert len(result.invented) == 1

    def test_partial_actors(self) -> None:
        """Right country, wrong role: the country matches, the full code does not."""
        result = score([record(TURKEY_VISITS)], [[system("042", source="TURMIL", target="RUSGOV")]])
        assert result.levels["code"].matched == 1 and result.levels["code+actors"].matched == 0
        assert result.actors["source country"] == (1, 1) and result.actors["source code"] == (0, 1)

    def test_country_granularity(self) -> None:
        """A gold actor given as a country matches any actor of that country."""
        gold = GoldEvent(source="TUR", code="042")
        assert score([record(gold)], [[system("042", source="TURGOV")]]).levels["code+actors"].matched == 1

    def test_root_gold(self) -> None:
        """A gold code given as a root matches any code of that root."""
        gold = GoldEvent(source="TURGOV", code="19")
        assert score([record(gold)], [[system("195")]]).levels["code"].matched == 1

    def test_no_event_record(self) -> None:
        """Events coded from a sentence whose gold has none are false positives."""
        result = score([record()], [[system("042")]])
        assert (result.levels["root"].system, result.levels["root"].matched) == (1, 0)

    def test_plover_level(self) -> None:
        """PLOVER-only gold is scored through the crosswalk."""
        gold = GoldEvent(source="TUR", plover="CONSULT")
        result = score([record(gold)], [[system("042")]])
        assert result.levels["plover"].f1 == 1.0 and "code" not in result.levels


class TestScorerProperties:
    @given(st.lists(gold_events(), min_size=1, max_size=4))
    def test_system_equal_to_gold_scores_one(self, golds: list[GoldEvent]) -> None:
        """A system output equal to the gold scores 1.0."""
        result = score([record(*golds)], [[event_from_gold(g, ordinal=n) for n, g in enumerate(golds)]])
        assert all(p.f1 == 1.0 for p in result.levels.values())

    @given(st.lists(gold_events(), min_size=1, max_size=4), st.lists(gold_events(), max_size=4))
    def test_scores_in_unit_interval(self, golds: list[GoldEvent], coded: list[GoldEvent]) -> None:
        """Every precision, recall and F1 lies in [0, 1]."""
        result = score([record(*golds)], [[event_from_gold(g, ordinal=n) for n, g in enumerate(coded)]])
        assert all(0.0 <= v <= 1.0 for p in result.levels.values() for v in (p.precision, p.recall, p.f1))

    @given(st.lists(gold_events(), min_size=1, max_size=4), st.lists(gold_events(), max_size=4))
    def test_wrong_event_never_raises_precision(self, golds: list[GoldEvent], coded: list[GoldEvent]) -> None:
        """Adding an event that matches nothing never raises precision (where precision was defined)."""
        events = [event_from_gold(g, ordinal=n) for n, g in enumerate(coded)]
        before = score([record(*golds)], [events])
        used = {g.code[:2] for g in golds}
        root = next(r for r in (f"{n:02d}" for n in range(1, 21)) if r not in used)
        wrong = Event(event_id="w", article_id="a", sentence_index=0, cameo_code=root + "0",
                      source=Actor(code="ZWEGOV", country="ZWE", role="GOV"))
        after = score([record(*golds)], [[*events, wrong]])
        for level, prf in after.levels.items():
            if before.levels[level].system:
                assert prf.precision <= before.levels[level].precision + 1e-12


class TestGoldReaders:
    def test_native(self, tmp_path: Path) -> None:
        """eventlib's gold format with locations and dates."""
        path = tmp_path / "g.jsonl"
        path.write_text(json.dumps({"id": "a", "text": "x", "date": "2020-01-02", "expected": [
            {"source": "TURGOV", "code": "042", "location": {"name": "Sochi", "country": "RUS", "latitude": 43.6,
                                                              "longitude": 39.7}, "event_date": "2020-01-01"}]}),
                        encoding="utf-8")
        [gold] = read_gold(path)
        event = gold.events[0]
        assert (event.code, event.location_country, event.latitude, event.date) == ("042", "RUS", 43.6, DAY)

    def test_plover_records_expand_compound_actors(self, shared: Path) -> None:
        """PLOVER gold records give one event per source (draft names mapped to v0.8)."""
        records = list(read_gold(shared / "data/plover-gsr/gsr_dev.jsonl"))
        assert len(records) == 166
        first = records[0]
        assert {(e.source, e.plover) for e in first.events} == {("HUN", "AGREE"), ("ROU", "AGREE")}

    def test_petrarch_validation(self, shared: Path) -> None:
        """The PETRARCH validation records read with their categories."""
        records = list(read_gold(shared / "data/petrarch2/validation.jsonl"))
        assert len(records) == 276 and records[0].category == "DEMO" and records[0].events[0].code == "064"

    def test_bad_line(self, tmp_path: Path) -> None:
        """A malformed gold line names file and line."""
        path = tmp_path / "g.jsonl"
        path.write_text('{"id": "a", "text": "x", "expected": []}\n{oops\n', encoding="utf-8")
        with pytest.raises(InputError, match=r"g.jsonl:2: not valid JSON"):
            list(read_gold(path))


class TestBenchCommand:
    def test_report(self, tmp_path: Path) -> None:
        """'eventlib bench' prints the table and writes JSON, HTML and plots."""
        gold = Path(__file__).resolve().parent.parent / "seeds" / "gold.jsonl"
        out = tmp_path / "out"
        result = CliRunner().invoke(main, ["bench", str(gold), "--report", str(out)])
        assert result.exit_code == 0, result.output
        assert "root" in result.output and "sentences/s" in result.output
        figures = json.loads((out / "report.json").read_text(encoding="utf-8"))
        levels = figures["results"][0]["score"]["levels"]
        assert levels["root"]["f1"] > 0.5 and set(levels) >= {"root", "base", "code", "plover", "code+actors"}
        html = (out / "report.html").read_text(encoding="utf-8")
        assert "confusion-0.png" in html and (out / "confusion-0.png").stat().st_size > 1000
        assert (out / "precision-recall.png").exists()

    def test_comparison(self, tmp_path: Path) -> None:
        """A second configuration runs side by side on the same gold."""
        gold = tmp_path / "g.jsonl"
        gold.write_text(json.dumps({"id": "a", "text": "France serenaded Germany.", "date": "2020-01-01",
                                    "expected": [{"source": "FRA", "target": "DEU", "code": "051"}]}) + "\n",
                        encoding="utf-8")
        rules = tmp_path / "r.yaml"
        rules.write_text('ruleset: x.v1\ndescription: x\nrules:\n  - id: x.serenade\n    code: "051"\n'
                         '    verb: serenade\n', encoding="utf-8")
        result = CliRunner().invoke(main, ["bench", str(gold), "--compare-rules", str(rules)])
        assert result.exit_code == 0, result.output
        assert "| base |" in result.output and "| compared |" in result.output
        compared = result.output.split("| compared |")[1]
        assert "code             1.000" in compared
