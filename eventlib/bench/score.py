"""Scoring coded events against gold events.

Matching is one-to-one within each gold record: a gold event and a system event match at a
level when they agree on that level's fields; each event matches at most once, and the matching
is the largest possible (augmenting paths), so no event is counted twice and none is lost to
the order events come in. A gold event that leaves a field empty
is not scored at levels that need it, and neither are the system events of records whose gold
lacks that field. Actor fields are compared at the gold's granularity: a three-letter gold
actor ("TUR", "IGO") is compared with the system actor's country (or IGO / NGO), a longer one
with the full code.
"""

from __future__ import annotations

import collections
import math
from collections.abc import Sequence

import attrs

from .._taxonomy import load_taxonomy
from ..records import Event, Location
from ..situate.gazetteer import load_gazetteer, place_key
from .gold import GoldEvent, GoldRecord

#: Levels of matching: name -> gold fields it needs.
LEVELS: dict[str, tuple[str, ...]] = {
    "root": ("code",), "base": ("code",), "code": ("code",), "plover": ("plover",),
    "root+actors": ("code", "source"), "code+actors": ("code", "source"), "plover+actors": ("plover", "source"),
}

__all__ = ["LEVELS", "PRF", "Score", "same_place", "score"]


@attrs.frozen
class PRF:
    """Matched, system and gold counts with precision, recall and F1 (0 when undefined)."""

    matched: int
    system: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"matched": self.matched, "system": self.system, "gold": self.gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def actor_key(system: str, gold: str) -> str:
    """The system actor code cut to the gold's granularity ('TURGOV' vs gold 'TUR' -> 'TUR')."""
    if len(gold) == 3 and system:
        if system[:3] in ("IGO", "NGO"):
            return system[:3]
        return system[:3]
    return system


def _plover(code: str) -> str:
    taxonomy = load_taxonomy()
    return taxonomy.cameo(code).plover_event if taxonomy.is_cameo(code) else ""


def _gold_code(gold: GoldEvent, level: str) -> str:
    if level.startswith("root"):
        return gold.code[:2]
    if level.startswith("base"):
        return gold.code[:3]
    return gold.code


def _system_code(event: Event, gold: GoldEvent, level: str) -> str:
    if level.startswith("root"):
        return event.cameo_code[:2]
    if level.startswith("base"):
        return event.cameo_code[:3]
    if len(gold.code) == 2:  # a gold root is matched at the root
        return event.cameo_code[:2]
    return event.cameo_code


def _keys(level: str, gold: GoldEvent, event: Event | None) -> tuple[str, ...]:
    """The tuple a gold event (``event`` None) or a system event is matched on at ``level``."""
    if level.startswith("plover"):
        what = gold.plover if event is None else _plover(event.cameo_code)
    else:
        what = _gold_code(gold, level) if event is None else _system_code(event, gold, level)
    if not level.endswith("+actors"):
        return (what,)
    if event is None:
        return (what, gold.source, gold.target)
    source = actor_key(event.source.code if event.source else "", gold.source)
    target = actor_key(event.target.code if event.target else "", gold.target) if gold.target else ""
    return (what, source, target)


def _match_level(gold: Sequence[GoldEvent], system: Sequence[Event], level: str) -> PRF:
    """The largest one-to-one matching of system to gold events agreeing at ``level`` (augmenting paths)."""
    needed = LEVELS[level]
    usable = [g for g in gold if getattr(g, needed[0])]
    if not usable and gold:
        return PRF(0, 0, 0)
    wanted = [_keys(level, g, None) for g in usable]
    fits = [[j for j, g in enumerate(usable) if _keys(level, g, event) == wanted[j]] for event in system]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    matched = sum(assign(i, set()) for i in range(len(system)))
    return PRF(matched, len(system), len(usable))


def _sum(scores: Sequence[PRF]) -> PRF:
    return PRF(sum(s.matched for s in scores), sum(s.system for s in scores), sum(s.gold for s in scores))


@attrs.frozen
class Pair:
    """A gold event and the system event paired with it (either may be missing)."""

    record: str
    gold: GoldEvent | None
    system: Event | None


@attrs.frozen
class Score:
    """Every figure of one benchmark run."""

    levels: dict[str, PRF]
    per_category: dict[str, PRF]
    confusion: dict[tuple[str, str], int]
    actors: dict[str, tuple[int, int]]
    location: dict[str, tuple[int, int]]
    dates: tuple[int, int]
    missed: list[Pair]
    invented: list[Pair]
    records: int

    def as_dict(self) -> dict[str, object]:
        """All figures as plain data (for the JSON report)."""
        def share(pair: tuple[int, int]) -> dict[str, float]:
            right, total = pair
            return {"right": right, "total": total, "accuracy": round(right / total, 4) if total else 0.0}

        return {
            "records": self.records,
            "levels": {k: v.as_dict() for k, v in self.levels.items()},
            "per_category": {k: v.as_dict() for k, v in self.per_category.items()},
            "confusion": [{"gold": g, "system": s, "count": n} for (g, s), n in sorted(self.confusion.items())],
            "actors": {k: share(v) for k, v in self.actors.items()},
            "location": {k: share(v) for k, v in self.location.items()},
            "dates": share(self.dates),
            "missed": [_pair_dict(p) for p in self.missed],
            "invented": [_pair_dict(p) for p in self.invented],
        }


