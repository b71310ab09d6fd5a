"""Helpers for running the CLI: in-process with CliRunner, or as a real process on a pty."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

from click.testing import CliRunner

from pressrel.cli import cli


def invoke(*args: str, stdin: str | bytes | None = None):
    """Run pressrel in-process; the result has separate .stdout and .stderr."""
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def run_with_tty(args: list[str], tty: str) -> subprocess.CompletedProcess:
    """Run ``python -m pressrel args`` as a process whose stdin or stderr is a terminal."""
    controller, terminal = pty.openpty()
    streams = {"stdin": subprocess.PIPE, "stderr": subprocess.PIPE}
    streams[tty] = terminal
    env = {**os.environ, "COLUMNS": "120"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "pressrel", *args],
            stdout=subprocess.PIPE,
            timeout=120,
            env=env,
            **streams,
        )
    finally:
        os.close(terminal)
        os.close(controller)
