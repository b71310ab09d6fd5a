r"""Writers: records to JSON Lines, JSON, CSV or TSV.

Writers take plain dicts (a record's ``to_dict()``) and a stream. Machine formats never colour
and flush every record, so ``pressrel ... | jq`` sees records as they are found. CSV and TSV
flatten nested objects into dotted columns (``name.first``); their header comes from the record
type's schema, so every row has every column whatever the first row holds. Their cells: null is
empty, booleans are ``true``/``false``, lists are JSON, numbers are written as they are.

CSV (RFC 4180 quoting, LF line ends): a field holding a quote, the delimiter, CR or LF is
quoted, its quotes doubled, so Python's ``csv`` module reads back exactly what was written. TSV
(IANA text/tab-separated-values): never quoted; tab, CR, LF and backslash inside a field become
``\t``, ``\r``, ``\n``, ``\\``, so every line is one row and ``cut -f``/``awk -F'\t'`` work.

Formula injection: in both, a text cell beginning with ``=``, ``+``, ``-``, ``@``, tab or CR gets a
leading ``'`` (OWASP), so a spreadsheet shows it instead of evaluating it; ``raw=True`` turns this
off. Numbers, null, booleans and lists are never touched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass
from functools import partial
from typing import IO, Any, get_args, get_origin, get_type_hints

FORMATS = ("auto", "table", "jsonl", "json", "csv", "tsv", "parquet")
BINARY_FORMATS = frozenset({"parquet"})
SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
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


# Line separators that JSON leaves raw but that Python's str.splitlines(), JavaScript and many
# editors break lines at: escaped, so a JSON Lines record is one line for every reader.
LINE_BREAKING = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
LINE_BREAKERS = tuple(chr(code) for code in LINE_BREAKING)


# The encoders json.dumps would build anew for every record with these options.
_ENCODERS = {
    compact: json.JSONEncoder(ensure_ascii=False, separators=separators)
    for compact, separators in ((True, (",", ":")), (False, (", ", ": ")))
}


def json_text(value: Any, compact: bool = True) -> str:
    """value as UTF-8 JSON text on one line for any reader (NEL, U+2028, U+2029 escaped)."""
    return on_one_line(_ENCODERS[compact].encode(value))


def on_one_line(text: str) -> str:
    """JSON text with NEL, U+2028 and U+2029 escaped (``records.json_object``'s text too)."""
    if any(breaker in text for breaker in LINE_BREAKERS):  # rare: translate only then
        return text.translate(LINE_BREAKING)
    return text


def write_jsonl(rows: Iterable[dict | str], stream: IO[str]) -> None:
    """One line per row: a dict as ``json_text``, a str as it is (a record already written as
    its JSON line, line end included, by the process that analysed it: ``work.lines``)."""
    for row in rows:
        stream.write(row if isinstance(row, str) else json_text(row) + "\n")
        stream.flush()


def write_json(rows: Iterable[dict], stream: IO[str]) -> None:
    """One JSON array, written as records arrive (never held in memory)."""
    separator = "[\n"
    for row in rows:
        stream.write(separator + json_text(row, compact=False))
        stream.flush()
        separator = ",\n"
    stream.write("[]\n" if separator == "[\n" else "\n]\n")
    stream.flush()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\r": "\\r", "\n": "\\n"})


def write_delimited(
    rows: Iterable[dict],
    stream: IO[str],
    header: Sequence[str],
    delimiter: str,
    raw: bool = False,
) -> None:
    """A header line, then one line per row: TSV when delimiter is a tab, else CSV with that
    delimiter (the module docstring has the rules). raw=True leaves formula-like text as it is."""
    header = list(header)
    line = _tsv_line if delimiter == "\t" else partial(_csv_line, delimiter=delimiter)
    stream.write(line(header))
    for row in rows:
        flat = flatten(row)
        stream.write(line([_cell(flat.get(key), raw) for key in header]))
        stream.flush()


def _cell(value: Any, raw: bool = False) -> str:
    """One value as cell text: null empty, booleans true/false, lists compact JSON, formula-like
    text neutralised with a leading ' unless raw."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and not raw and value.startswith(FORMULA_STARTS):
        return "'" + value
    return str(value)


def _csv_line(cells: Sequence[str], delimiter: str = ",") -> str:
    if list(cells) == [""]:
        return '""\n'  # an empty line would read back as no row at all
    return delimiter.join(_csv_field(cell, delimiter) for cell in cells) + "\n"


def _csv_field(text: str, delimiter: str = ",") -> str:
    """Quoted when it holds a quote, the delimiter, CR or LF (the csv module leaves a bare CR
    unquoted when the line end is LF, and a reader then splits the row there)."""
    if delimiter in text or any(char in text for char in '"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_line(cells: Sequence[str]) -> str:
    return "\t".join(cell.translate(_TSV_ESCAPES) for cell in cells) + "\n"


def write(
    rows: Iterable[dict], stream: IO[str], fmt: str, header: Sequence[str], raw: bool = False
) -> None:
    """Write rows in a machine format: jsonl, json, csv or tsv. (Tables for people at a
    terminal are the CLI's business.) raw=True writes CSV/TSV cells without neutralising
    formula-like text."""
    if fmt == "jsonl":
        write_jsonl(rows, stream)
    elif fmt == "json":
        write_json(rows, stream)
    elif fmt in ("csv", "tsv"):
        write_delimited(rows, stream, header, "," if fmt == "csv" else "\t", raw=raw)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def color_wanted(stream_is_tty: bool) -> bool:
    """Colour only on a terminal, and never with NO_COLOR or TERM=dumb."""
    return stream_is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
