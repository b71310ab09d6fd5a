"""Time linear in a document's size: the rules that once rescanned the document (or all of its
mentions) for each quote or name, tested at their own entry points, and CPU time on generated
text of N and 2N characters (a quadratic step shows as 4x; the limit is generous, 2.5x, for a
noisy shared machine)."""

from __future__ import annotations

import resource
from dataclasses import replace

import pytest

from pressrel import analyze, structure
from pressrel.lang.fold import name_key
from pressrel.options import Options
from pressrel.orgs.kinds import _last_opening, is_other_kind
from pressrel.orgs.spans import _alone_on_line
from pressrel.pipeline import _sentence
from pressrel.quotes import _Mentions, find_quotes
from pressrel.records import Mention
from pressrel.scope import Scope

from helpers import resolved

LINEAR = 2.5  # CPU time of 2N characters over N: linear is 2, quadratic 4


def cpu_seconds(work) -> float:
    before = resource.getrusage(resource.RUSAGE_SELF)
    work()
    after = resource.getrusage(resource.RUSAGE_SELF)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def growth(work, small: int) -> float:
    """CPU time of work(2 * small) over work(small): the smallest of up to three measures, each
    the best of five runs taken in turn. Another tenant of the machine only ever adds time, and
    sometimes for seconds on end (one measure of a linear step gave 2.8x); a quadratic step
    gives about 4x every time."""
    work(small)  # caches warm: the first run pays for them
    work(2 * small)
    ratio = float("inf")
    for _ in range(3):
        once, twice = [], []
        for _ in range(5):
            once.append(cpu_seconds(lambda: work(small)))
            twice.append(cpu_seconds(lambda: work(2 * small)))
        ratio = min(ratio, min(twice) / min(once))
        if ratio < LINEAR:
            break
    return ratio


# The mention index of the quote rules: each query as the list comprehension it replaces


def per(start: int, stop: int) -> Mention:
    return Mention("-", "PER", "x" * (stop - start), None, start, stop, 0, entity=f"PER:{start}")


LISTED = [per(10, 20), per(0, 5), per(12, 15), per(30, 40), per(22, 25), per(30, 32)]  # unsorted


@pytest.mark.parametrize(
    ("start", "stop"),
    [
        (0, 50),  # all of them, in the list's order
        (10, 20),  # one and the one nested in it
        (11, 20),  # the nested one only: the outer starts before
        (10, 19),  # the nested one only: the outer ends after
        (26, 29),  # none between
        (30, 32),  # two start at 30: only the one that ends by 32
        (-100, 4),  # before the first: none
        (45, 44),  # an empty stretch
    ],
)
def test_mentions_within_a_stretch_are_those_a_scan_finds_in_the_list_s_order(start, stop):
    scan = [m for m in LISTED if start <= m.start and m.stop <= stop]
    assert _Mentions(LISTED).within(start, stop) == scan


@pytest.mark.parametrize("at", [-1, 0, 4, 5, 15, 19, 20, 25, 31, 32, 39, 40, 100])
def test_the_last_listed_and_the_latest_end_up_to_an_offset_are_those_a_scan_finds(at):
    ended = [m for m in LISTED if m.stop <= at]
    index = _Mentions(LISTED)
    assert index.last_ending_by(at) == (ended[-1] if ended else None)
    assert index.latest_stop(at) == max((m.stop for m in ended), default=0)


# Lines and quotation marks read out from a span, never from the document's start


@pytest.mark.parametrize(
    ("text", "span", "alone"),
    [
        ("Абсорбирование ликвидности", "Абсорбирование ликвидности", True),  # the whole text
        ("Итоги\n  Абсорбирование ликвидности \nТекст", "Абсорбирование ликвидности", True),
        ("Итоги\nАбсорбирование ликвидности\n", "Абсорбирование ликвидности", True),
        (
            "Итоги: Абсорбирование ликвидности\n",
            "Абсорбирование ликвидности",
            False,
        ),  # a word before
        ("Абсорбирование ликвидности банков", "Абсорбирование ликвидности", False),  # a word after
        ("Итоги\n\tАбсорбирование\u00a0ликвидности\t\n", "Абсорбирование\u00a0ликвидности", True),
    ],
)
def test_a_span_is_alone_on_its_line_as_the_line_stripped_says(text, span, alone):
    start = text.index(span)
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", start + len(span))
    line = text[line_start : line_stop if line_stop >= 0 else len(text)]
    assert (line.strip() == span) is alone  # the table is right about what it asks
    assert _alone_on_line(text, start, start + len(span)) is alone