def _pair_dict(pair: Pair) -> dict[str, object]:
    out: dict[str, object] = {"record": pair.record}
    if pair.gold is not None:
        out["gold"] = {k: v for k, v in attrs.asdict(pair.gold).items() if v not in ("", None)}
        out["gold"] = {k: (str(v) if k == "date" else v) for k, v in out["gold"].items()}  # type: ignore[union-attr]
    if pair.system is not None:
        e = pair.system
        out["system"] = {"source": e.source.code if e.source else "", "target": e.target.code if e.target else "",
                         "code": e.cameo_code, "rule_id": e.rule_id, "sentence": e.sentence}
    return out


def _category(gold: GoldEvent | None, event: Event | None) -> str:
    if gold is not None:
        return gold.code[:2] if gold.code else gold.plover
    assert event is not None
    return event.cameo_code[:2]


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _pairs(record: GoldRecord, system: Sequence[Event]) -> tuple[list[tuple[GoldEvent, Event]], list[GoldEvent],
                                                                 list[Event]]:
    """Pairs by category (root, else PLOVER), preferring agreeing actors; leftovers on both sides."""
    def category_of(event: Event, gold: GoldEvent) -> str:
        return event.cameo_code[:2] if gold.code else _plover(event.cameo_code)

    free = list(system)
    pairs: list[tuple[GoldEvent, Event]] = []
    unmatched: list[GoldEvent] = []
    for gold in record.events:
        want = gold.code[:2] if gold.code else gold.plover
        candidates = [e for e in free if category_of(e, gold) == want] if want else []
        if not candidates:
            unmatched.append(gold)
            continue
        best = max(candidates, key=lambda e: (actor_key(e.source.code if e.source else "", gold.source) == gold.source,
                                              actor_key(e.target.code if e.target else "", gold.target) == gold.target))
        free.remove(best)
        pairs.append((gold, best))
    return pairs, unmatched, free


@attrs.define
class _Tally:
    """The counts of one scoring run, gathered record by record before they become a :class:`Score`."""

    per_level: dict[str, list[PRF]] = attrs.field(factory=lambda: {level: [] for level in LEVELS})
    category_gold: collections.Counter[str] = attrs.field(factory=collections.Counter)
    category_system: collections.Counter[str] = attrs.field(factory=collections.Counter)
    category_matched: collections.Counter[str] = attrs.field(factory=collections.Counter)
    confusion: collections.Counter[tuple[str, str]] = attrs.field(factory=collections.Counter)
    actors: collections.Counter[str] = attrs.field(factory=collections.Counter)
    location: collections.Counter[str] = attrs.field(factory=collections.Counter)
    dates: list[int] = attrs.field(factory=lambda: [0, 0])
    missed: list[Pair] = attrs.field(factory=list)
    invented: list[Pair] = attrs.field(factory=list)


def _count_levels(tally: _Tally, record: GoldRecord, events: Sequence[Event]) -> None:
    """Add the record's matching at every level; with no gold event every system event is a false positive."""
    for level in LEVELS:
        tally.per_level[level].append(_match_level(record.events, events, level) if record.events
                                      else PRF(0, len(events), 0))


def _count_actor(actors: collections.Counter[str], side: str, gold_code: str, code: str) -> None:
    """Count one side's actor code right or wrong in full, by country and (for a longer gold) by role."""
    actors[f"{side} code total"] += 1
    actors[f"{side} code right"] += actor_key(code, gold_code) == gold_code
    actors[f"{side} country total"] += 1
    actors[f"{side} country right"] += code[:3] == gold_code[:3]
    if len(gold_code) > 3:
        actors[f"{side} role total"] += 1
        actors[f"{side} role right"] += code[3:6] == gold_code[3:6]


def _count_actors(actors: collections.Counter[str], gold: GoldEvent, event: Event) -> None:
    """Count the source and target of a paired event against the gold's (sides the gold leaves empty skipped)."""
    for side, gold_code, actor in (("source", gold.source, event.source), ("target", gold.target, event.target)):
        if gold_code:
            _count_actor(actors, side, gold_code, actor.code if actor else "")


def _coordinates(place: Location | None) -> tuple[float, float] | None:
    """The place's latitude and longitude, or None when it lacks either."""
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


