"""Scale: several processes, a Dask cluster, and runs that resume after being killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventlib import CoderConfig, OutputError, read_events
from eventlib.cli import main
from eventlib.io.inputs import check_inputs
from eventlib.io.schema import CAMEO
from eventlib.run.files import code_files
from eventlib.run.manifest import run_manifest, write_manifest

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"


def corpus(path: Path, copies: int) -> Path:
    """The seed articles ``copies`` times over, each copy with new ids."""
    seeds = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(copies):
            for article in seeds:
                handle.write(json.dumps({**article, "id": f"{article['id']}-{n}"}) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A corpus of 440 articles and its events coded in one uninterrupted single-process run."""
    folder = tmp_path_factory.mktemp("reference")
    source = corpus(folder / "corpus.jsonl", 8)
    out = folder / "reference.csv"
    code_files([str(source)], out, schema=CAMEO)
    return source, out.read_text(encoding="utf-8")


class TestWorkers:
    def test_two_workers_same_output(self, tmp_path: Path) -> None:
        """--workers 2 writes exactly what one process writes, in input order."""
        one, two = tmp_path / "one.csv", tmp_path / "two.csv"
        assert CliRunner().invoke(main, ["code", str(SEEDS), "-o", str(one), "-q"]).exit_code == 0
        assert CliRunner().invoke(main, ["code", str(SEEDS), "-o", str(two), "-q", "--workers", "2"]).exit_code == 0
        assert one.read_bytes() == two.read_bytes()


class TestResume:
    def test_kill_and_resume(self, tmp_path: Path, reference: tuple[Path, str]) -> None:
        """A run killed with SIGKILL and resumed gives the events of an uninterrupted run, none twice."""
        source, expected = reference
        out = tmp_path / "out.csv"
        checkpoint = tmp_path / "out.csv.checkpoint"
        command = [sys.executable, "-m", "eventlib.cli", "code", str(source), "-o", str(out), "-q"]
        process = subprocess.Popen(command)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if checkpoint.exists() and checkpoint.read_text(encoding="utf-8").count("\n") >= 60:
                break
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert not out.exists() and (tmp_path / "out.csv.part").exists()
        done = checkpoint.read_text(encoding="utf-8").count("\n")
        assert 60 <= done < 440
        result = subprocess.run([*command, "--resume"], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert out.read_text(encoding="utf-8") == expected
        assert not checkpoint.exists() and not (tmp_path / "out.csv.part").exists()

    def test_sigterm_keeps_files_and_says_resume(self, tmp_path: Path, reference: tuple[Path, str]) -> None:
        """A run sent SIGTERM stops with a message naming --resume and exit status 143, its files kept."""
        source, _ = reference
        out = tmp_path / "out.csv"
        checkpoint = tmp_path / "out.csv.checkpoint"
        process = subprocess.Popen([sys.executable, "-m", "eventlib.cli", "code", str(source), "-o", str(out), "-q"],
                                   stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if checkpoint.exists() and checkpoint.read_text(encoding="utf-8").count("\n") >= 10:
                break
            time.sleep(0.05)
        process.terminate()
        _, stderr = process.communicate()
        assert process.returncode == 143, stderr
        assert "killed (SIGTERM)" in stderr and "--resume continues it" in stderr and "Traceback" not in stderr
        assert (tmp_path / "out.csv.part").exists() and (tmp_path / "out.csv.manifest.json").exists()

    def test_half_written_article_is_cut(self, tmp_path: Path, reference: tuple[Path, str]) -> None:
        """Rows written after the last checkpoint (an article cut short) are dropped on resume."""
        source, expected = reference
        out = tmp_path / "out.csv"
        lines = expected.splitlines(keepends=True)
        part = tmp_path / "out.csv.part"
        part.write_text("".join(lines[:1]) + "half-written row\r\n", encoding="utf-8")
        (tmp_path / "out.csv.checkpoint").write_text(
            json.dumps({"article": "none-yet", "size": len(lines[0].encode()), "rows": 0}) + "\n{trunc",
            encoding="utf-8")
        write_manifest(tmp_path / "out.csv.manifest.json", run_manifest(
            check_inputs([str(source)]), output_format="csv", schema="cameo", config=CoderConfig(),
            default_date=None, max_chars=2_000_000, on_error="stop"))
        code_files([str(source)], out, schema=CAMEO, resume=True)
        assert out.read_text(encoding="utf-8") == expected

    def test_parquet_cannot_resume(self, tmp_path: Path) -> None:
        """Resuming is refused for Parquet, with the reason."""
        with pytest.raises(OutputError, match="cannot be resumed"):
            code_files([str(SEEDS)], tmp_path / "o.parquet", schema=CAMEO, resume=True)

    def test_resume_without_checkpoint_starts_afresh(self, tmp_path: Path) -> None:
        """--resume with nothing to resume is an ordinary run."""
        out = tmp_path / "o.csv"
        summary = code_files([str(SEEDS)], out, schema=CAMEO, resume=True)
        assert summary.articles == 55 and summary.resumed_articles == 0 and out.exists()


class TestDask:
    def test_local_cluster_matches_single_process(self, tmp_path: Path) -> None:
        """A 2-worker local Dask cluster writes part files whose events equal the single-process events."""
        pytest.importorskip("distributed")
        single = tmp_path / "single.csv"
        code_files([str(SEEDS)], single, schema=CAMEO)
        result = CliRunner().invoke(main, ["code", str(SEEDS), "-o", str(tmp_path / "dask"), "--engine", "dask",
                                           "--format", "csv", "-q"])
        assert result.exit_code == 0, result.output
        parts = sorted((tmp_path / "dask").glob("part-*.csv"))
        assert parts
        assert [e for p in parts for e in read_events(p)] == list(read_events(single))
        assert {p.stat().st_mode & 0o777 for p in parts} == {single.stat().st_mode & 0o777}  # one file mode

    def test_bag_api(self, tmp_path: Path) -> None:
        """A Dask bag of articles codes into partitioned Parquet equal to the single-process events."""
        db = pytest.importorskip("dask.bag")
        from eventlib.run.distributed import code_bag

        records = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()][:12]
        bag = db.from_sequence(records, npartitions=3)
        summary = code_bag(bag, tmp_path / "bag", fmt="parquet")
        parts = sorted((tmp_path / "bag").glob("part-*.parquet"))
        assert len(parts) == 3 and summary.articles == 12
        single = tmp_path / "single.csv"
        source = tmp_path / "twelve.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        code_files([str(source)], single, schema=CAMEO)
        assert [e for p in parts for e in read_events(p)] == list(read_events(single))
