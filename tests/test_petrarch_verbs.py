"""TABARI / PETRARCH verb dictionaries as rule sets, and the PETRARCH unit-test suite benchmark."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from eventlib import Coder
from eventlib._taxonomy import load_taxonomy
from eventlib.lang.en import regular_form as _regular_form
from eventlib.rules.petrarch.verbs import PatternRule, _lemma, load_verbs

ROOT = Path(__file__).resolve().parent.parent

VERBS = """\
&TIES
+RELATIONS
+TIES

--- RESTORE  [064] ---
RESTORE
- * &TIES  [064]
- NOT * &TIES  [112]
- * AID TO +  [070]

--- LEFT  [032:033] ---
LEFT

--- AGREE  [081] ---
AGREE
- % *  [030:030]

--- ACCEPT  [084] ---
ACCEPT
- * MEMOS  [903]
- * RUMOURS  [+++]

--- BREAK  [1717] ---
BREAK {BROKE BROKEN}
+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN}
- * TREATY  [161]
- * NEW_FRIENDLY_TIES  [173]

--- URGE  [090] ---
URGE

--- LEAVE  [012] ---
LEAVE

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED}
- WILL NOT *  [081]

--- DEPART  [034] ---
DEPART

--- ALLOW  [080] ---
ALLOW
- RECENTLY_*  [025]

--- BURN  [222] ---
BURN

--- CELEBRATE  [181] ---
CELEBRATE
- * IFTAR AT ^ +  [044]

--- RECEIVE  [070] ---
RECEIVE
- + * MONEY $  [071]

--- CLASH  [223] ---
CLASH
- &NEGAUX * OVER EFFORTS  [904]

