"""Writers: records to JSON Lines, JSON, CSV or TSV.

Writers take plain dicts (a record's ``to_dict()``) and a stream. Machine formats never colour
and flush every record, so ``pressrel ... | jq`` sees records as they are found. CSV and TSV
flatten nested objects into dotted columns (``name.first``); their header comes from the record
type's schema, so every row has every column whatever the first row holds.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from typing import IO, Any, get_args, get_origin, get_type_hints

FORMATS = ("auto", "table", "jsonl", "json", "csv", "tsv")
SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}


def resolve_format(requested: str, output: str | None, stream_is_tty: bool) -> str:
    """The concrete format: an explicit one, else the output file's suffix, else TTY-dependent."""
    if requested != "auto":
        return requested
    if output:
        return SUFFIX_FORMATS.get(os.path.splitext(output)[1].lower(), "jsonl")
    return "table" if stream_is_tty else "jsonl"


def columns(record_type: type) -> list[str]:
    """Flat column names of a record type: nested records become dotted columns."""
    names = []
    hints = get_type_hints(record_type)
    for f in fields(record_type):
        nested = _nested_record(hints[f.name])
        if nested is None:
            names.append(f.name)
        else:
            names.extend(f"{f.name}.{sub}" for sub in columns(nested))
    return names


def _nested_record(hint: Any) -> type | None:
    """The record type of a field that holds one record (``Name | None``); lists stay one
    column (JSON in CSV cells)."""
    if get_origin(hint) is list:
        return None
    for candidate in (hint, *get_args(hint)):
        if isinstance(candidate, type) and is_dataclass(candidate):
            return candidate
    return None


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def write_jsonl(rows: Iterable[dict], stream: IO[str]) -> None:
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        stream.flush()


def write_json(rows: Iterable[dict], stream: IO[str]) -> None:
    """One JSON array, written as records arrive (never held in memory)."""
    separator = "[\n"
    for row in rows:
        stream.write(separator + json.dumps(row, ensure_ascii=False))
        stream.flush()
        separator = ",\n"
    stream.write("[]\n" if separator == "[\n" else "\n]\n")
    stream.flush()


def write_delimited(rows: Iterable[dict], stream: IO[str], header: Sequence[str], delimiter: str):
    writer = csv.DictWriter(
        stream,
        fieldnames=list(header),
        delimiter=delimiter,
        lineterminator="\n",
        extrasaction="ignore",
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in flatten(row).items()})
        stream.flush()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def write(rows: Iterable[dict], stream: IO[str], fmt: str, header: Sequence[str]) -> None:
    """Write rows in a machine format: jsonl, json, csv or tsv. (Tables for people at a
    terminal are the CLI's business.)"""
    if fmt == "jsonl":
        write_jsonl(rows, stream)
    elif fmt == "json":
        write_json(rows, stream)
    elif fmt in ("csv", "tsv"):
        write_delimited(rows, stream, header, "," if fmt == "csv" else "\t")
    else:
        raise ValueError(f"unknown format {fmt!r}")


@contextmanager
def atomic_file(path: str) -> Iterator[IO[str]]:
    """A text stream that replaces path only when the block completes; a failed run leaves
    the previous file untouched and no partial file behind."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(prefix=".pressrel-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def color_wanted(stream_is_tty: bool) -> bool:
    """Colour only on a terminal, and never with NO_COLOR or TERM=dumb."""
    return stream_is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
