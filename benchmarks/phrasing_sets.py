"""What the typed-answer phrasing sets share: the phrasing, the briefing, the option order the
letters refer to, the judging and the report (`matching_fresh`, `matching_third`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.quiz import judge, present_all

__all__ = [
    "BRIEFING",
    "DRAFTED_BRIEFINGS",
    "DRAFTED_SEED0_ANSWER_POSITION",
    "ELEVENTH_SET_BRIEFINGS",
    "ELEVENTH_SET_SEED0_ANSWER_POSITION",
    "FIFTEENTH_SET_BRIEFINGS",
    "FIFTEENTH_SET_SEED0_ANSWER_POSITION",
    "FOURTEENTH_SET_BRIEFINGS",
    "NINTH_SET_BRIEFINGS",
    "NINTH_SET_SEED0_ANSWER_POSITION",
    "SEED0_ANSWER_POSITION",
    "SEVENTEENTH_SET_BRIEFINGS",
    "SEVENTEENTH_SET_SEED0_ANSWER_POSITION",
    "SIXTEENTH_SET_BRIEFINGS",
    "SIXTEENTH_SET_SEED0_ANSWER_POSITION",
    "TENTH_SET_BRIEFINGS",
    "TENTH_SET_SEED0_ANSWER_POSITION",
    "THIRTEENTH_SET_BRIEFINGS",
    "THIRTEENTH_SET_SEED0_ANSWER_POSITION",
    "TWELFTH_SET_BRIEFINGS",
    "TWELFTH_SET_SEED0_ANSWER_POSITION",
    "Phrasing",
    "is_accepted",
    "load_briefings",
    "marked",
    "report",
    "true_false",
]

BRIEFING = Path(__file__).resolve().parent.parent / "content" / "nk-troops-russia.yaml"

_PHRASING_BRIEFINGS = Path(__file__).resolve().parent / "phrasing_briefings"


def _frozen(*names: str) -> tuple[Path, ...]:
    """The frozen briefings of benchmarks/phrasing_briefings/ with these ids."""
    return tuple(_PHRASING_BRIEFINGS / f"{name}.yaml" for name in names)


# Briefings drafted from real articles and reviewed as a moderator would (frozen copies), whose
# questions the matcher was never tuned on when their set was written (`matching_seventh`).
DRAFTED_BRIEFINGS: tuple[Path, ...] = _frozen(
    "business-apple-earnings",
    "business-cadbury-nigeria",
    "council-meander-valley-rates",
    "court-deripaska-ap",
    "foreign-argentina-aranguren",
    "health-malaysia-dengue",
    "health-san-diego-flu",
    "sport-saff-semi-final",
)

# The same for the ninth set (`matching_eighth`), drafted from articles of fresh41 to fresh43.
NINTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "council-south-burnett-durong",
    "court-iowa-winneshiek-sheriff",
    "disaster-mokwa-flood",
    "health-oman-covid-icu",
    "politics-hoima-district",
    "politics-malaysia-police-attacks",
    "sport-botswana-angola",
)

# The same for the tenth set (`matching_ninth`), drafted from articles of fresh44 and fresh45.
TENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "disaster-manatee-flooding",
    "disaster-nepal-floods",
    "foreign-saudi-uae-id-cards",
    "politics-rutte-cabinet",
    "sport-mentor-118-points",
    "sport-sri-lanka-asia-cup",
)

# The same for the eleventh set (`matching_tenth`), drafted from articles of fresh46 and fresh47.
ELEVENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "court-cork-taxi-robbery",
    "disaster-chitral-floods",
    "disaster-florence-fayetteville",
    "foreign-oman-visa-ban",
    "sport-imishli-sumgayit",
    "sport-korea-brazil-friendly",
)

# The same for the twelfth set (`matching_eleventh`), drafted from articles of fresh48 and fresh49.
TWELFTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "disaster-mayfield-tornado",
    "disaster-tempane-crocodiles",
    "foreign-nakyal-cross-border",
    "politics-tana-river-clashes",
    "sport-accrington-peterborough",
    "sport-ghana-cape-verde",
)

# The same for the thirteenth set (`matching_twelfth`), drafted from fresh50 and fresh51 articles.
THIRTEENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "council-calgary-surplus",
    "court-bangkok-bombing-arrests",
    "foreign-samoa-fiji-tonga",
    "health-uganda-ebola-doctor",
    "obituary-timothy-west",
    "sport-keshi-tributes",
)

# The fourteenth set (`matching_thirteenth`): six briefings written by hand from fresh52 and
# fresh53.
FOURTEENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "court-jamaica-haiti-arrests",
    "disaster-french-fire-wofford",
    "disaster-mankayan-landslide",
    "disaster-van-earthquake",
    "foreign-laos-crash-korea",
    "sport-haaland-wolves-four",
)

# The fifteenth set (`matching_fourteenth`): six briefings written by hand from fresh54 and
# fresh55, with their people as figures and choice questions.
FIFTEENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "court-sinha-cox-bazar",
    "disaster-irma-florida-keys",
    "disaster-tembin-vietnam",
    "disaster-winston-tonga",
    "politics-nordic-scholz-oslo",
    "sport-froome-tour-2016",
)

# The sixteenth set (`matching_fifteenth`): six briefings written by hand from fresh56 and
# fresh57, with figures, choice questions and scores of matches.
SIXTEENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "business-bofa-stock-fall",
    "disaster-erbil-missiles",
    "disaster-peru-arequipa-quake",
    "disaster-texas-oklahoma-floods",
    "sport-bolton-oxford-afolayan",
    "sport-wafu-u20-final",
)

# The seventeenth set (`matching_sixteenth`): two briefings written by hand from fresh58 and
# fresh59, with figures, choice questions and a true/false question each.
SEVENTEENTH_SET_BRIEFINGS: tuple[Path, ...] = _frozen(
    "crime-bridgetown-bar-shooting",
    "disaster-bangladesh-landslides",
)


class Phrasing(NamedTuple):
    """One typed answer to one question, and whether a fair teacher would count it right."""

    question_id: str
    typed: str
    right: bool


def marked(question_id: str, right: tuple[str, ...], wrong: tuple[str, ...]) -> list[Phrasing]:
    """A question's phrasings: those a fair teacher accepts, then those they refuse."""
    accepted = [Phrasing(question_id, typed, True) for typed in right]
    return accepted + [Phrasing(question_id, typed, False) for typed in wrong]


