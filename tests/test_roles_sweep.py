"""Role sweep of the built-in role dictionary: people named only by a role noun are actors with that role."""

from __future__ import annotations

import pytest

from eventlib import Coder, load_dictionary
from eventlib._builtin import CORE_ACTORS
from tests.coding import coded


def sources(coder: Coder, text: str) -> list[str]:
    """The source codes of the events of ``text``."""
    return [source for source, _, _ in coded(coder, text)]


def targets(coder: Coder, text: str) -> list[str]:
    """The target codes of the events of ``text``."""
    return [target for _, _, target in coded(coder, text)]


def roles(codes: list[str]) -> set[str]:
    """The roles in actor codes ('NGACVL' -> 'CVL', 'REL' -> 'REL')."""
    return {code[3:6] if len(code) > 3 else code for code in codes}


@pytest.fixture(scope="module")
def builtin():
    return load_dictionary(CORE_ACTORS)


class TestForms:
    @pytest.mark.parametrize(("plural", "singular", "role"), [
        ("motorists", "motorist", "CVL"), ("pensioners", "pensioner", "CVL"), ("teenagers", "teenager", "CVL"),
        ("air traffic controllers", "air traffic controller", "LAB"), ("truck drivers", "truck driver", "LAB"),
        ("vendors", "vendor", "BUS"), ("shop owners", "shop owner", "BUS"), ("newsmen", "newsman", "MED"),
        ("schoolgirls", "schoolgirl", "EDU"), ("pharmacists", "pharmacist", "HLH"), ("midwives", "midwife", "HLH"),
        ("preachers", "preacher", "REL"), ("burglars", "burglar", "CRM"), ("hitmen", "hitman", "CRM"),
        ("knifemen", "knifeman", "UAF"), ("patrolmen", "patrolman", "COP"), ("jurors", "juror", "JUD"),
        ("councillors", "councillor", "LEG"), ("environmentalists", "environmentalist", "ENV"),
    ])
    def test_singular_and_plural(self, builtin, plural: str, singular: str, role: str) -> None:
        """A role noun of the sweep is listed in both its forms, with the same role."""
        assert role in {e.code for e in builtin.lookup(plural)}
        assert role in {e.code for e in builtin.lookup(singular)}

    @pytest.mark.parametrize(("phrase", "role"), [
        ("climate activists", "ENV"), ("media workers", "MED"), ("hospital workers", "HLH"),
        ("charity workers", "NGO"), ("displaced villagers", "REF"), ("rebel soldiers", "REB"),
        ("union officials", "LAB"), ("court officials", "JUD"), ("former lawmakers", "ELI"),
    ])
    def test_phrase_overrides_its_head(self, builtin, phrase: str, role: str) -> None:
        """A longer phrase gives its own role, not that of its last word ('workers', 'soldiers', 'officials')."""
        assert {e.code for e in builtin.lookup(phrase)} == {role}


class TestCivilians:
    def test_commuters_block_road(self, coder: Coder) -> None:
        """'Commuters in Lagos blocked the highway': Nigerian civilians are the source."""
        assert "NGACVL" in sources(coder, "Commuters in Lagos blocked the main highway to protest fuel prices.")

    def test_tenants_demand(self, coder: Coder) -> None:
        """Tenants making a demand are civilians."""
        assert "DEUCVL" in sources(coder, "Tenants in Berlin demanded a rent freeze from the city government.")

    def test_woman_attacks_police(self, coder: Coder) -> None:
        """'A woman attacked police officers' has a civilian source."""
        assert "FRACVL" in sources(coder, "A woman attacked two police officers in Marseille.")

    def test_football_fans(self, coder: Coder) -> None:
        """'Football fans' are civilians (the bare word 'fans' is not listed)."""
        assert "EGYCVL" in sources(coder, "Football fans attacked police outside the stadium in Cairo.")

    def test_motorists_as_victims(self, coder: Coder) -> None:
        """In a casualty report, motorists shot dead are the civilian target."""
        assert "ETHCVL" in targets(coder, "Two motorists were shot dead at a checkpoint in Tigray, Ethiopia.")


