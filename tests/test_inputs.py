"""Reading articles: JSONL, CSV, folders of .txt, stdin; bad records named by file and line."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from eventlib import InputError, Rejection, read_articles


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "a1", "text": "Kenyan police arrested ten protesters.", "date": "2020-03-04"}


class TestJsonl:
    def test_reads_fields(self, tmp_path: Path) -> None:
        """Every field of a JSONL record reaches the article."""
        path = jsonl(tmp_path / "in.jsonl", {**GOOD, "title": "T", "url": "http://x", "source": "wire"})
        [article] = read_articles([path])
        assert (article.id, article.date, article.title, article.source) == ("a1", dt.date(2020, 3, 4), "T", "wire")

    def test_malformed_json_names_line(self, tmp_path: Path) -> None:
        """A truncated line stops the run with file and line."""
        path = jsonl(tmp_path / "in.jsonl", GOOD, '{"id": "a2", "text": "x')
        with pytest.raises(InputError, match=r"in.jsonl:2: not valid JSON"):
            list(read_articles([path]))

    def test_missing_field_names_field(self, tmp_path: Path) -> None:
        """A record without text names the field."""
        path = jsonl(tmp_path / "in.jsonl", {"id": "a1", "date": "2020-01-01"})
        with pytest.raises(InputError, match=r"in.jsonl:1: field 'text'"):
            list(read_articles([path]))

    def test_wrong_type_names_field(self, tmp_path: Path) -> None:
        """A text that is not a string is rejected with its type."""
        path = jsonl(tmp_path / "in.jsonl", {"id": "a1", "text": ["x"], "date": "2020-01-01"})
        with pytest.raises(InputError, match=r"field 'text': expected a string, got list"):
            list(read_articles([path]))

    def test_impossible_date(self, tmp_path: Path) -> None:
        """An impossible date names the field and the value."""
        path = jsonl(tmp_path / "in.jsonl", {**GOOD, "date": "2020-02-31"})
        with pytest.raises(InputError, match=r"field 'date': expected a date as YYYY-MM-DD, got '2020-02-31'"):
            list(read_articles([path]))

    def test_numeric_id_accepted(self, tmp_path: Path) -> None:
        """Integer ids become strings."""
        path = jsonl(tmp_path / "in.jsonl", {**GOOD, "id": 17})
        assert next(read_articles([path])).id == "17"

    def test_missing_date_uses_default(self, tmp_path: Path) -> None:
        """A default date fills records without one."""
        path = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": "t"})
        assert next(read_articles([path], default_date=dt.date(2021, 1, 2))).date == dt.date(2021, 1, 2)

    def test_byte_order_mark(self, tmp_path: Path) -> None:
        """A UTF-8 byte-order mark is ignored."""
        path = tmp_path / "in.jsonl"
        path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
        assert next(read_articles([path])).id == "a1"

    def test_utf16_file(self, tmp_path: Path) -> None:
        """A UTF-16 file is named as such."""
        path = tmp_path / "in.jsonl"
        path.write_bytes(json.dumps(GOOD).encode("utf-16"))
        with pytest.raises(InputError, match="UTF-16"):
            list(read_articles([path]))

    def test_latin1_bytes(self, tmp_path: Path) -> None:
        """Bytes that are not UTF-8 are rejected with the line."""
        path = tmp_path / "in.jsonl"
        path.write_bytes(json.dumps(GOOD).encode() + b"\n" + b'{"id": "b", "text": "caf\xe9", "date": "2020-01-01"}')
        with pytest.raises(InputError, match=r"in.jsonl:2: not valid UTF-8"):
            list(read_articles([path]))

    def test_stdin(self) -> None:
        """'-' reads JSONL from standard input."""
        stream = io.BufferedReader(io.BytesIO(json.dumps(GOOD).encode()))  # type: ignore[arg-type]
        assert [a.id for a in read_articles(["-"], stdin=stream)] == ["a1"]


class TestSkipping:
    def test_good_records_still_come_out(self, tmp_path: Path) -> None:
        """With a reject callback, bad records are reported and good ones read."""
        path = jsonl(tmp_path / "in.jsonl", GOOD, "not json", {"id": "a3", "date": "2020-01-01"},
                     {**GOOD, "id": "a4"})
        rejected: list[Rejection] = []
        ids = [a.id for a in read_articles([path], on_reject=rejected.append)]
        assert ids == ["a1", "a4"]
        assert [(r.line, r.field) for r in rejected] == [(2, None), (3, "text")]
        assert rejected[0].record == "not json"

    def test_duplicate_ids_rejected(self, tmp_path: Path) -> None:
        """A repeated article id is rejected, naming where it was first seen."""
        path = jsonl(tmp_path / "in.jsonl", GOOD, GOOD)
        rejected: list[Rejection] = []
        assert len(list(read_articles([path], on_reject=rejected.append))) == 1
        assert rejected[0].line == 2 and "first seen at" in rejected[0].reason and "in.jsonl:1" in rejected[0].reason

    def test_blank_lines_skipped_silently(self, tmp_path: Path) -> None:
        """Blank lines are not records."""
        path = jsonl(tmp_path / "in.jsonl", GOOD, "", "  ")
        assert len(list(read_articles([path]))) == 1


class TestCsv:
    def test_reads_rows(self, tmp_path: Path) -> None:
        """CSV rows with a header become articles; quoted newlines stay in the text."""
        path = tmp_path / "in.csv"
        path.write_text('id,text,date,title\na1,"Line one.\nLine two.",2020-01-01,T\n', encoding="utf-8")
        [article] = read_articles([path])
        assert article.text == "Line one.\nLine two." and article.title == "T"

    def test_ragged_row(self, tmp_path: Path) -> None:
        """A row with the wrong number of cells names its line."""
        path = tmp_path / "in.csv"
        path.write_text("id,text,date\na1,t,2020-01-01\na2,t\n", encoding="utf-8")
        rejected: list[Rejection] = []
        assert [a.id for a in read_articles([path], on_reject=rejected.append)] == ["a1"]
        assert rejected[0].line == 3 and "expected 3 cells" in rejected[0].reason

    def test_line_numbers_after_multiline_cells(self, tmp_path: Path) -> None:
        """Line numbers count the physical lines of earlier multi-line cells."""
        path = tmp_path / "in.csv"
        path.write_text('id,text,date\na1,"x\ny\nz",2020-01-01\na2,t,2020-13-01\n', encoding="utf-8")
        with pytest.raises(InputError, match=r"in.csv:5: field 'date'"):
            list(read_articles([path]))

    def test_missing_column(self, tmp_path: Path) -> None:
        """A header without the text column is rejected at line 1."""
        path = tmp_path / "in.csv"
        path.write_text("id,body,date\na1,t,2020-01-01\n", encoding="utf-8")
        with pytest.raises(InputError, match=r"in.csv:1: CSV header lacks required columns \['text'\]"):
            list(read_articles([path]))


class TestFolders:
    def test_folder_of_text_files(self, tmp_path: Path) -> None:
        """Each .txt file is an article named after the file, dated from its name."""
        (tmp_path / "story-2019-05-06.txt").write_text("Text one.", encoding="utf-8")
        (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
        [article] = read_articles([tmp_path])
        assert (article.id, article.date, article.text) == ("story-2019-05-06", dt.date(2019, 5, 6), "Text one.")

    def test_date_option_for_undated_files(self, tmp_path: Path) -> None:
        """Without a date in the name the default date is used."""
        (tmp_path / "story.txt").write_text("Text.", encoding="utf-8")
        assert next(read_articles([tmp_path], default_date=dt.date(2020, 1, 1))).date == dt.date(2020, 1, 1)

    def test_undated_file_without_default(self, tmp_path: Path) -> None:
        """An undated file with no default date is an error naming the file."""
        (tmp_path / "story.txt").write_text("Text.", encoding="utf-8")
        with pytest.raises(InputError, match=r"story.txt: field 'date'"):
            list(read_articles([tmp_path]))

    def test_missing_input(self, tmp_path: Path) -> None:
        """A path that does not exist is named."""
        with pytest.raises(InputError, match="no such file"):
            list(read_articles([tmp_path / "nope.jsonl"]))

    def test_unknown_suffix(self, tmp_path: Path) -> None:
        """An input of unknown type is named with the formats expected."""
        path = tmp_path / "in.xml"
        path.write_text("<x/>", encoding="utf-8")
        with pytest.raises(InputError, match=r"expected \.jsonl, \.csv, \.txt"):
            list(read_articles([path]))
