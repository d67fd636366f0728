"""Page furniture told by its form, twenty-second round (invented text): a radio site's
account box talking to the reader (thanks for logging in, tap a button, create an account,
joining is free, register soon), a print button for a post, and the "Read more" link left
after a story's last sentence. Risks: a sentence that mentions logging in or an account,
and a paragraph that says "read more" inside its prose, stay as they are."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "label",
    [
        "Thanks for logging in.",
        "You can now click/tap LISTEN to start the live stream.",
        "You can now log in once to listen live and join competitions.",
        "Create a Harbour FM account today!",
        "Joining is free and easy.",
        "You will soon need to register to keep streaming Harbour FM online.",
        "Print this Post",
    ],
)
def test_an_account_box_or_a_print_button_between_paragraphs_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=1))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_read_more_link_after_the_last_sentence_is_dropped() -> None:
    last = FLOOD_PARAGRAPHS[-1]
    page = flood_page(at=2, end=()).replace(last, last + " Read more")
    shown = shown_in(drafted(page))
    assert "Read more" not in shown
    assert flood_story_intact(shown)


def test_a_sentence_about_accounts_or_reading_more_stays() -> None:
    account = (
        "Residents who lost power can now log in to the council's website to claim a"
        " grant, and the council said joining the flood register takes five minutes."
    )
    reading = "The water board asked people to read more about the pumping plan at the library."
    shown = shown_in(drafted(flood_page(account, reading, at=2)))
    assert account[:60] in shown
    assert reading[:50] in shown
