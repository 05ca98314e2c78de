"""Deaths told by the victims of a killing verb, on hand-built parses: 'gunned down a judge' is one death."""

from __future__ import annotations

from eventlib.situate.fatalities import Fatalities, victim_count
from tests.parses import make_doc


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
         tags: list[str] | None = None, ents: list[str] | None = None):
    tags = tags or [{"VERB": "VBD", "NOUN": "NN", "NUM": "CD", "DET": "DT", "ADP": "IN", "PROPN": "NNP",
                     "ADJ": "JJ", "ADV": "RB", "AUX": "VBD", "PART": "RP"}[p] for p in pos]
    return make_doc(words, heads, deps, tags=tags, pos=pos, lemmas=lemmas, ents=ents)


def test_single_victim_of_a_phrasal_killing() -> None:
    """'Gunmen gunned down a mayor' is one death."""
    doc = _doc(["Gunmen", "gunned", "down", "a", "mayor"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "prt", "det", "dobj"],
               ["NOUN", "VERB", "PART", "DET", "NOUN"], ["gunman", "gun", "down", "a", "mayor"])
    assert victim_count(doc[1]) == Fatalities(1)


def test_numbered_victims() -> None:
    """'cut down four farmers' counts four."""
    doc = _doc(["Gunfire", "cut", "down", "four", "farmers"], [1, 1, 1, 4, 1],
               ["nsubj", "ROOT", "prt", "nummod", "dobj"],
               ["NOUN", "VERB", "PART", "NUM", "NOUN"], ["gunfire", "cut", "down", "four", "farmer"],
               tags=["NN", "VBD", "RP", "CD", "NNS"])
    assert victim_count(doc[1]) == Fatalities(4)


def test_victims_add_up() -> None:
    """'killed a nurse and three patients' counts four."""
    doc = _doc(["Militants", "killed", "a", "nurse", "and", "three", "patients"], [1, 1, 3, 1, 3, 6, 3],
               ["nsubj", "ROOT", "det", "dobj", "cc", "nummod", "conj"],
               ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "NUM", "NOUN"],
               ["militant", "kill", "a", "nurse", "and", "three", "patient"],
               tags=["NNS", "VBD", "DT", "NN", "CC", "CD", "NNS"])
    assert victim_count(doc[1]) == Fatalities(4)


def test_headline_subject_is_the_victim() -> None:
    """A headline's 'Teacher killed in ...' has one victim, its subject."""
    doc = _doc(["Teacher", "killed", "in", "raid"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["PROPN", "VERB", "ADP", "NOUN"], ["teacher", "kill", "in", "raid"])
    assert victim_count(doc[1]) == Fatalities(1)


def test_to_death_kills_with_any_verb() -> None:
    """'beat a reporter to death' is one death."""
    doc = _doc(["Guards", "beat", "a", "reporter", "to", "death"], [1, 1, 3, 1, 1, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
               ["guard", "beat", "a", "reporter", "to", "death"])
    assert victim_count(doc[1]) == Fatalities(1)


def test_family_of_four() -> None:
    """'killed a family of four' counts four, not one."""
    doc = _doc(["Shells", "killed", "a", "family", "of", "four"], [1, 1, 3, 1, 3, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM"],
               ["shell", "kill", "a", "family", "of", "four"])
    assert victim_count(doc[1]) == Fatalities(4)


def test_unnumbered_plural_gives_nothing() -> None:
    """'killed civilians' says no number."""
    doc = _doc(["Troops", "killed", "civilians"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "NOUN"],
               ["troop", "kill", "civilian"], tags=["NNS", "VBD", "NNS"])
    assert victim_count(doc[1]) is None


def test_attempt_is_no_death() -> None:
    """'tried to kill a minister' killed nobody."""
    doc = _doc(["Rebels", "tried", "to", "kill", "a", "minister"], [1, 1, 3, 1, 5, 3],
               ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"], ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
               ["rebel", "try", "to", "kill", "a", "minister"], tags=["NNS", "VBD", "TO", "VB", "DT", "NN"])
    assert victim_count(doc[1]) is None


def test_shooting_down_an_aircraft_is_no_death() -> None:
    """'shot down a helicopter' is not a killing."""
    doc = _doc(["Rebels", "shot", "down", "a", "helicopter"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "prt", "det", "dobj"],
               ["NOUN", "VERB", "PART", "DET", "NOUN"], ["rebel", "shoot", "down", "a", "helicopter"])
    assert victim_count(doc[1]) is None


def test_no_one_killed() -> None:
    """'no one was killed' is no death."""
    doc = _doc(["No", "one", "was", "killed"], [1, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT"],
               ["DET", "NUM", "AUX", "VERB"], ["no", "one", "be", "kill"], tags=["DT", "CD", "VBD", "VBN"])
    assert victim_count(doc[3]) is None


def test_tally_noun_is_no_victim() -> None:
    """'put the number killed at 44' is no single death."""
    doc = _doc(["the", "number", "killed"], [1, 1, 1], ["det", "ROOT", "acl"], ["DET", "NOUN", "VERB"],
               ["the", "number", "kill"], tags=["DT", "NN", "VBN"])
    assert victim_count(doc[2]) is None
