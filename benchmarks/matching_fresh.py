"""A second held-out set of typed answers to the bundled briefing, as real users type them.

`python -m benchmarks.matching_fresh` judges every phrasing below with `bot.core.quiz.judge`
(the path every typed answer takes), on content/nk-troops-russia.yaml, and prints how many
right answers were accepted, how many wrong ones refused, the total, and each miss (false
accepts first). An answer the quiz refuses to read (for example a choice it cannot tell)
counts as not accepted.

The phrasings were written by someone who had not seen the matcher, its tests or the other
phrasing set; they were labeled right or wrong as a fair teacher would before the first run,
and committed before it. Nobody tuned on them until the chat rules of matching-13 were merged
(631d970: right accepted 368/411, never tuned on); its 43 misses were then read and their
causes (not the phrasings) fixed in matching-14 (386/411), phrasings-3 (391/411) and
matching-16 (395/411 at a75c3ba, wrong refused 290/290), so those later figures are no longer
held out.

Baseline, the first run, at commit 6154de1 (the data commit; bot/ as on main at 878d346):
right accepted 272/411 (66.2%), wrong refused 290/290 (100.0%), total 562/701 (80.2%);
0 false accepts, 139 false refusals.
"""

from __future__ import annotations

from benchmarks.phrasing_sets import BRIEFING, SEED0_ANSWER_POSITION, Phrasing, marked, report

__all__ = ["BRIEFING", "PHRASINGS", "SEED0_ANSWER_POSITION", "Phrasing", "main"]


# How people phrase answers in chat and at quizzes, read in the `pages` corpus before
# writing (ideas only, nothing copied):
# - docs.inquisitor-trivia.me/player: an IRC trivia log, answers typed bare and lowercase
#   ("paris"), typos of a letter or two expected to pass.
# - githubissues.com/quintilesims/slackbot/28 and laughingwhales.com (trivia bot setup):
#   choices answered with a letter ("b") or an option number 1-4.
# - theavlounge.com/i-guess-i-think-i-know: answers wrapped in "I guess", "I think",
#   "I know".
# - blogs.mprnews.org/newscut (weekly news-quiz comment threads): chatty asides, "swags",
#   "should have gone with my first thought", emoji.
# - heyheyhannahrae.com/single-post/trivia-recap-5-11: a team arguing Brazil vs Brasil,
#   i.e. local spellings of a right answer.
# - iqtrivia.com.au (This Week in iQ Trivia, 15 Feb 2020): "Thai" offered for a country and
#   refused, "Thailand" for "The Philippines"; a demonym and a near miss of the right kind.
# - jacn.co.uk/2017/04/19/quiz: a pub-quiz row over "Democratic Republic of Korea" for the
#   DPRK, i.e. official names and near-official ones.
# - adventurequizzes.com (quiz rules): surname-only answers, phonetic spellings accepted.
#
# Labels: right when a fair teacher who knows the article would give the mark. Typos and
# phonetic spellings of the right answer are right; a different real name or number one
# letter or digit off is wrong; two candidates in one message are wrong; a hedge around one
# answer is right; a non-answer is wrong. Where a teacher would hesitate, a comment says so.

