"""Rule sets: CAMEO coding rules anchored on predicates, loaded from YAML or JSONL data files.

A rule names an anchor lemma (a verb), optional constraints on its particle, object,
preposition and subject, the argument slots that give the source and target actors, and the
CAMEO code it yields. See ``docs/rules.md`` for the file format. Rules written in Python
follow the :class:`RuleLike` protocol and sit in a :class:`RuleSet` beside data rules.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import attrs
import yaml
from spacy.tokens import Token

from .._errors import DictionaryError
from .._taxonomy import load_taxonomy
from ..parse.grammar import Predicate

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")
RULESET_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
SLOT = re.compile(r"^(subject|object|dative|between|after|after:[^:\s]+:\d|before:[^:\s]+|actor|front|none"
                  r"|prep:[a-z]+)$")
RULE_KEYS = frozenset({"id", "code", "verb", "particle", "object", "object_modifier", "prep", "prep_object",
                       "subject", "source", "target", "negated", "priority", "examples", "note"})
RULESET_KEYS = frozenset({"ruleset", "description", "priority", "synonyms", "rules", "intent"})
INTENT_MODES = ("intend", "threaten", "refuse", "appeal", "demand")
SUPPRESS = "suppress"
#: A marker in object lists: any named place ("seized Damascus") as well as the nouns listed.
PLACE = "@place"

__all__ = ["IntentTable", "Rule", "RuleLike", "RuleSet", "load_ruleset", "parse_ruleset"]


@runtime_checkable
class RuleLike(Protocol):
    """What the engine needs of a rule; data rules and Python rules both follow it.

    ``check`` returns ``None`` when the rule matches the predicate, else a short reason.
    """

    id: str
    code: str
    source: str
    target: str
    negated: str
    priority: int

    @property
    def specificity(self) -> int: ...

    def anchors(self) -> Iterable[str]: ...

    def check(self, predicate: Predicate) -> str | None: ...


def is_place(token: Token) -> bool:
    """Whether a token names a place within a country (a city, region or site; not a country itself)."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.text.lower() not in _country_names()


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Country names of the taxonomy and of the built-in dictionary ('Turkey' as well as 'Türkiye')."""
    from .._builtin import CORE_ACTORS

    names = {name.lower() for name in load_taxonomy().countries["name"]}
    with open(CORE_ACTORS / "countries.csv", encoding="utf-8", newline="") as handle:
        names.update(row["phrase"].lower() for row in csv.DictReader(handle) if row["kind"] == "name")
    return frozenset(names)


def slots_filled(rule: RuleLike, predicate: Predicate) -> bool:
    """Whether ``rule``'s slots can be filled in ``predicate`` (rules without the method: always)."""
    method = getattr(rule, "slots_filled", None)
    return True if method is None else bool(method(predicate))


def _lemmas(token_lemma: str, allowed: frozenset[str] | None) -> bool:
    return allowed is None or token_lemma in allowed


