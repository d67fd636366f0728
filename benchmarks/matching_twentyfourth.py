"""The twenty-fourth held-out set of typed answers (`matching_twentyfourth`): how the quiz judges
answers typed the way students type in Discord, at questions the matcher was never tuned on.

It holds 793 phrasings (444 right, 349 wrong) of the 68 questions of three briefings written
by hand from real articles of tests/authoring/labeled/real/fresh70 and fresh71 (fresh71 cf07:
floods in Brazil's Rio Grande do Sul, two million people affected, 127 missing, the Guaiba at a
record 5.3 metres, President Lula's visit to Chile put off; fresh70 ce18: a high summer-autumn
rice yield in Vietnam's Mekong Delta, a farmer in Tien Giang sells six tonnes at 4,950 dong a kilo
for 15.2 million dong, 320,000 hectares still in flooded fields; fresh70 ce10: after cyclone Dina,
Mauritius's market gardeners seek compensation and point to Reunion's 5,000 euros against their
government's 3 percent loans), frozen in benchmarks/phrasing_briefings/
(`disaster-rio-grande-do-sul-floods`, `economy-mekong-rice-prices`,
`foreign-mauritius-cyclone-compensation`); no other phrasing briefing uses these articles.
Who-questions (a governor, a president known by his nickname, two leaders of one confederation,
a trader and a director whose Vietnamese names share their family name with another person of the
article, a farmer; a broadcaster, a news agency, a federation, a centre), a post asked for itself
(`Deputy governor`), where (a state, a city, a country, a delta, a province, a district, a
university, a town, an island), when (two weekdays, `last week` twice, `last weekend`), how many
(people, students, hectares, tonnes, a yield per hectare, a range of prices, metres, a population
in millions, durations; money in dong and US dollars against euros and dollars, euros against
dollars and rupees; a percentage), ten which-of-these choices (four of them why or how), and six
true/false questions; with `idk`, `is it X?`, emoji, hedges (`X or Y`), a reason after the answer,
sentence answers, numbers in words, French, Spanish and Portuguese, missing spaces, text-speak
(`ppl`, `abt`, `govt`) and near-miss names of the same article (the deputy governor for the
governor, Lokee for Sunghoon, Ho Van Chien for Ho Van Hai, Cai Lay for Cai Be, An Giang for Tien
Giang, Reunion for Mauritius). No article of fresh70 or fresh71 gives a temperature in its text,
and none of the three a score or a time of day, so the set has none.

Written blind: its author read the three articles, the API of `benchmarks.phrasing_sets` and the
shape of `benchmarks.matching_twentythird`; no verdict on these phrasings was read before this set
was committed (the options' order at seed 0 was read, since the letters refer to it: `q-rg-cause`
A An earthquake, B A broken dam, C Climate change made worse by El Nino, D Forest clearing in the
Amazon; `q-rg-guaiba` A An estuary, B A dam, C A lake in the mountains, D A canal;
`q-rg-why-visit` A Chile asked him to stay away, B He was ill, C To focus on the disaster, D His
plane could not land; `q-mk-cause` A Floods in the fields, B A poor harvest, C Higher rice exports,
D A new tax on rice; `q-mk-why-not` A They had sold before prices went up, B Disease destroyed
their crop, C Traders refused to buy, D The government fixed the price; `q-mk-advice` A Sell to
traders at once, B Plant a second crop, C Harvest early, D Spray the fields; `q-mu-sought` A
Financial compensation, B New land, C Lower taxes, D Free seeds only; `q-mu-why-replant` A Their
land was sold, B The soil is too salty, C They are heavily in debt, D Seeds cannot be bought;
`q-mu-offered` A Tax cuts, B Free housing, C Fishing boats, D Tractor services; `q-mu-petition` A
A strike, B A petition for financial compensation, C An election of new leaders, D A new fishing
law).

Labelled as in the older sets: a surname alone right, a given name alone wrong, two answers at once
wrong, `idk` wrong, the right answer hedged right, a key whose words pick another option wrong,
another person or body of the same article wrong. A Vietnamese name is written family name first,
and its bearer goes by the last word (`tam`, `hai`, `chien` right); the family name alone is wrong
where two people of the article share it (`nguyen`, `ho`). `lula` for Luiz Inacio Lula da Silva is
right (the name he goes by). A post asked for itself is right said as the same post
(`vice governor`, `deputy gov`), wrong as another (`governor`, `lieutenant`). Bare numbers follow
the convention in docs/typed-answers.md (`127`, `5.3` for 5.3 metres, `3` for 3 percent, `5000` for
5,000 euros right; `2` for two million, `15.2` for 15.2 million dong wrong); the same sum in the
other currency the briefing gives is right (`725 dollars` for 15.2 million dong), in another
currency wrong (`5000 dollars` for 5,000 euros); one end of a range is wrong (`4000` for 4,000 to
4,300). A weekday with a part of the day the briefing does not give is right (`saturday morning`).
A larger place after the answer is right (`porto alegre, brazil`, `tien giang, vietnam`). A
paraphrase a teacher takes (`they already sold`, `cuz theyre in debt`) is labelled right even
where a matcher may not read it.

It is within the brief's 500-800 with 68 questions (9 to 23 phrasings each): a first draft of
1,186 was thinned before any run, by dropping every third phrasing of each list and then every
fifth of what was left, and 36 were put back that the author wanted kept (surnames alone and the
shared Vietnamese family names, a given name alone, bare numbers, a larger place after the
answer, the sum in dollars for dong, a key with another option's reason, a weekday with a part of
the day).

Run: `.venv/bin/python -m benchmarks.matching_twentyfourth`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import SAID_FALSE, SAID_TRUE, Phrasing, marked, report, true_false

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

_FROZEN = Path(__file__).parent / "phrasing_briefings"
BRIEFINGS: tuple[Path, ...] = (
    _FROZEN / "disaster-rio-grande-do-sul-floods.yaml",
    _FROZEN / "economy-mekong-rice-prices.yaml",
    _FROZEN / "foreign-mauritius-cyclone-compensation.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-rg-cause": 3,
    "q-rg-guaiba": 1,
    "q-rg-why-visit": 3,
    "q-mk-cause": 3,
    "q-mk-why-not": 1,
    "q-mk-advice": 3,
    "q-mu-sought": 1,
    "q-mu-why-replant": 3,
    "q-mu-offered": 4,
    "q-mu-petition": 2,
}

_RIO_GRANDE: list[Phrasing] = [
    *marked(
        "q-rg-state",
        right=(
            "Rio Grande do Sul",
            "rio grande do sul brazil",
            "rio grande do sul",
            "riograndedosul",
            "rio grande do sol",
            "rio grande do sul, brasil",
            "rio grande do sul 🌧️",
            "RS",
        ),
        wrong=(
            "rio de janeiro",
            "sao paulo",
            "rio grande",
            "porto alegre",
            "rio grande do sul or santa catarina",
        ),
    ),
    *marked(
        "q-rg-capital",
        right=(
            "Porto Alegre",
            "porto alegre",
            "porto allegre",
            "porto alegre, brazil",
            "poa",
        ),
        wrong=(
            "brasilia",
            "rio",
            "pelotas",
            "idk",
            "lisbon",
        ),
    ),
    *marked(
        "q-rg-governor",
        right=(
            "Eduardo Leite",
            "leite",
            "eduardo leite",
            "LEITE",
            "governor leite",
            "leit",
            "gov leite",
            "i think it was leite",
        ),
        wrong=(
            "gabriel souza",
            "eduardo",
            "souza",
            "lula",
            "idk",
        ),
    ),
    *marked(
        "q-rg-souza-post",
        right=(
            "Deputy governor",
            "deputy gov",
            "deputy governor",
            "vice governor",
            "the state's deputy governor",
            "hes the deputy governor",
        ),
        wrong=(
            "governor",
            "president",
            "deputy mayor",
            "minister",
            "journalist",
        ),
    ),
    *marked(
        "q-rg-broadcaster",
        right=(
            "Globo",
            "globo",
            "tv globo",
            "the globo broadcaster",
            "globo tv 📺",
        ),
        wrong=(
            "cnn",
            "bbc",
            "record tv",
            "idk",
        ),
    ),
    *marked(
        "q-rg-president",
        right=(
            "Luiz Inacio Lula da Silva",
            "president lula",
            "lula",
            "lula da silva",
            "luiz inácio lula da silva",
            "lulla",
            "brazil's president lula",
            "lula 🇧🇷",
        ),
        wrong=(
            "bolsonaro",
            "the governor",
            "eduardo leite",
            "dilma",
            "idk",
            "luiz",
        ),
    ),
    *marked(
        "q-rg-visit",
        right=(
            "Chile",
            "chile",
            "chilé",
            "chille",
            "a state visit to chile",
        ),
        wrong=(
            "argentina",
            "china",
            "brazil",
            "idk",
        ),
    ),
    *marked(
        "q-rg-affected",
        right=(
            "More than two million",
            "2 million",
            "two million",
            "more than 2 million",
            "2m",
            "over 2 million",
            "2 million ppl",
            "2 millions",
            "2 milhões",
            ">2 million",
        ),
        wrong=(
            "2",
            "200,000",
            "1.4 million",
            "20 million",
            "127",
        ),
    ),
    *marked(
        "q-rg-students",
        right=(
            "More than 360,000",
            "360,000",
            "360k",
            "over 360k",
            "360k students lol",
            "360.000",
        ),
        wrong=(
            "36,000",
            "600,000",
            "360",
            "idk",
        ),
    ),
    *marked(
        "q-rg-missing",
        right=(
            "127",
            "127 people",
            "127 ppl",
            "127 missing",
            "127!",
        ),
        wrong=(
            "172",
            "126",
            "127 dead",
            "idk",
        ),
    ),
    *marked(
        "q-rg-homes",
        right=(
            "More than 600,000",
            "600,000",
            "over 600 000",
            "600000 people",
            "more than 600k",
        ),
        wrong=(
            "60,000",
            "360,000",
            "2 million",
            "idk",
        ),
    ),
    *marked(
        "q-rg-record",
        right=(
            "5.3 metres",
            "5,3 metros",
            "5.3",
            "5.3 meters",
            "5.3 m",
            "5,3 m",
            "5.3 metres high",
            "5.3m 🌊",
        ),
        wrong=(
            "5.6 metres",
            "5.6",
            "53 m",
            "5.3 km",
            "5.3 feet",
        ),
    ),
    *marked(
        "q-rg-overflow",
        right=(
            "Three metres",
            "3",
            "3 metres",
            "3 meters",
            "three meters",
            "3 metros",
        ),
        wrong=(
            "5.3 metres",
            "5.6 m",
            "3 feet",
            "idk",
        ),
    ),
    *marked(
        "q-rg-when-record",
        right=(
            "Last week",
            "last week",
            "the week before",
            "a week ago",
            "la semaine dernière",
            "semana passada",
        ),
        wrong=(
            "this week",
            "last month",
            "monday",
            "idk",
        ),
    ),
    *marked(
        "q-rg-weekday",
        right=(
            "Monday",
            "lunes",
            "monday",
            "mon.",
            "monady",
            "segunda-feira",
            "monday morning",
            "it was monday",
        ),
        wrong=(
            "sunday",
            "tuesday",
            "saturday",
            "idk",
        ),
    ),
    *marked(
        "q-rg-duration",
        right=(
            "About two weeks",
            "two weeks",
            "2 wks",
            "around 2 weeks",
            "about 2 weeks",
            "deux semaines",
            "dos semanas",
        ),
        wrong=(
            "two days",
            "a week",
            "3 weeks",
            "idk",
        ),
    ),
    *marked(
        "q-rg-population",
        right=(
            "1.4 million",
            "1.4m",
            "1.4 million people",
            "1.4 mil",
            "1.4 million inhabitants",
        ),
        wrong=(
            "1.4",
            "14 million",
            "140,000",
            "idk",
        ),
    ),
]

_RIO_GRANDE_CHOICE: list[Phrasing] = [
    *marked(
        "q-rg-cause",
        right=(
            "c",
            "C",
            "climate change and el nino",
            "el nino",
            "c) climate",
            "c, global warming + el nino",
        ),
        wrong=(
            "a",
            "c, the dam broke",
            "b",
            "a broken dam",
            "earthquake",
            "b or c",
        ),
    ),
    *marked(
        "q-rg-guaiba",
        right=(
            "a",
            "A",
            "estuary",
            "estuery",
            "estuaire",
        ),
        wrong=(
            "b",
            "c",
            "a dam",
            "a lake",
            "a or b",
        ),
    ),
    *marked(
        "q-rg-why-visit",
        right=(
            "c",
            "C",
            "focus on the disaster",
            "the floods",
            "c bc of the disaster",
        ),
        wrong=(
            "a",
            "b",
            "he was ill",
            "chile asked him",
            "b or c",
        ),
    ),
]

_MEKONG: list[Phrasing] = [
    *marked(
        "q-mk-delta",
        right=(
            "Mekong Delta",
            "mekong",
            "MEKONG",
            "mekong river delta",
            "cuu long",
            "the mekong 🌾",
            "mekog delta",
        ),
        wrong=(
            "red river delta",
            "nile delta",
            "ganges delta",
            "idk",
        ),
    ),
    *marked(
        "q-mk-country",
        right=(
            "Vietnam",
            "vietnam",
            "VIETNAM",
            "vietnam 🇻🇳",
            "is it vietnam?",
            "vietnamese",
        ),
        wrong=(
            "thailand",
            "cambodia",
            "china",
            "idk",
        ),
    ),
    *marked(
        "q-mk-province",
        right=(
            "Tien Giang",
            "tien giang, vietnam",
            "tien giang",
            "tien giang province",
            "tiền giang",
            "its tien giang",
        ),
        wrong=(
            "an giang",
            "kien giang",
            "cai be",
            "idk",
        ),
    ),
    *marked(
        "q-mk-district",
        right=(
            "Cai Be",
            "cai be",
            "cai be district",
            "cái bè",
            "cai be, tien giang",
        ),
        wrong=(
            "cai lay",
            "tien giang",
            "can tho",
            "idk",
        ),
    ),
    *marked(
        "q-mk-tonnes",
        right=(
            "Six tonnes",
            "6 tonnes",
            "6t",
            "six tons",
            "6,000 kilos",
            "seis toneladas",
            "6 tonnes 🌾",
        ),
        wrong=(
            "8 tonnes",
            "0.8",
            "6 kg",
            "idk",
        ),
    ),
    *marked(
        "q-mk-land",
        right=(
            "0.8 hectares",
            "0.8 ha",
            ".8 ha",
            "0,8 ha",
            "zero point eight hectares",
        ),
        wrong=(
            "8 hectares",
            "0.8 acres",
            "80 ha",
            "idk",
        ),
    ),
    *marked(
        "q-mk-price",
        right=(
            "4,950 dong",
            "4950",
            "4950 dong",
            "4,950 VND a kilo",
            "4.950 dong",
            "4950 dong/kg",
            "4950₫",
            "four thousand nine hundred fifty dong",
        ),
        wrong=(
            "4,590 dong",
            "4950 dollars",
            "4,300 dong",
            "5000 dong",
            "725 dong",
        ),
    ),
    *marked(
        "q-mk-profit",
        right=(
            "15.2 million dong",
            "725 dollars",
            "$725",
            "15.2 million VND",
            "15,200,000 dong",
            "725 usd",
            "15.2 million dong ($725)",
            "VND15.2 million",
            "15,2 millones de dong",
        ),
        wrong=(
            "15.2 million dollars",
            "$15.2 million",
            "15.2",
            "152 million dong",
            "4950 dong",
        ),
    ),
    *marked(
        "q-mk-trader",
        right=(
            "Ho Van Hai",
            "hai",
            "ho van hai",
            "mr hai",
            "HO VAN HAI",
            "hovanhai",
        ),
        wrong=(
            "ho van chien",
            "ho",
            "chien",
            "nguyen minh tam",
            "idk",
        ),
    ),
    *marked(
        "q-mk-earlier",
        right=(
            "4,000 to 4,300 dong a kilo",
            "4000-4300",
            "4000 to 4300 dong",
            "4,000-4,300 vnd",
            "4000 - 4300 dong/kg",
            "4,000–4,300 VND a kilo",
            "4000 a 4300 dong",
        ),
        wrong=(
            "3800-3900",
            "4300",
            "4000",
            "4950",
            "3,800 to 3,900 dong",
            "4000-4950",
        ),
    ),
    *marked(
        "q-mk-harvested",
        right=(
            "More than 1.5 million",
            "1.5 million",
            "1.5 million hectares",
            "over 1.5m ha",
            "1.5 million ha",
            "1,5 millones de hectáreas",
        ),
        wrong=(
            "320,000",
            "1.5",
            "1.5 thousand",
            "6",
            "150,000",
        ),
    ),
    *marked(
        "q-mk-yield",
        right=(
            "6 tonnes a hectare",
            "6",
            "6 tonnes per hectare",
            "six tonnes per ha",
            "6 tons/ha",
            "6 tonnes an hectare",
            "seis toneladas por hectárea",
        ),
        wrong=(
            "0.8",
            "8 tonnes per hectare",
            "60 tonnes",
            "idk",
        ),
    ),
    *marked(
        "q-mk-remaining",
        right=(
            "320,000",
            "320000",
            "320,000 ha",
            "320 000 hectares",
            "320.000",
        ),
        wrong=(
            "32,000",
            "3,200",
            "320",
            "idk",
        ),
    ),
    *marked(
        "q-mk-disease",
        right=(
            "More than 3,200",
            "3200",
            "3200ha",
            "over 3,200 hectares",
            "3 200",
        ),
        wrong=(
            "320,000",
            "32,000",
            "3,800",
            "idk",
        ),
    ),
    *marked(
        "q-mk-centre",
        right=(
            "Southern Plant Protection Centre",
            "southern plant protection center",
            "plant protection centre",
            "southern plant protection",
            "the plant protection center in the south",
        ),
        wrong=(
            "ministry of agriculture",
            "northern plant protection centre",
            "fao",
            "idk",
        ),
    ),
    *marked(
        "q-mk-director",
        right=(
            "Ho Van Chien",
            "chien",
            "ho van chien",
            "mr chien",
            "hồ văn chiến",
            "hovanchien",
        ),
        wrong=(
            "ho van hai",
            "ho",
            "hai",
            "nguyen minh tam",
            "idk",
        ),
    ),
    *marked(
        "q-mk-when",
        right=(
            "Last weekend",
            "last weekend",
            "last week-end",
            "the weekend before",
            "le week-end dernier",
        ),
        wrong=(
            "last month",
            "yesterday",
            "a month ago",
            "idk",
        ),
    ),
]

_MEKONG_PEOPLE: list[Phrasing] = [
    *marked(
        "who-said-mk-happy",
        right=(
            "Nguyen Minh Tam",
            "tam",
            "nguyen minh tam",
            "mr tam",
            "nguyễn minh tâm",
            "the farmer tam",
        ),
        wrong=(
            "nguyen van boi",
            "nguyen",
            "boi",
            "ho van hai",
            "idk",
        ),
    ),
]

_MEKONG_CHOICE: list[Phrasing] = [
    *marked(
        "q-mk-cause",
        right=(
            "c",
            "C",
            "exports",
            "more exports",
            "c) higher exports",
            "higher exports 📈",
        ),
        wrong=(
            "a",
            "b",
            "floods",
            "a poor harvest",
            "b or c",
        ),
    ),
    *marked(
        "q-mk-why-not",
        right=(
            "a",
            "they already sold",
            "A",
            "they sold before the prices went up",
            "sold before the rise",
            "a) sold before",
        ),
        wrong=(
            "b",
            "a, disease destroyed the crop",
            "c",
            "disease",
            "the traders refused to buy",
            "a or b",
        ),
    ),
    *marked(
        "q-mk-advice",
        right=(
            "c",
            "C",
            "harvest it early",
            "to harvest early",
            "c) harvest early bc of floods",
            "cosechar temprano",
        ),
        wrong=(
            "a",
            "b",
            "plant a second crop",
            "sell to traders",
            "b or c",
        ),
    ),
]

_MAURITIUS: list[Phrasing] = [
    *marked(
        "q-mu-cyclone",
        right=(
            "Dina",
            "dina",
            "DINA",
            "cyclone dina 🌀",
            "le cyclone dina",
        ),
        wrong=(
            "gamede",
            "katrina",
            "freddy",
            "idk",
        ),
    ),
    *marked(
        "q-mu-when",
        right=(
            "Last week",
            "last week",
            "a week ago",
            "the week before",
            "last week 🌀",
        ),
        wrong=(
            "last month",
            "thursday",
            "this week",
            "idk",
        ),
    ),
    *marked(
        "q-mu-meeting-day",
        right=(
            "Saturday",
            "saturday morning",
            "saturday",
            "SATURDAY",
            "samedi",
            "on saturday",
            "sat.",
        ),
        wrong=(
            "thursday",
            "sunday",
            "last week",
            "idk",
        ),
    ),
    *marked(
        "q-mu-said-day",
        right=(
            "Thursday",
            "thursday",
            "thu",
            "thrusday",
            "on thursday",
            "thursday i think",
        ),
        wrong=(
            "tuesday",
            "saturday",
            "friday",
            "idk",
        ),
    ),
    *marked(
        "q-mu-venue",
        right=(
            "University of Mauritius",
            "university of mauritius",
            "uni of mauritius",
            "mauritius university",
            "at the university of mauritius",
        ),
        wrong=(
            "port louis",
            "parliament",
            "the town hall",
            "idk",
        ),
    ),
    *marked(
        "q-mu-assembly",
        right=(
            "Reduit",
            "reduit",
            "REDUIT",
            "in reduit",
            "reduiit",
        ),
        wrong=(
            "port louis",
            "curepipe",
            "mauritius",
            "idk",
        ),
    ),
    *marked(
        "q-mu-dateline",
        right=(
            "Port Louis",
            "port louis",
            "portlouis",
            "PORT LOUIS",
            "from port louis",
        ),
        wrong=(
            "reduit",
            "saint-denis",
            "port elizabeth",
            "idk",
        ),
    ),
    *marked(
        "q-mu-agency",
        right=(
            "PANAPress",
            "panapress",
            "PANA",
            "pana",
            "PANA press 📰",
        ),
        wrong=(
            "reuters",
            "afp",
            "ap",
            "idk",
        ),
    ),
    *marked(
        "q-mu-leader",
        right=(
            "Kreepallou Sunghoon",
            "sunghoon",
            "kreepallou sunghoon",
            "SUNGHOON",
            "mr sunghoon",
            "sung hoon",
        ),
        wrong=(
            "deenarain lokee",
            "kreepallou",
            "lokee",
            "dina",
            "idk",
        ),
    ),
    *marked(
        "q-mu-compared",
        right=(
            "Deenarain Lokee",
            "lokee",
            "deenarain lokee",
            "LOKEE",
            "d. lokee",
            "deenarain lokée",
        ),
        wrong=(
            "kreepallou sunghoon",
            "deenarain",
            "sunghoon",
            "the fishermen",
            "idk",
        ),
    ),
    *marked(
        "q-mu-boats",
        right=(
            "Federation of Mauritian Associations of Fishermen",
            "federation of mauritian associations of fishermen",
            "the federation of fishermen",
            "fishermen federation",
            "federation of mauritian associations of fishermens",
        ),
        wrong=(
            "the confederation",
            "confederation of mauritian market gardeners",
            "the government",
            "idk",
        ),
    ),
    *marked(
        "q-mu-euros",
        right=(
            "5,000 euros",
            "€5000",
            "5000 euros",
            "€5,000",
            "5k euros",
            "five thousand euros",
            "5000",
            "5,000 euros 💶",
        ),
        wrong=(
            "$5000",
            "5000 dollars",
            "500 euros",
            "50,000 euros",
            "5000 or 3000",
        ),
    ),
    *marked(
        "q-mu-rate",
        right=(
            "3 percent",
            "3",
            "3%",
            "three percent",
            "3 per cent",
            "3 pour cent",
            "3% loans",
            "3 percent interest",
        ),
        wrong=(
            "5%",
            "30%",
            "13%",
            "idk",
        ),
    ),
    *marked(
        "q-mu-ashore",
        right=(
            "A full week",
            "a week",
            "1 week",
            "7 days",
            "seven days",
            "a full week 🎣",
        ),
        wrong=(
            "two weeks",
            "a day",
            "3 days",
            "idk",
        ),
    ),
    *marked(
        "q-mu-island",
        right=(
            "Reunion",
            "reunion",
            "la reunion",
            "la réunion",
            "reunion 🇷🇪",
        ),
        wrong=(
            "mauritius",
            "madagascar",
            "seychelles",
            "idk",
        ),
    ),
]

_MAURITIUS_PEOPLE: list[Phrasing] = [
    *marked(
        "who-said-mu-debt",
        right=(
            "Kreepallou Sunghoon",
            "sunghoon",
            "sunghoon, the leader",
            "Sunghoon",
        ),
        wrong=("lokee", "deenarain lokee", "kreepallou", "idk", "sunghoon or lokee"),
    ),
]

_MAURITIUS_CHOICE: list[Phrasing] = [
    *marked(
        "q-mu-sought",
        right=(
            "a",
            "A",
            "compensation",
            "money",
            "compensation financière",
        ),
        wrong=(
            "b",
            "c",
            "new land",
            "lower taxes",
            "a or c",
        ),
    ),
    *marked(
        "q-mu-why-replant",
        right=(
            "c",
            "C",
            "debt",
            "in debt",
            "cuz theyre in debt",
            "c bc of debts",
        ),
        wrong=(
            "a",
            "b",
            "the soil is too salty",
            "their land was sold",
            "b or c",
        ),
    ),
    *marked(
        "q-mu-offered",
        right=(
            "d",
            "D",
            "tractors",
            "tractor",
            "d, tractor services 🚜",
        ),
        wrong=(
            "a",
            "d, fishing boats",
            "b",
            "tax cuts",
            "free housing",
            "c or d",
        ),
    ),
    *marked(
        "q-mu-petition",
        right=(
            "b",
            "B",
            "a petition",
            "petition",
            "b) petition",
        ),
        wrong=(
            "a",
            "c",
            "a strike",
            "an election",
            "a or b",
        ),
    ),
]

_PEOPLE: list[Phrasing] = [
    *marked(
        "who-said-rg-moment",
        right=(
            "Eduardo Leite",
            "leite",
            "eduardo leite",
            "the governor eduardo leite",
        ),
        wrong=("gabriel souza", "souza", "lula", "idk", "leite or souza", "eduardo"),
    ),
]

_TRUE_FALSE: list[Phrasing] = true_false(
    [
        (
            "tf-rg-airport",
            False,
            (
                "false, still under water",
                "no its still flooded",
                "false the airport is flooded",
                "flooded so false",
                "f, under water",
                "false 🌊",
            ),
            ("true it reopened", "yes its open again", "idk", "maybe", "true or false"),
        ),
        (
            "tf-rg-rains",
            True,
            (
                "true, the weekend rains",
                "yes rivers rose again",
                "true they swelled again",
                "t, weekend downpours",
                "true ✅",
                "verdadeiro",
            ),
            ("false the rivers went down", "nah they fell", "idk", "maybe", "true or false"),
        ),
        (
            "tf-mk-fell",
            False,
            (
                "false, it rose",
                "no it went up",
                "false prices increased",
                "it rose so false",
                "f, up",
                "false 📈",
            ),
            ("true it fell", "yes it dropped", "idk", "maybe", "true or false"),
        ),
        (
            "tf-mk-boi",
            True,
            (
                "true, half a month before",
                "yes he sold early",
                "true he sold at the fields",
                "t, before the rise",
                "true 👍",
                "cierto",
            ),
            ("false he waited", "no he sold after", "idk", "maybe", "true or false"),
        ),
        (
            "tf-mu-ashore",
            True,
            (
                "true, a whole week",
                "yes for a week",
                "true they couldnt go to sea",
                "t, one week",
                "true 🎣",
                "oui",
            ),
            ("false only a day", "no two weeks", "idk", "maybe", "true or false"),
        ),
        (
            "tf-mu-grants",
            False,
            (
                "false, that was reunion",
                "no reunion gave the euros",
                "false they offered 3% loans",
                "loans so false",
                "f, loans",
                "false 💶",
            ),
            ("true", "yes they gave grants", "idk", "maybe", "true or false"),
        ),
    ],
    SAID_TRUE,
    SAID_FALSE,
)

PHRASINGS: list[Phrasing] = (
    _RIO_GRANDE
    + _RIO_GRANDE_CHOICE
    + _PEOPLE
    + _MEKONG
    + _MEKONG_PEOPLE
    + _MEKONG_CHOICE
    + _MAURITIUS
    + _MAURITIUS_PEOPLE
    + _MAURITIUS_CHOICE
    + _TRUE_FALSE
)


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
