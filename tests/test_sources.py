"""Reading documents: folders, encodings, newlines kept as they are."""

from __future__ import annotations

import json
import sys

import pytest

from pressrel.compression import OPENERS
from pressrel.records import Document, DocumentError
from pressrel.sources import DocumentWarning, read_documents

from clitools import invoke


def test_folders_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("два", encoding="utf-8")
    (tmp_path / "a.txt").write_text("один", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "три"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skip", encoding="utf-8")
    items = list(read_documents([str(tmp_path)]))
    ids = [d.id for d in items if isinstance(d, Document)]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), "c1"]
    (skipped,) = [item for item in items if isinstance(item, DocumentWarning)]
    assert skipped.id == str(tmp_path) and skipped.message.startswith("skipped 1 .md file;")


def test_cp1251_is_detected_and_bom_dropped(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Министр связи Николай Никифоров посетил Пекин.".encode("cp1251"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffПривет".encode())
    docs = list(read_documents([str(legacy), str(bom)]))
    assert docs[0].text == "Министр связи Николай Никифоров посетил Пекин."
    assert docs[1].text == "Привет"


def test_crlf_is_kept(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("Строка один.\r\nСтрока два.\r\n".encode())
    (doc,) = read_documents([str(path)])
    assert doc.text == "Строка один.\r\nСтрока два.\r\n"


def test_binary_and_missing_files_are_error_records(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    items = list(read_documents([str(binary), str(tmp_path / "nope.txt")]))
    assert len(items) == 2 and all(isinstance(item, DocumentError) for item in items)
    assert "binary" in items[0].reason


def test_forced_encoding(tmp_path):
    path = tmp_path / "koi.txt"
    path.write_bytes("Москва".encode("koi8-r"))
    assert list(read_documents([str(path)], encoding="koi8-r")) == [Document(str(path), "Москва")]


def test_compressed_text_and_corpora_are_read(tmp_path):
    """Issue 22: gzip/bz2/xz-compressed .txt and .jsonl were skipped in folders and read as
    binary when named."""
    import bz2
    import gzip
    import lzma

    (tmp_path / "a.txt.gz").write_bytes(gzip.compress("Москва".encode()))
    (tmp_path / "b.jsonl.bz2").write_bytes(
        bz2.compress('{"id": "b1", "text": "Пекин"}\n{"id": "b2", "text": "Рим"}\n'.encode())
    )
    (tmp_path / "c.TXT.xz").write_bytes(lzma.compress("Париж".encode("cp1251")))
    items = list(read_documents([str(tmp_path)]))
    assert [(d.id, d.text) for d in items] == [
        (str(tmp_path / "a.txt.gz"), "Москва"),
        ("b1", "Пекин"),
        ("b2", "Рим"),
        (str(tmp_path / "c.TXT.xz"), "Париж"),
    ]
    assert [d.id for d in read_documents([str(tmp_path / "b.jsonl.bz2")])] == ["b1", "b2"]
    damaged = tmp_path / "d.jsonl.gz"
    damaged.write_bytes(gzip.compress(b'{"id": "d1", "text": "x"}\n' * 1000)[:-30])
    *documents, error = read_documents([str(damaged)])
    assert isinstance(error, DocumentError) and "damaged .gz data" in error.reason


def test_files_pressrel_does_not_read_are_named(tmp_path):
    """Issue 22: .json, .csv, .docx, .gz named on the command line were read as text (or as
    "binary file (NUL bytes)"), and a folder of them gave 0 documents, exit 0, without a word."""
    import gzip

    names = ["a.xml", "b.csv", "c.docx", "d.tar.gz", "e.odt"]
    for name in names:
        (tmp_path / name).write_bytes(b'[{"id": 1, "text": "x"}]')
    (tmp_path / "d.tar.gz").write_bytes(gzip.compress(b"tar"))
    for name in names:
        (error,) = read_documents([str(tmp_path / name)])
        assert isinstance(error, DocumentError) and "pressrel does not read" in error.reason
        assert ".txt, .jsonl, .ndjson" in error.reason
    (forced,) = read_documents([str(tmp_path / "a.xml")], "text")  # as the user says
    assert forced.text == '[{"id": 1, "text": "x"}]'
    (error,) = read_documents([str(tmp_path)])
    assert isinstance(error, DocumentError) and error.id == str(tmp_path)
    assert error.reason.startswith("no file pressrel reads (skipped 1 .csv file, 1 .docx file")


@pytest.mark.parametrize("command", ["entities", "quotes", "segment", "stats"])
@pytest.mark.parametrize("input_kind", ["empty folder", "unread kinds", "empty corpus", "[]"])
@pytest.mark.parametrize("quiet", [(), ("-q",)])
def test_a_run_that_finds_no_document_fails(tmp_path, command, input_kind, quiet):
    """Issue 22: an empty folder gave `0 documents ... 0 errors`, exit 0 (with -q, nothing)."""
    folder = tmp_path / "in"
    folder.mkdir()
    if input_kind == "unread kinds":
        (folder / "a.docx").write_bytes(b"PK")
    elif input_kind == "empty corpus":
        (folder / "a.jsonl").write_text("\n")
    elif input_kind == "[]":
        (folder / "a.json").write_text("[]")
    result = invoke(command, str(folder), "-f", "jsonl", *quiet)
    assert result.exit_code == 1 and result.stdout in ("", "[]\n")
    assert "Error: " in result.stderr and "reads .txt, .jsonl" in result.stderr


# HTML pages, through pressrel[html] (trafilatura)

PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="{charset}">
<title>Губернатор открыл новую школу | Новости области</title>
<meta property="article:published_time" content="2016-03-04T12:00:00+03:00">
</head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/contacts">Контакты</a></nav>
<article><h1>Губернатор открыл новую школу</h1>
<p>Губернатор области Иван Петров открыл в пятницу новую школу на 800 мест в Заречном районе.
Строительство обошлось бюджету в 1,2 млрд рублей.</p>
<p>«Это лучшая школа, которую мы строили за последние годы», — сказал Иван Петров журналистам.</p>
</article>
<footer>© Пресс-служба правительства области. Все права защищены.</footer>
</body></html>
"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251"])
def test_an_html_page_gives_its_text_title_and_date(tmp_path, charset):
    pytest.importorskip("trafilatura")
    page = tmp_path / "school.html"
    page.write_bytes(PAGE.format(charset=charset).encode(charset))
    (document,) = read_documents([str(page)])
    assert document.id == str(page)
    title, date, *paragraphs = document.text.split("\n\n")
    assert title.startswith("Губернатор открыл новую школу") and date == "2016-03-04"
    assert paragraphs[0].startswith("Губернатор области Иван Петров открыл")
    assert "сказал Иван Петров" in paragraphs[-1]
    assert "Главная" not in document.text and "Все права защищены" not in document.text


