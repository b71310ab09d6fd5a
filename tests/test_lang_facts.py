"""The shared facts of Russian text in ``lang``, each at its own entry point: quotation marks
(``marks``), parts of speech and agreement (``grammar``), letters and word patterns
(``letters``), the endings of Russian surnames (``surnames``)."""

from __future__ import annotations

import re

import pytest

from pressrel import analyze
from pressrel.lang import grammar, letters, marks, morph, surnames


@pytest.mark.parametrize(
    ("mark", "opening", "closing"),
    [
        ("«", True, False),
        ("„", True, False),
        ("»", False, True),
        ("”", False, True),
        ("“", True, True),  # opens “…”, closes „…“
        ('"', True, True),
        ("'", False, False),  # an apostrophe: "Кот-д'Ивуар"
        ("(", False, False),
    ],
)
def test_which_marks_open_and_close(mark, opening, closing):
    assert (mark in marks.OPENING, mark in marks.CLOSING) == (opening, closing)
    assert (mark in marks.QUOTES) == (opening or closing)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("«Почта России»", ("«", "»")),
        ("„Новая газета“", ("„", "“")),
        ("“Talk Talk”", ("“", "”")),
        ('"Вымпелком"', ('"', '"')),
    ],
)
def test_each_opening_mark_has_its_closing_one(text, pair):
    assert (text[0], marks.PAIRS[text[0]]) == pair == (text[0], text[-1])


def test_typographic_pairs_leave_out_the_straight_quote():
    assert marks.TYPOGRAPHIC_PAIRS == {"«": "»", "„": "“", "“": "”"}


@pytest.mark.parametrize(
    ("text", "open_marks"),
    [
        ("директор «Ромашки", ("«",)),
        ("директор «Ромашки»", ()),
        ("„Новая газета“", ()),  # the German-style pair: “ closes
        ("“Talk Talk”", ()),  # the English-style pair: “ opens
        ('"Вымпелком"', ()),
        ('"Вымпелком', ('"',)),
        ("движения «Молодая гвардия „Единой России“", ("«",)),  # nested quotes
        ("движения «Молодая гвардия „Единой России", ("«", "„")),
        ("«Клуб “Talk Talk", ("«", "“")),
        ("Ромашка» и «Лютик»", ()),  # a stray closing mark opens nothing
        ("Кот-д'Ивуар", ()),
    ],
)
def test_the_quotes_a_text_leaves_open(text, open_marks):
    assert marks.unclosed(text) == open_marks


@pytest.mark.parametrize(
    ("mark", "before", "after"),
    [("«", (), ("«",)), ("»", ("«",), ()), ("“", ("„",), ()), ("“", ("«",), ("«", "“"))]
    + [("”", (), ()), ("а", ("«",), ("«",))],
)
def test_each_mark_opens_or_closes_the_innermost_quote(mark, before, after):
    assert marks.after_mark(mark, before) == after


def _agree(adjective: str, noun: str) -> bool:
    """Whether some adjective reading of the first word agrees with some noun reading of the
    second."""
    adjectives = [p for p in morph.parses(adjective) if grammar.is_adjective(p)]
    nouns = [p for p in morph.parses(noun) if grammar.is_noun(p)]
    return any(grammar.agrees(a, n) for a in adjectives for n in nouns)


@pytest.mark.parametrize(
    ("adjective", "noun", "agree"),
    [
        ("японским", "парламентом", True),
        ("Московского", "университета", True),
        ("новых", "домах", True),  # plural: no gender to agree in
        ("густом", "лесу", True),  # the second locative is the locative
        ("новая", "дом", False),  # gender
        ("новые", "дом", False),  # number
        ("новому", "дома", False),  # case
        ("главный", "судья", True),  # a noun of common gender: a man
        ("главная", "судья", True),  # or a woman
        ("главное", "судья", False),  # but nothing neuter
        ("знакомого", "премьер-министра", True),  # an animate accusative
        ("знакомый", "премьер-министра", False),  # the accusative shows animacy
        ("новые", "друзей", False),
    ],
)
def test_an_adjective_agrees_with_its_noun_in_case_number_and_gender(adjective, noun, agree):
    assert _agree(adjective, noun) is agree


@pytest.mark.parametrize(
    ("word", "noun", "adjective"),
    [("компания", True, False), ("Московского", False, True), ("избранная", False, True)],
)
def test_a_best_reading_is_a_noun_or_an_adjective(word, noun, adjective):
    best = morph.parses(word)[0]
    assert (grammar.is_noun(best), grammar.is_adjective(best)) == (noun, adjective)


@pytest.mark.parametrize(
    ("word", "pos"),
    [("в", "PREP"), ("и", "CONJ"), ("быстро", "ADVB"), ("компания", "NOUN"), ("123", None)],
)
def test_the_part_of_speech_of_a_word_is_its_best_readings(word, pos):
    assert grammar.first_pos(word) == pos


