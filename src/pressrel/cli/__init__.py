"""The ``pressrel`` command: parse arguments, call the core, emit records, return an exit code.

Exit codes: 0 ok; 1 some document failed (or a runtime error); 2 usage error; 130 interrupted
(SIGINT), 143 SIGTERM, 129 SIGHUP (``signals``).
stdout carries only data; errors, progress and summaries go to stderr (``ui``). The commands
are in ``commands``, their shared options in ``options``, the writing of records in ``output``
and the terminal tables in ``render``.
"""

from __future__ import annotations

import click

from .group import cli
from .signals import Terminated, raise_on_termination
from .ui import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, printable

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> int:
    """Console entry point: click's parsing, with pressrel's exit codes and quiet broken pipes."""
    raise_on_termination()
    try:
        code = cli.main(args=argv, prog_name="pressrel", standalone_mode=False)
    except click.ClickException as error:
        error.message = printable(error.message)  # a path given may hold control characters
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("Interrupted.", err=True)
        return EXIT_INTERRUPTED
    except Terminated as stop:
        click.echo(f"Stopped by {stop}.", err=True)
        return stop.exit_code
    except MemoryError as error:  # said once: the run cannot be trusted to go on
        from ..records import OutOfMemory  # imported by the run that raised it

        where = f"{printable(error.doc)}: " if isinstance(error, OutOfMemory) else ""
        click.echo(
            f"Error: {where}out of memory: the run stops here (--max-chars N skips documents "
            "too big to analyse before they are read)",
            err=True,
        )
        return EXIT_FAILED
    except OSError as error:  # e.g. the output file's folder is not writable
        click.echo(f"Error: {printable(str(error))}", err=True)
        return EXIT_FAILED
    except Exception as error:
        from ..outfile import OutputError  # imported by the run that raised it

        if not isinstance(error, OutputError):
            raise
        # -o cannot be written: before any work, or a full disk
        click.echo(f"Error: {printable(str(error))}", err=True)
        return EXIT_FAILED
    return code if isinstance(code, int) else EXIT_OK