_SHORT: list[Phrasing] = [
    *marked(
        "q-combat-country",
        right=(
            "ukraine",
            "Ukraine",
            "UKRAINE",
            "ukrain",
            "Ukriane",
            "ukrane",
            "ukrsine",  # s beside a on the keyboard
            "urkaine",
            "Ukrainee",
            "the ukraine",
            "in ukraine",
            "ukraine 🇺🇦",
            "pretty sure its ukraine",
            "ukraine i guess?",
            "Ukraine ofc, thats where the war is",
            "Ukraina",  # the country's own spelling
            # Hesitation: names Russia only to rule it out; a teacher reads one answer.
            "not russia, ukraine",
        ),
        wrong=(
            "russia",
            "Belarus",
            "poland",
            "south korea",
            "ukraine or russia",
            "europe",
            "idk",
            "b",  # a letter at a short-answer question
        ),
    ),
    *marked(
        "q-port-ocean",
        right=(
            "pacific",
            "Pacific",
            "the pacific ocean",
            "pacfic",
            "  pacific ",
            "pasific",
            "pacifc ocean",
            "Pacific Ocean 🌊",
            "pacific ocean i think",
            "the Pacific!!",
            # Hesitation: more specific than the article, and still true.
            "north pacific",
        ),
        wrong=(
            "atlantic",
            "Arctic",
            "indian ocean",
            "sea of japan",  # a marginal sea, not the ocean the question asks for
            "pacific or arctic",
            "?",
            "black sea",
        ),
    ),
    *marked(
        "q-awkward-country",
        right=(
            "china",
            "China",
            "chian",
            "chinaa",
            "chins",
            "Beijing",
            "beijng",
            "PRC",
            "the prc",
            "People's Republic of China",
            "peoples republic of china",
            "china obviously",
            "China 🇨🇳",
            # Hesitation: the demonym for the country (iQ Trivia refused "Thai"); it names
            # the right state and teaches nothing wrong, so a teacher gives the mark.
            "the chinese",
            # Hesitation: the old romanization of Beijing, still the same capital.
            "Peking",
        ),
        wrong=(
            "japan",
            "north korea",
            "Russia",
            "taiwan",
            "Republic of China",  # Taiwan's official name, not the PRC
            "china or russia",
            "korea",
            "no clue",
        ),
    ),
    *marked(
        "q-years-of-ties",
        right=(
            "75",
            "75 years",
            "75 yrs",
            "75yrs",
            "seventy five",
            "Seventy-five",
            "sevnty five",
            "seventy-fiv",
            "about 75",
            "around 75 years",
            "~75",
            "75 years lol",
            "for 75 years",
            "three quarters of a century",
        ),
        wrong=(
            "57",  # digits swapped: another number
            "74",
            "76",
            "70",
            "750",
            "7.5",
            "seventy",
            "75 or 76",
            "a long time",
            "100",
            "pass",
        ),
    ),
    *marked(
        "q-alliances-leader",
        right=(
            "US",
            "us",
            "the us",
            "U.S.",
            "usa",
            "USA 🇺🇸",
            "U.S.A.",
            "america",
            "America",
            "united states",
            "United States of America",
            "untied states",
            "unites states",
            "the united states obviously",
            "the states",
            # Hesitation: the capital for the government; the article itself writes
            # "Washington" this way.
            "Washington",
            # Hesitation: the demonym, same call as "the chinese" above.
            "the americans",
        ),
        wrong=(
            "japan",
            "china",
            "russia",
            "UK",
            "NATO",
            "south korea",
            "us and japan",
            "australia",
            "🤷",
        ),
    ),
    *marked(
        "q-tech-exchange-parties",
        right=(
            "north korea",
            "North Korea",
            "N Korea",
            "n. korea",
            "NK",
            "DPRK",
            "dprk",
            "D.P.R.K",
            "noth korea",
            "north koreea",
            "nort korea",
            "northkorea",
            "north  korea",
            "North Korea (DPRK)",
            "Democratic People's Republic of Korea",
            "Pyongyang",  # the article's own name for the government
            "the north koreans",
        ),
        wrong=(
            "korea",  # which Korea? the half of the name that is not the answer
            "south korea",
            "S Korea",
            "china",
            "iran",
            "north korea and iran",
            "Democratic Republic of the Congo",
            "idk tbh",
        ),
    ),
    *marked(
        "q-expert-surname",
        right=(
            "Cha",
            "cha",
            "CHA",
            "victor cha",
            "Victor D. Cha",
            "prof cha",
            "Professor Cha",
            "Dr. Cha",
            "mr cha",
            "D. Cha",
            "cha i think",
            "Victer Cha",
            "victor cah",  # the first name makes the swapped letters plain
            "Cha Victor",  # Korean order
            # Hesitation: a doubled letter in a three-letter name; nobody else is meant.
            "chaa",
        ),
        wrong=(
            "victor",  # a first name, asked for the surname
            "Cho",  # another Korean surname, one letter off
            "Chan",
            "chang",
            "victor chan",
            "kirby",
            "Austin",
            "georgetown",
            "?",
        ),
    ),
    *marked(
        "q-fair-game-words",
        right=(
            "fair game",
            "Fair Game",
            "FAIR GAME",
            "fairgame",
            "fair-game",
            '"fair game"',
            "fair gmae",
            "fiar game",
            "fair gam",
            "fair  game",
            "fair games",
            "fare game",  # phonetic: heard, not read
            "they'd be fair game",
            "fair game lol",
        ),
        wrong=(
            # The meaning, not the two-word phrase the question asks for.
            "legitimate targets",
            "fair play",
            "fair target",
            "free game",
            "fair",
            "game",
            "open season",
            "fair game or fair targets",
            "sitting ducks",
            "no idea",
        ),
    ),
    *marked(
        "q-xi-speaker",
        right=(
            "Xi",
            "xi",
            "Xi Jinping",
            "xi jinping",
            "xi jin ping",
            "Xi Jingping",  # the common extra g
            "xi jinpin",
            "Xi Jinpeng",
            "Xi Jinpinf",
            "President Xi",
            "pres xi",
            "Chairman Xi",
            "shi jinping",  # phonetic
            "xi jinping 🇨🇳",
            "i think it was xi",
            # Hesitation: the given name alone; only one leader is called that, so the mark.
            "Jinping",
        ),
        wrong=(
            "Hu Jintao",
            "li qiang",
            "putin",
            "Kim Jong Un",
            "mao",
            "xi or putin",
            # The role, but the question says "give his name".
            "the chinese president",
            "Austin",
            "pass",
        ),
    ),
    *marked(
        "q-xi-oil",
        right=(
            "oil",
            "Oil",
            "OIL",
            "oill",
            "oil lol",
            "fuel",
            "fule",
            "oil?",
            "oil i think",
            '"oil"',
        ),
        wrong=(
            # Hesitation: "gas on the fire" is an idiom too, but not the article's word nor
            # the accepted "fuel"; the question asks the article's rendering.
            "gasoline",
            "fire",
            "water",
            "wood",
            "oil or fuel",  # two words for a one-word blank: no commitment to either
            "idk",
        ),
    ),
    *marked(
        "q-oil-purchases",
        right=(
            "oil",
            "Russian oil",
            "russian oil",
            "crude",
            "crude oil",
            "Crude Oil 🛢️",
            "oil obviously",
            "barrels of oil",
            "oli",  # two letters swapped in a short word; nothing else is meant
            # Hesitation: another word for crude oil, the same product.
            "petroleum",
        ),
        wrong=(
            "gas",
            "natural gas",
            "LNG",
            "oil and gas",
            "energy",
            "fossil fuels",
            "wheat",
            "weapons",
            "coal",
            "no clue",
        ),
    ),
]

