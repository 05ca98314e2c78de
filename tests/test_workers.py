"""Workers: forked from a parent that loaded the coder once where the platform allows, fresh interpreters
elsewhere; the events are those of one process either way."""

from __future__ import annotations

import gc
import json
import multiprocessing
import signal
from pathlib import Path

import pytest

import eventlib.coder
from eventlib import Article, Coder
from eventlib.run import parallel
from eventlib.run.parallel import code_in_processes, codes_equal, start_method

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"


def articles(count: int) -> list[Article]:
    """The first ``count`` seed articles."""
    rows = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()[:count]]
    return [Article(id=row["id"], text=row["text"], date=row["date"]) for row in rows]


@pytest.fixture()
def shared_coder(coder: Coder, monkeypatch: pytest.MonkeyPatch) -> Coder:
    """The session's coder as this process's worker coder for its configuration (no second one is built)."""
    monkeypatch.setitem(parallel._WORKER, coder.config, coder)
    return coder


class TestStartMethod:
    def test_fork_on_linux(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Where the platform forks (Linux), workers are forked."""
        monkeypatch.setattr(parallel.sys, "platform", "linux")
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["fork", "spawn", "forkserver"])
        assert start_method() == "fork"

    def test_spawn_without_fork(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Where the platform cannot fork (Windows), workers are fresh interpreters."""
        monkeypatch.setattr(parallel.sys, "platform", "win32")
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
        assert start_method() == "spawn"

    def test_spawn_on_macos(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """On macOS, where fork is offered but unsafe, workers are fresh interpreters."""
        monkeypatch.setattr(parallel.sys, "platform", "darwin")
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn", "fork", "forkserver"])
        assert start_method() == "spawn"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the platform does not fork")
class TestForked:
    def test_workers_code_with_the_parents_coder(self, shared_coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """Forked workers code with the coder the parent built: building one in a worker would fail."""
        def no_coder(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("a worker built a coder")

        monkeypatch.setattr(Coder, "__init__", no_coder)
        batch = articles(6)
        forked = list(code_in_processes(batch, shared_coder.config, 2, batch_size=2, method="fork"))
        assert codes_equal(forked, list(shared_coder.code(batch)))

    def test_parent_loads_the_gazetteer_first(self, shared_coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """The parent loads the gazetteer before forking, so the workers share it."""
        prepared: list[bool] = []
        monkeypatch.setattr(Coder, "prepare", lambda self: prepared.append(self is shared_coder))
        list(code_in_processes(articles(2), shared_coder.config, 2, batch_size=1, method="fork"))
        assert prepared == [True]

    def test_collector_not_left_frozen(self, shared_coder: Coder) -> None:
        """The parent's garbage collector is unfrozen once the workers are forked."""
        list(code_in_processes(articles(2), shared_coder.config, 2, batch_size=1, method="fork"))
        assert gc.get_freeze_count() == 0

    def test_sigterm_ends_a_worker(self) -> None:
        """A forked worker dies on SIGTERM, whatever handler the parent set (the CLI's turns it into Ctrl-C)."""
        previous = signal.signal(signal.SIGTERM, lambda *_args: None)
        try:
            with multiprocessing.get_context("fork").Pool(1, initializer=parallel._forked) as pool:
                assert pool.apply(signal.getsignal, (signal.SIGTERM,)) == signal.SIG_DFL
        finally:
            signal.signal(signal.SIGTERM, previous)


class TestPrepare:
    def test_loads_the_gazetteer(self, coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """prepare() loads the gazetteer of a coder that places events."""
        loads: list[str] = []
        monkeypatch.setattr(eventlib.coder, "load_gazetteer", lambda: loads.append("gazetteer"))
        coder.prepare()
        assert loads == ["gazetteer"]

    def test_nothing_without_places(self, coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """prepare() loads no gazetteer for a coder that does not place events (locations=False)."""
        loads: list[str] = []
        monkeypatch.setattr(eventlib.coder, "load_gazetteer", lambda: loads.append("gazetteer"))
        monkeypatch.setattr(coder, "locations", False)
        coder.prepare()
        assert loads == []


class TestSpawned:
    def test_same_events_as_one_process(self, coder: Coder) -> None:
        """Workers started as fresh interpreters (each loading its coder) code what one process codes."""
        batch = articles(4)
        spawned = list(code_in_processes(batch, coder.config, 2, batch_size=2, method="spawn"))
        assert codes_equal(spawned, list(coder.code(batch)))
