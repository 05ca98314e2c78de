"""Actor dictionaries: CSV shapes, validation with file and line, phrase matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventlib import DictionaryError, load_dictionary
from eventlib._builtin import CORE_ACTORS
from eventlib.actors.dictionary import ActorDictionary, Entry
from eventlib.parse.text import normalize, phrase_tokens


@pytest.fixture(scope="module")
def builtin():
    return load_dictionary(CORE_ACTORS)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


class TestBuiltin:
    @pytest.mark.parametrize(("phrase", "code"), [
        ("Turkey", "TUR"), ("Turkish", "TUR"), ("Russians", "RUS"), ("the Kremlin", "RUSGOV"),
        ("White House", "USAGOV"), ("Beijing", "CHNGOV"), ("United Nations", "IGOUNO"), ("NATO", "IGOWSTNAT"),
        ("Hamas", "PSEREBHMS"), ("Boko Haram", "NGAREBBKH"), ("Houthis", "YEMREBHTH"),
    ])
    def test_named_actors(self, builtin, phrase: str, code: str) -> None:
        """Countries, capitals, seats, IGOs and armed groups carry their codes."""
        assert code in {e.code for e in builtin.lookup(phrase)}

    @pytest.mark.parametrize(("phrase", "role"), [("rebels", "REB"), ("troops", "MIL"), ("police", "COP"),
                                                  ("protesters", "CVL"), ("journalists", "MED"),
                                                  ("refugees", "REF"), ("parliament", "LEG"), ("court", "JUD")])
    def test_role_nouns(self, builtin, phrase: str, role: str) -> None:
        """Role nouns give role codes."""
        assert role in {e.code for e in builtin.lookup(phrase)}

    def test_every_iso3_country_named(self, builtin) -> None:
        """Every country of the taxonomy has at least one name in the dictionary."""
        from eventlib import taxonomy

        named = {e.code for e in builtin.entries if e.table == "countries" and e.kind == "name"}
        assert set(taxonomy.countries()["iso3"]) - named == set()

    def test_leader_dated(self, builtin) -> None:
        """A leader's code holds only while in office."""
        entries = builtin.lookup("Vladimir Putin")
        assert any(e.valid_on(dt.date(2018, 1, 1)) for e in entries)
        assert not any(e.valid_on(dt.date(1995, 1, 1)) for e in entries)

    def test_no_bare_surname_is_a_capital(self, builtin) -> None:
        """A person's one-word name that is also a capital ('Muscat') would take the capital's government for the
        person: such surnames are listed only with the first name."""
        capitals = {e.phrase for e in builtin.entries if e.table == "countries" and e.kind == "capital"}
        people = {e.phrase for e in builtin.entries if e.table.startswith("people") and len(e.phrase.split()) == 1}
        assert capitals & people == set()

    def test_accents_ignored(self, builtin) -> None:
        """'Erdoğan' and 'Erdogan' are the same phrase."""
        assert builtin.lookup("Erdoğan") and normalize("Erdoğan") == "erdogan"


class TestMatching:
    def test_longest_match_first(self, tmp_path: Path) -> None:
        """'United States' wins over 'United' at the same position."""
        dictionary = load_dictionary(write(tmp_path / "c.csv", "phrase,code,kind\nUnited,UTD,name\n"
                                           "United States,USA,name\n"))
        [match] = dictionary.find(["the", "united", "states", "army"])
        assert (match.start, match.end, match.entries[0].code) == (1, 3, "USA")

    def test_phrase_tokens_follow_spacy(self) -> None:
        """Phrases split as spaCy splits text; a leading 'the' is dropped."""
        assert phrase_tokens("the al-Shabaab") == ("al", "-", "shabaab")
        assert phrase_tokens("Syria's") == ("syria", "'s")

    def test_folder_loads_every_csv(self, tmp_path: Path) -> None:
        """A folder's CSV files are loaded together."""
        write(tmp_path / "a.csv", "phrase,code,kind\nGondor,GON,name\n")
        write(tmp_path / "b.csv", "phrase,role,kind\nrangers,MIL,noun\n")
        assert len(load_dictionary(tmp_path)) == 2


