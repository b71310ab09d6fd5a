"""The boundaries of NER's ORG spans, fixed by rule, and the spans that are no organisation.

natasha's ORG spans are taken as found and then, in order:

- a LOC span that names an organisation the curated table or pymorphy2 knows ("Евросоюза",
  "ЕС", "НАТО") or is headed by an institution's noun ("Пермском университете", "Смоленском
  драмтеатре", ``INSTITUTION_HEADS``) is an ORG, and so is a one-word PER span pymorphy2 knows only as an
  organisation's name ("Роснефти", ``lexicon``), which no plural reading of its last part
  ("Аль-Кайды") drops; an ORG span every word of which is a word of a longer person name the
  document gives is dropped ("Макеенко" after "Владимир Макеенко", ``lexicon``);
- a span that runs from a name into the noun the participle before it qualifies ends after its
  first word ("запланированных Правительством национальных проектов", ``extend``), and a body
  NER ran on into a common noun ends after the body ("Совета директоров доходности ОФЗ",
  ``generic.body_end``);
- the span goes on with a country's name in the genitive right after it ("ФСБ России",
  "Министерства обороны Румынии": NEREL's convention, ``Options.org_genitives``; the country
  stays a COUNTRY mention inside it; so does an organisation that governs another one in the
  genitive: "Совет Безопасности ООН", ``chains``, and a place NER found, in the genitive, after
  an institution of a kind: "Административный суд Кёльна", ``places``), or with the phrases with "по"/"при" of an official name (``extend``), but
  after a position ("директор НАСА по космическим полётам"), a subdivision ("пресс-службы
  МЧС по Санкт-Петербургу") or a name complete in itself (an abbreviation, a body completed by
  its genitive, one noun completed by its country, one institution noun: "ПАСЕ по мониторингу",
  "Совета директоров по ключевой ставке", "Банка России по инфляции") only with a place, and not at all after a territorial branch
  ("Главного управления МЧС по Тверской области": the place is the branch's); it goes on with "им."/
  "имени" and the person an institution is named after ("Театра им. Вахтангова"), and a name
  NER cut inside its noun phrase reaches the phrase's end ("Федеральному дорожному агентству",
  "Союза издателей и распространителей печатной продукции", ``conjuncts``); a quoted
  name NER took only the start of reaches its closing quotation mark when at most three words
  and no verb are left; verbs NER took at its end are left out ("Церкви Христовой собрались"; not from a
  quoted name: «Россия сегодня»);
- a name and its abbreviation in brackets are two organisations: "Фонд борьбы с коррупцией (ФБК)"
  -> "Фонд борьбы с коррупцией", "ФБК" (and "RCA (Radio Corporation of America)" likewise); a
  closing quotation mark or bracket NER left out is taken in (a closing guillemet at the end
  closes every guillemet still open, as Russian writes a name quoted inside a name when both end
  together: "АО «Концерн ВКО «Алмаз – Антей»" -> Концерн ВКО «Алмаз – Антей»), a stray one at
  an edge left out;
  a name ends at a colon or semicolon outside quotation marks ("MOEX: CHMF", an exchange and a
  share's ticker: MOEX); a place NER ran on into a bracket ("РФ (ФНС)") ends before it, and one it ran on into the
  subject after it before the subject's surname ("улице Старая Басманная Мединский передал");
- a quoted name after a descriptor is the name alone, without its quotation marks:
  "ОАО «Газпром»", "компании «Газпром нефть»", "РИА «Новости»" -> Газпром, Газпром нефть, Новости
  (the descriptor is legal forms and other upper-case abbreviations, or one common noun). A
  descriptor that is a name of its own ("Русской службе «Голоса Америки»") is a second ORG;
  a Latin-script name after a Russian descriptor likewise ("ИА Regnum" -> Regnum);
- a position is no organisation: a span whose head noun names a person (pymorphy2: an animate
  common noun, "Председатель Правительства", "Замглавы"; a compound by its last part,
  "IT-поставщиком") is cut after it, and what follows
  stays an ORG only when it is a capitalised name ("Правительства");
- a single word that is no name is dropped: a pronoun ("Её"), a first name before a surname, a plural common noun written in
  lower case, unquoted with a prefix ("ИКТ-компаниями", "IT-компаний"; not «Братья-мусульмане»)
  or as an abbreviation pymorphy2 reads as a plural abbreviation ("СМИ"; not "ИГ", read only as
  "иг" of "иго"), a kind with a Latin field in either number ("в IT-компании «Прогноз»"), a
  Roman numeral ("XVII"), and an unquoted capitalised common noun that starts a sentence ("Почта,
  которая ...": capitalised only because it comes first; not «Мемориал» признал), or an
  adjective alone there ("Депозитные"); so is a line of
  its own (a heading, a table cell) of common words capitalised only at its start, headed by a
  noun with no plural ("Абсорбирование ликвидности"); so are a number counting the word after it ("«7 советов о рынке»")
  and a facility ("Внуковском аэропорту", "Космический телескоп Кеплер", ``kinds``), and a
  thing someone owns, the site of a personal page or the site a text was published on ("в своём
  Твиттере", "на своей странице в Facebook", "написал в Facebook", ``kinds``). A generic
  organisation ("Совет директоров", ``generic``) is an ORG only with the option on (or written
  as a name mid-sentence: "Правительства РФ", "комплекса мер Правительства", kept as written); with it on, generic organisation words are also
  found in lower case, and take in the country or place whose they are in the genitive after
  them ("правительства России", "полиции Вашингтона", ``places``). With it off, a generic
  organisation such a country or place completes is still an ORG (NEREL's convention, with
  ``genitives``): it names one institution ("правительство России", "Полиция Малайзии");
- a country adjective that agrees with the name is taken in ("японского МИДа", ``extend``).

With ``genitives``, an organisation named inside one ORG span is a mention of its own too: the
one a part's head governs in the genitive ("Комитет Сената" -> Сената, ``chains``) and the
parent a territorial body is named by before its place ("МВД России по Москве" -> МВД России,
``extend``); and the organisation named before its country or place when that name names it
by itself ("МИД России" -> МИД, "Министерства культуры Франции" -> Министерства культуры,
"Тверской суд Москвы" -> Тверской суд; not "Банка России", ``chains.before_owner``), as NEREL
annotates it.

A name in Latin letters NER did not see after a noun of an organisation kind is an ORG too
(``apposition``: "журнала ''Rolling Stone''"), and so is one in brackets right after an ORG
mention ("«Хьюстон Кроникл» (Houston Chronicle)"), and a school named by its number ("в школе
№ 201", ``numbered``).

Spans that moved are normalised again (``normalize``), and a quoted name after a descriptor is
its own nominative (``cases.as_written``); the other mentions are returned as given.

Size: the rules above are one pass over each ORG span in the order listed (``refine``), each
step reading the span the step before left, so they stay in one module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from .. import caches, countries
from ..lang import grammar, morph, normalize
from ..lang.facilities import names_facility
from ..lang.letters import CAPITALS, CYRILLIC, LINE_ENDS, LOWER, ROMAN_NUMERAL, run_before_space
from ..lang.marks import (
    APOSTROPHE,
    LEFT_GUILLEMET,
    NAME_CLOSING,
    NAME_OPENING,
    NAME_PAIRS,
    OPENING,
    RIGHT_GUILLEMET,
    unclosed,
)
from ..lang.sentences import starts_sentence
from ..records import Document, Mention, Unit
from .apposition import appositions, glosses, quoted_names
from .cases import as_governed, as_written, describes
from .chains import (
    ABBREVIATION,
    after_country_adjective,
    before_owner,
    chained,
    governed_inside,
    is_chain_head,
)
from .conjuncts import completed
from .extend import (
    TERRITORIAL,
    WORD,
    continued,
    country_tail,
    named_after,
    parent_before_place,
    subdivision_before,
    to_closing_quote,
    with_country_adjective,
    with_country_after,
    without_participle_noun,
)
from .fuller import by_fuller_names
from .generic import (
    body_end,
    generic_mentions,
    is_body_phrase,
    is_complete_institution,
    is_generic,
    is_generic_phrase,
    is_named_by_field,
    is_press_service,
    needs_owner,
    plural_nominative,
    plural_only,
    takes_field,
)
from .ids import LEGAL_FORM, is_curated
from .kinds import (
    is_named_other_kind,
    is_other_kind,
    is_owned_medium,
    is_published_medium,
    names_the_internet,
    other_kind_names,
)
from .lexicon import (
    is_organisation_not_person,
    names_a_person,
    names_organisation_only,
    names_seat_of_power,
    person_words,
)
from .numbered import numbered_schools
from .places import (
    country_genitive,
    starts_with_owner_adjective,
    with_owner_after,
    with_place_after,
)
from .repeats import repeated

EDGE = " \t\u00a0,;:—–-" + LINE_ENDS
WIKI_ITALICS = APOSTROPHE * 2  # wiki text's italics: "''Rolling Stone''"
LATIN_AFTER = re.compile(
    rf"^(?P<head>[{CYRILLIC}][{CYRILLIC}\s-]*?)\s+(?P<name>[A-Za-z][^{CYRILLIC}]*)$"
)
NEXT_WORD = re.compile(rf"\s+(?P<word>[{CAPITALS}][{LOWER}]+)")
BRACKETED_NAME = re.compile(rf"^(?P<head>[^{OPENING}]*\S)\s*(?P<open>[{OPENING}])(?P<name>.+)$")
LOWER_RUN_BEFORE_SPACE = re.compile(rf"([{LOWER}-]+) $")  # "директор НАСА"
LOWER_WORD_AFTER_SPACE = re.compile(rf" [{LOWER}]")  # "7 советов"
# the characters _balanced reads (a span without one is balanced)
PAIR_MARKS = re.compile("[" + re.escape("".join({*NAME_PAIRS, *NAME_CLOSING, "(", ")"})) + "]")
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
PRONOUN = {"NPRO", "Apro"}
NOUN = "NOUN"
ADJECTIVES = ("ADJF", "PRTF")  # the parts of speech of an adjective before a descriptor's noun


def refine(
    document: Document,
    mentions: list[Mention],
    sentence_at: Callable[[int], Unit | None] | None = None,
    genitives: bool = True,
    sentences: Callable[[int], Unit | None] | None = None,
    inner_names: bool = False,
) -> list[Mention]:
    """The document's mentions with ORG spans fixed and non-organisations dropped, in the order
    given. With ``sentence_at`` (the sentence of an offset, None outside the analysed text),
    generic organisation words ("полиция") are ORG mentions too. With ``genitives`` (NEREL's
    convention, ``Options.org_genitives``) a country's name or another organisation in the
    genitive right after a span is part of it ("ФСБ России", "Совет Безопасности ООН",
    ``chains``), and, with ``sentences`` and without ``sentence_at``, a generic organisation
    the country or place NER found completes in the genitive is an ORG ("правительства
    России"); without it, the span ends where NER ended it. With ``sentences`` (as
    ``sentence_at``, whether or not generic organisations are asked for), an organisation's name
    written again where NER missed it, or read it as a person or place, is an ORG there too
    (``repeats``). With ``genitives`` and ``inner_names`` (NEREL's nested spans,
    ``Options.org_inner_names``), the organisation's own name inside a span that names it with
    its country, place or country adjective is a mention too ("МИД" in "МИД России")."""
    text = document.text
    generic = sentence_at is not None
    person_stops = {m.start: m.stop for m in mentions if m.type == "PER"}
    people = frozenset(person_stops)
    places = {m.start: m.stop for m in mentions if m.type == "LOC"}
    named_people = person_words(mentions)
    other_kinds = other_kind_names(text, mentions)  # "жилого комплекса «Легенда Цветного»"
    refined: list[Mention] = []
    moved: list[tuple[int, int]] = []  # (index in refined, where the written tail starts)
    for mention in mentions:
        retyped = is_organisation_not_person(mention, named_people, text)
        if retyped:  # "Роснефти": NER's PER, pymorphy2's organisation only
            mention = replace(mention, type="ORG", name=None)
        if mention.type == "LOC" and _is_organisation_name(mention):
            mention = replace(mention, type="ORG")  # "Евросоюза", "ЕС": NER's LOC
        if names_seat_of_power(mention, text):  # "Кремль заявил": the government it houses
            mention = replace(mention, type="ORG")
        if names_a_person(mention, named_people):
            continue  # "Макеенко" after "Владимир Макеенко": a person NER read as an ORG
        if mention.type != "ORG":
            place = _before_bracket(text, mention)  # "РФ (ФНС)": the place is "РФ"
            place = _without_person_after(text, place, named_people)
            if place is not mention:
                moved.append((len(refined), place.stop))
            refined.append(place)
            continue
        ner_stop = mention.stop
        recut = without_participle_noun(text, mention.start, mention.stop)
        recut = body_end(text, mention.start, recut)  # "Совета директоров доходности ОФЗ"
        if recut < ner_stop:  # "запланированных Правительством национальных проектов"
            mention = replace(mention, text=text[mention.start : recut], stop=recut, normal=None)
        end = mention.stop
        subdivision = subdivision_before(text, mention.start)
        if subdivision not in TERRITORIAL:
            dependent = (
                subdivision is not None
                or _after_person_noun(text, mention.start)
                or _is_whole_name(text, mention.start, mention.stop)
            )
            end = continued(text, end, people, territorial_only=dependent)  # "РФ по Москве" too
        declined, end = completed(text, mention.start, end, people)  # "дорожному агентству"
        if genitives and end == mention.stop:
            end = with_country_after(text, end)
        if genitives and end == mention.stop:
            end = with_place_after(text, mention.start, end, places)  # "суд Кёльна"
            while (
                end > mention.stop
                and (farther := with_place_after(text, mention.start, end, places)) > end
            ):
                end = farther  # "Администрации Советского района Уфы": the district's city too
        end = named_after(text, end, person_stops)
        for start, stop in _pieces(text, mention.start, end):
            if not _is_organisation(text, start, stop, generic):
                continue
            start = with_country_adjective(text, start, stop)
            if retyped or recut < ner_stop or (start, stop) != (mention.start, mention.stop):
                written = max(mention.stop, declined)  # what follows is kept as written
                tail = written if start < written < stop else stop
                moved.append((len(refined), tail))
                refined.append(replace(mention, text=text[start:stop], start=start, stop=stop))
            else:
                refined.append(mention)
    owned_only = sentence_at is None and genitives and sentences is not None
    common: dict[int, int] = {}  # generic organisations found here: their common words
    if sentence_at is not None or owned_only:
        taken = [(m.start, m.stop) for m in refined if m.type in ("ORG", "PER", "LOC")]
        organisations = {m.start: m.text for m in refined if m.type == "ORG"}
        generics = []
        for mention in generic_mentions(document.id, text, taken, sentence_at or sentences):
            end = with_owner_after(text, mention.stop, places) if genitives else mention.stop
            owned = end > mention.stop or starts_with_owner_adjective(text, mention.start)
            body = genitives and _body_of(text, mention, organisations)  # as written: a name
            generics.append((mention, end, owned, body))
        again = _bodies_named_once(text, generics, organisations) if owned_only else set()
        for mention, end, owned, body in generics:
            noun = mention.text.rsplit(" ", 1)[-1]
            named = is_named_by_field(mention.text)  # "министерство культуры"
            # "мер Правительства": a name by its capital alone, kept as written
            again_written = mention.start in again  # "Совет директоров отмечает"
            capitalised = not (owned or named or again_written) and _capitalised_inside(
                text, mention
            )
            if not (owned or body or named or capitalised or again_written) and (
                owned_only or needs_owner(noun)
            ):
                continue  # a generic organisation its country or place names ("власти США")
            if owned and takes_field(noun):  # "сборной России по хоккею"
                end = continued(text, end, people)
            found = replace(mention, text=text[mention.start : end], stop=end)
            if not (body or capitalised):
                common[len(refined)] = len(mention.text.split())
            if plural_only(noun):  # "Властей США" -> власти США: in the plural, the tail as written
                normal = plural_nominative(mention.text) + text[mention.stop : end]
                refined.append(replace(found, normal=normal))
                continue
            moved.append((len(refined), mention.stop))
            refined.append(found)
    if sentences is not None:  # "журнала ''Rolling Stone''": a name NER did not see
        taken = [(m.start, m.stop) for m in refined]
        refined.extend(appositions(document.id, text, taken, sentences))
        taken = [(m.start, m.stop) for m in refined]
        refined.extend(quoted_names(document.id, text, taken, sentences))  # "движения «Наши»"
        taken = [(m.start, m.stop) for m in refined]
        refined.extend(numbered_schools(document.id, text, taken, places, sentences))
        refined.extend(list(glosses(text, refined, sentences)))  # "(Houston Chronicle)"
    refined = as_written(text, _renormalised(text, refined, moved))  # "фонда «Поможем»"
    refined = as_governed(text, refined)  # "Учредитель «Мосинжпроект-реставрации»"
    for at, words in common.items():  # "Мэрия Москвы" opening a sentence: мэрия Москвы
        refined[at] = _common_lowered(refined[at], words)
    if genitives:
        refined = chained(text, refined)
        inner: list[tuple[int, int]] = []  # "Комитет Сената" -> Сената, "МВД России по Москве"
        _add_inner(text, refined, inner, people | frozenset(places), places, generic, inner_names)
        refined = _renormalised(text, refined, inner)
    if sentences is not None:
        refined = by_fuller_names(text, refined)  # "Его Антикризисный расчетно-товарный центр"
        refined = repeated(text, refined, sentences)
    if other_kinds:  # and "в «Легенде Цветного»" after it
        refined = [m for m in refined if not is_named_other_kind(text, m, other_kinds)]
    if sentence_at is None:
        return refined
    return [_lowered(m) if m.type == "ORG" and is_generic_phrase(m.text) else m for m in refined]


# the nouns of institutions a place's name is never headed by (a building is: "больница")
INSTITUTION_HEADS = (
    "театр", "университет", "институт", "академия", "колледж", "школа", "училище", "лицей",
    "гимназия", "музей", "библиотека", "филармония", "консерватория",
)  # fmt: skip
LATIN_PREFIXED = re.compile(rf"[A-Z]{{2,5}}-[{LOWER}]+")  # "IT-компании", "PR-агентство"
_NEXT_TOKEN = re.compile(r"[ \u00a0]+([^\W\d_]+|\S)")  # the word or mark after a name


def _bodies_named_once(text: str, generics: list, organisations: dict[int, str]) -> set[int]:
    """The starts of the bare bodies of generics ("Совет директоров отмечает") whose words the
    document writes before one organisation only ("Совет директоров Банка России"): that
    body, a mention of its own in the default output (the id it has elsewhere). Not when it
    names the bodies of several ("совета директоров РАО ЕЭС", "в совете директоров РЭС"), nor
    when a word that may be a genitive, a capital or a quote follows it: whose it is ("совет
    директоров его «Распорядительной дирекции»", "совет директоров компании")."""
    bodies = [
        (grammar.lemma_key(mention.text), grammar.lemma_key(organisations[mention.stop + 1]))
        for mention, _, _, body in generics
        if body
    ]
    again = set()
    for mention, _, owned, body in generics:
        following = _NEXT_TOKEN.match(text, mention.stop)
        word = following[1] if following else ""
        if owned or body or word[:1] in OPENING or word[:1].isupper():
            continue
        if is_press_service(mention.text):
            continue  # "пресс-служба" bare is any organisation's, the one named before or not
        if word[:1].isalpha() and grammar.may_be_genitive(word):
            continue
        key = grammar.lemma_key(mention.text)
        owners = [owner for words, owner in bodies if grammar.same_lemmas(words, key)]
        if owners and all(grammar.same_lemmas(owner, owners[0]) for owner in owners):
            again.add(mention.start)
    return again


def _body_of(text: str, mention: Mention, organisations: dict[int, str]) -> bool:
    """Whether the generic mention is a body of the organisation NER found one space after it
    ("Совет директоров" + "Банка России"), which ``chained`` joins to it."""
    after = mention.stop + 1
    return after in organisations and text[mention.stop] == " " and is_body_phrase(mention.text)


def _add_inner(
    text: str,
    refined: list[Mention],
    moved: list[tuple[int, int]],
    names: frozenset[int],
    places: dict[int, int],
    generic: bool,
    own_names: bool,
) -> None:
    """refined with the organisations named inside each ORG span added as mentions of their
    own, to be normalised, unless an ORG mention starts and ends there already: the one the
    span's head governs in the genitive (``chains.governed_inside``: "Комитет Сената") and the
    parent a territorial body is named by before its place (``extend.parent_before_place``:
    "МВД России по Москве"); with own_names, the same organisation's own name too
    (``_own_names``: NEREL's nested spans)."""
    spans = {(m.start, m.stop) for m in refined if m.type == "ORG"}
    starts = {start for start, _ in spans}
    for mention in list(refined):
        if mention.type != "ORG":
            continue
        found = []
        inner = governed_inside(text, mention.start, mention.stop, names)
        if inner is not None and inner[0] not in starts:
            found.append(inner)
        parent = parent_before_place(text, mention.start, mention.stop, places)
        if parent is not None and _is_organisation(text, mention.start, parent, generic):
            found.append((mention.start, parent))
        if own_names:
            found += _own_names(text, mention, found, inner, spans, starts, places, generic)
        for start, stop in found:
            if (start, stop) in spans:
                continue
            spans.add((start, stop))
            starts.add(start)
            moved.append((len(refined), stop))
            refined.append(
                replace(
                    mention, text=text[start:stop], start=start, stop=stop, normal=None, name=None
                )
            )


def _own_names(
    text: str,
    mention: Mention,
    found: list[tuple[int, int]],
    inner: tuple[int, int] | None,
    spans: set[tuple[int, int]],
    starts: set[int],
    places: dict[int, int],
    generic: bool,
) -> list[tuple[int, int]]:
    """The organisation's own name inside the ORG mention's span, and inside the spans found in
    it: before its country or place (``chains.before_owner``: "МИД России", "Тверской суд
    Москвы"), unless an organisation starts inside it ("школу КГБ СССР": the country is КГБ's)
    or the head governs one; after a country adjective (``chains.after_country_adjective``:
    "японского МИДа"); the head of a chain written as a name by itself (``chains.is_chain_head``:
    "Совет Безопасности ООН")."""
    own = []
    heads = list(found) if inner is not None else [(mention.start, mention.stop), *found]
    inside = starts | {start for start, _ in found}
    for start, stop in heads:  # "МИД России" -> МИД, "Департамент МИД России" -> МИД
        if any(start < other < stop for other in inside):
            continue  # "школу КГБ СССР": the country is the inner organisation's
        end = before_owner(text, start, stop, places, generic)
        if end is not None and _is_organisation(text, start, end, generic):
            own.append((start, end))
    governed = [a for a, b in spans | {*found, *own} if b == mention.stop and a > mention.start]
    head = min(governed, default=mention.start)  # the first organisation inside, if any
    if text[head - 1] == " " and is_chain_head(text, mention.start, head - 1):
        own.append((mention.start, head - 1))  # "Совет Безопасности ООН"
    after = after_country_adjective(text, mention.start, mention.stop, generic)
    if after is not None and _is_organisation(text, after, mention.stop, generic):
        own.append((after, mention.stop))  # "японского МИДа" -> МИДа
    return own


def _common_lowered(mention: Mention, words: int) -> Mention:
    """A generic organisation completed by its place or country, the common words of its
    normal form in lower case ("Мэрия Москвы" at a sentence start and "мэрии Москвы" are one
    entity); its place as written, its country by its short name ("Правительство РФ" and
    "правительства России" are one entity too)."""
    parts = (mention.normal or mention.text).split(" ")
    owner = " ".join(parts[words:])
    lowered = " ".join(w.lower() for w in parts[:words])
    return replace(mention, normal=f"{lowered} {country_genitive(owner) or owner}".strip())


def _capitalised_inside(text: str, mention: Mention) -> bool:
    """Whether a generic organisation is written capitalised inside a sentence, as a name is
    ("комплекса мер Правительства": the Government), not because it opens the sentence nor
    inside a quoted title (the law «О Полиции»)."""
    if not mention.text[:1].isupper() or starts_sentence(text, mention.start):
        return False
    line = text[max(0, mention.start - 80) : mention.start].rsplit("\n", 1)[-1]
    return not unclosed(line)


def _lowered(mention: Mention) -> Mention:
    """A generic organisation's normal form in lower case: "Полиция" at a sentence start and
    "полиции" are one entity."""
    return replace(mention, normal=(mention.normal or mention.text).lower())


def _renormalised(
    text: str, mentions: list[Mention], moved: list[tuple[int, int]]
) -> list[Mention]:
    """mentions with the normal forms of those moved computed again: the span up to its tail
    in the nominative, the tail (a continuation NER left out: "по правам человека") as
    written."""
    if not moved:
        return mentions
    keys = [
        normalize.SpanKey(
            mentions[i].type,
            text[mentions[i].start : tail],
            normalize.left_word(text, mentions[i].start),
        )
        for i, tail in moved
    ]
    for (i, tail), normal in zip(moved, normalize.normalize(keys)):
        written = text[tail : mentions[i].stop]
        mentions[i] = replace(mentions[i], normal=normal.normal + written, name=None)
    return mentions


def _before_bracket(text: str, mention: Mention) -> Mention:
    """A place NER ran on into the bracket after it, cut before the bracket: "РФ (ФНС)" (the
    abbreviation of the organisation before it, ``repeats`` reads it so), "Нинава (Ninawa)";
    the mention itself when it has no such bracket, or when the bracket names the same country
    ("Китайской Народной Республике (КНР)": one country, one mention)."""
    if mention.type != "LOC" or "(" not in mention.text:
        return mention
    parts = _bracket_parts(text, mention.start, mention.stop)
    start, stop = _trimmed(text, *parts[0])
    if start >= stop or start != mention.start:
        return mention
    country = countries.lookup_country(text[start:stop])
    inside = _trimmed(text, *parts[1])
    if country is not None and countries.lookup_country(text[inside[0] : inside[1]]) == country:
        return mention
    return replace(mention, text=text[start:stop], stop=stop, normal=None)


def _without_person_after(text: str, mention: Mention, people: frozenset[str]) -> Mention:
    """A place NER ran on into the subject after it, cut before the person's word: "на улице
    Старая Басманная Мединский передал" (Мединский: a word of a person the document names in
    full, ``person_words``, that may be a nominative, a verb right after it); the mention
    itself otherwise, and when the word is the genitive of whom the place is named after
    ("Башня Елизаветы")."""
    if mention.type != "LOC" or " " not in mention.text.strip():
        return mention
    rest, last = mention.text.rsplit(None, 1)
    if last not in people or not last[:1].isupper():
        return mention
    following = _NEXT_TOKEN.match(text, mention.stop)
    if following is None or not grammar.may_be_verbal(following.group(1).lower()):
        return mention
    readings = morph.parses(last)
    if any("Fixd" in p.tag for p in readings) or not any(p.tag.case == "nomn" for p in readings):
        return mention
    stop = mention.start + len(rest)
    return replace(mention, text=text[mention.start : stop], stop=stop, normal=None)


def _is_organisation_name(mention: Mention) -> bool:
    """Whether a LOC mention names an organisation: one the curated table knows ("Евросоюза",
    "Европейского союза"), an abbreviation pymorphy2 knows as one ("ЕС", "НАТО"), or a name
    headed by an institution's noun (``INSTITUTION_HEADS``: "Приморском драмтеатре",
    "Пермского университета"; NEREL types all 87 of its such spans ORG)."""
    if is_curated(mention.normal or mention.text):
        return True
    word = mention.text
    name = mention.normal or word  # with a head it shares: "Приморском [и ... драмтеатрах]"
    if " " in name.strip():
        head = name.rsplit(None, 1)[-1]
        return any(lemma.endswith(INSTITUTION_HEADS) for lemma in grammar.noun_lemmas(head))
    return bool(ABBREVIATION.match(word)) and any(
        "Orgn" in p.tag.grammemes for p in morph.parses(word)[:1]
    )


# Boundaries


def _pieces(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The organisation names of one NER span: split at brackets and descriptors, trimmed."""
    stop = _closed(text, start, to_closing_quote(text, start, stop))
    for part_start, part_stop in _bracket_parts(text, start, stop):
        part_start, part_stop = _trimmed(
            text, part_start, _before_colon(text, part_start, part_stop)
        )
        part_stop = _without_trailing_verbs(text, part_start, part_stop)
        if part_start < part_stop:
            for name_start, name_stop in _without_descriptor(text, part_start, part_stop):
                name_start = _after_position(text, name_start, name_stop)
                if name_start < name_stop:
                    yield name_start, name_stop


def _closed(text: str, start: int, stop: int) -> int:
    """stop, moved past a closing quotation mark or bracket right after the span when the span
    opens one it does not close ("«Голоса Америки" + "»")."""
    span = text[start:stop]
    if not _balanced(span) and _balanced(text[start : stop + 1]):
        return stop + 1
    return stop


def _before_colon(text: str, start: int, stop: int) -> int:
    """stop moved back to the first colon of the span outside quotation marks: no name runs
    through one, what follows it is what the name introduces ("MOEX: CHMF", an exchange and a
    share's ticker; "Московской бирже: PLZL")."""
    colon = text.find(":", start, stop)
    while colon != -1 and unclosed(text[start:colon]):
        colon = text.find(":", colon + 1, stop)
    return stop if colon == -1 else colon


def _without_trailing_verbs(text: str, start: int, stop: int) -> int:
    """stop moved back before lower-case verbs and adverbs NER took into the name ("Церкви
    Христовой собрались"); not in a quoted name, whose marks say where it ends («Россия
    сегодня»)."""
    if start and text[start - 1] in NAME_OPENING and text[stop : stop + 1] in NAME_CLOSING:
        return stop
    words = list(WORD.finditer(text, start, stop))
    while len(words) > 1 and words[-1].group().islower() and grammar.is_verbal(words[-1].group()):
        words.pop()
        stop = words[-1].end()
    return stop


def _bracket_parts(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The span cut at brackets: "Name (ABBR)" -> Name, ABBR; within brackets, also at commas
    ("(Rassemblement pour le Mali, RPM)"); and at semicolons, which no name runs through
    ("NYSE: MBT; MOEX: MTSS")."""
    span = text[start:stop]
    if "(" not in span and ")" not in span and ";" not in span:
        return [(start, stop)]
    parts = []
    last = start
    inside = False
    for i, char in enumerate(span, start):
        if char in "();" or (inside and char == ","):
            parts.append((last, i))
            last = i + 1
            inside = char == "(" or (inside and char != ")")
    parts.append((last, stop))
    return parts


def _trimmed(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span without spaces and punctuation at its edges, nor a quotation mark it does not
    pair ("Кориера делла Сера»" -> Кориера делла Сера), nor the quotes round a whole name
    ("«Почты России»" -> Почты России), nor the two apostrophes of wiki italics on one side
    only ("''Samsung Group": two apostrophes pair each other, so balance cannot tell)."""
    while True:
        while start < stop and text[start] in EDGE:
            start += 1
        while stop > start and text[stop - 1] in EDGE:
            stop -= 1
        span = text[start:stop]
        if len(span) < 2:
            return start, stop
        first, last = span[0], span[-1]
        if span.startswith(WIKI_ITALICS) and not span.endswith(WIKI_ITALICS):
            start += len(WIKI_ITALICS)  # "''Samsung Group": wiki italics NER took one side of
        elif span.endswith(WIKI_ITALICS) and not span.startswith(WIKI_ITALICS):
            stop -= len(WIKI_ITALICS)
        elif first in NAME_PAIRS and last == NAME_PAIRS[first] and _balanced(span[1:-1]):
            start, stop = start + 1, stop - 1
        elif last in NAME_CLOSING and not _balanced(span) and _balanced(span[:-1]):
            stop -= 1
        elif first in NAME_OPENING and not _balanced(span) and _balanced(span[1:]):
            start += 1
        else:
            return start, stop


def _balanced(span: str) -> bool:
    """Whether every quotation mark and bracket the span opens it closes, in order; a closing
    guillemet at its end closes every guillemet still open, as Russian writes a name quoted
    inside a name when both end together ("«Концерн ВКО «Алмаз – Антей»")."""
    if PAIR_MARKS.search(span) is None:
        return True  # most names have no mark: nothing to read character by character
    stack: list[str] = []
    for char in span:
        if stack and char == NAME_PAIRS.get(stack[-1], ")" if stack[-1] == "(" else None):
            stack.pop()
        elif char in NAME_PAIRS or char == "(":
            stack.append(char)
        elif char in NAME_CLOSING or char == ")":
            return False
    return not stack or (span[-1] == RIGHT_GUILLEMET and set(stack) == {LEFT_GUILLEMET})


def _without_descriptor(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """A quoted name after its descriptor: the name alone ("ОАО «Газпром»" -> Газпром), and the
    descriptor too when it is a name of its own ("Русской службе «Голоса Америки»"); a name in
    Latin letters after a Russian descriptor likewise ("ИА Regnum", "концерн Sony")."""
    span = text[start:stop]
    latin = LATIN_AFTER.match(span)
    quoted = start > 0 and text[start - 1] in NAME_OPENING  # «Газета Daily» is the whole name
    if latin and not quoted and _is_descriptor(WORD.findall(latin["head"])):  # "ИА Regnum"
        yield start + latin.start("name"), stop
        return
    match = BRACKETED_NAME.match(span)
    if not match or span[-1] != NAME_PAIRS[match["open"]] or len(match["name"]) < 2:
        yield start, stop
        return
    name_start, name_stop = start + match.start("name"), stop - 1
    if unclosed(match["name"][:-1]):  # "АО «Концерн «Созвездие»": the last mark closes both
        name_stop = stop
    head = WORD.findall(match["head"])
    if not head or not _is_descriptor(head, starts_sentence(text, start)):
        yield start, start + match.end("head")
    yield name_start, name_stop


def _is_descriptor(words: list[str], at_sentence_start: bool = False) -> bool:
    """Whether the words before a quoted name describe it: upper-case abbreviations (legal forms
    "ОАО", "ООО УК", agencies "РИА") and at most one common noun ("компании", "Концерн"), the
    adjectives before it in lower case, but for a sentence's first word ("благотворительный
    фонд «Свет надежды»", "Благотворительный фонд «…» открыл"; not "Русской службе «Голоса
    Америки»", a name of its own)."""
    words = [w for w in words if not ABBREVIATION.match(w)]
    adjectives = 0
    while adjectives < len(words) - 1 and _is_common_word(words[adjectives], ADJECTIVES):
        if words[adjectives][:1].isupper() and not (adjectives == 0 and at_sentence_start):
            return False
        adjectives += 1
    nouns = words[adjectives:]
    return len(nouns) <= 1 and all(_is_common_noun(w) for w in nouns)


def _after_position(text: str, start: int, stop: int) -> int:
    """Where the organisation starts in a span that begins with a position ("Председатель
    Правительства" -> Правительства, "Генеральный секретарь ООН" -> ООН): past the person noun
    and the adjectives before it; stop when no capitalised name follows it."""
    if start and text[start - 1] in NAME_OPENING:  # a quoted title: «Пермский обозреватель»
        return start
    words = list(WORD.finditer(text, start, stop))
    for i, word in enumerate(words):
        if _is_person_noun(word.group()):
            rest = words[i + 1 :]
            return rest[0].start() if rest and _capitalised(rest[0].group()) else stop
        if not _is_adjective(word.group()):
            return start
    return start


def _is_whole_name(text: str, start: int, stop: int) -> bool:
    """Whether the span is a name complete in itself: one abbreviation ("ФСБ", "ООН": it
    stands for a whole name) or a body completed by its genitive ("Совет директоров",
    ``generic``). A phrase with "по" after it is then the topic of a word around it
    ("заседания Совета директоров по ключевой ставке", "решением ЕСПЧ по делу"), unless it
    names the place of a territorial branch ("МВД по городу Москве"). So is one institution
    noun that no genitive completes ("Правительства по вопросам бюджета"), and one noun or
    abbreviation completed by its country in the genitive ("Банка России", "МВД России": "прогноз
    Банка России по инфляции"); a substantivised adjective is no such noun ("сборной России по
    хоккею")."""
    span = text[start:stop]
    if bool(ABBREVIATION.match(span)) or (" " in span and is_generic_phrase(span)):
        return True
    if WORD.fullmatch(span) and (is_complete_institution(span) or _is_one_word_name(span)):
        return True  # "решений Правительства по траектории расходов", "Газпрома по связям"
    country = country_tail(text, start, stop)
    words = list(WORD.finditer(text, start, country))
    return (
        country < stop
        and len(words) == 1
        and (bool(ABBREVIATION.match(words[0].group())) or _is_noun(words[0].group()))
    )


def _is_noun(word: str) -> bool:
    """Whether pymorphy2 reads word as a noun only (not "сборной", also an adjective)."""
    readings = morph.parses(word)
    return bool(readings) and all(p.tag.POS == NOUN for p in readings)


def _is_one_word_name(word: str) -> bool:
    """Whether word is a name of one word (a coined one: "Минфин", "Газпром", "Google"), not a
    common noun: pymorphy2 reads it as an organisation's or place's name, or does not know it.
    Such a name is whole: a phrase with "по" after it is not part of it ("операции Минфина по
    покупке валюты"), unless it names a territorial branch's place ("Росреестра по Москве")."""
    return not morph.is_known(word) or any(
        {"Orgn", "Geox"} & p.tag.grammemes for p in morph.parses(word)
    )


def _after_person_noun(text: str, start: int) -> bool:
    """Whether a lower-case person noun stands right before the span ("директор НАСА")."""
    before = run_before_space(LOWER_RUN_BEFORE_SPACE, text[max(0, start - 40) : start])
    return bool(before) and _is_person_noun(before[1])


@caches.bounded(caches.WORDS)
def _is_person_noun(word: str) -> bool:
    """Whether pymorphy2 knows word only as an animate common noun ("председателя"); a
    compound of a name or abbreviation and a lower-case noun by that noun, its head
    ("IT-поставщиком", "YouTube-блогером")."""
    word = _compound_head(word)
    readings = [p for p in morph.parses(word) if p.tag.POS]
    return (
        not word.isupper()  # an abbreviation: ФИФА is no "фифа"
        and morph.is_known(word)
        and bool(readings)
        and all(
            p.tag.POS == "NOUN" and p.tag.animacy == "anim" and not PROPER & p.tag.grammemes
            for p in readings
        )
    )


COMPOUND = re.compile(rf"(?:[A-Za-z]+|[{CAPITALS}]{{2,}})-(?P<head>[{LOWER}]+)")


def _compound_head(word: str) -> str:
    """The lower-case noun a compound with a Latin or upper-case first part ends with, its head
    ("IT-поставщиком" -> "поставщиком"); word itself otherwise."""
    compound = COMPOUND.fullmatch(word)
    return compound["head"] if compound else word


def _is_adjective(word: str) -> bool:
    return grammar.first_pos(word) in grammar.ADJECTIVAL


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1] in NAME_OPENING


# Which spans are organisations


def _is_organisation(text: str, start: int, stop: int, generic: bool) -> bool:
    """Whether text[start:stop] names an organisation: not a position, pronoun, plural common
    noun or sentence-initial common word (see the module docstring)."""
    words = list(WORD.finditer(text, start, stop))
    if not words:
        return False
    if not generic and is_generic_phrase(text[start:stop]):
        return not (text[start].islower() or starts_sentence(text, start))  # "Правительства РФ"
    if is_other_kind(text, start):  # "кинотеатр «Звезда»", "шаттл «Дискавери»"
        return False
    if names_facility(text, start, stop):  # "Внуковском аэропорту", "телескоп Кеплер"
        return False
    if names_the_internet(text, start, stop, starts_sentence(text, start)):  # "в Сети"
        return False
    if is_owned_medium(text, start):  # "в своём Твиттере", "на странице в Facebook"
        return False
    if is_published_medium(text, start, stop):  # "написал в Facebook"
        return False
    if _is_counting_numeral(text, start, stop):  # "«7 советов об играх»": "5"
        return False
    if len(words) == 1:
        return _is_name_word(text, start, words[0].group(), generic)
    return not _is_common_line(text, start, stop, [w.group() for w in words])


def _is_common_line(text: str, start: int, stop: int, words: list[str]) -> bool:
    """Whether the span is a line of its own (a heading, a table cell: "Абсорбирование
    ликвидности") of common words capitalised only at its start, the first a noun with no
    plural (a process or a mass: "Абсорбирование", "Рефинансирование"): no name ("Фонд борьбы
    с коррупцией" as a headline is one)."""
    if not _alone_on_line(text, start, stop) or not all(w.islower() for w in words[1:]):
        return False
    return _is_common_noun(words[0]) and all("Sgtm" in p.tag for p in morph.parses(words[0]))


def _alone_on_line(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] is its line with the spaces around it stripped: read out from
    the span over spaces only, never the whole line (a document may be one line)."""
    span = text[start:stop]
    if span != span.strip():
        return False
    before, after = start, stop
    while before and text[before - 1] not in LINE_ENDS and text[before - 1].isspace():
        before -= 1
    while after < len(text) and text[after] not in LINE_ENDS and text[after].isspace():
        after += 1
    return (not before or text[before - 1] in LINE_ENDS) and (
        after == len(text) or text[after] in LINE_ENDS
    )


def _is_counting_numeral(text: str, start: int, stop: int) -> bool:
    """Whether the span is a number that counts the lower-case word after it ("7 советов"): a
    number alone can name something ("служба 911"), a number with its noun is no name."""
    return LOWER_WORD_AFTER_SPACE.match(text, stop, stop + 2) is not None and not any(
        char.isalpha() for char in text[start:stop]
    )  # the word after first: most spans have none, few are without letters


def _is_name_word(text: str, start: int, word: str, generic: bool) -> bool:
    if LEGAL_FORM.match(word + " "):  # "ПАО" alone is a legal form, not a name
        return False
    if ROMAN_NUMERAL.fullmatch(word):  # "дом конца XVII века": a numeral, no name
        return False
    readings = [p for p in morph.parses(word) if p.tag.POS]
    if any(p.tag.POS in PRONOUN or PRONOUN & p.tag.grammemes for p in readings[:1]):
        return False
    if _is_first_name(text, start, word, readings):  # "Председателя Банка России Эльвиры"
        return False
    if generic and is_generic(word):
        return True
    if names_organisation_only(word):  # "Аль-Каиды": not the plural of its last part
        return True
    last = word.rsplit("-", 1)[-1]
    quoted = start > 0 and text[start - 1] in NAME_OPENING
    if ABBREVIATION.match(word):  # "СМИ", not "ИГ": no reading of the word "иг" (of "иго")
        if _is_plural_common(last, abbreviation=True):
            return False
    elif _is_plural_common(last) and (("-" in word and not quoted) or word.islower()):
        return False  # "IT-компаний"; not the quoted name «Братья-мусульмане»
    elif not quoted and LATIN_PREFIXED.fullmatch(word) and describes(last):
        return False  # "в IT-компании «Прогноз»": a kind with its field, the name after it
        # (not a part of an organisation, "PR-служба конференции": the service is one)
    if word.isupper() or not starts_sentence(text, start):
        return True
    # capitalised only because it starts a sentence: a common noun ("Почта, которая..."), or an
    # adjective NER took without its noun ("Депозитные аукционы"); not when quoted, the marks
    # say it is a name («Мемориал» признал)
    return quoted or not (_is_common_noun(word) or _is_common_word(word, grammar.ADJECTIVAL))


def _is_first_name(text: str, start: int, word: str, readings: list) -> bool:
    """Whether an unquoted word pymorphy2 knows reads first as a person's first name and a
    capitalised patronymic or surname follows it: a person, no organisation ("Эльвиры" before
    "Набиуллиной" on the next line; not "газета Кларин сообщает")."""
    quoted = start > 0 and text[start - 1] in NAME_OPENING  # the document's start is no mark
    if quoted or word.isupper() or not morph.is_known(word) or not readings:
        return False
    if "Name" not in readings[0].tag.grammemes:
        return False
    after = NEXT_WORD.match(text, start + len(word))
    return bool(after) and any(
        {"Surn", "Patr"} & p.tag.grammemes for p in morph.parses(after["word"])
    )


@caches.bounded(caches.WORDS)
def _is_plural_common(word: str, abbreviation: bool = False) -> bool:
    """Whether pymorphy2 reads word only as a plural common noun ("компаниями"); with
    ``abbreviation`` (an upper-case word), only as a plural abbreviation ("СМИ"): pymorphy2
    reads an abbreviation it does not know as the lower-case word ("ИГ" as "иг", of "иго";
    "ФАР" as "фар", of "фара"), which says nothing of the abbreviation."""
    readings = morph.parses(word)
    return bool(readings) and all(
        p.tag.POS == "NOUN"
        and p.tag.number == "plur"
        and not PROPER & p.tag.grammemes
        and (not abbreviation or "Abbr" in p.tag.grammemes)
        for p in readings
    )


def _is_common_noun(word: str) -> bool:
    """Whether pymorphy2 knows word, and only as a common noun ("Почта", "компании")."""
    return _is_common_word(word, (NOUN,))


def _is_common_word(word: str, parts: tuple[str, ...]) -> bool:
    """Whether pymorphy2 knows word, and only as a common word of those parts of speech."""
    if not morph.is_known(word):
        return False
    return all(p.tag.POS in parts and not PROPER & p.tag.grammemes for p in morph.parses(word))