def test_html_pages_are_analysed_with_their_date(tmp_path):
    """The page's date is the document's own: "в пятницу" resolves against it."""
    pytest.importorskip("trafilatura")
    (tmp_path / "a.htm").write_bytes(PAGE.format(charset="utf-8").encode())
    (tmp_path / "empty.html").write_bytes(b"<html><body></body></html>")
    result = invoke("entities", str(tmp_path), "-t", "PER,DATE", "-f", "jsonl", "-q")
    assert result.exit_code == 1  # the empty page
    assert "empty.html: no text found in the HTML page" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["normal"] for r in records if r["type"] == "PER"} == {"Иван Петров"}
    friday = next(r for r in records if r["text"] == "в пятницу")
    assert friday["date"]["value"] == "2016-03-04" and friday["date"]["relative"]


def test_without_the_html_extra_pages_are_named(tmp_path, monkeypatch):
    """Without trafilatura: a page named is an error naming the extra; a folder's pages are
    named with the files it skips."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import's own "not installed"
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.format(charset="utf-8").encode())
    (error,) = read_documents([str(page)])
    assert isinstance(error, DocumentError)
    assert error.reason == "reading HTML pages needs the html extra: pip install 'pressrel[html]'"
    (error,) = read_documents([str(tmp_path)])
    assert "skipped 1 .html file" in error.reason and "pressrel[html]" in error.reason


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
def test_a_compressed_html_page_reads_as_the_page(tmp_path, suffix):
    """``a.html.gz`` is the page ``a.html`` compressed: named, or in a folder, it gives the
    page's document (text, title and date), not "pressrel does not read .gz files"."""
    pytest.importorskip("trafilatura")
    data = PAGE.format(charset="utf-8").encode()
    plain = tmp_path / "plain" / "school.html"
    plain.parent.mkdir()
    plain.write_bytes(data)
    packed = tmp_path / "packed" / f"school.html{suffix}"
    packed.parent.mkdir()
    with OPENERS[suffix](packed, "wb") as out:
        out.write(data)
    (expected,) = read_documents([str(plain)])
    for path in (packed, packed.parent):
        (document,) = read_documents([str(path)])
        assert isinstance(document, Document) and document.id == str(packed)
        assert document.text == expected.text
