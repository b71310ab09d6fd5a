"""An organisation named by another one in the genitive after it ("Совет Безопасности ООН",
"Института археологии РАН", "Генеральной ассамблеи ООН"): the chain is an organisation of its
own, as NEREL annotates it: the first organisation's span reaches to the end of the chain, the
governed one stays a mention of its own inside it, and so does the first when every word of it
is capitalised ("Совет Безопасности"). So does an organisation named before its
country or place ("МИД России" -> МИД, "Министерство культуры Белоруссии" -> Министерство
культуры, "Тверской суд Москвы" -> Тверской суд): NEREL annotates the name alone inside too,
when it is a name by itself."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import countries
from ..lang import grammar, morph
from ..lang.letters import CAPITALS, before_spaces
from ..lang.marks import NAME_CLOSING, NAME_OPENING
from ..records import Mention
from .extend import SUBDIVISIONS, WORD, country_tail
from .generic import INSTITUTIONS, is_generic_phrase
from .kinds import ORGANISATION_KINDS
from .lexicon import ORGANISATION
from .places import is_genitive_thing, starts_with_country_adjective

PERSON = {"Name", "Surn", "Patr"}
ABBREVIATION = re.compile(rf"^[{CAPITALS}]{{2,6}}$")  # "ООН", "МЧС", "NASA"


def chained(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions with each ORG mention that another ORG mention governs in the genitive, one
    space after it ("Совет Безопасности" + "ООН"; an abbreviation does not decline), reaching
    to the end of the chain ("Совет Безопасности ООН"), its normal form the first's with the
    rest as written. The governed ones stay as they are."""
    by_start: dict[int, Mention] = {}
    for mention in mentions:
        if mention.type == "ORG" and by_start.get(mention.start, mention).stop <= mention.stop:
            by_start[mention.start] = mention  # the longest at each start
    out = []
    for mention in mentions:
        last = mention
        while mention.type == "ORG" and (after := by_start.get(last.stop + 1)):
            if not _governed(text, last, after):
                break
            last = after
        if last is not mention:
            written = text[mention.stop : last.stop]
            mention = replace(
                mention,
                text=text[mention.start : last.stop],
                stop=last.stop,
                normal=(mention.normal or mention.text) + written,
                name=None,
            )
        out.append(mention)
    return out


def _governed(text: str, head: Mention, after: Mention) -> bool:
    """Whether after is the genitive of head, one space after it in the same sentence."""
    if text[head.stop] != " " or head.sentence != after.sentence:
        return False
    if text[head.stop - 1] in NAME_CLOSING + ")" or after.start < 1:
        return False
    first = WORD.match(text, after.start, after.stop)
    if not first:
        return False
    word = first.group().rstrip(".")
    if word.isupper() or not word.replace("-", "").isalpha() or word.isascii():
        return True  # an abbreviation or a foreign name does not decline ("пресс-службу" does)
    readings = morph.parses(word)
    if any(PERSON & p.tag.grammemes for p in readings[:1]):
        return False  # "Банка России Эльвиры": a person's name NER read as an organisation
    return any(morph.case_of(p) == "gent" for p in readings)


# A part of an organisation names the whole it belongs to in the genitive after its head
# ("Комитет Сената", "управления МЧС"), as any noun names an abbreviated body after it
# ("Детского фонда ООН"): NER often takes the two as one span.
GOVERNED_END = re.compile(r" (?:по|при) ")
PHRASES = {"по", "при"}  # prepositions an official name goes on with


def governed_inside(
    text: str, start: int, stop: int, names: frozenset[int]
) -> tuple[int, int] | None:
    """The organisation the span's head governs in the genitive inside the span
    text[start:stop], to its end or to a phrase with "по"/"при": from the first capitalised
    word after the head noun (and the lower-case words its phrase goes on with), when the head
    is a part of an organisation (``extend.SUBDIVISIONS``) and that word starts a phrase whose
    noun names a kind of organisation ("Комитет Сената", "Комитета Государственной Думы по
    бюджету"), or when that word is an abbreviation, which does not decline ("Детского фонда
    ООН", "управления МЧС"). None when there is none, when the word starts a person or place
    (``names``, the starts of PER and LOC mentions) or the country alone (a COUNTRY mention of
    its own), and in a quoted name."""
    if start and text[start - 1] in NAME_OPENING:
        return None  # «Юнкера МХПИ»: the words of a quoted name are no mentions of their own
    words = list(WORD.finditer(text, start, stop))
    if len(words) < 2:
        return None  # no word after a head (read only then)
    head = _head(words)
    if head is None:
        return None
    subdivision = _is_subdivision(words[head].group())
    for i in range(head + 1, len(words)):
        word = words[i]
        value = word.group()
        if value.islower():
            if value in ("по", "при"):
                return None  # "Комитет по делам СМИ": the topic, no governed name
            continue
        if word.start() in names:
            return None  # "Департамент Африки": a person or place the head governs
        end = GOVERNED_END.search(text, word.start(), stop)
        inner_stop = end.start() if end else stop
        abbreviation = ABBREVIATION.match(value) is not None and not value.isascii()
        inner = [w.group() for w in words[i:] if w.end() <= inner_stop]
        if not (abbreviation or (subdivision and _names_organisation(inner))):
            return None
        if countries.lookup_country(text[word.start() : inner_stop]):
            return None
        return word.start(), inner_stop
    return None


