"""Gold-coded sentences: eventlib's own JSONL format, and readers for the gold sets users have.

eventlib's gold format is JSONL, one sentence (or short text) per line::

    {"id": "s1", "text": "...", "date": "2018-02-08", "category": "optional label",
     "article_id": "optional: the article the sentence is from",
     "expected": [{"source": "TURGOV", "target": "RUSGOV", "code": "042", "plover": "CONSULT",
                   "location": {"name": "Sochi", "country": "RUS", "latitude": 43.6, "longitude": 39.7},
                   "event_date": "2018-02-07"}]}

Every field of an expected event is optional: ``source`` / ``target`` may be a full actor
code ("TURGOV") or a country ("TUR") or "IGO" / "NGO", and are compared at that granularity;
``code`` may be a full CAMEO code or a root ("04"); ``plover`` a PLOVER event. ``expected: []``
says the sentence has no event. The seeds gold (``seeds/gold.jsonl``: ``event_date``,
``location`` as a name with ``country``), the PETRARCH validation JSONL (``expected`` with
source/target/code) and the PLOVER gold-standard records (``event``, ``source`` and ``target``
lists) are read too; :func:`read_gold` tells them apart by their fields.

A record that names its article (``article_id``, as the seeds gold does) can be scored in the
context of its whole article: :func:`gold_articles` reads the articles (any input
:func:`eventlib.io.read_articles` reads; by default ``articles.jsonl`` beside the gold file) and
:func:`eventlib.bench.run_bench` codes each article once and gives every record the events of its
own sentence, so the dateline and the places and actors named earlier count, as they do for a user
who codes whole articles.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from .._errors import InputError
from ..io.inputs import read_articles
from ..records import Article, parse_date

#: PLOVER names of the draft the PLOVER gold-standard records use, and their v0.8 names.
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}

__all__ = ["ARTICLES_BESIDE", "GoldEvent", "GoldRecord", "articles_beside", "gold_articles", "read_gold"]

#: The articles file looked for beside a gold file whose records name their articles.
ARTICLES_BESIDE = "articles.jsonl"


@attrs.frozen
class GoldEvent:
    """One expected event; empty fields are not compared."""

    source: str = ""
    target: str = ""
    code: str = ""
    plover: str = ""
    location_name: str = ""
    location_country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    date: dt.date | None = None


@attrs.frozen
class GoldRecord:
    """A gold-coded text with its expected events."""

    id: str
    text: str
    date: dt.date
    events: tuple[GoldEvent, ...]
    category: str = ""
    article_id: str = ""


def _location(value: Any) -> tuple[str, str, float | None, float | None]:
    if isinstance(value, dict):
        country = value.get("country") or ""
        return (value.get("name") or "", country if len(country) == 3 else "", value.get("latitude"),
                value.get("longitude"))
    if isinstance(value, str):
        return value, "", None, None
    return "", "", None, None


def _text_field(raw: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = raw.get(key)
        if value not in (None, ""):
            if not isinstance(value, str):
                raise ValueError(f"field {key!r}: expected text, got {type(value).__name__} {value!r}")
            return value
    return ""


def _native_event(raw: Any) -> GoldEvent:
    if not isinstance(raw, dict):
        raise ValueError(f"expected events as JSON objects, got {type(raw).__name__}")
    name, country, lat, lon = _location(raw.get("location"))
    if not all(isinstance(v, (int, float)) or v is None for v in (lat, lon)) or not isinstance(name, str):
        raise ValueError("field 'location': expected a name and numeric latitude / longitude")
    country = _text_field(raw, "country") or (country if isinstance(country, str) else "")
    when = raw.get("event_date") or raw.get("date")
    plover = _text_field(raw, "plover", "plover_event")
    return GoldEvent(source=_text_field(raw, "source"), target=_text_field(raw, "target"),
                     code=_text_field(raw, "code"), plover=OLD_PLOVER.get(plover, plover),
                     location_name=name, location_country=country,
                     latitude=float(lat) if lat is not None else None,
                     longitude=float(lon) if lon is not None else None,
                     date=parse_date(when, "GoldEvent", "date") if when else None)


def _plover_events(raw: dict[str, Any]) -> tuple[GoldEvent, ...]:
    """A PLOVER gold-standard record: one event, its source and target lists expanded pairwise."""
    if not isinstance(raw["event"], str):
        raise ValueError(f"field 'event': expected a PLOVER event name, got {raw['event']!r}")
    event = OLD_PLOVER.get(raw["event"], raw["event"])
    sources = [_text_field(s, "code") for s in raw.get("source") or []] or [""]
    targets = [_text_field(t, "code") for t in raw.get("target") or []] or [""]
    name, _, _, _ = _location(raw.get("location"))
    return tuple(GoldEvent(source=s[:3] if s else "", target=t[:3] if t else "", plover=event, location_name=name)
                 for s in sources for t in targets)


def record_from_mapping(raw: Any, path: str, line: int) -> GoldRecord:
    """A gold record from one JSON object of any of the supported formats."""
    if not isinstance(raw, dict) or "text" not in raw:
        raise InputError(path, line, "expected a JSON object with at least 'text' and expected events")
    try:
        day = parse_date(raw.get("date") or "2000-01-01", "GoldRecord", "date")
        if "expected" in raw:
            if not isinstance(raw["expected"], list):
                raise InputError(path, line, "expected a list of events", "expected")
            events = tuple(_native_event(e) for e in raw["expected"])
        elif "event" in raw:
            events = _plover_events(raw)
        else:
            raise InputError(path, line, "no 'expected' events (eventlib / PETRARCH format) and no 'event' "
                                         "(PLOVER format)")
    except InputError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(path, line, f"malformed gold record: {error}") from None
    if not isinstance(raw["text"], str):
        raise InputError(path, line, f"expected text, got {type(raw['text']).__name__}", "text")
    article = raw.get("article_id")
    if article not in (None, "") and not isinstance(article, (str, int)):
        raise InputError(path, line, f"expected an article id, got {type(article).__name__} {article!r}",
                         "article_id")
    return GoldRecord(id=str(raw.get("id", line)), text=raw["text"], date=day, events=events,
                      category=str(raw.get("category") or ""), article_id=str(article or ""))


def read_gold(path: str | Path) -> Iterator[GoldRecord]:
    """Gold records of a JSONL file in eventlib's, PETRARCH's or PLOVER's format."""
    path = Path(path)
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise InputError(str(path), None, f"cannot open gold file: {error.strerror}") from None
    with handle:
        for number, raw_line in enumerate(handle, start=1):
            try:
                line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                raise InputError(str(path), number, f"not valid UTF-8 at byte {error.start}") from None
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as error:
                raise InputError(str(path), number, f"not valid JSON ({getattr(error, 'msg', error)})") from None
            yield record_from_mapping(raw, str(path), number)


def articles_beside(gold: str | Path, records: Sequence[GoldRecord]) -> Path | None:
    """``articles.jsonl`` in the gold file's folder when some of ``records`` name an article and it exists."""
    beside = Path(gold).with_name(ARTICLES_BESIDE)
    if any(record.article_id for record in records) and beside.is_file() and beside != Path(gold):
        return beside
    return None


def gold_articles(records: Sequence[GoldRecord], inputs: Iterable[str | Path]) -> dict[str, Article]:
    """The articles of ``inputs`` that ``records`` name (by ``article_id``), by id; the others are not kept."""
    wanted = {record.article_id for record in records if record.article_id}
    return {article.id: article for article in read_articles(inputs) if article.id in wanted}
