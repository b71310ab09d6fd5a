"""Parquet output: typed columns from the record types, written in row groups as rows stream.

Optional: it needs pyarrow (``pip install 'pressrel[parquet]'``). The schema comes from the
record dataclass, so every file of one record type has the same columns whatever its rows hold:
strings, 64-bit integers, booleans, nested records (``name``, ``country``, ``date``) as structs,
lists (``roles``, ``sections``) as lists, and null as null. Rows are buffered ROW_GROUP at a
time, so memory does not grow with the output.
"""

from __future__ import annotations

import types
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from typing import IO, Any, Union, get_args, get_origin, get_type_hints

from .extras import MissingExtra

ROW_GROUP = 10_000
MISSING = "Parquet output needs pyarrow: pip install 'pressrel[parquet]'"


def require() -> Any:
    """pyarrow, or MissingExtra with the command that installs it."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401 - the writer
    except ImportError:
        raise MissingExtra(MISSING) from None
    return pyarrow


def schema(record_type: type) -> Any:
    """The Arrow schema of a record type: one field per dataclass field, in order."""
    pa = require()
    hints = get_type_hints(record_type)
    return pa.schema([pa.field(f.name, _arrow(hints[f.name], pa)) for f in fields(record_type)])


def _arrow(hint: Any, pa: Any) -> Any:
    """The Arrow type of a field's type hint (Optional[X] is X: Arrow fields are nullable; a
    number that is an int or a float, as an amount's value, is a float64)."""
    if get_origin(hint) in (Union, types.UnionType):
        members = {arg for arg in get_args(hint) if arg is not type(None)}
        (hint,) = {float} if members == {int, float} else members
    if get_origin(hint) is list:
        return pa.list_(_arrow(get_args(hint)[0], pa))
    if is_dataclass(hint):
        nested = get_type_hints(hint)
        return pa.struct([pa.field(f.name, _arrow(nested[f.name], pa)) for f in fields(hint)])
    simple = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}
    return simple[hint]


def write_parquet(rows: Iterable[dict], stream: IO[bytes], record_type: type) -> None:
    """rows (a record type's ``to_dict()``s) to stream as one Parquet file."""
    pa = require()
    import pyarrow.parquet as pq

    columns = schema(record_type)
    with pq.ParquetWriter(stream, columns) as writer:
        group: list[dict] = []
        for row in rows:
            group.append(row)
            if len(group) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(group, schema=columns))
                group = []
        if group:
            writer.write_table(pa.Table.from_pylist(group, schema=columns))
