"""eventlib: turn news text into CAMEO political event data.

>>> import eventlib
>>> coder = eventlib.Coder()                                   # doctest: +SKIP
>>> coder.code_text("Turkish troops shelled Syrian rebels.", "2018-02-08")  # doctest: +SKIP
"""

from . import taxonomy
from ._errors import (
    DictionaryError,
    EventlibError,
    InputError,
    ModelNotFoundError,
    OutputError,
    RecordError,
    TaxonomyError,
    UnknownCodeError,
)
from ._version import version as __version__
from .actors.dictionary import ActorDictionary, load_dictionary
from .coder import CodedArticle, Coder, Explanation, Situation
from .io.inputs import Rejection, read_articles
from .io.outputs import EventWriter, open_writer, read_events, write_events
from .io.schema import COLUMNS
from .records import Actor, Article, Event, Location
from .registry import available_actors, available_rulesets
from .rules.ruleset import Rule, RuleLike, RuleSet, load_ruleset, parse_ruleset

__all__ = [
    "COLUMNS",
    "Actor",
    "ActorDictionary",
    "Article",
    "CodedArticle",
    "Coder",
    "DictionaryError",
    "Event",
    "EventWriter",
    "EventlibError",
    "Explanation",
    "InputError",
    "Location",
    "ModelNotFoundError",
    "OutputError",
    "RecordError",
    "Rejection",
    "Rule",
    "RuleLike",
    "RuleSet",
    "Situation",
    "TaxonomyError",
    "UnknownCodeError",
    "__version__",
    "available_actors",
    "available_rulesets",
    "load_dictionary",
    "load_ruleset",
    "open_writer",
    "parse_ruleset",
    "read_articles",
    "read_events",
    "taxonomy",
    "write_events",
]
