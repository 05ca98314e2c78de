"""Bench scoring of place names: the same place under the gazetteer's spelling is right."""

from __future__ import annotations

from eventlib.bench import same_place


class TestSamePlace:
    def test_accents_aside(self) -> None:
        """'Brasília' is the gold's 'Brasilia'."""
        assert same_place("Brasília", "BRA", "Brasilia", "BRA")

    def test_gazetteer_alternate_name(self) -> None:
        """The gazetteer's 'Khān Yūnis' is the gold's 'Khan Younis' (an alternate name of that place)."""
        assert same_place("Khān Yūnis", "PSE", "Khan Younis", "PSE")

    def test_other_country_namesake(self) -> None:
        """A place of another country than the gold's is wrong, whatever the gazetteer calls it."""
        assert not same_place("Qarasu", "CHN", "Horgos", "SRB")

    def test_region_is_not_its_city(self) -> None:
        """'Kyiv region' is not the city of Kyiv."""
        assert not same_place("Kyiv", "UKR", "Kyiv region", "UKR")

    def test_different_place(self) -> None:
        """A different town of the same country is wrong."""
        assert not same_place("Mogadishu", "SOM", "Afgoye", "SOM")

    def test_no_name(self) -> None:
        """No coded place is never the gold's place."""
        assert not same_place("", "", "Minsk")
