"""Event places on the place corpus (``tests/data/places/``, issue 16), development and blind parts.

    python benchmarks/places.py [--misses] [--corpus tests/data/places_fresh]

The corpus is ours: 45 multi-sentence news articles with a dateline for most, and a gold file with
one line per event sentence; each gold event has its place, country, date and a ``background`` flag
(an earlier event only recalled, in a relative clause or "in connection with ..."). Whole articles
are in the development or the **blind** part (``--corpus``: another folder of the same format, such as the
sixth session's fresh articles), by the hash rule of the construction corpus applied
to the article id (``part_of``); ``--misses`` lists only the development part's errors.

Matching, per sentence: a gold event and a coded event match when they have the same source code
and CAMEO root, one to one, in gold order; new (non-background) gold events are matched first,
then background ones with the coded events left (a background gold event with no source matches
any source). Per part:

- hit: share of new gold events matched; precision: share of coded events (over the whole
  articles) matched to a new gold event; a coded event matched to a background gold event is
  wrong unless the coder flags it as background.
- over matched new events: place accuracy (``place_key`` names, or a name the gazetteer gives the coded
  place, as in ``where_when.py``), place
  precision / recall / F1 (a place is predicted when the coded event has a location name, and
  expected when the gold names one; a coded place that is only the country, where the gold knows only the
  country, names no place), country accuracy (a border event's ``alt_country`` counts
  too), date accuracy (event date) and precision accuracy.
- background rate: share of background gold events coded as new events (lower is better).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import attrs

from benchmarks.constructions import PARTS, part_of
from eventlib import Article, Coder, Event
from eventlib.bench import same_place as gazetteer_same_place
from eventlib.situate.gazetteer import place_key

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "places"
#: Whether the coder's events carry a background flag yet (issue 16, item 3).
HAS_BACKGROUND = "background" in attrs.fields_dict(Event)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def same_place(system: str, gold: str, country: str = "", gold_country: str = "") -> bool:
    """The same place name (``place_key``), a gold name inside the coded one, or a name the gazetteer gives
    the coded place in ``country`` ('Khan Younis' for 'Khān Yūnis': ``eventlib.bench.same_place``; not a
    namesake outside ``gold_country``)."""
    return (place_key(system) == place_key(gold) or (bool(gold) and place_key(gold) in place_key(system))
            or (bool(country) and gazetteer_same_place(system, country, gold, gold_country)))


def _in_sentence(event: Event, text: str) -> bool:
    return bool(event.sentence) and (text.strip() in event.sentence or event.sentence in text)


def _source(event: Event) -> str:
    return event.source.code if event.source else ""


def match(expected: list[dict], events: list[Event]) -> list[tuple[dict, Event | None]]:
    """Each gold event with its coded event (or None): same source and root, one to one, new events first."""
    used: set[int] = set()
    pairs: list[tuple[dict, Event | None]] = []
    for gold in [g for g in expected if not g["background"]] + [g for g in expected if g["background"]]:
        found = None
        for n, event in enumerate(events):
            same_source = _source(event) == gold["source"] or (gold["background"] and not gold["source"])
            if n not in used and same_source and event.cameo_code[:2] == gold["code"][:2]:
                used.add(n)
                found = event
                break
        pairs.append((gold, found))
    return pairs


def _coded_as_new(event: Event) -> bool:
    return not (HAS_BACKGROUND and getattr(event, "background", False))


def score(articles: list[dict], gold: list[dict], coded: dict[str, list[Event]],
          misses: list[str] | None = None) -> dict[str, collections.Counter]:
    """Counts per part ('dev', 'blind')."""
    counts = {part: collections.Counter() for part in PARTS}
    for article in articles:
        c = counts[part_of(article["id"])]
        events = coded[article["id"]]
        c["articles"] += 1
        c["coded"] += sum(_coded_as_new(e) for e in events)
        for record in (g for g in gold if g["article_id"] == article["id"]):
            c["sentences"] += 1
            here = [e for e in events if _in_sentence(e, record["text"])]
            for g, event in match(record["expected"], here):
                wrong = _judge(c, g, event)
                if misses is not None and wrong and part_of(article["id"]) == "dev":
                    got = (f"{_source(event)} {event.cameo_code} | {event.location.name if event.location else ''} "
                           f"{event.location.country if event.location else ''} | {event.date}") if event else "-"
                    misses.append(f"- {record['id']} {wrong}: gold {g['source']} {g['code']} | {g['place']} "
                                  f"{g['country']} | {g['event_date']}; got {got}\n  {record['text']}\n  ({g['note']})")
    return counts


def _judge(c: collections.Counter, g: dict, event: Event | None) -> list[str]:
    """Adds one gold event's counts; returns what was wrong with it."""
    if g["background"]:
        c["background"] += 1
        new = event is not None and _coded_as_new(event)
        c["background_coded"] += new
        return ["background coded as new"] if new else []
    c["gold"] += 1
    if event is None:
        return ["missed"]
    c["matched"] += 1
    name = event.location.name if event.location else ""
    country = event.location.country if event.location else ""
    if not g["place"] and g["country"] and country == g["country"] and event.location.precision == "country":
        name = ""  # gold that knows only the country, and a place that is only that country: no place named
    place_ok = same_place(name, g["place"], country, g["country"]) if g["place"] else not name
    c["place_ok"] += place_ok
    c["place_predicted"] += bool(name)
    c["place_expected"] += bool(g["place"])
    c["place_right"] += bool(name) and bool(g["place"]) and same_place(name, g["place"], country, g["country"])
    country_ok = country in {g["country"], g.get("alt_country", g["country"])}
    c["country_ok"] += country_ok
    c["date_ok"] += str(event.date) == g["event_date"]
    c["precision_ok"] += event.date_precision == g["date_precision"]
    return [k for k, ok in (("place", place_ok), ("country", country_ok),
                            ("date", str(event.date) == g["event_date"])) if not ok]