def _head(words: list[re.Match]) -> int | None:
    """The index of the span's head: its first word that pymorphy2 reads as a common noun,
    after adjectives only; None when the span opens with anything else (an abbreviation "НИУ
    ВШЭ", a name in Latin letters)."""
    for i, word in enumerate(words):
        value = word.group()
        if value.isupper() or value.isascii() or not morph.is_known(value):
            return None
        readings = morph.parses(value)
        if any(grammar.is_noun(p) and not grammar.PROPER & p.tag.grammemes for p in readings[:1]):
            return i
        if not any(grammar.is_adjective(p) for p in readings):
            return None
    return None


def _is_subdivision(word: str) -> bool:
    return any(p.normal_form in SUBDIVISIONS for p in morph.parses(word) if grammar.is_noun(p))


def _names_organisation(words: list[str]) -> bool:
    """Whether the phrase's noun, after its adjectives, is in the genitive and names a kind of
    organisation (``kinds.ORGANISATION_KINDS``, ``generic.INSTITUTIONS``: "Сената",
    "Государственной Думы") or an organisation pymorphy2 knows ("Госдумы"); not an abstract
    noun ("Службы Безопасности"), a place ("Департамента Африки") or a position ("Управления
    делами Президента")."""
    for word in words:
        readings = morph.parses(word)
        nouns = [p for p in readings if grammar.is_noun(p) and morph.case_of(p) == "gent"]
        if nouns:
            return any(
                p.normal_form in ORGANISATION_KINDS | INSTITUTIONS
                or ORGANISATION in p.tag.grammemes
                for p in nouns
            )
        if not any(grammar.is_adjective(p) for p in readings):
            return False
    return False


def before_owner(
    text: str, start: int, stop: int, places: dict[int, int], generic: bool = False
) -> int | None:
    """Where the organisation's own name ends inside the span text[start:stop] that ends with
    whose it is: its country in the genitive ("МИД России", "Министерства культуры
    Белоруссии", "Минобороны РФ") or a place NER found (``places``: start -> stop of the LOC
    spans; "Тверской суд Москвы", "ГИБДД Москвы"). The name without it names the same
    organisation by itself when it is capitalised and is an abbreviation, a word pymorphy2
    knows as no common word (a coined name: "Минобороны", "Госдумы") or several words
    ("Совета Безопасности"); not one common noun ("Банка России", "Почты России": "Банк" names
    nothing alone). A generic organisation ("Полиция Бельгии", "правительства России") is one
    only with ``generic``. None when the span ends with neither (``extend.country_tail``), when
    the country belongs to a phrase with "по"/"при" ("трибунал по бывшей Югославии") or to a
    name at the end of the rest ("школу КГБ СССР": КГБ СССР is the chain's own organisation),
    or the place to a common noun of a territory ("суд штата Нью-Йорк")."""
    tail = country_tail(text, start, stop)
    place = tail == stop
    if place:
        tail = _place_start(text, start, stop, places)
    if tail == stop:
        return None
    end = before_spaces(text, tail)
    words = WORD.findall(text, start, end)
    if not words or PHRASES & {w.lower() for w in words}:
        return None
    if is_generic_phrase(" ".join(words)):
        return end if generic else None
    if not words[0][:1].isupper():
        return None
    if len(words) == 1:
        return end if _is_one_word_name(words[0]) else None
    if any(ABBREVIATION.match(w) or not morph.is_known(w) for w in words[1:]):
        return None  # "школу КГБ": a name the rest ends with has the country
    if place and words[-1].islower() and is_genitive_thing(words[-1]):
        return None  # "суд штата Нью-Йорк": the place is the territory's
    return end


def _place_start(text: str, start: int, stop: int, places: dict[int, int]) -> int:
    """Where the place NER found that ends the span starts, after a space; stop when none
    does."""
    return next(
        (at for at, end in places.items() if end == stop and start < at and text[at - 1] == " "),
        stop,
    )


def after_country_adjective(text: str, start: int, stop: int, generic: bool = False) -> int | None:
    """Where the organisation's own name starts inside the span text[start:stop] that opens
    with a country adjective (``extend.with_country_adjective``: "японского МИДа", "российском
    Минфине"; with generic organisations, "британской полиции"): the word after it, when it is
    the span's last and names the organisation by itself (an abbreviation or a coined word, as
    for ``before_owner``), or is a generic organisation and ``generic`` is on. None otherwise:
    several words after a country adjective are one name with it ("Российской государственной
    библиотеки", "Американской академии киноискусства")."""
    words = list(WORD.finditer(text, start, stop))
    if len(words) != 2 or not starts_with_country_adjective(text, start):
        return None
    word = words[1].group()
    if is_generic_phrase(word):
        return words[1].start() if generic else None
    return words[1].start() if word[:1].isupper() and _is_one_word_name(word) else None


def _is_one_word_name(word: str) -> bool:
    """Whether one word names an organisation by itself: an abbreviation ("МИД", "ФСБ") or a
    word pymorphy2 knows as no common word ("Минобороны", "Госдумы"; not "Банка")."""
    return bool(ABBREVIATION.match(word)) or not grammar.is_common_word(word)


def is_chain_head(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the head of a chain before the organisation it governs ("Совет
    Безопасности" of "Совет Безопасности ООН"), names its body by itself: several words, every
    one capitalised, as Russian writes the names of the highest bodies ("Генеральная Ассамблея
    ООН", "Государственная Дума"); one capitalised first word is a name only with the rest
    ("Детского фонда ООН", "Института археологии РАН")."""
    words = WORD.findall(text, start, end)
    return len(words) > 1 and all(w[:1].isupper() and w[:1].isalpha() for w in words)
