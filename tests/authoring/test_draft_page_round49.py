"""Page clutter, forty-ninth round (invented text).

A caption closed by its photographer's name after "Photo by" leaves, however long it is. A
caption on top of the page with its credit under it is no point and no question. A story's
age in years or months on a line alone ("2 years ago") leaves, as its age in hours already
did. A line written in another script than the English page's (a translated headline
in Cyrillic, an app's promotion in Bengali) leaves. A date printed in another language
("sexta-feira, 8 de julho de 2011") is no title.

Each case reads the whole draft a person gets, comments included: a line that left the
article is nowhere in it.
"""

from __future__ import annotations

import pytest

from bot.authoring import draft_briefing
from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)

_BRIEFING = (
    "Harbour master Jon Berg talks to reporters during a briefing at the Varnholt council"
    " offices on Tuesday. With him are water board chief Anna Lind, Sergeant Ola Dahl of the"
    " coastal rescue team and two engineers from the regional water board."
)
_TOUR = (
    "Regional governor Anna Lind stopped at the Varnholt ferry terminal on Tuesday morning"
    " for a briefing on the relief effort in the valleys. The stop was part of her tour by"
    " helicopter of the flooded villages in the north of the region."
)


@pytest.mark.parametrize(
    "caption", [f"{_BRIEFING} Photo by Per Holm", f"{_TOUR} - photo by Per Holm"]
)
@pytest.mark.parametrize("at", [0, 2])
def test_a_long_caption_closed_by_photo_by_and_a_name_leaves(caption: str, at: int) -> None:
    page = flood_page(caption, at=at)
    assert caption[:40] not in draft_briefing(page)
    assert flood_story_intact(shown_in(drafted(page)))


def test_a_sentence_naming_a_photo_by_someone_stays() -> None:
    paragraph = (
        "The flood was first noticed on social media, where residents shared a photo by Per Holm."
    )
    assert paragraph in draft_briefing(flood_page(paragraph, at=2))


def test_a_caption_on_top_over_its_credit_leaves() -> None:
    caption = "Volunteers fill sandbags outside the town hall in Varnholt on Monday evening."
    page = "\n\n".join(
        [caption, "Photo credit: Per Holm/Nordland Courier", FLOOD_HEADLINE, *FLOOD_PARAGRAPHS]
    )
    text = draft_briefing(page)
    assert caption not in text
    assert all(p in text for p in FLOOD_PARAGRAPHS)


def test_a_headline_on_top_over_the_lead_pictures_credit_stays_the_title() -> None:
    page = "\n\n".join([FLOOD_HEADLINE, "Photo credit: Per Holm", *FLOOD_PARAGRAPHS])
    assert drafted(page)["title"] == FLOOD_HEADLINE


@pytest.mark.parametrize("age", ["Updated 7 months ago", "3 years ago"])
def test_a_storys_age_in_years_or_months_leaves(age: str) -> None:
    text = draft_briefing(flood_page(age, at=1))
    assert age not in text
    assert all(p in text for p in FLOOD_PARAGRAPHS)


def test_a_sentence_telling_how_many_years_ago_stays() -> None:
    paragraph = "The harbour wall was built 80 years ago."
    assert paragraph in draft_briefing(flood_page(paragraph, at=2))


@pytest.mark.parametrize("at", [0, 2])
def test_a_line_in_cyrillic_on_an_english_page_leaves(at: int) -> None:
    translated = "Наводнение достигло гавани Варнхольта"
    text = draft_briefing(flood_page(translated, at=at))
    assert translated not in text
    assert all(p in text for p in FLOOD_PARAGRAPHS)


def test_an_app_promotion_in_bengali_under_the_story_leaves() -> None:
    # "Download the Nordland News app and read the day's news. In our app you will find
    # photos, videos and the weather."
    promotion = (
        "Nordland News app নর্ডল্যান্ড নিউজ অ্যাপ ডাউনলোড করুন এবং প্রতিদিনের খবর পড়ুন।"
        " আমাদের অ্যাপে আপনি ছবি, ভিডিও এবং আবহাওয়ার খবর পাবেন।"
    )
    text = draft_briefing(flood_page(end=(promotion,)))
    assert "ডাউনলোড" not in text
    assert all(p in text for p in FLOOD_PARAGRAPHS)


def test_a_name_in_its_own_script_inside_an_english_sentence_stays() -> None:
    paragraph = (
        "The harbour master, Li Wei (李伟), said the outer basin would stay closed until Friday."
    )
    assert paragraph in draft_briefing(flood_page(paragraph, at=2))


def test_a_page_written_in_cyrillic_keeps_its_lines() -> None:
    lines = [
        "Наводнение достигло гавани Варнхольта",
        "Река вышла из берегов в понедельник и затопила сорок домов у старой гавани.",
        "Мэр сказал, что ратуша будет открыта всю ночь как убежище для семей.",
    ]
    text = draft_briefing("\n\n".join(lines))
    assert all(line in text for line in lines[1:])


@pytest.mark.parametrize("date", ["sexta-feira, 8 de julho de 2011", "lundi 8 juillet 2011"])
def test_a_date_in_another_language_over_the_headline_is_no_title(date: str) -> None:
    draft = drafted(f"{date}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert date not in draft_briefing(f"{date}\n\n" + flood_page())


def test_a_headline_naming_a_planet_and_a_year_is_no_date() -> None:
    page = "\n\n".join(["Mars 2020 lands safely", *FLOOD_PARAGRAPHS])
    assert drafted(page)["title"] == "Mars 2020 lands safely"
