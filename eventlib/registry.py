"""Find rule sets and actor dictionaries by name, path or object.

Built-in and third-party rule sets register the same way: an entry point in the
``eventlib.rulesets`` (or ``eventlib.actors``) group whose object is a :class:`RuleSet`
(:class:`ActorDictionary`), a path to a data file or folder, or a function returning one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any

from . import _builtin
from ._errors import DictionaryError, EventlibError
from .actors.dictionary import ActorDictionary, load_dictionary
from .rules.discards import Discards
from .rules.ruleset import RuleSet, load_ruleset

RULESET_GROUP = "eventlib.rulesets"
ACTORS_GROUP = "eventlib.actors"
DEFAULT_RULESETS = ("cameo.core.v1",)
DEFAULT_ACTORS = ("builtin.v1",)
_BUILTIN: dict[str, dict[str, Callable[[], Any]]] = {
    RULESET_GROUP: {"cameo.core.v1": _builtin.core_rules},
    ACTORS_GROUP: {"builtin.v1": _builtin.core_actors},
}

RuleSetSpec = RuleSet | str | Path
ActorsSpec = ActorDictionary | str | Path
DiscardsSpec = Discards | str | Path
#: Prefixes of specs naming TABARI / PETRARCH files: "petrarch:FILE" (verbs or actors), "petrarch-agents:FILE".
PETRARCH = "petrarch:"
PETRARCH_AGENTS = "petrarch-agents:"

__all__ = ["available_actors", "available_rulesets", "combined_discards", "resolve_actors", "resolve_ruleset"]


class RegistryError(EventlibError, LookupError):
    """A rule set or dictionary name is not registered and is not a path."""


def _registered(group: str) -> dict[str, Callable[[], Any]]:
    found: dict[str, Callable[[], Any]] = dict(_BUILTIN[group])
    for point in entry_points(group=group):
        found.setdefault(point.name, _loader(point))
    return found


def _loader(point: EntryPoint) -> Callable[[], Any]:
    def load() -> Any:
        try:
            value = point.load()
        except Exception as error:  # a broken plug-in must not take the host down silently
            raise RegistryError(f"entry point {point.name!r} ({point.value}) failed to load: {error}") from error
        return value() if callable(value) and not isinstance(value, (RuleSet, ActorDictionary)) else value
    return load


def available_rulesets() -> list[str]:
    """Names of the registered rule sets (built-in and from installed plug-ins)."""
    return sorted(_registered(RULESET_GROUP))


def available_actors() -> list[str]:
    """Names of the registered actor dictionaries."""
    return sorted(_registered(ACTORS_GROUP))


@functools.lru_cache(maxsize=32)
def _load_ruleset_file(path: str) -> RuleSet:
    return load_ruleset(path)


@functools.lru_cache(maxsize=32)
def _load_dictionary_path(path: str) -> ActorDictionary:
    return load_dictionary(path)


def resolve_ruleset(spec: RuleSetSpec) -> RuleSet:
    """A rule set from a registered name, a YAML / JSONL path, ``petrarch:FILE`` (a TABARI /
    PETRARCH verb dictionary), or a :class:`RuleSet`."""
    if isinstance(spec, RuleSet):
        return spec
    if isinstance(spec, str) and spec.startswith(PETRARCH):
        return _load_petrarch("verbs", _petrarch_path(spec, PETRARCH))
    registered = _registered(RULESET_GROUP)
    if isinstance(spec, str) and spec in registered:
        value = registered[spec]()
        if isinstance(value, RuleSet):
            return value
        return _load_ruleset_file(str(Path(value).resolve()))
    path = Path(spec)
    if path.is_file():
        return _load_ruleset_file(str(path.resolve()))
    raise RegistryError(f"no rule set {str(spec)!r}; available: {', '.join(sorted(registered))} "
                        "(or give a path to a .yaml / .jsonl rule file)")


@functools.lru_cache(maxsize=32)
def _load_petrarch(kind: str, path: str) -> Any:
    from .rules.petrarch import dictionaries, verbs

    return {"actors": dictionaries.load_actors, "agents": dictionaries.load_agents,
            "discards": dictionaries.load_discards, "verbs": verbs.load_verbs}[kind](path)


def _petrarch_path(spec: str, prefix: str) -> str:
    path = Path(spec[len(prefix):])
    if not path.is_file():
        raise DictionaryError(str(path), None, f"no such TABARI / PETRARCH dictionary file (from {spec!r})")
    return str(path.resolve())


def resolve_actors(spec: ActorsSpec) -> ActorDictionary:
    """An actor dictionary from a registered name, a CSV file or folder, ``petrarch:FILE`` (a
    TABARI / PETRARCH actors file), ``petrarch-agents:FILE`` (agents), or an :class:`ActorDictionary`."""
    if isinstance(spec, ActorDictionary):
        return spec
    if isinstance(spec, str) and spec.startswith(PETRARCH):
        return _load_petrarch("actors", _petrarch_path(spec, PETRARCH))
    if isinstance(spec, str) and spec.startswith(PETRARCH_AGENTS):
        return _load_petrarch("agents", _petrarch_path(spec, PETRARCH_AGENTS))
    registered = _registered(ACTORS_GROUP)
    if isinstance(spec, str) and spec in registered:
        value = registered[spec]()
        if isinstance(value, ActorDictionary):
            return value
        return _load_dictionary_path(str(Path(value).resolve()))
    path = Path(spec)
    if path.exists():
        return _load_dictionary_path(str(path.resolve()))
    raise RegistryError(f"no actor dictionary {str(spec)!r}; available: {', '.join(sorted(registered))} "
                        "(or give a path to a .csv dictionary or a folder of them)")


def combined_discards(specs: list[DiscardsSpec]) -> Discards:
    """One discard list from :class:`Discards` objects and ``petrarch:FILE`` specs."""
    combined = Discards()
    for spec in specs:
        if isinstance(spec, Discards):
            combined = combined.merged(spec)
        elif isinstance(spec, str) and spec.startswith(PETRARCH):
            combined = combined.merged(_load_petrarch("discards", _petrarch_path(spec, PETRARCH)))
        else:
            raise RegistryError(f"expected discards as petrarch:PATH or a Discards object, got {spec!r}")
    return combined


def combined_dictionary(specs: list[ActorsSpec]) -> ActorDictionary:
    """One dictionary holding the entries of every ``spec`` in order."""
    combined = ActorDictionary([], name="+".join(str(s) for s in specs))
    for spec in specs:
        combined.extend(resolve_actors(spec))
    if not len(combined) and specs:
        raise DictionaryError(str(specs[0]), None, "actor dictionaries hold no entries")
    return combined
