"""Throughput of `eventlib code` with 1, 2, ... worker processes on the same corpus.

    python benchmarks/scaling.py [--repeat 20] [--workers 1 2] [--phoenix ../shared/data/phoenix]

Writes the seed articles repeated N times (new ids) to a JSONL file, codes it once per worker
count in a fresh process (wall time includes loading the model in every worker), checks that
every run writes the same events, and prints articles/s and the speed-up over one worker. With
``--phoenix DIR`` the runs use the Phoenix dictionaries of DIR instead of the built-ins.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--phoenix", default=None, metavar="DIR", help="code with the Phoenix dictionaries in DIR")
    args = parser.parse_args(argv)
    dictionaries: list[str] = []
    if args.phoenix:
        folder = Path(args.phoenix)
        dictionaries = ["--no-builtin", "--rules", f"petrarch:{folder / 'CAMEO.2.0.txt'}",
                        "--agents", f"petrarch:{folder / 'Phoenix.agents.txt'}",
                        "--discards", f"petrarch:{folder / 'Phoenix.discards.txt'}"]
        for name in ("Countries", "International", "MilNonState"):
            dictionaries += ["--actors", f"petrarch:{folder / f'Phoenix.{name}.actors.txt'}"]
    seeds = [json.loads(line) for line in (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    print(f"# scaling run {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {len(seeds) * args.repeat} articles, "
          f"{'Phoenix dictionaries' if args.phoenix else 'built-in rules and dictionaries'}")
    print("| workers | seconds | articles/s | speed-up |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "corpus.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            for n in range(args.repeat):
                for article in seeds:
                    handle.write(json.dumps({**article, "id": f"{article['id']}-{n}"}) + "\n")
        first: tuple[float, Path] | None = None
        for workers in args.workers:
            out = Path(work) / f"out-{workers}.csv"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eventlib.cli", "code", str(source), "-o", str(out), "-q",
                            "--workers", str(workers), *dictionaries], check=True)
            seconds = time.perf_counter() - start
            if first is None:
                first = (seconds, out)
            elif not filecmp.cmp(first[1], out, shallow=False):
                print(f"error: {workers} workers wrote different events from {args.workers[0]}", file=sys.stderr)
                return 1
            rate = len(seeds) * args.repeat / seconds
            print(f"| {workers} | {seconds:.1f} | {rate:.0f} | {first[0] / seconds:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
