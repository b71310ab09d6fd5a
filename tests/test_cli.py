"""The command line: formats, exit codes, stdin, errors, stream hygiene."""

from __future__ import annotations

import csv
import io
import json

import click
import pytest

from pressrel.cli import cli
from pressrel.cli.group import COMMANDS

from clitools import invoke, jsonl, run_with_tty
from conftest import SEED

MENTION_KEYS = ["doc", "type", "text", "normal", "start", "stop", "sentence", "name"]


@pytest.fixture(scope="module")
def seed_rows(seed_analysis):
    result = invoke("entities", str(SEED), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    return jsonl(result.stdout)


def test_jsonl_records_have_every_key_in_order(seed_rows):
    assert seed_rows
    for row in seed_rows:
        assert list(row)[: len(MENTION_KEYS)] == MENTION_KEYS
        assert row["doc"] == str(SEED)
        assert (row["name"] is None) == (row["type"] != "PER")


def test_default_format_when_piped_is_jsonl(seed_rows):
    result = invoke("entities", str(SEED))
    assert jsonl(result.stdout) == seed_rows


def test_json_format_is_one_array(seed_rows):
    result = invoke("entities", str(SEED), "-f", "json")
    assert json.loads(result.stdout) == seed_rows


def test_json_format_of_nothing_is_an_empty_array():
    result = invoke("entities", "-", "-f", "json", stdin="нет здесь имён")
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_delimited_formats_parse(seed_rows, fmt, delimiter):
    result = invoke("entities", str(SEED), "-f", fmt)
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter))
    assert len(rows) == len(seed_rows)
    assert list(rows[0])[:7] == MENTION_KEYS[:7]
    assert {"name.first", "name.middle", "name.last"} <= set(rows[0])
    for row, expected in zip(rows, seed_rows):
        assert row["normal"] == expected["normal"]
        assert int(row["start"]) == expected["start"]


def test_output_file_format_follows_its_suffix(tmp_path, seed_rows):
    target = tmp_path / "out.csv"
    result = invoke("entities", str(SEED), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == len(seed_rows)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pressrel-")]


def test_type_filter_and_bad_type():
    text = "Владимир Путин прибыл в Москву на встречу с Газпромом."
    rows = jsonl(invoke("entities", "-", "-t", "per,LOC", stdin=text).stdout)
    assert {r["type"] for r in rows} == {"PER", "LOC"}
    bad = invoke("entities", "-", "-t", "PERSON", stdin=text)
    assert bad.exit_code == 2
    assert "PERSON" in bad.stderr


def test_stdin_dash_and_piped_stdin_without_path():
    text = "Встреча прошла в Москве."
    for args in (["entities", "-"], ["entities"]):
        rows = jsonl(invoke(*args, stdin=text).stdout)
        assert [(r["doc"], r["normal"]) for r in rows] == [("-", "Москва")]


def test_missing_file_is_reported_and_others_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Встреча прошла в Москве.", encoding="utf-8")
    result = invoke("entities", str(tmp_path / "absent.txt"), str(good))
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'absent.txt'}: No such file or directory" in result.stderr
    assert "Traceback" not in result.stderr
    assert [r["doc"] for r in jsonl(result.stdout)] == [str(good)]


def test_corpus_lines_with_errors(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Встреча прошла в Москве.", "lang": "ru"}\n'
        "not json\n"
        '{"id": 7, "text": "Указ подписал Владимир Путин."}\n'
        '{"id": "c"}\n',
        encoding="utf-8",
    )
    result = invoke("entities", str(corpus))
    assert result.exit_code == 1
    assert [r["doc"] for r in jsonl(result.stdout)] == ["a", "7"]
    assert f"Error: {corpus}:2: invalid JSON" in result.stderr
    assert f"Error: {corpus}:4: no string 'text' key" in result.stderr


def test_input_format_jsonl_on_stdin():
    line = '{"id": "x1", "text": "Встреча прошла в Москве."}\n'
    rows = jsonl(invoke("entities", "--input-format", "jsonl", stdin=line).stdout)
    assert [(r["doc"], r["normal"]) for r in rows] == [("x1", "Москва")]


@pytest.mark.slow  # pressrel on a pty
def test_no_path_and_terminal_stdin_is_a_usage_error():
    result = run_with_tty(["entities"], tty="stdin")
    assert result.returncode == 2
    assert b"stdin is a terminal" in result.stderr
    assert result.stdout == b""


@pytest.mark.slow  # pressrel on a pty
def test_stdout_stays_pure_jsonl_when_stderr_is_a_terminal(tmp_path):
    missing = tmp_path / "missing.txt"
    result = run_with_tty(["entities", str(SEED), str(missing)], tty="stderr")
    assert result.returncode == 1
    rows = jsonl(result.stdout.decode("utf-8"))
    assert rows and all(list(r)[: len(MENTION_KEYS)] == MENTION_KEYS for r in rows)


def test_unknown_encoding_is_a_usage_error():
    result = invoke("entities", "-", "--encoding", "klingon", stdin="текст")
    assert result.exit_code == 2


