"""The CAMEO taxonomy tables and their crosswalks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from eventlib import TaxonomyError, UnknownCodeError, taxonomy
from eventlib._taxonomy import Taxonomy, default_taxonomy_dir, quad_class_of


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return taxonomy.cameo_table()


class TestCompleteness:
    def test_all_twenty_roots(self, table: pd.DataFrame) -> None:
        """Roots 01 to 20 are all present."""
        assert {f"{n:02d}" for n in range(1, 21)} <= set(table["code"])

    def test_about_three_hundred_codes(self, table: pd.DataFrame) -> None:
        """The codebook's 3- and 4-digit codes are there (about 300 rows)."""
        assert 290 <= len(table) <= 330
        assert (table["code"].str.len() == 4).sum() > 100

    def test_codes_unique(self, table: pd.DataFrame) -> None:
        """No code appears twice."""
        assert table["code"].is_unique

    def test_codes_are_strings_with_leading_zero(self) -> None:
        """Codes keep their leading zeros ('010', never 10)."""
        assert taxonomy.cameo("010").code == "010"
        assert taxonomy.cameo("010").root == "01"

    @pytest.mark.parametrize("code", ["0211", "0256", "0344", "0356", "0874", "1056", "1125", "1246", "1385",
                                      "1454", "1663", "1724", "1823", "1833", "204", "2042"])
    def test_known_four_digit_codes(self, code: str) -> None:
        """Codes from every part of the codebook are present."""
        assert taxonomy.cameo(code).code == code

    def test_goldstein_in_range(self, table: pd.DataFrame) -> None:
        """Goldstein weights lie in [-10, 10]."""
        assert table["goldstein"].between(-10, 10).all()

    def test_published_goldstein_weights(self) -> None:
        """A few weights as published by Goldstein (1992) via CAMEO."""
        assert taxonomy.cameo("042").goldstein == 1.9
        assert taxonomy.cameo("057").goldstein == 8.0
        assert taxonomy.cameo("190").goldstein == -10.0

    def test_quad_class_matches_root(self, table: pd.DataFrame) -> None:
        """QuadClass follows the root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
        expected = table["root"].map(quad_class_of)
        assert (table["quad_class"] == expected).all()
        assert [quad_class_of(r) for r in ("05", "06", "08", "09", "13", "14")] == [1, 2, 2, 3, 3, 4]

    def test_every_code_has_plover_event(self, table: pd.DataFrame) -> None:
        """Every CAMEO code maps to a PLOVER event."""
        assert (table["plover_event"] != "").all()

    def test_every_base_and_root_exists(self, table: pd.DataFrame) -> None:
        """Each code's base and root are codes of the table."""
        codes = set(table["code"])
        assert set(table["base"]) <= codes and set(table["root"]) <= codes

    def test_descriptions_present(self, table: pd.DataFrame) -> None:
        """Every code has a one-line description."""
        assert (table["description"].str.len() > 10).all()
        assert not table["description"].str.contains("\n").any()


