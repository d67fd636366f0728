"""A quote closed by a post alone, "the Prime Minister said." (round 48).

The post names the one person whose drafted role has its words; when two roles share them
("Prime Minister" and "Prime Minister of Fiji") or the role was drafted wrongly, the quote
was left open though the page writes the post as a title before one person's name
("Prime Minister Hon. Jeremiah Tolo"). That person is now the speaker; two people titled
with the post leave it open.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def test_the_post_is_the_one_person_the_page_titles_with_it() -> None:
    article = (
        "Leaders arrive for the island summit\n\n"
        "Pacific leaders arrived in the capital on Sunday for the week's summit on "
        "fisheries and climate.\n\n"
        "The visiting leaders included Hon. Sione Vaka, Prime Minister of Fiji, and the "
        "President of Palau.\n\n"
        "Prime Minister Hon. Jeremiah Tolo said the host islands stood ready for the "
        "meeting.\n\n"
        "“We are only as strong as our smallest member, and this week is about all of us,” "
        "the Prime Minister said.\n"
    )
    speakers = _speakers(article)
    assert speakers["We are only as stron"] == "Jeremiah Tolo"


def test_two_people_titled_with_the_post_leave_the_quote_open() -> None:
    article = (
        "Leaders arrive for the island summit\n\n"
        "Pacific leaders arrived in the capital on Sunday for the week's summit on "
        "fisheries and climate.\n\n"
        "Prime Minister Sione Vaka of Fiji met Prime Minister Jeremiah Tolo at the "
        "airport.\n\n"
        "“We are only as strong as our smallest member, and this week is about all of us,” "
        "the Prime Minister said.\n"
    )
    speakers = _speakers(article)
    assert speakers.get("We are only as stron") not in ("Sione Vaka", "Jeremiah Tolo")
