"""The rule set and actor dictionaries that ship with eventlib (registered in :mod:`eventlib._registrations`)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CORE_RULES = DATA / "rules" / "cameo.core.v1.yaml"
CORE_ACTORS = DATA / "actors"


def core_rules() -> Path:
    """The built-in CAMEO rule set ``cameo.core.v1``."""
    return CORE_RULES


def core_actors() -> Path:
    """The built-in actor dictionaries ``builtin.v1`` (countries, roles, organisations, people)."""
    return CORE_ACTORS
