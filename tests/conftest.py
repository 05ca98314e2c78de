"""Shared fixtures: paths to the data of the project and ../shared, one coder, the stock and cached pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("long", max_examples=5_000, deadline=None)
settings.load_profile("ci")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip when it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip(f"../shared is absent (looked in {SHARED}); it holds other projects' data used here")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """The default coder: built-in rules and dictionaries, default English pipeline."""
    from eventlib import Coder

    return Coder()


@pytest.fixture()
def install_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A factory that installs a package on sys.path with a dist-info declaring entry points, as pip
    would: ``install_plugin(name, {"module.py": source}, {"eventlib.schemas": {"mine": "pkg:OBJ"}})``."""
    import sys

    installed: list[str] = []

    def install(name: str, files: dict[str, str], points: dict[str, dict[str, str]]) -> Path:
        package = tmp_path / name
        package.mkdir()
        for filename, text in files.items():
            (package / filename).write_text(text, encoding="utf-8")
        info = tmp_path / f"{name}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
        (info / "entry_points.txt").write_text("".join(
            f"[{group}]\n" + "".join(f"{key} = {value}\n" for key, value in entries.items()) + "\n"
            for group, entries in points.items()), encoding="utf-8")
        monkeypatch.syspath_prepend(str(tmp_path))
        installed.append(name)
        return package

    yield install
    for name in installed:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            sys.modules.pop(module, None)


@pytest.fixture(scope="session")
def stock():
    """The coder's pipeline with spaCy's own attribute ruler and lemmatizer (the bare parse)."""
    from eventlib.parse.nlp import load_pipeline

    return load_pipeline(None, cache_attributes=False)


@pytest.fixture(scope="session")
def cached():
    """The coder's default pipeline, with the cached attribute ruler and lemmatizer."""
    from eventlib.parse.nlp import load_pipeline

    return load_pipeline(None)
