"""An eleventh held-out set of typed answers (`matching_tenth`): how the quiz judges answers typed
the way real students type in Discord, at questions the matcher was never tuned on.

It answers the 88 questions of six briefings that `briefbot draft` made from real articles of
tests/authoring/labeled/real/fresh46 and fresh47 (none used by an earlier set): flash floods in
Chitral, Pakistan; Oman's six-month ban on new visas in 87 professions; South Korea's 3-0 friendly
loss to Brazil in Abu Dhabi; a taxi driver held at knife point in Cork; Fayetteville's evacuation
before Tropical Storm Florence; Imishli's 1-0 win over Sumgayit. Reviewed as a moderator would and
frozen in benchmarks/phrasing_briefings/ (`ELEVENTH_SET_BRIEFINGS`): 8 drafted choice and
true/false questions kept (one set of speakers fixed: Tarbela Dam is no person), 80 added in
review (79 short answers: Urdu, Arabic, Portuguese, Irish and Azerbaijani names, counts, scores,
dates, a time of day, a distance, a height in feet, days of the week, places, a law and its
section; one true/false). 2,009 phrasings: 1,214 a teacher accepts, 795 they refuse.

Written blind: its author read those briefings, the articles, README's section on typed answers,
the API of `benchmarks.phrasing_sets` and the shape of `benchmarks.matching_ninth`; nothing of
the matcher's code or tests, nor any verdict on these phrasings, was read before this set was
committed. Each phrasing is labelled as a fair teacher would mark it; where a teacher would
hesitate, a comment says so and the label is the decision taken (in doubt, what the question's
explanation accepts; two different answers at once are wrong, two right ones right). Letters
follow each choice question's seed-0 option order, written beside each question below.

The styles are chat's: lowercase, no punctuation, a slipped, doubled, dropped or swapped letter,
a homophone (`cape fair`, `new burn`), the answer after `i think`, `its`, `prob`, before `?`,
`lol` or an emoji, numbers as digits, words, `25k`, `25.000`, `6mo`, dates in both orders, with a
weekday or without the year, a time as `18:50`, `650pm` or `ten to seven`, other transliterations
(`ursun`, `sumqayit`, `nawaz shareef`, `mohamed bin zayed`), short forms (`kp`, `nc`, `cja 1984`,
`mbz stadium`, `yna`), a title before a name (`sheikh al bakri`, `mayor colvin`), a place with its
country or state after it (`muscat oman`, `new bern nc`), answers in French (`samedi`, `cinq
cents`, `la trentaine`, `le secteur privé`); and close wrong answers a fair teacher refuses:
another person, number, day or place of the same article, the right number with another unit or
thing (`6 weeks`, `12.15 metres`, `41 homes`), a score the other way round, a given name alone, a
city with a country or state not its own (`abu dhabi brazil`, `cork england`), two answers at
once, `idk`.

Run: `.venv/bin/python -m benchmarks.matching_tenth`.

Held-out baseline, the first run, on the data as committed at b4adac40 (before anyone read its
misses or the matcher): right accepted 953/1214 = 78.5%, wrong refused 776/795 = 97.6% (19 false
accepts: a number with another thing of the article counted after it, `41 homes` for 41 dead,
`5 goals` for five matches; a score with the wrong winner, `korea won 3-0`; a given name alone
at a choice question; `abu dhabi brazil`; `1984` for the act of 1984; `12.15 m` for feet; the
role the question names, `the head coach`), total 1729/2009 = 86.1%. The tenth set read 85.6%
right accepted when held out; this one's questions ask more of what chat shortens (dates
without their year, `co cork`, `nc`, `rd`), says in other words (`cab driver`, `none` for 0) or
answers in French.

Its misses were then read (no longer held out), then the matcher, and rules added for their
causes, each with a test of invented phrasings in tests/core/test_matching_eleventh_causes.py: a
town or city with a country or US state after it read past only where the GeoNames gazetteer puts
it (bot/core/gazetteer.py: `new bern nc`, never `abu dhabi brazil`); a time with minutes on either
clock (`18:50`, `650pm`); a date with the year's last two digits (`13/10/21`); an ordinal word at
a short question (`fourth`); metres beside feet, goals beside matches refused, `dead` where the
question says kill; `rd`, `stn`, `rvr`; `shaikh`, `sayyid`, `pm` as titles; words for nothing
(`none`, `nil`, `no goals`, `rien`) and `1 mile` for a mile (bot/core/counts_said.py); the kind
of place before the name (`co cork`) or left out where the question asks which one (`private`
asked which sector); a state's postal code (`nc`); a surname alone asked for a person the
briefing does not list (`coutinho`); `thirties`; `sumgayit fc`; `late on saturday`, `samedi
matin`; `by 3pm`; `no. 3` for a rank; a role the question already says names nobody (`the
head coach`). After them (`.venv/bin/python -m benchmarks.matching_tenth`): right accepted
1030/1214 = 84.8%, wrong refused 780/795 = 98.1%, total 1810/2009 = 90.1%. Every older set's
output was diffed before and after: no right phrasing lost, no wrong one newly accepted;
matching_ninth 1111 -> 1121/1229 right (`hasaranga`, `rajapaksa`, `pm rutte`, `27/8/09`, `oh`),
the others unchanged.

Left: 15 false accepts, a number with another thing the article counts after it (`41 homes`,
`87 visas`), a score with the wrong winner (`korea won 3-0`), a given name at a choice question
(`latifur`), `1984` for the act of 1984; 184 refusals: a day and month without the year
(labelled right here, `27 august` wrong in matching_ninth, so no rule), paraphrases (`cab
driver`, `they were tired`, `next of kin` for "their legal next of kin"), local short forms
(`kp`, `mbz stadium`, `cja 1984`), French words (`six mois`, `secteur privé`), `no 3` without
its dot.
"""

from __future__ import annotations

from benchmarks.phrasing_sets import ELEVENTH_SET_BRIEFINGS, Phrasing, marked, report, true_false

__all__ = ["PHRASINGS", "main"]

