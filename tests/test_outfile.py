"""-o FILE: written through, whole or untouched, never replaced wrongly; --resume."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from clitools import invoke

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"
PREVIOUS = '{"previous": "output"}\n'


def pressrel(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """pressrel as a real process (its own stdout, exit codes from main())."""
    command = [sys.executable, "-m", "pressrel", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)


@pytest.fixture(scope="module")
def expected() -> str:
    return invoke("entities", str(FIXTURE), "-q").stdout


def test_a_new_file_gets_the_mode_of_the_umask(tmp_path, expected):
    old = os.umask(0o027)
    try:
        assert (
            invoke("entities", str(FIXTURE), "-q", "-o", str(tmp_path / "new.jsonl")).exit_code == 0
        )
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640
    assert (tmp_path / "new.jsonl").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("mode", [0o644, 0o600, 0o664])
def test_an_existing_file_keeps_its_mode(tmp_path, mode):
    target = tmp_path / "out.jsonl"
    target.write_text(PREVIOUS)
    target.chmod(mode)
    invoke("entities", str(FIXTURE), "-q", "-o", str(target))
    assert stat.S_IMODE(target.stat().st_mode) == mode and target.read_text() != PREVIOUS


def test_a_symlink_is_written_through(tmp_path, expected):
    real = tmp_path / "real.jsonl"
    real.write_text(PREVIOUS)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    invoke("entities", str(FIXTURE), "-q", "-o", str(link))
    assert link.is_symlink() and real.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "real.jsonl"]


@pytest.mark.slow  # pressrel as a subprocess, three times
def test_devices_are_written_not_replaced(tmp_path, expected):
    assert pressrel("entities", str(FIXTURE), "-q", "-o", "/dev/null").returncode == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    through = pressrel("entities", str(FIXTURE), "-q", "-f", "jsonl", "-o", "/dev/stdout")
    assert through.returncode == 0 and through.stdout == expected
    dash = pressrel("entities", str(FIXTURE), "-q", "-o", "-", cwd=tmp_path)
    assert dash.stdout == expected and not (tmp_path / "-").exists()


@pytest.mark.slow  # pressrel as a subprocess
@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("out", "is a directory"),
        ("missing/out.jsonl", "no such directory: missing"),
        ("newdir/", "no such directory (and a file name cannot end with /)"),
    ],
)
def test_an_unwritable_output_fails_before_any_work(tmp_path, target, reason):
    (tmp_path / "out").mkdir()
    result = pressrel("entities", "no-such-input.txt", "-o", target, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"Error: {target}: {reason}\n"  # no input was read, no summary


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KiB tmpfs (root only), to fill up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)])
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.slow  # pressrel as a subprocess
def test_a_full_disk_leaves_the_previous_file_untouched(small_disk, expected):
    assert len(expected.encode()) > 64 * 1024
    target = small_disk / "out.jsonl"
    target.write_text(PREVIOUS)
    result = pressrel("entities", str(FIXTURE), "-q", "-o", str(target))
    assert result.returncode == 1
    assert result.stderr == f"Error: {target}: No space left on device\n"
    assert target.read_text() == PREVIOUS
    assert [p.name for p in small_disk.iterdir()] == ["out.jsonl"]


def test_resume_completes_a_torn_output(tmp_path, expected):
    target = tmp_path / "out.jsonl"
    data = expected.encode()
    target.write_bytes(data[: len(data) // 2])  # stopped mid-line, mid-document
    result = invoke("entities", str(FIXTURE), "-q", "-o", str(target), "--resume")
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == expected
    before = target.read_bytes()
    invoke("entities", str(FIXTURE), "-q", "-o", str(target), "--resume")  # nothing left to do
    assert target.read_bytes() == before


def test_resume_skips_the_documents_it_keeps(tmp_path, expected):
    rows = [json.loads(line) for line in expected.splitlines()]
    first = rows[0]["doc"]
    target = tmp_path / "out.jsonl"
    kept = [line for line, row in zip(expected.splitlines(True), rows) if row["doc"] == first]
    marked = [line.replace('"doc":', '"mark":1,"doc":', 1) for line in kept]  # prove they stay
    second = next(r["doc"] for r in rows if r["doc"] != first)
    torn = next(line for line, r in zip(expected.splitlines(True), rows) if r["doc"] == second)
    target.write_text("".join(marked) + torn, encoding="utf-8")
    invoke("entities", str(FIXTURE), "-q", "-o", str(target), "--resume")
    out = target.read_text(encoding="utf-8").splitlines(True)
    assert out[: len(marked)] == marked  # the first document kept as it was, not redone
    assert "".join(out[len(marked) :]) == "".join(expected.splitlines(True)[len(kept) :])


@pytest.mark.parametrize(
    "args", [("--resume",), ("--resume", "-o", "out.csv"), ("--resume", "-o", "-")]
)
def test_resume_needs_a_jsonl_file(tmp_path, args):
    result = invoke("entities", str(FIXTURE), *args)
    assert result.exit_code == 2 and "--resume needs" in result.stderr


@pytest.mark.slow  # pressrel as a subprocess in a pipe
def test_a_device_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    command = f"{sys.executable} -m pressrel entities {FIXTURE} -q -o /dev/stdout | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0 and result.stderr == "" and len(result.stdout.splitlines()) == 1
