"""The Phoenix production dictionaries (TABARI / PETRARCH formats) in eventlib: load time and
memory, coding speed, and accuracy on the PLOVER gold-standard dev half beside the built-ins.

    python benchmarks/phoenix.py [--shared ../shared] [--repeat 3]

Load: a coder with no rules or dictionaries is built first (spaCy model only); then the Phoenix
verbs (PETRARCH-2 ``CAMEO.2.0.txt``), actors (countries, international, non-state), agents and
discards are loaded, timing that step and the growth of resident memory. Speed: the seed
articles repeated N times, parsed only and coded end to end with the Phoenix dictionaries and
with the built-ins. Accuracy: ``gsr_dev.jsonl`` scored at the PLOVER level for the built-ins
and for the Phoenix dictionaries with each verb file, per PLOVER category.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from eventlib import Article, Coder
from eventlib.bench import Configuration, read_gold, run_bench

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def phoenix(folder: Path, verbs: str) -> Configuration:
    actors = [f"petrarch:{folder / f'Phoenix.{n}.actors.txt'}" for n in ("Countries", "International", "MilNonState")]
    actors.append(f"petrarch-agents:{folder / 'Phoenix.agents.txt'}")
    return Configuration(f"Phoenix ({verbs})", rulesets=(f"petrarch:{folder / verbs}",), actors=tuple(actors),
                         builtin=False, discards=(f"petrarch:{folder / 'Phoenix.discards.txt'}",))


def build(configuration: Configuration, nlp=None) -> Coder:  # type: ignore[no-untyped-def]
    return Coder(rulesets=list(configuration.rulesets), actors=list(configuration.actors),
                 builtin=configuration.builtin, discards=list(configuration.discards), nlp=nlp, locations=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(args.shared) / "data" / "phoenix"
    if not folder.is_dir():
        print(f"error: {folder} not found; give --shared", file=sys.stderr)
        return 2
    print(f"# Phoenix dictionaries, {time.strftime('%Y-%m-%d')}, {platform.machine()}, "
          f"Python {platform.python_version()}")
    bare = Coder(builtin=False, locations=False)
    before = rss_mb()
    start = time.perf_counter()
    main_config = phoenix(folder, "CAMEO.2.0.txt")
    coder = build(main_config, bare.nlp)
    load = time.perf_counter() - start
    print(f"\nload: {load:.2f} s, resident memory +{rss_mb() - before:.0f} MB "
          f"({coder.engine.rule_count:,} rules, {len(coder.dictionary):,} actor and agent phrases, "
          f"{len(coder.discards):,} discards)")

    raw = [json.loads(line) for line in (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = [Article(id=f"{a['id']}-{n}", text=a["text"], date=a["date"]) for n in range(args.repeat) for a in raw]
    list(bare.nlp.pipe(a.text for a in articles[:3]))  # warm up
    start = time.perf_counter()
    docs = list(bare.nlp.pipe((a.text for a in articles), batch_size=bare.batch_size))
    parse = time.perf_counter() - start
    words = sum(len(d) for d in docs)
    print(f"\n| run ({len(articles)} articles, {words:,} tokens) | seconds | tokens/s | share of parse speed |")
    print("|---|---|---|---|")
    print(f"| spaCy parse only | {parse:.2f} | {words / parse:,.0f} | 1.00 |")
    builtin = Coder(nlp=bare.nlp, locations=False)
    for name, runner in (("Phoenix dictionaries", coder), ("built-in rules and dictionaries", builtin)):
        list(runner.code(articles[:3]))
        start = time.perf_counter()
        list(runner.code(articles))
        seconds = time.perf_counter() - start
        print(f"| {name}, end to end (no places) | {seconds:.2f} | {words / seconds:,.0f} | {parse / seconds:.2f} |")

    gold = Path(args.shared) / "data" / "plover-gsr" / "gsr_dev.jsonl"
    records = list(read_gold(gold))
    runs = [("built-in", run_bench(records, Configuration("built-in"), gold.name, builtin))]
    runs.append(("Phoenix, CAMEO.2.0", run_bench(records, main_config, gold.name, coder)))
    old = phoenix(folder, "CAMEO.verbpatterns.150430.txt")
    runs.append(("Phoenix, verbpatterns", run_bench(records, old, gold.name, build(old, bare.nlp))))
    print(f"\n{gold.name}, PLOVER level ({len(records)} sentences)\n")
    print("| configuration | precision | recall | F1 | with actors F1 |\n|---|---|---|---|---|")
    for name, result in runs:
        plover = result.score.levels["plover"]
        actors = result.score.levels["plover+actors"]
        print(f"| {name} | {plover.precision:.3f} | {plover.recall:.3f} | {plover.f1:.3f} | {actors.f1:.3f} |")
    categories = sorted(set().union(*(r.score.per_category for _, r in runs)))
    print("\n| PLOVER category | " + " | ".join(f"{name} F1" for name, _ in runs) + " |")
    print("|---" * (len(runs) + 1) + "|")
    for category in categories:
        cells = [f"{r.score.per_category[category].f1:.2f}" if category in r.score.per_category else "-"
                 for _, r in runs]
        print(f"| {category} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
