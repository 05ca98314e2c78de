"""The language pack: one immutable object holds every English word list, picked by the pipeline's language."""

from __future__ import annotations

import ast
from pathlib import Path

import attrs
import pytest

from eventlib import EventlibError
from eventlib.lang import LanguagePack, UnknownLanguageError, language_pack
from eventlib.lang.en import ENGLISH

PACKAGE = Path(__file__).resolve().parent.parent / "eventlib"

#: Module-level collections of lower-case words that are not language data, by (module path, name), and why.
#: (TABARI's pattern MARKERS need no entry: they are symbols, not words.)
EXEMPT = {
    ("actors/resolve.py", "_COUNTRY_KINDS"): "values of the 'kind' column of eventlib's country tables",
    ("io/inputs.py", "OPTIONAL"): "names of optional fields of eventlib's input records",
    ("parse/nlp.py", "NEEDED"): "names of spaCy pipeline components",
    ("records.py", "DATE_PRECISIONS"): "date precision names of eventlib's event records",
    ("rules/contract.py", "DEFAULT_PASSES"): "names of eventlib's grammar passes",
    ("rules/ruleset.py", "COMMON_KEYS"): "keys of eventlib's rule-file format",
    ("rules/ruleset.py", "RULESET_KEYS"): "keys of eventlib's rule-file format",
    ("rules/ruleset.py", "INTENT_MODES"): "mode names of eventlib's intent tables",
    ("rules/passes.py", "INTENTS"): "mode names of eventlib's intent tables",
    ("rules/nominal.py", "POSITIONS"): "values of the 'noun' key of eventlib's nominal rules",
}


def _strings(node: ast.expr) -> list[str] | None:
    """The string constants of a set, tuple or list literal, or of ``frozenset(...)`` / ``set(...)`` /
    ``tuple(...)`` of one; None when ``node`` is no such literal of strings only."""
    called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    if called and node.func.id in ("frozenset", "set", "tuple") and len(node.args) == 1 and not node.keywords:
        node = node.args[0]
    if not isinstance(node, (ast.Set, ast.Tuple, ast.List)) or not node.elts:
        return None
    if not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return None
    return [e.value for e in node.elts]  # type: ignore[attr-defined]


def _word_lists(path: Path) -> list[str]:
    """Names assigned at module level in ``path`` to a literal collection of 3 or more lower-case words
    (``__all__`` and other dunder names left out)."""
    found = []
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        strings = _strings(value)
        if strings is not None and sum(s.isalpha() and s.islower() for s in strings) >= 3:
            found += [t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("__")]
    return found


class TestPack:
    def test_language_pack_picks_english(self) -> None:
        """``language_pack('en')`` is the English pack."""
        assert language_pack("en") is ENGLISH
        assert (ENGLISH.code, ENGLISH.name) == ("en", "English")

    def test_unknown_code_lists_the_available_ones(self) -> None:
        """An unknown language code raises an eventlib error naming the code and the codes there are packs for."""
        with pytest.raises(UnknownLanguageError, match=r"no language pack for language 'xx'; available: en"):
            language_pack("xx")
        assert issubclass(UnknownLanguageError, EventlibError) and issubclass(UnknownLanguageError, LookupError)

    def test_fields_cannot_be_set(self) -> None:
        """Assigning a field of a pack fails."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            ENGLISH.negators = frozenset()  # type: ignore[misc]

    def test_collections_are_immutable(self) -> None:
        """Every word list is a frozenset or a tuple, every table read-only."""
        for field in attrs.fields(LanguagePack):
            value = getattr(ENGLISH, field.name)
            if isinstance(value, (str, frozenset, tuple)) or callable(value):
                continue
            with pytest.raises(TypeError):
                value["new"] = 1  # a mapping that cannot be written to

    def test_hashable(self) -> None:
        """A pack can be a dictionary key or a cache argument (compared by identity)."""
        assert {ENGLISH: 1}[ENGLISH] == 1

    def test_pack_built_from_plain_collections(self) -> None:
        """Sets, lists and dicts given to the constructor are stored as frozensets, tuples and read-only maps."""
        pack = attrs.evolve(ENGLISH, negators={"nicht"}, weekdays=["montag"], same_prepositions={"auf": "an"})
        assert pack.negators == frozenset({"nicht"}) and pack.weekdays == ("montag",)
        with pytest.raises(TypeError):
            pack.same_prepositions["x"] = "y"  # type: ignore[index]


class TestHelpers:
    @pytest.mark.parametrize(("lemma", "spelled"), [("apologise", "apologize"), ("analyse", "analyze"),
                                                    ("rise", "rise"), ("attack", "attack")])
    def test_standard_spelling(self, lemma: str, spelled: str) -> None:
        """English rules index American spellings."""
        assert ENGLISH.standard_spelling(lemma) == spelled

    def test_inflections_and_regular_forms(self) -> None:
        """A verb's regular forms are inflections of it; a misspelling spelled from the lemma is not."""
        assert {"depart", "departs", "departed", "departing"} <= ENGLISH.inflections("depart")
        assert ENGLISH.regular_form("departs", "depart") and not ENGLISH.regular_form("departes", "depart")
        assert ENGLISH.regular_form("met", "meet")

    def test_negators(self) -> None:
        """'not', 'never', "n't" and 'no' negate."""
        assert all(ENGLISH.is_negator(w) for w in ("not", "never", "n't", "no")) and not ENGLISH.is_negator("now")

    def test_locative_with_and_without_targets(self) -> None:
        """'in' is locative either way; 'to' only when prepositions that may introduce a target count."""
        assert ENGLISH.is_locative("in") and ENGLISH.is_locative("in", targets=False)
        assert ENGLISH.is_locative("to") and not ENGLISH.is_locative("to", targets=False)
        assert not ENGLISH.is_locative("with")


