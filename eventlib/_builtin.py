"""The rule set and actor dictionaries that ship with eventlib (registered in :mod:`eventlib._registrations`)."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CORE_RULES = DATA / "rules" / "cameo.core.v1.yaml"
CONSTRUCTION_RULES = DATA / "rules" / "cameo.constructions.v1.yaml"
NOMINAL_RULES = DATA / "rules" / "cameo.nominal.v1.yaml"
STATEMENT_RULES = DATA / "rules" / "cameo.statements.v1.yaml"
CORE_ACTORS = DATA / "actors"


def core_rules() -> Path:
    """The built-in CAMEO rule set ``cameo.core.v1``."""
    return CORE_RULES


def construction_rules() -> Path:
    """The built-in construction rule set ``cameo.constructions.v1`` (casualty reports, ...)."""
    return CONSTRUCTION_RULES


def nominal_rules() -> Path:
    """The built-in rule set ``cameo.nominal.v1``: events named by nouns under light verbs ('held talks')."""
    return NOMINAL_RULES


def statement_rules() -> Path:
    """The built-in rule set ``cameo.statements.v1``: modal, deontic and copular statements."""
    return STATEMENT_RULES


def core_actors() -> Path:
    """The built-in actor dictionaries ``builtin.v1`` (countries, roles, organisations, people)."""
    return CORE_ACTORS


@functools.lru_cache(maxsize=1)
def dictionary_country_names() -> tuple[tuple[str, str], ...]:
    """Country names of the built-in actor dictionary ('Turkey', 'Ivory Coast'), as (name, ISO3)."""
    with open(CORE_ACTORS / "countries.csv", encoding="utf-8", newline="") as handle:
        return tuple((row["phrase"], row["code"]) for row in csv.DictReader(handle) if row["kind"] == "name")


@functools.lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """Country adjectives of the built-in actor dictionary, lower case, with their ISO3 ('turkish': 'TUR')."""
    with open(CORE_ACTORS / "countries.csv", encoding="utf-8", newline="") as handle:
        return {row["phrase"].lower(): row["code"] for row in csv.DictReader(handle) if row["kind"] == "adjective"}


@functools.lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """The capital of each country of the built-in actor dictionary, by ISO3 (the first it lists: 'FIN': 'Helsinki')."""
    with open(CORE_ACTORS / "countries.csv", encoding="utf-8", newline="") as handle:
        capitals: dict[str, str] = {}
        for row in csv.DictReader(handle):
            if row["kind"] == "capital":
                capitals.setdefault(row["code"][:3], row["phrase"])
        return capitals


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-case country names of the taxonomy and of the built-in dictionary ('turkey' and 'türkiye')."""
    from ._taxonomy import load_taxonomy

    names = {name.lower() for name in load_taxonomy().countries["name"]}
    return frozenset(names | {name.lower() for name, _ in dictionary_country_names()})
