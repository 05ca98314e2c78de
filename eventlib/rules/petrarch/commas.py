"""TABARI's deletion of short comma-delimited clauses, for one sentence before it is coded.

TABARI drops clauses set off by commas that seldom hold the event: a clause between two commas
of ``comma_min`` up to ``comma_max`` words, the clause before the first comma (``comma_bmin``,
``comma_bmax``) and the clause after the last one (``comma_emin``, ``comma_emax``). A maximum of
0, or no setting, turns that deletion off. TABARI's documentation does not say whether the
maximum itself is included; here it is not (a clause of exactly ``comma_max`` words stays),
the one reading under which PETRARCH's unit-test suite loses no record to the deletion.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["CommaSettings", "delete_comma_clauses"]


@attrs.frozen
class CommaSettings:
    """Word-count ranges ``(least, below)`` of the clauses to drop; ``below`` 0 drops nothing."""

    middle: tuple[int, int] = (0, 0)
    begin: tuple[int, int] = (0, 0)
    end: tuple[int, int] = (0, 0)

    @classmethod
    def of(cls, config: Mapping[str, object]) -> CommaSettings:
        """Settings from a TABARI / PETRARCH configuration (``comma_min``, ``comma_bmax``, ...);
        missing or unreadable values count as 0."""
        def number(key: str) -> int:
            try:
                return max(int(str(config.get(key, 0)).strip() or 0), 0)
            except ValueError:
                return 0

        return cls((number("comma_min"), number("comma_max")), (number("comma_bmin"), number("comma_bmax")),
                   (number("comma_emin"), number("comma_emax")))

    @property
    def active(self) -> bool:
        return any(high > 0 for _, high in (self.middle, self.begin, self.end))


def _dropped(clause: str, bounds: tuple[int, int]) -> bool:
    least, below = bounds
    words = sum(any(ch.isalnum() for ch in word) for word in clause.split())
    return below > 0 and least <= words < below


def delete_comma_clauses(sentence: str, settings: CommaSettings) -> str:
    """``sentence`` without the comma-delimited clauses ``settings`` drop (its final stop kept)."""
    if not settings.active:
        return sentence
    body = sentence.rstrip()
    stop = body[-1] if body and body[-1] in ".!?" else ""
    clauses = (body[:-1] if stop else body).split(",")
    if len(clauses) < 2:
        return sentence
    bounds = [settings.begin, *[settings.middle] * (len(clauses) - 2), settings.end]
    kept = [clause for clause, limits in zip(clauses, bounds) if not _dropped(clause, limits)]
    if not kept:
        return sentence
    return ",".join(kept).strip() + stop
