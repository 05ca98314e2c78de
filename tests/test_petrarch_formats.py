"""TABARI / PETRARCH dictionary readers: each format feature, errors with file and line, real files."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventlib._errors import DictionaryError
from eventlib.rules.petrarch.formats import (
    ActorRecord,
    DatedCode,
    Phrase,
    VerbDictionary,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
    read_verbs_v2,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"real PETRARCH / Phoenix dictionaries not found: {DATA} is absent")


def write(tmp_path: Path, text: str, name: str = "dict.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def words(phrase: Phrase) -> str:
    return " ".join(phrase.words)


def raises_at(reader, path: Path, line: int | None) -> DictionaryError:
    """Run the reader, expect a DictionaryError naming this file and line, and return it."""
    with pytest.raises(DictionaryError) as info:
        reader(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert str(path) in str(info.value)
    return info.value


# ----------------------------------------------------------------------------- comments, phrases


def test_hash_starts_a_comment(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "ATHENS  [GRC] #JW   10/17/91 [XXX]\n# a whole-line comment\n"))
    assert record.codes == (DatedCode("GRC"),)


def test_xml_comment_may_span_lines(tmp_path: Path) -> None:
    text = "<!-- start\nNOT_AN_ACTOR [XXX]\n# -->\nGONDOR [GON]\n"
    assert [words(r.phrases[0]) for r in read_actors(write(tmp_path, text))] == ["gondor"]


def test_xml_comment_inside_a_line_keeps_the_rest(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "ROHAN <!-- horse lords --> [ROH]\n"))
    assert (words(record.phrases[0]), record.codes) == ("rohan", (DatedCode("ROH"),))


def test_line_starting_with_angle_bang_is_skipped(tmp_path: Path) -> None:
    records = read_actors(write(tmp_path, "<! -- NEW ACTORS -->\nBREE [BRE]\n"))
    assert [words(r.phrases[0]) for r in records] == ["bree"]


def test_unclosed_xml_comment_names_its_opening_line(tmp_path: Path) -> None:
    raises_at(read_actors, write(tmp_path, "BREE [BRE]\n<!-- never closed\nROHAN [ROH]\n"), 2)


def test_underscores_and_spaces_both_separate_lowercased_words(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "PRESIDENT HOSNI_Mubarak [EGYGOV]\n"))
    assert record.phrases[0].words == ("president", "hosni", "mubarak")


def test_trailing_underscore_means_exact_last_word(tmp_path: Path) -> None:
    exact, stem = read_actors(write(tmp_path, "ARNOR_  [ARN]\nARGENTIN  [ARG]\n"))
    assert (exact.phrases[0].exact_last, stem.phrases[0].exact_last) == (True, False)


# ---------------------------------------------------------------------------------------- actors


def test_actor_synonyms_follow_the_main_phrase(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "NORTH_KOREA  [PRK]\n+PYONGYANG\n+THE_HERMIT_KINGDOM\n"))
    assert [words(p) for p in record.phrases] == ["north korea", "pyongyang", "the hermit kingdom"]
    assert [p.line for p in record.phrases] == [1, 2, 3]
    assert record.line == 1


def test_indented_date_restricted_codes_in_file_order(tmp_path: Path) -> None:
    text = "GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB >990816]\n"
    (record,) = read_actors(write(tmp_path, text))
    assert record.codes == (
        DatedCode("HOB", end=dt.date(1995, 6, 1)),
        DatedCode("HOBGOV", start=dt.date(1995, 6, 1), end=dt.date(1999, 8, 15)),
        DatedCode("HOBREB", start=dt.date(1999, 8, 16)),
    )


def test_inline_default_code_comes_before_indented_codes(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n"))
    assert [c.code for c in record.codes] == ["HOB", "HOBCIV"]


def test_two_digit_years_up_to_30_are_21st_century(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "X\n\t[AAA 300101-310101]\n"))
    assert (record.codes[0].start, record.codes[0].end) == (dt.date(2030, 1, 1), dt.date(1931, 1, 1))


def test_date_without_sign_is_a_start_date(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "MILO_DUKANOVIC_\n\t[MNEGOV 20121204]\n"))
    assert record.codes == (DatedCode("MNEGOV", start=dt.date(2012, 12, 4)),)


def test_overlong_date_uses_its_first_eight_digits_like_petrarch(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "DAVID_CAMERON_\n\t[GBRGOV >201005011]\n"))
    assert record.codes[0].start == dt.date(2010, 5, 1)


def test_null_code_is_the_empty_string(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "PRINCE OF DOL AMROTH\n\t[--- <950630]\n\t[DOL]\n"))
    assert record.codes == (DatedCode("", end=dt.date(1995, 6, 30)), DatedCode("DOL"))


def test_lowercase_codes_are_uppercased(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "PALESTINIAN [pse]\n"))
    assert record.codes == (DatedCode("PSE"),)


def test_non_cameo_actor_codes_are_kept(tmp_path: Path) -> None:
    records = read_actors(write(tmp_path, "ISILDUR  [+++]\nTHE_SHIRE  [FRO/BIL/SAM]\n"))
    assert [r.codes[0].code for r in records] == ["+++", "FRO/BIL/SAM"]


def test_several_codes_on_one_line(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "ABN_AMRO_\t[NLDGOVBUS >081004][MNCNLD]\t# recoded\n"))
    assert record.codes == (DatedCode("NLDGOVBUS", start=dt.date(2008, 10, 4)), DatedCode("MNCNLD"))


def test_main_phrase_without_code_shares_the_next_entrys_codes(tmp_path: Path) -> None:
    text = "LEONID_BREZHNEV_\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\nYURY_ANDROPOV_ [RUSGOV]\n"
    first, second = read_actors(write(tmp_path, text))
    assert [words(p) for p in first.phrases] == ["leonid brezhnev", "secretary brezhnev"]
    assert first.codes == (DatedCode("RUSGOV", dt.date(1964, 10, 14), dt.date(1982, 11, 10)),)
    assert (first.line, second.line) == (1, 4)


def test_actor_records_are_frozen(tmp_path: Path) -> None:
    (record,) = read_actors(write(tmp_path, "BREE [BRE]\n"))
    assert isinstance(record, ActorRecord)
    with pytest.raises(AttributeError):
        record.line = 2  # type: ignore[misc]


def test_codeless_actor_at_end_names_its_first_line(tmp_path: Path) -> None:
    raises_at(read_actors, write(tmp_path, "BREE [BRE]\n\nU.S.S.R\n+USSR\n"), 3)


def test_synonym_before_any_actor_is_an_error(tmp_path: Path) -> None:
    raises_at(read_actors, write(tmp_path, "# header\n+USSR\nBREE [BRE]\n"), 2)


@pytest.mark.parametrize("line", ["BREE [BRE", "BREE [BRE]]", "BREE [BRE [X]", "\t[BRE"])
def test_unbalanced_brackets_name_file_and_line(tmp_path: Path, line: str) -> None:
    raises_at(read_actors, write(tmp_path, f"ROHAN [ROH]\n{line}\n"), 2)


@pytest.mark.parametrize("code", ["HOB 991332", "HOB 990230-991231", "HOB <12345", "HOB 2010-0101"])
def test_bad_dates_name_file_and_line(tmp_path: Path, code: str) -> None:
    error = raises_at(read_actors, write(tmp_path, f"GOLLUM\n\t[HOB]\n\t[{code}]\n"), 3)
    assert "date" in error.reason


def test_bad_date_restriction_is_an_error(tmp_path: Path) -> None:
    raises_at(read_actors, write(tmp_path, "GOLLUM\n\t[HOB after 990101]\n"), 2)


def test_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    raises_at(read_actors, tmp_path / "absent.actors.txt", None)


def test_undecodable_bytes_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"BREE [BRE]\n# ok\nC\xd4TE_D'IVOIRE_ [CIV]\n")
    raises_at(read_actors, path, 3)


# ---------------------------------------------------------------------------------------- agents


def test_agent_code_position_from_the_tilde(tmp_path: Path) -> None:
    suffix, prefix = read_agents(write(tmp_path, "AMBASSADOR [~GOV]\nHUMAN_RIGHTS_BODY  [  NGO~]\n"))
    assert (suffix.code, suffix.position) == ("GOV", "suffix")
    assert (prefix.code, prefix.position) == ("NGO", "prefix")


@pytest.mark.parametrize(("singular", "plural"), [
    ("PRESIDENT", "presidents"), ("CONGRESS", "congresses"), ("DEPUTY", "deputies"), ("ATTORNEY", "attorneys"),
    ("FOREIGN_MINISTER", "foreign ministers"),
])
def test_agent_without_braces_gets_the_regular_plural(tmp_path: Path, singular: str, plural: str) -> None:
    (record,) = read_agents(write(tmp_path, f"{singular} [~GOV]\n"))
    assert [words(p) for p in record.plurals] == [plural]


def test_agent_plural_keeps_exact_last(tmp_path: Path) -> None:
    (record,) = read_agents(write(tmp_path, "MINISTRY_  [~GOV]\n"))
    assert record.plurals == (Phrase(("ministries",), True, 1),)


def test_agent_empty_braces_mean_no_plural(tmp_path: Path) -> None:
    (record,) = read_agents(write(tmp_path, "POLICE {} [ ~COP]\n"))
    assert (words(record.phrase), record.plurals, record.code) == ("police", (), "COP")


def test_agent_irregular_plural_in_braces(tmp_path: Path) -> None:
    (record,) = read_agents(write(tmp_path, "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj\n"))
    assert [words(p) for p in record.plurals] == ["attorneys general"]


def test_agent_substitution_set_is_expanded(tmp_path: Path) -> None:
    text = "!MINST! = MINISTER, MINISTRIES\n\n!MINST!_OF_SILLY_WALKS [~GOV]\n"
    records = read_agents(write(tmp_path, text))
    assert [words(r.phrase) for r in records] == ["minister of silly walks", "ministries of silly walks"]
    assert all(r.plurals == () and r.line == 3 and r.code == "GOV" for r in records)


def test_agent_repeated_set_takes_the_same_member(tmp_path: Path) -> None:
    text = "!P! = MAN, WOMAN\n!P!_TO_!P! [~CVL]\n"
    assert [words(r.phrase) for r in read_agents(write(tmp_path, text))] == ["man to man", "woman to woman"]


def test_agent_line_without_code_is_skipped_like_petrarch(tmp_path: Path) -> None:
    records = read_agents(write(tmp_path, "ISLAMIC_EXTREMIST\nMUSLIM [~MUS]\n"))
    assert [words(r.phrase) for r in records] == ["muslim"]


def test_agent_code_closed_by_a_brace_typo_is_accepted(tmp_path: Path) -> None:
    (record,) = read_agents(write(tmp_path, "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"))
    assert record.code == "ENV"


def test_undefined_substitution_set_is_an_error(tmp_path: Path) -> None:
    raises_at(read_agents, write(tmp_path, "!PERSON! = MAN\nCONGRESS!PESRON! [~LEG]\n"), 2)


def test_agent_code_without_tilde_is_an_error(tmp_path: Path) -> None:
    raises_at(read_agents, write(tmp_path, "AMBASSADOR [~GOV]\nMINISTER [GOV]\n"), 2)


def test_agent_unbalanced_brace_is_an_error(tmp_path: Path) -> None:
    raises_at(read_agents, write(tmp_path, "\n\nGOLDEN_GOOSE {GOLDEN_GEESE [~GGS]\n"), 3)


# -------------------------------------------------------------------------------------- discards


def test_discard_with_plus_discards_the_story(tmp_path: Path) -> None:
    sentence, story = read_discards(write(tmp_path, "MONTHS LATER\n+ Manchester United   # pas\n"))
    assert (words(sentence.phrase), sentence.story) == ("months later", False)
    assert (words(story.phrase), story.story, story.line) == ("manchester united", True, 2)


def test_discard_trailing_underscore_is_exact(tmp_path: Path) -> None:
    (record,) = read_discards(write(tmp_path, "GROUP A_\n"))
    assert record.phrase == Phrase(("group", "a"), True, 1)


# ----------------------------------------------------------------------------------------- verbs

VERBS = """\
<!-- SYNSETS -->
&PREPOSIT1_
+AGAINST
+IS_TO

