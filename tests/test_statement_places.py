"""A verbal act is not placed in the country it is about (issue 16, item 1)."""

from __future__ import annotations

import json
from pathlib import Path

from eventlib import Article, Coder
from eventlib.parse.dateline import split_dateline


def places(coder: Coder, text: str) -> dict[str, str]:
    """The country each event of ``text`` is placed in, by CAMEO code."""
    return {e.cameo_code: e.location.country if e.location else "" for e in coder.code_text(text, "2023-03-01")}


def test_criticism_is_not_placed_in_its_target(coder: Coder) -> None:
    """'Austria criticised Slovakia': said of Slovakia, not in it."""
    assert places(coder, "Austria criticised Slovakia over its nuclear plant.").get("111") != "SVK"


def test_visit_is_placed_where_it_goes(coder: Coder) -> None:
    """'visited Hungary': a visit is placed where it went."""
    assert places(coder, "The Turkish president visited Hungary on Monday.").get("042") == "HUN"


def test_capture_is_placed_where_it_happened(coder: Coder) -> None:
    """'captured the town of Bakhmut': force is placed on the place it took."""
    assert places(coder, "Russian troops captured the town of Bakhmut.").get("192") == "UKR"


def test_town_the_tagger_missed_is_a_place(coder: Coder) -> None:
    """'seized Goma' with 'Goma' tagged a person: the gazetteer knows the town, so territory was taken (192)."""
    assert ("CODREBM23", "192") in [(e.source.code if e.source else "", e.cameo_code)
                                    for e in coder.code_text("M23 rebels seized Goma on Monday.", "2025-01-27")]


def test_place_of_a_relative_clause_is_not_the_speakers(coder: Coder) -> None:
    """'Ruto, who visited troops in Mogadishu last month, praised the army': praised at the dateline, not in
    Mogadishu, where the relative clause's earlier visit was."""
    text = ("NAIROBI, March 4 (eventlib) - President William Ruto, who visited Kenyan troops in Mogadishu last month, "
            "praised the army for its discipline.")
    assert places(coder, text).get("051") == "KEN"


def test_relative_clause_saying_where_the_speaker_is_places_him(coder: Coder) -> None:
    """'The former president, who is in Lisbon, denied ...' is placed in Lisbon."""
    text = "BRASILIA, March 4 (eventlib) - The former president, who is in Lisbon, denied ordering the attack."
    assert places(coder, text).get("016") == "PRT"


def test_the_speakers_country_does_not_place_the_reported_act(coder: Coder) -> None:
    """"Turkey's defence ministry said Syrian aircraft had bombed ...": the bombing is not placed in Turkey."""
    text = "Turkey's defence ministry said Syrian government aircraft had bombed a rebel depot."
    assert places(coder, text).get("195") == "SYR"


def test_the_speakers_country_places_its_own_actors_act(coder: Coder) -> None:
    """A control: "Kenya's interior minister warned that police were ready to break up ..." stays in Kenya."""
    text = "Kenya's interior minister warned protest leaders that police were ready to break up any new march by force."
    assert set(places(coder, text).values()) == {"KEN"}


def test_what_a_plan_is_about_places_no_statement(coder: Coder) -> None:
    """'rejected a plan to move people into X': X is the plan's, not where the rejection was made."""
    found = places(coder, "AMMAN, March 3 (eventlib) - Jordan's king rejected any plan to resettle refugees in Sinai.")
    assert found == {"120": "JOR"}


def test_town_inside_a_region_known_for_its_country(coder: Coder) -> None:
    """'shelled the city of X and villages across Y' (Y known for its country only): the town X."""
    events = coder.code_text("Azerbaijani troops shelled the city of Stepanakert and villages across Karabakh.",
                             "2024-03-04")
    assert {e.location.name for e in events if e.location} == {"Stepanakert"}


def test_no_verbal_event_of_the_seeds_is_placed_at_its_target(coder: Coder) -> None:
    """Over the bundled seed articles, no verbal event (roots 01-13 but 04's visits and meetings and the material
    06-09) is placed at a place its target's own name names ('Serbia protested to Hungary' is not in Hungary)."""
    seeds = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"
    articles = [Article(id=str(record.get("id", n)), text=record["text"], date=record.get("date") or "2024-01-01")
                for n, record in enumerate(json.loads(line) for line in seeds.read_text(encoding="utf-8").splitlines()
                                           if line.strip())]
    policy = coder.engine.policy
    datelines = {a.id: (found.place.lower() if (found := split_dateline(a.text)) else "") for a in articles}
    verbal = [e for result in coder.code(articles) for e in result.events
              if policy.verbal(e.cameo_code) and not e.cameo_code.startswith("04")]
    placed_at_target = [(e.cameo_code, e.target.name, e.location.name) for e in verbal
                        if e.location and e.target and e.location.name.lower() in e.target.name.lower()
                        and e.location.name.lower() != datelines[e.article_id]]  # said where it was filed: fine
    assert len(verbal) > 50 and placed_at_target == []
