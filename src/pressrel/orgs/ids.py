"""Entity ids of organisations: ``ORG:`` + the canonical name.

The canonical name is the mention's normal form without legal form and quotation marks
("ОАО «РЖД»" -> РЖД), then the full name when the document defines the abbreviation
("... (ФАС)"), or the short name it defines for itself ("(далее — «Банк»)"), or the curated table ``data/org_aliases.tsv`` knows it, also with a country after
it ("Минкомсвязи России"), or, when neither does, the one long name of the document (else of
the table) the short name is built from ("ФАС", "Минкульт": ``shortened``). A name written in an oblique case beside its nominative is the
nominative ("Медузы" beside "Медуза", ``cases``). A name with a country's name right after its
span is, for a one-word name, the name with the country ("Банком" + "России": Банк России), and the bare name
elsewhere in the document is that organisation when the document names it with one country
only ("МИД" after "МИД России"), and so is a name written without the place NER found after it
elsewhere ("Басманный суд" beside "Басманный суд Москвы"), when the document names it with one
place only, names it with no country, and the mention names no country or place of its own
("Минэкономразвития РФ" is no "министерство экономического развития Калужской области"). A
short name that starts a longer one of the same document whose rest
is only generic company words ("Alibaba" and "Alibaba Group") is the same organisation and gets
the longer name; a rest that is a name of its own ("Газпром" and "Газпром нефть") keeps two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, partial

from .. import caches, curated
from ..lang import grammar
from ..lang.fold import name_key
from ..lang.forms import nominatives
from ..lang.letters import CAPITALS, LOWER
from ..lang.marks import APOSTROPHE, NAME_CLOSING, NAME_OPENING
from ..lang.sentences import starts_sentence
from ..records import Mention
from .extend import country_tail, with_country_after
from .nationals import national_names
from .shortened import shortened_names

COUNTRY_SUFFIXES = ("россии", "рф", "российской федерации")
LEGAL_FORM = re.compile(r"^(?:ОАО|ПАО|ЗАО|ООО|АО|НАО|ОДО|ФГУП|ГУП|МУП|ФГБУ|ГБУ|АНО|НКО|ГК|ИП)\s+")
ABBREVIATION = rf"[{CAPITALS}][{CAPITALS}{LOWER}\-]{{1,14}}"  # "ФАС", "МинЭК", "РосНИИ"
# after the name, its closing quotation mark included: "«Российские железные дороги» (РЖД)"
# Russia written after an abbreviation in the brackets that define it: "(ФТС РФ)", "(ФНС России)"
RUSSIA_AFTER = rf"(?:\s(?i:{'|'.join(COUNTRY_SUFFIXES)}))?"
ABBREVIATION_AFTER = re.compile(rf"^[{NAME_CLOSING}]?\s*\(\s*({ABBREVIATION}){RUSSIA_AFTER}\s*\)")
# the short name a release defines for itself after its full name: "ПАО КБ «Центр-инвест» (далее
# — «Банк»)", "(далее по тексту – Компания)"
SHORT_NAME_AFTER = re.compile(
    rf"^[{NAME_CLOSING}]?\s*\(\s*далее(?:\s+по\s+тексту)?\s*[—–-]?\s*[{NAME_OPENING}]?"
    rf"(?P<short>[^{NAME_CLOSING}(),]{{2,40}}?)[{NAME_CLOSING}]?\s*[,)]"
)
ABBREVIATION_INSIDE = re.compile(rf"^(?P<full>.*\S)\s*\(\s*(?P<abbr>{ABBREVIATION})\s*\)$")
# Words that say what kind of company a name is, not which: "Alibaba Group" is Alibaba,
# "Blacksiris Trading Limited" is Blacksiris; and the abbreviations of a kind written inside
# a quoted name ("«ИК Велес Капитал»": инвестиционная компания, as "ГК" is группа компаний)
GENERIC_COMPANY_WORDS = {
    "group", "holding", "holdings", "corporation", "corp", "company", "co", "inc", "ltd",
    "limited", "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "international", "&",
    "trading", "systems", "industries", "technologies", "enterprises", "ventures",
    "компания", "холдинг", "группа", "корпорация", "концерн", "групп", "ао", "пао", "оао",
    "зао", "ооо", "нао", "гк", "ик", "ук", "ск", "тд", "тк", "нпо", "нпп",
}  # fmt: skip
WORD = re.compile(r"[\w&]+")
# "города"/"г." in apposition before a city's name inside an organisation's: the same city
CITY_BEFORE_NAME = re.compile(r"(?<= )(?:города|г\.) (?=[А-ЯЁ])")


class Organisations:
    """The organisations of one document: the canonical name of each ORG mention."""

    def __init__(self, mentions: list[Mention], text: str) -> None:
        self.text = text
        self.tails: dict[tuple[int, int], int] = {}  # (start, stop) -> ``country_tail`` there
        self.starts: dict[int, list[int]] = defaultdict(list)  # stop -> starts of ORG mentions
        self.place_starts: dict[int, list[int]] = defaultdict(list)  # ... of places (LOC)
        for m in mentions:
            if m.type == "ORG":
                self.starts[m.stop].append(m.start)
            elif m.type == "LOC":
                self.place_starts[m.stop].append(m.start)
        self.aliases = _org_aliases(mentions, text)
        self.short = _short_names(mentions, text, self.aliases)  # "(далее — «Банк»)"
        orgs = [m for m in mentions if m.type == "ORG"]
        bare_names = [self._bare(m) for m in orgs]  # "АНБ" of "Агентство ... США"
        names = [_canonical(m, self.aliases) for m in orgs] + bare_names
        shortened = shortened_names(names, self.aliases, _curated_names().values())
        if any(self.aliases.get(key) != name for key, name in shortened.items()):
            self.aliases.update(shortened)  # the bare names read again with the new full names
            bare_names = [self._bare(m) for m in orgs]
        canonical = [self._canonical(m) for m in orgs]  # read once: each join below asks it
        # and so does each mention's id (``entity``), the aliases read in full by now
        self.canonical = {_written(m): name for m, name in zip(orgs, canonical)}
        spellings: dict[str, list[str]] = defaultdict(list)  # folded name -> its spellings
        bares: list[tuple[str, str]] = []  # (bare name, the name with its country)
        for name, bare in zip(canonical, bare_names):
            spellings[name_key(name)].append(name)
            if name_key(bare) != name_key(name):
                bares.append((bare, name))
        self.spelled = {key: spelling(names) for key, names in spellings.items()}
        with_country: dict[str, set[str]] = defaultdict(set)  # "мид" -> {"МИД России"}
        for bare, name in bares:
            with_country[name_key(bare)].add(self.spelled[name_key(name)])
        self.nominative = nominatives(set(self.spelled.values()))
        self.joined = _joined_names(set(self.spelled.values()) - set(self.nominative))
        for key, named in with_country.items():  # "МИД" after "МИД России" is that МИД
            if len(named) == 1 and key in self.spelled:
                self.joined.setdefault(self.spelled[key], next(iter(named)))
        names = {self.nominative.get(name, name) for name in self.spelled.values()}
        for head, full in _heads_named(names).items():  # "Дума" of "Государственная дума"
            self.joined.setdefault(head, self.joined.get(full, full))
        spelled = [self.spelled[name_key(name)] for name in canonical]
        read = [self.nominative.get(name, name) for name in spelled]  # each mention's, so far
        written = {}  # each name, whether its first letter is written in lower case
        for m, name in zip(orgs, read):
            written[name] = written.get(name, False) or self._in_lower_case(m)
        full_name = partial(_full_name, aliases=self.aliases)
        for name, same in national_names(written.items(), full_name).items():
            self.joined.setdefault(name, self.joined.get(same, same))  # "американский Минюст"
        with_place: dict[str, set[str]] = defaultdict(set)  # "басманный суд" -> its name + place
        national = set()  # names also written with a country ("Минэкономразвития РФ")
        for m, name, own in zip(orgs, read, canonical):
            if self._names_its_country(m):
                national.add(name_key(own))
            elif (bare := self._without_place(m)) is not None:
                with_place[name_key(bare)].add(name)
        self.placed = {  # "Басманный суд" beside "Басманный суд Москвы" alone is that one
            self.nominative.get(self.spelled[key], self.spelled[key]): next(iter(named))
            for key, named in with_place.items()
            if len(named) == 1 and key in self.spelled and key not in national
        }

    def _canonical(self, mention: Mention) -> str:
        """The canonical name; a one-word name with the country written right after the span
        ("Банком" + "России" is Банк России, "Минфина США" Минфин США: the country is a COUNTRY
        mention of its own, the organisation the whole name, whatever span the gold sets give
        it). A name of several words is a name without its country."""
        bare = org_name(mention.normal or mention.text)
        end = with_country_after(self.text, mention.stop) if " " not in bare else mention.stop
        if end == mention.stop:
            return self.short.get(name_key(bare)) or _canonical(mention, self.aliases)
        country = " ".join(self.text[mention.stop : end].split())
        return _full_name(f"{bare} {country}", self.aliases)

    def _bare(self, mention: Mention) -> str:
        """The canonical name without the country or the organisation that ends the mention's
        span ("ФСБ России", "Министерства обороны Румынии", "Совета директоров Банка России":
        ФСБ, Министерство обороны, Совет директоров), else without the country written right
        after it (``_canonical``)."""
        tail = self._country_tail(mention)
        inner = [
            start
            for start in self.starts[mention.stop]
            if mention.start < start and self.text[start - 1] == " "
        ]
        tail = min([tail, *inner])
        normal = mention.normal or mention.text
        written = self.text[tail : mention.stop]
        if tail == mention.stop or not normal.endswith(" " + written):
            return _canonical(mention, self.aliases)
        bare = org_name(normal[: -len(written)].rstrip())
        full = _full_name(bare, self.aliases)
        # "Центральный банк" is Банк России, but not in "Центральным банком Швеции"
        return bare if country_tail(full, 0, len(full)) < len(full) else full

    def _country_tail(self, mention: Mention) -> int:
        """``country_tail`` of the mention's span, read once: the bare names are read twice
        when shortened names add full ones, and each mention asks whether it names its
        country."""
        span = (mention.start, mention.stop)
        tail = self.tails.get(span)
        if tail is None:
            tail = self.tails[span] = country_tail(self.text, *span)
        return tail

    def _in_lower_case(self, mention: Mention) -> bool:
        """Whether the mention's first word is written in lower case, or capitalised only as
        its sentence's first, its normal form in lower case ("Британское правительство"
        opening a sentence; not "Российская газета", nor "Российское министерство обороны"
        inside one)."""
        if mention.text[:1].islower():
            return True
        lowered = (mention.normal or "")[:1].islower()
        return lowered and starts_sentence(self.text, mention.start)

    def _without_place(self, mention: Mention) -> str | None:
        """The canonical name without the place NER found that ends the mention's span
        ("Басманный суд Москвы" -> Басманный суд); None when no place ends it."""
        places = [
            start
            for start in self.place_starts[mention.stop]
            if mention.start < start and self.text[start - 1] == " "
        ]
        normal = mention.normal or mention.text
        written = self.text[min(places) : mention.stop] if places else ""
        if not written or not normal.endswith(" " + written):
            return None
        return org_name(normal[: -len(written)].rstrip())

    def _names_its_country(self, mention: Mention) -> bool:
        """Whether the mention names the country the organisation belongs to, in its span or
        right after it ("Минэкономразвития РФ", "Минфина" + "России")."""
        stop = mention.stop
        return self._country_tail(mention) < stop or with_country_after(self.text, stop) > stop

    def _names_its_owner(self, mention: Mention) -> bool:
        """Whether the mention names the country or place the organisation belongs to, in its
        span or right after it ("Минэкономразвития РФ", "Басманный суд Москвы")."""
        return self._names_its_country(mention) or self._without_place(mention) is not None

    def normal(self, mention: Mention) -> str | None:
        """The mention's normal form, in the nominative when the document writes the same name
        in the nominative too ("Медузы" beside "Медуза", ``cases``): the id's reading, kept to
        the mention's own name (no full name of an abbreviation, no country after it)."""
        if mention.normal is None:
            return None
        spelled = self.spelled.get(name_key(mention.normal))
        nominative = self.nominative.get(spelled) if spelled else None
        return mention.normal if nominative is None else nominative

    def entity(self, mention: Mention) -> str:
        """``ORG:`` + the canonical name of an ORG mention; names that differ only in case or
        ё ("Государственная Дума", "Государственная дума") are one, spelled as ``spelling``
        says."""
        name = self.canonical.get(_written(mention)) or self._canonical(mention)
        name = self.spelled.get(name_key(name), name)
        name = self.nominative.get(name, name)  # "Медузы" beside "Медуза" (``cases``)
        if name in self.placed and not self._names_its_owner(mention):
            name = self.placed[name]  # "Басманный суд" beside "Басманный суд Москвы"
        return "ORG:" + self.joined.get(name, name)


