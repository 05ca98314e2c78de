"""The gazetteer's compact table, kept in the user cache folder: it gives the places the builder gives,
is built again when a source changes, and a folder that cannot be written means building in memory."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import time
from pathlib import Path

import pytest

from eventlib import _cache
from eventlib._cache import cache_folder, write_atomically
from eventlib.situate import gazetteer as module
from eventlib.situate.gazetteer import Gazetteer, Place

CITIES = [
    {"name": "Aleppo", "countrycode": "SY", "latitude": 36.2, "longitude": 37.16, "population": 2000000,
     "alternatenames": ["Halab", "حلب"]},
    {"name": "Tripoli", "countrycode": "LY", "latitude": 32.89, "longitude": 13.19, "population": 1150000},
    {"name": "Tripoli", "countrycode": "LB", "latitude": 34.44, "longitude": 35.85, "population": 230000},
]
TOWNS = [
    {"name": "Aleppo", "cc": "SY", "admin1": "Aleppo", "lat": "36.21", "lon": "37.15"},
    {"name": "Azaz", "cc": "SY", "admin1": "Aleppo", "lat": "36.59", "lon": "37.05"},
    {"name": "Tripoli", "cc": "LY", "admin1": "Tripoli", "lat": "32.88", "lon": "13.18"},
]
COUNTRIES = {"SYR": ("SY", "Syria"), "LBY": ("LY", "Libya"), "LBN": ("LB", "Lebanon"), "ATA": ("AQ", "Antarctica")}


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, named by EVENTLIB_CACHE_DIR."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(_cache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture()
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """load_gazetteer on a small source file of our own: ``builds`` counts the builds."""
    source = tmp_path / "source.txt"
    source.write_text("first", encoding="utf-8")
    state: dict[str, object] = {"builds": 0, "source": source}

    def build(_sources: object) -> module._Builder:
        state["builds"] = int(state["builds"]) + 1  # type: ignore[call-overload]
        return module._Builder(CITIES, TOWNS, COUNTRIES)

    monkeypatch.setattr(module, "_sources", lambda cities: [source])
    monkeypatch.setattr(module, "_build", build)
    return state


def load() -> Gazetteer:
    """A gazetteer from load_gazetteer, past its once-per-process cache."""
    return module.load_gazetteer.__wrapped__("cities15000")


class TestTable:
    def test_same_places_as_the_builder(self) -> None:
        """Every name's places, in order, and every country: the compact table gives what the builder holds."""
        builder = module._Builder(CITIES, TOWNS, COUNTRIES)
        builder.add_country_names([("Türkiye", "SYR")])
        table = pickle.loads(pickle.dumps(builder.table().columns))
        gazetteer = Gazetteer._of_table(module._Table(table))
        assert {key: gazetteer.candidates(key) for key in builder._names} == dict(builder._names)
        assert {iso3: gazetteer.country(iso3) for iso3 in COUNTRIES} == builder._countries
        assert gazetteer.country("ATA") == Place("Antarctica", "ATA", "", None, None, "country", 0)

    def test_unknown_name(self) -> None:
        """A name the table does not hold has no candidates and resolves to nothing."""
        gazetteer = Gazetteer(CITIES, TOWNS, COUNTRIES)
        assert gazetteer.candidates("Atlantis") == [] and gazetteer.resolve("Atlantis") is None

    def test_added_country_names(self) -> None:
        """A country name added after the table was built finds the country."""
        gazetteer = Gazetteer(CITIES, TOWNS, COUNTRIES)
        before = len(gazetteer)
        gazetteer.add_country_names([("Sham", "SYR")])
        assert gazetteer.resolve("Sham") == gazetteer.country("SYR") and len(gazetteer) == before + 1


