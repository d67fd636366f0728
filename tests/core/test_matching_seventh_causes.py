"""Causes the seventh phrasing set (benchmarks/matching_sixth.py) showed, each as a rule:
Discord's markup around an answer read as what it shows (an emoji's shortcode, a server's own
emoji, a letter's regional-indicator emoji, words struck through as taken back); at a
true/false question, a verdict corrected in one line, a button's place copied before its
word, yes and no in Russian, and a reason that only cites the source; at a choice question, a
key or an option's words before a reason; a reason that names the answer itself; a year
dictated as two numbers after its month, and "of" between a day and its month; a country's
name in another script typed in Latin letters; at a choice question, initials typed with dots
and a short name for a name the option spells out, "middle" for "mid", a letter elided into a
French word never a key, labelled values given with "but" or a label and its verb before
them; "c'est" and "his"/"her" before an answer; a person's role after the name without "of"
or "from", its country said by its people's word. The phrasings
are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answer_text import normalize
from bot.core.chat_habits import answer_of
from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.matching import is_correct, pick_by_words
from bot.core.quiz import judge, present_all
from bot.core.verdicts import read_verdict

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing


def _judged(question_id: str, typed: str) -> tuple[bool, str | None] | None:
    """The quiz's verdict and picked key at seed 0, or None when it asks again."""
    (qq,) = present_all(BRIEFING, [question_id], seed=0)
    try:
        return judge(BRIEFING, qq, typed)
    except InvalidInput:
        return None


def _picked(question_id: str, typed: str) -> str | None:
    """The key the quiz reads a reply as picking at seed 0, or None when it asks again."""
    return (_judged(question_id, typed) or (False, None))[1]


def _right(question_id: str, typed: str) -> bool:
    return (_judged(question_id, typed) or (False, None))[0]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("lisbon :sunglasses:", "lisbon"),
        (":tada: lisbon", "lisbon"),
        ("lisbon <:pepehands:81234567>", "lisbon"),
        ("lisbon <a:partyparrot:81234567>", "lisbon"),
        ("~~porto~~ lisbon", "lisbon"),
        ("lisbon ~~or porto~~", "lisbon"),
    ],
)
def test_shortcodes_server_emoji_and_struck_words_are_read_past(typed, read):
    assert answer_of(typed).split() == [read]


@pytest.mark.parametrize("typed", ["10:30:45", "Article: Faro; briefing: Braga", "~~lisbon~~"])
def test_times_labels_and_a_message_all_struck_are_left_as_typed(typed):
    assert answer_of(typed) == typed


def test_a_flag_shortcode_is_its_country_and_a_verdict_shortcode_its_verdict():
    assert _right("q-tech-exchange-parties", ":flag_kp:")
    assert not _right("q-tech-exchange-parties", ":flag_kr:")
    assert _right("q-china-measured", ":+1:")  # the statement is true
    assert not _right("q-china-measured", ":thumbsdown:")
    assert _right("q-prior-knowledge", ":negative_squared_cross_mark:")  # it is false


def test_a_letter_typed_as_its_regional_indicator_picks_its_option():
    # At seed 0 the right answer of q-cha-university is C, Georgetown University.
    assert _judged("q-cha-university", "🇨!") == (True, "C")
    assert _judged("q-cha-university", ":regional_indicator_b: i think") == (False, "B")
    assert _judged("q-cha-university", "🇨 🇧") is None  # two letters: asked again


def test_struck_words_are_taken_back_so_the_words_left_are_judged():
    assert is_correct(answer_of("~~braga~~ faro"), "Faro")
    assert not is_correct(answer_of("~~faro~~ braga"), "Faro")
    assert _right("q-expert-surname", "~~kirby~~ cha")
    assert not _right("q-expert-surname", "~~cha~~ kirby")


CLAIM = "The report says the festival was held in Bergen in the spring."


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("yes... wait no, false", False),
        ("false, i mean true", True),
        ("nope, actually true", True),
        ("true sorry false", False),
    ],
)
def test_a_verdict_corrected_in_one_line_is_the_one_given_last(typed, verdict):
    assert read_verdict(typed, CLAIM) is verdict


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("true, actually it was in may", True), ("false, actually in oslo", False)],
)
def test_a_correction_that_gives_no_verdict_leaves_the_first_one_with_its_reason(typed, verdict):
    assert read_verdict(typed, CLAIM) is verdict


