"""The country gazetteer, built: every case form of every country name and adjective.

Names come from pycountry (ISO 3166-1 and its Russian translations); display names, aliases,
adjectives, historical states and region phrases that are not countries come from the curated
``data/country_aliases.tsv`` (its header documents every choice). pymorphy2 generates every case
form of every name and adjective, keyed by lowercased, ё-folded token tuples, so a lookup costs
one dict probe per candidate length. Building takes a quarter of a second, so the result is
kept in the user's cache (``tablecache``) for the next start. Scanning text with it is
``countries.scan``'s job.
"""

from __future__ import annotations

import gettext
import itertools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import caches, curated, tablecache
from ..lang.fold import fold, plain
from ..lang.letters import has_cyrillic
from ..records import Country

DATA_FILE = "country_aliases.tsv"

_HYPHEN_SPLIT = re.compile(r"(-)")
_PLAIN = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NAME, ADJECTIVE = "name", "adjective"
PART, PART_ADJECTIVE = "part", "part-adjective"  # data kinds: expanded as a name, an adjective


@dataclass(frozen=True)
class Entry:
    """What a token sequence means: a country (or None for a blocked phrase) and its rules."""

    country: Country | None
    form: str
    case: str  # "upper" | "title" | "any": what the first token must look like
    combining: bool = False  # only before a hyphen: российско-британский
    part: bool = False  # names a constituent part of the country's state: Шотландия, английский


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[tuple[str, ...], Entry]
    prefixes: frozenset[tuple[str, ...]]  # every key's non-empty prefixes: stops the scan early
    starts: frozenset[str]  # every key's first token: most tokens are not, and stop at once


# --- tokens ----------------------------------------------------------------------------------


# words, numbers, marks; letters apart from digits: "России1" (a footnote mark glued to a name)
_TOKEN = re.compile(r"[^\W\d]+|\d+|[^\w\s]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words and single punctuation marks of the normalised text (hyphens apart): (start, stop,
    text). A regular expression, not razdel: the gazetteer only needs words, and this runs on
    every sentence."""
    norm = plain(text)  # the same length: offsets stay valid
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm)]


def words(text: str) -> list[str]:
    """The texts of ``tokens(text)`` alone (no offsets): cheaper, to see whether any is wanted."""
    return _TOKEN.findall(plain(text))


def _key(phrase: str) -> tuple[str, ...]:
    """The dictionary key of a phrase: folded tokens (plain words skip razdel)."""
    if _PLAIN.fullmatch(phrase):
        words = [p for w in phrase.split() for p in _HYPHEN_SPLIT.split(w) if p]
    else:
        words = [t[2] for t in tokens(phrase)]
    return tuple(fold(w) for w in words)


def _case_rule(phrase: str) -> str:
    first = phrase.split()[0].split("-")[0]
    letters = [c for c in first if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    return "title" if letters and letters[0].isupper() else "any"


def case_ok(rule: str, word: str) -> bool:
    if rule == "upper":
        return word.isupper()
    if rule == "title":
        return word[:1].isupper()
    return True


# --- data --------------------------------------------------------------------------------------


def _clean(name: str) -> str:
    """Drop stress marks and bracketed parts; collapse spaces."""
    name = "".join(c for c in unicodedata.normalize("NFD", name) if c != "\u0301")
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    return " ".join(name.split())


def _read_tsv() -> list[tuple[str, str, str]]:
    """Rows (code, kind, text) of the curated data file."""
    return [(code, kind, text) for code, kind, text in curated.rows(DATA_FILE)]


def _pycountry_names() -> Iterator[tuple[str, str, str]]:
    """(code, ru name, kind) for every ISO 3166-1 country; kind is "name" or "english"."""
    import pycountry

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for c in pycountry.countries:
        for attr in ("name", "official_name"):
            if hasattr(c, attr):
                yield c.alpha_2, _clean(ru.gettext(getattr(c, attr))), "name"
        for attr in ("name", "common_name"):
            english = getattr(c, attr, "")
            if english and not re.search(r"[,(]", english):
                yield c.alpha_2, english, "english"


# --- inflection ----------------------------------------------------------------------------


def _analyzer() -> Any:
    """pymorphy2's analyzer, uncached: the table is built once, and its words would only crowd
    ``lang.morph``'s cache of the readings of the text."""
    from ..models import morph_analyzer

    return morph_analyzer()


