"""An organisation's name written in an oblique case, read in the nominative.

A quoted name is kept as written when its case cannot be told from the name alone ("акционеры
«Реновы»": a genitive of Ренова, or a plural?), so one document may write one organisation as
"Ренова" and "Реновы"; ``ids`` joins them by the document's other forms of the name
(``lang.forms.nominatives``). Read here, from the name's own context:

A quoted name after a descriptor (a noun of the kind it names, or a legal form: "фонда
«Поможем»", "компанией «Плаза девелопмент»", "ООО «Торги и консалтинг»") does not decline: the
descriptor takes the case, and the name written in quotation marks is its own nominative
(``as_written``), whatever natasha's taggers make of it ("Помогшие"). Not after a noun that
also governs a genitive name ("на сайте «Времени»", "пресс-служба «Газпрома»",
``GOVERNING``), nor when the name's first word cannot be a nominative ("партии «Единой
России»": the writer declined it).

A quoted name of one word after a person noun that governs it ("Учредитель
«Мосинжпроект-реставрации»", "сотрудники «Медузы»": nobody is in apposition to an
organisation's name) is its genitive, read in the nominative singular of its last part's noun
(``as_governed``), even when the document writes it in no other form; so is the source cited
after "по" and a noun (of what it reports), when its word cannot be a nominative at all ("по
информации «Спорт-Экспресса»": Спорт-Экспресс; a thing's noun may stand in apposition to a
name: "на авиабазе «Эль-Маза»"); so is one right after a
preposition, in the case the preposition governs ("с «Лайфом»", "в «Стейплз-центре»":
``grammar.PREPOSITION_CASES``), when that case has one reading.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from ..lang import grammar, morph
from ..lang.forms import HEAD
from ..lang.letters import CAPITALS, CYRILLIC_RUN
from ..lang.marks import CLOSING, OPENING
from ..records import Mention
from .kinds import ORGANISATION_KINDS, can_be_nominative

# Organisation kinds that also name a part or a product of another organisation, and so govern
# its name in the genitive as often as they stand in apposition to a name of their own.
GOVERNING = {
    "сайт", "портал", "сеть", "проект", "дом", "центр", "подразделение", "филиал",
    "отделение", "служба", "пресс-служба", "редакция", "группа", "команда", "жюри",
    "лаборатория", "управление", "департамент", "совет", "комитет", "комиссия", "оператор",
    "производитель", "разработчик", "фракция", "блок", "коллектив", "армия", "магазин",
    "ресторан", "клуб",
}  # fmt: skip
DESCRIBING = ORGANISATION_KINDS - GOVERNING
DESCRIPTOR = re.compile(rf"(?P<word>{CYRILLIC_RUN})\s*$")
# "по" before the noun a source is cited by: "по информации «Спорт-Экспресса»", "по данным"
CITED_AFTER = re.compile(r"(?<![^\W\d_])[Пп]о\s+\Z")
LEGAL_FORM = re.compile(rf"^[{CAPITALS}]{{2,6}}$")  # "ООО", "АО", "ФГУП", "ИА"


def governs(noun: str) -> bool:
    """Whether the noun is an organisation kind that may govern a genitive name as well as
    stand in apposition to one ("сайта", "клубом"; ``GOVERNING``)."""
    return not GOVERNING.isdisjoint(grammar.noun_lemmas(noun))


def describes(noun: str) -> bool:
    """Whether the noun is an organisation kind that only stands in apposition to a name
    ("компании", "агентство"; ``DESCRIBING``), not one that may govern a name or be an
    organisation's part ("служба", "отдел")."""
    return not DESCRIBING.isdisjoint(grammar.noun_lemmas(noun))