&CURRENCY  # money
+AUSTRIAN FLORIN
+GOLDEN_GOBLIN_GALLEONS_

--- ARRIVE  [032:033]  ---
ARRIVE    # -PAS 95.12.18

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
SMASH [180]
- + KNOWN_ * IN_ $  [076]  #  pattern CONNECT-15D
- SO IN_AND_*_OUT_AGAIN NOW [074]
- % * &CURRENCY ^ [032:032]
- * DEADLOCK  [---]
- IN_ *  [075A]
- * THE WOGS  [abc]
- * DIPLXMATIC  [###]  # ### is a code
- * WITHOUT CODE # REJECT
RIP {RIPPING RIPS RIPPED};shan   7/11/93

--- DEFEND  ###
DEFEND
"""


@pytest.fixture
def verbs(tmp_path: Path) -> VerbDictionary:
    return read_verbs(write(tmp_path, VERBS))


def test_synset_members_as_word_tuples(verbs: VerbDictionary) -> None:
    assert verbs.synsets["&CURRENCY"] == (("austrian", "florin"), ("golden", "goblin", "galleons"))


def test_synset_no_plural_flag_is_dropped_from_the_name(verbs: VerbDictionary) -> None:
    assert verbs.synsets["&PREPOSIT1"] == (("against",), ("is", "to"))


def test_paired_block_code(verbs: VerbDictionary) -> None:
    arrive = verbs.blocks[0]
    assert (arrive.verb, arrive.forms, arrive.codes, arrive.line) == ("arrive", (), ("032", "033"), 10)


def test_block_without_code_has_no_codes(verbs: VerbDictionary) -> None:
    assert (verbs.blocks[-1].verb, verbs.blocks[-1].codes) == ("defend", ())


def test_block_forms_from_braces_lines_and_multiword_verbs(verbs: VerbDictionary) -> None:
    block = verbs.blocks[1]
    assert block.verb == "break"
    assert block.forms == ("broke", "broken", "break down", "breaks down", "broke down", "smash",
                           "rip", "ripping", "rips", "ripped")


def test_verb_marker_inside_a_verb_of_several_words_is_kept(tmp_path: Path) -> None:
    (block,) = read_verbs(write(tmp_path, "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED}\n")).blocks
    assert block.forms == ("wire +tap", "wire +tapped")


def test_verb_line_code_goes_to_form_codes(verbs: VerbDictionary) -> None:
    assert verbs.blocks[1].form_codes == {"smash": ("180",)}


def test_pattern_tokens_keep_markers_and_split_underscores(verbs: VerbDictionary) -> None:
    first, second, third = verbs.blocks[1].patterns[:3]
    assert (first.before, first.after, first.codes, first.line) == (("+", "known"), ("in", "$"), ("076",), 17)
    assert (second.before, second.after) == (("so", "in", "_", "and", "_"), ("_", "out", "_", "again", "now"))
    assert (third.before, third.after, third.codes) == (("%",), ("&CURRENCY", "^"), ("032", "032"))


def test_pattern_null_and_non_cameo_codes(verbs: VerbDictionary) -> None:
    assert [p.codes for p in verbs.blocks[1].patterns[3:7]] == [("",), ("075A",), ("abc",), ("###",)]


def test_pattern_without_code_has_no_codes(verbs: VerbDictionary) -> None:
    assert verbs.blocks[1].patterns[7].codes == ()


def test_v1_pattern_without_star_puts_tokens_before_the_verb(tmp_path: Path) -> None:
    (block,) = read_verbs(write(tmp_path, "--- MASSACRE [202] ---\nMASSACRE\n- TIVILIAN [202]\n")).blocks
    assert (block.patterns[0].before, block.patterns[0].after) == (("tivilian",), ())


def test_pattern_before_any_block_is_an_error(tmp_path: Path) -> None:
    raises_at(read_verbs, write(tmp_path, "&X\n+Y\n- * TALKS [031]\n--- MEET [030] ---\n"), 3)


@pytest.mark.parametrize("code", ["[1:2:3]", "[]", "[03 1]"])
def test_bad_verb_code_is_an_error(tmp_path: Path, code: str) -> None:
    raises_at(read_verbs, write(tmp_path, f"--- MEET [030] ---\nMEET\n- * TALKS {code}\n"), 3)


def test_unbalanced_brace_in_verb_line_is_an_error(tmp_path: Path) -> None:
    raises_at(read_verbs, write(tmp_path, "--- BAN [191] ---\nBAN {BANS BANNED\n"), 2)


V2 = """\
&FOOD
+FOOD
+MEDICINE

####### VERB PATTERNS #######

---  ANGER   [---]  ---
+ANGERED_BY {}
ANGER
ENRAGE [:110]
- * (TO {BANNED PARTIES}) $                           [1722]        # ADD
- &FOOD *                                             [073:0863]    # RUSH
- * {IN &FOOD}                                        [:1243]

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def test_v2_pattern_keeps_phrase_brackets_as_tokens(tmp_path: Path) -> None:
    (block,) = read_verbs_v2(write(tmp_path, V2)).blocks
    assert block.patterns[0].after == ("(", "to", "{", "banned", "parties", "}", ")", "$")
    assert block.patterns[1].before == ("&FOOD",)


def test_v2_half_paired_code(tmp_path: Path) -> None:
    (block,) = read_verbs_v2(write(tmp_path, V2)).blocks
    assert block.patterns[2].codes == ("", "1243")
    assert block.form_codes == {"enrage": ("", "110")}


def test_v2_block_verb_is_the_block_name_when_listed(tmp_path: Path) -> None:
    (block,) = read_verbs_v2(write(tmp_path, V2)).blocks
    assert (block.verb, block.forms, block.codes) == ("anger", ("angered by", "enrage"), ("",))


def test_v2_transformations_are_skipped(tmp_path: Path) -> None:
    result = read_verbs_v2(write(tmp_path, V2))
    assert len(result.blocks) == 1 and len(result.blocks[0].patterns) == 3


def test_v2_pattern_without_star_is_an_error(tmp_path: Path) -> None:
    raises_at(read_verbs_v2, write(tmp_path, "---  ADD   [---]  ---\nADD\n- SANCTIONS [163]\n"), 3)


# ------------------------------------------------------------------------------------ robustness

READERS = [read_actors, read_agents, read_discards, read_verbs, read_verbs_v2]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet="AB1290 \t\n[]{}()!~+-*_#;<>:=,&$%^", max_size=80))
def test_any_input_gives_records_or_a_dictionary_error(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text, "fuzz.txt")
    for reader in READERS:
        try:
            reader(path)
        except DictionaryError as error:
            assert error.path == str(path)


