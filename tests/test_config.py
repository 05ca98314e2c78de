"""One coder configuration: declared once, it builds coders, workers, benchmark runs and CLI flags."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import click
import pytest
from click.testing import CliRunner

from eventlib import Coder, CoderConfig, RecordError
from eventlib.bench import Configuration
from eventlib.cli import coder_options, main
from eventlib.config import CLI

FLAGGED = [field for field in attrs.fields(CoderConfig) if field.metadata.get(CLI)]
SEEN: list[CoderConfig] = []


@click.command()
@coder_options
def show(config: CoderConfig) -> None:
    """Keep the configuration the shared coder options make."""
    SEEN.append(config)


def parsed(*args: str) -> CoderConfig:
    """The CoderConfig that the shared options make of ``args``."""
    SEEN.clear()
    result = CliRunner().invoke(show, list(args))
    assert result.exit_code == 0, result.output
    [config] = SEEN
    return config


class TestCoderConfig:
    def test_hashable_and_picklable(self) -> None:
        """A configuration of names and paths hashes, compares and pickles (for worker processes)."""
        config = CoderConfig(rulesets=("extra.yaml",), actors=["petrarch:a.txt"], builtin=False, model="x")
        assert pickle.loads(pickle.dumps(config)) == config
        assert hash(config) == hash(CoderConfig(rulesets=["extra.yaml"], actors=("petrarch:a.txt",), builtin=False,
                                                model="x"))

    def test_sequences_become_tuples(self) -> None:
        """Lists of specs are kept as tuples."""
        assert CoderConfig(discards=["petrarch:d.txt"]).discards == ("petrarch:d.txt",)

    @pytest.mark.parametrize(("options", "field"), [
        ({"rulesets": "cameo.core.v1"}, "rulesets"),
        ({"new_actor_length": -1}, "new_actor_length"),
        ({"batch_size": 0}, "batch_size"),
        ({"builtin": "no"}, "builtin"),
        ({"model": 3}, "model"),
        ({"profile": "quick"}, "profile"),
    ])
    def test_bad_value_named(self, options: dict[str, Any], field: str) -> None:
        """A value a field does not accept raises a RecordError naming the field and the value."""
        with pytest.raises(RecordError, match=rf"CoderConfig\.{field}: expected .*, got "):
            CoderConfig(**options)

    def test_options_are_keywords(self) -> None:
        """Options are given by name only."""
        with pytest.raises(TypeError):
            CoderConfig(("extra.yaml",))  # type: ignore[misc]


class TestCoderFromConfig:
    def test_default_coder_config(self, coder: Coder) -> None:
        """A coder made with no options holds the default configuration."""
        assert coder.config == CoderConfig()

    def test_keywords_and_config_agree(self, coder: Coder) -> None:
        """Coder(**options) and Coder.from_config(CoderConfig(**options)) build the same coder."""
        options = {"actors": ["builtin.v1"], "locations": False, "new_actor_length": 2, "batch_size": 8}
        by_keywords = Coder(nlp=coder.nlp, **options)
        by_config = Coder.from_config(CoderConfig(**options), nlp=coder.nlp)
        assert by_keywords.config == by_config.config == CoderConfig(**options)
        assert (by_config.batch_size, by_config.locations, by_config.new_actor_length) == (8, False, 2)
        sentence = "Turkish troops attacked Syrian rebels."
        assert by_keywords.code_text(sentence, "2020-01-01") == by_config.code_text(sentence, "2020-01-01")

    def test_fast_profile_parses_without_entities(self, coder: Coder) -> None:
        """The fast profile's pipeline runs no entity recognizer; a plain sentence codes as by default."""
        fast = Coder(profile="fast")
        assert "ner" not in fast.nlp.pipe_names and "ner" in coder.nlp.pipe_names
        sentence = "Turkish troops attacked Syrian rebels."
        def codes(events):
            return [(e.cameo_code, e.source and e.source.code, e.target and e.target.code) for e in events]
        assert codes(fast.code_text(sentence, "2020-01-01")) == codes(coder.code_text(sentence, "2020-01-01"))

    def test_unknown_option_refused(self) -> None:
        """An option CoderConfig does not have is a TypeError, before any model loads."""
        with pytest.raises(TypeError, match="colour"):
            Coder(colour="red")


class TestCommandLine:
    def test_every_flag_on_every_coding_command(self) -> None:
        """Each flag of a CoderConfig field appears in the help of code, explain and bench."""
        decls = [flag.decl for field in FLAGGED for flag in field.metadata[CLI]]
        for command in ("code", "explain", "bench"):
            output = CliRunner().invoke(main, [command, "--help"]).output
            assert [d for d in decls if d not in output] == [], command

    def test_defaults(self) -> None:
        """No flags give the default configuration."""
        assert parsed() == CoderConfig()

    def test_flags_fill_fields(self) -> None:
        """Each flag sets its field; --actors and --agents both add actor dictionaries, in that order."""
        config = parsed("--rules", "a.yaml", "--rules", "b.yaml", "--agents", "petrarch:ag.txt", "--actors", "x.csv",
                        "--discards", "petrarch:d.txt", "--no-builtin", "--new-actor-length", "3", "--model", "m")
        assert config == CoderConfig(rulesets=("a.yaml", "b.yaml"), actors=("x.csv", "petrarch-agents:ag.txt"),
                                     discards=("petrarch:d.txt",), builtin=False, new_actor_length=3, model="m")

    def test_agents_need_petrarch_prefix(self) -> None:
        """--agents refuses a value that is not petrarch:PATH, saying what it expects."""
        result = CliRunner().invoke(show, ["--agents", "ag.txt"])
        assert result.exit_code == 2 and "expected petrarch:PATH" in result.output

    def test_profile_flag(self) -> None:
        """--profile fast sets the fast parse profile; the default is the full one."""
        assert parsed("--profile", "fast").profile == "fast"
        assert parsed().profile == "full"

    def test_negative_length_refused(self) -> None:
        """--new-actor-length refuses a negative number."""
        assert CliRunner().invoke(show, ["--new-actor-length", "-1"]).exit_code == 2


class TestBenchConfiguration:
    def test_name_and_config(self) -> None:
        """A benchmark configuration is a name and a CoderConfig; its options read as attributes."""
        config = CoderConfig(rulesets=("x.yaml",), builtin=False)
        named = Configuration("mine", config)
        assert named == Configuration("mine", rulesets=("x.yaml",), builtin=False)
        assert (named.coder, named.rulesets, named.builtin, named.discards) == (config, ("x.yaml",), False, ())

    def test_not_both(self) -> None:
        """A configuration takes a CoderConfig or its options, not both."""
        with pytest.raises(RecordError, match="not both"):
            Configuration("mine", CoderConfig(), builtin=False)
