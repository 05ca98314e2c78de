"""Robustness: the coder never crashes on text, loaders fail only with eventlib errors, bad files
are reported with file and line while good records go through, and nothing reaches the network."""

from __future__ import annotations

import json
import random
import re
import socket
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventlib import Coder, DictionaryError, EventlibError, read_articles, read_events, write_events
from eventlib.actors.dictionary import load_dictionary
from eventlib.cli import EXIT_REJECTED, main
from eventlib.io.acled import ACLED
from eventlib.io.outputs import read_rows
from eventlib.records import ACTOR_CODE
from eventlib.rules.ruleset import parse_ruleset
from tests.strategies import any_texts, dates, news_articles

BAD = Path(__file__).parent / "data" / "bad"
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


class TestCoderProperties:
    @SLOW
    @given(text=any_texts, day=dates)
    def test_never_raises(self, coder: Coder, text: str, day) -> None:  # type: ignore[no-untyped-def]
        """Any Unicode text on any date codes without an exception."""
        coder.code_text(text, day)

    @SLOW
    @given(article=news_articles())
    def test_events_are_valid(self, coder: Coder, article) -> None:  # type: ignore[no-untyped-def]
        """Every event has a taxonomy code, well-formed actors, a date not after the article and real coordinates."""
        from eventlib import taxonomy

        for event in coder.code_article(article):
            assert taxonomy.load_taxonomy().is_cameo(event.cameo_code)
            for actor in (event.source, event.target):
                assert actor is None or ACTOR_CODE.match(actor.code)
            assert event.date is not None and event.date <= article.date
            if event.location is not None and event.location.latitude is not None:
                assert -90 <= event.location.latitude <= 90 and -180 <= event.location.longitude <= 180

    @SLOW
    @given(article=news_articles())
    def test_deterministic(self, coder: Coder, article) -> None:  # type: ignore[no-untyped-def]
        """The same article twice gives the same events with the same ids."""
        first, second = coder.code_article(article), coder.code_article(article)
        assert first == second and [e.event_id for e in first] == [e.event_id for e in second]

    @SLOW
    @given(batch=st.lists(news_articles(), min_size=2, max_size=5, unique_by=lambda a: a.id), seed=st.integers())
    def test_batch_independent(self, coder: Coder, batch, seed: int) -> None:  # type: ignore[no-untyped-def]
        """Coding articles together, alone, or in another order gives the same events per article."""
        together = {c.article.id: c.events for c in coder.code(batch)}
        shuffled = list(batch)
        random.Random(seed).shuffle(shuffled)
        assert {c.article.id: c.events for c in coder.code(shuffled)} == together
        assert {a.id: coder.code_article(a) for a in batch} == together

    def test_very_long_sentence(self, coder: Coder) -> None:
        """A 100,000-character sentence without a full stop codes."""
        text = ("Turkish troops attacked Syrian rebels near Idlib and " * 1900)[:100_000]
        assert len(text) == 100_000
        assert coder.code_text(text, "2020-01-01")

    def test_text_longer_than_one_parse(self, coder: Coder) -> None:
        """Texts longer than one parse holds are coded in pieces, events from every piece."""
        text = "Turkish troops attacked Syrian rebels in Idlib. " * 2600
        events = coder.code_text(text, "2020-01-01")
        assert len(events) == 2600 and events[-1].sentence_index == 2599

    @pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01", "😀" * 500, "\u202e" + "abc" * 100, '"' * 99])
    def test_degenerate_texts(self, coder: Coder, text: str) -> None:
        """Empty, blank, control, emoji-only and quote-only texts give no events and no error."""
        assert coder.code_text(text, "2020-01-01") == []


class TestAcledRoundTrip:
    @pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
    def test_acled_rows_read_back(self, coder: Coder, tmp_path: Path, fmt: str) -> None:
        """ACLED rows written in every format read back equal to what was written."""
        events = coder.code_text("Turkish troops shelled Syrian rebels in Idlib on Monday, killing 12 civilians. "
                                 "Kenyan police fired tear gas at protesters in Nairobi.", "2020-01-08")
        path = tmp_path / f"a.{fmt}"
        write_events(events, path, schema=ACLED)
        expected = [row for row in map(ACLED.to_row, events) if row is not None]
        assert list(read_rows(path, schema=ACLED)) == expected


