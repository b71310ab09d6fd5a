"""Messy real archives: symlink loops, FIFOs, unreadable paths, undecodable file names, legacy
and wide encodings, mostly-valid UTF-8, legacy JSON Lines corpora, odd ids. Real bytes on disk."""

from __future__ import annotations

import codecs
import json
import os
import threading

import pytest

from pressrel.records import Document, DocumentError
from pressrel.sources import (
    DETECT_BYTES,
    DocumentWarning,
    check_encoding,
    count_documents,
    decode,
    read_documents,
)

# Every letter case and ё/Ё, я/Я, ю/Ю (where cp1251 and mac-cyrillic differ), and only characters
# all five Cyrillic code pages have (koi8-r has no «», no long dash, no №).
PARAGRAPH = (
    "Министерство экономического развития России сообщило в пятницу, что рост цен в январе "
    'замедлился. "Мы ожидаем, что инфляция вернётся к целевому уровню уже в этом году", - '
    "заявил заместитель министра Юрий Яковлев. По его словам, объём инвестиций вырос на 4,5%, "
    "а безработица осталась на рекордно низком уровне. Ёмкость рынка труда, по оценкам "
    "экспертов, сохранится до конца года.\r\n"
)


def items_of(*paths, **options):
    """read_documents in a thread: a test that opened a FIFO would block forever, so it fails
    after a timeout instead of hanging the run."""
    found: list = []
    reader = threading.Thread(
        target=lambda: found.extend(read_documents([str(p) for p in paths], **options)),
        daemon=True,
    )
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive(), "read_documents blocked (opened a FIFO?)"
    return found


def ids(items, kind=Document):
    return [item.id for item in items if isinstance(item, kind)]


# Trees


def test_symlink_loop_reads_each_file_once_and_reports_the_loop(tmp_path):
    (tmp_path / "a.txt").write_text("один", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("два", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "sub", tmp_path / "sub" / "up")  # a link to its own folder
    items = items_of(tmp_path)
    assert ids(items) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    errors = [item for item in items if isinstance(item, DocumentError)]
    assert [e.id for e in errors] == [str(tmp_path / "loop"), str(tmp_path / "sub" / "up")]
    assert all("symlink loop" in e.reason for e in errors)
    assert count_documents([str(tmp_path)]) == 2


def test_symlinked_folder_is_followed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("один", encoding="utf-8")
    (tmp_path / "tree").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "tree" / "linked")
    assert ids(items_of(tmp_path / "tree")) == [str(tmp_path / "tree" / "linked" / "a.txt")]


def test_dangling_link_is_an_error_only_when_it_would_be_read(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "gone", tmp_path / "dangling-folder")
    (tmp_path / "ok.txt").write_text("да", encoding="utf-8")
    items = items_of(tmp_path)
    assert ids(items) == [str(tmp_path / "ok.txt")]
    assert ids(items, DocumentError) == [str(tmp_path / "dangling.txt")]