# Letters and option numbers typed at a choice question refer to the options in the order
# `present_all(briefing, [question_id], seed=0)` shows them (the order the sets are judged
# in). The 1-based place of the right option in that order, for every choice question
# (tests/bench checks it still holds):
SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-troop-number": 3,
    "q-who-confirmed": 2,
    "q-unprecedented": 2,
    "q-who-revealed-arrival": 3,
    "q-arrival-port": 2,
    "q-arrival-when": 3,
    "q-lips-and-teeth": 3,
    "q-conflict-region": 2,
    "q-not-a-frustration": 4,
    "q-trilateral": 3,
    "q-cha-university": 3,
    "q-cha-chair": 1,
    "q-cha-torn": 1,
    "q-us-stance": 2,
    "q-fair-game-speaker": 2,
    "q-summit-country": 1,
    "q-summit-kind": 3,
    "q-invasion-date": 3,
    "q-not-a-us-ask": 4,
    "q-how-check-attribution": 2,
    "q-why-at-least": 2,
    "q-why-merged-statements": 2,
    "q-why-source-care": 2,
    "q-why-xi-wording": 2,
    "q-why-cha-torn": 2,
    "q-why-tech-worries": 2,
    "q-why-restraint": 2,
    "q-why-prior-knowledge": 2,
    "q-why-lips-and-teeth": 2,
    "q-why-alliance-strain": 2,
}


# The same for the choice questions of `DRAFTED_BRIEFINGS` (`matching_seventh`).
DRAFTED_SEED0_ANSWER_POSITION: dict[str, int] = {
    "number-p2-the-company-earned-7-05": 2,
    "number-p2-the-consensus-expectation-was": 3,
    "number-p1-cadbury-nigeria-a-food": 2,
    "number-p2-in-the-companys-unaudited": 4,
    "who-said-connor-its-a-chance": 3,
    "who-said-kelly-i-dont-believe": 4,
    "number-p1-after-an-almost-three-hour": 1,
    "number-p2-after-the-councils-original": 2,
    "who-said-huvelle-does-not-dispute": 2,
    "who-said-huvelle-as-the-ap": 3,
    "who-said-aranguren-this-has-to": 4,
    "who-said-aranguren-a-bonus-i": 3,
    "number-p4-the-president-was-responding": 1,
    "number-p7-dr-noor-hisham-however": 2,
    "number-p8-from-the-month-of": 3,
    "number-p2-the-county-s-health-and": 2,
    "number-p2-the-county-has-confirmed": 2,
    "who-said-koevermans-i-am-very": 1,
    "who-said-bela-india-never-deserved": 2,
    "who-said-bela-you-don-t-have": 3,
}

