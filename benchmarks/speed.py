"""Coding throughput against bare spaCy parsing of the same texts with the same pipeline.

    python benchmarks/speed.py [--repeat N] [--rounds R] [--texts FILE.jsonl] [--option KEY=VALUE ...]

Takes the seed articles (or the records of ``--texts``: ``text``, optional ``id`` and ``date``), repeated N
times with distinct ids, and times two arms over the same texts,
alternated in one process for R rounds (the arm that goes first alternates too):

- parse only: ``nlp.pipe`` over the article bodies after dateline removal, exactly what the coder parses,
  with the stock pipeline (spaCy's own components; ``--parse-with coder``: the coder's pipeline, whose
  attribute ruler is cached);
- end to end: ``Coder.code`` over the articles (``--option KEY=VALUE``: a :class:`CoderConfig` field for the
  coder, the value read as JSON when it is JSON, e.g. ``--option profile=fast``).

Each arm is timed in CPU seconds (``time.process_time``) and wall seconds. Per round it prints both
arms and the ratio coding throughput / parse throughput (= parse seconds / end-to-end seconds); at the
end the median of each figure and its spread (lowest-highest) over the rounds. CPU time is the figure
to trust on a shared machine; wall time shows what a user waits.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eventlib import Article, Coder
from eventlib.coder import _body
from eventlib.parse.nlp import load_pipeline, split_abbreviations

ROOT = Path(__file__).resolve().parent.parent


def _timed(run: Callable[[], int]) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and the result of ``run()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = run()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def _spread(values: list[float], digits: int = 2) -> str:
    """The median of ``values`` and their range, e.g. '0.84 (0.81-0.86)'."""
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="copies of the seed articles (default 10)")
    parser.add_argument("--rounds", type=int, default=10, help="alternated rounds of both arms (default 10)")
    parser.add_argument("--parse-with", choices=("stock", "coder"), default="stock",
                        help="the pipeline of the parse-only arm (default: stock spaCy components)")
    parser.add_argument("--texts", type=Path, default=ROOT / "seeds" / "articles.jsonl",
                        help="JSONL records with 'text' (optional 'id', 'date'; default: the seed articles)")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="a CoderConfig field for the end-to-end coder (value read as JSON if it is JSON)")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.repeat < 1:
        parser.error("--repeat and --rounds must be at least 1")
    options = {}
    for option in args.option:
        key, equals, value = option.partition("=")
        if not equals:
            parser.error(f"--option: expected KEY=VALUE, got {option!r}")
        try:
            options[key] = json.loads(value)
        except json.JSONDecodeError:
            options[key] = value
    lines = args.texts.read_text(encoding="utf-8").splitlines()
    raw = [json.loads(line) for line in lines if line.strip()]
    articles = [Article(id=f"{a.get('id', i)}-{n}", text=a["text"], date=a.get("date") or "2024-01-01")
                for n in range(args.repeat) for i, a in enumerate(raw)]
    bodies = [_body(a.text) for a in articles]  # what Coder.code parses
    start = time.perf_counter()
    coder = Coder(**options)
    load = time.perf_counter() - start
    nlp = coder.nlp if args.parse_with == "coder" else load_pipeline(coder.config.model, cache_attributes=False)
    split_abbreviations(nlp, coder.lang.hyphen_abbreviations, coder.lang.hyphen_words)  # tokens as the coder's
    # warm up both arms on each distinct article once: the gazetteer, lazy tables and caches fill here
    list(coder.code(articles[:len(raw)]))
    words = sum(len(doc) for doc in nlp.pipe(bodies[:len(raw)], batch_size=coder.batch_size))

    def parse() -> int:
        with nlp.memory_zone():  # as the coder parses: the words of a run are forgotten after it
            return sum(len(doc) for doc in nlp.pipe(bodies, batch_size=coder.batch_size))

    def code() -> int:
        return sum(len(c.events) for c in coder.code(articles))

    print(f"# speed run {time.strftime('%Y-%m-%d')}, {platform.machine()}, Python {platform.python_version()}, "
          f"model {nlp.meta.get('name')} {nlp.meta.get('version')}, one process, {args.rounds} alternated rounds, "
          f"parse-only arm: {args.parse_with} pipeline; texts {args.texts.name} x {args.repeat}; "
          f"coder options {options}")
    print(f"coder load (model, {coder.engine.rule_count} rules, {len(coder.dictionary)} actor phrases): {load:.2f} s")
    print(f"{'round':>5} | {'parse cpu':>9} {'code cpu':>9} {'ratio':>6} | "
          f"{'parse wall':>10} {'code wall':>10} {'ratio':>6}")
    rows: list[tuple[float, float, float, float]] = []
    events = 0
    for number in range(args.rounds):
        if number % 2 == 0:
            parse_cpu, parse_wall, words = _timed(parse)
            code_cpu, code_wall, events = _timed(code)
        else:
            code_cpu, code_wall, events = _timed(code)
            parse_cpu, parse_wall, words = _timed(parse)
        rows.append((parse_cpu, code_cpu, parse_wall, code_wall))
        print(f"{number + 1:>5} | {parse_cpu:>9.2f} {code_cpu:>9.2f} {parse_cpu / code_cpu:>6.3f} | "
              f"{parse_wall:>10.2f} {code_wall:>10.2f} {parse_wall / code_wall:>6.3f}", flush=True)
    parse_cpu_s, code_cpu_s, parse_wall_s, code_wall_s = (list(column) for column in zip(*rows, strict=True))
    sentences = sum(1 for doc in nlp.pipe(bodies, batch_size=coder.batch_size) for _ in doc.sents)
    print(f"{len(articles)} articles, {sentences} sentences, {words} tokens, {events} events per round")
    print("medians over the rounds (lowest-highest):")
    print(f"parse only : cpu {_spread(parse_cpu_s)} s = {len(articles) / statistics.median(parse_cpu_s):.0f} "
          f"articles/s, {words / statistics.median(parse_cpu_s):.0f} tokens/s; wall {_spread(parse_wall_s)} s")
    print(f"end to end : cpu {_spread(code_cpu_s)} s = {len(articles) / statistics.median(code_cpu_s):.0f} "
          f"articles/s, {words / statistics.median(code_cpu_s):.0f} tokens/s; wall {_spread(code_wall_s)} s")
    print("coding throughput / parse throughput, per round: "
          f"cpu {_spread([p / c for p, c, _, _ in rows], 3)}, wall {_spread([p / c for _, _, p, c in rows], 3)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
