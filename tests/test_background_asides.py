"""Asides about the subject recall the past (issue 16, item 3); a participle of speaking is no second event."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import coded


def test_aside_about_subject_is_background(coder: Coder) -> None:
    """'X, who visited Y last week, said ...': the visit is recalled, not news."""
    codes = [code for _, code, _ in coded(
        coder, "The Swiss foreign minister, who visited Kyiv last week, urged Moscow to return to talks.")]
    assert codes and not [c for c in codes if c.startswith("04")]


def test_restrictive_clause_stays(coder: Coder) -> None:
    """'Soldiers who attacked the village ...' picks the soldiers out: its attack is told."""
    assert "190" in [code for _, code, _ in coded(coder, "Soldiers who attacked the village were later arrested.")]


def test_aside_is_dropped_only_beside_news(coder: Coder) -> None:
    """An aside about a subject whose own verb codes nothing is left alone."""
    assert "192" in [code for _, code, _ in coded(
        coder, "The rebels, who seized the town of Kidal in May, have not been seen since.")]


def test_speaking_participle_is_no_statement(coder: Coder) -> None:
    """'X, speaking on television, blamed Y': one accusation, no separate statement (010)."""
    text = "Zelensky, speaking on national television from the capital, blamed Moscow for the blackout."
    assert [code for _, code, _ in coded(coder, text)] == ["112"]


def test_past_perfect_relative_clause_is_background(coder: Coder) -> None:
    """'the interpreters who had worked with Dutch troops': what they had done before is not news here."""
    events = coder.code_text("Norway granted asylum to Afghan guards who had worked with Norwegian troops.",
                             "2023-05-02")
    assert "05" not in [e.cameo_code[:2] for e in events]


def test_would_have_is_no_event(coder: Coder) -> None:
    """'a resolution that would have imposed an embargo' imposed nothing."""
    events = coder.code_text("Russia vetoed a draft resolution that would have imposed an arms embargo on Mali.",
                             "2023-05-02")
    assert [e.cameo_code[:2] for e in events] == ["12"]


def test_simple_past_relative_clause_still_codes(coder: Coder) -> None:
    """A control: 'a man who attacked a mosque' (simple past) still reports the attack."""
    events = coder.code_text("Police arrested a man who attacked a mosque in Oslo.", "2023-05-02")
    assert {e.cameo_code[:2] for e in events} == {"17", "19"}


def test_attack_a_statement_reacts_to_is_recalled(coder: Coder) -> None:
    """'condemned the attack on a convoy that killed two peacekeepers': the killing is the condemned attack's,
    told again; only the condemnation is news."""
    events = coder.code_text("Ghana condemned the attack on a police convoy in Burkina Faso that killed four officers.",
                             "2023-02-02")
    assert [e.cameo_code for e in events] == ["111"]


def test_after_clause_under_news_is_background(coder: Coder) -> None:
    """'imposed a curfew after protesters stormed a ministry': the storming is what the news followed."""
    assert [code for _, code, _ in coded(
        coder, "Authorities imposed a curfew in Conakry after protesters stormed the justice ministry.")] == ["1723"]


def test_after_clause_under_nothing_coded_is_the_news(coder: Coder) -> None:
    """When the main clause codes nothing, its 'after' clause is the news ('Calm returned after ...')."""
    assert "190" in [code for _, code, _ in coded(
        coder, "Calm returned to the town on Monday after gunmen attacked a police station in Kenema.")]
