"""The README is part of the interface: its schema tables list exactly the fields of the
records they document, in order, and every command is documented there and in its --help."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from pressrel.cli import cli
from pressrel.records import (
    Country,
    DateValue,
    EntityStat,
    EntitySummary,
    Mention,
    Name,
    PairStat,
    Quote,
    Section,
    Structure,
    Teaser,
    Unit,
)

from clitools import invoke

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
TABLES = {  # the heading of a schema table -> the record it documents
    "### `pressrel entities`: one record per mention": Mention,
    "### `pressrel entities --unique`: one record per entity": EntitySummary,
    "### `pressrel quotes`: one record per direct quote": Quote,
    "### `pressrel segment`": Structure,
    "### `pressrel stats`: the corpus as a whole": EntityStat,
    "With `--pairs` (or `--pairs sentence`), instead, the entities that appear together, most often": PairStat,
}
NESTED = {  # (record, field) -> the record whose keys the row spells out as {"a", "b"}
    (Mention, "name"): Name,
    (Mention, "country"): Country,
    (Mention, "date"): DateValue,
    (Structure, "sections"): Section,
    (Structure, "related"): Teaser,
}


def names(record: type) -> list[str]:
    return [f.name for f in fields(record)]


def table_rows(heading: str) -> list[tuple[list[str], str]]:
    """(field names, rest of the row) of the first field table after heading."""
    after = README.split(heading + "\n", 1)[1]
    table = re.search(r"^\| field \|.*\n\|[-|]+\|\n((?:\|.*\n)+)", after, re.MULTILINE)
    assert table, f"no field table after {heading!r}"
    rows = []
    for line in table.group(1).splitlines():
        first, rest = line.strip("|").split("|", 1)
        rows.append((re.findall(r"`(\w+)`", first), rest))
    return rows


@pytest.mark.parametrize(
    ("heading", "record"), TABLES.items(), ids=lambda x: getattr(x, "__name__", x)
)
def test_schema_table_lists_the_record_fields_in_order(heading, record):
    documented = [name for row_names, _ in table_rows(heading) for name in row_names]
    assert documented == names(record)


@pytest.mark.parametrize(("owner", "nested"), NESTED.items(), ids=lambda x: str(x))
def test_nested_objects_list_their_keys_in_order(owner, nested):
    record, field = owner
    heading = next(h for h, r in TABLES.items() if r is record)
    (rest,) = [rest for row_names, rest in table_rows(heading) if field in row_names]
    keys = re.search(r"\{((?:\"\w+\"(?:, )?)+)\}", rest)
    assert keys, f"the {field!r} row spells out no keys"
    assert re.findall(r"\"(\w+)\"", keys.group(1)) == names(nested)


def test_unit_records_are_listed_in_order():
    line = README.split("With `--paragraphs` or `--sentences`, one record per paragraph or", 1)[1]
    listed = re.findall(r"`(\w+)`", line.split(".\n", 1)[0])
    assert listed == names(Unit)


@pytest.mark.parametrize("command", cli.list_commands(None))
def test_every_command_has_help_with_an_example_and_a_readme_section(command):
    text = invoke(command, "--help").stdout
    assert "Examples:" in text
    assert re.search(rf"^\s+pressrel {command} \S", text, re.MULTILINE)
    assert f"### `pressrel {command}" in README


def test_the_shared_options_table_lists_every_shared_option():
    from pressrel.cli.options import COMMON_NAMES

    table = README.split("### Options every command takes\n", 1)[1].split("\n### ", 1)[0]
    command = cli.get_command(None, "entities")
    flags = {p.name: p.opts for p in command.params if p.name in COMMON_NAMES and p.name != "paths"}
    assert set(flags) == set(COMMON_NAMES) - {"paths"}
    missing = [name for name, opts in flags.items() if not any(f"`{o}" in table for o in opts)]
    assert missing == []
