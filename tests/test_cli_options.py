"""Every command takes the same input, output and processing options, and the small rules a
user trips over: conflicting flags, encodings, --errors, duplicate ids, summaries, closed stdout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pressrel.cli import cli

from clitools import invoke, jsonl
from conftest import SEED

SHARED = (
    "--input-format", "--encoding", "-f, --format", "-o, --output", "--resume", "--raw-csv",
    "-j, --jobs", "-q, --quiet", "--traceback", "--errors", "--max-chars",
)  # fmt: skip


# eval reads one gold file, not documents: it takes only -f, -o, -j, -q (tests/test_eval.py)
@pytest.mark.parametrize("command", sorted(set(cli.list_commands(None)) - {"eval"}))
def test_every_command_takes_the_shared_options(command):
    text = invoke(command, "--help").stdout
    assert [option for option in SHARED if option not in text] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("segment", "--paragraphs", "--sentences"), "exclude each other"),
        (("entities", "--across"), "--across needs --unique"),
        (("entities", "--encoding", "rot13"), "'rot13' is not a text encoding"),
        (("quotes", "--encoding", "no-such-codec"), "unknown encoding"),
        (("entities", "-j", "0"), "-j"),
    ],
)
def test_usage_errors_exit_2(args, message):
    result = invoke(*args, str(SEED))
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_errors_file_and_duplicate_ids(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = ['{"id": "a", "text": "Париж"}', "{not json", '{"id": "a", "text": "Лондон"}']
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = invoke("entities", str(corpus), "--errors", str(errors), "-j", "1")
    assert result.exit_code == 1
    (logged,) = jsonl(errors.read_text(encoding="utf-8"))
    assert list(logged) == ["doc", "line", "error"]
    assert logged["doc"] == f"{corpus}:2" and logged["line"] == 2
    assert logged["error"].startswith("invalid JSON")
    assert result.stderr.count("duplicate document id") == 1
    assert [r["normal"] for r in jsonl(result.stdout)] == ["Париж", "Лондон"]


def test_the_summary_counts_in_words(tmp_path):
    result = invoke("entities", str(SEED), "-j", "1")
    assert result.stderr.startswith("pressrel: 1 document, ") and ", 0 errors in " in result.stderr
    segment = invoke("segment", str(SEED), "--sentences")
    assert segment.stderr.startswith("pressrel: 1 document, ") and " sentences, " in segment.stderr
    assert invoke("segment", str(SEED), "-q").stderr == ""


@pytest.mark.slow  # pressrel as a subprocess
def test_a_closed_stdout_exits_quietly():
    command = f"{sys.executable} -m pressrel entities {SEED} >&-"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""


def test_the_help_names_every_corpus_suffix():
    assert ".ndjson" in invoke("--help").stdout


def test_json_ids_keep_their_json_form(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": 1, "text": "Париж"}\n{"id": true, "text": "Лондон"}\n')
    assert [r["doc"] for r in jsonl(invoke("entities", str(corpus)).stdout)] == ["1", "true"]
    json.loads(invoke("entities", str(corpus), "-f", "json").stdout)


def on_a_terminal(args: list[str], columns: int) -> list[str]:
    """The lines pressrel shows with stdout a terminal that many columns wide."""
    import os
    import pty
    import re
    import threading

    controller, terminal = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "pressrel", *args]
    subprocess.run(command, stdout=terminal, stderr=subprocess.DEVNULL, env=env, timeout=120)
    os.close(terminal)
    reader.join(timeout=10)
    os.close(controller)
    text = re.sub(r"\x1b\[[0-9;]*m", "", b"".join(chunks).decode("utf-8"))
    return [line.rstrip("\r") for line in text.splitlines()]


@pytest.mark.slow  # pressrel on a pty
@pytest.mark.parametrize("columns", [80, 120, 200])
def test_the_first_screen_fits_the_terminal(columns):
    lines = on_a_terminal(["entities", str(SEED), "-q"], columns)
    assert lines[0].split() == ["doc", "type", "text", "normal", "entity", "detail"]
    # one line per mention: 62 of the NER, country and date types, 3 PERCENT ("около 50%"), 2
    # places by their adjectives ("европейские, ближневосточные, африканские рынки")
    assert len(lines) == 1 + 67
    assert max(map(len, lines)) <= columns
    assert any("Николай Никифоров" in line for line in lines) or columns == 80


@pytest.mark.slow  # pressrel on a pty
def test_columns_chooses_the_table_columns():
    lines = on_a_terminal(["entities", str(SEED), "-q", "--columns", "type,name.last"], 80)
    assert lines[0].split() == ["type", "name.last"]
    bad = invoke("entities", str(SEED), "-f", "table", "--columns", "nope")
    assert bad.exit_code == 2 and "unknown column(s) nope" in bad.stderr


def test_max_chars_skips_longer_documents(tmp_path):
    corpus = tmp_path / "c.jsonl"
    long = "Владимир Путин прибыл в Москву. " * 100
    corpus.write_text(
        json.dumps({"id": "long", "text": long}) + '\n{"id": "short", "text": "Париж"}\n'
    )
    result = invoke("entities", str(corpus), "--max-chars", "1000", "-j", "1")
    assert result.exit_code == 1
    assert "Error: long: 3,200 characters, more than --max-chars 1,000" in result.stderr
    assert [r["doc"] for r in jsonl(result.stdout)] == ["short"]
