"""Accuracy of the built-in coder on the seeds gold and on PLOVER's gold-standard sentences.

    python benchmarks/accuracy.py [--shared ../shared] [--rules FILE ...] [--no-builtin]

Construction corpus (``tests/data/constructions``): see ``benchmarks/constructions.py``.

Seeds (``seeds/gold.jsonl``): event-level precision / recall / F1 of (source, target, code)
at the full code and at the root, matched one-to-one within each sentence.

PLOVER GSR dev (``../shared/data/plover-gsr/gsr_dev.jsonl``): each sentence has one gold
PLOVER event and source actors (ISO3, or IGO / NGO). A sentence is right when some event
coded from it has that PLOVER event (through the taxonomy's crosswalk) and a source whose
country (or IGO / NGO) is a gold source. Precision: the share of emitted events with the
sentence's PLOVER event and a gold source. The GSR uses draft PLOVER names, mapped to v0.8:
DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE.
"""

from __future__ import annotations

import argparse
import collections
import json
import platform
import sys
import time
from pathlib import Path

import constructions  # benchmarks/constructions.py: the construction corpus, development and blind parts

from eventlib import Article, Coder, Event, taxonomy

ROOT = Path(__file__).resolve().parent.parent
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def actor_group(code: str) -> str:
    """The country of an actor code, or IGO / NGO for international bodies."""
    if code[:3] in ("IGO", "NGO"):
        return code[:3]
    return code[:3]


def plover(code: str) -> str:
    return taxonomy.cameo(code).plover_event


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def code_sentences(coder: Coder, records: list[dict]) -> tuple[list[list[Event]], float]:
    """Events of each record's text, coded as a one-sentence article on its date."""
    articles = [Article(id=f"r{n}", text=r["text"], date=r.get("date") or "2000-01-01") for n, r in enumerate(records)]
    start = time.perf_counter()
    coded = [c.events for c in coder.code(articles)]
    return coded, time.perf_counter() - start


def gsr_report(coder: Coder, path: Path) -> dict:
    records = read_jsonl(path)
    coded, seconds = code_sentences(coder, records)
    right = emitted = correct_events = 0
    per_event: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    confusions: collections.Counter = collections.Counter()
    for record, events in zip(records, coded):
        gold = OLD_PLOVER.get(record["event"], record["event"])
        sources = {s["code"][:3] for s in record["source"]}
        hits = [e for e in events
                if plover(e.cameo_code) == gold and e.source and actor_group(e.source.code) in sources]
        per_event[gold]["sentences"] += 1
        per_event[gold]["right"] += bool(hits)
        emitted += len(events)
        for event in events:
            good = plover(event.cameo_code) == gold and event.source and actor_group(event.source.code) in sources
            correct_events += bool(good)
            per_event[plover(event.cameo_code)]["emitted"] += 1
            per_event[plover(event.cameo_code)]["emitted_right"] += bool(good)
        if not any(plover(e.cameo_code) == gold for e in events):
            confusions[(gold, plover(events[0].cameo_code) if events else "(none)")] += 1
        right += bool(hits)
    return {"sentences": len(records), "right": right, "emitted": emitted, "correct_events": correct_events,
            "per_event": per_event, "confusions": confusions, "seconds": seconds}


def _match(system: list[tuple[str, str, str]], gold: list[tuple[str, str, str]], level: int | None) -> int:
    """One-to-one matches of (source, target, code) triples; ``level`` cuts codes to a prefix."""
    def key(t: tuple[str, str, str]) -> tuple[str, str, str]:
        return (t[0], t[1], t[2][:level] if level else t[2])
    remaining = collections.Counter(key(g) for g in gold)
    found = 0
    for item in system:
        if remaining[key(item)] > 0:
            remaining[key(item)] -= 1
            found += 1
    return found


