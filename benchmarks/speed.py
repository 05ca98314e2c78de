"""Coding throughput against bare spaCy parsing of the same text with the same pipeline.

    python benchmarks/speed.py [--repeat N]

Codes the seed articles (repeated N times, distinct ids) twice over: once parsing only
(``nlp.pipe``), once end to end (``Coder.code``), and prints articles/s, sentences/s,
words/s and the share of time not spent parsing.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from eventlib import Article, Coder

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)
    raw = [json.loads(line) for line in (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = [Article(id=f"{a['id']}-{n}", text=a["text"], date=a["date"]) for n in range(args.repeat) for a in raw]
    start = time.perf_counter()
    coder = Coder()
    load = time.perf_counter() - start
    list(coder.code(articles[:5]))  # warm up
    start = time.perf_counter()
    docs = list(coder.nlp.pipe((a.text for a in articles), batch_size=coder.batch_size))
    parse = time.perf_counter() - start
    words = sum(len(d) for d in docs)
    sentences = sum(1 for d in docs for _ in d.sents)
    start = time.perf_counter()
    events = sum(len(c.events) for c in coder.code(articles))
    total = time.perf_counter() - start
    print(f"# speed run {time.strftime('%Y-%m-%d')}, {platform.machine()}, Python {platform.python_version()}, "
          f"model {coder.nlp.meta.get('name')} {coder.nlp.meta.get('version')}, one process")
    print(f"coder load (model, {coder.engine.rule_count} rules, {len(coder.dictionary)} actor phrases): {load:.2f} s")
    print(f"{len(articles)} articles, {sentences} sentences, {words} tokens, {events} events")
    print(f"parse only : {parse:.2f} s = {len(articles) / parse:.0f} articles/s, {words / parse:.0f} tokens/s")
    print(f"end to end : {total:.2f} s = {len(articles) / total:.0f} articles/s, {words / total:.0f} tokens/s, "
          f"{sentences / total:.0f} sentences/s")
    print(f"coding throughput / parse throughput = {parse / total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