def test_a_reason_taking_the_verdict_back_without_a_correction_still_says_nothing():
    assert read_verdict("true... no, false", CLAIM) is None


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("A) true", True), ("(b) False", False), ("a. yes", True), ("B: nope", False)],
)
def test_a_buttons_place_copied_before_its_word_is_read_past(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["a) false", "b) true", "b) yes", "a"])
def test_a_place_that_disagrees_with_its_word_or_stands_alone_says_nothing(typed):
    assert read_verdict(typed) is None


@pytest.mark.parametrize(("typed", "verdict"), [("da", True), ("Nyet", False), ("niet!", False)])
def test_yes_and_no_in_russian_are_verdicts(typed, verdict):
    assert read_verdict(typed) is verdict


def test_da_inside_a_reason_is_chat_for_the_not_a_second_verdict():
    assert read_verdict("false, da festival was in the autumn", CLAIM) is False
    assert read_verdict("false, da festival was in bergen", CLAIM) is None  # repeats the claim


@pytest.mark.parametrize(
    "typed", ["false, the report says so", "false bc the text", "false per the article"]
)
def test_false_with_a_reason_citing_the_source_stays_false(typed):
    assert read_verdict(typed, CLAIM) is False


def test_a_reason_citing_the_source_and_repeating_the_claim_still_says_nothing():
    assert read_verdict("false, the report says it was in bergen", CLAIM) is None


@pytest.mark.parametrize(
    "typed",
    [
        "c since thats what the article says",
        "georgetown because he teaches there",
        "C) because the article introduces him so",
        "the georgetown one, cuz of the article",
    ],
)
def test_a_key_or_an_options_words_before_a_reason_pick_that_option(typed):
    # At seed 0 q-cha-university's options are Columbia, Harvard, Georgetown, Johns Hopkins.
    assert _judged("q-cha-university", typed) == (True, "C")


@pytest.mark.parametrize(
    "typed",
    [
        "c because harvard is where he studied",  # the reason picks another option
        "c because b sounds wrong",  # another key
        "georgetown or harvard because both are famous",
        "university because he is a professor",  # the words pick no single option
    ],
)
def test_a_reason_that_picks_another_option_or_words_that_pick_none_are_asked_again(typed):
    assert _judged("q-cha-university", typed) is None


@pytest.mark.parametrize(
    ("typed", "answer", "accept"),
    [
        ("kenya, since kenya hosted it", "Kenya", ()),
        ("north korea bc north korea sent them", "North Korea", ()),
        ("america because the us led it", "United States", ("US", "America")),
    ],
)
def test_a_reason_that_names_the_answer_itself_names_no_other_answer(typed, answer, accept):
    assert is_correct(typed, answer, accept)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("kenya, since uganda hosted it", "Kenya"),
        ("north korea bc south korea sent them", "North Korea"),
        ("uganda because kenya", "Kenya"),
    ],
)
def test_a_reason_naming_another_answer_beside_the_answer_is_still_none(typed, answer):
    assert not is_correct(typed, answer)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("august twenty nineteen", "august 2019"),
        ("nov nineteen eighty nine", "november 1989"),
        ("june twenty twenty", "june 2020"),
        ("the 3rd of june 2019", "3 june 2019"),
        ("third of june twenty nineteen", "3 june 2019"),
    ],
)
def test_a_year_dictated_after_its_month_and_of_before_a_month_are_read_as_a_date(typed, read):
    assert normalize(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("june twenty one", "june 21"),  # a day
        ("nineteen eighty four", "19 84"),  # no month: two numbers
        ("most of june", "most of june"),
        ("40 of june", "40 of june"),  # no day
    ],
)
def test_a_day_numbers_without_a_month_and_other_ofs_stay_as_they_were(typed, read):
    assert normalize(typed) == read


