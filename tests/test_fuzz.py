"""Arbitrary bytes and arbitrary Unicode through the library and the CLI: no traceback, exit 0
or 1, every JSON Lines line parses, every offset valid."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrel import analyze
from pressrel.pipeline import Options

from clitools import invoke

ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
NASTY = st.sampled_from(
    [
        "«" * 10_000,
        "\u202eМосква\u202c",  # right-to-left override
        "Пу\u0301тин и\u0300 Москва\u0308",  # combining marks
        "\x00\x01\x1b[31m\x7f",  # control characters
        "\ud800Москва\udfff",  # lone surrogates
        "а" * 20_000,  # one very long word
        "Владимир Путин\r\n\r\nМосква\u2028Париж\u2029Лондон\x0c",
        "\ufeffМинистр Николай Никифоров:\t«Рост — 50%»",
    ]
)
WORDS = st.sampled_from(["Москва", "Путин", "«", "»", "\n\n", "18 декабря 2015", "ООО «Ромашка»"])
TEXTS = st.one_of(
    st.text(ANY_CHARACTER, max_size=300),
    st.lists(st.one_of(WORDS, st.text(ANY_CHARACTER, max_size=5)), max_size=40).map("".join),
    NASTY,
    st.tuples(NASTY, st.text(ANY_CHARACTER, max_size=50), NASTY).map("".join),
)
SETTINGS = {"deadline": None, "suppress_health_check": list(HealthCheck)}

pytestmark = pytest.mark.slow  # hundreds of examples through the pipeline and the CLI


def assert_valid(records: list[dict], text: str | None = None) -> None:
    for record in records:
        json.dumps(record, ensure_ascii=False).encode("utf-8")  # writable as UTF-8
        if text is not None and "start" in record:
            assert 0 <= record["start"] <= record["stop"] <= len(text)


@settings(max_examples=300, **SETTINGS)
@given(TEXTS)
def test_the_library_takes_any_text(text):
    analysis = analyze(text, options=Options())
    clean = analysis.document.text
    assert len(clean) == len(text)
    for m in analysis.mentions:
        assert clean[m.start : m.stop] == m.text
    assert_valid([m.to_dict() for m in analysis.mentions], text)
    assert_valid([q.to_dict() for q in analysis.quotes], text)
    assert_valid([analysis.structure.to_dict()])


def run_cli(tmp_path, name: str, data: bytes, command: str = "entities"):
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke(command, str(path), "-q", "-j", "1", "-f", "jsonl")
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(isinstance(row, dict) and "doc" in row for row in rows)
    return result


@settings(max_examples=150, **SETTINGS)
@given(st.binary(max_size=2_000), st.sampled_from(["entities", "quotes", "segment"]))
def test_the_cli_takes_any_bytes(tmp_path_factory, data, command):
    run_cli(tmp_path_factory.mktemp("fuzz"), "doc.txt", data, command)


@settings(max_examples=150, **SETTINGS)
@given(st.lists(st.one_of(TEXTS, st.binary(max_size=100)), max_size=5))
def test_the_cli_takes_any_corpus(tmp_path_factory, items):
    lines = [
        json.dumps({"id": i, "text": item}).encode() if isinstance(item, str) else item
        for i, item in enumerate(items)
    ]
    run_cli(tmp_path_factory.mktemp("fuzz"), "corpus.jsonl", b"\n".join(lines))


def comparable(analysis) -> tuple:
    """What an analysis found, its document's text aside (CR and LF are one code point each:
    offsets are the same)."""
    mentions = [{k: v for k, v in m.to_dict().items() if k != "text"} for m in analysis.mentions]
    quotes = [{k: v for k, v in q.to_dict().items() if k != "text"} for q in analysis.quotes]
    structure = analysis.structure.to_dict()
    return mentions, quotes, structure


LINES = st.sampled_from(
    ["глава ФТС", "Владимир Булавин", "\n", "\n\n", "Москва, 5 декабря 2015 года", "заявил:",
     "«Мы выполнили план»", "Руководитель департамента", "Иван Петров", "— сказал он."]
)  # fmt: skip


@settings(max_examples=60, **SETTINGS)
@given(st.lists(LINES, max_size=30).map(" ".join))
def test_cr_only_line_ends_analyse_like_lf(text):
    """Issue 22: classic-Mac files (CR alone) read roles across a line break."""
    lf = analyze(text, options=Options())
    cr = analyze(text.replace("\n", "\r"), options=Options())
    assert comparable(cr) == comparable(lf)


def test_cr_only_documents_analyse_like_lf(tmp_path):
    """The corpus of the tests, every document with its line ends as CR alone."""
    from pathlib import Path

    source = Path(__file__).parent / "data" / "news.jsonl"
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    rows += [{"id": "role", "text": "Заявил глава ФТС\nВладимир Булавин на совещании."}]
    for name, end in (("lf", "\n"), ("cr", "\r")):
        lines = [{"id": r["id"], "text": r["text"].replace("\n", end)} for r in rows]
        corpus = tmp_path / f"{name}.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines))
    for command in ("entities", "quotes"):
        lf = invoke(command, str(tmp_path / "lf.jsonl"), "-q", "-f", "jsonl").stdout
        cr = invoke(command, str(tmp_path / "cr.jsonl"), "-q", "-f", "jsonl").stdout
        strip = [
            {k: v for k, v in json.loads(line).items() if k != "text"} for line in lf.splitlines()
        ]
        assert [
            {k: v for k, v in json.loads(line).items() if k != "text"} for line in cr.splitlines()
        ] == strip


@settings(max_examples=40, **SETTINGS)
@given(
    st.integers(min_value=1, max_value=5_000),
    st.sampled_from(["id", "text", "extra"]),
    st.sampled_from(["[", '{"a":']),
)
def test_the_cli_takes_deeply_nested_json(tmp_path_factory, depth, key, opener):
    """Issue 22: a line nested ~1,000 deep killed the run with RecursionError."""
    closer = "]" if opener == "[" else "}"
    nested = opener * depth + ("1" if opener == '{"a":' else "") + closer * depth
    fields = {"id": '"x"', "text": '"Москва"', "extra": "0"} | {key: nested}
    line = "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"
    data = (line + '\n{"id": "after", "text": "Путин"}\n').encode()
    result = run_cli(tmp_path_factory.mktemp("fuzz"), "corpus.jsonl", data, "segment")
    assert '"doc":"after"' in result.stdout  # the lines after it are read


TERMINAL_CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} | {
    "\u2028", "\u2029", "\u202e", "\u2066",
}  # fmt: skip


@settings(max_examples=60, **SETTINGS)
@given(st.lists(st.text(ANY_CHARACTER, min_size=1, max_size=20), min_size=1, max_size=4))
def test_control_characters_in_ids_never_reach_a_table(tmp_path_factory, ids):
    """Issue 22: ids are shown escaped in tables and on stderr, exact in JSON Lines."""
    folder = tmp_path_factory.mktemp("fuzz")
    text = "Министр Владимир Путин прибыл в Москву."
    corpus = folder / "ids.jsonl"
    lines = [json.dumps({"id": i, "text": text}) for i in ids + ids[:1]]  # one repeats
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = invoke("entities", str(corpus), "-q", "-j", "1", "-f", "table")
    assert table.exit_code == 0, table.stderr
    shown = table.stdout.replace("\n", "") + table.stderr.replace("\n", "")
    assert not TERMINAL_CONTROLS & set(shown)
    exact = invoke("entities", str(corpus), "-q", "-j", "1", "-f", "jsonl")
    docs = {json.loads(line)["doc"] for line in exact.stdout.splitlines()}
    assert docs <= {i.encode("utf-8", "backslashreplace").decode("utf-8") for i in ids}
