"""Peak memory of a whole `eventlib code` run as the corpus grows (streaming: it should not grow).

    python benchmarks/memory.py [--sizes 1000 10000 100000] [--workers 1]

Builds corpora of N articles from the seed articles (repeated with new ids, each with one added
sentence of invented names, so that new words keep arriving as in a real news stream), codes
each in a fresh process with `eventlib code`, and reports the child's peak resident memory and
its throughput.
"""

from __future__ import annotations

import argparse
import json
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
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
