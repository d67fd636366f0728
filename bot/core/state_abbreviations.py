"""A US state written after a place the way US papers and students shorten it: its postal code
after a comma ("sanders county, mt", "portland, or") or the abbreviation of AP style ("wofford
heights, calif.", "fayetteville, n.c."). The place with the state's name in full is judged
instead ("sanders county, montana"), so the rules that read a place with its larger place (the
briefing's own containment, the gazetteer) decide, as they do for the name. For
`answer_reading.judge`.
"""

from __future__ import annotations

import re

from bot.core.gazetteer import state_code

__all__ = ["state_spelled_after_place"]

# AP style's abbreviations of the states' names (the states of five letters or fewer, and Alaska,
# Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah, are never abbreviated).
_AP_STYLE = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
    "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan",
    "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
    "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota",
    "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island",
    "sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "vt": "Vermont",
    "va": "Virginia", "wash": "Washington", "wva": "West Virginia", "wis": "Wisconsin",
    "wyo": "Wyoming",
}  # fmt: skip
# Two letters that end chat after a comma more often than they name a state ("kenya, ok").
_CHAT = frozenset({"ok", "hi"})
# A place, a comma and a state's short form at the end: "portland, or", "heights, calif.",
# "fayetteville, n.c." (an AP abbreviation may also follow without a comma: "fayetteville n.c.").
_AFTER_COMMA = re.compile(
    r"^(?P<place>[^,]*[^\W\d_]{2}[^,]*),\s*(?P<state>[a-z](?:\.?\s?[a-z]){1,4})\.?$"
)
_AFTER_SPACE = re.compile(r"^(?P<place>.*[^\W\d_]{2})\s+(?P<state>[a-z]{2,5}\.|[a-z]\.\s?[a-z]\.)$")


def state_spelled_after_place(given: str) -> str | None:
    """`given` with a US state's postal code or AP abbreviation after a place written as the
    state's name ("sanders county, mt" -> "sanders county, Montana"), or None."""
    text = given.strip().casefold()
    match = _AFTER_COMMA.match(text) or _AFTER_SPACE.match(text)
    if match is None:
        return None
    short = re.sub(r"[.\s]", "", match["state"])
    if short in _CHAT:
        return None
    name = _AP_STYLE.get(short)
    if name is None and len(short) == 2 and (code := state_code(short)) is not None:
        name = next((n for n, c in _STATES.items() if c == code), None)
    if name is None:
        return None
    return f"{match['place'].strip()}, {name}"


_STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA",
    "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD",
    "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK",
    "Oregon": "OR", "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC",
    "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT",
    "Virginia": "VA", "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI",
    "Wyoming": "WY",
}  # fmt: skip
