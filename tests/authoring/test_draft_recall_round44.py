"""Speakers the drafter saw but did not tie to a person (round 44).

Rule 1: `“...,” said panelist and veteran bond analyst Otto Brandt.` Two roles joined by "and"
between the speech verb and the name were not read as the name's titles, so the quote was left
unattributed (fresh37 o17, fresh55 bp12, fresh61 bv02).
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing


def _speakers(article: str) -> dict[str, str]:
    """Each drafted quote's first words -> the figure it was given to."""
    draft = yaml.safe_load(draft_briefing(article))
    return {
        str(q["text"])[:20]: str(figure["name"])
        for figure in draft.get("figures", [])
        for q in figure.get("quotes", [])
    }


def test_two_posts_joined_by_and_before_the_name_after_said() -> None:
    article = (
        "Storm spares the county\n\n"
        "The storm passed east of the county overnight, leaving few roads closed.\n\n"
        "“We were lucky this time, and the crews were ready,” said county fire and rescue "
        "director Mara Linden. “Most homes kept their power.”\n"
    )
    speakers = _speakers(article)
    assert speakers["We were lucky this t"] == "Mara Linden"
    assert speakers["Most homes kept thei"] == "Mara Linden"


def test_a_plain_word_and_a_role_before_the_name_after_said() -> None:
    article = (
        "Markets wobble on rate fears\n\n"
        "Shares fell for a third day on Tuesday.\n\n"
        "“The sell-off has further to run before buyers come back,” said panelist and veteran "
        "bond analyst Otto Brandt.\n"
    )
    assert _speakers(article)["The sell-off has fur"] == "Otto Brandt"


def test_a_plural_before_and_may_be_other_speakers() -> None:
    article = (
        "Pier plan divides the town\n\n"
        "The council met on Monday to discuss the pier.\n\n"
        "“Nobody asked us before the plans were drawn,” said residents and harbour councillor "
        "Ines Caro.\n"
    )
    assert _speakers(article).get("Nobody asked us befo") != "Ines Caro"
