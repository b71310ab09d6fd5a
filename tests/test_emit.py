"""The CSV and TSV writers: exact round trips, formula neutralisation, one TSV row per line."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrel import analyze
from pressrel.emit import FORMULA_STARTS, json_text, on_one_line, write, write_delimited
from pressrel.records import (
    Amount,
    Country,
    DateValue,
    EntitySummary,
    Mention,
    Name,
    Quote,
    Section,
    Structure,
    Teaser,
    json_object,
)

HEADER = ["doc", "text", "start", "name.first", "roles"]
TEXT_COLUMNS = ["a", "b", "c"]

# Python 3.10's csv reader refuses NUL; the writer does not care.
TEXT = (
    st.text(alphabet=st.characters(blacklist_characters="\x00"))
    if sys.version_info < (3, 11)
    else st.text()
)
TEXT_ROWS = st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=5)

_TSV_UNESCAPES = {"t": "\t", "r": "\r", "n": "\n", "\\": "\\"}


def render(rows, fmt, header=HEADER, raw=False) -> str:
    stream = io.StringIO(newline="")
    write(rows, stream, fmt, header, raw=raw)
    return stream.getvalue()


def read_csv(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out, newline="")))


def tsv_lines(out: str) -> list[str]:
    assert out.endswith("\n")
    return out[:-1].split("\n")


def read_tsv(out: str) -> list[list[str]]:
    return [[unescape(field) for field in line.split("\t")] for line in tsv_lines(out)]


def unescape(field: str) -> str:
    return re.sub(r"\\(.)", lambda m: _TSV_UNESCAPES[m.group(1)], field, flags=re.DOTALL)


def neutralised(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def text_rows(triples):
    return [dict(zip(TEXT_COLUMNS, triple)) for triple in triples]


# --- CSV ------------------------------------------------------------------------------------


@given(TEXT_ROWS)
def test_csv_round_trips_arbitrary_text_raw(triples):
    out = render(text_rows(triples), "csv", TEXT_COLUMNS, raw=True)
    assert read_csv(out) == [TEXT_COLUMNS, *map(list, triples)]


@given(TEXT_ROWS)
def test_csv_round_trips_arbitrary_text_neutralised(triples):
    out = render(text_rows(triples), "csv", TEXT_COLUMNS)
    assert read_csv(out) == [TEXT_COLUMNS, *[[neutralised(t) for t in row] for row in triples]]


@given(st.lists(TEXT, max_size=5))
def test_csv_round_trips_a_single_column(texts):
    out = render([{"a": t} for t in texts], "csv", ["a"], raw=True)
    assert read_csv(out) == [["a"], *[[t] for t in texts]]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a\rb", '"a\rb"'),
        ("a\r\nb", '"a\r\nb"'),
        ("a\nb", '"a\nb"'),
        ("trailing\r", '"trailing\r"'),
        ('say "hi"', '"say ""hi"""'),
        ('"', '""""'),
        ("a,b", '"a,b"'),
        ("plain text", "plain text"),
        ("tab\tinside", "tab\tinside"),
        ("Путин", "Путин"),
        ("", ""),
    ],
)
def test_csv_quotes_exactly_the_fields_that_need_it(text, line):
    out = render([{"a": text, "b": "x"}], "csv", ["a", "b"], raw=True)
    assert out == f"a,b\n{line},x\n"
    assert read_csv(out)[1] == [text, "x"]


def test_csv_through_a_file_keeps_carriage_returns(tmp_path):
    target = tmp_path / "out.csv"
    with target.open("w", encoding="utf-8", newline="") as stream:
        write([{"a": "one\rtwo", "b": "x\r\ny"}], stream, "csv", ["a", "b"])
    with target.open(encoding="utf-8", newline="") as stream:
        assert list(csv.reader(stream)) == [["a", "b"], ["one\rtwo", "x\r\ny"]]


# --- formula injection ----------------------------------------------------------------------

FORMULAS = [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+7 495 000-00-00", "'+7 495 000-00-00"),
    ("-5", "'-5"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
]
HARMLESS = ["a=b", "5-3", "x@y.ru", " =1", "'=1", "\n=1", "", "Москва"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize(("text", "cell"), FORMULAS + [(t, t) for t in HARMLESS])
def test_formula_cells_are_neutralised(fmt, text, cell):
    out = render([{"a": text, "b": text}], fmt, ["a", "b"])
    read = read_csv if fmt == "csv" else read_tsv
    assert read(out)[1] == [cell, cell]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize("text", [text for text, _ in FORMULAS])
def test_raw_leaves_formula_cells_as_they_are(fmt, text):
    out = render([{"a": text}], fmt, ["a"], raw=True)
    read = read_csv if fmt == "csv" else read_tsv
    assert read(out)[1] == [text]


def test_write_delimited_takes_raw_too():
    stream = io.StringIO(newline="")
    write_delimited([{"a": "=1"}], stream, ["a"], ",", raw=True)
    assert stream.getvalue() == "a\n=1\n"


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (0, "0"),
        (42, "42"),
        (-5, "-5"),  # a number, not text: never neutralised
        (2.5, "2.5"),
        (None, ""),
        (True, "true"),
        (False, "false"),
        (["=1", "x"], '["=1", "x"]'),
        ([], "[]"),
    ],
)
def test_non_text_cells_are_untouched(fmt, value, cell):
    out = render([{"a": value}], fmt, ["a"])
    read = read_csv if fmt == "csv" else read_tsv
    assert read(out)[1] == [cell]


