"""lang.fold: the one comparison key of text, and plain(), which keeps offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrel.lang.fold import fold, name_key, plain


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Семёнов", "СЕМЕНОВ"),
        ("Кот-д’Ивуар", "кот-д'ивуар"),
        ("Нью‑Йорк", "нью-йорк"),  # non-breaking hyphen
        ("Ёлкин", "елкин"),
    ],
)
def test_spellings_of_one_word_fold_alike(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("Иванов", "Иваново"), ("мир", "мор"), ("е-мейл", "е мейл")])
def test_other_words_stay_apart(a, b):
    assert fold(a) != fold(b)


@given(st.text())
def test_plain_keeps_the_length(text):
    assert len(plain(text)) == len(text)


TYPOGRAPHY = str.maketrans({"ё": "е", "Ё": "Е", "’": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})


@given(st.text(alphabet=st.sampled_from("ёЁ’ʼ`‐‑еЕ'- аzЖ\n")) | st.text())
def test_plain_is_the_translation_of_its_marks(text):
    """plain replaces the marks one by one: the same text as translating them all at once."""
    assert plain(text) == text.translate(TYPOGRAPHY)


@pytest.mark.parametrize(
    ("name", "key"), [("В.", "в"), ("Ёлкин", "елкин"), (None, ""), ("ОАО «РЖД».", "оао «ржд»")]
)
def test_a_name_key_drops_the_trailing_dot(name, key):
    """resolve and orgs.ids compare names by it: the initials "В." and "В" are one."""
    assert name_key(name) == key


def test_a_name_key_is_read_once_per_name():
    """resolve and orgs.ids ask the key of the same names at every comparison: cached."""
    name_key.cache_clear()
    assert [name_key("Пётр"), name_key("Пётр"), name_key("Петр")] == ["петр"] * 3
    assert (name_key.cache_info().hits, name_key.cache_info().misses) == (1, 2)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # an old spelling's final hard sign is no letter of the name
        ("Коммерсантъ", "коммерсант"),
        ("«Коммерсантъ-Деньги»", "«коммерсант-деньги»"),
        # a hard sign inside a word is one
        ("Подъячев", "подъячев"),
        ("ъ", "ъ"),
    ],
)
def test_a_name_key_drops_an_old_final_hard_sign(name, key):
    assert name_key(name) == key
