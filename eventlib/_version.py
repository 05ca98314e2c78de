"""The installed version, read from package metadata."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _metadata_version

try:
    version = _metadata_version("eventlib")
except PackageNotFoundError:  # running from a source tree that was never installed
    version = "0+unknown"