@pytest.mark.slow  # a Python subprocess
def test_help_loads_no_model_and_no_command():
    import subprocess
    import sys

    code = (
        "import sys; from pressrel.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "loaded = {m.split('.')[0] for m in sys.modules} | set(sys.modules)\n"
        "unwanted = {'natasha', 'slovnet', 'pymorphy2', 'rich', 'pressrel.cli.commands',\n"
        "            'pressrel.cli.evaluation', 'pressrel.records', 'pressrel.sources'}\n"
        "assert not loaded & unwanted, sorted(loaded & unwanted)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    listed = done.stdout.split("Commands:", 1)[1]
    assert [line.split()[0] for line in listed.strip().splitlines()] == sorted(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_listed_command_resolves_to_itself(name):
    command = cli.get_command(None, name)
    assert isinstance(command, click.Command) and command.name == name
    assert cli.get_command(None, name + "x") is None


def test_unique_entities_per_document_and_across(seed_analysis):
    rows = jsonl(invoke("entities", str(SEED), "-u", "-t", "PER").stdout)
    assert list(rows[0]) == [
        "doc", "entity", "type", "normal", "count", "roles", "first", "name", "country", "date", "docs",
        "amount", "aliases",
    ]  # fmt: skip
    nikiforov = next(r for r in rows if r["entity"] == "PER:Николай Никифоров")
    assert nikiforov["count"] >= 5 and nikiforov["first"] == 0 and nikiforov["docs"] == 1
    assert "глава Минкомсвязи" in nikiforov["roles"]
    across = jsonl(invoke("entities", str(SEED), str(SEED), "-u", "--across", "-t", "PER").stdout)
    total = next(r for r in across if r["entity"] == "PER:Николай Никифоров")
    assert (total["count"], total["docs"], total["doc"], total["first"]) == (
        2 * nikiforov["count"], 2, None, None,
    )  # fmt: skip
    assert across[0]["entity"] == "PER:Николай Никифоров"  # most mentioned first


def test_across_needs_unique():
    assert invoke("entities", str(SEED), "--across").exit_code == 2


HOSTILE = {
    "title": "\x1b]0;pwned\x07",  # sets the window title
    "clear": "\x1b[2J\x1b[H",  # clears the screen
    "link": "\x1b]8;;http://evil\x1b\\a\x1b]8;;\x1b\\",  # an OSC 8 link
    "markup": "[link=http://evil]x[/link]",  # rich markup, not an escape: shown as text
    "bidi": "a\u202eb",  # right-to-left override
}


def on_a_terminal(args: list[str], cwd) -> str:
    """``python -m pressrel args`` with stdout and stderr on a pty: what the terminal gets."""
    import os
    import pty
    import subprocess
    import sys

    controller, terminal = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "pressrel", *args],
        stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal, env=env, cwd=cwd,
    )  # fmt: skip
    os.close(terminal)
    received = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(controller)
    assert process.wait(timeout=120) in (0, 1)
    return received.decode("utf-8", "replace")


@pytest.mark.slow  # real processes on a pty
def test_hostile_ids_and_names_reach_the_terminal_escaped(tmp_path):
    """Issue 22: escape sequences in ids, file names and text reached the terminal unchanged,
    and a file name holding a newline forged a second `Error:` line."""
    text = "Министр Владимир Путин прибыл в Москву."
    lines = [{"id": hostile, "text": text + hostile} for hostile in HOSTILE.values()]
    lines.append({"id": HOSTILE["title"], "text": text})  # a repeated id: a warning
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    forged = "x.txt\nError: forged"
    (tmp_path / forged).write_bytes(b"\x00\x01binary")
    for command in (["entities"], ["quotes"], ["segment"], ["segment", "--sentences"]):
        shown = on_a_terminal([*command, "hostile.jsonl", forged, "-q"], tmp_path)
        for raw in ("\x1b]", "\x1b[2J", "\u202e", "\x07"):
            assert raw not in shown, (command, raw)
        assert "Error: forged" not in shown.replace("\\nError: forged", "")
        errors = [line for line in shown.splitlines() if line.startswith("Error:")]
        assert errors == ["Error: x.txt\\nError: forged: binary file (NUL bytes), not text"]
        if command == ["entities"]:
            assert "\\x1b]0;pwned\\x07" in shown  # the id, escaped, in the table and warning
            assert "Warning: \\x1b]0;pwned\\x07: duplicate document id" in shown
            assert "=http://evil]x[/link]" in shown  # rich markup shown as text


def test_machine_formats_keep_hostile_ids_exact(tmp_path):
    text = "Министр Владимир Путин прибыл в Москву."
    lines = [{"id": hostile, "text": text} for hostile in HOSTILE.values()]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    result = invoke("entities", str(corpus), "-q", "-f", "jsonl")
    assert {row["doc"] for row in jsonl(result.stdout)} == set(HOSTILE.values())


def test_printable_escapes_what_a_terminal_acts_on():
    from pressrel.cli.ui import printable

    assert printable("Москва, «ок»") == "Москва, «ок»"
    assert printable("a\nb\r\tc\x1b[0m\x07\x9b\x7f") == "a\\nb\\r\\tc\\x1b[0m\\x07\\x9b\\x7f"
    assert printable("a\u202eb\u2028c\u2066") == "a\\u202eb\\u2028c\\u2066"
    assert printable("line\nnext\x1b", lines=True) == "line\nnext\\x1b"
