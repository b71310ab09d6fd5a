"""Reading documents: folders, encodings, newlines kept as they are."""

from __future__ import annotations

from pressrel.records import Document, DocumentError
from pressrel.sources import read_documents


def test_folders_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("два", encoding="utf-8")
    (tmp_path / "a.txt").write_text("один", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "три"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skip", encoding="utf-8")
    ids = [d.id for d in read_documents([str(tmp_path)])]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), "c1"]


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
