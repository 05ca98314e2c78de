"""One registry of extensions, a group per kind, each also reading the entry points of other packages.

Built on :mod:`catalogue` (as spaCy's ``util.registry`` is). Each group ``registry.KIND`` reads
the entry points of group ``eventlib.KIND``:

- ``rulesets``: a :class:`RuleSet`, a path to a rule file, or a function returning one;
- ``actors``: an :class:`ActorDictionary`, a path to a CSV file or folder, or a function returning one;
- ``rule_types``: a rule class, by the ``type`` a rule file gives;
- ``schemas``: an output :class:`~eventlib.io.schema.Schema` (``--schema``);
- ``formats``: an output format class, :class:`~eventlib.io.outputs.EventFormat` (``--format``);
- ``loaders``: a :class:`Loader` of ``NAME:PATH`` specs (``petrarch:FILE``);
- ``languages``: a language pack, by spaCy language code (``nlp.lang``).

A plug-in package declares, in its ``pyproject.toml``::

    [project.entry-points."eventlib.schemas"]
    mine = "mypackage.schema:MINE"

and code registers with ``registry.schemas.register("mine", func=MINE)`` (or as a decorator). The
built-ins register the same way, in :mod:`eventlib._registrations`, read when a group is first
used. A name registered in this process wins over an entry point of the same name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs
import catalogue

from ._errors import DictionaryError, RegistryError

if TYPE_CHECKING:
    from .actors.dictionary import ActorDictionary
    from .rules.discards import Discards
    from .rules.ruleset import RuleSet

DEFAULT_RULESETS = ("cameo.constructions.v1", "cameo.nominal.v1", "cameo.statements.v1", "cameo.core.v1")
DEFAULT_ACTORS = ("builtin.v1",)

#: A rule set, a registered name, a path, or "NAME:PATH" (NAME a loader).
RuleSetSpec: TypeAlias = "RuleSet | str | Path"
#: An actor dictionary, a registered name, a path, or "NAME:PATH".
ActorsSpec: TypeAlias = "ActorDictionary | str | Path"
#: A discard list, or "NAME:PATH".
DiscardsSpec: TypeAlias = "Discards | str"
#: What each kind of thing a loader reads is called in messages.
_READS = {"rulesets": "rule sets", "actors": "actor dictionaries", "discards": "discard lists"}

__all__ = ["Group", "Loader", "RegistryError", "available_actors", "available_rulesets", "combined_discards",
           "registry", "resolve_actors", "resolve_ruleset"]


@functools.cache
def _populate() -> None:
    """Register the built-ins (once, on first use of any group)."""
    from . import _registrations  # noqa: F401  (registers on import)


class Group(catalogue.Registry):  # type: ignore[misc]
    """One kind of extension: names registered in this process, then entry points of group ``eventlib.<kind>``."""

    def __init__(self, kind: str, what: str) -> None:
        """The group ``kind`` (registry namespace ``("eventlib", kind)``), its entries called ``what``."""
        super().__init__(("eventlib", kind), entry_points=True)
        self.kind = kind
        #: What one entry is called in messages ('rule set', 'output schema').
        self.what = what
        self.entry_point_namespace = f"eventlib.{kind}"

    def _get_entry_points(self) -> list[EntryPoint]:
        """This group's entry points, read afresh (a plug-in installed since start-up is seen)."""
        return list(entry_points(group=self.entry_point_namespace))

    def _registered(self) -> dict[str, Any]:
        """Names registered in this process (built-ins included) and their raw values."""
        _populate()
        size = len(self.namespace)
        return {key[-1]: value for key, value in catalogue.REGISTRY.copy().items()
                if len(key) == size + 1 and key[:size] == tuple(self.namespace)}

    def declare(self, name: str, reference: str) -> None:
        """Register ``name`` as ``module:attribute``, imported on first use, as an entry point is."""
        self.register(name, func=EntryPoint(name=name, value=reference, group=self.entry_point_namespace))

    def names(self) -> list[str]:
        """Every name of the group, sorted, without loading any of them."""
        return sorted(set(self._registered()) | {point.name for point in self._get_entry_points()})

    def __contains__(self, name: object) -> bool:
        """Whether ``name`` is registered here or declared by an entry point (nothing is loaded)."""
        if not isinstance(name, str):
            return False
        return name in self._registered() or any(point.name == name for point in self._get_entry_points())

    def get(self, name: str) -> Any:
        """The object registered as ``name``; raises :class:`RegistryError` listing the names there are."""
        registered = self._registered()
        if name in registered:
            value = registered[name]
            if isinstance(value, EntryPoint):
                value = _loaded(value)
                self.register(name, func=value)
            return value
        for point in self._get_entry_points():
            if point.name == name:
                return _loaded(point)
        raise RegistryError(f"no {self.what} {name!r}; available: {', '.join(self.names()) or '(none)'}")

    def get_all(self) -> dict[str, Any]:
        """Every entry of the group, loaded, by name."""
        return {name: self.get(name) for name in self.names()}

    def load(self, name: str) -> Any:
        """The extension ``name``: its registered object, or what its registered function returns."""
        value = self.get(name)
        return value() if callable(value) and not isinstance(value, type) else value

    def get_entry_points(self) -> dict[str, Any]:
        """This group's entry points, loaded, by name."""
        return {point.name: _loaded(point) for point in self._get_entry_points()}

    def get_entry_point(self, name: str, default: Any = None) -> Any:
        """The entry point ``name`` of this group, loaded, or ``default``."""
        for point in self._get_entry_points():
            if point.name == name:
                return _loaded(point)
        return default