class TestLabour:
    def test_air_traffic_controllers_strike(self, coder: Coder) -> None:
        """Air traffic controllers going on strike are labour."""
        assert "ITALAB" in sources(coder, "Air traffic controllers in Italy went on strike over pay.")

    def test_bus_drivers_strike(self, coder: Coder) -> None:
        """Bus drivers are labour."""
        assert "CHLLAB" in sources(coder, "Bus drivers in Santiago went on strike over wages.")

    def test_dockers_refuse(self, coder: Coder) -> None:
        """'Dockers' (British for dockworkers) are labour."""
        assert "ITALAB" in sources(coder, "Dockers in Genoa refused to load weapons bound for Saudi Arabia.")


class TestBusiness:
    def test_vendors_clash(self, coder: Coder) -> None:
        """Street vendors clashing with police are business actors."""
        assert "NGABUS" in sources(coder, "Vendors clashed with municipal police in Lagos.")

    def test_business_owners_criticise(self, coder: Coder) -> None:
        """Business owners are business actors."""
        assert "VENBUS" in sources(coder, "Business owners in Caracas criticised the government's price controls.")

    def test_transporters_strike(self, coder: Coder) -> None:
        """Transporters (haulage owners) are business actors."""
        assert "PAKBUS" in sources(coder, "Transporters in Pakistan went on strike against fuel price rises.")


class TestMediaEducationHealth:
    def test_photographer_killed(self, coder: Coder) -> None:
        """A photographer shot dead is a media target."""
        assert "HTIMED" in targets(coder, "A photographer was shot dead in Port-au-Prince.")

    def test_media_workers_accuse(self, coder: Coder) -> None:
        """'Media workers' are media, not labour."""
        assert "PSEMED" in sources(coder, "Media workers in Gaza accused Israel of targeting them.")

    def test_schoolgirls_abducted(self, coder: Coder) -> None:
        """Abducted schoolgirls are an education target."""
        assert "NGAEDU" in targets(coder, "Schoolgirls were abducted from their school in Zamfara.")

    def test_schoolteachers_sit_in(self, coder: Coder) -> None:
        """Schoolteachers are education actors."""
        assert "IRNEDU" in sources(coder, "Schoolteachers in Iran staged a sit-in over pay.")

    def test_pharmacists_protest(self, coder: Coder) -> None:
        """Pharmacists are health actors."""
        assert "POLHLH" in sources(coder, "Pharmacists in Poland protested against the new law.")

    def test_hospital_workers_are_health(self, coder: Coder) -> None:
        """'Hospital workers' are health, not labour."""
        assert "KENHLH" in sources(coder, "Hospital workers in Nairobi went on strike over unpaid salaries.")

    def test_vaccinators_killed(self, coder: Coder) -> None:
        """Polio vaccinators shot dead are a health target."""
        assert "PAKHLH" in targets(coder, "Polio vaccinators were shot dead in Peshawar.")


class TestReligionFarmingEnvironment:
    def test_parishioners_march(self, coder: Coder) -> None:
        """Parishioners are religious actors, as worshippers are."""
        assert "REL" in roles(sources(coder, "Parishioners in Kinshasa marched against President Tshisekedi."))

    def test_smallholders_demand(self, coder: Coder) -> None:
        """Smallholders are agriculture."""
        assert "MWIAGR" in sources(coder, "Smallholders in Malawi demanded fertiliser subsidies.")

    def test_nomads_clash(self, coder: Coder) -> None:
        """Nomads (herders) are agriculture."""
        assert "TCDAGR" in sources(coder, "Nomads in Chad clashed with villagers over water.")

    def test_climate_activists(self, coder: Coder) -> None:
        """'Climate activists' are environment actors, not plain civilians."""
        assert "NLDENV" in sources(coder, "Climate activists blocked a motorway in The Hague.")

    def test_environmentalists_accuse(self, coder: Coder) -> None:
        """Environmentalists are environment actors."""
        assert "BRAENV" in sources(coder, "Environmentalists in Brazil accused the government of ignoring "
                                          "deforestation.")

    def test_religious_community(self, coder: Coder) -> None:
        """A religious community named by its plural noun takes its religion's code."""
        assert "CANSIK" in sources(coder, "Sikhs in Canada protested against the Indian government.")