def seeds_report(coder: Coder, seeds: Path) -> dict:
    articles = {a["id"]: a for a in read_jsonl(seeds / "articles.jsonl")}
    gold = read_jsonl(seeds / "gold.jsonl")
    start = time.perf_counter()
    by_article = {c.article.id: c.events for c in coder.code(
        Article(id=a["id"], text=a["text"], date=a["date"], title=a.get("title", "")) for a in articles.values())}
    seconds = time.perf_counter() - start
    totals = {level: collections.Counter() for level in ("code", "root")}
    per_root: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses: list[str] = []
    for record in gold:
        events = [e for e in by_article[record["article_id"]]
                  if record["text"].strip() in e.sentence or e.sentence in record["text"]]
        system = [(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo_code) for e in events]
        expected = [(x["source"], x["target"] or "", x["code"]) for x in record["expected"]]
        for level, cut in (("code", None), ("root", 2)):
            totals[level]["system"] += len(system)
            totals[level]["gold"] += len(expected)
            totals[level]["match"] += _match(system, expected, cut)
        for item in expected:
            per_root[item[2][:2]]["gold"] += 1
            per_root[item[2][:2]]["found"] += _match(system, [item], 2)
        for item in system:
            per_root[item[2][:2]]["system"] += 1
        if _match(system, expected, 2) < max(len(expected), len(system)):
            misses.append(f"{record['id']}: gold {expected} system {system}")
    return {"totals": totals, "per_root": per_root, "misses": misses, "seconds": seconds,
            "sentences": len(gold)}


def prf(match: int, system: int, gold: int) -> tuple[float, float, float]:
    p = match / system if system else 0.0
    r = match / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--rules", action="append", default=[])
    parser.add_argument("--actors", action="append", default=[])
    parser.add_argument("--no-builtin", action="store_true")
    parser.add_argument("--misses", action="store_true", help="List the seeds sentences coded wrong.")
    args = parser.parse_args(argv)
    coder = Coder(rulesets=args.rules, actors=args.actors, builtin=not args.no_builtin)
    print(f"# accuracy run {time.strftime('%Y-%m-%d')} on {platform.machine()} {platform.processor() or ''}, "
          f"Python {platform.python_version()}, {coder.engine.rule_count} rules, {len(coder.dictionary)} actor phrases")
    seeds = seeds_report(coder, ROOT / "seeds")
    print(f"\n## Seeds gold ({seeds['sentences']} sentences, {seeds['seconds']:.1f} s)")
    print("| level | precision | recall | F1 | system | gold | matched |\n|---|---|---|---|---|---|---|")
    for level, counts in seeds["totals"].items():
        p, r, f = prf(counts["match"], counts["system"], counts["gold"])
        print(f"| {level} | {p:.3f} | {r:.3f} | {f:.3f} | {counts['system']} | {counts['gold']} | {counts['match']} |")
    print("\n| root | gold | found | system |\n|---|---|---|---|")
    for root in sorted(seeds["per_root"]):
        c = seeds["per_root"][root]
        print(f"| {root} | {c['gold']} | {c['found']} | {c['system']} |")
    if args.misses:
        print("\n" + "\n".join(seeds["misses"]))
    print("\n" + constructions.report(coder))
    gsr_path = Path(args.shared) / "data" / "plover-gsr" / "gsr_dev.jsonl"
    if not gsr_path.is_file():
        print(f"\n(gsr_dev.jsonl not found under {args.shared}; PLOVER figures skipped)")
        return 0
    gsr = gsr_report(coder, gsr_path)
    print(f"\n## PLOVER GSR dev ({gsr['sentences']} sentences, {gsr['seconds']:.1f} s)")
    print(f"sentences with the right PLOVER event and source country: {gsr['right']}/{gsr['sentences']} = "
          f"{gsr['right'] / gsr['sentences']:.3f}")
    precision = gsr["correct_events"] / gsr["emitted"] if gsr["emitted"] else 0.0
    print(f"precision over emitted events: {gsr['correct_events']}/{gsr['emitted']} = {precision:.3f}")
    print("\n| PLOVER event | sentences | right | recall | emitted | emitted right |\n|---|---|---|---|---|---|")
    for event, c in sorted(gsr["per_event"].items()):
        recall = c["right"] / c["sentences"] if c["sentences"] else 0.0
        print(f"| {event} | {c['sentences']} | {c['right']} | {recall:.2f} | {c['emitted']} | {c['emitted_right']} |")
    print("\nWorst confusions (gold -> first system event, sentences):")
    for (gold, system), count in gsr["confusions"].most_common(10):
        print(f"- {gold} -> {system}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
