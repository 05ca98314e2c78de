"""Benchmarking: gold-coded sentences, scoring of coded events against them, reports."""

from .gold import GoldEvent, GoldRecord, read_gold
from .runner import BenchResult, Configuration, run_bench
from .score import Score, score

__all__ = ["BenchResult", "Configuration", "GoldEvent", "GoldRecord", "Score", "read_gold", "run_bench", "score"]