def spelling(names: Iterable[str]) -> str:
    """The one spelling of names that differ only in case or ё, whatever the document or the
    order: the curated table's when it knows the name ("Европейский Союз" -> Европейский
    союз), else the one with the fewest capitals (Russian capitalises the first word of most
    names only: "Европейский союз"), with ё rather than е, the first of those given on a tie."""
    names = list(names)
    curated = _curated_names().get(name_key(names[0]))
    if curated is not None:
        return curated
    return min(names, key=lambda name: (sum(map(str.isupper, name)), "ё" not in name))


def _written(mention: Mention) -> tuple[int, int, str, str | None]:
    """What ``Organisations._canonical`` reads of a mention (where it is and how it is
    written): its key in ``Organisations.canonical``."""
    return mention.start, mention.stop, mention.text, mention.normal


def _canonical(mention: Mention, aliases: dict[str, str]) -> str:
    return _full_name(org_name(mention.normal or mention.text), aliases)


@caches.bounded(caches.SPANS)
def org_name(name: str) -> str:
    """An organisation's name without its legal form and quotation marks: "ОАО «РЖД»" -> "РЖД",
    "«Газпром нефть»" -> "Газпром нефть", and without apostrophes at its edges, which no name
    starts or ends with (wiki text's italics, "''Samsung Group", when NER took one pair in),
    its spaces plain (a no-break space between two words is a space), and without "города" or
    "г." before a city's name inside it ("Арбитражный суд города Москвы" is "Арбитражный суд
    Москвы")."""
    match = LEGAL_FORM.match(name)
    core = name[match.end() :] if match and match.end() < len(name) else name
    if len(core) > 2 and core[0] in NAME_OPENING and core[-1] in NAME_CLOSING:
        core = core[1:-1]
    core = " ".join(core.strip(APOSTROPHE + " ").split())  # wiki italics: "''Samsung Group"
    core = CITY_BEFORE_NAME.sub("", core)  # "суд города Москвы" is "суд Москвы"
    return core or name


