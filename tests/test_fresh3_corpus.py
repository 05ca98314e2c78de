"""The third fresh corpus (written without running the coder or reading the rules): readable
gold, unique ids, valid codes, a fixed blind third, every root, and controls."""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

from benchmarks.constructions import part_of
from eventlib._taxonomy import load_taxonomy
from eventlib.bench import read_gold

PATH = Path(__file__).parent / "data" / "fresh3" / "fresh3.jsonl"
RECORDS = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line]
CATEGORIES = {"headlines", "body", "casualty_body", "multi"}


def test_reads_as_gold() -> None:
    """The file is gold the bench reader accepts, exactly 400 sentences."""
    assert len(list(read_gold(PATH))) == len(RECORDS) == 400


def test_ids_unique_and_in_order() -> None:
    """Ids are numbered fresh3-001, fresh3-002, ... in file order."""
    assert [r["id"] for r in RECORDS] == [f"fresh3-{n:03d}" for n in range(1, len(RECORDS) + 1)]


def test_categories_and_complete_events() -> None:
    """Every record names a category; every gold event has a source, a CAMEO code and a country."""
    assert {r["category"] for r in RECORDS} == CATEGORIES
    taxonomy = load_taxonomy()
    bad = [g for r in RECORDS for g in r["expected"]
           if not (g.get("source") and g.get("country") and taxonomy.is_cameo(g.get("code", "")))]
    assert bad == []


def test_multi_sentences_carry_several_events() -> None:
    """Every sentence of the multi category has at least two gold events."""
    assert [r["id"] for r in RECORDS if r["category"] == "multi" and len(r["expected"]) < 2] == []


def test_fatalities_are_counts_of_violence() -> None:
    """Fatalities, where given, are positive whole numbers on violent events (repression, 175, included)."""
    given = [g for r in RECORDS for g in r["expected"] if "fatalities" in g]
    assert given and all(isinstance(g["fatalities"], int) and g["fatalities"] > 0 for g in given)
    assert all(g["code"][:2] in ("18", "19", "20") or g["code"] == "175" for g in given)


def test_blind_third_and_controls() -> None:
    """About a third of the corpus is blind by the hash of its id; at least 20 controls say no event."""
    share = sum(part_of(r["id"]) == "blind" for r in RECORDS) / len(RECORDS)
    assert 0.28 < share < 0.39
    assert sum(not r["expected"] for r in RECORDS) >= 20


def test_every_root_covered() -> None:
    """At least 5 gold events for each CAMEO root 01-20, and at least 7 body sentences per root."""
    roots = collections.Counter(g["code"][:2] for r in RECORDS for g in r["expected"])
    assert {root: roots[root] for root in (f"{n:02d}" for n in range(1, 21)) if roots[root] < 5} == {}
    body = collections.Counter(root for r in RECORDS if r["category"] == "body"
                               for root in {g["code"][:2] for g in r["expected"]})
    assert {root: body[root] for root in (f"{n:02d}" for n in range(1, 21)) if body[root] < 7} == {}


def test_category_sizes() -> None:
    """130 headlines, 170 body, 60 casualty_body and 40 multi sentences, in that order in the file."""
    order = [r["category"] for r in RECORDS]
    sizes = {"headlines": 130, "body": 170, "casualty_body": 60, "multi": 40}
    assert order == [c for c, n in sizes.items() for _ in range(n)]


def test_dates_and_countries() -> None:
    """Publication dates are ISO dates from 2003 to 2026; events happen in at least 90 countries and territories."""
    assert all(re.fullmatch(r"20(0[3-9]|1\d|2[0-6])-\d\d-\d\d", r["date"]) for r in RECORDS)
    assert len({g["country"] for r in RECORDS for g in r["expected"]}) >= 90