def same_place(name: str, country: str, gold_name: str, gold_country: str = "") -> bool:
    """Whether a coded place (``name`` as the gazetteer writes it, in ``country``) is the place the gold
    calls ``gold_name`` (in ``gold_country``, when given): the same name, case, accents and punctuation
    aside ('Brasília', 'Brasilia'), or a place of that country the gazetteer also calls ``gold_name``
    ('Khān Yūnis' for 'Khan Younis', 'Ar Raqqah' for 'Raqqa'). A region named after its city ('Kyiv
    region') is not the city, nor is a namesake in another country."""
    if not name or not gold_name or (gold_country and country != gold_country):
        return False
    key = place_key(name)
    if key == place_key(gold_name):
        return True
    return any(place_key(place.name) == key and place.country == country
               for place in load_gazetteer().candidates(gold_name))


def _count_location(location: collections.Counter[str], gold: GoldEvent, place: Location | None,
                    place_km: float) -> None:
    """Count the paired event's country, place name and distance against the gold location's given fields."""
    if gold.location_country:
        location["country total"] += 1
        location["country right"] += (place.country if place else "") == gold.location_country
    if gold.location_name:
        location["place total"] += 1
        location["place right"] += bool(place) and same_place(place.name, place.country, gold.location_name,
                                                                 gold.location_country)
    if gold.latitude is not None and gold.longitude is not None:
        location["within total"] += 1
        where = _coordinates(place)
        if where is not None:
            location["within right"] += _distance_km((gold.latitude, gold.longitude), where) <= place_km


def _count_pair(tally: _Tally, gold: GoldEvent, event: Event, place_km: float) -> None:
    """Count a gold event and its paired system event: category, actors, location and date."""
    category = _category(gold, None)
    tally.category_matched[category] += 1
    tally.category_gold[category] += 1
    tally.category_system[category] += 1
    tally.confusion[(category, category)] += 1
    _count_actors(tally.actors, gold, event)
    _count_location(tally.location, gold, event.location, place_km)
    if gold.date is not None:
        tally.dates[1] += 1
        tally.dates[0] += event.date == gold.date


def _count_missed(tally: _Tally, record: GoldRecord, unmatched: list[GoldEvent], leftover: list[Event]) -> None:
    """Count unpaired gold events as missed, each confused with the next leftover system event (taken from it)."""
    for gold in unmatched:
        category = _category(gold, None)
        tally.category_gold[category] += 1
        other = leftover.pop(0) if leftover else None
        if other is not None:
            got = _category(None, other) if gold.code else _plover(other.cameo_code)
            tally.category_system[got] += 1
            tally.confusion[(category, got)] += 1
        else:
            tally.confusion[(category, "none")] += 1
        tally.missed.append(Pair(record.id, gold, other))


def _count_invented(tally: _Tally, record: GoldRecord, leftover: Sequence[Event]) -> None:
    """Count the system events left over as invented, by root (or PLOVER event for PLOVER-only gold)."""
    by_root = any(g.code for g in record.events) or not record.events
    for event in leftover:
        category = event.cameo_code[:2] if by_root else _plover(event.cameo_code)
        tally.category_system[category] += 1
        tally.confusion[("none", category)] += 1
        tally.invented.append(Pair(record.id, None, event))


def _count_record(tally: _Tally, record: GoldRecord, events: Sequence[Event], place_km: float) -> None:
    """Count one gold record and the events coded from it."""
    _count_levels(tally, record, events)
    pairs, unmatched, leftover = _pairs(record, events)
    for gold, event in pairs:
        _count_pair(tally, gold, event, place_km)
    _count_missed(tally, record, unmatched, leftover)
    _count_invented(tally, record, leftover)


def _shares(counts: collections.Counter[str]) -> dict[str, tuple[int, int]]:
    """Each 'NAME total' count as NAME -> (right, total), in the order the totals were first counted."""
    return {k[:-6]: (counts[k[:-6] + " right"], counts[k]) for k in counts if k.endswith(" total")}


def _level_scores(per_level: dict[str, list[PRF]]) -> dict[str, PRF]:
    """The summed levels some gold was scored at; with none, the false positives at the basic levels."""
    levels = {level: _sum(results) for level, results in per_level.items() if any(r.gold for r in results)}
    if not levels:  # gold of sentences with no events: show the false positives at the basic levels
        levels = {level: _sum(per_level[level]) for level in ("root", "base", "code", "plover")}
    return levels


def _final(tally: _Tally, records: int) -> Score:
    """The score of the gathered counts over ``records`` records."""
    categories = sorted(set(tally.category_gold) | set(tally.category_system))
    return Score(
        levels=_level_scores(tally.per_level),
        per_category={c: PRF(tally.category_matched[c], tally.category_system[c], tally.category_gold[c])
                      for c in categories},
        confusion=dict(tally.confusion), actors=_shares(tally.actors), location=_shares(tally.location),
        dates=(tally.dates[0], tally.dates[1]), missed=tally.missed, invented=tally.invented, records=records)


def score(records: Sequence[GoldRecord], coded: Sequence[Sequence[Event]],
          place_km: float = 25.0) -> Score:
    """Score the events coded from each record (``coded[i]`` for ``records[i]``)."""
    tally = _Tally()
    for record, events in zip(records, coded, strict=True):
        _count_record(tally, record, events, place_km)
    return _final(tally, len(records))
