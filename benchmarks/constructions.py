"""Accuracy on the construction corpus (``tests/data/constructions/*.jsonl``), development and blind parts.

    python benchmarks/constructions.py [--misses] [--corpus FOLDER]

The corpus is ours: news-style sentences written for the constructions news uses (casualty reports,
nominal events, reciprocal actions, modal statements, copular predicates, transfers, and every
CAMEO root), each with gold events. Every sentence is in the development part or the **blind** part
by a hash of its id (a third blind), fixed before any rule was written for it; rules are developed
against the development part only, and ``--misses`` lists only its misses. Both parts are reported.
``--corpus FOLDER`` scores another corpus of the same format instead (e.g. ``tests/data/wire``, the
wire-style corpus written after the rules), split into the same two parts by the same hash.

Per part and construction: hit (a sentence with gold events is right when some coded event has
the PLOVER category and the source country of one of its gold events, as for gsr_dev) and
precision (the share of coded events that match some gold event so; events coded from a sentence
whose gold says no event are all wrong). For casualty reports, also the share of violent gold
sentences whose coded events include a violent one with the gold's fatalities and country.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

from eventlib import Article, Coder, Event, taxonomy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "constructions"
PARTS = ("dev", "blind")


def part_of(record_id: str) -> str:
    """'blind' for a third of the ids (by a hash of the id), else 'dev'."""
    return "blind" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def read_corpus(folder: Path = CORPUS) -> list[dict]:
    """Every record of the corpus files, in file and line order."""
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(code: str, actor: str) -> tuple[str, str]:
    """What a hit compares: the PLOVER category and the source's country (or IGO / NGO)."""
    return taxonomy.cameo(code).plover_event, actor[:3]


def _violent(code: str) -> bool:
    return code[:2] in ("18", "19", "20")


def _casualty_right(gold: list[dict], events: list[Event]) -> bool | None:
    """Whether a casualty report gave a violent event with the gold's fatalities and country (None: not one)."""
    wanted = [g for g in gold if _violent(g["code"]) and g.get("fatalities") and g.get("country")]
    if not wanted:
        return None
    return any(_violent(e.cameo_code) and e.fatalities == g["fatalities"] and e.location is not None
               and e.location.country == g["country"] for g in wanted for e in events)


def score(records: list[dict], coded: list[list[Event]]) -> dict[tuple[str, str], collections.Counter]:
    """Counts per (part, category) and per (part, 'all')."""
    counts: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for record, events in zip(records, coded):
        gold = record["expected"]
        keys = {_key(g["code"], g["source"]) for g in gold}
        system = [_key(e.cameo_code, e.source.code if e.source else "") for e in events]
        casualty = _casualty_right(gold, events) if record.get("category") == "casualties" else None
        for bucket in ((part_of(record["id"]), record.get("category", "")), (part_of(record["id"]), "all")):
            c = counts[bucket]
            c["sentences"] += 1
            c["with_events"] += bool(gold)
            c["hit"] += bool(gold) and any(k in keys for k in system)
            c["controls"] += not gold
            c["controls_silent"] += not gold and not events
            c["emitted"] += len(events)
            c["emitted_right"] += sum(k in keys for k in system)
            if casualty is not None:
                c["casualty_reports"] += 1
                c["casualty_right"] += casualty
    return counts


def code_corpus(coder: Coder, records: list[dict]) -> list[list[Event]]:
    """The events of each record, coded as a one-sentence article on its date."""
    articles = [Article(id=r["id"], text=r["text"], date=r["date"]) for r in records]
    return [c.events for c in coder.code(articles)]


def report(coder: Coder, misses: bool = False, corpus: Path = CORPUS) -> str:
    """The markdown section for the corpus (and the development part's misses when asked)."""
    records = read_corpus(corpus)
    if not records:
        return f"(no construction corpus under {corpus})"
    coded = code_corpus(coder, records)
    counts = score(records, coded)
    sizes = collections.Counter(part_of(r["id"]) for r in records)
    title = "Construction corpus" if corpus.resolve() == CORPUS else f"Corpus {corpus.name}"
    lines = [f"## {title} ({len(records)} sentences: {sizes['dev']} development, {sizes['blind']} blind)",
             "| part | construction | sentences | hit | precision | controls silent "
             "| casualty: violent + deaths + country |",
             "|---|---|---|---|---|---|---|"]
    categories = [*sorted({r.get("category", "") for r in records}), "all"]
    for category in categories:
        for part in PARTS:
            c = counts.get((part, category))
            if not c:
                continue
            hit = c["hit"] / c["with_events"] if c["with_events"] else 0.0
            precision = c["emitted_right"] / c["emitted"] if c["emitted"] else 0.0
            silent = f"{c['controls_silent']}/{c['controls']}" if c["controls"] else "-"
            casualty = (f"{c['casualty_right']}/{c['casualty_reports']} = "
                        f"{c['casualty_right'] / c['casualty_reports']:.2f}" if c["casualty_reports"] else "-")
            lines.append(f"| {part} | {category} | {c['sentences']} | {c['hit']}/{c['with_events']} = {hit:.3f} | "
                         f"{c['emitted_right']}/{c['emitted']} = {precision:.3f} | {silent} | {casualty} |")
    if misses:
        lines.append("\nDevelopment misses (the blind part's are never listed):")
        for record, events in zip(records, coded):
            if part_of(record["id"]) != "dev":
                continue
            keys = {_key(g["code"], g["source"]) for g in record["expected"]}
            system = [(e.source.code if e.source else "-", e.cameo_code, e.target.code if e.target else "-",
                       e.fatalities, e.location.country if e.location else "-", e.rule_id) for e in events]
            wrong = [s for s in system if _key(s[1], s[0] if s[0] != "-" else "") not in keys]
            if (record["expected"] and not any(_key(s[1], s[0] if s[0] != "-" else "") in keys for s in system)) \
                    or wrong:
                gold = [(g["source"], g["code"], g.get("target", ""), g.get("fatalities"), g.get("country"))
                        for g in record["expected"]]
                lines.append(f"- {record['id']} {record['text']}\n  gold {gold}\n  got  {system}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="List the development part's misses.")
    parser.add_argument("--corpus", type=Path, default=CORPUS, metavar="FOLDER",
                        help="Folder of *.jsonl gold to score (default: the construction corpus).")
    args = parser.parse_args(argv)
    corpus = args.corpus if args.corpus.is_absolute() or args.corpus.exists() else ROOT / args.corpus
    print(report(Coder(), misses=args.misses, corpus=corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
