"""Positions written before a person's name: "глава Минкомсвязи Николай Никифоров".

A role is one noun group that ends right before the person's name, in the same clause:

- its head is a person noun (``heads``: "министр", "футболист", "кронпринц"; not kinship,
  relations, honours, participants, generic people, courtesy titles or demonyms) in the name's
  case: apposition agrees ("президентом Аргентины Маурисио Макри"), so "представитель Обамы"
  is not Обама's role ("и. о. главы", "замгубернатора" take the genitive whatever the case);
- singular, since one person holds it, unless the name starts a list of people ("музыканты
  Юрий Царёв и ...") or the group is "один из ..." ("одна из основательниц компании");
- the adjectives before the head that agree with it are kept ("бригадный генерал",
  "Главный редактор"), so are "и. о." and "исполняющий обязанности" ("И. о. главы");
- after the head only what it governs (``group``): genitives ("министр иностранных дел"), the
  organisations and places NER found ("главного тренера «Бананца»"), quoted names, a head
  coordinated with it ("основателем и председателем"), "от" + what one represents ("сенатор
  от штата Вермонт"), where the position is held ("постпред России при ООН"), what one is put
  up for ("кандидат в президенты"). A preposition, adverb, pronoun, verb or number outside
  those ends it, and so does an opening quote right before the name (the name is then a title);
  a role may stand before a dash right before the name ("Министр обороны — Ицунори Онодэра");
- when another person's name in the genitive stands right before the name, the role may
  govern it: "пресс-секретарь президента Владимира Путина Дмитрий Песков" (a head that may be
  genitive is that other person's: "«короля поп-музыки» Майкла Джексона Кэтрин");
- a role set off by a comma after another person's name, its head a position held for
  another person right before a genitive name, is that person's apposition and the name its
  complement: "Андрея Шаронова, бывшего помощника Германа Грефа" gives Греф no role.

``role`` is the phrase's nominative (``phrases``): "Председателя Правительства РФ" ->
"председатель Правительства РФ"; ``start``/``stop`` are its offsets as written.

Size: one search from the name back, whose steps (heads, the group, the name's cases, the
names around it) read each other's results; the words' own tests live in ``heads`` and
``group``, the document's in ``context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from .. import caches
from ..lang import grammar, morph, phrases
from ..lang.letters import CAPITALS, CYRILLIC, plain_spaces
from ..lang.marks import CLOSING, EITHER, OPENERS, after_mark, unclosed
from ..lang.names import feminine_given_cases, span_case
from .context import GOVERNED_TYPES, RoleContext
from .group import PLACE_KIND, Token, first_head, governed, tokens
from .heads import (
    CHILDREN,
    KINSHIP,
    NOT_A_HEAD,
    PARENTS,
    POSITION,
    Head,
    coordinated_position,
    person_head,
    position_head,
    serves,
)

__all__ = [
    "CHILDREN", "GOVERNED_TYPES", "KINSHIP", "PARENTS", "POSITION", "NO_ROLE", "Role", "RoleContext",
    "find_role", "nominative", "person_head", "role_head",
]  # fmt: skip

MAX_WORDS = 12
WINDOW = 160  # characters looked at before a name
CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]—–\n\r]|\s-\s")  # \r alone: a classic Mac line end
# "и. о." and "врио" (временно исполняющий обязанности): acting for the head after them
ABBREVIATION = re.compile(r"(?<!\w)(?:и\.\s?о\.|врио(?!\w))", re.IGNORECASE)
OPENING_QUOTE = re.compile(rf"(?:[{OPENERS}]|(?:^|\s)[{EITHER}])$")
NAME_WORD = re.compile(rf"[{CYRILLIC}]{{2,}}(?:-[{CYRILLIC}]+)*(?!\.)")
# an abbreviation in brackets after a name, inside a role: "президент Международного
# олимпийского комитета (МОК) Томас Бах"
BRACKETED = re.compile(rf"\([{CAPITALS}]{{2,10}}\)")
# a dash right before the name, the role before it in the name's case: "Министр обороны —
# Ицунори Онодэра", "у российского фехтовальщика — Тимура Сафина", "(режиссёр — Дмитрий Бертман)"
DASH_BEFORE = re.compile(r"\s[—–]\s*$")
AGE = re.compile(r"^\d+-(?:х-)?летн\w+$", re.IGNORECASE)  # the person's age, not the role's
ACTING = "исполняющ"  # "исполняющий обязанности": acting for the head after it
PERSON_NAME = {"Name", "Surn", "Patr"}
ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
Between = Literal["nothing", "names", "words"]  # what stands between a role's head and the name


@dataclass(frozen=True)
class Role:
    """A role: its nominative and where the phrase is written (all None: no role)."""

    text: str | None = None
    start: int | None = None
    stop: int | None = None
    cases: frozenset[str] | None = None  # the name's, when the role in apposition shows them

    def fields(self) -> dict[str, Any]:
        """The mention fields the role fills: ``role``, ``role_start``, ``role_stop``."""
        return {"role": self.text, "role_start": self.start, "role_stop": self.stop}


NO_ROLE = Role()


def find_role(
    text: str, start: int, stop: int, context: RoleContext | None = None, before: int = 0
) -> Role:
    """The role written right before the name text[start:stop], or before a dash right before
    it, not reaching back past before."""
    context = context or RoleContext([])
    words = _words_before(text, start, before, context)
    if words is None:
        return NO_ROLE
    listed, without = True, frozenset()  # a plural role may be of a list the name starts
    if not words and (dash := DASH_BEFORE.search(text, max(before, start - 4), start)):
        words = _words_before(text, dash.start(), before, context)  # "Министр обороны — Name"
        # ... one person's, in the case the name is likeliest in: "две российские лесбиянки —
        # Марина Миронова и ..." is a list's, and "лесбиянки" no genitive of Марин Миронов's
        listed, shown = False, span_case(text[start:stop])
        without = ALL_CASES - {shown} if shown else without
    if not words:
        return _role_across_name(text, start, stop, context)
    role = _role_in(text, words, text[start:stop], context, stop, without, listed) or NO_ROLE
    if role.start is not None and _complement_of_apposition(text, start, stop, role, context):
        return NO_ROLE  # "Андрея Шаронова, бывшего помощника Германа Грефа": Шаронов's role
    following = context.person_right_after(text, stop) if role.start is not None else None
    if (
        following
        and (
            _in_oblique_case(text[following[0] : following[1]])
            or "gent" in _name_cases(text[start:stop])
        )
        and _role_across_name(text, *following, context).start == role.start
    ):
        # "пресс-секретаря Алексея Навального Киру Ярмыш": hers, not his; and a name that may
        # be a genitive with another right after it is the role's complement, the other its
        # holder ("Адвокат Итина Юрий Лысенко": two names in apposition would be two
        # nominatives, which no comma parts)
        return NO_ROLE
    return role


def _complement_of_apposition(
    text: str, start: int, stop: int, role: Role, context: RoleContext
) -> bool:
    """Whether the role is in apposition to the person named before it, a comma between, and
    the name is its complement: a genitive that cannot be a nominative, right after a head
    that is a position held for another person (``heads.SERVING``: "Андрея Шаронова, бывшего
    помощника Германа Грефа"); not a head whose complement stands between ("Вадима
    Ампелонского, руководителя правового отдела ведомства Бориса Едидина"), nor one a name
    cannot complete ("певца Сергея Лазарева, телеведущей Елены Летучей": a list)."""
    cases = _name_cases(text[start:stop])
    if "gent" not in cases or "nomn" in cases or not context.person_before_comma(text, role.start):
        return False
    return serves((role.text or "").rsplit(" ", 1)[-1])


def _in_oblique_case(name: str) -> bool:
    """Whether the name shows its case, and it is not the nominative ("Киру Ярмыш")."""
    cases = _name_cases(name)
    return cases != ALL_CASES and "nomn" not in cases


def _words_before(text: str, start: int, before: int, context: RoleContext) -> list[Token] | None:
    """The tokens of the clause before text[start:], without an age right before the name
    ("директора ФБР 68-летнего Роберта Мюллера"); None when the name opens a quotation."""
    clause_start = _clause_start(text, max(before, start - WINDOW), start, context)
    if OPENING_QUOTE.search(text[clause_start:start].rstrip()):
        return None  # «... Name»: a title, not a person with a role
    words = tokens(text, clause_start, start)
    while words and AGE.match(words[-1].text):
        words.pop()
    return words


def _role_in(
    text: str,
    words: list[Token],
    name: str,
    context: RoleContext,
    stop: int,
    without: frozenset[str] = frozenset(),
    listed: bool = True,
) -> Role | None:
    """The longest role among words whose head agrees with the name (leftmost head first),
    in a case other than those ``without``; a plural head only when ``listed`` and the name
    starts a list."""
    first = first_head(words, context)  # a head before it governs no group up to the name
    cases: frozenset[str] | None = None  # the name's, read at the first head only
    for at in range(first, len(words)):  # heads read as the search reaches them, not past the
        # one whose role is found
        head = position_head(words[at].text) if words[at].is_word else NOT_A_HEAD
        if not head.readings or _quoted_alone(words, at):
            continue  # a quoted word is a name, no head: "рассказывает «Медузе» Кучерова"
        if cases is None:
            cases = _name_cases(name) - without
        if not head.sure and cases == ALL_CASES:
            continue  # "После боя Матиас": an unsure head needs the name's case to agree
        found = _role_at(text, words, at, head, cases, context, stop, listed)
        if found:
            return found
    return None


def _quoted_alone(words: list[Token], at: int) -> bool:
    """Whether words[at] is a word alone between an opening and a closing quotation mark."""
    return (
        0 < at < len(words) - 1 and words[at - 1].text in OPENERS and words[at + 1].text in CLOSING
    )


def _role_across_name(text: str, start: int, stop: int, context: RoleContext) -> Role:
    """A role that governs the name of another person right before this one, in the
    genitive: "пресс-секретарь президента Владимира Путина Дмитрий Песков", "адвокат Ивана
    Петрова Олег Сидоров". The phrase, that name included, is the role."""
    previous = context.person_right_before(text, start)
    if previous is None:
        return NO_ROLE
    other_start, other_stop, earlier = previous
    if "gent" not in _name_cases(text[other_start:other_stop]):
        return NO_ROLE
    words = _words_before(text, other_start, earlier, context)
    # a head that may be genitive belongs to the genitive name: "мать «короля поп-музыки»
    # Майкла Джексона Кэтрин" (an animate accusative is the genitive's form), unless this name
    # shows a case that agrees with it too: then it is the apposition the role belongs to, the
    # last name ("со ссылкой на пресс-секретаря Алексея Навального Киру Ярмыш")
    genitive = frozenset() if _in_oblique_case(text[start:stop]) else frozenset({"gent", "accs"})
    found = _role_in(text, words, text[start:stop], context, stop, genitive) if words else None
    if found is None or found.start is None:
        return NO_ROLE
    return Role(nominative(text[found.start : other_stop]), found.start, other_stop, found.cases)


def _role_at(
    text: str,
    words: list[Token],
    at: int,
    head: Head,
    cases: frozenset[str],
    context: RoleContext,
    stop: int,
    listed: bool = True,
) -> Role | None:
    """The role whose head is words[at], if the group from it to the name is one."""
    readings = list(head.readings)
    group = governed(words, at, readings, context)
    if group is None or sum(t.is_word for t in words[at:]) > MAX_WORDS:
        return None
    first = _prefix_start(words, at)
    partitive = _partitive_start(words, first, cases)
    if partitive is not None:  # "одного из основателей": the numeral agrees with the name
        first, agreeing = partitive, [p for p in readings if morph.case_of(p) == "gent"]
    elif first < at or head.case_free:  # "и. о. главы": genitive whatever the name's case
        agreeing = readings
    else:
        agreeing = [p for p in readings if morph.case_of(p) in cases]
    by_case = partitive is None and first == at and not head.case_free
    if not agreeing:
        return None
    plural = all(p.tag.number == "plur" for p in agreeing)
    if plural and partitive is None and not (listed and context.person_listed_after(text, stop)):
        return None
    if first == at:
        first = _adjectives_start(words, at, agreeing)
    if _inside_a_title(text, words[0].start, words[first].start, group):
        return None  # "мультфильма «Жил-был пёс» Эдуард Назаров": "пёс" is in the title
    role_start, role_stop = words[first].start, _balanced_stop(text, words[first].start, group)
    phrase = _one_of(text[role_start:role_stop])
    shown = _shown_cases(agreeing, _between(words, at, context)) if by_case else None
    # "замгубернатора" does not decline: kept as written
    return Role(nominative(phrase, inflect=not head.case_free), role_start, role_stop, shown)


def _shown_cases(agreeing: list, between: Between) -> frozenset[str] | None:
    """The cases of the head's singular readings that agree with the name, when the head is
    surely in apposition with it, so that the name is in one of them too: a noun naming a woman
    right before the name ("журналистка Фарида Рустамова": her nominative, not Фарид's
    genitive; no such noun governs a person), or any head whose own complement, a name, stands
    between (between "names": "главы «Газпрома» Рэма Вяхирева", "журналистка «Би-би-си»
    Фарида Рустамова": a name governs nothing, so the person is no complement of it). Else
    None: "адвокат Фарида Рустамова" may be his lawyer, and in "наследница состояния
    патриарха Алексия II" the name is the complement's."""
    singular = [morph.facts(p.tag) for p in agreeing]
    singular = [tag for tag in singular if tag.number == "sing"]
    feminine = all(tag.gender == "femn" for tag in singular)
    if not singular or not (between == "names" or (between == "nothing" and feminine)):
        return None
    return frozenset(tag.case for tag in singular)


def _between(words: list[Token], at: int, context: RoleContext) -> Between:
    """What stands between the head words[at] and the name: "nothing", "names" (NER's or
    quoted ones only) or "words"."""
    rest = words[at + 1 :]
    if not any(t.is_word for t in rest):
        return "nothing"
    names = context.names_in(rest[0].start, rest[-1].stop)
    quoted: tuple[str, ...] = ()
    for token in rest:
        if token.is_quote:
            quoted = after_mark(token.text, quoted)
        elif not quoted and not any(s <= token.start and token.stop <= e for s, e in names):
            return "words"
    return "names"


def _balanced_stop(text: str, start: int, stop: int) -> int:
    """stop, before a closing quote the phrase did not open ("короля поп-музыки"" -> without
    it)."""
    phrase = text[start:stop]
    if phrase and phrase[-1] in CLOSING and not _opens_quote(phrase[:-1]):
        return stop - 1
    return stop


def _inside_a_title(text: str, clause_start: int, start: int, stop: int) -> bool:
    """Whether text[start:stop] ends a quotation opened earlier in the clause, after other
    words ("«Голова Арлекина»"): the end of a title, not a phrase of its own. A quote that
    opens right before it encloses the phrase itself ("«короля поп-музыки» Майкла Джексона");
    one the phrase does not close is a quoted speech the name is in ("«Мы говорили с
    министром Ивановым")."""
    before = text[clause_start:start].rstrip()
    if not before or before[-1] in OPENERS + EITHER:
        return False
    still_open = unclosed(before)
    return bool(still_open) and len(unclosed(text[clause_start:stop])) < len(still_open)


def _opens_quote(phrase: str) -> bool:
    """Whether phrase leaves a quotation mark open ("главный тренер “Бананца")."""
    return bool(unclosed(phrase))


def _clause_start(text: str, left: int, start: int, context: RoleContext) -> int:
    """Where the clause holding the name starts: after the last break in text[left:start]
    that is not inside "и. о.", a place's kind abbreviated before its name ("г. Тулы"), an
    abbreviation in brackets ("(МОК)") or a name NER found."""
    window = text[left:start]
    protected = [(m.start() + left, m.end() + left) for m in ABBREVIATION.finditer(window)]
    protected += [(m.start() + left, m.end() + left) for m in PLACE_KIND.finditer(window)]
    protected += [(m.start() + left, m.end() + left) for m in BRACKETED.finditer(window)]
    protected += context.names_in(left, start)
    for match in reversed(list(CLAUSE_BREAK.finditer(window))):
        at = left + match.start()
        if not any(s <= at < e for s, e in protected):
            return left + match.end()
    return left


@caches.bounded(caches.SPANS)
def _name_cases(name: str) -> frozenset[str]:
    """The cases the name can be in: those its first name, patronymic and surname readings
    allow, word by word (pymorphy2's dictionary words only: its guesses about foreign names
    are unreliable; a first name it knows as no name's, by the Мария declension's endings:
    "Азии" is a woman's genitive, dative or locative, whatever place it names); all cases when
    its words say nothing."""
    cases = ALL_CASES
    for index, word in enumerate(NAME_WORD.findall(name)):
        if not morph.is_known(word.lower()):
            continue
        readings = [
            p
            for p in morph.parses(word)
            if PERSON_NAME & (tag := morph.facts(p.tag)).grammemes
            and tag.case
            and tag.number != "plur"
        ]  # one person: "Милонов" is not the genitive plural of "Милон"
        if not readings and index == 0 and (feminine := feminine_given_cases(word)):
            cases &= frozenset(feminine)  # "Азии Биби": a woman's genitive, not a place's
            continue
        if not readings or any("Fixd" in morph.facts(p.tag).grammemes for p in readings):
            continue
        allowed = cases & {morph.case_of(p) for p in readings}
        if allowed:
            cases = allowed
    return cases


def _prefix_start(words: list[Token], at: int) -> int:
    """The start of "и. о.", "врио" or "(временно) исполняющий обязанности" right before the
    head."""
    if at >= 1 and ABBREVIATION.fullmatch(words[at - 1].text):
        return at - 1
    first = at
    if at >= 2 and words[at - 1].lower == "обязанности" and words[at - 2].lower.startswith(ACTING):
        first = at - 2
    if words[first].lower.startswith(ACTING) and first >= 1 and _is_adverb(words[first - 1]):
        first -= 1  # "временно исполняющий обязанности"
    return first


def _is_adverb(token: Token) -> bool:
    return grammar.first_pos(token.lower) == "ADVB"


def _partitive_start(words: list[Token], first: int, cases: frozenset[str]) -> int | None:
    """The start of "один из" / "одна из" before a plural head in the genitive, if the
    numeral agrees with the name as a person's: no inanimate accusative ("один из спичрайтеров
    Владимира Путина": Путин is whose speechwriter)."""
    if first < 2 or words[first - 1].lower != "из":
        return None
    readings = morph.parses(words[first - 2].lower)
    animate = (p for p in readings if p.normal_form == "один" and p.tag.animacy != "inan")
    return first - 2 if any(morph.case_of(p) in cases for p in animate) else None


def _adjectives_start(words: list[Token], at: int, heads: list) -> int:
    """The first of the adjectives right before the head that agree with it ("бригадный
    генерал"); not pronouns ("его"), not ages ("57-летний")."""
    first = at
    while first >= 1 and _agreeing_adjective(words[first - 1], heads):
        first -= 1
    return first


def _agreeing_adjective(token: Token, heads: list) -> bool:
    if not token.is_word or any(c.isdigit() for c in token.text):
        return False
    return any(
        grammar.is_adjective(p) and "Apro" not in p.tag and grammar.agrees(p, head)
        for p in morph.parses(token.lower)
        for head in heads
    )


def _one_of(phrase: str) -> str:
    """ "одного из основателей НТВ" -> "один из основателей НТВ": the numeral in the nominative."""
    first, space, rest = phrase.partition(" ")
    if not rest.startswith("из "):
        return phrase
    for p in morph.parses(first.lower()):
        if p.normal_form == "один":
            gender = "femn" if p.tag.gender == "femn" else "masc"  # "одного": a man, not "одно"
            form = morph.inflect(p, {"nomn", "sing", gender})
            if form:
                return morph.recase(form, first) + space + rest
    return phrase


def _second_position(phrase: str) -> int | None:
    """Where a second position coordinated with the first starts, after " и " ("министром
    финансов и вице-премьером", "продюсера «Студии» и бывшего директора «Центра»": each in the
    nominative of its own): its head is the word after " и " or after adjectives there, in a
    case and number of the first head (``heads.coordinated_position``); None otherwise ("министра науки и
    образования", "члена Союза писателей и журналистов": the first head's complement)."""
    if " и " not in phrase:
        return None  # most roles: no word of theirs is read for a second position
    words = phrase.split(" ")
    first = next((w for w in words if position_head(w).readings), None)
    if first is None:
        return None
    cases = {(morph.case_of(p), p.tag.number) for p in position_head(first).readings}
    at = phrase.find(" и ")
    while at > 0:
        after = phrase[at + len(" и ") :].split(" ")
        if " " in phrase[:at] and coordinated_position(after, cases) is not None:
            return at + len(" и ")
        at = phrase.find(" и ", at + 1)
    return None


def role_head(role: str) -> str | None:
    """The lemma of a role's head noun, adjectives and "и. о." skipped: "бывший президент США"
    -> "президент", "и. о. главы района" -> "глава". Two roles with one head may name one post
    (what a quote's attribution "сказал президент" is matched on)."""
    words = [t.text for t in tokens(role, 0, len(role)) if t.is_word]
    heads = [(word, head) for word, head in zip(words, map(person_head, words)) if head.readings]
    # a person noun that is also an adjective ("старший", "управляющий") heads the role only
    # when no other person noun does: "старший научный сотрудник" is a сотрудник
    nouns = [(word, head) for word, head in heads if not grammar.may_be_adjective(word.lower())]
    chosen = (nouns or heads)[:1]
    return chosen[0][1].readings[0].normal_form if chosen else None


def nominative(phrase: str, inflect: bool = True) -> str:
    """The role phrase with its head in the nominative (``phrases``), first word lowercase;
    as written when its words cannot be read (or not ``inflect``)."""
    phrase = plain_spaces(phrase)
    if not inflect or (phrase.split(" ", 1)[0].lower() in ("один", "одна") and " из " in phrase):
        normal = phrase
    elif (second := _second_position(phrase)) is not None:  # "министром финансов и вице-премьером"
        first_part = phrase[: second - len(" и ")]
        normal = f"{nominative(first_part)} и {nominative(phrase[second:])}"
    else:
        normal = phrases.nominative(phrase, proper=False) or phrase
    first, _, rest = normal.partition(" ")
    if not (first.isupper() and len(first) > 1) or ABBREVIATION.match(normal):
        first = first[:1].lower() + first[1:]
    return f"{first} {rest}" if rest else first