@attrs.frozen
class Rule:
    """A data rule: anchor lemmas, constraints, slots and the CAMEO code it yields."""

    id: str
    code: str
    verbs: frozenset[str]
    particle: str | None = None
    objects: frozenset[str] | None = None
    object_modifiers: frozenset[str] | None = None
    prep: str | None = None
    prep_objects: frozenset[str] | None = None
    subjects: frozenset[str] | None = None
    source: str = "subject"
    target: str = "object"
    negated: str = SUPPRESS
    priority: int = 0
    examples: tuple[str, ...] = ()
    ruleset: str = ""
    origin: str = ""

    @property
    def slot_preps(self) -> tuple[str, ...]:
        """Prepositions the source and target slots need ('prep:with' needs 'with')."""
        return tuple(slot[5:] for slot in (self.source, self.target) if slot.startswith("prep:")) + \
            (("between",) if "between" in (self.source, self.target) else ())

    @property
    def constraints(self) -> int:
        """How many constraints on the parse the rule sets beyond its anchor."""
        return sum(x is not None for x in (self.particle, self.objects, self.object_modifiers, self.prep,
                                           self.prep_objects, self.subjects))

    @property
    def specificity(self) -> int:
        """How many constraints beyond the anchor the rule sets (a prepositional slot counts as one).

        Among matching rules of equal priority the most specific is tried first; a rule whose
        slots cannot be filled gives way to a later one whose slots can.
        """
        return self.constraints + len(set(self.slot_preps) - {self.prep})

    def anchors(self) -> Iterable[str]:
        return self.verbs

    def slots_filled(self, predicate: Predicate) -> bool:
        """Whether the prepositions the slots need are there (rules whose slots fill are preferred)."""
        return all(word in predicate.preps for word in self.slot_preps)

    def check(self, predicate: Predicate) -> str | None:
        if self.target == "object" and predicate.object is None and \
                any(c.dep_ == "xcomp" for c in predicate.token.children):
            return "verb takes a clause ('tries to ...'), not the object the rule is about"
        if self.objects is None and any(c.dep_ == "oprd" for c in predicate.token.children):
            return "verb describes its object ('called the decision unjustified'), it is not an action"
        if self.particle is not None and self.particle not in predicate.particles:
            return f"needs particle {self.particle!r}"
        if self.objects is not None:
            obj = predicate.object
            if obj is None:
                return "needs an object"
            if obj.lemma_.lower() not in self.objects and not (PLACE in self.objects and is_place(obj)):
                return f"object {obj.lemma_.lower()!r} not in {sorted(self.objects)[:6]}"
            if self.object_modifiers is not None and not any(
                    c.dep_ in ("compound", "amod", "nmod")
                    and (c.lemma_.lower() in self.object_modifiers or c.lower_ in self.object_modifiers)
                    for c in obj.children):
                return f"object lacks a modifier in {sorted(self.object_modifiers)[:6]}"
        if self.prep is not None:
            if self.prep not in predicate.preps:
                return f"needs preposition {self.prep!r}"
            heads = predicate.preps[self.prep]
            if self.prep_objects is not None and not any(h.lemma_.lower() in self.prep_objects for h in heads):
                return f"object of {self.prep!r} not in {sorted(self.prep_objects)[:6]}"
        if self.subjects is not None:
            subject = predicate.token
            heads = [c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not any(h.lemma_.lower() in self.subjects for h in heads):
                return f"subject not in {sorted(self.subjects)[:6]}"
        return None


@attrs.frozen
class IntentTable:
    """How an intent verb ('agreed to', 'threatened to') recodes the event of its complement."""

    verbs: Mapping[str, str]
    codes: Mapping[str, Mapping[str, str]]
    #: Codes for an intent verb whose complement codes nothing ("promised to democratize" -> 030).
    uncoded: Mapping[str, str] = attrs.field(factory=dict)
    #: Complement verbs no rule codes that still make an intent a threat ("vowed to crush" -> 138).
    hostile: Mapping[str, str] = attrs.field(factory=dict)

    def recode(self, intent_verb: str, code: str) -> str | None:
        """The intent code for ``code`` under ``intent_verb``; None when the event is suppressed."""
        mode = self.verbs.get(intent_verb)
        if mode is None:
            return code
        return self.recode_as(mode, code)

    def recode_as(self, mode: str, code: str) -> str | None:
        """The code ``mode`` makes of ``code`` (longest prefix in its table); None when suppressed."""
        if mode == "intend" and code[:2] >= "10":
            mode = "threaten"
        table = self.codes.get(mode, {})
        for size in (4, 3, 2, 0):
            key = code[:size] if size else "*"
            if key in table:
                found = table[key]
                return None if found == SUPPRESS else found
        return None

    def merged(self, other: IntentTable | None) -> IntentTable:
        """This table with ``other``'s entries added (``other`` wins on conflicts)."""
        if other is None:
            return self
        codes = {mode: {**self.codes.get(mode, {}), **other.codes.get(mode, {})} for mode in INTENT_MODES}
        return IntentTable({**self.verbs, **other.verbs}, codes, {**self.uncoded, **other.uncoded},
                           {**self.hostile, **other.hostile})


@attrs.define
class RuleSet:
    """A named, versioned collection of rules (data or Python) with its synonym classes."""

    id: str
    description: str
    rules: list[RuleLike]
    intent: IntentTable | None = None
    origin: str = ""
    #: Rules left out when loaded (converted files), each with file, line and reason.
    problems: list[str] = attrs.field(factory=list)

    def __len__(self) -> int:
        return len(self.rules)


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping as ``__line__``."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


class _Reader:
    """Validates one rule-set document and builds its rules; errors name file, line and rule."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, line: int | None, message: str, rule: str | None = None) -> DictionaryError:
        return DictionaryError(self.path, line, message, f"rule {rule!r}" if rule else None)

    def lemma_list(self, value: Any, key: str, line: int, rule: str, synonyms: Mapping[str, frozenset[str]]
                   ) -> frozenset[str]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            raise self.fail(line, f"{key!r}: expected a word or a non-empty list of words, got {value!r}", rule)
        lemmas: set[str] = set()
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(line, f"{key!r}: expected words (quote '&class' references), got {item!r}", rule)
            item = item.strip().lower()
            if item.startswith("@") and item != PLACE:
                raise self.fail(line, f"{key!r}: unknown marker {item!r}; the one marker is {PLACE!r}", rule)
            if item.startswith("&"):
                if item[1:] not in synonyms:
                    raise self.fail(line, f"{key!r}: unknown synonym class {item!r}; "
                                          f"defined: {', '.join(sorted(synonyms)) or 'none'}", rule)
                lemmas |= synonyms[item[1:]]
            else:
                lemmas.add(item)
        return frozenset(lemmas)

    def synonyms(self, value: Any, line: int) -> dict[str, frozenset[str]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(line, f"'synonyms': expected a mapping of class name to word list, got {value!r}")
        classes: dict[str, frozenset[str]] = {}
        for name, words in value.items():
            if name == "__line__":
                continue
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise self.fail(value.get("__line__", line), f"synonym class {name!r}: expected a list of words, "
                                                             f"got {words!r}")
            classes[str(name).lower()] = frozenset(w.strip().lower() for w in words)
        return classes

    def rule(self, raw: Any, index: int, synonyms: Mapping[str, frozenset[str]], ruleset: str,
             default_priority: int, fallback_line: int) -> Rule:
        if not isinstance(raw, dict):
            raise self.fail(fallback_line, f"rule #{index + 1}: expected a mapping, got {raw!r}")
        line = raw.get("__line__", fallback_line)
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
            raise self.fail(line, f"'id': expected lower-case letters, digits and . _ : -, got {rule_id!r}")
        unknown = sorted(set(raw) - RULE_KEYS - {"__line__"})
        if unknown:
            raise self.fail(line, f"unknown keys {unknown}; expected some of {sorted(RULE_KEYS)}", rule_id)
        code = raw.get("code")
        if isinstance(code, int):
            raise self.fail(line, f"'code': expected a CAMEO code as a quoted string, got the number {code} "
                                  "(quote codes, e.g. \"042\": YAML reads 042 as a number)", rule_id)
        if not isinstance(code, str) or not load_taxonomy().is_cameo(code):
            near = load_taxonomy().near_codes(str(code))
            raise self.fail(line, f"'code': expected a CAMEO code as a quoted string (e.g. \"042\"), got {code!r}"
                                  + (f"; near: {', '.join(near)}" if near else ""), rule_id)
        if "verb" not in raw:
            raise self.fail(line, "'verb': expected the anchor lemma(s), found nothing", rule_id)
        fields: dict[str, Any] = {"verbs": self.lemma_list(raw["verb"], "verb", line, rule_id, synonyms)}
        for key, name in (("object", "objects"), ("object_modifier", "object_modifiers"),
                          ("prep_object", "prep_objects"), ("subject", "subjects")):
            if raw.get(key) is not None:
                fields[name] = self.lemma_list(raw[key], key, line, rule_id, synonyms)
        for key in ("particle", "prep"):
            value = raw.get(key)
            if value is not None:
                if not isinstance(value, str) or not value.strip() or " " in value.strip():
                    raise self.fail(line, f"{key!r}: expected one word, got {value!r}", rule_id)
                fields[key] = value.strip().lower()
        if "object_modifiers" in fields and "objects" not in fields:
            raise self.fail(line, "'object_modifier' needs 'object'", rule_id)
        if "prep_objects" in fields and "prep" not in fields:
            raise self.fail(line, "'prep_object' needs 'prep'", rule_id)
        for key, default in (("source", "subject"), ("target", "object")):
            value = raw.get(key, default)
            if not isinstance(value, str) or not SLOT.match(value):
                raise self.fail(line, f"{key!r}: expected subject, object, dative, between, after, actor, front, "
                                      f"none, after:WORD:N, before:WORD or prep:WORD, got {value!r}", rule_id)
            fields[key] = value
        negated = raw.get("negated", SUPPRESS)
        if negated != SUPPRESS and not (isinstance(negated, str) and load_taxonomy().is_cameo(negated)):
            raise self.fail(line, f"'negated': expected 'suppress' or a CAMEO code, got {negated!r}", rule_id)
        priority = raw.get("priority", default_priority)
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise self.fail(line, f"'priority': expected a whole number, got {priority!r}", rule_id)
        examples = raw.get("examples", [])
        if isinstance(examples, str):
            examples = [examples]
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise self.fail(line, f"'examples': expected a list of sentences, got {examples!r}", rule_id)
        return Rule(id=rule_id, code=code, negated=negated, priority=priority, examples=tuple(examples),
                    ruleset=ruleset, origin=f"{self.path}:{line}", **fields)

    def intent(self, raw: Any, line: int) -> IntentTable | None:
        if raw is None:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("verbs"), dict) or not isinstance(raw.get("codes"),
                                                                                                dict):
            raise self.fail(line, "'intent': expected a mapping with 'verbs' and 'codes'")
        line = raw.get("__line__", line)
        verbs = {}
        for verb, mode in raw["verbs"].items():
            if verb == "__line__":
                continue
            if mode not in INTENT_MODES:
                raise self.fail(line, f"'intent.verbs.{verb}': expected one of {INTENT_MODES}, got {mode!r}")
            verbs[str(verb).lower()] = mode
        codes: dict[str, dict[str, str]] = {}
        for mode, table in raw["codes"].items():
            if mode == "__line__":
                continue
            if mode not in INTENT_MODES or not isinstance(table, dict):
                raise self.fail(line, f"'intent.codes': expected modes {INTENT_MODES} mapping code prefixes to "
                                      f"codes, got {mode!r}")
            for prefix, code in table.items():
                if prefix == "__line__":
                    continue
                if not (prefix == "*" or load_taxonomy().is_cameo(str(prefix))):
                    raise self.fail(line, f"'intent.codes.{mode}': key {prefix!r} is not a CAMEO code or '*'")
                if not (code == SUPPRESS or load_taxonomy().is_cameo(str(code))):
                    raise self.fail(line, f"'intent.codes.{mode}.{prefix}': expected a CAMEO code or 'suppress', "
                                          f"got {code!r}")
                codes.setdefault(mode, {})[str(prefix)] = str(code)
        return IntentTable(verbs, codes, self.verb_codes(raw, "uncoded", line), self.verb_codes(raw, "hostile", line))

    def verb_codes(self, raw: dict[str, Any], key: str, line: int) -> dict[str, str]:
        """The optional ``intent.<key>`` mapping of verb lemma to CAMEO code, validated."""
        table = raw.get(key) or {}
        if not isinstance(table, dict):
            raise self.fail(line, f"'intent.{key}': expected a mapping of verb to CAMEO code, got {table!r}")
        for verb, code in table.items():
            if verb != "__line__" and not load_taxonomy().is_cameo(str(code)):
                raise self.fail(line, f"'intent.{key}.{verb}': expected a CAMEO code, got {code!r}")
        return {str(v).lower(): str(c) for v, c in table.items() if v != "__line__"}

    def document(self, data: Any, rule_lines: list[int] | None = None) -> RuleSet:
        if not isinstance(data, dict):
            raise self.fail(1, f"expected a mapping with keys {sorted(RULESET_KEYS)}, got {type(data).__name__}")
        unknown = sorted(set(data) - RULESET_KEYS - {"__line__"})
        if unknown:
            raise self.fail(1, f"unknown top-level keys {unknown}; expected some of {sorted(RULESET_KEYS)}")
        ruleset = data.get("ruleset")
        if not isinstance(ruleset, str) or not RULESET_ID.match(ruleset):
            raise self.fail(1, f"'ruleset': expected a versioned id like 'cameo.core.v1', got {ruleset!r}")
        description = data.get("description", "")
        if not isinstance(description, str):
            raise self.fail(1, f"'description': expected text, got {description!r}")
        priority = data.get("priority", 0)
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise self.fail(1, f"'priority': expected a whole number, got {priority!r}")
        synonyms = self.synonyms(data.get("synonyms"), 1)
        raw_rules = data.get("rules", [])
        if not isinstance(raw_rules, list):
            raise self.fail(1, f"'rules': expected a list of rules, got {type(raw_rules).__name__}")
        rules: list[RuleLike] = []
        seen: dict[str, str] = {}
        for index, raw in enumerate(raw_rules):
            fallback = rule_lines[index] if rule_lines else 1
            rule = self.rule(raw, index, synonyms, ruleset, priority, fallback)
            if rule.id in seen:
                raise self.fail(int(rule.origin.rsplit(":", 1)[1]), f"duplicate rule id; first at {seen[rule.id]}",
                                rule.id)
            seen[rule.id] = rule.origin
            rules.append(rule)
        return RuleSet(ruleset, description, rules, self.intent(data.get("intent"), 1), self.path)


def parse_ruleset(text: str, path: str = "<string>") -> RuleSet:
    """A rule set from YAML text (safely loaded; nothing in it is run)."""
    reader = _Reader(path)
    try:
        data = yaml.load(text, Loader=_LineLoader)  # _LineLoader is a SafeLoader: nothing in the file runs
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise reader.fail(line, f"not valid YAML: {getattr(error, 'problem', error)}") from None
    return reader.document(data)


def _parse_jsonl(text: str, path: str) -> RuleSet:
    """A rule set from JSONL: a header object (ruleset, description, ...) then one rule per line."""
    reader = _Reader(path)
    header: dict[str, Any] | None = None
    rules: list[Any] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise reader.fail(number, f"not valid JSON: {error.msg} at column {error.colno}") from None
        if header is None:
            header = value
            continue
        if isinstance(value, dict):
            value["__line__"] = number
        rules.append(value)
        lines.append(number)
    if header is None:
        raise reader.fail(1, "empty file; expected a header line with 'ruleset' and 'description'")
    return reader.document({**header, "rules": rules}, lines)


def load_ruleset(path: str | Path) -> RuleSet:
    """The rule set in a ``.yaml`` / ``.yml`` or ``.jsonl`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DictionaryError(str(path), None, "no such rule file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DictionaryError(str(path), None, f"cannot read as UTF-8 text: {error}") from None
    if path.suffix.lower() == ".jsonl":
        return _parse_jsonl(text, str(path))
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise DictionaryError(str(path), None, f"expected a .yaml, .yml or .jsonl rule file, got {path.suffix!r}")
    return parse_ruleset(text, str(path))
