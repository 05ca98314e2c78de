"""The wire corpus: readable gold, unique ids, valid codes, a fixed blind third, every root and controls."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from benchmarks.constructions import part_of
from eventlib._taxonomy import load_taxonomy
from eventlib.bench import read_gold

CORPUS = Path(__file__).parent / "data" / "wire"
FILES = sorted(CORPUS.glob("*.jsonl"))
RECORDS = [json.loads(line) for path in FILES for line in path.read_text(encoding="utf-8").splitlines() if line]
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def test_corpus_present() -> None:
    """The corpus has its file and at least 300 sentences."""
    assert FILES
    assert len(RECORDS) >= 300


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_file_reads_as_gold(path: Path) -> None:
    """Each corpus file is gold the bench reader accepts."""
    assert len(list(read_gold(path))) == len(path.read_text(encoding="utf-8").splitlines())


def test_ids_unique_and_in_order() -> None:
    """Ids are unique and numbered wire-001, wire-002, ... in file order."""
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert ids == [f"wire-{n:03d}" for n in range(1, len(ids) + 1)]


def test_records_are_wire() -> None:
    """Every record is of category 'wire', and every gold event has a source, a code and a country."""
    assert {r["category"] for r in RECORDS} == {"wire"}
    incomplete = [g for r in RECORDS for g in r["expected"]
                  if not (g.get("source") and g.get("code") and g.get("country"))]
    assert incomplete == []


def test_codes_are_cameo() -> None:
    """Every gold code is a CAMEO code."""
    assert [g["code"] for r in RECORDS for g in r["expected"] if not load_taxonomy().is_cameo(g["code"])] == []


def test_fatalities_are_counts() -> None:
    """Fatalities, where given, are positive whole numbers on violent events."""
    given = [g for r in RECORDS for g in r["expected"] if "fatalities" in g]
    assert given
    assert all(isinstance(g["fatalities"], int) and g["fatalities"] > 0 for g in given)
    assert all(g["code"][:2] in ("18", "19", "20") for g in given)


def test_blind_third() -> None:
    """About a third of the corpus is blind, by the hash of its id."""
    share = sum(part_of(r["id"]) == "blind" for r in RECORDS) / len(RECORDS)
    assert 0.28 < share < 0.39


def test_every_root_covered() -> None:
    """At least 12 gold events for each CAMEO root 01-20."""
    roots = collections.Counter(g["code"][:2] for r in RECORDS for g in r["expected"])
    assert {root: roots[root] for root in ROOTS if roots[root] < 12} == {}


def test_controls() -> None:
    """At least 15 controls: sentences whose gold says no event."""
    assert sum(not r["expected"] for r in RECORDS) >= 15
