"""Termination signals as exceptions, so that a stopped run cleans up like an interrupted one.

Python dies at once on SIGTERM and SIGHUP, skipping every ``finally``: the temporary output file
stays behind and the worker processes are left running. Here both raise ``Terminated`` in the
main thread instead, which unwinds the run (the output file is discarded, the workers are
stopped) before pressrel exits with the shell's code for the signal: 128 + its number (SIGINT
130, SIGTERM 143, SIGHUP 129).
"""

from __future__ import annotations

import signal

HANDLED = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(BaseException):
    """The process was asked to stop by a signal (BaseException: nothing may swallow it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def raise_on_termination() -> None:
    """Make SIGTERM and SIGHUP raise Terminated in this (the main) thread."""
    for signum in HANDLED:
        signal.signal(signum, _raise)


def _raise(signum: int, _frame: object) -> None:
    raise Terminated(signum)