def test_a_dictated_year_is_judged_as_that_year():
    assert is_correct("august twenty nineteen", "August 2019")
    assert not is_correct("august twenty eighteen", "August 2019")
    assert is_correct("the 3rd of august 2019", "August 2019")


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("yaponiya", "Japan"), ("Ilbon", "Japan"), ("kitay", "China"), ("meiguo", "United States")],
)
def test_a_countrys_name_in_another_script_is_right_in_latin_letters(typed, answer):
    assert is_correct(typed, answer)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("yaponiya", "China"), ("kitay", "Japan"), ("meiguu", "United States"), ("yaponia", "Japan")],
)
def test_such_a_name_is_matched_exactly_and_only_for_its_own_country(typed, answer):
    assert not is_correct(typed, answer)


TRADE = (
    "North Korea signed a deal with Laos",
    "South Korea left the talks",
    "The U.S. raised tariffs on coffee",
)


@pytest.mark.parametrize(
    ("typed", "picked"),
    [
        ("nk signed a deal", 0),
        ("the DPRK signed with laos", 0),
        ("rok left the talks", 1),
        ("u.s. raised tariffs", 2),
    ],
)
def test_initials_with_dots_and_a_short_name_for_an_options_name_pick_it(typed, picked):
    assert pick_by_words(typed, TRADE) == picked


@pytest.mark.parametrize("typed", ["sk signed a deal", "nk left the talks", "uk raised tariffs"])
def test_a_short_name_for_something_the_option_does_not_name_picks_nothing(typed):
    assert pick_by_words(typed, TRADE) is None


def test_middle_picks_the_option_that_says_mid():
    seasons = ("Early to mid-spring", "Late autumn", "Middle of winter")
    assert pick_by_words("the middle of spring", seasons) == 0
    assert pick_by_words("middle of autumn", seasons) is None


@pytest.mark.parametrize(
    ("typed", "picked"),
    [
        ("c'est harvard", "B"),  # the "c" of "c'est" is no key
        ("c'est georgetown", "C"),
        ("l'université georgetown", "C"),
    ],
)
def test_a_letter_elided_into_a_french_word_is_not_a_key(typed, picked):
    assert _picked("q-cha-university", typed) == picked


def test_a_letter_before_an_apostrophe_and_a_consonant_still_counts_as_a_key():
    assert _judged("q-cha-university", "d'georgetown") is None  # "d", then Georgetown (C)


@pytest.mark.parametrize(
    ("typed", "picked"),
    [
        ("the article names austin but the briefing shows kirby", "B"),
        ("article has kirby but briefing had austin", "D"),
        ("austin but kirby", "B"),
    ],
)
def test_labelled_values_given_with_but_or_a_label_and_its_verb_before_them(typed, picked):
    # At seed 0 q-who-confirmed's B is "Article: Austin; briefing: Kirby", D the reverse.
    assert _picked("q-who-confirmed", typed) == picked


@pytest.mark.parametrize("typed", ["austin but not kirby", "the article says austin"])
def test_a_value_denied_or_left_out_picks_no_labelled_option(typed):
    assert _judged("q-who-confirmed", typed) is None


MAYOR = "What is the surname of the mayor who opened the bridge?"


@pytest.mark.parametrize("typed", ["her surname? lund", "his surname is lund", "c'est lund"])
def test_c_est_and_his_or_her_before_an_answer_are_read_past(typed):
    assert is_correct(typed, "Lund", context=MAYOR)


@pytest.mark.parametrize("typed", ["her surname? berg", "c'est berg", "his lund or berg"])
def test_they_never_rescue_another_answer(typed):
    assert not is_correct(typed, "Lund", context=MAYOR)


@pytest.mark.parametrize(
    "typed",
    ["xi the president of china", "xi jinping, the chinese president", "xi the president"],
)
def test_a_persons_own_role_after_the_name_is_read_past(typed):
    assert _right("q-xi-speaker", typed)


@pytest.mark.parametrize(
    "typed",
    ["xi the russian president", "putin the chinese president", "xi the president of russia"],
)
def test_another_role_or_another_person_with_that_role_is_still_wrong(typed):
    assert not _right("q-xi-speaker", typed)
