"""TABARI's deletion of short comma-delimited clauses before a sentence is coded."""

from __future__ import annotations

from hypothesis import given

from eventlib.rules.petrarch.commas import CommaSettings, delete_comma_clauses
from tests.strategies import awkward_texts, comma_settings

SENTENCE = "Arnor restored ties with Gondor, the envoys agreed, three years after the war, an aide said."


def test_settings_read_from_a_configuration() -> None:
    settings = CommaSettings.of({"comma_min": "2", "comma_max": "8", "comma_emax": "6", "comma_bmin": "x"})
    assert (settings.middle, settings.begin, settings.end) == ((2, 8), (0, 0), (0, 6))


def test_short_middle_clause_is_dropped() -> None:
    settings = CommaSettings(middle=(2, 4))
    assert delete_comma_clauses(SENTENCE, settings) == ("Arnor restored ties with Gondor, three years after the war,"
                                                        " an aide said.")


def test_short_final_clause_is_dropped_and_the_stop_kept() -> None:
    settings = CommaSettings(end=(2, 4))
    assert delete_comma_clauses(SENTENCE, settings) == ("Arnor restored ties with Gondor, the envoys agreed,"
                                                        " three years after the war.")


def test_clause_as_long_as_the_maximum_stays() -> None:
    assert delete_comma_clauses(SENTENCE, CommaSettings(end=(2, 3))) == SENTENCE  # "an aide said": 3 words


def test_no_settings_change_nothing() -> None:
    assert delete_comma_clauses(SENTENCE, CommaSettings.of({})) == SENTENCE


def test_beginning_clause_is_dropped() -> None:
    assert delete_comma_clauses("In short, Arnor restored ties with Gondor.", CommaSettings(begin=(1, 3))) == \
        "Arnor restored ties with Gondor."


@given(awkward_texts, comma_settings)
def test_deletion_only_removes_clauses(text: str, config: dict[str, int]) -> None:
    result = delete_comma_clauses(text, CommaSettings.of(config))
    assert len(result) <= len(text)
    assert all(clause.strip(" .!?") in text for clause in result.split(","))