# --- disaster-chitral-floods -----------------------------------------------------------------
_CHITRAL: list[Phrasing] = [
    # choice, seed-0 options: A Osama Waraich, B Maghfirat Shah, C Nawaz Sharif, D Latifur Rehman
    *marked(
        "who-said-rehman-sixteen-of-the",
        right=(
            "d",
            "D",
            "d)",
            "4",
            "latifur rehman",
            "Latifur Rehman",
            "rehman",
            "mr rehman",
            "latifur rahman",  # another usual spelling
            "rehmen",
            "d latifur rehman",
            "i think d",
            "its rehman",
            "the spokesman",  # the figure's role
            "rehman the spokesman",
            "D 👍",
        ),
        wrong=(
            "a",
            "b",
            "c",
            "osama waraich",
            "maghfirat shah",
            "nawaz sharif",
            "sharif",
            "the mayor",
            "latifur",  # a given name alone
            "d or b",
            "idk",
        ),
    ),
    # choice, seed-0 options: A 32, B 43, C 100, D 41
    *marked(
        "number-p1-at-least-43-people",
        right=(
            "b",
            "B",
            "b)",
            "2",
            "43",
            "forty three",
            "forty-three",
            "43 people",
            "b 43",
            "at least 43",
            "i think b",
            "b?",
            "quarante-trois",  # in French
        ),
        wrong=(
            "a",
            "c",
            "d",
            "41",
            "32",
            "100",
            "50",
            "d 41",
            "b or d",
            "idk",
        ),
    ),
    *marked(
        "q-ch-total-dead",
        right=(
            "50",
            "fifty",
            "Fifty",
            "at least 50",
            "atleast 50",
            "50+",
            "50 people",
            "50 ppl",
            "50 dead",
            "50 killed",
            "i think 50",
            "prob 50",
            "50?",
            "about 50",
            "fity",  # a slip
            "50 😢",
            "cinquante",  # in French
        ),
        wrong=(
            "43",
            "41",
            "16",
            "100",
            "500",
            "5",
            "15",
            "50 injured",
            "43 or 50",
            "idk",
        ),
    ),
    *marked(
        "q-ch-pakistan-dead",
        right=(
            "43",
            "forty three",
            "fortythree",
            "forty-three",
            "at least 43",
            "43 people",
            "43 ppl",
            "43 dead",
            "43 killed",
            "i think 43",
            "43?",
            "its 43",
            "43 in pakistan",
            "fourty three",  # a usual misspelling
            "quarante trois",  # in French
        ),
        wrong=(
            "50",
            "41",
            "34",
            "4",
            "3",
            "430",
            "16",
            "43 missing",
            "41 or 43",
            "idk",
        ),
    ),
    *marked(
        "q-ch-district",
        right=(
            "Chitral",
            "chitral",
            "CHITRAL",
            "chitral district",
            "chitral dist",
            "chitrl",
            "chitrall",
            "chitral?",
            "i think chitral",
            "its chitral",
            "prob chitral",
            "chitral 😢",
            "the chitral district",
            "chitral, kp",  # the district with its province
            "chitral khyber pakhtunkhwa",
        ),
        wrong=(
            "ursoon",
            "khyber pakhtunkhwa",
            "tarbela",
            "afghanistan",
            "swat",
            "peshawar",
            "chitral or swat",
            "idk",
        ),
    ),
    *marked(
        "q-ch-village",
        right=(
            "Ursoon",
            "ursoon",
            "URSOON",
            "ursoon village",
            "the village of ursoon",
            "ursun",  # another transliteration
            "urson",
            "ursoon?",
            "i think ursoon",
            "its ursoon",
            "ursoon in chitral",
            "ursoon, chitral",
            "ursoon 😔",
        ),
        wrong=(
            "chitral",
            "tarbela",
            "new bern",
            "ursoon or chitral",
            "the village",
            "peshawar",
            "idk",
        ),
    ),
    *marked(
        "q-ch-village-dead",
        right=(
            "41",
            "forty one",
            "forty-one",
            "fortyone",
            "41 people",
            "41 ppl",
            "41 dead",
            "41 killed",
            "41 died",
            "i think 41",
            "41?",
            "prob 41",
            "fourty one",
            "quarante et un",  # in French
        ),
        wrong=(
            "43",
            "50",
            "14",
            "4",
            "1",
            "16",
            "82",
            "41 homes",
            "41 families",
            "41 or 43",
            "idk",
        ),
    ),
    *marked(
        "q-ch-families",
        right=(
            "100",
            "one hundred",
            "a hundred",
            "hundred",
            "about 100",
            "some 100",
            "around 100",
            "~100",
            "100 families",
            "100 fam",
            "i think 100",
            "100?",
            "cent",  # in French
            "cent familles",
        ),
        wrong=(
            "82",
            "41",
            "10",
            "1000",
            "50",
            "100 homes",
            "100 people",
            "82 or 100",
            "idk",
        ),
    ),
    *marked(
        "q-ch-homes",
        right=(
            "82",
            "eighty two",
            "eighty-two",
            "eightytwo",
            "82 homes",
            "82 houses",
            "82 hms",
            "i think 82",
            "82?",
            "its 82",
            "eigthy two",  # a slip
            "82 homes affected",
            "quatre-vingt-deux",  # in French
        ),
        wrong=(
            "28",
            "41",
            "100",
            "8",
            "2",
            "80",
            "82 families",
            "82 dead",
            "82 or 100",
            "idk",
        ),
    ),
    *marked(
        "q-ch-mosque",
        right=(
            "16",
            "sixteen",
            "Sixteen",
            "16 people",
            "16 ppl",
            "16 dead",
            "16 of them",
            "sixten",  # a slip
            "sixteeen",
            "i think 16",
            "16?",
            "16 🙏",
            "seize",  # in French
        ),
        wrong=(
            "6",
            "60",
            "61",
            "41",
            "8",
            "43",
            "16 soldiers",
            "16 or 8",
            "idk",
        ),
    ),
    *marked(
        "q-ch-soldiers",
        right=(
            "8",
            "eight",
            "Eight",
            "at least 8",
            "at least eight",
            "8 soldiers",
            "eight soldiers",
            "8 of them",
            "eigth",  # a slip
            "i think 8",
            "8?",
            "prob 8",
            "huit",  # in French
        ),
        wrong=(
            "16",
            "18",
            "80",
            "2",
            "43",
            "8 bodies",
            "8 engineers",
            "8 or 16",
            "none",
            "idk",
        ),
    ),
    *marked(
        "q-ch-province",
        right=(
            "Khyber Pakhtunkhwa",
            "khyber pakhtunkhwa",
            "khyber pakhtunkwa",  # a letter dropped
            "khyber pakhtoonkhwa",  # another transliteration
            "khyber pakhtunkhua",
            "khyber-pakhtunkhwa",
            "kp",  # the province's usual short form
            "kpk",
            "khyber pakhtunkhwa province",
            "i think khyber pakhtunkhwa",
            "khyber pakhtunkhwa?",
            "KP province",
        ),
        wrong=(
            "punjab",
            "sindh",
            "balochistan",
            "chitral",
            "pakhtunkhwa or punjab",
            "afghanistan",
            "the north",
            "idk",
        ),
    ),
    *marked(
        "q-ch-bodies-country",
        right=(
            "Afghanistan",
            "afghanistan",
            "afganistan",  # a letter dropped
            "afghanstan",
            "afghanistan?",
            "into afghanistan",
            "to afghanistan",
            "i think afghanistan",
            "its afghanistan",
            "afghanistan 😢",
            "l'afghanistan",  # in French
            "afghanistan lol",
        ),
        wrong=(
            "pakistan",
            "india",
            "china",
            "iran",
            "tajikistan",
            "india or afghanistan",
            "the river",
            "idk",
        ),
    ),
    *marked(
        "q-ch-mayor",
        right=(
            "Maghfirat Shah",
            "maghfirat shah",
            "maghfirat sha",
            "magfirat shah",  # another transliteration
            "maghfirat shah?",
            "shah",  # the surname of the figure the briefing lists
            "mayor shah",
            "mayor maghfirat shah",
            "i think maghfirat shah",
            "its maghfirat shah",
            "maghfirat shah the district mayor",
            "MAGHFIRAT SHAH",
        ),
        wrong=(
            "latifur rehman",
            "osama waraich",
            "nawaz sharif",
            "rehman",
            "waraich",
            "maghfirat",  # a given name alone
            "shah or rehman",
            "mitch colvin",
            "idk",
        ),
    ),
    *marked(
        "q-ch-dam",
        right=(
            "Tarbela Dam",
            "tarbela dam",
            "tarbela",
            "Tarbela",
            "tarbela damn",  # autocorrect
            "terbela dam",
            "tarbella dam",
            "the tarbela dam",
            "tarbela dam?",
            "i think tarbela",
            "its tarbela dam",
            "tarbela dam in kp",
            "at tarbela dam",
            "le barrage de tarbela",  # in French
        ),
        wrong=(
            "mangla dam",
            "chitral",
            "ursoon",
            "kalabagh dam",
            "tarbela or mangla",
            "the dam",
            "idk",
        ),
    ),
    *marked(
        "q-ch-engineers",
        right=(
            "2",
            "two",
            "Two",
            "2 engineers",
            "two engineers",
            "2 chinese engineers",
            "2 killed",
            "2 dead",
            "tow",  # a swap
            "i think 2",
            "2?",
            "its 2",
            "deux",  # in French
        ),
        wrong=(
            "5",
            "five",
            "7",
            "3",
            "1",
            "20",
            "5 injured",
            "2 injured",  # two, but not who were killed
            "2 or 5",
            "idk",
        ),
    ),
    *marked(
        "q-ch-rains-day",
        right=(
            "Saturday",
            "saturday",
            "sat",
            "Sat",
            "saturday night",  # late on Saturday
            "late saturday",
            "late on saturday",
            "on saturday",
            "saterday",  # a slip
            "saturady",
            "i think saturday",
            "saturday?",
            "samedi",  # in French
        ),
        wrong=(
            "sunday",
            "friday",
            "monday",
            "sun",
            "tuesday",
            "saturday or sunday",
            "last week",
            "idk",
        ),
    ),
    *marked(
        "q-ch-prime-minister",
        right=(
            "Nawaz Sharif",
            "nawaz sharif",
            "nawaz sharrif",
            "nawaz shareef",  # another transliteration
            "sharif",
            "pm sharif",
            "pm nawaz sharif",
            "prime minister nawaz sharif",
            "nawaz sharif?",
            "i think nawaz sharif",
            "its nawaz sharif",
            "NAWAZ SHARIF",
        ),
        wrong=(
            "imran khan",
            "shehbaz sharif",  # his brother, another prime minister
            "nawaz",  # a given name alone
            "latifur rehman",
            "maghfirat shah",
            "modi",
            "sharif or khan",
            "idk",
        ),
    ),
]