def test_fifo_in_a_folder_and_on_the_command_line_is_skipped_unopened(tmp_path):
    (tmp_path / "a.txt").write_text("один", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.mkfifo(tmp_path / "other")  # not a .txt: ignored like any other file
    items = items_of(tmp_path, tmp_path / "other")
    assert ids(items) == [str(tmp_path / "a.txt")]
    errors = {e.id: e.reason for e in items if isinstance(e, DocumentError)}
    assert errors == {
        str(tmp_path / "pipe.jsonl"): "not a regular file (fifo)",
        str(tmp_path / "pipe.txt"): "not a regular file (fifo)",
        str(tmp_path / "other"): "not a regular file (fifo)",
    }
    assert count_documents([str(tmp_path), str(tmp_path / "other")]) == 1  # no FIFO opened


def test_device_on_the_command_line_is_skipped():
    (error,) = items_of("/dev/null")
    assert error == DocumentError("/dev/null", "not a regular file (character device)")


def test_missing_paths_are_errors_and_the_walk_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("один", encoding="utf-8")
    items = items_of(tmp_path / "no-such-folder", tmp_path / "absent.txt", tmp_path)
    assert [type(item) for item in items] == [DocumentError, DocumentError, Document]
    assert items[0] == DocumentError(str(tmp_path / "no-such-folder"), "No such file or directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and lists whatever the mode says")
def test_unreadable_file_and_unlistable_folder_are_errors(tmp_path):
    (tmp_path / "a.txt").write_text("один", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("тайна", encoding="utf-8")
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "c.txt").write_text("три", encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0)
    (tmp_path / "closed").chmod(0)
    try:
        items = items_of(tmp_path, tmp_path / "closed")
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert ids(items) == [str(tmp_path / "a.txt")]
    assert ids(items, DocumentError) == [
        str(tmp_path / "closed"),
        str(tmp_path / "secret.txt"),
        str(tmp_path / "closed"),
    ]


def test_file_name_that_is_not_utf8_gets_an_escaped_id(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/bad\xff.txt", "wb") as stream:
        stream.write("Москва".encode())
    (doc,) = items_of(tmp_path)
    assert doc.id == f"{tmp_path}/bad\\xff.txt"
    assert doc.text == "Москва"
    doc.id.encode("utf-8")  # printable on stdout
    (named,) = items_of(os.fsdecode(folder + b"/bad\xff.txt"))  # named on the command line
    assert named == doc


# Encodings


WIDE = [
    ("utf-8-sig", b""),
    ("utf-16", b""),  # Python writes the BOM
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),  # no BOM: told by its high bytes
    ("utf-16-be", b""),
    ("utf-32", b""),
    ("utf-32-be", codecs.BOM_UTF32_BE),
]
LEGACY = ["cp1251", "koi8-r", "cp866", "iso8859-5", "mac-cyrillic"]


@pytest.mark.parametrize(("codec", "bom"), WIDE, ids=[f"{c}{'+bom' if b else ''}" for c, b in WIDE])
def test_unicode_encodings_round_trip(tmp_path, codec, bom):
    path = tmp_path / "doc.txt"
    path.write_bytes(bom + PARAGRAPH.encode(codec))
    assert items_of(path) == [Document(str(path), PARAGRAPH)]


@pytest.mark.parametrize("codec", LEGACY)
def test_cyrillic_code_pages_round_trip(tmp_path, codec):
    path = tmp_path / "doc.txt"
    path.write_bytes(PARAGRAPH.encode(codec))
    assert items_of(path) == [Document(str(path), PARAGRAPH)]


@pytest.mark.parametrize("codec", LEGACY)
@pytest.mark.parametrize(
    "text",
    ["Москва", "Новости дня: в Москве прошла встреча", "ЦБ РФ повысил ставку", "Сбербанк России"],
)
def test_short_texts_in_cyrillic_code_pages(text, codec):
    """charset-normalizer alone reads several of these wrongly (mac-cyrillic as cp1251 above
    all); the letter-frequency check fixes them."""
    assert decode(text.encode(codec)) == text


def test_western_text_is_not_taken_for_cyrillic():
    with pytest.raises(ValueError, match="no known Cyrillic encoding"):
        decode("Le café est très bon, à côté de la gare.".encode("cp1252"))


@pytest.mark.parametrize("name", ["utf-8", "utf8", "UTF-8"])
def test_forced_utf8_drops_the_bom(tmp_path, name):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Привет".encode())
    assert items_of(path, encoding=name) == [Document(str(path), "Привет")]


def test_nul_bytes_that_are_not_utf16_are_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (error,) = items_of(path)
    assert isinstance(error, DocumentError) and "binary" in error.reason


def test_mostly_valid_utf8_is_read_with_replacements_and_a_warning(tmp_path):
    head, tail = PARAGRAPH[:100], PARAGRAPH[100:] * 3
    path = tmp_path / "damaged.txt"
    path.write_bytes(head.encode() + b"\xff" + tail.encode())  # one stray byte
    warning, doc = items_of(path)
    assert warning == DocumentWarning(str(path), warning.message)
    assert "1 invalid byte" in warning.message and "U+FFFD" in warning.message
    assert doc == Document(str(path), head + "\ufffd" + tail)


def test_ascii_with_a_few_cp1251_bytes_is_cp1251_not_damaged_utf8(tmp_path):
    text = "Press release. " * 60 + "Москва"  # under 1% of the bytes invalid as UTF-8
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("cp1251"))
    assert items_of(path) == [Document(str(path), text)]


def test_check_encoding():
    assert check_encoding("cp1251") == "cp1251"
    assert check_encoding("windows-1251") == "cp1251"
    assert check_encoding("UTF8") == "utf-8"
    assert check_encoding("KOI8_R") == "koi8-r"
    for name in ("rot13", "base64", "zlib", "hex"):
        with pytest.raises(ValueError, match="not a text encoding"):
            check_encoding(name)
    with pytest.raises(ValueError, match="unknown encoding"):
        check_encoding("klingon")


