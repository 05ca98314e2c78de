"""Bench in article mode: gold records that name their article are scored on the whole article's coding."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from eventlib import InputError
from eventlib.bench import BenchResult, Configuration, articles_beside, gold_articles, read_gold, run_bench
from eventlib.cli import main

DATA = Path(__file__).resolve().parent / "data" / "bench_articles"
GOLD = DATA / "gold.jsonl"
ARTICLES = DATA / "articles.jsonl"


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _events_of(result: BenchResult, record_id: str) -> list:
    records = list(read_gold(GOLD))
    return result.events[[r.id for r in records].index(record_id)]


@pytest.fixture(scope="module")
def in_articles(coder) -> BenchResult:
    """The small gold set scored in article mode."""
    records = list(read_gold(GOLD))
    return run_bench(records, Configuration("base"), "gold.jsonl", coder, gold_articles(records, [ARTICLES]))


@pytest.fixture(scope="module")
def alone(coder) -> BenchResult:
    """The small gold set scored in sentence mode."""
    return run_bench(list(read_gold(GOLD)), Configuration("base"), "gold.jsonl", coder)


class TestGoldArticleId:
    def test_read(self) -> None:
        """A record's 'article_id' is kept."""
        assert next(iter(read_gold(GOLD))).article_id == "art-1"

    def test_optional(self, tmp_path: Path) -> None:
        """A record without 'article_id' names no article."""
        path = _write(tmp_path / "g.jsonl", {"id": "a", "text": "x", "expected": []})
        assert next(iter(read_gold(path))).article_id == ""

    def test_bad_value(self, tmp_path: Path) -> None:
        """An 'article_id' that is no id is an error naming the field and line."""
        path = _write(tmp_path / "g.jsonl", {"id": "a", "text": "x", "article_id": ["a"], "expected": []})
        with pytest.raises(InputError, match=r"g.jsonl:1.*article_id"):
            list(read_gold(path))


class TestArticlesBeside:
    def test_found(self) -> None:
        """articles.jsonl beside a gold file whose records name articles is found."""
        assert articles_beside(GOLD, list(read_gold(GOLD))) == ARTICLES

    def test_not_when_no_record_names_an_article(self, tmp_path: Path) -> None:
        """Records that name no article use no articles file, even one lying beside them."""
        shutil.copy(ARTICLES, tmp_path / "articles.jsonl")
        path = _write(tmp_path / "g.jsonl", {"id": "a", "text": "x", "expected": []})
        assert articles_beside(path, list(read_gold(path))) is None


class TestGoldArticles:
    def test_keeps_named_articles_only(self, tmp_path: Path) -> None:
        """Only the articles some record names are read into the mapping."""
        records = [r for r in read_gold(GOLD) if r.article_id == "art-2"]
        assert set(gold_articles(records, [ARTICLES])) == {"art-2"}


class TestRunBenchArticleMode:
    def test_dateline_places_a_sentence(self, in_articles: BenchResult) -> None:
        """A sentence that names no place takes its article's dateline."""
        events = _events_of(in_articles, "art-2-s1")
        assert [e.location.name for e in events] == ["Nairobi"]

    def test_sentence_mode_has_no_dateline(self, alone: BenchResult) -> None:
        """Coded alone, the same sentence is placed only at its actors' country."""
        events = _events_of(alone, "art-2-s1")
        assert [e.location.name for e in events] == ["Kenya"]

    def test_events_go_to_their_sentence(self, in_articles: BenchResult) -> None:
        """Each record gets the events of its own sentence of the article."""
        for record, events in zip(read_gold(GOLD), in_articles.events, strict=True):
            assert all(" ".join(e.sentence.split()) in record.text for e in events)

    def test_counts_records_in_articles(self, in_articles: BenchResult) -> None:
        """The context counts the records coded in articles and the articles coded."""
        assert (in_articles.context.in_articles, in_articles.context.articles) == (3, 2)

    def test_unknown_article_coded_alone(self, in_articles: BenchResult) -> None:
        """A record whose article is not among the articles is coded alone."""
        assert in_articles.context.alone == 1 and len(_events_of(in_articles, "lone-1")) == 1

    def test_text_missing_from_article_coded_alone(self, coder) -> None:
        """A record whose text its article does not contain is coded alone."""
        record = next(r for r in read_gold(GOLD) if r.id == "art-1-s3")
        records = [attrs.evolve(record, text="Police in Lyon arrested 3 protesters.")]
        result = run_bench(records, Configuration("base"), "g", coder, gold_articles(records, [ARTICLES]))
        assert (result.context.in_articles, result.context.alone) == (0, 1)

    def test_uncovered_sentence_not_scored(self, in_articles: BenchResult) -> None:
        """An event of an article sentence no record covers is counted apart, not as invented."""
        assert in_articles.context.unscored == 1 and in_articles.score.invented == []

    def test_sentence_mode_context(self, alone: BenchResult) -> None:
        """Without articles every record is coded alone."""
        assert (alone.context.in_articles, alone.context.alone) == (0, 4)


class TestBenchCommandModes:
    def test_default_uses_articles_beside(self) -> None:
        """'eventlib bench GOLD' codes whole articles when articles.jsonl lies beside GOLD."""
        result = CliRunner().invoke(main, ["bench", str(GOLD)])
        assert result.exit_code == 0, result.output
        assert "3 coded in their 2 articles (article mode), 1 alone" in result.output

    def test_sentences_flag(self) -> None:
        """--sentences codes every record alone."""
        result = CliRunner().invoke(main, ["bench", str(GOLD), "--sentences"])
        assert result.exit_code == 0, result.output
        assert "each coded alone (sentence mode)" in result.output

    def test_articles_option(self, tmp_path: Path) -> None:
        """--articles names the articles file when none lies beside the gold."""
        gold = shutil.copy(GOLD, tmp_path / "gold.jsonl")
        result = CliRunner().invoke(main, ["bench", str(gold), "--articles", str(ARTICLES)])
        assert result.exit_code == 0, result.output
        assert "(article mode)" in result.output

    def test_no_articles_is_sentence_mode(self, tmp_path: Path) -> None:
        """With no articles file known, records are coded alone."""
        gold = shutil.copy(GOLD, tmp_path / "gold.jsonl")
        result = CliRunner().invoke(main, ["bench", str(gold)])
        assert result.exit_code == 0, result.output
        assert "(sentence mode)" in result.output

    def test_report_json_has_context(self, tmp_path: Path) -> None:
        """report.json says how the records were coded."""
        result = CliRunner().invoke(main, ["bench", str(GOLD), "--report", str(tmp_path / "out")])
        assert result.exit_code == 0, result.output
        figures = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
        assert figures["results"][0]["context"] == {"in_articles": 3, "articles": 2, "alone": 1, "unscored": 1}

    def test_help_names_the_modes(self) -> None:
        """'eventlib bench --help' documents --articles and --sentences."""
        result = CliRunner().invoke(main, ["bench", "--help"])
        assert "--articles" in result.output and "--sentences" in result.output and "Article mode" in result.output
