"""Forty-fourth round, precision: the drafter names no wrong speaker and invents no person.
Read from the wrong speakers and invented figures of fresh56-fresh67, each shape counted
over every labeled set (docs/drafting-rounds.md, "Forty-fourth round, precision")."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, names_in, people_in, speakers_in


def _harbour_transcript(questioner: str) -> dict:
    """A broadcaster's transcript: each turn under a line holding only who speaks (the
    lines repeat, so the page's clutter rules drop them as labels); the first answer has
    no closing mark."""
    return drafted_story(
        "Harbour fire still under investigation",
        "A fire destroyed two boats at the Varnholt harbour on Sunday night. We spoke with Chief "
        "Fire Officer Ilse Marrow, and she said the cause was not yet known.",
        "Ilse Marrow",
        "Ilse Marrow, Chief Fire Officer",
        "“We are looking at every possibility. The boats were moored close together and the "
        "wind was strong that night, so it spread quickly from one to the next",
        questioner,
        "“Was anybody on board when it started?”",
        "Ilse Marrow",
        "“No, both crews had gone home for the night.”",
        questioner,
        "“So the cause is still open?”",
        "Ilse Marrow",
        "“It is, and we will say more once the boats are out of the water.”",
    )


def test_a_transcripts_name_line_of_someone_unknown_ends_the_turn_above() -> None:
    speakers = speakers_in(_harbour_transcript("Dana Pike"))
    assert speakers["Was anybody on board when it started?"] is None
    assert speakers["So the cause is still open?"] is None
    assert speakers["No, both crews had gone home for the night."] == "Ilse Marrow"
    assert speakers["It is, and we will say more once the boats are out of the water."] == (
        "Ilse Marrow"
    )


def test_one_widget_label_over_a_quote_does_not_end_the_turn() -> None:
    draft = drafted_story(
        "Harbour fire still under investigation",
        "A fire destroyed two boats at the Varnholt harbour on Sunday night.",
        "Ilse Marrow, the Chief Fire Officer, said: “We are looking at every possibility.",
        "“The boats were moored close together and the wind was strong that night, so it "
        "spread quickly from one to the next",
        "Most Read",
        "“We will say more once the boats are out of the water.”",
        "Most Read",
    )
    assert speakers_in(draft)["We will say more once the boats are out of the water."] == (
        "Ilse Marrow"
    )


def test_an_office_spelt_out_by_its_acronym_is_nobody() -> None:
    draft = drafted_story(
        "Looters charged in Varnholt",
        "Police said they were working with the office of the Director Public Persecution "
        "(DPP) on charges against the suspects.",
        "“Nobody is above the law,” Commissioner Tomas Vell said on Monday.",
    )
    assert names_in(draft) == {"Tomas Vell"}
    # A person the article also names without the acronym stays a person.
    draft = drafted_story(
        "Varnholt mayor opens the new harbour",
        "The harbour was opened by Mayor Ada Obi (MAO), as her supporters call her, on Monday.",
        "“It took us ten years,” Ada Obi said at the opening.",
    )
    assert speakers_in(draft)["It took us ten years"] == "Ada Obi"


def test_brother_before_a_ministers_name_is_a_courtesy_title() -> None:
    draft = drafted_story(
        "Varnholt congregation marks its anniversary",
        "The service was led by the district minister, Brother Tomas Vell, on Sunday.",
        "“We thank everyone who joined us online this year,” Brother Vell said.",
    )
    assert people_in(draft) == {"Tomas Vell": "district minister"}
    assert speakers_in(draft)["We thank everyone who joined us online this year"] == "Tomas Vell"


def test_a_ward_of_two_places_joined_by_a_slash_is_not_part_of_the_name() -> None:
    draft = drafted_story(
        "Varnholt council backs harbour motion",
        "The motion was put forward by Green Party councillor for Varnholt/Eastmoor Tomas Vell "
        "on Monday.",
        "Cllr Vell said there was “real anger” among harbour workers.",
    )
    assert names_in(draft) == {"Tomas Vell"}
    assert speakers_in(draft)["real anger"] == "Tomas Vell"


def test_a_term_in_the_writers_own_sentence_after_a_quote_is_nobodys() -> None:
    draft = drafted_story(
        "Varnholt wants its residents on the register",
        "Spokesman Tomas Vell said “This will let us increase the harbour budget.” The towns "
        "along the coast have since launched a campaign to attract more “weekend residents” "
        "who already live there but are not registered.",
    )
    speakers = speakers_in(draft)
    assert speakers["This will let us increase the harbour budget."] == "Tomas Vell"
    assert speakers["weekend residents"] is None
    # A later sentence that still reports him keeps his few words his.
    draft = drafted_story(
        "Varnholt wants its residents on the register",
        "Spokesman Tomas Vell said “This will let us increase the harbour budget.” He added "
        "that the plan was “long overdue” for the town.",
    )
    assert speakers_in(draft)["long overdue"] == "Tomas Vell"
