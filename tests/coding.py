"""Helpers for tests that code sentences with a coder and look at what came out."""

from __future__ import annotations

from collections.abc import Iterable

from eventlib import Coder, Event

#: The article date the rule tests code their sentences on.
DATE = "2024-05-06"


def coded(coder: Coder, text: str, date: str = DATE) -> list[tuple[str, str, str]]:
    """(source, code, target) of each event of ``text``."""
    return [(e.source.code if e.source else "", e.cameo_code, e.target.code if e.target else "")
            for e in coder.code_text(text, date)]


def codes(coder: Coder, text: str, date: str = DATE) -> list[str]:
    """The CAMEO codes of the events of ``text``."""
    return [code for _, code, _ in coded(coder, text, date)]


def none_of(coder: Coder, text: str, roots: Iterable[str], date: str = DATE) -> bool:
    """Whether ``text`` gives no event of the CAMEO ``roots``."""
    wanted = tuple(roots)
    return not [code for code in codes(coder, text, date) if code[:2] in wanted]


def events(coder: Coder, text: str, date: str = "2025-05-02") -> list[Event]:
    """The events of ``text``, a list."""
    return list(coder.code_text(text, date))


def place_of(found: list[Event], code: str) -> tuple[str, str, str] | None:
    """(name, country, precision) of the first event of ``code`` (its root when two digits), or None if unplaced."""
    event = next(e for e in found if e.cameo_code.startswith(code))
    return None if event.location is None else (event.location.name, event.location.country,
                                                event.location.precision)
