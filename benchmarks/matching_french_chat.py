"""French chat around an answer (`matching_french_chat`, matching-29): how the quiz judges answers
typed the way French students chat, at questions of three existing phrasing briefings.

The bot speaks French to a student who switched language, and such students type their answers
in French chat: `c'est Ada Quill je crois` where an English speaker types `I think it's Ada Quill`.
No older set holds French hedges or chat around an answer (they hold French numbers, months and
kinds of place, `vrai` and `faux`). This set holds 150 phrasings (94 right, 56 wrong) of 26
questions of three frozen briefings in benchmarks/phrasing_briefings/ (`foreign-sifnos-water-
emergency`, `disaster-van-earthquake`, `court-cork-taxi-robbery`): who (a mayor, a speaker),
where (an island, a country, a border), when (a month, a range of months, a month and year, a
year, a date, a weekday, a time of day), how many (residents, tourists, deaths, days, a
magnitude), three which-of-these choices and five true/false questions. The questions were tuned
on by earlier sets in English; the French chat around the answers was not.

Typed as French students type: hedges (`je crois`, `je pense`, `peut-être`, `il me semble`,
`sûrement`, `c'est`, `genre`, `euh`), accents dropped (`peut etre`, `grece`), French numbers and
dates, `vrai`/`faux`/`oui`/`non`; and wrong ones of the same shapes: `c'est pas X` (a negation of
the right answer), `X ou Y` (two answers), `aucune idée`, `jsp`, a hedged wrong answer.

Written blind: its author read the three briefings' questions and answers, the API of
`benchmarks.phrasing_sets` and the shape of `benchmarks.matching_twentyfifth`, and not the
matcher; no verdict on these phrasings was read before this set was committed (the options'
order at seed 0 is the one `matching_twentyfifth` records: `q-sf-request` A A ban on tourists, B
Help from the army, C A state of emergency, D Money from the EU; `q-sf-broke` A The power station,
B The largest desalination unit, C The main dam, D The ferry port's pumps; `q-sf-when-surge` A At
Easter only, B In the winter rains, C During the peak tourist season, D When schools open).

Labelled as in the older sets: a surname alone right, a given name alone wrong, two answers at
once wrong, `idk` (here `jsp`, `aucune idée`) wrong, the right answer hedged right, a hedged
wrong answer wrong, a denied answer (`c'est pas X`) wrong, a wrong answer denied beside the right
one (`pas juillet, juin`) right. A date without its year is right (`le 13 octobre`). At a
true/false question `c'est pas faux` is right for a true statement (it says "true" in French
chat), `pas vrai` right for a false one.

It is within the brief's 60-150: a first draft of 181 was thinned before any run by dropping two
whole questions (`q-sf-post`, `q-ck-county`), the bare answers with no chat around them (`vrai`,
`faux`, `c`, `b`, `8`, `138`, `7,2`, `1999`, `15h31`; older sets hold those) and five of the
eleven bare `jsp`/`aucune idée`.

Run: `.venv/bin/python -m benchmarks.matching_french_chat`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import Phrasing, marked, report

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

_FROZEN = Path(__file__).parent / "phrasing_briefings"
BRIEFINGS: tuple[Path, ...] = (
    _FROZEN / "foreign-sifnos-water-emergency.yaml",
    _FROZEN / "disaster-van-earthquake.yaml",
    _FROZEN / "court-cork-taxi-robbery.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-sf-request": 3,
    "q-sf-broke": 2,
    "q-sf-when-surge": 3,
}

_SIFNOS: list[Phrasing] = [
    *marked(
        "q-sf-island",
        right=("c'est sifnos je crois", "sifnos je pense", "euh sifnos", "genre sifnos"),
        wrong=("c'est pas sifnos", "sifnos ou milos", "jsp"),
    ),
    *marked(
        "q-sf-country",
        right=("la grèce", "grece je crois", "c'est la grece", "en grèce il me semble"),
        wrong=("la turquie je crois", "grèce ou chypre", "aucune idée"),
    ),
    *marked(
        "q-sf-mayor",
        right=("c'est maria nadali je crois", "nadali je pense", "il me semble que c'est nadali"),
        wrong=("maria je crois", "c'est pas nadali", "nadali ou efe"),
    ),
    *marked(
        "q-sf-residents",
        right=(
            "3000 je crois",
            "trois mille",
            "genre 3 000",
            "c'est 3000 habitants",
            "sûrement 3000",
        ),
        wrong=("30 000 je crois", "3000 ou 10000", "c'est pas 3000"),
    ),
    *marked(
        "q-sf-tourists",
        right=("135 000", "cent trente-cinq mille", "135000 je pense", "euh 135 000 touristes"),
        wrong=("300 000 je crois",),
    ),
    *marked(
        "q-sf-month",
        right=("juin", "en juin je crois", "c'est juin", "pas juillet, juin", "juin peut-être"),
        wrong=("juillet je crois", "juin ou juillet", "c'est pas juin"),
    ),
    *marked(
        "q-sf-period",
        right=("de juillet à octobre", "juillet a octobre je crois", "c'est de juillet a octobre"),
        wrong=("de juin à septembre", "aucune idee"),
    ),
    *marked(
        "q-sf-request",
        right=("c je crois", "l'état d'urgence", "un etat d'urgence je pense", "c'est la c"),
        wrong=("b je crois", "b ou c", "l'aide de l'armée"),
    ),
    *marked(
        "q-sf-broke",
        right=("b je pense", "l'unité de dessalement", "euh la b"),
        wrong=("c je crois", "a ou b"),
    ),
    *marked(
        "q-sf-when-surge",
        right=("c", "la c je crois", "pendant la saison touristique", "c'est la haute saison"),
        wrong=("a peut-être",),
    ),
    *marked(
        "who-said-sf-double",
        right=("la maire", "nadali je crois", "c'est maria nadali"),
        wrong=("efe je crois",),
    ),
    *marked(
        "tf-sf-winter",
        right=("vrai je crois", "oui", "c'est vrai", "c'est pas faux"),
        wrong=("non je pense", "vrai ou faux jsp"),
    ),
    *marked(
        "tf-sf-unit",
        right=("faux je crois", "non", "c'est faux", "pas vrai"),
        wrong=("oui je pense",),
    ),
    *marked(
        "tf-sf-big",
        right=("faux, 3000 habitants", "non je pense", "c'est faux genre"),
        wrong=("vrai je crois", "oui"),
    ),
]

_VAN: list[Phrasing] = [
    *marked(
        "q-ve-magnitude",
        right=("7.2 je crois", "sept virgule deux", "genre 7,2", "magnitude 7,2 il me semble"),
        wrong=("7,7 je crois", "7,2 ou 4,6", "c'est pas 7,2"),
    ),
    *marked(
        "q-ve-time",
        right=("15h31 je crois", "a 15h31", "c'est 15h31"),
        wrong=("15h13", "jsp"),
    ),
    *marked(
        "q-ve-deaths",
        right=("au moins 138 je crois", "cent trente-huit", "138 morts", "euh 138"),
        wrong=("183 je pense", "138 ou 37000", "aucune idée"),
    ),
    *marked(
        "q-ve-border",
        right=("l'iran", "iran je crois", "c'est l'iran", "près de l'iran"),
        wrong=("l'irak je crois", "iran ou irak", "c'est pas l'iran"),
    ),
    *marked(
        "q-ve-mayor",
        right=("veysel keser", "keser je crois", "c'est veysel keser", "sûrement keser"),
        wrong=("veysel je pense", "ntv"),
    ),
    *marked(
        "q-ve-1990-month",
        right=("juin 1990", "en juin 1990 je crois", "juin 1990 il me semble"),
        wrong=("juillet 1990", "juin 1999"),
    ),
    *marked(
        "q-ve-1999",
        right=("en 1999 je pense", "c'est 1999", "mille neuf cent quatre-vingt-dix-neuf"),
        wrong=("1990 je crois", "1999 ou 1990"),
    ),
    *marked(
        "tf-ve-iran-deadliest",
        right=("oui je crois", "c'est vrai", "vrai, 7,7"),
        wrong=("non",),
    ),
]

_CORK: list[Phrasing] = [
    *marked(
        "q-ck-date",
        right=(
            "13 octobre 2021",
            "le 13 octobre je crois",
            "13/10/2021",
            "c'est le 13 octobre 2021",
        ),
        wrong=("16 octobre 2021", "le 13 ou le 16 octobre"),
    ),
    *marked(
        "q-ck-arrest-day",
        right=("samedi", "samedi je crois", "c'est samedi", "un samedi il me semble"),
        wrong=("dimanche je pense", "samedi ou dimanche", "c'est pas samedi"),
    ),
    *marked(
        "q-ck-days",
        right=("huit", "8 jours je crois", "sur huit jours"),
        wrong=("6 je crois", "jsp"),
    ),
    *marked(
        "tf-p4-a-man-in-his",
        right=("vrai je pense", "oui c'est vrai"),
        wrong=("non je crois",),
    ),
]

PHRASINGS: list[Phrasing] = _SIFNOS + _VAN + _CORK


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
