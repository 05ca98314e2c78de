"""Peak memory as the corpus grows, and as one article grows (streaming: neither should grow).

    python benchmarks/memory.py [--sizes 1000 10000 100000] [--workers 1]
    python benchmarks/memory.py --per-article [--chars 100000 1000000 5000000]

Corpora: builds corpora of N articles from the seed articles (repeated with new ids, each with one
added sentence of invented names, so that new words keep arriving as in a real news stream), codes
each in a fresh process with `eventlib code`, and reports the child's peak resident memory and
its throughput.

Per article (issue 15): builds one article of N characters by repeating the seed articles' texts
(paragraphs apart), codes it with `Coder.code_article` in a fresh process (so that peaks do not
mix), and reports the process's resident memory once the coder is loaded and warmed up, its peak
while coding the article, and the ratio of each size's peak to the first size's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(path: Path, size: int) -> None:
    seeds = [json.loads(line) for line in (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    rng = random.Random(size)

    def name() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize()

    with open(path, "w", encoding="utf-8") as handle:
        for n in range(size):
            article = dict(seeds[n % len(seeds)])
            article["id"] = f"{article['id']}-{n}"
            article["text"] += f"\n\n{name()} {name()} of the {name()} party met officials in {name()} on Monday."
            handle.write(json.dumps(article) + "\n")


def long_text(chars: int) -> tuple[str, str]:
    """A text of ``chars`` characters made of the seed articles' texts, repeated, and the first one's date."""
    seeds = [json.loads(line) for line in (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    parts: list[str] = []
    size = 0
    while size < chars:
        for seed in seeds:
            parts.append(seed["text"])
            size += len(seed["text"]) + 2
            if size >= chars:
                break
    text = "\n\n".join(parts)[:chars]
    return text[:text.rfind(" ")] + ".", seeds[0]["date"]


def measure_article(chars: int) -> dict[str, float]:
    """Code one article of ``chars`` characters in this process: RSS loaded, peak RSS, seconds, events."""
    import datetime as dt

    from eventlib import Coder
    from eventlib.coder import _body, _chunks
    from eventlib.records import Article

    text, date = long_text(chars)
    coder = Coder()
    coder.code_text("Kenyan police arrested 12 protesters in Nairobi on Monday.", dt.date(2024, 5, 2))  # warm-up
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    events = coder.code_article(Article(id="long", text=text, date=date))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": len(text), "loaded_mb": loaded / 1024, "peak_mb": peak / 1024, "seconds": seconds,
            "events": len(events), "pieces": sum(1 for _ in _chunks(_body(text), coder.chunk_chars))}


def per_article(sizes: list[int]) -> None:
    """Print a table of each article size's peak RSS, each measured in a fresh process."""
    print(f"# memory per article {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print("| characters | pieces | events | seconds | RSS loaded (MB) | peak RSS (MB) | peak / first |\n"
          "|---|---|---|---|---|---|---|")
    first = None
    for size in sizes:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure-article", str(size)],
                              check=True, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        row = json.loads(done.stdout.strip().splitlines()[-1])
        first = first or row["peak_mb"]
        print(f"| {row['chars']:,} | {row['pieces']} | {row['events']:,} | {row['seconds']:.0f} | "
              f"{row['loaded_mb']:.0f} | {row['peak_mb']:.0f} | {row['peak_mb'] / first:.2f} |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000], help="corpus sizes")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--per-article", action="store_true", help="measure one article of each --chars size")
    parser.add_argument("--chars", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000])
    parser.add_argument("--measure-article", type=int, help=argparse.SUPPRESS)  # the child of --per-article
    args = parser.parse_args(argv)
    if args.measure_article:
        print(json.dumps(measure_article(args.measure_article)))
        return 0
    if args.per_article:
        per_article(args.chars)
        return 0
    print(f"# memory run {time.strftime('%Y-%m-%d')}, {platform.machine()}, Python {platform.python_version()}, "
          f"workers {args.workers}")
    print("| articles | seconds | articles/s | peak RSS (MB) |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for size in args.sizes:
            source = Path(work) / f"corpus-{size}.jsonl"
            corpus(source, size)
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eventlib.cli", "code", str(source), "-o",
                            str(Path(work) / f"out-{size}.csv"), "-q", "--workers", str(args.workers)], check=True)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            note = "" if peak > before else " (no higher than the run before)"
            print(f"| {size:,} | {seconds:.0f} | {size / seconds:.0f} | {peak // 1024}{note} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