class TestMergedLists:
    """The lists merged into the pack equal, set for set, those each module used before."""

    WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

    def test_negators_of_grammar_and_petrarch(self) -> None:
        """grammar.NEGATORS and petrarch's NEGATIONS were the same set."""
        assert ENGLISH.negators == frozenset({"not", "never", "n't", "no"}) == frozenset({"not", "no", "never", "n't"})

    def test_same_time_of_when_and_where(self) -> None:
        """when._SAME_TIME and where._SAME_TIME were the same set."""
        assert ENGLISH.same_time_subordinators == frozenset({"when", "as", "while", "whilst"})

    def test_locative_prepositions_of_where(self) -> None:
        """where.LOCATIVE is the full locative list."""
        assert ENGLISH.locative_prepositions == frozenset({
            "in", "near", "at", "outside", "around", "across", "inside", "on", "into", "over", "to", "throughout",
            "off", "along", "towards", "toward", "within", "through"})

    def test_place_prepositions_of_resolve(self) -> None:
        """resolve._PLACE_PREPOSITIONS is the locative list less those that may introduce a target."""
        assert ENGLISH.place_prepositions == frozenset({
            "in", "near", "at", "outside", "around", "across", "inside", "into", "throughout", "towards", "toward",
            "within"})

    def test_time_words_of_when(self) -> None:
        """when._TIME_WORDS: weekdays and 'yesterday', 'today', 'tonight', 'overnight'."""
        assert ENGLISH.time_words == frozenset({"yesterday", "today", "tonight", "overnight", *self.WEEKDAYS})

    def test_time_objects_of_grammar(self) -> None:
        """grammar._TIME_WORDS: weekdays and the nouns of times."""
        assert ENGLISH.time_objects == frozenset({
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
            "yesterday", "tomorrow", "morning", "evening", "night", "week", "month", "year", "day", "weekend",
            "afternoon"})

    def test_calendar_names_of_where(self) -> None:
        """where._NOT_PLACES: month and weekday names."""
        assert ENGLISH.calendar_names == frozenset({
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

    def test_weekdays_and_months_of_when(self) -> None:
        """when.WEEKDAYS, and when.MONTHS: full names, their first three letters, and 'sept'."""
        assert ENGLISH.weekdays == self.WEEKDAYS
        months = {name: n for n, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                    "august", "september", "october", "november", "december"),
                                                   start=1)}
        months.update({name[:3]: n for name, n in list(months.items())})
        months["sept"] = 9
        assert dict(ENGLISH.month_numbers) == months

    def test_time_patterns_of_when(self) -> None:
        """when's month, 'ago' and relative-time patterns are built as they were written."""
        from eventlib.situate.when import _patterns

        month = (r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb"
                 r"|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
        patterns = _patterns(ENGLISH)
        assert patterns.ago.pattern == (r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                        r"\s+(day|week|month|year)s?\s+ago\b")
        assert patterns.month_day.pattern == rf"\b{month}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"
        assert patterns.day_month.pattern == rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(\d{{4}}))?\b"
        assert patterns.month_year.pattern == rf"\b{month}(?:\s+(?:of\s+)?(\d{{4}}))?\b"
        assert patterns.relative.pattern == (r"\b(later|earlier|afterwards|meanwhile|then|the same day|that day"
                                             r"|the same night|that night)\b")


class TestNoWordListsElsewhere:
    def test_the_check_sees_a_word_list(self, tmp_path: Path) -> None:
        """The walk finds module-level frozensets, sets and (annotated) tuples of lower-case words, not those of
        capitals, of fewer than 3 words, or inside functions."""
        module = tmp_path / "module.py"
        module.write_text('A = frozenset({"not", "never", "n\'t", "no"})\nB: tuple[str, ...] = ("a", "b", "c")\n'
                          'C = {"in", "on", "at"}\nD = ("GOV", "MIL", "COP")\nE = frozenset({"it", "its"})\n'
                          'def f():\n    F = ("who", "that", "which")\n', encoding="utf-8")
        assert _word_lists(module) == ["A", "B", "C"]

    def test_no_module_defines_a_word_list(self) -> None:
        """Outside eventlib/lang/, no module defines a module-level collection of lower-case words but the
        exempt ones (see :data:`EXEMPT`): word lists live in the language pack."""
        found = []
        for path in sorted(PACKAGE.rglob("*.py")):
            relative = path.relative_to(PACKAGE).as_posix()
            if relative.startswith("lang/"):
                continue
            found += [(relative, name) for name in _word_lists(path) if (relative, name) not in EXEMPT]
        assert found == []
