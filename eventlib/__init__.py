"""eventlib: turn news text into CAMEO political event data.

>>> import eventlib
>>> coder = eventlib.Coder()                                   # doctest: +SKIP
>>> coder.code_text("Turkish troops shelled Syrian rebels.", "2018-02-08")  # doctest: +SKIP

Importing the package loads nothing else: each name below is imported from its module on first
use (so ``eventlib.taxonomy`` does not load spaCy, and only ``eventlib.Coder`` does).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import taxonomy
    from ._errors import (
        DictionaryError,
        EventlibError,
        InputError,
        ModelNotFoundError,
        OutputError,
        RecordError,
        RegistryError,
        TaxonomyError,
        UnknownCodeError,
        UnknownLanguageError,
    )
    from .actors.dictionary import ActorDictionary, load_dictionary
    from .coder import CodedArticle, Coder, Explanation, Situation
    from .config import CoderConfig
    from .io.inputs import Rejection, read_articles
    from .io.outputs import EventFormat, EventWriter, open_writer, read_events, write_events
    from .io.schema import COLUMNS, Schema
    from .lang import LanguagePack, language_pack
    from .parse.grammar import Predicate
    from .records import Actor, Article, Event, Location
    from .registry import Loader, available_actors, available_rulesets
    from .rules.contract import BaseRule
    from .rules.ruleset import Rule, RuleLike, RuleSet, load_ruleset, parse_ruleset

#: Where each public name lives (module, relative to this package).
_EXPORTS: dict[str, str] = {
    "COLUMNS": ".io.schema", "Schema": ".io.schema",
    "Actor": ".records", "Article": ".records", "Event": ".records", "Location": ".records",
    "ActorDictionary": ".actors.dictionary", "load_dictionary": ".actors.dictionary",
    "CodedArticle": ".coder", "Coder": ".coder", "Explanation": ".coder", "Situation": ".coder",
    "CoderConfig": ".config",
    "DictionaryError": "._errors", "EventlibError": "._errors", "InputError": "._errors",
    "ModelNotFoundError": "._errors", "OutputError": "._errors", "RecordError": "._errors",
    "RegistryError": "._errors", "TaxonomyError": "._errors", "UnknownCodeError": "._errors",
    "EventFormat": ".io.outputs", "EventWriter": ".io.outputs", "open_writer": ".io.outputs",
    "read_events": ".io.outputs", "write_events": ".io.outputs",
    "Rejection": ".io.inputs", "read_articles": ".io.inputs",
    "Predicate": ".parse.grammar",
    "LanguagePack": ".lang", "language_pack": ".lang", "UnknownLanguageError": "._errors",
    "Loader": ".registry", "available_actors": ".registry", "available_rulesets": ".registry",
    "BaseRule": ".rules.contract",
    "Rule": ".rules.ruleset", "RuleLike": ".rules.ruleset", "RuleSet": ".rules.ruleset",
    "load_ruleset": ".rules.ruleset", "parse_ruleset": ".rules.ruleset",
}
#: Submodules that are public names of the package.
_MODULES = ("taxonomy",)

__all__ = [
    "COLUMNS",
    "Actor",
    "ActorDictionary",
    "Article",
    "BaseRule",
    "CodedArticle",
    "Coder",
    "CoderConfig",
    "DictionaryError",
    "Event",
    "EventFormat",
    "EventWriter",
    "EventlibError",
    "Explanation",
    "InputError",
    "LanguagePack",
    "Loader",
    "Location",
    "ModelNotFoundError",
    "OutputError",
    "Predicate",
    "RecordError",
    "RegistryError",
    "Rejection",
    "Rule",
    "RuleLike",
    "RuleSet",
    "Schema",
    "Situation",
    "TaxonomyError",
    "UnknownCodeError",
    "UnknownLanguageError",
    "__version__",
    "available_actors",
    "available_rulesets",
    "language_pack",
    "load_dictionary",
    "load_ruleset",
    "open_writer",
    "parse_ruleset",
    "read_articles",
    "read_events",
    "taxonomy",
    "write_events",
]


def __getattr__(name: str) -> Any:
    """The public name ``name``, imported from its module on first use (and kept)."""
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    elif name in _MODULES:
        value = importlib.import_module(f".{name}", __name__)
    elif name == "__version__":
        from ._version import version as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, and what the module already holds."""
    return sorted({*globals(), *__all__})
