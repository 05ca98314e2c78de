"""The place corpus (issue 16): gold sentences in their articles, unique ids, valid codes, a blind third."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from benchmarks.constructions import part_of
from eventlib import taxonomy

CORPUS = Path(__file__).parent / "data" / "places"
ARTICLES = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
EVENTS = [e for record in GOLD for e in record["expected"]]
KEYS = {"source", "target", "code", "event_date", "date_precision", "place", "country", "background", "note"}
CHALLENGES = {"ambiguous-name", "background", "border", "clause-date", "country-only", "dateline-speaker",
              "foreign-target", "local-story", "near-outside", "no-place", "plain", "region", "speaker-elsewhere",
              "visit-meeting"}


class TestCorpus:
    def test_size(self) -> None:
        """At least 45 articles and 220 event sentences, each with at least one event."""
        assert len(ARTICLES) >= 45 and len(GOLD) >= 220
        assert all(record["expected"] for record in GOLD)

    def test_ids_unique(self) -> None:
        """Article and sentence ids are unique, and each sentence id extends its article's."""
        assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)
        assert len({g["id"] for g in GOLD}) == len(GOLD)
        assert all(g["id"].startswith(g["article_id"] + "-s") for g in GOLD)

    def test_sentences_in_articles(self) -> None:
        """Every gold sentence stands word for word in its article's text."""
        texts = {a["id"]: a["text"] for a in ARTICLES}
        assert [g["id"] for g in GOLD if g["text"] not in texts.get(g["article_id"], "")] == []

    def test_multi_sentence_with_datelines(self) -> None:
        """Articles have several sentences; most but not all have a dateline."""
        dated = [a for a in ARTICLES if re.match(r"[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d+ \(eventlib\) - ", a["text"])]
        assert len(ARTICLES) / 2 < len(dated) < len(ARTICLES)
        assert all(a["text"].count(". ") >= 3 for a in ARTICLES)


class TestEvents:
    def test_fields(self) -> None:
        """Every gold event has the corpus's fields."""
        assert [e for e in EVENTS if not KEYS <= set(e)] == []

    def test_codes_in_taxonomy(self) -> None:
        """Every code is a CAMEO code of eventlib's taxonomy."""
        table = set(taxonomy.cameo_table()["code"])
        assert [e["code"] for e in EVENTS if e["code"] not in table] == []

    def test_countries_iso3(self) -> None:
        """Countries are three upper-case letters or empty."""
        codes = [c for e in EVENTS for c in (e["country"], e.get("alt_country", "")) if c]
        assert [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)] == []

    def test_dates(self) -> None:
        """Event dates are ISO dates with a known precision, never after the article."""
        for record in GOLD:
            for e in record["expected"]:
                assert e["date_precision"] in ("day", "week", "month", "year")
                assert dt.date.fromisoformat(e["event_date"]) <= dt.date.fromisoformat(record["date"])

    def test_notes_name_challenges(self) -> None:
        """Each note starts with the challenge kinds it tests."""
        kinds = {k for e in EVENTS for k in e["note"].split(" - ")[0].split(", ")}
        assert kinds <= CHALLENGES
        assert kinds == CHALLENGES

    def test_no_place_means_no_country_guess(self) -> None:
        """A place name always comes with its country, except for seas."""
        assert [e["place"] for e in EVENTS if e["place"] and not e["country"]] == ["Yellow Sea", "Red Sea"]


class TestBlindPart:
    def test_blind_share(self) -> None:
        """At least a third of the articles and of the sentences are blind, by the hash of the article id."""
        assert sum(part_of(a["id"]) == "blind" for a in ARTICLES) * 3 >= len(ARTICLES)
        assert sum(part_of(g["article_id"]) == "blind" for g in GOLD) * 3 >= len(GOLD)


class TestFreshCorpus:
    """The sixth session's fresh articles (``tests/data/places_fresh``): same format, sound references."""

    FOLDER = Path(__file__).parent / "data" / "places_fresh"

    def records(self) -> tuple[list[dict], list[dict]]:
        read = [[json.loads(line) for line in (self.FOLDER / name).read_text(encoding="utf-8").splitlines() if line]
                for name in ("articles.jsonl", "gold.jsonl")]
        return read[0], read[1]

    def test_sentences_in_articles_and_ids(self) -> None:
        """Every gold sentence stands in its article; ids are new (not the place corpus's) and unique."""
        articles, gold = self.records()
        texts = {a["id"]: a["text"] for a in articles}
        assert [g["id"] for g in gold if g["text"] not in texts.get(g["article_id"], "")] == []
        assert len(texts) == len(articles) >= 20 and not set(texts) & {a["id"] for a in ARTICLES}

    def test_events_valid(self) -> None:
        """Every gold event has the corpus's fields and a CAMEO code of the taxonomy."""
        _, gold = self.records()
        events = [e for record in gold for e in record["expected"]]
        table = set(taxonomy.cameo_table()["code"])
        assert [e for e in events if not KEYS <= set(e) or e["code"] not in table] == []
