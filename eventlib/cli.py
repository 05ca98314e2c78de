"""The ``eventlib`` command line: a thin layer over the library (all printing happens here).

Only what a command needs is imported, inside the command: ``eventlib --help`` and
``eventlib taxonomy`` load neither spaCy nor pyarrow.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

from ._errors import EventlibError, InputError, RecordError
from .config import CLI, CoderConfig, Flag

F = TypeVar("F", bound=Callable[..., Any])
EXIT_REJECTED = 3


def _date_option(value: str | None) -> dt.date | None:
    """``value`` (YYYY-MM-DD) as a date, or None; a bad date is a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}") from None


class Registered(click.Choice):  # type: ignore[type-arg]
    """A choice of the names in one registry group, read when first needed (plug-ins included)."""

    def __init__(self, kind: str) -> None:
        """The names of the registry group ``kind``."""
        super().__init__(())
        self.kind = kind

    @property  # type: ignore[override]
    def choices(self) -> Sequence[str]:
        """The group's names, read from the registry now."""
        from .registry import registry

        return tuple(registry.group(self.kind).names())

    @choices.setter
    def choices(self, _value: Sequence[str]) -> None:
        """Ignored: the names always come from the registry."""


def _rewriting(flag: Flag, given: str, meant: str) -> Callable[[click.Context, click.Parameter, tuple[str, ...]],
                                                                 tuple[str, ...]]:
    """A callback checking that each value of ``flag`` starts with ``given`` and giving it ``meant`` instead
    (``--agents petrarch:FILE`` is the actor spec ``petrarch-agents:FILE``)."""

    def rewrite(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
        """The values with ``meant`` for ``given``; one without ``given`` is a usage error."""
        for value in values:
            if not value.startswith(given):
                raise click.BadParameter(f"expected {given}PATH ({flag.expects}), got {value!r}")
        return tuple(meant + value[len(given):] for value in values)
    return rewrite


def _click_option(field: attrs.Attribute[Any], flag: Flag, param: str) -> Callable[[F], F]:
    """The click option of one flag of a :class:`CoderConfig` field, its value under the name ``param``."""
    default = field.default
    if isinstance(default, tuple):
        return click.option(flag.decl, param, multiple=True, metavar=flag.metavar, help=flag.help,
                            callback=_rewriting(flag, *flag.rewrite) if flag.rewrite else None)
    if isinstance(default, bool):
        return click.option(flag.decl, param, is_flag=True, help=flag.help)
    if isinstance(default, int):
        kind = click.IntRange(min=flag.minimum) if flag.minimum is not None else int
        return click.option(flag.decl, param, default=default, show_default=True, metavar=flag.metavar, type=kind,
                            help=flag.help)
    return click.option(flag.decl, param, default=default, metavar=flag.metavar, help=flag.help)


def _flags() -> list[tuple[attrs.Attribute[Any], Flag, str]]:
    """Every command-line flag of :class:`CoderConfig`: its field, the flag, and its parameter name."""
    return [(field, flag, f"coder_{field.name}_{n}") for field in attrs.fields(CoderConfig)
            for n, flag in enumerate(field.metadata.get(CLI, ()))]


def _config(values: dict[str, Any]) -> CoderConfig:
    """The :class:`CoderConfig` of the parsed flag values (keyed by parameter name)."""
    options: dict[str, Any] = {}
    for field, flag, param in _flags():
        value = values.pop(param)
        if isinstance(field.default, tuple):
            options[field.name] = options.get(field.name, ()) + tuple(value)
        elif isinstance(field.default, bool):
            options[field.name] = not value if flag.decl.startswith("--no-") else value
        else:
            options[field.name] = value
    try:
        return CoderConfig(**options)
    except RecordError as error:
        raise click.UsageError(str(error)) from None


def coder_options(command: F) -> F:
    """The options every coding command shares, one per flag of a :class:`CoderConfig` field; the
    command gets them as one ``config`` argument."""
    @functools.wraps(command)
    def with_config(*args: Any, **kwargs: Any) -> Any:
        """The command, called with the flags' values made into one CoderConfig."""
        return command(*args, config=_config(kwargs), **kwargs)

    for field, flag, param in reversed(_flags()):
        with_config = _click_option(field, flag, param)(with_config)
    return with_config  # type: ignore[return-value]


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """Print the installed version and stop (``--version``)."""
    if not value or ctx.resilient_parsing:
        return
    from ._version import version

    click.echo(f"eventlib, version {version}")
    ctx.exit()


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
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def main() -> None:
    """eventlib: code news text into CAMEO political event data."""


@main.command("code")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, metavar="PATH",
              help="Output file (.csv, .jsonl or .parquet), or - for standard output.")
