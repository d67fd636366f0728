"""The twenty-seventh held-out set of typed answers (`matching_twentyseventh`): how the quiz judges
answers typed the way students type in Discord, at questions the matcher was never tuned on.

It holds 748 phrasings (431 right, 317 wrong) of the 91 questions of three briefings written by hand
from real articles of tests/authoring/labeled/real/fresh72 and fresh78 (fresh78 cm06, Mwebantu:
Senegal beat Cameroon 1-0 in a friendly on Monday evening at the Bollaert stadium in Lens, France,
Sadio Mané scoring in the 35th minute, a week after Cameroon lost 1-0 to Russia; coach Rigobert
Song, 4 wins, 7 defeats and 5 draws in 16 games, says he lacked his full squad three months before
the CAN; fresh78 cm18, The Spice Journal: Nepal's fresh tea leaf prices fall by almost 50%, from Rs
35-40 a kg to Rs 18-20, while wages rise to Rs 200 a day; farmer Dambar Katuwal of Kanyam, Shiva
Ghimire of Shree Antu, Himalaya Shangrila of Sankhejung paying Rs 45 for organic tea; fresh72 cg14,
Parrot Nigeria: Santaco's seven-day minibus taxi shutdown in Cape Town, announced last Thursday,
nears its fifth day; premier Alan Winde says 287,420 students could not attend class, ten Golden
Arrow buses have burnt, seven city cars at a depot in Delft on Saturday night), frozen in
benchmarks/phrasing_briefings/ (`sport-cameroon-senegal-lens`, `economy-nepal-tea-prices`,
`labour-cape-town-taxi-strike`); no other phrasing briefing uses these articles (every briefing's
source line was read: the fresh72 to fresh79 ones it names are fresh73 ch18, fresh74 ci03 and ci18,
fresh76 ck04, fresh77 cl13 and cl18). Who-questions (a coach, a scorer, a farmer, a premier, a
spokesperson; a taxi council, a bus company, a tea factory, a club), a post asked for itself
(premier), where (a town, a country, a stadium, a province, a river, a side of a river, a village, a
suburb, a city), when (weekdays, "last Thursday", "last week", a month, a year, a season, a time of
day, "Saturday night"), how many (a score, a minute, counts of wins, defeats, draws, games, buses,
cars and students, a percentage, ranges of rupees, sums in rupees, days, months, the ordinal of a
day), twelve which-of-these choices (why, how, what) and ten true/false questions; typed with `idk`,
`is it X?`, emoji, hedges (`X or Y`), a reason after the answer, sentence answers (`i think it was
the premier`), numbers in words, text-speak (`abt`, `ppl`, `govt`, `w`), missing spaces, no accents,
voice-typed forms (`fifty percent`, `thirty five to forty rupees`), French, Spanish and Portuguese,
and near-miss names and numbers of the same article (Mané for Song, Ghimire for Katuwal, Dyke-Beyer
for Winde, 7 for 4, Rs 45 for Rs 35, Makhaza for Delft).

Written blind: its author read the three articles, docs/typed-answers.md (which says what earlier
rules do), the API of `benchmarks.phrasing_sets` and the shape of `benchmarks.matching_twentysixth`;
no verdict on these phrasings was read before this set was committed (the options' order at seed 0
was read, since the letters refer to it: `q-cs-excuse` A The pitch was in poor shape, B The referee
was unfair, C He did not have his full squad, D His players were tired from travelling;
`q-cs-before` A Captain of the Indomitable Lions, B Senegal's coach, C A referee, D A sports
journalist; `q-cs-fans` A He should play again, B He should get a new contract, C He is no longer
the man for the job, D He is the best coach in Africa; `q-cs-next` A The CAN, B The World Cup, C
The Olympics, D The Champions League; `q-nt-why` A Too many new factories, B A new export tax, C Bad
weather and farmers' negligence, D A strike at the mills; `q-nt-abroad` A Late shipping, B Heavy
use of pesticides, C Poor packaging, D A ban in India; `q-nt-wages` A They went up, B They fell, C
They stayed the same, D They were paid in tea; `q-nt-product` A Rice, B Cardamom, C Fresh tea
leaves, D Ginger; `q-ct-court` A Stop intimidating Golden Arrow, B End the strike by Friday, C Pay
for the burnt buses, D Reopen every road; `q-ct-talks` A They never began, B They ended in a deal,
C They were suspended, D They moved to Johannesburg; `q-ct-right` A A foreign plot, B A
constitutional right, C A crime, D A public holiday; `q-ct-services` A Water and electricity, B
Police and fire, C Health and social development, D Post and banks).

Labelled as in the older sets: a surname alone right, a given name alone wrong, two answers at once
wrong, `idk` wrong, the right answer hedged right, another person, body, place or number of the
same article wrong. At a who-said question the speaker's role as the briefing gives it is right
(`the coach`, `the premier`, `the tea farmer`). Bare numbers follow the convention in
docs/typed-answers.md (`three` for three months right). A sum in rupees said without its currency
is right (`35-40`, `between 18 and 20`, `200/day`), in another currency wrong (`$35-40`, `$200`);
one end of a range is wrong (`40` for Rs 35-40, `18` for Rs 18-20). A score in either order is right
(`0-1` for 1-0, as the article writes it). One of two festivals asked together is wrong
(`dashain`). A paraphrase a teacher takes (`half` for almost 50%, `a week` for seven days, `the
hammers` for West Ham, `afcon` for the CAN, `rainy season` for the monsoon, `lions indomptables`
for the Indomitable Lions) is labelled right even where a matcher may not read it.

It is near the brief's 500-800 with 91 questions (6 to 9 phrasings each, the true/false ones more
with the shared verdicts): a first draft of 1,255 (751 right, 504 wrong) was thinned before any run
by keeping the 1st, 3rd, 5th, ... phrasing of each right and wrong list (the true/false questions'
own lists too; the shared verdicts of `phrasing_sets` kept whole, after four own verdicts that
repeated a shared one, `vrai` and `faux`, were changed to `oui`, `non` and `verdade`).

Run: `.venv/bin/python -m benchmarks.matching_twentyseventh`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import SAID_FALSE, SAID_TRUE, Phrasing, marked, report, true_false

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

_FROZEN = Path(__file__).parent / "phrasing_briefings"
BRIEFINGS: tuple[Path, ...] = (
    _FROZEN / "sport-cameroon-senegal-lens.yaml",
    _FROZEN / "economy-nepal-tea-prices.yaml",
    _FROZEN / "labour-cape-town-taxi-strike.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-cs-excuse": 3,
    "q-cs-before": 1,
    "q-cs-fans": 3,
    "q-cs-next": 1,
    "q-nt-why": 3,
    "q-nt-abroad": 2,
    "q-nt-wages": 1,
    "q-nt-product": 3,
    "q-ct-court": 1,
    "q-ct-talks": 3,
    "q-ct-right": 2,
    "q-ct-services": 3,
}

_CAMEROON: list[Phrasing] = [
    *marked(
        "q-cs-winner",
        right=("Senegal", "SENEGAL", "senegall", "senegal 🇸🇳", "i think senegal"),
        wrong=("cameroon", "idk", "france"),
    ),
    *marked(
        "q-cs-score",
        right=("1-0", "1:0", "1-0 senegal", "1-0 to senegal", "0-1"),
        wrong=("2-0", "0-0", "idk"),
    ),
    *marked(
        "q-cs-day",
        right=("Monday", "mon", "on monday", "lunes", "it was monday"),
        wrong=("sunday", "last week", "idk"),
    ),
    *marked(
        "q-cs-daypart",
        right=("Evening", "in the evening", "evening time", "evenin"),
        wrong=("morning", "idk", "midday"),
    ),
    *marked(
        "q-cs-town",
        right=("Lens", "LENS", "in lens", "is it lens?"),
        wrong=("paris", "yaounde", "idk"),
    ),
    *marked(
        "q-cs-country",
        right=("France", "FRANCE", "frança", "frnace"),
        wrong=("cameroon", "belgium", "idk"),
    ),
    *marked(
        "q-cs-stadium",
        right=("Bollaert stadium", "the bollaert", "bollaert stadium in lens", "BOLLAERT"),
        wrong=("stade de france", "wembley", "the lens arena"),
    ),
    *marked(
        "q-cs-scorer",
        right=("Sadio Mané", "mane", "s. mane", "mané in the 35th", "sadio mané ⚽"),
        wrong=("sadio", "song", "mane or song"),
    ),
    *marked(
        "q-cs-minute",
        right=("35th minute", "35th", "the 35th min", "35 mins", "35e minute"),
        wrong=("53rd", "25th minute", "idk"),
    ),
    *marked(
        "q-cs-coach",
        right=("Rigobert Song", "SONG", "rigobertsong", "coach song", "song the ex captain"),
        wrong=("rigobert", "aliou cisse", "song or mane"),
    ),
    *marked(
        "q-cs-previous",
        right=("Russia", "RUSSIA", "russie", "russia 1-0"),
        wrong=("senegal", "ukraine", "russia or algeria"),
    ),
    *marked(
        "q-cs-previous-when",
        right=("Last week", "the week before", "last wk", "la semana pasada"),
        wrong=("last month", "monday", "idk"),
    ),
    *marked(
        "q-cs-month",
        right=("October", "oct", "octobre", "outubro", "octber"),
        wrong=("november", "june", "october or november"),
    ),
    *marked(
        "q-cs-nickname",
        right=("Indomitable Lions", "indomitable lions 🦁", "lions indomptables"),
        wrong=("lions of teranga", "the lions", "black stars"),
    ),
    *marked(
        "q-cs-senegal-nickname",
        right=("Lions of Teranga", "the lions of teranga", "teranga lions", "LIONS OF TERANGA"),
        wrong=("indomitable lions", "super eagles"),
    ),
    *marked(
        "q-cs-can",
        right=("Three months", "3 months", "three", "in 3 months", "tres meses"),
        wrong=("3 weeks", "two months", "idk"),
    ),
    *marked(
        "q-cs-wins",
        right=("4", "4 wins", "4 victories", "cuatro", "4 i think"),
        wrong=("7", "16", "4 or 5"),
    ),
    *marked(
        "q-cs-defeats",
        right=("7", "7 defeats", "sept", "sevn"),
        wrong=("4", "17", "idk"),
    ),
    *marked(
        "q-cs-draws",
        right=("5", "5 draws", "cinco", "fiv"),
        wrong=("4", "3", "idk"),
    ),
    *marked(
        "q-cs-games",
        right=("16 games", "sixteen", "16 meetings", "16 gms"),
        wrong=("14", "61", "idk"),
    ),
    *marked(
        "q-cs-worldcup",
        right=("2022", "in 2022", "qatar 2022"),
        wrong=("2018", "2023", "idk"),
    ),
    *marked(
        "q-cs-ahead",
        right=("Algeria", "ALGERIA", "argelia", "ahead of algeria"),
        wrong=("morocco", "senegal", "idk"),
    ),
    *marked(
        "q-cs-club",
        right=("West Ham", "westham", "west ham united", "the hammers"),
        wrong=("liverpool", "west brom", "lens"),
    ),
    *marked(
        "q-cs-outlet-city",
        right=("Lusaka", "LUSAKA", "lusaka zambia", "lusakka"),
        wrong=("lens", "dakar", "idk"),
    ),
]

_CAMEROON_CHOICE: list[Phrasing] = [
    *marked(
        "q-cs-excuse",
        right=(
            "c",
            "he did not have his full squad",
            "full squad",
            "c because players were missing",
            "the third one",
        ),
        wrong=("a", "d", "tired players"),
    ),
    *marked(
        "q-cs-before",
        right=("a", "captain", "the captain", "first one"),
        wrong=("b", "a referee", "idk"),
    ),
    *marked(
        "q-cs-fans",
        right=("c", "he is no longer the man for the job", "not the man for the job", "c lol"),
        wrong=("a", "d", "the best coach"),
    ),
    *marked(
        "q-cs-next",
        right=("a", "the CAN", "CAN", "afcon", "a the can"),
        wrong=("b", "the world cup", "idk"),
    ),
]

_NEPAL: list[Phrasing] = [
    *marked(
        "q-nt-country",
        right=("Nepal", "NEPAL", "nepal 🇳🇵", "nepl"),
        wrong=("india", "sri lanka", "nepal or india"),
    ),
    *marked(
        "q-nt-fall",
        right=("50%", "50", "fifty percent", "half", "50 por ciento", "cinquante pour cent"),
        wrong=("25%", "40%", "idk"),
    ),
    *marked(
        "q-nt-last-year",
        right=("Rs 35-40", "35-40", "rs35-40", "35-40 per kg", "thirty five to forty rupees"),
        wrong=("rs 18-20", "40", "$35-40"),
    ),
    *marked(
        "q-nt-this-year",
        right=(
            "Rs 18-20",
            "rs 18 to 20",
            "between 18 and 20",
            "just rs 18-20",
            "eighteen to twenty rupees",
        ),
        wrong=("rs 35-40", "18", "idk"),
    ),
    *marked(
        "q-nt-season",
        right=("Autumn", "fall", "AUTUMN", "otoño", "in the autumn 🍂"),
        wrong=("monsoon", "spring", "idk"),
    ),
    *marked(
        "q-nt-compared",
        right=("The monsoon season", "the monsoon", "rainy season", "la mousson"),
        wrong=("autumn", "summer", "idk"),
    ),
    *marked(
        "q-nt-farmer",
        right=("Dambar Katuwal", "katuwal", "d. katuwal", "katuwaal"),
        wrong=("dambar", "ghimire", "katuwal or ghimire"),
    ),
    *marked(
        "q-nt-village",
        right=("Kanyam", "KANYAM", "kanyam, nepal"),
        wrong=("sankhejung", "mai river", "shree antu"),
    ),
    *marked(
        "q-nt-festivals",
        right=("Dashain and Tihar", "dashain & tihar", "dashain, tihar", "dasain and tihar"),
        wrong=("dashain", "holi and diwali", "idk"),
    ),
    *marked(
        "q-nt-river",
        right=("The Mai river", "mai river", "MAI RIVER", "mai rivr"),
        wrong=("koshi", "mechi river", "the river"),
    ),
    *marked(
        "q-nt-side",
        right=("East", "the eastern side", "east side", "este", "the east side of the river"),
        wrong=("west", "north", "east or west"),
    ),
    *marked(
        "q-nt-company",
        right=("Shree Antu", "SHREE ANTU", "shreeantu"),
        wrong=("himalaya shangrila", "idk"),
    ),
    *marked(
        "q-nt-daily",
        right=("Rs 200", "rs200", "200 rs", "rs 200 per person", "200/day"),
        wrong=("rs 9", "$200", "idk"),
    ),
    *marked(
        "q-nt-per-kg",
        right=("Rs 9", "rs9", "nine rupees", "rs 9/kg"),
        wrong=("rs 90", "rs 200", "idk"),
    ),
    *marked(
        "q-nt-organic",
        right=("Rs 45", "rs45", "forty five rupees", "45rs"),
        wrong=("rs 35", "rs 40", "idk"),
    ),
    *marked(
        "q-nt-nonorganic",
        right=("Rs 35", "rs 35", "thirty-five rs", "rs35/kg"),
        wrong=("rs 45", "rs 25", "idk"),
    ),
    *marked(
        "q-nt-offer",
        right=(
            "Himalaya Shangrila",
            "himalaya shangri-la",
            "HIMALAYA SHANGRILA",
            "himalya shangrila",
        ),
        wrong=("shree antu", "idk"),
    ),
    *marked(
        "q-nt-offer-where",
        right=("Sankhejung", "SANKHEJUNG", "sankejung"),
        wrong=("kanyam", "idk"),
    ),
]

_NEPAL_CHOICE: list[Phrasing] = [
    *marked(
        "q-nt-why",
        right=("c", "bad weather and farmers' negligence", "weather", "c the weather", "third"),
        wrong=("a", "d", "strike"),
    ),
    *marked(
        "q-nt-abroad",
        right=("b", "pesticides", "too many pesticides", "2nd one"),
        wrong=("a", "d", "a ban in india"),
    ),
    *marked(
        "q-nt-wages",
        right=("a", "they went up", "increased", "up", "wages rose"),
        wrong=("b", "they fell", "idk"),
    ),
    *marked(
        "q-nt-product",
        right=("c", "fresh tea leaves", "tea", "c tea"),
        wrong=("a", "rice", "idk"),
    ),
]

_CAPE_TOWN: list[Phrasing] = [
    *marked(
        "q-ct-city",
        right=("Cape Town", "capetown", "cape twon", "ciudad del cabo", "cpt"),
        wrong=("johannesburg", "pretoria", "idk"),
    ),
    *marked(
        "q-ct-country",
        right=("South Africa", "SA", "south afrika", "sudáfrica", "RSA"),
        wrong=("nigeria", "zimbabwe", "africa"),
    ),
    *marked(
        "q-ct-council",
        right=(
            "Santaco",
            "SANTACO",
            "south african national taxi council",
            "santaco (taxi council)",
            "the national taxi council",
        ),
        wrong=("golden arrow", "the govt", "idk"),
    ),
    *marked(
        "q-ct-length",
        right=("Seven days", "7 days", "a week", "7 day", "7 jours", "7days"),
        wrong=("5 days", "7 weeks", "idk"),
    ),
    *marked(
        "q-ct-announced",
        right=("Last Thursday", "thurs", "thursday last week", "el jueves", "it was thursday"),
        wrong=("monday", "last friday", "idk"),
    ),
    *marked(
        "q-ct-nearing",
        right=("Fifth", "5th", "5", "five", "cinquième"),
        wrong=("fourth", "seventh", "idk"),
    ),
    *marked(
        "q-ct-vehicles",
        right=("Minibus taxis", "minibus", "mini bus taxis", "mini-bus"),
        wrong=("buses", "motorbike taxis", "golden arrow buses"),
    ),
    *marked(
        "q-ct-premier",
        right=("Alan Winde", "winde", "a. winde", "allan winde", "alan wind"),
        wrong=("alan", "cyril ramaphosa", "winde or ramaphosa"),
    ),
    *marked(
        "q-ct-province",
        right=("Western Cape", "the western cape", "westerncape", "western cap"),
        wrong=("eastern cape", "northern cape", "idk"),
    ),
    *marked(
        "q-ct-winde-post",
        right=("Premier", "the premier", "western cape premier", "PREMIER"),
        wrong=("mayor", "minister of transport", "spokesperson"),
    ),
    *marked(
        "q-ct-office-day",
        right=("Monday", "mon", "lundi", "mondy"),
        wrong=("sunday", "saturday", "monday or sunday"),
    ),
    *marked(
        "q-ct-students",
        right=(
            "287,420",
            "287 420",
            "287.420",
            "two hundred eighty seven thousand four hundred twenty",
        ),
        wrong=("287", "28,742", "idk"),
    ),
    *marked(
        "q-ct-talks-day",
        right=("Sunday", "sun", "dimanche", "sundya"),
        wrong=("monday", "thursday", "saturday night"),
    ),
    *marked(
        "q-ct-bus-company",
        right=(
            "Golden Arrow Bus Services",
            "golden arrow buses",
            "goldenarrow",
            "the golden arrow bus company",
        ),
        wrong=("santaco", "putco", "city of cape town"),
    ),
    *marked(
        "q-ct-associations",
        right=("8", "8 associations", "huit", "8 i think"),
        wrong=("7", "3", "idk"),
    ),
    *marked(
        "q-ct-buses",
        right=("10", "10 buses", "dix", "10 golden arrow buses"),
        wrong=("7", "100", "idk"),
    ),
    *marked(
        "q-ct-spokesperson",
        right=(
            "Bronwen Dyke-Beyer",
            "dyke-beyer",
            "bronwen dyke beyer",
            "b. dyke-beyer",
            "dyke-beyer the spokeswoman",
        ),
        wrong=("bronwen", "winde", "the premier"),
    ),
    *marked(
        "q-ct-depot",
        right=("Delft", "DELFT", "delft, cape town"),
        wrong=("makhaza", "khayelitsha", "netherlands"),
    ),
    *marked(
        "q-ct-depot-when",
        right=(
            "Saturday night",
            "saturday",
            "on saturday night",
            "sábado por la noche",
            "saturday evening",
        ),
        wrong=("sunday night", "saturday morning", "idk"),
    ),
    *marked(
        "q-ct-cars",
        right=("7", "7 cars", "sept", "7 city of cape town cars"),
        wrong=("3", "17", "idk"),
    ),
    *marked(
        "q-ct-makhaza",
        right=("3", "3 vehicles", "trois", "3 autos"),
        wrong=("7", "13", "idk"),
    ),
    *marked(
        "q-ct-makhaza-where",
        right=("Makhaza", "MAKHAZA", "makaza"),
        wrong=("delft", "idk"),
    ),
]

_CAPE_TOWN_CHOICE: list[Phrasing] = [
    *marked(
        "q-ct-court",
        right=(
            "a",
            "stop intimidating golden arrow",
            "to stop harassing golden arrow",
            "a) stop intimidating",
        ),
        wrong=("b", "end the strike", "idk"),
    ),
    *marked(
        "q-ct-talks",
        right=("c", "they were suspended", "suspendues", "c suspended", "talks w govt suspended"),
        wrong=("a", "deal", "idk"),
    ),
    *marked(
        "q-ct-right",
        right=("b", "a constitutional right", "its their right", "b, a right but no violence"),
        wrong=("a", "a crime", "idk"),
    ),
    *marked(
        "q-ct-services",
        right=("c", "health and social development", "health & social development", "c health"),
        wrong=("a", "police", "idk"),
    ),
]

_WHO_SAID: list[Phrasing] = [
    *marked(
        "who-said-cs-danger",
        right=("Rigobert Song", "the coach", "coach song", "song after the match"),
        wrong=("sadio mane", "the fans", "senegal's coach"),
    ),
    *marked(
        "who-said-nt-trouble",
        right=("Dambar Katuwal", "the tea farmer", "a farmer, katuwal", "it was the farmer"),
        wrong=("shiva ghimire", "the mill operators", "dambar"),
    ),
    *marked(
        "who-said-nt-plucking",
        right=("Shiva Ghimire", "shiva ghimire of shree antu", "GHIMIRE"),
        wrong=("katuwal", "shiva", "himalaya shangrila"),
    ),
    *marked(
        "who-said-ct-angry",
        right=(
            "Alan Winde",
            "the premier",
            "the western cape premier",
            "the premier, he was angry abt ppl not getting home",
        ),
        wrong=("bronwen dyke-beyer", "santaco", "alan"),
    ),
]

_TRUE_FALSE = true_false(
    [
        (
            "tf-cs-second",
            True,
            ("true lost to russia too", "oui"),
            ("no first defeat", "both"),
        ),
        (
            "tf-cs-home",
            False,
            ("false it was in france", "non"),
            ("yes in yaounde",),
        ),
        (
            "tf-cs-danger",
            False,
            ("false he said no danger", "falso"),
            ("yes hes in danger", "maybe"),
        ),
        (
            "tf-cs-record",
            True,
            ("true 7 losses vs 4 wins", "verdadero"),
            ("no he won more",),
        ),
        (
            "tf-nt-doubled",
            False,
            ("false they fell almost 50%", "falso"),
            ("yes doubled", "true or false"),
        ),
        (
            "tf-nt-west",
            True,
            ("true himalaya shangrila did", "sí"),
            ("no none did",),
        ),
        (
            "tf-nt-expected",
            True,
            ("true they expected a rise", "verdade"),
            ("no they expected a fall",),
        ),
        (
            "tf-nt-organic-cheaper",
            False,
            ("false 45 vs 35", "non"),
            ("yes organic less", "maybe"),
        ),
        (
            "tf-ct-lifted",
            False,
            ("false santaco denied it", "faux"),
            ("yes lifted", "both"),
        ),
        (
            "tf-ct-angry",
            True,
            ("true he said he was angry", "verdadeiro"),
            ("no he was calm",),
        ),
        (
            "tf-ct-schools",
            False,
            ("false 287,420 students missed class", "falso"),
            ("yes schools were fine",),
        ),
    ],
    SAID_TRUE,
    SAID_FALSE,
)

PHRASINGS: list[Phrasing] = (
    _CAMEROON
    + _CAMEROON_CHOICE
    + _NEPAL
    + _NEPAL_CHOICE
    + _CAPE_TOWN
    + _CAPE_TOWN_CHOICE
    + _WHO_SAID
    + _TRUE_FALSE
)


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