&NEGAUX
+DID N'T
+WILL NOT
"""
ACTORS = """\
ARNOR_ [ARN]
GONDOR_ [GON]
MINAS_TIRITH_ [GON]
OSGILIATH_ [OSG]
"""


@pytest.fixture()
def verbs_file(tmp_path: Path) -> Path:
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


@pytest.fixture()
def tabari(coder: Coder, verbs_file: Path, tmp_path: Path) -> Coder:
    actors = tmp_path / "actors.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    return Coder(rulesets=[f"petrarch:{verbs_file}"], actors=[f"petrarch:{actors}"], builtin=False, nlp=coder.nlp,
                 locations=False)


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "---", e.target.code if e.target else "---", e.cameo_code)
            for e in coder.code_text(text, "1995-01-02")}


def test_blocks_and_patterns_become_rules(verbs_file: Path, coder: Coder) -> None:
    ruleset = load_verbs(verbs_file, coder.nlp)
    assert all(isinstance(rule, PatternRule) for rule in ruleset.rules)
    assert {rule.code for rule in ruleset.rules} >= {"064", "070", "032", "081", "030", "084", "903"}


def test_inflected_block_verb_anchors_on_its_lemma_and_keeps_its_form(verbs_file: Path, coder: Coder) -> None:
    [rule] = [r for r in load_verbs(verbs_file, coder.nlp).rules if r.code == "032"]
    assert rule.verbs == {"leave"} and rule.forms == {"left"}


def test_non_cameo_code_is_declared(verbs_file: Path, coder: Coder) -> None:
    load_verbs(verbs_file, coder.nlp)
    assert load_taxonomy().is_cameo("903")


def test_unusable_code_is_listed_as_problem(verbs_file: Path, coder: Coder) -> None:
    problems = load_verbs(verbs_file, coder.nlp).problems
    assert len(problems) == 1 and f"{verbs_file}:21" in problems[0] and "'+++'" in problems[0]


def test_pattern_with_synonym_set(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor restored diplomatic relations with Gondor.") == {("ARN", "GON", "064")}


def test_block_default_when_no_pattern_matches(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor restored the old bridge for Gondor.") == {("ARN", "GON", "064")}


def test_target_after_preposition_marker(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor restored Osgiliath's aid to Gondor.") == {("ARN", "GON", "070")}


def test_negated_pattern_code(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor did not restore relations with Gondor.") == {("ARN", "GON", "112")}


def test_paired_code_gives_the_event_back(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor left for Minas Tirith on Monday.") == {("ARN", "GON", "032"),
                                                                         ("GON", "ARN", "033")}


def test_compound_subject_acts_on_itself(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor and Gondor agree.") == {("ARN", "GON", "030"), ("GON", "ARN", "030")}


def test_compound_subject_acts_on_itself_though_a_target_follows(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor and Gondor agree with Osgiliath.") == {("ARN", "GON", "030"), ("GON", "ARN", "030")}


def test_second_subject_of_a_misparse_is_tried(tabari: Coder) -> None:
    assert _triples(tabari, "Old foes Arnor and Gondor have restored relations.") == {("ARN", "GON", "064"),
                                                                                       ("GON", "ARN", "064")}


def test_patterns_apply_to_verbs_with_particles(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor broke down a treaty with Gondor.") == {("ARN", "GON", "161")}
    assert _triples(tabari, "Arnor broke relations with Gondor.") == {("ARN", "GON", "1717")}


def test_complement_of_a_coded_verb_is_not_coded_again(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor urged Gondor to leave Osgiliath.") == {("ARN", "GON", "090")}
    assert _triples(tabari, "Gondor wanted to leave Osgiliath.") == {("GON", "OSG", "012")}


def test_caret_skips_a_noun_phrase_before_the_target(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor celebrated Iftar at Osgiliath with Gondor.") == {("ARN", "GON", "044")}


def test_plus_before_the_verb_makes_the_subject_the_target(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor received a lot of money from Gondor.") == {("GON", "ARN", "071")}


def test_words_joined_by_underscore_must_be_next_to_each_other(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor broke new friendly ties with Gondor.") == {("ARN", "GON", "173")}
    assert _triples(tabari, "Arnor broke new and friendly ties with Gondor.") == {("ARN", "GON", "1717")}


def test_verb_of_several_words_needs_the_words_before_it(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor wire tapped the phones of Gondor.") == {("ARN", "GON", "1711")}
    assert _triples(tabari, "Arnor tapped the phones of Gondor.") == set()


def test_negation_of_the_verb_a_complement_depends_on(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor will not wire tap the phones of Gondor.") == {("ARN", "GON", "081")}


def test_pattern_words_match_as_written(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor broke the treaties of Gondor.") == {("ARN", "GON", "1717")}


def test_verb_spelled_from_its_lemma_must_be_a_regular_form(tabari: Coder) -> None:
    assert _triples(tabari, "Gondor departs from Osgiliath.") == {("GON", "OSG", "034")}
    assert _triples(tabari, "Gondor departes from Osgiliath.") == set()


@pytest.mark.parametrize(("word", "lemma"), [("departs", "depart"), ("tapped", "tap"), ("dying", "die"),
                                             ("fled", "flee"), ("risen", "rise"), ("met", "meet")])
def test_regular_and_irregular_forms_are_accepted(word: str, lemma: str) -> None:
    assert _regular_form(word, lemma)


def test_word_joined_to_the_verb_must_be_right_before_it(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor recently allowed Gondor to stay.") == {("ARN", "GON", "025")}
    assert _triples(tabari, "Arnor recently did allow Gondor to stay.") == {("ARN", "GON", "080")}


def test_adverbial_clause_of_a_coded_verb_is_not_coded(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor restored relations with Gondor after Osgiliath burned Gondor's embassy.") == {
        ("ARN", "GON", "064")}
    assert _triples(tabari, "Arnor wept after Osgiliath burned Gondor's embassy.") == {("OSG", "GON", "222")}


def test_short_unknown_noun_phrase_is_a_new_actor(tabari: Coder) -> None:
    tabari.new_actor_length = 4
    try:
        events = tabari.code_text("The Ministry of Magic left for Minas Tirith.", "1995-01-02")
    finally:
        tabari.new_actor_length = 0
    assert {(e.source.code, e.source.name, e.target.code) for e in events if e.cameo_code == "032"} == {
        ("---", "The Ministry of Magic", "GON")}


def test_unknown_noun_phrase_is_no_actor_by_default(tabari: Coder) -> None:
    assert _triples(tabari, "The Ministry of Magic left for Minas Tirith.") == set()


@pytest.mark.parametrize(("word", "lemma"), [("express", "express"), ("discuss", "discuss"), ("left", "leave"),
                                             ("broke", "break")])
def test_dictionary_verb_forms_lemmatize(coder: Coder, word: str, lemma: str) -> None:
    assert _lemma(coder.nlp, word) == lemma


def test_negative_words_in_a_set_make_a_negated_pattern(tabari: Coder) -> None:
    assert _triples(tabari, "Arnor didn't clash over the efforts of Gondor.") == {("ARN", "GON", "904")}


def test_production_verb_files_load(shared: Path, coder: Coder) -> None:
    folder = shared / "data" / "phoenix"
    old = load_verbs(folder / "CAMEO.verbpatterns.150430.txt", coder.nlp)
    new = load_verbs(folder / "CAMEO.2.0.txt", coder.nlp)
    assert len(old.rules) > 10_000 and len(new.rules) > 4_000


def test_suite_benchmark_writes_a_line_per_record(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                  ) -> None:
    spec = importlib.util.spec_from_file_location("petrarch_suite", ROOT / "benchmarks" / "petrarch_suite.py")
    assert spec is not None and spec.loader is not None
    suite = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(suite)
    out = tmp_path / "preds.jsonl"
    assert suite.main(["--out", str(out), "--data", str(shared / "data" / "petrarch2")]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 276 and set(lines[0]) == {"id", "occurrence", "predicted"}
    printed = capsys.readouterr().out
    rate = float(next(line for line in printed.splitlines() if "records coded exactly" in line).split("|")[2])
    assert rate >= 0.9  # measured 0.902 on 2026-12-01; a fall below this is a regression


def test_events_with_declared_codes_are_written(tabari: Coder, tmp_path: Path) -> None:
    from eventlib.io.outputs import write_events
    from eventlib.io.schema import CAMEO

    events = tabari.code_text("Arnor accepted memos from Gondor.", "1995-01-02")
    assert [e.cameo_code for e in events] == ["903"]
    out = tmp_path / "events.csv"
    write_events(events, out, "csv", schema=CAMEO)
    with open(out, encoding="utf-8", newline="") as handle:
        [cells] = list(csv.DictReader(handle))
    assert (cells["cameo_code"], cells["goldstein"], cells["plover_event"]) == ("903", "", "")