def _loaded(point: EntryPoint) -> Any:
    """The object an entry point names; a broken plug-in raises :class:`RegistryError` naming it."""
    try:
        return point.load()
    except Exception as error:  # a broken plug-in must not take the host down silently
        raise RegistryError(f"entry point {point.name!r} of group {point.group!r} ({point.value}) failed to load: "
                            f"{type(error).__name__}: {error}") from error


class Registry:
    """The extension groups of eventlib (one object, as spaCy's ``registry``)."""

    #: The groups, by attribute name.
    KINDS = ("rulesets", "actors", "rule_types", "schemas", "formats", "loaders", "languages")

    def __init__(self) -> None:
        """One :class:`Group` per kind of extension."""
        self.rulesets = Group("rulesets", "rule set")
        self.actors = Group("actors", "actor dictionary")
        self.rule_types = Group("rule_types", "rule type")
        self.schemas = Group("schemas", "output schema")
        self.formats = Group("formats", "output format")
        self.loaders = Group("loaders", "dictionary loader")
        self.languages = Group("languages", "language pack")

    def group(self, kind: str) -> Group:
        """The group ``kind``; raises :class:`RegistryError` listing the groups."""
        if kind not in self.KINDS:
            raise RegistryError(f"no registry group {kind!r}; available: {', '.join(self.KINDS)}")
        return getattr(self, kind)  # type: ignore[no-any-return]


#: The registry: ``registry.rulesets``, ``registry.actors``, ``registry.rule_types``, ``registry.schemas``,
#: ``registry.formats``, ``registry.loaders``, ``registry.languages``.
registry = Registry()
#: The entry-point groups of rule sets and actor dictionaries (those of plug-ins written before the registry).
RULESET_GROUP = registry.rulesets.entry_point_namespace
ACTORS_GROUP = registry.actors.entry_point_namespace


@attrs.frozen
class Loader:
    """Reads the files of ``NAME:PATH`` specs: each function takes a path and returns what it holds.

    A loader that does not read one kind of thing leaves that function out (None).
    """

    description: str
    rulesets: Callable[[str], RuleSet] | None = None
    actors: Callable[[str], ActorDictionary] | None = None
    discards: Callable[[str], Discards] | None = None


def available_rulesets() -> list[str]:
    """Names of the registered rule sets (built-in and from installed plug-ins)."""
    return registry.rulesets.names()


def available_actors() -> list[str]:
    """Names of the registered actor dictionaries."""
    return registry.actors.names()


def _loader_spec(spec: object, kind: str) -> tuple[str, Loader, str] | None:
    """``(name, loader, path)`` when ``spec`` is ``NAME:PATH`` with NAME a loader of ``kind``, else None."""
    if not isinstance(spec, str) or ":" not in spec:
        return None
    name, _, path = spec.partition(":")
    if name not in registry.loaders:
        return None
    loader = registry.loaders.load(name)
    if not isinstance(loader, Loader):
        raise RegistryError(f"dictionary loader {name!r}: expected a Loader, got {loader!r}")
    if getattr(loader, kind) is None:
        able = [n for n in registry.loaders.names() if getattr(registry.loaders.load(n), kind, None) is not None]
        raise RegistryError(f"dictionary loader {name!r} reads no {_READS[kind]} (from {spec!r}); "
                            f"loaders that do: {', '.join(able) or '(none)'}")
    file = Path(path)
    if not file.is_file():
        raise DictionaryError(str(file), None, f"no such {loader.description} file (from {spec!r})")
    return name, loader, str(file.resolve())