# --- foreign-oman-visa-ban -------------------------------------------------------------------
_OMAN: list[Phrasing] = [
    # choice, seed-0 options: A 44, B 65, C 130, D 87
    *marked(
        "number-p2-omans-minister-of-manpower",
        right=(
            "d",
            "D",
            "d)",
            "4",
            "87",
            "eighty seven",
            "eighty-seven",
            "87 professions",
            "d 87",
            "d. 87",
            "i think d",
            "its d",
            "quatre-vingt-sept",  # in French
        ),
        wrong=(
            "a",
            "b",
            "c",
            "44",
            "65",
            "130",
            "78",
            "c 130",
            "d or c",
            "idk",
        ),
    ),
    *marked(
        "q-om-professions",
        right=(
            "87",
            "eighty seven",
            "eighty-seven",
            "Eighty seven",
            "87 professions",
            "87 jobs",  # professions said otherwise
            "87 profession",
            "87 proffesions",
            "eigthy seven",  # a slip
            "i think 87",
            "87?",
            "prob 87",
            "its 87",
            "87 in the private sector",
            "quatre vingt sept",  # in French
        ),
        wrong=(
            "78",
            "8",
            "7",
            "25,000",
            "25000",
            "6",
            "870",
            "87 visas",
            "87 or 78",
            "idk",
        ),
    ),
    *marked(
        "q-om-duration",
        right=(
            "six months",
            "6 months",
            "6 month",
            "6months",
            "6 mo",
            "6 mths",
            "6mo",
            "six month",
            "half a year",  # the same length said otherwise
            "for six months",
            "for 6 months",
            "6 months?",
            "i think 6 months",
            "six monhts",  # a slip
            "6",  # a teacher accepts: only months can be meant
            "six",
            "six mois",  # in French
            "6 mois",
        ),
        wrong=(
            "6 weeks",
            "six weeks",
            "6 years",
            "one year",
            "3 months",
            "12 months",
            "6 days",
            "permanently",
            "87 months",
            "6 or 12 months",
            "idk",
        ),
    ),
    *marked(
        "q-om-jobs",
        right=(
            "25,000",
            "25000",
            "25 000",
            "25k",
            "25K",
            "25 k",
            "25 thousand",
            "twenty five thousand",
            "twenty-five thousand",
            "25,000 jobs",
            "25k jobs",
            "i think 25000",
            "25000?",
            "25.000",  # a European thousands point
            "vingt-cinq mille",  # in French
        ),
        wrong=(
            "2500",
            "250,000",
            "25",
            "87",
            "52,000",
            "20,000",
            "25 million",
            "25000 visas",
            "25000 or 87",
            "idk",
        ),
    ),
    *marked(
        "q-om-minister",
        right=(
            "Abdullah Al Bakri",
            "abdullah al bakri",
            "abdullah al-bakri",
            "abdullah albakri",
            "al bakri",
            "al-bakri",
            "bakri",  # the surname without its article
            "shaikh abdullah al bakri",  # with his title
            "sheikh abdullah al bakri",
            "sheikh al bakri",
            "abdulla al bakri",  # a letter dropped
            "abdullah al bakry",
            "i think al bakri",
            "al bakri?",
            "the manpower minister al bakri",
        ),
        wrong=(
            "fahd bin mahmoud al said",
            "al said",
            "sultan qaboos",
            "abdullah",  # a given name alone
            "shaikh abdullah",
            "the council of ministers",
            "al bakri or al said",
            "idk",
        ),
    ),
    *marked(
        "q-om-ministry",
        right=(
            "manpower",
            "Manpower",
            "man power",
            "man-power",
            "ministry of manpower",
            "minister of manpower",
            "manpower minister",
            "manpwer",  # a slip
            "manpowr",
            "i think manpower",
            "manpower?",
            "labour",  # the same ministry said otherwise
        ),
        wrong=(
            "health",
            "interior",
            "foreign affairs",
            "finance",
            "economy",
            "manpower and health",
            "the council of ministers",
            "idk",
        ),
    ),
    *marked(
        "q-om-day",
        right=(
            "Sunday",
            "sunday",
            "sun",
            "Sun.",
            "on sunday",
            "sundya",  # a swap
            "sundy",
            "sunday?",
            "i think sunday",
            "its sunday",
            "last sunday",
            "dimanche",  # in French
        ),
        wrong=(
            "saturday",
            "monday",
            "friday",
            "thursday",
            "last week",
            "sunday or monday",
            "sat",
            "idk",
        ),
    ),
    *marked(
        "q-om-sector",
        right=(
            "the private sector",
            "private sector",
            "private",
            "Private",
            "privat sector",  # a letter dropped
            "private secter",
            "private sector jobs",
            "the private one",
            "private sector?",
            "i think private",
            "private companies",  # the same said otherwise
            "le secteur privé",  # in French
            "secteur prive",
        ),
        wrong=(
            "public",
            "the public sector",
            "government",
            "the government sector",
            "health",
            "media",  # one of the jobs, not the sector
            "public and private",
            "private or public",
            "idk",
        ),
    ),
    *marked(
        "q-om-deputy",
        right=(
            "Fahd Bin Mahmoud Al Said",
            "fahd bin mahmoud al said",
            "fahd bin mahmud al said",  # another transliteration
            "fahad bin mahmoud al said",
            "sayyid fahd bin mahmoud al said",  # with his title
            "sayyid fahd",
            "fahd al said",  # his father's name left out
            "al said",  # the surname of the figure the briefing lists
            "al-said",
            "the deputy prime minister",  # the figure's role
            "deputy pm al said",
            "i think fahd bin mahmoud al said",
            "fahd bin mahmoud al said?",
        ),
        wrong=(
            "abdullah al bakri",
            "al bakri",
            "sultan qaboos",
            "fahd",  # a given name alone
            "mahmoud",
            "the minister of manpower",
            "al said or al bakri",
            "idk",
        ),
    ),
    *marked(
        "q-om-city",
        right=(
            "Muscat",
            "muscat",
            "MUSCAT",
            "muskat",
            "muscat oman",  # the city with its country
            "muscat, oman",
            "muscat?",
            "i think muscat",
            "its muscat",
            "mascate",  # in French
            "musact",  # a swap
        ),
        wrong=(
            "kuwait",
            "kuwait city",
            "dubai",
            "salalah",
            "riyadh",
            "oman",
            "muscat or kuwait",
            "idk",
        ),
    ),
    *marked(
        "q-om-how-often",
        right=(
            "weekly",
            "Weekly",
            "every week",
            "once a week",
            "each week",
            "weekley",
            "wkly",
            "on a weekly basis",
            "weekly basis",
            "weekly?",
            "i think weekly",
            "every wk",
            "chaque semaine",  # in French
        ),
        wrong=(
            "daily",
            "monthly",
            "every day",
            "every month",
            "yearly",
            "every six months",
            "twice a week",
            "weekly or monthly",
            "idk",
        ),
    ),
    *marked(
        "q-om-one-sector",
        right=(
            "media",
            "Media",
            "airlines",
            "airline",
            "accounting",
            "accountants",
            "management",
            "medical",
            "medicine",
            "information systems",
            "IT",
            "insurance",
            "insurence",  # a slip
            "acounting",
            "i think media",
            "media and airlines",  # two right ones
            "médias",  # in French
        ),
        wrong=(
            "construction",
            "oil",
            "farming",
            "tourism",
            "education",
            "private",
            "public sector",
            "health ministry",
            "idk",
        ),
    ),
    *marked(
        "q-om-daily",
        right=(
            "Al-Anba",
            "al anba",
            "al-anba",
            "alanba",
            "anba",  # without its article
            "al anbaa",
            "al-anba daily",
            "the al anba daily",
            "al anba?",
            "i think al anba",
            "al anba newspaper",
        ),
        wrong=(
            "al jazeera",
            "kuwait times",
            "arab times",
            "al rai",
            "the ministry of health",
            "kuwait page",
            "al anba or arab times",
            "idk",
        ),
    ),
]


