"""Wrong speakers and false persons the drafter could still give (round 50, precision).

1. A participle right after a quote's closing mark (`“...,” calling Tom Reid a liar`) was
   read as an inverted "said Tom Reid": the quote went to the one called a liar, and
   `“...,” describing the article as ...` was read as "said the article" (nobody's). The
   participle goes on with the sentence's own subject; it now decides nothing.
2. An open apposition ending in its body right before the verb (`Ola Berg, CEO of Varn Water
   said:`) made the body a person ("Varn Water") and gave it the quote.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers

_LEAD = (
    "Water row deepens\n\n"
    "The town's water supply failed again on Sunday, the third time this month.\n\n"
)


def _figure_names(article: str) -> set[str]:
    draft = yaml.safe_load(draft_briefing(article))
    return {str(f["name"]) for f in draft.get("figures", [])}


def test_the_one_called_a_liar_after_a_quote_is_not_its_speaker() -> None:
    article = _LEAD + (
        "Mayor Ada Obi rejected a newspaper report about the failures on Monday.\n\n"
        "“The report is full of mistakes and I will not step down,” calling Tom Reid a liar.\n"
    )
    assert _speakers(article)["The report is full o"] != "Tom Reid"


def test_describing_an_article_after_a_quote_keeps_the_sentence_subject() -> None:
    article = _LEAD + (
        "Mayor Ada Obi told a radio station that “the pipes were checked every single week,” "
        "describing the newspaper's account as wrong.\n"
    )
    assert _speakers(article)["the pipes were check"] == "Ada Obi"


def test_an_acting_post_before_the_name_after_a_quote_still_names_it() -> None:
    article = _LEAD + (
        "“Every house will have water again by Friday night,” acting water engineer Ada Obi "
        "said on Monday.\n"
    )
    assert _speakers(article)["Every house will hav"] == "Ada Obi"


def test_the_body_ending_an_open_apposition_is_no_person() -> None:
    article = _LEAD + (
        "Ola Berg, CEO of Varn Water said: “We will replace every old pipe in the town "
        "before the winter comes.”\n"
    )
    assert "Varn Water" not in _figure_names(article)
    assert _speakers(article)["We will replace ever"] == "Ola Berg"


def test_a_client_after_a_lawyers_open_apposition_does_not_speak() -> None:
    article = _LEAD + (
        "Ola Berg, a lawyer for Tom Reid said: “My client will fight the fine in court and "
        "expects to win.”\n"
    )
    assert _speakers(article)["My client will fight"] == "Ola Berg"


def test_a_closed_apposition_with_its_body_still_names_the_speaker() -> None:
    article = _LEAD + (
        "Ola Berg, CEO of Varn Water, said: “We will replace every old pipe in the town "
        "before the winter comes.”\n"
    )
    assert _speakers(article)["We will replace ever"] == "Ola Berg"


def test_a_mood_between_said_and_the_name_names_the_speaker() -> None:
    article = _LEAD + (
        "“We were told the pipes had been replaced years ago,” said a puzzled Oskar Lind.\n"
    )
    assert _speakers(article)["We were told the pip"] == "Oskar Lind"


def test_a_mood_then_a_title_before_the_name_names_the_speaker() -> None:
    article = _LEAD + (
        "Water Commissioner Carl Wilde visited the pumping station on Monday.\n\n"
        "“Nobody warned us the pumps were failing,” said a visibly angry Commissioner "
        "Wilde.\n"
    )
    assert _speakers(article)["Nobody warned us the"] == "Carl Wilde"


def test_a_mood_before_a_report_names_no_person() -> None:
    article = _LEAD + ("“Bills will rise again next year,” said a new Varn Water report.\n")
    assert _speakers(article)["Bills will rise agai"] == "Unattributed quotes"
