"""Thirty-fourth round, partial quotes: a few words in marks inside a named speaker's
reported clause are that speaker's words; names of things in marks stay nobody's. Invented
sentences of each construction, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_term_after_the_inside_a_named_speakers_clause_is_hers() -> None:
    draft = _draft(
        "Council passes its budget",
        "The council approved its ten-year plan on Tuesday by eight votes to two.",
        "Deputy mayor Ana Ruiz said it was the “least proud” she had ever felt about a plan.",
    )
    assert speakers_in(draft)["least proud"] == "Ana Ruiz"


def test_an_evaluative_word_before_a_noun_in_a_he_clause_is_his() -> None:
    draft = _draft(
        "Hospital chief thanks staff",
        "Health board chief Tomas Varga said: “Our staff kept every ward open this winter.”",
        "He said the hospital owed an “unprecedented” debt to its nurses.",
    )
    assert speakers_in(draft)["unprecedented"] == "Tomas Varga"


def test_a_term_after_the_in_a_surnames_that_clause_is_his() -> None:
    draft = _draft(
        "Flights for stranded migrants",
        "Foreign Minister Luis Ortega met his neighbours' envoys on Monday.",
        "Ortega added that the logistics of the “pilot plan” were still being worked out.",
    )
    assert speakers_in(draft)["pilot plan"] == "Luis Ortega"


def test_a_places_name_in_marks_before_a_noun_stays_nobodys() -> None:
    draft = _draft(
        "Storm floods the waterfront",
        "Mayor Ana Ruiz said the water rose fast as the tide came in on Sunday.",
        "Ruiz said the flooding reached the “old quay” district by noon.",
    )
    assert speakers_in(draft)["old quay"] is None


def test_a_capitalised_name_in_marks_stays_nobodys() -> None:
    draft = _draft(
        "Town ends its litter drive",
        "Mayor Ana Ruiz spoke to reporters outside the town hall on Friday.",
        "Ruiz said the “Clean Streets” campaign would end in May.",
    )
    assert speakers_in(draft)["Clean Streets"] is None


def test_a_term_in_a_bodys_clause_stays_nobodys() -> None:
    draft = _draft(
        "Ministry confirms outbreak",
        "Dr Ana Ruiz said: “We are tracing every contact of the patients.”",
        "The ministry confirmed the existence of the “cluster” in a statement on Monday.",
    )
    assert speakers_in(draft)["cluster"] is None


def test_a_partial_quote_is_no_dialogue_turn_and_the_next_quote_stays_his() -> None:
    draft = _draft(
        "Councillor votes against rates rise",
        "Mayor Ana Ruiz said the rise was needed to fix the roads.",
        "“I need our ratepayers to know we have their backs,” Ruiz said.",
        "Councillor Tom Gordon said there were still “nice to haves” in the budget and many"
        " people were no longer on fixed incomes.",
        "“They are on reduced incomes.”",
    )
    assert speakers_in(draft)["They are on reduced incomes."] == "Tom Gordon"


def test_a_term_that_is_only_the_verbs_object_stays_nobodys() -> None:
    draft = _draft(
        "Health chief confirms outbreak",
        "Chief Medical Officer Dr Ana Ruiz spoke to reporters on Monday.",
        "Ruiz confirmed the existence of the “cluster” after questions from the paper.",
    )
    assert speakers_in(draft)["cluster"] is None


def test_a_term_the_article_marks_twice_stays_nobodys() -> None:
    draft = _draft(
        "Clinic closes after infections",
        "The ministry reported a “cluster” of cases on the ward on Friday.",
        "Ruiz said it was the “cluster” that forced the move.",
    )
    assert set(speakers_in(draft).values()) == {None}


def test_typewriter_marks_open_and_close_a_quote() -> None:
    draft = _draft(
        "Teachers walk out",
        "Union secretary Kevin Marsh said that the strike was a ``last resort''.",
        "``We have tried to change the minister's mind for a year and he will not move,''"
        " Marsh said.",
    )
    assert speakers_in(draft) == {
        "last resort": "Kevin Marsh",
        "We have tried to change the minister's mind for a year and he will not move": (
            "Kevin Marsh"
        ),
    }


def test_two_curly_single_marks_read_as_one_double_mark() -> None:
    draft = _draft(
        "Magistrate criticises delays",
        "Acting chief magistrate Ruth Banda spoke in court on Tuesday.",
        "Ms Banda said it was ‘‘very unfair’’ to keep remandees in prison for years.",
    )
    assert speakers_in(draft) == {"very unfair": "Ruth Banda"}