@functools.lru_cache(maxsize=32)
def _load_with(name: str, kind: str, path: str) -> Any:
    """What the loader ``name`` reads from ``path`` as ``kind`` (each file read once per process)."""
    return getattr(registry.loaders.load(name), kind)(path)


def _loader_names() -> str:
    """The registered loaders' names, for messages."""
    return ", ".join(registry.loaders.names())


@functools.lru_cache(maxsize=32)
def _load_ruleset_file(path: str) -> RuleSet:
    """The rule set of a rule file (each file read once per process)."""
    from .rules.ruleset import load_ruleset

    return load_ruleset(path)


@functools.lru_cache(maxsize=32)
def _load_dictionary_path(path: str) -> ActorDictionary:
    """The actor dictionary of a CSV file or folder (each read once per process)."""
    from .actors.dictionary import load_dictionary

    return load_dictionary(path)


def resolve_ruleset(spec: RuleSetSpec) -> RuleSet:
    """A rule set from a registered name, a YAML / JSONL path, ``NAME:PATH`` (NAME a loader, such as
    ``petrarch`` for a TABARI / PETRARCH verb dictionary), or a :class:`RuleSet`."""
    from .rules.ruleset import RuleSet

    if isinstance(spec, RuleSet):
        return spec
    loaded = _loader_spec(spec, "rulesets")
    if loaded is not None:
        return _load_with(loaded[0], "rulesets", loaded[2])  # type: ignore[no-any-return]
    if isinstance(spec, str) and spec in registry.rulesets:
        value = registry.rulesets.load(spec)
        return value if isinstance(value, RuleSet) else _load_ruleset_file(str(Path(value).resolve()))
    path = Path(spec)
    if path.is_file():
        return _load_ruleset_file(str(path.resolve()))
    raise RegistryError(f"no rule set {str(spec)!r}; available: {', '.join(available_rulesets())} "
                        f"(or give a path to a .yaml / .jsonl rule file, or NAME:PATH with a loader: "
                        f"{_loader_names()})")


def resolve_actors(spec: ActorsSpec) -> ActorDictionary:
    """An actor dictionary from a registered name, a CSV file or folder, ``NAME:PATH`` (NAME a loader:
    ``petrarch`` for a TABARI / PETRARCH actors file, ``petrarch-agents`` for agents), or an
    :class:`ActorDictionary`."""
    from .actors.dictionary import ActorDictionary

    if isinstance(spec, ActorDictionary):
        return spec
    loaded = _loader_spec(spec, "actors")
    if loaded is not None:
        return _load_with(loaded[0], "actors", loaded[2])  # type: ignore[no-any-return]
    if isinstance(spec, str) and spec in registry.actors:
        value = registry.actors.load(spec)
        return value if isinstance(value, ActorDictionary) else _load_dictionary_path(str(Path(value).resolve()))
    path = Path(spec)
    if path.exists():
        return _load_dictionary_path(str(path.resolve()))
    raise RegistryError(f"no actor dictionary {str(spec)!r}; available: {', '.join(available_actors())} "
                        f"(or give a path to a .csv dictionary or a folder of them, or NAME:PATH with a loader: "
                        f"{_loader_names()})")


def combined_discards(specs: Sequence[DiscardsSpec]) -> Discards:
    """One discard list from :class:`Discards` objects and ``NAME:PATH`` specs (such as ``petrarch:FILE``)."""
    from .rules.discards import Discards

    combined = Discards()
    for spec in specs:
        if isinstance(spec, Discards):
            combined = combined.merged(spec)
            continue
        loaded = _loader_spec(spec, "discards")
        if loaded is None:
            raise RegistryError(f"expected discards as NAME:PATH (NAME a loader: {_loader_names()}) "
                                f"or a Discards object, got {spec!r}")
        combined = combined.merged(_load_with(loaded[0], "discards", loaded[2]))
    return combined


def combined_dictionary(specs: Sequence[ActorsSpec]) -> ActorDictionary:
    """One dictionary holding the entries of every ``spec`` in order."""
    from .actors.dictionary import ActorDictionary

    combined = ActorDictionary([], name="+".join(str(s) for s in specs))
    for spec in specs:
        combined.extend(resolve_actors(spec))
    if not len(combined) and specs:
        raise DictionaryError(str(specs[0]), None, "actor dictionaries hold no entries")
    return combined
