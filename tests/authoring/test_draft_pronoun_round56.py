"""A he/she opening on the subject of the paragraph before (round 56, pronouns).

A paragraph names one person as the subject of its sentence, in a long sentence the carry
from paragraph to paragraph loses (an aside in commas, a who-clause about someone else's
visit, a clause fronted before the name), and the next paragraph gives their words with only
"he said". The he/she is that person's when the next paragraph names nobody before it; it
stays nobody's when the paragraph before has a second subject, a he/she of the other sex,
someone unnamed, or when the article calls the person "Mr" for a "she".
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers

_QUOTE = "“Every spring the river takes another field, and nobody comes to look,”"


def _article(before: str, quote: str = f"{_QUOTE} he said on the phone.") -> str:
    return (
        "Farmers leave the flood plain\n\n"
        "The river rose twice this year, and the county has no plan to raise the banks, "
        "officials confirmed on Monday.\n\n"
        "Governor Lena Brandt visited the valley in March and promised a survey.\n\n"
        "The survey has not started.\n\n"
        f"{before}\n\n"
        f"{quote}\n\n"
        "The county meets again in June.\n"
    )


_LONG_SUBJECT = (
    "Piet Hallam, a lifelong grower of Dunmore, Ohio, who watched Governor Lena Brandt’s "
    "visit to the town after the flood wrecked dozens of homes, left in large part because "
    "of the flooding."
)


def test_he_after_a_long_subject_with_a_who_clause_is_his() -> None:
    assert _speakers(_article(_LONG_SUBJECT))["Every spring the riv"] == "Piet Hallam"


def test_he_after_a_fronted_clause_and_the_subject_is_his() -> None:
    before = (
        "Adding his voice to the growers’ complaints, Piet Hallam, chair of the valley "
        "farmers’ union, (VFU), the oldest in the county suggested the survey would come too late."
    )
    assert _speakers(_article(before))["Every spring the riv"] == "Piet Hallam"


def test_a_second_subject_in_the_paragraph_before_leaves_it_open() -> None:
    before = _LONG_SUBJECT + " His neighbour Tomas Verhoef stayed on."
    speakers = _speakers(_article(before))
    assert speakers.get("Every spring the riv") not in ("Piet Hallam", "Tomas Verhoef")


def test_a_she_of_someone_else_in_the_paragraph_before_leaves_it_open() -> None:
    before = _LONG_SUBJECT + " She had warned him in April."
    assert _speakers(_article(before)).get("Every spring the riv") != "Piet Hallam"


def test_a_she_of_a_man_called_mr_is_not_his() -> None:
    quote = f"{_QUOTE} she said on the phone."
    article = _article(_LONG_SUBJECT, quote).replace(
        "The survey has not started.", "The survey has not started, Mr Hallam said."
    )
    assert _speakers(article).get("Every spring the riv") != "Piet Hallam"


def test_a_name_standing_alone_before_the_quote_is_not_its_speaker() -> None:
    before = _LONG_SUBJECT + "\n\nTomas Verhoef."
    assert _speakers(_article(before)).get("Every spring the riv") != "Tomas Verhoef"


def test_someone_another_speaker_talks_about_is_not_the_he() -> None:
    before = (
        "The angry farmer at the meeting said county engineer Tomas Verhoef should first "
        "walk the banks before blaming the growers."
    )
    assert _speakers(_article(before)).get("Every spring the riv") != "Tomas Verhoef"


def test_a_person_speaking_through_a_lawyer_leaves_the_he_open() -> None:
    before = (
        "In the land case, Piet Hallam, who sued the county in May, told the court through "
        "his lawyer Tomas Verhoef that he was not ready to go on."
    )
    speakers = _speakers(_article(before))
    assert speakers.get("Every spring the riv") not in ("Piet Hallam", "Tomas Verhoef")


def test_a_she_after_a_paragraph_calling_its_person_him_is_not_theirs() -> None:
    before = (
        "Piet Hallam, a lifelong grower of Dunmore, Ohio, who says officers referred him to "
        "the standards board after Governor Lena Brandt’s visit, left in large part because "
        "of the flooding."
    )
    quote = f"{_QUOTE} she said on the phone."
    assert _speakers(_article(before, quote)).get("Every spring the riv") != "Piet Hallam"
