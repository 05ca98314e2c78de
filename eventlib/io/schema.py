"""The output contract: event columns, their types, and conversion between events and rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import OutputError, RecordError
from .._taxonomy import load_taxonomy
from ..records import Actor, Event, Location

if TYPE_CHECKING:
    import pyarrow as pa

STRING, INTEGER, FLOAT, DATE = "string", "integer", "float", "date"

#: Output columns, in order, with their types. CSV, JSONL and Parquet all use exactly these.
COLUMN_TYPES: dict[str, str] = {
    "event_id": STRING, "article_id": STRING, "sentence_index": INTEGER,
    "date": DATE, "date_precision": STRING,
    "source_code": STRING, "source_name": STRING, "source_country": STRING, "source_role": STRING,
    "target_code": STRING, "target_name": STRING, "target_country": STRING, "target_role": STRING,
    "cameo_code": STRING, "cameo_base": STRING, "cameo_root": STRING, "cameo_label": STRING,
    "quad_class": INTEGER, "goldstein": FLOAT, "plover_event": STRING, "plover_mode": STRING,
    "acled_event_type": STRING, "acled_sub_event_type": STRING,
    "location_name": STRING, "location_country": STRING, "admin1": STRING,
    "latitude": FLOAT, "longitude": FLOAT, "geo_precision": STRING,
    "fatalities": INTEGER, "rule_id": STRING, "sentence": STRING,
}
COLUMNS: tuple[str, ...] = tuple(COLUMN_TYPES)
#: Columns computed from ``cameo_code`` through the taxonomy; ignored when rows are read back.
DERIVED = ("cameo_base", "cameo_root", "cameo_label", "quad_class", "goldstein", "plover_event", "plover_mode",
           "acled_event_type", "acled_sub_event_type")

#: The column types a schema may use.
TYPES = (STRING, INTEGER, FLOAT, DATE)

Row = dict[str, Any]


def _check_types(schema: Schema, attribute: attrs.Attribute[Any], value: dict[str, str]) -> None:
    """Every column of ``value`` has one of :data:`TYPES`."""
    for column, kind in value.items():
        if kind not in TYPES:
            raise RecordError("Schema", f"column_types[{column!r}]", kind, f"one of {', '.join(TYPES)}")


def _check_callable(schema: Schema, attribute: attrs.Attribute[Any], value: object) -> None:
    """``value`` can be called (with an event)."""
    if not callable(value):
        raise RecordError("Schema", attribute.name, value, "a function from an Event to a row dict or None")


@attrs.frozen
class Schema:
    """An output profile: its columns with their types, and how an event becomes a row (or none)."""

    name: str
    column_types: dict[str, str] = attrs.field(validator=_check_types)
    to_row: Callable[[Event], Row | None] = attrs.field(validator=_check_callable)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.column_types)

    @property
    def arrow(self) -> pa.Schema:
        """The columns as a pyarrow schema (Parquet output)."""
        import pyarrow as pa

        types = {STRING: pa.string(), INTEGER: pa.int64(), FLOAT: pa.float64(), DATE: pa.date32()}
        return pa.schema([pa.field(name, types[kind]) for name, kind in self.column_types.items()])

    def parse(self, column: str, text: str) -> Any:
        """A CSV cell of ``column`` as its typed value ('' is None for numbers and dates)."""
        return _parse_cell(self.column_types[column], column, text)


def _actor_columns(prefix: str, actor: Actor | None) -> Row:
    if actor is None:
        return {f"{prefix}_code": "", f"{prefix}_name": "", f"{prefix}_country": "", f"{prefix}_role": ""}
    return {f"{prefix}_code": actor.code, f"{prefix}_name": actor.name, f"{prefix}_country": actor.country,
            f"{prefix}_role": actor.role}


def event_to_row(event: Event) -> Row:
    """The event as an output row: typed values (None where a number or date is unknown)."""
    code = load_taxonomy().cameo(event.cameo_code)
    place = event.location or Location()
    row: Row = {"event_id": event.event_id, "article_id": event.article_id, "sentence_index": event.sentence_index,
                "date": event.date, "date_precision": event.date_precision}
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    row.update({
        "cameo_code": code.code, "cameo_base": code.base, "cameo_root": code.root, "cameo_label": code.label,
        "quad_class": code.quad_class, "goldstein": code.goldstein, "plover_event": code.plover_event,
        "plover_mode": code.plover_mode, "acled_event_type": code.acled_event_type,
        "acled_sub_event_type": code.acled_sub_event_type,
        "location_name": place.name, "location_country": place.country, "admin1": place.admin1,
        "latitude": place.latitude, "longitude": place.longitude, "geo_precision": place.precision,
        "fatalities": event.fatalities, "rule_id": event.rule_id, "sentence": event.sentence,
    })
    return row


def _actor(row: Row, prefix: str) -> Actor | None:
    if not row[f"{prefix}_code"]:
        return None
    return Actor(code=row[f"{prefix}_code"], name=row[f"{prefix}_name"], country=row[f"{prefix}_country"],
                 role=row[f"{prefix}_role"])


def row_to_event(row: Row) -> Event:
    """The event of a typed output row (derived CAMEO columns are recomputed, not read)."""
    missing = [c for c in COLUMNS if c not in row]
    if missing:
        raise OutputError(f"event row lacks columns {missing}")
    place_fields = ("location_name", "location_country", "admin1", "latitude", "longitude", "geo_precision")
    location = None
    if any(row[f] not in ("", None) for f in place_fields):
        location = Location(name=row["location_name"], country=row["location_country"], admin1=row["admin1"],
                            latitude=row["latitude"], longitude=row["longitude"], precision=row["geo_precision"])
    return Event(event_id=row["event_id"], article_id=row["article_id"], sentence_index=row["sentence_index"],
                 cameo_code=row["cameo_code"], source=_actor(row, "source"), target=_actor(row, "target"),
                 date=row["date"], date_precision=row["date_precision"], location=location,
                 fatalities=row["fatalities"], rule_id=row["rule_id"], sentence=row["sentence"])


def text_to_value(column: str, text: str) -> Any:
    """Parse a CSV cell of ``column`` to its typed value ('' is None for numbers and dates)."""
    return _parse_cell(COLUMN_TYPES[column], column, text)


def _parse_cell(kind: str, column: str, text: str) -> Any:
    if kind == STRING:
        return text
    if text == "":
        return None
    try:
        if kind == INTEGER:
            return int(text)
        if kind == FLOAT:
            return float(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise RecordError("row", column, text, f"a {kind} value or an empty cell") from None


def value_to_text(value: Any) -> str:
    """A typed value as a CSV cell (None and NaN are empty; floats keep every digit)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


#: The default output profile: the CAMEO event contract of :data:`COLUMNS`.
CAMEO = Schema("cameo", COLUMN_TYPES, event_to_row)


def schema_named(name: str) -> Schema:
    """The output schema registered as ``name`` ('cameo', 'acled', or a plug-in's); a name that is not
    registered raises :class:`~eventlib.RegistryError` listing those that are."""
    from ..registry import registry

    schema = registry.schemas.load(name)
    if not isinstance(schema, Schema):
        raise OutputError(f"output schema {name!r}: expected a Schema, got {schema!r}")
    return schema


def __getattr__(name: str) -> Any:
    """``ARROW_SCHEMA``, the pyarrow schema of :data:`COLUMNS`, made on first use (pyarrow loads then)."""
    if name == "ARROW_SCHEMA":
        return CAMEO.arrow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
