"""The ``eventlib`` command line: a thin layer over the library (all printing happens here).

Only what a command needs is imported, inside the command: ``eventlib --help`` and
``eventlib taxonomy`` load neither spaCy nor pyarrow.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

from ._errors import EventlibError, InputError, RecordError, ResumableError, ResumeError
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


def _on_terminal() -> bool:
    """Whether standard error is a terminal (the progress bar shows only there)."""
    return sys.stderr.isatty()


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """A progress bar on a terminal; nothing when piped or with --quiet. Its total is the inputs' bytes
    when they are files (so it shows done / total and time left), else it counts articles."""
    if quiet or not _on_terminal():
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, dynamic_ncols=True)
    try:
        yield bar
    finally:
        bar.close()


def _show_progress(bar: Any) -> Callable[[Any], None]:
    """A run's progress callback moving ``bar`` to the input bytes of the articles coded so far."""
    def show(done: Any) -> None:
        if bar is None:
            return
        if done.input_bytes is not None and done.position is not None:
            bar.total = done.input_bytes
            bar.update(done.position - bar.n)
        else:
            bar.unit, bar.unit_scale = " articles", False
            bar.update(done.articles - bar.n)
        bar.set_postfix(articles=done.articles, events=done.events, rejected=done.rejected, refresh=False)
    return show


class _Terminated(KeyboardInterrupt):
    """The run was sent SIGTERM (``kill``)."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM stops the run as Ctrl-C does (files kept for --resume), while the block runs."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: Any) -> None:
        raise _Terminated()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def main() -> None:
    """eventlib: code news text into CAMEO political event data."""


CODE_EPILOG = """\b
Exit status:
  0    done
  1    failed: a bad record (with --on-error stop), a missing or empty input (a 0-byte file, a
       folder with no .txt files, inputs with no records), an output path that cannot be written,
       a bad rule file, --resume refused, a Dask scheduler that does not answer; what the run
       created is removed
  2    bad options (a value or a combination of options)
  3    done, but records were rejected (--on-error skip; they are in the errors file)
  4    stopped part-way on an unexpected error: OUTPUT.part, .checkpoint and .manifest.json are
       kept and the same command with --resume continues it (CSV / JSONL)
  130  interrupted (Ctrl-C; 143: killed with SIGTERM): files kept as for 4
"""

EXIT_RESUMABLE = 4
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _check_options(ctx: click.Context, output: str, engine: str, scheduler: str | None, resume: bool,
                   on_error: str, errors_path: str | None) -> None:
    """Refuse options that would be ignored or cannot go together."""
    given = ctx.get_parameter_source("workers") not in (click.core.ParameterSource.DEFAULT, None)
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask; add --engine dask or leave out --scheduler")
    if engine == "dask" and resume:
        raise click.UsageError("--resume is for --engine local: a Dask run writes a folder of part files and "
                               "cannot be resumed")
    if engine == "dask" and given:
        raise click.UsageError("--workers is for --engine local; a Dask run uses the cluster's workers "
                               "(--scheduler, or a local cluster of 2 processes)")
    if output == "-" and engine == "dask":
        raise click.UsageError("--engine dask writes a folder of part files; expected a folder path for -o, got -")
    if output == "-" and resume:
        raise click.UsageError("--resume continues an output file; standard output (-o -) cannot be resumed")
    if errors_path is not None and on_error != "skip":
        raise click.UsageError("--errors is for --on-error skip (with --on-error stop the first bad record stops "
                               "the run)")


def _failure(error: EventlibError, output: str, on_error: str) -> str:
    """The message of a failed run: the error, and what became of the run's files."""
    from .run.files import RunFiles

    kept = [] if output == "-" else [p.name for p in RunFiles(Path(output)).kept()]
    if kept:
        return f"{error}\n({', '.join(kept)} of the interrupted run are kept: --resume continues it)"
    if isinstance(error, InputError) and error.line is not None and on_error == "stop":
        return f"{error}\n(no output written; --on-error skip goes on past bad records)"
    return str(error) if isinstance(error, ResumeError) else f"{error}\n(no output written)"


def _interrupted(output: str, terminated: bool) -> None:
    """Say what an interrupted run left, and exit with the status of the signal."""
    from .run.files import RunFiles

    kept = [] if output == "-" or Path(output).is_dir() else [p.name for p in RunFiles(Path(output)).kept()]
    what = "killed (SIGTERM)" if terminated else "interrupted"
    if kept:
        click.echo(f"Error: {what}; {', '.join(kept)} are kept: the same command with --resume continues it",
                   err=True)
    else:
        click.echo(f"Error: {what}; no output written", err=True)
    sys.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)


@main.command("code", epilog=CODE_EPILOG)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, metavar="PATH",
              help="Output file (.csv, .jsonl or .parquet; its folder must exist), or - for standard output; "
                   "with --engine dask a folder (new or empty) for part files part-00000.parquet, ...")
@click.option("--format", "fmt", type=Registered("formats"), default=None,
              help="Output format (default: from the output file's suffix; jsonl on standard output; parquet "
                   "for --engine dask).")