@pytest.mark.parametrize(
    ("word", "only_verbal", "maybe_verbal"),
    [
        ("собрались", True, True),
        ("читая", True, True),  # a gerund
        ("вчера", True, True),  # an adverb
        ("стали", False, True),  # a verb, or the noun "сталь"
        ("быстро", False, True),  # an adverb, or a short adjective
        ("компания", False, False),
        ("123", False, False),
    ],
)
def test_a_word_is_verbal_in_every_reading_or_may_be_in_one(word, only_verbal, maybe_verbal):
    assert grammar.is_verbal(word) is only_verbal
    assert grammar.may_be_verbal(word) is maybe_verbal


@pytest.mark.parametrize(
    ("letter", "vowel", "consonant"),
    [("а", True, False), ("ё", True, False), ("я", True, False), ("б", False, True)]
    + [("щ", False, True), ("й", False, False), ("ь", False, False), ("ъ", False, False)],
)
def test_letters_are_vowels_consonants_or_neither(letter, vowel, consonant):
    assert (letter in letters.VOWELS, letter in letters.CONSONANTS) == (vowel, consonant)


@pytest.mark.parametrize(("word", "groups"), [("Цзиньтао", 2), ("Ын", 1), ("Ортега", 3)])
def test_vowel_groups_count_syllables(word, groups):
    assert len(letters.VOWEL_GROUP.findall(word.lower())) == groups


@pytest.mark.parametrize(
    ("text", "word", "cyrillic"),
    [
        ("Нью-Йорк", True, True),
        ("Ёлкин", True, True),
        ("Газпром нефть", False, True),
        ("Сбербанк2", False, True),
        ("-Москва", False, True),
        ("Alibaba", False, False),
        ("", False, False),
    ],
)
def test_a_cyrillic_word_and_a_text_with_cyrillic(text, word, cyrillic):
    assert letters.is_cyrillic_word(text) is word
    assert letters.has_cyrillic(text) is cyrillic


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("в Санкт-Петербурге и Нью-Йорке", ["в", "Санкт-Петербурге", "и", "Нью-Йорке"]),
        ("ООО «Ромашка-2»", ["ООО", "Ромашка"]),
        ("Alibaba и Tencent", ["и"]),
    ],
)
def test_cyrillic_words_keep_their_hyphenated_parts(text, words):
    assert letters.CYRILLIC_WORD.findall(text) == words


@pytest.mark.parametrize(
    ("text", "before"),
    [("главой японского МИДа", "японского"), ("представитель пресс-службы X", "пресс-службы")],
)
def test_the_run_before_a_span_is_letters_and_hyphens(text, before):
    start = text.rindex(" ") + 1
    assert re.search(rf"({letters.CYRILLIC_RUN}) $", text[:start])[1] == before


@pytest.mark.parametrize(
    ("text", "words"),
    [("по вопросам ИКТ-компаний 2024", ["по", "вопросам", "ИКТ-компаний", "2024"])],
)
def test_hyphenated_words_of_any_letters_and_digits(text, words):
    assert letters.HYPHENATED.findall(text) == words


@pytest.mark.parametrize(
    ("text", "quoted"),
    [("'Ferrero'", True), ("''Wall Street Journal''", True), ("«Ведомости»", True)]
    + [("Кот-д'Ивуар", False), ("О'Нил", False)],
)
def test_straight_single_quotes_quote_a_name_round_it(text, quoted):
    first, last = text[0], text[-1]
    assert (first in marks.NAME_OPENING and marks.NAME_PAIRS[first] == last) is quoted


@pytest.mark.parametrize(
    ("surname", "gender", "russian"),
    [
        ("Кадышева", "femn", True),
        ("Белоусова", "femn", True),
        ("Тарасёва", "femn", True),
        ("Бердымухамедов", "masc", True),
        ("Ковалёв", "masc", True),
        ("Непомнящий", "masc", True),  # adjectival, whatever the consonant before the ending
        ("Звягинцевский", "masc", True),
        ("Толстой", "masc", True),
        ("Яровая", "femn", True),
        ("Раскина", "femn", False),  # -ина: Russian, but Chinese syllables end so too
        ("Остин", None, False),  # -ин: foreign names end so too
        ("Ына", "femn", False),
        ("Шевченко", None, False),
        ("Меркель", None, False),
    ],
)
def test_the_endings_of_russian_surnames(surname, gender, russian):
    assert surnames.ending_gender(surname) == gender
    assert surnames.has_russian_ending(surname) is russian


@pytest.mark.parametrize("word", ["\U00017000", "a\U00017000", "Иван\U000e01f0", "\U0010fffe"])
def test_a_character_without_a_unicode_name_is_read_as_unknown(word):
    """pymorphy2 raises ValueError on a character unicodedata cannot name; morph.parses reads
    the word anyway, and the pipeline analyses the text around it."""
    assert morph.parses(word)
    assert [m.text for m in analyze(f"{word} Иван Петров приехал.").mentions if m.type == "PER"]