def test_non_text_codec_given_is_an_error_record(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"text")
    (error,) = items_of(path, encoding="rot13")
    assert isinstance(error, DocumentError) and "not a text encoding" in error.reason


# JSON Lines corpora


def write_corpus(path, rows, codec="utf-8", bom=b""):
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_bytes(bom + lines.encode(codec))


SHORT = ["Москва", "няня", "ПРЕСС-РЕЛИЗ", "Путин прибыл в Сочи", "Заявление МИД", "объём"]


def test_koi8r_corpus_of_short_lines_is_detected_once_for_the_file(tmp_path):
    """Alone, "няня" and "ПРЕСС-РЕЛИЗ" in koi8-r read as cp1251 ("ОСОС"): the file decides."""
    corpus = tmp_path / "legacy.jsonl"
    write_corpus(corpus, [{"id": f"n{i}", "text": t} for i, t in enumerate(SHORT)], "koi8-r")
    assert items_of(corpus) == [Document(f"n{i}", t) for i, t in enumerate(SHORT)]


def test_utf16_corpus(tmp_path):
    corpus = tmp_path / "wide.jsonl"
    write_corpus(corpus, [{"text": t} for t in SHORT], "utf-16")
    assert items_of(corpus) == [Document(f"{corpus}:{i}", t) for i, t in enumerate(SHORT, 1)]


def test_line_not_in_the_corpus_encoding_is_an_error_for_that_line(tmp_path):
    corpus = tmp_path / "news.jsonl"
    good = json.dumps({"id": "a", "text": PARAGRAPH}, ensure_ascii=False).encode() + b"\n"
    legacy = json.dumps({"id": "b", "text": "Москва"}, ensure_ascii=False).encode("cp1251")
    corpus.write_bytes(good + legacy + b"\n" + good.replace(b'"a"', b'"c"'))
    items = items_of(corpus)
    assert ids(items) == ["a", "c"]
    (error,) = [item for item in items if isinstance(item, DocumentError)]
    assert (error.id, error.line) == (f"{corpus}:2", 2)
    assert "cannot decode as utf-8" in error.reason


def test_damaged_corpus_line_gets_a_warning(tmp_path):
    corpus = tmp_path / "news.jsonl"
    line = json.dumps({"id": "a", "text": PARAGRAPH * 2}, ensure_ascii=False).encode()
    corpus.write_bytes(line[:300] + b"\xfe" + line[300:] + b"\n")
    warning, doc = items_of(corpus)
    assert warning == DocumentWarning(f"{corpus}:1", warning.message)
    assert doc.id == "a" and "\ufffd" in doc.text


def test_corpus_larger_than_the_detection_head(tmp_path):
    """Lines and characters cut by the head's boundary are read whole."""
    corpus = tmp_path / "big.jsonl"
    rows = [{"id": str(i), "text": f"Сообщение номер {i}: всё в порядке."} for i in range(25000)]
    write_corpus(corpus, rows, "cp1251")
    assert corpus.stat().st_size > DETECT_BYTES
    items = items_of(corpus)
    assert [(d.id, d.text) for d in items] == [(r["id"], r["text"]) for r in rows]
    assert count_documents([str(corpus)]) == len(rows)


def test_corpus_ids(tmp_path):
    corpus = tmp_path / "ids.jsonl"
    corpus.write_text(
        '{"id": 1, "text": "а"}\n'
        '{"id": 1.5, "text": "б"}\n'
        '{"id": true, "text": "в"}\n'
        '{"id": {"a": 1}, "text": "г"}\n'
        '{"id": [1], "text": "д"}\n'
        '{"id": null, "text": "е"}\n'
        '{"id": "x\\ud800", "text": "ж\\udc00"}\n',
        encoding="utf-8",
    )
    items = items_of(corpus)
    assert items == [
        Document("1", "а"),
        Document("1.5", "б"),
        Document("true", "в"),
        DocumentError(f"{corpus}:4", "id must be a string or a number, not an object", line=4),
        DocumentError(f"{corpus}:5", "id must be a string or a number, not an array", line=5),
        Document(f"{corpus}:6", "е"),
        Document("x\\ud800", "ж\udc00"),  # the id escaped, the text as it is
    ]
    for item in items:
        item.id.encode("utf-8")


@pytest.mark.slow  # pressrel as a subprocess
def test_a_corpus_on_a_pipe_is_read_as_it_comes():
    """The first document of a JSONL stream comes out before the stream has 1 MB (or ends)."""
    first = '{"id": "first", "text": "Заголовок\\n\\nТекст."}\n'
    line, _ = first_record_of_a_pipe("jsonl", first, "")
    assert b'"doc":"first"' in line