@click.option("--schema", "profile", type=Registered("schemas"), default="cameo", show_default=True,
              help="Output profile: the CAMEO event columns, ACLED-style rows (events with an ACLED category), "
                   "or a plug-in's schema.")
@click.option("--date", "default_date", default=None, metavar="YYYY-MM-DD",
              help="Date for articles that give none (e.g. .txt files without a date in their name).")
@click.option("--on-error", type=click.Choice(["stop", "skip"]), default="stop", show_default=True,
              help="On a bad input record: stop and say where, or skip it and write it to the errors file. "
                   "A missing or empty input is an error either way.")
@click.option("--max-chars", default=2_000_000, show_default=True, metavar="N", type=click.IntRange(min=1),
              help="Reject articles whose text is longer than N characters.")
@click.option("--errors", "errors_path", default=None, metavar="PATH",
              help="Where rejected records go with --on-error skip (default: OUTPUT.errors.jsonl).")
@coder_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--workers", default=1, show_default=True, metavar="N", type=click.IntRange(min=1),
              help="Processes to code with (output is the same as with one, in input order; --engine local).")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run into the same OUTPUT (CSV / JSONL); refused, saying what differs, "
                   "when the inputs, options, rule sets or dictionaries are not those of the interrupted run.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: a Dask cluster (OUTPUT is then a folder of part files).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler, e.g. tcp://host:8786 (--engine dask; default: start a local cluster).")
@click.pass_context
def code_command(ctx: click.Context, inputs: tuple[str, ...], output: str, fmt: str | None, profile: str,
                 default_date: str | None, on_error: str, max_chars: int, errors_path: str | None,
                 config: CoderConfig, quiet: bool, workers: int, resume: bool, engine: str,
                 scheduler: str | None) -> None:
    """Code the articles in INPUT... (JSONL, CSV, .txt files, folders of .txt, or - for JSONL on stdin).

    Inputs and OUTPUT are checked before the model loads. A run that fails removes what it created;
    one interrupted (Ctrl-C, kill, a crash) keeps OUTPUT.part, OUTPUT.checkpoint and
    OUTPUT.manifest.json, and the same command with --resume continues it.
    """
    from .io.schema import schema_named

    _check_options(ctx, output, engine, scheduler, resume, on_error, errors_path)
    day = _date_option(default_date)
    errors = None
    if on_error == "skip":
        errors = errors_path or (("events" if output == "-" else output.rstrip("/")) + ".errors.jsonl")
    try:
        with _terminate_as_interrupt():
            if engine == "dask":
                from .run.distributed import code_with_dask

                summary = code_with_dask(inputs, output, schema=schema_named(profile), fmt=fmt, config=config,
                                         scheduler=scheduler, default_date=day, errors_path=errors,
                                         max_chars=max_chars)
            elif output == "-":
                summary = _code_to_stdout(inputs, fmt, profile, config, day, errors, max_chars, workers)
            else:
                from .run.files import code_files

                with _progress(quiet) as bar:
                    summary = code_files(inputs, output, schema=schema_named(profile), fmt=fmt, config=config,
                                         workers=workers, default_date=day, errors_path=errors,
                                         max_chars=max_chars, resume=resume, progress=_show_progress(bar))
    except KeyboardInterrupt as stop:
        _interrupted(output, isinstance(stop, _Terminated))
    except ResumableError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(EXIT_RESUMABLE)
    except EventlibError as error:
        raise click.ClickException(_failure(error, output, on_error)) from None
    except Exception as error:
        if os.environ.get("EVENTLIB_DEBUG"):
            raise
        raise click.ClickException(f"unexpected error: {type(error).__name__}: {error}\n(no output written; "
                                   "set EVENTLIB_DEBUG=1 to see where it happened)") from None
    _summary(summary, quiet, output, profile, errors)


def _summary(summary: Any, quiet: bool, output: str, profile: str, errors: str | None) -> None:
    """Say what the run did (unless quiet) and exit 3 when records were rejected."""
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
                    day: dt.date | None, errors_path: str | None, max_chars: int, workers: int) -> Any:
    """Code to standard output (no checkpoint: a pipe cannot be resumed)."""
    from .io.inputs import Rejection, check_inputs, read_articles
    from .io.outputs import open_writer
    from .io.schema import schema_named
    from .run.files import RunSummary, check_output, first_or_empty
    from .run.parallel import code_in_processes, worker_coder

    names = list(inputs)
    infos = check_inputs(names, allow_empty=False)
    if errors_path is not None:
        check_output(errors_path, infos)
    summary = RunSummary()
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None

    def reject(item: Rejection) -> None:
        summary.rejected += 1
        assert errors is not None
        errors.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")

    try:
        stream = first_or_empty(read_articles(names, default_date=day, on_reject=reject if errors else None,
                                              max_chars=max_chars), names, lambda: summary.rejected)
        coded = code_in_processes(stream, config, workers) if workers > 1 else worker_coder(config).code(stream)
        with open_writer(sys.stdout, fmt, schema_named(profile)) as writer:
            for item in coded:
                writer.write_many(item.events)
                summary.articles += 1
                summary.events += len(item.events)
            summary.rows = writer.count
    except EventlibError:
        if errors is not None:
            errors.close()
            Path(errors_path).unlink(missing_ok=True)  # type: ignore[arg-type]
        raise
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
        result = coder.explain(sentence, _date_option(day), places=False)  # it prints no place
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
@click.option("--articles", "article_files", multiple=True, metavar="PATH",
              help="Articles the gold records name by 'article_id' (JSONL or CSV as 'eventlib code' reads; "
                   "repeatable). Default: articles.jsonl beside the gold file, when it exists.")
