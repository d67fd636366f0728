"""Wrong speakers of the fifty-third round (precision; fresh76+77 scored unseen).

- A body's name run into its officer's name after the noun that introduces the body
  ("the growers' association Veldkracht Anna Visser said"): the person is Anna Visser.
- A question put to someone and reported without marks ("The presenter then asked Deputy
  Noor whether ..."): the quote opening the next paragraph answers it, so it is the person
  asked's, never the asker's; a quote that is itself a question goes on with the asker.
- A surname the page spells two ways ("Orla Brennock" once in the story, "Orla Brennick" in
  two photo captions): the person takes the full name the page prints most.
"""

from __future__ import annotations

import yaml

from bot.authoring import draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_body_name_after_its_noun_is_no_part_of_the_officers_name() -> None:
    article = (
        "Growers plan more road blockades\n\n"
        "Growers blocked two motorway exits on Thursday night over the new water rules.\n\n"
        "Chair of the growers' association Veldkracht Anna Visser said on Friday that the "
        "next actions would be announced at short notice.\n\n"
        "“We will not tell the ministry where we are going next.\n\n"
        "Some days it will be the motorways, some days the town halls.” The growers share "
        "“a lot of patience”, she said.\n"
    )
    speakers = set(_speakers(article).values())
    assert speakers == {"Anna Visser"}


def _interview(question: str, answer: str) -> str:
    return (
        "Island leader hopeful on new air link\n\n"
        "“We would welcome a second airline on the route,” said Deputy Karim Noor. “The "
        "talks have only just begun.”\n\n"
        "‘Visitors have told us for years that the fares are too high.’\n\n"
        f"{question}\n\n"
        f"{answer}\n"
    )


_ASKED = (
    "Harbour Radio presenter Lena Brandt then asked Deputy Noor whether the summer "
    "regatta would still go ahead."
)


def test_a_quote_after_a_question_put_to_someone_is_the_answer_of_the_one_asked() -> None:
    answer = "‘We will decide by the end of May. There is a lot of risk for the organisers.’"
    speakers = _speakers(_interview(_ASKED, answer))
    assert speakers["We will decide by th"] == "Karim Noor"
    assert "Lena Brandt" not in speakers.values()


def test_a_quote_after_a_question_to_someone_not_known_is_nobodys() -> None:
    asked = (
        "Harbour Radio presenter Lena Brandt then asked the harbour master whether the "
        "summer regatta would still go ahead."
    )
    answer = "‘We will decide by the end of May. There is a lot of risk for the organisers.’"
    speakers = _speakers(_interview(asked, answer))
    assert speakers["We will decide by th"] == "Unattributed quotes"


def test_a_quote_that_asks_after_a_reported_question_goes_on_with_the_asker() -> None:
    answer = "‘Could the islands share the cost of the extra flights?’ Brandt asked."
    speakers = _speakers(_interview(_ASKED, answer))
    assert speakers["Could the islands sh"] == "Lena Brandt"


_SPELT_TWO_WAYS = (
    "Minister opens new village hall\n\n"
    "Minister for Rural Affairs Orla Brennick cuts the ribbon at the new hall. Photo: Ann Lee\n\n"
    "Opening the new village hall on Friday, the Minister for Rural Affairs, Orla Brennock, "
    "said the building was “a credit to everyone who raised money for it”.\n\n"
    "Minister Brennick praised the hall committee for “years of patient work”.\n\n"
    "“This is what keeps a village alive,” she said.\n\n"
    "Orla Brennick with members of the hall committee on Friday. Photo: Ann Lee\n"
)


def test_a_surname_spelt_two_ways_takes_the_full_name_printed_most() -> None:
    speakers = set(_speakers(_SPELT_TWO_WAYS).values())
    assert speakers == {"Orla Brennick"}


def test_one_spelling_each_keeps_the_full_name_found() -> None:
    article = _SPELT_TWO_WAYS.replace("Orla Brennick with", "Members of")
    figures = yaml.safe_load(draft_briefing(article))["figures"]
    assert "Orla Brennock" in {f["name"] for f in figures}