# --- sport-korea-brazil-friendly -------------------------------------------------------------
_FRIENDLY: list[Phrasing] = [
    *marked(
        "q-kb-score",
        right=(
            "3-0",
            "3–0",
            "3:0",
            "3 0",
            "3-0 brazil",
            "3-0 to brazil",
            "brazil 3-0",
            "brazil won 3-0",
            "3-0 brazil won",
            "brazil 3 korea 0",
            "three nil",
            "3 nil",
            "3-nil",
            "three-zero",
            "3 - 0",
            "i think 3-0",
            "3-0?",
            "3-0 lol",
            "korea lost 3-0",
            "3 à 0",  # in French
        ),
        wrong=(
            "0-3",  # the other way round
            "2-0",
            "3-1",
            "1-0",
            "3",
            "korea won 3-0",
            "4-0",
            "3-0 or 2-0",
            "idk",
        ),
    ),
    *marked(
        "q-kb-coach",
        right=(
            "Paulo Bento",
            "paulo bento",
            "bento",
            "Bento",
            "paolo bento",  # another spelling
            "paulo bent",
            "coach bento",
            "paulo bento?",
            "i think bento",
            "its paulo bento",
            "bento the portuguese guy",
            "PAULO BENTO",
            "paulo bento 🇵🇹",
        ),
        wrong=(
            "tite",
            "danilo",
            "coutinho",
            "paulo",  # a given name alone
            "son heung-min",
            "jorge casquilha",
            "bento or tite",
            "idk",
        ),
    ),
    *marked(
        "q-kb-stadium",
        right=(
            "Mohammed Bin Zayed Stadium",
            "mohammed bin zayed stadium",
            "mohammed bin zayed",
            "mohamed bin zayed stadium",  # another transliteration
            "muhammad bin zayed stadium",
            "mohammad bin zayed",
            "mohammed bin zayid stadium",
            "bin zayed stadium",
            "mbz stadium",  # its usual initials
            "the mohammed bin zayed stadium",
            "mohammed bin zayed stadium in abu dhabi",
            "i think mohammed bin zayed stadium",
            "mohammed bin zayed stadium?",
            "stade mohammed bin zayed",  # in French
        ),
        wrong=(
            "zayed sports city",
            "hazza bin zayed stadium",
            "abu dhabi",
            "seoul world cup stadium",
            "maracana",
            "al nahyan stadium",
            "the stadium",
            "idk",
        ),
    ),
    *marked(
        "q-kb-city",
        right=(
            "Abu Dhabi",
            "abu dhabi",
            "abudhabi",
            "abu dabi",
            "abu dhbai",  # a swap
            "abu dhabi uae",  # the city with its country
            "abu dhabi, uae",
            "abu dhabi?",
            "i think abu dhabi",
            "in abu dhabi",
            "its abu dhabi",
            "abou dabi",  # in French
            "ABU DHABI",
        ),
        wrong=(
            "dubai",
            "seoul",
            "rio",
            "doha",
            "sharjah",
            "uae",
            "abu dhabi or dubai",
            "dubai uae",
            "abu dhabi brazil",  # the city with a country not its own
            "idk",
        ),
    ),
    *marked(
        "q-kb-day",
        right=(
            "Tuesday",
            "tuesday",
            "tues",
            "tue",
            "Tue.",
            "tuesady",  # a swap
            "teusday",
            "on tuesday",
            "tuesday night",
            "tuesday?",
            "i think tuesday",
            "mardi",  # in French
        ),
        wrong=(
            "thursday",
            "monday",
            "wednesday",
            "sunday",
            "thurs",
            "tuesday or wednesday",
            "nov 19",
            "idk",
        ),
    ),
    *marked(
        "q-kb-late-scorer",
        right=(
            "Danilo",
            "danilo",
            "DANILO",
            "danillo",
            "danlio",  # a swap
            "danilo?",
            "i think danilo",
            "its danilo",
            "danilo ⚽",
            "danilo late on",
            "danilo for brazil",
        ),
        wrong=(
            "coutinho",
            "paqueta",
            "neymar",
            "lucas paqueta",
            "philippe coutinho",
            "danilo or coutinho",
            "son",
            "idk",
        ),
    ),
    *marked(
        "q-kb-first-half-scorer",
        right=(
            "Lucas Paqueta",
            "lucas paqueta",
            "lucas paquetá",
            "paqueta",
            "paquetá",
            "pacqueta",
            "Philippe Coutinho",
            "philippe coutinho",
            "coutinho",
            "phillipe coutinho",  # a doubled letter moved
            "philip coutinho",
            "coutinho and paqueta",  # two right ones
            "paqueta or coutinho",  # either is right
            "i think coutinho",
            "coutinho?",
        ),
        wrong=(
            "danilo",
            "neymar",
            "firmino",
            "lucas",  # a given name alone
            "philippe",
            "son heung-min",
            "bento",
            "danilo and coutinho",  # one of the two is wrong
            "idk",
        ),
    ),
    *marked(
        "q-kb-winless",
        right=(
            "five",
            "5",
            "Five",
            "5 matches",
            "5 games",
            "five games",
            "5 match",
            "fiv",
            "i think 5",
            "5?",
            "5 winless",
            "5 in a row",
            "cinq",  # in French
        ),
        wrong=(
            "3",
            "four",
            "6",
            "10",
            "2",
            "5 goals",
            "5 wins",
            "5 or 6",
            "idk",
        ),
    ),
    *marked(
        "q-kb-ranking",
        right=(
            "3",
            "three",
            "No. 3",
            "no 3",
            "no. 3",
            "number 3",
            "number three",
            "#3",
            "3rd",
            "third",
            "3rd in the world",
            "world no 3",
            "ranked 3",
            "i think 3rd",
            "3?",
            "troisième",  # in French
        ),
        wrong=(
            "1",
            "first",
            "10",
            "top 10",
            "2nd",
            "30",
            "13",
            "3 or 4",
            "idk",
        ),
    ),
    *marked(
        "q-kb-winner",
        right=(
            "Brazil",
            "brazil",
            "brasil",
            "BRAZIL",
            "brazl",
            "brazil 🇧🇷",
            "brazil won",
            "brazil 3-0",
            "brazil?",
            "i think brazil",
            "obviously brazil",
            "bra",  # the team's usual short form
            "le brésil",  # in French
            "bresil",
        ),
        wrong=(
            "south korea",
            "korea",
            "s korea",
            "kor",
            "a draw",
            "nobody",
            "brazil or korea",
            "argentina",
            "idk",
        ),
    ),
    *marked(
        "q-kb-year",
        right=(
            "2019",
            "in 2019",
            "'19",
            "twenty nineteen",
            "2019?",
            "i think 2019",
            "2019 nov",
            "nov 2019",
            "november 2019",
            "deux mille dix-neuf",  # in French
            "its 2019",
        ),
        wrong=(
            "2018",
            "2020",
            "2022",
            "2009",
            "2019 or 2020",
            "1919",
            "idk",
        ),
    ),
    *marked(
        "q-kb-dateline",
        right=(
            "November 19",
            "november 19",
            "nov 19",
            "Nov. 19",
            "19 november",
            "19 nov",
            "19th november",
            "november 19th",
            "nov 19th",
            "19/11",
            "11/19",
            "19.11",
            "nov. 19 2019",
            "19 november 2019",
            "tuesday nov 19",
            "novmber 19",  # a letter dropped
            "i think nov 19",
            "19 novembre",  # in French
        ),
        wrong=(
            "november 20",
            "nov 20",
            "19 october",
            "october 19",
            "nov 9",
            "20/11",
            "november",
            "19",
            "tuesday",
            "idk",
        ),
    ),
    *marked(
        "q-kb-agency",
        right=(
            "Yonhap",
            "yonhap",
            "yonhap news",
            "yonhap news agency",
            "yonhap news agency (yna)",
            "yna",  # its own initials
            "yonap",  # a letter dropped
            "yohnap",
            "yonhap?",
            "i think yonhap",
            "its yonhap",
            "YONHAP",
        ),
        wrong=(
            "reuters",
            "ap",
            "afp",
            "kbs",
            "bbc",
            "korea herald",
            "yonhap or reuters",
            "idk",
        ),
    ),
    *marked(
        "q-kb-korea-goals",
        right=(
            "0",
            "zero",
            "none",
            "None",
            "nil",
            "no goals",
            "0 goals",
            "zero goals",
            "they didnt score",
            "not a single one",
            "0?",
            "i think 0",
            "none lol",
            "0 😭",
            "aucun",  # in French
        ),
        wrong=(
            "1",
            "one",
            "3",
            "three",
            "2",
            "1 goal",
            "0 or 1",
            "idk",
        ),
    ),
    # true/false: answer True (the shared verdicts are added by `true_false`)
]


