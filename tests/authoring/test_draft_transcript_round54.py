"""Round 54, speaker lines: a transcript turn that runs over more than one paragraph."""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers


def _quotes(article: str) -> list[str]:
    """Every drafted quote's text, named or not."""
    draft = yaml.safe_load(draft_briefing(article))
    named = [str(q["text"]) for f in draft.get("figures", []) for q in f.get("quotes", [])]
    loose = [str(q["text"]) for q in draft.get("unattributed_quotes", []) or []]
    return named + loose


_PRESS_ROOM = (
    "Harbour relay: the winners speak\n\n"
    "Ines Varga and Tomas Reyl won the harbour relay on Sunday.\n\n"
    "Q.  What changed in the last lap?\n\n"
    "INES VARGA:  We stopped looking at the clock and trusted the plan we made in May.\n\n"
    "The water was colder than last year, and that slowed our turns a little.\n\n"
    "Q.  And for you, Tomas?\n\n"
    "TOMAS REYL:  I felt the tide pull at the buoy, so I swam wide and it paid off.\n"
)


def test_a_second_paragraph_of_an_answer_is_the_same_speakers() -> None:
    speakers = _speakers(_PRESS_ROOM)
    assert speakers.get("The water was colder") == "Ines Varga"
    assert speakers.get("We stopped looking a") == "Ines Varga"
    assert speakers.get("I felt the tide pull") == "Tomas Reyl"


_WRITTEN_ANSWER = (
    "Answers on the river ferries\n\n"
    "Written answers to members' questions, given in the council chamber.\n\n"
    "Ms Dora Pell asked the Transport Minister how the ferry grants are spent.\n\n"
    "Mr Aron Belik: The grants pay for three things this year:\n\n"
    "First, we repair the two oldest ferries so they can run through the winter.\n\n"
    "Second, we train new crews at the college in the port of Lisk.\n\n"
    "Staff rota\n\n"
    "The council publishes its ferry timetable every month on its website.\n"
)


def test_the_paragraphs_after_a_written_answer_stop_at_a_heading() -> None:
    speakers = _speakers(_WRITTEN_ANSWER)
    assert speakers.get("First, we repair the") == "Aron Belik"
    assert speakers.get("Second, we train new") == "Aron Belik"
    assert not any(q.startswith("The council publishes") for q in _quotes(_WRITTEN_ANSWER))


_ABOUT_THE_SPEAKER = (
    "Mayor answers on the bridge\n\n"
    "Q: When will the bridge open?\n\n"
    "HANNA OSTROV: The bridge opens in March, once the last inspection is signed off.\n\n"
    "It will carry two lanes of traffic and a path for cyclists.\n\n"
    "Ostrov has led the town council since 2019 and grew up beside the river.\n\n"
    "Q: And the tolls?\n\n"
    "HANNA OSTROV: There will be no toll for residents of the town at any time.\n"
)


def test_a_paragraph_naming_the_speaker_is_the_writers_not_the_turns() -> None:
    speakers = _speakers(_ABOUT_THE_SPEAKER)
    assert speakers.get("The bridge opens in ") == "Hanna Ostrov"
    assert speakers.get("It will carry two la") == "Hanna Ostrov"
    assert "Ostrov has led the t" not in speakers


_HEADED_TRANSCRIPT = (
    "Council leader on the flood plan: briefing transcript\n\n"
    "Council Leader Noor Haddad spoke to reporters about the flood plan on Monday.\n\n"
    "Council Leader Noor Haddad: (00:12)\n\n"
    "We have three new pumps on the river now, and two more arrive in March.\n\n"
    "Council Leader Noor Haddad: (02:40)\n\n"
    "The second phase starts in April and it will protect another four streets.\n\n"
    "Our Partners:\n\n"
    "Riverside printing and the market traders gave the maps for free this year.\n"
)


def test_a_speakers_own_line_gives_them_the_paragraph_under_it() -> None:
    speakers = _speakers(_HEADED_TRANSCRIPT)
    assert speakers.get("We have three new pu") == "Noor Haddad"
    assert speakers.get("The second phase sta") == "Noor Haddad"
    assert not any(q.startswith("Riverside printing") for q in _quotes(_HEADED_TRANSCRIPT))
