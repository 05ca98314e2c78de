"""The command line, end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventlib import COLUMNS, read_events
from eventlib.cli import EXIT_REJECTED, main

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


class TestCode:
    def test_seeds_to_csv(self, runner: CliRunner, tmp_path: Path) -> None:
        """Coding the sample articles writes the contract header and events with actors and codes."""
        out = tmp_path / "out.csv"
        result = runner.invoke(main, ["code", str(SEEDS), "-o", str(out), "--quiet"])
        assert result.exit_code == 0, result.output
        with out.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            assert tuple(next(reader)) == COLUMNS
            rows = list(reader)
        assert len(rows) >= 50
        events = list(read_events(out))
        assert len({e.article_id for e in events}) >= 30
        assert all(e.source is not None and e.rule_id for e in events)

    def test_stable_event_ids(self, runner: CliRunner, tmp_path: Path) -> None:
        """Two runs on the same input give the same event ids."""
        first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
        for out in (first, second):
            assert runner.invoke(main, ["code", str(SEEDS), "-o", str(out), "-q"]).exit_code == 0
        assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")

    @pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
    def test_other_formats(self, runner: CliRunner, tmp_path: Path, fmt: str) -> None:
        """--format writes JSONL and Parquet with the same events as CSV."""
        out = tmp_path / f"out.{fmt}"
        assert runner.invoke(main, ["code", str(SEEDS), "-o", str(out), "-q"]).exit_code == 0
        csv_out = tmp_path / "same.csv"
        runner.invoke(main, ["code", str(SEEDS), "-o", str(csv_out), "-q"])
        assert list(read_events(out)) == list(read_events(csv_out))

    def test_stdin_to_stdout(self, runner: CliRunner) -> None:
        """'-' reads JSONL from stdin and writes JSONL to stdout."""
        line = json.dumps({"id": "s1", "text": "Turkish troops attacked Syrian rebels.", "date": "2018-02-08"})
        result = runner.invoke(main, ["code", "-", "-o", "-", "-q"], input=line + "\n")
        assert result.exit_code == 0, result.output
        rows = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
        assert [(r["source_code"], r["target_code"]) for r in rows][:1] == [("TURMIL", "SYRREB")]

    def test_bad_record_stops_with_location(self, runner: CliRunner, tmp_path: Path) -> None:
        """By default a bad record stops the run naming file and line, and no output is left."""
        source = tmp_path / "in.jsonl"
        source.write_text('{"id": "a", "text": "x", "date": "2020-01-01"}\n{"id": "b"}\n', encoding="utf-8")
        out = tmp_path / "out.csv"
        result = runner.invoke(main, ["code", str(source), "-o", str(out), "-q"])
        assert result.exit_code == 1
        assert "in.jsonl:2: field 'text'" in result.output
        assert not out.exists()

    def test_skip_writes_errors_file(self, runner: CliRunner, tmp_path: Path) -> None:
        """--on-error skip goes on, writes rejected records with reasons, and exits with the rejected code."""
        source = tmp_path / "in.jsonl"
        source.write_text('{"id": "a", "text": "Iran attacked Iraq.", "date": "2020-01-01"}\n{"id": "b"}\n',
                          encoding="utf-8")
        out = tmp_path / "out.csv"
        result = runner.invoke(main, ["code", str(source), "-o", str(out), "--on-error", "skip"])
        assert result.exit_code == EXIT_REJECTED
        [rejected] = [json.loads(x) for x in (tmp_path / "out.csv.errors.jsonl").read_text().splitlines()]
        assert (rejected["line"], rejected["field"]) == (2, "text")
        assert [e.article_id for e in read_events(out)] == ["a"]

    def test_rules_option_changes_output(self, runner: CliRunner, tmp_path: Path) -> None:
        """A rule file given with --rules adds its events."""
        rules = tmp_path / "extra.yaml"
        rules.write_text('ruleset: extra.v1\ndescription: x\nrules:\n  - id: x.serenade\n    code: "051"\n'
                         '    verb: serenade\n', encoding="utf-8")
        source = tmp_path / "in.jsonl"
        source.write_text('{"id": "a", "text": "France serenaded Germany.", "date": "2020-01-01"}\n',
                          encoding="utf-8")
        plain, extended = tmp_path / "plain.csv", tmp_path / "extended.csv"
        runner.invoke(main, ["code", str(source), "-o", str(plain), "-q"])
        runner.invoke(main, ["code", str(source), "-o", str(extended), "-q", "--rules", str(rules)])
        assert [e.cameo_code for e in read_events(plain)] == []
        assert [e.rule_id for e in read_events(extended)] == ["x.serenade"]

    def test_bad_rule_file_is_clean_error(self, runner: CliRunner, tmp_path: Path) -> None:
        """A broken rule file gives a one-line error with its position, not a traceback."""
        rules = tmp_path / "bad.yaml"
        rules.write_text('ruleset: bad.v1\ndescription: x\nrules:\n  - id: b\n    code: "0999"\n    verb: go\n',
                         encoding="utf-8")
        result = runner.invoke(main, ["code", str(SEEDS), "-o", str(tmp_path / "o.csv"), "--rules", str(rules)])
        assert result.exit_code == 1 and "bad.yaml:4: rule 'b'" in result.output and "Traceback" not in result.output


    def test_acled_schema(self, runner: CliRunner, tmp_path: Path) -> None:
        """--schema acled writes ACLED-style rows for the events that have an ACLED category."""
        out = tmp_path / "acled.csv"
        result = runner.invoke(main, ["code", str(SEEDS), "-o", str(out), "--schema", "acled", "-q"])
        assert result.exit_code == 0, result.output
        from eventlib.io.acled import ACLED_COLUMN_TYPES

        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert tuple(rows[0]) == tuple(ACLED_COLUMN_TYPES)
        assert {r["event_type"] for r in rows} >= {"Protests", "Riots", "Battles", "Strategic developments"}
        assert all(r["event_type"] for r in rows)


class TestTaxonomy:
    def test_code_row(self, runner: CliRunner) -> None:
        """'eventlib taxonomy 195' prints the code's row with its crosswalks."""
        result = runner.invoke(main, ["taxonomy", "195"])
        assert result.exit_code == 0
        assert "Employ aerial weapons" in result.output and "Air/drone strike" in result.output

    def test_unknown_code(self, runner: CliRunner) -> None:
        """An unknown code fails with near matches."""
        result = runner.invoke(main, ["taxonomy", "0411"])
        assert result.exit_code == 1 and "near matches: 041" in result.output

    def test_json(self, runner: CliRunner) -> None:
        """--json prints the row as JSON."""
        assert json.loads(runner.invoke(main, ["taxonomy", "042", "--json"]).output)["plover_mode"] == "visit"


class TestOther:
    def test_version(self, runner: CliRunner) -> None:
        """--version prints the package version."""
        from eventlib import __version__

        assert __version__ in runner.invoke(main, ["--version"]).output

    def test_explain(self, runner: CliRunner) -> None:
        """explain shows parse, actors, rules tried and events."""
        result = runner.invoke(main, ["explain", "Turkish troops attacked Syrian rebels.", "--date", "2018-02-08"])
        assert result.exit_code == 0
        for part in ("Parse", "Actors:", "Rules tried:", "TURMIL -> SYRREB"):
            assert part in result.output

    def test_every_command_documented(self, runner: CliRunner) -> None:
        """Each command has help text."""
        for name, command in main.commands.items():
            assert command.help, name
