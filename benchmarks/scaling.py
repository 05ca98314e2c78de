"""Throughput of `eventlib code` with 1, 2, ... worker processes on the same corpus.

    python benchmarks/scaling.py [--repeat 20 | --articles 2000] [--workers 1 2] [--rounds 1]
                                 [--phoenix ../shared/data/phoenix]

Writes the seed articles repeated N times (new ids; ``--articles`` cuts the repeats at that many
articles) to a JSONL file, codes it once per worker count and round in a fresh process (wall time
includes loading the model, in the parent and, where workers do not share it, in every worker),
checks that every run writes the same events, and prints articles/s and the speed-up over the
first worker count of the same round. Each run also reports the CPU seconds of the process tree,
its peak memory sampled every 0.2 s (the sum of the processes' RSS, which counts pages the workers
share with the parent once per process, and the sum of their PSS, which shares them out; with
psutil installed) and the load average of the machine before and after. With ``--phoenix DIR``
the runs use the Phoenix dictionaries of DIR instead of the built-ins.
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tree_memory(pid: int) -> tuple[int, int]:
    """The sums of RSS and of PSS (bytes) over process ``pid`` and its descendants (0, 0 once it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    rss = pss = 0
    for process in processes:
        try:
            info = process.memory_full_info()
        except psutil.Error:
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss, pss


def run_once(command: list[str]) -> dict[str, float]:
    """Run ``command``; its wall and CPU seconds (the whole tree), peak tree RSS and PSS (MB, when psutil is
    installed) and the 1-minute load average before and after."""
    try:
        import psutil  # noqa: F401
        sampling = True
    except ImportError:
        sampling = False
    load_before = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command)
    peak_rss = peak_pss = 0
    while process.poll() is None:
        if sampling:
            rss, pss = _tree_memory(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "rss": peak_rss / 2**20, "pss": peak_pss / 2**20,
            "load_before": load_before, "load_after": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--articles", type=int, default=None, help="at most this many articles (default: all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1, help="runs of each worker count, alternated")
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
    corpus = [{**article, "id": f"{article['id']}-{n}"} for n in range(args.repeat) for article in seeds]
    corpus = corpus[:args.articles] if args.articles else corpus
    print(f"# scaling run {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {len(corpus)} articles, "
          f"{'Phoenix dictionaries' if args.phoenix else 'built-in rules and dictionaries'}")
    print("| round | workers | seconds | articles/s | speed-up | CPU s | peak tree RSS MB | peak tree PSS MB | "
          "load before / after |\n|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "corpus.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            for article in corpus:
                handle.write(json.dumps(article) + "\n")
        reference: Path | None = None
        for round_, workers in itertools.product(range(1, args.rounds + 1), args.workers):
            out = Path(work) / f"out-{round_}-{workers}.csv"
            run = run_once([sys.executable, "-m", "eventlib.cli", "code", str(source), "-o", str(out), "-q",
                            "--workers", str(workers), *dictionaries])
            if workers == args.workers[0]:
                first = run["seconds"]
            if reference is None:
                reference = out
            elif not filecmp.cmp(reference, out, shallow=False):
                print(f"error: {workers} workers (round {round_}) wrote different events from {args.workers[0]}",
                      file=sys.stderr)
                return 1
            print(f"| {round_} | {workers} | {run['seconds']:.1f} | {len(corpus) / run['seconds']:.1f} | "
                  f"{first / run['seconds']:.2f} | {run['cpu']:.1f} | {run['rss']:.0f} | {run['pss']:.0f} | "
                  f"{run['load_before']:.2f} / {run['load_after']:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
