"""Codebook sweep of roots 18-20 (assault, fight, mass violence): verb and object classes of cameo.core.v1."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import coded, codes


def violent(coder: Coder, text: str) -> list[str]:
    """The codes of roots 18-20 among the events of ``text``."""
    return [code for code in codes(coder, text) if code[:2] in ("18", "19", "20")]


class TestAbduction:
    def test_bandits_seize_travellers(self, coder: Coder) -> None:
        """'bandits seized passengers' is an abduction (181)."""
        assert "181" in codes(coder, "Bandits seized fourteen Nigerian bus passengers near Zaria.")

    def test_carried_off(self, coder: Coder) -> None:
        """'carried off villagers' with an armed subject is an abduction."""
        assert "181" in codes(coder, "Islamist rebels carried off six Mozambican villagers in Cabo Delgado.")

    def test_pirates_seize_vessel(self, coder: Coder) -> None:
        """Pirates seizing a ship hijack it (181), not a state's confiscation (171)."""
        assert "181" in codes(coder, "Pirates seized a Liberian-flagged tanker off the coast of Benin.")

    def test_state_seizure_of_ship_is_not_abduction(self, coder: Coder) -> None:
        """A navy seizing a tanker is no hijacking."""
        assert "181" not in codes(coder, "The Iranian navy seized a Greek tanker in the Gulf of Oman.")

    def test_police_seizing_suspects_is_no_abduction(self, coder: Coder) -> None:
        """Police seizing suspects is not coded as an abduction."""
        assert "181" not in codes(coder, "Kenyan police seized three suspects in Eldoret.")


class TestPhysicalAssault:
    def test_beat_people(self, coder: Coder) -> None:
        """Beating a person is a physical assault (182)."""
        assert "182" in codes(coder, "Sri Lankan soldiers beat a Tamil fisherman in Jaffna.")

    def test_team_beaten_is_no_assault(self, coder: Coder) -> None:
        """'beat Ghana 3-1' is a match result."""
        assert violent(coder, "Nigeria beat Ghana 3-1 in the regional final.") == []

    def test_storm_battered_coast(self, coder: Coder) -> None:
        """'a typhoon battered the coast' codes nothing."""
        assert violent(coder, "A typhoon battered the Vietnamese coast overnight.") == []

    def test_slash_people(self, coder: Coder) -> None:
        """'slashed two women' is an assault."""
        assert "182" in codes(coder, "A Chinese man slashed two Japanese women in Suzhou.")

    def test_slash_rates_is_no_assault(self, coder: Coder) -> None:
        """'slashed interest rates' is no assault."""
        assert violent(coder, "The Turkish central bank slashed interest rates again.") == []

    def test_acid_thrown(self, coder: Coder) -> None:
        """'threw acid at X' is an assault."""
        assert "182" in codes(coder, "Assailants threw acid at an Indian student in Delhi.")

    def test_set_upon(self, coder: Coder) -> None:
        """'set upon X' is an assault on X."""
        assert "182" in codes(coder, "Indian police set upon a Muslim trader in Gujarat.")


class TestTortureAndKilling:
    def test_subjected_to_shocks(self, coder: Coder) -> None:
        """'subjected X to electric shocks' is torture (1822)."""
        assert "1822" in codes(coder, "Egyptian guards subjected Sudanese inmates to electric shocks.")

    def test_execute_people(self, coder: Coder) -> None:
        """Executing a person is a killing by physical assault (1823)."""
        assert "1823" in codes(coder, "Iraq executed eleven men convicted of terrorism.")

    def test_execute_named_group(self, coder: Coder) -> None:
        """Executing people named by their group ('21 Copts') is still a killing."""
        assert "1823" in codes(coder, "Jihadists executed twelve Copts in northern Sinai.")

    def test_hang_banner_is_no_killing(self, coder: Coder) -> None:
        """'hung banners' is no killing."""
        assert violent(coder, "Activists hung banners from the bridge in Belgrade.") == []

    def test_burned_alive(self, coder: Coder) -> None:
        """'a mob burned a man alive' is a killing by physical assault, not a riot."""
        assert "1823" in codes(coder, "A Bolivian mob burned a suspected robber alive.")

    def test_slit_throats(self, coder: Coder) -> None:
        """'slit the throats of X' is a killing by physical assault of X."""
        assert "1823" in codes(coder, "Militants slit the throats of four Malian shepherds.")


class TestBombings:
    def test_explosive_vest(self, coder: Coder) -> None:
        """Detonating an explosive vest is a suicide bombing (1831)."""
        assert "1831" in codes(coder, "A bomber detonated his explosive vest outside a Somali army camp.")

    def test_vehicle_rammed(self, coder: Coder) -> None:
        """Ramming an explosives-laden vehicle into a target is a vehicle bombing (1832)."""
        assert "1832" in codes(coder, "Insurgents rammed an explosives-laden truck into a Nigerien army post.")

    def test_landmine_triggered(self, coder: Coder) -> None:
        """Triggering a landmine is a roadside bombing (1833)."""
        assert "1833" in codes(coder, "Rebels triggered a landmine under a Cameroonian army truck.")


