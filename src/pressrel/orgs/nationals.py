"""An organisation named with its country's adjective is the one named with the country's name.

"американский Минюст", "Американское министерство юстиции" and "Минюст США" name one
ministry; "бельгийская полиция" and "полиция Бельгии" one police force. A name whose first word
is a country's adjective ("американский", "российское") is, without it,

- the organisation the document names with that country's name in the genitive after it,
  compared by full names ("Минюст" is Министерство юстиции, ``ids``): "Американское
  министерство юстиции" beside "Минюст США" is Минюст США;
- else, when the adjective is written in lower case (a common adjective, no part of a name)
  before an institution named by its kind in common words, the name with the country's name in
  the genitive after it ("российское министерство обороны" -> министерство обороны России,
  which is Министерство обороны; "бельгийская полиция" -> полиция Бельгии), so that it
  groups with the documents that write it so. Before a proper name the adjective may say
  where it is or when, not whose ("советский ДК", "российский Центр международных
  расчетов"): such a name is joined only on the document's evidence.

A capitalised adjective may be part of a proper name ("Российская газета", "Шведская академия",
"Немецкая волна"), so such a name is joined only on the document's evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .. import countries
from ..lang.fold import name_key
from ..places import place_of_adjective
from .extend import country_tail
from .places import country_genitive, place_genitive


def national_names(
    names: Iterable[tuple[str, bool]], full_name: Callable[[str], str]
) -> dict[str, str]:
    """Name with a country's adjective -> the name it is with the country's name (see the
    module), for the document's ORG names, each given with whether its first letter is
    written in lower case; full_name gives a name's full name (an abbreviation's)."""
    names = list(names)
    with_country: dict[tuple[str, str], str] = {}  # (country code, full name's key) -> name
    for name, _ in names:
        tail = country_tail(name, 0, len(name))
        found = countries.lookup_country_form(name[tail:]) if tail < len(name) else None
        if found is not None and found[1] == "name" and not countries.is_country_part(name[tail:]):
            key = (found[0].code, name_key(full_name(name[:tail].rstrip())))
            with_country.setdefault(key, name)
    joined = {}
    for name, lower in names:
        adjective, _, rest = name.partition(" ")
        found = countries.lookup_country_form(adjective) if rest else None
        if found is None and rest and lower and rest[:1].islower():
            place = place_of_adjective(adjective)  # "московское правительство"
            genitive = place_genitive(place) if place else None
            if genitive is not None:
                joined[name] = full_name(f"{rest} {genitive}")  # правительство Москвы
            continue
        if found is None or found[1] != "adjective" or countries.is_country_part(adjective):
            continue  # "шотландская полиция" is Scotland's, not the state's
        country = found[0]
        same = with_country.get((country.code, name_key(full_name(rest))))
        if (
            same is None
            and lower
            and rest[:1].islower()
            and (genitive := country_genitive(country.name))
        ):
            same = full_name(f"{rest} {genitive}")
        if same is not None and name_key(same) != name_key(name):
            joined[name] = same
    return joined