def _joined_names(names: set[str]) -> dict[str, str]:
    """Short name -> the one longer name of the set that is it plus generic company words
    ("Alibaba" -> "Alibaba Group"); a short name that two longer ones fit stays itself."""
    by_core: dict[str, set[str]] = defaultdict(set)
    for name in names:
        core = _core(name)
        if core and core != name_key(name):
            by_core[core].add(name)
    joined = {}
    for name in names:  # its words as the core's are: "Велес-Капитал" is "велес капитал"
        longer = by_core.get(" ".join(WORD.findall(name_key(name))), set()) - {name}
        if len(longer) == 1:
            joined[name] = next(iter(longer))
    return joined


def _heads_named(names: set[str]) -> dict[str, str]:
    """One-word name -> the one longer name of the set that is adjectives before it, its head
    noun ("Дума" -> "Государственная дума", "Церковь" -> "Русская православная церковь"): a name
    written as its head alone, its adjectives left out, is the organisation the document names
    with them, when it names one only. A one-word name that is no common noun only ("Газпром",
    "Россия") is no head."""
    by_head: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) > 1 and all(grammar.may_be_adjective(word) for word in words[:-1]):
            for lemma in grammar.noun_lemmas(words[-1]):
                by_head[lemma].add(name)
    joined = {}
    for name in names:
        if " " in name or not name[:1].isupper() or not grammar.is_common_word(name):
            continue  # "Россия" is no head of "Единая Россия", "Москва" none of "Вечерняя Москва"
        longer = set().union(*(by_head.get(lemma, ()) for lemma in grammar.noun_lemmas(name)))
        if len(longer) == 1:
            joined[name] = next(iter(longer))
    return joined