def test_nested_records_become_dotted_columns_and_missing_ones_empty():
    row = {"doc": "d.txt", "text": "=x", "start": 3, "name": {"first": "-Иван"}, "extra": 1}
    assert render([row], "csv").split("\n")[1] == "d.txt,'=x,3,'-Иван,"


def test_json_formats_are_not_neutralised():
    rows = [{"text": "=1+1", "start": 0}]
    assert render(rows, "jsonl") == '{"text":"=1+1","start":0}\n'
    assert json.loads(render(rows, "json")) == rows


def test_unknown_format():
    with pytest.raises(ValueError, match="xml"):
        render([], "xml")


# --- TSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "line"), [("csv", ",".join(HEADER)), ("tsv", "\t".join(HEADER))])
def test_header_is_the_column_names(fmt, line):
    assert render([], fmt) == line + "\n"


@given(TEXT_ROWS)
def test_tsv_has_every_column_on_every_line(triples):
    lines = tsv_lines(render(text_rows(triples), "tsv", TEXT_COLUMNS))
    assert len(lines) == 1 + len(triples)
    assert all(len(line.split("\t")) == len(TEXT_COLUMNS) for line in lines)


@given(TEXT_ROWS)
def test_tsv_lines_hold_no_carriage_return(triples):
    for line in tsv_lines(render(text_rows(triples), "tsv", TEXT_COLUMNS)):
        assert "\r" not in line


@given(TEXT_ROWS)
def test_tsv_unescapes_to_what_was_written(triples):
    out = render(text_rows(triples), "tsv", TEXT_COLUMNS, raw=True)
    assert read_tsv(out) == [TEXT_COLUMNS, *map(list, triples)]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("a\tb", "a\\tb"),
        ("a\nb", "a\\nb"),
        ("a\rb", "a\\rb"),
        ("a\r\nb", "a\\r\\nb"),
        ("C:\\temp", "C:\\\\temp"),
        ("\\t literally", "\\\\t literally"),
        ('say "hi"', 'say "hi"'),
        ("a,b", "a,b"),
        ("", ""),
    ],
)
def test_tsv_escapes_and_never_quotes(text, field):
    assert render([{"a": text, "b": "x"}], "tsv", ["a", "b"], raw=True) == f"a\tb\n{field}\tx\n"


@pytest.mark.skipif(shutil.which("cut") is None, reason="no cut")
def test_cut_reads_one_column():
    rows = [{"a": "one\ttwo", "b": 'x\r\ny "z"'}, {"a": "=1", "b": 7}]
    out = render(rows, "tsv", ["a", "b"])
    cut = subprocess.run(["cut", "-f2"], input=out, capture_output=True, text=True, check=True)
    assert cut.stdout == 'b\nx\\r\\ny "z"\n7\n'


def test_cli_guards_csv_cells_unless_raw_csv(tmp_path):
    from clitools import invoke

    source = tmp_path / "f.txt"
    source.write_text('Заголовок\n\n=HYPERLINK("x") сказал Владимир Путин.\n', encoding="utf-8")
    guarded = list(
        csv.DictReader(
            io.StringIO(invoke("segment", "--sentences", "-f", "csv", str(source)).stdout)
        )
    )
    raw = invoke("segment", "--sentences", "-f", "csv", "--raw-csv", str(source)).stdout
    assert guarded[1]["text"].startswith("'=HYPERLINK")
    assert list(csv.DictReader(io.StringIO(raw)))[1]["text"].startswith("=HYPERLINK")


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029"])
def test_json_records_stay_on_their_line_for_every_reader(fmt, separator):
    """JSON allows NEL, U+2028 and U+2029 raw, but str.splitlines() (and editors) break lines
    there: they are escaped, and the value reads back the same."""
    out = io.StringIO()
    rows = [{"text": f"Москва{separator}Париж"}, {"text": "Лондон"}]
    write(rows, out, fmt, header=["text"])
    assert separator not in out.getvalue()
    if fmt == "jsonl":
        assert [json.loads(line) for line in out.getvalue().splitlines()] == rows
    else:
        assert json.loads(out.getvalue()) == rows