@click.option("--format", "fmt", type=Registered("formats"), default=None,
              help="Output format (default: from the output file's suffix; jsonl on standard output).")
@click.option("--schema", "profile", type=Registered("schemas"), default="cameo", show_default=True,
              help="Output profile: the CAMEO event columns, ACLED-style rows (events with an ACLED category), "
                   "or a plug-in's schema.")
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
                 on_error: str, max_chars: int, errors_path: str | None, config: CoderConfig, quiet: bool,
                 workers: int, resume: bool, engine: str, scheduler: str | None) -> None:
    """Code the articles in INPUT... (JSONL, CSV, .txt files, folders of .txt, or - for JSONL on stdin)."""
    from .io.schema import schema_named
    from .run.files import code_files

    day = _date_option(default_date)
    errors = None
    if on_error == "skip":
        errors = errors_path or (("events" if output == "-" else output) + ".errors.jsonl")
    try:
        if engine == "dask":
            from .run.distributed import code_with_dask

            summary = code_with_dask(inputs, output, schema=schema_named(profile), fmt=fmt, config=config,
                                     scheduler=scheduler, default_date=day, errors_path=errors, max_chars=max_chars)
        elif output == "-":
            summary = _code_to_stdout(inputs, fmt, profile, config, day, errors, max_chars)
        else:
            with _progress(quiet) as bar:
                def show(done):  # type: ignore[no-untyped-def]
                    if bar is not None:
                        bar.update(1)
                        bar.set_postfix(events=done.events, rejected=done.rejected, refresh=False)

                summary = code_files(inputs, output, schema=schema_named(profile), fmt=fmt, config=config,
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


def _code_to_stdout(inputs: tuple[str, ...], fmt: str | None, profile: str, config: CoderConfig,
                    day: dt.date | None, errors_path: str | None, max_chars: int) -> Any:
    """Code to standard output (no checkpoint: a pipe cannot be resumed)."""
    from .io.inputs import Rejection, read_articles
    from .io.outputs import open_writer
    from .io.schema import schema_named
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
            for coded in worker_coder(config).code(stream):
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
def explain_command(sentence: str, day: str | None, config: CoderConfig) -> None:
    """Show how SENTENCE is coded: parse, actors, rules tried, events."""
    from .coder import Coder  # spaCy loads only for commands that code

    try:
        coder = Coder.from_config(config)
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
def bench_command(gold: tuple[str, ...], config: CoderConfig, report_dir: str | None,
                  compare_rules: tuple[str, ...], compare_actors: tuple[str, ...], compare_no_builtin: bool) -> None:
    """Score coding against GOLD files (eventlib, PETRARCH validation or PLOVER gold JSONL)."""
    from .bench import Configuration, read_gold, run_bench
    from .bench.report import terminal_report, write_reports
    from .coder import Coder

    configurations = [Configuration("base", config)]
    if compare_rules or compare_actors or compare_no_builtin:
        configurations.append(Configuration("compared", attrs.evolve(
            config, rulesets=config.rulesets + compare_rules, actors=config.actors + compare_actors,
            builtin=not compare_no_builtin)))
    try:
        results = []
        for configuration in configurations:
            coder = Coder.from_config(configuration.coder)
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