_CHOICE: list[Phrasing] = [
    *marked(
        "q-troop-number",
        right=(
            "3000",
            "3,000",
            "3k",
            "3K troops",
            "three thousand",
            "3 thousand",
            "about 3000",
            "around 3k",
            "roughly three thousand",
            "at least 3000",
            "3.000",  # the European thousands separator
            "3 000",
            "3,000 soldiers",
            "c",
            "C",
            "option 3",
            # Option 3 is "3,000": the number and the option agree.
            "3",
        ),
        wrong=(
            "1500",
            "1.5k",
            "10k",
            "12,000",
            "twelve thousand",
            "30000",
            "300",
            "3000 or 10000",
            "b",
            "2",
            "?",
        ),
    ),
    *marked(
        "q-who-confirmed",
        right=(
            "b",
            "B",
            "austin, kirby",
            "Austin; Kirby",
            "austin then kirby",
            "article austin briefing kirby",
            "Article: Austin; briefing: Kirby",
            "austen; kirbi",
            "lloyd austin / john kirby",
            # Hesitation: "and" could mean "both said it", but typed in the question's order.
            "austin and kirby",
        ),
        wrong=(
            "kirby",  # one name for a two-part question
            "austin",
            "kirby, austin",
            "both austin",
            "kirby kirby",
            "a",
            "d",
        ),
    ),
    *marked(
        "q-unprecedented",
        right=(
            "unprecedented",
            "Unprecedented",
            "unprecidented",
            "unpresedented",
            "unprecendented",
            "b",
            "B lol",
            "2",
            # Hesitation: the choice's meaning in other words; no other choice fits it.
            "never seen before",
        ),
        wrong=(
            "routine",
            "declining",
            "symbolic",
            "purely symbolic",
            "a",
            "unprecedented or routine",
            "no idea",
        ),
    ),
    *marked(
        "q-who-revealed-arrival",
        right=(
            "kirby",
            "Kirby",
            "John Kirby",
            "jon kirby",
            "kirbey",
            "Kriby",
            "kirbt",
            "mr kirby",
            "adm. kirby",  # he is a retired rear admiral
            "c",
            "3",
            "its c",
            # Hesitation: his role, unique among the four choices.
            "the white house spokesman",
        ),
        wrong=(
            "austin",
            "Lloyd Austin",
            "John Kerry",  # another official, a name close to the right one
            "kirby or austin",
            "cha",
            "xi jinping",
            "b",
            "a",
            "idk",
        ),
    ),
    *marked(
        "q-arrival-port",
        right=(
            "vladivostok",
            "Vladivostock",
            "vladivostok!",
            "vladavostok",
            "vladivostik",
            "Vladiwostok",
            "port of vladivostok",
            "vladivostok port",
            "Владивосток",  # the city's name in Russian
            "b",
            "2",
            "B vladivostok",
        ),
        wrong=(
            "murmansk",
            "Nakhodka",
            "petropavlovsk",
            "vladivostok or nakhodka",
            "sevastopol",
            "a",
            "c",
            "pass",
        ),
    ),
    *marked(
        "q-arrival-when",
        right=(
            "october",
            "early october",
            "mid oct",
            "oct",
            "early-mid october",
            "Early to mid-October",
            "octobre",
            "c",
            "3",
        ),
        wrong=(
            "september",
            "mid september",
            "early to mid-septmber",
            "november",
            "late october",  # later than early to mid-October
            "early to mid",  # two choices start so
            "august",
            "b",
        ),
    ),
    *marked(
        "q-lips-and-teeth",
        right=(
            "lips and teeth",
            "lips & teeth",
            "lips n teeth",
            "teeth and lips",
            "lips and teath",
            "Lips and Teeth 👄🦷",
            "c",
            "C!",
            # Hesitation: half the image, but no other choice has lips.
            "lips",
        ),
        wrong=(
            "hand and glove",
            "hand in glove",
            "brothers",
            "two sides of one coin",
            "root and branch",
            "a",
            "lips and teeth or hand and glove",
        ),
    ),
    *marked(
        "q-conflict-region",
        right=(
            "europe",
            "Eruope",
            "europ",
            "eastern europe",
            "b",
            "2",
            "europe (ukraine)",
        ),
        wrong=(
            "middle east",
            "asia",
            "africa",
            "south america",
            "c",
            "europe or middle east",
        ),
    ),
    *marked(
        "q-not-a-frustration",
        right=(
            "debts",
            "unpaid debts",
            "the debt one",
            "North Korea's unpaid debts to China",
            "d",
            "4",
            "d i think",
        ),
        wrong=(
            "nuclear",
            "threats against south korea",
            "us alliances",
            "a",
            "b",
            "🤔",
        ),
    ),
    *marked(
        "q-trilateral",
        right=(
            "japan and south korea",
            "Japan & SK",
            "south korea and japan",
            "Japan, S. Korea",
            "japan and s korea",
            "japn and south korea",
            "c",
            # Hesitation: "Korea" alone, but beside Japan only one choice fits.
            "japan and korea",
        ),
        wrong=(
            "japan and australia",
            "japan",  # two choices have Japan
            "AUKUS",
            "japan and north korea",
            "australia and the uk",
            "b",
            "south korea and the philippines",
        ),
    ),
    *marked(
        "q-cha-university",
        right=(
            "georgetown",
            "Georgetown University",
            "georgtown",
            "georgetwon",
            "georgetown uni",
            "c",
        ),
        wrong=(
            "harvard",
            "johns hopkins",
            "john hopkins",
            "georgia tech",
            "columbia",
            "a",
        ),
    ),
    *marked(
        "q-cha-chair",
        right=(
            "korea chair",
            "Korea Chair",
            "the korea chair",
            "korean chair",
            "korea",  # unique among the choices
            "a",
            "1",
        ),
        wrong=(
            "chair",  # every choice is a chair
            "china chair",
            "japan",
            "north korea chair",  # not his title
            "b",
            "korea or japan chair",
        ),
    ),
    *marked(
        "q-cha-torn",
        right=(
            "paralysis and incompetence",
            "paralysis & incompetance",
            "paralisis and incompetence",
            "incompetence and paralysis",
            "paralysis",
            "a",
        ),
        wrong=(
            "moscow and washington",
            "loyalty and profit",
            "caution and ambition",
            "loyalty",
            "d",
        ),
    ),
    *marked(
        "q-us-stance",
        right=(
            "firm",
            "Firm",
            "frim",
            "firn",
            "firm stance",
            "firm?",
            "b",
            # Hesitation: a synonym of the only choice it can mean.
            "tough",
        ),
        wrong=(
            "measured",  # China's response, not the U.S. one
            "divided",
            "indifferent",
            "firm or measured",
            "c",
        ),
    ),
    *marked(
        "q-fair-game-speaker",
        right=(
            "b",
            "austin & kirby",
            "austin/kirby",
            "austin, then kirby",
            "Article: Austin; briefing: Kirby",
        ),
        wrong=(
            "xi, kirby",
            "kirby kirby",
            "austin austin",
            "kirby",
            "d",
            "a",
        ),
    ),
    *marked(
        "q-summit-country",
        right=(
            "russia",
            "Rusia",
            "russa",
            "in russia",
            "Russia (Kazan)",
            "a",
            "1",
        ),
        wrong=(
            "china",
            "india",
            "brasil",
            "south africa",
            "e",
            "3",
            "russia or china",
        ),
    ),
    *marked(
        "q-summit-kind",
        right=(
            "emerging markets",
            "emerging market countries",
            "Emerging-market countries",
            "emerging",
            "emergin markets",
            "c",
            # Hesitation: the real summit was a BRICS one; the article does not name it,
            # but BRICS members are emerging markets and nothing wrong is taught.
            "BRICS",
        ),
        wrong=(
            "G7",
            "nato",
            "NATO members",
            "pacific islands",
            "a",
            "g7 or nato",
        ),
    ),
    *marked(
        "q-invasion-date",
        right=(
            "feb 2022",
            "February 2022",
            "febuary 2022",
            "24 feb 2022",
            "feb '22",
            "c",
            "3",
        ),
        wrong=(
            "2022",  # two choices are in 2022
            "feb",  # two choices are in February
            "march 2022",
            "feb 2014",
            "2014",
            "Feb 2023",
            "october 2023",
            "a",
        ),
    ),
    *marked(
        "q-not-a-us-ask",
        right=(
            "peacekeepers",
            "sending peacekeepers",
            "peace keepers",
            "peacekeeping troops",
            "Sending peacekeepers to Ukraine",
            "d",
            "4",
        ),
        wrong=(
            "oil",
            "less oil",
            "dual use",
            "reducing support",
            "a",
            "b",
        ),
    ),
    *marked(
        "q-how-check-attribution",
        right=(
            "b",
            "B",
            "2",
            "find the record of the white house briefing",
            "check the white house briefing",
        ),
        wrong=(
            "trust the article",
            "count websites",
            "assume the most senior official said it",
            "a",
            "c",
        ),
    ),
    *marked(
        "q-why-at-least",
        right=(
            "b",
            "lower bound",
            "there may be more",
            "at least marks a lower bound",
        ),
        wrong=(
            "it doesn't matter",
            "the number was falling",
            "c",
            "a flat figure is more reliable",
        ),
    ),
    *marked(
        "q-why-merged-statements",
        right=(
            "b",
            "two officials spoke on one day",
            "the rewrite merged their words",
        ),
        wrong=(
            "same person",
            "the white house changed its transcript",
            "a",
        ),
    ),
    *marked(
        "q-why-source-care",
        right=(
            "b",
            "nobody answers for it",
            "its claims cannot be traced to their origin",
        ),
        wrong=(
            "undated articles are always false",
            "only signed articles may quote officials",
            "d",
        ),
    ),
    *marked(
        "q-why-xi-wording",
        right=(
            "b",
            "each outlet translated his words its own way",
            "xi spoke chinese",
        ),
        wrong=(
            "one of the reports invented the quote",
            "two different speeches",
            "a",
        ),
    ),
    *marked(
        "q-why-cha-torn",
        right=(
            "b",
            "china backs russias war indirectly yet dislikes north koreas part",
        ),
        wrong=(
            "must keep trading with russia",
            "c",
        ),
    ),
    *marked(
        "q-why-tech-worries",
        right=(
            "b",
            "north korea would need china less",
        ),
        wrong=(
            "china would have to pay for the technology",
            "d",
        ),
    ),
    *marked(
        "q-why-restraint",
        right=(
            "b",
            "it is tied to both russia and north korea",
        ),
        wrong=(
            "it has no interest in the war",
            "a",
        ),
    ),
    *marked(
        "q-why-prior-knowledge",
        right=(
            "b",
            "both times a partner of china acted",
        ),
        wrong=(
            "china invaded ukraine in february 2022",
            "a",
        ),
    ),
    *marked(
        "q-why-lips-and-teeth",
        right=(
            "b",
            "each protects the other",
        ),
        wrong=(
            "same language",
            "c",
        ),
    ),
    *marked(
        "q-why-alliance-strain",
        right=(
            "b",
            "a wider war and stronger us alliances",
        ),
        wrong=(
            "they make north korea a member of nato",
            "a",
        ),
    ),
]

