"""The terminal view of a ``pressrel eval`` report: rich tables of the figures, then the errors
with their context."""

from __future__ import annotations

from typing import IO, Any

MODE_TITLES = {"exact": "exact spans", "overlap": "overlap", "token": "razdel tokens"}
NAME_ROWS = (
    ("names", "full name"),
    ("names_surname_only", "full name, surname only"),
    ("written", "as written"),
    ("written_surname_only", "as written, surname only"),
)


def number(value: float | int | None) -> str:
    """A figure as the README's tables write it: .931, 1.000, counts as they are."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3f}".removeprefix("0") if 0 <= value < 1 else f"{value:.3f}"


def render_report(record: dict[str, Any], stream: IO[str], color: bool) -> None:
    """The report for a person at a terminal."""
    from .render import rich_console

    console = rich_console(stream, color)
    console.print(_heading(record), style="bold")
    if record["spans"]:
        for mode, figures in record["spans"].items():
            console.print(_span_table(mode, figures))
    if record["persons"]:
        for table in _person_tables(record["persons"]):
            console.print(table)
        for merge in record["persons"]["merged"]:
            console.print(f"merge: {merge['doc']} {merge['entity']} joins {merge['persons']}")
    if record["roles"]:
        console.print(_roles_table(record["roles"]))
    if record["amounts"]:
        console.print(_amounts_table(record["amounts"]))
    if record["errors"]:
        console.print()
        for error in record["errors"]:
            console.print(_error_line(error))


def _heading(record: dict[str, Any]) -> str:
    predictions = record["predictions"]
    source = predictions["source"]
    seconds = predictions["seconds"]
    took = f", {seconds:.1f} s" if seconds is not None else ""
    return (
        f"{record['gold']}: {record['kind']}, {record['documents']} documents · "
        f"predictions: {source} ({predictions['mentions']} mentions{took}) · "
        f"convention: {record['convention']['name']}"
    )


def _table(title: str, columns: list[str], labels: bool = True):
    """A table of figures, right-aligned; the first column left-aligned when it holds labels."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", header_style="bold", box=None)
    for index, name in enumerate(columns):
        left = labels and index == 0
        table.add_column(name, justify="left" if left else "right", no_wrap=True)
    return table


def _prf(row: dict[str, Any]) -> list[str]:
    precision = number(row["precision"]) if row["predicted"] else "–"
    recall = number(row["recall"]) if row["support"] else "–"
    return [precision, recall, number(row["f1"])]


def _span_table(mode: str, figures: dict[str, Any]):
    unit = " (tokens)" if mode == "token" else ""
    table = _table(MODE_TITLES[mode], ["type", "P", "R", "F1", f"support{unit}", "predicted"])
    rows = list(figures["types"].items())
    for index, (kind, row) in enumerate(rows):
        table.add_row(
            kind, *_prf(row), str(row["support"]), str(row["predicted"]),
            end_section=index == len(rows) - 1,
        )  # fmt: skip
    micro = figures["micro"]
    table.add_row(
        "micro", *_prf(micro), str(micro["support"]), str(micro["predicted"]), style="bold"
    )
    return table


def _share(share: dict[str, Any], count: bool = False) -> str:
    if not share["total"]:
        return "–"
    return number(share["value"]) + (f" ({share['total']})" if count else "")


def _person_tables(persons: dict[str, Any]) -> list:
    names = _table("names", ["", "first", "last", "middle (n)", "all", "mentions"])
    for key, label in NAME_ROWS:
        parts = persons[key]
        names.add_row(
            label, _share(parts["first"]), _share(parts["last"]),
            _share(parts["middle"], count=True), _share(parts["all"]), str(parts["all"]["total"]),
        )  # fmt: skip
    bcubed = persons["bcubed"]
    resolution = _table("resolution", ["", "B³ P", "B³ R", "B³ F1", "merges", "alone: B³ F1"])
    resolution.add_row(
        "entity", number(bcubed["precision"]), number(bcubed["recall"]), number(bcubed["f1"]),
        str(persons["merges"]), number(persons["singletons"]["f1"]),
    )  # fmt: skip
    matched = _table("mentions", ["gold", "predicted", "matched", "normal right"])
    matched.add_row(
        str(persons["gold_mentions"]), str(persons["predicted"]), str(persons["matched"]),
        _share(persons["normal"]),
    )  # fmt: skip
    return [names, resolution, matched]


def _amounts_table(amounts: dict[str, Any]):
    table = _table("amounts of exact spans", ["type", "right value", "matched", "accuracy"])
    rows = [*amounts["types"].items(), ("micro", amounts["micro"])]
    for kind, row in rows:
        table.add_row(kind, str(row["right"]), str(row["matched"]), number(row["accuracy"]))
    return table


def _roles_table(roles: dict[str, Any]):
    columns = ["P", "R", "F1", "right", "predicted", "gold", "matched", "any-role P"]
    table = _table("roles: the role before a name", columns, labels=False)
    table.add_row(
        number(roles["precision"]), number(roles["recall"]), number(roles["f1"]),
        str(roles["right"]), str(roles["predicted_roles"]), str(roles["gold_targets"]),
        str(roles["matched_person_mentions"]), number(roles["any_role_precision"]),
    )  # fmt: skip
    return table


def _error_line(error: dict[str, Any]):
    """``FP    PER     doc:start-stop  left[text]right``, then what was predicted and wanted."""
    from rich.text import Text

    line = Text(
        f"{error['error']:<5} {error['type']:<7} {error['doc']}:{error['start']}-{error['stop']}  "
    )
    line.append(error["left"], style="dim")
    line.append(f"[{error['text']}]", style="bold red" if error["error"] == "FP" else "bold green")
    line.append(error["right"], style="dim")
    if error["predicted"] is not None or error["gold"] is not None:
        line.append(f"  predicted {error['predicted']!r}, gold {error['gold']!r}")
    return line