# ------------------------------------------------------------------------------------ real files


@functools.cache
def real(name: str, reader=None):
    reader = reader or {"actors": read_actors, "agents": read_agents, "discards": read_discards}[name.split(".")[-2]]
    return reader(DATA / name)


@needs_data
@pytest.mark.parametrize(("name", "count"), [
    ("petrarch2/PETR.Validate.actors.txt", 128),
    ("petrarch2/PETR.Validate.agents.txt", 95),
    ("petrarch2/PETR.Validate.discards.txt", 9),
    ("phoenix/Phoenix.Countries.actors.txt", 18353),
    ("phoenix/Phoenix.International.actors.txt", 7838),
    ("phoenix/Phoenix.MilNonState.actors.txt", 1021),
    ("phoenix/Phoenix.agents.txt", 3302),
    ("phoenix/Phoenix.discards.txt", 506),
])
def test_real_file_record_counts(name: str, count: int) -> None:
    assert len(real(name)) == count


@needs_data
@pytest.mark.parametrize(("name", "reader", "blocks", "patterns", "synsets"), [
    ("petrarch2/PETR.Validate.verbs.txt", read_verbs, 261, 474, 17),
    ("phoenix/CAMEO.verbpatterns.150430.txt", read_verbs, 396, 11011, 38),
    ("phoenix/CAMEO.2.0.txt", read_verbs_v2, 397, 4668, 40),
])
def test_real_verb_file_counts(name: str, reader, blocks: int, patterns: int, synsets: int) -> None:
    result = real(name, reader)
    assert (len(result.blocks), sum(len(b.patterns) for b in result.blocks), len(result.synsets)) == (
        blocks, patterns, synsets)


