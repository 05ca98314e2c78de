"""Benchmarking: gold-coded sentences, scoring of coded events against them, reports."""

from .gold import GoldEvent, GoldRecord, articles_beside, gold_articles, read_gold
from .runner import BenchResult, Configuration, Context, run_bench
from .score import Score, same_place, score

__all__ = ["BenchResult", "Configuration", "Context", "GoldEvent", "GoldRecord", "Score", "articles_beside",
           "gold_articles", "read_gold", "run_bench", "same_place", "score"]
