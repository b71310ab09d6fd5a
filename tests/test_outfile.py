"""-o FILE: written through, whole or untouched, never replaced wrongly; --resume."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from clitools import invoke, jsonl

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
@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_a_full_disk_leaves_the_previous_file_untouched(small_disk, expected, name):
    assert len(expected.encode()) > 64 * 1024
    (small_disk / "filler").write_bytes(b"x" * 52 * 1024)  # about 8 KiB left: too little
    target = small_disk / name  # even compressed (about 11 KiB)
    target.write_text(PREVIOUS)
    result = pressrel("entities", str(FIXTURE), "-q", "-o", str(target))
    assert result.returncode == 1
    assert result.stderr == f"Error: {target}: No space left on device\n"
    assert target.read_text() == PREVIOUS
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(["filler", name])


def resumed_run(*args: str):
    return invoke(*args, "-q", "--resume")


def side_of(target: Path) -> Path:
    return target.with_name(target.name + ".pressrel-resume")


def cut(target: Path, documents: int, torn: int = 0) -> None:
    """target and its side file as a run stopped after `documents` documents leaves them (with
    `torn` bytes of the next document's records written)."""
    side = side_of(target).read_bytes().splitlines(True)
    kept = side[: 1 + documents]
    offset = json.loads(kept[-1])["offset"] if documents else 0
    side_of(target).write_bytes(b"".join(kept))
    with open(target, "r+b") as stream:
        stream.truncate(offset + torn)


def test_resume_completes_a_torn_output(tmp_path, expected):
    target = tmp_path / "out.jsonl"
    assert resumed_run("entities", str(FIXTURE), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == expected
    cut(target, 1, torn=150)  # stopped mid-line, mid-document
    result = resumed_run("entities", str(FIXTURE), "-o", str(target))
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == expected
    before = target.read_bytes()
    resumed_run("entities", str(FIXTURE), "-o", str(target))  # nothing left to do
    assert target.read_bytes() == before


def test_resume_skips_the_documents_it_keeps(tmp_path, expected):
    target = tmp_path / "out.jsonl"
    resumed_run("entities", str(FIXTURE), "-o", str(target))
    cut(target, 1, torn=40)
    offset = json.loads(side_of(target).read_bytes().splitlines()[-1])["offset"]
    data = target.read_bytes()
    marked = data[:offset].replace(b'"start":', b'"START":')  # same size: prove they stay
    target.write_bytes(marked + data[offset:])
    assert resumed_run("entities", str(FIXTURE), "-o", str(target)).exit_code == 0
    out = target.read_bytes()
    assert out[:offset] == marked  # the first document kept as it was, not redone
    assert out[offset:] == expected.encode()[offset:]


def test_resume_tells_repeated_ids_apart_by_their_position(tmp_path):
    """Issue 22: two corpora both numbered "0".."n", stopped in the second: resume by id alone
    skipped the second corpus's first documents (records lost, exit 0)."""
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()][:6]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for corpus, rows_of in ((first, rows[:3]), (second, rows[3:])):
        lines = [{"id": str(i), "text": row["text"]} for i, row in enumerate(rows_of)]
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines))
    whole = invoke("entities", str(first), str(second), "-q").stdout
    target = tmp_path / "out.jsonl"
    resumed_run("entities", str(first), str(second), "-o", str(target))
    assert target.read_text(encoding="utf-8") == whole
    cut(target, 4, torn=10)  # in the second corpus, after its "0"
    assert resumed_run("entities", str(first), str(second), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == whole
    # the same file named twice: each time is one document's position
    twice = tmp_path / "twice.jsonl"
    expected = invoke("entities", str(first), str(first), "-q").stdout
    resumed_run("entities", str(first), str(first), "-o", str(twice))
    cut(twice, 4)
    resumed_run("entities", str(first), str(first), "-o", str(twice))
    assert twice.read_text(encoding="utf-8") == expected


def test_resume_refuses_another_commands_output(tmp_path):
    """Issue 22: `quotes -o out.jsonl`, stopped, then `entities --resume -o out.jsonl` mixed
    quote and mention records."""
    target = tmp_path / "out.jsonl"
    assert resumed_run("quotes", str(FIXTURE), "-o", str(target)).exit_code == 0
    before = target.read_bytes()
    for args in (("entities",), ("quotes", "--related")):
        result = resumed_run(*args, str(FIXTURE), "-o", str(target))
        assert result.exit_code == 2, result.stderr
        assert "written by 'quotes'" in result.stderr
    assert target.read_bytes() == before
    # an output no side file vouches for (a run without --resume wrote it)
    plain = tmp_path / "plain.jsonl"
    invoke("entities", str(FIXTURE), "-q", "-o", str(plain))
    result = resumed_run("entities", str(FIXTURE), "-o", str(plain))
    assert result.exit_code == 2 and "says what wrote it" in result.stderr
    # and one replaced by a run without --resume since
    invoke("quotes", str(FIXTURE), "-q", "-o", str(target))
    result = resumed_run("quotes", str(FIXTURE), "-o", str(target))
    assert result.exit_code == 2 and "replaced since" in result.stderr


def test_resume_of_segment_paragraphs(tmp_path):
    target = tmp_path / "out.jsonl"
    expected = invoke("segment", "--paragraphs", str(FIXTURE), "-q").stdout
    resumed_run("segment", "--paragraphs", str(FIXTURE), "-o", str(target))
    cut(target, 2, torn=5)
    assert resumed_run("segment", "--paragraphs", str(FIXTURE), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == expected
    layouts = tmp_path / "layouts.jsonl"
    expected = invoke("segment", str(FIXTURE), "-q", "-f", "jsonl").stdout
    resumed_run("segment", str(FIXTURE), "-o", str(layouts))
    cut(layouts, 2, torn=5)
    assert resumed_run("segment", str(FIXTURE), "-o", str(layouts)).exit_code == 0
    assert layouts.read_text(encoding="utf-8") == expected


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


@pytest.mark.parametrize(
    "outputs",
    [
        ("-o", "{corpus}"),
        ("--errors", "{corpus}"),
        ("-o", "{link}"),
        ("-o", "{folder}/../{folder_name}/news.jsonl"),
        ("-o", "{out}", "--errors", "{out}"),
        ("-o", "{new}", "--errors", "{new}"),
    ],
)
def test_inputs_and_outputs_never_alias(tmp_path, outputs):
    """Issue 22: `-o corpus.jsonl` replaced the input with the output, and `-o out.jsonl
    --errors out.jsonl` left the errors file in out.jsonl, both with exit 0."""
    folder = tmp_path / "in"
    folder.mkdir()
    corpus = folder / "news.jsonl"
    corpus.write_bytes(FIXTURE.read_bytes())
    (tmp_path / "link.jsonl").symlink_to(corpus)
    out = tmp_path / "out.jsonl"
    out.write_text(PREVIOUS)
    names = dict(corpus=corpus, link=tmp_path / "link.jsonl", folder=folder, out=out,
                 folder_name=folder.name, new=tmp_path / "new.jsonl")  # fmt: skip
    args = [arg.format(**names) for arg in outputs]
    result = pressrel("entities", str(corpus), "-q", *args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "is also an input" in result.stderr or "name the same file" in result.stderr
    assert corpus.read_bytes() == FIXTURE.read_bytes()
    assert out.read_text() == PREVIOUS
    assert not (tmp_path / "new.jsonl").exists()


@pytest.mark.parametrize(
    "outputs",
    [
        ("-o", "{folder}/out.jsonl"),
        ("-o", "{folder}/deeper/out.json"),
        ("-o", "{folder}/out.txt.gz"),
        ("--errors", "{folder}/errors.jsonl"),
        ("-o", "{folder}/out.jsonl", "--resume"),
    ],
)
def test_an_output_the_input_folder_would_read_is_a_usage_error(tmp_path, outputs):
    """An output inside an input folder, of a kind its walk reads: the next run of the same
    command read the last run's records as documents (found by check22: `pressrel entities
    fold -o fold/out.jsonl` twice gave 1 document, then 3, exit 0)."""
    folder = tmp_path / "in"
    (folder / "deeper").mkdir(parents=True)
    (folder / "news.jsonl").write_bytes(FIXTURE.read_bytes())
    args = [arg.format(folder=folder) for arg in outputs]
    result = pressrel("entities", str(folder), "-q", *args)
    assert result.returncode == 2, result.stderr
    assert "inside the input folder" in result.stderr
    assert sorted(p.name for p in folder.rglob("*")) == ["deeper", "news.jsonl"]


@pytest.mark.parametrize(
    "name", ["in/out.csv", "in/.out.jsonl", "in/.hidden/out.jsonl", "out.jsonl"]
)
def test_an_output_the_input_folder_skips_is_written(tmp_path, name):
    """A kind the walk does not read (named among the skipped files), a hidden name, or a
    place outside the folder: written as asked."""
    folder = tmp_path / "in"
    (folder / ".hidden").mkdir(parents=True)
    (folder / "news.jsonl").write_bytes(FIXTURE.read_bytes())
    result = pressrel("entities", str(folder), "-q", "-o", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).stat().st_size > 0


@pytest.mark.parametrize("name", ["out.jsonl.gz", "out.jsonl.bz2", "out.JSONL.XZ", "out.xz"])
def test_a_compressed_output_is_written_compressed(tmp_path, expected, name):
    """Issue 22: `-o x.jsonl.gz` wrote uncompressed text under a .gz name (then: refused)."""
    from pressrel.compression import OPENERS, suffix_of

    target = tmp_path / name
    result = invoke("entities", str(FIXTURE), "-q", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    with OPENERS[suffix_of(name)](target, "rt", encoding="utf-8", newline="") as stream:
        assert stream.read() == expected
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_a_compressed_output_takes_its_format_from_the_name_inside(tmp_path):
    import gzip

    plain, packed = tmp_path / "out.csv", tmp_path / "out.csv.gz"
    for target in (plain, packed):
        assert invoke("entities", str(FIXTURE), "-q", "-o", str(target)).exit_code == 0
    assert gzip.decompress(packed.read_bytes()) == plain.read_bytes()
    first = packed.read_bytes()
    invoke("entities", str(FIXTURE), "-q", "-o", str(packed))
    assert packed.read_bytes() == first  # the same records, the same bytes (no time inside)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "out.jsonl.zst"), "does not write .zst files"),
        (("-o", "out.zip"), "does not write .zip files"),
        (("-o", "out.parquet.gz"), "Parquet compresses its own columns"),
        (("-o", "out.jsonl.gz", "--resume"), "resume -o out.jsonl and compress it"),
        (("--errors", "errors.jsonl.zst"), "--errors errors.jsonl.zst: pressrel does not write"),
    ],
)
def test_compressed_outputs_pressrel_cannot_write_are_refused(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = invoke("entities", str(FIXTURE), "-q", *args)
    assert result.exit_code == 2 and message in result.stderr
    assert not list(tmp_path.iterdir())


def test_errors_file_may_be_compressed_too(tmp_path):
    import gzip

    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a"}\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl.gz"
    result = invoke("entities", str(corpus), "-q", "--errors", str(errors))
    assert result.exit_code == 1
    (record,) = jsonl(gzip.decompress(errors.read_bytes()).decode())
    assert record["line"] == 1 and "text" in record["error"]
