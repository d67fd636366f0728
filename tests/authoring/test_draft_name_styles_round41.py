"""A style that makes a name, kept when only the first mention writes it, forty-first round
(invented text).

"department director Sardar Sarfraz told reporters ...", then "Sarfraz said": in Pakistani
usage Sardar is part of the name, as Sheikh is in "Sheikh Hasina", and later mentions drop it
as a surname's would. The person is "Sardar Sarfraz", and both quotes are his. Risks: a Gulf
style before a royal's given name ("Sheikh Mohammad" beside "Sheikh Ali Al-Sabah"), and a name
written after two different styles.
"""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, speakers_in

HEADLINE = "More rain expected in the port city"
FIRST = "Heavy downpours have flooded the low streets"
SECOND = "Another system will reach the city on Friday"


def test_a_name_introduced_with_its_style_keeps_it() -> None:
    draft = drafted_story(
        HEADLINE,
        f"“{FIRST},” weather office director Sardar Rahmat told reporters.",
        f"“{SECOND},” Rahmat said.",
    )
    speakers = speakers_in(draft)
    assert speakers.get(FIRST) == "Sardar Rahmat", speakers
    assert speakers.get(SECOND) == "Sardar Rahmat", speakers


def test_two_styles_before_one_name_keep_neither() -> None:
    draft = drafted_story(
        HEADLINE,
        f"“{FIRST},” weather office director Sardar Rahmat told reporters.",
        f"“{SECOND},” Sheikh Rahmat said.",
    )
    assert "Sardar Rahmat" not in speakers_in(draft).values(), speakers_in(draft)
