"""Drafted questions a teacher keeps, on copy the earlier rules were not written for: no
fact or blank from the middle of a quote several sentences long (the speaker's claim, not a
checked fact), no blank on the ages of people listed together, none beside the place's
short form in brackets, and no question on two sentences the page ran together (invented
text)."""

from __future__ import annotations

from typing import Any

from bot.authoring.facts import Detail, FactDraft
from bot.authoring.questions import DraftFact, make_questions
from tests.authoring.drafted import drafted

BLANK = "_____"


def _questions(text: str) -> list[dict[str, Any]]:
    return list(drafted(text).get("questions", []))


def _asked(text: str) -> str:
    return "\n".join(f"{q['prompt']} => {q['answer']}" for q in _questions(text))


def test_no_question_from_inside_a_quote_several_sentences_long() -> None:
    text = (
        "Harbour reopens\n\n"
        "The harbour at Varnholt reopened on Monday after 12 days of repairs, the port said.\n\n"
        "“I am very happy with the crews. The main thing was that they worked all 90 hours at"
        " the same pace. We kept to the plan,” harbour master Jon Berg said.\n"
    )
    asked = _asked(text)
    assert "12" in asked  # the article's own fact is still asked
    assert "90" not in asked
    assert not any("90 hours" in fact["text"] for fact in drafted(text)["facts"])


def test_no_blank_on_the_ages_of_people_listed_together() -> None:
    text = (
        "Arrests\n\n"
        "The suspects, aged 29 and 27, were arrested at their homes in Varnholt on Thursday.\n\n"
        "Police said three suspects aged between 33 and 35 had been held in Oster since"
        " Friday.\n\n"
        "At least 21 boats were damaged in the harbour during the storm.\n"
    )
    answers = [str(q["answer"]) for q in _questions(text)]
    assert "21" in answers
    assert not {"27", "29", "33", "35"} & set(answers)


def _place_fact(fid: str, sentence: str, place: str) -> DraftFact:
    start = sentence.index(place)
    detail = Detail("place", start, start + len(place), place, place_kind="place")
    return DraftFact(fid, FactDraft(sentence, 1, 0, [detail]))


def test_no_blank_beside_the_places_short_form_in_brackets() -> None:
    facts = [
        _place_fact(
            "f1", "Sailings will resume in Nordland Lakes (N-L) on Monday.", "Nordland Lakes"
        ),
        _place_fact("f2", "Crews came from Varnholt on Tuesday to help.", "Varnholt"),
        _place_fact("f3", "Repairs in Oster will take a week.", "Oster"),
        _place_fact("f4", "Boats were moved to Lykke for the winter.", "Lykke"),
    ]
    prompts = [q.data["prompt"] for q in make_questions([], [], facts)]
    assert any(BLANK in p for p in prompts)  # other places are still asked
    assert not any(f"{BLANK} (N-L)" in p for p in prompts)


def test_no_question_on_two_sentences_the_page_ran_together() -> None:
    text = (
        "Election\n\n"
        "The seat of Varnholt is the safest seat, held with a margin of 28.5 per cent.In the"
        " lead up to the vote, the mayor has been criticised by the council.\n\n"
        "The council has 14 members and meets on Mondays, the clerk said.\n"
    )
    asked = _asked(text)
    assert "14" in asked
    assert "In the lead up" not in asked


def test_a_question_leaves_out_a_dateline_written_in_mixed_capitals() -> None:
    text = (
        "Arrests\n\n"
        "NORDLAND Coast: Police on Sunday said they had arrested 14 people at the harbour in"
        " Varnholt.\n\n"
        "The boats were worth 300,000 kroner, the police said.\n"
    )
    prompts = [q["prompt"] for q in _questions(text)]
    assert any("Police on Sunday said" in p for p in prompts)
    assert not any("NORDLAND Coast" in p for p in prompts)


def test_a_hyphenated_lead_in_in_capitals_is_no_dateline() -> None:
    text = (
        "Court\n\n"
        "HARBOUR-MASTER JON Berg and a pilot exchanged words in court on Monday over 14"
        " boats.\n\n"
        "The boats were worth 300,000 kroner, the court heard.\n"
    )
    prompts = [q["prompt"] for q in _questions(text)]
    assert not any(p.split(": ", 1)[1].startswith("MASTER") for p in prompts)


def test_a_place_in_a_speakers_words_is_a_wrong_choice_never_a_question() -> None:
    monday = "The storm hit the coast on Monday, the utility said."
    day = Detail("date", monday.index("on Monday"), monday.index(","), "on Monday")
    facts = [
        DraftFact("f1", FactDraft(monday, 1, 0, [day])),
        _place_fact("f2", "Repairs will start in Oster next week, officials said.", "Oster"),
    ]
    quoted = "The pumps failed in Brenna on Tuesday night."
    start = quoted.index("Brenna")
    brenna = Detail("place", start, start + len("Brenna"), "Brenna", place_kind="place")
    facts.insert(0, DraftFact("", FactDraft(quoted, 1, 0, [brenna], quoted=True)))
    questions = [q.data for q in make_questions([], [], facts)]
    assert questions  # (round 25: no false statement swaps a place in, Brenna or another)
    assert not any("Brenna" in q["prompt"] for q in questions)
    assert not any("pumps failed" in q["prompt"] for q in questions)


def test_a_statement_leaves_out_a_dateline_with_its_date_in_brackets() -> None:
    text = (
        "Sea wall\n\n"
        "VARNHOLT, Nordland (August 2, 1999)---The Nordland Times has challenged the harbour"
        " board over the sea wall in Varnholt.\n\n"
        "The board has 14 members and meets on Mondays, the clerk said.\n"
    )
    prompts = [q["prompt"] for q in _questions(text)]
    assert any("The Nordland Times has challenged" in p for p in prompts)
    assert not any("August 2, 1999" in p for p in prompts)