class TestLoadersFailCleanly:
    @settings(deadline=None, max_examples=200)
    @given(text=st.text(max_size=400))
    def test_rule_files(self, text: str) -> None:
        """Any text as a rule file loads or raises DictionaryError, never another exception."""
        try:
            parse_ruleset(text, "fuzz.yaml")
        except DictionaryError:
            pass

    @settings(deadline=None, max_examples=200)
    @given(rules=st.lists(st.dictionaries(st.sampled_from(["id", "code", "verb", "object", "prep", "target",
                                                             "source", "priority", "negated", "particle"]),
                                            st.one_of(st.text(max_size=8), st.integers(), st.none(),
                                                      st.lists(st.text(max_size=6), max_size=3))), max_size=4))
    def test_rule_structures(self, rules: list) -> None:  # type: ignore[type-arg]
        """Well-formed YAML with wrong structures raises DictionaryError with a line."""
        text = yaml.safe_dump({"ruleset": "fuzz.v1", "description": "x", "rules": rules})
        try:
            parse_ruleset(text, "fuzz.yaml")
        except DictionaryError as error:
            assert error.line is not None

    @settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(body=st.binary(max_size=300), header=st.sampled_from([b"phrase,code,kind\n", b"phrase,role,kind\n",
                                                                  b"phrase,code,start,end,person,position\n", b""]))
    def test_dictionaries(self, tmp_path: Path, body: bytes, header: bytes) -> None:
        """Any bytes as a dictionary load or raise DictionaryError."""
        path = tmp_path / "d.csv"
        path.write_bytes(header + body)
        try:
            load_dictionary(path)
        except DictionaryError:
            pass

    @settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(body=st.binary(max_size=400), suffix=st.sampled_from([".jsonl", ".csv"]))
    def test_article_files(self, tmp_path: Path, body: bytes, suffix: str) -> None:
        """Any bytes as an article file give articles and rejections, never another exception."""
        path = tmp_path / f"a{suffix}"
        path.write_bytes(b"id,text,date\n" + body if suffix == ".csv" else body)
        rejected: list = []  # type: ignore[type-arg]
        list(read_articles([path], on_reject=rejected.append))
        assert all(r.path == str(path) for r in rejected)


class TestBadInputs:
    @pytest.mark.parametrize(("name", "good", "rejected", "reason"), [
        ("truncated.jsonl", 2, [2], "not valid JSON"),
        ("utf16.jsonl", 0, [1], "UTF-16"),
        ("latin1.jsonl", 2, [2], "not valid UTF-8"),
        ("bom.jsonl", 2, [], ""),
        ("missing_fields.jsonl", 2, [2, 3, 4], "required field"),
        ("wrong_types.jsonl", 2, [2, 3, 4, 5], "expected"),
        ("duplicate_ids.jsonl", 2, [3], "duplicate article id"),
        ("ragged.csv", 2, [3, 4], "cells as in the header"),
        ("impossible_date.csv", 1, [3], "2020-02-30"),
    ])
    def test_file(self, tmp_path: Path, name: str, good: int, rejected: list[int], reason: str) -> None:
        """Good records come out, each bad one reaches the errors file with its line and reason."""
        out, errors = tmp_path / "out.csv", tmp_path / "errors.jsonl"
        result = CliRunner().invoke(main, ["code", str(BAD / name), "-o", str(out), "--on-error", "skip",
                                           "--errors", str(errors), "-q"])
        assert result.exit_code == (EXIT_REJECTED if rejected else 0), result.output
        lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
        assert [x["line"] for x in lines] == rejected
        assert all(reason in x["reason"] and x["path"].endswith(name) for x in lines)
        assert len({e.article_id for e in read_events(out)}) <= good

    def test_binary_file(self, tmp_path: Path) -> None:
        """Random bytes are rejected line by line with reasons; the run completes."""
        errors = tmp_path / "errors.jsonl"
        result = CliRunner().invoke(main, ["code", str(BAD / "binary.jsonl"), "-o", str(tmp_path / "o.csv"),
                                           "--on-error", "skip", "--errors", str(errors), "-q"])
        assert result.exit_code == EXIT_REJECTED
        reasons = [json.loads(x)["reason"] for x in errors.read_text(encoding="utf-8").splitlines()]
        assert reasons and all(re.match(r"not valid (UTF-8|JSON)", r) for r in reasons)

    def test_fifty_megabyte_line(self, tmp_path: Path) -> None:
        """A 50 MB line is rejected with its size; the records around it go through."""
        path = tmp_path / "huge.jsonl"
        good = json.dumps({"id": "g1", "text": "Kenyan police arrested ten protesters.", "date": "2020-03-04"})
        huge = json.dumps({"id": "h1", "text": "x" * 50_000_000, "date": "2020-03-04"})
        path.write_text(f"{good}\n{huge}\n{good.replace('g1', 'g2')}\n", encoding="utf-8")
        rejected: list = []  # type: ignore[type-arg]
        assert [a.id for a in read_articles([path], on_reject=rejected.append)] == ["g1", "g2"]
        assert rejected[0].line == 2 and "50,000,000 characters" in rejected[0].reason

    def test_stop_mode_names_file_and_line(self, tmp_path: Path) -> None:
        """Without --on-error skip the first bad record stops the run, naming file and line."""
        result = CliRunner().invoke(main, ["code", str(BAD / "truncated.jsonl"), "-o", str(tmp_path / "o.csv")])
        assert result.exit_code == 1 and "truncated.jsonl:2: not valid JSON" in result.output

    def test_unreadable_file_skipped_with_others_read(self, tmp_path: Path) -> None:
        """A whole unreadable file is one rejection; the next input is still read."""
        rejected: list = []  # type: ignore[type-arg]
        articles = list(read_articles([BAD / "utf16.jsonl", BAD / "bom.jsonl"], on_reject=rejected.append))
        assert [a.id for a in articles] == ["g1", "g2"] and "UTF-16" in rejected[0].reason