# --- court-cork-taxi-robbery -----------------------------------------------------------------
_CORK: list[Phrasing] = [
    *marked(
        "q-ck-road",
        right=(
            "Assumption Road",
            "assumption road",
            "assumption rd",
            "Assumption Rd.",
            "assumption",  # the road's name without its kind
            "asumption road",  # a letter dropped
            "assumtion road",
            "assumption raod",  # a swap
            "on assumption road",
            "assumption road blackpool",  # with its area
            "assumption road, cork",
            "assumption road?",
            "i think assumption road",
            "its assumption rd",
        ),
        wrong=(
            "blackpool",
            "mayfield road",
            "patrick street",
            "assumption street",  # another kind of street
            "ascension road",
            "cork city",
            "assumption road or mayfield",
            "idk",
        ),
    ),
    *marked(
        "q-ck-area",
        right=(
            "Blackpool",
            "blackpool",
            "black pool",
            "blackpol",
            "blakpool",
            "blackpool cork",  # with its city
            "blackpool, cork city",
            "in blackpool",
            "blackpool?",
            "i think blackpool",
            "its blackpool",
            "BLACKPOOL",
        ),
        wrong=(
            "mayfield",
            "assumption road",
            "douglas",
            "ballincollig",
            "cork",
            "blackrock",
            "blackpool or mayfield",
            "idk",
        ),
    ),
    *marked(
        "q-ck-date",
        right=(
            "13 October 2021",
            "13 october 2021",
            "october 13 2021",
            "october 13, 2021",
            "oct 13 2021",
            "13 oct 2021",
            "13/10/2021",
            "10/13/2021",
            "13/10/21",
            "13.10.2021",
            "13th october 2021",
            "october 13th 2021",
            "october 13",  # the year the question does not ask apart
            "oct 13",
            "13 october",
            "13th oct",
            "13/10",
            "wednesday 13 october 2021",
            "i think oct 13",
            "13 octobre 2021",  # in French
        ),
        wrong=(
            "16 october 2021",
            "october 16",
            "oct 16",
            "13 september 2021",
            "october 31",
            "13/11/2021",
            "october 2021",
            "2021",
            "13",
            "saturday",
            "october 13 or 16",
            "idk",
        ),
    ),
    *marked(
        "q-ck-time",
        right=(
            "6:50 p.m.",
            "6:50pm",
            "6:50 pm",
            "6.50pm",
            "6.50 pm",
            "650pm",
            "18:50",
            "1850",
            "18h50",
            "6:50",
            "6 50 pm",
            "ten to seven",  # the same time in words
            "10 to 7",
            "about 6:50pm",
            "approximately 6:50pm",
            "around 6:50",
            "6:50 in the evening",
            "i think 6:50pm",
            "6:50pm?",
        ),
        wrong=(
            "7pm",
            "7:00pm",
            "6:15pm",
            "5:50pm",
            "6:50am",
            "6:05pm",
            "19:50",
            "6pm",
            "6:50 or 7",
            "idk",
        ),
    ),
    *marked(
        "q-ck-victim",
        right=(
            "a taxi driver",
            "taxi driver",
            "the taxi driver",
            "Taxi driver",
            "a taxi man",  # the article's own words
            "taxi man",
            "a cab driver",
            "cab driver",
            "cabbie",
            "taxi drvier",  # a swap
            "taxi diver",
            "the driver",
            "a taxi driver?",
            "i think a taxi driver",
            "un chauffeur de taxi",  # in French
        ),
        wrong=(
            "a garda",
            "a bus driver",
            "a shop keeper",
            "a passenger",
            "a woman",
            "the man in his 30s",
            "a garda or a taxi driver",
            "idk",
        ),
    ),
    *marked(
        "q-ck-age",
        right=(
            "in his 30s",
            "30s",
            "his 30s",
            "in his thirties",
            "thirties",
            "30's",
            "in his 30's",
            "30-39",
            "between 30 and 40",
            "30 something",
            "thirty something",
            "in his 30s?",
            "i think in his 30s",
            "la trentaine",  # in French
        ),
        wrong=(
            "in his 20s",
            "20s",
            "40s",
            "in his forties",
            "30",
            "13",
            "in his 30s or 40s",
            "a teenager",
            "idk",
        ),
    ),
    *marked(
        "q-ck-arrest-day",
        right=(
            "Saturday",
            "saturday",
            "sat",
            "saturday morning",
            "on saturday morning",
            "on saturday",
            "saturdya",  # a swap
            "saterday",
            "saturday?",
            "i think saturday",
            "its saturday",
            "samedi",  # in French
            "samedi matin",
        ),
        wrong=(
            "wednesday",
            "sunday",
            "friday",
            "monday",
            "october 13",
            "saturday or sunday",
            "idk",
        ),
    ),
    *marked(
        "q-ck-arrest-date",
        right=(
            "16 October 2021",
            "16 october 2021",
            "october 16 2021",
            "October 16, 2021",
            "oct 16 2021",
            "16 oct 2021",
            "16/10/2021",
            "10/16/2021",
            "16/10/21",
            "16th october",
            "october 16th",
            "october 16",
            "oct 16",
            "16 oct",
            "16/10",
            "saturday 16 october",
            "sat oct 16",
            "i think oct 16",
            "16 octobre",  # in French
        ),
        wrong=(
            "13 october 2021",
            "october 13",
            "oct 13",
            "16 september 2021",
            "october 6",
            "16/11/2021",
            "october 2021",
            "saturday",
            "16",
            "october 13 or 16",
            "idk",
        ),
    ),
    *marked(
        "q-ck-station",
        right=(
            "Mayfield Garda Station",
            "mayfield garda station",
            "mayfield",
            "Mayfield",
            "mayfield station",
            "mayfield garda stn",
            "mayfeild",  # a swap
            "mayfield gardai station",
            "mayfield police station",  # the same station said otherwise
            "mayfield garda station, cork",
            "mayfield?",
            "i think mayfield",
            "its mayfield garda station",
        ),
        wrong=(
            "blackpool garda station",
            "anglesea street",
            "anglesea street garda station",
            "bridewell",
            "blackpool",
            "assumption road",
            "mayfield or blackpool",
            "idk",
        ),
    ),
    *marked(
        "q-ck-act",
        right=(
            "the Criminal Justice Act, 1984",
            "criminal justice act 1984",
            "criminal justice act",
            "the criminal justice act",
            "Criminal Justice Act 1984",
            "criminal justice act '84",
            "criminal justice act of 1984",
            "criminal justice act, 1984",
            "criminal justic act",  # a letter dropped
            "crimnal justice act 1984",
            "section 4 of the criminal justice act",
            "the 1984 criminal justice act",
            "i think criminal justice act 1984",
            "criminal justice act 1984?",
            "cja 1984",  # its usual initials
        ),
        wrong=(
            "criminal justice act 1994",
            "the offences against the state act",
            "the misuse of drugs act",
            "criminal law act 1984",
            "1984",
            "section 4",
            "the road traffic act",
            "idk",
        ),
    ),
    *marked(
        "q-ck-section",
        right=(
            "Section 4",
            "section 4",
            "4",
            "four",
            "section four",
            "s4",
            "s.4",
            "sec 4",
            "section 4 of the criminal justice act",
            "sectoin 4",  # a swap
            "section 4?",
            "i think section 4",
        ),
        wrong=(
            "section 5",
            "section 30",
            "section 14",
            "1984",
            "section 2",
            "3",
            "section 4 or 5",
            "idk",
        ),
    ),
    *marked(
        "q-ck-days",
        right=(
            "eight",
            "8",
            "Eight",
            "8 days",
            "eight days",
            "8days",
            "8 day",
            "8d",
            "over 8 days",
            "eigth",  # a slip
            "i think 8",
            "8?",
            "huit",  # in French
            "huit jours",
        ),
        wrong=(
            "3",
            "three",
            "7",
            "13",
            "16",
            "8 weeks",
            "8 hours",
            "8 months",
            "8 or 3",
            "idk",
        ),
    ),
    *marked(
        "q-ck-taken",
        right=(
            "nothing",
            "Nothing",
            "nothing was taken",
            "nothing!",
            "none",
            "nada",
            "nothin",
            "nothng",
            "he took nothing",
            "nothing he fled",
            "nothing, he fled",
            "nothing?",
            "i think nothing",
            "rien",  # in French
            "zero",
        ),
        wrong=(
            "money",
            "the taxi",
            "his phone",
            "cash",
            "his wallet",
            "the car",
            "a knife",
            "money and a phone",
            "idk",
        ),
    ),
    *marked(
        "q-ck-county",
        right=(
            "Cork",
            "cork",
            "Co Cork",
            "co cork",
            "co. cork",
            "county cork",
            "cork county",
            "corke",
            "cork ireland",  # with its country
            "cork, ireland",
            "cork?",
            "i think cork",
            "its cork",
            "CORK",
        ),
        wrong=(
            "kerry",
            "dublin",
            "limerick",
            "waterford",
            "blackpool",
            "mayfield",
            "cork or kerry",
            "cork england",  # with a country not its own
            "idk",
        ),
    ),
    # true/false: answer True (the shared verdicts are added by `true_false`)
]


