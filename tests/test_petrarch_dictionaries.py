"""TABARI / PETRARCH actor, agent and discard files as eventlib dictionaries, and coding with them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventlib import Coder
from eventlib.cli import main
from eventlib.rules.petrarch.dictionaries import load_actors, load_agents, load_discards

ACTORS = """\
<!-- test actors -->
ARNOR_ [ARN]
+ARNORIAN_
GONDOR_ [GON]
OSGILIATH_ [OSG]
+BARAD-DUR
MINAS TIRITH_ [GON]
ARGENTIN [ARG]
THE_KU [USAEDU]
KUWAIT [KUW]
ARAGORN_
\t[ARNELI 900101-951231]
\t[ARNGOV 960101-991231]
BOROMIR_ [---]
ELROND_ [ELR/GAL]
SARUMAN_ [+++]
FARAMIR_ [GON]
	[GONMIL 940101-951231]
	[GONGOV 950101-961231]
"""
AGENTS = """\
!PERSON! = MAN, MEN
POLICE {} [~COP]
MINISTER [~GOV]
RIGHTS_GROUP [NGO~]
MILITIA!PERSON! [~MIL]
LAWMAKER [~LEG]
ISLAMIST [~MUS]
"""
DISCARDS = """\
MONTHS LATER
+FOOTBALL_CUP
"""


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("discards", DISCARDS)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


@pytest.fixture()
def petrarch_coder(coder: Coder, files: dict[str, Path]) -> Coder:
    return Coder(actors=[f"petrarch:{files['actors']}", f"petrarch-agents:{files['agents']}"],
                 discards=[f"petrarch:{files['discards']}"], nlp=coder.nlp, locations=False)


def test_synonyms_share_the_code(files: dict[str, Path]) -> None:
    actors = load_actors(files["actors"])
    assert [e.code for e in actors.lookup("Arnorian")] == ["ARN"]


def test_dated_codes_hold_between_their_dates(files: dict[str, Path]) -> None:
    [match] = load_actors(files["actors"]).find(["aragorn"])
    valid = {e.code for e in match.entries if e.valid_on(dt.date(1997, 6, 1))}
    assert valid == {"ARNGOV"}


def test_phrase_without_final_underscore_is_a_stem(files: dict[str, Path]) -> None:
    [match] = load_actors(files["actors"]).find(["argentina"])
    assert match.entries[0].code == "ARG"


def test_leading_the_is_part_of_the_phrase(files: dict[str, Path]) -> None:
    actors = load_actors(files["actors"])
    assert [m.entries[0].code for m in actors.find(["the", "ku"])] == ["USAEDU"]
    assert [m.entries[0].code for m in actors.find(["the", "kuwait", "government"])] == ["KUW"]


def test_null_codes_are_left_out(files: dict[str, Path]) -> None:
    assert load_actors(files["actors"]).lookup("Boromir") == []


def test_malformed_code_is_reported_with_line(files: dict[str, Path]) -> None:
    actors = load_actors(files["actors"])
    assert actors.lookup("Saruman") == []
    assert len(actors.problems) == 1 and f"{files['actors']}:16" in actors.problems[0]
    assert "+++" in actors.problems[0]


def test_slashed_code_names_several_actors(files: dict[str, Path]) -> None:
    assert [e.code for e in load_actors(files["actors"]).lookup("Elrond")] == ["ELR", "GAL"]


def test_slashed_code_codes_an_event_for_each_actor(petrarch_coder: Coder) -> None:
    events = petrarch_coder.code_text("Elrond accused Gondor.", "1995-01-02")
    assert sorted((e.source.code, e.target.code) for e in events) == [("ELR", "GON"), ("GAL", "GON")]


def test_first_listed_dated_code_wins_where_dates_overlap(petrarch_coder: Coder) -> None:
    [event] = petrarch_coder.code_text("Faramir accused Arnor.", "1995-06-01")
    assert event.source.code == "GONMIL"


def test_agents_keep_position_and_plurals(files: dict[str, Path]) -> None:
    agents = load_agents(files["agents"])
    assert [(e.code, e.kind) for e in agents.lookup("police")] == [("COP", "suffix")]
    assert agents.lookup("polices") == []  # '{}': no plural made
    assert [e.code for e in agents.lookup("ministers")] == ["GOV"]
    assert [(e.code, e.kind) for e in agents.lookup("rights group")] == [("NGO", "prefix")]
    assert [e.code for e in agents.lookup("militiamen")] == ["MIL"]


def test_discards_tell_story_from_sentence(files: dict[str, Path]) -> None:
    discards = load_discards(files["discards"])
    assert discards.verdict(["months", "later"]) == "sentence"
    assert discards.verdict(["the", "football", "cup"]) == "story"


def test_agent_is_added_after_actor_code(petrarch_coder: Coder) -> None:
    [event] = petrarch_coder.code_text("Arnorian police arrested Gondor militiamen.", "1995-01-02")
    assert (event.source.code, event.target.code) == ("ARNCOP", "GONMIL")


def test_prefix_agent_comes_before_actor_code(petrarch_coder: Coder) -> None:
    [event] = petrarch_coder.code_text("An Arnor rights group accused Gondor.", "1995-01-02")
    assert event.source.code == "NGOARN"


def test_dated_person_code_follows_article_date(petrarch_coder: Coder) -> None:
    early = petrarch_coder.code_text("Aragorn accused Gondor.", "1993-05-01")
    late = petrarch_coder.code_text("Aragorn accused Gondor.", "1997-05-01")
    assert early[0].source.code == "ARNELI" and late[0].source.code == "ARNGOV"


def _pairs(coder: Coder, text: str) -> set[tuple[str, str]]:
    return {(e.source.code, e.target.code) for e in coder.code_text(text, "1995-01-02")}


def test_agent_takes_each_country_of_its_place(petrarch_coder: Coder) -> None:
    assert _pairs(petrarch_coder, "Lawmakers in Arnor and Gondor accused Osgiliath.") == {("ARNLEG", "OSG"),
                                                                                          ("GONLEG", "OSG")}


def test_conjoined_agents_share_their_place(petrarch_coder: Coder) -> None:
    assert _pairs(petrarch_coder, "Ministers and lawmakers in Arnor and Gondor accused Osgiliath.") == {
        ("ARNGOV", "OSG"), ("GONGOV", "OSG"), ("ARNLEG", "OSG"), ("GONLEG", "OSG")}


def test_last_conjunct_takes_the_of_phrase_after_it(petrarch_coder: Coder) -> None:
    assert _pairs(petrarch_coder, "Arnor's police and militiamen of Gondor accused Osgiliath.") == {
        ("ARNCOP", "OSG"), ("GONMIL", "OSG")}


def test_words_joined_by_underscore_match_as_separate_words(files: dict[str, Path]) -> None:
    [match] = load_actors(files["actors"]).find(["prince", "of", "minas_tirith"])
    assert (match.start, match.end, match.entries[0].code) == (2, 3, "GON")


def test_every_agent_before_the_head_adds_its_code(petrarch_coder: Coder) -> None:
    assert _pairs(petrarch_coder, "Arnorian Islamist police accused Gondor.") == {("ARNMUSCOP", "GON")}


def test_former_office_holders_are_elites(petrarch_coder: Coder) -> None:
    assert _pairs(petrarch_coder, "Former Arnor ministers accused Gondor.") == {("ARNELI", "GON")}


def test_hyphenated_name_matches(petrarch_coder: Coder) -> None:
    assert _pairs(petrarch_coder, "Gondor accused Barad-dur.") == {("GON", "OSG")}


def test_discarded_story_gives_nothing(petrarch_coder: Coder) -> None:
    assert petrarch_coder.code_text("Arnor accused Gondor before the Football Cup.", "1995-01-02") == []


def test_cli_reads_petrarch_files(tmp_path: Path, files: dict[str, Path]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Arnorian police arrested Gondor militiamen.",
                                  "date": "1995-01-02"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["code", str(source), "-o", str(out), "-q", "--actors",
                                       f"petrarch:{files['actors']}", "--agents", f"petrarch:{files['agents']}",
                                       "--discards", f"petrarch:{files['discards']}"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (row["source_code"], row["target_code"]) == ("ARNCOP", "GONMIL")


def test_cli_new_actor_length_codes_unknown_actors(tmp_path: Path, files: dict[str, Path]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "The Wizards Guild accused Gondor.", "date": "1995-01-02"}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["code", str(source), "-o", str(out), "-q", "--no-builtin", "--rules",
                                       "cameo.core.v1", "--actors", f"petrarch:{files['actors']}",
                                       "--new-actor-length", "3"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (row["source_code"], row["source_name"], row["target_code"]) == ("---", "The Wizards Guild", "GON")


def test_cli_agents_need_petrarch_prefix(tmp_path: Path, files: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["explain", "Arnor accused Gondor.", "--agents", str(files["agents"])])
    assert result.exit_code != 0 and "petrarch:PATH" in result.output


class TestProductionDictionaries:
    """The Phoenix production dictionaries in ../shared load (their own figures are in benchmarks/)."""

    def test_phoenix_actors_agents_discards_load(self, shared: Path) -> None:
        folder = shared / "data" / "phoenix"
        actors = load_actors(folder / "Phoenix.Countries.actors.txt")
        agents = load_agents(folder / "Phoenix.agents.txt")
        assert len(actors) > 30_000 and len(agents) > 3_000
        assert len(load_discards(folder / "Phoenix.discards.txt")) > 400
        assert {e.code for e in actors.lookup("Afghanistan")} == {"AFG"}
