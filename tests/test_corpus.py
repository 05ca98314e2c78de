"""The construction corpus: readable gold, unique ids, valid codes, and a fixed blind third."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.constructions import part_of
from eventlib._taxonomy import load_taxonomy
from eventlib.bench import read_gold

CORPUS = Path(__file__).parent / "data" / "constructions"
FILES = sorted(CORPUS.glob("*.jsonl"))
RECORDS = [json.loads(line) for path in FILES for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_file_reads_as_gold(path: Path) -> None:
    """Each corpus file is gold the bench reader accepts."""
    assert len(list(read_gold(path))) == len(path.read_text(encoding="utf-8").splitlines())


def test_ids_unique() -> None:
    """No id is used twice across the corpus."""
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))


def test_codes_are_cameo() -> None:
    """Every gold code is a CAMEO code."""
    assert [g["code"] for r in RECORDS for g in r["expected"] if not load_taxonomy().is_cameo(g["code"])] == []


def test_blind_third() -> None:
    """About a third of the corpus is blind, by the hash of its id."""
    share = sum(part_of(r["id"]) == "blind" for r in RECORDS) / len(RECORDS)
    assert 0.28 < share < 0.39
