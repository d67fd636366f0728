"""The twenty-sixth held-out set of typed answers (`matching_twentysixth`): how the quiz judges
answers typed the way students type in Discord, at questions the matcher was never tuned on.

It holds 840 phrasings (488 right, 352 wrong) of the 73 questions of three briefings written by hand
from real articles of tests/authoring/labeled/real/fresh76 and fresh77 (fresh77 cl18: five towns of
La Axarquía in Andalucía lose their tap water from 11.30 pm to 7.00 am as the La Viñuela reservoir
stands at 9%, its lowest in 34 years, and 14 councils must keep to 170 litres a head a day instead
of 212; fresh76 ck04: rice prices in Cambodia's Battambang province fall by up to 25% after floods
and wind, Phka Romduol rice still fetching one million riel ($250) a tonne, says governor Nguon
Ratanak; fresh77 cl13: the Chelsea Pitch Owners vote 61.6% for selling Stamford Bridge's freehold to
the club, short of the 75% needed), frozen in benchmarks/phrasing_briefings/
(`council-axarquia-night-water-cuts`, `economy-battambang-rice-price`,
`sport-chelsea-pitch-owners-vote`); no other phrasing briefing uses these articles (every briefing's
source line was read: the fresh70 and fresh71 ones it names are ce10, ce18, ce20, cf01, cf07 and
cf14; none names fresh75 to fresh77). Who-questions (a councillor, a governor, a director, a
chairman, a chief executive, an owner, a supporter, a reporter; a water company, a newspaper, a
supporters' body), a post asked for itself (environment councillor, chairman), where (a reservoir, a
resort, an area, a region, a city, a province, a country, a stadium), when (a weekday said "last
Wednesday", a date, a year, "yesterday", two times of day), how many (percentages, a range of money,
money in riel, US dollars and pounds with millions and billions, litres, years, an age, a count of
councils), eleven which-of-these choices (what, why, where, which) and nine true/false questions;
typed with `idk`, `is it X?`, emoji, hedges (`X or Y`), a reason after the answer, sentence answers
(`i think it was the councillor`), numbers and times in words (`eleven thirty pm`, `nine percent`),
text-speak (`abt`, `ppl`, `govt`, `bc`), missing spaces, no accents, French, Spanish and Portuguese,
and near-miss names and numbers of the same article (Vichara for Ratanak, Gourlay for Buck, 212 for
170, 9% for 20%, 61.6% for 75%).

Written blind: its author read the three articles, docs/typed-answers.md (which says what earlier
rules do), the API of `benchmarks.phrasing_sets` and the shape of `benchmarks.matching_twentyfifth`;
no verdict on these phrasings was read before this set was committed (the options' order at seed 0
was read, since the letters refer to it: `q-ax-banned` A Cooking with tap water, B Showering, C
Filling swimming pools, D Drinking tap water; `q-ax-why` A To guarantee water in a dry summer, B To
repair old pipes, C To save electricity at night, D Because of a workers' strike; `q-ax-nonpotable`
A It will be sold to farmers, B It is banned too, C It can be used normally, D It is unsafe to
touch; `q-ax-town` A Benamargosa, B Marbella, C Ronda, D Nerja; `q-bb-cause` A Floods and wind that
lowered its quality, B A ban on rice exports, C A government price cap, D Too few farmers to
harvest; `q-bb-short-of` A Warehouses, B Rice mills, C Trucks, D Rice-drying ovens; `q-bb-call` A To
plant a new variety, B Not to harvest at the incorrect time, C To sell their rice abroad, D To stop
growing rice; `q-bb-department` A Water Resources, B Commerce, C Agriculture, Forestry and
Fisheries, D Rural Development; `q-ch-incentive` A Members' names on a wall of honour, B Free season
tickets, C A share of the profits, D Cheaper shirts; `q-ch-statement` A At a press conference, B On
television, C On the club website, D In a newspaper interview; `q-ch-result` A The vote was
postponed, B It passed easily, C It fell short of the share needed, D The club withdrew it).

Labelled as in the older sets: a surname alone right, a given name alone wrong, two answers at once
wrong, `idk` wrong, the right answer hedged right, another person, body or number of the same
article wrong. A post asked for itself is right said as the same post in any language (`concejala de
medio ambiente`, `chair`, `président`), wrong as another. At a who-said question the speaker's role
as the briefing gives it is right (`the councillor`, `the chairman`). Bare numbers follow the
convention in docs/typed-answers.md (`9` for 9%, `34` for 34 years, `7` for 7.00 am, `11.30` for
11.30 pm, `75` for 75% right; `1` for one million riel, `9` for £9bn and `300` for £300m wrong: the
scale word belongs to the number; `11 pm` for 11.30 pm wrong: part of the time). A sum said without
its currency is right (`9 billion`, `one million`), in another currency wrong (`$9bn`, `1 million
dollars`, `£250`). One end of a range is wrong (`950,000` for 950,000 to 970,000 riel). A paraphrase
a teacher takes (`a fifth` for 20%, `a quarter` for 25%, `three quarters` for 75%, `the blues` and
`the bridge` for Chelsea and Stamford Bridge, `it failed` for "it fell short", `la sequía` for "a
dry summer") is labelled right even where a matcher may not read it.

It is near the brief's 500-800 with 73 questions (9 to 19 phrasings each): a first draft of 1,128
(666 right, 462 wrong) was thinned before any run by dropping every third phrasing of each right and
wrong list (the 3rd, 6th, ...; the true/false questions' own lists too, the shared verdicts kept),
and then two text-speak phrasings were added (`evans, one of the ppl at the meeting`, `govt price
cap`), still before any run. One label was changed after the first run (at 1d586b84, 489 right
and 351 wrong): `rocío` at `who-said-ax-reduce`, a given name alone, is wrong as the labels
above say; it had been labelled right by a slip.

Run: `.venv/bin/python -m benchmarks.matching_twentysixth`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import SAID_FALSE, SAID_TRUE, Phrasing, marked, report, true_false

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

_FROZEN = Path(__file__).parent / "phrasing_briefings"
BRIEFINGS: tuple[Path, ...] = (
    _FROZEN / "council-axarquia-night-water-cuts.yaml",
    _FROZEN / "economy-battambang-rice-price.yaml",
    _FROZEN / "sport-chelsea-pitch-owners-vote.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-ax-banned": 3,
    "q-ax-why": 1,
    "q-ax-nonpotable": 3,
    "q-ax-town": 1,
    "q-bb-cause": 1,
    "q-bb-short-of": 4,
    "q-bb-call": 2,
    "q-bb-department": 3,
    "q-ch-incentive": 1,
    "q-ch-statement": 3,
    "q-ch-result": 3,
}

_AXARQUIA: list[Phrasing] = [
    *marked(
        "q-ax-reservoir",
        right=(
            "La Viñuela",
            "la vinuela",
            "viñuela reservoir",
            "LA VIÑUELA",
            "the vinuela dam",
            "lavinuela",
            "i think la vinuela",
        ),
        wrong=("aqualia", "la axarquia", "idk", "vinuela or iznate"),
    ),
    *marked(
        "q-ax-level",
        right=("9%", "9 %", "nine percent", "9", "only 9%", "9% of capacity", "9pc", "is it 9%?"),
        wrong=("20%", "90%", "34%", "idk"),
    ),
    *marked(
        "q-ax-age",
        right=("34 years", "34", "34 yrs", "34y", "34 years old", "for 34 years"),
        wrong=("43 years", "34 months", "14 years", "idk"),
    ),
    *marked(
        "q-ax-off",
        right=(
            "11.30 pm",
            "11:30pm",
            "23:30",
            "11.30",
            "half past eleven at night",
            "eleven thirty pm",
            "at 11.30pm",
            "23h30",
        ),
        wrong=("11 pm", "11:30 am", "midnight", "10:30 pm", "11.30pm or 12"),
    ),
    *marked(
        "q-ax-on",
        right=(
            "7.00 am",
            "7am",
            "07:00",
            "7",
            "7 a.m.",
            "seven am",
            "7h du matin",
            "las 7 de la mañana",
        ),
        wrong=("7 pm", "8 am", "6am", "idk"),
    ),
    *marked(
        "q-ax-company",
        right=(
            "Aqualia",
            "aqualia",
            "aqualia water company",
            "aqualía",
            "the water company aqualia",
        ),
        wrong=("la vinuela", "the board", "idk", "endesa"),
    ),
    *marked(
        "q-ax-since",
        right=(
            "Last Wednesday",
            "wednesday",
            "weds",
            "last wed",
            "wensday",
            "miércoles",
            "it was wednesday",
        ),
        wrong=("tuesday", "last thursday", "yesterday", "idk"),
    ),
    *marked(
        "q-ax-cut",
        right=(
            "20%",
            "20 percent",
            "20",
            "by 20%",
            "20pc",
            "20 por ciento",
            "a fifth",
            "20% i think",
        ),
        wrong=("9%", "25%", "2%", "12%"),
    ),
    *marked(
        "q-ax-councils",
        right=("14", "fourteen", "14 municipalities", "14 towns", "catorce", "14 i think"),
        wrong=("5", "five", "4", "41"),
    ),
    *marked(
        "q-ax-max",
        right=("170 litres", "170 liters", "170l", "170 l", "170 litres per person", "170 litros"),
        wrong=("212 litres", "212", "117 litres", "20%"),
    ),
    *marked(
        "q-ax-now",
        right=("212", "212 litres", "212l", "two hundred twelve", "about 212", "212 litros"),
        wrong=("170", "170 litres", "122", "212 gallons"),
    ),
    *marked(
        "q-ax-councillor",
        right=(
            "Rocío Ruiz",
            "rocio ruiz",
            "RUIZ",
            "r. ruiz",
            "rocioruiz",
            "rocio ruis",
            "i think it was rocio ruiz",
        ),
        wrong=("rocio", "aqualia", "ruiz or aqualia", "idk"),
    ),
    *marked(
        "q-ax-post",
        right=(
            "Environment councillor of Vélez-Málaga",
            "environment councillor",
            "shes the environment councillor",
            "velez malaga environment councillor",
            "concejala de medio ambiente",
        ),
        wrong=("mayor", "water company boss", "health councillor", "idk"),
    ),
    *marked(
        "q-ax-resort",
        right=(
            "Torre del Mar",
            "torre del mar",
            "torre del mar 🏖️",
            "TORRE DEL MAR",
            "the resort of torre del mar",
        ),
        wrong=("torrox", "benamargosa", "rincon de la victoria", "idk"),
    ),
    *marked(
        "q-ax-area",
        right=("La Axarquía", "axarquia", "AXARQUIA", "the axarquia region", "la ajarquia"),
        wrong=("andalucia", "la vinuela", "seville", "idk"),
    ),
    *marked(
        "q-ax-community",
        right=("Andalucía", "andalucia", "ANDALUCIA", "andalousie", "andalusia 🇪🇸", "in andalucia"),
        wrong=("catalonia", "valencia", "galicia", "la axarquia"),
    ),
    *marked(
        "q-ax-dateline",
        right=("Seville", "seville", "SEVILLE", "sevile", "seville, spain"),
        wrong=("malaga", "madrid", "velez-malaga", "idk"),
    ),
]

_AXARQUIA_CHOICE: list[Phrasing] = [
    *marked(
        "q-ax-banned",
        right=(
            "c",
            "C",
            "filling swimming pools",
            "swimming pools",
            "filling pools",
            "the 3rd one",
            "c bc pools use so much",
        ),
        wrong=("a", "b", "showering", "drinking tap water", "idk"),
    ),
    *marked(
        "q-ax-why",
        right=(
            "a",
            "A",
            "to guarantee water in a dry summer",
            "dry summer",
            "to guarantee water",
            "the first one",
            "la sequía",
        ),
        wrong=("b", "c", "to save electricity", "repairs", "idk"),
    ),
    *marked(
        "q-ax-nonpotable",
        right=(
            "c",
            "C",
            "it can be used normally",
            "used normally",
            "you can use it normally",
            "c, normally",
        ),
        wrong=("a", "b", "its banned too", "unsafe", "idk"),
    ),
    *marked(
        "q-ax-town",
        right=("a", "A", "Benamargosa", "benamargoza", "first one", "1"),
        wrong=("b", "c", "marbella", "nerja", "a or d", "idk"),
    ),
]

_BATTAMBANG: list[Phrasing] = [
    *marked(
        "q-bb-province",
        right=(
            "Battambang",
            "battambang",
            "BATTAMBANG",
            "battambang province",
            "battambang, cambodia",
            "is it battambang?",
        ),
        wrong=("phnom penh", "siem reap", "kampot", "idk"),
    ),
    *marked(
        "q-bb-country",
        right=("Cambodia", "cambodia", "camboya", "camboja", "cambodia 🇰🇭", "cambodai"),
        wrong=("vietnam", "thailand", "battambang", "idk"),
    ),
    *marked(
        "q-bb-drop",
        right=(
            "25%",
            "25 percent",
            "25",
            "up to 25%",
            "25 per cent",
            "a quarter",
            "veinticinco por ciento",
            "abt 25%",
        ),
        wrong=("30%", "20%", "2.5%", "250", "25% or 30%"),
    ),
    *marked(
        "q-bb-governor",
        right=("Nguon Ratanak", "nguon ratanak", "RATANAK", "n. ratanak", "ratnak", "nguonratanak"),
        wrong=("chhim vichara", "vichara", "ratanak or vichara", "idk"),
    ),
    *marked(
        "q-bb-paper",
        right=(
            "The Post",
            "the post",
            "the phnom penh post",
            "phnom penh post",
            "the post newspaper",
        ),
        wrong=("the washington post", "khmer times", "the times", "idk"),
    ),
    *marked(
        "q-bb-date",
        right=(
            "November 23",
            "23 november",
            "23 nov",
            "23/11",
            "the 23rd of november",
            "23 de noviembre",
            "nov. 23",
            "november twenty third",
        ),
        wrong=("november 25", "october 23", "november 13", "idk"),
    ),
    *marked(
        "q-bb-variety",
        right=(
            "Phka Romduol",
            "phka romduol",
            "phka romduel",
            "pka romduol",
            "phka romduol rice",
            "the phka romduol variety",
        ),
        wrong=("jasmine", "basmati", "idk", "phka malis"),
    ),
    *marked(
        "q-bb-riel",
        right=(
            "One million riel",
            "1 million riel",
            "1000000 riel",
            "1m riel",
            "one million",
            "1 million",
            "un million de riels",
            "one milion riel",
        ),
        wrong=("1", "$250", "950,000 riel", "1 million dollars"),
    ),
    *marked(
        "q-bb-dollars",
        right=(
            "$250",
            "250 dollars",
            "250 usd",
            "usd 250",
            "two hundred fifty dollars",
            "250$",
            "250 dólares",
        ),
        wrong=("$25", "$2,500", "£250", "$205"),
    ),
    *marked(
        "q-bb-before",
        right=(
            "1,200,000 riel",
            "1.2 million riel",
            "1,200,000",
            "1.2m riel",
            "one point two million riel",
            "1 200 000 riels",
        ),
        wrong=("1,000,000 riel", "970,000 riel", "12 million riel", "idk"),
    ),
    *marked(
        "q-bb-after",
        right=(
            "950,000 to 970,000 riel",
            "950000-970000",
            "between 950,000 and 970,000",
            "950,000-970,000 riel",
            "from 950000 to 970000",
        ),
        wrong=("950,000", "970,000 riel", "900,000 to 950,000", "idk"),
    ),
    *marked(
        "q-bb-director",
        right=(
            "Chhim Vichara",
            "chhim vichara",
            "chim vichara",
            "VICHARA",
            "director vichara",
            "chhimvichara",
        ),
        wrong=("nguon ratanak", "ratanak", "idk", "vichara or ratanak"),
    ),
    *marked(
        "q-bb-stalks",
        right=("30%", "30 percent", "30", "30 per cent", "about 30%", "trente pour cent"),
        wrong=("25%", "3%", "300%", "idk"),
    ),
    *marked(
        "q-bb-colour",
        right=("Black", "black", "BLACK", "they turned black", "noir", "negro"),
        wrong=("brown", "white", "grey", "idk"),
    ),
]

_BATTAMBANG_CHOICE: list[Phrasing] = [
    *marked(
        "q-bb-cause",
        right=(
            "a",
            "A",
            "floods and wind",
            "floods and wind that lowered its quality",
            "flooding and wind",
            "first one",
            "bad weather lowered the quality",
        ),
        wrong=("b", "c", "export ban", "a price cap", "govt price cap", "idk"),
    ),
    *marked(
        "q-bb-short-of",
        right=(
            "d",
            "D",
            "rice-drying ovens",
            "drying ovens",
            "rice drying ovens",
            "the last one",
            "d ovens",
        ),
        wrong=("a", "b", "rice mills", "mills", "b or d", "idk"),
    ),
    *marked(
        "q-bb-call",
        right=(
            "b",
            "B",
            "not to harvest at the incorrect time",
            "dont harvest at the wrong time",
            "harvest at the right time",
            "the second one",
        ),
        wrong=("a", "c", "sell abroad", "plant a new variety", "idk"),
    ),
    *marked(
        "q-bb-department",
        right=(
            "c",
            "C",
            "agriculture forestry fisheries",
            "agriculture",
            "c agriculture",
            "agri forestry and fisheries",
        ),
        wrong=("a", "b", "commerce", "water resources", "idk"),
    ),
]

_CHELSEA: list[Phrasing] = [
    *marked(
        "q-ch-club",
        right=("Chelsea", "chelsea", "CHELSEA", "chelsae", "the blues", "chelsea 💙"),
        wrong=("arsenal", "fulham", "tottenham", "idk"),
    ),
    *marked(
        "q-ch-stadium",
        right=(
            "Stamford Bridge",
            "stamford bridge",
            "the bridge",
            "stamfordbridge",
            "STAMFORD BRIDGE",
            "stamford bridge in london",
        ),
        wrong=("wembley", "craven cottage", "old trafford", "idk"),
    ),
    *marked(
        "q-ch-group",
        right=(
            "Chelsea Pitch Owners",
            "chelsea pitch owners",
            "CPO",
            "the pitch owners",
            "pitch owners",
            "the cpo",
        ),
        wrong=("the board", "chelsea supporters trust", "idk", "cpo or the board"),
    ),
    *marked(
        "q-ch-share",
        right=("61.6%", "61.6 percent", "61,6%", "61.6 per cent", "61.6% in favour", "61.6 pc"),
        wrong=("75%", "61%", "62%", "38.4%"),
    ),
    *marked(
        "q-ch-needed",
        right=("75%", "75 percent", "75", "three quarters", "at least 75%", "75% needed"),
        wrong=("61.6%", "50%", "57%", "two thirds"),
    ),
    *marked(
        "q-ch-owner",
        right=(
            "Roman Abramovich",
            "abramovich",
            "abramovic",
            "abramovitch",
            "r. abramovich",
            "the russian oligarch abramovich",
        ),
        wrong=("roman", "ken bates", "ron gourlay", "idk"),
    ),
    *marked(
        "q-ch-worth",
        right=("£9bn", "9 billion pounds", "9bn", "9 billion", "9 bn pounds", "about £9bn"),
        wrong=("£300m", "$9bn", "£9m", "9", "idk"),
    ),
    *marked(
        "q-ch-year",
        right=("2003", "in 2003", "'03", "2003 i think", "en 2003"),
        wrong=("2004", "2013", "2002", "idk"),
    ),
    *marked(
        "q-ch-from",
        right=("Ken Bates", "ken bates", "BATES", "k. bates", "kenbates", "from ken bates"),
        wrong=("ken", "bruce buck", "jonathan evans", "idk"),
    ),
    *marked(
        "q-ch-home-age",
        right=("106 years", "106", "a hundred and six years", "106 yrs", "106 ans", "106 años"),
        wrong=("61 years", "160 years", "106 months", "100 years"),
    ),
    *marked(
        "q-ch-fan",
        right=(
            "Jonathan Evans",
            "jonathan evans",
            "EVANS",
            "j. evans",
            "jonathon evans",
            "evans, 33",
        ),
        wrong=("jonathan", "james pozzi", "ron gourlay", "idk"),
    ),
    *marked(
        "q-ch-fan-age",
        right=("33", "thirty three", "33 yrs", "33 ans", "33yo", "thirty-three"),
        wrong=("43", "23", "32", "idk"),
    ),
    *marked(
        "q-ch-chairman",
        right=("Bruce Buck", "bruce buck", "BUCK", "mr buck", "brucebuck", "bruce buk"),
        wrong=("bruce", "ron gourlay", "roman abramovich", "ken bates"),
    ),
    *marked(
        "q-ch-ceo",
        right=(
            "Ron Gourlay",
            "ron gourlay",
            "GOURLAY",
            "r. gourlay",
            "gourlay the ceo",
            "rongourlay",
        ),
        wrong=("ron", "bruce buck", "ken bates", "idk"),
    ),
    *marked(
        "q-ch-buck-post",
        right=("Chairman", "chairman", "chair", "chelsea chairman", "président", "presidente"),
        wrong=("chief executive", "ceo", "manager", "idk"),
    ),
    *marked(
        "q-ch-estate",
        right=(
            "£300m",
            "300 million pounds",
            "300m",
            "300 million",
            "three hundred million pounds",
            "300 million quid",
        ),
        wrong=("£9bn", "$300m", "£300k", "300", "idk"),
    ),
    *marked(
        "q-ch-when",
        right=("Yesterday", "yesterday", "ystd", "yesterdy", "it was yesterday", "hier"),
        wrong=("today", "last week", "2003", "idk"),
    ),
    *marked(
        "q-ch-reporter",
        right=("James Pozzi", "james pozzi", "POZZI", "j. pozzi", "by james pozzi"),
        wrong=("james", "jonathan evans", "the club", "idk"),
    ),
]

_CHELSEA_CHOICE: list[Phrasing] = [
    *marked(
        "q-ch-incentive",
        right=(
            "a",
            "A",
            "members names on a wall of honour",
            "wall of honour",
            "names on a wall",
            "the first one",
            "their names on a wall",
        ),
        wrong=("b", "c", "free season tickets", "cheaper shirts", "idk"),
    ),
    *marked(
        "q-ch-statement",
        right=(
            "c",
            "C",
            "on the club website",
            "club website",
            "website",
            "on chelseas website",
            "c website",
        ),
        wrong=("a", "b", "on tv", "at a press conference", "idk"),
    ),
    *marked(
        "q-ch-result",
        right=(
            "c",
            "C",
            "it fell short of the share needed",
            "it fell short",
            "it failed",
            "c, 61.6 is less than 75",
            "it didnt get 75%",
        ),
        wrong=("a", "b", "it passed", "postponed", "b or c", "idk"),
    ),
]

_WHO_SAID: list[Phrasing] = [
    *marked(
        "who-said-ax-reduce",
        right=(
            "Rocío Ruiz",
            "ruiz",
            "the environment councillor",
            "the councillor",
            "i think it was the councillor",
        ),
        # relabelled wrong after the first run: a given name alone, which this set labels wrong
        # everywhere else (its docstring; the first run read it right by a slip of labelling)
        wrong=("rocío", "aqualia", "the mayor", "idk", "ruiz or the board"),
    ),
    *marked(
        "who-said-bb-quality",
        right=(
            "Nguon Ratanak",
            "ratanak",
            "governor ratanak",
            "nguon ratanak i think",
            "ratanak bc he talked abt quality",
        ),
        wrong=("chhim vichara", "vichara", "the post", "idk"),
    ),
    *marked(
        "who-said-ch-clear",
        right=(
            "Jonathan Evans",
            "evans",
            "a fan, jonathan evans",
            "the supporter evans",
            "evanz",
            "evans, one of the ppl at the meeting",
        ),
        wrong=("bruce buck", "buck", "james pozzi", "the chairman"),
    ),
    *marked(
        "who-said-ch-faith",
        right=(
            "Bruce Buck",
            "buck",
            "the chairman",
            "chairman buck",
            "it was buck",
            "i think the chairman said it",
        ),
        wrong=("jonathan evans", "ron gourlay", "abramovich", "the ceo"),
    ),
]

_TRUE_FALSE = true_false(
    [
        (
            "tf-ax-low",
            True,
            ("true never this low", "yes lowest in 34 years", "verdadero", "true 📉"),
            ("no it was lower before", "idk", "true or false"),
        ),
        (
            "tf-ax-gardens",
            False,
            ("false theyre banned", "no not allowed anymore", "nope 🚫", "falso"),
            ("yes they can", "idk", "maybe"),
        ),
        (
            "tf-ax-extended",
            True,
            ("true depending on reserves", "yes it may be extended", "sí", "true 👍"),
            ("no it is fixed", "idk", "both"),
        ),
        (
            "tf-bb-acceptable",
            True,
            ("true still 1 million riel a tonne", "yes acceptable levels", "vrai", "sim"),
            ("no he said it was a disaster", "idk"),
        ),
        (
            "tf-bb-rose",
            False,
            ("false they fell", "no they dropped 25%", "nope they went down 📉", "não"),
            ("yes they rose", "idk"),
        ),
        (
            "tf-bb-ovens",
            False,
            (
                "false more mills than ovens",
                "no fewer ovens",
                "nah its the opposite",
                "faux, moins de fours",
            ),
            ("yes more ovens", "idk"),
        ),
        (
            "tf-ch-passed",
            False,
            ("false only 61.6%", "no it needed 75%", "nope it fell short", "false ❌"),
            ("yes it passed", "idk"),
        ),
        (
            "tf-ch-attended",
            True,
            ("true both were there", "yes buck and gourlay attended", "yeah both", "verdadeiro"),
            ("no only buck", "idk"),
        ),
        (
            "tf-ch-gain",
            False,
            (
                "false he said he doesnt gain",
                "no he insists he wont gain",
                "nope he said no gain",
                "falso, no gana nada",
            ),
            ("yes he gains", "idk", "maybe"),
        ),
    ],
    SAID_TRUE,
    SAID_FALSE,
)

PHRASINGS: list[Phrasing] = (
    _AXARQUIA
    + _AXARQUIA_CHOICE
    + _BATTAMBANG
    + _BATTAMBANG_CHOICE
    + _CHELSEA
    + _CHELSEA_CHOICE
    + _WHO_SAID
    + _TRUE_FALSE
)


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