# --- disaster-florence-fayetteville ----------------------------------------------------------
_FLORENCE: list[Phrasing] = [
    # choice, seed-0 options: A 500, B 750, C 250, D 375
    *marked(
        "number-p8-in-new-bern-swift",
        right=(
            "a",
            "A",
            "a)",
            "1",
            "500",
            "five hundred",
            "a 500",
            "a. 500",
            "nearly 500",
            "500 people",
            "i think a",
            "a?",
            "cinq cents",  # in French
        ),
        wrong=(
            "b",
            "c",
            "d",
            "750",
            "250",
            "375",
            "50",
            "a or c",
            "idk",
        ),
    ),
    *marked(
        "q-fl-mayor",
        right=(
            "Mitch Colvin",
            "mitch colvin",
            "colvin",
            "Colvin",
            "mayor colvin",
            "mayor mitch colvin",
            "mitchell colvin",  # the usual full form of Mitch
            "mitch colvn",
            "mitch calvin",  # a homophone
            "mitch colvin?",
            "i think colvin",
            "its mitch colvin",
            "colvin the mayor",
            "MITCH COLVIN",
        ),
        wrong=(
            "joel burgess",
            "ryan roscoe",
            "roy cooper",
            "mitch",  # a given name alone
            "mitch mcconnell",
            "colvin or burgess",
            "the governor",
            "idk",
        ),
    ),
    *marked(
        "q-fl-city",
        right=(
            "Fayetteville",
            "fayetteville",
            "fayeteville",  # a letter dropped
            "fayettville",
            "fayetville",
            "fayetteville nc",  # with its state
            "fayetteville, n.c.",
            "fayetteville north carolina",
            "fayetteville?",
            "i think fayetteville",
            "its fayetteville",
            "FAYETTEVILLE",
        ),
        wrong=(
            "new bern",
            "raleigh",
            "wilmington",
            "hagerstown",
            "charlotte",
            "fayetteville arkansas",  # another Fayetteville
            "fayetteville or new bern",
            "idk",
        ),
    ),
    *marked(
        "q-fl-state",
        right=(
            "North Carolina",
            "north carolina",
            "NC",
            "nc",
            "n.c.",
            "N.C.",
            "north carolna",
            "north caroline",
            "nort carolina",
            "north carolina?",
            "i think north carolina",
            "its nc",
            "la caroline du nord",  # in French
            "caroline du nord",
        ),
        wrong=(
            "south carolina",
            "sc",
            "maryland",
            "virginia",
            "georgia",
            "carolina",  # which of the two is not said
            "north or south carolina",
            "idk",
        ),
    ),
    *marked(
        "q-fl-river",
        right=(
            "the Cape Fear River",
            "cape fear river",
            "cape fear",
            "Cape Fear",
            "the cape fear",
            "cape fear rvr",
            "cape fear r",
            "cape fair",  # a homophone
            "capefear",
            "cape fear river?",
            "i think cape fear",
            "its the cape fear",
            "cape fear 🌊",
        ),
        wrong=(
            "little river",
            "the little river",
            "neuse river",
            "the mississippi",
            "cape hatteras",
            "cape fear or little river",
            "fear river",
            "idk",
        ),
    ),
    *marked(
        "q-fl-other-river",
        right=(
            "the Little River",
            "little river",
            "Little River",
            "little",  # the river's name without its kind
            "the little",
            "litle river",
            "little rvr",
            "little river?",
            "i think little river",
            "its the little river",
            "LITTLE RIVER",
        ),
        wrong=(
            "cape fear",
            "the cape fear river",
            "neuse river",
            "big river",
            "little rock",
            "little river or cape fear",
            "idk",
        ),
    ),
    *marked(
        "q-fl-distance",
        right=(
            "a mile",
            "one mile",
            "1 mile",
            "1 mi",
            "1mi",
            "1mile",
            "a mile?",
            "within a mile",
            "within 1 mile",
            "a mille",
            "one mil",
            "i think a mile",
            "1.6 km",  # the same distance in kilometres
            "1.6km",
        ),
        wrong=(
            "2 miles",
            "half a mile",
            "10 miles",
            "a kilometre",
            "1 km",
            "5 miles",
            "100 yards",
            "a mile or two",
            "idk",
        ),
    ),
    *marked(
        "q-fl-deadline-time",
        right=(
            "3 p.m.",
            "3pm",
            "3 pm",
            "3PM",
            "3:00pm",
            "3:00 pm",
            "15:00",
            "15h",
            "1500",
            "three pm",
            "3 in the afternoon",
            "three in the afternoon",
            "by 3pm",
            "until 3pm",
            "3pm sunday",
            "3",
            "i think 3pm",
            "3pm?",
            "15 heures",  # in French
        ),
        wrong=(
            "5pm",
            "3am",
            "noon",
            "12.15",
            "3:30pm",
            "5 p.m. friday",
            "13:00",
            "3pm or 5pm",
            "idk",
        ),
    ),
    *marked(
        "q-fl-deadline-day",
        right=(
            "Sunday",
            "sunday",
            "sun",
            "on sunday",
            "by sunday",
            "until sunday",
            "sunday 3pm",
            "sunday afternoon",
            "sundy",
            "sunady",  # a swap
            "sunday?",
            "i think sunday",
            "dimanche",  # in French
        ),
        wrong=(
            "saturday",
            "friday",
            "tuesday",
            "monday",
            "sat",
            "saturday or sunday",
            "next week",
            "idk",
        ),
    ),
    *marked(
        "q-fl-level",
        right=(
            "12.15 feet",
            "12.15 ft",
            "12.15ft",
            "12.15",
            "12.15 feet high",
            "12,15 feet",  # a decimal comma
            "12.15'",
            "12 point 15 feet",
            "12.15 foot",
            "12.15 feet?",
            "i think 12.15 feet",
        ),
        wrong=(
            "12.15 metres",
            "12.15 m",
            "15.12 feet",
            "12 metres",
            "21.15 feet",
            "12.5 feet",
            "1215 feet",
            "5 feet",
            "12.15 miles",
            "idk",
        ),
    ),
    *marked(
        "q-fl-storm",
        right=(
            "Florence",
            "florence",
            "storm florence",
            "tropical storm florence",
            "hurricane florence",  # what it was before its downgrade
            "florance",  # a slip
            "florenc",
            "flornce",
            "florence?",
            "i think florence",
            "its florence",
            "FLORENCE",
            "florence 🌀",
        ),
        wrong=(
            "matthew",
            "hurricane matthew",
            "katrina",
            "michael",
            "harvey",
            "florida",
            "florence or matthew",
            "idk",
        ),
    ),
    *marked(
        "q-fl-kind",
        right=(
            "tropical storm",
            "Tropical Storm",
            "a tropical storm",
            "tropical strom",  # a swap
            "tropicl storm",
            "tropical storm?",
            "i think a tropical storm",
            "its a tropical storm",
            "tempête tropicale",  # in French
            "tropical storm florence",
        ),
        wrong=(
            "hurricane",
            "a major hurricane",
            "category 1 hurricane",
            "tropical depression",
            "typhoon",
            "cyclone",
            "tornado",
            "storm",  # which kind is not said
            "hurricane or tropical storm",
            "idk",
        ),
    ),
    *marked(
        "q-fl-notify",
        right=(
            "their legal next of kin",
            "legal next of kin",
            "next of kin",
            "their next of kin",
            "next of kin.",
            "nok",  # the usual short form
            "next-of-kin",
            "next of kinn",
            "nest of kin",  # a slip
            "their next of kin?",
            "i think next of kin",
            "their legal next of kin lol",
        ),
        wrong=(
            "the police",
            "the mayor",
            "911",
            "their neighbours",
            "the fire department",
            "their lawyer",
            "the national weather service",
            "idk",
        ),
    ),
    *marked(
        "q-fl-rescue-town",
        right=(
            "New Bern",
            "new bern",
            "newbern",
            "new berne",
            "new burn",  # a homophone
            "new bern nc",  # with its state
            "new bern, north carolina",
            "in new bern",
            "new bern?",
            "i think new bern",
            "its new bern",
            "NEW BERN",
        ),
        wrong=(
            "fayetteville",
            "wilmington",
            "bern",
            "new york",
            "raleigh",
            "new bern or fayetteville",
            "new bern sc",  # with a state not its own
            "idk",
        ),
    ),
    *marked(
        "q-fl-matthew",
        right=(
            "Hurricane Matthew",
            "hurricane matthew",
            "matthew",
            "Matthew",
            "mathew",  # a letter dropped
            "matthews",
            "hurricane mathew",
            "huricane matthew",
            "matthew?",
            "i think matthew",
            "its hurricane matthew",
            "l'ouragan matthew",  # in French
            "matthew in 2016",
        ),
        wrong=(
            "florence",
            "hurricane florence",
            "katrina",
            "hurricane harvey",
            "hurricane irma",
            "michael",
            "matthew or florence",
            "idk",
        ),
    ),
    *marked(
        "q-fl-matthew-year",
        right=(
            "2016",
            "in 2016",
            "'16",
            "twenty sixteen",
            "2016?",
            "i think 2016",
            "its 2016",
            "2016 lol",
            "deux mille seize",  # in French
            "oct 2016",
        ),
        wrong=(
            "2018",
            "2006",
            "2015",
            "2017",
            "1016",
            "2016 or 2018",
            "idk",
        ),
    ),
    # true/false: answer True (the shared verdicts are added by `true_false`)
]