@pytest.mark.parametrize(
    "rows, written",
    [
        ([{"doc": "a", "start": 1}], '{"doc":"a","start":1}\n'),
        (['{"doc":"a","start":1}\n'], '{"doc":"a","start":1}\n'),  # already a line: as it is
        ([{"doc": "a"}, '{"doc":"b"}\n'], '{"doc":"a"}\n{"doc":"b"}\n'),
        (['{ "doc" : "spaced" }\n'], '{ "doc" : "spaced" }\n'),  # not rewritten
    ],
)
def test_jsonl_writes_dicts_as_json_and_lines_as_they_are(rows, written):
    stream = io.StringIO()
    write(rows, stream, "jsonl", HEADER)
    assert stream.getvalue() == written


# json_object: a record's JSON written from its fields, against the reference
# json_text(record.to_dict()) on every record type a worker writes lines of, and nested ones
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),  # lone surrogates, control characters, quotes and backslashes
        st.sampled_from(['"', "\\", "\n", "\x85", "\u2028", "\u2029", "\ud800", "ё"]),
    )
)
MAYBE_TEXT = st.none() | ANY_TEXT
MAYBE_INT = st.none() | st.integers()
NUMBER = st.none() | st.integers() | st.floats()  # nan and infinities included
NAMES = st.builds(Name, MAYBE_TEXT, MAYBE_TEXT, MAYBE_TEXT)
COUNTRIES = st.builds(Country, ANY_TEXT, ANY_TEXT)
DATES = st.builds(DateValue, MAYBE_TEXT, MAYBE_TEXT, st.booleans(), st.booleans(), ANY_TEXT)
AMOUNTS = st.builds(Amount, NUMBER, NUMBER, NUMBER, MAYBE_TEXT, MAYBE_TEXT)
MENTIONS = st.builds(
    Mention,
    doc=ANY_TEXT,
    type=ANY_TEXT,
    text=ANY_TEXT,
    normal=MAYBE_TEXT,
    start=st.integers(),
    stop=st.integers(),
    sentence=st.integers(),
    name=st.none() | NAMES,
    section=MAYBE_TEXT,
    related=MAYBE_INT,
    country=st.none() | COUNTRIES,
    form=MAYBE_TEXT,
    date=st.none() | DATES,
    entity=MAYBE_TEXT,
    role=MAYBE_TEXT,
    role_start=MAYBE_INT,
    role_stop=MAYBE_INT,
    amount=st.none() | AMOUNTS,
)
SUMMARIES = st.builds(
    EntitySummary,
    doc=MAYBE_TEXT,
    entity=ANY_TEXT,
    type=ANY_TEXT,
    normal=MAYBE_TEXT,
    count=st.integers(),
    roles=st.lists(ANY_TEXT, max_size=3),
    first=MAYBE_INT,
    name=st.none() | NAMES,
    country=st.none() | COUNTRIES,
    date=st.none() | DATES,
    docs=st.integers(),
    amount=st.none() | AMOUNTS,
    aliases=st.lists(ANY_TEXT, max_size=3),
)
QUOTES = st.builds(
    Quote, ANY_TEXT, ANY_TEXT, st.integers(), st.integers(), MAYBE_TEXT, MAYBE_TEXT, MAYBE_TEXT
)
STRUCTURES = st.builds(
    Structure,
    ANY_TEXT,
    MAYBE_TEXT,
    MAYBE_TEXT,
    MAYBE_INT,
    MAYBE_INT,
    MAYBE_TEXT,
    st.lists(st.builds(Section, ANY_TEXT, st.integers(), st.integers(), MAYBE_INT), max_size=3),
    st.lists(
        st.builds(Teaser, MAYBE_TEXT, MAYBE_TEXT, MAYBE_TEXT, st.integers(), st.integers()),
        max_size=2,
    ),
    st.integers(),
    st.integers(),
)


@given(st.one_of(MENTIONS, SUMMARIES, QUOTES, STRUCTURES, NAMES, AMOUNTS))
def test_json_object_is_the_json_text_of_the_records_dict(record):
    assert on_one_line(json_object(record)) == json_text(record.to_dict())


def test_json_object_of_real_mentions_is_their_json_text():
    mentions = analyze(
        "18 декабря 2015 года глава «Газпрома» Алексей Миллер заявил в Москве, что "
        "«Россия выделит 2,5 млн рублей, или 3% бюджета»."
    ).mentions
    assert {m.type for m in mentions} >= {"PER", "ORG", "LOC", "DATE", "MONEY", "PERCENT"}
    for mention in mentions:
        assert on_one_line(json_object(mention)) == json_text(mention.to_dict())
