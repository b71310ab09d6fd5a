"""The ``pressrel`` group: its commands are listed from ``COMMANDS`` and imported when one is run.

``pressrel --help`` (and ``--version``) import none of the commands, their options or the core
they call: the listing reads each command's one-line summary from ``COMMANDS``, the one place it
is written. A command's module is imported when the command is resolved: to run it, to show its
own help, or to complete it.
"""

from __future__ import annotations

import importlib

import click

#: name -> (module, function, one-line summary in the group's help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "entities": (
        ".commands",
        "entities",
        "One record per entity mention, normalised, with its id.",
    ),
    "eval": (".evaluation", "evaluate", "Score pressrel against a gold file."),
    "quotes": (".commands", "quotes", "One record per direct quote, with its speaker."),
    "segment": (
        ".commands",
        "segment",
        "The layout of each document: title, date line, lead, body...",
    ),
    "stats": (".commands", "stats", "Corpus statistics: top entities, per period, and pairs."),
}


class LazyGroup(click.Group):
    """A group whose commands live in modules imported on first use (``COMMANDS``)."""

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, function, _ = COMMANDS[cmd_name]
        return getattr(importlib.import_module(module, __package__), function)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, summary) for name, (_, _, summary) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="pressrel", prog_name="pressrel")
def cli() -> None:
    """Structure and named entities of Russian press releases.

    Reads text files, folders (*.txt, *.jsonl and *.ndjson, recursively, sorted), JSON Lines
    corpora or stdin ('-'); writes JSON Lines when piped and a table on a terminal.
    """
