"""The CAMEO taxonomy with its PLOVER and ACLED crosswalks.

>>> from eventlib import taxonomy
>>> taxonomy.cameo("042").label
'Make a visit'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._taxonomy import CameoCode, Taxonomy, load_taxonomy, quad_class_of

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CameoCode", "Taxonomy", "acled_categories", "cameo", "cameo_table", "countries",
           "load_taxonomy", "quad_class_of", "roles"]


def cameo(code: str) -> CameoCode:
    """The CAMEO code ``code`` (a string: "042", not 42) with labels, weights and crosswalks."""
    return load_taxonomy().cameo(code)


def cameo_table() -> pd.DataFrame:
    """Every CAMEO code with its crosswalks, one row per code."""
    return load_taxonomy().table()


def roles() -> pd.DataFrame:
    """The actor role / sector codes (GOV, MIL, COP, ...) with labels."""
    return load_taxonomy().roles.copy()


def countries() -> pd.DataFrame:
    """Countries: ISO3, name, CAMEO code where it differs, region."""
    return load_taxonomy().countries.copy()


def acled_categories() -> pd.DataFrame:
    """ACLED disorder types, event types and sub-event types."""
    return load_taxonomy().acled_categories.copy()
