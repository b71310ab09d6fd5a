"""The notebook API: pressrel's records as dask bags, from paths or from a bag of documents.

    import pressrel.dask
    mentions = pressrel.dask.entities(["corpus.jsonl"], types="PER,ORG")
    frame = mentions.to_dataframe(meta=pressrel.dask.meta("mentions"))

A bag holds the records as dicts (``to_dict()``, the README's schema); documents that fail are
left out of it and logged (logger ``pressrel``) on the worker. Paths are read by the workers
themselves, in parts (``sources.parts``); a bag of documents may hold ``{"id", "text"}`` dicts,
``pressrel.records.Document``s or plain strings (their id is then their index in the bag's
partition).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from .. import work
from ..options import CHOICES, Options
from ..records import Document, DocumentError, EntitySummary, Mention, Quote, Structure, Unit
from ..sources import DocumentWarning

RECORDS = {
    "mentions": Mention,
    "entities": EntitySummary,
    "quotes": Quote,
    "documents": Structure,
    "paragraphs": Unit,
    "sentences": Unit,
}
log = logging.getLogger("pressrel")


def entities(paths_or_bag: Any, types: str | None = None, unique: bool = False, **options: Any):
    """Mention records (one per entity per document with unique=True) as a dask bag. Options:
    the pipeline's (``related``, ``country_adjectives``, ``generic_orgs``), ``input_format`` and
    ``encoding``; types as on the command line ("PER,ORG", or a list)."""
    chosen = Options.build(types, quotes=False, **_pipeline(options))
    return _bag(paths_or_bag, work.Task("entities", chosen, unique=unique), options)


def quotes(paths_or_bag: Any, **options: Any):
    """Quote records as a dask bag (options as for ``entities``)."""
    task = work.Task("quotes", Options.build("PER,ORG", **_pipeline(options)))
    return _bag(paths_or_bag, task, options)


def segment(paths_or_bag: Any, unit: str = "documents", **options: Any):
    """Structure records (unit="paragraphs" or "sentences": Unit records) as a dask bag."""
    return _bag(paths_or_bag, work.Task(unit), options)


def meta(kind: str) -> Any:
    """An empty pandas DataFrame with the columns and dtypes of a bag's records (kind:
    "mentions", "entities", "quotes", "documents", "paragraphs", "sentences"), for
    ``bag.to_dataframe(meta=...)``: strings as ``string``, integers as ``Int64`` (nullable),
    booleans as ``boolean``, nested records and lists as ``object``."""
    from dataclasses import fields
    from typing import get_type_hints

    import pandas as pd

    record_type = RECORDS[kind]
    hints = get_type_hints(record_type)
    dtypes = {f.name: _dtype(hints[f.name]) for f in fields(record_type)}
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in dtypes.items()})


def _dtype(hint: Any) -> str:
    text = str(hint)
    for name, dtype in (("str", "string"), ("int", "Int64"), ("bool", "boolean")):
        if text in (name, f"{name} | None", f"<class '{name}'>"):
            return dtype
    return "object"


def _pipeline(options: dict) -> dict:
    """The pipeline's choices among options, taken out of it (the rest is input's)."""
    return {k: options.pop(k) for k in sorted(CHOICES - {"quotes"}) if k in options}


def _bag(paths_or_bag: Any, task: work.Task, options: dict):
    import dask.bag as db

    input_format = options.pop("input_format", "auto")
    encoding = options.pop("encoding", None)
    if options:
        raise TypeError(f"unknown options: {', '.join(sorted(options))}")
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag.map_partitions(_documents_partition, task)
    paths = [paths_or_bag] if isinstance(paths_or_bag, str) else list(paths_or_bag)
    parts = _numbered_parts(paths, input_format)
    bag = db.from_sequence(parts, partition_size=1)
    return bag.map_partitions(_parts_partition, task, input_format, encoding)


def _numbered_parts(paths: list[str], input_format: str) -> list:
    import dask

    from ..sources.parts import Part, count_lines, number, plan

    planned = [p for p in plan(paths, input_format) if isinstance(p, Part)]
    ranges = [p for p in planned if p.corpus is not None]
    counts = dask.compute(*(dask.delayed(count_lines)(p) for p in ranges)) if ranges else []
    return number(planned, counts)


def _parts_partition(parts: Iterable, task: work.Task, input_format: str, encoding) -> list[dict]:
    from ..sources.parts import read_part

    return [
        row
        for part in parts
        for row in _rows(work.results(task, read_part(part, input_format, encoding)))
    ]


def _documents_partition(items: Iterable, task: work.Task) -> list[dict]:
    documents = [_document(item, i) for i, item in enumerate(items)]
    return list(_rows(work.results(task, documents)))


def _document(item: Any, index: int) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(str(index), item)
    return Document(str(item.get("id", index)), item["text"])


def _rows(results: Iterable) -> Iterable[dict]:
    for item in results:
        if isinstance(item, DocumentError):
            log.warning("Error: %s: %s", item.id, item.reason)
        elif not isinstance(item, DocumentWarning):
            yield item.to_dict()