def as_written(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions with the normal form of each quoted ORG name after a descriptor its written
    form ("фонда «Поможем»": Поможем); the others as given."""
    return [
        replace(m, normal=m.text) if m.type == "ORG" and _described(text, m) else m
        for m in mentions
    ]


def as_governed(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions with the normal form of each quoted ORG name a person noun before it governs in
    the genitive in the nominative singular ("Учредитель «Мосинжпроект-реставрации»",
    "сотрудники «Медузы»"); the others as given."""
    return [_governed(text, m) if m.type == "ORG" else m for m in mentions]


def _governed(text: str, mention: Mention) -> Mention:
    """The mention with its name in the nominative singular when it is one quoted word (or one
    hyphenated word) right after a person noun ("учредитель", "акционеры", "сотрудник": an
    animate common noun, which no organisation's name stands in apposition to, so the name is
    its genitive), and pymorphy2 knows that word's last part as a noun's genitive singular and
    never as its nominative singular; or right after a noun "по" cites a source by ("по
    информации", "по данным"), the word never a nominative; else the mention as given."""
    start, stop = mention.start, mention.stop
    if start < 2 or text[start - 1] not in OPENING or text[stop : stop + 1] not in CLOSING:
        return mention
    if mention.normal != mention.text or len(mention.text.split()) != 1:
        return mention
    before = DESCRIPTOR.search(text, max(0, start - 41), start - 1)
    cases = grammar.PREPOSITION_CASES.get(before["word"].lower()) if before else None
    if cases is not None:
        return _after_preposition(mention, cases)
    if before is None or not before["word"][1:].islower():
        return mention
    governing = [p for p in morph.parses(before["word"].lower()) if grammar.is_noun(p)]
    if not governing or not grammar.is_common_word(before["word"]):
        return mention
    animate = all(p.tag.animacy == "anim" for p in governing)
    if not animate and not CITED_AFTER.search(text, max(0, before.start() - 4), before.start()):
        return mention  # "на авиабазе «Эль-Маза»": a thing's noun, in apposition
    head = HEAD.match(mention.text)
    if head is None:
        return mention
    word = head["head"]
    if not word.isalpha() or not morph.is_known(word):
        return mention
    nouns = [p for p in morph.parses(word.lower()) if grammar.is_noun(p)]
    if any(p.tag.case == "nomn" and (not animate or p.tag.number != "plur") for p in nouns):
        return mention  # "газеты «Известия»": a plural nominative after a thing's noun
    lemmas = {p.normal_form for p in nouns if p.tag.case == "gent" and p.tag.number == "sing"}
    if len(lemmas) != 1:
        return mention
    return _with_lemma(mention, head, lemmas.pop())


def _after_preposition(mention: Mention, cases: frozenset[str]) -> Mention:
    """The mention with its quoted one-word name in the nominative singular when the name's word
    is a noun, as pymorphy2 reads it or guesses (a name is often a word it does not know), in
    a case the preposition before it governs (cases), singular, of one lemma, and never a
    nominative: "с «Лайфом»", "в «Стейплз-центре»"; not "в «Лайфе»" (Лайф or Лайфа), nor a
    plural ("в «Известиях»", whose nominative is plural), nor a word pymorphy2 only guesses at
    by its ending that ends in "-е", the dative and locative of a masculine and of a feminine
    noun alike ("в «Бенфике»": Бенфика, guessed as Бенфик); a dictionary word behind a known
    prefix has the word's gender ("на «Медиазоне»": Медиазона, as зона); else the mention as
    given."""
    head = HEAD.match(mention.text)
    if head is None or not head["head"].isalpha():
        return mention
    word = head["head"].lower()
    if word.endswith("е") and not (morph.is_known(word) or morph.is_known_behind_prefix(word)):
        return mention
    nouns = [p for p in morph.parses(word) if grammar.is_noun(p)]
    if any(morph.case_of(p) == "nomn" for p in nouns):
        return mention
    lemmas = {p.normal_form for p in nouns if morph.case_of(p) in cases and p.tag.number == "sing"}
    return _with_lemma(mention, head, lemmas.pop()) if len(lemmas) == 1 else mention


def _with_lemma(mention: Mention, head: re.Match[str], lemma: str) -> Mention:
    """The mention with the normal form of its name's head word (head, of HEAD) the lemma,
    written as the name writes the letters they share ("АвтоВАЗагрегата": as written)."""
    word = head["head"]
    kept = len(os.path.commonprefix([word.lower(), lemma]))
    name = mention.text
    normal = name[: head.start("head")] + word[:kept] + lemma[kept:] + name[head.end("head") :]
    return replace(mention, normal=normal)


def _described(text: str, mention: Mention) -> bool:
    """Whether the mention is a whole quoted name after a descriptor that says its kind, and
    not declined with it: its first word may be a nominative, or is not in a case the
    descriptor is in ("компанией «Плаза»": плаза is pymorphy2's genitive of плаз, no
    instrumental; "партии «Единой России»" is declined), or pymorphy2 does not know it."""
    start, stop = mention.start, mention.stop
    if start < 2 or text[start - 1] not in OPENING or text[stop : stop + 1] not in CLOSING:
        return False
    if mention.normal == mention.text:
        return False
    before = DESCRIPTOR.search(text, max(0, start - 41), start - 1)
    if before is None:
        return False
    word = before["word"]
    nouns = [p for p in morph.parses(word.lower()) if p.tag.POS == "NOUN"]
    legal_form = LEGAL_FORM.match(word) is not None
    if not legal_form and not any(p.normal_form in DESCRIBING for p in nouns):
        return False
    first = mention.text.split()[0]
    if not morph.is_known(first) or can_be_nominative(text, start):
        return True
    if legal_form:
        return False
    cases = {morph.case_of(p) for p in morph.parses(first)}
    return not cases & {morph.case_of(p) for p in nouns if p.normal_form in DESCRIBING}