class TestArmedAndLaw:
    def test_knifeman(self, coder: Coder) -> None:
        """A knifeman is an unidentified armed attacker, like a gunman."""
        assert "AUSUAF" in sources(coder, "A knifeman stabbed three commuters in Sydney.")

    def test_death_squads(self, coder: Coder) -> None:
        """Death squads are unidentified armed actors."""
        assert "HNDUAF" in sources(coder, "Death squads killed three activists in Honduras.")

    def test_cattle_rustlers(self, coder: Coder) -> None:
        """Cattle rustlers are criminals."""
        assert "NGACRM" in sources(coder, "Cattle rustlers killed five herders in Zamfara.")

    def test_hitmen(self, coder: Coder) -> None:
        """Hitmen are criminals."""
        assert "MEXCRM" in sources(coder, "Hitmen shot dead a mayoral candidate in Guerrero.")

    def test_rebel_soldiers(self, coder: Coder) -> None:
        """'Rebel soldiers' are rebels, not the military."""
        assert "SSDREB" in sources(coder, "Rebel soldiers ambushed a convoy in South Sudan.")

    def test_riot_officers(self, coder: Coder) -> None:
        """Riot officers are police."""
        assert "KENCOP" in sources(coder, "Riot officers fired tear gas at protesters in Nairobi.")

    def test_sheriffs_deputies(self, coder: Coder) -> None:
        """'Sheriff's deputies' are police, not legislators ('deputies')."""
        assert "USACOP" in sources(coder, "Sheriff's deputies arrested three men in Texas.")

    def test_jurors(self, coder: Coder) -> None:
        """Jurors are the judiciary."""
        assert "JUD" in roles(sources(coder, "Jurors in Paris convicted the former minister."))

    def test_men_who_use_force_are_armed(self, coder: Coder) -> None:
        """Doers of violence named only as men are an unidentified armed group, not civilians."""
        assert sources(coder, "Two men on a scooter shot dead a moneylender in Peshawar.") == ["PAKUAF"]

    def test_men_who_march_stay_civilians(self, coder: Coder) -> None:
        """A control: men who do no violence stay civilians."""
        assert sources(coder, "Hundreds of men marched through Herat on Friday.") == ["AFGCVL"]

    def test_charity_workers_kidnapped(self, coder: Coder) -> None:
        """Kidnapped charity workers are an NGO target, not labour."""
        assert roles(targets(coder, "Charity workers were kidnapped in Mali.")) == {"NGO"}


class TestControls:
    def test_sports_raiders_not_armed(self, coder: Coder) -> None:
        """Bare 'Raiders' is a sports team as often as attackers: it is not listed (only 'armed raiders')."""
        assert "UAF" not in roles(sources(coder, "The Raiders attacked relentlessly in the second half."))

    def test_armed_raiders(self, coder: Coder) -> None:
        """'Armed raiders' are unidentified armed actors."""
        assert "NGAUAF" in sources(coder, "Armed raiders killed 20 villagers in Plateau state, Nigeria.")

    @pytest.mark.parametrize("text", [
        "The tourist season opened early in Greece.",
        "Child labour rose in Bangladesh, the report said.",
        "A commuter train hit a lorry near Mumbai.",
        "A passenger ferry rammed a fishing boat off Bali.",
        "Man City beat Arsenal 2-0 in London.",
    ])
    def test_role_word_as_modifier_of_a_thing(self, coder: Coder, text: str) -> None:
        """Singular nouns that mostly modify things ('tourist season', 'child labour') name no civilians."""
        codes = [code for source, _, target in coded(coder, text) for code in (source, target)]
        assert "CVL" not in roles(codes)

    def test_idiom_jury_is_out(self, coder: Coder) -> None:
        """'The jury is still out' codes no judiciary event."""
        assert "JUD" not in roles(sources(coder, "The jury is still out on whether the reform will work."))

    def test_person_named_christian(self, coder: Coder) -> None:
        """A person called Christian is no Christian community: only the plural 'Christians' is listed."""
        assert "CHR" not in roles(sources(coder, "Christian Lindner criticised the budget of the German government."))