class TestCrosswalks:
    @pytest.mark.parametrize(("code", "event_type", "sub_event_type"), [
        ("141", "Protests", "Peaceful protest"),
        ("145", "Riots", "Violent demonstration"),
        ("173", "Strategic developments", "Arrests"),
        ("183", "Explosions/Remote violence", "Suicide bomb"),
        ("195", "Explosions/Remote violence", "Air/drone strike"),
        ("190", "Battles", "Armed clash"),
        ("181", "Violence against civilians", "Abduction/forced disappearance"),
        ("057", "Strategic developments", "Agreement"),
    ])
    def test_acled_crosswalk(self, code: str, event_type: str, sub_event_type: str) -> None:
        """The ACLED categories the issue names."""
        found = taxonomy.cameo(code)
        assert (found.acled_event_type, found.acled_sub_event_type) == (event_type, sub_event_type)

    def test_acled_blank_where_none_applies(self) -> None:
        """Statements and consultations have no ACLED category."""
        assert taxonomy.cameo("010").acled_event_type == ""
        assert taxonomy.cameo("042").acled_sub_event_type == ""

    def test_acled_taxonomy_size(self) -> None:
        """3 disorder types, 6 event types, 25 sub-event types."""
        categories = taxonomy.acled_categories()
        assert categories["disorder_type"].nunique() == 3
        assert categories["event_type"].nunique() == 6
        assert categories["sub_event_type"].nunique() == 25

    def test_disorder_type_follows_event_type(self) -> None:
        """A CAMEO code's ACLED disorder type comes from its event type."""
        assert taxonomy.cameo("141").acled_disorder_type == "Demonstrations"
        assert taxonomy.cameo("190").acled_disorder_type == "Political violence"

    def test_plover_mode(self) -> None:
        """PLOVER event and mode of a code with a mode."""
        found = taxonomy.cameo("041")
        assert (found.plover_event, found.plover_mode) == ("CONSULT", "phone")

    def test_plover_agrees_with_shared_table(self, shared: Path) -> None:
        """Every code listed in PLOVER's CAMEO2PLOVER table maps to the same PLOVER event."""
        mismatches = []
        for line in (shared / "data/plover-gsr/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
            head, _, rest = line.partition(":")
            if not head.strip().isdigit() or len(head.strip()) < 3 or "," not in rest:
                continue
            event = rest.split("#")[0].split(",")[0].strip()
            if taxonomy.cameo(head.strip()).plover_event != event:
                mismatches.append(head)
        assert mismatches == []


class TestLookup:
    def test_unknown_code_lists_near_matches(self) -> None:
        """An unknown code raises an error naming near matches."""
        with pytest.raises(UnknownCodeError) as caught:
            taxonomy.cameo("0411")
        assert "041" in str(caught.value) and caught.value.near

    def test_unknown_code_is_lookup_error(self) -> None:
        """The error is also a LookupError."""
        with pytest.raises(LookupError):
            taxonomy.cameo("99")

    def test_integer_code_rejected(self) -> None:
        """A code given as a number is not silently accepted."""
        with pytest.raises(UnknownCodeError):
            taxonomy.cameo(42)  # type: ignore[arg-type]

    def test_country_and_role_tables(self) -> None:
        """Countries (ISO3) and actor roles load with labels."""
        assert "TUR" in set(taxonomy.countries()["iso3"])
        assert {"GOV", "MIL", "COP", "REB", "OPP", "CVL", "IGO"} <= set(taxonomy.roles()["code"])

    def test_loaded_once(self) -> None:
        """The tables are cached."""
        assert taxonomy.load_taxonomy() is taxonomy.load_taxonomy()


class TestValidation:
    @pytest.fixture()
    def copy(self, tmp_path: Path) -> Path:
        target = tmp_path / "taxonomy"
        shutil.copytree(default_taxonomy_dir(), target)
        return target

    def test_bad_goldstein_names_file_row_column(self, copy: Path) -> None:
        """A Goldstein weight out of range is reported with file, line and column."""
        path = copy / "cameo_events.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        cells = lines[5].split(",")
        cells[4] = "12.5"
        lines[5] = ",".join(cells)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match=r"cameo_events.csv:6: column 'goldstein'"):
            Taxonomy(copy)

    def test_missing_plover_mapping_rejected(self, copy: Path) -> None:
        """A CAMEO code without a PLOVER event is an error."""
        path = copy / "cameo_plover.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(line for line in lines if not line.startswith("042,")) + "\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match="042"):
            Taxonomy(copy)

    def test_unknown_acled_pair_rejected(self, copy: Path) -> None:
        """A crosswalk row naming a sub-event type ACLED lacks is an error."""
        with open(copy / "cameo_acled.csv", "a", encoding="utf-8") as handle:
            handle.write("010,Protests,Dancing\n")
        with pytest.raises(TaxonomyError, match="Dancing"):
            Taxonomy(copy)


class TestDeclaredCodes:
    """Codes outside CAMEO that a rule set declares (TABARI dictionaries keep WEIS codes)."""

    @staticmethod
    def _fresh() -> Taxonomy:
        return Taxonomy(default_taxonomy_dir())

    def test_undeclared_code_is_unknown(self) -> None:
        assert not self._fresh().is_cameo("903")

    def test_declared_code_is_accepted_with_its_prefixes(self) -> None:
        fresh = self._fresh()
        fresh.declare("075A", "verbs.txt")
        code = fresh.cameo("075A")
        assert (code.root, code.base, code.plover_event, code.acled_event_type) == ("07", "075", "", "")
        assert "verbs.txt" in code.label

    def test_declaring_a_cameo_code_changes_nothing(self) -> None:
        fresh = self._fresh()
        assert fresh.declare("042", "verbs.txt") is fresh.cameo("042")
        assert fresh.cameo("042").plover_event

    def test_declared_codes_are_not_listed_as_cameo(self) -> None:
        fresh = self._fresh()
        fresh.declare("903", "verbs.txt")
        assert "903" not in {c.code for c in fresh.codes()}

    def test_malformed_code_is_refused(self) -> None:
        with pytest.raises(TaxonomyError, match=r"verbs\.txt"):
            self._fresh().declare("9 03", "verbs.txt")