def _core(name: str) -> str:
    """The folded name without generic company words before or after it ("Alibaba Group" ->
    alibaba); '' when nothing else is left."""
    words = WORD.findall(name_key(name))
    while words and words[-1] in GENERIC_COMPANY_WORDS:
        words.pop()
    while words and words[0] in GENERIC_COMPANY_WORDS:
        words.pop(0)
    return " ".join(words)


def _full_name(name: str, aliases: dict[str, str]) -> str:
    """The full name of an abbreviation, also with Russia after it ("Минкомсвязи России"), and
    the curated full name written with Russia ("Министерство обороны России")."""
    key = name_key(name)
    if key in aliases:
        return aliases[key]
    for suffix in COUNTRY_SUFFIXES:
        base = key.removesuffix(" " + suffix)
        if base != key:
            return aliases.get(base) or _curated_names().get(base) or name
    return name


def _org_aliases(mentions: list[Mention], text: str) -> dict[str, str]:
    """Abbreviation -> full name: the curated table, then the document's own "Full (ABBR)",
    by the longest name that ends before the brackets ("Парламентской ассамблее Совета Европы
    (ПАСЕ)" defines ПАСЕ, not the Совета Европы inside it)."""
    aliases = dict(_curated_aliases())
    longest: dict[int, int] = {}  # where a defining name ends -> where the longest one starts
    for m in mentions:
        if m.type == "ORG" and m.start < longest.get(m.stop, m.stop):
            longest[m.stop] = m.start
    for m in mentions:
        if m.type != "ORG" or not m.normal:
            continue
        inside = ABBREVIATION_INSIDE.match(m.normal)
        after = ABBREVIATION_AFTER.match(text[m.stop : m.stop + 24])
        if inside:  # NER took "Служба (ФАС)" as one span
            aliases[name_key(inside["abbr"])] = aliases[name_key(m.normal)] = inside["full"]
        elif after and longest[m.stop] == m.start and _defined_by(m, text):
            # the full name as its own id reads it: "Федеральной налоговой службе РФ (ФНС)" is
            # Федеральная налоговая служба, Russia's name in it the curated one's
            aliases[name_key(after.group(1))] = _full_name(org_name(m.normal), aliases)
    return aliases