class TestSafety:
    def test_no_network(self, coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """Coding opens no socket."""
        def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError("eventlib tried to open a network connection")

        monkeypatch.setattr(socket, "socket", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        assert coder.code_text("Turkish troops shelled Syrian rebels in Idlib.", "2020-01-01")

    def test_yaml_objects_never_built(self) -> None:
        """A YAML tag that would build a Python object is refused."""
        with pytest.raises(DictionaryError):
            parse_ruleset("ruleset: !!python/object/new:os.system [echo hacked]\ndescription: x\nrules: []\n")

    def test_reports_stay_in_their_folder(self, tmp_path: Path) -> None:
        """Report files are written only inside the folder given."""
        gold = tmp_path / "g.jsonl"
        gold.write_text(json.dumps({"id": "../../x", "text": "Iran attacked Iraq.", "date": "2020-01-01",
                                    "expected": []}) + "\n", encoding="utf-8")
        out = tmp_path / "reports"
        CliRunner().invoke(main, ["bench", str(gold), "--report", str(out)])
        written = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()} - {gold.resolve()}
        assert written and all(out.resolve() in p.parents for p in written)

    def test_errors_are_eventlib_errors(self) -> None:
        """Loader failures are EventlibError (and ValueError) so callers can catch one class."""
        with pytest.raises(EventlibError):
            parse_ruleset("ruleset: [", "x.yaml")


class TestFuzz:
    def test_short_fuzz_run_finds_no_crash(self, tmp_path: Path) -> None:
        """A fixed run of the mutation fuzzer (benchmarks/fuzz.py, 5,000 seeded inputs) crashes no reader or parser."""
        import importlib.util

        spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parent.parent
                                                      / "benchmarks" / "fuzz.py")
        assert spec is not None and spec.loader is not None
        fuzz = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(fuzz)
        rounds, crashes = fuzz.fuzz(None, seed=2026, crashes=tmp_path / "crashes", rounds=5000)
        assert (rounds, crashes) == (5000, 0)

    def test_gold_reader_rejects_bad_bytes(self, tmp_path: Path) -> None:
        """Non-UTF-8 bytes in a gold file are an InputError with the line."""
        from eventlib import InputError
        from eventlib.bench import read_gold

        path = tmp_path / "g.jsonl"
        path.write_bytes(b'{"id": "a", "text": "x", "expected": []}\n{"id": "b", "text": "caf\xe9"}\n')
        with pytest.raises(InputError, match=r"g.jsonl:2: not valid UTF-8"):
            list(read_gold(path))
