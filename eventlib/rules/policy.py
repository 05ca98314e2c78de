"""CAMEO coding policy as data: which codes are statements, violence, joint actions, protest aims.

The engine's grammar passes and the coder ask these questions of a code; the answers come from
``taxonomy/cameo_policy.csv`` (one row per class and code prefix), written once, so a changed
policy is a changed table, not changed code.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Mapping
from pathlib import Path

import attrs

from .._errors import TaxonomyError
from .._taxonomy import default_taxonomy_dir, load_taxonomy

POLICY_FILE = "cameo_policy.csv"
#: The classes a policy table may use, with what membership means.
CLASSES = {
    "statement": "a statement that reports a coded clause gives way to what it reports",
    "attitude": "a statement of an attitude stands when nothing it reports is coded",
    "denial": "a denial stands, and what it reports is not coded: it is denied",
    "verbal": "verbal acts (statements, appeals, criticism, threats): a weapon or an attack does not make them",
    "cooperative": "cooperation: negated under 'will' a refusal; under an intent verb not a threat",
    "protest": "a protest whose adverbial clause demands change takes that aim",
    "violent": "a violent participle after a violent verb is its outcome",
    "lethal": "events whose reports can carry fatalities",
    "reciprocal": "a compound subject with no target acts on its own members",
    "protest_aim": "what a protest demands -> the last digit of the protest's code",
    "accusation": "disapproval in a relative clause whose pronoun is its object describes the noun: not news",
    "stopped": "what stopping an event of the code codes ('stopped funding X': aid cut) -> the value's code",
}

__all__ = ["CodePolicy", "load_policy"]


@attrs.frozen
class CodePolicy:
    """Code classes (by code prefix) and the protest aims table."""

    prefixes: Mapping[str, tuple[str, ...]]
    protest_aims: Mapping[str, str]
    stops: Mapping[str, str] = attrs.field(factory=dict)

    def _is(self, name: str, code: str) -> bool:
        return code.startswith(self.prefixes.get(name, ()) or ("\0",))

    def statement(self, code: str) -> bool:
        """Whether ``code`` is a public statement (root 01)."""
        return self._is("statement", code)

    def attitude(self, code: str) -> bool:
        """Whether ``code`` states an attitude that is an event by itself (denial, hope, fear, regret)."""
        return self._is("attitude", code)

    def denial(self, code: str) -> bool:
        """Whether ``code`` denies what it reports ('denied that its troops burned homes')."""
        return self._is("denial", code)

    def verbal(self, code: str) -> bool:
        """Whether ``code`` is a verbal act (roots 01-13 but the material 06-09)."""
        return self._is("verbal", code)

    def cooperative(self, code: str) -> bool:
        """Whether ``code`` is cooperation, verbal or material (roots 01-09)."""
        return self._is("cooperative", code)

    def accusation(self, code: str) -> bool:
        """Whether ``code`` disapproves of someone ('the man *whom* they accuse of fraud' describes the man)."""
        return self._is("accusation", code)

    def protest(self, code: str) -> bool:
        """Whether ``code`` is a protest (root 14)."""
        return self._is("protest", code)

    def violent(self, code: str) -> bool:
        """Whether ``code`` is violence (roots 18-20)."""
        return self._is("violent", code)

    def lethal(self, code: str) -> bool:
        """Whether events of ``code`` can have fatalities (violence, violent protest, violent repression)."""
        return self._is("lethal", code)

    def reciprocal(self, code: str) -> bool:
        """Whether ``code`` is a joint action (consultation, cooperation, ceasefire)."""
        return self._is("reciprocal", code)

    def stopped(self, code: str) -> str | None:
        """The code of stopping an event of ``code`` that was going on ('stopped funding X': 071 -> 1621), by the
        longest code prefix the table gives; None when stopping it is no event of its own."""
        return next((self.stops[code[:n]] for n in range(len(code), 1, -1) if code[:n] in self.stops), None)

    def protest_for(self, protest: str, demand: str) -> str | None:
        """The code of protest ``protest`` made for ``demand`` ('141' for '1041' -> '1411'), if CAMEO has it."""
        digit = self.protest_aims.get(demand)
        if digit is None or not self.protest(protest):
            return None
        aimed = protest[:3] + digit
        return aimed if load_taxonomy().is_cameo(aimed) else None


def _fail(path: Path, line: int, message: str) -> TaxonomyError:
    return TaxonomyError(f"{path}:{line}: {message}")


def read_policy(path: Path) -> CodePolicy:
    """The policy in ``path``, validated (each class known, each code a CAMEO code)."""
    prefixes: dict[str, list[str]] = {}
    aims: dict[str, str] = {}
    stops: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or not {"class", "code", "value"} <= set(reader.fieldnames):
            raise _fail(path, 1, f"expected columns class, code, value, meaning; got {reader.fieldnames}")
        for line, row in enumerate(reader, start=2):
            name, code, value = row["class"], row["code"], row["value"] or ""
            if name not in CLASSES:
                raise _fail(path, line, f"'class': expected one of {', '.join(CLASSES)}, got {name!r}")
            if not load_taxonomy().is_cameo(code):
                raise _fail(path, line, f"'code': expected a CAMEO code, got {code!r}")
            if name == "protest_aim":
                if not (len(value) == 1 and value.isdigit()):
                    raise _fail(path, line, f"'value': expected the protest code's last digit, got {value!r}")
                aims[code] = value
            elif name == "stopped":
                if not load_taxonomy().is_cameo(value):
                    raise _fail(path, line, f"'value': expected the CAMEO code of stopping the event, got {value!r}")
                stops[code] = value
            else:
                prefixes.setdefault(name, []).append(code)
    return CodePolicy({name: tuple(codes) for name, codes in prefixes.items()}, aims, stops)


@functools.lru_cache(maxsize=4)
def load_policy(folder: str | None = None) -> CodePolicy:
    """The coding policy of the taxonomy in ``folder`` (default: the packaged taxonomy)."""
    return read_policy(Path(folder or default_taxonomy_dir()) / POLICY_FILE)