def _short_names(mentions: list[Mention], text: str, aliases: dict[str, str]) -> dict[str, str]:
    """Short name -> full name, of the short names the document defines for its organisations
    ("ПАО КБ «Центр-инвест» (далее — «Банк»)": банк -> Центр-инвест), which stand for them
    alone, not inside another name ("Банком России" is still Банк России)."""
    defined = {}
    for m in mentions:
        if (
            m.type == "ORG"
            and m.normal
            and (short := SHORT_NAME_AFTER.match(text[m.stop : m.stop + 64]))
        ):
            defined[name_key(short["short"])] = _full_name(org_name(m.normal), aliases)
    return defined


def _defined_by(mention: Mention, text: str) -> bool:
    """Whether the mention is the whole name an abbreviation in brackets after it defines: a
    name of several words, or a quoted one, its quotation marks round the whole mention
    ("«НИИ социальных систем при МГУ» (НИИСС)" defines no МГУ)."""
    if text[mention.stop : mention.stop + 1] in NAME_CLOSING:
        return mention.start > 0 and text[mention.start - 1] in NAME_OPENING
    return " " in (mention.normal or "")


def is_curated(name: str) -> bool:
    """Whether the curated table knows name as an organisation, short or full ("ЕС",
    "Европейский союз")."""
    key = name_key(name)
    return key in _curated_aliases() or key in _curated_names()


@cache
def _curated_names() -> dict[str, str]:
    """The curated full names by their key."""
    return {name_key(full): full for full in _curated_aliases().values()}


@cache
def _curated_aliases() -> dict[str, str]:
    return {name_key(alias): full for alias, full in curated.rows("org_aliases.tsv")}