@needs_data
def test_real_argentin_is_a_stem_for_arg() -> None:
    (record,) = [r for r in real("petrarch2/PETR.Validate.actors.txt") if r.phrases[0].words == ("argentin",)]
    assert (record.phrases[0].exact_last, record.codes) == (False, (DatedCode("ARG"),))


@needs_data
def test_real_mohammad_zahir_shah_has_three_dated_codes() -> None:
    (record,) = [r for r in real("phoenix/Phoenix.Countries.actors.txt")
                 if r.phrases[0].words == ("mohammad", "zahir", "shah")]
    assert record.phrases[0].exact_last
    assert record.codes == (
        DatedCode("AFGELI", dt.date(1932, 1, 1), dt.date(1933, 11, 8)),
        DatedCode("AFGGOV", dt.date(1933, 11, 8), dt.date(1973, 7, 17)),
        DatedCode("AFGELI", dt.date(1973, 7, 17), dt.date(2007, 7, 23)),
    )


@needs_data
def test_real_silly_walks_agent_is_expanded() -> None:
    expanded = [words(r.phrase) for r in real("petrarch2/PETR.Validate.agents.txt") if "silly" in r.phrase.words]
    assert expanded == ["minister of silly walks", "ministers of silly walks", "ministry of silly walks",
                        "ministries of silly walks"]


@needs_data
def test_real_arrive_block_has_a_paired_code() -> None:
    (block,) = [b for b in real("petrarch2/PETR.Validate.verbs.txt", read_verbs).blocks if b.verb == "arrive"]
    assert block.codes == ("032", "033")


@needs_data
def test_real_explain_verbal_block_keeps_per_verb_codes() -> None:
    (block,) = [b for b in real("phoenix/CAMEO.verbpatterns.150430.txt", read_verbs).blocks if b.line == 701]
    assert (block.verb, block.codes, block.form_codes["express"]) == ("explain", ("010",), ("0110",))


@needs_data
def test_real_phoenix_story_discards() -> None:
    assert sum(r.story for r in real("phoenix/Phoenix.discards.txt")) == 64