def first_record_of_a_pipe(input_format: str, first: str, rest: str) -> tuple[bytes, bytes]:
    """`pressrel segment -` fed first, then (once its first record is out) rest: that first
    record's line, and the rest of stdout."""
    import subprocess
    import sys
    import threading

    command = [sys.executable, "-m", "pressrel", "segment", "-", "--input-format", input_format]
    proc = subprocess.Popen([*command, "-q"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    proc.stdin.write(first.encode())
    proc.stdin.flush()
    watchdog = threading.Timer(60, proc.kill)  # a pressrel that waits for more never answers
    watchdog.start()
    line = proc.stdout.readline()  # the pipe is still open: only the first part has come
    watchdog.cancel()
    proc.stdin.write(rest.encode())
    proc.stdin.close()
    others = proc.stdout.read()
    assert proc.wait(timeout=30) == 0
    return line, others


def test_a_character_straddling_the_detection_window_does_not_rule_out_utf8(tmp_path):
    """Issue 22: a first line over 1 MiB, mostly ASCII, with a 2-byte character across byte
    1,048,576, was decoded whole as cp1251."""
    corpus = tmp_path / "long.jsonl"
    prefix = b'{"id": "big", "text": "'
    padding = b"a" * (DETECT_BYTES - 1 - len(prefix))
    line = prefix + padding + "яблоко и Москва".encode() + b'"}\n'
    assert line[DETECT_BYTES - 1 : DETECT_BYTES + 1] == "я".encode()  # cut by the window
    corpus.write_bytes(line + '{"id": "small", "text": "Москва"}\n'.encode())
    items = items_of(corpus)
    assert [item.id for item in items] == ["big", "small"]
    assert items[0].text.endswith("яблоко и Москва") and items[1].text == "Москва"


def test_a_corpus_line_nested_1000_deep_is_an_error_for_that_line(tmp_path):
    """Issue 22: a JSONL line nested 1,000 deep in an unrelated key raised RecursionError
    outside the per-line guard: the whole run died."""
    corpus = tmp_path / "deep.jsonl"
    deep = '{"id": "deep", "text": "Москва", "extra": ' + "[" * 1000 + "]" * 1000 + "}"
    corpus.write_text(deep + '\n{"id": "after", "text": "Путин"}\n', encoding="utf-8")
    error, document = items_of(corpus)
    assert isinstance(error, DocumentError) and error.line == 1
    assert "nested too deeply" in error.reason
    assert document == Document("after", "Путин")


def test_a_folder_tree_500_levels_deep_is_walked(tmp_path):
    """Issue 22: a tree about 490 levels deep crashed the recursive walk."""
    folder = tmp_path
    for level in range(500):
        folder = folder / "d"
        folder.mkdir()
        if level in (0, 250):
            (folder / "b.txt").write_text("Москва", encoding="utf-8")
    (folder / "a.txt").write_text("Путин", encoding="utf-8")
    (folder / "loop").symlink_to(tmp_path / "d")
    items = items_of(tmp_path)
    texts = [item.text for item in items if isinstance(item, Document)]
    assert texts == ["Москва", "Москва", "Путин"]  # depth-first, sorted: b.txt after d/
    (loop,) = [item for item in items if isinstance(item, DocumentError)]
    assert "symlink loop" in loop.reason


# JSON arrays: a .json file of {"id", "text"} objects is a corpus, one document an item


def test_a_json_array_is_a_corpus_with_errors_per_item(tmp_path):
    """Issue 22: a .json array of documents named on the command line was refused (before:
    read as one plain-text document), and skipped in a folder."""
    corpus = tmp_path / "news.json"
    corpus.write_text(
        '[\n {"id": "a", "text": "Москва"},\n {"text": "Пекин", "title": "ignored"},\n'
        ' 5, {"id": {"x": 1}, "text": "г"}, {"id": 7},\n'
        ' {"id": 2.5, "text": "Рим"}, {"id": "x\\ud800", "text": "ж"}\n]\n',
        encoding="utf-8",
    )
    items = items_of(corpus)
    assert items == [
        Document("a", "Москва"),
        Document(f"{corpus}:2", "Пекин"),
        DocumentError(
            f"{corpus}:3", "a corpus item must be a JSON object with a 'text' key", line=3
        ),
        DocumentError(f"{corpus}:4", "id must be a string or a number, not an object", line=4),
        DocumentError(f"{corpus}:5", "no string 'text' key", line=5),
        Document("2.5", "Рим"),
        Document("x\\ud800", "ж"),
    ]
    assert [(d.source, d.line) for d in items if isinstance(d, Document)][:2] == [
        (str(corpus), 1),
        (str(corpus), 2),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"id": "a", "text": "x"}', "must be an array"),
        ("", "must be an array"),
        ('[{"id": "a", "text": "Москва"}, {"id": "b", "text": }]', "invalid JSON"),
        ('[{"id": "a", "text": "Москва"} {"id": "b", "text": "x"}]', "expecting ',' or ']'"),
        ('[{"id": "a", "text": "Москва"}, {"id": "b", "text": "x"', "invalid JSON"),
        ('[{"id": "a", "text": "Москва"}, ' + "[" * 1000 + "]" * 1000 + "]", "nested too deeply"),
    ],
)
def test_a_broken_json_array_keeps_the_items_before_the_break(tmp_path, content, reason):
    """A syntax error leaves no way to find the next item: reading that file stops there."""
    corpus = tmp_path / "broken.json"
    corpus.write_text(content, encoding="utf-8")
    *documents, error = items_of(corpus)
    assert documents == ([Document("a", "Москва")] if content.startswith("[") else [])
    assert isinstance(error, DocumentError) and reason in error.reason
    assert error.id == (f"{corpus}:2" if documents else str(corpus))


