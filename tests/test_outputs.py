"""Writing events to CSV / JSONL / Parquet and reading them back unchanged."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventlib import COLUMNS, Actor, Event, OutputError, open_writer, read_events, write_events
from eventlib.io.outputs import format_of
from tests.strategies import events

CONTRACT = ("event_id, article_id, sentence_index, date, date_precision, source_code, source_name, "
            "source_country, source_role, target_code, target_name, target_country, target_role, cameo_code, "
            "cameo_base, cameo_root, cameo_label, quad_class, goldstein, plover_event, plover_mode, "
            "acled_event_type, acled_sub_event_type, location_name, location_country, admin1, latitude, "
            "longitude, geo_precision, fatalities, rule_id, sentence")


def sample() -> Event:
    return Event(event_id="abc", article_id="a1", sentence_index=1, cameo_code="195",
                 source=Actor(code="ISRMIL", name="Israeli jets", country="ISR", role="MIL"),
                 target=Actor(code="PSEREBHMS", name="Hamas", country="PSE", role="REB"),
                 date="2021-05-11", date_precision="day", fatalities=4, rule_id="19.airstrike",
                 sentence='Israeli jets struck Hamas, "officials" said.\nNext line')


class TestContract:
    def test_columns_in_contract_order(self) -> None:
        """The column list is exactly the documented contract."""
        assert ", ".join(COLUMNS) == CONTRACT

    def test_csv_header(self, tmp_path: Path) -> None:
        """A CSV file starts with the contract header."""
        path = tmp_path / "out.csv"
        write_events([sample()], path)
        assert path.read_text(encoding="utf-8").splitlines()[0] == CONTRACT.replace(", ", ",")

    def test_jsonl_keys(self, tmp_path: Path) -> None:
        """JSONL objects have the contract keys in order."""
        path = tmp_path / "out.jsonl"
        write_events([sample()], path)
        assert tuple(json.loads(path.read_text(encoding="utf-8").splitlines()[0])) == COLUMNS

    def test_parquet_types(self, tmp_path: Path) -> None:
        """Parquet columns are typed: integers, floats, dates and strings."""
        path = tmp_path / "out.parquet"
        write_events([sample()], path)
        schema = pq.read_schema(path)
        assert tuple(schema.names) == COLUMNS
        assert str(schema.field("sentence_index").type) == "int64"
        assert str(schema.field("goldstein").type) == "double"
        assert str(schema.field("date").type) == "date32[day]"
        assert str(schema.field("cameo_code").type) == "string"

    def test_derived_columns_filled(self, tmp_path: Path) -> None:
        """Labels and crosswalk columns come from the taxonomy."""
        path = tmp_path / "out.csv"
        write_events([sample()], path)
        row = next(csv.DictReader(path.open(encoding="utf-8")))
        assert (row["cameo_root"], row["cameo_base"], row["quad_class"], row["goldstein"]) == ("19", "195", "4",
                                                                                                "-10.0")
        assert row["acled_sub_event_type"] == "Air/drone strike"
        assert row["latitude"] == "" and row["target_code"] == "PSEREBHMS"

    def test_empty_output_has_header(self, tmp_path: Path) -> None:
        """No events still give a valid file with a header."""
        path = tmp_path / "out.csv"
        assert write_events([], path) == 0
        assert path.read_text(encoding="utf-8").strip() == CONTRACT.replace(", ", ",")


class TestRoundTrip:
    @pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25, deadline=None)
    @given(batch=st.lists(events(), max_size=6))
    def test_round_trip(self, tmp_path: Path, fmt: str, batch: list[Event]) -> None:
        """Any events written in any format read back equal."""
        path = tmp_path / f"events.{fmt}"
        write_events(batch, path)
        assert list(read_events(path)) == batch

    def test_stream_output(self) -> None:
        """CSV can be written to a text stream."""
        stream = io.StringIO()
        with open_writer(stream, "csv") as writer:
            writer.write(sample())
        assert stream.getvalue().count("\n") >= 2


class TestAtomicity:
    def test_failed_run_leaves_no_file(self, tmp_path: Path) -> None:
        """An error while writing leaves neither a half file nor a temporary file."""
        path = tmp_path / "out.csv"
        with pytest.raises(RuntimeError), open_writer(path) as writer:
            writer.write(sample())
            raise RuntimeError("crash")
        assert list(tmp_path.iterdir()) == []

    def test_existing_file_kept_on_failure(self, tmp_path: Path) -> None:
        """A failed run does not destroy the previous output."""
        path = tmp_path / "out.csv"
        path.write_text("old", encoding="utf-8")
        with pytest.raises(RuntimeError), open_writer(path) as writer:
            writer.write(sample())
            raise RuntimeError("crash")
        assert path.read_text(encoding="utf-8") == "old"


class TestFormats:
    def test_format_from_suffix(self) -> None:
        """The format follows the suffix."""
        assert [format_of(p) for p in ("a.csv", "a.jsonl", "a.parquet")] == ["csv", "jsonl", "parquet"]

    def test_unknown_suffix(self) -> None:
        """An unknown suffix is a clear error."""
        with pytest.raises(OutputError, match="suffix"):
            format_of("a.xlsx")

    def test_reading_a_foreign_csv(self, tmp_path: Path) -> None:
        """Reading a CSV without the event header names the file and line."""
        path = tmp_path / "x.csv"
        path.write_text("a,b\n1,2\n", encoding="utf-8")
        with pytest.raises(OutputError, match=r"x.csv:1: expected the cameo header"):
            list(read_events(path))