class TestErrors:
    def test_unknown_header(self, tmp_path: Path) -> None:
        """A header of no known shape lists the shapes expected."""
        with pytest.raises(DictionaryError, match=r"x.csv:1: expected a header of one of"):
            load_dictionary(write(tmp_path / "x.csv", "name,code\nA,AAA\n"))

    def test_bad_code_names_line_and_phrase(self, tmp_path: Path) -> None:
        """A malformed actor code names file, line and phrase."""
        path = write(tmp_path / "x.csv", "phrase,code,kind\nGondor,GON,name\nArnor,arn,name\n")
        with pytest.raises(DictionaryError, match=r"x.csv:3: Arnor: column 'code'"):
            load_dictionary(path)

    def test_unknown_role(self, tmp_path: Path) -> None:
        """A role outside the taxonomy is rejected."""
        with pytest.raises(DictionaryError, match=r"column 'role'"):
            load_dictionary(write(tmp_path / "x.csv", "phrase,role,kind\nwizards,WIZ,noun\n"))

    def test_bad_date(self, tmp_path: Path) -> None:
        """A malformed date names its column."""
        path = write(tmp_path / "x.csv", "phrase,code,start,end,person,position\nAragorn,GONGOV,3019-13-01,,A,King\n")
        with pytest.raises(DictionaryError, match=r"x.csv:2: Aragorn: column 'start'"):
            load_dictionary(path)

    def test_end_before_start(self, tmp_path: Path) -> None:
        """A term that ends before it starts is rejected."""
        path = write(tmp_path / "x.csv", "phrase,code,start,end,person,position\nA,GONGOV,2001-01-01,2000-01-01,A,K\n")
        with pytest.raises(DictionaryError, match="before start"):
            load_dictionary(path)

    def test_ragged_row(self, tmp_path: Path) -> None:
        """A row with too few cells names its line."""
        with pytest.raises(DictionaryError, match=r"x.csv:2: .*expected 3 cells, got 2"):
            load_dictionary(write(tmp_path / "x.csv", "phrase,code,kind\nGondor,GON\n"))

    def test_bad_kind(self, tmp_path: Path) -> None:
        """A kind outside the table's kinds is rejected."""
        with pytest.raises(DictionaryError, match=r"column 'kind': expected one of name, adjective"):
            load_dictionary(write(tmp_path / "x.csv", "phrase,code,kind\nGondor,GON,realm\n"))


class TestAcronyms:
    def test_acronym_needs_capitals(self, tmp_path: Path) -> None:
        """'US' matches the country only when written in capitals, not the pronoun 'us'."""
        dictionary = load_dictionary(write(tmp_path / "c.csv", "phrase,code,kind\nUS,USA,name\n"))
        assert dictionary.find(["us"], ["US"])
        assert dictionary.find(["us"], ["us"]) == []


class TestStems:
    """TABARI-style entries whose last word is a stem ('argentin' for Argentina, Argentine)."""

    @staticmethod
    def _dictionary() -> ActorDictionary:
        return ActorDictionary([Entry("argentin", ("argentin",), "ARG", "actor", "actors", stem=True),
                                Entry("bank of argentin", ("bank", "of", "argentin"), "ARGBUS", "actor", "actors",
                                      stem=True),
                                Entry("arg", ("arg",), "XXX", "actor", "actors")])

    def test_longer_word_matches_stem(self) -> None:
        [match] = self._dictionary().find(["argentine", "troops"])
        assert (match.start, match.end, match.entries[0].code) == (0, 1, "ARG")

    def test_stem_as_last_word_of_phrase(self) -> None:
        [match] = self._dictionary().find(["central", "bank", "of", "argentina"])
        assert (match.start, match.end, match.entries[0].code) == (1, 4, "ARGBUS")

    def test_word_shorter_than_stem_does_not_match(self) -> None:
        assert self._dictionary().find(["argen"]) == []

    def test_stem_matches_words_at_most_twice_its_length(self) -> None:
        dictionary = ActorDictionary([Entry("the au", ("the", "au"), "IGOAFR", "actor", "actors", stem=True)])
        assert dictionary.find(["the", "australian"]) == []
        assert [m.entries[0].code for m in dictionary.find(["the", "aus"])] == ["IGOAFR"]

    def test_exact_entries_do_not_match_longer_words(self) -> None:
        assert self._dictionary().find(["argue"]) == []


class TestJoinedWords:
    """Words joined by '_' in the text match dictionary phrases as separate words, as in TABARI."""

    @staticmethod
    def _dictionary() -> ActorDictionary:
        return ActorDictionary([Entry("dol amroth", ("dol", "amroth"), "DOL", "actor", "actors")])

    def test_joined_words_match_a_phrase(self) -> None:
        [match] = self._dictionary().find(["prince", "of", "dol_amroth"])
        assert (match.start, match.end, match.entries[0].code) == (2, 3, "DOL")

    @pytest.mark.parametrize("tokens", [["_"], ["__", "dol"], ["dol", "_", "amroth"]])
    def test_bare_underscores_are_no_words(self, tokens: list[str]) -> None:
        assert [m.entries[0].code for m in self._dictionary().find(tokens)] == []


@pytest.mark.parametrize(("phrase", "tokens"), [("k.u.", ("k.u.",)), ("U.S. troops", ("u.s.", "troops")),
                                                ("st. louis", ("st", ".", "louis"))])
def test_abbreviations_split_as_in_parsed_text(phrase: str, tokens: tuple[str, ...]) -> None:
    assert phrase_tokens(phrase) == tokens