class TestInstalledData:
    def test_cached_table_gives_the_builders_places(self, cache: Path) -> None:
        """On the installed data, the table read back from the cache file gives the builder's places for a sample
        of 5,000 names (every country's too) and resolves them alike."""
        builder = module._build(module._sources("cities15000"))
        load()
        assert len(list(cache.glob("gazetteer-cities15000-*.pickle"))) == 1
        read = load()
        keys = sorted(builder._names)[::len(builder._names) // 5000]
        assert [read.candidates(key) for key in keys] == [builder._names[key] for key in keys]
        assert all(read.country(iso3) == place for iso3, place in builder._countries.items())
        in_memory = Gazetteer._of_table(builder.table())
        assert [read.resolve(key, ["SYR"]) for key in keys] == [in_memory.resolve(key, ["SYR"]) for key in keys]
        assert len(read) == len(builder._names)


class TestLoading:
    def test_second_load_reads_the_file(self, cache: Path, small: dict[str, object]) -> None:
        """The first load builds and keeps the table; the next reads it without building."""
        first = load()
        second = load()
        assert small["builds"] == 1
        assert second.resolve("Halab") == first.resolve("Halab") == first.candidates("Aleppo")[0]

    def test_changed_source_rebuilds(self, cache: Path, small: dict[str, object]) -> None:
        """A source whose bytes change gives a new checksum: the table is built again, into a new file."""
        load()
        [old] = cache.iterdir()
        Path(small["source"]).write_text("second", encoding="utf-8")  # type: ignore[arg-type]
        load()
        assert small["builds"] == 2
        assert len(list(cache.iterdir())) == 2 and old.exists()

    def test_table_unused_for_a_week_removed(self, cache: Path, small: dict[str, object]) -> None:
        """When a new table is kept, one of other sources not used for over a week is removed."""
        load()
        [old] = cache.iterdir()
        os.utime(old, (time.time() - 8 * 24 * 3600,) * 2)
        Path(small["source"]).write_text("second", encoding="utf-8")  # type: ignore[arg-type]
        load()
        assert not old.exists() and len(list(cache.iterdir())) == 1

    def test_reading_marks_the_table_used(self, cache: Path, small: dict[str, object]) -> None:
        """Loading from a table marks it used (its time is now), so that no other install removes it."""
        load()
        [path] = cache.iterdir()
        stale = time.time() - 8 * 24 * 3600
        os.utime(path, (stale, stale))
        load()
        assert path.stat().st_mtime > stale + 7 * 24 * 3600 and small["builds"] == 1  # touched, not rebuilt

    def test_corrupt_file_rebuilds(self, cache: Path, small: dict[str, object]) -> None:
        """A table file cut short is built again and rewritten, not trusted."""
        load()
        [path] = cache.iterdir()
        path.write_bytes(path.read_bytes()[:100])
        assert load().resolve("Azaz") is not None and small["builds"] == 2
        assert pickle.loads(path.read_bytes())["columns"]["name"]

    def test_folder_that_cannot_be_made(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        small: dict[str, object]) -> None:
        """A cache path under a file: the gazetteer is built in memory, each time, without an error."""
        blocker = tmp_path / "a-file"
        blocker.write_text("", encoding="utf-8")
        monkeypatch.setenv(_cache.CACHE_ENV, str(blocker / "cache"))
        assert load().resolve("Tripoli", ["LBN"]).country == "LBN"
        assert load().resolve("Aleppo") is not None and small["builds"] == 2

    def test_read_only_folder(self, cache: Path, monkeypatch: pytest.MonkeyPatch, small: dict[str, object]) -> None:
        """A folder where no file can be created (read-only): built in memory, nothing left in the folder."""
        cache.mkdir()

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(_cache.tempfile, "NamedTemporaryFile", refuse)
        assert load().resolve("Azaz").country == "SYR"
        assert list(cache.iterdir()) == [] and small["builds"] == 1


class TestCacheFolder:
    def test_environment_variable_first(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """EVENTLIB_CACHE_DIR names the folder, before XDG_CACHE_HOME."""
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        monkeypatch.setenv(_cache.CACHE_ENV, str(tmp_path / "mine"))
        assert cache_folder() == tmp_path / "mine"

    def test_xdg_cache_home(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without EVENTLIB_CACHE_DIR, the folder is eventlib in XDG_CACHE_HOME."""
        monkeypatch.delenv(_cache.CACHE_ENV, raising=False)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert cache_folder() == tmp_path / "xdg" / "eventlib"

    def test_home_cache(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without either variable, the folder is ~/.cache/eventlib."""
        monkeypatch.delenv(_cache.CACHE_ENV, raising=False)
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        monkeypatch.setenv("HOME", str(tmp_path))
        assert cache_folder() == tmp_path / ".cache" / "eventlib"


def _write(path: str, fill: int) -> None:
    for _ in range(20):
        write_atomically(Path(path), bytes([fill]) * 2_000_000)


class TestAtomicWrite:
    @pytest.mark.skipif(sys.platform == "win32", reason="fork")
    def test_writers_at_once_leave_one_whole_file(self, tmp_path: Path) -> None:
        """Processes writing the same file at once: the file is one writer's whole data; no temporary file stays."""
        target = tmp_path / "table.pickle"
        context = multiprocessing.get_context("fork")
        writers = [context.Process(target=_write, args=(str(target), fill)) for fill in (1, 2, 3)]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        data = target.read_bytes()
        assert len(data) == 2_000_000 and len(set(data)) == 1
        assert [p.name for p in tmp_path.iterdir()] == ["table.pickle"]