def figures(c: collections.Counter) -> dict[str, float]:
    """The reported figures of one part."""
    def ratio(a: float, b: float) -> float:
        return a / b if b else 0.0
    p, r = ratio(c["place_right"], c["place_predicted"]), ratio(c["place_right"], c["place_expected"])
    return {"hit": ratio(c["matched"], c["gold"]), "precision": ratio(c["matched"], c["coded"]),
            "place": ratio(c["place_ok"], c["matched"]), "place P": p, "place R": r,
            "place F1": ratio(2 * p * r, p + r), "country": ratio(c["country_ok"], c["matched"]),
            "date": ratio(c["date_ok"], c["matched"]), "date precision": ratio(c["precision_ok"], c["matched"]),
            "background rate": ratio(c["background_coded"], c["background"])}


def report(coder: Coder, misses: bool = False, corpus: Path = CORPUS) -> str:
    """The markdown table of both parts (and the development part's errors when asked) of the place corpus in
    ``corpus`` (``articles.jsonl`` and ``gold.jsonl``)."""
    articles = read_jsonl(corpus / "articles.jsonl")
    gold = read_jsonl(corpus / "gold.jsonl")
    coded = {c.article.id: list(c.events) for c in coder.code(
        Article(id=a["id"], text=a["text"], date=a["date"], title=a.get("title", "")) for a in articles)}
    wrong: list[str] | None = [] if misses else None
    counts = score(articles, gold, coded, wrong)
    names = list(figures(collections.Counter()))
    lines = ["| part | articles | sentences | new gold events | matched | coded | background gold | "
             + " | ".join(names) + " |", "|---" * (7 + len(names)) + "|"]
    for part in PARTS:
        c = counts[part]
        values = figures(c)
        lines.append(f"| {part} | {c['articles']} | {c['sentences']} | {c['gold']} | {c['matched']} | {c['coded']} | "
                     f"{c['background']} | " + " | ".join(f"{values[k]:.3f}" for k in names) + " |")
    if wrong is not None:
        lines.append("\nDevelopment errors (the blind part's are never listed):")
        lines.extend(wrong)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="List the development part's errors.")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="A folder with articles.jsonl and gold.jsonl (default: tests/data/places; the sixth "
                             "session's fresh articles are in tests/data/places_fresh).")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    print(f"# place corpus run {time.strftime('%Y-%m-%d')} ({args.corpus.name})")
    print(report(Coder(), misses=args.misses, corpus=args.corpus))
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