# --- sport-imishli-sumgayit ------------------------------------------------------------------
_IMISHLI: list[Phrasing] = [
    *marked(
        "q-im-coach",
        right=(
            "Jorge Casquilha",
            "jorge casquilha",
            "casquilha",
            "Casquilha",
            "jorge casquila",  # a letter dropped
            "jorge cashquilha",
            "coach casquilha",
            "jorge casquilha?",
            "i think casquilha",
            "its jorge casquilha",
            "casquilha the portuguese coach",
            "JORGE CASQUILHA",
        ),
        wrong=(
            "paulo bento",
            "jorge",  # a given name alone
            "jose mourinho",
            "sumgayit",
            "idman",
            "casquilha or bento",
            "the head coach",
            "idk",
        ),
    ),
    *marked(
        "q-im-opponent",
        right=(
            "Sumgayit",
            "sumgayit",
            "sumqayit",  # the Azerbaijani spelling
            "sumgait",  # another transliteration
            "sumgayit fk",
            "sumgayit fc",
            "sumgayt",
            "sumgayit?",
            "i think sumgayit",
            "they beat sumgayit",
            "sumgayit 1-0",
            "SUMGAYIT",
        ),
        wrong=(
            "imishli",
            "qarabag",
            "neftchi",
            "sabah",
            "brazil",
            "sumgayit or qarabag",
            "idk",
        ),
    ),
    *marked(
        "q-im-score",
        right=(
            "1-0",
            "1:0",
            "1–0",
            "1 0",
            "one nil",
            "1 nil",
            "1-nil",
            "one-zero",
            "1-0 imishli",
            "imishli 1-0",
            "imishli won 1-0",
            "1-0 to imishli",
            "1 - 0",
            "1-0?",
            "i think 1-0",
            "1 à 0",  # in French
        ),
        wrong=(
            "0-1",  # the other way round
            "2-0",
            "1-1",
            "2-1",
            "0-0",
            "1",
            "sumgayit won 1-0",
            "3-0",
            "1-0 or 2-0",
            "idk",
        ),
    ),
    *marked(
        "q-im-round",
        right=(
            "4th",
            "the 4th",
            "4",
            "four",
            "fourth",
            "the fourth",
            "4th round",
            "round 4",
            "rd 4",
            "fouth",  # a letter dropped
            "4th?",
            "i think the 4th",
            "4e",  # in French
            "quatrième",
        ),
        wrong=(
            "3rd",
            "5th",
            "first",
            "14th",
            "40th",
            "the final",
            "4th or 5th",
            "idk",
        ),
    ),
    *marked(
        "q-im-league",
        right=(
            "Misli Premier League",
            "misli premier league",
            "misli premier",
            "misli",  # the league's sponsor's name, as fans say it
            "misli league",
            "misli pl",
            "misli premyer liqa",  # its Azerbaijani name
            "the misli premier league",
            "azerbaijan premier league",  # the same league without its sponsor
            "azerbaijani premier league",
            "misli premier leauge",  # a swap
            "misli premier league?",
            "i think misli premier league",
        ),
        wrong=(
            "premier league",  # which one is not said
            "the english premier league",
            "champions league",
            "europa league",
            "first division",
            "misli cup",
            "idk",
        ),
    ),
    *marked(
        "q-im-reporter",
        right=(
            "Idman.biz",
            "idman.biz",
            "idman biz",
            "idman",
            "idmanbiz",
            "www.idman.biz",
            "idman.bis",
            "idmn.biz",
            "idman.biz?",
            "i think idman.biz",
            "its idman",
            "IDMAN.BIZ",
        ),
        wrong=(
            "sportnews.az",
            "sportnews",
            "yonhap",
            "espn",
            "bbc sport",
            "idman or sportnews",
            "idk",
        ),
    ),
    *marked(
        "q-im-harder-half",
        right=(
            "the second half",
            "second half",
            "2nd half",
            "the 2nd half",
            "second",
            "2nd",
            "the second one",
            "2nd hlf",
            "secnd half",
            "second half?",
            "i think the second half",
            "la deuxième mi-temps",  # in French
            "la seconde mi-temps",
        ),
        wrong=(
            "the first half",
            "first half",
            "1st half",
            "first",
            "both",
            "extra time",
            "the first or second",
            "idk",
        ),
    ),
    *marked(
        "q-im-why-harder",
        right=(
            "the players were tired",
            "players were tired",
            "they were tired",
            "tired",
            "tiredness",
            "fatigue",
            "because the players were tired",
            "bc they were tired",
            "the players felt tired",
            "players tired",
            "they got tired",
            "the players were tierd",  # a swap
            "tired players",
            "i think they were tired",
            "ils étaient fatigués",  # in French
        ),
        wrong=(
            "the rain",
            "a red card",
            "an injury",
            "the referee",
            "sumgayit scored",
            "the fans",
            "they were not tired",
            "idk",
        ),
    ),
    # true/false: answer True (the shared verdicts are added by `true_false`)
]