def test_a_span_with_spaces_at_its_ends_is_not_its_line_stripped():
    text = "Итоги\n Абсорбирование \n"
    assert not _alone_on_line(text, 5, len(text) - 1)  # "\n Абсорбирование " has a space


@pytest.mark.parametrize(
    ("text", "stop", "found"),
    [
        ("«а», «б»", 7, 5),  # the nearer «
        ('"а" и «б»', 2, 0),  # a straight one
        ("«а» " + "слово " * 200 + '"б"', 1205, 1204),  # far from the first window's edge
        ("«а» " + "слово " * 2000, 12000, 0),  # beyond several windows
        ("слово " * 100, 600, -1),  # none at all
    ],
)
def test_the_last_opening_mark_before_an_offset_is_the_nearest_of_either_kind(text, stop, found):
    assert found == max(text.rfind("«", 0, stop), text.rfind('"', 0, stop))
    assert _last_opening(text, stop) == found


def test_a_list_of_names_far_from_any_straight_mark_is_still_read_as_a_list():
    filler = "Новость дня. " * 2000  # no " anywhere: the look-back must not stop at a window
    text = filler + "в кинотеатрах «Звезда», «Космос» и «Юность» идут фильмы"
    assert is_other_kind(text, text.index("Юность"))
    assert not is_other_kind(text.replace("кинотеатрах", "компаниях"), text.index("Юность"))


# CPU time of N and 2N characters

CHUNK = (  # 00000: each copy's number (quotes of the same text are one quote)
    "Министр финансов [Антон Силуанов] провел встречу с журналистами. «Бюджет 00000 будет "
    "исполнен в срок и без дефицита», — сказал министр. Он добавил: «Мы видим рост доходов "
    "00000 в этом году и в следующем». По словам [Силуанова], «ставки 00000 останутся прежними "
    "до конца года».\n\n"
)


def tiled(copies: int) -> tuple[str, list[Mention]]:
    """CHUNK copies times, numbered, with its resolved mentions moved to each copy."""
    text, mentions = resolved(CHUNK)
    out = []
    for i in range(copies):
        shift = i * len(text)
        out += [replace(m, start=m.start + shift, stop=m.stop + shift) for m in mentions]
    return "".join(text.replace("00000", f"{i:05d}") for i in range(copies)), out


def test_the_tiled_chunk_has_quotes_of_each_kind_of_speaker():
    text, mentions = tiled(2)
    found = find_quotes(text, mentions)
    assert [q.speaker_text for q in found] == ["министр", "Он", "Силуанова"] * 2
    assert {q.speaker for q in found} == {"PER:Антон Силуанов"}


@pytest.mark.slow
def test_quotes_take_time_linear_in_the_document_s_quotes_and_people():
    cases = {n: tiled(n) for n in (400, 800)}  # about 1,200 and 2,400 quotes and people
    ratio = growth(lambda n: find_quotes(*cases[n]), 400)
    assert ratio < LINEAR, f"find_quotes: 2N took {ratio:.2f}x the time of N"