def test_json_arrays_are_read_in_folders_compressed_and_in_legacy_encodings(tmp_path):
    import gzip

    array = '[{"id": "a", "text": "Москва"}, {"id": "b", "text": "Ёлка"}]'
    (tmp_path / "one.json").write_bytes(array.encode("cp1251"))
    (tmp_path / "two.json.gz").write_bytes(gzip.compress(array.replace('"a"', '"c"').encode()))
    (tmp_path / "three.json").write_bytes(array.replace('"a"', '"d"').encode("utf-16"))
    items = items_of(tmp_path)
    assert [(d.id, d.text) for d in items] == [
        ("a", "Москва"), ("b", "Ёлка"), ("d", "Москва"), ("b", "Ёлка"), ("c", "Москва"), ("b", "Ёлка")
    ]  # fmt: skip
    assert count_documents([str(tmp_path)]) == 6  # the progress bar's total


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        '[{"id": "a", "text": "Дума"}]',
        '  [ {"id": "a", "text": "Дума ] } [ {"}, {"id": "b", "text": "а\\"}]',  # marks in strings
        '[{"id": "a", "text": "Дума"}, {"id": 1}, 7, {"text": "Сочи"}]',  # items that are no document
        '[{"id": "a", "text": "Дума"}, {"id": "b", "text": "Сочи"',  # ends inside an item
        '[{"id": "a", "text": "Дума"} {"id": "b", "text": "Сочи"}]',  # a comma missing
        '{"id": "a", "text": "Дума"}',  # no array
        "",
    ],
)
def test_an_array_counts_as_many_documents_as_it_gives(tmp_path, content):
    """The progress total of a JSON array: its items and errors, each as reading gives them."""
    corpus = tmp_path / "a.json"
    corpus.write_text(content, encoding="utf-8")
    assert count_documents([str(corpus)]) == len(items_of(corpus))
    assert count_documents([str(corpus), "-"]) is None  # stdin: not known before it is read


def test_a_json_array_is_read_item_by_item(tmp_path):
    """Streamed: a big array is never held whole, and items longer than a read come whole."""
    from pressrel.sources import arrays

    long_text = "Москва " * 50_000  # 350,000 characters: many reads
    items = [{"id": str(n), "text": long_text if n % 3 == 0 else f"№{n}"} for n in range(30)]
    corpus = tmp_path / "big.json"
    corpus.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    with open(corpus, "rb") as stream:
        read = list(arrays.read_array(str(corpus), stream, None, chunk=4096))
    assert [(d.id, d.text) for d in read] == [(i["id"], i["text"]) for i in items]


@pytest.mark.slow  # pressrel as a subprocess
def test_a_json_array_on_a_pipe_is_analysed_as_it_comes():
    """The first item of an array on stdin comes out before the array ends."""
    first = '[{"id": "first", "text": "Заголовок\\n\\nТекст."},\n'
    line, rest = first_record_of_a_pipe("json", first, '{"id": "second", "text": "x"}]')
    assert b'"doc":"first"' in line and b'"doc":"second"' in rest