# --- the true/false questions ----------------------------------------------------------------
# Shared verdicts, half of them at each question (`true_false`).
_TRUE = (
    "true",
    "True",
    "TRUE",
    "ture",
    "trye",
    "tru",
    "t",
    "yes",
    "yea",
    "yup",
    "yeah",
    "yesss",
    "true!!",
    "true ✅",
    "👍",
    "its true",
    "true i think",
    "pretty sure true",
    "true?",
    "correct",
    "right",
    "vrai",  # in French
    "c'est vrai",
    "true lol",
)
_FALSE = (
    "false",
    "False",
    "FALSE",
    "flase",
    "fale",
    "fasle",
    "f",
    "no",
    "nope",
    "nah",
    "noo",
    "false!!",
    "false ❌",
    "👎",
    "its false",
    "false i think",
    "pretty sure false",
    "false?",
    "incorrect",
    "wrong",
    "faux",  # in French
    "c'est faux",
    "false lol",
    "not true",
)

# (question, its answer, its own right phrasings, its own wrong phrasings)
_TRUE_FALSE_OWN: list[tuple[str, bool, tuple[str, ...], tuple[str, ...]]] = [
    (
        "tf-p2-the-river-reached-above",
        True,
        ("true in 2016", "yes matthew did that", "true - above the columns"),
        ("false it was florence", "true or false", "false never that high"),
    ),
    (
        "tf-p1-south-korea-may-have",
        True,
        ("true 3-0", "yes bento said that", "true - they lost 3-0"),
        ("false korea won", "true or false", "false it was 0-0"),
    ),
    (
        "tf-p2-idman-biz-reports-that-the",
        True,
        ("true 1-0 win", "yes after round 4", "true - casquilha said it"),
        ("false they lost", "true or false", "false it was the 5th round"),
    ),
    (
        "tf-p4-a-man-in-his",
        True,
        ("true on assumption road", "yes in his 30s", "true - oct 13"),
        ("false he was in his 20s", "true or false", "false nobody was arrested"),
    ),
    (
        "tf-om-old-permits",
        False,
        ("false they are exempted", "no old permits are exempt", "false - only new visas"),
        ("true all permits cancelled", "yes cancelled", "true or false"),
    ),
]

PHRASINGS: list[Phrasing] = (
    _CHITRAL
    + _OMAN
    + _FRIENDLY
    + _CORK
    + _FLORENCE
    + _IMISHLI
    + true_false(_TRUE_FALSE_OWN, _TRUE, _FALSE)
)


def main() -> None:
    """Print right accepted, wrong refused and every miss, false accepts first."""
    report(PHRASINGS, ELEVENTH_SET_BRIEFINGS)


if __name__ == "__main__":
    main()
