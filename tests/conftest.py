"""Shared fixtures: paths to the project's and ../shared's data, and one coder per session."""

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
