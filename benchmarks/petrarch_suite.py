"""The PETRARCH unit-test suite coded by eventlib with the suite's own TABARI / PETRARCH dictionaries.

    python benchmarks/petrarch_suite.py --out preds.jsonl [--data ../shared/data/petrarch2]

Codes every record of ``validation.jsonl`` with the four ``PETR.Validate.*`` dictionaries only
(no built-in rules or actors), honouring each record's settings: ``require_dyad`` (default
true: events need a source and a target; when false a missing actor is written ``---``),
``new_actor_length`` (default 0: a short noun phrase that names no known actor is coded as a new
actor, written as its words in capitals within double quotes, as PETRARCH does) and ``comma_*``
(short comma-delimited clauses are dropped before coding, as TABARI does:
:mod:`eventlib.rules.petrarch.commas`). Writes one prediction line per record in file order
(``{"id", "occurrence", "predicted": [...]}``) and prints the exact-match rate (the set of
source-target-code triples equals the expected set) overall and per category, and event-level
precision and recall (one-to-one matching), beside PETRARCH-2's figures on the same records
from ``petrarch2_baseline_predictions.jsonl``.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from eventlib import Actor, Coder
from eventlib.rules.petrarch.commas import CommaSettings, delete_comma_clauses

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "petrarch2"

Triple = tuple[str, str, str]


def _truthy(value: object) -> bool:
    return str(value).strip().lower() == "true"


def _triples(items: list[dict[str, str]]) -> list[Triple]:
    return [(item["source"], item["target"], item["code"]) for item in items]


def _written(actor: Actor | None) -> str:
    """An actor as the suite writes it: its code; a new actor, its name in capitals and quotes."""
    if actor is None:
        return "---"
    return f'"{actor.name.upper()}"' if actor.code == "---" else actor.code


def predict(coder: Coder, record: dict) -> list[Triple]:  # type: ignore[type-arg]
    """The (source, target, code) triples eventlib codes for one suite record."""
    config = record.get("config", {})
    dyad = _truthy(config.get("require_dyad", "true"))
    coder.new_actor_length = int(config.get("new_actor_length", 0) or 0)
    found: list[Triple] = []
    text = delete_comma_clauses(record["text"], CommaSettings.of(config))
    for event in coder.code_text(text, record["date"], article_id=record["id"]):
        if dyad and (event.source is None or event.target is None):
            continue
        triple = (_written(event.source), _written(event.target), event.cameo_code)
        if triple not in found:
            found.append(triple)
    return found


def score(expected: list[list[Triple]], predicted: list[list[Triple]]) -> dict[str, float]:
    """Exact-match rate and event-level precision and recall (multiset intersection per record)."""
    exact = sum(set(e) == set(p) for e, p in zip(expected, predicted))
    matched = sum(sum((collections.Counter(e) & collections.Counter(p)).values()) for e, p in zip(expected, predicted))
    emitted = sum(len(p) for p in predicted)
    gold = sum(len(e) for e in expected)
    return {"exact": exact / len(expected), "exact_count": exact, "precision": matched / emitted if emitted else 0.0,
            "recall": matched / gold if gold else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="where to write the predictions (JSONL)")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the folder of validation.jsonl and PETR.Validate.*")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "validation.jsonl").is_file():
        print(f"error: {data / 'validation.jsonl'} not found; give --data", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in (data / "validation.jsonl").read_text(encoding="utf-8").splitlines()]
    start = time.perf_counter()
    coder = Coder(rulesets=[f"petrarch:{data / 'PETR.Validate.verbs.txt'}"],
                  actors=[f"petrarch:{data / 'PETR.Validate.actors.txt'}",
                          f"petrarch-agents:{data / 'PETR.Validate.agents.txt'}"],
                  discards=[f"petrarch:{data / 'PETR.Validate.discards.txt'}"], builtin=False, locations=False)
    load = time.perf_counter() - start
    seen: collections.Counter[str] = collections.Counter()
    predicted: list[list[Triple]] = []
    start = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for record in records:
            triples = predict(coder, record)
            predicted.append(triples)
            out.write(json.dumps({"id": record["id"], "occurrence": seen[record["id"]],
                                  "predicted": [{"source": s, "target": t, "code": c} for s, t, c in triples]}) + "\n")
            seen[record["id"]] += 1
    seconds = time.perf_counter() - start
    expected = [_triples(r["expected"]) for r in records]
    baseline_path = data / "petrarch2_baseline_predictions.jsonl"
    baseline = None
    if baseline_path.is_file():
        lines = [json.loads(line) for line in baseline_path.read_text(encoding="utf-8").splitlines()]
        baseline = [_triples(line["predicted"]) for line in lines]
    ours = score(expected, predicted)
    theirs = score(expected, baseline) if baseline else None
    print(f"PETRARCH unit-test suite: {len(records)} records; dictionaries loaded in {load:.1f} s, "
          f"coded in {seconds:.1f} s")
    print("| measure | eventlib | PETRARCH-2 |\n|---|---|---|")
    for key, label in (("exact", "records coded exactly"), ("precision", "event precision"),
                       ("recall", "event recall")):
        other = f"{theirs[key]:.3f}" if theirs else "-"
        print(f"| {label} | {ours[key]:.3f} | {other} |")
    print("\n| category | records | eventlib exact | PETRARCH-2 exact |\n|---|---|---|---|")
    categories = sorted({r["category"] for r in records})
    for category in categories:
        rows = [i for i, r in enumerate(records) if r["category"] == category]
        mine = sum(set(expected[i]) == set(predicted[i]) for i in rows)
        other = str(sum(set(expected[i]) == set(baseline[i]) for i in rows)) if baseline else "-"
        print(f"| {category} | {len(rows)} | {mine} | {other} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
