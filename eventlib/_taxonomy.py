"""Load and validate the CAMEO taxonomy tables (CSV files, codes read as strings).

The tables are read with :mod:`csv`, so that looking a code up does not import pandas (nor
pyarrow, which pandas imports); the tables as data frames are built on first use.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ._errors import TaxonomyError, UnknownCodeError

if TYPE_CHECKING:
    import pandas as pd

#: One table: its rows, each a dict of column name to stripped cell text.
Rows = list[dict[str, str]]

CAMEO_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)([0-9]{1,2})?$")
ISO3 = re.compile(r"^[A-Z]{3}$")

_TABLES: dict[str, tuple[str, ...]] = {
    "cameo_events.csv": ("code", "root", "base", "label", "goldstein", "quad_class", "description"),
    "cameo_plover.csv": ("cameo_code", "plover_event", "plover_mode", "plover_context"),
    "acled_categories.csv": ("disorder_type", "event_type", "sub_event_type", "description"),
    "cameo_acled.csv": ("cameo_code", "acled_event_type", "acled_sub_event_type"),
    "actor_roles.csv": ("code", "label", "description"),
    "countries.csv": ("iso3", "name", "cameo_code", "region"),
}


def quad_class_of(root: str) -> int:
    """QuadClass of a CAMEO root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


#: Codes outside CAMEO that a rule set may declare: letters and digits.
DECLARED_CODE = re.compile(r"^[0-9A-Za-z]{1,6}$")


@attrs.frozen
class CameoCode:
    """One CAMEO event code with its labels and its PLOVER and ACLED categories."""

    code: str
    root: str
    base: str
    label: str
    root_label: str
    goldstein: float
    quad_class: int
    description: str
    plover_event: str
    plover_mode: str
    plover_context: str
    acled_disorder_type: str
    acled_event_type: str
    acled_sub_event_type: str


def default_taxonomy_dir() -> Path:
    """The taxonomy folder: inside the installed package, else the source checkout's ``taxonomy/``."""
    packaged = Path(str(resources.files("eventlib"))) / "data" / "taxonomy"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "taxonomy"
    if checkout.is_dir():
        return checkout
    raise TaxonomyError(f"no taxonomy folder: looked in {packaged} and {checkout}")


def _read(folder: Path, name: str) -> tuple[list[str], Rows]:
    """The header and rows of the table ``name``, every cell a stripped string."""
    path = folder / name
    if not path.is_file():
        raise TaxonomyError(f"{path}: taxonomy table missing")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        rows: Rows = []
        for cells in reader:
            if not cells:
                continue  # a blank line
            if len(cells) != len(header):
                raise TaxonomyError(f"{path}:{reader.line_num}: expected {len(header)} cells, got {len(cells)}")
            rows.append({column: cell.strip() for column, cell in zip(header, cells)})
    missing = [c for c in _TABLES[name] if c not in header]
    if missing:
        raise TaxonomyError(f"{path}: expected columns {list(_TABLES[name])}, missing {missing}")
    return header, rows


def _column(rows: Rows, column: str) -> list[str]:
    """The cells of ``column``, in row order."""
    return [row[column] for row in rows]


def _fail(folder: Path, name: str, index: int, column: str, message: str) -> TaxonomyError:
    return TaxonomyError(f"{folder / name}:{index + 2}: column {column!r}: {message}")