def _same_slot(form: Any, parse: Any) -> bool:
    """Whether a lexeme form has the parse's number (and, in the singular, gender)."""
    tag, ref = form.tag, parse.tag
    if tag.POS != ref.POS or tag.number != ref.number:
        return False
    return ref.number == "plur" or ref.POS == "NOUN" or tag.gender == ref.gender


@caches.bounded(caches.WORDS)
def _word_forms(word: str) -> tuple[dict[str, set[str]] | None, bool]:
    """Case -> forms of one word of a name, or None to keep it; and whether it is the head noun."""
    if not has_cyrillic(word) or (len(word) > 1 and word.isupper()):
        return None, False
    parses = [p for p in _analyzer().parse(word.lower()) if "nomn" in p.tag]
    parses = [p for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    if not parses:
        return None, False
    parse = next((p for p in parses if "Geox" in p.tag), parses[0])
    is_head = parse.tag.POS == "NOUN"
    if "Fixd" in parse.tag:
        return None, is_head
    forms: dict[str, set[str]] = {case: set() for case in _CASES}
    for form in parse.lexeme:
        if form.tag.case in forms and _same_slot(form, parse):
            forms[form.tag.case].add(form.word)
    for case in _CASES:
        forms[case] = forms[case] or {word.lower()}
    return forms, is_head


def _name_forms(name: str) -> set[str]:
    """Every case form of a name: the words agreeing with the head noun are inflected."""
    words = name.split()
    slots: list[set[str] | dict[str, set[str]]] = []
    agreeing, after_head = True, False
    for word in words:
        if after_head and word in ("и", "—", "-"):
            agreeing = True
            slots.append({word})
            continue
        forms, is_head = _word_forms(word) if agreeing else (None, False)
        slots.append(forms if forms is not None else {word})
        after_head = agreeing and is_head
        agreeing = agreeing and not is_head
    out = {name}
    for case in _CASES:
        options = [s[case] if isinstance(s, dict) else s for s in slots]
        out.update(" ".join(combo) for combo in itertools.product(*options))
    return out


def _adjective_forms(lemma: str) -> tuple[set[str], set[str]]:
    """(full forms, combining forms) of a country adjective."""
    parses = [p for p in _analyzer().parse(lemma) if p.tag.POS == "ADJF"]
    forms = {lemma}
    if parses:
        forms |= {f.word for f in parses[0].lexeme if f.tag.POS == "ADJF"}
    if "-" not in lemma:
        forms |= {"все" + f for f in forms}
    combining = {lemma[:-2] + "о"} if lemma.endswith(("ий", "ый")) else set()
    return forms, combining


# --- building --------------------------------------------------------------------------------


def _display_names(rows: list[tuple[str, str, str]]) -> dict[str, str]:
    names = {}
    for code, ru, kind in _pycountry_names():
        if kind == "name":
            names.setdefault(code, ru)
    names.update({code: text for code, kind, text in rows if kind == "short"})
    return names


def _candidates(rows: list[tuple[str, str, str]]) -> Iterator[tuple[int, str, str, str]]:
    """(priority, code, kind, text): curated rows before pycountry names (lower is stronger)."""
    dropped = {text for _, kind, text in rows if kind == "drop"}
    for code, kind, text in rows:
        if kind != "drop":
            yield 0, code, kind, text
    for code, text, kind in _pycountry_names():
        if text not in dropped:
            yield 1 if kind == "name" else 2, code, "alias", text


def _expand(kind: str, text: str) -> Iterable[tuple[str, str, str, bool]]:
    """(surface form, form, case rule, combining) for one data row."""
    if kind in (ADJECTIVE, PART_ADJECTIVE):
        forms, combining = _adjective_forms(text)
        yield from ((f, ADJECTIVE, "any", False) for f in forms)
        yield from ((f, ADJECTIVE, "any", True) for f in combining)
    elif kind == "combining":
        yield text, ADJECTIVE, "any", True
    else:
        rule = _case_rule(text)
        forms = _name_forms(text) if has_cyrillic(text) else {text}
        yield from ((f, NAME, rule, False) for f in forms)


@cache
def gazetteer() -> Gazetteer:
    """The token-tuple dictionary (once, on first use), from the user's cache when it has one."""
    rows = tablecache.load_or_build(
        "countries", _gazetteer_inputs(), _gazetteer_rows, valid=_valid_row
    )
    entries = {
        tuple(key): Entry(Country(code, name) if code else None, form, case, combining, part)
        for key, code, name, form, case, combining, part in rows
    }
    prefixes = frozenset(key[:n] for key in entries for n in range(1, len(key) + 1))
    return Gazetteer(entries, prefixes, frozenset(key[0] for key in entries))


def _gazetteer_inputs() -> list[str | bytes]:
    """Everything the gazetteer is built from: this code, the curated data, pycountry's
    version and pymorphy2's (and its dictionary's)."""
    import pycountry
    import pymorphy2

    from ..models import point_pymorphy2_at_its_dictionary

    point_pymorphy2_at_its_dictionary()
    dictionary = Path(os.environ["PYMORPHY2_DICT_PATH"], "meta.json")
    return [
        _installed_version(),
        _read_or_empty(Path(__file__)),  # an edited checkout keeps its version number
        resources.files("pressrel").joinpath("data", DATA_FILE).read_bytes(),
        pycountry.__version__,
        pymorphy2.__version__,
        _read_or_empty(dictionary),
    ]


def _installed_version() -> str:
    """pressrel's version, from its metadata, read here when the table is looked up: not from
    the package root, whose ``__version__`` an import would read at once (``import pressrel``
    defers it on purpose)."""
    from importlib import metadata

    try:
        return metadata.version("pressrel")
    except metadata.PackageNotFoundError:  # a source tree never installed: its code still counts
        return ""


def _read_or_empty(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _gazetteer_rows() -> list[list]:
    """The gazetteer as JSON-ready rows: [key tokens, code, name, form, case, combining,
    part]."""
    rows = _read_tsv()
    display = _display_names(rows)
    entries: dict[tuple[str, ...], Entry] = {}
    owner: dict[tuple[str, ...], tuple[int, str]] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for priority, code, kind, text in _candidates(rows):
        country = None if kind == "block" else Country(code, display.get(code, text))
        for surface, form, rule, combining in _expand(kind, text):
            key = _key(surface)
            if not key or key in ambiguous:
                continue
            if key in owner:
                prev_priority, prev_code = owner[key]
                if prev_priority == priority and prev_code != code and priority > 0:
                    ambiguous.add(key)
                    entries.pop(key)
                continue
            owner[key] = (priority, code)
            entries[key] = Entry(country, form, rule, combining, kind in (PART, PART_ADJECTIVE))
    return [_row(key, entry) for key, entry in entries.items()]


def _valid_row(row: object) -> bool:
    """Whether a cached row has the shape _row gives (the cache checks the file is whole)."""
    if not isinstance(row, list) or len(row) != 7:
        return False
    key, code, name, form, case, combining, part = row
    return (
        isinstance(key, list)
        and bool(key)
        and all(isinstance(token, str) for token in key)
        and (code is None or isinstance(code, str))
        and (name is None or isinstance(name, str))
        and (code is None) == (name is None)
        and isinstance(form, str)
        and isinstance(case, str)
        and isinstance(combining, bool)
        and isinstance(part, bool)
    )


def _row(key: tuple[str, ...], entry: Entry) -> list:
    code, name = (entry.country.code, entry.country.name) if entry.country else (None, None)
    return [list(key), code, name, entry.form, entry.case, entry.combining, entry.part]