# The same for the choice questions of `NINTH_SET_BRIEFINGS` (`matching_eighth`).
NINTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "who-said-bird-sanctuary-counties": 3,
    "who-said-campbell-its-difficult-to": 3,
    "number-p3-mpote-has-called-a": 3,
    "place-p1-in-their-quest-to": 3,
    "number-p1-the-federal-government-yesterday": 3,
    "q-om-which-hospital": 3,
    "who-said-mugisha-we-have-resolved": 1,
    "who-said-mugisha-most-feeder-roads": 1,
    "who-said-ssempala-weve-extended-water": 2,
    "number-p7-according-to-mugisha-over": 2,
}

# The same for the choice questions of `TENTH_SET_BRIEFINGS` (`matching_ninth`).
TENTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-np-who-police": 3,
    "who-said-wilders-innocent-people-have": 3,
    "who-said-rutte-to-the-netherlands": 2,
    "place-p1-after-winning-the-asia": 4,
    "q-sl-who-seven-years": 3,
    "who-said-edmands-yesterday-would-have": 1,
    "who-said-edmands-i-didn-t-know": 1,
    "who-said-holliday-the-fire-department": 1,
    "who-said-fay-we-re-just-coming": 2,
    "q-sa-document": 3,
    "number-p1-a-high-school-basketball": 4,
}

# The same for the choice questions of `ELEVENTH_SET_BRIEFINGS` (`matching_tenth`).
ELEVENTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "who-said-rehman-sixteen-of-the": 4,
    "number-p1-at-least-43-people": 2,
    "number-p2-omans-minister-of-manpower": 4,
    "number-p8-in-new-bern-swift": 1,
}

# The same for the choice questions of `TWELFTH_SET_BRIEFINGS` (`matching_eleventh`).
TWELFTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "number-p5-striker-offrande-zanzala-had": 3,
    "who-said-o-nan-our-infrastructure-is": 3,
    "number-p2-tornadoes-have-killed-at": 1,
    "number-p3-at-least-14-people": 3,
    "number-p2-the-black-stars-were": 4,
    "who-said-adnan-khursheed-at-least-three": 1,
    "who-said-muhammad-nasrullah-three-of-the": 3,
    "number-p12-relations-between-the-two": 4,
}

# The same for the choice questions of `THIRTEENTH_SET_BRIEFINGS` (`matching_twelfth`).
THIRTEENTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "number-p1-timothy-west-one-of": 4,
    "number-p3-after-council-had-already": 3,
    "who-said-mashaba-two-giants": 3,
    "place-p1-the-prime-minister-of": 2,
}

# The same for the choice questions of `FIFTEENTH_SET_BRIEFINGS` (`matching_fourteenth`).
FIFTEENTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "who-said-no-scholz-putins-war": 3,
    "who-said-no-marin-ordinary": 1,
    "who-said-no-frederiksen-strange": 2,
    "q-no-marin-country": 4,
    "q-ir-category": 1,
    "q-ir-georgia": 1,
    "q-ir-share": 4,
    "q-tb-close": 3,
    "q-sk-death-count": 4,
    "who-said-sk-long-way": 3,
    "q-td-greipel-team": 3,
    "who-said-td-froome-back": 4,
    "q-td-podium": 2,
    "q-wt-shelter": 3,
}

# The same for the choice questions of `SIXTEENTH_SET_BRIEFINGS` (`matching_fifteenth`).
SIXTEENTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-wf-country": 1,
    "q-wf-nickname": 3,
    "who-said-wf-ofei-better": 1,
    "q-ba-quarter": 1,
    "q-ba-rating": 1,
    "who-said-ba-mandle-confidence": 1,
    "q-er-target": 3,
    "who-said-er-barzani-cowards": 3,
    "q-tx-firefighter-state": 3,
    "q-tx-dam": 3,
    "who-said-tx-smith-slabs": 1,
    "q-bo-division": 1,
    "q-bo-corner": 3,
    "who-said-bo-afolayan-clinical": 4,
    "q-pq-first-magnitude": 2,
    "who-said-pq-jimenez-drills": 1,
}

