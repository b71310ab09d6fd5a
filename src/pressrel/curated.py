"""The curated tables shipped in ``data/``: tab-separated rows, a ``#`` line a comment.

``data/org_aliases.tsv`` (organisations' short names), ``data/place_aliases.tsv`` (informal
names of places) and ``data/country_aliases.tsv`` (countries' names and adjectives) are read
here, each cell stripped of the spaces round it."""

from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[tuple[str, ...]]:
    """The rows of the table ``data/<name>``, blank and comment lines left out."""
    text = resources.files("pressrel").joinpath("data", name).read_text(encoding="utf-8")
    return [
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
