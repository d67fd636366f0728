"""The twenty-fifth held-out set of typed answers (`matching_twentyfifth`): how the quiz judges
answers typed the way students type in Discord, at questions the matcher was never tuned on.

It holds 815 phrasings (467 right, 348 wrong) of the 70 questions of three briefings written by
hand from real articles of tests/authoring/labeled/real/fresh73 and fresh74 (fresh74 ci03: the PNG
Hunters' new coach Matt Church follows Papua New Guinea's Digicel Cup from Brisbane after his side's
32-30 comeback win over the Souths Logan Magpies in Round 1 of the Intrust Super Cup, and praises
the Lae Tigers' 28-8 win over Waghi Tumbe; fresh74 ci18: Jeddah Municipality could earn SR207
million a year from 8,000 paid parking spaces at SR3 an hour, its spokesman Mohammad Al-Bugamy
says; fresh73 ch18: the Cyclades island of Sifnos, 3,000 residents and 135,000 tourists, asks for a
state of emergency as its mayor Maria Nadali expects 300,000 cubic metres of use against
270,000 of supply),
frozen in benchmarks/phrasing_briefings/ (`sport-png-hunters-digicel-cup`,
`council-jeddah-paid-parking`, `foreign-sifnos-water-emergency`); no other phrasing briefing uses
these articles (every briefing's source line was read; none names fresh72 to fresh75).
Who-questions (a coach, a spokesman, a mayor; a newspaper, a news agency, a sports body, teams), a
post asked for itself (spokesman, mayor), where (a city, a country, a ground, an island, an
archipelago, a road, a city's gate, a part of a city), when (`last weekend`, a month, a range of
months, a round), how many (scores, winning margins in points, a league position, counts of spaces,
residents and tourists, an area in square kilometres, volumes in cubic metres, money in Saudi riyals
against dollars, "doubled" as a rise, "round the clock" as a length of time), eleven
which-of-these choices (why, how, what) and nine true/false questions; with `idk`, `is it X?`,
emoji, hedges (`X or Y`), a reason after the answer, sentence answers, numbers in words, French,
Spanish, Portuguese and Greek letters, missing spaces, text-speak (`abt`, `ppl`, `bc`) and near-miss
names and numbers of the same article (Waghi Tumbe for the Magpies, Al-Madinah for Al-Bugamy, 6,000
for 8,000, 270,000 for 300,000, 9th for 6th). None of the three articles gives a weekday, a time of
day, a percentage of its own or a distance, so the set has none (a rise said `by 100%` stands in).

Written blind: its author read the three articles, the API of `benchmarks.phrasing_sets` and the
shape of `benchmarks.matching_twentyfourth`; no verdict on these phrasings was read before this set
was committed (the options' order at seed 0 was read, since the letters refer to it:
`q-png-why-stop` A Floods at the grounds, B A players' strike, C The global health pandemic, D A
lack of money; `q-png-how-won` A They came back from behind, B They led from the start, C The
Magpies forfeited, D In extra time; `q-png-called` A The oldest league in the world, B The highest
profile league outside the NRL, C A league for beginners, D A league in crisis; `q-png-wants` A
Referees, B Captains of the NRL, C Leaders, D Coaches; `q-jd-why-not` A A court stopped them, B
There are no drivers, C Meters and signs are still to be installed, D The bridge is being repaired;
`q-jd-money-for` A Staff pay rises, B New buses, C Renovating the pavements, D A new bridge;
`q-jd-watched` A By surveillance cameras, B By police patrols, C By drones, D By volunteers;
`q-sf-request` A A ban on tourists, B Help from the army, C A state of emergency, D Money from the
EU; `q-sf-why-wells` A An earthquake, B Too many new wells, C A broken pipe, D An arid winter, the
hottest on record; `q-sf-broke` A The power station, B The largest desalination unit, C The main
dam, D The ferry port's pumps; `q-sf-when-surge` A At Easter only, B In the winter rains, C During
the peak tourist season, D When schools open).

Labelled as in the older sets: a surname alone right, a given name alone wrong, two answers at once
wrong, `idk` wrong, the right answer hedged right, another person, body, team or number of the same
article wrong. A post asked for itself is right said as the same post (`spokesman`,
`spokesperson`, `maire`), wrong as another (`mayor` for the spokesman, `deputy mayor`). At a
who-said question the speaker's role as the briefing gives it is right (`the spokesman`, `the
mayor`). Bare numbers follow the convention in docs/typed-answers.md (`74` for 74 square
kilometres, `2` for 2 points, `1` for Round 1, `3` for SR3, `300,000` for 300,000 cubic metres
right; `207` for SR207 million and `17.2` for SR17.2 million wrong: the scale word belongs to the
number); a sum in riyals said without its currency is right (`207 million`), in another currency
wrong (`207 million dollars`, `$3`). A score is right either way round where the article writes the
home side first (`30-32`: "Magpies v Hunters", and the Hunters won 32-30); a score said as a loss
by the winner is wrong (`they lost 32-30`). A rounded count hedged with `about` is right where it
rounds the exact figure (`about 1200` for 1,199). A paraphrase a teacher takes (`fixing the
sidewalks`, `the desalination plant`, `24/7` for round the clock, `twice as much` for doubled) is
labelled right even where a matcher may not read it.

It is within the brief's 500-800 with 70 questions (8 to 22 phrasings each; 815 is the nearest the
rule below gave): a first draft of 1,088 was thinned before any run by dropping every third phrasing
of each right and wrong list (the 3rd, 6th, ...) and every true/false question's own phrasing that
repeats one of the shared verdicts.

Run: `.venv/bin/python -m benchmarks.matching_twentyfifth`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import SAID_FALSE, SAID_TRUE, Phrasing, marked, report, true_false

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

_FROZEN = Path(__file__).parent / "phrasing_briefings"
BRIEFINGS: tuple[Path, ...] = (
    _FROZEN / "sport-png-hunters-digicel-cup.yaml",
    _FROZEN / "council-jeddah-paid-parking.yaml",
    _FROZEN / "foreign-sifnos-water-emergency.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-png-why-stop": 3,
    "q-png-how-won": 1,
    "q-png-called": 2,
    "q-png-wants": 3,
    "q-jd-why-not": 3,
    "q-jd-money-for": 3,
    "q-jd-watched": 1,
    "q-sf-request": 3,
    "q-sf-why-wells": 4,
    "q-sf-broke": 2,
    "q-sf-when-surge": 3,
}

_HUNTERS: list[Phrasing] = [
    *marked(
        "q-png-coach",
        right=(
            "Matt Church",
            "church",
            "MATT CHURCH",
            "mattchurch",
            "i think its matt church",
            "church?",
            "m. church",
        ),
        wrong=("matt", "idk", "the pngrfl", "magpies coach"),
    ),
    *marked(
        "q-png-opponent",
        right=(
            "Souths Logan Magpies",
            "souths logan magpies",
            "magpies",
            "souths logan",
            "magpis",
            "they beat the magpies",
        ),
        wrong=("lae tigers", "waghi tumbe", "tigers or magpies", "idk"),
    ),
    *marked(
        "q-png-score",
        right=(
            "32-30",
            "32 - 30",
            "32 to 30",
            "32–30",
            "they won 32-30",
            "30-32",  # the Magpies' side first, as the article lists the home team first
            "32-30 hunters",
            "32-30 after a comeback",
        ),
        wrong=("28-8", "32-28", "32", "idk", "they lost 32-30"),
    ),
    *marked(
        "q-png-margin",
        right=(
            "2 points",
            "2",
            "two points",
            "2pts",
            "just 2 points",
            "2 points (32-30)",
            "dos puntos",
        ),
        wrong=(
            "20 points",
            "20",
            "3 points",
            "idk",
        ),
    ),
    *marked(
        "q-png-round",
        right=(
            "Round 1",
            "round 1",
            "1",
            "r1",
            "first round",
            "rd 1",
            "1st round",
        ),
        wrong=("round 2", "the final", "round 9", "idk"),
    ),
    *marked(
        "q-png-competition",
        right=(
            "Intrust Super Cup",
            "intrust super cup",
            "intrust cup",
            "instrust super cup",
            "Intrust Super Cup 🏉",
            "the intrust super cup in queensland",
        ),
        wrong=("digicel cup", "nrl", "world cup", "idk"),
    ),
    *marked(
        "q-png-venue",
        right=(
            "Davies Park",
            "davies park",
            "davies park, brisbane",
            "davis park",
            "daviespark",
        ),
        wrong=("brisbane", "lang park", "port moresby", "idk"),
    ),
    *marked(
        "q-png-city",
        right=(
            "Brisbane",
            "brisbane",
            "brisbane, australia",
            "brisbane australia",
            "in brisbane",
            "brisban",
        ),
        wrong=(
            "port moresby",
            "lae",
            "logan",
            "idk",
        ),
    ),
    *marked(
        "q-png-position",
        right=(
            "6th",
            "sixth",
            "6th position",
            "6th place",
            "sixième",
            "sexto",
        ),
        wrong=("9th", "9", "1st", "top", "6th or 9th"),
    ),
    *marked(
        "q-png-league",
        right=(
            "Digicel Cup",
            "digicel cup",
            "digicel",
            "dicigel cup",
            "digicel cup in png",
            "the digicel cup 🏉",
        ),
        wrong=("intrust super cup", "nrl", "idk"),
    ),
    *marked(
        "q-png-when",
        right=(
            "Last weekend",
            "last weekend",
            "the weekend before",
            "lastweekend",
            "el fin de semana pasado",
            "last weekend i think",
        ),
        wrong=("next weekend", "last month", "in round 1", "idk"),
    ),
    *marked(
        "q-png-body",
        right=(
            "PNGRFL",
            "pngrfl",
            "PNG RFL",
            "png rugby football league",
        ),
        wrong=("nrl", "qrl", "digicel", "idk"),
    ),
    *marked(
        "q-png-premiers",
        right=(
            "Lae Tigers",
            "lae tigers",
            "tigers",
            "lae",
            "Lae Tigers 🐯",
            "lae tigers they won 28-8",
        ),
        wrong=("waghi tumbe", "the gurias", "magpies", "idk"),
    ),
    *marked(
        "q-png-tigers-score",
        right=(
            "28-8",
            "28 - 8",
            "28 to 8",
            "twenty eight to eight",
            "they won 28-8",
        ),
        wrong=(
            "32-30",
            "28-18",
            "28",
            "idk",
        ),
    ),
    *marked(
        "q-png-tigers-beat",
        right=(
            "Waghi Tumbe",
            "waghi tumbe",
            "the waghi tumbe",
            "wahgi tumbe",
            "Waghi Tumbe 28-8",
        ),
        wrong=("the gurias", "lae tigers", "idk", "gurias or waghi"),
    ),
    *marked(
        "q-png-tigers-margin",
        right=(
            "20 points",
            "20",
            "twenty points",
            "20pts",
            "vingt points",
        ),
        wrong=("2 points", "28", "18 points", "idk"),
    ),
]

_HUNTERS_CHOICE: list[Phrasing] = [
    *marked(
        "q-png-why-stop",
        right=(
            "c",
            "C",
            "the pandemic",
            "covid",
            "c the pandemic",
            "because of the pandemic",
            "c) The global health pandemic",
            "la pandemia",
        ),
        wrong=("a", "b", "floods", "a players strike", "idk", "b or c"),
    ),
    *marked(
        "q-png-how-won",
        right=(
            "a",
            "A",
            "a comeback",
            "comeback",
            "a, they came back",
            "from behind",
        ),
        wrong=("b", "c", "in extra time", "they led from the start", "a or d"),
    ),
    *marked(
        "q-png-called",
        right=(
            "b",
            "B",
            "highest profile league outside the nrl",
            "b highest profile",
            "b) The highest profile league outside the NRL",
        ),
        wrong=("a", "c", "a league in crisis", "the oldest league", "b or c"),
    ),
    *marked(
        "q-png-wants",
        right=(
            "c",
            "C",
            "Leaders",
            "real leaders",
            "be leaders",
            "líderes",
        ),
        wrong=("a", "b", "coaches", "captains", "idk", "c or d"),
    ),
    *marked(
        "who-said-png-skillset",
        right=(
            "Matt Church",
            "church",
            "the coach matt church",
            "coach church",
            "mat church",
        ),
        wrong=("matt", "the lae tigers coach", "a pngrfl official", "church or a player"),
    ),
]

_JEDDAH: list[Phrasing] = [
    *marked(
        "q-jd-city",
        right=(
            "Jeddah",
            "jeddah",
            "jiddah",
            "JEDDAH",
            "jeddah 🇸🇦",
            "jedah",
            "central jeddah",
        ),
        wrong=(
            "riyadh",
            "makkah",
            "medina",
            "idk",
        ),
    ),
    *marked(
        "q-jd-country",
        right=(
            "Saudi Arabia",
            "saudi arabia",
            "ksa",
            "saudia arabia",
            "arabia saudita",
            "the kingdom of saudi arabia",
        ),
        wrong=(
            "uae",
            "oman",
            "egypt",
            "idk",
        ),
    ),
    *marked(
        "q-jd-spokesman",
        right=(
            "Mohammad Al-Bugamy",
            "al-bugamy",
            "bugamy",
            "mohammad al bugamy",
            "mohammed albugamy",
            "albugamy",
            "i think its al bugamy",
        ),
        wrong=("mohammad", "al-madinah", "idk", "king fahd"),
    ),
    *marked(
        "q-jd-post",
        right=(
            "Official spokesman of Jeddah Municipality",
            "spokesman",
            "official spokesman",
            "municipality spokesman",
            "he's the spokesman of the municipality",
            "spokesman for jeddah municipality",
        ),
        wrong=(
            "mayor",
            "governor",
            "minister",
            "idk",
        ),
    ),
    *marked(
        "q-jd-paper",
        right=(
            "Al-Madinah",
            "al madinah",
            "almadinah",
            "al madina",
            "al-madinah paper",
            "madinah",
        ),
        wrong=("saudi gazette", "arab news", "the municipality", "idk"),
    ),
    *marked(
        "q-jd-year",
        right=(
            "SR207 million",
            "207 million",
            "207 million riyals",
            "207m riyals",
            "207 million saudi riyals",
            "sr207m",
            "two hundred and seven million riyals",
            "207 millones de riales",
        ),
        wrong=("207", "17.2 million", "207 billion", "576,000", "207 million dollars"),
    ),
    *marked(
        "q-jd-spaces",
        right=(
            "8,000",
            "8000",
            "eight thousand",
            "8 000",
            "8,000 parking spaces",
            "8.000",
            "ocho mil",
            "8000?",
        ),
        wrong=("6,000", "1,199", "80,000", "14,000", "8000 or 6000"),
    ),
    *marked(
        "q-jd-balad",
        right=(
            "1,199",
            "1199",
            "1199 spaces",
            "one thousand one hundred ninety nine",
            "about 1200",
        ),
        wrong=("658", "492", "119", "idk"),
    ),
    *marked(
        "q-jd-bridge",
        right=(
            "King Fahd Road",
            "king fahd road",
            "king fahd rd",
            "king fahad road",
            "kingfahdroad",
        ),
        wrong=("king abdullah road", "makkah road", "idk", "king faisal road"),
    ),
    *marked(
        "q-jd-open",
        right=(
            "492",
            "492 spaces",
            "four hundred ninety two",
            "four hundred and ninety-two",
            "492 open",
        ),
        wrong=(
            "658",
            "1,199",
            "all of them",
            "idk",
        ),
    ),
    *marked(
        "q-jd-more",
        right=(
            "6,000",
            "6000",
            "six thousand",
            "6000 more",
            "seis mil",
        ),
        wrong=("8,000", "14,000", "idk", "16000"),
    ),
    *marked(
        "q-jd-gate",
        right=(
            "Makkah",
            "makkah",
            "makka",
            "makkah's gate",
            "la mecque",
            "near makkah gate",
        ),
        wrong=("medina", "riyadh", "al-balad", "idk"),
    ),
    *marked(
        "q-jd-fee",
        right=(
            "SR3",
            "3 riyals",
            "3",
            "three riyals",
            "3 sr an hour",
            "3 riyals per hour",
            "tres riales",
        ),
        wrong=(
            "$3",
            "SR5",
            "3 dollars",
            "idk",
        ),
    ),
    *marked(
        "q-jd-day",
        right=(
            "SR576,000",
            "576,000",
            "576k",
            "576,000 riyals",
            "SAR 576k",
            "576 000 riyals",
        ),
        wrong=(
            "24,000",
            "576",
            "5.76 million",
            "idk",
        ),
    ),
    *marked(
        "q-jd-month",
        right=(
            "SR17.2 million",
            "17.2 million",
            "17.2 million riyals",
            "sr 17.2m",
            "seventeen point two million riyals",
            "17,2 millions de riyals",
        ),
        wrong=(
            "17.2",
            "207 million",
            "17 billion",
            "1.72 million",
        ),
    ),
    *marked(
        "q-jd-area",
        right=(
            "Central Jeddah",
            "central jeddah",
            "center of jeddah",
            "downtown jeddah",
            "central",
        ),
        wrong=("north jeddah", "al-balad only", "idk", "the suburbs"),
    ),
    *marked(
        "q-jd-how-long",
        right=(
            "Round the clock",
            "round the clock",
            "24/7",
            "24h",
            "around the clock",
            "twenty four hours a day",
        ),
        wrong=("8 hours", "only at night", "during office hours", "idk"),
    ),
]

_JEDDAH_CHOICE: list[Phrasing] = [
    *marked(
        "q-jd-why-not",
        right=(
            "c",
            "C",
            "meters and signs",
            "c meters",
            "they still need to install meters and signs",
            "c) Meters and signs are still to be installed",
        ),
        wrong=("a", "b", "a court stopped them", "the bridge is being repaired", "c or d"),
    ),
    *marked(
        "q-jd-money-for",
        right=(
            "c",
            "C",
            "pavements",
            "the pavements",
            "renovate the pavements",
            "fixing the sidewalks",
        ),
        wrong=("a", "b", "new buses", "a new bridge", "idk", "b or c"),
    ),
    *marked(
        "q-jd-watched",
        right=(
            "a",
            "A",
            "cameras",
            "surveillance cameras",
            "a cameras",
            "a) By surveillance cameras",
        ),
        wrong=("b", "c", "police", "drones", "idk", "a or b"),
    ),
    *marked(
        "who-said-jd-pavements",
        right=(
            "Mohammad Al-Bugamy",
            "al-bugamy",
            "bugamy",
            "the spokesman al-bugamy",
            "the spokesman",
        ),
        wrong=("mohammad", "al-madinah", "idk", "king fahd"),
    ),
]

_SIFNOS: list[Phrasing] = [
    *marked(
        "q-sf-island",
        right=(
            "Sifnos",
            "sifnos",
            "sifnos island",
            "sifnos, greece",
            "sifno",
            "sifnos in the cyclades",
            "is it sifnos?",
        ),
        wrong=(
            "santorini",
            "mykonos",
            "naxos",
            "idk",
        ),
    ),
    *marked(
        "q-sf-archipelago",
        right=(
            "Cyclades",
            "cyclades",
            "cyclades islands",
            "cycladic islands",
            "cicladas",
            "cyclades 🇬🇷",
        ),
        wrong=("dodecanese", "ionian islands", "crete", "idk"),
    ),
    *marked(
        "q-sf-country",
        right=(
            "Greece",
            "greece",
            "grèce",
            "grecia",
            "hellas",
            "greece 🇬🇷",
        ),
        wrong=(
            "italy",
            "cyprus",
            "spain",
            "idk",
        ),
    ),
    *marked(
        "q-sf-mayor",
        right=(
            "Maria Nadali",
            "nadali",
            "mrs nadali",
            "mayor nadali",
            "m. nadali",
            "NADALI",
        ),
        wrong=("maria", "efe", "the governor", "nadali or efe"),
    ),
    *marked(
        "q-sf-post",
        right=(
            "Mayor of Sifnos",
            "mayor",
            "mayor of sifnos",
            "shes the mayor",
            "maire",
            "alcaldesa",
        ),
        wrong=(
            "governor",
            "minister",
            "deputy mayor",
            "idk",
        ),
    ),
    *marked(
        "q-sf-agency",
        right=(
            "EFE",
            "efe",
            "efe news agency",
            "agencia efe",
            "EFE 📰",
        ),
        wrong=(
            "reuters",
            "afp",
            "my impact",
            "idk",
        ),
    ),
    *marked(
        "q-sf-residents",
        right=(
            "3,000",
            "3000",
            "three thousand",
            "3000 residents",
            "3.000",
            "trois mille",
            "abt 3000 ppl",
        ),
        wrong=(
            "135,000",
            "30,000",
            "74",
            "idk",
        ),
    ),
    *marked(
        "q-sf-area",
        right=(
            "74 square kilometres",
            "74 km2",
            "74",
            "74 km²",
            "74 square km",
            "74km2",
            "74 square kilometers",
        ),
        wrong=(
            "47 km2",
            "74 km",
            "3,000",
            "idk",
        ),
    ),
    *marked(
        "q-sf-tourists",
        right=(
            "135,000",
            "135000",
            "135 000",
            "one hundred thirty five thousand",
            "135.000",
            "ciento treinta y cinco mil",
        ),
        wrong=(
            "3,000",
            "135",
            "1.35 million",
            "idk",
        ),
    ),
    *marked(
        "q-sf-month",
        right=(
            "June",
            "june",
            "in june",
            "juin",
            "junho",
            "june last year?",
        ),
        wrong=(
            "july",
            "october",
            "august",
            "idk",
        ),
    ),
    *marked(
        "q-sf-period",
        right=(
            "July to October",
            "july to october",
            "july - october",
            "between july and october",
            "july through october",
            "de juillet à octobre",
        ),
        wrong=(
            "june to october",
            "july",
            "june to august",
            "idk",
        ),
    ),
    *marked(
        "q-sf-consumption",
        right=(
            "300,000 cubic metres",
            "300,000",
            "300k cubic meters",
            "300,000 m3",
            "three hundred thousand cubic meters",
            "300,000 cubic meters",
        ),
        wrong=(
            "270,000 cubic metres",
            "270000",
            "300,000 litres",
            "idk",
        ),
    ),
    *marked(
        "q-sf-capacity",
        right=(
            "About 270,000 cubic metres",
            "270,000",
            "270k",
            "about 270,000 m3",
            "around 270k",
            "two hundred seventy thousand",
        ),
        wrong=("300,000", "27,000", "idk", "270 litres"),
    ),
    *marked(
        "q-sf-rise",
        right=(
            "It doubled",
            "it doubled",
            "double",
            "2x",
            "by 100%",
            "100 percent",
            "twice as much",
        ),
        wrong=(
            "it tripled",
            "by 50%",
            "it halved",
            "idk",
        ),
    ),
]

_SIFNOS_CHOICE: list[Phrasing] = [
    *marked(
        "q-sf-request",
        right=(
            "c",
            "C",
            "state of emergency",
            "emergency",
            "c) A state of emergency",
            "estado de emergencia",
        ),
        wrong=("a", "b", "a ban on tourists", "money from the eu", "idk", "c or d"),
    ),
    *marked(
        "q-sf-why-wells",
        right=(
            "d",
            "D",
            "arid winter",
            "the hottest winter on record",
            "d) An arid winter, the hottest on record",
            "d bc the winter was so hot",
        ),
        wrong=("a", "b", "an earthquake", "too many new wells", "idk", "c or d"),
    ),
    *marked(
        "q-sf-broke",
        right=(
            "b",
            "B",
            "desalination unit",
            "the desalination plant",
            "b) The largest desalination unit",
            "the biggest desalination unit",
        ),
        wrong=("a", "c", "the main dam", "the power station", "idk", "a or b"),
    ),
    *marked(
        "q-sf-when-surge",
        right=(
            "c",
            "C",
            "peak tourist season",
            "tourist season",
            "c tourist season",
            "c) During the peak tourist season",
        ),
        wrong=("a", "b", "in the winter rains", "at easter", "idk", "b or c"),
    ),
    *marked(
        "who-said-sf-double",
        right=(
            "Maria Nadali",
            "nadali",
            "the mayor",
            "mayor nadali",
            "nadaly",
        ),
        wrong=("maria", "efe", "idk", "the greek government"),
    ),
]

_TRUE_FALSE: list[Phrasing] = true_false(
    [
        (
            "tf-png-home",
            False,
            (
                "false he was in brisbane",
                "no, at home in brisbane",
                "false, brisbane",
                "nope he watched from home",
                "false 🇦🇺",
            ),
            ("yes he was in png", "idk", "maybe", "true or false"),
        ),
        (
            "tf-png-tigers",
            True,
            (
                "true they won 28-8",
                "yes 28-8",
                "true, beat waghi tumbe",
                "yeah they won",
                "verdadero",
                "true 🐯",
            ),
            ("no they lost", "idk", "they drew", "true or false"),
        ),
        (
            "tf-png-away",
            False,
            (
                "false they were away",
                "no the magpies were at home",
                "false, away team",
                "f they were the away team",
                "false bc magpies hosted",
            ),
            ("yes at home", "idk", "maybe", "both"),
        ),
        (
            "tf-jd-pavements",
            False,
            (
                "false, no longer tolerated",
                "no it wont be tolerated",
                "false not allowed anymore",
                "nope 🚫",
            ),
            ("yes still tolerated", "idk", "maybe"),
        ),
        (
            "tf-jd-emergency",
            True,
            (
                "true, emergency vehicles move easily",
                "yes it helps ambulances",
                "true 🚑",
                "yep",
                "true it helps fire tenders",
            ),
            ("idk", "not sure"),
        ),
        (
            "tf-jd-all-open",
            False,
            (
                "false only 492",
                "no only 492 are open",
                "false, 492 of 658",
                "f only some",
                "nope not all",
                "falso",
            ),
            ("yes all 658", "idk", "true or false"),
        ),
        (
            "tf-sf-winter",
            True,
            (
                "true hottest on record",
                "yes it was the hottest",
                "true 🔥",
                "verdadeiro",
            ),
            ("no it was cold", "idk", "maybe"),
        ),
        (
            "tf-sf-unit",
            False,
            (
                "false it works again",
                "no its back to normal",
                "false, normalized",
                "nope it was fixed",
                "false 💧",
            ),
            ("yes still broken", "idk", "true or false"),
        ),
        (
            "tf-sf-big",
            False,
            (
                "false only 3000",
                "no 3000 residents",
                "false, 3,000",
                "faux, 3000 habitants",
                "false lol its tiny",
            ),
            ("idk", "true, 135000"),
        ),
    ],
    SAID_TRUE,
    SAID_FALSE,
)

PHRASINGS: list[Phrasing] = (
    _HUNTERS + _HUNTERS_CHOICE + _JEDDAH + _JEDDAH_CHOICE + _SIFNOS + _SIFNOS_CHOICE + _TRUE_FALSE
)


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