# The same for the choice questions of `SEVENTEENTH_SET_BRIEFINGS` (`matching_sixteenth`).
SEVENTEENTH_SET_SEED0_ANSWER_POSITION: dict[str, int] = {
    "q-bd-border": 3,
    "who-said-bd-ahmed-toll": 3,
    "q-bb-bar": 1,
    "who-said-bb-boyce-heinous": 4,
}


# How students type "true" and "false" in chat (typos, French, hedges), shared by the nineteenth
# and twentieth sets; `true_false` hands half of them to each true/false question.
SAID_TRUE = (
    "true",
    "True",
    "t",
    "yes",
    "yeah",
    "yup",
    "vrai",
    "true?",
    "true lol",
    "ture",
    "correct",
    "TRUE",
)
SAID_FALSE = (
    "false",
    "False",
    "f",
    "no",
    "nope",
    "faux",
    "false?",
    "false lol",
    "flase",
    "wrong",
    "FALSE",
    "nah",
)


def true_false(
    own: Sequence[tuple[str, bool, tuple[str, ...], tuple[str, ...]]],
    said_true: Sequence[str],
    said_false: Sequence[str],
) -> list[Phrasing]:
    """Every true/false question's phrasings (`own`: id, answer, its own right and wrong ones):
    half of the shared verdicts, alternating from one question to the next, then its own."""
    phrasings: list[Phrasing] = []
    for turn, (question_id, answer, right, wrong) in enumerate(own):
        yes = tuple(w for i, w in enumerate(said_true) if i % 2 == turn % 2)
        no = tuple(w for i, w in enumerate(said_false) if i % 2 == turn % 2)
        said_right, said_wrong = (yes, no) if answer else (no, yes)
        phrasings += marked(question_id, said_right + right, said_wrong + wrong)
    return phrasings


def is_accepted(briefing: Briefing, question_id: str, typed: str) -> bool:
    """Whether the quiz counts `typed` right at `question_id`, shown as at seed 0."""
    (shown,) = present_all(briefing, [question_id], seed=0)
    try:
        right, _ = judge(briefing, shown, typed)
    except InvalidInput:
        return False
    return right


def _rate(label: str, good: int, total: int) -> str:
    return f"{label}: {good}/{total} = {good / total:.1%}"


def _misses(title: str, phrasings: list[Phrasing]) -> list[str]:
    lines = [f"{title} ({len(phrasings)}):"]
    return lines + [f"  {p.question_id}: {p.typed!r}" for p in phrasings]


def load_briefings(paths: Sequence[Path]) -> dict[str, Briefing]:
    """Each question id of the briefings at `paths` with the briefing that holds it."""
    by_question: dict[str, Briefing] = {}
    for path in paths:
        briefing = load_briefing_bytes(path.read_bytes(), path.name).briefing
        if briefing is None:
            sys.exit(f"{path} does not load")
        for question in briefing.questions:
            if question.id in by_question:
                sys.exit(f"{path}: question id {question.id} is also in another briefing")
            by_question[question.id] = briefing
    return by_question


def report(phrasings: Sequence[Phrasing], briefings: Sequence[Path] = (BRIEFING,)) -> None:
    """Print right accepted, wrong refused, the total and every miss, false accepts first,
    each phrasing judged at its question in one of `briefings` (the bundled one by default)."""
    by_question = load_briefings(briefings)
    verdicts = [
        (p, is_accepted(by_question[p.question_id], p.question_id, p.typed)) for p in phrasings
    ]
    false_accepts = [p for p, accepted in verdicts if accepted and not p.right]
    false_refusals = [p for p, accepted in verdicts if p.right and not accepted]
    rights = sum(p.right for p in phrasings)
    wrongs = len(phrasings) - rights
    print(_rate("right accepted", rights - len(false_refusals), rights))
    print(_rate("wrong refused", wrongs - len(false_accepts), wrongs))
    good = len(phrasings) - len(false_accepts) - len(false_refusals)
    print(_rate("total", good, len(phrasings)))
    print("\n".join(_misses("false accepts", false_accepts)))
    print("\n".join(_misses("false refusals", false_refusals)))
