"""Run the project's standing benchmarks and write their figures into benchmarks/RESULTS.md.

    python benchmarks/standing.py [--shared ../shared] [--report DIR] [--no-write]

Benchmarks: the seeds gold (each gold sentence coded on its own, and in article mode: each seeds
article coded whole, its events scored against the gold of their sentences), the PLOVER gold-standard dev
half and the PETRARCH validation suite (with the built-in dictionaries, and with PETRARCH's own:
rules from its verb patterns, its actors, agents and discards), each through ``eventlib bench``'s
library functions. The section between the ``standing`` markers in RESULTS.md is replaced;
everything else in the file is left as it is.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

from eventlib import Coder
from eventlib.bench import Configuration, gold_articles, read_gold, run_bench
from eventlib.bench.report import write_reports

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- standing benchmarks: start -->", "<!-- standing benchmarks: end -->"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--report", default=None, help="Also write the HTML/JSON report here.")
    parser.add_argument("--no-write", action="store_true", help="Print only; leave RESULTS.md alone.")
    args = parser.parse_args(argv)
    shared = Path(args.shared) / "data"
    golds = [("seeds gold (sentences coded one by one)", ROOT / "seeds" / "gold.jsonl"),
             ("PLOVER GSR dev", shared / "plover-gsr" / "gsr_dev.jsonl"),
             ("PETRARCH validation, built-in dictionaries", shared / "petrarch2" / "validation.jsonl")]
    configuration = Configuration("built-in")
    coder = Coder()
    results = []
    for name, path in golds:
        if path.is_file():
            results.append(run_bench(list(read_gold(path)), configuration, name, coder))
    seeds = list(read_gold(ROOT / "seeds" / "gold.jsonl"))
    results.insert(1, run_bench(seeds, configuration, "seeds gold (whole articles coded)", coder,
                                gold_articles(seeds, [ROOT / "seeds" / "articles.jsonl"])))
    petrarch = shared / "petrarch2"
    if (petrarch / "validation.jsonl").is_file():
        own = Configuration("PETRARCH dictionaries", rulesets=(f"petrarch:{petrarch / 'PETR.Validate.verbs.txt'}",),
                            actors=(f"petrarch:{petrarch / 'PETR.Validate.actors.txt'}",
                                    f"petrarch-agents:{petrarch / 'PETR.Validate.agents.txt'}"),
                            builtin=False, discards=(f"petrarch:{petrarch / 'PETR.Validate.discards.txt'}",))
        results.append(run_bench(list(read_gold(petrarch / "validation.jsonl")), own,
                                 "PETRARCH validation, its own dictionaries"))
    lines = [START, "",
             f"### {time.strftime('%Y-%m-%d')}: `python benchmarks/standing.py` ({platform.machine()}, "
             f"Python {platform.python_version()}, {coder.engine.rule_count} rules, {len(coder.dictionary)} "
             "actor phrases)", "",
             "| gold | records | level | precision | recall | F1 |", "|---|---|---|---|---|---|"]
    for result in results:
        for level, prf in result.score.levels.items():
            lines.append(f"| {result.gold} | {result.score.records} | {level} | {prf.precision:.3f} | "
                         f"{prf.recall:.3f} | {prf.f1:.3f} |")
    lines += ["", "| gold | measure | accuracy | right / total |", "|---|---|---|---|"]
    for result in results:
        s = result.score
        for measure, (right, total) in {**s.actors, **s.location, "event date": s.dates}.items():
            if total:
                lines.append(f"| {result.gold} | {measure} | {right / total:.3f} | {right} / {total} |")
    lines += ["", "| gold | sentences/s | words/s | events/s | parsing share of time |", "|---|---|---|---|---|"]
    for result in results:
        speed = result.speed.as_dict()
        lines.append(f"| {result.gold} | {speed['sentences_per_s']} | {speed['words_per_s']} | "
                     f"{speed['events_per_s']} | {speed['parse_share']:.0%} |")
    lines += ["", END]
    section = "\n".join(lines)
    print(section)
    if args.report:
        write_reports(results, args.report)
    if not args.no_write:
        path = ROOT / "benchmarks" / "RESULTS.md"
        text = path.read_text(encoding="utf-8")
        if START in text and END in text:
            text = text[:text.index(START)] + section + text[text.index(END) + len(END):]
        else:
            text = text.rstrip("\n") + "\n\n## Standing benchmarks (`eventlib bench` scoring)\n\n" + section + "\n"
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