class TestShieldsAndAssassinations:
    def test_hide_among_civilians(self, coder: Coder) -> None:
        """Fighters hiding among civilians use them as shields (184)."""
        assert "184" in codes(coder, "Jihadist fighters hid among civilians in Raqqa.")

    def test_tried_to_assassinate(self, coder: Coder) -> None:
        """'tried to assassinate X' is an attempt (185) on X."""
        assert ("HTIUAF", "185", "HTIGOV") in coded(coder, "Gunmen tried to assassinate the Haitian president.")

    def test_attempt_on_the_life_of(self, coder: Coder) -> None:
        """'an attempt on the life of X' is an attempt on X."""
        assert "185" in codes(coder, "Gunmen made an attempt on the life of a Somali minister.")

    def test_survived_attempt_on_life(self, coder: Coder) -> None:
        """'survived an attempt on his life' is an attempt on the subject."""
        assert "185" in codes(coder, "The Peruvian governor survived an attempt on his life.")

    def test_official_killed(self, coder: Coder) -> None:
        """Killing a governor or a judge is an assassination (186)."""
        assert "186" in codes(coder, "Gunmen killed a Colombian judge in Cali.")

    def test_soldiers_killed_are_no_assassination(self, coder: Coder) -> None:
        """Killing soldiers is force (190), not an assassination."""
        assert codes(coder, "Al-Shabaab fighters killed four Somali soldiers.") == ["190"]


class TestForce:
    def test_destroy_hardware(self, coder: Coder) -> None:
        """Destroying a tank or a launcher is force (190)."""
        assert "190" in codes(coder, "Russian forces destroyed two Ukrainian howitzers near Bakhmut.")

    def test_attack_on_a_plan_is_criticism(self, coder: Coder) -> None:
        """'attacked the budget' is criticism (111), not force."""
        codes_ = codes(coder, "The Chilean senator attacked the government's pension reform.")
        assert "111" in codes_ and not any(c[:2] == "19" for c in codes_)

    def test_encircle_troops(self, coder: Coder) -> None:
        """Ground forces encircling troops impose a siege (191)."""
        assert "191" in codes(coder, "Sudanese army units encircled RSF fighters in Omdurman.")

    def test_siege_of(self, coder: Coder) -> None:
        """'tightened the siege of X' is a blockade."""
        assert "191" in codes(coder, "Jihadist fighters tightened their siege of the Malian town of Leré.")

    def test_cut_off_routes(self, coder: Coder) -> None:
        """'cut off the roads to X' is a blockade."""
        assert "191" in codes(coder, "M23 rebels cut off the main road to Goma.")

    def test_cut_off_power_is_no_blockade(self, coder: Coder) -> None:
        """'cut off power' is no blockade."""
        assert violent(coder, "The utility cut off power to parts of Lagos.") == []

    def test_retaken_from_a_named_force(self, coder: Coder) -> None:
        """'recaptured X from Y' is taking territory from Y (192), even when X is not tagged as a place."""
        assert ("SOMMIL", "192") in [(s, c) for s, c, _ in coded(
            coder, "Somali troops recaptured Adan Yabaal from al-Shabaab.")]

    def test_mortar_rounds(self, coder: Coder) -> None:
        """'lobbed mortar rounds at X' is heavy weapons fire (194), not small arms."""
        assert "194" in codes(coder, "Taliban fighters lobbed mortar rounds at an Afghan police post.")


class TestAerial:
    def test_drone_subject(self, coder: Coder) -> None:
        """Drones striking a target are remotely piloted munitions (1952)."""
        assert "1952" in codes(coder, "Turkish drones hit a Kurdish militia convoy near Qamishli.")

    def test_drone_strikes_on(self, coder: Coder) -> None:
        """'carried out drone strikes on X' is 1952."""
        assert "1952" in codes(coder, "Ukraine carried out drone strikes on Russian air bases.")

    def test_air_strikes_stay_aerial(self, coder: Coder) -> None:
        """'carried out air strikes on X' stays 195."""
        assert "195" in codes(coder, "Israel carried out air strikes on Hamas positions in Rafah.")

    def test_guided_bombs(self, coder: Coder) -> None:
        """Guided bombs dropped on a place are precision-guided aerial munitions (1951)."""
        assert "1951" in codes(coder, "Russian aircraft dropped guided bombs on Sumy.")


class TestMassViolence:
    def test_thousands_of_children_deported(self, coder: Coder) -> None:
        """Deporting thousands of people is a mass expulsion (201)."""
        assert "201" in codes(coder, "Russian authorities deported thousands of Ukrainian civilians.")

    def test_cleansed_rolls_is_no_ethnic_cleansing(self, coder: Coder) -> None:
        """'cleansed the voter rolls' is no ethnic cleansing."""
        assert violent(coder, "The election board cleansed the voter rolls.") == []

    def test_poisoned_relations_is_no_attack(self, coder: Coder) -> None:
        """'poisoned relations' is no chemical attack."""
        assert violent(coder, "The row poisoned relations between Rome and Paris.") == []

    def test_poisoned_schoolgirls(self, coder: Coder) -> None:
        """Poisoning schoolgirls is a chemical attack (2041)."""
        assert "2041" in codes(coder, "Unknown attackers poisoned scores of Afghan schoolgirls in Sar-e Pol.")
