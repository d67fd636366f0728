"""Twenty-fourth round, speakers: each rule of attribution on invented text (the causes of
the wrong speakers of fresh30 and fresh31, read as grammar)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in


def _draft(*paragraphs: str) -> dict:
    return drafted("Harbour talks\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_role_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    draft = _draft(
        "Starter Paul Ferris, who was taken out after two innings, and manager Kemi Ojo"
        " argued after the game.",
        "“I felt fine out there,” Ferris said.",
    )
    assert speakers_in(draft) == {"I felt fine out there": "Paul Ferris"}


def test_a_speech_verb_opening_the_sentence_is_not_a_first_name() -> None:
    draft = _draft(
        "Ferris insisted that neither Ojo nor pitching coach Dan Marlowe asked him how he was"
        " feeling.",
        "Said Marlowe: “When he is throwing that way, something is wrong in that arm.”",
        "Ojo said Marlowe told him that the pitcher was slow.",
    )
    speakers = speakers_in(draft)
    assert speakers["When he is throwing that way, something is wrong in that arm."] == (
        "Dan Marlowe"
    )
    assert "Said Marlowe" not in names_in(draft)


def test_a_given_name_opening_the_sentence_stays_the_names() -> None:
    draft = _draft(
        "Paul Ferris, who was taken out after two innings, argued with his manager.",
        "“I felt fine out there,” Ferris said.",
    )
    assert speakers_in(draft) == {"I felt fine out there": "Paul Ferris"}


def test_a_name_that_ends_a_places_name_is_no_speaker() -> None:
    draft = _draft(
        "The storm has cleared the coast, the weather service in Lake Marcus confirmed on Sunday.",
        "The system turned north. Forecaster Ada Mensah of the weather station in Lake Marcus,"
        " said there is “potential for storms” in the north.",
    )
    assert speakers_in(draft) == {"potential for storms": None}


def test_a_body_ending_in_force_is_no_he_or_she() -> None:
    draft = _draft(
        "Deputy Commissioner Paul Ferris spoke at a briefing on Monday.",
        "The extra officers, he said, will come from the academy. Members of the Island"
        " Special Constabulary Force (ISCF) will direct traffic. “The markets will be our"
        " focus,” he said.",
    )
    assert "Constabulary Force" not in names_in(draft)
    assert speakers_in(draft)["The markets will be our focus"] != "Constabulary Force"


def test_words_a_letter_calls_something_are_not_the_person_it_asks() -> None:
    draft = _draft(
        "Transport Minister Paul Ferris announced the task force in a letter on Friday.",
        "Union president Ada Mensah was quick to refute the minister’s claim in her own letter"
        " on Saturday.",
        "The letter went on to ask Ferris to retract his statement, calling it “misleading”"
        " as well as “deeply unfair.”",
    )
    speakers = speakers_in(draft)
    assert speakers["misleading"] is None
    assert speakers["deeply unfair."] is None


def test_a_participle_after_a_persons_sentence_stays_theirs() -> None:
    draft = _draft(
        "Union president Ada Mensah went on to ask the minister to retract his statement,"
        " calling it “misleading”.",
    )
    assert speakers_in(draft) == {"misleading": "Ada Mensah"}


def test_a_quote_before_anothers_attribution_is_left_unattributed() -> None:
    draft = _draft(
        "Harbour minister Ada Mensah spoke on Monday.",
        "“Is the port closed?” “We will reopen it in May,” Mensah said.",
    )
    assert speakers_in(draft) == {
        "Is the port closed?": None,
        "We will reopen it in May": "Ada Mensah",
    }


def test_words_of_a_statement_named_in_their_sentence_are_not_the_quote_befores() -> None:
    draft = _draft(
        "Harbour minister Paul Ferris said the camp must close. “The camp is a threat to the"
        " town,” Mr Ferris said. The move follows a statement issued by the camp’s council"
        " urging the government to “show compassion to the families”.",
    )
    speakers = speakers_in(draft)
    assert speakers["The camp is a threat to the town"] == "Paul Ferris"
    assert speakers["show compassion to the families"] is None


def test_a_first_name_the_article_writes_before_a_surname_is_not_the_speaker() -> None:
    draft = _draft(
        "The money was handed over to Kato Mbabazi on Monday by the police.",
        "According to Kato, he took the man in as a worker at his lodge.",
        "“He came to my lodge and said he was lost,” Kato narrated.",
    )
    assert "Kato" not in names_in(draft)


def test_words_of_a_claim_reported_in_passing_are_nobodys() -> None:
    draft = _draft(
        "Port director Paul Ferris was questioned by the council in May.",
        "The council called on the mayor to dismiss the director on claims that he was not"
        " aware of several “armed guards” at the port.",
    )
    assert speakers_in(draft) == {"armed guards": None}


def test_a_name_after_an_abbreviated_title_keeps_its_first_word() -> None:
    draft = _draft(
        "The committee met on Monday with Usec. Filemon Ray Javier, who heads the legal services.",
        "“Every case is being handled,” Javier said.",
    )
    assert speakers_in(draft) == {"Every case is being handled": "Filemon Ray Javier"}
