"""Drafted questions a teacher keeps, round sixteen (invented text): nothing from a photo
caption, a filing note or an update stamp; no blank on a model number, a calibre, a house
number, a piece of a date, an hour before "midnight" or a timetable's "every _____ minutes";
no place blank on a home address or a word of a numbered name ("Terminal 1"), which is no
wrong choice either; no statement about the outlet's own reporter, reading a mind, speaking
to the reader, opening on the sentence before or only supposing; no swap after
"neighbouring"; no statement opening "In addition" or "To this effect"; no "who said" on a
quote cut at a joining word ("and we will ...", "... it can and"); no statement bound to one
hour of the day or carrying the ages of the dead; no "at least 45" made "at least 30"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.authoring.drafted import drafted

HEADLINE = "Floods reach Varnholt harbour\n\n"
CONTROL = "The harbour board said on Monday that 45 lorries of sandbags had reached the town."


def _questions(*paragraphs: str) -> list[dict[str, Any]]:
    return list(drafted(HEADLINE + "\n\n".join(paragraphs) + "\n").get("questions", []))


def _blanked(*paragraphs: str) -> set[str]:
    return {str(q["answer"]) for q in _questions(*paragraphs) if q["prompt"].startswith("Fill")}


def _statements(*paragraphs: str) -> list[str]:
    return [
        q["prompt"].removeprefix("True or false: ")
        for q in _questions(*paragraphs)
        if q["kind"] == "truefalse"
    ]


def test_no_question_from_a_photo_caption_or_a_filing_note() -> None:
    prompts = [
        q["prompt"]
        for q in _questions(
            "File photo of 40 flooded homes at the Varnholt harbour wall in the old town.",
            "Issue date: Wednesday January 18, 2023.",
            "Mayor Ilse Brandt at a press conference on May 25.",
            CONTROL,
            "Engineers from the regional water board began pumping the lower streets.",
        )
    ]
    assert any("45" in p or "_____ lorries" in p for p in prompts)
    assert not any(
        "File photo" in p or "Issue date" in p or "press conference" in p for p in prompts
    )


def test_no_blank_on_a_model_number_or_a_calibre() -> None:
    blanked = _blanked(
        "Police recovered a CZ model 70 pistol from a boat in the harbour on Tuesday.",
        "Divers also found 7.65 Browning calibre rounds near the old harbour wall.",
        CONTROL,
        "The water board sent 12 pumps to the lower streets on Tuesday.",
    )
    assert blanked & {"45", "12"}
    assert not blanked & {"70", "7.65"}


def test_no_blank_on_a_house_number_or_a_piece_of_a_date() -> None:
    blanked = _blanked(
        "Firefighters were sent to 497 CR 31 after water reached the power lines.",
        "The harbour board met on 14/11 to count the flooded cellars of the old town.",
        CONTROL,
        "The water board sent 12 pumps to the lower streets on Tuesday.",
    )
    assert blanked & {"45", "12"}
    assert not blanked & {"497", "14", "11"}


def test_no_blank_on_an_hour_before_midnight_or_a_timetable_frequency() -> None:
    blanked = _blanked(
        "Around 12 midnight, residents carried furniture to the upper floors of their homes.",
        "Ferries to the harbour will now run hourly instead of every 20 minutes.",
        CONTROL,
        "The water board sent 30 pumps to the lower streets on Tuesday.",
    )
    assert blanked & {"45", "30"}
    assert not blanked & {"12", "20"}


def test_no_place_blank_on_a_home_address_or_a_numbered_name() -> None:
    questions = _questions(
        "The boy who drowned, Jon Berg, resided at Orange Park in Charlemont, Varnholt.",
        "His mother was stopped outside Terminal 1 at Dublin Airport later that day.",
        "Rescue boats from Oster, Brahm and Lindau reached Varnholt on Tuesday.",
        "Sandbags were later sent from Oster to the harbour, and more came from Brahm.",
    )
    places = [q for q in questions if q["id"].startswith("place-")]
    assert not any("resided at" in q["prompt"] for q in places)
    assert not any("Terminal" in q["prompt"] or "Terminal" in q["choices"] for q in places)


PLAIN = "Engineers from the regional water board began pumping the lower streets on Tuesday."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Channel 2’s Anna Holt spoke with frustrated residents at the harbour wall today.",
        "Mayor Ilse Brandt is pragmatic enough to know that floods come back, and she"
        " relished the dry weather on Monday.",
        "Much like a ferry when you need it, Mayor Ilse Brandt did not arrive on Monday until"
        " it was too late.",
        "Nevertheless, some streets near the old harbour stayed dry on Monday and Tuesday.",
        "If the river rises again on Friday, the harbour board will close the old town streets.",
        "In addition, Mayor Ilse Brandt on Monday asked the army for more sandbags.",
        "At about 3.30am on Saturday, two guards at the harbour office saw the water rise.",
        "The men who drowned were named as Jon Berg, 30; Ola Lind, 22 and Per Holm, 26.",
    ],
    ids=[
        "own reporter",
        "a mind read",
        "to the reader",
        "leaning back",
        "supposing",
        "adding",
        "an hour",
        "ages of the dead",
    ],
)
def test_no_statement_that_is_not_news_on_its_own(paragraph: str) -> None:
    statements = _statements(paragraph, PLAIN)
    assert PLAIN in statements
    assert paragraph not in statements


def test_an_update_stamp_is_no_part_of_a_statement() -> None:
    # (one figure asked first; the statement carries one of its own, as the stamp's hour
    # no longer counts: round 28 takes the stamp off the paragraph itself)
    statements = _statements(
        CONTROL,
        "UPDATED 4:30 pm: The harbour board has this afternoon rejected the request of 45 shop"
        " owners to reopen the old town's streets.",
    )
    assert any(s.startswith("The harbour board has this afternoon") for s in statements)
    assert not any("UPDATED" in s for s in statements)


def test_no_swap_of_a_place_after_neighbouring() -> None:
    questions = _questions(
        "Rescue boats from Sweden reached the harbour on Tuesday.",
        "Mayor Ilse Brandt said on Monday that the town hall would stay open overnight.",
        "The harbour master fled the flood last week to neighbouring Denmark, where he stays.",
        "More than 300 sandbags came from Finland and Norway on Wednesday.",
    )
    statements = [q["prompt"] for q in questions if q["kind"] == "truefalse"]
    assert statements  # (round 25: a false statement changes a number, never a place)
    assert not any("neighbouring" in p and "neighbouring Denmark" not in p for p in statements)


def test_no_who_said_on_a_quote_cut_at_a_joining_word() -> None:
    prompts = [
        q["prompt"]
        for q in _questions(
            "“We will pump the lower streets all night,” said Mayor Ilse Brandt on Monday.",
            "Engineer Tomas Lind said the water board was “doing all that it can and”.",
            "Harbour master Jon Berg said “and we will keep the sea wall closed for a week”.",
            "“The sandbags arrived too late for the old town,” said shopkeeper Anna Holt.",
        )
    ]
    assert any("pump the lower streets" in p for p in prompts)
    assert not any("doing all that it can" in p or "and we will keep" in p for p in prompts)