@click.option("--sentences", "sentence_mode", is_flag=True,
              help="Code each gold record alone, without its article (sentence mode).")
@click.option("--report", "report_dir", default=None, metavar="DIR",
              help="Write report.json, report.html and its plots (PNG) into DIR.")
@click.option("--compare-rules", multiple=True, metavar="NAME|PATH",
              help="Also run a second configuration: the first plus these rule sets (repeatable).")
@click.option("--compare-actors", multiple=True, metavar="NAME|PATH",
              help="Also run a second configuration: the first plus these dictionaries (repeatable).")
@click.option("--compare-no-builtin", is_flag=True, help="The second configuration leaves out the built-ins.")
def bench_command(gold: tuple[str, ...], config: CoderConfig, article_files: tuple[str, ...], sentence_mode: bool,
                  report_dir: str | None, compare_rules: tuple[str, ...], compare_actors: tuple[str, ...],
                  compare_no_builtin: bool) -> None:
    """Score coding against GOLD files (eventlib, PETRARCH validation or PLOVER gold JSONL).

    Article mode: a gold record that names its article ('article_id') is scored on the events of its
    sentence when the whole article is coded (dateline, places and actors named earlier, the article's
    date), as a user codes articles; the articles come from --articles, else from articles.jsonl beside
    the gold file. Records with no known article are coded alone (sentence mode), and so is every record
    with --sentences. The report's first line says which records were coded how.
    """
    from .bench import Configuration, articles_beside, gold_articles, read_gold, run_bench
    from .bench.report import terminal_report, write_reports
    from .run.parallel import worker_coder

    configurations = [Configuration("base", config)]
    if compare_rules or compare_actors or compare_no_builtin:
        configurations.append(Configuration("compared", attrs.evolve(
            config, rulesets=config.rulesets + compare_rules, actors=config.actors + compare_actors,
            builtin=not compare_no_builtin)))
    try:
        golds = []
        for path in gold:
            records = list(read_gold(path))
            sources = () if sentence_mode else article_files or tuple(filter(None, [articles_beside(path, records)]))
            golds.append((Path(path).name, records, gold_articles(records, sources) if sources else None))
        results = []
        hints = []
        for configuration in configurations:
            coder = worker_coder(configuration.coder)
            for name, records, articles in golds:
                results.append(run_bench(records, configuration, name, coder, articles))
                hints.append(_dictionary_hint(records, coder, name, configuration.name))
        click.echo(terminal_report(results))
        for hint in filter(None, hints):
            click.echo(hint, err=True)
        if report_dir:
            written = write_reports(results, report_dir)
            click.echo("wrote " + ", ".join(str(p) for p in written))
    except EventlibError as error:
        raise click.ClickException(str(error)) from None


def _dictionary_hint(records: Sequence[Any], coder: Any, name: str, configuration: str) -> str | None:
    """A hint when most actor codes a gold set expects are in none of the coder's dictionaries: the set was
    coded with dictionaries of its own (as the PETRARCH validation records were), which bench should use."""
    known = {entry.code[:3] for entry in coder.dictionary.entries if entry.code}
    expected = [code for record in records for event in record.events for code in (event.source, event.target)
                if code[:3].isalpha()]  # not '---' (no actor), '###' or a quoted phrase
    unknown = sorted({code[:3] for code in expected if code[:3] not in known})
    missing = sum(code[:3] not in known for code in expected)
    if len(expected) < 5 or 2 * missing < len(expected):
        return None
    return (f"hint: {missing} of the {len(expected)} actor codes {name} expects ({', '.join(unknown[:6])}"
            f"{', ...' if len(unknown) > 6 else ''}) are in none of the dictionaries of configuration "
            f"'{configuration}': the record set names dictionaries of its own (the PETRARCH validation records use "
            "PETR.Validate.verbs/actors/agents/discards.txt). Score with those: --no-builtin --rules petrarch:VERBS "
            "--actors petrarch:ACTORS --agents petrarch:AGENTS --discards petrarch:DISCARDS")


@main.command("rulesets")
def rulesets_command() -> None:
    """List the registered rule sets and actor dictionaries."""
    from .registry import available_actors, available_rulesets

    click.echo("rule sets: " + ", ".join(available_rulesets()))
    click.echo("actor dictionaries: " + ", ".join(available_actors()))


if __name__ == "__main__":  # pragma: no cover
    main()
