"""A closing mark typed on the wrong side of its space, forty-first round (invented text).

`"... I want to thank the fans, ”said the captain.`: the mark after the quote's last stop and
a space, glued to "said", ends the quote; read as an opening mark, it made "said the captain."
a quote of its own and left the real one without its speaker. Risk: a quote whose first word
is a speech verb, which opens with a capital.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted_story, speakers_in

HEADLINE = "Harbour Rovers win the regional cup"
OPENING = (
    "Harbour Rovers beat Northfield 2-1 in the regional cup final on Sunday, with captain "
    "Dana Okafor scoring the winner in the last minute."
)


@pytest.mark.parametrize("mark", ["”", "“"])
def test_a_mark_before_a_glued_said_closes_the_quote(mark: str) -> None:
    words = "We never stopped believing. I want to thank the fans who travelled with us"
    draft = drafted_story(HEADLINE, OPENING, f"“{words}, {mark}said Okafor after the match.")
    speakers = speakers_in(draft)
    assert speakers.get(words) == "Dana Okafor", speakers
    assert not any(text.startswith("said") for text in speakers), speakers


def test_a_quote_that_opens_with_a_capital_verb_still_opens() -> None:
    words = "Said and done, this cup is for the whole town"
    draft = drafted_story(
        HEADLINE, OPENING, f"Okafor had one line for the crowd: “{words},” she said."
    )
    assert speakers_in(draft).get(words) == "Dana Okafor", speakers_in(draft)
