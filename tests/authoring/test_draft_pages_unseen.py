"""Page furniture of outlets the rules were not tuned on stays out of the draft: appeals for
support or eyewitness photos, masthead badges and menus, "Author:" lines, captions that
open with their credit or describe a photo, a caption repeated under each photo, other
stories after the sign-off, a desk's code after a paragraph; the story's own lines, a
short headline and a paragraph without its final stop stay (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import FLOOD_PARAGRAPHS as PARAGRAPHS
from tests.authoring.drafted import drafted, names_in, people_in, shown_in
from tests.authoring.drafted import flood_page as _page
from tests.authoring.drafted import flood_story_intact as _story_intact


@pytest.mark.parametrize(
    "line",
    [
        "Support quality, independent, local journalism…that matters",
        "From just £1 a month you can help fund our work. Become a member today",
        "- Are you there? Send us your eyewitness accounts and photos.",
        "Listen to the story here",
        "Hamburger Menu",
        "Nordland Digital Media Awards Worldwide",
        "Best News Website or Mobile Service",
        "NC On Youtube",
        "Author: Marta LindqvistPublished 27th Mar 2023",
        "Last updated 27th Mar 2023",
        "Supplied Flooding on the harbour road in Varnholt last Friday.",
        "Harbour Master Jon Berg addressing residents at the town hall. he warned of more rain",
        "Share with friends: Facebook twitter",
        "Ferry service resumes as Nordland storms ease Previous Post",
        "Next story: Ferry service resumes as Nordland storms ease",
        "Mayor Brandt visits the flooded quay yesterday. (Marta Lindqvist)",
        "Quantcast",
        "Channel: Nordland Courier News Website",
        "Viewing all 16047 articles",
        "Browse latest View live",
    ],
)
@pytest.mark.parametrize("at", [0, 1])
def test_an_unseen_outlets_furniture_is_not_in_the_draft(line: str, at: int) -> None:
    shown = shown_in(drafted(_page(line, at=at)))
    assert line.lstrip("- ") not in shown
    assert _story_intact(shown)


def test_a_credit_in_brackets_drops_the_caption_and_its_bare_copy() -> None:
    caption = "Sandbags at the quay"
    shown = shown_in(drafted(_page(caption, f"{caption}. (Supplied: VFD)")))
    assert "Sandbags at the quay" not in shown
    assert _story_intact(shown)


def test_a_caption_repeated_under_each_photo_is_dropped() -> None:
    text = _page("Cordon on Harbour Street", at=1, end=("Cordon on Harbour Street",))
    shown = shown_in(drafted(text + "\n\nThe council will meet on Friday to count the cost."))
    assert "Cordon on Harbour Street" not in shown
    assert _story_intact(shown)


def test_other_stories_after_the_sign_off_are_dropped() -> None:
    end = (
        "Written by Marta Lindqvist",
        "Ferry service resumes as Nordland storms ease",
        "Opinion: The council should have built the wall higher",
    )
    shown = shown_in(drafted(_page(end=end)))
    assert "Marta Lindqvist" not in shown
    assert "Ferry service resumes" not in shown
    assert "The council should have built" not in shown
    assert _story_intact(shown)


def test_a_deck_after_the_headline_opening_with_an_ellipsis_is_dropped() -> None:
    deck = "…as the army sends sandbags to the harbour"
    draft = drafted(_page(deck, "..Nordland's mayor asks for help", at=0))
    assert "sandbags to the harbour" not in shown_in(draft)
    assert "asks for help" not in shown_in(draft)
    assert _story_intact(shown_in(draft))


def test_a_paragraph_opening_with_an_ellipsis_inside_the_story_stays() -> None:
    line = "…and by midnight the water had reached the church steps, residents said."
    assert line in shown_in(drafted(_page(line, at=2)))


def test_a_byline_run_into_the_last_paragraph_is_cut_and_the_paragraph_stays() -> None:
    text = _page() + " By Marta Lindqvist"
    shown = shown_in(drafted(text))
    assert "Lindqvist" not in shown
    assert _story_intact(shown)


def test_a_last_line_starting_with_by_and_a_day_is_not_a_byline() -> None:
    text = _page() + " By Monday Evening"
    assert "By Monday Evening" in shown_in(drafted(text))


@pytest.mark.parametrize(
    "headline", ["Next Post Office to close in Varnholt", "Share the harbour: Facebook's plan"]
)
def test_a_headline_that_reads_like_a_link_stays_the_title(headline: str) -> None:
    draft = drafted(headline + "\n\n" + "\n\n".join(PARAGRAPHS))
    assert draft["title"] == headline


def test_a_desk_code_after_a_paragraph_is_cut_and_the_paragraph_stays() -> None:
    line = "Engineers said the wall would hold until spring, Brandt said. - 16D-"
    shown = shown_in(drafted(_page(line, at=3)))
    assert "16D" not in shown
    assert "the wall would hold until spring" in shown


@pytest.mark.parametrize(
    "headline", ["Police Update- 27th March 2013", "Mayor on Facebook", "Author wins award"]
)
def test_a_short_headline_stays_the_title(headline: str) -> None:
    draft = drafted(headline + "\n\n" + "\n\n".join(PARAGRAPHS))
    assert draft["title"] == headline


def test_a_paragraph_without_its_final_stop_stays() -> None:
    line = (
        "Residents said the water rose to the windows within an hour and that the pumps"
        " could not keep up with the rain falling on the hills above the town"
    )
    assert line[:60] in shown_in(drafted(_page(line, at=2)))


def _people_of(sentence: str) -> dict[str, str]:
    return people_in(drafted(_page(sentence, at=1)))


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            '"It is unacceptable," said Minister of Harbour Safety, Hanna Vik.',
            "Hanna Vik",
            "Minister of Harbour Safety",
        ),
        (
            "Police searched the home of a former Managing Director of the Nordland Port"
            " Authority, Jon Berg.",
            "Jon Berg",
            "former Managing Director of the Nordland Port Authority",
        ),
        (
            "Protester Jon Berg (27) was hurt near the quay during the march.",
            "Jon Berg",
            "Protester",
        ),
        (
            "Morning Show anchor Marta Lindqvist on Friday posted that a camera had been taken.",
            "Marta Lindqvist",
            "Morning Show anchor",
        ),
    ],
)
def test_a_role_written_the_way_other_outlets_write_it_is_found(
    sentence: str, name: str, role: str
) -> None:
    assert _people_of(sentence).get(name) == role


def test_a_role_with_a_bodys_name_before_the_comma_is_found() -> None:
    people = _people_of("The City of Varnholt Treasurer, Hanna Vik, has appealed for calm.")
    assert people.get("Hanna Vik") == "City of Varnholt Treasurer"


def test_a_person_named_as_a_victim_is_a_person() -> None:
    assert "Jon Berg" in _people_of("The man who drowned has now been named as Jon Berg.")


def test_a_clause_after_a_name_is_not_its_role() -> None:
    sentence = (
        "In a statement by the council's Commissioner for Ports, Jon Berg, the mayor said"
        " under the law, the harbour had to close."
    )
    assert "mayor said" not in _people_of(sentence).get("Jon Berg", "")


def test_names_listed_after_a_plural_role_each_take_it() -> None:
    people = _people_of(
        "The ward is now held by two Green councillors – Hanna Vik and Ola Nord – as well as"
        " Labour's Per Holm, who kept his seat."
    )
    assert people.get("Hanna Vik") == "Green councillor"
    assert people.get("Ola Nord") == "Green councillor"
    assert "Per Holm" in people


def test_a_role_in_a_who_clause_is_the_persons_role() -> None:
    sentence = "Per Holm, who is one of the port's spokesmen, declined to comment on the figures."
    assert _people_of(sentence).get("Per Holm") == "one of the port's spokesmen"


def test_a_name_ending_in_an_organisations_noun_is_no_person() -> None:
    text = _page(
        'Detective Inspector Hanna Vik from the Nordland Major Incident Team said: "We need'
        ' witnesses."',
        "She called Varnholt Housing about midday on Friday, but nobody came.",
    )
    names = names_in(drafted(text))
    assert "Hanna Vik" in names
    assert not names & {"Incident Team", "Major Incident Team", "Varnholt Housing"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We ask the Minister of Fisheries Hon Tove Aasen to open the quay.", "Tove Aasen"),
        ("Alhaji Tove Arne Aasen said he was sworn in at the harbour office.", "Tove Arne Aasen"),
        ("The outgoing chairman, Olorogun Tove Aasen, thanked the members.", "Tove Aasen"),
    ],
)
def test_an_honorific_before_a_name_is_not_part_of_it(sentence: str, name: str) -> None:
    people = _people_of(sentence)
    assert name in people
    assert not any(n.startswith(("Hon ", "Alhaji", "Olorogun")) for n in people)


def test_a_rank_in_capitals_before_a_name_is_its_title() -> None:
    people = _people_of("The harbour police spokesperson, ACP Tove Aasen, has warned boat owners.")
    assert "ACP" in people.get("Tove Aasen", "")
    assert "harbour police spokesperson" in people.get("Tove Aasen", "")


def test_an_event_after_an_acronym_is_no_person() -> None:
    names = names_in(drafted(_page("Forty firms showed their boats at the VHA Trade Fair.")))
    assert "Trade Fair" not in names


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Another witness, Tove Aasen, said the boats were swept away.", "Tove Aasen", "witness"),
        (
            "A project assistant with the Nordland Red Cross, Mr. Tove Aasen, confirmed the"
            " figures.",
            "Tove Aasen",
            "project assistant with the Nordland Red Cross",
        ),
        (
            "He was answering VFP Varnholt Member of Parliament (MP) Tove Aasen, who asked"
            " about the quay.",
            "Tove Aasen",
            "VFP Varnholt Member of Parliament (MP)",
        ),
        (
            "The school's head teacher, Sister Tove Aasen, said classes would resume.",
            "Tove Aasen",
            "Sister, school's head teacher",
        ),
    ],
)
def test_a_role_written_with_its_body_or_a_rank_is_found(
    sentence: str, name: str, role: str
) -> None:
    assert _people_of(sentence).get(name) == role


def test_a_place_written_like_a_role_names_nobody() -> None:
    text = _page("Two men were caught at Dam Head in Oster Town, St Lykke, on Thursday.")
    assert not {n for n in names_in(drafted(text)) if "Lykke" in n}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "We ask the Minister of Fisheries Hon Tove Aasen to act.",
            "Tove Aasen",
            "Minister of Fisheries",
        ),
        ("The quarrel grew as Crs Tove Aasen and Per Holm traded claims.", "Tove Aasen", "Cr"),
        ("Mrs. Tove Aasen was sworn in as General Secretary.", "Tove Aasen", "General Secretary"),
        (
            "Alhaji Tove Arne Aasen was inaugurated as VHA President on Monday.",
            "Tove Arne Aasen",
            "VHA President",
        ),
        (
            "The new board: Mr. Per Holm, Treasurer; Mr. Ola Nord (SAN), Legal Adviser; and"
            " Mrs. Tove Aasen, Financial Secretary.",
            "Tove Aasen",
            "Financial Secretary",
        ),
        (
            "The new board: Mr. Per Holm, Treasurer; Mr. Ola Nord (SAN), Legal Adviser; and"
            " Mrs. Tove Aasen, Financial Secretary.",
            "Ola Nord",
            "Legal Adviser",
        ),
        (
            "Councillors grilled Minister Responsible Tove Aasen over the quay.",
            "Tove Aasen",
            "Minister Responsible",
        ),
        (
            "The taps ran again, and yesterday Member of Parliament Tove Aasen opened a kiosk.",
            "Tove Aasen",
            "Member of Parliament",
        ),
    ],
)
def test_an_office_written_the_way_these_outlets_write_it_is_found(
    sentence: str, name: str, role: str
) -> None:
    assert _people_of(sentence).get(name) == role


def test_a_bodys_name_split_by_and_names_nobody() -> None:
    text = _page(
        "Centre for Harbours and Economic Development Initiatives (CHEDI) has been protesting."
    )
    assert not {n for n in names_in(drafted(text)) if "Initiatives" in n}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "On Friday, one of the human rights activists Tove Aasen joined the vigil.",
            "Tove Aasen",
            "human rights activist",
        ),
        (
            "Many disagreed.Tove Aasen, one of the protesters said she wants an answer.",
            "Tove Aasen",
            "protester",
        ),
        (
            "Councillors led by Chairperson of Harbours committee Tove Aasen questioned him.",
            "Tove Aasen",
            "Chairperson of Harbours committee",
        ),
    ],
)
def test_a_member_of_a_group_or_a_committees_chair_has_that_role(
    sentence: str, name: str, role: str
) -> None:
    assert _people_of(sentence).get(name) == role


@pytest.mark.parametrize(
    "line",
    [
        "Nordland Time: 10:44 AM on Wednesday 17 May",
        "11:20pm UK, Tuesday January 18, 2011",
        "Courier Front Page Thumbnail",
        "admin's picture",
        "blog archive",
        "/ Front page / News",
        "Home › Regions › Varnholt",
        "By: Marta Lindqvist",
        "Marta Lindqvist and Jon Berg, Nordland Courier Online",
        "Brandt: Mayor with the harbour master at the flooded quay Jon Berg via Getty Images",
        "We’re sorry, this feature is currently unavailable. Please try again later.",
        "Please report any comments that break our rules.",
        "We want our comments to be a lively part of our community.",
        "Converted for the new archive on 14 July 2000. Some images may have been lost.",
        "This was published 15 years ago",
    ],
)
@pytest.mark.parametrize("at", [0, 1])
def test_a_pages_widgets_are_not_in_the_draft(line: str, at: int) -> None:
    shown = shown_in(drafted(_page(line, at=at)))
    assert line not in shown
    assert _story_intact(shown)


@pytest.mark.parametrize("at", [0, 1])
def test_a_credited_caption_and_its_bare_copy_below_are_dropped(at: int) -> None:
    caption = "Brandt: Mayor with the harbour master at the flooded quay"
    shown = shown_in(drafted(_page(f"{caption} Jon Berg via Getty Images\n{caption}", at=at)))
    assert caption not in shown
    assert _story_intact(shown)


LINKS = (
    "Ferry service resumes as Nordland storms ease",
    "Council approves new sea wall budget",
    "Harbour master retires after forty years",
)


@pytest.mark.parametrize("at", [0, 1])
def test_a_list_of_links_to_other_stories_is_dropped(at: int) -> None:
    shown = shown_in(drafted(_page(*LINKS, at=at)))
    assert not any(link in shown for link in LINKS)
    assert _story_intact(shown)


def test_a_bulleted_list_without_stops_stays() -> None:
    bullets = [f"- {link}" for link in LINKS]
    shown = shown_in(drafted(_page("Forecasters listed the risks:\n" + "\n".join(bullets), at=2)))
    assert all(link in shown for link in LINKS)


def test_two_paragraphs_without_their_stops_stay() -> None:
    lines = (
        "Residents said the water rose faster than in any flood they could remember",
        "The mayor said the shelter would stay open for as long as it was needed",
    )
    shown = shown_in(drafted(_page(*lines, at=2)))
    assert all(line in shown for line in lines)


def test_other_stories_below_a_poll_on_this_article_are_dropped() -> None:
    end = (
        "Do you like the content of this article?",
        "Ferry service resumes as Nordland storms ease",
        "OSTRAND: The ferry to Ostrand will sail again on Friday, the operator said.",
    )
    shown = shown_in(drafted(_page(end=end)))
    assert "like the content" not in shown
    assert "Ferry service resumes" not in shown
    assert "sail again on Friday" not in shown
    assert _story_intact(shown)


def test_a_question_in_the_story_stays() -> None:
    line = "Do residents trust the new wall? Most told the Courier they did not."
    assert line in shown_in(drafted(_page(line, at=2)))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Lands Minister, Ratu Tevita Naulu, said the lease talks would resume.",
            "Tevita Naulu",
        ),
        ("Realtor Dana Okafor said the recordings should be public.", "Dana Okafor"),
        ("The meeting heard a comment from Supt Maeve Dunne about the flood.", "Maeve Dunne"),
    ],
)
def test_a_chiefs_title_or_an_occupation_before_a_name_is_not_part_of_it(
    sentence: str, name: str
) -> None:
    draft = drafted(_page(f"“We will not give up,” {name.split()[-1]} said. {sentence}", at=1))
    assert name in names_in(draft)


def test_a_company_written_with_its_shares_or_profits_is_not_a_person() -> None:
    lines = (
        "Nordhavn shares fell on Tuesday after the flood closed its warehouse.",
        "“We expect to reopen within a week,” Nordhavn said in a statement.",
    )
    assert "Nordhavn" not in names_in(drafted(_page(*lines, at=2)))


def test_a_ministrys_portfolio_is_not_a_person() -> None:
    line = (
        "THE Ministry of Fisheries, Harbours and Coastal Defence says it will pay for the repairs"
        " to the harbour wall."
    )
    names = names_in(drafted(_page(line, at=2)))
    assert not names & {"Fisheries Harbours", "Coastal Defence", "Harbours Coastal"}


def test_a_role_before_courtesy_titles_is_the_persons_role() -> None:
    line = (
        "“It is the work of mischief makers,” the statement said of the former Governor,"
        " His Excellency, Alhaji Tunde Bakare."
    )
    people = people_in(drafted(_page(line, at=2)))
    assert "former Governor" in people.get("Tunde Bakare", "")


def test_the_sentence_going_on_after_a_name_is_not_its_role() -> None:
    line = (
        "Lindqvist, who represents Jon Berg, who was charged alongside Erik Dahl, had a testy"
        " exchange with Justice of the Peace Ola Nygaard, who was giving evidence."
    )
    people = people_in(drafted(_page(line, "“The wall held,” Dahl said.", at=2)))
    assert "testy exchange" not in people.get("Erik Dahl", "")