class Taxonomy:
    """The CAMEO event codes, actor roles, countries and the PLOVER / ACLED crosswalks."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tables = {name: _read(folder, name) for name in _TABLES}
        events = self._rows("cameo_events.csv")
        roles = self._rows("actor_roles.csv")
        countries = self._rows("countries.csv")
        self._check_events(events)
        self._check_unique(roles, "actor_roles.csv", "code")
        self._check_unique(countries, "countries.csv", "iso3")
        for index, iso3 in enumerate(_column(countries, "iso3")):
            if not ISO3.match(iso3):
                raise _fail(folder, "countries.csv", index, "iso3", f"expected 3 capital letters, got {iso3!r}")
        self._codes = self._join(events, self._rows("cameo_plover.csv"), self._rows("acled_categories.csv"),
                                 self._rows("cameo_acled.csv"))
        #: Codes outside CAMEO that loaded rule sets use (see :meth:`declare`).
        self._declared: dict[str, CameoCode] = {}
        self._role_labels = dict(zip(_column(roles, "code"), _column(roles, "label")))
        self._country_names = dict(zip(_column(countries, "iso3"), _column(countries, "name")))

    def _rows(self, name: str) -> Rows:
        """The rows of the table ``name``."""
        return self._tables[name][1]

    def _frame(self, name: str) -> pd.DataFrame:
        """The table ``name`` as a data frame of strings, its columns in file order."""
        import pandas as pd

        header, rows = self._tables[name]
        return pd.DataFrame([[row[c] for c in header] for row in rows], columns=header, dtype=str)

    @functools.cached_property
    def roles(self) -> pd.DataFrame:
        """The actor role / sector codes with labels (a data frame, built on first use)."""
        return self._frame("actor_roles.csv")

    @functools.cached_property
    def countries(self) -> pd.DataFrame:
        """Countries: ISO3, name, CAMEO code where it differs, region (a data frame, built on first use)."""
        return self._frame("countries.csv")

    @functools.cached_property
    def acled_categories(self) -> pd.DataFrame:
        """ACLED disorder types, event types and sub-event types (a data frame, built on first use)."""
        return self._frame("acled_categories.csv")

    def _check_unique(self, rows: Rows, name: str, column: str) -> None:
        """No value of ``column`` appears twice in the table ``name``."""
        seen: set[str] = set()
        for index, value in enumerate(_column(rows, column)):
            if value in seen:
                raise _fail(self.folder, name, index, column, f"duplicate value {value!r}")
            seen.add(value)

    def _check_events(self, events: Rows) -> None:
        name = "cameo_events.csv"
        self._check_unique(events, name, "code")
        for index, row in enumerate(events):
            code = row["code"]
            if not CAMEO_CODE.match(code):
                raise _fail(self.folder, name, index, "code", f"expected 2-4 digits with root 01-20, got {code!r}")
            expected_base = code if len(code) <= 3 else code[:3]
            if row["root"] != code[:2]:
                raise _fail(self.folder, name, index, "root", f"expected {code[:2]!r}, got {row['root']!r}")
            if row["base"] != expected_base:
                raise _fail(self.folder, name, index, "base", f"expected {expected_base!r}, got {row['base']!r}")
            try:
                weight = float(row["goldstein"])
            except ValueError:
                raise _fail(self.folder, name, index, "goldstein",
                            f"expected a number, got {row['goldstein']!r}") from None
            if not -10.0 <= weight <= 10.0:
                raise _fail(self.folder, name, index, "goldstein", f"expected a value in [-10, 10], got {weight}")
            if row["quad_class"] != str(quad_class_of(code[:2])):
                raise _fail(self.folder, name, index, "quad_class",
                            f"expected {quad_class_of(code[:2])} for root {code[:2]}, got {row['quad_class']!r}")
            if not row["label"]:
                raise _fail(self.folder, name, index, "label", "expected a label, got an empty cell")
        known = set(_column(events, "code"))
        for root in (f"{n:02d}" for n in range(1, 21)):
            if root not in known:
                raise TaxonomyError(f"{self.folder / name}: root {root} missing")
        for index, row in enumerate(events):
            if row["base"] not in known:
                raise _fail(self.folder, name, index, "base", f"base code {row['base']!r} is not in the table")

    def _join(self, events: Rows, plover: Rows, categories: Rows, acled: Rows) -> dict[str, CameoCode]:
        """Every CAMEO code with its PLOVER and ACLED categories, after checking the crosswalks."""
        folder = self.folder
        self._check_unique(plover, "cameo_plover.csv", "cameo_code")
        self._check_unique(acled, "cameo_acled.csv", "cameo_code")
        known = set(_column(events, "code"))
        for name, rows in (("cameo_plover.csv", plover), ("cameo_acled.csv", acled)):
            for index, code in enumerate(_column(rows, "cameo_code")):
                if code not in known:
                    raise _fail(folder, name, index, "cameo_code", f"{code!r} is not a CAMEO code of cameo_events.csv")
        mapped = {row["cameo_code"] for row in plover if row["plover_event"] != ""}
        unmapped = sorted(known - mapped)
        if unmapped:
            raise TaxonomyError(f"{folder / 'cameo_plover.csv'}: CAMEO codes without a PLOVER event: {unmapped}")
        disorder = {(r["event_type"], r["sub_event_type"]): r["disorder_type"] for r in categories}
        for index, row in enumerate(acled):
            if (row["acled_event_type"], row["acled_sub_event_type"]) not in disorder:
                raise _fail(folder, "cameo_acled.csv", index, "acled_sub_event_type",
                            f"({row['acled_event_type']!r}, {row['acled_sub_event_type']!r}) "
                            "is not in acled_categories.csv")
        plover_by = {row["cameo_code"]: row for row in plover}
        acled_by = {row["cameo_code"]: row for row in acled}
        labels = dict(zip(_column(events, "code"), _column(events, "label")))
        codes: dict[str, CameoCode] = {}
        for row in events:
            code = row["code"]
            p = plover_by[code]
            a = acled_by.get(code, {"acled_event_type": "", "acled_sub_event_type": ""})
            codes[code] = CameoCode(
                code=code, root=row["root"], base=row["base"], label=row["label"], root_label=labels[row["root"]],
                goldstein=float(row["goldstein"]), quad_class=int(row["quad_class"]), description=row["description"],
                plover_event=p["plover_event"], plover_mode=p["plover_mode"], plover_context=p["plover_context"],
                acled_disorder_type=disorder.get((a["acled_event_type"], a["acled_sub_event_type"]), ""),
                acled_event_type=a["acled_event_type"], acled_sub_event_type=a["acled_sub_event_type"],
            )
        return codes

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code ``code``; raises :class:`UnknownCodeError` listing near matches."""
        found = (self._codes.get(code) or self._declared.get(code)) if isinstance(code, str) else None
        if found is None:
            raise UnknownCodeError("CAMEO code", str(code), self.near_codes(str(code)))
        return found

    def is_cameo(self, code: str) -> bool:
        """Whether ``code`` is a CAMEO code of the taxonomy (or was declared, see :meth:`declare`)."""
        return code in self._codes or code in self._declared

    def declare(self, code: str, origin: str) -> CameoCode:
        """Accept ``code``, a code outside CAMEO that a rule set uses, in this process.

        TABARI / PETRARCH dictionaries keep older codes (WEIS codes such as ``903``, variants such as
        ``075A``): events may carry them. A declared code has its own first two and three characters
        as root and base, no Goldstein weight (NaN), QuadClass 0 and no PLOVER or ACLED category.
        """
        if code in self._codes:
            return self._codes[code]
        if not isinstance(code, str) or not DECLARED_CODE.match(code):
            raise TaxonomyError(f"{origin}: expected an event code of 1 to 6 letters and digits, got {code!r}")
        return self._declared.setdefault(code, CameoCode(
            code=code, root=code[:2], base=code[:3], label=f"code outside CAMEO, from {origin}", root_label="",
            goldstein=float("nan"), quad_class=0, description="", plover_event="", plover_mode="", plover_context="",
            acled_disorder_type="", acled_event_type="", acled_sub_event_type=""))

    def near_codes(self, code: str, limit: int = 5) -> list[str]:
        """Codes that look like ``code``: same parent first, then similar strings."""
        parents = [c for c in (code[:3], code[:2]) if c in self._codes]
        siblings = sorted(c for c in self._codes if parents and c.startswith(parents[0]) and c != parents[0])
        similar = difflib.get_close_matches(code, list(self._codes), n=limit, cutoff=0.6)
        ordered = list(dict.fromkeys(parents + similar + siblings))
        return [f"{c} ({self._codes[c].label})" for c in ordered[:limit]]

    def codes(self) -> list[CameoCode]:
        """Every CAMEO code, sorted by code."""
        return [self._codes[c] for c in sorted(self._codes)]

    def table(self) -> pd.DataFrame:
        """Every CAMEO code as a data frame, one row per code, all columns as in :class:`CameoCode`."""
        import pandas as pd

        return pd.DataFrame([attrs.asdict(c) for c in self.codes()])

    def is_role(self, code: str) -> bool:
        """Whether ``code`` is an actor role / sector code."""
        return code in self._role_labels

    def role_label(self, code: str) -> str:
        """The label of an actor role code; raises :class:`UnknownCodeError`."""
        if code not in self._role_labels:
            near = difflib.get_close_matches(code, list(self._role_labels), n=5)
            raise UnknownCodeError("actor role", code, near)
        return self._role_labels[code]

    def is_country(self, iso3: str) -> bool:
        """Whether ``iso3`` is a country code of the taxonomy."""
        return iso3 in self._country_names

    def country_name(self, iso3: str) -> str:
        """The name of the country ``iso3``; raises :class:`UnknownCodeError`."""
        if iso3 not in self._country_names:
            near = difflib.get_close_matches(iso3, list(self._country_names), n=5)
            raise UnknownCodeError("country", iso3, near)
        return self._country_names[iso3]


@functools.lru_cache(maxsize=4)
def load_taxonomy(folder: str | Path | None = None) -> Taxonomy:
    """The taxonomy in ``folder`` (default: the bundled tables), loaded once and validated."""
    return Taxonomy(Path(folder) if folder is not None else default_taxonomy_dir())
