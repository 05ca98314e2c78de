"""TABARI / PETRARCH actor, agent and discard dictionaries as eventlib dictionaries.

Actors become entries that keep their full code (``[PSEREBHMS]``), with dated codes valid only
between their dates (on a day several cover, the first listed wins; any dated code wins over the
undated one); ``[FRO/BIL/SAM]`` stands for several actors at once, one entry each. A phrase that
does not end in ``_`` matches any word its last word begins and is at least half of ("ARGENTIN":
Argentina, Argentine); a leading THE is part of the phrase.
Agents become entries whose code is added after the actor's (``[~GOV]``) or before it
(``[NGO~]``). Null codes (``[---]``) are left out. A malformed file raises
:class:`~eventlib.DictionaryError` with file and line; a code that is not a CAMEO-shaped actor code
(three capitals, then capitals and digits in groups of three: the Phoenix files hold one,
``NGOEEURENV``, and the suite's ``+++``) leaves its entry out and is listed, with file and line, in the dictionary's
``problems``.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from ..._errors import DictionaryError
from ...actors.dictionary import ActorDictionary, Entry
from ...parse.text import phrase_tokens
from ...records import ACTOR_CODE
from ..discards import Discards
from .formats import AgentRecord, DatedCode, Phrase, read_actors, read_agents, read_discards

__all__ = ["load_actors", "load_agents", "load_discards"]


def _tokens(phrase: Phrase) -> tuple[str, ...]:
    """The phrase's tokens; a leading 'the' is kept: TABARI's THE_AU must not match 'Austrian'."""
    return phrase_tokens(" ".join(phrase.words), article=True)


def _checked(code: str, path: str, line: int, phrase: Phrase, problems: list[str]) -> bool:
    """Whether ``code`` is a well-formed actor code; if not, the problem is noted."""
    if ACTOR_CODE.match(code):
        return True
    problems.append(str(DictionaryError(path, line, f"left out: expected an actor code of three capitals, then "
                                                    f"capitals and digits in groups of three, got {code!r}",
                                        " ".join(phrase.words))))
    return False


def load_actors(path: str | Path) -> ActorDictionary:
    """The actors of a TABARI / PETRARCH actor dictionary."""
    path = str(path)
    entries: list[Entry] = []
    problems: list[str] = []
    for record in read_actors(path):
        alone = [c if "/" not in c.code else attrs.evolve(c, code=part)
                 for c in record.codes if c.code for part in c.code.split("/")]
        usable = [c for c in alone if _checked(c.code, path, record.line, record.phrases[0], problems)]
        codes: list[DatedCode] = sorted(usable, key=lambda c: c.start is not None or c.end is not None)
        for phrase in record.phrases:
            tokens = _tokens(phrase)
            if not tokens:
                continue
            for code in codes:
                entries.append(Entry(" ".join(phrase.words), tokens, code.code, "actor", "actors", code.start,
                                     code.end, f"{path}:{phrase.line}", stem=not phrase.exact_last))
    return ActorDictionary(entries, name=f"petrarch:{path}", problems=problems)


def _agent_entries(record: AgentRecord, path: str, problems: list[str]) -> list[Entry]:
    if not _checked(record.code, path, record.line, record.phrase, problems):
        return []
    code = record.code
    found = []
    for phrase in (record.phrase, *record.plurals):
        tokens = _tokens(phrase)
        if tokens:
            found.append(Entry(" ".join(phrase.words), tokens, code, record.position, "agents",
                               origin=f"{path}:{phrase.line}"))
    return found


def load_agents(path: str | Path) -> ActorDictionary:
    """The agents of a TABARI / PETRARCH agent dictionary (roles added to an actor's code)."""
    path = str(path)
    problems: list[str] = []
    entries = [e for record in read_agents(path) for e in _agent_entries(record, path, problems)]
    return ActorDictionary(entries, name=f"petrarch-agents:{path}", problems=problems)


def load_discards(path: str | Path) -> Discards:
    """The phrases of a TABARI / PETRARCH discard list ('+' at the start: the whole story)."""
    return Discards.of((_tokens(record.phrase), record.story) for record in read_discards(str(path)))
