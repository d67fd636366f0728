"""Quotes the drafter did not find (round 47, recall b).

Nordic papers, and pages translated from them, set a speaker's words off with a dash and
no quotation marks: "– This is not our war, said Lind, who ...". Several turns may share one
paragraph, each opened by a dash after the previous sentence, and a paragraph may itself
open with the dash (read as a bullet item). None of these words were found as quotes
(fresh54 bo18, fresh67 cb14). A turn is now a quote when its own attribution follows it;
a turn whose attribution names nobody known stays nobody's (never the neighbour's), and a
list item in the third person ("• Buses would come every hour, Lee said.") stays prose.

Post-match reactions print each speaker's name as a line of its own ("Ama Owusu (Head
Coach, Ghana)") and their words under it, most in marks; some print the words with no marks
at all (fresh57 br03, fresh53 bn09), never found as quotes. A paragraph right under such a
heading that names nobody, holds no mark and speaks in the first person is now the heading
speaker's answer; one in the third person, or a topic line ending in a colon, is not.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import UNATTRIBUTED_NAME, draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers


def _summit(extra: str = "") -> str:
    return (
        "Nordic leaders meet in Bergen\n\n"
        "Prime Minister Eva Lind hosted the Nordic leaders and Chancellor Karl Brenner in "
        "Bergen on Monday. Energy and fisheries were the main topics. – Cooperation across "
        "the region has never mattered more than it does this winter, says Prime Minister "
        "Eva Lind, who called the meeting historic. The leaders disagreed on a visa ban. – "
        "This is not the people's war. This is the regime's war, said Brenner, who opposes "
        "the ban. – There should be a discussion, but it is not a simple question, replied "
        f"Lind.{extra}\n\n"
        "The leaders will meet again in the spring.\n"
    )


def test_dash_turns_in_one_paragraph_are_each_their_speakers() -> None:
    speakers = _speakers(_summit())
    assert speakers["Cooperation across t"] == "Eva Lind"
    assert speakers["This is not the peop"] == "Karl Brenner"
    assert speakers["There should be a di"] == "Eva Lind"


def test_a_dash_turn_of_someone_unknown_is_not_the_turn_before() -> None:
    unknown = (
        " – Ordinary people did not start this. I think they must choose, said Finland’s Anna Kivi."
    )
    speakers = _speakers(_summit(unknown))
    assert speakers.get("Ordinary people did ", UNATTRIBUTED_NAME) == UNATTRIBUTED_NAME
    assert speakers["There should be a di"] == "Eva Lind"


def test_a_paragraph_opened_by_a_dash_in_the_first_person() -> None:
    article = (
        "Herders fear the wolves are back\n\n"
        "Reindeer herder Nils Aslak Berg has lost eleven calves to wolves since May, and "
        "the county has asked for a hunt.\n\n"
        "- After this summer I have come to think the wolves are here to stay, says Nils "
        "Aslak Berg.\n\n"
        "The county will decide on the hunt next week.\n"
    )
    assert _speakers(article)["After this summer I "] == "Nils Aslak Berg"


def test_a_bullet_list_of_reported_speech_is_no_quote() -> None:
    article = (
        "Bus routes change in March\n\n"
        "The transit authority will redraw its routes in March, its chief operating officer "
        "Dana Reyes said on Monday.\n\n"
        "Here is what will change:\n\n"
        "• At peak hours, passengers would wait no more than half an hour, said Dana Reyes.\n"
        "• Outside peak hours, buses would come at least every hour, Reyes said.\n\n"
        "The new timetable will be posted at every stop.\n"
    )
    draft = yaml.safe_load(draft_briefing(article))
    quoted = [q["text"] for f in draft.get("figures", []) for q in f.get("quotes", [])]
    quoted += [q["text"] for q in draft.get("quotes", []) or []]
    assert not any("peak hours" in str(q) for q in quoted)


def _reactions(first_answer: str) -> str:
    return (
        "Reactions: Ghana 3-1 Kenya\n\n"
        "Ama Owusu (Head Coach, Ghana)\n\n"
        f"{first_answer}\n\n"
        "Peter Wekesa (Head Coach, Kenya)\n\n"
        "“My players gave everything and we will come back stronger on Sunday.”\n"
    )


def test_an_answer_without_marks_under_a_speaker_heading() -> None:
    answer = "We started slowly, but I told the players at the break to keep the ball."
    assert _speakers(_reactions(answer))["We started slowly, b"] == "Ama Owusu"


def test_a_third_person_paragraph_under_a_speaker_heading_is_no_answer() -> None:
    report = "The hosts started slowly but scored three times after the break to win."
    assert "The hosts started sl" not in _speakers(_reactions(report))