@pytest.mark.slow
@pytest.mark.parametrize("quotes", [False, True], ids=["entities", "quotes"])
def test_one_long_line_takes_time_linear_in_its_size(quotes):
    line = " ".join(tiled(240)[0].split())  # one line
    options = Options.build(quotes=quotes)
    ratio = growth(lambda n: analyze(line[: len(line) * n // 240], options=options), 120)
    assert ratio < LINEAR, f"analyze (quotes={quotes}): 2N took {ratio:.2f}x the time of N"


# Memory linear and small in a document's size: what the steps keep of a huge document

PARAGRAPH = "Министр Николай Никифоров посетил Пекин. Он встретился с коллегами из Китая."
SHAPES = {
    "paragraphs": "\n\n".join([PARAGRAPH] * 2000),
    "one line": " ".join([PARAGRAPH] * 2000),
    "a table": "Заголовок\n\n" + "\n".join(["Депозитные операции\t5%\t7%"] * 3000),
    "teasers": "Заголовок\n\n"
    + PARAGRAPH
    + "\n\nЧитайте также:\n\n"
    + "\n\n".join([PARAGRAPH] * 2000),
}


def scope_memory(text: str, related: bool) -> tuple[Scope, int]:
    """The scope of text and the bytes it holds once the layout it was read from is gone."""
    import tracemalloc

    Scope.of(structure.parse(text), related)  # the caches of the layout's rules warm
    tracemalloc.start()
    try:
        scope = Scope.of(structure.parse(text), related)
        return scope, tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("shape", ["paragraphs", "one line", "teasers"])  # cells: 3 a line
@pytest.mark.parametrize("related", [False, True])
def test_a_scope_keeps_offsets_not_a_copy_of_the_text(shape, related):
    text = SHAPES[shape]
    scope, held = scope_memory(text, related)
    # less than one copy of the text (2 bytes a Cyrillic character): the layout holds two (its
    # paragraphs' and its sentences'), and an object for each; the scope a few numbers each
    assert held < 2 * len(text)
    assert scope.text is text


@pytest.mark.parametrize("shape", SHAPES)
def test_a_scope_finds_the_layout_s_sentences_by_offset(shape):
    text = SHAPES[shape]
    layout = structure.parse(text)
    scope = Scope.of(layout, related=True)
    for unit in layout.sentences:
        for offset in (unit.start, unit.stop - 1):
            assert scope.sentence_at(offset) == replace(unit, text="")
    ends = [u.stop for u in layout.sentences]
    gaps = [stop for stop, u in zip(ends, layout.sentences[1:]) if stop < u.start]
    assert all(scope.sentence_at(gap) is None for gap in gaps)
    assert scope.sentence_at(len(text)) is None


@pytest.mark.parametrize("shape", SHAPES)
def test_the_last_sentence_is_reused_only_where_it_is_the_sentence(shape):
    """pipeline._sentence (the finds of a sentence share one Unit) answers as sentence_at at
    every offset, whatever sentence was asked for last (the one before, or one far off)."""
    text = SHAPES[shape]
    scope = Scope.of(structure.parse(text), related=True)
    offsets = range(0, min(len(text), 3_000) + 1)
    last = None
    for offset in offsets:  # as the scans come: in order, the last find's sentence
        last = _sentence(scope, offset, last)
        assert last == scope.sentence_at(offset)
    far = scope.sentence_at(0)
    for offset in offsets:
        assert _sentence(scope, offset, far) == scope.sentence_at(offset)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_scope_s_pieces_are_the_text_s_own(shape):
    text = SHAPES[shape]
    for piece in Scope.of(structure.parse(text), related=True).pieces:
        cased = piece.kind == "table" and piece.text != text[piece.start : piece.stop]
        assert piece.text == text[piece.start : piece.stop] or cased


def test_mentions_of_one_name_share_their_strings():
    analysis = analyze("\n\n".join([PARAGRAPH] * 3))
    people = [m for m in analysis.mentions if m.type == "PER"]
    assert len(people) == 3
    assert all(m.text is people[0].text and m.entity is people[0].entity for m in people)
    assert len({id(m.type) for m in analysis.mentions}) == len({m.type for m in analysis.mentions})


def test_ner_mentions_of_one_sentence_share_their_sentence_number():
    # past sentence 256, where each int made from an array is an object of its own
    analysis = analyze("\n\n".join([PARAGRAPH] * 200))
    by_sentence: dict[int, list[Mention]] = {}
    for m in analysis.mentions:
        if m.type in ("PER", "LOC") and m.sentence > 256:
            by_sentence.setdefault(m.sentence, []).append(m)
    shared = [ms for ms in by_sentence.values() if len(ms) > 1]
    assert shared  # Никифоров and Пекин
    assert all(m.sentence is ms[0].sentence for ms in shared for m in ms)


@pytest.mark.parametrize("batch", [1, 2, 7])
def test_ner_spans_normalised_a_few_at_a_time_make_the_same_mentions(monkeypatch, batch):
    from pressrel import pipeline

    text = "\n\n".join([PARAGRAPH, "Глава «Газпрома» Алексей Миллер прибыл в Санкт-Петербург."] * 5)
    whole = analyze(text).mentions
    monkeypatch.setattr(pipeline, "NORMAL_SPANS", batch)
    assert analyze(text).mentions == whole


# People of one surname far apart: the sentence ends between them counted no further than
# the rules ask (none, one, more)

ENDS = [  # every sentence end SENTENCE_END knows, and none it does not
    ("Он пришёл домой.", 0),  # the text's last: no space after it
    ("Он пришёл. Она ушла.", 1),
    ("Он пришёл! Она ушла? Они остались… ", 2),
    ("Он сказал: «Я пришёл.» Она ушла.", 1),  # a quotation mark after the point
    ("Первая строка\nвторая строка\nтретья", 2),
    ("Приехал Н. Никифоров, потом А. Б. Петров.", 0),  # initials
    ("Раз. Два. Три. Четыре. Пять. Шесть.", 2),  # more than two: two
]


@pytest.mark.parametrize(("text", "ends"), ENDS)
def test_sentence_ends_between_two_offsets_are_counted_up_to_two(text, ends):
    from pressrel.resolve import SENTENCE_END, _sentences_between

    assert min(len(SENTENCE_END.findall(text)), 2) == ends  # the table is right about the rule
    assert _sentences_between(text, 0, len(text)) == ends


def test_counting_sentence_ends_stops_at_the_second_however_far_apart_the_offsets():
    from pressrel.resolve import _sentences_between

    text = "Раз. " * 400_000  # two megabytes
    assert _sentences_between(text, 0, len(text)) == 2
    assert _sentences_between(text, 0, len(text), at_most=5) == 5
    assert _sentences_between(text, 10, 4) == 0  # stop before start: none


NAMESAKES = (  # the topic, named twice, and his niece once: a bare "Смирнова" is the topic
    "[Пётр Смирнов] стал вице-мэром. [Пётр Смирнов] курирует стройку. Квартиру купила его"
    " племянница [Анжелика Смирнова]. "
)
TOPIC_AGAIN = "Бизнес родственников [Смирнова] рос. Дожди шли весь день. "


def test_a_bare_surname_far_from_a_namesake_is_still_the_topic():
    text, mentions = resolved(NAMESAKES + TOPIC_AGAIN * 50)
    bare = {m.entity for m in mentions if m.text == "Смирнова"}
    assert bare == {"PER:Пётр Смирнов"}


@pytest.mark.slow
def test_bare_surnames_of_namesakes_take_time_linear_in_the_document():
    from pressrel.resolve import resolve

    from helpers import marked

    cases = {n: marked(NAMESAKES + TOPIC_AGAIN * n) for n in (1500, 3000)}
    ratio = growth(lambda n: resolve(cases[n][1], cases[n][0]), 1500)
    assert ratio < LINEAR, f"resolve: 2N took {ratio:.2f}x the time of N"


# Short names of a document that names thousands of organisations: each tried against the long
# names it may be built from (those with a word it may start with), not against them all

SHORT_AND_LONG = [  # one short name and the long names of a document: what it shortens
    ("ФАС", ["Федеральная антимонопольная служба", "Банк России"], {"фас": 0}),
    ("НИИ", ["Научно-исследовательский институт", "Новый институт"], {"нии": 0}),
    ("КЗК", ["Комитет по защите конкуренции"], {"кзк": 0}),  # a function word left out
    ("ПЗК", ["Комитет по защите конкуренции"], {}),  # a function word first (not the name's)
    ("ФАС", ["Служба федеральная антимонопольная"], {}),  # words out of order
    ("Минкульт", ["Министерство культуры", "Министерство спорта"], {"минкульт": 0}),
    ("NASA", ["National Aeronautics and Space Administration"], {"nasa": 0}),
    ("МС", ["Морская служба", "Морской совет"], {}),  # two fit: neither
    ("ФАС", ["ФАС России"], {}),  # no long name built of it
]


@pytest.mark.parametrize(("short", "longs", "found"), SHORT_AND_LONG)
def test_a_short_name_joins_the_one_long_name_built_of_its_letters(short, longs, found):
    from pressrel.orgs.shortened import shortened_names, spells

    fitting = [long for long in longs if spells(short, long)]  # the scan the index replaces
    assert ({name_key(short): 0} if len(fitting) == 1 else {}) == found
    expected = {key: longs[i] for key, i in found.items()}
    assert shortened_names([*longs, short], [], []) == expected
    assert shortened_names([short, *reversed(longs)], [], []) == expected


def names_of_many_organisations(n: int) -> list[str]:
    """n long names that start with Б and n abbreviations that start with Ф: none fits."""
    letters = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"
    shorts = ["Ф" + a + b + c for a in letters for b in letters for c in letters][:n]
    return [f"Банк номер {i}" for i in range(n)] + shorts


@pytest.mark.slow
def test_short_names_take_time_linear_in_the_organisations_of_a_document():
    from pressrel.orgs.shortened import shortened_names

    cases = {n: names_of_many_organisations(n) for n in (300, 600)}
    assert shortened_names(cases[300], [], []) == {}
    ratio = growth(lambda n: shortened_names(cases[n], [], []), 300)
    assert ratio < LINEAR, f"shortened_names: 2N took {ratio:.2f}x the time of N"


# Nothing copied from a document's start to an offset: the space before a name found from the
# name back, the lead of a one-line document from its first two sentences

SPACES_BEFORE = [
    ("Данные, полученные", 8),  # the comma's
    ("Данные,  \t полученные", 11),  # a run of spaces and a tab
    ("Данные,\n\nполученные", 9),  # line breaks
    ("Данные,\u00a0\u2009полученные", 9),  # no-break and thin spaces
    ("   полученные", 3),  # spaces from the start
    ("полученные", 0),  # the start itself
    ("Данные полученные", 7),  # no space right before: at itself
]


@pytest.mark.parametrize(("text", "at"), SPACES_BEFORE)
def test_the_spaces_before_an_offset_start_where_the_text_up_to_it_stripped_ends(text, at):
    from pressrel.lang.letters import before_spaces

    assert at == text.index("полученные")  # the table is right about where the word starts
    assert before_spaces(text, at) == len(text[:at].rstrip())


def participle_spans(n: int) -> tuple[str, list[tuple[int, int]]]:
    """n sentences of a name between a participle and its noun, 2,400 characters apart, and
    each name's span (the name with the noun NER ran on into)."""
    sentence = "Данные опубликованной Росстатом статистики показали рост. " + "Слово. " * 300
    text = sentence * n
    at = sentence.index("Росстатом")
    spans = [
        (i * len(sentence) + at, i * len(sentence) + sentence.index(" показали")) for i in range(n)
    ]
    return text, spans


def test_a_name_between_a_participle_and_its_noun_is_cut_however_far_into_the_text():
    from pressrel.orgs.extend import without_participle_noun

    text, spans = participle_spans(3)
    comma = text.replace("Данные опубликованной", "Данные, опубликованные", 1)  # follows its noun
    shift = len(comma) - len(text)
    assert [without_participle_noun(text, a, b) for a, b in spans] == [a + 9 for a, _ in spans]
    assert without_participle_noun(comma, spans[0][0] + shift, spans[0][1] + shift) == (
        spans[0][1] + shift
    )


@pytest.mark.slow
def test_names_between_participles_and_nouns_take_time_linear_in_the_document():
    from pressrel.orgs.extend import without_participle_noun

    cases = {n: participle_spans(n) for n in (1500, 3000)}

    def cut_all(n: int) -> None:
        text, spans = cases[n]
        for start, stop in spans:
            without_participle_noun(text, start, stop)

    ratio = growth(cut_all, 1500)
    assert ratio < LINEAR, f"without_participle_noun: 2N took {ratio:.2f}x the time of N"


OPENINGS = [  # the lead of a long first paragraph: its first sentence, or its first two
    "Короткое начало. " + "Второе предложение длиннее первого и тянется дальше. " * 3,
    "Первое предложение очень длинное, " + "и в нём много слов, " * 12 + "вот. Второе. Третье.",
    "Одно предложение без конца " * 40,
    "Первое. Второе.",
    "Первое.   ",
    "Начало. " + "Одна строка без переносов, но с предложениями. " * 20_000,  # one long line
]


@pytest.mark.parametrize("text", OPENINGS, ids=range(len(OPENINGS)))
def test_the_lead_of_a_long_paragraph_is_read_from_its_first_two_sentences(text):
    from razdel import sentenize

    from pressrel.structure.layout import LEAD_CHARS, LEAD_SHORT, _opening

    ends = [s.stop for s in sentenize(text)][:2]  # every sentence of it, as before
    if len(ends) > 1 and (ends[0] >= LEAD_SHORT or ends[1] > LEAD_CHARS):
        ends = ends[:1]
    at = ends[-1] if ends else None
    assert _opening(text)[0] == (at if at is not None and text[at:].strip() else None)


# The name before a person's name: found from that name back, not among all before it

PEOPLE_SPANS = [  # sorted by (start, stop), as RoleContext keeps them: nested and overlapping
    [(0, 5), (6, 10), (12, 20), (14, 18), (21, 30)],
    [(0, 40), (2, 5), (6, 10), (41, 45)],  # a long one reaching over the others
    [(0, 8), (3, 12), (10, 15), (16, 20)],  # each overlapping the next
    [(5, 9)],
    [],
]


@pytest.mark.parametrize("spans", PEOPLE_SPANS, ids=range(len(PEOPLE_SPANS)))
def test_the_latest_name_ending_before_a_name_is_the_one_a_scan_of_all_before_it_finds(spans):
    from pressrel.roles.context import RoleContext

    context = RoleContext([per(a, b) for a, b in spans])
    for at, (first, _) in enumerate(spans):
        for bound in (first - 1, first, first + 3):
            scan = max((b for _, b in spans[:at] if b <= bound), default=0)
            assert context._latest_stop_by(at, bound) == scan


def test_the_name_right_before_a_name_and_the_one_before_that():
    from pressrel.roles.context import RoleContext

    text = "Иван Петров, Анна Смирнова Олег Козлов сказал"
    names = ["Иван Петров", "Анна Смирнова", "Олег Козлов"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    context = RoleContext([per(a, b) for a, b in spans])
    after = spans[2][1] + 1  # "сказал"
    assert context.person_right_before(text, after) == (*spans[2], spans[1][1])
    assert context.person_right_before(text, spans[1][1] + 1) == (*spans[1], spans[0][1])
    assert context.person_right_before(text, spans[0][1]) == (*spans[0], 0)
    assert context.person_right_before(text, spans[1][0]) is None  # a comma between


@pytest.mark.slow
def test_names_right_before_names_take_time_linear_in_the_document_s_people():
    from pressrel.roles.context import RoleContext

    def case(n: int) -> tuple[str, RoleContext, list[int]]:
        text = "Иван Петров сказал. " * n
        spans = [(i * 20, i * 20 + 11) for i in range(n)]
        return text, RoleContext([per(a, b) for a, b in spans]), [b + 1 for _, b in spans]

    cases = {n: case(n) for n in (5000, 10_000)}

    def look_up_all(n: int) -> None:
        text, context, offsets = cases[n]
        for offset in offsets:
            context.person_right_before(text, offset)

    ratio = growth(look_up_all, 5000)
    assert ratio < LINEAR, f"person_right_before: 2N took {ratio:.2f}x the time of N"


# The clause a colon ends before a quote: the colon found back from the quote, not by a search
# of the text from its start (check22: `quotes` on one 16 MB document of paragraphs took 2.7x
# the user time of `entities`, most of it here)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Иван Петров ответил: «Мы рады».", "Иван Петров ответил"),
        ("Он пришёл, и Петров ответил:  \n«Мы рады».", " и Петров ответил"),  # spaces, a break
        ("Петров, несмотря на возраст: «Мы рады».", " несмотря на возраст"),  # no predicate
        ("Петров ответил. «Мы рады».", None),  # no colon
    ],
)
def test_the_clause_a_colon_ends_before_a_quote(text, clause):
    from pressrel.quotes.attribution import _introducing_clause
    from pressrel.quotes.quotations import quotation_spans

    found = _introducing_clause(text, next(quotation_spans(text)))
    assert (text[slice(*found)] if found else None) == clause


def test_clauses_before_quotes_take_time_linear_in_the_document():
    from pressrel.quotes.attribution import _introducing_clause
    from pressrel.quotes.quotations import quotation_spans

    unit = "Иван Петров ответил журналистам на вопрос о планах: «Мы рады». " + "Текст. " * 40

    def work(n):
        text = unit * n
        for span in quotation_spans(text):
            _introducing_clause(text, span)

    assert growth(work, 2_000) < LINEAR