_TRUE_FALSE: list[Phrasing] = [
    *marked("q-purpose", right=("true", "True", "yes", "t", "ture"), wrong=("false", "idk")),
    *marked(
        "q-arrival-by-air",
        right=("false", "False, by ship", "no", "nope", "fasle", "f"),
        wrong=("true", "yes", "true or false"),
    ),
    *marked(
        "q-training-sites",
        right=("false", "flase", "false (eastern russia)", "no, the east", "nah"),
        wrong=("true", "t", "maybe"),
    ),
    *marked(
        "q-combat-role",
        right=("true", "TRUE", "yep", "yeah true", "treu"),
        wrong=("false", "no", "?"),
    ),
    *marked(
        "q-nuclear-instability",
        right=("true", "tru", "true!!", "probably true", "correct"),
        wrong=("false", "true and false"),
    ),
    *marked(
        "q-threats-target",
        right=("false", "false, it's south korea not japan", "falsee", "no", "wrong"),
        wrong=("true", "yes"),
    ),
    *marked(
        "q-tech-capabilities",
        right=("true", "t", "yes", "true i think"),
        wrong=("false", "f", "pass"),
    ),
    *marked(
        "q-tech-influence",
        right=("false", "fals", "false - it reduces it", "nope"),
        wrong=("true", "yeah"),
    ),
    *marked(
        "q-cha-indirect",
        right=("false", "false, indirectly", "f", "incorrect"),
        wrong=("true", "ye"),
    ),
    *marked(
        "q-fair-game-condition",
        right=("false", "False.", "no"),
        wrong=("true", "🤷"),
    ),
    *marked(
        "q-china-measured",
        right=("true", "yes", "yup", "right"),
        wrong=("false", "nah"),
    ),
    *marked(
        "q-china-position",
        right=("false", "false, political", "i'd say false", "not true"),
        wrong=("true", "t"),
    ),
    *marked(
        "q-prior-knowledge",
        right=("false", "no", "f"),
        wrong=("true", "yes and no"),
    ),
    *marked(
        "q-dual-use",
        right=("true", "yes", "ya"),
        wrong=("false", "no clue"),
    ),
    *marked(
        "q-support-for-russia",
        right=("false", "no", "false lol", "nope, less support"),
        wrong=("true", "yes"),
    ),
]

PHRASINGS: tuple[Phrasing, ...] = (*_SHORT, *_CHOICE, *_TRUE_FALSE)


def main() -> None:
    """Print right accepted, wrong refused, the total and every miss, false accepts first."""
    report(PHRASINGS)


if __name__ == "__main__":
    main()
