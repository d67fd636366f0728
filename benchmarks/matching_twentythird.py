"""The twenty-third held-out set of typed answers (`matching_twentythird`): how the quiz judges
answers typed the way students type in Discord, at questions the matcher was never tuned on.

It holds 849 phrasings (501 right, 348 wrong) of the 58 questions of three briefings written by
hand from real articles of tests/authoring/labeled/real/fresh70 and fresh71 (fresh70 ce20: a
Saturday fire that began around 12pm razes the Ekiosa market in Benin City, traders chase away the
first fire fighters; fresh71 cf01: Sanders County's three commissioners pass their budget, the
mills' value down $1,000, an 8 to 10 percent reserve; fresh71 cf14: a wildfire at a landfill
empties a tourist camp on the Greek island of Elafonisos, 121 firefighters, four days of extreme
risk), frozen in benchmarks/phrasing_briefings/ (`disaster-ekiosa-market-fire`,
`council-sanders-county-budget`, `disaster-elafonisos-wildfire`); no other phrasing briefing uses
these articles. Who-questions (a commissioner, a clerk, a trader, a major general by surname, slip,
initial, rank or missing space; a company and its initials, an agency, a news agency), two titles
asked for themselves (`Commissioner for Youth and Special Duties`, `Clerk and Recorder of Sanders
County`) and a rank (`Major General`), where (a market, a city, a state, a county, a US state, a
town, an island, a country, a section of a market, a landfill), when (three weekdays, a full date,
a month with its year, a year, a time of day `12pm`, a part of the day `in the morning`), how many
(commissioners, firefighters, aircraft, tourists, days, years; minutes; money in naira and dollars
against euros, pounds and cedis; a range of percentages; an area in square kilometres and miles),
six which-of-these choices (a holiday, who, a vote, a year, a part of the night, how residents were
warned), three why/how choices and five true/false questions; with `idk`, `is it X?`, emoji, hedges
(`X or Y`), a reason after the answer, sentence answers, numbers in words, French and Spanish,
missing spaces, text-speak (`ppl`, `abt`, `govt`) and near-miss names of the same article (the
trader Edosa, the reporter Alex Violo, the NNPC, Elafonisi). No article of fresh70 or fresh71 gives
a temperature in its text (the only one, 28.0°F, is the weather line of the page cf01 was stored
from), so the set has none. It is a little over the brief's 500-800 because it has 58 questions (11
to 17 phrasings each): a first draft of 1,149 was thinned before any run by dropping every third
phrasing of each list, then putting back 15 the author wanted kept (surnames alone, a title alone,
bare numbers, a weekday with another part of the day, a key with a reason).

Written blind: its author read the three articles, the API of `benchmarks.phrasing_sets` and the
shape of `benchmarks.matching_twentysecond`; no verdict on these phrasings was read before this set
was committed (the options' order at seed 0 was read, since the letters refer to it: `q-em-holiday`
A Eid, B Easter, C Christmas, D New Year; `q-em-chased` A Soldiers, B The police, C Traders, D
Journalists; `q-em-why-chased` A The fire fighters asked for money, B They thought the fire
fighters would save the government building first, C The fire fighters came without water, D The
fire fighters came from another state; `q-sb-vote` A By a public vote, B By two votes to one, C
Unanimously, D By the clerk alone; `q-sb-year` A 2015, B 2013, C 2014, D 2025; `q-sb-how-mills` A
By raising taxes, B By redistributing its funds, C By cutting services, D By borrowing money;
`q-ew-control` A Saturday night, B Sunday morning, C Friday evening, D Tuesday; `q-ew-why` A A
plane crash, B Strong winds, C Arson, D Tourists' barbecues; `q-ew-how-warned` A By text message, B
By radio, C By sirens, D Door to door).

Labelled as in the older sets: a surname alone right, a given name alone wrong, two answers at once
wrong, `idk` wrong, the right answer hedged right, a key whose words pick another option wrong,
another person or body of the same article wrong. Bare numbers follow the convention in docs/typed-
answers.md (`30` for 30 minutes, `1000` for $1,000, `19` for 19 square kilometres, `12` for 12pm
right); a weekday with a part of the day the briefing does not give is right (`sunday night`), with
another part than it gives wrong (`saturday morning` for Saturday afternoon, `tuesday evening` for
the morning). The same amount in the other unit the briefing gives is right (`7 square miles`);
money in another currency than the key's wrong (`1000 euros`, `hundreds of millions of dollars`). A
title asked for itself is right said without its body (`commissioner`, `clerk and recorder`), wrong
as another office (`deputy commissioner for youth`, `commissioner of police`, `clerk of court`); a
rank is a rank (`general` and `major` for Major General wrong). One end of a range is wrong (`10%`
for 8 to 10 percent). A paraphrase a teacher takes (`the dump` for a landfill, `all three agreed`,
`move money around`, `the goat part`) is labelled right even where a matcher may not read it.

Run: `.venv/bin/python -m benchmarks.matching_twentythird`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import SAID_FALSE, SAID_TRUE, Phrasing, marked, report, true_false

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

_FROZEN = Path(__file__).parent / "phrasing_briefings"
BRIEFINGS: tuple[Path, ...] = (
    _FROZEN / "disaster-ekiosa-market-fire.yaml",
    _FROZEN / "council-sanders-county-budget.yaml",
    _FROZEN / "disaster-elafonisos-wildfire.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-em-holiday": 3,
    "q-em-chased": 3,
    "q-em-why-chased": 2,
    "q-sb-vote": 3,
    "q-sb-year": 3,
    "q-sb-how-mills": 2,
    "q-ew-control": 1,
    "q-ew-why": 2,
    "q-ew-how-warned": 1,
}

_EKIOSA: list[Phrasing] = [
    *marked(
        "q-em-market",
        right=(
            "Ekiosa market",
            "ekiosa",
            "EKIOSA",
            "the ekiosa market",
            "ekiossa",
            "ekiosa market in benin",
            "ekiosa 🔥",
            "ekiosa market lol",
        ),
        wrong=(
            "oba market",
            "benin market",
            "idk",
            "ekiosa or oba",
        ),
    ),
    *marked(
        "q-em-city",
        right=(
            "Benin City",
            "benin city",
            "benin",
            "BENIN",
            "benincity",
            "its benin city",
            "benin city, edo",
            "benin city nigeria",
            "bénin",
        ),
        wrong=(
            "lagos",
            "abuja",
            "idk",
            "benin or lagos",
            "cotonou",
            "warri",
        ),
    ),
    *marked(
        "q-em-state",
        right=(
            "Edo State",
            "edo",
            "edo state",
            "edo st",
            "edo state nigeria",
            "edostate",
            "edo 🇳🇬",
        ),
        wrong=(
            "delta state",
            "delta",
            "benin",
            "idk",
            "ondo",
        ),
    ),
    *marked(
        "q-em-weekday",
        right=(
            "Saturday",
            "saturday",
            "sat",
            "sat.",
            "saturday afternoon",
            "satuday",
            "sabado",
            "it was saturday",
        ),
        wrong=(
            "sunday",
            "friday",
            "idk",
            "saturday or sunday",
            "saturday morning",
            "christmas day",
        ),
    ),
    *marked(
        "q-em-time",
        right=(
            "12pm",
            "12 pm",
            "12",
            "12:00",
            "noon",
            "midday",
            "12 noon",
            "around 12pm",
            "about noon",
            "12 in the afternoon",
            "12pm i think",
        ),
        wrong=(
            "12am",
            "midnight",
            "1pm",
            "10am",
            "12 or 1",
            "in the morning",
        ),
    ),
    *marked(
        "q-em-section",
        right=(
            "The goat section",
            "goat section",
            "in the goat section",
            "goats",
            "goat sectoin",
            "the goat part",
            "where they sell goats",
            "goat section 🐐",
        ),
        wrong=(
            "the food section",
            "cow section",
            "the agency building",
            "idk",
        ),
    ),
    *marked(
        "q-em-loss",
        right=(
            "Hundreds of millions of naira",
            "hundreds of millions of naira",
            "100s of millions of naira",
            "hundreds of millions naira",
            "several hundred million naira",
            "hundreds of millions of ₦",
            "hundreds of millions of naira 😢",
        ),
        wrong=(
            "hundreds of naira",
            "millions of naira",
            "thousands of naira",
            "hundreds of millions of dollars",
            "idk",
        ),
    ),
    *marked(
        "q-em-arrival",
        right=(
            "30 minutes",
            "30 mins",
            "30m",
            "30",
            "thirty minutes",
            "half an hour",
            "about 30 minutes",
            "abt 30 mins",
            "30 minutes after",
            "around half an hour",
        ),
        wrong=(
            "30 seconds",
            "3 minutes",
            "an hour",
            "3 hours",
            "idk",
            "30 or 40 minutes",
        ),
    ),
    *marked(
        "q-em-company",
        right=(
            "Nigeria Petroleum Development Company",
            "nigeria petroleum development company",
            "npdc",
            "the npdc",
            "nigerian petroleum development company",
            "nigeria petroleum dev company",
            "NPDC (nigeria petroleum development company)",
        ),
        wrong=(
            "NNPC",
            "nnpc",
            "uniben",
            "the army",
            "edo state property and development agency",
            "idk",
        ),
    ),
    *marked(
        "q-em-commissioner",
        right=(
            "Damian Lawani",
            "damian lawani",
            "lawani",
            "Lawani",
            "mr lawani",
            "lawanni",
            "damien lawani",
            "is it lawani?",
            "i think it was lawani",
            "damianlawani",
        ),
        wrong=(
            "damian",
            "edosa",
            "the governor",
            "idk",
        ),
    ),
    *marked(
        "q-em-lawani-title",
        right=(
            "Commissioner for Youth and Special Duties",
            "commissioner for youth and special duties",
            "commissioner",
            "youth commissioner",
            "the commissioner for youth",
            "edo state commissioner for youth and special duties",
            "commisioner for youth and special duties",
            "hes the youth and special duties commissioner",
            "commish for youth",
        ),
        wrong=(
            "governor",
            "deputy commissioner for youth",
            "commissioner of police",
            "fire chief",
            "idk",
        ),
    ),
    *marked(
        "q-em-trader",
        right=(
            "Edosa",
            "edosa",
            "edossa",
            "idosa",
            "a trader called edosa",
            "edosa the trader",
            "edosa i think",
        ),
        wrong=(
            "lawani",
            "damian lawani",
            "edo",
            "idk",
        ),
    ),
    *marked(
        "who-said-em-twist",
        right=(
            "Damian Lawani",
            "lawani",
            "the commissioner",
            "commissioner lawani",
            "damian lawani said it",
            "lawani 💯",
        ),
        wrong=(
            "edosa",
            "a trader",
            "the fire service",
            "idk",
        ),
    ),
]

_EKIOSA_CHOICE: list[Phrasing] = [
    *marked(
        "q-em-holiday",
        right=(
            "Christmas",
            "christmas",
            "c",
            "C",
            "xmas 🎄",
            "christmas obviously",
            "christmass",
            "chrismas",
        ),
        wrong=(
            "easter",
            "eid",
            "a",
            "b",
            "idk",
            "christmas or new year",
        ),
    ),
    *marked(
        "q-em-chased",
        right=(
            "traders",
            "Traders",
            "trader",
            "the market traders",
            "C",
            "c.",
            "c, the traders thought theyd save the govt building",
            "traders 😤",
        ),
        wrong=(
            "soldiers",
            "the police",
            "a",
            "b",
            "idk",
            "traders or police",
            "b the police",
        ),
    ),
    *marked(
        "q-em-why-chased",
        right=(
            "b",
            "B",
            "option b",
            "they thought the fire fighters would save the government building first",
            "to protect the govt building first",
            "the government building",
            "b because of the govt building",
            "they thought theyd only save the gov building",
        ),
        wrong=(
            "a",
            "c",
            "they asked for money",
            "no water",
            "they were late",
            "idk",
            "b, they asked for money",
        ),
    ),
]

_SANDERS: list[Phrasing] = [
    *marked(
        "q-sb-county",
        right=(
            "Sanders County",
            "sanders county",
            "sanders",
            "Sanders",
            "sanders cty",
            "sandars county",
            "sanders county, mt",
            "is it sanders county?",
        ),
        wrong=(
            "thompson falls",
            "lincoln county",
            "montana",
            "bernie sanders",
            "sanders or lincoln",
        ),
    ),
    *marked(
        "q-sb-state",
        right=(
            "Montana",
            "montana",
            "mt",
            "montanna",
            "in montana",
            "montana usa",
            "montana 🏔️",
            "montana i think",
        ),
        wrong=(
            "idaho",
            "wyoming",
            "maine",
            "idk",
        ),
    ),
    *marked(
        "q-sb-town",
        right=(
            "Thompson Falls",
            "thompson falls",
            "thompson falls mt",
            "thomson falls",
            "thompsonfalls",
            "thompson",
            "thompson falls lol",
        ),
        wrong=(
            "great falls",
            "missoula",
            "sanders",
            "idk",
        ),
    ),
    *marked(
        "q-sb-commissioners",
        right=(
            "three",
            "Three",
            "3",
            "3 commissioners",
            "three commissioners",
            "3 of them",
            "3 ppl",
            "three i think",
            "tres",
        ),
        wrong=(
            "2",
            "4",
            "one",
            "30",
            "idk",
            "3 or 5",
        ),
    ),
    *marked(
        "q-sb-weekday",
        right=(
            "Tuesday",
            "tuesday",
            "tues",
            "tue",
            "tuesday morning",
            "tuseday",
            "it was tuesday",
            "martes",
        ),
        wrong=(
            "monday",
            "wednesday",
            "friday",
            "tuesday evening",
            "tuesday or wednesday",
        ),
    ),
    *marked(
        "q-sb-date",
        right=(
            "2 September 2014",
            "september 2, 2014",
            "2 sept 2014",
            "9/2/2014",
            "the 2nd of september 2014",
            "sept 2",
            "2nd september",
            "september 2nd",
        ),
        wrong=(
            "september 12, 2014",
            "12 september",
            "2 september 2015",
            "august 2, 2014",
            "september 2014",
            "idk",
            "september 2 or 3",
        ),
    ),
    *marked(
        "q-sb-part-of-day",
        right=(
            "In the morning",
            "in the morning",
            "Morning",
            "the morning",
            "moring",
            "morning time",
            "a.m.",
            "in the am",
            "morning, tuesday",
            "morning ☀️",
        ),
        wrong=(
            "afternoon",
            "in the afternoon",
            "at night",
            "noon",
            "idk",
            "morning or afternoon",
        ),
    ),
    *marked(
        "q-sb-clerk",
        right=(
            "Nichol Scribner",
            "nichol scribner",
            "scribner",
            "Scribner",
            "nicole scribner",
            "n. scribner",
            "scriber",
            "scribner?",
            "i think scribner",
            "scribner the clerk",
        ),
        wrong=(
            "nichol",
            "tony cox",
            "alex violo",
            "the commissioner",
            "scribner or cox",
        ),
    ),
    *marked(
        "q-sb-scribner-title",
        right=(
            "Clerk and Recorder of Sanders County",
            "clerk and recorder",
            "sanders county clerk and recorder",
            "clerk and recorder of sanders",
            "clerk & recorder of sanders county",
            "clerk n recorder",
            "shes the clerk and recorder",
            "county clerk",
        ),
        wrong=(
            "commissioner",
            "county commissioner",
            "treasurer",
            "clerk of court",
            "idk",
        ),
    ),
    *marked(
        "q-sb-mills",
        right=(
            "$1,000",
            "$1000",
            "1,000",
            "1000",
            "$1k",
            "a thousand dollars",
            "1000$",
            "by $1000",
            "1000 usd",
            "$1,000 lol",
        ),
        wrong=(
            "$100",
            "$10,000",
            "1000 euros",
            "£1000",
            "1000 mills",
            "idk",
        ),
    ),
    *marked(
        "q-sb-reserve",
        right=(
            "8 to 10 percent",
            "8-10%",
            "8 - 10 %",
            "8–10%",
            "8-10",
            "eight to ten percent",
            "8 to 10 per cent",
            "about 8-10%",
            "8 to 10 %?",
        ),
        wrong=(
            "8%",
            "10%",
            "18%",
            "1 to 10 percent",
            "8 to 10 dollars",
            "$1000",
        ),
    ),
    *marked(
        "q-sb-month",
        right=(
            "September 2014",
            "september",
            "september 2014",
            "sept 2014",
            "sep 2014",
            "sept.",
            "september '14",
            "in september",
            "septembre",
        ),
        wrong=(
            "october",
            "august 2014",
            "january",
            "january 2025",
            "september or october",
        ),
    ),
    *marked(
        "q-sb-tight",
        right=(
            "Tony Cox",
            "tony cox",
            "Cox",
            "commissioner cox",
            "mr cox",
            "cox?",
            "tonycox",
            "tony cox the commissioner",
        ),
        wrong=(
            "tony",
            "scribner",
            "alex violo",
            "tony blair",
            "cox or scribner",
        ),
    ),
    *marked(
        "who-said-sb-redistribute",
        right=(
            "Nichol Scribner",
            "scribner",
            "ms. scribner",
            "the clerk",
            "nichol scribner said it",
            "scribner 👍",
        ),
        wrong=(
            "cox",
            "tony cox",
            "a commissioner",
            "the reporter",
            "scribner or cox",
        ),
    ),
]

_SANDERS_CHOICE: list[Phrasing] = [
    *marked(
        "q-sb-vote",
        right=(
            "unanimously",
            "Unanimously",
            "unanimusly",
            "c",
            "option c",
            "c unanimously",
            "all of them voted for it",
            "all three agreed",
        ),
        wrong=(
            "a",
            "b",
            "2-1",
            "by two votes to one",
            "the clerk",
            "idk",
            "c, by two votes to one",
        ),
    ),
    *marked(
        "q-sb-year",
        right=(
            "2014",
            "c",
            "c)",
            "c 2014",
            "'14",
            "twenty fourteen",
            "2014 ✅",
        ),
        wrong=(
            "2015",
            "2013",
            "a",
            "b",
            "idk",
            "2014 or 2015",
        ),
    ),
    *marked(
        "q-sb-how-mills",
        right=(
            "b",
            "B",
            "redistributing funds",
            "redistribute the funds",
            "they redistribute the money",
            "b redistribute",
            "move money around",
            "spread the money differently",
            "b, same services",
        ),
        wrong=(
            "a",
            "c",
            "raise taxes",
            "cut services",
            "they sell the mills",
            "idk",
            "b, by cutting services",
        ),
    ),
]

_ELAFONISOS: list[Phrasing] = [
    *marked(
        "q-ew-island",
        right=(
            "Elafonisos",
            "elafonisos",
            "elafonissos",
            "elafonsos",
            "elafonisos, greece",
            "elafonisos island in greece",
            "is it elafonisos?",
            "elafonisos 🔥",
        ),
        wrong=(
            "crete",
            "rhodes",
            "kythira",
            "elafonisi",
            "idk",
            "elafonisos or crete",
        ),
    ),
    *marked(
        "q-ew-country",
        right=(
            "Greece",
            "greece",
            "greek",
            "greec",
            "its greece",
            "in greece",
            "greece, europe",
            "grèce",
            "hellas",
        ),
        wrong=(
            "turkey",
            "cyprus",
            "macedonia",
            "north macedonia",
            "greece or turkey",
        ),
    ),
    *marked(
        "q-ew-weekday",
        right=(
            "Sunday",
            "sunday",
            "sun.",
            "on sunday",
            "sunday again",
            "sunday night",
            "dimanche",
            "it was sunday",
        ),
        wrong=(
            "saturday",
            "saturday night",
            "monday",
            "tuesday",
            "sunday or saturday",
        ),
    ),
    *marked(
        "q-ew-source",
        right=(
            "At a landfill",
            "at a landfill",
            "a landfill",
            "the landfill",
            "land fill",
            "a nearby landfill",
            "at the landfill near the camp",
            "the dump",
            "at a dump 🗑️",
        ),
        wrong=(
            "in the forest",
            "at the camp",
            "a beach",
            "in athens",
            "landfill or forest",
        ),
    ),
    *marked(
        "q-ew-firefighters",
        right=(
            "121",
            "121 firefighters",
            "one hundred twenty-one",
            "one hundred and twenty one",
            "121 ppl",
            "abt 121",
            "121?",
            "121 i think",
        ),
        wrong=(
            "112",
            "12",
            "6",
            "1,210",
            "121 planes",
            "idk",
        ),
    ),
    *marked(
        "q-ew-aircraft",
        right=(
            "six",
            "Six",
            "6",
            "6 aircraft",
            "6 aircrafts",
            "6 planes",
            "six?",
            "6 total",
            "seis",
        ),
        wrong=(
            "2",
            "5",
            "60",
            "121",
            "idk",
            "6 or 7",
        ),
    ),
    *marked(
        "q-ew-area",
        right=(
            "19 square kilometres",
            "19 square kilometers",
            "19km2",
            "19 km²",
            "19 square km",
            "19",
            "about 19 km2",
            "7 square miles",
            "19 sq km (7 sq mi)",
        ),
        wrong=(
            "7 km2",
            "19 square miles",
            "190 km2",
            "3000 km2",
            "19 or 7",
        ),
    ),
    *marked(
        "q-ew-tourists",
        right=(
            "Over 3,000",
            "over 3,000",
            "3000",
            "more than 3000",
            "3k",
            "over 3k",
            "more than three thousand",
            "3000 tourists",
            "over 3000 per day",
            "around 3000",
        ),
        wrong=(
            "300",
            "350",
            "121",
            "fewer than 3000",
            "3000 a year",
            "idk",
        ),
    ),
    *marked(
        "q-ew-agency",
        right=(
            "Civil Protection Agency",
            "civil protection agency",
            "the civil protection agency",
            "the civil protection",
            "greek civil protection",
            "civil protection agncy",
            "civil protection 📱",
        ),
        wrong=(
            "the fire service",
            "the police",
            "the army",
            "ministry of health",
            "idk",
            "civil protection or fire service",
        ),
    ),
    *marked(
        "q-ew-until",
        right=(
            "Tuesday",
            "tuesday",
            "tue",
            "until tuesday",
            "through tuesday",
            "thru tuesday",
            "tuesday?",
            "mardi",
        ),
        wrong=(
            "monday",
            "wednesday",
            "sunday",
            "friday",
            "tuesday or wednesday",
        ),
    ),
    *marked(
        "q-ew-border",
        right=(
            "Turkey",
            "turkey",
            "turkiye",
            "turky",
            "turkish",
            "turkey?",
            "turkey 🇹🇷",
            "turquie",
        ),
        wrong=(
            "bulgaria",
            "macedonia",
            "greece",
            "cyprus",
            "idk",
            "turkey or bulgaria",
        ),
    ),
    *marked(
        "q-ew-varsamis",
        right=(
            "Spyros Varsamis",
            "spyros varsamis",
            "varsamis",
            "Varsamis",
            "spiros varsamis",
            "gen. varsamis",
            "major general varsamis",
            "varsamys",
            "varsamis?",
            "spyrosvarsamis",
        ),
        wrong=(
            "spyros",
            "nikos varsamis",
            "the associated press",
            "idk",
        ),
    ),
    *marked(
        "q-ew-rank",
        right=(
            "Major General",
            "major general",
            "maj. gen.",
            "major-general",
            "majorgeneral",
            "a major general",
            "major general lol",
        ),
        wrong=(
            "general",
            "major",
            "brigadier general",
            "colonel",
            "major general or colonel",
        ),
    ),
    *marked(
        "q-ew-veteran",
        right=(
            "25 years",
            "25",
            "25y",
            "25 year",
            "twenty-five",
            "25 years in the service",
            "a quarter century",
            "25 yrs?",
        ),
        wrong=(
            "25 days",
            "25 months",
            "4 years",
            "52 years",
            "idk",
            "25 or 30 years",
        ),
    ),
    *marked(
        "q-ew-days",
        right=(
            "four",
            "Four",
            "4",
            "4 days",
            "four days",
            "four straight days",
            "4 days in a row",
            "quatre",
            "cuatro",
        ),
        wrong=(
            "2",
            "3",
            "40",
            "25",
            "idk",
            "4 or 5",
        ),
    ),
    *marked(
        "q-ew-news",
        right=(
            "The Associated Press",
            "associated press",
            "AP",
            "ap",
            "the ap",
            "the associated press (AP)",
            "associated pres",
            "AP news",
            "associated press lol",
        ),
        wrong=(
            "reuters",
            "afp",
            "bbc",
            "cnn",
            "idk",
            "ap or reuters",
        ),
    ),
    *marked(
        "who-said-ew-first",
        right=(
            "Spyros Varsamis",
            "varsamis",
            "the major general",
            "major general varsamis",
            "varsamis said it",
            "varsamiss",
        ),
        wrong=(
            "spyros",
            "the civil protection agency",
            "the mayor",
            "idk",
        ),
    ),
]

_ELAFONISOS_CHOICE: list[Phrasing] = [
    *marked(
        "q-ew-control",
        right=(
            "a",
            "A",
            "option a",
            "the 1st one",
            "saturday night",
            "sat night",
            "saturday nite",
            "saturday",
            "a, before the wind picked up",
        ),
        wrong=(
            "b",
            "c",
            "sunday morning",
            "friday evening",
            "saturday morning",
            "idk",
            "a, sunday morning",
        ),
    ),
    *marked(
        "q-ew-why",
        right=(
            "b",
            "B",
            "strong winds",
            "strong wind 💨",
            "winds",
            "the wind",
            "because of the wind",
            "the winds got stronger",
        ),
        wrong=(
            "a",
            "c",
            "arson",
            "a plane crash",
            "heat",
            "idk",
            "b, arson",
        ),
    ),
    *marked(
        "q-ew-how-warned",
        right=(
            "a",
            "A",
            "text message",
            "text",
            "sms",
            "by sms",
            "text msg",
            "they got a text",
            "via text 📱",
        ),
        wrong=(
            "b",
            "c",
            "radio",
            "sirens",
            "email",
            "tv",
            "a or c",
            "a, by radio",
        ),
    ),
]

_TRUE_FALSE: list[Phrasing] = true_false(
    [
        (
            "tf-em-open",
            False,
            (
                "false, it was locked",
                "no it was locked",
                "false the shop was locked",
                "locked so false",
                "f, locked",
                "false 🔒",
            ),
            ("true it was open", "yes open", "idk", "maybe", "true or false"),
        ),
        (
            "tf-em-hours",
            True,
            (
                "true, several hours",
                "yes it burned for hours",
                "true it lasted hours",
                "t, hours",
                "true ✅",
                "yeah for hours",
            ),
            ("false it was quick", "no only 30 minutes", "idk", "maybe", "true or false"),
        ),
        (
            "tf-sb-services",
            False,
            (
                "false, same services",
                "false they keep the same services",
                "no, services stay the same",
                "false, they redistribute",
                "nope services stay",
                "f they still provide the services",
            ),
            ("true they cut services", "true, the mills dropped", "idk", "maybe", "true or false"),
        ),
        (
            "tf-sb-leftover",
            True,
            (
                "true, some money leftover",
                "yes they have money left",
                "true he said that",
                "true 💰",
                "yep some left over",
                "t",
            ),
            ("false they ran out", "no money left", "idk", "maybe", "true or false"),
        ),
        (
            "tf-ew-friday",
            False,
            (
                "false, since friday",
                "false they started friday",
                "no, they began on friday",
                "false 🔥 friday",
                "not true, since friday",
                "f, friday",
            ),
            ("true, sunday", "yes on sunday", "idk", "maybe", "true or false"),
        ),
    ],
    SAID_TRUE,
    SAID_FALSE,
)

PHRASINGS: list[Phrasing] = (
    _EKIOSA
    + _EKIOSA_CHOICE
    + _SANDERS
    + _SANDERS_CHOICE
    + _ELAFONISOS
    + _ELAFONISOS_CHOICE
    + _TRUE_FALSE
)


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