@pytest.mark.parametrize(
    ("word", "first_case", "indeclinable"),
    [
        ("Анне", "datv", True),  # Анна's dative before the indeclinable Анне
        ("министра", "gent", False),
    ],
)
def test_a_words_declinable_readings_come_first_with_their_facts(word, first_case, indeclinable):
    from pressrel.lang import morph

    readings = morph.declinable_first_facts(word)
    assert [parse for parse, _ in readings] == list(morph.declinable_first(word))
    assert all(facts == morph.facts(parse.tag) for parse, facts in readings)
    fixed = ["Fixd" in facts.grammemes for _, facts in readings]
    assert readings[0][1].case == first_case
    assert fixed == sorted(fixed) and any(fixed) is indeclinable


@pytest.mark.parametrize(
    ("word", "shared"),
    [
        ("Иванов", True),
        ("МИНИСТРА", True),
        ("Нью-Йорке", True),
        ("В", False),  # a single capital may be an initial: pymorphy2 reads it so
        ("Smith", False),  # Latin: read as written
        ("иванов", False),  # already lower case
    ],
)
def test_a_cyrillic_word_is_read_once_whatever_its_case(word, shared):
    """``morph.parses`` of a capitalised Cyrillic word is the entry of its lower case."""
    assert (morph.parses(word) is morph.parses(word.lower()) and word != word.lower()) == shared
    words = [(p.word, str(p.tag), p.normal_form, p.score) for p in morph.parses(word)]
    analyzer = morph.models.morph_analyzer()
    assert words == [(p.word, str(p.tag), p.normal_form, p.score) for p in analyzer.parse(word)]


@pytest.mark.parametrize(
    ("word", "grammemes"),
    [
        ("горбачёвой", {"nomn"}),
        ("министрами", {"nomn", "sing"}),
        ("лесу", {"loc2"}),  # a rare case
        ("высочайшей", {"nomn", "sing", "masc"}),  # a superlative
        ("пошла", {"plur"}),
        ("краснодарскому", {"gent", "plur"}),
        ("фолк-певца", {"nomn"}),  # not a dictionary word: its own lexeme
        ("маккарриком", {"nomn"}),  # guessed by its ending: its paradigm's lexeme
        ("хатоямы", {"datv"}),  # guessed by its ending, or by an unknown prefix
        ("псевдокошкой", {"nomn", "plur"}),  # a known prefix before a dictionary word
        ("экс-министра", {"datv", "plur"}),
    ],
)
def test_inflection_is_pymorphy2s(word, grammemes):
    """``morph.inflect`` (on a lexeme built once per lexeme) gives pymorphy2's form of every
    reading; a superlative keeps its written stem (pymorphy2 may pick another)."""
    for parse in morph.parses(word):
        form = parse.inflect(set(grammemes))
        if form is None or "Supr" not in form.tag:
            assert morph.inflect(parse, grammemes) == (form.word if form else None)


def test_a_dictionary_word_is_inflected_without_its_lexeme(monkeypatch):
    """ "Горбачёвой" read as four cases of one surname: each inflected from its paradigm's
    tags, no lexeme built; "фолк-певца" (a hyphenated word's lexeme is built of its parts)
    builds its own."""
    built = []
    lexeme = morph._lexeme
    monkeypatch.setattr(morph, "_lexeme", lambda parse: built.append(parse) or lexeme(parse))
    morph._inflect.cache_clear()
    readings = [p for p in morph.parses("горбачёвой") if {"Surn", "femn"} <= p.tag.grammemes]
    assert len(readings) > 1
    assert {morph.inflect(p, {"nomn"}) for p in readings} == {"горбачёва"}
    assert not built
    assert morph.inflect(morph.parses("фолк-певца")[0], {"nomn"}) == "фолк-певец"
    assert len(built) == 1


@pytest.mark.parametrize(
    ("word", "grammemes", "expected"),
    [
        ("высочайшей", {"nomn", "sing", "masc"}, "высочайший"),
        ("наивысшего", {"nomn", "sing", "femn"}, "наивысшая"),
        ("высшему", {"nomn", "plur"}, "высшие"),
    ],
)
def test_a_superlative_keeps_its_written_stem(word, grammemes, expected):
    """Of the forms of one tag in a superlative's paradigm, the one with the written stem."""
    superlatives = [p for p in morph.parses(word) if "Supr" in p.tag]
    assert superlatives
    assert morph.inflect(superlatives[0], grammemes) == expected


@pytest.mark.parametrize(
    ("word", "no_name"),
    [
        # a word the dictionary knows only as a function word, an adverb or an infinitive
        ("Вслед", True),
        ("Ещё", True),
        ("Так", True),
        ("Впоследствии", True),
        # ... not one a name may share: a finite verb, an interjection, a noun
        ("Лью", False),
        ("Баста", False),
        ("Москва", False),
        ("Мори", False),
    ],
)
def test_a_word_no_name_reads_as(word, no_name):
    from pressrel.lang.grammar import is_no_name

    assert is_no_name(word) is no_name


def test_a_capitalised_adverb_opening_a_sentence_is_no_place():
    from pressrel import analyze

    text = "Туалеты привезли с Сейшельских островов. Вслед за Москвой их поставили в Казани."
    assert "Вслед" not in [m.text for m in analyze(text).mentions]
